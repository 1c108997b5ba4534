"""The blocks of lines two texts differ in, found as patience diff finds them, and the runs between them fmt only
re-indents; with the longest rising run of weighted values, which anchors the diff and the keys that stay in place.

Kept apart from what the blocks are told to be (fmt_diffed_blocks, fmt_key_moves): this knows lines only as equal or
not, nothing of YAML, and is the part whose speed matters on a file of 3,000 indicators.
"""
from __future__ import annotations

from collections import Counter


def heaviest_rising(values: list[int], weights: list[int]) -> list[int]:
    """The places in `values` of a longest run of them that rises, of the longest ones the one whose places weigh most:
    the keys that stay where they were typed. Counting keys alone, a short key typed just below a long block it goes
    above tied with the block, and the block was told to move (第 5–298 行…移到第 299 行之后) where moving the key
    is one line; weighed by lines, the small key moves. Equal ties keep the run ending later. Weighed alike (all 1),
    the longest run: the lines a diff anchors on.
    Each place's best run is the best ending at a smaller value, found in a Fenwick tree of prefix maxima by value."""
    ranks = {value: n for n, value in enumerate(sorted(set(values)))}
    tree: list[tuple[int, int, int]] = [(0, 0, -1)] * (len(ranks) + 1)  # (length, weight, place ending it)
    best: list[tuple[int, int, int]] = []  # each place's (length, weight, place before it)
    for n, (value, weight) in enumerate(zip(values, weights)):
        k, below = ranks[value], (0, 0, -1)
        while k > 0:  # the best run ending at a value smaller than this one
            below, k = max(below, tree[k]), k & (k - 1)
        best.append((below[0] + 1, below[1] + weight, below[2]))
        k, mine = ranks[value] + 1, (below[0] + 1, below[1] + weight, n)
        while k < len(tree):
            tree[k], k = max(tree[k], mine), k + (k & -k)
    run, n = [], max(range(len(best)), key=lambda m: (best[m][0], best[m][1], m), default=-1)
    while n >= 0:
        run.append(n)
        n = best[n][2]
    return run[::-1]


def changed_ranges(old: list[str], new: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes but `equal`, found as patience diff finds them: lines that occur once in each text anchor
    the match, in the longest run of them in the same order, and the lines between two anchors are matched alike;
    with none to anchor them, as many lines each side are compared line for line, and others are one block.
    difflib's matcher took minutes on 3,000 indicators each indented one space too far (its longest matches were
    each a few lines long); this is near-linear, and fmt's moves are whole keys, which anchor."""
    found: list[tuple[str, int, int, int, int]] = []
    pending = [(0, len(old), 0, len(new))]
    while pending:
        a_lo, a_hi, b_lo, b_hi = pending.pop()
        while a_lo < a_hi and b_lo < b_hi and old[a_lo] == new[b_lo]:
            a_lo, b_lo = a_lo + 1, b_lo + 1
        while a_lo < a_hi and b_lo < b_hi and old[a_hi - 1] == new[b_hi - 1]:
            a_hi, b_hi = a_hi - 1, b_hi - 1
        if a_lo == a_hi and b_lo == b_hi:
            continue
        anchors = _in_order(old, new, a_lo, a_hi, b_lo, b_hi) if a_lo < a_hi and b_lo < b_hi else []
        if not anchors and a_hi - a_lo == b_hi - b_lo:  # rewritten line for line: each run of rewritten lines
            same = [old[a_lo + n] == new[b_lo + n] for n in range(a_hi - a_lo)]
            found += [("replace", a_lo + start, a_lo + end, b_lo + start, b_lo + end) for start, end in _runs(same)]
        elif not anchors:
            tag = "replace" if a_lo < a_hi and b_lo < b_hi else "delete" if a_lo < a_hi else "insert"
            found.append((tag, a_lo, a_hi, b_lo, b_hi))
        else:
            ends = [(a_lo, b_lo)] + [(i + 1, j + 1) for i, j in anchors]
            starts = anchors + [(a_hi, b_hi)]
            pending.extend((a, i, b, j) for (a, b), (i, j) in zip(ends, starts))
    return sorted(found, key=lambda block: (block[1], block[3]))


def reindented(old: list[str], new: list[str], changed: list[tuple[str, int, int, int, int]]) -> list[tuple]:
    """`changed` (found on the lines without their indentation, so that a file indented its own way throughout still
    has lines to anchor on) with the runs of lines between them that fmt indents differently."""
    found, i, j = list(changed), 0, 0
    for _, i1, i2, j1, j2 in [*changed, ("end", len(old), len(old), len(new), len(new))]:
        same = [old[i + n] == new[j + n] for n in range(i1 - i)]
        found += [("replace", i + start, i + end, j + start, j + end) for start, end in _runs(same)]
        i, j = i2, j2
    return sorted(found, key=lambda block: (block[1], block[3]))


def _runs(same: list[bool]) -> list[tuple[int, int]]:
    """(start, end) of each run of False in `same`."""
    runs, start = [], None
    for n, equal in enumerate([*same, True]):
        if not equal and start is None:
            start = n
        elif equal and start is not None:
            runs.append((start, n))
            start = None
    return runs


def _in_order(old: list[str], new: list[str], a_lo: int, a_hi: int, b_lo: int, b_hi: int) -> list[tuple[int, int]]:
    """The (old, new) places of the lines found once in each range, the longest run of them in the same order."""
    once_old = _once(old, a_lo, a_hi)
    pairs = [(once_old[line], j) for line, j in _once(new, b_lo, b_hi).items() if line in once_old]
    pairs.sort()
    return [pairs[n] for n in heaviest_rising([j for _, j in pairs], [1] * len(pairs))]


def _once(lines: list[str], lo: int, hi: int) -> dict[str, int]:
    counts = Counter(lines[lo:hi])
    return {lines[i]: i for i in range(lo, hi) if counts[lines[i]] == 1}
