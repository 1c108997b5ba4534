"""Where a node of a JSON document stands in its text: schema files are JSON, and a problem in one is
named at its line and column like a spec's (json.loads keeps no positions)."""
from __future__ import annotations

import json
import re

_SPACE = re.compile(r"[ \t\n\r]*")


def json_position(text: str, path: tuple) -> tuple[int, int]:
    """1-based (line, column) in a JSON text of the node at `path`: a member's key, an item's value; as far
    down the path as the text goes (the last of duplicate keys, as json.loads keeps it)."""
    return offset_position(text, _offsets(text, path)[0])


def json_string_position(text: str, path: tuple, offset: int) -> tuple[int, int]:
    """1-based (line, column) in a JSON text of the character `offset` into the string at `path` (a
    member's value, not its key), each escape (`\\n`, `\\"`) one character: a place inside a long
    one-line text, such as a snippet's `bodyText`. Where the path leads to no string, json_position's."""
    found, value = _offsets(text, path)
    if value is None or not text.startswith('"', value):
        return offset_position(text, found)
    at = value + 1
    for _ in range(offset):
        if text.startswith('"', at):
            break
        at += (6 if text.startswith("u", at + 1) else 2) if text.startswith("\\", at) else 1
    return offset_position(text, at)


def _offsets(text: str, path: tuple) -> tuple[int, int | None]:
    """The offset of the node at `path` as json_position names it, and of its value (None when the text
    does not go as far as the path)."""
    decoder = json.JSONDecoder()
    at = found = value = _SPACE.match(text, 0).end()
    for step in path:
        here, at = at, None
        if text.startswith("{", here) and isinstance(step, str):
            at = _member(text, here, step, decoder)
        elif text.startswith("[", here) and isinstance(step, int):
            at = _item(text, here, step, decoder)
        if at is None:
            return found, None
        found, at = at
        value = at
    return found, value


def offset_position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of the character `offset` into a text: where json.loads's error offsets and a
    scan's matches are named in a message."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _member(text: str, start: int, wanted: str, decoder) -> tuple[int, int] | None:
    """(key offset, value offset) of the last member named `wanted` of the object at `start`."""
    hit, at = None, _SPACE.match(text, start + 1).end()
    while text.startswith('"', at):
        key, after = json.decoder.scanstring(text, at + 1)
        value = _SPACE.match(text, _SPACE.match(text, after).end() + 1).end()
        if key == wanted:
            hit = at, value
        at = _next(text, value, decoder)
    return hit


def _item(text: str, start: int, wanted: int, decoder) -> tuple[int, int] | None:
    """(offset, offset) of item `wanted` of the array at `start`."""
    at = _SPACE.match(text, start + 1).end()
    for _ in range(wanted):
        if text.startswith("]", at):
            return None
        at = _next(text, at, decoder)
    return None if text.startswith("]", at) else (at, at)


def _next(text: str, value: int, decoder) -> int:
    """The offset after the value at `value` and the comma that follows it."""
    _, end = decoder.raw_decode(text, value)
    end = _SPACE.match(text, end).end()
    return _SPACE.match(text, end + 1).end() if text.startswith(",", end) else end
