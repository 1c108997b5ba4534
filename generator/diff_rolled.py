"""What `new --from` writes by itself into next year's spec, which a diff (diff) of the two years leaves out: a text
whose years only moved as new --from moves them (`year_moved`), and an indicator's 上年指标值 set to last year's
target (`DiffCarried`), which also tells whether the new side was made by new --from. Apart from the walk, as these
read the rollover's rules, not the form's."""
from __future__ import annotations

from typing import Any

from . import datapath
from .diff_types import Change
from .diff_weakening import retyped
from .lint.config import PRIOR_VALUE
from .placeholder import unfilled
from .year_mentions import moved_years


def year_moved(change: Change, rolled: dict[str, tuple[bool, dict[int, int]]]) -> bool:
    """Whether a change is a text with only its years moved as new --from moves them: one of the texts that move on
    with the year (`rolled`, by JSON path: whether it is a target, an indicator value, where the year of a clause that
    reads as past moves too, and the years it moves; a row renamed by its name's). Read both ways everywhere,
    `已于2024年完成换届` in 总体目标, which new --from keeps, edited by hand to 2025 was left out."""
    if change.kind not in ("changed", "renamed") or not isinstance(change.old, str) or not isinstance(change.new, str):
        return False
    rolls = rolled.get(change.path)
    return rolls is not None and moved_years(change.old, rolls[1], rolls[0])[0] == change.new


class DiffCarried:
    """The Differ's (diff) reading of the 上年指标值 new --from carries, a part of it. It reads the Differ's `year_key`,
    `indicator_lists`, `_next_year`, `_carriable`, `_carried_rows` and `_carried_new` (set in `Differ.__init__`,
    `Differ.changes` and `Differ._mapping`) and calls its `schema`."""

    @property
    def carried(self) -> bool:
        """Whether the new side was made by `new --from`: every row compared whose old target it carries has that
        target as its 上年指标值 (`_carried_prior`). One 上年指标值 typed by hand into a copy whose year was edited
        told the clerk the copy was made by new --from, and withheld the advice to make it so."""
        return self._carried_new and self._carried_rows == self._carriable

    def _carries_prior(self, row: dict, path: tuple) -> bool:
        """Whether `new --from` writes this indicator row's target into next year's 上年指标值: the row has a target
        filled in, and its form has a 上年指标值 column (`"prior_value": false` has none)."""
        if self.year_key is None or datapath.pattern(path[:-1]) not in self.indicator_lists:
            return False
        target = row.get(self.year_key)
        return (isinstance(target, str) and bool(target.strip()) and not unfilled(target)
                and bool(self.schema(path).get("properties", {}).get(PRIOR_VALUE)))

    def _carried_prior(self, old: dict, new: dict, key: Any) -> bool:
        """Whether `key` is an indicator's 上年指标值 set to the old side's own target in next year's spec of it
        (`_next_year`): what `new --from` writes (never printed, read by lint's D6), newly or over last year's own
        上年指标值. Listed, comparing last year's spec with this year's showed one 新增 (or 修改) for every indicator,
        hiding the targets that did change. Only next year's: new --from writes none for a year skipped, and in two
        drafts of one year a 上年指标值 typed in equal to the target is an edit D6 reads, which was left out and the
        file said unchanged (`只改了格式或注释`, exit 0)."""
        return (key == PRIOR_VALUE and self.year_key is not None and self._next_year
                and new.get(key) is not None and new.get(key) == old.get(self.year_key))

    def _prior_note(self, old: dict, new: dict, key: Any, carriable: bool) -> str | None:
        """`上年规格中这一行的指标值是“≥95％”`, said of a 上年指标值 in next year's spec of the old side's (`_next_year`) that
        is not the old side's own target, which new --from writes there (`_carried_prior`: those are left out). lint's
        D6 reads the 上年指标值 as last year's target: a 全部替换 of `≥95％` by `≥90％` lowered both, D6 said nothing, and
        the diff's bare `新增 …：上年指标值 “≥90％”` said not what it should have held. One that is that target typed
        another way (`≥95%` for `≥95％`: `retyped`) is last year's target, which D6 reads alike: no note, as a note
        naming the same value sends the reviewer to look for a difference there is none of."""
        if not (carriable and key == PRIOR_VALUE and self._next_year and new.get(key) is not None):
            return None
        target = old.get(self.year_key)
        return None if retyped(target, new[key]) else f"上年规格中这一行的指标值是“{target}”"
