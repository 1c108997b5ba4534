"""What an added or removed item or file brings onto the form, as a diff (diff) lists it: an item's fields by title
(a group of fields as a dict, amounts as Decimals), its list items by their place (a project's indicators), a file's
lists by length and its amounts outside lists. Apart from the walk, which compares two sides: these read one side."""
from __future__ import annotations

from typing import Any

from . import datapath


def list_fields(item: Any, path: tuple) -> list[tuple[tuple, list]]:
    """An item's fields that are lists, each with its path, in the order `DiffContents._rows` lists their items: a row's
    index among those rows is counted along them (`Differ._whole_rows`)."""
    if not isinstance(item, dict):
        return []
    return [(path + (key,), value) for key, value in item.items() if isinstance(value, list)]


class DiffContents:
    """The Differ's (diff) listing of an added or removed item's or file's contents, a part of it. It reads the
    Differ's `indicator_lists` (set in `Differ.__init__`) and calls its `schema`, `_key_place`, `_labelled_by`,
    `_item_labels`, `_amount` and `_is_amount`."""

    def _details(self, item: Any, path: tuple, skip: tuple = (), old_side: bool = False) -> list[tuple[str, Any]]:
        """An added or removed item's fields by title; a group of fields (a project's budget) is a dict
        by title too, so its amounts are shown, not hidden, and a list is kept whole for its count."""
        if not isinstance(item, dict):
            return []
        return [(self.schema(path + (key,), old_side).get("title") or str(key),
                 self._detail(value, path + (key,), old_side)) for key, value in item.items() if key not in skip]

    def _detail(self, value: Any, path: tuple, old_side: bool) -> Any:
        """One field of an added or removed item; an amount typed `134` as a Decimal like one typed `134.00`,
        so the json report gives both as strings ("134", "134.00"), not one as a number."""
        if isinstance(value, dict):
            return dict(self._details(value, path, old_side=old_side))
        return self._amount(value, path, old_side)

    def _rows(self, item: Any, path: tuple, old_side: bool = False) -> list[tuple[tuple[str, ...], list]]:
        """An added or removed item's list items, each by its place in the item (`绩效指标`, `产出指标`, `数量指标`,
        `举办活动次数`: labels, so the json report need not split a name that holds ` › `; an indicator by its
        一级 too, as `_row` names one) and its fields by title, or its value: a project's indicators are
        what it brings onto the form, and a count alone hid them from the reviewer."""
        found = []
        for sub, value in list_fields(item, path):
            title = self.schema(sub, old_side).get("title") or str(sub[-1])
            indicator = datapath.pattern(sub) in self.indicator_lists
            skip = self._labelled_by(sub)
            for index, child in enumerate(value):
                fields = self._details(child, sub + (index,), skip, old_side) if isinstance(child, dict) else [("", child)]
                found.append(((title, *self._item_labels(child, indicator, sub + (index,), indicator, old_side)), fields))
        return found

    def amounts(self, data: Any, path: tuple = (), where: str = "") -> list[tuple[str, Any]]:
        """The filled-in amounts outside lists, by place: the money at the top of an added or removed form
        (one typed `134` as a Decimal, as `_amount` has it)."""
        found = []
        for key, value in data.items() if isinstance(data, dict) else ():
            sub, here = path + (key,), self._key_place(where, path, key)
            if isinstance(value, dict):
                found += self.amounts(value, sub, here)
            elif value is not None and not isinstance(value, list) and self._is_amount(sub):
                found.append((here, self._amount(value, sub)))
        return found

    def contents(self, data: Any, path: tuple = ()) -> list[tuple[str, int]]:
        """A spec's lists by title and length (`绩效指标 12 项`): an added or removed file at a glance."""
        found = []
        for key, value in data.items() if isinstance(data, dict) else ():
            if isinstance(value, list):
                found.append((self.schema(path + (key,)).get("title") or str(key), len(value)))
            elif isinstance(value, dict):
                found += self.contents(value, path + (key,))
        return found
