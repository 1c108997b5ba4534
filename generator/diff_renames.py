"""Unmatched items of a list that are one item with a new name (or text): a rename, told from an item removed and
another added by how alike their names, the rest of them and their places on the form are.

Apart from the pairing by identity (diff_identity), which comes first: the renames are sought among the items it left,
ranked in stages so that of thousands of rows renamed at once only the pairs that may come first are worked out.
"""
from __future__ import annotations

import functools
import heapq
from typing import Any, Callable

from .diff_candidates import Twins, by_text, rest_key
from .diff_likeness import alike, alike_bound, bound_fields, name_likeness, similarity
from .diff_moves import indicator_group
from .diff_sole_links import sole_links
from .placeholder import unfilled
from .related_texts import bit_sets, bits_bound, characters, holding_pairs, ratio_pairs


# Pairing a removed and an added item as one item renamed: how alike their names are plus how alike the
# rest of them is (`alike`), each from 0 to 1. A name that holds the other (a year or a note in brackets
# added, `机关运行保障经费（2023）`) counts as fully alike: all of the old name is still there.
# Names less alike than _RELATED_NAMES are two items, unless the item kept its place and all the rest.
# Otherwise the two add up to _SAME_ITEM: a name that holds the other over contents a fifth alike, names
# 0.75 alike over contents half alike, names half alike over contents mostly alike.
_RELATED_NAMES = 0.5
_SAME_ITEM = 1.2
_RELATED_TEXTS = 0.6  # a line of text (an item that is a value) less alike than this to another is another line


def _carried(a: Any, b: Any, carried: tuple[str, str | None] | None) -> bool:
    """Whether indicator `b` of next year's spec holds `a`'s target as its prior one (`carried`: (prior key, target
    key)) under the same 一级 and 二级: what new --from writes into the row it rolls over, whatever the row is renamed."""
    if carried is None or not isinstance(a, dict) or not isinstance(b, dict) or indicator_group(a) != indicator_group(b):
        return False
    prior, target = b.get(carried[0]), a.get(carried[1])
    return isinstance(target, str) and bool(target.strip()) and not unfilled(target) and prior == target


def _carried_pairs(old: list, new: list, lone_old: list[int], lone_new: list[int],
                   carried: tuple[str, str | None] | None) -> list[tuple[int, int]]:
    """Unmatched rows of next year's spec each the only one holding, as its prior target, the target of an old row that
    is the only one it was carried to (`开展培训场次 2次` → `举办培训班次数 3次`, 上年指标值 2次)."""
    if carried is None:
        return []
    return sole_links(lone_old, lone_new, lambda i, j: _carried(old[i], new[j], carried),
                      (lambda i: (indicator_group(old[i]), old[i].get(carried[1]) if isinstance(old[i], dict) else None),
                       lambda j: (indicator_group(new[j]), new[j].get(carried[0]) if isinstance(new[j], dict) else None)))


def _lone_in_group_pairs(old: list, new: list, lone_old: list[int], lone_new: list[int],
                         one_measure: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """In one year's indicators, the only row removed and the only row added under one 一级 and 二级, where their
    names are related (`_RELATED_NAMES`, as any rename's are) and their targets `one_measure` (`补助覆盖面 90%` →
    `补助覆盖率 85%`; not `90%` → `3次`): one row renamed with a new target, which read as 新增 and 删除（目标删除）,
    the target lowered lost. Another indicator put in the place of one dropped (`水、电设施完好率 100%` →
    `物业服务投诉处理及时率 ≥90%`, `租金支付时间 6月底前` → `物业合同续签时间 11月底前`) is measured alike but by
    its name another thing: read as one, the old commitment's 删除（目标删除） was lost to a rename."""
    return [(i, j) for i, j in sole_links(lone_old, lone_new, lambda i, j: indicator_group(old[i]) == indicator_group(new[j]),
                                          (lambda i: indicator_group(old[i]), lambda j: indicator_group(new[j])))
            if one_measure(old[i], new[j])  # rows (mappings) both, or False
            and name_likeness(old[i].get("name"), new[j].get("name")) >= _RELATED_NAMES]


# The stages of a pair's rank in `renames`, each rank an upper bound of the next: names bounded by the characters
# they share and the rest of the items not yet weighed, then the rest bounded as `diff_identity._most_alike_first` bounds items
# (`alike_bound`), then the rest weighed, then all of it worked out; a line of text (an item that is a value) has no
# rest.
_NAMES_BOUNDED, _REST_BOUNDED, _REST_WEIGHED, _TEXT_BOUNDED, _EXACT = range(5)


class _RenameRanks:
    """The rank of each pair of unmatched items `renames` might take, best first: (whether the new item holds the
    old one's target as its prior one, the likeness of names, rest and the share of the labels placing a row it kept
    (`_placed`) added up, the names' similarity, whether the item kept its place). Built as a heap entry of negated
    parts, then the pair's places, its stage, and the likeness of its rest once weighed.

    A rank is worked out in stages, each an upper bound of the next (`_first`, `_refined`), so a pair is worked out
    only while it could still come first among the pairs whose items are not yet taken: bench/run.py's 2000 rows, each
    renamed, are 500,000 pairs of related names (eight names, each with a number), all worked out in full before;
    now about 35,000 have their rest weighed, and each row's own new row comes first. The rest is bounded before it is
    weighed (`alike_bound`, as `diff_identity._most_alike_first` bounds rows of one identity): 4000 rows named 完成率 renamed
    完成率（2024年）, every target edited, tie on their names, and each row's 100 candidates all had their rest weighed
    (400,000 `alike`, 21 s); now about one a row. Only pairs that may be related are ranked at all (`related_texts`),
    not every old item against every new one (four million pairs).

    Names are looked up and held one in another as texts, each text once however many items bear it, and an old
    item ranks at most `MOST_RANKED` new items (`nearest_candidates`): thousands of rows named `完成率` renamed
    `完成率（2024年）` were every old row held by every new one, 16 million pairs kept at once for 4000 rows (2 GiB),
    and 10,000 rows ran out of memory. An item related to more new items than that ranks those `Twins` picks: the new
    items of its related names whose rest is its own, those nearest its place among the items of its name, those
    nearest it among the items without such a twin, and those nearest it among the items under its labels, each kind the best by their first bound, of equal bounds the
    nearest; with fewer, it ranks every one, as ranking every pair would. The cap can still pair wrongly a row whose rest
    was edited too, among more than `MOST_RANKED` related new items: moved more than about half that many places past
    rows that kept theirs, or its name related to more new names than that, its own new name less like it than those
    (`完成率` → `完成率（2024年度全省统一口径调整后）` with its target edited, beside 150 new names `完成率1`…). It shows as a
    row paired with another's: a 修改 of a target it never had (目标降低 where that one's was lower), or 删除 and 新增."""

    def __init__(self, old: list, new: list, lone_old: list[int], lone_new: list[int], skip: tuple,
                 carried: tuple[str, str | None] | None, labels: tuple[str, ...] = ()) -> None:
        self.old, self.new, self.carried, self.labels = old, new, carried, labels
        self.rests = [{k: {key: v for key, v in items[k].items() if key not in skip} for k in lone if isinstance(items[k], dict)}
                      for items, lone in ((old, lone_old), (new, lone_new))]  # each item's once, not a pair's
        self.placed = [{k: tuple(items[k].get(key) for key in labels) for k in rests} if labels else {}
                       for items, rests in zip((old, new), self.rests)]  # each row's labels, for `_placed`
        self.names = [{k: str(items[k].get("name") or "") for k in rests} for items, rests in zip((old, new), self.rests)]
        self.rest_keys = tuple({k: rest_key(rest) for k, rest in rests.items()} for rests in self.rests)
        self.rest_fields = tuple({k: bound_fields(rest) for k, rest in rests.items()} for rests in self.rests)
        self.texts = [{k: str(items[k] or "") for k in lone if not isinstance(items[k], (dict, list))}
                      for items, lone in ((old, lone_old), (new, lone_new))]
        old_names, new_names = ({name: name for name in names.values()} for names in self.names)
        self.held: dict[str, set[str]] = {}  # old name -> the new names holding it or held by it
        for a, b in holding_pairs(old_names, new_names):
            self.held.setdefault(a, set()).add(b)
        self.characters = {text: characters(text) for texts in (*self.names, *self.texts) for text in texts.values()}
        self.bits = bit_sets(self.characters)  # for `_bound`, the pairs' bounds

    def _holds(self, i: int, j: int) -> bool:
        """Whether old item `i`'s name and new item `j`'s hold one another, looked up by name in `held`: the pairs
        are kept per name, not per row, so thousands of rows of one name hold one entry."""
        return self.names[1][j] in self.held.get(self.names[0][i], ())

    def _queues(self, used_old: set[int], used_new: set[int]) -> dict[int, list[int]]:
        """Each old item's new items it may be related to (`nearest_candidates`), by their first rank (`_first`), best last.
        The new items only: the ranks of 500,000 pairs held at once doubled the memory diff takes."""
        queues = {}
        for (olds, news), floor, held, keys, placed in ((self.names, _RELATED_NAMES, self.held, self.rest_keys, self.placed),
                                                        (self.texts, _RELATED_TEXTS, {}, ({}, {}), ({}, {}))):
            old_items = by_text({i: text for i, text in olds.items() if i not in used_old})
            new_items = by_text({j: text for j, text in news.items() if j not in used_new})
            twins = Twins(old_items, new_items, keys, placed)
            for text, related in ratio_pairs({text: self.characters[text] for text in old_items},
                                             {text: self.characters[text] for text in new_items}, floor):
                bounds = self._text_bounds(text, related | (held.get(text, set()) & new_items.keys()), held, floor)
                for i, js in twins.candidates(old_items[text], bounds):
                    if i in news and i not in used_new:  # not `news.keys() - used_new`: a set of every new item, per old item
                        js.add(i)
                    ranked = sorted((entry for entry in map(functools.partial(self._first, i), js) if entry is not None),
                                    reverse=True)
                    if ranked:
                        queues[i] = [-entry[5] for entry in ranked]
        return queues

    def _text_bounds(self, text: str, related: set[str], held: dict[str, set[str]],
                     floor: float) -> list[tuple[float, float, str]]:
        """The new texts `related` whose first rank with `text` (`_first`'s, but for the places) is not below the
        floor, as (names' likeness bound, similarity bound, new text), best first; `held` is the texts one holding
        the other (names only)."""
        holding, own, bounds = held.get(text, ()), self.bits[text], []
        for other in related:
            bound = bits_bound(own, self.bits[other], len(text) + len(other))  # `_bound`, a call less in the loop
            if other in holding:
                bounds.append((1.0, bound, other))
            elif bound >= floor:
                bounds.append((bound, bound, other))
        bounds.sort(reverse=True)
        return bounds

    def _bound(self, a: str, b: str) -> float:
        """`ratio_bound` of two texts, by their `bit_sets` (a text's characters are as many as it is long)."""
        return bits_bound(self.bits[a], self.bits[b], len(a) + len(b))

    def _first(self, i: int, j: int) -> tuple | None:
        """The pair's first rank, its names' (or texts') similarity bounded by the characters they share and the rest
        of the items not yet weighed (None: the bound is below the floor, and the names do not hold each other nor the
        item keep its place: two different things)."""
        if i not in self.names[0]:
            bound = self._bound(self.texts[0][i], self.texts[1][j])
            return self._entry(False, bound, bound, i, j, _TEXT_BOUNDED) if bound >= _RELATED_TEXTS or i == j else None
        bound = self._bound(self.names[0][i], self.names[1][j])
        held = self._holds(i, j)
        if bound < _RELATED_NAMES and not held and i != j:
            return None
        return self._entry(self.carried is not None and _carried(self.old[i], self.new[j], self.carried),
                           (1.0 if held else bound) + 1.0, bound, i, j, _NAMES_BOUNDED)

    def best_first(self, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pairs taken best first, one to one, after those `taken` already: each old item's first ranks wait in its
        queue, its best in a heap with the ranks worked out further, and go with the item once it is taken."""
        used_old, used_new = {i for i, _ in taken}, {j for _, j in taken}
        queues = self._queues(used_old, used_new)
        heap = [self._first(i, queue.pop()) for i, queue in queues.items()]
        heapq.heapify(heap)
        pairs = []
        while heap:
            entry = heapq.heappop(heap)
            i, j, stage = -entry[4], -entry[5], entry[6]
            if i in used_old:
                continue
            if stage in (_NAMES_BOUNDED, _TEXT_BOUNDED) and queues[i]:
                heapq.heappush(heap, self._first(i, queues[i].pop()))  # the next of the item's first ranks
            if j in used_new:
                continue
            if stage != _EXACT:  # a bound: worked out further, it goes back in its place
                entry = self._refined(entry)
                if entry is not None:
                    heapq.heappush(heap, entry)
                continue
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
        return pairs

    def _refined(self, entry: tuple) -> tuple | None:
        """The pair's rank at its next stage (None: not a rename). Worked out as `renames` measured every pair: the
        same values, the same rank."""
        carried, i, j, stage = -entry[0], -entry[4], -entry[5], entry[6]
        if stage == _TEXT_BOUNDED:
            similar = similarity(self.texts[0][i], self.texts[1][j])
            return None if i != j and similar < _RELATED_TEXTS else self._entry(False, similar, similar, i, j, _EXACT)
        held, rest = self._holds(i, j), (self.rests[0][i], self.rests[1][j])
        if stage == _NAMES_BOUNDED:
            bound = alike_bound(self.rest_fields[0][i], self.rest_fields[1][j], amounts_apart=True)
            return self._entry(carried, (1.0 if held else -entry[2]) + bound, -entry[2], i, j, _REST_BOUNDED)
        if stage == _REST_BOUNDED:
            edited = alike(*rest, amounts_apart=True)
            return self._entry(carried, (1.0 if held else -entry[2]) + edited, -entry[2], i, j, _REST_WEIGHED, edited)
        similar, edited = similarity(self.names[0][i], self.names[1][j]), entry[7]
        if not (held or i == j) and similar < _RELATED_NAMES:  # names of two different things, in different places
            return None
        names = 1.0 if held else similar
        if similar == 1.0 or (names >= _RELATED_NAMES and names + edited >= _SAME_ITEM) or alike(*rest) == 1.0:
            return self._entry(carried, names + edited, similar, i, j, _EXACT)
        return None

    def _entry(self, carried: bool, likeness: float, similar: float, i: int, j: int, stage: int,
               edited: float = 0.0) -> tuple:
        # a bound ranks as if every label were kept; they are counted once the rank is exact
        # (1000 of 302,000 ranks for 1000 rows renamed)
        placed = self._placed(i, j) if stage == _EXACT else float(bool(self.labels))
        return -carried, -(likeness + placed), -similar, -(i == j), -i, -j, stage, edited

    def _placed(self, i: int, j: int) -> float:
        """The share of the `labels` placing an indicator row (its 一级, 二级 and 重点工作) old row `i` and new row `j`
        keep, from 0 to 1: where a row stands on the form weighs in its likeness as much as its name and as its
        contents do, each label alike.

        Weighed among its contents, a 重点工作 outweighed the 二级: two rows of one name under two 二级, their
        重点工作 cells swapped in place, read as each row put under the other's 二级. Counted only below the names'
        likeness, no label weighed at all: two rows of one 二级, equal targets, both renamed in place, were paired
        across their 重点工作 where one's old name was more like the other's new one (`全年组织法治宣讲次数` →
        `全年组织活动次数`). Counted as a third part of the likeness, a pair changing one of three labels must have names
        a third more alike to outrank the pair keeping them all, and swapping two labels in place still ties."""
        a, b = self.placed[0].get(i), self.placed[1].get(j)
        return 0.0 if a is None or b is None else sum(x == y for x, y in zip(a, b)) / len(self.labels)


def renames(old: list, new: list, lone_old: list[int], lone_new: list[int], skip: tuple,
             carried: tuple[str, str | None] | None = None,
             one_measure: Callable[[Any, Any], bool] | None = None, labels: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Pair unmatched items that are recognisably the same item with a new name (or text).

    Named items pair by how alike both their names and the rest of them are: the rest identical
    and the item in its place or its name related, the same name (an indicator under another 一级,
    二级 or 重点工作), or related names (one holding the other, or much the same) whose likeness and the
    rest's, its changed amounts left out (`alike`), add up to `_SAME_ITEM`: a rename made while the
    item was edited. Different names over mostly different contents are a removal and an addition. Pairs are taken best
    first, one to one; in next year's spec (`carried`), a row holding an old row's target as its prior one first; in
    one year's (`one_measure`), of the rows left, a group's only row removed and only row added last. The pairs taken
    are those of ranking every unmatched old item against every unmatched new one; only the pairs that may be related
    are ranked, each only as far as it could still come first (`_RenameRanks`)."""
    pairs = _carried_pairs(old, new, lone_old, lone_new, carried)
    pairs += _RenameRanks(old, new, lone_old, lone_new, skip, carried, labels).best_first(pairs)
    used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
    if one_measure:
        pairs += _lone_in_group_pairs(old, new, [i for i in lone_old if i not in used_old],
                                      [j for j in lone_new if j not in used_new], one_measure)
    return pairs
