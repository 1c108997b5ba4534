"""Names of items as `jixiao diff` shows them in a place (`绩效指标 › 数量指标 › 举办活动次数：指标值`).

A place is read at a glance, before the change after it. Names typed as sentences made that hard: a
task name ending in 。 gave `…高校台生。：拟投入的资金`, and a 二级 that lists a department's duties (50
and more characters, repeated on every row under it) made every place under it several lines long.
So a name is shown without its final punctuation (`filled_text.unpunctuated`), and one
longer than `LONG` characters is cut after its first clause that is no other name's start (`负责机关正常
运转，负责机关重要会务、接待工作；…` → `负责机关正常运转…`), or, with no such clause, after the characters
that tell it from every other name: two places never read alike, and the name can still be found in the spec.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import filled_text

LONG = 24
"""Longer names are cut: 24 characters keep a task name written as one short sentence whole."""
_SHORTEST = 6  # a first clause shorter than this (宣传、) says too little alone
_SAVED = 4  # a cut that leaves out fewer characters (the ellipsis counts as one) is no shorter
_CLAUSE_END = re.compile(r"[，,；;、。：:]")
_ELLIPSIS = "…"


class ShortNames:
    """Each item name in the specs compared, as a place shows it, told apart from every other name in them."""

    def __init__(self, *datas: Any, keys: tuple[str, ...]):
        """`keys`: the fields of a list item that hold its names (an indicator's 一级, 二级 and 三级; a task's name)."""
        typed = {name for data in datas for name in _names(data, keys)}
        quoted = Counter(unpunctuated(name) for name in typed)
        # two names that differ in their final punctuation alone (`活动。` and `活动`) are shown as typed
        self._shown = {name: unpunctuated(name) if quoted[unpunctuated(name)] == 1 else name for name in typed}
        shown = set(self._shown.values())
        self._shown = {name: _cut(short, shown - {short}) if len(short) > LONG else short
                       for name, short in self._shown.items()}

    def __call__(self, name: str) -> str:
        return self._shown.get(name) or unpunctuated(name)


def unpunctuated(name: str) -> str:
    """A name without its final punctuation (`执行时限。` → `执行时限`, `.NET培训；` → `.NET培训`), before a ：, or as a
    place shows it; a name of punctuation alone as typed."""
    return filled_text.unpunctuated(name) or name


def _names(data: Any, keys: tuple[str, ...]):
    """Every name an item of a list is known by (its `keys`), at any depth."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _names(value, keys)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict):
                yield from (item[key] for key in keys if isinstance(item.get(key), str))
            yield from _names(item, keys)


def _cut(name: str, others: set[str]) -> str:
    """The shortest head of `name` no other name begins with, ended at a clause where one is short enough,
    and an ellipsis; the whole name where no head is a few characters shorter."""
    clauses = [found.start() for found in _CLAUSE_END.finditer(name) if _SHORTEST <= found.start() <= LONG]
    for end in clauses + list(range(LONG, len(name))):
        head = filled_text.unpunctuated(name[:end])
        if len(head) > len(name) - _SAVED:
            break
        if head and not any(other.startswith(head) for other in others):
            return head + _ELLIPSIS
    return name
