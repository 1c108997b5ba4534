"""Take out the 序号 columns people add to a form whose template has none, before matching.

A table typed with its own numbering column no longer lines up with the template cell for cell;
the numbers are the table's, not anybody's text, so docx_match reads the document without them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .docx_grid import GridCell, GridRow, Table
from .docx_pattern import CellPattern, norm, walk

SEQUENCE_LABEL = "序号"
# What a 序号 cell holds (after `fold`): 1  1.  1、  1.2  1-2  (1)  一  一、  (一)
_SEQUENCE = re.compile(r"(?:[0-9]+(?:[.\-][0-9]+)*[.、)]?|\([0-9]+\)|[一二三四五六七八九十]+[、.]?|\([一二三四五六七八九十]+\))")


def without_sequence_columns(blocks: list, pattern: list) -> list:
    """The document without the 序号 columns people add to a form whose template has none.

    A 序号 column shifts every cell after it one place: the rows no longer line up with the
    template (every task or indicator left unplaced), or, in a table without a label column (an
    indicator table starting with 一级指标), they do and 1, 2, 3 are read as the 一级指标. The
    numbers are the table's, not anybody's text, so the column is taken out: from its 序号 cell
    down, while the cells under it hold only numbers or nothing (a row typed below the numbered
    ones keeps its cells); cells of other rows stretching over it just lose that column. A template
    with a 序号 column of its own is left as is.
    """
    if any(isinstance(c, CellPattern) and c.label and norm(c.label) == SEQUENCE_LABEL for c in walk(pattern)):
        return blocks
    return [_unsequenced(block) if isinstance(block, Table) else block for block in blocks]


def _unsequenced(table: Table) -> Table:
    while True:
        header = next(((index, cell) for index, row in enumerate(table.rows) for cell in row.distinct()
                       if not cell.continued and cell.span == 1 and norm(cell.text) == SEQUENCE_LABEL), None)
        if header is None:
            return table
        table = _drop_column(table, *header)


def _drop_column(table: Table, start: int, header: GridCell) -> Table:
    column, rows, numbered = header.column, [], True
    for index, row in enumerate(table.rows):
        cell = row.cells[column] if column < row.width else None
        if cell is not None and cell.span == 1:
            text = norm(cell.text)
            if index < start:
                drop = not text
            else:
                numbered = numbered and (cell.continued or text in ("", SEQUENCE_LABEL) or bool(_SEQUENCE.fullmatch(text)))
                drop = numbered
            if not drop:
                rows.append(row)
                continue
        rows.append(without_column(row, column) if cell is not None else row)
    return replace(table, rows=rows)


def without_column(row: GridRow, *columns: int) -> GridRow:
    """The row with grid columns taken out: a cell only there goes, a cell spanning them narrows.

    Each cell keeps the column it was drawn in (`drawn_column`), so messages still name the column as Word shows
    it. Several columns go in one pass: one at a time, a table thousands of empty columns wide took hours."""
    gone = set(columns)
    kept = [cell for index, cell in enumerate(row.cells) if index not in gone]
    first: dict[int, int] = {}
    span: dict[int, int] = {}
    for index, cell in enumerate(kept):
        first.setdefault(id(cell), index)
        span[id(cell)] = span.get(id(cell), 0) + 1
    fresh = {key: replace(cell, column=first[key], span=span[key], moved_from=cell.drawn_column) for key, cell in
             ((id(c), c) for c in kept)}
    return replace(row, cells=[fresh[id(cell)] for cell in kept])

