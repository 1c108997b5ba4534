"""The escapes typed in a double-quoted value (`\\"`, `\\\\`, `\\t`), said as what they print.

Advice that moves a quoted value into a `|` block (numbered paragraphs, each to print on its own line) has the
clerk retype its text there with the quotes dropped; a block reads no escape, and `1. 开展\\"台胞之家\\"活动` kept
as typed printed its backslashes. The advice names each escape with what to type for it instead.
"""
from __future__ import annotations

import re

from .folded_lines import quoted_lines
from .han import ODD_SPACES

ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)")
"""An escape typed in a double-quoted value (`\\"`, `\\t`, `\\u3000`), what follows its backslash as group 1."""
_PLAIN = {'"': '"', "\\": "\\", "/": "/", " ": " "}
"""Escapes of a character a block holds as typed."""


def typed_escapes(lines: list[str], line: int) -> list[str]:
    """The escapes typed in the double-quoted value opening on `line` (1-based), each once, in order: none where
    the line opens no double quote after its key, or the quote is not closed."""
    content = lines[line - 1]
    opened = re.match(r"\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?\"", content)
    typed = quoted_lines(lines, line, opened.end()) if opened else None
    found = (escape.group(0) for each in typed or [] for escape in ESCAPE.finditer(each.text))
    return list(dict.fromkeys(found))


def escapes_retyped(escapes: list[str]) -> str:
    """`值里的转义要改写成它印出来的字：“\\"”写成“"”、“\\t”删去或换成空格（| 块不认转义，反斜杠会原样印在表上）`, or ""
    with no escapes."""
    if not escapes:
        return ""
    said = "、".join(f"“{escape}”{_retyped(escape)}" for escape in escapes)
    return f"，值里的转义要改写成它印出来的字：{said}（| 块不认转义，反斜杠会原样印在表上）"


def _retyped(escape: str) -> str:
    """What to type in a block for `escape`."""
    body = escape[1:]
    if body in _PLAIN:
        return f"写成“{_PLAIN[body]}”"
    if body == "n":
        return "改为在那里换行"
    char = chr(int(body[1:], 16)) if len(body) > 1 else None
    if char in ODD_SPACES:
        return f"写成一个{ODD_SPACES[char][0]}"
    if char and char.isprintable() and not char.isspace():
        return f"写成“{char}”"
    return "删去或换成空格" if body == "t" else "删去"
