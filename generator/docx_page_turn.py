"""Turn a Word form's pages the profile's way, its tables with them, and refuse a table that runs off the paper.

`orientation` in profile.yaml sets the page whichever way form.docx was saved, but a table keeps the widths it
was drawn with. Turned landscape, a table drawn for a portrait page filled two thirds of the page; it is widened
in proportion to the text's width (never past it), as the author of a portrait form who asks for landscape
expects. A table is never narrowed: a landscape table squeezed onto a portrait page wraps every cell anew
(numbers broken across lines), and the profile left at portrait is as likely a slip as a choice. A table may
reach into the right margin (Word lets it, and prints it: a 17 cm table within Word's 3.17 cm margins ends
0.8 cm inside the paper's edge), so only one wider than the paper right of the left margin is a template error
(at build and `new --list`): Word and LibreOffice print its right columns off the paper. The error says the
table's widths, the paper's and what to change.
"""
from __future__ import annotations

import copy

from docx.oxml.ns import qn

from .docx_page import A4_HEIGHT, A4_WIDTH, paper_rooms, text_areas, whole_number
from .template_errors import TableTooWide

SLACK = 57  # twips (0.1 cm): columns drawn to a page's width in centimetres add up a twip or two over it
_TWIPS_A_CM = 1440 / 2.54
_TBL, _W, _TYPE = qn("w:tbl"), qn("w:w"), qn("w:type")
_SIDE = {"portrait": "纵向", "landscape": "横向"}


def orient_pages(body, orientation: str) -> None:
    """Every section's page turned the profile's way, and a table on a page turned wider widened with it."""
    before = text_areas(body)
    landscape = orientation == "landscape"
    for size in body.iter(qn("w:pgSz")):
        width, height = whole_number(size, _W, A4_WIDTH), whole_number(size, qn("w:h"), A4_HEIGHT)
        if (width > height) != landscape:
            size.set(_W, str(height))
            size.set(qn("w:h"), str(width))
        if landscape:
            size.set(qn("w:orient"), "landscape")
        elif qn("w:orient") in size.attrib:
            del size.attrib[qn("w:orient")]
    after = text_areas(body)
    for block in body.findall(_TBL):
        was, now, drawn = before[block][0], after[block][0], table_width(block)
        widen = min(now / was, now / drawn) if 0 < was < now and drawn > 0 else 1
        if widen > 1:  # a table already wider than the turned text stays as drawn, as on a page saved that way
            _scale(block, widen)


def check(body, orientation: str) -> None:
    """Raise TableTooWide for the first table of the template's `body` that, set at the left margin of its page
    turned the profile's way (its widths as `orient_pages` leaves them), runs past the paper's right edge."""
    turned, other = _turned(body, orientation), _turned(body, _other(orientation))
    numbers = {table: number for number, table in enumerate(body.iter(_TBL), 1)}
    for block, (table, page, room), (_, other_page, _) in zip(body.findall(_TBL), turned, other):
        if room > 0 and table_width(table) > room + SLACK:
            raise TableTooWide(_said(numbers[block], table, (page[0], room), other_page[0], orientation))


def table_width(table) -> int:
    """The width of a table (its columns' widths added up, see `column_widths`), in twips."""
    return sum(column_widths(table))


def column_widths(table) -> list[int]:
    """The widths of a table's columns, in twips: its grid's (w:gridCol), or where the grid gives none (a tool
    that sets only the cells' widths leaves it blank) its widest row's cells' (w:tcW in twips), so such a table
    is widened and checked too."""
    grid = table.find(qn("w:tblGrid"))
    columns = [] if grid is None else [max(whole_number(col, _W, 0), 0) for col in grid.findall(qn("w:gridCol"))]
    if sum(columns) > 0:
        return columns
    rows = [[_cell_width(cell) for cell in row.findall(qn("w:tc"))] for row in table.findall(qn("w:tr"))]
    return max(rows, key=lambda row: (sum(row), len(row)), default=[])  # of the widest, the one cut finest


def _cell_width(cell) -> int:
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    return max(whole_number(width, _W, 0), 0) if width is not None and width.get(_TYPE, "dxa") == "dxa" else 0


def _turned(body, orientation: str) -> list:
    """(table, text area of its page, room to the paper's edge) of each table of a copy of `body` turned
    `orientation`, in the body's order."""
    turned = copy.deepcopy(body)
    orient_pages(turned, orientation)
    areas, rooms = text_areas(turned), paper_rooms(turned)
    return [(table, areas[table], rooms[table]) for table in turned.findall(_TBL)]


def _scale(table, factor: float) -> None:
    """A table's columns and cells (and the tables in them) widened by `factor`; widths given as a share stay."""
    for col in table.iter(qn("w:gridCol")):
        if whole_number(col, _W, 0) > 0:  # a column without a width is left to Word to fit, not set to 0
            col.set(_W, str(round(whole_number(col, _W, 0) * factor)))
    for width in (*table.iter(qn("w:tcW")), *table.iter(qn("w:tblW"))):
        if width.get(_TYPE, "dxa") == "dxa" and whole_number(width, _W, 0) > 0:
            width.set(_W, str(round(whole_number(width, _W, 0) * factor)))


def _other(orientation: str) -> str:
    return "portrait" if orientation == "landscape" else "landscape"


def _cm(twips: int) -> str:
    return f"{twips / _TWIPS_A_CM:.1f}"


def _said(number: int, table, page: tuple[int, int], other_text: int, orientation: str) -> str:
    """What is wrong with a table that runs off the paper: `page` is (the text's width, the room from the left
    margin to the paper's edge) turned `orientation`, `other_text` the text's width turned the other way."""
    text, room = page
    columns = column_widths(table)
    width = sum(columns)
    side = _SIDE.get(orientation, _SIDE["portrait"])
    narrow = f"请在 Word 里（用 make_form_docx.py 生成的，在脚本的 table() 里）把各列改窄，合计不超过 {_cm(text)} 厘米（左右页边距之间）"
    if orientation != "landscape" and width <= other_text + SLACK:
        narrow = (f"这张表是按横向纸张画的：要横向，请在 profile.yaml 写 orientation: landscape（版心 {_cm(other_text)} 厘米）；"
                  f"要纵向，{narrow}")
    return (f"第 {number} 张表各列宽 {'、'.join(_cm(c) for c in columns)} 厘米，合计 {_cm(width)} 厘米，"
            f"从左页边距排起，右边 {_cm(width - room)} 厘米印到纸外：profile.yaml 的纸张方向（orientation）是 "
            f"{orientation}（{side}），从左页边距到纸的右边只有 {_cm(room)} 厘米；{narrow}")
