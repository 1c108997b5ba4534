"""Whole groups of indicator rows a diff (diff) finds added or removed: every row of a 一级 or 二级 gone (or new) with
it, which a reviewer reads as one thing (the 时效指标 were dropped), where the rows listed one by one hid it. The rows
are still each a change and counted as such: a group is a heading above them, not one more change.

And whole groups renamed with their rows kept (`时效指标` → `时效性指标`): each row's 二级 edited alike was one 修改 a
row, which a reviewer at the finance bureau counted as so many changes. Such a group is one change, its rows listed
under it only where they changed in something else."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import datapath
from .diff_moves import indicator_group
from .diff_types import Change, Group

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


def renamed_groups(old: list, new: list, pairs: dict[int, int], where: str, path: tuple,
                   short: Callable[[str], str]) -> tuple[list[Group], dict[int, tuple[str, ...]]]:
    """The 一级 and 二级 of an indicator list renamed with their rows kept, and the fields a rename edits in each new row
    (`level1`, `level2`), which the rows' own changes leave out. A group is renamed where one row or more of it is
    kept (paired with new rows: `pairs` maps each new row's index to its old row's), all of them under one other name
    the old side has nowhere, its old name gone from the new side, and no row kept from elsewhere under the new name
    (rows added under it, or removed from the old one, are changes of their own). A 二级 is renamed within its 一级,
    a renamed 一级 read as its new name: both renamed at once are two renames. `where` is the list's place, `short`
    cuts a name as places show it."""
    level1 = _renames(old, new, pairs, _level1, _level1)
    mapped = {old_name: new_name for old_name, (new_name, _) in level1.items()}
    level2 = _renames(old, new, pairs, lambda item: _level2(item, mapped), _level2)
    groups, fields = [], {}
    for level, key, renames in ((LEVEL1, "level1", level1), (LEVEL2, "level2", level2)):
        for old_name, (new_name, rows) in renames.items():
            if level == LEVEL2 and old_name[0] != new_name[0]:
                continue  # another 一级 too: rows moved, not a 二级 renamed
            under = new_name[0] if level == LEVEL2 else None
            names = (old_name[1], new_name[1]) if level == LEVEL2 else (old_name, new_name)
            head = Change("renamed", " › ".join([where, *([short(under)] if under else [])]), datapath.json_path(path),
                          *names)
            groups.append(Group("renamed", level, where, datapath.json_path(path),
                                [datapath.json_path(path + (j,)) for j in rows], *names, under=under, head=head))
            for j in rows:
                fields[j] = fields.get(j, ()) + (key,)
    return groups, fields


def _level1(item: Any) -> str | None:
    """The 一级 a row is under, where it names one."""
    level1 = item.get("level1") if isinstance(item, dict) else None
    return level1 if isinstance(level1, str) and level1 else None


def _level2(item: Any, renamed: dict[str, str] | None = None) -> tuple[str, str] | None:
    """The 一级 (as `renamed` renames it) and 二级 a row is under, where it names both."""
    level1, level2 = _level1(item), item.get("level2") if isinstance(item, dict) else None
    if level1 is None or not (isinstance(level2, str) and level2):
        return None
    return (renamed or {}).get(level1, level1), level2


def _renames(old: list, new: list, pairs: dict[int, int], old_key: Callable, new_key: Callable) -> dict:
    """Each old group (by `old_key`) renamed: its new name (by `new_key`) and the new indices of its rows kept."""
    old_keys, new_keys = [old_key(item) for item in old], [new_key(item) for item in new]
    kept: dict[Any, list[int]] = {}
    for j, i in sorted(pairs.items()):
        if old_keys[i] is not None:
            kept.setdefault(old_keys[i], []).append(j)
    found = {}
    for name, rows in kept.items():
        names = {new_keys[j] for j in rows}
        if len(names) != 1 or name in new_keys:
            continue
        [new_name] = names
        if new_name is None or new_name in old_keys:
            continue
        joined = [j for j, key in enumerate(new_keys) if key == new_name and j in pairs]
        if joined == rows:  # no row kept from another group under the new name
            found[name] = (new_name, rows)
    return found


def within(path: str, row: str) -> bool:
    """Whether a change's JSON path is the row's, or a field of it."""
    return path == row or path.startswith((row + ".", row + "["))


def member_of(groups: list[Group], change: Any) -> Group | None:
    """The group a change is a row of (an added or removed row listed under its group's heading; a renamed group's own
    change, or any change in a row it kept), else None. A row removed is not of a renamed group: its path is the old
    spec's index, and its place names the old name. A row kept through a 一级 and a 二级 renamed is the 二级's, the
    nearer heading, whose count of rows changed otherwise it is one of."""
    held = [group for group in groups if _holds(group, change)]
    return next((group for group in held if group.level == LEVEL2), held[0]) if held else None


def _holds(group: Group, change: Any) -> bool:
    if group.kind != "renamed":
        return change.kind == group.kind and change.path in group.rows
    return change is group.head or any(within(change.path, row) and not (change.kind == "removed" and change.path == row)
                                       for row in group.rows)


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
