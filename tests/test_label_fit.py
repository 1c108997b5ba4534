"""Word layout: every 一级 and 二级 name of a form's own frames prints in its column without a character alone on a
line.

A print audit found the narrow label columns wrapping their names one character short: 经济效益指/标, 满意度指/标
(广州, 湛江, 衡阳). Each form is rendered from the spec `jixiao new` writes for it, which holds one row per 二级
of every frame, and each label's column is read from the built document.xml, so a form added later is held to
the same rule without a test of its own.
"""
from __future__ import annotations

import io
import zipfile

import pytest
from docx.oxml.ns import qn
from lxml import etree

from generator.build import Rendered, Renderer
from generator.docx_paragraph_height import own_layout, paragraph_layouts
from generator.line_fill import filled_lines
from generator.scaffold import new_spec_data
from generator.variants import Catalog

_WORD_CELL_SIDE = 108  # twips: Word's left and right cell margin where a table sets none
_DEFAULT_SIZE = 21  # half-points: 五号, where neither the paragraph, its style nor the document sets a size

CATALOG = Catalog()


@pytest.fixture(scope="module")
def renderer():
    return Renderer(["docx"], CATALOG.roots)


def frame_labels(variant) -> set[str]:
    """The 一级 and 二级 names of every frame of the form's profile: the labels its indicator tables print."""
    labels = set()
    for frame in variant.frames.values():
        for entry in frame:
            labels.add(entry["level1"])
            labels.update(entry.get("level2") or [])
    return labels


def cell_paragraphs(docx: bytes):
    """(paragraph's text, ems a line of its cell holds, whether it hangs punctuation) for each paragraph of each
    table cell: the cell's width (w:tcW) less its table's left and right cell margins, divided by the paragraph's
    font size (an em: a CJK character's width)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
        layouts = paragraph_layouts(etree.fromstring(package.read("word/styles.xml")))
    for tbl in body.iter(qn("w:tbl")):
        margins = sum(_margin(tbl, side) for side in ("left", "right"))
        for tc in tbl.iter(qn("w:tc")):
            width = int(tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w")))
            for p in tc.findall(qn("w:p")):
                text = "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()
                yield text, (width - margins) / (_size(p, layouts) * 10), own_layout(p, layouts).get("hanging", True)


def label_cells(docx: bytes, labels: set[str]):
    """(label, ems a line of its cell holds, hanging) for each cell paragraph of the document that is one of
    `labels`."""
    return ((text, per_line, hanging) for text, per_line, hanging in cell_paragraphs(docx) if text in labels)


def _margin(tbl, side: str) -> int:
    margin = tbl.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:' + side)}")
    return _WORD_CELL_SIDE if margin is None else int(margin.get(qn("w:w")))


def _size(p, layouts: dict) -> int:
    """The paragraph's font size in half-points: its largest run's, else its style's, else 五号."""
    sizes = [int(sz.get(qn("w:val"))) for sz in p.iter(qn("w:sz")) if sz.getparent().tag == qn("w:rPr")
             and sz.getparent().getparent().tag == qn("w:r")]
    return max(sizes, default=own_layout(p, layouts).get("size", _DEFAULT_SIZE))


def orphaned(label: str, per_line: float, hanging: bool) -> bool:
    """Whether the label's last character stands alone on a line: the label takes a line more than it would
    without that character (one line of a single character counts too, a column narrower than two)."""
    return len(label) > 1 and filled_lines(label, per_line, hanging) > filled_lines(label[:-1], per_line, hanging)


def test_orphaned_sees_a_last_character_alone():
    assert orphaned("经济效益指标", 5.45, True)  # 经济效益指/标, 广州's 二级 column before
    assert not orphaned("经济效益指标", 6.0, True) and not orphaned("经济效益指标", 4.37, True)  # one line; 经济效益/指标
    assert orphaned("绩效指标", 1.5, True)  # a character a line


@pytest.mark.parametrize("name", CATALOG.names())
def test_every_frame_label_prints_without_a_lone_character(renderer, name):
    variant = CATALOG.get(name)
    rendered = renderer.render_data(Rendered(f"{name}.yaml"), new_spec_data(CATALOG.store, variant), variant)
    assert rendered.ok, rendered.problems
    labels = frame_labels(variant)
    cells = list(label_cells(rendered.files["docx"], labels))
    assert {label for label, _, _ in cells} == labels  # each label printed somewhere: the check is not vacuous
    broken = sorted({(label, round(per_line, 2)) for label, per_line, hanging in cells if orphaned(label, per_line, hanging)})
    assert broken == [], f"{name}: (label, CJK characters a line of its column holds)"


@pytest.mark.parametrize("name", CATALOG.names())
def test_every_fixed_label_of_a_word_template_prints_without_a_lone_character(name):
    """The same for the labels a form prints whatever the spec says (栏目名, column headings): a print audit found
    广州's 其他事业发展性支/出 and 衡阳's 预算部门、财政部门审核意/见. Each paragraph of a template's cells that holds
    no tag is one; a label parted on purpose (预算部门、财政部门 / 审核意见) is measured paragraph by paragraph. 广州's
    其他需完成的任务（可选填） is let be: its 填 goes down with the 「）」 that may not start a line, and a column wide
    enough for it would print 年度重点工作任/务 above it."""
    docx = CATALOG.get(name).docx_template.read_bytes()
    fixed = [(text, per_line, hanging) for text, per_line, hanging in cell_paragraphs(docx)
             if text and not any(mark in text for mark in "{}%") and text not in _LET_BE]
    assert fixed  # the template has labels: the check is not vacuous
    broken = sorted({(text, round(per_line, 2)) for text, per_line, hanging in fixed if orphaned(text, per_line, hanging)})
    assert broken == [], f"{name}: (label, CJK characters a line of its column holds)"


_LET_BE = {"其他需完成的任务（可选填）"}
