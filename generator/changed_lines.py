"""Which findings are on lines a change touched, for `lint --changed-since`: a pull request's own findings first.

A pull request that adds one project to a spec got every finding of the whole spec, its one new error the 38th of
40 (GitHub shows a step's first 10), among last year's rows it never touched. The lines touched are those of the
file on disk that differ from the revision's (`revisions.as_they_were`), line by line, as git's diff shows them
added or changed; a line only removed leaves none. A file the revision did not have is touched throughout.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from .problems import Problem

Touched = dict[str, "set[int] | None"]  # file as given -> numbers of the lines touched (None: the whole file is new)


def touched_lines(before: bytes | None, now: bytes) -> set[int] | None:
    """Numbers (from 1) of the lines of `now` that `before` does not have where they are; None when there was no
    `before`. Lines are compared as bytes, so a spec in any encoding is compared as git compares it."""
    if before is None:
        return None
    matcher = SequenceMatcher(None, before.splitlines(), now.splitlines(), autojunk=False)
    return {number + 1 for tag, _, _, first, last in matcher.get_opcodes() if tag in ("replace", "insert")
            for number in range(first, last)}


def on_touched_line(problem: Problem, touched: Touched) -> bool:
    """Whether a finding is on a line the change touched; one about a whole file (line 0) only in a file new."""
    if problem.file not in touched:
        return False
    lines = touched[problem.file]
    return lines is None or problem.line in lines


def touched_first(problems: list[Problem], touched: Touched) -> tuple[list[Problem], int]:
    """The findings on touched lines, then the others (each part in its order), and how many are on touched lines."""
    mine = [p for p in problems if on_touched_line(p, touched)]
    return mine + [p for p in problems if not on_touched_line(p, touched)], len(mine)
