"""YEAR-FILE-NAME: the budget year agrees with the year in the spec's file name.

`jixiao new` names a spec `单位-年度.yaml`, and next year's spec is this year's copied: when only the
file name was changed, every check passed against the old `year`, and the form printed last year on
this year's file. A file name with one year in it (four digits standing alone, 1900–2099) is taken to
say which year the spec is for; a name with none, or with several (`2021-2025规划`), says nothing.
The years are the centuries a year is written in, wider than the budget years the schema takes (2000–2100,
`spec_year.BUDGET_YEARS`): a name with a year mistyped (`某单位-1924.yaml`) still disagrees with the spec's year and
is told; other four digits in a name (a unit's code `3301`) are no year.
Pass: `year: 2025` in 某单位-2025.yaml, or in gz.yaml.  Fail: `year: 2024` in 某单位-2025.yaml.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..problems import Problem, Severity
from ..spec_year import budget_year, named_year

ID = "YEAR-FILE-NAME"


def check(ctx) -> Iterator[Problem]:
    year = budget_year(ctx.data)
    if year is None:
        return
    name, named = Path(ctx.path).name, named_year(ctx.path)
    if named is None or named == year:
        return
    line, column = ctx.locate(("year",))
    yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                  f"预算年度（year）是 {year}，文件名“{name}”写的却是 {named} 年：两者有一个写错了。"
                  f"这是 {named} 年的规格就把 year 改成 {named}（由上一年度的规格开始新年度请用 jixiao new --from，"
                  f"它把年度和文字中的年份一起改好）；是 {year} 年的规格就把文件改名")
