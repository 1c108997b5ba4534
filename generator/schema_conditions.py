"""When a schema asks what one of its errors says: the `if` of a `then` or an `else`, or the field whose
presence a `dependentSchemas` entry depends on, in words that lead the message.

A field required only under an `if` was said to be missing as if always required, and a clerk who
wrote 一级指标: 产出指标 beside an empty 说明 could not see why 满意度指标 needed one. The words name the
fields of the value the condition is about (`一级指标为“满意度指标”时，`), found by following the error's
schema path through the schema jsonschema judged with.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from .schema_words import rule_words

# Schema keywords by what follows them in a schema path: a name or an index then a subschema, or a subschema;
# and whether that subschema judges a value inside the one judged before (a field, an item) or the same one.
_NAMED_INTO = frozenset({"properties", "patternProperties", "prefixItems"})
_NAMED_SAME = frozenset({"allOf", "anyOf", "oneOf", "dependentSchemas", "$defs"})
_ONE_INTO = frozenset({"items", "additionalProperties", "contains", "unevaluatedItems", "unevaluatedProperties"})
_ONE_SAME = frozenset({"not", "if", "then", "else", "propertyNames"})


def schema_at(root: Any, steps) -> Any:
    """The subschema a schema path leads to from `root`, or None where it cannot be followed (through a
    `$ref` of a schema validated through the registry)."""
    node = root
    for step in steps:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def condition(root: Any, error, title: Callable[[tuple], str], data: Any) -> str:
    """`一级指标为“满意度指标”时，`, `写了电话时，`, or "" for an error no condition leads to (or one whose
    `if` asks what no short words say); `title` names the field at an instance path, `data` is the value
    validated (a field the `if` names but does not require is said to be written only where it is there)."""
    steps = list(error.absolute_schema_path)
    found = _innermost(steps)
    if found is None:
        return ""
    at, depth = found
    owner, base = schema_at(root, steps[:at]), tuple(error.absolute_path)[:depth]

    def named(key: str) -> str:
        return title(base + (key,))

    if steps[at] == "dependentSchemas":
        written = steps[at + 1:at + 2] or false_places(schema_at(root, steps), steps[at], error.instance)
        return f"写了{'或'.join(named(key) for key in written)}时，" if written else ""
    asked = owner.get("if") if isinstance(owner, dict) else None
    if steps[at] == "then":
        rule = rule_words(asked, named, _maybe_unwritten(asked, schema_at(data, base)))  # a data path alike
        return f"{rule}时，" if rule else ""
    rule = rule_words(asked, named)  # an `if` fails only on a field written: 一级指标不是“满意度指标”
    if rule is None:
        return ""
    if "且" not in rule and rule.startswith("是"):  # a scalar's `if`: 是“其他” → 不是“其他”, not 不满足“是“其他””
        return f"不{rule}时，"
    if "且" not in rule and "为“" in rule:  # 一级指标为“满意度指标” → 一级指标不是“满意度指标”
        return rule.replace("为“", "不是“", 1) + "时，"
    return f"不满足“{rule}”时，"


def _maybe_unwritten(asked: Any, holder: Any) -> frozenset:
    """The fields an `if` names under `properties` that it does not require and the mapping it judged does
    not hold: `properties` asks nothing of a field not written, so the `if` held without it (not
    一级指标为“满意度指标” of a spec with no 一级指标)."""
    if not isinstance(asked, dict) or not isinstance(asked.get("properties"), dict):
        return frozenset()
    required = asked.get("required") if isinstance(asked.get("required"), list) else []
    return frozenset(key for key in asked["properties"]
                     if key not in required and not (isinstance(holder, dict) and key in holder))


def false_places(node: Any, keyword: str, holder: Any) -> list:
    """The keys (or indexes) of `holder` whose subschema is `false` under the keyword that ends a schema path,
    where `node` is that keyword's value: jsonschema's schema path of a `false` schema ends at the keyword,
    naming no key (`properties: {b: false}`, `dependentSchemas: {a: false}` with `b`, `a` written)."""
    if keyword in ("properties", "dependentSchemas") and isinstance(node, dict) and isinstance(holder, dict):
        return [key for key, subschema in node.items() if subschema is False and key in holder]
    if keyword == "patternProperties" and isinstance(node, dict) and isinstance(holder, dict):
        refused = [pattern for pattern, subschema in node.items() if subschema is False]
        return [key for key in holder if any(re.search(pattern, str(key)) for pattern in refused)]
    if keyword == "prefixItems" and isinstance(node, list) and isinstance(holder, list):
        return [n for n, subschema in enumerate(node[:len(holder)]) if subschema is False]
    return []


def _innermost(steps: list) -> tuple[int, int] | None:
    """(index in the schema path, depth in the instance path) of the last `then`, `else` or `dependentSchemas`
    the path goes through: how many steps into the judged value it applies is what names its fields."""
    found, depth, i = None, 0, 0
    while i < len(steps):
        step = steps[i]
        if step in ("then", "else", "dependentSchemas"):
            found = (i, depth)
        if step in _NAMED_INTO or step in _NAMED_SAME:
            depth += step in _NAMED_INTO
            i += 2
        elif step in _ONE_INTO or step in _ONE_SAME:
            depth += step in _ONE_INTO
            i += 1
        else:  # the keyword that failed, or a `$ref` followed
            i += 1
    return found
