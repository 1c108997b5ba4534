"""The page headers and footers of a workbook's sheets (页面设置 → 页眉/页脚), as paragraphs outside the sheet.

A form kept in Excel often prints the lines around its table at the top and bottom of every page, set in the
page header and footer rather than typed into cells: the title with `2024年度` or `(2022 年度)` under it,
填报单位(盖章)：…, 单位：万元, and 填表人、联系电话、填表日期 at the foot. A field printed only there (the year,
the 填表人) was missing from the import. Each line is read as a Word form's page header is
(docx_grid.read_extras): a paragraph outside the sheet's flow, where a line of the form with words of its own
is sought when the sheet lacks it, and which is never reported when nothing is sought there (page numbers).

The text is read from the package, not from openpyxl: its parser takes the font codes out with a pattern
that swallows the text between two of them on one line (`&"宋体,加粗"填报单位&"宋体,常规"(盖章)：市侨联`
kept only `(盖章)：市侨联`), and leaves the other codes (&P, &B) in the text.
"""
from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
from xml.etree import ElementTree

from . import zip_damage
from .docx_grid import Paragraph

_ELEMENT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(first|odd|even)(Header|Footer)>(.*?)</", re.S)
# Excel's codes: && an ampersand; &L &C &R a section; a font &"宋体,加粗", size &12 (a space after it before a
# digit), colour &KFF0000 or &K01+000 (a theme's); &P+1 a page number moved on; &[Page]; any other letter
# (page &P, pages &N, date &D, bold &B, picture &G ...): none prints text of the form's
_CODE = re.compile(r'&(?:&|"[^"]*"|K(?:[0-9A-Fa-f]{6}|[0-9]{2}[+-][0-9]{3})|[0-9]+ ?|\[\w+\]|[PN][+-][0-9]+|[A-Za-z])')
_SECTIONS = {"&L": "左侧", "&C": "中间", "&R": "右侧"}
_PLACES = {b"Header": "页眉", b"Footer": "页脚"}
_WORKBOOK, _WORKBOOK_RELS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"


def headers_and_footers(data: bytes) -> dict[str, list[Paragraph]]:
    """By sheet name, the lines of its page headers, then of its page footers (first page, odd and even
    pages; a line printed on several once), as paragraphs placed 页眉 or 页脚; nothing for a package whose
    parts cannot be found (openpyxl has read its sheets: these lines only add to them)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return {name: _paragraphs(name, package.read(part)) for name, part in _sheet_parts(package).items()}
    except (KeyError, ElementTree.ParseError, *zip_damage.DAMAGE):
        return {}


def _sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name and the part holding it, as the workbook and its relationships name them."""
    targets = {}
    for rel in ElementTree.fromstring(package.read(_WORKBOOK_RELS)):
        target = rel.get("Target", "")
        targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(posixpath.dirname(_WORKBOOK), target))
    parts = {}
    for sheet in ElementTree.fromstring(package.read(_WORKBOOK)).iter():
        if sheet.tag.rpartition("}")[2] != "sheet":
            continue
        rel = next((value for key, value in sheet.attrib.items() if key.rpartition("}")[2] == "id"), None)
        if targets.get(rel) in package.namelist():
            parts[sheet.get("name", "")] = targets[rel]
    return parts


def _paragraphs(sheet: str, part: bytes) -> list[Paragraph]:
    lines: dict[str, dict[tuple[str, str], None]] = {"页眉": {}, "页脚": {}}
    for _, kind, text in _ELEMENT.findall(part):
        for section, said in sections(html.unescape(text.decode("utf-8"))):
            for line in said.split("\n"):
                if line.strip():
                    lines[_PLACES[kind]][(section, line.strip())] = None
    return [Paragraph(number, line, place, where=f"工作表“{sheet}”{place}{section}")
            for place, found in lines.items() for number, (section, line) in enumerate(found, start=1)]


def sections(text: str) -> list[tuple[str, str]]:
    """A header's or footer's text by section (左侧, 中间, 右侧: text before any section code is centred),
    its codes taken out."""
    out, section, typed, done = [], "中间", [], 0
    for code in _CODE.finditer(text):
        typed.append(text[done:code.start()])
        done = code.end()
        if code[0] == "&&":
            typed.append("&")
        elif code[0] in _SECTIONS:
            out.append((section, "".join(typed)))
            section, typed = _SECTIONS[code[0]], []
    out.append((section, "".join(typed) + text[done:]))
    return [(where, said) for where, said in out if said.strip()]
