"""Reporters: the only place that turns Problems into text. One function per output format."""
from __future__ import annotations

import json
from collections import Counter

from .problems import Problem, Severity


def line(problem: Problem) -> str:
    """`specs/x.yaml:12:7: 错误[BUDGET-SUM] …`: parsable like a compiler's message."""
    return f"{problem.file}:{problem.line}:{problem.column}: {problem.severity.label}[{problem.code}] {problem.message}"


def summary(files: int, problems: list[Problem]) -> str:
    counts = Counter(p.severity for p in problems)
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    if not errors and not warnings:
        return f"检查了 {files} 个文件，没有发现问题。"
    return f"检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告。"


def as_text(files: int, problems: list[Problem]) -> str:
    return "\n".join([line(p) for p in problems] + [summary(files, problems)])


def as_json(files: int, problems: list[Problem]) -> str:
    counts = Counter(p.severity.value for p in problems)
    return json.dumps(
        {"files": files, "errors": counts["error"], "warnings": counts["warning"],
         "problems": [p.as_dict() for p in problems]},
        ensure_ascii=False, indent=2,
    )


REPORTERS = {"text": as_text, "json": as_json}
