"""Passes over the table rows of a rendered Word body: how they merge, and how they print across pages.

Each pass works on any template's tables (a header row is one marked "repeat as header row",
`w:tblHeader`), never on a form's own rows, and changes nothing a row prints, only where a page
may break it and how LibreOffice and Word lay it out; but for a side label, printed again on the row
after each page break it is estimated to run over (`restart_labels_at_page_breaks`), as the reference
forms print it.
"""
from __future__ import annotations

import copy

from docx.oxml.ns import qn
from lxml import etree

from .docx_grid import row_cells
from .docx_page import text_areas, whole_number
from .docx_paragraph_height import (ends_section, keeps_with_next, line_height, paragraph_height, starts_page,
                                    text_height)
from .docx_properties import first_child, joined_text, properties, switched_on

# Children of w:tcPr that must come before w:vMerge (CT_TcPr sequence order).
_BEFORE_VMERGE = {qn("w:cnfStyle"), qn("w:tcW"), qn("w:gridSpan"), qn("w:hMerge")}


def set_vmerge(tc, continuing: bool) -> None:
    """Make the cell start (w:val="restart") or continue a vertical merge, its w:vMerge where the schema puts it."""
    tc_pr = properties(tc, "w:tcPr")
    for old in tc_pr.findall(_VMERGE):
        tc_pr.remove(old)
    vmerge = etree.Element(_VMERGE)
    if not continuing:
        vmerge.set(_VAL, "restart")
    index = sum(1 for child in tc_pr if child.tag in _BEFORE_VMERGE)
    tc_pr.insert(index, vmerge)


def cut_merges_at_header(body, measured: Measure) -> None:
    """A side label merged from a table's repeated header rows down over the rows below is cut where
    the header ends, when its table may run onto a new page or the cut prints the same: the rows below
    get a merged cell of their own, joined to the label without a rule, and the label stands only in
    rows that repeat.

    A merge reaching past the repeated rows is drawn badly where its table runs onto a new page:
    LibreOffice framed a box the header's height under the repeated label, at the top of each later
    page, and drew a centred label cut in two over the repeated header and the first row below it.
    But a cut label prints at the top of its block, where the real forms centre it over the block.
    So a merge is cut when the cut prints the same, its label standing at the top of its cell
    (w:vAlign top, or none), or when the table is estimated to run onto a new page: taller than a page's
    text (`_taller_than_page`), or, following the body down its pages, broken by a page or moving its last
    rows to the next with the lines kept under it (`_running_on`). A centred label in a table that fits
    on its page keeps its merge and stays centred.

    A department's indicators starting low on page 2 (14 to 28 of them) ran onto page 3 with one
    or two rows and the audit row: their label, merged from the header, was printed by LibreOffice on the
    rule under those rows, half its second line below it, or over the audit row's label, struck through;
    the header repeated above them stood blank. The pages are estimated after the titles are sized and the
    rows kept whole (`fit_titles`, `keep_rows_whole`), as they print; a table whose page break the estimate
    misses keeps its merge, as before. The last row of a centred label's block it cuts is kept with the row after
    it, as `keep_label_end_with_next` keeps one not cut, in a table of any height: a department's indicators
    taller than a page, their page 3 ending on the last of them, opened page 4 with the audit row alone under
    the repeated header."""
    running = None  # the tables estimated to run onto a new page (`_running_on`)
    for grid in _with_repeated_header(body, measured):
        headers, above, runs_on, cut = grid.headers, grid.cells[grid.headers - 1], None, False
        for column, tc in grid.cells[headers].items():
            upper = above.get(column)
            if upper is None or _vmerge(upper) is None or _vmerge(tc) is None or _vmerge(tc).get(qn("w:val")) == "restart":
                continue
            start = grid.merge_start(headers - 1, column)
            if not _at_top(grid.cells[start][column] if start is not None else None):
                if runs_on is None:  # estimated once a table: it reads every cell's text
                    if running is None:  # the body's pages followed once, and only for a centred label
                        running = _running_on(body, measured)
                    runs_on = _taller_than_page(grid, measured) or grid.tbl in running
                if not runs_on:
                    continue
                last = grid.merge_end(headers, column)  # the block's last row, read before the cut
                if last < len(grid.rows) - 1:
                    keep_with_next(grid.rows[last])  # as `keep_label_end_with_next` keeps a label's not cut
            if _vmerge(upper).get(qn("w:val")) == "restart":  # a merge of one row is no merge
                upper.find(qn("w:tcPr")).remove(_vmerge(upper))
                grid.merged.discard(upper)  # its text now counts in its row's height, for a label after it
            set_vmerge(tc, continuing=False)
            _no_rule(upper, "bottom")
            _no_rule(tc, "top")
            cut = True
        if cut:  # for the passes after; read again, a long table's merges took a tenth of its rendering
            grid.read_merges()


def keep_label_end_with_next(body, measured: Measure) -> None:
    """The last row a side label's merge covers below its table's repeated header rows is kept with the row
    after it (`keep_with_next`), so that no page breaks between the two.

    Broken there, as a table shorter than a page that starts low on one may be (`cut_merges_at_header`
    keeps such a table's merge), the next page opened with the repeated header over the rows after the
    label's block alone: LibreOffice printed the label, merged down from the header, on top of the first of
    them (a department's 6 to 9 indicators: its side label over its audit row, neither readable). Kept with
    the row after it, the block's last row moves with it, and the label's merge goes on below the header.
    A label cut at its header (`cut_merges_at_header`, run first) prints whole in the header; the cut keeps the
    block's last row with the next itself where it cut a centred label."""
    for grid in _with_repeated_header(body, measured):
        for column, upper in grid.cells[grid.headers - 1].items():
            if _vmerge(upper) is None:
                continue
            last = grid.merge_end(grid.headers - 1, column)
            if grid.headers <= last < len(grid.rows) - 1:
                keep_with_next(grid.rows[last])


def merged_from_header(tbl) -> bool:
    """Whether a side label of the table is merged down from its repeated header rows over rows below them, as
    `cut_merges_at_header` leaves one in a table estimated shorter than a page (read afresh: the passes' `Measure`
    may hold merges they changed since). Run onto a new page with two rows or more below its end there, such a
    merge is drawn by LibreOffice over the first of them, its label printed on top of that row's text."""
    grid = _Grid(tbl)
    return any(start < grid.headers <= end for start, _, end in grid.merges())


def _with_repeated_header(body, measured: Measure):
    """Each table that repeats header rows at the top of its pages and has rows below them, as its `_Grid`: the
    tables whose side labels a page break can cut."""
    for tbl in body.iter(_TBL):
        grid = measured.grid(tbl)
        if 0 < grid.headers < len(grid.rows):
            yield grid


class _Grid:
    """A table's rows, each row's cells by the grid column each starts in (`row_cells`, read once a row: looked
    up again for each cell, they made a 3000-row table's build eight times as long), how many header rows
    repeat, and where each vertical merge starts and ends, found in one pass down the rows (`read_merges`,
    again after a pass changes them), and once measured each row's height (`Measure.row_heights`)."""

    def __init__(self, tbl):
        self.tbl = tbl
        self.rows = tbl.findall(_TR)
        self.cells = [{column: tc for column, _, tc in row_cells(tr)} for tr in self.rows]
        self.headers = next((i for i, tr in enumerate(self.rows) if not _has(tr, _TR_PR, _TBL_HEADER)), len(self.rows))
        self.read_merges()

    def read_merges(self) -> None:
        self._starts, self._ends = {}, {}  # (row, column) → the merge's first row; (first row, column) → its last
        self.heights = None  # each row's `_row_height` (`Measure.row_heights`), measured again as the merges change
        self.merged = set()  # the cells in a vertical merge (a w:vMerge), which a row's height leaves out
        for row, cells in enumerate(self.cells):
            for column, tc in cells.items():
                vmerge = _vmerge(tc)
                if vmerge is None:
                    continue
                self.merged.add(tc)
                if vmerge.get(_VAL) == "restart":
                    start = row
                elif (row - 1, column) in self._starts:
                    start = self._starts[row - 1, column]
                else:  # continuing no merge above it
                    continue
                self._starts[row, column] = start
                self._ends[start, column] = row

    def merge_start(self, row: int, column: int) -> int | None:
        """The row of the cell that starts the merge the cell in this row and grid column starts or continues,
        or None where it is in none."""
        return self._starts.get((row, column))

    def merges(self):
        """(first row, grid column, last row) of each vertical merge, down the rows and left to right in each: what
        a pass over every cell asking where its merge starts found, without asking each cell."""
        return ((start, column, end) for (start, column), end in self._ends.items())

    def merge_end(self, row: int, column: int) -> int:
        """The last row the merge of the cell in this row and grid column covers; this row where it is in none."""
        start = self.merge_start(row, column)
        return row if start is None else self._ends[start, column]


def keep_with_next(tr) -> None:
    """Keep a table row on the page of the row after it: w:keepNext on every paragraph of the row, which
    Word and LibreOffice honour in tables; one the template turned off (`<w:keepNext w:val="0"/>`) is turned on."""
    if tr is None or tr.tag != _TR:
        return
    for p in tr.iter(_P):
        p_pr = properties(p, "w:pPr")
        kept = p_pr.find(_KEEP_NEXT)
        if kept is None:
            index = 1 if len(p_pr) and p_pr[0].tag == _P_STYLE else 0  # CT_PPr: pStyle, keepNext, …
            p_pr.insert(index, etree.Element(_KEEP_NEXT))
        elif not switched_on(kept):
            kept.attrib.pop(_VAL)


def kept_with_next(tr, layouts: dict) -> bool:
    """Whether Word keeps a table row on the page of the row after it: a paragraph of it is kept with the next
    (`keeps_with_next`: its own w:keepNext, as `keep_with_next` sets, or its paragraph style's, unless turned off).
    The page estimate and the lines a table's last row keeps under it (`docx_kept_lines`) both read it so: rows a
    template's style keeps together move to a new page together, and a row turned off breaks where Word breaks it."""
    return any(keeps_with_next(p, layouts) for p in tr.iter(_P))


_TR, _P_STYLE, _KEEP_NEXT = qn("w:tr"), qn("w:pStyle"), qn("w:keepNext")


def _at_top(tc) -> bool:
    """Whether a cell prints its text at its top (w:vAlign top, Word's default); an unknown cell counts as so."""
    align = tc.find(f"{qn('w:tcPr')}/{qn('w:vAlign')}") if tc is not None else None
    return align is None or align.get(qn("w:val")) in (None, "top")


def _vmerge(tc):
    """The cell's w:vMerge, or None."""
    return first_child(_tc_pr(tc), _VMERGE)


def _tc_pr(tc):
    """The cell's w:tcPr, its first child where it has one (CT_Tc), else no children: the passes read a cell's
    properties child by child from there (a find by path took most of the time they spent on a 3000-row table's
    cells)."""
    return tc[0] if len(tc) and tc[0].tag == _TC_PR else ()


_TC_PR, _VMERGE, _VAL = qn("w:tcPr"), qn("w:vMerge"), qn("w:val")


# Children of w:tcPr that come before w:tcBorders, and the sides of w:tcBorders, in schema order.
_BEFORE_BORDERS = _BEFORE_VMERGE | {qn("w:vMerge")}
_SIDES = [qn("w:" + side) for side in ("top", "start", "left", "bottom", "end", "right", "insideH", "insideV")]


def _no_rule(tc, side: str) -> None:
    """No border on this side of the cell (w:val="nil"), whatever the table's style draws there."""
    tc_pr = tc.find(qn("w:tcPr"))
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = etree.Element(qn("w:tcBorders"))
        tc_pr.insert(sum(1 for child in tc_pr if child.tag in _BEFORE_BORDERS), borders)
    for old in borders.findall(qn("w:" + side)):
        borders.remove(old)
    rule = etree.Element(qn("w:" + side))
    rule.set(qn("w:val"), "nil")
    order = _SIDES.index(rule.tag)
    borders.insert(sum(1 for child in borders if child.tag in _SIDES[:order]), rule)


WHOLE_ROW_SHARE = 0.4
"""The share of a page's text height a row may be estimated to print and still be kept whole on one page:
the most a page is left blank before a row moved whole, which on a form handed in must not look like a
page left unfinished (a row of 0.6 of a page, moved whole, left one more than half blank)."""
_RULE = 10  # twentieths of a point: the 0.5-pt rule between two rows, which LibreOffice adds to a row's height


def keep_rows_whole(body, measured: Measure) -> None:
    """A row is kept whole (w:cantSplit) when it is estimated to print no taller than `WHOLE_ROW_SHARE` of a
    page's text (`_row_height`, `docx_page.text_area`), and may break when it is estimated taller, even where its
    template keeps it whole if its text (`_text_height`) is taller.

    A template lets a row of multi-paragraph text break, as it must, and keeps every other row whole. But
    rows far shorter than a page broke as well: LibreOffice printed the first line of a three-line label at
    the foot of a page and the other two at the top of the next, and a key task's third-of-a-page text ran
    from the foot of one page onto the next, its amount and goal cut from the lines below them. A row that
    fits well on a page moves whole to the next page. A taller one may break, the template's w:cantSplit
    taken away too: a page left mostly blank above a row moved whole looks worse than a row that runs on,
    and a row taller than a page that may not break is clipped by Word at the foot of the page, its text
    lost on paper (LibreOffice breaks it anyway, so its PDFs do not show it), as an indicator's long
    description was. A header row (w:tblHeader) keeps what its template says: it repeats on each page and
    must print whole there. So does a row with a cell of unknown width, which cannot be estimated, and one tall
    by its own height (w:trHeight) rather than by its text: a custom template's box for 审核意见 and a seal, half a
    page high and holding a line, is its author's layout, to print whole, not text to run on."""
    for tbl in body.iter(_TBL):
        grid, most = measured.grid(tbl), WHOLE_ROW_SHARE * measured.text_area(tbl)[1]
        for tr, height in zip(grid.rows, measured.row_heights(grid)):
            if height is None:
                continue
            tr_pr = first_child(tr, _TR_PR)
            kept = tr_pr.findall(_CANT_SPLIT) if tr_pr is not None else []
            if height <= most and not kept:
                _row_properties(tr).append(etree.Element(_CANT_SPLIT))
            elif kept and height > most and not _has(tr, _TR_PR, _TBL_HEADER) \
                    and _text_height(tr, grid.merged, measured.margins(tbl), measured) > most:
                for element in kept:
                    tr_pr.remove(element)


_TBL, _TR_PR, _CANT_SPLIT, _TR_HEIGHT, _TC = qn("w:tbl"), qn("w:trPr"), qn("w:cantSplit"), qn("w:trHeight"), qn("w:tc")
_TBL_HEADER = qn("w:tblHeader")


def _has(element, properties_tag: str, tag: str) -> bool:
    """Whether the element's properties (its first child `properties_tag`) hold a `tag`: a row's w:trPr, read
    for each row by each pass."""
    found = first_child(element, properties_tag)
    return found is not None and first_child(found, tag) is not None


def _row_height(tr, merged: set, margins: tuple[int, int], measured: Measure) -> int | None:
    """How tall a row prints, in twentieths of a point: its fullest cell's text (`Measure`), the cells' margins
    above and below and the rule under it, or its own height (w:trHeight) if that is more. A vertically
    merged cell's text (one of `merged`) is spread over the rows it covers and is not counted. None when a cell's
    width is unknown."""
    text = _text_height(tr, merged, margins, measured)
    if text is None:
        return None
    tr_pr = first_child(tr, _TR_PR)
    least = first_child(tr_pr, _TR_HEIGHT) if tr_pr is not None else None
    return max(text, whole_number(least, _VAL, 0))


def _text_height(tr, merged: set, margins: tuple[int, int], measured: Measure) -> int | None:
    """How tall a row's text makes it, in twentieths of a point: its fullest cell's text (not a vertically merged
    cell's, one of `merged`), the cells' margins above and below and the rule under it, whatever its w:trHeight.
    None when a cell's width is unknown."""
    heights = [measured.cell(tc, margins) for tc in tr if tc.tag == _TC and tc not in merged]
    if None in heights:
        return None
    return max(heights, default=0) + margins[0] + _RULE


class Measure:
    """What the passes read of one rendered body, each read once however many passes ask: each table's `_Grid`,
    and how tall each cell's paragraphs print (`docx_paragraph_height.text_height`) in its width less its margins
    on the left and right, None for a cell of unknown width; and the paragraph layouts (`paragraph_layouts`)
    the passes measure text by, and the `gap` their lines are filled with (`line_fill.filled_lines`: none for a Word
    file the user opens, LIBREOFFICE_GAP for one LibreOffice converts to PDF, whose page breaks it then hits).

    Reading a table's cells and filling their lines is most of what the passes cost (`keep_rows_whole`,
    `_taller_than_page` and `_printed_heights` each measured every row, each pass read every row's cells), and
    no pass adds a row or a cell or changes a measured cell's text or width (`restart_labels_at_page_breaks`
    copies a label only after its table is measured)."""

    def __init__(self, layouts: dict, gap: float = 0.0):
        self.layouts, self.gap, self._known, self._grids, self._areas, self._margins = layouts, gap, {}, {}, {}, {}

    def grid(self, tbl) -> _Grid:
        if tbl not in self._grids:
            self._grids[tbl] = _Grid(tbl)
        return self._grids[tbl]

    def cell(self, tc, margins: tuple[int, int]) -> int | None:
        if tc not in self._known:
            width = first_child(_tc_pr(tc), _TC_W)
            dxa = width is not None and width.get(_TYPE, "dxa") == "dxa"
            twips = whole_number(width, _W, None) if dxa else None  # `2in` or no w:w, as templates may hold
            self._known[tc] = None if twips is None else sum(
                text_height(p, self.layouts, twips - margins[1], self.gap) for p in tc if p.tag == _P)
        return self._known[tc]

    def row_heights(self, grid: _Grid) -> list[int | None]:
        """Each of the table's rows' `_row_height`, measured again only once its merges are read again: the rows
        kept whole and the page breaks ask the same heights."""
        if grid.heights is None:
            margins = self.margins(grid.tbl)
            grid.heights = [_row_height(tr, grid.merged, margins, self) for tr in grid.rows]
        return grid.heights

    def margins(self, tbl) -> tuple[int, int]:
        """The table's `_cell_margins`, which no pass changes."""
        if tbl not in self._margins:
            self._margins[tbl] = _cell_margins(tbl)
        return self._margins[tbl]

    def text_area(self, element) -> tuple[int, int]:
        """`docx_page.text_area` of an element in the w:body the passes are given, each block's read in one pass up
        the body (`docx_page.text_areas`) when one is first asked: the page breaks ask it of every paragraph."""
        block = element
        while block.getparent().tag != _BODY:
            block = block.getparent()
        if block not in self._areas:
            self._areas.update(text_areas(block.getparent()))
        return self._areas[block]


_P, _TC_W, _TYPE, _W, _BODY = qn("w:p"), qn("w:tcW"), qn("w:type"), qn("w:w"), qn("w:body")


def _row_properties(tr):
    """The row's w:trPr, made where the schema puts it (CT_Row: tblPrEx, trPr, then its cells) if it has none."""
    return properties(tr, "w:trPr", 1 if len(tr) and tr[0].tag == _TBL_PR_EX else 0)


_TBL_PR_EX = qn("w:tblPrEx")


def _taller_than_page(grid: _Grid, measured: Measure) -> bool:
    """Whether a table is estimated taller than a page's text: its rows' `_row_height` added up until they are,
    a row with a cell of unknown width counted as a page's text, so that such a table counts as running on, as
    does one on a page its template's margins leave no text height (rows of unknown height added a page of 0 or
    less each, and their sum could stay below it). A header row that repeats on later pages is counted once, so a
    table that runs on is taller than its estimate. The rows below a page's height are not asked: a cut reads the
    merges again and its rows are measured after it (`Measure.row_heights`), and a long table's rows' heights,
    worked out twice, took a tenth of its rendering."""
    margins, page, height = measured.margins(grid.tbl), measured.text_area(grid.tbl)[1], 0
    if page <= 0:  # a template's margins take the page's height: unknown, as `_page_starts` takes it, so running on
        return True
    for tr in grid.rows:
        row = _row_height(tr, grid.merged, margins, measured)
        height += page if row is None else row
        if height > page:
            return True
    return False


_LINE_OF_TEXT = 200  # twentieths of a point: a line of 10-pt text, the least a row holding text is tall


def set_least_row_heights(body) -> None:
    """Every row without a height gets a least height (w:trHeight, "at least") that its text always exceeds:
    its cells' margins above and below and one 10-pt line.

    It changes no row's height, but LibreOffice lays out the rows of a table that ran onto a new page,
    under a repeated header and beside a merged cell, as it should only when they have a least height:
    without one, the text of a 一级 block's rows on its second page stood at the top of cells set to
    be centred (w:vAlign="center"), where Word centres it and the reference form shows it centred."""
    for tbl in body.iter(_TBL):
        height = _LINE_OF_TEXT + _cell_margins(tbl)[0]
        for tr in tbl.findall(_TR):
            tr_pr = _row_properties(tr)
            if first_child(tr_pr, _TR_HEIGHT) is None:
                tr_pr.append(etree.Element(_TR_HEIGHT, {_VAL: str(height), _H_RULE: "atLeast"}))


_H_RULE = qn("w:hRule")


def _cell_margins(tbl) -> tuple[int, int]:
    """The table's cell margins (w:tblCellMar) above and below the text together, and left and right together,
    in twentieths of a point; none above and below and Word's 0.19 cm on either side where it sets none."""
    margins = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}")

    def side(name: str, default: int) -> int:
        margin = margins.find(qn("w:" + name)) if margins is not None else None
        return default if margin is None else _twips(margin)

    return side("top", 0) + side("bottom", 0), side("left", _WORD_CELL_SIDE) + side("right", _WORD_CELL_SIDE)


_WORD_CELL_SIDE = 108  # twentieths of a point: Word's cell margin on the left and on the right, 0.19 cm


def _twips(margin) -> int:
    """A cell margin in twentieths of a point; one given otherwise (in fiftieths of a percent, or not a whole number)
    counts as none."""
    if margin is None or margin.get(qn("w:type"), "dxa") != "dxa":
        return 0
    return whole_number(margin, qn("w:w"), 0)


def restart_labels_at_page_breaks(body, measured: Measure) -> None:
    """A side label merged down a table's rows (一级指标 over its 二级 groups, 绩效指标 over them all) that a page
    break is estimated to fall in (`_page_starts`) is ended above the break and merged again from the first row
    of the new page, that row's cell given copies of the label's paragraphs (`_copied`), so that each page
    prints its label.

    Word and LibreOffice print a merged cell's text once, on the page where it starts: the rows continued on
    the next page printed a blank 一级指标 (a reviewer sends that back), where the reference forms print the
    label again on the row after the page break. The estimate reads the template's exact line heights, which
    Word and LibreOffice print alike, and fills each cell's lines (`line_fill`); it matched LibreOffice's page
    breaks in the five examples. Where it is off it errs late, by design: what the renderers differ in, or what
    was measured in LibreOffice alone (a Latin letter's width, the space between Chinese and Latin text, a
    closing mark hung past a line's end where a paragraph lets it hang, a broken row's orphaned line), is
    counted at the least either is taken to print, so rows are estimated no taller than they print and a page
    no earlier than it breaks (a file made for LibreOffice alone to print, for a PDF, counts its space too:
    `Measure.gap`, and its breaks are estimated where it prints them). The label then restarts a row or two
    down the new page, below rows printing a blank cell, and never on the old page, where it would print twice
    and leave the new page without it. Rows kept together (a 二级 group, w:keepNext) move to the new page
    together unless they fill a page, so the label restarts with a group. A label's first rows left above a page
    break, which would grow past the foot of the page to print it alone, are kept with the rows after them
    and open the new page (`_page_opening_row`).
    A label merged down from the repeated header rows is left to `cut_merges_at_header`, and a merge without
    text is left as it is."""
    for grid, starts, moved in _page_starts(body, measured):
        for row in moved:
            keep_with_next(grid.rows[row])
        for start in starts:
            for column, tc in grid.cells[start].items():
                first = grid.merge_start(start, column)
                if first is None or first == start or first < grid.headers:
                    continue
                label = grid.cells[first][column]
                if not joined_text(label).strip():
                    continue
                for p in tc.findall(_P):
                    tc.remove(p)
                tc.extend(_copied(p) for p in label.findall(_P))
                set_vmerge(tc, continuing=False)


def _page_starts(body, measured: Measure):
    """Each table of the body that runs onto a new page, as (its `_Grid`, the rows estimated to open each of
    its later pages, the rows to keep with the next so that they move there: `_table_pages`), the body followed
    down its pages (`_page_walk`)."""
    for grid, starts, moved, _ in _page_walk(body, measured):
        if starts:
            yield grid, starts, moved


def _page_walk(body, measured: Measure):
    """Each table of the body whose place on its pages is estimated, as (its `_Grid`, the rows estimated to open
    each of its later pages, the rows to keep with the next so that they move there: `_table_pages`, and the room
    left on the page it ends on), the body followed down its pages: the paragraphs above a table
    (`paragraph_height`), page and section breaks, and in a table each row's `_printed_heights` under the header
    rows its later pages repeat. A row kept whole (w:cantSplit) that does not fit moves to the next page, with the
    rows kept with it (w:keepNext) unless they fill the page; another row breaks. Where a row's height is unknown,
    or a page's text height (a template's margins as tall as its page), the estimate stops until a page break."""
    used = 0  # twips of the page's text height taken, None where unknown
    for block in body:
        if block.tag == _P:
            if starts_page(block, measured.layouts):
                used = 0
            if used is not None:
                width, page = measured.text_area(block)  # page 0 or less: a template's margins take it all, unknown
                height = paragraph_height(block, measured.layouts, width, measured.gap)
                used = _placed(used, height, page) if page > 0 else None
            if ends_section(block):
                used = 0
        elif block.tag == _TBL:
            grid = measured.grid(block)
            heights = _printed_heights(grid, measured)
            first = next(iter(grid.rows[grid.headers:] or grid.rows), None)  # its first row below the header
            first_p = next(first.iter(_P), None) if first is not None else None
            if used is None or first_p is None or None in heights or measured.text_area(block)[1] <= 0:
                used = None
                continue
            line = (line_height(first_p, measured.layouts), measured.margins(block)[0] + _RULE)
            needs = list(_merge_needs(grid, measured))
            page = measured.text_area(block)[1]
            used, starts, moved = _table_pages(grid, heights, used, page, line, needs, measured.layouts)
            yield grid, starts, moved, page - used


def _running_on(body, measured: Measure) -> set:
    """The tables (w:tbl) estimated to run onto a new page (`_page_walk`): broken by a page, or ending on one with
    too little room left for the lines their last row keeps with it (填表人、联系电话、填表日期 kept with the audit
    row), which then move to the next page with that row and the rows kept with it."""
    running = set()
    for grid, starts, _, left in _page_walk(body, measured):
        if starts:
            running.add(grid.tbl)
        if starts or not grid.rows or not kept_with_next(grid.rows[-1], measured.layouts):
            continue
        kept, after = 0, grid.tbl.getnext()
        while after is not None and after.tag == _P and not starts_page(after, measured.layouts):
            width = measured.text_area(after)[0]
            kept += paragraph_height(after, measured.layouts, width, measured.gap)
            if not keeps_with_next(after, measured.layouts):
                break
            after = after.getnext()
        if kept > left:
            running.add(grid.tbl)
    return running


def _placed(used: int, height: int, page: int) -> int:
    """The page's height taken after a block this tall, a new page begun where it does not fit."""
    if used + height <= page:
        return used + height
    return height % page if height > page else height


def _table_pages(grid: _Grid, heights: list[int], used: int, page: int, line: tuple[float, int],
                 needs: list[tuple[int, int, int]], layouts: dict) -> tuple[int, list[int], list[int]]:
    """The page's height taken after a table placed from `used` down, the rows that open its later pages, and
    the rows that must be kept with the next to move there with it (those above `_page_opening_row`, given each
    merge's `needs`), the rows kept with the next read with the template's styles (`layouts`, `kept_with_next`).
    A row that breaks prints on its page the whole lines that fit there with the cells' margins (`line`: a line's
    height and theirs), and the rest under the repeated header rows of the next, its margins again. On each page
    the table draws its top rule above its first row there, as tall as a rule between rows: without it a form's
    task table, the second table down its first page, was estimated to end 0.4 pt above the foot of the page,
    and LibreOffice moved its last row to the next."""
    rows, headers = grid.rows, grid.headers
    repeated = _RULE + (sum(heights[:headers]) if headers < len(rows) else 0)
    used += _RULE
    kept = [kept_with_next(tr, layouts) for tr in rows]
    whole = [_has(tr, _TR_PR, _CANT_SPLIT) for tr in rows]
    starts, moved = [], []
    top = None  # the row at the top of the page, None while the page began above the table
    for i, height in enumerate(heights):
        if used + height <= page:
            used += height
            continue
        if not whole[i] and page - used >= line[1] + line[0]:  # it breaks, the rest on the next pages
            rest, room = height - _whole_lines(page - used, line), page - repeated
            while rest > room and _whole_lines(room, line):
                rest -= _whole_lines(room, line)
            used = repeated + rest
            if i + 1 < len(rows):
                starts.append(i + 1)
            top = i
            continue
        first = i
        while first > (0 if top is None else top + 1) and kept[first - 1]:
            first -= 1
        if top is not None and first == top + 1 and kept[top]:  # the rows kept together fill the page
            first = i
        opening = _page_opening_row(first, top, heights, whole, needs, page - used + sum(heights[first:i]))
        moved.extend(range(opening, first))
        first = opening
        if first < headers or (top is None and first == 0):  # the table moves to a new page from its start
            used, top = _RULE + sum(heights[:i + 1]), 0
            continue
        if first != top:
            starts.append(first)
        used, top = repeated + sum(heights[first:i + 1]), first
    return used, starts, moved


def _page_opening_row(first: int, top: int | None, heights: list[int], whole: list[bool],
                      needs: list[tuple[int, int, int]], room: int) -> int:
    """The row a new page opens with: `first`, where it would open otherwise, or the first row of a merge
    running over the break whose rows above it, kept whole, must grow to print its text (`_merge_needs`) by more
    than the `room` left below them on their page. Those rows then move to the new page with the rows after them
    (the caller keeps each with the next), and a merge running over that earlier break is judged the same way.

    Merged again on the new page (`restart_labels_at_page_breaks`), a label's merge above the break covers only
    the rows left there, and they grow to hold its text: a long form's 效益指标, two lines, began on the last row
    of a page, one line tall, which grew and no longer fit, and LibreOffice moved it to the next page, where the
    label then printed twice, on it and on the row merged again below it."""
    while True:
        over = [start for start, end, needed in needs if (-1 if top is None else top) < start < first <= end
                and all(whole[start:first]) and needed - sum(heights[start:first]) > room]
        if not over:
            return first
        room += sum(heights[max(over):first])  # the rows moved leave their room on the page
        first = max(over)


def _whole_lines(room: int, line: tuple[float, int]) -> int:
    """How much of a broken row's text prints in so much room on a page: the whole lines that fit beside the
    cells' margins."""
    return int(max(0, room - line[1]) // line[0] * line[0])


def _printed_heights(grid: _Grid, measured: Measure) -> list[int | None]:
    """Each row's `_row_height`, and the rows a merged cell covers made as tall as its text needs, the last of
    them taking what more it needs."""
    heights = list(measured.row_heights(grid))
    for start, end, needed in _merge_needs(grid, measured):
        covered = heights[start:end + 1]
        if None not in covered:
            heights[end] += max(0, needed - sum(covered))
    return heights


def _merge_needs(grid: _Grid, measured: Measure):
    """(first row, last row, height) of each vertical merge whose cell's width is known: the height its rows must
    print together to hold its text, with the cells' margins above and below and the rule under them."""
    margins = measured.margins(grid.tbl)
    for start, column, end in grid.merges():
        needed = measured.cell(grid.cells[start][column], margins)
        if needed is not None:
            yield start, end, needed + margins[0] + _RULE


_COPIED_AWAY = {qn("w:bookmarkStart"), qn("w:bookmarkEnd"), qn("w:commentRangeStart"), qn("w:commentRangeEnd")}
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_IDS = ("{%s}paraId" % _W14, "{%s}textId" % _W14)


def _copied(p):
    """A copy of a label's paragraph that names nothing its original names: without Word's paragraph ids
    (w14:paraId, w14:textId), its bookmarks, and the comment it is marked with (its range and the run
    referring to it). A template saved in Word carries them, and each names one place in a document: Word's
    ids are to be unique, a bookmark's name and id would stand twice, and the comment would mark two labels."""
    copy_ = copy.deepcopy(p)
    for element in list(copy_.iter()):
        if element.tag in _COPIED_AWAY or (element.tag == qn("w:r") and element.find(qn("w:commentReference")) is not None):
            element.getparent().remove(element)
            continue
        for name in _IDS:
            element.attrib.pop(name, None)
    return copy_
