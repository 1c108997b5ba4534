"""Where a changed text's marks begin and end: on the clauses (the words between two of `，。；：`) a goal text is
written in, as a finance bureau reader takes it in, rather than wherever difflib happened to match a character.

Clean-ups of the kept, deleted and inserted runs `diff_words` works out: an edit slid to the clause edge it can
equally stand at (`slid_to_clause_edges`), a clause mostly rewritten marked whole (`without_rewritten_clauses`), and
a clause kept between two edits left kept (`holds_whole_clause`), and a character replaced widened to its word
(`widened_to_words`).
"""
from __future__ import annotations

import re
import unicodedata

from .mojibake import IDEOGRAPHS
from .value_kinds import GRADES

# A number, compared as one word (each other character is one of its own): digit by digit, 20场 → 12场 read
# `【增：1】2【删：0】场`, the kept 2 no part of either. diff_report cuts a long text at these too.
_NUMBER = r"[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?"
TOKENS = re.compile(rf"{_NUMBER}|.", re.S)
# What a clause's words are counted in (`_words`): as TOKENS, but a run of Latin letters is one word too, as a
# number is (`OA` → `ERP` is one word of three changed in `建设OA系统`, not two characters of six).
_COUNTED_WORDS = re.compile(rf"{_NUMBER}|[A-Za-zＡ-Ｚａ-ｚ]+|.", re.S)
SENTENCE_ENDS = frozenset("。！？；!?;\n")
CLAUSE_ENDS = SENTENCE_ENDS | frozenset("，,：:")
_ENDS = "".join(sorted(CLAUSE_ENDS))
# A clause's words (a number whole: `5,000`'s comma ends nothing), or the marks and line breaks ending it.
_CLAUSE_PIECES = re.compile(rf"[{_ENDS}]+|(?:{_NUMBER}|[^{_ENDS}])+")
_DIGIT = re.compile(r"[0-9０-９]")
_IN_NUMBER = frozenset(",.．")  # between two digits, part of the number (`_NUMBER`)
_FARTHEST = 200  # characters an edit slides, each way (`_best_place`)


def slid_to_clause_edges(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`runs` with each lone deletion or insertion moved along the kept words around it to where it begins and ends
    at a clause's edge, as far as the same words are deleted or inserted there (`_edge_score`; ties stay put).

    difflib puts an edit anywhere among the places it could equally stand: a clause moved to the front of a goal read
    `全【增：年不少于36次教育学习活动。全】面从严治党…`, the 全 both start with kept before it, for
    `【增：全年不少于36次教育学习活动。】全面从严治党…`; a clause deleted read `加强【删：党风廉政建设，加强】在职…`.
    An edit never slides into a number (`2次` is not cut to `【增：…2】次`), nor empties a kept run between two
    edits, which would join them."""
    out = [("=", ""), *runs, ("=", "")]  # the text's start and end, as kept runs nothing can slide into
    for k in range(1, len(out) - 1):
        (before, kept_before), (op, edit), (after, kept_after) = out[k - 1:k + 2]
        if op == "=" or before != "=" or after != "=":
            continue
        text = kept_before + edit + kept_after
        at = _best_place(text, len(kept_before), len(edit), k <= 2, k >= len(out) - 3)
        out[k - 1:k + 2] = [("=", text[:at]), (op, text[at:at + len(edit)]), ("=", text[at + len(edit):])]
    return [run for run in out if run[1]]


def _best_place(text: str, at: int, length: int, at_start: bool, at_end: bool) -> int:
    """Where in `text` (kept words, the edit at `at`, kept words) the edit of `length` characters is best shown:
    among the places it can slide to and leave the same kept words (left while the character before it is the one
    it ends in, right while the one after it is the one it begins with), the one `_edge_score` rates best, `at` on
    a tie. A kept run is emptied only at the text's start or end; no place cuts a number. An edit slides at most
    `_FARTHEST` characters, past any clause's edge: one inserted among 20,000 repeated characters took 0.3 s to
    score each place it could slide to."""
    first = at
    while (first > (0 if at_start else 1) and at - first < _FARTHEST
           and text[first - 1] == text[first - 1 + length]):
        first -= 1
    last = at
    while (last < len(text) - length - (0 if at_end else 1) and last - at < _FARTHEST
           and text[last] == text[last + length]):
        last += 1

    def score(place: int) -> tuple[int, bool]:
        end = place + length
        left, right = text[place - 1:place], text[end:end + 1]
        if place != at and (_cuts_number(left, text[place]) or _cuts_number(text[end - 1], right)
                            or _cuts_number(left, right)):
            return -1, False
        return _edge_score(left, text[place]) + _edge_score(text[end - 1], right), place == at

    return max(range(first, last + 1), key=score)


def _cuts_number(left: str, right: str) -> bool:
    """Whether the characters `left` and `right` (either may be none) meet inside one number (`1|2`, `3|.5`,
    `5,|000`)."""
    if not left or not right:
        return False
    return bool((_DIGIT.match(left) or left in _IN_NUMBER) and (_DIGIT.match(right) or right in _IN_NUMBER)
                and (_DIGIT.match(left) or _DIGIT.match(right)))


def _edge_score(left: str, right: str) -> int:
    """How well an edit's edge between the characters `left` and `right` falls on a clause's: best at the text's
    start or end, then after a sentence's end, after a clause's, next to other punctuation (`、`, brackets)."""
    if not left or not right:
        return 6
    if left in SENTENCE_ENDS:
        return 5
    if left in CLAUSE_ENDS or left == "、":
        return 4
    return 2 if _punctuation(left) or _punctuation(right) else 0


def without_rewritten_clauses(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`runs` with the words kept in a clause rewritten (`_rewritten`: less than two thirds of its words kept, old
    and new counted together) counted as deleted and inserted, so that the clause reads old → new whole. A clause
    mostly kept is still marked word by word (`全年不少于【删：30】【增：24】次`, `做好【删：侨务】【增：对台】工作`),
    and so is one only added to (`开展【增：丰富多彩的联谊】活动`: the old clause is kept whole). Its ending mark, kept,
    stays kept.

    `加强在职机关党员干部教育学习` rewritten as `组织机关党员干部参加集中学习培训` read
    `【删：加强在职】【增：组织】机关党员干部【删：教育】【增：参加集中】学习【增：培训】`, and `协助台胞解决实际困难` as
    `【删：协】【增：帮】助台胞【删：解决】【增：协调解决生产生活中的】实际困难`: clauses a reader could see whole
    neither before nor after. Words are counted without punctuation: a clause's commas are not what it says."""
    pieces = [(op, piece) for op, text in runs for piece in _CLAUSE_PIECES.findall(text)]
    clause = {"-": 0, "+": 0}
    placed = []
    total: dict[tuple[str, int], int] = {}
    kept: dict[tuple[str, int], int] = {}
    for op, piece in pieces:
        sides = "-+" if op == "=" else op
        if piece[0] in CLAUSE_ENDS:
            placed.append((op, piece, None))
            for side in sides:
                clause[side] += 1
            continue
        placed.append((op, piece, (clause["-"], clause["+"])))
        words = _words(piece)
        for side in sides:
            total[side, clause[side]] = total.get((side, clause[side]), 0) + words
            if op == "=":
                kept[side, clause[side]] = kept.get((side, clause[side]), 0) + words
    out: list[tuple[str, str]] = []
    for op, piece, at in placed:
        rewritten = op == "=" and at is not None and _rewritten([(kept[side, n], total[side, n])
                                                                 for side, n in zip("-+", at)])
        for run in ([("-", piece), ("+", piece)] if rewritten else [(op, piece)]):
            if out and out[-1][0] == run[0]:
                out[-1] = (run[0], out[-1][1] + run[1])
            else:
                out.append(run)
    return out


def _rewritten(clauses: list[tuple[int, int]]) -> bool:
    """Whether a clause, as (words kept, words) in the old text and in the new, was rewritten: less than two thirds
    of the words of both kept, and some words of each side edited."""
    return all(kept < words for kept, words in clauses) and 3 * sum(kept for kept, _ in clauses) < 2 * sum(
        words for _, words in clauses)


_IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")
_OWN_WORDS = frozenset("对向为在以由按从给把将被与和及或并的地得之等于")
"""Characters that are words of their own (prepositions, conjunctions, particles): one replaced by another, or by
any character (`对台胞` → `向台胞`, `与台胞` → `同台胞`), is no part of the word after it."""


def widened_to_words(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`runs` with one character replaced by another (`【删：继】【增：持】续`) widened to the character next to it that
    must be of its word: the Chinese character on the side away from an edge (the text's, punctuation, a Latin
    letter), so that a reviewer reads words, `【删：继续】【增：持续】开展`. Where both neighbours are Chinese characters,
    which of them the word holds is not known without a dictionary (联谊 → 联络 is the left's, 侨务 → 台务 the
    right's): the mark is left on the one character, never widened to a wrong word. A number is no edge: the
    character after one is mostly a measure word of its own (`3【删：期】【增：次】活动`, not `【删：期活】【增：次活】动`),
    the one before it a word of its own too (`提高【删：至】【增：到】95%`, `满意度【删：达】【增：超】95%`). Nor is a
    word of its own widened (`_OWN_WORDS`: `对` → `向` before 台胞), nor a kept run emptied between two edits (they
    would join), nor a character beside another edit, whose neighbour is not known. A grade word on both sides
    (`_grade_span`: `及时` → `按时`, `优秀` → `优良`, `按时完成` → `按期完成`) is the one word that is known: the mark takes it
    whole wherever it stands, though its 及 is a word of its own elsewhere (`做到【删：及时】【增：按时】处理`, which read
    `做到【删：及】【增：按】时处理`, a grade read as two stray characters)."""
    out = list(runs)
    for k in range(len(out) - 1):
        (op, old), (next_op, new) = out[k], out[k + 1]
        if (op, next_op) != ("-", "+") or not _one_ideograph_each(old, new):
            continue
        before = out[k - 1] if k else ("=", "")
        after = out[k + 2] if k + 2 < len(out) else ("=", "")
        if before[0] != "=" or after[0] != "=":
            continue
        before, after = before[1], after[1]
        span = _grade_span(before, old, new, after, k == 1, k + 3 == len(out))
        if span:
            left, right = before[len(before) - span[0]:], after[:span[1]]
            kept_before = [("=", before[:len(before) - span[0]])] if k else []
            kept_after = [("=", after[span[1]:])] if k + 2 < len(out) else []
            out[k - len(kept_before):k + 2 + len(kept_after)] = [
                *kept_before, ("-", left + old + right), ("+", left + new + right), *kept_after]
            continue
        if old in _OWN_WORDS or new in _OWN_WORDS:
            continue
        if _IDEOGRAPH.match(before[-1:]) and _word_edge(after[:1]) and (len(before) > 1 or k == 1):
            out[k - 1:k + 2] = [("=", before[:-1]), ("-", before[-1] + old), ("+", before[-1] + new)]
        elif _word_edge(before[-1:]) and _IDEOGRAPH.match(after[:1]) and (len(after) > 1 or k + 3 == len(out)):
            out[k:k + 3] = [("-", old + after[0]), ("+", new + after[0]), ("=", after[1:])]
    return [run for run in out if run[1]]


def _one_ideograph_each(old: str, new: str) -> bool:
    """Whether `old` and `new` are one Chinese character each."""
    return len(old) == len(new) == 1 and bool(_IDEOGRAPH.match(old) and _IDEOGRAPH.match(new))


_GRADE_WORDS = frozenset(word for word in GRADES if len(word) > 1)
_LONGEST_GRADE = max(map(len, _GRADE_WORDS))


def _grade_span(before: str, old: str, new: str, after: str, at_start: bool, at_end: bool) -> tuple[int, int] | None:
    """How many kept characters before and after a character replaced make, with it, a grade word (`value_kinds.GRADES`)
    on both sides (`及时` and `按时`: (0, 1)), the shortest such; None where none does, or where taking them would empty a
    kept run between two edits (`at_start`, `at_end`: the text's edge lies beyond it, where a run may be emptied)."""
    spans = sorted(((left, right) for left in range(min(len(before), _LONGEST_GRADE - 1) + 1)
                    for right in range(min(len(after), _LONGEST_GRADE - 1 - left) + 1)), key=sum)
    for left, right in spans:
        head, tail = before[len(before) - left:], after[:right]
        if (head + old + tail in _GRADE_WORDS and head + new + tail in _GRADE_WORDS
                and (not left or left < len(before) or at_start) and (not right or right < len(after) or at_end)):
            return left, right
    return None


def _word_edge(char: str) -> bool:
    """Whether `char`, beside a character replaced, shows that character's word lies on its other side: none (the
    text's edge), punctuation, a Latin letter; not a Chinese character, nor a digit (beside a number stand words of
    their own: measure words, 至, 达)."""
    return not (_IDEOGRAPH.match(char) or char[:1].isdigit())


def holds_whole_clause(kept: str, after_clause_end: bool, before_clause_end: bool) -> bool:
    """Whether the kept run `kept` (right after a clause's end, or not; right before an edit beginning with one, or
    not) holds a clause whole, its words and its ending mark: not words two texts share by chance, to be folded into
    the edits around it, but a clause kept between two rewritten (`【删：继续开展…】【增：深入开展主题教育】，加强党风廉政建设，
    【删：…】`) or one another moved past (`【增：加强党风廉政建设，】继续开展党史学习教育活动，【删：加强党风廉政建设，】`),
    which folded read as all of them deleted and inserted. Its ending mark may begin the edit after it: two clauses
    swapped (`【增：完成培训120人次，】走访企业10家【删：，完成培训100人次】。`) keep the one not edited without its
    `，`, which is the other's now."""
    clause_open = False
    for piece in _CLAUSE_PIECES.findall(kept):
        if piece[0] in CLAUSE_ENDS:
            if clause_open:
                return True
            after_clause_end = True
        else:
            clause_open = after_clause_end and _words(piece) > 0
            after_clause_end = False
    return clause_open and before_clause_end


def _words(text: str) -> int:
    """How many words `text` has, not punctuation or blanks: a number is one (`12次` to `112次` is one word of two
    changed, not two characters of three), and so is a run of Latin letters (`families` → `households` in
    `visit 50 families` is one word of three changed; counted letter by letter, the changed letters were most of the
    clause, which read old → new whole)."""
    return sum(not (word.isspace() or _punctuation(word[0])) for word in _COUNTED_WORDS.findall(text))


def _punctuation(char: str) -> bool:
    """Whether `char` is punctuation of any script (`，`, `、`, `（`, `.`): no word, and an edge an edit may stop at."""
    return unicodedata.category(char).startswith("P")
