"""A long number copied from Excel as Excel showed it: in scientific notation (`1.58734E+10`).

Excel shows a phone number, a code or an ID number typed into a number cell as `1.58734E+10` when the column is
too narrow, and copying the cell copies what it shows: the digits after the sixth are gone, and no quoting brings
them back. Told only to quote it (TEXT-NUMBER) or quoted by fmt, the author got `"1.58734E+10"` printed on the form
as the phone number; TEXT-NUMBER says instead that the digits are lost and must be typed again, quoted or not, and
fmt leaves such a value as typed rather than quote it as if it were fine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SHOWN = re.compile(r"([0-9])(?:\.([0-9]+))?[eE]\+?([0-9]+)")
"""Excel's scientific form of a whole number (`1.58734E+10`, `1E+15`), or one typed like it (`1.5e7`)."""
_FEWEST_DIGITS = 6
"""A whole number shorter than this is no phone number, code or ID number: `1e3` is a thousand (TEXT-NUMBER)."""


@dataclass(frozen=True)
class ScientificNumber:
    """A whole number written in scientific notation: the digits written and how many the number has."""

    written: str
    width: int

    @property
    def lost(self) -> int:
        """How many of the number's last digits were not written (Excel rounded them off and shows zeros)."""
        return self.width - len(self.written)

    @property
    def whole(self) -> str:
        """The number as read, its lost digits as zeros."""
        return self.written + "0" * self.lost


def scientific_number(text: str) -> ScientificNumber | None:
    """The whole number of at least `_FEWEST_DIGITS` digits `text` writes in scientific notation, or None."""
    match = _SHOWN.fullmatch(text.strip())
    if match is None:
        return None
    lead, fraction, exponent = match.group(1), match.group(2) or "", int(match.group(3))
    if lead == "0" or exponent < len(fraction) or exponent + 1 < _FEWEST_DIGITS:
        return None
    return ScientificNumber(lead + fraction, exponent + 1)
