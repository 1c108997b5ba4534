"""Which texts of a spec move on with its budget year: the one rule `new --from` writes by and `diff` reads by.

`new --from` moves the source year in these texts (`rollover.Roller.roll`); `diff` leaves out a change that is that move
and nothing else, and names the texts of next year's spec still of the old year (`diff_last_year.unrolled`). Each once
restated the rule, and they differed: a 填表日期 moved on a year by hand (2022年1月5日 → 2023年1月5日) was left out of
diff as the year moved, though new --from never moves it. Not moving: 上年指标值, last year's target as it was written,
and a date field (schema `x-jixiao-kind: date`, 填表日期), the day the form is filled in, which new --from leaves to be
filled in again (`rollover`) and which may well fall in the year before the budget year. In a target (an indicator
value) a clause that reads as past moves too (`year_mentions.moved_years`): it says what is to be done by then.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from . import datapath
from .lint.config import PRIOR_VALUE, value_columns
from .load import iter_strings
from .variants import Variant


def is_date(schema: dict) -> bool:
    """Whether a field's schema is the shared date definition (填表日期)."""
    return schema.get("x-jixiao-kind") == "date"


def target_paths(variant: Variant, data: Any) -> set[tuple]:
    """The paths of every indicator row's value columns (lint's `lint.values`): the targets."""
    keys = [column["key"] for column in value_columns(variant.profile)]
    return {where + (i, key) for table in variant.indicator_tables
            for where, rows in datapath.find(data, table["path"])
            for i, row in enumerate(rows if isinstance(rows, list) else []) if isinstance(row, dict)
            for key in keys}


def rolled_texts(data: Any, targets: set[tuple], schema: Callable[[tuple], dict]) -> Iterator[tuple[tuple, str, bool]]:
    """(path, text, whether it is a target) of each text in `data` that moves on with the year; `targets` as
    `target_paths` gives them, `schema(path)` the field's schema."""
    for path, value in iter_strings(data):
        if path[-1] != PRIOR_VALUE and not is_date(schema(path)):
            yield path, value, path in targets
