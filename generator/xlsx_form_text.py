"""What the forms print, as a sheet that draws no lines is read by (xlsx_grid): which rows are lines of text.

On a sheet without lines a table's row and a line typed in cells above or under it look alike; the
forms' templates tell them apart:

- the labels a form prints before a field outside its tables (填表人：{{ filled_by }}): a row starting
  with one is a line;
- the labels of its tables' cells (项目名称, 一级指标): a table of the form starts at a row showing one,
  so rows right above it that read as a line of the form are none of its rows; those of its header rows
  (rows of labels alone: 一级指标 | 二级指标 | …) start a table or a block of one, which a blank row above
  does not cut from the table it goes on;
- the lines a form prints outside its tables, each field as its kind is typed (the year in digits,
  a code by its pattern): a title typed into a cell, `单位：万元`, or `{{ unit_code }}{{ unit }}` typed
  as two cells side by side (564301 | 某单位), which Word prints as one paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from .docx_line_regex import ANY, LABEL_END, segments_regex
from .docx_match_types import Binding, spec_path
from .docx_pattern import CellPattern, Line, Loop, RowPattern, TablePattern, fold, literal_regex, norm, walk


_CELLS = "\t"  # between a row's cells, as `lines` reads them: no field's value holds one
_TEXT = r"[^\n\t]*?"  # a text field's value, within one cell
_NAME = r"[^\W\d_][^\n\t]*"  # one beside other fields only, a name: 564301 | 某单位, not 2 | .受… or 13 | .00


@dataclass(frozen=True)
class FormText:
    """What the forms print, as `form_text` reads it from their templates."""

    labels: re.Pattern | None = None  # a line starts with one: 填表人, 填报单位(盖章)
    table_labels: frozenset[str] = field(default_factory=frozenset)  # as `label_key` makes them: 项目名称
    lines: re.Pattern | None = None   # a row of the forms' lines, however its cells split them (`_lines`)
    worded: re.Pattern | None = None  # the same, one of them with words of its own (a title, 单位：万元)
    header_labels: frozenset[str] = field(default_factory=frozenset)  # those of header rows: 一级指标, not 产出指标

    def shows_table_label(self, texts: Iterable[str]) -> bool:
        return any(label_key(text) in self.table_labels for text in texts)

    def shows_header_label(self, texts: Iterable[str]) -> bool:
        """Whether a row shows a label of the forms' header rows (rows of labels alone: 一级指标 | 二级指标 | …), where a
        table or a block of one starts; a category a row of indicators prints (产出指标, 质量指标) is none."""
        return any(label_key(text) in self.header_labels for text in texts)

    def reads_as(self, cells: list[str]) -> str | None:
        """How a row's cells holding text read as lines of the forms, one after another (564301 | 某单位 |
        单位：万元), none of their fields split over two cells: "words" when one of them has words of its own,
        "fields" when they are fields alone (564301 | 某单位), None when they are none of the forms' lines."""
        text = fold(_CELLS.join(cells))
        if self.worded is not None and self.worded.fullmatch(text):
            return "words"
        return "fields" if self.lines is not None and self.lines.fullmatch(text) else None


def label_key(text: str) -> str:
    """A label as compared: folded, without whitespace or a trailing colon (项目名称：, 项目 名称)."""
    return norm(text).rstrip(":")


def form_text(forms: Iterable[tuple[list, Binding]]) -> FormText:
    """What the forms' patterns print, each with the binding that says how its fields look (import_fields.Fields)."""
    forms = list(forms)
    worded, fields = _lines(forms)
    line = "(?:" + "|".join(worded + fields) + ")"
    return FormText(line_labels(pattern for pattern, _ in forms), frozenset(_table_labels(p for p, _ in forms)),
                    re.compile(f"{line}(?:{_CELLS}{line})*") if worded + fields else None,
                    re.compile(f"(?:{line}{_CELLS})*(?:{'|'.join(worded)})(?:{_CELLS}{line})*") if worded else None,
                    frozenset(_header_labels(p for p, _ in forms)))


def line_labels(patterns: Iterable[list]) -> re.Pattern | None:
    """The labels the forms print before a field outside their tables (填表人：{{ filled_by }}, 填报单位(盖章)
    {{ stamp_unit }}), as a cell's text starts with one, its colon typed or not as the Word side reads it
    (docx_line_regex.LABEL_END); None when there are none. A label any of the forms' tables has too is left out:
    a row starting with it may be that table's."""
    patterns = list(patterns)
    inside = _table_labels(patterns)
    outside: dict[str, str] = {}
    for pattern in patterns:
        for line, _ in _outside_lines(pattern, {}, None):
            if len(line.segments) > 1 and isinstance(line.segments[0], str) and getattr(line.segments[1], "path", None):
                label = fold(line.segments[0]).strip().rstrip(":").strip()
                if re.search(r"\w", label):
                    outside[norm(label)] = label
    kept = sorted((label for key, label in outside.items() if key not in inside), key=len, reverse=True)
    return re.compile("(?:" + "|".join(literal_regex(label) for label in kept) + ")" + LABEL_END) if kept else None


def _table_labels(patterns: Iterable[list]) -> set[str]:
    return {label_key(cell.label) for pattern in patterns for table in _tables(pattern) for cell in walk(table.items)
            if isinstance(cell, CellPattern) and cell.label and label_key(cell.label)}


def _header_labels(patterns: Iterable[list]) -> set[str]:
    """The labels of the forms' header rows: rows every cell of which is a label (docx_row_labels `static_row`)."""
    return {label_key(cell.label) for pattern in patterns for table in _tables(pattern) for row in walk(table.items)
            if isinstance(row, RowPattern) and all(cell.label is not None for cell in row.cells)
            for cell in row.cells if label_key(cell.label)}


def _tables(items: list):
    for item in items:
        if isinstance(item, Loop):
            yield from _tables(item.body)
        elif isinstance(item, TablePattern):
            yield item


def _outside_lines(items: list, scope: dict, binding: Binding | None):
    """Each line printed outside the tables, with the scope its loop variables stand for (the first item)."""
    for item in items:
        if isinstance(item, Loop):
            inner = scope
            if binding is not None:
                inner = {**scope, item.var: binding.list_path(spec_path(item.source.path, scope)) + (0,)}
            yield from _outside_lines(item.body, inner, binding)
        elif isinstance(item, Line):
            yield item, scope


def _lines(forms: list[tuple[list, Binding]]) -> tuple[list[str], list[str]]:
    """The regexes of the forms' lines outside their tables that not any text fits: those with words of their
    own, and those of fields alone, one a field that holds what its kind does (digits in 564301 for
    `{{ unit_code }}{{ unit }}`) and its text fields a name; a line of text fields alone is left out. A row's
    cells may split a line before a field."""
    worded, fields = [], []
    for pattern, binding in forms:
        for line, scope in _outside_lines(pattern, {}, binding):
            has_words, kinds = bool(norm(line.text)), []

            def field_regex(path: tuple, binding=binding, has_words=has_words, kinds=kinds) -> str:
                kinds.append(binding.regex(path, True))
                return _CELLS + "?(?:" + ((_TEXT if has_words else _NAME) if kinds[-1] == ANY else kinds[-1]) + ")"

            # one line's groups are named as another's: unnamed, the lines make one regex
            regex = re.sub(r"\(\?P<g[0-9]+>", "(?:", segments_regex(line.segments, scope, {}, field_regex))
            if has_words:
                worded.append(regex)
            elif not all(re.fullmatch(kind, "") for kind in kinds):
                fields.append(regex)
    return worded, fields
