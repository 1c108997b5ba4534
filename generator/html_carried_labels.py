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
The page's table tags are the ones read once for every pass (html_page).
"""
from __future__ import annotations

from html import escape

from .html_page import RenderedPage
from .html_table_tags import Tag, text_pieces

_LINE_BREAKS = frozenset(("p", "div", "br", "li"))  # elements of a cell's content that start a line
_MARK = "carries"  # the cell, for base.html: no padding of its own, the spans inside fill its height


def carry(page: RenderedPage) -> None:
    """Wrap the content of each of `page`'s cells spanning more than one row to print again on later pages."""
    for tag, content_end in _merged_cells(page):
        label = _plain(page.text[tag.end:content_end])
        if not label:
            continue
        attribute = escape(label, quote=True)
        page.add_classes(tag, [_MARK])
        page.insert(tag.end, f'<span class="carried"><span class="carried-head"><span class="carried-copy" data-label='
                             f'"{attribute}"></span></span><span class="carried-body" data-label="{attribute}">'
                             '<span class="carried-text">')
        page.insert(content_end, '</span></span></span>')


def _merged_cells(page: RenderedPage):
    """(opening tag, end of the content) of each merged cell without a table inside it."""
    open_cell = None
    for tag in page.table_tags:
        if tag.name == "col":  # not a table's part that ends a cell's content
            continue
        if open_cell is not None:
            if tag.name != "table":
                yield open_cell, tag.start
            open_cell = None
        if tag.closing or tag.name not in ("td", "th"):
            continue
        if _rows_spanned(tag) > 1 and not {"side", "rest"} & set(tag.classes):
            open_cell = tag
    if open_cell is not None:
        yield open_cell, len(page.text)


def _rows_spanned(cell: Tag) -> int:
    span = cell.whole_number("rowspan")
    return 1 if span is None else span


def _plain(content: str) -> str:
    """The cell's text as the page shows it, a paragraph a line."""
    text = []
    for piece in text_pieces(content):
        if isinstance(piece, str):
            text.append(piece)
        elif not piece.closing and (piece.name in _LINE_BREAKS or "para" in piece.classes):
            text.append("\n")
    return "\n".join(line.strip() for line in "".join(text).splitlines() if line.strip())
