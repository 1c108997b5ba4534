"""`jixiao build`, the stage: the specs built into the output folder (build.py), with a bar in a terminal, each
problem said once, each form written, the old files dealt with (build_leftovers.py) and a summary line said; the
exit code returned.

Kept out of cli.py, which handles the command line's arguments only: the formats and --out are checked there, and
the specs they name are built here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import click

from . import project as projects
from .build import Builder, Built, default_jobs
from .build_leftovers import leftovers_said, removed_count
from .command_paths import Warned, variant_roots
from .errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from .problems import Problem, besides
from .progress import terminal_bar
from .report import counts, left_note, line, rerun_note
from .unread_forms import say_namesakes
from .variants import Catalog


def build_specs(files: list[str], out_dir: str, formats: list[str], templates, schemas, jobs: int | None,
                force: bool, quiet: bool, named: Warned = Warned(), leave_to_validate: bool = False) -> int:
    """`files` built as `formats` into `out_dir`, and said; `named` the warnings given_specs said of the paths named,
    counted in the summary; `leave_to_validate`: what validate reports is left to it
    (`left_to_validate`). The exit code: 2 when a form's template or title is broken, 1 when any spec failed (not
    counting one that failed on validate's errors alone, left to validate)."""
    project = projects.read(projects.find(Path.cwd()))  # its lint settings say how long a text A14 lets pass
    roots = variant_roots(templates, schemas, project)
    catalog = Catalog(roots)  # the forms searched for once, for the namesake warning and the build alike
    namesakes = say_namesakes(catalog)  # counted with the build's warnings
    builder = Builder(Path(out_dir), formats, roots, jobs=jobs or default_jobs(), force=force, lint_rules=project.rules,
                      catalog=catalog)
    printed: dict[str, Problem] = {}  # a broken template is every spec's problem: said once
    left = left_to_validate if leave_to_validate else None
    bar = terminal_bar(len(files))
    with builder.locked(_waiting_for_build):
        if bar:  # in a terminal, each spec's problems are said as it is done, above the bar
            with bar:
                results = builder.build(files, progress=lambda built: bar.step(_unsaid(built, printed, left)))
        else:
            results = builder.build(files)
    # failed on validate's errors alone, left to validate: its step fails for them, and this one builds the others
    refused = sum(not r.ok and not any(p.is_error for p in _own(r, left)) for r in results) if left else 0
    failed = sum(not r.ok for r in results) - refused
    partial = sum(not r.ok and bool(r.outputs) for r in results)  # one format written, another blocked
    skipped = sum(r.skipped for r in results)
    for result in results:
        for said in _unsaid(result, printed, left):
            click.echo(said)
        if not quiet and not result.skipped:
            for output in result.outputs:
                click.echo(f"已生成 {output}")
    leftovers = list(leftovers_said(builder))
    for said, warning in leftovers:
        click.echo(said, err=warning)
    written = sum(len(r.outputs) for r in results if not r.skipped)
    parts = [f"处理了 {len(files)} 个规格：生成 {written} 个文件"]
    removed = removed_count(builder)
    if removed:
        parts.append(f"删除 {removed} 个过时的文件")
    if builder.unchanged:  # a reader of the last line alone should not take the failure for the forms' loss
        parts.append(f"保留 {len(builder.unchanged)} 个规格未改动的旧文件")
    if skipped:
        parts.append(f"{skipped} 个规格未改动，已跳过")
    if failed - partial:
        parts.append(f"{failed - partial} 个规格有错误未生成")
    if refused:
        parts.append(f"{refused} 个规格未通过规格检查（jixiao validate），未生成")
    if partial:  # "生成 1 个文件，1 个规格有错误未生成" read as a contradiction when the file was that spec's
        parts.append(f"{partial} 个规格因错误只生成了部分文件")
    # their problems were said while the bar ran, or, in a CI log, each among the 已生成 lines of the specs around it:
    # over 13 specs, the reader of the log's end had to search them out; one spec's are just above
    if failed and (bar or len(files) > 1):
        click.echo(f"有错误的规格（问题见上）：{'、'.join(r.spec for r in results if any(p.is_error for p in _own(r, left)))}")
    warned = sum(warning for _, warning in leftovers) + namesakes + named.total  # all just said
    # counted in the last line: a fresh spec's UNFILLED warning scrolled by above `处理了 1 个规格：生成 2 个文件。`, and
    # a reader of that line alone (CI, the editor's task, --quiet) took the forms for finished
    counted = counts(list(printed.values()), warned, zeros=False)
    besides = left_note(sum(len(left(r)) for r in results) if left else None)  # as lint's summary says them
    tail = f"；{counted or '没有其他问题'}{besides}" if besides else f"；{counted}" if counted else ""
    stopped = 0 if left else sum(r.stopped for r in results)  # left to validate: its report says so
    click.echo("，".join(parts) + tail + "。" + rerun_note(stopped, "规格"))
    return EXIT_USAGE if any(r.form_broken for r in results) else EXIT_PROBLEMS if failed else EXIT_OK


def left_to_validate(built: Built) -> list[Problem]:
    """What validate reports of `built`'s spec (`build --leave-to-validate`, for CI after validate's step over the same
    specs): not said again, only counted in the summary. Said by both, one slip in a spec was two annotations in the
    run's log; and building only when validate passed left the reviewer no forms at all for one unit's slip. Its
    problems as the build's own validation found them (`Built.validated`): checked again here, each spec with a
    problem was validated twice. BUILD-NAME-TAKEN too: validate says the same clash as SPEC-NAME-TAKEN."""
    return [*built.validated, *(problem for problem in built.problems if problem.code == "BUILD-NAME-TAKEN")]


def _own(built: Built, left: Callable[[Built], list[Problem]] | None) -> list[Problem]:
    """`built`'s problems but those left to validate."""
    return besides(built.problems, left(built)) if left else built.problems


def _unsaid(built: Built, printed: dict[str, Problem], left: Callable[[Built], list[Problem]] | None = None) -> list[str]:
    """The lines of `built`'s problems not printed yet (nor left to validate), now marked `printed`: a broken template
    is every spec's problem, said once, whether said as the spec is done (above the bar) or after the build."""
    fresh = []
    for problem in _own(built, left):
        said = line(problem)
        if said not in printed:
            printed[said] = problem
            fresh.append(said)
    return fresh


def _waiting_for_build(lock: Path) -> None:
    """Said when another build is writing into the same output folder: this one waits for it (see output_lock)."""
    click.echo(f"另一个 jixiao build 正在生成到 {lock.parent}，等它结束后再开始（锁文件 {lock}；"
               "那次生成结束或中止时自动解除，不必删除它；不想等可按 Ctrl+C）……", err=True)
