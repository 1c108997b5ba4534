"""Live preview: `jixiao serve` shows each spec's HTML form and reloads it when a file changes.

Finance staff edit YAML in a text editor; running `build` and opening the file after every change
is the slow part of their loop. As `mkdocs serve` does, this renders in memory (nothing is written
to output/), watches the specs, the forms, the schemas and jixiao.yaml, and an open page reloads
itself when any of them changes. A spec with errors shows its problems as `validate` prints them, so the page
says what to fix instead of going blank. It serves on 127.0.0.1 by default: specs are not public.
"""
from __future__ import annotations

import html
import os
import re
import secrets
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable
from urllib.parse import quote, unquote

from . import form_inputs, form_renames, word_damage
from .build import Rendered, Renderer
from .command_paths import DEFAULT_SPECS, NO_SPEC_YET, how_to_start, saved_as_text_warning
from .errors import JixiaoError, LocatedError, os_problem
from .load import load
from .project import PROJECT_FILE, find as find_project
from .report import as_html_list, line
from .schema_line import EDITOR_COPIES, project_root
from .variants import DOCX_TEMPLATE, PROFILE_FILE, Catalog, Roots
from .validate import foreign_yaml, spec_files

VERSION_PATH = "/__jixiao/version"
FORM_PREFIX = "/form/"
POLL_SECONDS = 0.5
MAX_NEWS = 5  # changed files named in the terminal after a change; more are counted
_BODY_START, _BODY_END = re.compile(r"<body\b[^>]*>", re.IGNORECASE), re.compile(r"</body\s*>", re.IGNORECASE)

# Asks for the version every second and reloads when it is not the one the page was made at. Learnt from the
# first answer instead, a change saved in the second after a load (a second quick save) was taken as the page's
# own version, and the page kept showing the content before it as current. A server that stopped or cannot be
# reached says so on the page, which no longer follows the files; a server started again has a new version.
# The reader's place is kept for the tab (sessionStorage, one per page address) when the page goes, and scrolled
# back to after a reload this script made, which it marks just before: an error while typing showed the short
# error page, and the form came back at its top, at every pause with auto-save. Restored at every load, a form
# opened again from the index opened mid-page, where it was last left. A page that shows what is wrong
# (`keeps_place` false) opens at its top and leaves the place kept as it was, for the form once it is back: a
# long error page opened at the form's place, its heading off screen. A page too short to reach the place kept
# leaves it as it was unless the reader scrolled there.
_RELOAD = """<script>(function () {
  var shown = "@VERSION@", stopped = null, place = "jixiao-scroll:" + location.pathname, kept = 0, ours = false;
  var mark = "jixiao-reloaded:" + location.pathname, keeps = @KEEPS@;
  try {
    kept = Number(sessionStorage.getItem(place)) || 0;
    ours = sessionStorage.getItem(mark) === "1";
    sessionStorage.removeItem(mark);
  } catch (e) {}
  // The browser's own restoring is turned off just before this script reloads the page, and on again when the page
  // is left otherwise (a link, the back button, the reader's own reload); turned on at load, it restored after it.
  var manual = "scrollRestoration" in history, reloading = false;
  addEventListener("load", function () {
    if (ours) scrollTo(0, keeps ? kept : 0);
  });
  addEventListener("pagehide", function () {
    if (manual && !reloading) history.scrollRestoration = "auto";
    if (!keeps) return;
    var bottom = document.documentElement.scrollHeight - innerHeight;
    if (!(bottom < kept && scrollY >= bottom - 1)) kept = scrollY;
    try { sessionStorage.setItem(place, String(kept)); } catch (e) {}
  });
  setInterval(function () {
    fetch("@PATH@", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
      if (v !== shown) {
        try { sessionStorage.setItem(mark, "1"); } catch (e) {}
        if (manual) history.scrollRestoration = "manual";
        reloading = true;
        location.reload();
      } else if (stopped) { stopped.remove(); stopped = null; }
    }).catch(function () {
      if (stopped) return;
      stopped = document.createElement("div");
      stopped.className = "jixiao-stopped";
      stopped.setAttribute("style", "position:fixed;top:0;left:0;right:0;z-index:9999;padding:.5em 1em;"
        + "font:14px/1.6 sans-serif;color:#fff;background:#b00020");
      stopped.textContent = "@STOPPED@";
      document.body.appendChild(stopped);
    });
  }, 1000);
})();</script><style>@media print{.jixiao-stopped{display:none}}</style>"""
STOPPED = "预览已停止（jixiao serve 没有在运行）：这一页不再随文件更新，可能已经过时；重新运行 jixiao serve 后会自动刷新。"


def reload_script(version: str, keeps_place: bool = True) -> str:
    """The script that reloads a page made at `version` once the files change; `keeps_place` false for a page
    that says what is wrong, which opens at its top and leaves the reader's place for the page that comes back."""
    return _RELOAD.replace("@VERSION@", version).replace("@KEEPS@", "true" if keeps_place else "false").replace("@PATH@", VERSION_PATH).replace("@STOPPED@", STOPPED)


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em}}
li{{margin:.4em 0}} .bad{{color:#b00020}} .warn{{color:#8a5a00}} code{{white-space:pre-wrap}}</style>
</head><body>{body}{reload}</body></html>"""


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
    _stamps: dict[str, tuple[int, int]] = field(default_factory=dict)
    _forms: form_inputs.Inputs = form_inputs.Inputs((), ())  # the forms' inputs at the last poll, for `_changed`
    _previewed: set[str] = field(default_factory=set)  # the specs at the last poll
    _foreign_seen: dict[str, tuple[tuple[int, int], bool]] = field(default_factory=dict)
    _inputs: dict = field(default_factory=dict)  # each form's inputs, as last found (`_variant_files`)
    _settings: dict[str, bytes | None] = field(default_factory=dict)  # jixiao.yaml's content at the last poll
    as_text: list[Path] = field(default_factory=list)  # the specs saved as `gz.yaml.txt` at the last poll

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

    def _look(self) -> tuple[list[str], list[Path]]:
        """The specs previewed now (`specs`) and those saved as `gz.yaml.txt` in the folders watched, in one walk."""
        gone = set(self.gone())
        found, as_text = spec_files([name for name in self.paths if name not in gone]
                                    + [folder for folder in self.awaited if Path(folder).is_dir()])
        named = {os.path.realpath(name) for name, folder in self._is_folder.items() if not folder}  # checked whatever it holds
        once = {}  # a spec given by name and inside a folder given was listed twice
        for name in found:
            once.setdefault(os.path.realpath(name), name)
        return [name for real, name in once.items() if real in named or not self._foreign(name)], as_text

    def _foreign(self, name: str) -> bool:
        """validate.foreign_yaml, read again only when the file changed: specs() runs at every poll and request."""
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
        settings = self._read_settings()  # before find_roots, which applies these bytes or later ones
        try:
            self.roots, self.trouble = self.find_roots(), None
        except JixiaoError as exc:
            self.trouble = exc
        self._stamps, self._previewed, self._forms = self._stamp_all()  # the folders jixiao.yaml names now
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
        text are kept (`as_text`) for Preview.refresh to warn of one that comes."""
        (specs, self.as_text), forms, stamps = self._look(), _variant_files(self.roots, self._inputs), {}
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


_LOCATED = re.compile(r"^.+?:\d+:\d+: ", re.MULTILINE)


def _headline(message: str) -> tuple[str, int]:
    """A message's first line that says where (`file:line:column: …`, which VS Code's terminal opens), or its
    first line, and how many lines follow it: one line a message in the terminal, whose others the page shows.
    A heading before it (`schema 有误：`) is left out, the file named saying as much."""
    found = _LOCATED.search(message)
    first, *rest = message[found.start() if found else 0:].split("\n")
    return first, len(rest)


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


def as_started(path, start: Path) -> str:
    """A file as the terminal names it, one rule for specs, forms, schemas and jixiao.yaml alike: from `start`, the
    folder serve was started in, when it is under it, else whole (never `../`). Forms, schemas and jixiao.yaml are
    found resolved, and the paths given to serve are named so too (`Preview._given`): one line named `specs/x.yaml`
    beside `/home/…/forms/templates/x/profile.yaml`, a path the author never typed. A relative path is taken as
    already from `start`."""
    full = Path(path)
    if not full.is_absolute() or not full.is_relative_to(start):
        return str(path)
    return str(full.relative_to(start))


def named_from(text: str, start: Path) -> str:
    """`text` with each whole path under `start` named from it, as `as_started` names a path: a form's or
    jixiao.yaml's error is made as every command says it, its files whole (`表样配置有误：/unit/forms/…/profile.yaml:5:14`)
    beside the line naming the same file `forms/…/profile.yaml`. A path is whole where no name's character is
    before it: `start` inside a longer path is left alone."""
    return re.sub(rf"(?<![\w.\-{re.escape(os.sep)}]){re.escape(str(start) + os.sep)}", "", text)


def _from(folder: Path, root: Path | None) -> str:
    """A folder as jixiao.yaml writes it: from the project's root (where jixiao.yaml is) when under it, else whole.
    Named from where serve was started, from forms/ the schema folder was `schema`, the editor's copies' folder."""
    return folder.relative_to(root).as_posix() if root is not None and folder.is_relative_to(root) else str(folder)


def _shared_folder(paths: list[str]) -> str:
    """The deepest folder holding each path's folder, so that a folder given is named in addresses under it
    (`specs/x.yaml`, not `x.yaml`); the current folder when no path is given, or when they are on different
    drives (Windows), where no folder holds them all."""
    try:
        return os.path.commonpath([os.path.dirname(os.path.abspath(name)) for name in paths])
    except ValueError:
        return os.getcwd()


class Preview:
    """Pages for one set of specs: an index, each spec's form (or its problems) and the version."""

    def __init__(self, paths: list[str], find_roots: Callable[[], Roots], awaited: list[str] | None = None,
                 say: Callable[[str], None] = lambda message: None):
        self._start = Path.cwd().resolve()  # where serve was started: the terminal names files from it (`shown`)
        self.watched = Watched([self._given(name) for name in paths], find_roots,
                               [self._given(name) for name in awaited or []])
        self.watched.poll()
        self._say, self._said = say, ""  # the terminal, told of a failure once, not at every poll
        self._trouble_said: str | None = None  # jixiao.yaml's error as the terminal last said it (`_trouble_news`)
        self.damaged: dict[str, str] = {}  # each Word template that cannot be opened, and what the terminal said of it
        self._word_looked: dict[str, tuple[int, int]] = {}  # each Word template's stamp when last opened
        self._lock = threading.RLock()  # the server's threads share one renderer, which is not thread-safe
        self._renderer: Renderer | None = None
        self._rendered: dict[str, Rendered] = {}
        self._version = -1
        self._started = secrets.token_hex(4)  # a page made by an earlier run reloads: its version is another one
        self.site = ""  # the web address the server answers at, once it listens: the terminal names pages by it

    def news(self) -> list[str]:
        """The terminal's lines after a change: a changed spec's errors as validate prints them (VS Code's
        terminal opens a `file:line:column` at its place) or that it has none, and the other files by name.

        It said only that something changed: which file, and whether the save was good, needed the browser.
        A failure is said as refresh says one, and nothing more: raised in the watcher's thread, it ended it."""
        try:
            return self._news()
        except Exception as exc:  # noqa: BLE001 - a bug met while rendering: the watcher goes on
            self.failed(exc)
            return []

    def word_news(self) -> list[str]:
        """What is said of the forms' Word templates that changed since last looked at (all of them at the start)
        and cannot be opened: the HTML pages never read one, so a damaged form.docx showed nowhere until `build`
        stopped on it. Said once per change of the file, not at each poll; the index lists them while they last."""
        now = self.watched.word_templates()
        fresh = [name for name, stamp in now.items() if self._word_looked.get(name) != stamp]
        self._word_looked = now
        damaged = {name: said for name, said in self.damaged.items() if name in now and name not in fresh}
        for name in fresh:
            said = word_damage.damage(Path(name), self.shown)
            if said is not None:
                damaged[name] = said
        self.damaged = damaged  # replaced whole, never changed in place: the index page reads it from another thread
        return [damaged[name] for name in fresh if name in damaged]

    def _news(self) -> list[str]:
        """A form.docx found damaged is said first, and known to the lines after it (`_forms_news`): said after
        them, it followed “预览已更新：2 个规格都没有错误。”, which it belied."""
        damaged = self.word_news()
        return damaged + self._file_news()

    def _file_news(self) -> list[str]:
        switches = [_switch_words(*switch, self.shown) for switch in self.watched.switched] + [
            self._rename_words(*pair) for pair in self.watched.renamed] + [
            self._schema_rename_words(*pair) for pair in self.watched.schemas_renamed]
        told = {folder for switch in [*self.watched.switched, *self.watched.renamed] for folder in switch[:2]}
        told_files = {str(path) for pair in self.watched.schemas_renamed for path in pair}
        unschemed = {str(folder / PROFILE_FILE): folder for folder in self.watched.arrived
                     if folder not in told and self._schema_of(folder.name) is None}
        switches += [f"新的表样文件夹 {self.shown(folder)}：{self._needs_schema(folder.name)}" for folder in unschemed.values()]
        # a folder given that went is said as such, not as each spec in it removed (`46 个文件有改动，预览已更新。`); said
        # when its files left, at this poll: said of the folders gone now, it came again at every later save
        gone = {Path(name) for name in self.watched.gone() if self.watched.was_folder(name)
                and any(Path(name) in Path(changed).parents for changed in self.watched.changed)}
        switches += [self._gone_words(str(folder)) for folder in gone]
        changed = [name for name in self.watched.changed if not (told | gone) & set(Path(name).parents)
                   and name not in told_files and name not in unschemed]
        if self.watched.trouble is not None:
            return [self._trouble_news(self._what(switches, changed))]
        settings = [name for name in changed if Path(name).name == PROJECT_FILE]
        if self._trouble_said is not None:  # this change fixed it: said so, instead of `jixiao.yaml 有改动`
            self._trouble_said = None
            if all(Path(name).exists() for name in settings):  # deleted, it is said so (`已删除`), not fixed
                switches.insert(0, "jixiao.yaml 的错误已改正")
                changed = [name for name in changed if name not in settings]
        shaping = [name for name in self.watched.shaping if name in changed]
        what = self._what(switches, changed)
        if len(changed) > MAX_NEWS:  # a git checkout or pull, a folder copied in: what the pages show, not each file
            return self._forms_news(what)
        specs, lines = set(self.watched.specs()), []
        for name in changed:
            if name in shaping:
                continue
            if name not in specs:
                lines.append(f"{self.shown(name)} {'有改动' if Path(name).exists() else '已删除'}，预览已更新。")
                continue
            try:
                problems = self.render(name).problems
            except JixiaoError as exc:
                lines.append(f"{name} 的表样有误，无法预览：{self.said_of(exc)}")
                continue
            errors = [line(problem) for problem in problems if problem.is_error]
            lines += self._capped(name, errors) if errors else [f"{name}：没有错误，预览已更新。"]
        dropped = [name for name in shaping if _dropped(name)]
        gone = {Path(name).parent for name in dropped if not Path(name).parent.exists()}  # the folder too
        removed = [name for name in shaping if name not in dropped and not Path(name).exists()
                   and not gone & set(Path(name).parents)]
        edited = [name for name in shaping if name not in dropped and Path(name).exists()]
        forms = "；".join([*switches, *(_drop_words(Path(name), removed, self.shown) for name in dropped),
                          *([f"{'、'.join(map(self.shown, edited))} 有改动"] if edited else []),
                          *([f"{'、'.join(map(self.shown, removed))} 已删除"] if removed else [])])
        return lines + (self._forms_news(forms) if forms else [])

    def _what(self, switches: list[str], changed: list[str]) -> str:
        """What a change did to the forms (`switches`), then the files changed, named, or counted past MAX_NEWS."""
        named = f"{'、'.join(map(self.shown, changed))} 有改动" if len(changed) <= MAX_NEWS else f"{len(changed)} 个文件有改动"
        return "；".join([*switches, *([named] if changed else [])])

    def _trouble_news(self, what: str) -> str:
        """What a change says while jixiao.yaml has an error: the error, or, when it is the one said last, that it is
        still there. Said whole at each save, an author saving it again and again while looking for the fix, or
        saving specs meanwhile, had the same lines of error fill the terminal; the change fixing it says so (`_file_news`)."""
        said = self.said_of(self.watched.trouble)
        if said == self._trouble_said:
            return f"{what}；jixiao.yaml 的错误还在（同上），仍无法预览。"
        self._trouble_said = said
        return f"{what}；jixiao.yaml 有误，无法预览：{said}"

    def _rename_words(self, old: Path, new: Path) -> str:
        """A form folder renamed, said as such (`form_renames`): with the old name's schema left when the new name
        has none, and the specs naming either name that have no form now (FORM-UNKNOWN): a spec whose `form:` was
        wrong before (a typo) is no news of the rename."""
        schemas = {name: self._schema_of(name) for name in (old.name, new.name)}
        needs = "" if schemas[new.name] or schemas[old.name] else self._needs_schema(new.name)
        return form_renames.words(old, new, None if schemas[new.name] else schemas[old.name],
                                  self._formless(old.name, new.name), self.shown, needs)

    def _schema_rename_words(self, old: Path, new: Path) -> str:
        """A schema renamed in its folder, said as such (`form_renames.schema_words`), with what it means for the form
        of each name and the specs naming either that have no form now."""
        names = [name.removesuffix(form_renames.SUFFIX) for name in (old.name, new.name)]
        folders = {name: self._folder_of(name) for name in names}
        others = {names[0]: self._schema_of(names[0]), names[1]: self._schema_of(names[1], after=new.parent)}
        return form_renames.schema_words(old, new, folders, self._formless(*names), self.shown, others, self._shipped)

    def _formless(self, old: str, new: str) -> list[tuple[str, object]]:
        """(spec, its `form:`) of each spec naming either name of a form renamed that has no form now (FORM-UNKNOWN): a
        spec whose `form:` was wrong before (a typo) is no news of the rename."""
        return [(spec, named) for spec, named in ((spec, _form_named(spec)) for spec in self.watched.specs())
                if named in (old, new) and _has_no_form(self, spec)]

    def _schema_of(self, name: str, after: Path | None = None) -> Path | None:
        """The schema of the form `name`, the nearest, as Catalog finds it; None when no schema folder has one. With
        `after`, one in a folder farther than it: the schema a file of that name in `after` takes over from."""
        folders = self.watched.roots.schema_folders
        if after is not None:
            folders = folders[folders.index(after) + 1:] if after in folders else []
        return next((path for folder in folders if (path := folder / f"{name}{form_renames.SUFFIX}").is_file()), None)

    def _shipped(self, path: Path) -> bool:
        """Whether a file or folder is in jixiao's own forms, which a unit's forms sit over (`Roots.under`): never one
        to rename. With no forms of the project's own, the only ones are those of the checkout being worked on."""
        roots = self.watched.roots
        if roots.under is None:
            return False
        while roots.under is not None:
            roots = roots.under
        return any(path.is_relative_to(folder) for folder in (roots.templates.resolve(), roots.schemas.resolve()))

    def _folder_of(self, name: str) -> Path | None:
        """The folder of the form `name`, the nearest with a profile.yaml; None when there is none."""
        return next((folder / name for folder in self.watched.roots.template_folders
                     if (folder / name / PROFILE_FILE).is_file()), None)

    def _needs_schema(self, name: str) -> str:
        """What a form folder with no schema of its name is told (`form_renames.needs_schema`): the project's own
        schema folder, named as jixiao.yaml writes it, or, when jixiao.yaml names none (`templates:` alone), the
        `schemas:` to add. It named the nearest schema folder, which was then jixiao's own install, as the terminal
        names files: from forms/ it was `schema`, which reads as the editor's copies in the unit's root."""
        roots = self.watched.roots
        own = [folder for folder in roots.schema_folders if not self._shipped(folder)]
        root = roots.project.resolve().parent if roots.project else None
        if own:
            place = f" schema 文件夹 {_from(own[0], root)}{'（jixiao.yaml 的 schemas:）' if root else ''}"
            orphans = [path for path in (folder / f"{orphan}{form_renames.SUFFIX}" for orphan in
                       Catalog(roots).folderless_schemas() for folder in own) if path.is_file()]
        else:
            templates = roots.template_folders[0]
            suggested = templates.parent / "schema" if root is None or templates.parent != root else root / "schemas"
            place = (f" jixiao.yaml 里写上 schemas: {_from(suggested, root)}（本单位的 schema 文件夹，路径相对于 jixiao.yaml），"
                     f"建好这个文件夹，在那")
            orphans = []
        return form_renames.needs_schema(name, place, orphans, self.shown)

    def shown(self, path) -> str:
        """A file as the terminal names it (`as_started`)."""
        return as_started(path, self._start)

    def said_of(self, exc: JixiaoError) -> str:
        """An error's message with the files it names under where serve was started named from there (`named_from`),
        and the file each of its problems is in named as `shown` names it: jixiao.yaml's errors are at `../jixiao.yaml`
        from a subfolder, as every other command says them, after the line naming it whole."""
        said = exc.format_message()
        for problem in exc.problems if isinstance(exc, LocatedError) else []:
            whole = os.path.normpath(self._start / problem.file)
            said = said.replace(line(problem), line(replace(problem, file=self.shown(whole))), 1)
        return named_from(said, self._start)

    def _given(self, name: str) -> str:
        """A path given to serve named by `as_started`'s rule, as the forms' files are, since its specs are named
        from it in every line: given `/unit/specs` in /unit, a spec's errors were `/unit/specs/x.yaml:3:7` beside
        `forms/templates/…`, and given `../specs` in forms/, `../specs/x.yaml` beside `/unit/forms/…`. A name
        that stays in the start folder is kept as written (`./specs/x.yaml`)."""
        if not os.path.isabs(name) and not os.path.normpath(name).startswith(os.pardir):
            return name
        return as_started(os.path.abspath(name), self._start)

    def _capped(self, spec: str, errors: list[str]) -> list[str]:
        """A saved spec's first MAX_NEWS errors, then how many more there are and the page that lists them all.

        Every one was printed: a spec pasted in from an old form, or saved half-typed, filled the terminal with
        fifty lines and pushed what was said before off screen, where a form's errors take at most MAX_NEWS."""
        if len(errors) <= MAX_NEWS:
            return errors
        page = f"{self.site.rstrip('/')}{FORM_PREFIX}{quote(self.watched.address(spec))}"
        return [*errors[:MAX_NEWS], f"……{spec} 另有 {len(errors) - MAX_NEWS} 个错误，全部列在浏览器的这一页：{page}"]

    def _forms_news(self, what: str) -> list[str]:
        """After a change to a form, a schema, a profile or jixiao.yaml (`what` says which), or to more files
        than are named: what each spec's page says now, its first error (one line for the specs a broken form
        stops alike), or that none has any.

        The terminal said the preview was updated whatever the change did: a form.html saved with a tag
        left open broke every page of its form, and only the browser said so. A git checkout of six files
        was only counted. Each error is told in its line that says where (`_headline`): a schema's message
        spans lines, and five of them filled sixteen."""
        specs = self.watched.specs()
        failing = [first for first in map(self._first_error, specs) if first is not None]
        errors = list(dict.fromkeys(failing))
        if not errors:
            return [f"{what}，预览已更新{_none_failing(len(specs))}{self._word_trouble()}。"]
        shown, cut = zip(*map(_headline, errors[:MAX_NEWS]))
        left = [f"另有 {len(errors) - MAX_NEWS} 个错误"] if len(errors) > MAX_NEWS else []
        left += [f"以上错误还有 {sum(cut)} 行说明"] if sum(cut) else []
        more = [f"……{'，'.join(left)}，见浏览器。"] if left else []
        return [f"{what}；{len(failing)} 个规格的页面显示错误：", *shown, *more]

    def _word_trouble(self) -> str:
        """What the update line adds while a form's Word template cannot be opened (`damaged`): the pages have no
        error, since they never read it, but build stops on it. Of two forms and more it said `“a”、“b”的 … 打不开，
        生成不了它的 Word 文件`, one form's words: they are said as several (`“a”和“b”…都打不开…它们的`)."""
        names = [f"“{Path(name).parent.name}”" for name in self.damaged]
        if len(names) == 1:
            return f"，但表样{names[0]}的 Word 模板（form.docx）打不开，jixiao build 生成不了它的 Word 文件"
        if names:
            forms = f"{'、'.join(names[:-1])}和{names[-1]}"
            return f"，但表样{forms}的 Word 模板（form.docx）都打不开，jixiao build 生成不了它们的 Word 文件"
        return ""

    def _first_error(self, spec: str) -> str | None:
        """The first error a spec's page shows, as validate prints it (`file:line:column: 错误[…] …`), if any."""
        try:
            problems = self.render(spec).problems
        except JixiaoError as exc:  # a profile or schema that cannot be used: the page says 表样有误
            return self.said_of(exc)
        return next((line(problem) for problem in problems if problem.is_error), None)

    def version(self) -> str:
        """What a page's reload script compares: this run and the watched files' version."""
        return f"{self._started}-{self.watched.version}"

    def refresh(self) -> bool:
        """Whether a watched file changed. A failure is said and the next poll looks again: raised, it
        ended the watcher's thread, and every page went on showing what it showed as current."""
        with self._lock:
            before = set(self.watched.as_text)
            try:
                changed = self.watched.poll()
            except Exception as exc:  # noqa: BLE001 - a folder removed while walked, or a bug: the watcher goes on
                self.failed(exc)
                return False
            for path in self.watched.as_text:  # no form changes, but the clerk sees gz.yaml and waits for its form
                if path not in before:
                    self._say(saved_as_text_warning(self.shown(path)))
            if changed:
                self._keep_unchanged()
            elif set(self.watched.as_text) != before:
                self._reload_index()
            return changed

    def _reload_index(self) -> None:
        """A new version, with every rendering kept, when a spec saved as `gz.yaml.txt` came or went: the index warns of
        each (`_saved_as_text`), and no watched file changed, so the open index kept showing the page before it."""
        kept = self._version == self.watched.version
        self.watched.version += 1
        if kept:
            self._version = self.watched.version

    def _keep_unchanged(self) -> None:
        """After a poll that changed specs alone, keep the other specs' renderings and the renderer (see `render`):
        each save of one spec rendered every spec again for the index open in another tab, 2.2 s of both cores'
        time with 46 specs at every save, and each other spec's open page again. A change to a form, a schema or
        jixiao.yaml (`shaping`) may change any page, as may polls this one did not see: `render` starts afresh. While
        jixiao.yaml has an error no page renders a spec, so a spec's save that fixes it (the folder it named made
        meanwhile) is never the poll right after a render, and its new forms are read afresh."""
        if self._version == self.watched.version - 1 and not self.watched.shaping:
            for name in self.watched.changed:
                self._rendered.pop(name, None)
            self._version = self.watched.version

    def render(self, spec: str) -> Rendered:
        """The spec rendered, once until it changes: the index and the form page ask for the same spec. Its problems
        name their files as the terminal does (`shown`): a form's template error was at its whole path, the line
        before it naming the same file from where serve was started.

        After a change to what shapes the forms the renderer is made afresh, since it holds parsed schemas and
        templates, which may be what changed (`_keep_unchanged` keeps it after a change to specs alone)."""
        with self._lock:
            if self._version != self.watched.version:
                self._renderer, self._rendered = Renderer(["html"], self.watched.roots), {}
                self._version = self.watched.version
            if spec not in self._rendered:
                rendered = self._renderer.render(spec)
                rendered.problems = [replace(problem, file=self.shown(problem.file)) for problem in rendered.problems]
                self._rendered[spec] = rendered
            return self._rendered[spec]

    def page(self, route: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a path of this server; a failure is a page that tries again.

        Raised in the request, it left the browser with an empty answer, which has no reload script,
        and the terminal with a traceback."""
        try:
            return self._page(route)
        except Exception as exc:  # noqa: BLE001 - the page is where the preview's user looks
            body = (f"<h1>预览出错</h1><p>{html.escape(self.failed(exc))}</p>"
                    "<p>这一页每秒重试一次（文件正被改动、移动时会这样），好了会自动显示。</p>")
            return 500, "text/html; charset=utf-8", _PAGE.format(
                title="预览出错", body=body, reload=reload_script("", keeps_place=False)).encode("utf-8")  # no version is this page's

    def failed(self, exc: Exception) -> str:
        """What went wrong, said in the terminal unless it was just said; the server's own failures too."""
        message = (f"预览出错：{os_problem(exc)}" if isinstance(exc, OSError) else
                   f"jixiao 内部错误：{type(exc).__name__}: {exc}；请把这条消息报告给维护者")
        if message != self._said:
            self._say(message)
            self._said = message
        return message

    def _page(self, route: str) -> tuple[int, str, bytes]:
        if route == VERSION_PATH:
            return 200, "text/plain; charset=utf-8", self.version().encode()
        version = self.version()  # taken first: a change while the page is made reloads it once more
        reload, on_error = reload_script(version), reload_script(version, keeps_place=False)
        if self.watched.trouble is not None:
            return 200, "text/html; charset=utf-8", _cannot_preview("jixiao.yaml 有误", self.said_of(self.watched.trouble), on_error,
                                                                    back=route != "/")
        specs = self.watched.specs()
        address = unquote(route[len(FORM_PREFIX):]) if route.startswith(FORM_PREFIX) else None
        spec = {self.watched.address(name): name for name in specs}.get(address)
        try:
            if route == "/":
                return 200, "text/html; charset=utf-8", self._index(specs, reload)
            if spec is not None:
                return 200, "text/html; charset=utf-8", self._form(spec, reload, on_error)
        except JixiaoError as exc:
            return 200, "text/html; charset=utf-8", _cannot_preview("表样有误", self.said_of(exc), on_error)
        if address is None:
            body = '<h1>没有这一页</h1><p><a href="/">回到规格列表</a></p>'
            return 404, "text/html; charset=utf-8", _PAGE.format(title="没有这一页", body=body, reload="").encode("utf-8")
        return 404, "text/html; charset=utf-8", _spec_gone(address, on_error)

    def _index(self, specs: list[str], reload: str) -> bytes:
        gone = "".join(f'<p class="bad">{html.escape(self._gone_words(name))}；它回来后这一页会自动刷新。</p>'
                       for name in self.watched.gone())
        if not specs and gone:
            return _PAGE.format(title="jixiao 预览：没有规格", body=f"<h1>jixiao 预览：没有规格</h1>{gone}",
                                reload=reload).encode("utf-8")
        if not specs:
            return self._no_spec_yet(reload)
        items, broken = [], {}
        for spec in specs:
            try:
                rendered = self.render(spec)
            except JixiaoError as exc:  # its form's profile or schema: one broken form hid every spec of the others
                broken.setdefault(self.said_of(exc), None)
                rendered = Rendered(spec)
                state = '<span class="bad">表样有误，无法预览</span>'
            else:
                errors = sum(p.is_error for p in rendered.problems)
                state = (f'<span class="bad">{errors} 个错误，未能生成</span>' if errors
                         else f'<span class="warn">{len(rendered.problems)} 个警告</span>' if rendered.problems else "")
            name = html.escape(rendered.title or Path(spec).stem)  # not `stem`, where a unit a/b is a_b
            items.append(f'<li><a href="{FORM_PREFIX}{quote(self.watched.address(spec))}">{name}</a>　<small>{html.escape(spec)}</small>　{state}</li>')
        damaged = "".join(f'<p class="bad">{html.escape(said)}</p>' for said in self.damaged.values()) + "".join(
            f'<p class="bad">表样有误，无法预览：<code>{html.escape(said)}</code></p>' for said in broken)
        body = (f"<h1>jixiao 预览：{len(specs)} 个规格</h1><p>保存规格、表样、schema 或 jixiao.yaml 后，打开的页面会自动刷新。</p>"
                f"{gone}{damaged}{self._saved_as_text()}<ul>{''.join(items)}</ul>")
        return _PAGE.format(title="jixiao 预览", body=body, reload=reload).encode("utf-8")

    def _gone_words(self, name: str) -> str:
        """What a folder or file given to serve that is not there now (`Watched.gone`) is said to be."""
        return f"{'文件夹' if self.watched.was_folder(name) else '规格'} {name} 不见了：它可能已被改名、移动或删除"

    def _no_spec_yet(self, reload: str) -> bytes:
        """The index while there is no spec: how to make one, where this page will list it when saved.

        A unit's first day after `jixiao init` has no spec; serve stopped there with a usage error, so
        the preview could not be open to watch the first spec take shape."""
        places = self.watched.awaited or self.watched.paths
        awaited = os.path.normpath(places[0]) if places else DEFAULT_SPECS  # nothing given: where `new` would write
        folder = html.escape(awaited)
        # the folder is escaped, so each command is
        hint = self._saved_as_text() or (
            f'<p>{how_to_start(folder, lambda command: f"<code>{command}</code>", missing=not Path(awaited).is_dir())}</p>')
        body = (f"<h1>jixiao 预览：{NO_SPEC_YET}</h1>{hint}"
                f"<p>规格新建、改名或保存到 {folder}/ 后，这一页会自动刷新并列出它。</p>")
        return _PAGE.format(title=f"jixiao 预览：{NO_SPEC_YET}", body=body, reload=reload).encode("utf-8")

    def _saved_as_text(self) -> str:
        """The warning for each spec saved as `gz.yaml.txt` (command_paths.saved_as_text_warning), on the index: the
        terminal says it once, and the clerk looking at the page saw gz.yaml in the folder and not in the list."""
        return "".join(f'<p class="warn">{html.escape(saved_as_text_warning(self.shown(path)))}</p>'
                       for path in self.watched.as_text)

    def _form(self, spec: str, reload: str, on_error: str) -> bytes:
        rendered = self.render(spec)
        if rendered.ok and "html" in rendered.files:
            panel = _warnings_panel(rendered.problems) if rendered.problems else ""
            return _with_preview_parts(rendered.files["html"].decode("utf-8"), panel, reload).encode("utf-8")
        body = (f"<h1>{html.escape(spec)} 有错误，未能生成</h1><p>改正后保存，这一页会自动刷新。"
                f'<a href="/">回到规格列表</a></p>{as_html_list(rendered.problems)}')
        return _PAGE.format(title=f"{html.escape(spec)}：有错误", body=body, reload=on_error).encode("utf-8")


def _none_failing(specs: int) -> str:
    """What the update line says of `specs` specs previewed that have no error: `1 个规格都没有错误` said 都 of one."""
    return f"：{specs} 个规格都没有错误" if specs > 1 else "：1 个规格，没有错误" if specs else ""


def _has_no_form(preview: Preview, spec: str) -> bool:
    """Whether the form a spec names is none there is (FORM-UNKNOWN); a form that is there but broken is another
    matter, which its page says."""
    try:
        return any(problem.code == "FORM-UNKNOWN" for problem in preview.render(spec).problems)
    except JixiaoError:
        return False


def _form_named(spec: str):
    """What a spec's `form:` says, as written."""
    data = load(spec).data
    return data.get("form") if isinstance(data, dict) else None


def _dropped(name: str) -> bool:
    """Whether a file changed is a form's profile.yaml deleted: the form is gone, unless another folder's of its
    name took over (`_switched`, said apart)."""
    return Path(name).name == PROFILE_FILE and not Path(name).exists()


def _drop_words(profile: Path, removed: list[str], shown: Callable[[Path], str]) -> str:
    """What a form gone with its profile.yaml is said to be: its other files left the watched ones, unchanged, and
    were listed as changed, which did not say that the form could no longer be used. Saving profile.yaml back brings
    it back only while its other files are there: its folder removed (`rm -r`, moved away), the folder is said gone,
    not each file in it; others of its files removed are listed apart (`removed`)."""
    folder = profile.parent
    if not folder.exists():
        return f"表样文件夹 {shown(folder)} 已删除，表样“{folder.name}”不能再用了"
    back = "" if any(Path(name).parent == folder for name in removed) else "（保存回 profile.yaml 即恢复）"
    return f"{shown(profile)} 已删除，表样“{folder.name}”不能再用了{back}"


def _switch_words(left: Path, taken: Path, removed: bool, shown: Callable[[Path], str]) -> str:
    """What a form taken from another folder (`_switched`) is said to be in the terminal."""
    if removed:
        what = shown(left / PROFILE_FILE) if left.exists() else f"表样文件夹 {shown(left)}"
        return f"{what} 已删除，表样“{left.name}”现在用的是 {shown(taken)} 里的同名表样"
    return f"{shown(taken / PROFILE_FILE)} 已保存，表样“{taken.name}”现在用的是它，不再是 {shown(left)} 里的同名表样"


def _with_preview_parts(page: str, panel: str, reload: str) -> str:
    """A form's page with the warnings panel at the top of its body and the reload script at its end.

    A project's own form may write `<BODY class="…">`, or leave `</body>` out as HTML allows: only an
    exact `<body>` and `</body>` were looked for, so its page never reloaded and showed no warnings,
    without a word. With no body tag the panel goes at the end, where it is seen still."""
    end = max((found.start() for found in _BODY_END.finditer(page)), default=len(page))
    start = _BODY_START.search(page, 0, end)
    if start is None:
        return page[:end] + panel + reload + page[end:]
    return page[:start.end()] + panel + page[start.end():end] + reload + page[end:]


def _spec_gone(spec: str, reload: str) -> bytes:
    """The page of a spec that is not there (now): renamed, moved, deleted, or between an editor's steps.

    Vim saves by renaming the file and writing it anew; a reload in between got a page with no
    reload script, which stayed there after the file was back."""
    body = (f"<h1>没有这一页</h1><p>规格 {html.escape(spec)} 不在预览的规格中：它可能已被改名、移动或删除。"
            f'它回来后这一页会自动刷新。<a href="/">回到规格列表</a></p>')
    return _PAGE.format(title="没有这一页", body=body, reload=reload).encode("utf-8")


def _cannot_preview(what: str, said: str, reload: str, back: bool = True) -> bytes:
    """A form's profile or schema, or jixiao.yaml, that cannot be used (`said`, its error), said where the preview's
    user looks.

    It stops every command that reads it, as `validate` says; raised in a request it left the
    browser with no answer and the terminal with a traceback, and the page stopped reloading. `back` false on the
    index itself, whose link back to the list of specs led to this page again."""
    link = '<a href="/">回到规格列表</a>' if back else ""
    body = (f"<h1>{what}，无法预览</h1><p>改正后保存，这一页会自动刷新。"
            f'{link}</p><p class="bad"><code>{html.escape(said)}</code></p>')
    return _PAGE.format(title=what, body=body, reload=reload).encode("utf-8")


def _warnings_panel(problems) -> str:
    """The warnings of a form that was generated, above it on screen and never on paper.

    `build` prints them in the terminal, which the preview's user is not looking at; a 未填写
    placeholder or a mistyped quote would otherwise only show when the form is built."""
    return ('<details open class="jixiao-warnings" style="font:14px/1.6 sans-serif;color:#8a5a00;'
            'background:#fff8e1;border:1px solid #f0c36d;padding:.5em 1em;margin:0 0 1em">'
            f"<summary>{len(problems)} 个警告（只在预览中显示，不会印在表上）</summary>{as_html_list(problems)}</details>"
            "<style>@media print{.jixiao-warnings{display:none}}</style>")


def watch(preview: Preview, stop: threading.Event, on_change) -> None:
    """Poll the watched files until `stop` is set; call on_change() after each change."""
    while not stop.wait(POLL_SECONDS):
        if preview.refresh():
            on_change()
