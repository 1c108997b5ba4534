"""TEXT-NUMBER: a text field's value is typed without quotes in a way other YAML tools read as a number.

jixiao reads `012001`, `08`, `1e3`, `0x1F` and `.inf` as the text typed, but a tool reading YAML 1.2's core schema
(the editor, VS Code, which then marks the line red with the schema's own message) reads a number: `012001` becomes
12001 and loses its leading 0. The file is then one thing to jixiao and another to them, so this says what they read
and how to write it as text (fmt does it, see fmt.Layout._typed_text). Only the core schema's forms (`_CORE_NUMBER`):
`1_000` and `0b101`, numbers to the resolver fmt quotes by, are text to the editor, which says nothing of them (fmt
still quotes them); Python's yaml (YAML 1.1) reads yet otherwise (`012001` as octal 5121, `08` as text), and no
message can say what every tool reads.
Only text fields: in an amount or a year such a value is not a number to jixiao, and the schema says so.
A long whole number in scientific notation (`phone: 1.58734E+10`) is told apart, quoted or not: it is a number copied
from Excel as Excel showed it, its last digits lost, and quoting it only printed `1.58734E+10` on the form; the message
says the digits are gone and are to be typed again in full (see excel_scientific). Digits lost make it an error, the
one TEXT-NUMBER finding that is: the value is certainly wrong and the form cannot print it, so build makes no form of
it and no `# jixiao: disable=TEXT-NUMBER` hides it (the comment is told DISABLE-ERROR there, as for DATE-YEAR's errors);
a number whose every digit is written (`1.58734E+5`) is only warned, like the rest.
Pass: `unit_code: "012001"`; `annual_value: "08"`.  Fail: `unit_code: 012001`; `annual_value: 1e3`;
`phone: "1.58734E+10"`.
"""
from __future__ import annotations

import math
import re
from typing import Iterator

from ..datapath import json_path
from ..excel_scientific import ScientificNumber, scientific_number
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
        scientific = scientific_number(text)
        number = read_as_number(text) if _CORE_NUMBER.fullmatch(text) else None
        if (number is None and scientific is None) or ctx.store.chain(schema, path)[-1][1].get("type") != "string":
            continue
        line, column, typed = ctx.typed(path)
        if scientific is not None:  # digits lost are an error: the value is certainly wrong, and no comment hides it
            yield Problem(ctx.path, line, column, Severity.ERROR if scientific.lost else Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：{_retype(text, scientific)}", json_path(path))
            continue
        if not typed.startswith(text):  # quoted, so read as text by every tool
            continue
        yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                      f"{ctx.field_name(path)}：{text} 没有加引号，jixiao 按写的样子读作文字，"
                      f"但编辑器（VS Code）等按 YAML 1.2 读的工具会读成{_reading(text, number)}；"
                      f"{FIX}：\"{text}\"（jixiao fmt 会自动加上）", json_path(path))


def _retype(text: str, number: ScientificNumber) -> str:
    """What a number in scientific notation is and how to write it: the digits Excel rounded off cannot be quoted
    back, so the fix is to type the number again (or, when every digit is there, to write them out)."""
    if number.lost == 0:
        return (f"{text} 是用科学计数法写的数字 {number.whole}，表上会照写的样子印出 {text}；"
                f"请写出全部数字，加英文双引号写成文字：\"{number.whole}\"")
    return (f"{text} 是 Excel 用科学计数法显示的数字（多半是从 Excel 复制来的），只剩前 {len(number.written)} 位，"
            f"后 {number.lost} 位成了 0（读作 {number.whole}），原来的数字已经丢失，加引号也找不回来，表上会印出 {text}；"
            f"请照原件重新输入全部 {number.width} 位数字，加英文双引号写成文字，"
            f"不要从 Excel 里按显示的样子复制（jixiao fmt 不会替它加引号）")


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
