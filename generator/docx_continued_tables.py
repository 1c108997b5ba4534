"""Tell a Word table carried on over a page as a table of its own from a table that is another.

Word users often end a table at the foot of a page and start a new one on the next, typing the header row again
by hand (or not at all), rather than letting one table run on. The matcher reads every table row in one stream,
so the rows of the lower table are read as the form's all the same; but the lower table's first row, its 一级、二级
merged down from above in the one table, arrives as a first row with those cells blank, and a blank category
continues the group above only in one table (docx_header_rows `_right_under`): the indicator was left without its
一级指标, and no message said why.

Two tables with the same columns are as well two tables of their own: a form with a table per section under one
header (决策、过程 in one, 效益 in the next), or another set of indicators pasted under the first. Joined, the lower's
first indicator took the upper's last category, a wrong one, and a note said "the same table". So, as docx_split_rows
joins a row cut at a page only on evidence, the lower carries the upper on only on evidence that a page turned
between them: Word's mark of where it last began a page at the lower's first row, or in a paragraph between; a
paragraph holding a page break, or ending a section that starts a new page; or a line that only says the table goes
on (续表, （续）, 接上表: `MARKER`), which is then read as part of the join, not as text the form has no place for.

With that evidence, the lower carries the upper on when nothing but empty paragraphs (and such a line) stands between
them and its columns are the same: its first row is a header row typed again as a header row of the upper reads
(same words in the same cells, whitespace and full- or half-width forms aside: `norm`), or it has the same grid
columns, each as wide (give or take a little, as a table drawn again by hand), and its first row is laid out in cells
as the upper's last (a header typed otherwise: as a row of the upper). A first row showing all but one or two of a
header row's labels, the others blank or worded otherwise, is a header typed again (`_header` REWORDED): passed over
as a header, never read as an indicator; so is one reading the upper header's words in order but for one or two,
its cells laid out otherwise (the side label 绩效指标 left out, `_left_out`). Tables whose columns differ are never taken for one. Tables of the same
columns with no evidence between them are left two (`joined` False), their header typed again still passed over as
one (read as a row, it came in as an indicator named 三级指标, or its words unplaced), and named (`hinted`) where a
group goes on across them (`_one_group`) or the lower has no header: a WPS file marks no page it began, and the clerk
alone can tell, and add a 续表 line for the join. A sheet's tables are left alone: Excel runs a table
over its pages itself, so a blank row between two tables there is the clerk's own gap (xlsx_grid joins again the
halves of a table a blank row cut, and reads tables stacked otherwise each with its own columns).

The hint to add a 续表 line is given where the lower table has no header, or its first row under the header goes on
the upper's last row's category (its 一级 blank or the same): so a form with a table of its own per project or
section, each with its header, is seldom hinted. A header typed again with a label misspelt (年度目标值) is still passed
over as one, and the note says what it was typed as and which column of the form it is read as.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

from .docx_grid import GridRow, Paragraph, Table
from .docx_pattern import norm, same_label_but_unit
from .field_guess import meant

# docx_row_labels's `labels_shown`: (labels the row shows, those in cells of their own, whether one disagrees), or None
Labels = Callable[[object, GridRow], "tuple[set, set, bool] | None"]
# docx_row_labels's `align`: (pattern cell, document cell or None, extra document cells) pairs, or None
Align = Callable[[object, GridRow], "list[tuple] | None"]

SLACK = 0.02
"""How much a grid column's width may differ, as a share of it, in a table drawn again by hand to go on with one."""

MARKER = re.compile(r"(?:续表?[0-9一二三四五六七八九十]*|续上表|接上表)(?:单位万?元)?")
"""A line that only says the table above goes on, once `_marker_words` has taken its spaces and punctuation away:
续表, 续表1, 续表二, （续）, (续), 续上表, 接上表; with the unit note the form prints over its tables after it
(续表　　单位：万元), as a clerk copies the first page's line over the next: still nothing but the table going on."""

TYPED, REWORDED = "typed", "reworded"
"""What `_header` finds a row is: a header row of the form showing every label, or all but one or two (a header
row typed again over a table carried on, a cell left blank or worded otherwise: 年度目标值 for 年度指标值)."""


@dataclass
class ContinuedTable:
    """A table (`lower`) read as carrying on `upper`, cut at a page end; `header`: its first row, a header row of
    `upper` typed again, or None where it has none and was known by its columns."""

    upper: Table
    lower: Table
    header: GridRow | None = None
    reworded: bool = False           # `header` is worded otherwise than the upper's, known by the columns
    marker: Paragraph | None = None  # the line between that says the table goes on (续表), read as the join's
    joined: bool = True  # False: the same columns but no evidence a page turned: left two tables
    left_out: tuple[str, ...] = ()  # the labels of the upper's header `header` lacks, the rest shifted (`_left_out`)
    # of a `reworded` header: (its word, the label it stands for) where it typed a label otherwise (年度目标值 for
    # 年度指标值), for the note to name, as the clerk checks the header was the upper's typed again with a slip
    slips: tuple[tuple[str, str], ...] = ()
    # of one not `joined`: hinted at (IMPORT-MAYBE-CONTINUED) as a group goes on across the two or the lower has no
    # header (`_one_group`); its `header` is passed over as a header either way
    hinted: bool = True


def continued_tables(blocks: list, rows: list, labels: Labels, align: Align) -> list[ContinuedTable]:
    """Each table of the body's `blocks` that carries on the table before it (`rows`: the form's row patterns, which
    say what is a header row), on evidence that a page turned between the two or a line saying it goes on; and,
    not `joined`, each that has the same columns as the one before it with no such evidence (a WPS file marks no
    page it began), which is read as a table of its own, its header typed again a header all the same, and said
    where `hinted`, as the clerk alone knows which it is."""
    found, upper, turned, marker = [], None, False, None
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.place:
                continue
            if _is_marker(block.text) and marker is None:
                marker = block
            elif block.text.strip():
                upper = None  # a title or a note between two tables: the lower one is a table of its own
            turned = turned or block.turns_page
            continue
        evidence = turned or marker is not None or bool(block.rows) and block.rows[0].starts_page
        if upper is not None and not upper.where and not block.where and block.rows and upper.rows:
            carried = _carried_on(upper, block, rows, labels, align)
            if carried is not None:
                carried.marker, carried.joined = marker, evidence
                carried.hinted = evidence or carried.header is None or _one_group(carried, rows, labels)
                found.append(carried)
        upper, turned, marker = block, False, None
    return found


def _one_group(carried: ContinuedTable, rows: list, labels: Labels) -> bool:
    """Whether the lower table's first row under its header goes on with the group the upper's last row is in: its
    first field (一级指标, past a side label) blank, as a category merged down leaves it, or the same as the upper's.

    Without evidence of a page turned, a lower table with a header of its own is a table of its own by design more
    often than not: one table per project (a numbered 项目表 each), a table per section under one header. Hinting at
    each such pair that it may be one table carried on (IMPORT-MAYBE-CONTINUED) was noise; only a group going on
    across the two (or a lower table with no header at all) makes it likely.

    The row is read as the first row of the form it lines up with that shows one of its labels or has none, else as
    the first it lines up with at all: a row of blank categories lined up with the form's 单位名称 row as well (its label
    cell spanning the blank ones), whose field cell is the 三级指标, and a group going on was never seen where a form
    prints such a row above; yet a row with its side label left blank (the header typed again without it) is that
    row still."""
    lower = carried.lower.rows
    if len(lower) < 2:
        return False
    above, below = carried.upper.rows[-1], lower[1]
    fitting = []
    for rp in rows:
        found = labels(rp, below)
        fields = [p.column for p in rp.cells if p.label is None]
        if found is None or found[2] or not fields or rp.width != below.width or above.width != below.width:
            continue
        fitting.append((bool(rp.labels) and not found[0], min(fields)))
    if not fitting:
        return False
    column = min(fitting, key=lambda fit: fit[0])[1]  # the first of those showing a label or having none
    cell = below.cells[column]
    return cell.continued or not cell.text.strip() or norm(cell.text) == norm(above.cells[column].text)


def _is_marker(text: str) -> bool:
    return MARKER.fullmatch(_marker_words(text)) is not None


def _marker_words(text: str) -> str:
    """The text without whitespace and punctuation (full- and half-width alike)."""
    return "".join(ch for ch in norm(text) if not unicodedata.category(ch).startswith("P"))


def _carried_on(upper: Table, lower: Table, rows: list, labels: Labels, align: Align) -> ContinuedTable | None:
    first = lower.rows[0]
    header = _header(first, rows, labels)
    if header == TYPED and any(_typed(row) == _typed(first) for row in upper.rows):
        return ContinuedTable(upper, lower, first)
    if not _same_widths(upper.widths, lower.widths):
        return None
    above = next((row for row in upper.rows if _layout(row) == _layout(first) and same_header(row, first, rows, labels)),
                 None) if header else None
    if above is not None and _typed(above) == _typed(first):
        return ContinuedTable(upper, lower, first)  # the upper's header, worded otherwise than the form, typed again
    if above is not None:
        return ContinuedTable(upper, lower, first, reworded=True, slips=_slips(first, above, rows, labels, align))
    left_out, slips = next((found for row in upper.rows if _header(row, rows, labels) == TYPED
                            and (found := _left_out(row, first))[0]), ((), ()))
    if left_out:
        return ContinuedTable(upper, lower, first, reworded=True, left_out=left_out, slips=slips)
    if not header and _layout(first) == _layout(upper.rows[-1]):
        return ContinuedTable(upper, lower)
    return None


def _slips(row: GridRow, above: GridRow, rows: list, labels: Labels, align: Align) -> tuple[tuple[str, str], ...]:
    """(the row's word, the form's label) for each label of the header row it mostly shows that it types otherwise
    than the form and than the upper table's header `above` in that column (年度目标值 for 年度指标值); a cell left
    blank is no slip, nor a label saying another unit (amounts_in_yuan). The note says the two headers differ: a
    word both type so is no difference between them, and naming it said they differed where they did not."""
    theirs = {c.column: norm(c.text) for c in above.distinct()}
    for rp in _header_rows(rows):
        if _degree(row, rp, labels) is None:
            continue
        return tuple((d.text.strip(), p.label.strip()) for p, d, _ in align(rp, row) or []
                     if p.label and d is not None and not d.continued and norm(d.text)
                     and norm(d.text) not in (norm(p.label), theirs.get(d.column))
                     and not same_label_but_unit(d.text, p.label))
    return ()


def _left_out(header: GridRow, row: GridRow) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The one or two words of a header row that a row leaves out, reading the others in their order, one in each of
    its cells: the header typed again without its side label (绩效指标 merged down the table's left), the next label
    (一级指标) stretched over that column or the row a cell short. Its labels stand in other columns than the
    form's, so it shows too few of them in place to pass for a header (`_header`), and was read as a row: its
    words left unplaced and, the join missed, the blank categories under it left blank. One of its words may be a
    slip of the header's (年度目标值 for 年度指标值, `field_guess.meant`), as a header typed again by hand has: the
    row is still the header typed again, and the slip (the row's word, the header's) is returned beside the words
    left out for the note to name. Empty where it is not so."""
    cells = header.distinct()
    above = [norm(c.text) for c in cells]
    below = [c.text.strip() for c in row.distinct()]
    if not all(map(norm, below)) or len(below) < 2 or not 1 <= len(above) - len(below) <= 2:
        return (), ()
    kept: list[int] = []
    slips: tuple[tuple[str, str], ...] = ()
    for typed in below:
        word, rest = norm(typed), above[kept[-1] + 1 if kept else 0:]
        at = next((i for i, text in enumerate(rest) if text == word), None)
        if at is None and not slips and (guess := meant(word, rest)) is not None:
            at = rest.index(guess)
            slips = ((typed, cells[len(above) - len(rest) + at].text.strip()),)
        if at is None:
            return (), ()
        kept.append(len(above) - len(rest) + at)
    return tuple(c.text.strip() for i, c in enumerate(cells) if i not in kept), slips


def _header(row: GridRow, rows: list, labels: Labels) -> str | None:
    """Whether the row is a header row of the form (a row of labels only): TYPED where it shows every label, REWORDED
    where it shows all but one or two (at least two, more than it lacks), the others blank or worded otherwise; read
    as a row of the upper table, such a header typed again came in as an indicator named 三级指标, or ended the table
    there and left every row under it unread."""
    found = {_degree(row, rp, labels) for rp in _header_rows(rows)}
    return TYPED if TYPED in found else REWORDED if REWORDED in found else None


def same_header(upper: GridRow, lower: GridRow, rows: list, labels: Labels) -> bool:
    """Whether both rows are (at least mostly) the one header row of the form: a header of another table of as many
    columns (年度重点工作任务 under 预算整体情况) is no header typed again; a header typed again with a label or two
    worded otherwise (年度目标值) still is (`_header` REWORDED). docx_split_rows reads past such a row too."""
    return any(_degree(upper, rp, labels) and _degree(lower, rp, labels) for rp in _header_rows(rows))


def _header_rows(rows: list) -> list:
    return [rp for rp in rows if rp.labels and all(c.label is not None for c in rp.cells)]


def _degree(row: GridRow, rp, labels: Labels) -> str | None:
    """TYPED, REWORDED or None: how much of header row rp's labels the row shows (see `_header`)."""
    found = labels(rp, row)
    if found is None:
        return None
    shown, lacking = len(found[0]), len(rp.labels) - len(found[0])
    if not found[2] and not lacking:
        return TYPED
    return REWORDED if lacking <= 2 and shown >= 2 and shown > lacking else None


def _typed(row: GridRow) -> tuple:
    """What a row's cells read, whitespace and full- or half-width forms aside (（） as ()), and where each stands:
    a header typed again reads so as it did."""
    return tuple((norm(c.text), c.column, c.span) for c in row.distinct())


def _layout(row: GridRow) -> tuple:
    return row.width, tuple((c.column, c.span) for c in row.distinct())


def _same_widths(upper: list[int], lower: list[int]) -> bool:
    return bool(upper) and len(upper) == len(lower) and all(
        abs(a - b) <= SLACK * max(a, b) for a, b in zip(upper, lower))
