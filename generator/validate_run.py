"""`jixiao validate`, the stage: each spec checked by its project's Validator (validate.py), the problems reported in
the chosen format with a summary line, and the exit code returned.

Kept out of cli.py, which handles the command line's arguments only.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .clone_hint import say_once
from .command_paths import Warned, per_project
from .errors import EXIT_OK, EXIT_PROBLEMS
from .report import REPORTERS, as_text
from .validate import Validator

if TYPE_CHECKING:
    from .problems import Problem
    from .schema_store import SchemaStore
    from .validate import Checked

LEFT_TO_LINT = "（指标体系是否完整、目标能否通过审核，由 jixiao lint 检查）"
"""What validate's report says when it found nothing: a spec without a whole 一级指标 passes validate, and
an author who ran only validate (the editor's default task) took 没有发现问题 for the targets being complete."""


def check_specs(files: list[str], said: Warned, fmt: str, per_file_project: bool, templates, schemas) -> int:
    """`files` checked and reported, `said` the warnings given_specs said of the paths named, counted in the summary;
    the exit code: 1 when any spec has an error (warnings leave it 0)."""
    validators, warned = per_project(files, templates, schemas, per_file_project,
                                     lambda catalog, _: Validator(catalog=catalog))
    checked = {f: validators[f].check_file(f) for f in files}
    taken = names_taken({f: (checked[f], validators[f].store) for f in files})
    problems = [p for f in files for p in sorted([*validators[f].reported(checked[f]), *taken.get(f, [])])]
    warned += said.total
    stopped = [f for f, one in checked.items() if one.stopped]  # another run may find more: the summary says so
    # A clean report read at the keyboard (or Ctrl+Shift+B) says what it did not look at; CI runs lint after it.
    click.echo(as_text(len(files), problems, clean_note=LEFT_TO_LINT, warned=warned, stopped=stopped) if fmt == "text"
               else REPORTERS[fmt](len(files), problems, warned=warned, stopped=stopped))
    say_once(Path.cwd())  # a colleague's clone without init's git settings: the first command they run says so
    return EXIT_PROBLEMS if any(p.is_error for p in problems) else EXIT_OK


def names_taken(specs: dict[str, tuple[Checked, SchemaStore]]) -> dict[str, list[Problem]]:
    """SPEC-NAME-TAKEN (name_clashes) of the specs checked together, by file, for validate and lint alike: a second
    spec of one unit, year and form was said only by build, which CI does not run on a pull request. Imported here,
    with the view model and jinja2 it reads, only when several specs are checked: one alone has none."""
    if len(specs) < 2:
        return {}
    from .name_clashes import taken_names

    return taken_names(specs.values())
