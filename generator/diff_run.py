"""`jixiao diff`, the stage: the two sides found (two files or folders, or the working tree and a git revision),
read, compared in the form's words (diff.py) and reported (diff_report.py); the exit code returned.

Kept out of cli.py, which handles the command line's arguments only. diff's exit codes are diff(1)'s: 0 no change,
1 changes, 2 无法比较, so a side that cannot be compared is Trouble here, never exit 1.
"""
from __future__ import annotations

from pathlib import Path

import click

from . import project as projects
from .clone_hint import say_once
from .command_paths import NO_SPECS, default_specs, stop_if_no_spec_yet, variant_roots
from .diff import SpecComparer, sets_grades
from .diff_files import load_sides
from .diff_json import as_json
from .diff_markdown import as_markdown
from .diff_report import as_text
from .errors import EXIT_DIFFERENT, EXIT_OK, EXIT_TROUBLE, Trouble, UsageError
from .problems import Severity
from .report import line
from .revisions import beside_given, sides, two_paths
from .schema_line import shown

REPORTERS = {"text": as_text, "markdown": as_markdown, "json": as_json}


def compare_specs(paths: tuple[str, ...], given: bool, rev: str | None, fmt: str, templates, schemas,
                  max_chars: int | None = None) -> int:
    """The specs at `paths` compared, two sides given, or with `rev`; `given`: whether the user named any path (with
    --rev, none is specs/); `max_chars`, the markdown report's length at most (a pull-request comment's limit). The
    exit code: 1 when any spec changed, 2 when a side could not be compared."""
    old, new, compared, nearby, submodules = _sides(paths, given, rev)
    project = projects.read(projects.find(Path.cwd()))  # its lint settings say what a measurable target is
    comparer = SpecComparer(variant_roots(templates, schemas, project), project.rules)
    git_renamed = {after: before for before, after in compared.renamed} if compared else None
    folders = rev is None and Path(paths[0]).is_dir()  # two files given are compared as they are, their year listed
    pairs, problems = load_sides(old, new, comparer.catalog, nearby, years_apart=folders, git_renamed=git_renamed)
    problems = submodules + problems
    for problem in problems:
        click.echo(line(problem), err=True)
    diffs = [comparer.compare(*pair) for pair in pairs]
    # jixiao.yaml's settings change what diff says (a graded term is a measurable target, a form its own): named
    # only when it has one of those, not for a lint level (`B6: error`) that diff never reads
    followed = project.templates or project.schemas or sets_grades(project.rules)
    settings = shown(project.file) if project.file and followed else None
    if max_chars is None:
        click.echo(REPORTERS[fmt](diffs, problems, compared, settings))
    else:
        click.echo(as_markdown(diffs, problems, compared, settings, max_chars))
    if rev is not None:  # comparing with git, as a reviewer does: the Word files' `git diff` needs init's settings
        say_once(Path.cwd())
    if any(problem.severity is Severity.ERROR for problem in problems):  # a warning (DIFF-FORMS) was compared
        return EXIT_TROUBLE
    return EXIT_DIFFERENT if any(d.status != "equal" for d in diffs) else EXIT_OK


def _sides(paths: tuple[str, ...], given: bool, rev: str | None):
    """The old and the new side's specs, the revisions compared (with --rev), the old side's specs beside a file
    given by name, where last year's spec may be, and the warnings of git submodules left out (with --rev); refused
    when there is nothing to compare."""
    compared = None
    nearby = {}
    submodules = []
    if rev is not None:
        paths = paths or (default_specs(),)
        old, new, compared, submodules = sides(rev, list(paths))
        nearby = beside_given(compared.old, list(paths), old)
    elif len(paths) == 2:
        old, new = two_paths(*paths)
    else:
        raise UsageError("请给出两个文件或两个文件夹：jixiao diff 旧 新；或用 --rev 与 git 版本比较")
    if not old and not new and not given:
        stop_if_no_spec_yet(paths[0])
    if not old and not new and not given and not Path(paths[0]).is_dir():
        # Likely run outside a project: said as validate and build say it, which also take specs/ from here.
        raise Trouble(NO_SPECS)
    if not old and not new:
        raise Trouble(f"在 {'、'.join(paths)} 中没有找到规格文件（.yaml、.yml）：请检查路径是否写对")
    return old, new, compared, nearby, submodules
