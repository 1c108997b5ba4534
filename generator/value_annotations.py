"""Warnings for a form whose schema does not mark as an indicator value a column its profile names as one.

validate knows an indicator value by its schema's `x-jixiao-kind: indicator-value` (schema.is_indicator_value), not
by its key, and gives a bare number typed there a hint of how to write it. A unit's copy of a form made before that
annotation existed, its value field written out in full instead of referring to defs.schema.json, has none: the hint
is silently gone. The profile already names the value columns (`lint.values`, else `value`), so a column it names
that the schema leaves unmarked is told, with the line to add. Only a hint is lost, nothing refused: a warning, said
by `jixiao new --list` as the form's other such warnings are.
"""
from __future__ import annotations

from .json_text import json_position
from .lint.config import value_columns
from .problems import Problem, Severity
from .rules import shown_name
from .schema import is_indicator_value
from .schema_line import shown
from .schema_nodes import keyword_name, written_at
from .schema_store import NEVER, SchemaStore

CODE = "SCHEMA-KIND"
LINE = '"x-jixiao-kind": "indicator-value"'


def warnings(store: SchemaStore, file_name: str, profile: dict) -> list[Problem]:
    """A SCHEMA-KIND warning for each value column of each indicator table the profile names whose field the
    schema declares without the annotation, at the field as the schema file writes it."""
    document, found = store.schema(file_name), []
    columns = [c["key"] for c in value_columns(profile) if isinstance(c, dict) and isinstance(c.get("key"), str)]
    for table in profile.get("indicator_tables") or []:
        dotted = [step for step in str(table.get("path", "")).split(".") if step] + ["*"]
        for key in columns:
            node = store.node_at(file_name, tuple(0 if step == "*" else step for step in [*dotted, key]))
            if not node or node is NEVER or is_indicator_value(node):  # undeclared ({}) or refused: not this check's
                continue
            at = written_at(document, [*dotted, key])
            line, column = json_position(store.texts[file_name], at)
            found.append(Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, CODE, shown_name(
                f"{keyword_name(document, at)}profile.yaml 的 lint.values 把“{key}”列为指标值，schema 却没有这样标注，"
                f"validate 就不会为其中没加引号的数字提示写法；请在这个字段里加上一行 {LINE},")))
    return found

