"""`jixiao import`: read existing Word forms (or the same form kept as an Excel sheet) of a known
variant back into YAML specs. A workbook is read into the same blocks as a Word document
(xlsx_grid), one sheet of it: the active sheet if it is a form, else the first that is; or all the
sheets that are forms, in order, where they are parts of one (a sheet for each project).

Nothing here knows a form. The variant's own Word template is the mapping (docx_pattern reads
it backwards, docx_match lines a document up with it), and its schema says what each field is:
an amount (`$ref` to the shared amount: full-width digits, `1,234.50`, a leading ¥ and a trailing 万元 or
万 are read as the Decimal 1234.50; `1,5`, a comma that separates no thousands, is left as printed),
an integer, a code with a pattern, or text, which is kept exactly as printed (`≥95％` stays
`≥95％`; several paragraphs become a `|` block, except in a field the file name is made of,
such as the unit, which a narrow cell's wrapping does not break).

The variant is recognised from the labels and title of its template when `--form` is not
given; a document fitting several equally is refused with their names. Cells that fit nowhere,
cells merged across columns (each column gets the text), header cells worded otherwise than
the template's labels (read as those: header_notes; amounts under 元 for 万元 are read in 万元
where they are in 元: amounts_in_yuan), 合计 rows typed under a list's
items (not read as an item), and rows repeating an earlier one in every column (a row copied
and left unchanged: two identical items), are reported by table, row and column; a column
nobody typed in is passed over where the template shows it is no column of the form
(docx_empty_columns). The spec is written as `fmt` writes it, its first line naming a schema
that exists where it is written (as `jixiao new` does), and checked with the same Validator as
`jixiao validate`. A file that is not a Word document or an Excel workbook, cannot be opened, or
is not a form of any variant (or of one only) is reported and nothing is written for it.
"""
from __future__ import annotations

import errno
import os
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import datapath, form_names, template_errors
from .amounts_in_yuan import InYuan, in_wan, looks_so, mistyped, read_in_wan, typed_unit, yuan_scopes
from .command_paths import OLE2_SIGNATURE, WORKBOOKS, ZIP_SIGNATURE
from .diff_pairing import INDICATOR_IDENTITY
from .docx_empty_columns import match_without_spacers
from .docx_grid import Paragraph, read_body, read_extras
from .docx_layout_tables import layout_tables_as_lines
from .cell_ranges import ranges
from .docx_match import (ANY, Capture, CellPlace, HeaderCell, Missed, QuotedRow, Result, Unplaced, match, segments_regex,
                         spec_path)
from .docx_pattern import Expr, Line, fold, load_pattern, norm, parse_segments, walk
from .errors import FormError, JixiaoError, UsageError, os_problem, os_reason
from .fmt import Layout, Verbatim, dump
from .han import joined, spaced
from .header_notes import header_notes, places, reworded, worded_otherwise
from .load import load_text
from .model import DEFAULT_MERGE
from .namesakes import namesake_notice
from .problems import Problem, Severity, clipped
from .rules.schema_line import ID as SCHEMA_LINE
from .schema_line import editor_schema, modeline
from .schema_store import types_of
from .validate import Validator, spec_target
from .values import SHIFTS
from .variants import Roots, Variant
from .write import atomic_write
from .xlsx_form_text import FormText, form_text
from .xlsx_grid import HiddenText, Sheet, open_workbook, read_workbook

RECOGNISED = 0.5  # share of a template's labels a document must show to be a form of it
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# Thousands separated as people type them: `1,234.50`, `1 234`; a comma anywhere else (`1,5` or
# `1.234,5` for 1.5 or 1234.5) is not one, and taking it out would read another amount.
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:[, ][0-9]{3})+(?:\.[0-9]*)?")
DEFS = "defs.schema.json#/$defs/"
ONE_LINE_DEFS = ("unit", "phone", "date_text")
"""The shared definitions of fields a form prints on one line, whatever their key (`Fields.one_line`)."""
LEFT_OUT = ("IMPORT-UNPLACED", "IMPORT-UNDRAWN", "IMPORT-BESIDE")
"""The warnings that each name one piece of the file's content not read into the spec: the import's summary counts them."""


def _ole2_entry(data: bytes, name: str) -> bool:
    """Whether an OLE2 file's directory has a stream or storage named `name`.

    A directory entry is the name in UTF-16, zero-padded to 64 bytes, then its length in bytes
    with the terminating zero: matched whole, the name in a document's text is not taken for it."""
    encoded = name.encode("utf-16-le")
    return encoded + bytes(64 - len(encoded)) + (len(encoded) + 2).to_bytes(2, "little") in data


def _encrypted(data: bytes) -> bool:
    """Whether an OLE2 file is a .docx or .xlsx with a password to open it: Word, Excel and WPS keep the
    encrypted package in an EncryptedPackage stream of the same container as a .doc.

    Told it was an old .doc to re-save as .docx, the user did, and had the same file again. Only the
    directory is looked at: a .doc keeps its text in UTF-16, and one that mentions the word is no
    encrypted file."""
    return _ole2_entry(data, "EncryptedPackage")


def _old_excel(data: bytes) -> bool:
    """Whether an OLE2 file is an Excel 97-2003 workbook (.xls): a Workbook (or Excel 5's Book) stream
    and no WordDocument one (a .doc with an Excel table pasted in keeps a Workbook inside too)."""
    return not _ole2_entry(data, "WordDocument") and (_ole2_entry(data, "Workbook") or _ole2_entry(data, "Book"))


def _workbook_zip(path: Path) -> bool:
    """Whether a zip file is an Excel workbook (.xlsx) whatever its name says."""
    try:
        with zipfile.ZipFile(path) as package:
            return "xl/workbook.xml" in package.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


@dataclass(frozen=True)
class FileKind:
    """What an imported file is, as messages about it say: said of a sheet, "这份 Word 文件里（正文、表格）"
    sent the user looking for a Word file they never had."""

    file: str            # the file: 这份…里都没有找到
    table: str           # the form as it is printed in the file: 这份…与表样的格式差得多
    looked: str          # where import looked for a field
    outside_body: str    # where else it looked for a line the body lacks (a title in a page header)
    unmerge: str         # what its program calls undoing a merged cell, which leaves the text in the top cell only


WORD_FILE = FileKind("Word 文件", "Word 表", "正文、表格", "、页眉页脚、文本框", "拆分单元格")
WORKBOOK = FileKind("工作簿", "工作表", "工作表", "、页眉页脚", "取消合并")  # one sheet is read, with its page header and footer


def _signature(path: Path) -> bytes:
    """The file's first bytes: what it is, whatever its name says (.doc and .docx are often renamed)."""
    with path.open("rb") as handle:
        return handle.read(len(OLE2_SIGNATURE))


class Fields:
    """What a variant's schema says about each field (its type), and where the form's lists live."""

    def __init__(self, variant: Variant, store):
        self.variant, self.file, self.store = variant, variant.schema_path.name, store
        self.layout = Layout(store, self.file)
        self.node = self.layout.schema_at
        # The fields the document's file name (and title) is made of: the unit, the year.
        self.in_file_name = {seg.path for seg in parse_segments(variant.file_name, parse_segments(variant.title))
                             if isinstance(seg, Expr)}

    def kind(self, path: tuple) -> str:
        node = self.node(path)
        types = types_of(node)
        if "number" in types:
            return "amount"
        if "integer" in types:
            return "integer"
        return "code" if node.get("pattern") else "text"

    def regex(self, path: tuple, strict: bool) -> str:
        kind = self.kind(path) if strict else "text"
        if kind == "amount":
            return r"[-+]?[0-9.,]*"
        if kind == "integer":
            return r"[-+]?[0-9]*"
        if kind == "code":
            return re.sub(r"^\^|\$$", "", self.node(path)["pattern"])
        return ANY

    def typed_in(self, path: tuple, lines: list[str]) -> tuple[str, str | None] | None:
        """The unit other than 万元 an amount was typed with (元 of 6108500元), if any, and why it was read as typed
        all the same (`mistyped`: 78.56元 looks like 万元), None where it was read in 万元 from that unit."""
        if self.kind(path) != "amount":
            return None
        number, unit = _number(fold("\n".join(line.strip() for line in lines if line.strip())), amount=True)
        if unit in (None, "万元") or not _NUMBER.fullmatch(number):
            return None
        return unit, mistyped(Decimal(number), unit)

    def one_line(self, path: tuple) -> bool:
        """Whether the form prints the field on one line: a field of the file name (the unit), an item's name and
        categories (what diff pairs items by: 项目名称, 一级指标), a phone or a date. A line break typed in its cell
        (Alt+Enter in Excel, Shift+Enter in Word, to fit a narrow cell) is no part of it."""
        return path in self.in_file_name or (bool(path) and path[-1] in INDICATOR_IDENTITY) or any(
            self.store.refers_to(self.file, path, f"{DEFS}{name}") for name in ONE_LINE_DEFS)

    def title(self, path: tuple) -> str:
        """The field's own Chinese title (年度指标值), as its column is headed on the form."""
        return self.node(path).get("title") or str(path[-1])

    def list_path(self, path: tuple) -> tuple:
        """`indicators.rows` or `indicators.blocks[1].rows` (the view model's) is the list `indicators`."""
        for table in self.variant.indicator_tables:
            steps = table["path"].split(".")
            head, rest = path[:len(steps)], path[len(steps):]
            if len(head) == len(steps) and all(
                (s == "*" and isinstance(p, int)) or s == p for s, p in zip(steps, head)
            ) and (rest == ("rows",) or (len(rest) == 3 and rest[0] == "blocks" and rest[2] == "rows")):
                return head
        return path

    def value(self, path: tuple, lines: list[str]) -> Any:
        """The lines found for a field as the value a spec holds: a number, or text as printed
        (on one line for a field of the file name). An amount typed with its unit is read in 万元: 610.85万元 or
        610.85万 as typed, 6108500元 divided by 10000 and 6108.5千元 by 10, but 78.56元, which looks like 万元, as
        typed (`typed_in`)."""
        lines = [line.strip() for line in lines if line.strip()]
        text = "\n".join(lines)
        kind = self.kind(path)
        if kind in ("amount", "integer"):
            number, unit = _number(fold(text), amount=kind == "amount")
            if not number:
                return None
            if kind == "integer" and re.fullmatch(r"[-+]?[0-9]+", number):
                return int(number)
            if kind == "amount" and _NUMBER.fullmatch(number):
                amount = Decimal(number)
                return amount if unit in (None, "万元") or mistyped(amount, unit) else in_wan(amount, unit)
            return text  # left as printed: the schema check says what is wrong with it
        if kind == "code":
            return re.sub(r"\s", "", fold(text))
        if len(lines) > 1 and self.one_line(path):
            # a name a narrow cell made someone wrap (某市归国华侨 / 联合会) is one line: kept as two, it broke
            # the printed title in three and put `_` into the file name (`_data` says it was joined)
            return joined(lines)
        return text + "\n" if len(lines) > 1 else text


def _number(text: str, amount: bool) -> tuple[str, str | None]:
    """A number's text (folded) without its thousands separators; an amount's also without a currency sign and the
    unit typed after it, which is returned with it."""
    unit = None
    if amount:
        text, unit = typed_unit(text)
        text = re.sub(r"^([-+]?)¥\s*", r"\1", text)  # a currency sign (￥ folds to ¥): 会计专用, ¥610.85
    if _GROUPED.fullmatch(text):
        text = re.sub(r"[, ]", "", text)
    return text, unit


# ── writing the spec ─────────────────────────────────────────────────────────────────────────
def _tree(node: Any) -> Any:
    """Plain data as the round-trip tree `fmt` lays out; amounts keep their typed precision."""
    if isinstance(node, dict):
        return CommentedMap((k, _tree(v)) for k, v in node.items())
    if isinstance(node, list):
        return CommentedSeq(_tree(v) for v in node)
    if isinstance(node, Decimal):
        number = Verbatim(format(node, "f"))  # 0.0000001, never 1E-7
        number.tag = "tag:yaml.org,2002:" + ("float" if "." in number else "int")
        return number
    return node


def spec_text(data: dict, fields: Fields, schema_path: Path, target: Path) -> str:
    """The spec as `jixiao fmt` writes it, under the line that points editors at `schema_path`."""
    tree = _tree(data)
    fields.layout.apply(tree)
    _name_fields(tree, fields)
    return modeline(schema_path, target) + dump(tree)


def _name_fields(tree: CommentedMap, fields: Fields, path: tuple = ()) -> None:
    """Each amount, count and section outside the lists named in a comment after it (`basic: 397.72  # 基本支出`),
    as in the example specs: keys are short English, and `basic`, `fiscal`, `own_level` say nothing to the
    clerk who opens an imported spec outside an editor that shows the schema's titles. A text field is
    left as it is: its value says what it is (`unit: 某单位`), or is too long a line for a comment to be seen."""
    for key, value in tree.items():
        if isinstance(value, str) and not isinstance(value, Verbatim):
            continue
        shown = "" if isinstance(value, (CommentedMap, CommentedSeq)) else f" {'null' if value is None else value}"
        written = f"{key}:{shown}"
        # two spaces after the value, as the example specs write it (ruamel puts one where the column is too small)
        tree.yaml_add_eol_comment(f"# {fields.title(path + (key,))}", key, column=2 * len(path) + len(written) + 2)
        if isinstance(value, CommentedMap):
            _name_fields(value, fields, path + (key,))


# ── from captures to data ────────────────────────────────────────────────────────────────────
def _set(data: dict, path: tuple, value: Any) -> None:
    node: Any = data
    for step, following in zip(path, path[1:] + (None,)):
        fresh = value if following is None else ([] if isinstance(following, int) else {})
        if isinstance(node, list):
            node.extend([None] * (step + 1 - len(node)))
            if following is None or node[step] is None:
                node[step] = fresh
        elif following is None or step not in node or node[step] is None:
            node[step] = fresh
        node = node[step]


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _beside(where: str, other: str) -> str:
    """A row's place as said next to another's: `第 3 行` where both are rows of one table (第 2 张表第 3 行)."""
    own, theirs = re.fullmatch(r"(.*?)(第 \d+ 行)", where), re.fullmatch(r"(.*?)(第 \d+ 行)", other)
    return own[2] if own and theirs and own[1] == theirs[1] else where


def _spans(numbers: list[int], name) -> str:
    """Sorted row or column numbers as runs, each `name`d: 1～3、7 (rows), A～B、F (columns)."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "、".join(name(run[0]) if len(run) == 1 else f"{name(run[0])}～{name(run[-1])}" for run in runs)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:40] + "…"


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

    def read(self, source: str, form: str | None = None) -> tuple[list | None, list[Problem], Problem | None,
                                                                   FileKind | None]:
        """The document's blocks (the body's, then the paragraphs of its page headers, footers and
        text boxes, which have a `place`; a workbook's: one sheet's), what was noticed reading it,
        or the reason it cannot be read as a Word document or an Excel workbook; and which of the two
        it was taken for, as messages name it (None when it was refused before that)."""
        path = Path(source)
        if not os.path.isfile(path):  # not Path.is_file(), which raises for a name too long (ENAMETOOLONG)
            code, what = ("IMPORT-NOT-FOUND", "这是一个文件夹，不是 Word 或 Excel 文件") if os.path.isdir(path) \
                else _unreadable(path)
            return None, [], self._problem(source, code, what), None
        suffix, signature = path.suffix.lower(), _signature(path)
        ole2 = path.read_bytes() if signature == OLE2_SIGNATURE else b""  # read once: its directory says what it holds
        if _old_excel(ole2):
            named = "" if suffix == ".xls" else f"（扩展名是“{suffix or '无'}”）"
            return None, [], self._problem(source, "IMPORT-NOT-XLSX",
                                           f"这是旧版 Excel（.xls）文件{named}：请在 Excel 或 WPS 中另存为 .xlsx 再导入"), None
        encrypted = _encrypted(ole2)
        if suffix in WORKBOOKS and encrypted:
            return None, [], self._problem(source, "IMPORT-ENCRYPTED",
                                           "这个 Excel 文件设了打开密码（已加密），无法读取：请在 Excel 或 WPS 中用密码打开，"
                                           "去掉打开密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后保存，再导入"), None
        if suffix in WORKBOOKS or (signature.startswith(ZIP_SIGNATURE) and _workbook_zip(path)):
            return *self._workbook(source, form), WORKBOOK
        blocks, problem = self._word(source, form, suffix, signature, encrypted)
        return blocks, [], problem, WORD_FILE

    def _word(self, source: str, form: str | None, suffix: str, signature: bytes,
              encrypted: bool) -> tuple[list | None, Problem | None]:
        if suffix in (".doc", ".docx") and encrypted:
            return None, self._problem(source, "IMPORT-ENCRYPTED",
                                       "这个 Word 文件设了打开密码（已加密），无法读取：请在 Word 或 WPS 中用密码打开，"
                                       "去掉打开密码（Word：文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后保存，再导入")
        if suffix == ".doc" and signature.startswith(ZIP_SIGNATURE):
            suffix = ".docx"  # a .docx renamed .doc, which Word opens by its content: so does import
        if suffix == ".doc" or (suffix == ".docx" and signature == OLE2_SIGNATURE):
            named = "" if suffix == ".doc" else "（只是扩展名写成了 .docx）"
            return None, self._problem(source, "IMPORT-NOT-DOCX",
                                       f"这是旧版 Word（.doc）文件{named}：请先在 Word 或 LibreOffice 中另存为 .docx，再导入")
        if suffix == ".wps":
            return None, self._problem(source, "IMPORT-NOT-DOCX",
                                       "这是 WPS 文字文件（.wps）：请先在 WPS 中另存为 Word 文件（.docx），再导入")
        if suffix != ".docx":
            return None, self._problem(source, "IMPORT-NOT-DOCX",
                                       f"不是 Word 文档（.docx）或 Excel 工作簿（.xlsx）：jixiao import 只读取 .docx 和 .xlsx 文件，"
                                       f"这个文件是“{suffix or '无扩展名'}”")
        from docx import Document

        try:
            document = Document(source)
        except Exception:  # noqa: BLE001 - any failure to open means the file is not a usable .docx
            return None, self._problem(source, "IMPORT-CORRUPT",
                                       "文件已损坏，或不是真正的 Word 文档，无法打开；请在 Word 中打开后重新另存为 .docx")
        # a slip of jixiao's is no corrupt file
        return layout_tables_as_lines(read_body(document.element.body), self.form_text(form)) + read_extras(document), None

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
            f"工作表“{sheet.name}”隐藏的{_hidden_ranges(hidden)}有内容（如 {hidden.first} 格的“{_short(hidden.text)}”），"
            "没有导入：隐藏的行、列不在表上；如果其中有表上的内容，请在 Excel 或 WPS 中取消隐藏后保存，再导入", Severity.WARNING)

    def _beside_not_read(self, source: str, sheet: str, cell: str, text: str) -> Problem:
        """A warning naming a note typed beside a table (xlsx_grid `_beside_tables`), not read: read as a column of the
        table, it made every row of it fit none of the form's, each a warning of its own."""
        return self._problem(
            source, "IMPORT-BESIDE",
            f"工作表“{sheet}”{cell} 格“{_short(text)}”在表格之外，没有读入；如果它是表上的内容，请把它移到表格里对应的格中再导入",
            Severity.WARNING)

    def _all_text_hidden(self, source: str, sheet: Sheet) -> Problem:
        """No visible sheet shows anything, but one holds something in hidden rows or columns: not an empty
        workbook, as it was called, but a form hidden row by row (or one hidden by mistake), to unhide."""
        hidden = sheet.hidden_text
        return self._problem(
            source, "IMPORT-HIDDEN",
            f"工作表“{sheet.name}”的内容都在隐藏的{_hidden_ranges(hidden)}里（如 {hidden.first} 格的“{_short(hidden.text)}”），"
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
    def convert(self, source: str, target: Path, form: str | None = None) -> Imported:
        """Read one Word file or workbook into spec text (not written); every problem is located."""
        result = Imported(source, target)
        blocks, result.problems, problem, kind = self.read(source, form)
        variant = None
        if problem is None:
            variant, problem = self.recognise(source, blocks, form)
        if problem is not None:
            result.problems.append(problem)
            return result
        fields = Fields(variant, self.validator.store)
        found = match_without_spacers(self.pattern(variant), blocks, fields)
        named = self._named(source, variant, fields)
        scopes, unplaced = yuan_scopes(found, self.pattern(variant))
        incomplete = len(found.unplaced) > max(UNPLACED_TOLERATED, len(found.captures) // 4)
        scopes, worded = _worded_in_unread(found, scopes, fields) if incomplete else (scopes, [])
        converted, amounts = read_in_wan(source, scopes, lambda c: fields.value(c.path, c.lines),
                                         lambda ids: self._data(source, found, fields, kind, named, ids)[0],
                                         variant, self.validator.store)
        data, notes = self._data(source, found, fields, kind, named, converted)
        held = held_cells(blocks)
        notes += _typed_units(source, [c for c in found.captures if c.where not in held], fields)
        notes += _scaled(source, found.captures, held, fields, converted)
        merged = [] if incomplete else self._merged(source, found, fields)
        result.problems += notes + self._missing(source, found, fields, data, kind) + merged \
            + header_notes(source, found, incomplete) + amounts + [
            self._problem(source, "IMPORT-TOTAL-ROW",
                          f"{t.where}是一行合计（“{_short(t.text)}”），不是其中一项，没有读成一项；"
                          "规格里不写合计；请核对各项之和与它相符", Severity.WARNING)
            for t in found.totals
        ] + [self._unplaced(source, u) for u in unplaced]
        if incomplete:
            cause = f"；{worded_otherwise(worded)}，可能因此没有认出它所在的表" if worded else ""
            result.problems.append(self._problem(
                source, "IMPORT-INCOMPLETE",
                f"有 {len(found.unplaced)} 处内容没有读进规格（见上面的警告），而读进的只有 {len(found.captures)} 处："
                f"{spaced('这份', kind.table)}与表样“{variant.profile['name']}”（{variant.name}）的格式差得多（多了一列、一张表或一整份表？）"
                f"{cause}，写出的规格不完整；{spaced('请对照', kind.table)}补全，或先把表格改成表样的格式再导入"))
        try:
            result.schema, result.schema_text = editor_schema(self.validator.store, variant, target)
        except UsageError as exc:  # no editor copy can be written: no spec either, as when its name is taken
            result.problems.append(self._problem(source, "IMPORT-SCHEMA-COPY", f"没有写出 {target}：{exc.message}"))
            return result
        result.variant, result.data = variant.name, data
        result.text = spec_text(data, fields, result.schema, target)
        checked = self.validator.check(load_text(str(target), result.text))
        # its first line was just made to name result.schema, a copy that is written after the spec
        result.problems += [p for p in checked.problems if p.code != SCHEMA_LINE]
        return result

    def _unplaced(self, source: str, unplaced: Unplaced) -> Problem:
        """A warning naming content no place of the form took; a sheet's row typed without lines under its drawn
        table (xlsx_grid `_undrawn`) is said to be that, with how to draw it: read as a line of text, a row the
        clerk meant for the table was left out, and only drawing its lines makes it the table's."""
        if unplaced.undrawn:
            return self._problem(source, "IMPORT-UNDRAWN",
                                 f"{unplaced.where}（“{_short(unplaced.text)}”）在画了线的表格行下面，自己却没有画表格线，读成了表格之外的"
                                 "一行文字，表样中没有对应的位置，未导入；如果它是表格的一行，请在 Excel 或 WPS 中选中这一行的各格，"
                                 "加上框线（开始 → 边框 → 所有框线）后再导入，或核对后手工补进规格", Severity.WARNING)
        return self._problem(source, "IMPORT-UNPLACED",
                             f"{unplaced.where}的“{_short(unplaced.text)}”在表样中没有对应的位置，未导入；请核对后手工补进规格",
                             Severity.WARNING)

    def _missing(self, source: str, found: Result, fields: Fields, data: dict, kind: FileKind) -> list[Problem]:
        """A warning for each field printed only in a paragraph the document does not have (the year
        in the title) and not read from the file's name either.

        Left out, it is only a required field missing from the spec; the user is told where the form
        prints it, where import looked, and what to fill in by hand.
        """
        notes, told = [], set()
        for missed in found.missed:
            for path in missed.paths():
                if path in told or not _empty(self._value(data, path)):
                    continue
                told.add(path)
                shown = self._shown(missed, fields)
                name = self.validator.store.field_name(fields.file, path)
                key = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(".")
                looked = kind.looked + (kind.outside_body if missed.sought_outside_body else "") \
                    + ("和文件名" if path in fields.in_file_name else "")
                notes.append(self._problem(
                    source, "IMPORT-MISSING",
                    f"没有读到“{name}”：表样把它印在“{_short(shown)}”一段，{spaced('这份', kind.file)}里（{looked}）都没有找到；"
                    f"请在规格中手工填写 {key}", Severity.WARNING))
        return notes

    @staticmethod
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

    @staticmethod
    def _value(data: dict, path: tuple) -> Any:
        try:
            return datapath.get(data, path)
        except (KeyError, IndexError, TypeError):
            return None

    def _merged(self, source: str, found: Result, fields: Fields) -> list[Problem]:
        """A warning for each cell merged across columns (e.g. 实施周期指标值 with 年度指标值, the same
        value typed once): each column got its text, which is right only if they really are the same. None for
        an import left incomplete: its tables may be misread, the columns named not the cell's."""
        notes = []
        for m in (m for m in found.merged if m.text):
            titles = list(dict.fromkeys(fields.title(path) for path in m.paths))
            count = "两" if len(titles) == 2 else str(len(titles))
            notes.append(self._problem(
                source, "IMPORT-MERGED",
                f"{m.where}是“{'”“'.join(titles)}”{count}栏合并成的一格：{count}栏都填入了“{_short(m.text)}”；"
                "如果它们的值不同，请在规格中改正", Severity.WARNING))
        return notes

    @staticmethod
    def _named(source: str, variant: Variant, fields: Fields) -> list[Capture]:
        """Fields read from the file's name when it follows the variant's `file_name` pattern.

        Some forms never print a field (a form without the year on it); a file jixiao built is
        named by the profile's pattern, so the name still carries it.
        """
        slots: dict[str, tuple] = {}
        pattern = parse_segments(variant.file_name, parse_segments(variant.title))  # `{{ title }}` is the title's fields
        regex = segments_regex(pattern, {}, slots, lambda path: fields.regex(path, True))
        stem = Path(source).stem
        m = re.fullmatch(regex, fold(stem))
        if not m:
            return []
        return [Capture(path, [stem[m.start(name):m.end(name)]], "文件名")
                for name, path in slots.items() if m.start(name) >= 0]

    def _data(self, source: str, found: Result, fields: Fields, kind: FileKind, named: list[Capture],
              in_yuan: dict[int, str] | None = None) -> tuple[dict, list[Problem]]:
        """The spec's data from what was found; `named` fills gaps; the amounts of the captures `in_yuan` (by id)
        were typed in the unit it gives them (元, 千元) and are read in 万元 (amounts_in_yuan).

        Where a field is found twice, a cell holding it alone wins over a sentence it sits in (the
        table's 部门名称 over the title), then the first place in the document.
        """
        data: dict = {"form": fields.variant.name}
        seen: dict[tuple, tuple[Any, str]] = {}
        notes = []
        for capture in sorted(found.captures, key=lambda c: not c.whole):
            if capture.lines is None:
                if not self._has(data, capture.path):
                    _set(data, capture.path, [])
                continue
            value = fields.value(capture.path, capture.lines)
            if id(capture) in (in_yuan or {}) and isinstance(value, Decimal):
                value = in_wan(value, in_yuan[id(capture)])
            if capture.path in seen:
                first, where = seen[capture.path]
                if _empty(value) or first == value:
                    continue
                if not _empty(first):
                    name = self.validator.store.field_name(fields.file, capture.path)
                    notes.append(Problem(
                        source, 0, 0, Severity.WARNING, "IMPORT-CONFLICT",
                        f"{name} 在{where}是“{_short(str(first))}”，在{capture.where}却是“{_short(str(value))}”；"
                        "已采用前者，请核对",
                    ))
                    continue
            seen[capture.path] = (value, capture.where)
            _set(data, capture.path, value)
            if isinstance(value, str) and "\n" not in value and sum(bool(x.strip()) for x in capture.lines) > 1:
                notes.append(self._line_break(source, capture, fields, value))
        for capture in named:
            if _empty(seen.get(capture.path, (None,))[0]):
                _set(data, capture.path, fields.value(capture.path, capture.lines))
        notes += self._carried_down(source, found, fields, kind, data,
                                    self._carry_down(data, fields.variant, found.right_under))
        # by the item itself: dropping placeholder rows moves the items after them
        read_from = {id(item): row for path, row in found.item_rows.items()
                     if isinstance(item := self._value(data, path), dict)}
        self._drop_placeholders(data, fields.variant)
        lists = dict.fromkeys(path[:-1] for path in found.item_rows)
        return data, notes + [note for path in lists for note in self._copied_rows(source, data, path, read_from, fields)]

    def _line_break(self, source: str, capture: Capture, fields: Fields, value: str) -> Problem:
        """A warning that a one-line field typed over lines in its cell (`Fields.one_line`) was read as one line:
        the join is import's guess (no space between Chinese characters), for the clerk to check."""
        name = self.validator.store.field_name(fields.file, capture.path)
        count = sum(bool(line.strip()) for line in capture.lines)
        return self._problem(source, "IMPORT-LINE-BREAK",
                             f"{name}：{capture.where}的这一栏分成了 {count} 行（格子里按了 Alt+Enter 或换行），表上这一栏只印一行，"
                             f"已接成一行读入：“{_short(value)}”；请核对", Severity.WARNING)

    def _copied_rows(self, source: str, data: dict, path: tuple, read_from: dict[int, QuotedRow],
                     fields: Fields) -> list[Problem]:
        """A warning for each item of a list read from a row that repeats an earlier one in every column.

        A clerk adds an indicator by copying a row in Word or Excel and forgets to change the copy: the
        spec got the same indicator twice and import said nothing (lint's A8 names a repeated 三级指标
        in the spec, not the row of the file it was copied in). Both are kept, as the form prints them:
        which one was meant to be new is the clerk's to say.
        """
        items = self._value(data, path)
        notes = []
        for index, item in enumerate(items if isinstance(items, list) else []):
            first = next((k for k, other in enumerate(items[:index]) if other == item), None)
            if first is None or id(item) not in read_from or id(items[first]) not in read_from:
                continue
            row, earlier = read_from[id(item)], read_from[id(items[first])]
            name = self.validator.store.field_name(fields.file, path)
            notes.append(self._problem(
                source, "IMPORT-COPIED-ROW",
                f"{row.where}与{_beside(earlier.where, row.where)}每一栏都相同（“{_short(row.text)}”），像是复制了一行却没有改："
                f"“{name}”读进了相同的两项（第 {first + 1} 项和第 {index + 1} 项）；"
                "如果要新增一项，请在规格中把其中一项改成它的内容，否则删去一项", Severity.WARNING))
        return notes

    @staticmethod
    def _carry_down(data: dict, variant: Variant, right_under: set[tuple]) -> list[tuple]:
        """A blank cell of a column the form merges down (profile `merge`: 一级, 二级 指标) right under a filled one
        (`right_under`: the row directly below, in the same table) is the same group, as a person reads it: what
        Word's "split cells" and Excel's 取消合并 leave of a merge (the text kept in the top cell only), and how many
        forms are typed without merging at all. Under anything else (a header, a row read as none of the items,
        the end of a table) it is not known which group it is in, and it is left blank for validate to name.
        Returns the paths filled so, but those in rows printed only for an empty category, which are then dropped
        (`_drop_placeholders`): no cell of them is read into the spec."""
        filled = []
        for table in variant.indicator_tables:
            merged = table.get("merge", DEFAULT_MERGE)
            for path, items in datapath.find(data, table["path"]):
                if not isinstance(items, list):
                    continue
                for index in range(1, len(items)):
                    above, row = items[index - 1], items[index]
                    if path + (index,) not in right_under or not isinstance(above, dict) or not isinstance(row, dict):
                        continue
                    for depth, key in enumerate(merged):
                        same_outer = all(row.get(k) == above.get(k) for k in merged[:depth])
                        if _empty(row.get(key)) and not _empty(above.get(key)) and same_outer:
                            row[key] = above[key]
                            if not _only_categories(row, merged):
                                filled.append(path + (index, key))
        return filled

    def _carried_down(self, source: str, found: Result, fields: Fields, kind: FileKind, data: dict,
                      filled: list[tuple]) -> list[Problem]:
        """One note for the blank cells `_carry_down` read as the group above: a guess, however likely, and the
        clerk is the one to know a category left blank on purpose. It lists them as ranges by what each was read
        as, column by column in the form's order (一级指标 C18:C29 读作“产出指标”): named by the first cell and a
        count, a wrong guess (a group's top row deleted, its rows read as the group above) could not be found."""
        if not filled:
            return []
        places = {capture.path: capture.place for capture in found.captures if capture.place is not None}
        order = {key: i for table in fields.variant.indicator_tables
                 for i, key in enumerate(table.get("merge", DEFAULT_MERGE))}
        columns: dict[str, dict[str, list[tuple]]] = {}
        for path in sorted(filled, key=lambda p: order.get(p[-1], len(order))):
            columns.setdefault(fields.title(path), {}).setdefault(str(self._value(data, path)), []).append(path)
        sheets = list(dict.fromkeys(places[path].table.where for path in filled if path in places))
        sheet = sheets[0] if len(sheets) == 1 else None  # said once, before the columns
        said = "；".join(f"{title} " + "，".join(f"{self._cells(found, places, paths, sheet)} 读作“{clipped(value, 12)}”"
                                                for value, paths in values.items())
                        for title, values in columns.items())
        titles = "".join(f"“{title}”" for title in columns)
        return [self._problem(
            source, "IMPORT-UNMERGED",
            f"{sheet + '的' if sheet else ''}{titles}有 {len(filled)} 格是空的，当作{kind.unmerge}后留下的空格"
            f"（{kind.unmerge}后只有最上面一格留有文字），按上方最近填了的一格读入：{said}；"
            "如果哪一格本不属于那一类，请在规格中改正", Severity.INFO)]

    @staticmethod
    def _cells(found: Result, places: dict[tuple, CellPlace], paths: list[tuple], sheet: str | None) -> str:
        """The cells at `paths` as ranges (cell_ranges; `sheet` already said), one not read from a table cell by its row."""
        ranged = ranges([places[path] for path in paths if path in places], sheet)
        return "、".join(filter(None, [ranged] + [found.item_rows[path[:-1]].where for path in paths if path not in places]))

    @staticmethod
    def _has(data: Any, path: tuple) -> bool:
        try:
            datapath.get(data, path)
            return True
        except (KeyError, IndexError, TypeError):
            return False

    @staticmethod
    def _drop_placeholders(data: dict, variant: Variant) -> None:
        """Rows printed only for an empty 二级 category (no indicator, no value) are not indicators."""
        for table in variant.indicator_tables:
            merged = table.get("merge", DEFAULT_MERGE)
            for _, items in datapath.find(data, table["path"]):
                if isinstance(items, list):
                    items[:] = [item for item in items if not _only_categories(item, merged)]


def _only_categories(item: Any, merged: list[str]) -> bool:
    """Whether an item is a row printed only for an empty category: nothing filled but its `merged` columns."""
    return isinstance(item, dict) and all(_empty(v) for k, v in item.items() if k not in merged)


UNPLACED_TOLERATED = 5
"""Cells left over that are still a complete import (an 附件1 line, a note under the table); past this
and a quarter of what was read, the form was not read as a whole and saying so is an error."""


def _hidden_ranges(hidden: HiddenText) -> str:
    """A sheet's hidden rows and columns holding something, as a message names them: 第 1、3-5 行和 A 列."""
    rows = f"第 {_spans(hidden.rows, str)} 行" if hidden.rows else ""
    columns = f"{_spans(hidden.columns, get_column_letter)} 列" if hidden.columns else ""
    return spaced(rows + "和", columns) if rows and columns else rows or columns


def _worded_in_unread(found: Result, scopes: list[InYuan], fields: Fields) -> tuple[list[InYuan], list[HeaderCell]]:
    """Of an import left incomplete: the 元 scopes over amounts read, and the header cells worded otherwise than the
    form's, with the 元 cells and lines over no amount read. 部门整体资金 for 部门整体资金（万元） can be why a
    table was not recognised; a warning saying it was 'read as the form's column', or that no amount under it
    was converted, would tell of a table that was never read."""
    empty = [scope for scope in scopes
             if not any(isinstance(fields.value(c.path, c.lines), Decimal) for c in scope.captures)]
    worded = [cell for h in found.headings for cell in h.cells if reworded(cell)]
    return [scope for scope in scopes if scope not in empty], worded + [cell for scope in empty for cell in scope.said]


def _typed_units(source: str, captures: list[Capture], fields: Fields) -> list[Problem]:
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
        shown = _short(" ".join(line.strip() for line in first.lines if line.strip()))
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


def _scaled(source: str, captures: list[Capture], held: dict[str, tuple], fields: Fields,
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


def _unreadable(path: Path) -> tuple[str, str]:
    """Why a path named for import is no file, with its code: not there (IMPORT-NOT-FOUND), or a name the
    system refuses, too long (IMPORT-UNREADABLE: the file may well be there, under a shorter path)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno != errno.ENOENT:
            return "IMPORT-UNREADABLE", f"无法读取文件：{os_reason(exc)}"
    return "IMPORT-NOT-FOUND", "文件不存在；请检查路径"


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
        results.append(result)
    return results


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
