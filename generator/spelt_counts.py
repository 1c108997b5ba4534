"""Whether numerals spelt after a deadline count what is done by then (`年底前完成两次检查`) or name a slogan (`一件事一次办`).

The date reader asks it of the words after a date (`values.read_date`): they decide whether the value is a deadline
alone or a deadline and a count, two targets. The judgement takes lists of verbs and measure words, kept here
together so that the reader stays about dates and numbers.
"""
from __future__ import annotations

import re

from .chinese_numerals import CHINESE_PERCENT, SPELT, chinese_number
from .done_verbs import DONE
from .value_kinds import COUNT_UNITS, INCLUSIVE, MONEY_UNITS, OP_REACH, SUFFIX_WORDS, TRIM_CHARS, UNITS, leading_op


def spelt_counts(words: str) -> int:
    """How many numbers the words after a date spell in Chinese numerals as a count of the target, or as a percentage
    (`两次`, `三场培训`, `百分之九十`): each a number as a figure there is, which `value_dates.DEADLINE` lets no date be followed
    by (`6月底前完成2次检查` is a deadline and a count, two targets). A numeral is a count only where it measures what is done
    (`_done_count`); in a slogan it names a thing (一件事一次办, 一户一档, 三年行动计划, 二期工程), and the date stays the deadline it is,
    the slogan its words."""
    each_session = _EACH_SESSION in words
    spelt = [found for found in SPELT.finditer(words) if chinese_number(found.group(1)) is not None
             and not _ONE_OF_A_WORD.match(words, found.start()) and _done_count(words, found, each_session)]
    return len(spelt) + len(CHINESE_PERCENT.findall(words))


def _done_count(words: str, numeral: re.Match, each_session: bool) -> bool:
    """Whether a numeral spelt before its unit (`SPELT`) counts what is done by the date. A slogan is a numeral and
    the measure word of a thing, then more words (一张图, 二期工程, 三年行动计划, 两个确保): only a measure word of
    something done (两次检查, 三场培训, 两批次采购: `_DONE_UNITS`) counts before more words, and so does a count of things
    right after a verb of making them (建成八个站点, 新建三所学校: `_MADE_BEFORE`; a slogan is carried out, 落实四个全面,
    or finished, 完成三个全覆盖, not built), or any count of ten or more (十个站点: slogans count few things, 四个全面). Any count or amount ending
    the value or its clause does (年内五个, 6月底前后两次, 年底前举办两期), but for a phase (`_phase`: 年底前完成二期, the
    second phase, not two).

    一 is a count where nothing else can be meant: in 一万 (年底前支付一万元, `SPELT` keeps 万 with the unit), with a
    comparator (年底前至少一次, 年底前完成一次以上, 年底前不少于一期), or ending the value or clause right after what is
    done (年底前完成一次, 年内召开一次), which a reviewer checks as one, so that `年底前完成3次` → `年底前完成一次` is a count
    lowered, or right after a verb of holding sessions before more words (年底前完成一次检查, 年底前举办一期培训: `_held`).
    Otherwise it is as often a slogan's (最多跑一次, 只跑一次, 一次办结, 一件事一次办) and stays words. When
    unsure, the numeral is words.

    `each_session`: whether the words say what each session is (`_EACH_SESSION`). Only the last `_REACH` characters
    before the numeral are read, all that decides anything, so that a long value's many numerals are read in a time
    in proportion to its length."""
    unit = next(unit for unit in UNITS if words.startswith(unit, numeral.end()))
    before = words[max(0, numeral.start() - _REACH): numeral.start()]
    after = numeral.end() + len(unit)
    after += len(INCLUSIVE) if words.startswith(INCLUSIVE, after) else 0
    compared_after = next((word for word, _ in SUFFIX_WORDS if words.startswith(word, after)), "")
    after += len(compared_after)
    ends = after == len(words) or words[after] in TRIM_CHARS
    compared = bool(compared_after) or _compared(before)
    sessions = unit == "期" and each_session  # 完成一期，每期50人: 一期 counts sessions of 50
    held = _held(before, unit)
    if numeral.group(1) == "一" and not unit.startswith("万") and not compared and not sessions and not held \
            and not (ends and DONE_BEFORE.search(before)):
        return False
    if ends:
        return (unit in COUNT_UNITS or unit in MONEY_UNITS) and not (unit == "期" and not compared and not sessions
                                                                    and _phase(before, numeral.group(1)))
    made = _MADE_BEFORE.search(before) is not None and unit in _THINGS and not SET_PHRASE.match(words, numeral.start())
    about = before.endswith(_ABOUT) and unit in COUNT_UNITS and not SET_PHRASE.match(words, numeral.start())
    return unit in _DONE_UNITS or sessions or held or made or about or unit in COUNT_UNITS and chinese_number(numeral.group(1)) >= 10


_ABOUT = "约"
"""A hedge right before a numeral (年底前建设约三个中心, 大约两个): about so many, a count, as no programme or slogan is
named about three (建设三个中心 alone may be one: `_MADE_BEFORE`; a set phrase stays one, `SET_PHRASES`); the hedge
is the count's, not the deadline's. Also the 约 of 签约 or 预约 (签约三个项目): what is signed or booked is counted all
the same."""


def _held(before: str, unit: str) -> bool:
    """Whether a numeral and `unit` after `before` count sessions of something held, whatever words follow
    (完成一次检查, 举办一期培训, 组织一轮督查, 举办两期培训班): a measure word of something done (`_DONE_UNITS`, or 期 but
    for a phase: `_phase`, 完成一期工程) right after a verb of holding it (`_HELD_BEFORE`). A reviewer checks
    `年底前完成一次检查` as one inspection, as `年底前完成1次检查`."""
    if not _HELD_BEFORE.search(before):
        return False
    return unit in _DONE_UNITS or unit == "期" and not _phase(before, "一")


def _compared(before: str) -> bool:
    """Whether a comparator comes right before a numeral, or before what is done and then the numeral (`至少一次`,
    `不少于开展一期`, `至少举办一期`): the value states a count outright."""
    done = DONE_BEFORE.search(before)
    return leading_op(before[: done.start()] if done else before)[0] is not None


def _phase(before: str, numeral: str) -> bool:
    """Whether 一期 or 二期 ending a value is a phase of a project (年底前完成二期, 上半年建成一期, 完成一期、二期), not a
    count of sessions: right after 完成 or 建成, or after another phase listed with it. 两 is never an ordinal
    (年底前完成两期 is two), nor is a number past 二 as often as it is a count (年底前完成三期, 十二期)."""
    return numeral in ("一", "二") and before.endswith(_PHASE_BEFORE)


_EACH_SESSION = "每期"
"""What a value says of each session (`每期50人`), so that its 一期 or 二期 counts sessions, whatever words follow
(`6月底前完成一期培训，每期50人`), and is no phase of a project (`_phase`)."""
_PHASE_BEFORE = ("完成", "建成", "、", "和", "及")
"""What a phase (一期, 二期) ending a value follows: the completing of it, or another phase it is listed after."""
_HELD = "完成|开展|举办|举行|召开|组织|进行|实施"
_HELD_BEFORE = re.compile(rf"(?:{_HELD})$")
"""Verbs of holding what is counted in sessions (完成一次检查, 开展一轮督查, 举办一期培训): `_held`. Not 实现 or 达到, whose
一次 is a slogan's (实现一次办结, 实现最多跑一次), nor any verb of `DONE` (服务一次到位)."""
_MADE = "建成|新建|建立|改造|修建|购置|采购|设立|成立|组建|开通"
_MADE_BEFORE = re.compile(rf"(?:{_MADE})$")
"""Verbs of making or setting up things (建成八个站点, 购置两台设备, 新建三所学校): what follows counts them, a target a
reviewer checks, where after 落实, 实现 or 增强 a numeral names a slogan (落实四个全面, 增强四个意识). Not 完成, which
finishes a slogan as readily as a count (完成三个全覆盖, 完成八项规定学习, 完成五个一工程), nor 建设, the verb of a
programme as much as of building (建设四个中心, 全面建设“高质量发展…”, 推进“网上侨联”建设, as the example specs use
it; 建成 says the things are built, a count). 一 stays words (建成一张图,
建立一本账), and 期 a phase (建成二期工程: `_phase`): `_THINGS`; so does a set phrase (`SET_PHRASES`)."""
_THINGS = tuple(unit for unit in COUNT_UNITS if unit != "期")
"""Measure words a count of things made is written in (`_MADE_BEFORE`): counts, but 期, which after 建成 is a phase."""
SET_PHRASES = r"两个(?:维护|确立|大局|结合)|三个(?:代表|务必)|四个(?:意识|自信|全面)|五个一工程|八项规定"
"""Set phrases whose numeral and measure word count nothing a target is checked by (四个意识, 八项规定, 五个一工程): no
count in a value (`_done_count`: 年底前建立八项规定执行台账), nor in a clause of prose (lint's vague clauses)."""
SET_PHRASE = re.compile(SET_PHRASES)
DONE_BEFORE = re.compile(rf"(?:{DONE})$")
"""Something done right before a numeral (完成一次, 召开一次, 至少开展一次): what makes 一 a count (`_done_count`)."""
_REACH = max(len(verb) for verb in f"{DONE}|{_HELD}|{_MADE}".split("|")) + 1 + OP_REACH
"""How many characters before a numeral `_done_count` reads: a verb its patterns end the words with (`$` may also
match before a last line break, one more character), then a comparator before it as far back as `leading_op` reads
(`OP_REACH`). The words ending with 约 or a phase's 完成 (`_phase`) are shorter."""


_DONE_UNITS = ("万人次", "人次", "场次", "批次", "期次", "篇次", "户次", "次", "场", "轮")
"""Measure words of something done, not of a thing (两次检查, 三场培训, 两批次采购, 两轮督查): a count of the target
whatever words follow, where 一张图 or 二期工程 names a thing."""


_ONE_OF_A_WORD = re.compile(r"(?<=[统同唯单逐划之万])一|一(?=起)")
"""一 as part of a word, not a count: 统一, 同一, 唯一, 逐一, 之一, 万一, 一起."""
