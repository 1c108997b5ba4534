"""Last year's spec for a spec that is new in the compared range: the one it was most likely rolled over from.

A pull request adding next year's spec (`jixiao new --from …-2023.yaml --year 2024`, then a target lowered) showed
only 新增的规格文件 and its totals: the year-on-year edits, which are what a reviewer has to check, were invisible,
while `jixiao diff …-2023.yaml …-2024.yaml` listed them. So an added spec is also compared with the spec of the same
form and unit for the year before, if the files compared hold exactly one: the base side's first (what was already
accepted), failing that the new side's (a pull request adding both years). Two such files on a side are no answer:
diff says nothing rather than compare with the wrong one.

Whether the two sides compared are last year's spec and this year's is decided here, once (`next_year`): then diff
leaves out what only moved on with the year, reads 上年指标值 as this year's targets carried over, and names the texts
still of the old year (`unrolled`; these also in a spec of a year further on, `later_year`). One file or two makes
no difference: two year folders of the same file names (`new --from … -o 2024/`) are rolled over as two names are,
and a clerk's roll-over by hand in one file (year and texts edited in place, reviewed with `--rev`) is one too; a file
whose year alone was edited is told by its texts still of the old year, which a real roll-over has none of.
"""
from __future__ import annotations

from typing import Any, Callable

from .load import Spec
from .rolled_texts import rolled_texts
from .spec_year import as_year, budget_year
from .year_mentions import moved_years


def _form_and_unit(data: Any) -> tuple[str, str] | None:
    """The spec's form and unit, when both are filled-in texts (nothing is last year's of a spec without them)."""
    if not isinstance(data, dict):
        return None
    form, unit = data.get("form"), data.get("unit")
    return (form, unit) if isinstance(form, str) and isinstance(unit, str) and form and unit.strip() else None


def follows(old_year: Any, new_year: Any) -> bool:
    """Whether `new_year` is the budget year after `old_year`, both written as years (a whole number, not true/false)."""
    return None not in (as_year(old_year), as_year(new_year)) and new_year == old_year + 1


def later_year(old: Any, new: Any) -> dict[int, int] | None:
    """{old year: new year} when `new` is a spec of `old`'s form for a later year, the next or one further on (2023 →
    2025, a year skipped); else None. Its texts still of the old year are named (`unrolled`) whichever it is: a 2025 spec
    that still plans 2023年度 is as stale as a 2024 one. The two were paired already (given, one path, one file renamed,
    or last year's found by form and unit): the unit is not asked again, as `new --from … --unit 新名称` writes the new
    year's spec under the unit's new name."""
    years, forms = (budget_year(old), budget_year(new)), [data.get("form") if isinstance(data, dict) else None for data in (old, new)]
    if not isinstance(forms[0], str) or not forms[0] or forms[0] != forms[1] or None in years or years[1] <= years[0]:
        return None
    return {years[0]: years[1]}


def next_year(old: Any, new: Any) -> dict[int, int] | None:
    """{old year: new year} when `new` is a spec of `old`'s form for the year after (`later_year`): what `new --from`
    writes, an added spec beside last year's, or one file rolled over in place; its texts changed only as the year
    moved them diff leaves out, and its 上年指标值 carries `old`'s targets. Else None: a year skipped leaves out
    nothing, its targets compared with those of two years before."""
    moved = later_year(old, new)
    return moved if moved and all(follows(old_year, new_year) for old_year, new_year in moved.items()) else None


def unrolled(data: Any, moved: dict[int, int], targets: set[tuple], schema: Callable[[tuple], dict],
             registry: Any) -> list[tuple]:
    """The paths of the texts in `data` that still write a year of `moved` (the old budget year) where `new --from`
    would have moved it (`rolled_texts`: not 上年指标值, nor a 填表日期 left to be filled in again; in a target, also
    a past clause's year). A year new --from moves another to is where it put it, not an old one: in a date it moves
    on with the year before (2021 → 2022 as 2022 → 2023), 2022年12月5日 in the 2023 spec."""
    return [path for path, value, target, years in rolled_texts(data, targets, schema, registry, moved)
            if moved_years(value, {old: years[old] for old in moved if old not in years.values()}, target)[1]]


def last_years(added: Spec, *sides: dict[str, Spec]) -> Spec | None:
    """The one spec of `added`'s form and unit for the year before, in the first side that holds any; None when
    that side holds two (which one the new year was made from is not known) or no side holds one."""
    identity, year = _form_and_unit(added.data), budget_year(added.data)
    if identity is None or year is None:
        return None
    for side in sides:
        found = [spec for spec in side.values()
                 if _form_and_unit(spec.data) == identity and budget_year(spec.data) == year - 1]
        if found:
            return found[0] if len(found) == 1 else None
    return None
