"""What to add for a required field a spec lacks, and where in the file to add it.

jsonschema says only that a key is missing. A finance officer adding it needs the line itself
(`project: 金额`, `unit: （请填写）`), what goes after the colon (a number in 万元, the field's own content in place
of “（请填写）”, one of a few names, a list of `- ` items), and where it goes: beside the fields the schema puts
around it (the order `jixiao fmt` keeps), indented like them. Everything here is read from the schema and the
spec's own lines.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from .field_fixes import BLANK_CELL
from .key_lines import holds_data, indent_width
from .placeholder import PLACEHOLDER
from .schema_store import date_example, is_date
from .yaml_lines import double_quoted

_NUMBER_LIKE = re.compile(r"[-+.0-9]")
"""A text example starting like this reads as a number unless quoted (`564301`)."""


class Field(NamedTuple):
    """A missing field's schema, resolved: its node and types, whether it is money in 万元, for a list the node and
    types of one item, its Chinese title, and the spec's budget year (None when it has none) for a date's example;
    for the spec's missing `year` itself, the year its file name names (spec_year.named_year; None for none)."""

    node: dict
    kinds: set[str]
    amount: bool
    item: dict
    item_kinds: set[str]
    title: str
    year: int | None
    named_year: int | None = None


def advice(spec, path: tuple, mapping: dict, order: list[str], key: str, field: Field,
           missing: Mapping[str, bool]) -> tuple[str, tuple | None]:
    """`请在 basic: 下面加一行“project: 金额”，与它对齐；金额以万元为单位…` for the missing `key` of `mapping`
    (the spec's mapping at `path`, whose fields the schema puts in `order`; `missing` its other required fields
    it lacks too, each with whether it opens a block), and the path of the field it says to write beside (None when
    it names none)."""
    written, how = addition(key, field)
    verb = adding(written)
    also = _missing_before(mapping, order, key, missing)
    after = None if also is None else f"在同样缺少的 {also}: 及其下各行之后" if missing[also] else \
        f"在同样缺少的 {also} 之后"
    where, aligned, beside = placement(spec, path, mapping, key, order, verb, after)
    return f"请{where}{written}{aligned}" + (f"；{how}" if how else ""), beside


def _missing_before(mapping: dict, order: list[str], key: str, missing: Mapping[str, bool]) -> str | None:
    """The field missing too that the schema puts right before `key`, after every field the mapping has before it:
    two fields told to go under the same line (`name:`) were added in the wrong order by following both."""
    if key not in order:
        return None
    before = [k for k in order[:order.index(key)] if k in mapping or k in missing]
    return before[-1] if before and before[-1] not in mapping else None


def adding(written: str) -> str:
    """The verb for adding what `addition` wrote: a key that opens a block (`“budget:”`) is put on, not a whole line."""
    return "加上" if written.endswith(":”") else "加一行"


def addition(key: str, field: Field) -> tuple[str, str]:
    """What to write for a missing `key` (`“project: 金额”`, or `“key_tasks:”` opening a block) and how to
    fill it in (`金额以万元为单位直接写数字…`, or "")."""
    node, kinds = field.node, field.kinds
    blank = f"（{BLANK_CELL}）" if "null" in kinds else ""
    options = node.get("enum")
    if "const" in node:
        return f"“{key}: {node['const']}”", ""
    if "array" in kinds:
        return f"“{key}:”", _list_items(field.item, field.item_kinds)
    if "object" in kinds:
        return f"“{key}:”", f"其下每行比 {key}: 多缩进两格，写一个字段：{'、'.join(fields_of(node))}"
    if field.amount and "number" in kinds:  # the words and examples of the money fields' SCHEMA-TYPE hint
        return f"“{key}: 金额”", f"金额以万元为单位直接写数字，{_example(node) or '如 78.56 或 0.00'}{blank}"
    if field.named_year is not None:  # the schema's example (2024) was copied into a 2025 spec, then YEAR-FILE-NAME
        return f"“{key}: {field.named_year}”", (f"文件名写的是 {field.named_year} 年；是别的年度就写那一年，"
                                               f"直接写四位阿拉伯数字，不加引号、单位或汉字")
    if "integer" in kinds and "number" not in kinds:
        return f"“{key}: 整数”", f"直接写阿拉伯数字{_example(node, '，')}，不加引号、单位或汉字{blank}"
    if "number" in kinds:  # a variant's own number (分值, 权重) is not in 万元
        return f"“{key}: 数字”", f"直接写数字{_example(node, '，')}，不加引号或单位{blank}"
    if options and all(isinstance(option, str) and option for option in options):
        return f"“{key}: …”", f"写以下之一：{'、'.join(options)}"
    if options == [""]:  # a 满意度 row's 二级指标: `level2: （请填写）` was offered first, which the row then refused
        return f"“{key}: \"\"”", f"这一行没有{field.title}，只写一对英文双引号"
    if "string" in kinds:
        return _text_line(key, field)
    return f"“{key}: …”", ""


def _text_line(key: str, field: Field) -> tuple[str, str]:
    """The line with “（请填写）”, as `jixiao new` writes a text to fill in, and what replaces it: the field's title,
    or a date in its form's way. A word standing for the value (`unit: 文字`) was typed as it is and printed on the
    form, passing validate; “（请填写）” left in is warned of by validate and lint (A13). Quoted where the schema has
    its values quoted or its example would read as a number unquoted."""
    node = field.node
    sample = _sample(node)
    quoted = double_quoted(node) or bool(_NUMBER_LIKE.match(sample))
    line = f"“{key}: \"{PLACEHOLDER}\"”" if quoted else f"“{key}: {PLACEHOLDER}”"
    what = f"实际的日期，如 {date_example(node, field.year)}" if is_date(node) else f"实际的{field.title}"
    said = [f"把“{PLACEHOLDER}”换成{what}"]
    if sample and not is_date(node):
        said.append(f"如 \"{sample}\"" if quoted else f"如 {sample}")
    if quoted:
        said.append("英文双引号保留")
    if node.get("minLength", 0) < 1 and "pattern" not in node and not is_date(node):  # DATE-YEAR refuses a date ""
        said.append("没有内容时写 \"\"（一对英文双引号）")
    return line, "，".join(said)


def _sample(field: dict) -> str:
    """The schema's first `examples` entry as written in a spec ("" when it gives none)."""
    examples = field.get("examples")
    if not isinstance(examples, list) or not examples or isinstance(examples[0], (dict, list)):
        return ""
    return str(examples[0])


def _example(field: dict, lead: str = "") -> str:
    """`如 2024`, after `lead`, from the schema's examples ("" when it gives none)."""
    sample = _sample(field)
    return f"{lead}如 {sample}" if sample else ""


def fields_of(node: dict) -> list[str]:
    """The fields an object must have (all it may have, when it names none as required)."""
    required = node.get("required")
    return [str(k) for k in required] if isinstance(required, list) and required else list(node.get("properties", {}))


def _list_items(item: dict, item_kinds: set[str]) -> str:
    """How a list's items are written: the editor snippet that inserts one, when the schema offers one."""
    snippets = item.get("defaultSnippets")
    label = snippets[0].get("label") if isinstance(snippets, list) and snippets and isinstance(snippets[0], dict) else None
    if label:
        return f"其下每一项以“- ”开头（在编辑器里打“- ”后按 Ctrl+Space 选“{label}”，一次插入这一项的各栏）"
    if "object" in item_kinds and fields_of(item):
        return f"其下每一项以“- ”开头，各写 {'、'.join(fields_of(item))} 几个字段"
    return "其下每一项一行，以“- ”开头"


def placement(spec, path: tuple, mapping: dict, key: str, order: list[str], verb: str,
              after_missing: str | None = None) -> tuple[str, str, tuple | None]:
    """Where the missing `key` of `mapping` (the spec's mapping at `path`) goes, as words before and after
    what to add (`在 basic: 下面加一行`, `，与它对齐`; `verb` says how it is added to a block mapping),
    and the path of the field they name (None for none).

    `after_missing` when given: the words placing it after a field missing too that goes before it
    (`在同样缺少的 period_value 之后`, the field whatever its lines, not under its key's line; a block as
    `budget: 及其下各行之后`, as the line is not to go between `budget:` and its fields), unless both go above the
    same field, which keeps their order.

    The field before it in the schema's `order` is named when its value is one line, else the field after
    it (a line above any key is inside the same mapping, unless the key opens a list item: `- level2:`),
    else the one before it again, as a whole block. Only a mapping with none of the fields around the
    missing one is described by its own place.
    """
    at = order.index(key) if key in order else len(order)
    present = [k for k in order if k in mapping]
    before = [k for k in present if order.index(k) < at]
    opening = next(iter(mapping), None) if path and isinstance(path[-1], int) else None
    after = [k for k in present if order.index(k) > at and k != opening]
    line, column = spec.locate(path)
    if 0 < line <= len(spec.lines) and spec.lines[line - 1][column - 1:column] == "{":
        return "在花括号 { } 里加上", "，与其他字段用英文逗号隔开", None
    below = before and _one_line(spec, path, mapping, before[-1])
    if after and not below:
        return f"在 {after[0]}: 上面{verb}", "，与它对齐", path + (after[0],)
    if after_missing is not None:
        return f"{after_missing}{verb}", "，与它对齐", path + (before[-1],) if before else None
    if below:
        return f"在 {before[-1]}: 下面{verb}", "，与它对齐", path + (before[-1],)
    if before:
        return f"在 {before[-1]}: 及其下各行之后{verb}", f"，与 {before[-1]}: 对齐", path + (before[-1],)
    if opening is not None:
        return f"在这一项里{verb}", "", None
    return (f"在 {path[-1]}: 下面{verb}", "，比它多缩进两格", None) if path else (f"在文件里{verb}", "，顶格写", None)


def _one_line(spec, path: tuple, mapping: dict, key: str) -> bool:
    """Whether a field is written on its key's line alone: a value, not a block of lines under the key."""
    if isinstance(mapping[key], (dict, list)) or "\n" in str(mapping[key]):
        return False
    line, column = spec.locate(path + (key,), key=True)
    below = (text for text in spec.lines[line:] if holds_data(text))
    following = next(below, None)
    return following is None or indent_width(following) < column
