"""What a lint rule is: an id, a default severity, a title, the text it rests on, parameters, a check.

Rules are plain functions decorated with `@rule(...)`; the decorator turns them into `Rule` objects
that the catalogue (`generator.lint.RULES`) lists and the runner calls. A check takes the lint
context and yields Problems made by `ctx.report`, which applies the configured severity.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..problems import Severity

PRACTICE = "审核实践"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str
    source: str
    check: Callable = field(repr=False)
    params: dict[str, Any] = field(default_factory=dict)
    minimums: dict[str, Any] = field(default_factory=dict)
    """The least value a number parameter may be set to (A14's max_chars of 0 would flag every text)."""
    maximums: dict[str, Any] = field(default_factory=dict)
    """The greatest value a number parameter may be set to (D4's similarity above 1 would flag nothing, silently)."""

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()


def rule(id: str, severity: str, title: str, source: str, *, minimums: dict[str, Any] | None = None,
         maximums: dict[str, Any] | None = None, **params) -> Callable[[Callable], Rule]:
    """Declare a rule: `@rule("B6", "warning", "模糊词语", "财预〔2011〕285号…", words=[...])`; `minimums` and
    `maximums` bound number parameters (`minimums={"max_chars": 100}`), checked where a configuration sets them,
    so that a value that would flag everything or nothing is told at its line rather than silently obeyed. The
    check's docstring says why each bound is where it is."""

    def register(check: Callable) -> Rule:
        return Rule(id, Severity(severity), title, source, check, params, dict(minimums or {}), dict(maximums or {}))

    return register
