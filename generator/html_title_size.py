"""A HTML form's titles (`<h1>`) set a size smaller when they would wrap, as the Word form's are (docx_title_size).

Chromium printed a title two characters longer than an example's (its unit's name ending in 机关) over two lines,
报表 alone on the second, where the Word form set it in 16 pt on one line; and a title the Word form prints in
16 pt printed in 18 pt in the HTML. `title_size` finds the size for both, from the title's size and the printed
line's width that the page's stylesheet sets (html_title_style: base.html's 18 pt on A4 less 2 cm side margins,
or a variant's own); a title too long for that has its text put in a span of the smaller size, written inline so
that it wins over the stylesheet. A page whose stylesheet is not read so keeps its titles as the template sets them.
"""
from __future__ import annotations

import re

from .html_table_tags import text_pieces
from .html_title_style import stylesheet, title_style
from .title_size import fitting_size


def fit(page) -> None:
    """Give each title of `page` the size `title_size.fitting_size` finds for its lines (a `<br>` ends one) on the
    printed line, where that is smaller than the size the page's stylesheet and the title's own `style` give it."""
    css = stylesheet(page.text, page.title_tags)
    opening = None
    for tag in page.title_tags:
        if tag.name != "h1":
            continue
        if not tag.closing:
            opening = tag
            continue
        if opening is None:
            continue
        style = title_style(css, opening.attributes.get("style") or "")
        if style is not None:
            size, width = style
            lines = [line.strip() for line in _text(page.text[opening.end:tag.start]).split("\n")]
            fitting = fitting_size([(line, 0.0) for line in lines if line], width, size)
            if fitting != size:
                page.insert(opening.end, f'<span style="font-size: {fitting / 2:g}pt">')
                page.insert(tag.start, "</span>")
        opening = None


def _text(content: str) -> str:
    """A title's text as it prints, a `<br>` a line break and white space (a template's `<h1>` written over two
    lines) a space, as a browser prints it: read as a break, a title's halves were each measured alone, and one
    too long for its line kept 18 pt and printed 报表 alone on a second line."""
    return "".join(re.sub(r"[ \t\n\r\f]+", " ", piece) if isinstance(piece, str) else "\n" if piece.name == "br" else ""
                   for piece in text_pieces(content))
