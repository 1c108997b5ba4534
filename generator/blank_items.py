"""A list item whose every field is written and left empty, said once.

An empty row copied from last year's Excel sheet, or an indicator row typed as keys with nothing after
their colons, reads as a mapping of nulls: the schema then refused each field of it, five errors for one
row (一级指标 不能为空, 二级指标 应为文本, …), where the clerk meant one thing and needs one answer: fill the
row in, or delete it. `one_per_blank_item` puts that one error in their place.

Only the errors that say a field of the row is empty are folded: a key the row's schema does not declare (`levl1:`,
another form's `annual_value`, a key task's fields pasted under the indicators) keeps every error it had, its
"是否想写" hint and the fields the row's form wants instead, since "fill it in" would send the clerk to fill a field
the form does not have; a field missing from the row is still said, beside the one error, where to add it.
"""
from __future__ import annotations

from typing import Any, Callable, Collection, Iterator

from .datapath import get, json_path
from .problems import Problem, Severity

BLANK_ITEM = "SCHEMA-TYPE"
"""The code of the one error: that of `- ` with nothing under it, the same mistake written on one line."""


def blank_items(data: Any, path: tuple = ()) -> Iterator[tuple]:
    """The paths of the list items holding two fields or more, every one of them null."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from blank_items(value, path + (key,))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            if isinstance(item, dict) and len(item) > 1 and all(value is None for value in item.values()):
                yield path + (index,)
            else:
                yield from blank_items(item, path + (index,))


def one_per_blank_item(problems: list[Problem], spec, name: Callable[[tuple], str],
                       title: Callable[[tuple], str], unknown: Collection[str],
                       about_fields: Collection[str]) -> list[Problem]:
    """`problems` (a spec's schema errors) with those about the empty fields of a wholly empty list item replaced by
    one at the item: what it is, which fields are empty, the lines to delete when it is not wanted. `unknown` are the
    codes of a key the schema does not declare, `about_fields` those of any error about which keys a mapping holds
    (missing ones too): an item with an unknown key keeps all its errors, a missing field keeps its own. An item with
    one empty field refused, or a field filled in, keeps its own errors: they say what that field lacks."""
    for item in blank_items(spec.data):
        place = json_path(item)
        keys = list(get(spec.data, item))
        inside = [p for p in problems if p.path == place or p.path.startswith((place + ".", place + "["))]
        if any(p.code in unknown for p in inside):
            continue
        fields = {json_path(item + (key,)) for key in keys}
        empty = [p for p in inside if p.path in fields and p.code not in about_fields]
        if len(empty) < 2:
            continue
        line, column = spec.locate(item + (keys[0],), key=True)
        last = spec.locate(item + (keys[-1],), key=True)[0]
        named = "、".join(title(item + (key,)) for key in keys)
        lines = f"第 {line}–{last} 行" if last > line else f"第 {line} 行"
        said = (f"{name(item)}：整项都空着（{named}都没有填写）；不要这一项了就删去{lines}，"
                f"否则逐项填上，文字加英文双引号")
        problems = [p for p in problems if not any(p is q for q in empty)]
        problems.append(Problem(spec.path, line, column, Severity.ERROR, BLANK_ITEM, said, place))
    return problems
