"""TEXT-QUOTES: a value is wrapped in quotation marks YAML keeps as text: Chinese quotes or corner brackets.

Only the English quotes `"…"` and `'…'` delimit a value; typed with the IME on they come out as
“…” or ‘…’, or a mix (“…"), and a text copied from elsewhere may come in corner brackets 「…」, all of which
are printed on the form as they are (and in the file name, for the unit's name). The line is given as it
should be typed: in English double quotes for a field whose values are written so (an indicator value), as fmt would
write it, so that following the message does not leave `fmt --check` failing. Quotes around nothing (`unit: “”`) in a
field that refuses "" are an error saying it is left empty and what goes there, in DATE-YEAR's words (`只写了一对引号（“”），
不能为空；请填写…`): `unit: ""` was refused, while `unit: “”` was a warning, validate passed and the form printed “” as the
unit's name. In a date field they are DATE-YEAR's; but DATE-YEAR waits for a spec the schema passed, so in one the
schema refused they are said here (RuleContext.whole), or nothing was said of them until its errors were mended.
A Chinese quote at one end of a one-line value with no quote of its kind to pair it (`value: “≥98%`, the closing
English quote forgotten too) is warned of as well: YAML reads it as text with no error, and the form printed “≥98%.
Pass: `unit: 某市归国华侨联合会`; `name: “侨心永向党”歌咏比赛` (a title inside the text); `name: “甲"乙”` (an English
quote inside the pair that pairs with none: which quote closes which is not known, so the Chinese ones are text).
Fail: `unit: “某市归国华侨联合会”`; `value: ”≥98%“` (the pair the wrong way round); `value: “≥98%"` (an English
quote closing a Chinese one); `unit: 「某市侨联」`; `value: “≥98%`; `unit: 某市侨联”`; `name: “三个一”工程”` (its last
quote pairs with none); `name: “三个一"工程` (a title closed by an English quote, given as `“三个一”工程`).
"""
from __future__ import annotations

from typing import Iterator

from .. import datapath
from ..datapath import json_path
from ..problems import Problem, Severity
from ..row_conditions import refused
from ..schema_store import is_date, nothing_visible
from ..schema_words import LEFT_EMPTY, field_fill_in
from ..wrapping_quotes import ENGLISH_CLOSE, around_nothing, kind_of, typed_empty, wrapped
from ..yaml_lines import double_quoted, line_with_value, quoted_length, quotes_named, typed_value

ID = "TEXT-QUOTES"
_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_PRINTED = "，会原样印在表上；"
_FIX_PLAIN = "请删去这两个引号（要加引号时只能用英文引号 \"…\"）"
_FIX_STRAY_PLAIN = "请删去这个引号（要加引号时只能用英文引号 \"…\"，两头都要有）"
_FIX_QUOTED = {"英文双引号": "请换成英文双引号（这一栏的值都加英文双引号）",  # by quotes_named of the value shown
               "英文单引号": "请换成英文单引号（这一栏的值都加英文引号，值里有英文双引号时用单引号）"}


def quote_slip(text: str) -> bool:
    """Whether `text` holds a Chinese quote this rule warns of: round the whole of it, one unpaired at an end, or one
    closed by an English quote. fmt keeps such a value as typed rather than freeze the slip inside the English quotes
    it would add."""
    return _slip(text) is not None


def mended(text: str) -> tuple[str, str] | None:
    """What this rule says of `text` for a value typed plain (its slip and the fix), and the text as it has it written
    (`“甲"乙` as `“甲”乙`, `“甲”` as `甲`); None where it warns of nothing. The schema's line for a text typed where a
    list is asked gives the item so, not the slip for a round later."""
    slip = _slip(text)
    return (f"{slip[0]}{_PRINTED}{slip[2]}", slip[1]) if slip else None


def check(ctx) -> Iterator[Problem]:
    schema_file = ctx.variant.schema_path.name
    for path, text in ctx.strings():
        slip = _slip(text)
        if slip and not (ctx.whole and around_nothing(text) and is_date(ctx.store.chain(schema_file, path)[-1][1])):
            yield _said(ctx, path, text, *slip)


def _slip(text: str) -> tuple[str, str, str, bool] | None:
    """What is wrong with the quotes of `text`, the text meant, the words of the fix for a value typed plain, and
    whether the quotes go (for a field whose values are written in English quotes, said as a change of quotes)."""
    if wrapped(text) or around_nothing(text):  # `" “” "`: blanks outside quotes around nothing, an empty value too
        quoted = text.strip()
        return f"值两边是{kind_of(quoted)}（{quoted[0]}…{quoted[-1]}）", quoted[1:-1], _FIX_PLAIN, True
    closed = _english_closed(text)
    if closed:
        english = ENGLISH_CLOSE[text[0]]
        return (f"值开头的中文引号（{text[0]}）配的是英文引号（{english}）", closed,
                f"请把这个英文引号换成中文引号（{_PAIRS[text[0]]}）", False)
    end = _stray(text)
    if end:
        mark = text[0] if end == "开头" else text[-1]
        inner = text[1:] if end == "开头" else text[:-1]
        return f"值{end}有一个{kind_of(mark)}（{mark}），却没有与它配对的引号", inner, _FIX_STRAY_PLAIN, True
    return None


def _said(ctx, path, text: str, what: str, inner: str, fix_plain: str, unquoted: bool) -> Problem:
    """The warning for `text` at `path` (an error for quotes around nothing where "" is refused), `what` its slip: the
    line given as it should be typed, `inner` its value; `unquoted` where the slip's quotes go, said as a change of
    quotes where the field's values are quoted."""
    line, column, typed = ctx.typed(path)
    empty = _left_empty(ctx, path) if nothing_visible(inner) else None
    if empty:  # as `unit: ""` is refused, and DATE-YEAR words a date's `“”`: the form would print “” as the name
        return Problem(ctx.path, line, column, Severity.ERROR, ID,
                       f"{ctx.field_name(path)}：{typed_empty(text)}{empty}", json_path(path))
    length = _typed_length(text, typed)
    quoted = double_quoted(ctx.store.chain(ctx.variant.schema_path.name, path)[-1][1])
    # Quotes around blanks alone (`“　”`) are an empty cell typed: `content:　` was given, the line's end trimmed, null
    value = typed_value("" if nothing_visible(inner) else inner, quoted)
    fixed = f"，写成：{line_with_value(ctx.spec.lines[line - 1], column - 1, value, length)}" if length else ""
    fix = _FIX_QUOTED[quotes_named(value)] if quoted and unquoted else fix_plain
    return Problem(ctx.path, line, column, Severity.WARNING, ID, f"{ctx.field_name(path)}：{what}{_PRINTED}{fix}{fixed}",
                   json_path(path))


def _left_empty(ctx, path) -> str | None:
    """`不能为空；请填写部门名称（…），例如 …` for quotes around nothing (`unit: “”`, the IME's `""`) in a field that
    refuses "": the line given was `unit: ""`, which the schema then refused. So in a row
    whose condition refuses it (a 三级指标 but in the 满意度 row), which `name: ""` was given in. None where the field
    takes "", which is then the line to write."""
    schema_file = ctx.variant.schema_path.name
    in_row = len(path) > 1 and isinstance(path[-2], int) and isinstance(item := datapath.get(ctx.data, path[:-1]), dict)
    if not (ctx.store.refuses_empty(schema_file, path)
            or in_row and refused(ctx.store, schema_file, path[:-1], item, path[-1], "")):
        return None
    return "；".join(filter(None, [LEFT_EMPTY, field_fill_in(ctx.store.node_at(schema_file, path))]))


def _stray(text: str) -> str | None:
    """The end ("开头" or "末尾") of one-line `text` holding a Chinese quote that no quote of its kind in the text pairs
    with: the IME's quote typed for an English one (`“≥98%`), or one typed twice (`“三个一”工程”`), not a title quoted
    inside the text; None when neither does."""
    if len(text) < 2 or "\n" in text:
        return None
    if text[0] in _PAIRS and _unpaired(text[::-1], _PAIRS[text[0]], text[0]):
        return "开头"
    closing = {close: open_ for open_, close in _PAIRS.items()}
    if text[-1] in closing and _unpaired(text, closing[text[-1]], text[-1]):
        return "末尾"
    return None


def _english_closed(text: str) -> str | None:
    """One-line `text` with a Chinese opening quote at its start closed by the one English quote of its kind in it
    (`“甲"乙`, the IME turned off halfway), that quote made the Chinese closing one (`“甲”乙`), a title inside the text
    as typed elsewhere; None for any other. Said as an unpaired opening quote, `甲"乙` was given, the stray kept."""
    english = ENGLISH_CLOSE.get(text[:1])
    if english is None or "\n" in text or text.count(english) != 1 or _PAIRS[text[0]] in text:
        return None
    return text.replace(english, _PAIRS[text[0]])


def _unpaired(text: str, opening: str, closing: str) -> bool:
    """Whether the `closing` quote `text` ends with pairs with no `opening` one before it, each pairing the nearest
    open one (read backwards, a value's first quote is told so)."""
    open_ = 0
    for mark in text[:-1]:
        if mark == opening:
            open_ += 1
        elif mark == closing and open_:
            open_ -= 1
    return not open_


def _typed_length(text: str, typed: str) -> int | None:
    """How long `text` is as typed on its line (`typed`, the line from the value on), so that the rest of the line
    (`, 乙]` in a list, a comment) is kept in the line given: plain, or quoted and closed on the line. None for a
    value going on over lines below (its quotes or the text), or a `|` block: one line given would leave the rest."""
    if typed.startswith(text):
        return len(text)
    return quoted_length(typed) if typed.startswith(('"', "'")) else None
