"""Whole groups of indicator rows a diff (diff) finds added or removed: every row of a 一级 or 二级 gone (or new) with
it, which a reviewer reads as one thing (the 时效指标 were dropped), where the rows listed one by one hid it. The rows
are still each a change and counted as such: a group is a heading above them, not one more change."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import datapath
from .diff_moves import indicator_group
from .diff_types import Group

LEVEL1, LEVEL2 = "一级指标", "二级指标"


def whole_groups(old: list, new: list, pairs: dict[int, int], where: str, path: tuple,
                 short: Callable[[str], str]) -> list[Group]:
    """The 一级 and 二级 groups of two rows or more of an indicator list whose rows were all removed (none of them paired with a new row,
    and no new row under that 一级, or 一级 and 二级), and those whose rows were all added; a 二级 within a whole 一级 is
    the 一级's. `pairs` maps each new row's index to its old row's; `where` is the list's place, `short` cuts a name
    as places show it."""
    kept_old = set(pairs.values())
    return (_gone(old, set(range(len(old))) - kept_old, new, where, path, short, "removed")
            + _gone(new, set(range(len(new))) - set(pairs), old, where, path, short, "added"))


def _gone(side: list, unpaired: set[int], other: list, where: str, path: tuple, short, kind: str) -> list[Group]:
    """The groups of `side` that `other` does not have, every row of them unpaired."""
    groups: dict[tuple, list[int]] = {}
    for n, item in enumerate(side):
        key = indicator_group(item)
        if key is not None and isinstance(key[0], str) and key[0]:
            groups.setdefault(key, []).append(n)
    there = {indicator_group(item) for item in other}
    level1s = {key[0] for key in there if key is not None}
    found, whole1 = [], set()
    for level1 in dict.fromkeys(key[0] for key in groups):
        rows = [n for key, members in groups.items() if key[0] == level1 for n in members]
        if level1 not in level1s and set(rows) <= unpaired:
            whole1.add(level1)
            found += _group(kind, LEVEL1, f"{where} › {short(level1)}", path, rows)
    for (level1, level2), rows in groups.items():
        if level2 and level1 not in whole1 and (level1, level2) not in there and set(rows) <= unpaired:
            found += _group(kind, LEVEL2, f"{where} › {short(level1)} › {short(level2)}", path, rows)
    return found


def _group(kind: str, level: str, where: str, path: tuple, rows: list[int]) -> list[Group]:
    """The group, where it has two rows or more: a row alone names its 一级 and 二级 in its own place already, and a
    heading over it was one more line saying the same."""
    if len(rows) < 2:
        return []
    return [Group(kind, level, where, datapath.json_path(path), [datapath.json_path(path + (n,)) for n in rows])]


def member_of(groups: list[Group], change: Any) -> Group | None:
    """The group a change is a row of (an added or removed row listed under its group's heading), else None."""
    return next((group for group in groups if change.kind == group.kind and change.path in group.rows), None)


def together(changes: list, groups: list[Group]) -> list:
    """`changes` in their order, but each group's rows listed one after another from where its first is: a spec may
    hold a 二级's rows apart (a 时效指标 row typed among the 数量指标), which the form prints together, and a row of
    another group listed between them stood under the heading as one of its rows."""
    rows: dict[int, list] = {}
    for change in changes:
        group = member_of(groups, change)
        if group is not None:
            rows.setdefault(id(group), []).append(change)
    listed, headed = [], set()
    for change in changes:
        group = member_of(groups, change)
        if group is None:
            listed.append(change)
        elif id(group) not in headed:
            headed.add(id(group))
            listed += rows[id(group)]
    return listed
