"""Many table cells named as a message can say them: each run down one column of one table as one range.

A note naming one cell and a count (B18 格等 53 格) left the clerk unable to find the others; listed one
by one they fill a screen. A run reads as a sheet's range (C18:C29) or a Word table's rows (第 2 张表第 7–12 行第 1 列).
"""
from __future__ import annotations

from .docx_grid import cell_place
from .docx_match_types import CellPlace


def ranges(places: list[CellPlace], sheet: str | None = None) -> str:
    """`places` (in document order) as runs joined by 、, a sheet's name said before its first run, unless it is
    `sheet`, the one the message already named: 工作表“绩效目标表”C18:C29、C31."""
    named = []
    for run in _runs(places):
        where = run[0].table.where
        named.append(("" if where == sheet else where) + _run(run))
        sheet = where
    return "、".join(named)


def _runs(places: list[CellPlace]) -> list[list[CellPlace]]:
    """The places cut where one is not in the row right below the one before, in its table and column."""
    runs: list[list[CellPlace]] = []
    for place in places:
        last = runs[-1][-1] if runs else None
        if last and last.table is place.table and last.cell.column == place.cell.column \
                and typed_row(place) == typed_row(last) + 1:
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def _run(run: list[CellPlace]) -> str:
    first, last = run[0], run[-1]
    if first.cell.address:
        return first.cell.address if len(run) == 1 else f"{first.cell.address}:{last.cell.address}"
    rows = str(typed_row(first)) if len(run) == 1 else f"{typed_row(first)}–{typed_row(last)}"
    return cell_place(first.table.number, rows, first.cell.drawn_column)


def typed_row(place: CellPlace) -> int:
    """The number of the table row the cell was typed in: its own, where its row joins two (docx_split_rows)."""
    return place.cell.row or place.row.number
