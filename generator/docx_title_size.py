"""A Word form's title set a size smaller when it would wrap, so that it prints on one line.

A centred paragraph outside the tables in 15 pt or more is taken for a title and set in the size `title_size`
finds for it, a smaller run in it (a unit in 10.5 pt) keeping its size.
"""
from __future__ import annotations

from docx.oxml.ns import qn
from lxml import etree

from .docx_page import text_area, whole_number
from .docx_properties import joined_text, properties
from .docx_paragraph_height import own_layout
from .line_fill import text_ems
from .title_size import LEAST, fitting_size


def fit_titles(body, layouts: dict) -> None:
    """Every title (see the module's docstring) in the size `title_size.fitting_size` finds for its lines (a title
    broken on purpose, w:br, has two): its runs in the title's size given that size (w:sz, w:szCs), a smaller run
    in it (（单位：万元）) kept as it is. Sizes and alignments are the styles' as
    `docx_paragraph_height.paragraph_layouts` resolves them."""
    for p in body.findall(qn("w:p")):
        layout = own_layout(p, layouts)
        style_size, jc = layout.get("size"), layout.get("jc")
        first = next((run for run in p.iter(qn("w:r")) if joined_text(run).strip()), None)
        size = _run_size(first, style_size) if first is not None else style_size
        text = joined_text(p)
        if size is None or size < LEAST or jc != "center" or not text.strip():
            continue
        runs = [run for run in p.iter(qn("w:r")) if _run_size(run, style_size) == size]
        fitting = fitting_size(_lines(p, set(runs), style_size), text_area(p)[0], size)
        if fitting != size:
            for run in runs:
                _set_size(run, fitting)


def _lines(p, titled: set, style_size) -> list[tuple[str, float]]:
    """Each line of the paragraph, as a break (w:br, w:cr; not a page's) ends it, spaces at its ends left out:
    its text in the title's runs (`titled`), and the width in twips of its text in other runs, at their own size
    (measured as `title_size` measures the title's)."""
    lines, pieces = [], []  # pieces: (text, None for the title's size or a run's own size)
    for run in p.iter(qn("w:r")):
        for child in run:
            if child.tag == qn("w:t"):
                pieces.append((child.text or "", None if run in titled else _run_size(run, style_size) or 0))
            elif child.tag == qn("w:cr") or (child.tag == qn("w:br")
                                             and child.get(qn("w:type"), "textWrapping") == "textWrapping"):
                lines.append(pieces)
                pieces = []
    lines.append(pieces)
    measured = []
    for pieces in lines:
        text = "".join(piece for piece, _ in pieces)
        lead, trail = len(text) - len(text.lstrip()), len(text.rstrip())
        titled_text, rest = "", 0.0
        at = 0
        for piece, size in pieces:
            shown = piece[max(0, lead - at):max(0, trail - at)]
            at += len(piece)
            if size is None:
                titled_text += shown
            else:
                rest += text_ems(shown, widest=True) * size * 10
        if text.strip():
            measured.append((titled_text, rest))
    return measured


def _run_size(run, style_size) -> int | None:
    """A run's font size: its own, else its paragraph style's."""
    return whole_number(run.find(f"{qn('w:rPr')}/{qn('w:sz')}"), qn("w:val"), None) or style_size


# Children of w:rPr that come before w:sz (CT_RPr sequence order).
_BEFORE_SIZE = {qn("w:" + name) for name in (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position")}


def _set_size(run, half_points: int) -> None:
    """The run's size (w:sz, and w:szCs for complex scripts) set where the schema puts them."""
    r_pr = properties(run, "w:rPr")
    for old in r_pr.findall(qn("w:sz")) + r_pr.findall(qn("w:szCs")):
        r_pr.remove(old)
    index = sum(1 for child in r_pr if child.tag in _BEFORE_SIZE)
    for offset, tag in enumerate(("w:sz", "w:szCs")):
        r_pr.insert(index + offset, etree.Element(qn(tag), {qn("w:val"): str(half_points)}))
