"""Which new items an old item ranks when renames are sought among many: at most `MOST_RANKED` of each kind, so
pairing stays linear in the rows of a list renamed in bulk.

Apart from the ranking (diff_renames) and the pairing of rows of one identity (diff_identity), which both pick their
candidates here: what is picked decides which pairs can be found at all, and is read on its own.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Hashable, Iterable, Iterator

from .diff_sole_links import bucket
from .load import fingerprint
from .typed_numbers import is_number


# The most new items of each kind (`Twins`) one old item ranks in `diff_renames.renames` (`nearest_candidates`), and
# of its identity in `diff_identity._most_alike_first`: more than any list of ordinary names relates to one name, few
# enough that every old item ranking as many stays linear in the rows.
MOST_RANKED = 100


def by_text(texts: dict[int, Hashable]) -> dict[Any, list[int]]:
    """The items bearing each text (or key), in their order."""
    items: dict[Any, list[int]] = {}
    for k, text in texts.items():
        items.setdefault(text, []).append(k)
    return items


def nearest_candidates(i: int, place: int, bounds: list[tuple[float, float, str]],
                new_items: dict[str, list[int]]) -> set[int]:
    """The new items old item `i` (the `place`-th of its text) ranks: every item of the new texts `bounds` names,
    or if they are more than `MOST_RANKED`, that many, best first by the texts' bounds, of equal bounds nearest
    `place` among the items of their text, then nearest `i`, then first. Only the items near `place` of each
    text are weighed, and only the texts down to the bound that fills the count, so a text borne by thousands of
    items costs no more than one borne by a few."""
    counted, weighed = 0, []
    for k, (likeness, similar, other) in enumerate(bounds):
        if counted >= MOST_RANKED and (likeness, similar) < bounds[k - 1][:2]:
            break  # the texts left are all below those that fill the count
        items = new_items[other]
        near = min(place, len(items) - 1)
        start = max(0, near - MOST_RANKED)
        weighed += [(-likeness, -similar, abs(place - at), abs(i - j), j)
                    for at, j in enumerate(items[start:near + MOST_RANKED + 1], start)]
        counted += len(items)
    if counted > MOST_RANKED:
        # sorted, not heapq.nsmallest, whose loop in Python took a sixth of a large diff; no two weights are equal
        # (each ends in its item), so the first sorted are the items nsmallest took
        weighed = sorted(weighed)[:MOST_RANKED]
    return {weight[-1] for weight in weighed}


def _more_than_ranked(lists: Iterable[list]) -> bool:
    """Whether these lists hold more items than an old item ranks (`MOST_RANKED`), counted only that far."""
    counted = 0
    for items in lists:
        counted += len(items)
        if counted > MOST_RANKED:
            return True
    return False


def rest_key(rest: dict) -> str:
    """A row's fields besides its name as one key, equal for two rows whose rests `alike` counts fully alike with their
    amounts apart (the same fields, every one equal or an amount on both sides)."""
    return repr(sorted((str(key), ("amount",) if is_number(value) else fingerprint(value)) for key, value in rest.items()))


class Twins:
    """The new items each old row ranks (`nearest_candidates`): those nearest its place among the rows of its name; its twins,
    the items of its related names whose rest is the row's own (`rest_key`), which rank above every other item of their
    name; those nearest its place among the rows left without a twin on the other side; and, related to more new items
    than the cap, those nearest its place among the rows under its own labels (一级, 二级, 重点工作: `diff_renames._RenameRanks._placed`).

    Nearest its place alone, a row ranked the wrong hundred once rows moved more than about 50 places (150 rows renamed
    满意度 → 群众满意度, the last 60 put first; a list reversed; 150 rows of the new name added before them): its own new
    row was out of reach and a neighbour's, of another target, was paired with it, an invented 目标降低. Twins are found
    by key, not by place; rows whose rest was edited too are also sought among the rows without twins, so rows dropped at
    the top pair with rows added at the bottom as ranking every pair does. Rows are ranked by the labels they keep as
    much as by their names, yet were picked by their names alone: a row of one target under 重点工作 乙, moved past more
    rows of its name under 甲 than the cap, ranked only those and was paired with one, a rename across 重点工作 (with the
    cap at 4, of 32 rows renamed under six labels, 430 of 4277 pairs unlike ranking every pair; now 147). Every item
    ranked before still is: a row related to no more than `MOST_RANKED` items ranks them all."""

    def __init__(self, old_items: dict[str, list[int]], new_items: dict[str, list[int]],
                 keys: tuple[dict[int, str], dict[int, str]],
                 placed: tuple[dict[int, tuple], dict[int, tuple]] = ({}, {})) -> None:
        self.keys, self.new_items = keys, new_items
        # each row's labels placing it on the form (`diff_renames._RenameRanks._placed`), by bucket, and the new items of each text
        # bearing them: a row ranks those nearest its place among the rows of its labels too
        self.placed = tuple({k: bucket(labels) for k, labels in side.items()} for side in placed)
        self.labelled: dict[Any, dict[str, list[int]]] = {}
        for text, items in new_items.items():
            for j in items:
                if j in self.placed[1]:
                    self.labelled.setdefault(self.placed[1][j], {}).setdefault(text, []).append(j)
        # every row on both sides of one labels: the rows nearest a row's place among them are those nearest its place
        self.placed_apart = len(set(self.placed[0].values()) | set(self.labelled)) > 1
        self.twins = by_text({j: (text, keys[1][j]) for text, items in new_items.items() for j in items if j in keys[1]})
        self.texts: dict[str, set[str]] = {}  # a rest key -> the new texts bearing it
        for text, key in self.twins:
            self.texts.setdefault(key, set()).add(text)
        old_keys = {keys[0][i] for items in old_items.values() for i in items if i in keys[0]}
        self.left = {text: [j for j in items if keys[1].get(j) not in old_keys] for text, items in new_items.items()}
        # whether any old row has a twin: with none (lines of text have no rest, rows may all have theirs edited), the
        # rows left are all the rows, each old row's place among them its place, and ranking them again picks the same
        self.twinned = not old_keys.isdisjoint(self.texts)

    def candidates(self, olds: list[int], bounds: list[tuple[float, float, str]]) -> Iterator[tuple[int, set[int]]]:
        """Each of `olds`, the old items of one text in their order, with the new items it ranks, of the new texts
        `bounds` names (`diff_renames._RenameRanks._text_bounds`): at most `MOST_RANKED` of each kind."""
        bound_of, twins = {bound[2]: bound for bound in bounds}, {}
        for key, items in by_text({i: self.keys[0][i] for i in olds if i in self.keys[0]}).items():
            texts = self.texts.get(key, set())  # the smaller of the two sides looked through
            twin_bounds = (sorted((bound_of[text] for text in texts if text in bound_of), reverse=True)
                           if len(texts) < len(bounds) else [bound for bound in bounds if bound[2] in texts])
            twin_items = {text: self.twins[text, key] for *_, text in twin_bounds}
            twins.update((i, (place, twin_bounds, twin_items)) for place, i in enumerate(items))
        left = 0  # the old items without a twin so far: an item's place among them, or where it would stand
        placed: Counter = Counter()  # the old items of each labels so far: an item's place among them
        # related to no more new items than the cap, an old row ranks them all, those under its labels among them
        apart = self.placed_apart and _more_than_ranked(self.new_items[text] for *_, text in bounds)
        labelled_bounds: dict[Any, list[tuple[float, float, str]]] = {}  # of the texts bearing rows of each labels
        for place, i in enumerate(olds):
            # each item's ranked as it is yielded: the sets of thousands of rows held at once took a third more memory
            ranked = nearest_candidates(i, place, bounds, self.new_items)
            if self.twinned:
                ranked |= nearest_candidates(i, left, bounds, self.left) | (nearest_candidates(i, *twins[i]) if i in twins else set())
            labels = self.placed[0].get(i)
            if apart and labels in self.labelled:
                if labels not in labelled_bounds:
                    labelled_bounds[labels] = [bound for bound in bounds if bound[2] in self.labelled[labels]]
                ranked |= nearest_candidates(i, placed[labels], labelled_bounds[labels], self.labelled[labels])
            placed[labels] += 1
            yield i, ranked
            left += self.keys[0].get(i) not in self.texts
