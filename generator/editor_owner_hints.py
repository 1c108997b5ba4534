"""The editor's squiggle for a value the chosen field holds under another choice (`level1: 产出指标` with `level2:
社会效益指标`, a 二级指标 of 效益指标): it names the choice the value belongs to, as `jixiao validate` does
(`属于一级指标“效益指标”`), where it showed only the options of the choice written (`一级指标为“产出指标”时，二级指标请写以下之一：…`).

yaml-language-server says one fixed `errorMessage` for a failed `enum`, and the branch `if 一级指标 is 产出指标 then
二级指标 is one of …` can only list its own options. So each such branch's `if` also asks that the chosen field holds
no value only another branch allows (a `not` beside the condition, which the branch readers ignore: condition_of reads
only `properties`), and one entry per choice owning such values refuses them under every other choice, in words
naming the owner. A value is refused by exactly one of them, so the editor shows one squiggle, and the bundle judges
exactly as the schema file does; a value two choices allow keeps the branch's words. One entry per owner, not per
pair of choices or per value: an entry per pair, listing the options of the choice written, made a bundle up to 22 %
larger (97 K to 119 K), one per owner 5-8 %; its words cannot name the choice written, nor list its options, which
Ctrl+Space on the emptied value offers. Only there: while the foreign value stands, the branch's `if` fails and the
server reads no `then` of it, so Ctrl+Space anywhere in `社会效益指标` offers nothing (it offered the branch's options
before); hence the words say to delete it first. Values are matched by a pattern (editor_misplaced.passed_by), not
listed in an `enum` an `if` would show on hover; the entry's `enum: []` offers nothing.
"""
from __future__ import annotations

from typing import Callable

from .editor_misplaced import passed_by
from .schema_branches import chosen_below, condition_of


def with_owner_hints(mapping: dict, key: str, name: Callable[[str], str], title: Callable[[str], str]) -> None:
    """`mapping`'s branches chosen by its field `key` (`level1`) reshaped, in place, so a value of a field they
    choose (`level2`) written under the wrong choice is told the one it belongs to (see above); `name` and `title`
    give a field's name in messages (`绩效指标的“二级指标”`) and its title (`二级指标`) by its key. Unchanged where
    no branch's values belong to another."""
    below = chosen_below(mapping, key)
    entries = []
    for field in dict.fromkeys(chosen for chosen, _, _ in below):
        owners: dict[str, list[str]] = {}
        for _, owner, value in (entry for entry in below if entry[0] == field):
            owners.setdefault(value, []).append(owner)
        owned = {value: found[0] for value, found in owners.items() if len(found) == 1}
        choices = list(dict.fromkeys(owner for chosen, owner, _ in below if chosen == field))
        for branch in mapping.get("allOf", []):
            named = condition_of(branch)
            foreign = [value for value, owner in owned.items() if named and owner != named[1]]
            if named and named[0] == key and named[1] in choices and foreign and "not" not in branch["if"]:
                branch["if"]["not"] = passed_by(field, foreign)
        entries += [{"if": _both(passed_by(key, [choice for choice in choices if choice != owner]),
                                 passed_by(field, [value for value, by in owned.items() if by == owner])),
                     "then": {"properties": {field: {"enum": [], "errorMessage": _words(name(field), title(key),
                                                                                        title(field), owner)}}}}
                    for owner in dict.fromkeys(owned.values()) if len(choices) > 1]
    if entries:
        mapping["allOf"] = [*mapping["allOf"], *entries]


def _both(first: dict, second: dict) -> dict:
    """An `if` passed by a mapping that passes both `passed_by` conditions, each on its own field."""
    return {"type": "object", "required": [*first["required"], *second["required"]],
            "properties": {**first["properties"], **second["properties"]}}


def _words(name: str, chooser: str, chosen: str, owner: str) -> str:
    """`绩效指标的“二级指标”：属于一级指标“效益指标”，不属于所写的一级指标；请把…`: validate's facts (schema.py's
    `_not_under`) less the value, which the squiggle underlines, and the choice written, which one entry per owner
    cannot know. One colon, after the field's name: a second one (`…；属于“效益指标”：请把…`) read as a new heading."""
    return (f"{name}：属于{chooser}“{owner}”，不属于所写的{chooser}；请把{chooser}改成“{owner}”，"
            f"或把{chosen}改成所写{chooser}下的一项（删去后按 Ctrl+Space 列出）")
