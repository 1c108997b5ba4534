"""A template's Word on/off properties of no ST_OnOff value (`<w:b w:val="yes"/>`, `<w:titlePg w:val="maybe"/>`,
written by a program or by hand) written in each form as they are read, and the template's author told.

Build passes a template's parts on to every form it makes (its body and tagged headers and footers rendered, its
styles, settings and the rest copied), so such a slip was copied into each. ECMA-376 gives ST_OnOff six values
(true, false, on, off, 1, 0); a program reading it strictly refuses another (python-docx did), and Word, which
validates what it opens against the schema, may call the file damaged. LibreOffice opens it (measured: a form with
`<w:titlePg w:val="maybe"/>` or `<w:b w:val="yes"/>` printed to PDF) and reads the value as jixiao does
(`docx_properties.switched_on`: true, True, 1, on, On as on, any other as off). So build does not refuse the
template, as it refuses a header or footer reference naming no part (docx_references), which LibreOffice cannot
open: each form says, in the standard's words (0, or 1 for LibreOffice's True and On), what LibreOffice printed and
what build measured, and a warning, one for each property and value of each part, tells the author where to mend
the template, which is left as it is. A property of which the template has no bad value is copied byte for byte.

An attribute of ST_OnOff (a table look's w:firstRow, a field's w:dirty) is not looked at: Word writes those itself.
"""
from __future__ import annotations

import re
from pathlib import Path

from docx.oxml.ns import nsmap, qn
from lxml import etree

from . import form_script
from .docx_properties import first_child, joined_text, part_element, settle_switch
from .problems import Problem, Severity

CODE = "TEMPLATE-ON-OFF"


def settle(file, document, package: dict[str, bytes]) -> tuple[dict[str, bytes], list[Problem]]:
    """Settle the on/off properties of every WordprocessingML part of a python-docx `document` (the template
    `file`, its package entries' bytes `package`): those python-docx keeps a tree of (the body build renders,
    headers, footers, styles, settings) in that tree, the others (footnotes) in their bytes. Returns each changed
    part's package entry and new bytes, and the warnings.

    Only a part whose bytes may hold a bad value (`_MAYBE_BAD`) is looked at in its tree: walking every on/off
    property of a template's styles took 10 ms, parsing its stylesWithEffects.xml 16, the search of all its
    bytes takes some 10."""
    settled: dict[str, bytes] = {}
    warnings: list[Problem] = []
    for part in document.part.package.iter_parts():
        name = str(part.partname).lstrip("/")
        if not _MAYBE_BAD.search(_as_utf8(package.get(name, b""))):
            continue
        element = part_element(part)
        found = _settled(element) if element is not None else None
        if not found:
            continue
        settled[name] = part.blob if hasattr(part, "element") else etree.tostring(
            element, encoding="UTF-8", standalone=True)
        warnings += [_warning(file, name, tag, value, written, places)
                     for (tag, value), (written, places) in found.items()]
    return settled, warnings


def _as_utf8(raw: bytes) -> bytes:
    """An XML part's bytes as UTF-8, for `_MAYBE_BAD`: the package format lets a part be UTF-16 too (Word writes
    UTF-8; a tool may not), whose bytes the pattern never matched, so such a part's bad values were copied into
    every form unsaid. Told by its byte-order mark or its opening `<` and zero byte; bytes of no such opening (a
    picture's too) are searched as they are."""
    codec = next((codec for opening, codec in _UTF16 if raw.startswith(opening)), None)
    if codec is None:
        return raw
    try:
        return raw.decode(codec).encode()
    except UnicodeDecodeError:  # not text after all: the pattern finds what it can in the bytes
        return raw


def _settled(root) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """Each on/off property under `root` of no ST_OnOff value written as it is read (settle_switch), by (its name,
    the value it had): the value written, and where each was (`_place`)."""
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    sections = 0
    for element in root.iter(_SWITCHES_CLARK):
        if element.tag == _SECT_PR:  # before its own properties: the section it closes is this one
            sections += 1
            continue
        value = element.get(_VAL)
        if settle_switch(element):
            key = (etree.QName(element).localname, value)
            found.setdefault(key, (element.get(_VAL), []))[1].append(_place(element, sections))
    return found


def _place(element, section: int) -> str:
    """Where `element` is, as Word shows it: its style's name, its section (第 N 节, counted in document order: a
    section's properties close it), or the first text of the paragraph, cell, row or table it sets."""
    for above in element.iterancestors():
        if above.tag == _STYLE:
            named = first_child(above, _NAME)
            return f"样式“{named.get(_VAL) if named is not None else above.get(qn('w:styleId'))}”"
        if above.tag == _SECT_PR:
            return f"第 {section} 节"
        if above.tag in _HOLDERS:
            text = joined_text(above).strip()
            if text:
                return f"“{text[:20]}{'…' if len(text) > 20 else ''}”"
    return ""


def _warning(file, part: str, tag: str, value: str, written: str, places: list[str]) -> Problem:
    """The warning about the property `tag` of `part` whose `value` was `written` (0 or 1), at `places`: one for
    them all, a program's slip being repeated in every run it wrote."""
    on = written == "1"
    named = list(dict.fromkeys(place for place in places if place))
    where = "、".join(named[:3]) + ("等" if len(named) > 3 else "")
    count = f"共 {len(places)} 处" if len(places) > 1 else ""
    said = "，".join(filter(None, [_NAMES.get(tag, ""), where, count]))
    return Problem(str(file), 0, 0, Severity.WARNING, CODE,
                   f"{part} 里的 <w:{tag} w:val=\"{value}\"/>{f'（{said}）' if said else ''}的值不是 Word 的开关值"
                   f"（true、false、on、off、1、0 之一）：Word 可能说这个文件已损坏，LibreOffice 把它读作“{'开' if on else '关'}”；"
                   f"生成的表里按 LibreOffice 的读法写成 {written}。{_mend(Path(file), written)}")


def _mend(template: Path, written: str) -> str:
    """How to mend the template: a form.docx written by the make_form_docx.py beside it is mended in the script, the
    slip's source (mended in Word, the script's next run wrote it again); any other in Word, or by hand."""
    script = template.parent / form_script.MAKE_SCRIPT
    if script.is_file():
        return f"模板是 {script.name} 写出的：请在脚本里把这个值改成 {written}，再运行 {form_script.run(script)}"
    return f"请在 Word 里重设这一项后保存模板，或把这个值改成 {written}"


_SWITCHES = (
    # a run's (CT_RPr)
    "b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden rtl "
    "cs specVanish oMath "
    # a paragraph's (CT_PPrBase)
    "keepNext keepLines pageBreakBefore widowControl suppressLineNumbers suppressAutoHyphens kinsoku wordWrap "
    "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd mirrorIndents suppressOverlap "
    "contextualSpacing "
    # a section's, a table's, a row's, a cell's, a style's, a numbering level's
    "formProt noEndnote titlePg rtlGutter bidiVisual cantSplit tblHeader hidden noWrap tcFitText hideMark "
    "autoRedefine semiHidden unhideWhenUsed qFormat locked personal personalCompose personalReply isLgl "
    # the document's settings (CT_Settings)
    "removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries displayBackgroundShape "
    "printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts embedSystemFonts "
    "saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader "
    "bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors formsDesign linkStyles "
    "trackRevisions doNotTrackMoves doNotTrackFormatting autoFormatOverride styleLockTheme styleLockQFSet "
    "autoHyphenation doNotHyphenateCaps showEnvelope evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting "
    "doNotUseMarginsForDrawingGridOrigin doNotShadeFormData noPunctuationKerning printTwoOnOne "
    "strictFirstAndLastChars savePreviewPicture updateFields doNotIncludeSubdocsInStats doNotAutoCompressPictures"
).split()
_NAMES = {
    "b": "加粗", "bCs": "加粗（复杂文种）", "i": "倾斜", "iCs": "倾斜（复杂文种）", "strike": "删除线", "dstrike": "双删除线",
    "vanish": "隐藏文字", "keepNext": "与下段同页", "keepLines": "段中不分页", "pageBreakBefore": "段前分页",
    "widowControl": "孤行控制", "overflowPunct": "允许标点溢出边界", "snapToGrid": "对齐到网格", "titlePg": "首页不同",
    "evenAndOddHeaders": "奇偶页不同", "tblHeader": "在各页顶端以标题行形式重复出现", "cantSplit": "不允许跨页断行",
    "noWrap": "单元格内不换行", "hidden": "隐藏", "mirrorMargins": "对称页边距",
}
_MAYBE_BAD = re.compile(rb"<(?:[\w.-]+:)?(?:" + "|".join(_SWITCHES).encode() + rb")\s[^>]*?val\s*=\s*"
                        rb"(?!(?:\"(?:true|false|on|off|1|0)\"|'(?:true|false|on|off|1|0)'))")
"""A property of `_SWITCHES` whose value is not, as written, one of ST_OnOff's: every one that is not, and some
that are (written `&#49;`, in a name of another namespace)."""
_UTF16 = ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"))
_SECT_PR, _STYLE, _NAME, _VAL = qn("w:sectPr"), qn("w:style"), qn("w:name"), qn("w:val")
_SWITCHES_CLARK = [_SECT_PR, *(f"{{{nsmap['w']}}}{name}" for name in _SWITCHES)]
_HOLDERS = {qn("w:p"), qn("w:tc"), qn("w:tr"), qn("w:tbl")}
