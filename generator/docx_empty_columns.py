"""Match a document whose tables have a column the form lacks: a spacer column a clerk inserted, or one
they added under a heading of their own (备注).

Excel and WPS widen every merged cell a new column is inserted into, so a spacer column inserted
through a form holds no cell of its own with text in any row: empty cells, and the inside of merged
cells stretching over it from the left. It shifts every cell after it one place, and the rows no
longer line up with the template: nothing of the table was read. A form's own column can look the
same (a value column with one cell, left blank: 其他资金 in a table of labels and values), and taken
out, its row no longer lines up instead. So the template tells them apart: a table is read without
such columns only where that leaves fewer cells unplaced.

A column added with a heading the form does not print (备注 beside the form's 一级指标, 二级指标 …) did
the same to every row under it: the whole table unplaced, the import incomplete. It is tried taken out
too, its cells then reported as unplaced, one by one, as any text the form has no place for.
"""
from __future__ import annotations

from dataclasses import replace

from .docx_grid import GridRow, Table
from .docx_match import match
from .docx_match_types import Binding, Result, Unplaced, where_cell
from .docx_pattern import CellPattern, norm, walk
from .docx_sequence_columns import without_column


SPACERS = 8
"""Empty columns each tried alone, at most: a clerk inserts a spacer or two. One value typed far to the right
(XFD1) made a table of thousands of empty columns, each read on its own: the import ran for hours."""


def match_without_spacers(pattern: list, blocks: list, binding: Binding) -> Result:
    """`match`, tables read without their empty columns, or columns headed by words the form does not print,
    where that places more of the document (the cells of a column taken out count as unplaced).

    First every table without all of its empty columns (a spacer inserted through the whole sheet;
    look-alike tables of one form, one with a 重点工作 column and one without, are told apart only once all
    are read right), then table by table: as it is, without all, or without one of its empty columns
    (a blank column of the form's own beside the spacer), or without its added columns, one or all.
    A reading is kept only when it leaves fewer cells unplaced than the best one before it.
    """
    found = match(pattern, blocks, binding)
    labels = {norm(cell.label) for cell in walk(pattern) if isinstance(cell, CellPattern) and cell.label}
    tables = {index: block for index, block in enumerate(blocks) if isinstance(block, Table)}
    empty = {index: columns for index, block in tables.items() if (columns := empty_columns(block))}
    added = {index: columns for index, block in tables.items() if (columns := added_columns(block, labels))}
    if not found.unplaced or not (empty or added):
        return found

    def read(taken: dict[int, tuple]) -> Result:
        result = match(pattern, [without_columns(block, taken[index]) if index in taken else block
                                 for index, block in enumerate(blocks)], binding)
        result.unplaced += [cell for index, columns in taken.items() for cell in _typed_cells(blocks[index], columns)]
        return result

    chosen: dict[int, tuple] = {}  # by table, the columns taken out of it
    tries = [{index: tuple(columns) for index, columns in empty.items()}] if empty else []
    tries += [{index: option} for index, columns in empty.items()
              for option in dict.fromkeys([(), tuple(columns), *((column,) for column in columns[:SPACERS])])]
    tries += [{index: option} for index, columns in added.items()
              for option in dict.fromkeys([*((column,) for column in columns), tuple(columns)])]
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


def added_columns(table: Table, labels: set[str]) -> list[int]:
    """The grid columns a header row heads with words the form does not print (备注): a row of the table
    showing at least two of the form's labels (`labels`, as `norm` makes them), more than twice as many as
    its cells of words it does not print, the column of each of those (a row of labels and values, 基本支出 |
    610.85 | 财政拨款 | 689.41, shows as many of each)."""
    columns: set[int] = set()
    for row in table.rows:
        own = [cell for cell in row.distinct() if not cell.continued and norm(cell.text)]
        other = [cell for cell in own if norm(cell.text) not in labels]
        if len(own) - len(other) >= max(2, 2 * len(other) + 1):
            columns.update(cell.column for cell in other if cell.span == 1)
    return sorted(columns)


def _typed_cells(table: Table, columns: tuple) -> list[Unplaced]:
    """The text typed in cells of their own in these grid columns, as unplaced cells (a column taken out)."""
    return [Unplaced(where_cell(table, row, cell), cell.text.strip()) for row in table.rows for cell in row.distinct()
            if cell.column in columns and cell.span == 1 and not cell.continued and cell.text.strip()]


def without_columns(table: Table, columns: tuple) -> Table:
    """The table with those grid columns taken out of every row (cells spanning them narrow)."""
    return replace(table, rows=[without_column(row, *columns) for row in table.rows])


def _typed_in(row: GridRow, column: int) -> bool:
    """Whether the row has a cell of its own with text in this column (not one stretching over it from the left)."""
    cell = row.cells[column] if column < row.width else None
    return cell is not None and cell.column == column and bool(cell.text.strip())
