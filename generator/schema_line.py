"""A spec's first line, `# yaml-language-server: $schema=…`: which schema it should name, and whether it does.

VS Code's YAML extension finds a spec's schema through that line, and the line wins over
`.vscode/settings.json`. A finance officer who copies a spec into another folder, or receives one
written for another form, keeps a line that points nowhere (no completion, no hover text) or at the
wrong form (red marks everywhere) while `jixiao validate` is clean; so is a unit's committed copy of a
schema once jixiao is upgraded. `check` finds these, and says which line to write instead.

The path is written relative to the spec's folder, with spaces as %20 (the extension reads the path
up to the first space); across Windows drives, where no relative path exists, as a file URI.
"""
from __future__ import annotations

import codecs
import json
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from .bundle import bundle, bundle_text, references
from .command_paths import DEFAULT_SPECS, cmd_notes, quoted
from .errors import LocatedError, UsageError
from .problems import Problem, Severity
from .project import PROJECT_FILE, find as find_project
from .schema_store import SchemaStore
from .variants import Roots, Variant

PREFIX = "# yaml-language-server: $schema="
EDITOR_COPIES = "schema"
"""The folder of a spec's project (`project_root`) that `new`, `import` and `schema -o` write editor copies into
(`editor_schema`): serve watches it, and it is never offered as a folder of forms' schemas (unread_forms)."""
_LINE = re.compile(r"^#\s*yaml-language-server\s*:\s*\$schema=(\S+)", re.MULTILINE)


def written_path(schema_path: Path, folder: Path) -> str:
    """How a spec in `folder` names `schema_path` on its first line."""
    try:
        relative = Path(os.path.relpath(schema_path.resolve(), folder)).as_posix()
    except ValueError:  # another drive on Windows
        return schema_path.resolve().as_uri()
    return relative.replace(" ", "%20")


def modeline(schema_path: Path, target: Path | None) -> str:
    """The first line of a spec to be written at `target` (default: a spec in specs/)."""
    folder = target.resolve().parent if target else Path.cwd() / "specs"
    return f"{PREFIX}{written_path(schema_path, folder)}\n"


def project_root(target: Path) -> Path:
    """The project a spec belongs to: the nearest folder above it holding `.git` or `jixiao.yaml`; outside any,
    the folder holding the nearest `specs/` folder above it (specs/2025/x.yaml too), or else the spec's own folder.

    Never the current folder: `import … -o /tmp/y/x.yaml` run in /tmp/x wrote /tmp/x/schema/ for a spec elsewhere,
    its first line naming `../x/schema/…`, and validate's verdict on that line changed with where it was run."""
    resolved = target.resolve()
    for folder in resolved.parents:
        if (folder / ".git").exists() or (folder / PROJECT_FILE).is_file():
            return folder
    return next((folder.parent for folder in resolved.parents if folder.name == DEFAULT_SPECS), resolved.parent)


def refuse_in_schema_folder(store: SchemaStore, copy: Path) -> None:
    """Stop before an editor copy is written into a folder forms' schemas are read from.

    A unit whose jixiao.yaml said `schemas: schema` (jixiao's own layout) had its hand-written schema
    overwritten by the copy, with jixiao's shared definitions frozen inside; a copy of one of jixiao's
    forms there would take that form's place, and go stale on the next upgrade. Raised as CopyRefused, a located
    problem with its code: the copy, or the forms' schemas, belong in another folder (`_elsewhere`)."""
    from .load import WHOLE_FILE

    folder = copy.resolve().parent
    if folder not in store.folders:
        return
    refused = f"编辑器用的 schema 副本 {shown(copy)} 不能写在那里：它会覆盖或取代表样自己的 schema"
    if folder == Roots().schemas.resolve():
        said = f"{shown(folder)} 是 jixiao 自带表样的 schema 文件夹，{refused}；请写到别的文件夹"
    else:
        said = (f"{shown(folder)} 是表样的 schema 文件夹（jixiao.yaml 的 schemas: 或 --schemas），"
                f"{refused}。{_elsewhere(store, copy)}，表样的 schema 和编辑器用的副本要放在不同的文件夹")
    file, line, column = _where_configured(folder) or (shown(copy), *WHOLE_FILE)
    raise CopyRefused(Problem(file, line, column, Severity.ERROR, COPY_FOLDER, said))


def _elsewhere(store: SchemaStore, copy: Path) -> str:
    """Where an editor copy refused in a forms' schema folder goes instead, never into one of those folders: the
    project's schema/, where `new` writes editor copies; when that is where forms' schemas are read from (jixiao's own
    layout, `schemas: schema`), the forms' schemas move to forms/schema. With `schemas: forms/schema` the advice
    was to move them to forms/schema, the very folder refused."""
    root = project_root(copy)
    copies, forms = root / EDITOR_COPIES, root / "forms" / "schema"
    if copies.resolve() not in store.folders:
        return f"请写到另一个文件夹（如 {shown(copies)}/，jixiao new 写编辑器用的副本的地方）"
    if forms.resolve() not in store.folders:
        return f"请把表样的 schema 移到另一个文件夹（如 {shown(forms)}）并改 jixiao.yaml 的 schemas:"
    return "请写到另一个文件夹"


COPY_FOLDER = "SCHEMA-COPY-FOLDER"
"""The code of an editor copy refused in a folder forms' schemas are read from: at jixiao.yaml's `schemas:` when that
names the folder, else of the copy as a whole (jixiao's own folder, or --schemas). It was a plain usage error,
`错误：jixiao.yaml:1:10: …`, a place in the middle of the line, where no editor finds it, and no code."""


class CopyRefused(LocatedError):
    """An editor copy refused (`refuse_in_schema_folder`): shown as its problem's line, `file:line:column: 错误[SCHEMA-
    COPY-FOLDER] …`, where it ends a command; its `message` is what another problem says of it (SCHEMA-LINE, import's
    IMPORT-SCHEMA-COPY), its place first and no second code, which that problem has of its own."""

    def __init__(self, problem: Problem):
        super().__init__([problem])
        self.message = f"{problem.file}:{problem.line}:{problem.column}: {problem.message}" if problem.line \
            else problem.message

    def format_message(self) -> str:
        from .report import line

        return line(self.problems[0])


def _where_configured(folder: Path) -> tuple[str, int, int] | None:
    """(file, line, column) of jixiao.yaml's `schemas:` when that names `folder`, else None (--schemas)."""
    from .load import load
    from .project import find

    file = find(Path.cwd())
    if file is None:
        return None
    spec = load(file)
    named = spec.data.get("schemas") if isinstance(spec.data, dict) else None
    if not isinstance(named, str) or (file.parent / named).resolve() != folder:
        return None
    return (shown(file), *spec.locate(("schemas",)))


_PACKAGE_FOLDERS = {"site-packages", "dist-packages"}


def _installed_in(path: Path, root: Path) -> str | None:
    """Why `path`, under the project at `root`, is still not the project's, or None when it is.

    README installs jixiao into a `.venv` inside the unit's repository, so its packaged schemas sit under the
    project too, yet in a folder `.gitignore` leaves out and a reinstall replaces: a folder of installed
    packages, or a virtual environment (`_is_venv`), below the project's root is never the project's; the message
    names that folder. Only folders below the root count: a project kept under some `site-packages` is still one."""
    inside = path.relative_to(root)
    for depth in range(1, len(inside.parts)):
        folder = root.joinpath(*inside.parts[:depth])
        if folder.name in _PACKAGE_FOLDERS or _is_venv(folder):
            return (f"是 jixiao 安装在 {folder.relative_to(root).as_posix()} 里的文件，不随项目提交，"
                    "在同事克隆的仓库里（或重装 jixiao 后）没有这个路径")
    return None


def _is_venv(folder: Path) -> bool:
    """Whether the folder is a virtual environment: its `pyvenv.cfg` and, below it, the folder packages install
    into (`lib/python3.x/site-packages`, on Windows `Lib/site-packages`). A `pyvenv.cfg` alone was taken for one:
    the project's own schema/ holding a stray one had its schemas called jixiao's installed files."""
    if not (folder / "pyvenv.cfg").is_file():
        return False
    return (folder / "Lib" / "site-packages").is_dir() or any(site.is_dir() for site in folder.glob("lib/*/site-packages"))


def _unreachable(schema: Path, root: Path, store: SchemaStore, file_name: str) -> str | None:
    """Why a spec in the project at `root` cannot name `schema` for its editor, or None when it can: a
    file outside the project is a path only this machine has (another checkout, site-packages), one in
    the project's own virtual environment too (`_installed_in`), and a schema whose `$ref`s name files
    not beside it leaves the editor without those definitions."""
    if not schema.is_relative_to(root):
        return "是本项目之外的文件，在同事的电脑上（或重装 jixiao 后）没有这个路径"
    installed = _installed_in(schema, root)
    if installed is not None:
        return installed
    absent = sorted(name for name in references(store, file_name) if not (schema.parent / name).is_file())
    return f"引用的 {'、'.join(absent)} 不在它旁边，编辑器读不到其中的定义" if absent else None


def editor_schema(store: SchemaStore, variant: Variant, target: Path) -> tuple[Path, str | None]:
    """The schema file a spec's first line should name, and the text to write there first, if any.

    In jixiao's own checkout, or a project holding the form and every schema it refers to, that is
    the variant's schema. Elsewhere (jixiao installed in a unit's repository) the schema, or the
    definitions a project's own form refers to, live in site-packages or another checkout, a path that
    means nothing on a colleague's machine; the spec then names a self-contained copy in the
    project's `schema/` folder, which the project can commit; never one in a folder forms' schemas
    are read from (see refuse_in_schema_folder)."""
    root = project_root(target)
    if _unreachable(variant.schema_path.resolve(), root, store, variant.schema_path.name) is None:
        return variant.schema_path, None
    copy = root / EDITOR_COPIES / variant.schema_path.name
    if copy.resolve() == variant.schema_path.resolve() and _unreachable(copy, root, store, copy.name) is None:
        return copy, None  # the forms' own schema/ linked into the project, the definitions beside it: the project's
    refuse_in_schema_folder(store, copy)
    text = bundle_text(store, variant.schema_path.name)
    current = copy.read_bytes() if copy.is_file() else None  # a UTF-16 copy (see _json_in) is read, then rewritten
    return copy, None if current == text.encode("utf-8") else text


def _named_file(written: str, folder: Path) -> Path | None:
    """The local file a line names, or None for a web address (which the extension fetches itself)."""
    if written.startswith("file:"):
        return Path(unquote(urlparse(written).path.lstrip("/") if os.name == "nt" else urlparse(written).path))
    if re.match(r"^[a-z][a-z0-9+.-]*://", written, re.IGNORECASE):
        return None
    return folder / unquote(written)


def repoint(text: str, source: Path, target: Path) -> str:
    """A spec's text copied from `source` to `target`: its schema line names, from the target's folder,
    the file it named from the source's (a copy in another folder keeps its completion). A line naming a
    web address or a file that does not exist, or a copy into the same folder, is left as it was."""
    found = _LINE.search(text)
    folder = source.resolve().parent
    if not found or target.resolve().parent == folder:
        return text
    named = _named_file(found.group(1), folder)
    if named is None or not named.is_file():
        return text
    return text[:found.start(1)] + written_path(named, target.resolve().parent) + text[found.end(1):]


def dangling(text: str, target: Path) -> bool:
    """Whether a spec to be written at `target` (as `new --from` copies it) has a first line naming a file that
    does not exist: a spec copied from a checkout whose schema/ the project lacks. The new spec's validate then
    warned that it points nowhere, where `jixiao new` names its editor schema (and writes the copy)."""
    found = _LINE.search(text)
    named = _named_file(found.group(1), target.resolve().parent) if found else None
    return named is not None and not named.exists()


def renamed(text: str, schema_path: Path, target: Path) -> str:
    """A spec to be written at `target` with its first line naming `schema_path` instead."""
    found = _LINE.search(text)
    return text[:found.start(1)] + written_path(schema_path, target.resolve().parent) + text[found.end(1):]


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "带 BOM 的 UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))


def _bom(path: Path) -> tuple[str, str] | None:
    """(codec, name) of the byte-order mark a file starts with, or None (plain UTF-8 or unreadable)."""
    try:
        with path.open("rb") as file:
            head = file.read(3)
    except OSError:
        return None
    return next(((codec, name) for bom, codec, name in _BOMS if head.startswith(bom)), None)


def _json_in(path: Path) -> object:
    """The JSON a schema copy holds, whatever wrote it, or None when it holds none.

    Windows PowerShell 5.1 writes `jixiao schema X > FILE` as UTF-16 and `Out-File -Encoding utf8` with
    a BOM, both with CRLF (as git does with autocrlf): the content is compared, so such a copy is told
    apart from an outdated one (see `check`)."""
    try:
        return json.loads(path.read_bytes().decode((_bom(path) or ("utf-8",))[0]))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: nested a thousand deep
        return None


def shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when it is under it."""
    here = Path.cwd().resolve()
    return str(path.resolve().relative_to(here)) if path.resolve().is_relative_to(here) else str(path)


def copy_written(copy: Path) -> str:
    """What `new`, `new --from` and `import` say on writing a form's editor copy. It must be committed with the
    spec: "可以提交" read as optional, and the quick start committed specs/ alone, so a colleague's clone had
    every spec's first line naming a file that is not there (SCHEMA-LINE) and no completion in the editor."""
    return (f"已写入 {shown(copy)}（规格第一行指向的 schema，供编辑器补全和悬停说明；请与规格一起提交到仓库，"
            f"否则同事克隆后编辑器没有补全，jixiao validate 报 SCHEMA-LINE）")


def write_command(form: str, copy: Path) -> str:
    """Where and how to run the command that writes a form's editor copy (`-o`, since a shell's `>` may not write
    UTF-8): "运行 jixiao schema …", or "在 big/unit 里运行 …" when the copy is in another project than the current
    folder's. `jixiao schema` reads the current folder's jixiao.yaml: run at a repository's top, as the pre-commit
    hook that said it reads each spec's own project, a subfolder project's form was 表样不存在. Said as a folder to
    run in, not as `cd … &&`, which cmd on another drive needs as `cd /d`."""
    theirs = find_project(copy.resolve().parent)
    if theirs is None or theirs == find_project(Path.cwd()):
        return f"运行 jixiao schema {form} -o {quoted(shown(copy))}{cmd_notes([copy])}"
    folder = theirs.parent
    inside = Path(os.path.relpath(copy.resolve(), folder.resolve()))
    return f"在 {quoted(shown(folder))} 里运行 jixiao schema {form} -o {quoted(inside)}{cmd_notes([folder, inside])}"


def named_file(spec_path: Path, text: str) -> Path | None:
    """The local file the spec's first line names (there or not), None without such a line or for a web address: what
    SCHEMA-LINE reads besides the spec, so a build that replays its warning (manifest.py) looks whether it changed."""
    found = _LINE.search(text)
    return _named_file(found.group(1), spec_path.resolve().parent) if found else None


def named_form(spec_path: Path, text: str) -> str | None:
    """The form whose schema the spec's first line names, by the schema file's name (its own or a copy of it,
    there or not); None without such a line."""
    named = named_file(spec_path, text)
    return _form_of(named) if named else None


def check(spec_path: Path, text: str, store: SchemaStore, variant: Variant,
          fits: Variant | None = None) -> tuple[int, int, str] | None:
    """(line, column, message) when the spec's schema line points nowhere, at another form's schema,
    at the form's schema where only this machine has it or without what it refers to, or at a copy
    that no longer matches jixiao's form; None when it is right or absent. `fits` is the form the spec's content
    is written for when its `form:` names another (form_fit): the line is to name that form's schema, as the
    error at `form:` says, not the one `form:` names, nor hedge between the two."""
    named_here = variant.name
    variant = fits or variant
    found = _LINE.search(text)
    if not found or not spec_path.is_file():  # piped in (/dev/fd/N): no folder the line is relative to
        return None
    line = text.count("\n", 0, found.start()) + 1
    column = found.start(1) - found.start() + 1
    written = found.group(1)
    named = _named_file(written, spec_path.resolve().parent)
    if named is None:
        return None
    form = variant.name
    if named.resolve() == variant.schema_path.resolve():
        return _own_schema_named(spec_path, written, named, store, variant, line, column)
    if named.is_file() and named.name == variant.schema_path.name:
        if _json_in(named) in (store.schema(variant.schema_path.name), bundle(store, variant.schema_path.name)):
            outside = _outside_project(spec_path, written, named, store, variant, line, column)
            if outside is not None:
                return outside
            bom = _bom(named)
            if bom is None:
                return None  # a copy of the form's schema as jixiao has it, or of its bundle
            # The editor reads a schema as plain UTF-8 only: with a BOM or in UTF-16 it reports the file unreadable.
            return line, column, (f"编辑器用的 schema“{written}”内容是对的，但它是{bom[1]}编码的文件（多半是 PowerShell 的 > 写出的），"
                                  f"编辑器读不了它，没有补全和中文说明；请{write_command(form, named)} 重新写出")
        return line, column, (f"编辑器用的 schema“{written}”与 jixiao 现在的表样 {form} 不一致（可能是升级前写出的副本），"
                              f"补全和波浪线会按旧的规则；请{write_command(form, named)} 更新它")
    of_file = f"本文件的内容是表样 {form} 的（form 写的 {named_here} 也要改）" if fits else f"本文件的表样是 {form}"
    why = (f"指向的是另一个表样的 schema，而{of_file}" if named.is_file()
           else "指向的文件不存在，编辑器不会有补全和中文说明")
    try:
        wanted, missing_text = editor_schema(store, variant, spec_path)
    except UsageError as exc:
        return line, column, f"第一行的 schema“{written}”{why}；{exc.message}"
    if wanted.resolve() == named.resolve():  # the line is right: only the copy is not written yet
        return line, column, f"第一行的 schema“{written}”{why}；请{write_command(form, wanted)} 写出这个 schema"
    hedge = "" if fits else _or_form(named)
    return line, column, f"第一行的 schema“{written}”{why}；{_fix(spec_path, form, wanted, missing_text)}{hedge}"


SUFFIX = ".schema.json"
"""How a form's schema file is named after the form (variants.Catalog)."""


def _or_form(named: Path) -> str:
    """The other way out when the line names another form's schema: the line may be right and `form:` the slip
    (a spec copied from another form's, or `form:` mistyped). Only one of the two is wrong, and where the content
    does not show which (it does when the schema refused it: see `check`'s `fits`), both are said; told only to
    change the line, an author whose `form:` was wrong made the right line wrong too."""
    form = _form_of(named) if named.is_file() else None
    return f"；若本文件填的是表样 {form} 的表，则是 form 写错了，请把 form 改为它" if form else ""


def _form_of(named: Path) -> str | None:
    """The form a schema file is named after (`<form>.schema.json`); None for another file's name."""
    return named.name.removesuffix(SUFFIX) if named.name.endswith(SUFFIX) else None


def _fix(spec_path: Path, form: str, wanted: Path, missing_text: str | None) -> str:
    """The first line to write instead, and the command that writes the copy it names when that is due."""
    fix = f"请把这一行改成 {PREFIX}{written_path(wanted, spec_path.resolve().parent)}"
    return fix + (f"，并{write_command(form, wanted)} 写出这个 schema" if missing_text is not None else "")


def _outside_project(spec_path: Path, written: str, named: Path, store: SchemaStore, variant: Variant,
                     line: int, column: int) -> tuple[int, int, str] | None:
    """A copy of the form's schema named outside the spec's project (`project_root`): another project's, or one a
    spec written elsewhere was pointed at, or inside the project's virtual environment (`_installed_in`), a path a
    colleague's clone of the project lacks; the copy `editor_schema` chooses is named instead."""
    root, named = project_root(spec_path), Path(os.path.normpath(named))
    why = (_installed_in(named, root) if named.is_relative_to(root)
           else "是本项目之外的文件，在同事的电脑上（或克隆的仓库里）没有这个路径")
    if why is None:
        return None
    try:
        wanted, missing_text = editor_schema(store, variant, spec_path)
    except UsageError as exc:
        return line, column, f"第一行的 schema“{written}”{why}；{exc.message}"
    return line, column, f"第一行的 schema“{written}”{why}；{_fix(spec_path, variant.name, wanted, missing_text)}"


def _own_schema_named(spec_path: Path, written: str, named: Path, store: SchemaStore, variant: Variant,
                      line: int, column: int) -> tuple[int, int, str] | None:
    """The line names the form's own schema file: right when the editor finds it, and every colleague
    does, from this project; else the copy `editor_schema` chooses is named instead.

    The line's path is taken as written (a symlinked schema/ folder inside the project is the
    project's), not resolved, as the editor takes it."""
    why = _unreachable(Path(os.path.normpath(named)), project_root(spec_path), store, variant.schema_path.name)
    if why is None:
        return None
    try:
        wanted, missing_text = editor_schema(store, variant, spec_path)
    except UsageError as exc:  # no copy can be written where the line should point
        return line, column, f"第一行的 schema“{written}”{why}；{exc.message}"
    if wanted == variant.schema_path:
        return None
    return line, column, f"第一行的 schema“{written}”{why}；{_fix(spec_path, variant.name, wanted, missing_text)}"
