"""A form the project holds in a folder its settings do not name.

Whoever adds a province's form copies one into `forms/templates/<form>` and its schema into `forms/schema`, as
docs/variants.md shows, and then names both folders in jixiao.yaml. Left out (`jixiao init` writes those two lines
commented out), every command said only that the form did not exist and listed jixiao's own: nothing pointed at the
folder that was there or the setting that was missing. Only the layouts the docs show are looked at (a folder of
forms one or two levels below the project), on the way to an error, so no command walks a tree it was not given.
"""
from __future__ import annotations

import re
from pathlib import Path

from .project import PROJECT_FILE, other_than_read
from .schema_line import shown  # whole when not under the current folder, as FORM-UNKNOWN names every other file
from .variants import PROFILE_FILE, Catalog

_LAYOUTS = ("*", "*/*")  # templates/<form>, forms/templates/<form>: below the project, as the docs lay them out
_EDITOR_COPIES = "schema"  # the project's folder of editor copies, never a forms' schema folder (schema_line)


def unread_folder(catalog: Catalog, name: object) -> str | None:
    """Why `name` is no form when the project has its folder where jixiao was not told to look: the folder found,
    the settings file and the lines to write in it (with the schema's folder, when one beside it holds the schema)."""
    if not isinstance(name, str) or not re.fullmatch(r"\w[\w.-]*", name):
        return None  # no name a folder of forms could have, nor one to put in a pattern
    settings = catalog.roots.project or Path.cwd() / PROJECT_FILE
    root = settings.parent.resolve()
    read = set(catalog.roots.template_folders)
    folders = [found.parent for found in _below(root, f"{name}/{PROFILE_FILE}")
               if found.parent.parent.resolve() not in read
               and other_than_read(found.parent, catalog.roots.project) is None]  # another project's: run_there
    if not folders:
        return None
    templates = folders[0].parent
    lines = [f"templates: {_within(templates, root)}"]
    schemas = [found.parent for found in _below(root, f"{name}.schema.json")
               if found.parent != root / _EDITOR_COPIES and found.parent.resolve() not in catalog.roots.schema_folders]
    lines += [f"schemas: {_within(schemas[0], root)}"] if schemas else []
    missing = "" if schemas else (f"；它的 schema（{name}.schema.json）放进另一个文件夹（不是 {_EDITOR_COPIES}/："
                                  f"那里是编辑器用的副本），也写进 schemas:")
    commented = settings.is_file() and "# templates:" in settings.read_text(encoding="utf-8", errors="replace")
    uncomment = "（jixiao init 写出的这个文件里这两行在注释中，去掉行首的“# ”即可）" if commented else ""
    told = f"读的是 {catalog.roots.templates}" if not _unset(catalog) else \
        f"{shown(settings)} 没有写 templates:" if settings.is_file() else f"这里没有 {PROJECT_FILE}"
    made = "" if settings.is_file() else "（新建这个文件）"
    return (f"表样“{name}”不存在：{shown(folders[0])} 像是它的表样文件夹，但 jixiao 没有读那里（{told}）；"
            f"请在 {shown(settings)}{made} 里写 {'、'.join(lines)}{uncomment}{missing}")


def _below(root: Path, tail: str) -> list[Path]:
    """The files `tail` names one or two folders below `root`, outside hidden folders (.git, .venv); as found, not
    resolved, so that a folder linked from elsewhere is still written in jixiao.yaml by its path within the project."""
    found = (path for layout in _LAYOUTS for path in sorted(root.glob(f"{layout}/{tail}")))
    return [path for path in found if not any(part.startswith(".") for part in path.relative_to(root).parts)]


def _unset(catalog: Catalog) -> bool:
    """Whether the forms read are jixiao's own only, or its own templates under a schemas folder alone."""
    under = catalog.roots.under
    return under is None or catalog.roots.templates.resolve() == under.templates.resolve()


def _within(folder: Path, root: Path) -> str:
    """A folder as jixiao.yaml writes it: relative to the file, with forward slashes on every system."""
    return folder.relative_to(root).as_posix()
