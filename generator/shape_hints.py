"""How to write a value the schema refuses for its shape, where the shape typed shows what was meant: bullet lines
under a text field (a list to YAML). "应为文本，实际是列表" alone named no way to write them."""
from __future__ import annotations

import re

from .key_lines import DASH_LINE, KEY, indent_width
from .problems import runs_said

_KEY_COLON = re.compile(KEY + r"[ ]*:")


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

