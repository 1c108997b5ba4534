"""Stop a build where a `{{p x }}`, `{{tc x }}` or `{{tr x }}` variable's value lands in no paragraph, cell or row.

docxtpl replaces the whole paragraph, cell or row of such a tag by the bare tag (its patch_xml): the value is written
where the paragraph stood. That is meant for a value that is Word XML itself (paragraphs a macro writes); a spec's
text is escaped, so it is none: "{{p unit }}" in a cell built with no error, and the unit's name stood in the cell
beside its properties, in no paragraph, where Word reads no text (and a cell needs a paragraph to open at all).

Which value a paragraph's tag gives is known only as it renders, so the rendered part is read, and only where the
template holds such a tag: the others are not walked.
"""
from __future__ import annotations

from docx.oxml.ns import qn

from .docx_tags import UNITS, level_tag, respelt
from .problems import clipped
from .template_errors import TagMisplaced


def variables(places) -> list:
    """(place, tag) of each paragraph (`docx_tags.places`) holding a variable written at a level, a `{{p x }}`,
    `{{tc x }}` or `{{tr x }}`: the tags whose value docxtpl writes where their paragraph, cell or row stood."""
    found = ((place, level_tag(place.text, "p", "tc", "tr")) for place in places)
    return [(place, tag) for place, tag in found if tag and tag[2]]  # group 2: a variable's level


def check(part, tags: list) -> None:
    """TagMisplaced where text of the rendered `part` (a w:body, w:hdr or w:ftr) stands in no paragraph: in the part,
    a cell, a row or a table itself. It is named by the tags of `tags` (`variables` of the part's template) that
    could have written it: those of the level whose paragraph, cell or row stood there, in a table or not."""
    for element in part.iter(_BODY, _HDR, _FTR, _TC, _TR, _TBL):
        value = _loose_text(element)
        if not value:
            continue
        level = _LEVELS.get(element.tag, "p")
        in_table = element.tag == _TC
        named = [(place, tag) for place, tag in tags
                 if tag[2] == level and (level != "p" or bool(place.table_number) == in_table)] or tags
        written = "或".join(f"{place}的“{tag[0]}”" for place, tag in named)
        advice = "、".join(dict.fromkeys(f"“{respelt(tag[0], '')}”" for _, tag in named))
        unit = UNITS[level]
        raise TagMisplaced(f"{written}生成时整个{unit}换成了它的值，“{clipped(value, 40)}”不在任何{unit}里，"
                           f"Word 印不出来{_NO_PARAGRAPH if in_table else ''}；以“{{{{{level} ”开头的标签只用于本身是"
                           f"{unit}的值，要印出文字请写成{advice}")


def _loose_text(element) -> str:
    """The text standing in `element` itself, outside its children, stripped."""
    return "".join([element.text or "", *(child.tail or "" for child in element)]).strip()


_BODY, _HDR, _FTR, _TC, _TR, _TBL = (qn("w:" + name) for name in ("body", "hdr", "ftr", "tc", "tr", "tbl"))
_NO_PARAGRAPH = "（格子里没有别的段落时 Word 打不开文件）"
_LEVELS = {_TR: "tc", _TBL: "tr"}  # text in a row stood in a cell's place, in a table in a row's; else a paragraph's
