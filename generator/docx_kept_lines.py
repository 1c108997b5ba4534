"""The lines a form prints under a table and keeps with its last row, made part of that table for LibreOffice.

A template keeps its sign-off lines (who filled the form in, a phone number, a date) on the page of the table above
them: the table's last row and each line but the last are kept with the next (w:keepNext). Word follows that and
moves the last row to a new page with the lines. LibreOffice ignores keep-with-next on a table's last row, and
printed the lines alone on a page of their own when the table ended at the foot of one. Rows kept with the next it
does follow, so in the Word file made for LibreOffice to convert (never in the user's) the lines are moved into a
last row of their table: one cell across it, without a rule at its sides or below and without cell margins, so
that they print where they printed under the table.

A table whose side label is merged down from its repeated header rows (`docx_rows.merged_from_header`) keeps its
lines under it: run onto a new page, the label's merge went on there over the audit row, a row after it now, and
LibreOffice printed the label on top of 审核意见 and boxed the lines in the label's column (7 of 10 department
forms of 10 to 28 indicators). Left under such a table, the lines printed on the page of its last rows in every
long form tried (the label's last row is kept with the audit row: `docx_rows.keep_label_end_with_next`); the
tables whose lines LibreOffice printed alone had their label cut at the header, as a table taller than a page has.
"""
from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from .docx_page_turn import column_widths
from .docx_paragraph_height import keeps_with_next, starts_page
from .docx_rows import kept_with_next, merged_from_header


def carry_kept_lines(body, layouts: dict) -> None:
    """Move the paragraphs that each table of the body keeps with its last row into a row of their own at its end.

    A table's last row keeps what follows with it when a paragraph of it is kept with the next; so is each
    paragraph after the table that is itself kept with the next, and the one after the last of them. Each is read
    as Word reads it (`keeps_with_next`). A table with a label merged from its header rows is left as it is (see the
    module's docstring)."""
    for tbl in body.findall(_TBL):
        rows = tbl.findall(_TR)
        if rows and kept_with_next(rows[-1], layouts) and not merged_from_header(tbl):
            lines = _lines_kept_with(tbl, layouts)
            if lines:
                tbl.append(_row(tbl, lines))


def _lines_kept_with(tbl, layouts: dict) -> list:
    """The paragraphs after `tbl` kept with its last row, up to one that opens a page (it is kept with nothing
    above it); none where moving them would change more than where a page breaks: a table right after them would
    join theirs, and a paragraph holding its section's properties (w:sectPr) has no place in a cell, nor may the
    lines kept with it be parted from it (LibreOffice would print it alone as it printed them)."""
    lines, after = [], tbl.getnext()
    while after is not None and after.tag == _P and not starts_page(after, layouts):
        if after.find(_OWN_SECTION) is not None:
            return []
        lines.append(after)
        after = after.getnext()
        if not keeps_with_next(lines[-1], layouts):
            break
    return [] if after is not None and after.tag == _TBL else lines


def _row(tbl, lines: list) -> etree._Element:
    """A row kept whole, of one cell spanning the table's columns that holds `lines`: no rule on its left, right
    and bottom (the rule above it is the row before's), and no cell margins, so the lines start where they did."""
    columns = column_widths(tbl)
    tr = etree.Element(_TR)
    etree.SubElement(etree.SubElement(tr, qn("w:trPr")), qn("w:cantSplit"))
    tc = etree.SubElement(tr, qn("w:tc"))
    tc_pr = etree.SubElement(tc, qn("w:tcPr"))  # CT_TcPr order: tcW, gridSpan, tcBorders, tcMar
    etree.SubElement(tc_pr, qn("w:tcW"), {qn("w:w"): str(sum(columns)), qn("w:type"): "dxa"})
    if len(columns) > 1:
        etree.SubElement(tc_pr, qn("w:gridSpan"), {qn("w:val"): str(len(columns))})
    borders = etree.SubElement(tc_pr, qn("w:tcBorders"))
    for side in ("left", "bottom", "right"):
        etree.SubElement(borders, qn("w:" + side), {qn("w:val"): "nil"})
    margins = etree.SubElement(tc_pr, qn("w:tcMar"))
    for side in ("top", "left", "bottom", "right"):
        etree.SubElement(margins, qn("w:" + side), {qn("w:w"): "0", qn("w:type"): "dxa"})
    tc.extend(lines)
    return tr


_TBL, _TR, _P, _P_PR = qn("w:tbl"), qn("w:tr"), qn("w:p"), qn("w:pPr")
_OWN_SECTION = f"{_P_PR}/{qn('w:sectPr')}"
