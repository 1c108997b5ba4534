"""Check a Word template's tags against the places they stand in, before Jinja sees them.

docxtpl turns the body into one Jinja text. A plain `{% for %}` typed in a table row where
`{%tr for %}` was meant, ending in another row, is still valid Jinja: it repeats a slice of XML
cut across cells and rows, and the form comes out with rows missing, its table shifted and its
page setup gone, with no error at all. Jinja's own errors, when there are any, point at the
compiled text: a `{{ r.weight }` missing a brace was quoted together with the cells after it,
glued up to the next `}}`, and a missing `{%tr endfor %}` was reported at the last paragraph.

So the tags are read here paragraph by paragraph, where the author typed them, and each
`for`/`if` is matched with its end: both must be written alike and stand in the place their kind
repeats (a plain tag: one paragraph; `{%p`: one cell; `{%tc`: one row; `{%tr`: one table); every
`for`/`if` needs its end, and every delimiter must be closed in its own paragraph. Problems are
named by table, row and column as Word shows them (`cell_place`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from docx.oxml.ns import qn

from . import full_width_braces
from .docx_grid import cell_place, tc_column
from .docx_properties import joined_text
from .docx_span_values import table_columns
from .problems import clipped
from .rules.text_invisible import INVISIBLE
from .template_errors import TagMisplaced
from .unclosed_tags import first_unclosed, unpaired

_TAG = re.compile(r"\{%(?:(?P<level>tr|tc|p|r) \s*|[-+]?\s*)(?P<keyword>\w+).*?%\}")
_OPENERS = {"for": "endfor", "if": "endif"}
_MIDDLES = {"else", "elif"}
_SCOPE = {"": "段落", "r": "段落", "p": "格子", "tc": "表格行", "tr": "表格"}


@dataclass
class _Place:
    """Where a paragraph stands: its table (1-based, 0 outside tables), row, cell and the grid column (0-based) the
    cell starts in, and its text."""

    paragraph: object
    cell: object
    row: object
    table: object
    table_number: int
    row_number: int
    column: int
    text: str
    story: str  # 正文, 页眉 or 页脚

    def container(self, level: str):
        """The element a tag of this level must open and close in."""
        return {"": self.paragraph, "r": self.paragraph, "p": self.cell, "tc": self.row}.get(level, self.table)

    def __str__(self) -> str:
        if not self.table_number:
            return f"{self.story}段落“{clipped(self.text.strip(), 40)}”"
        where = "" if self.story == "正文" else self.story
        return where + cell_place(self.table_number, self.row_number, self.column)


@dataclass
class _Tag:
    text: str
    level: str
    keyword: str
    place: _Place


def located(body, text: str, name: str | None = None) -> _Place | None:
    """The paragraph of `body` that a line of the compiled template came from: the one reading `text`
    (docxtpl writes `{%tr for %}` as `{% for %}` and may move spaces in a tag), else the first whose tags
    read `name` (docxtpl joins the tags of `{%p %}` paragraphs into one line); None if none is found.
    The first such paragraph is the one rendered first, so the one an error stopped at."""
    wanted = _comparable(text)
    found = next((place for place in places(body) if _comparable(place.text) == wanted), None)
    if found is None and name:
        reads = re.compile(r"\{[{%][^}]*(?<![\w])" + re.escape(name) + r"(?!\w)")
        found = next((place for place in places(body) if reads.search(place.text)), None)
    return found


def _comparable(text: str) -> str:
    """The text as docxtpl compiles it, spaces aside: a tag written at a level, statement or variable (`{%tr for %}`,
    `{{p x }}`), loses its level."""
    return re.sub(r"\s+", "", re.sub(r"\{([%{])(?:tr|tc|p|r) ", r"{\1 ", text))


def check(paragraphs: Iterable[_Place]) -> None:
    """Raise TagMisplaced for the first tag in `paragraphs` (`places` of the template's w:body, or of a header's
    w:hdr or a footer's w:ftr) that would break the form."""
    stack: list[_Tag] = []
    for place in paragraphs:
        _check_full_width(place)
        _check_delimiters(place)
        _check_alone(place)
        for found in _TAG.finditer(place.text):
            tag = _Tag(found.group(0), found["level"] or "", found["keyword"], place)
            if tag.keyword in _OPENERS:
                stack.append(tag)
            elif tag.keyword in _MERGES:
                _check_merge(stack, tag)
            elif tag.keyword == "colspan":
                _check_span(tag)
            elif tag.keyword in _MIDDLES or tag.keyword in _OPENERS.values():
                _check_closer(stack, tag)
    if stack:
        opener = stack[-1]
        raise TagMisplaced(f"{opener.place}的“{opener.text}”没有结束标签；请在它要管的内容之后加上"
                           f"“{_spelt(opener.level, _OPENERS[opener.keyword])}”{_OWN[opener.level]}")


_MERGES = {"vm": ("tr", "行", "纵向"), "hm": ("tc", "列", "横向")}
"""docxtpl's merge tags: the level of the loop each merges the copies of (its `loop`), what that loop repeats, and
which way the copies are merged."""


_MERGE_UNITS = {level: unit for level, unit, _ in _MERGES.values()}
"""The loops whose copies a merge tag merges (`{%tr for %}`, `{%tc for %}`), and what each repeats."""


def _check_merge(stack: list[_Tag], tag: _Tag) -> None:
    """A `{% vm %}` stands in a `{%tr for %}` loop, a `{% hm %}` in a `{%tc for %}` one: docxtpl writes each as a test
    of the loop's `loop.first`, which outside any loop was said as an unknown field “loop”, a name the author never
    typed; a `{% hm %}` in a `{%tr for %}` loop alone widened the first repeated row past its table and dropped its
    cell from the others. The loop is the innermost row or column loop around the tag: a `{% vm %}` in a `{%tc for %}`
    loop inside a `{%tr for %}` one merged the copies of each row's columns down into the row above, hiding them."""
    level, unit, way = _MERGES[tag.keyword]
    loops = [opener for opener in stack if opener.keyword == "for" and opener.level in _MERGE_UNITS]
    if loops and loops[-1].level == level:
        return
    if any(loop.level == level for loop in loops):  # docxtpl's `loop` is the innermost one's
        inner = loops[-1]
        raise TagMisplaced(f"{tag.place}的“{tag.text}”在“{inner.text}”重复的{_MERGE_UNITS[inner.level]}里："
                           f"“{{% {tag.keyword} %}}”合并的是离它最近的一层循环重复出来的格子，在这里是各"
                           f"{_MERGE_UNITS[inner.level]}，{way}合并后表格会错乱；请把它写在“{_spelt(level, 'for')}”…"
                           f"“{_spelt(level, 'endfor')}”重复的{unit}里、“{_spelt(inner.level, 'for')}”…"
                           f"“{_spelt(inner.level, 'endfor')}”之外的格子")
    raise TagMisplaced(f"{tag.place}的“{tag.text}”不在重复的{unit}里：“{{% {tag.keyword} %}}”只能写在"
                       f"“{_spelt(level, 'for')}”…“{_spelt(level, 'endfor')}”重复的{unit}里，把重复出来的各{unit}的这一格"
                       f"{way}合并；位置固定的格子请直接在 Word 里合并单元格"
                       + ("，重复行里的合并栏目写“{{ r.level1|vm }}”" if tag.keyword == "vm" else ""))


_MINUS_SPAN = re.compile(r"\{%\s*colspan\s+-")


def _check_span(tag: _Tag) -> None:
    """A `{% colspan %}` value opens with no minus: docxtpl writes `{% colspan -1 %}` as `{{-1 }}`, where Jinja
    takes the `-` for trimming the spaces before it, so the cell spanned 1 column and the row came out short, exit 0.
    A negative span is no span anyway; one computed at build time is said after rendering (docx_span_values)."""
    if not _MINUS_SPAN.match(tag.text):
        return
    table = tag.place.table
    columns = "" if table is None else f"（这张表有 {table_columns(table)} 列）"
    raise TagMisplaced(f"{tag.place}的“{tag.text}”：合并的列数以“-”开头，生成时这个“-”被当作去掉空白的记号丢掉，"
                       f"不报错，这一格占的列数就不对了；它的值要在 1 和表的列数之间{columns}，如 {{% colspan 2 %}}")


def _check_closer(stack: list[_Tag], tag: _Tag) -> None:
    if not stack:
        raise TagMisplaced(f"{tag.place}的“{tag.text}”前面没有与它配对的 for 或 if")
    opener = stack[-1]
    if tag.keyword in _OPENERS.values() and not _ends(opener, tag) and any(_ends(outer, tag) for outer in stack[:-1]):
        raise TagMisplaced(f"{opener.place}的“{opener.text}”没有结束标签（{tag.place}的“{tag.text}”结束的是它外面的那一个）；"
                           f"请在它要管的内容之后、“{tag.text}”之前加上“{_spelt(opener.level, _OPENERS[opener.keyword])}”"
                           f"{_OWN[opener.level]}")
    if tag.keyword in _OPENERS.values():
        if tag.keyword != _OPENERS[opener.keyword]:
            raise TagMisplaced(f"{opener.place}的“{opener.text}”要以“{_spelt(opener.level, _OPENERS[opener.keyword])}”"
                               f"结束，{tag.place}却是“{tag.text}”")
        stack.pop()
    ends = f"{opener.place}的“{opener.text}”与{tag.place}的“{tag.text}”"
    if opener.level != tag.level:
        raise TagMisplaced(f"{ends}是同一组标签，写法却不同；{_advice(opener, tag)}")
    if opener.place.container(opener.level) is not tag.place.container(tag.level):
        raise TagMisplaced(f"{ends}不在同一个{_SCOPE[opener.level]}里，生成的表会错乱；{_advice(opener, tag)}")


def _ends(opener: _Tag, tag: _Tag) -> bool:
    return tag.keyword == _OPENERS[opener.keyword] and tag.level == opener.level


def _advice(opener: _Tag, tag: _Tag) -> str:
    """What to write instead: both tags at the level whose unit spans from one to the other."""
    level = _level_between(opener.place, tag.place)
    return (f"{_CROSSING[level]}要写成“{respelt(opener.text, level)}”和“{_spelt(level, tag.keyword)}”"
            f"{_ALONE[level]}")


_CROSSING = {"": "在同一段落里的", "p": "跨段落的", "tc": "跨格子（重复表格列）的",
             "tr": "跨表格行（重复或按条件保留表格行）的"}
_OWN = {"": "", "r": "", "p": "（单独占一段）", "tc": "（单独占一格）", "tr": "（单独占一行）"}
_ALONE = {"": "", "p": "（各占单独一段）", "tc": "（各占单独一格）", "tr": "（各占单独一行，这两行在生成时删去）"}


def _level_between(start: _Place, end: _Place) -> str:
    """The docxtpl level whose unit spans from `start` to `end`: rows for two rows, cells for one row,
    paragraphs for one cell; none for one paragraph."""
    if start.paragraph is end.paragraph:
        return ""
    if start.table_number and start.table is end.table:
        return "tr" if start.row is not end.row else "tc" if start.cell is not end.cell else "p"
    return "tr" if start.table_number or end.table_number else "p"


def _spelt(level: str, keyword: str) -> str:
    return f"{{%{level} {keyword} %}}" if level else f"{{% {keyword} %}}"


def respelt(tag: str, level: str) -> str:
    """An opening tag, a variable's or a comment's, written at another level: `{% for r in rows %}` as
    `{%tr for r in rows %}`, `{{tr x }}` as `{{p x }}`."""
    return re.sub(r"^\{([%{#])(?:(?:tr|tc|p|r) )?[-+]?\s*", lambda found: f"{{{found[1]}{level} ", tag)


# docxtpl drops the paragraph, cell or row around a statement `{%p %}`, a variable `{{p x }}` and a comment
# `{#p x #}` alike (its patch_xml), keeping only the tag; a run tag's (`{%r %}`, `{{r x }}`) own run is cut out,
# text beside it kept. A comment prints nothing: one dropped with the rest loses nothing.
_LEVEL_TAG = re.compile(r"\{%(tr|tc|p) .*?%\}|\{\{(tr|tc|p) .*?\}\}|\{#(tr|tc|p) .*?#\}")
"""A docxtpl tag that drops or repeats its paragraph (`p`), cell (`tc`) or row (`tr`), as a statement (group 1),
a variable (group 2) or a comment (group 3): written as docxtpl knows it, one space after the level."""


def level_tag(text: str, *levels: str) -> re.Match | None:
    """The first tag in `text` of one of `levels` ("p", "tc", "tr"), statement, variable or comment, or None."""
    return next((tag for tag in _LEVEL_TAG.finditer(text) if _level(tag) in levels), None)


_COMMENT = re.compile(r"\{#.*?#\}")
UNITS = {"p": "段落", "tc": "格子", "tr": "表格行"}
"""What a tag of each level drops or repeats, as a message names it."""


def _level(found: re.Match) -> str:
    return found[found.lastindex]


def _check_alone(place: _Place) -> None:
    """Nothing shares a `{%p %}`, `{{p x }}` or `{#p x #}` tag's paragraph, a `{%tc %}` tag's cell or a `{%tr %}`
    tag's row: docxtpl keeps only the tag and drops the rest of it, so a note typed beside the tag never printed, with
    no error. What shows as nothing (a zero-width space, a BOM pasted with the tag) is no text, nor is a comment
    (`{# #}`): dropping it loses nothing, and quoted it read as an empty pair of quotes. Of two such tags there
    docxtpl keeps the last, and a tag dropped with the rest is said to do nothing, not to print nothing (no tag
    prints)."""
    tag = _LEVEL_TAG.search(place.text)
    if not tag:
        return
    level, opening = _level(tag), tag[0][:2]
    dropped = {"p": place.paragraph, "tc": place.cell, "tr": place.row}[level]
    if dropped is None:  # docxtpl would cut from an earlier table's last row to this tag's end
        purpose = "重复或按条件保留段落的" if opening == "{%" else ""  # a variable or a comment repeats nothing
        raise TagMisplaced(f"{place}的“{tag[0]}”不在表格里：以“{opening}{level} ”开头的标签只能写在表格的格子里；"
                           f"表格之外{purpose}要写成“{respelt(tag[0], 'p')}”")
    text = INVISIBLE.sub("", joined_text(dropped))
    same = [found[0] for found in _LEVEL_TAG.finditer(text) if _level(found) == level]
    kept = ([found for found in same if not found.startswith("{#")] or same)[-1]  # docxtpl reads comments after
    rest = _COMMENT.sub("", text.replace(kept, "", 1)).strip()
    if not rest:
        return
    unit = UNITS[level]
    lost = _TAG.search(rest)
    if lost:
        alone = f"以“{{%{level} ”开头的标签每个都要单独占一个{unit}；请" if lost["level"] == level else \
            f"请让“{kept}”单独占一个{unit}，"
        raise TagMisplaced(f"{place}的“{lost[0]}”与“{kept}”在同一个{unit}里：这个{unit}生成时整个删去，只留下“{kept}”，"
                           f"“{lost[0]}”随之删去，不起作用；{alone}把“{lost[0]}”移到另一个{unit}")
    raise TagMisplaced(f"{place}的“{clipped(rest, 40)}”与“{kept}”在同一个{unit}里：这个{unit}生成时整个删去，"
                       f"只留下标签，“{clipped(rest, 40)}”印不出来；请让“{kept}”单独占一个{unit}，把别的内容移到另一个{unit}")


def _check_full_width(place: _Place) -> None:
    """No tag typed with full-width braces (see full_width_braces): Word printed it as text, the field missing."""
    found = full_width_braces.slip(place.text)
    if found:
        raise TagMisplaced(f"{place}中，{full_width_braces.advice(place.text, found)}")


# Word types curly quotes; docxtpl's clean_tags makes them ASCII inside tags before Jinja reads them.
_WORD_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _check_delimiters(place: _Place) -> None:
    """Each `{{`, `{%`, `{#` closes in its own paragraph, before the next one opens. A string in a tag is read
    with Word's curly quotes as docxtpl hands them to Jinja: `replace(“{”, “”)` is a string, no dict opening."""
    text = place.text
    found = first_unclosed(text.translate(_WORD_QUOTES))
    if found:
        raise TagMisplaced(f"{place}的{unpaired(text, found)}（一个标签要在同一段落里写完）")


def places(body, story: str = "正文"):
    """Every paragraph of `body` with its place, in document order (a table's paragraphs in its cells)."""
    tables = {table: number for number, table in enumerate(body.iter(qn("w:tbl")), 1)}
    for paragraph in body.iter(qn("w:p")):
        cell = _ancestor(paragraph, qn("w:tc"))
        row = _ancestor(cell, qn("w:tr"))
        table = _ancestor(row, qn("w:tbl"))
        yield _Place(paragraph, cell, row, table, tables.get(table, 0), _position(row, qn("w:tr")),
                     tc_column(cell) if cell is not None else 0, joined_text(paragraph), story)


def _ancestor(element, tag: str):
    return None if element is None else next(element.iterancestors(tag), None)


def _position(element, tag: str) -> int:
    return 0 if element is None else 1 + sum(1 for _ in element.itersiblings(tag, preceding=True))
