"""A remark typed in brackets after a form's title (`…预算绩效目标申报表（修改稿）`, `（征求意见稿）`, `(草稿)`, `【草稿】`,
`（2022年决算）`): it says where the document stands, it is no part of the title, for import to read the title all the
same.

With it the form's title line matched no paragraph: the title was left unread (IMPORT-UNPLACED) and the year it alone
printed was missing (IMPORT-MISSING, SCHEMA-REQUIRED); on a form printing a project's numbered title above its unit's
line, the unit's line took the title instead (单位编码 `1`). The Matcher tries a paragraph without its remark only after
it matched no line as typed (`_remark_dropped`), so a field ending a line (`填报单位：{{ unit }}`) keeps its brackets.
"""
from __future__ import annotations

import re

from .docx_pattern import norm
from .docx_title_year import years_taken_out
from .header_notes import counted_in
from .year_digits import ascii_shadow

# one bracketed group ending the text, on the ASCII shadow (full-width brackets made ASCII, the length kept); 【】 and
# 〔〕 have no ASCII shadow
_REMARK = re.compile(r"\s*(?:\([^()]+\)|\[[^\[\]]+\]|【[^【】]+】|〔[^〔〕]+〕)\s*$")


def without_remark(text: str) -> str | None:
    """The text without the bracketed remarks ending it (`（修改稿）（第二稿）`), or None where none ends it, nothing is
    left before them, or one of them says the amounts are counted in 元 or 千元 (`（单位：元）`, where the forms count
    万元): dropped unsaid, amounts typed in 元 were read as 万元, so that paragraph is left unread and named as before.

    A year alone in brackets among them is kept in its place after the rest (`…目标表（修改稿）（2024年度）` is
    `…目标表（2024年度）`), for the Matcher to read as a year moved (docx_title_year): dropped as a remark, the year
    was lost where the form prints it in the title alone."""
    shadow, end, kept, dropped = ascii_shadow(text), len(text), [], False
    while (found := _REMARK.search(shadow[:end])) is not None:
        group = text[found.start():end].strip()
        if any(not norm(rest) for rest, _ in years_taken_out(group)):
            kept.insert(0, group)
        elif counted_in(group, "万元"):
            return None
        else:
            dropped = True
        end = found.start()
    rest = text[:end].strip()
    return rest + "".join(kept) if dropped and rest else None
