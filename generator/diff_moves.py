"""Which of the paired items of a list moved: by their places in the spec's list, or for an indicator list by its rows
on the printed table, where a reorder the form does not print is no move but a reorder of the spec alone.

Apart from the pairing (diff_pairing), which says which item is which: this says only where the pairs stand.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from typing import Any

from .model import printed_order  # the order the form prints indicators in, from the one place that decides it


def indicator_group(item: Any) -> tuple | None:
    """The 一级 and 二级 an indicator is printed under; a level that is a list or a mapping (`level1: []`, which diff
    compares before validate would refuse it) is under none, as a level left out is: the groups are set members and
    dict keys, and such a level made diff stop with a TypeError."""
    if not isinstance(item, dict):
        return None
    levels = item.get("level1"), item.get("level2")
    level1, level2 = (value if isinstance(value, Hashable) else None for value in levels)
    return level1, level2 or ""


def _unmoved(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest set of matched pairs whose order is unchanged (the others count as moved).

    Of equally large sets, the one with most items still at their number: in a reversed list of five,
    the middle item is not 'moved from 第 3 项 to 第 3 项'; of sets equal in both, the one whose last pair comes
    first in the new order, of those the one whose pair before it does, and so on back (of two sets at new
    places {0, 3} and {1, 2}, the second; of two items swapped, the one now first is unmoved). Each pair's best
    chain (ending in it) extends the best of the pairs before it in the new order and before it in the old, found
    in a tree of prefix maxima over the old places: comparing each pair with every pair before it, and every
    chain's weight again each time, took 20 s for a spec of 1600 indicators with one renamed."""
    ordered = sorted(pairs, key=lambda pair: pair[1])
    places = {old: rank for rank, old in enumerate(sorted({old for old, _ in ordered}), 1)}
    tree: list[tuple] = [()] * (len(places) + 1)  # Fenwick tree: (length, at their number, -k) of a best chain
    best, previous = [], []
    for k, (old, new) in enumerate(ordered):
        found, at = (), places[old] - 1  # the best chain among pairs with a smaller old place
        while at:
            found, at = max(found, tree[at]), at & (at - 1)
        length, fixed, before = found or (0, 0, None)
        best.append((length + 1, fixed + (old == new), -k))
        previous.append(None if before is None else -before)
        at = places[old]
        while at < len(tree):
            tree[at], at = max(tree[at], best[k]), at + (at & -at)
    chain, k = set(), -max(best)[2] if best else None
    while k is not None:
        chain.add(ordered[k])
        k = previous[k]
    return chain


def _printed_rows(items: list, table: dict, frame: list[dict]) -> list[tuple[int, int]]:
    """Each item's place in the order the model prints the list, and its row on the printed table from 1.

    The model groups indicators by the frame's 一级 and 二级 and keeps the spec's order only within a
    group (and of free 二级, by first appearance), so moving a row elsewhere in the spec's list may print
    the same form. The blank rows of empty 二级 are counted, as the form prints them, and a list the
    profile splits into blocks is counted table by table; a row whose 一级 the frame does not name
    (which validation reports) comes last."""
    level1s = [entry["level1"] for entry in frame]
    placed = [item for item in items if isinstance(item, dict) and item.get("level1") in level1s]
    ids = {id(item) for item in placed}
    printed = printed_order(placed, frame, table.get("print_empty", False), []) + [i for i in items if id(i) not in ids]
    blocks = table.get("blocks") or [level1s]
    counted: Counter = Counter()
    rows: dict[int, list[tuple[int, int]]] = {}
    for order, item in enumerate(printed):
        level1 = item.get("level1") if isinstance(item, dict) else None
        block = next((n for n, names in enumerate(blocks) if level1 in names), len(blocks))
        counted[block] += 1
        rows.setdefault(id(item), []).append((order, counted[block]))  # an item listed twice (a YAML alias) has two
    return [rows[id(item)].pop(0) for item in items]


def moves(old: list, new: list, pairs: dict[int, int], table: dict | None,
          frame: list[dict] | None) -> dict[int, tuple[int, int]]:
    """Items whose order changed, new index -> (old, new) place, from 1.

    A list printed in the spec's order (tasks, projects) by its places in the spec; an indicator list
    by its rows on the printed table, among the rows that stayed under their 一级 and 二级 (a row put
    under another is shown by that change): a reorder the form does not print is not a move. `table` is
    the profile's indicator table the list is (None for another list), printed by `frame`."""
    if table is None:
        orders = {j: (i, j) for j, i in pairs.items()}
        places = {j: (i + 1, j + 1) for j, i in pairs.items()}
    else:
        before, after = (_printed_rows(items, table, frame) for items in (old, new))
        kept = [j for j, i in pairs.items() if indicator_group(old[i]) == indicator_group(new[j])]
        orders = {j: (before[pairs[j]][0], after[j][0]) for j in kept}
        places = {j: (before[pairs[j]][1], after[j][1]) for j in kept}
    unmoved = _unmoved(list(orders.values()))
    return {j: places[j] for j, order in orders.items() if order not in unmoved}


def reorders(pairs: dict[int, int], moved: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Items whose place in the spec's list changed where the printed table shows no move (`moves`), new index ->
    (old, new) place in the list, from 1: an indicator put elsewhere in its list that the form still prints among its
    own 一级 and 二级. Nothing changes on the form, yet the data did: such a draft was said to have only its layout or
    comments changed (只改了格式或注释), and a reviewer looking for the edit the git diff shows found none named."""
    orders = [(i, j) for j, i in pairs.items()]
    unmoved = _unmoved(orders)
    return {j: (i + 1, j + 1) for i, j in orders if (i, j) not in unmoved and j not in moved}
