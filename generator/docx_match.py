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

The walk over paragraphs and tables is here; the Matcher's parts reading rows are docx_row_reading (one row of the
form), docx_header_rows (header rows typed again, side labels) and docx_row_groups (repeated groups); how a row
compares with a template row is docx_row_labels', a line's regex docx_line_regex's, the records found
docx_match_types'.
"""
from __future__ import annotations

import re
from itertools import takewhile

from .docx_grid import Paragraph
from .docx_pattern import Line, Loop, RowPattern, TablePattern, fixed_rows, fold, norm, walk
from .docx_column_order import in_template_order
from .docx_continued_tables import ContinuedTable, continued_tables
from .docx_header_rows import HeaderRows
from .docx_line_regex import lines_regex
from .docx_match_types import (Binding, Capture, FixedLine, Heading, Merged, Missed, Misshapen, QuotedRow, Reordered,
                               Result, RowMatch, StreamItem, Unplaced, has_own_words, spec_path, where_cell,
                               where_paragraph, where_row)
from .docx_row_groups import RowGroups
from .docx_row_labels import align, bare_label, blank_row, labels_shown, one_cell_row, row_text, static_row
from .docx_row_reading import RowReading
from .docx_sequence_columns import without_sequence_columns
from .docx_split_rows import SplitRow, cells_cut_over_joins, joined_split_rows
from .docx_title_remarks import without_remark
from .docx_title_year import unprinted_year, without_year, year_field, years_taken_out


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


class Matcher(HeaderRows, RowGroups, RowReading):
    """One walk of a pattern over a document's blocks: the cursor (`pos`), what is taken (`used`), and the `result`.
    Its parts (the classes it is made of) share this state, set here, and call one another's methods."""

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
        self.by_words: set[int] = set()  # of those, the rows known by their field cells' words alone (`labels_again`)
        self.header_like: set[int] = set()  # rows under blank categories like the header, kept as items (`looks_like_labels`)
        # of those, the ones lacking a label or two, the rest in other columns: known by their words alone
        self.shifted = {id(c.header) for c in continued if c.left_out}
        self.stream: list[StreamItem] = []
        self.extras: list[Paragraph] = []  # page headers, footers, text boxes: outside the stream's order
        self.extras_used: set[int] = set()
        for block in blocks:
            if isinstance(block, Paragraph) and block.place:
                self.extras.append(block)
            elif isinstance(block, Paragraph):
                if block.text.strip() and id(block) not in markers:
                    self.stream.append(StreamItem(paragraph=block))
            else:
                self.stream += [StreamItem(table=block, row=row) for row in block.rows]
        self.pos = 0
        self.used: set[int] = set()
        self.counters: dict[tuple, int] = {}
        self.result = Result()
        self.rows = [r for r in walk(pattern) if isinstance(r, RowPattern)]
        self.labels = frozenset(norm(c.label) for r in self.rows for c in r.cells if c.label)
        # the form's labels by their words without a unit, remark or 合计 (`bare_label`), as printed
        self.bare_labels = {bare_label(c.label): c.label for r in self.rows for c in r.cells if c.label}
        self.words = frozenset("".join(self.labels))  # docx_row_labels' `_relabelled`
        self.order = {id(r): index for index, r in enumerate(self.rows)}  # a row's place in the form
        self.once = {id(r) for r in _unlooped_rows(pattern)}  # the rows the form prints once, in no list
        # labels beside fields, heading their rows (部门整体资金（万元）merged down its table's side), by column
        self.side = {(norm(c.label), c.column) for r in self.rows if not static_row(r) for c in r.cells if c.label}
        self.sides: dict[int, Heading] = {}  # by the side label's document cell (its lines), while it goes on
        # the form's fixed paragraphs (单位：万元): never a field's value, even where that field's own paragraph is missing
        self.fixed = {norm(item.text) for item in walk(pattern) if isinstance(item, Line) and item.static} - {""}
        self.unprinted_year = unprinted_year(pattern, binding)  # `_year_moved`

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

    def _misshapen(self, item: StreamItem) -> None:
        """Record an unread row the form's row `_shaped_as` says it is, with another number of cells than that row:
        why it was not read, where the labels alone say nothing."""
        rp = self._shaped_as(item.row)
        if rp is not None and align(rp, item.row) is None:
            self.result.misshapen.append(Misshapen(item.table, item.row, len(item.row.distinct()), len(rp.cells)))

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
        while j < len(self.stream) and self.stream[j].row is not None and blank_row(self.stream[j].row):
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
        words of its own (`has_own_words`).
        """
        start = j = self._after_blank_rows(self.pos)
        while j < len(self.stream) and self.stream[j].paragraph is not None:
            paragraph = self.stream[j].paragraph
            if self._fixed_for(line, paragraph.text) or self._year_alone(j, scope):
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
        unread = [(k, self.stream[k].paragraph.text) for k in range(start, j) if k not in self.used]
        if self._year_moved(line, following, scope, unread) or self._remark_dropped(line, following, scope, unread):
            return 1
        j = self._after_blank_rows(j)
        item = self.stream[j] if j < len(self.stream) else None
        if item is not None and item.row is not None and one_cell_row(item.row) \
                and not self._fixed_for(line, item.row.distinct()[0].text):
            [cell] = item.row.distinct()
            captures = self._content([line], _lines(cell.text), scope, where_cell(item.table, item.row, cell), strict=True)
            if captures is not None:
                self._claim(j, captures, lines=[line])
                return 1
        if has_own_words(line):
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

    def _year_moved(self, line: Line, following: list[Line], scope: dict, typed: list[tuple[int, str]]) -> bool:
        """Claim the first paragraph of `typed` (its position, its text) that is `line` once one year is taken out of it
        and the year out of the line (docx_title_year), reading the year from it: the line's own year field, or for a
        line printing no field, a title the form follows with its year (`{{ year }}年度`), that of the first of the
        `following` lines printing one; failing those, the year of a form that prints none (`unprinted_year`). A line of
        the year alone (`{{ year }}年度`, `({{ year }} 年度)`) is a paragraph of one year and nothing else, typed with or
        without brackets, 年 or 年度 (`（2024年度）`, `2024年`). A year moved in front of the title or after it in
        brackets, or a year line retyped, left the paragraph unread and the year missing where the file's name did not
        write it.

        A paragraph writing two years is the line where taking out just one of them leaves it: the project named with
        its year, `1.2023年度办公用房租金绩效目标表（2023年度）`, is read with its name whole and the year in brackets.
        Where either would do, which year is the form's is not known and the paragraph is not read."""
        own = year_field(line)
        target = line if own is None else without_year(line)  # None: a line of the year alone
        followed = next((found for later in following if (found := year_field(later)) is not None), None) \
            if line.static else None
        field = own or followed or self.unprinted_year
        if field is None:
            return False
        for j, text in typed:
            if self._fixed_for(line, text):
                continue
            where = where_paragraph(self.stream[j].paragraph)
            fits = [(captures, digits) for rest, digits in years_taken_out(text)
                    if (captures := self._content([target], _lines(rest), scope, where) if target is not None
                        else None if norm(rest) else []) is not None]
            if len(fits) == 1:
                [(captures, digits)] = fits
                self._claim(j, [*captures, Capture(spec_path(field.path, scope), [digits], where)], lines=[line])
                return True
        return False

    def _year_alone(self, j: int, scope: dict) -> bool:
        """Claim paragraph j where it is a year and nothing else (`2023年度`, `（2023年）`) on a form printing no year
        (`unprinted_year`), reading the year from it: typed on a line of its own under a title, it was taken by the
        line under the title, 单位编码 `2023` and 单位名称 `年度`, and the unit's own line was left unread."""
        if self.unprinted_year is None:
            return False
        paragraph = self.stream[j].paragraph
        years = [digits for rest, digits in years_taken_out(paragraph.text) if not norm(rest)]
        if len(years) != 1:
            return False
        self._claim(j, [Capture(spec_path(self.unprinted_year.path, scope), years, where_paragraph(paragraph))])
        return True

    def _remark_dropped(self, line: Line, following: list[Line], scope: dict, typed: list[tuple[int, str]]) -> bool:
        """Claim the first paragraph of `typed` that is `line` once the bracketed remark ending it is taken out
        (docx_title_remarks: `…目标表（修改稿）`), as typed or with its year moved (`…目标表（2024年度）（草稿）`). Only for a
        line of words of its own: one of fields alone fits the paragraph with its remark as well as without."""
        if not has_own_words(line):
            return False
        bare = [(j, rest) for j, text in typed if (rest := without_remark(text)) is not None]
        for j, rest in bare:
            captures = None if self._fixed_for(line, rest) else \
                self._content([line], _lines(rest), scope, where_paragraph(self.stream[j].paragraph))
            if captures is not None:
                self._claim(j, captures, lines=[line])
                return True
        return self._year_moved(line, following, scope, bare)

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
        while k is not None and blank_row(self.stream[k].row):
            k = self._next_row(k + 1)
        return k

    def _take(self, j: int, rp: RowPattern, headers: list[RowPattern], found: RowMatch) -> None:
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
    blocks, split = joined_split_rows(without_sequence_columns(blocks, pattern), rows, fixed, labels_shown, align)
    blocks, reordered = in_template_order(blocks, pattern)
    continued = continued_tables(blocks, rows, labels_shown, align)
    blocks, over_joins = cells_cut_over_joins(blocks, continued, rows, fixed, labels_shown, align)
    split += over_joins
    result = Matcher(pattern, blocks, binding, continued, split).run()
    result.split_rows, result.continued = split, continued
    result.reordered = [Reordered(QuotedRow(where_row(table, row), row_text(row)),
                                  stop and QuotedRow(where_row(table, stop), row_text(stop)))
                        for table, row, stop in reordered]
    return result
