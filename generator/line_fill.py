"""How many lines a text wraps to in a given width, filled line by line as Word and LibreOffice fill it.

`docx_rows` and `docx_paragraph_height` count a cell's and a paragraph's lines to estimate where a table's
pages break; a text's width divided by a line's (what they did before) is a line short wherever a line ends
early: a Latin word or a number does not break (OA2024系统 moves whole to the next line), nor does a line
start with a closing mark (，。、；：）」》), which either hangs past the line's end (Word's 允许标点溢出边界,
w:overflowPunct, on unless a paragraph or its style turns it off) or takes the character before it along
(LibreOffice, whatever the paragraph says, and Word where it is off, as in our templates); and both put a little
space between a Chinese character and a Latin letter or digit beside it (`_AUTO_SPACE`).
Widths are `docx_title_size.text_ems`'s: a full-width character one em, a Latin one about half (a digit of
Times New Roman is half; LibreOffice without it prints DejaVu Serif's, nearer two thirds, and wraps sooner:
the count is then low, which is the side it should err on).
"""
from __future__ import annotations

import math
import re

from .docx_title_size import text_ems

_UNITS = re.compile(
    r"[(\[{（〔【《「『“‘]*"  # opening marks go with what follows them
    r"(?:[!-~\u00c0-\u024f\u2010-\u2015\u2030\u2103\u2264\u2265]+|.)"  # a Latin word or number, or one character
    r"[,.;:!?)\]}，。、；：！？）〕】》」』”’…%％·]*",  # closing marks go with what precedes them
    re.S)
_AUTO_SPACE = 0.2
"""Ems put between a Chinese character and a Latin letter or digit beside it (Word's 自动调整中文与西文、数字的间距,
w:autoSpaceDE and w:autoSpaceDN, on by default; LibreOffice printed 2.1 pt at 10.5 pt); none beside a
punctuation mark."""
_MIXED = re.compile(r"(?<=[\u3400-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u3400-\u9fff])")
_CLOSING = re.compile(r"[,.;:!?)\]}，。、；：！？）〕】》」』”’…%％·]+$")


def filled_lines(text: str, per_line: float, hanging: bool = True) -> int:
    """How many lines `text` takes, `per_line` ems a line: each unit (a character, or a Latin word or number,
    with the marks that stick to it) goes on the line if it fits there, its closing marks let hang past the
    end where the paragraph lets punctuation hang (`hanging`), or else opens the next; a unit longer than a
    line is broken where the line is full. A space at a line's end takes no room. An empty text takes one
    line, as an empty paragraph does.

    The count leans low where the renderers differ (a closing mark hangs in Word alone, a Latin letter is
    narrow), so that a table is estimated no taller than it prints and its page breaks no earlier (see
    `docx_rows.restart_labels_at_page_breaks`)."""
    lines, used, at = 1, 0.0, 0
    spaced = {match.start() for match in _MIXED.finditer(text)}
    for unit in _UNITS.findall(text):
        lead = _AUTO_SPACE if at in spaced else 0.0  # the space before it, none at a line's start
        width = text_ems(unit) + _AUTO_SPACE * sum(at + n in spaced for n in range(1, len(unit)))
        at += len(unit)
        if unit.isspace():
            used += width
            continue
        closing = _CLOSING.search(unit)
        hangs = text_ems(closing.group()) if hanging and closing and closing.start() else 0.0
        if used and used + lead + width - hangs > per_line:
            lines, used = lines + 1, 0.0
        elif used:
            width += lead
        if width - hangs > per_line:  # a word longer than a line breaks where the line is full
            extra = math.ceil((width - hangs) / per_line) - 1
            lines, width = lines + extra, width - extra * per_line
        used += width
    return lines
