"""A rendered Word part's merged cells whose column count (w:gridSpan) is no whole number, said as the template's fault.

Such a span comes from a `{% colspan %}` given a text (`{% colspan unit %}`, `{% colspan task.name %}`) or from a
form.docx edited outside Word. Every span of the part is read, not only those of a table whose grid does not fit its
rows: there docxtpl's `fix_tables` read each with int() and its ValueError was jixiao's internal error (exit 4), and
elsewhere (a `{% colspan task.name %}` in a `{%tr for %}` row under a full row, or in a page header) the text went
into the file, which is no number the Word format allows there.
"""
from __future__ import annotations

from docx.oxml.ns import qn

from .docx_properties import joined_text
from .jinja import MERGE_CONTINUE, MERGE_KEEP, MERGE_START
from .problems import clipped
from .template_errors import TagMisplaced


def check(part, story: str = "") -> None:
    """TagMisplaced at the first cell of `part` (a rendered w:body, header or footer; `story` 页眉 or 页脚 for the
    latter two) whose w:gridSpan is not read by int(), as docxtpl reads it; the tables and rows counted in the
    generated form, its row quoted, since the row a `{%tr for %}` loop repeated is not where the tag stands."""
    for span in part.iter(_GRID_SPAN):
        try:
            int(span.get(_VAL))
        except (TypeError, ValueError):
            raise TagMisplaced(_said(part, span, story)) from None


def _said(part, span, story: str) -> str:
    tr = next(span.iterancestors(_TR), None)
    tbl = None if tr is None else next(tr.iterancestors(_TBL), None)
    if tbl is None:  # a span outside a table's row: only a file edited outside Word holds one
        where = f"生成的{story or '正文'}里"
    else:
        table = next(number for number, found in enumerate(part.iter(_TBL), 1) if found is tbl)
        rows = [found for found in tbl.iter(_TR) if next(found.iterancestors(_TBL)) is tbl]
        row = next(number for number, found in enumerate(rows, 1) if found is tr)
        cells = (joined_text(tc).translate(_UNMARKED).strip() for tc in tr.iter(_TC)
                 if next(tc.iterancestors(_TR)) is tr)
        where = f"生成的{story}第 {table} 张表第 {row} 行（“{clipped(' '.join(filter(None, cells)), 30)}”）"
    return (f"{where}有一格合并的列数（w:gridSpan）是“{clipped(span.get(_VAL) or '', 20)}”，不是整数；"
            "用 {% colspan %} 的，它的值要是整数，如 {% colspan 2 %}、{% colspan key_tasks|length %}；"
            "没有用它的，是 form.docx 在 Word 以外被改坏了，请在 Word 里打开它、改好这一行的合并后另存")


_UNMARKED = dict.fromkeys(map(ord, MERGE_START + MERGE_CONTINUE + MERGE_KEEP))  # read before apply_merges takes them
_VAL = qn("w:val")
_GRID_SPAN, _TC, _TR, _TBL = (qn("w:" + name) for name in ("gridSpan", "tc", "tr", "tbl"))
