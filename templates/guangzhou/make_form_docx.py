"""How templates/guangzhou/form.docx was made (run from the repository root to regenerate).

The .docx is the template jixiao uses; it can equally be edited in Word directly.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.docx_kit import AMOUNT_CM, C, merge_down, new_document, paragraphs_of, save, spacer, table, title  # noqa: E402

doc = new_document("portrait")
title(doc, "{{ title }}")

# The side labels' column holds 预算整体情况 and 总体绩效目标 on one line: at 2.6 cm, with the cell margins, each
# printed its last character alone on a second line ("预算整体情" / "况"). The next column holds 其他事业发展性支出 on
# one line (at 3.55 cm, 其他事业发展性支/出); the columns to its right keep room for 预算金额（万元）.
top = table(doc, [2.8, 3.75, 3.45, 3.5, 3.5])
top.row(C("部门名称"), C("{{ unit }}", span=4))
top.row("预算整体情况", "部门预算支出", "预算金额（万元）", "收入来源", "预算金额（万元）")
top.row("", "基本支出", C("{{ budget.basic }}", align="right"), "财政拨款", C("{{ budget.fiscal }}", align="right"))
top.row("", "项目支出", C("{{ budget.project }}", align="right"), "其他资金", C("{{ budget.other_funds }}", align="right"))
top.row("", "事业发展性支出", "预算金额（万元）", "按预算级次划分", "预算金额（万元）")
top.row("", "财政专项资金", C("{{ budget.special }}", align="right"), "市本级使用资金", C("{{ budget.own_level }}", align="right"))
top.row("", "其他事业发展性支出", C("{{ budget.other_development }}", align="right"),
        "拟用于对下转移支付资金", C("{{ budget.transfer }}", align="right"))
merge_down(top, 1, 0, 6)
top.row(C("总体绩效目标"), C(paragraphs_of("overall_target"), span=4, align="left"))
spacer(doc)

# The amount column holds 12345678.50 on one line (tools/docx_kit.AMOUNT_CM); at 2.2 cm 12345678.5 broke after
# its seventh digit. 主要实施内容 gave up the width: 期望达到的目标, the longer text, sets the rows' height.
tasks = table(doc, [2.8, 2.9, 3.8, AMOUNT_CM, 4.6])
tasks.row(C("{{ merge_start }}年度重点工作任务"), "名称", "主要实施内容", "拟投入的资金（万元）", "期望达到的目标（概述）",
          header=True)
tasks.tag_row("{%tr for task in key_tasks %}")
# A task's cells stand at the top (as 湛江's): a task row taller than docx_rows lets stay whole runs onto the next
# page, and LibreOffice centres each page's part of a centred cell, printing the rest of its text under a gap.
tasks.row(C("{{ merge_continue }}"), C("{{ task.name }}", align="left", valign="top"),
          C(paragraphs_of("task.content"), align="left", valign="top"),
          C("{{ task.amount }}", align="right", valign="top"), C(paragraphs_of("task.goal"), align="left", valign="top"))
tasks.tag_row("{%tr endfor %}")
tasks.row(C("其他需完成的任务（可选填）"), C(paragraphs_of("other_tasks"), span=4, align="left"))
spacer(doc)

# Each label prints whole or parted evenly, never with its last character alone (tests/test_label_fit.py):
# 绩效指标 and the 一级 names as 绩效/指标, 产出/指标 (at 1.6 and 2.0 cm, the side label printed 绩效指/标); 二级 and
# 三级 hold seven characters a line, 可持续影响指标 and 档案整理完成率 on one line and 服务对象满意度指标 as
# 服务对象满意/度指标 (at 2.4 cm, 经济效益指/标). The values hold 开展台胞活动5次以上 on one line (at 3.8 cm, its 上
# went alone onto a second line).
indicators = table(doc, [1.4, 1.4, 3.0, 3.0, 4.1, 4.1])
indicators.row(C("{{ merge_start }}绩效指标"), "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", header=True)
indicators.tag_row("{%tr for r in indicators.rows %}")
indicators.row(C("{{ merge_continue }}"), C("{{ r.level1|vm }}"), C("{{ r.level2|vm }}"), C("{{ r.name }}", align="left"),
               C("{{ r.period_value }}"), C("{{ r.annual_value }}"))
indicators.tag_row("{%tr endfor %}")

save(doc, Path(__file__).with_name("form.docx"))
