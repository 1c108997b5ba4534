"""A Word template's page header or footer reference that names no header or footer part: damage build refuses, as
a form.docx that is no Word file.

Each section says which header and footer its pages show by a reference (`w:headerReference`,
`w:footerReference`) whose `r:id` names a relationship to the part holding it. A reference with no r:id, or one
naming a relationship the file lacks (a program's slip, a hand-edited document.xml), was passed on to every form:
build numbered no page in that footer and said nothing, and LibreOffice refuses to load such a file (measured on
a shipped form.docx with `<w:footerReference w:type="default"/>` added, and with `r:id="rId999"`, a first-page and an
even-page footer, or a header: “source file could not be loaded”), so each form built from it could not be
opened there, nor printed to PDF. An r:id naming a part of another kind (styles.xml, an image: r:ids copied from
another file) LibreOffice loads, but python-docx hands that part on as the header or footer, and build's page
numbers, import and textconv stopped on it with an internal error (exit 4): it names no header or footer either
(`story`, which `docx_grid.defined_part` reads too). Import and textconv read such a reference in a document sent
to them as no header or footer: it is not their file to mend.
"""
from __future__ import annotations

import zipfile

from docx.oxml.ns import qn
from docx.parts.hdrftr import FooterPart, HeaderPart

_KINDS = {qn("w:headerReference"): "页眉", qn("w:footerReference"): "页脚"}
_PAGES = {"first": "首页", "even": "偶数页"}  # a default header or footer is the other pages' (奇数页's when even differ)
CAUSE = "多半是程序写坏或手工改过"  # how such a reference came to be, said by build and serve


class ReferenceBroken(zipfile.BadZipFile):
    """A header or footer reference naming no header or footer part, said in the clerk's words: `what` is wrong,
    `harm` what follows, `todo` mends it (`said`, all three, is build's; serve says its own consequence between
    them). A BadZipFile, so that each reader that refuses a damaged form.docx (build, serve, `new --list`) refuses it
    too."""

    def __init__(self, what: str, harm: str, todo: str):
        super().__init__(what)
        self.what, self.harm, self.todo = what, harm, todo

    @property
    def said(self) -> str:
        return f"{self.what}：文件已损坏（{CAUSE}），{self.harm}；{self.todo}"


def story(part) -> bool:
    """Whether a part a header or footer reference names is one to read as a header or footer: python-docx returns
    whatever part the r:id names (styles.xml, an image), which has no paragraphs, or no XML at all."""
    return isinstance(part, (HeaderPart, FooterPart))


def check(document) -> None:
    """ReferenceBroken at the first header or footer reference of a python-docx `document`'s sections that names
    no header or footer of it, shown or not (LibreOffice refused an unshown first-page footer's as well)."""
    parts = document.part.related_parts
    for number, sect_pr in enumerate(document.element.sectPr_lst, start=1):  # python-docx's sections, in order
        for reference in sect_pr.iterchildren(*_KINDS):
            rid = reference.get(qn("r:id"))
            if not rid or not story(parts.get(rid)):
                raise _broken(number, reference, rid, parts.get(rid))


def _broken(number: int, reference, rid: str | None, part) -> ReferenceBroken:
    kind = _KINDS[reference.tag]
    named = _PAGES.get(reference.get(qn("w:type")), "") + kind
    tag = f"<w:{reference.tag.rpartition('}')[2]}>"
    if part is None:
        slip = "没有 r:id，指不到任何" + kind if not rid else f"的 r:id“{rid}”在文件里没有对应的{kind}"
        harm = "LibreOffice 打不开它，用它生成的每一份表也打不开、转不成 PDF"
    else:  # a part of another kind: LibreOffice opens the file (measured on styles.xml's and customXml's r:id)
        slip = f"的 r:id“{rid}”指向的 {str(part.partname).lstrip('/')} 不是{kind}"
        harm = f"jixiao 读不出这个{kind}，也无法在里面填写或加上页码"
    return ReferenceBroken(f"第 {number} 节的{named}引用（word/document.xml 里的 {tag}）{slip}", harm,
                           f"请向发来模板的单位要一份完好的，或从备份里取回；也可以删去 word/document.xml 里的这个 {tag}，"
                           f"再在 Word 里重新设置{named}")
