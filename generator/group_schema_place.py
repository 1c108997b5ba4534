"""Where a form's schema declares the fields of a group a template reads (an indicator row, a task, `budget`).

A template reading `{{ r.unit }}` in an indicator row, where `unit` is a top-level field only, was told to write
`unit`: followed, that printed the top-level 实施单位 in every row's 度量单位 cell. The author may as well have
meant a column of the row the schema does not declare yet; the message offers both, and for the second the line
of the schema file where the group's `properties` are written.
"""
from __future__ import annotations

from typing import Any

from .json_text import json_position
from .model import IndicatorTable, Row
from .schema_line import shown
from .schema_nodes import written_at
from .schema_store import follow, pointer_steps


def group_path(context: dict, owner: Any) -> list[str] | None:
    """The dotted path (`*` for a list's items) in a render `context` of a group like `owner`: the same kind of
    value holding the same fields (the owner may come from the sample data a form's names are checked against,
    not from this spec's context); None when no group there is like it."""
    return _search(context, _fields(owner), type(owner), [])


def _fields(value: Any) -> list[str] | None:
    if isinstance(value, dict):
        return [str(key) for key in value]
    if isinstance(value, Row):
        return [name for name in vars(value) if not name.startswith("_")]
    return None


def _search(node: Any, fields: list[str] | None, kind: type, path: list[str]) -> list[str] | None:
    if fields is not None and isinstance(node, kind) and _fields(node) == fields:
        return path
    children: list[tuple[str, Any]] = []
    if isinstance(node, dict):
        children = [(str(key), value) for key, value in node.items()]
    elif isinstance(node, IndicatorTable):
        children = [("*", row) for row in node.rows]
    elif isinstance(node, (list, tuple)):
        children = [("*", item) for item in node]
    for step, child in children:
        found = _search(child, fields, kind, [*path, step])
        if found is not None:
            return found
    return None


def declared_at(store, file_name: str, dotted: list[str]) -> str:
    """`file:line:column` of the `properties` of the group at `dotted` as the schema file writes it (following the
    file's own `$ref`s; as far as the way goes within the file)."""
    document = store.schema(file_name)
    at = written_at(document, dotted)
    node, _ = follow(document, list(at))
    for _ in range(20):  # the group itself may be a `$ref` (`"items": {"$ref": "#/$defs/indicator"}`): where it leads
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(ref, str) and ref.startswith("#")):
            break
        steps = pointer_steps(ref[1:])
        target, taken = follow(document, steps)
        if taken < len(steps):
            break
        node, at = target, tuple(steps)
    place = (*at, "properties") if isinstance(node, dict) and "properties" in node else at
    line, column = json_position(store.texts[file_name], place)
    return f"{shown(store.paths[file_name])}:{line}:{column}"


def group_name(store, file_name: str, dotted: list[str]) -> str:
    """The group as its form names it: `绩效指标的每一项` for `indicators.*`, `预算` for `budget`."""
    steps = tuple(0 if step == "*" else step for step in dotted)
    titles = [title for title, step in zip(store.titles(file_name, steps), dotted) if step != "*"]
    said = " › ".join(titles)
    return f"{said}的每一项" if dotted[-1] == "*" else said
