"""A Word template given the profile's page numbers (see page_numbers) in every footer its pages show.

Added to the template once, before it is prepared, not to each rendered document: the footer holds no tag, so
`render_docx` copies it into every form as it copies the template's other parts, and the body's section
properties, which point at it, come through rendering unchanged. PAGE and NUMPAGES are fields Word and
LibreOffice fill in as they print (a number typed in would be wrong on every page but one).

The numbers go into every footer the pages show: each section's default footer, its first page's where the first
page differs, and the even pages' where odd and even pages differ. A template whose headers or footers already print
a page number gets none added.
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .docx_fields import fields, prints_page_number
from .docx_grid import defined_part, document_body, even_pages_differ, shown_names, shown_parts
from .page_numbers import is_number, pieces
from .zip_damage import as_bad_zip

_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


def with_page_numbers(data: bytes, pattern: str) -> bytes:
    """The template `data` with `pattern` centred in every footer a page shows (`docx_grid.shown_names`): a
    section's default footer, its first page's when that page differs, the even pages' when odd and even pages
    differ; a footer no section defines yet is added (else that page printed no number). A footer the template
    already has keeps its text: the numbers go in a paragraph below it. A template whose shown headers or footers
    already print a page number (a PAGE field of either kind: `docx_fields`) is left as it is, so it is numbered
    once, as its author laid it out."""
    with as_bad_zip():  # opening a damaged template is its fault, said as no Word file; the rest here is ours
        doc = Document(io.BytesIO(data))
        document_body(doc)  # one with no body (or of another root) has no sections to number either
    if any(prints_page_number(part) for part in shown_parts(doc, "footer") + shown_parts(doc, "header")):
        return data
    even = even_pages_differ(doc)  # as import reads it: a setting neither on nor off was exit 4 here
    numbered: list = []
    for section in doc.sections:
        for name in shown_names(section, "footer", even):
            footer = getattr(section, name)
            part = defined_part(footer)
            if part is None or any(part is done for done in numbered):
                continue
            numbered.append(part)
            _append(footer, pattern)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _append(footer, pattern: str) -> None:
    """The pattern as the footer's last paragraph: its empty last one, or one added below its text."""
    last = footer.paragraphs[-1] if footer.paragraphs else None
    p = last if last is not None and not last.text.strip() and not fields(last._p) else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for piece in pieces(pattern):
        if is_number(piece):
            p._p.append(_field(_FIELDS[piece]))
        else:
            p.add_run(piece)


def _field(instruction: str):
    """A simple field (w:fldSimple) with a 1 as its last shown result, which the printer replaces."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    return field
