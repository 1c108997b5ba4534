"""Which findings are a change's own, for `lint --changed-since`: a pull request's own findings first.

A pull request that adds one project to a spec got every finding of the whole spec, its one new error the 38th of
40 (GitHub shows a step's first 10), among last year's rows it never touched. A finding is the change's own when
it is on a line the change added or changed, as git's diff shows them (the hunks of `git diff -U0 -M`, read by
`revisions.as_they_were`), or when the file as it was had no such finding (`new_findings`): rows only deleted
touch no line left, yet leave a 一级 with none (A6 at `indicators:`). Not one on a line changed that the lines it
replaced had word for word (`rewritten_alike`): a paragraph rewritten around the 积极 it kept. A file the revision did
not have is the change's throughout.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable

from .problems import Problem
from .revisions import Earlier

Touched = dict[str, "set[int] | None"]  # file as given -> numbers of the lines touched (None: the whole file is new)
_HUNK = re.compile(rb"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
_LINE_NAMED = re.compile(r"第 \d+ 行")
_NUMBER = re.compile(r"\d+")


def touched_lines(diff: bytes) -> set[int]:
    """Numbers (from 1) of the lines of the new side a diff without context (`-U0`) adds or changes: each hunk's
    `+c,d` is d lines from line c (d left out: one line; 0: lines only removed, after line c)."""
    return {number for _, _, start, count in _hunks(diff) for number in range(start, start + count)}


def moved_line(diff: bytes) -> Callable[[int], int | None]:
    """Where each line of the old side of a diff without context (`-U0`) is on the new side: lines above it added
    or removed move it; None for one the diff removes or changes (a line of the hunk's `-a,b`)."""
    hunks = _hunks(diff)

    def moved(line: int) -> int | None:
        shift = 0
        for old_start, old_count, new_start, new_count in hunks:
            if old_start <= line < old_start + old_count:
                return None
            if line >= old_start + max(old_count, 1):  # b 0: the lines are added after line a, which stays
                shift += new_count - old_count
        return line + shift
    return moved


def _hunks(diff: bytes) -> list[tuple[int, int, int, int]]:
    """Each hunk's `-a,b +c,d` (a count left out: one line)."""
    return [(int(a), int(b) if b else 1, int(c), int(d) if d else 1) for a, b, c, d in _HUNK.findall(diff)]


def new_findings(now: list[Problem], before: list[Problem], moved: Callable[[Problem], int | None]) -> set[int]:
    """The indexes in `now` of the findings `before` (the same files as they were) has no counterpart of: one of
    the same file, code, field path and message, a line a message names aside (the lines moved); then, among those
    left, one whose path and message differ only in numbers (rows deleted above it renumber it: the 5th indicator
    now the 3rd); then one of the same code and `Problem.subject` at the same place, its line where the change moved
    it (`moved`: None for a line it removed or changed), whatever it says: a message names its row by the row's
    name, and renaming an indicator rewords the findings on its other fields, lines the change did not touch. Not
    by field path: most findings have no subject, and rows deleted above gave another row, its finding the change's
    (a task whose indicator was deleted), the path and so the counterpart of one deleted with its row. Each finding
    of `before` is the counterpart of one of `now` at most.

    First of all, one at the same place whose path and message differ at most in numbers: the finding the change
    left where it was. A row added above an alike one (the same name, the same finding) takes the old row's field
    path and words (第 2 个绩效指标), and paired by those in file order the new finding got the old one's counterpart,
    while the old one, renumbered on a line the change never touched, was counted the change's."""
    left, unmatched = list(range(len(now))), before
    for key_now, key_before in ((lambda problem: _stayed(problem, problem.line),
                                 lambda problem: _stayed(problem, moved(problem))),
                                (_said, _said), (_renumbered, _renumbered),
                                (lambda problem: _placed(problem, problem.line),
                                 lambda problem: _placed(problem, moved(problem)))):
        waiting = defaultdict(list)
        for problem in unmatched:
            waiting[key_before(problem)].append(problem)
        still = []
        for index in left:
            key = key_now(now[index])
            bucket = waiting.get(key) if key is not None else None  # None: no place to pair by
            if bucket:
                bucket.pop()
            else:
                still.append(index)
        left, unmatched = still, [problem for bucket in waiting.values() for problem in bucket]
    return set(left)


def _said(problem: Problem) -> tuple:
    return problem.file, problem.code, problem.path, _LINE_NAMED.sub("第 N 行", problem.message)


def _renumbered(problem: Problem) -> tuple:
    return problem.file, problem.code, _NUMBER.sub("N", problem.path), _NUMBER.sub("N", problem.message)


def _stayed(problem: Problem, line: int | None) -> tuple | None:
    """A finding's words (numbers aside, as `_renumbered`) at `line`, where the change moved it (None: a line it removed
    or changed, which pairs with nothing here); None for one about the whole file, left to its words."""
    return (*_renumbered(problem), line, problem.column) if problem.path and line is not None else None


def _placed(problem: Problem, line: int | None) -> tuple:
    """Where a finding is in the text, at `line` (None: a line the change removed, no place now), not what it says;
    one about the whole file (no path) by its words."""
    return (problem.file, problem.code, line, problem.column, problem.subject) if problem.path else _said(problem)


def on_touched_line(problem: Problem, touched: Touched) -> bool:
    """Whether a finding is on a line the change touched; one about a whole file (line 0) only in a file new."""
    if problem.file not in touched:
        return False
    lines = touched[problem.file]
    return lines is None or problem.line in lines


def rewritten_alike(now: list[Problem], before: list[Problem], diff: bytes) -> set[int]:
    """The indexes in `now` (one file's findings) on lines a hunk of `diff` changed that the file as it was had
    on a line of the same hunk: the same rule, field and words (a quoted 积极 among them), and about the same
    (`Problem.subject`). A paragraph partly rewritten around a vague word it kept was counted the change's own,
    though the word was there before. The subject, as B6 on prose keeps every vague clause: its words quote the
    first and count them (`等 3 句`), and one vague clause rewritten into another new one left them as they were, the
    change's new vague target paired with the old. Within a hunk only: a project copied and added (lines only added)
    brings its own findings, alike in words to the original's, and those stay the change's."""
    hunks = _hunks(diff)

    def hunk(line: int, new_side: bool) -> int | None:
        for number, (old_start, old_count, new_start, new_count) in enumerate(hunks):
            start, count = (new_start, new_count) if new_side else (old_start, old_count)
            if count and start <= line < start + count:
                return number
        return None

    waiting = defaultdict(list)
    for problem in before:
        found = hunk(problem.line, new_side=False)
        if found is not None:
            waiting[(*_said(problem), problem.subject, found)].append(problem)
    alike = set()
    for index, problem in enumerate(now):
        found = hunk(problem.line, new_side=True)
        bucket = waiting.get((*_said(problem), problem.subject, found)) if found is not None else None
        if bucket:
            bucket.pop()
            alike.add(index)
    return alike


def own_first(problems: list[Problem], earlier: dict[str, Earlier | None],
              lint: Callable[[str, bytes], list[Problem]]) -> tuple[list[Problem], int]:
    """The change's own findings (on lines it touched, or new to the file: see the module), then the others, each
    part in its order, and how many are its own. A finding on a line touched that the lines it replaced had word
    for word (`rewritten_alike`) is not its own. `earlier`: each file as it was (`as_they_were`); `lint`: the
    findings of a file's earlier text, linted as the file on disk was, asked only of the files changed since."""
    touched = {file: None if then is None else touched_lines(then.diff) for file, then in earlier.items()}
    # a file the revision had byte for byte has the findings it had: linted once, not twice
    changed = {file: then for file, then in earlier.items() if then is not None and not then.unchanged}
    before = {file: lint(file, then.text) for file, then in changed.items()}
    candidates = [index for index, problem in enumerate(problems) if problem.file in changed]
    moved = {file: moved_line(then.diff) for file, then in changed.items()}
    new = {candidates[index] for index in new_findings([problems[index] for index in candidates],
                                                       [p for found in before.values() for p in found],
                                                       lambda problem: moved[problem.file](problem.line))}
    kept = set()
    for file, then in changed.items():
        mine = [index for index in candidates if problems[index].file == file]
        kept |= {mine[n] for n in rewritten_alike([problems[index] for index in mine], before[file], then.diff)}
    own = [index in new or on_touched_line(problem, touched) and index not in kept
           for index, problem in enumerate(problems)]
    mine = [problem for problem, is_own in zip(problems, own) if is_own]
    return mine + [problem for problem, is_own in zip(problems, own) if not is_own], len(mine)
