"""How tall a paragraph of a Word body prints, and whether a page starts before or after it.

`docx_rows` follows a body down its pages to estimate where each table's pages break; what stands above a
table on its page (a title, a subtitle, a line of units) moves where that is, and a cell's paragraphs are
as tall as its row prints. Exact where the template sets an exact line height (as ours do); otherwise an
estimate, a line a size and a third tall (Word's 仿宋_GB2312 and LibreOffice's Noto CJK differ).

It reads each paragraph style's size, alignment and line height, which `docx_title_size` asks too when it sets a
title's size.
"""
from __future__ import annotations

from docx.oxml.ns import qn

from .docx_page import whole_number
from .docx_properties import first_child, joined_text, switched_on
from .line_fill import filled_lines

_LINE = 13  # twips a half-point of font size takes as one printed line: 1.3 times the size
_DEFAULT_SIZE = 21  # half-points: 五号, where neither the document nor a style sets a size


def paragraph_layouts(styles) -> dict:
    """Each paragraph style's font size (half-points), alignment (w:jc), spacing before and after (twips), line
    spacing (a multiple of single, or an exact height in twips), whether punctuation may hang past a line's
    end, and whether it is kept with the next and opens a page, as it inherits them (w:basedOn) and from the
    document's defaults; the default paragraph style under None as well. The one reading of the styles:
    `docx_title_size` takes a title's size and alignment from it, `docx_tag_breaks` and `docx_kept_lines` the
    page a paragraph opens and keeps with the next as Word reads them (`own_layout`: its own setting over its
    style's)."""
    defaults = _layout(styles.find(f"{qn('w:docDefaults')}/{qn('w:pPrDefault')}/{qn('w:pPr')}"),
                       styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}"))
    own, based_on, default = {}, {}, None
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type"), "paragraph") != "paragraph":  # Word reads a style of no type as a paragraph's
            continue
        name = style.get(qn("w:styleId"))
        own[name] = _layout(style.find(qn("w:pPr")), style.find(qn("w:rPr")))
        parent = style.find(qn("w:basedOn"))
        based_on[name] = parent.get(qn("w:val")) if parent is not None else None
        if style.get(qn("w:default")) in ("1", "true", "on"):
            default = name

    def resolved(name, seen=()):
        parent = based_on.get(name)
        inherited = resolved(parent, (*seen, name)) if parent in own and parent not in seen else defaults
        return {**inherited, **own[name]}

    found = {name: resolved(name) for name in own}
    return {**found, None: found.get(default, defaults)}


def _layout(p_pr, r_pr) -> dict:
    """What a style's or a paragraph's own properties set of the eight, leaving out what they do not."""
    found = {}
    size = whole_number(r_pr.find(_SIZE) if r_pr is not None else None, _VAL, None)
    if size is not None and size > 0:  # a size of 0 (a template's slip) is none: a line would hold endless ems
        found["size"] = size
    for child in p_pr if p_pr is not None else ():  # one pass over its children: a find each took longer
        if child.tag == _JC:
            found["jc"] = child.get(_VAL)
        elif child.tag == _SPACING:
            for side, attribute in _BEFORE_AFTER:
                value = whole_number(child, attribute, None)
                if value is not None:
                    found[side] = value
            line = whole_number(child, _LINE_SPACING, None)
            if line is not None and line > 0:  # lines of no height would fit a page endlessly
                auto = child.get(_LINE_RULE, "auto") == "auto"
                found["line"] = line / 240 if auto else -line  # an exact or least height as its twips, negated
        elif child.tag in _SWITCHES:  # on unless its w:val says off: `<w:keepNext w:val="0"/>` undoes a style's
            found[_SWITCHES[child.tag]] = switched_on(child)
    return found


_SIZE, _JC, _SPACING = qn("w:sz"), qn("w:jc"), qn("w:spacing")
_SWITCHES = {qn("w:overflowPunct"): "hanging", qn("w:keepNext"): "keep_next", qn("w:pageBreakBefore"): "opens_page"}
_BEFORE_AFTER = [(side, qn("w:" + side)) for side in ("before", "after")]
_LINE_SPACING, _LINE_RULE = qn("w:line"), qn("w:lineRule")


def paragraph_height(p, layouts: dict, width: int, gap: float = 0.0) -> int:
    """How tall a paragraph outside the tables prints, in twips (`text_height` at the page's text width, `width`).
    A paragraph whose mark is hidden (w:vanish) and which holds no text prints nothing. `gap`: as text_height's."""
    p_pr = p.find(qn("w:pPr"))
    text = joined_text(p)
    if not text and p_pr is not None and p_pr.find(f"{qn('w:rPr')}/{qn('w:vanish')}") is not None:
        return 0
    return text_height(p, layouts, width, gap)


def text_height(p, layouts: dict, width: int, gap: float = 0.0) -> int:
    """How tall a paragraph prints in a width of so many twips: its lines (`line_fill.filled_lines`, each break
    w:br starting a line, a closing mark hung past a line's end unless w:overflowPunct is off, Word's default)
    each `line_height` tall, and its spacing before and after. `gap`: the ems `filled_lines` adds beside a Latin
    letter or digit next to Chinese (line_fill.LIBREOFFICE_GAP for a file LibreOffice alone prints, else none)."""
    layout = own_layout(p, layouts)
    size, pieces = _size_and_lines(p, layout)
    per_line = max(1.0, width / (size * 10))  # ems a line holds: an em is the size in twips
    hanging = layout.get("hanging", True)
    lines = sum(filled_lines(piece, per_line, hanging, gap=gap) for piece in pieces)
    return round(lines * _line_height(layout, size)) + layout.get("before", 0) + layout.get("after", 0)


def line_height(p, layouts: dict) -> float:
    """How tall each line of a paragraph prints, in twips: its exact height where its style or it sets one
    (w:lineRule="exact", as the templates do: what Word and LibreOffice print alike), or else its largest
    run's size a third again, times its line spacing (Word's 仿宋_GB2312 and LibreOffice's Noto CJK differ)."""
    layout = own_layout(p, layouts)
    return _line_height(layout, _size_and_lines(p, layout)[0])


def _line_height(layout: dict, size: int) -> float:
    line = layout.get("line", 1.0)
    return -line if line < 0 else size * _LINE * line


def own_layout(p, layouts: dict) -> dict:
    """The paragraph's layout: its style's, under what it sets itself."""
    p_pr = p[0] if len(p) and p[0].tag == _P_PR else None  # CT_P: w:pPr first
    style = first_child(p_pr, _STYLE) if p_pr is not None else None  # first in CT_PPr, but Word reads it anywhere
    layout, own = layouts.get(style.get(_VAL) if style is not None else None, layouts.get(None, {})), _layout(p_pr, None)
    return {**layout, **own} if own else layout


def keeps_with_next(p, layouts: dict) -> bool:
    """Whether Word keeps the paragraph on the page of the next: its own keep-with-next (w:keepNext) where it sets
    one, on or off (w:val 0, false, off), else its paragraph style's as that inherits it (`layouts`)."""
    return own_layout(p, layouts).get("keep_next", False)


def _size_and_lines(p, layout: dict) -> tuple[int, list[str]]:
    """The paragraph's font size (half-points: the largest a run of it sets, else its style's, `layout`'s, else
    五号; a size of 0, a template's slip, is none), and its text as its line breaks (w:br, w:cr; not a page's) part
    it: one walk down the paragraph for both, where a walk for each took a fifth of the time a cell's measuring
    took."""
    largest, lines = None, [""]
    for child in p.iter(_R, _T, _BR, _CR):
        if child.tag == _T:
            lines[-1] += child.text or ""
        elif child.tag == _R:
            r_pr = child[0] if len(child) else None  # CT_R: w:rPr first
            size = whole_number(first_child(r_pr, _SIZE), _VAL, None) if r_pr is not None and r_pr.tag == _R_PR else None
            if size is not None and size > 0 and (largest is None or size > largest):  # 0: a template's slip
                largest = size
        elif child.get(_TYPE, "textWrapping") == "textWrapping":
            lines.append("")
    return largest or layout.get("size", _DEFAULT_SIZE), lines


_P_PR, _STYLE, _VAL, _R, _R_PR = qn("w:pPr"), qn("w:pStyle"), qn("w:val"), qn("w:r"), qn("w:rPr")
_T, _BR, _CR, _TYPE = qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:type")


def starts_page(p, layouts: dict | None = None) -> bool:
    """Whether the paragraph opens a new page: a page break before (w:pageBreakBefore) of its own or, given the
    template's `layouts` (`paragraph_layouts`), its paragraph style's, as Word reads it (`own_layout`); or a page
    break in it (w:br w:type="page"). A style's is read where the renderer follows a template down its pages:
    a title whose style opens a page moves its table to the top of one."""
    return own_layout(p, layouts or {}).get("opens_page", False) or any(
        br.get(qn("w:type")) == "page" for br in p.iter(qn("w:br")))


def ends_section(p) -> bool:
    """Whether the paragraph ends a section after which the next starts on a new page (any but a
    continuous section break)."""
    section = p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
    if section is None:
        return False
    following = next((s for s in [*(sib.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") for sib in p.itersiblings()
                                    if sib.tag == qn("w:p")), *p.itersiblings(qn("w:sectPr"))] if s is not None), None)
    kind = following.find(qn("w:type")) if following is not None else None
    return kind is None or kind.get(qn("w:val")) != "continuous"
