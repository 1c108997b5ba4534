"""The text `jixiao new` writes where a field must be filled in, and how to recognise one left in.

`new` writes it so a fresh spec validates and builds from the first minute; lint reports every
place it is left, and the build warns, since a form printed with it cannot be submitted.

Clerks copy forms from templates that mark a cell to fill otherwise: 【请填写】, [请填写], （待填写）, 待填,
（待定）, XXX, ××. Each was read as the author's text: validate said all was well, lint's A13 said nothing,
and a 预算数 of 【请填写】 was told 金额请直接写数字, as if a figure had been mistyped. So a placeholder is
recognised by what it says, not by the exact text `new` writes: a word asking for the cell to be filled
(请填写, 待填写, 待填, 填写), in brackets of any kind or none, blanks inside them (（ 请填写 ）) or a colon, full stop or
ellipsis after it (请填写：, 请填写。); 待定 in brackets, those marks after it too (（待定）。 was read as text where
（待定） was not; alone 待定 may be the author's answer, 资金来源 待定, which diff reads as a change); or a run of two or
more X, x or × as the whole value (one × alone is a clerk's "no").
"""
from __future__ import annotations

import re
import unicodedata

PLACEHOLDER = "（请填写）"
_OPENING = r"(\[{<【〔〖〘《〈「『"
_CLOSING = r")\]}>】〕〗〙》〉」』"
_AFTER = r"[:。.]*"
"""What a template writes after its word (请填写：, 请填写。, 请填写…, NFKC-folded as 请填写: and 请填写...)."""
_LEFT_IN = re.compile(rf"[{_OPENING}]?\s*(?:请填写|待填写|待填|填写){_AFTER}\s*[{_CLOSING}]?{_AFTER}"
                      rf"|[{_OPENING}]\s*待定{_AFTER}\s*[{_CLOSING}]{_AFTER}|[Xx×]{{2,}}")
"""A placeholder as a whole value, NFKC-folded (（ is (, ［ is [, Ｘ is X) and without surrounding blanks; blanks inside
its brackets (（ 请填写 ）) are a template's spacing, as are the marks after its word."""
_BOM = "\ufeff"
"""Notepad's byte order mark, pasted along with a template's cell: it shows nothing, and `str.strip` keeps it."""


def unfilled(text) -> bool:
    """Whether `text` is only a placeholder (`_LEFT_IN`): “（请填写）” `new` wrote, or one a template marked.

    A U+FEFF beside it is no text: `filled_text.blank` already read such a cell as unfilled, so the rules skipped
    it, while A13 and validate, asking this, did not name it and A4 said only 没有填写."""
    return isinstance(text, str) and _LEFT_IN.fullmatch(_shown(text)) is not None


def quoted(texts) -> str:
    """The placeholders `texts` hold, each once, quoted as written (blanks and U+FEFF aside): “（请填写）”、“XXX”."""
    return "、".join(f"“{text}”" for text in dict.fromkeys(str(text).replace(_BOM, "").strip() for text in texts))


def _shown(text: str) -> str:
    return unicodedata.normalize("NFKC", text.replace(_BOM, "")).strip()
