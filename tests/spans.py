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
