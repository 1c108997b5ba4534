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
mkdocs checks its config: an unknown key or a missing folder stops the command with a message, exit 2.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import UsageError

PROJECT_FILE = "jixiao.yaml"
_EXAMPLE = "lint:\n  rules:\n    B10: {floor: 90}\ntemplates: forms/templates\nschemas: forms/schema"
_FOLDERS = {"templates": "表样文件夹", "schemas": "schema 文件夹"}


@dataclass(frozen=True)
class Project:
    file: Path | None = None
    rules: dict | None = None
    templates: Path | None = None
    schemas: Path | None = None
    locate: Callable[[tuple, bool], tuple[int, int]] | None = field(default=None, compare=False, repr=False)

    def where(self, path: tuple, key: bool = False) -> str:
        """`file:line:column: ` of a setting under `lint: rules:` (its key or its value), for messages."""
        if self.locate is None:
            return f"{self.file or PROJECT_FILE}："
        line, column = self.locate(("lint", "rules", *path), key)
        return f"{self.file}:{line}:{column}: "


def find(start: Path) -> Path | None:
    """`jixiao.yaml` in `start` or the nearest parent that has one (as yamllint finds its file)."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def read(path: Path | None) -> Project:
    """The settings in a project file (none when there is no file); a wrong one is a UsageError."""
    if path is None:
        return Project()
    from .load import load
    from .report import line

    spec = load(path)
    if [p.code for p in spec.problems] == ["FILE-EMPTY"]:
        return Project(path)  # nothing set yet: every default holds
    if spec.problems:
        raise UsageError(line(spec.problems[0]))
    data: dict[str, Any] = spec.data
    unknown = [k for k in data if k not in ("lint", *_FOLDERS)]
    lint = data.get("lint") or {}
    if unknown or not isinstance(lint, dict) or any(k != "rules" for k in lint):
        where = spec.locate((unknown[0],), key=True) if unknown else spec.locate(("lint",), key=True)
        what = f"不认识的设置“{unknown[0]}”" if unknown else "lint: 下只能有 rules:"
        raise UsageError(f"{path}:{where[0]}:{where[1]}: {what}；可以写的设置如下例：\n{_EXAMPLE}")
    folders = {key: _folder(path, spec, key, data[key]) for key in _FOLDERS if data.get(key) is not None}
    return Project(path, lint.get("rules"), **folders, locate=spec.locate)


def _folder(path: Path, spec, key: str, value: Any) -> Path:
    line, column = spec.locate((key,))
    if not isinstance(value, str) or not value.strip():
        raise UsageError(f"{path}:{line}:{column}: {key}（{_FOLDERS[key]}）应写成文件夹路径，如 forms/{key}")
    folder = (path.parent / value).resolve()
    if not folder.is_dir():
        raise UsageError(f"{path}:{line}:{column}: {key}（{_FOLDERS[key]}）“{value}”不存在：找的是 {folder}")
    return folder
