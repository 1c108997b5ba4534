"""`jixiao fmt`, the stage: each spec rewritten in the one layout (fmt.py), or with --check each difference said
(fmt_check.py), the files it cannot format said or left to validate, and a summary line; the exit code returned.

Kept out of cli.py, which handles the command line's arguments only.
"""
from __future__ import annotations

import errno
from pathlib import Path

import click

from .command_paths import Warned, per_project
from .errors import EXIT_OK, EXIT_PROBLEMS, FolderUnwritable, held_elsewhere, os_reason
from .fmt import Formatter
from .fmt_check import differences, needs_formatting, rewritten_whole, run_fmt
from .load import WHOLE_FILE
from .problems import Problem, Severity
from .report import annotation, line
from .write import atomic_write


def format_files(files: list[str], said: Warned, check: bool, fmt: str, leave_to_validate: bool,
                 per_file_project: bool, templates, schemas) -> int:
    """`files` formatted, or checked with `check`, `said` the warnings given_specs said of the paths named, each kind
    named in the summary; the exit code: 1 when a file has errors, or with `check` when
    any needs formatting."""
    if leave_to_validate:  # only then: validate loads every rule, which fmt, run on each save, has no use for
        from .validate import Validator
    checkers, warned = per_project(files, templates, schemas, per_file_project,
                                   lambda catalog, _: (Formatter(catalog=catalog),
                                                       Validator(catalog=catalog) if leave_to_validate else None))
    changed = failed = skipped = left = tidy = 0
    for name in files:
        formatter, validator = checkers[name]
        result = formatter.format_file(name)
        tidy += not result.problems and not result.changed
        problems = formatter.own_problems(result, validator) if validator else result.problems
        left += len(problems) < len(result.problems)
        for problem in problems:
            click.echo(annotation(problem) if fmt == "github" else line(problem))
        failed += any(p.is_error for p in problems)
        skipped += bool(problems) and not any(p.is_error for p in problems)
        if not result.changed:
            continue
        changed += 1
        if check:
            found = differences(result.before, result.after, result.field_at, run_fmt(per_file_project))
            click.echo("\n".join(needs_formatting(name, found, fmt == "github", run_fmt(per_file_project))))
        else:
            try:
                atomic_write(Path(name), result.after.encode("utf-8"))  # keeps the file's mode
            except OSError as exc:  # this spec is left as it was, and the others are still formatted
                unwritten = unrewritten(name, exc)
                click.echo(annotation(unwritten) if fmt == "github" else line(unwritten))
                changed, failed = changed - 1, failed + 1
                continue
            click.echo(f"已格式化 {name}{rewritten_whole(result.before, result.after)}")
    parts = [f"{changed} 个需要格式化" if check else f"改写了 {changed} 个"] if changed else []
    if tidy:
        parts.append(_tidy(tidy, len(files), check))
    if failed:
        parts.append(f"{failed} 个有错误，未改动")
    if skipped:
        parts.append(f"{skipped} 个不是规格，已跳过")
    if left:
        parts.append(f"{left} 个未通过规格检查，未改动（问题由 jixiao validate 报告）")
    if warned:  # the summary alone (CI, the editor's task) said nothing of the form not being the project's
        parts.append(f"{warned} 个表样用的是 jixiao 自带的（警告见上）")
    if said.as_text:  # left unformatted, and the summary alone said all was formatted
        parts.append(f"{said.as_text} 个文件名末尾多了 .txt，未读（警告见上）")
    if said.skipped:  # a folder holding no spec, a file that is none: the summary alone said nothing of them
        parts.append(f"{said.skipped} 个写出的路径里没有规格，已跳过（警告见上）")
    summary = f"检查了 {len(files)} 个文件" + (f"：{'，'.join(parts)}" if parts else "")
    click.echo(summary + (f"。{run_fmt(per_file_project)}。" if check and changed else "。"))
    return EXIT_PROBLEMS if failed or (check and changed) else EXIT_OK


def _tidy(tidy: int, files: int, check: bool) -> str:
    """The summary's word for the files already in the one layout. `0 个已格式化` on a tidy file read as no file being
    formatted yet, and said nothing of the files fmt left as they were."""
    unchanged = "" if check else "，没有改动"
    if tidy == files:
        return f"{'都' if files > 1 else ''}已是统一格式{unchanged}"
    return f"{tidy} 个已是统一格式{unchanged}"


_FOLDER_SHUT = (errno.EACCES, errno.EPERM)


def unrewritten(name: str, exc: OSError) -> Problem:
    """Why a spec could not be rewritten in place. A read-only folder was the error boundary's 无法读写 of the folder,
    advising another folder, where fmt has no other to write to, and it ended the command at that spec. A read-only
    file is replaced all the same on Linux and macOS (its folder decides); Windows refuses it, as it does a file
    another program holds, and errors' 请关闭它或换一个位置 named a place fmt cannot change either."""
    if isinstance(exc, FolderUnwritable) and exc.errno in _FOLDER_SHUT:
        why = "没有在它所在的文件夹里写文件的权限（fmt 先写出新文件，再换下原文件）；请取得这个文件夹的写权限后重试"
    elif held_elsewhere(exc) and not isinstance(exc, FolderUnwritable):
        why = "文件是只读的，或正在其他程序中打开；请在它的属性里去掉“只读”，或关闭使用它的程序后重试"
    else:
        why = os_reason(exc)
    return Problem(name, *WHOLE_FILE, Severity.ERROR, "FMT-UNWRITTEN",
                   f"无法改写，未改动：{why}（jixiao fmt --check 只列出要改的地方，不写文件）")
