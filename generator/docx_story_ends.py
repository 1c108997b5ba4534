"""End each table cell, header and footer of a rendered part with a paragraph, as Word requires.

A cell's content, a header's and a footer's is one or more blocks ending with a paragraph (ECMA-376 §17.4.66 asks
for a block; Word also refuses a cell whose last block is a table): Word says the file has unreadable content, though
LibreOffice opens it. Rendering leaves such a cell from data that is valid: a `{%p for x in items %}` loop that is a
cell's only content, given an empty list, leaves the cell with its properties alone; a `{%p if %}` can drop the
paragraph after a nested table. The template's paragraph went with the loop, so the one added is bare. The body is
left alone: its blocks may all go (Word opens a body holding only its w:sectPr).
"""
from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree


def end_with_paragraphs(part) -> bool:
    """Append an empty w:p to each w:tc of `part` (a rendered w:body, w:hdr or w:ftr), and to `part` itself if a
    header or footer, that holds no block or whose last block is a table; whether there was one."""
    stories = part.iter(_TC, _HDR, _FTR)  # `part` itself too, a header or footer; a body is not asked
    unended = [story for story in stories if not len(story) or story[-1].tag != _P and _last_block(story) in _UNENDED]
    for story in unended:
        story.append(etree.Element(_P))
    return bool(unended)


def _last_block(story):
    """The tag of `story`'s last block (a paragraph, table, content control or custom XML element; not the bookmark
    ends or properties standing after or before it), or None."""
    return next((child.tag for child in reversed(story) if child.tag in _BLOCKS), None)


_P, _TBL, _TC, _HDR, _FTR = (qn("w:" + name) for name in ("p", "tbl", "tc", "hdr", "ftr"))
_BLOCKS = {_P, _TBL, qn("w:sdt"), qn("w:customXml")}
_UNENDED = {None, _TBL}
