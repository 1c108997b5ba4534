"""Why a template's padding or formatting of a text to a width is refused: past MAX_RANGE characters.

`unit.zfill(10**9)`, `'{:>999999999}'.format(1)`, `'%999999999d' % 1` and `unit|center(10**9)` each asked for a
gigabyte at once; running out of memory was said as "输入太大" (exit 1), blaming the specs, not the template. The
sandbox caps range(), and jixiao's `*` (jinja._too_large); these are the other calls that make one text of any
length from a short one. No form's cell is 100000 characters wide. Each function gives the Chinese reason, or None
where the call is fine; jinja.py raises it as TooLarge, a RENDER-TEMPLATE error naming the template and the line.
"""
from __future__ import annotations

import re

from jinja2.sandbox import MAX_RANGE, SandboxedFormatter

PADDING = frozenset({"zfill", "ljust", "rjust", "center", "expandtabs"})
"""The methods of a text that pad it to a width (expandtabs: each tab to its `tabsize`)."""


def padding_said(name: str, text: str, args: tuple, kwargs: dict) -> str | None:
    """`text.name(*args, **kwargs)` (one of PADDING, or the center and indent filters) refused where it would be
    longer than MAX_RANGE characters and longer than `text`. `indent` given a text to indent with is left alone."""
    width = next(iter(args), kwargs.get("tabsize", kwargs.get("width", 0)))
    if not isinstance(width, int):
        return None
    longest = len(text) + text.count("\t") * width if name == "expandtabs" else width
    if name == "indent":
        longest = len(text) + (text.count("\n") + 1) * width
    if longest <= max(MAX_RANGE, len(text)):
        return None
    return f"“{name}”补出的文字最多 {MAX_RANGE} 字，这里给的宽度是 {width}；表上没有这么宽的格子，请检查这个数"


_SPEC = re.compile(r"(?:.?[<>=^])?[-+ ]?z?#?0?(?P<width>\d*)[,_]?(?:\.(?P<precision>\d+))?[a-zA-Z%]?")


def spec_said(spec: str) -> str | None:
    """A format spec of str.format (`>999999999`, `.999999999f`) whose width or precision is past MAX_RANGE."""
    found = _SPEC.fullmatch(spec)
    numbers = [int(number) for number in found.group("width", "precision") if number] if found else []
    if any(number > MAX_RANGE for number in numbers):
        return f"格式里的宽度或小数位数最多 {MAX_RANGE}，这里是“{spec[:20]}”；表上印不出这么长的文字，请检查这个数"
    return None


class SpecReader(SandboxedFormatter):
    """str.format run before the sandbox's own, reading each field's spec, its nested fields (`{:>{w}}`) filled in
    as str.format fills them, with spec_said: the first refusal is kept in `said`, and no field is formatted after
    it. A field whose spec is fine is formatted, for the nested ones it fills in."""

    said: str | None = None

    def format_field(self, value, format_spec: str) -> str:
        self.said = self.said or spec_said(format_spec)
        return "" if self.said else super().format_field(value, format_spec)


_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?P<width>\*|\d*)(?:\.(?P<precision>\*|\d*))?")


def printf_said(text: str, values) -> str | None:
    """`text % values` (the `%` operator, the format filter) whose width or precision is past MAX_RANGE: written
    in the text (`%999999999d`), or taken from the values for a `*` (`'%*d' % (10**9, 1)`)."""
    numbers = []
    for found in _PRINTF.finditer(text):
        pieces = [piece for piece in found.group("width", "precision") if piece]
        numbers += [int(piece) for piece in pieces if piece != "*"]
        if "*" in pieces and isinstance(values, tuple):
            numbers += [value for value in values if isinstance(value, int)]
    if any(number > MAX_RANGE for number in numbers):
        return f"“%”格式里的宽度或小数位数最多 {MAX_RANGE}；表上印不出这么长的文字，请检查这个数"
    return None
