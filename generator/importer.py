"""`jixiao import`: read existing Word forms (or the same form kept as an Excel sheet) of a known
variant back into YAML specs. A workbook is read into the same blocks as a Word document
(xlsx_grid), one sheet of it: the active sheet if it is a form, else the first that is; or all the
sheets that are forms, in order, where they are parts of one (a sheet for each project).

Nothing here knows a form. The variant's own Word template is the mapping (docx_pattern reads
it backwards, docx_match lines a document up with it), and its schema says what each field is
and what the lines printed for it are worth (import_fields).

This module is the stage: it reads the file (what kind of file it is: import_file_kinds), recognises
the variant from the labels and title of its template when `--form` is not given (a document fitting
several equally is refused with their names), lines the document up with the template (a column
nobody typed in is passed over where the template shows it is no column of the form:
docx_empty_columns), makes the spec's data (import_data), says what was not read or read otherwise
than typed, by table, row and column (import_notes; header cells worded otherwise than the template's
labels: header_notes; amounts under 元 for 万元: amounts_in_yuan), and writes the spec as `fmt` writes
it (import_spec_text), its first line naming a schema that exists where it is written (as `jixiao new`
does), checked with the same Validator as `jixiao validate`. A file that is not a Word document or an
Excel workbook, cannot be opened, or is not a form of any variant (or of one only) is reported and
nothing is written for it.
"""
from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from openpyxl.utils import get_column_letter

from . import form_names, template_errors
from .amounts_in_yuan import read_in_wan, yuan_scopes
from .command_paths import OLE2_SIGNATURE, WORKBOOKS, ZIP_SIGNATURE
from .docx_empty_columns import match_without_spacers
from .docx_grid import Paragraph, read_body, read_extras
from .docx_layout_tables import layout_tables_as_lines
from .form_ends import cut_at_form_end
from .docx_line_regex import ANY, segments_regex
from .docx_match import match
from .docx_paragraph_height import paragraph_layouts
from .docx_pattern import Line, fold, load_pattern, norm, printed_paths, walk
from .errors import FormError, JixiaoError, UsageError, os_problem, os_reason
from .han import beside
from .header_notes import header_notes
from .import_data import COPIED_ROW, file_name_captures, in_file_name_shape, short, spec_data
from .import_fields import Fields
from .import_file_kinds import (OWNER_FILE, WORD_FILE, WORKBOOK, FileKind, first_bytes, folder_said, is_encrypted,
                                is_old_excel, is_owner_file, is_word_zip, is_workbook_zip, unreadable)
from .import_notes import (continued_table_notes, file_name_notes, fixed_rests, held_cells, incomplete_note,
                           left_incomplete, merged_notes, misshapen_notes, missing_notes, scaled_notes,
                           skipped_header_notes, split_row_note, total_row_notes, typed_unit_notes, unplaced_note,
                           worded_in_unread)
from .import_spec_text import spec_text
from .load import load_text
from .namesakes import namesake_notice
from .problems import Problem, Severity, runs_said
from .project import read_elsewhere
from .rules.same_name import ID as SAME_NAME
from .rules.schema_line import ID as SCHEMA_LINE
from .schema_line import editor_schema, shown
from .spec_files import spec_suffix
from .textconv import has_tracked_changes
from .unread_forms import folders_unread, unread_by_settings
from .validate import Validator, spec_target
from .variants import Roots, Variant
from .write import atomic_write
from .xlsx_form_text import FormText, form_text
from .xlsx_grid import HiddenText, Sheet, open_workbook, read_workbook

RECOGNISED = 0.5  # share of a template's labels a document must show to be a form of it


def _hidden_ranges(hidden: HiddenText) -> str:
    """A sheet's hidden rows and columns holding something, as a message names them: 第 1、3-5 行和 A 列."""
    rows = f"第 {runs_said(hidden.rows, str, '～')} 行" if hidden.rows else ""
    columns = f"{runs_said(hidden.columns, get_column_letter, '～')} 列" if hidden.columns else ""
    return beside(rows + "和", columns) if rows and columns else rows or columns


@dataclass
class Imported:
    """One file's import (a Word document or a workbook): the spec text (when it was recognised) and every
    problem found."""

    source: str
    target: Path | None = None
    variant: str | None = None
    text: str = ""
    problems: list[Problem] = field(default_factory=list)
    written: bool = False
    schema: Path | None = None       # the schema the spec's first line names
    schema_text: str | None = None   # a copy to write there after the spec (scaffold.editor_schema)
    data: dict = field(default_factory=dict)  # what was read, as the spec holds it
    twin: str | None = None          # the 注意 line naming a spec of the same form, unit and year beside it


class Importer:
    """Imports Word files and workbooks against the variants under one set of roots (templates read once)."""

    def __init__(self, roots: Roots | None = None):
        self.validator = Validator(roots)
        self.catalog = self.validator.catalog
        self._patterns: dict[str, list] = {}
        self._form_texts: dict[str | None, FormText] = {}

    def pattern(self, variant: Variant) -> list:
        """The variant's Word template read as a pattern; a FormError naming it when it cannot be read.

        Recognising a document scores every variant, so one form's missing or corrupt template
        concerns every import: it is the form's fault, named (exit 2) like a broken profile, not
        an internal error."""
        if variant.name not in self._patterns:
            from docx.opc.exceptions import PackageNotFoundError

            template = variant.docx_template
            try:
                self._patterns[variant.name] = load_pattern(template, variant.title)
            except (PackageNotFoundError, *template_errors.BROKEN):
                why = "文件不存在" if not template.is_file() else "不是有效的 Word 文件（.docx）"
                raise FormError(f"{template}: 表样“{variant.name}”的 Word 模板无法读取：{why}；导入要按它识别和对位，"
                                "请补上或修好它（用 Word 或 LibreOffice 另存为 .docx），或用 --form 指定另一种表样") from None
        return self._patterns[variant.name]

    def _variants(self, form: str | None) -> list[Variant]:
        """The variant --form names, else all of them: the forms a file may be."""
        return [self.catalog.get(form)] if form in self.catalog.names() else \
            [self.catalog.get(name) for name in self.catalog.names()]

    def form_text(self, form: str | None) -> FormText:
        """What the forms a file may be print (xlsx_form_text), read from their templates once."""
        if form not in self._form_texts:
            self._form_texts[form] = form_text((self.pattern(v), Fields(v, self.validator.store))
                                               for v in self._variants(form))
        return self._form_texts[form]

    # ── reading ──────────────────────────────────────────────────────────────────────────────
    @staticmethod
    def _problem(source: str, code: str, message: str, severity: Severity = Severity.ERROR) -> Problem:
        return Problem(source, 0, 0, severity, code, message)

    def read(self, source: str, form: str | None) -> tuple[list | None, list[Problem], Problem | None,
                                                           FileKind | None]:
        """The document's blocks (the body's, then the paragraphs of its page headers, footers and
        text boxes, which have a `place`; a workbook's: one sheet's), what was noticed reading it,
        or the reason it cannot be read as a Word document or an Excel workbook; and which of the two
        it was taken for, as messages name it (None when it was refused before that)."""
        refused = self.refusal(source)
        if refused is not None:
            return None, [], refused, None
        path = Path(source)
        if path.suffix.lower() in WORKBOOKS or (first_bytes(path).startswith(ZIP_SIGNATURE) and is_workbook_zip(path)):
            return *self._workbook(source, form), WORKBOOK
        blocks, notes, problem = self._word(source, form)
        return blocks, notes, problem, WORD_FILE

    def refusal(self, source: str) -> Problem | None:
        """Why `source` is no file import reads (not there, unreadable, an old .doc or .xls, a password, not a Word
        document or workbook at all), judged by its name and first bytes without opening it; None when it may be one.
        Asked before the spec's place is: `import specs/x.yaml` was told its spec existed and to add --force, which
        only then said a spec is no Word file."""
        path = Path(source)
        if not os.path.isfile(path):  # not Path.is_file(), which raises for a name too long (ENAMETOOLONG)
            code, what = ("IMPORT-NOT-FOUND", folder_said(path)) if os.path.isdir(path) \
                else unreadable(path)
            return self._problem(source, code, what)
        if is_owner_file(path):
            return self._problem(source, "IMPORT-NOT-DOCX", OWNER_FILE)
        try:
            signature = first_bytes(path)
            ole2 = path.read_bytes() if signature == OLE2_SIGNATURE else b""  # its directory says what it holds
        except OSError as exc:  # a file without read permission, or locked by the program that has it open
            return self._problem(source, "IMPORT-UNREADABLE", f"无法读取文件：{os_reason(exc, reading=True)}")
        suffix = path.suffix.lower()
        if is_old_excel(ole2):
            named = "" if suffix == ".xls" else f"（扩展名是“{suffix or '无'}”）"
            return self._problem(source, "IMPORT-NOT-XLSX",
                                 f"这是旧版 Excel（.xls）文件{named}：请在 Excel 或 WPS 中另存为 .xlsx 再导入")
        encrypted = is_encrypted(ole2)
        if suffix in WORKBOOKS and encrypted:
            return self._problem(source, "IMPORT-ENCRYPTED",
                                 "这个 Excel 文件设了打开密码（已加密），无法读取：请在 Excel 或 WPS 中用密码打开，"
                                 "去掉打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后保存，再导入")
        if suffix in WORKBOOKS or (signature.startswith(ZIP_SIGNATURE) and is_workbook_zip(path)):
            if spec_suffix(path):  # read as it was, its spec was written over it with --force: the form was lost
                return self._problem(source, "IMPORT-NOT-XLSX",
                                     f"这其实是 Excel 工作簿（.xlsx），只是扩展名写成了“{suffix}”：请把它改名为 "
                                     f"{path.with_suffix('.xlsx').name} 后再导入")
            return None
        return self._not_word(source, suffix, signature, encrypted)

    def _word(self, source: str, form: str | None) -> tuple[list | None, list[Problem], Problem | None]:
        opened, problem = self._document(source)
        if problem is not None:
            return None, [], problem
        document, layouts = opened
        # a slip of jixiao's is no corrupt file
        body = read_body(document.element.body, layouts)
        text = self.form_text(form)
        blocks = cut_at_form_end(layout_tables_as_lines(body, text), text) + read_extras(document)
        return blocks, [self._tracked(source)] if has_tracked_changes(document) else [], None

    def _tracked(self, source: str) -> Problem:
        """A warning that the document's tracked changes were read as if accepted (docx_grid): a deleted row was
        read as a row of the form, blanking the categories under it; but the sender may have meant some changes
        to be rejected, which only the clerk can tell."""
        return self._problem(
            source, "IMPORT-TRACKED",
            "这份 Word 文件有没有接受或拒绝的修订：按全部接受后的样子读入（删除的文字和行不读，插入的读进）；"
            "如果其中有该拒绝的修订，请在 Word 中核对（审阅 → 接受、拒绝），保存后再导入", Severity.WARNING)

    def _not_word(self, source: str, suffix: str, signature: bytes, encrypted: bool) -> Problem | None:
        """Why a file that is no workbook cannot be read as a Word document, by its name and first bytes."""
        if suffix in (".doc", ".docx") and encrypted:
            return self._problem(source, "IMPORT-ENCRYPTED",
                                 "这个 Word 文件设了打开密码（已加密），无法读取：请在 Word 或 WPS 中用密码打开，"
                                 "去掉打开密码（Word：文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后保存，再导入")
        if suffix == ".doc" and signature.startswith(ZIP_SIGNATURE):
            suffix = ".docx"  # a .docx renamed .doc, which Word opens by its content: so does import
        if suffix == ".doc" or (suffix == ".docx" and signature == OLE2_SIGNATURE):
            named = "" if suffix == ".doc" else "（只是扩展名写成了 .docx）"
            return self._problem(source, "IMPORT-NOT-DOCX",
                                 f"这是旧版 Word（.doc）文件{named}：请先在 Word 或 LibreOffice 中另存为 .docx，再导入")
        if suffix == ".wps":
            return self._problem(source, "IMPORT-NOT-DOCX",
                                 "这是 WPS 文字文件（.wps）：请先在 WPS 中另存为 Word 文件（.docx），再导入")
        if suffix != ".docx" and signature.startswith(ZIP_SIGNATURE) and is_word_zip(Path(source)):
            return self._problem(source, "IMPORT-NOT-DOCX",
                                 f"这其实是 Word 文档（.docx），只是扩展名写成了“{suffix or '无扩展名'}”：请把它改名为 "
                                 f"{Path(source).with_suffix('.docx').name} 后再导入")
        if spec_suffix(Path(source)):  # a spec given to import: told only that it was no .docx, not what it was
            return self._problem(source, "IMPORT-NOT-DOCX",
                                 f"“{suffix}”是规格文件的扩展名：规格不用导入，jixiao validate、lint、build 直接读它；"
                                 "jixiao import 只读取 Word（.docx）和 Excel（.xlsx）表")
        if suffix != ".docx":
            return self._problem(source, "IMPORT-NOT-DOCX",
                                 f"不是 Word 文档（.docx）或 Excel 工作簿（.xlsx）：jixiao import 只读取 .docx 和 .xlsx 文件，"
                                 f"这个文件是“{suffix or '无扩展名'}”")
        return None

    def _document(self, source: str) -> tuple[tuple[object, dict] | None, Problem | None]:
        """The file (which `refusal` let through) opened as a python-docx Document with its paragraph styles' layouts
        (`paragraph_layouts`), or why it cannot be."""
        from docx import Document

        try:
            document = Document(source)
            # python-docx opens a package whose main part is no Word document (no `body`) or has no body (None),
            # and one whose styles are a file outside it (an External target, ValueError when read): exit 4 were both
            body, layouts = document.element.body, paragraph_layouts(document.styles.element)
        except Exception:  # noqa: BLE001 - any failure to open means the file is not a usable .docx
            body = None
        if body is None:
            return None, self._problem(source, "IMPORT-CORRUPT",
                                       "文件已损坏，或不是真正的 Word 文档，无法打开；请在 Word 中打开后重新另存为 .docx")
        return (document, layouts), None

    def _workbook(self, source: str, form: str | None) -> tuple[list | None, list[Problem], Problem | None]:
        """The blocks of the workbook's sheet that is a form (_form_sheet), and what was noticed choosing it."""
        try:
            opened = open_workbook(source)
        except Exception:  # noqa: BLE001 - any failure to open means the file is not a usable .xlsx
            return None, [], self._problem(source, "IMPORT-CORRUPT",
                                           "文件已损坏，或不是真正的 Excel 工作簿，无法打开；请在 Excel 或 WPS 中打开后重新另存为 .xlsx")
        variants = self._variants(form)
        # outside the try: a slip of jixiao's is no corrupt file
        sheets, active = read_workbook(*opened, self.form_text(form))
        chosen, forms = self._form_sheet(sheets, active, variants)
        hidden = [] if forms else [s.name for s in sheets if s.hidden and not s.empty and self._fit(s, variants) >= RECOGNISED]
        if hidden:
            return None, [], self._hidden_forms_not_read(source, hidden)
        if chosen is None:
            all_hidden = next((s for s in sheets if not s.hidden and s.hidden_text is not None), None)
            if all_hidden is not None:
                return None, [], self._all_text_hidden(source, all_hidden)
            return None, [], self._problem(source, "IMPORT-NOT-FORM", "工作簿里没有内容：所有可见的工作表都是空的")
        read = self._read_together(source, chosen, [s for s in sheets if s in forms], form) if len(forms) > 1 else [chosen]
        notes = [self._other_forms_not_read(source, chosen, forms)] if len(forms) > len(read) else []
        notes += [self._hidden_text_not_read(source, sheet) for sheet in read if sheet.hidden_text is not None]
        notes += [self._beside_not_read(source, sheet.name, cell, text) for sheet in read for cell, text in sheet.beside]
        uncomputed = next((sheet for sheet in read if sheet.uncomputed), None)
        if uncomputed is not None:
            return None, notes, self._formulas_without_results(source, uncomputed)
        return [block for sheet in read for block in sheet.blocks], notes, None

    def _read_together(self, source: str, chosen: Sheet, forms: list[Sheet], form: str | None) -> list[Sheet]:
        """The sheets to read: all the form sheets `forms`, in the workbook's order as one document, where that
        reads more of the form than the chosen sheet alone and leaves no more of them unplaced (a sheet for each
        project, or the department's form and then its projects' forms); else the chosen sheet alone.

        Read alone, the first project was the whole spec, and the others were only named in a warning, to be
        saved as workbooks of their own and imported into a spec each. Two whole forms (this year's sheet and
        last year's) read together leave the second unplaced: the chosen one is read alone, the other named."""
        variant, _ = self.recognise(source, chosen.blocks, form)
        if variant is None:
            return [chosen]
        pattern, fields = self.pattern(variant), Fields(variant, self.validator.store)
        alone = match_without_spacers(pattern, chosen.blocks, fields)
        together = match_without_spacers(pattern, [block for sheet in forms for block in sheet.blocks], fields)
        more = len(together.captures) > len(alone.captures) and len(together.unplaced) <= len(alone.unplaced)
        return forms if more else [chosen]

    def _form_sheet(self, sheets: list[Sheet], active: str, variants: list[Variant]) -> tuple[Sheet | None, list[Sheet]]:
        """The sheet to read, and every visible sheet that is a form: the active sheet if it is a form,
        else the first that is, else the one closest to a form (recognising it then says how close);
        None when every visible sheet is empty. A hidden sheet is not the form the user sees: never read."""
        visible = sorted((s for s in sheets if not s.empty and not s.hidden), key=lambda s: s.name != active)
        scores = [self._fit(sheet, variants) for sheet in visible]
        forms = [sheet for sheet, score in zip(visible, scores) if score >= RECOGNISED]
        if not visible:
            return None, []
        return (forms[0] if forms else visible[scores.index(max(scores))]), forms

    def _fit(self, sheet: Sheet, variants: list[Variant]) -> float:
        """The sheet's score against the form it fits best: the share of that form's labels it shows."""
        return max((self.score(v, sheet.blocks) for v in variants), default=0.0)

    def _hidden_forms_not_read(self, source: str, names: list[str]) -> Problem:
        """Only hidden sheets are forms: none is read, but the user is told where the form is."""
        return self._problem(
            source, "IMPORT-HIDDEN-SHEET",
            f"可见的工作表都不是表样的表；隐藏的工作表“{'”“'.join(names)}”像是，但隐藏的工作表不导入："
            "如果要导入它，请在 Excel 或 WPS 中取消隐藏（右键工作表标签 → 取消隐藏）并选中它后保存，再导入")

    def _other_forms_not_read(self, source: str, chosen: Sheet, forms: list[Sheet]) -> Problem:
        """A warning naming the sheets that are forms too and were not read, and how to read one of them."""
        others = "”“".join(sheet.name for sheet in forms if sheet is not chosen)
        return self._problem(
            source, "IMPORT-SHEETS",
            f"工作簿里有 {len(forms)} 张工作表像表样的表：只导入了工作表“{chosen.name}”，没有导入“{others}”；"
            "要导入另一张，请在 Excel 中选中它后保存（打开时显示的工作表优先导入），或把它另存为单独的 .xlsx",
            Severity.WARNING)

    def _hidden_text_not_read(self, source: str, sheet: Sheet) -> Problem:
        """A warning naming the hidden rows and columns of a sheet read that hold something, none of it read.

        What is hidden is not the form (a helper column, a draft kept out of print), and is not read; but a row
        of the form hidden by mistake (an indicator) was left out of the spec without a word."""
        hidden = sheet.hidden_text
        return self._problem(
            source, "IMPORT-HIDDEN",
            f"工作表“{sheet.name}”隐藏的{_hidden_ranges(hidden)}有内容（如 {hidden.first} 格的“{short(hidden.text)}”），"
            "没有导入：隐藏的行、列不在表上；如果其中有表上的内容，请在 Excel 或 WPS 中取消隐藏后保存，再导入", Severity.WARNING)

    def _beside_not_read(self, source: str, sheet: str, cell: str, text: str) -> Problem:
        """A warning naming a note typed beside a table (xlsx_grid `_beside_tables`), not read: read as a column of the
        table, it made every row of it fit none of the form's, each a warning of its own."""
        return self._problem(
            source, "IMPORT-BESIDE",
            f"工作表“{sheet}”{cell} 格“{short(text)}”在表格之外，没有读入；如果它是表上的内容，请把它移到表格里对应的格中再导入",
            Severity.WARNING)

    def _all_text_hidden(self, source: str, sheet: Sheet) -> Problem:
        """No visible sheet shows anything, but one holds something in hidden rows or columns: not an empty
        workbook, as it was called, but a form hidden row by row (or one hidden by mistake), to unhide."""
        hidden = sheet.hidden_text
        return self._problem(
            source, "IMPORT-HIDDEN",
            f"工作表“{sheet.name}”的内容都在隐藏的{_hidden_ranges(hidden)}里（如 {hidden.first} 格的“{short(hidden.text)}”），"
            "隐藏的行、列不导入，所以没有读到任何内容：请在 Excel 或 WPS 中点表格左上角（行号和列标相交处）选中整张表，"
            "在行号上（隐藏的是列就在列标上）右键 → 取消隐藏，保存后再导入")

    def _formulas_without_results(self, source: str, sheet: Sheet) -> Problem:
        """The chosen sheet has formulas saved without what they show: reading them would be guessing."""
        cells = "、".join(sheet.uncomputed[:5]) + (f" 等 {len(sheet.uncomputed)} 格" if len(sheet.uncomputed) > 5 else "")
        return self._problem(
            source, "IMPORT-FORMULA",
            f"工作表“{sheet.name}”的 {cells} 是公式，文件里没有保存它们的计算结果（程序生成、没在 Excel 中打开过的文件常这样），"
            "读不出显示的值：请在 Excel 中打开并保存一次，再导入")

    # ── recognising the variant ──────────────────────────────────────────────────────────────
    def score(self, variant: Variant, blocks: list) -> float:
        """Share of the template's labels and fixed phrases that the document shows."""
        texts, lines = set(), []
        for block in blocks:
            cells = [block.text] if isinstance(block, Paragraph) else [
                c.text for row in block.rows for c in row.distinct()]
            for text in cells:
                texts.add(norm(text))
                lines += [fold(line.strip()) for line in text.split("\n") if line.strip()]
                texts.update(norm(line) for line in text.split("\n"))
        found = total = 0
        for item in walk(self.pattern(variant)):
            label = getattr(item, "label", None)
            if isinstance(item, Line) and item.static:
                label = item.text
            if label and norm(label):
                total += 1
                found += norm(label) in texts
            elif isinstance(item, Line) and len(norm(item.text)) >= 2:
                regex = re.compile(segments_regex(item.segments, {}, {}, lambda _: ANY))
                total += 1
                found += any(regex.fullmatch(line) for line in lines)
        return found / total if total else 0.0

    def recognise(self, source: str, blocks: list, form: str | None) -> tuple[Variant | None, Problem | None]:
        """The variant named by --form, else the one the document fits best.

        When several fit equally well (a project's copy of a form under another name), none is
        picked: the form decides which template the spec builds with and which rules check it, and
        a spec written on a guess looks finished, its warning easily lost among a batch's output.
        Refusing costs one run with the --form the message names, and nothing wrong is written.
        """
        names = self.catalog.names()
        if form is not None:
            variant = self.catalog.get(form)
            if variant is None:
                return None, self._problem(source, "FORM-UNKNOWN", form_names.unknown(self.catalog, form))
            score = self.score(variant, blocks)
            if score < RECOGNISED:
                return None, self._problem(source, "IMPORT-NOT-FORM",
                                           f"这不像“{variant.profile['name']}”（{form}）的表：只找到表样中 {score:.0%} 的栏目名；"
                                           "请确认文件和 --form")
            return variant, None
        scored = sorted(((self.score(self.catalog.get(n), blocks), n) for n in names), reverse=True)
        if not scored or scored[0][0] < RECOGNISED:
            closest = ""
            if scored:
                best = self.catalog.get(scored[0][1])
                closest = f"（最接近的是“{best.profile['name']}”（{best.name}），只找到其中 {scored[0][0]:.0%} 的栏目名）"
            return None, self._problem(source, "IMPORT-NOT-FORM",
                                       f"无法识别表样：这个文档不是已知表样的表{closest}；"
                                       f"如果它是其中一种，请用 --form 指定（可用的表样：{form_names.listed(self.catalog)}）")
        best = self._closest([n for score, n in scored if score == scored[0][0]], blocks)
        if len(best) > 1:
            return None, self._problem(source, "IMPORT-FORM-AMBIGUOUS",
                                       f"无法确定表样：这个文档与 {'、'.join(best)} 同样吻合；"
                                       f"请用 --form 指定是哪一种（例如 --form {best[0]}）")
        return self.catalog.get(best[0]), None

    def _closest(self, names: list[str], blocks: list) -> list[str]:
        """Of forms whose labels the document shows equally, those leaving the fewest cells unplaced.

        Showing all of a form's labels only says the document has what the form has: a copy of a
        form with a row taken out shows all of its labels too, and leaves that row over.
        """
        if len(names) == 1:
            return names
        left = {}
        for name in names:
            variant = self.catalog.get(name)
            left[name] = len(match(self.pattern(variant), blocks, Fields(variant, self.validator.store)).unplaced)
        return [name for name in names if left[name] == min(left.values())]

    # ── converting ───────────────────────────────────────────────────────────────────────────
    def _unread_forms(self, source: str, target: Path) -> tuple[str, str]:
        """The code and words saying which forms of a project were not read, when the form was recognised: where the
        spec's folder, or else the file's, is in another project than the one whose forms were read, and that project
        names its own, not read (not given as --templates and --schemas), where to run (IMPORT-PROJECT-ELSEWHERE);
        else the folders of the project's own forms its settings leave unread (IMPORT-FORMS-UNREAD: `templates:` still
        commented out). Either way the form recognised was the best of the others, its spec written with errors and
        cells left over, and nothing said that the project has its own."""
        elsewhere = read_elsewhere([(target, f"要写去的 {shown(target.parent)} "), (Path(source), "这个文件")],
                                   self.catalog.roots)
        if elsewhere:
            return "IMPORT-PROJECT-ELSEWHERE", elsewhere
        folders = unread_by_settings(self.catalog)
        return ("IMPORT-FORMS-UNREAD", folders_unread(self.catalog, folders)) if folders else ("", "")

    def convert(self, source: str, target: Path, form: str | None = None) -> Imported:
        """Read one Word file or workbook into spec text (not written); every problem is located."""
        result = Imported(source, target)
        blocks, result.problems, problem, kind = self.read(source, form)
        variant = None
        if problem is None:
            variant, problem = self.recognise(source, blocks, form)
            code, unread = ("", "") if form is not None else self._unread_forms(source, target)
            if unread and problem is not None:
                problem = replace(problem, message=f"{problem.message}。{unread}")
            elif unread:
                result.problems.insert(0, self._problem(
                    source, code, f"按当前文件夹的设置读作表样 {form_names.entry(self.catalog, variant.name)}；{unread}",
                    Severity.WARNING))
        if problem is not None:
            result.problems.append(problem)
            return result
        fields = Fields(variant, self.validator.store)
        found = match_without_spacers(self.pattern(variant), blocks, fields)
        named = file_name_captures(source, variant, fields)
        scopes, unplaced = yuan_scopes(found, self.pattern(variant))
        incomplete = left_incomplete(found)
        scopes, worded = worded_in_unread(found, scopes, fields) if incomplete else (scopes, [])
        converted, amounts = read_in_wan(source, scopes, lambda c: fields.value(c.path, c.lines),
                                         lambda ids: spec_data(source, found, fields, kind, named, ids)[0],
                                         variant, self.validator.store)
        data, notes = spec_data(source, found, fields, kind, named, converted)
        held = held_cells(blocks)
        notes += typed_unit_notes(source, [c for c in found.captures if c.where not in held], fields)
        notes += scaled_notes(source, found.captures, held, fields, converted)
        merged = [] if incomplete else merged_notes(source, found, fields)
        rests = fixed_rests(found, fields)
        result.problems += continued_table_notes(source, found) + split_row_note(source, found, fields) + notes \
            + missing_notes(source, found, fields, data, kind) \
            + file_name_notes(source, printed_paths(self.pattern(variant)) | {c.path for c in found.captures}, fields,
                              data, named, in_file_name_shape(source, variant, fields)) + merged \
            + header_notes(source, found, incomplete) + amounts + total_row_notes(source, found, fields) \
            + skipped_header_notes(source, found, fields) + [unplaced_note(source, u, rests) for u in unplaced]
        result.problems += [incomplete_note(source, found, kind, variant, worded)] if incomplete \
            else misshapen_notes(source, found)
        try:
            result.schema, result.schema_text = editor_schema(self.validator.store, variant, target)
        except UsageError as exc:  # no editor copy can be written: no spec either, as when its name is taken
            result.problems.append(self._problem(source, "IMPORT-SCHEMA-COPY", f"没有写出 {target}：{exc.message}"))
            return result
        result.variant, result.data = variant.name, data
        result.text = spec_text(data, fields, result.schema, target)
        checked = self.validator.check(load_text(str(target), result.text))
        # its first line was just made to name result.schema, a copy that is written after the spec; a copied row
        # is said by the row of the file it was copied in
        copied = {f"{p.path}.name" for p in notes if p.code == COPIED_ROW}
        result.problems += [p for p in checked.problems
                            if p.code != SCHEMA_LINE and not (p.code == SAME_NAME and p.path in copied)]
        return result


def target_for(source: str, out: str | None, many: bool) -> Path:
    """Where a file's spec goes: -o FILE.yaml, into the folder -o DIR, or next to the file imported."""
    stem = Path(source).stem + ".yaml"
    # parent / stem, not with_name: a folder named `.` or `/` has no name to replace (and is refused, not written)
    return Path(source).parent / stem if out is None else spec_target(out, stem, folder=many)


def _beside_namesakes(result: Imported, wanted: bool, many: bool) -> bool:
    """Whether the spec may be written beside the specs already in its folder: not beside one of the same
    form, unit and year under another name unless `wanted`, as `jixiao new` refuses it (namesake_notice);
    the refusal is the file's problem, so the other files of the import go on. `many`: several files are
    imported, whose -o is a folder, so the refusal cannot advise naming the file.

    Last year's 某单位2024年.docx imported into specs/, where that unit's 2024 spec already was under another
    name, was written as a second spec of that form, and `jixiao build` then wrote two tables of one name (`…-2`).
    A spec whose unit or year was not read is the same as nothing: the spec's check says it is missing."""
    unit, year = result.data.get("unit"), result.data.get("year")
    if not isinstance(unit, str) or not unit or not isinstance(year, int) or result.target is None:
        return True
    try:
        result.twin = namesake_notice(result.target, result.variant, unit, year, wanted, file_named=not many)
    except JixiaoError as refused:
        result.problems.append(Problem(result.source, 0, 0, Severity.ERROR, "IMPORT-NAMESAKE", refused.message))
        return False
    return True


def import_files(sources: list[str], form: str | None, out: str | None, force: bool,
                 roots: Roots | None = None) -> list[Imported]:
    """Import each Word file or workbook; write its spec when it was recognised (errors in the spec are
    reported) and no spec of the same form, unit and year is beside it, unless forced or -o named the file."""
    importer = Importer(roots)
    results, taken = [], set()
    for source in sources:
        target = target_for(source, out, len(sources) > 1)
        key = os.path.realpath(target)  # not Path.resolve(): before Python 3.13 a symlink loop raised RuntimeError
        refused = importer.refusal(source)
        if refused is not None:  # what the file is comes first: no --force makes a spec of a file import cannot read
            results.append(Imported(source, target, problems=[refused]))
            continue
        if os.path.isdir(target):  # said as the write says it (and build of a folder named like its form): --force cannot help
            results.append(Imported(source, target, problems=[Problem(
                source, 0, 0, Severity.ERROR, "IMPORT-UNWRITTEN",
                f"没有写出 {target}：{os_reason(IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR)))}")]))
            continue
        if key in taken or (os.path.exists(target) and not force):  # no Path.exists(): see Importer.read
            why = "本次导入的另一个文件也要写到这里" if key in taken else "文件已存在；要覆盖请加 --force"
            results.append(Imported(source, target, problems=[Problem(
                source, 0, 0, Severity.ERROR, "IMPORT-TARGET-EXISTS", f"没有写出 {target}：{why}")]))
            continue
        result = importer.convert(source, target, form)
        wanted = force or (out is not None and target == Path(out))
        if result.variant is not None and _beside_namesakes(result, wanted, len(sources) > 1):
            _write(result, target)
            taken.add(key)
        if not result.written:
            _forget_unwritten(result)
        results.append(result)
    return results


def _forget_unwritten(result: Imported) -> None:
    """Drop the findings of the spec's check when the spec was not written (refused beside its namesake, or
    the write failed): they point at lines of `specs/甲.yaml`, a file that is not there, and a clerk opening it to
    fix `specs/甲.yaml:8:11: 错误[BUDGET-SUM]` found nothing; once the spec is written they are said again."""
    unwritten = str(result.target)
    result.problems = [p for p in result.problems if p.file != unwritten]


def _write(result: Imported, target: Path) -> None:
    """Write the spec (then the schema copy its first line names, as `jixiao new`: no spec, no copy); a file
    that cannot be written (a name too long, a folder refused) is this file's problem, the others go on."""
    written = target
    try:
        atomic_write(target, result.text.encode("utf-8"))
        result.written = True
        if result.schema_text is not None:
            written = result.schema
            atomic_write(result.schema, result.schema_text.encode("utf-8"))
    except OSError as exc:  # a folder on the way that cannot be made is named; the write's temporary file is not
        on_the_way = exc.filename is not None and Path(exc.filename) in Path(written).parents
        result.problems.append(Problem(result.source, 0, 0, Severity.ERROR, "IMPORT-UNWRITTEN",
                                       f"没有写出 {written}：{os_problem(exc) if on_the_way else os_reason(exc)}"))
