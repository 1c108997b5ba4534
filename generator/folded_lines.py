"""The lines a value folded by YAML was typed on: a `>` block, a quoted value or a plain one going on below its line.

YAML joins such a value's lines with a space (a blank line between two of them with a line break), so its text no
longer says where each line of the file ended: a message about a line's end (a full-width space the editor shows as
nothing there) pointed at the value's first line. A `|` block keeps its lines one for one (Spec.place finds them),
and is none of these.
"""
from __future__ import annotations

from typing import NamedTuple

from .key_lines import indent_width


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
        opens_line = not lines[line - 1][:column - 1].strip()
        base = column - 2 if opens_line else indent_width(lines[line - 1])
        typed = [TypedLine(line, column, first.rstrip(" \t")), *_deeper(lines, line, base, comments=False)]
    while typed and not typed[-1].text and first[:1] not in "\"'":  # blank lines after a block or a plain value
        typed.pop()  # are none of its own; a quoted value's last line may be its closing quote alone
    return typed if typed and len(typed) > 1 else None


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
