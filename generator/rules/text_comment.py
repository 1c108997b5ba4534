"""TEXT-COMMENT: no text is cut short by a `#` that YAML reads as the start of a comment.

After a space, `#` begins a comment, so `name: 补助发放 #及时率` holds only 补助发放 and the form
prints that. A comment written as jixiao and most people write one (`# ` with a space after it)
is taken as meant; a `#` run straight into more text after a value most likely belongs to it.
A `#jixiao: disable=…` after a blank is a silence (see silence), honoured as one: no text cut.
A comment typed with the input method's full-width ＃ after a blank (`unit: 某单位 ＃ 全称`) is no comment: the form
prints it, so it is warned of too (a number field's schema error says the same of `year: 2026 ＃ 年度`).
Pass: `name: 补助发放及时率  # 原为发放及时率`; `name: "补助发放 #及时率"`; `name: 补助发放及时率 #jixiao: disable=B6`;
`name: 3＃楼维修`.
Fail: `name: 补助发放 #及时率`; `unit: 某单位 ＃ 全称`.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..datapath import json_path
from ..han import FULL_WIDTH_COMMENT, FULL_WIDTH_HASH
from ..problems import Problem, Severity
from ..silence import MARKER, halfwidth

ID = "TEXT-COMMENT"
_CUT = re.compile(r"[ \t]+#(?P<rest>\S.*)$")
_MAY_CUT = re.compile(r"[ \t]#\S|＃")
"""What a spec's text holds somewhere when a value may be cut (`_CUT`) or hold a ＃ (FULL_WIDTH_COMMENT): without it,
no value is located. Locating each of a spec's texts to read how it was typed was most of validate's time in the rule."""


def check(ctx) -> Iterator[Problem]:
    if not _MAY_CUT.search(ctx.spec.text):
        return
    for path, text in ctx.strings():
        line, column, typed = ctx.typed(path)
        cut = _CUT.match(typed[len(text):]) if text and "\n" not in text and typed.startswith(text) else None
        if cut and not MARKER.match(halfwidth("#" + cut["rest"])):
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：“{text}”后面的“#{cut['rest']}”被当作注释，不会印在表上；"
                          f"如果它是内容的一部分，请给整个值加上英文双引号：\"{text} #{cut['rest']}\"",
                          json_path(path))
        hashed = FULL_WIDTH_COMMENT.search(text) if "\n" not in text and typed.startswith(text) else None
        if hashed and not MARKER.match(halfwidth(text[hashed.start():].strip())):  # a silence: TEXT-DISABLE's
            mark = text.index("＃", hashed.start())
            line, column = ctx.spec.place(path, text, mark)
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：“{text[:hashed.start()]}”后面的“{text[mark:]}”会印在表上；"
                          f"{FULL_WIDTH_HASH}", json_path(path))
