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
import struct
import zipfile
import zlib

from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from lxml import etree

from .jinja import MERGE_CONTINUE, MERGE_START, make_env

# Children of w:tcPr that must come before w:vMerge (CT_TcPr sequence order).
_BEFORE_VMERGE = {qn("w:cnfStyle"), qn("w:tcW"), qn("w:gridSpan"), qn("w:hMerge")}
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
            self._package = _Package([(info.filename, package.read(info.filename)) for info in package.infolist()])

    def render(self, context: dict) -> bytes:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", self._body.render(context))
        xml = self._docxtpl.resolve_listing(xml)
        body = self._docxtpl.fix_tables(xml)
        apply_merges(body)
        document = self._head + etree.tostring(body, encoding="unicode") + self._tail
        return self._package.build({DOCUMENT_PART: b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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


class _Package:
    """Writes .docx packages from a template's parts: the unchanged parts are compressed once.

    A minimal ZIP writer (deflate, no ZIP64, UTF-8 names, fixed 1980-01-01 timestamps): most of
    a package's bytes are styles that never change, and re-compressing them for every document
    cost as much as rendering it. Entry order and timestamps are fixed, so output is reproducible.
    """

    _DOS_DATE, _DOS_TIME = (0 << 9) | (1 << 5) | 1, 0

    def __init__(self, parts: list[tuple[str, bytes]]):
        self._entries = [(name, self._compress(data)) for name, data in parts]

    @staticmethod
    def _compress(data: bytes) -> tuple[int, int, bytes]:
        deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
        return zlib.crc32(data), len(data), deflate.compress(data) + deflate.flush()

    def build(self, replaced: dict[str, bytes]) -> bytes:
        out, central = io.BytesIO(), io.BytesIO()
        for name, entry in self._entries:
            crc, size, packed = self._compress(replaced[name]) if name in replaced else entry
            encoded = name.encode("utf-8")
            offset = out.tell()
            common = struct.pack("<HHHHHIIIH", 20, 0x800, 8, self._DOS_TIME, self._DOS_DATE, crc, len(packed), size,
                                 len(encoded))
            out.write(b"PK\x03\x04" + common + b"\x00\x00" + encoded + packed)
            central.write(b"PK\x01\x02" + struct.pack("<H", 20) + common
                          + struct.pack("<HHHHII", 0, 0, 0, 0, 0o644 << 16, offset) + encoded)
        start, directory = out.tell(), central.getvalue()
        count = len(self._entries)
        out.write(directory + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count, len(directory), start, 0))
        return out.getvalue()
