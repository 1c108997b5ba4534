"""`jixiao lint`, the stage: the specs linted (lint/run.py's Linter, after validate's checks or leaving them to it),
those a change since a git revision touches listed first, and reported; or the rules listed. The exit code returned.

Kept out of cli.py, which handles the command line's arguments only: which jixiao.yaml is read, and the options
that cannot go together, are settled there.
"""
from __future__ import annotations

import click

from .command_paths import Warned, per_project, variant_roots
from .errors import EXIT_OK, EXIT_PROBLEMS
from .lint.run import Linter
from .problems import Problem
from .report import REPORTERS
from .validate_run import names_taken


def show_rules(fmt: str, project, templates, schemas) -> None:
    """Every rule listed: in a project, what lint will check there (jixiao.yaml's and the forms' settings in effect);
    outside one, the defaults."""
    from .lint.listing import LISTINGS, in_effect

    effect = in_effect(Linter(variant_roots(templates, schemas, project), project)) if project.file else None
    click.echo(LISTINGS[fmt](effect))


def lint_specs(files: list[str], said: Warned, fmt: str, project, leave_to_validate: bool, changed_since: str | None,
               per_file_project: bool, templates, schemas) -> int:
    """`files` linted and reported, `said` the warnings given_specs said of the paths named, counted in the summary;
    `project` is None with --per-file-project, each spec reading its own. The exit code: 1 when an error-level problem
    was found (one left to validate counts only in the summary)."""
    earlier = None
    if changed_since is not None:  # asked of git first: a mistyped revision was said only once every spec was linted
        from .revisions import as_they_were

        earlier = as_they_were(changed_since, files)
    linters, warned = per_project(files, templates, schemas, per_file_project,
                                  lambda catalog, own: Linter(project=own, catalog=catalog), project)
    checked = {f: linters[f].validator.check_file(f) for f in files}
    # validate's SPEC-NAME-TAKEN too, of the specs checked together: lint does all of validate's checks
    taken = names_taken({f: (checked[f], linters[f].validator.store) for f in files})
    left = None
    if leave_to_validate:
        linted = {f: linters[f].lint_after_validate(checked[f]) for f in files}
        problems = [p for own, _ in linted.values() for p in own]
        left = [p for f, (_, theirs) in linted.items() for p in sorted([*theirs, *taken.get(f, [])])]
    else:
        problems = [p for f in files for p in sorted([*linters[f].lint(checked[f]), *taken.get(f, [])])]
    in_changes = None
    if earlier is not None:
        from .changed_lines import own_first

        def then(name: str, raw: bytes) -> list[Problem]:
            """The findings of `name` as it was, with its SPEC-NAME-TAKEN then among the other specs as they are."""
            was = linters[name].check_bytes(name, raw)
            specs = {f: (was if f == name else checked[f], linters[f].validator.store) for f in files}
            return [*linters[name].lint(was), *names_taken(specs).get(name, [])]

        problems, in_changes = own_first(problems, earlier, then)
    # another run may find more, said unless validate's errors were left to it (its own report says so)
    stopped = [] if leave_to_validate else [f for f, one in checked.items() if one.stopped]
    click.echo(REPORTERS[fmt](len(files), problems, left, in_changes=in_changes, warned=warned + said.total,
                              stopped=stopped))
    return EXIT_PROBLEMS if any(p.is_error for p in problems) else EXIT_OK
