"""A Word template given the profile's page numbers (see page_numbers) in the footer of each of its sections.

Added to the template once, before it is prepared, not to each rendered document: the footer holds no tag, so
`render_docx` copies it into every form as it copies the template's other parts, and the body's section
properties, which point at it, come through rendering unchanged. PAGE and NUMPAGES are fields Word and
LibreOffice fill in as they print (a number typed in would be wrong on every page but one).
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .page_numbers import is_number, pieces

_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


def with_page_numbers(data: bytes, pattern: str) -> bytes:
    """The template `data` with `pattern` centred in the footer of every section that has a footer of its own (the
    first always; a later one linked to the one before shows that one's). A footer the template already has keeps
    its text: the numbers go in a paragraph below it."""
    doc = Document(io.BytesIO(data))
    for number, section in enumerate(doc.sections):
        footer = section.footer
        if number and footer.is_linked_to_previous:
            continue
        last = footer.paragraphs[-1] if footer.paragraphs else None
        p = last if last is not None and not last.text.strip() and not _has_field(last) else footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in pieces(pattern):
            if is_number(piece):
                p._p.append(_field(_FIELDS[piece]))
            else:
                p.add_run(piece)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _field(instruction: str):
    """A simple field (w:fldSimple) with a 1 as its last shown result, which the printer replaces."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    return field


def _has_field(paragraph) -> bool:
    return paragraph._p.find(qn("w:fldSimple")) is not None
