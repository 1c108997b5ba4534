"""A template's page settings of no ST_OnOff value (a section's different first page, w:titlePg, or settings.xml's
different odd and even pages, w:evenAndOddHeaders, written `maybe` by a program) written as they are read.

Build passes a template's section properties and settings.xml on to every form it makes, so such a slip was copied
into each. LibreOffice opens such a file (measured: a shipped form with `<w:titlePg w:val="maybe"/>` printed to PDF)
and reads the value as off, as jixiao does (`docx_properties.switched_on`), so build does not refuse the template,
as it refuses a header or footer reference naming no part (docx_references), which LibreOffice cannot open: each
form says instead, in the standard's words (0, or 1 for LibreOffice's True and On), what LibreOffice printed and
what build numbered, and a program reading ST_OnOff strictly (python-docx refused it) reads the form. The template
itself is left as it is.
"""
from __future__ import annotations

from docx.oxml.ns import qn

from .docx_properties import first_child, settle_switch


def settle(document) -> dict[str, bytes]:
    """Settle the w:titlePg of each section of a python-docx `document` in its tree (the body build renders), and
    its w:evenAndOddHeaders: the settings part's package entry and new text where that changed, else nothing. A
    settings part outside the package, of another kind or holding no settings is not looked at (docx_grid reads
    it as none)."""
    for sect_pr in document.element.sectPr_lst:
        settle_switch(first_child(sect_pr, _TITLE_PG))
    try:
        part = document.part._settings_part  # python-docx's, as `document.settings` finds it
        settings = part.element
    except (AttributeError, ValueError):
        return {}
    if settings.tag != _SETTINGS or not settle_switch(first_child(settings, _EVEN_AND_ODD)):
        return {}
    return {str(part.partname).lstrip("/"): part.blob}


_SETTINGS, _EVEN_AND_ODD, _TITLE_PG = qn("w:settings"), qn("w:evenAndOddHeaders"), qn("w:titlePg")
