"""A clone of a unit's repository that `jixiao init` never ran in, told once.

`init` sets two git settings (`diff.docx.textconv`, `core.quotepath`) in `.git/config`, which no file in the
repository carries: a colleague who cloned the unit's repository saw Word files in `git diff` as binary and
Chinese file names as \\346\\264\\245…, and nothing said why. `validate` and `diff --rev`, the commands such a
colleague runs first, say so once per clone: only at a terminal (CI's fresh checkout is nobody's to set up), and
the git folder remembers that it was said, so it is never repeated on every run.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from .command_paths import cmd_notes, quoted
from .project import find as find_project

NOTED = "jixiao-init-noted"
"""The file in the git folder (`.git/`) that records the note was given; never committed, gone with the clone."""


def _interactive() -> bool:
    """Whether a person reads the messages: a terminal, or VS Code's task (which runs in one)."""
    return sys.stderr.isatty()


def unset_clone(start: Path) -> tuple[Path, Path] | None:
    """(the project's folder, the file to record the note in) when `start` is in a jixiao project (a `jixiao.yaml`)
    inside a git repository whose git has no Word textconv and was not told yet; else None. The setting is read
    as git reads it (the repository's, the user's or the system's config): one set anywhere needs no note.
    unit_repo (subprocess, init's workflow) is imported here, once a project and git are found: validate and diff
    load this module on every run, and most runs (CI's, a pipe's, any outside a project) never get this far."""
    project = find_project(start)
    if project is None or shutil.which("git") is None:
        return None
    from .unit_repo import run_git

    folder = project.parent
    if run_git(folder, "config", "--get", "diff.docx.textconv").returncode == 0:
        return None
    found = run_git(folder, "rev-parse", "--git-path", NOTED)
    if found.returncode != 0:  # not in a repository
        return None
    noted = folder / found.stdout.strip()
    return None if noted.exists() else (folder, noted)


def note(folder: Path) -> str:
    """The note, naming where to run `init` (its folder, when that is not the current one)."""
    here = folder.resolve() == Path.cwd().resolve()
    where = "在这个文件夹里" if here else f"在 {quoted(str(folder))}{cmd_notes([folder])} 里"
    return (f"提示：这个仓库还没有运行过 jixiao init：git 没有设置 Word 文件的 diff（git diff 把 .docx 当作二进制文件）"
            f"和 core.quotepath（中文文件名显示成 \\346\\264\\245… 这样的编码）。这两项设置存在 .git/config 里，不随仓库克隆，"
            f"请{where}运行一次 jixiao init（已有的文件不改动，只补上缺少的）。这条提示只说这一次。")


def say_once(start: Path) -> None:
    """Say the note on stderr when `unset_clone` finds it due and a person reads it, and record that it was said."""
    if not _interactive():
        return
    due = unset_clone(start)
    if due is None:
        return
    folder, noted = due
    try:
        noted.write_text("jixiao validate 或 jixiao diff --rev 已提示运行 jixiao init\n", encoding="utf-8")
    except OSError:
        return  # not recorded, it would be said on every run: said never rather than always
    click.echo(note(folder), err=True)
