"""Searching the words right before a place in a long text for a pattern that ends there (`$`), without reading all
the words before it: searching the whole head before each year or numeral of a value listing hundreds on one line
made lint quadratic in the value's length."""
from __future__ import annotations

import re


def ending_at(pattern: re.Pattern, text: str, end: int, reach: int) -> re.Match | None:
    """`pattern.search(text[:end])`, for a pattern anchored at its end (`$`) whose matches hold at most `reach`
    characters that are not whitespace (each `\\s*` apart, its words are at most that long): no match can start
    before the `reach`-th such character back from `end` and the whitespace before it, so the search starts there.
    Its match is the whole search's, at the same places: a search from `pos` sees the text before it in its
    lookbehinds and finds no `^` there, as the whole search does."""
    start, left = end, reach
    while start > 0 and left:
        start -= 1
        left -= not text[start].isspace()
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return pattern.search(text, start, end)
