"""Where a line indented with a full-width or no-break space belongs: which field the line is and how many spaces to use.

The input method's full-width space (U+3000) and a no-break space pasted from a web page or Word look like spaces but
YAML reads them as text. indent_slips said only "缩进里有全角空格…；缩进请只用半角空格", and the author was left to guess
how many half-width spaces one stands for (a full-width space is two columns wide on screen, one character in the
file). A tab in an indent has the same question, and tab_indents answers it from the lines around; so each such space
in a line's indent is taken for a tab, the lines are told by tab_indents, and its words are said of the space instead.
"""
from __future__ import annotations

import re

from .indent_slips import FULL_WIDTH_AS_TEXT, NO_BREAK_AS_TEXT
from .key_names import KeyNames
from .tab_indents import REFUSED, tab_indents
from .yaml_lines import split_lines

_SPACES = "\u3000\u00a0\u202f\u2007"
_INDENT = re.compile(rf"[ \t{_SPACES}]*(?:-[ \t{_SPACES}]+(?=\S))?")
_TAB_WORD = re.compile(r" ?Tab ?")
"""The tab as tab_indents' words name it, spaced apart from the Chinese beside it as an English word is."""
_AS_TAB = str.maketrans({space: "\t" for space in _SPACES})


def space_indents(text: str, names: KeyNames) -> dict[int, tuple[int, str]]:
    """(column of the first such space, message) by line number, for each line indented with a full-width or
    no-break space whose place tab_indents can tell; a line it cannot is left to indent_slips' plain message."""
    if not any(space in text for space in _SPACES):
        return {}
    kinds: dict[int, str] = {}
    lines = []
    for number, content in enumerate(split_lines(text), 1):
        indent = _INDENT.match(content).group()
        if any(space in indent for space in _SPACES) and "\t" not in indent:
            kinds[number] = "全角空格" if "\u3000" in indent else "不换行空格"
            content = indent.translate(_AS_TAB) + content[len(indent):]
        lines.append(content)
    if not kinds:
        return {}
    told = tab_indents("\n".join(lines), names)
    return {number: (column, _worded(message, kinds[number])) for number, (column, message) in told.items()
            if number in kinds}


def _worded(message: str, kind: str) -> str:
    """tab_indents' `message` said of the space of `kind` the line is indented with rather than of a tab, the spaces
    to type said to be half-width: `把行首的全角空格改成 2 个空格` left a clerk with the input method on typing two more
    full-width ones."""
    why = FULL_WIDTH_AS_TEXT if kind == "全角空格" else NO_BREAK_AS_TEXT
    said = message.replace(REFUSED, f"缩进里有{why}；缩进请只用半角空格", 1).replace(" 个空格", " 个半角空格")
    return _TAB_WORD.sub(kind, said)


def placed(slip: tuple[int, int, str], spaces: dict[int, tuple[int, str]]) -> tuple[int, int, str]:
    """`slip` (line, column, message), said with where its line goes when it is the space `spaces` told there."""
    line, column, _ = slip
    return (line, *spaces[line]) if spaces.get(line, (None,))[0] == column else slip
