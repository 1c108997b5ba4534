"""Check that every row of a Word template's table fills the table's grid.

A table's `w:tblGrid` says how many columns it has; each row's cells, with the columns each spans
(`w:gridSpan`) and those skipped before or after it (`w:gridBefore`, `w:gridAfter`), must fill them.
A row a cell short (a cell deleted, a merge undone by hand in the XML, a row pasted from another table)
opens in Word all the same, with a gap at its right end and the borders ragged, and every form built
from the template prints it so. form.html has the same check against its `<colgroup>` (html_grid).

Rows that change their cells as they render are not judged: docxtpl deletes the row of a `{%tr %}` or
`{#tr #}` tag and replaces that of a `{{tr }}` one by what it prints, does the same to the cell of a `tc`
tag, and a `{% colspan %}` or `{% hm %}` tag widens a cell.
"""
from __future__ import annotations

import re

from docx.oxml.ns import qn

from .docx_properties import joined_text
from .template_errors import RowRagged

_RESHAPING = re.compile(r"\{[%{#]\s*(?:tr|tc)\s|\{%\s*(?:colspan|hm)\b")
_W_VAL = qn("w:val")


def check(body) -> None:
    """Raise RowRagged for the first row of a table of `body` (a template's w:body) whose cells do not
    fill the table's grid."""
    for number, table in enumerate(body.iter(qn("w:tbl")), 1):
        grid = table.find(qn("w:tblGrid"))
        if grid is None:
            continue
        columns = len(grid.findall(qn("w:gridCol")))
        rows = table.findall(qn("w:tr"))
        widths = [_width(row) for row in rows]
        judged = [(at, width) for at, (row, width) in enumerate(zip(rows, widths), 1)
                  if width != columns and not _RESHAPING.search(_text(row))]
        if judged:
            at, width = judged[0]
            every = len(judged) == len(rows)
            raise RowRagged(_said(number, at, _text(rows[at - 1]), width, columns, every))


def _width(row) -> int:
    """The grid columns `row` covers: its cells' spans and the columns skipped before and after them."""
    skipped = sum(_number(row.find(f"{qn('w:trPr')}/{qn(tag)}")) for tag in ("w:gridBefore", "w:gridAfter"))
    return skipped + sum(max(_number(cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}"), 1), 1) for cell in _cells(row))


def _cells(row):
    """The cells of `row`, also those a content control or custom XML wraps; not those of a table in a cell."""
    for cell in row.iter(qn("w:tc")):
        if next(cell.iterancestors(qn("w:tr")), None) is row:
            yield cell


def _number(element, default: int = 0) -> int:
    """The element's w:val, a count in the digits 0-9 (`²` is a digit to str.isdigit, and int() refuses it), else
    `default`."""
    value = None if element is None else element.get(_W_VAL)
    return int(value) if value is not None and value.isascii() and value.isdigit() else default


def _text(row) -> str:
    return " ".join(joined_text(cell).strip() for cell in _cells(row)).strip()


def _said(table: int, row: int, text: str, width: int, columns: int, every: bool) -> str:
    quoted = f"“{text[:40]}”" if text else "（各格都是空的）"
    if every:
        return (f"第 {table} 张表每一行都占 {width} 列，这张表的表格网格（w:tblGrid）却是 {columns} 列：Word 照样打开，"
                f"各列的宽度却不对；请在 Word 里选中整张表，在“表格属性”里重新设一次各列的宽度，再保存")
    gap = "右边缺了一块" if width < columns else "伸出表格右边"
    return (f"第 {table} 张表第 {row} 行{quoted}的格子占了 {width} 列（含合并的格子），这张表是 {columns} 列："
            f"Word 照样打开，这一行却{gap}，表格线对不齐，生成的每一份表都这样；请在 Word 里拆分或合并这一行的格子，"
            f"使它与上下各行对齐（各格跨的列数之和等于 {columns}）")
