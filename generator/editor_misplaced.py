"""The editor's squiggle for a value written in the field that chooses another's options, where it belongs in that
other field (`level1: 数量指标`, a 二级指标): it says where, in the words `jixiao validate` says it
(schema_branches.below_hint), not only the fixed list of 一级指标 the field's `errorMessage` gives.

yaml-language-server says one fixed `errorMessage` for a field's failed `enum`, whatever was written. So the field's
options move into its mapping's `allOf`: one entry per such value, whose `if` only that value passes (a `pattern`:
a `const` or `enum` in an `if` is listed by the server's hover as a value the field takes), refusing it with its own
words; and one entry whose `else`, taken by every other value, refuses with the field's message as before. Each
value is refused by exactly one of them, so the editor shows one squiggle, and the bundle judges exactly as the
schema file does. The field keeps its type and message (said of a wrong type, as before); each entry carries its
options, title and description: the server completes and hovers the options of the entry the value takes, so
Ctrl+Space on `数量指标` still offers the 一级指标, each described. An entry that only refuses lists them in code
point order, the order VS Code shows options in without a `sortText`, so editor_completions adds it no snippets
to order them: it is read only while the field holds that one wrong value, and the snippets of every such entry
made a bundle of 一级指标 not in that order half as large again (113 K, not 83 K). The `else`, taken while the
field is empty, half typed or right, keeps the schema's order.
"""
from __future__ import annotations

import re

from .schema_branches import below_hint, chosen_below
from .schema_words import not_one_of, written_value


def with_misplaced_hints(mapping: dict, key: str, name: str) -> None:
    """`mapping`'s field `key` (named `name` in messages, `绩效指标的“一级指标”`) reshaped, in place, so each value
    that belongs in the field it chooses is told where (see above); unchanged where there is none."""
    field = mapping["properties"][key]
    options, message = field.get("enum"), field.get("errorMessage")
    if not isinstance(options, list) or not isinstance(message, str):
        return
    hints = _hints(mapping, key, options)
    if not hints:
        return
    del field["enum"]
    kept = {annotation: field[annotation] for annotation in ("title", "description", "markdownDescription")
            if annotation in field}
    branches = [{"if": passed_by(key, [value]), "then": {"properties": {key: {
        **kept, "enum": sorted(options),
        "errorMessage": f"{name}：{not_one_of(written_value(value), value, options, hint)}"}}}}
        for value, hint in hints.items()]
    branches.append({"if": passed_by(key, list(hints)),
                     "else": {"properties": {key: {**kept, "enum": options, "errorMessage": message}}}})
    mapping["allOf"] = [*mapping.get("allOf", []), *branches]


def _hints(mapping: dict, key: str, options: list) -> dict[str, str]:
    """Each value outside `options` that a field `key` chooses may hold, with what to write instead
    (`“数量指标”在本表样是二级指标，属于一级指标“产出指标”：请把…；`)."""
    fields = mapping["properties"]

    def title(field_key: str) -> str:
        field = fields.get(field_key)
        return field["title"] if isinstance(field, dict) and isinstance(field.get("title"), str) else field_key

    below = dict.fromkeys(value for _, _, value in chosen_below(mapping, key) if value not in options)
    hints = {value: below_hint(mapping, key, value, options, title) for value in below}
    return {value: hint for value, hint in hints.items() if hint}


def passed_by(key: str, values: list[str]) -> dict:
    """An `if` that a mapping passes only when its field `key` is one of `values`, matched whole by a pattern read
    alike by Python's `re` and JavaScript (no `$`, which Python lets match before a final line break)."""
    alternatives = "|".join(re.sub(r"[\\^$.|?*+()\[\]{}]", r"\\\g<0>", value) for value in values)
    return {"type": "object", "required": [key],
            "properties": {key: {"type": "string", "pattern": f"^(?:{alternatives})(?![\\s\\S])"}}}
