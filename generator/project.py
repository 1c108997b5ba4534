"""A project's own settings: `jixiao.yaml` in the current folder or the nearest parent holding one.

```yaml
lint:                        # rule settings over every form (see lint/config.py)
  rules:
    B10: {floor: 90}
templates: forms/templates   # the project's own form variants, added to jixiao's
schemas: forms/schema        # (both relative to jixiao.yaml, as --templates and --schemas)
```

A unit whose province jixiao does not ship adds its form as a folder in its own repository and
names it here, so every command, pre-commit hook and CI job finds it beside jixiao's forms without
flags (see variants.Roots). The file is read like a spec (located syntax errors) and checked like
mkdocs checks its config: an unknown key, a rule setting lint would refuse or a missing folder stops
every command that reads it, with every such problem listed, located, exit 2.

A pre-commit hook's `--per-file-project` looks from each spec's own folder up, at most to the top of its git
repository (`of_file`). Without it, a spec whose form only its own project has is unknown where the command runs:
validate says FORM-UNKNOWN with the folder to run in or the option to add, and fmt does not guess its quotes
(`other_than_read`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from .errors import LocatedError, os_reason
from .problems import Problem, Severity
from .schema_store import suggestion  # every command reading a project has imported it already (variants → profile)

PROJECT_FILE = "jixiao.yaml"
_EXAMPLE = "lint:\n  rules:\n    B10: {floor: 90}\ntemplates: forms/templates\nschemas: forms/schema"
_FOLDERS = {"templates": "表样文件夹", "schemas": "schema 文件夹"}


@dataclass(frozen=True)
class Project:
    file: Path | None = None
    rules: dict | None = None
    templates: Path | None = None
    schemas: Path | None = None


def find(start: Path) -> Path | None:
    """`jixiao.yaml` in `start` or the nearest parent that has one (as yamllint finds its file)."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def other_than_read(spec_path: str | Path, read: Path | None) -> Path | None:
    """The `jixiao.yaml` of the project a spec sits in, when that is not the one its forms were read from (`read`,
    the roots' `project`; None: the current folder's): run from outside its project, a spec's own form is unknown
    (validate's FORM-UNKNOWN says where to run; fmt leaves such a spec as it is). None when they are the same."""
    theirs = find(Path(spec_path).parent)
    if theirs is None or theirs == (read if read is not None else find(Path.cwd())):
        return None
    return theirs


def run_there(theirs: Path, what: str) -> str:
    """Where to run jixiao for `what` (a spec, a file imported, the folder a spec is written to) that sits in the
    project of `theirs`, another than the one read: its own forms are read only there. Both are named from the current
    folder when under it (`schema_line.shown`), as the spec before them and SCHEMA-LINE's `请在 unit 里运行` are."""
    from .schema_line import shown  # it imports this module

    return (f"{what}所在的项目有自己的设置（{shown(theirs)}），可能在那里设置了别的表样文件夹；"
            f"jixiao 读的是当前文件夹的设置，请在 {shown(theirs.parent)} 里运行")


def names_unread_forms(path: Path, templates: list[Path], schemas: list[Path]) -> bool:
    """Whether a project file names folders of the project's own forms other than those read (`templates`,
    `schemas`, resolved), or cannot be read (run there, every command says what to mend in it): so that reading the
    project's settings would have offered other forms. Its folders given as --templates and --schemas are read."""
    try:
        found = read(path)
    except ProjectError:
        return True
    return (found.templates is not None and found.templates not in templates) \
        or (found.schemas is not None and found.schemas not in schemas)


def read_elsewhere(places: list[tuple[Path, str]], roots: Any) -> str:
    """Where to run (`run_there`) for the first of `places` (a path, and what it is to the user) that sits in
    another project than the one whose forms `roots` read, where that project names its own forms, not read
    (not given as --templates and --schemas); "" where none does. Import asks it of the file and the folder written
    to: from outside the project its own form is unknown, or the file read as the closest of the others."""
    for path, what in places:
        theirs = other_than_read(path, roots.project)
        if theirs is not None and names_unread_forms(theirs, roots.template_folders, roots.schema_folders):
            return run_there(theirs, what)
    return ""


def of_file(path: Path) -> Path | None:
    """`jixiao.yaml` in a file's folder or the nearest parent that has one, not above the top of the git repository
    holding the file. A pre-commit hook runs at that top and is given files of every project in the repository: a
    project in a subfolder (`jixiao init big/财务/绩效`) has its settings beside its specs, not at the top, and one
    above the repository is none of its projects': CI's clone has none, and a hook reading it passed what CI
    refused (`--per-file-project`)."""
    folder = path.resolve().parent
    for folder in (folder, *folder.parents):
        if (folder / PROJECT_FILE).is_file():
            return folder / PROJECT_FILE
        if (folder / ".git").exists():  # a folder in a clone, or a file in a worktree or submodule
            return None
    return None


def read(path: Path | None) -> Project:
    """The settings in a project file (none when there is no file); a wrong one is a ProjectError that
    lists every problem in it, located: one run shows them all, as mkdocs checks its config. The rule
    settings under `lint:` are among them, so a misspelt rule stops validate, build and the pre-commit
    hook, not only CI's lint step, later. Each problem is said as a spec's is, `jixiao.yaml:3:5: 错误[CONFIG-RULE] …`,
    the file named as from here: it was `错误：/abs/jixiao.yaml:3:5: 错误[YAML-SYNTAX] …`, 错误 twice, the place
    mid-line, and the settings' own problems had no code."""
    if path is None:
        return Project()
    from .load import load

    spec = load(path)
    if [p.code for p in spec.problems] == ["FILE-EMPTY"]:
        return Project(path)  # nothing set yet: every default holds
    shown = _from_here(path)
    if [p.code for p in spec.problems] == ["YAML-NOT-MAPPING"]:  # the loader's words are a spec's (form:, year:…)
        raise ProjectError([_problem(shown, spec.locate(()), "YAML-NOT-MAPPING",
                                     f"{PROJECT_FILE} 应由“键: 值”形式的设置组成，不能是列表或单个值；"
                                     f"可以写的设置是 {'、'.join(['lint', *_FOLDERS])}")], _EXAMPLE)
    if spec.problems:
        raise ProjectError([replace(p, file=shown) for p in spec.problems])
    data: dict[str, Any] = spec.data

    def at(where: tuple, code: str, message: str, key: bool = False) -> Problem:
        return _problem(shown, spec.locate(where, key), code, message)

    lint = data.get("lint") or {}
    project = Project(path, lint.get("rules") if isinstance(lint, dict) else None)
    unknown = [k for k in data if k not in ("lint", *_FOLDERS)]
    shape = _lint_keys(at, lint)
    problems, folders = [], {}
    for key, value in data.items():  # in the order written
        if key in unknown:
            problems.append(at((key,), "CONFIG-UNKNOWN",
                               f"不认识的设置“{key}”{suggestion(str(key), ['lint', *_FOLDERS], False)}", True))
        elif key == "lint":
            problems += [*shape, *(at(("lint", "rules", *m.path), "CONFIG-RULE", str(m), m.key)
                                   for m in _rule_mistakes(project, spec.text))]
        elif value is not None:
            wrong = _folder_wrong(path, key, value)
            if wrong:
                problems.append(at((key,), "CONFIG-FOLDER", wrong))
            else:
                folders[key] = (path.parent / value).resolve()
    if problems:
        raise ProjectError(problems, _EXAMPLE if unknown or shape else "")
    return replace(project, **folders)


class ProjectError(LocatedError):
    """A project file that stops every command: its problems, each on its line as a spec's, and, where a setting is
    unknown or misplaced, an example of the settings there are."""

    def __init__(self, problems: list[Problem], example: str = ""):
        super().__init__(problems, f"可以写的设置如下例：\n{example}" if example else "")


def _problem(shown: str, place: tuple[int, int], code: str, message: str) -> Problem:
    return Problem(shown, place[0], place[1], Severity.ERROR, code, message)


def _from_here(path: Path) -> str:
    """The project file as messages name it: as given (`--config`), or as a path from here when found (`jixiao.yaml`,
    `../jixiao.yaml`), not the absolute path `find` resolves; absolute where no relative path leads (another drive)."""
    if not path.is_absolute():
        return str(path)
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _lint_keys(at: Callable[..., Problem], lint: Any) -> list[Problem]:
    """What is wrong with `lint:` itself: it holds `rules:` and nothing else."""
    if not isinstance(lint, dict):
        from .schema import describe

        return [at(("lint",), "CONFIG-LINT", f"lint: 下应写 rules:，而不是{describe(lint)}")]
    return [at(("lint", k), "CONFIG-LINT", f"lint: 下只能有 rules:，不认识“{k}”{suggestion(str(k), ['rules'], False)}", True)
            for k in lint if k != "rules"]


def _rule_mistakes(project: Project, text: str) -> list:
    """The wrong settings under `lint: rules:` (lint.config.ConfigError, each with its place there), judged by lint's
    catalogue, as `jixiao lint` reports them.

    Importing the catalogue costs some 35 ms (its rules compile their patterns), which every command
    reading the project would pay: settings that passed are remembered, as schema verdicts are."""
    if project.rules is None:
        return []
    from . import pass_cache

    verdict = pass_cache.key("lint rules", text)
    if pass_cache.passed(verdict):
        return []
    from .lint import RULES
    from .lint.config import wrong_settings

    found = wrong_settings(RULES, project.rules)
    if not found:
        pass_cache.remember(verdict)
    return found


def _folder_wrong(path: Path, key: str, value: Any) -> str:
    """What is wrong with the folder a setting names, or "" when it is a folder."""
    if not isinstance(value, str) or not value.strip() or "\0" in value:  # no path holds a NUL: resolve() raised
        return f"{key}（{_FOLDERS[key]}）应写成文件夹路径，如 forms/{key}"
    folder = (path.parent / value).resolve()
    try:
        there = folder.is_dir()
    except OSError as exc:  # a name longer than the system takes: exit 1, its message at no line of jixiao.yaml
        return f"{key}（{_FOLDERS[key]}）“{value}”无法读取：{os_reason(exc, reading=True)}"
    if not there:  # named from the current folder when under it, as the jixiao.yaml before it is
        from .schema_line import shown  # it imports this module

        return f"{key}（{_FOLDERS[key]}）“{value}”不存在：找的是 {shown(folder)}"
    return ""
