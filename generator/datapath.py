"""Dotted paths into a spec, as profiles write them: `budget.basic`, `projects.*.indicators`.

`*` steps into every item of a list, so one profile line can address each project's list.
A problem names its place in a spec as a JSON path instead (`indicators[2].value`), as editors do.
"""
from __future__ import annotations

import re
from typing import Any, Iterator


def _steps(path: str) -> list[str]:
    return [part for part in path.split(".") if part]


def find(data: Any, path: str, base: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Yield (absolute path, value) for every node the dotted path reaches; missing nodes yield nothing."""

    def walk(node: Any, steps: list[str], where: tuple):
        if not steps:
            yield where, node
            return
        head, rest = steps[0], steps[1:]
        if head == "*":
            if isinstance(node, list):
                for i, item in enumerate(node):
                    yield from walk(item, rest, where + (i,))
        elif isinstance(node, dict) and head in node:
            yield from walk(node[head], rest, where + (head,))

    yield from walk(data, _steps(path), base)


def items(data: Any, path: str) -> Iterator[tuple[tuple, dict]]:
    """(path, item) of each mapping in the lists a dotted path reaches: the rows of an indicator table
    (`projects.*.indicators`), the tasks of a form. One walk for every reader of rows (lint, rollover, its rules), so
    they all pass over the same things: what is found but no list, and an item that is no mapping, which a spec with
    schema errors may hold and lint still reads."""
    for where, found in find(data, path):
        yield from mappings(found, where)


def mappings(found: Any, where: tuple) -> Iterator[tuple[tuple, dict]]:
    """(path, item) of each mapping in `found`, the node at `where`, if it is a list: the rows of one list, for a
    reader that keeps each list apart (lint's IndicatorList); `items` for those of every list."""
    for i, item in enumerate(found if isinstance(found, list) else []):
        if isinstance(item, dict):
            yield where + (i,), item


def pattern(path: tuple) -> str:
    """`projects.*.indicators` for ('projects', 0, 'indicators'): an absolute path (as `find` yields
    them) as the dotted path that names it and its siblings in every list, as profiles name lists."""
    return ".".join("*" if isinstance(step, int) else str(step) for step in path)


def json_path(path: tuple) -> str:
    """`indicators[2].value` for ('indicators', 2, 'value'): an absolute path as a schema problem names its place,
    in the notation of JSON paths, which editors and jsonschema use."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def json_steps(written: str) -> tuple:
    """('indicators', 2, 'value') for `indicators[2].value`: a problem's path (`json_path`) back as the steps it names."""
    return tuple(int(index) if index else key for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", written))


def get(data: Any, path: tuple) -> Any:
    """The node at an absolute path (as `find` yields them)."""
    for step in path:
        data = data[step]
    return data
