"""A form's templates checked without a spec: both rendered, in memory, from the spec `jixiao new` writes.

`jixiao new --list` checked each form's profile and schema, but its form.html and form.docx were
compiled and run only by `jixiao build` of a spec: an author had to write and build one to learn of
a tag left open, a misplaced Word tag or a misspelt field. Here each template is prepared (its syntax,
its Word tags, an empty template) and rendered from the new spec's data (every field there, text to
fill reading “（请填写）”, amounts blank, one empty row per 二级指标), exactly as a build renders and
reports it. A form that builds that spec is what a unit gets from its first minute, so a template
failing on it is broken for every unit. A name read in a branch that spec does not take (a field
under `{% if amount %}`) is looked up in its data without rendering, as a build does (see template_names).

A pass is remembered (see pass_cache) under the bytes of every file the form's output depends on,
jixiao's code, the template libraries and the day (the new spec dates the form today): preparing
the Word templates is most of what the check costs.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from functools import cache

from . import pass_cache
from .json_text import json_position
from .placeholder import PLACEHOLDER
from .problems import Problem
from .schema_line import shown
from .schema_nodes import written_at

FORMATS = ("docx", "html")
LIBRARIES = ("jinja2", "docxtpl", "docx", "lxml")
"""The libraries that compile and render the templates: another version may judge a template otherwise."""


class TemplateCheck:
    """Checks the templates of the forms of one catalog; the renderer, on that catalog, is made on the first form not
    remembered."""

    def __init__(self, catalog):
        self.catalog = catalog
        self.today = datetime.date.today()
        self._renderer = None
        self._files: dict[str, str | None] = {}  # form name -> its files' hash (see _verdict)

    def problems(self, variant) -> list[Problem]:
        """What stops the form's templates rendering the new spec, each as a build says it, and the warnings a
        build gives about them (a required field a template never prints: see unprinted); none when they pass."""
        verdict = self._verdict(variant)
        if verdict is not None and pass_cache.passed(verdict):
            return []
        from .build import Rendered, Renderer

        if self._renderer is None:
            self._renderer = Renderer(FORMATS, catalog=self.catalog)  # the forms and schemas read once, not twice
        data = self._renderer.new_spec_data(variant)  # the one its templates' names are checked against
        rendered = self._renderer.render_data(Rendered(variant.name), data, variant, every_template=True)
        if not rendered.problems and verdict is not None:
            pass_cache.remember(verdict)
        return rendered.problems

    def refused(self, variant) -> list[Problem]:
        """What the form's own schema refuses in the spec `jixiao new` writes for it today (a `pattern` that
        refuses “（请填写）”, a date its `format` does not take): every unit would start from a spec validate
        refuses, and `new --list` called such a form fine. A pass is remembered as the templates' is."""
        passed = self._verdict(variant, "new spec")
        if passed is not None and pass_cache.passed(passed):
            return []
        from .scaffold import scaffold

        store = self.catalog.store
        problems = refusals(store, variant, f"jixiao new --form {variant.name}",
                            scaffold(store, variant, PLACEHOLDER, self.today.year, today=self.today))
        if not problems and passed is not None:
            pass_cache.remember(passed)
        return problems

    def _verdict(self, variant, *about: str) -> str | None:
        """The name of a pass of this form's templates today (the new spec dates the form today) on `about`. The
        form's files are hashed once for both checks: hashing reads and parses its templates (see form_inputs), some
        25 ms a form, and `new --list` hashed every form twice."""
        if variant.name not in self._files:
            from .manifest import variant_hash

            self._files[variant.name] = variant_hash(self.catalog, variant.name)
        return _named(variant.name, self._files[variant.name], *about, self.today.isoformat())


def refusals(store, variant, path: str, text: str) -> list[Problem]:
    """The errors the form's own schema finds in a spec `jixiao new` wrote (`text`, read as the file `path`), an
    `enum` refusing “（请填写）” with the line of the schema to add it at: what `new --list` tells of the form, and
    `new` of the spec it has just written, whose help promises a spec that validates."""
    from .load import load_text
    from .schema import schema_problems

    spec = load_text(path, text)
    return [_with_enum_fix(store, variant.schema_path.name, problem)
            for problem in spec.problems or schema_problems(store, variant.schema_path.name, spec) if problem.is_error]


def _with_enum_fix(store, file_name: str, problem: Problem) -> Problem:
    """`problem` with the fix where an `enum` refused what `new` wrote: `new` never picks one of a field's choices
    for the unit (see scaffold), so a field to be chosen takes “（请填写）” among them, as a pattern does (see
    placeholder_pattern), and the author is told at which line of the schema to add it."""
    if problem.code != "SCHEMA-ENUM" or not problem.path:
        return problem
    dotted = [step for step in re.sub(r"\[\d+\]", ".*", problem.path).split(".") if step]
    at = written_at(store.schema(file_name), dotted)
    line, column = json_position(store.texts[file_name], (*at, "enum") if at else at)
    fix = (f"；jixiao new 不替单位选定，在这一栏写“{PLACEHOLDER}”留给单位选："
           f"请在 {shown(store.paths[file_name])}:{line}:{column} 的 enum 里加上“{PLACEHOLDER}”（validate 提醒、lint 指出没选的）")
    return dataclasses.replace(problem, message=problem.message + fix)


def verdict(catalog, name: str, *about: str) -> str | None:
    """The name of a pass of the form's templates on `about`, under the bytes of every file its output
    depends on, jixiao's code and the template libraries; None when a file of the form cannot be read
    (then it is checked, and the renderer says what is wrong)."""
    from .manifest import variant_hash

    return _named(name, variant_hash(catalog, name), *about)


def _named(name: str, files: str | None, *about: str) -> str | None:
    """`verdict` of the form `name` whose files hash to `files` (None: unknown, and so is the verdict)."""
    from .manifest import code_hash

    if files is None:
        return None
    return pass_cache.key("form templates", name, *about, code_hash(), _libraries(), files)


@cache
def _libraries() -> str:
    """The template libraries as file locations and modification times (importing docxtpl is part of
    what a remembered pass saves)."""
    return pass_cache.stamps(libraries=LIBRARIES)
