"""Where a form ends: the signature row and notes a unit types right under its last table, no blank row between.

Many units' sheets and documents close the form with 填报人：张三  审核人：李四  填报日期：2024年1月10日, 单位负责人：
… 财务负责人：… 经办人：…, 联系电话：… or 注：1. …, in the table's last row or a row added under it, drawn like the
table's. Read as a row of the table, 填报人： became an indicator's 一级指标 (two validate errors, and a cell merged
across it said to put the columns out of order), or each of its cells was said apart to have no place. No form's
table has such a row: a row whose first text opens with one of these labels and its colon, and which is that one
text or such labels and their values alone (`ends_form`), ends the table, and it and the rows under it are lines of
text, which the matcher reads as the form's lines where it prints them (填报人：{{ filled_by }}) and otherwise
says were not read (IMPORT-UNPLACED), a line each.

The labels are every form's alike, not a variant's; one the forms' tables have as a cell's label (备注, where a form
has such a row) is left out for those forms, as xlsx_form_text leaves the line labels out.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from .docx_grid import Paragraph, Table
from .docx_match_types import where_row
from .docx_pattern import fold
from .xlsx_form_text import FormText, label_key

ENDING_LABELS = ("填报人", "填表人", "制表人", "审核人", "复核人", "审批人", "经办人", "联系人", "单位负责人", "部门负责人",
                 "财务负责人", "分管领导", "负责人", "联系电话", "填报日期", "填表日期", "备注", "注", "说明")
"""The labels a form's closing lines open with (填报人：, 注：), each before its colon."""

_ENDING = re.compile(r"\s*(?:" + "|".join(sorted(ENDING_LABELS, key=len, reverse=True)) + r")\s*:")


def ends_form(texts: Iterable[str], form: FormText) -> bool:
    """Whether a row whose cells hold `texts` (in order) closes the form: its first text opens with an ending label
    and its colon (after `fold`, a full-width ：too), a label none of the forms' tables has; and the row is one text
    (注：1. …) or label and value pairs alone (填报人：张三 | 审核人：李四, 联系电话： | 12345678). A row of a table
    whose first cell's text opens so has other texts besides (说明：… | 组织… | 1.50, a task named so): it and the
    rows under it were cut from the table, the tasks lost."""
    texts = [text for text in texts if text.strip()]
    opens = [_opening(text, form) for text in texts]
    if not opens or opens[0] is None:
        return False
    return all(opened is not None or _label_alone(texts[i - 1], opens[i - 1]) for i, opened in enumerate(opens)
               if i)


def _opening(text: str, form: FormText) -> re.Match | None:
    opens = _ENDING.match(fold(text))
    return opens if opens and label_key(opens[0]) not in form.table_labels else None


def _label_alone(text: str, opens: re.Match | None) -> bool:
    """Whether `text` is an ending label and its colon with nothing after it (填报人：), its value in the next cell."""
    return opens is not None and not fold(text)[opens.end():].strip()


def closing_rows(rows: list[list[str]], form: FormText) -> range:
    """The indexes of the rows (each its cells' texts) closing the form: the first that `ends_form` and those under
    it, up to one showing a label of the forms' tables (a form of its own starting there); none if no row ends it."""
    end = next((i for i, texts in enumerate(rows) if ends_form(texts, form)), len(rows))
    resume = next((i for i in range(end + 1, len(rows)) if form.shows_table_label(rows[i])), len(rows))
    return range(end, resume)


def cut_at_form_end(blocks: list, form: FormText) -> list:
    """The blocks with each Word table cut at the rows closing the form (`closing_rows`): those are paragraphs, a
    row's cells a space apart, named by the table's row; the table's rows above and below them stay tables. A
    sheet's rows are told so before its tables are made (xlsx_grid `_run_lines`)."""
    out: list = []
    for block in blocks:
        if not isinstance(block, Table):
            out.append(block)
            continue
        cells = [[cell.text.strip() for cell in row.distinct() if cell.text.strip()] for row in block.rows]
        closing = closing_rows(cells, form)
        if not closing:
            out.append(block)
            continue
        if closing.start:
            out.append(replace(block, rows=block.rows[:closing.start]))
        out += [Paragraph(0, " ".join(cells[i]), where=where_row(block, block.rows[i])) for i in closing if cells[i]]
        if closing.stop < len(cells):
            out.append(replace(block, rows=block.rows[closing.stop:]))
    return out
