"""The spec's data from what docx_match found in an imported file, and the notes on what was decided on the
way: a field found twice with two values (the first place kept), a one-line field typed over lines (joined),
blank cells under a merged category read as the group above, rows copied and left unchanged.

Kept apart from the importer's reading and recognising: this is where a value is chosen, the place to
look when an imported spec holds something other than what the file shows.

An item read without a name where the form's row wants one is IMPORT-NO-NAME, naming the file's row, on a form whose
schema lets the name be empty too; an indicator with no value named after another category of the frame (成本指标 on
the row printed for an empty 质量指标), or one with values named after a category (数量指标; or 产出指标 where the frame
has it as 完成指标), is IMPORT-CATEGORY-NAME.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

from .datapath import json_path
from . import datapath
from .amount_places import in_wan
from .cell_ranges import ranges
from .docx_line_regex import segments_regex
from .docx_match_types import Capture, CellPlace, QuotedRow, Result, where_row
from .docx_pattern import fold, parse_segments, unnumbered
from .file_name_years import years_named
from .filled_text import typed_none
from .import_fields import Fields
from .import_file_kinds import FileKind
from .lint import terms
from .lint.config import value_columns
from .model import DEFAULT_MERGE
from .note_text import note_reading, quoted_note, read_as_though
from .problems import Problem, Severity, clipped
from .row_conditions import empty_by_condition
from .variants import Variant
from .year_digits import ascii_shadow

COPIED_ROW = "IMPORT-COPIED-ROW"
"""A row that repeats an earlier one in every column (`_copied_rows`)."""


def _set(data: dict, path: tuple, value: Any) -> None:
    """`value` put at `path` in `data`, the lists and mappings on the way made where missing. A template printing an
    item or a group whole (`{{ indicators[0] }}`, `{{ basic_info }}`) as well as its fields reads both: the fields are
    kept, in whichever order the two were read, and the text read whole is dropped. Stepping into that text was a
    TypeError, jixiao's internal error (exit 4), and the text read after the fields put in their place left the spec
    without them (基本信息 read as a blank, its 人数 lost)."""
    node: Any = data
    for step, following in zip(path, path[1:] + (None,)):
        fresh = value if following is None else ([] if isinstance(following, int) else {})
        if isinstance(node, list):
            node.extend([None] * (step + 1 - len(node)))
        held = node[step] if isinstance(node, list) else node.get(step)
        if not isinstance(held, (list, dict)) or following is None and isinstance(value, (list, dict)):
            node[step] = fresh
        node = node[step]


def empty(value: Any) -> bool:
    """Nothing read: no value, or a cell's empty text (a field left blank is not a conflict, nor a field found)."""
    return value is None or value == ""


def _beside(where: str, other: str) -> str:
    """A row's place as said next to another's: `第 3 行` where both are rows of one table (第 2 张表第 3 行)."""
    own, theirs = re.fullmatch(r"(.*?)(第 \d+ 行)", where), re.fullmatch(r"(.*?)(第 \d+ 行)", other)
    return own[2] if own and theirs and own[1] == theirs[1] else where


def short(text: str) -> str:
    """What was read, on one line and cut at 40 characters: how import's messages quote a cell or a row. A row's " | "
    between cells (docx_row_labels `row_text`) counts as the one space that joined them before, so that a row quoted so
    keeps as many of its words: the label retyped at the end of a header row was cut off."""
    text = " ".join(text.split())
    kept, left = [], 40
    for piece in text.split(" | "):
        if len(piece) > left:
            return " | ".join(kept + ([piece[:left]] if left > 0 else [])) + "…"
        kept.append(piece)
        left -= len(piece) + 1
    return text


def value_at(data: dict, path: tuple) -> Any:
    """The data's value at `path`, None where the data has no such place (a list read shorter, a section not read)."""
    try:
        return datapath.get(data, path)
    except (KeyError, IndexError, TypeError):
        return None


FILE_NAME = "文件名"
"""Where a field read from a file's name in the form's shape is said to come from (Capture.where)."""


def file_name_captures(source: str, variant: Variant, fields: Fields) -> list[Capture]:
    """Fields read from the file's name when it follows the variant's `file_name` pattern; else its year alone,
    where the name writes one plausible year (file_name_years), said to come from that piece of it. A name writing
    several years gives nothing: import_notes names them all (IMPORT-MISSING) rather than pick one.

    Some forms never print a field (a form without the year on it); a file jixiao built is
    named by the profile's pattern, so the name still carries it. The name is read on its ASCII shadow, so a year
    in Chinese numerals (二〇二三年度) is a year; a number the pattern lets be empty is no reading of it.
    """
    stem = Path(source).stem
    years = years_named(stem)
    if len(years) > 1:  # `某单位2023-2024年度…` fits the shape, the unit taking `2023-`: which year is the form's?
        return []
    shadow = ascii_shadow(fold(stem))
    slots, m = _file_name_match(shadow, variant, fields, True)
    numbers = [name for name, path in slots.items() if fields.kind(path) in ("amount", "integer")]
    if m and all(m.start(name) < m.end(name) for name in numbers if m.start(name) >= 0):
        return [Capture(path, [(shadow if name in numbers else stem)[m.start(name):m.end(name)]], FILE_NAME)
                for name, path in slots.items() if m.start(name) >= 0]
    paths = [path for path in fields.in_file_name if fields.kind(path) == "integer"]
    if not years or len(paths) != 1:
        return []
    year, written = years[0]
    return [Capture(paths[0], [str(year)], f"{FILE_NAME}“{Path(source).name}”里的“{written}”")]


def in_file_name_shape(source: str, variant: Variant, fields: Fields) -> bool:
    """Whether the file's name is written as the form names its files, whatever its fields hold (an empty year)."""
    return _file_name_match(ascii_shadow(fold(Path(source).stem)), variant, fields, False)[1] is not None


def _file_name_match(shadow: str, variant: Variant, fields: Fields, strict: bool) -> tuple[dict, re.Match | None]:
    slots: dict[str, tuple] = {}
    pattern = parse_segments(variant.file_name, parse_segments(variant.title))  # `{{ title }}` is the title's fields
    regex = segments_regex(pattern, {}, slots, lambda path: fields.regex(path, strict, signed=False))
    return slots, re.fullmatch(regex, shadow)


def spec_data(source: str, found: Result, fields: Fields, kind: FileKind, named: list[Capture],
              in_yuan: dict[int, str]) -> tuple[dict, list[Problem]]:
    """The spec's data from what was found; `named` fills gaps; the amounts of the captures `in_yuan` (by id)
    were typed in the unit it gives them (元, 千元) and are read in 万元 (amounts_in_yuan).

    Where a field is found twice, a cell holding it alone wins over a sentence it sits in (the
    table's 部门名称 over the title), then the first place in the document.
    """
    data: dict = {"form": fields.variant.name}
    seen: dict[tuple, tuple[Any, str]] = {}
    notes = []
    for capture in sorted(found.captures, key=lambda c: not c.whole):
        if capture.lines is None:
            if not _has(data, capture.path):
                _set(data, capture.path, [])
            continue
        value = fields.value(capture.path, capture.lines)
        why = _note_in_place(capture, value, fields, found)
        if why is not None:
            notes.append(_read_though_a_note(source, capture, value, why, fields))
        if id(capture) in in_yuan and isinstance(value, Decimal):
            value = in_wan(value, in_yuan[id(capture)])
        if capture.path in seen:
            first, where = seen[capture.path]
            if empty(value) or first == value:
                continue
            if not empty(first):
                notes.append(_conflict(source, fields, capture.path, (first, where), (value, capture.where)))
                continue
        seen[capture.path] = (value, capture.where)
        _set(data, capture.path, value)
        if isinstance(value, str) and "\n" not in value and sum(bool(x.strip()) for x in capture.lines) > 1:
            notes.append(_line_break(source, capture, fields, value))
    # the name fills a gap; a year in it other than the document's is told, as two places (not a name's unit, which
    # the name's shape reads loosely: 某单位-2023年度… gives `某单位-`)
    for capture in named:
        value, (first, where) = fields.value(capture.path, capture.lines), seen.get(capture.path, (None, ""))
        if empty(first):
            _set(data, capture.path, value)
        elif fields.kind(capture.path) == "integer" and not empty(value) and value != first:
            named_in = f"文件名“{Path(source).name}”里" if capture.where == FILE_NAME else capture.where
            notes.append(_conflict(source, fields, capture.path, (first, where), (value, named_in)))
    filled, unguessed = _carry_down(data, fields.variant, found.right_under, found.over_join)
    notes += _carried_down(source, found, fields, kind, data, filled)
    notes += _not_carried(source, found, fields, data, unguessed)
    # by the item itself: dropping placeholder rows moves the items after them
    read_from = {id(item): row for path, row in found.item_rows.items()
                 if isinstance(item := value_at(data, path), dict)}
    notes += [_category_row(source, path, item, words, read_from, fields)
              for path, item, words in _drop_placeholders(data, fields.variant) if id(item) in read_from]
    named = _category_names(source, data, read_from, fields)
    notes += list(named.values()) + _none_values(source, data, read_from, fields, set(named))
    lists = dict.fromkeys(path[:-1] for path in found.item_rows)
    notes += [note for path in lists for note in _copied_rows(source, data, path, read_from, fields)]
    # the lower row of a pair shaped like a row cut at a page break and kept as two: IMPORT-MAYBE-CUT names it
    told = {where_row(pair.lower_table or pair.table, pair.second) for pair in found.split_rows
            if pair.cut and not pair.joined}
    return data, notes + [note for path in lists for note in _unnamed(source, data, path, read_from, told, fields)]


def _conflict(source: str, fields: Fields, path: tuple, kept: tuple[Any, str], other: tuple[Any, str]) -> Problem:
    """A warning that a field was read as two values, each (value, where): the first `kept`, for the clerk to check."""
    name = fields.store.field_name(fields.file, path)
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-CONFLICT",
                   f"{name} 在{kept[1]}是“{short(str(kept[0]))}”，在{other[1]}却是“{short(str(other[0]))}”；已采用前者，请核对")


def _note_in_place(capture: Capture, value: Any, fields: Fields, found: Result) -> str | None:
    """Why a text filling a field's own cell alone reads like a note typed there (note_text), or None. Only a text
    field of several lines (年度目标, 总体绩效目标: not a name, a code or a phone) printed on a row of its own, not in
    a list's row: a clerk leaving such a field blank for now may type why in its place (（年度目标待局党组会审定后补填）).
    The text is read as the field all the same: real targets open so too (以下三个方面：…, 说明会、推介会…, a target
    wholly in brackets), and dropped they survived nowhere."""
    if not (capture.whole and capture.place is not None and isinstance(value, str) and fields.kind(capture.path) == "text"
            and not fields.one_line(capture.path) and capture.path[:-1] not in found.item_rows):
        return None
    return note_reading(value)


def _read_though_a_note(source: str, capture: Capture, value: str, why: str, fields: Fields) -> Problem:
    """A warning that a text in a field's own cell that reads like a note (`_note_in_place`) was read as the field."""
    title = fields.title(capture.path)
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-NOTE",
                   f"{capture.where}的“{quoted_note(value)}”填在{title}的格里，{read_as_though(title, why)}")


def _line_break(source: str, capture: Capture, fields: Fields, value: str) -> Problem:
    """A warning that a one-line field typed over lines in its cell (`Fields.one_line`) was read as one line:
    the join is import's guess (no space between Chinese characters), for the clerk to check."""
    name = fields.store.field_name(fields.file, capture.path)
    count = sum(bool(line.strip()) for line in capture.lines)
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-LINE-BREAK",
                   f"{name}：{capture.where}的这一栏分成了 {count} 行（格子里按了 Alt+Enter 或换行），表上这一栏只印一行，"
                   f"已接成一行读入：“{short(value)}”；请核对")


def _copied_rows(source: str, data: dict, path: tuple, read_from: dict[int, QuotedRow],
                 fields: Fields) -> list[Problem]:
    """A warning for each item of a list read from a row that repeats an earlier one in every column.

    A clerk adds an indicator by copying a row in Word or Excel and forgets to change the copy: the
    spec got the same indicator twice and import said nothing (lint's A8 names a repeated 三级指标
    in the spec, not the row of the file it was copied in). Both are kept, as the form prints them:
    which one was meant to be new is the clerk's to say. Each warning's path is the copy's, whose SAME-NAME (the
    spec's own check, at the spec's line) the import leaves out: it says the same slip, less well.
    """
    items = value_at(data, path)
    notes = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        first = next((k for k, other in enumerate(items[:index]) if other == item), None)
        if first is None or id(item) not in read_from or id(items[first]) not in read_from:
            continue
        row, earlier = read_from[id(item)], read_from[id(items[first])]
        name = fields.store.field_name(fields.file, path)
        notes.append(Problem(
            source, 0, 0, Severity.WARNING, COPIED_ROW,
            f"{row.where}与{_beside(earlier.where, row.where)}每一栏都相同（“{short(row.text)}”），像是复制了一行却没有改："
            f"“{name}”读进了相同的两项（第 {first + 1} 项和第 {index + 1} 项）；"
            "如果要新增一项，请在规格中把其中一项改成它的内容，否则删去一项", json_path(path + (index,))))
    return notes


def _carry_down(data: dict, variant: Variant, right_under: set[tuple], over_join: set[tuple]) -> list[tuple]:
    """A blank cell of a column the form merges down (profile `merge`: 一级, 二级 指标) right under a filled one
    (`right_under`: the row directly below, in the same table) is the same group, as a person reads it: what
    Word's "split cells" and Excel's 取消合并 leave of a merge (the text kept in the top cell only), and how many
    forms are typed without merging at all. Under anything else (a header, a row read as none of the items,
    the end of a table) it is not known which group it is in, and it is left blank for validate to name.
    Returns the paths filled so, but those in rows printed only for an empty category, which are then dropped
    (`_drop_placeholders`): no cell of them is read into the spec; and but those filled from over a table's join
    (`over_join`: the first item of a table carrying on the one above, and the blank cells under it that go on with
    it), which IMPORT-TABLE-CONTINUED already explains: told again as a merge unmerged, the one join had two notes.
    Also returns the cells left blank where the guess is known wrong, for `_not_carried`: (item's path, key, the value
    above, whether the row's 二级 is of another 一级 (`_other_group`) rather than under an empty category's row
    (`_empty_category_above`)) each."""
    filled, joined, unguessed = [], set(), []
    for table, path, items in _indicator_lists(data, variant):
        merged = table.get("merge", DEFAULT_MERGE)
        frame = _frame(variant, table)
        for index in range(1, len(items)):
            above, row = items[index - 1], items[index]
            if path + (index,) not in right_under or not isinstance(above, dict) or not isinstance(row, dict):
                continue
            for depth, key in enumerate(merged):
                same_outer = all(row.get(k) == above.get(k) for k in merged[:depth])
                if empty(row.get(key)) and not empty(above.get(key)) and same_outer:
                    other = _other_group(above[key], row, key, frame)
                    if other or _empty_category_above(above, key, merged):
                        unguessed.append((path + (index,), key, above[key], other))
                        break
                    row[key] = above[key]
                    if path + (index,) in over_join or path + (index - 1, key) in joined:
                        joined.add(path + (index, key))
                    elif not _only_categories(row, merged):
                        filled.append(path + (index, key))
    return filled, unguessed


def _indicator_lists(data: dict, variant: Variant) -> Iterator[tuple[dict, tuple, list]]:
    """Each list of indicators read into `data`, as (its indicator table in the profile, its path, its items): a
    table's `path` reaches one list per project where projects are a list (`projects.*.indicators`). What is found
    there but not a list has no items to look at. One walk for every check of the lists read, and the one place that
    skips what is not a list."""
    for table in variant.indicator_tables:
        for path, items in datapath.find(data, table["path"]):
            if isinstance(items, list):
                yield table, path, items


@dataclass(frozen=True)
class _Frame:
    """The categories of an indicator table's frame, as compared (`_unnumbered`): its (一级, 二级) `pairs`, for whether a
    row's 二级 is of the 一级 above (`_other_group`), and each column's names (`columns`: level1, level2), for whether a
    word is a category at all (`_unkept`, `_category_names`). Read from the profile by `_frame` alone."""

    pairs: frozenset[tuple]
    columns: dict[str, frozenset]


def _frame(variant: Variant, table: dict) -> _Frame:
    """The frame of one of the variant's indicator tables (profile `frame`; none: no category known)."""
    entries = variant.frames.get(table.get("frame"), [])
    pairs = frozenset((_unnumbered(entry.get("level1")), _unnumbered(level2)) for entry in entries
                      for level2 in entry.get("level2", []))
    return _Frame(pairs, {"level1": frozenset(_unnumbered(entry.get("level1")) for entry in entries),
                          "level2": frozenset(level2 for _, level2 in pairs)})


def _empty_category_above(above: dict, key: str, merged: list[str]) -> bool:
    """Whether the row above is one printed for an empty category (`_only_categories`) and `key` is that category's
    column: a clerk's cleared 社会效益指标 under the form's empty 经济效益指标 row was read as 经济效益指标 with only a hint
    (IMPORT-UNMERGED), a category the form says has no indicator."""
    return _only_categories(above, merged) and key == next(k for k in reversed(merged) if not empty(above.get(k)))


def _other_group(level1: Any, row: dict, key: str, frame: _Frame) -> bool:
    """Whether `level1` read into the row's blank 一级 cell (`key`) leaves its own 二级 under a 一级 the frame does not
    put it under (经济效益指标 under 完成指标: the row opens another 一级 group), which was read so with only a hint and
    left for validate to find at the spec's line."""
    level2 = _unnumbered(row.get("level2"))
    return key == "level1" and not empty(level2) and level2 in frame.columns["level2"] \
        and (_unnumbered(level1), level2) not in frame.pairs


def _not_carried(source: str, found: Result, fields: Fields, data: dict, unguessed: list[tuple]) -> list[Problem]:
    """A warning for each blank category cell `_carry_down` did not read as the group above, the guess known wrong:
    the row, the column, why, and what to fill in; validate then names the spec's blank field."""
    notes = []
    for path, key, above, other in unguessed:
        title, level2 = fields.title(path + (key,)), fields.title(path + ("level2",))
        why = (f"这一行的{level2}“{value_at(data, path + ('level2',))}”不属于上方一行的“{above}”" if other
               else f"上方一行是表样为空着的“{above}”印的一行（没有指标），这一行不在其中")
        notes.append(Problem(source, 0, 0, Severity.WARNING, "IMPORT-UNMERGED",
                             f"{found.item_rows[path].where}的{title}是空的，没有按上方一行读入：{why}；"
                             f"请在规格中填上这一项的{title}"))
    return notes


def _carried_down(source: str, found: Result, fields: Fields, kind: FileKind, data: dict,
                  filled: list[tuple]) -> list[Problem]:
    """One note for the blank cells `_carry_down` read as the group above: a guess, however likely, and the
    clerk is the one to know a category left blank on purpose. It lists them as ranges by what each was read
    as, column by column in the form's order (一级指标 C18:C29 读作“产出指标”): named by the first cell and a
    count, a wrong guess (a group's top row deleted, its rows read as the group above) could not be found. The count
    is of the document's cells (`_cells_counted`)."""
    if not filled:
        return []
    places = {capture.path: capture.place for capture in found.captures if capture.place is not None}
    order = {key: i for table in fields.variant.indicator_tables
             for i, key in enumerate(table.get("merge", DEFAULT_MERGE))}
    columns: dict[str, dict[str, list[tuple]]] = {}
    for path in sorted(filled, key=lambda p: order.get(p[-1], len(order))):
        columns.setdefault(fields.title(path), {}).setdefault(str(value_at(data, path)), []).append(path)
    sheets = list(dict.fromkeys(places[path].table.where for path in filled if path in places))
    sheet = sheets[0] if len(sheets) == 1 else None  # said once, before the columns
    said = "；".join(f"{title} " + "，".join(f"{_cells(found, places, paths, sheet)} 读作“{clipped(value, 12)}”"
                                            for value, paths in values.items())
                    for title, values in columns.items())
    titles = "".join(f"“{title}”" for title in columns)
    return [Problem(
        source, 0, 0, Severity.INFO, "IMPORT-UNMERGED",
        f"{sheet + '的' if sheet else ''}{titles}有 {_cells_counted(places, filled)} 格是空的，当作{kind.unmerge}后留下的空格"
        f"（{kind.unmerge}后只有最上面一格留有文字），按上方最近填了的一格读入：{said}；"
        "如果哪一格本不属于那一类，请在规格中改正")]


def _cells_counted(places: dict[tuple, CellPlace], paths: list[tuple]) -> int:
    """How many cells of the document the fields at `paths` were read from: a blank cell merged down over rows is one
    (the rows continuing it share its `lines`). A row inserted inside a merge unmerged, as WPS inserts one, leaves
    the merge under it blank: each of its rows was counted, 27 格是空的 said of one row added."""
    return len({id(places[path].cell.lines) if path in places else path for path in paths})


def _cells(found: Result, places: dict[tuple, CellPlace], paths: list[tuple], sheet: str | None) -> str:
    """The cells at `paths` as ranges (cell_ranges; `sheet` already said), one not read from a table cell by its row."""
    ranged = ranges([places[path] for path in paths if path in places], sheet)
    return "、".join(filter(None, [ranged] + [found.item_rows[path[:-1]].where for path in paths if path not in places]))


def _has(data: Any, path: tuple) -> bool:
    try:
        datapath.get(data, path)
        return True
    except (KeyError, IndexError, TypeError):
        return False


def _drop_placeholders(data: dict, variant: Variant) -> list[tuple[tuple, dict, list[str]]]:
    """Rows printed only for an empty 二级 category (no indicator, no value) are not indicators: they are dropped.
    Returns those of them holding words the spec is then left without (`_unkept`), each with its path as read and
    those words, for a warning: dropped silently, a 重点工作 typed on a row of its own, or a 二级 of the clerk's with
    no indicator under it yet, was lost without a word."""
    dropped = []
    for table, path, items in _indicator_lists(data, variant):
        merged = table.get("merge", DEFAULT_MERGE)
        frame = _frame(variant, table)
        kept = [item for item in items if not _only_categories(item, merged)]
        dropped += [(path + (index,), item, words) for index, item in enumerate(items)
                    if _only_categories(item, merged) and (words := _unkept(item, kept, frame, merged))]
        items[:] = kept
    return dropped


def _unkept(row: dict, kept: list, frame: _Frame, merged: list[str]) -> list[str]:
    """The words of a dropped category row that are neither categories of the form's frame (a row the form prints for
    an empty category holds only those), nor its name typed as its own category (`_own_category`: kept as that), nor
    in the same column of an item kept: what the spec would not hold. All are compared without a list's number
    (`_unnumbered`): a row labelling its group 一、产出指标 holds 产出指标."""
    return [str(value) for key, value in row.items()
            if not _blank(value) and _unnumbered(value) not in frame.columns.get(key, ())
            and not (key == _NAME and _own_category(row, value, merged))
            and not any(isinstance(item, dict) and _unnumbered(item.get(key)) == _unnumbered(value) for item in kept)]


def _unnumbered(value: Any) -> Any:
    """A category's words as compared (docx_pattern `unnumbered`); other values (None, an amount) as they are."""
    return unnumbered(value) if isinstance(value, str) else value


def _category_row(source: str, path: tuple, row: dict, words: list[str], read_from: dict[int, QuotedRow],
                  fields: Fields) -> Problem:
    """A warning that a row with only categories filled in, some of its words found nowhere else, was not read as an
    item: where it is, what it left out, and what to fill in for it to be one."""
    filled = "、".join(fields.title(path + (key,)) for key, value in row.items() if not empty(value))
    blank = "、".join(fields.title(path + (key,)) for key, value in row.items() if empty(value))
    quoted = "”“".join(short(word) for word in words)
    name = fields.store.field_name(fields.file, path[:-1])
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-CATEGORY-ROW",
                   f"{read_from[id(row)].where}只填了{filled}（“{short(read_from[id(row)].text)}”），{blank}都空着，"
                   f"不是一项“{name}”，没有读进规格（其中的“{quoted}”规格里没有）；如果它是一项，请在表上补上它的{blank}"
                   "后再导入，或在规格中补上这一项")


def _unnamed(source: str, data: dict, path: tuple, read_from: dict[int, QuotedRow], told: set[str],
             fields: Fields) -> list[Problem]:
    """A warning for each item of a list read from a row with something filled but no name (`_ITEM_NAME`), where
    the form wants one (no condition of its schema lets this row go without, as a 满意度 row may).

    Such a row is mostly the rest of the row above, cut at a page break where no rule of docx_split_rows could
    tell: on a form whose schema lets a name be "" the spec got an item without a name and import said
    nothing; where the schema refuses it, its error names the spec's line, not the row of the file to look at."""
    items = value_at(data, path)
    notes = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        row = read_from.get(id(item))
        if row is None or row.where in told or not isinstance(item, dict) or not empty(item.get(_NAME, 0)) \
                or all(empty(value) for key, value in item.items() if key not in (*DEFAULT_MERGE, _NAME)) \
                or empty_by_condition(fields.store, fields.file, path + (index,), item, _NAME):
            continue
        title, listed = fields.title(path + (index, _NAME)), fields.title(path)
        notes.append(Problem(source, 0, 0, Severity.WARNING, "IMPORT-NO-NAME",
                             f"{row.where}没有填{title}（这一行是“{short(row.text)}”），读成了一项没有{title}的"
                             f"{listed}；表上这一行要写{title}：请在规格中补上；如果它是上一行在分页处断开的后半，"
                             "请把它的内容并入上一项，删去这一项"))
    return notes


_NAME = "name"
"""The key of an item's own name in every form's schema (三级指标, a task's 名称)."""


def _category_names(source: str, data: dict, read_from: dict[int, QuotedRow], fields: Fields) -> dict[int, Problem]:
    """A warning for each indicator read with a category of the form's frame as its name (IMPORT-CATEGORY-NAME), by
    the item's id: with no value (`_blank`) and none of its own categories, `_another_category`'s; with values,
    `_named_as_category`'s, of a category of the national frame too (`_general_level`). A row with its own category
    as its name and no value is the form's row for an empty category, dropped before."""
    notes = {}
    for table, path, items in _indicator_lists(data, fields.variant):
        merged = table.get("merge", DEFAULT_MERGE)
        known = _frame(fields.variant, table).columns
        for index, item in enumerate(items):
            row = read_from.get(id(item))
            if row is None or not isinstance(item, dict) or empty(item.get(_NAME)):
                continue
            level = next((key for key, names in known.items() if _unnumbered(item[_NAME]) in names), None)
            if not all(_blank(value) for key, value in item.items() if key not in (*merged, _NAME)):
                if level := level or _general_level(item[_NAME]):
                    notes[id(item)] = _named_as_category(source, path + (index,), item, level, row, fields)
            elif level is not None and not _own_category(item, item[_NAME], merged):
                notes[id(item)] = _another_category(source, path + (index,), item, merged, row, fields)
    return notes


def _general_level(name: Any) -> str | None:
    """The column (level1, level2) of the national 指标体系's category (lint terms, as A4 weighs a 三级指标) that `name`
    is the whole name of, or None: 产出指标 typed as an indicator's name on a form whose frame calls it 完成指标, or has
    no such 一级, came in without a word, for A4 alone to name at the spec's line. A 一级 before a 二级 (成本指标 is
    both). Only a whole name, ending in 指标: a bare 满意度 names an indicator of a reference form, and is left to A4.
    Not for a row without a value: the form's frame says which empty row such a name may be (`_another_category`)."""
    typed = _unnumbered(str(name))
    stemmed = terms.stem(typed)
    if stemmed == typed:
        return None
    return "level1" if stemmed in terms.LEVEL1_ROLES else "level2" if stemmed in terms.LEVEL2_ROLES else None


def _named_as_category(source: str, path: tuple, item: dict, level: str, row: QuotedRow, fields: Fields) -> Problem:
    """An indicator with values named after a category of the frame, or of the national one (`_general_level`): 数量指标
    typed under 三级指标, beside 5次, came in silently as an indicator named 数量指标, a name that says nothing of what
    is measured. It is read as typed, the values kept; the warning names the row, the column the name belongs to, and
    what the name should say."""
    name, title = short(str(item[_NAME])), fields.title(path + (_NAME,))
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-CATEGORY-NAME",
                   f"{row.where}的{title}是“{name}”（这一行是“{short(row.text)}”），这是指标体系中{fields.title(path + (level,))}"
                   f"的名称，不是一项具体的{title}，已按表上读成一项名为“{name}”的{fields.title(path[:-1])}；{title}要写这项"
                   f"指标考核的具体内容：请在规格中改写它的{title}")


def _another_category(source: str, path: tuple, item: dict, merged: list[str], row: QuotedRow,
                      fields: Fields) -> Problem:
    """An indicator read from a row with no value whose name is a category of the form's frame but none of its own
    (成本指标 typed on the row printed for an empty 质量指标): read as an indicator named 成本指标 under 质量指标
    without a word. Whether the clerk meant that category's empty row or an indicator is not known, so it is read
    as typed and the warning gives both ways to put it right."""
    own = next((key for key in reversed(merged) if not empty(item.get(key))), None)
    category = f"“{item[own]}”" if own else ""
    under = f"{fields.title(path + (own,))}{category}下" if own else ""
    blank = "、".join(fields.title(path + (key,)) for key in item if key not in (*merged, _NAME))
    name, title = short(str(item[_NAME])), fields.title(path + (_NAME,))
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-CATEGORY-NAME",
                   f"{row.where}的{title}是“{name}”（这一行是“{short(row.text)}”），这是指标体系中"
                   f"另一类的名称，{blank}都没有填，已读成{under}一项名为“{name}”的{fields.title(path[:-1])}；"
                   f"如果这一行只是表样为空着的{category}印的一行（没有指标），请在规格中删去这一项；"
                   f"如果它是一项指标，请在规格中改写它的{title}，补上{blank}")


def _none_values(source: str, data: dict, read_from: dict[int, QuotedRow], fields: Fields,
                 told: set[int]) -> list[Problem]:
    """A warning for each indicator with "none" typed in its value cells (`_blank`: 验收合格率 | / | /), the cells read
    as empty: / was kept as the value, which lint then weighed as a target (B2, B7: "/" is no figure) where the
    indicator has none, as on the row a form prints for an empty category, whose / is read as nothing already. Its
    name kept, the indicator stays, for the clerk to give it a value or delete it. An item `told` of by id
    (IMPORT-CATEGORY-NAME, which says its values are blank) is read so without a second warning on its row.

    Only the form's value columns (`value_columns`), and only where none of them holds a value: a / beside a value
    (半年 / with 全年 ≥95%) says that one period has no target, and emptied it became A10's error, the advice to
    delete the indicator wrong; a / in 绩效指标描述 was told as a missing 指标值. Those are kept as typed: emptied, such a
    description is a required text left empty (the schema's error, an import failing on a form complete as printed),
    where no rule weighs it as a target and lint's A12 tells it as no description; it prints back as the clerk
    printed it."""
    notes = []
    values = [column["key"] for column in value_columns(fields.variant.profile)]
    for _, path, items in _indicator_lists(data, fields.variant):
        for index, item in enumerate(items):
            row = read_from.get(id(item))
            if row is None or not isinstance(item, dict) or not all(_blank(item.get(key)) for key in values):
                continue
            typed = [key for key in values if not empty(item.get(key))]
            if not typed:
                continue
            said = "、".join(f"{fields.title(path + (index, key))}“{item[key]}”" for key in typed)
            for key in typed:
                item[key] = ""
            if id(item) in told:
                continue
            notes.append(Problem(source, 0, 0, Severity.WARNING, "IMPORT-NONE-VALUE",
                                 f"{row.where}（“{short(row.text)}”）的{said}表示没有，读作空着；"
                                 f"一项{fields.title(path)}要有指标值：请在规格中填上，这项指标不适用的请删去这一项"))
    return notes


def _only_categories(item: Any, merged: list[str]) -> bool:
    """Whether an item is a row printed only for an empty category: nothing filled (`_blank`: a slash typed for none is
    nothing) but its `merged` columns, and a name that is one of them typed again (`_own_category`).

    质量指标 typed into the 三级指标 cell of the row a form prints for an empty 质量指标, as if the row wanted its name
    there, was read as an indicator named 质量指标 with no value: a made-up indicator that import did not mention and
    validate let pass."""
    return isinstance(item, dict) and all(_blank(v) or (k == _NAME and _own_category(item, v, merged))
                                          for k, v in item.items() if k not in merged)


def _blank(value: Any) -> bool:
    """Nothing read (`empty`), or "none" typed (docx_pattern `typed_none`): 质量指标 | / | / on the row a form prints
    for an empty category was read as an indicator named 质量指标 valued /, without a word."""
    return empty(value) or isinstance(value, str) and typed_none(value)


def _own_category(item: dict, name: Any, merged: list[str]) -> bool:
    """Whether `name` is one of the item's own categories (its `merged` columns), a list's number aside
    (`_unnumbered`)."""
    return any(not empty(item.get(key)) and _unnumbered(item.get(key)) == _unnumbered(name) for key in merged)
