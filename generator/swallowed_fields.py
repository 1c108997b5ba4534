"""Fields typed as a line of the `|` block above them: indented two spaces too many, YAML reads them as text.

A key after a `|` block that stands at the block's own indent is one more line of the block's text, and its field
stays unwritten. TEXT-SWALLOWED-KEY warns of an optional field so swallowed; the schema's check says where a
required one went instead of telling the author to add a second copy of it. Both recognise the line here, so that
they name the same lines.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from . import datapath
from .key_lines import indent_width
from .schema_words import declared

_KEY = re.compile(r"(?P<key>[^\s#:\"'][^#:]*?)[ ]*:(?:[ ]|$)")


class Swallowed(NamedTuple):
    """A line of the `|` block at `block` that is the field `field` of the block's mapping, typed as `typed` (the
    field's name or its title), at `line` and `column` (1-based, of its first character); `text` is the line."""

    block: tuple
    field: str
    typed: str
    line: int
    column: int
    text: str


def swallowed_fields(spec, store, file_name: str, block: tuple) -> Iterator[Swallowed]:
    """The fields swallowed by the value at `block`, when it is a `|` block of a mapping: each line that reads
    exactly as a field the mapping declares and lacks (`key_work: …`, or its title `重点工作: …`), with no text at
    the block's indent below it, so that a paragraph with an ASCII colon is not one."""
    text = datapath.get(spec.data, block) if block else None
    holder = datapath.get(spec.data, block[:-1]) if block else None
    if not isinstance(holder, dict) or not isinstance(text, str) or ":" not in text:
        return
    line, _, typed = spec.typed(block)
    if not typed.startswith("|"):  # a `>` block folds its lines, and a line can no longer be told apart
        return
    fields = _fields(store, file_name, block[:-1])
    contents = text.split("\n")
    for offset, content in enumerate(contents, 1):
        found = _KEY.match(content)
        meant = fields.get(found["key"]) if found else None
        if meant is None or meant in holder or not _only_keys_after(contents[offset:]):
            continue
        yield Swallowed(block, meant, found["key"], line + offset, indent_width(spec.lines[line + offset - 1]) + 1,
                        content.rstrip())


def swallowing(spec, store, file_name: str, mapping: tuple, key: str) -> Swallowed | None:
    """Where the field `key`, which the mapping at `mapping` lacks, was typed as a line of one of its `|` blocks."""
    fields = datapath.get(spec.data, mapping)
    blocks = [mapping + (name,) for name, value in fields.items() if isinstance(value, str)] \
        if isinstance(fields, dict) else []
    return next((found for block in blocks for found in swallowed_fields(spec, store, file_name, block)
                 if found.field == key), None)


def _only_keys_after(contents: list[str]) -> bool:
    """Whether the block's lines below a swallowed key could all be swallowed too: each blank, deeper than the
    block's indent (the key's own value), or key-shaped. Text at the block's indent after it means the author's
    paragraph goes on, so the key-shaped line is a sentence of that text (`重点工作: 规划编制` over `（含年度计划）`)."""
    return all(not content.strip() or content[0].isspace() or _KEY.match(content) for content in contents)


def _fields(store, file_name: str, path: tuple) -> dict[str, str]:
    """The fields the mapping at `path` declares, each under its name and under its Chinese title: {typed: field}."""
    keys = [str(key) for key in declared(store.node_at(file_name, path))]
    return {**{store.titles(file_name, path + (key,))[-1]: key for key in keys}, **{key: key for key in keys}}
