"""`jixiao import` of Excel workbooks (.xlsx): the same matcher as Word forms, cells read as Excel shows them."""
from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from generator.cli import main
from generator.docx_grid import Paragraph, read_body
from generator.load import load
from generator.model import plain
from generator.xlsx_grid import open_workbook, read_workbook
from generator.xlsx_numbers import shown

from .conftest import ROOT, SPECS, ole2, zip_edit
from .test_import import _clear, _first_row, cut_at_page_break, one_table_form, split_row

SHEET = "绩效目标表"
SHEET_XML = "xl/worksheets/sheet1.xml"  # the first sheet's part
_THIN = Border(left=Side("thin"), right=Side("thin"), top=Side("thin"), bottom=Side("thin"))
_AMOUNT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.([0-9]+))?")


@pytest.fixture(autouse=True)
def in_a_scratch_folder(tmp_path, monkeypatch):
    """The schema copy an import writes goes to the current project: never wherever pytest started."""
    monkeypatch.chdir(tmp_path)


def _write(sheet, row: int, column: int, text: str) -> None:
    """A Word cell's text into a sheet's cell: digits as a number shown with as many places, as typed in Excel."""
    cell = sheet.cell(row, column)
    number = _AMOUNT.fullmatch(text)
    if number:
        cell.value = float(text) if number[1] else int(text)
        cell.number_format = "0." + "0" * len(number[1]) if number[1] else "0"
    else:
        cell.value = text or None
        if text.startswith("="):
            cell.data_type = "s"  # typed text (=100%), not a formula
    if "\n" in text:
        cell.number_format = "@"


def mirror(docx: Path, sheet, top: int = 1, left: int = 1, ruled: bool = False) -> dict[int, str]:
    """Lay a Word form out on a sheet as finance bureaus hand it out: each paragraph a row merged across,
    each table's cells in its grid columns, its merges as merged ranges, a blank row between tables;
    `ruled`: each table drawn with thin lines around every cell, as a form printed from Excel is.
    Returns the paragraphs' text by row."""
    blocks = read_body(Document(str(docx)).element.body)
    width = max(block.rows[0].width for block in blocks if not isinstance(block, Paragraph))
    row, paragraphs = top, {}
    for block in blocks:
        if isinstance(block, Paragraph):
            if block.text.strip():
                _write(sheet, row, left, block.text)
                sheet.merge_cells(start_row=row, start_column=left, end_row=row, end_column=left + width - 1)
                paragraphs[row] = block.text
            row += 1
            continue
        for index, grid_row in enumerate(block.rows):
            for cell in grid_row.distinct():
                if cell.continued:
                    continue
                down = 0
                while index + down + 1 < len(block.rows) \
                        and block.rows[index + down + 1].cells[cell.column].lines is cell.lines:
                    down += 1
                _write(sheet, row + index, left + cell.column, cell.text)
                if down or cell.span > 1:
                    sheet.merge_cells(start_row=row + index, start_column=left + cell.column,
                                      end_row=row + index + down, end_column=left + cell.column + cell.span - 1)
        if ruled:
            for r in range(row, row + len(block.rows)):
                for c in range(left, left + block.rows[0].width):
                    sheet.cell(r, c).border = _THIN
        row += len(block.rows)
    return paragraphs


def type_apart(sheet, paragraphs: dict[int, str], left: int = 1) -> None:
    """Retype a mirrored form's lines of text as people type them in Excel, in cells of their own, unmerged:
    a label and its value apart (填表人： | 扶金辉), a blank cell between them on every other such line; a
    联系电话 after the line above it, a blank cell between (填表人： | 扶金辉 | | 联系电话： | 8866810), its own
    row left blank; 单位：万元 at the right end of the line above it (the unit's)."""
    width = max(merge.max_col for merge in sheet.merged_cells.ranges if merge.min_row in paragraphs) - left + 1
    lines: dict[int, list] = {}
    for number, (row, text) in enumerate(sorted(paragraphs.items())):
        apart = re.fullmatch(r"(.+?[：:])\s*(\S.*)", text)
        cells = [text] if apart is None or text == "单位：万元" else [apart[1]] + [None] * (number % 2) + [apart[2]]
        above = lines.get(row - 1)
        if above is not None and text.startswith("联系电话"):
            above += [None] + cells
        elif above is not None and text == "单位：万元":
            above += [None] * (width - len(above) - 1) + cells
        else:
            lines[row] = cells
        sheet.unmerge_cells(start_row=row, start_column=left, end_row=row, end_column=left + width - 1)
        sheet.cell(row, left).value = None
    for row, cells in lines.items():
        for column, text in enumerate(cells, start=left):
            if text is not None:
                _write(sheet, row, column, text)


def as_workbook(docx: Path, target: Path, **where) -> Path:
    book = Workbook()
    book.active.title = SHEET
    mirror(docx, book.active, **where)
    book.save(str(target))
    return target


def imports_as_its_spec(runner, source: Path, stem: str, clean: str = "0 个错误，0 个警告") -> str:
    """Import `source` beside it and check that it reads as the example spec `stem`, with no problem said but
    what `clean` counts; the output, for the words of those."""
    target = source.parent / "out.yaml"
    result = runner.invoke(main, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 0 and clean in result.output, result.output
    assert plain(load(target).data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)
    return result.output


def _cell_holding(path: Path, value) -> str:
    return _cell_holding_in(load_workbook(str(path))[SHEET], value)


def _cell_holding_in(sheet, value) -> str:
    return next(c.coordinate for row in sheet.iter_rows() for c in row if c.value == value)


# ── the example forms, laid out on a sheet ──────────────────────────────────────────────────────
@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_a_form_handed_out_as_a_sheet_imports_to_the_same_data_as_its_word_form(built_word, runner, tmp_path, spec):
    source = as_workbook(built_word[spec.stem], tmp_path / (built_word[spec.stem].stem + ".xlsx"))
    target = tmp_path / "imported.yaml"
    result = runner.invoke(main, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "0 个错误，0 个警告" in result.output, result.output
    assert f"（表样 {spec.stem.split('-')[0]}）" in result.output
    assert plain(load(target).data) == plain(load(spec).data)
    assert runner.invoke(main, ["validate", str(target)]).exit_code == 0


def test_a_workbook_renamed_as_a_spec_is_told_to_be_renamed_back_not_written_over(built_word, runner, tmp_path):
    """A form's .xlsx renamed .yaml was read as a workbook, its spec to be written under the same name: told the
    spec existed and to add --force, which wrote the spec over the form."""
    source = as_workbook(built_word["guangzhou-tailian-2023"], tmp_path / "旧表.yaml")
    before = source.read_bytes()
    result = runner.invoke(main, ["import", str(source), "--force"])
    assert result.exit_code == 1, result.output
    assert (f"{source}: 错误[IMPORT-NOT-XLSX] 这其实是 Excel 工作簿（.xlsx），只是扩展名写成了“.yaml”：请把它改名为 "
            "旧表.xlsx 后再导入") in result.output, result.output
    assert source.read_bytes() == before


@pytest.mark.parametrize("spec, label, cut, above", [
    ("guangzhou-tailian-2023", "三级指标", lambda tr: split_row(tr, {2, 4}), "三级指标"),  # a header typed on two rows
    ("zhanjiang-qiaolian-2024", "项目支出", lambda tr: split_row(tr, {1, 2}), "其他资金"),  # a budget row so
])
def test_a_row_of_the_form_typed_on_two_rows_of_a_sheet_reads_as_one(built_word, runner, tmp_path, spec, label, cut,
                                                                     above):
    """A sheet has split rows as Word tables do (a header wrapped onto a second row), and is read through the same
    join: said once, by the sheet's rows (`above`: a text the upper of the two keeps)."""
    source = _sheet_of_edited(built_word[spec], tmp_path, lambda document: cut(_first_row(document, label)))
    output = imports_as_its_spec(runner, source, spec, clean="0 个错误，0 个警告，1 个提示")
    [note] = [line for line in output.splitlines() if "IMPORT-SPLIT-ROW" in line]
    row = _cell_holding(source, above).lstrip("ABCDEFGHIJ")
    assert f"提示[IMPORT-SPLIT-ROW] 工作表“{SHEET}”第 {row} 行与第 {int(row) + 1} 行各是表样的一行分成的两行" in note, note


def _sheet_of_edited(docx: Path, tmp_path: Path, edit, page_after=None) -> Path:
    """The Word form edited by `edit(document)` and laid out on a sheet (`mirror`), with a manual page break under
    the row holding `page_after` if given: saved by the form's name."""
    document = Document(str(docx))
    edit(document)
    edited = tmp_path / "edited" / docx.name
    edited.parent.mkdir()
    document.save(str(edited))
    book = Workbook()
    book.active.title = SHEET
    mirror(edited, book.active)
    if page_after is not None:
        book.active.row_breaks.append(Break(id=int(_cell_holding_in(book.active, page_after).lstrip("ABCDEFGHIJ"))))
    source = tmp_path / (docx.stem + ".xlsx")
    book.save(str(source))
    return source


@pytest.mark.parametrize("spec, name", [("guangzhou-tailian-2023", "补助发放及时率"), ("jiangsu-taiban-2024", "课题经费")])
def test_a_row_cut_at_a_manual_page_break_of_a_sheet_reads_as_one(built_word, runner, tmp_path, spec, name):
    """A row typed again from a print cut at a page break, on a sheet whose manual page break (插入分页符) stands
    between its halves: that is the evidence of a page, and the two are read as one, with a warning."""
    source = _sheet_of_edited(built_word[spec], tmp_path, lambda d: cut_at_page_break(_first_row(d, name), name), name)
    output = imports_as_its_spec(runner, source, spec, clean="0 个错误，1 个警告")
    row = int(_cell_holding(source, name).lstrip("ABCDEFGHIJ"))
    [note] = [line for line in output.splitlines() if "IMPORT-PAGE-CUT" in line]
    assert f"工作表“{SHEET}”第 {row} 行与第 {row + 1} 行读作表上的一行被分页分成的两行" in note, note


def test_a_sheets_item_without_values_over_one_without_a_name_stay_two_items(built_word, runner, tmp_path):
    """The same rows on a sheet with no page break between them: two items, as typed, and a warning naming both
    readings; joined, the lower item was lost with only a 提示."""
    spec, name = "hengyang-qiaolian-2022", "承办省侨商会年会。"

    def edit(document):
        upper = _first_row(document, name)
        _clear(upper.tc_lst[-1])
        _clear(upper.getnext().tc_lst[-2])

    source = _sheet_of_edited(built_word[spec], tmp_path, edit)
    target = tmp_path / "out.yaml"
    result = runner.invoke(main, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 1 and "IMPORT-MAYBE-CUT" in result.output, result.output
    assert len(load(target).data["department"]["indicators"]) == \
        len(load(ROOT / "specs" / f"{spec}.yaml").data["department"]["indicators"])


def unmerged_down(sheet) -> None:
    """Every range merged down (一级指标, 二级指标, side labels) unmerged, as Excel's 取消合并 leaves it: the text in its
    top cell only, the cells below it blank."""
    for merge in [m for m in sheet.merged_cells.ranges if m.max_row > m.min_row]:
        sheet.unmerge_cells(str(merge))


def _unmerged_form(docx: Path, folder: Path, ruled: bool = False, unmerged: bool = True, edit=None) -> Path:
    """The Word form laid out on a sheet (`mirror`), its ranges merged down unmerged unless `unmerged` is false,
    then changed by `edit(sheet)` if given, saved in `folder` by the form's name (天津's year is read from it)."""
    book = Workbook()
    book.active.title = SHEET
    mirror(docx, book.active, ruled=ruled)
    if unmerged:
        unmerged_down(book.active)
    if edit:
        edit(book.active)
    folder.mkdir(exist_ok=True)
    source = folder / (docx.stem + ".xlsx")
    book.save(str(source))
    return source


def test_a_one_table_sheet_whose_short_rows_end_in_an_unmerged_empty_cell_imports_whole(runner, tmp_path):
    """As in Word (test_import): a sheet made with openpyxl, the budget and task rows' sixth cell left empty and
    unmerged, read none of those rows."""
    source = as_workbook(one_table_form(tmp_path / "广州.docx"), tmp_path / "广州.xlsx")
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0 and "0 个错误，0 个警告" in result.output, result.output
    data = load(tmp_path / "out.yaml").data
    assert str(data["budget"]["project"]) == "78.56" and data["overall_target"] == "做好各项工作。"
    assert [t["name"] for t in data["key_tasks"]] == ["任务一", "任务二"]
    assert [i["name"] for i in data["indicators"]] == ["举办活动场次", "覆盖率", "满意度"]


@pytest.mark.parametrize("ruled", [False, True], ids=["no lines", "ruled"])
@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_a_form_with_its_cells_merged_down_unmerged_reads_as_the_merged_one(built_word, runner, tmp_path, spec, ruled):
    """A clerk unmerges the form's cells merged down: Excel keeps each text in the top cell only. A blank side label
    (部门整体资金（万元） beside the 支出 header) was a blank cell naming the form's blank column, the header was
    taken for one naming its columns in another order, and the budget rows under it were read as indicators."""
    imports_as_its_spec(runner, _unmerged_form(built_word[spec.stem], tmp_path / "unmerged", ruled), spec.stem,
                        clean="0 个错误，0 个警告")


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_categories_read_into_unmerged_cells_below_are_said_once_and_nothing_on_the_merged_form(built_word, runner,
                                                                                                tmp_path, spec):
    """A blank 一级, 二级 指标 right under a filled one was read as the group above in silence: a guess the clerk is
    told of once, where its cells are; the merged sheet, with nothing guessed, says nothing."""
    said = []
    for unmerged in (False, True):
        source = _unmerged_form(built_word[spec.stem], tmp_path / str(unmerged), unmerged=unmerged)
        result = runner.invoke(main, ["import", str(source), "-o", str(source.with_suffix(".yaml"))])
        assert result.exit_code == 0, result.output
        said.append(result.output)
    merged, unmerged = said
    assert "IMPORT-UNMERGED" not in merged and merged.splitlines()[-1].endswith("0 个错误，0 个警告。"), merged
    assert unmerged.splitlines()[-1].endswith("0 个错误，0 个警告，1 个提示。"), unmerged
    [note] = [line for line in unmerged.splitlines() if "IMPORT-UNMERGED" in line]
    assert re.search(r": 提示\[IMPORT-UNMERGED\] 工作表“绩效目标表”的“一级指标”.*有 [0-9]+ 格是空的，"
                     r"当作取消合并后留下的空格（取消合并后只有最上面一格留有文字），按上方最近填了的一格读入："
                     r"一级指标 [A-Z]+[0-9]+(:[A-Z]+[0-9]+)?(、[A-Z]+[0-9]+(:[A-Z]+[0-9]+)?)* 读作“[^”]+”.*；"
                     "如果哪一格本不属于那一类，请在规格中改正$", note), note


def test_a_blank_category_under_a_tables_header_is_not_guessed_from_the_table_above(built_word, runner, tmp_path):
    """Under a header row, a blank 一级指标 continues nothing the table shows: it was given the 一级 of the last row of
    the table above (履职 for 效益指标). It is left blank, for validate to name, and so are the blanks under it."""
    stem = "jiangsu-taiban-2024"

    def blank_the_top_of_effects(sheet):
        sheet[_cell_holding_in(sheet, "效益指标")].value = None

    source = _unmerged_form(built_word[stem], tmp_path, edit=blank_the_top_of_effects)
    target = tmp_path / "out.yaml"
    result = runner.invoke(main, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 1, result.output
    levels = [item["level1"] for item in load(target).data["indicators"]]
    expected = [item["level1"] for item in load(ROOT / "specs" / f"{stem}.yaml").data["indicators"]]
    blanked = [index for index, level in enumerate(expected) if level == "效益指标"]
    assert [levels[index] for index in blanked] == [""] * len(blanked) and "履职" in levels
    assert [level for index, level in enumerate(levels) if index not in blanked] \
        == [level for index, level in enumerate(expected) if index not in blanked]
    assert "一级指标”：不能为空" in result.output and "提示[IMPORT-UNMERGED]" in result.output


def _rows_moved(sheet, at: int, by: int) -> None:
    """The rows from `at` down and their merged ranges moved `by` rows (down; up over the rows above `at`)."""
    below = [merge for merge in sheet.merged_cells.ranges if merge.min_row >= at]
    for merge in below:
        sheet.merged_cells.remove(merge)
    sheet.move_range(f"A{at}:{get_column_letter(sheet.max_column)}{sheet.max_row}", rows=by)
    for merge in below:
        merge.shift(0, by)
        sheet.merged_cells.add(merge)


def _header_typed_again(sheet, above: str) -> None:
    """The indicators' header row typed again right above the row holding `above` (as a clerk does at the top of a
    printed page), the rows and merged ranges below moved down one."""
    header, at = _cell_holding_in(sheet, "一级指标"), sheet[_cell_holding_in(sheet, above)].row
    _rows_moved(sheet, at, 1)
    for cell in sheet[sheet[header].row]:
        sheet.cell(at, cell.column, cell.value)


def test_the_unmerged_note_names_each_guess_by_its_cells_so_a_wrong_one_is_found(built_word, runner, tmp_path):
    """A clerk deletes a group's top row (预算管理 in B40): its five indicators are read as the group above, 预算执行.
    The note named its first cell and a count (A27 格等 88 格), which no one could check that guess by; it lists the
    cells each value was read into, column by column, so B33:B44 读作“预算执行” shows it."""
    stem = "jiangsu-taiban-2024"

    def top_row_deleted(sheet):
        _rows_moved(sheet, sheet[_cell_holding_in(sheet, "预算管理")].row + 1, -1)

    source = _unmerged_form(built_word[stem], tmp_path, edit=top_row_deleted)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    [note] = [line for line in result.output.splitlines() if "IMPORT-UNMERGED" in line]
    said = note.split("读入：", 1)[1]
    assert said.startswith("一级指标 A27:A31 读作“决策”，A33:A55 读作“过程”，"), note
    assert "；二级指标 B27 读作“计划制定”，B29 读作“目标设定”，B31 读作“预算编制”，B33:B44 读作“预算执行”，B46:B47 读作“资产管理”" in said


def test_unmerged_categories_go_on_under_the_header_typed_again_at_a_page_break(built_word, runner, tmp_path):
    """A blank 一级, 二级 指标 right under the header row typed again (a table carried on over a page) still continues
    the group above it, as it does right under the group's last row: one rule for categories and side labels."""
    stem = "jiangsu-taiban-2024"
    source = _unmerged_form(built_word[stem], tmp_path, edit=lambda sheet: _header_typed_again(sheet, "预算执行率"))
    imports_as_its_spec(runner, source, stem, clean="0 个错误，0 个警告，1 个提示")


def test_hidden_rows_and_columns_and_empty_cells_past_the_form_are_not_read(built_word, runner, tmp_path):
    """What is hidden is not the form, and is not read; but it is named once, in case a row of the form was
    hidden by mistake: it was left out of the spec in silence."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    mirror(built_word["tianjin-qiaolian-2023"], sheet, top=2, left=2)
    for row in range(1, 40):
        sheet.cell(row, 1, "作废的草稿")
    sheet.cell(1, 3, "旧版数字 999")
    sheet.column_dimensions["A"].hidden = True
    sheet.row_dimensions[1].hidden = True
    sheet.cell(300, 40).number_format = "0.00"  # formatted, never filled: the sheet's used area grows
    source = tmp_path / (built_word["tianjin-qiaolian-2023"].stem + ".xlsx")  # the year is only in the file's name
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "t.yaml")])
    assert result.exit_code == 0 and "0 个错误，1 个警告" in result.output, result.output
    assert (f"{source}: 警告[IMPORT-HIDDEN] 工作表“{SHEET}”隐藏的第 1 行和 A 列有内容（如 A1 格的“作废的草稿”），没有导入："
            "隐藏的行、列不在表上；如果其中有表上的内容，请在 Excel 或 WPS 中取消隐藏后保存，再导入") in result.output
    assert plain(load(tmp_path / "t.yaml").data) == plain(load(ROOT / "specs" / "tianjin-qiaolian-2023.yaml").data)


def test_an_indicator_row_hidden_by_mistake_is_named_not_lost_in_silence(built_word, runner, tmp_path):
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    name = book[SHEET][_cell_holding(source, "举办活动场次")]
    book[SHEET].row_dimensions[name.row].hidden = True
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert (f"警告[IMPORT-HIDDEN] 工作表“{SHEET}”隐藏的第 {name.row} 行有内容（如 {name.coordinate} 格的“举办活动场次”），"
            "没有导入") in result.output, result.output  # its 一级指标 and 二级指标, merged from above, are shown
    assert "举办活动场次" not in [indicator["name"] for indicator in load(tmp_path / "out.yaml").data["indicators"]]


def test_a_sheet_whose_rows_are_all_hidden_says_so_not_that_the_workbook_is_empty(built_word, runner, tmp_path):
    """Every row of the form hidden: the error said every visible sheet was empty, and nothing that the form was
    there, hidden, nor how to show it."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    for row in range(1, book[SHEET].max_row + 1):
        book[SHEET].row_dimensions[row].hidden = True
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(str(source))}: 错误\[IMPORT-HIDDEN\] 工作表“{SHEET}”的内容都在隐藏的第 1～[^行]+ 行里"
                     r"（如 A1 格的“[^”]+”），隐藏的行、列不导入，所以没有读到任何内容：[^\n]*取消隐藏", result.output), \
        result.output
    assert "都是空的" not in result.output


def _called_fewer_than(monkeypatch, owner, name: str, limit: int, why: str) -> None:
    """Patch `owner.name` so the test fails at its `limit`-th call: how far past the form a read went."""
    original, calls = getattr(owner, name), []

    def counted(*args, **kwargs):
        calls.append(1)
        assert len(calls) < limit, why
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def test_a_format_applied_to_the_whole_sheet_reads_only_the_cells_that_hold_something(built_word, runner, tmp_path, monkeypatch):
    """A format on the sheet's last cell (XFD1048576) made its used area a billion cells: import read
    them all, for over a minute, until memory ran out and the file was called corrupt."""
    from openpyxl.worksheet.worksheet import Worksheet

    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    book[SHEET].cell(1048576, 16384).number_format = "0.00"
    book.save(str(source))
    _called_fewer_than(monkeypatch, Worksheet, "cell", 100_000, "read cells far past the form")
    imports_as_its_spec(runner, source, stem)


@pytest.mark.parametrize("last", [1048576, 100000], ids=["whole column", "far down"])
def test_whole_columns_merged_for_margins_are_read_only_as_far_as_the_sheets_cells(built_word, runner, tmp_path, monkeypatch,
                                                                                  last):
    """A blank column merged whole on each side of the form (A1:A1048576, as Excel saves column A merged):
    openpyxl made a cell for each of their millions of cells, twice, and import walked them all again:
    over half a minute for one form. Merged down to row 100000, short of the sheet's edge, they cost as much
    in proportion."""
    from openpyxl.cell.cell import MergedCell

    stem = "guangzhou-tailian-2023"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active, left=2)
    right = get_column_letter(book.active.max_column + 1)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    zip_edit(source, SHEET_XML, "</mergeCells>",
             f'<mergeCell ref="A1:A{last}"/><mergeCell ref="{right}1:{right}{last}"/></mergeCells>')
    _called_fewer_than(monkeypatch, MergedCell, "__init__", 100_000, "made cells far past the form")
    imports_as_its_spec(runner, source, stem)


@pytest.mark.parametrize("merged, formatted", [("A1:A1048576", "A1048576"), ("A1:A200000", "A200000")])
def test_a_range_holding_text_formatted_to_its_last_cell_is_read_only_as_far_as_the_form(built_word, runner, tmp_path,
                                                                                      monkeypatch, merged, formatted):
    """附件1 in A1, column A merged down and formatted, as Excel writes 合并后居中 into the cells it covers: its
    last cell, formatted, kept the range whole, a million rows read with its text (44 s and 1.7 GB for one form)."""
    from openpyxl.cell.cell import MergedCell

    stem = "guangzhou-tailian-2023"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active, left=2)
    book.active["A1"] = "附件1"
    book.active[formatted].number_format = "0.00"
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    zip_edit(source, SHEET_XML, "</mergeCells>", f'<mergeCell ref="{merged}"/></mergeCells>')
    _called_fewer_than(monkeypatch, MergedCell, "__init__", 100_000, "made cells far past the form")
    imports_as_its_spec(runner, source, stem, clean="0 个错误")


@pytest.mark.parametrize("far", ["a note merged", "a bordered cell"])
def test_a_cell_far_down_the_sheet_reads_no_blank_rows_above_it(built_word, runner, tmp_path, monkeypatch, far):
    """A note merged at row 100000 (or a border drawn there): each of the blank rows above it was read cell by
    cell, 15 s and half a gigabyte for one form; blank rows only end a table, and one of them does that."""
    from openpyxl.worksheet.worksheet import Worksheet

    stem = "guangzhou-tailian-2023"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active)
    if far == "a note merged":
        book.active["A100000"] = "备注：无"
        book.active.merge_cells("A100000:C100000")
    else:
        book.active["B100000"].border = _THIN
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    _called_fewer_than(monkeypatch, Worksheet, "cell", 100_000, "read the blank rows above the far cell")
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    said = f"工作表“{SHEET}”A100000 格的“备注：无”在表样中没有对应的位置" if far == "a note merged" else "0 个错误，0 个警告"
    assert said in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_text_in_a_whole_column_merged_is_read_once_not_on_every_row(built_word, runner, tmp_path, ruled, spec):
    """附件1 typed in A1 with column A merged whole: Excel shows it once, in the merged area. Read as a cell
    of every row it covers, it filled the blank rows between the form's parts and put 附件1 before each
    of its rows: nothing lined up (IMPORT-INCOMPLETE)."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[spec.stem], book.active, left=2, ruled=ruled)
    book.active["A1"] = "附件1"
    source = tmp_path / (built_word[spec.stem].stem + ".xlsx")
    book.save(str(source))
    zip_edit(source, SHEET_XML, "</mergeCells>", '<mergeCell ref="A1:A1048576"/></mergeCells>')
    [sheet], _ = read_workbook(*open_workbook(str(source)))
    assert [(b.text, b.where) for b in sheet.blocks if isinstance(b, Paragraph) and "附件1" in b.text] == [
        ("附件1", f"工作表“{SHEET}”A1 格")]
    assert not any("附件1" in c.text for b in sheet.blocks if not isinstance(b, Paragraph) for r in b.rows for c in r.cells)
    imports_as_its_spec(runner, source, spec.stem, clean="0 个错误")


@pytest.mark.parametrize("cells, merged, read", [
    ('<c r="B1" s="1"/><c r="C5" s="1"/>', "A1:A1048576", "A1:A5"),    # a whole column: down to the last row
    ('<c r="B1" s="1"/><c r="C5" s="1"/>', "B1:XFD1", "B1:C1"),        # a whole row: across to the last column
    ('<c r="B1" s="1"/><c r="C5" s="1"/>', "E7:E1048576", "E7:E7"),    # below every cell: its first cell alone
    ('<c r="B1" s="1"/><c r="C5" s="1"/>', "B1:F1 A1:A1048576 B8:B9", "B1:F1 A1:A5 B8:B8"),  # the form's columns kept
    ('<c r="B1" s="1"/><c r="C5" s="1"/>', "A1:A100000 B1:F1", "A1:A5 B1:F1"),  # far down, short of the edge: to the last cell
    ('<c r="B1" s="1"/><c s="1"/>', "A1:A1048576", "A1:A1048576"),  # a cell without its address: where they end is unknown
    # the range's own format in the cells it covers (Excel writes it in each) is no cell of the sheet's
    ('<c r="A2" t="inlineStr"><is><t>表</t></is></c><c r="XFD1048576" s="1"/>', "A2:XFD1048576", "A2:A2"),
    ('<c r="A1"><v>1</v></c><c r="A1048576" s="1"/>', "A1:A1048576", "A1:A1"),
    ('<x:c r="A5" t="s"><x:v>0</x:v></x:c><x:c r="Z200000" s="1" t="n"></x:c>', "A5:Z200000", "A5:Z5"),
    ('<c r="A1"><f>1+1</f></c><c r="B9"/>', "A1:A1048576", "A1:A1"),   # an empty cell without a format: no end either
    ('<c r="A1"><v>1</v></c><c r="B9" s="1"/>', "A1:A1048576", "A1:A9"),  # a format outside the ranges: a row drawn
    ('<c r="A1"><v>1</v></c><c r="A3" s="1"/>', "A1:A2 A3:A1048576", "A1:A2 A3:A3"),  # another range's first cell
])
def test_merged_ranges_past_the_sheets_cells_are_cut_back_to_them(cells, merged, read):
    import io
    import zipfile

    from generator.xlsx_merges import cut_back

    def sheet(ranges: str) -> str:
        return (f'<worksheet xmlns="x"><sheetData><row r="1">{cells}</row></sheetData><mergeCells>'
                + "".join(f'<mergeCell ref="{r}"/>' for r in ranges.split()) + "</mergeCells></worksheet>")

    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as written:
        written.writestr(SHEET_XML, sheet(merged))
        written.writestr("xl/workbook.xml", "<workbook/>")
    with zipfile.ZipFile(io.BytesIO(cut_back(package.getvalue()))) as cut:
        assert cut.read(SHEET_XML).decode() == sheet(read)
        assert cut.read("xl/workbook.xml") == b"<workbook/>"


def test_a_title_merged_down_is_one_paragraph_and_lines_of_one_column_are_each_one(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "某单位2024年\n绩效目标表"
    sheet.merge_cells("A1:C2")
    sheet["A3"], sheet["B3"], sheet["C3"] = "名称", "金额", "备注"
    sheet["A5"], sheet["A6"] = "填表人：某某", "联系电话：123"
    book.save(str(tmp_path / "表.xlsx"))
    [read], _ = read_workbook(*open_workbook(str(tmp_path / "表.xlsx")))
    paragraphs = [(b.text, b.where) for b in read.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [("某单位2024年\n绩效目标表", "工作表“Sheet”A1 格"),
                          ("填表人：某某", "工作表“Sheet”A5 格"), ("联系电话：123", "工作表“Sheet”A6 格")]
    [table] = [b for b in read.blocks if not isinstance(b, Paragraph)]
    assert [c.text for c in table.rows[0].distinct()] == ["名称", "金额", "备注"]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_lines_typed_as_a_label_and_its_value_in_cells_of_their_own_read_as_the_lines_they_print(built_word, runner, tmp_path,
                                                                                                  spec):
    """A form printed from Excel draws its tables; the lines outside them (填表人： | 扶金辉 | 联系电话： | 8866810,
    the unit with 单位：万元 at the right) are typed into cells of their own, unmerged. Read as a small table,
    the date was lost and, where the unit's line heads each project, every project after it failed to line up."""
    book = Workbook()
    book.active.title = SHEET
    type_apart(book.active, mirror(built_word[spec.stem], book.active, ruled=True))
    source = tmp_path / (built_word[spec.stem].stem + ".xlsx")
    book.save(str(source))
    imports_as_its_spec(runner, source, spec.stem)


def _ruled(sheet, cells: str) -> None:
    for row in sheet[cells]:
        for cell in row:
            cell.border = _THIN


def test_a_row_outside_the_drawn_table_is_a_line_and_a_drawn_row_with_few_cells_filled_stays_in_it(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet["A1"], sheet["D1"] = "填报单位：某单位", "单位：万元"
    for row in (["名称", "金额", "备注", "目标"], ["某项目", None, None, "100"], ["其他", "1", "2", "3"]):
        sheet.append(row)
    sheet["A5"], sheet["B5"], sheet["C5"], sheet["D5"] = "填表人：", "某某", "联系电话：", "123"
    sheet["A6"] = "填表日期：2024年1月5日"
    _ruled(sheet, "A2:D4")
    sheet["B6"].border = Border(bottom=Side("thin"))  # a line to write on, drawn under the value's cell
    book.save(str(tmp_path / "表.xlsx"))
    [read], _ = read_workbook(*open_workbook(str(tmp_path / "表.xlsx")))
    paragraphs = [(b.text, b.where) for b in read.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [("填报单位：某单位 单位：万元", "工作表“Sheet”第 1 行"),
                          ("填表人： 某某 联系电话： 123", "工作表“Sheet”第 5 行"),
                          ("填表日期：2024年1月5日", "工作表“Sheet”A6 格")]
    [table] = [b for b in read.blocks if not isinstance(b, Paragraph)]
    assert [[c.text for c in row.distinct()] for row in table.rows] == [
        ["名称", "金额", "备注", "目标"], ["某项目", "", "", "100"], ["其他", "1", "2", "3"]]


def test_a_short_row_standing_alone_on_a_sheet_without_lines_is_a_line(tmp_path):
    book = Workbook()
    sheet = book.active
    for row in (["名称", "金额"], ["某项目", "100"], [], ["填表日期：", None, dt.datetime(2024, 1, 5)], [],
                ["总体绩效目标", "完成全年任务"]):
        sheet.append(row)
    sheet["C4"].number_format = 'yyyy"年"m"月"d"日"'
    sheet.merge_cells("B6:C6")  # a table's row left alone by blank rows: its merged cell says it is one
    book.save(str(tmp_path / "表.xlsx"))
    [read], _ = read_workbook(*open_workbook(str(tmp_path / "表.xlsx")))
    assert [b.text for b in read.blocks if isinstance(b, Paragraph)] == ["填表日期： 2024年1月5日"]
    tables = [b for b in read.blocks if not isinstance(b, Paragraph)]
    assert [[[c.text for c in row.distinct()] for row in table.rows] for table in tables] == [
        [["名称", "金额"], ["某项目", "100"]], [["总体绩效目标", "完成全年任务"]]]


def test_a_label_and_its_value_typed_right_under_a_table_without_lines_is_a_line(tmp_path):
    book = Workbook()
    sheet = book.active
    for row in (["填报单位：", "某单位"], ["名称", "指标值"], ["满意度", "满意度：≥90%"], ["填表人：某某"],
                ["联系电话：", "123"]):
        sheet.append(row)
    book.save(str(tmp_path / "表.xlsx"))
    [read], _ = read_workbook(*open_workbook(str(tmp_path / "表.xlsx")))
    assert [b.text for b in read.blocks if isinstance(b, Paragraph)] == ["填报单位： 某单位", "填表人：某某", "联系电话： 123"]
    [table] = [b for b in read.blocks if not isinstance(b, Paragraph)]
    assert [[c.text for c in row.distinct()] for row in table.rows] == [["名称", "指标值"], ["满意度", "满意度：≥90%"]]


def test_a_forms_line_label_typed_without_its_colon_under_a_table_without_lines_is_a_line(tmp_path):
    """Only the form's own line labels: a table's row label is short text without a colon too (部门名称),
    and so is a label the form's tables print (联系电话 in a table) or one the form never prints alone."""
    from generator.docx_pattern import CellPattern, Expr, Line, RowPattern, TablePattern
    from generator.xlsx_form_text import FormText, line_labels

    in_a_table = TablePattern(1, [RowPattern([CellPattern(1, 0, 1, label="联系电话"), CellPattern(2, 1, 1)], 2)])
    pattern = [in_a_table] + [Line([label, Expr((field,))]) for label, field in
                              [("填表人：", "filled_by"), ("联系电话：", "phone"), ("填报单位(盖章) ", "unit")]]
    book = Workbook()
    for row in (["名称", "指标值"], ["部门名称", "某部门"], ["填表人签字", "某某"], ["联系电话", "123"],
                ["填表人", "某某"], ["填报单位（盖章）", "某单位"]):
        book.active.append(row)
    book.save(str(tmp_path / "表.xlsx"))
    [read], _ = read_workbook(*open_workbook(str(tmp_path / "表.xlsx")), FormText(line_labels([pattern])))
    assert [b.text for b in read.blocks if isinstance(b, Paragraph)] == ["填表人 某某", "填报单位（盖章） 某单位"]
    [table] = [b for b in read.blocks if not isinstance(b, Paragraph)]
    assert [[c.text for c in row.distinct()] for row in table.rows] == [
        ["名称", "指标值"], ["部门名称", "某部门"], ["填表人签字", "某某"], ["联系电话", "123"]]


@pytest.mark.parametrize("apart", ["one cell", "label and value apart", "label without its colon"])
def test_lines_typed_right_under_a_table_on_a_sheet_without_lines_are_read(built_word, runner, tmp_path, apart):
    """衡阳's 填表人, 联系电话 and 填表日期, typed in cells of their own under the form's table with no line
    drawn anywhere, were read as rows of that table: unplaced, and the project form after them with them.
    A label typed without its colon (填表人 | 扶金辉) is one of the form's own line labels, read so too."""
    stem = "hengyang-qiaolian-2022"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    for row, text in mirror(built_word[stem], sheet).items():
        label = re.fullmatch(r"((?:填表|填报|联系)\S*?)([：:])\s*(.*)", text)
        if label:
            sheet.unmerge_cells(start_row=row, start_column=1, end_row=row, end_column=sheet.max_column)
            if apart != "one cell":
                colon = label[2] if apart == "label and value apart" else ""
                sheet.cell(row, 1).value, sheet.cell(row, 2).value = label[1] + colon, label[3] or None
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    imports_as_its_spec(runner, source, stem)


def _unmerged(sheet, rows) -> None:
    """The lines of text on these rows typed into their first cell, as they spill over the empty cells beside it."""
    for merge in [m for m in sheet.merged_cells.ranges if m.min_row in rows]:
        sheet.unmerge_cells(str(merge))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_a_title_typed_into_an_unmerged_cell_above_a_table_without_lines_is_read_as_the_title(built_word, runner, tmp_path,
                                                                                              spec):
    """On a sheet that draws no lines, a title (2024年度, 单位：万元) typed into column A unmerged was read as the
    table's first row: the title, and the year in it, unplaced."""
    book = Workbook()
    book.active.title = SHEET
    _unmerged(book.active, mirror(built_word[spec.stem], book.active))
    source = tmp_path / (built_word[spec.stem].stem + ".xlsx")
    book.save(str(source))
    imports_as_its_spec(runner, source, spec.stem)


@pytest.mark.parametrize("unit_line", ["on its own row", "at the right, a blank row under it"])
def test_a_code_and_a_name_typed_side_by_side_above_a_table_without_lines_are_the_forms_line(built_word, runner, tmp_path,
                                                                                            unit_line):
    """天津's `{{ unit_code }}{{ unit }}`, one paragraph in Word, typed on a sheet without lines as 564301 |
    天津市归国华侨联合会: read as a table's row, each project's table no longer started where the form's does and
    nothing of the projects was read."""
    stem = "tianjin-qiaolian-2023"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    paragraphs = mirror(built_word[stem], sheet)
    for row, text in paragraphs.items():
        if text == "564301天津市归国华侨联合会":
            _unmerged(sheet, [row])
            sheet.cell(row, 1).value, sheet.cell(row, 2).value = "564301", "天津市归国华侨联合会"
            if unit_line != "on its own row":
                sheet.cell(row, 7).value = "单位：万元"
                _unmerged(sheet, [row + 1])
                sheet.cell(row + 1, 1).value = None
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    imports_as_its_spec(runner, source, stem)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_a_margin_cell_merged_across_the_top_right_above_a_table_without_lines_is_a_line(built_word, runner, tmp_path, spec):
    """附件1 merged over the first two columns right above the form: read as the first row of the form's table,
    the title under it was unplaced too, and where the form starts with a table, that table was not read."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[spec.stem], book.active, top=2)
    book.active["A1"] = "附件1"
    book.active.merge_cells("A1:B1")
    source = tmp_path / (built_word[spec.stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "0 个错误，1 个警告" in result.output, result.output
    assert f"工作表“{SHEET}”A1 格的“附件1”在表样中没有对应的位置" in result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(spec).data)


def test_only_rows_right_above_a_forms_table_labels_read_as_lines_on_a_sheet_without_lines(tmp_path):
    """Where a form's table starts (a row of its labels), the rows above it that read as the form's lines are
    lines, blank rows between or not, and any text alone in the first column at the top; a table's own rows
    that look alike (a row of one cell, a 序号 and a text reading as a code and a name) are not."""
    from generator.docx_line_regex import ANY
    from generator.docx_pattern import CellPattern, Expr, Line, RowPattern, TablePattern
    from generator.xlsx_form_text import form_text

    class Binding:
        @staticmethod
        def regex(path, strict):
            return "[0-9]+" if path == ("unit_code",) else ANY

        @staticmethod
        def list_path(path):
            return path

    table = TablePattern(1, [RowPattern([CellPattern(1, 0, 1, label="项目名称"), CellPattern(2, 1, 1)], 2)])
    pattern = [Line([Expr(("unit_code",)), Expr(("unit",))]), Line(["单位：万元"]), table]
    book = Workbook()
    sheet = book.active
    for row in (["附件1"], ["某单位绩效目标表"], ["564301", "某单位"], [None, "单位：万元"], [],
                ["项目名称", "某项目"], ["说明"], ["项目名称", "另一项目"], ["1", "某目标"], ["项目名称", "第三项目"]):
        sheet.append(row)
    sheet.merge_cells("A1:B1")
    book.save(str(tmp_path / "表.xlsx"))
    [read], _ = read_workbook(*open_workbook(str(tmp_path / "表.xlsx")), form_text([(pattern, Binding)]))
    assert [b.text for b in read.blocks if isinstance(b, Paragraph)] == ["附件1", "某单位绩效目标表", "564301 某单位", "单位：万元"]
    [table] = [b for b in read.blocks if not isinstance(b, Paragraph)]
    assert [[c.text for c in row.distinct()] for row in table.rows] == [
        ["项目名称", "某项目"], ["说明", ""], ["项目名称", "另一项目"], ["1", "某目标"], ["项目名称", "第三项目"]]


def test_a_line_outside_the_form_is_named_by_its_row(built_word, runner, tmp_path):
    stem = "hengyang-qiaolian-2022"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active, ruled=True)
    last = book.active.max_row
    book.active.cell(last + 2, 1, "备注：")
    book.active.cell(last + 2, 2, "无")
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "h.yaml")])
    assert f"工作表“{SHEET}”第 {last + 2} 行的“备注： 无”在表样中没有对应的位置" in result.output, result.output
    # a blank row below the drawn form: no row of its table, so not IMPORT-UNDRAWN, but counted in the summary
    assert "IMPORT-UNDRAWN" not in result.output
    assert "注意：有 1 处内容没有读进规格，见上面的 IMPORT-UNPLACED 警告；请对照原表核对，手工补进规格。" in result.output


def _inserted(sheet, row: int = 0, column: int = 0) -> None:
    """A blank row or column inserted as Excel inserts one: merged cells across it widen, cells after it
    move on, and the new cells take the borders of the row above or the column on the left."""
    ranges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges]
    for top, left, bottom, right in ranges:
        sheet.unmerge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    if row:
        sheet.insert_rows(row)
    else:
        sheet.insert_cols(column)
    for top, left, bottom, right in ranges:
        sheet.merge_cells(start_row=top + bool(row and top >= row), start_column=left + bool(column and left >= column),
                          end_row=bottom + bool(row and bottom >= row), end_column=right + bool(column and right >= column))
    for r, c in ([(row, c) for c in range(1, sheet.max_column + 1)] if row else
                 [(r, column) for r in range(1, sheet.max_row + 1)]):
        sheet.cell(r, c).border = copy.copy(sheet.cell(r - bool(row), c - bool(column)).border)


@pytest.mark.parametrize("stem, column", [("guangzhou-tailian-2023", 4), ("tianjin-qiaolian-2023", 3)])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_blank_column_inserted_into_the_form_is_not_read(built_word, runner, tmp_path, stem, column, ruled):
    """A spacer column shifted every cell after it: nothing of the tables was read, IMPORT-INCOMPLETE.
    天津's own 其他资金 column is blank in every row too, and is still read as the form's."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active, ruled=ruled)
    _inserted(book.active, column=column)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    imports_as_its_spec(runner, source, stem)


@pytest.mark.parametrize("stem, first, second", [("guangzhou-tailian-2023", "实施周期指标值", "年度指标值"),
                                                  ("jiangsu-taiban-2024", "半年指标值", "全年指标值")],
                         ids=["guangzhou", "jiangsu"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_columns_in_another_order_than_the_forms_are_read_by_their_headings(built_word, runner, tmp_path, stem, first,
                                                                             second, ruled):
    """年度指标值 moved before 实施周期指标值: the header still showed most of the form's labels and was taken for
    its header, and each value was read into the other column in silence."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    mirror(built_word[stem], sheet, ruled=ruled)
    headers = [cell for row in sheet.iter_rows() for cell in row if cell.value == first]
    for header in headers:
        _swapped(sheet, header)
    assert sheet.cell(headers[0].row, headers[0].column + 1).value == first
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert f"0 个错误，{len(headers)} 个警告" in result.output, result.output
    assert f"第 {headers[0].row} 行的栏目次序与表样不同（“" in result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


def _swapped(sheet, header) -> None:
    """A header cell's column swapped with the next one, from the header row down to the blank row under its table."""
    row = header.row
    while row <= sheet.max_row and any(cell.value is not None for cell in sheet[row]):
        left, right = sheet.cell(row, header.column), sheet.cell(row, header.column + 1)
        (left.value, left.data_type), (right.value, right.data_type) = \
            (right.value, right.data_type), (left.value, left.data_type)  # =100% stays text
        row += 1


def _swapped_guangzhou(built_word, tmp_path, first: str, merged: tuple[int, int] | None = None,
                       worded: dict[str, str] | None = None) -> tuple[Path, int]:
    """广州's indicator table with `first`'s column swapped with the next one, the grid columns `merged` (counted
    from `first`'s) merged in its first indicator row, and header cells `worded` otherwise (by their label):
    the workbook and the header's row."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    mirror(built_word["guangzhou-tailian-2023"], sheet)
    header = next(cell for row in sheet.iter_rows() for cell in row if cell.value == first)
    _swapped(sheet, header)
    if merged:
        sheet.merge_cells(start_row=header.row + 1, start_column=header.column + merged[0],
                          end_row=header.row + 1, end_column=header.column + merged[1])
    for cell in sheet[header.row]:
        cell.value = (worded or {}).get(cell.value, cell.value)
    source = tmp_path / (built_word["guangzhou-tailian-2023"].stem + ".xlsx")
    book.save(str(source))
    return source, header.row


def test_columns_in_another_order_are_read_by_their_headings_below_a_cell_merged_across_them(built_word, runner,
                                                                                             tmp_path):
    """100% merged over both value columns of the first indicator row, 年度指标值 before 实施周期指标值: the merged
    row ended the reordering, and every row below it was read in the form's order (each year's value into the
    other field) while the warning said all columns had been read by their names."""
    source, _ = _swapped_guangzhou(built_word, tmp_path, "实施周期指标值", (0, 1))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "0 个错误，2 个警告" in result.output, result.output
    assert "IMPORT-MERGED" in result.output and "IMPORT-COLUMN-ORDER" in result.output
    expected = load(ROOT / "specs" / "guangzhou-tailian-2023.yaml").data
    assert plain(load(tmp_path / "out.yaml").data) == plain(expected)


def test_a_cell_merged_across_columns_no_longer_side_by_side_says_from_where_the_forms_order_was_read(
        built_word, runner, tmp_path):
    """三级指标 and 实施周期指标值 swapped, 三级指标 merged with 年度指标值 beside it: in the form's order those two
    columns are not side by side (实施周期指标值 is between them), so the rows from there on cannot be read by
    their names, and the warning says so instead of claiming every column was."""
    source, row = _swapped_guangzhou(built_word, tmp_path, "三级指标", (1, 2))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert re.search(rf"第 {row} 行的栏目次序与表样不同（“[^”]*”）：各栏按栏目名读进了表样的同名一栏，但工作表“{SHEET}”"
                     rf"第 {row + 1} 行（“[^”]*”）有一格合并了几栏，这几栏在表样中不相邻，"
                     "从这一行起以下各行按表样的栏目次序读进，没有按栏目名", result.output), result.output


@pytest.mark.parametrize("worded", ["年度指标值（2023年）", "年度目标值"])
def test_columns_in_another_order_are_read_by_their_headings_with_one_of_them_reworded(built_word, runner, tmp_path,
                                                                                       worded):
    """年度指标值 before 实施周期指标值, and worded otherwise: the header no longer showed exactly the form's
    labels, so nothing was reordered and each year's value was read into the other field."""
    source, row = _swapped_guangzhou(built_word, tmp_path, "实施周期指标值", worded={"年度指标值": worded})
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "0 个错误，2 个警告" in result.output, result.output
    assert f"第 {row} 行的栏目次序与表样不同" in result.output
    assert f"E{row} 格的栏目名“{worded}”与表样的“年度指标值”不同" in result.output
    expected = load(ROOT / "specs" / "guangzhou-tailian-2023.yaml").data
    assert plain(load(tmp_path / "out.yaml").data) == plain(expected)


def test_columns_in_another_order_are_read_by_their_headings_with_both_reworded(built_word, runner, tmp_path):
    """年度指标值 before 实施周期指标值, both worded with their years: two cells left over once the others found
    their labels, so nothing was reordered and each year's value was read into the other field."""
    worded = {"年度指标值": "年度指标值（2023年）", "实施周期指标值": "实施周期指标值（2023-2025年）"}
    source, row = _swapped_guangzhou(built_word, tmp_path, "实施周期指标值", worded=worded)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "0 个错误，3 个警告" in result.output, result.output
    assert f"第 {row} 行的栏目次序与表样不同" in result.output
    assert f"E{row} 格的栏目名“年度指标值（2023年）”与表样的“年度指标值”不同" in result.output
    assert f"F{row} 格的栏目名“实施周期指标值（2023-2025年）”与表样的“实施周期指标值”不同" in result.output
    expected = load(ROOT / "specs" / "guangzhou-tailian-2023.yaml").data
    assert plain(load(tmp_path / "out.yaml").data) == plain(expected)


def test_a_header_cell_naming_another_columns_label_is_said_to_be_likely_swapped(built_word, runner, tmp_path):
    """The value columns swapped, headed 年度指标值（2023年） and 年度指标值: the first names the other column, yet
    was the generic 'worded otherwise' warning, since only a cell worded exactly as another label was said to be
    swapped."""
    source, row = _swapped_guangzhou(built_word, tmp_path, "实施周期指标值",
                                     worded={"年度指标值": "年度指标值（2023年）", "实施周期指标值": "年度指标值"})
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert (f"E{row} 格的栏目名“年度指标值（2023年）”指的是表样另一栏“年度指标值”，所在的却是表样“实施周期指标值”一栏的位置，"
            "按“实施周期指标值”一栏读进：两栏可能对调了") in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output


def test_a_header_cell_worded_as_another_columns_label_is_said_to_be_likely_swapped(built_word, runner, tmp_path):
    """The value columns swapped, both headed 年度指标值: which column is which cannot be told by their names, and
    年度指标值 in 实施周期指标值's place was the generic 'worded otherwise' warning."""
    source, row = _swapped_guangzhou(built_word, tmp_path, "实施周期指标值", worded={"实施周期指标值": "年度指标值"})
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert (f"E{row} 格的栏目名“年度指标值”是表样另一栏的栏目名，所在的却是表样“实施周期指标值”一栏的位置，"
            "按“实施周期指标值”一栏读进：两栏可能对调了") in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output


@pytest.mark.parametrize("stem", ["guangzhou-tailian-2023", "tianjin-qiaolian-2023"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_remarks_column_added_to_the_form_is_reported_and_the_rest_read(built_word, runner, tmp_path, stem, ruled):
    """备注 added at the right of each indicator table, a remark typed under it: no row of those tables lined up
    with the form any more, every indicator unplaced and the import incomplete."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    mirror(built_word[stem], sheet, ruled=ruled)
    headers = [cell for row in sheet.iter_rows() for cell in row if cell.value == "一级指标"]
    for header in headers:
        right = max(c.column for c in sheet[header.row] if c.value is not None) + 1
        sheet.cell(header.row, right, "备注").border = copy.copy(sheet.cell(header.row, right - 1).border)
        sheet.cell(header.row + 1, right, "按季度统计").border = copy.copy(sheet.cell(header.row + 1, right - 1).border)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert f"0 个错误，{2 * len(headers)} 个警告" in result.output, result.output
    assert re.search(r"工作表“绩效目标表”[A-Z]+[0-9]+ 格的“按季度统计”在表样中没有对应的位置", result.output)
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


@pytest.mark.parametrize("stem, notes", [
    ("guangzhou-tailian-2023", ["J20"]),          # right of an indicator row, blank columns between
    ("guangzhou-tailian-2023", ["H1"]),           # beside the title merged across
    ("guangzhou-tailian-2023", ["G21", "G24"]),   # two, right next to the table
    ("tianjin-qiaolian-2023", ["J20"]),
])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_note_typed_beside_the_table_is_named_once_and_the_table_read_without_it(built_word, runner, tmp_path, stem,
                                                                                  notes, ruled):
    """A note typed in a cell right of the table (J20) widened it by that column: no row of the indicator table fit
    the form's any more, each cell a warning, the import incomplete; beside the title (H1) no table was read at all."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active, ruled=ruled)
    for cell in notes:
        book.active[cell] = "备注：按季度统计"
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert re.findall(r"警告\[IMPORT-BESIDE\] 工作表“绩效目标表”(\S+) 格“备注：按季度统计”在表格之外，没有读入；", result.output) \
        == notes, result.output
    assert f"0 个错误，{len(notes)} 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


@pytest.mark.parametrize("cell, value", [("G5", 10), ("G20", 10), ("G5", "无")],
                         ids=["short table", "long table", "words in a short table"])
def test_a_labels_amount_alone_in_its_column_is_read_not_left_out_as_a_note(built_word, runner, tmp_path, cell, value):
    """Its merged cells undone, a budget block's label and amount (其他资金 | 10) stand alone in their columns: they,
    and the columns inward to 预算数, were left out as notes beside the table, the budget not read (66 errors); in
    a longer table (the second project's) the amount alone was. In a table this short, any value alone in its
    column (无 for none) is the table's."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word["tianjin-qiaolian-2023"], book.active)
    for merged in list(book.active.merged_cells.ranges):
        book.active.unmerge_cells(str(merged))
    assert book.active[cell].offset(column=-1).value == "其他资金"
    book.active[cell] = value
    source = tmp_path / "form.xlsx"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "IMPORT-BESIDE" not in result.output, result.output
    if cell == "G5":
        assert load(tmp_path / "out.yaml").data["projects"][0]["budget"]["other"] == value


def test_a_value_typed_far_right_of_the_form_is_read_in_a_bounded_number_of_passes(built_word, runner, tmp_path, monkeypatch):
    """A note typed far to the right (AZ1) makes a table of some 45 empty columns: each was tried alone as a spacer,
    and taken out one pass over every row at a time; at XFD1 the import ran for hours. Counted, not timed."""
    import generator.docx_empty_columns as spacers

    source = as_workbook(built_word["hengyang-qiaolian-2022"], tmp_path / "form.xlsx")
    book = load_workbook(str(source))
    book[SHEET]["AZ1"] = "备注"
    book.save(str(source))
    reads, passes, match, without_column = [], [], spacers.match, spacers.without_column
    monkeypatch.setattr(spacers, "match", lambda *args: reads.append(args) or match(*args))
    monkeypatch.setattr(spacers, "without_column", lambda *args: passes.append(args) or without_column(*args))
    assert runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")]).exit_code in (0, 1)
    tables = max(len([b for b in blocks if not isinstance(b, Paragraph)]) for _, blocks, _ in reads)
    assert len(reads) <= 1 + tables * (2 + spacers.SPACERS)  # as it is, without all, without each of a few
    assert len(passes) <= sum(len(b.rows) for _, blocks, _ in reads[1:] for b in blocks if not isinstance(b, Paragraph))


def test_of_the_blank_rows_between_a_form_and_a_note_far_below_it_one_is_read(built_word, runner, tmp_path, monkeypatch):
    """A note typed far below the form (ZZZ99999) made a grid of every row up to it by every column up to it,
    read until memory ran out; it is read as one line below the form. Counted in rows read, not timed."""
    import generator.xlsx_grid as grid

    source = as_workbook(built_word["hengyang-qiaolian-2022"], tmp_path / "form.xlsx")
    book = load_workbook(str(source))
    form_rows = book[SHEET].max_row
    book[SHEET]["A5000"] = "备注"
    book.save(str(source))
    read, slots = [], grid._slots
    monkeypatch.setattr(grid, "_slots", lambda sheet, row, *rest: read.append(row) or slots(sheet, row, *rest))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0 and "A5000 格的“备注”在表样中没有对应的位置" in result.output, result.output
    assert len(read) <= form_rows + 2 and read[-1] == 5000


def test_of_the_blank_columns_between_a_form_and_a_note_far_right_of_it_one_is_read(built_word, runner, tmp_path,
                                                                                  monkeypatch):
    """A note typed below the form far right (column XFD, Excel's last, a cell the file may hold) made each row read
    column by column up to it, 16384 slots a row, for half a minute of CPU (two under load); found by crash10's
    fuzzing. The columns read are counted, not timed."""
    import generator.xlsx_grid as grid

    source = as_workbook(built_word["hengyang-qiaolian-2022"], tmp_path / "form.xlsx")
    book = load_workbook(str(source))
    form_rows, form_columns = book[SHEET].max_row, book[SHEET].max_column
    book[SHEET][f"XFD{form_rows + 2}"] = "备注"
    book.save(str(source))
    read, slots = [], grid._slots
    monkeypatch.setattr(grid, "_slots",
                        lambda sheet, row, columns, *rest: read.append(columns) or slots(sheet, row, columns, *rest))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 0 and f"XFD{form_rows + 2} 格的“备注”在表样中没有对应的位置" in result.output, result.output
    assert len(read[0]) <= form_columns + 2 and read[0][-1] == 16384


@pytest.mark.parametrize("stem, text, below", [
    ("guangzhou-tailian-2023", "其他需完成的任务（可选填）", False),  # the row alone between blank rows read as a title
    ("jiangsu-taiban-2024", "一级指标", True),                     # the header row alone read as a line of text
    ("tianjin-qiaolian-2023", "一级指标", True),
])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_blank_row_typed_into_the_form_is_not_read(built_word, runner, tmp_path, stem, text, below, ruled):
    """A blank row cuts a sheet's table in two; the row it left alone was read as a line of text, unplaced."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active, ruled=ruled)
    row = next(cell.row for line in book.active.iter_rows() for cell in line if cell.value == text)
    _inserted(book.active, row=row + below)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    imports_as_its_spec(runner, source, stem)


_WAN_YUAN = re.compile(r".*[（(]万元[)）]|.*单位[:：]\s*万元")  # 预算金额（万元）, 单位：万元: where a form says its unit


def in_yuan(sheet, times: int = 1, only: str = "") -> None:
    """Where the form says 万元 (预算金额（万元）, 单位：万元; `only`: where it says this), 元; and its amounts (every
    number of the sheet but a count's) multiplied by `times`, shown with two places as amounts in 元 are: 10000,
    typed in 元 as the header says; 1, typed in 万元 still under it."""
    counts = {cell.row for row in sheet.iter_rows() for cell in row if cell.value in ("财政供养人员数", "下属二级单位数")}
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and _WAN_YUAN.fullmatch(cell.value) and only in cell.value:
                cell.value = cell.value.replace("万元", "元")
            elif times != 1 and isinstance(cell.value, (int, float)) and cell.row not in counts:
                cell.value, cell.number_format = float(Decimal(repr(cell.value)) * times), "0.00"


@pytest.mark.parametrize("stem, said", [
    ("guangzhou-tailian-2023", [
        "工作表“绩效目标表”C3、E3、C6、E6 格写的是“预算金额（元）”（表样是“预算金额（万元）”）：这几栏的金额以元为单位，"
        "已换算成万元读进规格，共 8 个（除以 10000，如 6108500.00 元 → 610.85 万元）",
        "工作表“绩效目标表”D11 格写的是“拟投入的资金（元）”（表样是“拟投入的资金（万元）”）：这几栏的金额以元为单位，"
        "已换算成万元读进规格，共 5 个（除以 10000，如 15000.00 元 → 1.50 万元）"]),
    ("tianjin-qiaolian-2023", [
        "工作表“绩效目标表”A3、A18、A44、A67、A84 格写的是“单位：元”（表样是“单位：万元”）：其后的金额以元为单位，"
        "已换算成万元读进规格，共 10 个（除以 10000，如 2543000.00 元 → 254.30 万元）"]),
    ("jiangsu-taiban-2024", [
        "工作表“绩效目标表”A6 格写的是“部门整体资金（元）”（表样是“部门整体资金（万元）”）：这几行的金额以元为单位，"
        "已换算成万元读进规格，共 20 个（除以 10000，如 42397100.00 元 → 4239.71 万元）"]),
])
def test_amounts_in_yuan_where_the_form_counts_wan_yuan_are_read_in_wan_yuan(built_word, runner, tmp_path, stem, said):
    """预算金额（元） over amounts in 元 (单位：元 above them) was read as the form's 预算金额（万元）: every amount
    of the spec ten thousand times too much, and a warning for each header cell (five for one form) told the
    clerk to divide them by hand. They are divided, and each table (the lines of one wording) says so once. A side
    label saying 元 (江苏's 部门整体资金（元）) made its rows fit no row of the form: its table was not read at all."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active)
    in_yuan(book.active, 10000)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert re.findall(r"警告\[IMPORT-HEADER\] (.*)；请核对", result.output) == said, result.output
    assert f"0 个错误，{len(said)} 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


@pytest.mark.parametrize("label", ["年度预算申请", "年度预算申请（单位：万元）"])
def test_a_side_label_with_its_unit_left_out_or_worded_otherwise_is_still_the_forms(built_word, runner, tmp_path, label):
    """衡阳's 年度预算申请（万元） typed without its unit, or with it worded otherwise: its rows fit no row of the
    form, and the budget was left out of the spec (an error), its cells each a warning."""
    stem = "hengyang-qiaolian-2022"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active)
    cell = next(c for row in book.active.iter_rows() for c in row if c.value == "年度预算申请（万元）")
    cell.value = label
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert (f"警告[IMPORT-HEADER] 工作表“绩效目标表”{cell.coordinate} 格的栏目名“{label}”与表样的“年度预算申请（万元）”不同，"
            "按表样的“年度预算申请（万元）”一行读进；请核对这一行读得对不对") in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output
    assert "IMPORT-UNPLACED" not in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


def test_a_side_label_in_yuan_unmerged_converts_every_row_it_headed(built_word, runner, tmp_path):
    """部门整体资金（元） merged down its table's side, unmerged: it headed only its own row, the amounts in the rows
    under it were read as 万元, ten thousand times too much, and the warning said no amount was converted."""
    stem = "jiangsu-taiban-2024"
    source = _unmerged_form(built_word[stem], tmp_path, edit=lambda sheet: in_yuan(sheet, 10000))
    imports_as_its_spec(runner, source, stem, clean="0 个错误，1 个警告，1 个提示")
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "again.yaml")])
    assert ("工作表“绩效目标表”A6 格写的是“部门整体资金（元）”（表样是“部门整体资金（万元）”）：这几行的金额以元为单位，"
            "已换算成万元读进规格，共 20 个（除以 10000，如 42397100.00 元 → 4239.71 万元）") in result.output, result.output


def _header_over(sheet, header: str, basic, project) -> None:
    """广州's first 预算金额（万元） header (C3) retyped, and the two amounts under it in the header's unit."""
    sheet["C3"], sheet["C4"], sheet["C5"] = header, basic, project


def test_amounts_under_a_header_in_thousands_of_yuan_are_read_in_wan_yuan(built_word, runner, tmp_path):
    """预算金额（千元） over amounts in 千元 was read as the form's 预算金额（万元）, each ten times too much, with only
    a warning that the header was worded otherwise; they are divided by 10, exactly, and said so once."""
    stem = "guangzhou-tailian-2023"
    source = _unmerged_form(built_word[stem], tmp_path, unmerged=False, edit=lambda sheet: _header_over(
        sheet, "预算金额（千元）", 6108.5, 785.6))
    output = imports_as_its_spec(runner, source, stem, clean="0 个错误，1 个警告")
    assert ("警告[IMPORT-HEADER] 工作表“绩效目标表”C3 格写的是“预算金额（千元）”（表样是“预算金额（万元）”）：这几栏的金额以千元"
            "为单位，已换算成万元读进规格，共 2 个（除以 10，如 6108.50 千元 → 610.85 万元）；请核对") in output, output


@pytest.mark.parametrize("header", ["预算金额（单位：元）", "预算金额/元", "金额（元）"])
def test_amounts_under_a_header_in_yuan_worded_otherwise_are_read_in_wan_yuan(built_word, runner, tmp_path, header):
    """Only the form's label with 万元 made 元 was taken for a header in 元: 金额（元） over amounts in 元 gave every
    amount of the budget ten thousand times too much, with only the warning for a header worded otherwise."""
    stem = "guangzhou-tailian-2023"

    def reworded(sheet) -> None:
        in_yuan(sheet, 10000)
        for cell in (cell for row in sheet.iter_rows() for cell in row if cell.value == "预算金额（元）"):
            cell.value = header

    source = _unmerged_form(built_word[stem], tmp_path, unmerged=False, edit=reworded)
    output = imports_as_its_spec(runner, source, stem, clean="0 个错误，2 个警告")
    assert (f"工作表“绩效目标表”C3、E3、C6、E6 格写的是“{header}”（表样是“预算金额（万元）”）：这几栏的金额以元为单位，"
            "已换算成万元读进规格，共 8 个（除以 10000，如 6108500.00 元 → 610.85 万元）") in output, output


def test_one_of_two_header_cells_of_one_label_retyped_in_yuan_keeps_its_column(built_word, runner, tmp_path):
    """广州's two 预算金额（万元） columns, the first retyped 预算金额（元）: the row was taken for one naming its columns
    in another order, the untouched 预算金额（万元） read as the first of the form's two, and the two swapped in silence
    (基本支出 read from 财政拨款's column)."""
    stem = "guangzhou-tailian-2023"
    source = _unmerged_form(built_word[stem], tmp_path, unmerged=False, edit=lambda sheet: _header_over(
        sheet, "预算金额（元）", 6108500, 785600))
    output = imports_as_its_spec(runner, source, stem, clean="0 个错误，1 个警告")
    assert "IMPORT-COLUMN-ORDER" not in output, output


@pytest.mark.parametrize("label", ["部门资金", "部门资金（元）"])
def test_a_header_worded_otherwise_over_a_table_not_read_is_named_as_the_likely_cause(built_word, runner, tmp_path,
                                                                                      label):
    """江苏's side label reworded: its table was not recognised (IMPORT-INCOMPLETE), while a warning said the cell
    was 'read as the form's column', or that no amount under it in 元 was converted, as if the table had been read."""
    stem = "jiangsu-taiban-2024"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active)
    said = [cell for row in book.active.iter_rows() for cell in row if cell.value == "部门整体资金（万元）"]
    for cell in said:
        cell.value = label
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "IMPORT-HEADER" not in result.output, result.output
    assert re.search(rf"错误\[IMPORT-INCOMPLETE\] [^\n]*；工作表“{SHEET}”{said[0].coordinate} 格写的是“{label}”"
                     "（表样是“部门整体资金（万元）”），可能因此没有认出它所在的表，写出的规格不完整", result.output), result.output


def _unread_jiangsu(built_word, tmp_path) -> Path:
    """江苏's side label 部门整体资金（万元） reworded 部门资金, so its table is not recognised (IMPORT-INCOMPLETE),
    and the first indicator table's 半年指标值 swapped with 全年指标值: the workbook."""
    stem = "jiangsu-taiban-2024"
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    mirror(built_word[stem], sheet)
    for cell in (cell for row in sheet.iter_rows() for cell in row if cell.value == "部门整体资金（万元）"):
        cell.value = "部门资金"
    _swapped(sheet, next(cell for row in sheet.iter_rows() for cell in row if cell.value == "半年指标值"
                         and any(other.value == "三级指标" for other in sheet[cell.row])))
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    return source


def test_columns_in_another_order_in_an_import_left_incomplete_are_not_said_to_be_read_by_name(built_word, runner,
                                                                                              tmp_path):
    """An import left incomplete still said a header row's columns had been 'read by their names', of a table
    that was not read."""
    result = runner.invoke(main, ["import", str(_unread_jiangsu(built_word, tmp_path)), "-o", str(tmp_path / "out.yaml")])
    assert "错误[IMPORT-INCOMPLETE]" in result.output, result.output
    assert "IMPORT-COLUMN-ORDER" not in result.output, result.output


def test_cells_merged_across_columns_in_an_import_left_incomplete_are_not_said_to_fill_them(built_word, runner,
                                                                                            tmp_path):
    """江苏's funds table, not recognised, was misread as an indicator table, and each of its amounts merged
    across 半年指标值 and 全年指标值 got a warning that both columns were filled with it: eight of them."""
    result = runner.invoke(main, ["import", str(_unread_jiangsu(built_word, tmp_path)), "-o", str(tmp_path / "out.yaml")])
    assert "错误[IMPORT-INCOMPLETE]" in result.output, result.output
    assert "IMPORT-MERGED" not in result.output, result.output


@pytest.mark.parametrize("stem, said", [("guangzhou-tailian-2023", [("C3、E3、C6、E6", "预算金额（元）", "这几栏"),
                                                                    ("D11", "拟投入的资金（元）", "这几栏")]),
                                         ("tianjin-qiaolian-2023", [("A3、A18、A44、A67、A84", "单位：元", "其后")])])
def test_amounts_said_in_yuan_that_look_like_wan_yuan_are_read_as_typed_and_said_once(built_word, runner, tmp_path,
                                                                                       stem, said):
    """A clerk relabels a column 预算金额（元） and goes on typing 万元 (610.85): nothing is converted, and each table
    (the lines of one wording) says why once, where each header cell and line was a warning of its own."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active)
    in_yuan(book.active)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    found = re.findall(r"警告\[IMPORT-HEADER\] 工作表“绩效目标表”(\S+) 格写的是“([^”]*)”（表样是“[^”]*”），"
                       r"但(这几栏|其后)的金额都不到 1000（[^）]*），看来是以万元为单位的：按原数读进，没有换算", result.output)
    assert found == said, result.output
    assert f"0 个错误，{len(said)} 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


def test_amounts_said_in_yuan_are_read_as_typed_where_only_so_the_forms_sums_hold(built_word, runner, tmp_path):
    """预算金额（元） over the budget's amounts, 拟投入的资金（万元） over the key tasks': amounts that look like 元
    (39772.00) are still 万元 where the key tasks' amounts add up to 项目支出 only as typed."""
    stem = "zhanjiang-qiaolian-2024"
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[stem], book.active)
    in_yuan(book.active, 100, only="预算金额")  # every amount: the key tasks' under 万元 too
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert ("警告[IMPORT-HEADER] 工作表“绩效目标表”C4、E4、C7、E7 格写的是“预算金额(元)”（表样是“预算金额(万元)”），"
            "但按原数读 各项重点工作任务的拟投入的资金（万元）之和 = 项目支出 相等，换算成万元就不相等了，看来是以万元为单位的：按原数读进，没有换算"
            ) in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output
    budget = load(tmp_path / "out.yaml").data["budget"]
    assert (budget["basic"], budget["project"]) == (Decimal("39772.00"), Decimal("6417.00"))


# ── numbers as Excel shows them ─────────────────────────────────────────────────────────────────
def test_an_amount_reads_as_the_digits_the_sheet_shows_never_the_floats_noise(built_word, runner, tmp_path):
    source = as_workbook(built_word["guangzhou-tailian-2023"], tmp_path / "广州.xlsx")
    book = load_workbook(str(source))
    sheet = book[SHEET]
    basic = sheet[_cell_holding(source, 610.85)]
    basic.value, basic.number_format = 610.8, "0.00"             # shown 610.80
    project = sheet[_cell_holding(source, 78.56)]
    project.value, project.number_format = 0.1 + 0.2, "#,##0.00"  # 0.30000000000000004, shown 0.30
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    text = (tmp_path / "g.yaml").read_text(encoding="utf-8")
    assert "0000000" not in text, text
    budget = load(tmp_path / "g.yaml").data["budget"]
    assert str(budget["basic"]) == "610.80" and str(budget["project"]) == "0.30", result.output


@pytest.mark.parametrize("number_format", ['_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ',
                                           '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ '], ids=["yuan sign", "plain"])
def test_amounts_in_the_accounting_format_read_as_amounts_and_a_dash_as_zero(built_word, runner, tmp_path, number_format):
    """会计专用, usual on amounts, shows 610.85 as ¥610.85 and a zero as a dash: each was text in the spec, an
    error to mend by hand, for a number the cell holds."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    for row in book[SHEET].iter_rows():
        for cell in row:
            if isinstance(cell.value, (int, float)):  # a zero saved as 0.00 loads as the int 0
                cell.number_format = number_format
    book.save(str(source))
    imports_as_its_spec(runner, source, stem)


def test_an_amount_typed_with_its_unit_is_read_in_wan_yuan_and_said(built_word, runner, tmp_path):
    """6108500元 typed as text in a cell of the form's 万元 stayed text, an error to mend by hand; 78.56万元 was read."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    sheet = book[SHEET]
    sheet[_cell_holding(source, 610.85)] = "6108500元"
    sheet[_cell_holding(source, 78.56)] = "78.56万元"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert ("警告[IMPORT-UNIT] 工作表“绩效目标表”C4 格的金额“6108500元”写着单位“元”，表样以万元为单位："
            "已除以 10000 换算成万元读进规格，读作 610.85 万元；请核对") in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


def test_an_amount_of_a_thousand_typed_with_yuan_is_converted_not_said_under_a_thousand(built_word, runner, tmp_path):
    """Only an amount under 1000 looks like 万元 (`不到 1000`): 1000元 is read in 元 and converted, where a mutant reading
    it as 万元 said it was `不到 1000（1000）`."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    book[SHEET][_cell_holding(source, 78.56)] = "1000元"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "不到 1000" not in result.output, result.output
    assert ("警告[IMPORT-UNIT] 工作表“绩效目标表”C5 格的金额“1000元”写着单位“元”，表样以万元为单位："
            "已除以 10000 换算成万元读进规格，读作 0.1 万元；请核对") in result.output, result.output


def test_an_amount_typed_with_yuan_past_the_fen_is_read_as_typed_and_said_why(built_word, runner, tmp_path):
    """No amount in 元 has digits past the 分: 78.565元 (and 1234.567元, not under 1000) is 万元, its 元 a slip, and the
    warning says so by its third decimal, a reason no test asked for."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    for typed in ("78.565", "1234.567"):
        book = load_workbook(str(source))
        book[SHEET][_cell_holding(source, 78.56)] = f"{typed}元"
        book.save(str(tmp_path / "edited.xlsx"))
        result = runner.invoke(main, ["import", str(tmp_path / "edited.xlsx"), "-o", str(tmp_path / "out.yaml"), "--force"])
        assert (f"警告[IMPORT-UNIT] 工作表“绩效目标表”C5 格的金额“{typed}元”写着单位“元”，但{typed} 有分以下的小数，"
                f"不是以元为单位的金额，看来是以万元为单位的，单位“元”像是写错了：按原数读作 {typed} 万元，没有换算") in result.output, \
            result.output


@pytest.mark.parametrize("typed, said", [
    ({78.56: "78.56元"}, "C5 格的金额“78.56元”写着单位“元”，但这个金额不到 1000（78.56），看来是以万元为单位的，单位“元”像是"
                        "写错了：按原数读作 78.56 万元，没有换算；如果确实以元为单位，请在规格中把它除以 10000"),
    ({78.56: "78.56元", 1.5: "1.50元"}, "C5、D12 格的金额写着单位“元”，但这些金额都不到 1000（78.56、1.50），看来是以万元为单位"
                                      "的，单位“元”像是写错了：按原数读进，没有换算，共 2 个（如“78.56元”读作 78.56 万元）；"
                                      "如果确实以元为单位，请在规格中把这些金额除以 10000"),
    ({78.56: "78.56元", 1.5: "1.50元", 7.24: "7.24元"}, "C5、D12、D13 格的金额写着单位“元”，但这些金额都不到 1000（78.56、1.50、"
                                                      "7.24），看来是以万元为单位的"),  # three shown whole, no 等 after them
], ids=["one", "two", "three"])
def test_an_amount_typed_with_yuan_that_looks_like_wan_yuan_is_read_as_typed_and_said(built_word, runner, tmp_path,
                                                                                     typed, said):
    """78.56元 typed in a cell of the form's 万元 was divided by 10000 (0.007856 万元), the form's sums broken, where
    the same amount under a header saying 元 is read as typed: under 1000 (or past the 分), it is 万元, the 元 a slip."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    for number, text in typed.items():
        book[SHEET][_cell_holding(source, number)] = text
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert f"警告[IMPORT-UNIT] 工作表“绩效目标表”{said}" in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


@pytest.mark.parametrize("stem", ["guangzhou-tailian-2023", "hengyang-qiaolian-2022"])
def test_amounts_typed_with_their_unit_under_a_header_saying_it_are_said_once(built_word, runner, tmp_path, stem):
    """预算金额（元） over 6108500元 (衡阳's side label 年度预算申请（元） beside 1806100 元): beside the warning that
    the amounts were read in 万元, one said the header's columns (rows) had no amount read, none converted."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    mirror(built_word[stem], sheet)
    if stem.startswith("guangzhou"):
        sheet["C3"], sheet["C4"], sheet["C5"] = "预算金额（元）", "6108500元", "785600元"
    else:
        in_yuan(sheet, only="年度预算申请")
        for cell in (c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and " 万元" in c.value):
            cell.value = re.sub(r"([0-9.]+) 万元", lambda m: f"{Decimal(m[1]) * 10000:.0f} 元", cell.value)
    source = tmp_path / (built_word[stem].stem + ".xlsx")
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert "IMPORT-HEADER" not in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


def test_amounts_a_number_format_shows_scaled_are_read_as_shown_and_said_once_a_table(built_word, runner, tmp_path):
    """`0.00,,"万"` shows 6108500 as 6.11万: read as shown, the spec got 6.11 where the cell holds 610.85 万元 in 元,
    in silence. One warning for the table names the cell, the number it holds and what was read."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    sheet = book[SHEET]
    basic, project = sheet[_cell_holding(source, 610.85)], sheet[_cell_holding(source, 78.56)]
    basic.value, basic.number_format = 6108500, '0.00,,"万"'
    project.value, project.number_format = 785600, '#,##0.0,"千"'
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    assert re.findall(r"警告\[IMPORT-SCALED\] (.*)", result.output) == [
        f'工作表“绩效目标表”{basic.coordinate} 格存的数是 6108500，数字格式“0.00,,"万"”把它缩小显示成“6.11万”，按显示的读作 6.11 '
        "万元，而存的数按元计是 610.85 万元（这张表共 2 格金额这样显示）：读进规格的是前者；请核对，存的数才对的话请在规格中改正"
    ], result.output
    assert "IMPORT-UNIT" not in result.output, result.output
    budget = load(tmp_path / "out.yaml").data["budget"]
    assert (budget["basic"], budget["project"]) == (Decimal("6.11"), Decimal("78.56"))


@pytest.mark.parametrize("scaled", [True, False], ids=["format", "typed"])
def test_an_amount_shown_or_typed_in_thousands_is_read_in_wan_yuan(built_word, runner, tmp_path, scaled):
    """785.6千, shown by `0.0,"千"` for 785600 or typed so, was text in the spec (or, shown, taken as is): it is 千元,
    divided by 10 as under a 千元 header."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    book = load_workbook(str(source))
    project = book[SHEET][_cell_holding(source, 78.56)]
    if scaled:
        project.value, project.number_format = 785600, '0.0,"千"'
    else:
        project.value = "785.6千"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    said = (f'警告[IMPORT-SCALED] 工作表“绩效目标表”{project.coordinate} 格存的数是 785600，数字格式“0.0,"千"”把它缩小显示成'
            "“785.6千”，按显示的读作 78.56 万元，与存的数按元计相符；请核对") if scaled else \
        (f"警告[IMPORT-UNIT] 工作表“绩效目标表”{project.coordinate} 格的金额“785.6千”写着单位“千元”，表样以万元为单位："
         "已除以 10 换算成万元读进规格，读作 78.56 万元；请核对")
    assert said in result.output, result.output
    assert "0 个错误，1 个警告" in result.output, result.output
    assert plain(load(tmp_path / "out.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


@pytest.mark.parametrize("value, number_format, text", [
    (610.8, "0.00", "610.80"),
    (0.1 + 0.2, "0.00", "0.30"),
    (0.1 + 0.2, "General", "0.3"),
    (1234567.891, "#,##0.00", "1,234,567.89"),
    (2.675, "0.00", "2.68"),                      # Excel rounds the 15-digit decimal, half away from zero
    (-5.5, "#,##0.00_);(#,##0.00)", "(5.50)"),
    (0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', "-"),
    (0.955, "0%", "96%"),
    (254.3, '0.00"万元"', "254.30万元"),
    (6108500, '0.00,,"万"', "6.11万"),           # scaled by 10^6: the commas that scale print nothing
    (785600, '#,##0.0,"千"', "785.6千"),
    (12, "[$¥-804]#,##0.00", "¥12.00"),
    (1485, "General", "1485"),
    (12.5, "0.0#", "12.5"),
    (True, "General", "TRUE"),
    (1e30, "0.00", "1" + "0" * 30 + ".00"),       # more digits than Decimal's default 28: an internal error
    (float("inf"), "0.00", "#NUM!"),              # 1e309, written by a program: no number Excel holds
    (float("nan"), "General", "#NUM!"),
    ("第一段\r\n第二段", "@", "第一段\n第二段"),
    ("第一段_x000D_\n第二段", "General", "第一段\n第二段"),   # a CR as Excel saves it
    ("第一段_x000D_第二段", "General", "第一段\n第二段"),     # a CR alone (a Mac's line end): a line break too
    ("A_x005F_x000D_", "General", "A_x000D_"),                # the escape typed as text
    (dt.datetime(2022, 1, 5), 'yyyy"年"m"月"d"日"', "2022年1月5日"),
    (dt.datetime(2022, 1, 5), "mm-dd-yy", "2022/1/5"),      # the built-in short date, as Excel in Chinese shows it
    (dt.datetime(2022, 1, 5, 14, 3), "yyyy-mm-dd hh:mm", "2022-01-05 14:03"),
    (dt.datetime(2022, 1, 5), "[$-F800]dddd, mmmm dd, yyyy", "2022年1月5日"),   # the system's long date (长日期)
    (dt.datetime(2022, 1, 5), "[$-x-sysdate]dddd, mmmm dd, yyyy", "2022年1月5日"),
])
def test_a_cell_reads_as_excel_shows_it(value, number_format, text):
    assert shown(value, number_format) == text


def test_a_carriage_return_excel_saved_as_an_escape_is_a_line_break_not_text(built_word, runner, tmp_path):
    """Text pasted with Windows line ends keeps its CR, which Excel saves as _x000D_ and openpyxl leaves
    as it is: read as printed, `_x000D_` went into the spec and a budget cell no longer matched its labels."""
    stem = "hengyang-qiaolian-2022"
    source = as_workbook(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"))
    zip_edit(source, SHEET_XML, "\n", "_x000D_\n", regex=True)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "h.yaml")])
    assert result.exit_code == 0 and "0 个错误，0 个警告" in result.output, result.output
    assert "_x000D_" not in (tmp_path / "h.yaml").read_text(encoding="utf-8")
    assert plain(load(tmp_path / "h.yaml").data) == plain(load(ROOT / "specs" / f"{stem}.yaml").data)


def test_a_date_in_a_builtin_chinese_format_reads_as_the_date_the_sheet_shows(tmp_path):
    """Excel in Chinese saves 2022年1月5日 as built-in format 31, named by number alone; openpyxl does
    not know it and read a 填表日期 typed as a date as the serial 44566, which a text field took as is."""
    source = tmp_path / "日期.xlsx"
    book = Workbook()
    book.active["A1"], book.active["A1"].number_format = dt.datetime(2022, 1, 5), 'yyyy"年"m"月"d"日"'
    book.active["A2"], book.active["A2"].number_format = dt.datetime(2022, 3, 1), 'm"月"d"日"'
    book.save(str(source))
    zip_edit(source, "xl/styles.xml", "<numFmts.*?</numFmts>", "", regex=True)
    zip_edit(source, "xl/styles.xml", 'numFmtId="165"', 'numFmtId="31"', regex=True)  # openpyxl numbers them from 165
    zip_edit(source, "xl/styles.xml", 'numFmtId="166"', 'numFmtId="58"', regex=True)
    [sheet], _ = read_workbook(*open_workbook(str(source)))
    assert [block.text for block in sheet.blocks] == ["2022年1月5日", "3月1日"]


# ── formulas ────────────────────────────────────────────────────────────────────────────────────
def test_a_formula_reads_as_the_result_excel_saved_with_it(built_word, runner, tmp_path):
    source = as_workbook(built_word["guangzhou-tailian-2023"], tmp_path / "广州.xlsx")
    cell = _cell_holding(source, 610.85)
    zip_edit(source, SHEET_XML, f'(<c r="{cell}"[^>]*>)<v>610.85</v>', r"\1<f>600+10.85</f><v>610.85</v>", regex=True)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 0 and "0 个错误，0 个警告" in result.output, result.output
    assert str(load(tmp_path / "g.yaml").data["budget"]["basic"]) == "610.85"


def test_a_formula_saved_without_its_result_is_named_and_nothing_is_written(built_word, runner, tmp_path):
    source = as_workbook(built_word["guangzhou-tailian-2023"], tmp_path / "广州.xlsx")
    book = load_workbook(str(source))
    cell = _cell_holding(source, 610.85)
    book[SHEET][cell] = "=600+10.85"  # openpyxl writes no result: as files a program made, never opened in Excel
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 1
    assert (f"{source}: 错误[IMPORT-FORMULA] 工作表“{SHEET}”的 {cell} 是公式，文件里没有保存它们的计算结果"
            in result.output), result.output
    assert "请在 Excel 中打开并保存一次，再导入" in result.output
    assert not (tmp_path / "g.yaml").exists()


# ── which sheet ─────────────────────────────────────────────────────────────────────────────────
def test_of_several_sheets_the_first_form_is_read_and_the_other_forms_are_named(built_word, runner, tmp_path):
    book = Workbook()
    notes = book.active
    notes.title = "说明"
    notes["A1"], notes["B1"] = "填表说明", "金额以万元为单位"
    mirror(built_word["guangzhou-tailian-2023"], book.create_sheet("广州表"))
    mirror(built_word["tianjin-qiaolian-2023"], book.create_sheet("天津表"))
    hidden = book.create_sheet("旧稿")
    mirror(built_word["tianjin-qiaolian-2023"], hidden)
    hidden.sheet_state = "hidden"
    source = tmp_path / "两张表.xlsx"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "t.yaml")])
    assert result.exit_code == 0, result.output
    assert "（表样 guangzhou）" in result.output
    assert (f"{source}: 警告[IMPORT-SHEETS] 工作簿里有 2 张工作表像表样的表：只导入了工作表“广州表”，没有导入“天津表”"
            in result.output), result.output
    assert "旧稿" not in result.output


def _a_sheet_each(docx: Path, target: Path, starts) -> Path:
    """The Word form laid out on a sheet each from the rows `starts(text)` picks (each project's title) on, as a
    clerk keeps a form of several projects: its values and merged ranges moved up to the new sheet's top."""
    whole = Workbook().active
    paragraphs = mirror(docx, whole)
    first = [row for row, text in sorted(paragraphs.items()) if starts(text)]
    book = Workbook()
    book.remove(book.active)
    for number, (top, end) in enumerate(zip([1] + first, first + [whole.max_row + 1]), start=1):
        if top == end:
            continue
        sheet = book.create_sheet(f"表{number}")
        for row in whole.iter_rows(min_row=top, max_row=end - 1):
            for cell in row:
                if cell.value is not None:
                    sheet.cell(cell.row - top + 1, cell.column, cell.value).number_format = cell.number_format
        for merge in whole.merged_cells.ranges:
            if top <= merge.min_row < end:
                sheet.merge_cells(start_row=merge.min_row - top + 1, start_column=merge.min_col,
                                  end_row=merge.max_row - top + 1, end_column=merge.max_col)
    book.save(str(target))
    return target


@pytest.mark.parametrize("stem, starts", [
    ("tianjin-qiaolian-2023", lambda text: text.endswith("绩效目标表")),  # a project a sheet
    ("hengyang-qiaolian-2022", lambda text: text == "项目绩效目标申报表"),  # the department's form, then the projects'
], ids=["tianjin", "hengyang"])
def test_a_form_kept_a_sheet_for_each_project_reads_every_sheet_in_order(built_word, runner, tmp_path, stem, starts):
    """Read alone, the first sheet was the whole spec (one project of five) and the other sheets were only named,
    to be saved as workbooks of their own and imported into a spec each."""
    source = _a_sheet_each(built_word[stem], tmp_path / (built_word[stem].stem + ".xlsx"), starts)
    assert len(load_workbook(str(source)).worksheets) > 1
    imports_as_its_spec(runner, source, stem)


def test_a_form_only_on_a_hidden_sheet_is_named_and_not_read(built_word, runner, tmp_path):
    """With the form hidden and only a notes sheet shown, import said the workbook was no known form
    (0% of its labels): the user, who had hidden the sheet long ago, was not told where the form was."""
    book = Workbook()
    book.active.title = "说明"
    book.active["A1"] = "填表说明：见另一张表"
    hidden = book.create_sheet("2023年")
    mirror(built_word["guangzhou-tailian-2023"], hidden)
    hidden.sheet_state = "hidden"
    source = tmp_path / "隐藏.xlsx"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 1 and not (tmp_path / "g.yaml").exists()
    assert (f"{source}: 错误[IMPORT-HIDDEN-SHEET] 可见的工作表都不是表样的表；隐藏的工作表“2023年”像是，"
            "但隐藏的工作表不导入") in result.output, result.output
    assert "取消隐藏" in result.output


def test_the_sheet_the_workbook_opens_at_is_read_first(built_word, runner, tmp_path):
    book = Workbook()
    mirror(built_word["guangzhou-tailian-2023"], book.active)
    mirror(built_word["tianjin-qiaolian-2023"], book.create_sheet("天津表"))
    book.active = 1
    source = tmp_path / "两张表.xlsx"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "t.yaml")])
    assert "（表样 tianjin）" in result.output and "没有导入“Sheet”" in result.output, result.output


# ── files that are not forms ────────────────────────────────────────────────────────────────────
@pytest.mark.parametrize("kind", ["not a form", "old excel", "old excel named doc", "password", "corrupt", "empty",
                                  "empty but its page numbers"])
def test_workbooks_that_cannot_be_read_get_a_clear_message_and_nothing_is_written(runner, tmp_path, kind):
    if kind == "not a form":
        source, expected = tmp_path / "纪要.xlsx", "无法识别表样"
        book = Workbook()
        for row in (["会议纪要"], ["时间", "地点"], ["3月1日", "会议室"]):
            book.active.append(row)
        book.save(str(source))
    elif kind == "old excel":
        source, expected = tmp_path / "旧表.xls", "这是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中另存为 .xlsx 再导入"
        source.write_bytes(ole2("Root Entry", "Workbook", "\x05SummaryInformation"))
    elif kind == "old excel named doc":  # the same container as an old .doc: told to save it as .docx, it was not one
        source, expected = tmp_path / "旧表.doc", "这是旧版 Excel（.xls）文件（扩展名是“.doc”）：请在 Excel 或 WPS 中另存为 .xlsx"
        source.write_bytes(ole2("Root Entry", "Workbook"))
    elif kind == "password":
        source, expected = tmp_path / "加密.xlsx", "这个 Excel 文件设了打开密码（已加密），无法读取"
        source.write_bytes(ole2("Root Entry", "EncryptedInfo", "EncryptedPackage"))
    elif kind == "corrupt":
        source, expected = tmp_path / "坏.xlsx", "文件已损坏，或不是真正的 Excel 工作簿"
        source.write_bytes(b"PK\x03\x04 not really a zip")
    else:  # a blank workbook may still carry the usual page-number footer (read 第页，共页): no content
        source, expected = tmp_path / "空.xlsx", "工作簿里没有内容：所有可见的工作表都是空的"
        book = Workbook()
        if kind == "empty but its page numbers":
            book.active.oddFooter.center.text = "第 &P 页，共 &N 页"
        book.save(str(source))
    out = tmp_path / "out"
    result = runner.invoke(main, ["import", str(source), "-o", f"{out}/"])
    assert result.exit_code == 1
    assert result.output.startswith(f"{source}: 错误[IMPORT-") and expected in result.output, result.output
    assert not out.exists()


def test_an_old_word_file_holding_an_excel_table_is_still_an_old_word_file(runner, tmp_path):
    """A .doc with a table pasted from Excel keeps a Workbook stream inside: it is not an .xls."""
    source = tmp_path / "旧表.doc"
    source.write_bytes(ole2("Root Entry", "WordDocument", "ObjectPool", "Workbook"))
    result = runner.invoke(main, ["import", str(source)])
    assert "这是旧版 Word（.doc）文件" in result.output and "Excel" not in result.output


def test_a_workbook_named_docx_is_read_as_a_workbook(built_word, runner, tmp_path):
    source = as_workbook(built_word["guangzhou-tailian-2023"], tmp_path / "广州.xlsx")
    renamed = Path(shutil.move(source, tmp_path / "广州.docx"))
    result = runner.invoke(main, ["import", str(renamed), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 0 and "0 个错误，0 个警告" in result.output, result.output


def test_what_a_sheet_lacks_is_said_of_the_workbook_not_of_a_word_file(built_word, runner, tmp_path):
    """Messages written for Word said "这份 Word 文件里（正文、表格）" of a sheet without its title."""
    stem = "guangzhou-tailian-2023"
    source = as_workbook(built_word[stem], tmp_path / "表.xlsx")
    book = load_workbook(str(source))
    title = _cell_holding(source, "广州市台湾同胞联谊会2023年部门整体预算绩效目标申报表")
    book[SHEET][title].value = None
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "imported.yaml")])
    assert "这份工作簿里（工作表、页眉页脚和文件名）都没有找到；请在规格中手工填写 year" in result.output, result.output
    assert "Word" not in result.output


def _on_every_page(source: Path, lines: list[str], header: str, footer: str) -> None:
    """The form's `lines` typed not in rows of the sheet but in its page header and footer (页面设置 →
    页眉/页脚), as Excel saves them: `header` and `footer` in Excel's codes."""
    from xml.sax.saxutils import escape

    book = load_workbook(str(source))
    sheet = book[SHEET]
    for line in lines:
        cell = sheet[_cell_holding(source, line)]
        merged = next(m for m in sheet.merged_cells.ranges if cell.coordinate in m)
        sheet.unmerge_cells(merged.coord)
        cell.value = None
    sheet.oddHeader.center.text, sheet.oddFooter.center.text = "HEADER", "FOOTER"
    book.save(str(source))
    zip_edit(source, SHEET_XML, "&amp;CHEADER", escape(header))
    zip_edit(source, SHEET_XML, "&amp;CFOOTER", escape(footer))


@pytest.mark.parametrize("stem, lines, header, footer", [
    # the title and the year under it, the year bold: printed nowhere else
    ("jiangsu-taiban-2024", ["江苏省省级部门整体预算绩效目标表", "2024年度"],
     '&C&"宋体,加粗"&16江苏省省级部门整体预算绩效目标表\n&12 &"宋体,加粗"2024&"宋体,常规"年度', "&C第 &P 页，共 &N 页"),
    # 填报单位 at the top left, its label bold; 填表人、联系电话、填表日期 across the foot
    ("hengyang-qiaolian-2022", ["填报单位(盖章): 市侨联", "填表人：扶金辉", "联系电话：8866810", "填表日期：2022年1月5日"],
     '&L&"宋体,加粗"填报单位&"宋体,常规"(盖章): 市侨联&R&D', "&L填表人：扶金辉&C联系电话：8866810&R填表日期：2022年1月5日"),
], ids=["jiangsu", "hengyang"])
def test_lines_set_in_the_page_header_and_footer_are_read(built_word, runner, tmp_path, stem, lines, header, footer):
    """Lines around a form's table set in the sheet's page header and footer were not read: a field
    printed only there (江苏's year, 衡阳's 填表人) was missing from the spec."""
    source = as_workbook(built_word[stem], tmp_path / "表.xlsx")  # the file's name says neither unit nor year
    _on_every_page(source, lines, header, footer)
    imports_as_its_spec(runner, source, stem)


@pytest.mark.parametrize("text, read", [
    ("单位：万元", [("中间", "单位：万元")]),                                  # no section code: centred
    ("&L&\"宋体,加粗\"&14填报单位&\"宋体,常规\"：某单位&R&KFF0000单位：万元",
     [("左侧", "填报单位：某单位"), ("右侧", "单位：万元")]),
    ("&C第&P页/共&N页&R&K01+000&B&I打印于&D &T", [("中间", "第页/共页"), ("右侧", "打印于 ")]),
    ("&L研发&&生产&C&[Page]&P+1", [("左侧", "研发&生产")]),                 # && is an ampersand
    ("&C&12 2024年度", [("中间", "2024年度")]),                              # a size before a digit ends with a space
])
def test_excel_codes_are_taken_out_of_a_page_headers_text(text, read):
    from generator.xlsx_headers import sections

    assert sections(text) == read


@pytest.mark.parametrize("given, said", [
    ("folder", "这是一个文件夹，不是 Word 或 Excel 文件"),
    ("-o -", "jixiao import 写出的是 .yaml 规格文件；请写出 .yaml 文件或文件夹，如 -o specs/，或不写 -o（写在原文件旁边）"),
])
def test_messages_of_import_do_not_take_every_file_for_a_word_file(runner, tmp_path, given, said):
    """A folder was "不是 Word 文件", and `-o -` said the spec goes next to the Word file, of a workbook too."""
    args = [str(tmp_path)] if given == "folder" else ["旧表.xlsx", "-o", "-"]
    result = runner.invoke(main, ["import", *args])
    assert said in result.output, result.output


@pytest.mark.parametrize("kind, reader", [("docx", "generator.importer.read_body"), ("xlsx", "generator.xlsx_grid.read_sheet")])
def test_a_slip_of_jixiaos_reading_a_good_file_is_an_internal_error_not_a_corrupt_file(built_word, runner, tmp_path, monkeypatch,
                                                                                      kind, reader):
    """Everything after opening the file was inside the try that names a file corrupt: a bug of jixiao's told
    the clerk to re-save a good file, and was never reported to be fixed."""
    source = built_word["guangzhou-tailian-2023"]
    if kind == "xlsx":
        source = as_workbook(source, tmp_path / "表.xlsx")

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a slip of jixiao's")

    monkeypatch.setattr(reader, broken)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 4 and "IMPORT-CORRUPT" not in result.output, result.output


@pytest.mark.parametrize("old, new", [('<c r="A1"', '<c r="A0"'), (r'<mergeCell ref="A\d+:', '<mergeCell ref="A0:'),
                                      ('<c r="A1"', '<c r="1"'), ('<c r="A1"', '<c r="A1048577"'),
                                      ('<c r="A1"', '<c r="XFE1"')])
def test_a_workbook_placing_a_cell_at_row_0_is_a_damaged_file_not_an_internal_error(built_word, runner, tmp_path, old, new):
    """A cell of a damaged file at row 0, which Excel repairs before showing it: openpyxl loads it as it is, and
    reading the sheet stopped there, exit 4 (found by generating damaged workbooks); so did a cell past Excel's last
    row, 1048576, and a cell past its last column, XFD, imported as if the file were whole. A merged range from row 0,
    or a cell before column A, openpyxl refuses to load (xlsx_grid._on_the_grid leaves them to it): damaged files too."""
    source = as_workbook(built_word["guangzhou-tailian-2023"], tmp_path / "表.xlsx")
    zip_edit(source, "xl/worksheets/sheet1.xml", old, new, regex=True)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 1, result.output
    assert "错误[IMPORT-CORRUPT] 文件已损坏" in result.output and not (tmp_path / "g.yaml").exists()


def test_a_row_typed_without_lines_under_the_drawn_table_is_named_and_what_was_left_out_summed_up(built_word, runner,
                                                                                                  tmp_path):
    """A form typed with its cells unmerged (labels only in the first cell of each block) and its last indicator row
    typed without lines: the row was read as a line of text and left out, said only as a place the form lacks. It
    is named as a row without lines, with how to draw them, and the import ends saying how much was left out."""
    stem = "guangzhou-tailian-2023"
    book = Workbook()
    book.active.title = SHEET
    sheet = book.active
    mirror(built_word[stem], sheet, ruled=True)
    for merge in [m for m in sheet.merged_cells.ranges if m.max_row > m.min_row]:
        sheet.unmerge_cells(str(merge))
    last = sheet.max_row
    for cell in sheet[last]:
        cell.border = Border()
    source = tmp_path / "表.xlsx"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 0, result.output
    assert (f"警告[IMPORT-UNDRAWN] 工作表“{SHEET}”第 {last} 行（“服务对象满意度指标 满意度 台胞满意度90%以上 台胞满意度90%以上”）"
            "在画了线的表格行下面，自己却没有画表格线，读成了表格之外的一行文字") in result.output, result.output
    assert "IMPORT-UNPLACED" not in result.output
    lines = result.output.splitlines()
    assert lines[-2] == ("注意：有 1 处内容没有读进规格（其中 1 行没有画表格线），见上面的 IMPORT-UNDRAWN 警告；"
                         "请对照原表核对，手工补进规格。"), result.output
    assert lines[-1] == "导入了 1 个文件：写出 1 个规格；0 个错误，1 个警告，1 个提示。"  # the 一级 read down: IMPORT-UNMERGED


def test_a_one_line_field_typed_over_lines_in_its_cell_is_read_as_one_line_and_said(built_word, runner, tmp_path):
    """A task's name and an indicator's wrapped with Alt+Enter to fit a narrow cell came in as `|` blocks of two
    lines, printed on two lines in a cell the form gives one; they are joined and said, while a text the form
    prints as paragraphs (主要实施内容) keeps its lines."""
    stem = "guangzhou-tailian-2023"
    book = Workbook()
    book.active.title = SHEET
    sheet = book.active
    mirror(built_word[stem], sheet, ruled=True)
    name, indicator, content = (_cell_holding_in(sheet, text) for text in (
        "拓展工作平台，联谊服务在穗台商和在穗高校台生。", "举办活动场次", "全面从严治党，继续开展党史学习教育活动，加强党风廉政建设，加强在职机关党员干部教育学习。"))
    sheet[name].value = "拓展工作平台，联谊服务在穗台商\n和在穗高校台生。"
    sheet[indicator].value = "举办活动\n场次"
    sheet[content].value = "全面从严治党。\n继续开展党史学习教育活动。"
    source = tmp_path / "表.xlsx"
    book.save(str(source))
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "g.yaml")])
    assert result.exit_code == 0 and "0 个错误，2 个警告" in result.output, result.output
    assert (f"警告[IMPORT-LINE-BREAK] 第 2 个年度重点工作任务的“名称”：工作表“{SHEET}”{name} 格的这一栏分成了 2 行"
            "（格子里按了 Alt+Enter 或换行），表上这一栏只印一行，已接成一行读入：“拓展工作平台，联谊服务在穗台商和在穗高校台生。”；请核对"
            ) in result.output
    assert f"警告[IMPORT-LINE-BREAK] 第 2 个绩效指标的“三级指标”：工作表“{SHEET}”{indicator} 格" in result.output
    data = load(tmp_path / "g.yaml").data
    assert data["key_tasks"][1]["name"] == "拓展工作平台，联谊服务在穗台商和在穗高校台生。"
    assert data["indicators"][1]["name"] == "举办活动场次"
    assert data["key_tasks"][4]["content"] == "全面从严治党。\n继续开展党史学习教育活动。\n"


def _blank_row_typed_above(sheet, text: str, unmerged: bool) -> None:
    """A blank row typed above the row whose cell holds `text`, as staff leave one between two blocks of a table: the
    form's cells merged down are unmerged first (`unmerged`: the text kept in the top cell), or merged block by block,
    each range stopping at the blank row (the clerk merged each block on its own), so the row holds nothing, and no
    lines are drawn on it."""
    _blank_row_at(sheet, next(cell.row for line in sheet.iter_rows() for cell in line if cell.value == text), unmerged)


def _blank_row_at(sheet, row: int, unmerged: bool) -> None:
    """A blank row typed at `row`, the rows from there moved down, as `_blank_row_typed_above` says."""
    if unmerged:
        unmerged_down(sheet)
    _inserted(sheet, row=row)
    for merge in [m for m in sheet.merged_cells.ranges if m.min_row < row < m.max_row]:
        top, left, bottom, right = merge.min_row, merge.min_col, merge.max_row, merge.max_col
        sheet.unmerge_cells(str(merge))
        for first, last in ((top, row - 1), (row + 1, bottom)):
            if last > first or right > left:
                sheet.merge_cells(start_row=first, start_column=left, end_row=last, end_column=right)
    for column in range(1, sheet.max_column + 1):
        sheet.cell(row, column).border = Border()


@pytest.mark.parametrize("stem, text", [
    ("hengyang-qiaolian-2022", "质量指标"),      # inside 完成指标, between its 数量 and 质量 rows
    ("hengyang-qiaolian-2022", "社会效益指标"),  # inside 效益指标
    ("guangzhou-tailian-2023", "质量指标"),      # an empty category's row under 产出指标
    ("jiangsu-taiban-2024", "目标设定"),         # inside 履职
    ("tianjin-qiaolian-2023", "质量指标"),       # inside 产出指标, a category the form prints (no header)
    ("jiangsu-taiban-2024", "年度档案整理"),     # between two tasks
    ("hengyang-qiaolian-2022", "金额合计"),      # before the total row
    ("hengyang-qiaolian-2022", "填表人：扶金辉"),  # before the lines under the table
])
@pytest.mark.parametrize("unmerged", [False, True], ids=["merged by block", "unmerged"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_table_split_by_a_blank_row_reads_as_it_does_without_it(built_word, runner, tmp_path, stem, text, unmerged,
                                                                   ruled):
    """Staff leave a blank row between the 产出 and the 效益 indicators, or between two tasks. Read as two tables, the
    rows under it lost the category they continue: its 一级指标 left blank was not read as the group above, and validate
    said the indicator had none. The blank row is passed over; the spec is the one without it."""
    source = _unmerged_form(built_word[stem], tmp_path, ruled, unmerged=False,
                            edit=lambda sheet: _blank_row_typed_above(sheet, text, unmerged))
    output = imports_as_its_spec(runner, source, stem, clean="0 个错误，0 个警告")
    assert "IMPORT-UNPLACED" not in output


@pytest.mark.parametrize("unmerged", [False, True], ids=["merged by block", "unmerged"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_blank_row_between_a_row_of_labels_and_its_text_is_passed_over(built_word, runner, tmp_path, unmerged, ruled):
    """衡阳's project prints 总体目标 | 年度目标 over 年度目标's text merged across. A blank row typed between them, on a sheet
    with no lines the text stood alone at the top of its run over the indicators' labels and was read as a title
    line: 年度目标 left out as IMPORT-UNPLACED (and, unmerged, the indicator table after it with it). A row of labels
    ends no table: the text under it is its row."""
    stem = "hengyang-qiaolian-2022"

    def blank_under_the_labels(sheet):
        _blank_row_at(sheet, 1 + next(c.row for line in sheet.iter_rows() for c in line if c.value == "总体目标"),
                      unmerged)

    source = _unmerged_form(built_word[stem], tmp_path, ruled, unmerged=False, edit=blank_under_the_labels)
    output = imports_as_its_spec(runner, source, stem, clean="0 个错误，0 个警告")
    assert "IMPORT-UNPLACED" not in output, output


@pytest.mark.parametrize("note, why", [
    ("（年度目标待局党组会审定后补填）", "读来像是一条说明（整段在括号里）"),
    ("本表指标值为全年目标值", "读来像是一条说明（以“本表”开头）"),
    ("以下为部门整体支出绩效指标", "读来像是一条说明（以“以下”开头）"),
    ("做好凝心聚力工作。", "打在了栏目名“总体目标”的那一栏，不在年度目标的文字所在的几栏"),
], ids=["bracketed", "本表", "以下", "under the side label"])
def test_a_note_under_a_row_of_labels_past_a_blank_row_is_not_their_text(built_word, runner, tmp_path, note, why):
    """On a sheet with no lines, 年度目标's text replaced by a note, a blank row between it and 总体目标 | 年度目标: the
    note came in as 年度目标 and nothing was said (fe99d37 reads any one text there as the field's). A note, or a
    text typed under the side label, is left out, the warning naming the field it may be and why it was not read."""
    stem = "hengyang-qiaolian-2022"

    def note_under_the_labels(sheet):
        row = next(c.row for line in sheet.iter_rows() for c in line if c.value == "总体目标")
        _blank_row_at(sheet, row + 1, False)
        column = 1 if why.startswith("打在") else 2
        if column == 1:
            for merge in [m for m in sheet.merged_cells.ranges if m.min_row == row + 2]:
                sheet.unmerge_cells(str(merge))
            sheet.cell(row + 2, 2).value = None
        sheet.cell(row + 2, column).value = note

    source = _unmerged_form(built_word[stem], tmp_path, False, unmerged=False, edit=note_under_the_labels)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    [warning] = [line for line in result.output.splitlines() if "警告[IMPORT-UNPLACED]" in line]
    assert f"的“{note}”在表样中没有对应的位置，未导入；它在“总体目标 | 年度目标”一行栏目名下面（隔着空行），" \
           f"可能是年度目标的文字，但它{why}，没有读作年度目标" in warning, warning
    assert "annual_target" not in load(tmp_path / "out.yaml").data["projects"][0], result.output


def _three_labels_templates(folder: Path) -> Path:
    """A templates folder whose 衡阳 form heads its project's 年度目标 text with three labels, 总体目标 | 中长期目标 |
    年度目标 (the form's 年度目标 cell, four columns wide, split in two): a form of three stacked labels over one text."""
    from docx.oxml.ns import qn

    shutil.copytree(ROOT / "templates" / "hengyang", folder / "hengyang")
    form = folder / "hengyang" / "form.docx"
    document = Document(str(form))
    [tr] = [tr for table in document.tables for tr in table._tbl.tr_lst
            if ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.tc_lst] == ["总体目标", "年度目标"]]
    left = tr.tc_lst[1]
    right = copy.deepcopy(left)
    left.tcPr.find(qn("w:gridSpan")).set(qn("w:val"), "2")
    right.tcPr.find(qn("w:gridSpan")).set(qn("w:val"), "2")
    next(left.iter(qn("w:t"))).text = "中长期目标"
    left.addnext(right)
    document.save(str(form))
    return folder


def test_a_note_under_three_stacked_labels_names_the_field_by_all_but_the_side_label(built_word, runner, tmp_path):
    """End to end, a form whose text stands under 总体目标 | 中长期目标 | 年度目标, a note typed there past a blank row:
    both sentences of IMPORT-UNPLACED name the field it may be by the same labels (`labels_field`), all those after
    the side label, as which of them the text is for is not known."""
    templates = _three_labels_templates(tmp_path / "templates")

    def three_labels_then_a_note(sheet):
        row = next(c.row for line in sheet.iter_rows() for c in line if c.value == "年度目标")
        sheet.unmerge_cells(next(str(m) for m in sheet.merged_cells.ranges if m.min_row == row and m.min_col == 2))
        sheet.cell(row, 2).value, sheet.cell(row, 4).value = "中长期目标", "年度目标"
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        sheet.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
        _blank_row_at(sheet, row + 1, False)
        sheet.cell(row + 2, 2).value = "（年度目标待局党组会审定后补填）"

    source = _unmerged_form(built_word["hengyang-qiaolian-2022"], tmp_path / "in", False, unmerged=False,
                            edit=three_labels_then_a_note)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml"), "--templates", str(templates)])
    [warning] = [line for line in result.output.splitlines() if "警告[IMPORT-UNPLACED]" in line]
    assert "它在“总体目标 | 中长期目标 | 年度目标”一行栏目名下面（隔着空行），可能是中长期目标、年度目标的文字，" \
           "但它读来像是一条说明（整段在括号里），没有读作中长期目标、年度目标；请核对：是中长期目标、年度目标的话" \
           "请把它填进规格的中长期目标、年度目标" in warning, warning
    assert "annual_target" not in load(tmp_path / "out.yaml").data["projects"][0], result.output


def test_a_text_under_three_labels_is_said_to_be_the_same_field_by_both_messages():
    """The field under a row of labels was worked out twice: the warning why a text was not read said
    `中长期目标、年度目标`, the hint after it `年度目标`, the last label alone. One function names it for both."""
    from generator.docx_match_types import Unplaced
    from generator.import_notes import _under_labels_hint
    from generator.xlsx_grid import labels_field

    labels = "总体目标 | 中长期目标 | 年度目标"
    assert labels_field(labels) == "中长期目标、年度目标" and labels_field("总体目标 | 年度目标") == "年度目标"
    assert labels_field("年度目标") == "年度目标"
    hint = _under_labels_hint(Unplaced("B9", "做好凝心聚力工作。", under_labels=(labels, "打在了栏目名“总体目标”的那一栏")))
    assert "可能是中长期目标、年度目标的文字" in hint and "没有读作中长期目标、年度目标" in hint, hint


@pytest.mark.parametrize("note", ["（年度目标待局党组会审定后补填）", "备注：年度目标待审定",
                                  "以下几个方面：一是紧密团结服务台湾同胞；二是积极推动经济文化交流。"])
def test_a_note_typed_into_the_fields_own_ruled_cell_is_read_as_its_text_and_said(built_word, runner, tmp_path, note):
    """On a ruled sheet, 衡阳's project 年度目标 replaced by a note in its own drawn cell (no blank row above it, so no
    `_under_labels`): the note came in as 年度目标 without a word, then (f7e40b9) was dropped, a real target opening
    with 以下 with it. It is read as the field and said to read like a note, as the Word form's is."""
    stem = "hengyang-qiaolian-2022"
    at = {}

    def note_in_place(sheet):
        [*_, cell] = [c for line in sheet.iter_rows() for c in line if str(c.value or "").startswith("做好凝心聚力")]
        cell.value, at["cell"] = note, cell.coordinate

    source = _unmerged_form(built_word[stem], tmp_path, True, unmerged=False, edit=note_in_place)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    [warning] = [line for line in result.output.splitlines() if "IMPORT-NOTE" in line]
    assert f"警告[IMPORT-NOTE] 工作表“{SHEET}”{at['cell']} 格的“{note}”填在年度目标的格里，读来像是一条说明" in warning, warning
    assert "已读作年度目标；如果这是说明而不是年度目标，请在规格中改写年度目标" in warning, warning
    assert load(tmp_path / "out.yaml").data["projects"][0]["annual_target"] == note, result.output


def _unplaced_under_the_labels(built_word, runner, tmp_path, note: str) -> str:
    """The one IMPORT-UNPLACED warning of 衡阳's sheet with `note` typed under 总体目标 | 年度目标, past a blank row."""
    def note_under_the_labels(sheet):
        row = next(c.row for line in sheet.iter_rows() for c in line if c.value == "总体目标")
        _blank_row_at(sheet, row + 1, False)
        sheet.cell(row + 2, 2).value = note

    source = _unmerged_form(built_word["hengyang-qiaolian-2022"], tmp_path, False, unmerged=False,
                            edit=note_under_the_labels)
    result = runner.invoke(main, ["import", str(source), "-o", str(tmp_path / "out.yaml")])
    [warning] = [line for line in result.output.splitlines() if "警告[IMPORT-UNPLACED]" in line]
    return warning


@pytest.mark.parametrize("opening", ["注：", "备注：", "说明："])
def test_a_long_note_with_a_colon_under_a_row_of_labels_is_quoted_whole_and_said_to_be_one(built_word, runner,
                                                                                          tmp_path, opening):
    """A note opening 注： under 总体目标 | 年度目标 past a blank row: its colon made it no text under the labels (a colon
    marks a form's line, 填表人：…), so its warning cut it at 40 characters, did not say it may be 年度目标, nor that it
    reads like a note, as IMPORT-NOTE says of one in the field's own cell. It is one: quoted whole, and said so."""
    note = opening + "年度目标待局党组会审定后补填，" + "届时按照市委统战部和市侨联的部署逐项细化各项任务，" * 2 + "报财政局备案。"
    warning = _unplaced_under_the_labels(built_word, runner, tmp_path, note)
    assert f"的“{note}”在表样中没有对应的位置" in warning, warning
    assert f"可能是年度目标的文字，但它读来像是一条说明（以“{opening[:-1]}" in warning, warning


def test_a_long_text_under_a_row_of_labels_left_out_is_quoted_whole(built_word, runner, tmp_path):
    """On a sheet with no lines, a text under 总体目标 | 年度目标 past a blank row that reads like a note stays a line
    (`_under_labels`): its warning, saying it may be 年度目标 to paste into the spec, cut it at 40 characters, and
    the rest of the text survived nowhere. It is quoted whole."""
    note = "（年度目标待局党组会审定后补填，" + "届时按照市委统战部和市侨联的部署逐项细化各项任务" * 2 + "）"
    warning = _unplaced_under_the_labels(built_word, runner, tmp_path, note)
    assert f"的“{note}”在表样中没有对应的位置" in warning, warning


_SIGNATURES = {"cells": ["填报人：", "张三", "审核人：", "李四", "填报日期：", "2024年1月10日"],
               "heads": ["单位负责人：", "", "财务负责人：", "", "经办人：", ""],
               "one": ["填报人：张三  审核人：李四  填报日期：2024年1月10日"]}


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
@pytest.mark.parametrize("signed", list(_SIGNATURES))
def test_a_signature_row_drawn_right_under_the_table_ends_it_and_is_said_left_out(built_word, runner, tmp_path, spec,
                                                                                 signed):
    """填报人： | 张三 | 审核人： | … typed in the row under the last table, drawn like it, no blank row between: read as
    a row of the table, it became an indicator whose 一级指标 was 填报人： (validate errors), or each cell was said apart
    to have no place. It ends the table (form_ends): the form reads as its spec, the row said left out as one line."""
    book = Workbook()
    book.active.title = SHEET
    mirror(built_word[spec.stem], book.active, ruled=True)
    row = book.active.max_row + 1
    for column, text in enumerate(_SIGNATURES[signed], start=1):
        if text:
            _write(book.active, row, column, text)
        book.active.cell(row, column).border = _THIN
    book.save(str(source := tmp_path / (built_word[spec.stem].stem + ".xlsx")))
    output = imports_as_its_spec(runner, source, spec.stem, "0 个错误，1 个警告")
    assert re.search(f"IMPORT-UNPLACED\\] 工作表“{SHEET}”(?:第 {row} 行|A{row} 格)的“{_SIGNATURES[signed][0][:3]}", output), output


def test_notes_under_a_signature_row_are_lines_up_to_the_next_forms_table(tmp_path):
    """注：1. … and 2. … under 联系电话：…, all in the drawn table's rows, are lines; a form's table under them (项目名称)
    is a table again."""
    book = Workbook()
    sheet = book.active
    rows = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人数", "100人"],
            ["联系电话：", "12345678", "", ""], ["注：1. 本表由单位填报。", "", "", ""], ["2. 金额单位为万元。", "", "", ""],
            ["项目名称", "某项目", "", ""], ["一级指标", "二级指标", "三级指标", "指标值"]]
    for r, texts in enumerate(rows, start=1):
        for c, text in enumerate(texts, start=1):
            _write(sheet, r, c, text)
            sheet.cell(r, c).border = _THIN
    book.save(str(path := tmp_path / "form.xlsx"))
    from generator.xlsx_form_text import FormText
    form = FormText(table_labels=frozenset({"一级指标", "二级指标", "三级指标", "指标值", "项目名称"}))
    sheets, _ = read_workbook(*open_workbook(str(path)), form)
    kinds = [(type(block).__name__, block.text if isinstance(block, Paragraph) else len(block.rows))
             for block in sheets[0].blocks]
    assert kinds == [("Table", 2), ("Paragraph", "联系电话： 12345678"), ("Paragraph", "注：1. 本表由单位填报。"),
                     ("Paragraph", "2. 金额单位为万元。"), ("Table", 2)], kinds


@pytest.mark.parametrize("stem", ["guangzhou-tailian-2023", "zhanjiang-qiaolian-2024"])
@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_a_task_named_like_a_note_stays_a_task_with_the_rows_under_it(built_word, runner, tmp_path, stem, kind):
    """A task whose name opens 说明： (its row 说明：… | 组织… | 1.50 | …) was taken for a row closing the form
    (form_ends): it and every task under it were cut from the table as lines, left out, the spec left with none (a
    validate error). A closing row is one text or label and value pairs alone; this row is the table's."""
    document = Document(str(built_word[stem]))
    data = plain(load(ROOT / "specs" / f"{stem}.yaml").data)
    name = data["key_tasks"][0]["name"]
    cell = next(cell for table in document.tables for row in table.rows for cell in row.cells if cell.text == name)
    cell.paragraphs[0].runs[0].text = "说明：" + cell.paragraphs[0].runs[0].text
    data["key_tasks"][0]["name"] = "说明：" + name
    document.save(str(source := tmp_path / built_word[stem].name))
    if kind == "xlsx":
        book = Workbook()
        book.active.title = SHEET
        mirror(source, book.active, ruled=True)
        book.save(str(source := source.with_suffix(".xlsx")))
    result = runner.invoke(main, ["import", str(source), "-o", str(target := tmp_path / "out.yaml")])
    assert result.exit_code == 0 and "0 个错误" in result.output and "IMPORT-UNPLACED" not in result.output, \
        result.output
    assert plain(load(target).data) == data
