"""The money of a change the diff (diff) finds: an amount's difference (`diff_types.difference`: a typed zero kept),
an added or removed item's effect on the sums it is added into, an amount read as a Decimal whichever way it was typed,
and why an amount that is not a number has none. Apart from the walk, as the added or removed items' contents read
amounts alike."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import datapath
from .amount_places import AMOUNT, beside, usual_places
from .diff_inputs import number_note
from .diff_types import difference
from .schema_store import types_of
from .typed_numbers import is_number


class DiffAmounts:
    """The Differ's (diff) reading of amounts, a part of it. It reads the Differ's `identities`, `schema_file`,
    `store` and `_amounts` (set in `Differ.__init__` and `Differ.changes`) and calls its `schema`."""

    def _amount(self, value: Any, path: tuple, old_side: bool = False) -> Any:
        """An amount typed `134` as a Decimal like one typed `134.00` (other values as they are), so every
        amount the json report gives is a string, whichever way the author typed it."""
        return Decimal(value) if is_number(value) and self._is_amount(path, old_side) else value

    def _is_amount(self, path: tuple, old_side: bool = False) -> bool:
        return "number" in types_of(self.schema(path, old_side))

    def _delta(self, path: tuple, old: Any, new: Any) -> Decimal | None:
        if not self._is_amount(path, old_side=new is None):
            return None
        if not all(v is None or is_number(v) for v in (old, new)) or (old is None and new is None):
            return None
        return difference(old, new)

    def _item_delta(self, item: Any, path: tuple, added: bool) -> Decimal | None:
        """An added or removed list item's effect on the money: +its amount, or −it (`_own_amount`), as the sums it
        is added into move. Without it json said `delta: null` for a task removed with 0.60 万元, and a script had to
        read the totals to learn what the change cost."""
        own = self._own_amount(path)
        value = self._amount_at(item, own) if own else None
        if not is_number(value):
            return None  # no amount, a blank, or one that is not a number (`49,41`), which has no difference
        return difference(None, value) if added else difference(value, None)

    def _own_amount(self, path: tuple) -> tuple | None:
        """The field that is the amount of the list item at `path`, read from the form's arithmetic: the
        total of a sum within the item (a project's 预算数), else the field a sum over the list adds up (a task's
        拟投入的资金), the first the profile lists: the amount the form counts the item for."""
        items = datapath.pattern(path)  # `projects.*`
        for identity in self.identities:
            total = identity["total"]
            if identity.get("scope") == items and len(total) == 1 and "*" not in total[0]:
                return tuple(total[0].split("."))
        for identity in self.identities:
            for summed in identity["parts"] + identity["total"]:
                head, _, rest = summed.partition(items + ".")
                if not head and rest and "*" not in rest:
                    return tuple(rest.split("."))
        return None

    @staticmethod
    def _amount_at(item: Any, own: tuple) -> Any:
        """The value at `own` within an item, None where the item lacks it."""
        for step in own:
            if not isinstance(item, dict):
                return None
            item = item.get(step)
        return item

    def _number_note(self, path: tuple, old: Any, new: Any) -> str | None:
        """Why an amount has no difference, a slip in the new value told as validate tells it (`number_note`)."""
        money = self.schema_file is not None and self.store.refers_to(self.schema_file, path, AMOUNT)
        blank = "null" in types_of(self.schema(path))
        if not money:
            return number_note(old, new, amount=False, blank=blank)
        return number_note(old, new, True, usual_places([value for _, value in self._amounts]), beside(self._amounts, path),
                           blank)
