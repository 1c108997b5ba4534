"""How templates/zhanjiang/form.docx was made (run from the repository root to regenerate).

The .docx is the template jixiao uses; it can equally be edited in Word directly.
Labels keep the ASCII parentheses the published form uses: "预算金额(万元)".
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.docx_kit import AMOUNT_CM, C, merge_down, new_document, paragraphs_of, save, spacer, table, title  # noqa: E402

doc = new_document("portrait")
title(doc, "{{ title }}")

top = table(doc, [2.0, 3.75, 3.75, 3.75, 3.75])
top.row(C("部门名称"), C("{{ unit }}", span=4))
top.row("基本信息", "财政供养人员数", C("{{ basic_info.staff_count }}"),
        "下属二级单位数", C("{{ basic_info.subunit_count }}"))
top.row("预算整体情况", "部门预算支出", "预算金额(万元)", "收入来源", "预算金额(万元)")
top.row("", "基本支出", C("{{ budget.basic }}", align="right"), "财政拨款", C("{{ budget.fiscal }}", align="right"))
top.row("", "项目支出", C("{{ budget.project }}", align="right"), "其他资金", C("{{ budget.other_funds }}", align="right"))
top.row("", "事业发展性支出", "预算金额(万元)", "按预算级次划分", "预算金额(万元)")
top.row("", "财政专项资金", C("{{ budget.special }}", align="right"), "市本级使用资金", C("{{ budget.own_level }}", align="right"))
top.row("", "其他事业发展性支出", C("{{ budget.other_development }}", align="right"),
        "拟用于对下转移支付资金", C("{{ budget.transfer }}", align="right"))
merge_down(top, 2, 0, 6)
top.row(C("总体绩效目标"), C(paragraphs_of("overall_target"), span=4, align="left"))
spacer(doc)

# Key tasks and indicators are one table, as on the published form: its first row, the key-task
# header, is repeated at the top of every following page, the indicator pages included. The grid
# is the union of both blocks' column edges, so each block keeps its own widths:
# tasks 2.0 | 2.3 | 6.5 | 2.9 | 3.3 and indicators 2.0 | 2.3 | 3.0 | 4.6 | 5.1 (cm). The amount column
# holds 12345678.50 on one line (tools/docx_kit.AMOUNT_CM; at 1.8 cm 12345.67 broke after its point);
# 主要实施内容 gave up the width.
# The tasks' side label sits at the top of its merged cell, inside the header row, so the copies
# of that row on later pages show it whole.
INTO_NAME = round(AMOUNT_CM - 1.8, 2)  # how far the amount column reaches into the 三级指标 column above 指标值
# 一级 holds 满意度指标 and 二级 seven characters a line, so no label prints its last character alone
# (tests/test_label_fit.py; at 2.0 and 2.4 cm they printed 满意度指/标 and 经济效益指/标); 三级指标 gave up the width,
# and the values keep theirs with room for 有效实现日常工作正常有序运转 (at 5.2 cm, its 转 went alone onto a second line).
body = table(doc, [2.0, 2.3, 3.0, 4.6 - INTO_NAME, INTO_NAME, 1.8, 3.3])
body.row(C("{{ merge_start }}年度重点工作任务", valign="top"), "名称", C("主要实施内容", span=2),
         C("拟投入的资金(万元)", span=2), C(["期望达到的目标", "(概述)"]), header=True)
body.tag_row("{%tr for task in key_tasks %}")
# A task's cells stand at the top: its row often runs onto the next page, and LibreOffice centres each page's part of
# a centred cell, so the rest of a 期望达到的目标 printed in the middle of the next page's part, under a gap.
body.row(C("{{ merge_continue }}", valign="top"), C("{{ task.name }}", valign="top"),
         C(paragraphs_of("task.content"), span=2, align="left", valign="top"),
         C("{{ task.amount }}", span=2, align="right", valign="top"),
         C(paragraphs_of("task.goal"), align="left", valign="top"))
body.tag_row("{%tr endfor %}")
body.row(C("其他需完成的任务(可选填)"), C(paragraphs_of("other_tasks"), span=6, align="left"))
body.row(C("{{ merge_start }}绩效指标"), "一级指标", "二级指标", C("三级指标", span=2), C("指标值", span=2),
         keep_with_next=True)  # not a repeated header, but never left alone at the foot of a page
body.tag_row("{%tr for r in indicators.rows %}")
body.row(C("{{ merge_continue }}"), C("{{ r.level1|vm }}"), C("{{ r.level2|vm }}"), C("{{ r.name }}", span=2, align="left"),
         C("{{ r.value }}", span=2))
body.tag_row("{%tr endfor %}")

save(doc, Path(__file__).with_name("form.docx"))
