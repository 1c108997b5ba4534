"""What an import says of the file's content it did not read into the spec, or read otherwise than typed:
cells no place of the form took, rows typed without table lines, fields the document lacks, 合计 rows, cells
merged across columns, amounts typed in another unit or shown scaled by their number format, and the error
ending an import that read too little of the form to be complete; and rows of the form typed across two rows,
read as one.

The importer decides; these are its words for the clerk, who checks the spec against the file by them.

A cell no place took may be the rest of the text above, cut by a page: it is said of which field. A field the form
does not print (`docx_pattern.printed_paths`) is said as read from the file's name, or as missing there.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from .amount_places import in_wan
from .amounts_in_yuan import InYuan, looks_so
from .datapath import json_path
from .docx_grid import Paragraph
from .docx_match_types import Capture, HeaderCell, Missed, Misshapen, Result, Unplaced, spec_path, where_cell, where_row
from .docx_pattern import Expr, norm, parse_segments
from .han import beside
from .header_notes import places, reworded, worded_otherwise
from .file_name_years import disagreeing, years_named, years_written
from .import_data import FILE_NAME, empty, short, value_at
from .import_fields import Fields
from .import_file_kinds import FileKind
from .note_text import not_read_as, quoted_note
from .problems import Problem, Severity
from .rules.budget_sum import to_the_cent
from .value_kinds import SHIFTS
from .variants import Variant
from .xlsx_grid import labels_field


LEFT_OUT = ("IMPORT-UNPLACED", "IMPORT-UNDRAWN", "IMPORT-BESIDE")
"""The warnings that each name one piece of the file's content not read into the spec: the import's summary counts them."""


_UNPLACED_TOLERATED = 5
"""Cells left over that are still a complete import (an 附件1 line, a note under the table); past this
and a quarter of what was read, the form was not read as a whole and saying so is an error."""


def _warning(source: str, code: str, message: str) -> Problem:
    return Problem(source, 0, 0, Severity.WARNING, code, message)


def left_incomplete(found: Result) -> bool:
    """Whether more was left over than a complete import leaves (_UNPLACED_TOLERATED): the form was not read as a
    whole, and what import says of the tables it read may be said of the wrong ones."""
    return len(found.unplaced) > max(_UNPLACED_TOLERATED, len(found.captures) // 4)


def incomplete_note(source: str, found: Result, kind: FileKind, variant: Variant, worded: list[HeaderCell]) -> Problem:
    """The error that ends an import left incomplete: how much was read and left over, and the header cells
    worded otherwise than the form's (`worded_in_unread`), which may be why a table was not recognised."""
    shape = _misshapen_cause(found.misshapen) if found.misshapen else "（多了一列、一张表或一整份表？）"
    cause = f"；{worded_otherwise(worded)}，可能因此没有认出它所在的表" if worded else ""
    fix = "把这些行合并或拆分成表样的格数" if found.misshapen else "把表格改成表样的格式"
    return Problem(
        source, 0, 0, Severity.ERROR, "IMPORT-INCOMPLETE",
        f"有 {len(found.unplaced)} 处内容没有读进规格（见上面的警告），而读进的只有 {len(found.captures)} 处："
        f"{beside('这份', kind.table)}与表样“{variant.profile['name']}”（{variant.name}）的格式差得多{shape}"
        f"{cause}，写出的规格不完整；{beside('请对照', kind.table)}补全，或先{fix}再导入")


def _misshapen_cause(rows: list[Misshapen]) -> str:
    """Where rows showing the form's labels went unread for their number of cells: each run of such rows with the
    counts, and what usually makes them differ. Said in place of a guess at the whole file's shape, as their labels
    are right and it is the cells that differ (a sixth cell left unmerged beside a five-cell row)."""
    said = "；".join(_counts(run) for run in _runs(rows))
    return (f"：{said}（{_WHY_MISSHAPEN}），可能因此没有认出"
            f"{'这一行' if len(rows) == 1 else '这些行'}")


_WHY_MISSHAPEN = "有一格没有与旁边的格合并、拆分成了两格，或多打了一格？"


def misshapen_notes(source: str, found: Result) -> list[Problem]:
    """A warning for each run of rows left unread for their number of cells, in an import otherwise whole: the rows
    after them were read (docx_row_reading `_shaped_as`), and the cells of these are named one by one as unplaced, but
    only this says why, and that fixing the rows in Word reads them too."""
    return [_warning(source, "IMPORT-MISSHAPEN",
                     f"{_counts(run)}（{_WHY_MISSHAPEN}），没有读进规格，其后各行照常读入；请对照原表把"
                     f"{'这一行' if len(run) == 1 else '这几行'}的内容手工补进规格，"
                     f"或在 Word 中把{'它' if len(run) == 1 else '它们'}合并或拆分成表样的格数后再导入")
            for run in _runs(found.misshapen)]


def _runs(rows: list[Misshapen]) -> list[list[Misshapen]]:
    """Rows shaped alike (as many cells, where the form's row has as many) one right under the other, together."""
    runs: list[list[Misshapen]] = []
    for m in rows:
        last = runs[-1][-1] if runs else None
        if last and last.table is m.table and (last.cells, last.form_cells) == (m.cells, m.form_cells) \
                and m.row.number == last.row.number + 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _counts(run: list[Misshapen]) -> str:
    """第 1 张表第 2–7 行有 6 格，表样的这几行是 5 格."""
    return f"{_rows(run)}有 {run[0].cells} 格，表样的{'这一行' if len(run) == 1 else '这几行'}是 {run[0].form_cells} 格"


def _rows(run: list[Misshapen]) -> str:
    """A run of rows of one table: 第 1 张表第 3–8 行, or on a sheet 工作表“表1”第 3–8 行."""
    first, last = run[0], run[-1]
    numbers = str(first.row.number) if len(run) == 1 else f"{first.row.number}–{last.row.number}"
    return f"{first.table.where or f'第 {first.table.number} 张表'}第 {numbers} 行"


def split_row_note(source: str, found: Result, fields: Fields) -> list[Problem]:
    """One note naming the rows of the form typed across two rows (docx_split_rows), read as one: the clerk should
    know the file's rows were read otherwise than they stand, and may check that the two belonged together. A pair
    shaped like a row cut at a page break gets a warning of its own (`_cut_note`), one of a row the form prints once
    where it was joined (`_fixed_cut_note`); kept as two, the note on its lower row's text left out says whose rest
    it may be (`fixed_rests`)."""
    wrapped = [s for s in found.split_rows if not s.cut]
    notes = [_cut_note(source, s) for s in found.split_rows if s.cut and s.fixed is None]
    notes += [_fixed_cut_note(source, s, _read_as(found, fields, s.whole, s.fixed) or s.cell)
              for s in found.split_rows if s.fixed is not None and s.joined]
    if not wrapped:
        return notes
    pairs = "、".join(f"{where_row(s.table, s.first)}与第 {s.second.number} 行" for s in wrapped)
    return [Problem(source, 0, 0, Severity.INFO, "IMPORT-SPLIT-ROW",
                    f"{pairs}各是表样的一行分成的两行（一行填了的格在另一行都空着，合起来才是表样的这一行，"
                    "如表头太长、在表格里按了回车），合在一起读作一行；如果它们本不是同一行，请核对规格")] + notes


def continued_table_notes(source: str, found: Result) -> list[Problem]:
    """A note at each table read as carrying on the table before it (docx_continued_tables): the clerk should know
    two tables of the file were read as one, and on what evidence, and check it where they were meant as two. And a
    hint at each table of the same columns as the one above that no page turned between (`joined` False), read as a
    table of its own: where it was the one table carried on, its first blank category came in blank, and the error
    said nothing of the split nor how to have it read as one."""
    notes = []
    for c in found.continued:
        upper, lower = f"第 {c.upper.number} 张表", f"第 {c.lower.number} 张表"
        if c.header is None:
            why = f"它没有表头，列数、各列的宽度都与{upper}相同，第 1 行的格与{upper}最后一行一样"
        elif c.left_out:
            why = (f"它的第 1 行是照{upper}的表头重新打的一行表头，少了{'、'.join(f'“{w}”' for w in c.left_out)}"
                   f"{_slips_said(c.slips, '，')}，其余栏目名的格与{upper}的表头不同，但列数、各列的宽度都与{upper}相同")
        elif c.reworded:
            why = (f"它的第 1 行是一行表头，与{upper}的表头写法不同{_slips_said(c.slips, '：')}，"
                   f"但列数、各列的宽度和格都与{upper}相同")
        else:
            why = f"它的第 1 行是照{upper}的表头重新打的一行表头"
        if not c.joined:
            if not c.hinted:
                continue  # a table of its own by design more often than not (docx_continued_tables `_one_group`)
            notes.append(Problem(source, 0, 0, Severity.INFO, "IMPORT-MAYBE-CONTINUED",
                                 f"{lower}紧接在{upper}后面，栏目相同（{why}），但两表之间没有分页的痕迹，按两张表读入；"
                                 f"如果它是{upper}跨页接着打的同一张表，请在 Word 里两表之间加一行“续表”，再导入"))
            continue
        notes.append(Problem(source, 0, 0, Severity.INFO, "IMPORT-TABLE-CONTINUED",
                             f"{lower}紧接在{upper}后面，栏目相同（{why}），读作在分页处断开、另起一张表接着打的同一张表"
                             f"（{lower}开头空着的合并栏按{upper}最后一行读）；如果它本是另一张表，请核对规格中从它读进的各项"))
    return notes


def _slips_said(slips: tuple[tuple[str, str], ...], lead: str) -> str:
    """The header words typed otherwise than the form's labels, each beside the label it was read as, for the clerk to
    check the row was the header typed again with a slip (年度目标值 for 年度指标值), not a row of another table;
    `lead` joins them to the words before."""
    return lead + "、".join(f"“{typed}”读作表样的“{label}”" for typed, label in slips) if slips else ""


def _cut_note(source: str, pair) -> Problem:
    """A warning at two rows shaped like one row of the form cut at a page break: the name above, the values below.
    They are as well an item whose values are not filled in yet over one whose name was forgotten, so the note says
    which reading import took, on what evidence, and what the clerk does if the other is right."""
    upper, lower, above, below = "、".join(pair.upper), "、".join(pair.lower), pair.first.number, pair.second.number
    unshared = "、".join(pair.unshared)  # a cell merged down over both is the lower row's too: nothing to fill there
    pair_at = f"{where_row(pair.table, pair.first)}与第 {below} 行" + ("（中间隔着重新打的一行表头）" if pair.across else "")
    if pair.named:
        return _name_cut_note(source, pair)
    if pair.lower_table is not None:
        return _cell_cut_over_join_note(source, pair)
    if pair.cell:
        return _cell_cut_note(source, pair, pair_at)
    if pair.joined:
        return _warning(source, "IMPORT-PAGE-CUT",
                        f"{pair_at}读作表上的一行被分页分成的两行（第 {below} 行{'上面的表头' if pair.across else ''}"
                        f"在新一页的开头），合成一行读入：{upper}取自第 {above} 行，{lower}取自第 {below} 行；"
                        f"如果它们本是两行，请在规格里把“{pair.item}”这一项的{lower}改回空，并在它后面另写一项填上这些值"
                        + (f"（{unshared}留空待填）" if unshared else ""))
    return _warning(source, "IMPORT-MAYBE-CUT",
                    f"{pair_at}可能是表上的一行被分页分成了两行；文件里没有第 {below} 行在新一页开头的痕迹，按两行读入。"
                    f"若是一行，请把第 {below} 行的{lower}并入第 {above} 行，删去第 {below} 行；"
                    f"若是两行，请补上第 {above} 行的{lower}" + (f"和第 {below} 行的{unshared}" if unshared else ""))


def _cell_cut_note(source: str, pair, pair_at: str) -> Problem:
    """`_cut_note` of two rows shaped like one row whose cell's text a page break cut (docx_split_rows
    `_cell_cut`): the lower fills only the rest of that cell's text. Joined, the clerk is told where the two halves
    meet, as the join is import's guess at one paragraph; kept apart, how to join them or fill the lower row."""
    cell, above, below, unshared = pair.cell, pair.first.number, pair.second.number, "、".join(pair.unshared)
    rest = f"“{pair.rest}”"
    if pair.joined:
        return _joined_cell_note(source, pair, pair_at, f"第 {below} 行{'上面的表头' if pair.across else ''}在新一页的开头",
                                 f"第 {above} 行", f"第 {below} 行")
    return _warning(source, "IMPORT-MAYBE-CUT",
                    f"{pair_at}可能是表上的一行被分页分成了两行，第 {below} 行只填了{cell}（{rest}），"
                    f"像是第 {above} 行{cell}的后半；文件里没有第 {below} 行在新一页开头的痕迹，按两行读入。"
                    f"若是一行，请把第 {below} 行的{cell}接在第 {above} 行的{cell}后面，删去第 {below} 行；"
                    f"若是两行，请补上第 {below} 行的{unshared or '其余各栏'}")


def _name_cut_note(source: str, pair) -> Problem:
    """A warning at a row filling only the name under a row filling it and more, the lower at the top of a page
    (docx_split_rows `_name_cut`): the end of a name a page cut, or a draft's item whose values are not filled in
    yet. Import reads two items, as a name is never taken from the lower row; the clerk, who has the print, is told
    how to check and how to make it one name in the spec."""
    cell, item, rest, unshared = pair.cell, pair.item, pair.rest, "、".join(pair.unshared)
    above, below = where_row(pair.table, pair.first), where_row(pair.lower_table or pair.table, pair.second)
    turned = (f"第 {pair.lower_table.number} 张表是第 {pair.table.number} 张表在分页处断开后接着打的"
              if pair.lower_table is not None else f"{below}在新一页的开头")
    return _warning(source, "IMPORT-MAYBE-CUT",
                    f"{above}与{below}可能是表上的一行被分页分成了两行（{turned}）：{below}只填了{cell}“{rest}”，"
                    f"像是{above}{cell}“{item}”的后半，也可能是另一项还没有填值；{cell}从不取自下一行，按两项读入。"
                    f"请对照原表核对：若是同一个{cell}，请在规格里把“{rest}”接在“{item}”这一项的{cell}后面，"
                    f"删去“{rest}”这一项；若是两项，" + (f"请补上“{rest}”这一项的{unshared}" if unshared
                                                     else "规格不用改"))


def _cell_cut_over_join_note(source: str, pair) -> Problem:
    """`_cell_cut_note` of a cell cut where a table carried on over a page starts (docx_split_rows
    `cells_cut_over_joins`): always joined, on the evidence the join had; the rows named with their tables."""
    above, below = where_row(pair.table, pair.first), where_row(pair.lower_table, pair.second)
    return _joined_cell_note(source, pair, f"{above}与{below}",
                             f"第 {pair.lower_table.number} 张表是第 {pair.table.number} 张表在分页处断开后接着打的",
                             above, below)


def _joined_cell_note(source: str, pair, pair_at: str, why: str, upper: str, lower: str) -> Problem:
    """The IMPORT-PAGE-CUT of a cell whose rest the lower row held, joined: `why` is the evidence of the page turned
    (the lower row at a page's top, or a table carried on), `upper` and `lower` the rows as the note names them;
    where the halves meet, and how to undo the join if they were two rows."""
    cell, unshared, rest = pair.cell, "、".join(pair.unshared), f"“{pair.rest}”"
    return _warning(source, "IMPORT-PAGE-CUT",
                    f"{pair_at}读作表上的一行被分页分成的两行（{why}），{lower}只填了{cell}，是{upper}{cell}的后半："
                    f"合成一行读入，{cell}取{upper}的文字、接着{lower}的{rest}（接成同一段）；"
                    f"如果它们本是两行，请在规格里把“{pair.item}”这一项的{cell}末尾接上的{rest}删去，"
                    f"并在它后面另写一项，{cell}填上这些文字" + (f"（{unshared}留空待填）" if unshared else ""))


def _fixed_cut_note(source: str, pair, title: str) -> Problem:
    """A warning at a row the form prints once whose text a page break cut, read as one (docx_split_rows
    `_fixed_cut`): the field by its name, both rows, and where the halves meet, as the join is import's guess at one
    paragraph going on; the lower row could be no other row of the form, so the other reading is a paragraph."""
    above, below, rest = where_row(pair.table, pair.first), _lower_row(pair), f"“{pair.rest}”"
    why, top = (f"{below}在新一页的开头", f"第 {pair.first.number} 行") if pair.lower_table is None else \
        (f"第 {pair.lower_table.number} 张表是第 {pair.table.number} 张表在分页处断开后接着打的", above)
    return _warning(source, "IMPORT-PAGE-CUT",
                    f"{above}与{below}读作表上的一行被分页分成的两行（{why}）：{below}只填了{title}的后半，"
                    f"{_no_row_there(pair, below)}；合成一行读入，{title}取{top}的文字、接着{below}的{rest}（接成同一段）；"
                    f"如果{rest}本是另起的一段，请在规格的{title}里从它开始另起一行")


def _no_row_there(pair, below: str) -> str:
    """Why the lower row of a fixed row's cut is no row of the form: the form has none there, or the one it has there
    (a list's first row, 绩效目标) starts under it, its label printed in the row below and blank in this one."""
    if not pair.starts_below:
        return "表样在这里没有别的行"
    return f"表样在这里的下一行是{pair.starts_below}，而{below}的“{pair.starts_below}”一格空着，{pair.starts_below}从它下面一行才开始"


def _no_page(pair, below: str) -> str:
    """That the file shows no page turned where the pair's lower row begins."""
    return f"文件里没有{below}在新一页开头的痕迹" if pair.lower_table is None else \
        f"第 {pair.table.number} 张表与第 {pair.lower_table.number} 张表之间没有分页的痕迹"


def fixed_rests(found: Result, fields: Fields) -> dict[str, str]:
    """By its cell's place, what the note on a text left out adds where it may be the rest of the text of the row
    the form prints once above it, cut at a page break but kept as two rows for want of evidence (docx_split_rows
    `_fixed_cut`): whose rest it may be and how the clerk tells and joins it. The note said only that the form had
    no place for it, and the field kept only its top half."""
    rests = {}
    for pair in (s for s in found.split_rows if s.fixed is not None and not s.joined):
        above, below = where_row(pair.table, pair.first), _lower_row(pair)
        title, lower = _read_as(found, fields, pair.first, pair.fixed) or pair.cell, pair.second.cells[pair.fixed]
        rests[where_cell(pair.lower_table or pair.table, pair.second, lower)] = (
            f"它可能是{above}{title}的后半（像是表上的一行被分页分成了两行：{below}只填了这一格，{_no_row_there(pair, below)}；"
            f"但{_no_page(pair, below)}，没有接上）：请对照原表或打印稿，看{above}的{title}是否在页末断在半句、接着打在{below}；"
            f"是的话请把这些文字接在规格里{title}的末尾（或在 Word 里把它移到{above}那一格的末尾、删去{below}，"
            f"再导入），不是的话请核对后手工补进规格")
    return rests


def _lower_row(pair) -> str:
    """The lower row of a pair: by its number in the upper's table, with its table where it opens another."""
    return f"第 {pair.second.number} 行" if pair.lower_table is None else where_row(pair.lower_table, pair.second)


def _read_as(found: Result, fields: Fields, row, column: int) -> str | None:
    """The name of the field read from the cell of `row` at grid `column` (the list's where it is a list or an item
    of one); None where nothing was read from it."""
    paths = [c.path for c in found.captures if c.place is not None and c.place.row is row and c.column == column]
    path = min(paths, key=len, default=None)
    if path is None:
        return None
    return fields.title(path[:-1] if isinstance(path[-1], int) else path)


def total_row_notes(source: str, found: Result, fields: Fields) -> list[Problem]:
    """A warning for each 合计 row typed under a list's items: not read as an item, and the spec has no total. Where
    its amount is not the items' sum, both are said: a clerk told only to check the sum did not learn it was off, nor
    by how much, where a 合计 read as one more task had at least been counted in TASK-SUM. The form's own 合计 row
    (`printed`) is said only with such amounts: build prints the items' sum there, and what was typed is not read."""
    return [_warning(source, "IMPORT-TOTAL-ROW",
                     (f"{t.where}是表样的合计行（“{short(t.text)}”），生成时按各项之和印出，规格里不写合计，"
                      "这一行打的数没有读进；" if t.printed else
                      f"{t.where}是一行合计（“{short(t.text)}”），不是其中一项，没有读成一项；规格里不写合计；")
                     + ("".join(f"它的{fields.title(path)}写的是 {typed}，上面各项之和是 {items}，"
                                f"相差 {to_the_cent(abs(typed - items))}；" for path, typed, items in t.off)
                        + "请核对各项金额和这一行合计" if t.off else "请核对各项之和与它相符"))
            for t in found.totals]


def skipped_header_notes(source: str, found: Result, fields: Fields) -> list[Problem]:
    """A warning for each row among a table's items passed over as its header typed again, known so by its words
    alone (三级指标 | 年度目标值 under blank categories): were it an item worded like the labels, it would be lost,
    so the row is quoted for the clerk to see what was left out. And one for each row read as an item that looks
    like the header typed again all the same (年度指标值（2023年） | 实施期指标值): kept, quoted, and named as the item
    it became in the spec (`第 9 个绩效指标（三级指标）`, as validate names a row), so that a made-up indicator named
    三级指标 is seen and the clerk finds the item to delete among many. Both come in the order of their rows: all of
    one kind before the other, a clerk going down the table met them out of order."""
    skipped = [(row.at, _warning(source, "IMPORT-HEADER-ROW",
                                 f"{row.where}（“{short(row.text)}”）读作重新打的表头，跳过了，没有读进规格；"
                                 "如果它是一项内容而不是表头，请手工补进规格"))
               for row in found.skipped_headers]
    like = [(row.at, Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER-LIKE",
                             f"{row.where}（“{short(row.text)}”）像是重新打的表头，已按一项内容读进规格，"
                             f"是{_item_named(found, fields, path)}；如果它是表头，请在规格中删去这一项", json_path(path)))
            for path, row in found.header_like.items()]
    return [problem for _, problem in sorted(skipped + like, key=lambda pair: pair[0])]


def _item_named(found: Result, fields: Fields, path: tuple) -> str:
    """How validate names the list item at `path`, with the name read into it: `第 9 个绩效指标（三级指标）`."""
    name = " ".join(line for c in found.captures if c.path == (*path, "name") for line in c.lines or ())
    return fields.store.field_name(fields.file, path, {path: short(name)} if name.strip() else None)


def unplaced_note(source: str, unplaced: Unplaced, rests: dict[str, str]) -> Problem:
    """A warning naming content no place of the form took; a sheet's row typed without lines under its drawn
    table (xlsx_grid `_undrawn`) is said to be that, with how to draw it: read as a line of text, a row the
    clerk meant for the table was left out, and only drawing its lines makes it the table's. Where it may be the
    rest of a text above it cut at a page break (`fixed_rests`), that is said, and how to tell."""
    if unplaced.undrawn:
        return _warning(source, "IMPORT-UNDRAWN",
                        f"{unplaced.where}（“{short(unplaced.text)}”）在画了线的表格行下面，自己却没有画表格线，读成了表格之外的"
                        "一行文字，表样中没有对应的位置，未导入；如果它是表格的一行，请在 Excel 或 WPS 中选中这一行的各格，"
                        "加上框线（开始 → 边框 → 所有框线）后再导入，或核对后手工补进规格")
    rest = rests.get(unplaced.where) or _under_labels_hint(unplaced) or _instead_hint(unplaced)
    # a text under a row of labels may be their field's, to be pasted into the spec: quoted whole (note_text)
    quoted = quoted_note(unplaced.text) if unplaced.under_labels else short(unplaced.text)
    return _warning(source, "IMPORT-UNPLACED",
                    f"{unplaced.where}的“{quoted}”在表样中没有对应的位置，未导入；"
                    + (rest or "请核对后手工补进规格"))


def _instead_hint(unplaced: Unplaced) -> str:
    """Where a fixed row's label was typed as another label of the form (财政拨款 for 基本支出, docx_row_reading
    `_relabelled_row`): the label and its amounts stand in the form's place for one thing and name another, so
    neither reading is taken; said so, with the two readings, where "no place in the form" alone hid that the row
    was found and its other half read."""
    if not unplaced.instead:
        return ""
    label, typed, another = unplaced.instead
    dressed = f"“{another}”" if another and norm(another) != norm(typed) else ""  # 项目支出（万元）: 项目支出 in another unit
    why = f"（表样另一处的栏目名{dressed}）" if another else "（栏目名里有数字）"
    return (f"这一行其余的格已按表样读进，但这里是表样“{label}”的位置，栏目名却写作“{typed}”{why}，"
            f"不知道该读作哪一项；是“{label}”的话请把它的金额填进规格，栏目名写错了的请改正后再导入")


def _under_labels_hint(unplaced: Unplaced) -> str:
    """Where a sheet's text stands under a row of labels past a blank row, not read as their field's text (xlsx_grid
    `_under_labels`): the field it may be, why it was not taken, and what to do either way."""
    if not unplaced.under_labels:
        return ""
    labels, why = unplaced.under_labels
    return f"它在“{labels}”一行栏目名下面（隔着空行），{not_read_as(labels_field(labels), why)}"


def missing_notes(source: str, found: Result, fields: Fields, data: dict, kind: FileKind) -> list[Problem]:
    """A warning for each field printed only in a paragraph the document does not have (the year
    in the title) and not read from the file's name either.

    Left out, it is only a required field missing from the spec; the user is told where the form
    prints it, where import looked, and what to fill in by hand.
    """
    notes, told = [], set()
    for missed in found.missed:
        for path in missed.paths():
            if path in told or not empty(value_at(data, path)):
                continue
            told.add(path)
            shown = _shown(missed, fields)
            name = fields.store.field_name(fields.file, path)
            key = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(".")
            looked = kind.looked + (kind.outside_body if missed.sought_outside_body else "") \
                + ("和文件名" if path in fields.in_file_name else "")
            notes.append(_warning(
                source, "IMPORT-MISSING",
                f"没有读到“{name}”：表样把它印在“{short(shown)}”一段，{beside('这份', kind.file)}里（{looked}）都没有找到；"
                f"请在规格中手工填写 {key}"))
    return notes


def file_name_notes(source: str, printed: set[tuple], fields: Fields, data: dict, named: list[Capture],
                    shaped: bool) -> list[Problem]:
    """For each field of the form's file name that the form never prints (`printed`: a year no line shows, nor a title
    typed with it gave: docx_title_year `unprinted_year`), where it came from and whether to check it, or why it came
    from nowhere and what to do. `named`: the fields the name gave (import_data `file_name_captures`); `shaped`:
    whether the name is written as the form names its files.

    A year taken from a name in the form's shape that the form's texts also write as the year's (拟于2023年1月), or
    that their deadlines fit (2024年6月底前 in a 2023 form), needs no word; one they disagree with is a warning naming
    both (a file renamed from last year's carries last year's); one with nothing to check it against is a hint
    (file_name_years `disagreeing`). A year taken from a name otherwise written (its one plausible year) is said so.
    Said only as the spec lacking a required field, the clerk was left to wonder why the file, which never showed a
    year, was expected to give one; and a name in the form's shape is never said not to be."""
    notes = []
    name = Path(source).name
    where = {capture.path: capture.where for capture in named}
    written = years_written(data)
    for path in sorted(fields.in_file_name - printed):
        title, value = fields.title(path), value_at(data, path)
        if empty(value):
            notes.append(_warning(source, "IMPORT-MISSING", f"没有读到“{title}”：表样上不印{title}，只能从文件名读出，"
                                  f"而{_why_not_named(name, title, shaped, fields)}{_texts_say(name, written)}；请在规格中手工填写 "
                                  f"{'.'.join(map(str, path))}，或把文件改成这样的名字再导入"))
            continue
        read = where.get(path, FILE_NAME)
        source_said = f"读自文件名“{name}”" if read == FILE_NAME else \
            f"读自{read}（文件名不是表样的写法“{_file_name_shown(fields)}”，其中只写了这一个年份）"
        bearing = disagreeing(value, data) if isinstance(value, int) else None
        if bearing and bearing[0]:
            others, how = bearing
            years = "、".join(f"{y}年" for y in sorted(others))
            said = {"own": f"写的是{years}", "earlier": f"写的期限是{years}，早于这一{title}",
                    "later": f"写的期限是{years}，晚于这一{title}的下一年"}[how]
            notes.append(_warning(source, "IMPORT-FILE-NAME",
                                  f"{title} {value} {source_said}，而表上的文字{said}（如“{short(others[min(others)])}”）："
                                  f"表样上不印{title}，只能从文件名读出；请核对这份表是哪一{title}的，在规格中改正 "
                                  f"{'.'.join(map(str, path))}（沿用别的年份的文件改的表，文件名可能没有改）"))
        elif read != FILE_NAME or bearing is None:
            notes.append(Problem(source, 0, 0, Severity.INFO, "IMPORT-FILE-NAME",
                                 f"{title} {value} {source_said}：表样上不印{title}，只能从文件名读出；"
                                 f"请核对它是这份表的{title}（沿用别的年份、别的单位的文件改的表，文件名可能没有改）"))
    return notes


def _why_not_named(name: str, title: str, shaped: bool, fields: Fields) -> str:
    """Why the file's name gave no value for a field: two years in it, none in a name of the form's shape, or a name
    otherwise written."""
    years = years_named(Path(name).stem)
    if len(years) > 1:
        named = f"{'、'.join(f'“{written}”' for _, written in years)}几个不同的年份，不知道是哪一个"
        return f"文件名“{name}”里写着{named}（表样的写法“{_file_name_shown(fields)}”只写一个）" if shaped else \
            f"文件名“{name}”不是表样的写法“{_file_name_shown(fields)}”，其中写着{named}"
    if shaped:
        return f"文件名“{name}”是表样的写法“{_file_name_shown(fields)}”，但其中没有写{title}（或写的不是数字）"
    return f"文件名“{name}”不是表样的写法“{_file_name_shown(fields)}”"


def _texts_say(name: str, written: dict[int, str]) -> str:
    """Which of the years a file's name writes (`2023-2024年度`) the form's texts write as the year's, when just one:
    a clue for the clerk, not taken as the year, since the texts are what a year from the name is checked against."""
    agreed = [year for year, _ in years_named(Path(name).stem) if year in written]
    return f"；表上的文字写的是{agreed[0]}年（如“{short(written[agreed[0]])}”）" if len(agreed) == 1 else ""


def _file_name_shown(fields: Fields) -> str:
    """The form's file name as a person reads it: `【单位名称】【年度】年度项目绩效目标表`, fields by their titles."""
    variant = fields.variant
    return "".join(s if isinstance(s, str) else f"【{fields.title(s.path)}】" if isinstance(s, Expr) and s.path else ""
                   for s in parse_segments(variant.file_name, parse_segments(variant.title)))


def _shown(missed: Missed, fields: Fields) -> str:
    """The template's paragraph as a person reads it: `【年度】年部门整体…`, fields by their titles."""
    out = []
    for s in missed.line.segments:
        if isinstance(s, str):
            out.append(s)
        elif isinstance(s, Expr) and s.path[:1] == ("loop",):
            out.append("1")
        elif isinstance(s, Expr) and s.path:
            out.append(f"【{fields.title(spec_path(s.path, missed.scope))}】")
    return " ".join("".join(out).split())


def merged_notes(source: str, found: Result, fields: Fields) -> list[Problem]:
    """A warning for each cell merged across columns (e.g. 实施周期指标值 with 年度指标值, the same
    value typed once): each column got its text, which is right only if they really are the same. None for
    an import left incomplete: its tables may be misread, the columns named not the cell's."""
    notes = []
    for m in (m for m in found.merged if m.text):
        titles = list(dict.fromkeys(fields.title(path) for path in m.paths))
        count = "两" if len(titles) == 2 else str(len(titles))
        notes.append(_warning(
            source, "IMPORT-MERGED",
            f"{m.where}是“{'”“'.join(titles)}”{count}栏合并成的一格：{count}栏都填入了“{short(m.text)}”；"
            "如果它们的值不同，请在规格中改正"))
    return notes


def worded_in_unread(found: Result, scopes: list[InYuan], fields: Fields) -> tuple[list[InYuan], list[HeaderCell]]:
    """Of an import left incomplete: the 元 scopes over amounts read, and the header cells worded otherwise than the
    form's, with the 元 cells and lines over no amount read. 部门整体资金 for 部门整体资金（万元） can be why a
    table was not recognised; a warning saying it was 'read as the form's column', or that no amount under it
    was converted, would tell of a table that was never read."""
    empty = [scope for scope in scopes
             if not any(isinstance(fields.value(c.path, c.lines), Decimal) for c in scope.captures)]
    worded = [cell for h in found.headings for cell in h.cells if reworded(cell)]
    return [scope for scope in scopes if scope not in empty], worded + [cell for scope in empty for cell in scope.said]


def typed_unit_notes(source: str, captures: list[Capture], fields: Fields) -> list[Problem]:
    """A warning for the amounts typed with a unit other than the form's 万元 (6108500元 in a cell of the form's
    万元), read in 万元 (Fields.value): one for each unit, naming the cells, with one of them before and after; and
    one for those typed with 元 read as typed, as they look like 万元 (78.56元: `mistyped`), saying why."""
    typed: dict[tuple[str, str | None], list[Capture]] = {}
    for capture in (c for c in captures if c.lines is not None):
        said = fields.typed_in(capture.path, capture.lines)
        if said is not None:
            typed.setdefault(said, []).append(capture)
    notes = []
    for (unit, why), said in typed.items():
        first = said[0]
        shown = short(" ".join(line.strip() for line in first.lines if line.strip()))
        read = f"读作 {fields.value(first.path, first.lines):f} 万元"
        said_so = f"的金额“{shown}”写着" if len(said) == 1 else "的金额写着"
        done = read if len(said) == 1 else f"共 {len(said)} 个（如“{shown}”{read}）"
        if why is None:
            message = f"表样以万元为单位：已除以 {10 ** SHIFTS[unit]} 换算成万元读进规格，{done}；请核对"
        else:
            amounts = [fields.value(c.path, c.lines) for c in said]
            because = looks_so(why, amounts, "这个金额" if len(said) == 1 else "这些金额都")
            done = f"按原数{done}，没有换算" if len(said) == 1 else f"按原数读进，没有换算，{done}"
            them = "它" if len(said) == 1 else "这些金额"
            message = (f"但{because}，看来是以万元为单位的，单位“{unit}”像是写错了：{done}；"
                       f"如果确实以{unit}为单位，请在规格中把{them}除以 {10 ** SHIFTS[unit]}")
        notes.append(Problem(source, 0, 0, Severity.WARNING, "IMPORT-UNIT",
                             f"{places([c.where for c in said])}{said_so}单位“{unit}”，{message}"))
    return notes


def held_cells(blocks: list) -> dict[str, tuple]:
    """A sheet's table cells whose number format shows their number scaled (xlsx_grid `held`), by their place:
    (the table's id, the number held, the format)."""
    return {cell.where: (id(block), *cell.held) for block in blocks if not isinstance(block, Paragraph)
            for row in block.rows for cell in row.distinct() if cell.held is not None and not cell.continued}


def scaled_notes(source: str, captures: list[Capture], held: dict[str, tuple], fields: Fields,
                 converted: dict[int, str]) -> list[Problem]:
    """A warning for each table whose amounts were read as their number format shows them scaled (6108500 under
    `0.00,,"万"` shows 6.11万, read 6.11 万元), naming one of them, the number it holds and what was read.

    Read as shown, as the clerk sees the sheet, the spec's amount may still be a hundred times less than the
    number the cell holds (its commas divide by 1000 each, whatever word follows them), in silence."""
    tables: dict[int, list[tuple[Capture, Decimal]]] = {}
    for capture in (c for c in captures if c.lines is not None and c.where in held):
        value = fields.value(capture.path, capture.lines)
        if fields.kind(capture.path) == "amount" and isinstance(value, Decimal):
            if id(capture) in converted:
                value = in_wan(value, converted[id(capture)])
            tables.setdefault(held[capture.where][0], []).append((capture, value))
    notes = []
    for read in tables.values():
        # one whose number read in 元 is not what was read first: the one to check
        capture, value = min(read, key=lambda item: in_wan(held[item[0].where][1]) == item[1])
        _, number, number_format = held[capture.where]
        shown = " ".join(line.strip() for line in capture.lines if line.strip())
        in_yuan = in_wan(number)
        count = f"（这张表共 {len(read)} 格金额这样显示）" if len(read) > 1 else ""
        check = f"，与存的数按元计相符{count}；请核对" if in_yuan == value else \
            f"，而存的数按元计是 {in_yuan:f} 万元{count}：读进规格的是前者；请核对，存的数才对的话请在规格中改正"
        notes.append(Problem(
            source, 0, 0, Severity.WARNING, "IMPORT-SCALED",
            f"{capture.where}存的数是 {number:f}，数字格式“{number_format}”把它缩小显示成“{shown}”，"
            f"按显示的读作 {value:f} 万元{check}"))
    return notes
