"""TEXT-SWALLOWED-KEY: no field of a mapping is typed as a line of the `|` block above it.

A key after a `|` block, indented two spaces too many, stands at the block's own indent, so YAML reads it as one
more line of the text: the form prints `prior_value: "≥90%"` at the foot of the text and the field stays empty, and
when the field is optional nothing else says so. Only a line that reads exactly as a field the block's mapping
declares and lacks (`key_work: …`, or its title `重点工作: …`), with no text at the block's indent below it, is
named, so a paragraph with an ASCII colon is not.
A warning, in validate rather than lint: it is a slip of typing, like TEXT-COMMENT, and build runs validate, which
lint's rules on what a target says are not about. (A required field so swallowed is missing, which the schema says.)
Pass: `content: |` over its text, then `amount: 49.41` lined up with `content:`.
Fail: the same `amount: 49.41` indented as the text above it.
"""
from __future__ import annotations

import re
from typing import Iterator

from .. import datapath
from ..key_lines import indent_width
from ..load import iter_strings
from ..problems import Problem, Severity
from ..schema_words import declared

ID = "TEXT-SWALLOWED-KEY"
_KEY = re.compile(r"(?P<key>[^\s#:\"'][^#:]*?)[ ]*:(?:[ ]|$)")


def check(ctx) -> Iterator[Problem]:
    file_name = ctx.variant.schema_path.name
    for path, text in iter_strings(ctx.data):
        holder = datapath.get(ctx.data, path[:-1]) if path else None
        if not isinstance(holder, dict) or ":" not in text:
            continue
        line, _, typed = ctx.typed(path)
        if not typed.startswith("|"):  # a `>` block folds its lines, and a line can no longer be told apart
            continue
        fields = _fields(ctx.store, file_name, path[:-1])
        contents = text.split("\n")
        for offset, content in enumerate(contents, 1):
            found = _KEY.match(content)
            meant = fields.get(found["key"]) if found else None
            if meant is None or meant in holder or not _only_keys_after(contents[offset:]):
                continue
            column, key = indent_width(ctx.spec.lines[line + offset - 1]) + 1, ctx.spec.locate(path, key=True)[1]
            title = ctx.store.titles(file_name, path[:-1] + (meant,))[-1]
            named = f"“{meant}”（{title}）" if found["key"] == meant else f"“{found['key']}”（字段名应写“{meant}”）"
            yield Problem(ctx.path, line + offset, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：这一行的{named}比“{path[-1]}:”多缩进了 {column - key} 格，"
                          f"YAML 把这一行读成了“{path[-1]}: |”块里的文字，{title}没有填上；"
                          f"请把它退回到第 {key} 列，与“{path[-1]}:”左端对齐",
                          ".".join(str(s) for s in path))


def _only_keys_after(contents: list[str]) -> bool:
    """Whether the block's lines below a swallowed key could all be swallowed too: each blank, deeper than the
    block's indent (the key's own value), or key-shaped. Text at the block's indent after it means the author's
    paragraph goes on, so the key-shaped line is a sentence of that text (`重点工作: 规划编制` over `（含年度计划）`)."""
    return all(not content.strip() or content[0].isspace() or _KEY.match(content) for content in contents)


def _fields(store, file_name: str, path: tuple) -> dict[str, str]:
    """The fields the mapping at `path` declares, each under its name and under its Chinese title: {typed: field}."""
    node = (store.chain(file_name, path)[-1][1] if path
            else store.resolve(store.schema(file_name), file_name)[0])
    keys = [str(key) for key in declared(node)]
    return {**{store.titles(file_name, path + (key,))[-1]: key for key in keys}, **{key: key for key in keys}}
