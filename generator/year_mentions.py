"""Where a text writes a year, and which of those years move with the budget year: the one reading by which
`new --from` (rollover) rewrites last year's texts for the new year, and by which lint's D6 knows a target
that differs from last year's only by that rewriting as copied. Rollover's docstring says which years are
read as what (a year, a range, a baseline, a document number, a year in a clause telling what has happened,
a document's name in 《》, a fixed start).
`set_for` reads a year the other way round, for lint's D9: only where it is the time a target is set for.

Not moved: a year inside 《》 (a document's name) or one that starts a period (以来, 起). A year of two digits
(`24年12月31日前`) is listed, not rewritten. D9's `set_for` finds only where a target writes a past year as the year it
is set for (`2024年，…`, `2024年度…`, `2024年计划…`, `2024年我会将…`, `确保2024年…`, `2024年底前`, `2024年各9次`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .done_verbs import DONE, FINISHED
from .lazy_pattern import LazyPattern
from .text_ends import ending_at
from .value_dates import year_of_date
from .year_digits import CHINESE_DIGITS, YEAR_IN_FIGURES, ascii_shadow, one_writing, written_like

YEAR = re.compile(rf"(?<![\d.．]){YEAR_IN_FIGURES}(?!\d)")
"""A year the text mentions, in the ASCII shadow (`year_digits.ascii_shadow`): any of `YEAR_IN_FIGURES`, not only
a budget year, as every year written is compared with the one that moves."""
_AS_YEAR = re.compile(r"\s*年")
_RANGE_TAIL = re.compile(rf"\s*年?\s*[-—–－~～至到]{{1,2}}\s*{YEAR_IN_FIGURES}(?!\d)(?:\s*年度?)?")
_BREAK = "，,。；;！!？?\n"  # full-width ，；… are ASCII in the shadow mentions() reads
_HEAD, _TAIL = re.compile(f"[^{_BREAK}]*$"), re.compile(f"[^{_BREAK}]*")
_BREAK_AT, _TITLE_MARK = re.compile(f"[{_BREAK}]"), re.compile("[《》\n]")
_DATE_WORDS = rf"[\s\d年度月份日号底末初旬上中下半季第十{CHINESE_DIGITS}Qq./-]*"
"""What may follow a year's digits within its date: `年`, `年底`, `年3月`, `年六月`, `年十二月`, `年第一季度`, `-12-31`:
any month or day spelt in Chinese numerals (year_digits), not only those a quarter spells."""
_HOW_DONE = "全面|全部|顺利|圆满|成功|基本|初步|如期|按时|按期|先后|陆续|相继|共"
"""Words of how or how fully something was done, which may stand between 已 and its verb (`已全面完成`, `已顺利召开`)."""
_PAST_BEFORE = re.compile(r"(?:已经?|曾经?)(?:于|在)?\s*$")  # 已于2023年3月建成
_PAST_BEFORE_REACH = 3  # 已经于
_PAST_RIGHT_AFTER = re.compile(_DATE_WORDS + r"(?:已|曾)")  # 2023年已完成换届, 截至2023年底已累计
_PAST_VERB = re.compile(rf"(?:已经?|曾经?)(?:{_HOW_DONE})*(?:{DONE})|(?:{DONE})了(?!解)")  # 2023年我会已建成…, …完成了…
_OF_A_THING = re.compile(rf"{_DATE_WORDS}(?:继续|持续|进一步|全面|切实|积极|着力|大力|重点)*"
                         rf"(?:推进|推动|做好|抓好|加强|保障|巩固|维护|管护|用好|管好|盘活|完善|提升|确保|督促)"
                         rf"(?P<done>(?:已经?|曾经?)(?=(?:{_HOW_DONE})*(?:{DONE})(?!\W*$)))")
"""A verb of work to do that opens the clause after the year (`2023年推进…`, `2023年继续做好…`), right before
已/曾 and a verb of something done: that 已 is inside the verb's object (`推进已建成场馆运营`: the venue is
built, running it is the plan), not the clause's tense. Only right after the year is the verb surely the
clause's own (`工作推进已完成` has 推进 as its subject), only right before 已 surely its object's, and only
with words after the done verb is there an object at all: `2023年推进已完成` ends the clause with it, the
clause's own past tense."""
_DEADLINE_AFTER = re.compile(_DATE_WORDS + r"(?:之|以)?前")  # 2023年底前, 2023年6月30日前完成
_WILL = r"(?<![已曾])将(?!近)"
"""将 of a plan: not 已将, the 将 of what was done with something, nor 将近 (nearly)."""
_MEANT = r"(?<![模虚草])拟(?!建项目)"
"""拟 of a plan: not 模拟, 虚拟, 草拟, nor 拟建项目, a noun (the projects proposed, `拟建项目已全部开工`)."""
_FUTURE = re.compile(rf"{_WILL}|{_MEANT}|计划(?:[于在将到]|(?={DONE}))|预计")
"""Words of a plan: 将, 拟, 计划于 or 计划 before a verb (not the noun 计划任务), 预计."""
_BASELINE = re.compile(r"(?:较|比)\s*$")  # 较2022年, 同比2022年, 相比2022年
_BASELINE_REACH = 1
"""The most characters but whitespace a match of `_BASELINE` holds (`text_ends.ending_at`), as each `*_REACH` says of
its pattern."""
_BASELINE_TAIL = re.compile(r"\s*年度?\s*(?:同期|相比|比较|持平|[为的]\s*基数|基数(?=\s*[上核增减计]))")
"""与2022年持平, 与2022年同期相比, 以2022年为基数, 2022年基数上增长: not 2022年基数调查, a survey the year's plan makes."""
_OPEN, _CLOSE = "〔[(（【", "〕])）】"
_MAKING = "制定|编制|起草|拟定|修订|印发|出台|发布|编写|编印|撰写|形成"
_MADE = re.compile(rf"(?:{_MAKING})\s*$")
_MADE_REACH = 2
"""A verb of making a document, right before its 《 (制定《2023年度党建工作计划》) or after its 》 (完成《2023年度工作
计划》编制): the document is the one the year's work makes, whose year is the budget year's; any other document
(落实《2023年侨务工作要点》) is one already made, its year part of its name."""
_MADE_AFTER = re.compile(rf"[^《》\n]*》\s*(?:的\s*)?(?:{_MAKING})")
_SINCE = re.compile(_DATE_WORDS + r"(?:以来|至今|起(?![草诉飞重步点航势色因源码伏居]))")
"""A year as a fixed start (2020年以来, 2023年至今, 2023年1月1日起施行), not a time that moves with the budget year;
not where 起 opens a word of its own: 起草 (to draft), 起重 (hoisting: 2023年起重机械检验), 起步 (to start:
2023年起步建设, the year's plan), 起诉, 起飞, 起点…"""
_FROM = re.compile(r"(?:(?<![来各亲独源出擅暗发私径兀])自|从)\s*$")
"""自 or 从 as a preposition right before a year (自2023年起, 从2023年开始): not 自 ending a word (来自2023年…, the
money comes from it; 各自, 亲自, 独自)."""
_FROM_REACH = 1
_STARTING = re.compile(_DATE_WORDS + r"开始")


@dataclass(frozen=True)
class Mention:
    """A year in a text: the span of its digits (a range: of the whole range), the year, and its kind:
    `year` (written as a year or a date's year), `range`, `baseline`, `past` (in a clause telling what has
    happened), `title` (in the name of a document already made, `《2023年侨务工作要点》`), `since` (a fixed
    start, `2020年以来`, `自2023年起`) or `bracket`."""

    start: int
    end: int
    year: int
    kind: str


def _past(head: str, tail: str) -> bool:
    """Whether the clause around a year (the words before it, `head`, and after it, `tail`) tells what has happened
    in that year, so that its year stays: see the module docstring."""
    if _DEADLINE_AFTER.match(tail) or _FUTURE.search(head) or _FUTURE.search(tail):
        return False
    thing = _OF_A_THING.match(tail)
    if thing:
        tail = tail[:thing.start("done")] + tail[thing.end("done"):]  # 推进已建成场馆运营: 推进建成场馆运营
    return bool(_PAST_BEFORE.search(head) or _PAST_RIGHT_AFTER.match(tail) or _PAST_VERB.search(head)
                or _PAST_VERB.search(tail))


def _in_title(text: str, end: int, mark: int) -> bool:
    """Whether a year (its digits ending at `end` of `text`) is inside a 《》 that no verb of making (`_MADE`)
    opens or follows: `mark`, the last 《, 》 or line break before it, is a 《."""
    if mark < 0 or text[mark] != "《" or ending_at(_MADE, text, mark, _MADE_REACH):
        return False
    return not _MADE_AFTER.match(text, end)


def _since(text: str, start: int, end: int) -> bool:
    """Whether a year (at `start:end` of `text`) is a fixed start: followed by 以来, 至今 or 起 (`_SINCE`), or after 自
    (`自2023年`) or 从 with 开始 after it (`从2023年开始`), the same start in other words; a bare 从2023年 (从2023年的情况看)
    is none."""
    before = ending_at(_FROM, text, start, _FROM_REACH)
    return bool(_SINCE.match(text, end)
                or before and (before.group(0).startswith("自") or _STARTING.match(text, end)))


_LATER_YEAR = re.compile(rf"{YEAR.pattern}(?=\s*年)")
"""Another year after a year in its clause: the words after it are that year's (`2027年完成侨史馆布展（2026年已完成设计）`,
`2027年完成2026年已启动的布展`), so what they tell as done is no sign that the first year's words do. Read to the
clause's end, the 已完成 of 2026 made 2027's plan past, and the year the new spec was for stayed unmoved."""
_JOINED = re.compile(rf"{_DATE_WORDS}(?:至|到|、|和|及|与|[-~—–])\s*$")
"""What joins a year to the next one as one time or a list of them (`2027年1月至2027年3月已完成调研`, `2027年、2026年
已完成`): the words after the later year are both years', so the first is read to the clause's end as before; cut at
the later year, the first 2027 moved and the second stayed (`2028年1月至2027年3月`)."""


_LISTED_ITEM = re.compile(r"(?:、|以及|和|及|与)\s*$")
"""What opens an item of a list, right before the year that opens it (`已于2026年3月完成设计、2027年6月完成布展`,
`…完成设计和2027年6月完成布展`): with no ，or other clause break between, the items share what stands before the first."""


def _own_head(head: str) -> str:
    """The words before a year (`head`, back to its clause's start) that are its own. After another year, the words up to
    a 、 are that year's (`2026年已完成设计、2027年完成布展`: a 、 between clauses): read to the year, the 已完成 of 2026 made
    2027's plan past, and the new spec's year stayed unmoved. A year joined to the other one as one time or a list
    (`已于2027年3月至2027年6月完成调研`, `已于2026年、2027年完成`, `_JOINED`: a 、 between years) shares the words before the
    first: read to the year, `已于` was not right before it, and the first 2027 stayed as past while the second moved
    (`已于2027年3月至2028年6月`). So does a year opening the next item of a list of things done in the clause
    (`已于2026年3月完成设计、2027年6月完成布展`, `_LISTED_ITEM`) after an earlier year that 已于 stands right before: 已于
    opens the list and tells each item as done, and the second year moved as a plan. The 已 of an earlier year's own words
    after its date (`2026年已完成设计、2027年完成布展`) is that year's only, and a ，ends the list (`已于2026年3月完成设计，
    2027年6月完成布展` in a 2027 spec, written the year before, may tell the design done and the exhibition planned):
    a plan read as past keeps a stale year."""
    years = list(_LATER_YEAR.finditer(head))
    end, listed = len(head), []
    for earlier in reversed(years):  # a loop, not a call for each earlier year: a clause may list thousands
        if _JOINED.fullmatch(head, earlier.end(), end):
            end = earlier.start()
            continue
        cut = head.rfind("、", earlier.end(), end)
        own = head[cut + 1:end] if cut >= 0 else head[:end]
        if not _LISTED_ITEM.search(head, earlier.end(), end):
            break
        listed.append(own)  # its own words, if the words before the earlier year's are no 已于's
        end = earlier.start()
    else:
        own = head[:end]
    for words in reversed(listed):  # the first item's words first: its 已于 is each later item's
        if not ending_at(_PAST_BEFORE, own, len(own), _PAST_BEFORE_REACH):
            own = words
    return own


def joined(text: str, earlier: Mention, later: Mention) -> bool:
    """Whether `later` follows `earlier` in `text` joined to it as one time or a list (`2027年3月至2027年6月`): the two
    are read alike, and rollover notes a pair of one year once."""
    return bool(_JOINED.fullmatch(ascii_shadow(text), earlier.end, later.start))


def _kind(text: str, start: int, end: int, marks: _Marks) -> str:
    """The kind of a year written as a year (see `Mention`), its digits at `start:end` of `text`, read from the
    words before and after them."""
    if _in_title(text, end, marks.title(start)):
        return "title"
    if _since(text, start, end):
        return "since"
    if ending_at(_BASELINE, text, start, _BASELINE_REACH) or _BASELINE_TAIL.match(text, end):
        return "baseline"
    head = _own_head(_HEAD.search(text, marks.clause(start), start).group(0))
    tail = _TAIL.match(text, end).group(0)
    later = _LATER_YEAR.search(tail)
    if later and not _JOINED.fullmatch(tail, 0, later.start()):
        tail = tail[:later.start()]
    return "past" if _past(head, tail) else "year"


class _Marks:
    """Where a text's clauses break and its 《, 》 and line breaks are, found once for all its years: reading the
    words before each year back to them made `mentions` quadratic in a text's length."""

    def __init__(self, text: str):
        self._breaks = [found.start() for found in _BREAK_AT.finditer(text)]
        self._titles = [found.start() for found in _TITLE_MARK.finditer(text)]

    def clause(self, start: int) -> int:
        """Where the clause before `start` starts: after the last break before it. Searched from the break before
        that one, `_HEAD`'s `$`, which also matches before a line break ending the words, read a year opening a line
        with the line before it (`已完成换届` over `2023年召开年会` made that year past)."""
        at = bisect_left(self._breaks, start)
        return self._breaks[at - 1] + 1 if at else 0

    def title(self, start: int) -> int:
        """The place of the last 《, 》 or line break before `start`, -1 if none."""
        at = bisect_left(self._titles, start)
        return self._titles[at - 1] if at else -1


def mentions(text: str) -> list[Mention]:
    """Every year written in `text`, in order, in ASCII, full-width or Chinese digits (read on the text's
    ASCII shadow, whose places are the text's); four-digit numbers that are no year are skipped."""
    found: list[Mention] = []
    skip_to = 0
    text = ascii_shadow(text)
    marks = _Marks(text)
    for number in YEAR.finditer(text):
        if number.start() < skip_to:
            continue
        start, end = number.span()
        year = int(number.group(0))
        span = _RANGE_TAIL.match(text, end)
        if span:
            skip_to = span.end()
            found.append(Mention(start, skip_to, year, "range"))
        elif _AS_YEAR.match(text, end) or year_of_date(number.group(0), text[end:]):
            found.append(Mention(start, end, year, _kind(text, start, end, marks)))
        elif start and text[start - 1] in _OPEN and text[end:end + 1] and text[end] in _CLOSE:
            found.append(Mention(start, end, year, "bracket"))
    return found


def clause_end(text: str, at: int) -> int:
    """Where the clause that position `at` of `text` is in ends: at its ，。；！？ or line break, or the text's end."""
    return _TAIL.match(ascii_shadow(text), at).end()


def moved_years(value: str, moved: dict[int, int], target: bool) -> tuple[str, list[Mention], list[Mention]]:
    """`value` with each year of `moved` that is written as a year moved to its new year, in its writing, the
    mentions moved (at the same places in the new text: a year keeps its length) and those left as they were.
    A `target` (an indicator value) says what is to be done by then, so a year in a clause that reads as past
    moves there too. lint's D6 reads a target that differs from its prior value only by these years as copied
    unchanged."""
    new, done, left = list(value), [], []
    for mention in mentions(value):
        moves = mention.kind == "year" or mention.kind == "past" and target
        if moves and mention.year in moved and one_writing(value[mention.start:mention.end]):
            new[mention.start:mention.end] = written_like(moved[mention.year], value[mention.start:mention.end])
            done.append(mention)
        else:
            left.append(mention)
    return "".join(new), done, left


_CLAUSE_OPENS = re.compile(rf"(?:^|[{_BREAK}:])\s*(?:\(?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[).、]\s*)?$")
"""Before a year that opens its clause: a text's or clause's start, a list item's number (`3. `, `1、`, `（2）`)."""
_CLAUSE_OPENS_REACH = 6  # a break, then (十二) or 12.
_PLAN = rf"(?:计划(?!生育|执行|完成率|数|的)|{_WILL}|{_MEANT}|力争|争取(?![到了的])|要(?![求点素闻件务])|确保|预计|力求)(?!了)"
"""A plan word after a year and its subject: not 计划生育, 计划执行率 (nouns), 争取到 (obtained), 要求, 要素, 要闻, nor any
followed by 了 (确保了: done). Not the hedges a target opens with (`hedge_words.OPENING_HEDGES`): what tells a year
planned for is a word of intent, committed (确保, 计划, 将) or hedged (力争, 力求), while 原则上, 尽量 or 基本上 say
how surely a thing is done, not that it is still to do."""
_TOPIC = re.compile(r"\s*年\s*(?:内\s*)?[,:]")  # 2023年，… : the year the sentence is about
_SUBJECT = (r"(?:[我本](?:单位|部门|机关|系统|中心|[会办局委厅院校市省区县镇乡所站馆社])|我们"
            r"|全(?:系统|[市省区县镇乡])(?:上下)?|各(?:单位|部门|级|地|乡镇|[市区县镇乡])(?:\([^()]{1,8}\))?"
            r"|[省市区县][\u4e00-\u9fff]{0,4}?(?:中心|[局委办厅联协院所站馆社]|(?<!全)会))")
"""Who a plan is of, between its year and its plan word (`2023年我会将…`, `2023年本会计划…`, `2023年全市要…`,
`2023年各县（市、区）要…`, `2023年市侨联将…`): only a unit or a place named by 我/本/全/各, or a unit named with the
level it belongs to (市侨联, 区财政局), as words of any length there may be the year's own noun (`2023年成果将…`,
`2023年以来我会将…`), which says nothing of when the plan is for. Not 全会, a plenary session (`2023年全会要…`
may be its decisions)."""
_HOW = r"(?:还|也|仍|继续|重点|全年)"  # 2023年我会还将…, 我会继续将…, 我办重点将…, 我会全年计划…
_SET_AFTER = LazyPattern(rf"\s*年\s*(?:度|全年|(?:内\s*)?(?:{_SUBJECT}\s*(?:{_HOW}\s*){{0,2}})?{_PLAN})")
"""2023年度…, 2023年全年…, 2023年计划…, 2023年将…, 2023年我会还将…"""
_SET_BEFORE = re.compile(rf"(?:(?:确保|力争|计划|预计|务必)\s*(?:[于在到]\s*)?|(?:争取|{_WILL}|{_MEANT}|要)\s*[于在到]\s*)$")
_SET_BEFORE_REACH = 3  # 确保于
_FESTIVALS = "春节|元旦|元宵节?|清明节?|端午节?|七一|中秋节?|国庆节?"
_DEADLINE = re.compile(rf"{_DATE_WORDS}(?<=[底末月日号季度])\s*(?:之|以)?前"
                       rf"|\s*年\s*(?:{_FESTIVALS})\s*(?:之|以)?前(?!后)"
                       rf"|\s*年\s*内\s*(?:全部|全面)?(?:{FINISHED})")
"""A deadline that a year's date sets (2023年底前, 2023年6月30日前, 2023年春节前, 2023年内完成); not 2023年以前, a time
before it, nor 2023年春节前后, a time around it."""
_COUNT = re.compile(r"\s*年\s*(?:度|全年)?\s*(?:各|共计|共|累计|计)?\s*\d+(?:\.\d+)?(?![\d.月日号])")  # 2024年各9次
_LISTED = re.compile(r"\s*年\s*(?:度\s*)?[、和及与]\s*")  # 2023年、2024年各9次: the year shares the next one's reading
_DONE_AFTER = re.compile(r"\s*(?:已|曾)")


def set_for(text: str, mention: Mention) -> bool:
    """Whether a year (a `year` mention of `text`) reads as the time a target is set for: what a target copied
    from that year's spec says, and ordinary words about that year never do. Read by positive signs only, as
    what may be said of a past year (巩固2023年成果, 2023年以来, 落实《2023年工作要点》) has no end: the year opens
    a clause as its time (`2023年，…`, `2023年度…`, `2023年全年…`, `2023年计划…`, `2023年将…`, `2023年我会将…`), follows words
    of a plan (`确保2023年…`, `力争2023年…`, `拟于2023年…`), sets a deadline (`2023年底前`, `2023年内完成`), or
    is followed by the count to reach in it (`2023年各9次`). A clause that tells the deadline or the sentence the
    year opens as done (`已于2023年底前完成`, `2023年，我会已完成换届`) is the past's."""
    shadow = _shadow(text)
    start, end = mention.start, mention.end
    listed = _LISTED.match(shadow, end)
    if listed:
        following = _years_at(text).get(listed.end())
        return following is not None and set_for(text, following)
    opens = ending_at(_CLAUSE_OPENS, shadow, start, _CLAUSE_OPENS_REACH)
    topic = _TOPIC.match(shadow, end)
    if opens and topic:
        return not _past("", _TAIL.match(shadow, topic.end()).group(0))
    due = _DEADLINE.match(shadow, end)
    if due:
        return not _met(shadow, start, due)
    plan = _SET_AFTER.match(shadow, end) if opens else None
    if plan:  # 2023年各地计划新建的侨胞之家已全部建成: what was planned, told as done
        return not _PAST_VERB.search(_TAIL.match(shadow, plan.end()).group(0))
    return bool(ending_at(_SET_BEFORE, shadow, start, _SET_BEFORE_REACH) or _COUNT.match(shadow, end))


@lru_cache(maxsize=1)
def _shadow(text: str) -> str:
    """`ascii_shadow(text)`, made once for all the years of a text that `set_for` and `deadline` are asked of in turn:
    making it for each (and slicing it there) made lint's D9 quadratic in a text's length. The matches after a year
    are made from its place in the shadow, not on the words after it cut out: no pattern read there looks behind
    the year's last digit but `_DEADLINE`'s, after a month or day word (a digit is none, as no character is)."""
    return ascii_shadow(text)


@lru_cache(maxsize=1)
def _years_at(text: str) -> dict[int, Mention]:
    """The `year` mentions of `text` by where they start: the year a listed one (`2023年、2024年各9次`) shares its
    reading with, found once for all of a text's years."""
    return {found.start: found for found in mentions(text) if found.kind == "year"}


def _met(shadow: str, start: int, due: re.Match) -> bool:
    """Whether a deadline (`due`, matched in `shadow` after a year starting at `start`) is told as met: 已于2023年底前完成,
    2023年底前已完成."""
    return bool(ending_at(_PAST_BEFORE, shadow, start, _PAST_BEFORE_REACH) or _DONE_AFTER.match(shadow, due.end()))


def deadline(text: str, mention: Mention) -> str | None:
    """Whether a year of `text` is a deadline's (`2026年6月底前`, `2026年内完成`): `due` for the time a thing is due by,
    which a year's plan may well set in the year after its own, so that it says which budget year a text is of only
    so far; `met` for one told as met (`已于2026年6月底前召开`), a past event, which says nothing of it; None where the
    year is no deadline's."""
    shadow = _shadow(text)
    due = _DEADLINE.match(shadow, mention.end)
    if not due:
        return None
    return "met" if _met(shadow, mention.start, due) else "due"


SHORT_YEAR = re.compile(r"(?<![\d.．])\d{2}(?=\s*年)")
"""Two digits before 年 (`24年`, `２４年` in the shadow): a year typed short, or a number of years (`连续24年`)."""
_AS_DATE = re.compile(r"\s*年\s*(?:度|底|末|初|内|上半年|下半年|第?[一二三四1-4]季度|\d{1,2}\s*月)")
"""What makes two digits a date's year: 24年度, 24年底, 24年12月."""
_COUNTED_BEFORE = re.compile(r"(?:近|连续|满|超过|逾|约|历时|长达|达|共|第|前|后|每)\s*$")
_COUNTED_AFTER = re.compile(r"\s*年\s*(?:来|间|限|期|龄|级|以上|以下|以内|多|余|左右|之久)")
"""Words that make two digits before 年 a number of years: 近20年, 连续24年, 第24年, 24年来, 24年以上."""


def short_years(text: str, source_year: int) -> list[Mention]:
    """The years in `text` typed with two digits (`24年12月31日前`, `２３年度`), kind `short`, as the year of the century
    nearest `source_year` they can be: those written as a date's year, and those of the source year's own two digits
    before 年, unless words around make them a number of years. `new --from` lists them and moves none: two digits
    are no sure year (`24年` may be a count), and validate's DATE-YEAR, lint and diff read four-digit years only, so
    the fix that serves every command is the year written in full."""
    shadow, found = ascii_shadow(text), []
    for number in SHORT_YEAR.finditer(shadow):
        two, after = int(number.group(0)), shadow[number.end():]
        if _COUNTED_BEFORE.search(shadow[:number.start()]) or _COUNTED_AFTER.match(after):
            continue
        if not one_writing(text[number.start():number.end()]):
            continue
        if _AS_DATE.match(after) or two == source_year % 100:
            century = source_year - source_year % 100
            year = min((century - 100 + two, century + two, century + 100 + two), key=lambda y: abs(y - source_year))
            found.append(Mention(number.start(), number.end(), year, "short"))
    return found
