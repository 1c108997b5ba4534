"""Whether a document row lines up with a row of the template and shows its labels, and how a cell's text compares
with a label: the same, in another unit, reworded as a clerk retyping a header does (`_relabelled`, `worded_as`), or
with a remark or 合计 added (`bare_label`). The walk (docx_match) asks these of every row; docx_split_rows and
docx_continued_tables are handed `labels_shown` and `align` to judge rows the same way before it."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from .docx_grid import GridCell, GridRow
from .docx_match_types import Merged, StreamItem, Unplaced, where_cell
from .docx_pattern import RowPattern, fold, label_and_unit, named_label, norm, same_label_but_unit, unnumbered
from .field_guess import meant
from .filled_text import typed_none
from .value_kinds import compares_in_words


def blank_row(row: GridRow) -> bool:
    return all(c.continued or not c.text.strip() for c in row.distinct())


_TOTAL_WORDS = "合计|小计|总计"
"""The words a row summing items is said with, alone (`_TOTAL`) or beside a label (`_TOTAL_SAID`)."""

# What a row summing a group's items is headed with (after `norm`): 合计, 小计, 总计：, 合计（万元）
_TOTAL = re.compile(rf"(?:金额)?(?:{_TOTAL_WORDS})[:]?(?:\(万元\))?")


_FIGURE = re.compile(r"[-+]?[\d.,]+%?")
"""What a total row holds besides its label (after `norm`): figures, 52.06, 1,234.5, 100%."""


def said_as_total(rp: RowPattern, row: GridRow, bare_labels: dict[str, str]) -> list[str] | None:
    """The texts after its first of a row of a repeated group whose first text of its own, labels of the group's row
    aside, is 合计 (小计, 总计), or 合计 said with a label of the form whose amount the items make up (项目支出合计 under
    the projects: `bare_label`, `bare_labels` the Matcher's); None where it is not said so.

    Such a row is a 合计 row typed under the items where the rest are figures and remarks (`remarks_only`), or where
    its amounts are the items' (RowGroups `_totals_items`): read as an item, it became one more key task named 合计
    (one more project named 项目支出合计), its amount counted twice in every sum. Otherwise the words beside it are an
    item's (a task named 金额合计 with its 主要内容): read as a total, that task was lost.
    """
    return _total_said(row, frozenset(norm(c.label) for c in rp.cells if c.label), bare_labels)


def _total_said(row: GridRow, labels: frozenset[str] = frozenset(),
                bare_labels: dict[str, str] = {}) -> list[str] | None:
    """The texts after its first of a row's cells with text of their own, `labels` aside, where that first says a
    total (`said_as_total`, `typed_as_total`); None where it does not."""
    own = [norm(c.text) for c in row.distinct() if not c.continued and norm(c.text) and norm(c.text) not in labels]
    said = bool(own) and (bool(_TOTAL.fullmatch(own[0])) or (re.search(_TOTAL_WORDS, own[0]) is not None
                                                             and bare_label(own[0]) in bare_labels))
    return own[1:] if said else None


_REMARK_LONGEST = 10
"""The most characters a remark beside a 合计 row's figures has (含上年结转资金, 38.87万元); a task's 主要内容 is sentences."""

# A sentence's punctuation (after `norm`): ，；。、, but not a comma between a figure's digits (1,038.87万元)
_SENTENCE_MARK = re.compile(r"[;。、]|(?<!\d),|,(?!\d{3}(?!\d))")


_ON_AMOUNTS = re.compile(r".*\d.*|(?:含|其中).*|(?:上年|本年|财政|专项|结转|结余|资金|拨款|经费|预算|万元|元)+")
"""A remark on a total's amounts, matched whole (38.87万元, 含上年结转, 其中财政拨款, 财政资金): a figure in it, what the
amount takes in (含, 其中), or money words alone. A task's 主要内容, however short (宣传工作), speaks of the work; and so
does one with a money word among other words (预算编制, 资金管理, 元旦慰问), which a money word anywhere made a total."""


def remarks_only(texts: list[str]) -> bool:
    """Whether texts (after `norm`) beside a 合计 row's label are its figures and remarks on them, not an item's
    words: each a figure (`_FIGURE`), "none" typed (— or /: `typed_none`), or a few words on the amounts
    (`_ON_AMOUNTS`) with no sentence's punctuation (含上年结转, 38.87万元; `_SENTENCE_MARK`: a comma was one even
    between a figure's digits, and 1,038.87万元 made the row a task named 合计).

    Such a row is a total even where its amounts are not the items' sum: read as an item, it became one more task
    named 合计, its amount counted twice (TASK-SUM), where it is a total that does not add up. A task renamed 金额合计
    beside its 主要内容 (3cae4fe) has sentences there, and stays a task; and so does a task named 合计 or 小计 beside a
    few words of its work (合计 | 宣传工作 | 5), which any few words made a total, the task lost."""
    return all(_FIGURE.fullmatch(text) or typed_none(text)
               or (len(text) <= _REMARK_LONGEST and not _SENTENCE_MARK.search(text) and _ON_AMOUNTS.fullmatch(text))
               for text in texts)


def typed_as_total(row: GridRow) -> bool:
    """Whether a row's first text is 合计 (金额合计, 小计: `_TOTAL`) and the rest its figures and remarks
    (`remarks_only`): a total, whichever row of the form it stands by."""
    beside = _total_said(row)
    return beside is not None and remarks_only(beside)


def total_row(rp: RowPattern) -> bool:
    """Whether a row of the form is its 合计 row: a label of it is 合计 (金额合计, `_TOTAL`)."""
    return any(c.label and _TOTAL.fullmatch(norm(c.label)) for c in rp.cells)


def split_under(rp: RowPattern, row: GridRow) -> bool:
    """Whether a row has text in a cell of its own inside one of rp's wider cells: a row with the shape of the items
    above it, not rp's (a task named 金额合计 beside its 主要内容, under a form whose 金额合计 spans both columns)."""
    pairs = align(rp, row)
    return pairs is not None and any(e.text.strip() and not e.continued for _, _, extra in pairs for e in extra)


def row_text(row: GridRow) -> str:
    """A row as a message quotes it, its cells joined by " | " as README writes rows: joined by spaces, a space inside
    a cell (项目支出 合计) could not be told from the gap between two."""
    return " | ".join(_cell_texts(row))


def _cell_texts(row: GridRow) -> list[str]:
    """The text of each cell of a row with text of its own (not merged down from above), its whitespace runs one space."""
    return [" ".join(c.text.split()) for c in row.distinct() if not c.continued and c.text.strip()]


def one_cell_row(row: GridRow) -> bool:
    """A row that is one cell across: a title or a note typed into the table, not a row of the form."""
    return len(row.distinct()) == 1


def static_row(rp: RowPattern) -> bool:
    return all(c.label is not None for c in rp.cells)


def align(rp: RowPattern, row: GridRow) -> list[tuple] | None:
    """(pattern cell, document cell or None, extra document cells) pairs; None when the shapes differ.

    A document cell stretching over the next field cell's columns (实施周期指标值 and 年度指标值
    merged in Word because they read the same) is paired with that field cell too, as python-docx
    shows a merged cell in each grid column: both fields get its text, not one of them nothing.

    Empty cells after the row's last one the template has (`_trailing_blank`) are read as part of
    it, as if merged: a form typed as one table, its 5-cell rows under a 6-column indicator header,
    often leaves the sixth cell of those rows unmerged and empty, and no row of it matched.
    """
    cells = row.distinct()
    if len(cells) > len(rp.cells) and _trailing_blank(cells[len(rp.cells):]):
        cells = cells[:len(rp.cells)]
    if len(cells) == len(rp.cells):
        return [(p, d, []) for p, d in zip(rp.cells, cells)]
    if row.width != rp.width:
        return None
    pairs = []
    for p in rp.cells:
        inside = [d for d in cells if p.column <= d.column < p.column + p.span]
        if not inside and _spills_into(pairs, p, row):
            inside = [row.cells[p.column]]
        pairs.append((p, inside[0] if inside else None, inside[1:]))
    return pairs


def _trailing_blank(cells: list[GridCell]) -> bool:
    """Whether a row's cells past the template's are all empty: what a cell left unmerged with its left neighbour
    (or a column merged down beside the form's rows, blank) looks like. One with text is content the form lacks."""
    return all(not c.text.strip() for c in cells)


def misaligned(rp: RowPattern, row: GridRow) -> bool:
    """Whether a row does not line up with rp: its cells do not (`align`), or a label stands where another is."""
    found = labels_shown(rp, row)
    return found is None or found[2]


def _spills_into(pairs: list[tuple], p, row: GridRow) -> bool:
    """Whether field cell p lies under the document cell paired with the field cell on its left.

    Only field next to field: a label merged with a field is a different row, not a shared value.
    """
    if p.label is not None or not pairs:
        return False
    left, cell, _ = pairs[-1]
    return left.label is None and cell is not None and cell is row.cells[p.column]


def labels_shown(rp: RowPattern, row: GridRow, pairs: list[tuple] | None = None) -> tuple[set, set, bool] | None:
    """Which of rp's labels the row shows (all; those in cells of their own, not continuing a merge
    from above), and whether a label disagrees; None when the row does not align with rp."""
    pairs = pairs if pairs is not None else align(rp, row)
    if pairs is None:
        return None
    matched, own, clash = set(), set(), False
    for index, (p, d, _) in enumerate(pairs):
        if not p.label:
            continue
        got = norm(d.text) if d is not None else ""
        if same_label(got, p.label):
            matched.add(index)
            if not d.continued:
                own.add(index)
        elif got:
            clash = True
    return matched, own, clash


def mostly_labels(rp: RowPattern, row: GridRow, own: bool = False) -> bool:
    """The row shows most of a header row's labels, at least two, though some are worded differently; with `own`, in
    cells of its own: side labels merged down from above (部门整体资金 beside each budget row) are no sign that the
    row is the header typed again."""
    found = labels_shown(rp, row)
    return found is not None and len(found[1 if own else 0]) >= max(2, (len(rp.labels) + 1) // 2)


def beside_labels(rp: RowPattern, item: StreamItem) -> list[Unplaced]:
    """The text of a header row's cells that stand where no label of the form's header row rp does: a cell the form
    leaves blank (the corner of 支出 | | 半年计划执行数), or one split off a label's cell. The row is passed over as
    the header, its labels being the form's; this text in it was dropped without a word (项目名称 typed into the
    blank corner of a header typed again over the rows after a page break)."""
    return [Unplaced(where_cell(item.table, item.row, d), d.text.strip())
            for p, cell, extra in align(rp, item.row) or []
            for d in ([cell] if p.label == "" and cell is not None else []) + extra
            if d.text.strip() and not d.continued]


def labels_again(header: RowPattern, pairs: list[tuple], blank: list[GridCell], taxonomy: frozenset[str],
                  words: frozenset[str]) -> bool:
    """Whether a row aligned with an item's row (`pairs`, `align`) is the header row typed again, judged by its item's
    field cells other than its blank categories (`blank`) alone: at least two have text, each reads as the header's
    label over it (the same, or reworded in the form's own words: `_relabelled`), at least half of them exactly, and
    none is a category of the `taxonomy` (质量指标 under 三级指标). Such a row is passed over without being read, so
    where in doubt it is an item: a header read as an item is named by validate, an item passed over is lost. An
    indicator 质量指标 | 指标值 (its value yet to be filled in), or a task 名称待定, was dropped as the header."""
    typed = _typed_under(header, pairs, blank, taxonomy)
    if typed is None:
        return False
    exact = sum(same_label(text, label) for text, label in typed)
    return 2 * exact >= len(typed) and all(same_label(text, label) or _relabelled(text, label, words)
                                           for text, label in typed)


def looks_like_labels(header: RowPattern, pairs: list[tuple], blank: list[GridCell], taxonomy: frozenset[str]) -> bool:
    """Whether a row `labels_again` keeps as an item still looks like the header typed again: one cell its label
    (`_label_itself`: 三级指标, 三级指标名称, 指标值（2024年度）), the others reading as theirs (`worded_as`: 年度指标值（2023年）,
    实施期指标值), remarks in brackets aside (年度指标值（2022年） for 指标值（包含数字及文字描述）, whose remark
    outweighs the words they share). Read in, it would be an indicator named 三级指标 that nothing warned of, so the
    import says so (IMPORT-HEADER-LIKE)."""
    typed = _typed_under(header, pairs, blank, taxonomy)
    return typed is not None and any(_label_itself(text, label) for text, label in typed) \
        and all(worded_as(text, label) or worded_as(_unremarked(text), _unremarked(label)) for text, label in typed)


def _label_itself(text: str, label: str) -> bool:
    """Whether a cell's text is the label `label` as a clerk retyping the header writes it: the same (`same_label`),
    or, remarks in brackets aside (`_unremarked`), the label or the label naming itself (三级指标名称). Not a name
    that merely contains it (三级指标完成率) nor one that reads somewhat like it (工作指标): those are indicators."""
    bare, own = _unremarked(text), _unremarked(label)
    return same_label(text, label) or bare in (own, own + "名称")


def _unremarked(text: str) -> str:
    """A label's words (after `norm`) without the remark in brackets at its end: 指标值 for 指标值（2024年） and for
    指标值（包含数字及文字描述）; the text as it is where the brackets are all of it."""
    return re.sub(r"\([^()]*\)$", "", norm(text)) or norm(text)


# 合计 (小计, 总计) typed before or after a label's words, and 其中 before them (after `norm`): 项目支出合计, 合计：项目支出,
# 其中：财政资金
_TOTAL_SAID = re.compile(rf"^(?:{_TOTAL_WORDS}|其中):?|(?:{_TOTAL_WORDS})$")


def bare_label(text: str) -> str:
    """A label's words (after `norm`) without the unit, the remark in brackets, the 合计 a clerk adds to it or the 其中
    a form puts before a part: 项目支出 for 项目支出（万元）, 项目支出（含专项）, 项目支出 合计 and 项目支出合计（万元）;
    财政资金 for 其中：财政资金, so that 财政资金 typed for 预算数 is that other label, not 预算数 reworded."""
    bare = norm(text)
    while True:
        shorter = _TOTAL_SAID.sub("", _unremarked(label_and_unit(bare)[0])) or bare
        if shorter == bare:
            return bare
        bare = shorter


def _typed_under(header: RowPattern, pairs: list[tuple], blank: list[GridCell],
                 taxonomy: frozenset[str]) -> list[tuple[str, str]] | None:
    """The (text, label over it) of a row's field cells with text other than its blank categories, or None where
    fewer than two have text, one stands under no label, or one is a category of the `taxonomy` (质量指标)."""
    theirs = {c.column: c.label for c in header.cells if c.label}
    typed = [(d.text, theirs.get(d.column)) for p, d, _ in pairs
             if p.label is None and d is not None and not d.continued and norm(d.text) and all(d is not b for b in blank)]
    if len(typed) < 2 or any(label is None or not uncategorised(text, taxonomy) for text, label in typed):
        return None
    return typed


def clashing_labels(pairs: list[tuple]) -> frozenset[int]:
    """The indexes of a row's labels (`align`'s pairs) whose document cell has text other than the label."""
    return frozenset(i for i, (p, d, _) in enumerate(pairs)
                     if p.label and d is not None and norm(d.text) and not same_label(d.text, p.label))


def one_relabelled(header: RowPattern, row: GridRow, other: list[tuple]) -> bool:
    """Whether a row's cells reading otherwise than `header`'s labels over them (`other`) are one under a label, with
    no digit (an amount makes it a row of amounts), and the row shows every other label of the header as it is."""
    found = labels_shown(header, row)
    [(p, d)] = other if len(other) == 1 else [(None, None)]
    return p is not None and bool(p.label) and not re.search(r"\d", fold(d.text)) \
        and found is not None and len(found[0]) == len(header.labels) - 1


def same_label(text: str, label: str) -> bool:
    """Whether a cell's text is the label `label`, perhaps in another unit (预算金额 for 预算金额（万元））."""
    return norm(text) == norm(label) or same_label_but_unit(text, label)


def _relabelled(text: str, label: str, words: frozenset[str]) -> bool:
    """Whether a cell's text is the label `label` reworded as a clerk retyping a header does: the label without its
    remark in brackets (期望达到的目标 for 期望达到的目标（概述）), a slip of a character in it (三级指示), or read as it
    (`worded_as`: 年度目标值 for 指标值, 三级指标名称 for 三级指标) no shorter and with no character the form's labels
    (`words`) lack. A name or a value brings words of its own (达成率, 待定, 以上, ≥, a number), and a label cut
    short (指标 for 指标值) is not one. Nor is one saying a comparison the label does not (达到指标值: its 达到 is
    in 期望达到的目标, another label, but values are written so), which was passed over as the header."""
    text, label = norm(text), norm(label)
    if compares_in_words(text, label):
        return False
    if len(text) < len(label):
        return text == _unremarked(label)
    if len(text) == len(label) and meant(text, [label], by_length=False) is not None:
        return True
    return worded_as(text, label) and set(text) - set(label) <= words


def worded_as(text: str, label: str) -> bool:
    """Whether a cell's text reads as the label `label` typed again otherwise: the same, in another unit, naming it
    (三级指标名称), a slip of it (`field_guess.meant`), or sharing half its words (年度目标值 for 指标值)."""
    text, label = norm(text), norm(label)
    return text == label or same_label_but_unit(text, label) or named_label(text, [label]) is not None \
        or meant(text, [label]) is not None or SequenceMatcher(None, text, label).ratio() >= 0.5


# The first six months of a year as a label says them (after `fold`): 1-6月, 1至6月, 1～6月份, 一至六月
_FIRST_HALF = re.compile(r"(?:1|一)\s*[-~—至到]\s*(?:6|六)\s*月份?")


def half_year_said(text: str) -> str:
    """A label's text with the first six months written 半年, as the form's labels say them: 1-6月执行数 is 半年执行数.
    Compared as typed, it shared too few words with 半年计划执行数 to read as it."""
    return _FIRST_HALF.sub("半年", fold(text))


def uncategorised(text: str, names: frozenset[str]) -> bool:
    """Whether a cell's text is none of a taxonomy's category names, a list number typed before it (一、产出指标,
    （一）产出指标) aside (docx_pattern `unnumbered`)."""
    typed = unnumbered(text)
    return all(typed != norm(name) for name in names)


def merged_cells(item: StreamItem, filled: list[tuple]) -> list[Merged]:
    """The document cells of a row that filled more than one field cell (see `align`)."""
    groups: list[tuple] = []
    for cell, paths in filled:
        if groups and groups[-1][0] is cell:
            groups[-1][1].append(paths)
        else:
            groups.append((cell, [paths]))
    return [Merged(where_cell(item.table, item.row, cell), [p for paths in each for p in paths], cell.text.strip())
            for cell, each in groups if len(each) > 1]
