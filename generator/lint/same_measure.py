"""Whether two values of one indicator measure the same thing, and which two numbers to compare if so.

`diff` asks it of a value before and after an edit (`weakening`: is the new target lower?), lint's D6 of a
target and last year's (`prior_value`); one judgment, so the two never disagree on whether a number went down.
A value's words say what its number is of (`开展台胞活动5次以上`, `及时率≥95%`), but the indicator's name says
that already, so words are often written on one side only (`开展台胞活动5次以上` → `≥3次`, `98%以上` →
`及时率≥95%`): words on one side only, or words on both sides taken from the name (`满意度` and `台胞满意度` under
台胞满意度), are the same measure. So are words that agree in the clause next to the number, an earlier clause
dropped or added (`机关运作通畅，日常事故故障发生数2次以下` → `日常事故故障发生数≤3次`). Words of their own
on both sides that differ (`游客满意度` and `台胞满意度`), or the name's words on one side and words of its own on
the other (`满意度` and `企业满意度` under 满意度), are two measures, and so are two units that are not both money
(`5次` and `5个`, `90%` and `90人`): their numbers are not compared. Nor is a count in a period with one for the
year (`≥12次` and `每月1次以上`, `每期≥50人` and `≥30人`), though the words of the period are on one side only, nor a
floor with a cap (`≥90%` and `投诉率≤5%`): a measure to raise and one to keep low, or a comparator slipped, neither
lower.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, NamedTuple

from . import terms
from ..values import Kind, Value

_FLOOR, _CAP = {"≥", ">"}, {"≤", "<"}
_CLAUSE = re.compile(r"[。；;，,\n]+")
_PERIOD = re.compile(r"每半年|每[年月周日天期场次]|每季度?|[年月周日]均")
"""Words that make a number a frequency or a number per time (每月2次, 月均3场, 每期50人, 每半年1次), not one for
the year."""


class Compared(NamedTuple):
    """The two numbers of one measure (in 万元 for money), and the measure: the name and the words that say it."""

    old: Decimal
    new: Decimal
    measure: str


def compared(name: Any, before: Value, after: Value) -> Compared | None:
    """The numbers of `before` and `after` to compare, with what they measure (the indicator's name and the words
    written before the number, the new value's where it has any, for `terms.lower_is_better`); None where the two
    are not quantities of one measure in one unit (or two money units: `11.9万元` and `150000元`)."""
    ops = {before.op, after.op}
    if before.kind is not Kind.QUANTITY or after.kind is not Kind.QUANTITY or ops & _FLOOR and ops & _CAP:
        return None
    own = terms.fold(str(name or ""))
    if not (_same_words(_last(before.prefix), _last(after.prefix), own)
            and _same_words(_first(before.suffix), _first(after.suffix), own)):
        return None
    numbers = _numbers(before, after)
    return Compared(*numbers, own + (after.prefix or before.prefix)) if numbers else None


def _numbers(before: Value, after: Value) -> tuple[Decimal, Decimal] | None:
    if before.unit == after.unit:
        return before.number, after.number
    if before.money is not None and after.money is not None:
        return before.money, after.money
    if before.unit_cost is not None and after.unit_cost is not None and before.per == after.per:
        return before.unit_cost, after.unit_cost
    return None


def _same_words(before: str, after: str, name: str) -> bool:
    """Whether two values' words next to the number say one measure: the same, none on one side, or both sides'
    taken from the name (`台胞满意度` and `满意度` under 台胞满意度), and both of one period. Words of the name on one
    side and words of its own on the other (`满意度` and `企业满意度` under 满意度, `宣传资料` and `海报` under
    宣传资料发放数量) are two measures."""
    if _PERIOD.findall(before) != _PERIOD.findall(after):
        return False
    return not before or not after or before == after or (before in name and after in name)


def _last(prefix: str) -> str:
    """The clause right before the number: what it is a number of."""
    return _CLAUSE.split(prefix)[-1]


def _first(suffix: str) -> str:
    return _CLAUSE.split(suffix)[0]
