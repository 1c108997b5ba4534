"""A spec's data as the forms print it: each `|` or `>` block's text without the line break that ends it.

A clerk writes a one-line value as a block (`unit: |` over the unit's name) as readily as on the key's line, and
YAML keeps the break ending a block's last line in the text ("某某单位\\n"): Word printed it as a
`<w:br/>`, an empty line under the name in its cell, and the form's title and file name held it too. That break is
YAML's, not the clerk's, so the forms drop it. Only it: a `|+` block's blank lines after the text were asked for and
stay, as do a quoted text's `\\n` and every break inside a text; a `|-` block ends in none. Validation still reads
the text as YAML gives it (trailing_break tells a pattern's field the break is refused).

Only the node tree says how a value was typed: the fast parser's nodes carry their style, the round-trip
parser's data (read when the fast parse failed) holds a block as a str subclass.
"""
from __future__ import annotations

from typing import Any

from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString


def printed(data: Any, tree: Any) -> Any:
    """`data` with every block text's closing line break taken out; `tree` is the node tree it was read from
    (a composed Node or round-trip data), None when there is none (data made by jixiao itself)."""
    if isinstance(data, dict):
        below = _mapping_children(tree, data)
        return {key: printed(value, below.get(index)) for index, (key, value) in enumerate(data.items())}
    if isinstance(data, list):
        below = _sequence_children(tree, data)
        return [printed(value, below.get(index)) for index, value in enumerate(data)]
    if isinstance(data, str) and data.endswith("\n") and _is_block(tree):
        return data[:-1]
    return data


def _is_block(tree: Any) -> bool:
    return isinstance(tree, (LiteralScalarString, FoldedScalarString)) or \
        (isinstance(tree, ScalarNode) and tree.style in ("|", ">"))


def _mapping_children(tree: Any, data: dict) -> dict[int, Any]:
    """The subtree of each of `data`'s entries by its place: a mapping node's values are in the order the data's
    keys were read (a key typed twice is refused on loading), round-trip data is the data itself."""
    if isinstance(tree, MappingNode) and len(tree.value) == len(data):
        return {index: node for index, (_, node) in enumerate(tree.value)}
    if isinstance(tree, dict) and list(tree) == list(data):
        return dict(enumerate(tree.values()))
    return {}


def _sequence_children(tree: Any, data: list) -> dict[int, Any]:
    if isinstance(tree, SequenceNode) and len(tree.value) == len(data):
        return dict(enumerate(tree.value))
    if isinstance(tree, list) and len(tree) == len(data):
        return dict(enumerate(tree))
    return {}
