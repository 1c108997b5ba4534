"""The editor's squiggle for a missing field names that field and the line to add, as `jixiao validate` does
(`缺少必填字段“amount”（拟投入的资金（万元））；请加一行“amount: 金额”；金额以万元为单位…`).

yaml-language-server says one fixed `errorMessage` for each failed keyword of a mapping, so the mapping's own
(`每项重点工作任务要写齐：name（名称）、…`, also said for an unknown field and an item typed as text) could list the
fields it must hold but not say which one is missing. Each required field is therefore required again by an
`allOf` entry of its own, whose message names it: the server shows it beside the mapping's, at the same place.
The mapping keeps its `required`, which the server reads to complete a new item or a key that opens a mapping
with the fields it must hold (`budget:` with `total:`, `fiscal:`, `other:`) and to offer the item's missing
fields at once; without it those completions inserted the key alone. The entries require nothing the mapping
does not, so the bundle judges exactly as the schema file does. A mapping that requires one field only (the root
of the bundle of every form, `form`) gets none: its own message, said where that field is missing, can mean no
other, and an entry put a second squiggle saying the same beside it.
"""
from __future__ import annotations

from typing import Callable

from .editor_completions import AMOUNT_LABEL
from .editor_misplaced import passed_by
from .missing_fields import Field, adding, addition
from .schema_branches import condition_of, then_enum
from .schema_words import type_list


def with_missing_field_messages(mapping: dict, whose: str, resolved: Callable[[dict], dict]) -> None:
    """`mapping` (whose fields `whose` names: `年度重点工作任务的这一项`) given, in place, an `allOf` entry per
    required field it declares, saying that field is missing; unchanged where it has no message of its own.
    `resolved` gives a field or item with the definition its `$ref` points at."""
    required, fields = mapping.get("required"), mapping.get("properties")
    if not (isinstance(required, list) and isinstance(fields, dict) and isinstance(mapping.get("errorMessage"), str)):
        return
    if len(required) == 1:  # its own message says that field is missing (see above)
        return
    entries = [entry for key in required if isinstance(fields.get(key), dict)
               for entry in _entries(mapping, whose, key, resolved(fields[key]), resolved)]
    if entries:
        mapping["allOf"] = [*mapping.get("allOf", []), *entries]


def _entries(mapping: dict, whose: str, key: str, field: dict, resolved: Callable[[dict], dict]) -> list[dict]:
    """The entries saying `key` is missing. A field whose options the mapping's branches choose by another field
    (二级指标 by the 一级指标 written) is told with the options chosen, as validate does: its own schema says only
    text, whose words (`level2: （请填写）`, `没有内容时写 ""`) would have the row refused again. One entry per
    value that chooses, and one for any other value or none, whose `if` passes by pattern (see editor_misplaced)."""
    said = ((condition_of(branch), then_enum(branch, key)) for branch in mapping.get("allOf", []))
    chosen = [(named, options) for named, options in said if named and options]
    chooser = {named[0] for named, _ in chosen}
    if len(chooser) != 1 or not all(isinstance(named[1], str) for named, _ in chosen):
        return [{"required": [key], "errorMessage": _missing_words(whose, key, field, resolved)}]
    [by] = chooser
    return [*({"if": passed_by(by, [value]), "then": {
        "required": [key], "errorMessage": _missing_words(whose, key, {**field, "enum": options}, resolved)}}
        for (_, value), options in chosen),
        {"if": passed_by(by, [value for (_, value), _ in chosen]),
         "else": {"required": [key], "errorMessage": _missing_words(whose, key, field, resolved)}}]


def _missing_words(whose: str, key: str, field: dict, resolved: Callable[[dict], dict]) -> str:
    """`…：缺少必填字段“amount”（拟投入的资金（万元））；请加一行“amount: 金额”；…`: validate's words less where the line
    goes, which depends on the fields the item has (the squiggle is at the item's or the mapping's first line)."""
    title = field.get("title") if isinstance(field.get("title"), str) else key
    item = resolved(field["items"]) if isinstance(field.get("items"), dict) else {}
    # an amount copied from the shared definition carries the snippet with_amount_example gave it; no `$ref` is left
    amount = any(isinstance(snippet, dict) and snippet.get("label") == AMOUNT_LABEL
                 for snippet in field.get("defaultSnippets", []))
    kinds = set(type_list(field.get("type", [])))
    if not kinds:
        kinds = {"object"} if "properties" in field else {"array"} if "items" in field else set()
    written, how = addition(key, Field(field, kinds, amount, item, set(type_list(item.get("type", []))), title, None))
    return f"{whose}：缺少必填字段“{key}”（{title}）；请{adding(written)}{written}" + (f"；{how}" if how else "")
