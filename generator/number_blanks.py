"""Warnings for a number field that cannot be left blank: one whose schema does not take null.

`jixiao new` leaves a number for the unit to fill in as null, which prints an empty cell. A form's own column
written `"type": "integer"` (a 分值 or 权重 on each indicator row) takes no null, so `new` can only write a number
it takes, its `minimum` or 0: every row of the new spec read `weight: 0`, validate and lint passed it, and the built
form printed 0 in every row as if filled in. Nothing tells a 0 the unit wrote from one `new` wrote, so no check of a
spec can say it is still unfilled; the form is what is wrong, warned of by `jixiao new --list` at the field's
`type`, with the type to write instead (docs/variants.md).
"""
from __future__ import annotations

import datetime
import json

from . import datapath
from .json_text import json_position
from .placeholder import PLACEHOLDER
from .problems import Problem, Severity
from .rules import shown_name
from .scaffold import Scaffold
from .schema_line import shown
from .schema_nodes import keyword_name, written_at
from .schema_store import SchemaStore, follow, pointer_steps, types_of
from .variants import Variant

CODE = "SCHEMA-NULL"


def warnings(store: SchemaStore, variant: Variant) -> list[Problem]:
    """A SCHEMA-NULL warning for each place of the variant's schema file where a field `jixiao new` writes a number
    in (not the year, which it knows) does not take null, with how many times the new spec writes it."""
    today = datetime.date.today()
    made = Scaffold(store, variant, PLACEHOLDER, today.year, today)
    made.value((), commented=False)
    file_name = variant.schema_path.name
    document, text = store.schema(file_name), store.texts[file_name]
    places: dict[tuple, list[tuple]] = {}  # where the schema file writes the field -> the spec's paths to it
    for path in made.numbers:
        places.setdefault(_typed_at(document, written_at(document, datapath.pattern(path).split("."))), []).append(path)
    found = []
    for at, paths in places.items():
        schema = store.node_at(file_name, paths[0])
        node, taken = follow(document, list(at))
        node = node if taken == len(at) and isinstance(node, dict) else {}
        name = _named(document, at, node, schema)
        if "type" in node:
            at = (*at, "type")
        value = schema.get("minimum", 0)
        kinds = [kind for kind in ("integer", "number") if kind in types_of(schema)]
        times = f"（共 {len(paths)} 处）" if len(paths) > 1 else ""
        line, column = json_position(text, at)
        found.append(Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, CODE, shown_name(
            f"{name}只接受数，不接受 null：jixiao new 只能在规格的 {datapath.pattern(paths[0])} 写 {value}{times}，"
            f"生成的表上印着 {value}，看来像是填好了的，validate、lint 都不提醒；"
            f"请写成 \"type\": {json.dumps([*kinds, 'null'])}，并在 description 和 errorMessage 里写明“表上留空的写 null”"
            f"（new 就写 null，表上是空白的格子，一眼看得出没填）")))
    return found


def _typed_at(document, at: tuple) -> tuple:
    """Where the field written at `at` has its type: the definition its own `$ref` leads to within the file
    (`"weight": {"$ref": "#/$defs/score"}`), where written_at stops. Warned at the field, the clerk was told to write
    a type there, beside the `$ref`, which still takes no null, and was warned again; fields sharing one definition
    are one place to change, warned once."""
    node, _ = follow(document, list(at))
    seen = {at}
    while isinstance(node, dict) and "type" not in node and str(node.get("$ref", "")).startswith("#"):
        steps = tuple(pointer_steps(node["$ref"][1:]))
        target, taken = follow(document, list(steps))
        if taken < len(steps) or steps in seen:  # a pointer to nothing or a loop, which the schema check refuses
            break
        seen.add(steps)
        node, at = target, steps
    return at


def _named(document, at: tuple, node: dict, schema: dict) -> str:
    """`indicators.*.weight（分值）的“type”：` for the field `node` the schema file writes at `at`; its title read from
    the field's resolved `schema` where the file's own place for it has none (a `$ref` to a definition holding it)."""
    field = keyword_name(document, at)[:-1]  # without its colon
    title = schema.get("title")
    if "title" not in node and isinstance(title, str):
        field += f"（{title}）"
    space = " " if field[-1].isascii() else ""
    return f"{field}{space}的“type”：" if "type" in node else f"{field}："
