"""TEXT-NUMBER: a text field's value is typed without quotes in a way other YAML tools read as a number.

jixiao reads `012001`, `08`, `1e3`, `0x1F` and `.inf` as the text typed, but a tool reading YAML 1.2's core schema
(the editor, VS Code, which then marks the line red with the schema's own message) reads a number: `012001` becomes
12001 and loses its leading 0. The file is then one thing to jixiao and another to them, so this says what they read
and how to write it as text (fmt does it, see fmt.Layout._typed_text). Only the core schema's forms (`_CORE_NUMBER`):
`1_000` and `0b101`, numbers to the resolver fmt quotes by, are text to the editor, which says nothing of them (fmt
still quotes them); Python's yaml (YAML 1.1) reads yet otherwise (`012001` as octal 5121, `08` as text), and no
message can say what every tool reads.
Only text fields: in an amount or a year such a value is not a number to jixiao, and the schema says so.
Pass: `unit_code: "012001"`; `annual_value: "08"`.  Fail: `unit_code: 012001`; `annual_value: 1e3`.
"""
from __future__ import annotations

import math
import re
from typing import Iterator

from ..load import read_as_number
from ..problems import Problem, Severity

ID = "TEXT-NUMBER"
_CORE_NUMBER = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                          r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")
"""The plain values YAML 1.2's core schema reads as a number (its int and float, spec 10.3.2), as the editor does."""
FIX = "请加英文双引号写成文字"
"""The fix as the schemas' errorMessage for a text field says it (`单位编码请加英文双引号写成文字，如 "564301"`), which the
editor shows at the red line: the two say the same."""


def check(ctx) -> Iterator[Problem]:
    schema = ctx.variant.schema_path.name
    for path, text in ctx.strings():
        number = read_as_number(text) if _CORE_NUMBER.fullmatch(text) else None
        if number is None or ctx.store.chain(schema, path)[-1][1].get("type") != "string":
            continue
        line, column, typed = ctx.typed(path)
        if not typed.startswith(text):  # quoted, so read as text by every tool
            continue
        yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                      f"{ctx.field_name(path)}：{text} 没有加引号，jixiao 按写的样子读作文字，"
                      f"但编辑器（VS Code）等按 YAML 1.2 读的工具会读成{_reading(text, number)}；"
                      f"{FIX}：\"{text}\"（jixiao fmt 会自动加上）", ".".join(str(s) for s in path))


def _reading(text: str, number: int | float) -> str:
    """What the number read is, said with what it loses of the text typed."""
    if isinstance(number, float) and math.isnan(number):
        return "“非数字”（NaN）"
    if isinstance(number, float) and math.isinf(number):
        return "负无穷大" if number < 0 else "无穷大"
    if isinstance(number, float) and number.is_integer():
        number = int(number)
    shown = f"{number:f}".rstrip("0").rstrip(".") if isinstance(number, float) else str(number)
    digits = text.lstrip("+-")
    lost = "，前面的 0 丢失" if isinstance(number, int) and digits.isdigit() and digits.startswith("0") else ""
    return f"数字 {shown}{lost}"
