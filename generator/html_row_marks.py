"""Classes on a rendered HTML form's rows and side labels that the print stylesheet selects by.

base.html's rules once found these rows with `:has()`, which browsers on many government PCs lack
(Chromium before 105, as in 360安全浏览器 and Windows 7's Chrome 109 cores; Firefox before 121): there a
rule with `:has()` is dropped whole, so a centred side label showed twice on screen and rows spanned by a
side label printed as one unbreakable block. The page is marked after rendering, so every variant's
template, a unit's own included, gets the classes without writing them:

- `tr.has-rowspan`: a cell of the row has a `rowspan` (was `tr:has(> [rowspan])`);
- `tr.opens-merge`: a cell of the row spans more than its row (was `tr:has(> [rowspan]:not([rowspan="1"]))`);
- `tr.kept-last`: a `kept` row whose next row is not kept (was `tr.kept:not(:has(+ tr.kept))`);
- `tr.labels`: two header cells of the row stand side by side (was `tr:has(> th + th)`);
- `th.shown-below`: a side label of a table whose `td.rest` names it again in `data-label`, shown there on
  screen (was `table:has(td.rest[data-label]) > thead th.side`).

Spec text is escaped, so no `<` in it starts a tag: the page is scanned for its table tags alone, as
html_grid does, and a table inside a cell keeps its own rows.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"<(/?)(table|thead|tbody|tfoot|tr|td|th)\b([^>]*)>", re.IGNORECASE)
_CLASS = re.compile(r"""(?<![\w-])class\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""", re.IGNORECASE)
_ROWSPAN = re.compile(r"""(?<![\w-])rowspan\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]*)|(?<![\w-])rowspan(?![\w-])""", re.IGNORECASE)
_DATA_LABEL = re.compile(r"(?<![\w-])data-label(?![\w-])", re.IGNORECASE)


def classes(attributes: str) -> list[str]:
    """The class names an element's attributes give it."""
    found = _CLASS.search(attributes)
    return found.group(1).strip("\"'").split() if found else []


class _Row:
    def __init__(self, start: int, attributes: str):
        self.start, self.attributes, self.marks = start, attributes, []
        self.cells: list[str] = []  # "td" or "th", in order
        self.spans: list[str] = []  # each rowspan value as written ("" when the attribute has none)


class _Table:
    def __init__(self):
        self.rows: list[list[_Row]] = [[]]  # row groups (thead, tbody, tfoot; rows outside them: a group of their own)
        self.sides: list[tuple[int, str]] = []  # (start, attributes) of each th.side
        self.named_below = False  # a td.rest carries data-label


def mark(page: str) -> str:
    """`page` with the classes above added to its rows and side labels."""
    tables: list[_Table] = []
    done: list[_Table] = []
    rows: list[_Row | None] = []  # the row open in each open table
    for tag in _TAG.finditer(page):
        closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name == "table":
            if closing and tables:
                done.append(tables.pop())
                rows.pop()
            elif not closing:
                tables.append(_Table())
                rows.append(None)
            continue
        if not tables:
            continue
        table = tables[-1]
        if name in ("thead", "tbody", "tfoot"):
            rows[-1] = None
            table.rows.append([])
        elif name == "tr":
            rows[-1] = None
            if not closing:
                rows[-1] = _Row(tag.start(), attributes)
                table.rows[-1].append(rows[-1])
        elif not closing and rows[-1] is not None:
            row = rows[-1]
            row.cells.append(name)
            span = _ROWSPAN.search(attributes)
            if span:
                row.spans.append((span.group(1) or "").strip("\"'"))
            own = classes(attributes)
            if name == "th" and "side" in own:
                table.sides.append((tag.start(), attributes))
            if name == "td" and "rest" in own and _DATA_LABEL.search(attributes):
                table.named_below = True
    done.extend(tables)
    inserts: dict[int, tuple[str, list[str]]] = {}
    for table in done:
        for group in table.rows:
            for row, following in zip(group, [*group[1:], None]):
                _mark_row(row, following)
                if row.marks:
                    inserts[row.start] = (row.attributes, row.marks)
        if table.named_below:
            for start, attributes in table.sides:
                inserts[start] = (attributes, ["shown-below"])
    return with_classes(page, inserts)


def _mark_row(row: _Row, following: _Row | None) -> None:
    if row.spans:
        row.marks.append("has-rowspan")
    if any(span != "1" for span in row.spans):
        row.marks.append("opens-merge")
    if "kept" in classes(row.attributes) and (following is None or "kept" not in classes(following.attributes)):
        row.marks.append("kept-last")
    if any(a == b == "th" for a, b in zip(row.cells, row.cells[1:])):
        row.marks.append("labels")


def with_classes(page: str, inserts: dict[int, tuple[str, list[str]]]) -> str:
    """`page` with each tag starting at a key given the class names beside it, added to any it has."""
    pieces, last = [], 0
    for start in sorted(inserts):
        attributes, names = inserts[start]
        name_end = page.index(attributes, start) if attributes else page.index(">", start)
        found = _CLASS.search(attributes)
        if found:
            value = found.group(1)
            quote = value[0] if value[0] in "\"'" else '"'
            joined = " ".join([*classes(attributes), *names])
            marked = attributes[:found.start(1)] + f"{quote}{joined}{quote}" + attributes[found.end(1):]
        else:
            marked = f' class="{" ".join(names)}"' + attributes
        pieces += [page[last:name_end], marked]
        last = name_end + len(attributes)
    pieces.append(page[last:])
    return "".join(pieces)
