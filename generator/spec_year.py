"""The spec's budget year (`year`) as every reader of it takes it: a whole number, or no year at all.

A year is read to move texts to the next year, compare a spec with last year's, check dates and the file name
against it. Each reader once asked for itself whether `year` was an int and not true/false (which Python counts as
an int, so `year: true` would have been the year 1); a year typed otherwise (`"2024"`, `2024.0`, true) is the
schema's to refuse, and to every reader here it is no year.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

BUDGET_YEARS = range(2000, 2101)
"""The budget years the forms' schemas take (`year`'s minimum and maximum in defs.schema.json), which `--year` takes
too and an Excel date serial is looked for in when the spec's year is not known. Narrower than a date's calendar year
(`year_digits.calendar_year`, 1900–2100): a date may lie outside any budget year and still be told which day it is."""


_NAMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year in a file's name: four digits standing alone, 1900–2099, wider than BUDGET_YEARS so that a mistyped one
(`某单位-1924.yaml`) still names a year; other four digits in a name (a unit's code `3301`) are no year."""


def named_year(path: str | Path) -> int | None:
    """The one year a spec's file name names (某单位-2025.yaml: 2025); None for a name with none, or with several
    (`2021-2025规划`), which says nothing of the spec's year. YEAR-FILE-NAME holds `year` to it, and a spec lacking
    `year` is told to write it."""
    found = {int(text) for text in _NAMED.findall(Path(path).stem)}
    return found.pop() if len(found) == 1 else None


def as_year(value: Any) -> int | None:
    """`value` as a budget year: the int typed, None for anything else (true/false, a text, a decimal, nothing)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def budget_year(data: Any) -> int | None:
    """The budget year of a spec's data (`as_year` of its `year`); None for data that is no mapping."""
    return as_year(data.get("year") if isinstance(data, dict) else None)
