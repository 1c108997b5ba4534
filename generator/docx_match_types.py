"""What matching a document against a template pattern yields (`Result` and the records in it), and the data the
matcher's modules pass between them: kept apart from the walk, so that the stages reading a result (import_data,
import_notes, header_notes, amounts_in_yuan) import only what it holds, and say places as the matcher does
(`where_cell`, `where_row`, `where_paragraph`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from .docx_continued_tables import ContinuedTable
from .docx_grid import GridCell, GridRow, Paragraph, Table, cell_place
from .docx_pattern import Choice, Expr, Line, norm
from .docx_split_rows import SplitRow


class Binding(Protocol):
    """What the matcher needs to know about fields: how a value looks, where a list really lives, what it reads as."""

    def regex(self, path: tuple, strict: bool) -> str: ...

    def list_path(self, path: tuple) -> tuple: ...

    def categories(self, path: tuple) -> frozenset[str] | None: ...

    def value(self, path: tuple, lines: list[str]) -> Any: ...

    in_file_name: set[tuple]  # the fields the file's name is made of (the unit, the year)

    def kind(self, path: tuple) -> str: ...


@dataclass
class Capture:
    """Text found for the field at `path` (`lines` None: only make sure the list at `path` exists).

    `whole`: the field fills its cell or paragraph alone (rather than sitting inside other text).
    """

    path: tuple
    lines: list[str] | None
    where: str
    whole: bool = False
    at: int | None = None      # the position in the document of the paragraph or row it was read from
    column: int | None = None  # the grid column of the table cell it was read from
    place: CellPlace | None = None  # that table cell, for a message naming many cells as ranges (cell_ranges)


@dataclass
class CellPlace:
    """A table cell as data (its table, row and cell), not as the words naming it."""

    table: Table
    row: GridRow
    cell: GridCell


@dataclass
class Unplaced:
    where: str
    text: str
    at: int | None = None  # the position in the document of its paragraph or row
    undrawn: bool = False  # a sheet's row typed without lines under its drawn table (xlsx_grid `_undrawn`)
    under_labels: tuple = ()  # a sheet's text under a row of labels, not read as theirs: (labels, why) (xlsx_grid)
    # in the place of the form's label, typed otherwise than reworded: (form's label, typed, the form's other label it
    # is, in whatever unit or remark, or "" where it has a digit instead) (`_relabelled_row`)
    instead: tuple = ()
    # a 合计 row's amounts that are not the sum of the items above: (an item's path of the column, the amount typed,
    # the items' sum) each (docx_row_groups `_sums`)
    off: tuple = ()
    printed: bool = False  # the form's own 合计 row, its amounts printed from the items', with others typed over them


@dataclass
class QuotedRow:
    """A document row as a message names and quotes it: its cells' text joined by " | " (`row_text`)."""

    where: str
    text: str
    at: int | None = None  # its position in the document, so that messages on several rows come in their order


@dataclass
class Reordered:
    """A header row naming its table's columns in another order than the form's, and the row under it from which
    on they were read in the form's order all the same (docx_column_order), if any."""

    header: QuotedRow
    stop: QuotedRow | None = None


@dataclass
class Merged:
    """A document cell merged across several field cells of the template, each given its text."""

    where: str
    paths: list[tuple]
    text: str


@dataclass
class HeaderCell:
    """A cell of a header row of the document, and the template's label in its place (its wording may differ:
    目标 for 目标（概述）); the grid columns it heads."""

    where: str
    text: str
    label: str
    column: int = 0
    span: int = 1

    @property
    def renamed(self) -> bool:
        return norm(self.text) != norm(self.label)


@dataclass
class Heading:
    """A header row of the form found in the document: its position and its table's last row's, and its cells; or
    (`side`) a side label worded otherwise than the form's (部门整体资金（元）), heading the cells right of it in
    its rows, from `at` to `last`."""

    at: int
    last: int
    cells: list[HeaderCell]
    side: bool = False


@dataclass
class RetypedHeaderCell:
    """A cell of a header row typed again lower down (over a page break, or over a table carrying its table on) that
    reads otherwise than the first header's cell in its place, `first`; `labels`: the form's labels of that header
    row, of which the cell may name another (the columns swapped)."""

    cell: HeaderCell
    first: HeaderCell
    labels: frozenset[str]


@dataclass
class FixedLine:
    """One of the form's fixed paragraphs (单位：万元) found in the document, at position `at`."""

    at: int
    text: str


@dataclass
class Missed:
    """A paragraph of the template found nowhere in the document; `scope` resolves its fields."""

    line: Line
    scope: dict

    @property
    def sought_outside_body(self) -> bool:
        """Whether page headers, footers and text boxes were searched for it too (see `_paragraph`)."""
        return has_own_words(self.line)

    def paths(self) -> list[tuple]:
        """The fields the paragraph prints, as spec paths."""
        found: list[tuple] = []

        def collect(segments: list) -> None:
            for s in segments:
                if isinstance(s, Choice):
                    for option in s.options:
                        collect(option)
                elif isinstance(s, Expr) and s.path and s.path[0] != "loop":
                    path = spec_path(s.path, self.scope)
                    if path not in found:
                        found.append(path)

        collect(self.line.segments)
        return found


@dataclass
class Misshapen:
    """A row left unread that shows the labels of a row of the template, with another number of cells than it has
    (`cells`, the template's `form_cells`): a cell split, or left unmerged with text in it, or one too few."""

    table: Table
    row: GridRow
    cells: int
    form_cells: int


@dataclass
class Result:
    captures: list[Capture] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    missed: list[Missed] = field(default_factory=list)
    totals: list[Unplaced] = field(default_factory=list)  # 合计 rows people add under a repeated group
    # rows among a table's items passed over as its header typed again on the words of their field cells alone
    # (`labels_again`): an item worded so would be lost, so each is named with its text
    skipped_headers: list[QuotedRow] = field(default_factory=list)
    # rows read as items that look like the header typed again (`looks_like_labels`) but not enough to be passed
    # over: kept, since a row lost is worse, and quoted (cells joined by " | ") by the spec path of the item each
    # became, so that a header read as a made-up item is seen and found in the spec
    header_like: dict[tuple, QuotedRow] = field(default_factory=dict)
    headings: list[Heading] = field(default_factory=list)  # header rows, even worded otherwise (read as the template's)
    typed_again: list[RetypedHeaderCell] = field(default_factory=list)  # header cells typed again otherwise than the first
    lines: list[FixedLine] = field(default_factory=list)  # the form's fixed paragraphs found
    reordered: list[Reordered] = field(default_factory=list)  # header rows naming the columns in another order
    misshapen: list[Misshapen] = field(default_factory=list)  # rows left unread, shaped otherwise than the form's
    item_rows: dict[tuple, QuotedRow] = field(default_factory=dict)  # by spec path, the row each item was read from
    # the items read from the row right under the item before them, in one table (nothing between but the header
    # row typed again, as over a page break): where a blank category cell continues the group above, as a merged
    # cell unmerged leaves it
    right_under: set[tuple] = field(default_factory=set)
    # of those, the items read from the first row of a table carrying on the one above (docx_continued_tables): their
    # blank categories continue the upper's last, as IMPORT-TABLE-CONTINUED says, not a merge unmerged
    over_join: set[tuple] = field(default_factory=set)
    split_rows: list[SplitRow] = field(default_factory=list)  # a row of the form typed across two, read as one
    continued: list[ContinuedTable] = field(default_factory=list)  # tables read as carrying on the one before them


@dataclass
class RowMatch:
    captures: list[Capture]
    notes: list[Unplaced]
    merged: list[Merged]
    unread: frozenset[int] = frozenset()  # the row pattern's labels (by index) nothing was read under


@dataclass
class StreamItem:
    paragraph: Paragraph | None = None
    table: Table | None = None
    row: GridRow | None = None


def spec_path(path: tuple, scope: dict) -> tuple:
    """A template field's path in the spec: a loop variable (`task.name`) stands for the item of its list
    that `scope` gives it (('key_tasks', 2, 'name'))."""
    return scope[path[0]] + path[1:] if path and path[0] in scope else path


def where_cell(table: Table, row: GridRow, cell: GridCell) -> str:
    return cell.where or cell_place(table.number, cell.row or row.number, cell.drawn_column)


def where_row(table: Table, row: GridRow) -> str:
    return row.where or f"第 {table.number} 张表第 {row.number} 行"


def where_paragraph(paragraph: Paragraph) -> str:
    return paragraph.where or f"{paragraph.place}第 {paragraph.number} 段"


def has_own_words(line: Line) -> bool:
    """A paragraph with words of its own besides its fields (`{{ year }}年度`), so that text found
    anywhere on the page can be told to be it: not `{{ unit_code }}{{ unit }}`, which fits nearly anything."""
    return len(norm(line.text)) >= 2
