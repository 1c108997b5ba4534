"""Form variants are data: a folder `templates/<form>/` and a schema `schema/<form>.schema.json`.

A variant folder holds `profile.yaml` (labels, indicator frames, arithmetic, file naming),
`form.docx` (a docxtpl template) and `form.html` (a Jinja2 template). Variants are found by
listing the folders; nothing in the code names one.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Iterator

from . import datapath
from . import profile as profiles

ROOT = Path(__file__).resolve().parent.parent
PROFILE_FILE = "profile.yaml"
DOCX_TEMPLATE, HTML_TEMPLATE = "form.docx", "form.html"


def data_folder(folder: str, package: str) -> Path:
    """A data folder: the checkout's own, or, for an installed wheel (a pre-commit hook in another
    repository), the copy packaged as `package` (see pyproject.toml)."""
    if (ROOT / "pyproject.toml").is_file():
        return ROOT / folder
    spec = find_spec(package)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else ROOT / folder


@dataclass(frozen=True)
class Roots:
    """Where variants live: the checkout's folders unless a caller (or a test) says otherwise.

    `under` are the roots these add to: a project's own forms sit over jixiao's, so a unit adds its
    province's form without copying the others, and a folder named like one of jixiao's replaces it
    (as mkdocs' `custom_dir` sits over a theme). Schemas are found the same way, nearest first.
    """

    templates: Path = field(default_factory=lambda: data_folder("templates", "jixiao_templates"))
    schemas: Path = field(default_factory=lambda: data_folder("schema", "jixiao_schema"))
    under: Roots | None = None
    project: Path | None = field(default=None, compare=False)
    """The jixiao.yaml these roots were read from, if any (command_paths.variant_roots): a spec with a form these
    do not have is told of its own project only when that is another (validate.unknown_form)."""

    def _layers(self) -> list[Roots]:
        layers, roots = [], self
        while roots is not None:
            layers.append(roots)
            roots = roots.under
        return layers

    @property
    def template_folders(self) -> list[Path]:
        """Every templates folder, nearest first, each once."""
        return list(dict.fromkeys(layer.templates.resolve() for layer in self._layers()))

    @property
    def schema_folders(self) -> list[Path]:
        """Every schema folder, nearest first, each once."""
        return list(dict.fromkeys(layer.schemas.resolve() for layer in self._layers()))


@dataclass
class Variant:
    """One form variant: its folder, its schema and its profile."""

    name: str
    folder: Path
    schema_path: Path
    profile: dict = field(repr=False)
    shared: tuple[Path, ...] = ()
    """The `_shared` folders templates may extend or import from, nearest first."""

    @property
    def search_path(self) -> list[Path]:
        """Where the variant's templates look for what they extend or import: its folder first."""
        return [self.folder, *self.shared]

    @property
    def title(self) -> str:
        """The profile's title pattern, a Jinja expression over the spec (e.g. `{{ unit }}…`)."""
        return self.profile["title"]

    @property
    def docx_template(self) -> Path:
        return self.folder / DOCX_TEMPLATE

    @property
    def html_template(self) -> Path:
        return self.folder / HTML_TEMPLATE

    @property
    def frames(self) -> dict[str, list[dict]]:
        return self.profile.get("frames", {})

    @property
    def indicator_tables(self) -> list[dict]:
        return self.profile.get("indicator_tables", [])

    def indicator_rows(self, data: Any) -> Iterator[tuple[tuple, dict]]:
        """(path, row) of each row of every indicator list in `data`, table by table (`datapath.items`): the one walk
        over the rows for those that read each row alone (rollover, lint's rules of a row's own fields)."""
        for table in self.indicator_tables:
            yield from datapath.items(data, table["path"])

    @property
    def sums(self) -> list[dict]:
        return self.profile.get("sums", [])

    @property
    def file_name(self) -> str:
        """Pattern for output files, a Jinja expression over the spec."""
        return self.profile.get("file_name", "{{ unit }}-{{ year }}-" + self.name)

    @property
    def per_project(self) -> bool:
        """Whether the form is filled once per project (`per_project: true`), not once per unit and year: two specs
        making its name are then two projects, and a clash is told to label them, not to merge them (name_clashes)."""
        return bool(self.profile.get("per_project", False))

    @property
    def orientation(self) -> str:
        """`portrait` or `landscape`: the printed page of both the Word and the HTML form."""
        return self.profile.get("orientation", "portrait")

    @property
    def page_numbers(self) -> str | None:
        """The footer printed on every page of both forms, `{page}` and `{pages}` filled in (see page_numbers);
        None where the profile sets none."""
        return self.profile.get("page_numbers")


class Catalog:
    """All variants under the given roots, loaded lazily and cached."""

    def __init__(self, roots: Roots | None = None):
        self.roots = roots or Roots()
        self._cache: dict[str, Variant] = {}
        self._store = None
        self._listed: dict[str, Path] | None = None
        self._schemas: dict[str, Path | None] = {}
        """`_profiled` and `_schema_path` as first found: the folders are searched once per catalog, as the variants
        and schemas read from them are kept (a catalog is made afresh where forms may have changed: serve, after a
        form's files change). Each spec naming no known form searched them a dozen times for the forms to list: 300
        such specs validated together listed the folders 3600 times and looked for schema files 19,500 times."""

    @property
    def store(self):
        """The schemas of every variant under these roots (read on first use, then shared)."""
        if self._store is None:
            from .schema_store import SchemaStore

            self._store = SchemaStore(*self.roots.schema_folders)
        return self._store

    def names(self) -> list[str]:
        return sorted(self._folders())

    def folder_names(self) -> list[str]:
        """Every form with a folder, also one without a schema: for listing forms with what is wrong with them."""
        return sorted(self._profiled())

    def _folders(self) -> dict[str, Path]:
        """Each variant's folder, the nearest one of that name, if a schema of its name exists."""
        return {name: folder for name, folder in self._profiled().items() if self._schema_path(name)}

    def _profiled(self) -> dict[str, Path]:
        if self._listed is None:
            folders: dict[str, Path] = {}
            for root in self.roots.template_folders:
                for folder in sorted(root.iterdir()) if root.is_dir() else ():
                    if (folder / PROFILE_FILE).is_file():
                        folders.setdefault(folder.name, folder)
            self._listed = folders
        return dict(self._listed)

    def folder(self, name: str) -> Path | None:
        """A variant's folder, without loading its profile; None for a name that is no variant."""
        return self._folders().get(name)

    def missing_schema(self, name: str) -> str | None:
        """Why a form with a folder is no variant: its schema is not where it was looked for. Its files are named from
        the current folder when under it (`schema_line.shown`), as the spec before them is: found resolved, they were
        whole paths beside `specs/a.yaml`, and serve names every other file so."""
        from .schema_line import shown  # it imports this module

        folder = self._profiled().get(name) if isinstance(name, str) else None
        if folder is None or self._schema_path(name):
            return None
        looked = "、".join(shown(root / f"{name}.schema.json") for root in self.roots.schema_folders)
        return f"表样“{name}”有文件夹 {shown(folder)}，但没有 schema：找过 {looked}{self._unpaired_hint()}"

    def missing_folder(self, name: str) -> str | None:
        """Why a name with a form's schema is no variant: no folder of that name holds a profile.yaml. A copied
        folder renamed, or named otherwise than its schema, was told only that the form did not exist. Its files are
        named as `missing_schema` names them."""
        from .schema_line import shown

        if not isinstance(name, str) or name in self._profiled() or name not in self._schema_forms():
            return None
        looked = "、".join(shown(root / name / PROFILE_FILE) for root in self.roots.template_folders)
        return (f"表样“{name}”有 schema {shown(self._schema_path(name))}，但没有同名的表样文件夹：找过 {looked}"
                f"{self._unpaired_hint()}")

    def _unpaired_hint(self) -> str:
        """The folders without a schema and the form schemas without a folder, as the pair to rename: the form's
        name is the folder's, the schema file's and a spec's `form:`, the same in all three."""
        folders = [name for name in self._profiled() if not self._schema_path(name)]
        schemas = self.folderless_schemas()
        if not folders or not schemas:
            return ""
        return (f"。表样名就是文件夹名，也是 schema 的文件名和规格里 form: 的值，三处要一致；有文件夹而没有 schema 的："
                f"{'、'.join(folders)}，有 schema 而没有文件夹的：{'、'.join(f'{name}.schema.json' for name in schemas)}，"
                f"请把文件夹或 schema 改名，使两者同名")

    def folderless_schemas(self) -> list[str]:
        """The forms that have a schema but no folder: one of them is likely a folder renamed without its schema."""
        return [name for name in self._schema_forms() if name not in self._profiled()]

    def _schema_forms(self) -> list[str]:
        """The names of the schema files that describe a spec (declare its `form`), nearest folder first;
        not a file of shared definitions such as defs.schema.json."""
        names: dict[str, None] = {}
        for root in self.roots.schema_folders:
            for path in sorted(root.glob("*.schema.json")) if root.is_dir() else ():
                declares = True  # unless read: a file that cannot be is said when read as the form's schema
                try:
                    if path.is_file():  # not a named pipe, whose read waits for a writer: it hung
                        read = json.loads(path.read_text(encoding="utf-8"))
                        declares = "form" in (read.get("properties") or {}) if isinstance(read, dict) else False
                except (OSError, UnicodeDecodeError, ValueError, RecursionError):
                    pass
                if declares:
                    names.setdefault(path.name.removesuffix(".schema.json"), None)
        return list(names)

    def schema_file(self, name: str) -> str | None:
        """The file name, in `store`, of a variant's schema, without loading its profile; None for a name
        that is no variant."""
        return self._schema_path(name).name if name in self._folders() else None

    def _stored_schema(self, name: str) -> str | None:
        """`schema_file`, the store read first: None also for a form whose schema was deleted after the folders were
        searched and before the store read them (a clerk's deleting it, a git checkout during a long build). Found
        before, its path had the store asked for a file it never read: a KeyError, an internal error (exit 4). The
        store is read only for a name that was a variant, as before: an unknown form is told without it."""
        file_name = self.schema_file(name)
        return file_name if file_name is not None and file_name in self.store.paths else None

    def checked_schema(self, name: str) -> str | None:
        """The file name, in `store`, of a variant's schema once it passes the schema checks (a located
        FormError otherwise), without reading its profile: `jixiao schema` needs no more, and a slip in
        profile.yaml stopped it from printing or checking the schema. None for a name that is no variant."""
        file_name = self._stored_schema(name)
        if file_name is not None:
            from .schema_check import check

            check(self.store, file_name, name, list(self._folders()))
        return file_name

    def _schema_path(self, name: str) -> Path | None:
        """A form's schema file, the nearest one: once the store has read the schemas, the one it read (see
        `_stored_schema`), else as first looked for."""
        if self._store is not None:
            return self._store.paths.get(f"{name}.schema.json")
        if name not in self._schemas:
            paths = (root / f"{name}.schema.json" for root in self.roots.schema_folders)
            self._schemas[name] = next((path for path in paths if path.is_file()), None)
        return self._schemas[name]

    def files(self, name: str) -> list[Path]:
        """Every file a variant's output depends on (the form's files and the templates they pull in, as
        `form_inputs` finds them for serve too, its schema and the schemas its `$ref`s reach), without loading its
        profile; empty for a name that is no variant.

        Only the templates it uses: with every file of its folder and of `_shared`, a note.txt or an editor's
        backup beside form.html had every spec of the form rebuilt. Only the schemas it reaches: with every
        schema file of every folder, a unit adding its own form had every other form's specs rebuilt. A
        FormError when a schema it reaches cannot be read or refers to nothing (the caller then cannot know
        the files)."""
        from . import form_inputs

        folder, file_name = self._folders().get(name), self._stored_schema(name)
        if folder is None or file_name is None:
            return []
        schemas = self.store.check_refs(file_name)
        return [*form_inputs.of(folder, list(self._shared())).files, *(self.store.paths[schema] for schema in schemas)]

    def _shared(self) -> tuple[Path, ...]:
        return tuple(root / "_shared" for root in self.roots.template_folders if (root / "_shared").is_dir())

    def get(self, name: str) -> Variant | None:
        if name in self._cache:
            return self._cache[name]
        folder = self._folders().get(name) if isinstance(name, str) else None
        if folder is None or self.checked_schema(name) is None:
            return None
        schema_path = self._schema_path(name)  # after checked_schema read the store: the file it read
        profile = profiles.read(folder / PROFILE_FILE, self.store, schema_path.name)
        variant = Variant(name, folder, schema_path, profile, self._shared())
        self._cache[name] = variant
        return variant

