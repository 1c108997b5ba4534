"""A Word template saved for an older Word (its settings' compatibility mode 11, 12 or 14, or none): its author told.

Word reads `w:compat/w:compatSetting w:name="compatibilityMode"` in settings.xml to know which Word a document was
made for: 15 is Word 2013 and later; 14 (Word 2010), 12 (2007), 11 (2003), and a document that says none (read as
12), open in compatibility mode, "[兼容模式]" in the title bar, tables and East Asian line breaks laid out as that
Word did. Build copies the template's settings into every form it makes, so each form opened so; a finance bureau
receiving one may ask for it to be resaved. python-docx's own template says 14 (the kit writes 15: tools/docx_kit).

Build does not write 15 into the forms itself: the layout the author checked (where a row breaks, how wide a column
prints) is the one of the template's mode, and Word's conversion changes it. The author is told, once per template,
and converts it, checking the layout there; the template is left as it is. In Word that is 文件 → 信息 → 转换. An
author on LibreOffice has no such command, and LibreOffice saving a .docx keeps the mode it read (14 stays 14, none
is written 12); saved as .odt and that saved again as .docx, it writes 15 (LibreOffice 7.4, tried), so that is the
way told. A template LibreOffice made itself, or kept from a kit-written one, says 15 and is not warned about.
"""
from __future__ import annotations

from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from . import form_script
from .docx_properties import part_element
from .problems import Problem, Severity

CODE = "TEMPLATE-COMPAT-MODE"
CURRENT = 15
_WORDS = {"11": "Word 2003", "12": "Word 2007", "14": "Word 2010"}


def warnings(file, document) -> list[Problem]:
    """The warning about the python-docx `document` (the template `file`) when its settings are of an older Word than
    the current one; none otherwise, nor for a mode it cannot read (a later Word's, or no number: not guessed at). A
    number is of the digits 0-9: `²` and `１４` are digits to str.isdigit, and int() refuses the first."""
    mode = _mode(document)
    if mode is not None and (not (mode.isascii() and mode.isdigit()) or int(mode) >= CURRENT):
        return []
    said = (f"是为 {_WORDS.get(mode, '旧版 Word')} 保存的（settings.xml 里的兼容模式 compatibilityMode = {mode}）" if mode
            else "的 settings.xml 里没有写兼容模式（compatibilityMode），Word 把它当作 Word 2007 的文件")
    return [Problem(str(file), 0, 0, Severity.WARNING, CODE,
                    f"模板{said}：Word 打开生成的每一份表，标题栏都显示“[兼容模式]”，表格和换行按旧版 Word 排版，"
                    f"收表的单位可能要求另存为新格式；生成的表照模板原样写，不改排版。{_mend(Path(file))}")]


def _mode(document) -> str | None:
    """The compatibility mode the document's settings name, as written; None where they name none (or it has none)."""
    for rel in document.part.rels.values():
        if rel.reltype != RT.SETTINGS or rel.is_external:
            continue
        element = part_element(rel.target_part)
        if element is None:
            return None
        for setting in element.iter(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                return (setting.get(qn("w:val")) or "").strip()
    return None


def _mend(template: Path) -> str:
    """How to bring the template up to date: a form.docx written by the make_form_docx.py beside it, by running the
    script again (the kit writes 15); any other in Word, or in LibreOffice by way of .odt (see the module's
    docstring)."""
    script = template.parent / form_script.MAKE_SCRIPT
    if script.is_file():
        return f"模板是 {script.name} 写出的：请再运行 {form_script.run(script)}（jixiao 的 tools/docx_kit.py 写的是 {CURRENT}）"
    return (f"请在 Word 里打开模板，点“文件 → 信息 → 转换”，核对表格的排版后保存（兼容模式写成 {CURRENT}）；"
            "用 LibreOffice 的，直接保存 .docx 仍是原来的兼容模式：请先“另存为”ODF 文本文档（.odt），"
            "再打开这个 .odt“另存为”Word 格式（.docx），替换 form.docx，核对表格的排版")
