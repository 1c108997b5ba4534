"""The places a diff (diff) names its changes by, in the form's own words: a field by its schema title in its side's
form, an item by its identity (an indicator by its 一级, 二级, merged columns and name; a task by its name), a
renamed item by the labels both sides share and what each side says, the rows a moved indicator is counted among,
and the item an added one is named alike with. Apart from the walk, as every part of the
diff (its changes, silences and sums) names places alike."""
from __future__ import annotations

from typing import Any

from . import datapath
from .row_conditions import empty_by_condition
from .rules import same_name


NO_LEVEL2 = "（无二级指标）"  # a renamed row's 二级 written "" where the other side has one (`Differ._renaming`)


class DiffPlaces:
    """The Differ's (diff) naming of places, a part of it. It reads the Differ's `store`, `schema_file`,
    `old_schema_file`, `indicator_lists` and `short` (set in `Differ.__init__` and `Differ.know`)."""

    def schema(self, path: tuple, old_side: bool = False) -> dict:
        """The field's schema in its side's form, failing that in the other side's."""
        files = (self.old_schema_file, self.schema_file) if old_side else (self.schema_file, self.old_schema_file)
        for file in dict.fromkeys(file for file in files if file and path):
            found = self.store.chain(file, path)[-1][1]
            if found:
                return found
        return {}

    def _key_place(self, where: str, path: tuple, key: Any, old_side: bool = False) -> str:
        title = self.schema(path + (key,), old_side).get("title") or str(key)
        if not where:
            return title
        return f"{where}：{title}" if path and isinstance(path[-1], int) else f"{where} › {title}"

    def _labelled_by(self, path: tuple) -> tuple[str, ...]:
        """The fields a place names an item of the list at `path` by (`same_name.identity_keys`): an indicator row's
        一级, 二级, the columns the form merges between 二级 and 三级 and its name; another item's name. Shown once
        there, they are not listed again among an added item's fields, nor compared as a renamed one's."""
        return same_name.identity_keys(self.indicator_lists.get(datapath.pattern(path)))

    def _rows_of(self, path: tuple, table: dict, level1: Any) -> str:
        """What an indicator's row under `level1` is counted among (`diff_moves._printed_rows`): the list, or the
        block of it that holds the 一级 on a form that prints the list in blocks, each counted from 1."""
        title = self.schema(path).get("title") or str(path[-1])
        block = next((names for names in table.get("blocks") or [] if level1 in names), None)
        return f"{title}（{'、'.join(block)}）" if block else title

    def _namesake(self, holders: dict[tuple, list[int]], item: Any, index: int, keys: tuple[str, ...],
                  path: tuple) -> str | None:
        """`与第 2 个年度重点工作任务同名` for an added item whose name (an indicator's with the columns that place it:
        `same_name.identity_keys`) the list already holds (`holders`: each identity's indices in the list): a task pasted twice read as a plain 新增, as
        if a new task had been planned."""
        other = next((k for k in holders.get(same_name.identity(item, keys), []) if k != index), None)
        return None if other is None else f"与第 {other + 1} 个{self.schema(path).get('title') or ''}同名"

    def _item_labels(self, item: Any, indicator: bool, path: tuple, level1: bool = False,
                     old_side: bool = False, no_level2: bool = False) -> tuple[str, ...]:
        """An indicator by its 二级, the columns the form merges between its 二级 and its name (a 重点工作:
        `same_name.work_columns`, left out where blank, as SAME-NAME's message names the row) and its name (and its
        一级 when asked: a rename that also changed it), as typed; `path` is the item's, `old_side` whether it is in
        the old spec. Without its 重点工作, 办理时效 of two pieces of work under one 二级 read as one row: a swap of their
        targets as one row's target changed to the other's and back.

        A 二级 written "" is a row the form prints without one (a 满意度 一级 with no 二级 under it): left out, not
        named as missing; one not written at all (or null) is the gap it is. A name written "" is left out too
        where the row's schema lets that row alone print without one (a project's 满意度 row): `… › （未填名称）`
        read as a name the author forgot. Elsewhere "" is a row still to fill (`jixiao new` writes its blank rows so).
        `no_level2` says a 二级 written "" as `NO_LEVEL2` instead: a rename that blanked it (`_renaming`)."""
        if isinstance(item, dict) and indicator:
            parts = [item.get("level1") or "（未填一级指标）"] if level1 else []
            level2, name = item.get("level2"), item.get("name")
            parts += ([NO_LEVEL2] if no_level2 else []) if level2 == "" else [level2 or "（未填二级指标）"]
            parts += [item[key] for key in same_name.work_columns(self._labelled_by(path[:-1]))
                      if str(item.get(key) or "").strip()]
            nameless = name == "" and level2 != "" and self._nameless_row(item, path, old_side)
            parts += [] if nameless else [name or "（未填名称）"]
            return tuple(str(part) for part in parts)
        if isinstance(item, dict) and "name" in item:
            return (str(item.get("name") or "（未填名称）"),)
        return (f"第 {path[-1] + 1} 项",)

    def _nameless_row(self, item: dict, path: tuple, old_side: bool) -> bool:
        """Whether the row's schema lets its name be empty by a condition of its own (`row_conditions`)."""
        file = self.old_schema_file if old_side else self.schema_file
        return bool(file) and empty_by_condition(self.store, file, path, item, "name")

    def _item_name(self, item: Any, indicator: bool, path: tuple, level1: bool = False, old_side: bool = False) -> str:
        """The item's labels as a place shows them (`数量指标 › 举办活动次数`; long names cut: `ShortNames`)."""
        return " › ".join(map(self.short, self._item_labels(item, indicator, path, level1, old_side)))

    def _row(self, where: str, item: Any, indicator: bool, path: tuple, old_side: bool = False) -> str:
        """The place of an item, an indicator's by its 一级 too (`绩效指标 › 履职 › 负责… › 举办活动次数`), whether it
        was added, removed, changed, moved or renamed: a 二级 naming a duty says not which part of the form the row
        is on, and the same row named two ways in one diff read as two rows."""
        return f"{where} › {self._item_name(item, indicator, path, level1=indicator, old_side=old_side)}"

    def _renaming(self, where: str, old: Any, new: Any, indicator: bool, old_path: tuple,
                  new_path: tuple) -> tuple[str, str, str]:
        """A renamed item's place and its old and new labels: the labels both sides share from the start (an unchanged
        二级) go into the place, as a place shows them, and each side says the rest as typed. `“时效指标 › 补助发放及时率” →
        “补助按时发放率”` read as a row taken out of 时效指标, and `“时效指标 › 补助发放及时率” → “时效指标 › 补助按时发放率”` made
        the reviewer read the 二级 twice: `绩效指标 › 产出指标 › 时效指标  “补助发放及时率” → “补助按时发放率”`. An indicator's
        一级 is in its place too (`绩效指标 › 产出指标`) unless it changed; then, as with a 二级 changed, both sides say all.

        A 二级 written "" on one side only is said there (`NO_LEVEL2`): left out, a row renamed and taken out of its
        二级 (`“数量指标 › 完成率” → “完成率2”`) read exactly as one renamed under the same 二级."""
        level1 = indicator and old.get("level1") != new.get("level1")
        if indicator and not level1:
            where = f"{where} › {self.short(str(new.get('level1') or '（未填一级指标）'))}"
        one_side = indicator and (old.get("level2") == "") != (new.get("level2") == "")
        before = self._item_labels(old, indicator, old_path, level1, old_side=True, no_level2=one_side)
        after = self._item_labels(new, indicator, new_path, level1, no_level2=one_side)
        same_shape = len(before) == len(after)  # a name left out on one side only: no label is kept as it was
        kept = [same_shape and a == b for a, b in zip(before, after)] + [False] * abs(len(before) - len(after))
        shared = 0  # the leading labels both sides keep, the name never among them
        while shared < len(after) - 1 and kept[shared]:
            shared += 1
        where = " › ".join([where, *map(self.short, after[:shared])])
        return (where, *(" › ".join(self.short(label) if same else label
                                    for label, same in zip(labels[shared:], kept[shared:]))
                         for labels in (before, after)))

    def place(self, data: Any, path: tuple) -> str:
        """The Chinese name of the place at `path` in `data` (items named by their identity)."""
        where, node = "", data
        for i, step in enumerate(path):
            if isinstance(step, int):
                where = self._row(where, node[step], datapath.pattern(path[:i]) in self.indicator_lists, path[:i + 1])
            else:
                where = self._key_place(where, path[:i], step)
            node = node[step]
        return where
