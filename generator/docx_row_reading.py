"""One row of the template read from the document as the walk (docx_match) meets it: the row that fits it, its
labels agreeing, a label left empty tolerated (`_fits`, `_row_match`), or typed otherwise than the form prints it:
a label reworded, remarked or typed as a neighbour's (`_relabelled_row`, `_remarked_row`, `_typed_as_neighbour`),
or its cells split so that it cannot be read but is known (`_shaped_as`); rows fitting nowhere are passed over."""
from __future__ import annotations

import re
from collections import Counter

from .docx_grid import GridCell, GridRow
from .docx_match_types import CellPlace, RowMatch, StreamItem, Unplaced, where_cell
from .docx_pattern import RowPattern, fold, norm
from .docx_row_labels import (align, bare_label, beside_labels, blank_row, clashing_labels, labels_shown, merged_cells,
                              misaligned, mostly_labels, same_label, static_row, total_row, typed_as_total)


class RowReading:
    """The Matcher's (docx_match) reading of single rows, a part of it. It reads the Matcher's `stream`, `rows`,
    `order`, `bare_labels`, `withheld`, `used` and `result`, moves its cursor `pos` and keeps in `by_words` the rows
    it passes over as a header known by its words (all set in `Matcher.__init__`). It calls the walk's `_claim`,
    `_take`, `_content`, `_next_row` and `_next_filled_row`, HeaderRows' `_heading`, `_header_over`, `_worded_again`,
    `_repeated_header` and `_pass_over_header`, and RowGroups' `_set_apart` and `_sums`."""

    def _row(self, rp: RowPattern, scope: dict, headers: list, later: list) -> None:
        j, skipped = self._next_row(self.pos), 0
        labelled = any(c.label for c in rp.cells)
        while j is not None:
            item = self.stream[j]
            if labelled and blank_row(item.row):  # an empty row typed into the form is not a row that prints labels
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
                if static_row(rp):
                    headers.append(rp)
                    self._heading(j, rp, matched=True)
                if total_row(rp):
                    self._totals_typed_again(j)
                return
            if static_row(rp) and mostly_labels(rp, item.row):
                # a header worded a little differently (目标 for 目标（概述）): not an item below it; and a header found,
                # so the same typed again over a table carrying this one on is passed over, not read as an item
                self._claim(j, [], beside_labels(rp, item))
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
            repeated = None if blank_row(item.row) else self._repeated_header(item.row, headers)
            if repeated is None and not blank_row(item.row):
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

    def _totals_typed_again(self, j: int) -> None:
        """Set apart the rows right under the form's 合计 row that are 合计 rows too (`typed_as_total`), as RowGroups
        sets apart one typed under the items (`_set_apart`): the form's 金额合计 row copied under itself, or a 合计 row
        added there. They fit no row of the form: each cell was said to have no place (three IMPORT-UNPLACED for one
        row), and a 合计 row with an empty first cell was read as the 年度总体目标 row under it, its words left out.
        Each is compared with the items read last above (RowGroups `_sums`), whose sum the form's row prints: told only
        to check it, a clerk with two totals of different amounts could not see which was right. So is the form's row
        itself (row j): the spec has no total and build prints the items' sum there, so amounts typed over it were
        dropped without a word."""
        items = next(reversed(self.result.item_rows), None)

        def off(k: int) -> tuple:
            sums = self._sums(self.stream[k].row, items[:-1]) if items is not None else []
            return tuple(s for s in sums if s[1] != s[2])

        if typed_over := off(j):
            self._set_apart(j, typed_over, printed=True)
        while (k := self._next_filled_row(self.pos)) is not None and typed_as_total(self.stream[k].row):
            self._set_apart(k, off(k))

    def _relabelled_row(self, rp: RowPattern, item: StreamItem, scope: dict, headers: list[RowPattern],
                        ahead: list[RowPattern] = ()) -> RowMatch | None:
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
        if static_row(rp):
            return None
        pairs = align(rp, item.row)
        if pairs is None:
            return None
        shared = {(norm(c.label), c.column) for header in headers for c in header.cells if c.label}
        own = {i for i, (p, _, _) in enumerate(pairs) if p.label and (norm(p.label), p.column) not in shared}
        theirs = {(norm(c.label), c.column) for r in ahead for c in r.cells if c.label}
        exact = [i for i in own if pairs[i][1] is not None and not pairs[i][1].continued
                 and same_label(pairs[i][1].text, rp.cells[i].label)
                 and (norm(rp.cells[i].label), rp.cells[i].column) not in theirs]
        clashing = clashing_labels(pairs)
        if not exact or not clashing or not clashing <= own:
            return None
        taken = {i for i in clashing if self._another_label(pairs[i][1].text, rp.cells[i].label)
                 or re.search(r"\d", fold(pairs[i][1].text))}
        return self._row_match(rp, item, scope, frozenset(clashing), frozenset(taken))

    def _typed_as_neighbour(self, rp: RowPattern, j: int, later: list[RowPattern], scope: dict) -> RowMatch | None:
        """Row j read as rp (a fixed row of fields) whose own label was typed as a neighbouring row's of the form, shown
        twice: as the next row's (项目支出 for 基本支出) where the row after it shows that next row's labels too, or as
        the row's before it (基本支出 for 项目支出) where the row above was read as that row and the row after it is
        not rp. Two rows of 项目支出 (or of 基本支出) where the form prints 基本支出 then 项目支出: one of them stands in
        rp's place; which amounts it holds is not known, so its label and amounts are left unread and said
        (IMPORT-UNPLACED, as another label of the form, `_relabelled_row`).

        Taken for the next row, it moved the walk on a row; left for a missing rp, it ended the table there: either
        way the project rows, the targets and every table after them were left unread (IMPORT-INCOMPLETE)."""
        if static_row(rp):
            return None
        row, index = self.stream[j].row, self.order[id(rp)]
        after = self._next_filled_row(j + 1)
        below = self.stream[after].row if after is not None else None
        above = next((k for k in range(j - 1, -1, -1) if self.stream[k].row is None or not blank_row(self.stream[k].row)),
                     None)
        before = self.rows[index - 1] if index else None
        as_next = bool(later) and below is not None and self._fits(later[0], row, than=rp) \
            and self._fits(later[0], below, than=rp)
        as_last = before is not None and above in self.used and self.stream[above].row is not None \
            and self._fits(before, row, than=rp) and self._fits(before, self.stream[above].row, than=rp) \
            and not (below is not None and self._fits(rp, below))
        if not (as_next or as_last):
            return None
        clashing = clashing_labels(align(rp, row) or [])
        return self._row_match(rp, self.stream[j], scope, clashing, clashing) if clashing else None

    def _remarked_row(self, rp: RowPattern, item: StreamItem, scope: dict) -> RowMatch | None:
        """Row rp (a fixed row of fields) with its own label typed with a remark in brackets or 合计 added (基本支出（人员+公用）,
        项目支出合计: `bare_label`), read as rp, the label said (IMPORT-HEADER, from `_side_labels`). Compared exactly,
        the 基本支出 row was left unread and the 项目支出 row came in as a project named 项目支出合计, and validate then
        said the field was missing."""
        if static_row(rp):
            return None
        pairs = align(rp, item.row) or []
        clashing = clashing_labels(pairs)
        if not clashing or any(bare_label(pairs[i][1].text) != bare_label(rp.cells[i].label) for i in clashing):
            return None
        return self._row_match(rp, item, scope, clashing)

    def _another_label(self, text: str, label: str) -> str:
        """The form's label other than `label` that a cell's text is, a unit, a remark in brackets or 合计 aside
        (`bare_label`: 项目支出（万元）, 项目支出（含专项）, 项目支出 合计 typed for 基本支出); "" where it is none. Compared
        exactly, those read as 基本支出 reworded: its amount went under 基本支出 with only IMPORT-HEADER said."""
        bare = bare_label(text)
        return self.bare_labels.get(bare, "") if bare != bare_label(label) else ""

    def _fits(self, rp: RowPattern, row: GridRow, than: RowPattern | None = None) -> bool:
        """The row shows rp's labels (none disagreeing); with `than`, at least one label `than` lacks there."""
        found = labels_shown(rp, row)
        if found is None or found[2] or not found[1]:
            return False
        if than is None:
            return True
        theirs = {c.column: norm(c.label) for c in than.cells if c.label}
        return any(theirs.get(rp.cells[i].column) != norm(rp.cells[i].label) for i in found[1])

    def _row_match(self, rp: RowPattern, item: StreamItem, scope: dict, relabelled: frozenset[int] = frozenset(),
                   unread: frozenset[int] = frozenset()) -> RowMatch | None:
        """The row read as rp; None where it does not fit. Its labels must agree but those `relabelled` (rp's cells by
        index, typed otherwise: `_relabelled_row`); of those, the ones `unread` leave the fields right of them, up to
        the next label, unread and said with their own text."""
        pairs = align(rp, item.row)
        found = labels_shown(rp, item.row, pairs)
        if found is None or (found[2] and not relabelled) or (static_row(rp) and rp.labels and not found[1]):
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
        return RowMatch(captures, notes, merged_cells(item, filled), unread)

    def _labels_and_more(self, cell: GridCell, extra: list[GridCell]) -> bool:
        """Whether a field's span holds one of the form's labels (`bare_label`) and more cells of text: a row of labels
        and amounts (a project form's 预算数 | 254.30 | 其中：财政资金 | …, its labels all retyped) lying under a field spanning the
        row (资金用途), not that field's row. Read as it, the label became the purpose, the real one under it was left
        out and the amounts said to have no place."""
        return bare_label(cell.text) in self.bare_labels and any(e.text.strip() and not e.continued for e in extra)

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
                  and not Counter(norm(p.label) for p in rp.labels) - Counter(texts) and misaligned(rp, row)]
        return max(shaped, key=lambda r: len(r.labels), default=None)

    def _recognised(self, row: GridRow) -> bool:
        """Whether a row shows a row of the form: its labels in their places (`_fits`), or shaped otherwise."""
        return any(self._fits(rp, row) for rp in self.rows if rp.labels) or self._shaped_as(row) is not None
