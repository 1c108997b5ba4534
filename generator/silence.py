"""Inline silences: `# jixiao: disable=CODE` on a line drops that code's findings on that line (like `# noqa`).

Several codes are separated by commas (`disable=B6,SAME-NAME`) or blanks (`disable=B6 SAME-NAME`, as flake8's noqa
takes them): no code holds a blank, and `B6 SAME-NAME` read as one code silenced neither, reported by lint alone.
Case does not matter (`disable=d5` is D5), since nothing in a comment tells the author that codes are upper case. Nor
do the slips of a Chinese keyboard and of spacing (`JIXIAO：Disable ＝ B6，SAME-NAME`, `B6、SAME-NAME`, `#jixiao:`):
what such a comment means is plain, and it holds nothing else that they could be read as, so it is honoured rather
than reported to be typed again.

Only a YAML comment silences: the same words inside a value (in quotes, in a `|` block, run on after the text
without a blank) are text the form prints, said so by TEXT-DISABLE.

Each comment is judged by one checker, so that it is reported once where both run (lint runs validate first):

- validate judges a code of its own (`validate.OWN_CODES`: its rules' and UNFILLED) and the code of an error on the
  comment's line. It drops warnings and 提示, never an error: a spec with an error is not built by `jixiao build` and
  would be sent back by review, so hiding the error only hides why. A comment naming an error's code is itself
  reported (DISABLE-ERROR), and so is one of validate's codes that drops nothing (提示 UNUSED-DISABLE). validate says
  so, not lint: whoever runs only validate, build or serve sees the stale comment; lint prints validate's problems,
  so once; and after validate in CI (`lint --leave-to-validate`) they are validate's, not counted again as lint's.
- lint judges the rest: its own rules' codes, at whatever level a project sets them (a lint 错误 is a reviewer's
  judgement, the form is still built), and codes that nothing reports (LINT-UNUSED-DISABLE).

A comment is called unused only where every rule ran: on a spec its schema refused, most of them did not, and one
silencing what they will report once the schema passes is not stale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .problems import Problem, Severity, code_key

LINT_UNUSED = "LINT-UNUSED-DISABLE"
UNUSED = "UNUSED-DISABLE"
ON_ERROR = "DISABLE-ERROR"
_MARK = re.compile("jixiao", re.IGNORECASE)
_BLANK = "[ \t\u3000]*"
MARKER = re.compile(fr"#{_BLANK}jixiao{_BLANK}[:：]{_BLANK}disable{_BLANK}[=＝]{_BLANK}([A-Za-z0-9_,，、 \t\u3000-]+)",
                    re.IGNORECASE)
"""A silence as typed, from its `#`: the codes are group 1, separated by `_CODES_APART`."""
_CODES_APART = re.compile("[,，、 \t\u3000]+")


@dataclass(frozen=True)
class Silence:
    """One code named in a comment: `rule` as problems carry it (upper case), `written` as the comment has it."""

    line: int
    column: int
    rule: str
    written: str


def silences(text: str) -> list[Silence]:
    """The codes each comment of `text` names, those of markers inside a value left out (see `_in_values`)."""
    if not _MARK.search(text):  # most specs have none: validate reads every spec, so it does not scan them
        return []
    typed = list(MARKER.finditer(text))  # a marker is on one line: it holds no line break
    inside = _in_values(text, [match.start() for match in typed]) if typed else set()
    found = []
    for match in typed:
        if match.start() not in inside:
            line = text.count("\n", 0, match.start()) + 1  # as the parser counts; not splitlines(), see RuleContext.typed
            column = match.start() - text.rfind("\n", 0, match.start())
            found += [Silence(line, column, code_key(written), written) for written in codes_named(match)]
    return found


def codes_named(match: re.Match) -> list[str]:
    """The codes a `MARKER` match names, as typed."""
    return list(filter(None, _CODES_APART.split(match.group(1))))


def _in_values(text: str, places: list[int]) -> set[int]:
    """Those of `places` (offsets in `text`) inside a scalar: a quoted value, a `|` or `>` block's lines, a plain
    value's text. The scanner knows, having skipped the comments; a text it fails on is known up to there."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.tokens import ScalarToken

    spans = []
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            if isinstance(token, ScalarToken):
                begin = token.start_mark.index
                if token.style in ("|", ">"):  # its text starts below the `|` line, whose comment is a comment
                    begin = text.find("\n", begin) + 1 or len(text)
                spans.append((begin, token.end_mark.index))
    except YAMLError:
        pass
    return {at for at in places if any(begin <= at < end for begin, end in spans)}


def validate_judges(mark: Silence, validated: Iterable[Problem], own: frozenset[str]) -> bool:
    """Whether validate judges a comment: it names one of validate's `own` codes, or an error of its on that line."""
    return mark.rule in own or any(p.is_error and (p.line, p.code) == (mark.line, mark.rule) for p in validated)


def for_validate(path: str, text: str, problems: list[Problem], own: frozenset[str], errors_only: frozenset[str],
                 every_rule_ran: bool) -> list[Problem]:
    """validate's problems without the warnings and 提示 silenced, with a DISABLE-ERROR for each comment naming an
    error's code (one on its line, or one of `errors_only`, whose findings are all errors) and, where every rule ran,
    an UNUSED-DISABLE for each other comment of validate's that silenced nothing."""
    marks = [mark for mark in silences(text) if validate_judges(mark, problems, own)]
    if not marks:
        return problems
    kept, used = _dropped(problems, marks, lambda problem: not problem.is_error)
    errors = {(p.line, p.code) for p in problems if p.is_error}
    for mark in marks:
        if (mark.line, mark.rule) in errors or mark.rule in errors_only:
            kept.append(_on_error(path, mark, (mark.line, mark.rule) in errors, (mark.line, mark.rule) in used))
        elif every_rule_ran and (mark.line, mark.rule) not in used:
            kept.append(_unused(path, mark, UNUSED, ""))
    return kept


def for_lint(path: str, text: str, problems: list[Problem], validated: list[Problem], own: frozenset[str],
             known: set[str]) -> list[Problem]:
    """lint's own findings without those silenced, with a LINT-UNUSED-DISABLE for each comment that silenced
    nothing, among those validate does not judge (`validated`: its problems of the spec, `own`: its codes)."""
    marks = [mark for mark in silences(text) if not validate_judges(mark, validated, own)]
    kept, used = _dropped(problems, marks, lambda problem: True)
    for mark in marks:
        if (mark.line, mark.rule) not in used:
            kept.append(_unused(path, mark, LINT_UNUSED, "" if mark.rule in known else
                                "（lint 的规则中也没有这个编号，它也不是 validate 的警告，见 jixiao lint --rules）"))
    return kept


def _dropped(problems: list[Problem], marks: list[Silence], may) -> tuple[list[Problem], set[tuple[int, str]]]:
    """The problems a comment does not silence (`may` says which it may), and the (line, code) of those it does."""
    wanted = {(mark.line, mark.rule) for mark in marks}
    silenced = {(p.line, p.code) for p in problems if (p.line, p.code) in wanted and may(p)}
    return [p for p in problems if (p.line, p.code) not in silenced or not may(p)], silenced


def _unused(path: str, mark: Silence, code: str, why: str) -> Problem:
    return Problem(path, mark.line, mark.column, Severity.INFO, code,
                   f"无用的屏蔽注释“jixiao: disable={mark.written}”：这一行没有 {mark.rule} 的问题{why}；请删除它")


def _on_error(path: str, mark: Silence, here: bool, used: bool) -> Problem:
    """A comment naming an error's code: the error stays, and why it must be corrected rather than silenced. One that
    also dropped a warning of that code on its line (DATE-YEAR both warns and errs) says so, and may stay once the
    error is corrected: called of no effect, it was deleted and the warning came back."""
    what = f"这一行的 {mark.rule} 是错误" if here else f"{mark.rule} 报告的都是错误"
    then = "请改正这个错误，再删除这条注释" if here else "这一行现在也没有它的问题，请删除这条注释"
    effect = "不起作用"
    if used:
        what, effect = f"这一行的 {mark.rule} 还有错误", f"只去掉了这一行 {mark.rule} 的警告"
        then = "请改正这个错误（这条注释可以留着，屏蔽那条警告）"
    return Problem(path, mark.line, mark.column, Severity.WARNING, ON_ERROR,
                   f"屏蔽注释“jixiao: disable={mark.written}”{effect}：{what}，错误不能屏蔽——有错误的规格 "
                   f"jixiao build 不生成表，交上去也会被退回；{then}")
