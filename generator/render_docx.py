"""Stage 4a: render the view model into the variant's Word template (docxtpl), then merge cells.

docxtpl's `{% vm %}` merges over the innermost loop only, so a 一级 › 二级 table cannot be
expressed with it. Instead templates mark cells with `{{ r.level1|vm }}` (or the
`merge_start` / `merge_continue` globals for side labels), and a pass over the rendered XML
turns the marks into real `w:vMerge` restart/continue cells. The output ZIP is written with
fixed timestamps and order, so the same inputs give the same bytes.
"""
from __future__ import annotations

import io
import zipfile

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from .jinja import MERGE_CONTINUE, MERGE_START, make_env

# Children of w:tcPr that must come before w:vMerge (CT_TcPr sequence order).
_BEFORE_VMERGE = {qn("w:cnfStyle"), qn("w:tcW"), qn("w:gridSpan"), qn("w:hMerge")}
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class DocxRenderer:
    """Renders every spec of one variant; the template file and Jinja environment are read once."""

    def __init__(self, variant):
        self.template_bytes = variant.docx_template.read_bytes()
        shared = variant.folder.parent / "_shared"
        self.env = make_env([variant.folder, shared], autoescape=True)

    def render(self, context: dict) -> bytes:
        template = DocxTemplate(io.BytesIO(self.template_bytes))
        template.render(context, jinja_env=self.env, autoescape=True)
        apply_merges(template.docx.element.body)
        out = io.BytesIO()
        template.docx.save(out)
        return reproducible_zip(out.getvalue())


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
    tc_pr = tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:vMerge")):
        tc_pr.remove(old)
    vmerge = OxmlElement("w:vMerge")
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


def reproducible_zip(data: bytes) -> bytes:
    """Same entries, same order, fixed timestamps: byte-identical output for identical input."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, _FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
