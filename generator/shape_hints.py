"""How to write a value the schema refuses for its shape, where the shape typed shows what was meant: bullet lines
under a text field (a list to YAML), and a table row pasted as one line where a list item's fields go (a text to
YAML). "应为文本，实际是列表" and "应为一组“键: 值”字段，实际是文本" alone named neither the fields nor the way to
write them.

A pasted row is answered with each column's Chinese name and key, and, where the count of its cells matches, the
lines written in the order of the form's columns.
"""
from __future__ import annotations

import re

from .key_lines import DASH_LINE, KEY, indent_width
from .problems import runs_said
from .yaml_lines import typed_value

_KEY_COLON = re.compile(KEY + r"[ ]*:")
_CELLS = re.compile(r"\t+|[ \u3000]+")


def bullets_as_text(lines: list[str], key_line: int, item_lines: list[int], step: int, title: str) -> str | None:
    """`分条写的文字请放在“|”块里…` for a text field (its key on `key_line`) holding a list of plain texts typed on
    `item_lines`, one each (`title` the field's Chinese name): the key's line written with `|` after its colon, and the items' lines indented under the
    key where they stand no deeper than it (a list may stand at its key's column, a block's text may not). None where
    an item is not one line of plain text, which the block would not keep as typed."""
    header = _KEY_COLON.match(lines[key_line - 1])
    if header is None or not item_lines:
        return None
    for number in item_lines:
        content = lines[number - 1]
        if not DASH_LINE.match(content) or content.lstrip()[1:].lstrip()[:1] in ("\"", "'", "|", ">", ""):
            return None
    written = (lines[key_line - 1][:header.end()] + " |" + lines[key_line - 1][header.end():]).rstrip()
    column = len(header["lead"])
    said = f"第 {runs_said(item_lines)} 行"
    short = min(indent_width(lines[number - 1]) for number in item_lines) <= column
    indent = f"并在{said}行首都补上 {column + step - min(indent_width(lines[n - 1]) for n in item_lines)} 个空格" \
        if short else f"{said}不用改（它们比“{header['key']}”多缩进，就是块里的文字，“- ”也照样印出）"
    return (f"“{title}”是一段文字，不是列表：分条写的文字请放在“|”块里，每行照样以“- ”开头——"
            f"在第 {key_line} 行“{header['key']}:”的冒号后面加上“ |”（写成 {written.lstrip()}），{indent}")


def row_as_fields(text: str, fields: list[tuple[str, str]], dash: str, every: list[tuple[str, str]] | None = None) -> str:
    """`这一项要写 一级指标 level1、… 各栏` for a list item typed as one line of text, with the `fields` (key, title) its
    schema declares in the form's column order; and, when the text splits into as many cells as there are fields
    (tabs, or the spaces they were replaced by), the item written with them, one field a line, `dash` being the
    item's line up to its dash's "- ". A row as many cells long as `every` field the item may have is written with
    those."""
    named = "、".join(f"{title} {key}" for key, title in fields)
    said = f"；这一项要分栏写成“键: 值”，每栏一行：{named}"
    cells = [cell for cell in _CELLS.split(text.strip()) if cell]
    if every and len(cells) == len(every) != len(fields):
        fields = every
    if len(cells) != len(fields):
        return said + "（“- ”后写第一栏，其余各行与它左端对齐）"
    pad = " " * len(dash)
    written = [f"{dash if i == 0 else pad}{key}: {typed_value(cell)}" for i, ((key, _), cell) in enumerate(zip(fields, cells))]
    return (said + f"；像是从表格粘贴来的一行，照表上各栏的次序，这一行可换成 {len(written)} 行："
            + "".join(f"“{line}”" for line in written) + "（后几行与第一栏的键左端对齐）")
