"""Live preview: `jixiao serve` shows each spec's HTML form and reloads it when a file changes.

Finance staff edit YAML in a text editor; running `build` and opening the file after every change
is the slow part of their loop. As `mkdocs serve` does, this renders in memory (nothing is written
to output/), watches the specs, the forms, the schemas and jixiao.yaml, and an open page reloads
itself when any of them changes. A spec with errors shows its problems as `validate` prints them, so the page
says what to fix instead of going blank; a form has lint's advice above it (`serve_lint`). It serves on 127.0.0.1
by default: specs are not public.
"""
from __future__ import annotations

import os
import re
import secrets
import threading
from dataclasses import replace
from pathlib import Path
from typing import Callable

from .build import Rendered, Renderer
from .command_paths import saved_as_text_warning
from .errors import JixiaoError, LocatedError, os_problem
from .report import line
from .serve_lint import PreviewLint
from .serve_news import PreviewNews
from .serve_pages import PreviewPages
from .serve_watch import Watched
from .variants import Roots


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


class Preview(PreviewNews, PreviewPages, PreviewLint):
    """Pages for one set of specs: an index, each spec's form (or its problems) and the version; and the terminal's
    news of each change (`serve_news`). The pages are made in `serve_pages`, the files watched in `serve_watch`, lint's
    advice beside each form in `serve_lint`."""

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
        self._checked: dict = {}  # validate's check each rendering without errors was made from, until linted (serve_lint)
        self._linter = None  # (the renderer it goes with, lint's Linter): see serve_lint
        self._advised: dict = {}  # each spec's lint advice, with the rendering it was made beside (serve_lint)
        self._version = -1
        self._started = secrets.token_hex(4)  # a page made by an earlier run reloads: its version is another one
        self.site = ""  # the web address the server answers at, once it listens: the terminal names pages by it

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

    def version(self) -> str:
        """What a page's reload script compares: this run and the watched files' version."""
        return f"{self._started}-{self.watched.version}"

    def refresh(self) -> bool:
        """Whether a watched file changed. A failure is said and the next poll looks again: raised, it
        ended the watcher's thread, and every page went on showing what it showed as current."""
        with self._lock:
            before, left_out = set(self.watched.as_text), set(self.watched.left_out)
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
            elif set(self.watched.as_text) != before or set(self.watched.left_out) != left_out:
                self._reload_index()
            return changed

    def _reload_index(self) -> None:
        """A new version, with every rendering kept, when a spec saved as `gz.yaml.txt` or a YAML file left out came or
        went: the index warns of each (`_saved_as_text`) and names the others (`_skipped_beside_specs`,
        `_no_spec_yet`), and no watched file changed, so the open index kept showing the page before it."""
        kept = self._version == self.watched.version
        self.watched.version += 1
        if kept:
            self._version = self.watched.version

    def _keep_unchanged(self) -> None:
        """After a poll that changed specs alone, keep the other specs' renderings and the renderer (see `render`):
        each save of one spec rendered every spec again for the index open in another tab, 2.2 s of both cores'
        time with 46 specs at every save, and each other spec's open page again. After one that changed the files of
        some forms alone (`Watched.shaped_forms`: a profile, a template, a form.docx), keep the renderings of the other
        forms' specs, with a renderer made afresh, which holds parsed templates: a form.html saved rendered all 46
        specs again one after another, 4–5 s. A spec that stopped before its form was known (`Rendered.form` empty: a
        form it names not there, its own errors) is rendered again, as its form may be the one that came or changed.
        A change to a schema or jixiao.yaml may change any page, as may polls this one did not see: `render` starts
        afresh. While jixiao.yaml has an error no page renders a spec, so a spec's save that fixes it (the folder it
        named made meanwhile) is never the poll right after a render, and its new forms are read afresh."""
        forms = self.watched.shaped_forms
        if self._version != self.watched.version - 1 or forms is None:
            return
        if forms:
            self._renderer = Renderer(["html"], self.watched.roots)
        for name, rendered in list(self._rendered.items()):
            if name in self.watched.changed or forms and rendered.form in {*forms, ""}:
                del self._rendered[name]
                self._checked.pop(name, None)
        self._version = self.watched.version

    def render(self, spec: str) -> Rendered:
        """The spec rendered, once until it changes: the index and the form page ask for the same spec. Its problems
        name their files as the terminal does (`shown`): a form's template error was at its whole path, the line
        before it naming the same file from where serve was started.

        After a change to what shapes the forms the renderer is made afresh, since it holds parsed schemas and
        templates, which may be what changed (`_keep_unchanged` keeps it after a change to specs alone, and the other
        forms' renderings after a change to some forms' files).

        The file is read once for both the form and lint's advice beside it (`_checked`, taken by serve_lint): lint
        read it again after the rendering, and a save in between showed the advice of one save above the form of
        another until the next poll."""
        with self._lock:
            if self._version != self.watched.version:
                self._renderer, self._rendered = Renderer(["html"], self.watched.roots), {}
                self._checked, self._version = {}, self.watched.version
            if spec not in self._rendered:
                checked = self._renderer.validator.check_file(spec)
                rendered = self._renderer.render(spec, checked=checked)
                rendered.problems = [replace(problem, file=self.shown(problem.file)) for problem in rendered.problems]
                self._rendered[spec] = rendered
                if rendered.ok:
                    self._checked[spec] = checked
            return self._rendered[spec]

    def failed(self, exc: Exception) -> str:
        """What went wrong, said in the terminal unless it was just said; the server's own failures too."""
        message = (f"预览出错：{os_problem(exc, reading=True)}" if isinstance(exc, OSError) else
                   f"jixiao 内部错误：{type(exc).__name__}: {exc}；请把这条消息报告给维护者")
        if message != self._said:
            self._say(message)
            self._said = message
        return message

    def _gone_words(self, name: str) -> str:
        """What a folder or file given to serve that is not there now (`Watched.gone`) is said to be."""
        return f"{'文件夹' if self.watched.was_folder(name) else '规格'} {name} 不见了：它可能已被改名、移动或删除"

