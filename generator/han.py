"""Chinese characters and the spaces around them.

Chinese text has no space between words, nor beside a Chinese character, where Latin text has one:
a line break that YAML folds into a space (`补助发放` / `及时率`), or the lines of a name wrapped by
hand in a narrow cell (某市归国华侨 / 联合会), join beside Chinese without a space. `HAN` covers the
CJK ideographs (with extension A and the compatibility block), CJK punctuation and full-width forms.
"""
from __future__ import annotations

import re

from .lazy_pattern import LazyPattern
from .tab_words import TAB

HAN = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
_HAN = LazyPattern(HAN)
FULL_WIDTH_COMMENT = re.compile(r"[ \t\u3000]+＃[ \t\u3000]*(?P<rest>\S.*)$")
"""A comment typed after a value with the input method's ＃ (`year: 2026 ＃ 年度`): YAML takes only the ASCII # for
one, so the words are the value's, printed on the form or refused by a number field. A blank goes before it, as
before a comment: `3＃楼` is a building's number."""
FULL_WIDTH_HASH = "这里的“＃”是全角字符，如果是注释请改成半角 #"

ODD_SPACES = {"\u3000": ("全角空格", "中文输入法的空格"), "\u00a0": ("不换行空格", "从网页或 Word 粘贴来的")}
"""The spaces that look like a plain one in an editor but are kept in a value typed without quotes and printed:
each one's name, and where it comes from."""


NO_BREAK = "\u00a0\u202f\u2007"
"""The no-break spaces, pasted from a web page or Word: no input method types them, and YAML takes none of them for
a blank (NFKC makes them plain spaces, so a key with one is told apart from one typed full-width)."""
NO_BREAK_SAID = "不换行空格（从网页或 Word 粘贴来的，看起来和空格一样）"
"""What a message calls one of them, where it is found."""

BLANKS = " \t" + "".join(ODD_SPACES)
"""What may stand between a value and the line's end, or a comment, and look like nothing: a value is told apart
from them (`某单位　<Tab>`), which are deleted, not kept in it."""


def blank_named(char: str) -> str:
    """What a tab or odd space `char` is called, a tab with the blank that goes before a Latin word (`一个 Tab（制表符）`)."""
    return f" {TAB}" if char == "\t" else ODD_SPACES[char][0]


def blanks_named(text: str) -> str:
    """The names of the tabs and odd spaces in `text`, each kind once in the order typed, joined by 和 (`全角空格和
    Tab（制表符）`); "" when none. The one wording of the messages that say which blanks to delete beside a value."""
    return "和".join(dict.fromkeys(blank_named(char) for char in text if char == "\t" or char in ODD_SPACES))


_LATIN = re.compile(r"[A-Za-z0-9]")


def beside(left: str, right: str) -> str:
    """Two pieces of text as one, with a space where a Latin letter or a digit meets a Chinese character
    (`不小于 2000` and `且不大于 2100` as `不小于 2000 且不大于 2100`; `这份` and `Word 文件` as `这份 Word 文件`),
    none elsewhere (`这份` and `工作簿` as `这份工作簿`)."""
    meeting = (left[-1:], right[:1])
    gap = any(_HAN.match(a) and _LATIN.match(b) for a, b in (meeting, meeting[::-1]))
    return left + (" " if gap else "") + right


def joined(lines: list[str]) -> str:
    """Lines as the one line they are: beside a Chinese character without a space, else with one."""
    out = lines[0]
    for line in lines[1:]:
        out += ("" if _HAN.match(out[-1]) or _HAN.match(line[0]) else " ") + line
    return out
