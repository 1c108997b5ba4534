"""Read a Word body as the blocks a person sees: paragraphs, and tables laid out on their grid.

Both a variant's template and a document being imported are read here, so both sides of an
import see cells the same way:

- a cell spanning columns (`w:gridSpan`) fills each grid column it covers;
- a vertically merged cell's continuation (`w:vMerge` without `restart`) shows the text of the
  cell it continues, so a merged 一级指标 reads the same on every row it covers;
- a table pasted into a cell is part of the cell's text: its cells' lines, row by row;
- text split across runs is joined; a soft line break (`w:br`, `w:cr`) starts a new line; a
  symbol inserted from a symbol font (`w:sym`, ≥ in Symbol) is the character it shows;
- page headers and footers and text boxes are read apart (`read_extras`): a title is often put
  there, but where they stand among the body's paragraphs and cells is not what the page shows;
- tracked changes (修订) are read as if accepted, as Word shows the document once they are: text
  inserted (`w:ins`) is read, text deleted (`w:del`) is not, a paragraph whose mark was deleted runs
  on into the next, a row deleted (`w:trPr/w:del`) is no row, though a cell merged down from it
  goes on in the rows under it (`read_table`). Rows and paragraphs are numbered as read, as Word shows
  them by default (Simple Markup): a deleted row, or a paragraph run on into the one before, is not
  counted. `tracked` says whether a document has any.

Only lxml is used on the XML (python-docx's `Table.cell()` rebuilds the grid on every call).
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field

from docx.oxml.exceptions import InvalidXmlError
from docx.oxml.ns import qn

from .docx_paragraph_height import ends_section, starts_page
from .docx_properties import first_child, switched_on
from .docx_references import story
from .symbol_font import symbol_text

_CONTAINERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")}
# Text boxes and fallbacks (drawn, not the form's cells) and text a tracked move took away (its
# w:moveTo copy is read), all of which would otherwise be read into a field.
_SKIPPED = {qn("w:txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
            qn("w:moveFrom")}
_DEL, _DEL_TEXT = qn("w:del"), qn("w:delText")  # a tracked deletion, and the text it took away
_REVISIONS = (qn("w:ins"), _DEL, qn("w:moveFrom"), qn("w:moveTo"))  # tracked changes to the text, not to its look
_PLACEHOLDER, _SDT = f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}", qn("w:sdt")  # an empty content control shows its prompt
_T, _TAB, _BR, _CR, _SYM = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:sym")
_HYPHEN = qn("w:noBreakHyphen")  # Ctrl+Shift+- in Word: a hyphen kept on one line with its neighbours


@dataclass
class GridCell:
    """One cell as it appears in one grid column of one row."""

    lines: list[str]          # its paragraphs' text, soft line breaks splitting lines
    position: int = 0         # 1-based index among the row's cells; 0 = padding. Not a column: see `cell_place`
    column: int = 0           # first grid column it covers (0-based)
    span: int = 1
    continued: bool = False   # continues a vertical merge: `lines` are the merged cell's
    where: str = ""           # its own name where the source has one (a sheet's B7), for messages
    address: str = ""         # a sheet's name of it alone (B7), for a message naming a run of cells as B7:B12
    held: tuple | None = None  # a sheet's number its format shows scaled (6108500 as 6.11万): (Decimal, format)
    row: int = 0              # the table row it was typed in, where its GridRow joins two (docx_split_rows); 0 = that row
    # the grid column it was drawn in, once a step before matching moved it to another (a sequence column taken out,
    # columns put back in the form's order); None while `column` is still that one. Messages name this one.
    moved_from: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def drawn_column(self) -> int:
        """The 0-based grid column it starts in as the document draws it, whatever column matching reads it in."""
        return self.column if self.moved_from is None else self.moved_from


@dataclass
class GridRow:
    number: int               # 1-based within its table
    cells: list[GridCell]     # one entry per grid column (a spanning cell repeats)
    header: bool = False      # marked "repeat as header row"
    where: str = ""           # its own name where the source has one (a sheet's row 7), for messages
    # Word last laid it out at the top of a page (`opens_page`), or a sheet's manual page break is right above it:
    # the evidence that it and the row above are one row of the form cut at a page break (docx_split_rows)
    starts_page: bool = False

    def distinct(self) -> list[GridCell]:
        """The row's real cells, each once, left to right."""
        out: list[GridCell] = []
        for cell in self.cells:
            if cell.position and (not out or out[-1] is not cell):
                out.append(cell)
        return out

    @property
    def width(self) -> int:
        return len(self.cells)


@dataclass
class Paragraph:
    number: int               # 1-based among the body's paragraphs (or among those of its `place`)
    text: str
    place: str = ""           # 页眉, 页脚, 文本框: shown on the page, but outside the body's flow
    where: str = ""           # its own name where the source has one (a sheet's A1), for messages
    undrawn: bool = False     # a sheet's row under its drawn table, typed without lines: maybe a row of it (xlsx_grid)
    # a sheet's text under a row of labels past a blank row, not read as their text: (the labels, why) (xlsx_grid)
    under_labels: tuple = ()
    # a page turns in it or after it (`turns_page`): evidence that a table above and one below it are one table
    # carried on over a page (docx_continued_tables)
    turns_page: bool = False


@dataclass
class Table:
    number: int               # 1-based among the body's tables
    rows: list[GridRow] = field(default_factory=list)
    where: str = ""           # the sheet it is on (工作表“绩效目标表”), said before a range of its cells
    # a Word table's grid columns' widths (w:gridCol, in twips): a table carried on over a page as one of its own has
    # the same (docx_continued_tables)
    widths: list[int] = field(default_factory=list)


def _children(element):
    """Child elements, looking through content controls and custom XML wrappers."""
    for child in element:
        if child.tag == _SDT and child.find(_PLACEHOLDER) is not None:
            continue  # “单击或点击此处输入文字。”: nothing was typed
        if child.tag in _CONTAINERS:
            yield from _children(child)
        else:
            yield child


def paragraph_text(p, deleted: bool = False) -> str:
    """A paragraph's visible text: runs joined, tabs kept, soft breaks as newlines, symbols and
    non-breaking hyphens as the characters shown; text a tracked change deleted left out, unless
    `deleted` (a cell merged down from a deleted row, which stays: `read_table`)."""
    parts = []

    def walk(node):
        for child in node:
            if child.tag in _SKIPPED or child.tag == qn("w:sdt") and child.find(_PLACEHOLDER) is not None \
                    or child.tag == _DEL and not deleted:
                continue
            if child.tag == _T or child.tag == _DEL_TEXT and deleted:
                parts.append(child.text or "")
            elif child.tag == _TAB:
                parts.append("\t")
            elif child.tag == _HYPHEN:
                parts.append("-")
            elif child.tag == _SYM:
                parts.append(symbol_text(child.get(qn("w:font")), child.get(qn("w:char"))))
            elif child.tag == _CR or (child.tag == _BR and child.get(qn("w:type")) in (None, "textWrapping")):
                parts.append("\n")
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _cell_lines(tc, deleted: bool = False) -> list[str]:
    """The cell's lines; a table pasted into the cell is its text too, its cells' lines row by row. A paragraph
    whose mark a tracked change deleted runs on into the next one, as it does once the change is accepted."""
    lines: list[str] = []
    runs_on = False
    for child in _children(tc):
        if child.tag == qn("w:p"):
            text = paragraph_text(child, deleted).split("\n")
            if runs_on and lines:
                lines[-1] += text.pop(0)
            lines += text
            runs_on = mark_deleted(child) and not deleted
        elif child.tag == qn("w:tbl"):
            runs_on = False
            for tr in (c for c in _children(child) if c.tag == qn("w:tr")):
                if not deleted_row(tr):
                    for inner in (c for c in _children(tr) if c.tag == qn("w:tc")):
                        lines += _cell_lines(inner, deleted)
    return lines


def mark_deleted(p) -> bool:
    """Whether a tracked change deleted the paragraph's mark (`w:pPr/w:rPr/w:del`): it joins the next paragraph."""
    return p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{_DEL}") is not None


def deleted_row(tr) -> bool:
    """Whether a tracked change deleted the row (`w:trPr/w:del`)."""
    return tr.find(f"{qn('w:trPr')}/{_DEL}") is not None


def tracked(root) -> bool:
    """Whether a document part has tracked changes to its text (inserted, deleted or moved), which are read as if
    accepted: the clerk is told, as the sender may have meant some to be rejected."""
    return next(root.iter(*_REVISIONS), None) is not None


WORD_COLUMNS = 63
"""The most columns Word lets a table have: no w:gridSpan or w:gridBefore in a form Word saved is wider."""


def _int_property(parent, tag: str, default: int) -> int:
    """A count such as w:gridSpan's; the default when absent or unreadable, never below it, nor above `WORD_COLUMNS`:
    a span of 999999 (a program's slip) filled each of a row's cells a million times over, and import ran for hours."""
    node = first_child(parent, tag) if parent is not None else None
    try:
        return min(max(default, int(node.get(_VAL))), WORD_COLUMNS) if node is not None else default
    except (TypeError, ValueError):
        return default


def row_cells(tr):
    """(first grid column, columns spanned, w:tc) of each of a row's cells, left to right, the row's
    w:gridBefore and each cell's w:gridSpan read as `_int_property` reads a count. A row with no w:gridBefore,
    w:gridSpan, content control, custom XML or smart tag (`_CONTAINERS`) anywhere in it, its cells' content
    included, has its cells one a grid column from the first: most rows of a long table, each of whose cells'
    properties took as long to read as the rest of a row's page-break estimate. A row holding one only inside a
    cell (a nested table's span, a content control around a run) is read cell by cell, and gives the same."""
    if next(tr.iter(*_IRREGULAR), None) is None:
        yield from ((column, 1, tc) for column, tc in enumerate(tr.findall(_TC)))
        return
    column = _int_property(first_child(tr, _TR_PR), _GRID_BEFORE, 0)
    for tc in (c for c in _children(tr) if c.tag == _TC):
        span = _int_property(first_child(tc, _TC_PR), _GRID_SPAN, 1)
        yield column, span, tc
        column += span


def cell_place(table: int, rows: int | str, column: int) -> str:
    """A Word table's cell, or a run of `rows` (7–12) down one column, named as the clerk finds it in Word: the table,
    the row, and the 0-based grid `column` it starts in, counted from 1 as the columns are drawn (a cell spanning
    two columns is at its first). Its index among its row's cells (`GridCell.position`, a w:tc's place among its
    siblings) is not that: after a cell merged across two columns it named the column to the left of the text."""
    return f"第 {table} 张表第 {rows} 行第 {column + 1} 列"


def tc_column(tc) -> int:
    """The 0-based grid column a w:tc starts in, as `read_table` places it: after its row's w:gridBefore and the
    columns the cells to its left span. A cell no row holds the way Word writes one is counted among its siblings."""
    tr = next(tc.iterancestors(_TR), None)
    found = next((column for column, _, cell in row_cells(tr) if cell is tc), None) if tr is not None else None
    return sum(1 for _ in tc.itersiblings(_TC, preceding=True)) if found is None else found


_VAL, _TR, _TR_PR, _GRID_BEFORE, _TC, _TC_PR, _GRID_SPAN = (qn("w:" + name) for name in (
    "val", "tr", "trPr", "gridBefore", "tc", "tcPr", "gridSpan"))
_IRREGULAR = (_GRID_BEFORE, _GRID_SPAN, *_CONTAINERS)


def _grid_widths(tbl) -> list[int]:
    """The widths of a table's grid columns as Word stores them (twips); 0 for one unreadable."""
    grid = tbl.find(qn("w:tblGrid"))
    widths = []
    for column in grid.findall(qn("w:gridCol")) if grid is not None else ():
        try:
            widths.append(round(float(column.get(qn("w:w")) or 0)))
        except ValueError:
            widths.append(0)
    return widths


def read_table(tbl, number: int) -> Table:
    """A table with every row expanded to the grid and vertical merges filled in."""
    table = Table(number, widths=_grid_widths(tbl))
    # By grid column, the cell a `w:vMerge` continuation there continues: only one itself in a
    # vertical merge. A continuation under a cell in none (a table split at a page break, its
    # header row put back above a merged 一级指标) continues nothing, as LibreOffice reads it:
    # read as continuing the header, the header's label became the first indicator's value.
    # A cell merged down from a row a tracked change deleted stays, as Word keeps it once the deletion is accepted:
    # its text (even what the deletion marked) starts the merge in the first row under it, not continuing it.
    # Read as that row, an empty one, it blanked the 一级指标 of every indicator it was merged over.
    # Rows are numbered as Word shows them by default (Simple Markup, the changes accepted): a deleted row is not
    # counted, or every message below it named the row above the one the clerk sees at that number.
    above: dict[int, GridCell] = {}
    orphans: set[int] = set()  # grid columns whose `above` is in a deleted row
    for tr in (c for c in _children(tbl) if c.tag == qn("w:tr")):
        deleted = deleted_row(tr)
        tr_pr = tr.find(qn("w:trPr"))
        header = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        before = _int_property(tr_pr, qn("w:gridBefore"), 0)
        cells: list[GridCell] = [GridCell([], 0, c) for c in range(before)]
        for position, (column, span, tc) in enumerate(row_cells(tr), start=1):
            tc_pr = tc.find(qn("w:tcPr"))
            vmerge = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            origin = above.get(column)
            continues = vmerge is not None and vmerge.get(qn("w:val")) != "restart" and origin is not None
            if continues:
                cell = GridCell(origin.lines, position, column, span, continued=column not in orphans)
            else:
                cell = GridCell(_cell_lines(tc, deleted and vmerge is not None), position, column, span)
            # the merge goes on from a deleted row when it starts there, or goes on from one above it
            orphaned = deleted and vmerge is not None and (not continues or column in orphans)
            for c in range(column, column + span):
                cells.append(cell)
                if vmerge is None:
                    above.pop(c, None)
                else:
                    above[c] = cell
                if orphaned:
                    orphans.add(c)
                else:
                    orphans.discard(c)
        if not deleted:
            table.rows.append(GridRow(len(table.rows) + 1, cells, header, starts_page=opens_page(tr)))
    width = max((r.width for r in table.rows), default=0)
    for row in table.rows:
        row.cells += [GridCell([], 0, c) for c in range(row.width, width)]
    return table


def opens_page(tr) -> bool:
    """Whether Word, when it last laid the document out, began a page with the row: it marks where a page began
    with `w:lastRenderedPageBreak`, at the start of each paragraph that opens one, so a cell whose first paragraph
    has it before any text does. A mark after text is a page break inside the cell, the row itself cut."""
    for tc in (c for c in _children(tr) if c.tag == _TC):
        p = tc.find(_P)
        for node in p.iter(_T, _RENDERED_BREAK) if p is not None else ():
            if node.tag == _RENDERED_BREAK:
                return True
            if node.text:
                break
    return False


_P, _RENDERED_BREAK = qn("w:p"), qn("w:lastRenderedPageBreak")


def turns_page(p, layouts: dict | None = None) -> bool:
    """Whether a page turns at a body paragraph: it opens a page (Word's mark of where it last began one, "page
    break before" of its own or, given the document's `layouts`, its style's), holds a page break, or ends a section
    the next of which starts on a new page."""
    return next(p.iter(_RENDERED_BREAK), None) is not None or starts_page(p, layouts) or ends_section(p)


def read_body(body, layouts: dict | None = None) -> list[Paragraph | Table]:
    """The body's paragraphs and tables in document order (a paragraph whose mark a tracked change deleted run on
    into the next, as in a cell: `_cell_lines`, and counted with it, as Word shows one paragraph once the change is
    accepted: the paragraph numbers of messages are those the clerk counts). `layouts`: the document's paragraph
    styles (`docx_paragraph_height.paragraph_layouts`), for a page turned by a style's page break before: WPS and
    LibreOffice mark no page they began, so an empty paragraph styled to open a page between two tables was no
    evidence that they are one table carried over a page."""
    blocks: list[Paragraph | Table] = []
    paragraphs = tables = 0
    runs_on = False
    for child in _children(body):
        if child.tag == qn("w:p"):
            if runs_on:
                blocks[-1].text += paragraph_text(child)
                blocks[-1].turns_page = blocks[-1].turns_page or turns_page(child, layouts)
            else:
                paragraphs += 1
                blocks.append(Paragraph(paragraphs, paragraph_text(child), turns_page=turns_page(child, layouts)))
            runs_on = mark_deleted(child)
        elif child.tag == qn("w:tbl"):
            tables += 1
            blocks.append(read_table(child, tables))
            runs_on = False
    return blocks


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _own_paragraphs(element):
    """The paragraphs of a header, footer or text box, cells included, not those of a text box inside it."""
    for child in _children(element):
        if child.tag == qn("w:p"):
            yield child
        elif child.tag not in _SKIPPED:
            yield from _own_paragraphs(child)


def _text_boxes(root):
    """Every text box under root, once: Word writes each twice, as a shape and as its VML fallback."""
    for box in root.iter(qn("w:txbxContent")):
        if not any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            yield box


def document_body(document):
    """The body of a python-docx Document. python-docx opens a package whose main part is no Word document (another
    root) or has no body; a form.docx like that was an internal error in build and import: zipfile.BadZipFile, the
    file's damage, which each reader says as no Word file."""
    body = getattr(document.element, "body", None)
    if body is None:
        raise zipfile.BadZipFile("the main part is no Word document, or has no body")
    return body


def _definition(sections: list, name: str):
    """The header or footer (`header`, `first_page_footer`…) the last of these sections shows: its own,
    or, linked to the previous section's, that one's; None when no section has one, or its part is missing."""
    for section in reversed(sections):
        header_footer = getattr(section, name)
        if not header_footer.is_linked_to_previous:
            part = defined_part(header_footer)
            return None if part is None else part.element
    return None


def defined_part(header_footer):
    """The part holding a header's or footer's definition (python-docx's `part`, added to the first section when
    none has one); None when its reference names a part the file lacks, or none (no r:id), or a part that is no
    header or footer (`docx_references.story`: styles.xml, an image), a program's slip: no page shows anything there
    and nothing can be written there (build's page numbers were exit 4 on no r:id, import and textconv on an r:id
    naming another part)."""
    try:
        part = header_footer.part
    except (KeyError, InvalidXmlError):
        return None
    return part if story(part) else None


def shown_parts(document, kind: str) -> list:
    """The page headers (`kind` "header") or footers the document shows, as elements, in section order.

    A first-page header counts only in a section with a different first page, an even-page one only
    when odd and even pages differ: Word keeps such a definition when the option is turned off, but
    no page shows it (last year's title may be left there), so neither import nor textconv reads it."""
    sections = list(document.sections)
    even = even_pages_differ(document)
    shown = []
    for index, section in enumerate(sections):
        for name in shown_names(section, kind, even):
            element = _definition(sections[:index + 1], name)
            if element is not None and element not in shown:
                shown.append(element)
    return shown


def even_pages_differ(document) -> bool:
    """Whether settings.xml has odd and even pages differ (its w:evenAndOddHeaders read as every on/off property is,
    `switched_on`: a value neither on nor off is off); not when its root is no settings element (another part's, a
    program's slip), nor when settings.xml is a file outside the package (an External target, ValueError) or a part
    of another kind (AttributeError): each was an internal error in import and textconv, and in build, which
    numbers the pages a template shows (docx_footer)."""
    try:
        settings = document.settings.element
    except (AttributeError, ValueError):
        return False
    return settings.tag == _SETTINGS and switched_on(first_child(settings, _EVEN_AND_ODD))


def _first_page_differs(section) -> bool:
    """Whether a python-docx `section` has a different first page: its w:titlePg read as every on/off property is
    (`switched_on`), a value neither on nor off as off, as LibreOffice reads it (python-docx raised on one: an
    internal error in import and textconv)."""
    return switched_on(first_child(section._sectPr, _TITLE_PG))


_SETTINGS, _EVEN_AND_ODD, _TITLE_PG = qn("w:settings"), qn("w:evenAndOddHeaders"), qn("w:titlePg")


def shown_names(section, kind: str, even: bool) -> list[str]:
    """The python-docx names (`first_page_footer`, `footer`, `even_page_footer`) of the headers or footers the
    section's pages show: a first page's only with a different first page, an even page's only when `even` (the
    document's settings.xml has odd and even pages differ)."""
    names = [f"first_page_{kind}"] if _first_page_differs(section) else []
    return names + [kind] + ([f"even_page_{kind}"] if even else [])


def read_extras(document) -> list[Paragraph]:
    """The non-empty paragraphs of the page headers and footers a page shows (`shown_parts`), then of the text boxes.

    A form's title is often typed into the page header or drawn in a text box rather than in
    the body; these are read so that a field printed only there (the year in the title) is
    still found. `document` is a python-docx Document.
    """
    roots = [("页眉", root) for root in shown_parts(document, "header")] \
        + [("页脚", root) for root in shown_parts(document, "footer")]
    places = list(roots)
    for root in [document.element.body] + [root for _, root in roots]:
        places += [("文本框", box) for box in _text_boxes(root)]
    extras: list[Paragraph] = []
    counts: dict[str, int] = {}
    for place, container in places:
        for p in _own_paragraphs(container):
            text = paragraph_text(p)
            if text.strip():
                counts[place] = counts.get(place, 0) + 1
                extras.append(Paragraph(counts[place], text, place))
    return extras
