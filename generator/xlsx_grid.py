"""Read a spreadsheet form (.xlsx) into the blocks docx_grid reads a Word form into, for the same matcher.

Finance bureaus often hand the form out as a sheet laid out like the Word form: the title in a merged
top row, then the table, side labels merged down. Each sheet is read on its own (a hidden one only to
say a form is there, never imported):

- hidden rows and columns are not read: what is not shown is not the form (what they hold is named,
  `HiddenText`, for the user to unhide what was hidden by mistake);
- a merged range is one cell, spanning the columns it covers (as Word's `w:gridSpan`) and continued
  in each row below its first (as `w:vMerge`), so a merged 一级指标 reads the same on every row; one
  reaching past the sheet's cells (a whole column merged for a margin) ends where they do (xlsx_merges),
  and one covering the whole sheet, blank rows between the form's parts as it may (such a margin), is
  none of the form's cells: Excel shows its text once (附件1), read as the sheet's first line;
- blank rows end a table, so tables stacked on one sheet each keep their own columns, as Word's
  tables do, and each table is cut to the columns it uses; but a blank row typed into a table (between
  the 产出 and the 效益 indicators, between two tasks; between 总体目标 | 年度目标 and the text under them,
  `_under_labels`: not a note typed there) is passed over, the table read as one (`_over_blank_rows`): the rows under it still
  continue the categories above;
- a note typed beside a table (J20, or H1 beside the title), a column holding one or two cells apart, under
  no header row and in no merged range, is none of its columns (`_beside_tables`): it widened the table, every
  row of it then fit no row of the form; it is named (`Sheet.beside`) and not read;
- a row that is one cell across its table's width (the title, 单位：万元) is a paragraph;
- so is a row typed outside the tables, a label and its value in cells of their own (填表人： | 某某 |
  联系电话： | 123): on a sheet that draws its tables, a row without a line between or beside its cells;
  on one that draws none, a row standing alone between blank rows, a label's colon in it, or one
  starting with a label and its colon, or with one of the form's own line labels however its colon is
  typed (填表人 | 扶金辉), none of its cells merged, right under the table as it may be. Its cells
  read as one line, as they print, a space between them (the matcher reads any space or tab between a
  label and its value alike, and a value typed over two cells keeps no tab in the spec); read as a
  small table, the line's fields were lost and the form's rows after it no longer lined up;
- on a sheet that draws no lines, so are the rows right above where a table of a form starts (a row of
  its labels) that read as the form's lines (a title typed into A1, 564301 | 某单位: xlsx_form_text),
  and text alone in the first column at the top of the rows between blank ones (附件1);
- a cell reads as Excel shows it: line breaks typed in it start new lines, and a number or date is
  laid out by its number format (xlsx_numbers), never as a float's binary digits; but a zero the
  accounting format (会计专用) shows as a dash reads as it lays out other numbers (¥0.00);
- messages name cells as Excel does (工作表“表1”B7 格);
- the page header and footer (页面设置) are read as a Word form's are, paragraphs outside the sheet's
  flow (xlsx_headers): a year or a 填表人 may be printed only there.

openpyxl reads the package: merged ranges, shared strings, number formats and date serials are what
it does well, and a zip reader of our own would be long and fragile. Only what it reads slowly or loses
is taken from the package's bytes: merged ranges to the sheet's edge (xlsx_merges), page headers (xlsx_headers).

A blank row under 总体目标 | 年度目标 is no gap to pass over where a note is under it (wholly in brackets, or beginning 本表,
以下, 注：, 说明 or 备注) or the text stands in the side label's (总体目标) column: the text is IMPORT-UNPLACED, said to be
maybe the 年度目标 and why it was not read as one. A Word table's cell is named in messages by `docx_grid.cell_place`:
the table, the row, and the column as Word draws them (a cell spanning two columns is at its first), unchanged when
序号 columns are taken out or columns put back in order.
"""
from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path
from typing import Any

from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel

from .docx_grid import GridCell, GridRow, Paragraph, Table
from .docx_pattern import fold
from .form_ends import closing_rows, ends_form
from .note_text import note_reading
from .xlsx_form_text import FormText
from .xlsx_headers import headers_and_footers
from .xlsx_merges import cut_back
from .xlsx_numbers import CHINESE_BUILTIN, excel_decimal, positive_section, scaled_by, shown


_COLON = ":"  # after `fold`, the full-width ：too
_LABEL = re.compile(r"\s*[^\s:][^:\n]{0,14}:")  # a label and its colon, as a line starts: 填报单位(盖章):


@dataclass
class HiddenText:
    """What a sheet's hidden rows and columns hold: never read (what is not shown is not the form), but named,
    so that nothing typed there is lost in silence."""

    rows: list[int]     # the hidden rows with something in them
    columns: list[int]  # the hidden columns with something in them
    first: str          # the first cell holding something (A1)
    text: str           # what it holds


@dataclass
class Sheet:
    name: str
    blocks: list[Paragraph | Table]
    uncomputed: list[str]  # formula cells saved without their result (B7): what they show is unknown
    hidden: bool = False   # hidden in Excel: read only to say a form is there, never imported
    hidden_text: HiddenText | None = None  # what its hidden rows and columns hold
    beside: list[tuple[str, str]] = field(default_factory=list)  # notes typed beside a table, not read: (J20, text)

    @property
    def empty(self) -> bool:
        """No cell of the sheet holds anything: its page header and footer lines (placed 页眉, 页脚) alone are
        no content, as a blank workbook's usual page-number footer (第 &P 页，共 &N 页, read 第页，共页) is not."""
        return all(isinstance(block, Paragraph) and block.place for block in self.blocks)


@dataclass
class _Slot:
    """One visible cell of the sheet: its text (a merged range's, in each cell it covers)."""

    text: str
    address: str
    merge: object = None  # the merged range covering it
    top_left: str = ""    # the range's first cell, where Excel keeps its value
    ruled: bool = False   # a line drawn on its left or right: a table's cell (a line under it is one to write on)
    held: tuple | None = None  # the number its format shows scaled, and the format (`_held`)


def open_workbook(path: str) -> tuple[Any, Any, dict[str, list[Paragraph]]]:
    """The workbook opened twice: for the results Excel saved with its formulas (what the sheet shows),
    and for the formulas, to name a formula cell saved without a result; and its sheets' page headers and
    footers (xlsx_headers). What this raises means the file is no usable workbook; what reading it raises
    afterwards is jixiao's own fault, not the file's."""
    from openpyxl import load_workbook

    # as bytes: openpyxl refuses a path whose name is not .xlsx (a workbook named .docx)
    data = cut_back(Path(path).read_bytes())  # a whole column merged: a million cells for openpyxl to make
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns of extensions it drops (data validation, slicers)
        values, formulas = load_workbook(io.BytesIO(data), data_only=True), load_workbook(io.BytesIO(data))
    for sheet in formulas.worksheets:
        _on_the_grid(sheet)
    return values, formulas, headers_and_footers(data)


LAST_ROW, LAST_COLUMN = 1048576, 16384
"""Excel's last row and last column (XFD): openpyxl loads a cell placed below the one (and refuses to read it back,
`sheet.cell`) or right of the other (and imports the file without a word)."""


def _on_the_grid(sheet) -> None:
    """Raise when the file places a cell at row 0 (`<c r="A0">`), below Excel's last row (`<c r="A1048577">`) or right
    of its last column (`<c r="XFE1">`): Excel repairs such a file before it shows it, and openpyxl loads it as it is,
    so reading the sheet stopped on a cell off its rows, an internal error for a damaged file, and a file with a cell
    past XFD imported as if whole. A cell before column A, or a merged range before row 1 or column A,
    openpyxl refuses to load itself (its reference names no column; CellRange's bounds are at least 1), as a damaged
    file."""
    if any(not (1 <= row <= LAST_ROW and column <= LAST_COLUMN) for row, column in sheet._cells):  # see `_filled`
        raise ValueError(f"a cell of sheet {sheet.title!r} off Excel's grid")


def read_workbook(values, formulas, headers: dict[str, list[Paragraph]],
                  form: FormText = FormText()) -> tuple[list[Sheet], str]:
    """Each worksheet in order (hidden ones marked), its page header's and footer's lines after its own
    blocks, and the name of the one the workbook opens at, from the workbook as `open_workbook` opened it;
    `form`: what the forms print (xlsx_form_text), which tells lines from table rows on a sheet that draws no lines."""
    active = values.active.title if values.active is not None else ""
    sheets = []
    for sheet in values.worksheets:
        filled_rows, filled_columns = _filled(formulas[sheet.title])
        hidden_rows, hidden_columns = _hidden(sheet, max(filled_columns, default=0))
        rows, columns = _visible(filled_rows, hidden_rows), _visible(filled_columns, hidden_columns)
        beside: list[tuple[str, str]] = []
        sheets.append(Sheet(sheet.title, read_sheet(sheet, rows, columns, form, beside) + headers.get(sheet.title, []),
                            _uncomputed(sheet, formulas[sheet.title], rows, columns), sheet.sheet_state != "visible",
                            _hidden_text(sheet, hidden_rows, hidden_columns), beside))
    return sheets, active


def _filled(sheet) -> tuple[set[int], set[int]]:
    """The rows holding a value or a formula, drawn with a border, or covered by a merged range that holds
    a value; and the columns holding any of these (a form's last column can be blank in every row).

    The sheet's own extent (`max_row`) counts every cell with a format: a number format left on
    XFD1048576 made it a billion cells, read for minutes until memory ran out. The cells the file
    holds are walked instead (openpyxl keeps them in `_cells`, and offers no public way to walk only those)."""
    filled = [key for key, cell in sheet._cells.items() if cell.value is not None or _bordered(cell)]
    merged = [merge for merge in sheet.merged_cells.ranges if sheet.cell(merge.min_row, merge.min_col).value is not None]
    rows = {r for r, _ in filled} | {r for merge in merged for r in range(merge.min_row, merge.max_row + 1)}
    columns = {c for _, c in filled} | {c for merge in merged for c in range(merge.min_col, merge.max_col + 1)}
    return rows, columns


def _bordered(cell) -> bool:
    border = cell.border
    return any(side is not None and side.style for side in (border.left, border.right, border.top, border.bottom))


def _hidden(sheet, last_column: int) -> tuple[set[int], set[int]]:
    """The sheet's hidden rows, and its hidden columns up to `last_column`."""
    columns = {c for dim in sheet.column_dimensions.values() if dim.hidden
               for c in range(dim.min or 0, min(dim.max or 0, last_column) + 1)}
    return {r for r, dim in sheet.row_dimensions.items() if dim.hidden}, columns


def _hidden_text(sheet, hidden_rows: set[int], hidden_columns: set[int]) -> HiddenText | None:
    """What the hidden rows and columns hold, None if nothing: the cells with something in them there, but the
    first cell of a merged range reaching a row and a column shown, whose text the sheet shows (and reads)."""
    def shown(merge) -> bool:
        return any(r not in hidden_rows for r in range(merge.min_row, merge.max_row + 1)) \
            and any(c not in hidden_columns for c in range(merge.min_col, merge.max_col + 1))

    merged = {(m.min_row, m.min_col) for m in sheet.merged_cells.ranges if shown(m)}
    cells = sorted((key, cell) for key, cell in sheet._cells.items()  # the cells the file holds: see `_filled`
                   if (key[0] in hidden_rows or key[1] in hidden_columns) and key not in merged
                   and cell.value is not None and str(cell.value).strip())
    if not cells:
        return None
    rows = sorted({r for (r, _), _ in cells if r in hidden_rows})
    columns = sorted({c for (_, c), _ in cells if c in hidden_columns})
    first = cells[0][1]
    return HiddenText(rows, columns, first.coordinate, cell_text(first).strip())


def _visible(filled: set[int], hidden: set[int]) -> list[int]:
    """The rows (or columns) to read: the visible ones of those filled, and between two filled ones one blank
    where there are any (blank rows only end a table, blank columns set a note beside it: a note or a bordered cell at
    row 100000 was 100000 rows read, for 15 s and half a gigabyte, and one in column XFD 16384 columns of each row
    read, for half a minute of CPU; found by crash10's fuzzing)."""
    kept: list[int] = []
    for line in sorted(filled - hidden):
        blank = kept[-1] + 1 if kept else 1
        while blank in hidden:
            blank += 1
        if blank < line:
            kept.append(blank)
        kept.append(line)
    return kept


def _uncomputed(values, formulas, rows: list[int], columns: list[int]) -> list[str]:
    """The visible formula cells that have no saved result (a file written by a program, never
    opened in Excel): openpyxl cannot compute them, and read as empty they would lose an amount."""
    cells = (formulas.cell(r, c) for r in rows for c in columns)
    return [cell.coordinate for cell in cells
            if cell.data_type == "f" and values.cell(cell.row, cell.column).value is None]


def read_sheet(sheet, rows: list[int], columns: list[int], form: FormText = FormText(),
               beside: list[tuple[str, str]] | None = None) -> list[Paragraph | Table]:
    """The sheet's paragraphs and tables, top to bottom; `form` as `xlsx_form_text.form_text` makes it; the notes
    typed beside its tables, left out of them, added to `beside` (`_beside_tables`)."""
    where = f"工作表“{sheet.title}”"
    merges = _merges(sheet, max(rows, default=0), max(columns, default=0))
    grid = [(r, _slots(sheet, r, columns, merges)) for r in rows]
    margins = _margins(grid)
    grid = [(r, [_Slot("", s.address, ruled=s.ruled) if id(s.merge) in margins else s for s in slots])
            for r, slots in grid]
    drawn = sum(any(slot.ruled for slot in slots) for _, slots in grid) > 1  # a table, not a box around one cell
    blocks: list[Paragraph | Table] = []
    for slot in margins.values():  # each starts no lower than the sheet's first text: its text comes first
        _add_line(blocks, (slot.merge.min_row, [slot]), set(), where)
    runs = _runs(grid)
    lines = [_run_lines(run, drawn, form) for run in runs]
    if not drawn:
        for run_lines, above in zip(lines, _lines_above_tables(runs, lines, form)):
            run_lines |= above
    runs, lines, under = _over_blank_rows(runs, lines, form)  # before the notes beside: a column is told by the whole table
    for index, (run, run_lines) in enumerate(zip(runs, lines)):
        runs[index], cut = _beside_tables(run, run_lines, form)
        if beside is not None:
            beside += cut
    pages = _page_starts(sheet)
    for run, run_lines in zip(runs, lines):
        _add_run(blocks, run, run_lines, where, _undrawn(run, run_lines, form) if drawn else set(), pages, under)
    return blocks


def _page_starts(sheet) -> set[int]:
    """The rows a manual page break (页面布局 → 分隔符 → 插入分页符) puts at the top of a page: Excel stores the
    break by the row above it. A clerk who typed a form again from a print page by page and kept its pages so
    says where a row of the form was cut (docx_split_rows)."""
    breaks = getattr(sheet, "row_breaks", None)
    return {brk.id + 1 for brk in getattr(breaks, "brk", ()) if brk.man and isinstance(brk.id, int)}


def _undrawn(run: list, lines: set[int], form: FormText) -> set[int]:
    """The rows read as lines for want of lines drawn beside their cells that may be a row of the drawn table
    above them: right under it, no blank row between, text in two cells or more (序号 | 指标 | 值). A clerk who
    adds an indicator row under a drawn table and draws no lines, or whose form's cells are typed unmerged (no
    merged side label drawing a line down every row), gets such a row; read as a line the form does not print,
    it is left out. It is still read as a line (填表人： | 某某 right under the table is one), but marked, so
    that if nothing of the form takes it, the warning says why and how to draw it. A row closing the form (填报人：… |
    审核人：…, form_ends) is none: drawing it would not make it the table's."""
    out, under_table = set(), False
    for row_number, slots in run:
        if row_number not in lines:
            under_table = under_table or any(slot.ruled for slot in slots)
        elif under_table and len(_texts(slots)) >= 2 and not ends_form([slot.text for slot in _texts(slots)], form):
            out.add(row_number)
    return out


NOTE_CELLS = 2
"""The most cells a column beside a table holds to be a note typed there (备注：按季度统计 in J20), none of its columns."""
NOTE_TABLE_ROWS = 6
"""The fewest rows a table has for a column beside it to be told a note: in a short one (a budget block of four rows,
its merged cells undone), a value and its label alone in their columns look just like notes."""
_AMOUNT = re.compile(r"[-+]?[¥￥]?[0-9][0-9,]*(?:\.[0-9]*)?\s*(?:%|万元|千元|元|万|千)?")
"""A cell holding a number alone (254.30, 10, 1,485 元): a value of the table, never a note typed beside it."""


def _beside_tables(run: list, lines: set[int], form: FormText) -> tuple[list, list[tuple[str, str]]]:
    """The run with the notes typed beside its tables taken out, and those notes (J20, text); a row holding nothing
    else becomes a line of text (added to `lines`), read as such.

    A note in a column right (or left) of a table made the table that much wider: no row of it fit the form's,
    each a warning, the import incomplete; beside a title merged across it (H1), the title was a table's row.
    The columns at the edges are peeled, down to the table's own, while each holds one or two cells with text,
    none next to another (a column's header and its value are: 备注 | 按季度统计), none in a header row (a column
    added with its header: `_note_column`), none drawn or merged (the table's own cells are); a blank column
    between them and the table goes with them, in a table of `NOTE_TABLE_ROWS` rows or more. A line's cells there
    are cut only beside a merged title (`_titled`)."""
    table = [(number, slots) for number, slots in run if number not in lines]
    if len(table) < NOTE_TABLE_ROWS:
        return run, []
    low, high = _extent(table)
    first, last = _extent(run)
    peeled: set[int] = set()
    for edge, step, end in ((last, -1, low), (first, 1, high)):
        column, blank = edge, []
        while column != end and column not in peeled:
            filled = [(number, slots[column]) for number, slots in run if slots[column].text.strip()]
            if not filled and all(slots[column].merge is None for _, slots in run):
                blank.append(column)
            elif _note_column(run, column, filled, form):
                peeled.update(blank + [column])
                blank = []
            else:
                break
            column += step
    notes, out = [], []
    for number, slots in run:
        kept = [slot for i, slot in enumerate(slots) if i not in peeled]
        cut = [slot for i, slot in enumerate(slots) if i in peeled and slot.text.strip()]
        if not cut or (number in lines and not _titled(kept)):
            out.append((number, slots))
        elif not any(slot.text.strip() for slot in kept):
            lines.add(number)  # the note alone in its row: a line under or above the table
            out.append((number, slots))
        else:
            notes += [(slot.address, slot.text.strip()) for slot in cut]
            out.append((number, [_Slot("", s.address, ruled=s.ruled) if i in peeled else s for i, s in enumerate(slots)]))
    return out, notes


def _titled(kept: list[_Slot]) -> bool:
    """Whether a line's text, but for the notes typed beside it, is one merged range (a title merged across the
    table): a line typed in cells of its own (填表人： | 某某 | 联系电话： | 123) may reach past the table, and
    its last cells are the line's."""
    texts = _texts(kept)
    return len(texts) == 1 and texts[0].merge is not None


def _note_column(run: list, column: int, filled: list, form: FormText) -> bool:
    """Whether a column at the edge of a run's table holds only notes typed beside it (`_beside_tables`), `filled`
    its cells with text, in a run at least three times as long (a small table's column holds as few); none in a
    header row: one whose other cells are all labels of the forms' tables (一级指标 | … | 备注), or the run's first
    row with several (名称 | 金额 | 备注), not a title merged across; none a label of the forms' tables itself
    (其他资金) or a number alone (`_AMOUNT`): with its merged cells undone, a table's label and its amount are
    alone in their columns, and were left out as notes (其他资金 | 10, the amount not read)."""
    if not 0 < len(filled) <= NOTE_CELLS or len(run) <= 3 * len(filled) \
            or any(slots[column].merge is not None for _, slots in run) \
            or any(form.shows_table_label([slot.text]) or _AMOUNT.fullmatch(fold(slot.text).strip())
                   for _, slot in filled):
        return False
    order = {number: index for index, (number, _) in enumerate(run)}
    places = [order[number] for number, _ in filled]
    apart = all(b - a > 1 for a, b in zip(places, places[1:]))
    rows = dict(run)

    def header(number: int) -> bool:
        others = [slot.text for slot in _texts(rows[number]) if slot is not rows[number][column]]
        return (len(others) > 1 and order[number] == 0) or (bool(others) and all(form.shows_table_label([t]) for t in others))

    return apart and not any(slot.ruled or header(number) for number, slot in filled)


def _runs(grid: list) -> list[list]:
    """The rows between blank ones, each run in order."""
    runs: list[list] = [[]]
    for row in grid:
        if any(slot.text.strip() for slot in row[1]):
            runs[-1].append(row)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _over_blank_rows(runs: list[list], lines: list[set[int]],
                     form: FormText) -> tuple[list[list], list[set[int]], dict[int, tuple[str, str]]]:
    """The runs, those a blank row typed into a table cut in two joined again (`_goes_on`), with their lines; and the
    rows under a row of labels, past a blank row, not read as their text (`_under_labels`): row number → the labels
    and why.

    Staff leave an empty row between the 产出 and the 效益 indicators, or between two tasks, to make the sheet easier
    to read. Read as two tables, the lower's first row lost what it continues: its 一级指标 left blank (its cell merged
    down stopped at the blank row, or was never merged) was not read as the group above, since under another table's
    first row it is not known what a blank category belongs to (docx_header_rows `_right_under`), and, on a sheet that draws its
    lines, a text merged across under its side label (年度目标's) was read as a line of its own. Joined, the blank row is passed over as if it were
    not there, and the form reads as it does without it."""
    if not runs:
        return runs, lines, {}
    joined, joined_lines, under = [runs[0]], [set(lines[0])], {}
    for run, run_lines in zip(runs[1:], lines[1:]):
        if _goes_on(joined[-1], joined_lines[-1], run, run_lines, form):
            joined[-1] = joined[-1] + run
            joined_lines[-1] |= run_lines
            continue
        reading = _under_labels(joined[-1], joined_lines[-1], run, form)
        if reading is True:
            joined[-1] = joined[-1] + run[:1]  # a row of the table, no line: the form's row under the labels
            run, run_lines = run[1:], run_lines - {run[0][0]}
            if not run:
                continue
        elif reading:
            under[run[0][0]] = reading
        joined.append(run)
        joined_lines.append(set(run_lines))
    return joined, joined_lines, under


def _under_labels(upper: list, upper_lines: set[int], lower: list, form: FormText) -> bool | tuple[str, str]:
    """True where the lower run's first row is the text of the row of labels the upper ends with (总体目标 | 年度目标
    over 年度目标's text merged across), a blank row typed between them: the upper's last row is a row of the table
    (no line) every cell of which shows a label of the forms' header rows, and the lower's first row holds one text,
    within that row's columns, that is no label and no line of the forms (a title, 填表人：…).

    Its one text may as well be a note typed there, the field left blank: （年度目标待局党组会审定后补填）,
    本表指标值为全年目标值 (note_text), or a text typed under the side label (总体目标), not where the field's text goes
    (right of it). Read as the field, a note came in as 年度目标 without a word; it stays a line, and the labels are
    returned with why it was not read as their text (import_notes names the field it may be). False where the upper
    ends with no row of labels or the row is no such text.

    A form's header row ends no table: what stands under it is its rows. On a sheet that draws no lines, that text
    alone at the top of its run, over a table's labels, was read as a title line (`_lines_above_tables`), so no blank
    row typed there was passed over (`_goes_on` takes no line) and the text was left out as IMPORT-UNPLACED."""
    number, labels = upper[-1][0], _texts(upper[-1][1])
    if number in upper_lines or not labels or not all(form.shows_header_label([slot.text]) for slot in labels):
        return False
    texts = _texts(lower[0][1])
    if len(texts) != 1 or form.shows_table_label([texts[0].text]) or form.reads_as([texts[0].text]) == "words" \
            or _COLON in fold(texts[0].text) and note_reading(texts[0].text) is None:
        return False  # a colon marks a line of the form (填表人：…), unless it opens a note (注：…, 备注：…)
    low, high = _extent([upper[-1]])
    below_low, below_high = _extent(lower[:1])
    if not (low <= below_low and below_high <= high):
        return False
    names = [slot.text.strip() for slot in labels]
    field = labels_field(" | ".join(names))
    why = note_reading(texts[0].text)
    if why is not None:
        return " | ".join(names), why
    if _column_of(lower[0][1], texts[0]) <= _column_of(upper[-1][1], labels[0]):
        return " | ".join(names), f"打在了栏目名“{names[0]}”的那一栏，不在{field}的文字所在的几栏"
    return True


def labels_field(labels: str) -> str:
    """The field a text under a row of labels (`总体目标 | 年度目标`, as `_under_labels` returns them) would be: the
    labels after the side label, all of them (`中长期目标、年度目标`: which one the text is for is not known), or the
    one label. This warning and import_notes' hint name the same field by it: the hint named the last label alone."""
    names = labels.split(" | ")
    return "、".join(names[1:]) or names[0]


def _column_of(slots: list[_Slot], slot: _Slot) -> int:
    """The column of a row's cell (a merged range's first in the row)."""
    return next(i for i, other in enumerate(slots) if other is slot)


def _goes_on(upper: list, upper_lines: set[int], lower: list, lower_lines: set[int], form: FormText) -> bool:
    """Whether the run `lower`, below `upper` past blank rows only, is the rest of the table `upper` ends with: `upper`
    ends and `lower` starts with a row of a table (no line of text, no row one cell across the upper's table), the
    lower's first row is no header (it shows no label of the forms' header rows: a table of its own starts so, 一级指标 |
    二级指标 | …; a category is no such label, 质量指标 printed on a row of indicators), and the lower's rows up to its
    next line or title lie within the upper's table's columns. Tables stacked on a sheet are told
    apart by these: a project's title line, a header row or other columns between them."""
    above = [row for row in upper if row[0] not in upper_lines]
    if not above or upper[-1][0] in upper_lines:
        return False
    low, high = _extent(above)
    below = list(takewhile(lambda row: row[0] not in lower_lines and not _across(row[1][low:high + 1]), lower))
    if not below or _across(upper[-1][1][low:high + 1]) \
            or form.shows_header_label(slot.text for slot in _texts(below[0][1])):
        return False
    below_low, below_high = _extent(below)  # the rows going on, to the next line or title (the next project's)
    return low <= below_low and below_high <= high


def _margins(grid: list) -> dict[int, _Slot]:
    """The merged ranges covering every row read, from the first holding text to the last, and a row
    blank apart from them: margins around the form's parts, none of its cells; each range's first cell,
    by its id. A form's own merged cell (a side label merged down past a blank row typed into its
    table) covers its table's rows only."""
    if not grid:
        return {}
    first = min((r for r, slots in grid if any(s.text.strip() for s in slots)), default=0)
    tall = {id(s.merge): s for _, slots in grid for s in slots
            if s.merge is not None and s.merge.min_row <= first and s.merge.max_row >= grid[-1][0] > s.merge.min_row}
    blank_apart = {key for key in tall for _, slots in grid
                   if not any(s.text.strip() for s in slots if id(s.merge) != key)}
    return {key: slot for key, slot in tall.items() if key in blank_apart}


def _slots(sheet, row: int, columns: list[int], merges: dict) -> list[_Slot]:
    out = []
    for column in columns:
        merge = merges.get((row, column))
        address = f"{get_column_letter(column)}{row}"
        cell = sheet.cell(row, column)
        border = cell.border
        ruled = any(side is not None and side.style for side in (border.left, border.right))
        if merge is None:
            out.append(_Slot(cell_text(cell), address, ruled=ruled, held=_held(cell)))
        else:
            first = sheet.cell(merge.min_row, merge.min_col)
            out.append(_Slot(cell_text(first), address, merge, first.coordinate, ruled, _held(first)))
    return out


def _held(cell) -> tuple | None:
    """The number a cell holds and its number format, where the format shows it scaled (`0.00,,"万"` shows
    6108500 as 6.11万, `0.0,"千"` 785600 as 785.6千): read as shown, the spec's amount is not the number the
    cell holds, which the clerk is told (import_notes, IMPORT-SCALED). None for any other cell."""
    number_format = _number_format(cell)
    if not scaled_by(cell.value, number_format) or is_date_format(number_format):
        return None
    return excel_decimal(cell.value), number_format


def _number_format(cell) -> str:
    """The cell's number format, a built-in one openpyxl does not know as Chinese Excel shows it."""
    format_id = getattr(cell._style, "numFmtId", None)  # no public accessor for the id
    return CHINESE_BUILTIN.get(format_id) or cell.number_format


def cell_text(cell) -> str:
    """What the cell shows, a built-in format openpyxl does not know read as Chinese Excel shows it, and a
    zero shown without a digit (会计专用 shows ¥ - ) as the format lays out other numbers (¥0.00).

    openpyxl turns a serial into a date only under the formats it knows to be dates; under one
    of these the serial is converted here, by the workbook's calendar (1900 or 1904). The accounting
    formats, usual on amounts, write a zero as a dash: read as such, every zero amount was text in the
    spec, an error the clerk had to mend by hand for a number the cell holds."""
    number_format = _number_format(cell)
    value = cell.value
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if number and is_date_format(number_format):
        value = from_excel(value, cell.parent.parent.epoch)
    text = shown(value, number_format)
    if number and value == 0 and not re.search(r"[0-9]", text):
        return shown(value, positive_section(number_format))
    return text


def _merges(sheet, last_row: int, last_column: int) -> dict:
    """Each merged cell's range, by (row, column), within the area read (a range can cover whole columns)."""
    merges = {}
    for merge in sheet.merged_cells.ranges:
        for r in range(merge.min_row, min(merge.max_row, last_row) + 1):
            for c in range(merge.min_col, min(merge.max_col, last_column) + 1):
                merges[(r, c)] = merge
    return merges


def _extent(run: list) -> tuple[int, int]:
    """The columns a run of rows uses: those holding text or merged (an empty merged cell is a cell of the
    form: 其他需完成的任务 | its blank merged across, alone between blank rows, is no title), widened to
    the merged ranges reaching past them."""
    used = [i for _, slots in run for i, slot in enumerate(slots) if slot.text.strip() or slot.merge is not None]
    low, high = min(used), max(used)
    while True:
        merged = [i for _, slots in run for i, slot in enumerate(slots)
                  if slot.merge is not None and any(s.merge is slot.merge for s in slots[low:high + 1])]
        wider = (min([low, *merged]), max([high, *merged]))
        if wider == (low, high):
            return low, high
        low, high = wider


def _across(slots: list[_Slot]) -> bool:
    """One cell across: a single column, or one merged range covering them all."""
    return len(slots) == 1 or (slots[0].merge is not None and all(s.merge is slots[0].merge for s in slots))


def _line(slots: list[_Slot], alone: bool, drawn: bool) -> bool:
    """A row typed outside the form's tables: no line drawn beside its cells, on a sheet whose tables
    are drawn (a table's row is, however few of its cells are filled). On a sheet with no lines, only
    a row standing alone between blank rows, none of its cells merged, a colon in it (填表日期： | …,
    or 单位：万元 at its right end), can be told from a table's: a table's row left alone there (by a
    blank row typed under a header: 一级指标 | 二级指标 | …; 总体绩效目标 | its text merged across) stays one."""
    if any(slot.ruled for slot in slots):
        return False
    labelled = any(_COLON in fold(slot.text) for slot in slots)
    return drawn or (alone and labelled and all(slot.merge is None for slot in slots))


def _labelled_lines(run: list, labels: re.Pattern | None) -> set[int]:
    """On a sheet that draws no lines: the rows typed as a label and its value (填表人：某某, or 填表人： | 某某)
    in the run's first column, none of their cells merged, next to a table as they may be; a label without
    its colon (填表人 | 某某) only when it is one of the form's own line labels (`labels`).

    Read as a row of the table above, 填表人 became an indicator or, fitting none, left the form's rows
    after it unaligned. A form's table has no such row: its labels have no colon (部门名称, 一级指标), are
    none of its line labels, and a value with a colon (满意度：≥90%) is not in the first column. Any short
    text without a colon would be no sign: a table's row label is one (部门名称 | 某部门).
    """
    first = min(i for _, slots in run for i, slot in enumerate(slots) if slot.text.strip())
    return {row_number for row_number, slots in run
            if all(slot.merge is None for slot in slots) and _labelled(fold(slots[first].text), labels)}


def _labelled(text: str, labels: re.Pattern | None) -> bool:
    return bool(_LABEL.match(text) or (labels is not None and labels.match(text)))


def _lines_above_tables(runs: list[list], lines: list[set[int]], form: FormText) -> list[set[int]]:
    """On a sheet that draws no lines, for each run: the rows right above a row showing one of the forms' table
    labels (项目名称, 一级指标: where a table of a form starts), blank rows between them or not, that read as lines
    of a form (a title typed into a cell, 单位：万元, and beside such a line the unit's code and name in cells
    side by side: 564301 | 某单位), or, at the top of a run, any text alone in the run's first column, merged
    over a few columns or not (附件1).

    Read as the table's first rows, the title (and the year in it) was unplaced, and a project headed by
    564301 | 某单位 was not read at all: its table did not start where the form's does. Only rows right above a
    table's labels, and any text alone only at the top: a table's row holding one cell, its others left blank,
    is no line; nor is a row of a number and a text (序号 | 目标), which reads as a code and a name alone."""
    found: list[set[int]] = [set() for _ in runs]
    above: list[tuple[int, int, str | None]] = []  # (run, row, how it reads) since the last row of a table
    for index, (run, run_lines) in enumerate(zip(runs, lines)):
        first = min(i for _, slots in run for i, slot in enumerate(slots) if slot.text.strip())
        top = True  # no row of a table in this run yet
        for row_number, slots in run:
            texts = _texts(slots)
            if form.shows_table_label(slot.text for slot in texts):
                if any(how != "fields" for _, _, how in above):  # fields alone only beside a line of words
                    for where, row, _ in above:
                        found[where].add(row)
                above, top = [], False
                continue
            reads = "line" if row_number in run_lines or (top and _alone_at(slots, texts, first)) \
                else form.reads_as([slot.text for slot in texts])
            if reads is None:
                above, top = [], False
            else:
                above.append((index, row_number, reads))
    return found


def _texts(slots: list[_Slot], seen: set[int] | None = None) -> list[_Slot]:
    """The row's cells holding text, a merged range once: in this row, or of all rows that share `seen` (the
    ids of merged ranges already read; a title merged down over two rows is read in its first)."""
    seen = set() if seen is None else seen
    out = []
    for slot in slots:
        if slot.merge is not None:
            if id(slot.merge) in seen:
                continue
            seen.add(id(slot.merge))
        if slot.text.strip():
            out.append(slot)
    return out


def _alone_at(slots: list[_Slot], texts: list[_Slot], column: int) -> bool:
    """Whether the row's text is one cell starting in `column`, its other cells blank and none merged."""
    return len(texts) == 1 and slots[column] is texts[0] and all(
        slot.merge is None or slot.merge is texts[0].merge for slot in slots if slot is not texts[0])


def _run_lines(run: list, drawn: bool, form: FormText) -> set[int]:
    """The rows of a run typed outside the form's tables, lines of text (`_line`, `_labelled_lines`, and the rows
    closing the form however they are drawn: form_ends; a signature row's cells widened the table it closed)."""
    lines = {row_number for row_number, slots in run if _line(slots, len(run) == 1, drawn)}
    closing = {run[i][0] for i in closing_rows([[slot.text for slot in _texts(slots)] for _, slots in run], form)}
    return lines | closing if drawn else lines | closing | _labelled_lines(run, form.labels)


def _add_run(blocks: list, run: list, lines: set[int], where: str, undrawn: set[int], pages: set[int],
             under: dict[int, tuple[str, str]]) -> None:
    """A run of rows between blank ones: its paragraphs (the rows `lines` names, and those one cell across
    the table; those `undrawn` names marked so, and those `under` names with the labels they stand under), and
    tables of the rows between them (`pages`: the rows starting a page)."""
    table_rows = [row for row in run if row[0] not in lines]
    low, high = _extent(table_rows) if table_rows else (0, 0)
    table: list = []
    seen: set[int] = set()
    for row in run + [None]:
        if row is not None and row[0] not in lines and not _across(row[1][low:high + 1]):
            table.append(row)
            continue
        if table:
            blocks.append(_table(table, sum(isinstance(b, Table) for b in blocks) + 1, where, pages))
            table = []
        if row is None:
            break
        _add_line(blocks, row, seen, where, row[0] in undrawn, under.get(row[0], ()))


def _add_line(blocks: list, row: tuple, seen: set[int], where: str, undrawn: bool = False,
              labels: tuple[str, str] | tuple[()] = ()) -> None:
    """A row read as a paragraph: its cells holding text, each merged range once (a title merged down over
    two rows is read in its first), a space between them; named by its cell, or by its row if it has several."""
    row_number, slots = row
    cells = _texts(slots, seen)
    if not cells:
        return
    name = f"{cells[0].top_left or cells[0].address} 格" if len(cells) == 1 else f"第 {row_number} 行"
    count = sum(isinstance(b, Paragraph) for b in blocks) + 1
    blocks.append(Paragraph(count, " ".join(slot.text for slot in cells), where=f"{where}{name}", undrawn=undrawn,
                            under_labels=labels))


def _table(rows: list, number: int, where: str, pages: set[int]) -> Table:
    low, high = _extent(rows)
    table = Table(number, where=where)
    started: dict[int, GridCell] = {}  # by merged range: the cell in its first row
    for row_number, slots in rows:
        cells: list[GridCell] = []
        position = 0
        for column, slot in enumerate(slots[low:high + 1]):
            if slot.merge is not None and cells and slots[low + column - 1].merge is slot.merge:
                cells.append(cells[-1])
                continue
            position += 1
            span = 1
            while slot.merge is not None and column + span <= high - low \
                    and slots[low + column + span].merge is slot.merge:
                span += 1
            origin = started.get(id(slot.merge)) if slot.merge is not None else None
            if origin is not None:
                cell = GridCell(origin.lines, position, column, span, continued=True, where=f"{where}{slot.address} 格",
                                address=slot.address)
            else:
                address = slot.top_left or slot.address
                cell = GridCell(slot.text.split("\n"), position, column, span, where=f"{where}{address} 格",
                                address=address, held=slot.held)
                if slot.merge is not None:
                    started[id(slot.merge)] = cell
            cells.append(cell)
        table.rows.append(GridRow(row_number, cells, where=f"{where}第 {row_number} 行", starts_page=row_number in pages))
    return table
