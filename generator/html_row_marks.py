"""Classes on a rendered HTML form's rows and side labels that the print stylesheet selects by.

base.html's rules once found these rows with `:has()`, which browsers on many government PCs lack
(Chromium before 105, as in 360安全浏览器 and Windows 7's Chrome 109 cores; Firefox before 121): there a
rule with `:has()` is dropped whole, so a centred side label showed twice on screen and rows spanned by a
side label printed as one unbreakable block. The page is marked after rendering, so every variant's
template, a unit's own included, gets the classes without writing them:

- `tr.has-rowspan`: a cell of the row has a `rowspan` (was `tr:has(> [rowspan])`);
- `tr.opens-merge`: a cell of the row spans more than its row (was `tr:has(> [rowspan]:not([rowspan="1"]))`);
- `tr.kept-last`: a `kept` row whose next row is not kept (was `tr.kept:not(:has(+ tr.kept))`);
- `tr.labels`: two header cells of the row stand side by side (was `tr:has(> th + th)`);
- `th.shown-below`: a side label of a table whose `td.rest` names it again in `data-label`, shown there on
  screen (was `table:has(td.rest[data-label]) > thead th.side`).

The page's table tags are read once for every pass (html_page, by html_table_tags, as a browser reads them): a
table inside a cell keeps its own rows, and a side label is one of a table whose `thead` holds it, at any depth,
as the selector had it.
"""
from __future__ import annotations

from .html_page import RenderedPage
from .html_table_tags import Tag


class _Row:
    def __init__(self, tag: Tag):
        self.tag, self.marks = tag, []
        self.cells: list[str] = []  # "td" or "th", in order
        self.spans: list[str] = []  # each rowspan value as the document has it ("" when the attribute has none)


class _Table:
    def __init__(self):
        self.rows: list[list[_Row]] = [[]]  # row groups (thead, tbody, tfoot; rows outside them: a group of their own)
        self.in_head = False  # the tags read are inside its thead
        self.sides: list[Tag] = []  # each th.side inside its thead, its own or a table's inside it
        self.named_below = False  # a td.rest carries data-label, its own or a table's inside it


def mark(page: RenderedPage) -> None:
    """Add the classes above to `page`'s rows and side labels."""
    tables: list[_Table] = []
    done: list[_Table] = []
    rows: list[_Row | None] = []  # the row open in each open table
    for tag in page.table_tags:
        if tag.name == "col":  # a column, not a cell of the row
            continue
        if tag.name == "table":
            if tag.closing and tables:
                done.append(tables.pop())
                rows.pop()
            elif not tag.closing:
                tables.append(_Table())
                rows.append(None)
            continue
        if not tables:
            continue
        table = tables[-1]
        if tag.name in ("thead", "tbody", "tfoot"):
            rows[-1] = None
            table.rows.append([])
            table.in_head = tag.name == "thead" and not tag.closing
        elif tag.name == "tr":
            rows[-1] = None
            if not tag.closing:
                rows[-1] = _Row(tag)
                table.rows[-1].append(rows[-1])
        elif not tag.closing and rows[-1] is not None:
            row = rows[-1]
            row.cells.append(tag.name)
            if "rowspan" in tag.attributes:
                row.spans.append(tag.attributes["rowspan"])
            if tag.name == "th" and "side" in tag.classes:
                for outer in tables:
                    if outer.in_head:
                        outer.sides.append(tag)
            if tag.name == "td" and "rest" in tag.classes and "data-label" in tag.attributes:
                for outer in tables:
                    outer.named_below = True
    done.extend(tables)
    for table in done:
        for group in table.rows:
            for row, following in zip(group, [*group[1:], None]):
                _mark_row(row, following)
                if row.marks:
                    page.add_classes(row.tag, row.marks)
        if table.named_below:
            for side in table.sides:
                page.add_classes(side, ["shown-below"])


def _mark_row(row: _Row, following: _Row | None) -> None:
    if row.spans:
        row.marks.append("has-rowspan")
    if any(span != "1" for span in row.spans):
        row.marks.append("opens-merge")
    if "kept" in row.tag.classes and (following is None or "kept" not in following.tag.classes):
        row.marks.append("kept-last")
    if any(a == b == "th" for a, b in zip(row.cells, row.cells[1:])):
        row.marks.append("labels")
