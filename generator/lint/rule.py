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
    """The least value a number parameter may be set to (D6's min_rates of 0 told a table with no rate)."""
    maximums: dict[str, Any] = field(default_factory=dict)
    """The greatest value a number parameter may be set to (D4's similarity above 1 would flag nothing, silently)."""
    above: dict[str, Any] = field(default_factory=dict)
    """A value a number parameter must exceed (A14's max_chars of 0 would flag every text, and so would 0.5)."""

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()


def rule(id: str, severity: str, title: str, source: str, *, minimums: dict[str, Any] | None = None,
         maximums: dict[str, Any] | None = None, above: dict[str, Any] | None = None,
         **params) -> Callable[[Callable], Rule]:
    """Declare a rule: `@rule("B6", "warning", "模糊词语", "财预〔2011〕285号…", words=[...])`; `minimums`,
    `maximums` and `above` bound number parameters (`above={"max_chars": 0}`), checked where a configuration
    sets them, and every command reads the configuration: a refused value stops validate, build and CI alike.

    So a bound refuses only a value that cannot mean anything (a share past 0–1, a negative count or
    tolerance, a length of 0 that would flag every text, a similarity of 0 that calls everything a copy),
    never one that is merely stricter or looser than the default: a unit's deliberate `D4: {similarity: 0.4}`
    or `B11: {max_length: 15}` is its choice. The check's docstring says why each bound is where it is."""

    def register(check: Callable) -> Rule:
        return Rule(id, Severity(severity), title, source, check, params, dict(minimums or {}), dict(maximums or {}),
                    dict(above or {}))

    return register
