"""Items of a list that are one item by identity (an indicator row by its labels and name, a named item by its name,
a line of text by itself), and of several of one identity, which is which: an equal item first, then the most alike,
then the nearest.

Apart from the renames (diff_renames), which pair the items left with no identity on the other side.
"""
from __future__ import annotations

import functools
import heapq
from typing import Any

from .diff_candidates import nearest_candidates
from .diff_likeness import alike, alike_bound, bound_fields
from .load import fingerprint


def _nearest_equal(olds: list[int], news: list[int]) -> list[tuple[int, int, int]]:
    """Pairs of equal items by their places among their name's items, (distance, new place, old place): the
    nearest first (of equally near, the earlier new place, then the earlier old one), each place in one pair. The
    same pairs as taking them nearest first from every old place set against every new one, which for 3000
    identical rows built and sorted 9 million pairs (7 s).

    The nearest pair left is always next to each other among the places left, in one line (a place between them
    would be nearer to one of them), so only neighbours are weighed, and two places become neighbours only when
    the pair between them is taken."""
    points = sorted([(a, False) for a in olds] + [(b, True) for b in news])
    left, right = list(range(-1, len(points) - 1)), list(range(1, len(points) + 1))
    taken = [False] * len(points)

    def weighed(i: int, j: int) -> tuple[int, int, int, int, int]:
        (a, _), (b, _) = (points[j], points[i]) if points[i][1] else (points[i], points[j])  # the old place, the new
        return abs(a - b), b, a, i, j

    neighbours = [weighed(i, i + 1) for i in range(len(points) - 1) if points[i][1] != points[i + 1][1]]
    heapq.heapify(neighbours)
    pairs = []
    while neighbours:
        distance, b, a, i, j = heapq.heappop(neighbours)
        if taken[i] or taken[j]:
            continue
        pairs.append((distance, b, a))
        taken[i] = taken[j] = True
        before, after = left[i], right[j]
        if before >= 0:
            right[before] = after
        if after < len(points):
            left[after] = before
        if before >= 0 and after < len(points) and points[before][1] != points[after][1]:
            heapq.heappush(neighbours, weighed(before, after))
    return pairs


def _pair_repeats(old: list, new: list, olds: list[int], news: list[int]) -> dict[int, int]:
    """Pair the items of one identity (new index -> old index): an equal item first, then the most alike, then
    the nearest in order.

    Two 满意度 rows under one 二级 are two items; paired by their count, deleting the first showed the
    first changed into the second and the second removed. Equal items are paired before any likeness is
    measured (`_nearest_equal`), and only the items left are ranked (`_most_alike_first`): every pair measured,
    and each taken pair looked for among those taken, 800 rows of one name took 36 s."""
    if len(olds) == 1 and len(news) == 1:
        return {news[0]: olds[0]}
    if not olds or not news:  # an identity only one side has (every row renamed): nothing to pair, no likeness to weigh
        return {}
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def take(ranked: list[tuple]) -> None:
        for *_, b, a in ranked:
            if news[b] not in pairs and olds[a] not in taken:
                pairs[news[b]] = olds[a]
                taken.add(olds[a])

    by_print: dict[str, tuple[list[int], list[int]]] = {}
    for side, (items, indices) in enumerate(((old, olds), (new, news))):
        for place, index in enumerate(indices):
            # repr of the fingerprint: a hashable key, equal for equal items
            by_print.setdefault(repr(fingerprint(items[index])), ([], []))[side].append(place)
    take(sorted(pair for equal_olds, equal_news in by_print.values() for pair in _nearest_equal(equal_olds, equal_news)))
    take(_most_alike_first({a: old[olds[a]] for a in range(len(olds)) if olds[a] not in taken},
                           {b: new[news[b]] for b in range(len(news)) if news[b] not in pairs}))
    return pairs


def _most_alike_first(olds: dict[int, Any], news: dict[int, Any]) -> list[tuple[int, int]]:
    """The pairs (new place, old place) of items no two of which are equal, taken one to one in the order of ranking
    every pair by (the most alike, the nearest, the earlier new place, the earlier old place).

    Every pair's likeness measured and sorted at once, 1000 rows of one name, every target edited, took 35 s and
    230 MiB (4000 rows, sixteen million pairs, gigabytes). Now an old item ranks the `MOST_RANKED` new items
    nearest its place among those left (`nearest_candidates`; every one where there are no more), each pair first by a bound
    of its likeness (`alike_bound`) and measured in full only once it could come first. With no more items than the
    cap, the pairs of ranking every pair; beyond it, an edited row moved further than about half the cap from its own
    new row past rows that kept theirs is paired with a nearer one, as `diff_renames._RenameRanks` pairs renamed rows."""
    fields = ({a: bound_fields(item) for a, item in olds.items()}, {b: bound_fields(item) for b, item in news.items()})
    places = list(news)

    def first(a: int, b: int) -> tuple:
        return -alike_bound(fields[0][a], fields[1][b]), abs(a - b), b, a, False

    queues = {}
    for rank, a in enumerate(olds):  # each old item's candidates by their bound, best last
        queues[a] = sorted(nearest_candidates(a, rank, [(1.0, 1.0, "")], {"": places}), key=functools.partial(first, a),
                           reverse=True)
    heap = [first(a, queue.pop()) for a, queue in queues.items() if queue]
    heapq.heapify(heap)
    pairs, used_old, used_new = [], set(), set()
    while heap:
        unlike, distance, b, a, measured = heapq.heappop(heap)
        if a in used_old:
            continue
        if not measured and queues[a]:
            heapq.heappush(heap, first(a, queues[a].pop()))  # the next of the item's candidates
        if b in used_new:
            continue
        if not measured:  # a bound: measured, it goes back in its place
            heapq.heappush(heap, (-alike(olds[a], news[b]), distance, b, a, True))
            continue
        pairs.append((b, a))
        used_old.add(a)
        used_new.add(b)
    return pairs


def _identity(item: Any, known_by: tuple[str, ...] | None, index: int) -> tuple:
    """What an item is known by: an indicator row by its `known_by` (None: a list of other items), as typed, a named
    item by its name, a value (a line of text) by itself, anything else (a list, a mapping without a name) by its
    place. Known by its 一级, 二级 and name alone, 办理时效 under two 重点工作 of one 二级 were one identity paired by
    likeness and place: a row moved to another 重点工作 beside another's edited target swapped with it."""
    if isinstance(item, dict):
        if known_by is not None:
            return ("indicator",) + tuple(str(item.get(k)) for k in known_by)
        return ("name", str(item.get("name"))) if "name" in item else ("position", index)
    if isinstance(item, list):
        return ("position", index)
    return ("value",) + fingerprint(item)


def matches(old: list, new: list, known_by: tuple[str, ...] | None) -> dict[int, int]:
    """Items of one identity on both sides, new index -> old index."""
    groups: dict[tuple, tuple[list[int], list[int]]] = {}
    for side, items in enumerate((old, new)):
        for index, item in enumerate(items):
            groups.setdefault(_identity(item, known_by, index), ([], []))[side].append(index)
    matched: dict[int, int] = {}
    for olds, news in groups.values():
        matched.update(_pair_repeats(old, new, olds, news))
    return matched
