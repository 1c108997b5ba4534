"""The edit from one text to another as kept, deleted and inserted runs of words, for the diff reports to show a long
text as its changed words (`…前文【删：旧】【增：新】后文…`) rather than two whole paragraphs.

Apart from the reporters (diff_report), which only style the runs for a terminal or markdown: which runs a text
breaks into (numbers whole, stray kept characters folded, texts replaced whole) is worked out and tested here alone,
with where an edit's marks fall among a text's clauses (diff_clauses).
"""
from __future__ import annotations

import difflib
import unicodedata
from collections import Counter

from .diff_clauses import (CLAUSE_ENDS, SENTENCE_ENDS, TOKENS, holds_whole_clause, slid_to_clause_edges,
                           widened_to_words, without_rewritten_clauses)

_CONTEXT = 12


def segments(old: str, new: str) -> list[tuple[str, str]]:
    """The edit from old to new as ('=', kept), ('-', deleted), ('+', inserted) runs, a number replaced whole
    (`不少于【删：5000】【增：3000】人次`), kept characters scattered between larger edits folded into them
    (`_without_stray_kept`, after a character replaced is widened to its word, so that a kept run it shortened is
    folded as any other), a clause rewritten in the main marked whole and an edit placed on a clause's edges
    (`diff_clauses`); long kept runs shortened."""
    out: list[tuple[str, str]] = []
    runs = _runs(TOKENS.findall(old), TOKENS.findall(new))
    runs = _replaced_whole(_without_stray_kept(widened_to_words(without_rewritten_clauses(slid_to_clause_edges(runs)))))
    for n, (op, text) in enumerate(runs):
        if op == "=":
            head = text[:_CONTEXT] if n > 0 else ""
            tail = text[-_CONTEXT:] if n < len(runs) - 1 else ""
            text = text if len(text) <= 2 * _CONTEXT + 1 else f"{head}…{tail}"
        out.append((op, text))
    return out


def _runs(old: list[str], new: list[str]) -> list[tuple[str, str]]:
    """The edit from the words `old` to the words `new` as kept, deleted and inserted runs, in order.

    Sentence by sentence first, anchored on the sentences each text has once (patience diff), then clause by clause
    the same way within what is left between them (`_clause_runs`), then word by word (`_word_runs`). Word by word
    alone, difflib takes the longest run the two texts share as its first anchor, which in a text that repeats a
    sentence spans the end of one copy and the start of the next: two words inserted into an 800-character content
    read as ~400 characters deleted and ~400 inserted."""
    runs: list[tuple[str, str]] = []
    _anchored_runs(_pieces(old, SENTENCE_ENDS), _pieces(new, SENTENCE_ENDS), runs, _clause_runs)
    merged: list[tuple[str, str]] = []
    for op, text in runs:
        if merged and merged[-1][0] == op:
            merged[-1] = (op, merged[-1][1] + text)
        elif text:
            merged.append((op, text))
    return merged


def _pieces(words: list[str], ends: frozenset[str]) -> list[tuple[str, ...]]:
    """`words` cut after each of `ends` (a sentence's: full stop, question or exclamation mark, semicolon, line
    break; or a clause's, those and commas and colons), with the marks and blanks right after it (`。↵`: a numbered
    paragraph removed is the whole paragraph and its line break)."""
    out: list[tuple[str, ...]] = []
    piece: list[str] = []
    ended = False
    for word in words:
        if ended and not (word in ends or word.isspace()):
            out.append(tuple(piece))
            piece, ended = [], False
        piece.append(word)
        ended = ended or word in ends
    return out + ([tuple(piece)] if piece else [])


def _clause_runs(old: list[str], new: list[str], runs: list[tuple[str, str]]) -> None:
    """Appends to `runs` the edit from the words `old` to `new`, no sentence of which anchors, anchored on their
    clauses: difflib matching a goal's words across its clauses pieced a clause moved to the front of it together
    from the first characters of the clause after it (`全【增：年不少于36次教育学习活动。全】面从严治党`)."""
    _anchored_runs(_pieces(old, CLAUSE_ENDS), _pieces(new, CLAUSE_ENDS), runs, _word_runs)


def _anchored_runs(old: list[tuple[str, ...]], new: list[tuple[str, ...]], runs: list[tuple[str, str]],
                   within) -> None:
    """Appends to `runs` the edit from the sentences (or clauses) `old` to `new`: those both begin and end with kept,
    then those each has once kept in the order both have them, matched on their words (`_said`), their ending marks
    compared with what follows them, and what lies between compared the same way; where none anchors, the words are
    compared by `within`.

    What is left to compare is kept on a stack, not in nested calls: a sentence each part between anchors has once
    may be one the whole text has twice, so each part can anchor again, and a text in which every sentence repeats
    the one before it nests a level per sentence (1200 such sentences stopped the diff with a RecursionError)."""
    todo: list[str | tuple[list, list]] = [(old, new)]  # kept text, or sentences still to compare; the last comes next
    while todo:
        item = todo.pop()
        if isinstance(item, str):
            runs.append(("=", item))
            continue
        old, new = item
        head = _common_length(old, new)
        tail = _common_length(old[head:][::-1], new[head:][::-1])
        middle_old, middle_new = old[head:len(old) - tail], new[head:len(new) - tail]
        anchors = _unique_anchors(list(map(_said, middle_old)), list(map(_said, middle_new)))
        parts: list[str | tuple[list, list]] = ["".join(map("".join, old[:head]))]
        i = j = 0
        ends: tuple[list, list] = ([], [])  # the marks ending the last anchor, compared with what comes after it
        for a, b in anchors:
            said = _said(middle_old[a])
            parts += [(ends[0] + middle_old[i:a], ends[1] + middle_new[j:b]), "".join(said)]
            ends = ([middle_old[a][len(said):]], [middle_new[b][len(said):]])
            i, j = a + 1, b + 1
        if anchors:
            parts.append((ends[0] + middle_old[i:], ends[1] + middle_new[j:]))
        else:
            runs.append(("=", parts.pop()))
            within([w for s in middle_old for w in s], [w for s in middle_new for w in s], runs)
        parts.append("".join(map("".join, old[len(old) - tail:])))
        todo += reversed(parts)


def _said(piece: tuple[str, ...]) -> tuple[str, ...]:
    """A sentence's or clause's words without the marks and blanks that end it (the piece whole if it is all marks),
    what two pieces are matched on: `走访企业10家，完成培训100人次。` → `完成培训120人次，走访企业10家。` swaps two
    clauses, but `走访企业10家，` is not `走访企业10家。`, so nothing lined up and the sentence read deleted and
    inserted whole. Matched on their words, the clause is kept and its marks are compared with what follows it."""
    n = len(piece)
    while n and (piece[n - 1] in CLAUSE_ENDS or piece[n - 1].isspace()):
        n -= 1
    return piece[:n] or piece


def _unique_anchors(old: list, new: list) -> list[tuple[int, int]]:
    """The (old, new) places of the items (tuples of words) each list has once, as many of their characters as keep
    one order in both (the heaviest increasing run of their places in `new`, taken in the order of `old`). Counted
    by items, two clauses of three swapped were a tie, and the longer one could read moved: `走访企业10家，
    【删：完成培训100人次，】开展宣传5场【增：，完成培训100人次】。`; the shorter one is what moved.

    The heaviest run ending before each place in `new` is kept in a Fenwick tree, so that thousands of sentences
    take n log n steps, not n²."""
    in_old, in_new = Counter(old), Counter(new)
    once_new = {item: at for at, item in enumerate(new) if in_new[item] == 1}
    pairs = [(at, once_new[item]) for at, item in enumerate(old) if item in once_new and in_old[item] == 1]
    heaviest = [(0, -1)] * (len(new) + 1)  # the tree: (characters, last pair) of the heaviest run ending by a place
    before: list[int] = []  # the pair before each pair in the heaviest run ending with it, -1 for none
    best = (0, -1)
    for k, (a, b) in enumerate(pairs):
        found, place = (0, -1), b
        while place > 0:
            found, place = max(found, heaviest[place]), place & (place - 1)
        before.append(found[1])
        run = (found[0] + sum(map(len, old[a])), k)
        best, place = max(best, run), b + 1
        while place <= len(new):
            heaviest[place], place = max(heaviest[place], run), place + (place & -place)
    chain, k = [], best[1]
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


# The most pairs of words (old × new) difflib matches in one stretch that no sentence anchors: 3000 by 3000 took
# 1.3 s in the worst text tried (random 甲 and 乙), 0.1 s in Chinese; any edit of a text of 3000 characters is within.
_MOST_COMPARED = 3000 * 3000


def _word_runs(old: list[str], new: list[str], runs: list[tuple[str, str]]) -> None:
    """Appends to `runs` the edit from the words `old` to `new`: the words both begin and end with kept, the rest
    as difflib matches it, or deleted and inserted whole where it pairs more than `_MOST_COMPARED` words.

    difflib's work grows faster than the product of the two lengths: two contents of 100 KB rewritten from start to
    finish, no sentence in common, took minutes. A stretch that long in which no sentence is kept was rewritten; the
    short words it shares here and there (`第`, `全年不少于`) say nothing of how."""
    head = _common_length(old, new)
    tail = _common_length(old[head:][::-1], new[head:][::-1])
    runs.append(("=", "".join(old[:head])))
    middle_old, middle_new = old[head:len(old) - tail], new[head:len(new) - tail]
    if len(middle_old) * len(middle_new) > _MOST_COMPARED:
        runs += [("-", "".join(middle_old)), ("+", "".join(middle_new)), ("=", "".join(old[len(old) - tail:]))]
        return
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, middle_old, middle_new, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", "".join(middle_old[i1:i2])))
        if op in ("replace", "delete"):
            runs.append(("-", "".join(middle_old[i1:i2])))
        if op in ("replace", "insert"):
            runs.append(("+", "".join(middle_new[j1:j2])))
    runs.append(("=", "".join(old[len(old) - tail:])))


def _common_length(old: list, new: list) -> int:
    """How many items `old` and `new` begin with alike."""
    n = 0
    while n < min(len(old), len(new)) and old[n] == new[n]:
        n += 1
    return n


def _without_stray_kept(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`runs` with every kept run between edits, no longer than the deletion or insertion on either side of it,
    counted as deleted and inserted (as diff-match-patch's semantic clean-up does). A 二级 put in place of another
    shares a character here and there with it: `负责管理和协调对台文化、教育等交流事宜…` → `统筹协调涉台法律事务` read
    `【删：负责管理和】【增：统筹】协调【删：对】【增：涉】台【删：文化、教育等交流】【增：法律】事…`, a text nobody
    edited pieced together from the 协调, 台 and 事 the two happen to share. A kept run as long as an edit beside it
    (`联【删：谊】【增：络】交流活动`'s 交流活动) stays, and so does one holding a whole clause (`holds_whole_clause`).

    One pass, the runs so far on a stack: folding a kept run only makes the edit on either side of it longer, so
    only the kept run just before the edit on top can come to be folded, again after each fold. Folding the first
    foldable run and starting over from the first run took 20 s for 8000 characters with an edit every few."""
    stack: list = []  # kept texts, and edits as [deleted pieces, inserted pieces, deleted length, inserted length]
    for op, text in runs:
        if op == "=":
            stack.append(text)
            continue
        if not stack or isinstance(stack[-1], str):
            stack.append([[], [], 0, 0])
        edit = stack[-1]
        side = 0 if op == "-" else 1
        edit[side].append(text)
        edit[side + 2] += len(text)
        while (len(stack) >= 3 and isinstance(stack[-2], str) and isinstance(stack[-3], list)
               and len(stack[-2]) <= min(max(stack[-3][2:]), max(edit[2:]))
               and not holds_whole_clause(stack[-2], _ends_clause(stack[-3]), _begins_with_clause_end(edit))):
            before, kept = stack[-3], stack[-2]
            del stack[-2:]
            before[0] += [kept] + edit[0]
            before[1] += [kept] + edit[1]
            before[2] += len(kept) + edit[2]
            before[3] += len(kept) + edit[3]
            edit = before
    return [run for item in stack
            for run in ([("=", item)] if isinstance(item, str) else
                        [(op, "".join(pieces)) for op, pieces in (("-", item[0]), ("+", item[1])) if pieces])]


def _ends_clause(edit: list) -> bool:
    """Whether each side of an edit (`_without_stray_kept`'s deleted and inserted pieces) ends a clause."""
    return all(pieces[-1][-1] in CLAUSE_ENDS for pieces in edit[:2] if pieces)


def _begins_with_clause_end(edit: list) -> bool:
    """Whether each side of an edit (`_without_stray_kept`'s deleted and inserted pieces) begins with a clause's end."""
    return all(pieces[0][0] in CLAUSE_ENDS for pieces in edit[:2] if pieces)


def _replaced_whole(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`runs` as one deletion and one insertion where all they keep is punctuation and blanks. Two goals with
    nothing in common but the 。 both end in read `【删：…】【增：…】。`: the full stop is the last run, beside one edit
    only, so no kept run between edits could fold it, and nearly every Chinese goal ends in one. Folded only where
    nothing else is kept: a number edited before a final 。 still reads `不少于【删：30】【增：20】。`."""
    if all(op != "=" or _punctuation_only(text) for op, text in runs) and any(op != "=" for op, _ in runs):
        whole = {edit: "".join(text for op, text in runs if op in ("=", edit)) for edit in "-+"}
        return [(edit, text) for edit, text in whole.items() if text]
    return runs


def _punctuation_only(text: str) -> bool:
    return all(char.isspace() or unicodedata.category(char).startswith("P") for char in text)
