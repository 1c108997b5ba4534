"""A hedge added to a target whose number, date or grade is kept: the unit no longer commits to it.

`8次` → `力争8次`, `20次` → `约20次`, `≥95%` → `原则上≥95%`, `≥3次` → `3次左右`, `3-5次` → `3-5次左右`, `完成` →
`基本完成`, `12月底前完成` → `力争12月底前完成`, `开展活动8次` → `全年力争开展8次`, `搭建平台3个` → `力争搭建平台3个`
(`terms.HEDGES`). A hedge softens
the target where it stands before a number, a comparator, a verb of doing or improving (`terms.DOING`: 搭建, 保障,
开展, 提升) or a word of degree, wherever that is in the value; after the number (`3次左右`); or alone in brackets
anywhere in it (`100%（原则上）`, `≥95%（力争）`, `100%(基本)`: a note that the figure is not committed to). Before a
noun it is part of a name, no hedge (`基本医疗保险`, `基本农田`, `一般公共预算`, `基本支出`, `基本保障经费`); a hedge that
begins no noun (`CLEAR_HEDGES`: 力争, 原则上) counts wherever it stands before what is kept (`台胞满意度90%以上` →
`力争台胞满意度90%以上`, `全年8次` → `力争全年8次`), but for the idiom 力争上游 and the campaign 争创活动
(`_NAMED_AFTER`); 争取 also means to obtain (争取专项资金, 争取到位), so it counts only before what it softens, as 基本
does; and the 约 that ends a word (节约, 预约, 签约) is none. A range or a
value of several numbers kept word for word is hedged too (`3-5次` → `力争3-5次`).

A value without a number is softened by one too: a finance bureau's reviewer reads `有所提升` → `力争有所提升`, `提升` → `基本提升`, a
grade the rest of the value is (`及时` → `基本及时`, not `合格` → `基本合格`, a grade of its own), and a word of degree or praise
given up for a hedge (`圆满完成` → `基本完成`, `全面完成` → `基本完成`, `明显提升` → `基本提升`) as a weaker promise. Not where the old value
had a softener of its own (`terms.LIMITING`: `有限提升` → `力争提升`): one softener swapped for another takes nothing back.
`diff` (`weakening`) and lint's D6 read a hedge here alike (`looser`).

Verbs of doing include 竣工, 投入使用 and 申报; a hedge after a number or range (`3-5次左右`) or after a date counts: `12月31日前`
→ `12月31日前后` or `12月31日左右` (values reads the date with its hedge; `12月31日前后` is the deadline `12月31日前`, as lint's
B1, B9, D7 and validate's DATE-YEAR read it), a date also put later (`6月底前` → `9月底前后`) is a deadline put later;
`春节前后`, `6-8月前后` hold no date. The 约 ending a word with the character before it (节约, 预约, 签约, 邀约) is no hedge, but
`持续约3天`, `征集约100件`, `扩大约10%` are; the name 基本保障经费 is none. A hedge the old value already held elsewhere does not
cancel one added (counted word by word). Last year's value is read with its years moved to this year
(`2024年12月31日前完成` → `力争2025年12月31日前完成`); two deadlines are compared by their last day, so the same day spelt
otherwise is kept (`2024年12月31日前完成` → `力争2024年12月底前完成`), its year written or counted from the budget year
(`2024年12月31日前完成` → `力争12月31日前完成` in a 2024 spec).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any, NamedTuple

from ..hedge_words import CLEAR_HEDGES, HEDGES_AFTER
from ..value_comparison import count_alone, count_as_beside, wan_as_money
from ..value_dates import last_day
from ..value_kinds import GRADES, TRIM_CHARS, Kind, Value, normalise
from ..value_ranges import range_bounds
from ..values import measurable, parse, recurring_deadline
from . import terms
from .grade_ladders import on_a_scale
from .same_measure import compared

_SOFTENED = re.compile(
    r"[\d≥≤<>=]|百分之|[零〇一二两三四五六七八九十]|不低于|不少于|不高于|不超过|不多于|高于|低于|大于|小于|超过|多于|少于|在|"
    rf"{terms.DOING}|{'|'.join(terms.DEGREE)}|全面|全部|按时|按期|如期|进入|{'|'.join(terms.LIMITING)}")
"""What a hedge softens where it stands before it, anywhere in a value (`力争8次`, `原则上≥95%`, `全年力争开展8次`,
`力争搭建平台3个`, `基本保障到位`, `力争12月底前完成`, `力争高于90%`, `力争适度增加3个`, `争取进入全省前5`): a number,
a comparator in symbols or words, a verb of doing or improving, a word of degree, one that promises little
(`terms.LIMITING`), the 进入 of a place reached."""
_AT_NUMBER = re.compile(rf"[\d≥≤<>={terms.NUMERALS}]")
"""A number, in figures or Chinese numerals (`约8次`, `约八次`, which diff reads as 8次), or a comparator: what the
one-character 约 softens right before it (`_softens`)."""
_NAMED_BY_DOING = re.compile(rf"(?:{terms.DOING})(?:经费|资金|支出|费)")
"""A verb of doing that opens the name of money (基本保障经费, 基本运行支出 are not: 运行 is no verb here): after 基本 or
一般 it begins a noun, no target softened (`基本保障经费≤10万元`)."""
_OBTAINED = re.compile(r"支持|扶持")
"""What 争取 before a verb of doing obtains, not does (争取支持, 争取扶持资金): support won for the unit, no hedge."""
_YUE_WORDS = frozenset(("节约 预约 签约 邀约 合约 公约 条约 契约 制约 履约 特约 相约 赴约 违约 守约 租约 践约 婚约 和约 誓约 "
                        "盟约 缔约 续约 解约 毁约 爽约 失约 应约 如约 要约 集约 俭约 隐约 婉约 大约").split())
"""Words that end in 约 (节约, 签约, 续约), so that `签约5个` reads no 约5 and `签约约3个` one hedge; 大约 is a hedge by
itself, and its 约 none of its own."""
_ENDS_BEFORE_YUE = frozenset(("持续 继续 连续 陆续 延续 后续 手续 征集 收集 募集 汇集 采集 搜集 筹集 召集 聚集 扩大 加大 放大 "
                              "增大 壮大 最大 较大 重大 巨大 强大 广大 宏大 庞大 控制 编制 限制 机制 体制 研制 印制 损失 流失 "
                              "综合 符合 结合 联合 整合 融合 组合 适合 配合 相应 供应 对应 响应 适应 需要 主要 重要 必要 总和 "
                              "了解 理解 化解 缓解 调解 互相 例如 比如 独特 办公 季节 环节 调节 春节 实践 遵守 出租 房租").split())
"""Words whose last character begins a word of `_YUE_WORDS` (持续, 征集, 扩大, 控制, 损失): there the 约 after them stands
alone, a hedge (`持续约3天`, `征集约100件`, `扩大约10%`, `控制约10万元`), as the 续, 集 or 大 before it is theirs."""


def _yue_ends_word(text: str, at: int) -> bool:
    """Whether the 约 at `text[at]` ends a word of its own (`_YUE_WORDS`: 签约, 节约, 大约), the character before it
    not the end of another word (`_ENDS_BEFORE_YUE`: 持续约, 扩大约)."""
    return at > 0 and text[at - 1:at + 1] in _YUE_WORDS and (at < 2 or text[at - 2:at] not in _ENDS_BEFORE_YUE)


_ACROSS = {"力争": terms.BY_FORCE, "力求": terms.BY_FORCE,  # 全力争取, 着力求实: 争取 and 求, no 力争 or 力求
           "尽力": tuple("竭尽 用尽 倾尽 耗尽 费尽 穷尽 详尽 殆尽 历尽 尽心尽力".split()),  # 竭尽力量, 详尽力求
           "上下": ("上下游", "上下级", "上下班", "上下文"), "前后": ("前后端", "前后台")}  # 3个上下游企业
"""Words that hold a hedge's character and one beside it, by the hedge (`_within_a_word`), so that the hedge is no word
there: the 力 of 全力 begins no 力争 (全力争取 is 全力 and 争取), the 尽 of 竭尽 no 尽力 (竭尽力量 is 竭尽 and 力量), nor is
the 尽力 of 尽心尽力 one (wholeheartedly, a word of how it is done as 竭尽全力 is, which promises no less),
and 上下 begins 上下游 (`3个上下游企业` holds no 3个 more or less). Only words that tell one reading: 积极力争 and
推动力争 are 力争 (极力, 动力 left out), 尽力量化 is 尽力 and 量化 (no 力量), 想尽力完成 is 想 and 尽力 (想尽 left out: 想尽办法
holds no 尽力), and 用尽量少 still 尽量 (用尽 is 尽力's)."""


def _within_a_word(word: str, text: str, start: int, end: int) -> bool:
    """Whether the hedge `word` at `text[start:end]` shares a character with a word of `_ACROSS` that reaches past it."""
    for across in _ACROSS.get(word, ()):
        for at in range(max(0, start - len(across) + 1), end):
            if at + len(across) > start and (at < start or at + len(across) > end) and text.startswith(across, at):
                return True
    return False


_BRACKETED = re.compile(r"[(\[【〔]({})[)\]】〕]".format("|".join(map(re.escape, terms.HEDGES + HEDGES_AFTER))))
"""A hedge alone in brackets (`100%（原则上）`, `≥95%(力争)`, `（约）20次`), read in a value's normalised text (NFKC
makes the full-width brackets ASCII)."""
_NUMBER_IN_CLAUSE = re.compile(rf"[\d{terms.NUMERALS}]")
_AFTER_THE_NOUN = "左右"
"""The hedge that may end the words after what a number counts (`3次检查左右`, `200人次培训左右`: about three inspections),
as it may follow the number (`3次左右`). Not 前后 (`3次会议前后`: around the meetings, a time) nor 上下 (`全系统上下`)."""


class _Hedge(NamedTuple):
    """A hedge in a value's normalised text: the word, and the span to take out to read the value without it (the
    word, the brackets around it too, or the 后 of a date's 前后)."""

    word: str
    start: int
    end: int


def added_hedges(name: Any, before: Value, after: Value, moved: bool = False, year: int | None = None) -> tuple[str, ...]:
    """The hedges that make `after` a looser target than `before` though its number, date, grade or words are kept
    (`8次` → `力争8次`, `100%` → `100%（原则上）`, `完成` → `基本完成`, `圆满完成` → `基本完成`), in the order found, else
    none. With `moved`
    (the caller has found `after` looser: a date later, a count lowered, a cap raised), a hedge counts though the day
    or number moved (`6月30日前` → `9月底前后`, `3次` → `2次左右`): it is a second loosening beside the one the
    numbers show, which a reviewer would not see in them. `year` is the
    budget year both values are read in, so that a date written with it and one counted from it are one day
    (`2024年12月31日前完成` → `力争12月31日前完成` in a 2024 spec: `_same_day`). Hedges are
    counted word by word, so that a hedge of another clause in the old value (`开展活动8次，力争培训2次` →
    `力争开展活动8次，力争培训2次`) leaves the new one added; for a hedge removed or swapped for another, or one on both
    sides, the reverse asks as much or more; and a value that softened itself already (`有限提升` → `力争提升`:
    `_limited`) swaps one softener for another. Each hedge found is taken out before the next is looked for, so that
    two added are both told (`3月底前完成2次` → `力争3月底前完成约2次`, `3次` → `力争3次左右`): with the one in, the other
    leaves words beside the number that `before` lacked."""
    if _limited(before):
        return ()
    had = Counter(hedge.word for hedge in _hedges(before))
    if had - Counter(hedge.word for hedge in _hedges(after)):
        return ()
    told: list[str] = []
    while True:
        found = _hedges(after)
        has = Counter(hedge.word for hedge in found)
        added = (hedge for hedge in found if has[hedge.word] > had[hedge.word])
        hedge = next((hedge for hedge in added if _same_but_hedge(name, before, after, hedge, moved, year)), None)
        if hedge is None:
            return tuple(dict.fromkeys(told))
        told.append(hedge.word)
        after = _without(after, hedge)


def hedge_gained(before: Value, after: Value) -> bool:
    """Whether `after` is written with a hedge `before` lacks (`_hedges`, word by word), wherever it stands and whatever
    its number or date did: `8次` → `力争10次`, `≥90%` → `原则上≥95%`, `10月底前` → `6月底前前后`. Such an edit is not
    certainly a higher target (the unit no longer commits to the higher number), though read backwards the number
    alone is lowered: diff marks no 目标提高 on it (`weakening.tightening`)."""
    return bool(_more(*([hedge.word for hedge in _hedges(value)] for value in (before, after))))


def written_hedges(before: Value, after: Value) -> tuple[str, ...]:
    """The hedges `after` is written with more often than `before` (`_hedges`, word by word), each once, in the order
    found, whatever else the edit changed: `开展活动3次` → `力争开展培训2次` and `3次` → `4次左右` wrote 力争 and 左右,
    though another thing counted and a count raised leave `added_hedges` no target kept to soften. None where one
    softener took another's place, as `added_hedges` reads it: a hedge gone (`力争8次` → `8次左右`) or a softener of
    the old value's own (`有限提升` → `力争提升`: `_limited`)."""
    return _written([before], [after])


def written_in_text(old: str, new: str) -> tuple[str, ...]:
    """`written_hedges` of two goal texts, read clause by clause (`terms.CLAUSES`), as their targets are: a text of
    several clauses read whole is no value, and the 左右 after a clause's number was none (`提交提案3篇左右`)."""
    return _written(*([parse(clause, numerals=True) for clause in terms.CLAUSES.split(normalise(text)) if clause]
                      for text in (old, new)))


def _written(olds: list[Value], news: list[Value]) -> tuple[str, ...]:
    """The hedges `news` are written with more often than `olds` (`_more`), none where a hedge of `olds` is gone or
    one of them softened itself already (`_limited`)."""
    had, has = ([hedge.word for value in values for hedge in _hedges(value)] for values in (olds, news))
    return () if any(map(_limited, olds)) or Counter(had) - Counter(has) else _more(had, has)


def _more(had: list[str], has: list[str]) -> tuple[str, ...]:
    """The words of `has` it holds more often than `had`, each once, in the order of `has`."""
    more = Counter(has) - Counter(had)
    return tuple(word for word in dict.fromkeys(has) if more[word])


def unhedged(value: Value) -> Value:
    """`value` with every hedge it is written with (`_hedges`) taken out: what it commits to, so that a goal text's
    clause hedged (`力争提交提案不少于2篇`, `576人次左右`, `每月力争不少于2次`) is still the old clause's target
    (`target_texts`), of one measure with it, not a target deleted beside one added."""
    found = _hedges(value)
    while found:
        value = _without(value, found[0])
        found = _hedges(value)
    return value


def _without(value: Value, hedge: _Hedge) -> Value:
    """`value` read again with `hedge` taken out of its normalised text, a ranking's place as the bound it is
    (`terms.ranked_place`, as `looser.read_target` reads both sides): `力争全国百强` is 全国百强 hedged, 全国第≤100名, and
    `力争全省前5名` the top 5 hedged, not a count of 5 after 全省前."""
    text = normalise(value.text)
    text = text[:hedge.start] + text[hedge.end:]
    place = terms.ranked_place(text)
    return replace(parse(place, numerals=True), text=text) if place else parse(text, numerals=True)


def _hedges(value: Value) -> list[_Hedge]:
    """The hedges a value is written with where they soften the target: alone in brackets (`_BRACKETED`), before
    what they soften (`_SOFTENED`), wherever that is in the value, or after the number or range (`3次左右`,
    `3-5次左右`: the words after a range's second number, as `value_ranges.range_bounds` reads them), 左右 also after what
    the number counts (`3次检查左右`: `_AFTER_THE_NOUN`). The
    one-character `约` only right before a number or comparator: it ends words of its own (`预约完成`, `节约`)."""
    text = normalise(value.text)
    found = [_Hedge(bracketed.group(1), bracketed.start(), bracketed.end()) for bracketed in _BRACKETED.finditer(text)]
    inside = [(hedge.start, hedge.end) for hedge in found]
    words = [word for word in terms.HEDGES if word in text]  # most values hold none: no regex for those
    softening = [_Hedge(word, at.start(), at.end()) for word in words for at in re.finditer(re.escape(word), text)
                 if not any(start <= at.start() < end for start, end in inside)
                 and _softens(word, text, at.start(), at.end())]
    found += _words(softening)
    read = value if value.kind is Kind.QUANTITY else (range_bounds(value) or (None,))[-1]  # 3-5次左右: its cap's
    if read is not None:
        after = terms.CLAUSES.split(read.suffix)[0]
        after = after.removeprefix("万") if read.unit is None else after  # 35万左右: a bare 万 of money
        word = next((word for word in HEDGES_AFTER if after.startswith(word)), None)
        if word is None and after.endswith(_AFTER_THE_NOUN) and not _NUMBER_IN_CLAUSE.search(after):
            word = _AFTER_THE_NOUN  # 3次检查左右: the count hedged after what it counts
        at = text.rfind(word) if word else -1
        # 3个上下游企业; 5次，左右兼顾, whose suffix `values` reads without its comma, begins a clause of its own
        if word and not _within_a_word(word, text, at, at + len(word)) and not terms.CLAUSES.match(text[at - 1:at]):
            found.append(_Hedge(word, at, at + len(word)))
    dated = _dated(value)
    if dated.hedge:
        found += _after_a_date(text, dated.hedge)
    return found


def _words(hedges: list[_Hedge]) -> list[_Hedge]:
    """The hedges as the words a reader finds in the value, from its start: one within a longer one at its place is that
    one (the 大体 of 大体上), and one that begins within another found before it is none (the 力争 of 尽力争取, which
    is 尽力 and 争取; the 争取 of 力争取得), so that each word is told once and none the value does not hold."""
    words: list[_Hedge] = []
    for hedge in sorted(hedges, key=lambda hedge: (hedge.start, -hedge.end)):
        if not words or hedge.start >= words[-1].end:
            words.append(hedge)
    return words


def _dated(value: Value) -> Value:
    """The date of `value` a hedge after it softens: a DATE itself, or the deadline a count or amount is done by
    (`Value.by`: `6月底前后完成2次` is 2次 by 6月底前, hedged)."""
    return value.by if value.by is not None else value


def _after_a_date(text: str, word: str) -> list[_Hedge]:
    """The hedge `word` that `values.parse` read right after a date (`Value.hedge`: `12月31日前后`, `6月底左右`, also
    a count's deadline: `6月底前后完成2次`; a day of a month that comes round: `每月10日前后`, `values.recurring_deadline`):
    where taking it out leaves the date unhedged, a day around which the thing is done, maybe after it. Of 前后 only
    the 后 is taken out, as `values` reads `12月前后` as the deadline `12月前` hedged: without its 前, `12月` is twelve
    months. `春节前后`, `2次（春节前后）` or `6-8月前后` hold no date, and no
    hedge of one."""
    found = []
    for at in re.finditer(word, text):
        start = at.start() + (1 if word == "前后" else 0)
        bare = _dated(parse(text[:start] + text[at.end():], numerals=True))
        if (bare.kind is Kind.DATE or recurring_deadline(bare)) and bare.hedge is None:
            found.append(_Hedge(word, start, at.end()))
    return found


_NAMED_AFTER = {"力争": ("上游",), "争创": ("活动", "工作", "行动")}
"""What right after a hedge that begins no noun (`CLEAR_HEDGES`) makes the two a name, no hedge: the idiom 力争上游
(strive to be among the best), and the campaign 争创 names (`开展争创活动3次`, `文明城市争创工作`: striving for a title is
the work counted there, `开展活动3次` → `开展争创活动3次` no target hedged)."""


def _softens(word: str, text: str, start: int, end: int) -> bool:
    """Whether the hedge `word` at `text[start:end]` softens what follows it. One that begins no noun
    (`CLEAR_HEDGES`: 力争, 原则上) wherever something of the target follows it in its clause (力争台胞满意度90%以上,
    力争有效拓展), but where it is part of a name (`_NAMED_AFTER`: 力争上游, 争创活动); the one-character `约`
    right before a number or comparator, unless it ends a word (节约10%, 签约5个: `_yue_ends_word`), and 大约 only
    where it is a word there (not 扩大约10%, whose hedge is the 约); any other (基本, 一般, 争取) only before what it
    softens (`_SOFTENED`), not where a verb of doing opens a name of money (基本保障经费), nor 争取 where it obtains
    (争取专项资金, 争取到位, 争取支持: `_OBTAINED`)."""
    if _within_a_word(word, text, start, end):
        return False  # 努力争取, 竭尽力量: the 力 is 努力's, the 尽 竭尽's, and the hedge, if any, the 争取 after it
    if word in CLEAR_HEDGES:
        named = text.startswith(_NAMED_AFTER.get(word, ()), end)
        return end < len(text) and not terms.CLAUSES.match(text, end) and not named
    if word == "约":
        return not _yue_ends_word(text, start) and bool(_AT_NUMBER.match(text, end))
    if word == "大约" and not _yue_ends_word(text, start + 1):
        return False  # 扩大约10%: the 大 is 扩大's, and the hedge the 约 alone
    obtained = word == "争取" and _OBTAINED.match(text, end)
    softened = _SOFTENED.match(text, end) or _before_a_grade(word, text, end)
    return bool(softened) and not _NAMED_BY_DOING.match(text, end) and not obtained


def _before_a_grade(word: str, text: str, end: int) -> bool:
    """Whether the hedge `word` ending at `end` is followed by the rest of the value, a checkable grade
    (`value_kinds.GRADES`: `基本及时`, `基本规范`, `基本有效`), which `_SOFTENED` reads only where the grade is a verb
    of doing or 按时: diff told `按时` → `基本按时` and `完善` → `基本完善` 加了“基本” and `及时` → `基本及时` nothing, and
    D6 passed `基本及时` against last year's `及时`. Not where hedge and grade are a grade of their own on a scale
    (`基本合格`, `基本达标`: `grade_ladders.on_a_scale`), a step down it, not the grade hedged."""
    rest = text[end:].rstrip(TRIM_CHARS)
    return rest in GRADES and not on_a_scale(word + rest)


def _limited(value: Value) -> bool:
    """Whether a value without a number, date or grade is written with a word of degree that promises little
    (`terms.LIMITING`: `有限提升`, `适度增加`). Only there: where a number, date or grade is kept it is the promise, and
    a hedge takes it back whatever words of degree stood beside it (`有限提升5%` → `力争提升5%`)."""
    text = normalise(value.text)
    return not measurable(value) and any(word in text for word in terms.LIMITING)


def _same_but_hedge(name: Any, before: Value, after: Value, hedge: _Hedge, moved: bool, year: int | None) -> bool:
    """Whether `after` is `before` with the hedge added: the same number of one measure (the words about it may
    change beside a hedge of its own, `开展活动8次` → `全年力争开展8次`; beside `约` they may not, since 节约10% has a
    word of its own), the same deadline, or the same grade or words around it (`完成` → `基本完成`, `有所提升` →
    `力争有所提升`; `全部完成` → `基本完成`, `圆满完成` → `基本完成`, `明显提升` → `基本提升`: the hedge put in place of
    a word of degree or praise, not of a negation, `terms.NEGATED_AFTER`: `不合格` → `力争合格` is no 合格 hedged). With
    `moved`, a date hedged is the date of `before` moved later, a number hedged one of the same measure moved its
    looser way (`added_hedges`), a count done by a deadline weighed without it (`value_comparison.count_alone`:
    `6月底前完成3次` → `3月底前完成约2次`), a range one of the same measure (`3-5次` → `2-5次左右`); a range or
    several numbers kept word for word but for the hedges added (`3-5次` → `力争3-5次左右`: `unhedged`, each hedge
    weighed with the other still in); a count's deadline hedged (`6月底前完成2次` →
    `6月底前后完成2次`) keeps the count and that deadline."""
    text = normalise(after.text)
    head, tail = text[:hedge.start], text[hedge.end:]
    bare = count_as_beside(_without(after, hedge), before)  # 年底前建设约三个中心: the count `before` types in figures
    if before.money is not None:
        bare = wan_as_money(bare)  # `≤35万元` → `约35万`: the 万 read as 万元 on the hedged side stays so without it
    if before.kind is Kind.QUANTITY and bare.kind is Kind.QUANTITY:
        if after.by is not None and after.by.hedge == hedge.word and (  # 6月底前后完成2次: the count's deadline hedged
                before.by is None or not (moved or _same_day(before.by, after.by, bare.by, year))):
            return False  # `2次` → `6月底前后完成2次` adds a deadline, hedged or not: no hedge of one kept
        if len(hedge.word) > 1:
            # a deadline's own hedge (`Value.hedge`), or one in the clause of a deadline that comes round, softens it
            # though no figure is in its clause (`每月底前后`, `力争每月底前`); one in a clause beside the deadline
            # (`每月底前报送，力争按时完成`) softens that clause, as beside a number
            clause = _clause_at(text, hedge.start)
            if after.hedge != hedge.word and not recurring_deadline(parse(clause)) \
                    and not _NUMBER_IN_CLAUSE.search(clause):
                return False  # `100%，力争按时完成`: the hedge softens a clause added beside the number, not the number
            bare = replace(bare, prefix=before.prefix, suffix=before.suffix)
        if moved:  # 6月底前完成3次 → 3月底前完成约2次: the count hedged, its deadline weighed apart (`looser`)
            before, bare = count_alone(before), count_alone(bare)
        pair = compared(name, before, bare) if (bare.prefix, bare.suffix) == (before.prefix, before.suffix) else None
        return pair is not None and (moved or pair.old == pair.new)
    if before.kind is Kind.DATE and bare.kind is Kind.DATE:  # `12月31日前` → `12月31日前后`: the day kept, its 前 lost
        after_date = hedge.word in HEDGES_AFTER
        return (moved or _same_day(before, after, bare, year)) and (after_date or before.deadline == bare.deadline)
    written = normalise(before.text)
    if before.kind is Kind.UNPARSEABLE:  # `3-5次` → `力争3-5次`, `开展活动8次，培训2次`: several numbers, kept word for word
        ranges = range_bounds(before), range_bounds(bare)
        if moved and None not in ranges:  # `3-5次` → `2-5次左右`: a range of one measure, moved its looser way
            return compared(name, ranges[0][0], ranges[1][0]) is not None
        return written == head + tail or normalise(unhedged(bare).text) == normalise(unhedged(before).text)  # 力争3-5次左右
    return (before.kind in (Kind.TEXT, Kind.GRADE) and bool(tail) and len(written) >= len(head) + len(tail)
            and written.startswith(head) and written.endswith(tail)
            and not terms.NEGATED_AFTER.search(written[len(head):len(written) - len(tail)]))


def _same_day(before: Value, after: Value, bare: Value, year: int | None) -> bool:
    """Whether the hedged date `after`, read without its hedge as `bare`, keeps the day of `before`. Two deadlines
    keep it where they end on one day, however spelt (`2024年12月31日前完成` → `力争2024年12月底前完成`: `last_day`),
    with the year written or counted from the budget `year` (`2024年12月31日前` and `12月31日前` in a 2024 spec); a date
    that is no deadline only as written but for its year, since `2024年12月` (some time in it) is no `2024年12月31日`."""
    if before.deadline and after.deadline:
        return last_day(before, year) == last_day(bare, year)
    if year is None:
        return (before.date, before.offset) == (bare.date, bare.offset)
    return (before.year(year), before.date[1:]) == (bare.year(year), bare.date[1:])


def _clause_at(text: str, at: int) -> str:
    """The clause of `text` (`terms.CLAUSES` ends one) that holds the place `at`."""
    starts = [found.end() for found in terms.CLAUSES.finditer(text, 0, at)]
    end = terms.CLAUSES.search(text, at)
    return text[starts[-1] if starts else 0: end.start() if end else len(text)]
