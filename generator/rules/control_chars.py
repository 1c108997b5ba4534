"""TEXT-CONTROL-CHAR: no text holds a character that Word's XML cannot carry.

YAML's reader already refuses raw control characters; an escape inside double quotes
("\a", "\x07", "\uFFFE") still gets through and would make a .docx that Word refuses to open.
Pass: "≥95％".  Fail: "≥95\a％".
"""
from __future__ import annotations

import re
from typing import Iterator

from ..load import iter_strings
from ..problems import Problem, Severity

ID = "TEXT-CONTROL-CHAR"
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def check(ctx) -> Iterator[Problem]:
    for path, text in iter_strings(ctx.data):
        bad = _INVALID.search(text)
        if bad:
            line, column = ctx.locate(path)
            yield Problem(
                ctx.path, line, column, Severity.ERROR, ID,
                f"{ctx.field_name(path)}：含有不能写入 Word 的控制字符 U+{ord(bad.group(0)):04X}（第 {bad.start() + 1} 个字符）；请删除它",
                ".".join(str(s) for s in path),
            )
