"""How templates/hengyang/form.docx was made (run from the repository root to regenerate).

One document, two forms: the 部门整体支出绩效目标申报表 (from `department`), then one
项目绩效目标申报表 per item of `projects`, each starting on a new page.
The .docx is the template jixiao uses; it can equally be edited in Word directly.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.docx_kit import AMOUNT_CM, C, merge_down, new_document, paragraph, paragraphs_of, save, spacer, table, title  # noqa: E402


def amount(expr: str, unit: str = "") -> str:
    """An amount followed by its unit; a blank amount prints nothing (not even the unit)."""
    if not unit:
        return "{{ " + expr + " }}"
    return "{{ " + expr + " }}{% if " + expr + " != '' %}" + unit + "{% endif %}"


LABEL = 2.8  # the side-label column, the same width in every table of both forms
AUDIT = ["", "", "（盖章）", "年      月      日"]

doc = new_document("portrait")

# ── 部门整体支出绩效目标申报表 ────────────────────────────────────────────
title(doc, "部门整体支出绩效目标申报表")
title(doc, "({{ year }} 年度)", style="FormSubtitle")
paragraph(doc, "填报单位(盖章): {{ department.stamp_unit }}")

b = "department.budget."
top = table(doc, [LABEL, 3.55, 3.55, 3.55, 3.55])
top.row(C("部门名称"), C("{{ unit }}", span=4))
top.row(C("年度预算申请（万元）"), C("资金总额：" + amount(b + "total", " 万元"), span=4, align="left"))
top.row("", C("按收入性质分", span=2), C("按支出性质分", span=2))
top.row("", C(["其中：",
               "公共财政拨款：" + amount(b + "public_finance", " 万元"),
               "政府性基金拨款：" + amount(b + "government_fund", " 万元"),
               "纳入专户管理的非税收入拨款：" + amount(b + "non_tax", " 万元"),
               "其他资金：" + amount(b + "other", " 万元")], span=2, align="left"),
        C(["其中：",
           "基本支出：" + amount(b + "basic", " 万元"),
           "项目支出：" + amount(b + "project", " 万元")], span=2, align="left"))
merge_down(top, 1, 0, 3)
top.row(C("部门职能职责概述"), C(paragraphs_of("department.functions"), span=4, align="left"))
spacer(doc)

# The amount columns hold 12345678.50 on one line (tools/docx_kit.AMOUNT_CM; at 2.4 cm it broke);
# 主要内容 and 任务名称 (four characters a line) gave up the width.
tasks = table(doc, [LABEL, 1.9, 17.0 - LABEL - 1.9 - 2 * AMOUNT_CM, AMOUNT_CM, AMOUNT_CM])
# The side label sits at the top of its merged cell, inside the two header rows, so the copies of
# those rows at the top of later pages show it whole rather than cut by the rule under them.
tasks.row(C("{{ merge_start }}年度主要任务", valign="top"), "任务名称", "主要内容", C("预算金额（万元）", span=2), header=True)
tasks.row(C("{{ merge_continue }}"), "", "", "总额", "财政拨款", header=True)
merge_down(tasks, 0, 1, 2)
merge_down(tasks, 0, 2, 2)
tasks.tag_row("{%tr for task in department.tasks %}")
# A task's cells stand at the top (as 湛江's, and as the reference prints 维护侨益 running onto the next page, its
# amounts beside its first line): LibreOffice centres each page's part of a centred cell, under a gap.
tasks.row(C("{{ merge_continue }}"), C("{{ task.name }}", valign="top"),
          C(paragraphs_of("task.content"), align="left", valign="top"),
          C("{{ task.total }}", align="right", valign="top"), C("{{ task.fiscal }}", align="right", valign="top"))
tasks.tag_row("{%tr endfor %}")
# merge_keep: the total stays on the page of the last task, never alone under the repeated header.
tasks.row(C("{{ merge_keep }}"), C("金额合计", span=2),
          C("{{ department.tasks|amount_sum('total') }}", align="right"),
          C("{{ department.tasks|amount_sum('fiscal') }}", align="right"))
tasks.row(C("年度总体目标"), C(paragraphs_of("department.annual_target"), span=4, align="left"))
spacer(doc)

# 三级指标 holds 举办“侨心永向党歌咏”比赛。 on one line, so that the department's form, its task rows taller since the
# amount columns widened, still ends on its second page with the sign-off lines (一级 and 二级 gave up the width).
ind = table(doc, [LABEL, 1.9, 2.2, 5.6, 4.5])
ind.row(C("{{ merge_start }}部门整体支出年度绩效指标"), "一级指标", "二级指标", "三级指标", "指标值（包含数字及文字描述）",
        header=True)
ind.tag_row("{%tr for r in department.indicators.rows %}")
ind.row(C("{{ merge_continue }}"), C("{{ r.level1|vm }}"), C("{{ r.level2|vm }}"), C("{{ r.name }}", align="left"),
        C("{{ r.value }}"))
ind.tag_row("{%tr endfor %}")
# The audit row and the sign-off lines under it stay on one page: when the table ended at the foot of a
# page, 填表人, 联系电话 and 填表日期 printed alone at the top of the next, or were parted by the break.
# Its label is parted as the project form's is: in one paragraph it printed 预算部门、财/政部门审核意/见.
ind.row(C(["预算部门、财政部门", "审核意见"]), C(AUDIT, span=4, align="right"), keep_with_next=True)

paragraph(doc, "填表人：{{ department.filled_by }}", keep_with_next=True)
paragraph(doc, "联系电话：{{ department.phone }}", keep_with_next=True)
paragraph(doc, "填表日期：{{ department.filled_date }}")

# ── 项目绩效目标申报表, one per project, each on a new page ──────────────────
paragraph(doc, "{%p for project in projects %}")
head = title(doc, "项目绩效目标申报表")
head.paragraph_format.page_break_before = True
title(doc, "({{ year }} 年度)", style="FormSubtitle")
paragraph(doc, "填报单位(盖章) {{ project.stamp_unit }}")
paragraph(doc, "金额单位: 万元", align="right")

p = "project.budget."
info = table(doc, [LABEL, 3.55, 3.55, 3.55, 3.55])
info.row(C("项目名称"), C("{{ project.name }}", span=4))
info.row(C("预算单位"), C("{{ project.budget_unit }}", span=4))
info.row(C("项目资金（万元）"), C("资金总额: " + amount(p + "total"), span=4, align="left"))
info.row("", C("其中: 财政拨款: " + amount(p + "fiscal"), span=4, align="left"))
info.row("", C("其他资金: " + amount(p + "other"), span=4, align="left"))
merge_down(info, 2, 0, 3)
info.row(C("总体目标"), C("年度目标", span=4))
info.row("", C(paragraphs_of("project.annual_target"), span=4, align="left"))
merge_down(info, 5, 0, 2)
spacer(doc)

# 二级 holds seven characters a line: 社会效益指标 on one line, 社会公众或服务对象满意度指标 parted evenly (at 2.6 cm,
# 社会效益指/标; tests/test_label_fit.py). 三级指标 gave up the width, and the values' column takes twelve characters a
# line (at 4.6 cm, 高质量完成年度计划任务。 printed 务。 alone).
pind = table(doc, [LABEL, 2.0, 3.0, 4.3, 4.9])
pind.row(C("{{ merge_start }}绩效指标"), "一级指标", "二级指标", "三级指标", "指标值(包含数字及文字描述)", header=True)
pind.tag_row("{%tr for r in project.indicators.rows %}")
pind.row(C("{{ merge_continue }}"), C("{{ r.level1|vm }}"), C("{{ r.level2|vm }}"), C("{{ r.name }}", align="left"),
         C("{{ r.value }}"))
pind.tag_row("{%tr endfor %}")
pind.row(C(["预算部门、财政部门", "审核意见"]), C(["", "", "(盖章)", "年      月      日"], span=4, align="right"),
         keep_with_next=True)

paragraph(doc, "填报人: {{ project.filled_by }}", keep_with_next=True)
paragraph(doc, "联系电话: {{ project.phone }}", keep_with_next=True)
paragraph(doc, "填报日期: {{ project.filled_date }}")
paragraph(doc, "{%p endfor %}")

save(doc, Path(__file__).with_name("form.docx"))
