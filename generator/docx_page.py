"""The text area of a Word page: the page of a block's section (w:pgSz) less its margins and gutter (w:pgMar).

One reading for every step that fits text to the page (a title's size, the rows kept whole) and for
turning it, with Word's defaults, an A4 page and one-inch margins, where a section sets none.

Besides the text area it gives a section's room from the left margin to the paper's right edge (`paper_rooms`),
which `docx_page_turn` holds a table to.
"""
from __future__ import annotations

from docx.oxml.ns import qn

A4_WIDTH, A4_HEIGHT = 11906, 16838  # twips (twentieths of a point): Word's page where a section sets none
INCH = 1440  # twips: Word's margin where a section sets none


def text_area(element) -> tuple[int, int]:
    """The width and height of the text on a page of the section `element` is in, in twips: the section's
    page less the margins left and right (and the gutter, added to the left one), above and below."""
    return _area(_section(element))


def text_areas(body) -> dict:
    """`text_area` of each block of the body (a paragraph, a table), read in one pass up from the body's end:
    `text_area` finds a block's section by walking down the blocks after it, which, asked for each paragraph of
    a long body, walked the body once a paragraph."""
    return _by_block(body, _area)


def paper_rooms(body) -> dict:
    """Of each block of the body, the width from its page's left margin to the paper's right edge, in twips.
    A table may run into the right margin (Word lets it, and prints it); only past this room it is off the paper."""
    return _by_block(body, _room)


def _by_block(body, measure) -> dict:
    """`measure` of each block's section, read in one pass up from the body's end."""
    measured, section, known = {}, None, {}
    for block in reversed(body):
        own = block if block.tag == _SECT_PR else block.find(_OWN_SECTION)
        if own is not None:
            section = own
        if section not in known:
            known[section] = measure(section)
        measured[block] = known[section]
    return measured


_SECT_PR, _OWN_SECTION = qn("w:sectPr"), f"{qn('w:pPr')}/{qn('w:sectPr')}"


def _area(section) -> tuple[int, int]:
    """The width and height of the text on a page of this section (None: Word's defaults), in twips."""
    size = _page_size(section)
    return (whole_number(size, qn("w:w"), A4_WIDTH) - _margin(section, "left") - _margin(section, "right")
            - _margin(section, "gutter", 0),
            whole_number(size, qn("w:h"), A4_HEIGHT) - _margin(section, "top") - _margin(section, "bottom"))


def _room(section) -> int:
    """The width from this section's left margin to the paper's right edge, in twips (the gutter, a binding's
    strip Word adds to the left margin, taken off)."""
    return whole_number(_page_size(section), qn("w:w"), A4_WIDTH) - _margin(section, "left") - _margin(section, "gutter", 0)


def _page_size(section):
    return section.find(qn("w:pgSz")) if section is not None else None


def _margin(section, side: str, default: int = INCH) -> int:
    """A margin of this section's page (`default`, Word's inch, where none is set), in twips."""
    margins = section.find(qn("w:pgMar")) if section is not None else None
    return abs(whole_number(margins, qn("w:" + side), default))


def _section(element):
    """The section properties that end `element`'s section: the first that follow its block in the body
    (a paragraph's own w:pPr/w:sectPr, a paragraph's that follows, or the body's last w:sectPr)."""
    block = element
    while block.getparent() is not None and block.getparent().tag != qn("w:body"):
        block = block.getparent()
    sections = (child if child.tag == qn("w:sectPr") else child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
                for child in [block, *block.itersiblings()])
    return next((s for s in sections if s is not None), None)


def whole_number(element, attribute: str, default: int | None) -> int | None:
    """An element's whole-number attribute; the default when either is absent or it is not a number."""
    try:
        return int(element.get(attribute)) if element is not None and element.get(attribute) is not None else default
    except ValueError:
        return default
