"""How alike two items of a list are, from 0 to 1, and a cheap upper bound of it: what pairs an item with itself
renamed (diff_renames) and rows of one identity with each other (diff_identity).

Apart from the pairing so that the measures both kinds of pairing share read in one place: the likeness of names
and of the rest of an item, amounts changed left out, and the bound worked out from each field once an item.
"""
from __future__ import annotations

import difflib
import functools
from collections import Counter
from typing import Any, Callable

from .cells import paragraphs
from .load import fingerprint
from .related_texts import characters, ratio_bound
from .typed_numbers import is_number


def printed_alike(a: Any, b: Any) -> bool:
    """Two texts that print the same paragraphs (they differ in a trailing line break or a blank
    line, as a `>` block and an imported text do): no change on the form, none to review."""
    return isinstance(a, str) and isinstance(b, str) and paragraphs(a) == paragraphs(b)


def similarity(a: Any, b: Any) -> float:
    return _text_similarity(str(a or ""), str(b or ""))


@functools.lru_cache(maxsize=1 << 16)
def _text_similarity(a: str, b: str) -> float:
    """Remembered: many rows renamed at once measure the same targets (`≥95%` against `100%`) again for each pair of
    rows whose names are related."""
    return difflib.SequenceMatcher(None, a, b).ratio()


_UNDECIDED = 0.5  # the likeness of items whose fields besides the name are only changed amounts


def contains(a: Any, b: Any) -> bool:
    """Whether one name holds the other (`机关运行保障经费` and `机关运行保障经费（2023）`)."""
    a, b = str(a or "").strip(), str(b or "").strip()
    return bool(a and b) and (a in b or b in a)


def name_likeness(a: Any, b: Any) -> float:
    """How alike two names are, from 0 to 1: fully where one holds the other (`contains`), else by their
    `similarity`; below `diff_renames._RELATED_NAMES`, two names of two different things."""
    return 1.0 if contains(a, b) else similarity(a, b)


def alike(a: Any, b: Any, amounts_apart: bool = False, lists: Callable[[list, list], float] | None = None) -> float:
    """How much of two values is the same, from 0 to 1: fields by their share alike, lists by their share of
    equal items (or by `lists`, at any depth), texts by how much of them is equal, other values equal or not.

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
        return sum(alike(a.get(key), b.get(key), amounts_apart, lists) for key in keys) / len(keys) if keys else _UNDECIDED
    if isinstance(a, list) and isinstance(b, list):
        if lists is not None:
            return lists(a, b)
        left, right = (Counter(repr(fingerprint(item)) for item in items) for items in (a, b))
        return 2 * sum((left & right).values()) / (len(a) + len(b))
    if isinstance(a, str) and isinstance(b, str):
        return similarity(a, b)
    return 0.0


def bound_fields(item: Any) -> dict | None:
    """A mapping's fields as `alike_bound` compares them (`_field`), worked out once an item, not once a pair."""
    return {key: _field(value) for key, value in item.items()} if isinstance(item, dict) else None


_AMOUNT = "amount"  # a `_field`'s kind: a number, left out of `alike` with its amounts apart once changed


def _field(value: Any) -> tuple:
    """A value's fingerprint and, for a text, its paragraphs and characters; else whether it is a mapping, a list or
    an amount."""
    if isinstance(value, str):
        return fingerprint(value), (paragraphs(value), characters(value))
    kind = dict if isinstance(value, dict) else list if isinstance(value, list) else _AMOUNT if is_number(value) else None
    return fingerprint(value), kind


_NO_FIELD = _field(None)


def alike_bound(a: dict | None, b: dict | None, amounts_apart: bool = False) -> float:
    """An upper bound of `alike` of two unequal items (their `bound_fields`; None: not a mapping), summed over the same
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
    """The keys of two mappings (their keys in order) in `alike`'s order, `set(a) | set(b)`: the same keys summed in
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
