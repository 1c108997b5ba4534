"""A spec's lines as YAML counts them, so a line number from a parser's mark finds the text it means.

The YAML reader ends a line at "\\r\\n", "\\n" or a lone "\\r" (a file saved by an old Mac editor), and
nowhere else. `str.split("\\n")` misses the lone "\\r", so every line of such a file was line 1;
`str.splitlines()` also ends a line at U+0085, U+2028 and U+2029, which a value pasted from a web page
may hold (and at \\x0b, \\x0c, \\x1c-\\x1e), so every message below one was a line off.
"""
from __future__ import annotations

import re

LINE_BREAK = re.compile(r"\r\n|\r|\n")
BOM = "\ufeff"  # a byte-order mark: Notepad's "UTF-8 with BOM" puts one before the first line


def split_lines(text: str) -> list[str]:
    """The lines of `text` without their line breaks, as splitlines() gives them (no empty line after
    a final break), but split only where YAML ends a line."""
    lines = LINE_BREAK.split(text)
    return lines[:-1] if not lines[-1] else lines


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `text[index]`, counted as YAML counts them."""
    lines = LINE_BREAK.split(text[:index])
    return len(lines), len(lines[-1]) + 1
