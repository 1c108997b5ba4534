"""TEXT-PUNCTUATION: a text the form needs filled in is not punctuation alone.

A name or a target typed as `。`, `、`, `——` or `…` passes the schema, which asks only for one visible character
(schema_store.VISIBLE_TEXT), and the form prints a cell that says nothing. To the reader of the form it is as
unfilled as “（请填写）” left in, which validate warns of (UNFILLED) and lets build, so it is a warning too, at its
own place, not an error as an empty text is: the schema, which the editor checks as the text is typed, takes it, and
an error here would have validate refuse what the editor passed. lint says it is not filled in (A1, A4; this warning
stands for A4's where both are said), but of a slash or dash alone (`——`, `/`), which it reads as "none" typed where a
form allows none (`filled_text.blank`): this warning alone tells of one where the form needs a text.
Read so are the texts the schema asks to be filled in (the `pattern` VISIBLE_TEXT, or a `minLength`), and every list
item's name (a task's, a project's, an indicator's), which names its row on the form and in every message, but where
the item's own condition lets its name be empty (a 满意度 row printed without a 三级指标): a `——` or `/` there is the
empty cell typed. A percent or per-mille sign or a prime (`%`, `‰`, `′`) is a unit, not punctuation, though Unicode
files it so: a value of `%` alone lacks its number, which lint's B2 says with what to type. Quotes around nothing
(`unit: “”`, the IME's `""`) are TEXT-QUOTES' to say left empty (wrapping_quotes.around_nothing): said here too, as
`只有标点““””`, the one slip was two warnings.
Pass: `name: 开展培训场次`, `name: …其他活动`.  Fail: `name: "。"`, `overall_target: ——`, `name: "……"`.
"""
from __future__ import annotations

from typing import Iterator

from .. import datapath
from ..datapath import json_path
from ..filled_text import punctuation_only
from ..problems import Problem, Severity
from ..row_conditions import empty_by_condition
from ..schema_store import asks_visible_text
from ..wrapping_quotes import around_nothing

ID = "TEXT-PUNCTUATION"


def _asked_for(ctx, schema: str, path: tuple) -> bool:
    """Whether the text at `path` is one the form needs filled in: a list item's name, but where the item's condition
    lets it be empty, or one the schema refuses empty."""
    if len(path) >= 2 and path[-1] == "name" and isinstance(path[-2], int):
        item = datapath.get(ctx.data, path[:-1])
        return not empty_by_condition(ctx.store, schema, path[:-1], item, "name")
    node = ctx.store.node_at(schema, path)
    length = node.get("minLength") if isinstance(node, dict) else None
    return isinstance(node, dict) and (asks_visible_text(node.get("pattern"))
                                       or isinstance(length, int) and not isinstance(length, bool) and length >= 1)


def check(ctx) -> Iterator[Problem]:
    schema = ctx.variant.schema_path.name
    for path, text in ctx.strings():
        if punctuation_only(text) and not around_nothing(text) and _asked_for(ctx, schema, path):
            line, column = ctx.locate(path)
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：只有标点“{text.strip()}”，没有文字，生成的表上这一格等于没有填写；"
                          "请填上实际内容", json_path(path))
