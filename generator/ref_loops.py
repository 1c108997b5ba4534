"""`$ref`s that lead back to themselves without going one level down into the value: `#/$defs/a` is `{"$ref":
"#/$defs/b"}` and `b` is `{"$ref": "#/$defs/a"}`, or a schema's top is `{"$ref": "#", …}`.

A definition may refer to itself for a field or a list item (`properties`, `items`): each step goes into a
smaller part of the value, and the check ends. One reached again through keywords that apply to the same value
(`$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas`) checks the same value against
the same definition again, for ever: every command reading such a form stopped with an internal error
(RecursionError, exit 4). The JSON Schema specification leaves what such a schema means undefined.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator

_SAME_VALUE_LISTS = ("allOf", "anyOf", "oneOf")
_SAME_VALUE_SCHEMAS = ("not", "if", "then", "else")

Site = tuple[str, tuple, str]
"""A `$ref` as written: the file it is in, the path of its `$ref` key there, and what it says."""


def loops(docs: dict[str, Any], lookup: Callable, files: list[str]) -> list[list[Site]]:
    """Each loop once, as the `$ref`s around it in the order they lead, among the schemas `files` (already known
    to point somewhere: `lookup(ref, file)` is the store's, giving (target, its file, why not)).

    A walk from each file's top and each definition a `$ref` anywhere names, through the definitions their
    `$ref`s reach on the same value; iterative, so a long chain of definitions does not run out of Python's stack
    in its turn."""
    from .schema_store import refs

    found: list[list[Site]] = []
    finished: set = set()
    reached = [_definition(lookup, ref, name) for name in files for _, ref in refs(docs[name])]
    for start in [*((name, ()) for name in files), *filter(None, reached)]:
        if start in finished:
            continue
        path: list = [start]  # the definitions being walked, each with the `$ref` that led on from it
        leads: list[Site] = []
        pending = [_onward(docs, lookup, start)]
        while pending:
            step = next(pending[-1], None)
            if step is None:
                finished.add(path.pop())
                pending.pop()
                if leads:
                    leads.pop()
                continue
            target, site = step
            if target in path:
                found.append([*leads[path.index(target):], site])
            elif target not in finished:
                path.append(target)
                leads.append(site)
                pending.append(_onward(docs, lookup, target))
    return found


def _onward(docs: dict[str, Any], lookup: Callable, where: tuple[str, tuple]) -> Iterator[tuple[tuple, Site]]:
    """(the definition it leads to, the `$ref`) for each `$ref` applying to the same value as the definition at
    `where` (a file and the steps of a pointer into it) does."""
    file_name, steps = where
    node, path = docs[file_name], ()
    for step in steps:  # steps are text; the path locating a `$ref` in the file's text has a list's index as a number
        path += (int(step) if isinstance(node, list) else step,)
        node = node[int(step)] if isinstance(node, list) else node[step]
    for at, ref in _same_value_refs(node, path):
        target = _definition(lookup, ref, file_name)
        if target:
            yield target, (file_name, at, ref)


def _definition(lookup: Callable, ref: str, file_name: str) -> tuple[str, tuple] | None:
    """The definition a `$ref` in `file_name` names, as a file and the steps of a pointer into it; None for
    none (the store has said so already)."""
    from .schema_store import pointer_steps

    _, target_file, nowhere = lookup(ref, file_name)
    return None if nowhere else (target_file, tuple(pointer_steps(ref.partition("#")[2])))


def _same_value_refs(node: Any, path: tuple) -> Iterator[tuple[tuple, str]]:
    """(path of the `$ref` key, its text) for each `$ref` in `node` applying to the value `node` applies to."""
    if not isinstance(node, dict):
        return
    if isinstance(node.get("$ref"), str):
        yield (*path, "$ref"), node["$ref"]
    for key in _SAME_VALUE_LISTS:
        if isinstance(node.get(key), list):
            for index, item in enumerate(node[key]):
                yield from _same_value_refs(item, (*path, key, index))
    for key in _SAME_VALUE_SCHEMAS:
        yield from _same_value_refs(node.get(key), (*path, key))
    if isinstance(node.get("dependentSchemas"), dict):
        for name, item in node["dependentSchemas"].items():
            yield from _same_value_refs(item, (*path, "dependentSchemas", name))
