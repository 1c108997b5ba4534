"""TEXT-DISABLE: no value holds a `# jixiao: disable=` that its author meant as a silence.

Only a YAML comment silences (see silence). Inside quotes (`unit: "某市侨联 # jixiao: disable=TEXT-INVISIBLE"`), on a
line of a `|` block, or run on after the text without a blank (`某市侨联#jixiao: …`), the words are the value's own
text: the form prints them, and they silence nothing. Found in the raw lines before, such a marker did both.
Pass: `unit: 某市侨联  # jixiao: disable=TEXT-INVISIBLE`.  Fail: `unit: "某市侨联 # jixiao: disable=TEXT-INVISIBLE"`.
"""
from __future__ import annotations

from typing import Iterator

from ..datapath import json_path
from ..problems import Problem, Severity
from ..silence import MARKER, halfwidth

ID = "TEXT-DISABLE"


def check(ctx) -> Iterator[Problem]:
    for path, text in ctx.strings():
        for marker in MARKER.finditer(halfwidth(text)):
            line, column = ctx.spec.place(path, text, marker.start())
            where = "`|` 块里的一行写不了注释，请写在 `|` 那一行的末尾" if "\n" in text else "请写在值的后面、引号外，前面留空格"
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：“{text[marker.start():marker.end()].strip()}”写在值的里面，是会印在表上的文字，"
                          f"不是屏蔽注释，什么也没有屏蔽；要屏蔽，{where}；不是要印的内容请从值里删去",
                          json_path(path))
