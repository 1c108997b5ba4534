"""Stage 4a: render the view model into the variant's Word template (docxtpl), then merge cells.

docxtpl's `{% vm %}` merges over the innermost loop only, so a 一级 › 二级 table cannot be
expressed with it. Instead templates mark cells with `{{ r.level1|vm }}` (or the
`merge_start` / `merge_continue` globals for side labels), and a pass over the rendered XML
turns the marks into real `w:vMerge` restart/continue cells. The output ZIP is written with
fixed timestamps and the template's entry order, so the same inputs give the same bytes.
"""
from __future__ import annotations

import io
import re
import zipfile

from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from lxml import etree

from .jinja import MERGE_CONTINUE, MERGE_START, make_env

# Children of w:tcPr that must come before w:vMerge (CT_TcPr sequence order).
_BEFORE_VMERGE = {qn("w:cnfStyle"), qn("w:tcW"), qn("w:gridSpan"), qn("w:hMerge")}
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
DOCUMENT_PART = "word/document.xml"


class DocxRenderer:
    """Renders every spec of one variant from a template prepared once.

    docxtpl's own steps are used (`patch_xml` to clean tags split across runs, `resolve_listing`,
    `fix_tables`), but the expensive ones run once per template instead of once per document:
    opening the package, cleaning the XML and compiling the Jinja template. Per document only
    the body is rendered; the other parts are copied from the template as they are.
    Tags belong in the document body (headers, footers and properties are not rendered).
    """

    def __init__(self, variant):
        data = variant.docx_template.read_bytes()
        shared = variant.folder.parent / "_shared"
        self.env = make_env([variant.folder, shared], autoescape=True)
        self._docxtpl = DocxTemplate(io.BytesIO(data))
        self._docxtpl.render_init()
        body = self._docxtpl.patch_xml(self._docxtpl.get_xml())
        self._body = self.env.from_string(re.sub(r"<w:p([ >])", r"\n<w:p\1", body))
        document = etree.tostring(self._docxtpl.docx.element, encoding="unicode")
        start, end = document.index("<w:body"), document.rindex("</w:body>") + len("</w:body>")
        self._head, self._tail = document[:start], document[end:]
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            self._parts = [(info.filename, package.read(info.filename)) for info in package.infolist()]

    def render(self, context: dict) -> bytes:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", self._body.render(context))
        xml = self._docxtpl.resolve_listing(xml)
        body = self._docxtpl.fix_tables(xml)
        apply_merges(body)
        document = self._head + etree.tostring(body, encoding="unicode") + self._tail
        return _package(self._parts, {DOCUMENT_PART: b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                      + document.encode("utf-8")})


def apply_merges(body) -> None:
    """Turn merge marks left by the template into w:vMerge cells; continuation cells keep one empty paragraph."""
    for tc in body.iter(qn("w:tc")):
        texts = list(tc.iter(qn("w:t")))
        joined = "".join(t.text or "" for t in texts)
        if MERGE_START not in joined and MERGE_CONTINUE not in joined:
            continue
        continuing = MERGE_CONTINUE in joined
        for t in texts:
            t.text = (t.text or "").replace(MERGE_START, "").replace(MERGE_CONTINUE, "")
        _set_vmerge(tc, continuing)
        if continuing:
            _empty(tc)


def _set_vmerge(tc, continuing: bool) -> None:
    tc_pr = tc.find(qn("w:tcPr"))
    if tc_pr is None:
        tc_pr = etree.Element(qn("w:tcPr"))
        tc.insert(0, tc_pr)
    for old in tc_pr.findall(qn("w:vMerge")):
        tc_pr.remove(old)
    vmerge = etree.Element(qn("w:vMerge"))
    if not continuing:
        vmerge.set(qn("w:val"), "restart")
    index = sum(1 for child in tc_pr if child.tag in _BEFORE_VMERGE)
    tc_pr.insert(index, vmerge)


def _empty(tc) -> None:
    paragraphs = tc.findall(qn("w:p"))
    for extra in paragraphs[1:]:
        tc.remove(extra)
    for run in paragraphs[0].findall(qn("w:r")):
        paragraphs[0].remove(run)


def _package(parts: list[tuple[str, bytes]], replaced: dict[str, bytes]) -> bytes:
    """A .docx with the template's entries in their order, some replaced, at a fixed timestamp."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts:
            entry = zipfile.ZipInfo(name, _FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, replaced.get(name, data))
    return out.getvalue()
