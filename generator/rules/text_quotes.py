"""TEXT-QUOTES: a value is not wrapped in Chinese quotation marks, which YAML keeps as text.

Only the English quotes `"…"` and `'…'` delimit a value; typed with the IME on they come out as
“…” or ‘…’, which are printed on the form as they are (and in the file name, for the unit's name).
Pass: `unit: 某市归国华侨联合会`; `name: “侨心永向党”歌咏比赛` (a title inside the text).
Fail: `unit: “某市归国华侨联合会”`; `value: “≥98%"` (an English quote closing a Chinese one).
"""
from __future__ import annotations

from typing import Iterator

from ..load import iter_strings
from ..problems import Problem, Severity

ID = "TEXT-QUOTES"
_OPENING = "“‘"
_CLOSING = "”’\"'"


def check(ctx) -> Iterator[Problem]:
    for path, text in iter_strings(ctx.data):
        if len(text) > 1 and text[0] in _OPENING and text[-1] in _CLOSING and not _more_quotes(text[1:-1]):
            line, column = ctx.locate(path)
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：值两边是中文引号（{text[0]}…{text[-1]}），会原样印在表上；"
                          "请删去这两个引号（要加引号时只能用英文引号 \"…\"）", ".".join(str(s) for s in path))


def _more_quotes(inner: str) -> bool:
    """Quotes inside as well (“甲”和“乙”): titles quoted within the text, not the whole value."""
    return any(mark in inner for mark in "“”‘’")
