"""The property element of a Word paragraph, run, cell or row (w:pPr, w:rPr, w:tcPr, w:trPr), made when missing,
and the other small Word-XML reads the passes share (a first child by name, an element's typed text).

Each pass that sets a property (a merge, keep-with-next, a row's height, a title's size) needs the element to hold
it, where the schema puts it: Word refuses a file whose properties stand after the content they describe.
"""
from __future__ import annotations

import functools

from docx.oxml.ns import qn
from lxml import etree


def properties(element, tag: str, index: int = 0):
    """`element`'s child `tag` (`"w:pPr"`), made at `index` if it has none: first, where CT_P, CT_R and CT_Tc put
    their properties, or after a row's w:tblPrEx (CT_Row)."""
    found = first_child(element, _clark(tag))
    if found is None:
        found = etree.Element(_clark(tag))
        element.insert(index, found)
    return found


def part_element(part):
    """The root element of a package part: the tree python-docx keeps of it (document, styles, settings, headers),
    else its bytes parsed (a footnotes part, kept as bytes); None where they are no XML, which is not ours to judge:
    what Word opens is (word_damage). The template passes that read every part's XML (docx_switches,
    docx_compat_mode) read it so."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    try:
        return etree.fromstring(part.blob)
    except (etree.XMLSyntaxError, ValueError):
        return None


def first_child(element, tag: str):
    """`element`'s first child `tag` (its full name, `qn`'s), or None: what `element.find(tag)` finds, in half the
    time (lxml's find goes through its path parser for a plain name too), for the passes that read every row
    and cell of a long table."""
    return next((found for found in element if found.tag == tag), None)


def joined_text(element) -> str:
    """The text of every `w:t` under `element` (a run, paragraph, cell, row or body), joined: what was typed in it,
    split across runs as Word splits it, to find a tag or a mark in or to tell it blank. Not what Word shows:
    tabs, line breaks and symbols are left out (docx_grid.paragraph_text reads those, and tracked changes)."""
    return "".join(text.text or "" for text in element.iter(_T))


_T = qn("w:t")


def switched_on(element) -> bool:
    """Whether a Word on/off property is on: there, with no w:val or one LibreOffice reads as on (true, True, 1, on,
    On). Every reading of one goes through here: a paragraph's w:keepNext, w:pageBreakBefore and w:overflowPunct
    (`docx_paragraph_height`, `docx_rows`), a section's w:titlePg and settings.xml's w:evenAndOddHeaders
    (`docx_grid`), so that import, the page estimate and build's page numbers read a template alike.

    ECMA-376's ST_OnOff has six values (true, on and 1 for on; false, off and 0 for off); `<w:keepNext w:val="0"/>`
    turns off what a style turns on, so the element being there is not enough. Another value (`maybe`, a program's
    slip) is read as off: LibreOffice's Word importer (writerfilter's OOXMLBooleanValue) takes only those five
    words as on and any other as off, and it is the suite the forms are printed to PDF and tested with; no public
    document found (ECMA-376, Microsoft's notes on how Word departs from it) says what Word makes of one."""
    return element is not None and element.get(_VAL, "true") in _ON


def settle_switch(element) -> bool:
    """`element`'s w:val written as the ST_OnOff value it is read as (`switched_on`: 0, or 1 for LibreOffice's True
    and On) where it is none of the six, and whether it was; no element, or a value of ST_OnOff, is left as it is."""
    if element is None or element.get(_VAL, "true") in _ST_ON_OFF:
        return False
    element.set(_VAL, "1" if switched_on(element) else "0")
    return True


_ON = frozenset({"true", "True", "1", "on", "On"})  # LibreOffice's GetBooleanValue; no w:val is on (ST_OnOff's default)
_ST_ON_OFF = frozenset({"true", "false", "on", "off", "1", "0"})
_VAL = qn("w:val")
_clark = functools.lru_cache(maxsize=None)(qn)  # "w:pPr" → its full name: the few names the passes use, each once
