"""The places found by diffing the typed lines (their keys already in order) with the formatted ones: each block cut
(fmt_block_cuts), matched to where it goes when fmt moves it, and told as a move, a re-indent, a removal, an addition
or a rewrite.

Kept apart from the entry (fmt_check), which adds the notes on the whole file and the moves within items
(fmt_key_moves) and sorts them by line.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial

from .comment_columns import END_OF_LINE_COMMENT
from .fmt_block_cuts import by_item, by_key, item_heads
from .fmt_difference import Difference
from .fmt_line_diff import changed_ranges, reindented
from .fmt_typed_lines import as_written, excerpt, key_of, line_as_written, with_head_undashed
from .fmt_words import move_words, reindent_words, rewrite_words
from .key_lines import holds_data


def diffed_blocks(lines: list[str], formatted: list[str], field_at: Callable[[int], str | None]) -> list[Difference]:
    """The places found by diffing `lines` (the typed lines with the keys fmt_key_moves told already in order) with the
    formatted ones, each at its lines in `lines`, in words: what fmt_check tells beside the moves within items."""
    # anchored on the lines as fmt writes their blanks: a key re-indented with its comment's gap rewritten (`project:
    # 20.50 # 项目` 4 spaces in) left no line the same, and a swap of two such keys read as rewriting one into the other
    changed = reindented(lines, formatted, changed_ranges([line_as_written(line) for line in lines],
                                                          [line_as_written(line) for line in formatted]))
    changed = [part for block in changed for part in by_item(lines, formatted, block)]
    blocks, heads, incoming = item_heads(lines, formatted, changed)
    blocks = by_key(lines, formatted, blocks, heads, incoming)
    typed, moved = _moved(lines, formatted, blocks, heads, incoming)
    destinations = {to for to, _ in moved.values()}
    keep = {i1 for i1 in heads if i1 not in moved} | {i1 for j1, i1 in incoming.items() if j1 not in destinations}
    if keep:  # a head whose key was found going nowhere, or coming from nowhere: its lines as the diff has them
        blocks, heads, incoming = item_heads(lines, formatted, changed, keep)
        blocks = by_key(lines, formatted, blocks, heads, incoming)
        typed, moved = _moved(lines, formatted, blocks, heads, incoming)
        destinations = {to for to, _ in moved.values()}
    typed_lines, typed_line = max(len(lines) - (lines[-1] == ""), 1), _typed_lines(blocks, lines, formatted)
    found: list[Difference] = []
    for tag, i1, i2, j1, j2 in blocks:
        old, new = lines[i1:i2], formatted[j1:j2]
        if tag == "delete" and i1 in moved:
            to = moved[i1][0]
            words = partial(move_words, lines, formatted, typed[i1], (i1, i2), moved[i1], heads.get(i1),
                            incoming.get(to), typed_line(to - 1) if to else None, field_at)
        elif tag == "delete":
            words = ("删去空行" if not as_written(old) else f"删去“{excerpt(_first_written(old))}”"
                     if all(line.strip() in ("", "---") for line in old) else f"“{excerpt(_first_written(old))}”改写后移走")
        elif tag == "insert":
            if j1 in destinations:
                continue
            lifted = _lifted_comment(lines, new, i1, blocks)
            words = (lifted if lifted else f"加上“{excerpt(_first_written(new))}”" if as_written(new)
                     else "文件末尾加上换行" if i1 == len(lines) and new == [""] else "加上空行")
        elif len(old) == len(new) and all(a.rstrip(" \t") == b for a, b in zip(old, new)):
            words = "删去行尾的空格"
        elif len(old) == len(new) and all(a.lstrip(" ") == b.lstrip(" ") for a, b in zip(old, new)):
            words = reindent_words(i1 + 1, old, new)
        else:
            words = rewrite_words(old, new)
        # an insertion is told at the typed line it goes above (at the end, the last line); the "" after a final
        # line break is no line an editor shows
        line = min(i1 + 1, typed_lines)
        found.append(Difference(line, min(max(line, i2), typed_lines), 0, words, block=True))
    return found


def _moved(lines: list[str], formatted: list[str], blocks: list[tuple], heads: dict[int, int],
           incoming: dict[int, int]) -> tuple[dict, dict]:
    """The typed lines of each deleted block by its first line, and where each went (see _moves), a list item's
    first key, typed or formatted, matched without its dash."""
    typed = {i1: with_head_undashed(lines, (i1, i2), i1 in heads) for tag, i1, i2, _, _ in blocks if tag == "delete"}
    written = [(j1, with_head_undashed(formatted, (j1, j2), j1 in incoming))
               for tag, _, _, j1, j2 in blocks if tag == "insert"]
    return typed, _moves(list(typed.items()), written)


def _typed_lines(blocks: list[tuple], lines: list[str], formatted: list[str]) -> Callable[[int], int | None]:
    """The typed line (1-based) of a formatted line (0-based) when fmt leaves it as typed or only changes its blanks,
    None when it is one fmt writes: a move is told after which typed line it goes, since the line it quotes
    (`level2: 数量指标`) stands in every indicator; a key re-indented with it (`basic: 100.00 # 基本` 4 spaces in) is
    still that line. Found by bisection: a file with each of 3,000 indicators' first key moved has 3,000 to find."""
    ends = [j2 for *_, j2 in blocks]  # blocks follow each other in the formatted text too

    def typed(at: int) -> int | None:
        n = bisect_right(ends, at)  # the blocks before end at or above `at`
        if n < len(blocks) and blocks[n][3] <= at:
            tag, i1, i2, j1, j2 = blocks[n]
            same = (tag == "replace" and i2 - i1 == j2 - j1
                    and as_written([lines[i1 + at - j1]]) == as_written([formatted[at]]))
            return i1 + at - j1 + 1 if same else None
        old, new = (blocks[n - 1][2], ends[n - 1]) if n else (0, 0)
        return old + at - new + 1

    return typed


def _lifted_comment(lines: list[str], added: list[str], at: int, blocks: list[tuple]) -> str | None:
    """How a comment that ended a typed line and that fmt writes on a line of its own is told (the one after a
    one-line `{…}` item goes above the item): the diff sees its line added, and 加上“# 流式” read as a comment fmt
    made up, though the author typed it. None when the added lines are not such comments."""
    comments = [line.strip() for line in added if line.strip()]
    if not comments or not all(line.startswith("#") for line in comments):
        return None
    end = next((i2 for _, i1, i2, _, _ in blocks if i1 == at and i2 > i1), at + 1)
    typed = [(n, _trailing_comment(lines[n])) for n in range(at, min(end, len(lines)))]
    found = [n for n, comment in typed if comment in comments]
    if len(found) != len(comments):
        return None
    typed_at, goes = ("", "这一行") if found[0] == at else (f"第 {found[0] + 1} 行", f"第 {at + 1} 行")
    return f"{typed_at}行尾的“{excerpt(comments[0])}”移到{goes}上面，单独成一行"


def _trailing_comment(line: str) -> str | None:
    """The comment ending a line that holds data (`- {name: 调研}  # 流式` ends with `# 流式`), None without one."""
    typed = END_OF_LINE_COMMENT.match(line)
    return line[typed.end() - 1:].strip() if typed and holds_data(line) else None


def _moves(deleted: list[tuple[int, list[str]]], inserted: list[tuple[int, list[str]]]) -> dict[int, tuple[int, bool]]:
    """Where each deleted block went (by its first line): to the inserted block of the same lines written as fmt
    writes them, else to one starting with the same key (retyped as well as moved: `budget:` moved with one of
    its amounts quoted), and whether it was rewritten on the way (not only its spaces). Blocks of the same lines
    (two tasks' `amount: 1.50`) go to such blocks in their order, each to its own: keyed by text alone, both went to
    one and the other read as 加上, data fmt never adds."""
    same: dict[tuple[str, ...], list[int]] = {}
    for at, new in inserted:
        if as_written(new):
            same.setdefault(as_written(new), []).append(at)
    moves = {at: (same[as_written(old)].pop(0), False) for at, old in deleted if same.get(as_written(old))}
    taken = {to for to, _ in moves.values()}
    left = [(at, new) for at, new in inserted if at not in taken and as_written(new)]
    keyed = {key_of(_first_written(new)): at for at, new in reversed(left)}
    for at, old in deleted:
        if at not in moves and as_written(old) and key_of(_first_written(old)) in keyed:
            moves[at] = (keyed.pop(key_of(_first_written(old))), True)
    return moves


def _first_written(lines: list[str]) -> str:
    """A block's first line that is not blank, which quotes it (a block starting with a blank line was “”)."""
    return next((line for line in lines if line.strip()), "")
