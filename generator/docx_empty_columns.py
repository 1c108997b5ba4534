"""Match a document whose tables have a column nobody typed in: a spacer column a clerk inserted.

Excel and WPS widen every merged cell a new column is inserted into, so a spacer column inserted
through a form holds no cell of its own with text in any row: empty cells, and the inside of merged
cells stretching over it from the left. It shifts every cell after it one place, and the rows no
longer line up with the template: nothing of the table was read. A form's own column can look the
same (a value column with one cell, left blank: 其他资金 in a table of labels and values), and taken
out, its row no longer lines up instead. So the template tells them apart: a table is read without
such columns only where that leaves fewer cells unplaced.
"""
from __future__ import annotations

from dataclasses import replace

from .docx_grid import GridRow, Table
from .docx_match import Binding, Result, match
from .docx_sequence_columns import without_column


def match_without_spacers(pattern: list, blocks: list, binding: Binding) -> Result:
    """`match`, tables read without their empty columns where that places more of the document.

    First every table without all of its empty columns (a spacer inserted through the whole sheet;
    look-alike tables of one form, one with a 重点工作 column and one without, are told apart only once all
    are read right), then table by table: as it is, without all, or without one of its empty columns
    (a blank column of the form's own beside the spacer). A reading is kept only when it leaves
    fewer cells unplaced than the best one before it.
    """
    found = match(pattern, blocks, binding)
    empty = {index: empty_columns(block) for index, block in enumerate(blocks) if isinstance(block, Table)}
    empty = {index: columns for index, columns in empty.items() if columns}
    if not found.unplaced or not empty:
        return found

    def read(taken: dict[int, tuple]) -> Result:
        return match(pattern, [without_columns(block, taken[index]) if index in taken else block
                               for index, block in enumerate(blocks)], binding)

    chosen: dict[int, tuple] = {}  # by table, the columns taken out of it
    tries = [{index: tuple(columns) for index, columns in empty.items()}]
    tries += [{index: option} for index, columns in empty.items()
              for option in dict.fromkeys([(), tuple(columns), *((column,) for column in columns)])]
    for taken in tries:
        trial = {index: columns for index, columns in {**chosen, **taken}.items() if columns}
        if trial == chosen:
            continue
        other = read(trial)
        if len(other.unplaced) < len(found.unplaced):
            chosen, found = trial, other
            if not found.unplaced:
                break
    return found


def empty_columns(table: Table) -> list[int]:
    """The table's grid columns in which no row has a cell of its own with text (none if all are such)."""
    width = max((row.width for row in table.rows), default=0)
    empty = [column for column in range(width) if not any(_typed_in(row, column) for row in table.rows)]
    return empty if len(empty) < width else []


def without_columns(table: Table, columns: tuple) -> Table:
    """The table with those grid columns taken out of every row (cells spanning them narrow)."""
    rows = table.rows
    for column in sorted(columns, reverse=True):  # from the right: taking a column out moves those after it
        rows = [without_column(row, column) if column < row.width else row for row in rows]
    return replace(table, rows=rows)


def _typed_in(row: GridRow, column: int) -> bool:
    """Whether the row has a cell of its own with text in this column (not one stretching over it from the left)."""
    cell = row.cells[column] if column < row.width else None
    return cell is not None and cell.column == column and bool(cell.text.strip())
