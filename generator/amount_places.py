"""How many decimals a form's amounts are written with, so one typed with fewer or more can be told the form's way.

An amount keeps the precision its author typed (`0` prints 0, `1.5` prints 1.5, `12.345` prints 12.345): jixiao
never rounds or pads money. A form whose other amounts read 0.00 and 7.24 then prints a bare 0 or 1.5 beside them,
or a third decimal none of its other amounts has, which the author did not mean. Lint's C8 says so both ways (the
extra decimal most likely a slip; a whole 0 or 3 it leaves, as paper forms print round sums so) and never changes the
value; a hint that corrects a mistyped amount (`1.5万`)
writes its digits with the form's decimals (1.50), never other digits. An amount typed in 元 is told in 万元 with the
decimals it needs (`in_wan`): by import, which reads it so, and by lint's C10, which asks the clerk to.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Iterator

from . import datapath
from .load import leaves
from .rules.budget_sum import EXACT
from .typed_numbers import is_number
from .value_kinds import SHIFTS

if TYPE_CHECKING:
    from .schema_store import SchemaStore

AMOUNT = "defs.schema.json#/$defs/amount"
"""The shared definition every money field of every form refers to."""
SMALL = Decimal(1000)
"""Below this, an amount is not a budget line in 元 (under 0.1 万元): amounts said to be in 元 all below it were typed in
万元 (amounts_in_yuan), and an amount in 元 is at least this (lint's C10)."""


def amounts(store: SchemaStore, schema_file: str, data: Any) -> Iterator[tuple[tuple, int | Decimal]]:
    """(path, value) of every amount written as a number in `data`; an amount's schema is looked up once for
    all the items of a list."""
    known: dict[str, bool] = {}
    for path, value in leaves(data):
        if is_number(value):
            where = datapath.pattern(path)
            if where not in known:
                known[where] = store.refers_to(schema_file, path, AMOUNT)
            if known[where]:
                yield path, value


def beside(found: list[tuple[tuple, int | Decimal]], path: tuple) -> list[int | Decimal]:
    """The amounts (of `amounts`) the one at `path` is read beside: the same field of the list's other items (the
    other tasks' 拟投入的资金); what tells a slip's likelier reading. None for a field of no list: a total (全年
    基本支出 4105.71) is rightly many times the spec's other amounts, and reading it beside them told `4,105` to
    be 41.05."""
    return [value for at, value in found if at != path and datapath.pattern(at) == datapath.pattern(path)]


def places(amount: int | Decimal) -> int:
    """The decimals an amount was typed with: 2 for 7.24 and 0.00, 0 for 13."""
    exponent = amount.as_tuple().exponent if isinstance(amount, Decimal) else 0
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def usual_places(found: list[int | Decimal]) -> int | None:
    """The decimals most of the amounts are written with, when two or more share it and no other count of
    decimals is as common; None otherwise (the form has no way of its own to follow)."""
    counted = Counter(map(places, found)).most_common(2)
    if not counted or counted[0][1] < 2 or (len(counted) > 1 and counted[1][1] == counted[0][1]):
        return None
    return counted[0][0]


def padded(digits: str, wanted: int | None) -> str:
    """`digits` (a plain number as typed) with zeros added up to `wanted` decimals: 1.5 → 1.50, 0 → 0.00.
    Never fewer decimals than typed, so the amount is the one typed."""
    whole, _, fraction = digits.partition(".")
    if wanted is None or len(fraction) >= wanted:
        return digits
    return f"{whole}.{fraction.ljust(wanted, '0')}"


def in_wan(amount: Decimal, unit: str = "元") -> Decimal:
    """An amount in 元 (or another of SHIFTS) as 万元: divided exactly by 10 to the unit's shift (10000 for 元, 10 for
    千元), then written with the fewest decimals that keep every digit, though with as many as were typed, up to two.

    Only the exponent moves, so nothing is rounded and no float is involved: 610850 → 61.085, 6108500 →
    610.85, 1234567.89 → 123.456789. Kept to the places the division gives, 610850.00 元 would be 61.085000,
    precision nobody typed (the .00 of an amount in 元 are its 分, not six places of 万元); cut to the fewest,
    610850 is 61.085 and 6100000 is 610. An amount typed with decimals keeps two at least, as the form's 万元
    are written (610.00, 0.00 beside 78.56): the clerk who typed 0.00 元 wrote a zero of the form's layout."""
    exact = amount.scaleb(-SHIFTS[unit], EXACT)
    typed = max(0, min(2, -amount.as_tuple().exponent))
    needed = max(0, -exact.normalize(EXACT).as_tuple().exponent)
    return exact.quantize(Decimal(1).scaleb(-max(typed, needed)), context=EXACT)
