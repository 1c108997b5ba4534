"""A rendered Word part's merged cells whose column count (w:gridSpan) is no whole number, is less than 1, or takes
its row past its table's columns, said as the template's fault.

Such a span comes from a `{% colspan %}` given a text (`{% colspan unit %}`, `{% colspan task.name %}`) or from a
form.docx edited outside Word. Every span of the part is read, not only those of a table whose grid does not fit its
rows: there docxtpl's `fix_tables` read each with int() and its ValueError was jixiao's internal error (exit 4), and
elsewhere (a `{% colspan task.name %}` in a `{%tr for %}` row under a full row, or in a page header) the text went
into the file, which is no number the Word format allows there. A `{% colspan 0 %}` or one counted past the table
(`{% colspan 99999999 %}`, `{% colspan 5 %}` beside a cell of a 5-column table) built with exit 0: the first spans no
grid column, the second more than the table's grid (w:tblGrid) has, which the Word format does not allow either
(LibreOffice lays such a row out by its cells' widths and hides it; no Word was at hand to see what it draws).
"""
from __future__ import annotations

from docx.oxml.ns import qn

from .docx_properties import first_child, joined_text
from .jinja import MERGE_CONTINUE, MERGE_KEEP, MERGE_START
from .problems import clipped
from .template_errors import TagMisplaced


def check(part, story: str = "") -> None:
    """TagMisplaced at the first cell of `part` (a rendered w:body, header or footer; `story` 页眉 or 页脚 for the
    latter two) whose w:gridSpan is not read by int(), as docxtpl reads it, or is less than 1; then at the first row
    whose cells span more columns than its table has (see `table_columns`). Only a row holding a merged cell is added up:
    one of single cells is no wider than the table's row with the most cells, and adding up every row of the five
    examples took a twentieth of their rendering. The tables and rows are counted in the generated form, its row
    quoted, since the row a `{%tr for %}` loop repeated is not where the tag stands."""
    merged = {}  # the rows holding a merged cell, in document order (a dict for its order, no values)
    for span in part.iter(_GRID_SPAN):
        try:
            value = int(span.get(_VAL))
        except (TypeError, ValueError):
            raise TagMisplaced(_said(part, span, story)) from None
        if value < 1:
            raise TagMisplaced(f"{_where(part, span, story)}有一格合并的列数（w:gridSpan）是 {value}，合并的格子至少占 1 列；"
                               f"{_WRITE}")
        merged[next(span.iterancestors(_TR), None)] = None
    columns = {}
    for tr in merged:
        tbl = None if tr is None else next(tr.iterancestors(_TBL), None)
        if tbl is None:  # a span outside a table's row, of a file edited outside Word: no row to add up
            continue
        if tbl not in columns:
            columns[tbl] = table_columns(tbl)
        spans = [cell_span(tc) for tc in tr.iterchildren(_TC)]
        if sum(spans) > columns[tbl]:  # more cells than columns widened the grid: only a merge gets past it
            raise TagMisplaced(f"{_where(part, next(tr.iterchildren(_TC)), story)}各格合并后共占 {sum(spans)} 列"
                               f"（{'+'.join(map(str, spans))}），这张表只有 {columns[tbl]} 列，多出的列在表格的网格"
                               f"（w:tblGrid）里没有；{_WRITE_NARROWER}")


def table_columns(tbl) -> int:
    """The columns a table has once docxtpl's `fix_tables` has read it: its grid's (w:tblGrid), or as many as its row
    with the most cells has, where a `{%tc for %}` loop gave it more (fix_tables then widens the grid; it counts the
    rows of a table nested in a cell too)."""
    grid = first_child(tbl, _TBL_GRID)
    listed = 0 if grid is None else sum(1 for _ in grid.iterchildren(_GRID_COL))
    return max([listed, *(sum(1 for _ in tr.iterchildren(_TC)) for tr in tbl.iter(_TR))])


def _rows(tbl) -> list:
    """The table's own rows, not those of a table nested in one of its cells."""
    return [found for found in tbl.iter(_TR) if next(found.iterancestors(_TBL)) is tbl]


def cell_span(tc) -> int:
    """The grid columns a cell spans as docxtpl reads them: its w:gridSpan's value (a whole number, once `check` has
    passed its part), or 1."""
    tc_pr = first_child(tc, _TC_PR)
    span = first_child(tc_pr, _GRID_SPAN) if tc_pr is not None else None
    return 1 if span is None else int(span.get(_VAL))


def _said(part, span, story: str) -> str:
    return (f"{_where(part, span, story)}有一格合并的列数（w:gridSpan）是“{clipped(span.get(_VAL) or '', 20)}”，不是整数；"
            "用 {% colspan %} 的，它的值要是整数，如 {% colspan 2 %}、{% colspan key_tasks|length %}；"
            "没有用它的，是 form.docx 在 Word 以外被改坏了，请在 Word 里打开它、改好这一行的合并后另存")


def _where(part, element, story: str) -> str:
    """The generated table and row `element` (a w:gridSpan, a cell) stands in, its row quoted, as a message opens."""
    tr = next(element.iterancestors(_TR), None)
    tbl = None if tr is None else next(tr.iterancestors(_TBL), None)
    if tbl is None:  # a span outside a table's row: only a file edited outside Word holds one
        return f"生成的{story or '正文'}里"
    table = next(number for number, found in enumerate(part.iter(_TBL), 1) if found is tbl)
    row = next(number for number, found in enumerate(_rows(tbl), 1) if found is tr)
    cells = (joined_text(tc).translate(_UNMARKED).strip() for tc in tr.iter(_TC)
             if next(tc.iterancestors(_TR)) is tr)
    return f"生成的{story}第 {table} 张表第 {row} 行（“{clipped(' '.join(filter(None, cells)), 30)}”）"


_COLSPAN = "用 {% colspan %} 的，它的值要在 1 和表的列数之间，同一行各格占的列数合起来不超过表的列数；"
_OUTSIDE_WORD = "是 form.docx 在 Word 以外被改坏了，请在 Word 里打开它、改好这一行的合并后另存"
_WRITE = f"{_COLSPAN}没有用它的，{_OUTSIDE_WORD}"
"""What to do about a span below 1: only a `{% colspan %}` or a file edited outside Word writes one."""
_WRITE_NARROWER = (f"{_COLSPAN}用 {{%tc for %}} 重复列的（含其中用 {{% hm %}} 合并的），重复出来的列加上这一行别的格子占的列数"
                   f"也不能超过表的列数；都没有用的，{_OUTSIDE_WORD}")
"""What to do about a row wider than its table: a `{%tc for %}` loop beside a merged cell makes one too (docxtpl
widens the grid to the most cells a row has, not to the most columns one spans)."""


_UNMARKED = dict.fromkeys(map(ord, MERGE_START + MERGE_CONTINUE + MERGE_KEEP))  # read before apply_merges takes them
_VAL = qn("w:val")
_GRID_SPAN, _TC, _TC_PR, _TR, _TBL, _TBL_GRID, _GRID_COL = (qn("w:" + name) for name in (
    "gridSpan", "tc", "tcPr", "tr", "tbl", "tblGrid", "gridCol"))
