"""Which item of a list before an edit is which item after it, and which of the pairs moved.

Compared place by place, one inserted task showed every task after it changed. Items are paired by
identity instead (`_identity`: an indicator row by the fields `same_name.identity_keys` reads from the profile, as
validate and lint know it); of the rest, those recognisably one item under a new name or text are
paired as renamed (`_renames`); and of the pairs, those whose order changed are moves, counted for an
indicator list as the form prints it. Saying what changed, in the form's words, is diff.py's.

To stay fast on lists of thousands of rows: where every row of one identity changed, a row is compared with the 100
rows nearest its place only; a rename is sought among 100 candidates at most (items whose other columns are the
same, the nearest rows of the same name, the nearest rows at the same place on the form: 一级, 二级, merged columns),
never every pair of rows of one name; the other columns are first estimated by an upper bound, and only those that
may rank first compared in full.
"""
from __future__ import annotations

import difflib
import functools
import heapq
from collections import Counter
from typing import Any, Callable, Hashable, Iterable, Iterator

from .cells import paragraphs
from .load import fingerprint
from .model import printed_order  # the order the form prints indicators in, from the one place that decides it
from .placeholder import unfilled
from .related_texts import bit_sets, bits_bound, characters, holding_pairs, ratio_bound, ratio_pairs
from .typed_numbers import is_number

# An indicator's 一级, 二级 and 三级. A row is paired by `same_name.identity_keys`: these, and any column the form merges
# between 二级 and 三级 (a 重点工作). All of them are labels that place the row, set aside from its contents when pairing
# renamed items and counted apart (`_RenameRanks._placed`), so no label outweighs another. diff's places name a row by all
# of them (`Differ._labelled_by`).
INDICATOR_LABELS = ("level1", "level2", "name")
NAMED_IDENTITY = ("name",)


def printed_alike(a: Any, b: Any) -> bool:
    """Two texts that print the same paragraphs (they differ in a trailing line break or a blank
    line, as a `>` block and an imported text do): no change on the form, none to review."""
    return isinstance(a, str) and isinstance(b, str) and paragraphs(a) == paragraphs(b)


def _similarity(a: Any, b: Any) -> float:
    return _text_similarity(str(a or ""), str(b or ""))


@functools.lru_cache(maxsize=1 << 16)
def _text_similarity(a: str, b: str) -> float:
    """Remembered: many rows renamed at once measure the same targets (`≥95%` against `100%`) again for each pair of
    rows whose names are related."""
    return difflib.SequenceMatcher(None, a, b).ratio()


# Pairing a removed and an added item as one item renamed: how alike their names are plus how alike the
# rest of them is (`_alike`), each from 0 to 1. A name that holds the other (a year or a note in brackets
# added, `机关运行保障经费（2023）`) counts as fully alike: all of the old name is still there.
# Names less alike than _RELATED_NAMES are two items, unless the item kept its place and all the rest.
# Otherwise the two add up to _SAME_ITEM: a name that holds the other over contents a fifth alike, names
# 0.75 alike over contents half alike, names half alike over contents mostly alike.
_RELATED_NAMES = 0.5
_SAME_ITEM = 1.2
_RELATED_TEXTS = 0.6  # a line of text (an item that is a value) less alike than this to another is another line
_UNDECIDED = 0.5  # the likeness of items whose fields besides the name are only changed amounts


def _contains(a: Any, b: Any) -> bool:
    """Whether one name holds the other (`机关运行保障经费` and `机关运行保障经费（2023）`)."""
    a, b = str(a or "").strip(), str(b or "").strip()
    return bool(a and b) and (a in b or b in a)


def _name_likeness(a: Any, b: Any) -> float:
    """How alike two names are, from 0 to 1: fully where one holds the other (`_contains`), else by their
    `_similarity`; below `_RELATED_NAMES`, two names of two different things."""
    return 1.0 if _contains(a, b) else _similarity(a, b)


def _alike(a: Any, b: Any, amounts_apart: bool = False) -> float:
    """How much of two values is the same, from 0 to 1: fields by their share alike, lists by their share of
    equal items, texts by how much of them is equal, other values equal or not.

    With `amounts_apart`, a field that is a number on both sides (an amount) and changed is left out of its
    item's share: a new amount is what a renamed project is edited for, and counted as unlike,
    `办公设备购置费（2022）` renamed `（2023）` with both its amounts changed read as one project removed and
    another added. Fields that are all such amounts say nothing either way (`_UNDECIDED`): the names decide."""
    if fingerprint(a) == fingerprint(b) or printed_alike(a, b):
        return 1.0
    if isinstance(a, dict) and isinstance(b, dict):
        keys = [key for key in set(a) | set(b)
                if not (amounts_apart and is_number(a.get(key)) and is_number(b.get(key)))
                or fingerprint(a.get(key)) == fingerprint(b.get(key))]
        return sum(_alike(a.get(key), b.get(key), amounts_apart) for key in keys) / len(keys) if keys else _UNDECIDED
    if isinstance(a, list) and isinstance(b, list):
        left, right = (Counter(repr(fingerprint(item)) for item in items) for items in (a, b))
        return 2 * sum((left & right).values()) / (len(a) + len(b))
    if isinstance(a, str) and isinstance(b, str):
        return _similarity(a, b)
    return 0.0


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


def indicator_group(item: Any) -> tuple | None:
    """The 一级 and 二级 an indicator is printed under."""
    return (item.get("level1"), item.get("level2") or "") if isinstance(item, dict) else None


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
    230 MiB (4000 rows, sixteen million pairs, gigabytes). Now an old item ranks the `_MOST_RANKED` new items
    nearest its place among those left (`_candidates`; every one where there are no more), each pair first by a bound
    of its likeness (`_alike_bound`) and measured in full only once it could come first. With no more items than the
    cap, the pairs of ranking every pair; beyond it, an edited row moved further than about half the cap from its own
    new row past rows that kept theirs is paired with a nearer one, as `_RenameRanks` pairs renamed rows."""
    fields = ({a: _fields(item) for a, item in olds.items()}, {b: _fields(item) for b, item in news.items()})
    places = list(news)

    def first(a: int, b: int) -> tuple:
        return -_alike_bound(fields[0][a], fields[1][b]), abs(a - b), b, a, False

    queues = {}
    for rank, a in enumerate(olds):  # each old item's candidates by their bound, best last
        queues[a] = sorted(_candidates(a, rank, [(1.0, 1.0, "")], {"": places}), key=functools.partial(first, a),
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
            heapq.heappush(heap, (-_alike(olds[a], news[b]), distance, b, a, True))
            continue
        pairs.append((b, a))
        used_old.add(a)
        used_new.add(b)
    return pairs


def _fields(item: Any) -> dict | None:
    """A mapping's fields as `_alike_bound` compares them (`_field`), worked out once an item, not once a pair."""
    return {key: _field(value) for key, value in item.items()} if isinstance(item, dict) else None


_AMOUNT = "amount"  # a `_field`'s kind: a number, left out of `_alike` with its amounts apart once changed


def _field(value: Any) -> tuple:
    """A value's fingerprint and, for a text, its paragraphs and characters; else whether it is a mapping, a list or
    an amount."""
    if isinstance(value, str):
        return fingerprint(value), (paragraphs(value), characters(value))
    kind = dict if isinstance(value, dict) else list if isinstance(value, list) else _AMOUNT if is_number(value) else None
    return fingerprint(value), kind


_NO_FIELD = _field(None)


def _alike_bound(a: dict | None, b: dict | None, amounts_apart: bool = False) -> float:
    """An upper bound of `_alike` of two unequal items (their `_fields`; None: not a mapping), summed over the same
    fields in the same order, with `amounts_apart` leaving out the same changed amounts: an equal or equally printed
    field 1, two texts their characters' `ratio_bound`, two mappings or two lists 1, anything else 0."""
    if a is None or b is None:
        return 1.0
    bounds = []
    for key in _keys_of_both(tuple(a), tuple(b)):
        x, y = a.get(key, _NO_FIELD), b.get(key, _NO_FIELD)
        if x[0] == y[0]:
            bounds.append(1.0)
        elif not (amounts_apart and x[1] is y[1] is _AMOUNT):
            bounds.append(_field_bound(x, y))
    return sum(bounds) / len(bounds) if bounds else 1.0


@functools.lru_cache(maxsize=1 << 10)
def _keys_of_both(a: tuple, b: tuple) -> tuple:
    """The keys of two mappings (their keys in order) in `_alike`'s order, `set(a) | set(b)`: the same keys summed in
    the same order keep the bound's sum the exact sum's where they are equal. Remembered: the rows of a list have the
    same few keys, and building the sets for each of 400,000 pairs of rows was a fifth of the bound's time."""
    return tuple(set(a) | set(b))


def _field_bound(a: tuple, b: tuple) -> float:
    (print_a, kind_a), (print_b, kind_b) = a, b
    if print_a == print_b:
        return 1.0
    if isinstance(kind_a, tuple) and isinstance(kind_b, tuple):  # two texts
        return 1.0 if kind_a[0] == kind_b[0] else ratio_bound(kind_a[1], kind_b[1])
    return 1.0 if kind_a is kind_b and kind_a in (dict, list) else 0.0


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


def _matches(old: list, new: list, known_by: tuple[str, ...] | None) -> dict[int, int]:
    """Items of one identity on both sides, new index -> old index."""
    groups: dict[tuple, tuple[list[int], list[int]]] = {}
    for side, items in enumerate((old, new)):
        for index, item in enumerate(items):
            groups.setdefault(_identity(item, known_by, index), ([], []))[side].append(index)
    matched: dict[int, int] = {}
    for olds, news in groups.values():
        matched.update(_pair_repeats(old, new, olds, news))
    return matched


def _carried(a: Any, b: Any, carried: tuple[str, str | None] | None) -> bool:
    """Whether indicator `b` of next year's spec holds `a`'s target as its prior one (`carried`: (prior key, target
    key)) under the same 一级 and 二级: what new --from writes into the row it rolls over, whatever the row is renamed."""
    if carried is None or not isinstance(a, dict) or not isinstance(b, dict) or indicator_group(a) != indicator_group(b):
        return False
    prior, target = b.get(carried[0]), a.get(carried[1])
    return isinstance(target, str) and bool(target.strip()) and not unfilled(target) and prior == target


def sole_links(lone_old: Iterable[int], lone_new: Iterable[int], linked: Callable[[int, int], bool],
               keys: tuple[Callable[[int], Any], Callable[[int], Any]] | None = None) -> list[tuple[int, int]]:
    """The unmatched old and new items `linked` to each other and to no other: one item renamed, however much its
    name and target changed, which the names alone read as one item removed and another added (and, to
    `target_texts`, one clause of a goal text edited among clauses added or dropped).

    `keys` (an old item's, a new item's) are equal for every two items linked: then only items of one key are tested
    (`_key_buckets`), not every old item against every new one (4 million tests for 2000 rows renamed)."""
    lone_new = list(lone_new)
    if keys is None:
        links = [(i, j) for i in lone_old for j in lone_new if linked(i, j)]
    else:
        buckets = _key_buckets(lone_new, keys[1])
        links = [(i, j) for i in lone_old for j in buckets.get(_bucket(keys[0](i)), ()) if linked(i, j)]
    olds, news = Counter(i for i, _ in links), Counter(j for _, j in links)
    return [(i, j) for i, j in links if olds[i] == 1 and news[j] == 1]


def _bucket(key: Any) -> Any:
    """A key's bucket: equal keys share one. Its hash where it has one (equal values hash alike); every key holding
    a list or a mapping (a bad spec's 一级) shares one bucket, where `linked` tells them apart (no such value equals one
    that hashes)."""
    try:
        return hash(key)
    except TypeError:
        return _UNHASHABLE


_UNHASHABLE = object()


def _key_buckets(items: list[int], key: Callable[[int], Any]) -> dict[Any, list[int]]:
    buckets: dict[Any, list[int]] = {}
    for j in items:
        buckets.setdefault(_bucket(key(j)), []).append(j)  # in their order: links come out as every pair tested gave them
    return buckets


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
            and _name_likeness(old[i].get("name"), new[j].get("name")) >= _RELATED_NAMES]


# The stages of a pair's rank in `_renames`, each rank an upper bound of the next: names bounded by the characters
# they share and the rest of the items not yet weighed, then the rest bounded as `_most_alike_first` bounds items
# (`_alike_bound`), then the rest weighed, then all of it worked out; a line of text (an item that is a value) has no
# rest.
_NAMES_BOUNDED, _REST_BOUNDED, _REST_WEIGHED, _TEXT_BOUNDED, _EXACT = range(5)

# The most new items of each kind (`_Twins`) one old item ranks in `_renames` (`_candidates`), and of its identity in
# `_most_alike_first`: more than any list of ordinary names relates to one name, few enough that every old item ranking
# as many stays linear in the rows.
_MOST_RANKED = 100


def _by_text(texts: dict[int, Hashable]) -> dict[Any, list[int]]:
    """The items bearing each text (or key), in their order."""
    items: dict[Any, list[int]] = {}
    for k, text in texts.items():
        items.setdefault(text, []).append(k)
    return items


def _candidates(i: int, place: int, bounds: list[tuple[float, float, str]],
                new_items: dict[str, list[int]]) -> set[int]:
    """The new items old item `i` (the `place`-th of its text) ranks: every item of the new texts `bounds` names,
    or if they are more than `_MOST_RANKED`, that many, best first by the texts' bounds, of equal bounds nearest
    `place` among the items of their text, then nearest `i`, then first. Only the items near `place` of each
    text are weighed, and only the texts down to the bound that fills the count, so a text borne by thousands of
    items costs no more than one borne by a few."""
    counted, weighed = 0, []
    for k, (likeness, similar, other) in enumerate(bounds):
        if counted >= _MOST_RANKED and (likeness, similar) < bounds[k - 1][:2]:
            break  # the texts left are all below those that fill the count
        items = new_items[other]
        near = min(place, len(items) - 1)
        start = max(0, near - _MOST_RANKED)
        weighed += [(-likeness, -similar, abs(place - at), abs(i - j), j)
                    for at, j in enumerate(items[start:near + _MOST_RANKED + 1], start)]
        counted += len(items)
    if counted > _MOST_RANKED:
        # sorted, not heapq.nsmallest, whose loop in Python took a sixth of a large diff; no two weights are equal
        # (each ends in its item), so the first sorted are the items nsmallest took
        weighed = sorted(weighed)[:_MOST_RANKED]
    return {weight[-1] for weight in weighed}


def _more_than_ranked(lists: Iterable[list]) -> bool:
    """Whether these lists hold more items than an old item ranks (`_MOST_RANKED`), counted only that far."""
    counted = 0
    for items in lists:
        counted += len(items)
        if counted > _MOST_RANKED:
            return True
    return False


def _rest_key(rest: dict) -> str:
    """A row's fields besides its name as one key, equal for two rows whose rests `_alike` counts fully alike with their
    amounts apart (the same fields, every one equal or an amount on both sides)."""
    return repr(sorted((str(key), ("amount",) if is_number(value) else fingerprint(value)) for key, value in rest.items()))


class _Twins:
    """The new items each old row ranks (`_candidates`): those nearest its place among the rows of its name; its twins,
    the items of its related names whose rest is the row's own (`_rest_key`), which rank above every other item of their
    name; those nearest its place among the rows left without a twin on the other side; and, related to more new items
    than the cap, those nearest its place among the rows under its own labels (一级, 二级, 重点工作: `_RenameRanks._placed`).

    Nearest its place alone, a row ranked the wrong hundred once rows moved more than about 50 places (150 rows renamed
    满意度 → 群众满意度, the last 60 put first; a list reversed; 150 rows of the new name added before them): its own new
    row was out of reach and a neighbour's, of another target, was paired with it, an invented 目标降低. Twins are found
    by key, not by place; rows whose rest was edited too are also sought among the rows without twins, so rows dropped at
    the top pair with rows added at the bottom as ranking every pair does. Rows are ranked by the labels they keep as
    much as by their names, yet were picked by their names alone: a row of one target under 重点工作 乙, moved past more
    rows of its name under 甲 than the cap, ranked only those and was paired with one, a rename across 重点工作 (with the
    cap at 4, of 32 rows renamed under six labels, 430 of 4277 pairs unlike ranking every pair; now 147). Every item
    ranked before still is: a row related to no more than `_MOST_RANKED` items ranks them all."""

    def __init__(self, old_items: dict[str, list[int]], new_items: dict[str, list[int]],
                 keys: tuple[dict[int, str], dict[int, str]],
                 placed: tuple[dict[int, tuple], dict[int, tuple]] = ({}, {})) -> None:
        self.keys, self.new_items = keys, new_items
        # each row's labels placing it on the form (`_RenameRanks._placed`), by bucket, and the new items of each text
        # bearing them: a row ranks those nearest its place among the rows of its labels too
        self.placed = tuple({k: _bucket(labels) for k, labels in side.items()} for side in placed)
        self.labelled: dict[Any, dict[str, list[int]]] = {}
        for text, items in new_items.items():
            for j in items:
                if j in self.placed[1]:
                    self.labelled.setdefault(self.placed[1][j], {}).setdefault(text, []).append(j)
        # every row on both sides of one labels: the rows nearest a row's place among them are those nearest its place
        self.placed_apart = len(set(self.placed[0].values()) | set(self.labelled)) > 1
        self.twins = _by_text({j: (text, keys[1][j]) for text, items in new_items.items() for j in items if j in keys[1]})
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
        `bounds` names (`_RenameRanks._text_bounds`): at most `_MOST_RANKED` of each kind."""
        bound_of, twins = {bound[2]: bound for bound in bounds}, {}
        for key, items in _by_text({i: self.keys[0][i] for i in olds if i in self.keys[0]}).items():
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
            ranked = _candidates(i, place, bounds, self.new_items)
            if self.twinned:
                ranked |= _candidates(i, left, bounds, self.left) | (_candidates(i, *twins[i]) if i in twins else set())
            labels = self.placed[0].get(i)
            if apart and labels in self.labelled:
                if labels not in labelled_bounds:
                    labelled_bounds[labels] = [bound for bound in bounds if bound[2] in self.labelled[labels]]
                ranked |= _candidates(i, placed[labels], labelled_bounds[labels], self.labelled[labels])
            placed[labels] += 1
            yield i, ranked
            left += self.keys[0].get(i) not in self.texts


class _RenameRanks:
    """The rank of each pair of unmatched items `_renames` might take, best first: (whether the new item holds the
    old one's target as its prior one, the likeness of names, rest and the share of the labels placing a row it kept
    (`_placed`) added up, the names' similarity, whether the item kept its place). Built as a heap entry of negated
    parts, then the pair's places, its stage, and the likeness of its rest once weighed.

    A rank is worked out in stages, each an upper bound of the next (`_first`, `_refined`), so a pair is worked out
    only while it could still come first among the pairs whose items are not yet taken: bench/run.py's 2000 rows, each
    renamed, are 500,000 pairs of related names (eight names, each with a number), all worked out in full before;
    now about 35,000 have their rest weighed, and each row's own new row comes first. The rest is bounded before it is
    weighed (`_alike_bound`, as `_most_alike_first` bounds rows of one identity): 4000 rows named 完成率 renamed
    完成率（2024年）, every target edited, tie on their names, and each row's 100 candidates all had their rest weighed
    (400,000 `_alike`, 21 s); now about one a row. Only pairs that may be related are ranked at all (`related_texts`),
    not every old item against every new one (four million pairs).

    Names are looked up and held one in another as texts, each text once however many items bear it, and an old
    item ranks at most `_MOST_RANKED` new items (`_candidates`): thousands of rows named `完成率` renamed
    `完成率（2024年）` were every old row held by every new one, 16 million pairs kept at once for 4000 rows (2 GiB),
    and 10,000 rows ran out of memory. An item related to more new items than that ranks those `_Twins` picks: the new
    items of its related names whose rest is its own, those nearest its place among the items of its name, those
    nearest it among the items without such a twin, and those nearest it among the items under its labels, each kind the best by their first bound, of equal bounds the
    nearest; with fewer, it ranks every one, as ranking every pair would. The cap can still pair wrongly a row whose rest
    was edited too, among more than `_MOST_RANKED` related new items: moved more than about half that many places past
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
        self.rest_keys = tuple({k: _rest_key(rest) for k, rest in rests.items()} for rests in self.rests)
        self.rest_fields = tuple({k: _fields(rest) for k, rest in rests.items()} for rests in self.rests)
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
        """Each old item's new items it may be related to (`_candidates`), by their first rank (`_first`), best last.
        The new items only: the ranks of 500,000 pairs held at once doubled the memory diff takes."""
        queues = {}
        for (olds, news), floor, held, keys, placed in ((self.names, _RELATED_NAMES, self.held, self.rest_keys, self.placed),
                                                        (self.texts, _RELATED_TEXTS, {}, ({}, {}), ({}, {}))):
            old_items = _by_text({i: text for i, text in olds.items() if i not in used_old})
            new_items = _by_text({j: text for j, text in news.items() if j not in used_new})
            twins = _Twins(old_items, new_items, keys, placed)
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
        """The pair's rank at its next stage (None: not a rename). Worked out as `_renames` measured every pair: the
        same values, the same rank."""
        carried, i, j, stage = -entry[0], -entry[4], -entry[5], entry[6]
        if stage == _TEXT_BOUNDED:
            similar = _similarity(self.texts[0][i], self.texts[1][j])
            return None if i != j and similar < _RELATED_TEXTS else self._entry(False, similar, similar, i, j, _EXACT)
        held, rest = self._holds(i, j), (self.rests[0][i], self.rests[1][j])
        if stage == _NAMES_BOUNDED:
            bound = _alike_bound(self.rest_fields[0][i], self.rest_fields[1][j], amounts_apart=True)
            return self._entry(carried, (1.0 if held else -entry[2]) + bound, -entry[2], i, j, _REST_BOUNDED)
        if stage == _REST_BOUNDED:
            edited = _alike(*rest, amounts_apart=True)
            return self._entry(carried, (1.0 if held else -entry[2]) + edited, -entry[2], i, j, _REST_WEIGHED, edited)
        similar, edited = _similarity(self.names[0][i], self.names[1][j]), entry[7]
        if not (held or i == j) and similar < _RELATED_NAMES:  # names of two different things, in different places
            return None
        names = 1.0 if held else similar
        if similar == 1.0 or (names >= _RELATED_NAMES and names + edited >= _SAME_ITEM) or _alike(*rest) == 1.0:
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


def _renames(old: list, new: list, lone_old: list[int], lone_new: list[int], skip: tuple,
             carried: tuple[str, str | None] | None = None,
             one_measure: Callable[[Any, Any], bool] | None = None, labels: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Pair unmatched items that are recognisably the same item with a new name (or text).

    Named items pair by how alike both their names and the rest of them are: the rest identical
    and the item in its place or its name related, the same name (an indicator under another 一级,
    二级 or 重点工作), or related names (one holding the other, or much the same) whose likeness and the
    rest's, its changed amounts left out (`_alike`), add up to `_SAME_ITEM`: a rename made while the
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


def pair_items(old: list, new: list, known_by: tuple[str, ...] | None, carried: tuple[str, str | None] | None = None,
               one_measure: Callable[[Any, Any], bool] | None = None) -> tuple[dict[int, int], dict[int, int]]:
    """The items of two lists that are one item, new index -> old index: every pair, and those of them
    paired as renamed (`_renames`), whose identity changed. `known_by` is what a row of an indicator list is known by
    (`same_name.identity_keys` of its table; None for another list). `carried` is (prior key, target key) in next year's
    indicators: the prior target, filled from this year's, says nothing of how alike two rows are, but a row whose
    prior target is an old row's target is that row (`_carried_pairs`). `one_measure` says, in one year's indicators,
    whether two rows' targets measure one thing (`_lone_in_group_pairs`)."""
    skip = (NAMED_IDENTITY if known_by is None else tuple(dict.fromkeys(INDICATOR_LABELS + known_by)))
    skip += (carried[0],) if carried else ()
    matched = _matches(old, new, known_by)
    lone_old = [i for i in range(len(old)) if i not in set(matched.values())]
    lone_new = [j for j in range(len(new)) if j not in matched]
    labels = tuple(key for key in known_by or () if key != "name")
    renamed = dict((j, i) for i, j in _renames(old, new, lone_old, lone_new, skip, carried, one_measure, labels))
    return {**matched, **renamed}, renamed


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

