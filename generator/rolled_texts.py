"""Which texts of a spec move on with its budget year, and which years in each: the one rule `new --from` writes by
and `diff` reads by.

`new --from` moves the years in these texts (`rollover.Roller.roll`); `diff` leaves out a change that is that move
and nothing else, and names the texts of a later year's spec still of the old year (`diff_last_year.unrolled`). Each
once restated the rule, and they differed: a 填表日期 moved on a year by hand (2022年1月5日 → 2023年1月5日) was left out of
diff as the year moved, though new --from never moves it; and one new --from did move, in a form whose dates cannot
hold the placeholder, diff listed as a change of its own. A text moves the budget year on ({2022: 2023}). Not moving:
上年指标值, last year's target as it was written, and a date field (schema `x-jixiao-kind: date`, 填表日期), the day
the form is filled in, which new --from leaves to be filled in again (`rollover`) and which may well fall in the year
before the budget year. A date field whose schema does not take the placeholder (a unit's own form with a pattern for
dates) is moved on instead, the year before the budget year with it ({2022: 2023, 2021: 2022}). In a target (an
indicator value) a clause that reads as past moves too (`year_mentions.moved_years`): it says what is to be done by
then.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

from .lint.config import PRIOR_VALUE, value_columns
from .load import iter_strings
from .placeholder import PLACEHOLDER
from .schema_store import is_date
from .variants import Variant


def target_paths(variant: Variant, data: Any) -> set[tuple]:
    """The paths of every indicator row's value columns (lint's `lint.values`): the targets."""
    keys = [column["key"] for column in value_columns(variant.profile)]
    return {where + (key,) for where, _ in variant.indicator_rows(data) for key in keys}


def rolled_texts(data: Any, targets: set[tuple], schema: Callable[[tuple], dict], registry: Any,
                 moved: dict[int, int]) -> Iterator[tuple[tuple, str, bool, dict[int, int]]]:
    """(path, text, whether it is a target, the years it moves) of each text in `data` that moves on with the year,
    the budget year moved as `moved` says ({2022: 2023}); `targets` as `target_paths` gives them, `schema(path)` the
    field's schema, `registry` the schemas its `$ref`s name."""
    dated = {**moved, **{old - 1: new - 1 for old, new in moved.items()}}
    for path, value, field, refilled in _fields(data, schema, registry):
        if path[-1] == PRIOR_VALUE or refilled:
            continue
        yield path, value, path in targets, dated if is_date(field) else moved  # a date: budget year or the one before


def refilled_dates(data: Any, schema: Callable[[tuple], dict], registry: Any) -> Iterator[tuple[tuple, str]]:
    """(path, text) of each date field `rolled_texts` does not move because its schema takes the placeholder: the
    dates `new --from` empties to be filled in again."""
    for path, value, _, refilled in _fields(data, schema, registry):
        if refilled:
            yield path, value


def _fields(data: Any, schema: Callable[[tuple], dict], registry: Any) -> Iterator[tuple[tuple, str, dict, bool]]:
    """(path, text, the field's schema, whether it is a date to be filled in again) of each text in `data`: the one
    place that tells a date left to be refilled from a text that moves."""
    for path, value in iter_strings(data):
        field = schema(path)
        yield path, value, field, is_date(field) and takes_placeholder(field, registry)


def takes_placeholder(field: dict, registry: Any) -> bool:
    """Whether a field's schema accepts the placeholder `new` writes for what must be filled in (a date field that
    does is left to be filled in again)."""
    import jsonschema

    return jsonschema.Draft202012Validator(field, registry=registry).is_valid(PLACEHOLDER)
