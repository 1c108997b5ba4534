"""TEXT-LINE-BREAK: a one-line value is not broken over two lines, which YAML joins with a space.

Text pasted from Word often brings its line breaks. Inside a plain or quoted value YAML folds a
line break into a space, so `name: 补助发放` over `    及时率` prints 补助发放 及时率, a space
Chinese text never has. Several paragraphs belong in a `|` block, which keeps them as typed.
Pass: `name: 补助发放及时率`; `content: |` with its lines below.  Fail: `name: 补助发放` / `    及时率`.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..han import HAN
from ..load import iter_strings
from ..problems import Problem, Severity, excerpt

ID = "TEXT-LINE-BREAK"
_FOLDED = re.compile(rf"(?<={HAN}) (?=\S)|(?<=\S) (?={HAN})")  # beside Chinese on either side: 98% 及以上


def check(ctx) -> Iterator[Problem]:
    for path, text in iter_strings(ctx.data):
        space = _FOLDED.search(text) if "\n" not in text else None
        if not space:
            continue
        line, column, typed = ctx.typed(path)
        if typed.rstrip().lstrip("\"'") == text[:space.start()]:  # the line ends where YAML put the space
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：这一项分在了两行，YAML 会把换行变成空格，表上印作“{excerpt(text, space.start(), 12)}”；"
                          "请把下一行接回这一行末尾；要分段时请改用 | 块", ".".join(str(s) for s in path))
