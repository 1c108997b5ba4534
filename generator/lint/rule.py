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

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()


def rule(id: str, severity: str, title: str, source: str, *, minimums: dict[str, Any] | None = None,
         **params) -> Callable[[Callable], Rule]:
    """Declare a rule: `@rule("B6", "warning", "模糊词语", "财预〔2011〕285号…", words=[...])`; `minimums` bounds
    number parameters from below (`minimums={"max_chars": 100}`), checked where a configuration sets them."""

    def register(check: Callable) -> Rule:
        return Rule(id, Severity(severity), title, source, check, params, dict(minimums or {}))

    return register
