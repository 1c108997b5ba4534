"""A Word template's page header or footer reference that names no part: damage build refuses, as a form.docx
that is no Word file.

Each section says which header and footer its pages show by a reference (`w:headerReference`,
`w:footerReference`) whose `r:id` names a relationship to the part holding it. A reference with no r:id, or one
naming a relationship the file lacks (a program's slip, a hand-edited document.xml), was passed on to every form:
build numbered no page in that footer and said nothing, and LibreOffice refuses to load such a file (measured on
a shipped form.docx with `<w:footerReference w:type="default"/>` added, and with `r:id="rId999"`, a first-page and an
even-page footer, or a header: “source file could not be loaded”), so each form built from it could not be
opened there, nor printed to PDF. Import and textconv read such a reference in a document sent to them as no
header or footer (`docx_grid.defined_part`): it is not their file to mend.
"""
from __future__ import annotations

import zipfile

from docx.oxml.ns import qn

_KINDS = {qn("w:headerReference"): "页眉", qn("w:footerReference"): "页脚"}
_PAGES = {"first": "首页", "even": "偶数页"}  # a default header or footer is the other pages' (奇数页's when even differ)


class ReferenceBroken(zipfile.BadZipFile):
    """A header or footer reference naming no part, said in the clerk's words: `what` is wrong, `todo` mends it
    (`said`, both, is build's; serve puts what else it tells between them). A BadZipFile, so that each reader that
    refuses a damaged form.docx (build, serve, `new --list`) refuses it too."""

    def __init__(self, what: str, todo: str):
        super().__init__(what)
        self.what, self.todo = what, todo

    @property
    def said(self) -> str:
        return f"{self.what}；{self.todo}"


def check(document) -> None:
    """ReferenceBroken at the first header or footer reference of a python-docx `document`'s sections that names
    no part of it, shown or not (LibreOffice refused an unshown first-page footer's as well)."""
    parts = document.part.related_parts
    for number, sect_pr in enumerate(document.element.sectPr_lst, start=1):  # python-docx's sections, in order
        for reference in sect_pr.iterchildren(*_KINDS):
            rid = reference.get(qn("r:id"))
            if not rid or rid not in parts:
                raise _broken(number, reference, rid)


def _broken(number: int, reference, rid: str | None) -> ReferenceBroken:
    kind = _KINDS[reference.tag]
    named = _PAGES.get(reference.get(qn("w:type")), "") + kind
    tag = f"<w:{reference.tag.rpartition('}')[2]}>"
    slip = "没有 r:id" if not rid else f"的 r:id“{rid}”在文件里没有对应的{kind}"
    return ReferenceBroken(f"第 {number} 节的{named}引用（word/document.xml 里的 {tag}）{slip}，指不到任何{kind}：文件已损坏"
                           "（多半是程序写坏或手工改过），LibreOffice 打不开它，用它生成的每一份表也打不开、转不成 PDF",
                           f"请从备份里取回，或删去这个 {tag} 后在 Word 里重新设置{named}")
