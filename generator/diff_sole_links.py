"""The unmatched items of two lists linked to each other and to no other: one item, however much else changed.

Its own module as diff's renames (a row holding an old row's target as its prior one) and `target_texts` (one
clause of a goal text edited among clauses added or dropped) both pair by it.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Iterable


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
        links = [(i, j) for i in lone_old for j in buckets.get(bucket(keys[0](i)), ()) if linked(i, j)]
    olds, news = Counter(i for i, _ in links), Counter(j for _, j in links)
    return [(i, j) for i, j in links if olds[i] == 1 and news[j] == 1]


def bucket(key: Any) -> Any:
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
        buckets.setdefault(bucket(key(j)), []).append(j)  # in their order: links come out as every pair tested gave them
    return buckets
