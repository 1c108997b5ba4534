"""Check that every row of a rendered HTML form fills its table's columns.

A table's `<colgroup>` says how many columns it has, and each row's cells, with their `colspan` and the
cells reaching down into it by `rowspan`, must fill them (docs/variants.md, "改 form.html"). A browser
renders a row one cell short or long all the same: the cells after it shift by a column, the border
runs ragged, and nothing says so. The HTML form is read after rendering, where every rowspan is a number;
a Word template's rows are checked against its grid before it renders (docx_row_widths).

Every page built is checked, on its table tags as read once for every pass after rendering (html_page, by
html_table_tags: a `>` in a quoted value, `title="金额>0 时填写"`, ends no tag, and a `colspan=` in another
attribute's value is that value's text); the text of a broken row, to quote it and find its template line, is
read only then. An HTML parser walking every tag made building an HTML form ten times slower.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .html_page import RenderedPage
from .html_table_tags import Tag, text_pieces
from .template_errors import GridBroken

_ROW_GROUPS = ("thead", "tbody", "tfoot")
_TO_GROUP_END = 1 << 30
"""`rowspan="0"`: the cell reaches to the end of its row group, where every rowspan stops anyway."""
_MAX_COLSPAN, _MAX_ROWSPAN = 1000, 65534
"""Where browsers cap the spans (HTML's table model): a slip like colspan="1000000" must not make a list that big."""


@dataclass
class _Table:
    number: int
    columns: int = 0
    above: list[int] = field(default_factory=list)
    """For each column, how many more rows a rowspan from a row above covers (0: the column is free)."""
    row: int = 0
    row_start: int = -1
    """Where the current row's `<tr>` is in the page (-1: no row open)."""
    placed: dict[int, int] = field(default_factory=dict)
    """The current row's columns taken by its own cells, and each cell's rowspan."""
    cursor: int = 0
    widths: set[int] = field(default_factory=set)
    """The columns each row has filled so far."""
    broken: GridBroken | None = None
    """The first row that did not fill the columns, raised when the table ends: if every row is as wide
    as it, the <colgroup> is what is wrong (a column dropped from the rows and left in it)."""


def check(page: RenderedPage) -> None:
    """Raise GridBroken for the first row of the rendered `page` whose cells do not fill its table's
    columns (`every_row` when all its rows are that wide); a table inside a cell has its own grid, and a
    table without <colgroup> is not checked."""
    open_tables: list[_Table] = []
    count = 0
    for tag in page.table_tags:
        closing, name = tag.closing, tag.name
        if name == "table" and not closing:
            count += 1
            open_tables.append(_Table(count))
            continue
        if not open_tables:
            continue
        table = open_tables[-1]
        if name == "table":
            _end_row(page.text, table, tag.start)
            _end_table(open_tables.pop())
        elif name in _ROW_GROUPS:  # a rowspan stops at the end of its group, as a browser cuts it
            _end_row(page.text, table, tag.start)
            table.above = []
        elif name == "tr":
            _end_row(page.text, table, tag.start)
            if not closing:
                table.row, table.row_start, table.cursor, table.placed = table.row + 1, tag.start, 0, {}
        elif closing:
            continue
        elif name == "col":
            table.columns += columns(tag)
        elif table.row_start >= 0:  # a cell, placed after the columns taken by rowspans from above
            while table.cursor < len(table.above) and table.above[table.cursor] > 0:
                table.cursor += 1
            rows, colspan = rowspan(tag), columns(tag)
            for offset in range(colspan):
                table.placed[table.cursor + offset] = rows
            table.cursor += colspan
    for table in reversed(open_tables):  # left open at the page's end, as a browser closes them
        _end_row(page.text, table, len(page.text))
        _end_table(table)


def _end_table(table: _Table) -> None:
    if table.broken is not None:
        table.broken.every_row = len(table.widths) == 1
        raise table.broken


def _end_row(page: str, table: _Table, end: int) -> None:
    """Check the row open in `table` (if any, ending at `end`) against its columns, then step the rowspans
    down to the next row."""
    if table.row_start < 0:
        return
    start, table.row_start = table.row_start, -1
    taken = {column for column, rows in enumerate(table.above) if rows > 0} | set(table.placed)
    table.widths.add(len(taken))
    if table.columns and len(taken) != table.columns and table.broken is None:
        texts, chunks = _row_text(page[start:end])
        table.broken = GridBroken(table.number, table.row, len(taken), table.columns, texts, chunks)
    width = max([len(table.above), *(column + 1 for column in table.placed)])
    table.above = [table.placed[column] - 1 if column in table.placed
                   else max(table.above[column] - 1, 0) if column < len(table.above) else 0
                   for column in range(width)]


def _row_text(row: str) -> tuple[list[str], list[str]]:
    """A row's cells' texts (to quote them) and its text as the page has it between tags (to find the
    template line printing it)."""
    cells: list[list[str]] = []
    for piece in text_pieces(row):
        if isinstance(piece, Tag):
            if piece.name in ("td", "th") and not piece.closing:
                cells.append([])
        elif cells and piece.strip():
            cells[-1].append(piece.strip())
    texts = ["".join(cell) for cell in cells]
    return [text for text in texts if text], [chunk for cell in cells for chunk in cell]


def columns(tag: Tag) -> int:
    """The columns a `<col>` (its `span`) or a cell (its `colspan`) takes as a browser reads it: 1 when not a whole
    number (`colspan="0"` is one column), 1000 at most (html_row_heights places cells so too)."""
    return min(tag.whole_number("span" if tag.name == "col" else "colspan") or 1, _MAX_COLSPAN)


def rowspan(cell: Tag) -> int:
    """A cell's rowspan as a browser reads it: 1 when it is not a whole number, `rowspan="0"` the rest of the row
    group."""
    span = cell.whole_number("rowspan")
    return 1 if span is None else min(span, _MAX_ROWSPAN) or _TO_GROUP_END
