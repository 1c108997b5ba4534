"""Warnings for a required text field whose schema takes a text of spaces only.

`"minLength": 1` says a field must not be empty, but a name typed as spaces (`"  "`, or a full-width `"　"`) is
one character or more: it passed the schema and printed as an empty cell. jixiao's definitions pair the length with
a pattern asking for some character that is not white space (schema_store.VISIBLE_TEXT); a field written out in
full, as a unit writes one when it copies docs/variants.md's example or a form made before that pattern, keeps the
length alone. Only text a unit should have filled in is let through, nothing refused wrongly: a warning, said by
`jixiao new --list` at the `minLength`, with the line to add.

A form made while that pattern was `\\S` keeps it, which JavaScript and Python read otherwise (U+FEFF is white space
to the one, not to the other). validate and the editor's bundle both read it as the new pattern (schema_store.as_read),
so they agree; the file itself still says `\\S` to any other program: warned of at the `pattern`, with the value to
write instead. Not the line: a schema copied with several keys on a line (`"minLength": 1, "pattern": "\\\\S", …`)
lost the others when the advice to change the line was followed.
"""
from __future__ import annotations

import json

from .json_text import json_position
from .problems import Problem, Severity
from .rules import shown_name
from .schema_line import shown
from .schema_nodes import keyword_name, subschemas
from .schema_store import EARLIER_VISIBLE_TEXT, VISIBLE_TEXT, SchemaStore

CODE = "SCHEMA-BLANK"
VALUE = json.dumps(VISIBLE_TEXT)
"""The pattern as the schema file writes it (JSON escapes the backslashes)."""
LINE = f'"pattern": {VALUE},'
"""The line to add."""
_NOT_A_VALUE = frozenset({"not", "if", "propertyNames", "contains"})
"""Keywords whose subschema judges no field's value as written (a condition, a refusal, a key, some item)."""
_BLANKS = (" ", "\u3000")
"""White space a clerk types for nothing: the ASCII space and the full-width one of a Chinese input method."""


def warnings(store: SchemaStore, file_name: str) -> list[Problem]:
    """A SCHEMA-BLANK warning for each required field of the schema file that declares its own `minLength` of 1 or
    more and whose whole schema (its `$ref`s, `enum` and `pattern` too) takes a text of that many spaces."""
    document = store.schema(file_name)
    nodes = dict(subschemas(document, ()))
    found = [_earlier_pattern(store, file_name, path) for path, node in nodes.items()
             if node.get("pattern") == EARLIER_VISIBLE_TEXT and not _NOT_A_VALUE & set(path)]
    for path, node in nodes.items():
        length = node.get("minLength")
        if not isinstance(length, int) or isinstance(length, bool) or length < 1 or _NOT_A_VALUE & set(path) \
                or not _required(nodes, path):
            continue
        field = store.validator_at(file_name, path)
        if not any(field.is_valid(blank * length) for blank in _BLANKS):
            continue
        fix = (f"请在这个字段里加上一行 {LINE}" if "pattern" not in node
               else "它的 pattern 也接受只有空格的文字；请改写 pattern，要求至少有一个不是空白的字")
        at = (*path, "minLength")
        line, column = json_position(store.texts[file_name], at)
        found.append(Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, CODE, shown_name(
            f"{keyword_name(document, at)}必填的文字只要求长度，只打了空格的也算填了，validate 不报错，表上印出空白；"
            f"{fix}")))
    return found


def _earlier_pattern(store: SchemaStore, file_name: str, path: tuple) -> Problem:
    """A SCHEMA-BLANK warning at a `"pattern": "\\\\S"`: jixiao reads it as VISIBLE_TEXT, the file should say so for
    the programs that read it as written (JavaScript's `\\S` takes a U+FEFF as blank, Python's does not)."""
    at = (*path, "pattern")
    line, column = json_position(store.texts[file_name], at)
    return Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, CODE, shown_name(
        f"{keyword_name(store.schema(file_name), at)}“\\S”是以前的写法，JavaScript 把看不见的 U+FEFF 当作空白、Python 不当作；"
        f"jixiao 的 validate 和编辑器都按新的写法读它，别的程序却按写的读；"
        f"请把 {json.dumps(EARLIER_VISIBLE_TEXT)} 改为 {VALUE}（只改这个值，同一行的其他键照旧）"))


def _required(nodes: dict[tuple, dict], path: tuple) -> bool:
    """Whether the schema at `path` is a field its mapping's `required` lists."""
    if len(path) < 2 or path[-2] != "properties":
        return False
    required = nodes.get(path[:-2], {}).get("required")
    return isinstance(required, list) and path[-1] in required
