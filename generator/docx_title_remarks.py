"""A remark typed in brackets after a form's title (`…预算绩效目标申报表（修改稿）`, `（征求意见稿）`, `(草稿)`,
`（2022年决算）`): it says where the document stands, it is no part of the title, for import to read the title all the
same.

With it the form's title line matched no paragraph: the title was left unread (IMPORT-UNPLACED) and the year it alone
printed was missing (IMPORT-MISSING, SCHEMA-REQUIRED); on a form printing a project's numbered title above its unit's
line, the unit's line took the title instead (单位编码 `1`). The Matcher tries a paragraph without its remark only after
it matched no line as typed (`_remark_dropped`), so a field ending a line (`填报单位：{{ unit }}`) keeps its brackets.
"""
from __future__ import annotations

import re

from .year_digits import ascii_shadow

# one bracketed group ending the text, on the ASCII shadow (full-width brackets made ASCII, the length kept)
_REMARK = re.compile(r"\s*\([^()]+\)\s*$")


def without_remark(text: str) -> str | None:
    """The text without the bracketed remark ending it, or None where none ends it or nothing is left before it."""
    found = _REMARK.search(ascii_shadow(text))
    rest = text[:found.start()].strip() if found else ""
    return rest or None
