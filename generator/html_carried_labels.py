"""A merged side label printed again at the top of each page its block runs onto, as the Word form writes it.

Chromium prints a merged cell's text once, at the top of its first page when the cell runs over a page break (centred
when it does not): a 一级 block that ran onto the next page left its label column blank there. A table's header group is
the one thing a browser repeats at the top of each page a box runs onto, so each merged cell's content is wrapped,
after rendering, in spans that print as a table of their own (base.html styles them in `@media print` only): a header
group showing the label again from `data-label` (CSS `content: attr()`, so the page's text is unchanged), and the
cell's own content below it. Spans, not a nested `<table>`: the page's rows stay the rows html_grid and the tests
count. Chromium repeats such a header group only with `break-inside: avoid`, which its own stylesheet gives <thead>
alone.

Cells standing for a header's side label (`th.side`, `td.rest`) are left alone: their header repeats already.
"""
from __future__ import annotations

import re
from html import escape

from .html_table_tags import Tag, tags, marked, text_pieces

_TABLE_TAGS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th"))
_SPAN = re.compile(r"[\t\n\f\r ]*\+?(\d+)")  # HTML's rules for a non-negative integer: what follows the digits is dropped
_LINE_BREAKS = frozenset(("p", "div", "br", "li"))  # elements of a cell's content that start a line
_MARK = "carries"  # the cell, for base.html: no padding of its own, the spans inside fill its height


def carry(page: str) -> str:
    """`page` with the content of each cell spanning more than one row wrapped to print again on later pages."""
    pieces, last = [], 0
    for tag, content_end in _merged_cells(page):
        content = page[tag.end:content_end]
        label = _plain(content)
        if not label:
            continue
        attribute = escape(label, quote=True)
        pieces += [page[last:tag.start], marked(tag, [_MARK]),
                   f'<span class="carried"><span class="carried-head"><span class="carried-copy" data-label="{attribute}">'
                   f'</span></span><span class="carried-body" data-label="{attribute}"><span class="carried-text">{content}'
                   '</span></span></span>']
        last = content_end
    pieces.append(page[last:])
    return "".join(pieces)


def _merged_cells(page: str):
    """(opening tag, end of the content) of each merged cell without a table inside it."""
    open_cell = None
    for tag in tags(page, _TABLE_TAGS):
        if open_cell is not None:
            if tag.name != "table":
                yield open_cell, tag.start
            open_cell = None
        if tag.closing or tag.name not in ("td", "th"):
            continue
        if _rows_spanned(tag) > 1 and not {"side", "rest"} & set(tag.classes):
            open_cell = tag
    if open_cell is not None:
        yield open_cell, len(page)


def _rows_spanned(cell: Tag) -> int:
    span = _SPAN.match(cell.attributes["rowspan"]) if "rowspan" in cell.attributes else None
    return int(span.group(1)) if span else 1


def _plain(content: str) -> str:
    """The cell's text as the page shows it, a paragraph a line."""
    text = []
    for piece in text_pieces(content):
        if isinstance(piece, str):
            text.append(piece)
        elif not piece.closing and (piece.name in _LINE_BREAKS or "para" in piece.classes):
            text.append("\n")
    return "\n".join(line.strip() for line in "".join(text).splitlines() if line.strip())
