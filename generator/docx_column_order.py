"""Put back in the template's order the columns of a table whose header row names them in another.

A clerk swaps two columns of last year's form (年度指标值 before 实施周期指标值), or lays the table out
anew in Excel in an order of their own. Matched as it stands, the header row still showed most of the
form's labels and was taken for its header, and every value was read into the column of the form at its
place: each year's value into the other field, in silence. Where a row shows exactly the labels of one of
the form's header rows (or all but one, reworded: 年度指标值（2023年）; or several, each still naming its own:
年度指标值（2023年） and 实施周期指标值（2023-2025年）), in another order, the columns are
read by those labels instead: that row and the rows under it in its table, as long as each of their cells
covers whole header cells. A cell merged across several (100% over both value columns) moves with them where
they end up side by side; where they do not, the rows from there on are read in the form's order, and the
header's warning says from which row.
"""
from __future__ import annotations

from dataclasses import replace

from .docx_grid import GridCell, GridRow, Table
from .docx_pattern import CellPattern, RowPattern, named_label, norm, walk


def in_template_order(blocks: list, pattern: list) -> tuple[list, list[tuple[Table, GridRow, GridRow | None]]]:
    """The document with such tables' columns in the template's order, and the header rows they were found by
    (as the document had them, for messages), each with the row under it its order could not be kept for, if
    any: that row and those below it were read in the form's order."""
    headers = [row for row in walk(pattern) if isinstance(row, RowPattern) and len(row.labels) >= 2
               and all(cell.label is not None for cell in row.cells)]
    out, reordered = [], []
    for block in blocks:
        if isinstance(block, Table):
            block, found = _reordered(block, headers)
            reordered += found
        out.append(block)
    return out, reordered


def _reordered(table: Table, headers: list[RowPattern]) -> tuple[Table, list[tuple[Table, GridRow, GridRow | None]]]:
    """The table with its columns in the template's order, under each header row naming them in another, as long
    as its rows line up with that header's cells (a row that does not is another part of the table)."""
    rows, found, order = [], [], None
    for row in table.rows:
        columns = next((columns for header in headers if (columns := _order(header, row)) is not None), None)
        if columns is not None:
            order = columns
            found.append((table, row, None))
        elif order is not None and not _under(row, order):
            order = None
        moved = None if order is None else _moved(row, order)
        if order is not None and moved is None:
            found[-1] = (table, found[-1][1], row)
            order = None
        rows.append(row if moved is None else moved)
    return (replace(table, rows=rows) if found else table), found


def _order(header: RowPattern, row: GridRow) -> dict[int, tuple[int, int]] | None:
    """Where each of the row's cells goes, by its first grid column: the template's column its label is in, and
    its width; when the row shows the header's labels in another order, each as wide as there; else None."""
    cells = row.distinct()
    if row.width != header.width or len(cells) != len(header.cells) or not _whole(row):
        return None
    free: list[CellPattern] = list(header.cells)
    order, left = {}, []
    for cell in cells:
        # its own column's label first: of two 预算金额（万元）, one retyped 预算金额（元）, the other is its own
        same = sorted(free, key=lambda p: p.column != cell.column)
        if not norm(cell.text):  # a blank cell names no column: it stays where it is (a side label unmerged)
            same = [p for p in same if p.column == cell.column]
        place = next((p for p in same if norm(p.label) == norm(cell.text) and p.span == cell.span), None)
        if place is None:
            left.append(cell)
            continue
        free.remove(place)
        order[cell.column] = (place.column, cell.span)
    places = _reworded(left, free, header, len(order))
    if places is None:
        return None
    order.update((cell.column, (place.column, cell.span)) for cell, place in zip(left, places))
    return order if any(old != new for old, (new, _) in order.items()) else None


def _reworded(left: list[GridCell], free: list[CellPattern], header: RowPattern,
              matched: int) -> list[CellPattern] | None:
    """The labels left for the cells left over once the others found theirs, in the cells' order, where those
    are the labels left reworded and at least two others matched: each cell takes the label left its text names
    (年度指标值（2023年） for 年度指标值; both value columns swapped and reworded), a single cell naming no label
    the one left (年度目标值); else None, as where a cell names a label another cell has (年度指标值 twice: which
    is which cannot be told)."""
    if not left:
        return []
    if matched < 2:
        return None
    named = [named_label(cell.text, [cell.label for cell in header.labels]) for cell in left]
    if named == [None]:
        places = free
    else:
        labels = {cell.label: cell for cell in free}
        places = [labels[label] for label in named if label in labels]
        if len(places) != len(free) or len({id(place) for place in places}) != len(free):
            return None
    return places if all(cell.span == place.span for cell, place in zip(left, places)) else None


def _whole(row: GridRow) -> bool:
    """Whether the row's own cells cover every grid column (none left as padding)."""
    return sum(cell.span for cell in row.distinct()) == row.width


def _under(row: GridRow, order: dict[int, tuple[int, int]]) -> bool:
    """Whether each cell of the row covers whole cells of the header: one, or several merged across."""
    return _whole(row) and all(_covered(cell, order) is not None for cell in row.distinct())


def _covered(cell: GridCell, order: dict[int, tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Where `order` puts the header cells a row's cell covers (their template column and width), or None
    where one of its edges falls inside a header cell."""
    places, column = [], cell.column
    while column < cell.column + cell.span:
        if column not in order:
            return None
        places.append(order[column])
        column += order[column][1]
    return places if column == cell.column + cell.span else None


def _moved(row: GridRow, order: dict[int, tuple[int, int]]) -> GridRow | None:
    """The row with each cell moved from under its header cells to where `order` puts them; None where a cell
    merged across several covers some that do not end up side by side, so no place is theirs alone."""
    cells = list(row.cells)
    for cell in row.distinct():
        places = _covered(cell, order)
        start = min(column for column, _ in places)
        if max(column + span for column, span in places) - start != cell.span:
            return None
        moved = replace(cell, column=start, moved_from=cell.drawn_column)
        cells[start:start + cell.span] = [moved] * cell.span
    return replace(row, cells=cells)
