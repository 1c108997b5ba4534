"""TEXT-SWALLOWED-KEY: no field of a mapping is typed as a line of the `|` block above it.

A key after a `|` block, indented two spaces too many, stands at the block's own indent, so YAML reads it as one
more line of the text: the form prints `prior_value: "≥90%"` at the foot of the text and the field stays empty, and
when the field is optional nothing else says so. Only a line that reads exactly as a field the block's mapping
declares and lacks (`key_work: …`, or its title `重点工作: …`), with no text at the block's indent below it, is
named, so a paragraph with an ASCII colon is not.
A warning, in validate rather than lint: it is a slip of typing, like TEXT-COMMENT, and build runs validate, which
lint's rules on what a target says are not about. (A required field so swallowed is missing, which the schema's
check says at the same line, as recognised alike by swallowed_fields.)
Pass: `content: |` over its text, then `amount: 49.41` lined up with `content:`.
Fail: the same `amount: 49.41` indented as the text above it.
"""
from __future__ import annotations

from typing import Iterator

from ..datapath import json_path
from ..problems import Problem, Severity
from ..swallowed_fields import swallowed_fields

ID = "TEXT-SWALLOWED-KEY"


def check(ctx) -> Iterator[Problem]:
    file_name = ctx.variant.schema_path.name
    for path, _ in ctx.spec.texts():
        for found in swallowed_fields(ctx.spec, ctx.store, file_name, path):
            key = ctx.spec.locate(path, key=True)[1]
            title = ctx.store.titles(file_name, path[:-1] + (found.field,))[-1]
            named = (f"“{found.field}”（{title}）" if found.typed == found.field
                     else f"“{found.typed}”（字段名应写“{found.field}”）")
            yield Problem(ctx.path, found.line, found.column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：这一行的{named}比“{path[-1]}:”多缩进了 {found.column - key} 格，"
                          f"YAML 把这一行读成了“{path[-1]}: |”块里的文字，{title}没有填上；"
                          f"请把它退回到第 {key} 列，与“{path[-1]}:”左端对齐",
                          json_path(path))
