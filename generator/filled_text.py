"""A typed text as messages quote it and rules compare it, and whether it is filled in at all.

An author ends a name with 。 or pads it with blanks, and leaves a cell empty or with what `jixiao new` wrote
there ((请填写)): validate's labels, lint's rules and diff's places all read a name so, and one module says how,
below both validate's rules and lint (the rules only asked lint's vocabulary for this, at call time, to stay
clear of an import cycle).

A text is empty when it holds only blanks, U+FEFF and punctuation (any of Unicode's P categories: 。、？…（）“”), but
for a slash or dash alone, which a clerk types for "none" on purpose (`typed_none`); a text the schema refuses as empty
(`schema_store.nothing_visible`) is empty here too.
"""
from __future__ import annotations

import re
import unicodedata

from .placeholder import unfilled
from .typed_numbers import is_number

_PUNCTUATION = "。.;；,，、:：!！ \t"
_BOM = "\ufeff"


def fold(text: str) -> str:
    """NFKC without surrounding blanks and final punctuation: how names are compared."""
    return unicodedata.normalize("NFKC", str(text or "")).strip().strip(_PUNCTUATION)


def written(text: str) -> str:
    """The text as the author typed it, without surrounding blanks and punctuation at either end: how a clause cut
    out of a sentence is quoted (the marks around it were the sentence's). Names are quoted by `unpunctuated`,
    which keeps a leading mark (`.NET培训`).

    Unlike `fold` it keeps full-width （%） and ，, so a reader who searches the spec for a quoted text finds it."""
    return str(text or "").strip().strip(_PUNCTUATION)


_FINAL_MARKS = _PUNCTUATION + "?？"


def unpunctuated(text: str) -> str:
    """The text without surrounding blanks and its final punctuation, leading marks kept (`.NET培训；` → `.NET培训`, where
    `written` gives `NET培训`): a name as a label or a place shows it, before a ： (`执行时限。：指标值`, `是否达标？：`
    ran the mark into the colon alike)."""
    return str(text or "").strip().rstrip(_FINAL_MARKS)


def blank(text) -> bool:
    """Whether a cell is left unfilled: empty, only blanks and punctuation, a placeholder `jixiao new` or a copied
    template left there (`placeholder.unfilled`: （请填写）, 【请填写】, XXX), or no text at all (null). The rules
    skip such a cell, or say it is missing, rather than check the placeholder's words as the author's or quote it
    as a row's name. A number (`value: 8` in a column whose schema takes numbers, a form that splits its values) is
    filled: it is what the author typed, not a missing text.
    A U+FEFF (Notepad's byte order mark, pasted along) shows nothing either, but `str.strip` keeps it: a name of it
    alone, which the schema refuses as empty (`schema_store.nothing_visible`), was a filled name to the rules.

    Punctuation is any mark (`punctuation_only`): a name of `？`, `……` or `（）` was a filled name to lint's A1 and A4,
    which only knew the few marks `fold` strips. Two kinds of mark say something alone and are no blank: a unit sign
    (`UNITS`: a 计量单位 of `%`), and a slash or dash (`typed_none`: `/`, `——`), which a clerk types for "none"
    where the form allows none (半年 `/` beside 全年 `≥95%`, which import keeps as typed; 计量单位 `/` of a 定性 row).
    A rule that asks for a text asks `typed_none` itself (A12); validate's TEXT-PUNCTUATION warns of one where the
    form needs a text (a name, 总体绩效目标)."""
    if is_number(text):
        return False
    shown = text.replace(_BOM, "") if isinstance(text, str) else ""
    return not fold(shown) or unfilled(fold(shown)) or (punctuation_only(shown) and not typed_none(shown))


UNITS = frozenset("%‰‱′″‴")
"""Marks Unicode files as punctuation (Po) that a clerk types as a unit after a number (`95%`, `3′`), NFKC-folded
(the full-width ％ is %): a 计量单位 of `%` alone is filled in."""


def punctuation_only(text: str) -> bool:
    """Whether a text holds punctuation (Unicode's P categories: 。、——…（）“”, no `UNITS`) and nothing else but
    blanks and U+FEFF."""
    marks = [char for char in unicodedata.normalize("NFKC", text) if not (char.isspace() or char == _BOM)]
    return bool(marks) and all(unicodedata.category(char).startswith("P") and char not in UNITS for char in marks)


_NONE_TYPED = re.compile(r"[/\\\-–—―]+")
"""What a clerk types in a cell for "none" (after NFKC, ／ is / and － is -): a slash or a dash."""


def typed_none(text: str) -> bool:
    """Whether a cell's text is "none" typed (`_NONE_TYPED`, blanks aside) rather than left empty: / or — in a value
    cell, beside a 合计 row's figures, or in a description. Import reads it in value cells as empty; a rule that
    asks for a text (A12) takes it for one left unfilled."""
    return _NONE_TYPED.fullmatch(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))) is not None
