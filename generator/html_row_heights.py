"""Rows of a rendered HTML form estimated taller than a share of a printed page, marked `runs-on` to break there.

base.html keeps a row whole on its page: a task of three lines began at the foot of a page with one line and went
on overleaf where its template let it break at any height (`breakable`). But a row kept whole that does not fit
moves to the next page, and one taller than a page broke only there, its page left blank below the row before it
(a key task with a long text: a third of page 1 blank). The Word form keeps a row whole while it is estimated no
taller than `docx_rows.WHOLE_ROW_SHARE` of a page's text and lets a taller one break (`docx_rows.keep_rows_whole`);
each row here is estimated alike and a taller one is marked `runs-on`, which base.html lets break where it falls.

A row's height is its fullest cell's: its paragraphs' lines (`line_fill.filled_lines`, in the cell's columns' share
of the printed line less its padding) in base.html's cell text (10.5 pt, 1.4 lines). A cell a row's `rowspan` merges
down is spread over its rows and not counted, as in the Word form. The line and the page's text height are the
stylesheet's (html_title_style.printed_page); a page whose stylesheet is not read so, a table whose columns' widths
are not all percentages of a `<colgroup>`, and a row with a table in a cell are not estimated, and keep what their
template says. White space in a cell is counted as a browser collapses it (a `white-space: pre-line` cell's lines
count as one paragraph): a row is estimated no taller than it prints, so that none of those breaks that fits. A
template's own size of its cells' text is not read: in a larger one a row is estimated short and kept whole, as
before this estimate; in a smaller one a row a little shorter than the share may break.
"""
from __future__ import annotations

import re

from .docx_rows import WHOLE_ROW_SHARE
from .html_grid import columns, rowspan
from .html_page import RenderedPage
from .html_table_tags import Tag, text_pieces
from .html_title_style import printed_page, stylesheet
from .line_fill import filled_lines

_FONT = 210  # twips: base.html's 10.5-pt cell text
_LINE = 1.4 * _FONT  # its line height
_PADDING = (2 * 40, 2 * 100 + 15)
"""Twips of base.html's cell padding above and below (2 pt each), and at the sides (5 pt each) with a 1-px rule."""
_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*([\d.]+)%\s*(?:;|$)")
_BLOCKS = frozenset(("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


def mark(page: RenderedPage) -> None:
    """Mark `runs-on` each row of `page`'s tables estimated taller than WHOLE_ROW_SHARE of a printed page's text."""
    printed = printed_page(stylesheet(page.text, page.title_tags))
    if printed is None:
        return
    line, most = printed[0], WHOLE_ROW_SHARE * printed[1]
    tables: list[_Table] = []
    for at, tag in enumerate(page.table_tags):
        if tag.name == "table":
            if tag.closing and tables:
                tables.pop().ends(page, most)
            elif not tag.closing:
                if tables:
                    tables[-1].measured = False  # a table in a cell: its row is not measured
                tables.append(_Table(line))
            continue
        if not tables:
            continue
        table = tables[-1]
        if tag.name in ("tr", "thead", "tbody", "tfoot"):
            table.ends(page, most)
            if tag.name != "tr":  # a row group: a rowspan stops at its end, as a browser cuts it
                table.in_head, table.taken = tag.name == "thead" and not tag.closing, {}
            elif not tag.closing and not table.in_head:
                table.starts(tag)
        elif tag.closing:
            continue
        elif tag.name == "col":
            table.col(tag)
        elif tag.name in ("td", "th") and table.row is not None:
            following = page.table_tags[at + 1].start if at + 1 < len(page.table_tags) else len(page.text)
            table.cell(tag, page.text[tag.end:following])


class _Table:
    """A table read so far: its columns' shares of the printed `line` (twips), and the row being read."""

    def __init__(self, line: float):
        self.line, self.shares = line, []
        self.in_head = False
        self.taken: dict[int, int] = {}  # column: how many rows, this one on, a cell merged down from above takes it
        self.row: Tag | None = None  # the row being read (not one of a thead)
        self.column, self.height, self.measured = 0, 0.0, True

    def col(self, tag: Tag) -> None:
        found = _WIDTH.search(tag.attributes.get("style", ""))
        self.shares += [float(found.group(1)) / 100 if found else None] * columns(tag)

    def starts(self, tag: Tag) -> None:
        self.row, self.column, self.height, self.measured = tag, 0, 0.0, True

    def ends(self, page: RenderedPage, most: float) -> None:
        """The row read is over: marked if it is estimated taller than `most`; the merged cells above go on down."""
        if self.row is None:
            return
        if self.measured and self.height > most:
            page.add_classes(self.row, ["runs-on"])
        self.taken = {column: rows - 1 for column, rows in self.taken.items() if rows > 1}
        self.row = None

    def cell(self, tag: Tag, content: str) -> None:
        while self.taken.get(self.column, 0) > 0:
            self.column += 1
        spanned = range(self.column, self.column + columns(tag))  # spans read as html_grid reads them
        self.column = spanned.stop
        rows = rowspan(tag)
        if rows > 1:  # spread over its rows, not counted
            self.taken.update((column, rows) for column in spanned)
            return
        shares = self.shares[spanned.start:spanned.stop]
        known = len(shares) == len(spanned) and None not in shares
        per_line = (sum(shares) * self.line - _PADDING[1]) / _FONT if known else 0
        if per_line <= 0:  # a column of unknown width, or no room for text
            self.measured = False
            return
        lines = sum(filled_lines(text, per_line, hanging=False) for text in _paragraphs(content) if text)
        self.height = max(self.height, lines * _LINE + _PADDING[0])


def _paragraphs(content: str) -> list[str]:
    """A cell's paragraphs as a browser prints them, white space collapsed: a block element (`<p>`, a `<br>`, a
    span of base.html's `para` class) starts another."""
    paragraphs, text = [], []
    for piece in text_pieces(content):
        if isinstance(piece, str):
            text.append(piece)
        elif piece.name in _BLOCKS or (piece.name == "span" and not piece.closing and "para" in piece.classes):
            paragraphs.append(" ".join("".join(text).split()))
            text = []
    paragraphs.append(" ".join("".join(text).split()))
    return paragraphs
