"""Stage 2: is this spec a well-formed document of its variant? Schema first, then rules.

Rules run on a spec that passed its schema, so they can trust the shape of the data
and report only what the schema cannot say (arithmetic, frame membership, dates). Those that read one
value at a time (rules.registry.ONE_VALUE) also read the values a failing schema took, so that an author is not
told a spec's slips one stage a round.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import form_fit, form_names, pass_cache, schema_line, silence
from .load import UNREAD, WHOLE_FILE, Spec, load
from .placeholder import quoted, unfilled
from .problems import Problem, Severity
from .rules import RuleContext, text_mojibake
from .rules.registry import ERRORS_ONLY, ONE_VALUE, RULES
from .schema import refused_places, schema_errors, schema_problems
from .value_parts import ValueParts
from .project import other_than_read, run_there
from .spec_files import spec_suffix
from .variants import Catalog, Roots, Variant

UNFILLED = "UNFILLED"
OWN_CODES = frozenset({*RULES, UNFILLED})
"""The codes of validate's that a `# jixiao: disable=` comment may name: its rules' and UNFILLED. Their warnings and
提示 are silenced, never their errors (ERRORS_ONLY's are all errors); the codes of the schema's and the parser's
findings are errors too, judged only where one is on a line the comment covers: its own, or the lines of the
`|` or `>` block its line opens (see silence)."""


def spec_target(out: str | Path, name: str, folder: bool = False) -> Path:
    """Where `-o` puts a spec (new, new --from, import): the .yaml file it names, else `name` in the folder
    it names. `folder` says -o is a folder whatever it is called. A folder that is not there is refused
    (command_paths.refuse_missing_folder), but a project's specs/, made when its first spec is written."""
    from .command_paths import refuse_missing_folder

    target = Path(out)
    if folder or not spec_suffix(target) or target.is_dir():
        target = target / name
    refuse_missing_folder(target)
    return target


def spec_name(unit: str, year: int) -> str:
    """A new spec's file name when none is given: `单位-年度.yaml`, safe on every filesystem."""
    from .write import safe_name

    return f"{safe_name(unit)}-{year}.yaml"


@dataclass
class Checked:
    """A spec after validation: what was read, which variant it names, and every problem."""

    spec: Spec
    variant: Variant | None = None
    problems: list[Problem] = field(default_factory=list)
    shaped: bool = False
    """The data has the schema's shape (rules ran), whatever the rules found."""
    unfilled: list[Problem] = field(default_factory=list)
    """UNFILLED's warning, apart: validate and build print it, lint says where each “（请填写）” is instead (A13)."""

    @property
    def ok(self) -> bool:
        return self.variant is not None and not any(p.is_error for p in self.problems)

    @property
    def stopped(self) -> bool:
        """Its errors kept the rules from running (not `shaped`): a YAML slip stops the schema, the schema's errors stop
        the rules, so what is listed of it is not all there is (report.rerun_note says so). Not of a file with nothing
        in it to check (NOTHING_TO_CHECK): “改正后请再运行一次…可能还有别的问题” of a path mistyped read as if the file
        were there, half checked."""
        return not self.shaped and any(p.is_error and p.code not in NOTHING_TO_CHECK for p in self.problems)


NOTHING_TO_CHECK = (*UNREAD, "FILE-EMPTY")
"""The codes of a file that holds nothing the rules could read (not there, unreadable, empty): its error is all
there is to say of it, and what is written once it is mended is checked when it is run again anyway."""


class Validator:
    """Validates specs against the variants under one set of roots (loaded once, reused)."""

    def __init__(self, roots: Roots | None = None, catalog: Catalog | None = None):
        """`catalog`: one already read (the build's, read before any spec needs validating), else read from `roots`."""
        self.catalog = Catalog(roots) if catalog is None else catalog
        self.store = self.catalog.store

    def check_file(self, path: str | Path) -> Checked:
        return self.check(load(path, self.catalog))

    def check(self, spec: Spec) -> Checked:
        """The spec's problems, the warnings and 提示 its `# jixiao: disable=` comments name left out (see silence).

        UNFILLED is silenced place by place: each “（请填写）” goes to the silences as a warning of its own, and those
        left are said as one warning (see `_unfilled`). Said as one before, a comment silencing the placeholder on
        its line silenced every other with it, and a spec printing “（请填写）” on its form was called free of problems."""
        garbling = text_mojibake.told(spec)  # read once: for the rule and for the problems the garbling caused
        checked = self._checked(spec, garbling)
        checked.problems = text_mojibake.past_garbling(spec, garbling, checked.problems)
        places = self._unfilled_places(checked) if checked.shaped else {}
        found = silence.for_validate(spec.path, spec.text, [*checked.problems, *places.values()], OWN_CODES,
                                     ERRORS_ONLY, checked.shaped)
        checked.problems = sorted(p for p in found if p.code != UNFILLED)  # a comment's report among the rest, in line order
        left = {id(p) for p in found}  # by identity: problems compare by place, another may be at a placeholder's
        checked.unfilled = self._unfilled(checked, {path: place for path, place in places.items() if id(place) in left})
        return checked

    def _checked(self, spec: Spec, garbling: text_mojibake.Told) -> Checked:
        checked = Checked(spec, problems=list(spec.problems))
        if spec.data is None:
            return checked
        variant, problem = self._variant(spec)
        if problem:
            checked.problems.append(problem)
            return checked
        checked.variant = variant
        schema_problems, refused = self._schema_problems(spec, variant)
        checked.problems += schema_problems
        if schema_problems:  # the rules on single values still read those the schema took, said in line order, see check
            line_form = schema_line.named_form(Path(spec.path), spec.text)
            found = form_fit.mismatch(self.catalog, variant, spec.data, line_form)
            ctx = RuleContext(spec, variant, self.store, refused, found.forms if found else (), garbling, whole=False)
            one_value = [problem for code in ONE_VALUE for problem in RULES[code].check(ctx)]
            if found:  # one error, at form:, for a spec written for another form: the schema's would each be about that
                line, column = spec.locate(("form",))
                checked.problems = [Problem(spec.path, line, column, Severity.ERROR, "FORM-MISMATCH",
                                            form_fit.said(self.catalog, found, len(schema_problems), line_form), "form"),
                                    *spec.problems, *one_value]
            else:
                checked.problems += one_value
            return checked
        checked.shaped = True
        ctx = RuleContext(spec, variant, self.store, garbling=garbling)
        for rule in RULES.values():
            checked.problems += rule.check(ctx)
        return checked

    def reported(self, checked: Checked) -> list[Problem]:
        """What validate says of one spec, in line order, with `unfilled`'s warning in its place."""
        return sorted([*checked.problems, *checked.unfilled])

    def _unfilled_places(self, checked: Checked) -> dict[tuple, Problem]:
        """Each text still reading “（请填写）”, by its path, as an UNFILLED warning at its place for the silences to
        judge; never said as such (see `_unfilled`)."""
        places = {}
        for path, text in checked.spec.texts():
            if unfilled(text):
                line, column = checked.spec.locate(path)
                places[path] = Problem(checked.spec.path, line, column, Severity.WARNING, UNFILLED, text)
        return places

    def _unfilled(self, checked: Checked, places: dict[tuple, Problem]) -> list[Problem]:
        """A warning when text still reads “（请填写）” or another placeholder (at `places`, those no comment silenced,
        each Problem's message the text), which `jixiao new` or a copied template wrote and the form would print.

        The spec is valid (the placeholder is text), so `validate` would otherwise say all is well on a
        fresh spec; lint says where each is (A13 each place, A2 how many a 一级's unfilled rows hold). This says
        it once, at the first: `validate` and `build` print it, since what they pass may be what gets submitted."""
        if not places:
            return []
        first = next(iter(places))
        field = RuleContext(checked.spec, checked.variant, self.store).field_name(first)
        line, column = checked.spec.locate(first)
        written = quoted(place.message for place in places.values())
        return [Problem(checked.spec.path, line, column, Severity.WARNING, UNFILLED,
                        f"还有 {len(places)} 处写着{written}（第一处：{field}），生成的表上会原样印出；"
                        "提交前请填写（jixiao lint 指出各在哪里）")]

    def _schema_problems(self, spec: Spec, variant: Variant) -> tuple[list[Problem], frozenset[tuple]]:
        """The schema's findings and the places of the values it refused (schema.refused_places), from one run of
        jsonschema; none without asking it when this text passed before."""
        file_name = variant.schema_path.name
        verdict = pass_cache.key(file_name, *self.store.texts.values(), spec.text)
        if pass_cache.passed(verdict):
            return [], frozenset()
        errors = schema_errors(self.store, file_name, spec.data)
        problems = schema_problems(self.store, file_name, spec, RuleContext(spec, variant, self.store).field_name, errors,
                                   ValueParts.of(variant.profile))
        if not problems:
            pass_cache.remember(verdict)
        return problems, refused_places(errors)

    def _variant(self, spec: Spec) -> tuple[Variant | None, Problem | None]:
        form = spec.data.get("form")
        if form is None:
            typed = form_fit.form_typed(self.catalog, spec.data)
            if typed:  # at the key typed for it, as an unknown field is said
                line, column = spec.locate((typed[0],), key=True)
                return None, Problem(spec.path, line, column, Severity.ERROR, "FORM-MISSING", typed[1], typed[0])
            if "form" in spec.data:  # `form:` typed, left empty: at it
                return None, Problem(spec.path, *spec.locate(("form",), key=True), Severity.ERROR, "FORM-MISSING",
                                     f"“form”（表样）没有填写；请在 form: 后面写上表样名称，可用的表样：{form_names.listed(self.catalog)}",
                                     "form")
            # no place to point at: a problem of the whole file, not of its line 1
            return None, Problem(spec.path, *WHOLE_FILE, Severity.ERROR, "FORM-MISSING",
                                 "缺少“form”字段（表样）；请在文件开头写 form: 和表样名称，"
                                 f"可用的表样：{form_names.listed(self.catalog)}")
        variant = self.catalog.get(form) if isinstance(form, str) else None
        if variant is None:
            return None, unknown_form(spec, self.catalog)
        return variant, None


def unknown_form(spec: Spec, catalog: Catalog, code: str = "FORM-UNKNOWN") -> Problem:
    """The error, at its `form`, of a spec whose form is none the catalog has: validate's FORM-UNKNOWN, and diff's
    DIFF-FORM-UNKNOWN in the same words, which say why (a form's folder without its schema), the form it was
    likely meant to be and the forms there are (see form_names), and the project the spec is in when jixiao
    runs outside it. The form is not taken by a guess: other tools read `form:` exactly."""
    form = spec.data.get("form")
    line, column = spec.locate(("form",))
    return Problem(spec.path, line, column, Severity.ERROR, code,
                   f"{form_names.unknown(catalog, form, in_spec=True)}{_project_elsewhere(spec.path, catalog)}", "form")


def _project_elsewhere(path: str, catalog: Catalog) -> str:
    """A hint when the spec sits in another project than the one jixiao was run in: the forms come from
    the jixiao.yaml found from the current folder, so a project's own form is unknown when jixiao runs
    from outside it (`jixiao lint 单位/specs/a.yaml` from the folder above), and nothing said why. Not when
    its forms were read from the spec's own project (`--per-file-project`): running there changes nothing."""
    theirs = other_than_read(path, catalog.roots.project)
    if theirs is None:
        return ""
    return f"。{run_there(theirs, '这个规格')}"
