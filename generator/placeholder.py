"""The text `jixiao new` writes where a field must be filled in, and how to recognise it.

`new` writes it so a fresh spec validates and builds from the first minute; lint reports every
place it is left, and the build warns, since a form printed with it cannot be submitted.
"""
from __future__ import annotations

import unicodedata

PLACEHOLDER = "（请填写）"
FOLDED = {"(请填写)", "请填写"}  # NFKC-folded: as typed with full- or half-width brackets, or none


def unfilled(text) -> bool:
    """Whether `text` is only the placeholder (blanks around it and either width of bracket allowed)."""
    return isinstance(text, str) and unicodedata.normalize("NFKC", text).strip() in FOLDED
