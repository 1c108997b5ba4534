"""Quotes YAML keeps as text around the whole of a value: Chinese quotes or corner brackets, typed with the IME on.

Only the English quotes `"…"` and `'…'` delimit a value; `unit: “某单位”` holds the quotes in its text. One place
for reading them, below the rules that speak of them (TEXT-QUOTES, DATE-YEAR, TEXT-PUNCTUATION, TEXT-INVISIBLE) and
the schema's messages alike, which a rule's module could not be: it reads the schema's words (schema_words), which
kept a predicate of their own (only_quotes, Chinese quotes alone) for the same `“”`, so `year: 「」` was told
请直接写阿拉伯数字 where `year: “”` was told to drop its quotes.
"""
from __future__ import annotations

from .schema_store import nothing_visible

_OPENING = "“‘「『"
_CLOSING = "”’\"'」』"
_CORNER = "「『」』"
_REVERSED = {"”": "“", "’": "‘"}
"""A pair typed the wrong way round (`”≥98%“`): the IME turns each `"` into the other Chinese quote in turn."""
ENGLISH_CLOSE = {"“": '"', "‘": "'"}
"""The English quote typed to close a Chinese opening one with the input method turned off halfway."""


def wrapped(text: str) -> bool:
    """Whether the whole of `text` is wrapped in Chinese quotes or corner brackets, which TEXT-QUOTES warns of. Not
    with an odd number of the opening quote's English kind inside (`“甲"乙”`): the quotes were typed as text, the `"`
    maybe closing `“甲` with the IME off; `甲"乙` was given, its stray `"` kept and the clerk's quotes gone."""
    if len(text) < 2 or _more_quotes(text[1:-1]):
        return False
    if text[0] in _REVERSED and text[-1] == _REVERSED[text[0]]:
        return True
    if text[0] not in _OPENING or text[-1] not in _CLOSING:
        return False
    english = ENGLISH_CLOSE.get(text[0])
    return not english or text[-1] == english or text[1:-1].count(english) % 2 == 0


def kind_of(text: str) -> str:
    """What the quotes at the ends of `text` are called: 直角引号 where either is a corner bracket, else 中文引号."""
    return "直角引号" if text[:1] in _CORNER or text[-1:] in _CORNER else "中文引号"


def around_nothing(text: str) -> bool:
    """Whether `text` is quotes or corner brackets around nothing visible (`“”`, `「　」`): an empty value typed with the
    IME on, blanks outside them too (`" “” "`, which was told only of its blanks and its punctuation). TEXT-QUOTES tells
    it to be filled in (or written `""`), so TEXT-PUNCTUATION, which said `只有标点““””` of it too, leaves it; in a date
    field DATE-YEAR says it left empty, as of `""`, not `应写成完整日期…实际是““””`; the schema's messages say so of a field
    with a pattern or choices (`unit_code: “”` was 格式不对) and tell a number's to drop the quotes."""
    quoted = text.strip()
    return wrapped(quoted) and nothing_visible(quoted[1:-1])


def typed_empty(text: str) -> str:
    """`只写了一对引号（“”），`: how a value `around_nothing` was left empty, said before LEFT_EMPTY and what to write."""
    return f"只写了一对引号（{text.strip()}），"


def _more_quotes(inner: str) -> bool:
    """Quotes inside as well (“甲”和“乙”): titles quoted within the text, not the whole value."""
    return any(mark in inner for mark in "“”‘’「」『』")
