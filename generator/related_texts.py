"""Which of many old texts and many new ones may be related, found through an index of their characters.

diff pairs renamed items by how alike their names are: difflib's ratio must reach a floor, or one name must hold
the other. Measuring every old name against every new one was four million pairs for 2000 rows renamed at once,
nearly all of two different things. Both tests need characters in common, so each text is looked up only among
the texts that share a character it must share, and the pairs found are a superset of the related ones: whoever
measures them still decides, and decides as if every pair had been measured.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Hashable, Iterator, Mapping


def characters(text: str) -> frozenset[int]:
    """A text's characters, each repeat its own (`率` twice is `率` and a second `率`): as many as the text is long, and
    two texts share as many as difflib's `quick_ratio` counts, an upper bound of the characters its ratio matches."""
    seen: Counter = Counter()
    held = []
    for c in text:
        held.append(ord(c) + seen[c] * 0x110000)  # past the last code point: the repeat's number
        seen[c] += 1
    return frozenset(held)


def ratio_bound(a: frozenset[int], b: frozenset[int]) -> float:
    """An upper bound of difflib's ratio of two texts (their `characters`), worked out as difflib works out a ratio,
    2 × matches / (both lengths), the characters they share counted as matches. Two empty texts are fully alike."""
    return _ratio(len(a & b), len(a) + len(b))


def bit_sets(texts: Mapping[Hashable, frozenset[int]]) -> dict[Hashable, int]:
    """Each text's `characters` as the bits of one int, each character its own bit among these texts, for `bits_bound`:
    an AND and a count of bits in place of a frozenset built for each pair, a third of the time where each name is
    measured against every name it may be related to (1.4 million pairs for 2000 rows renamed)."""
    bits: dict[int, int] = {}
    return {key: sum(1 << bits.setdefault(c, len(bits)) for c in held) for key, held in texts.items()}


def bits_bound(a: int, b: int, total: int) -> float:
    """`ratio_bound` of two texts by their `bit_sets`, `total` their lengths added."""
    return _ratio((a & b).bit_count(), total)


def _ratio(shared: int, total: int) -> float:
    return 2.0 * shared / total if total else 1.0


def _least_shared(length: int, floor: float) -> int:
    """How many characters a text of `length` shares at least with any text it reaches `floor` with: difflib's
    ratio is 2 × matches / (both lengths), and the matches are at most the shorter length, so the other text is at
    least floor / (2 − floor) of this one's length, and they share at least that much of it. Rounded down a hair
    for floating point: fewer is a longer prefix and more pairs, never fewer."""
    return max(1, math.ceil(floor * length / (2 - floor) - 1e-6))


def ratio_pairs(olds: Mapping[Hashable, frozenset[int]], news: Mapping[Hashable, frozenset[int]],
                floor: float) -> Iterator[tuple[Hashable, set]]:
    """Each old key with the new keys whose texts (their `characters`) may reach a difflib ratio of `floor` (above 0)
    with its text, and a few more; one old key at a time, not all pairs held at once.

    Prefix filtering: the characters are ordered the same way in all texts, rarest first. Two texts sharing at least k
    of them share one among the first (length − k + 1) of each, so each text is indexed by that prefix only, k being
    the least it shares with any text it reaches `floor` with (`_least_shared`), and an old text is looked up under its
    prefix's characters. Two empty texts (ratio 1) are each other's."""
    frequency = Counter(c for texts in (olds, news) for held in texts.values() for c in held)

    def prefix(held: frozenset[int]) -> list[int]:
        return sorted(held, key=lambda c: (frequency[c], c))[:len(held) - _least_shared(len(held), floor) + 1]

    index: dict[int, list] = {}
    for j, held in news.items():
        for c in prefix(held) if held else ():
            index.setdefault(c, []).append(j)
    empty_news = {j for j, held in news.items() if not held}
    for i, held in olds.items():
        yield i, {j for c in prefix(held) for j in index.get(c, ())} if held else empty_news


def holding_pairs(olds: Mapping[Hashable, str], news: Mapping[Hashable, str]) -> set[tuple]:
    """Every (old key, new key) where one text holds the other, both stripped and not empty (`机关运行保障经费` and
    `机关运行保障经费（2023）`): a text holds each character and each two characters in a row of a text it holds, so
    each text is looked for only among the texts of the other side holding its rarest two characters in a row (its
    character, if it has only one). Keyed by anything: diff passes each name once, keyed by itself, as a name borne by
    thousands of rows would be millions of pairs of rows."""
    stripped = [{key: text.strip() for key, text in texts.items() if text.strip()} for texts in (olds, news)]
    pairs = set()
    for side, (inner, outer) in enumerate((stripped, stripped[::-1])):
        index: dict[str, list] = {}
        for key, text in outer.items():
            for gram in set(text) | _grams(text):
                index.setdefault(gram, []).append(key)
        for key, text in inner.items():
            rarest = min(_grams(text), key=lambda gram: len(index.get(gram, ())))
            found = (other for other in index.get(rarest, ()) if text in outer[other])
            pairs.update((key, other) if side == 0 else (other, key) for other in found)
    return pairs


def _grams(text: str) -> set[str]:
    """A text's pairs of characters in a row, or its one character."""
    return {text[k:k + 2] for k in range(len(text) - 1)} or {text}
