"""Which files of the two sides a diff (diff) compares with which: by key, a file removed while another holding the
same spec was added as one renamed (told by content, so two folders pair up as two revisions do), and an added
spec with last year's of its form and unit. Apart from the comparison of two specs, which knows no files."""
from __future__ import annotations

import re
from dataclasses import replace

from .diff_inputs import NOT_SPEC, different_forms, read
from .diff_last_year import follows, last_years
from .diff_likeness import alike
from .diff_pairing import pair_items
from .load import Spec, fingerprint
from .problems import Problem, Severity
from .spec_year import budget_year
from .variants import Catalog

_NAMING = ("form", "unit", "year")  # what names a spec: its contents are the rest


def _same_spec(spec: Spec) -> dict[str, str]:
    """What makes two files one spec: the same data, failing that the same form, unit and year, and
    failing that the same form and unit: next year's spec renamed from this year's (fingerprints as
    text, which can be looked up)."""
    data = spec.data if isinstance(spec.data, dict) else {}
    marks = {"data": repr(fingerprint(spec.data))}
    for mark, keys in (("spec", _NAMING), ("unit", _NAMING[:2])):
        if all(data.get(key) is not None for key in keys):
            marks[mark] = repr([fingerprint(data[key]) for key in keys])
    return marks


def _renamed_files(old: dict[str, Spec], new: dict[str, Spec], years_apart: bool = False,
                   git_renamed: dict[str, str] | None = None, fixed: frozenset[str] = frozenset()) -> dict[str, str]:
    """Pair files only on the new side with files only on the old side holding the same spec (new key ->
    old key). The files git sees renamed (`git_renamed`, new key -> old key, with --rev) first, as git pairs them:
    its unit and year edited, a spec moved to next year's folder has no content left to pair it by. The rest told by
    content, so two folders pair up alike. Two year folders (`years_apart`) also pair what is left by `_unit_renamed`.
    `fixed`: new files whose own old draft could not be read (`_repaired`), not in `old` but no file added: paired by
    content with another file removed (a copy of the same spec), a.yaml fixed and b.yaml deleted read as b.yaml
    renamed to a.yaml, b's removal unsaid and the fix listed as a rename."""
    gone = {key: _same_spec(spec) for key, spec in old.items() if key not in new}
    came = {key: _same_spec(spec) for key, spec in new.items() if key not in old and key not in fixed}
    pairs = dict(git_renamed or {})
    for mark in ("data", "spec", "unit"):  # the same data first: of two copies of a spec, the unchanged one
        waiting: dict[str, str] = {}
        for key, marks in gone.items():
            if mark in marks and key not in pairs.values():
                waiting.setdefault(marks[mark], key)
        for key, marks in came.items():
            if key not in pairs and mark in marks and marks[mark] in waiting:
                pairs[key] = waiting.pop(marks[mark])
    if years_apart:
        pairs |= _unit_renamed({key: old[key] for key in gone if key not in pairs.values()},
                               {key: new[key] for key in came if key not in pairs}, old, new)
    return pairs


def _unit_renamed(gone: dict[str, Spec], came: dict[str, Spec], old: dict[str, Spec],
                  new: dict[str, Spec]) -> dict[str, str]:
    """Of two year folders' files left unpaired, those of one form that are one spec whose unit was renamed between the
    years (new key -> old key): a file named as last year's but for the year (`by_year`), else the sole file of its
    form left on either side, its year a later one and its contents mostly alike and told apart from the
    other specs of its form on both sides (`_told_apart`; `old` and `new` are all of each side's). A unit renamed came
    out as a spec removed and one added, every field of both listed, where the reviewer asked what changed in its next
    year's. Two drafts of one year, their units apart, stay two specs."""
    pairs = {key: was for key in came for was in gone
             if _form(came[key]) == _form(gone[was]) and by_year((was, key), gone[was], came[key])}
    for form in {_form(spec) for spec in came.values()} - {None}:
        left = [[key for key, spec in side.items() if _form(spec) == form and key not in keys]
                for side, keys in ((gone, pairs.values()), (came, pairs))]
        if len(left[0]) == len(left[1]) == 1:
            was, key = left[0][0], left[1][0]
            if _later(gone[was], came[key]) and _told_apart(was, key, old, new):
                pairs[key] = was
    return pairs


# less alike (`alike`), two specs of one form are two units' (a new unit's begun blank: 0.35); one unit renamed with
# its tasks and half its indicators recast is 0.58 alike
_ALIKE_CONTENTS = 0.5


def _contents_likeness(old: Spec, new: Spec) -> float:
    """How alike two specs' contents besides their form, unit and year are (`alike`, amounts apart, lists by
    `_paired_alike`): mostly alike (`_ALIKE_CONTENTS`), the sole file of a form left on each side of two year folders
    is one unit's, renamed (its tasks and targets carried on and edited), not a unit dropped and another added, which
    read as one renamed hid from the reviewer that the first's spec was removed."""
    rests = [{key: value for key, value in spec.data.items() if key not in _NAMING} for spec in (old, new)]
    return alike(*rests, amounts_apart=True, lists=_paired_alike)


def _told_apart(was: str, key: str, old: dict[str, Spec], new: dict[str, Spec]) -> bool:
    """Whether the sole files of a form left, `old[was]` and `new[key]`, are mostly alike and more alike than either is
    to any other spec of its form on the other side. Two copies of one spec under two units' names (a unit that copied
    another's and changed only the unit) are alike all the same: with one of them paired by its unit, the file left
    was as likely a new unit's copy as the other unit renamed, and `改名` with the unit's name changed said as fact
    what nothing in the files tells; they stay a spec removed and one added."""
    form, likeness = _form(new[key]), _contents_likeness(old[was], new[key])
    rivals = [(spec, new[key]) for other, spec in old.items() if other != was and _form(spec) == form]
    rivals += [(old[was], spec) for other, spec in new.items() if other != key and _form(spec) == form]
    return likeness >= _ALIKE_CONTENTS and all(_contents_likeness(*rival) < likeness for rival in rivals)


def _paired_alike(old: list, new: list) -> float:
    """How alike two lists are as the diff pairs their items (`pair_items`: by name, or renamed), each pair by how alike
    it is. `alike` counts only equal items: 上年指标值 filled in every row by `new --from`, or a line edited in each
    task, made a unit renamed with its spec carried on read as two units' specs, one removed and one added."""
    pairs = pair_items(old, new, None)[0]
    return 2 * sum(alike(old[i], new[j], True, _paired_alike) for j, i in pairs.items()) / (len(old) + len(new))


def _later(old: Spec, new: Spec) -> bool:
    """Whether `new` is a spec of a later budget year than `old`."""
    years = _years_apart(old, new)
    return years is not None and years[0] < years[1]


def _form(spec: Spec) -> str | None:
    """The form a spec is of, None where it names none."""
    form = spec.data.get("form") if isinstance(spec.data, dict) else None
    return form if isinstance(form, str) else None


def by_year(renamed: tuple[str, str], old: Spec, new: Spec) -> tuple[int, int] | None:
    """(old year, new year) when a file's name differs from the one it was paired with only by the year, moved as the
    spec's year moved (`某单位-2026.yaml` with year 2026 → `某单位-2027.yaml` with 2027); else None. Such a pair is one
    unit's spec of two years, what a reviewer comparing a year's folder with the next one's asked for: told as a
    rename each, every file of the folders read as one renamed by mistake."""
    years = _years_apart(old, new)
    return years if years and named_by_year(renamed, years) else None


def named_by_year(renamed: tuple[str, str], years: tuple[int, int]) -> bool:
    """Whether the new file's name is the old one's with its year `years[0]` put as `years[1]` and nothing else: a
    pair so named needs no `改名` line, the summary's `按年度对照` says it for all."""
    moved = re.sub(rf"(?<![0-9]){years[0]}(?![0-9])", str(years[1]), renamed[0])
    return moved != renamed[0] and moved == renamed[1]


def _years_apart(old: Spec, new: Spec) -> tuple[int, int] | None:
    """(old year, new year) of two specs of different budget years, else None."""
    years = budget_year(old.data), budget_year(new.data)
    return None if None in years or years[0] == years[1] else years


def _one_year_apart(old: dict[str, Spec], new: dict[str, Spec]) -> bool:
    """Whether each folder's specs are of one budget year, one folder's the year after the other's: a year's folder
    and the next one's, either way round as `by_year` pairs them (`diff 2027/ 2026/` paired `某单位-2027.yaml` by year
    but listed `2027/tj.yaml` as a plain edit). Two folders of one year's drafts, or of several years, are not: a file
    there whose year alone was edited is a change to list, not a spec rolled over (`_kept_name_by_year`)."""
    years = [{budget_year(spec.data) for spec in side.values()} - {None} for side in (old, new)]
    return all(len(side) == 1 for side in years) and (follows(*years[0], *years[1]) or follows(*years[1], *years[0]))


def _kept_name_by_year(old: Spec, new: Spec) -> tuple[int, int] | None:
    """(old year, new year) of a file of one name in a year's folder and the next one's (`_one_year_apart`) and of one
    form: `2026/tj.yaml` and `2027/tj.yaml`, as `new --from 2026/tj.yaml -o 2027/tj.yaml` writes them, is that unit's
    next year's spec just as `某单位-2026.yaml` and `某单位-2027.yaml` are (`by_year`); each printed its own
    `修改  年度  2026 → 2027`, the summary's `按年度对照` not said for them."""
    return _years_apart(old, new) if _form(old) == _form(new) else None


def _given_by_year(old: Spec | None, new: Spec | None, years_apart: bool) -> tuple[int, int] | None:
    """(old year, new year) of two files given by name (not folders: `years_apart`) whose names differ only by the year,
    moved as the spec's year moved (`by_year`): `diff 某单位-2023.yaml 某单位-2024.yaml`, the command `new --from` tells
    the clerk to run after it, is last year's spec and this year's just as two year folders' files are, and began with
    `修改  年度  2023 → 2024`, counted in its `修改 N 处`. Two drafts of one file (`--rev`, the same path on both
    sides) are not: a year edited there is a change to list."""
    if years_apart or old is None or new is None:
        return None
    return by_year((old.path, new.path), old, new)


def _renames_told(problems: list[Problem], loaded: list[dict[str, Spec]], git_renamed: dict[str, str]) -> list[Problem]:
    """`problems`, the first of a file git sees renamed whose other name loads saying that other name: neither is
    compared (`load_sides`), and the error named the broken one alone, so the readable file of the pull request (the
    spec it was renamed from, or its new name) was left out of the report without a word."""
    notes = {}
    for after, before in git_renamed.items():
        was, now = loaded[0][before], loaded[1][after]
        if was.problems and not now.problems:
            notes[was.path] = f"；这个文件在 git 中改名为 {now.path}，改名后的文件也没有比较"
        elif now.problems and not was.problems:
            notes[now.path] = f"；这个文件在 git 中由 {was.path} 改名而来，改名前的文件也没有比较"
    return [replace(p, message=p.message + notes.pop(p.file)) if p.file in notes else p for p in problems]


REPAIRED = "DIFF-WAS-BROKEN"


def _repaired(loaded: list[dict[str, Spec]], git_renamed: dict[str, str]) -> dict[str, str]:
    """The files whose old draft could not be read or compared (a YAML slip, not a spec, a form unknown) while the new
    one, under the same name or the one git sees it renamed to, loads (old key -> new key): a pull request fixing a
    broken spec. Neither was compared, exit 2, the fixed file missing from the report a reviewer reads; the new draft
    is listed instead, as 改正后的规格文件 (`SpecDiff.was_broken`), the old one's faults kept as warnings (`_was_broken`). Not the other way: a draft
    broken by the change is still an error, exit 2, as a side that cannot be compared is."""
    renamed_from = {before: after for after, before in git_renamed.items()}
    pairs = {key: renamed_from.get(key, key) for key, spec in loaded[0].items() if spec.problems}
    return {was: key for was, key in pairs.items() if key in loaded[1] and not loaded[1][key].problems}


def _deleted(loaded: list[dict[str, Spec]], git_renamed: dict[str, str]) -> set[str]:
    """The files whose old draft could not be read or compared and which the change deleted (on the old side alone,
    renamed to nothing git sees): a pull request removing a broken spec, which was exit 2, as if it broke one. Listed
    as removed by name alone (`SpecDiff.was_broken`: nothing of it could be read), the old faults warnings, as a
    spec fixed (`_repaired`) has them; or, one that was no spec (`_no_spec`), not listed."""
    return {key for key, spec in loaded[0].items()
            if spec.problems and key not in loaded[1] and key not in git_renamed.values()}


def _no_spec(spec: Spec) -> bool:
    """Whether a file is no spec at all (DIFF-NOT-SPEC: another program's YAML, a list, a Word file): deleted, it was
    counted and headed as 删除的规格文件, a spec the reviewer looked for and that never was one."""
    return any(problem.code == NOT_SPEC for problem in spec.problems)


def _was_broken(problem: Problem, fixed: Spec | None) -> Problem:
    """An old draft's fault, where it is, as a warning that the fixed draft `fixed` is listed alone (`_repaired`), or,
    `fixed` None, that the deleted file is listed by its name (`_deleted`), or, no spec (`_no_spec`), not at all: in
    one sentence, with what the file was (the DIFF-NOT-SPEC's subject). Quoting the DIFF-NOT-SPEC message, the warning
    said 不是规格 twice and asked for two specs (请给出两稿规格) of a file that is gone."""
    if problem.code == NOT_SPEC and not fixed:
        return replace(problem, severity=Severity.WARNING, code=REPAIRED,
                       message=f"这个文件已删除；它不是规格（{problem.subject[0]}），不算删除的规格文件")
    now = f"新稿 {fixed.path} 已改正，列出其概况" if fixed else "这个文件已删除，只列出文件名"
    return replace(problem, severity=Severity.WARNING, code=REPAIRED,
                   message=f"原稿有错误，没有比较（{problem.code}：{problem.message}）；{now}")


def load_sides(old: dict[str, tuple[str, bytes]], new: dict[str, tuple[str, bytes]], catalog: Catalog | None = None,
               nearby: dict[str, tuple[str, bytes]] | None = None, years_apart: bool = False,
               git_renamed: dict[str, str] | None = None):
    """Pair files by key and load them; sides map a key to (the name to show, the file's bytes); keys
    in problems are named by `catalog`'s forms. `nearby` are files of the old side not compared, beside a file
    given by name (`revisions.beside_given`), where last year's spec of an added one is looked for too; one that
    cannot be read is no last year's spec, and not reported. `years_apart`: the sides are two folders given side by
    side, where a file renamed only by its spec's year is that spec's next year (`by_year`), not a rename as a git mv
    in a revision is (last year's file gone from the repository). `git_renamed`: new key -> old key of the files git
    sees renamed between the revisions (`revisions.Compared.renamed`), each paired as one file renamed (or, the new
    one unreadable, neither compared: the old shown as 删除 hid that it was that file renamed; the old one alone
    unreadable, the new one is a spec fixed, `_repaired`).

    Returns the (old spec, new spec, renamed, last year's spec, by year, was broken) for `SpecComparer.compare`, a spec being None
    where that side has no such file, `renamed` the (old key, new key) of a file renamed (see `_renamed_files`),
    last year's spec that of an added file's form and unit (`diff_last_year`), by year the (old year, new year) of a
    renamed pair of two budget years (with `years_apart`), named only by the year (`by_year`) or not (a unit renamed,
    `_unit_renamed`), or of a file of one name in a year's folder and the next one's (`_kept_name_by_year`): each is
    that unit's next year's spec, its year said once in the summary, was broken whether the new spec is one whose
    old draft could not be read (`_repaired`), or the old spec, the new one None, an unreadable file the change
    deleted (`_deleted`), and the problems: errors of
    files that could not be read or compared (`diff_inputs`: no spec, a form unknown; such pairs are left out), and
    a warning for each pair of two forms (compared all the same) and for each fault of an old draft a new one
    fixed (`_repaired`: the new listed alone, `SpecDiff.was_broken`) or the change deleted (`_deleted`).
    """
    loaded = [{key: read(*side[key], catalog) for key in side} for side in (old, new)]
    repaired = _repaired(loaded, git_renamed or {})
    deleted = _deleted(loaded, git_renamed or {})
    renames = {after: before for after, before in (git_renamed or {}).items() if before not in repaired}
    told = [p for key, spec in loaded[0].items() if key not in repaired and key not in deleted for p in spec.problems]
    problems = _renames_told(told + [p for spec in loaded[1].values() for p in spec.problems], loaded, renames)
    problems += [_was_broken(p, loaded[1][key]) for was, key in repaired.items() for p in loaded[0][was].problems]
    problems += [_was_broken(p, None) for key in sorted(deleted) for p in loaded[0][key].problems]
    broken = {key for side in loaded for key, spec in side.items() if spec.problems} - set(repaired.values()) - deleted
    # a file git sees renamed is one file under two keys: one side unreadable, neither is compared, as under one key
    broken |= {key for pair in renames.items() if broken.intersection(pair) for key in pair}
    before = {key: spec for key, spec in loaded[0].items() if key not in broken and key not in repaired
              and key not in deleted}
    after = {key: spec for key, spec in loaded[1].items() if key not in broken}
    renamed = _renamed_files(before, after, years_apart, renames, frozenset(repaired.values()))
    one_year_apart = years_apart and _one_year_apart(before, after)
    base = before
    if nearby and any(key not in before and key not in renamed for key in after):
        base = {key: spec for key, spec in ((key, read(*nearby[key], catalog)) for key in nearby if key not in before)
                if not spec.problems} | before
    pairs = []
    deleted = {key for key in deleted if not _no_spec(loaded[0][key])}  # its warning said it; nothing to list
    for key in sorted(set(before) | set(after) | deleted):
        if key in deleted:
            pairs.append((loaded[0][key], None, None, None, None, True))
        elif key in renamed:
            names = renamed[key], key
            years = _years_apart(before[names[0]], after[key]) if years_apart else None
            pairs.append((before[names[0]], after[key], names, None, years, False))
        elif key not in renamed.values():
            fixed = key in repaired.values()
            added = key not in before and not fixed  # a repaired file is no new year's spec
            kept = one_year_apart and key in before and key in after
            years = (_kept_name_by_year(before[key], after[key]) if kept
                     else _given_by_year(before.get(key), after.get(key), years_apart))
            pairs.append((before.get(key), after.get(key), None, last_years(after[key], base, after) if added else None,
                          years, fixed))
    forms = [different_forms(old, new) for old, new, *_ in pairs if old and new]
    return pairs, problems + [problem for problem in forms if problem]
