"""What `jixiao serve` watches: the specs, the files that shape their forms, what changed between two polls, and the
loop that polls them.

A poll stamps each file (modification time, size) and compares the stamps with the last poll's: no file is read
to find a change, save jixiao.yaml, whose touches are told from its edits by its content. Which files a form is
made from is form_inputs' answer, the one build's manifest uses, so serve and build agree on what is a change.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import form_inputs, form_renames
from .errors import JixiaoError
from .file_name_years import years_named
from .project import find as find_project
from .schema_line import EDITOR_COPIES, project_root
from .variants import DOCX_TEMPLATE, PROFILE_FILE, Roots
from .spec_files import foreign_yaml, spec_files

if TYPE_CHECKING:
    from .serve import Preview

POLL_SECONDS = 0.5


def watch(preview: Preview, stop: threading.Event, on_change, on_start=lambda: None) -> None:
    """Poll the watched files until `stop` is set; call on_change() after each change. on_start() is called in this
    thread once every spec is rendered (`_render_at_start`, which polls between two renderings, so the on_change() of
    a file saved meanwhile comes before it): what is said of the specs at the start needs them all rendered, seconds
    with 46 specs, while the server already answers (a page asked meanwhile is rendered once, under Preview's lock,
    and kept for it). Not called when `stop` was set meanwhile (Ctrl+C during the start)."""
    _render_at_start(preview, stop, on_change)
    if stop.is_set():
        return
    on_start()
    while not stop.wait(POLL_SECONDS):
        if preview.refresh():
            on_change()


def _render_at_start(preview: Preview, stop: threading.Event, on_change) -> None:
    """Every spec rendered for on_start, one at a time, with a poll between two once POLL_SECONDS have passed; after a
    change the specs are listed again, those rendered and unchanged kept (`Preview._keep_unchanged`). Rendered all
    before the first poll, a spec saved meanwhile was seen once the last was rendered, its page showing the old form
    until then: 1.2–2.2 s with 20 specs, 0.7–1.1 s with the five examples, on a loaded machine, the templates' checks
    remembered (pass_cache). A poll waits for the spec being rendered (Preview's lock), and the first rendering reads
    the forms and schemas."""
    polled, specs = time.monotonic(), preview.specs_at_start()
    while specs and not stop.is_set():
        if time.monotonic() - polled >= POLL_SECONDS:
            polled = time.monotonic()
            if preview.refresh():
                on_change()
                specs = preview.specs_at_start()
                continue
        preview.render_at_start(specs.pop(0))


@dataclass
class Watched:
    """The files a preview depends on and a version that goes up whenever one of them changes.

    The project's jixiao.yaml is one of them, and the forms' folders are found again (`find_roots`)
    after any change: it names the project's own forms, and a folder added to it while the preview
    ran was neither watched nor used until a restart. A jixiao.yaml that cannot be read then is kept
    as `trouble`, for the pages to show, with the folders found before still watched.

    `awaited` are the folders a project with no spec yet gets its first one in (`jixiao new -o specs/`):
    git keeps no empty folder, so they may not exist yet, and their specs are previewed once they do.

    `base` is the folder the pages' addresses name a spec from (see `address`)."""

    paths: list[str]
    find_roots: Callable[[], Roots]
    awaited: list[str] = field(default_factory=list)
    roots: Roots = field(init=False)
    trouble: JixiaoError | None = None
    version: int = 0
    changed: list[str] = field(default_factory=list)  # the files added, removed or changed at the last poll
    shaping: list[str] = field(default_factory=list)  # those of them no spec before nor after: forms, schemas, settings
    switched: list[tuple[Path, Path, bool]] = field(default_factory=list)  # forms taken from another folder (`_switched`)
    renamed: list[tuple[Path, Path]] = field(default_factory=list)  # form folders renamed (`form_renames`)
    schemas_renamed: list[tuple[Path, Path]] = field(default_factory=list)  # schemas renamed in their folder
    arrived: list[Path] = field(default_factory=list)  # form folders whose profile.yaml joined the watched files
    specs_renamed: list[tuple[Path, Path]] = field(default_factory=list)  # specs renamed or moved, content kept
    moved: dict[str, str] = field(default_factory=dict)  # the address of each spec renamed while serving -> its new one
    shaped_forms: set[str] | None = field(default_factory=set)  # the forms `shaping` changes (`_forms_of`), None: all
    _stamps: dict[str, tuple[int, int]] = field(default_factory=dict)
    _forms: form_inputs.Inputs = form_inputs.Inputs((), ())  # the forms' inputs at the last poll, for `_changed`
    _previewed: set[str] = field(default_factory=set)  # the specs at the last poll
    _were_specs: set[str] = field(default_factory=set)  # the specs with content at any poll, for `retyped`
    _foreign_seen: dict[str, tuple[tuple[int, int], bool]] = field(default_factory=dict)
    _inputs: dict = field(default_factory=dict)  # each form's inputs, as last found (`_variant_files`)
    _settings: dict[str, bytes | None] = field(default_factory=dict)  # jixiao.yaml's content at the last poll
    as_text: list[Path] = field(default_factory=list)  # the specs saved as `gz.yaml.txt` at the last poll
    left_out: list[str] = field(default_factory=list)  # the YAML files `skipped` at the last poll

    def __post_init__(self):
        self.roots = self.find_roots()  # a broken jixiao.yaml at the start stops serve, as it stops every command
        self._is_folder = {name: os.path.isdir(name) for name in self.paths}
        self.base = _shared_folder([*self.paths, *self.awaited])

    def specs(self) -> list[str]:
        """The specs previewed now; an awaited folder not made yet holds none, nor does a path gone
        (spec_files reads a missing path as a file: a renamed specs/ was listed as a spec 文件不存在).
        Other programs' YAML found in a folder is no spec, as validate, lint and build skip it: a
        docker-compose.yml in specs/ was listed with FORM-MISSING."""
        return self._look()[0]

    def _look(self) -> tuple[list[str], list[Path], list[str]]:
        """The specs previewed now (`specs`), those saved as `gz.yaml.txt` and the YAML files left out (`skipped`) in
        the folders watched, in one walk."""
        found, as_text = self._walk()
        skipped = [name for name in found if self._skipped(name)]
        return [name for name in found if name not in set(skipped)], as_text, skipped

    def skipped(self) -> list[str]:
        """The YAML files in the folders watched that are left out as other programs' (`_foreign`): a spec being typed
        that has no spec's field yet is one, and its open page must say so, not that it went."""
        return self._look()[2]

    def retyped(self) -> list[str]:
        """The files `skipped` now that were previewed as specs with content at some poll: a spec retyped whole (`- `
        begun on an emptied file), not another program's YAML. Listed on an index with no spec, a docker-compose.yml in
        specs/ was told to get a form: field, and a project's first day lost how to make a spec; made as an editor makes
        a new file, empty (a spec, FILE-EMPTY) then filled and saved, it was taken for one retyped."""
        return [name for name in self.skipped() if name in self._were_specs]

    def begun(self, name: str) -> bool:
        """Whether a file `skipped` (named as `skipped` names it) looks like a spec being written, to be told to get a
        form: field: one `retyped`, or one named as specs are (`单位-年度.yaml`: a year, or Chinese). A docker-compose.yml
        or mkdocs.yml added to specs/ while serving was told so too, advice for a file that is no spec at all."""
        stem = Path(name).stem
        return name in self._were_specs or not stem.isascii() or bool(years_named(stem))

    def _walk(self) -> tuple[list[str], list[Path]]:
        """Every YAML file in the paths watched, each once, and the specs saved as `gz.yaml.txt` there."""
        gone = set(self.gone())
        found, as_text = spec_files([name for name in self.paths if name not in gone]
                                    + [folder for folder in self.awaited if Path(folder).is_dir()])
        once = {}  # a spec given by name and inside a folder given was listed twice
        for name in found:
            once.setdefault(os.path.realpath(name), name)
        return list(once.values()), as_text

    def _skipped(self, name: str) -> bool:
        """Whether a YAML file found is left out as another program's: never one given by name, checked whatever it
        holds."""
        named = {os.path.realpath(path) for path, folder in self._is_folder.items() if not folder}
        return os.path.realpath(name) not in named and self._foreign(name)

    def _foreign(self, name: str) -> bool:
        """spec_files.foreign_yaml, read again only when the file changed: specs() runs at every poll and request."""
        try:
            info = os.stat(name)
        except OSError:  # gone meanwhile: listed, and its page says so
            return False
        stamp = (info.st_mtime_ns, info.st_size)
        if self._foreign_seen.get(name, (None,))[0] != stamp:
            self._foreign_seen[name] = (stamp, foreign_yaml(Path(name)))
        return self._foreign_seen[name][1]

    def gone(self) -> list[str]:
        """The folders and files given to serve that are not there now: renamed, moved or deleted while it ran.
        A file given alone and deleted was rendered as missing, FILE-NOT-FOUND suggesting another spec."""
        return [name for name, folder in self._is_folder.items()
                if not (os.path.isdir(name) if folder else os.path.isfile(name))]

    def was_folder(self, name: str) -> bool:
        """Whether a path given to serve was a folder when it started (one gone is neither now)."""
        return self._is_folder.get(name, False)

    def address(self, spec: str) -> str:
        """The part of a spec's page address after FORM_PREFIX: its path from `base`, with `/` between folders.

        It was the path as found, quoted: started in a subfolder (`cd templates; jixiao serve`) that is
        `../specs/x.yaml`, whose `..` a browser takes as a step up before asking, and a Windows path has
        backslashes. From `base`, the folder holding every path given, it has neither, and stays the same
        while the preview runs."""
        return spec_address(spec, self.base)

    def renamed_to(self, address: str, specs: list[str]) -> str | None:
        """The address of the spec previewed now (of `specs`) that the spec once at `address` was renamed to while
        serving, through any renames after (`moved`); None when no rename of it was seen, or the spec it became is
        gone too. A page left open at the old address was told only that the spec may have been renamed."""
        previewed, seen = {self.address(spec) for spec in specs}, {address}
        while address in self.moved and self.moved[address] not in seen:
            address = self.moved[address]
            if address in previewed:
                return address
            seen.add(address)
        return None

    def files(self, specs: list[str], forms: form_inputs.Inputs) -> list[Path]:
        """`specs` and every file that shapes their forms: jixiao.yaml, the forms' own files, the schemas; and the
        editor's copies of schemas in the schema/ folder of each spec's project (`jixiao new`, `jixiao schema -o`
        write them there, see schema_line.editor_schema), which the specs' first lines name: SCHEMA-LINE said a copy
        was missing, and the page went on saying so after the clerk wrote it with the command the warning gave. The
        current folder's project alone was watched, none when serve was started above the project."""
        settings = find_project(Path.cwd())
        one_per_folder = {Path(spec).parent: spec for spec in specs}.values()  # project_root walks up to the root
        read = {folder.resolve() for folder in self.roots.schema_folders}  # a form's schema is watched once, by one name
        editor = sorted({project_root(Path(spec)) / EDITOR_COPIES for spec in one_per_folder} - read)
        return [Path(p) for p in specs] + ([settings] if settings else []) + [
            *forms.files, *_form_files([*self.roots.schema_folders, *editor], "*.json")]

    def poll(self) -> bool:
        """Look at every file once; True (and a new version) when one was added, removed or changed."""
        known = dict(self._inputs)  # each form's inputs before this poll, for `shaped_forms`
        stamps, previewed, forms = self._stamp_all()
        self._keep_settings_touched(stamps)
        if stamps == self._stamps:
            return False
        self.changed = _changed(self._stamps, stamps, self._forms, forms)
        self.shaping = [name for name in self.changed if name not in previewed | self._previewed]
        self.switched = _switched(self._stamps, stamps)
        self.renamed = form_renames.renamed(self._stamps, stamps)
        self.schemas_renamed = form_renames.schemas_renamed(self._stamps, stamps)
        self.arrived = form_renames.arrived(self._stamps, stamps)
        was, now = ({str(Path(name)) for name in specs} for specs in (self._previewed, previewed))  # as `files` names them
        self.specs_renamed = form_renames.files_renamed(self._stamps, stamps, (was - now) & self._stamps.keys(),
                                                        (now - was) & stamps.keys())
        self.moved.update((self.address(str(old)), self.address(str(new))) for old, new in self.specs_renamed)
        settings = self._read_settings()  # before find_roots, which applies these bytes or later ones
        try:
            self.roots, self.trouble = self.find_roots(), None
        except JixiaoError as exc:
            self.trouble = exc
        self._stamps, self._previewed, self._forms = self._stamp_all()  # the folders jixiao.yaml names now
        # an empty file is no spec yet: an editor's new file, saved before anything was pasted or typed into it
        self._were_specs |= {name for name in self._previewed if self._stamps.get(str(Path(name)), (0, 0))[1]}
        self.shaped_forms = _forms_of(self.shaping, known, self._inputs) if self.trouble is None else None
        self._settings = {}
        for name, (stamp, content) in settings.items():
            if name in self._stamps:
                self._stamps[name] = stamp  # the stamp of the bytes kept, never one taken after them
                if _content(name) == content:  # else saved while read: no touch is judged against them
                    self._settings[name] = content
        self.version += 1
        return True

    def _read_settings(self) -> dict[str, tuple[tuple[int, int], bytes]]:
        """jixiao.yaml's stamp and then its bytes, read before the folders it names are found again: a touch is
        judged by these bytes, so they must be what was applied or older. Read after it, with its stamp taken before,
        an editor's save in between stored the new bytes with the old stamp, and that change, applied never, was
        taken for a touch at every later poll."""
        found = find_project(Path.cwd())
        stamp = _stamp(found) if found else None
        content = _content(str(found)) if stamp else None
        return {str(found): (stamp, content)} if content is not None else {}

    def _keep_settings_touched(self, stamps: dict[str, tuple[int, int]]) -> None:
        """Take jixiao.yaml's new stamp as the last poll's when its content is as it was then: `touch`, a `git
        checkout` of the same content, or an editor saving it unchanged said `jixiao.yaml 有改动` and reloaded every
        page. It is a few lines, read only when its stamp changed; the other files' changes are told by their stamps.
        While the last reading of it failed (`trouble`) a save is always a change: the folder CONFIG-FOLDER named
        may have been made since (no watched file), and saving jixiao.yaml again is how the author asks to look."""
        if self.trouble is not None:
            return
        for name, content in self._settings.items():
            if name in stamps and stamps[name] != self._stamps.get(name) and _content(name) == content:
                self._stamps[name] = stamps[name]

    def word_templates(self) -> dict[str, tuple[int, int]]:
        """The forms' Word templates watched now, each with its (modification time, size) at the last poll."""
        return {name: stamp for name, stamp in self._stamps.items() if Path(name).name == DOCX_TEMPLATE}

    def _stamp_all(self) -> tuple[dict[str, tuple[int, int]], set[str], form_inputs.Inputs]:
        """Each file's (modification time, size), the specs among them, and the forms' inputs; the specs saved as
        text are kept (`as_text`) for Preview.refresh to warn of one that comes, and the YAML files left out
        (`left_out`) for it to reload the index that names them."""
        (specs, self.as_text, self.left_out), forms, stamps = self._look(), _variant_files(self.roots, self._inputs), {}
        for path in self.files(specs, forms):
            stamp = _stamp(path)
            if stamp is not None:  # else removed while being looked at: the next poll sees it gone
                stamps[str(path)] = stamp
        return stamps, set(specs), forms


def _changed(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]], was: form_inputs.Inputs,
             now: form_inputs.Inputs) -> list[str]:
    """The files added, removed or changed between two polls, of the forms' inputs `was` at the first and `now`.

    A spec, a schema, jixiao.yaml or a form's profile.yaml that comes or goes is always one of them. A form's other
    file is not when it only left the forms' inputs, still there as it was, nor when it joined them from no place a
    form looked for one at the first poll (`was.depends`, or under a folder searched whole): it was there before,
    pulled in by another file's change. A unit's `_shared/base.html` saved was listed with the shipped one it took
    over from, and a profile.yaml put back listed every file of its form. Judged by modification times instead, a
    spec renamed (`mv`, `git mv`, an editor's rename) or copied with `cp -p` kept its old time and was never said,
    nor its errors. Should nothing be left, those that joined are listed: a change is never silent."""
    differ = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    joined = [name for name in differ if name not in before]
    inputs, places = {str(path) for path in (*was.files, *now.files)}, {str(place) for place in was.depends}
    pulled = {name for name in differ if name in inputs and Path(name).name != PROFILE_FILE and (
        name not in after and _stamp(Path(name)) == before[name]
        or name not in before and not places & {name, *map(str, Path(name).parents)})}
    return [name for name in differ if name not in pulled] or joined


def _forms_of(changed: list[str], *known: dict) -> set[str] | None:
    """The names of the forms that have a file of `changed` among their inputs (`form_inputs`, as `_variant_files`
    keeps them by form folder in each of `known`: before a poll and after, for a file that left or joined them);
    None when one of them is no form's input, as a schema (they share definitions), jixiao.yaml or an editor's copy
    of a schema is: it may change any spec's page."""
    owners: dict[str, set[str]] = {}
    for inputs in known:
        for (folder, _), (found, _) in inputs.items():
            for path in found.files:
                owners.setdefault(str(path), set()).add(folder.name)
    if any(name not in owners for name in changed):
        return None
    return set().union(*(owners[name] for name in changed))


def _switched(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[tuple[Path, Path, bool]]:
    """(folder left, folder taken, whether by a removed profile.yaml) for each form now taken from another folder of
    its name: a unit's own form whose profile.yaml was removed gives way to the shipped one it overrode, and a
    profile.yaml saved again takes it back. Every file of both forms leaves or joins the watched ones: the terminal
    counted them (`8 个文件有改动`) instead of saying what happened."""
    left = {Path(name).parent for name in before.keys() - after.keys() if Path(name).name == PROFILE_FILE}
    joined = {Path(name).parent for name in after.keys() - before.keys() if Path(name).name == PROFILE_FILE}
    return [(old, new, not (old / PROFILE_FILE).exists()) for old in sorted(left) for new in sorted(joined)
            if old.name == new.name and old != new]


def _variant_files(roots: Roots, known: dict) -> form_inputs.Inputs:
    """The files in the forms' folders that the pages are made from (`form_inputs`); of two forms of one name, the
    nearest one's, as Catalog takes it. Every file in those folders counted: a note.txt saved beside form.html
    rendered every spec again and the terminal said the preview was updated, for a file no form reads.

    Each form's are found again only when one of the places they depend on changed (`known` keeps, by form folder,
    what was found and those places' stamps): parsing every form.html with Jinja at each poll took an idle preview
    of six forms from 1.6 ms a poll to 32 ms.

    Each root's `_shared` is searched whether it is there or not (a missing folder holds nothing): where a file
    saved in one not made yet would take over is then a place the forms depend on, as `_changed` needs.
    Returned: every form's inputs together."""
    shared = [root / "_shared" for root in roots.template_folders]
    files, depends, seen = [], [], set()
    for root in roots.template_folders:
        for folder in sorted(root.iterdir()) if root.is_dir() else ():
            if folder.name in seen or not (folder / PROFILE_FILE).is_file():
                continue
            seen.add(folder.name)
            place = (folder, tuple(shared))
            inputs, stamps = known.get(place, (None, None))
            if inputs is None or [_stamp(path) for path in inputs.depends] != stamps:
                inputs = form_inputs.of(folder, shared)
                known[place] = (inputs, [_stamp(path) for path in inputs.depends])
            files += inputs.files
            depends += inputs.depends
    return form_inputs.Inputs(tuple(dict.fromkeys(files)), tuple(dict.fromkeys(depends)))


def _content(name: str) -> bytes | None:
    """A file's bytes, None when it cannot be read now."""
    try:
        return Path(name).read_bytes()
    except OSError:
        return None


def _stamp(path: Path) -> tuple[int, int] | None:
    """A file's (modification time, size), None where there is none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _form_files(folders: list[Path], pattern: str) -> list[Path]:
    """The files in `folders` matching `pattern` that may shape a form: not an editor's scratch file (`SCRATCH`),
    nor in a hidden folder. Each write of a swap file counted as a change to the forms: every spec was rendered
    again (40 times the CPU with 50 specs) and the terminal said so at each one."""
    return [path for folder in folders if folder.is_dir() for path in folder.rglob(pattern) if path.is_file()
            and not _scratch(path.relative_to(folder))]


def _scratch(relative: Path) -> bool:
    """Whether a file under the schemas' folder is an editor's (`form_inputs.SCRATCH`, by its own name) or in a hidden
    folder: a folder named by digits (a year's schemas, `2024/`) is the author's, not vim's 4913."""
    *folders, name = relative.parts
    return bool(form_inputs.SCRATCH.match(name)) or any(folder.startswith(".") for folder in folders)


def to_watch(given: list[str], files: list[str]) -> list[str]:
    """The paths a preview watches: the folders given, and the files given that are specs (`files`, as
    command_paths.given_specs names them), compared resolved. They were compared as written, and a file
    typed `./specs/x.yaml` or `../proj/specs/x.yaml`, which given_specs names otherwise, was left out:
    with nothing to preview the index was an internal error."""
    specs = {os.path.realpath(name): name for name in files}
    return [name if os.path.isdir(name) else specs[os.path.realpath(name)] for name in given
            if os.path.isdir(name) or os.path.realpath(name) in specs]


def spec_address(spec: str, base: str, path=os.path) -> str:
    """A spec's path from `base` with `/` between folders; a spec outside `base` (on another drive than it, on
    Windows, where `base` may be the current folder: see `_shared_folder`) is named by its whole path, its drive
    as written (`D:/share/x.yaml`). The drive was a first folder (`D/share/x.yaml`), the address of a real folder
    `D` under `base` too, and a spec on the current folder's drive but outside it was named with `..`, which a
    browser takes as a step up before asking. `path` is os.path, or ntpath to see what Windows does."""
    full = path.abspath(spec)
    try:
        relative = path.relpath(full, base)
    except ValueError:  # on another drive than `base`
        relative = path.pardir
    if relative.split(path.sep)[0] == path.pardir:  # no colon is in a folder's name on Windows: no clash
        return full.replace(path.sep, "/")
    return relative.replace(path.sep, "/")


def _shared_folder(paths: list[str]) -> str:
    """The deepest folder holding each path's folder, so that a folder given is named in addresses under it
    (`specs/x.yaml`, not `x.yaml`); the current folder when no path is given, or when they are on different
    drives (Windows), where no folder holds them all."""
    try:
        return os.path.commonpath([os.path.dirname(os.path.abspath(name)) for name in paths])
    except ValueError:
        return os.getcwd()
