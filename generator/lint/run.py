"""Run the catalogue over specs: validate first (its problems silenced by validate), then every enabled rule, then
the inline silences of lint's own codes (see silence).

Where a placeholder is left, only the placeholder rule (A13) reports it, not also the rules that read it as empty;
where a 一级's rows are all blank, only A2 reports them, not also A5, A6, A7, A9 and A13; where a row is wholly
empty, only A9 reports it, not also A13 each of its “（请填写）”; where C10 tells an amount typed in 元, not also C11
(even where C10's finding there is silenced), and where they tell every amount of the spec, not also C13; a C10 or
C11 finding that refers to another for its reason refers to the next one shown where that one is silenced, and goes
where none is, C11 then speaking for that amount itself;
where B3 tells a value cell's comparator against the comparator column, not also B5, B10 and C2 on that row;
where B5 tells a cell's comparator points the wrong way, not also D6 calling that cell lower than last year's;
where B11 tells a 三级 name is work content, not also B6, D1 and D4 on that name;
where B9 or B10 tells a value of words what its kind asks (a deadline, a satisfaction rate), not also B6 its vague word.
A finding stands for another only where its level is the same or higher (`_stands_for`): a project that made B6 an
error still fails on `基本满意` beside B10's warning. These filters run after
the inline silences and count only the findings a silence left: `# jixiao: disable=A2` must not hide the others,
and a `disable=A5` beside A2's finding silences A5 rather than being called unused.

A spec that fails its schema is not linted: its validation problems are reported instead, since lint's
rules may only trust the shape of data that passed its schema (a comment silencing a lint rule waits for
them). One that fails only validate's own rules (a sum off by a cent, a deadline in another year) is linted
too, beside those errors: one slip must not hide every other finding. Settings are built once per variant.
"""
from __future__ import annotations

import re

from dataclasses import replace
from pathlib import Path

from .. import silence
from ..datapath import json_path, json_steps
from ..load import load_bytes
from ..problems import Problem, Severity, besides
from ..project import Project
from ..rules import text_punctuation
from ..validate import OWN_CODES, Checked, Validator
from ..variants import Catalog, Roots
from . import RULES, config, cost, measurability, relevance, structure
from .context import LintContext


class Linter:
    """Lints specs against the variants under one set of roots, with a project's rule settings if any."""

    def __init__(self, roots: Roots | None = None, project: Project | None = None, catalog: Catalog | None = None):
        """`catalog`: one already read (the command's, see command_paths.per_project), else read from `roots`."""
        self.validator = Validator(roots, catalog)
        self.project = project or Project()  # its rule settings were checked when it was read
        self._configs: dict[str, config.LintConfig] = {}

    def config_for(self, variant) -> config.LintConfig:
        if variant.name not in self._configs:  # both layers' settings were checked when their files were read
            self._configs[variant.name] = config.build(RULES, variant.profile.get("lint"), self.project.rules)
        return self._configs[variant.name]

    def lint_file(self, path: str | Path) -> list[Problem]:
        return self.lint(self.validator.check_file(path))

    def check_bytes(self, path: str, raw: bytes) -> Checked:
        """validate's check of a file's bytes other than those on disk (as it was in a git revision), by its name,
        for `lint` to lint."""
        return self.validator.check(load_bytes(path, raw, self.validator.catalog))

    def lint_after_validate(self, checked: Checked) -> tuple[list[Problem], list[Problem]]:
        """lint's own findings, without the problems validate reports, and those problems (listed apart in a
        pull request's comment, counted apart in the summary).

        For a run after validate (CI), which reported them: one slip is then one annotation and fails one
        check. They are the problems validate's own check of this file gave, not lines matched against its
        printed report (lint's wording of them may differ), silenced by validate, with its reports on the
        comments naming its codes (see silence): those comments are validate's to judge, and said once."""
        found = self.lint(checked)
        own = besides(found, checked.problems)
        return own, besides(found, own)

    def lint(self, checked: Checked) -> list[Problem]:
        if not checked.shaped:
            return checked.problems
        settings = self.config_for(checked.variant)
        ctx = LintContext(checked.spec, checked.variant, self.validator.store, settings)
        own = []
        for rule in RULES.values():
            if settings.enabled(rule.id):
                ctx.rule = rule
                own += rule.check(ctx)
        kept = checked.problems + silence.for_lint(checked.spec.path, checked.spec.text, own, checked.problems,
                                                   OWN_CODES, set(RULES))
        def named(written: str) -> str:
            return ctx.field_name(json_steps(written))

        standing = _standing_referrals(kept, named)
        unreasoned = _paths(kept, IN_YUAN_RULE) - _paths(standing, IN_YUAN_RULE)
        in_yuan = _levels(p for p in own if p.code == IN_YUAN_RULE
                          and p.path not in unreasoned)  # silenced or not: see _once_per_amount
        told_in_yuan = _levels(p for p in own if p.code in (IN_YUAN_RULE, BESIDE_CAPS_RULE))  # silenced or not
        return sorted(_once_per_name(_once_per_row(_once_per_cell(_once_per_empty_row(_once_per_level1(_once_per_clash(_once_per_told_kind(
            _once_per_rewrite(_once_per_slip(_once_per_placeholder(_standing_referrals(_once_per_amount(
                _once_per_spec_in_yuan(standing, told_in_yuan), in_yuan), named)))))),
            ctx.lists))))))


LEVELS = (Severity.INFO, Severity.WARNING, Severity.ERROR)
"""The levels from the lowest up, for `_stands_for` to weigh."""


def _stands_for(level: int | None, problem: Problem) -> bool:
    """Whether a finding of `level` (an index in `LEVELS`; None: none is shown there) may stand for `problem`, every
    yield of this module asking it: only one of the same or a higher level. A lower one would lower what was said: a
    project that made B6 an error (`lint: rules: {B6: error}`) failed on `基本满意` of a 满意度, then B10's warning
    stood for it and lint passed; with B10 set to info, a warning became a hint. Where the level is lower both stand,
    each at its own."""
    return level is not None and level >= LEVELS.index(problem.severity)


def _levels(speaking, key=lambda problem: problem.path) -> dict:
    """The highest level (an index in `LEVELS`) of the findings `speaking` (those that stand for others) at each place
    `key` gives (by default the cell or field), for `_stands_for`."""
    levels: dict = {}
    for problem in speaking:
        place = key(problem)
        levels[place] = max(levels.get(place, -1), LEVELS.index(problem.severity))
    return levels


GENERIC = ("B2", "B3", "B7")
"""Rules that say what any value lacks (a number, a unit or comparator, a grade)."""
SPECIFIC = ("B6", "B8", "B9", "B10", "C2")
"""Rules that say what this kind of value should be (no vague word, a target not a scoring rule, a
时效, 满意度 or 成本 value). Where one reports the same cell as a generic rule, it says the same and
more, and is the one kept: one slip, one finding. Not a generic finding about another column beside the cell
(`Problem.subject`: B3's comparator typed in the value against the 指标性质 column's), which no specific rule says."""


def _once_per_cell(problems: list[Problem]) -> list[Problem]:
    specific = _levels(p for p in problems if p.code in SPECIFIC)
    return [p for p in problems if p.code not in GENERIC or not _stands_for(specific.get(p.path), p) or p.subject]


WORK_CONTENT_RULE = measurability.b11_sentence.id
ABOUT_A_NAME = (measurability.b6_vague.id, relevance.d1_keywords.id, relevance.d4_copies.id)
"""Rules whose finding on a 三级 name follows from its being work content, where B11 says it is: B6 (a vague word in
it), D1 (it does not fit its 二级: no sentence of work fits any) and D4 (it repeats the task or target it was taken from)."""


def _once_per_name(problems: list[Problem]) -> list[Problem]:
    """B11 (the name is work content: a list, a task, a sentence) subsumes B6, D1 and D4 on the same name: each says a
    consequence of that one slip and asks the same rewrite, into a measurable object, which B11 asks with the reason
    and an example (one that fits the row's 二级 and value, as D1 would ask). A list of duties typed as a 三级 got B11,
    D1 and D4 on one cell: three findings, one fix, and the rewritten name is checked by D1 and D4 afresh. Only the
    name: D4 on a value, or B6 on one, is another cell. What D4 alone knew, which text the name copies, B11 says
    (`_with_source`), where it stands for D4's. With B11 disabled or silenced there, or of a lower level, theirs stand."""
    sentence = _levels(p for p in problems if p.code == WORK_CONTENT_RULE)

    def told(problem: Problem) -> bool:
        return problem.code in ABOUT_A_NAME and _stands_for(sentence.get(problem.path), problem)

    copied = {p.path: p.quotes for p in problems if p.code == COPY_RULE and told(p) and p.quotes}
    return [_with_source(p, copied[p.path]) if p.code == WORK_CONTENT_RULE and p.path in copied else p
            for p in problems if not told(p)]


COPY_RULE = relevance.d4_copies.id


def _with_source(problem: Problem, copy: tuple[str, ...]) -> Problem:
    """B11's finding with D4's source said in it, before its advice: `三级指标是用分号列出的几件工作，“宣传、贯彻…”
    照抄了…的“主要内容”中的文字；请写成…` (`copy`: D4's quotes, the quoted clause and the text it copies). The
    name's part of the message is left whole, whatever `；` the name holds."""
    field, colon, said, _ = _field_part(problem.message)
    clause, source = copy
    why, semicolon, advice = said.partition("；")
    return replace(problem, message=f"{field}{colon}{why}，{clause}照抄了{source}中的文字{semicolon}{advice}")


IN_YUAN_RULE, BESIDE_CAPS_RULE, ROUND_RULE = (cost.c10_amounts_in_yuan.id, cost.c11_budget_beside_caps.id,
                                             cost.c13_round_amounts.id)


def _once_per_spec_in_yuan(problems: list[Problem], told: dict) -> list[Problem]:
    """The problems without C13's finding where C10 or C11 tell every amount it is about (its `subject`; `told`: the
    levels of their findings, silenced or not, by path; see `_stands_for`): C13 sees only the digits, and they tell
    the amounts by what tells more (a headcount, a size no unit reaches, the cost caps). Silenced, they still keep
    C13 off: the author said those amounts are right. Where they tell only some, C13 stands for the rest: C11 told
    the one project of five with money cost caps, and the other four's amounts in 元 went untold, then, that project
    mended, no longer all round for C13 either. With both disabled, or silent, C13's stands."""
    return [p for p in problems if p.code != ROUND_RULE or not all(_stands_for(told.get(at), p) for at in p.subject)]


def _once_per_amount(problems: list[Problem], told: dict) -> list[Problem]:
    """The problems without C11's findings on an amount C10 reports (`told`: the levels of C10's findings shown, or
    silenced there, by path; see `_stands_for`): both say it was typed in 元 and what to write in 万元, and C10 tells every amount of the spec (C11
    only a budget and its group). C10's finding silenced there still keeps C11 off: the author said the amount is
    right, and C11 said it again. Where C10's finding went only because the amounts it rested on were silenced (a
    referral with no reason left, see `_standing_referrals`), C11 speaks for itself: its evidence, the list's own
    cost caps, is another, and nothing was said of this amount. With C10 disabled, C11's stand. Run before
    `_once_per_row` merges C10's findings on a group's amounts into one."""
    return [p for p in problems if p.code != BESIDE_CAPS_RULE or not _stands_for(told.get(p.path), p)]


def _standing_referrals(problems: list[Problem], named) -> list[Problem]:
    """The problems with each referral (Problem.cites: C10's and C11's “见…” to the amount that tells) whose cited
    finding is not shown sent to the next of its `cites` that is (`named`: a problem path's name as the message has
    it), and dropped where none is. A comment silenced it, the author saying that amount is right: another amount
    that tells by itself still holds the referral up (C10 with two amounts past what no unit reaches, one silenced);
    with none left, “看来也是按元填写的” rests on nothing and would send the reader to a finding that is not there."""
    shown = {(p.code, p.path) for p in problems}
    standing = []
    for problem in problems:
        if problem.cites and (problem.code, problem.cites[0]) not in shown:
            other = next((cited for cited in problem.cites[1:] if (problem.code, cited) in shown), None)
            if other is None:
                continue
            problem = replace(problem, cites=(other,), message=problem.message.replace(
                f"（见{named(problem.cites[0])}）", f"（见{named(other)}）", 1))
        standing.append(problem)
    return standing


SLIP_RULE, LOWER_RULE = measurability.b5_direction.id, relevance.d6_too_low.id


def _once_per_slip(problems: list[Problem]) -> list[Problem]:
    """The problems without D6's finding on a cell where B5's is shown (same line and column): B5 says the
    comparator points the wrong way (`≤90%` of a rate), and D6's “比上年…低” rests on that same turned comparator,
    its advice (write the reason for lowering the target) wrong for a slip. B5 is the cause and is kept. B5's other
    finding, money under 数量/质量/时效 told to move (its `subject` empty), leaves D6 be: a cap raised is no slip.
    Where B5 is silent, disabled or silenced there (the author meant the cap), D6 stands: the target was lowered.
    Run before `_once_per_clash`, which may drop B5 for B3's clash: the slip is still the cause."""
    slipped = _levels((p for p in problems if p.code == SLIP_RULE and p.subject), lambda p: (p.line, p.column))
    return [p for p in problems if not (p.code == LOWER_RULE and _stands_for(slipped.get((p.line, p.column)), p))]


UNCHECKABLE = (measurability.b2_number.id, measurability.b6_vague.id, measurability.b7_graded.id)
"""Rules each of whose findings on a value says it is words, no checkable target of its row, and asks it rewritten
as one: a number for a rate or count (B2), no vague word (B6), a checkable grade or figures (B7). B9 and B10 say it
where their finding's subject is `measurability.WORDS` (`及时` under 时效, `满意` of a 满意度); of a number of the
wrong kind (`≥3次` under 时效) they say the kind, and the number stays one D6 can weigh."""
TOLD_WORDS = (measurability.b9_timeliness.id, measurability.b10_satisfaction.id)


def _once_per_rewrite(problems: list[Problem]) -> list[Problem]:
    """The problems without D6's finding on a cell where a finding is shown that the value is words, no checkable
    target (`UNCHECKABLE`): `≥95%` → `及时` got B9 and D6, `12次` → `完成` B2 and D6, `满意` → `基本满意` B6, B10 and D6, one
    cell each. The value is to be rewritten as a number, deadline or grade, which D6 then weighs against last year's
    afresh, and its advice (write why the target was lowered) is for a target kept. With those findings disabled or
    silenced there, the author keeps the words, and D6 stands: they ask less than last year's."""
    rewrite = _levels(p for p in problems if p.code in UNCHECKABLE
                      or p.code in TOLD_WORDS and p.subject == (measurability.WORDS,))
    return [p for p in problems if not (p.code == LOWER_RULE and _stands_for(rewrite.get(p.path), p))]


VAGUE_RULE = measurability.b6_vague.id


def _once_per_told_kind(problems: list[Problem]) -> list[Problem]:
    """The problems without B6's finding on a value cell where B9 or B10 tells the value is words (`TOLD_WORDS` with
    the subject `measurability.WORDS`): `基本满意` of a 满意度 got B6 (“基本”是模糊的说法) and B10 (不是百分比；满意度请写成
    ≥85% 这样的调查目标), `基本及时` of a 时效 B6 and B9, two findings asking one rewrite. B9 and B10 say what this
    row's value must become (a deadline, a duration or a rate; a survey's percentage), B6 only a number, deadline or
    grade of any kind, and the vague word goes with the rewrite: theirs stands. Run after `_once_per_rewrite`, which
    counts B6 there as well. With B9 or B10 disabled or silenced there, or of a lower level than B6 (a project that
    made B6 an error), B6's stands."""
    told = _levels(p for p in problems if p.code in TOLD_WORDS and p.subject == (measurability.WORDS,))
    return [p for p in problems if not (p.code == VAGUE_RULE and _stands_for(told.get(p.path), p))]


CLASH_RULE = "B3"
LEFT_TO_CLASH = ("B5", "B10", "C2")
"""The rules that judge a comparator's direction, and say to write it in the comparator column (指标性质)."""


def _once_per_clash(problems: list[Problem]) -> list[Problem]:
    """The problems without a direction rule's finding (`LEFT_TO_CLASH`) on a row where B3's clash finding is shown:
    a value cell's own comparator against the comparator column's (`value: "≥15"` beside `nature: "≤"`, its
    `subject` the column). Their fix, written in that column, is there already or undone by the cell's, and B3 says
    which to delete. Only a clash finding shown stands for them: with B3 disabled, or silenced on that line
    (`# jixiao: disable=B3`), the author kept the cell's comparator, and whether it points the right way is theirs
    again. A rule could not tell that when it ran, silences being applied after."""
    clashed = _levels((p for p in problems if p.code == CLASH_RULE and p.subject), lambda p: _row(p.path))
    return [p for p in problems if not (p.code in LEFT_TO_CLASH and _stands_for(clashed.get(_row(p.path)), p))]


def _row(path: str) -> str:
    """The path of the row a cell's problem path is in (`indicators[3].nature` → `indicators[3]`), of the list an
    item is in (`targets[2]` → `targets`): the path without its last step, "" for a field at the top."""
    return _LAST_STEP.sub("", path)


_LAST_STEP = re.compile(r"(?:(?:^|\.)[^.\[\]]+|\[\d+\])$")


def _inside(path: str, outer: str) -> bool:
    """Whether the problem path `path` is of a place inside the one `outer` is of: a field (`indicators[3].name`) or
    an item (`indicators[3]` in `indicators`), not one whose name begins alike (`indicators_2`)."""
    return path.startswith((f"{outer}.", f"{outer}["))


def _paths(problems: list[Problem], code: str) -> set[str]:
    return {p.path for p in problems if p.code == code}



PLACEHOLDER_RULE = structure.a13_placeholders.id
NAME_RULE = structure.a4_name.id


def _once_per_row(problems: list[Problem]) -> list[Problem]:
    """One finding where a row's value columns say the same thing the same way.

    Forms with two value columns (实施周期 and 年度, 半年 and 全年) often hold one text twice, and a
    rule then said the same twice: a 半年-and-全年 form's four “明显” read as eight warnings. The first column's
    finding stays and names the other column; silences were applied before, so each still counts.
    Placeholders stay one finding each: that list is the one the build's warning counts."""
    first: dict[tuple, int] = {}
    out: list[Problem] = []
    for problem in sorted(problems):
        head, colon, said, column = _field_part(problem.message)
        row = _row(problem.path)
        key = (problem.code, row, said)
        mergeable = problem.code in RULES and problem.code != PLACEHOLDER_RULE and row and colon
        if not mergeable or key not in first:
            first[key] = len(out)
            out.append(problem)
            continue
        kept = out[first[key]]
        out[first[key]] = replace(kept, message=f"{kept.message}（{column or head.rsplit(' › ', 1)[-1]}同）")
    return out


_CELL = re.compile(r"(.*?的“([^“”]*)”)(：)(.*)", re.S)
"""A message on a row's cell: its field part, `第 3 个绩效指标（…）的“年度指标值”`, ending at the column's title."""


def _field_part(message: str) -> tuple[str, str, str, str | None]:
    """(field, "：", what is said, the column's title) of a lint message: a cell's field part ends at its column's
    title, however many `：` the indicator's name in it holds (`第 3 个绩效指标（满意度：群众）的“年度指标值”`);
    another's at the first `：`, without a column's title (None)."""
    cell = _CELL.match(message)
    if cell:
        field, column, colon, said = cell.groups()
        return field, colon, said, column
    return (*message.partition("："), None)


def _once_per_placeholder(problems: list[Problem]) -> list[Problem]:
    """The problems without other rules' findings where the placeholder rule reports “（请填写）”.

    A1, A4, A9, A10 and A12 read the placeholder as empty and would say 没有填写 at the same line and
    column; one finding a place is enough, and the placeholder rule's findings are the full list the
    build's warning promises. With that rule disabled, theirs stand. Validate's TEXT-PUNCTUATION stands so for
    A4's finding alone: a name of `。` alone is not filled in, said once, as a name of `——` alone is. The rules
    that say more of punctuation alone in a value or a description (B2's 没有数值 with the form to type, A12's
    “/”表示没有，不是描述) stand beside it: it would have put its 请填上实际内容 in their place."""
    places = _levels(p for p in problems if p.code == PLACEHOLDER_RULE)
    names = _levels(p for p in problems if p.code == text_punctuation.ID)
    return [p for p in problems if p.code == PLACEHOLDER_RULE or p.code not in RULES
            or not (_stands_for(places.get(p.path), p) or p.code == NAME_RULE and _stands_for(names.get(p.path), p))]


LEVEL1_RULE = structure.a2_level1.id
OUTPUTS_RULE = structure.a5_outputs.id
ABOUT_A_LEVEL1 = (structure.a5_outputs.id, structure.a6_effect.id, structure.a7_satisfaction.id)
"""Rules whose findings sit at a list's key and carry the 一级 they are about (Problem.subject)."""
ON_ITS_ROWS = (structure.a9_value.id, PLACEHOLDER_RULE)
"""Rules that report a row or a cell of it."""


def _once_per_level1(problems: list[Problem], lists) -> list[Problem]:
    """The problems without A5's, A6's, A7's, A9's and A13's findings on a 一级 that A2 reports as not filled in.

    A new spec lists a blank row for each 二级: A2 said a 一级's 4 rows were not filled in, then A5 said each
    of its 二级 had no indicator, A9 that each of its rows had no value (or A13 that each cell still read
    “（请填写）”), A6 that there was no 效益 and A7 no 满意度 indicator, so the first lint of a new spec said
    one thing many times. A2's finding names the rows, how many “（请填写）” they hold, and what the form asks
    for; with A2 disabled or silenced, theirs stand. A2's, A5's, A6's and A7's findings are all at the list's
    key, and are matched by the 一级 each carries (Problem.subject), not by their wording."""
    reported = _levels((p for p in problems if p.code == LEVEL1_RULE), lambda p: (p.path, p.subject))
    rows = {json_path(row.path) + ".": level
            for listed in lists for row in listed.rows
            if (level := reported.get((json_path(listed.path), (row.level1,)))) is not None}

    def covered(problem: Problem) -> bool:
        if problem.code in ABOUT_A_LEVEL1:
            return _stands_for(reported.get((problem.path, problem.subject[:1])), problem)
        return problem.code in ON_ITS_ROWS and _stands_for(max(
            (level for row, level in rows.items() if f"{problem.path}.".startswith(row)), default=None), problem)

    return [p for p in problems if not covered(p)]


def _once_per_empty_row(problems: list[Problem]) -> list[Problem]:
    """The problems without A13's findings in a row A9 reports wholly empty (its finding carries the row's 一级 and
    二级 as subject; A9's other findings carry none), nor A5's on a 二级 such a row is under.

    After one row of a 一级 was filled, each row `jixiao new` listed beside it and the author left got three A13
    findings, one a cell; A9's finding on the row counts the row's “（请填写）”, so that lint still says where each
    is, as the build's warning promises. A5 said at the list that the row's 二级 needs an indicator while A9 said
    to delete the row: A9 now says the row is where it goes, and A5's finding (its subject: the 一级, then the
    二级 it names) is left to it. With A9 disabled or silenced there, A13's and A5's stand."""
    rows = [p for p in problems if p.code == structure.a9_value.id and p.subject]

    def covered(problem: Problem) -> bool:
        if problem.code == PLACEHOLDER_RULE:
            return any(_stands_for(LEVELS.index(row.severity), problem)
                       for row in rows if f"{problem.path}.".startswith(f"{row.path}."))
        return problem.code == OUTPUTS_RULE and any(
            _inside(row.path, problem.path) and row.subject[0] == problem.subject[0]
            and row.subject[1] in problem.subject[1:] and _stands_for(LEVELS.index(row.severity), problem)
            for row in rows)

    return [p for p in problems if not covered(p)]
