"""Warnings for a required text field whose schema takes a text of spaces only.

`"minLength": 1` says a field must not be empty, but a name typed as spaces (`"  "`, or a full-width `"　"`) is
one character or more: it passed the schema and printed as an empty cell. jixiao's definitions pair the length with
`"pattern": "\\S"` (some character that is not white space); a field written out in full, as a unit writes one
when it copies docs/variants.md's example or a form made before that pattern, keeps the length alone. Only text a
unit should have filled in is let through, nothing refused wrongly: a warning, said by `jixiao new --list` at the
`minLength`, with the line to add.
"""
from __future__ import annotations

from .json_text import json_position
from .problems import Problem, Severity
from .rules import shown_name
from .schema_nodes import keyword_name, subschemas
from .schema_store import SchemaStore

CODE = "SCHEMA-BLANK"
LINE = '"pattern": "\\\\S",'
"""The line to add, as the schema file writes it (JSON escapes the backslash)."""
_NOT_A_VALUE = frozenset({"not", "if", "propertyNames", "contains"})
"""Keywords whose subschema judges no field's value as written (a condition, a refusal, a key, some item)."""
_BLANKS = (" ", "\u3000")
"""White space a clerk types for nothing: the ASCII space and the full-width one of a Chinese input method."""


def warnings(store: SchemaStore, file_name: str) -> list[Problem]:
    """A SCHEMA-BLANK warning for each required field of the schema file that declares its own `minLength` of 1 or
    more and whose whole schema (its `$ref`s, `enum` and `pattern` too) takes a text of that many spaces."""
    document, found = store.schema(file_name), []
    nodes = dict(subschemas(document, ()))
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
        found.append(Problem(str(store.paths[file_name]), line, column, Severity.WARNING, CODE, shown_name(
            f"{keyword_name(document, at)}必填的文字只要求长度，只打了空格的也算填了，validate 不报错，表上印出空白；"
            f"{fix}")))
    return found


def _required(nodes: dict[tuple, dict], path: tuple) -> bool:
    """Whether the schema at `path` is a field its mapping's `required` lists."""
    if len(path) < 2 or path[-2] != "properties":
        return False
    required = nodes.get(path[:-2], {}).get("required")
    return isinstance(required, list) and path[-1] in required
