"""One place where a spec as typed differs from the text `fmt` writes, and its words, put together when asked.

Kept apart so that every part of `fmt --check` that finds places (fmt_check, fmt_key_moves, fmt_diffed_blocks) makes
them alike without importing the entry, which imports those parts.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Difference:
    """One place where a file differs from its formatted text: its first and last line, the column when the words
    are about one place (else 0), and what fmt would change there. A block is one of several lines fmt rewrites; the
    other kind is a note on the whole file (line ends, a byte-order mark, the lists' indentation), said once, at the
    first line it is about (the first line break fmt rewrites): listed without a line among places with one, the
    line ends read as no place, yet were counted as one."""

    line: int
    last: int
    column: int
    told: str | Callable[[], str] = field(repr=False)
    block: bool = False

    @cached_property
    def words(self) -> str:
        """What fmt changes there, put in words when asked: a move names its fields as validate names them, which for
        3,000 items with their keys reversed (12,000 moves) took longer than the rest of `fmt --check`, which shows 20."""
        return self.told if isinstance(self.told, str) else self.told()

    @property
    def said(self) -> str:
        """The words, after the block's range when it spans lines (第 7–9 行：), which a place `file:7` leaves out."""
        return f"第 {self.line}–{self.last} 行：{self.words}" if self.last > self.line else self.words
