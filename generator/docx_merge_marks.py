"""Warnings about a cell that continues a merged cell with nothing above it to continue.

A side label (绩效指标, 年度重点工作任务) is merged down its column by marks the template prints:
`{{ merge_start }}` in the label's own cell, `{{ merge_continue }}` (or `{{ merge_keep }}`) in the cells
below it. Deleting the label's row (a header row that looked like any other) left the cells below it
continuing a merge that never started: Word drew them blank, with no label, and build said nothing. The
form still renders, so a warning, at the first such cell of each column.
"""
from __future__ import annotations

import re

from docx.oxml.ns import qn

from .docx_grid import cell_place, tc_column
from .docx_properties import joined_text
from .docx_tags import level_tag
from .problems import Problem, Severity

CODE = "TEMPLATE-MERGE-UNSTARTED"
_MARK = re.compile(r"\{\{-?\s*merge_(start|continue|keep)\s*-?\}\}")


def unstarted(file, body) -> list[Problem]:
    """A warning for the first cell of each column of a Word template's tables (`body`, its w:body) that continues
    a merge while the cell above it, in the nearest row docxtpl keeps (a `{%tr %}` or `{{tr x }}` line is dropped),
    has no mark."""
    found = []
    for number, table in enumerate(body.iter(qn("w:tbl")), 1):
        marked: dict[int, bool] = {}  # grid column -> whether the kept cell above holds a mark
        said: set[int] = set()
        for row_number, row in enumerate(table.findall(qn("w:tr")), 1):
            if level_tag(joined_text(row), "tr"):
                continue
            for cell in row.findall(qn("w:tc")):
                column, marks = tc_column(cell), list(_MARK.finditer(joined_text(cell)))
                kinds = {m[1] for m in marks}
                if marks and "start" not in kinds and not marked.get(column) and column not in said:
                    said.add(column)
                    found.append(Problem(str(file), 0, 0, Severity.WARNING, CODE,
                                         f"{cell_place(number, row_number, column)}的“{marks[0][0]}”接着上面的合并格，"
                                         "这一列上面却没有“{{ merge_start }}”（印出栏名的第一格要有它，那一格也许连同它那一行删去了）："
                                         "生成的表这一列合并成空白的一格，没有栏名；请在这一列要合并的第一格写上“{{ merge_start }}栏名”，"
                                         "或删去这个标签"))
                marked[column] = bool(marks)
    return found
