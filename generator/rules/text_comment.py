"""TEXT-COMMENT: no text is cut short by a `#` that YAML reads as the start of a comment.

After a space, `#` begins a comment, so `name: 补助发放 #及时率` holds only 补助发放 and the form
prints that. A comment written as jixiao and most people write one (`# ` with a space after it)
is taken as meant; a `#` run straight into more text after a value most likely belongs to it.
A `#jixiao: disable=…` after a blank is a silence (see silence), honoured as one: no text cut.
Pass: `name: 补助发放及时率  # 原为发放及时率`; `name: "补助发放 #及时率"`; `name: 补助发放及时率 #jixiao: disable=B6`.
Fail: `name: 补助发放 #及时率`.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..datapath import json_path
from ..problems import Problem, Severity
from ..silence import MARKER, halfwidth

ID = "TEXT-COMMENT"
_CUT = re.compile(r"[ \t]+#(?P<rest>\S.*)$")


def check(ctx) -> Iterator[Problem]:
    for path, text in ctx.strings():
        line, column, typed = ctx.typed(path)
        cut = _CUT.match(typed[len(text):]) if text and "\n" not in text and typed.startswith(text) else None
        if cut and not MARKER.match(halfwidth("#" + cut["rest"])):
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：“{text}”后面的“#{cut['rest']}”被当作注释，不会印在表上；"
                          f"如果它是内容的一部分，请给整个值加上英文双引号：\"{text} #{cut['rest']}\"",
                          json_path(path))
