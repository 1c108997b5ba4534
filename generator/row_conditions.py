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
    return bool(_naming(store, file_name, item_path, key)) and not refused(store, file_name, item_path, item, key, "")


def some_row_takes(store: SchemaStore, file_name: str, item_path: tuple, key: str, value: Any) -> bool | None:
    """Whether some row the item's conditions tell apart (one for each value an `if` names, as `level1: 产出指标`, and
    one naming none, where a condition has an `else`) takes `value` at `key`; None where no condition names `key`, its
    own schema then deciding. For a slip on a line that does not read (a lone `-`), whose row is not known: `level2`
    takes "" by its own schema, but every 一级指标's branch asks one of its 二级, and `""` advised was refused."""
    conditions = _naming(store, file_name, item_path, key)
    if not conditions:
        return None
    rows = [{field: asked["const"]} for rule in conditions if isinstance(rule["if"], dict)
            for field, asked in (rule["if"].get("properties") or {}).items()
            if isinstance(asked, dict) and "const" in asked]
    rows += [{}] * any("else" in rule or not isinstance(rule["if"], dict) for rule in conditions)
    return any(not refused(store, file_name, item_path, row, key, value) for row in rows)


def _naming(store: SchemaStore, file_name: str, item_path: tuple, key: str) -> list[dict]:
    """The conditions (`if` with `then`/`else`) of the item's schema whose branches name `key`."""
    schema = store.chain(file_name, item_path)[-1][1]
    conditions = [rule for rule in [schema, *schema.get("allOf", [])] if isinstance(rule, dict) and "if" in rule]
    return [rule for rule in conditions
            if any(key in ((rule.get(branch) or {}).get("properties") or {}) for branch in ("then", "else"))]
