"""How many lines a text wraps to in a given width, filled line by line as Word and LibreOffice fill it, and
how wide a text prints (`text_ems`), for `docx_title_size` to ask too.

`docx_rows` and `docx_paragraph_height` count a cell's and a paragraph's lines to estimate where a table's
pages break; a text's width divided by a line's (what they did before) is a line short wherever a line ends
early: a Latin word or a number does not break (OA2024系统 moves whole to the next line), nor does a line
start with a closing mark (，。、；：）」》), which either hangs past the line's end (Word's 允许标点溢出边界,
w:overflowPunct, on unless a paragraph or its style turns it off) or takes the character before it along
(LibreOffice, whatever the paragraph says, and Word where it is off, as in our templates).

The count must not be high (see `docx_rows.restart_labels_at_page_breaks`: a page break estimated early puts
a label on the old page), so where Word and LibreOffice differ, or only LibreOffice was measured, a width is
the lesser either is taken to print. Measured in LibreOffice alone: a 0.2-em space between a Chinese character
or full-width mark and a Latin letter or digit beside it (2.1 pt at 10.5 pt; mostly an item number's `5、`);
Word puts a space there too (w:autoSpaceDE, w:autoSpaceDN), of a width not measured, so none is counted unless
the estimate is for a file LibreOffice alone prints (`gap`: LIBREOFFICE_GAP, for a PDF). Latin is counted at
Times New Roman's widths (`text_ems`), which Word prints; LibreOffice, without that font, prints DejaVu Serif's,
nearer two thirds of an em. LibreOffice's lines then hold a little less than counted, and its rows print taller:
late, as meant.
"""
from __future__ import annotations

import functools
import math
import re

_UNITS = re.compile(
    r"[(\[{（〔【《「『“‘]*"  # opening marks go with what follows them
    r"(?:[!-~\u00c0-\u024f\u2010-\u2015\u2030\u2103\u2264\u2265]+|.)"  # a Latin word or number, or one character
    r"[,.;:!?)\]}，。、；：！？）〕】》」』”’…%％·]*",  # closing marks go with what precedes them
    re.S)
LIBREOFFICE_GAP = 0.2
"""Ems LibreOffice prints between a Latin letter or digit and a Chinese character or full-width mark beside it
(`_GAP_PAIR`). Counted, every page break of 13 long-form tables, the five examples' and 59 others' was
estimated where LibreOffice printed it; Word's own space there was never measured, so a Word file is estimated
without it (a break estimated early would put a label on the old page)."""
_GAP_PAIR = re.compile(r"[0-9A-Za-z][\u2e80-\U0010ffff]|[\u2e80-\U0010ffff][0-9A-Za-z]")
_FULL_WIDTH = re.compile("[\u2014\u2018\u2019\u201c\u201d\u2026\u2e80-\U0010ffff]")
"""What prints one em wide: CJK and full-width forms, from the CJK radicals on, and the punctuation a CJK
font prints full width though Unicode puts it among the Latin (“”‘’—…)."""
_WIDE_LATIN = re.compile("[A-Zmw]")
_WIDEST = dict(zip(map(chr, range(0x20, 0x7f)), (w / 1000 for w in (
    348, 439, 555, 838, 696, 1000, 903, 306, 473, 473, 523, 838, 348, 415, 348, 365, *[696] * 10, 369, 369, 838, 838,
    838, 586, 1000, 776, 845, 796, 867, 762, 710, 854, 945, 468, 500, 869, 703, 1107, 914, 871, 752, 871, 831, 722,
    744, 872, 776, 1123, 776, 722, 730, 473, 365, 473, 838, 500, 500, 648, 699, 609, 699, 636, 430, 699, 727, 380,
    362, 693, 380, 1058, 727, 667, 699, 699, 527, 563, 462, 727, 581, 861, 596, 581, 568, 643, 364, 643, 838))))
"""Each printable ASCII character's width in ems (space to `~`) as the wider of the two renderers prints it in a
bold title: Times New Roman Bold in Word, DejaVu Serif Bold in LibreOffice without that font (from its file; % is
Times's). A title estimated by `text_ems`'s narrow classes (& 0.45 em, printed 0.9) wrapped in LibreOffice."""


@functools.lru_cache(maxsize=1 << 16)  # a text is filled unit by unit, and the units recur: its characters, its words
def text_ems(text: str, widest: bool = False) -> float:
    """A text's estimated width in ems: a full-width character one; a Latin capital, m or w 0.65, a digit 0.5,
    a space 0.25 and any other Latin 0.45, about what Times New Roman prints (its capitals average 0.67, its
    lower case 0.44), the narrower of the two renderers (an estimate, not a font's metrics). `widest` counts
    ASCII at the wider renderer's bold widths (`_WIDEST`) instead, for a title that must not be estimated to fit
    a line it wraps on."""
    return sum(_WIDEST[c] if widest and c in _WIDEST else 1 if _FULL_WIDTH.match(c) else 0.65 if _WIDE_LATIN.match(c)
               else 0.5 if c.isdigit() else 0.25 if c == " " else 0.45 for c in text)


_CLOSING = re.compile(r"[,.;:!?)\]}，。、；：！？）〕】》」』”’…%％·]+$")


def filled_lines(text: str, per_line: float, hanging: bool = True, widest: bool = False, gap: float = 0.0) -> int:
    """How many lines `text` takes, `per_line` ems a line: each unit (a character, or a Latin word or number,
    with the marks that stick to it) goes on the line if it fits there, its closing marks let hang past the
    end where the paragraph lets punctuation hang (`hanging`), or else opens the next; a unit longer than a
    line is broken where the line is full. A space at a line's end takes no room. An empty text takes one
    line, as an empty paragraph does. `widest` measures as `text_ems` does with it, for a title. `gap` ems
    are added to a unit for each Latin letter or digit beside a Chinese character in it or against the unit
    before (LIBREOFFICE_GAP where LibreOffice alone prints the text).

    The count leans low where the renderers differ (a closing mark hangs in Word alone, Latin is narrower in
    Word, LibreOffice's space beside Chinese is not counted without `gap`), so that a table is estimated no
    taller than it prints and its page breaks no earlier (see `docx_rows.restart_labels_at_page_breaks`)."""
    if len(text) <= per_line and not widest and not gap:  # no character is wider than an em: it fits on a line
        return 1
    lines, used, before = 1, 0.0, ""
    for unit in _UNITS.findall(text):
        width, space, closing = _unit(unit, widest)
        if gap:
            width += gap * _gaps(before + unit)
            before = unit[-1]
        if space:
            used += width
            continue
        hangs = closing if hanging else 0.0
        if used and used + width - hangs > per_line:
            lines, used = lines + 1, 0.0
        if width - hangs > per_line:  # a word longer than a line breaks where the line is full
            extra = math.ceil((width - hangs) / per_line) - 1
            lines, width = lines + extra, width - extra * per_line
        used += width
    return lines


@functools.lru_cache(maxsize=1 << 16)  # as text_ems: the units recur
def _unit(unit: str, widest: bool) -> tuple[float, bool, float]:
    """A unit's width in ems (`text_ems`), whether it is a space, and the width of the closing marks after its
    first character, which may hang past a line's end."""
    closing = _CLOSING.search(unit)
    return text_ems(unit, widest), unit.isspace(), text_ems(closing.group(), widest) if closing and closing.start() else 0.0


@functools.lru_cache(maxsize=1 << 16)  # as text_ems: the units recur
def _gaps(text: str) -> int:
    """How many places in `text` LibreOffice puts its gap (LIBREOFFICE_GAP): a Latin letter or digit beside a
    Chinese character or full-width mark."""
    return sum(bool(_GAP_PAIR.fullmatch(text, n, n + 2)) for n in range(len(text) - 1))
