"""The build: validate each spec, model it, render it in every asked format, write it.

A spec with errors is reported exactly as `validate` reports it and not rendered; the others
still are. Rendering runs in worker processes (each prepares a variant's templates once and
reuses them for every spec of that variant); writing stays in this process, so file names are
decided in one place and every file is written atomically. Specs whose inputs have not changed
since the last build into the same folder are skipped (see manifest.py).
"""
from __future__ import annotations

import os
from collections import deque
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from jinja2 import TemplateError

from . import hidden_files, interrupt, model, output_lock, pass_cache, schema_line
from .command_paths import from_here
from .errors import FolderUnwritable, JixiaoError, held_elsewhere, os_reason
from .long_paths import name_too_long, too_long, too_long_said
from .manifest import Manifest
from .name_clashes import (NOT_TWICE, apart, clash, cut_alike, form_name, free_name, full_name, holder_first, known_twice,
                           name_key, names_differ, stem_twins, tag_said, why_first)
from .problems import Problem, Severity
from .profile import PATTERNS
from .variants import Catalog, Roots
from .short_names import MARK
from .write import MAX_NAME, atomic_write, shortened

if TYPE_CHECKING:
    from .load import Spec
    from .validate import Checked, Validator

FORMATS = ("docx", "html", "pdf")
FORMAT_NAMES = {"docx": "Word", "html": "HTML", "pdf": "PDF"}  # as a message names each format
PDF_BATCH = 8  # specs per LibreOffice run: few enough for the progress bar to move, many enough to pay its start
_SAID_ANEW = {"BUILD-NAME-TAKEN", "BUILD-PDF-NO-CHINESE-FONT"}  # not kept for a skipped spec to say again (Built.said)


@dataclass
class Rendered:
    """One spec rendered in memory: the files to write (by extension), or the problems that stopped it."""

    spec: str
    stem: str = ""
    title: str = ""  # the document's name as its profile spells it; `stem` is that made safe for a file name
    form: str = ""  # its variant's name, once validated: whose lint settings a timed-out PDF's advice follows
    files: dict[str, bytes] = field(default_factory=dict)  # by extension: "docx", "html"
    docx_for_pdf: bytes | None = None  # the Word file LibreOffice converts to its PDF (see _render_docx)
    problems: list[Problem] = field(default_factory=list)
    validated: list[Problem] = field(default_factory=list)  # those of `problems` validate reports too (`render`)
    outside: list[str] = field(default_factory=list)  # files besides the spec validate read (`read_outside`)
    stopped: bool = False  # its errors kept validate's rules from running (Checked.stopped): a rebuild may find more

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


@dataclass
class Built:
    """What one spec produced: the files written (or kept, when skipped), or the problems that stopped it."""

    spec: str
    outputs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: bool = False
    pdf_target: Path | None = None  # where its PDF goes, when one was asked for (converted in batches)
    due: str | None = None  # written as `…（label）`: the name it was due, another spec's (BUILD-NAME-TAKEN)
    title: str = ""  # Rendered.title: the form's name its plain file name is made from, kept in the record
    validated: list[Problem] = field(default_factory=list)  # Rendered.validated
    form: str = ""  # its variant's name (Rendered.form)
    outside: list[str] = field(default_factory=list)  # Rendered.outside
    stopped: bool = False  # Rendered.stopped

    @property
    def said(self) -> list[Problem]:
        """What its build said of it that a later build, skipping it, says again (see manifest.py): its warnings and
        提示, but BUILD-NAME-TAKEN, checked anew for a skipped spec, and the machine's BUILD-PDF-NO-CHINESE-FONT."""
        return [p for p in self.problems if not p.is_error and p.code not in _SAID_ANEW]

    @property
    def validated_said(self) -> int:
        """How many of `said`, its first, validate says too (`validated`): what --leave-to-validate leaves to it."""
        return sum(not p.is_error for p in self.validated)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    @property
    def form_broken(self) -> bool:
        """It failed on its form's template or profile pattern, not on its own content. Such a failure is an error,
        and only a spec that failed loads template_errors (lxml, the template checks) to ask."""
        if self.ok:
            return False
        from .template_errors import CODE

        return any(p.code == CODE for p in self.problems)


class Renderer:
    """Validates, models and renders specs; holds the validator and per-variant renderers (one per process)."""

    def __init__(self, formats: Iterable[str], roots: Roots | None = None, catalog: Catalog | None = None):
        """`catalog`: one already read (the command's own, as `new --list` checks each form with), else read from `roots`."""
        self.formats = [f for f in FORMATS if f in set(formats)]
        self.catalog = Catalog(roots) if catalog is None else catalog
        self._renderers: dict[tuple[str, str], object] = {}
        self._unknown: dict[tuple[str, str], list] = {}  # (form, format) -> the names its template reads in vain
        self._unprinted: dict[tuple[str, str], list[Problem]] = {}  # (form, format) -> what it cannot show (warnings)
        self._new_specs: dict[str, Any] = {}  # form -> the data of the spec `jixiao new` writes for it (`new_spec_data`)

    def new_spec_data(self, variant) -> Any:
        """The data of the spec `jixiao new` writes for the form today (scaffold.new_spec_data), made once per form:
        each of its templates' names is checked against it (`_names_read`), and `new --list` renders them from it
        (form_check), three buildings of the same spec a form, a tenth of a `new --list` with nothing remembered."""
        if variant.name not in self._new_specs:
            from .scaffold import new_spec_data

            self._new_specs[variant.name] = new_spec_data(self.catalog.store, variant)
        return self._new_specs[variant.name]

    def _renderer(self, variant, kind: str):
        key = (variant.name, kind)
        if key not in self._renderers:
            if kind == "docx":
                from .render_docx import DocxRenderer

                self._renderers[key] = DocxRenderer(variant)
            else:
                from .render_html import HtmlRenderer

                self._renderers[key] = HtmlRenderer(variant)
        return self._renderers[key]

    @cached_property
    def validator(self) -> Validator:
        """The validator, made when a spec is rendered: validate's rules and schema checks were a third of the
        start-up of a build with nothing changed, which reads only the catalog (see manifest)."""
        from .validate import Validator

        return Validator(catalog=self.catalog)

    def render(self, path: str, forms: bool = True, checked: Checked | None = None) -> Rendered:
        """Validate and render one spec; without `forms`, what its build says of it alone, no file made (see
        `render_data`). `checked`: validate's check of the file at `path` made already, rendered as it is: `serve`
        lints that same reading of the file beside its form (serve_lint)."""
        checked = self.validator.check_file(path) if checked is None else checked
        found = [*checked.problems, *checked.unfilled] if checked.ok else list(checked.problems)
        rendered = Rendered(path, problems=list(found), validated=list(found), outside=read_outside(checked),
                            stopped=checked.stopped)
        if not checked.ok:
            return rendered
        return self.render_data(rendered, checked.spec.printed_data(), checked.variant, forms=forms)

    def render_data(self, rendered: Rendered, data, variant, every_template: bool = False,
                    forms: bool = True) -> Rendered:
        """Render a valid spec's `data` into `rendered`: its files, or the problems that stopped it.

        A build stops at the first template that fails (no form of the spec is written either way);
        `every_template` goes on to the other one, so a form's check (form_check) says each that is broken.
        Without `forms` the templates are checked (their warnings said) but not rendered: a skipped spec's warnings
        found again (`Builder._said_before`), at about the cost of validating it, rendering being most of a build's."""
        from . import template_errors  # here, not at the top: a build with nothing changed renders nothing

        path = rendered.spec
        rendered.form = variant.name
        kinds = {"docx" if f == "pdf" else f for f in self.formats}
        pattern = "title"
        try:  # the profile's patterns and the paths they spell out were checked when it was read; a step
            # read through a loop's variable (`{{ task.nmae }}`) shows only here
            context = model.build(data, variant, self.catalog.store)
            pattern = "file_name"
            name, rendered.stem = form_name(path, context, variant)
            rendered.title = name
            _add_render_names(context, name)
            if shortened(name):
                rendered.problems.append(_shortened(path, name, rendered.stem))
        except TemplateError as exc:
            rendered.problems.append(template_errors.problem(variant.folder / "profile.yaml", exc,
                                                             what=f"{pattern}（{PATTERNS[pattern]}）的写法"))
            return rendered
        for kind in sorted(kinds):
            template = variant.docx_template if kind == "docx" else variant.html_template
            try:
                renderer = self._renderer(variant, kind)
                failures = self._unknown_names(variant, kind, renderer)
                if not failures:
                    if forms and kind == "docx":
                        self._render_docx(rendered, renderer, context)
                    elif forms:
                        rendered.files[kind] = renderer.render(context)
                    rendered.problems += self._unprinted[(variant.name, kind)]
            except template_errors.BROKEN as exc:
                failures = [exc]
            if failures:
                source = getattr(self._renderers.get((variant.name, kind)), "source", None)
                schema = (self.catalog.store, variant.schema_path.name)
                rendered.problems += [template_errors.problem(template, exc, source, names=context, schema=schema,
                                                              search_path=variant.search_path) for exc in failures]
                if not every_template:
                    break
        if not rendered.ok:
            rendered.files, rendered.docx_for_pdf = {}, None  # a spec's forms are written together or not at all
        return rendered

    def _render_docx(self, rendered: Rendered, renderer, context: dict) -> None:
        """The Word file to write (files["docx"]), and the one for LibreOffice to convert (`docx_for_pdf`), each asked
        for: rendered apart, as the PDF's page breaks are estimated with LibreOffice's space between Chinese and a
        digit (line_fill.LIBREOFFICE_GAP), which the user's Word file leaves out (Word's was never measured), and
        its lines kept under a table are moved into it (`docx_kept_lines`), which Word has no need of."""
        if "docx" in self.formats:
            rendered.files["docx"] = renderer.render(context)
        if "pdf" in self.formats:
            rendered.docx_for_pdf = renderer.render(context, for_libreoffice=True)

    def _unknown_names(self, variant, kind: str, renderer) -> list[TemplateError]:
        """What the form's template of `kind` reads, in any branch, that no spec's data holds (see
        template_names), judged once per form: a spec taking that branch, the day it is filled in, stops on it."""
        key = (variant.name, kind)
        if key not in self._unknown:
            from .form_check import verdict

            # a pass is remembered (see pass_cache): the check and what it imports were a quarter of a cold build
            passed = verdict(self.catalog, variant.name, "names read", kind)
            if passed is not None and pass_cache.passed(passed):
                self._unknown[key], self._unprinted[key] = [], []
            else:
                self._unknown[key], self._unprinted[key] = self._names_read(variant, kind, renderer)
                if passed is not None and not self._unknown[key] and not self._unprinted[key]:
                    pass_cache.remember(passed)
        return self._unknown[key]

    def _names_read(self, variant, kind: str, renderer) -> tuple[list[TemplateError], list[Problem]]:
        """The names the template reads in vain, and the warnings about what it cannot show (see unprinted),
        about the names it probes in vain (see probed_names) and about a Word template older than the script
        that writes it (see form_script)."""
        from . import form_script
        from .probed_names import undeclared_probes
        from .template_names import open_groups, reads
        from .unprinted import unmerged, unprinted

        store = self.catalog.store
        try:
            sample = model.build(self.new_spec_data(variant), variant, store)
        except TemplateError:  # its title fails on the new spec's data (this spec's did): form_check says so
            return [], []
        _add_render_names(sample, "")
        groups = open_groups(store, variant.schema_path.name, sample)
        template = renderer.env.parse(renderer.source)  # once: a Word template's text is the whole document's XML
        found, read, probes = reads(renderer.env, template, sample, groups)
        file = variant.docx_template if kind == "docx" else variant.html_template
        warnings = unprinted(store, variant, kind, sample, read) + renderer.warnings + \
            undeclared_probes(store, variant, file, renderer.source, sample, probes)
        if kind == "docx":
            warnings += unmerged(variant, template) + form_script.stale(file)
        return found, warnings


def _add_render_names(context: dict, document_title: str) -> None:
    """Add to a spec's view model the names its templates may read that are no field of it: a render's
    context and the sample a template's names are checked against (template_names) get them here alike,
    so a name added for the render is never taken for a misspelt field.

    `document_title` is the document's name, as its file is named (before a name safe for Windows): what the
    browser tab, a PDF saved from it and Word's 文件 › 信息 show, which a printed title without the unit does
    not tell apart."""
    context["document_title"] = document_title


def _shortened(spec: str, title: str, stem: str, labelled: bool = False) -> Problem:
    """BUILD-NAME-SHORTENED: the form's name `title` is too long for a file, or, `labelled`, fits alone but not with
    the spec's label after it (`…（外贸发展项目）`), and is written as `stem`."""
    over = "加上规格文件名后" if labelled else ""
    return Problem(spec, 1, 1, Severity.WARNING, "BUILD-NAME-SHORTENED",
                   f"表名“{title}”{over}超过文件名的长度上限（{MAX_NAME} 字节），文件名缩短为“{stem}”")


def _written_as(spec: str, problems: list[Problem], title: str, stem: str, due: str) -> list[Problem]:
    """`problems` with BUILD-NAME-SHORTENED quoting `stem`, the name the spec's files are really written under instead
    of the `due` one: said when it was rendered, before the build gave it its label (`…（外贸发展项目）`, a clash), it
    quoted the plain name shortened, another spec's file. Said too when only the label made the name too long, so
    that `stem` does not start with `due` whole: the form's name was cut (short_names.labelled) without a word."""
    if any(p.code == "BUILD-NAME-SHORTENED" for p in problems):
        return [_shortened(p.file, title, stem) if p.code == "BUILD-NAME-SHORTENED" else p for p in problems]
    return problems if stem.startswith(due) else [*problems, _shortened(spec, title, stem, labelled=True)]


def read_outside(checked) -> list[str]:
    """The files besides the spec and its form that validate read for `checked` (`Validator.check_file`): the one its
    first line names, which SCHEMA-LINE warns of (schema_line.named_file). A skipped spec says its last build's
    warnings only while they are as they were then (Manifest.said_before)."""
    named = schema_line.named_file(Path(checked.spec.path), checked.spec.text or "")
    return [str(named)] if named is not None else []


_WORKER: Renderer | None = None


def _start_worker(formats: list[str], roots: Roots) -> None:
    global _WORKER
    interrupt.ignored_in_worker()
    _WORKER = Renderer(formats, roots)


def _render_in_worker(path: str) -> Rendered:
    return _WORKER.render(path)


class Builder:
    """Builds specs into one output folder: skips what is current, renders the rest, writes atomically."""

    def __init__(self, out_dir: Path, formats: Iterable[str] = ("docx", "html"), roots: Roots | None = None,
                 jobs: int = 1, force: bool = False, lint_rules: dict | None = None,
                 catalog: Catalog | None = None):
        """`catalog`: the forms of `roots` already read (the command's, its namesakes warned of), else read when needed."""
        self.out_dir = Path(out_dir)
        self.lint_rules = lint_rules  # the project's `lint: rules:` (jixiao.yaml), for what A14 holds a text to
        self.formats = [f for f in FORMATS if f in set(formats)]
        self.roots = roots or Roots()
        self._catalog = catalog  # this process's renderer's; the workers read their own
        self.jobs = max(1, jobs)
        self.force = force
        self._local: Renderer | None = None
        self._names: dict[str, str] = {}  # output file stem (casefolded) -> the spec it belongs to
        self._elsewhere: set[str] = set()  # specs not in this build whose names are kept (Manifest.held_elsewhere)
        self._twins: set[str] = set()  # file stems two specs of this build or elsewhere share (name_clashes.stem_twins)
        self._rank: dict[str, tuple] = {}  # spec -> the rank by which it claims its form's plain name (`_build`)
        self._titles: dict[str, str | None] = {}  # spec -> its form's name, unshortened, once known (`_title`)
        self._titles_recorded: set[str] = set()  # specs whose `_titles` is the record's, their errors hiding it now
        self.removed: list[Path] = []  # outputs of earlier builds that no spec produces any more
        self.outdated: list[Path] = []  # outputs in formats not built this time, written from earlier inputs
        self.withdrawn: list[Path] = []  # outputs of specs that failed this time, written from earlier inputs
        self.unremoved: list[tuple[Path, OSError]] = []  # outputs to remove that could not be (open in Word), and why
        self.kept: list[Path] = []  # outputs to remove that were changed by hand after being written, so left in place
        self.still_kept: list[Path] = []  # outputs earlier builds so left in place, still in the folder
        self.unchanged: list[Path] = []  # outputs of specs that failed this time, but written from the spec as it is
        self.set_aside: list[tuple[Path, Path]] = []  # outputs changed by hand that were to be written over -> renamed to
        self.copies_left: list[Path] = []  # outputs earlier builds so renamed, still in the folder
        self.edited: list[Path] = []  # current outputs changed by hand, found by this build and left as they are
        self._fonts_checked = False  # whether this build has looked for Chinese fonts (`_font_warning`)
        self._recorded: Callable[[Built, Path], None] = lambda built, path: None  # see `_write_file`
        self._set_aside: Callable[[Path, bytes], None] = lambda path, data: None  # see `_write_file`
        self._locked = False  # whether this builder holds the output folder's lock (`locked`)

    @contextmanager
    def locked(self, waiting: Callable[[Path], None] | None = None) -> Iterator[None]:
        """Hold the output folder's lock (see output_lock): builds into one folder run one at a time. `build`
        takes it; a caller takes it first to say, before its progress bar, that another build holds it."""
        if self._locked:
            yield
            return
        with output_lock.held(self.out_dir, waiting or (lambda lock: None)):
            self._locked = True
            try:
                yield
            finally:
                self._locked = False

    def build(self, paths: list[str], progress: Callable[[Built], None] | None = None) -> list[Built]:
        with self.locked():  # before the manifest is read: a build waited for is read as it left it
            return self._build(paths, progress)

    def _build(self, paths: list[str], progress: Callable[[str], None] | None) -> list[Built]:
        """Build `paths`, calling `progress` with each spec's outcome as it is done (in the order written)."""
        local = self._renderer()
        manifest = Manifest(self.out_dir, local.catalog, self.formats)
        results: dict[str, Built] = {}
        keys = {path: manifest.key(path) for path in paths}
        self._names = manifest.held_elsewhere(paths)
        self._labelled_as = manifest.labelled_as
        self._plain_title = manifest.plain_title
        self._elsewhere = set(self._names.values())
        self._twins = stem_twins([*paths, *self._elsewhere])
        current: dict[str, list[Path]] = {}  # specs whose files are current -> those files
        todo = []
        for path in paths:
            kept = None if self.force else manifest.fresh(path, keys[path])
            if kept:
                current[path] = kept
            else:
                todo.append(path)
        # of specs that make one form's name, the one to keep it (`holder_first`) is written first
        stems = [Path(path).stem for path in paths]
        rank = self._rank = {path: holder_first(path, manifest.holds_plain_name(path), stems) for path in paths}
        todo.sort(key=rank.__getitem__)

        # Ctrl+C held back while a spec's record changes (see Manifest.save_unfinished): a name taken out of it
        # and not yet removed, or given up and not yet listed, was a file no later build knew of
        def skip(path: str, name: str, problems: list[Problem]) -> None:
            said, validated = self._said_before(manifest, path, keys[path], name)
            results[path] = Built(path, current[path], [*said, *problems], skipped=True, validated=said[:validated])
            with interrupt.held():
                self.outdated += manifest.drop_outdated(path, keys[path], current[path])
            if progress:
                progress(results[path])

        def finish(built: Built) -> None:
            results[built.spec] = built
            with interrupt.held():
                manifest.remember_said(built.spec, keys[built.spec], built.said, built.validated_said, built.outside)
                if built.ok:
                    manifest.record(built.spec, keys[built.spec], built.outputs, built.due, built.title)
                    self.outdated += manifest.drop_outdated(built.spec, keys[built.spec], built.outputs)
                else:
                    manifest.wrote(built.spec, keys[built.spec], built.outputs, built.due, built.title)
                    self.withdrawn += manifest.drop_outdated(built.spec, keys[built.spec], built.outputs, failed=True)
            if progress:
                progress(built)

        self._recorded = lambda built, path: manifest.wrote(built.spec, keys[built.spec], [path], built.due,
                                                            built.title)
        self._set_aside = manifest.set_aside_if_changed
        try:
            # closed when this stops early (Ctrl+C while a file is written), so the worker pool is cancelled at once
            with closing(self._render_all(todo)) as render_all:
                self._write_all(self._in_rank_order(render_all, current, rank, manifest, skip), finish)
        except BaseException:
            manifest.save_unfinished()
            raise
        self.removed += manifest.prune()
        self.unremoved += manifest.unremoved
        self.kept += manifest.kept
        self.still_kept += manifest.still_kept()
        self.unchanged += manifest.unchanged
        self.set_aside += manifest.set_aside
        self.copies_left += manifest.copies_left()
        self.edited += manifest.edited
        written = any(not built.skipped for built in results.values())
        if written or self.removed or self.outdated or self.withdrawn or self.unremoved or self.kept \
                or manifest.unsaved_changes():
            self._save(manifest, [out for built in results.values() if not built.skipped for out in built.outputs])
        else:
            manifest.keep_hidden()
        return [results[path] for path in paths]

    def _save(self, manifest: Manifest, written: list[Path]) -> None:
        """Save the build's record, a path too long said of the output folder: named by the record's file, the clerk
        heard of `.jixiao-manifest.json`, a file never seen (hidden), and not that --out was the thing to change.
        A folder too long to be made fails here first, the forms' own failures said of the same folder.
        Any other failure (a full disk) after forms were `written` is said by `_unsaved`: they are there all the same."""
        try:
            manifest.save()
        except OSError as exc:
            folder = from_here(str(self.out_dir))
            if not too_long(exc, _path_length(manifest.path)):
                if not written:  # a folder that could not be made (a file in its way): said of that folder, as it was
                    raise
                raise JixiaoError(_unsaved(folder, written, os_reason(exc), os.path.exists(manifest.path))) from None
            raise JixiaoError(f"无法写入输出文件夹 {folder}：{_too_long_out(manifest.path)}") from None

    def _in_rank_order(self, rendered_specs: Iterable[Rendered], current: dict[str, list[Path]],
                       rank: dict[str, tuple], manifest: Manifest,
                       skip: Callable[[str, list[Problem]], None]) -> Iterator[Rendered]:
        """The specs to write, all in `holder_first` order, so that the names are a function of the specs and the record alone:
        the rendered ones as they come (rendered in that order) and, between them, each spec whose files are
        `current` at its rank. One still due the name it holds is skipped; one whose name changed (a spec ranked
        before it now makes its form's name, or the one that did is gone) is rendered again here, to be written under
        its new name. A spec with errors keeps the names its record holds for it, for as long as no spec ranked
        before it takes them: given to the next spec, its plain name moved that spec's form off its own name and back
        once the error was put right."""
        waiting = deque(sorted(current, key=rank.__getitem__))

        def placed_before(limit: tuple | None) -> Iterator[Rendered]:
            while waiting and (limit is None or rank[waiting[0]] < limit):
                path = waiting.popleft()
                due = manifest.due_name(path, current[path])
                name = self._free_name(due, path)
                if {p.stem for p in current[path]} == {name}:
                    self._names[name_key(name)] = path
                    skip(path, name, self._taken(path, due, name))
                else:
                    yield self._renderer().render(path)

        for rendered in rendered_specs:
            yield from placed_before(rank[rendered.spec])
            if not rendered.ok:  # its names kept for it: its error is no reason for a spec after it to be renamed
                for stem in manifest.stems_of(rendered.spec):
                    self._names.setdefault(name_key(stem), rendered.spec)
            yield rendered
        yield from placed_before(None)

    def _write_all(self, rendered_specs: Iterable[Rendered], finish: Callable[[Built], None]) -> None:
        """Write each rendered spec and finish it; with PDFs asked for, its Word file for LibreOffice
        (Rendered.docx_for_pdf) waits for a batch to convert."""
        waiting: list[tuple[Built, bytes]] = []  # written in the other formats, PDF still to convert
        for rendered in rendered_specs:
            built = self._write(rendered)
            if built.ok and "pdf" in self.formats:
                waiting.append((built, rendered.docx_for_pdf))
                if len(waiting) == PDF_BATCH:
                    self._convert(waiting, finish)
            else:
                finish(built)
        self._convert(waiting, finish)

    def _convert(self, waiting: list[tuple[Built, bytes]], finish: Callable[[Built], None]) -> None:
        """Convert the waiting specs' Word files to PDF in one LibreOffice run, then finish each."""
        if not waiting:
            return
        from .pdf import docx_to_pdf  # subprocess and tempfile only when PDFs are asked for

        by_target = {built.pdf_target: built for built, _ in waiting}
        docx_of = {built.pdf_target: docx for built, docx in waiting}
        # closed when this stops early (Ctrl+C while a PDF is written), so its temporary folder goes at once
        def write(target: Path, data: bytes) -> None:
            self._write_file(by_target[target], target, data)

        with closing(docx_to_pdf([(docx, built.pdf_target) for built, docx in waiting], write)) as converted:
            for target, failure in converted:
                built = by_target[target]
                if failure is None:
                    built.outputs.append(target)
                    built.problems = [*built.problems, *self._font_warning(target)]
                else:
                    failed = unwritten(built.spec, target, failure, docx_of[target], self._a14(built.form))
                    built.problems = [*built.problems, failed]
                finish(built)
        waiting.clear()

    def _a14(self, form: str):
        """A14's setting for `form` as lint applies it (the rule's default, the form's profile, the project's
        jixiao.yaml): a timed-out PDF's advice names A14 only where lint would find the long text, by the limit
        the project set, not the rule's default. Settings that cannot be read now (a file broken since the build
        began) give None, the rule's own: advice on one error must not raise another."""
        from .lint import RULES, config

        try:
            variant = self._renderer().catalog.get(form)
            profile_lint = variant.profile.get("lint") if variant else None
            return config.build(RULES, profile_lint, self.lint_rules).settings["A14"]
        except (JixiaoError, config.ConfigError, OSError):
            return None

    def _font_warning(self, pdf: Path) -> list[Problem]:
        """BUILD-PDF-NO-CHINESE-FONT on this build's first PDF when the machine has no Chinese font to print with.

        Its Chinese then prints as empty boxes without a word from LibreOffice; the machine, not a spec,
        lacks the fonts, so it is said once per build, on the first PDF written."""
        if self._fonts_checked:
            return []
        self._fonts_checked = True
        from .pdf import NO_CHINESE_FONT, chinese_fonts_missing

        if not chinese_fonts_missing():
            return []
        return [Problem(str(pdf), 0, 0, Severity.WARNING, "BUILD-PDF-NO-CHINESE-FONT", NO_CHINESE_FONT)]

    def _renderer(self) -> Renderer:
        if self._local is None:
            self._local = Renderer(self.formats, self.roots, self._catalog)
        return self._local

    def _render_all(self, paths: list[str]) -> Iterator[Rendered]:
        if self.jobs == 1 or len(paths) < 2:
            yield from map(self._renderer().render, paths)
            return
        from concurrent.futures import ProcessPoolExecutor

        workers = min(self.jobs, len(paths))
        chunk = max(1, min(16, len(paths) // (workers * 4)))
        pool = ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(self.formats, self.roots))
        try:
            with interrupt.held():  # map starts the workers
                rendered = pool.map(_render_in_worker, paths, chunksize=chunk)
            yield from rendered
        finally:  # stopped (Ctrl+C): the specs not yet begun are dropped, not rendered for nobody
            pool.shutdown(cancel_futures=True)

    def _write(self, rendered: Rendered) -> Built:
        """Write one spec's .docx and .html (its PDF waits for a batch); a file that cannot be written
        fails this spec only (see `unwritten`)."""
        built = Built(rendered.spec, problems=rendered.problems, form=rendered.form, validated=rendered.validated,
                      outside=rendered.outside, stopped=rendered.stopped, title=rendered.title)
        if not rendered.ok:
            return built
        self._titles[rendered.spec] = rendered.title
        stem = self._free_name(rendered.stem, rendered.spec)
        self._names[name_key(stem)] = rendered.spec
        if stem != rendered.stem:
            built.due = rendered.stem
            built.problems = [*_written_as(rendered.spec, built.problems, rendered.title, stem, rendered.stem),
                              *self._taken(rendered.spec, rendered.stem, stem)]
        if "pdf" in self.formats:
            built.pdf_target = self.out_dir / f"{stem}.pdf"
        for kind in ("docx", "html"):
            if kind in self.formats:
                target = self.out_dir / f"{stem}.{kind}"
                try:
                    self._write_file(built, target, rendered.files[kind])
                except OSError as exc:  # the other format is still written: a folder named like the .docx blocks it alone
                    built.problems = [*built.problems, unwritten(rendered.spec, target, exc)]
                    continue
                built.outputs.append(target)
        return built

    def _write_file(self, built: Built, target: Path, data: bytes) -> None:
        """Write one of a spec's files and record it in the manifest at once, Ctrl+C held back in between.

        Recorded only when the spec was done, a file written before Ctrl+C was no file of jixiao's: a form named
        after a unit misspelt, rebuilt and interrupted, stayed in the folder for good once the spec was put
        back, and the spec was skipped as current beside it. Recorded as it is written, the next build
        removes or replaces it. A file there that was changed by hand is renamed first (Manifest.set_aside_if_changed)."""
        with interrupt.held():
            self._set_aside(target, data)
            atomic_write(target, data)
            self._recorded(built, target)

    def _free_name(self, stem: str, spec: str) -> str:
        """`stem`, or `stem（label）` of `spec`'s own file name when it is taken (`free_name`): two specs that would share
        a file name do not overwrite each other. The specs are placed in `holder_first` order (`_in_rank_order`), so the
        plain name goes to the one ranked first; a spec not in this build keeps its names (Manifest.held_elsewhere).
        A `stem` shortened is shortened anew keeping where the spec's form's name differs from the holder's (`free_name`):
        the two names are read (`_title`) only then, as BUILD-NAME-TAKEN reads them; a holder whose errors hide its
        name is read as the record keeps it. The holder's unknown even so (a record from before it was kept), the spec
        keeps the name its last build gave it for `stem` while no other holds it: shortened without the holder's name,
        its form went to `…（某某自治区商务…合服务中心事业单位）` and back once the error was put right."""
        holder = self._names.get(name_key(stem))
        if holder is None or MARK not in stem:
            return free_name(stem, spec, self._names, self._twins)
        titles = (self._title(spec), self._title(holder))
        if None in titles:
            before = self._labelled_as(spec, stem)
            if before is not None and name_key(before) not in self._names:
                return before
            return free_name(stem, spec, self._names, self._twins)
        return free_name(stem, spec, self._names, self._twins, titles)

    def _said_before(self, manifest: Manifest, spec: str, key: str | None, name: str) -> tuple[list[Problem], int]:
        """What a skipped spec's last build said of it, and how many of the first of those validate says
        (Manifest.said_before): said again as they were, or, where what they were said from changed (another folder,
        the spec named by another path, the file its schema line names, other formats), found again by rendering
        it without its forms (none is written: a form signed in Word stays), and kept so. Only validated again,
        a warning of the build's own named the spec by its old path (BUILD-NAME-SHORTENED), and one of a template
        not rendered this time (`--format docx` after docx and html) was said as a full build never says it. `name`:
        the file stem its forms are written under, which BUILD-NAME-SHORTENED quotes (`_written_as`)."""
        said, validated, current = manifest.said_before(spec)
        if current:
            return said, validated
        # the renderer made here: a build with nothing changed reads no spec
        rendered = self._renderer().render(spec, forms=False)
        again = Built(spec, problems=_written_as(spec, rendered.problems, rendered.title, name, rendered.stem),
                      validated=rendered.validated, outside=rendered.outside)
        manifest.said_again(spec, key, again.said, again.validated_said, again.outside)
        return again.said, again.validated_said

    def _why_first(self, holder: str, spec: str) -> str:
        """Why `holder` keeps the plain name against `spec`: it had it last build, or the step of `claims_first`."""
        if self._rank[holder][:2] != self._rank[spec][:2] and self._rank[holder][0] == self._rank[spec][0]:
            return "那一份上次生成时就用着原名"
        return why_first(holder, spec)

    def _taken(self, spec: str, due: str, name: str) -> list[Problem]:
        """BUILD-NAME-TAKEN when `spec` got `name` for the `due` one another spec holds; said on every build,
        skipped or not, until one of the two is gone or the spec says it is rightly a second one (`known_twice`)."""
        if name == due:
            return []
        from .load import load  # as the validator is: a build with nothing changed and no clash reads no spec

        catalog = self._renderer().catalog
        loaded = load(spec, catalog)
        if known_twice(loaded):
            return []
        holder = self._names[name_key(due)]
        why = (f"{holder} 这次没有生成，它的文件不动；两份一起生成时再重新分配" if holder in self._elsewhere
               else f"原名留给它，因为{self._why_first(holder, spec)}")
        # a name shortened holds a `…` (short_names.MARK): without one, both forms' names are `due`, and the 60 copies of
        # a rebuild were validated once more to learn it (0.60 → 1.12 s)
        titles = (self._title(holder), self._title(spec, loaded)) if MARK in due else (due, due)
        if None not in titles and cut_alike(*titles):
            differ = names_differ(holder, *titles, last_built=holder in self._titles_recorded)
            return [clash(loaded, "BUILD-NAME-TAKEN",
                          f"{differ}，这一份写成了“{name}”（{why}）；{tag_said(name, titles[1])}{NOT_TWICE}")]
        if titles[0] is None and titles[1] is not None and shortened(titles[1]):  # the holder has errors: unknown
            return [clash(loaded, "BUILD-NAME-TAKEN",
                          f"这一份的表名过长，缩短成的文件名与 {holder} 的相同（那一份有错误，比不出两份的表名是否本来就不同），"
                          f"这一份写成了“{name}”（{why}）；两份是同一单位、年度的，才须删去多余的一份")]
        return [clash(loaded, "BUILD-NAME-TAKEN",
                      f"生成的表名与 {holder} 的相同（单位、年度和表样都一样？），这一份写成了“{name}”（{why}）；"
                      "提交前请确认两份规格不是重复的，删去多余的一份后运行 jixiao build，留下的一份即改回原名；"
                      f"{apart(catalog.get(loaded.data['form']))}")]  # built, or skipped by its form's hash: a form known

    def _title(self, spec: str, loaded: Spec | None = None) -> str | None:
        """`spec`'s form's name, unshortened: as this build rendered it, else as validate names it (`full_name`; a spec
        skipped as current, or one not in this build), from the spec `loaded` when it was; else, its errors lying in
        what its name is made of (its unit, its year), the name its plain file name was made from as the record keeps
        it (Manifest.plain_title); None when none is known (gone, or with a record from before it was kept).
        A holder whose errors lie elsewhere (an amount typed as text) is named as it is; one whose year is mistyped, as
        it was last built: unnamed, a spec new beside it was shortened without its name, `…（某某自治区商务…合服务中心
        事业单位）`, and renamed once the holder's error was put right, another unit's typo renaming a form."""
        if spec not in self._titles:
            validator = self._renderer().validator
            named = os.path.isfile(spec) and full_name(
                validator.check(loaded) if loaded is not None else validator.check_file(spec), validator.catalog.store,
                despite_errors=True)
            self._titles[spec] = named[0] if named else self._plain_title(spec)
            if not named and self._titles[spec] is not None:
                self._titles_recorded.add(spec)
        return self._titles[spec]


def unwritten(spec: str, target: Path, exc: Exception, docx: bytes | None = None, a14=None) -> Problem:
    """Why an output file could not be written, in words that say what to do about it.

    A PDF that timed out from a Word file (`docx`) far longer than any form is said to be that long: told to retry,
    the clerk waited minutes again for the same timeout, when what ends it is shortening the text. `a14` is lint's
    A14 setting for the spec (lint.config.Setting; None for the rule's defaults), whose limit decides whether
    lint is named as the way to find the long text.

    On Windows the usual cause is the previous .docx still open in Word or WPS, which locks it; a folder
    that takes no file at all is named as the folder (see errors.FolderUnwritable), without that advice.
    """
    import subprocess

    from .pdf import NotConverted

    if isinstance(exc, NotConverted):
        why = "LibreOffice 没有转换这个文件（它运行结束，却没有写出这个 PDF）"
    elif isinstance(exc, subprocess.TimeoutExpired):
        why = _timed_out(docx, a14)
    elif isinstance(exc, subprocess.CalledProcessError):
        detail = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        why = f"LibreOffice 转换 PDF 失败（{detail[-1] if detail else f'退出码 {exc.returncode}'}）"
    elif isinstance(exc, OSError) and too_long(exc, _path_length(target)):
        why = _too_long_out(target)
    elif isinstance(exc, OSError) and held_elsewhere(exc) and not isinstance(exc, FolderUnwritable):
        why = _locked(target)
    elif isinstance(exc, OSError):
        why = os_reason(exc)
    else:
        why = str(exc)
    # placed at the file, not at a line of the spec, which holds nothing to fix
    return Problem(str(target), 0, 0, Severity.ERROR, "OUTPUT-UNWRITTEN", f"无法写入（由 {spec} 生成）：{why}")


def _too_long_out(target: Path) -> str:
    """Why an output path was too long and what to do: the folder is the clerk's to choose, the forms' names are not
    (shortened to write.MAX_NAME bytes). One folder's name too long (long_paths.name_too_long) is no deeper than the
    folder -o names instead, so the folder is asked for by its name. The example is a folder of the clerk's system:
    Linux and macOS say ENAMETOOLONG too, where D:\\ is no folder."""
    example = "D:\\绩效输出" if hidden_files.ON_WINDOWS else "~/绩效输出"
    named = name_too_long(target)
    if named:
        return f"{named.said}；请用 -o 写一个名字短一些的文件夹（如 -o {example}）"
    return (f"{too_long_said(_path_length(target))}；请用 -o 把表写到浅一些的文件夹（如 -o {example}），"
            "或把项目文件夹移到浅一些的位置")


def _unsaved(folder: str, written: list[Path], why: str, had_record: bool) -> str:
    """The build's record not saved (`why`) after the forms `written` were: said as `无法读写 .jixiao-manifest.json`,
    the clerk heard of a hidden file and not that the forms were there. The next build writes them again over the
    same bytes (Manifest.set_aside_if_changed), so nothing is to be deleted by hand; only a form whose spec was
    edited before then differs from the older record and is renamed （修改过）. A folder with no record before
    (`had_record` false) is written over whole, as a first build's is."""
    forms = f"{folder} 里这次生成的 {len(written)} 个文件（如 {written[0].name}）已经写好"
    if not had_record:
        return f"{forms}，但没能保存生成记录（{why}）；下次运行 jixiao build 会把它们全部重新生成"
    return (f"{forms}，但没能更新生成记录（{why}）；下次运行 jixiao build 会重新写出它们并保存记录"
            "（在那之前改过的规格，它这次的表会改名为“（修改过）”留下）")


_TEMPORARY = len(".jixiao-12345678.tmp")  # the name atomic_write first writes under, beside the target


def _path_length(target: Path) -> int:
    """The length of the longest path writing `target` takes (its temporary file's, when that name is longer): the
    one a path too long for Windows was refused for (long_paths)."""
    return len(os.path.abspath(target.parent)) + 1 + max(len(target.name), _TEMPORARY)


def _locked(target: Path) -> str:
    """Why a file was refused, said for a build: the errors module's "close it or choose another place" sent the
    clerk whose last form was open in Word to look for another folder, when closing it and building again is all
    it takes (the rest of the specs are built meanwhile). A PDF is held by a PDF reader, not Word."""
    holder = "PDF 阅读器、WPS" if target.suffix.lower() == ".pdf" else "Word、WPS"
    return (f"文件可能正在 {holder} 等程序中打开；请关闭它后再运行 jixiao build"
            "（没有打开的，请检查它是否设为只读、你有没有改写它的权限）")


def _timed_out(docx: bytes | None, a14=None) -> str:
    """Why a PDF timed out and what to do: a form far longer than any (pdf.LARGE_DOCUMENT) is the likely cause.
    Lint's A14 is named as the way to find the field to shorten only where it is on and one cell or paragraph is
    over its limit (`a14`'s, else the rule's default): a form long from many fields each under it, or a project
    that raised the limit or turned A14 off, would send the clerk to a lint that says nothing."""
    from .pdf import LARGE_DOCUMENT, text_lengths

    characters, longest = text_lengths(docx) if docx else (0, 0)
    if characters <= LARGE_DOCUMENT:
        return "LibreOffice 转换 PDF 超时；请稍后重试，或先只生成 docx"
    from .lint.structure import a14_long_text

    on, limit = (a14.enabled, a14.params["max_chars"]) if a14 else (True, a14_long_text.params["max_chars"])
    where = "（jixiao lint 的 A14 会指出是哪一栏）" if on and longest > limit else ""
    return (f"LibreOffice 转换 PDF 超时：这份表有 {characters} 个字，远多于一般的绩效目标表（几千字），LibreOffice 在时限内"
            f"排不完，重试也一样；请删减过长的文字{where}，或先只生成 docx")


def default_jobs() -> int:
    return os.cpu_count() or 1
