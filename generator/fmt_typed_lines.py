"""Reading a spec's lines as text, as `fmt --check` compares them: a line's key, its list item's dash, the column of
a block's keys, and a line as fmt writes its blanks or as a report quotes it (whether a line holds data or only a
comment is key_lines.holds_data, which the loader's slip modules ask too).

Kept apart because every part of `fmt --check` reads lines so (pairing items, cutting blocks, matching moves, the
words), and none of them should own what the others use; these read one line or a run of them, never compare texts.
"""
from __future__ import annotations

import re

from .key_lines import holds_data, indent_width
from .problems import clipped


TYPED_KEY = re.compile(r"[^#]*?:(?= |$)")
"""A line's key as typed, with its dash and colon: any text up to the first `: ` (or a colon ending the line), to be
matched by name however it is spelt; key_lines.KEY, the loader's, reads only keys spelt as the schemas spell them."""
DASH = re.compile(r" *- ")


def lead_start(lines: list[str], start: int) -> int:
    """The first of the comment and blank lines right above line `start`, which stay above the item it starts."""
    while start > 0 and not holds_data(lines[start - 1]):
        start -= 1
    return start


def lead_length(lines: list[str], span: tuple[int, int]) -> int:
    """How many comment and blank lines open a key's lines `span` (the lead lead_start finds, taken in with the key):
    the key's own line is that many lines below the span's first."""
    return next(n for n in range(span[1] - span[0]) if holds_data(lines[span[0] + n]))


def undashed(line: str) -> str:
    """A line opening a list item (`  - name: 甲`) with its dash as a blank, where its key stays: the key as another
    line of the item has it."""
    dash = DASH.match(line)
    return line[:dash.end() - 2] + " " + line[dash.end() - 1:] if dash else line


def with_head_undashed(lines: list[str], span: tuple[int, int], head: bool) -> list[str]:
    """The lines `span`, the first undashed when `head` (it opens a list item, and its key goes where it is no item's
    first, or comes from there): the key and what it holds as they stand at either place, to be matched."""
    i1, i2 = span
    return [undashed(lines[i1]), *lines[i1 + 1:i2]] if head else lines[i1:i2]


def data_lines(lines: list[str], i1: int, i2: int) -> list[int]:
    """The lines in `lines[i1:i2]` that hold a key or a value: neither blank nor a comment."""
    return [n for n in range(i1, i2) if holds_data(lines[n])]


def key_column(lines: list[str], i1: int, i2: int) -> int:
    """The column (0-based, a list item's dash read as a blank) of the outermost keys a moved block holds."""
    return min((indent_width(undashed(lines[n])) for n in data_lines(lines, i1, i2)), default=0)


def as_written(lines: list[str]) -> tuple[str, ...]:
    """The lines that are not blank, each without its indentation and with every run of blanks as one: how fmt
    writes a key and its value (`basic:  610.85` is `basic: 610.85`), which a move is matched on."""
    return tuple(line_as_written(line) for line in lines if line.strip())


def line_as_written(line: str) -> str:
    """One line as as_written has it, blank or not: the diff anchors on lines so, and a key is read from one so."""
    return " ".join(line.split())


def key_of(line: str) -> str:
    """A line's key with its dash and colon (`- name:`), or the whole line when it has none (a comment)."""
    written = line_as_written(line)
    typed = TYPED_KEY.match(written)
    return typed.group(0) if typed else written


def excerpt(line: str) -> str:
    """A line as `fmt --check` quotes it (“…”): without its indentation, cut at 30 characters, so that a place's words
    stay one line of the report; the quotation marks are the caller's, around the words they belong to."""
    return clipped(line.strip(), 30)
