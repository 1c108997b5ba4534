"""Tables a clerk laid a form's lines out in, read as the paragraphs they print.

A hand-made Word form often sets the lines above a table side by side in a table without borders:
填报单位(盖章) 某单位 | 金额单位：万元, or 564301 | 某单位 (one paragraph, `{{ unit_code }}{{ unit }}`, in the
form's template). Read as a table's row, the line was sought among the paragraphs and not found, the
table of the form under it no longer started where the form's does, and a form of one table a project
read none of its projects. A table none of whose rows shows a label of the forms' tables, every row of
which reads as the forms' lines (xlsx_form_text, as a sheet's rows are told apart), is read as those
lines: each row a paragraph, its cells a space apart.
"""
from __future__ import annotations

from .docx_grid import Paragraph, Table
from .docx_match_types import where_row
from .xlsx_form_text import FormText


def layout_tables_as_lines(blocks: list, form: FormText) -> list:
    """The blocks with each such table's rows as paragraphs, named by the table's row."""
    out: list = []
    for block in blocks:
        if isinstance(block, Table) and _laid_out(block, form):
            out += [Paragraph(0, " ".join(texts), where=where_row(block, row)) for row in block.rows
                    if (texts := [cell.text.strip() for cell in row.distinct() if cell.text.strip()])]
        else:
            out.append(block)
    return out


def _laid_out(table: Table, form: FormText) -> bool:
    """Whether every row reads as lines of the forms and none shows a label of their tables; rows of fields
    alone (564301 | 某单位) only in a table of one row or beside a line of words: a table's rows after a
    page break, away from its header, can read so (1 | 某目标 under a 序号)."""
    rows = [[cell.text.strip() for cell in row.distinct() if cell.text.strip()] for row in table.rows]
    reads = [form.reads_as(texts) for texts in rows if texts]
    return bool(reads) and None not in reads and not any(form.shows_table_label(texts) for texts in rows) \
        and (len(reads) == 1 or "words" in reads)
