"""Specs that make one form's file name (same unit, year and form), and which of them keeps it.

`jixiao build` writes each of the others under the name with its own spec's file name added (`…（外贸发展项目）`,
`own_label`; BUILD-NAME-TAKEN): numbered `-2`, `-3` by rank, which spec was `-4` changed whenever one before it had an
error or was deleted, and a clerk could not tell the files apart without the warnings; `jixiao validate`, given several specs,
says the same before any build (SPEC-NAME-TAKEN), so that a duplicate shows on a pull request, where only
validate and lint run. Both decide the name, the clash and the spec that keeps the plain name here, in one way.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Container, Iterable

from .jinja import render_pattern
from .problems import Problem, Severity, code_key
from .short_names import MARK, form_year, title_tag
from .silence import ACROSS_SPECS, halfwidth, silences
from .write import labelled_name, safe_name, shortened
from .year_digits import YEAR_IN_FIGURES

if TYPE_CHECKING:
    from .load import Spec
    from .schema_store import SchemaStore
    from .validate import Checked

ASIDE_WORDS = ("草稿", "修改稿", "初稿", "副本", "备份", "旧稿", "旧版")
"""Words in a folder's name that say the specs in it are kept aside: drafts, copies, backups, old versions. Not 旧
alone, which names units too (`旧城改造办`)."""
ASIDE_ENGLISH = frozenset({"draft", "drafts", "copy", "copies", "backup", "backups", "bak", "old"})
"""The same as English words of a folder's name (`drafts`, `old-2025`; not the `old` of `folder`)."""


def form_name(spec: str, context: dict, variant) -> tuple[str, str]:
    """The document's name for a spec's view model (model.build, or the part of it model.named makes) by its form's
    `file_name` pattern, and the file stem it is written under: made safe for every filesystem, the spec's own name
    when the pattern gives none."""
    name = render_pattern(variant.file_name, context)
    return name, safe_name(name, Path(spec).stem)


def name_key(stem: str) -> str:
    """What two file stems share when they are one file: `A.docx` and `a.docx` are one on Windows and macOS."""
    return stem.casefold()


def claims_first(spec: str) -> tuple:
    """The rank that decides which of the specs making one form's name keeps it (KEEPS_NAME): the spec in fewer folders
    named as kept aside (`aside_folders`) first, so that `specs/2026/某单位-2026.yaml` keeps the name against
    `specs/drafts/草稿.yaml` (by the shorter name first, the draft took it); then the shorter file name (without
    its extension), then the file name, then the resolved path, not the path as typed (by which `b/g.yaml`
    sorted before `/home/…/a/g.yaml`: how a path was typed chose the spec).

    A copy's name is the original's with words added (VS Code's `X copy.yaml`, Windows Explorer's
    `X - 副本.yaml`, Finder's `X 副本.yaml`, older Windows's `复件 X.yaml`), so the original keeps the plain name
    in any language. By path alone, " copy" sorts before ".yaml": the original was written as `…-2`, and that
    was the form submitted. Not the folders' order either: a bureau's `specs/某单位/` sorts after its `specs/drafts/`."""
    real = os.path.realpath(spec)
    return aside_folders(Path(real).parent), len(Path(spec).stem), Path(spec).name, real


def holder_first(spec: str, holds_plain: bool, stems: Container[str]) -> tuple:
    """`claims_first` for build, where the output folder's record says which spec had the plain name: that spec keeps
    it while it exists (a new spec with a shorter file name took it on the next build, and the form submitted was
    renamed), after the rank's first step (a spec in a drafts folder gives way to one outside) and unless it is named
    as a copy of another spec given (`named_as_copy`: the copy built before its original gives the name back)."""
    aside, *rest = claims_first(spec)
    return aside, not holds_plain or named_as_copy(Path(spec).stem, stems), *rest


COPY_WORDS = "copy|副本|复件|备份|backup|bak"
"""The words copying a file adds to its name (`X copy`, `X - 副本 (2)`, `复件 X`), see `claims_first`."""
COPY_ADDED = re.compile(rf"(?:{COPY_WORDS}|的|of|另一个|another|第|个|\d+(?:st|nd|rd|th)?|[\s\-_.·()（）])+")
"""All a copy's name adds, its words with those around them and numbers: Google Drive's `X的副本` and `Copy of X`,
GNOME Files' `X (another copy)`, `X (第 3 个副本)`."""
COPY_NUMBER = re.compile(r"\s*[(（]\d+[)）]|\s+\d{1,2}")
"""A copy's number alone: `X(1)`, as WeChat or a browser saves a file received twice, and Finder's `X 2`. Not `X2` or
`X-2025`, which name another spec as often as a copy."""


def named_as_copy(stem: str, stems: Iterable[str]) -> bool:
    """Whether `stem` is another of `stems` with only a copy's words (COPY_ADDED) or its number (COPY_NUMBER) added."""
    for other in stems:
        if other and other != stem and other in stem:
            added = stem.replace(other, " ", 1).casefold()
            if (COPY_ADDED.fullmatch(added) and re.search(COPY_WORDS, added)) \
                    or COPY_NUMBER.fullmatch(stem.replace(other, "", 1)):
                return True
    return False


def aside_folders(folder: Path) -> int:
    """How many of `folder` and the folders above it are named as drafts, copies or backups (ASIDE_WORDS). A count,
    not whether any is: the folders above the project (`~/old/`, a test's `…_drafts_0/`) count alike for every spec
    in it, so only the folders in which two specs differ decide between them."""
    return sum(bool(set(re.findall(r"[a-z]+", name.casefold())) & ASIDE_ENGLISH or any(word in name for word in ASIDE_WORDS))
               for name in folder.parts)


def why_first(first: str, other: str) -> str:
    """Why `first` keeps the plain name against `other`, in the few words of the step of `claims_first` that decided
    it: the whole rule, quoted in every message, made each about 400 characters; docs/build.md has it."""
    mine, theirs = claims_first(first), claims_first(other)
    if mine[0] != theirs[0]:
        return "那一份不在草稿、副本这样的文件夹里"
    if mine[1] != theirs[1]:  # not "the copy's is longer": a new spec beside an older one named short is no copy;
        return "那一份不计扩展名的文件名较短"  # without its extension, as ranked: `g.yaml` is not longer than `gg.yml`
    return "那一份的文件名排在前面" if mine[2] != theirs[2] else "那一份的路径排在前面"


def taken_names(specs: Iterable[tuple[Checked, SchemaStore]]) -> dict[str, list[Problem]]:
    """SPEC-NAME-TAKEN on each valid spec that makes the same form name as one ranked before it (`claims_first`),
    naming that one, by file; specs of one project only (`store`): another project builds into its own folder. A
    spec whose name pattern fails says nothing here: build stops on it, at its form's profile. validate and lint
    both say it over several specs; a `# jixiao: disable=SPEC-NAME-TAKEN` at its place (the unit's line) silences it."""
    by_store: dict[int, list[tuple[Checked, str, str]]] = defaultdict(list)
    given: dict[int, list[str]] = defaultdict(list)  # every spec, with errors or not, for `stem_twins`
    for checked, store in specs:
        given[id(store)].append(checked.spec.path)
        named = full_name(checked, store)
        if named:
            by_store[id(store)].append((checked, *named))
    problems: dict[str, list[Problem]] = defaultdict(list)
    for store, found in by_store.items():
        twins = stem_twins(given[store])
        names: dict[str, str] = {}  # as build's: each name given, by its key, to the spec written under it
        titles: dict[str, str] = {}  # the form's name, unshortened, of the spec each name was given to
        for checked, title, stem in sorted(found, key=lambda named: claims_first(named[0].spec.path)):
            name = free_name(stem, checked.spec.path, names, twins, (title, titles.get(name_key(stem), title)))
            names[name_key(name)], titles[name_key(name)] = checked.spec.path, title
            if name != stem and not known_twice(checked.spec):
                first = names[name_key(stem)]
                problems[checked.spec.path].append(_taken(checked, first, titles[name_key(stem)], title, name))
    return problems


def full_name(checked: Checked, store: SchemaStore, despite_errors: bool = False) -> tuple[str, str] | None:
    """The form's name of a valid spec (`checked`), unshortened, and the file stem it makes (`form_name`); None when
    it has errors or its name pattern fails: build stops on it, at its form's profile. `despite_errors` (build, of the
    spec holding a name another spec makes) names a spec whose errors leave its name alone (`name_unharmed`)."""
    from jinja2 import TemplateError

    from . import model

    if not (checked.ok or despite_errors and name_unharmed(checked)):
        return None
    try:
        return form_name(checked.spec.path, model.named(checked.spec.printed_data(), checked.variant, store),
                         checked.variant)
    except TemplateError:
        return None


def name_unharmed(checked: Checked) -> bool:
    """Whether a spec's errors all lie within fields its form's name is not made of (an amount typed as text, an
    indicator left half filled), so that the name read now is the one it will have once they are put right. Not when
    one is at the spec's top (a misspelt `unti:` is said as a key unknown, and leaves the unit blank; `year: abc`) or
    within a field the name reads, nor when the name is read from an indicator table (model.name_fields).

    An error lies within a field when its path goes on below one of the spec's keys holding a mapping or a list: not
    when the path is read apart at its first `.` or `[`, for a misspelt unit's key typed with a dot (`u.nit:`,
    `Unit.:`) is one key unknown at the top, and was taken for an error below `u`, the name read with the unit blank."""
    from .model import name_fields

    read = name_fields(checked.variant) if checked.variant is not None else None
    if read is None or not isinstance(checked.spec.data, dict):
        return False
    within = [f"{key}{mark}" for key, value in checked.spec.data.items()
              if isinstance(value, (dict, list)) and str(key) not in read for mark in ".["]
    return all(problem.path.startswith(tuple(within)) for problem in checked.problems if problem.is_error)


def free_name(stem: str, spec: str, taken: Container[str], twins: Container[str] = (),
              apart: tuple[str, str] | None = None) -> str:
    """`stem`, or, when its key (`name_key`) is `taken`, `stem（label）` with the spec's own label (`own_label`), the
    spec's folder before it when another spec given has its file stem (`twins`, `stem_twins`), the two shortened each on
    its own when too long together (`labelled_name`); a number after that only when even that is taken. A `stem`
    shortened (holding short_names.MARK) is shortened anew from the spec's form's name, keeping where it differs from
    that of the spec holding `stem` (the two unshortened, `apart`; short_names.differing): two long units differing in
    their middle were both named by their start and end, `某某…事业单位…（label）`; with no label when the spec's file
    stem says only its unit and year, which the name now tells apart itself (a label of the stem whole said the unit's
    start and end once more, and left the unit 15 of its 52 characters). What build writes a spec's form as,
    given the names of the specs ranked before it (`claims_first`), and what validate says it will. Numbered `-2`,
    `-3` by rank, a spec's name hung on every spec before it: one with an error, deleted or renamed, renumbered the
    rest, and last week's `-4` was another project."""
    if name_key(stem) not in taken:
        return stem
    apart = apart if MARK in stem else None
    label = own_label(Path(spec).stem, apart[0] if apart else stem)
    if name_key(Path(spec).stem) in twins:
        label = f"{Path(os.path.realpath(spec)).parent.name}-{label or Path(spec).stem}"
    elif not label and not (apart and apart[0] != apart[1]):
        label = Path(spec).stem  # two specs of one unit and year: nothing else tells them apart
    named = labelled_name(stem, label, apart)
    if name_key(named) in taken and apart and apart[0] != apart[1]:  # where they differ cut out: `title_tag`
        named = labelled_name(stem, label, apart, title_tag(apart[0]))
    candidate, n = named, 1
    while name_key(candidate) in taken:
        n += 1
        candidate = f"{named}-{n}"
    return candidate


SEPARATORS = re.compile(r"[\s\-_.·、，,]+")


def own_label(spec_stem: str, name: str) -> str:
    """What a spec's file stem says that its form's `name` does not: `某市商务局-2026-外贸发展项目` beside
    `某市商务局2026年…申报表` is `外贸发展项目`. The name's years (four figures standing alone, with a 年 or 年度 after
    them) go, and its unit, what it has before its year (`form_year`: not the `某某市` of `某某市12345热线…`), wherever
    the stem has it (`某市商务局外贸发展项目`, `外贸发展项目某市商务局`); then each part between separators the name
    holds whole; "" when nothing is left (`某市商务局-2026`; `free_name` then takes the stem whole). Not any start of a
    part the name holds: beside `…部门整体支出及项目绩效目标申报表`, `项目（一期）` was `（一期）` and `绩效评价项目`
    `评价项目`. `name` unshortened where it is known: the unit of one shortened (`某某…自由…东盟…事业单位`) is in no
    stem, and the label was the unit's start and end once more, `（某某自治区商务…业单位-外贸发展项目）`."""
    said = form_year(name)
    unit = name[:said.start()].strip() if said else ""
    text = spec_stem.replace(unit, "-") if unit else spec_stem
    for year in set(re.findall(rf"(?<!\d){YEAR_IN_FIGURES}(?!\d)", name)):
        text = re.sub(rf"(?<!\d){year}(?:年度|年)?(?!\d)", "-", text)
    return "-".join(part for part in SEPARATORS.split(text) if part and part not in name)


def stem_twins(specs: Iterable[str]) -> set[str]:
    """The keys of the file stems specs in more than one folder have (`a/外贸.yaml`, `b/外贸.yaml`): their labels
    (`free_name`) name the folder too; `外贸.yml` beside `外贸.yaml` gains nothing by it. Of every spec given, with an
    error or not, so that one's error does not change the other's name."""
    folders: dict[str, set[str]] = defaultdict(set)
    for spec in specs:
        folders[name_key(Path(spec).stem)].add(os.path.dirname(os.path.realpath(spec)))
    return {key for key, found in folders.items() if len(found) > 1}


def known_twice(spec: Spec) -> bool:
    """Whether `spec` says it is rightly a second of its unit, year and form: `# jixiao: disable=SPEC-NAME-TAKEN` at
    its unit's line, where SPEC-NAME-TAKEN is said. One spec per project of a form whose `file_name` names only the
    unit and year is no duplicate; its clerk cannot change the form's profile, and the warning, said on every
    validate, lint and build, left them no way to say "I know". build's BUILD-NAME-TAKEN heeds it too."""
    here = clash(spec, ACROSS_SPECS, "")
    return any(mark.covers(here) for mark in silences(spec.text))


def clash(spec: Spec, code: str, said: str) -> Problem:
    """The warning of a clash on `spec`, validate's SPEC-NAME-TAKEN or build's BUILD-NAME-TAKEN: `said` (ending with
    `apart`'s advice), then what its comments at other lines do. Both at the unit's
    line, where that comment goes (`known_twice`): build's at 1:1, naming no comment, left the clerk who read it
    nothing to silence it with, and no line to put it on."""
    line, column = spec.locate(("unit",))
    return Problem(spec.path, line, column, Severity.WARNING, code, f"{said}{_astray(spec)}", "unit")


def _taken(checked: Checked, first: str, first_title: str, title: str, written_as: str) -> Problem:
    data, path = checked.spec.printed_data(), checked.spec.path  # the unit as the form prints it, as the names are
    kept = f"原名留给那一份（{why_first(first, path)}），这一份会写成“{written_as}”（{KEPT_BY_BUILD}）。"
    if cut_alike(first_title, title):
        return clash(checked.spec, ACROSS_SPECS,
                     f"{names_differ(first, first_title, title)}，{kept}{tag_said(written_as, title)}{NOT_TWICE}")
    return clash(checked.spec, ACROSS_SPECS,
                 f"单位、年度和表样都与 {first} 的一样（{data.get('unit')}，{data.get('year')} 年度，"
                 f"{checked.variant.name}），生成的表同名，{kept}请删去多余的一份或改正单位、年度；{apart(checked.variant)}")


def cut_alike(first_title: str, title: str) -> bool:
    """Whether two forms' names, unshortened, differ and make one file name only because it was shortened: two long
    units differing in the middle of their names (`…甲片区…`, `…乙港片区…`) keep the same start and end
    (short_names). Told that the unit, year and form were the same and to merge the specs, a clerk could merge two
    units' forms. Not names differing in case or spaces alone (`ABC`, `abc`), which are more likely one unit mistyped."""
    return first_title != title and (shortened(first_title) or shortened(title))


def names_differ(first: str, first_title: str, title: str, last_built: bool = False) -> str:
    """What validate and build say first of two specs whose forms' names are `cut_alike`; `first_title` as `first` was
    `last_built` (build, its errors keeping its name from being read now: Builder._title)."""
    said = f"上次生成时的表名是“{first_title}”（它现在有错误，读不出表名）" if last_built else f"的表名是“{first_title}”"
    return f"两份规格的表名不同，但缩短成文件名后相同：{first} {said}，这一份的是“{title}”"


def tag_said(name: str, title: str) -> str:
    """What the `title_tag` ending `name` is, when `free_name` added one for the form's name `title`; "" when it did
    not. Six letters after `…申报表`, unexplained in the warning naming the file, read as a fault or a damaged file."""
    tag = title_tag(title)
    if not re.search(rf"{re.escape(tag)}(?:-\d+)?$", name):
        return ""
    return f"文件名末尾的“{tag}”由这一份完整的表名算出，两份缩短后仍看不出不同才加上，每次生成都一样；"


NOT_TWICE = "两份规格不是重复的，不必合并或删去；不想再看到这条提醒，可在这一行加 # jixiao: disable=SPEC-NAME-TAKEN"
"""The advice when the names differ (`names_differ`): nothing is to be done, the forms are written under two names."""


KEPT_BY_BUILD = "若上次生成时原名已是这一份的，jixiao build 仍让它保留原名"
"""What validate, which reads no output folder, cannot tell: build keeps the plain name with the spec whose forms bore
it last build (`holder_first`). Unsaid, validate told the clerk that the form they had submitted would be renamed."""


def _astray(spec: Spec) -> str:
    """What the clash adds of the spec's `# jixiao: disable=SPEC-NAME-TAKEN` comments, all at other lines than the
    unit's (it is said only when none covers it): such a comment silences nothing and, weighed over several specs,
    is never called unused, so the clerk who wrote it a line too low took the warning for one it fails to silence.
    Named in full: the advice of a form filled once per unit and year (ONE_PER_UNIT) names no comment for 那条 to be."""
    marks = [mark for mark in silences(spec.text) if mark.rule == ACROSS_SPECS]
    codes = sorted({code_key(halfwidth(mark.written)) for mark in marks})  # as written: build's twin too (TWINS)
    lines = sorted({mark.line for mark in marks})
    return f"（第 {'、'.join(map(str, lines))} 行的 # jixiao: disable={'/'.join(codes)} 不在这一行，不起作用）" if lines else ""


ONE_PER_UNIT = "这种表样一个单位一年只填一张，请合并成一份规格"
"""The advice for a form filled once per unit and year (its profile without `per_project: true`, as every bundled
form): its projects, if any, are a list in one spec, so a second spec is a duplicate or a part to merge. Offered
beside PER_PROJECT as well, a clerk could not tell which was theirs."""
PER_PROJECT = ("这种表样每个项目各填一张：请把规格文件按项目命名（生成的表名后会加上这个文件名，如“…（外贸发展项目）”），"
               "并在这一行加 # jixiao: disable=SPEC-NAME-TAKEN")
"""The advice for a form filled once per project (`per_project: true`) whose `file_name` names only the unit and year:
deleting one, as the first advice says, loses a form; asking the form's maintainer to add a project's name to
`file_name` is a change no clerk can make."""


def apart(variant) -> str:
    """What to do when the two specs are rightly apart or rightly one, by what the form's profile says it is filled for."""
    return PER_PROJECT if variant.per_project else ONE_PER_UNIT
