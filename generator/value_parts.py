"""One indicator value read whole where a form spreads it over columns: 指标性质 (≥), 指标值 (8), 计量单位 (场).

Lint's value rules, validate's hint for a bare number and diff's 目标降低 all ask what the target is: comparator,
number and unit (`values.parse`). A form that prints the value in one cell holds all three there (`≥8场`); a form
that splits it holds the number alone in the value column and the comparator and unit beside it, in the columns
its profile names (`lint.columns.comparator`, `lint.columns.unit`). `ValueParts.whole` writes such a row's value as
the one cell would (`≥8场`), so that every reader judges the same target and none of them learns the columns.

A part typed into the value cell as well (`≥15万元` beside ≥ and 万元) is not added twice; the cell's own wins.
A comparator of the cell's own that disagrees with its column (`≥15` beside ≤) prints as `≤ | ≥15` and is read
as ≥ (`clash`): lint's B3 tells it at the value, naming both columns, and the rules that judge the comparator's
direction leave that cell to it.
Only a comparator is added from the 指标性质 column (`定性` adds nothing), and a unit only after a number
(`及时` beside `%` stays `及时`). A number typed bare (`value: 8`, a numeric column) is read as its text, `8`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .filled_text import blank
from .typed_numbers import is_number
from .value_kinds import NUMBER, Kind, normalise
from .values import parse

_COMPARATORS = ("≥", "≤", "=", ">", "<")


@dataclass(frozen=True)
class ValueParts:
    """The columns a form splits its indicator values into, beside each value column: None where it has none."""

    comparator: str | None = None
    unit: str | None = None

    @classmethod
    def of(cls, profile: dict | None) -> ValueParts:
        """The parts a variant's profile names under `lint.columns`."""
        columns = ((profile or {}).get("lint") or {}).get("columns") or {}
        return cls(columns.get("comparator"), columns.get("unit"))

    def column(self, part: str) -> str | None:
        """The key of the column holding `part` ("comparator" or "unit"), None on a form that prints it in the value."""
        return self.comparator if part == "comparator" else self.unit

    def whole(self, item: Any, key: str) -> Any:
        """The value at `key` of an indicator row as a form of one value cell prints it: the cell's text with the
        comparator and unit of their own columns added where the cell lacks them. Any other value as it is: a
        blank, a list or mapping (the schema's to report), a row of a form that does not split its values."""
        value = item.get(key) if isinstance(item, dict) else None
        if not (self.comparator or self.unit) or blank(value):
            return value
        text = _text(value)
        read = parse(text)
        if read.kind is not Kind.QUANTITY:
            return text
        comparator = normalise(_text(item.get(self.comparator))) if self.comparator else ""
        if read.op is None and comparator in _COMPARATORS:
            text = _before_number(text, comparator)
        unit = _text(item.get(self.unit)).strip() if self.unit else ""
        if read.unit is None and unit and not read.suffix and not blank(unit):
            text = _after_number(text, unit)
        return text

    def clash(self, item: Any, key: str) -> tuple[str, str] | None:
        """(the value cell's own comparator, the comparator column's) where a row has both and they differ
        (`value: "≥15"` beside `nature: "≤"`, `15以上` beside ≤): `whole` reads the cell's, the form prints both. None
        on a form without a comparator column, and where the column holds no comparator (定性) or agrees."""
        value = item.get(key) if isinstance(item, dict) and self.comparator else None
        if blank(value):
            return None
        own = parse(_text(value))
        column = normalise(_text(item.get(self.comparator))).strip()
        if own.kind is not Kind.QUANTITY or own.op is None or column not in _COMPARATORS or own.op == column:
            return None
        return own.op, column


def _before_number(text: str, comparator: str) -> str:
    """`text` with `comparator` written straight before its first number, where the one cell would hold it:
    `每季度1次` beside ≥ is `每季度≥1次`; `≥每季度1次` reads as no comparator at all."""
    number = NUMBER.search(text)
    return text[:number.start()] + comparator + text[number.start():] if number else comparator + text


def _after_number(text: str, unit: str) -> str:
    """`text` with `unit` written straight after its last number, where the one cell would hold it: `95以上` beside
    `%` is `95%以上`, not `95以上%` (which reads as a value in no unit and fails B10's percentage check)."""
    numbers = list(NUMBER.finditer(text))
    if not numbers:
        return text + unit
    end = numbers[-1].end()
    return text[:end] + unit + text[end:]


def _text(value: Any) -> str:
    """A cell as text: a number as typed (`8`, `15.50`; load keeps an int or a Decimal's digits), None as empty."""
    if value is None:
        return ""
    if is_number(value):
        return str(value)
    return value if isinstance(value, str) else ""
