"""The field a misspelt name meant, and whether another form's schema declares the name as written.

difflib's default cutoff (0.6) offered a field that merely shares a suffix: `other_tasks`, dropped from
a copied schema, was taken for a misspelt `key_tasks`, and `period_value` (a field of another form)
for `prior_value`. A guess is offered only when the names are close (a ratio of 0.8), or as long give
or take a letter (`unti`, `gaol`); a name spelt as a shipped form's schema declares it is no typo: the
schema lacks the field, and saying so sends the author to the schema, not to the wrong field; unless a field
of the same group is a letter away (`projects` beside `project`), the likelier slip.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable

from .key_lines import schema_keys

_CLOSE = 0.8


def meant(name: str, known: Iterable[str], by_length: bool = True) -> str | None:
    """The one of `known` that `name` is a slip of; None when none is close enough to be sure. `by_length`: a name as
    long give or take a letter is close however it differs (a field's, among a schema's few long ones); without it,
    only one a letter or two neighbouring letters' order apart (a tag's, among short names: `page` is no `image`)."""
    for guess in difflib.get_close_matches(name, list(known), n=3):
        ratio = difflib.SequenceMatcher(None, name, guess).ratio()
        near = abs(len(guess) - len(name)) <= 1 if by_length else a_letter_apart(name, guess) or swapped(name, guess)
        if ratio >= _CLOSE or near:
            return guess
    return None


def swapped(name: str, other: str) -> bool:
    """Whether `other` is `name` with two neighbouring letters swapped (`bdoy`, `body`)."""
    return len(name) == len(other) and any(name[:i] + name[i + 1] + name[i] + name[i + 2:] == other
                                           for i in range(len(name) - 1))


def undeclared(name: str, close: str | None = None) -> str:
    """What to say of `name` when another form's schema declares it; "" when none does, or when `close` (what
    `meant` offers from the same group) is a letter added, dropped or changed away from it."""
    if name not in schema_keys() or (close and a_letter_apart(name, close)):
        return ""
    return f"schema 里没有“{name}”这个字段（其他表样有）；如果要印出它，请在 schema 里加上"


def a_letter_apart(name: str, other: str) -> bool:
    """Whether `other` is `name` with one letter added, dropped or changed (`projects`, `project`)."""
    slips = [op for op in difflib.SequenceMatcher(None, name, other).get_opcodes() if op[0] != "equal"]
    return len(slips) == 1 and max(slips[0][2] - slips[0][1], slips[0][4] - slips[0][3]) <= 1
