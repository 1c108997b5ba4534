"""How far after its line's text `jixiao fmt` writes a comment that ends a line.

ruamel writes such a comment at the column it was typed at. That suits a line written as typed, but
fmt rewrites lines: a `{…}` typed on one line becomes one entry per line, and a comment typed after
it or after one of its entries stood far to the right of its now short line; text that gained quotes
(`90%` → `"90%"`) pushed its comment to one space away, which yamllint flags. So, for each comment
that ends a line:

- on a line fmt writes as typed, it stays where typed (to the space);
- typed inside or after a flow collection, it is two spaces after the text: the text it was typed
  after (other entries, a comma, a bracket) is not on this line any more;
- typed at the same column as a comment on the line above or below (people align comments on
  purpose), it keeps that column (by display width: a Chinese character takes two) as long as two
  spaces are left, so that a column of comments stays one when fmt re-indents some of its lines
  (`budget:` stays, its keys move from 4 spaces in to 2) or drops quotes on one;
- otherwise it keeps the distance from the text it was typed with, at least two spaces: lines
  re-indented alike keep their comments aligned among themselves. After a key left empty, which fmt
  writes `key: null` as the specs write an empty cell, the first blank typed after the colon is the one
  before `null`: `key:   # c`, typically a value deleted from `key: 1  # c`, becomes `key: null  # c`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

from .help_format import width
from .yaml_lines import BOM

END_OF_LINE_COMMENT = re.compile(r" *[^\s#].*?\s#")
"""A line's text, then the first `#` after a blank: where a comment ending the line starts, as `fmt --check` reads
it too (a key line's comment, one fmt lifts to a line of its own)."""
MIN_SPACES = 2  # yamllint's comments: min-spaces-from-content


@dataclass(frozen=True)
class Typed:
    """Where a comment that ends a line was typed."""

    text: str  # the line's text before it, without the blanks between
    gap: int  # those blanks
    flow: bool = False  # inside a `{…}` or `[…]`, whose entries fmt writes on lines of their own
    aligned: bool = False  # at the display column of a comment that ends the line above or below


class TypedComment(CommentToken):
    """A comment token that knows where it was typed (see `Typed`)."""

    __slots__ = ("typed",)

    def __init__(self, value: str, typed: Typed, start_mark: Any, end_mark: Any = None):
        super().__init__(value, start_mark, end_mark)
        self.typed = typed


class TypedText(str):
    """The comment after a block's `|` or `>` (with the blanks before it), as ruamel keeps it: a string,
    which knows where it was typed."""

    typed: Typed

    def __new__(cls, comment: str, typed: Typed):
        text = super().__new__(cls, comment)
        text.typed = typed
        return text


def moved_comment(value: str, gap: int = MIN_SPACES) -> TypedComment:
    """A comment fmt puts at the end of another line than it was typed on, `gap` blanks (at least two) after
    that line's text."""
    return TypedComment(value, Typed("", gap), CommentMark(0))


def typed_gap(token: Any) -> int:
    """The blanks typed before the comment `token`, where known (else the least yamllint accepts)."""
    return token.typed.gap if isinstance(token, TypedComment) else MIN_SPACES


def typed_place(text: str, at: int, flow: bool) -> Typed:
    """Where the comment starting at `text[at]` was typed (`flow`: inside a flow collection)."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    above = _line_from(text, text.rfind("\n", 0, start - 1) + 1) if start else ""
    below = _line_from(text, end + 1) if end >= 0 else ""
    before = text[start:at].lstrip(BOM)
    content = before.rstrip(" \t")
    aligned = not flow and any(_comment_column(line) == width(before) for line in (above, below))
    return Typed(content, len(before) - len(content), flow, aligned)


def _line_from(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].lstrip(BOM)


def _comment_column(line: str) -> int | None:
    """The display column of the comment that ends `line`, if one does."""
    found = END_OF_LINE_COMMENT.match(line)
    return width(line[:found.end() - 1]) if found else None


def spaces_before(written: str, typed: Typed) -> int:
    """How many spaces to write between `written`, the line's text as fmt writes it, and its comment."""
    if written == typed.text:
        return typed.gap
    if typed.flow:
        return MIN_SPACES
    to_column = width(typed.text) + typed.gap - width(written)
    if typed.aligned and to_column >= MIN_SPACES:
        return to_column
    if typed.text.endswith(":") and not written.endswith(":"):
        return max(MIN_SPACES, typed.gap - 1)  # the colon's blank went to the `null` written there (`key:   # c`)
    return max(MIN_SPACES, typed.gap)


class LineStream:
    """An output stream that remembers the line being written, for the emitter to place a comment after it.

    The line is kept as the pieces written since its start and joined when asked: the emitter writes a plain text
    word by word, and joining at each word made a 1 MB line of words take minutes to format (quadratic)."""

    def __init__(self, stream: Any):
        self.stream, self._pieces = stream, [""]

    @property
    def line(self) -> str:
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0]

    def write(self, data: str | bytes) -> Any:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        if "\n" in text:
            self._pieces = [text.rpartition("\n")[2]]
        else:
            self._pieces.append(text)
        return self.stream.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
