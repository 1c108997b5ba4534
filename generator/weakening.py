"""Whether an edited indicator value asks for less: the change a finance-bureau reviewer most needs to catch.

A bound says which way is better by itself: under a floor (`≥98%`, `5次以上`) a lower number is easier to
reach, under a cap (`≤11.9万元`, `差错率≤1%`) a higher one, and a later deadline (`6月底前` → `10月底前`) gives
more time. `diff` marks such an edit only when that is certain: both values parse (`values.parse`) to bounds
of the same direction and unit, about the same thing (the same words before the number and after the unit),
and the comparator agrees with what the indicator measures as lint reads it (`terms.lower_is_better`): a cap
on a satisfaction rate (`满意度≤90%`) is a slip of the comparator, and raising it says nothing for sure.
An exact value (`100%`, no comparator, or `=`) turned into a bound that it no longer reaches (`≥95%`) is
marked too: every result the old target accepted, and more, now passes. Two values without a comparator
(`18次` → `12次`: whether fewer is easier depends on what is counted), or of another kind, are a plain change.
"""
from __future__ import annotations

import calendar
from typing import Any

from .lint import terms
from .values import Kind, Value, parse

LOWER_TARGET = "目标降低"
HIGHER_COST_CAP = "成本上限提高"
HIGHER_CAP = "目标放宽"
LATER_DEADLINE = "时限推后"
WORDS = (LOWER_TARGET, HIGHER_CAP, HIGHER_COST_CAP, LATER_DEADLINE)  # in the order a summary counts them
_FLOOR, _CAP = ("≥", ">"), ("≤", "<")
_EXACT = (None, "=")
"""A value met exactly (`100%`, `=18次`): a bound below it (`≥95%`) or above it (`≤20次`) asks less of the unit."""


def weakening(name: Any, old: Any, new: Any, old_year: Any, new_year: Any) -> str | None:
    """The word for an edit of an indicator's value that makes its target easier to meet, else None.

    `name` is the indicator's name; the years are each side's budget year, which deadlines written
    with a year are read against (next year's spec moves 2024年6月底前 to 2025年6月底前, no later)."""
    before, after = parse(_text(old)), parse(_text(new))
    if before.kind is Kind.DATE and after.kind is Kind.DATE:
        return _later_deadline(before, after, old_year, new_year)
    if before.kind is not Kind.QUANTITY or after.kind is not Kind.QUANTITY:
        return None
    if (before.unit, before.prefix, before.suffix) != (after.unit, after.prefix, after.suffix):
        return None
    lower = terms.lower_is_better(terms.fold(str(name or "")) + after.prefix)
    if before.op in _FLOOR + _EXACT and after.op in _FLOOR and lower is not True and after.number < before.number:
        return LOWER_TARGET
    if before.op in _CAP + _EXACT and after.op in _CAP and lower is not False and after.number > before.number:
        return HIGHER_COST_CAP if after.money is not None or after.unit_cost is not None else HIGHER_CAP
    return None


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, (dict, list)) else str(value)


def _later_deadline(before: Value, after: Value, old_year: Any, new_year: Any) -> str | None:
    ends = _end(before, old_year), _end(after, new_year)
    return LATER_DEADLINE if None not in ends and ends[1] > ends[0] else None


def _end(value: Value, budget_year: Any) -> tuple[int, int, int] | None:
    """A deadline's last day as (years after the budget year, month, day): `6月底前` is the 30th of June,
    `2024年内` the 31st of December. None for a date that is no deadline or a spec without a year."""
    if not value.deadline or not isinstance(budget_year, int) or isinstance(budget_year, bool):
        return None
    year, (_, month, day) = value.year(budget_year), value.date
    month = month or 12
    return year - budget_year, month, day or calendar.monthrange(year, month)[1]
