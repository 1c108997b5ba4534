"""What a failed JSON Schema keyword says about the value it refused, in the words a finance officer reads.

One place for them: validate says them of a spec's field after the field's Chinese name (schema.py),
and the schema checks say them of a value a schema's snippet, `default` or example writes (snippet_check)
or of a keyword's own value (schema_check), so a form's author reads what a clerk would.
"""
from __future__ import annotations

import difflib
from decimal import Decimal
from typing import Any

from .schema_store import TYPE_NAMES


def describe(value: Any) -> str:
    """How a value looks to the person who typed it."""
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return f"true/false（{str(value).lower()}）"
    if isinstance(value, (int, float, Decimal)):  # a float only in a schema's own JSON (its snippets)
        return f"数字 {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:30] + "…"
        return f"文本“{shown}”"
    if isinstance(value, list):
        return f"列表（{len(value)} 项）"
    if isinstance(value, dict):
        return "一组“键: 值”字段"
    return "无法识别的值"  # a lone `=`, which YAML reads as a value of its own


def not_one_of(shown: str, value: Any, options: list[str]) -> str:
    """`文本“x”不是可选的取值；是否想写“y”？应为以下之一：…`: a value outside an enum, said alike of a spec's
    field and of a schema's keyword; `shown` is how the value is described."""
    close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)  # not 投入 for 产出指标
    guess = f"是否想写“{close[0]}”？" if close else ""
    return f"{shown}不是可选的取值；{guess}应为以下之一：{'、'.join(options)}"


_BOUNDS = {"minimum": "不小于", "exclusiveMinimum": "大于", "maximum": "不大于", "exclusiveMaximum": "小于"}


def value_words(error) -> str:
    """What is wrong with the value of one jsonschema error, in the words validate says after the
    field's name. A value a schema's snippet, `default` or example writes (snippet_check) is said in
    them too, so its author reads what a clerk would; what needs the spec's text or the field's
    description (a hint how to write it) each caller adds."""
    kind, bound, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        if empty_but_required(error):
            return "必须填写，现在是空的"  # not 'write ""', which is empty too
        expected = type_list(bound)
        wanted = "或".join(TYPE_NAMES.get(t, t) for t in expected if t != "null")
        return f"应为{wanted}{'（可留空）' if 'null' in expected else ''}，实际是{describe(value)}"
    if kind == "enum":
        options = [str(option) for option in bound]
        if value is None or value == "":
            return f"不能为空；应为以下之一：{'、'.join(options)}"
        return not_one_of(describe(value), value, options)
    if kind == "const":
        return f"应为“{bound}”，实际是{describe(value)}"
    if kind == "pattern":
        return f"格式不对（{describe(value)}）"
    if kind == "minLength":
        return "不能为空" if bound <= 1 or not value else f"至少 {bound} 个字符，实际是 {len(value)} 个"
    if kind == "maxLength":
        return f"太长了，最多 {bound} 个字符"
    if kind == "minItems":
        return f"至少需要 {bound} 项"
    if kind == "maxItems":
        return f"最多 {bound} 项，实际有 {len(value)} 项"
    if kind == "uniqueItems":
        return "有重复的项"
    if kind == "minProperties":
        return f"至少需要 {bound} 个字段"
    if kind == "maxProperties":
        return f"最多 {bound} 个字段，实际有 {len(value)} 个"
    if kind == "multipleOf":
        return f"应为 {bound} 的整数倍，实际是 {value}"
    if kind == "minimum" and bound == 0:
        return f"不能是负数，实际是 {value}"
    if kind in _BOUNDS:
        return f"应{_BOUNDS[kind]} {bound}，实际是 {value}"
    return f"不符合表样要求（{error.message}）"


def empty_but_required(error) -> bool:
    """A text field left empty (null) that must be filled in: said as such, not as a wrong type."""
    return type_list(error.validator_value) == ["string"] and error.instance is None and error.schema.get("minLength", 0) > 0


def type_list(types) -> list:
    """A `type` keyword's value as a list: a schema writes one type as a name, several as a list."""
    return types if isinstance(types, list) else [types]
