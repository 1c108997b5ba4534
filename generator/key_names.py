"""The Chinese name of a key in a spec that YAML could not read, told from the text alone.

A syntax error leaves no data to find the form or a key's place in, so the loader's messages named
a key only as typed (`project`), which a finance officer knows as 项目支出. Both can usually still be
read off the text: the form from a top-level `form:` line (or a first key ` form:` typed a space in), else
from the schema the editor's first line (`# yaml-language-server: $schema=…`) names; a key's place from its
indentation, its parents being the nearest lines above indented less that open a key, a `- ` opening a list
item. The form's schema then gives the title. Where the form, the place or the field cannot be told (a line
above that is no `key:`, a key under a line holding a value, a form written twice), the key is quoted
alone: no name beats a wrong one. Nothing here runs unless the loader has a problem to report.
"""
from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import unquote

from .errors import FormError
from .field_guess import meant
from .key_lines import QUOTED_NAME, block_bodies, holds_data, indent_width, keys_beside
from .row_conditions import some_row_takes
from .schema_store import holds_group, types_of
from .schema_words import LEFT_EMPTY, field_fill_in
from .yaml_lines import BOM, split_lines

if TYPE_CHECKING:
    from .variants import Catalog

# `form:` quoted or not (`"form": x`, keys quoted as in text taken from JSON), as QUOTED_NAME takes a key
_FORM_VALUE = (r"(?P<key_quote>[\"']?)form(?P=key_quote):[ ]+"
               r"(?P<quote>[\"']?)(?P<form>[^\s\"'#]+)(?P=quote)[ ]*(?:#[^\r\n]*)?")
_FORM = re.compile(r"(?:^|(?<=\r))" + _FORM_VALUE + r"(?=\r|$)", re.MULTILINE)  # a line ends at "\r\n", "\n" or a lone "\r"
_INDENTED_FORM = re.compile(r"[ ]+" + _FORM_VALUE + r"$")
_SCHEMA_LINE = re.compile(r"\A#\s*yaml-language-server\s*:\s*\$schema=(?P<path>\S+)")
_SCHEMA_FILE = re.compile(r"(?:^|[/\\])(?P<form>[^/\\]+)\.schema\.json$")
# The key that begins a line (after its indent and any list dashes), whatever follows it: the line may be the broken one.
# Typed in Chinese too (TYPED_NAME): `单位: -` stands where `unit` does, and is told it is no field there (unknown).
# Quoted or not (QUOTED_NAME): `"unit": -` names its field as `unit: -` does.
_FIRST_KEY = re.compile(r"^(?P<indent>[ ]*)(?P<dashes>(?:-[ ]+)*)" + QUOTED_NAME)
_KEY = re.compile(QUOTED_NAME + r"[ ]*:(?:[ ]+(?P<value>.*))?$")  # a key above, quoted or not, as _FIRST_KEY

ITEM = None
"""A list item's step in a place (which item does not matter to its title)."""

Gloss = Callable[..., str]
"""What to write after a key a message names (`（项目支出）`, or nothing), given the key and a line whose
first key stands in the same mapping, or with `under=True` the line of the key that holds the mapping (a KeyNames)."""


class KeyNames:
    """The Chinese names of the keys in one spec's text, under the forms of `catalog` (none without one).

    Called with a key and a line: `（项目支出）`, to write after the key in a message, where the key
    stands in the mapping of the key that begins that line; "" when that is not known. With `under=True`, where
    the key stands in the mapping that key holds: for a mapping none of whose lines can be placed, its first key
    typed flush with its holder (`budget:`, `basic: 1`, `  project: 2`), which reads as a field beside the holder
    and leaves the keys below it under a line that holds a value.
    """

    def __init__(self, text: str, catalog: Catalog | None):
        self.text, self.catalog = text, catalog

    def __call__(self, key: str, line: int, under: bool = False) -> str:
        title = self._title(key, line, under) if self.catalog is not None and self._schema else None
        return f"（{title}）" if title else ""

    @cached_property
    def _lines(self) -> list[str]:
        # as the parser's marks count lines; a U+FEFF pasted before a key is no part of it, as to the parser
        return split_lines(self.text.replace(BOM, ""))

    @cached_property
    def _schema(self) -> str | None:
        """The file name of the form's schema: the one form the top-level `form:` lines name (or the file's first
        key, an indented `form:`), else the form whose schema the first line names."""
        forms = {found["form"] for found in _FORM.finditer(self.text)} or self._indented_form
        if not forms:
            named = _SCHEMA_LINE.match(self.text)
            file = _SCHEMA_FILE.search(unquote(named["path"])) if named else None
            forms = {file["form"]} if file else set()
        return self.catalog.schema_file(forms.pop()) if len(forms) == 1 else None

    @property
    def _indented_form(self) -> set[str]:
        """The form the file's first key names when that key is `form:` typed a space or more in (` form: x`, the slip
        being reported): it is still the file's form, and no other line names one."""
        first = next((content for content in self._lines if holds_data(content)), "")
        typed = _INDENTED_FORM.match(first)
        return {typed["form"]} if typed else set()

    @cached_property
    def _bodies(self) -> set[int]:
        """Numbers of the lines inside `|` and `>` blocks (see block_bodies). (Only a line named may be one: the lines
        its parents are looked for in are indented less than it, and so less than any block's text.)"""
        return block_bodies(self._lines)

    @property
    def knows_form(self) -> bool:
        """Whether the form, and so the names of its fields, is known."""
        return self.catalog is not None and self._schema is not None

    def trying(self, lines: list[str], bodies: set[int], number: int) -> KeyNames:
        """These names for another draft of the text, `lines`, with line `number` put in another place, `bodies` the
        numbers of its block text as far as the lines asked about. The form is this text's, unless it is unknown and
        that line names it (`\tform: x` mended): finding it, splitting the text and finding its blocks afresh for each
        column tab_indents tries a line at would cost a long file's length each time."""
        names_form = not self.knows_form and bool(_FORM.fullmatch(lines[number - 1]) or
                                                  _INDENTED_FORM.match(lines[number - 1]))
        trial = KeyNames("\n".join(lines) if names_form else self.text, self.catalog)
        trial.__dict__.update(_lines=lines, _bodies=bodies)  # the cached properties, given
        if not names_form:
            trial.__dict__["_schema"] = self._schema if self.catalog is not None else None
        return trial

    def takes_number(self, key: str, line: int) -> bool:
        """Whether the field `key` names there (as for a gloss) holds a number, an amount: a `*x` typed for one
        is an alias meant, not a text beginning with "*"."""
        return bool({"number", "integer"} & self._types(key, line))

    def takes_list(self, key: str, line: int) -> bool:
        """Whether the field `key` names there holds a list: a Markdown bullet `* 甲` on the line below it is
        an item meant."""
        return "array" in self._types(key, line)

    def takes_text(self, key: str, line: int) -> bool:
        """Whether the field `key` names there holds a text and never a list: a `*甲` on the line below it is that
        text begun with a star, not a list's item."""
        types = self._types(key, line)
        return "string" in types and "array" not in types

    def takes_group(self, key: str, line: int) -> bool:
        """Whether the field `key` names there holds a group of fields and never a list (`budget:`): a `- ` before the
        first of its fields is a slip, not the list it makes YAML read."""
        return holds_group(self._types(key, line))

    def declares(self, key: str, line: int, under: bool = False, item: bool = False) -> bool:
        """Whether the schema names the field `key` there (as for a gloss): a `*amount: 1` whose `amount` belongs to
        the group it stands in is that field with a star typed before it, not an alias or a bullet. With `under` and
        `item`, in an item of the list the key beginning line `line` holds: a line under it typed without its "- "."""
        return self.catalog is not None and self._schema is not None and self._field(key, line, under, item) is not None

    def meant(self, key: str, line: int) -> str | None:
        """The field the schema names beside `key` there (in the mapping it stands in, as for a gloss) that `key` is a
        slip of (field_guess.meant: `filed_by`, `filled_by`); None when there is none, or the form or the place is
        not known."""
        group = self._group(key, line)
        return meant(key, [field for field in group[1] if field != key]) if group else None

    def unknown(self, key: str, line: int, listed: bool = True) -> str | None:
        """`未知字段“foo”；可用的字段：form（表样）、…` (or `是否想写…？`, field_fixes.key_hint) where `key` is no field
        of the mapping it stands in there, which takes no other (as the schema says of it once the file reads); None
        when it is one, or the form, the place or the mapping's fields are not known. A line YAML cannot read (`foo: -`)
        was told how to leave the field empty, a field the form does not have. Only `additionalProperties: false`
        beside no `patternProperties` closes a mapping to its `properties` alone: under `unevaluatedProperties` the
        fields an `allOf`, a `$ref` or a `then` declares are the mapping's too, and `other: -` declared in a branch
        was called unknown. Not `listed`, only a key that names a field (`单位` for `unit`, field_fixes.names_field)
        is told, not one the mapping's fields are listed for: a word before a full-width colon (`注：甲`) may be text,
        not a key."""
        from .field_fixes import key_hint, names_field  # it reads load, which reads this module

        group = self._group(key, line)
        if group is None or key in group[1] or group[0].get("additionalProperties") is not False \
                or "patternProperties" in group[0]:
            return None
        place = tuple(0 if step is ITEM else step for step in group[2])
        titles = {field: self.catalog.store.titles(self._schema, (*place, field))[-1] for field in group[1]}
        if not listed and not names_field(key, titles):
            return None
        hint = key_hint(key, keys_beside(self._lines, line), titles, group[0].get("required") or ()) or (
            "可用的字段：" + "、".join(f"{k}（{title}）" for k, title in titles.items()))
        return f"未知字段“{key}”；{hint}"

    def _group(self, key: str, line: int) -> tuple[dict, dict, tuple] | None:
        """The schema of the mapping the key `key` stands in there (as for a gloss), the fields it declares, and its
        place; None when the form or the place is not known, or the mapping declares no fields."""
        place = self._place(key, line) if self.knows_form else None
        if place is None:
            return None
        store, group = self.catalog.store, ".".join("*" if step is ITEM else step for step in place[:-1])
        try:
            node, left = store.declared(self._schema, group) if group else (store.node_at(self._schema, ()), None)
        except FormError:  # as for `_declared`
            return None
        fields = node.get("properties") if left is None and isinstance(node, dict) else None
        return (node, fields, place[:-1]) if isinstance(fields, dict) else None

    def _types(self, key: str, line: int) -> set[str]:
        """The types the schema gives the field `key` names there; none when unknown."""
        return types_of(self._field(key, line) if self.catalog is not None and self._schema else None)

    def _title(self, key: str, line: int, under: bool = False) -> str | None:
        """The field's title; where the form has no such field, that of the field of the same name in an item of the
        list there: a key typed right under a list's key, the item's "- " left out (`key_tasks:`, then `  name: 甲`),
        can be nothing but an item's field, and the messages about that item's lines name it (名称) only so."""
        place = self._place(key, line, under)
        node = None if place is None else self._declared(place) or self._declared((*place[:-1], ITEM, key))
        title = node.get("title") if node else None
        return title if isinstance(title, str) else None

    def takes_amount(self, key: str, line: int) -> bool:
        """Whether the field `key` names there (as for a gloss) is an amount in 万元, by the definition every form's
        money fields refer to: `610.85万元` typed there is the slip the schema would say once the file reads."""
        from .amount_places import AMOUNT  # amount_places reads load, which reads this module

        place = self._place(key, line) if self.catalog is not None and self._schema else None
        if place is None:
            return False
        store, instance = self.catalog.store, tuple(0 if step is ITEM else step for step in place)
        try:
            return _schema_field(store, self._schema, place) is not None and store.refers_to(self._schema, instance, AMOUNT)
        except FormError:  # as for `_field`
            return False

    def left_empty(self, key: str, line: int) -> tuple[str, bool] | None:
        """What to write to leave the field `key` names there (as for a gloss) empty, or that it may not be (`不能为空；
        请填写部门名称…`), and whether it takes the text "-" (not where "" is refused: "-" is then nothing filled in, and a
        date's no date; nor a list item's name, TEXT-PUNCTUATION's); None where the form or the field is not known. A
        lone `-` was told `金额写 null，文字写 ""` and `"-"` of any field, a name or a date too, which validate then
        refused. The line does not read, so neither does its row: where the row's conditions decide (a 二级指标 under
        its 一级), what every row they tell apart refuses is refused (row_conditions.some_row_takes)."""
        place = self._place(key, line) if self.knows_form else None
        node = None if place is None else self._declared(place)
        if node is None:
            return None
        store, instance = self.catalog.store, tuple(0 if step is ITEM else step for step in place)
        checked = store.validator_in(self._schema, instance)
        in_row = ((lambda value: some_row_takes(store, self._schema, instance[:-1], key, value))
                  if len(instance) > 1 and isinstance(instance[-2], int) else lambda value: None)
        named_row = len(instance) > 1 and isinstance(instance[-2], int) and key == "name"
        dash = checked.is_valid("-") and in_row("-") is not False and not named_row
        if checked.is_valid(None):
            return "表上这一格要空着时写 null", dash
        empty = in_row("")
        if empty is False or store.refuses_empty(self._schema, instance):  # "-" is then a mark of nothing filled in
            return "；".join(filter(None, [LEFT_EMPTY, field_fill_in(node)])), False
        if empty:  # by the row's condition: the other rows ask it filled
            return "；".join(filter(None, [field_fill_in(node), "表样让这一行空着这一格时才写 \"\"（一对英文双引号）"])), dash
        return "表上这一格要空着时写 \"\"（一对英文双引号）", dash

    def field_name(self, key: str, line: int) -> str | None:
        """How validate names the field `key` names there once the file reads (SchemaStore.field_name, each list
        item counted as the form's rows are: `第 1 个年度重点工作任务的“拟投入的资金（万元）”`, `预算整体情况 › 财政拨款`),
        so that a slip said beside a syntax error reads as the schema says it after; None when the form or the place
        is not known."""
        items: list[int] = []
        place = self._place(key, line, items=items) if self.knows_form else None
        if place is None:
            return None
        numbers = iter(items)
        path = tuple(next(numbers) if step is ITEM else step for step in place)
        try:
            return self.catalog.store.field_name(self._schema, path)
        except FormError:  # as for `_declared`
            return None

    def _field(self, key: str, line: int, under: bool = False, item: bool = False) -> dict | None:
        """The schema of the field `key` names in the mapping of the key that begins line `line` (the mapping that
        key holds, `under` it; in an item of the list it holds, `item` too), if known."""
        place = self._place(key, line, under, item)
        return None if place is None else self._declared(place)

    def _declared(self, place: tuple) -> dict | None:
        """The schema of the field at `place`, if the form declares one there."""
        try:
            return _schema_field(self.catalog.store, self._schema, place)
        except FormError:  # a schema that refers to nothing is reported where the form is loaded
            return None

    def _place(self, key: str, line: int, under: bool = False, item: bool = False,
               items: list[int] | None = None) -> tuple | None:
        """The place (keys, ITEM for a list item) of the field `key` names there (as for `_field`), if known; each
        ITEM's number in its list added to `items` when given."""
        readable = 0 < line <= len(self._lines) and line not in self._bodies
        first = _FIRST_KEY.match(self._lines[line - 1]) if readable else None
        if first is None:
            return None
        dashes = [column for column, char in enumerate(first["dashes"], len(first["indent"])) if char == "-"]
        if dashes:
            above = self._parents(line, dashes[0], item=True, items=items)
            place = None if above is None else [*above, *[ITEM] * len(dashes)]
            if items is not None:  # an item opened on this line is its list's next; one nested in it (`- - x`) the first
                items += [self._item_number(line, dashes[0]), *[0] * (len(dashes) - 1)]
        else:
            place = self._parents(line, len(first["indent"]), item=False, items=items)
        if place is None:
            return None
        if under:
            place = [*place, first["key"], *[ITEM] * item]
        return (*place, key)

    def _parents(self, line: int, column: int, item: bool, items: list[int] | None = None) -> list[Any] | None:
        """The place (keys, ITEM for a list item) of the node that opens at `column` of line `line`: a list
        item when `item`, else a key. None when a line it would be under cannot be read as keys and dashes,
        or holds a value on its line (the indentation is then wrong somewhere, and where is not known)."""
        place: list[Any] = []
        for number in range(line - 1, 0, -1):
            content = self._lines[number - 1]
            if not holds_data(content):
                continue
            indent = indent_width(content)
            if indent > column or (indent == column and not item):
                continue  # a sibling, or what a sibling holds
            nodes = _nodes(content)
            if nodes is None:
                return None
            for at, name, holds in reversed(nodes):
                if at > column or (at == column and (name is ITEM) == item):
                    continue  # what the line opens deeper, or a sibling on it (`- - x`)
                if not holds or (at == column and name is ITEM):
                    return None
                place.insert(0, name)  # a key over its mapping, an item over its content, a key over its list
                if name is ITEM and items is not None:
                    items.insert(0, self._item_number(number, at))
                column, item = at, name is ITEM
        return place


    def _item_number(self, line: int, column: int) -> int:
        """The number (from 0) of the list item whose "- " is at `column` of line `line`: the items opened at that
        column above it, up to the line the list is under (indented less, or a key at that column: a list typed flush
        with its key)."""
        number = 0
        for above in range(line - 1, 0, -1):
            content = self._lines[above - 1]
            if not holds_data(content) or above in self._bodies:
                continue
            indent = indent_width(content)
            if indent < column or (indent == column and not _ITEM_DASH.match(content, indent)):
                break
            number += indent == column
        return number


_ITEM_DASH = re.compile(r"-(?:[ ]|$)")


def _nodes(content: str) -> list[tuple[int, Any, bool]] | None:
    """(column, key or ITEM, whether it may hold lines below it) of each node a line opens, in order;
    None for a line that opens neither a key (quoted or not) nor a list item (text)."""
    nodes, at = [], indent_width(content)
    while content.startswith("-", at) and content[at + 1:at + 2] in ("", " "):
        nodes.append([at, ITEM, True])
        at = len(content) - len(content[at + 1:].lstrip(" "))
    found = _KEY.match(content, at)
    if found:
        value = (found["value"] or "").strip()
        nodes.append([at, found["key"], not value or value.startswith("#")])
    elif not nodes:
        return None
    elif content[at:].strip():
        nodes[-1][2] = False  # `- 文字`: an item holding text
    return [tuple(node) for node in nodes]


def _schema_field(store, file_name: str, place: tuple) -> dict | None:
    """The schema of the field at `place`: only a field the schema names (an item's, a property's), never one
    it would take in for any key."""
    node, left = store.declared(file_name, ".".join("*" if step is ITEM else step for step in place))
    return node if left is None else None
