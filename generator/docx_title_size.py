"""A Word form's title set a size smaller when it would wrap, so that it prints on one line.

A title is the spec's own text (a unit's name, a year, a form's name) in a template's large centred
paragraph: a long one in 18 pt wrapped and left its last character, “表”, alone on a second line. A
centred paragraph outside the tables in 15 pt or more is taken for a title and stepped down through
the sizes of Chinese documents (小二 18, 三号 16, 小三 15 pt) to the first its text is estimated to fit
in on one line; when none fits, to the first whose last line is estimated to hold more than a
character, or else it keeps its size.
"""
from __future__ import annotations

import math
import re

from docx.oxml.ns import qn
from lxml import etree

from .docx_page import text_area

_SIZES = (36, 32, 30)  # half-points: 小二, 三号, 小三 — the sizes a title steps down through
_LEAST = _SIZES[-1]
_FILL = 0.95
"""The share of the text width a title is let fill by its estimate: Word and LibreOffice put a space
between Chinese and Latin text, and a font standing in for the title's (or a bold synthesised from a
regular) is wider: a title of a unit's name, a year and a form's name, estimated at 97 % of the width in
18 pt, wrapped in LibreOffice."""
_WIDE = re.compile("[\u2e80-\U0010ffff]")  # CJK and full-width forms, from the CJK radicals on


def paragraph_styles(styles) -> dict[str | None, tuple[int | None, str | None]]:
    """Each paragraph style's font size (half-points) and alignment (w:jc), as it inherits them (w:basedOn)
    and from the document's defaults; the default paragraph style (w:default) under None as well."""
    own, based_on, default = {}, {}, None
    for style in styles.iter(qn("w:style")):
        if style.get(qn("w:type")) != "paragraph":
            continue
        name = style.get(qn("w:styleId"))
        size, jc = style.find(f"{qn('w:rPr')}/{qn('w:sz')}"), style.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        own[name] = (_half_points(size), jc.get(qn("w:val")) if jc is not None else None)
        parent = style.find(qn("w:basedOn"))
        based_on[name] = parent.get(qn("w:val")) if parent is not None else None
        if style.get(qn("w:default")) in ("1", "true", "on"):
            default = name
    document_size = _half_points(styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}"))

    def resolved(name, seen=()):
        size, jc = own[name]
        parent = based_on[name]
        if parent in own and parent not in seen:
            parent_size, parent_jc = resolved(parent, (*seen, name))
            size, jc = size if size is not None else parent_size, jc if jc is not None else parent_jc
        return size, jc

    found = {name: resolved(name) for name in own}
    found = {name: (size if size is not None else document_size, jc) for name, (size, jc) in found.items()}
    return {**found, None: found.get(default, (document_size, None))}


def fit_titles(body, styles: dict) -> None:
    """Every title (see the module's docstring) in the largest of its size and the smaller `_SIZES` that its
    text is estimated to fit on one line in, its runs given that size (w:sz, w:szCs)."""
    for p in body.findall(qn("w:p")):
        size, jc = _size_and_alignment(p, styles)
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        if size is None or size < _LEAST or jc != "center" or not text.strip():
            continue
        width = _FILL * text_area(p)[0]
        text = text.strip()
        ems = (len(text) + len(_WIDE.findall(text))) / 2  # a wide character one em, any other half
        sizes = [size, *(smaller for smaller in _SIZES if smaller < size)]
        fitting = next((s for s in sizes if ems * s * 10 <= width), None)  # a half-point is 10 twips
        if fitting is None:
            fitting = next((s for s in sizes if _last_line(ems, width / (s * 10)) > 1), size)
        if fitting != size:
            for run in p.iter(qn("w:r")):
                _set_size(run, fitting)


def _last_line(ems: float, per_line: float) -> float:
    """How many ems a text's last line holds, `per_line` ems a line."""
    per_line = max(1, math.floor(per_line))
    return ems - per_line * (math.ceil(ems / per_line) - 1)


def _size_and_alignment(p, styles):
    """A paragraph's font size (its first run's, else its style's) and alignment (its own, else its style's)."""
    style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    size, jc = styles.get(style.get(qn("w:val")) if style is not None else None, (None, None))
    own_jc = p.find(f"{qn('w:pPr')}/{qn('w:jc')}")
    run_size = _half_points(p.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:sz')}"))
    return run_size or size, own_jc.get(qn("w:val")) if own_jc is not None else jc


def _half_points(sz) -> int | None:
    try:
        return int(sz.get(qn("w:val"))) if sz is not None else None
    except (TypeError, ValueError):
        return None


# Children of w:rPr that come before w:sz (CT_RPr sequence order).
_BEFORE_SIZE = {qn("w:" + name) for name in (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position")}


def _set_size(run, half_points: int) -> None:
    """The run's size (w:sz, and w:szCs for complex scripts) set where the schema puts them."""
    r_pr = run.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = etree.Element(qn("w:rPr"))
        run.insert(0, r_pr)
    for old in r_pr.findall(qn("w:sz")) + r_pr.findall(qn("w:szCs")):
        r_pr.remove(old)
    index = sum(1 for child in r_pr if child.tag in _BEFORE_SIZE)
    for offset, tag in enumerate(("w:sz", "w:szCs")):
        r_pr.insert(index + offset, etree.Element(qn(tag), {qn("w:val"): str(half_points)}))
