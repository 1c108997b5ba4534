"""The diff's blocks cut where fmt's changes begin and end: at list items, at keys, and at a list item's first key
where fmt moves it down in its item or another key up to be first, so that each block is one key's move.

Kept apart from matching the cut blocks to where they go (fmt_diffed_blocks): these only reshape the blocks, from
the lines alone.
"""
from __future__ import annotations

from collections.abc import Container

from .fmt_typed_lines import DASH, as_written, data_lines, key_column, undashed, with_head_undashed
from .key_lines import holds_data, indent_width


def by_item(lines: list[str], formatted: list[str], block: tuple) -> list[tuple]:
    """`block` cut where list items start, each typed item's lines with the formatted lines of the same item, when both
    sides start the same number of items (the lines above the first, the end of the item before, paired too): in a
    list whose items all have keys out of order, the lines that anchor the diff are few, and one block held the end
    of an item and the start of the next (the last keys of one indicator went where the next one's first key was
    typed), which read as one key rewritten into another."""
    tag, i1, i2, j1, j2 = block
    old, new = _item_starts(lines, i1, i2), _item_starts(formatted, j1, j2)
    if tag != "replace" or not old or len(old) != len(new):
        return [block]
    cuts = list(zip([i1, *old], [j1, *new])) + [(i2, j2)]
    return [("replace" if a1 < a2 and b1 < b2 else "delete" if a1 < a2 else "insert", a1, a2, b1, b2)
            for (a1, b1), (a2, b2) in zip(cuts, cuts[1:]) if a1 < a2 or b1 < b2]


def _item_starts(lines: list[str], lo: int, hi: int) -> list[int]:
    """The lines in `lines[lo:hi]` that start an item of the outermost list that starts one there."""
    dashes = [(n, DASH.match(lines[n]).end()) for n in range(lo, hi) if DASH.match(lines[n])]
    column = min((end for _, end in dashes), default=0)
    return [n for n, end in dashes if end == column]


def by_key(lines: list[str], formatted: list[str], blocks: list[tuple], heads: Container[int],
           incoming: Container[int]) -> list[tuple]:
    """`blocks` with each deleted block that no added block matches line for line cut into its keys (each with the
    comment lines above it, which fmt moves with it), and so each added block that no deleted block matches: two keys
    of one item typed together (`level2:` and `annual_value:` below `name:`) may go to two places, and the first, found
    by its key, took the second along, which read as 加上 where it goes."""
    def text(lines: list[str], at: int, end: int, dashed: Container[int]) -> tuple[str, ...]:
        return as_written(with_head_undashed(lines, (at, end), at in dashed))

    added = {text(formatted, j1, j2, incoming) for tag, _, _, j1, j2 in blocks if tag == "insert"}
    removed = {text(lines, i1, i2, heads) for tag, i1, i2, _, _ in blocks if tag == "delete"}
    found: list[tuple] = []
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "delete" and text(lines, i1, i2, heads) not in added:
            found += [(tag, a, b, j1, j2) for a, b in _key_spans(lines, i1, i2)]
        elif tag == "insert" and text(formatted, j1, j2, incoming) not in removed:
            found += [(tag, i1, i2, a, b) for a, b in _key_spans(formatted, j1, j2)]
        else:
            found.append((tag, i1, i2, j1, j2))
    return found


def _key_spans(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """`lines[lo:hi]` cut at each key at the outermost column, the comment and blank lines above a key going with it."""
    column = key_column(lines, lo, hi)
    keys = [n for n in data_lines(lines, lo, hi) if indent_width(undashed(lines[n])) == column]
    starts = [lo] + [next(m for m in range(n, lo - 1, -1) if m == lo or holds_data(lines[m - 1])) for n in keys[1:]]
    return list(zip(starts, [*starts[1:], hi]))


def item_heads(lines: list[str], formatted: list[str], blocks: list[tuple], keep: Container[int] = ()) \
        -> tuple[list[tuple], dict[int, int], dict[int, int]]:
    """`blocks` with the first key of a list item split off as a block of its own where fmt moves it down in its item
    (`- name: 甲` typed above `level1:`), or moves another key up to be first (`name:` typed below `content:`), but for
    the blocks starting at a typed line in `keep`; with where the `- ` goes ({the head's first typed line: the line
    taking its dash}) and where it comes from ({the new head's first formatted line: the typed line losing it}).

    The diff sees `- name: 甲` become `- level1: 产出指标`, and `name: 甲` added further down, each a line of its own
    (the dash is part of the line), and said 改为 and 加上 (or 改写后移走) of a key fmt only moves. Split so, the head is
    a deleted (or added) block the move finder matches to where its key goes (without its dash), and the lines between,
    the same but for the `- `, are no change of their own. A replace block of any other shape is kept."""
    found: list[tuple] = []
    heads: dict[int, int] = {}
    incoming: dict[int, int] = {}
    for block in blocks:
        tag, i1, i2, j1, j2 = block
        item = tag == "replace" and i1 not in keep and DASH.match(lines[i1]) and DASH.match(formatted[j1])
        down = item and _item_head(lines[i1:i2], formatted[j1:j2])
        up = item and not down and _item_head(formatted[j1:j2], lines[i1:i2])
        if down:
            head, rest = down
            heads[i1] = i1 + head
            found.append(("delete", i1, i1 + head, j1, j1))
            if rest < j2 - j1:
                found.append(("insert", i2, i2, j1 + rest, j2))
        elif up:
            head, rest = up
            incoming[j1] = i1
            found.append(("insert", i1, i1, j1, j1 + head))
            if rest < i2 - i1:
                found.append(("delete", i1 + rest, i2, j2, j2))
        else:
            found.append(block)
    return found, heads, incoming


def _item_head(old: list[str], new: list[str]) -> tuple[int, int] | None:
    """How many lines the first key of a list item in `old` takes where it is no longer first in `new` (its line, those
    it holds, and keys the schema does not know typed below it, which go with it), and how many lines of `new` the
    lines below them are, there with the item's `- ` on the first (None when the block is not so)."""
    for head in range(1, len(old)):
        if old[head] == undashed(new[0]):
            rest = len(old) - head
            same = rest <= len(new) and all(old[head + n] == new[n] for n in range(1, rest))
            return (head, rest) if same else None
    return None
