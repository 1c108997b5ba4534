"""How templates/jiangsu/form.docx was made (run from the repository root to regenerate).

The .docx is the template jixiao uses; it can equally be edited in Word directly.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.docx_kit import C, new_document, paragraphs_of, save, spacer, table, title  # noqa: E402

START, CONT = "{{ merge_start }}", "{{ merge_continue }}"
INCOME = [
    ("资金总额", "total"),
    ("一般公共预算资金", "general_budget"),
    ("政府性基金", "government_fund"),
    ("国有资本金", "state_capital"),
    ("社保基金", "social_security"),
    ("财政专户管理资金", "special_account"),
    ("上年结转资金", "carryover"),
    ("其他资金", "other"),
]


def num(expr: str, span: int = 1) -> C:
    return C("{{ " + expr + " }}", span=span, align="right")


doc = new_document("portrait")
title(doc, "{{ title }}")
title(doc, "{{ year }}年度", style="FormSubtitle")

# 单位情况与部门整体资金：side labels 部门整体资金（万元）, 收入 and 支出 span their rows, the
# project lines included, so they are merged with marks (the merge pass) rather than statically.
top = table(doc, [3.0, 1.6, 6.4, 3.0, 3.0])
top.row(C("单位名称", span=2), C("{{ unit }}", span=3, align="left"))
top.row(C("单位主要职能", span=2), C(paragraphs_of("functions"), span=3, align="left"))
top.row(C("机构设置及人员配置", span=2), C(paragraphs_of("organization"), span=3, align="left"))
top.row(START + "部门整体资金（万元）", START + "收入", "", C("全年预算数", span=2))
for label, key in INCOME:
    top.row(CONT, CONT, label, num("income." + key, span=2))
top.row(CONT, START + "支出", "", "半年计划执行数", "全年预算数")
top.row(CONT, CONT, "基本支出", num("expenditure.basic.half_year"), num("expenditure.basic.annual"))
top.row(CONT, CONT, "项目支出", num("expenditure.project.half_year"), num("expenditure.project.annual"))
top.tag_row("{%tr for p in expenditure.projects %}")
top.row(CONT, CONT, "{{ p.name }}", num("p.half_year"), num("p.annual"))
top.tag_row("{%tr endfor %}")
top.row(C("中长期目标", span=2), C(paragraphs_of("long_term_target"), span=3, align="left"))
top.row(C("年度目标", span=2), C(paragraphs_of("annual_target"), span=3, align="left"))
spacer(doc)

# 绩效指标, three blocks, each with its own header row repeated on every page.
HEAD5 = ["一级指标", "二级指标", "三级指标", "半年指标值", "全年指标值"]


def five_column_block(expr: str):
    block = table(doc, [2.4, 3.1, 6.9, 2.3, 2.3])
    block.row(*HEAD5, header=True)
    block.tag_row("{%tr for r in " + expr + " %}")
    block.row("{{ r.level1|vm }}", "{{ r.level2|vm }}", C("{{ r.name }}", align="left"),
              "{{ r.half_year_value }}", "{{ r.annual_value }}")
    block.tag_row("{%tr endfor %}")


five_column_block("indicators.blocks[0].rows")  # 决策、过程
spacer(doc)

duties = table(doc, [1.9, 3.8, 3.5, 3.2, 2.3, 2.3])  # 履职: 二级 is a long duty text, then 重点工作
duties.row("一级指标", "二级指标", "重点工作", "三级指标", "半年指标值", "全年指标值", header=True)
duties.tag_row("{%tr for r in indicators.blocks[1].rows %}")
duties.row("{{ r.level1|vm }}", C("{{ r.level2|vm }}", align="left"), C("{{ r.key_work|vm }}", align="left"),
           C("{{ r.name }}", align="left"), "{{ r.half_year_value }}", "{{ r.annual_value }}")
duties.tag_row("{%tr endfor %}")
spacer(doc)

five_column_block("indicators.blocks[2].rows")  # 效益指标、满意度指标

save(doc, Path(__file__).with_name("form.docx"))
