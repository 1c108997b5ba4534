"""What to write for a date that is not one as the forms write it: the date its digits make, or what it lacks.

A date field typed as bare digits (`filled_date: 20220105`, `2022.01`, an Excel serial `44566`) was told to be
quoted (`"20220105"`), and then that it was no full date: following the first message only led to the second.
These say instead which date the digits make, in the form DATE-YEAR takes (`2022年1月5日`), or what is missing
(the day of `2022.01`); and a date that is no day of the calendar (`2022年2月30日`) is told why (2月 has 28 days that
year) and which days the month has. Digits of a year the form is not filled in (`20200105` in a 2022 spec) are told
that too, with dates of the years DATE-YEAR takes, or the date offered as typed is refused by it on the next run. Both
the schema's type error (a number) and DATE-YEAR (the same digits quoted) say the same words.
"""
from __future__ import annotations

import calendar
import datetime
import re
from typing import Callable

from .spec_year import BUDGET_YEARS
from .year_digits import calendar_year

_DAY = re.compile(r"(\d{4})\.?(\d{2})(\d{2})")
"""Year, month and day in digits alone: `20220105`, `2022.0105` (a number; `2022.1.5` is a date DATE-YEAR reads)."""
_PUNCTUATED = re.compile(r"(\d{4})\s*[,，。、]\s*(\d{1,2})\s*[,，。、]\s*(\d{1,2})\s*[日号]?")
"""Year, month and day parted by a comma or the input method's 。 or 、 (`2022,3,1`, `2022。3。1`): DATE-YEAR reads
only 年月日, - / and . as a date's marks."""
_MONTH = re.compile(r"(\d{4})\s*(?:[.\-/,，。、]\s*(\d{1,2})|(\d{2})|年\s*(\d{1,2})\s*月?)")
"""Year and month without a day: `2022.01`, `2022.1`, `202201`, `2022-01`, `2022年1月`, and parted as _PUNCTUATED parts
a date (`2022,3`), which was offered nothing where `2022,3,1` was offered its date."""
_YEAR = re.compile(r"(\d{4})\s*年?")
_MONTH_DAY = re.compile(r"(\d{2})(\d{2})")
"""Month and day without the year (`0105`, `1231`): four digits that are no year a form is dated in."""
_EXCEL_EPOCH = datetime.date(1899, 12, 30)
"""Excel's day 0 as its serial numbers count (day 60 is the 1900-02-29 Excel believes in; later days are right)."""


def date_fix(typed: str, budget_year: int | None, written: Callable[[int, int, int], str]) -> str | None:
    """The words for a date field holding `typed`, digits that are no date as the forms write one: the date they make
    (`20220105` → 请写成 2022年1月5日), or what is missing (`2022.01` lacks the day, `0105` the year, which the spec's
    `budget_year` gives where known); None for anything else. The dates offered to write are `written(year, month,
    day)`: as the field's form prints one (`schema_store.date_example`), 2022 年 1 月 5 日 on a form whose dates are spaced."""
    text = typed.strip().strip("\"'").strip()
    found = _DAY.fullmatch(text) or _PUNCTUATED.fullmatch(text)
    if found and calendar_year(found[1]):
        return _day_fix(text, int(found[1]), int(found[2]), int(found[3]), budget_year, written)
    found = _MONTH.fullmatch(text)
    if found and calendar_year(found[1]) and 1 <= int(found[2] or found[3] or found[4]) <= 12:
        year, month = int(found[1]), int(found[2] or found[3] or found[4])
        reached = "" if text.replace(" ", "") == f"{year}年{month}月" else f"只写到 {_month_written(written, year, month)}，"
        years = _years_instead(year, budget_year)
        if years:
            return (f"“{text}”{reached}缺少日，而且 {_out_of_year(year, budget_year)}；请补上是哪一日并核对年份，"
                    f"写成 {_some_day(written, years[-1], month)} 这样的完整日期，如 {written(years[-1], month, 15)}")
        return (f"“{text}”{reached}缺少日；请补上是哪一日，"
                f"写成 {_some_day(written, year, month)} 这样的完整日期，如 {written(year, month, 15)}")
    found = _YEAR.fullmatch(text)
    if found and calendar_year(found[1]):
        year = int(found[1])
        years = _years_instead(year, budget_year)
        if years:
            return (f"“{text}”只写了年份，缺少月和日，而且 {_out_of_year(year, budget_year)}；"
                    f"请写成完整日期并核对年份，如 {written(years[-1], 1, 5)}")
        return f"“{text}”只写了年份，缺少月和日；请写成完整日期，如 {written(year, 1, 5)}"
    found = _MONTH_DAY.fullmatch(text)
    if found:
        return _without_year(text, int(found[1]), int(found[2]), budget_year, written)
    day = _EXCEL_EPOCH + datetime.timedelta(days=int(text)) if text.isdecimal() and len(text) == 5 else None
    years = filled_years(budget_year) if budget_year else BUDGET_YEARS
    if day and day.year in years:  # said once, as the form writes it: `即 {date}；…写成 {date}` said it twice
        date = written(day.year, day.month, day.day)
        return f"“{text}”像是 Excel 里日期的序号（单元格格式丢了）；请按表上的写法写成 {date}"
    return None


def _month_written(written: Callable[[int, int, int], str], year: int, month: int) -> str:
    """`2022年1月`, a month as `written` spaces its dates (`2022 年 1 月` on a form whose dates are spaced)."""
    return re.sub(r"\s*\d+\D*$", "", written(year, month, 15))


def _some_day(written: Callable[[int, int, int], str], year: int, month: int) -> str:
    """`2022年1月几日`, a day of the month left to the clerk, spaced as `written` spaces its dates."""
    return re.sub(r"\d+(?=\D*$)", "几", written(year, month, 15))


def _day_fix(text: str, year: int, month: int, day: int, budget_year: int | None,
             written: Callable[[int, int, int], str]) -> str:
    """The words for `text`, whose digits make year-month-day but not as forms write a date: the date, or why it is
    no day or out of the years the form is filled in."""
    reason = not_a_day(year, month, day)
    said = f"“{text}”读作 {year} 年 {month} 月 {day} 日"
    years = _years_instead(year, budget_year)
    if reason and years:
        return (f"{said}，但{reason}，而且 {_out_of_year(year, budget_year)}；{what_to_check(years[-1], month)}，"
                f"年份写 {' 或 '.join(map(str, years))}")
    if reason:
        return f"{said}，但{reason}；{what_to_check(year, month)}"
    if years:
        offered = " 或 ".join(written(other, month, day) for other in years if not not_a_day(other, month, day))
        return (f"{said}，{_out_of_year(year, budget_year)}；请核对年份，"
                + (f"按表上的写法写成 {offered}" if offered else f"写成 {' 或 '.join(map(str, years))} 年内的日期"))
    return f"“{text}”应按表上的写法写成 {written(year, month, day)}"  # said once: `读作 {date}；…写成 {date}` said it twice


def _years_instead(year: int, budget_year: int | None) -> tuple[int, ...]:
    """The years a date of `year` may be written in instead, when `year` is not one a form for `budget_year` is filled
    in (see filled_years); none when it is, or the budget year is not known. The digits' date offered as typed was
    then refused by DATE-YEAR on the next run: the author mended the date twice."""
    if budget_year is None or year in filled_years(budget_year):
        return ()
    return filled_years(budget_year)


def _out_of_year(year: int, budget_year: int) -> str:
    """`2021 年与预算年度 2023 不符，应在 2022 年或 2023 年内`, in DATE-YEAR's words for a date out of the year."""
    earlier, later = filled_years(budget_year)
    return f"{year} 年与预算年度 {budget_year} 不符，应在 {earlier} 年或 {later} 年内"


def filled_years(budget_year: int) -> tuple[int, int]:
    """The years a form for `budget_year` may be filled in (the year before, when targets are set, or the year
    itself): DATE-YEAR's check, and the only serials offered as a date, so an offered date passes it."""
    return budget_year - 1, budget_year


def _without_year(text: str, month: int, day: int, budget_year: int | None,
                  written: Callable[[int, int, int], str]) -> str | None:
    """`0105` (no year a form is dated in): a month and a day whose year is missing, dated in the budget year where
    it is known; None when the digits are no month and day either."""
    year = budget_year or 2000  # without the budget year, 2月29日 is a day of some year
    if not 1 <= month <= 12 or budget_year is None and not_a_day(year, month, day):
        return None
    said = f"“{text}”读作 {month} 月 {day} 日，缺少年份"
    reason = not_a_day(year, month, day)
    if reason:
        return f"{said}，而且{reason}；{what_to_check(year, month)}"
    if budget_year is None:
        return f"{said}；请在前面补上年份，写成完整日期：某年{month}月{day}日"
    return f"{said}；请补上年份，写成完整日期，如 {written(budget_year, month, day)}"


def what_to_check(year: int, month: int) -> str:
    """What to check in a date that is no day: the month, or the day between the month's first and last (DATE-YEAR
    says the same of a date written with 年月日)."""
    if not 1 <= month <= 12:
        return "请核对月份"
    return f"请核对日期，应在 {year}年{month}月1日–{year}年{month}月{calendar.monthrange(year, month)[1]}日 之间"


def not_a_day(year: int, month: int, day: int) -> str | None:
    """Why year-month-day is no day of the calendar (没有 13 月; 2022年2月只有 28 天…), or None when it is one."""
    if not 1 <= month <= 12:
        return f"没有 {month} 月，月份在 1–12 之间"
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    if day < 1:
        return "日从 1 日起"
    leap = ("（闰年）" if days == 29 else f"（{year} 年不是闰年）") if month == 2 else ""
    return f"{year}年{month}月只有 {days} 天{leap}，没有 {day} 日"
