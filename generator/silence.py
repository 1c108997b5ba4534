"""Inline silences: `# jixiao: disable=B6` on a line drops that rule's findings on that line (like `# noqa`).

Several rules are separated by commas (`disable=B6,B7`); case does not matter (`disable=d5` is D5), since
nothing in a comment tells the author that ids are upper case. A silence that drops nothing is itself
reported (提示 LINT-UNUSED-DISABLE), so stale comments do not pile up after the text is fixed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .problems import Problem, Severity, code_key

CODE = "LINT-UNUSED-DISABLE"
_COMMENT = re.compile(r"#\s*jixiao:\s*disable=([A-Za-z0-9_,\s-]+)")


@dataclass(frozen=True)
class Silence:
    """One rule named in a comment: `rule` as problems carry it (upper case), `written` as the comment has it."""

    line: int
    column: int
    rule: str
    written: str


def silences(text: str) -> list[Silence]:
    found = []
    for number, line in enumerate(text.split("\n"), start=1):  # as the parser counts; not splitlines(), see RuleContext.typed
        match = _COMMENT.search(line)
        if match:
            for written in filter(None, (r.strip() for r in match.group(1).split(","))):
                found.append(Silence(number, match.start() + 1, code_key(written), written))
    return found


def apply(path: str, text: str, problems: list[Problem], known: set[str]) -> list[Problem]:
    """The problems minus the silenced ones, plus one 提示 per silence that silenced nothing."""
    marks = silences(text)
    wanted = {(s.line, s.rule) for s in marks}
    kept = [p for p in problems if (p.line, p.code) not in wanted]
    used = {(p.line, p.code) for p in problems} & wanted
    for mark in marks:
        if (mark.line, mark.rule) in used:
            continue
        why = f"这一行没有 {mark.rule} 的问题" + ("" if mark.rule in known else "（lint 的规则中也没有这个编号，见 jixiao lint --rules）")
        kept.append(Problem(path, mark.line, mark.column, Severity.INFO, CODE,
                            f"无用的屏蔽注释“jixiao: disable={mark.written}”：{why}；请删除它"))
    return kept
