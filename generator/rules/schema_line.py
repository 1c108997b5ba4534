"""SCHEMA-LINE: the spec's first line names a schema VS Code can use for this form.

A warning, since the data are fine: only the editor goes without completion and hover text, or
marks the whole file red. See generator/schema_line.py for what counts as right.
Pass: `# yaml-language-server: $schema=../schema/<form>.schema.json` in specs/ of jixiao's checkout.
Fail: the same line in a spec moved to specs/2025/ (no such file); another form's schema named there;
in a unit's repository, the form's schema where jixiao is installed (a path only this machine has).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .. import schema_line
from ..problems import Problem, Severity

ID = "SCHEMA-LINE"


def check(ctx) -> Iterator[Problem]:
    if len(ctx.fitting) > 1:  # the content fits several forms alike: which one the line is to name, only the author knows
        return
    found = schema_line.check(Path(ctx.path), ctx.spec.text, ctx.store, ctx.variant, *ctx.fitting)
    if found:
        line, column, message = found
        yield Problem(ctx.path, line, column, Severity.WARNING, ID, message)
