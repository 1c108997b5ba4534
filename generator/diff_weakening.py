"""The targets an edit makes easier to meet, as a diff (diff) marks its changes: an indicator's target lowered, put
later, hedged or turned (`weakening`), a goal text that drops or lowers a target it stated in words, and the
checkable targets a removed row, task or project takes off the form with it (目标删除). Apart from the walk, which
finds the changes; this reads what they mean for the targets."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import datapath
from .diff_types import REWRITTEN, Change
from .lint import terms
from .target_texts import (goal_text_paths, once_each, removed_targets, stated_targets, text_hedge,
                           text_hedges_written, text_tightening, text_weakening)
from .value_comparison import same_amount, same_writing
from .weakening import (DELETED_TARGET, by_comparator, flip, hedge, hedge_written, one_measure, tightening,
                         weakening)


def retyped(old: Any, new: Any) -> bool:
    """Whether a target was typed anew as the same value (`95%` → `95.0%`, full-width, spaces:
    `value_comparison.same_writing`), or as the same amount in another money or share unit (`≤254.3万元` →
    `≤2543000元`, `≤0.03%` → `≤3‱`: `value_comparison.same_amount`)."""
    if not (isinstance(old, (str, int, Decimal)) and isinstance(new, (str, int, Decimal))):
        return False
    return same_writing(str(old), str(new)) or same_amount(str(old), str(new))


def _text_like(value: Any) -> bool:
    """Whether a field is text (a line, or a list of lines: a project's 年度目标), an item's own words, not its items."""
    return isinstance(value, str) or isinstance(value, list) and all(isinstance(line, str) for line in value)


class DiffWeakening:
    """The Differ's (diff) marking of weakened targets, a part of it. It reads the Differ's `facts`, `grades`,
    `parts`, `aliases`, `value_keys`, `year_key`, `indicator_lists`, `_years` and `_goal_texts` (set in
    `Differ.__init__` and `Differ.changes`) and calls its `_new_path`."""

    def _mark_goal_texts(self, old: Any, new: Any, found: list[Change]) -> None:
        """Mark an edited goal text that drops a stated target (cleared, or a clause cut: `target_texts.removed_targets`)
        as 目标删除, as a task deleted with it is, else one whose stated target asks for less (`提交提案不少于3篇` →
        `不少于2篇`: `text_weakening`), as an indicator's value is marked: a plain 修改 let either through review, and
        editing a target away dodged the mark deleting its task gets. A goal text is one on either side: blanked to
        null, it is no text of the new spec. A task renamed is its name edited (`key_tasks[3].name`, a goal text too:
        `开展不少于30次党员教育学习活动` → `不少于20次`), marked alike: a rename shows a plain 改名 otherwise. One not
        weakened that writes a hedge the old text lacked has it noted, as an indicator value has (`text_hedges_written`)."""
        followed = (self._new_path(path) for path in goal_text_paths(self.facts, old))
        texts = {datapath.json_path(path) for path in [*goal_text_paths(self.facts, new), *followed] if path is not None}
        for change in found:
            if change.kind in ("changed", "renamed") and change.path in texts and isinstance(change.old, str) \
                    and isinstance(change.new, (str, type(None))):
                change.deleted_text_targets = removed_targets(change.old, change.new or "")
                change.weakened = (DELETED_TARGET if change.deleted_text_targets
                                   else text_weakening(change.old, change.new or "", *self._years))
                if change.weakened and not change.deleted_text_targets:
                    change.note = text_hedge(change.old, change.new or "", *self._years)
                elif not change.weakened:
                    change.tightened = text_tightening(change.old, change.new or "", *self._years)
                    change.note = text_hedges_written(change.old, change.new or "")

    def _one_measure(self, old: Any, new: Any) -> bool:
        """Whether two indicator rows' year targets measure one thing (`weakening.one_measure`)."""
        return (isinstance(old, dict) and isinstance(new, dict)
                and one_measure(new.get("name"), self.parts.whole(old, self.year_key), self.parts.whole(new, self.year_key),
                                self.grades))

    def _deleted_row(self, item: Any) -> str | None:
        """`目标删除` for an indicator row deleted while one of its targets was one a reviewer could check: the
        commitment leaves the form as surely as a target blanked in its row (`weakening`), which was marked."""
        if not isinstance(item, dict):
            return None
        return next((DELETED_TARGET for key in self.value_keys
                     if weakening(item.get("name"), self.parts.whole(item, key), None, *self._years, grades=self.grades)
                     == DELETED_TARGET),
                    None)

    def _targets_in(self, value: Any, path: tuple) -> int:
        """How many indicator rows within a removed value (a project, a task, a whole list) had a target a reviewer
        could check (`_deleted_row`): they leave the form with it, and a project deleted with 7 such rows went
        unmarked while one row deleted alone was 目标删除."""
        if isinstance(value, dict):
            return sum(self._targets_in(child, path + (key,)) for key, child in value.items())
        if not isinstance(value, list):
            return 0
        if datapath.pattern(path) in self.indicator_lists:
            return sum(self._deleted_row(item) is not None for item in value)
        return sum(self._targets_in(child, path + (index,)) for index, child in enumerate(value))

    def _text_targets_in(self, value: Any, path: tuple) -> list[str]:
        """The targets the goal texts within a removed value (a task, a line of 年度目标, a task list) stated in words
        (`stated_targets`), one written in several texts of an item (a task's name, content and goal) once
        (`once_each`): a task deleted with `提交提案不少于3篇` in its 期望达到的目标 went unmarked, while its edit to
        `不少于2篇` was 目标降低 and an indicator row deleted alone 目标删除."""
        if isinstance(value, str):
            return stated_targets(value) if datapath.pattern(path) in self._goal_texts else []
        if isinstance(value, list):
            return [clause for index, child in enumerate(value) for clause in self._text_targets_in(child, path + (index,))]
        if not isinstance(value, dict):
            return []
        found = {key: self._text_targets_in(child, path + (key,)) for key, child in value.items()}
        own = [found[key] for key, child in value.items() if _text_like(child)]  # the item's own texts, one target once
        return once_each(own) + [clause for key, child in value.items() if not _text_like(child) for clause in found[key]]

    def _mark_weakened(self, old: Any, item: dict, path: tuple, found: list[Change]) -> None:
        """Mark the edits of an indicator's targets that ask for less (`≥98%` → `≥95%`, `18次` → `12次` of a
        数量指标, a later deadline, a target deleted or turned into words); its category, which says which way
        a value without a comparator points, is its 二级's, failing that its 一级's (a 满意度 一级 without a 二级).

        Each side's target is read whole from its row (`ValueParts.whole`) whenever any of its parts was changed,
        added or removed, so on a form that splits it, `95` → `80` beside ≥, a 指标性质 turned from ≥ to ≤ and one
        filled in where it was blank (`18` beside nothing → beside ≤) are judged as `≥95%` → `≥80%` and `18` → `≤18`
        are. The mark goes on the part that made the target weaker: the 指标性质's edit where the comparator turned
        (`by_comparator`), else the value's, else the edit of whichever part changed. A floor turned into a cap or
        the reverse is noted as such (`flip`: 比较方向改变), besides any word `weakening` gives it, and so is a hedge
        added or a range put in place of a number (`hedge`: 加了“力争”), the reason a target of the same number is looser;
        an edit not looser that writes a hedge the old value lacked, whatever else changed, has it noted alone
        (`hedge_written`: `提交提案3篇` → `尽力报送信息2篇`)."""
        category = (terms.role(str(item.get("level2") or ""), terms.LEVEL2_ROLES, self.aliases)
                    or terms.role(str(item.get("level1") or ""), terms.LEVEL1_ROLES, self.aliases))
        comparator = datapath.json_path(path + (self.parts.comparator,)) if self.parts.comparator else None
        parts = {datapath.json_path(path + (key,)) for key in (self.parts.comparator, self.parts.unit) if key}
        marked: set[int] = set()
        for key in self.value_keys:
            target = datapath.json_path(path + (key,))
            edits = [change for change in found if change.kind in ("changed", "added", "removed")
                     and (change.path == target or change.path in parts)]
            value_edit = next((change for change in edits if change.path == target), None)
            if value_edit is not None and value_edit.kind == "changed" and retyped(value_edit.old, value_edit.new):
                value_edit.note = REWRITTEN  # `≥95%` → `≥ 95%`: a target change would send the reviewer to compare them
                edits.remove(value_edit)
                value_edit = None
            if not edits:
                continue
            name, before, after = item.get("name"), self.parts.whole(old, key), self.parts.whole(item, key)
            turned_edit = next((change for change in edits if change.path == comparator), None)
            if turned_edit is not None and not by_comparator(name, before, after, category, self.grades):
                turned_edit = None
            edit = turned_edit or value_edit or edits[0]
            if id(edit) in marked:
                continue
            edit.weakened = weakening(name, before, after, *self._years, category, self.grades)
            flipped = flip(name, before, after, self.grades)
            edit.note = flipped or hedge(name, before, after, *self._years, category, self.grades)
            if not (edit.weakened or flipped):  # a target lowered one way and raised another is 目标降低 alone
                edit.tightened = tightening(name, before, after, *self._years, category, self.grades)
            if not (edit.weakened or edit.note):  # 开展活动30次 → 尽力开展培训30次: no looser, yet a hedge written
                edit.note = hedge_written(before, after, self.grades)
            marked.add(id(edit))
