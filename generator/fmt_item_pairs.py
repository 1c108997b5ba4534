"""Each list item and mapping of a spec as typed paired with the same one in the formatted text, found as YAML nests
them and matched by key name, each with its keys' lines by name.

Kept apart from what is done with the pairs (fmt_key_moves tells each pair's keys moved into the schema's order):
this walks the two texts' nesting and knows nothing of moves.
"""
from __future__ import annotations

from collections.abc import Iterator

from .comment_columns import END_OF_LINE_COMMENT
from .fmt_typed_lines import DASH, TYPED_KEY, key_of, lead_length, lead_start, line_as_written, undashed
from .key_lines import holds_data, indent_width


def paired_items(lines: list[str], formatted: list[str], typed: tuple[int, int] | None = None,
                 written: tuple[int, int] | None = None) -> Iterator[tuple[tuple, tuple]]:
    """Each typed list item with the formatted item it is, as (first line, end, its keys by name) each side, the items of
    an item's nested lists before it; in the value `typed` and `written` span, the whole file when not given. Lists are
    found as YAML nests them, from the file's keys down, matched by key name; a list's items are paired in order when
    both texts hold as many. A mapping (the file's keys, `budget:`'s) is paired as an item without a `- `, after what it
    holds: its keys moved were told only by the diff, and two moves in one file (a top-level key up, a budget key down)
    left few lines to anchor on and read as one key rewritten into the other. Paired among the list items at every depth
    in order, a project's first indicator was paired with its first `targets:` line once the two lists were typed the
    other way round, and a project ended where its first nested item started, so its own keys never matched. Yielded as
    found: 3,000 indicators' keys all held till the end made describing them a sixth slower."""
    typed, written = typed or (0, len(lines)), written or (0, len(formatted))
    typed_items, written_items = _list_items(lines, *typed), _list_items(formatted, *written)
    if typed_items is None and written_items is None:  # a mapping: its keys' values, then the mapping itself
        yield from _paired_within(lines, formatted, _keys_by_name(lines, *typed), _keys_by_name(formatted, *written))
        spans = _mapping_lines(lines, *typed), _mapping_lines(formatted, *written)
        if spans[0] and spans[1]:
            keys = _keys_by_name(lines, *spans[0]), _keys_by_name(formatted, *spans[1])
            if keys[0] is not None and keys[1] is not None:
                yield (*spans[0], keys[0]), (*spans[1], keys[1])
    elif typed_items is not None and written_items is not None and len(typed_items) == len(written_items):
        for (a, b), (c, d) in zip(typed_items, written_items):
            keys = _keys_by_name(lines, a, b), _keys_by_name(formatted, c, d)
            yield from _paired_within(lines, formatted, *keys)
            if keys[0] is not None and keys[1] is not None:
                yield (a, b, keys[0]), (c, d, keys[1])


def _paired_within(lines: list[str], formatted: list[str], typed: dict | None, written: dict | None) \
        -> Iterator[tuple[tuple, tuple]]:
    """The items paired_items pairs in the values of the keys a mapping has in both texts (a key alone in its line
    holds none)."""
    if typed is None or written is None:
        return
    for key in (key for key in typed if key in written):
        if _holds_collection(lines, typed[key]) and _holds_collection(formatted, written[key]):
            yield from paired_items(lines, formatted, _value_lines(lines, typed[key]),
                                    _value_lines(formatted, written[key]))


def _holds_collection(lines: list[str], span: tuple[int, int]) -> bool:
    """Whether a key's lines hold a mapping or a list below its key line, which ends at its colon (a comment after
    it aside): the lines of a `|` block are text, though some read like keys (`1、时间: 全年`) or items (`- 走访`)."""
    key_line = span[0] + lead_length(lines, span)
    typed = END_OF_LINE_COMMENT.match(lines[key_line])
    text = lines[key_line][:typed.end() - 1] if typed else lines[key_line]
    return span[1] - key_line > 1 and text.rstrip().endswith(":")


def _mapping_lines(lines: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """The lines of the mapping `lines[lo:hi]` holds, from its first key (the comment and blank lines above it stay
    where they are, as above a list item's `- `) to its last data line; None when there is no key."""
    first = next((n for n in range(lo, hi) if holds_data(lines[n])), None)
    if first is None or DASH.match(lines[first]) or not TYPED_KEY.match(line_as_written(lines[first])):
        return None
    return first, _data_end(lines, first, hi)


def _list_items(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]] | None:
    """The items of the list `lines[lo:hi]` holds, each from its `- ` to the next at its column (its nested lists
    in it) without the blank and comment lines closing it; None when its first line holding data is no `- `."""
    first = next((n for n in range(lo, hi) if holds_data(lines[n])), None)
    if first is None or not DASH.match(lines[first]):
        return None
    dash = " " * indent_width(lines[first]) + "- "
    starts = [n for n in range(first, hi) if lines[n].startswith(dash)]
    return [(start, _data_end(lines, start, end)) for start, end in zip(starts, [*starts[1:], hi])]


def _value_lines(lines: list[str], span: tuple[int, int]) -> tuple[int, int]:
    """The lines below a key's line in its span (its nested mapping or list, or the rest of its text)."""
    return span[0] + lead_length(lines, span) + 1, span[1]


def _data_end(lines: list[str], lo: int, hi: int) -> int:
    """`hi` without the blank and comment lines ending `lines[lo:hi]` (above what follows, they stay)."""
    while hi > lo + 1 and not holds_data(lines[hi - 1]):
        hi -= 1
    return hi


def _keys_by_name(lines: list[str], lo: int, hi: int) -> dict[str, tuple[int, int]] | None:
    """The lines of each key of the mapping in `lines[lo:hi]` (a list item's, its first key after the `- `) by its
    name, the comment and blank lines above a key with it (as fmt_block_cuts' _key_spans, in one pass: each of 3,000
    items is read so); a `- ` at the keys' column is a list of the key above, as an earlier jixiao wrote lists. None
    when a key is there twice."""
    first = next((n for n in range(lo, hi) if holds_data(lines[n])), None)
    if first is None:
        return {}
    head = undashed(lines[first])
    column = indent_width(head)
    pad = " " * column
    keys = [(key_of(head), lo)] + [(key_of(lines[n]), lead_start(lines, n)) for n in range(first + 1, hi)
                                   if lines[n].startswith(pad) and lines[n][column:column + 1] not in ("", " ", "#")
                                   and not lines[n].startswith("- ", column)]
    spans = {key: (at, end) for (key, at), (_, end) in zip(keys, [*keys[1:], (None, hi)])}
    return spans if len(spans) == len(keys) else None
