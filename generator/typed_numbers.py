"""Whether a value read from a spec was typed as a number.

The loader reads a number as an int or a Decimal (keeping the author's digits, never a float), and Python counts
true/false as ints: every reader that treats a typed number differently from a text (an amount to add or compare, a
cell printed as typed, a filled cell that is no placeholder) asks this one question here, so none of them takes
`true` for 1.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any


def is_number(value: Any) -> bool:
    """Whether `value` was typed as a number: an int or a Decimal, not true/false."""
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)
