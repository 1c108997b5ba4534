"""Give back the page break a LibreOffice re-save moves into a paragraph that only holds a `{%p %}` tag.

LibreOffice saves a paragraph's "page break before" (段前分页) as a page break at the end of the paragraph
before it. Where that one is a `{%p for project in projects %}` line, as before each project's title of a form
with one table per project, docxtpl drops the paragraph whole as it renders, and the break with it: after
the template was opened and saved again, every project ran on straight after the last, with no error.
The break is given back to the paragraph it was written for, as that paragraph's own page break before: the
next one docxtpl keeps, past bookmarks and other `{%p %}` paragraphs, the first of a table's first cell when
a table follows (LibreOffice writes a table's break before so too, and Word honours it there).
A page break before set on the `{%p %}` paragraph itself (段前分页 chosen on the loop's line in Word) was dropped
with it the same way, and goes to the same paragraph; so does one it has from its paragraph style (w:pStyle, and
the styles that one is based on), which Word honours as its own unless the paragraph turns it off.
A `{{p x }}` paragraph is dropped alike: docxtpl leaves its value, text, where the paragraph stood, in no paragraph,
so its breaks go on to the next paragraph too, and it takes none.
"""
from __future__ import annotations

from docx.oxml.ns import qn

from .docx_paragraph_height import own_layout
from .docx_properties import joined_text
from .docx_tags import level_tag
from .template_errors import TagMisplaced


def restore(every: list, layouts: dict) -> None:
    """Move each page break out of a paragraph docxtpl drops, a `{%p %}`, `{{p x }}` or `{#p #}` one (docx_tags'
    level_tag; `every` is docx_tags.places of the template's w:body),
    and the page break before such a paragraph has itself or from its style (`layouts`: the template's
    `docx_paragraph_height.paragraph_layouts`), onto the next paragraph as its page break before;
    TagMisplaced where no paragraph follows a page break in the same place. A page break before with none to take
    it is left to go with its paragraph, as templates that built before had it, where nothing would print it."""
    for index, place in enumerate(every):
        tag = level_tag(place.text, "p")
        if not tag:
            continue
        paragraph = place.paragraph
        breaks = _page_breaks(paragraph)
        if not breaks and not own_layout(paragraph, layouts).get("opens_page"):
            continue
        following = _receiver(place, every[index + 1:])
        if following is None and not breaks:
            continue  # 段前分页 on the last paragraph of a cell, which Word does not honour there: built as before
        if following is None:
            raise TagMisplaced(f"{place}里有分页符，它所在的段落有“{tag.group(0)}”，生成时整段删去，分页符也随之没有了，"
                               "后面又没有段落可以接过它；请删去这个分页符，在要另起一页的那一段设置段前分页（段落 → 换行和分页）")
        for br in breaks:
            br.getparent().remove(br)
        following.get_or_add_pPr().pageBreakBefore_val = True


def _page_breaks(element) -> list:
    return [br for br in element.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]


def _receiver(place, later_places):
    """The paragraph after `place` that docxtpl keeps, in `place`'s cell if it stands in one; None if there is
    none. Paragraphs of a row or cell holding a `{%tr %}`/`{%tc %}` tag (or `{{tr x }}`/`{{tc x }}`) are dropped or
    repeated, so not one."""
    for later in later_places:
        if place.cell is not None and later.cell is not place.cell:
            return None
        if later.row is not None and level_tag(joined_text(later.row), "tr", "tc"):
            return None
        if not level_tag(later.text, "p"):
            return later.paragraph
    return None
