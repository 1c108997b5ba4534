"""Whether a text typed where a field's text goes reads like a note about the form rather than the field's text, and
what the clerk is then told: one answer for wherever import finds such a text.

A clerk who leaves a field blank for now often types why in its place: （年度目标待局党组会审定后补填）, 注：待审定后
补填, 本表指标值为全年目标值. But real targets open so too (以下三个方面：…, 说明会、推介会…, 以下沉一线…, a target
wholly in brackets), so the reading is only ever a doubt to tell, never a reason to lose the text: in the field's
own drawn cell (import_data) the text is read as the field and the clerk is told it reads like a note
(`read_as_though`); under the field's row of labels past a blank row on a sheet (xlsx_grid `_under_labels`), where
it is no surer to be the field's than a title line, it stays a line (a colon, which marks a form's line such as
填表人：…, does not keep a note opening 注： from being one), and the warning says so (`not_read_as`). Both warnings
quote the text whole (`quoted_note`).
"""
from __future__ import annotations

import re

from .docx_pattern import fold

# After `fold`: how a note about the sheet opens (本表指标值为全年目标值, 以下为…, 注：…, 说明…, 备注…), no field's text
_NOTE_OPENS = re.compile(r"(?:本表|以下|注(?=[:\s0-9])|注释|说明|备注)")
_OPENING, _CLOSING = "([【〔［", ")]】〕］"


def note_reading(text: str) -> str | None:
    """Why `text` reads as a note rather than a field's text (读来像是一条说明（以“注：”开头）), or None where it does not:
    it opens as a note does (`_NOTE_OPENS`) or is bracketed as a whole (`_bracketed`)."""
    folded = fold(text).strip()
    opens = _NOTE_OPENS.match(folded)
    if opens:
        return f"读来像是一条说明（以“{text.strip()[:opens.end()]}”开头）"
    return "读来像是一条说明（整段在括号里）" if _bracketed(folded) else None


def _bracketed(text: str) -> bool:
    """Whether a text (folded) is bracketed as a whole, as a note typed where a field's text goes is
    (（年度目标待局党组会审定后补填））."""
    if len(text) < 2 or text[0] not in _OPENING or text[-1] not in _CLOSING:
        return False
    depth = 0
    for character in text[:-1]:
        depth += (character in _OPENING) - (character in _CLOSING)
        if depth == 0:  # the first bracket closes before the end: (一)做好…(含…) is a text, not a bracketed note
            return False
    return True


def quoted_note(text: str) -> str:
    """A text read like a note, as both warnings quote it: whole, on one line. Under the labels it was not read, so
    the quote is all the clerk has to paste into the spec; cut at 40 characters as other cells are, its rest
    survived nowhere. In the field's own cell it was read, and the two warnings quote a note alike."""
    return " ".join(text.split())


def not_read_as(field: str, why: str) -> str:
    """The rest of the warning on a text not read as `field` for `why`: what to do whichever it is."""
    return (f"可能是{field}的文字，但它{why}，没有读作{field}；"
            f"请核对：是{field}的话请把它填进规格的{field}，不是的话{field}在表上空着，请补填")


def read_as_though(field: str, why: str) -> str:
    """The rest of the warning on a text in `field`'s own cell read as `field` though it reads like a note for `why`."""
    return f"{why}，已读作{field}；如果这是说明而不是{field}，请在规格中改写{field}"
