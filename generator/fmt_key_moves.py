"""The keys fmt puts in the schema's order in each list item and mapping, told as moves item by item, with the typed
text rewritten as if those keys were typed in order, which the diff then compares for what else changed.

Kept apart from the diff of the whole file (fmt_diffed_blocks): a list whose every item had its keys scrambled left
the diff few lines to anchor on, so items are matched by key name here first.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from .fmt_difference import Difference
from .fmt_item_pairs import paired_items
from .fmt_line_diff import heaviest_rising
from .fmt_typed_lines import DASH, as_written, lead_length, lead_start, undashed, with_head_undashed
from .fmt_words import move_words
from .key_lines import indent_width


def reordered_items(lines: list[str], formatted: list[str], field_at: Callable[[int], str | None]) \
        -> tuple[list[Difference], Callable[[int], int], list[str]]:
    """The moves in each list item and mapping whose keys fmt puts in order (each key as many lines as fmt writes), with
    the typed line (1-based) of each line of the typed text with those keys in order, and that text, which holds their
    other changes (a key left in place but retyped, a key moved and retyped, a block re-indented). Told from the diff of
    the whole file, a list whose every item had its keys scrambled left few lines to anchor on, blocks spanned two
    items, and from the eighth indicator on keys read as rewritten into others (改为, 加上) where fmt only moves them. Each
    item's keys are matched by name instead: the longest run of them already in order stays, and each run of the others
    typed together and going together is one move. Items are paired as paired_items pairs them, an item's nested lists
    before the item: put in order first, a nested list is one key of its item with its lines, which matches where fmt
    writes it however its own items' keys were typed."""
    in_order, at = list(lines), list(range(len(lines)))
    found: list[Difference] = []
    for (a, b, typed), (c, d, written) in paired_items(lines, formatted):
        if list(typed) == list(written) or typed.keys() != written.keys():
            continue
        first = next(iter(written))
        lifted = lead_length(lines, typed[first])  # above the key fmt writes first: fmt puts them above the item
        a0, c0 = lead_start(lines, a), lead_start(formatted, c)
        own = {key: (i1 + lifted * (key == first), i2) for key, (i1, i2) in typed.items()}
        lead = list(range(a0, a)) + list(range(typed[first][0], own[first][0]))
        order, keys, dashed = list(written), list(typed), bool(DASH.match(lines[a]))
        stay = {keys[n] for n in heaviest_rising([order.index(key) for key in keys],
                                                 [own[key][1] - own[key][0] for key in keys])}
        # kept as typed (the diff tells what else changed in it), but for a key fmt moves, once written as fmt writes
        # it the same lines; the key fmt writes first in an item takes the item's `- `, and is written so
        kept = {key: key in stay and (key != first or own[key][0] == a or not dashed) for key in order}
        alike = {key: _alike(_item_lines(in_order, own[key], a), _item_lines(formatted, span, c))
                 for key, span in written.items()}
        if b - a0 != d - c0 or sorted(as_written([lines[n] for n in lead])) != sorted(as_written(formatted[c0:c])) \
                or any(own[key][1] - own[key][0] != span[1] - span[0] for key, span in written.items()) \
                or (dashed and not kept[first] and not alike[first]):
            continue
        item, item_at = in_order[a0:b], at[a0:b]  # as typed, its nested lists' keys already in order
        place = a0 + c - c0
        in_order[a0:place], at[a0:place] = formatted[c0:c], [item_at[n - a0] for n in lead]  # comments above the item
        for n, key in enumerate(order):  # the typed lines in fmt's order, moved keys as fmt writes them
            (i1, i2), (j1, j2) = own[key], written[key]
            # first as typed, or its dash read as a blank; a mapping's first key has no dash to take, and kept as
            # typed its own change (a gap, an indentation) is told once, by the diff, not hidden by the move; a
            # moved key retyped on the way too is typed lines where fmt writes it, told rewritten there
            typed_lines = _item_lines(item, (i1 - a0, i2 - a0), a - a0)
            in_order[place:place + i2 - i1] = (
                item[i1 - a0:i2 - a0] if kept[key] and n == 0 else typed_lines if kept[key] or not alike[key]
                else list(map(_at_column_of, formatted[j1:j2], typed_lines)))
            at[place:place + i2 - i1] = item_at[i1 - a0:i2 - a0]
            place += i2 - i1
        found += _item_moves(lines, formatted, (a, c), typed, written, stay, field_at)
    return found, lambda line: at[line - 1] + 1 if 0 < line <= len(at) else line, in_order


def _at_column_of(written: str, typed: str) -> str:
    """A moved line as fmt writes it, at the column it was typed at (a dash read as a blank): a block indented 4
    spaces with a key moved in it is re-indented throughout, and the moved line written at fmt's column split the
    re-indentation in two, its line above told apart from the rest (缩进改为 2 格, then 第 8–13 行：整块左移 2 格)."""
    if not (written.strip() and typed.strip()):
        return written
    shift = indent_width(undashed(typed)) - indent_width(undashed(written))
    return " " * shift + written if shift >= 0 else written[-shift:] if not written[:-shift].strip() else written


def _alike(typed: list[str], written: list[str]) -> bool:
    """Whether lines are the same once written as fmt writes them, most often as typed already."""
    return typed == written or as_written(typed) == as_written(written)


def _item_lines(lines: list[str], span: tuple[int, int], start: int) -> list[str]:
    """A key's lines in a list item, its dash read as a blank when it is the item's first."""
    return with_head_undashed(lines, span, span[0] == start)


def _item_moves(lines: list[str], formatted: list[str], starts: tuple[int, int], typed: dict, written: dict,
                stay: set[str], field_at: Callable[[int], str | None]) -> list[Difference]:
    """One move for each run of keys that leave their place in one list item, typed together and going together:
    after the typed line of the key fmt writes before them (moved too, it is told its own move), or first in the
    item, taking its `- `; the key typed first, moved, leaves its `- ` to the key fmt writes first. A mapping's keys
    (`starts` at its first key, no `- `) move the same way, with no `- ` to tell of."""
    a, c = starts
    typed_at, order = {key: n for n, key in enumerate(typed)}, list(written)
    written_at = {key: n for n, key in enumerate(order)}
    first = order[0]
    runs: list[list[str]] = []
    for key in typed:
        if key in stay:
            continue
        last = runs[-1][-1] if runs else None
        if last and typed_at[last] + 1 == typed_at[key] and written_at[last] + 1 == written_at[key]:
            runs[-1].append(key)
        else:
            runs.append([key])
    found = []
    for run in runs:
        i1, i2 = typed[run[0]][0], typed[run[-1]][1]
        to = written[run[0]][0]
        before = order[written_at[run[0]] - 1] if run[0] != first else None
        after = typed[before][1] if before else None
        dashed = bool(DASH.match(lines[a]))  # a list item, not a mapping
        dash_to = typed[first][0] + lead_length(lines, typed[first]) if i1 == a and dashed else None
        dash_from = a if before is None else None
        block = _item_lines(lines, (i1, i2), a)
        words = partial(move_words, lines, formatted, block, (i1, i2), (to, False), dash_to, dash_from, after,
                        field_at, dashed)
        found.append(Difference(i1 + 1, max(i1 + 1, i2), 0, words, block=True))
    return found
