"""What `jixiao serve` says in the terminal after a change: a saved spec's errors, a spec renamed or moved, the forms
renamed, switched, removed or left without a schema, jixiao.yaml's error once, and each spec's first error after a
form changed.

Kept apart from the watching (serve_watch), which finds what changed, and from the pages (serve_pages): this is
the wording, in the words `validate` prints a problem in.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from . import form_renames, word_damage
from .command_paths import how_to_make
from .errors import JixiaoError
from .load import load
from .project import PROJECT_FILE
from .report import line
from .serve_pages import FORM_PREFIX, GIVE_FORM, NO_SPEC_TO_SHOW, SKIPPED, only_skipped_words
from .variants import PROFILE_FILE, Catalog

MAX_NEWS = 5  # changed files named in the terminal after a change; more are counted


class PreviewNews:
    """The terminal's part of serve.Preview: the lines said after a change (`news`, `word_news`).

    It reads the preview's state through the Preview it is part of (`watched`, `render`, `said_of`, `shown`,
    `failed`, `site`, `_gone_words`, and the pages' `awaited_folder`), one class in use, and keeps what it said last in attributes Preview.__init__
    starts (`damaged`, which the index lists too, `_trouble_said`, `_word_looked`); a module of its own, so that the
    wording is read apart from the watching and the pages."""

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

    def start_news(self) -> list[str]:
        """What is said once the preview has started, when some spec's page shows an error: each first error, as after a
        form's change (`_forms_news`). Nothing was said of a spec with errors until it was saved, though the clerk
        starting serve looks at the terminal first; nothing is said when no spec has any, as before."""
        try:
            if not any(self._first_error(spec) for spec in self.watched.specs()):  # rendered once: the pages reuse them
                return []
            return self._forms_news("预览已启动")
        except Exception as exc:  # noqa: BLE001 - a bug met while rendering: the watcher goes on
            self.failed(exc)
            return []

    def skipped_at_start(self) -> str | None:
        """What is said once the preview has started when no spec is there to show but YAML files left out as other
        programs' (serve_run starts it so, `_no_spec_but_other_yaml`), as the index says it; None otherwise."""
        skipped = [] if self.watched.specs() else self.watched.skipped()
        if not skipped:
            return None
        folder = self.awaited_folder()
        return (f"{NO_SPEC_TO_SHOW}：{only_skipped_words([self.shown(name) for name in skipped])}"
                f"{how_to_make(folder)}规格新建、改名或保存到 {folder}/ 后，预览会自动列出它。")

    def specs_at_start(self) -> list[str]:
        """The specs the watcher renders for `start_news` (serve_watch's `_render_at_start`); none when they cannot be
        listed (a folder removed while walked), which is said as start_news says a failure."""
        try:
            return self.watched.specs()
        except Exception as exc:  # noqa: BLE001 - the watcher goes on, and start_news lists them again
            self.failed(exc)
            return []

    def render_at_start(self, spec: str) -> None:
        """One spec rendered for `start_news`, which reuses the rendering; a failure said as start_news says one."""
        try:
            self._first_error(spec)
        except Exception as exc:  # noqa: BLE001 - a bug met while rendering: the watcher goes on
            self.failed(exc)

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
        lines = self._spec_news([name for name in changed if name not in shaping])
        dropped = [name for name in shaping if _dropped(name)]
        gone = {Path(name).parent for name in dropped if not Path(name).parent.exists()}  # the folder too
        removed = [name for name in shaping if name not in dropped and not Path(name).exists()
                   and not gone & set(Path(name).parents)]
        edited = [name for name in shaping if name not in dropped and Path(name).exists()]
        forms = "；".join([*switches, *(_drop_words(Path(name), removed, self.shown) for name in dropped),
                          *([f"{'、'.join(map(self.shown, edited))} 有改动"] if edited else []),
                          *([f"{'、'.join(map(self.shown, removed))} 已删除"] if removed else [])])
        return lines + (self._forms_news(forms) if forms else [])

    def _spec_news(self, changed: list[str]) -> list[str]:
        """The lines of the files changed that shape no form: a saved spec's errors or that it has none, other files
        by name. A spec renamed or moved (`Watched.specs_renamed`) is said as such before its new name's lines: it was
        said deleted, and its new name as a spec of its own, though nothing in it changed."""
        specs, lines = set(self.watched.specs()), []
        renamed = {str(new): old for old, new in self.watched.specs_renamed if str(new) in changed}
        left = {str(old) for old in renamed.values()}
        found = self.watched.skipped() if set(changed) - specs else []
        skipped = {str(Path(name)) for name in found}
        begun = {str(Path(name)) for name in found if self.watched.begun(name)}
        for name in changed:
            if name in left:
                continue
            if name in begun:  # a spec retyped whole, saved before any spec's field: it was said 有改动, and previewed
                lines.append(f"{self.shown(name)} {SKIPPED}；{GIVE_FORM}即可预览。")
                continue
            if name in skipped:  # another program's YAML: told to get a form: field, as if it were to be a spec
                lines.append(only_skipped_words([self.shown(name)]))
                continue
            if name not in specs:
                lines.append(f"{self.shown(name)} {'有改动' if Path(name).exists() else '已删除'}，预览已更新。")
                continue
            if name in renamed:
                lines.append(f"{self.shown(renamed[name])} 改名为 {name}（内容没有变）：")
            try:
                problems = self.render(name).problems
            except JixiaoError as exc:
                lines.append(f"{name} 的表样有误，无法预览：{self.said_of(exc)}")
                continue
            errors = [line(problem) for problem in problems if problem.is_error]
            lines += self._capped(name, errors) if errors else [f"{name}：没有错误，预览已更新。"]
        return lines

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


def _none_failing(specs: int) -> str:
    """What the update line says of `specs` specs previewed that have no error: `1 个规格都没有错误` said 都 of one."""
    return f"：{specs} 个规格都没有错误" if specs > 1 else "：1 个规格，没有错误" if specs else ""


def _has_no_form(preview: PreviewNews, spec: str) -> bool:
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
    name took over (serve_watch's `_switched`, said apart)."""
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
    """What a form taken from another folder (serve_watch's `_switched`) is said to be in the terminal."""
    if removed:
        what = shown(left / PROFILE_FILE) if left.exists() else f"表样文件夹 {shown(left)}"
        return f"{what} 已删除，表样“{left.name}”现在用的是 {shown(taken)} 里的同名表样"
    return f"{shown(taken / PROFILE_FILE)} 已保存，表样“{taken.name}”现在用的是它，不再是 {shown(left)} 里的同名表样"


_LOCATED = re.compile(r"^.+?:\d+:\d+: ", re.MULTILINE)


def _headline(message: str) -> tuple[str, int]:
    """A message's first line that says where (`file:line:column: …`, which VS Code's terminal opens), or its
    first line, and how many lines follow it: one line a message in the terminal, whose others the page shows.
    A heading before it (`schema 有误：`) is left out, the file named saying as much."""
    found = _LOCATED.search(message)
    first, *rest = message[found.start() if found else 0:].split("\n")
    return first, len(rest)


def _from(folder: Path, root: Path | None) -> str:
    """A folder as jixiao.yaml writes it: from the project's root (where jixiao.yaml is) when under it, else whole.
    Named from where serve was started, from forms/ the schema folder was `schema`, the editor's copies' folder."""
    return folder.relative_to(root).as_posix() if root is not None and folder.is_relative_to(root) else str(folder)

