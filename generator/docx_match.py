"""Match a Word document, or a workbook's sheet read into the same blocks (xlsx_grid), against a
template pattern: which text goes to which field of the spec.

The document is read as one stream of non-empty paragraphs and table rows, so a table split by
a page break or a stray paragraph still lines up with the template. The pattern is walked in
order with a cursor in the stream:

- a template paragraph claims the first following paragraph (before the next row) it matches,
  or several template paragraphs in a row, when they were typed on one line;
- a template row claims the next row if its labels agree (a label left empty is tolerated) and
  its field cells match; a cell merged across neighbouring field cells fills each of them and is
  reported (`Merged`); blank rows and repeats of the table's header row are passed over;
  a row that belongs further on means the template row is missing; a row or two that fit
  nowhere are passed over and reported; a row showing a template row's labels with cells that do
  not line up (one split in two) is that row, left unread and named (`_shaped_as`), so the walk
  goes on after it rather than losing its place;
- a repeated row group takes rows while they fit its row and fit no other row of the form more
  specifically (a row whose own labels match, where the group's row has other labels); a row
  fitting nowhere with one of the group's after it, or fitting a row the form prints once above
  the group, is passed over (and reported), not its end;
- a 合计 row typed under a repeated row group's items is not one of them (`totals`);
- a repeated group of paragraphs and tables takes another item while the next row fits its
  first labelled row, after a row or two that fit nowhere (`_next_item_at`).

Everything left unclaimed is reported by place. Values are returned as the lines of text found
(`Capture`); turning them into numbers or text is the caller's business, as is the schema.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import takewhile

from .docx_grid import GridCell, GridRow, Paragraph
from .docx_pattern import Line, Loop, RowPattern, TablePattern, fixed_rows, fold, norm, walk
from .docx_column_order import in_template_order
from .docx_continued_tables import ContinuedTable, continued_tables
from .docx_header_rows import HeaderRows
from .docx_line_regex import lines_regex
from .docx_match_types import (Binding, Capture, CellPlace, FixedLine, Heading, Merged, Missed, Misshapen, QuotedRow,
                               Reordered, Result, Unplaced, _Item, _RowMatch, _heading, spec_path, where_cell,
                               where_paragraph, where_row)
from .docx_row_groups import RowGroups
from .docx_row_labels import (_align, _bare_label, _beside_labels, _blank, _clashing, _labels, _lone, _merged,
                              _misaligned, _mostly_labels, _row_text, _same_label, _static)
from .docx_sequence_columns import without_sequence_columns
from .docx_split_rows import SplitRow, cells_cut_over_joins, joined_split_rows


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _unlooped_rows(pattern: list) -> list[RowPattern]:
    """The rows of a pattern in no loop (`{%tr for %}` or `{%p for %}`): each printed once in the whole form."""
    return [row for item in pattern if not isinstance(item, Loop)
            for row in ([item] if isinstance(item, RowPattern) else
                        _unlooped_rows(item.items) if isinstance(item, TablePattern) else [])]


def _starts_with_words(line: Line) -> bool:
    """Whether a paragraph of the template begins with text of its own (`联系电话：{{ phone }}`)."""
    first = next((s for s in line.segments if not (isinstance(s, str) and not s.strip())), None)
    return isinstance(first, str)


class Matcher(HeaderRows, RowGroups):
    def __init__(self, pattern: list, blocks: list, binding: Binding, continued: list[ContinuedTable] = (),
                 split: list[SplitRow] = ()):
        self.pattern, self.binding = pattern, binding
        # the text cells of rows that may be the rest of a fixed row's text above, kept apart for want of evidence of
        # a page, where the form's next row (a list's first, its label blank there) starts under them: read as no
        # row of the form, left out with a note saying whose rest they may be, not read as that row's first item
        self.withheld = {id(s.second.cells[s.fixed].lines) for s in split if s.starts_below and not s.joined}
        # a table cut at a page end: the table it goes on
        self.carried_on = {id(c.lower): c.upper for c in continued if c.joined}
        markers = {id(c.marker) for c in continued if c.marker is not None}  # 续表 between them: read as the join's
        # the header rows typed again over tables of the same columns as the one above, worded otherwise or not; and
        # those typed again inside a table with a label worded otherwise, as the walk meets them (`_typed_again_inside`)
        self.retyped = {id(c.header) for c in continued if c.header is not None}
        self.inside: dict[int, RowPattern] = {}  # of those typed again inside, the header each repeats, by its row
        self.by_words: set[int] = set()  # of those, the rows known by their field cells' words alone (`_labels_again`)
        self.header_like: set[int] = set()  # rows under blank categories like the header, kept as items (`_looks_like_labels`)
        # of those, the ones lacking a label or two, the rest in other columns: known by their words alone
        self.shifted = {id(c.header) for c in continued if c.left_out}
        self.stream: list[_Item] = []
        self.extras: list[Paragraph] = []  # page headers, footers, text boxes: outside the stream's order
        self.extras_used: set[int] = set()
        for block in blocks:
            if isinstance(block, Paragraph) and block.place:
                self.extras.append(block)
            elif isinstance(block, Paragraph):
                if block.text.strip() and id(block) not in markers:
                    self.stream.append(_Item(paragraph=block))
            else:
                self.stream += [_Item(table=block, row=row) for row in block.rows]
        self.pos = 0
        self.used: set[int] = set()
        self.counters: dict[tuple, int] = {}
        self.result = Result()
        self.rows = [r for r in walk(pattern) if isinstance(r, RowPattern)]
        self.labels = frozenset(norm(c.label) for r in self.rows for c in r.cells if c.label)
        # the form's labels by their words without a unit, remark or 合计 (`_bare_label`), as printed
        self.bare_labels = {_bare_label(c.label): c.label for r in self.rows for c in r.cells if c.label}
        self.words = frozenset("".join(self.labels))  # `_relabelled`
        self.order = {id(r): index for index, r in enumerate(self.rows)}  # a row's place in the form
        self.once = {id(r) for r in _unlooped_rows(pattern)}  # the rows the form prints once, in no list
        # labels beside fields, heading their rows (部门整体资金（万元）merged down its table's side), by column
        self.side = {(norm(c.label), c.column) for r in self.rows if not _static(r) for c in r.cells if c.label}
        self.sides: dict[int, Heading] = {}  # by the side label's document cell (its lines), while it goes on
        # the form's fixed paragraphs (单位：万元): never a field's value, even where that field's own paragraph is missing
        self.fixed = {norm(item.text) for item in walk(pattern) if isinstance(item, Line) and item.static} - {""}

    def run(self) -> Result:
        self._sequence(self.pattern, {})
        for index, item in enumerate(self.stream):
            if index in self.used:
                continue
            if item.paragraph is not None:
                self.result.unplaced.append(
                    Unplaced(where_paragraph(item.paragraph), item.paragraph.text.strip(), index, item.paragraph.undrawn,
                             item.paragraph.under_labels))
            else:
                for cell in item.row.distinct():
                    if cell.text.strip() and not cell.continued:
                        self.result.unplaced.append(
                            Unplaced(where_cell(item.table, item.row, cell), cell.text.strip(), index))
                self._misshapen(item)
        self.result.header_like = {path: row for path, row in self.result.item_rows.items()
                                   if id(self.stream[row.at].row) in self.header_like}
        return self.result

    def _misshapen(self, item: _Item) -> None:
        """Record an unread row the form's row `_shaped_as` says it is, with another number of cells than that row:
        why it was not read, where the labels alone say nothing."""
        rp = self._shaped_as(item.row)
        if rp is not None and _align(rp, item.row) is None:
            self.result.misshapen.append(Misshapen(item.table, item.row, len(item.row.distinct()), len(rp.cells)))

    def _shaped_as(self, row: GridRow) -> RowPattern | None:
        """The row of the form a row that does not line up with it still shows: all of its labels, the first in the
        row's first cell, with a cell too many or too few (split, left unmerged, one deleted) or the cells shifted so
        that a value stands where a label should. Of several such rows, the one with most labels.

        Such a row is known for what it is, though it cannot be read: the walk leaves it unread and goes on with the
        form's rows after it, where it had counted it as a row fitting nowhere and, a few more rows further, left
        every row after it unread (a budget table with a cell split in each row lost the tasks and indicators).

        A label the row prints twice must be shown twice: the budget header typed again with one of its two
        预算金额（万元） worded 金额（万元） showed the label once, was taken for the header shifted, and left with its
        four cells each said to have no place (IMPORT-UNPLACED), not as the header reworded (`_worded_again`)."""
        texts = [norm(c.text) for c in row.distinct()]
        if not texts or not texts[0]:
            return None
        shaped = [rp for rp in self.rows if rp.labels and rp.cells[0].label and texts[0] == norm(rp.cells[0].label)
                  and not Counter(norm(p.label) for p in rp.labels) - Counter(texts) and _misaligned(rp, row)]
        return max(shaped, key=lambda r: len(r.labels), default=None)

    def _recognised(self, row: GridRow) -> bool:
        """Whether a row shows a row of the form: its labels in their places (`_fits`), or shaped otherwise."""
        return any(self._fits(rp, row) for rp in self.rows if rp.labels) or self._shaped_as(row) is not None

    # ── the walk ────────────────────────────────────────────────────────────────────────────
    def _sequence(self, items: list, scope: dict) -> None:
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, Line):
                run = list(takewhile(lambda x: isinstance(x, Line), items[i:]))
                i += self._paragraph(item, scope, run[1:])
                continue
            if isinstance(item, TablePattern):
                self._table(item, scope)
            elif isinstance(item, Loop):
                self._block_loop(item, scope)
            i += 1

    def _after_blank_rows(self, j: int) -> int:
        """The first position from j that is not an empty table row (a row left blank at a table's end)."""
        while j < len(self.stream) and self.stream[j].row is not None and _blank(self.stream[j].row):
            j += 1
        return j

    def _paragraph(self, line: Line, scope: dict, following: list[Line] = ()) -> int:
        """Claim the first paragraph before the next row that `line` matches; failing that, the next
        row if it is one cell across, then a paragraph of a page header, footer or text box.
        Returns how many of the template's paragraphs were read: more than one where a paragraph
        holds `line` and the `following` ones too (`_together`).

        A line of fields and little else (`{{ unit_code }}{{ unit }}`) matches nearly any text;
        when its own paragraph is missing it must not take the form's next fixed paragraph (单位：万元
        became the unit), so paragraphs that are one of the form's fixed texts are passed over.

        A title is often typed into a cell above the form, or into the page header or a text box,
        and may carry a field printed nowhere else (the year). Those places are tried only as
        exactly as a field allows (a year of digits), and the unordered ones only for a line with
        words of its own (`_heading`).
        """
        j = self._after_blank_rows(self.pos)
        while j < len(self.stream) and self.stream[j].paragraph is not None:
            paragraph = self.stream[j].paragraph
            if self._fixed_for(line, paragraph.text):
                j += 1
                continue
            together = self._together([line, *following], paragraph, scope)
            if together is not None:
                self._claim(j, together[1], lines=[line, *following][:together[0]])
                return together[0]
            captures = self._content([line], _lines(paragraph.text), scope, where_paragraph(paragraph))
            if captures is not None:
                self._claim(j, captures, lines=[line])
                return 1
            j += 1
        j = self._after_blank_rows(j)
        item = self.stream[j] if j < len(self.stream) else None
        if item is not None and item.row is not None and _lone(item.row) \
                and not self._fixed_for(line, item.row.distinct()[0].text):
            [cell] = item.row.distinct()
            captures = self._content([line], _lines(cell.text), scope, where_cell(item.table, item.row, cell), strict=True)
            if captures is not None:
                self._claim(j, captures, lines=[line])
                return 1
        if _heading(line):
            for k, extra in enumerate(self.extras):
                if k in self.extras_used or self._fixed_for(line, extra.text):
                    continue
                captures = self._content([line], _lines(extra.text), scope, where_paragraph(extra), strict=True)
                if captures is not None:
                    self.extras_used.add(k)
                    self.result.captures += captures
                    return 1
        self.result.missed.append(Missed(line, scope))
        return 1

    def _together(self, lines: list[Line], paragraph: Paragraph, scope: dict) -> tuple[int, list[Capture]] | None:
        """(how many of `lines`, their captures) when one paragraph holds several of the template's
        paragraphs in a row, as typed on one line (`填表人：某某  联系电话：…  填表日期：…`, or the
        unit with `单位：万元` at the right); None when it holds no more than the first.

        Read as the first line alone, the first field took the rest of the line (the 填表人 became
        `某某 联系电话：…`) and the fields after it were missing. Each following line must start with
        words of its own, which is where the one before it ends; a line of fields alone must read
        some text, or a paragraph of the next line's words alone would pass for both.
        """
        for count in range(len(lines), 1, -1):
            run = lines[:count]
            if not all(_starts_with_words(later) for later in run[1:]):
                continue
            captures = self._content(run, _lines(paragraph.text), scope, where_paragraph(paragraph))
            if captures is not None and all(self._reads_something(one, captures, scope) for one in run):
                return count, captures
        return None

    @staticmethod
    def _reads_something(line: Line, captures: list[Capture], scope: dict) -> bool:
        """Whether a line is anchored by words of its own, or else read some text into a field of it."""
        if norm(line.text):
            return True
        paths = Missed(line, scope).paths()
        return any(c.path in paths and any(text.strip() for text in c.lines or ()) for c in captures)

    def _fixed_for(self, line: Line, text: str) -> bool:
        """Whether text is one of the form's fixed paragraphs, which a line with fields never takes."""
        return not line.static and norm(text) in self.fixed

    def _table(self, table: TablePattern, scope: dict) -> None:
        headers: list[RowPattern] = []
        for k, item in enumerate(table.items):
            later = [r for r in walk(table.items[k + 1:]) if isinstance(r, RowPattern)]
            if isinstance(item, Loop):
                self._row_loop(item, scope, headers)
            else:
                self._row(item, scope, headers, later)

    def _row(self, rp: RowPattern, scope: dict, headers: list, later: list) -> None:
        j, skipped = self._next_row(self.pos), 0
        labelled = any(c.label for c in rp.cells)
        while j is not None:
            item = self.stream[j]
            if labelled and _blank(item.row):  # an empty row typed into the form is not a row that prints labels
                j = self._next_row(j + 1)
                continue
            found = self._row_match(rp, item, scope) or self._remarked_row(rp, item, scope)
            over = self._header_over(rp, item.row, headers) if found is not None else None
            if over is not None:
                self.by_words.add(id(item.row))
                self._pass_over_header(j, over)
                j = self._next_row(j + 1)
                continue
            if found is not None:
                self._take(j, rp, headers, found)
                if _static(rp):
                    headers.append(rp)
                    self._heading(j, rp, matched=True)
                return
            if _static(rp) and _mostly_labels(rp, item.row):
                # a header worded a little differently (目标 for 目标（概述）): not an item below it; and a header found,
                # so the same typed again over a table carrying this one on is passed over, not read as an item
                self._claim(j, [], _beside_labels(rp, item))
                headers.append(rp)
                self._heading(j, rp)
                return
            shaped = self._shaped_as(item.row) if labelled else None
            if shaped is rp:
                self.pos = j + 1  # this row, shaped otherwise: left unread (and named), the rows after it read
                return
            if shaped is not None and self.order[id(shaped)] < self.order[id(rp)]:
                j = self._next_row(j + 1)  # a row of the form before this one, shaped otherwise: no row of its own
                continue
            repeated = None if _blank(item.row) else self._repeated_header(item.row, headers)
            if repeated is None and not _blank(item.row):
                neighbour = self._typed_as_neighbour(rp, j, later, scope)
                if neighbour is not None:
                    self._take(j, rp, headers, neighbour)
                    return
                ahead = [r for r in later if self._fits(r, item.row)]
                if any(self._fits(r, item.row, than=rp) for r in ahead):
                    return  # this row of the form is missing from the document: a later one is here
                repeated = None if ahead else self._worded_again(item.row, headers)
                relabelled = self._relabelled_row(rp, item, scope, headers, ahead) if repeated is None else None
                if relabelled is not None:
                    self._take(j, rp, headers, relabelled)
                    return
                if ahead:
                    return  # a later row of the form is here, known by a label it shares with this one
                if repeated is None:
                    if skipped == 2 or shaped is not None:
                        return  # this row of the form is missing from the document
                    skipped += 1
            if repeated is not None:
                self._pass_over_header(j, repeated)
            j = self._next_row(j + 1)

    def _relabelled_row(self, rp: RowPattern, item: _Item, scope: dict, headers: list[RowPattern],
                        ahead: list[RowPattern] = ()) -> _RowMatch | None:
        """Row rp (a fixed row of fields) with a label or two of its own typed otherwise (支出项目 for 基本支出), known
        for rp by another label of its own, exact in its place (财政拨款 right of it in 基本支出 | 610.85 | 财政拨款 |
        689.41). Such a row was left unread whole: its four cells said to have no place, and both amounts missing,
        the half labelled as the form's among them.

        A label typed as words no other row of the form prints, with no digit, is rp's label reworded: the amounts
        right of it are read under the form's label, and the label said (IMPORT-HEADER, from `_side_labels`). One
        typed as another label of the form (财政拨款 for 基本支出, the other half's) says its amount is something
        else: that label and its amounts are left unread and said (IMPORT-UNPLACED), the row's other half read. The
        labels rp shares with the headers (部门整体资金, 支出) must agree: a row clashing there is another table's.

        The label exact must tell rp from the later rows of the form the row fits (`ahead`) by the labels they share
        with rp in the same place: a form's side label (预算规模及资金用途) may head both its budget row and the 资金用途 row
        under it. With 预算数 retyped 预算数（万元）, the budget row was taken for the 资金用途 row, its label for the
        purpose and its three amounts lost; its 其他资金 in place says it is the budget row. A 资金用途 row alone
        under that side label is not."""
        if _static(rp):
            return None
        pairs = _align(rp, item.row)
        if pairs is None:
            return None
        shared = {(norm(c.label), c.column) for header in headers for c in header.cells if c.label}
        own = {i for i, (p, _, _) in enumerate(pairs) if p.label and (norm(p.label), p.column) not in shared}
        theirs = {(norm(c.label), c.column) for r in ahead for c in r.cells if c.label}
        exact = [i for i in own if pairs[i][1] is not None and not pairs[i][1].continued
                 and _same_label(pairs[i][1].text, rp.cells[i].label)
                 and (norm(rp.cells[i].label), rp.cells[i].column) not in theirs]
        clashing = _clashing(pairs)
        if not exact or not clashing or not clashing <= own:
            return None
        taken = {i for i in clashing if self._another_label(pairs[i][1].text, rp.cells[i].label)
                 or re.search(r"\d", fold(pairs[i][1].text))}
        return self._row_match(rp, item, scope, frozenset(clashing), frozenset(taken))

    def _typed_as_neighbour(self, rp: RowPattern, j: int, later: list[RowPattern], scope: dict) -> _RowMatch | None:
        """Row j read as rp (a fixed row of fields) whose own label was typed as a neighbouring row's of the form, shown
        twice: as the next row's (项目支出 for 基本支出) where the row after it shows that next row's labels too, or as
        the row's before it (基本支出 for 项目支出) where the row above was read as that row and the row after it is
        not rp. Two rows of 项目支出 (or of 基本支出) where the form prints 基本支出 then 项目支出: one of them stands in
        rp's place; which amounts it holds is not known, so its label and amounts are left unread and said
        (IMPORT-UNPLACED, as another label of the form, `_relabelled_row`).

        Taken for the next row, it moved the walk on a row; left for a missing rp, it ended the table there: either
        way the project rows, the targets and every table after them were left unread (IMPORT-INCOMPLETE)."""
        if _static(rp):
            return None
        row, index = self.stream[j].row, self.order[id(rp)]
        after = self._next_filled_row(j + 1)
        below = self.stream[after].row if after is not None else None
        above = next((k for k in range(j - 1, -1, -1) if self.stream[k].row is None or not _blank(self.stream[k].row)),
                     None)
        before = self.rows[index - 1] if index else None
        as_next = bool(later) and below is not None and self._fits(later[0], row, than=rp) \
            and self._fits(later[0], below, than=rp)
        as_last = before is not None and above in self.used and self.stream[above].row is not None \
            and self._fits(before, row, than=rp) and self._fits(before, self.stream[above].row, than=rp) \
            and not (below is not None and self._fits(rp, below))
        if not (as_next or as_last):
            return None
        clashing = _clashing(_align(rp, row) or [])
        return self._row_match(rp, self.stream[j], scope, clashing, clashing) if clashing else None

    def _remarked_row(self, rp: RowPattern, item: _Item, scope: dict) -> _RowMatch | None:
        """Row rp (a fixed row of fields) with its own label typed with a remark in brackets or 合计 added (基本支出（人员+公用）,
        项目支出合计: `_bare_label`), read as rp, the label said (IMPORT-HEADER, from `_side_labels`). Compared exactly,
        the 基本支出 row was left unread and the 项目支出 row came in as a project named 项目支出合计, and validate then
        said the field was missing."""
        if _static(rp):
            return None
        pairs = _align(rp, item.row) or []
        clashing = _clashing(pairs)
        if not clashing or any(_bare_label(pairs[i][1].text) != _bare_label(rp.cells[i].label) for i in clashing):
            return None
        return self._row_match(rp, item, scope, clashing)

    def _another_label(self, text: str, label: str) -> str:
        """The form's label other than `label` that a cell's text is, a unit, a remark in brackets or 合计 aside
        (`_bare_label`: 项目支出（万元）, 项目支出（含专项）, 项目支出 合计 typed for 基本支出); "" where it is none. Compared
        exactly, those read as 基本支出 reworded: its amount went under 基本支出 with only IMPORT-HEADER said."""
        bare = _bare_label(text)
        return self.bare_labels.get(bare, "") if bare != _bare_label(label) else ""

    def _paragraph_fits(self, body: list, scope: dict, path: tuple, var: str) -> bool:
        """For a repeated group without table rows: does the next paragraph fit its first line?"""
        first = body[0] if body and isinstance(body[0], Line) else None
        j = self._after_blank_rows(self.pos)
        if first is None or j >= len(self.stream) or self.stream[j].paragraph is None:
            return False
        inner = {**scope, var: path + (self.counters.get(path, 0),)}
        return self._content([first], _lines(self.stream[j].paragraph.text), inner, "") is not None

    # ── rows ────────────────────────────────────────────────────────────────────────────────
    def _next_row(self, start: int) -> int | None:
        for j in range(start, len(self.stream)):
            if self.stream[j].row is not None:
                return j
        return None

    def _next_filled_row(self, start: int) -> int | None:
        """The first row from `start` that is not blank (a blank row typed between two is no row of the form)."""
        k = self._next_row(start)
        while k is not None and _blank(self.stream[k].row):
            k = self._next_row(k + 1)
        return k

    def _take(self, j: int, rp: RowPattern, headers: list[RowPattern], found: _RowMatch) -> None:
        """Take row j as read as rp (`found`), recording its side labels worded otherwise than the form's."""
        self._claim(j, found.captures, found.notes, found.merged)
        self._side_labels(j, rp, headers, found.unread)

    def _claim(self, j: int, captures: list[Capture], notes: list[Unplaced] = (), merged: list[Merged] = (),
               lines: list[Line] = ()) -> None:
        """Take stream item j for `captures` (and template paragraphs `lines`), leaving `notes` unplaced in it."""
        self.used.add(j)
        self.pos = j + 1
        for capture in captures:
            capture.at = j
        self.result.lines += [FixedLine(j, line.text) for line in lines if line.static]
        self.result.captures += captures
        self.result.unplaced += notes
        self.result.merged += merged

    def _fits(self, rp: RowPattern, row: GridRow, than: RowPattern | None = None) -> bool:
        """The row shows rp's labels (none disagreeing); with `than`, at least one label `than` lacks there."""
        found = _labels(rp, row)
        if found is None or found[2] or not found[1]:
            return False
        if than is None:
            return True
        theirs = {c.column: norm(c.label) for c in than.cells if c.label}
        return any(theirs.get(rp.cells[i].column) != norm(rp.cells[i].label) for i in found[1])

    def _row_match(self, rp: RowPattern, item: _Item, scope: dict, relabelled: frozenset[int] = frozenset(),
                   unread: frozenset[int] = frozenset()) -> _RowMatch | None:
        """The row read as rp; None where it does not fit. Its labels must agree but those `relabelled` (rp's cells by
        index, typed otherwise: `_relabelled_row`); of those, the ones `unread` leave the fields right of them, up to
        the next label, unread and said with their own text."""
        pairs = _align(rp, item.row)
        found = _labels(rp, item.row, pairs)
        if found is None or (found[2] and not relabelled) or (_static(rp) and rp.labels and not found[1]):
            return None
        if any(d is not None and id(d.lines) in self.withheld for _, d, _ in pairs):
            return None
        captures, notes, filled, under = [], [], [], None
        for index, (p, d, extra) in enumerate(pairs):
            instead = (p.label, d.text.strip(), self._another_label(d.text, p.label)) if index in unread else ()
            notes += [Unplaced(where_cell(item.table, item.row, e), e.text.strip())
                      for e in extra if e.text.strip() and not e.continued]
            if p.label is not None:
                under = index
                if (not p.label or index in unread) and d is not None and d.text.strip() and not d.continued:
                    notes.append(Unplaced(where_cell(item.table, item.row, d), d.text.strip(), instead=instead))
                continue
            if d is None:
                continue
            if self._labels_and_more(d, extra):
                return None
            if under in unread:
                if d.text.strip() and not d.continued:
                    typed = pairs[under][1].text
                    instead = (rp.cells[under].label, typed.strip(), self._another_label(typed, rp.cells[under].label))
                    notes.append(Unplaced(where_cell(item.table, item.row, d), d.text.strip(), instead=instead))
                continue
            got = self._content(p.content, [x.strip() for x in d.lines if x.strip()], scope,
                                where_cell(item.table, item.row, d))
            if got is None:
                return None
            for capture in got:
                capture.column, capture.place = d.column, CellPlace(item.table, item.row, d)
            captures += got
            filled.append((d, [c.path for c in got if c.lines is not None]))
        return _RowMatch(captures, notes, _merged(item, filled), unread)

    def _labels_and_more(self, cell: GridCell, extra: list[GridCell]) -> bool:
        """Whether a field's span holds one of the form's labels (`_bare_label`) and more cells of text: a row of labels
        and amounts (a project form's 预算数 | 254.30 | 其中：财政资金 | …, its labels all retyped) lying under a field spanning the
        row (资金用途), not that field's row. Read as it, the label became the purpose, the real one under it was left
        out and the amounts said to have no place."""
        return _bare_label(cell.text) in self.bare_labels and any(e.text.strip() and not e.continued for e in extra)

    # ── cell and paragraph content ──────────────────────────────────────────────────────────
    def _list(self, loop: Loop, scope: dict) -> tuple:
        path = self.binding.list_path(spec_path(loop.source.path, scope))
        self.result.captures.append(Capture(path, None, ""))
        return path

    def _content(self, content: list, lines: list[str], scope: dict, where: str,
                 strict: bool = False) -> list[Capture] | None:
        """Captures for a cell's (or paragraph's) template content against its lines of text.

        `strict`: each field must look like its kind (an amount of digits); otherwise, where no
        reading fits that way, any text is taken and the schema check says what is wrong with it.
        """
        loops = [i for i, c in enumerate(content) if isinstance(c, Loop)]
        if not loops:
            if len(content) == 1 and content[0].single is not None and not strict:
                return [Capture(spec_path(content[0].single.path, scope), lines, where, whole=True)]
            return self._regex_lines(content, lines, scope, where, strict)
        i = loops[0]
        before, loop = content[:i], content[i]
        after = [c for c in content[i + 1:] if isinstance(c, Line)]
        if len(before) + len(after) > len(lines) and (before or after):
            return None
        head = self._regex_lines(before, lines[:len(before)], scope, where)
        tail = self._regex_lines(after, lines[len(lines) - len(after):], scope, where)
        if head is None or tail is None:
            return None
        middle = lines[len(before):len(lines) - len(after)]
        source = spec_path(loop.source.path, scope)
        if "paragraphs" in loop.source.filters:
            return head + [Capture(source, middle, where, whole=not (before or after))] + tail
        path = self.binding.list_path(source)
        captures = head + [Capture(path, None, where)] + tail
        for index, line in enumerate(middle):
            got = self._content(loop.body, [line], {**scope, loop.var: path + (index,)}, where)
            if got is None:
                return None
            captures += got
        return captures

    def _regex_lines(self, content: list[Line], lines: list[str], scope: dict, where: str,
                     only_strict: bool = False) -> list[Capture] | None:
        content = [c for c in content if not (c.static and not c.text.strip())]
        if not content:
            return [] if not lines else None
        text = "\n".join(lines)
        for strict in (True,) if only_strict else (True, False):
            slots: dict[str, tuple] = {}
            regex_for = (lambda path, strict=strict: self.binding.regex(path, strict))
            regex = lines_regex([c.segments for c in content], scope, slots, regex_for)
            m = re.fullmatch(regex, fold(text))
            if m:
                return [Capture(path, [text[m.start(name):m.end(name)].strip()], where)
                        for name, path in slots.items() if m.start(name) >= 0]
        return None


def match(pattern: list, blocks: list, binding: Binding) -> Result:
    """Match a document's blocks (docx_grid.read_body) against a pattern (docx_pattern.load_pattern), without
    the 序号 columns the template lacks, with a row of the form typed across two rows joined into one
    (`split_rows`), and with columns its header rows name in another order put back in the template's
    (`reordered`: those header rows)."""
    rows, fixed = [r for r in walk(pattern) if isinstance(r, RowPattern)], fixed_rows(pattern)
    blocks, split = joined_split_rows(without_sequence_columns(blocks, pattern), rows, fixed, _labels, _align)
    blocks, reordered = in_template_order(blocks, pattern)
    continued = continued_tables(blocks, rows, _labels, _align)
    blocks, over_joins = cells_cut_over_joins(blocks, continued, rows, fixed, _labels, _align)
    split += over_joins
    result = Matcher(pattern, blocks, binding, continued, split).run()
    result.split_rows, result.continued = split, continued
    result.reordered = [Reordered(QuotedRow(where_row(table, row), _row_text(row)),
                                  stop and QuotedRow(where_row(table, stop), _row_text(stop)))
                        for table, row, stop in reordered]
    return result
