"""The header rows of the form as the walk (docx_match) meets them: found and recorded with the wording typed
(`_heading`), typed again over a page break or inside a table, worded otherwise or known by their words alone
(`_repeated_header`, `_typed_again_inside`, `_worded_again`, `_header_over`) and passed over so
(`_pass_over_header`), and the side labels heading the rows they are merged down beside (`_side_labels`)."""
from __future__ import annotations

from .docx_grid import GridRow, Table
from .docx_match_types import (HeaderCell, Heading, QuotedRow, RetypedHeaderCell, StreamItem, spec_path, where_cell,
                               where_row)
from .docx_pattern import Line, RowPattern, norm
from .docx_row_labels import (align, beside_labels, half_year_said, labels_again, labels_shown, looks_like_labels,
                              mostly_labels, one_relabelled, row_text, same_label, static_row, uncategorised, worded_as)


class HeaderRows:
    """The Matcher's (docx_match) reading of header rows and side labels, a part of it. It reads the Matcher's `stream`,
    `binding`, `carried_on`, `side`, `shifted` and `words`, and keeps what it finds in `result`, `used`, `retyped`,
    `inside`, `by_words`, `header_like` and `sides` (all set in `Matcher.__init__`); it calls no method of the
    Matcher's other parts."""

    def _pass_over_header(self, j: int, header: RowPattern) -> None:
        """Pass row j over as `header` typed again (over a page break): its text beside the header's labels said, and
        its words typed otherwise than the first header's named at their own cells (IMPORT-HEADER); a row known as
        the header by its field cells' words alone is said whole, as a row skipped (IMPORT-HEADER-ROW)."""
        if j in self.used:
            return
        item = self.stream[j]
        self.used.add(j)
        self.result.unplaced += beside_labels(header, item)
        if id(item.row) in self.by_words:  # said as a row left unread, not as a column read in under a reworded label
            self.result.skipped_headers.append(QuotedRow(where_row(item.table, item.row), row_text(item.row), j))
        else:
            self.result.typed_again += self._retyped_otherwise(j, header)

    def _heading(self, j: int, rp: RowPattern, matched: bool = False) -> None:
        """Record row j as a header row of the form (rp), each of its cells with the label in its place; of a row
        `matched` as the form's, not its side labels, which head their rows (`_side_labels`), not a column."""
        item = self.stream[j]
        last = j
        while last + 1 < len(self.stream) and self._whole(self.stream[last + 1].table) is self._whole(item.table):
            last += 1  # to its table's end, a table carrying it on over a page end included
        cells = [HeaderCell(where_cell(item.table, item.row, d), d.text.strip(), p.label, d.column, d.span)
                 for p, d, _ in align(rp, item.row) if p.label and d is not None and not d.continued and norm(d.text)
                 and not (matched and (norm(p.label), p.column) in self.side)]
        self.result.headings.append(Heading(j, last, cells))

    def _retyped_otherwise(self, j: int, rp: RowPattern) -> list[RetypedHeaderCell]:
        """The cells of row j, header row rp typed again, that read otherwise than the first header's cell in their
        place: the header found last above it (its `_heading`). Passed over as the header, such a cell was named, if
        at all, only by the first header's wording (IMPORT-HEADER named the upper header's cell): the cell the clerk
        is to check is the lower one."""
        item = self.stream[j]
        if id(item.row) in self.shifted:  # its cells stand a column off the form's: the continued-table note says so
            return []
        labels = {norm(c.label) for c in rp.cells if c.label}
        first = next((h for h in reversed(self.result.headings) if not h.side and h.at < j
                      and {norm(c.label) for c in h.cells} <= labels), None)
        if first is None:
            return []
        theirs: dict[str, list[HeaderCell]] = {}
        for cell in first.cells:
            theirs.setdefault(norm(cell.label), []).append(cell)
        retyped = []
        for p, d, _ in align(rp, item.row) or []:
            if not p.label or d is None or d.continued or not norm(d.text) or norm(p.label) not in theirs:
                continue
            # a label a header prints twice (预算金额（万元） over both halves of the budget): the first one in d's column
            above = next((c for c in theirs[norm(p.label)] if c.column == d.column), theirs[norm(p.label)][-1])
            if norm(d.text) != norm(above.text):
                retyped.append(RetypedHeaderCell(
                    HeaderCell(where_cell(item.table, item.row, d), d.text.strip(), p.label, d.column, d.span), above,
                    frozenset(c.label for c in rp.cells if c.label)))
        return retyped

    def _side_labels(self, j: int, rp: RowPattern, headers: list[RowPattern], unread: frozenset[int] = frozenset()) -> None:
        """Record the side labels of row j (rp) worded otherwise than the form's: a cell merged down goes on as the
        heading of each row it is part of, and so does one unmerged (its text kept in the top cell only) over the
        blank cells right under it in its table (`_right_under`). Not the labels left `unread` (rp's cells by index,
        `_relabelled_row`): nothing was read under them."""
        item = self.stream[j]
        for index, (p, d, _) in enumerate(align(rp, item.row)):
            if d is None or not p.label or (norm(p.label), p.column) not in self.side or index in unread:
                continue
            if not norm(d.text):
                going = None if d.continued else self._side_right_above(j, d.column, headers)
                if going is not None:
                    going.last = j
                continue
            if norm(d.text) == norm(p.label):
                continue
            going = self.sides.get(id(d.lines))
            if going is not None and d.continued:
                going.last = j
                continue
            cell = HeaderCell(where_cell(item.table, item.row, d), d.text.strip(), p.label, d.column, d.span)
            self.sides[id(d.lines)] = Heading(j, j, [cell], side=True)
            self.result.headings.append(self.sides[id(d.lines)])

    def _side_right_above(self, j: int, column: int, headers: list[RowPattern]) -> Heading | None:
        """The side label worded otherwise, from `column`, that heads the row row j is right under (`_right_under`)."""
        return next((heading for heading in self.sides.values()
                     if heading.cells[0].column == column and self._right_under(j, heading.last, headers)), None)

    def _right_under(self, j: int, above: int, headers: list[RowPattern]) -> bool:
        """Whether row j is right under row `above` in the same table, with nothing between but the header row typed
        again (a table carried on over a page, in the same table or starting the next one, docx_continued_tables: the
        first row under it still continues what was above). Only there does a blank cell of a column merged down (a
        category, a side label) continue the cell above, as an unmerged merge leaves it; under a blank row, another
        table's first row or a paragraph, it is not known what the cell belongs to. A table of its own that opens with
        the header typed again is another table (a form's next section, another set pasted below) unless the join
        found evidence it carries this one on: read as going on, its first row took the last category above."""
        table = self.stream[j].table
        whole = self._whole(table)
        return above < j and table is not None and all(self._whole(self.stream[k].table) is whole
                                                       for k in range(above, j)) and all(
            self.stream[k].row is not None and self._repeated_header(self.stream[k].row, headers)
            for k in range(above + 1, j))

    def _whole(self, table: Table | None) -> Table | None:
        """The first of the tables a table cut at page ends was typed as (docx_continued_tables): the whole table."""
        while table is not None and id(table) in self.carried_on:
            table = self.carried_on[id(table)]
        return table

    def _repeated_header(self, row: GridRow, headers: list[RowPattern]) -> RowPattern | None:
        """The header row of the form (of `headers`, those found so far) that the row repeats, if any; one typed again
        over a table of the same columns as the one above (docx_continued_tables) though it shows only most labels,
        a cell left blank or worded otherwise: read as a row, it ended the table there, or came in as an indicator."""
        for header in headers:
            found = labels_shown(header, row)
            if found and not found[2] and found[1] and len(found[0]) == len(header.labels):
                return header
        if id(row) in self.inside:
            return self.inside[id(row)]
        if id(row) in self.shifted:  # its words the header's but for one a slip of another (docx_continued_tables)
            words = {norm(c.text) for c in row.distinct()}
            return next((header for header in headers if len(words - {norm(c.label) for c in header.labels}) <= 1),
                        None)
        return next((header for header in headers if id(row) in self.retyped and mostly_labels(header, row)), None)

    def _typed_again_inside(self, item: StreamItem, headers: list[RowPattern], rp: RowPattern,
                            scope: dict) -> RowPattern | None:
        """The header row of `headers` that a row among the items of rp (scope: an item's) repeats with a label or two
        worded otherwise (年度目标值 for 指标值, 三级指标名称 for 三级指标), as a clerk types the header again at the top
        of the next page inside the same table. Read as an item, it came in as an indicator named 三级指标 whose
        categories, carried down, made every indicator under it an SCHEMA-ENUM error, or as a task named 名称.

        Where an item has its 一级 or 二级指标, the row has there either text of its own that no category of the taxonomy
        is (一级指标) and shows most of the header's labels (`mostly_labels`), or nothing at all, in cells of its own
        (a clerk retyping only 三级指标 | 指标值), and its other cells read as the header's labels (`labels_again`). An
        indicator named like a label (三级指标 | 指标值) has categories of the taxonomy, or merged down from above, and
        stays an indicator. A row of a table without categories (the tasks) is the header where its cells read as the
        header's labels (`labels_again`): no task is named 名称 and described 主要实施内容.

        Known so, the row joins the headers typed again over a table carrying its table on (`retyped`), read and
        reported as they are: passed over, the words typed otherwise named at their own cells (`_retyped_otherwise`)."""
        pairs = align(rp, item.row)
        if pairs is None:
            return None
        categories = [(d, names) for p, d, _ in pairs if p.label is None and len(p.content) == 1
                      and isinstance(p.content[0], Line) and p.content[0].single is not None
                      and (names := self.binding.categories(spec_path(p.content[0].single.path, scope))) is not None]
        blank = [d for d, _ in categories if d is not None and not d.continued and not norm(d.text)]
        if categories and all(d is not None and not d.continued and norm(d.text) and uncategorised(d.text, names)
                              for d, names in categories):
            header = next((h for h in headers if mostly_labels(h, item.row)), None)
        elif len(blank) == len(categories):
            taxonomy = frozenset(name for _, names in categories for name in names)
            header = next((h for h in headers if labels_again(h, pairs, blank, taxonomy, self.words)), None)
            if header is not None:
                self.by_words.add(id(item.row))
            elif any(looks_like_labels(h, pairs, blank, taxonomy) for h in headers):
                self.header_like.add(id(item.row))
        else:
            return None
        if header is not None:
            self.retyped.add(id(item.row))
            self.inside[id(item.row)] = header
        return header

    def _worded_again(self, row: GridRow, headers: list[RowPattern]) -> RowPattern | None:
        """The header row of `headers` that a row between the form's fixed rows (the budget's) repeats with a label or
        two worded otherwise (预算金额 for 预算金额（万元）, 预算支出 for 部门预算支出): it shows most of the header's labels
        in cells of its own (`mostly_labels`) and every other word of its own reads as the header's label over it
        (`worded_as`). Passed over without a word, its cells were each said to have no place in the form, not to be
        the header typed again worded otherwise. So is one with every label but one as the form's, the one reworded
        beyond that (支出项目 for 部门预算支出) but no amount (`one_relabelled`): its four cells were each said to have
        no place in the form, where it is the header with one word to check (IMPORT-HEADER at its cell). Asked only
        of a row that fits no later row of the form: a fixed row renamed (国有资本经营预算资金 for 国有资本金), its
        amount blank, shows only the side labels merged down from above, and it and the rows under it were passed
        over as the header, said to have no place."""
        for header in headers:
            pairs = align(header, row) if mostly_labels(header, row, own=True) else None
            if pairs is None:
                continue
            other = [(p, d) for p, d, _ in pairs if d is not None and not d.continued and norm(d.text)
                     and not (p.label is not None and (p.label == "" or worded_as(d.text, p.label)))]
            if not other or one_relabelled(header, row, other):
                return header
        return None

    def _header_over(self, rp: RowPattern, row: GridRow, headers: list[RowPattern]) -> RowPattern | None:
        """The header row of `headers` that a row matching rp (a fixed row of fields) repeats: the labels that tell rp
        from the headers (项目支出) are blank in it, and its text in rp's field cells reads as the header's labels over
        them (`worded_as`), one at least exactly. The budget's header typed again between 基本支出 and 项目支出
        (支出 | | 半年执行数 | 全年预算数) matched the 项目支出 row, a label left blank being tolerated: its labels became
        the amounts (SCHEMA-TYPE) and every row after it was left unread (IMPORT-INCOMPLETE). An amount reads as no
        label, so a row with one typed stays rp's. Known by those words alone, the row is said as one skipped.

        No cell need read exactly as its label where every one is written in the words of the form's labels alone
        (半年执行数 | 全年预算, or 1-6月执行数 for 半年计划执行数, `half_year_said`): asking one exact, such a row was read
        as rp's, and every row after it was lost (IMPORT-INCOMPLETE). A text with words of its own that shares some
        with a label (（年度目标待局党组会审定后补填） under 年度目标) is content, not the header."""
        if static_row(rp):
            return None
        pairs = align(rp, row)
        shared = {(norm(c.label), c.column) for header in headers for c in header.cells if c.label}
        if pairs is None or any(p.label and (norm(p.label), p.column) not in shared and d is not None and norm(d.text)
                                for p, d, _ in pairs):
            return None
        typed = [d for p, d, _ in pairs if p.label is None and d is not None and not d.continued and norm(d.text)]
        for header in headers:
            theirs = {c.column: c.label for c in header.cells if c.label}
            over = [(half_year_said(d.text), theirs.get(d.column)) for d in typed]
            if over and all(label and worded_as(text, label) for text, label in over) \
                    and (any(same_label(text, label) for text, label in over)
                         or all(set(norm(text)) <= self.words for text, _ in over)):
                return header
        return None
