"""Merged ranges reaching past a sheet's cells cut back to them, in the package's bytes, before openpyxl reads it.

A clerk who merges a whole column for layout (a blank margin: column A selected, 合并单元格) saves a range
down to the sheet's last row, A1:A1048576. openpyxl makes an object for every cell of a merged range as it
loads a sheet: a million for that column, 9 s for each of the two loads open_workbook makes, 28 s each for
three such columns; and a whole column merged with text in its first cell made the sheet a million rows
long to read (over four minutes). A margin merged down to row 100000 costs the same in proportion. Below
the sheet's last cell such a range covers only cells that are empty and unformatted, and so does one to
the sheet's right edge past its last cell and other merged ranges: cut back there, it reads the same.

A cell the range itself covers does not make the sheet reach that far, unless it holds a value: Excel writes
the range's format (合并后居中's alignment, its border) into every cell it covers, and one formatted cell at
the corner of A2:XFD1048576, A1:A1048576 or A5:Z200000 kept the range whole, a million rows read with its text
(86 s, 1.7 GB). Nor does an empty cell with no format: no row of it is read. A formatted cell outside every
range still counts (a blank row of the form drawn with lines, a side label merged down beside it).

The XML is scanned with patterns, not parsed: a worksheet's cells and merges are flat elements every
writer lays out alike, and parsing a large sheet once more would cost a part of what this saves. A sheet
with a cell whose address is not written (`r` is optional) is left as it is: where its cells end is not known.
"""
from __future__ import annotations

import io
import re
import zipfile

from openpyxl.utils import column_index_from_string, get_column_letter

from . import zip_damage

_PREFIX = rb"<(?:[A-Za-z_][\w.-]*:)?"
_CELL = re.compile(_PREFIX + rb"c(?=[\s/>])([^>]*?)(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?c>)", re.S)
_ADDRESS = re.compile(rb'\sr="([A-Z]{1,3})([0-9]{1,7})"')
_STYLED = re.compile(rb'\ss="')
_HELD = re.compile(_PREFIX + rb"(?:v|f|is)(?=[\s/>])")  # a value, a formula or an inline string
_MERGE = re.compile(_PREFIX + rb'mergeCell\s[^>]*?ref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"')
_SHEETS = re.compile(r"xl/worksheets/[^/]+\.xml")
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384  # a sheet's last row and column (XFD)


def cut_back(data: bytes) -> bytes:
    """The workbook package with each sheet's merged ranges ending at its last row and column holding a
    cell; the same bytes when none reaches past them (or the file is no zip: openpyxl says so)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            sheets = {item.filename: package.read(item) for item in package.infolist() if _SHEETS.fullmatch(item.filename)}
            changed = {name: cut for name, part in sheets.items() for cut in [_cut_sheet(part)] if cut is not part}
            if not changed:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as written:
                for item in package.infolist():
                    written.writestr(item, changed.get(item.filename) or package.read(item))
    except zip_damage.DAMAGE:  # no usable zip: openpyxl's to say
        return data
    return out.getvalue()


def _cut_sheet(part: bytes) -> bytes:
    """One worksheet's XML with its merged ranges cut back; the same object when none reaches past its cells.

    Down to the last row holding a value, or a format outside the ranges: below it a range covers only cells
    that show nothing of their own, and the rows it continues there hold only what its first row does (a blank
    margin merged down J1:J100000 made a hundred thousand cells for openpyxl as surely as a whole column).
    Across, only a range to the sheet's edge, to the last column of those cells and of its other ranges: a
    range ending short of it is the form's own (a title merged across a last column blank in every row)."""
    merges = [(m, *_corners(m)) for m in _MERGE.finditer(part)]
    if not merges:
        return part
    held, styled = [], []
    for attributes, content in _CELL.findall(part):
        address = _ADDRESS.search(b" " + attributes)
        if address is None:
            return part
        cell = (int(address[2]), column_index_from_string(address[1].decode()))
        if _HELD.search(content):
            held.append(cell)
        elif _STYLED.search(b" " + attributes):
            styled.append(cell)
    cells = held + _uncovered(styled, held, [corners for _, *corners in merges])
    last_row = max((r for r, _ in cells), default=1)
    last_column = max([c for _, c in cells] + [end[1] for *_, end in merges if not _to_edge(end)], default=1)
    out, done = [], 0
    for merge, (first_row, first_column), (end_row, end_column) in merges:
        row = min(end_row, max(first_row, last_row))
        column = end_column if end_column < EXCEL_COLUMNS else max(first_column, last_column)
        if (row, column) == (end_row, end_column):
            continue
        out += [part[done:merge.start(3)], f"{get_column_letter(column)}{row}".encode()]
        done = merge.end(4)
    return b"".join(out + [part[done:]]) if out else part


def _uncovered(styled: list, held: list, merges: list) -> list[tuple[int, int]]:
    """The formatted cells no merged range covers but as its first cell. Only those past the cells holding
    a value are looked at, against the ranges reaching past them: a cell short of them moves no end."""
    last_row, last_column = max((r for r, _ in held), default=0), max((c for _, c in held), default=0)
    far = [m for m in merges if m[1][0] > last_row or m[1][1] > last_column]
    return [(r, c) for r, c in styled if (r > last_row or c > last_column) and not any(
        first[0] <= r <= end[0] and first[1] <= c <= end[1] and (r, c) != first for first, end in far)]


def _corners(merge: re.Match) -> tuple[tuple[int, int], tuple[int, int]]:
    """A merged range's first and last cell, as (row, column)."""
    return ((int(merge[2]), column_index_from_string(merge[1].decode())),
            (int(merge[4]), column_index_from_string(merge[3].decode())))


def _to_edge(end: tuple[int, int]) -> bool:
    """Whether a range ends at the sheet's last row or column: a whole column or row selected and merged."""
    return end[0] >= EXCEL_ROWS or end[1] >= EXCEL_COLUMNS
