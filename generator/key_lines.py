"""Which lines of a spec YAML could not parse open a key, and which words are field names.

A failed parse leaves no data, only lines. To say which slip broke one, the slip modules must tell a
line that opens a key (`unit:`, `- name:`) from text, and a word typed first on a line from a field
name (a key typed without its colon is text to YAML). A field name is one used in the file or in any
of jixiao's own schemas, which also tell which fields stand side by side in one mapping. How many spaces
the file indents a mapping by (`indent_step`) is read from its own lines, so a file indented by 4 is told against 4.
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter
from typing import Any, Iterable, Iterator

# A key as the schemas spell them (ASCII), at the start of a line or after a list dash.
KEY = r"^(?P<lead>[ ]*+(?:-[ ]++)?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)"
KEY_LINE = re.compile(KEY + r":(?:[ ]|$)")
TYPED_NAME = r"(?:[A-Za-z_][A-Za-z0-9_-]*|[^\W\x00-\x7f][^\s:：]*(?=[\"']?[ ]*[:：]))"
"""A key as a clerk may type it: the schemas' spelling, or a field's Chinese name (`单位`, `一级指标（产出）`) or its
letters typed full-width, when a colon of either width follows it (else it is text: `- 甲文字`), or its closing quote
and the colon. No field's name, but read as the key it was meant for, so a slip on its line is told as one (`单位: -`,
`单位：甲`) with the English key to write, not as text out of place. Only the slip readers take it: a line of Chinese
text is no key to those of the file's shape (KEY)."""
QUOTED_NAME = r"(?P<quote>[\"']?)(?P<key>" + TYPED_NAME + r")(?P=quote)"
"""A TYPED_NAME in quotes or not, as YAML takes a key either way: `"unit": -` is the slip `unit: -` is, and was told
the general `此处不能开始列表`, its key neither named nor told how to be left empty."""
TYPED_KEY = r"^(?P<lead>[ ]*+(?:-[ ]++)?)" + QUOTED_NAME
QUOTED_KEY = r"^(?P<lead>[ ]*+(?:-[ ]++)?)(?P<quote>[\"']?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)(?P=quote)"
"""KEY in quotes or not, for the slips after its colon: `"unit":某单位` is the slip `unit:某单位` is (a Chinese name there
may be text, so TYPED_KEY is not asked)."""
BLOCK_HEADER = re.compile(r"^(?P<lead>[ ]*+(?:-[ ]++)*+)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ ]*:[ ]+(?P<style>[|>])"
                          r"(?P<hints>[1-9+-]{0,2})[ ]*(?:#.*)?$")
"""A line opening a `|` or `>` block (`goal: |`, `- - content: >-  # 注`): the lines below it are text."""


DASH_LINE = re.compile(r"[ ]*+-(?:[ ]|$)")
"""A line that opens a list item: its dash, after any indent, then a blank or the line's end."""
TYPED_DASH = "(?:——|[-－—–―−‐•·●▪])(?!—)"
"""A list item's dash typed otherwise than "- " (the space after it is matched apart): with the IME on (full-width, a
dash of Chinese punctuation), pasted as Word's bullet, or without its space. One set for the dash before a key
(syntax_slips) and before a line of text (dashless_items), so that a mark told a slip in one is not text in the other.
Three em-dashes or more (`———甲`) are the author's text, a separator or a dash line: taken for a dash, two of them
were given back as `- —甲`."""
ODD_BLANK = re.compile(r"[ \t]*(?P<space>[\u3000\u00a0\u202f\u2007])[ \t\u3000\u00a0\u202f\u2007]*")
"""A line that looks empty but holds a full-width or no-break space, which YAML reads as text (indent_slips.blank_space_slip)."""


def indent_width(content: str) -> int:
    """How many spaces a line begins with."""
    return len(content) - len(content.lstrip(" "))


def holds_data(line: str) -> bool:
    """Whether a line holds a key or a value, not blank nor only a comment: the lines a slip is told against (the
    key above, the field below) and those fmt pairs, as YAML skips the others."""
    return bool(line.strip()) and not line.lstrip().startswith("#")


def lines_above(lines: list[str], end: int, within: int | None = None) -> Iterator[int]:
    """The numbers (1-based) of the lines above line `end` that are not blank or a comment, nearest first; with
    `within`, only those indented no deeper than it (the lines that may hold a line at that indent)."""
    return (number for number in range(end - 1, 0, -1) if holds_data(lines[number - 1])
            and (within is None or indent_width(lines[number - 1]) <= within))


def line_above(lines: list[str], end: int, within: int | None = None) -> int | None:
    """The first of `lines_above`, if any."""
    return next(lines_above(lines, end, within), None)


def lines_below(lines: list[str], start: int, within: int | None = None) -> Iterator[int]:
    """The numbers (1-based) of the lines below line `start` (0: from the first) that are not blank or a comment,
    nearest first; with `within`, only those indented no deeper than it (as lines_above)."""
    return (number for number in range(start + 1, len(lines) + 1) if holds_data(lines[number - 1])
            and (within is None or indent_width(lines[number - 1]) <= within))


def line_below(lines: list[str], start: int, within: int | None = None) -> int | None:
    """The first of `lines_below`, if any."""
    return next(lines_below(lines, start, within), None)


def keys_beside(lines: list[str], number: int) -> set[str]:
    """The keys typed beside the one opening line `number` (`指标值: -`), in the mapping it stands in: those at its
    column up to a line indented less or the list item's first key above, and down to a line indented less. A file
    that does not read has no mapping to ask which fields a row already holds (field_fixes.meant_key)."""
    found = re.match(TYPED_KEY, lines[number - 1])
    if found is None:
        return set()
    column, beside = len(found["lead"]), set()
    above = iter(()) if "-" in found["lead"] else lines_above(lines, number)  # an item's first key: the item opens
    for rows, own in ((above, True), (lines_below(lines, number), False)):
        for row in rows:
            content = lines[row - 1]
            key, shallower = KEY_LINE.match(content), indent_width(content) < column
            if shallower and not own:  # the next item's dash, or a line out of the mapping
                break
            if key and len(key["lead"]) == column:
                beside.add(key["key"])
            if shallower:  # the item's first key above, after its dash, is the last of the mapping
                break
    return beside


def block_bodies(lines: list[str]) -> set[int]:
    """Numbers (1-based) of the lines inside `|` and `>` blocks: text, however much a line of it looks like a key
    (`  target: >=95% 的满意度` under `functions: |`). A line of a full-width space no deeper than the block's key is
    no blank line to YAML, but text that ends the block: it is left out, a slip to tell, and the lines below it
    deeper than the key are still the block's text as the clerk meant it (see BlockText.add)."""
    read = BlockText()
    for number, content in enumerate(lines, 1):
        read.add(number, content)
    return read.bodies


class BlockText:
    """block_bodies read a line at a time, for a caller that walks the lines top-down anyway and asks about each
    line's place against those above it (tab_indents, trying a line at a few columns of a long file): reading them
    all again for each line would cost the file's length a line."""

    def __init__(self) -> None:
        self.bodies: set[int] = set()
        self._header: int | None = None  # the column of the block header whose text the next line may be

    def is_text(self, content: str) -> bool:
        """Whether `content`, put after the lines added, is a block's text."""
        return self._header is not None and (not content.strip(" \t") or indent_width(content) > self._header)

    def add(self, number: int, content: str) -> None:
        """Take in line `number`, the next after those added."""
        if self.is_text(content):
            self.bodies.add(number)
            return
        if self._header is not None and ODD_BLANK.fullmatch(content):
            # an empty line of the text typed with the input method's space: its paragraphs below, each begun with
            # a full-width indent after the block's own (`  　　二、…`), were told that indent was a slip
            return
        found = BLOCK_HEADER.match(content)
        self._header = len(found["lead"]) if found else None


OPENS_MAPPING = re.compile(KEY + r"[ ]*:[ ]*(?:#.*)?$")


def indent_step(lines: list[str]) -> int:
    """How many spaces deeper than its key the fields of a mapping stand in this file: the step seen in most mappings
    whose fields all stand at one column, indented under their key (a mapping with a field out of line, as the slip
    being told, has no say; 2, as fmt writes, when no step is seen more often). Some authors indent by 4, and told to
    line a key up 2 spaces deeper than its holder, would break a file consistent in its own way. Lists have a say
    only in a file without such a mapping: many authors indent a list's dashes by 2 under its key and mappings by 4,
    and a spec has more lists than mappings, while the step is asked for a mapping's field or a key's text."""
    return _indent_step(tuple(lines))


@functools.lru_cache(maxsize=1)
def _indent_step(lines: tuple[str, ...]) -> int:
    """indent_step, worked out once for the lines of a load, which several of its slip functions ask about; in one
    pass, each line's holder kept on the line above it, as a deep staircase of keys has thousands of them open."""
    columns: dict[int, set[int]] = {}  # the columns of the fields or dashes under each `key:` line, by its number
    lists: set[int] = set()  # the `key:` lines with dashes under them
    firsts: dict[int, str] = {}  # the first line under each `key:` line
    bodies = block_bodies(list(lines))
    above: list[tuple[int, int | None]] = []  # (indent, holder of the lines below it) of the lines open above
    for number, content in enumerate(lines, 1):
        if not holds_data(content) or number in bodies:
            continue
        indent = indent_width(content)
        while above and above[-1][0] >= indent:
            above.pop()
        holder = above[-1][1] if above else None
        dash = DASH_LINE.match(content)
        if holder:
            columns.setdefault(holder, set()).add(indent)
            firsts.setdefault(holder, content)
            if dash:
                lists.add(holder)
        # a list item holds the fields after its dash, which tell no step from a key
        above.append((indent, None if dash else _holder_below(content, number, holder)))
    # a field left empty and typed short of its mapping (`  other_funds:`, then `    special:`) holds no mapping
    steps = _steps(lines, columns, {holder for holder in columns.keys() - lists
                                    if not _beside(lines[holder - 1], firsts[holder])})
    if not any(step >= 2 for step in steps):
        steps = _steps(lines, columns, lists)
    return max(sorted(step for step in steps if step >= 2), key=lambda step: (steps[step], step == 2), default=2)


def _steps(lines: tuple[str, ...], columns: dict[int, set[int]], holders: Iterable[int]) -> Counter[int]:
    """How many of the `key:` lines `holders` have all the lines under them at one column, by how many spaces deeper
    than the key that column stands."""
    return Counter(next(iter(columns[holder])) - indent_width(lines[holder - 1]) for holder in holders
                   if len(columns[holder]) == 1)


def _beside(holder: str, first: str) -> bool:
    """Whether the key of line `holder` and that of line `first`, the line under it, stand side by side in a schema."""
    over, under = OPENS_MAPPING.match(holder) or KEY_LINE.match(holder), KEY_LINE.match(first)
    return bool(over and under) and siblings(over["key"], under["key"])


def _holder_below(content: str, number: int, holder: int | None) -> int | None:
    """The number of the `key:` line holding the lines indented under line `number`, `content` (no list item), whose
    own holder is `holder`: the line itself when it opens a mapping; its holder when it is a key with a value on its
    line (a field typed short of its indent, its mapping's first, hides its holder from the fields below it); none
    under text."""
    if OPENS_MAPPING.match(content):
        return number
    return holder if KEY_LINE.match(content) else None


class KnownKeys:
    """The field names a line might begin with: those used in the file, and every schema's, read only when asked.

    A file can hold the one use of a key (`unit`, `key_tasks`), so its own keys are not enough.
    """

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.used: set[str] | None = None

    def __contains__(self, key: str) -> bool:
        if self.used is None:
            self.used = {found["key"] for found in map(KEY_LINE.match, self.lines) if found}
        return key in self.used or key in schema_keys()


@functools.lru_cache(maxsize=1)
def schema_keys() -> frozenset[str]:
    """Every property name in jixiao's own schemas. The loader does not know which form a broken file is,
    nor a project's schema folders; a project form's keys are found among those used in the file. What a
    template or `required` names that one of these is was dropped from a form's schema (field_guess)."""
    return frozenset(key for fields in _schema_objects() for key in fields)


@functools.lru_cache(maxsize=1)
def _schema_objects() -> tuple[frozenset[str], ...]:
    """The property names of each object in jixiao's own schemas: the fields that stand side by side."""
    return tuple({fields for schema in _shipped_schemas() for fields in property_objects(schema)})


@functools.lru_cache(maxsize=1)
def schema_titles() -> dict[str, frozenset[str]]:
    """The Chinese titles each field name has in jixiao's own schemas (`unit`: 部门名称 on one form, 单位名称 on
    another): a key typed as another form's title for a field, or near it (`单位`), stands for that field."""
    titles: dict[str, set[str]] = {}
    for schema in _shipped_schemas():
        for properties in _properties(schema):
            for key, field in properties.items():
                if isinstance(field, dict) and isinstance(field.get("title"), str):
                    titles.setdefault(key, set()).add(field["title"])
    return {key: frozenset(named) for key, named in titles.items()}


@functools.lru_cache(maxsize=1)
def _shipped_schemas() -> tuple[Any, ...]:
    """jixiao's own schemas, read; a broken one is left out (validation reports it, not the key guesses)."""
    from .variants import Roots  # not at the top: variants imports profile, which imports load, which imports the slip modules

    read = []
    for folder in Roots().schema_folders:
        for path in sorted(folder.glob("*.schema.json")):
            try:
                read.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, RecursionError):
                continue
    return tuple(read)


def siblings(key: str, other: str) -> bool:
    """Whether some schema has both fields in one object (`basic` and `project`, `level1` and `level2`)."""
    return any(key in fields and other in fields for fields in _schema_objects())


def property_objects(node: Any) -> Iterator[frozenset[str]]:
    """The property names of each object a schema (or any part of one) declares, as a set each."""
    return (frozenset(properties) for properties in _properties(node))


def _properties(node: Any) -> Iterator[dict]:
    """The `properties` mapping of each object a schema (or any part of one) declares."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            yield properties
        for value in node.values():
            yield from _properties(value)
    elif isinstance(node, list):
        for item in node:
            yield from _properties(item)
