"""The net change of a list's own amounts in a diff (diff), where the form has no total that sums them: a form of
projects alone (one 项目表 each, no 部门整体 table) listed each project's `+5.00`, `+20.00`, `−62.00` and nothing
said how much more or less money in all, the reviewer's first question. Where a sum of the form's arithmetic adds
the list's amounts (`各项重点工作任务的拟投入的资金之和`), its own line says it (`DiffSums`). Read from the profile's
`sums`: a list whose items each check a total (`scope: projects.*`, `total: [budget.total]`) and no identity adding that
total over the list. Apart from the walk, as it reads the changes found."""
from __future__ import annotations

from decimal import Decimal

from . import datapath
from .diff_counts import moves_money
from .diff_types import NOT_COMPUTED, Change, Net, NotComputed
from .rules.budget_sum import EXACT, each_of
from .typed_numbers import is_number


class DiffNet:
    """The Differ's (diff) net change of a list's own amounts, a part of it. It reads the Differ's `identities`,
    `schema_file` and `store` (set in `Differ.__init__`) and calls its `_amount_at`."""

    def net(self, changes: list[Change], old: object, new: object) -> list[Net]:
        """For each list whose own amounts no sum adds (`_unsummed_lists`), how much its items' amounts moved in all:
        each changed amount's difference, and each item added or removed with its whole amount. An amount that is
        not a number on either side (`待定`) leaves the net NOT_COMPUTED; a blank is 0. Decimal sums keep the widest
        places among the amounts (5.00 + 20.5 is 25.50). No entry for a list none of whose amounts moved."""
        found = []
        for items, own in self._unsummed_lists():
            total: Decimal | NotComputed = Decimal(0)
            moved = 0
            for change in changes:
                steps = datapath.json_steps(change.path)
                if change.kind in ("added", "removed") and datapath.pattern(steps) == items:
                    value = self._amount_at(change.new if change.kind == "added" else change.old, own)
                    if value is None or is_number(value) and not change.delta:
                        continue  # an item added or removed without an amount, or with 0, moves none
                elif not (change.kind == "changed" and datapath.pattern(steps) == f"{items}.{'.'.join(own)}"
                          and moves_money(change)):
                    continue  # not the list's amount, or one only typed to other places
                moved += 1
                total = NOT_COMPUTED if change.delta is None or total is NOT_COMPUTED else EXACT.add(total, change.delta)
            if moved:
                found.append(Net(self._net_label(items, own, old, new), total, moved))
        return found

    def _unsummed_lists(self) -> list[tuple[str, tuple]]:
        """(the list's pattern, its items' own amount) of each list whose items each check a total of their own
        (an identity scoped to the items, one field its total) that no identity adds up over the list."""
        summed = {path for identity in self.identities for path in identity["parts"] + identity["total"]}
        found = []
        for identity in self.identities:
            items, total = identity.get("scope"), identity["total"]
            if not items or not items.endswith(".*") or len(total) != 1 or "*" in total[0]:
                continue
            if f"{items}.{total[0]}" not in summed and (items, tuple(total[0].split("."))) not in found:
                found.append((items, tuple(total[0].split("."))))
        return found

    def _net_label(self, items: str, own: tuple, *datas: object) -> str:
        """`各张项目绩效目标表的预算数`: every item of the list by its title, as a sum over a list is named
        (`budget_sum`), and the amount's title. Read at the first item of `datas` (the old spec, then the new) that has
        the amount: one has, since `net` asks only where one moved (an item with it added or removed, or it changed)."""
        path = next(path for data in datas for path, _ in datapath.find(data, f"{items}.{'.'.join(own)}"))
        chain = self.store.chain(self.schema_file, path[:len(path) - len(own)])
        titles = self.store.titles(self.schema_file, path)
        return f"{each_of(chain[-1][1].get('title') or titles[-len(own) - 2])}的{titles[-1]}"
