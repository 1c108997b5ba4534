"""Read vertical spans back out of generated files, to compare them with golden data."""
from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(el) -> str:
    return "".join(t.text or "" for t in el.iter(W + "t"))


def docx_spans(path) -> list[list]:
    """[text, rows] for every vertically merged cell (w:vMerge restart) in document order."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    spans = []
    for tbl in root.iter(W + "tbl"):
        grid: list[dict[int, object]] = []
        for tr in tbl.findall(W + "tr"):
            col, row = 0, {}
            for tc in tr.findall(W + "tc"):
                row[col] = tc
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                col += int(span.get(W + "val")) if span is not None else 1
            grid.append(row)
        for r, row in enumerate(grid):
            for c, tc in row.items():
                vm = tc.find(f"{W}tcPr/{W}vMerge")
                if vm is None or vm.get(W + "val") != "restart":
                    continue
                n = 1
                while r + n < len(grid):
                    below = grid[r + n].get(c)
                    mark = below.find(f"{W}tcPr/{W}vMerge") if below is not None else None
                    if mark is None or mark.get(W + "val") not in (None, "continue"):
                        break
                    n += 1
                if n > 1:
                    spans.append([re.sub(r"\s+", "", _text(tc)), n])
    return spans


class _Rowspans(HTMLParser):
    def __init__(self):
        super().__init__()
        self.spans, self.current = [], None

    def handle_starttag(self, tag, attrs):
        rowspan = dict(attrs).get("rowspan")
        if tag in ("td", "th") and rowspan and int(rowspan) > 1:
            self.current = [[], int(rowspan)]
            self.spans.append(self.current)
        elif tag in ("td", "th"):
            self.current = None

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current[0].append(data)


def html_spans(path) -> list[list]:
    parser = _Rowspans()
    parser.feed(open(path, encoding="utf-8").read())
    return [[re.sub(r"\s+", "", "".join(text)), n] for text, n in parser.spans]


class _Tables(HTMLParser):
    """Tables as row groups of rows of (colspan, rowspan). Rows outside thead/tbody/tfoot go to an
    implicit tbody, as in browsers."""

    GROUPS = ("thead", "tbody", "tfoot")

    def __init__(self):
        super().__init__()
        self.tables: list[list[list[list[tuple[int, int]]]]] = []
        self.group: list | None = None

    def _open_group(self):
        self.group = []
        self.tables[-1].append(self.group)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables.append([])
            self.group = None
        elif tag in self.GROUPS:
            self._open_group()
        elif tag == "tr":
            if self.group is None:
                self._open_group()
            self.group.append([])
        elif tag in ("td", "th"):
            self.group[-1].append((int(attrs.get("colspan") or 1), int(attrs.get("rowspan") or 1)))

    def handle_endtag(self, tag):
        if tag in self.GROUPS:
            self.group = None


def html_grid_faults(path) -> list[str]:
    """What a browser would lay out differently from the template's intent: a cell whose rowspan
    reaches past its row group (CSS 2.1: a cell cannot extend beyond the last row of its group, so
    the rows below shift left) or a row that does not fill the table's columns."""
    parser = _Tables()
    parser.feed(open(path, encoding="utf-8").read())
    faults = []
    for t, groups in enumerate(parser.tables):
        widths = set()
        for group in (g for g in groups if g):
            taken: dict[tuple[int, int], bool] = {}
            for r, row in enumerate(group):
                col = 0
                for colspan, rowspan in row:
                    while (r, col) in taken:
                        col += 1
                    if r + rowspan > len(group):
                        faults.append(f"table {t}: a cell in row {r} spans {rowspan} rows, its group has {len(group) - r} left")
                    for dr in range(rowspan):
                        for dc in range(colspan):
                            taken[(r + dr, col + dc)] = True
                    col += colspan
                widths.add(max([c + 1 for (rr, c) in taken if rr == r], default=0))
        if len(widths) > 1:
            faults.append(f"table {t}: rows of different widths {sorted(widths)}")
    return faults


def docx_grid_faults(path) -> list[str]:
    """What Word would lay out differently from the template's intent: a row whose cells do not fill
    the table grid, or a vertical-merge continuation with no cell of the same place and width above."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    faults = []
    for t, tbl in enumerate(root.iter(W + "tbl")):
        columns = len(tbl.find(W + "tblGrid").findall(W + "gridCol"))
        above: set[tuple[int, int]] = set()
        for r, tr in enumerate(tbl.findall(W + "tr")):
            col, here = 0, set()
            for tc in tr.findall(W + "tc"):
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                width = int(span.get(W + "val")) if span is not None else 1
                mark = tc.find(f"{W}tcPr/{W}vMerge")
                if mark is not None and mark.get(W + "val") in (None, "continue") and (col, width) not in above:
                    faults.append(f"table {t} row {r}: a merge continues at column {col} under no cell like it")
                here.add((col, width))
                col += width
            if col != columns:
                faults.append(f"table {t} row {r}: cells fill {col} of {columns} grid columns")
            above = here
    return faults


# Child order of WordprocessingML elements, as ECMA-376 Part 1 (§17) defines their sequences. Word
# reports a file whose properties are out of order or repeated as unreadable content and offers to
# repair it; LibreOffice opens it without a word, so the page-count test cannot see this.
_SEQUENCES = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs "
           "suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
           "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid "
           "vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl "
           "cs em lang eastAsianLayout specVanish oMath",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark "
            "headers cellIns cellDel cellMerge tcPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
             "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "sectPr": "footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols formProt vAlign "
              "noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
    "tblBorders": "top left start bottom right end insideH insideV",
    "font": "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic embedBoldItalic",
    "tcBorders": "top left start bottom right end insideH insideV tl2br tr2bl",
}


def docx_order_faults(path) -> list[str]:
    """Property elements whose children are out of schema order or repeated, in every part of a .docx."""
    faults = []
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for part in parts:
            root = etree.fromstring(z.read(part))
            for name, sequence in _SEQUENCES.items():
                order = sequence.split()
                for element in root.iter(W + name):
                    children = [etree.QName(c).localname for c in element if c.tag.startswith(W)]
                    ranks = [order.index(c) for c in children if c in order]
                    if ranks != sorted(set(ranks)):
                        faults.append(f"{part}: {name} holds {' '.join(children)}")
    return faults
