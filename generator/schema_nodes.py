"""Where a schema document holds schemas, and how a message names a place in one.

Both the checks of a schema file (schema_check) and the warnings about a copied form's words (copied_form)
walk every subschema and say a keyword's place as a spec writes the field; a module of its own, so neither
imports the other to share them.
"""
from __future__ import annotations

from typing import Any

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
