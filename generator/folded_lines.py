"""The lines a value folded by YAML was typed on: a `>` block, a quoted value or a plain one going on below its line.

YAML joins such a value's lines with a space (a blank line between two of them with a line break), so its text no
longer says where each line of the file ended: a message about a line's end (a full-width space the editor shows as
nothing there) pointed at the value's first line. A `|` block keeps its lines one for one (Spec.place finds them),
and is none of these.
"""
from __future__ import annotations

from typing import NamedTuple

from .key_lines import KEY_LINE, indent_width


class TypedLine(NamedTuple):
    """One line of a folded value as typed: its 1-based line and column, and its text there (without the indent,
    the quotes, or what follows a closing quote); "" for a blank line."""

    line: int
    column: int
    text: str


def folded_lines(lines: list[str], line: int, column: int) -> list[TypedLine] | None:
    """The lines of the value typed at `line`, `column` (1-based, as Spec.typed gives them) when it is folded over
    two or more; None for a one-line value, a `|` block, or one whose end cannot be found (a quote left open)."""
    first = lines[line - 1][column - 1:]
    if first.startswith("|"):
        return None
    if first[:1] in "\"'":
        typed = quoted_lines(lines, line, column)
    elif first.startswith(">"):
        typed = block_lines(lines, line)
    else:
        base = _plain_base(lines[line - 1], column)
        typed = [TypedLine(line, column, first.rstrip(" \t")), *_deeper(lines, line, base, comments=False)]
    while typed and not typed[-1].text and first[:1] not in "\"'":  # blank lines after a block or a plain value
        typed.pop()  # are none of its own; a quoted value's last line may be its closing quote alone
    return typed if typed and len(typed) > 1 else None


def _plain_base(first: str, column: int) -> int:
    """The indent a plain value's lines below `first` (its line, the value at `column`) go on deeper than: its key's
    column (`- content: 甲`: the key's, not the dash's, whose sibling `goal:` below is no line of the value), the
    dash's for an item of a list of texts (`- 甲`), or one less than the value's own when it opens its line."""
    if not first[:column - 1].strip():
        return column - 2
    key = KEY_LINE.match(first)
    if key and key.end() < column:
        return key.start("key")
    before = first[:column - 1].rstrip()
    return len(before) - 1 if before.endswith("-") else indent_width(first)


def block_lines(lines: list[str], line: int) -> list[TypedLine]:
    """The lines of the block whose `>` is on `line`: those below it indented deeper, and blank ones among them (and
    after them). TEXT-LINE-BREAK reads a `>` block's lines here too, so that both rules take the same lines for it."""
    return _deeper(lines, line, indent_width(lines[line - 1]), comments=True)


def _deeper(lines: list[str], line: int, base: int, comments: bool) -> list[TypedLine]:
    """The lines below `line` indented deeper than `base`, and blank ones among them; a comment ends a plain value
    (`comments` False), and is text in a block."""
    found = []
    for number in range(line + 1, len(lines) + 1):
        content = lines[number - 1]
        text = content.strip(" \t")
        if text and (indent_width(content) <= base or (not comments and text.startswith("#"))):
            break
        found.append(TypedLine(number, indent_width(content) + 1, text))
    return found


def quoted_lines(lines: list[str], line: int, column: int) -> list[TypedLine] | None:
    """The lines of the quoted value opening at `line`, `column` (its quote's, 1-based), to its closing quote: `\\"`
    (double quotes) and `''` (single) are no close. None when no close is found. A one-line value is one line."""
    quote = lines[line - 1][column - 1]
    found, start = [], column  # `start`: the 0-based index where this line's text begins
    for number in range(line, len(lines) + 1):
        content = lines[number - 1]
        if number > line:
            start = len(content) - len(content.lstrip(" \t"))
        at = start
        while at < len(content):
            char = content[at]
            if quote == '"' and char == "\\":
                at += 2
                continue
            if char == quote and quote == "'" and content[at + 1:at + 2] == "'":
                at += 2
                continue
            if char == quote:
                found.append(TypedLine(number, start + 1, content[start:at]))
                return found
            at += 1
        found.append(TypedLine(number, start + 1, content[start:].rstrip(" \t")))
    return None
