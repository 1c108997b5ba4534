"""How a value writes a date and which day it means: the patterns `values.read_date` matches, the day a DATE covers.

A year, month, quarter or half, written or counted from the budget year, printed short or in words, with a
deadline's words before or after it. Apart from the reader, as rollover (`year_of_date`), validate's DATE-YEAR
(`date_exists`) and the deadline comparisons of lint and diff (`last_day`) ask these without reading a value.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from decimal import Decimal

from .done_verbs import DONE
from .frequencies import PERIODS
from .hedge_words import HEDGES_AFTER, OPENING_HEDGES
from .lettered_names import letters_of_names
from .value_kinds import COMMITMENTS, SHARES, TRIM_CHARS, Kind, Value, normalise


DATE = re.compile(r"(\d{4})(?:年度?|[-/.](?=\d))"
                  r"(?:(\d{1,2})(?:月份?|[-/.](?=\d))|第?([一二三四1-4])季度|([上下])半年)?(?:(\d{1,2})日?)?"
                  r"(?:(?:(?<=年)|(?<=年度))(?:年?(?P<season>[初中])(?!旬)|全年度?|年(?=[底末终])))?"
                  r"(?:底|末|终|(?P<part>初|上中旬|中下旬|中旬|上旬|下旬))?")
SEASON_MONTHS = {"初": 1, "中": 6}
"""The month a year's 初 or 中 ends with (`2024年初`, `年中前完成`, `次年年初`). 年初 is the year's first month, as a
month's 初 is its first ten days (`_PART_ENDS`): the start of it, short, not its first quarter, for which authors
write 一季度 (`第一季度末`); a reviewer reading 年初完成 expects it done in January, and `年初` → `3月底前` is a deadline
put later. 年中 is mid-year, done with June as 上半年 is. Like 月初 (and unlike 年底, `END_OF`) neither is a deadline
without 前 or a thing done: `2024年初` may be when something takes place."""
_PART_ENDS = {"初": 10, "上旬": 10, "中旬": 20, "上中旬": 20}
"""The last day of a part of a month written after it (`11月中旬前`, `6月上旬`, `6月初`): the ten days it names end
before the month does, two of them (`11月上中旬`) with the later. 下旬 and 中下旬 end with the month."""
LAST_MONTH = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12, "上": 6, "下": 12}
"""The month a quarter (`第一季度`) or half year (`上半年`) ends in: what a deadline of that name means."""
_AS_REQUIRED = "按要求|按规定"
"""Words that a deadline after them is the one asked (`按要求年底前完成`, `按要求每月10日前报送`): neither a hedge nor
more than the deadline alone asks, so it is the deadline."""
_HEDGED = rf"(?:{'|'.join(OPENING_HEDGES)}|{COMMITMENTS}|{_AS_REQUIRED})?"
_EACH_YEAR = "(?:每年度?)?"
_DATE_LEAD = re.compile(rf"^{_HEDGED}{_EACH_YEAR}(?:于|在|计划于|预计)?$")
"""Words before a date that leave it the date it is: when (`于`, `计划于`; `每年`, as a form's year is the budget
year: `每年3月前` is `3月前`, not three months), a hedge (`力争2025年12月31日前完成`,
`争取于6月底前完成`), which makes the deadline no less one: lint's B1 and B9 read it as the date, and diff and D6 tell
the hedge added (`lint.hedges`), and a commitment (`确保年底前完成`, `确保于6月底前完成`: `value_kinds.COMMITMENTS`)
or what is asked (`按要求年底前完成`: `_AS_REQUIRED`), which asks the deadline as surely as the date alone: it read as
words, which B7 and B9 told no checkable target and diff marked `年底前完成` → `确保年底前完成` 目标不可衡量."""
_LATEST = r"(?:不晚于|不迟于|(?:最迟|最晚)(?:不超过|不晚于|不迟于)?)(?:于|在)?"
"""Words that a deadline is no later than what follows, alone or after 最迟 or 最晚 (`最晚不超过17点`, `最迟不晚于每月10日`),
as `最晚17点` is."""
END_OF = ("底", "末", "终")
"""The end of a month, quarter or year (`12月底`, `年末`, `年终`, `2024年6月底`) is a deadline without 前: the day by which,
not a day on which, as a 时效 value writes it. A day (`2024年12月31日`) or a month (`2024年5月`) may be when something
takes place, so without deadline words it stays a date."""
_DEADLINE_WORDS = rf"{_HEDGED}{_EACH_YEAR}(?:{_LATEST}|截至|截止到?|到){_EACH_YEAR}"
_DEADLINE_LEAD = re.compile(rf"^{_DEADLINE_WORDS}$")
"""Words before a date that make it a deadline as 前 after it does: `不晚于2024年6月30日` is `2024年6月30日前`, and
so are `截止12月31日`, `截至2024年6月30日` (the last day, not a day on which) and `到12月31日为止`. 每年 before or
after them is the budget year (`_DATE_LEAD`): `不晚于每年6月30日` is `每年不晚于6月30日`, which it read as two numbers."""
DURATION_CAP = re.compile(rf"{_LATEST}$")
_RECURRING_LEAD = re.compile(rf"^{_HEDGED}(?:(?P<latest>{_LATEST})|于|在)?")
"""The words before a deadline that comes round that leave it one, as they leave a date one (`_DATE_LEAD`): a hedge,
a commitment or what is asked (`力争每周五前`, `确保每月10日前报送`, `按要求每月底前报送`), then the same words of a
deadline (`latest`: `不晚于每月10日`, `最迟每周五`, `不晚于17点`, `确保不晚于每月10日`), which make it one as 前 after it
does, as `_DEADLINE_LEAD` makes `不晚于6月30日` one (`after_lead`). With a hedge or a commitment `确保每月底前报送` read as
words, which B9 told no deadline, and `每月10日前报送` → `确保每月15日前报送` was a plain edit, the day compared with
nothing: the commitment was read as the month's words."""
DURATIONS = ("个工作日", "工作日", "个季度", "个月", "小时", "分钟", "天", "周", "秒")
"""Before a length of time the same words cap it: `不晚于5天` is ≤5天. Only before units that are nothing but a
length: `不晚于6月` is by June (`month_by_latest`), and `5日` may be the fifth."""
_LATEST_MONTH = re.compile(rf"^(?P<lead>{_HEDGED}{_EACH_YEAR}{_LATEST}{_EACH_YEAR})(?P<month>\d{{1,2}})月"
                           r"(?!份|[底末终初\d]|[上中下]{1,2}旬|(?:之|以)?前)")
"""A month of no year after words of a deadline (`不晚于6月`, `最迟12月完成`, `不晚于每年6月`), not one that already says
which part of it (`6月份`, `6月底`, `6月中旬`, `6月前`) or a day of it (`6月30日`), which the date reader reads as it is."""


def month_by_latest(norm: str) -> str:
    """`norm` with a bare month after words of a deadline written as the month of the year (`不晚于6月报送` →
    `不晚于6月份报送`), which `RELATIVE_DATE` reads as June, as it reads `6月份`: no one writes that a thing is done no
    later than six months, which is `6个月`. It read as a length of 6 月 with the words 不晚于, and
    `不晚于6月报送` → `不晚于9月报送` was a plain edit, where `6月底前` → `9月底前` is one put later."""
    return _LATEST_MONTH.sub(r"\g<lead>\g<month>月份", norm)


RECURRING_MONTH = re.compile(r"(?:(?:每|下)个?|次|[当本])月$|每个?(?:季度?|半年)(?:首|第[一二三1-3]个?|末)月$")
"""A month that comes round, ending the words before a day (`每月10日前`, `次月5日前`, `每季度首月15日前`, `每个月`,
`下个月`), or the month a thing comes in (`当月10日前`, `本月10日前`): the day is then a deadline within each such month, no count
of days (`values` reads it ≤ that day)."""
_MONTH_OF_PERIOD = re.compile(r"每个?(?P<period>季度?|半年)(?:首|第(?P<nth>[一二三1-3])个?|末)月$")
"""A month of each quarter or half year (`每季度首月`, `每个季度第二个月`, `每半年末月`): its place in the period."""
_NTH = {"一": 1, "二": 2, "三": 3}
_MONTHS = {"季": 3, "季度": 3, "半年": 6}
"""How many months a quarter or half year holds: which month its 末月 is."""


_NEXT_MONTH = re.compile(r"(?:下个?|次)月$")
_THIS_MONTH = re.compile(r"[当本]月$")
"""The next month (`次月`, `下月`, `下个月`) and the month a thing comes in (`当月`, `本月`): the next is the one after
it. Each month (`每月`, `每个月`) is neither: `每月10日前报送` is often last month's report by the tenth, the same
deadline as `次月10日前报送`, so no direction is read between it and either."""


def month_in_period(words: str) -> tuple[str, int]:
    """The words before a day of a month that comes round (`RECURRING_MONTH`) with the month's period in place of the
    month (`每季度首月` → `每季度`, `每半年末月` → `每半年`), and the month's place in that period (1 for 首, 3 for a
    quarter's 末), so that days in two months of one quarter compare as the later month's later (`每季度首月15日前` →
    `每季度末前`). The month a thing comes in is the first of its own (`当月`, `本月` → `当月`, 1) and the next month,
    however written, the second (`次月`, `下月`, `下个月` → `当月`, 2): `当月底前` → `次月底前` is a deadline put a
    month later, where the two were compared with nothing. Each month is the first of its own with the 个 left out
    (`每个月` → `每月`, 1), so that `每月10日前` → `每个月15日前` is compared, but not with either of those, which
    it may stand for (`_THIS_MONTH`). Any other words (`每周`, `每天`) as they are, 1."""
    found = _MONTH_OF_PERIOD.search(words)
    if found is None:
        month = _NEXT_MONTH.search(words) or _THIS_MONTH.search(words)
        if month is None:
            return re.sub(r"每个月$", "每月", words), 1
        return words[: month.start()] + "当月", 2 if month.re is _NEXT_MONTH else 1
    nth = found["nth"]
    place = _MONTHS[found["period"]] if "末" in found.group(0) else int(_NTH.get(nth, nth)) if nth else 1
    return words[: found.start()] + "每" + ("季度" if found["period"] == "季" else found["period"]), place


DAY_DEADLINE = re.compile(r"(?:之|以)?前(?P<around>后|左右)?")
"""The 前 after a day of a month that comes round (`RECURRING_MONTH`) that makes the day a deadline: `每月10日前`. The
前 of 前后 keeps it, the 后 its hedge (`around`), as `AROUND` reads `6月底前后`: `每月15日前后` is the deadline
`每月15日前` hedged, around the fifteenth, maybe after it, which diff and D6 report as added (`每月10日前` →
`每月10日前后`) and beside a day put later (`每月10日前` → `每月15日前后`, 时限推后 and 加了“前后”), not the deadline
with the words 后 (no hedge read, no suffix shared) nor a day with the words 前后 (no deadline to compare). 左右 after
the 前 is the same hedge (`12月31日前左右`, `每月10日前左右`: `hedged`)."""


def hedged(rest: str) -> tuple[str, str | None]:
    """`rest`, the words after a date or a day, without the hedge written after its 前 (`DAY_DEADLINE`), and that hedge
    (`前后`, `左右`), or `rest` and None. `12月31日前左右` and `每月10日前左右` are the deadlines hedged, as
    `12月31日前后` is: the first read as the deadline with 左右 the thing done by then (no hedge told of
    `12月31日前` → `12月31日前左右`), the second as no deadline at all (the tenth with the words 前左右, which diff
    told 时限推后 beside the same day), the weekly and daily ones (`每周五前左右`, `17点前左右`) as words."""
    by = DAY_DEADLINE.match(rest)
    if not by or not by["around"]:
        return rest, None
    return rest[: by.start("around")] + rest[by.end("around"):], "前后" if by["around"] == "后" else by["around"]


PRINTED = (
    (re.compile(r"(?:(\d{4})(?:年度?|-)?)?(?<![A-Za-z])[Qq]([1-4])(?!\d)"),
     lambda m: (f"{m[1]}年" if m[1] else "") + f"第{m[2]}季度"),
    (re.compile(r"(月\d{1,2})号"), r"\1日"),
    (re.compile(r"(?<![\d.])(\d{4})[./](\d{1,2})(?=[底末]?(?:之|以)?前)"), r"\1年\2月"),
    (re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})(?=(?:之|以)?前)"), r"\1月\2日"),
    (re.compile(r"每年度?(?=[底末终])"), "每年年"),
)
"""Dates as forms print them short, and the words they stand for: a quarter `Q3` (`2024Q3`, `2024年Q3`) is
`第3季度`, a day `30号` is `30日`, and before a deadline's 前 a year and month `2024.6`, `2024/6` is `2024年6月`
and a month and day `6.30`, `6/30` is `6月30日`. Only before 前 are the last two read as dates: bare, `2024.06` or
`6.30` may be an amount whose unit is in another column. Each year's end with its 年 written once (`每年底前报送`,
`每年末`, `每年度末前`) is `每年年底前报送`, the year's end as `每年3月前` is March (`_DATE_LEAD`): it read as the end
of a period no month names, words, and `每年底前报送` → `每年6月底前报送` was a plain edit, not a deadline brought
forward."""
_NO_NUMBER = rf"[^\d{''.join(SHARES)}≥≤=<>]"
"""Any character but a digit, a share's sign (`value_kinds.SHARES`) or a comparator: the words after a deadline that
say what is done by then, where one of those makes the value a measure (`前完成率≥95%`)."""
DEADLINE = re.compile(rf"^(?:(?:之|以|底|末|终)?前{_NO_NUMBER}*|(?:之|以)?内(?:完成{_NO_NUMBER}*)?|完成|为?止)?$")
"""What may follow a date for it to be one: nothing, or a deadline word and what is to be done by then
(`前完成验收`, `底前全部完成`, `内完成采购`), or 止 (`12月31日止`, `到12月31日为止`: through that day). The action words say what, not when: `2024年6月底前完成验收` is the
deadline `2024年6月底前`, no more a formula than `次年3月底前完成验收` is the duration 3 months. A number or
comparator after them makes the value something else (`前完成率≥95%`), and so does one spelt in Chinese numerals
(`前完成两次检查`: `spelt_counts.spelt_counts`); after 内 only 完成 may follow, so that
`2024年内部…` stays words."""
_AMOUNT_OF_IT = r"率|度|数|量|金额|(?<![足全])额|比例"
"""What after a thing done makes it a rate or an amount of it (`完成率`, `完成数量`, `报送金额`, `完成额`), no deadline
for it: without 额, `每月底前报送金额` read as the deadline `每月底前` and `每月10日前报送金额` as `每月10日前`, while
`每月底前报送数量` was words. 足额 and 全额 say how a thing is paid (in full), no amount: `每月10日前足额` stays a deadline."""
_MEASURE_OF_IT = rf"{_AMOUNT_OF_IT}|情况"
"""What right after a thing done (`_DONE_BY_THEN`) makes it no deadline: an amount of it, or how it went (`完成情况`)."""
_DONE_BY_THEN = rf"(?:全部|全面|按期|按时|如期|顺利)?(?:{DONE})(?!{_MEASURE_OF_IT}){_NO_NUMBER}*"
"""Something done by a date (`完成`, `全部建成`, `上线运行`: `done_verbs.DONE`), not a rate or amount of it (`完成率`)."""
MONTH_DEADLINE = re.compile(rf"^(?:之|以)?前(?:[{re.escape(TRIM_CHARS)}]*{_DONE_BY_THEN})?$")
"""What may follow a month's 前 (`12月前`, `6月以前`, and 前后's once its 后 is a hedge) for the month to be a deadline:
nothing, or something done by then (`前完成`, `前全部建成`, `前上线运行`: `done_verbs.DONE`). Stricter than `DEADLINE`,
since 前 right after a month may begin another word: `12月前期准备` is a preparation, `6月前后两次` twice around June,
`3月前完成率` a rate; without a deadline they are what they read as. After 底, 末, a day or a 旬, 前 is the deadline's."""
END_DONE = re.compile(rf"^{_DONE_BY_THEN}$")
"""What may follow the end of a month or year without 前 (`6月底开展调研`, `年底建成`) for it to be the deadline it is
alone (`END_OF`): something done by then, as after a month's 前 (`MONTH_DEADLINE`). Without it `6月底开展调研` read as
six months; a rate (`年底完成率`) or other words (`年末余额`) are no deadline."""
AROUND = re.compile("|".join(HEDGES_AFTER))
"""A hedge right after a date (`2024年12月31日前后`, `12月底左右`, `6.30前后完成`): around that day, maybe after it. The
value is still that date, so that B1, B9, D7 and DATE-YEAR read its year and day as they read `力争…前` (`_HEDGED`),
and it is `Value.hedge`, which diff and D6 report as added (`lint.hedges`). 前后 keeps its 前: `12月31日前后` is the
deadline `12月31日前` hedged. `春节前后`, `2次（春节前后）` and `6-8月前后` hold no date, and stay as they read."""
_PERIOD_END = re.compile(rf"^(?P<each>每个?(?P<period>{PERIODS})|(?:次|下个?|[当本])月|当[天日])(?:(?<=月)月)?"
                         rf"(?:{'|'.join(END_OF)}|结束|(?<=[天日])下班|(?<=月)(?P<part>初|上中旬|中下旬|中旬|上旬|下旬))")
"""The end of each period (`每季度末`, `每月底`, `每月月底`, `每半年结束`) or of the next month or the month a thing comes in
(`次月底`, `下个月底`, `当月底`, `本月底`): a deadline that comes round, as `每月10日前` and `次月10日前` are; and before 前 a
part of such a month (`下月中旬前`, `每月上旬前`, `次月初前`), which like `6月中旬前` ends on its own last day (`_PART_ENDS`).
The end of each day or of the day a thing comes in, or its working day's (`每天结束前`, `当日结束前`, `每天下班前`), is the
whole day, as `weekday_deadline` reads `每周五下班前` as Friday and `without_hour` `6月30日下班前` as the 30th. A part with
no 前 (`下月初`, `每月中旬`) is when a thing takes place, as `6月初` is, but after words of a deadline (`不晚于下月中旬`)."""
_MONTHLY_END = {"月": "", "季度": "末月", "季": "末月", "半年": "末月", None: ""}
"""What turns the words of each period that ends in a month into that month (`每季度` → `每季度末月`, `RECURRING_MONTH`):
the periods whose end is the last day of a month, and a month itself (`次月`); a week's end is read as a weekday
(`weekday_deadline`), a day's as the whole day (`每天结束前`), a year's or a working day's is none."""
LAST_DAY = Decimal(31)
"""The last day of a month as a recurring deadline reads it (`每月底前` is `每月31日前`): no month runs past it, so
`每月10日前` → `每月底前` is a deadline put later and `每月底前` → `每月20日前` one brought forward."""
_WHOLE_DAY = Decimal(1)
"""A day's end as the part of the day gone by then (`每天结束前`), as `clock_deadline` counts `每天17点前` 17/24."""


def period_end(norm: str, latest: bool = False) -> tuple[str, Decimal | None, str, str | None] | None:
    """The words and the day of a recurring deadline at the end of each period or of a month (`_PERIOD_END`): the month
    that comes round and its last day (`每月底前` → `每月`, 31; `每季度末前完成` → `每季度末月`, 31; `次月底前` → `次月`, 31;
    `下月中旬前` → `下月`, 20) or each day and the whole of it (`每天结束前` → `每天`, 1: it read as words, and
    `每天17点前` → `每天结束前` was 目标不可衡量 where the deadline was put later); then the words after the deadline
    (`完成`) and its hedge after the 前 (`每月底前后`, `每月底前左右`: the deadline `每月底前` hedged, as `hedged`
    reads `每月30日前后` and `AROUND` `6月底前后`); ("", None, words, hedge) for the end of a period no month or day names
    (`每年结束前`, `每工作日结束前`; `每年底前` is the budget year's end, `PRINTED`; a week's is read first:
    `weekday_deadline`). None for no such deadline: other words after it
    (`每季度末余额`), a rate or amount of what is done by then (`每月底前完成率`, as `每周五前完成率`: it read as the
    deadline `每月底前` with the words 完成率), a hedge with no 前 (`每季度末左右`: no deadline word), no period (`季度末前`). One
    reading for values and for lint's B7 and B9. After words of a deadline (`latest`: `不晚于下月中旬`) no 前 is wanted
    (`with_its_before`): `不晚于下月中旬` was words, which B9 told was no deadline; nor after an end (`每月底报送`, as
    `每月底完成`: it was words)."""
    found = _PERIOD_END.match(norm)
    rest = norm[found.end():] if found else ""
    ended = found is not None and not found["part"]  # 每月底报送 is 每月底前报送, as 12月底报送 is 12月底前报送
    rest, hedge = hedged(with_its_before(rest, latest, ended))
    if found and found["part"] and not DAY_DEADLINE.match(rest):
        return None  # 下月初: no deadline without its 前
    if not found or not DEADLINE.match(letters_of_names(rest)) or AROUND.search(rest) or MEASURED_AFTER.search(rest):
        return None  # 每月底前报送5G数据 is 每月底前, as 每月10日前报送5G数据 is (`done_by_then`)
    done = re.sub(r"^(?:之|以)?(?:前|内)", "", rest)
    if found["each"] in DAY_WORDS:
        return DAY_WORDS[found["each"]], _WHOLE_DAY, done, hedge
    month = _MONTHLY_END.get(found["period"])
    if month is None:
        return "", None, done, hedge
    return found["each"] + month, Decimal(_PART_ENDS.get(found["part"], LAST_DAY)), done, hedge


WEEK = "每周"
"""The words of a weekday deadline (`weekday_deadline`) as values reads them: each week, however spelt (`每星期`)."""
DAY_WORDS = {"每天": "每天", "每日": "每天", "当天": "当天", "当日": "当天"}
"""The words of a deadline at an hour of the day (`clock_deadline`) as values reads them: each day (`每日`), or the day
it comes in (`当日`), as an hour alone (`17点前`) is, the day's deadline."""
CLOCK = (r"(?P<noon>上午|早上|凌晨|中午|下午|傍晚|晚上)?(?P<hour>\d{1,2})(?:时|点|(?=:))"
         r"(?::?(?P<minute>[0-5]\d)分?(?::(?P<second>[0-5]\d)|(?P<seconds>[0-5]\d)秒)?|(?P<half>半))?")
"""An hour of the day, on the clock as forms type it (`17时`, `17:30`, `17时30分`, `12点半`, and to the second as
systems print it, `17:00:00`, `17时30分15秒`) or in the half of the day it lies in (`下午5点`, `中午12时`, `上午10点`),
which `clock_hours` reads."""
_AFTERNOON = ("下午", "傍晚", "晚上")
_NOON_PAST = 6
"""The hours of 中午 that are after noon (`中午1点` is 13:00; `中午12时` is 12:00)."""
_HALF_DAY = 12
_MINUTES = 60
_HOURS = 24


def clock_hours(found: re.Match) -> Decimal | None:
    """The hours since midnight of a time on the clock `CLOCK` found (`17:30` → 17.5, `下午5点` → 17, `中午12时` → 12,
    `5点半` → 5.5), or None for one that is no time of the day (`25时`, `上午13点`). 下午5点 is 17:00: read as 5:00, a
    deadline put twelve hours earlier, where the author wrote the hour as said aloud."""
    hour, noon = int(found["hour"]), found["noon"]
    past_noon = noon in _AFTERNOON and hour < _HALF_DAY or noon == "中午" and hour < _NOON_PAST
    seconds = Decimal(int(found["second"] or found["seconds"] or 0))
    minutes = Decimal(int(found["minute"] or 0)) + (_MINUTES // 2 if found["half"] else 0) + seconds / _MINUTES
    hours = hour + (_HALF_DAY if past_noon else 0) + minutes / _MINUTES
    return None if hours > _HOURS or noon in ("上午", "早上", "凌晨") and hour > _HALF_DAY else hours


_HOUR_OF_A_DATE = re.compile(rf"(?<=\d日)(?:{CLOCK}|下班)")
"""An hour, or the working day's end, of a date's day (`12月31日17点前`, `2024年12月31日17时前`, `6月30日下班前`,
`不晚于12月31日17点`)."""
_BY_THEN = re.compile(r"(?:之|以)?前")
_DEADLINE_OPENING = re.compile(_DEADLINE_WORDS)


def _hour_of_a_deadline(norm: str, end: int) -> bool:
    """Whether the words after an hour of a day, from `end`, make it the hour of the day's deadline: its 前
    (`12月31日17点前`), or, in a value that opens with words of a deadline (`不晚于12月31日17点`, `截至6月30日17时`,
    `不晚于每月10日17点报送`: `_DEADLINE_LEAD`), nothing or a thing done by then (`END_DONE`), as after the day alone.
    Elsewhere a day at an hour (`12月31日17点`) may be when a thing takes place, and stays two numbers."""
    rest = norm[end:].strip()
    return bool(_BY_THEN.match(rest)) or bool(_DEADLINE_OPENING.match(norm.strip())) and (
        not rest or bool(END_DONE.match(rest)))


def without_hour(norm: str) -> str:
    """`norm` with the hour of a date's deadline left out (`_HOUR_OF_A_DATE`: `12月31日17点前` → `12月31日前`), so that
    the value reads as the date it falls on: B1 counted the hour a third number and B9 told it no deadline. The day is
    what lint and diff compare (`last_day`): `12月31日前` → `12月31日17点前` is no deadline moved, as a reviewer checks
    the day, not the hour. So is the hour of a day opened by words of a deadline (`不晚于12月31日17点`: B1 counted three
    numbers). An hour no day has (`12月31日25点前`) stays, and the value with it."""
    def dropped(found: re.Match) -> str:
        valid = not found["hour"] or clock_hours(found) is not None
        return "" if valid and _hour_of_a_deadline(norm, found.end()) else found.group(0)

    return _HOUR_OF_A_DATE.sub(dropped, norm)


_HOUR_APART = re.compile(rf"(?P<day>(?<![\d./-])(?:\d{{4}}[./-])?\d{{1,2}}[./-]\d{{1,2}})?(?<=\d)(?P<space>\s+)"
                         rf"(?:{CLOCK}|下班)")
"""An hour typed apart from a figure (`2024-12-31 17:00前`, `6.30 17点前`, `2024/6/30 下班前`, `6.30 17点`): a space
says where the figure ends, which `normalise` drops but between two digits: read whole, `2024-12-31 17:00前` is four
numbers and `6.30 17点前` two (once one number, 6.3017, when every space went), where the day alone is the deadline."""


def without_hour_apart(text: str) -> str:
    """`text` with the hour typed apart from a day printed in figures before the deadline's 前 left out (`_HOUR_APART`:
    `2024-12-31 17:00前` → `2024-12-31前`, `6.30 17点前` → `6.30前`), read before `normalise` drops the space, as
    `without_hour` leaves out `12月31日17点前`'s: the day is the deadline (B1 counted four numbers, B9 told it no
    deadline, and diff compared `6.30前` → `9.30 17点前` with nothing). Any other hour so typed stays a number of its
    own, the space read as the break it is (`6.30 17点`, a day at an hour, as `12月31日17点`; `2024.6 17点前`, a month;
    `2024-12-31 25:00前`, an hour no day has): several numbers, not 6.3017."""
    def apart(found: re.Match) -> str:
        valid = not found["hour"] or clock_hours(found) is not None
        if found["day"] and valid and _hour_of_a_deadline(text, found.end()):
            return found["day"]
        return found.group(0).replace(found["space"], "，", 1)

    text = unicodedata.normalize("NFKC", text)
    return _HOUR_APART.sub(apart, text)


_WEEKDAY = re.compile(rf"每个?(?:周|星期|礼拜)(?P<day>[一二三四五六日天末]|[1-7](?!\d)|结束)(?:(?<=[1-7])[日号])?"
                      rf"(?:{CLOCK}|下班)?")
"""A day of each week (`每周五`, `每星期一`, `每个礼拜三`, `每周末`; in a figure, as offices type 周5 for 周五, and with 日
or 号 after it, the week's fifth day: `每周5前`, `每周5日前`, `每周5号前`, which a week holds no fifth of the month for,
nor, before 前, a count of five days), and the hour of it (`CLOCK`: `每周三12时`, `每周五17:30`, `每周五下午5点`) or its working day's
end (`每周五下班`) or its end (`每周结束`), which a 前 after it makes a deadline that comes round each week."""
_DAY_CLOCK = re.compile(rf"(?P<day>[每当][天日])?{CLOCK}")
"""An hour of each day or of the day a thing comes in (`每天17点`, `每日下午5时`, `当日18时`), or an hour alone
(`17点`), which a 前 after it makes a deadline within the day (`clock_deadline`)."""
_NO_MEASURE = ("制度", "测量", "丈量", "底数", "质量", "力度")
"""Things done by a date that only end in a measure's character (`6月底前出台管理制度`, `6月底前完成测量`,
`6月底前摸清底数`, `6月底前提升服务质量`, `6月底前加大工作力度`): a rules system, a survey, the true count found out,
what is improved, no rate or amount of what is done. Read as measures, the deadlines before them were words, which B9
told no deadline and diff compared with nothing. A list of these exceptions, not of the measures a date may be
followed by: the measures are an open family, any 率 or 数 of anything done (完成率, 报送率, 到位率, 办结率, 人数, 户数,
完成数量, 报送金额), which a list would keep missing, each one missed read as the deadline it is not (`12月底前办结率`
as `12月底前`, 时限提前 in diff when it moves); the endings (`_AMOUNT_OF_IT`) are seven, and the things done
that merely end in one are few and turn up one at a time, each missed read as words, the safer slip."""
MEASURED_AFTER = re.compile(rf"(?!{'|'.join(f'(?<={noun[0]}){noun[1]}$' for noun in _NO_MEASURE)})"
                            rf"(?:{_AMOUNT_OF_IT})$")
"""A rate or amount named after a weekday's 前 (`每周五前完成率`, `每周五前报送率`) or a date's (`年底前完成率`,
`12月底前完成率`, `每年底前报送金额`: `values.read_date`): what is measured, no deadline. Not the last character of
a thing done (`_NO_MEASURE`: `12月底前出台管理制度` is the deadline), nor how it went, which is what is reported
(`6月底前报送执行情况`, `每月10日前报送情况`: the deadline of a report)."""
_DAYS_OF_WEEK = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "末": 7, "结束": 7,
                 **{str(day): day for day in range(1, 8)}}
"""A weekday's place in the week, Monday first; the week's end (周末, 每周结束前) is its last day, as a month's 底 is
its 31st."""


def after_lead(norm: str) -> tuple[str, bool]:
    """`norm` without the words it opens with that leave a deadline after them one (`_RECURRING_LEAD`:
    `不晚于每月10日` → `每月10日`, `确保每月10日前` → `每月10日前`), and whether they say it is the latest (不晚于),
    which `done_by_then` takes for its 前. A hedge so left out is still told by lint and diff, which read the text."""
    found = _RECURRING_LEAD.match(norm)
    return norm[found.end():], bool(found["latest"])


_AROUND_UNSAID = "左右"
"""The hedge that may follow a day whose 前 words of a deadline before it stand for (`不晚于每月10日左右`), as it follows
a 前 (`DAY_DEADLINE`); 前后 has its own 前."""


def with_its_before(rest: str, latest: bool, ended: bool = False) -> str:
    """`rest`, the words after a day or a period's end, with the 前 that words of a deadline before it stand for
    (`latest`: `不晚于每月10日` is `每月10日前`, `不晚于下月中旬报送` `下月中旬前报送`, and before a date
    `不晚于6月30日报送` `6月30日前报送`: `values.read_date`), or the end itself (`每月底报送` is `每月底前报送`, as
    `12月底报送` is `12月底前报送`: `period_end`), where it has none and they are nothing or a thing done by then
    (`END_DONE`: 报送, 上报, not only 完成), not a rate or an amount (`不晚于每月10日完成率`, `最迟每月底余额`, nor one
    named after the thing, `截至6月30日报送人数`: `MEASURED_AFTER`, which `END_DONE` lets by); else `rest` as it is.
    After those words a 左右 that opens `rest` (`不晚于每月10日左右`) is the hedge `hedged` reads after a 前 (`每月10日前左右`);
    after an end alone it is none (`每季度末左右`: no deadline word, B9 asks for one)."""
    bare = rest[len(_AROUND_UNSAID):] if latest and rest.startswith(_AROUND_UNSAID) else rest
    done = not bare or END_DONE.match(letters_of_names(bare)) and not MEASURED_AFTER.search(bare)
    unsaid = (latest or ended) and not DAY_DEADLINE.match(rest) and done
    return "前" + rest if unsaid else rest


def done_by_then(rest: str, latest: bool = False) -> tuple[str, str | None] | None:
    """What follows a day's or an hour's 前 (`前报送`, `前后`) as the thing done by then and the hedge (`前后`, `前左右`:
    `hedged`), or None for no deadline: no 前, a number after it (`前完成2次`: a count), a rate or amount after it
    (`前完成率`), another hedge after the thing done (`前完成左右`). After words of a deadline before the day
    (`latest`: `不晚于每月10日`) no 前 is wanted (`with_its_before`). The digits of a name after it are no number
    (`每月10日前报送5G数据`: `lettered_names`), as after a date (`12月底前建成5G基站`); it read as the tenth with the words
    前报送5G数据, no deadline."""
    rest, hedge = hedged(with_its_before(rest, latest))
    if not DAY_DEADLINE.match(rest):
        return None
    if not DEADLINE.match(letters_of_names(rest)) or AROUND.search(rest) or MEASURED_AFTER.search(rest):
        return None
    return re.sub(r"^(?:之|以)?前", "", rest), hedge


def weekday_deadline(norm: str, latest: bool = False) -> tuple[Decimal, str, str | None] | None:
    """The place in the week of a deadline on a day of each week (`每周五前` → 5, `每周末前` → 7, `每周三12时前` →
    2.5: the hour a part of its day; `每周五下班前` is the day), the words after it (`完成`, `报送`) and its hedge
    (`每周五前后`); None for no deadline (`done_by_then`: `每周五开展`, a day on which; `每周五前完成2次`, a count;
    `每周五前完成率`), or a count in the week (`每周5天`, `每周2次`: no weekday). What follows the 前 is read as after a
    day of a month (`每月10日前报送`) or a period's end (`每周末前报送`: `period_end`), any thing done by then: 前 right
    after a weekday begins no other word, as it may after a month (`12月前期准备`: `MONTH_DEADLINE`). lint's B9 told
    `每周五前` it was no deadline, and diff called `每周五前` → `每周三前` a plain edit."""
    found = _WEEKDAY.match(norm)
    hours = clock_hours(found) if found and found["hour"] else None
    after = done_by_then(norm[found.end():], latest) if found else None
    if after is None or found["hour"] and hours is None:
        return None
    day = Decimal(_DAYS_OF_WEEK[found["day"]])
    return (day if hours is None else day + (hours - _HOURS) / _HOURS), *after


def clock_deadline(norm: str, latest: bool = False) -> tuple[str, Decimal, str, str | None] | None:
    """The words (`DAY_WORDS`) and the part of the day (`每天17点前` → 每天, 17/24) of a deadline at an hour of each
    day or of the day a thing comes in (`每日下午5点前`, `当日18时前`), the words after it and its hedge, as
    `weekday_deadline` reads them; None for no such deadline (`每天17点前完成率`, `17点前完成2次`). An hour alone before 前
    (`17点前`, `下午5点前`) is the day's, as `当天17点前` is: the deadline of one day, not a count of 17 (B3 asked its unit,
    B9 told it no deadline, and `每天17点前` → `每天18点前` was a plain edit)."""
    found = _DAY_CLOCK.match(norm)
    hours = clock_hours(found) if found else None
    after = done_by_then(norm[found.end():], latest) if found else None
    if hours is None or after is None:
        return None
    return DAY_WORDS[found["day"] or "当天"], hours / _HOURS, *after


MONTH_SPAN = re.compile(r"(?<![\d.])(?P<first>\d{1,2})(?:月份?)?(?:-|~|–|—|至|到)(?P<last>\d{1,2})月份?")
"""A span of months of the year (`3-6月`, `4月至6月`, `2024年3-6月`, `次年1-3月`: `value_ranges._period`), the work done through
them: a date of the last month, by whose end it is done, as `上半年` is done through June (`3月至6月完成` by 30 June). Only
months 1–12 in order; `3-6个月` is a length, a range. A hedge after it (`6-8月前后`) is of no date."""
RELATIVE_YEARS = {"全": 0, "次": 1, "下": 1, "下一": 1, "翌": 1, "明": 1, "来": 1, "本": 0, "当": 0, "今": 0, "上": -1, "上一": -1,
                  "去": -1}
"""Words for a year counted from the budget year: 次年/下一年度/翌年 is the year after it, 本年度/当年/全年 the year itself
(`全年完成` as `年内完成`; after a year written, `2024年全年` is that year: `DATE`)."""
RELATIVE_DATE = re.compile(
    r"(?:(?P<word>下一|上一|次|下|上|翌|明|来|去|本|当|今|全)年度?|(?P<within>年度?)(?=[之以]?内)|(?=年[底末终初中]|第?[一二三四1-4]季度|[上下]半年)"
    r"|(?=\d{1,2}月(?:份|份?(?:\d{1,2}日|底|末|初|(?:上中|中下|[上中下])旬|[之以]?前))))"
    r"(?:年?(?P<end>[底末终])|年?(?P<season>[初中])(?!旬)|(?P<month>\d{1,2})月份?(?:(?P<day>\d{1,2})日?)?|第?(?P<quarter>[一二三四1-4])季度|(?P<half>[上下])半年)?"
    r"(?:底|末|(?P<part>初|上中旬|中下旬|中旬|上旬|下旬))?")
"""A date without a year of its own: after a relative year word (`次年3月底`, `下一年度`, `本年度内`), the year itself
before 内 (`年内完成`, `年度内`: by its end, as `本年度内`), the end, start or middle of the year (`年底`, `年初`, `年中`:
`SEASON_MONTHS`), a quarter or half (`第四季度`,
`上半年`), or a month with a day, a 底/初/旬 or a 前 (`12月底`, `12月31日`, `12月前`, `12月以前`, `12月前后`: by December,
a month of the budget year, where `12个月` and `12个月内` are a length) or written 月份 (`6月份`: June, never six months; a
bare `12月` stays a duration). Without a word it lies in the budget year."""


def date_lead(words: str) -> bool | None:
    """Whether the words before a date leave it a date: None if not, else whether they make it a deadline."""
    if _DEADLINE_LEAD.match(words):
        return True
    return False if _DATE_LEAD.match(words) else None


def last_day(value: Value, budget_year: int | None = None) -> tuple[int | None, int | None, int, int] | None:
    """The last day a DATE covers, as (its year as written, its `offset`, month, day), else None: `12月底前` and
    `12月31日前`, `2024年` and `2024年12月31日` are one day written two ways, which a respelling beside a hedge keeps
    (`2024年12月31日前完成` → `力争2024年12月底前完成`); a part of a month ends on its own last day (`11月中旬前` on the
    20th: `_PART_ENDS`). A year counted from the budget year is taken as a leap year, as `date_exists` takes it;
    given `budget_year`, it is the year counted from it, (year, None, month, day)."""
    if value.kind is not Kind.DATE:
        return None
    (year, month, day), offset = value.date, value.offset
    if budget_year is not None and offset is not None:
        year, offset = budget_year + offset, None
    month = month or 12
    return year, offset, month, day or _PART_ENDS.get(value.part) or calendar.monthrange(2000 if year is None else year,
                                                                                          month)[1]


def date_exists(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether a date read is one of the calendar: a month 1–12 and a day of that month (`6月31日`, `2024年2月30日`,
    `2023年2月29日` are none, so they are no dates). A date without a year of its own lies in a year counted from the
    budget year, which may be a leap year: its 2月29日 exists."""
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    leap = year is None or calendar.isleap(year)
    return day is None or 1 <= day <= (29 if month == 2 and leap else calendar.mdays[month])


def year_of_date(year: str, after: str) -> bool:
    """Whether four digits `year` and the words `after` them are a date in figures as `values.parse` reads one, so that
    the digits are its year: with a month (`2023.6月底前`, `2024-6月份`, `2023.6底前`, `2023/06前`), a day (`2023-12-31`,
    and with its hour, `2023年12月31日17时前`, `2023-12-31 17:00前`: `without_hour`, `without_hour_apart`) or a quarter
    (`2023Q3`, `2023-Q3`). `new --from` asks it of every year it finds, so that it moves each year that lint would read
    as a date's (D7). Not a number (`2023.5万元`,
    `2023.6`: bare, an amount), nor a month past 12 or a day past 31; a day that only the calendar lacks (`2023-02-30`)
    still is one, written as a date for its year."""
    norm = normalise(without_hour_apart(year + after))
    for short, words in PRINTED:
        norm = short.sub(words, norm)
    norm = without_hour(norm)
    found = DATE.match(norm)
    if not found or norm[found.end():found.end() + 1].isdigit():
        return False
    _, month, quarter, half, day = found.group(1, 2, 3, 4, 5)
    month = int(month) if month else LAST_MONTH.get(quarter or half)
    return month is not None and 1 <= month <= 12 and (day is None or 1 <= int(day) <= 31)
