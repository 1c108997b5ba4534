"""Values the templates see: a table cell with its vertical span, amount sums that keep precision, and
a text's paragraphs as the forms print them."""
from __future__ import annotations

from decimal import Decimal
from typing import Any


class Cell:
    """One table cell's text and vertical span: span > 0 opens a merge of that many rows, 0 continues one.

    `keep` marks a continuation of a merged column inside the outermost (the 二级指标): its row is kept
    on the page of the row above, so that a group is not split from its label where it fits on a page."""

    __slots__ = ("text", "span", "keep")

    def __init__(self, text: Any, span: int = 1, keep: bool = False):
        self.text = "" if text is None else str(text)
        self.span = span
        self.keep = keep

    @property
    def first(self) -> bool:
        return self.span > 0

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        """True when the cell prints something: `{% if r.basis %}…{% else %}（无）{% endif %}` sees a blank
        cell as blank, as an empty spec value is. (A Cell is text: it does not compare or add as a number.)"""
        return bool(self.text)

    def __repr__(self) -> str:
        return f"Cell({self.text!r}, {self.span})"


def amount_sum(items: list, key: str) -> Decimal | str:
    """Sum of one amount column (blank counts as 0); blank when every entry is blank. Keeps precision."""
    values = [i.get(key) for i in items if isinstance(i.get(key), (int, Decimal)) and not isinstance(i.get(key), bool)]
    return sum(values, Decimal(0)) if values else ""


def paragraphs(text) -> list[str]:
    """A multi-paragraph text as its paragraphs (blank lines dropped), as every form prints it."""
    return [line for line in str(text).splitlines() if line.strip()] or [""]
