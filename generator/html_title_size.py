"""A HTML form's titles (`<h1>`) set a size smaller when they would wrap, as the Word form's are (docx_title_size).

Chromium printed a title two characters longer than an example's (its unit's name ending in 机关) over two lines,
报表 alone on the second, where the Word form set it in 16 pt on one line; and a title the Word form prints in
16 pt printed in 18 pt in the HTML. `title_size` finds the size for both. base.html sets a title in 18 pt on a
text as wide as an A4 page less its 2 cm side margins (17 cm, 25.7 cm landscape); a title too long for that has
its text put in a span of the smaller size, written inline so that a template with a stylesheet of its own gets
it as well.
"""
from __future__ import annotations

import re

from .html_table_tags import tags, text_pieces
from .line_fill import text_ems
from .title_size import fitting_size

_SIZE = 36  # half-points: base.html's h1, 18 pt
_TWIPS_PER_CM = 1440 / 2.54
TEXT_WIDTHS = {"portrait": 17 * _TWIPS_PER_CM, "landscape": 25.7 * _TWIPS_PER_CM}
"""The text's width in twips on an A4 page of each orientation less base.html's side margins (`@page`)."""
_TITLE = frozenset(("h1",))


def fit(page, width: float) -> None:
    """Give each title of `page` the size `title_size.fitting_size` finds for its lines (a `<br>` ends one) on
    a text `width` twips wide, where that is smaller than base.html's."""
    opening = None
    for tag in tags(page.text, _TITLE):
        if not tag.closing:
            opening = tag
            continue
        if opening is None:
            continue
        lines = [line.strip() for line in _text(page.text[opening.end:tag.start]).split("\n")]
        size = fitting_size([(line, text_ems(line), 0.0) for line in lines if line], width, _SIZE)
        if size != _SIZE:
            page.insert(opening.end, f'<span style="font-size: {size / 2:g}pt">')
            page.insert(tag.start, "</span>")
        opening = None


def _text(content: str) -> str:
    """A title's text as it prints, a `<br>` a line break and white space (a template's `<h1>` written over two
    lines) a space, as a browser prints it: read as a break, a title's halves were each measured alone, and one
    too long for its line kept 18 pt and printed 报表 alone on a second line."""
    return "".join(re.sub(r"[ \t\n\r\f]+", " ", piece) if isinstance(piece, str) else "\n" if piece.name == "br" else ""
                   for piece in text_pieces(content))
