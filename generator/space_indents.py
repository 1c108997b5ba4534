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
from .key_lines import BLOCK_HEADER, block_bodies, line_above
from .key_names import KeyNames
from .tab_indents import REFUSED, tab_indents
from .yaml_lines import split_lines

_SPACES = "\u3000\u00a0\u202f\u2007"
_INDENT = re.compile(rf"[ \t{_SPACES}]*(?:-[ \t{_SPACES}]+(?=\S))?")
_TAB_WORD = re.compile(r" ?Tab ?")
"""The tab as tab_indents' words name it, spaced apart from the Chinese beside it as an English word is."""
_AS_TAB = str.maketrans({space: "\t" for space in _SPACES})
_PARAGRAPH = re.compile(r"(?P<lead>[ ]+)\u3000{2,}\S")
"""A line begun with half-width spaces, then a paragraph's full-width indent (`  　　二、…`): under a block, its text
with the block's half-width indent typed short (see _short_of_block)."""


def space_indents(text: str, names: KeyNames) -> dict[int, tuple[int, str]]:
    """(column of the first such space, message) by line number, for each line indented with a full-width or
    no-break space whose place tab_indents can tell; a line it cannot is left to indent_slips' plain message."""
    if not any(space in text for space in _SPACES):
        return {}
    kinds: dict[int, str] = {}
    typed = split_lines(text)
    short = _short_of_block(typed)
    lines = []
    for number, content in enumerate(typed, 1):
        indent = _INDENT.match(content).group()
        if number in short:  # its tab stands for the half-width spaces missing; the 　　 stays the text's
            kinds[number] = "全角空格"
            lead = _PARAGRAPH.match(content)["lead"]
            content = lead + "\t" + content[len(lead):]
        elif any(space in indent for space in _SPACES) and "\t" not in indent:
            kinds[number] = "全角空格" if "\u3000" in indent else "不换行空格"
            content = indent.translate(_AS_TAB) + content[len(indent):]
        lines.append(content)
    if not kinds:
        return {}
    told = tab_indents("\n".join(lines), names, short)
    return {number: (column, _worded(message, kinds[number])) for number, (column, message) in told.items()
            if number in kinds}


def _short_of_block(lines: list[str]) -> set[int]:
    """Numbers of the lines of a block's text typed with fewer half-width spaces than the block's, then a paragraph's
    full-width indent (`  　　二` where the block's lines begin `    　　`): the first after the block's header or text
    (or after another such line). Told as an indent of full-width spaces, they were to be turned into 4 half-width
    ones, the paragraph's indent lost with them, where the half-width spaces missing are the slip."""
    bodies = block_bodies(lines)
    short: set[int] = set()
    for number, content in enumerate(lines, 1):
        above = line_above(lines, number) if _PARAGRAPH.match(content) else None
        if above is not None and (above in bodies or above in short or BLOCK_HEADER.match(lines[above - 1])):
            short.add(number)
    return short


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
