"""DATE-YEAR: dates agree with the spec's budget year.

- A date field (schema `date_text`, tagged `x-jixiao-kind: date`, e.g. 填表日期) must be a real date in the budget year or the
  year before (forms are filled in before the year starts).
  Pass: 2022年1月5日 in a 2022 spec.  Fail: 2021年13月5日; 2019年1月5日 in a 2022 spec.
- A full date inside an indicator value (a deadline such as 2024年12月31日前完成) must fall in
  the budget year and exist.  Fail: 2023年12月31日前完成 in a 2024 spec; 2024年2月30日前 (values.parse reads no
  date in it, and lint's B1 and B9 leave it to this rule, in every value column). Only the columns of one year or
  half a year are checked for the year: a column for the whole 实施周期 (profile `lint.values`, period `term`) may
  rightly name a later year.
- A date field's date in figures without 年月日 (2025/1/8, 2025-01-08, 2025.1.8), or with its 日 left off (2025年1月8),
  is printed as typed, though the forms and the field's description write 2025年1月8日: a warning offers that, located.
- A date field holding digits that are no date as forms write one (`"20220105"`, `"2022.01"`) is offered the date
  they make or told what they lack, as the schema says of the same digits unquoted; a date that is no day is told why
  (2022年2月只有 28 天) and which days the month has (date_fixes).
- A year in full-width digits or Chinese numerals (二〇二三年12月31日前) is read as one in ASCII digits
  (year_digits' shadow, where places are the text's), and quoted as written.
- A date field may be written all in Chinese numerals (二〇二二年一月五日, 一月零五日), as forms dated in the older
  official style are: it is printed as typed and is a complete date, so it is read and checked like 2022年1月5日. One
  that cannot be read so (二〇二二年元月五日) is told to be written in figures, not that it is incomplete; one that is
  also incomplete (二〇二二年一月) is told both at once, so that one edit mends it.
- A date field left empty (`""`, blanks, or quotes around nothing typed with the IME on: `“”`) is told so and what to
  write, as an empty name is: `填表日期：只写了一对引号（“”），不能为空；请填写填表日期，例如 2022年1月5日`, once (TEXT-QUOTES
  leaves it here, but says it in a spec the schema refused, which this rule waits out), not `应写成完整日期…实际是““””`.
"""
from __future__ import annotations

import re
from functools import partial
from typing import Iterator

from ..datapath import json_path
from ..chinese_numerals import chinese_number
from ..date_fixes import date_fix, filled_years, not_a_day, what_to_check
from ..placeholder import unfilled
from ..problems import Problem, Severity
from ..schema_store import date_example, is_date, nothing_visible
from ..schema_words import LEFT_EMPTY, field_fill_in
from ..spec_year import budget_year
from ..value_dates import date_exists
from ..wrapping_quotes import around_nothing, typed_empty
from ..year_digits import ascii_shadow

ID = "DATE-YEAR"
_DATE = re.compile(r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d|\s*月)\s*[日号]?")
"""A full date (`2024年12月31日`, `2024-12-31`, `2024.12.31`); not a year's span of months (`2025年1-3月`, whose 3 is a
month: D7 reads the span, and this rule quoted `2025年1-3` as the day 3 January)."""
_SPELT = "〇零一二三四五六七八九十"
"""The numerals a month or day is spelt with (十二月, 零五日). Not `chinese_numerals.NUMERALS`, which adds 两 百 千 (no
month or day is spelt with them), nor `year_digits.CHINESE_DIGITS` with 十, which adds the look-alike ○: `chinese_number`
reads no ○, so a date spelt with it would be matched here yet read as no date."""
_SPELT_DATE = re.compile(rf"(\d{{4}})\s*年\s*(\d{{1,2}}|[{_SPELT}]{{1,3}})\s*月\s*(\d{{1,2}}|[{_SPELT}]{{1,3}})\s*[日号]")
"""A date field's date with its month and day in Chinese numerals (its year is in the shadow's digits)."""
_SPELT_PART = re.compile(rf"[{_SPELT}]+\s*[年月日号]")
"""A part of a date in Chinese numerals: a date field holding one was meant as a date, only not in figures."""
_DAY_NAMED = re.compile(r"年.*月.*[日号]")
"""Year, month and day all named, though not all readable: the date is complete, only not in figures."""


def full_date(text: str) -> re.Match | None:
    """The first full date in `text` as this rule reads it, on the text's ASCII shadow (its places are the text's:
    quote `text[found.start():found.end()]`); None where there is none. Lint's D7 leaves such dates to this rule."""
    return _DATE.search(ascii_shadow(text))


def impossible_date(text: str) -> bool:
    """Whether `text` holds a full date that is no day of the calendar (`2024年2月30日前`): this rule reports it in an
    indicator value, so lint's B1 and B9, which read it as numbers, leave it alone."""
    found = full_date(text)
    return bool(found) and not _real(found)


def _field_date(text: str) -> re.Match | None:
    """The full date of a date field: in figures, as `full_date` reads one, or all in Chinese numerals."""
    found = full_date(text) or _SPELT_DATE.search(ascii_shadow(text))
    return found if found and None not in (_number(found.group(2)), _number(found.group(3))) else None


def _date_fields(ctx):
    """(path, text, node) of every field whose schema is the shared date definition, the node its schema there (whose
    description says how its form writes a date: `date_example`)."""
    schema_file = ctx.variant.schema_path.name
    for path, text in ctx.spec.texts():
        chain = ctx.store.chain(schema_file, path)
        if chain and is_date(chain[-1][1]):
            yield path, text, chain[-1][1]


def check(ctx) -> Iterator[Problem]:
    year = budget_year(ctx.data)
    if year is None:
        return
    year_where = f"预算年度 {year}（第 {ctx.locate(('year',))[0]} 行）"  # the line to fix when the year is what is wrong
    for path, text, node in _date_fields(ctx):
        example = date_example(node, year)  # as its form writes a date: A13 and the schema's type error say the same
        if unfilled(text):
            continue  # still “（请填写）”: build warns and lint lists it (A13), not a wrong date
        if nothing_visible(text) or around_nothing(text):  # `""`, `“”`: not filled in, not 应写成完整日期…实际是“”
            typed = "" if nothing_visible(text) else typed_empty(text)
            yield _problem(ctx, path, typed + "；".join(filter(None, [LEFT_EMPTY, field_fill_in(node)])))
            continue
        found = _field_date(text)
        problem = None
        if not found and _SPELT_PART.search(text) and _DAY_NAMED.search(text):
            problem = f"请用阿拉伯数字写日期，如 {example}，实际是“{text}”"
        elif not found and _SPELT_PART.search(text):
            problem = f"应写成完整日期，并用阿拉伯数字，如 {example}，实际是“{text}”"
        elif not found:
            fix = date_fix(text, year, partial(date_example, node))
            problem = f"应写成完整日期；{fix}" if fix else f"应写成完整日期，如 {example}，实际是“{text}”"
        elif not _real(found):
            problem = f"“{_written(text, found)}”不是有效日期：{_why_not_real(found)}"
        elif int(found.group(1)) not in filled_years(year):
            problem = f"日期“{_written(text, found)}”与{year_where}不符；应在 {year - 1} 年或 {year} 年内"
        if problem:
            yield _problem(ctx, path, problem)
        elif "年" not in _written(text, found) or not _written(text, found).endswith(("日", "号")):
            lacks = "少了“日”，" if "年" in _written(text, found) else ""  # 2022年3月1: its day reads as a bare number
            yield _problem(ctx, path, f"“{_written(text, found)}”{lacks}会照样印在表上；请按表上的写法写成 {_in_words(node, found)}",
                           Severity.WARNING)
    columns = _value_columns(ctx)
    for where, item in ctx.variant.indicator_rows(ctx.data):
        for key, in_year in columns.items():
            value = item.get(key)
            found = full_date(value) if isinstance(value, str) else None
            if found and not _real(found):
                yield _problem(ctx, where + (key,), f"期限“{_written(value, found)}”不是有效日期：{_why_not_real(found)}")
            elif found and in_year and int(found.group(1)) != year:
                yield _problem(ctx, where + (key,),
                               f"期限“{_written(value, found)}”不在{year_where}内；应为 {year} 年内的日期")


def _value_columns(ctx) -> dict[str, bool]:
    """The indicator value columns as lint reads them (profile `lint.values`), each with whether it covers the budget
    year or half of it: a date must be real in every column, and in the budget year in those."""
    columns = ctx.variant.profile.get("lint", {}).get("values") or [{"key": "value"}]
    return {c["key"]: c.get("period", "year") != "term" for c in columns}


def _written(text: str, found: re.Match) -> str:
    """The date as the author wrote it (二〇二三年12月31日), found on the text's shadow."""
    return text[found.start():found.end()]


def _real(found) -> bool:
    """Whether a full date found is a day of the calendar, as values.parse judges one."""
    return date_exists(int(found.group(1)), _number(found.group(2)), _number(found.group(3)))


def _why_not_real(found: re.Match) -> str:
    """Why a full date found is no day (2月 has 28 days that year) and what to write instead: `不是有效日期` alone left
    the author to guess which part was wrong."""
    year, month, day = int(found.group(1)), _number(found.group(2)), _number(found.group(3))
    return f"{not_a_day(year, month, day)}；{what_to_check(year, month)}"


def _number(written: str) -> int | None:
    """A month or day in figures (06) or Chinese numerals (十二, 零五 as 05 is written); None for numerals that spell
    no number (一〇)."""
    if written.isdigit():
        return int(written)
    if len(written) == 2 and written[0] in "零〇" and written[1] in "一二三四五六七八九":
        written = written[1]
    return chinese_number(written)


def _in_words(node: dict, found: re.Match) -> str:
    """A date written with - / or . (2025/1/8) as its form prints one and the date field asks: 2025年1月8日, or
    2025 年 1 月 8 日 where the form's dates are spaced (`date_example`)."""
    return date_example(node, int(found.group(1)), _number(found.group(2)), _number(found.group(3)))


def _problem(ctx, path: tuple, message: str, severity: Severity = Severity.ERROR) -> Problem:
    line, column = ctx.locate(path)
    return Problem(ctx.path, line, column, severity, ID, f"{ctx.field_name(path)}：{message}",
                   json_path(path))
