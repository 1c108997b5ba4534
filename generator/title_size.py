"""The size a form's title steps down to so that it prints on one line, in the Word form and the HTML alike.

A title is the spec's own text (a unit's name, a year, a form's name) in a large centred line: a long one in
18 pt wrapped and left its last character, “表”, alone on a second line. It steps down through the sizes of
Chinese documents (小二 18, 三号 16, 小三 15 pt) to the first its text is estimated to fit in on one line (each
line, where the template breaks the title on purpose); when none fits, to the first whose last line is
estimated to hold more than a character, or else it keeps its size. The Word titles (docx_title_size) and the
HTML's (html_title_size) ask the same question here, so that the two print a title in the same size.
"""
from __future__ import annotations

import math

from .line_fill import filled_lines, text_ems

SIZES = (36, 32, 30)  # half-points: 小二, 三号, 小三 — the sizes a title steps down through
LEAST = SIZES[-1]
_FILL = 0.95
"""The share of the text width a title is let fill by its estimate (`line_fill`, which counts a text as narrow
as either renderer prints it, so that a page break is estimated no earlier than it falls): LibreOffice puts a
space between Chinese and Latin text, and a font standing in for the title's (or a bold synthesised from a
regular) is wider: a title of a unit's name, a year and a form's name, estimated at 97 % of the width in 18 pt,
wrapped in LibreOffice."""


def fitting_size(lines: list[tuple[str, float]], width: float, size: int) -> int:
    """The size in half-points, `size` or a smaller of `SIZES`, that a title of `lines` takes on a text `width`
    twips wide. Each line is its text in the title's size and the width in twips of the rest of the line, printed
    in a size of its own (a unit in 10.5 pt). Latin text is measured at the wider renderer's widths (`text_ems`'s
    `widest`): a title with `&&&&` counted at 0.45 em each was estimated to fit, and wrapped in LibreOffice."""
    width = _FILL * width
    sizes = [size, *(smaller for smaller in SIZES if smaller < size)]
    # a half-point is 10 twips; a line holds the title's text at the size tried beside the other runs' width
    fitting = next((s for s in sizes if all(rest < width and filled_lines(text, (width - rest) / (s * 10), hanging=False, widest=True) == 1
                                            for text, rest in lines)), None)
    if fitting is None:
        fitting = next((s for s in sizes if all(_last_line(text_ems(text, widest=True) + rest / (s * 10), width / (s * 10)) > 1
                                                for text, rest in lines)), size)
    return fitting


def _last_line(ems: float, per_line: float) -> float:
    """How many ems a text's last line holds, `per_line` ems a line."""
    per_line = max(1, math.floor(per_line))
    return ems - per_line * (math.ceil(ems / per_line) - 1)
