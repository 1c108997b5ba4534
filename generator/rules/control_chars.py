"""TEXT-CONTROL-CHAR: no text holds a character that Word's XML cannot carry, or a private-use one.

YAML's reader already refuses raw control characters; an escape inside double quotes
("\a", "\x07", "\uFFFE") still gets through and would make a .docx that Word refuses to open.
A private-use character (U+E000–U+F8FF: a Wingdings or Symbol glyph pasted from Word) has no glyph
in the form's fonts, so the form prints an empty box; and jixiao's renderers mark merged cells and
the parts of a Word template with such characters, which spec text must not be able to forge.
Pass: "≥95％".  Fail: "≥95\a％", "\uf0fc 完成".
"""
from __future__ import annotations

import re
from typing import Iterator

from ..datapath import json_path
from ..problems import Problem, Severity

ID = "TEXT-CONTROL-CHAR"
UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
PRIVATE = re.compile("[\ue000-\uf8ff]")


def check(ctx) -> Iterator[Problem]:
    for path, text in ctx.strings():
        bad = UNWRITABLE.search(text)
        private = PRIVATE.search(text)
        if bad:
            what = f"含有不能写入 Word 的控制字符 U+{ord(bad.group(0)):04X}（第 {bad.start() + 1} 个字符）；请删除它"
        elif private:
            what = (f"含有私用区字符 U+{ord(private.group(0)):04X}（第 {private.start() + 1} 个字符，多半是从 Word 的 "
                    "Wingdings、Symbol 等符号字体复制来的），表上的字体里没有它，会印成空框；请删除它或改用普通字符（如 √）")
        else:
            continue
        line, column = ctx.locate(path)
        yield Problem(ctx.path, line, column, Severity.ERROR, ID, f"{ctx.field_name(path)}：{what}",
                      json_path(path))
