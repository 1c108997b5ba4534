"""Check that every row of a rendered HTML form fills its table's columns.

A table's `<colgroup>` says how many columns it has, and each row's cells, with their `colspan` and the
cells reaching down into it by `rowspan`, must fill them (docs/variants.md, "改 form.html"). A browser
renders a row one cell short or long all the same: the cells after it shift by a column, the border
runs ragged, and nothing says so. Word's grid cannot go wrong this way (docx_kit checks every row's
spans), so only the HTML form is read, after rendering, where every rowspan is a number.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from .template_errors import GridBroken


@dataclass
class _Table:
    number: int
    columns: int = 0
    above: list[int] = field(default_factory=list)
    """For each column, how many more rows a rowspan from a row above covers (0: the column is free)."""
    row: int = 0
    placed: dict[int, int] = field(default_factory=dict)
    """The current row's columns taken by its own cells, and each cell's rowspan."""
    cursor: int = 0
    texts: list[str] = field(default_factory=list)
    """The text of each of the row's cells, to quote it."""
    chunks: list[str] = field(default_factory=list)
    """The row's text as the page has it between tags, to find the template line printing it."""
    in_row: bool = False


class _Grid(HTMLParser):
    """Lays out each row's cells in document order, as a browser does; a table inside a cell has its own grid."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[_Table] = []
        self.count = 0
        self.in_cell = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.count += 1
            self.open.append(_Table(self.count))
        elif not self.open:
            return
        table = self.open[-1]
        if tag == "col":
            table.columns += _count(dict(attrs).get("span"))
        elif tag in _ROW_GROUPS:
            self._end_group(table)
        elif tag == "tr":
            self._end_row(table)
            table.row, table.in_row, table.cursor, table.placed = table.row + 1, True, 0, {}
            table.texts, table.chunks = [], []
        elif tag in ("td", "th") and table.in_row:
            values = dict(attrs)
            while table.cursor < len(table.above) and table.above[table.cursor] > 0:
                table.cursor += 1
            rowspan = _count(values.get("rowspan"))
            for offset in range(_count(values.get("colspan"))):
                table.placed[table.cursor + offset] = rowspan
            table.cursor += _count(values.get("colspan"))
            table.texts.append("")
            self.in_cell = True

    def handle_endtag(self, tag):
        if not self.open:
            return
        if tag in ("td", "th"):
            self.in_cell = False
        elif tag == "tr":
            self._end_row(self.open[-1])
        elif tag in _ROW_GROUPS:
            self._end_group(self.open[-1])
        elif tag == "table":
            self._end_row(self.open.pop())

    def handle_data(self, data):
        if self.open and self.in_cell and self.open[-1].texts and data.strip():
            self.open[-1].texts[-1] += data.strip()
            self.open[-1].chunks.append(data.strip())

    def _end_group(self, table: _Table) -> None:
        """A rowspan stops at the end of its <thead>, <tbody> or <tfoot>, as a browser cuts it: a side label
        spanning from the header into the body leaves the body's rows a column short (docs/variants.md)."""
        self._end_row(table)
        table.above = []

    @staticmethod
    def _end_row(table: _Table) -> None:
        """Check the row just read against the columns, then step the rowspans down to the next row."""
        if not table.in_row:
            return
        table.in_row = False
        taken = {column for column, rows in enumerate(table.above) if rows > 0} | set(table.placed)
        if table.columns and len(taken) != table.columns:
            raise GridBroken(table.number, table.row, len(taken), table.columns,
                             [text for text in table.texts if text], table.chunks)
        width = max([len(table.above), *(column + 1 for column in table.placed)])
        table.above = [table.placed[column] - 1 if column in table.placed
                       else max(table.above[column] - 1, 0) if column < len(table.above) else 0
                       for column in range(width)]


_ROW_GROUPS = ("thead", "tbody", "tfoot")


def _count(value: str | None) -> int:
    """A span attribute as a browser reads it: a whole number of at least 1, else 1."""
    try:
        return max(int(str(value).strip()), 1)
    except ValueError:
        return 1


def check(page: str) -> None:
    """Raise GridBroken for the first row of the rendered `page` whose cells do not fill its table's columns."""
    grid = _Grid()
    grid.feed(page)
    grid.close()
