"""Line breaks other than "\\n" and "\\r", and byte-order marks, typed inside a spec.

U+0085 (NEL, what a Windows "…" turns into when its byte is read as Latin-1), U+2028 and U+2029 (line
and paragraph separators, from web pages and WeChat) are line breaks to YAML 1.1 and to libyaml, which
validate reads specs with, and mostly text to YAML 1.2 and to ruamel's round-trip parser, which fmt and
`new --from` read them with. A byte-order mark past the first character (two files pasted together)
is skipped by one and kept by the other. Where such a character stands decides whether the two read the
file alike: inside a value they do (the TEXT-INVISIBLE rule warns of it); at the start of a line, in a
comment or in a `|` block they may not, and then the character is what to delete.
"""
from __future__ import annotations

import re

PARSERS_DIFFER = re.compile("[\x85\u2028\u2029\ufeff]")
"""Characters the two parsers may read apart; searched from the second character, since the first may be
the byte-order mark of the file."""

_NAMES = {"\x85": "下一行符 NEL", "\u2028": "行分隔符", "\u2029": "段分隔符", "\ufeff": "字节顺序标记 BOM"}
_LIKELY = re.compile(r"(?:^|(?<=[\n\r]))[ \t]*(?P<lead>[\x85\u2028\u2029\ufeff])"
                     r"|(?:^|(?<=\s))#[^\n\r]*?(?P<comment>[\x85\u2028\u2029\ufeff])")


def break_slip(text: str) -> tuple[int, int, str]:
    """(line, column, message) of the character the two parsers read `text` apart for: the first one
    that starts a line or sits in a comment, where one parser breaks the line and the other does not,
    else the first one after the text's first character."""
    likely = _LIKELY.search(text, 1)
    index = (likely.start(likely.lastgroup) if likely else PARSERS_DIFFER.search(text, 1).start())
    before = text[:index]
    line, column = before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
    char = text[index]
    return line, column, (f"这里有一个看不见的字符 U+{ord(char):04X}（{_NAMES[char]}），多半是复制粘贴带来的；"
                          "有的 YAML 读法把它当作换行，有的当作文字，jixiao fmt 等命令会读错这个文件；"
                          "请删除它（光标经过那里时要多按一次方向键）")
