"""A range (`90%-95%`, `3至5次`) read as its floor and cap, and told apart from a span of the calendar (`2024-2025年`).

`values.parse` reads a range as no one target, two numbers, and lint's B1 asks for one; lint and diff still weigh
an edit of a range by the bound its measure points to, so its bounds are read here, from the value parsed.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .value_kinds import NUMBER, SPELT_MINUS, TRIM_CHARS, UNITS, Kind, Value, in_chinese, leading_op, normalise
from .values import METRE_POWER, unit_and_suffix, unnamed
from .year_digits import calendar_year


_RANGE_DASHES = ("-", "~", "–", "—", "〜", "至", "到")
"""What joins a range's two numbers (`90%-95%`, `90%～95%`, which NFKC reads `~`, `3至5次`)."""
_UNSIGNED = re.compile(NUMBER.pattern.removeprefix("[-+]?"))
"""`NUMBER` without its sign: in `90-95%` the `-` joins a range, it makes no negative number."""
_SIGNS = {"-": "-", "−": "-", "负": "-", "+": ""}
"""A sign before a range's number (`-5%~5%`, `−5%`, `负5%`, `+5%`), and what it makes of the number. Before the first
number it is the sign; between the two only after the dash that joins them (`-10%~-5%`, `-10%--5%`), since the one `-`
of `-5%-0%` joins the numbers."""
_ZERO = re.compile(r"0+(?:\.0+)?")
"""A zero, as a range's cap may write it without the unit its floor has (`−3%～0`)."""
_YEAR_UNITS = ("年", "届")
"""Units after which four digits name a year of the calendar (`2024-2025年`, `2024-2025年度`, `2024~2025届`, a class
named by the year it graduates), where small numbers are a length (`3-5年`) and another unit a count (`2020-2030人`)."""


def range_bounds(value: Value) -> tuple[Value, Value] | None:
    """The floor and the cap of a range (`90%-95%` → `≥90%` and `≤95%`, `3至5次`, `90～95%`, `-5%~5%`), each a value as
    `values.parse` reads one, with the range's words before and after; None for any other value. A range has two
    numbers, so `values.parse` reads it as no one target (lint's B1 asks for one); diff still weighs an edit of it by
    the bound its measure points to (`same_measure.weaker`). Both numbers take one unit, written once or twice, and the
    first is no larger than the second, signs read (`_SIGNS`): `95%-90%`, `3次-5人` are no range read here, nor
    `2024-2025` with no unit, nor a span of time in the calendar (`_period`: `2024-2025年`, `1-3月`, `第1-3季度`)."""
    if value.kind is not Kind.UNPARSEABLE or value.numbers != 2:
        return None
    norm = normalise(value.text)
    numbers = unnamed(norm, [found for found in _UNSIGNED.finditer(norm)  # 100-120m2, PM2.5浓度30-35微克/立方米
                             if not METRE_POWER.match(norm, found.start())])
    if len(numbers) != 2:
        return None
    low, high = numbers
    before = norm[: low.start()]
    first_sign = before[-1:] if before[-1:] in _SIGNS else ""
    if first_sign == "负" and not SPELT_MINUS.match(before, len(before) - 1):
        first_sign = ""  # 减负5%-10%: the 负 ends a word, no minus
    between = norm[low.end():high.start()]
    typed = next((u for u in UNITS if between.startswith(u)), "")
    first_unit, dash = in_chinese(typed), between[len(typed):]  # 3km-5km: 公里 both, as the second is read
    second_sign = dash[-1] if len(dash) > 1 and dash[-1] in _SIGNS else ""
    op, prefix = leading_op(before[: len(before) - len(first_sign)])
    unit, suffix_op, suffix = unit_and_suffix(norm[high.end():])
    if not unit and first_unit and _ZERO.fullmatch(high.group(0)):
        unit = first_unit  # −3%～0: a zero needs no unit, it takes the first number's
    if dash[: len(dash) - len(second_sign)] not in _RANGE_DASHES or op or suffix_op or not unit \
            or first_unit not in ("", unit) or _period(low.group(0), high.group(0), unit):
        return None
    floor, cap = (Decimal(_SIGNS.get(sign, "") + found.group(0).replace(",", ""))
                  for sign, found in ((first_sign, low), (second_sign, high)))
    if floor > cap:
        return None
    words = {"prefix": prefix.strip(TRIM_CHARS), "suffix": suffix.strip(TRIM_CHARS), "numbers": 1, "unit": unit}
    return (Value(value.text, Kind.QUANTITY, op="≥", number=floor, **words),
            Value(value.text, Kind.QUANTITY, op="≤", number=cap, **words))


def _period(low: str, high: str, unit: str) -> bool:
    """Whether two numbers joined as a range are a span of the calendar, not a target's floor and cap: calendar years
    in 年, 年度 or 届 (`2024-2025年`, `2023年-2024年`, `2024-2025年度`, `2024~2025届`; not `3-5年`, a length such as a
    warranty's, nor `2020-2030人` or `2010-2019元`, counts and amounts), months of the year (`1-3月`,
    `10-12月`: both 1–12 in 月, not 个月, which is a length: `3-6个月` stays a range) or quarters (`第1-3季度`). An edit of
    such a span (`2024-2025年` → `2023-2025年`) moves when, not how much, and is no target lowered."""
    if unit == "季度" or unit in _YEAR_UNITS and all(calendar_year(number) for number in (low, high)):
        return True
    return unit == "月" and all(number.isdigit() and 1 <= int(number) <= 12 for number in (low, high))
