"""Fields and list items typed a level off the mapping they belong to, which YAML files under another one.

The YAML is valid, so the loader says nothing, and the schema's check says two things, neither "move this line": a
field is missing where it belongs (when required; an optional one not even that) and unknown where YAML put it; an
indicator dedented under a project gave four unknown fields and four missing ones. Here such errors are recognised
among jsonschema's and each mistake becomes one SCHEMA-INDENT problem at the line typed, saying how far to move it;
schema.py leaves out the errors these account for.
"""
from __future__ import annotations

from typing import Callable

from . import datapath
from .field_fixes import half_width, meant_key, rename_fix
from .problems import Problem, Severity
from .schema_store import SchemaStore
from .schema_words import declared, undeclared


class Misindented:
    """The misindented fields and items of one spec, named as the schema's messages name fields (`name`)."""

    def __init__(self, store: SchemaStore, file_name: str, spec, name: Callable[[tuple], str]):
        self.store, self.file_name, self.spec, self.name = store, file_name, spec, name

    def title(self, path: tuple) -> str:
        """The Chinese title of the field at `path` alone, as a message names a field of the one it is about."""
        return self.store.titles(self.file_name, path)[-1]

    def moved_fields(self, errors) -> dict[tuple, tuple[set[str], Problem]]:
        """Fields typed a level off the mapping they belong to, which YAML files under the mapping beside it: one
        typed at the column of the key holding their mapping (`budget:`, `  basic: 1`, then `project: 2` flush with
        `budget:`; or flush with `indicators:` after its last item), read as a field beside that key; or one typed at
        the column of the fields of the mapping above it (`  overall_target:` under budget's amounts), read as one of
        them. The holder was said to lack the field (when required; an optional one not even that) and the mapping
        around it to hold an unknown one, neither saying "move this line". Each such field becomes one SCHEMA-INDENT
        problem at the line typed, keyed by (path of the mapping it belongs to, its key), with the JSON paths of the
        unknown fields it accounts for.

        The unknown key must be a field that mapping declares and lacks, or stand for one (full width, misspelt, its
        title), and sit next to the other mapping: right after it (only keys as unknown as it between), or at its end
        (only keys as unknown after it)."""
        unknown = dict.fromkeys((tuple(error.absolute_path), str(key)) for error in errors  # in order: the first wins
                                if error.validator in ("additionalProperties", "unevaluatedProperties")
                                for key in undeclared(error))
        found = {}
        for mapping, key in unknown:
            moved = self._dedented(mapping, key, unknown) or self._indented(mapping, key, unknown)
            if moved:
                found.setdefault(moved[0], moved[1:])
        return found

    def _dedented(self, outer: tuple, key: str, unknown: dict) -> tuple[tuple, set[str], Problem] | None:
        """`key`, unknown in the mapping at `outer`, typed at the column of the key before it, whose mapping (or whose
        list's last item) lacks it: `project`（项目支出）应缩进到“budget:”之下（第 3 列）…"""
        around = self._at(outer)
        keys = [str(k) for k in around] if isinstance(around, dict) else []
        holder = next((k for k in reversed(keys[:keys.index(key)]) if (outer, k) not in unknown), None) if keys else None
        target = self._holding(outer + (holder,), around[holder]) if holder is not None else None
        meant = self._field_meant(key, target) if target else None
        if meant is None:
            return None
        line, column = self.spec.locate(outer + (key,), key=True)
        above, at = self.spec.locate(outer + (holder,), key=True)
        if line <= above or column != at:
            return None
        last = list(self._at(target))[-1]
        goal = self.spec.locate(target + (last,), key=True)[1]
        into = f"“{holder}:”之下" if target[-1] == holder else "这一项里"
        message = (f"{self.name(target)}：{self._named(target, key, meant)}应缩进到{into}（第 {goal} 列），"
                   f"与“{last}:”对齐：它现在与“{holder}:”同在第 {column} 列，YAML 把它读成了与“{holder}”并列的字段；"
                   f"请在行首补上 {goal - column} 个空格{rename_fix(key, meant)}")
        return ((target, meant), {datapath.json_path(outer + (key,))},
                Problem(self.spec.path, line, column, Severity.ERROR, "SCHEMA-INDENT", message,
                        datapath.json_path(target + (meant,))))

    def _indented(self, mapping: tuple, key: str, unknown: dict) -> tuple[tuple, set[str], Problem] | None:
        """`key`, unknown in the mapping at `mapping`, typed at the column of that mapping's fields, at its end, where
        the mapping holding it lacks it: “overall_target”（总体绩效目标）比同一层的字段（第 8 行的“budget”）多缩进了
        2 格…. Typed alone with its fields left where they were (`  budget:` over `  basic: 1`), it holds nothing and
        the fields below it are its own: those are said with it, as moving it back leaves them under it."""
        holder_path = mapping[:-1] if mapping and isinstance(mapping[-1], int) else mapping
        if not holder_path or not isinstance(holder_path[-1], str):
            return None
        outer, holder = holder_path[:-1], holder_path[-1]
        around, fields = self._at(outer), self._at(mapping)
        if not isinstance(around, dict) or holder not in around or self._holding(holder_path, around[holder]) != mapping:
            return None
        after = [str(k) for k in list(fields)[[str(k) for k in fields].index(key) + 1:]]
        meant = self._field_meant(key, outer) if all((mapping, k) in unknown for k in after) else None
        if meant is None:
            return None
        own = [k for k in after if k in self._fields(outer + (meant,))] if fields[key] is None else []
        line, column = self.spec.locate(mapping + (key,), key=True)
        above, at = self.spec.locate(holder_path, key=True)
        inside = f"“{holder}”里" if mapping == holder_path else f"“{holder}”最后一项里"
        below = "（它下面的字段不用动）" if own else ""
        message = (f"{self.name(outer)}：{self._named(outer, key, meant)}比同一层的字段（第 {above} 行的"
                   f"{self._named(outer, holder, holder)}）"
                   f"多缩进了 {column - at} 格，YAML 把它读成了{inside}的字段；请把“{key}”退回到第 {at} 列，"
                   f"与“{holder}”左端对齐{below}{rename_fix(key, meant)}")
        return ((outer, meant), {datapath.json_path(mapping + (k,)) for k in [key, *own]},
                Problem(self.spec.path, line, column, Severity.ERROR, "SCHEMA-INDENT", message,
                        datapath.json_path(outer + (meant,))))

    def _at(self, path: tuple):
        """The spec's node at `path`, or None where there is none."""
        try:
            return datapath.get(self.spec.data, path)
        except (KeyError, IndexError, TypeError):
            return None

    def _holding(self, path: tuple, value) -> tuple | None:
        """The path of the block mapping that a field typed next to the value at `path` would belong to: the value,
        or the last item of a list (`indicators:`'s last row); None when it is neither, or written in braces, where
        no column lines fields up."""
        if isinstance(value, list) and value:
            path, value = path + (len(value) - 1,), value[-1]
        return path if isinstance(value, dict) and value and self._block_mapping(path, value) else None

    def _fields(self, path: tuple) -> dict[str, str]:
        """The fields the schema declares for the mapping at `path`, branches' too (schema_words.declared), by title."""
        return {str(k): self.title(path + (k,)) for k in declared(self.store.node_at(self.file_name, path))}

    def _field_meant(self, key: str, path: tuple) -> str | None:
        """The field of the mapping at `path` that `key` is, typed in full width, misspelt or as its title, when the
        mapping lacks it. Guessed with the mapping's required fields, as the schema's unknown-field message guesses:
        `指标值` flush with `indicators:` below a row lacking period_value was said to be prior_value (上年指标值) there,
        beside `缺少必填字段“period_value”`, and 是否想写“period_value” in the row itself."""
        present, titles = self._at(path), self._fields(path)
        if not isinstance(present, dict):
            return None
        node = self.store.node_at(self.file_name, path)
        required = (node.get("required") or ()) if isinstance(node, dict) else ()
        meant = next((k for k in (key, half_width(key)) if k in titles), None) or meant_key(key, present, titles,
                                                                                            required)
        return meant if meant in titles and meant not in present else None

    def _named(self, path: tuple, key: str, meant: str) -> str:
        """`“project”（项目支出）`; a key typed as its title is said once."""
        title = self.title(path + (meant,))
        return f"“{key}”" if key == title else f"“{key}”（{title}）"

    def _block_mapping(self, path: tuple, mapping: dict) -> bool:
        """Whether `mapping`, non-empty at `path`, is written as a block: it then starts at its first key, where a
        flow mapping starts at its `{`."""
        return self.spec.locate(path) == self.spec.locate(path + (next(iter(mapping)),), key=True)

    def misplaced_items(self, errors) -> dict[tuple, Problem]:
        """List items that belong in the list of the item above: indented too little, so YAML read them as items
        of the outer list. An indicator dedented under a project gave four unknown fields and four missing ones,
        none saying "indent this"; all of them become one SCHEMA-INDENT problem, keyed by the item's path."""
        found = {}
        for error in errors:
            path = tuple(error.absolute_path)
            if (error.validator == "additionalProperties" and path and isinstance(path[-1], int) and path[-1] > 0
                    and isinstance(error.instance, dict) and path not in found):
                problem = self._misplaced(path, error.instance, set(error.schema.get("properties", {})))
                if problem:
                    found[path] = problem
        return found

    def _misplaced(self, path: tuple, item: dict, known: set) -> Problem | None:
        unknown = [str(k) for k in item if k not in known]
        if len(unknown) < 2:
            return None
        above = path[:-1] + (path[-1] - 1,)
        for key in self.store.chain(self.file_name, above)[-1][1].get("properties", {}):
            fields = self.store.chain(self.file_name, above + (key, 0))[-1][1].get("properties", {})
            siblings = self._at(above + (key,))  # None when the item above has no such list
            if not fields or not set(map(str, item)) <= set(fields) or not isinstance(siblings, list) or not siblings:
                continue
            line, column = self.spec.locate(path)
            by = self.spec.locate(above + (key, len(siblings) - 1))[1] - column
            if by <= 0:
                continue
            where = self.name(above + (key,))
            return Problem(self.spec.path, line, column, Severity.ERROR, "SCHEMA-INDENT",
                           f"{self.name(path)}：这一项的字段（{'、'.join(unknown)}）是{where}里每一项的字段；"
                           f"多半是这一项少缩进了 {by} 格：请把它的每一行都再缩进 {by} 格，与上面那些项对齐",
                           datapath.json_path(path))
        return None
