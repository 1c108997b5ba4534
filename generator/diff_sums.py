"""The sums of the form's arithmetic in a diff (diff): how each moved (`Total`), the identities an edit broke or put
right (`SumNote`), whether all of each side's hold, and an added or removed spec's sums and those it breaks. Apart
from the walk, as they are read whole from each side (`budget_sum.sides`, `balances`), not from the changes found."""
from __future__ import annotations

from typing import Any

from . import datapath
from .diff_types import NOT_COMPUTED, SumNote, Total
from .load import Spec
from .rules import RuleContext, budget_sum
from .typed_numbers import is_number


def _all_numbers(data: Any, paths: list[tuple]) -> bool:
    """Whether every amount at these paths is a number or blank, so their sum is the form's."""
    return all(value is None or is_number(value) for value in (datapath.get(data, path) for path in paths))


class DiffSums:
    """The Differ's (diff) reading of the form's arithmetic, a part of it. It reads the Differ's `variant`, `store`
    and `identities` (set in `Differ.__init__`) and calls its `place`, `_old_path` and `_new_path`."""

    def _balances(self, spec: Spec, scope_key) -> dict[tuple, tuple[str, budget_sum.Balance, tuple]]:
        """Each identity at each scope by (scope key, the profile's paths of its parts, relation, those of its total),
        with the scope's name and the sums of its two sides, NOT_COMPUTED where a side includes an amount that is not
        a number. Keyed by the fields the profile adds up, not by those a spec has: by its names, a blank 其他资金
        (`other: null`) taken out made `财政资金 + 其他资金` a sum apart from `财政资金`, each listed as gone
        (254.30 → （空）) and come (（空） → 254.30), though no amount moved."""
        found = {}
        if self.variant is None or not isinstance(spec.data, dict):
            return found
        for balance in budget_sum.balances(RuleContext(spec, self.variant, self.store), self.identities):
            prefix = f"{self.place(spec.data, balance.scope)}：" if balance.scope else ""
            sums = tuple(amount if _all_numbers(spec.data, paths) else NOT_COMPUTED
                         for amount, paths in ((balance.parts, balance.part_paths), (balance.total, balance.total_paths)))
            identity = balance.identity
            found[(scope_key(balance.scope), tuple(identity["parts"]), balance.relation, tuple(identity["total"]))] = (
                prefix, balance, sums)
        return found

    def _sides(self, spec: Spec, scope_key) -> dict[tuple, tuple[str, Any, int]]:
        """Each side of the identities that adds up more than one field and has amounts, by (scope key, the profile's
        paths of the side: one side of two identities is one sum): its label, its sum (NOT_COMPUTED as in `_balances`)
        and how many fields its label names. Read whether or not the identity's other side has amounts: read from the
        identities checked, a blank 资金总额 (`total: null`) taken out made the sums checked against it gone (180.61 →
        （空）), though no amount moved."""
        found = {}
        if self.variant is None or not isinstance(spec.data, dict):
            return found
        for identity, scope, *sides in budget_sum.sides(RuleContext(spec, self.variant, self.store), self.identities):
            prefix = f"{self.place(spec.data, scope)}：" if scope else ""
            for paths, (amount, where, names, _, _) in zip((identity["parts"], identity["total"]), sides):
                if not where or len(paths) == 1 and "*" not in paths[0]:
                    continue  # no amounts; or a single field, whose change (or amount) is already listed
                sum_ = amount if _all_numbers(spec.data, where) else NOT_COMPUTED
                found[(scope_key(scope), tuple(paths))] = (prefix + budget_sum.sum_label(names), sum_, len(names))
        return found

    @staticmethod
    def _checked_with(found: dict) -> dict[tuple, frozenset[str]]:
        """Each side of the identities found, by (scope key, the profile's paths of the side): the JSON paths of the
        amounts of every identity it is a side of (`Total.checked_with`)."""
        paths: dict[tuple, frozenset[str]] = {}
        for (scope, parts, _, total), (_, balance, _) in found.items():
            amounts = frozenset(datapath.json_path(path) for path in balance.part_paths + balance.total_paths)
            for side in (parts, total):
                paths[(scope, side)] = paths.get((scope, side), frozenset()) | amounts
        return paths

    def sums(self, spec: Spec) -> list[tuple[str, Any]]:
        """The sums of the form's arithmetic in one spec, by label: an added or removed file's totals."""
        return [(label, amount) for label, amount, _ in self._sides(spec, lambda scope: scope).values()]

    def mismatches(self, spec: Spec) -> list[SumNote]:
        """The identities an added spec breaks, as a changed spec's newly broken ones are said: a new form whose
        amounts do not add up was listed with its sums and no word that they disagree."""
        return [SumNote(f"{prefix}{balance.mismatch}", balance.code, balance.path)
                for prefix, balance, sums in self._balances(spec, lambda scope: scope).values()
                if NOT_COMPUTED not in sums and not balance.holds]

    def arithmetic(self, old: Spec, new: Spec) -> tuple[list[Total], list[SumNote], list[SumNote],
                                                        tuple[bool | None, bool | None]]:
        """How the sums of the form's arithmetic moved, identities that stopped holding and those that hold again,
        and whether all of each spec's hold (`_sums_hold`): they still hold only where both do, not where a sum that
        did not was deleted with its project or its `待定` filled in.

        Call after `changes`: a scope (a project) is followed to where it was in the old spec.
        """
        before, after = self._balances(old, lambda scope: scope), self._balances(new, self._old_scope)
        sides = self._sides(old, lambda scope: scope), self._sides(new, self._old_scope)
        # a scope on one side only is an added or removed item (a project), whose change lists its amounts:
        # its sums listed as totals too read `40.00 → （空）`, as if the item's amounts had been blanked
        kept = {key[0] for key in [*before, *sides[0]]} & {key[0] for key in [*after, *sides[1]]}
        totals, checked_with = [], self._checked_with(after)
        for key in {**sides[0], **sides[1]}:
            if key[0] and key[0] not in kept:
                continue
            label = _fuller(sides[1].get(key), sides[0].get(key))
            old_amount, new_amount = (side[key][1] if key in side else None for side in sides)
            if old_amount != new_amount:
                totals.append(Total(label, old_amount, new_amount, checked_with.get(key, frozenset())))
        balance, restored = [], []
        for key, (prefix, now, sums) in after.items():
            if NOT_COMPUTED in sums:
                continue  # whether it holds is unknown; its totals say why
            held = before[key][1].holds if key in before and NOT_COMPUTED not in before[key][2] else True
            if held and not now.holds:
                balance.append(SumNote(f"修改后 {prefix}{now.mismatch}", now.code, now.path))
            elif not held and now.holds:
                verb = "相等" if now.relation == "eq" else "不超过"
                restored.append(SumNote(f"修改后 {prefix}{now.left} = {now.parts}，与 {now.right} 恢复{verb}", now.code,
                                        self._restored_path(before[key][1], now)))
        return totals, balance, restored, (_sums_hold(before), _sums_hold(after))

    def _old_scope(self, scope: tuple) -> tuple:
        """A scope (a project) of the new spec by where it was in the old one, its own place under `new` if added."""
        return (self._old_path(scope) or ("new",) + scope) if scope else scope

    def _restored_path(self, broken: budget_sum.Balance, now: budget_sum.Balance) -> str:
        """Where validate and lint reported a sum the edit put right, in the new spec's indices: the amount they named
        (a task's 72.4 over its cap, typed 7.24 again), followed to where it is now, as a script matches it with the
        problem it no longer has; where that item was removed, the sum's own place (`Balance.path`)."""
        followed = self._new_path(broken.located)
        return datapath.json_path(followed) if followed is not None else now.path


def _fuller(new: tuple[str, Any, int] | None, old: tuple[str, Any, int] | None) -> str:
    """A sum's label (`_sides`) where one draft names more of its fields: the new one's unless the old names more.
    A 其他资金 of 10.00 taken out moved `财政资金 + 其他资金` 264.30 → 254.30, not a `财政资金` that had been 264.30."""
    if new is None or (old is not None and old[2] > new[2]):
        return old[0]
    return new[0]


def _sums_hold(found: dict[tuple, tuple[str, budget_sum.Balance, tuple]]) -> bool | None:
    """Whether a spec's sums of the form's arithmetic (`Differ._balances`) all hold: False where one computed does
    not, None where it has none or one was not computed (`待定`), as whether that one holds is unknown."""
    if any(NOT_COMPUTED not in sums and not balance.holds for _, balance, sums in found.values()):
        return False
    if not found or any(NOT_COMPUTED in sums for _, _, sums in found.values()):
        return None
    return True
