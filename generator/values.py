"""What an indicator value means, read from the text the author typed, which stays untouched.

Forms print a value as one string: `≥95％`, `90%以上`, `≤254.3万元`, `12个月`, `2024年12月31日前完成`,
`健全`. The budget systems behind them store it as *comparator + number + unit* (or a 定性 grade), and
review asks exactly those questions (is there a number, a unit, the right comparator?). `parse` reads
the string into that shape without ever changing it: `Value.text` is the printed string, character for
character, so a form that prints `≥95％` (full-width ％) still prints it.

Reading is done on a normalised copy: NFKC (full-width `％＞＜＝１２` become ASCII), `>=`/`<=`/`≧`/`≦` become `≥`/`≤`,
spaces are dropped. A unit may be per something: a unit cost (`200元/人`), a rate over a base (`0.5次/百万车公里`, `12/10万`)
or a frequency (`1次/季度`, `1次/2个月`, also written before the count: `每季度1次`, `每2个月1次`, `2个月1次`, `半年1次`, `1年2次`, `年均2次`:
one number, its period's length no second target). Comparators may also be words: `不少于`, `达到` (≥), `不超过`, `控制在…以内`
(≤), also before what the number is a share of (`不超过预算的98%`), and suffixes `以上` (≥), `以下`/`以内` (≤), also after `（含）`
and after a unit cost (`200元/人以内` is ≤200 元/人), and before a length of time the words of a deadline (`不晚于5天`,
`最迟3个工作日`: ≤), and 前 after a day of a month that comes round (`每月10日前`, `次月5日前`: ≤10日, ≤5日, the month its words:
`recurring_deadline`); a same-day limit (`当天办结`, `即时办结`) is ≤1个工作日 (`_same_day`). A unit in letters reads as its
Chinese name (`≤33μg/m³` in 微克/立方米, `≥120m²` in 平方米: `value_kinds.in_chinese`), the 2 or 3 of a metre's power no
number of its own.

Kinds:
- QUANTITY: exactly one number, with its comparator, unit and the words around it (`prefix`, `suffix`);
- DATE: a date, month, quarter, half or year, possibly a deadline (`2024年12月31日前完成`, `不晚于6月30日`, `12月底`;
  not `2025年第一季度`, `2022 年度`), also as forms print it short (`2024Q3`, `6月30号`, `2024.6底前`, `6.30前`);
  also one written relative to the budget year (`次年3月底前`, `下一年度`, `年底前完成`, `年内完成`, `12月31日前`, `12月前`), whose
  `date` has no year and whose `offset` says how many years after the budget year it lies (see `Value.year`);
  a span of months is the last month's date (`3-6月`, done through June: `value_dates.MONTH_SPAN`);
  a month or day that the calendar has not (`6.31前`, `2024年2月30日前`, `13月底前`) makes no date;
- GRADE: a graded 定性 term from a list (`健全`, `达到`, `优`), or one of them or better (`良好以上`: `floor_grade`), or
  none of a kind of harm (`无重大事故`, `零伤亡事故`: `none_grade`), either after a word committing to it (`确保良好`,
  `实现全覆盖`: `uncommitted`), its `grade` the term without that word (a term listed with it, as jixiao.yaml may
  list `实现预期目标`, is read whole);
- TEXT: words without a number that are not a grade (`稳步推进`), and a date whose year, month or day is spelt in
  Chinese numerals (`二〇二四年12月`, `6月十日内完成`), as one spelt so (`十月底前`) is, a count's deadline too
  (`6月十五日前完成2次检查`): lint asks for the figures, `parse(numerals=True)` reads the date or the count by it;
- UNPARSEABLE: several numbers (a formula, a scoring rule, a list of targets);
- EMPTY: nothing typed.

A range (`90%-95%`, `3至5次`, `-5%~5%`, a minus kept on its number) is read as its floor and cap
(`value_ranges.range_bounds`); a span of the calendar (`2024-2025年`, `1-3月`, `第1-3季度`) is no range, but only four-digit
years 1900–2100 with 年, 年度 or 届 are years: `3-5年` (a number of years) and `2020-2030人` are ranges; a cap typed without
its floor's unit (`−3%～0`) reads as −3% to 0%.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from .chinese_numerals import SPELT, chinese_number, in_digits, ordinals_spelt, spells_large_number
from .frequencies import FREQUENCY_PERIOD, period_length, period_named, period_of, the_years_count, times_a_year
from .lettered_names import LETTERED_NAME, letters_of_names
from .spelt_counts import DONE_BEFORE, spelt_counts
from .value_dates import (AROUND, DATE, DEADLINE, DURATION_CAP, DURATIONS, END_DONE, END_OF, LAST_DAY, LAST_MONTH,
                          MEASURED_AFTER, MONTH_DEADLINE, MONTH_SPAN, PRINTED, RECURRING_MONTH, RELATIVE_DATE,
                          RELATIVE_YEARS, SEASON_MONTHS, WEEK, DAY_WORDS, after_lead, clock_deadline, date_exists,
                          date_lead, done_by_then, hedged, month_by_latest, month_in_period, period_end,
                          weekday_deadline, with_its_before, without_hour, without_hour_apart)
from .value_kinds import (COUNT_UNITS, DEFAULT_GRADES, INCLUSIVE, LETTER_UNITS, MONEY_UNITS, NUMBER, POINTS, SHARES,
                          SPELT_MINUS, SUFFIX_WORDS, TIME_UNITS, TRIM_CHARS, UNITS, YUAN_MULTIPLIERS, Kind, Value,
                          a_share, floor_grade, in_chinese, leading_op, none_grade, normalise, one_name, uncommitted)
from .year_digits import years_in_figures


_HELD_AT = "控制在"
"""A comparator word only without one after the number: `控制在6次` and `控制在6次以内` are ≤, but `控制在95%以上` is ≥, the
以上 saying which side of the number the value is held on."""


_PER_BASE = re.compile(r"/(?:10*)?[十百千万亿]+[\u4e00-\u9fff]*")
"""A base a rate is counted over, a power of ten and what it counts (`/百万车公里` of `0.5次/百万车公里`, `/万人` of
`5人/万人`, `/10万` of `12/10万`, as 死亡率 and 发病率 are written): the count over it is a rate, one unit (`次/百万车公里`),
where its 次 alone read as a count (B3 told 交通事故率 ≤0.5次/百万车公里 it was a count), and its figures no second number
(B1 told ≤12/10万 it held two). Only with a 十, 百,
千, 万 or 亿, and figures before it only a power of ten (`/10万`, `/100万`): `/2个月` is a period (`FREQUENCY_PERIOD`),
`人/户` and `3/5` say no base, and `3/5万` is three fifths of 万 as likely as so many per 50,000."""


def is_rate(value: Value) -> bool:
    """Whether `value` is a rate: a share (`SHARES`: %, ‰, ‱; also per a period, `3‱/年`: `a_share`), or so many
    over a base of a power of ten (`12/10万`, `0.5次/百万车公里`, `3人/万人`: `_PER_BASE`), whose measure's words say which way is better (死亡率, 差错率 low,
    合格率 high), as diff reads a percentage without a comparator (`lint.same_measure`)."""
    return value.kind is Kind.QUANTITY and (a_share(value.unit)
                                             or value.per is not None and _PER_BASE.fullmatch("/" + value.per) is not None)


METRE_POWER = re.compile(r"(?<=[mM])[23](?![\d.])")
"""The 2 of `m2` and the 3 of `m3` (`m²`, `㎡`, `μg/m³` as `normalise` writes them, `M2` as forms type it): a square or
cubic metre of a unit (`LETTER_UNITS`), no second number of the value, nor of a range (`value_ranges`: `100-120m2`)."""

def unnamed(norm: str, numbers: list[re.Match]) -> list[re.Match]:
    """The numbers of a value but those of a name: the size of a ranking naming what is counted (the 500 of
    `引进世界500强企业2家`: firms of a field, as 百强企业 is in numerals) and digits glued to letters
    (`lettered_names.LETTERED_NAME`: the 5 of `5G基站≥100个`, the 2.5 of `PM2.5浓度≤35微克/立方米`), which B1 read as a second
    target; a value of names alone keeps them (`世界500强` is a place, `世界500强、中国500强` two, `≥100G以上` so many G,
    `C30` a grade of concrete, `C30` → `C35` a target raised), but for those of a name with a hyphen (`HIV-1`,
    `通过ISO-9001认证`, `H1N1-2009`, `B-2级`), which is no minus, with its edition's year (`ISO9001:2015`) or with a
    catalogue number (`_CATALOGUED`): read as −1 and −9001, `ISO-9001` → `ISO-14001` was a target lowered, and
    `通过ISO9001认证` → `通过ISO14001认证` one raised, where it is words, as `通过认证` is."""
    names = list(LETTERED_NAME.finditer(norm))
    codes = [name for name in names if "-" in name[0] or ":" in name[0] or _CATALOGUED.match(name[0])]
    kept = [found for found in numbers if not norm.startswith("强", found.end()) and not _within(found, names)]
    return kept or [found for found in numbers if not _within(found, codes)]


_CATALOGUED = re.compile(r"[A-Za-z]+\d{4}")
"""A name of letters and four digits or more (`ISO9001`, `ISO14001`, `GB50300`, the `T19001` of `GB/T19001`): a
standard's number in its catalogue, which names a standard and ranks nothing, where a grade's or a level's number is
short (`C30`, `C35` of concrete, `IP65`, `CMMI3`) and a higher one asks more."""


def _within(number: re.Match, names: list[re.Match]) -> bool:
    """Whether `number` starts inside one of `names`."""
    return any(name.start() <= number.start() < name.end() for name in names)


def unit_and_suffix(rest: str) -> tuple[str | None, str | None, str]:
    """(unit, comparator from a suffix word, remaining words) after the number."""
    unit, taken = _unit_at(rest)
    after = rest[taken:]
    per_what = re.match(r"/[^\s,，;；。、)）]+", after) if unit else None
    if per_what:  # a `/` with nothing after it (`1次/`, `3元/）`) is a stray mark, words after the unit
        per = per_what.group(0)
        per = _per_alone(per)  # 200元/人以内: the unit is 元/人, 以内 its comparator
        period = FREQUENCY_PERIOD.fullmatch(per[1:])
        # money per head or a unit per a period: 元/人, 次/季度, m3/d
        if unit in MONEY_UNITS or in_chinese(per[1:]) in TIME_UNITS or period or _PER_BASE.fullmatch(per):
            # 次/两个月 is 次/2个月, as 每两个月1次 reads: one frequency, one unit however its period is spelt
            unit, after = unit + ("/" + period_of(period) if period else per), after[len(per):]
    elif not unit and (base := _PER_BASE.match(rest)):  # ≤12/10万: so many per 100,000, the base its unit
        unit = _per_alone(base.group(0))
        after = rest[len(unit):]
    unit = in_chinese(unit) if unit else unit  # ≥120m2 as ≥120平方米
    bare = after.removeprefix(INCLUSIVE)
    for word, symbol in SUFFIX_WORDS:
        if bare.startswith(word):
            return unit, symbol, bare[len(word):]
    return unit, None, after


_AFTER_A_PER = re.compile(rf"(?:{'|'.join(word for word, _ in SUFFIX_WORDS)}|{AROUND.pattern})$")
"""A comparator word or a hedge that may end what a unit is per (`/人以内`, `/10万左右`): words after the unit."""


def _per_alone(per: str) -> str:
    """What a unit is per (`/人`, `/10万`) without a comparator word (`/人以内`, `/10万以下`: `SUFFIX_WORDS`) or a hedge
    (`/10万左右`, `/10万人左右`, `/人左右`: `AROUND`) it runs into. The hedge is read after the unit, as after `3次`,
    where lint's D6 and diff find it (`lint.hedges`): `≤12/10万左右` was read per 10万左右, a base of its own, and
    `≤12/10万` → `≤12/10万左右` was a plain 修改. Both may end it (`/10万以下左右`, `/人以内左右`), each cut off."""
    while (word := _AFTER_A_PER.search(per)) and word.start() > 1:
        per = per[: word.start()]
    return per


def _unit_at(rest: str) -> tuple[str | None, int]:
    """(the unit that opens the words after the number, how many characters it takes: `_named`). A 余 or 多 (more
    than) after the number or its 万, 千 or 亿 (`MULTIPLIERS`) is read past (`300余人`, `3万余人`, `10余万人`, `300多人`,
    `3千余人`, `1亿余人次`: 人, 万人, 万人, 人, 千人, 亿人次), as forms write a count they round down: B3 told `3万余人`,
    `300多人` and `3千余人` they had no unit, and `1亿余人次` after 亿 was read as a multiplier."""
    unit, taken = _named(rest)
    if unit:
        return unit, taken
    more = re.match(rf"([{''.join(MULTIPLIERS)}]?)[余多]", rest)
    if more:
        past = more.group(1) + rest[more.end():]  # 万余人 → 万人, 余万人 → 万人, 千余人 → 千人, 多人 → 人
        unit, taken = _named(past)
        if unit:
            return unit, taken + 1
    return None, 0


def _named(rest: str) -> tuple[str | None, int]:
    """(the unit `rest` opens with, how many characters it takes): a listed one (`UNITS`), one a 万, 千 or 亿 opens
    (`_wan_unit`), or the yuan by its name (`_RENMINBI`), which no listed unit (人, 万人) may take a part of."""
    yuan = _RENMINBI.match(rest)
    if yuan and yuan["size"] + "元" in MONEY_UNITS:
        return yuan["size"] + "元", yuan.end()
    unit = next((u for u in UNITS if _opens(rest, u)), None) or _wan_unit(rest)
    return unit, len(unit or "")


_RENMINBI = re.compile(rf"(?P<size>[{YUAN_MULTIPLIERS}]*)人民币")
"""The yuan by its name after the number or its 万 or 亿 (`≥500万人民币`, `≥2亿人民币`, `≥800人民币`): money, in 万元,
亿元 or 元 as `500万元人民币` is, where the 人 of 人民币 was read as people (`万人`, with the words 民币): B3 told
`≥500万人民币` under （万元） its unit was 万人, and `≥500万元` → `≥400万人民币` was no target lowered. Only a size
money is listed in (`MONEY_UNITS`: not `十人民币`)."""


_WORDS_ACROSS = {"日元": ("元旦", "元宵")}
"""Words a unit's last character opens where the unit is a shorter one and a word after it: `5日元旦` is the fifth (or
five days) and New Year's Day, `15日元宵` the fifteenth and the lantern festival, where both read as 5 and 15 yen."""


def _opens(rest: str, unit: str, at: int = 0) -> bool:
    """Whether `rest` has `unit` at `at`, a unit in letters (`LETTER_UNITS`) not running into a further letter: the m of
    `≤1mm`, `≥10mA` or `≥20mb` is no metre, though `m` is listed, and read so it compared with a length in 米; nor a
    unit whose end opens a word (`_WORDS_ACROSS`: the 元 of `5日元旦`)."""
    if not rest.startswith(unit, at) or rest.startswith(_WORDS_ACROSS.get(unit, ()), at + len(unit) - 1):
        return False
    after = rest[at + len(unit): at + len(unit) + 1]
    return unit not in LETTER_UNITS or not (after.isascii() and after.isalpha())


def _wan_unit(rest: str) -> str | None:
    """The unit a 万, 千 or 亿 opens after the number (`120万页`, `8万条`, `5000万立方米`, `3千册`, `5亿立方米`), of
    10,000, 1,000 or 100,000,000 of that unit, as `万人次`, `千人` and `万册` are listed (`multiplied` reads the size); None
    where no unit follows (a bare `40万` is money said aloud: `value_comparison.wan_as_money`). Listing each was never
    done: B3 told `≥120万页` and `≥8万条` they had no unit. Not of money (万元, 千元 are listed, and a 万 before another money
    unit is no value) nor of a share (`_NO_WAN`). One may open another (`1.2万亿美元`, 万 of 亿美元), as 万亿元 is listed:
    B3 told `≥1.2万亿美元` it had no unit."""
    if rest[:1] not in MULTIPLIERS:
        return None
    inner = next((u for u in UNITS if _opens(rest, u, 1)), None) or _wan_unit(rest[1:])  # 万 of 亿美元
    return None if inner is None or inner in MONEY_UNITS or inner in _NO_WAN else rest[0] + inner


MULTIPLIERS = {"亿": Decimal(10) ** 8, "万": Decimal(10000), "千": Decimal(1000)}
"""What a count's unit may open with to count so many thousand, ten thousand or hundred million of it (`3万人`, `5千人`,
`8万条`, `2亿立方米`, `1.2亿美元`): B3 told `≥5亿立方米` of rain added by cloud seeding it had no unit."""


def multiplied(unit: str | None) -> tuple[str | None, Decimal]:
    """The unit without its 万, 千 or 亿 and what that multiplies the number by (`万人` → 人, 10000; `千人次` → 人次,
    1000; `3千米` → 米, 1000; `人` → 人, 1), so that `3万人` and `300人` compare as 30000 and 300 people (diff); money
    is left whole (万元 and 元 are sized by `MONEY_UNITS`), and so is a unit whose rest is none (千克). A 千 before a
    listed 万 unit (`1千万人次`, `_wan_unit`) multiplies it again: 10,000,000 人次, as `1000万人次` is, where it was 1000 of
    万人次, a unit no 人次 compared with, and `1千万人次` → `800万人次` was no target lowered. A unit is read by its one
    name first (`value_kinds.one_name`: 日 as 天, 工作日 as 个工作日), then sized in a smaller one (`_SMALLER_UNITS`:
    公里 in 米, 兆瓦 in 千瓦, 小时 and 分钟 in 秒). A unit per something is sized by what is counted (`万立方米/日` →
    立方米/天, 10000), so that `≥5万立方米/日` and `≥40000立方米/天` compare as `≥5万立方米` and `≥40000立方米` do."""
    unit = one_name(unit) if unit else unit
    head, slash, per = (unit or "").partition("/")
    if slash and head:
        rest, size = multiplied(head)
        return f"{rest}/{per}", size
    if unit in _SMALLER_UNITS:
        smaller, size = _SMALLER_UNITS[unit]
        rest, more = multiplied(smaller)
        return rest, size * more
    inner = unit[1:] if unit and unit[:1] in MULTIPLIERS else ""
    if not inner or unit in MONEY_UNITS or inner not in UNITS and _wan_unit(inner) != inner:
        return unit, Decimal(1)
    rest, size = multiplied(inner)
    return rest, MULTIPLIERS[unit[0]] * size


_SMALLER_UNITS = {"公里": ("米", Decimal(1000)), "兆瓦": ("千瓦", Decimal(1000)), "兆瓦时": ("千瓦时", Decimal(1000)),
                  "吉瓦": ("兆瓦", Decimal(1000)), "吉瓦时": ("兆瓦时", Decimal(1000)),
                  "小时": ("分钟", Decimal(60)), "分钟": ("秒", Decimal(60)), "年": ("个月", Decimal(12)),
                  "个季度": ("个月", Decimal(3)),
                  "吨": ("千克", Decimal(1000)),
                  **{share: ("‱", SHARES["‱"] / whole) for share, whole in SHARES.items() if share != "‱"}}
"""Units that are so many of a smaller one, by the name `value_kinds.one_name` gives (千米 and km are 公里), each
exactly: `5千米` → `4km` and `5000m` → `4公里` were no target lowered, one kilometre named two ways, nor `≥1兆瓦` →
`≥800千瓦` (1 MW is 1000 kW) nor `≥2小时` → `≥100分钟`, `≤1年` → `≤10个月` (a year is twelve months, whichever
they are), `≤2个季度` → `≤5个月` (a quarter three) or `≥1吨` → `≥900千克`; 吉瓦 (GW) is 1000 兆瓦 and 吉瓦时 (GWh) 1000 兆瓦时. 兆瓦时
is 1000 千瓦时, energy as 千瓦时 is, and no 兆瓦 of power: no 千瓦 compares with it. A day is none of them: 天 and 日
are a calendar day in a time limit (`≤1天` → `≤36小时`) but a working one in a length of service or training (培训时长
`≥1天` → `≥8小时` is the same day, six to eight hours), and sized at 24 小时 the second would be a target lowered
that is none; a week (7 or 5 days), a month (28 to 31) and a year (365 or 366) are no exact number of days either,
and 月 no length (`12月` may be December). A value in days and one
in hours are then no one measure, a plain 修改, as before.
A share is so many ‱ (`value_kinds.SHARES`: 1% is 100‱, 1‰ 10‱), so that `≤0.03%` and `≤3‱` are one rate and
`≥95%` → `≥900‰` a target lowered, where a share in two units was no one measure."""


_NO_WAN = (*SHARES, POINTS)
"""Units no 万 goes before: `5万%` is no value anyone means."""


def read_date(norm: str, text: str) -> Value | None:
    """A value that is a date, month or year, optionally a deadline (`…前完成`, `不晚于…`); its year written or
    relative; printed short (`PRINTED`) or in words."""
    for short, words in PRINTED:
        norm = short.sub(words, norm)
    norm = month_by_latest(without_hour(norm))  # 12月31日17点前: the day's deadline; 不晚于6月: June
    span = MONTH_SPAN.search(norm)
    spanned = bool(span) and 1 <= int(span["first"]) < int(span["last"]) <= 12
    if spanned:  # 3-6月 is done through June: read as 6月份, a month of the year
        norm = norm[: span.start()] + span["last"] + "月份" + norm[span.end():]
    found = DATE.search(norm)
    lead = date_lead(norm[: found.start()]) if found else None
    if lead is not None:
        year, month, quarter, half, day = found.group(1, 2, 3, 4, 5)
        year, offset = int(year), None
    else:
        found = RELATIVE_DATE.search(norm)
        lead = date_lead(norm[: found.start()]) if found and found.group(0) else None
        if lead is None:
            return None
        if not (found["word"] or found["within"] or found["end"] or found["month"] or found["quarter"] or found["half"]
                or found["season"]):
            return None
        month, quarter, half, day = found["month"], found["quarter"], found["half"], found["day"]
        year, offset = None, RELATIVE_YEARS.get(found["word"], 0)
        if found["end"]:
            month = "12"  # 年底, 年末, 年终: the last month of the year
    if found["season"]:
        month = str(SEASON_MONTHS[found["season"]])  # 年初, 年中
    tail = letters_of_names(norm[found.end():].strip(TRIM_CHARS))  # 12月底前建成5G基站: its 5 no number after the date
    tail, hedge = hedged(tail)  # 12月31日前后, 12月31日前左右: the deadline 12月31日前 hedged
    around = None if hedge else AROUND.match(tail)
    if around:  # 12月底左右
        tail, hedge = tail[around.end():], around.group(0)
    tail = with_its_before(tail, lead)  # 不晚于6月30日报送 is 6月30日前报送
    if hedge and spanned:
        return None  # 6-8月前后: around a span of months, no date's hedge
    if spanned and tail.startswith(("内", "之内", "以内")):
        return None  # 3-6月内: more likely within three to six months than by June, so no one date
    if offset is not None and found.group(0) in ("全年", "全年度") and not tail:
        return None  # a bare 全年 says when, not what is done by then, as 全年完成 does: no target
    done_by = DEADLINE.match(tail) or found.group(0).endswith(END_OF) and END_DONE.match(tail)
    if _measured_by_then(found.group(0), tail, bool(done_by or lead)):
        return Value(text, Kind.TEXT)  # 12月底前完成率: a rate by then, no deadline and no 12 months either
    counts = spelt_counts(tail) if done_by else 0
    if counts:  # 6月底前完成两次检查: the count done by the date, as 6月底前完成2次检查 is
        if _as_target(text):  # a number spelt in words, as 十八次 is: B7 asks for the figures, diff reads them
            return Value(text, Kind.TEXT)
        return Value(text, Kind.UNPARSEABLE, numbers=max(len(NUMBER.findall(norm)), 1) + counts)
    if not done_by or found.group(0).endswith(("月", "月份")) and tail and not spanned \
            and not MONTH_DEADLINE.match(tail):
        return None
    day = int(day) if day else None
    month_written = month is not None
    month = int(month) if month else LAST_MONTH.get(quarter or half)
    if not date_exists(year, month, day):
        return None
    deadline = bool(tail) or lead or found.group(0).endswith(END_OF)
    # 2024年初 is no part of December, nor 第一季度初 of March: a part is of a month written
    part = found["part"] if month_written and day is None else None
    return Value(text, Kind.DATE, op="≤" if deadline else None, date=(year, month, day), deadline=deadline,
                 numbers=sum(g is not None for g in (year, month, day)), offset=offset, hedge=hedge, part=part)


def _measured_by_then(date: str, tail: str, by_then: bool) -> bool:
    """Whether the words `tail` after a date name a rate or amount of what is done by then (`MEASURED_AFTER`), no figure
    among them: after its 前 (`12月底前完成率`, `6月30日前完成率`, `12月前完成率`), after words of a deadline before it
    (`by_then`: `截至6月30日报送人数`) or after an end (`12月底完成率`, `年底前报送金额`). Such a value names what is
    measured and asks nothing of it, as `年底完成率` and `每月底前完成率` do: `12月底前完成率` read as the deadline
    `12月底前` with the words 完成率 (`12月底前完成率` → `6月底前完成率` 时限提前), and turned away its month fell to the
    length of 12 months, which `12月底完成率` and `12月前完成率` were."""
    return bool(MEASURED_AFTER.search(tail)) and not NUMBER.search(tail) and (by_then or date.endswith(END_OF))


@lru_cache(maxsize=4096)
def _parse(text: str, grades: frozenset[str]) -> Value:
    norm = ordinals_spelt(normalise(without_hour_apart(text)))  # 2024-12-31 17:00前: the day, before its space goes
    if not norm.strip(TRIM_CHARS):
        return Value(text, Kind.EMPTY)
    if _spells_a_date(norm) and _dated_in_figures(text):
        return Value(text, Kind.TEXT)  # 二〇二四年12月, 6月十日内完成: a date spelt as words, as 十月底前 is (see `parse`)
    dated = read_date(norm, text) or _each_week_or_day(norm, text)
    if dated:
        return dated
    norm = without_hour(norm)  # 每月10日17点前: the day's deadline, as 12月31日17点前 is the date's
    numbers = [found for found in NUMBER.finditer(norm)
               if not _PER_BASE.match(norm, max(found.start() - 1, 0)) and not METRE_POWER.match(norm, found.start())]
    numbers = unnamed(norm, numbers)
    if not numbers and (one := _IMPLIED_ONE.match(norm)):
        norm = norm[:one.end()] + "1" + norm[one.end():]  # 近万人 is 近1万人, 千余人 1千余人
        return _quantity(norm, text, next(NUMBER.finditer(norm)))
    if not numbers and (same_day := _same_day(norm, text)):
        return same_day
    each_end = _each_period_end(norm, text)  # also with a name's digits after it: 每月底前报送5G数据 (`lettered_names`)
    if each_end:
        return each_end
    if not numbers:
        written = norm.strip(TRIM_CHARS)
        for word in dict.fromkeys((uncommitted(written), written)):  # 确保良好 asks 良好; a listed 实现预期目标 itself
            if word in grades or floor_grade(word) in grades or none_grade(word) in grades:  # 良好以上, 无重大事故
                return Value(text, Kind.GRADE, grade=word)
        return Value(text, Kind.TEXT)
    counted = _done_by_a_deadline(norm, text, numbers[-1])
    if counted:
        return counted
    frequency = _frequency(norm, text, numbers)
    if frequency:
        return frequency
    spelt = _counts_spelt_before_figures(norm, numbers)
    if len(numbers) + spelt > 1:
        return Value(text, Kind.UNPARSEABLE, numbers=len(numbers) + spelt)
    read = _quantity(norm, text, numbers[0])
    if times_a_year(read) is None and _frequency_spelt(text):
        return Value(text, Kind.TEXT)  # 1年两次: a frequency, its count spelt, no length of 1 year (see `parse`)
    return read


_SAME_DAY = re.compile(r"(?P<day>当天|当日|即时)(?P<done>.*)")
"""A limit of the day a thing comes in (`当天`, `当日办结`, `即时办结`, `当天受理`): a time to get it done, the first working
day at the latest, what is done by then after it. 即时 asks no less than the day, and is read so: `即时办结` → `当天办结`
is no time put later, while `当天办结` → `3个工作日内办结` is."""
_HANDLED = re.compile(r"办理|受理|处理|回复|答复|反馈|处置|审批|审核|响应")
"""Verbs of a request handled, which may follow a same-day limit (`当天受理`) though no deadline's words (`END_DONE`)."""


def _same_day(norm: str, text: str) -> Value | None:
    """A same-day limit (`_SAME_DAY`) as `≤1个工作日` with the thing done its words, as `1个工作日内办结` reads: B9 read
    `当天办结` under 时效指标 as no deadline, duration or rate, and diff compared `当天办结` → `3个工作日内办结` with nothing;
    else None (`当天完成率`, `当日客流量`: no limit)."""
    found = _SAME_DAY.fullmatch(norm.strip(TRIM_CHARS))
    done = found["done"] if found else None
    if done is None or done and not _HANDLED.fullmatch(done) and not END_DONE.match(done):
        return None
    return Value(text, Kind.QUANTITY, op="≤", number=Decimal(1), unit="个工作日", suffix=done, numbers=1)


def _each_period_end(norm: str, text: str) -> Value | None:
    """A deadline at the end of each month, quarter or half year or of the next month (`每月底前`, `每季度末前完成`,
    `次月底前`, `下月中旬前`: `value_dates.period_end`) as the last day it names of the month it ends with, `每月10日前`
    read so (`recurring_deadline`), and one at the end of each day (`每天结束前`) as the whole day, `每天17点前` read so:
    as words, diff marked `每月10日前` → `每月底前` 目标不可衡量 where the deadline was put later; else None (a week's
    end is its seventh day, `_each_week_or_day`; a year's, which no day of a month names, stays words)."""
    found = period_end(*after_lead(norm.strip(TRIM_CHARS)))  # 不晚于每月底 is 每月底前
    if found is None or not found[0]:
        return None
    words, day, done, hedge = found
    return Value(text, Kind.QUANTITY, op="≤", number=day, unit="日", prefix=words, suffix=done, numbers=1, hedge=hedge)


def _each_week_or_day(norm: str, text: str) -> Value | None:
    """A deadline on a day of each week (`每周五前`, `每周三12时前`: `value_dates.weekday_deadline`) as ≤ its place in
    the week, in the words `WEEK`, or at an hour of the day (`每天17点前`, `当日18时前`, `17点前`:
    `value_dates.clock_deadline`) as ≤ its part of the day, in the words of the day (每天, 当天), so that it is a recurring
    deadline (`recurring_deadline`) compared with another of its words only (`每周五前` → `每周三前` brought forward,
    `每周五前` → `每周末前` and `每天17点前` → `每天18点前` put later): B9 told `每周五前` it was no deadline, diff called
    both a plain edit, and `每天17点前` read as a count of 17; else None."""
    stripped, latest = after_lead(norm.strip(TRIM_CHARS))  # 不晚于每周五, 最迟17点: the deadlines with their 前
    weekly = weekday_deadline(stripped, latest)
    found = (WEEK, *weekly) if weekly else clock_deadline(stripped, latest)
    if found is None:
        return None
    words, day, done, hedge = found
    return Value(text, Kind.QUANTITY, op="≤", number=day, unit="日", prefix=words, suffix=done, numbers=1, hedge=hedge)


_IMPLIED_ONE = re.compile(rf"(?P<before>[近约逾超]|超过)?(?=[万千](?(before)[余多]?|[余多])(?:{'|'.join(COUNT_UNITS)}))")
"""A count of about one 万 or 千 with no figure (`近万人`, `约千人次`, `千余人`, `万余人`) opening a value: a word before
it, a 万 or 千, and a count's unit, so that it reads as `近1万人` or `1千余人` does (B3 told `近万人` it had no
unit). Only with 近, 约, 逾 or 超过 before it or 余 or 多 after it, where the 万 or 千 says one: a bare 万人 or 千家万户 is
words."""


def _frequency_spelt(text: str) -> bool:
    """Whether `text` in figures (`_as_target`) is a frequency whose count alone is spelt in Chinese numerals after a
    period in figures (`1年两次`, `2个月两次`: `1年2次`, `2个月2次`), which read as a length of 1 year or 2 months with
    the words 两次: lint said nothing of it, and diff compared no frequency. Read as words, B7 asks for the count in
    figures, and `parse(numerals=True)` reads the frequency, as it does `一年两次`."""
    read = _as_target(text, Kind.QUANTITY)
    return read is not None and times_a_year(read) is not None


def _spells_a_date(norm: str) -> bool:
    """Whether `norm` spells a year (`二〇二四年`), a month or a day (`十月`, `十日`) in Chinese numerals. Where the
    value in figures is a date or a count by one (`_dated_in_figures`), it is one spelt in words, whatever part is in
    figures: `6月十日内完成` is `6月10日内完成`, by 10 June, which lint asks to type so and `parse(numerals=True)` reads,
    not six months with the words 十日内完成; `6月十五日前完成2次检查` is two inspections by 15 June, not two numbers."""
    return years_in_figures(norm) != norm or any(_of_a_date(found) for found in SPELT.finditer(norm))


def _dated_in_figures(text: str) -> bool:
    """Whether `text` in figures (`_as_target`) is a date, or a count or amount done by one (`6月十五日前完成2次检查`
    is `6月15日前完成2次检查`, two inspections by 15 June: `Value.by`), where `_spells_a_date` finds the date spelt."""
    read = _as_target(text, Kind.DATE, Kind.QUANTITY)
    return read is not None and (read.kind is Kind.DATE or read.by is not None)


def _quantity(norm: str, text: str, found: re.Match) -> Value:
    """The QUANTITY of the number `found` in `norm`, with its comparator, unit and the words around it."""
    number, before = signed(found, norm[: found.start()])
    op, prefix = leading_op(before)
    done = DONE_BEFORE.search(prefix) if op is None else None
    if done:  # 年底前至少开展1次: the comparator before what is done is the count's, as `spelt_counts._compared` reads it
        op, before = leading_op(prefix[: done.start()])
        prefix = before + done.group(0) if op else prefix
    unit, suffix_op, suffix = unit_and_suffix(norm[found.end():])
    if suffix_op and before.endswith(_HELD_AT):
        op = suffix_op  # 控制在95%以上: where it is held, the 以上 says which way
    cap = DURATION_CAP.search(prefix) if op is None and unit in DURATIONS else None
    if cap:
        op, prefix = "≤", prefix[: cap.start()]  # 不晚于5天
    if unit is None and suffix.startswith("号") and RECURRING_MONTH.search(prefix):
        unit, suffix = "日", suffix[1:]  # 每月10号前: 号 the day of the month, as in a date (`value_dates.PRINTED`)
    monthly = op is None and not suffix_op and unit == "日" and RECURRING_MONTH.search(prefix)
    words, latest = after_lead(prefix) if monthly else (prefix, False)  # 不晚于每月10日 is 每月10日前
    by_day = done_by_then(suffix, latest) if monthly else None  # 每月10日前完成率: a rate, no deadline
    hedge = None
    if by_day:  # 每月10日前: by the tenth of each month (`recurring_deadline`); 每月10日前后: that deadline hedged
        op, (suffix, hedge), prefix = "≤", by_day, words
    count = unit.split("/", 1)[0] if unit else None
    opening = leading_op(prefix[:1])[0] if op is None and count in COUNT_UNITS else None
    words = prefix[len(opening or ""):]
    named = period_named(words) if count in COUNT_UNITS else None
    each = None if named is None or the_years_count(named, number) else named
    if named and not each and opening:  # ≥季度4次: the year's four, at least; the ≥ was left in its words
        op, prefix = opening, words
    elif each and count != unit:  # 每季度1次/2个月: two periods, no one frequency; the one after the count stays words
        unit, suffix_op, suffix = count, None, norm[found.end() + len(count):]
    elif each:  # 每季度至少1次, 党支部每月1次, 2个月1次: 1次/季度, 1次/月, 1次/2个月; ≥一个月1次: ≥1次/月
        op, prefix = op or opening, words[: each.start("each")] + words[each.end("each"):]
        unit = f"{unit}/{period_of(each)}"
    return Value(text, Kind.QUANTITY, op=op or suffix_op, number=number, unit=unit,
                 prefix=prefix.strip(TRIM_CHARS), suffix=suffix.strip(TRIM_CHARS), numbers=1, hedge=hedge)


_SPELT_MINUS = re.compile(SPELT_MINUS.pattern + "$")
"""`SPELT_MINUS` right before a number, as a range reads it (`value_ranges`)."""


def signed(found: re.Match, before: str) -> tuple[Decimal, str]:
    """(the number `found`, the words `before` it): negative after a minus in words (`_SPELT_MINUS`), which is then
    no word: `负5%` is −5%, as `-5%` is, where it read as 5% with the words 负, so that `负5%` → `-5%` was a target
    lowered and `负5%` → `负3%` one lowered too."""
    number = Decimal(found.group(0).replace(",", ""))
    minus = _SPELT_MINUS.search(before) if found.group(0)[0].isdigit() else None
    return (-number, before[: minus.start()]) if minus else (number, before)


def recurring_deadline(value: Value) -> bool:
    """Whether `value` is a deadline on a day of a month that comes round (`每月10日前`, `次月5日前`,
    `每季度首月15日前`: `value_dates.RECURRING_MONTH`), read as ≤ that day, whose number is the day of the month: a
    later day is a later deadline under any category, as `6月30日前` → `9月30日前` is. It had no comparator and read as
    10 days of no direction, and `每月10日前足额发放` → `每月15日前足额发放` was marked nowhere. A day of each week
    (`每周五前`: `_each_week_or_day`) is one too, its number the day's place in the week, and so is an hour of the day
    (`每天17点前`), its number the part of the day gone by then."""
    dated = value.kind is Kind.QUANTITY and value.op == "≤" and value.unit == "日"
    return dated and (RECURRING_MONTH.search(value.prefix) is not None or value.prefix in (WEEK, *DAY_WORDS.values()))


_MONTHS_END = Decimal(30)
"""The first day a recurring deadline names that is read as its month's end (`每月30日前` as `每月底前`): authors
write the 30th for it, a month reckoned at thirty days, and the day the two differ by in seven months of twelve is
no deadline moved; `每月底前` → `每月30日前` was told 时限提前. An earlier day is earlier in every month, or all but
February (`每月28日前`: `每月底前` → `每月28日前` is brought forward)."""


def in_period(value: Value) -> Value:
    """A recurring deadline (`recurring_deadline`) as the place in its period of the day it names: the month's place
    (`value_dates.month_in_period`) counted in months of `LAST_DAY` days, a day from the 30th on as the month's end
    (`_MONTHS_END`), and the words of the period in place of those of the month (`每季度首月15日前` is day 15 of
    每季度, `每季度末前` day 93), so that diff and D6 compare two months of one quarter (`每季度首月15日前` →
    `每季度末前` puts the deadline later, where the two months' words differed and nothing was compared) and read
    the 30th and the month's end as one day. Any other value as it is."""
    if not recurring_deadline(value):
        return value
    words, month = month_in_period(value.prefix)
    day = LAST_DAY if value.number >= _MONTHS_END else value.number
    return replace(value, prefix=words, number=(month - 1) * LAST_DAY + day)


def _frequency(norm: str, text: str, numbers: list[re.Match]) -> Value | None:
    """A count done once in each period of a length in figures (`1次/2个月`, `每2个月1次`): one frequency, `1次/2个月`,
    as `每两个月1次` is, the period's number saying how long the period is, not a second target; else None. Only where
    the count read alone takes the other number as its period (`times_a_year`) and keeps no number in its words."""
    if len(numbers) != 2:
        return None
    for count, period in (numbers, reversed(numbers)):
        read = _quantity(norm, text, count)
        length = period_length(read.per or "") if times_a_year(read) is not None else None
        if length and Decimal(period.group(0).replace(",", "")) == length and not NUMBER.search(read.prefix + read.suffix):
            return read
    return None


def _done_by_a_deadline(norm: str, text: str, count: re.Match) -> Value | None:
    """A count or an amount done by a deadline written before it (`6月底前完成2次检查`, `次年3月底前开展不少于3场培训`,
    `年底前完成2次检查`, `次年3月底前支付1万元`): one target, the count or the money, as a reviewer checks it (were
    two inspections done, was the money paid, by then?), its deadline `Value.by`, which lint's D7 and B9 and diff's
    时限推后 read as they read the deadline alone: a payment put into the next year is outside the budget year
    however its amount is written. Only a count (`COUNT_UNITS`) or money (`MONEY_UNITS`, its number as typed) after
    nothing but a deadline and what is done by then; None for anything else (`6月底前完成率≥95%`, `2024年开展3次`: no
    deadline; `6月底前完成2次，12月底前完成4次`: more numbers after)."""
    unit, _, suffix = unit_and_suffix(norm[count.end():])
    if unit not in COUNT_UNITS and unit not in MONEY_UNITS or NUMBER.search(suffix):
        return None
    _, head = leading_op(norm[: count.start()])
    head = head.strip(TRIM_CHARS)
    by = read_date(head, head) if head else None
    if by is None or by.kind is not Kind.DATE or not by.deadline:
        return None
    return replace(_quantity(norm, text, count), by=by)


_DATE_FIGURES = 4
"""The most numbers (`NUMBER`) a date's words hold: its year, month (or quarter) and day (`2024-12-31`, and `2024.6`,
`6.30` as `PRINTED` spells them), and the first month of a span (`2024年3-6月15日`), which `read_date` drops
(`MONTH_SPAN`). Neither the words before a date (`date_lead`) nor those after it with a spelt count (`DEADLINE`) hold one."""


def _counts_spelt_before_figures(norm: str, numbers: list[re.Match]) -> int:
    """How many counts the value spells in Chinese numerals (`spelt_counts`) where a deadline and such a count come
    before a number in figures (`年底前完成两次，每次50人`, `年底前完成一次，12月底前完成两次`): two targets, as
    `年底前完成2次，每次50人` is, not the last number with the rest as its words; else 0. Only after a deadline is a
    numeral known to count (`spelt_counts._done_count`), so a slogan before a figure (`年底前实现最多跑一次，满意度95%`) is words.

    Only the first numbers are asked (`_DATE_FIGURES`): `read_date` reads a deadline and a spelt count only where no
    figure follows the date, so every number before the one asked about lies in the date; reading the head before each
    number of a long text (targets listed on one line) made lint quadratic in its length."""
    for found in numbers[: _DATE_FIGURES + 1]:
        head = norm[: found.start()].strip(TRIM_CHARS)
        read = read_date(head, head) if head else None
        if read is not None and read.kind is not Kind.DATE:  # read_date reads a deadline and a spelt count so
            return spelt_counts(norm)
    return 0


def numerals_in_figures(text: str) -> str:
    """`text` with each number spelt in Chinese numerals before its unit, each year spelt before 年 (`二〇二四年`,
    year_digits) and each percentage, in digits. Where the date alone in figures makes the value a date, only the
    date is: `次年三月底前落实四个全面` is `次年3月底前落实四个全面`, its 四个全面 a slogan's as `年底前落实四个全面`'s is
    (`spelt_counts`), no count to write 4."""
    def figures(found: re.Match) -> str:
        number = chinese_number(found.group(1))
        return found.group(1) if number is None else str(number)

    text_with_years = years_in_figures(in_digits(text) or text)
    dated = SPELT.sub(lambda found: figures(found) if _of_a_date(found) else found.group(0), text_with_years)
    if dated != text and _parse(dated, DEFAULT_GRADES).kind is Kind.DATE:
        return dated
    return SPELT.sub(figures, text_with_years)


def _of_a_date(numeral: re.Match) -> bool:
    """Whether a numeral `SPELT` found is a date's month or day (三月, 三十日), not a count of months (三个月)."""
    return numeral.string.startswith(("月", "日"), numeral.end())


def _as_target(text: str, *kinds: Kind) -> Value | None:
    """What `text` reads as with its Chinese numerals in figures (`十八次` as `18次`), when that number and its
    unit end it as a target's do (`不少于十八次`, `十八次以上`, `百分之九十五`, `十月底前`, `两千人次`), or it is a
    date (`二〇二四年12月`); else None, also when it reads as none of `kinds` (when given). A number with words after
    it (`一次性补助`, `十八次培训活动`) may be no target's, and is not read, but for a time within which something is
    done (`十日内完成`, `十五个工作日内办结`: a duration, ≤10日, as `10日内办结` is; not a rate, `十日内完成率`), and
    a hedge after the number (`两次左右`, `十次上下`: `AROUND`), which is `2次左右` hedged, no words: B7 asks for the
    figures, where it told the author `两次左右` was no checkable target, and diff called `3次` → `两次左右` one; and
    but for a frequency (`1年两次活动`, `每年两次活动`: `times_a_year`), read as `1年2次活动` is, twice a year, where
    `1年两次活动` read as a length of 1 year with the words 两次活动: a period before the count says it is how often."""
    figures = numerals_in_figures(text)
    if figures == text:
        return None
    read = _parse(figures, DEFAULT_GRADES)
    within = read.op == "≤" and read.unit in TIME_UNITS and END_DONE.match(read.suffix) is not None
    hedged = AROUND.fullmatch(read.suffix) is not None
    target = read.kind is Kind.DATE or read.kind is Kind.QUANTITY and (
        not read.suffix or read.by is not None or within or hedged or times_a_year(read) is not None)
    return read if target and (not kinds or read.kind in kinds) else None


def in_figures(text: str) -> str | None:
    """`text` as the author should type it, where it spells its number in Chinese numerals: the target's number
    in figures (`十八次` → `18次`, `不少于十二场` → `不少于12场`, `十月底前` → `10月底前`, `两千人次` → `2000人次`,
    `二〇二四年底前` → `2024年底前`), or
    a percentage anywhere in digits (`百分之九十五的群众满意` → `95%的群众满意`, as `in_digits`); None when it spells
    neither, and for a value `parse` reads as a date whatever numerals its words hold (`年底前落实四个全面`: a slogan
    after a deadline, no number to type; spelt after one, only its date: `次年三月底前落实四个全面` →
    `次年3月底前落实四个全面`). Lint's B7 tells the author these figures; `parse(numerals=True)` reads the same number."""
    if _parse(text, DEFAULT_GRADES).kind is Kind.DATE:
        return None
    read = _as_target(text)
    return read.text if read else in_digits(text)


def measurable(value: Value) -> bool:
    """Whether a reviewer can check `value`: anything but words and a blank (lint's B6; diff's 目标不可衡量), where
    words that spell a number in Chinese numerals (`十八次`, `百分之九十五的群众满意`, `一千五次`) are a number badly
    written, which B7 asks to put in figures, not words. The same for a value read with `numerals` or without."""
    if value.kind is Kind.TEXT:
        return in_figures(value.text) is not None or spells_large_number(value.text)
    return value.kind is not Kind.EMPTY


def _spelt(value: Value) -> Value:
    """A value of words read for the number its Chinese numerals spell, where they spell a target's (`_as_target`);
    a date without figures and a count spelt after it (`年底前完成两次检查`, two numbers: `read_date`) read as its
    figures do (`年底前完成2次检查`, the count done by the year's end), so that `年底前完成3次检查` → `年底前完成两次检查`
    is a count lowered, as typed in figures."""
    if value.kind is Kind.UNPARSEABLE:
        read = None if NUMBER.search(normalise(value.text)) else _parse(numerals_in_figures(value.text), DEFAULT_GRADES)
    else:
        read = _as_target(value.text)
    return value if read is None else replace(read, text=value.text)


def parse(text: str | None, grades: frozenset[str] = DEFAULT_GRADES, numerals: bool = False) -> Value:
    """Read one printed indicator value; never raises, never changes `text`.

    With `numerals`, words that spell a number in Chinese numerals read as that number (`十八次` as 18 次),
    as diff compares two drafts; lint leaves it off, since a target so written has no figure a budget system
    can store, and B7 tells the figures to type (`in_figures`)."""
    value = _parse("" if text is None else str(text), grades)
    return _spelt(value) if numerals and value.kind in (Kind.TEXT, Kind.UNPARSEABLE) else value
