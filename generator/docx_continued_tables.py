"""Tell a Word table carried on over a page as a table of its own from a table that is another.

Word users often end a table at the foot of a page and start a new one on the next, typing the header row again
by hand (or not at all), rather than letting one table run on. The matcher reads every table row in one stream,
so the rows of the lower table are read as the form's all the same; but the lower table's first row, its 一级、二级
merged down from above in the one table, arrives as a first row with those cells blank, and a blank category
continues the group above only in one table (docx_match `_right_under`): the indicator was left without its
一级指标, and no message said why.

The lower table carries the upper on when nothing but empty paragraphs stands between them and its columns are the
same: its first row is a header row typed again just as a header row of the upper reads (same words in the same
cells), or, without a header, it has the same grid columns, each as wide (give or take a little, as a table drawn
again by hand), and its first row is laid out in cells as the upper's last. Tables whose columns differ are never
taken for one. A sheet's tables are left alone: Excel runs a table over its pages itself, so a blank row between two
tables there is the clerk's own gap (xlsx_grid reads each with its own columns).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .docx_grid import GridRow, Paragraph, Table

# docx_match's `_labels`: (labels the row shows, those in cells of their own, whether one disagrees), or None
Labels = Callable[[object, GridRow], "tuple[set, set, bool] | None"]

SLACK = 0.02
"""How much a grid column's width may differ, as a share of it, in a table drawn again by hand to go on with one."""


@dataclass
class ContinuedTable:
    """A table (`lower`) read as carrying on `upper`, cut at a page end; `header`: its first row, a header row of
    `upper` typed again, or None where it has none and was known by its columns."""

    upper: Table
    lower: Table
    header: GridRow | None = None


def continued_tables(blocks: list, rows: list, labels: Labels) -> list[ContinuedTable]:
    """Each table of the body's `blocks` that carries on the table before it (`rows`: the form's row patterns, which
    say what is a header row)."""
    found, upper = [], None
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip() and not block.place:
                upper = None  # a title or a note between two tables: the lower one is a table of its own
            continue
        if upper is not None and not upper.where and not block.where and block.rows and upper.rows:
            carried = _carried_on(upper, block, rows, labels)
            if carried is not None:
                found.append(carried)
        upper = block
    return found


def _carried_on(upper: Table, lower: Table, rows: list, labels: Labels) -> ContinuedTable | None:
    first = lower.rows[0]
    if _header(first, rows, labels):
        typed = _typed(first)
        again = next((row for row in upper.rows if _typed(row) == typed), None)
        return ContinuedTable(upper, lower, first) if again is not None else None
    if _same_widths(upper.widths, lower.widths) and _layout(first) == _layout(upper.rows[-1]):
        return ContinuedTable(upper, lower)
    return None


def _header(row: GridRow, rows: list, labels: Labels) -> bool:
    """Whether the row shows every label of a header row of the form (a row of labels only)."""
    for rp in rows:
        if rp.labels and all(c.label is not None for c in rp.cells):
            found = labels(rp, row)
            if found is not None and not found[2] and len(found[0]) == len(rp.labels):
                return True
    return False


def _typed(row: GridRow) -> tuple:
    """What a row's cells read, whitespace aside, and where each stands: a header typed again reads so as it did."""
    return tuple(("".join(c.text.split()), c.column, c.span) for c in row.distinct())


def _layout(row: GridRow) -> tuple:
    return row.width, tuple((c.column, c.span) for c in row.distinct())


def _same_widths(upper: list[int], lower: list[int]) -> bool:
    return bool(upper) and len(upper) == len(lower) and all(
        abs(a - b) <= SLACK * max(a, b) for a, b in zip(upper, lower))
