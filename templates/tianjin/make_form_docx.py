"""How templates/tianjin/form.docx was made (run from the repository root to regenerate).

One document, one 项目绩效目标表 per item of `projects`, numbered "1.", "2.", … in its title
and each on its own page. A form is two tables: 项目名称 / 预算规模及资金用途 / 绩效目标 (one row
per target, under one side label), then the indicators, whose header row repeats on every page
(Word repeats only a table's first rows, so the indicators are a table of their own).
The .docx is the template jixiao uses; it can equally be edited in Word directly.
"""
import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.docx_kit import AMOUNT_CM, C, merge_down, new_document, paragraph, paragraphs_of, save, spacer, table, title  # noqa: E402

LABEL = 2.3  # the side-label / 一级指标 column, the same width in both tables


def num(expr: str) -> C:
    return C("{{ " + expr + " }}", align="right")


doc = new_document("portrait")

paragraph(doc, "{%p for project in projects %}")
head = title(doc, "{{ loop.index }}.{{ project.name }}绩效目标表")
# Each form starts a new page by its title's "page break before" (the first is at the top of page 1 anyway):
# a paragraph holding a page break after the last table spilled onto a page of its own, and printed it
# blank, whenever that table ended at the foot of a page.
head.paragraph_format.page_break_before = True
outline = OxmlElement("w:outlineLvl")  # a heading a table of contents can list, as in the original
outline.set(qn("w:val"), "0")
head._p.get_or_add_pPr().append(outline)
paragraph(doc, "{{ unit_code }}{{ unit }}")
paragraph(doc, "单位：万元", align="right")

b = "project.budget."
# The amount columns hold 12345678.50 on one line (tools/docx_kit.AMOUNT_CM; at 2.6 cm 12345678.5 broke after its
# point); the labels beside them, 预算数, 其中：财政资金 and 其他资金, gave up the width and still hold their text.
top = table(doc, [LABEL, 1.6, AMOUNT_CM, 2.4, AMOUNT_CM, 2.0, AMOUNT_CM])
top.row(C("项目名称"), C("{{ project.name }}", span=6))
top.row(C("预算规模及资金用途"), "预算数", num(b + "total"), "其中：财政    资金", num(b + "fiscal"),
        "其他资金", num(b + "other"))
top.row("", C(paragraphs_of("project.purpose"), span=6, align="left"))
merge_down(top, 1, 0, 2)
top.tag_row("{%tr for target in project.targets %}")
top.row(C("{% if loop.first %}{{ merge_start }}绩效目标{% else %}{{ merge_continue }}{% endif %}"),
        C("{{ loop.index }}.{{ target }}", span=6, align="left"))
top.tag_row("{%tr endfor %}")
spacer(doc)

ind = table(doc, [LABEL, 3.8, 4.1, 4.1, 2.7])  # 指标值 fits ≤254.3万元 on one line
ind.row("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", header=True)
ind.tag_row("{%tr for r in project.indicators.rows %}")
ind.row(C("{{ r.level1|vm }}"), C("{{ r.level2 }}"), C("{{ r.name }}", align="left"),
        C("{{ r.description }}", align="left"), C("{{ r.value }}"))
ind.tag_row("{%tr endfor %}")

paragraph(doc, "{%p endfor %}")

save(doc, Path(__file__).with_name("form.docx"))
