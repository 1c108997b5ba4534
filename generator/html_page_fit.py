"""Whether a group of indicator rows is estimated to print within one page of the HTML form.

Chromium prints the text of a cell merged down over a page break on the first page alone: a 效益指标
group that ran from the foot of one page onto the next printed its rows there beside a blank 一级指标
cell (the Word form writes the label again there, docx_rows). A row that opens such a group and avoids breaking inside
(`whole`, base.html) keeps every row its cell spans on one page, the label with them. But a group taller
than a page cannot be held: a browser moves it to a new page, leaves the rest of the page above blank,
and breaks it all the same. So only a group estimated to fit is held, and the estimate errs on the tall
side: a group judged too tall prints as before, its label on its first page.

The estimate uses the print style of templates/_shared/base.html (10.5-pt text, line height 1.4, 2-pt
cell padding, A4 with 2.54-cm margins above and below), and counts a line for each `CHARS_PER_LINE`
Chinese characters of a row's longest text, as in a 三级指标 or 指标值 column about 3 cm wide. Held to
`SHARE` of a page, a group leaves room for the repeated header rows above it and for narrower columns.
"""
from __future__ import annotations

from math import ceil

from .help_format import width

LINE_PT = 10.5 * 1.4
ROW_PT = 2 * 2 + 1
"""A row's padding above and below its text, and its rule."""
CHARS_PER_LINE = 9
TEXT_HEIGHT_PT = {"portrait": (29.7 - 2 * 2.54) / 2.54 * 72, "landscape": (21.0 - 2 * 2.54) / 2.54 * 72}
SHARE = 0.6


def fits_a_page(items: list[dict], orientation: str) -> bool:
    """Whether the rows of `items` together are estimated to print within `SHARE` of a page's text height."""
    budget = SHARE * TEXT_HEIGHT_PT.get(orientation, TEXT_HEIGHT_PT["landscape"])
    return sum(_lines(item) * LINE_PT + ROW_PT for item in items) <= budget


def _lines(item: dict) -> int:
    """The lines of a row's tallest cell, each text read as if it stood in a column of `CHARS_PER_LINE`."""
    texts = [str(value) for value in item.values() if not isinstance(value, (dict, list))]
    return max([1, *(sum(ceil(width(line) / (2 * CHARS_PER_LINE)) or 1 for line in text.splitlines() or [""])
                     for text in texts)])
