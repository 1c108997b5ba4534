"""Incremental builds: a manifest of content hashes in the output folder.

Every file a build writes is recorded with the hash of everything that decided it — the spec's
bytes, its variant's files (schema, the schemas it refers to, profile, templates) and jixiao's own code — and
with its size and modification time as written, and the hash of its own bytes. A spec is skipped when each
format asked for has a file written from the current hash that is still there as written, or changed by hand
since (signed in Word: left as it is, said on every build, see `fresh`); once its inputs change, such a file is renamed aside
before the form is written again (`set_aside_if_changed`), as is a kept file (below) whose name a spec makes again. Size and time alone
decide when they match, so a no-op rebuild reads no file; when they differ, the file's bytes are compared
with the hash before it is called changed: a file merely touched, copied with its times reset, or written
again with the same bytes by another build, is as jixiao wrote it (by size and time alone such files were
"changed by hand" and kept as stale forms). A manifest from before the hashes were kept has stat alone.
A file found changed keeps, beside its record, the stamp it had when its bytes were hashed and that hash
(`edit_hashes`): read whole on every no-op rebuild, each signed form (tens of MB with a scanned signature) cost
every build its read. It is read again only once that stamp changes: size, modification time, and also the
inode-change time and the inode (`_edit_stamp`). Size and time alone were not enough here: an older copy this
folder's builds set aside, put back over the form with `cp -p` or `touch -d` to the same size and time, was taken
for the cached edit and kept as the user's work, where reading it showed a set-aside copy, to be rebuilt and set
aside again (`_set_aside_before`). No tool sets the change time, which any write, `touch` or rename moves. On
Windows `st_ctime` is the file's creation time, which a copy over an existing file keeps: there a copy put back
in place, at the same size and time, is still taken for the cached edit. It is then kept and said as changed,
as the edit was, never written over: a hash of an edit is never taken for the written one (those are told apart
by the recorded hash).
Checking needs no YAML parsing and no Word library, so a no-op rebuild stays cheap; and since the
hash leaves out the formats asked for, a build in fewer formats, or back in the usual ones after a
PDF, skips the specs whose files in those formats are current.

The record holds, per spec, every file jixiao wrote for it and has not removed yet, whatever the
format and whether or not that build failed. So a form whose name changed, or whose spec is gone, is
removed rather than left in the folder to be submitted by mistake; so is a file in a format not built
this time that was written from other inputs (the PDF of an earlier `--format pdf` once the amounts
changed), and every form of a spec whose edit fails to build. A spec that fails without having been edited
(its form's template broken, a rule new in jixiao) keeps its forms, listed in `unchanged`: the key starts
with the spec's own hash, so a build tells a form written from the spec as it is from one written before
its edit, and a form whose figures are the spec's is no stale form. Only recorded files are removed, and only
as jixiao wrote them: one changed since (a signature or a note added by hand) is the user's work, so it is
left in place, dropped from the record and listed in `kept` for the build to warn that it no longer
matches the spec. Its name stays in the manifest's own list of kept files, and every later build names it
again (`still_kept`) while it is in the folder: warned of once, a stale form sat among the current ones for
good with nothing saying so, to be submitted by mistake months later. Deleted or moved out of the folder,
or written again by jixiao, it leaves the list. A file that cannot be removed (open in Word, which on
Windows locks it) keeps its record, so the next build tries again, and is listed in `unremoved` for the build to warn of: one old form
is no reason to stop the build.

A spec whose forms were written under a taken name (`…（label）`, see build.py) is listed in `suffixed` with the name it
was due, so the build can tell, without rendering it, whether the name it holds is still the one it gets: once the spec
holding the plain name is deleted, it takes that name back rather than keep the label. A spec whose forms bear their
form's own name is listed in `plain` with it, so it keeps the name against a spec added since (`holds_plain_name`),
through a failed edit that removed its forms, and renamed unedited; known only by its files, it lost the name to a
shorter one at the build after its failed edit or `git mv`. The form's name that plain file name was made from,
unshortened, is kept beside it (`plain_titles`): while the holder's errors keep its name from being read, a spec making
the same shortened name is told apart from that one (`plain_title`); told apart from nothing, it was named without it
and renamed once the holder's error was put right. Each file belongs to one spec: a file two records claim (left by a
build before specs built alone were kept off other specs' names) is trusted as neither's, so both specs are built again;
it is as written only when its bytes are as recorded (a form signed there is set aside, or kept once neither spec makes
it: its stamp forgotten, it was written over and deleted). A file a spec's build gave up is removed at the end of the
build, and only if no spec's record claims it by then: a name passed from one spec to another within a build (the plain
name going to a spec that outranks its holder) is no file removed.

A file to be written over that was changed by hand is first renamed `X（修改过）.docx` (`（修改过2）`… when that name is
taken).

Each spec's last build also leaves what it said of the spec, in `said`: its warnings and 提示 (file, line, column,
severity, code, message, path: all a line of the report is printed from), how many of them validate says (`validated`,
which `build --leave-to-validate` leaves to validate), and the key they were said from. A skipped spec says them
again in their place, counted in the summary: left unsaid, an incremental build's summary said `1 个错误` where the full
one said `1 个错误，1 个警告`, a warning gone without anything fixed. Validating skipped specs again to say them cost a
no-op rebuild of 500 specs, each warned of its schema line, 7.55 s instead of 0.28 s. Not kept: BUILD-NAME-TAKEN, which
a skipped spec is checked for anew, and BUILD-PDF-NO-CHINESE-FONT, said of this build's first PDF, of the machine.
Errors are never kept: a spec that failed is not skipped. A spec is skipped only with a record from its current key: one
from an older jixiao has none (nor could its keys match: they hold jixiao's code, `code_hash`), nor has a spec whose
build was stopped after its files were written; they are built again, which says everything, rather than skipped silent.

What the keys cover. A form's key (`key`) is the hash of everything the form is made from: the spec's bytes, its
variant's files, jixiao's version and its code (`code_hash`). A warning may depend on more, so the record of what was
said holds, beside that key, what else its warnings were said from, and a skipped spec says them again only while each
is as it was (`said_before`):
- the folder jixiao ran in (`cwd`): paths in a message are shown from there (schema_line.shown), so a spec given by its
  full path and built from another folder is the same spec by the same path, and its warning names other paths;
- the spec's path as given (`spec`): a problem's place names the spec as the command line did;
- the formats (`formats`): a template's warnings are said only when its format is built (`--format docx` renders no
  form.html);
- the stamp of each file read besides the spec (`outside`): SCHEMA-LINE reads the file the spec's first line names (a
  copy written since with `jixiao schema -o` mends it);
- the hash of the project around the spec (`project`, see `_project`): its root, the nearest folder above it holding
  `.git` or `jixiao.yaml`, which SCHEMA-LINE's verdict and advice go by; the jixiao.yaml nearest that root, which says
  where to run `jixiao schema`; and the path and bytes of the settings this build read (the jixiao.yaml found from the
  current folder), whose `schemas:` SCHEMA-LINE's advice reads. Both can appear after a build without any file the
  spec names changing (a `git init`, a `jixiao init` above the specs). It is worked out once per folder of specs and
  the settings read once per build, so a no-op rebuild of 500 specs in one folder pays one look-up.
When any differs, the build renders that spec again without its forms (none is written again: a form signed in Word
stays; the templates are checked, not rendered, at about the cost of validating it) and keeps what it says instead.
Left alone: a virtual environment appearing around a schema copy, which SCHEMA-LINE's advice also reads; a build with
`--force` says it anew.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from pathlib import Path

from . import interrupt, schema_line, version
from . import project as projects
from .errors import FormError
from .hidden_files import hide
from .problems import Problem, Severity
from .variants import Catalog
from .write import atomic_write, safe_name

FILE_NAME = ".jixiao-manifest.json"
_FORM_LINE = re.compile(rb"^form:[ \t]*[\"']?([A-Za-z0-9_.-]+)", re.MULTILINE)


@functools.cache
def code_hash() -> str:
    """The hash of jixiao's own modules: a checkout updated with `git pull` keeps its version number,
    and with the version alone its forms were skipped as current though the code that renders them
    had changed. Read once per process (about 50 small files, a few milliseconds)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def variant_hash(catalog: Catalog, name: str) -> str | None:
    """The hash of a variant's files (see Catalog.files), or None when they cannot be known (no such
    form, a schema that cannot be read, a file gone while read): its specs are then built, or its
    templates checked, and that says what is wrong."""
    try:
        files = catalog.files(name)
    except FormError:
        return None
    digest = hashlib.sha256()
    for file in files:
        try:
            digest.update(file.name.encode() + b"\0" + file.read_bytes())
        except OSError:
            return None
    return digest.hexdigest() if files else None


class Manifest:
    """The files jixiao wrote into an output folder: per spec, each file's name and the key it was written from."""

    def __init__(self, out_dir: Path, catalog: Catalog, formats: list[str]):
        self.path = Path(out_dir) / FILE_NAME
        self.catalog = catalog
        self.formats = formats
        self._variant_hashes: dict[str, str | None] = {}
        self._folder = self.path.parent.resolve()
        self._sources: dict[str, str] = {}  # spec path as given -> as recorded: resolving costs a system call a step
        self._folders: dict[str, str] = {}  # spec path as given -> its folder, resolved (`_source`)
        self._projects: dict[str, str] = {}  # a spec's folder, resolved -> its `_project`
        (files, self.stamps, suffixed, self.hashes, kept, copies, self.aside_hashes, self.edit_hashes,
         said, plain, titles) = _load(self.path)
        self.said: dict[str, dict] = said  # spec (as recorded) -> what its last build said of it (see the docstring)
        self._said_again = False  # a skipped spec validated again (`said_again`): its record is worth saving
        self._cwd = os.getcwd()
        self._kept_before = sorted(kept)  # files an earlier build kept as changed by hand, as recorded
        self.edited: list[Path] = []  # current files changed by hand, left in place (`fresh`): said on every build
        self._copies_before = dict(copies)  # copies set aside by earlier builds -> the file each was (`copies_left`)
        self._read_hashes: dict[str, str] = {}  # file name -> its bytes' hash, as `_as_written` read them this build
        self.suffixed: dict[str, str] = suffixed  # specs (as recorded) whose forms bear a label -> the name they were due
        self.unremoved: list[tuple[Path, OSError]] = []  # outdated files left in place, and why
        self.kept: list[Path] = []  # outdated files left in place because they were changed after being written
        self.unchanged: list[Path] = []  # a failed spec's files left in place because the spec is as they were written from
        self.set_aside: list[tuple[Path, Path]] = []  # files changed by hand that a build was to write over -> renamed to
        self._spec_hashes: dict[str, str] = {}  # spec path as given -> the hash of its bytes, as `key` read them
        self._given_up: list[tuple[str, dict[str, str | None]]] = []  # files records gave up, removed at `prune`
        self.files: dict[str, dict[str, str | None]] = {}
        for source, names in files.items():  # absolute in manifests written before: made relative
            recorded = self._source(source) if Path(source).is_absolute() else source
            self.files.setdefault(recorded, {}).update(names)
        if plain is None:  # a record from before `plain` was kept: each spec with files and no label holds its name
            plain = {source: Path(min(names)).stem for source, names in self.files.items()
                     if names and source not in self.suffixed}
        self.plain: dict[str, str] = plain  # specs (as recorded) whose forms bear their form's own name -> that name
        # of those, the form's name that name was made from, unshortened (none recorded before it was kept)
        self.plain_titles: dict[str, str] = {source: title for source, title in titles.items() if source in plain}
        self.restamped = False  # a stamp taken again for a file whose bytes are as written, or an edit hashed: worth saving
        for name in _claimed_twice(self.files):  # trusted as neither's: both specs built again, a signed form set aside
            if name in self.stamps:
                self.stamps[name] = _STAMP_LOST
            for source, names in self.files.items():
                if name in names:
                    self.said.pop(source, None)

    def key(self, spec_path: str) -> str | None:
        """The content hash of one spec's inputs, or None when it cannot be known cheaply: the hash of the
        spec's bytes, `:`, and that of the rest (its variant's files, jixiao's version and code). Apart, the
        spec's own tells a build that fails whether the spec was edited since its forms were written.
        None for a name that is no file (a named pipe `x.yaml` would wait, which its build then says; a pipe typed,
        `jixiao build <(git show HEAD:specs/x.yaml)`, reads once: hashed here, its build read it empty, FILE-EMPTY)."""
        if not os.path.isfile(spec_path):
            return None
        try:
            data = Path(spec_path).read_bytes()
        except OSError:
            return None
        spec = self._spec_hashes[spec_path] = hashlib.sha256(data).hexdigest()
        form = _FORM_LINE.search(data)
        variant = self._variant_hash(form.group(1).decode()) if form else None
        if variant is None:
            return None
        rest = hashlib.sha256(f"{variant}|{version()}|{code_hash()}".encode())
        return f"{spec}:{rest.hexdigest()}"

    def _variant_hash(self, name: str) -> str | None:
        if name not in self._variant_hashes:
            self._variant_hashes[name] = variant_hash(self.catalog, name)
        return self._variant_hashes[name]

    def fresh(self, spec_path: str, key: str | None) -> list[Path] | None:
        """The spec's files in the asked formats when each was written from `key` and still exists, else None.

        A file changed by hand since (signed in Word) is current too: written again from the same inputs it was
        renamed （修改过） beside a form with the same figures, and each later signature added another copy. It is
        left as the user made it, and listed in `edited` on every build that finds it, for the build to say so: said
        once, later builds were silent about a form that differs from what its spec makes. A build with `--force`,
        or once its inputs change, writes the form again and sets it aside first. A file whose bytes are those of a
        copy set aside before (`_set_aside_before`) is not current: the signed old form, moved back over the one
        written from the edited spec, was left as "signed, inputs unchanged" with the old figures.

        Also None while the record holds a file under another name, written by a build that failed
        from these inputs: only a build that succeeds removes it, so the spec is not skipped until one has."""
        if key is None or self.said.get(self._source(spec_path), {}).get("key") != key:
            return None
        files = self.files.get(self._source(spec_path), {})
        current = {Path(name).suffix[1:]: name for name, written_from in files.items() if written_from == key}
        if not all(kind in current for kind in self.formats):
            return None
        outputs = [self.path.parent / current[kind] for kind in self.formats]
        stems = {p.stem for p in outputs}
        try:
            edited = [p for p in outputs if not self._as_written(p)]
            if (all(map(self._tells_change, edited)) and not any(map(self._set_aside_before, edited))
                    and all(Path(name).stem in stems for name in files)):
                self.edited += edited
                return outputs
        except OSError:  # a file that cannot be read to compare: built again, and a failure to write it said
            pass
        return None

    def due_name(self, spec_path: str, kept: list[Path]) -> str:
        """The file name (without extension) a spec `fresh` returned `kept` for was due: the name its form's
        `file_name` makes, before the label added for a name another spec held."""
        return self.suffixed.get(self._source(spec_path)) or kept[0].stem

    def holds_plain_name(self, spec_path: str) -> bool:
        """Whether `spec_path`'s forms were last written under their form's own name, not a label's (`plain`): such a
        spec keeps that name against a spec added since (`Builder` ranks it first). Ranked by `claims_first` alone, a
        new spec with a shorter file name took the plain name on the next build, and the form the clerk had submitted
        (or signed) was renamed `…（its file name）` under them. Kept while an edit fails to build and its forms are
        removed (the name is the spec's again once it is put right), and passed to the holder renamed (`_renamed_holder`)."""
        return self._source(spec_path) in self.plain or self._renamed_holder(spec_path)

    def _renamed_holder(self, spec_path: str) -> bool:
        """Whether a spec with no record is a holder of the plain name gone since, renamed or moved (`git mv`): one last
        built from the same bytes. Edited as well, it is a new spec: nothing tells which of the gone ones it was."""
        spec = self._spec_hashes.get(spec_path)
        if spec is None or self._source(spec_path) in self.files:
            return False
        for source in self.plain:
            keys = [*self.files.get(source, {}).values(), self.said.get(source, {}).get("key")]
            if any((key or "").partition(":")[0] == spec for key in keys) \
                    and not os.path.isfile(self.path.parent / source):
                return True
        return False

    def labelled_as(self, spec_path: str, due: str) -> str | None:
        """The name (without extension) a spec's forms were last written under with a label, when the name they were
        due then was `due` as well; None otherwise."""
        source = self._source(spec_path)
        stems = {Path(name).stem for name in self.files.get(source, {})}
        return stems.pop() if self.suffixed.get(source) == due and len(stems) == 1 else None

    def plain_title(self, spec_path: str) -> str | None:
        """The form's name, unshortened, that the plain file name `spec_path`'s forms were last written under was made
        from (`plain`); None when they bear a label, or the record is from before it was kept, or the name recorded does
        not make that file name (a hand's edit, records merged): taken as it was, another unit's name typed there was
        said to be the holder's as last built, and a spec added beside it was written under a name shortened to keep
        where it differs from that one, to be renamed once the holder's error was put right."""
        source = self._source(spec_path)
        title = self.plain_titles.get(source)
        return title if title and safe_name(title, Path(source).stem) == self.plain.get(source) else None

    def stems_of(self, spec_path: str) -> set[str]:
        """The file names (without extension) the record holds for a spec, as its last builds left them, and its form's
        own name if it holds it (`plain`), though a failed edit removed the forms written under it."""
        source = self._source(spec_path)
        return {Path(name).stem for name in self.files.get(source, {})} | ({self.plain[source]} if source in self.plain else set())

    def held_elsewhere(self, spec_paths: list[str]) -> dict[str, str]:
        """The file names (without extension, casefolded) the record holds for specs not among `spec_paths` that
        still exist, each with that spec's path (by way of the output folder) for a report to name it.

        A spec built alone keeps off them: taking one, it overwrote the other spec's form, the one submitted."""
        building = {self._source(path) for path in spec_paths}
        held = {}
        for source, names in self.files.items():
            spec = self.path.parent / source
            if source not in building and os.path.isfile(spec):
                held.update((Path(name).stem.casefold(), os.path.normpath(spec)) for name in names)
        return held

    def _as_written(self, path: Path) -> bool:
        """Whether a file is as jixiao wrote it: its size and time as recorded or, where they differ, its bytes'
        hash. A file found so is stamped again, so the next build's look at it is a stat again."""
        if not path.is_file():
            return False
        stamp = _stamp(path)
        if self.stamps.get(path.name) == stamp:
            return True
        recorded = self.hashes.get(path.name)
        if recorded is None or path.name not in self.stamps:
            return False
        digest = self._read_hashes[path.name] = self._hash_at(path)
        if digest != recorded:
            return False
        self.stamps[path.name] = stamp
        self.edit_hashes.pop(path.name, None)
        self.restamped = True
        return True

    def _hash_at(self, path: Path) -> str:
        """The hash of a file's bytes: the one taken when it was found changed with the same `_edit_stamp` (see the
        module's docstring), else read, and kept so when the file is not as written."""
        stamp = _edit_stamp(path)
        taken = self.edit_hashes.get(path.name)
        if taken is not None and taken["stamp"] == stamp:
            return taken["hash"]
        digest = _content_hash(path)
        if digest != self.hashes.get(path.name):
            self.edit_hashes[path.name] = {"stamp": stamp, "hash": digest}
            self.restamped = True
        return digest

    def _changed_since_written(self, path: Path) -> bool:
        """Whether a file is no longer as jixiao wrote it (`_as_written`: its stamp, then its bytes). A file with
        no stamp recorded (a manifest from before stamps were kept) is taken as written, as it was before."""
        return path.name in self.stamps and path.is_file() and not self._as_written(path)

    def _known_changed(self, path: Path) -> bool:
        """Whether jixiao can tell a file's bytes differ from those it wrote: its recorded hash differs, or, in a
        manifest from before hashes were kept, its size. Such a manifest with a file merely touched or copied (the
        same size, another time) had every form renamed （修改过） and named on every build after; the file is
        written over instead, as before renaming, and its hash recorded then."""
        return not self._as_written(path) and self._tells_change(path)

    def _tells_change(self, path: Path) -> bool:
        """Of a file not `_as_written`, whether that is known for a change rather than for want of a record."""
        if path.name not in self.stamps or not path.is_file():
            return False
        return path.name in self.hashes or path.stat().st_size != self.stamps[path.name][0]

    def _set_aside_before(self, path: Path) -> bool:
        """Of a file not `_as_written`, whether its bytes are those of a copy a build renamed aside from its name: an
        older version moved back, written from other inputs. Its hash was read by `_as_written`, so no file is read again."""
        return self._read_hashes.get(path.name) in self.aside_hashes.get(path.name, ())

    def set_aside_if_changed(self, path: Path, data: bytes) -> None:
        """Before a build writes `data` to `path`, rename the file there to a free `（修改过）` name when it is not as
        jixiao last wrote it: changed since (`_known_changed`), or kept by an earlier build as changed by hand; but not
        when it holds `data` already, no edit to lose. A build whose record could not be saved (a full disk) left its
        forms beside the older record: the next build renamed each （修改过）, a copy of the form it wrote again.

        A kept form was never removed, but once its spec's name came back to it (the year or unit changed back) the
        build wrote over it, and the signature or note added by hand was lost without a word; so was one added to a
        current form, which a rebuild replaced. The copy is recorded as set aside (`copies_left`), not as a kept
        stale form: it may hold the current figures, and was warned of as an old form on every build. A file jixiao
        has no record of (no manifest, or one unreadable) is written over as before: every form there would be set
        aside. A rename that fails (the file open in Word) is raised, for the build to say
        that the file could not be written; nothing is then written over it."""
        kept = path.name in self._kept_before or path in self.kept
        if not (self._known_changed(path) or (kept and os.path.isfile(path))):
            return
        digest = _content_hash(path)
        if digest == hashlib.sha256(data).hexdigest():
            return
        copy = self._free_copy_name(path)
        os.rename(path, copy)
        self._forget(path.name)
        self.set_aside.append((path, copy))
        if digest not in self.aside_hashes.setdefault(path.name, []):
            self.aside_hashes[path.name].append(digest)

    def _free_copy_name(self, path: Path) -> Path:
        """`X（修改过）.docx` beside `X.docx`, or `X（修改过2）.docx`… when a file or a record holds that name."""
        claimed = {name for recorded in self.files.values() for name in recorded}
        n = 1
        while True:
            copy = path.with_name(f"{path.stem}（修改过{n if n > 1 else ''}）{path.suffix}")
            if copy.name not in claimed and not os.path.lexists(copy):
                return copy
            n += 1

    def wrote(self, spec_path: str, key: str | None, outputs: list[Path], due: str | None = None,
              title: str = "") -> None:
        """Remember files a build wrote, beside those of the spec's earlier builds, and the name they were `due`
        when they bear a label added to a taken name, else the form's name, unshortened, they were named by (`title`).

        For a build that failed, what it did write must be known so that a later build can remove it;
        its earlier files written from other inputs go with `drop_outdated`, as a successful build's do.
        A spec that is no file is not recorded: built from a pipe (`jixiao build <(git show HEAD:specs/x.yaml)`),
        its source `pipe:[…]` is no file for `prune`, which removed the form just written as built from a spec gone."""
        if not os.path.isfile(spec_path):
            return
        source = self._source(spec_path)
        self.files.setdefault(source, {}).update((p.name, key) for p in outputs)
        if not outputs:  # a build that wrote nothing (an error) says nothing of the names its earlier files bear
            return
        if due is None:
            self.suffixed.pop(source, None)
            self.plain[source] = outputs[0].stem
            if title:
                self.plain_titles[source] = title
            else:  # named after the spec's own file, its pattern giving no name: none to keep
                self.plain_titles.pop(source, None)
        else:
            self.suffixed[source] = due
            self.plain.pop(source, None)
            self.plain_titles.pop(source, None)
        for path in outputs:
            self.edit_hashes.pop(path.name, None)  # the bytes are jixiao's again
            if path.is_file():
                stamp = _stamp(path)
                if self.stamps.get(path.name) != stamp or path.name not in self.hashes:  # once per file written
                    self.hashes[path.name] = _content_hash(path)
                self.stamps[path.name] = stamp

    def record(self, spec_path: str, key: str | None, outputs: list[Path], due: str | None = None,
               title: str = "") -> None:
        """Remember what a spec's successful build wrote. The files its earlier builds wrote under other names
        (the unit, year or title changed, or the plain name went to another spec) are given up, and `prune`
        removes them: left beside the new ones, a stale form could be the one submitted. Files under the same
        name in other formats are left to `drop_outdated`."""
        self.wrote(spec_path, key, outputs, due, title)
        source = self._source(spec_path)
        stems = {p.stem for p in outputs}
        files = self.files.get(source, {})  # none for a spec that is no file (`wrote`)
        self._given_up.append((source, {name: files.pop(name) for name in list(files) if Path(name).stem not in stems}))

    def remember_said(self, spec_path: str, key: str | None, warnings: list[Problem], validated: int,
                      outside: list[str]) -> None:
        """Keep what a build said of a spec from `key` (see the module's docstring): its `warnings`, the first
        `validated` of which validate says, and with them the folder, the path as given and the stamps of the
        `outside` files they were said from. A spec that is no file, or whose key is not known, is never skipped."""
        if key is None or not os.path.isfile(spec_path):
            return
        self.said[self._source(spec_path)] = {
            "key": key, "cwd": self._cwd, "spec": spec_path, "project": self._project(spec_path),
            "formats": self.formats, "validated": validated,
            "warnings": [[p.file, p.line, p.column, p.severity.value, p.code, p.message, p.path] for p in warnings],
            "outside": {path: _stamp_or_none(Path(path)) for path in outside}}

    def said_before(self, spec_path: str) -> tuple[list[Problem], int, bool]:
        """What the last build said of a skipped spec (`fresh` made sure there is a record from its key): its
        warnings, how many of the first of them validate says, and whether they are to be said as they are (the
        same folder, the spec given by the same path, each `outside` file as it was, the same project around it, the
        same formats, whose templates' warnings they hold), not found again."""
        record = self.said[self._source(spec_path)]
        warnings = [Problem(file, line, column, Severity(severity), code, message, path)
                    for file, line, column, severity, code, message, path in record["warnings"]]
        current = (record["cwd"] == self._cwd and record["spec"] == spec_path and record.get("formats") == self.formats
                   and record.get("project") == self._project(spec_path)
                   and all(_stamp_or_none(Path(path)) == stamp for path, stamp in record["outside"].items()))
        return warnings, record["validated"], current

    def _project(self, spec_path: str) -> str:
        """The hash of what a spec's warnings take from the project around it, besides its files (see the module's
        docstring): its root (schema_line.project_root), which SCHEMA-LINE's verdict and advice go by; the jixiao.yaml
        nearest that root, which says where to run `jixiao schema`; and the settings this build read
        (`_settings`). Worked out once per folder of specs: a no-op rebuild of 500 specs in one folder looks up
        their project once."""
        self._source(spec_path)
        folder = self._folders[str(spec_path)]
        if folder not in self._projects:
            root = schema_line.project_root(Path(folder) / Path(spec_path).name)
            around = [str(root), str(projects.find(root)), *self._settings]
            self._projects[folder] = hashlib.sha256("\0".join(around).encode("utf-8", "surrogatepass")).hexdigest()
        return self._projects[folder]

    @functools.cached_property
    def _settings(self) -> tuple[str, str]:
        """The project file this build's forms and settings were read from (the jixiao.yaml found from the current
        folder, Roots.project) and the hash of its bytes: its `schemas:` changes where SCHEMA-LINE may tell a spec
        to write its editor copy, its `lint:` what a PDF's advice says. One small file read per build."""
        file = self.catalog.roots.project
        try:
            return str(file), _content_hash(file) if file is not None else ""
        except OSError:
            return str(file), ""

    def said_again(self, spec_path: str, key: str | None, warnings: list[Problem], validated: int,
                   outside: list[str]) -> None:
        """`remember_said` of a skipped spec validated again: the record changed though no file did."""
        self.remember_said(spec_path, key, warnings, validated, outside)
        self._said_again = True

    def drop_outdated(self, spec_path: str, key: str | None, current: list[Path], failed: bool = False) -> list[Path]:
        """Remove the spec's files, other than `current`, that were written from other inputs; returns them.

        After a successful build these are formats not built this time: kept, the PDF of an earlier
        `--format pdf` went on showing the old amounts beside the Word and HTML files rebuilt from the
        edited spec, and a unit that submits the PDF sent them. After a `failed` build they are every
        form of the spec from before its edit: kept, the .docx with the old amounts sat in the folder
        with nothing saying so while the build reported the edited spec's error, and could be submitted.
        A file written from the current inputs stays: it is as current as the ones just built. So, after a
        failed build, does one written from the spec's bytes as they are now (listed in `unchanged`): what
        failed is the form's side or jixiao's (a template broken fails every spec, and took every good form
        with it), and the form holds the spec's figures still."""
        files = self.files.get(self._source(spec_path), {})
        names = {p.name for p in current}
        spec = self._spec_hashes.get(spec_path) if failed else None
        outdated = {}
        for name, written_from in list(files.items()):
            if name in names or (key is not None and written_from == key):
                continue
            if spec is not None and (written_from or "").partition(":")[0] == spec:
                self.unchanged.append(self.path.parent / name)
            else:
                outdated[name] = files.pop(name)
        return self._remove(self._source(spec_path), outdated)

    def prune(self) -> list[Path]:
        """Remove, once every spec of the build is recorded, the files records gave up (`record`) that no spec
        claims now, and what was built from specs that no longer exist (deleted or renamed); returns those files."""
        # os.path.isfile: Path.is_file() raises for a name too long, which a failed build of it recorded
        gone = [(source, self.files.pop(source)) for source in list(self.files)
                if not os.path.isfile(self.path.parent / source)]
        for source, _ in gone:
            self.suffixed.pop(source, None)
            self.plain.pop(source, None)
            self.plain_titles.pop(source, None)
        given_up, self._given_up = self._given_up, []
        return [path for source, files in given_up + gone for path in self._remove(source, files)]

    def _remove(self, source: str, files: dict[str, str | None]) -> list[Path]:
        """Delete the output files taken from `source`'s record that no recorded spec still claims; the ones deleted.

        One changed since jixiao wrote it stays, out of the record, and goes into `kept`: deleted, a form a
        clerk had signed or annotated by hand was lost with the edit that broke its spec. One that cannot be
        deleted goes back into the record, so the next build tries again, and into `unremoved`. One kept already is
        left: a file two records claimed came here once from each, and the second, its stamp forgotten, deleted it."""
        if not files:
            return []  # the common case, once per spec: not worth gathering every claimed name
        claimed = {name for recorded in self.files.values() for name in recorded} | {path.name for path in self.kept}
        removed = []
        for name, written_from in files.items():
            path = self.path.parent / name
            if name in claimed:
                continue
            try:
                if self._changed_since_written(path):
                    self.kept.append(path)
                    self._forget(name)
                    continue
                if path.is_file():
                    path.unlink()
                    removed.append(path)
            except FileNotFoundError:
                pass  # gone meanwhile: nothing left to remove
            except OSError as exc:
                self.files.setdefault(source, {})[name] = written_from
                self.unremoved.append((path, exc))
                continue
            self._forget(name)
        return removed

    def _forget(self, name: str) -> None:
        """Drop what tells a file as jixiao wrote it: a file no longer its, or claimed twice."""
        self.stamps.pop(name, None)
        self.hashes.pop(name, None)
        self.edit_hashes.pop(name, None)

    def _source(self, spec_path: str | Path) -> str:
        """A spec as recorded: its path from the output folder, so `specs/a.yaml` and `/home/…/specs/a.yaml`
        are one spec, and a project copied or checked out elsewhere, output folder and all, finds its
        record (keyed by absolute path, every spec of a moved project was built again). Written with
        `/` on every system; a spec on another drive than the output folder keeps its absolute path."""
        given = str(spec_path)
        if given not in self._sources:
            spec = os.path.realpath(spec_path)  # not Path.resolve(): before Python 3.13 a symlink loop raised RuntimeError
            self._folders[given] = os.path.dirname(spec)
            try:
                self._sources[given] = Path(os.path.relpath(spec, self._folder)).as_posix()
            except ValueError:  # Windows: no relative path between drives
                self._sources[given] = str(spec)
        return self._sources[given]

    def still_kept(self) -> list[Path]:
        """The files earlier builds kept as changed by hand that are still in the folder, no spec's now, and not
        kept again by this build (`kept` lists those): the build warns of each on every run, as of a stale form."""
        new = {path.name for path in self.kept}
        return [self.path.parent / name for name in self._kept_now() if name not in new]

    def _kept_now(self) -> list[str]:
        if not self._kept_before and not self.kept:
            return []  # the common case, on every build
        claimed = {name for recorded in self.files.values() for name in recorded}
        names = {*self._kept_before, *(path.name for path in self.kept)} - claimed
        return sorted(name for name in names if os.path.isfile(self.path.parent / name))

    def copies_left(self) -> list[Path]:
        """The copies earlier builds set aside (`set_aside_if_changed`) still in the folder and no spec's now: the
        build names them in one line, not as stale forms one by one (said once when set aside, a copy of a form
        changed by hand was the user's to merge and delete; called an old form not to be submitted on every build,
        each sign-and-rebuild added a line)."""
        return [self.path.parent / name for name in self._copies_now() if name in self._copies_before]

    def _copies_now(self) -> dict[str, str]:
        if not self._copies_before and not self.set_aside:
            return {}  # the common case, on every build
        claimed = {name for recorded in self.files.values() for name in recorded}
        copies = {**self._copies_before, **{copy.name: path.name for path, copy in self.set_aside}}
        return {copy: was for copy, was in sorted(copies.items())
                if copy not in claimed and os.path.isfile(self.path.parent / copy)}

    def _aside_hashes_now(self) -> dict[str, list[str]]:
        """The set-aside hashes of files a record still claims: only those `fresh` looks at, so the record does not
        grow with every form renamed or removed."""
        claimed = {name for recorded in self.files.values() for name in recorded}
        return {name: digests for name, digests in sorted(self.aside_hashes.items()) if name in claimed}

    def _edit_hashes_now(self) -> dict[str, dict]:
        """The hashes of changed files a record still claims, as `_aside_hashes_now` keeps the record from growing."""
        claimed = {name for recorded in self.files.values() for name in recorded}
        return {name: taken for name, taken in sorted(self.edit_hashes.items()) if name in claimed}

    def unsaved_changes(self) -> bool:
        """Whether the record changed though the build wrote and removed nothing: a file found as written by its
        bytes and stamped again, a changed file's bytes hashed, a skipped spec validated again, or a kept or
        set-aside file gone."""
        return (self.restamped or self._said_again or self._kept_now() != self._kept_before
                or self._copies_now() != self._copies_before)

    def save_unfinished(self) -> None:
        """Save the record of a build stopped early (Ctrl+C): what it wrote is recorded as it was written, and the
        files its specs gave up (`record`), which only `prune` removes, go back to their records, so the next
        build removes them; without this save every file it wrote stayed in the folder unknown to any build.
        Ctrl+C is held back meanwhile, and a save that fails leaves the earlier record and the stop as it was.
        A build that wrote nothing into a folder without a record leaves none: the folder its lock made for it is
        then removed (output_lock.held), and a record here would keep it (see `save`)."""
        for source, files in self._given_up:
            for name, written_from in files.items():
                self.files.setdefault(source, {}).setdefault(name, written_from)
        self._given_up = []
        with interrupt.held(), contextlib.suppress(OSError):
            self.save()

    def save(self) -> None:
        """Write the record; none into a folder without one while it would record no file: a build that wrote
        nothing (every spec failed, `-o new/out nosuch.yaml`) left an empty record, which kept the folder its lock
        made for it (output_lock.held). A folder that is not there (it could not be made) is still written to: the
        failure names the folder and why, in one line, rather than each form's."""
        if not any(self.files.values()) and not self._kept_now() and not self._copies_now() and not self.path.exists() \
                and self.path.parent.is_dir():
            return
        body = json.dumps({"jixiao": version(), "files": self.files, "stamps": self.stamps,
                           "hashes": self.hashes, "suffixed": self.suffixed, "plain": self.plain,
                           "plain_titles": self.plain_titles, "kept": self._kept_now(),
                           "set_aside": self._copies_now(),
                           "set_aside_hashes": self._aside_hashes_now(), "edit_hashes": self._edit_hashes_now(),
                           "said": {source: said for source, said in self.said.items() if self.files.get(source)}},
                          ensure_ascii=False, indent=1, sort_keys=True)
        # a spec's file name that is not UTF-8 holds lone surrogates: written as the JSON escapes they read back as
        atomic_write(self.path, body.encode("utf-8", "backslashreplace"), hidden=True)  # its dot hides it only on Unix

    def keep_hidden(self) -> None:
        """Hide a record this build does not rewrite, if it is not hidden yet (Windows only, hidden_files): one
        written before jixiao hid it stayed listed beside the forms while builds found nothing to change."""
        hide(self.path)


def _stamp(path: Path) -> list[int]:
    """A written file's size and modification time: what changes when anything rewrites it."""
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def _stamp_or_none(path: Path) -> list[int] | None:
    """A file's `_stamp`, or None when there is none to take (no such file): what a warning read outside the spec."""
    try:
        return _stamp(path)
    except OSError:
        return None


def _edit_stamp(path: Path) -> list[int]:
    """A changed file's size, modification time, inode-change time and inode: what its cached hash is kept with.
    `cp -p` and `touch -d` set the modification time but move the change time, and a file moved back is another
    inode, so an old copy put back is read again. On Windows the change time is the creation time (see the module's
    docstring for what that leaves)."""
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _content_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes, which tells a file rewritten with the same bytes from one changed."""
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _claimed_twice(files: dict[str, dict[str, str | None]]) -> set[str]:
    """The file names more than one spec's record claims."""
    seen: set[str] = set()
    twice = set()
    for names in files.values():
        twice.update(seen.intersection(names))
        seen.update(names)
    return twice


def _load(path: Path) -> tuple[dict[str, dict[str, str | None]], dict[str, list[int]], dict[str, str], dict[str, str],
                              list[str], dict[str, str], dict[str, list[str]], dict[str, dict], dict[str, dict],
                              dict[str, str] | None, dict[str, str]]:
    """The recorded files per spec, each file's stamp, the specs written under a labelled name (`…（label）`) with the
    name each was due, each file's content hash (none in a manifest from before they were kept) and the files kept as
    changed by hand, the copies set aside with the file each was, per file name the hashes of the copies set aside from
    it (none in a manifest from before they were kept), per changed file its stamp and hash when last read
    (`edit_hashes`), per spec what its last build said of it (`said`; none in a manifest from before it was kept), and
    the specs whose forms bear their form's own name, with that name (`plain`; None in a manifest from before it was
    kept) and the form's name it was made from (`plain_titles`; none in a manifest from before they were kept); all
    empty when there is no readable manifest (not JSON, or no JSON object). A manifest without stamps (before they were
    kept) has every spec rebuilt once.

    Read record by record (`_records`): a record not in the shape this module writes, as a hand's edit or a merge may
    leave it (a record turned into a list, a stamp or a due name into a number was an internal error at the first
    look-up), is left out, and the spec it belongs to (by its file's name, for a file's record) loses its `said`, so
    that spec alone is built again, which records it anew. Read as none for one bad record, the whole manifest had
    every spec built again, and every form a unit had signed in Word written over, none of it set aside: with no
    stamp known, no file was known as changed by hand. A section that is no JSON object at all leaves every spec's
    record in doubt: each is built again. A file whose stamp is lost so (`_stamps_lost`) is as written only when its
    bytes are as recorded; else it is changed by hand, set aside before it is written over, kept when removed.

    A manifest in the earlier layout ("specs": per spec one key, for all the formats of its last
    build, and that build's outputs) loads with no key known: its files stay removable, and each spec
    is rebuilt once. Its entries without a "source" (the very first manifests) are dropped: those
    were never pruned either."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # brackets nested a thousand deep: json's recursion runs out
        data = None
    if not isinstance(data, dict):
        return {}, {}, {}, {}, [], {}, {}, {}, {}, None, {}
    if "files" not in data:
        return _earlier_layout(data), {}, {}, {}, [], {}, {}, {}, {}, None, {}
    doubts = _Doubts()
    files = {}
    for source, names in doubts.records(data["files"], lambda names: isinstance(names, dict)).items():
        files[source] = doubts.records(names, _optional_text, _plain, source)
    stamps = doubts.records(data.get("stamps", {}), _stamp_shaped, _plain, named=True)
    stamps.update(dict.fromkeys(_stamps_lost(data.get("stamps", {}), stamps, files), _STAMP_LOST))
    hashes = doubts.records(data.get("hashes", {}), lambda digest: isinstance(digest, str), _plain, named=True)
    aside_hashes = doubts.records(data.get("set_aside_hashes", {}), lambda digests: isinstance(digests, list)
                                  and all(isinstance(digest, str) for digest in digests), _plain, named=True)
    edit_hashes = doubts.records(data.get("edit_hashes", {}), lambda taken: isinstance(taken, dict)
                                 and _stamp_shaped(taken.get("stamp"), (2, 4)) and isinstance(taken.get("hash"), str),
                                 _plain, named=True)
    suffixed = doubts.records(data.get("suffixed", {}), lambda due: isinstance(due, str))
    said = doubts.records(data.get("said", {}), _said_shaped)
    kept = data.get("kept", [])
    kept = [name for name in kept if _plain(name)] if isinstance(kept, list) else []
    copies = _records(data.get("set_aside", {}), _plain, _plain)
    plain = data.get("plain")  # none before it was kept, or no object: `Manifest` tells it from `files` and `suffixed`
    plain = _records(plain, lambda stem: isinstance(stem, str) and _plain(stem)) if isinstance(plain, dict) else None
    # one misshapen is left out: that holder's name, while its errors keep it from being read, is unknown, as before
    titles = _records(data.get("plain_titles", {}), lambda title: isinstance(title, str) and title)
    return (files, stamps, suffixed, hashes, kept, copies, aside_hashes, edit_hashes,
            {source: record for source, record in said.items() if not doubts.holds(source, files)}, plain, titles)


class _Doubts:
    """The records of a manifest left out as misshapen (`_records`), by what they were of: a spec (as recorded), a
    file name, or a whole section (every spec)."""

    def __init__(self):
        self.specs: set[str] = set()
        self.names: set[str] = set()
        self.every = False

    def records(self, section, valid, valid_key=lambda key: True, source: str | None = None,
                named: bool = False) -> dict:
        """`_records` of `section`, each left out noted as of `source` (a spec's own list of files), of the file it
        is keyed by (`named`), or else of the spec it is keyed by."""
        kept = _records(section, valid, valid_key)
        left_out = set(section) - set(kept) if isinstance(section, dict) else None
        if left_out is None:
            self.every = True
        elif left_out and source is not None:
            self.specs.add(source)
        elif named:
            self.names.update(left_out)
        else:
            self.specs.update(left_out)
        return kept

    def holds(self, source: str, files: dict[str, dict[str, str | None]]) -> bool:
        """Whether a spec's record is in doubt: one of its records, or of its files, was left out."""
        return self.every or source in self.specs or not self.names.isdisjoint(files.get(source, ()))


def _records(section, valid, valid_key=lambda key: True) -> dict:
    """The entries of a JSON object whose key is `valid_key` and whose value is `valid`, the shape this module writes,
    each checked once here, so that no look-up after it meets a type it did not expect; none when `section` is no
    object. A file is named as jixiao wrote it, bare (`_plain`): a name reaching out of the folder (`../specs/a.yaml`)
    would have `_remove` delete a file that is not a form.

    Checked by hand, not by a JSON Schema: importing jsonschema costs a no-op rebuild, which skips it for the specs
    (pass_cache), about 0.1 s."""
    if not isinstance(section, dict):
        return {}
    return {key: value for key, value in section.items() if valid_key(key) and valid(value)}


_STAMP_LOST = [-1, -1]  # a size no file has: never a file's `_stamp`


def _stamps_lost(section, stamps: dict[str, list[int]], files: dict[str, dict[str, str | None]]) -> list[str]:
    """The files whose stamp was recorded out of shape: each of the section's names left out, or, when the section is
    no JSON object, every file a record claims. Each is given `_STAMP_LOST`, so it is as written only when its bytes'
    hash is the recorded one, and otherwise changed by hand, to be set aside or kept. Left out with no stamp, a file
    counts as written by a build from before stamps were kept: a form signed in Word was written over when its spec,
    in doubt, was built again, and deleted as an old form once its spec was deleted."""
    if isinstance(section, dict):
        return [name for name in section if name not in stamps and _plain(name)]
    return sorted({name for names in files.values() for name in names})


def _earlier_layout(data: dict) -> dict[str, dict[str, str | None]]:
    """The files per spec of a manifest in the earlier layout, from each of its entries in the shape it had."""
    files: dict[str, dict[str, str | None]] = {}
    for entry in _records(data.get("specs", {}), lambda entry: isinstance(entry, dict)
                          and isinstance(entry.get("source"), str) and entry["source"]
                          and isinstance(entry.get("outputs", []), list)
                          and all(map(_plain, entry.get("outputs", [])))).values():
        files.setdefault(entry["source"], {}).update(dict.fromkeys(entry.get("outputs", [])))
    return files


def _said_shaped(said) -> bool:
    """Whether a spec's `said` record is as `remember_said` writes one."""
    return (isinstance(said, dict) and all(isinstance(said.get(name), str) for name in ("key", "cwd", "spec"))
            and isinstance(said.get("project", ""), str)
            and isinstance(said.get("formats", []), list)
            and isinstance(said.get("validated"), int) and not isinstance(said.get("validated"), bool)
            and isinstance(said.get("warnings"), list) and all(map(_warning_shaped, said["warnings"]))
            and _mapping(said.get("outside"), lambda stamp: stamp is None or _stamp_shaped(stamp)))


def _warning_shaped(warning) -> bool:
    """Whether a kept warning is a list of file, line, column, severity, code, message and path (`remember_said`)."""
    return (isinstance(warning, list) and len(warning) == 7
            and all(isinstance(part, int) and not isinstance(part, bool) for part in warning[1:3])
            and all(isinstance(part, str) for part in (warning[0], *warning[3:]))
            and warning[3] in {severity.value for severity in Severity})


def _mapping(value, valid, valid_key=lambda key: True) -> bool:
    """Whether `value` is a JSON object whose keys are `valid_key` and whose values are `valid`."""
    return isinstance(value, dict) and all(valid_key(key) and valid(item) for key, item in value.items())


def _optional_text(value) -> bool:
    return value is None or isinstance(value, str)


def _plain(name) -> bool:
    """Whether `name` is a file name as jixiao writes one into the output folder: no folder, nothing above it."""
    return isinstance(name, str) and name not in ("", ".", "..") and not re.search(r"[/\\\0]", name)


def _stamp_shaped(stamp, lengths: tuple[int, ...] = (2,)) -> bool:
    """Whether `stamp` is as `_stamp` writes one: two whole numbers (not true/false, which JSON's ints include). An edit's
    stamp (`_edit_stamp`) has four, or two in a manifest written before it had: read, it matches no stamp now, and the
    file is hashed again, where a manifest refused whole had every form there written over."""
    return (isinstance(stamp, list) and len(stamp) in lengths
            and all(isinstance(n, int) and not isinstance(n, bool) for n in stamp))
