"""A variant's Word template read backwards: the pattern an imported document is matched against.

The template (`templates/<form>/form.docx`, docxtpl tags) already says where every field of a
spec is printed, so it is the mapping from cells back to fields; no per-form code is needed.
Its body becomes, in order:

- `Line`s: a paragraph's text as literal pieces and `Expr`s (`({{ year }} 年度)`), with
  `{% if %}` parts as `Choice`s; `{{ title }}` is replaced by the profile's title pattern;
- `TablePattern`s: rows of `CellPattern`s laid on the grid; a cell is a static label or
  content with fields; `{%tr for task in key_tasks %}` rows become a `Loop` of rows;
- `Loop`s of paragraphs and tables (`{%p for project in projects %}`), and inside a cell
  `{%p for para in x|paragraphs %}` (the multi-paragraph text x) or a loop over a list.

Text is compared after `fold` (per-character NFKC, so `（`/`(`, `：`/`:`, `１`/`1` match while
positions stay the same) and, for labels, without whitespace.

`printed_paths` says which fields the template prints (the others an import can only take from the file's name);
`fixed_rows` are the rows the form prints once, a label on the left and a text on the right (docx_split_rows joins
such a text cut by a page).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2 import nodes

from .docx_grid import GridCell, Paragraph, Table, document_body, read_body
from .han import joined
from .jinja import SYNTAX
from .value_kinds import YUAN_MULTIPLIERS
from .zip_damage import as_bad_zip

MERGE_MARKS = ("merge_start", "merge_continue", "merge_keep")
# Filters that print their input unchanged (as far as reading it back is concerned).
_TRANSPARENT = {"vm", "paragraphs", "e", "escape", "safe", "string", "trim", "default", "d"}


class _FoldedCharacters(dict):
    """Each character's fold by its code point, worked out the first time it is asked for: recognising and
    matching one import folds a few million labels, and NFKC one character at a time was a fifth of it."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        folded = unicodedata.normalize("NFKC", character)
        self[code] = value = folded if len(folded) == 1 else character
        return value


_FOLDED = _FoldedCharacters()
_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Per-character NFKC: full-width letters, digits and punctuation become ASCII; length is kept.
    ASCII text is its own fold (NFKC leaves every ASCII character as it is)."""
    return text if text.isascii() else text.translate(_FOLDED)


# A number as people type it before an item: 1. 1、 1) (1) 一、 (一) (after `fold`, so １． and （１） too).
NUMBERING = r"\s*(?:[0-9]+\s*[.、)]|\(\s*(?:[0-9]+|[一二三四五六七八九十]+)\s*\)|[一二三四五六七八九十]+\s*[、.])"
_NUMBERED = re.compile(rf"^(?:{NUMBERING})\s*(?=\S)")


@functools.lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """The form of a label used for comparing: folded, without any whitespace. Cached: the same few hundred
    labels of the templates and the document are compared with each other over and over."""
    return _WHITESPACE.sub("", fold(text))


def unnumbered(text: str) -> str:
    """A category's words as compared (`norm`), without the number a list gives it (一、 （一） 1. 1、) or a colon typed
    after it as after a label: 一、产出指标 and 质量指标： name 产出指标 and 质量指标. Folded first, as NUMBERING wants:
    （一） and １． are numbers too. A number alone is kept."""
    return norm(_NUMBERED.sub("", fold(text))).rstrip(":")


def named_label(text: str, labels) -> str | None:
    """The one of `labels` a header cell's `text` names, worded however (年度指标值（2023年） names 年度指标值):
    the label its text contains, the longest where one contains another (年度指标值, not 指标值); None where
    it contains none, or two that neither contains the other (which is meant cannot be told)."""
    contained = {label for label in labels if norm(label) and norm(label) in norm(text)}
    longest = [label for label in contained if not any(norm(label) in norm(other) and norm(label) != norm(other)
                                                       for other in contained)]
    return longest[0] if len({norm(label) for label in longest}) == 1 else None


# A unit said at a label's end, after `norm`: （万元）, （单位：元）, /元, 单位：千元
_YUAN = f"[{YUAN_MULTIPLIERS}]?元"
_UNIT_SAID = re.compile(rf"(?:\((?:单位:?)?({_YUAN})\)|/({_YUAN})|单位:({_YUAN}))$")


def label_and_unit(text: str) -> tuple[str, str | None]:
    """A label's words (after `norm`) and the unit it says at its end (万元, 元, 千元), if any."""
    text = norm(text)
    said = _UNIT_SAID.search(text)
    return (text, None) if said is None else (text[:said.start()], next(unit for unit in said.groups() if unit))


def same_label_but_unit(text: str, label: str) -> bool:
    """Whether a cell's text is the form's label saying another unit, or none, or its unit worded otherwise
    (年度预算申请（元）, 年度预算申请, 年度预算申请（单位：万元） for 年度预算申请（万元））: the form's label all the
    same, its amounts in the unit it says (amounts_in_yuan). Compared as written, a unit retyped made the row fit
    no row of the form, and every amount of its table was left out."""
    words, _ = label_and_unit(text)
    own, form_unit = label_and_unit(label)
    return form_unit is not None and bool(words) and words == own and norm(text) != norm(label)


def literal_regex(text: str) -> str:
    """A regex for static text that tolerates full-width forms and any whitespace between characters."""
    pieces = literal_pieces(text)
    return r"\s*" + r"\s*".join(pieces) + r"\s*" if pieces else r"\s*"


def literal_pieces(text: str) -> list[str]:
    """The regexes of static text's characters (folded, whitespace left out) that `literal_regex` puts `\\s*` between."""
    return [re.escape(ch) for ch in fold(text) if not ch.isspace()]


@dataclass(frozen=True)
class Expr:
    """`{{ path|filters }}`; path () when the printed value cannot be read back (a sum, a call)."""

    path: tuple = ()
    filters: tuple = ()


@dataclass
class Choice:
    """`{% if %}A{% else %}B{% endif %}`: one of the options is printed (an omitted else is empty)."""

    options: list[list]


@dataclass
class Line:
    """One paragraph of the template: literal strings, `Expr`s and `Choice`s."""

    segments: list

    @property
    def static(self) -> bool:
        return all(isinstance(s, str) for s in self.segments)

    @property
    def text(self) -> str:
        return "".join(s for s in self.segments if isinstance(s, str))

    @property
    def single(self) -> Expr | None:
        """The expression when the line is exactly one field (the whole paragraph is its value)."""
        parts = [s for s in self.segments if not (isinstance(s, str) and not s.strip())]
        if len(parts) == 1 and isinstance(parts[0], Expr) and parts[0].path:
            return parts[0]
        return None


@dataclass
class Loop:
    """A repeated part bound to a list: `var` names each item of `source` inside `body`."""

    var: str
    source: Expr
    body: list


@dataclass
class CellPattern:
    """One template cell: a static label (`label` set) or content of lines and loops."""

    position: int
    column: int
    span: int
    content: list = field(default_factory=list)
    label: str | None = None


@dataclass(eq=False)  # rows are told apart by identity: two blocks of a form can have identical rows
class RowPattern:
    cells: list[CellPattern]
    width: int
    header: bool = False

    @property
    def labels(self) -> list[CellPattern]:
        return [c for c in self.cells if c.label]


@dataclass
class TablePattern:
    number: int
    items: list = field(default_factory=list)   # RowPattern | Loop of RowPatterns


def _expr(node) -> Expr:
    filters = []
    while isinstance(node, nodes.Filter):
        filters.insert(0, node.name)
        node = node.node
    if any(f not in _TRANSPARENT for f in filters):
        return Expr((), tuple(filters))
    path: list = []
    while True:
        if isinstance(node, nodes.Getattr):
            path.insert(0, node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            path.insert(0, node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name):
            path.insert(0, node.name)
            return Expr(tuple(path), tuple(filters))
        else:
            return Expr((), tuple(filters))


def _segments(body: list) -> list:
    out: list = []
    for node in body:
        if isinstance(node, nodes.Output):
            out += _segments(node.nodes)
        elif isinstance(node, nodes.TemplateData):
            out.append(node.data)
        elif isinstance(node, nodes.If):
            options = [_segments(node.body)] + [_segments(e.body) for e in node.elif_] + [_segments(node.else_)]
            out.append(Choice(options))
        elif isinstance(node, nodes.Expr):
            out.append(_expr(node))
        else:
            out.append(Expr())  # a tag that prints something we cannot read back
    return out


def parse_segments(text: str, title: list | None = None) -> list:
    """The pieces of one paragraph's template text; `{{ title }}` is spliced from the title pattern."""
    try:
        segments = _segments(SYNTAX.parse(text).body)
    except jinja2.TemplateSyntaxError:
        return [Expr()]
    if title is None:
        return segments
    out: list = []
    for s in segments:
        out += title if isinstance(s, Expr) and s.path == ("title",) else [s]
    return out


def _tag(text: str, kind: str) -> tuple[str, ...] | None:
    """('for', var, expr), ('endfor',) or ('other',) for a docxtpl `{%p …%}`/`{%tr …%}` tag; None otherwise."""
    m = re.fullmatch(r"\s*\{%-?\s*" + kind + r"\s+(.*?)\s*-?%\}\s*", text, re.S)
    if not m:
        return None
    loop = re.fullmatch(r"for\s+(\w+)\s+in\s+(.+)", m.group(1), re.S)
    if loop:
        source = parse_segments("{{ " + loop.group(2) + " }}")
        return ("for", loop.group(1), source[0] if source and isinstance(source[0], Expr) else Expr())
    return ("endfor",) if m.group(1).strip() == "endfor" else ("other",)


def _nest(entries: list, title: list) -> list:
    """Paragraph texts (and tables) into Lines and Loops, following `{%p for %}`…`{%p endfor %}`."""
    root: list = []
    stack = [root]
    for entry in entries:
        if not isinstance(entry, str):
            stack[-1].append(entry)
            continue
        tag = _tag(entry, "p")
        if tag and tag[0] == "for":
            loop = Loop(tag[1], tag[2], [])
            stack[-1].append(loop)
            stack.append(loop.body)
        elif tag and tag[0] == "endfor":
            if len(stack) > 1:
                stack.pop()
        elif tag is None and entry.strip():
            stack[-1].append(Line(parse_segments(entry, title)))
    return root


def _label(content: list) -> str | None:
    """The cell's static text when it has no field at all (merge marks aside), as a reader says it: the spaces and
    line breaks a form lays a label out with (其中：财政    资金) joined as a line of text is (`han.joined`), for the
    messages that quote it. Labels are compared without whitespace (`norm`), so matching is the same."""
    if all(isinstance(c, Line) and c.static for c in content):
        text = "\n".join(c.text for c in content)
        return joined(text.split()) if text.strip() else text
    return None


def _unmark(segments: list) -> tuple[list, bool]:
    """Segments without merge marks, and whether they continue the merged cell above.

    `{% if loop.first %}{{ merge_start }}绩效目标{% else %}{{ merge_continue }}{% endif %}` prints
    the label on the first row and continues it below: in the document every row shows 绩效目标.
    """
    kept, continuing = [], False
    for s in segments:
        if isinstance(s, Expr) and s.path[:1] and s.path[0] in MERGE_MARKS:
            continuing |= s.path[0] != "merge_start"
        elif isinstance(s, Choice):
            options = [_unmark(o) for o in s.options]
            bare = [cont and not o for o, cont in options]  # options that only continue the merge
            shown = [o for (o, _), b in zip(options, bare) if not b]
            if any(bare) and shown and all(isinstance(x, str) for o in shown for x in o) \
                    and len({"".join(o) for o in shown}) == 1:
                kept += shown[0]
            else:
                kept.append(Choice([o for o, _ in options]))
        else:
            kept.append(s)
    return kept, continuing


def _strip_marks(content: list) -> tuple[list, bool]:
    """Remove merge marks; True when the cell continues the merged cell above it."""
    continuing = False
    for item in content:
        if isinstance(item, Line):
            item.segments, cont = _unmark(item.segments)
            continuing |= cont
    return [c for c in content if not (isinstance(c, Line) and not c.segments)], continuing


def _table(table: Table, title: list) -> TablePattern:
    pattern = TablePattern(table.number)
    stack = [pattern.items]
    above: dict[int, CellPattern] = {}
    for row in table.rows:
        cells = row.distinct()
        written = [cell for cell in cells if cell.text.strip()]
        if len(written) == 1:  # cells left empty beside the tag (a column inserted in Word): docxtpl drops the row whole
            tag = _tag(written[0].text, "tr")
            if tag:
                if tag[0] == "for":
                    loop = Loop(tag[1], tag[2], [])
                    stack[-1].append(loop)
                    stack.append(loop.body)
                elif tag[0] == "endfor" and len(stack) > 1:
                    stack.pop()
                continue
        patterns = [_cell(cell, above, title) for cell in cells]
        for cell in patterns:
            for column in range(cell.column, cell.column + cell.span):
                above[column] = cell
        stack[-1].append(RowPattern(patterns, row.width, row.header))
    return pattern


def _cell(cell: GridCell, above: dict[int, CellPattern], title: list) -> CellPattern:
    pattern = CellPattern(cell.position, cell.column, cell.span)
    content, continuing = _strip_marks(_nest(list(cell.lines), title))
    if cell.continued or continuing:
        origin = above.get(cell.column)
        pattern.label = origin.label if origin is not None else ""
        return pattern
    pattern.label = _label(content)
    pattern.content = [] if pattern.label is not None else content
    return pattern


def title_segments(title_pattern: str) -> list:
    return parse_segments(title_pattern)


def load_pattern(template: Path, title_pattern: str) -> list:
    """The pattern of a template's body: Lines, TablePatterns and Loops in document order."""
    from docx import Document

    title = title_segments(title_pattern)
    entries: list = []
    with as_bad_zip():  # a damaged form.docx is the form's fault, named so; not the pattern code's own errors
        body = document_body(Document(str(template)))
    for block in read_body(body):
        entries.append(block.text if isinstance(block, Paragraph) else _table(block, title))
    return _nest(entries, title)


def fixed_rows(pattern: list) -> list[RowPattern]:
    """The rows each table of the form prints once (once for each item of a list of tables): its own rows, not those
    of a list of rows (a `{%tr for %}` loop), under which a row of the same shape is one more item of the list."""
    out: list[RowPattern] = []
    for item in pattern:
        if isinstance(item, Loop):
            out += fixed_rows(item.body)
        elif isinstance(item, TablePattern):
            out += [row for row in item.items if isinstance(row, RowPattern)]
    return out


def printed_paths(pattern: list) -> set[tuple]:
    """The paths of the fields the form prints anywhere (a loop's as its variable names them: `("r", "name")`).
    A field of the file name not among them (a form that never prints the year) is in nothing but the file's name."""
    out: set[tuple] = set()

    def add(segments: list) -> None:
        for s in segments:
            if isinstance(s, Expr):
                out.add(s.path)
            elif isinstance(s, Choice):
                for option in s.options:
                    add(option)

    for item in walk(pattern):
        if isinstance(item, Line):
            add(item.segments)
    return out


def walk(pattern: list):
    """Every Line, RowPattern and CellPattern of a pattern, depth first (for labels and anchors)."""
    for item in pattern:
        if isinstance(item, Loop):
            yield from walk(item.body)
        elif isinstance(item, TablePattern):
            yield from walk(item.items)
        elif isinstance(item, RowPattern):
            yield item
            for cell in item.cells:
                yield cell
                yield from walk(cell.content)
        else:
            yield item
