"""A form the project holds in a folder its settings do not name.

Whoever adds a province's form copies one into `forms/templates/<form>` and its schema into `forms/schema`, as
docs/variants.md shows, and then names both folders in jixiao.yaml. Left out (`jixiao init` writes those two lines
commented out), every command said only that the form did not exist and listed jixiao's own: nothing pointed at the
folder that was there or the setting that was missing. Only the layouts the docs show are looked at (a folder of
forms one or two levels below the project), once per catalog (validate asks for every spec naming the form), so no
command walks a tree it was not given. Such a folder is said where nothing else would point at it: import says it
beside the form a file was read as, and validate, build and new warn of one named as a form of jixiao's own, whose
specs jixiao's form then built without a word.
"""
from __future__ import annotations

import re
from pathlib import Path
from weakref import WeakKeyDictionary, WeakSet

import click

from .project import PROJECT_FILE, other_than_read
from .schema_line import EDITOR_COPIES, project_root, shown  # shown: whole when not under the current folder
from .variants import DOCX_TEMPLATE, HTML_TEMPLATE, PROFILE_FILE, Catalog

_LAYOUTS = ("*", "*/*")  # templates/<form>, forms/templates/<form>: below the project, as the docs lay them out
_JIXIAO = Path(Path(__file__).parent.name, "variants.py")  # beside the forms of a jixiao checkout or installed wheel
_SAID: WeakKeyDictionary[Catalog, dict[tuple[str, str], str | None]] = WeakKeyDictionary()
_FOUND: WeakKeyDictionary[Catalog, list[Path]] = WeakKeyDictionary()
_WARNED: WeakSet[Catalog] = WeakSet()
_NAMED = 5  # unread folders named in one message: a project with more is told how many, not each one's lines


def unread_folder(catalog: Catalog, name: object) -> str | None:
    """Why `name` is no form when the project has its folder where jixiao was not told to look: the folder found,
    and the lines to write in the settings file, or, where the settings already name a folder (which may hold other
    forms), the folder to move it into; the same for its schema, unless a folder read holds it already."""
    return _once(catalog, "folder", name, _unread_folder)


def unread_schema(catalog: Catalog, name: object) -> str | None:
    """Why a form whose folder is read is no form, when the project has its schema where jixiao was not told to look
    (`templates:` written, `schemas:` still commented out): it was told only where its schema was looked for."""
    return _once(catalog, "schema", name, _unread_schema)


def _once(catalog: Catalog, what: str, name: object, find) -> str | None:
    """`find`'s answer for a name a folder of forms could have, searched once per catalog."""
    if not isinstance(name, str) or not re.fullmatch(r"\w[\w.-]*", name):
        return None  # no name a folder of forms could have, nor one to put in a pattern
    said = _SAID.setdefault(catalog, {})
    if (what, name) not in said:
        said[what, name] = find(catalog, name)
    return said[what, name]


def _settings(catalog: Catalog) -> tuple[Path, Path]:
    """The settings file the folders are named in (perhaps one to make) and the project folder holding it."""
    settings = catalog.roots.project or Path.cwd() / PROJECT_FILE
    return settings, settings.parent.resolve()


def unread_folders(catalog: Catalog) -> list[Path]:
    """Every folder of the project's own forms jixiao was not told to look in (jixiao.yaml's `templates:` still
    commented out), searched once per catalog. A form whose name no spec gives went unsaid: a file imported there
    was read as the closest of jixiao's forms, and a folder named as one of jixiao's (a change to it) left
    jixiao's own in use, without a word."""
    if catalog not in _FOUND:
        _FOUND[catalog] = _found(catalog)
    return _FOUND[catalog]


def unread_by_settings(catalog: Catalog) -> list[Path]:
    """`unread_folders` of a project with a jixiao.yaml, whose lines (commented out as `jixiao init` writes them) a
    clerk can be told to write; none without one. Searched on every run of validate, build and new and on import,
    the current folder's two levels below were walked for nothing to say where no project is: a quarter of a second
    a command in /tmp, more in a home folder."""
    return unread_folders(catalog) if catalog.roots.project is not None else []


def folders_unread(catalog: Catalog, folders: list[Path]) -> str:
    """That `folders` (of `unread_folders`) look like forms of the project's own that jixiao does not read, and how to
    make it read them. Import named the first alone, so a clerk who wrote its line learnt of the next on the next
    run; folders the same lines bring in are said together, at most _NAMED of them, with how many more there are."""
    steps: dict[tuple[str, str], list[Path]] = {}
    for folder in folders[:_NAMED]:
        steps.setdefault(_reading(catalog, folder, folder.name), []).append(folder)
    said = [f"{'、'.join(map(shown, group))} 像是本项目表样{'、'.join(f'“{folder.name}”' for folder in group)}的文件夹，"
            f"但 jixiao 没有读那里（{told}）；{step}" for (told, step), group in steps.items()]
    more = [f"另有 {len(folders) - _NAMED} 个文件夹也像是本项目的表样，jixiao 同样没有读"] if len(folders) > _NAMED else []
    return "。".join(said + more)


def builtin(catalog: Catalog, name: str) -> bool:
    """Whether form `name` is one of jixiao's own, not a project's: in the catalog's deepest templates folder, the one
    a project's forms sit over (jixiao's checkout, or what a caller built the catalog on)."""
    folder = catalog.folder(name)
    return folder is not None and folder.parent.resolve() == catalog.roots.template_folders[-1]


def say_namesakes(catalog: Catalog, everywhere: bool = False) -> int:
    """Warn, on stderr (a json report stays whole) and once per catalog, of each unread folder of the project's own
    forms named as one of jixiao's (`forms/templates/<a form of jixiao's>`, a change to it, with jixiao.yaml's lines
    commented out): every spec of that form was checked and built with jixiao's own, without a word, where a name of
    its own at least gave FORM-UNKNOWN with the lines to write. The number of warnings given, for a summary's count.
    validate, lint and fmt say it where they read each project's settings (command_paths.per_project); build and new
    before they write. `everywhere`: searched without a jixiao.yaml too, as `new --list` searches (see unlisted)."""
    if catalog in _WARNED:
        return 0
    _WARNED.add(catalog)
    found = unread_folders(catalog) if everywhere else unread_by_settings(catalog)
    folders = [folder for folder in found if builtin(catalog, folder.name)]
    for folder in folders:
        click.echo(f"警告：表样“{folder.name}”用的是 jixiao 自带的，不是本项目的：{folders_unread(catalog, [folder])}",
                   err=True)
    return len(folders)


def unlisted(catalog: Catalog) -> list[Path]:
    """The unread folders of the project's forms `jixiao new --list` says it leaves out: its author copied a form as
    docs/variants.md shows and asked for the list before naming the folder in jixiao.yaml, and the new form was simply
    not in it. Searched with a jixiao.yaml or without one (the author may not have written it yet; the list renders
    every form, beside which the walk is nothing); not one named as a form of jixiao's, which the list does name
    (jixiao's own under it: say_namesakes warns of that, new --list searching as this does)."""
    return [folder for folder in unread_folders(catalog) if not builtin(catalog, folder.name)]


def _unread_folder(catalog: Catalog, name: str) -> str | None:
    """Why form `name` does not exist (form_names.unknown), when an unread folder of the project's forms has that name:
    without it the clerk was told only 表样不存在 and offered jixiao's forms, while the one they had copied sat in the
    project. The first such folder is said: `templates:` names one folder, so only one of a name can be read."""
    folders = [folder for folder in unread_folders(catalog) if folder.name == name]
    if not folders:
        return None
    told, steps = _reading(catalog, folders[0], name)
    return f"表样“{name}”不存在：{shown(folders[0])} 像是它的表样文件夹，但 jixiao 没有读那里（{told}）；{steps}"


def _found(catalog: Catalog) -> list[Path]:
    """The folders of forms below the project, not read: never another project's or another jixiao's, nor a folder
    with a profile.yaml and no template beside it (another program's settings, met where import looks for any form)."""
    roots = catalog.roots
    _, root = _settings(catalog)
    return [found.parent for found in _below(root, f"*/{PROFILE_FILE}")
            if found.parent.parent.resolve() not in roots.template_folders and _ours(found.parent, catalog)
            and not _jixiaos(found.parent.parent)
            and any((found.parent / name).is_file() for name in (DOCX_TEMPLATE, HTML_TEMPLATE))]


def _reading(catalog: Catalog, folder: Path, name: str) -> tuple[str, str]:
    """Why form `name`'s `folder` is not read (what the settings say), and the steps that make jixiao read it and its
    schema: the lines to write in the settings, or, where they already name a folder (which may hold other forms),
    the folder to move it into."""
    roots = catalog.roots
    settings, root = _settings(catalog)
    lines: dict[str, str] = {}
    besides = []
    if _set(catalog, "templates"):
        besides.append(f"请把 {shown(folder)} 移到 {shown(roots.templates)} 里")
    else:
        lines["templates"] = _within(folder.parent, root)
    if name not in catalog.folderless_schemas():  # else a schema folder read holds its schema already
        schemas = _unread_schemas(catalog, name, root)
        if schemas and _set(catalog, "schemas"):
            besides.append(f"把它的 schema {shown(schemas[0])} 移到 {shown(roots.schemas)} 里")
        elif schemas:
            lines["schemas"] = _within(schemas[0].parent, root)
        elif catalog.schema_file(name) is not None:  # a change to one of jixiao's forms: read with jixiao's schema
            pass
        elif _set(catalog, "schemas"):
            besides.append(f"把它的 schema（{name}.schema.json）放进 {shown(roots.schemas)}")
        else:
            besides.append(f"它的 schema（{name}.schema.json）放进另一个文件夹（不是 {EDITOR_COPIES}/：那里是编辑器用的副本），"
                           f"也写进 schemas:")
    told = f"读的是 {shown(roots.templates)}" if "templates" not in lines else \
        f"{shown(settings)} 没有写 templates:" if settings.is_file() else f"这里没有 {PROJECT_FILE}"
    steps = [_lines_to_write(settings, lines)] if lines else []
    return told, "；".join(steps + besides)


def _unread_schema(catalog: Catalog, name: str) -> str | None:
    """Why form `name`, its folder read, has no schema, when the project holds its schema where jixiao was not told to
    look (`unread_schema`): the missing-schema error named only the folders searched, so a clerk who had uncommented
    `templates:` alone never learnt that `schemas:` was the line still to write. None when the schema is found, or
    the project has no file of that name outside the folders read (the plain missing-schema error then stands)."""
    if catalog.missing_schema(name) is None:
        return None
    settings, root = _settings(catalog)
    schemas = _unread_schemas(catalog, name, root)
    if not schemas:
        return None
    if _set(catalog, "schemas"):
        told, step = f"读的是 {shown(catalog.roots.schemas)}", f"请把它移到 {shown(catalog.roots.schemas)} 里"
    else:
        told = f"{shown(settings)} 没有写 schemas:" if settings.is_file() else f"这里没有 {PROJECT_FILE}"
        step = _lines_to_write(settings, {"schemas": _within(schemas[0].parent, root)})
    return f"表样“{name}”的 schema 像是 {shown(schemas[0])}，但 jixiao 没有读那里（{told}）；{step}"


def _unread_schemas(catalog: Catalog, name: str, root: Path) -> list[Path]:
    """The form's schema files in the project's folders not read: never an editor's copy, another project's or
    another jixiao's."""
    return [found for found in _below(root, f"{name}.schema.json")
            if found.parent.resolve() not in catalog.roots.schema_folders and not _editor_copy(found, root)
            and _ours(found, catalog) and not _jixiaos(found.parent)]


def _lines_to_write(settings: Path, lines: dict[str, str]) -> str:
    """The settings to write, and whether removing a `# ` is all it takes: only where the line commented out
    (as `jixiao init` writes it) names the very folder found, not another one."""
    written = "、".join(f"{key}: {value}" for key, value in lines.items())
    if not settings.is_file():
        return f"请在 {shown(settings)}（新建这个文件）里写 {written}"
    text = settings.read_text(encoding="utf-8", errors="replace")
    commented = [key for key, value in lines.items() if re.search(rf"(?m)^#\s*{key}:\s*{re.escape(value)}/?\s*$", text)]
    which = "这两行" if len(commented) == 2 else f"的 {commented[0]}: 一行" if commented else ""
    uncomment = f"（jixiao init 写出的这个文件里{which}在注释中，去掉行首的“# ”即可）" if which else ""
    return f"请在 {shown(settings)} 里写 {written}{uncomment}"


def _set(catalog: Catalog, folder: str) -> bool:
    """Whether the settings (or the command line) name a folder of the project's own `templates` or `schemas`, over
    jixiao's: the found form is then moved into it, since naming another one there would leave the forms in it."""
    under = catalog.roots.under
    return under is not None and getattr(catalog.roots, folder).resolve() != getattr(under, folder).resolve()


def _ours(path: Path, catalog: Catalog) -> bool:
    """Whether a file or folder found belongs to the project read, not to another one below it with its own settings
    (whose forms are read by running there: project.run_there)."""
    return other_than_read(path, catalog.roots.project) is None


def _jixiaos(folder: Path) -> bool:
    """Whether a folder of forms or schemas is another jixiao's own (a clone of it kept in the project):
    naming it in jixiao.yaml would mix that version's forms into this one's, and they go stale on its upgrade."""
    return (folder.parent / _JIXIAO).is_file()


def _editor_copy(schema: Path, root: Path) -> bool:
    """Whether a schema found is an editor's self-contained copy, written by `new` and `import` into the `schema/`
    folder of the spec's project (schema_line.editor_schema), not a form's schema to read."""
    return schema.parent in (root / EDITOR_COPIES, project_root(schema) / EDITOR_COPIES)


def _below(root: Path, tail: str) -> list[Path]:
    """The files `tail` names one or two folders below `root`, outside hidden folders (.git, .venv); as found, not
    resolved, so that a folder linked from elsewhere is still written in jixiao.yaml by its path within the project."""
    found = (path for layout in _LAYOUTS for path in _globbed(root, f"{layout}/{tail}"))
    return [path for path in found if not any(part.startswith(".") for part in path.relative_to(root).parts)]


def _globbed(root: Path, pattern: str) -> list[Path]:
    """What `root.glob(pattern)` finds, sorted; a folder removed or unreadable while it is looked through (a build's
    temporary one) ends the search with what was found so far: this search only offers advice, and `Path.glob`
    raised its FileNotFoundError through every command that reads the project."""
    found = []
    try:
        for path in root.glob(pattern):
            found.append(path)
    except OSError:
        pass
    return sorted(found)


def _within(folder: Path, root: Path) -> str:
    """A folder as jixiao.yaml writes it: relative to the file, with forward slashes on every system."""
    return folder.relative_to(root).as_posix()
