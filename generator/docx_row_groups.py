"""The repeated groups of the form as the walk (docx_match) meets them: a group of rows (`{%tr for %}`: the tasks,
the indicators) taking rows while they fit its row and no other row of the form more specifically, a 合计 row typed
under its items set apart (`said_as_total`, `_totals_items`, `_set_apart`); and a group of paragraphs and tables
(`{%p for %}`: a project's whole form) taking another item while the next row fits its first labelled row
(`_next_item_at`)."""
from __future__ import annotations

from decimal import Decimal

from .docx_grid import GridRow
from .docx_match_types import QuotedRow, Unplaced, where_row
from .docx_pattern import Loop, RowPattern, walk
from .docx_row_labels import blank_row, one_cell_row, remarks_only, row_text, said_as_total, split_under


class RowGroups:
    """The Matcher's (docx_match) reading of repeated groups, a part of it. It reads the Matcher's `stream`, `rows`,
    `order`, `once`, `bare_labels` and `binding`, moves its cursor `pos` and keeps what it takes in `used`, `counters`
    and `result` (all set in `Matcher.__init__`). It calls the walk's `_sequence`, `_list`, `_take`, `_next_row`,
    `_next_filled_row` and `_paragraph_fits`, RowReading's `_row`, `_row_match`, `_fits`, `_shaped_as` and
    `_recognised`, and HeaderRows' `_repeated_header`, `_typed_again_inside`, `_pass_over_header` and `_right_under`."""

    def _row_loop(self, loop: Loop, scope: dict, headers: list) -> None:
        path = self._list(loop, scope)
        body = [r for r in loop.body if isinstance(r, RowPattern)]
        if not body:
            return
        others = [r for r in self.rows if r not in body]
        # the rows the form prints once, before the group: passed, so a row showing their labels (项目支出 typed
        # again, or as a project's name) does not end the group; ended there, every row after it was left unread
        passed = [r for r in others if id(r) in self.once and self.order[id(r)] < self.order[id(body[0])]]
        ahead = [r for r in others if r not in passed]
        above: int | None = None  # the last row of the item before
        while (j := self._next_row(self.pos)) is not None:
            item = self.stream[j]
            index = self.counters.get(path, 0)
            inner = {**scope, loop.var: path + (index,)}
            repeated = None if blank_row(item.row) else (self._repeated_header(item.row, headers)
                                                       or self._typed_again_inside(item, headers, body[0], inner))
            if repeated is not None or blank_row(item.row):
                if repeated is not None:
                    self._pass_over_header(j, repeated)
                self.used.add(j)
                self.pos = j + 1
                continue
            # a row of the items' shape under a later row's wider cell (a task named 金额合计 beside its 主要内容) is no
            # later row, unless its amounts are the items' sum (the form's 金额合计 with a remark in a cell of its own)
            if any(self._fits(other, item.row, than=body[0]) and not (split_under(other, item.row)
                                                                     and not self._totals_items(item.row, path))
                   for other in ahead):
                return
            if any(self._fits(other, item.row, than=body[0]) for other in passed):
                self.pos = j + 1  # left unclaimed: reported with its place
                continue
            beside = said_as_total(body[0], item.row, self.bare_labels)
            if beside is not None and (remarks_only(beside) or self._totals_items(item.row, path)):
                self._set_apart(j, tuple(s for s in self._sums(item.row, path) if s[1] != s[2]))
                continue
            found = self._row_match(body[0], item, inner)
            if found is None:
                if self._group_goes_on(j, body[0], others, inner):
                    self.pos = j + 1  # left unclaimed: reported with its place
                    continue
                return
            self.counters[path] = index + 1
            self._take(j, body[0], headers, found)
            self.result.item_rows[path + (index,)] = QuotedRow(where_row(item.table, item.row), row_text(item.row), j)
            if above is not None and self._right_under(j, above, headers):
                self.result.right_under.add(path + (index,))
                if self.stream[above].table is not item.table:
                    self.result.over_join.add(path + (index,))
            for rp in body[1:]:
                self._row(rp, inner, headers, [])
            above = self.pos - 1

    def _totals_items(self, row: GridRow, path: tuple) -> bool:
        """Whether an amount of the row is the sum of the amounts read in its column for the items of the list at
        `path` so far (`_sums`): a total of them, whatever words stand beside it.

        A row under the tasks with words beside its figures was read as a task (`said_as_total`, `split_under`): the
        form's 金额合计 row typed with a remark in a cell of its own, or a 合计 row with 含上年结转, — or / where a
        task has its 主要内容, became a task named 金额合计 or 合计, its amount counted twice (TASK-SUM)."""
        return any(typed == items for _, typed, items in self._sums(row, path))

    def _sums(self, row: GridRow, path: tuple) -> list[tuple[tuple, Decimal, Decimal]]:
        """(an item's path of the column, the amount typed in the row, the sum of the items' amounts read in that
        column so far) for each cell of the row holding an amount under amounts of the items of the list at `path`."""
        read: dict[int, list] = {}
        for capture in self.result.captures:
            if capture.column is not None and capture.lines and capture.path[:len(path)] == path \
                    and len(capture.path) > len(path):
                read.setdefault(capture.column, []).append(capture)
        sums = []
        for cell in row.distinct():
            above = read.get(cell.column)
            if cell.continued or not cell.text.strip() or not above:
                continue
            amounts = [self.binding.value(c.path, c.lines) for c in above]
            typed = self.binding.value(above[-1].path, [cell.text])
            if all(isinstance(a, Decimal) for a in [typed, *amounts]):
                sums.append((above[-1].path, typed, sum(amounts)))
        return sums

    def _set_apart(self, j: int, off: tuple = (), printed: bool = False) -> None:
        """Take row j as a 合计 row typed among the form's rows, not read into the spec but said (IMPORT-TOTAL-ROW),
        with its amounts that are not the items' sum (`off`: `_sums`' of them); or, `printed`, the form's own 合计 row,
        taken already, said for the amounts typed over the sum it prints."""
        item = self.stream[j]
        self.used.add(j)
        self.pos = j + 1
        self.result.totals.append(Unplaced(where_row(item.table, item.row), row_text(item.row), off=off,
                                           printed=printed))

    def _group_goes_on(self, j: int, rp: RowPattern, others: list, scope: dict) -> bool:
        """Whether the row after row j (blank rows aside) is another of the group's rows `rp`.

        Then row j is a row of the group that fits no row of the form (a cell split in two in
        Word), not the group's end: ending there left every row after it unread.
        """
        k = self._next_filled_row(j + 1)
        if k is None or one_cell_row(self.stream[j].row):
            return False
        row = self.stream[k].row
        return not any(self._fits(other, row, than=rp) for other in others) \
            and self._row_match(rp, self.stream[k], scope) is not None

    def _block_loop(self, loop: Loop, scope: dict) -> None:
        path = self._list(loop, scope)
        anchor = next((r for r in walk(loop.body) if isinstance(r, RowPattern) and r.labels), None)
        while True:
            j = self._next_row(self.pos)
            while j is not None and one_cell_row(self.stream[j].row):  # the item's title typed into a cell above it
                j = self._next_row(j + 1)
            if anchor is not None:
                if j is None or not self._next_item_at(j, anchor):
                    return
            elif not self._paragraph_fits(loop.body, scope, path, loop.var):
                return
            index = self.counters.get(path, 0)
            self.counters[path] = index + 1
            before = self.pos
            self._sequence(loop.body, {**scope, loop.var: path + (index,)})
            if self.pos == before:
                return

    def _next_item_at(self, j: int, anchor: RowPattern) -> bool:
        """Whether another item of a repeated group of tables starts at row j: it fits the group's first labelled row
        (`anchor`), or is that row shaped otherwise (`_shaped_as`), or follows a row or two that fit no row of the
        form, which are passed over (left unread and reported) to it.

        The last indicator row of a project with a cell split in two fit neither the indicators nor the next
        project's first row: the projects ended there, and every project after it was left unread."""
        skipped, k, after = 0, j, None
        while k is not None:
            row = self.stream[k].row
            if self._fits(anchor, row) or self._shaped_as(row) is anchor:
                if after is not None:
                    self.pos = after  # the item's title paragraph, if any, is after the rows passed over
                return True
            if not (blank_row(row) or one_cell_row(row)):
                if skipped == 2 or self._recognised(row):
                    return False
                skipped, after = skipped + 1, k + 1
            k = self._next_row(k + 1)
        return False
