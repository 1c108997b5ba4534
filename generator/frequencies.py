"""How often a count is done: its period written before it (`每季度1次`, `2个月1次`) or after its `/` (`1次/季度`).

Two drafts may write one frequency either way, and a reviewer compares two as times a year (`每月1次` → `每季度1次`
is fewer): the reader makes each one unit (`次/季度`, `period_of`), and `times_a_year` weighs it, for diff and for
lint's B9, which takes any frequency for a 时效 row's.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .chinese_numerals import NUMERALS, chinese_number
from .done_verbs import DONE
from .value_kinds import CHANGES, COUNT_UNITS, Kind, Value


_WHO = r"(?<=[部组委会室科处局队站所院校员])|(?<=单位)|(?<=中心)"
"""Right after who does the work, a body or its members (党支部, 党员, 各单位, 服务中心): a period there is theirs."""
_AFTER_WHO = rf"(?<![\w])|{_WHO}"
"""Where an average's period may begin: opening the words, or after who does it, a body or its members (`党支部年均2次`,
`党员月均1次`, `各单位年均1次`). After any other word the period is the end of a word naming a kind or one of it
(节假日, 宣传日, 纪念日, 主题党日, 上年, 历年, 隔年, 青年, 半年, 两个月): its 均 after is all of those or that one
(`宣传日均开展1次`: on each campaign day; `历年均1次`: in past years), no average a year or day, and the period cut out of
it leaves a piece of the word (宣传, 节假, 隔) in the words. Only the doers are listed, as the words a period ends
have no end (宣传日, 开放日, 纪念日); for a year, month or week the work done too (`_AFTER_WORK`)."""
_WORK = DONE.split("|") + ["宣传", "活动", "会议", "例会", "检查", "巡查", "巡检", "督查", "督导", "排查", "调研", "学习", "讲座",
                           "党课", "宣讲", "宣教", "演练", "座谈", "研讨", "交流", "联谊", "回访", "家访", "约谈", "义诊", "比赛",
                           "竞赛", "授课", "推送", "更新", "通报", "汇报", "考核", "评估", "测评", "调度"]
WORK = "|".join(_WORK)
"""The work a count counts (开展, 宣传, 检查…), one pattern: after a period before the count it is what is done in each."""
_AFTER_WORK = "|".join(f"(?<={word})" for word in _WORK)
"""Where an average a year, month or week may begin besides (`_AFTER_WHO`): after the work done, which is what the
count counts (`宣传月均1次`, `培训年均2次`, `走访周均1次`: publicity once a month on average), as a reviewer reads it.
A campaign month or week (宣传月, 活动周) is a word too, but one whose 均 an author writes of a count seldom, where
宣传月均1次 is how a form says once a month; a day of a kind is the common word (宣传日, 开放日: `宣传日均开展1次` is on
each campaign day), so a day's average stays after the doers alone."""
AVERAGE = "均(?![衡匀值])"
"""The 均 of an average after its period, not the first character of a word (全年均衡开展, 全年均匀分布, 年均值)."""
PERIODS = "季度|季|半年|月|年|周|天|工作日|日"
"""The periods a count is done in each of (`每季度`, `每半年`, `每两个月`, `年均`, `每个工作日`, `工作日均`)."""
EACH_A_PERIOD = rf"每[个\d{NUMERALS}]*(?:{PERIODS})"
"""A period with 每 (`每月`, `每两个月`, `每季度`), which `same_measure` keeps apart from a count for the year; here
one after an average (`年均每月1次`, `月均每周至少1次`): the period the count is done in each of, the average only how
it is counted over the year or month, so that `年均每月1次` is once a month, no once a year with the words 每月."""
_BY_PERIOD = r"按(?=(?:季度?|半年|[年月]度?|周)(?![期份龄限末底初中内节级]))"
"""按 before a period (`按季度开展1次`, `按月1次`, `按年度组织1次`): by the quarter, month or year, as 每 says it; not
before a word the period begins (按周期, 按月份, 按年龄, 按年限, 按季节, 按年级) or a point in it (按月底, 按年初)."""
_WORK_EACH_QUARTER = rf"(?:{_AFTER_WORK}|{_WHO})(?=(?:季度|半年)(?!{AVERAGE}))"
"""A quarter or half year right after the work done or who does it (`督查季度1次`, `检查半年开展1次`, `党支部季度1次`):
the work done each quarter or half year, as a quarter or half year alone before the count is (`BARE_PERIOD`); a named
one is none (`检查一季度1次`, `党支部一季度1次`)."""
_EACH_PERIOD = re.compile(rf"(?P<each>(?:每(?:个|(?P<many>[一两二三四五六]|[1-9]\d*)个?)?|{_BY_PERIOD}|{_WORK_EACH_QUARTER}|"
                          rf"(?:全(?=[年月]均)|各(?=(?:[年月周日]|季度?)均)|{_AFTER_WHO}|"
                          rf"(?:{_AFTER_WORK})(?=(?:[年月周]|季度?|半年){AVERAGE}))"
                          rf"(?=(?:[年月周日]|季度?|工作日|半年){AVERAGE}(?!{CHANGES}|{EACH_A_PERIOD})))"
                          rf"(?P<period>{PERIODS})(?:度|{AVERAGE})?)")
"""A period a count is done in each of, written before it (`每季度至少1次`, `每季1次`, `每半年至少1次`, `每两个月1次`,
`每2个月1次`, `每一个月1次` as `每1个月1次`, `每月开展2次`, `每年度1次`; by it, `按季度开展1次` as `每季度开展1次`:
`_BY_PERIOD`; a quarter or half year after the work done, `督查季度1次` as `督查每季度1次`: `_WORK_EACH_QUARTER`; on average,
`年均2次` as `每年2次`, `月均开展1次` as `每月开展1次`, `季均1次` as `每季度1次`: how often in a year a multi-year task
is done, and `半年均1次` as `每半年1次` (`检查半年均1次`, `党支部半年均1次`: once each half year, twice a year), but not the end
of another longer period (`上半年均1次`, `两个月均1次`, `两年均1次`: in that half year, or in both of two months or years, each
once; no once a year or month) nor the end of a word (`节假日均1次`, `宣传日均开展1次`, `上年均2次`: `_AFTER_WHO`; but after
the work done, `宣传月均1次` as `宣传每月1次`: `_AFTER_WORK`), the words that name the period with it part of it (`全年均开展2次`, `各月均开展1次` as `每年开展2次`, `每月开展1次`, `工作日均1次` as `每个工作日1次`: no 全, 各 or 工作 left in
the words), no average change (`年均增长2次` is two more a year: `CHANGES`) nor one before a 每 (`EACH_A_PERIOD`); also
after the words of who does it (`党支部每月1次`, `党支部年均2次`: `EACH_PERIOD_LAST`): the frequency `1次/季度` writes
after it, so that B9 reads either as a 时效 row's frequency and diff compares them as one unit (`times_a_year`)."""
EACH_PERIOD_LAST = re.compile(rf"{_EACH_PERIOD.pattern}(?:{WORK})?$")
"""The period ending the words before the count, after who does it, or before only what is done (`党支部每月1次`,
`党支部每月不少于2次活动`, `党支部每月开展2次`, `党支部每月宣传1次`: `WORK`): a frequency as one opening them is. Not one
with other words between it and the count (`活动每月汇总，全年开展2次`), which may say another thing than how often."""
BARE_PERIOD = re.compile(r"(?P<each>(?P<many>[一两二三四五六](?=个月|周|年)|[1-9]\d*(?=个月|周)|[1-9](?=年))?"
                         rf"(?P<period>(?(many)(?:个月|周|年)|(?:半年|季度))))(?:(?<=[1一半]年|季度)(?P<work>(?:{WORK}){{1,2}}))?")
"""A period that is all the words before a count (`2个月1次`, `两个月至少1次`, `一个月1次`, `3周1次`, `一年1次`, `半年1次`,
`季度1次`, `1年2次`): once in every two months, as `每2个月1次` and `1次/2个月` are, once a year as `每年1次` is, not two
targets or a count of 1 with words. Months only of a length with 个 (`12月1次`, `一月1次` may be once in December, January),
weeks, and years in numerals or one figure (`2024年1次` is once in that year, `24年1次` may be too, so `10年1次`
stays two numbers); a half year or quarter only alone (`上半年1次`, `一季度1次`: once in that one); with a word
between (`2个月完成1次`, a count done within two months?) it stays two numbers, but for a verb of doing after one
year (`1年开展2次`, `一年组织1次`, as `每年开展2次`): the table's own period, a count done in which is one a year; and
after a half year (`半年开展1次`, as `每半年开展1次`: twice a year), the half of it whose 半年指标值 some forms fill, or a
quarter (`季度开展1次`, as `每季度开展1次` and `季度1次`: four times a year), a named one still once in it (`一季度开展1次`).
The verb may be any word of the work (`WORK`), one or two of them (`半年宣传1次`, `季度开展宣传1次`), as after 每. A
comparator typed before the period (`≥一个月1次`, `≥每月1次`) is the count's, as `values` reads it; `the_years_count` says
when a quarter or half year is none."""
_IN_A_YEAR = {"季度": 4, "半年": 2}
"""How many quarters and half years a year has, for `the_years_count`."""
_CLAUSE_BREAK = re.compile(r"[,;，；。]")


def opening_period(prefix: str) -> re.Match | None:
    """`_EACH_PERIOD` opening the words before the count, in the count's own clause: `每季度至少1次`, `每月开展2次`, but
    not `每月调度，全年2次`, where the month is how often something else is done and the count is the year's."""
    each = _EACH_PERIOD.match(prefix)
    return each if each and not _CLAUSE_BREAK.search(prefix, each.end()) else None


def period_named(words: str) -> re.Match | None:
    """The period the `words` before a count name: opening them (`opening_period`), ending them after who does it
    (`EACH_PERIOD_LAST`) or all of them (`BARE_PERIOD`); None where there is none. The count is done in each of it but
    where it is a quarter or half year with no 每 counted as many times as the year has of them (`the_years_count`:
    `季度例会4次`, `党支部季度4次`, `督查季度4次`, `季度4次`, `按季度开展4次`, `半年考核2次`); a comparator typed before it
    (`≥季度4次`, `≥每季度1次`) is the count's either way, as `values` reads it."""
    return opening_period(words) or EACH_PERIOD_LAST.search(words) or BARE_PERIOD.fullmatch(words)


def the_years_count(each: re.Match, count: Decimal) -> bool:
    """Whether a quarter or half year with no 每 before a count is the year's (`季度例会4次`, `党支部季度4次`,
    `季度4次`, `按季度召开4次`, `半年考核2次`): counted as many times as the year has of them, it reads as the year's
    four quarterly meetings or two half-yearly reviews, one in each, as `召开季度例会4次` is read; four in each quarter,
    sixteen a year, is what `每季度4次` says, and a clerk meaning it writes the 每. Diff weighed `季度例会4次` →
    `每季度1次` 目标降低 (sixteen a year to four) and `党支部季度4次` stood for sixteen meetings, where `季度开展4次` was
    four: the count stays a count with its words. Another count (`季度例会1次`, `党支部季度2次`) is done in each, and
    an average (`季均4次`, `半年均2次`) is each one's."""
    return (re.fullmatch("按?(?:季度|半年)", each["each"]) is not None
            and count == _IN_A_YEAR[each["period"]])


def each_quarter_for_the_year(value: Value) -> bool:
    """Whether `value` is a count its words say is done in each quarter or half year, counted as many times as the
    year has of them (`季度4次`, `党支部季度4次`, `季度例会4次`, `半年2次`: `the_years_count`): no frequency `times_a_year`
    can count (the year's four or sixteen?), yet a cadence either way, one in each quarter at least, which lint's B9
    takes for a 时效 row's value as it takes `1次/季度`; `季度4次` under 时效指标 was told it was no deadline."""
    if value.kind is not Kind.QUANTITY or value.unit not in COUNT_UNITS:
        return False
    named = period_named(value.prefix)
    return named is not None and the_years_count(named, value.number)


FREQUENCY_PERIOD = re.compile(r"(?P<many>(?:[1-9]\d*|[一两二三四五六])?)(?:个(?=季度))?"
                              r"(?P<period>半年|季度|个月|月|年|周|天|工作日|日)")
"""The period of a frequency after its `/` (`次/季度`, `次/半年`, `次/2个月`, `次/两个月`, as `每两个月1次` is read; `次/一个月` as `次/1个月`;
`次/个季度` as `次/季度`, as `每个季度1次` is: once 个季度 was a length of time, `1次/个季度` was read in a unit `次/个季度` no frequency was
counted in), as `period_of` writes one said before. A length of 0 (`1次/0个月`, `每0个月1次`) is no period, a typo
`times_a_year` could not divide by."""
_TIMES_A_YEAR = {"年": 1, "半年": 2, "季度": 4, "个月": 12, "月": 12, "周": 52, "天": 365, "日": 365, "工作日": 250}
"""Each period's number in a year; 250 working days, 365 less 104 days of weekend and 11 public holidays
(劳社部发〔2008〕3号)."""


def period_of(each: re.Match) -> str:
    """The period of `_EACH_PERIOD` as a frequency's unit writes it: 季 is 季度, 两个月 is 2个月, 一个月 is 月."""
    period = "季度" if each["period"] == "季" else each["period"]
    if not each["many"] or _period_length(each["many"]) == 1:  # 一个月1次, 每1年1次: once a month, a year
        return "月" if period == "个月" else period
    return f"{_period_length(each['many'])}{'个月' if period == '月' else period}"


def period_length(per: str) -> int | None:
    """How many of its units the period of a frequency's unit lasts (`2个月` 2, `月` 1), None where `per` is no period
    (`FREQUENCY_PERIOD`): `period_of` writes `1个月` as `月`, so the value reader asks the length, not the figure, when
    it reads a count's other number as its period (`1个月1次`, `每1个月1次`: once a month)."""
    period = FREQUENCY_PERIOD.fullmatch(per)
    if period is None:
        return None
    return _period_length(period["many"]) if period["many"] else 1


def _period_length(many: str) -> int:
    """How many of its units a frequency's period lasts, in figures or a numeral (`2个月`, `两个月`)."""
    return int(many) if many.isdigit() else chinese_number(many)


def times_a_year(value: Value) -> Decimal | None:
    """How many times a year a frequency asks a count done (`1次/季度` and `每季度1次` 4, `每两个月1次` 6, `2次/月` 24),
    else None: two frequencies of one count in different periods are then compared as a reviewer does (`每月1次` →
    `每季度1次` is fewer), and B9 takes any of them for a 时效 row's frequency."""
    if value.kind is not Kind.QUANTITY or not value.per or value.unit.split("/", 1)[0] not in COUNT_UNITS:
        return None
    period = FREQUENCY_PERIOD.fullmatch(value.per)
    if period is None:
        return None
    return value.number * _TIMES_A_YEAR[period["period"]] / period_length(value.per)
