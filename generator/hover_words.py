"""Warnings for a field whose own `description` no longer says how its value is written.

The editor's hover shows a field's own `description` instead of the one of the definition it refers to, so a
field of `indicator_value` or `amount` with a description of its own lost the definition's advice (in English
double quotes; a blank amount as null). jixiao's own forms are held to it by a test a new form's author met only
when adding the form there, and docs/variants.md did not say it. Said here by `jixiao new --list`, at the
description's line: only the editor's words are at stake, nothing any command refuses, so a warning.
"""
from __future__ import annotations

from .json_text import json_position
from .problems import Problem, Severity
from .schema_nodes import keyword_name, subschemas
from .schema_store import SchemaStore, types_of

CODE = "SCHEMA-HOVER"
QUOTED = "英文双引号"
"""What the description of a field fmt writes in double quotes says (`x-jixiao-style: double-quoted`)."""
NULL = "null"
"""What the description of a field that takes null (an amount left blank on the form) says."""
AMOUNT_NULL = "没有的写 0.00，只有表上空着不填的才写 null"
"""How an amount's description says its null, as `jixiao new`'s comments do: a budget left all null is lint's C12."""
BLANK_NULL = "表上留空的写 null"
"""The words amounts' descriptions said before AMOUNT_NULL, still in a unit's form copied then: they tell a clerk to
write null for an amount the unit has none of, which C12 then refuses."""


def warnings(store: SchemaStore, file_name: str) -> list[Problem]:
    """A SCHEMA-HOVER warning for each field of the schema file whose description (its own, or its definition's
    where it has none) does not say the double quotes or the null its value takes, at that description."""
    from .schema_line import shown  # it imports this module (bundle's completions read AMOUNT_NULL)

    document, found = store.schema(file_name), []
    for path, node in subschemas(document, ()):
        if len(path) < 2 or path[-2] != "properties" or not isinstance(node, dict):
            continue
        field, _ = store.resolve(node, file_name)
        description = field.get("description")
        if not isinstance(description, str) or "properties" in field or "items" in field:
            continue
        amount = {"number", "null"} <= types_of(field)
        lacking = []
        if field.get("x-jixiao-style") == "double-quoted" and QUOTED not in description:
            lacking.append(f"写明值要加{QUOTED}")
        if "null" in types_of(field) and NULL not in description:
            lacking.append(f"写明{AMOUNT_NULL if amount else BLANK_NULL}")
        said = "它没说这个值怎么写；请在这里" + "，并".join(lacking) if lacking else _old_words(description) if amount else None
        if not said:
            continue
        at = (*path, "description") if "description" in node else path
        line, column = json_position(store.texts[file_name], at)
        found.append(Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, CODE,
                             f"{keyword_name(document, at)}单位在编辑器里悬停时看到的是这段说明（字段有自己的 description 时，"
                             f"不再显示所引用定义的），{said}"))
    return found


def _old_words(description: str) -> str | None:
    """What to say of an amount's description still saying BLANK_NULL, which `jixiao new` no longer says; None else."""
    if BLANK_NULL not in description:
        return None
    return (f"它说“{BLANK_NULL}”，单位没有的金额也会写成 null，而金额全是 null 时 jixiao lint 报 C12 要写 0.00；"
            f"请改成“{AMOUNT_NULL}”，与 jixiao new 写出的说明一致")
