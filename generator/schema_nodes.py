"""Where a schema document holds schemas, and how a message names a place in one.

Both the checks of a schema file (schema_check) and the warnings about a copied form's words (copied_form)
walk every subschema and say a keyword's place as a spec writes the field; a module of its own, so neither
imports the other to share them. `written_at` finds where the schema file writes a field, for a message naming its line.
"""
from __future__ import annotations

from typing import Any

from .schema_store import follow, pointer_steps

# Keywords whose value is a map of names to subschemas, a subschema, or a list of subschemas.
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_SCHEMA_ONE = frozenset({"items", "additionalProperties", "not", "if", "then", "else", "contains",
                         "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems",
                         "contentSchema"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})


def subschemas(node: Any, path: tuple):
    """(path, subschema) for a schema document and every schema inside it, not into `enum`s, `examples`
    and the like, whose objects are values, nor into `properties` by name, whose keys are fields."""
    if not isinstance(node, dict):
        return
    yield path, node
    for key, value in node.items():
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            for name, child in value.items():
                yield from subschemas(child, (*path, key, name))
        elif key in _SCHEMA_ONE:
            yield from subschemas(value, (*path, key))
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            for i, child in enumerate(value):
                yield from subschemas(child, (*path, key, i))


def keyword_name(document: Any, path: tuple) -> str:
    """How a message names the keyword at `path` in a schema document: `basic_info.staff_count（财政供养人员数）
    的“minimum”：`, with the field's path as a spec writes it and its title."""
    fields: list[str] = []
    node, steps = document, list(path)
    while steps:
        step = steps.pop(0)
        if step in _SCHEMA_MAPS and steps and isinstance(node, dict) and isinstance(node.get(step), dict):
            name = steps.pop(0)
            fields.append(name if step == "properties" else f"{step}.{name}")
            node = node[step][name]
        elif step in _SCHEMA_ONE and steps and isinstance(node, dict) and isinstance(node.get(step), dict):
            fields.append("*" if step == "items" else step)
            node = node[step]
        elif step in _SCHEMA_LISTS and steps and isinstance(steps[0], int) and isinstance(node, dict):
            index = steps.pop(0)
            fields.append(f"{step}[{index}]")
            node = node[step][index]
        else:
            item = f" 第 {steps[0] + 1} 项" if steps and isinstance(steps[0], int) else ""
            label = _field_label(fields, node)
            return f"{label}{' ' if label[-1].isascii() else ''}的“{step}”{item}："
    return f"{_field_label(fields, node)}："


def _field_label(fields: list[str], node: Any) -> str:
    """`basic_info.staff_count（财政供养人员数）`, `$defs.amount`, `顶层`."""
    if not fields:
        return "顶层"
    title = node.get("title") if isinstance(node, dict) else None
    return ".".join(fields) + (f"（{title}）" if isinstance(title, str) else "")


def written_at(document: Any, dotted: list[str]) -> tuple:
    """Where a field at a dotted path (`*` for a list's items) is written in a schema document, following the
    `$ref`s within the document; as far as it gets where the way leaves the file (a `$ref` to another)."""
    node, at = document, ()
    for step in dotted:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            steps = pointer_steps(node["$ref"][1:])
            target, taken = follow(document, steps)
            if taken < len(steps) or target is node:
                return at
            node, at = target, tuple(steps)
        keyword = ("items",) if step == "*" else ("properties", step)
        child, taken = follow(node, list(keyword))
        if taken < len(keyword) or not isinstance(child, dict):
            return at
        node, at = child, (*at, *keyword)
    return at
