"""Join a row of the form typed across two table rows back into one, before matching.

A long header (年度重点工作任务 | 名称 | 主要实施内容 | 拟投入的资金（万元） | …) wraps in Word, and people press
Enter in the table and carry some of its cells over to a new row, leaving them empty in the first: two rows, each
with empty cells, neither of them the form's header. Matched as they were, the first half passed for the header
and the second fitted nothing, so every task or indicator under it was left unread (37–292 cells of an example
form). A budget row split so (基本支出 610.85 in one row, 财政拨款 689.41 under it) kept its first half, an empty
label being tolerated, and left the second's cells unplaced.

A row cut at a page break is split the other way: Word's "allow row to break across pages" prints the top of each
cell on one page and the rest on the next, and a form typed again from such a print (or from its PDF) has two
rows, the indicator's or task's name (and its 一级、二级) in the first, the values or amounts that stood lower in
their cells in the second, under a blank name. Read as they were, the first was an indicator without values and
the second one without a name, taking its 一级、二级 from the merge above: both half-empty, and no message said so.

Two rows next to each other in a table are joined when they are complementary (of the same cells, each with
text of its own, no cell filled in both; a cell merged down over both is one cell) and either together they show
every label of a row of the form, as neither does alone: neither half is a row of the form with as many labels
by itself; or the second goes on the first (`_continues`): it shows no label of the form, and has nothing of its
own where the first's row begins (at or left of the first's first cell of its own: the name, or the category
the first opens) nor at or left of the form's name column (a page break prints the top of each cell above it: a
name blank above and typed below is an item of its own), so it names no item of its own, and the two line up as a
row of the form. Typed again from a print whose header rows repeat on each page, the header row stands between the
two halves: read past it, when it reads as a row above it in the table does, or is laid out as one with a label
or two worded otherwise (年度目标值 for 指标值, as a header typed again by hand often is).

A pair that only goes on so is as well two genuine rows, an item whose values are not filled in yet over one whose
name was forgotten: joined, the second item would be lost without a word. So it is joined only on evidence that a
page began at the lower (or at the header typed again above it): Word's mark of where it last began a page, or a
sheet's manual page break (`GridRow.starts_page`). Without it both rows stay, validate names their blank fields,
and the pair is kept (`SplitRow.joined` false) for a warning naming both readings.

A long value cut so leaves the top of its cell's text in the first row and the rest in the second, under blank
cells: typed again, the second fills only that one cell, as the first does too, and was read as an item of its own
without a name (`name: ""`, which a form's schema may let pass) holding half a value. Such a pair (`_cell_cut`) is
read as the other cut is, on the same evidence, the two halves joined into the one text (`SplitRow.cell`). Word cuts
a row between the lines of its cells, so the second's first paragraph goes on the first's last one: joined as one
line (no space beside a Chinese character, `han.joined`), the second's further paragraphs lines of their own. A cell
that reads a number alone (an amount, a count) is one line, never cut: under it a lone value is another item's.
A cell cut where a table carried on over a page starts (docx_continued_tables) has its halves in two tables:
`cells_cut_over_joins` joins them after the join is found.

A name is never taken from the lower row, in one table or across two: a row filling only the name, under a row
filling that name and more, is the end of a name a page cut (补助发 | 放及时率) or an item whose values are not
filled in yet (a draft's) under one filled in, and nothing in the file tells which. Where a page began at the
lower, both stay items and the pair is kept (`SplitRow.named`) for a warning naming both rows and how to join the
name in the spec if it is one.

A row the form prints once (`fixed_rows`: 总体绩效目标, 资金用途, 年度目标, its label on the left and a text on the
right) is cut the same way, the rest of its text alone in the row under it, the label blank or merged down over both
(`_fixed_cut`). No item's name tells it there, but no row of the form is under it either: that lower row fitted
nothing and its text was left out, the field keeping only its top. On the same evidence (a page begun at the lower
row, or a table carried on over a page starting with it) the halves are joined; without it both rows stay, and the
pair (`joined` false) lets the note on the text left out say whose rest it may be.

The warnings: IMPORT-MAYBE-CUT names both readings of a pair left apart (and how to mend each in the spec);
IMPORT-PAGE-CUT names the field and the two rows joined. A cut cell is one right of the name whose row above holds
more than one number's worth. The form's next row counts as under a fixed row even where its label only starts a row
lower (a row left blank and unmerged under 资金用途, 绩效目标 typed in the row below it, blank rows between not counted):
where the text reads cut (no sentence ended above, no 0., 1. or （一） opening the row), that row is no first 绩效目标, and
without evidence of a page it is IMPORT-UNPLACED, said to be maybe the rest of the field above and how to check and
join it; a sentence ended or a numbered row is a first target typed above the label, read as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from .docx_continued_tables import same_header
from .docx_grid import GridCell, GridRow, Table
from .docx_pattern import NUMBERING, Line, fold
from .han import joined

# docx_row_labels's `labels_shown`: (labels the row shows, those in cells of their own, whether one disagrees), or None
Labels = Callable[[object, GridRow], "tuple[set, set, bool] | None"]
# docx_row_labels's `align`: (pattern cell, document cell or None, extra document cells) pairs, or None
Align = Callable[[object, GridRow], "list[tuple] | None"]

# The end of a sentence, after `fold`: a full stop, question or exclamation mark or semicolon, closing quotes after it
_SENTENCE_END = re.compile(r"[。.!?;…][\"'”’」』)]*\s*$")

_ITEM_NAME = "name"
"""The key every form's schema gives an item's own name (三级指标, a task's 名称, a project's 项目名称): the field whose
column tells where a row names its item."""


@dataclass
class SplitRow:
    """Two rows of a document's table read as one row of the form, the second's cells joined into the first; or two
    shaped like the halves of a row cut at a page break but kept apart (`joined` false) for want of evidence."""

    table: Table
    first: GridRow
    second: GridRow
    cut: bool = False              # the halves of a row cut at a page break (`_continues`), not a wrapped header
    joined: bool = True
    across: bool = False           # a header row typed again stands between the two
    upper: tuple[str, ...] = ()    # of a `cut`: the columns (by their header's words) the first fills, and the second
    lower: tuple[str, ...] = ()
    unshared: tuple[str, ...] = ()  # of `upper`, those the second does not share through a cell merged down over both
    item: str = ""                 # of a `cut`: the item's name, as the first row reads it
    lower_table: Table | None = None  # the table `second` opens, where a table carried on over a page starts with it
    cell: str = ""                 # of a `cut` inside one cell's text (`_cell_cut`): that column, named as `lower` is
    rest: str = ""                 # and the start of the text the second row goes on with there
    named: bool = False            # of a `cell` cut: the cell is the item's name, so never joined (`_name_cut`)
    fixed: int | None = None       # of a row the form prints once (`_fixed_cut`): the grid column of its cut text
    whole: GridRow | None = None   # of that pair joined: the row the two are read as, its fields read from it
    # of that pair: the label of the form's next row, blank in `second` and starting in the row under it
    # (`_labels_start`); kept apart, `second` is read as no row of the form (docx_match `Matcher.withheld`)
    starts_below: str = ""


def joined_split_rows(blocks: list, rows: list, fixed: list, labels: Labels,
                      align: Align) -> tuple[list, list[SplitRow]]:
    """The blocks with each row of the form split across two rows (`rows`: the form's row patterns; `fixed`: those
    it prints once, `fixed_rows`) joined into one, and the pairs joined or, looking cut at a page break with no
    evidence of it, kept apart."""
    out, joined = [], []
    for block in blocks:
        if isinstance(block, Table):
            block, pairs = _joined_in(block, rows, fixed, labels, align)
            joined += pairs
        out.append(block)
    return out, joined


def _joined_in(table: Table, rows: list, fixed: list, labels: Labels, align: Align) -> tuple[Table, list[SplitRow]]:
    """A row of the form that is two wrapped (`_completes`) has its labels to say so; two rows shaped like a row cut
    at a page break (`_continues`) are also an item whose values are not filled in yet over one whose name was
    forgotten, so they are joined only where the lower, or a header typed again above it, starts a page; kept
    apart otherwise, every row of the file stays one, the blank fields for validate to name."""
    kept: list[GridRow] = []
    pairs: list[SplitRow] = []
    index = 0
    while index < len(table.rows):
        first = table.rows[index]
        second = table.rows[index + 1] if index + 1 < len(table.rows) else None
        whole = _joined(first, second) if second is not None else None
        if whole is not None and _completes(whole, first, second, rows, labels):
            kept.append(whole)
            pairs.append(SplitRow(table, first, second))
            index += 2
            continue
        lower = _lower_half(first, second, rows, labels, align) if second is not None else None
        if lower is not None:
            whole, column = lower
            pairs.append(_cut(table, first, second, second.starts_page, False, column, rows, labels, align))
        elif (across := _across_repeated_header(table, index, rows, labels, align)) is not None:
            whole, second, column = across
            header = table.rows[index + 1]
            pairs.append(_cut(table, first, second, header.starts_page or second.starts_page, True, column, rows,
                              labels, align))
        elif second is not None and second.starts_page and (
                column := _name_cut(first, second, rows, labels, align)) is not None:
            pairs.append(_name_cut_pair(table, first, second, column, None, rows, labels, align))
        elif second is not None and (cut := _fixed_cut(table, first, second, _row_after(table, index + 1),
                                                       second.starts_page, fixed, rows, labels, align)) is not None:
            whole = cut.whole
            pairs.append(cut)
        pair = pairs[-1] if pairs and pairs[-1].first is first else None
        if pair is not None and pair.joined:
            kept.append(whole)
            if pair.across:
                kept.append(table.rows[index + 1])  # the header typed again stays, passed over as one
            index += 3 if pair.across else 2
            continue
        kept.append(first)
        index += 1
    if not any(pair.joined for pair in pairs):
        return table, pairs
    return replace(table, rows=kept), pairs


def cells_cut_over_joins(blocks: list, continued: list, rows: list, fixed: list, labels: Labels,
                         align: Align) -> tuple[list, list[SplitRow]]:
    """Join each cell a page break cut where a table carried on over the page starts (docx_continued_tables, on its
    evidence that a page turned there): the top of the cell's text in the upper table's last row, the rest in the
    lower's first row under its header typed again (or its first row), every other cell of that row blank.

    `_joined_in` reads one table: the two halves, in two tables, were read as two items, the lower without a name,
    and not a word said. The joined row replaces the upper's last, the lower loses its row: both tables replaced,
    in the blocks and in the joins, which the matcher knows them by. A name is not joined, as in one table
    (`_name_cut`): a lower first row filling only the name is as well a draft's item whose values are not filled
    in yet; both stay items, and the pair is kept for a warning. A row the form prints once cut so over two tables
    of the same columns with no evidence between (`joined` false) is kept as it is, and its pair too, for the note
    on the text left out (`_fixed_cut`)."""
    pairs = []
    for join in continued:
        at = 0 if join.header is None else 1
        if len(join.lower.rows) <= at or not join.upper.rows:
            continue
        first, second = join.upper.rows[-1], join.lower.rows[at]
        pair = _fixed_cut(join.upper, first, second, _row_after(join.lower, at), join.joined, fixed, rows, labels,
                          align)
        if pair is None and join.joined:
            pair = _item_cut_over(join.upper, first, second, rows, labels, align)
        if pair is None:
            continue
        pair.lower_table = join.lower
        pairs.append(pair)
        if not pair.joined:
            continue
        upper = replace(join.upper, rows=[*join.upper.rows[:-1], pair.whole])
        lower = replace(join.lower, rows=[r for r in join.lower.rows if r is not second])
        pair.lower_table = lower
        swapped = {id(join.upper): upper, id(join.lower): lower}
        blocks = [swapped.get(id(block), block) for block in blocks]
        for other in continued:
            other.upper, other.lower = swapped.get(id(other.upper), other.upper), swapped.get(id(other.lower), other.lower)
    return blocks, pairs


def _name_cut(first: GridRow, second: GridRow, rows: list, labels: Labels, align: Align) -> int | None:
    """The grid column of the item's name (`_ITEM_NAME`) where `second` fills that cell alone and `first` fills it
    too, with more than a number: the two ends of one name a page break cut (补助发 | 放及时率), or an item whose
    values are not filled in yet under one filled in. Nothing tells the two apart, and a name is the item's
    (`_named_below`): never joined, only said."""
    column = _cell_cut(first, second)
    if column is None or _header(first, rows, labels):
        return None
    return column if _names_at(_cell_joined(first, second, column, 0), column, rows, labels, align) else None


def _name_cut_pair(table: Table, first: GridRow, second: GridRow, column: int, lower_table: Table | None,
                   rows: list, labels: Labels, align: Align) -> SplitRow:
    """The pair `_name_cut` finds at `column`, kept as two rows (`lower_table`: the table `second` opens, where it
    carries `table` on), with the cells right of the name the upper fills: what the lower lacks as an item."""
    pair = _cut(table, first, second, False, False, column, rows, labels, align)
    filled = [c for c in first.distinct() if _own(c)]
    pair.unshared = tuple(n for n, c in zip(pair.upper, filled) if c.column > column)
    pair.named, pair.lower_table = True, lower_table
    return pair


def _item_cut_over(upper: Table, first: GridRow, second: GridRow, rows: list, labels: Labels,
                   align: Align) -> SplitRow | None:
    """The pair where `second` opening a table carried on over a page is the rest of one cell's text of an item's
    row `first` ends the table above with: a value right of the name, joined; the name itself kept as two items and
    only said (`_name_cut_pair`), as in one table."""
    column = _cell_cut(first, second)
    if column is None or _header(first, rows, labels):
        return None
    whole = _cell_joined(first, second, column, 0)
    if _names_at(whole, column, rows, labels, align):
        return _name_cut_pair(upper, first, second, column, None, rows, labels, align)
    if not (_continues(whole, first, second, rows, labels, align) and _named_left_of(whole, column, rows, labels,
                                                                                      align)):
        return None
    pair = _cut(upper, first, second, True, False, column, rows, labels, align)
    # the lower's blank categories go on with the upper's by the join: only the cells right of the name are its
    name = _name_column(whole, rows, labels, align)
    pair.unshared = tuple(n for n, c in zip(pair.upper, [c for c in first.distinct() if _own(c)])
                          if c.column != column and name is not None and c.column >= name)
    pair.whole = whole
    return pair


def _row_after(table: Table, index: int) -> GridRow | None:
    """The first row after the table's row at `index` with text of its own, None at the table's end: an empty row
    typed between a cut text's rest and the label starting under it hides nothing, and read as the row after, it
    let the rest pass for the list's first item."""
    return next((row for row in table.rows[index + 1:] if any(_own(c) for c in row.distinct())), None)


def _fixed_cut(table: Table, first: GridRow, second: GridRow, below: GridRow | None, evidence: bool, fixed: list,
               rows: list, labels: Labels, align: Align) -> SplitRow | None:
    """The pair, joined if `evidence` says a page began at `second`, where `first` is a row the form prints once
    (`fixed`) showing its labels, and `second` fills only the rest of that row's text (`_cell_cut`), nothing where
    a label stands (blank, or a label merged down over both); `below`: the row under `second`.

    A row of a list (a task, one 绩效目标 of several) is followed by more of its kind, but nothing of the form
    follows a row printed once in its own shape: the lower is the rest of its text, unless it shows in full the
    labels of another row of the form (two rows of one shape under one side label merged down are two rows)."""
    column = _cell_cut(first, second)
    if column is None or _header(first, rows, labels):  # 总体目标 | 年度目标 over the text: labels, not a text cut
        return None
    cell = first.cells[column]
    shaped = next((rp for rp in fixed if rp.labels and _full(labels(rp, first), rp)
                   and any(p.label is None and d is cell for p, d, _ in align(rp, first) or [])), None)
    if shaped is None or any(rp is not shaped and rp.labels and _full(labels(rp, second), rp) for rp in rows) \
            or _next_row_unlabelled(shaped, first, second, below, column, rows, labels, align):
        return None
    label = "".join(_short_name(p.label) for p in shaped.labels if p.column < cell.column)
    whole = _cell_joined(first, second, column, 0)
    after = _row_after_in_form(shaped, rows)
    starts = after is not None and _lines_up(after, second, column, labels, align)
    return SplitRow(table, first, second, cut=True, joined=evidence, cell=label, rest=_quoted(second.cells[column].text),
                    fixed=column, whole=whole if evidence else None,
                    starts_below="".join(_short_name(p.label) for p in after.labels) if starts else "")


def _row_after_in_form(shaped, rows: list):
    """The form's row pattern after `shaped`, None where it is the last."""
    return next((rows[i + 1] for i, rp in enumerate(rows[:-1]) if rp is shaped), None)


def _lines_up(rp, second: GridRow, column: int, labels: Labels, align: Align) -> bool:
    """Whether `second` lines up with the form's row `rp`, no label disagreeing, a field of it in the cell at
    `column`: as that row typed with its label left blank or unmerged would."""
    found = labels(rp, second)
    return found is not None and not found[2] and any(p.label is None and d is second.cells[column]
                                                      for p, d, _ in align(rp, second) or [])


def _next_row_unlabelled(shaped, first: GridRow, second: GridRow, below: GridRow | None, column: int, rows: list,
                         labels: Labels, align: Align) -> bool:
    """Whether `second` lines up with the row of the form after `shaped`, no label disagreeing, a field of it where
    `second` fills: that row typed with its label left blank or unmerged (其中：财政拨款 under 资金总额, the first
    绩效目标 under 资金用途), as likely as the rest of the text above; a page begun there tells nothing of which.

    Unless the row under `second` (`below`) shows that row's labels in full, in cells of their own: the label
    starts there (绩效目标 merged down over the targets from the row under), so `second`, above it and blank where it
    stands, is no row of it, and the rest of the text above is what is left. Read as that row, the rest of 资金用途
    came in as the first 绩效目标 without a word.

    A label starting under it says only that `second` is no row of the form as typed: a clerk who inserts a new
    first target above the label, or unmerges the label and types it in the middle row, leaves the same shape. So
    the text must read as cut too (`_reads_cut`); where the upper ends a sentence or the lower opens a numbered item
    (0. 1. （一）), `second` is the list's first item, as it was before the label was looked for."""
    after = _row_after_in_form(shaped, rows)
    return after is not None and _lines_up(after, second, column, labels, align) \
        and not (_labels_start(after, below, labels) and _reads_cut(first, second, column))


def _reads_cut(first: GridRow, second: GridRow, column: int) -> bool:
    """Whether the text of the cell at `column` reads as one text cut between the two rows: the upper's last line
    ends no sentence and the lower's first opens no numbered item. A page break falls anywhere in a text; a new
    item starts after a full stop, and a list of targets is numbered."""
    top, rest = _trimmed(first.cells[column].lines)[-1], _trimmed(second.cells[column].lines)[0]
    return not _SENTENCE_END.search(fold(top)) and not re.match(NUMBERING, fold(rest))


def _labels_start(rp, row: GridRow | None, labels: Labels) -> bool:
    """Whether `row` shows every label of the form's row `rp`, each in a cell of its own (not merged down into it)."""
    found = labels(rp, row) if row is not None and rp.labels else None
    return _full(found, rp) and len(found[1]) == len(rp.labels)


def _names_at(whole: GridRow, column: int, rows: list, labels: Labels, align: Align) -> bool:
    """Whether the joined row is a row of the form whose item's name (`_ITEM_NAME`) is the cell at `column`."""
    return _name_column(whole, rows, labels, align) == column


def _name_column(row: GridRow, rows: list, labels: Labels, align: Align) -> int | None:
    """The grid column of the row's cell holding its item's name (`_ITEM_NAME`), as the first row of the form with
    fields it lines up with places it; None where none does."""
    return next((named.column for named in _names(row, rows, labels, align)), None)


def _names(row: GridRow, rows: list, labels: Labels, align: Align):
    """The row's cell holding its item's name (`_ITEM_NAME`) as each row of the form with fields that lines up with
    it places it, in the form's order: rows of labels alone, and rows that place no name, left out."""
    for rp in rows:
        found = labels(rp, row)
        if found is None or found[2] or all(c.label is not None for c in rp.cells):
            continue
        named = [d for p, d, _ in align(rp, row) or [] if _prints_name(p) and d is not None]
        if named:
            yield named[0]


def _cut(table: Table, first: GridRow, second: GridRow, evidence: bool, across: bool, column: int | None,
         rows: list, labels: Labels, align: Align) -> SplitRow:
    """The pair shaped like a row cut at a page break (inside the text of the cell at `column`, if not None),
    joined if `evidence` says a page began at the lower, with the columns each fills named for the note."""
    header = _header_above(table, first, rows, labels)

    def named(cells: list[GridCell]) -> tuple[str, ...]:
        """By the header's words over each cell, or where the header has none there, its text."""
        return tuple(_short_name(header.cells[c.column].text if header else "") or f"“{_quoted(c.text)}”"
                     for c in cells)

    upper = [c for c in first.distinct() if _own(c)]
    unshared = [c for c in upper if not second.cells[c.column].continued and c.column != column]
    cut = [first.cells[column]] if column is not None else []
    # a row cut between its cells ends its upper half at the name; one cut inside a value goes on right of it
    item = _name_read(first, rows, labels, align) if cut else upper[-1].text
    return SplitRow(table, first, second, cut=True, joined=evidence, across=across, upper=named(upper),
                    lower=named([c for c in second.distinct() if _own(c)]), unshared=named(unshared),
                    item=_quoted(item), cell="".join(named(cut)),
                    rest=_quoted(second.cells[column].text) if cut else "")


def _name_read(row: GridRow, rows: list, labels: Labels, align: Align) -> str:
    """The text of the row's cell under the form's name column (`_ITEM_NAME`), as the first row of the form it
    lines up with places it; empty where none does."""
    for rp in rows:
        if (found := labels(rp, row)) is None or found[2]:
            continue
        named = [d for p, d, _ in align(rp, row) or [] if _prints_name(p) and d is not None]
        if named:
            return named[0].text
    return ""


def _short_name(words: str) -> str:
    """A header's words without what its brackets explain: 指标值（包含数字及文字描述） is 指标值 in a note."""
    return re.split(r"[（(]", "".join(words.split()), maxsplit=1)[0]


def _quoted(text: str) -> str:
    line = text.strip().split("\n")[0]
    return line if len(line) <= 12 else line[:12] + "…"


def _header_above(table: Table, row: GridRow, rows: list, labels: Labels) -> GridRow | None:
    """The nearest row above `row` that shows every label of a header row of the form: its words name columns."""
    above = table.rows[:next(i for i, r in enumerate(table.rows) if r is row)]
    return next((r for r in reversed(above) if _header(r, rows, labels)), None)


def _header(row: GridRow, rows: list, labels: Labels) -> bool:
    return any(all(c.label is not None for c in rp.cells) and _full(labels(rp, row), rp) for rp in rows if rp.labels)


def _across_repeated_header(table: Table, index: int, rows: list, labels: Labels,
                            align: Align) -> tuple[GridRow, GridRow, int | None] | None:
    """Row `index` joined with its lower half two rows down, past the header row typed again between them (as a
    print repeats it at the top of the page the row was cut at), that lower half and the column of the one cell
    whose text was cut (None if the row was cut between its cells), if so; the header row stays where it is."""
    if index + 2 >= len(table.rows):
        return None
    first, header, second = table.rows[index:index + 3]
    lower = _lower_half(first, second, rows, labels, align)  # the cheap tests first: most rows fail them
    if lower is None or not _typed_again(header, table.rows[:index], rows, labels):
        return None
    return lower[0], second, lower[1]


def _typed_again(header: GridRow, above: list[GridRow], rows: list, labels: Labels) -> bool:
    """Whether `header` is a header row of the form typed again from one of the rows `above` it: reading as it does,
    every label in place; or laid out in the same cells with a label or two worded otherwise (年度目标值 for 指标值,
    docx_continued_tables `same_header`), as a header typed again by hand at the top of a page often is. Only the
    exact header was read past, and the halves of a row cut around a reworded one were left two items."""
    if _header(header, rows, labels):
        return any(_typed(row) == _typed(header) for row in above)
    layout = [(c.column, c.span) for c in header.distinct()]
    return any([(c.column, c.span) for c in row.distinct()] == layout and same_header(row, header, rows, labels)
               for row in above)


def _lower_half(first: GridRow, second: GridRow, rows: list, labels: Labels,
                align: Align) -> tuple[GridRow, int | None] | None:
    """The two rows as one, if `second` is shaped like the lower half of `first` cut at a page break, and the
    column of the one cell whose text the cut went through (`_cell_cut`), or None where it went between cells."""
    whole = _joined(first, second)
    if whole is not None:
        return (whole, None) if _continues(whole, first, second, rows, labels, align) else None
    column = _cell_cut(first, second)
    if column is None or _header(first, rows, labels):  # a header's last words are no value cut short
        return None
    # the cell's text joined as typed in the second row, for `_named_below` to tell if a name was cut
    probe = _cell_joined(first, second, column, second.number)
    if not _continues(probe, first, second, rows, labels, align) or not _named_left_of(probe, column, rows, labels,
                                                                                       align):
        return None
    return _cell_joined(first, second, column, 0), column


def _named_left_of(whole: GridRow, column: int, rows: list, labels: Labels, align: Align) -> bool:
    """Whether the joined row is a row of the form that names its item (`_ITEM_NAME`) left of `column`, the name
    read from the first row. A row of the form without a name (one 绩效目标 of a list, a budget line under its label
    merged down) filling the cell the row above fills is a row of its own, not the rest of that cell's text: only
    an item's value, under a blank name, is."""
    return any(_own(named) and not named.row and named.column < column for named in _names(whole, rows, labels, align))


_NUMBER = re.compile(r"[\d.,，\s]+")


def _cell_cut(first: GridRow, second: GridRow) -> int | None:
    """The grid column of the one cell `second` fills of its own, where `first` fills the same cell of its own with
    more than a number, the two laid out alike: the halves of that cell's text, if a page break cut it."""
    above, below = first.distinct(), second.distinct()
    if first.width != second.width or [(c.column, c.span) for c in above] != [(c.column, c.span) for c in below]:
        return None
    filled = [b for b in below if _own(b)]
    if len(filled) != 1:
        return None
    upper = first.cells[filled[0].column]
    return upper.column if _own(upper) and not _NUMBER.fullmatch(upper.text) else None


def _cell_joined(first: GridRow, second: GridRow, column: int, typed_in: int) -> GridRow:
    """`first` with the text of its cell at `column` going on with the second's: the second's first paragraph
    continuing the first's last one. The cell says it was typed in row `typed_in` (0: the first's own)."""
    upper, lower = first.cells[column], second.cells[column]
    top, rest = _trimmed(upper.lines), _trimmed(lower.lines)
    cell = replace(upper, lines=[*top[:-1], joined([top[-1].rstrip(), rest[0].lstrip()]), *rest[1:]], row=typed_in)
    return GridRow(first.number, [cell if c is upper else c for c in first.cells], first.header, first.where)


def _trimmed(lines: list[str]) -> list[str]:
    """A cell's lines without the empty ones at either end (an empty paragraph left after the text)."""
    kept = [i for i, line in enumerate(lines) if line.strip()]
    return lines[kept[0]:kept[-1] + 1]


def _typed(row: GridRow) -> tuple[str, ...]:
    """What a row's cells read, whitespace aside: a header row typed again reads as it did above."""
    return tuple("".join(c.text.split()) for c in row.distinct())


def _own(cell: GridCell) -> bool:
    return not cell.continued and bool(cell.text.strip())


def _joined(first: GridRow, second: GridRow) -> GridRow | None:
    """The two rows as one, each cell taken from the row that filled it; None unless they are complementary."""
    above, below = first.distinct(), second.distinct()
    if first.width != second.width or [(c.column, c.span) for c in above] != [(c.column, c.span) for c in below]:
        return None
    if not any(map(_own, above)) or not any(map(_own, below)) or any(_own(a) and _own(b) for a, b in zip(above, below)):
        return None
    # a cell taken from the second row keeps its row's number: a message naming it sends the clerk to that row
    chosen = {id(a): replace(b, row=second.number) if _own(b) else a for a, b in zip(above, below)}
    cells = [chosen.get(id(cell), cell) for cell in first.cells]
    return GridRow(first.number, cells, first.header or second.header, first.where)


def _completes(whole: GridRow, first: GridRow, second: GridRow, rows: list, labels: Labels) -> bool:
    """Whether the joined row is a row of the form (`rows`), every label in place, with more labels than any row
    of the form either half is by itself (a row of a repeated group shows only its side label, 绩效指标, merged
    down)."""
    def most(row: GridRow) -> int:
        return max((len(rp.labels) for rp in rows if rp.labels and _full(labels(rp, row), rp)), default=0)

    return most(whole) > max(most(first), most(second))


def _full(found: tuple | None, rp) -> bool:
    return found is not None and not found[2] and len(found[0]) == len(rp.labels)


def _continues(whole: GridRow, first: GridRow, second: GridRow, rows: list, labels: Labels, align: Align) -> bool:
    """Whether `second` is the lower half of `first`, cut at a page break: no label of the form in it, nothing of
    its own at or left of the first's first cell of its own, and the two together a row of the form with fields
    (`rows`), no label where another stands, that takes from `second` nothing at or left of its name
    (`_named_below`).

    A row of a repeated group right under one whose values are blank is left alone if it has a name (or a category)
    of its own: only a second half names nothing."""
    start = min(c.column for c in first.distinct() if _own(c))
    if any(_own(c) and c.column <= start for c in second.distinct()):
        return False
    if any((found := labels(rp, second)) is not None and found[1] for rp in rows if rp.labels):
        return False
    return any(not all(c.label is not None for c in rp.cells) and (found := labels(rp, whole)) is not None
               and not found[2] and not _named_below(rp, whole, align) for rp in rows)


def _named_below(rp, whole: GridRow, align: Align) -> bool:
    """Whether the joined row takes its item's name (rp's `_ITEM_NAME` field), or a cell left of it, from the lower
    half. Word prints the top of each cell's text above a page break: a name, left-aligned and as long as the row is
    tall, starts in the upper half, and so do its 一级、二级 or a task's category; only a value, short and centred in
    its cell, can stand wholly below. A name typed below a row whose own name is blank is a row of its own (a draft's
    item without its name over one without values), even where the upper opens a 二级 left of it."""
    pairs = align(rp, whole) or []
    at = next((i for i, (p, _, _) in enumerate(pairs) if _prints_name(p)), None)
    if at is None:
        return False
    return any(d is not None and d.row for _, cell, extra in pairs[:at + 1] for d in (cell, *extra))


def _prints_name(cell) -> bool:
    """Whether a pattern cell prints the item's name and nothing else."""
    line = cell.content[0] if len(cell.content) == 1 else None
    return isinstance(line, Line) and line.single is not None and line.single.path[-1:] == (_ITEM_NAME,)
