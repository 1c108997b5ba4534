"""Whether a schema lets a list item's field be empty for that item alone, by a condition of its own.

A form may print a row without its own text in one column (a 满意度 row without a 三级指标 name) while every
other row needs one: the schema says so with an `if`/`then`/`else` on the item naming the field. `jixiao new`
then writes “（请填写）” where the item's condition refuses "", and lint does not ask a name of the row where
the condition lets it be empty.

`diff` names such a row by its 二级 alone and does not call its name missing.
"""
from __future__ import annotations

from typing import Any

from .schema_store import SchemaStore


def refused(store: SchemaStore, file_name: str, item_path: tuple, item: dict, key: str, value: Any) -> bool:
    """Whether the item's schema, its conditions included, refuses `value` at `key` of the item, as validate would
    (`validator_in`: a `$ref` to `#` there is the file's top, not the item)."""
    checked = store.validator_in(file_name, item_path)
    return any(tuple(error.absolute_path)[:1] == (key,) for error in checked.iter_errors({**item, key: value}))


def empty_by_condition(store: SchemaStore, file_name: str, item_path: tuple, item: dict, key: str) -> bool:
    """Whether a condition of the item's schema decides if `key` may be empty, and lets it be empty here."""
    schema = store.chain(file_name, item_path)[-1][1]
    conditions = [rule for rule in [schema, *schema.get("allOf", [])] if isinstance(rule, dict) and "if" in rule]
    named = any(key in (rule.get(branch) or {}).get("properties", {}) for rule in conditions for branch in ("then", "else"))
    return named and not refused(store, file_name, item_path, item, key, "")
