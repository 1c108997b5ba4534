"""What the editor inserts for a schema's `defaultSnippets`, read as the YAML data it becomes.

A snippet's `body` is JSON whose strings are YAML text, inserted as they are; its `bodyText` is YAML
text. Both hold VS Code placeholders the clerk types over with Tab: `${1:（请填写）}`, a choice
`${1|（请填写）,产出指标|}`, a bare `${1}` or `$1`, the final cursor `$0`; and variables the editor
fills in (`${CURRENT_YEAR}`, `$TM_FILENAME_BASE`, `${CURRENT_YEAR:2024}`), whose value a schema's
author cannot know either: both are holes, what fills them is not the snippet's. The schema check reads
what a snippet becomes to see that it fits its schema (snippet_check); jixiao's tests read it with an
example spec's values typed in.
"""
from __future__ import annotations

import copy
import functools
import json
import re
from typing import Any, Callable

_NAME = r"\d+|[_a-zA-Z][_a-zA-Z0-9]*"
HOLE = re.compile(rf"\$\{{({_NAME})(?::([^}}]*)|\|([^|]*)\|)?\}}|\$({_NAME})")
"""A placeholder or a variable: its number or name, then its default text, or the options of a choice,
or neither."""

_LONE = re.compile(r"^[ \t]*(?:\$\d+|\$\{\d+\})[ \t]*$", re.MULTILINE)
"""A bare tab stop alone on its line (`$0` most often, the cursor's last stop after the text)."""

_TOKEN = re.compile(r"hole(\d+)_")


def options(hole: re.Match) -> list[str]:
    """The options a choice offers; none for another placeholder."""
    return hole[3].split(",") if hole[3] is not None else []


def body(snippet: dict, item: bool) -> Any:
    """A snippet's `body`, or its `bodyText` read back into one: each value the YAML text that reads as
    it, a value holding a placeholder the text it holds, in the double quotes the text gives it. The text
    of a list `item`'s snippet is what follows its `- `. A text read back keeps ruamel's line and column
    of each key and item (of the text after `- ` for an item, so its first line is two columns on).
    A bare tab stop alone on its line is the nothing the editor leaves there where YAML would read the
    line as a key of its own (a `$0` after the last field): read as a value there, it made the text no
    YAML. Where YAML reads it as (part of) a value, a block text's line or a value on the next line, it
    stays what the clerk types. A YAMLError when the text is no YAML."""
    if "body" in snippet:
        return snippet["body"]
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    holes = []

    def token(hole):
        holes.append(hole[0])
        return f"hole{len(holes)}_"

    def restored(node):
        if isinstance(node, dict):
            for key, value in node.items():
                node[key] = restored(value)
            return node
        if isinstance(node, list):
            node[:] = [restored(value) for value in node]
            return node
        if not isinstance(node, str) or not _TOKEN.search(node):
            return _as_text(node)
        value = _TOKEN.sub(lambda found: holes[int(found[1]) - 1], node)
        return f'"{value}"' if isinstance(node, DoubleQuotedScalarString) else value

    def read(text: str) -> Any:
        holes.clear()
        yaml = YAML()
        yaml.preserve_quotes = True
        tokened = HOLE.sub(token, text)
        loaded = yaml.load(f"- {tokened}" if item else tokened)
        return restored(loaded[0] if item else loaded)

    text = snippet["bodyText"]
    try:
        return read(text)
    except YAMLError:
        emptied = _LONE.sub("", text)  # each line kept, so ruamel's lines and columns stay the text's
        if emptied == text:
            raise
    return read(emptied)


def _as_text(value: Any) -> str:
    """YAML text that reads as `value`, as a `body` writes it: JSON is YAML, so a text stays a text
    (`"2024"`) and an empty value null, not the text "None"; a date reads back from its own text."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except TypeError:
        return str(value)


def inserted(snippet_body: Any, typed: Callable[[tuple, re.Match], str], path: tuple = ()) -> Any:
    """The data the editor's insertion of a `body` (see `body`) reads as, each placeholder replaced by
    the text `typed(path of its value, placeholder)`: each value of a body is YAML text, inserted as it is."""
    if isinstance(snippet_body, dict):
        return {key: inserted(value, typed, (*path, key)) for key, value in snippet_body.items()}
    if isinstance(snippet_body, list):
        return [inserted(value, typed, (*path, index)) for index, value in enumerate(snippet_body)]
    if not isinstance(snippet_body, str):
        return snippet_body
    read = _read(HOLE.sub(lambda hole: typed(path, hole), snippet_body))
    return copy.deepcopy(read) if isinstance(read, (dict, list)) else read


@functools.lru_cache(maxsize=1024)
def _read(text: str) -> Any:
    """A body's value read as YAML: each once, as the schema check reads a snippet's values again for
    every option of each choice in it."""
    return _safe_yaml().load(text)


@functools.cache
def _safe_yaml():
    from ruamel.yaml import YAML

    return YAML(typ="safe")
