"""Which item of a list before an edit is which item after it (which of the pairs moved is diff_moves's).

Compared place by place, one inserted task showed every task after it changed. Items are paired by
identity instead (`diff_identity._identity`: an indicator row by the fields `same_name.identity_keys` reads from
the profile, as validate and lint know it); of the rest, those recognisably one item under a new name or text are
paired as renamed (`diff_renames.renames`); and of the pairs, those whose order changed are moves (`diff_moves`),
counted for an indicator list as the form prints it. Saying what changed, in the form's words, is diff.py's.

To stay fast on lists of thousands of rows: where every row of one identity changed, a row is compared with the 100
rows nearest its place only; a rename is sought among 100 candidates at most (items whose other columns are the
same, the nearest rows of the same name, the nearest rows at the same place on the form: 一级, 二级, merged columns),
never every pair of rows of one name; the other columns are first estimated by an upper bound, and only those that
may rank first compared in full.

The stages live apart, each in a module of one job: which items are one by identity (diff_identity), which are one
renamed (diff_renames, with the candidates it ranks in diff_candidates and the likeness it ranks by in diff_likeness),
and which of the pairs moved (diff_moves). This module runs the first two for a list.
"""
from __future__ import annotations

from typing import Any, Callable

from .diff_identity import matches
from .diff_renames import renames

# An indicator's 一级, 二级 and 三级. A row is paired by `same_name.identity_keys`: these, and any column the form merges
# between 二级 and 三级 (a 重点工作). All of them are labels that place the row, set aside from its contents when pairing
# renamed items and counted apart (`diff_renames._RenameRanks._placed`), so no label outweighs another. diff's places
# name a row by all of them (`Differ._labelled_by`).
INDICATOR_LABELS = ("level1", "level2", "name")
NAMED_IDENTITY = ("name",)


def pair_items(old: list, new: list, known_by: tuple[str, ...] | None, carried: tuple[str, str | None] | None = None,
               one_measure: Callable[[Any, Any], bool] | None = None) -> tuple[dict[int, int], dict[int, int]]:
    """The items of two lists that are one item, new index -> old index: every pair, and those of them
    paired as renamed (`renames`), whose identity changed. `known_by` is what a row of an indicator list is known by
    (`same_name.identity_keys` of its table; None for another list). `carried` is (prior key, target key) in next year's
    indicators: the prior target, filled from this year's, says nothing of how alike two rows are, but a row whose
    prior target is an old row's target is that row (`diff_renames._carried_pairs`). `one_measure` says, in one year's indicators,
    whether two rows' targets measure one thing (`diff_renames._lone_in_group_pairs`)."""
    skip = (NAMED_IDENTITY if known_by is None else tuple(dict.fromkeys(INDICATOR_LABELS + known_by)))
    skip += (carried[0],) if carried else ()
    matched = matches(old, new, known_by)
    lone_old = [i for i in range(len(old)) if i not in set(matched.values())]
    lone_new = [j for j in range(len(new)) if j not in matched]
    labels = tuple(key for key in known_by or () if key != "name")
    renamed = dict((j, i) for i, j in renames(old, new, lone_old, lone_new, skip, carried, one_measure, labels))
    return {**matched, **renamed}, renamed
