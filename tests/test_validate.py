"""Validation: the examples pass; each rule fires on a minimally broken copy, at the exact place."""
from __future__ import annotations

import copy
import functools
import importlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.cli import main
from generator.datapath import json_steps
from generator.name_clashes import why_first
from generator.report import rerun_note
from generator.rules import RuleContext, budget_sum
from generator.schema_store import SchemaStore
from generator.validate import Validator
from generator.variants import Catalog, Roots

from .conftest import ROOT, SPECS, copy_variant, locate

GZ = "guangzhou-tailian-2023.yaml"
HY = "hengyang-qiaolian-2022.yaml"


@pytest.fixture(scope="module")
def validator():
    return Validator()


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_example_spec_is_valid(validator, spec):
    checked = validator.check_file(spec)
    assert [p for p in checked.problems if p.is_error] == []


def only(checked, code):
    found = [p for p in checked.problems if p.code == code]
    assert len(found) == 1, checked.problems
    return found[0]


def test_budget_sum_fires_on_a_cent(validator, broken):
    path, text = broken(GZ, "fiscal: 689.41", "fiscal: 689.40")
    problem = only(validator.check_file(path), "BUDGET-SUM")
    assert (problem.line, problem.column) == locate(text, "689.40")
    assert problem.is_error and "相差 0.01 万元" in problem.message and "财政拨款" in problem.message


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_line_separator_in_quotes_moves_no_problem_below_it(validator, broken, separator):
    """libyaml counts U+2028, U+2029 and U+0085 as line breaks even inside quotes, and every problem below
    such a value was said a line too low, where the editor sees none."""
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会", f'unit: "广州市台湾{separator}同胞联谊会"')
    path.write_text(text.replace("fiscal: 689.41", "fiscal: 689.40"), encoding="utf-8")
    problem = only(validator.check_file(path), "BUDGET-SUM")
    assert (problem.line, problem.column) == locate(text.replace("fiscal: 689.41", "fiscal: 689.40"), "689.40")


def test_budget_sum_adds_exactly_however_many_decimals_are_typed(validator, broken):
    tiny = "0." + "0" * 29 + "1"  # past the 28 digits of Decimal's default context
    path, _ = broken(GZ, "basic: 610.85", "basic: 610.85" + "0" * 27 + "1")
    problems = [p for p in validator.check_file(path).problems if p.code == "BUDGET-SUM"]
    assert problems and all(f"相差 {tiny} 万元" in p.message for p in problems)


def test_budget_sum_says_its_difference_to_the_cent_at_least(validator, broken):
    """`相差 12.5 万元` of amounts typed whole or to one place, where diff's totals say `−12.50` of the same sum: the
    difference is written to the cent, as amounts and diff's differences are, and the sums beside it too (`= 665`
    beside `相差 12.50` wrote the figures of one message two ways); a third place typed is kept."""
    path, _ = broken(GZ, "  basic: 610.85\n  project: 78.56\n  fiscal: 689.41\n  other_funds: 0.00\n",
                     "  basic: 600\n  project: 77.5\n  fiscal: 665\n  other_funds: 0\n")
    messages = [p.message for p in validator.check_file(path).problems if p.code == "BUDGET-SUM"]
    assert "基本支出 + 项目支出 = 677.50，与 财政拨款 + 其他资金 = 665.00 不相等（相差 12.50 万元）；应相等，请核对金额" == messages[0], messages
    path, _ = broken(GZ, "basic: 610.85", "basic: 610.854")
    messages = [p.message for p in validator.check_file(path).problems if p.code == "BUDGET-SUM"]
    assert any("（相差 0.004 万元）" in m for m in messages), messages


def test_a_sum_short_of_its_total_says_the_difference_unsigned_with_the_sums_decimals(runner, broken):
    """基本支出 610.840 (a zero typed past the cent) leaves its side 0.01 below 财政拨款: the difference is 0.010, not
    −0.010 (相差 has no sign: the message says which side is which), with the three decimals its side was typed with,
    as the other side's 689.410 is: `689.400 … 689.41（相差 0.01）` wrote the figures of one message three ways."""
    path, text = broken(GZ, "basic: 610.85", "basic: 610.840")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, "689.41")
    assert (f"{path}:{line}:{column}: 错误[BUDGET-SUM] 基本支出 + 项目支出 = 689.400，与 财政拨款 + 其他资金 = 689.410 "
            "不相等（相差 0.010 万元）；应相等，请核对金额") in result.output, result.output


def test_a_side_left_blank_in_a_sum_is_said_to_count_as_zero(runner, broken):
    """`财政拨款 + 其他资金 = 0` with both left empty read as if they had been typed and were wrong; the blank sum is
    written to the cent, as the other side's 689.41 is."""
    path, _ = broken(GZ, "  fiscal: 689.41\n  other_funds: 0.00\n", "  fiscal:\n  other_funds:\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert (f"{path}:8:10: 错误[BUDGET-SUM] 基本支出 + 项目支出 = 689.41，与 财政拨款（空，按 0 计） + 其他资金（空，按 0 计） = 0.00 "
            "不相等（相差 689.41 万元）" in result.output), result.output


@pytest.mark.parametrize("spec, old, new, said", [
    # 基本支出 left blank: filling it in balances the sum, and a sum that did not say so read as a typed amount
    (GZ, "basic: 610.85", "basic:",
     "基本支出（空，按 0 计） + 项目支出 = 78.56，与 财政拨款 + 其他资金 = 689.41 不相等"),
    # a typo that makes 基本支出's side too high: the form's empty 其他资金 cell on the lower side could close it
    ("zhanjiang-qiaolian-2024.yaml", "basic: 397.72", "basic: 399.72",
     "基本支出 + 项目支出 = 463.89，与 财政拨款 + 其他资金（空，按 0 计） = 461.89 不相等"),
    # a sum of each project (`scope: projects.*`) names the project first
    ("tianjin-qiaolian-2023.yaml", "fiscal: 254.30", "fiscal: 250.30",
     "第 1 个项目绩效目标表：预算规模（万元） › 其中：财政资金 + 其他资金（空，按 0 计） = 250.30，与 预算规模（万元） › 预算数 = 254.30 不相等"),
])
def test_a_blank_on_the_lower_side_of_a_sum_is_named(runner, broken, spec, old, new, said):
    """A blank on the side that falls short may be the amount the author forgot: GZ's 基本支出 left empty gave
    `基本支出 + 项目支出 = 78.56` with no word that 基本支出 was blank, as if it had been typed and was wrong."""
    path, _ = broken(spec, old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and said in result.output, result.output


@pytest.mark.parametrize("spec, old, new, said", [
    # a typo that makes 基本支出's side too low: 其他资金, blank on the higher side, cannot be why
    ("zhanjiang-qiaolian-2024.yaml", "basic: 397.72", "basic: 395.72",
     "基本支出 + 项目支出 = 459.89，与 财政拨款 + 其他资金 = 461.89 不相等"),
    ("tianjin-qiaolian-2023.yaml", "fiscal: 254.30", "fiscal: 258.30",
     "第 1 个项目绩效目标表：预算规模（万元） › 其中：财政资金 + 其他资金 = 258.30，与 预算规模（万元） › 预算数 = 254.30 不相等"),
])
def test_a_blank_on_the_higher_side_of_a_sum_is_not_named(runner, broken, spec, old, new, said):
    """The examples leave the cells the form leaves empty blank (其他资金 with none, `null`); on the side that is
    already too high, filling one in only widens the gap, and naming it sent the author to fill it in."""
    path, _ = broken(spec, old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and said in result.output and "按 0 计" not in result.output, result.output


def test_key_tasks_over_project_spending_is_a_warning(validator, broken):
    """Said at task 1's 1.50, a line nobody changed: with several tasks each large enough to account for the 3.50
    over, no one of them is the place, and the 项目支出 they all go against is."""
    path, text = broken(GZ, "amount: 22.15", "amount: 52.15")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert not problem.is_error and "超过了 项目支出" in problem.message
    assert (problem.line, problem.column) == locate(text, "78.56")


def test_key_tasks_over_project_spending_by_one_task_s_slip_is_said_at_it(validator, broken):
    """Task 2's 7.24 typed 72.4 put the warning on task 1's unchanged 1.50: only 72.4 can account for the 38.66 over."""
    path, text = broken(GZ, "amount: 7.24", "amount: 72.4")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert "（多出 38.66 万元）" in problem.message
    assert (problem.line, problem.column) == locate(text, "72.4")


def test_key_tasks_adding_up_to_exactly_project_spending_are_within_it(validator, broken):
    """A `le` identity is 不超过: tasks adding up to the 78.56 of 项目支出 to the cent are within it, no TASK-SUM."""
    path, _ = broken(GZ, "amount: 22.15", "amount: 48.65")  # 1.50 + 7.24 + 48.65 + 20.57 + 0.60 = 78.56
    checked = validator.check_file(path)
    assert checked.shaped and [p for p in checked.problems if p.code == "TASK-SUM"] == []


def test_an_excess_exactly_one_amount_is_said_at_that_amount(validator, broken):
    """The one task whose amount alone equals the excess accounts for it (60.00 over, and 60.00 typed), as one that
    is larger does: the warning is at that task, not at the 项目支出 every task goes against."""
    path, text = broken(GZ, "amount: 7.24", "amount: 55.89")  # the other tasks now add up to 78.56
    path.write_text(text.replace("amount: 22.15", "amount: 60.00"), encoding="utf-8")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert "（多出 60.00 万元）" in problem.message
    assert (problem.line, problem.column) == locate(text, "22.15")


def test_key_tasks_must_equal_project_spending_where_the_form_requires(validator, broken):
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "amount: 14.76", "amount: 14.75")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert problem.is_error and "不相等" in problem.message


def test_a_sum_of_a_lists_amounts_says_which_amounts_it_added(validator, broken):
    """`各项年度主要任务的…之和 = 39.87，与 项目支出 = 38.87 不相等` sent the reader to add up the tasks to find the one
    that was wrong: the amounts added are listed by task, a blank one as 空."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "      total: 13\n", "      total: 14\n")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert problem.message == ("各项年度主要任务的预算金额总额（万元）之和 = 39.87（海外联谊 17.68、群众工作 3、参政议政 5.19、维护侨益 14），"
                               "与 年度预算申请（万元） › 项目支出 = 38.87 不相等（相差 1.00 万元）；应相等，请核对金额")
    path, _ = broken("hengyang-qiaolian-2022.yaml", "      total: 3\n", "      total:\n")
    assert "（海外联谊 17.68、群众工作 空、参政议政 5.19、维护侨益 13）" in only(validator.check_file(path), "TASK-SUM").message
    path, _ = broken("hengyang-qiaolian-2022.yaml", "name: 群众工作\n      content: 宣传", "name: （请填写）\n      content: 宣传")
    path.write_text(path.read_text(encoding="utf-8").replace("      total: 13\n", "      total: 14\n"), encoding="utf-8")
    assert "（海外联谊 17.68、第 2 项 3、参政议政 5.19、维护侨益 14）" in only(validator.check_file(path), "TASK-SUM").message


def test_a_sum_names_an_item_without_its_final_punctuation_alone(validator, broken):
    """`.NET培训；` was named `NET培训`: its leading stop went with the final ；. A final ？ runs into what follows as
    ；does, and goes too."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "name: 海外联谊\n", "name: .NET培训；\n")
    path.write_text(path.read_text(encoding="utf-8").replace("name: 群众工作\n", "name: 是否宣传？\n")
                    .replace("      total: 13\n", "      total: 14\n"), encoding="utf-8")
    assert "（.NET培训 17.68、是否宣传 3、参政议政 5.19、维护侨益 14）" in only(validator.check_file(path), "TASK-SUM").message


def test_a_sum_cuts_an_items_name_before_its_bracket_not_inside(validator, broken):
    """`办公设备购置费（20… 17.68` cut a year in two inside its bracket; a name is cut before the bracket instead, or
    after it where the name opens with one."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "name: 海外联谊\n", "name: 办公设备购置费（2024年度）\n")
    path.write_text(path.read_text(encoding="utf-8").replace("name: 群众工作\n", "name: （2024年度群众工作经费）\n")
                    .replace("      total: 13\n", "      total: 14\n"), encoding="utf-8")
    message = only(validator.check_file(path), "TASK-SUM").message
    assert "（办公设备购置费… 17.68、（2024年度群众工作经费） 3、参政议政 5.19、维护侨益 14）" in message, message


def test_a_sum_of_many_amounts_names_the_first_few_and_how_many(validator, broken):
    """Twelve tasks listed whole made the message several lines long: the first five, then 等 12 项; a task named as a
    sentence is cut short beside its amount."""
    task = "  - name: 学习培训\n    content: 培训。\n    amount: 5.00\n    goal: 培训1次。\n"
    path, _ = broken(GZ, "other_tasks:", task * 7 + "other_tasks:")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert problem.message.startswith("各项重点工作任务的拟投入的资金（万元）之和 = 87.06（履行职责，做好参政议… 1.50、"
                                      "拓展工作平台，联谊服… 7.24、夯实工作基础，做好在… 22.15、加强穗台交流交往，积… 20.57、"
                                      "全面从严治党，做好党… 0.60 等 12 项），超过了 项目支出 = 78.56"), problem.message
    assert "学习培训" not in problem.message and "\n" not in problem.message


@pytest.mark.parametrize("sources, warned", [
    ("public_finance: 30.61\n    government_fund: 150", False),  # 财政拨款 = 公共财政 + 政府性基金
    ("public_finance: 30.61\n    government_fund: null\n    non_tax: 150", True),
])
def test_task_fiscal_funds_are_capped_by_all_fiscal_income(validator, broken, sources, warned):
    old = "public_finance: 180.61\n    government_fund: null\n    non_tax: null"
    path, _ = broken("hengyang-qiaolian-2022.yaml", old, sources + ("" if "non_tax" in sources else "\n    non_tax: null"))
    found = [p for p in validator.check_file(path).problems if p.code == "TASK-SUM"]
    assert [p.is_error for p in found] == ([False] if warned else [])
    assert not warned or "超过了 年度预算申请（万元） › 公共财政拨款 + 政府性基金拨款（空，按 0 计） = 30.61（多出 8.26 万元）" in found[0].message


def test_a_sum_names_its_addends_group_once(runner, broken):
    """BUDGET-SUM read `年度预算申请（万元） › 基本支出 + 年度预算申请（万元） › 项目支出`: the group named twice
    in one sum, where diff named it once."""
    from generator.cli import main

    path, _ = broken("hengyang-qiaolian-2022.yaml", "basic: 141.74", "basic: 141.94")
    result = runner.invoke(main, ["validate", str(path)])
    assert "错误[BUDGET-SUM] 年度预算申请（万元） › 基本支出 + 项目支出 = 180.81，与 年度预算申请（万元） › 资金总额 = 180.61" \
        in result.output, result.output


def test_a_level2_under_the_wrong_level1_is_named_by_the_schema(validator, broken):
    """The schema ties each 二级 to its 一级 (so the editor squiggles it too) and says what rule TAXONOMY said."""
    path, text = broken(GZ, "  level2: 时效指标", "  level2: 经济效益指标")
    problem = only(validator.check_file(path), "SCHEMA-ENUM")
    assert (problem.line, problem.column) == (locate(text, "level2: 经济效益指标")[0], locate(text, "level2: 经济效益指标")[1] + 8)
    assert problem.message == ("第 4 个绩效指标（补助发放及时率）：二级指标“经济效益指标”不属于一级指标“产出指标”；“经济效益指标”属于“效益指标”；"
                               "一级指标“产出指标”下应为以下之一：数量指标、质量指标、时效指标、成本指标")


@pytest.mark.parametrize("level1, level2, hint", [
    ("成本指标", "经济成本指标", "“成本指标”在本表样是二级指标，属于一级指标“产出指标”：请把一级指标写成“产出指标”、二级指标写成“成本指标”；"),
    ("社会效益指标", "", "“社会效益指标”在本表样是二级指标，属于一级指标“效益指标”：请把一级指标写成“效益指标”、二级指标写成“社会效益指标”；"),
    ("满意度指标", "服务对象满意度指标", "本表样的二级指标“服务对象满意度指标”属于一级指标“效益指标”：若指的是它，"
                                   "请把一级指标写成“效益指标”、二级指标写成“服务对象满意度指标”；"),
    ("产出", "时效指标", "是否想写“产出指标”？"),
    ("完成指标", "时效指标", ""),  # another form's 一级指标, which shares only 成 and 指标 with 成本指标
])
def test_a_level2_written_as_the_level1_is_told_where_it_sits(validator, broken, level1, level2, hint):
    """A clerk who copied rows from a form that sets 成本指标 and 满意度指标 as 一级指标 was told only that they are not
    产出指标 or 效益指标; the message now names the 一级指标 they sit under here and what to write in both columns. A
    value close to a 一级指标 of its own (`产出`) keeps its 是否想写 guess."""
    path, text = broken(GZ, "- level1: 产出指标\n    level2: 时效指标", f"- level1: {level1}\n    level2: \"{level2}\"")
    problem = next(p for p in validator.check_file(path).problems if p.code == "SCHEMA-ENUM" and "一级指标”" in p.message)
    line, column = locate(text, f"level1: {level1}\n")
    assert (problem.line, problem.column) == (line, column + 8)
    assert problem.message == (f"第 4 个绩效指标（补助发放及时率）的“一级指标”：文本“{level1}”不是可选的取值；{hint}"
                               "应为以下之一：产出指标、效益指标")


def test_the_department_tables_level1_in_a_project_table_is_no_slip_for_a_level2(validator, broken):
    """`完成指标`, the department table's first 一级指标, copied into a project table (whose first is 产出指标) was
    taken for a slip for the 二级指标 成本指标 by their 成 and 指标 alone, and the clerk was told to write 成本指标 as
    the 二级指标; `时效` there is still a slip for 时效指标."""
    path, _ = broken(HY, "      - level1: 产出指标", "      - level1: 完成指标")
    problem = next(p for p in validator.check_file(path).problems if p.code == "SCHEMA-ENUM" and "一级指标”" in p.message)
    assert problem.message.endswith("的“一级指标”：文本“完成指标”不是可选的取值；应为以下之一：产出指标、效益指标")
    path, _ = broken(HY, "      - level1: 产出指标", "      - level1: 时效")
    problem = next(p for p in validator.check_file(path).problems if p.code == "SCHEMA-ENUM" and "一级指标”" in p.message)
    assert "本表样的二级指标“时效指标”属于一级指标“产出指标”：若指的是它，" in problem.message


def test_filled_date_outside_the_budget_year(validator, broken):
    path, text = broken("hengyang-qiaolian-2022.yaml", "filled_date: 2022年1月5日", "filled_date: 2019年1月5日")
    problem = only(validator.check_file(path), "DATE-YEAR")
    assert (problem.line, problem.column) == locate(text, "2019年1月5日")
    assert "填表日期" in problem.message and "2022" in problem.message


@pytest.mark.parametrize("written, offered", [("2022/1/8", "2022年1月8日"), ('"2022-01-08"', "2022年1月8日"),
                                               ("2022.1.8", "2022年1月8日"), ("2022年1月8", "2022年1月8日")])
def test_a_filled_date_in_figures_without_its_words_is_offered_as_the_form_writes_it(runner, broken, written, offered):
    """filled_date: 2025/1/8 passed without a word and printed “2025/1/8”, where the field asks for 2025年1月8日;
    so did 2025年1月8, its 日 left off, which is said to lack it."""
    from generator.cli import main

    path, text = broken("hengyang-qiaolian-2022.yaml", "filled_date: 2022年1月5日", f"filled_date: {written}")
    line, column = locate(text, written.strip('"'))
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    typed = written.strip('"')
    assert (f"hengyang-qiaolian-2022.yaml:{line}:{column - (written != typed)}: 警告[DATE-YEAR] 部门整体支出绩效目标申报表 › 填表日期："
            f"“{typed}”{'少了“日”，' if '年' in typed else ''}会照样印在表上；请按表上的写法写成 {offered}") in result.output, \
        result.output


@pytest.mark.parametrize("written, words", [
    ("二〇二二年一月五日", None), ("二零二二年十二月三十一日", None), ("2022年一月5日", None),
    ("二〇二〇年一月五日", "日期“二〇二〇年一月五日”与预算年度 2022"),
    ("二〇二二年二月三十日", "“二〇二二年二月三十日”不是有效日期"),
    ("二〇二二年元月五日", "请用阿拉伯数字写日期，如 2022年1月5日，实际是“二〇二二年元月五日”"),
    ("二〇二二年一月零五日", None), ("二〇二二年一〇月五日", "请用阿拉伯数字写日期"),
    # incomplete as well: both at once, or 2022年1月 is told next that it is incomplete
    ("二〇二二年一月", "应写成完整日期，并用阿拉伯数字，如 2022年1月5日，实际是“二〇二二年一月”"),
    ("二〇二二年元月", "应写成完整日期，并用阿拉伯数字，如 2022年1月5日"),
    ("2022年1月", "应写成完整日期；“2022年1月”缺少日；请补上是哪一日，写成 2022年1月几日 这样的完整日期"),
])
def test_a_filled_date_in_chinese_numerals_is_read_as_a_date(validator, broken, written, words):
    """二〇二二年一月五日, a complete date the form prints as typed, was told “应写成完整日期”."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "filled_date: 2022年1月5日", f"filled_date: {written}")
    found = [p for p in validator.check_file(path).problems if p.code == "DATE-YEAR"]
    if words is None:
        assert found == []
    else:
        assert len(found) == 1 and words in found[0].message, found


@pytest.mark.parametrize("typed, words, fixed", [
    ("20220105", "“20220105”应按表上的写法写成 2022年1月5日", "2022年1月5日"),
    ('"20220105"', "“20220105”应按表上的写法写成 2022年1月5日", "2022年1月5日"),
    ("2022.01", "“2022.01”只写到 2022年1月，缺少日；请补上是哪一日", "2022年1月15日"),
    ("202201", "“202201”只写到 2022年1月，缺少日；请补上是哪一日", "2022年1月15日"),
    ("2022", "“2022”只写了年份，缺少月和日", "2022年1月5日"),
    ("44566", "“44566”像是 Excel 里日期的序号（单元格格式丢了）；请按表上的写法写成 2022年1月5日", "2022年1月5日"),
    # Parted by a comma or the input method's 。: was 应写成完整日期 with no date offered.
    ("2022,3,1", "“2022,3,1”应按表上的写法写成 2022年3月1日", "2022年3月1日"),
    ("2022。3。1", "“2022。3。1”应按表上的写法写成 2022年3月1日", "2022年3月1日"),
    # Without the day: was offered nothing, where 2022,3,1 was offered its date.
    ("2022,3", "“2022,3”只写到 2022年3月，缺少日；请补上是哪一日，写成 2022年3月几日 这样的完整日期", "2022年3月15日"),
    ("2022，3，31日", "“2022，3，31日”应按表上的写法写成 2022年3月31日", "2022年3月31日"),
    ("20221305", "“20221305”读作 2022 年 13 月 5 日，但没有 13 月，月份在 1–12 之间", "2022年1月5日"),
    ("2022年2月30日", "“2022年2月30日”不是有效日期：2022年2月只有 28 天（2022 年不是闰年），没有 30 日；"
                     "请核对日期，应在 2022年2月1日–2022年2月28日 之间", "2022年2月28日"),
], ids=lambda case: case if case.strip('"').isascii() else None)
def test_a_date_typed_as_digits_is_offered_the_date_the_next_check_takes(runner, broken, typed, words, fixed):
    """`filled_date: 20220105` was told to be quoted, and then that it was no full date; `2022年2月30日` was told only
    that it was no date. Each is now told the date its digits make, or what it lacks; written so, it passes."""
    path, text = broken(HY, "filled_date: 2022年1月5日", f"filled_date: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, f"filled_date: {typed}")
    assert f"{HY}:{line}:{column + 13}: 错误[" in result.output and words in result.output, result.output
    assert "请加上双引号" not in result.output
    path.write_text(text.replace(f"filled_date: {typed}", f"filled_date: {fixed}"), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "填表日期" not in result.output, result.output


@pytest.mark.parametrize("typed, words, fixed", [
    ("20200105", "“20200105”读作 2020 年 1 月 5 日，2020 年与预算年度 2022 不符，应在 2021 年或 2022 年内；"
                 "请核对年份，按表上的写法写成 2021年1月5日 或 2022年1月5日", "2022年1月5日"),
    ('"20200105"', "“20200105”读作 2020 年 1 月 5 日，2020 年与预算年度 2022 不符", "2021年1月5日"),
    ("20240229", "请核对年份，写成 2021 或 2022 年内的日期", "2022年2月28日"),  # no 2月29日 in either year
    ("20201305", "没有 13 月，月份在 1–12 之间，而且 2020 年与预算年度 2022 不符，应在 2021 年或 2022 年内；"
                 "请核对月份，年份写 2021 或 2022", "2022年12月5日"),
    ("2020.01", "“2020.01”只写到 2020年1月，缺少日，而且 2020 年与预算年度 2022 不符，应在 2021 年或 2022 年内；"
                "请补上是哪一日并核对年份，写成 2022年1月几日 这样的完整日期，如 2022年1月15日", "2022年1月15日"),
    ("2019", "“2019”只写了年份，缺少月和日，而且 2019 年与预算年度 2022 不符", "2022年1月5日"),
], ids=["digits", "digits-quoted", "leap-day", "no-month", "month", "year"])
def test_digits_of_a_date_in_another_year_are_told_the_year_at_once(runner, broken, typed, words, fixed):
    """`20200105` in a 2022 spec was offered as typed, 2020年1月5日, which DATE-YEAR then refused for its year on the
    next run: the date was mended twice. Both are said at once, and the date offered passes."""
    path, text = broken(HY, "filled_date: 2022年1月5日", f"filled_date: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert words in result.output and result.output.count("填表日期") == 1, result.output
    assert "写成 2020年1月5日" not in result.output and "如 2020年1月15日" not in result.output
    path.write_text(text.replace(f"filled_date: {typed}", f"filled_date: {fixed}"), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "填表日期" not in result.output, result.output


@pytest.mark.parametrize("year", ["20222", "202"])
def test_a_date_is_offered_no_year_worked_out_from_a_budget_year_the_schema_refuses(runner, broken, year):
    """With `year: 20222` (or `202`), which the schema refuses, a date's digits were offered in the years around it:
    20221年1月5日 或 20222年1月5日, 201年 or 202年. The year is its own mistake, told on its line; the date is offered
    as the digits make it, as with no year known."""
    path, text = broken(HY, "filled_date: 2022年1月5日", "filled_date: 20220105")
    path.write_text(text.replace("\nyear: 2022\n", f"\nyear: {year}\n", 1), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "填表日期" in line]
    assert "按表上的写法写成 2022年1月5日" in told and f"{int(year) - 1}年" not in told and f"{year}年" not in told, told
    assert "年度" in result.output and f"实际是 {year}" in result.output, result.output


@pytest.mark.parametrize("typed, words, refused", [
    ("20220230", "“20220230”读作 2022 年 2 月 30 日，但2022年2月只有 28 天（2022 年不是闰年），没有 30 日；"
                 "请核对日期，应在 2022年2月1日–2022年2月28日 之间", "如 2022年1月5日"),
    ("50000", "日期请按表上的写法写成文字，如 2022年1月5日", "2036年11月21日"),  # a serial outside the years taken
    ("44200", "单元格格式丢了）；请按表上的写法写成 2021年1月4日", None),  # the year before, which DATE-YEAR takes
], ids=["20220230", "serial-of-2036", "serial-of-the-year-before"])
def test_a_date_typed_as_digits_is_told_only_what_the_date_check_takes(runner, broken, typed, words, refused):
    """`20220230` ended “请写成表上的写法，如 2022年1月5日”, a date unrelated to the one typed; `50000` was read as the
    Excel serial of 2036年11月21日, which the next run refused as outside the budget year."""
    path, _ = broken(HY, "filled_date: 2022年1月5日", f"filled_date: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert words in result.output, result.output
    assert refused is None or refused not in result.output, result.output


def test_a_number_in_a_date_field_its_form_prints_spaced_is_offered_a_spaced_date(runner, broken):
    """The project form prints its 填报日期 spaced (its description: 例如 2022 年 1 月 5 日); a number typed there was
    offered 2022年1月5日, the other forms' writing."""
    path, _ = broken(HY, "filled_date: 2022 年 1 月 5 日", "filled_date: 50000")
    result = runner.invoke(main, ["validate", str(path)])
    assert "“填报日期”：应为文本，实际是数字 50000；日期请按表上的写法写成文字，如 2022 年 1 月 5 日" in result.output, result.output


@pytest.mark.parametrize("typed, words", [
    ('"二〇二二年一月"', "应写成完整日期，并用阿拉伯数字，如 2022 年 1 月 5 日，实际是“二〇二二年一月”"),
    ('"二〇二二年元月五日"', "请用阿拉伯数字写日期，如 2022 年 1 月 5 日，实际是“二〇二二年元月五日”"),
    ('"2022/1/8"', "“2022/1/8”会照样印在表上；请按表上的写法写成 2022 年 1 月 8 日"),
    ('"0105"', "“0105”读作 1 月 5 日，缺少年份；请补上年份，写成完整日期，如 2022 年 1 月 5 日"),
    ('"2022.01"', "写成 2022 年 1 月 几 日 这样的完整日期，如 2022 年 1 月 15 日"),
    # A date of digits is said once, as the form writes it: was 读作 2022 年 1 月 5 日；请按表上的写法写成 2022 年 1 月 5 日.
    ("20220105", "“20220105”应按表上的写法写成 2022 年 1 月 5 日"),
    # A month without its day follows the form too; a serial's date is said once: was 即 2022 年 1 月 5 日；…写成 2022 年 1 月 5 日.
    ("44566", "“44566”像是 Excel 里日期的序号（单元格格式丢了）；请按表上的写法写成 2022 年 1 月 5 日"),
    ("2022,3", "“2022,3”只写到 2022 年 3 月，缺少日；请补上是哪一日，写成 2022 年 3 月 几 日 这样的完整日期"),
])
def test_date_year_offers_a_date_as_its_form_prints_one(runner, broken, typed, words):
    """The project form prints its 填报日期 spaced: A13 and the schema's type error offered 2022 年 1 月 5 日 there, while
    DATE-YEAR's own examples on the same field, and the dates offered for digits (date_fixes) as 表上的写法, were
    unspaced: the other forms' writing, on the form that prints its dates otherwise."""
    path, _ = broken(HY, "filled_date: 2022 年 1 月 5 日", f"filled_date: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert "“填报日期”：" in result.output and words in result.output, result.output


@pytest.mark.parametrize("typed, words, fixed", [
    ('"0105"', "“0105”读作 1 月 5 日，缺少年份；请补上年份，写成完整日期，如 2022年1月5日", "2022年1月5日"),
    ("1231", "“1231”读作 12 月 31 日，缺少年份；请补上年份，写成完整日期，如 2022年12月31日", "2022年12月31日"),
    ('"0230"', "“0230”读作 2 月 30 日，缺少年份，而且2022年2月只有 28 天", "2022年2月28日"),
], ids=["0105-quoted", "1231", "0230-quoted"])
def test_four_digits_that_are_no_year_are_read_as_month_and_day(runner, broken, typed, words, fixed):
    """Any four digits were a year: `0105` was told “只写了年份…如 0105年1月5日”, a date the next check refuses. Only
    years a form is dated in are years; `0105` is 1月5日 without its year, which the budget year gives."""
    path, text = broken(HY, "filled_date: 2022年1月5日", f"filled_date: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert words in result.output and "只写了年份" not in result.output, result.output
    path.write_text(text.replace(f"filled_date: {typed}", f"filled_date: {fixed}"), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "填表日期" not in result.output, result.output


@pytest.mark.parametrize("typed, words", [
    ('"2022²"', "应写成完整日期，如 2022年1月5日，实际是“2022²”"),
    ("2022²", "应写成完整日期，如 2022年1月5日，实际是“2022²”"),
    ("４４５６６", "“４４５６６”像是 Excel 里日期的序号（单元格格式丢了）；请按表上的写法写成 2022年1月5日"),  # full-width digits read as digits
], ids=["superscript-quoted", "superscript", "full-width"])
def test_a_date_of_digits_python_counts_but_int_cannot_read_is_told_not_crashed(runner, broken, typed, words):
    """`str.isdigit()` is true of “²”, which `int()` refuses: `filled_date: "2022²"` ended in “jixiao 内部错误：ValueError”."""
    path, _ = broken(HY, "filled_date: 2022年1月5日", f"filled_date: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "内部错误" not in result.output, result.output
    assert "错误[DATE-YEAR]" in result.output and words in result.output, result.output


@pytest.mark.parametrize("name, warned", [("某单位-2025.yaml", True), ("某单位-2024.yaml", False), ("gz.yaml", False),
                                         ("规划2021-2025.yaml", False), ("v20245.yaml", False),
                                         ("单位112025.yaml", False)])  # a code's last four digits are no year
def test_a_year_that_the_file_name_contradicts_is_warned(validator, tmp_path, name, warned):
    """A spec copied for next year and only renamed passed every check against the old year, and printed it."""
    path = tmp_path / name
    path.write_text((ROOT / "specs" / "tianjin-qiaolian-2023.yaml").read_text(encoding="utf-8").replace("year: 2023", "year: 2024"),
                    encoding="utf-8")
    found = [p for p in validator.check_file(path).problems if p.code == "YEAR-FILE-NAME"]
    assert len(found) == warned, found
    if warned:
        text = path.read_text(encoding="utf-8")
        line, column = locate(text, "year: 2024")
        assert (found[0].line, found[0].column) == (line, column + len("year: "))
        assert "预算年度（year）是 2024" in found[0].message and "2025 年" in found[0].message and found[0].is_error is False


def test_deadline_in_an_indicator_outside_the_budget_year(validator, broken):
    path, text = broken("zhanjiang-qiaolian-2024.yaml", '"2024年12月31日前完成"', '"2023年12月31日前完成"')
    problem = only(validator.check_file(path), "DATE-YEAR")
    assert (problem.line, problem.column) == locate(text, '"2023年12月31日前完成"')
    # When the year is what is wrong (a spec copied for next year), the message says where it is written.
    assert f"不在预算年度 2024（第 {locate(text, 'year: 2024')[0]} 行）内" in problem.message


def test_a_deadline_in_a_column_for_the_whole_term_may_name_a_later_year(validator, broken):
    """广州's 实施期目标值 covers the whole 实施周期 (`period: term`): a deadline in a later year is right there, and only
    its 年度指标值 beside it must fall in the budget year."""
    path, text = broken(GZ, 'period_value: "100%"\n    annual_value: "100%"',
                        'period_value: "2025年12月31日前完成"\n    annual_value: "2025年12月31日前完成"')
    [problem] = [p for p in validator.check_file(path).problems if p.code == "DATE-YEAR"]
    line, column = locate(text, 'annual_value: "2025')
    assert (problem.line, problem.column) == (line, column + len("annual_value: "))
    assert problem.message == ("第 1 个绩效指标（档案整理完成率）的“年度指标值”：期限“2025年12月31日”不在预算年度 2023（第 3 行）内；"
                               "应为 2023 年内的日期")


def test_a_rules_message_names_the_indicator_row_as_lint_does(validator, broken):
    """DATE-YEAR on a project's row said `第 1 个项目绩效目标申报表的第 3 个绩效指标的“指标值…”`: a reviewer reading it
    in a CI log or a pull request counted rows to find which, where lint's messages on that row name it."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", 'value: "2022 年度。"', 'value: "2023年3月31日前"')
    message = only(validator.check_file(path), "DATE-YEAR").message
    assert message.startswith("第 1 个项目绩效目标申报表的第 3 个绩效指标（执行时限）的“指标值（包含数字及文字描述）”："), message


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_a_row_named_with_characters_nobody_sees_is_labelled_with_them_marked(runner, broken, output):
    """A name pasted with a U+202E, a zero-width space, an escaped \\a and a symbol font's U+F0FC was copied raw into
    the label of each problem on the row's other fields: the U+202E flipped the rest of the line in a terminal."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", 'name: 执行时限。\n        value: "2022 年度。"',
                     'name: "执行\\u202E时限\\u200B\\a\\uF0FC"\n        value: "2023年3月31日前"')
    result = runner.invoke(main, ["validate", "--format", output, str(path)])
    said = json.loads(result.output)["problems"] if output == "json" else None
    dated = ([p["message"] for p in said if p["code"] == "DATE-YEAR"] if said
             else [line for line in result.output.splitlines() if "DATE-YEAR" in line])
    assert "第 3 个绩效指标（执行▯时限▯▯▯）的“指标值" in str(dated)
    assert not re.search("[\u202e\u200b\a\uf0fc]", str(dated))


def test_schema_and_unfilled_messages_name_the_row_as_the_rules_do(runner, broken):
    """SCHEMA-* and UNFILLED named a row by its number alone where DATE-YEAR named it by its 三级 name too: one row
    named two ways in one report."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", 'value: "2022 年度。"', 'value: "（请填写）"')
    assert "（第一处：第 1 个项目绩效目标申报表的第 3 个绩效指标（执行时限）的“指标值" in runner.invoke(main, ["validate", str(path)]).output
    path, _ = broken("hengyang-qiaolian-2022.yaml", 'value: "2022 年度。"', 'value: [2022]')
    assert "[SCHEMA-TYPE] 第 1 个项目绩效目标申报表的第 3 个绩效指标（执行时限）的“指标值" in runner.invoke(main, ["validate", str(path)]).output


@pytest.mark.parametrize("written, date", [("2024年2月30日前", "2024年2月30日"), ("2024-06-31前完成", "2024-06-31"),
                                           ("2023年2月29日前", "2023年2月29日")])
def test_a_deadline_that_does_not_exist_is_named(validator, broken, written, date):
    """2024年2月30日前 passed: a date that is no day of the calendar was skipped, and 2023年2月29日 in a 2024 spec was
    called a date outside the year, not one that does not exist."""
    path, text = broken("zhanjiang-qiaolian-2024.yaml", '"2024年12月31日前完成"', f'"{written}"')
    problem = only(validator.check_file(path), "DATE-YEAR")
    assert (problem.line, problem.column) == locate(text, f'"{written}"')
    assert f"期限“{date}”不是有效日期：" in problem.message and "；请核对" in problem.message and problem.is_error


def test_a_deadline_that_does_not_exist_is_named_in_a_column_for_the_whole_period(validator, broken):
    """A 实施周期 column may name a later year, so its dates were not read at all: 2023年2月30日前完成 passed validate
    and lint, which leave such a date to this rule."""
    path, text = broken("guangzhou-tailian-2023.yaml", 'period_value: "100%"', 'period_value: "2023年2月30日前完成"')
    problem = only(validator.check_file(path), "DATE-YEAR")
    assert (problem.line, problem.column) == locate(text, '"2023年2月30日前完成"')
    assert problem.message.endswith("期限“2023年2月30日”不是有效日期：2023年2月只有 28 天（2023 年不是闰年），没有 30 日；"
                                    "请核对日期，应在 2023年2月1日–2023年2月28日 之间")


def test_a_field_in_a_list_is_named_with_which_item_it_is_in(runner, broken):
    """Said “年度重点工作任务 › 第 2 项 › 拟投入的资金（万元）”, a path to a clerk, where the form counts its tasks."""
    path, text = broken(GZ, "  amount: 7.24", '  amount: "七"')
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, '"七"')
    assert f"{path}:{line}:{column}: 错误[SCHEMA-TYPE] 第 2 个年度重点工作任务的“拟投入的资金（万元）”：应为数字" in result.output


def test_a_number_typed_in_chinese_quotes_is_shown_in_them_once(runner, broken):
    """`year: “2024”` was said “实际是文本““2024”””, a second pair of quotes around the two typed."""
    path, text = broken(GZ, "year: 2023", "year: “2023”")
    result = runner.invoke(main, ["validate", str(path)])
    assert f"{path}:3:7: 错误[SCHEMA-TYPE] 年度：应为整数，实际是文本“2023”；" in result.output, result.output


def test_a_deadline_with_its_day_written_hao_is_quoted_whole(validator, broken):
    """2023年6月30号前 was quoted “2023年6月30”, without the 号 that the author wrote."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", '"2024年12月31日前完成"', '"2023年6月30号前"')
    assert "期限“2023年6月30号”不在预算年度 2024" in only(validator.check_file(path), "DATE-YEAR").message


@pytest.mark.parametrize("typed, leading", [("\u3000\u3000档案整理完成率", True), ('"\u3000档案整理完成率"', True),
                                            ("档案整理完成率\u3000", False), ('"档案整理完成率 \u00a0\u3000"', False)])
def test_blanks_at_a_names_ends_are_said_as_word_prints_them_typed_any_way(validator, broken, typed, leading):
    """A leading U+3000, which Word prints as an indent, was called unseen (表上看不出); a trailing one typed without
    quotes was said to print (会原样印在表上) where one typed in quotes beside a plain space was called unseen."""
    path, _ = broken(GZ, "name: 档案整理完成率", f"name: {typed}")
    message = only(validator.check_file(path), "TEXT-INVISIBLE").message
    said = "Word 表上会印在名称前面，空出一段；" if leading else "Word 表上会原样印在名称后面（在格子边上看不出）；"
    assert said in message and "表上看不出" not in message, message


def test_only_a_text_holding_an_odd_space_has_its_typed_lines_looked_up(validator, broken, monkeypatch):
    """TEXT-INVISIBLE located every text of the spec and read its typed lines, to find full-width or no-break spaces
    ending them: over half of validate's time on a spec of 5,880 rows (15.7 s, 7.2 s without). Only a text holding
    one is."""
    from generator.rules import text_invisible
    read = []
    monkeypatch.setattr(text_invisible, "folded_lines", lambda *args: read.append(args) or None)
    path, _ = broken(GZ, "unit: 广州市台湾同胞联谊会", "unit: 广州市台湾同胞联谊会\u3000")
    only(validator.check_file(path), "TEXT-INVISIBLE")
    assert len(read) == 1, len(read)


@pytest.mark.parametrize("typed", ["\u3000广州市台湾同胞联谊会", '" 广州市台湾同胞联谊会"', "\u00a0广州市台湾同胞联谊会"])
def test_blanks_opening_the_units_name_are_said_as_word_prints_them(validator, broken, typed):
    """`unit: 　某单位` (the IME's space pasted before the name) got no word, where a list item's name is told: Word
    prints it before the name on the form. A paragraph field's opening `　　` is an indent, and left alone."""
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会", f"unit: {typed}")
    problem = only(validator.check_file(path), "TEXT-INVISIBLE")
    assert (problem.line, problem.column) == locate(text, typed.lstrip('"')), problem
    assert problem.message.startswith("部门名称：“▯广州市台湾同…”开头有一个") and \
        problem.message.endswith("，Word 表上会印在名称前面，空出一段；请删除"), problem.message
    indented, _ = broken(GZ, "overall_target: 以习近平", "overall_target: \u3000\u3000以习近平")
    assert "TEXT-INVISIBLE" not in [p.code for p in validator.check_file(indented).problems]


@pytest.mark.parametrize("old, new, code, at, words", [
    ("unit: 广州市台湾同胞联谊会", "unit: “广州市台湾同胞联谊会”", "TEXT-QUOTES", "“广州", "部门名称：值两边是中文引号（“…”）"),
    # An indicator value, which is written in double quotes: was given bare, so that following the message left
    # `jixiao fmt --check` failing in CI, and the README's "指标值加英文双引号" contradicted.
    ('period_value: "100%"', 'period_value: “≥98%"  # 注', "TEXT-QUOTES", "“≥98%",
     '（“…"），会原样印在表上；请换成英文双引号（这一栏的值都加英文双引号），写成：    period_value: "≥98%"  # 注'),
    # A `"` inside: in single quotes, as fmt writes it; was the escaped "\"十四五\"规划", which a clerk does not type.
    ("unit: 广州市台湾同胞联谊会", 'unit: “"十四五"规划”  # 注', "TEXT-QUOTES", '“"十四五',
     "写成：unit: '\"十四五\"规划'  # 注"),
    # The same in an indicator value: the words said double quotes beside the value shown in single.
    ('period_value: "100%"', 'period_value: “"十四五"完成”', "TEXT-QUOTES", '“"十四五',
     "请换成英文单引号（这一栏的值都加英文引号，值里有英文双引号时用单引号），写成：    period_value: '\"十四五\"完成'"),
    ("unit: 广州市台湾同胞联谊会", 'unit: "“某单位”"', "TEXT-QUOTES", '"“某单位', "写成：unit: 某单位"),  # typed quoted: was no line
    # The pair typed the wrong way round, as the IME alternates them: printed, and not said.
    ('period_value: "100%"', "period_value: ”≥98%“", "TEXT-QUOTES", "”≥98%",
     '值两边是中文引号（”…“），会原样印在表上；请换成英文双引号（这一栏的值都加英文双引号），写成：    period_value: "≥98%"'),
    # Corner brackets copied from elsewhere: printed, and not said.
    ("unit: 广州市台湾同胞联谊会", "unit: 「广州市台湾同胞联谊会」", "TEXT-QUOTES", "「广州",
     '部门名称：值两边是直角引号（「…」），会原样印在表上；请删去这两个引号（要加引号时只能用英文引号 "…"），写成：unit: 广州市台湾同胞联谊会'),
    ('period_value: "100%"', "period_value: 「2023」", "TEXT-QUOTES", "「2023",  # a number without them: quoted
     '写成：    period_value: "2023"'),
    # One Chinese quote at an end, unpaired (the IME on for an English quote, the other one forgotten): printed unsaid.
    ('period_value: "100%"', "period_value: “≥98%", "TEXT-QUOTES", "“≥98%",
     '值开头有一个中文引号（“），却没有与它配对的引号，会原样印在表上；请换成英文双引号（这一栏的值都加英文双引号），'
     '写成：    period_value: "≥98%"'),
    ("unit: 广州市台湾同胞联谊会", "unit: 广州市台湾同胞联谊会”", "TEXT-QUOTES", "广州市台湾同胞联谊会”",
     "部门名称：值末尾有一个中文引号（”），却没有与它配对的引号，会原样印在表上；请删去这个引号"),
    # Typed twice at the end after a title: the last quote pairs with none, though the value holds an opening one.
    ("name: 档案整理完成率", "name: “三个一”工程”", "TEXT-QUOTES", "“三个一”工程”",
     "值末尾有一个中文引号（”），却没有与它配对的引号，会原样印在表上；请删去这个引号（要加引号时只能用英文引号 \"…\"，"
     "两头都要有），写成：    name: “三个一”工程"),
    # A title's Chinese opening quote closed by an English one: was given `三个一"工程`, the stray quote kept.
    ("name: 档案整理完成率", 'name: “三个一"工程  # 注', "TEXT-QUOTES", '“三个一"',
     '值开头的中文引号（“）配的是英文引号（"），会原样印在表上；请把这个英文引号换成中文引号（”），写成：    name: “三个一”工程  # 注'),
    ('period_value: "100%"', "period_value: ‘三个一'工程", "TEXT-QUOTES", "‘三个一'",
     "请把这个英文引号换成中文引号（’），写成：    period_value: \"‘三个一’工程\""),
    # The input method's ＃ typed for a comment: no comment, printed on the form; `3＃楼` (no blank before) is a name.
    ("unit: 广州市台湾同胞联谊会", "unit: 广州市台湾同胞联谊会 ＃ 全称", "TEXT-COMMENT", "＃ 全称",
     "部门名称：“广州市台湾同胞联谊会”后面的“＃ 全称”会印在表上；这里的“＃”是全角字符，如果是注释请改成半角 #"),
    ("name: 档案整理完成率", "name: 档案整理完成率　＃ 原为发放及时率  # 注", "TEXT-COMMENT", "＃ 原",
     "“档案整理完成率”后面的“＃ 原为发放及时率”会印在表上；这里的“＃”是全角字符"),
    ("name: 档案整理完成率", "name: 档案整理 #完成率", "TEXT-COMMENT", "档案整理 #",
     "“档案整理”后面的“#完成率”被当作注释，不会印在表上；如果它是内容的一部分，请给整个值加上英文双引号：\"档案整理 #完成率\""),
    ("  name: 档案整理完成率", "  name: 档案整理\n      完成率", "TEXT-LINE-BREAK", "档案整理\n", "表上印作“档案整理 完成率”"),
    ('period_value: "100%"', 'period_value: "≥98%\n      及以上"', "TEXT-LINE-BREAK", '"≥98%', "表上印作“≥98% 及以上”"),
    ("overall_target: 以习近平新时代中国特色社会主义思想为指导，贯彻落实",
     "overall_target: >\n  以习近平新时代中国特色社会主义思想为指导，\n  贯彻落实", "TEXT-LINE-BREAK", ">\n",
     "这一项用了 > 块，YAML 会把块里的换行变成空格，表上印作“…特色社会主义思想为指导， 贯彻落实党的二十大精神，…”"),
    ("unit: 广州市台湾同胞联谊会", "unit: 广州市台湾\u200b同胞联谊会", "TEXT-INVISIBLE", "\u200b",
     "部门名称：“广州市台湾▯同胞联谊会”处有一个看不见的字符 U+200B（零宽空格）"),
    ("name: 档案整理完成率", "name: 档案整理\u2028完成率", "TEXT-INVISIBLE", "\u2028", "U+2028（行分隔符）"),
    # At a value's end: the IME's full-width space, a no-break space pasted from Word; both were printed unsaid.
    ("unit: 广州市台湾同胞联谊会", "unit: 广州市台湾同胞联谊会\u3000", "TEXT-INVISIBLE", "\u3000",
     "部门名称：“…湾同胞联谊会▯”末尾有一个看不见的全角空格（U+3000），会原样印在表上；请删除它"),
    # In a `|` block, on the line typed: was placed on the `|` line.
    ("name: 档案整理完成率", "name: |\n      档案整理完成率\u3000", "TEXT-INVISIBLE", "\u3000", "末尾有一个全角空格（U+3000）"),
    # A plain space at either end of a name, typed inside quotes: diff showed adding it as a rename nobody could see.
    ("name: 档案整理完成率", 'name: "档案整理完成率 "  # 注', "TEXT-INVISIBLE", ' "  # 注',
     "第 1 个绩效指标的“三级指标”：“…案整理完成率▯”末尾有一个空格，Word 表上会原样印在名称后面（在格子边上看不出）；"
     "也使这个名称与别处写的同一名称不同，jixiao diff 把加上或删掉它报作改名；请删除"),
    ("name: 档案整理完成率", 'name: " \u3000档案整理完成率"', "TEXT-INVISIBLE", ' \u3000',
     "第 1 个绩效指标的“三级指标”：“▯▯档案整理完成…”开头有 2 个空白，Word 表上会印在名称前面，空出一段；"),
    ("name: 档案整理完成率", 'name: "档案整理完成率\u3000 "', "TEXT-INVISIBLE", '\u3000 ', "末尾有 2 个空白"),
    ('period_value: "100%"', 'period_value: "≥98%\u00a0"  # 注', "TEXT-INVISIBLE", "\u00a0",
     "第 1 个绩效指标（档案整理完成率）的“实施周期指标值”：“≥98%▯”末尾有一个看不见的不换行空格（U+00A0），会原样印在表上；请删除它"),
    ('period_value: "100%"', 'period_value: "≥98%\t98%以上"', "TEXT-INVISIBLE", "\t",  # unquoted: YAML-SYNTAX
     "第 1 个绩效指标（档案整理完成率）的“实施周期指标值”：“≥98%▯98%以上”处有一个 Tab（制表符），多半是从 Excel 或 Word 表格复制来的"),
])
def test_text_typed_so_that_the_form_prints_something_else_is_warned(validator, broken, old, new, code, at, words):
    """Chinese quotes, a `#`, a pasted line break or an invisible character were taken silently: the form printed
    “…”, lost words, a space, or a character nobody can see."""
    path, text = broken(GZ, old, new)
    checked = validator.check_file(path)
    problem = only(checked, code)
    assert not problem.is_error and words in problem.message and (problem.line, problem.column) == locate(text, at)
    assert [p.code for p in checked.problems] == [code]



@pytest.mark.parametrize("new", ["name: 3＃楼维修完成率", "name: 档案整理完成率＃1", 'name: "档案整理 ＃ 完成率"'])
def test_a_full_width_hash_in_the_text_is_no_comment_slip(validator, broken, new):
    """Only a ＃ after a blank, in a value typed without quotes, is a comment typed with the input method: `3＃楼` is a
    building's number, and one in quotes was put there."""
    path, _ = broken(GZ, "name: 档案整理完成率", new)
    assert "TEXT-COMMENT" not in [p.code for p in validator.check_file(path).problems]


def test_a_spec_with_no_hash_after_a_blank_has_no_value_located_for_comments(validator, monkeypatch):
    """TEXT-COMMENT reads how each text was typed only in a spec holding a `#` run into text after a blank or a ＃
    somewhere (the examples hold neither): locating every text of every spec was most of the rule's time."""
    from generator.load import Spec
    from generator.rules import text_comment

    checked = validator.check_file(SPECS[0])
    monkeypatch.setattr(Spec, "typed", lambda *args: pytest.fail("a value was located"))
    assert list(text_comment.check(RuleContext(checked.spec, checked.variant, validator.store))) == []


@pytest.mark.parametrize("new", ["name: “侨心永向党”歌咏比赛", "name: 学习“二十大精神", "name: 档案’整理完成率",
                                 "name: “侨心”活动“学习", "name: 学习“二十大”", 'name: “侨心"活动”'])
def test_quotes_paired_or_inside_the_text_are_not_said_to_be_slips(validator, broken, new):
    """Only a Chinese quote at an end of the value with none to pair it is the IME's slip; a title quoted inside
    the text, or a quote left open within it, is the author's writing. So are Chinese quotes round a value with an
    English quote inside that pairs with none (`“侨心"活动”`): it was given as `侨心"活动`, the clerk's quotes gone."""
    path, _ = broken(GZ, "name: 档案整理完成率", new)
    assert "TEXT-QUOTES" not in [p.code for p in validator.check_file(path).problems]

TJ = "tianjin-qiaolian-2023.yaml"
NUMBER_LIKE = [
    (TJ, 'unit_code: "564301"', "unit_code: 012001", "012001", "单位编码：012001 没有加引号", "数字 12001，前面的 0 丢失"),
    (GZ, 'annual_value: "100%"', "annual_value: 08", "08", "第 1 个绩效指标（档案整理完成率）的“年度指标值”：08 没有加引号", "数字 8，前面的 0 丢失"),
    (GZ, 'annual_value: "100%"', "annual_value: 012", "012", "第 1 个绩效指标（档案整理完成率）的“年度指标值”：012 没有加引号", "数字 12，前面的 0 丢失"),
    (GZ, 'annual_value: "100%"', "annual_value: 1e3", "1e3", "第 1 个绩效指标（档案整理完成率）的“年度指标值”：1e3 没有加引号", "数字 1000；"),
    (GZ, 'annual_value: "100%"', "annual_value: 0x1F", "0x1F", "第 1 个绩效指标（档案整理完成率）的“年度指标值”：0x1F 没有加引号", "数字 31；"),
    (GZ, 'annual_value: "100%"', "annual_value: .inf", ".inf", "第 1 个绩效指标（档案整理完成率）的“年度指标值”：.inf 没有加引号", "无穷大；"),
]


@pytest.mark.parametrize("spec, old, new, at, field, reading", NUMBER_LIKE,
                         ids=[case[3] for case in NUMBER_LIKE])
def test_a_text_typed_as_a_number_is_warned_with_what_other_tools_read(runner, broken, spec, old, new, at, field, reading):
    """`unit_code: 012001` is text to jixiao but a number to the editor (YAML 1.2), which marked it red with the
    schema's own message while validate said 没有发现问题; validate now says it, and what the number loses."""
    path, text = broken(spec, old, new)
    line, column = locate(text, new)
    column += len(new) - len(at)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    said = f"{spec}:{line}:{column}: 警告[TEXT-NUMBER] "
    assert said in result.output, result.output
    message = result.output.split(said, 1)[1].splitlines()[0]
    assert message.startswith(field) and f"会读成{reading}" in message, message
    assert "jixiao 按写的样子读作文字" in message and f'请加英文双引号写成文字："{at}"（jixiao fmt 会自动加上）' in message
    # not Python: its yaml (1.1) reads 012001 as octal 5121 and keeps 08 as text
    assert "但编辑器（VS Code）等按 YAML 1.2 读的工具会读成" in message and "Python" not in message


@pytest.mark.parametrize("spec, old, new, at, field, reading", NUMBER_LIKE[:2], ids=[case[3] for case in NUMBER_LIKE[:2]])
def test_the_editors_message_and_validates_name_the_same_fix(runner, broken, validator, spec, old, new, at, field, reading):
    """The editor shows the field's errorMessage at the red line; validate's warning there names the same fix in the
    same words, so the two are seen to say one thing."""
    from generator.rules import text_number

    path, _ = broken(spec, old, new)
    checked = validator.check_file(path)
    problem = only(checked, "TEXT-NUMBER")
    instance_path = json_steps(problem.path)
    editor_says = validator.store.chain(checked.variant.schema_path.name, instance_path)[-1][1]["errorMessage"]
    assert text_number.FIX in editor_says and text_number.FIX in problem.message
    assert runner.invoke(main, ["validate", str(path)]).output.count(text_number.FIX) == 1


@pytest.mark.parametrize("typed, fix", [
    ("|\n  564301", "文本末尾多了换行：| 块把最后一行的换行也算作文本；请删去“|”，把值写在冒号后面的同一行，"
                    '如 unit_code: "564301"'),
    (">\n  564301", "文本末尾多了换行：> 块把最后一行的换行也算作文本；请删去“>”，把值写在冒号后面的同一行，"
                    '如 unit_code: "564301"'),
    ('"564301\\n"', '文本末尾多了换行；请删去它，如 unit_code: "564301"'),
], ids=["literal-block", "folded-block", "quoted"])
def test_a_pattern_s_dollar_is_the_end_of_the_text_as_in_the_editor(runner, broken, typed, fix):
    """A `|` block ends in a line break, which Python's `$` lets by: `unit_code: |` over 564301 passed
    `^(?:[0-9]+|（请填写）)$` (exit 0) while the editor squiggled it, and the form printed the break.
    What to do is said of the break: the form's own words (单位编码只含数字，请加英文双引号) did not fit digits
    the clerk sees, and quoting them inside the block keeps the break."""
    path, text = broken(TJ, 'unit_code: "564301"', f"unit_code: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    line, column = locate(text, typed[0])
    assert (f"{TJ}:{line}:{column}: 错误[SCHEMA-PATTERN] 单位编码：格式不对（文本“564301↵”）；{fix}\n"
            in result.output), result.output


def test_a_text_refused_for_more_than_its_closing_line_break_keeps_the_form_s_words(runner, broken):
    """Only a break the pattern refuses alone is said to be the fault: `56430a` in a block is told the form's words."""
    path, _ = broken(TJ, 'unit_code: "564301"', "unit_code: |\n  56430a")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert "单位编码：格式不对（文本“56430a↵”）；单位编码只含数字" in result.output, result.output
    assert "末尾多了换行" not in result.output, result.output


@pytest.mark.parametrize("code, refused", [('"564301"', False), ('"564301]"', False), ('"564301$"', False),
                                           ("|\n  564301", True)], ids=["digits", "bracket", "dollar", "block"])
def test_a_dollar_in_a_class_opened_by_a_bracket_is_a_dollar(runner, tmp_path, code, refused):
    """Python reads `[]$]` as one class, `]` and `$`: a `]` first in a class is its own. `$` was read as the end of
    the text there (a class `[]` and then `$`), made `\\Z` inside Python's class, and validate stopped with
    re.error (bad escape), exit 4. The `$` after the class is still the end of the text."""
    spec = copy_variant("tianjin", "copied", tmp_path / "templates", tmp_path / "schema", tmp_path / "a.yaml")
    schema = tmp_path / "schema" / "copied.schema.json"
    text = schema.read_text(encoding="utf-8")
    assert "^(?:[0-9]+|（请填写）)$" in text
    schema.write_text(text.replace("^(?:[0-9]+|（请填写）)$", "^(?:[0-9]+[]$]?|（请填写）)$"), encoding="utf-8")
    spec.write_text(spec.read_text(encoding="utf-8").replace('unit_code: "564301"', f"unit_code: {code}"),
                    encoding="utf-8")
    result = runner.invoke(main, ["validate", str(spec), "--templates", str(tmp_path / "templates"),
                                  "--schemas", str(tmp_path / "schema")])
    assert result.exit_code == (1 if refused else 0), result.output
    assert ("错误[SCHEMA-PATTERN] 单位编码：格式不对（文本“564301↵”）" in result.output) == refused, result.output


def test_a_number_like_value_fmt_quoted_is_no_longer_warned(runner, broken):
    """fmt writes such a value quoted (its decision and validate's come from one resolver): then nothing is said."""
    path, _ = broken(TJ, 'unit_code: "564301"', "unit_code: 012001")
    assert "TEXT-NUMBER" in runner.invoke(main, ["validate", str(path)]).output
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert 'unit_code: "012001"' in path.read_text(encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "TEXT-NUMBER" not in result.output, result.output


@pytest.mark.parametrize("typed", ["1.58734E+10", '"1.58734E+10"'])
def test_a_phone_number_excel_showed_in_scientific_notation_is_to_be_retyped(runner, broken, typed):
    """`phone: 1.58734E+10`, pasted from Excel, was told to be quoted (and fmt quoted it): the form then printed
    1.58734E+10 as the phone number, its last five digits lost. Quoted or not, it is told to be typed again."""
    path, text = broken(HY, 'phone: "15873406651"', f"phone: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, f"phone: {typed}")
    said = f"{HY}:{line}:{column + 7}: 错误[TEXT-NUMBER] "
    assert said in result.output and result.exit_code == 1, result.output
    message = result.output.split(said, 1)[1].splitlines()[0]
    assert "Excel 用科学计数法显示" in message and "后 5 位成了 0（读作 15873400000），原来的数字已经丢失" in message
    assert "请照原件重新输入全部 11 位数字" in message and '"1.58734E+10"' not in message, message
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert f"phone: {typed}\n" in path.read_text(encoding="utf-8")  # not quoted as if it were fine


def test_a_phone_number_whose_digits_excel_lost_is_no_form_and_no_comment_hides_it(runner, broken, tmp_path):
    """Only a warning, build printed `1.58734E+10` as the phone number and exited 0: the value is certainly wrong,
    so it is an error, which build makes no form of and `# jixiao: disable=TEXT-NUMBER` cannot silence."""
    path, _ = broken(HY, 'phone: "15873406651"', "phone: 1.58734E+10")
    result = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--format", "html"])
    assert result.exit_code == 1 and "错误[TEXT-NUMBER]" in result.output, result.output
    assert not list((tmp_path / "out").rglob("*.html"))
    silenced = path.read_text(encoding="utf-8").replace("phone: 1.58734E+10", "phone: 1.58734E+10  # jixiao: disable=TEXT-NUMBER")
    path.write_text(silenced, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "错误[TEXT-NUMBER]" in result.output and "DISABLE-ERROR" in result.output, result.output


def test_a_whole_number_in_scientific_notation_is_written_out(runner, broken):
    """Every digit there (`1.5873406651E+10`): the fix offered is the number written out, which then passes."""
    path, _ = broken(HY, 'phone: "15873406651"', "phone: 1.5873406651E+10")
    result = runner.invoke(main, ["validate", str(path)])
    assert '请写出全部数字，加英文双引号写成文字："15873406651"' in result.output, result.output
    path.write_text(path.read_text(encoding="utf-8").replace("1.5873406651E+10", '"15873406651"'), encoding="utf-8")
    assert "TEXT-NUMBER" not in runner.invoke(main, ["validate", str(path)]).output


@pytest.mark.parametrize("spec, old, new", [
    (GZ, "basic: 610.85", "basic: 08"),  # an amount: not a number to jixiao, the schema says so
    (GZ, "fiscal: 689.41", "fiscal: 1e3"),
    (TJ, 'unit_code: "564301"', 'unit_code: "012001"'),  # quoted: text to every tool
    (GZ, 'annual_value: "100%"', "annual_value: 100%"),  # no number to anyone
    (GZ, 'period_value: "100%"', "period_value: 2023-12-31"),  # a date, which the editor reads as text
    (GZ, 'annual_value: "100%"', "annual_value: 1_000"),  # numbers to ruamel's YAML 1.2, text to the editor's core schema
    (GZ, 'annual_value: "100%"', "annual_value: 0b101"),
])
def test_amounts_and_values_no_tool_reads_as_a_number_are_not_warned(runner, broken, spec, old, new):
    path, _ = broken(spec, old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert "TEXT-NUMBER" not in result.output, result.output


def test_a_quoted_value_in_a_list_is_given_with_the_rest_of_its_line(validator, broken):
    """`targets: [“甲”, 乙]` was “写成：  targets: [甲”, the list's other items and its `]` lost."""
    path, text = broken("tianjin-qiaolian-2023.yaml", "    targets:\n      - 市侨联办公用房租赁，保障侨联工作开展。",
                        "    targets: [“市侨联办公用房租赁”, 保障侨联工作开展。]")
    problem = only(validator.check_file(path), "TEXT-QUOTES")
    assert problem.message.endswith("写成：    targets: [市侨联办公用房租赁, 保障侨联工作开展。]")


def test_a_quoted_value_over_two_lines_is_given_no_line(validator, broken):
    """`goal: "“运用…` closing on the line below was given one line, which pasted left the second line behind it."""
    path, text = broken(GZ, "    goal: ", '    goal: "“运用互联网思维\n      和技术”"  # 原为：')
    problem = only(validator.check_file(path), "TEXT-QUOTES")
    assert "写成" not in problem.message and (problem.line, problem.column) == locate(text, '"“运用')


@pytest.mark.parametrize("old, new, words", [
    ("unit: 衡阳市归国华侨联合会", "unit: “”",
     "部门名称：只写了一对引号（“”），不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    ("unit: 衡阳市归国华侨联合会", "unit: 「 」",
     "部门名称：只写了一对引号（「 」），不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    # blanks outside the quotes: told only TEXT-PUNCTUATION's 只有标点““”” and TEXT-INVISIBLE's 开头有一个空格
    ("unit: 衡阳市归国华侨联合会", 'unit: " “” "',
     "部门名称：只写了一对引号（“”），不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    ("unit: 衡阳市归国华侨联合会", "unit: '“”　'",
     "部门名称：只写了一对引号（“”），不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    # Tabs outside them (a cell pasted from Excel): TEXT-INVISIBLE still told of them beside the error
    ("unit: 衡阳市归国华侨联合会", 'unit: "\t“”\t"',
     "部门名称：只写了一对引号（“”），不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
])
def test_quotes_around_nothing_in_a_field_refusing_empty_are_told_to_be_filled(validator, broken, old, new, words):
    """`unit: “”` was told `写成：unit: ""`, which the schema then refused as empty: where the field refuses "", it is
    said to be filled, as the schema says of `unit: ""`. Once: TEXT-PUNCTUATION said `只有标点““””` too. An error, as
    `unit: ""` is: as a warning validate passed and the form printed “” as the name."""
    path, _ = broken(HY, old, new)
    result = validator.check_file(path)
    assert [(p.code, p.message) for p in result.problems] == [("TEXT-QUOTES", words)]
    assert result.problems[0].is_error


@pytest.mark.parametrize("typed", ["“”", "“　”", "「」"])
def test_quotes_around_nothing_in_a_date_field_are_one_error_saying_it_is_empty(validator, broken, typed):
    """`filled_date: “”` was an error `应写成完整日期，如 2022年1月5日，实际是““””` and a TEXT-QUOTES warning beside it: one
    error now, DATE-YEAR's for an empty date, naming the quotes typed."""
    path, text = broken(HY, "  filled_date: 2022年1月5日", f"  filled_date: {typed}")
    problems = validator.check_file(path).problems
    assert [(p.code, p.message) for p in problems] == [
        ("DATE-YEAR", f"部门整体支出绩效目标申报表 › 填表日期：只写了一对引号（{typed}），不能为空；请填写填表日期，例如 2022年1月5日")]
    line, column = locate(text, f"  filled_date: {typed}")
    assert problems[0].is_error and (problems[0].line, problems[0].column) == (line, column + len("  filled_date: "))


def test_quotes_around_nothing_in_a_date_field_of_a_spec_the_schema_refused_are_still_warned_of(validator, broken):
    """DATE-YEAR waits for a spec the schema passed: with an amount typed wrong too, `filled_date: “”` was left to it and
    nothing was said of it until the amount was mended (TEXT-QUOTES' warning had said it in the first run)."""
    path, text = broken(HY, "  filled_date: 2022年1月5日", "  filled_date: “”")
    path.write_text(text.replace("    total: 180.61", "    total: abc", 1), encoding="utf-8")
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == ["SCHEMA-TYPE", "TEXT-QUOTES"], [p.message for p in problems]
    assert problems[1].message == ("部门整体支出绩效目标申报表 › 填表日期：只写了一对引号（“”），不能为空；"
                                   "请填写填表日期，例如 2022年1月5日")
    assert problems[1].is_error  # as DATE-YEAR says it of a spec the schema passed

def test_quotes_around_nothing_in_a_field_taking_empty_are_still_given_the_empty_line(validator, broken):
    """A task's 主要实施内容 takes "": the line `content: ""` is still what to write for `content: “”`."""
    path, _ = broken(GZ, "    content: 组织在穗台籍人大代表、政协委员和台胞骨干，就广州经济社会发展和对台交流，做好参政议政、理论研究和信息工作，"
                     "反映社情民意。", "    content: “”")
    problem = only(validator.check_file(path), "TEXT-QUOTES")
    assert problem.message.endswith('写成：    content: ""') and not problem.is_error, problem.message


def test_quotes_around_a_name_in_a_row_refusing_empty_are_told_to_be_filled(validator, broken):
    """A project's 三级指标 takes "" by its own schema, in its 满意度 row alone by the row's condition: `name: “”` in
    another row was told `写成：name: ""`, which the schema then refused."""
    path, _ = broken(HY, "        name: 宣传、贯彻党和政府的方针、政策; 密切与海外侨胞及其社团的联系; 积极参政议政; 依法维护归侨、侨眷的合法权益。",
                     "        name: “”")
    message = only(validator.check_file(path), "TEXT-QUOTES").message
    assert message.endswith("只写了一对引号（“”），不能为空；请填写三级指标（具体的绩效指标名称），例如 活动按时完成率"), message


@pytest.mark.parametrize("blank", ["\u3000", " ", "\u3000 "])
def test_quotes_around_blanks_in_a_field_taking_empty_give_the_empty_line(validator, broken, blank):
    """`content: “　”` was told `写成：    content:` (the full-width space given plain, then trimmed off the line's
    end), which the schema refused as no text at all: quotes around blanks alone are the empty cell typed."""
    path, _ = broken(GZ, "    content: 组织在穗台籍人大代表、政协委员和台胞骨干，就广州经济社会发展和对台交流，做好参政议政、理论研究和信息工作，"
                     "反映社情民意。", f"    content: “{blank}”")
    problem = only(validator.check_file(path), "TEXT-QUOTES")
    assert problem.message.endswith('写成：    content: ""'), problem.message


@pytest.mark.parametrize("new, words", [
    ("unit: 广州\u200b市台湾\u200b同胞\u2028联谊会", "部门名称：从“广州▯市台湾▯同胞▯联谊会”处起，共有 3 个看不见的字符（引文里标作▯）："
     "U+200B（零宽空格）2 个、U+2028（行分隔符）1 个，多半是复制粘贴带来的，会原样写进表里；请删除它们"),
    ('unit: "广州市\t台湾\t同胞联谊会"', "部门名称：从“广州市▯台湾▯同胞联谊会”处起，共有 2 个 Tab（制表符），多半是从 Excel"),
    ('unit: "广州市\u200b台湾\t同胞联谊会"', "部门名称：从“广州市▯台湾▯同胞联谊会”处起，共有 1 个看不见的字符（引文里标作▯）："
     "U+200B（零宽空格）1 个，多半是复制粘贴带来的，会原样写进表里；请删除它（光标经过那里时要多按一次方向键）；"
     "另有 1 个 Tab（制表符，也标作▯），多半是从 Excel 或 Word 表格复制来的，表上会印成一段宽窄不定的空白，请换成空格或标点"),
    ("unit: 广州市\uf0fc台湾同胞\u200b联谊会", "部门名称：“…市<U+F0FC>台湾同胞▯联谊会”处有一个看不见的字符 U+200B（零宽空格），"),
    # A full-width space before the tab (`\u3000\t`): 换成空格 left two gaps where the cell boundary meant one.
    ('unit: "广州市\u3000\t台湾同胞联谊会"', "部门名称：“广州市　▯台湾同胞联谊…”处有一个 Tab（制表符），多半是从 Excel 或 Word 表格复制来的，"
     "表上会印成一段宽窄不定的空白；请删掉它（旁边已有全角空格）"),
])
def test_every_invisible_character_of_a_value_is_marked_and_counted(validator, broken, new, words):
    """Only the first was marked: the second stood raw in the quote (a U+2028 broke the message's line in two), and
    an author who deleted the one said found the warning back for the next."""
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会", new)
    problem = only(validator.check_file(path), "TEXT-INVISIBLE")
    assert words in problem.message and (problem.line, problem.column) == locate(text, "\u200b" if "\u200b" in new else "\t")
    assert not set(problem.message) & {"\u200b", "\u2028", "\t", "\uf0fc"}


@pytest.mark.parametrize("new", ["7、负责指导\u3000\t全市", "7、负责指导\u200b全市"])
def test_an_invisible_character_in_a_block_is_warned_on_its_line(validator, broken, new):
    """Said on the `functions: |` line, seven lines above the tab the clerk was to delete, as _trailing's full-width
    space was not."""
    path, text = broken(HY, "7、负责指导", new)
    problem = only(validator.check_file(path), "TEXT-INVISIBLE")
    assert (problem.line, problem.column) == locate(text, "\u200b" if "\u200b" in new else "\t"), problem


@pytest.mark.parametrize("escape, named", [
    ("\\x85", "（U+0085，下一行符 NEL）"), ("\\N", "（U+0085，下一行符 NEL）"), ("\\x7f", "（U+007F，删除符 DEL）"),
    ("\\u009B", "（U+009B，C1 控制字符）"), ("\\r", "（U+000D，回车符 CR）"),
])
def test_a_control_an_escape_writes_is_warned_at_the_escape_by_validate_and_build(runner, broken, tmp_path, escape, named):
    """`"开展\\x85培训"` built with no word, while U+2028 and a tab were warned: LibreOffice printed DEL and the C1
    controls as a gap, Chromium as a box, and NEL or a lone CR began a new paragraph in a paragraphs field."""
    path, text = broken(GZ, "name: 档案整理完成率", f'name: "档案整理{escape}完成率"')
    line, column = locate(text, escape)
    for command in (["validate"], ["build", "-o", str(tmp_path / "out"), "--format", "html"]):
        result = runner.invoke(main, [*command, str(path)])
        said = [text for text in result.output.splitlines() if "[TEXT-INVISIBLE]" in text]
        assert result.exit_code == 0 and len(said) == 1, result.output
        assert said[0].startswith(f"{path}:{line}:{column}: 警告[TEXT-INVISIBLE] "), said[0]
        assert f"“档案整理▯完成率”处有一个控制字符“{escape}”{named}，表上会印成空白、方框或另起一段" in said[0], said[0]


def test_a_cr_ending_a_line_with_its_lf_is_no_control_warned(validator, broken):
    """Only a CR alone is one: `\\r\\n` is the line break Windows writes, which a paragraphs field splits at as at `\\n`."""
    path, _ = broken(GZ, "overall_target: 以习近平", 'overall_target: "第一段。\\r\\n以习近平')
    path.write_text(path.read_text(encoding="utf-8").replace("实现新作为。\n", "实现新作为。\"\n", 1), encoding="utf-8")
    assert [p.code for p in validator.check_file(path).problems] == []


def test_a_full_width_space_ending_a_block_is_placed_on_the_line_it_was_typed(validator, broken):
    """The space ending a `|` block's last line was placed on the `|` line, two lines above it."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    path, text = broken(GZ, line, f"overall_target: |\n  第一段。\n  {line[len('overall_target: '):]}\u3000")
    problem = only(validator.check_file(path), "TEXT-INVISIBLE")
    assert (problem.line, problem.column) == locate(text, "\u3000") and "末尾有一个看不见的全角空格" in problem.message


@pytest.mark.parametrize("space, named", [("\u3000", "全角空格（U+3000）"), ("\u00a0", "不换行空格（U+00A0）")])
def test_a_space_ending_an_inner_line_of_a_block_is_warned_on_that_line(validator, broken, space, named):
    """Only the end of a `|` block's last line was looked at: a full-width space ending an inner line, printed as a
    gap at the end of that paragraph, got no word. The quote is that line's, with no line break in the message."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    path, text = broken(GZ, line, f"overall_target: |\n  　　第一段。{space}\n  　　{line[len('overall_target: '):]}")
    problem = only(validator.check_file(path), "TEXT-INVISIBLE")
    line, column = locate(text, f"。{space}")
    assert (problem.line, problem.column) == (line, column + 1), problem
    assert problem.message.endswith(f"：“　　第一段。▯”末尾有一个看不见的{named}，会原样印在表上；请删除它"), problem.message


def test_spaces_ending_several_lines_of_a_block_are_one_warning_naming_the_lines(validator, broken):
    """Word's paragraphs pasted each with a full-width space at its end gave one warning a line, the same words down
    the block: they are one, at the first, naming the lines (as line_runs writes them) and quoting the first."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    block = "".join(f"  第{n}段。{ends}\n" for n, ends in enumerate(["\u3000", "", "\u3000", "\u00a0", "\u3000"], 1))
    path, text = broken(GZ, line, f"overall_target: |\n{block}  {line[len('overall_target: '):]}")
    problems = [p for p in validator.check_file(path).problems if p.code == "TEXT-INVISIBLE"]
    first, _ = locate(text, "第1段")
    assert [(p.line, p.column) for p in problems] == [(first, locate(text, "第1段。\u3000")[1] + 4)], problems
    assert problems[0].message == (f"总体绩效目标：第 {first}、{first + 2}–{first + 4} 行末尾有看不见的全角空格（U+3000）和"
                                   "不换行空格（U+00A0），如“第1段。▯”，会原样印在表上；请删除这些空格")


@pytest.mark.parametrize("block, said", [
    ("  第一段。\n  \u3000\n  第二段。\n", None),
    ("  \u3000\u3000\n  第一段。\n", None),
    ("  第一段。\u3000\n  \u00a0\n  第二段。\u3000\n", "第 {0}、{2} 行末尾有看不见的全角空格（U+3000），如“第一段。▯”"),
])
def test_a_line_of_spaces_alone_between_others_is_no_space_ending_a_line(validator, broken, block, said):
    """A blank line holding only a full-width or no-break space, between two paragraphs, was told as a space ending a
    line, quoted “▯”, and named among the lines to mend: the forms print it as the empty line it looks like."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    path, text = broken(GZ, line, f"overall_target: |\n{block}  {line[len('overall_target: '):]}")
    first = text.split("\n").index("overall_target: |") + 2
    told = [p.message for p in validator.check_file(path).problems if p.code == "TEXT-INVISIBLE"]
    assert told == ([] if said is None else [f"总体绩效目标：{said.format(first, first + 1, first + 2)}，会原样印在表上；请删除这些空格"]), told


@pytest.mark.parametrize("spaces, said", [
    ("\u3000\u3000", "“第一段。▯▯”末尾有 2 个看不见的全角空格（U+3000），会原样印在表上；请删除它们"),
    ("\u3000\u00a0", "“第一段。▯▯”末尾有看不见的全角空格（U+3000）和不换行空格（U+00A0），共 2 个，会原样印在表上；请删除它们"),
])
def test_every_space_ending_a_line_is_marked_and_counted(validator, broken, spaces, said):
    """Two spaces ending a line were said to be one, the second quoted as typed: as unseen in the message as in the
    editor."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    path, _ = broken(GZ, line, f"overall_target: |\n  第一段。{spaces}\n  {line[len('overall_target: '):]}")
    assert only(validator.check_file(path), "TEXT-INVISIBLE").message.endswith(said)


@pytest.mark.parametrize("opening, closing, lead", [(">\n  ", "", 2), ('"', '"', 17), ("'", "'", 17), ("", "", 16)],
                         ids=["folded", "double", "single", "plain"])
@pytest.mark.parametrize("newline, bom", [("\n", ""), ("\r\n", ""), ("\n", "\ufeff")], ids=["lf", "crlf", "bom"])
def test_spaces_ending_lines_of_a_folded_value_are_said_on_those_lines(runner, broken, opening, closing, lead, newline,
                                                                       bom):
    """A `>` block or a quoted or plain value over several lines was said at its first line, `有 N 段`, and a space
    before a line YAML joins to it (a space between them) was not seen at all, saved on Windows or not: each line is
    named, at the first space, and what prints is quoted, the gap in the middle of the text."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    rest = line[len("overall_target: "):]
    path, text = broken(GZ, line, f"overall_target: {opening}第一段。\u3000\n  第二段。\u3000\n\n  第三段。\u00a0\n  {rest}{closing}")
    path.write_bytes((bom + text.replace("\n", newline)).encode("utf-8"))
    first, _ = locate(text, "第一段")
    result = runner.invoke(main, ["validate", str(path)])
    said = [line for line in result.output.splitlines() if "TEXT-INVISIBLE" in line]
    assert said == [f"{path}:{first}:{lead + 5}: 警告[TEXT-INVISIBLE] 总体绩效目标：第 {first}–{first + 1}、{first + 3} 行末尾有"
                    "看不见的全角空格（U+3000）和不换行空格（U+00A0），如“第一段。▯”，会原样印在表上：YAML 把换行变成空格、接上下一行，"
                    "印作“第一段。▯ 第二段。▯…”，在字句中间空出一段；请删除这些空格"], result.output


@pytest.mark.parametrize("opening, closing", [(">\n  ", ""), ('"', '"')], ids=["folded", "double"])
def test_one_space_ending_a_line_of_a_folded_value_says_what_prints(runner, broken, opening, closing):
    """One full-width space before a line YAML joins on was not seen; before a blank line (a paragraph's end) it is
    unseen in print too, and said so, at its own line."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    line = next(line for line in text.split("\n") if line.startswith("overall_target: "))
    rest = line[len("overall_target: "):]
    for between, printed in [("", "：YAML 把换行变成空格、接上下一行，印作“第一段。▯ 以习近平新时…”，在字句中间空出一段"),
                             ("\n", "")]:
        path, text = broken(GZ, line, f"overall_target: {opening}第一段。\u3000\n{between}  {rest}{closing}")
        at = locate(text, "\u3000")
        result = runner.invoke(main, ["validate", str(path)])
        said = [line for line in result.output.splitlines() if "TEXT-INVISIBLE" in line]
        assert said == [f"{path}:{at[0]}:{at[1]}: 警告[TEXT-INVISIBLE] 总体绩效目标：“第一段。▯”末尾有一个看不见的全角空格（U+3000），"
                        f"会原样印在表上{printed}；请删除它"], result.output


def test_a_space_ending_the_line_above_a_closing_quote_is_said_where_it_was_typed(runner, broken):
    """A quoted value whose closing quote has a line of its own ends in the full-width space before it and the space
    YAML made of the line break: it got no word."""
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会\n", 'unit: "广州市台湾同胞联谊会\u3000\n  "\n')
    line, column = locate(text, "\u3000")
    result = runner.invoke(main, ["validate", str(path)])
    assert (f"{path}:{line}:{column}: 警告[TEXT-INVISIBLE] 部门名称：“…湾同胞联谊会▯”末尾有一个看不见的全角空格（U+3000），"
            "会原样印在表上；请删除它") in result.output.splitlines(), result.output


@pytest.mark.parametrize("typed, printed", [('"开展\\"台联之星\\"活动。', '开展"台联之星"活动。'),
                                            ("'开展''台联之星''活动。", "开展'台联之星'活动。")], ids=["double", "single"])
def test_a_space_ending_a_quoted_line_with_an_escape_on_it_is_said(runner, broken, typed, printed):
    """A line of a quoted value holding `\\"` (or `''` in single quotes) before the full-width space ending it got no
    word: the line as typed is not in the text, which holds what each escape reads as."""
    line = next(line for line in (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
                if line.startswith("overall_target: "))
    path, text = broken(GZ, line, f"overall_target: {typed}\u3000\n  第二段。{typed[0]}")
    line, column = locate(text, "\u3000")
    result = runner.invoke(main, ["validate", str(path)])
    said = [line for line in result.output.splitlines() if "TEXT-INVISIBLE" in line]
    assert said == [f"{path}:{line}:{column}: 警告[TEXT-INVISIBLE] 总体绩效目标：“…{printed[-6:]}▯”末尾有一个看不见的全角空格（U+3000），"
                    f"会原样印在表上：YAML 把换行变成空格、接上下一行，印作“…{printed[-6:]}▯ 第二段。”，在字句中间空出一段；请删除它"], result.output


def test_a_block_line_ending_in_a_full_width_space_is_told_a_line_break_at_the_space_after_it(runner, broken):
    """TEXT-LINE-BREAK stripped a full-width space off a `>` block line's end before looking for its line break in the
    text, where the space YAML made of it follows that full-width space: the break went untold (`jixiao fmt` wrote the
    block's lines as one, the space in it out of sight). It reads the block's lines as TEXT-INVISIBLE does now."""
    line = next(line for line in (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
                if line.startswith("overall_target: "))
    path, text = broken(GZ, line, "overall_target: >\n  说明\u3000\n  补充 甲")
    at, column = locate(text, ">\n  说明")
    result = runner.invoke(main, ["validate", str(path)])
    said = [line for line in result.output.splitlines() if "TEXT-LINE-BREAK" in line]
    assert said == [f"{path}:{at}:{column}: 警告[TEXT-LINE-BREAK] 总体绩效目标：这一项用了 > 块，YAML 会把块里的换行变成空格，"
                    "表上印作“说明▯ 补充 甲↵”；请把这几行接成一行；要分段时请改用 | 块（每行一段）" + _ALSO_DELETE], result.output
    assert "TEXT-INVISIBLE" in result.output
    result = runner.invoke(main, ["fmt", str(path)])
    assert "错误[FMT-LINE-BREAK]" in result.output and path.read_text(encoding="utf-8") == text, result.output


def test_a_space_ending_the_first_line_of_a_plain_value_on_a_dash_line_is_said_with_a_sibling_below(runner, broken):
    """A plain value typed on an item's dash line (`- content: 甲　` over its line going on, then `name: 乙　`): its
    lines were taken to be all those indented deeper than the dash, the sibling keys below too, and a full-width space
    ending one of theirs (not in this value's text) left the value's own unsaid. Its lines are those deeper than its key."""
    name = "  - name: 履行职责，做好参政议政和信息调研工作。"
    content = "    content: 组织在穗台籍人大代表、"
    rest = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split(content)[1].split("\n")[0]
    path, text = broken(GZ, f"{name}\n{content}{rest}",
                        f"  - content: 组织在穗台籍人大代表\u3000\n      、{rest}\n    name: {name[10:]}\u3000")
    line, column = locate(text, "\u3000\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert (f"{path}:{line}:{column}: 警告[TEXT-INVISIBLE] 第 1 个年度重点工作任务的“主要实施内容”：“…台籍人大代表▯”末尾有"
            "一个看不见的全角空格（U+3000），会原样印在表上：YAML 把换行变成空格、接上下一行，") in result.output, result.output


@pytest.mark.parametrize("old, new, label, printed", [
    ("name: 档案整理完成率", "name: 档案整理\u3000\n      完成率", "第 1 个绩效指标的“三级指标”", "档案整理▯ 完成率"),
    ("name: 档案整理完成率", 'name: "档案整理\u3000\n      完成率"', "第 1 个绩效指标的“三级指标”", "档案整理▯ 完成率"),
    ("  - name: 履行职责，做好参政议政和信息调研工作。", "  - name: 履行职责，做好参政议政\u3000\n      和信息调研工作。",
     "第 1 个年度重点工作任务的“名称”", "…做好参政议政▯ 和信息调研工…"),
], ids=["plain", "double", "dash-line"])
def test_a_space_ending_an_inner_line_of_a_name_is_said_where_it_was_typed(runner, broken, old, new, label, printed):
    """A list item's name typed over several lines with a full-width space ending one that is not its last: YAML
    joins the next line on with a space, so it prints inside the name, and nothing was said (the name's check looked
    only at its ends, and TEXT-LINE-BREAK finds no line break after a full-width space)."""
    path, text = broken(GZ, old, new)
    line, column = locate(text, "\u3000\n")
    result = runner.invoke(main, ["validate", str(path)])
    said = [line for line in result.output.splitlines() if "TEXT-INVISIBLE" in line]
    assert said == [f"{path}:{line}:{column}: 警告[TEXT-INVISIBLE] {label}：“{printed.split('▯')[0]}▯”末尾有一个看不见的全角空格"
                    f"（U+3000），会原样印在表上：YAML 把换行变成空格、接上下一行，印作“{printed}”，在字句中间空出一段；请删除它"], \
        result.output


@pytest.mark.parametrize("typed", ["档案整理\u3000\n      完成率", '"档案整理\u3000\n      完成率"',
                                   "'档案整理\u3000\n      完成率'"], ids=["plain", "double", "single"])
def test_a_value_whose_first_line_ends_in_a_full_width_space_is_told_its_line_break(runner, broken, typed):
    """A plain or quoted value going on below a first line that ends in a full-width space: `joined_at` stripped that
    space (`str.rstrip`) before looking for the line break in the text, where it stands before the space YAML made of
    the break, so TEXT-LINE-BREAK said nothing and `jixiao fmt` joined the lines, the space left inside the name where
    nothing tells it any more, as a `>` block's was until 35791ea3."""
    path, text = broken(GZ, "name: 档案整理完成率", f"name: {typed}")
    line, column = locate(text, typed)
    result = runner.invoke(main, ["validate", str(path)])
    said = [line for line in result.output.splitlines() if "TEXT-LINE-BREAK" in line]
    assert said == [f"{path}:{line}:{column}: 警告[TEXT-LINE-BREAK] 第 1 个绩效指标的“三级指标”：这一项分在了两行，"
                    "YAML 会把换行变成空格，表上印作“档案整理▯ 完成率”；请把下一行接回这一行末尾；要分段时请改用 | 块"
                    + _ALSO_DELETE], result.output
    result = runner.invoke(main, ["fmt", str(path)])
    assert "错误[FMT-LINE-BREAK]" in result.output and path.read_text(encoding="utf-8") == text, result.output


_ALSO_DELETE = "；换行前还有看不见的全角空格（U+3000），引文里标作▯，也会印在表上，请一并删除（接成一行后夹在字句中间，就不再有提示了）"


def test_a_line_break_after_a_full_width_space_says_to_delete_it_too(runner, broken):
    """TEXT-LINE-BREAK and TEXT-INVISIBLE both warn of a `>` block line ending in a full-width space; the first, told
    first (on the `>` line), quoted the space as typed, a blank like the gap itself, and said only to join the lines:
    a clerk who did so left `说明　补充` on one line, where neither rule looks. It marks the space ▯ and says to delete
    it too, as does `jixiao fmt` refusing the block with its words, and joining the lines alone now leaves no word
    unsaid. Quoted with its escape `\\u3000` the space is one all the same."""
    old = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")[13]
    path, text = broken(GZ, old, 'overall_target: >\n  说明\u3000\n  补充')
    result = runner.invoke(main, ["fmt", str(path)])
    assert "表上印作“说明▯ 补充↵”），已保持原样未修改；请把这几行接成一行；要分段时请改用 | 块（每行一段）" + _ALSO_DELETE \
        in result.output, result.output
    path.write_text(text.replace("overall_target: >\n  说明\u3000\n  补充", 'overall_target: "说明\\u3000\n  补充"'),
                    encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert "表上印作“说明▯ 补充”；请把下一行接回这一行末尾；要分段时请改用 | 块" + _ALSO_DELETE in result.output, \
        result.output


def test_fmt_tells_a_plain_value_s_line_end_full_width_space_as_validate_does(runner, broken):
    """A plain value whose first line ends in a full-width space: validate's TEXT-LINE-BREAK marked it ▯ and said to
    delete it, while `jixiao fmt` refusing the value said only that it went on to the next line, the space unsaid."""
    old = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")[13]
    path, text = broken(GZ, old, "overall_target: 说明\u3000\n  补充")
    validated = runner.invoke(main, ["validate", str(path)]).output
    assert "表上印作“说明▯ 补充”；请把下一行接回这一行末尾；要分段时请改用 | 块" + _ALSO_DELETE in validated, validated
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 1, result.output
    assert ("错误[FMT-LINE-BREAK] 总体绩效目标：这一项接着写到了下一行，格式化会把这几行接成一行（换行变成空格）（表上印作“说明▯ 补充”），"
            "已保持原样未修改；请先改好：把下一行接回这一行末尾，要分段时请改用 | 块，下一行本不属于这一项的（如缩进错了）请改正缩进"
            + _ALSO_DELETE in result.output), result.output
    assert path.read_text(encoding="utf-8") == text


def test_every_line_end_space_in_a_line_break_s_quote_is_marked(runner, broken):
    """A `>` block whose first two lines end in a full-width space: the quote marked the first ▯ and showed the second
    as typed, a blank beside the words saying the quote marks them ▯."""
    old = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")[13]
    path, _ = broken(GZ, old, "overall_target: >\n  说明\u3000\n  补充\u3000\n  完")
    result = runner.invoke(main, ["validate", str(path)])
    assert "表上印作“说明▯ 补充▯ 完↵”；请把这几行接成一行" in result.output, result.output


@pytest.mark.parametrize("typed, how, fix", [
    (">\n  说明\u00a0\n  补充", "这一项用了 > 块，YAML 会把块里的换行变成空格，表上印作“说明▯ 补充↵”",
     "请把这几行接成一行；要分段时请改用 | 块（每行一段）"),
    ('"说明\u00a0\n  补充"', "这一项分在了两行，YAML 会把换行变成空格，表上印作“说明▯ 补充”", "请把下一行接回这一行末尾；要分段时请改用 | 块"),
], ids=["block", "quoted"])
def test_a_line_break_after_a_no_break_space_is_told_and_fmt_keeps_the_lines(runner, broken, typed, how, fix):
    """A no-break space (pasted from Word) ending a line of a `>` block or a quoted value: the space YAML made of the
    break follows it, beside no Chinese character (`HAN` has the full-width space, not this one), so TEXT-LINE-BREAK
    said nothing and `jixiao fmt` joined the lines, the no-break space inside the text where TEXT-INVISIBLE, which had
    warned of it at the line's end, no longer looks. Now the break is told and fmt refuses the value."""
    old = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")[13]
    path, text = broken(GZ, old, f"overall_target: {typed}")
    line, column = locate(text, typed)
    result = runner.invoke(main, ["validate", str(path)])
    said = [line for line in result.output.splitlines() if "TEXT-LINE-BREAK" in line]
    assert said == [f"{path}:{line}:{column}: 警告[TEXT-LINE-BREAK] 总体绩效目标：{how}；{fix}"
                    "；换行前还有看不见的不换行空格（U+00A0），引文里标作▯，也会印在表上，请一并删除（接成一行后夹在字句中间，就不再有提示了）"], \
        result.output
    result = runner.invoke(main, ["fmt", str(path)])
    assert "错误[FMT-LINE-BREAK]" in result.output and path.read_text(encoding="utf-8") == text, result.output


_CONTENT = "    content: 组织在穗台籍人大代表、政协委员和台胞骨干，"
_ESCAPED = '    content: "1. 开展\\"台胞之家\\"活动，存于C:\\\\台联\\t开展'
_RETYPED = ("，并去掉原来值两头的英文双引号“\"”（| 块里的引号会原样印在表上），值里的转义要改写成它印出来的字：“\\\"”写成“\"”、"
            "“\\\\”写成“\\”、“\\t”删去或换成空格（| 块不认转义，反斜杠会原样印在表上）")


def test_numbered_paragraphs_in_double_quotes_with_escapes_are_told_as_they_print(runner, broken):
    """A double-quoted value holding `\\"` over a numbered paragraph: its line break went untold (the escapes kept
    its first line from being found in its text), and `jixiao fmt` wrote it on one line; told to go in a `|` block,
    the clerk retyping it as typed printed its backslashes. Both commands now tell the break, and each escape as the
    character to type for it."""
    end = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split(_CONTENT)[1].split("\n")[0]
    path, text = broken(GZ, _CONTENT + end, _ESCAPED + "\n      2. " + end + '"')
    line, column = locate(text, '"1. 开展')
    result = runner.invoke(main, ["validate", str(path)])
    said = next((line for line in result.output.splitlines() if "TEXT-LINE-BREAK" in line), result.output)
    assert said.startswith(f"{path}:{line}:{column}: 警告[TEXT-LINE-BREAK] "), said
    assert said.endswith("每行行首空 6 格" + _RETYPED), said
    before = path.read_bytes()
    result = runner.invoke(main, ["fmt", str(path)])
    assert "错误[FMT-LINE-BREAK]" in result.output and result.output.count(_RETYPED) == 1, result.output
    assert path.read_bytes() == before


def test_a_numbered_paragraph_below_a_closed_quote_with_escapes_is_told_as_it_prints(runner, broken):
    """The same advice for a numbered paragraph flush left below a double-quoted value closed on its line (YAML
    refuses the line): the `\\"` typed inside the quotes, kept in the `|` block, printed its backslash."""
    end = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split(_CONTENT)[1].split("\n")[0]
    path, _ = broken(GZ, _CONTENT + end, _ESCAPED + '"\n2. ' + end)
    result = runner.invoke(main, ["validate", str(path)])
    assert "每行行首空 6 格" + _RETYPED in result.output, result.output


@pytest.mark.parametrize("old, new", [
    ("name: 档案整理完成率", "name: 档案整理完成率  # 原为档案整理率"),      # a comment as comments are written
    ("name: 档案整理完成率", "name: “档案”整理“完成率”"),                   # titles quoted inside the text
    ("name: 档案整理完成率", "name: 「档案」整理「完成率」"),
    ("name: 档案整理完成率", "name: 档案整理\u3000完成率"),               # spacing typed inside the text
    ("name: 档案整理完成率", 'name: "档案整理 #完成率"'),                    # quoted: the # is text
    ("name: 档案整理完成率", "name: 2022 年度档案整理完成率"),              # a space typed on one line
    ("name: 档案整理完成率", "name: >-\n      2022 年度档案整理完成率"),      # and in a > block, on one line
    ("overall_target: ", "overall_target: |\n  　　第一段。\n  　　"),  # a block's lines opened by the IME's indent
])
def test_text_typed_as_meant_is_not_warned(validator, broken, old, new):
    path, _ = broken(GZ, old, new)
    assert validator.check_file(path).problems == []


@pytest.mark.parametrize("typed, code", [("\\a", "U+0007"), ("\\v", "U+000B"), ("\\f", "U+000C"), ("\\uFFFE", "U+FFFE"),
                                         ("\\uFFFF", "U+FFFF")])
def test_escaped_control_character_is_rejected_with_its_place(validator, broken, typed, code):
    """Each makes a .docx Word will not open; dropping \\v and \\f, or U+FFFE and U+FFFF, from the rule passed every test."""
    path, text = broken(GZ, 'name: 档案整理完成率', f'name: "档案{typed}整理完成率"')
    problem = only(validator.check_file(path), "TEXT-CONTROL-CHAR")
    assert (problem.line, problem.column) == locate(text, '"档案')
    assert f"含有不能写入 Word 的控制字符 {code}（第 3 个字符）；请删除它" in problem.message, problem.message


@pytest.mark.parametrize("typed, code", [("\\a", "U+0007"), ("\\ud800", "U+D800")])
def test_a_character_no_file_can_hold_names_its_field(validator, broken, typed, code):
    """A lone surrogate is refused while loading, an `\\a` by the rule: both say the field first, as the rule did
    alone (the surrogate's message said only the character), and which character of the value it is."""
    path, _ = broken(GZ, "unit: 广州市台湾同胞联谊会", f'unit: "某{typed}会"')
    problem = only(validator.check_file(path), "TEXT-CONTROL-CHAR")
    assert problem.message.startswith("部门名称：含有") and f"{code}（第 2 个字符" in problem.message


@pytest.mark.parametrize("old, new, label", [
    ('period_value: "开展台胞活动5次以上"', 'period_value: "开展台胞活动\\ud8005次以上"', "第 2 个绩效指标（举办活动场次）的“实施周期指标值”"),
    ("name: 举办活动场次", 'name: "举办活动\\ud800场次"', "第 2 个绩效指标的“三级指标”"),
    ('name: 举办活动场次\n    period_value: "开展台胞活动5次以上"',
     'name: "举办\\ud800"\n    period_value: "开展台胞活动\\ud8005次以上"', "第 2 个绩效指标的“实施周期指标值”"),
])
def test_a_lone_surrogate_in_a_row_names_the_row_as_the_rules_do(validator, broken, old, new, label):
    """A lone surrogate in an indicator row's value named the row by its number alone, where the rules (an `\\a`
    there) add its 三级 name; a name holding half a character itself cannot name the row, so the number stays."""
    path, _ = broken(GZ, old, new)
    problem = only(validator.check_file(path), "TEXT-CONTROL-CHAR")
    assert problem.message.startswith(f"{label}：含有无法保存的字符 U+D800"), problem.message


@pytest.mark.parametrize("typed, code", [("\\uf0fc", "U+F0FC"), ("\\ue000", "U+E000"), ("\\ue003", "U+E003")])
def test_a_private_use_character_is_rejected_with_its_place(validator, broken, tmp_path, typed, code):
    """A Wingdings ✓ pasted from Word (U+F0FC) printed as an empty box; U+E000 opened a merged cell of the
    Word form and U+E003 split a Word template's text where its page header begins: both jixiao's marks."""
    path, text = broken(GZ, 'name: 档案整理完成率', f'name: "档案{typed}整理完成率"')
    problem = only(validator.check_file(path), "TEXT-CONTROL-CHAR")
    assert (problem.line, problem.column) == locate(text, '"档案')
    assert f"含有私用区字符 {code}（第 3 个字符，" in problem.message, problem.message  # the index: one off passed every test


def test_a_value_left_empty_is_said_alike_by_validate_and_diff(runner, broken):
    """`year:` with nothing after the colon was 空值 to validate, and （空） to diff, as to its own 不能为空 and
    BUDGET-SUM's （空，按 0 计）: a word of validate's own for the same blank. The empty text keeps its own word."""
    path, _ = broken(GZ, "year: 2023", "year:")
    said = runner.invoke(main, ["validate", str(path)]).output
    assert "年度：应为整数，实际是空的；" in said and "空值" not in said, said
    shown = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(path)]).output
    assert "  修改  年度  2023 → （空）" in shown, shown


@pytest.mark.parametrize(
    "old, new, code, words, at",
    [
        ("other_funds: 0.00", "other_funds: '0.00'", "SCHEMA-TYPE", "应为数字", "'0.00'"),
        ("other_funds: 0.00", "other_funds: 1,000", "SCHEMA-TYPE", "是千位分隔请写成 1000.00，是小数点请写成 1.00", "1,000"),
        ("other_funds: 0.00", "other_funds: 约78", "SCHEMA-TYPE", "不要加引号、逗号或单位", "约78"),
        ("basic: 610.85", "basic: -610.85", "SCHEMA-MINIMUM", "基本支出：不能是负数，实际是 -610.85", "-610.85"),  # was two BUDGET-SUMs
        ("other_funds: 0.00", "other_funds: -0.00", "SCHEMA-MINIMUM", "其他资金：不能是负数，实际是 -0.00；金额不写负号，请写成 0.00", "-0.00"),  # was printed
        ("other_funds: 0.00", "other_fundz: 0.00", "SCHEMA-ADDITIONALPROPERTIES", "是否想写“other_funds”", "other_fundz"),
        ("- level1: 产出指标\n    level2: 数量指标\n    name: 档案整理完成率", "- level1: 投入指标\n    level2: 数量指标\n    name: 档案整理完成率",
         "SCHEMA-ENUM", "不是可选的取值；应为以下之一：产出指标、效益指标", "投入指标"),
        ("- level1: 产出指标\n    level2: 数量指标\n    name: 档案整理完成率", "- level1: 产出指标\n    level2: 数量\n    name: 档案整理完成率",
         "SCHEMA-ENUM", "不是一级指标“产出指标”下可选的取值；是否想写“数量指标”？应为以下之一：数量指标、", "数量"),
        ("year: 2023", "year: 二〇二三", "SCHEMA-TYPE", "年度：应为整数，实际是文本“二〇二三”；请直接写阿拉伯数字", "二〇二三"),
        # An empty text was said as `文本“”`, a year's told "不要加引号" and nothing of what to write.
        ("year: 2023", 'year: ""', "SCHEMA-TYPE", "年度：应为整数，实际是空文本（引号里什么都没写）；请填上：预算年度，四位数字", '""'),
        ("other_funds: 0.00", "other_funds: '  '", "SCHEMA-TYPE",
         "应为数字（可留空），实际是空文本（引号里只有空格）；表上这一格要空着时写 null", "'  '"),
        # `""` typed with the IME on: told 请直接写阿拉伯数字，不要加引号、单位或汉字, with no digit there, nor the year's form
        ("year: 2023", "year: “”", "SCHEMA-TYPE",
         "年度：应为整数，实际是只有两个中文引号的文本“”；请删去这两个中文引号，填上：预算年度，四位数字，例如 2024", "“”"),
        # digits in Chinese quotes: told 请直接写阿拉伯数字，不要加引号、单位或汉字, not the digits found
        ("year: 2023", "year: “2024”", "SCHEMA-TYPE", "年度：应为整数，实际是文本“2024”；数字不要加中文引号；请写成 2024", "“2024”"),
        ("other_funds: 0.00", "other_funds: ‘1.5’", "SCHEMA-TYPE", "数字不要加中文引号；请写成 1.50", "‘1.5’"),
        ("year: 2023", "year: “23”", "SCHEMA-TYPE", "实际是文本“23”；数字不要加引号，年度请写四位数字", "“23”"),  # not 请写成 23
        ("year: 2023", "year: ‘ ’", "SCHEMA-TYPE", "文本‘ ’；请删去这两个中文引号，填上：预算年度，四位数字", "‘ ’"),
        ("other_funds: 0.00", "other_funds: “”", "SCHEMA-TYPE", "实际是只有两个中文引号的文本“”；请删去这两个中文引号，填上：", "“”"),
        # blanks outside the quotes: said by 和空格, and shown bare they read as a gap before "；"
        ("year: 2023", 'year: " “” "', "SCHEMA-TYPE", "年度：应为整数，实际是只有两个中文引号和空格的文本“”；请删去这两个中文引号", '" “” "'),
        # A comment typed with the input method's ＃: was told only 请直接写阿拉伯数字, not why the words were kept.
        ("year: 2023", "year: 2023 ＃ 年度", "SCHEMA-TYPE",
         "年度：应为整数，实际是文本“2023 ＃ 年度”；这里的“＃”是全角字符，如果是注释请改成半角 #；请写成 2023", "2023 ＃"),
        ("other_funds: 0.00", "other_funds: 1.50 ＃ 万元", "SCHEMA-TYPE", "这里的“＃”是全角字符，如果是注释请改成半角 #；请写成 1.50",
         "1.50 ＃"),
        # said in English and Python (`实际是true/false（true）`, `表样“[guangzhou]”不存在`), with no way to write it
        ("year: 2023", "year: true", "SCHEMA-TYPE", "年度：应为整数，实际是真假值 true；请改为：预算年度，四位数字，例如 2024", "true"),
        ("year: 2023", "year: [2023]", "SCHEMA-TYPE", "实际是列表（1 项）；请改为：预算年度，四位数字", "[2023]"),
        ("form: guangzhou", "form: [guangzhou]", "FORM-UNKNOWN",
         "表样应写表样的名称（文字），实际是列表“[guangzhou]”；是否想写“guangzhou”（", "[guangzhou]"),
        ("form: guangzhou", "form: true", "FORM-UNKNOWN", "表样应写表样的名称（文字），实际是真假值 true；可用的表样：", "true"),
        ("budget:\n", "budget:\n  - 1\nbudgetx:\n", "SCHEMA-TYPE", "预算整体情况：应为一组“键: 值”字段，实际是列表", "- 1"),
    ],
)
def test_schema_errors_name_the_field_in_chinese(validator, broken, old, new, code, words, at):
    path, text = broken(GZ, old, new)
    problems = [p for p in validator.check_file(path).problems if p.code == code]
    assert problems and words in problems[0].message, validator.check_file(path).problems
    assert (problems[0].line, problems[0].column) == locate(text, at)


@pytest.mark.parametrize("typed, code", [('""', "SCHEMA-PATTERN"), ('"  "', "SCHEMA-PATTERN"), ("", "SCHEMA-TYPE"),
                                         ("~", "SCHEMA-TYPE")])
def test_an_empty_text_refused_by_a_pattern_is_said_as_not_filled_in(validator, broken, typed, code):
    """`unit_code: ""` was said as `格式不对（文本“”）`, then `没有填写，现在是空文本（引号里什么都没写）`, and `unit_code:`
    as `应为文本，实际是空的；“单位编码”是必填的一栏，不能空着`: three sayings of one slip, now the one of any text the form
    needs left empty (schema_words.LEFT_EMPTY)."""
    path, text = broken(TJ, 'unit_code: "564301"', f"unit_code: {typed}".rstrip())
    problem = only(validator.check_file(path), code)
    assert problem.message == '单位编码：不能为空；请填写单位编码，例如 "564301"', problem.message
    assert problem.line == locate(text, "unit_code:")[0]


@pytest.mark.parametrize("typed, said", [("“”", "（“”）"), ("“  ”", "（“  ”）"), ("「」", "（「」）"), ('" “” "', "（“”）")])
def test_a_text_of_quotes_alone_in_a_pattern_field_is_told_to_be_filled_in(validator, broken, typed, said):
    """`unit_code: “”` was said as `格式不对（只有两个中文引号的文本“”）`, while `unit: “”` was told it was left empty and
    what goes there (TEXT-QUOTES) and `unit_code: ""` the same: an empty value typed with the IME on, said as one."""
    path, text = broken(TJ, 'unit_code: "564301"', f"unit_code: {typed}")
    problem = only(validator.check_file(path), "SCHEMA-PATTERN")
    assert problem.message == f'单位编码：只写了一对引号{said}，不能为空；请填写单位编码，例如 "564301"', problem.message
    assert (problem.line, problem.column) == locate(text, typed)


@pytest.mark.parametrize("old, new, words", [
    ("- level1: 社会公众或服务对象满意度", "- level1: “”",
     "的“一级指标”：只写了一对引号（“”），不能为空；应为以下之一：完成指标、效益指标、社会公众或服务对象满意度"),
    ("      level2: 社会效益指标", "      level2: 「」",
     "的“二级指标”：只写了一对引号（「」），不能为空；一级指标“效益指标”下应为以下之一：经济效益指标、"),
])
def test_quotes_around_nothing_in_a_choice_are_told_to_be_filled_in(validator, broken, old, new, words):
    """`level1: “”` was `只有两个中文引号的文本“”不是可选的取值`, while `level1: ""` was told 不能为空 and the choices."""
    path, _ = broken(HY, old, new)
    problem = only(validator.check_file(path), "SCHEMA-ENUM")
    assert words in problem.message, problem.message


def test_quotes_around_nothing_in_a_year_are_named_by_their_kind(validator, broken):
    """`year: 「」` was `实际是文本“「」”；请直接写阿拉伯数字，不要加引号、单位或汉字`, while `year: “”` was told to drop the quotes
    and what to write: corner brackets around nothing are the same empty value, told by their name."""
    path, _ = broken(GZ, "year: 2023", "year: 「」")
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert "实际是只有两个直角引号的文本「」；请删去这两个直角引号，填上：预算年度，四位数字" in problem.message, problem.message


GZ_BUDGET = ("  basic: 610.85\n  project: 78.56\n  fiscal: 689.41\n  other_funds: 0.00\n  special: 0.00\n"
             "  other_development: 0.00\n  own_level: 689.41\n  transfer: 0.00\n")


@pytest.mark.parametrize("old, new, at, words", [
    # Every row deleted to start afresh: "应为列表，实际是空值" said nothing of how a list is written.
    ("indicators:", "indicators:\nindicators_draft:", "indicators:",
     "绩效指标：应为列表，实际是空的；“indicators:”其下每一项以“- ”开头（在编辑器里打“- ”后按 Ctrl+Space 选"),
    ("key_tasks:", "key_tasks: 无\nkey_tasks_draft:", "无",
     "年度重点工作任务：应为列表，实际是文本“无”；这一栏至少要写一项，不能写“无”；请删去冒号后面的“无”：“key_tasks:”其下每一项以“- ”开头"),
    ("budget:", "budget: 689.41\nbudget_draft:", "689.41", "预算整体情况：应为一组“键: 值”字段，实际是数字 689.41；"
     "请删去冒号后面的“689.41”：“budget:”其下每行比 budget: 多缩进两格，写一个字段：basic、project、fiscal"),
    ("budget:\n", "budget:\n  - 1\nbudgetx:\n", "- 1", "实际是列表（1 项）；“budget:”其下每行比 budget: 多缩进两格"),
    # Fields typed as list items: told to indent them two spaces, which they were; the dashes are what to delete.
    (GZ_BUDGET, GZ_BUDGET.replace("  ", "  - "), "- basic",
     "实际是列表（8 项）；请删去第 6、7、8、9、10、11、12、13 行开头的“- ”：“budget:”其下每行比 budget: 多缩进两格"),
    (GZ_BUDGET, GZ_BUDGET.replace("  ", "    ").replace("    basic", "  - basic"), "- basic",
     "实际是列表（1 项）；请删去第 6 行开头的“- ”，并把第 7–13 行退回 2 格（行首删掉 2 个空格）：“budget:”其下每行"),
    # Two items: "（其下各行随它退回 2 格）" left open which dash "它" was; the lines are named.
    (GZ_BUDGET, GZ_BUDGET.replace("  ", "    ").replace("    basic", "  - basic").replace("    fiscal", "  - fiscal"),
     "- basic", "实际是列表（2 项）；请删去第 6、8 行开头的“- ”，并把第 7、9–13 行退回 2 格（行首删掉 2 个空格）："),
    # Dashes flush with `budget:`: deleting them would leave the fields beside it; the group's rule is what to follow.
    (GZ_BUDGET, GZ_BUDGET.replace("  basic", "- basic"), "- basic",
     "实际是列表（1 项）；“budget:”其下每行比 budget: 多缩进两格"),
    # All that was typed after the colon is to go: only its first word was named, and deleting it left the error.
    ("key_tasks:", "key_tasks: 无 见附件  # 注\nkey_tasks_draft:", "无", "请删去冒号后面的“无 见附件”：“key_tasks:”其下每一项"),
    ("budget:", "budget: []\nbudget_draft:", "[]", "请删去冒号后面的“[]”：“budget:”其下每行比 budget: 多缩进两格"),
    ("key_tasks:", "key_tasks: {}\nkey_tasks_draft:", "{}", "请删去冒号后面的“{}”：“key_tasks:”其下每一项以“- ”开头"),
])
def test_a_list_or_group_of_fields_given_no_rows_says_how_rows_are_written(validator, broken, old, new, at, words):
    path, text = broken(GZ, old, new)
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert words in problem.message
    line, column = locate(text, at)
    assert (problem.line, problem.column) == ((line, column + len(at)) if at.endswith(":") else (line, column))


@pytest.mark.parametrize("old, new, message", [
    # was: write "", which is empty too; then nothing on what to write, which `unit: ""` was told
    ("unit: 广州市台湾同胞联谊会", "unit:", "部门名称：不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),  # as `unit: ""` is
    ("- level1: 产出指标\n    level2: 数量指标", "- level1:\n    level2: 数量指标",
     "第 1 个绩效指标（档案整理完成率）的“一级指标”：不能为空；应为以下之一：产出指标、效益指标"),  # was TYPE and ENUM
    ("- level1: 产出指标\n    level2: 数量指标", '- level1: ""\n    level2: 数量指标',
     "第 1 个绩效指标（档案整理完成率）的“一级指标”：不能为空；应为以下之一：产出指标、效益指标"),  # was MINLENGTH and ENUM
    # blanks alone were `空文本（引号里只有空格）不是可选的取值`, the one way of leaving a choice empty said otherwise
    ("- level1: 产出指标\n    level2: 数量指标", '- level1: "  "\n    level2: 数量指标',
     "第 1 个绩效指标（档案整理完成率）的“一级指标”：不能为空；应为以下之一：产出指标、效益指标"),
    ("- level1: 产出指标\n    level2: 数量指标", '- level1: 产出指标\n    level2: "　"',
     "第 1 个绩效指标（档案整理完成率）的“二级指标”：不能为空；一级指标“产出指标”下应为以下之一：数量指标、质量指标、时效指标、成本指标"),
])
def test_an_empty_required_value_is_one_message_that_can_be_acted_on(validator, broken, old, new, message):
    path, _ = broken(GZ, old, new)
    assert [p.message for p in validator.check_file(path).problems] == [message]


@pytest.mark.parametrize("old, new, said", [
    ("  basic: 610.85", "  basic: （请填写）", "预算整体情况 › 基本支出：还是“（请填写）”，没有填写；请填上：部门预算支出中的基本支出（万元）"),
    # quoted as written, so a search of the spec finds it: “（请填写）” for `(请填写)` was a text not in the file
    ("  basic: 610.85", '  basic: "(请填写)"', "预算整体情况 › 基本支出：还是“(请填写)”，没有填写；请填上："),
    ("year: 2023", "year: 请填写", "年度：还是“请填写”，没有填写；请填上：预算年度，四位数字，例如 2024"),
    # a copied template's placeholder was `应为数字（可留空），实际是文本“【请填写】”；金额请直接写数字…`
    ("  basic: 610.85", "  basic: 【请填写】", "预算整体情况 › 基本支出：还是“【请填写】”，没有填写；请填上："),
    ("  basic: 610.85", "  basic: XXX", "预算整体情况 › 基本支出：还是“XXX”，没有填写；请填上："),
    ("year: 2023", "year: （待填写）", "年度：还是“（待填写）”，没有填写；请填上：预算年度"),
])
def test_a_number_field_left_as_the_placeholder_is_told_it_is_not_filled_in(validator, broken, old, new, said):
    """`basic: （请填写）`, what `jixiao new` writes in a text, typed or pasted into an amount, was told `应为数字（可留空），
    实际是文本“（请填写）”；金额请直接写数字…`: a slip of the pen, where the clerk had yet to fill the field in."""
    path, text = broken(GZ, old, new)
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert problem.message.startswith(said) and "实际是文本" not in problem.message, problem.message
    assert (problem.line, problem.column) == locate(text, new.split(": ")[1])


@pytest.mark.parametrize("typed", ['""', '" "', '"　"'])
def test_an_empty_date_field_is_told_it_is_not_filled_in(validator, broken, typed):
    """`filled_date: ""` was told `应写成完整日期，如 2022年1月5日，实际是“”`, a slip in a date never written; it is said as
    any required text left empty is, with the date's example."""
    path, text = broken(HY, "  filled_date: 2022年1月5日", f"  filled_date: {typed}")
    problem = only(validator.check_file(path), "DATE-YEAR")
    assert problem.message.endswith("填表日期：不能为空；请填写填表日期，例如 2022年1月5日"), problem.message
    assert problem.is_error and (problem.line, problem.column) == locate(text, f"filled_date: {typed}")[:1] + (
        len("  filled_date: ") + 1,)


@pytest.mark.parametrize("spec, old, new, message", [
    # A target left empty said `“指标值”：必须填写，现在是空的` and nothing of how the form writes one
    ("tianjin-qiaolian-2023.yaml", '        value: "1485平方米"', "        value:",
     "第 1 个项目绩效目标表的第 1 个绩效指标（办公用房租赁面积）的“指标值”：不能为空；"
     '请填写指标值，例如 "≥95％"、"12个月"、"≤18万元"'),
    ("jiangsu-taiban-2024.yaml", "annual_target: 贯彻落实", "annual_target:\nannual_target_draft: 贯彻落实",
     "年度目标：不能为空；请填写年度目标（部门本年度的绩效目标），"
     "例如 贯彻落实年度工作部署，全年举办经济、文化、科技、教育等领域交流活动不少于 10 场"),
])
def test_an_empty_required_text_is_told_the_forms_example(validator, broken, spec, old, new, message):
    """A required text left empty (null) is told what goes there, with the example its schema's description gives,
    as `""` is: the example is the form author's, never one written in Python for a field."""
    path, _ = broken(spec, old, new)
    assert message in [p.message for p in validator.check_file(path).problems]


@pytest.mark.parametrize("typed", ["", '""', '" "'])
def test_an_empty_free_text_level2_is_not_told_another_level1s_example(validator, broken, typed):
    """A 履职 row's 二级指标 (a duty, free text) left empty was told `例如 一级指标是决策时，写计划制定、目标设定或预算编制`:
    its description's example is for 决策 rows, whose 二级指标 is one of a list and told so by its enum."""
    old = "    level2: 负责机关正常运转，负责机关重要会务、接待工作；承担机要、财务、资产管理、档案工作；负责授权审批赴台管理工作"
    path, _ = broken("jiangsu-taiban-2024.yaml", old, f"    level2: {typed}".rstrip())
    said = [p.message for p in validator.check_file(path).problems if "“二级指标”" in p.message]
    assert len(said) == 1 and said[0].endswith("的“二级指标”：不能为空；请填写二级指标"), said


def test_a_text_left_empty_says_how_to_write_nothing(validator, broken):
    path, text = broken(GZ, 'other_tasks: ""', "other_tasks:")
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert problem.message.endswith("应为文本，实际是空的；没有内容时请写成 \"\"（一对英文双引号）")
    line, column = locate(text, "other_tasks:")
    assert (problem.line, problem.column) == (line, column + len("other_tasks:"))


def test_a_sum_names_two_items_that_read_alike_by_their_lines(validator, broken):
    """A task pasted twice made TASK-SUM list `门户网站建设及聘用人… 14.76、门户网站建设及聘用人… 14.76`: two names no one
    could tell apart, or find. Names that read apart are listed without lines."""
    text = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8")
    task = text[text.index("  - name: 门户网站建设及聘用人员经费"):text.index("other_tasks:")]
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "other_tasks:", task + "other_tasks:")
    first = locate(text, "- name: 门户网站")[0]
    copy = first + task.count("\n")
    problem = only(validator.check_file(path), "TASK-SUM")
    assert (f"（市侨联工作经费 49.41、门户网站建设及聘用人…（第 {first} 行） 14.76、门户网站建设及聘用人…（第 {copy} 行） 14.76）"
            in problem.message)
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "amount: 14.76", "amount: 14.77")
    assert "（市侨联工作经费 49.41、门户网站建设及聘用人… 14.77）" in only(validator.check_file(path), "TASK-SUM").message


def test_a_task_copied_and_not_renamed_is_warned_where_the_copy_is_naming_the_first(validator, broken):
    """A key task pasted twice was never called a duplicate by validate; lint's A8 said it without a line."""
    path, text = broken(GZ, "- name: 拓展工作平台，联谊服务在穗台商和在穗高校台生。", "- name: 履行职责，做好参政议政和信息调研工作。")
    problem = only(validator.check_file(path), "SAME-NAME")
    first = text.index("- name: 履行职责")
    copy = text.index("- name: 履行职责", first + 1)
    assert (problem.line, problem.column) == (text.count("\n", 0, copy) + 1, len("  - name: ") + 1)
    assert problem.message == (f"第 2 个年度重点工作任务的“名称”：与第 {text.count(chr(10), 0, first) + 1} 行的第 1 个年度重点工作任务"
                               "（履行职责，做好参政议政和信息调研工作）同名；复制来的请改成这一项自己的名称和内容，重复的请删去一项")
    assert not problem.is_error


@pytest.mark.parametrize("name", ["（请填写）", "。"])
def test_two_names_left_unfilled_are_no_copy(validator, broken, name):
    """Two tasks whose names are still what `jixiao new` wrote, or punctuation alone, are unfilled, not a copy: a
    check of an empty name only told them `与第 16 行的第 1 个年度重点工作任务（）同名`, the first named by nothing."""
    path, text = broken(GZ, "- name: 拓展工作平台，联谊服务在穗台商和在穗高校台生。", f"- name: {name}")
    path.write_text(text.replace("- name: 履行职责，做好参政议政和信息调研工作。", f"- name: {name}"), encoding="utf-8")
    assert [p.message for p in validator.check_file(path).problems if p.code == "SAME-NAME"] == []


def test_an_indicator_copied_under_its_level2_is_warned_one_under_another_is_not(validator, broken):
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "name: 侨务接待次数", "name: 开展培训场次。")
    problem = only(validator.check_file(path), "SAME-NAME")
    assert (problem.line, problem.column) == locate(text, "开展培训场次\n")  # the second: the first is the copy
    line = locate(text, "开展培训场次。")[0]
    assert f"：与第 {line} 行的第 2 个绩效指标（开展培训场次）同在“产出指标 › 数量指标”下，同名；" in problem.message
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "name: 因公出国(境)访率(%)", "name: 开展培训场次")  # 质量指标: lint's A8
    assert [p for p in validator.check_file(path).problems if p.code == "SAME-NAME"] == []


def test_one_name_under_two_key_works_of_a_level2_is_no_copy(validator, broken):
    """The Jiangsu form has a 重点工作 column between 二级 and 三级 (merged, per the profile): 办理时效 under two pieces of
    work was called a copy to delete, as rows under one 一级 and 二级 are."""
    path, _ = broken("jiangsu-taiban-2024.yaml", "name: 档案整理时效", "name: 办理时效")  # the row above is 办理时效
    assert [p for p in validator.check_file(path).problems if p.code == "SAME-NAME"] == []


def test_a_copy_under_a_key_work_names_its_place_as_typed_and_cut(validator, broken):
    """The place was said folded (`调研工作;负责…`, not the ； typed) and uncut: a 二级 of a department's duties ran 50
    characters into the message. It is said as diff's places say it, the 重点工作 too."""
    path, text = broken("jiangsu-taiban-2024.yaml", "key_work: 向省委、省政府两个信息网络平台报送信息\n    name: 被省委省政府“两办”采用信息条数",
                        "key_work: 完成我省年度涉台研究课题\n    name: 完成进度。")
    problem = only(validator.check_file(path), "SAME-NAME")
    assert "同在“履职 › 指导全省对台调研工作；负责调研两岸关系发展情况 › 完成我省年度涉台研究课题”下，同名；" in problem.message
    path, _ = broken("jiangsu-taiban-2024.yaml", "key_work: 年度档案整理\n    name: 档案整理时效",
                     "key_work: 物资采购及后勤服务\n    name: 办理时效")
    problem = only(validator.check_file(path), "SAME-NAME")
    assert "同在“履职 › 负责机关正常运转… › 物资采购及后勤服务”下，同名；" in problem.message


def test_a_required_text_left_empty_says_what_to_fill_in_not_how_to_leave_it_blank(validator, broken):
    """`没有内容时请写成 ""` under an emptied 指标值 steered a clerk to leave a target blank: a field its row
    requires says what goes there."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", 'name: 开展培训场次\n    value: "2次"', "name: 开展培训场次\n    value:")
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert problem.message.endswith("；请填上：这项指标的指标值，按表上的写法填写，加英文双引号，例如 \"≥95%\"；"
                                    "确实没有内容时写成 \"\"（一对英文双引号）")  # the schema takes "" here
    path, _ = broken("tianjin-qiaolian-2023.yaml", 'unit_code: "564301"', "unit_code:")  # its pattern refuses ""
    assert only(validator.check_file(path), "SCHEMA-TYPE").message == '单位编码：不能为空；请填写单位编码，例如 "564301"'
    path, _ = broken(HY, "  filled_date: 2022年1月5日", "  filled_date:")  # DATE-YEAR refuses "": was 确实没有内容时写成 ""
    assert only(validator.check_file(path), "SCHEMA-TYPE").message.endswith("填表日期：不能为空；请填写填表日期，例如 2022年1月5日")


def test_an_emptied_text_is_called_required_only_where_the_schema_refuses_an_empty_one(validator, broken):
    """A task's 主要实施内容 is required as a key and takes "": `content:` was called 必填, 不能空着, while `content: ""`
    passed. A Hengyang project row's 三级 takes "" on its 满意度 row alone (a condition of the row)."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    content = next(line for line in text.splitlines() if line.startswith("    content: "))
    path, _ = broken(GZ, content, '    content: ""')
    assert validator.check_file(path).problems == []
    path, _ = broken(GZ, content, "    content:")
    message = only(validator.check_file(path), "SCHEMA-TYPE").message
    assert "必填" not in message and "不能空着" not in message
    assert message.endswith("；请填上：这项任务的主要实施内容。例如 组织人大代表、政协委员和骨干开展调研，反映社情民意；"
                            "确实没有内容时写成 \"\"（一对英文双引号）"), message
    satisfaction = '社会公众或服务对象满意度指标\n        name: ""'
    path, _ = broken("hengyang-qiaolian-2022.yaml", satisfaction, satisfaction.replace(' ""', ""))
    assert "不能空着" not in only(validator.check_file(path), "SCHEMA-TYPE").message
    path, _ = broken("hengyang-qiaolian-2022.yaml", "name: 执行时限。", "name:")  # as `name: ""` is, under its condition
    assert only(validator.check_file(path), "SCHEMA-TYPE").message.endswith(
        "的“三级指标”：二级指标不是“社会公众或服务对象满意度指标”时，不能为空；请填写三级指标（具体的绩效指标名称），例如 活动按时完成率")


def test_a_bare_dash_says_to_delete_the_line_or_fill_the_item_in(validator, broken):
    """A target deleted down to its `-`: "应为一组“键: 值”字段，实际是空值" left the clerk with no way on."""
    old = '  - level1: 产出指标\n    level2: 数量指标\n    name: 开展培训场次\n    value: "2次"\n'
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old, "  -\n")
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert problem.message == ("第 3 个绩效指标：应为一组“键: 值”字段，实际是空的；不要这一项了就删掉这一行“-”，"
                               "否则在下面每行比“-”多缩进两格，写上 level1、level2、name、value 各项")


@pytest.mark.parametrize("typed", ["无", "——", "/", '""', '"-"', "暂无"])
def test_an_amount_written_as_a_blank_cell_says_how_to_leave_it_blank(validator, broken, typed):
    """`other_funds: 无` (what the paper form shows) was told to write a number such as 78.56: a figure the author
    does not have. A blank cell is written null, a printed zero 0.00."""
    path, text = broken(GZ, "other_funds: 0.00", f"other_funds: {typed}")
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert problem.message.endswith("；表上这一格要空着时写 null（或冒号后面什么都不写），要印成 0 时写 0.00")
    line, column = locate(text, f"other_funds: {typed}")
    assert (problem.line, problem.column) == (line, column + len("other_funds: "))


def test_a_field_that_cannot_be_empty_is_not_told_to_write_null(validator, broken):
    path, _ = broken(GZ, "year: 2023", "year: 无")
    assert "null" not in only(validator.check_file(path), "SCHEMA-TYPE").message


def test_missing_required_field_names_it(validator, broken):
    path, text = broken(GZ, "  transfer: 0.00\n", "")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert "缺少必填字段“transfer”（拟用于对下转移支付资金）" in problem.message


def block(spec: str, key: str, next_key: str) -> str:
    """A top-level field's lines in an example spec, from `key:` to the line before `next_key:`."""
    text = (ROOT / "specs" / spec).read_text(encoding="utf-8")
    return text[text.index(f"\n{key}:") + 1:text.index(f"\n{next_key}:") + 1]


def test_a_missing_field_with_few_values_says_what_to_write(validator, broken):
    """An indicator without its 一级指标 was said to lack “level1”, not how to add it nor what to write there; then
    told to add it "in this item", where the item's first line (`- level2:`) is no place for it."""
    path, text = broken(GZ, "- level1: 产出指标\n    level2: 数量指标\n", "- level2: 数量指标\n")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert problem.message == ("第 1 个绩效指标（档案整理完成率）：缺少必填字段“level1”（一级指标）；请在 name: 上面加一行“level1: …”，"
                               "与它对齐；写以下之一：产出指标、效益指标")
    line, column = locate(text, "- level2: 数量指标\n")
    assert (problem.line, problem.column) == (line + 1, column + 2)


def test_a_missing_field_whose_choices_follow_another_names_them(validator, broken):
    """An indicator without its 二级指标 was told to write any text, or "" when it had none, which was then
    refused as not one of the 二级指标 of its 一级指标: the line to add now names those."""
    path, text = broken(GZ, "- level1: 产出指标\n    level2: 数量指标\n", "- level1: 产出指标\n")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert problem.message == ("第 1 个绩效指标（档案整理完成率）：缺少必填字段“level2”（二级指标）；请在 level1: 下面加一行“level2: …”，"
                               "与它对齐；写以下之一：数量指标、质量指标、时效指标、成本指标")


def test_a_missing_field_its_row_leaves_empty_is_given_the_empty_line(validator, broken):
    """A 满意度 row without its 二级指标 was told to add `level2: （请填写）` and put the 二级指标 there, "" only after it:
    the row takes "" alone (一级指标“社会公众或服务对象满意度”下没有二级指标), so following the first advice was refused."""
    path, _ = broken(HY, '      level2: ""\n      name: 上级', "      name: 上级")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert problem.message.endswith("缺少必填字段“level2”（二级指标）；请在 level1: 下面加一行“level2: \"\"”，与它对齐；"
                                    "这一行没有二级指标，只写一对英文双引号"), problem.message


# (spec, what is taken out, the message; the field it says to write beside, where the problem points).
MISSING = {
    "amount": (GZ, "  project: 78.56\n", "预算整体情况：缺少必填字段“project”（项目支出）；请在 basic: 下面加一行“project: 金额”，"
               "与它对齐；金额以万元为单位直接写数字，如 78.56 或 0.00（表上这一格要空着时写 null）", "basic: 610.85"),
    "year named by the file": (GZ, "year: 2023\n", "文件顶层：缺少必填字段“year”（年度）；请在 form: 下面加一行“year: 2023”，"
                               "与它对齐；文件名写的是 2023 年；是别的年度就写那一年，直接写四位阿拉伯数字，不加引号、单位或汉字",
                               "form:"),
    "integer or blank": ("zhanjiang-qiaolian-2024.yaml", "  staff_count: 18  # 财政供养人员数\n",
                         "基本信息：缺少必填字段“staff_count”（财政供养人员数）；请在 subunit_count: 上面加一行“staff_count: 整数”，"
                         "与它对齐；直接写阿拉伯数字，不加引号、单位或汉字（表上这一格要空着时写 null）", "subunit_count:"),
    "text": (GZ, "unit: 广州市台湾同胞联谊会\n", "文件顶层：缺少必填字段“unit”（部门名称）；请在 year: 下面加一行“unit: （请填写）”，与它对齐；"
             "把“（请填写）”换成实际的部门名称",
             "year:"),
    "text that may be empty": (GZ, "    content: 全面从严治党，继续开展党史学习教育活动，加强党风廉政建设，加强在职机关党员干部教育学习。\n",
                               "第 5 个年度重点工作任务：缺少必填字段“content”（主要实施内容）；请在 name: 下面加一行“content: （请填写）”，"
                               "与它对齐；把“（请填写）”换成实际的主要实施内容，没有内容时写 \"\"（一对英文双引号）", "name: 全面从严治党"),
    "quoted text": ("tianjin-qiaolian-2023.yaml", '        value: "1485平方米"\n',
                    "第 1 个项目绩效目标表的第 1 个绩效指标（办公用房租赁面积）：缺少必填字段“value”（指标值）；请在 description: 下面加一行"
                    "“value: \"（请填写）\"”，与它对齐；把“（请填写）”换成实际的指标值，英文双引号保留", "description: 办公用房租赁面积"),
    "text with an example": ("tianjin-qiaolian-2023.yaml", 'unit_code: "564301"\n',
                             "文件顶层：缺少必填字段“unit_code”（单位编码）；请在 unit: 下面加一行“unit_code: \"（请填写）\"”，与它对齐；"
                             "把“（请填写）”换成实际的单位编码，如 \"564301\"，英文双引号保留", "unit:"),
    "date": ("hengyang-qiaolian-2022.yaml", "    filled_date: 2022 年 1 月 5 日\n",
             "第 1 个项目绩效目标申报表：缺少必填字段“filled_date”（填报日期）；请在 phone: 下面加一行“filled_date: （请填写）”，"
             "与它对齐；把“（请填写）”换成实际的日期，如 2022 年 1 月 5 日", 'phone: "15873406651"'),  # not 写 "": DATE-YEAR refuses it
    "list": (GZ, block(GZ, "key_tasks", "other_tasks"),
             "文件顶层：缺少必填字段“key_tasks”（年度重点工作任务）；请在 overall_target: 下面加上“key_tasks:”，与它对齐；"
             "其下每一项以“- ”开头（在编辑器里打“- ”后按 Ctrl+Space 选“新的一项重点工作任务（推荐，带各栏）”，一次插入这一项的各栏）",
             "overall_target:"),
    "list of text": ("tianjin-qiaolian-2023.yaml", "    targets:\n      - 市侨联办公用房租赁，保障侨联工作开展。\n",
                     "第 1 个项目绩效目标表：缺少必填字段“targets”（绩效目标）；请在 purpose: 下面加上“targets:”，与它对齐；"
                     "其下每一项一行，以“- ”开头", "purpose: 市侨联办公用房租赁"),
    "fields": (GZ, block(GZ, "budget", "overall_target"),
               "文件顶层：缺少必填字段“budget”（预算整体情况）；请在 unit: 下面加上“budget:”，与它对齐；其下每行比 budget: "
               "多缩进两格，写一个字段：basic、project、fiscal、other_funds、special、other_development、own_level、transfer",
               "unit:"),
}


@pytest.mark.parametrize("kind", MISSING)
def test_a_missing_field_says_what_line_to_add_and_beside_which_field(validator, broken, kind):
    """A missing field was named, nothing more: not what to write for it (a number in 万元, text, a list of
    `- ` items, a block of fields), nor where in the file. The problem pointed at the mapping it belongs to."""
    spec, taken, message, beside = MISSING[kind]
    path, text = broken(spec, taken, "")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert problem.message == message
    assert (problem.line, problem.column) == locate(text, beside)


@pytest.mark.parametrize("name, told", [("gz.yaml", "“year: 整数”，与它对齐；直接写阿拉伯数字，如 2024，"),
                                        ("规划2021-2025.yaml", "“year: 整数”，与它对齐；直接写阿拉伯数字，如 2024，"),
                                        ("某单位-2025.yaml", "“year: 2025”，与它对齐；文件名写的是 2025 年；")])
def test_a_missing_year_is_told_the_year_the_file_name_names(validator, tmp_path, name, told):
    """A 2025 spec lacking `year` was told “year: 整数 … 如 2024”, the schema's example: typed as shown, it was then
    warned of by YEAR-FILE-NAME. The year its file name names is the line to add; a name with none, or with
    several, names none, and the schema's example stays."""
    path = tmp_path / name
    path.write_text((ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("year: 2023\n", ""), encoding="utf-8")
    assert told in only(validator.check_file(path), "SCHEMA-REQUIRED").message


@pytest.mark.parametrize("spec, taken", [(GZ, "unit: 广州市台湾同胞联谊会\n"),
                                         ("tianjin-qiaolian-2023.yaml", 'unit_code: "564301"\n')])
def test_a_missing_text_s_line_typed_as_told_is_warned_of_until_filled_in(validator, broken, spec, taken):
    """`加一行“unit: 文字”` was typed as it is: 文字 passed validate and was printed on the form as the unit's name.
    The line now holds “（请填写）”, as `jixiao new` writes it, which validate warns of while it is left."""
    path, _ = broken(spec, taken, "")
    typed = re.search(r"加一行“(.+?)”，", only(validator.check_file(path), "SCHEMA-REQUIRED").message).group(1)
    path, _ = broken(spec, taken, typed + "\n")
    assert [p.code for p in validator.reported(validator.check_file(path))] == ["UNFILLED"]


@pytest.mark.parametrize("written", ["【请填写】", "[请填写]", "（待填写）", "〔填写〕", "待填", "（待定）", "XXX", "xxx", "××", "ＸＸ",
                                     "（ 请填写 ）", "【　待定　】", "请填写：", "请填写。", "请填写…", "【请填写】：",
                                     "（待定）。", "【待定：】"])
def test_a_copied_template_s_placeholder_is_warned_of_as_new_s_is(validator, broken, written):
    """A template's mark for a cell to fill (【请填写】, XXX, ××) passed validate as the unit's name, printed on the form;
    only “（请填写）” and (请填写) were known. It is warned of as one, quoted as written so a search finds it. So is one
    spaced inside its brackets (（ 请填写 ）) or with a colon or full stop after it (请填写：, （待定）。), which still passed."""
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会", f"unit: \"{written}\"")
    [problem] = validator.reported(validator.check_file(path))
    assert problem.code == "UNFILLED" and f"还有 1 处写着“{written}”（第一处：部门名称）" in problem.message, problem
    assert (problem.line, problem.column) == locate(text, f"\"{written}")


@pytest.mark.parametrize("written", ["待定", "×", "XX年", "请填写单位", "X", "请填写：单位全称"])
def test_a_text_that_only_holds_a_placeholder_word_is_the_author_s(validator, broken, written):
    """待定 alone may be the author's answer, one × a clerk's "no", XX年 a name: only a placeholder as the whole
    value is one (待定 in brackets, two or more X)."""
    path, _ = broken(GZ, "unit: 广州市台湾同胞联谊会", f"unit: {written}")
    assert "UNFILLED" not in [p.code for p in validator.reported(validator.check_file(path))]


@pytest.mark.parametrize("old, new, words", [
    ('unit_code: "564301"', 'unit_code: "XXX"', '单位编码：还是“XXX”，没有填写；请填写单位编码，例如 "564301"'),
    ('unit_code: "564301"', "unit_code: 【请填写】", '单位编码：还是“【请填写】”，没有填写；请填写单位编码，例如 "564301"'),
    ("      - level1: 产出指标", "      - level1: 【请填写】", "第 1 个项目绩效目标表的第 1 个绩效指标（办公用房租赁面积）的“一级指标”："
     "还是“【请填写】”，没有填写；应为以下之一：产出指标、效益指标、满意度指标"),
    # choices the 一级指标 decides: the condition goes with them, not before 没有填写
    ("        level2: 数量指标", "        level2: XXX", "第 1 个项目绩效目标表的第 1 个绩效指标（办公用房租赁面积）的“二级指标”："
     "还是“XXX”，没有填写；一级指标为“产出指标”时，应为以下之一：数量指标、质量指标、时效指标、成本指标"),
])
def test_a_placeholder_in_a_field_of_a_pattern_or_choices_is_told_unfilled(validator, broken, old, new, words):
    """`unit_code: "XXX"` was told `格式不对（文本“XXX”）；单位编码只含数字…` and `level1: 【请填写】` `不是可选的取值`, as if
    mistyped: a template's placeholder is said to be left unfilled, and what goes there, as in a number field."""
    path, _ = broken(TJ, old, new)
    assert [p.message for p in validator.check_file(path).problems if p.is_error] == [words]


def test_a_placeholder_pasted_with_a_byte_order_mark_is_warned_of(validator, broken):
    """`unit: "\ufeff【请填写】"` was warned of only as an invisible character: the U+FEFF kept it from reading as
    a placeholder. Both are said now, the placeholder quoted without the mark."""
    path, _ = broken(GZ, "unit: 广州市台湾同胞联谊会", 'unit: "\ufeff【请填写】"')
    said = {p.code: p.message for p in validator.reported(validator.check_file(path))}
    assert said.keys() == {"UNFILLED", "TEXT-INVISIBLE"}, said
    assert said["UNFILLED"].startswith("还有 1 处写着“【请填写】”（第一处：部门名称）"), said


def test_the_unfilled_warning_quotes_each_placeholder_left_once(validator, broken):
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会", "unit: （请填写）")
    path.write_text(text.replace("overall_target: 以习近平", "overall_target: XXX\n# ")
                    .replace("  - name: 夯实工作基础，做好在穗定居台胞工作。", "  - name: （请填写）"), encoding="utf-8")
    [problem] = validator.reported(validator.check_file(path))
    assert problem.message.startswith("还有 3 处写着“（请填写）”、“XXX”（第一处：部门名称）"), problem.message


def test_a_missing_field_after_a_block_goes_after_all_its_lines(validator, broken):
    """With no field after it and a list before it, "below key_tasks:" would put the new line inside the list."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    path, text = broken(GZ, text[text.index("other_tasks:"):], "")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert "；请在 key_tasks: 及其下各行之后加上“indicators:”，与 key_tasks: 对齐；其下每一项以“- ”开头" in problem.message
    assert (problem.line, problem.column) == locate(text, "key_tasks:")


def test_fields_missing_side_by_side_are_each_told_to_go_after_the_one_before(runner, broken):
    """Both of an indicator's missing values were told to go under name:, which put them in the wrong order when
    followed: the second goes after the first."""
    path, text = broken(GZ, '    period_value: "100%"\n    annual_value: "100%"\n', "")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, "name: 档案整理完成率")
    assert (f"{path}:{line}:{column}: 错误[SCHEMA-REQUIRED] 第 1 个绩效指标（档案整理完成率）：缺少必填字段“period_value”（实施周期指标值）；"
            "请在 name: 下面加一行“period_value: \"（请填写）\"”，与它对齐；") in result.output, result.output
    assert (f"{path}:{line}:{column}: 错误[SCHEMA-REQUIRED] 第 1 个绩效指标（档案整理完成率）：缺少必填字段“annual_value”（年度指标值）；"
            "请在同样缺少的 period_value 之后加一行“annual_value: \"（请填写）\"”，与它对齐；") in result.output, result.output


def test_a_field_missing_after_a_missing_block_goes_after_all_its_lines(runner, broken):
    """Told to go after the missing budget (请在同样缺少的 budget 之后), the line could be put right under budget:,
    between it and its fields."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    path, text = broken(GZ, text[text.index("budget:"):text.index("key_tasks:")], "")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, "unit:")
    assert (f"{path}:{line}:{column}: 错误[SCHEMA-REQUIRED] 文件顶层：缺少必填字段“overall_target”（总体绩效目标）；"
            "请在同样缺少的 budget: 及其下各行之后加一行“overall_target: （请填写）”，与它对齐；"
            "把“（请填写）”换成实际的总体绩效目标") in result.output, result.output


def test_a_field_missing_from_braces_is_added_inside_them(validator, broken):
    fields = "basic: 610.85, fiscal: 689.41, other_funds: 0.00, special: 0.00, other_development: 0.00, own_level: 689.41"
    path, text = broken(GZ, block(GZ, "budget", "overall_target"), f"budget: {{{fields}, transfer: 0.00}}\n")
    problem = only(validator.check_file(path), "SCHEMA-REQUIRED")
    assert problem.message.startswith("预算整体情况：缺少必填字段“project”（项目支出）；请在花括号 { } 里加上“project: 金额”，"
                                      "与其他字段用英文逗号隔开；")
    assert (problem.line, problem.column) == locate(text, "{basic")


def test_each_missing_and_each_unknown_field_is_named_once(validator, broken):
    path, text = broken(GZ, "  basic: 610.85\n  project: 78.56\n  fiscal: 689.41\n",
                        "  甲: 610.85\n  乙: 78.56\n  fiscal: 689.41\n")  # no key like any field's name or title
    problems = validator.check_file(path).problems
    assert sorted(p.message.split("，与它对齐")[0] for p in problems if p.code == "SCHEMA-REQUIRED") == [
        "预算整体情况：缺少必填字段“basic”（基本支出）；请在 fiscal: 上面加一行“basic: 金额”",
        "预算整体情况：缺少必填字段“project”（项目支出）；请在 fiscal: 上面加一行“project: 金额”"]
    unknown = [p for p in problems if p.code == "SCHEMA-ADDITIONALPROPERTIES"]
    assert [(p.line, p.column) for p in unknown] == [locate(text, "甲"), locate(text, "乙")]
    assert "可用的字段：basic（基本支出）、project（项目支出）" in unknown[0].message


def test_an_item_indented_too_little_is_one_message_that_says_so(validator, broken):
    """An indicator moved left to the projects' dashes (4 columns) became a second project: 4 unknown fields and
    4 missing ones, none saying "indent this"."""
    item = ("      - level1: 满意度指标\n        level2: 服务对象满意度指标\n        name: 单位工作人员满意度\n"
            "        description: 单位工作人员满意度\n        value: \"100%\"\n  - name: 机关运行保障经费")
    lines = item.split("\n")
    dedented = "\n".join([line[4:] for line in lines[:-1]] + lines[-1:])
    path, text = broken("tianjin-qiaolian-2023.yaml", item, dedented)
    [problem] = validator.check_file(path).problems
    assert problem.code == "SCHEMA-INDENT" and (problem.line, problem.column) == locate(text, "level1: 满意度指标\n    level2")
    assert problem.message == ("第 2 个项目绩效目标表：这一项的字段（level1、level2、description、value）是第 1 个项目绩效目标表的“绩效指标”"
                               "里每一项的字段；多半是这一项少缩进了 4 格：请把它的每一行都再缩进 4 格，与上面那些项对齐")


@pytest.mark.parametrize("old, new, typed, named, last, said", [
    ("  transfer: null", "transfer: null", "transfer", "“transfer”（拟用于对下转移支付资金）", "own_level", ""),  # flush with `budget:`
    ("  own_level: null  # 市本级使用资金\n  transfer: null", "own_level: null  # 市本级使用资金\ntransfr: null",
     "transfr", "“transfr”（拟用于对下转移支付资金）", "other_development", "，并把“transfr”改成“transfer”"),  # two, one misspelt
    ("  transfer: null", "拟用于对下转移支付资金: null", "拟用于对下转移支付资金", "“拟用于对下转移支付资金”",
     "own_level", "，并把“拟用于对下转移支付资金”改成“transfer”"),  # typed as its title, which is said once
])
def test_a_field_typed_at_its_holder_s_column_is_one_message_that_says_to_indent_it(validator, broken, old, new, typed,
                                                                                     named, last, said):
    """A field meant for `budget:` typed at `budget:`'s own column parses as a field beside it: it was “缺少必填字段
    “transfer”” in 预算整体情况 and “文件顶层：未知字段“transfer”” below it, neither saying "indent this line"."""
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old, new)
    problems = validator.check_file(path).problems
    assert {p.code for p in problems} == {"SCHEMA-INDENT"}, [p.message for p in problems]
    problem = problems[-1]
    assert (problem.line, problem.column) == (locate(text, f"\n{typed}:")[0] + 1, 1)
    assert problem.message == (f"预算整体情况：{named}应缩进到“budget:”之下（第 3 列），"
                               f"与“{last}:”对齐：它现在与“budget:”同在第 1 列，"
                               f"YAML 把它读成了与“budget”并列的字段；请在行首补上 2 个空格{said}")


@pytest.mark.parametrize("indent", ["", "  "], ids=["flush", "indented"])
@pytest.mark.parametrize("typed", ['value: "0%"', 'prior_value: "0%"'], ids=["required", "optional"])
def test_a_field_typed_at_the_column_of_the_list_holding_its_item_is_one_message(validator, broken, indent, typed):
    """The last indicator's field typed flush with `indicators:` parses as a field of the top level: a required one was
    “缺少必填字段” in the row and “文件顶层：未知字段” below it, an optional one (上年指标值) only the unknown field,
    neither saying "indent this line"."""
    text = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8")
    rows = text[text.index("\nindicators:") + 1:]
    dashes = rows if indent else "\n".join(line[2:] if line.startswith("  ") else line for line in rows.split("\n"))
    last = dashes.rstrip("\n").split("\n")
    kept = last[:-1] if typed.startswith("value") else last
    path, text = broken("zhanjiang-qiaolian-2024.yaml", rows, "\n".join([*kept, typed, ""]))
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == ["SCHEMA-INDENT"], [p.message for p in problems]
    key, title = ("value", "指标值") if typed.startswith("value") else ("prior_value", "上年指标值")
    goal = len(indent) + 3
    assert (problems[0].line, problems[0].column) == (len(text[:text.index(f"\n{typed}")].split("\n")) + 1, 1)
    assert problems[0].message == (f"第 33 个绩效指标（投诉率）：“{key}”（{title}）应缩进到这一项里（第 {goal} 列），"
                                   f"与“{'name' if key == 'value' else 'value'}:”对齐：它现在与“indicators:”同在第 1 列，"
                                   f"YAML 把它读成了与“indicators”并列的字段；请在行首补上 {goal - 1} 个空格")


def test_a_chinese_key_flush_with_its_list_is_the_required_field_its_row_lacks(validator, broken):
    """`指标值` flush with `indicators:`, below a last row lacking period_value, was said to be prior_value (上年指标值),
    the shorter title, beside `缺少必填字段“period_value”`: the same key in the row was asked period_value."""
    last = '    period_value: "台胞满意度90%以上"\n    annual_value: "台胞满意度90%以上"\n'
    path, text = broken(GZ, last, '    annual_value: "台胞满意度90%以上"\n指标值: "台胞满意度90%以上"\n')
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == ["SCHEMA-INDENT"], [p.message for p in problems]
    assert (problems[0].line, problems[0].column) == locate(text, "指标值:")
    assert problems[0].message.startswith("第 8 个绩效指标（满意度）：“指标值”（实施周期指标值）应缩进到这一项里（第 5 列）")
    assert problems[0].message.endswith("，并把“指标值”改成“period_value”"), problems[0].message


@pytest.mark.parametrize("spec, old, new, named, holder, column, said", [
    ("zhanjiang-qiaolian-2024.yaml", "\noverall_target:", "\n  overall_target:", "文件顶层：“overall_target”（总体绩效目标）",
     "“budget”（预算整体情况）", 1, "YAML 把它读成了“budget”里的字段；请把“overall_target”退回到第 1 列，与“budget”左端对齐"),
    ("tianjin-qiaolian-2023.yaml", "    purpose:", "      purpose:", "第 1 个项目绩效目标表：“purpose”（资金用途）",
     "“budget”（预算规模（万元））", 5, "YAML 把它读成了“budget”里的字段；请把“purpose”退回到第 5 列，与“budget”左端对齐"),
    ("zhanjiang-qiaolian-2024.yaml", "\nbudget:", "\n  budget:", "文件顶层：“budget”（预算整体情况）",
     "“basic_info”（基本信息）", 1,
     "YAML 把它读成了“basic_info”里的字段；请把“budget”退回到第 1 列，与“basic_info”左端对齐（它下面的字段不用动）"),
    ("zhanjiang-qiaolian-2024.yaml", "\nother_tasks:", "\n    other_tasks:",
     "文件顶层：“other_tasks”（其他需完成的任务（可选填））", "“key_tasks”（年度重点工作任务）", 1,
     "YAML 把它读成了“key_tasks”最后一项里的字段；请把“other_tasks”退回到第 1 列，与“key_tasks”左端对齐"),
], ids=["required", "in-a-list-item", "block-key-alone", "optional-into-an-item"])
def test_a_field_typed_deeper_into_the_mapping_above_is_one_message_that_says_to_move_it_back(
        validator, broken, spec, old, new, named, holder, column, said):
    """A field indented into the mapping above it parses as one of that mapping's fields: it was said unknown there and
    missing where it belongs (an optional one only unknown; `budget:` moved alone, also each of its amounts unknown),
    none saying "move this line back"."""
    path, text = broken(spec, old, new)
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == ["SCHEMA-INDENT"], [p.message for p in problems]
    key = new.strip().rstrip(":")
    line, at = locate(text, new.lstrip("\n"))
    at += len(new.lstrip("\n")) - len(new.strip())
    above = locate(text, f"\n{' ' * (column - 1)}{holder.split('”')[0][1:]}:")[0] + 1
    assert (problems[0].line, problems[0].column) == (line, at) and key in problems[0].message
    assert problems[0].message == f"{named}比同一层的字段（第 {above} 行的{holder}）多缩进了 {at - column} 格，{said}"


@pytest.mark.parametrize("typed, named", [
    ('other_tasks: ""', "“other_tasks”（其他需完成的任务（可选填））"),
    ('其他需完成的任务（可选填）: ""', "“其他需完成的任务（可选填）”（字段名应写“other_tasks”）"),
    ("备注: 见附件", None),  # text with an ASCII colon, no field's name: no warning
    ("其他需完成的任务（可选填）: 规划编制\n  （含年度计划）", None),  # prose at the text's indent follows: still the text
], ids=["key", "title", "prose", "mid-text"])
def test_an_optional_field_read_as_a_line_of_the_block_above_is_warned_of(validator, broken, typed, named):
    """`other_tasks` indented two spaces under a `|` block stands at the block's indent: YAML read it as the text's last
    line, the form printed it there, and, the field being optional, validate said nothing."""
    text = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8")
    target = text[text.index("overall_target: "):text.index("\nkey_tasks:") + 1]
    path, text = broken("zhanjiang-qiaolian-2024.yaml", target,
                        f"overall_target: |\n  {target.split(': ', 1)[1].strip()}\n  {typed}\n")
    path.write_text(text.replace('other_tasks: ""  # 其他需完成的任务（可选填）\n', ""), encoding="utf-8")
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == (["TEXT-SWALLOWED-KEY"] if named else []), [p.message for p in problems]
    if named:
        assert (problems[0].line, problems[0].column) == locate(text, typed) and not problems[0].is_error
        assert problems[0].message == (f"总体绩效目标：这一行的{named}比“overall_target:”多缩进了 2 格，YAML 把这一行读成了"
                                       "“overall_target: |”块里的文字，其他需完成的任务（可选填）没有填上；"
                                       "请把它退回到第 1 列，与“overall_target:”左端对齐")


def _swallowed_under_the_block(spec: str, first: str, end: str) -> tuple[str, str]:
    """The spec's lines from `first` up to `end` (exclusive) indented two spaces more, and the copy so edited."""
    text = (ROOT / "specs" / spec).read_text(encoding="utf-8")
    start = text.index(first)
    lines = text[start:text.index(end, start)]
    return lines, "".join(f"  {line}" for line in lines.splitlines(keepends=True))


@pytest.mark.parametrize("spec, first, end, typed, said", [
    ("zhanjiang-qiaolian-2024.yaml", "    amount: 49.41", "    goal:", "amount: 49.41",
     "第 1 个年度重点工作任务：缺少必填字段“amount”（拟投入的资金（万元））；这一行的“amount: 49.41”比“content:”多缩进了 "
     "2 格，YAML 把这一行读成了“content”（主要实施内容）的文字；请把它退回到第 5 列，与“content:”左端对齐"),
    ("zhanjiang-qiaolian-2024.yaml", "    amount: 49.41", "    goal:", "拟投入的资金（万元）: 49.41",
     "第 1 个年度重点工作任务：缺少必填字段“amount”（拟投入的资金（万元））；这一行的“拟投入的资金（万元）: 49.41”比"
     "“content:”多缩进了 2 格，YAML 把这一行读成了“content”（主要实施内容）的文字；请把它退回到第 5 列，"
     "与“content:”左端对齐，并把“拟投入的资金（万元）”改成“amount”"),
    ("hengyang-qiaolian-2022.yaml", "  tasks:", "  annual_target:", "tasks:",
     "部门整体支出绩效目标申报表：缺少必填字段“tasks”（年度主要任务）；这一行的“tasks:”比“functions:”多缩进了 2 格，"
     "YAML 把这一行读成了“functions”（部门职能职责概述）的文字；请把它退回到第 3 列，与“functions:”左端对齐"),
], ids=["amount", "amount-by-title", "tasks-block"])
def test_a_required_field_read_as_a_line_of_the_block_above_is_told_to_move_back(
        validator, broken, spec, first, end, typed, said):
    """A required field indented two spaces under a `|` block is the text's last line, and was said missing with the
    line to add beside the next field: the author added a second one and the first stayed printed in the text. It is
    said at the line typed, to move back under the block's key."""
    lines, indented = _swallowed_under_the_block(spec, first, end)
    path, text = broken(spec, lines, indented.replace(first.strip(), typed, 1))
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == ["SCHEMA-REQUIRED"], [p.message for p in problems]
    moved = f"  {first}".replace(first.strip(), typed)
    assert (problems[0].line, problems[0].column) == (locate(text, f"\n{moved}")[0] + 1, len(moved) - len(typed) + 1)
    assert problems[0].message == said


def test_a_required_field_amid_the_text_of_the_block_above_is_still_said_missing(validator, broken):
    """A field-shaped line with the text going on at the block's indent below it is a sentence of the text (as
    TEXT-SWALLOWED-KEY reads it): the field is said missing, with the line to add."""
    lines, indented = _swallowed_under_the_block("zhanjiang-qiaolian-2024.yaml", "    amount: 49.41", "    goal:")
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", lines, indented + "      （含年度计划）\n")
    problems = validator.check_file(path).problems
    assert [p.code for p in problems] == ["SCHEMA-REQUIRED"] and "请在 goal: 上面加一行“amount: 金额”" in problems[0].message


def test_a_field_after_a_flow_mapping_keeps_the_two_messages(validator, broken):
    """Beside `budget: {…}` the column of the last key is far along the line: `transfer` was told to indent to
    column 116. A flow mapping lines up no column, so the missing field and the unknown one are said as they are."""
    text = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8")
    block = text[text.index("budget:"):text.index("overall_target:")]
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", block,
                     "budget: {basic: 397.72, project: 64.17, fiscal: 461.89, other_funds: null, special: null, "
                     "other_development: null, own_level: null}\ntransfer: null\n")
    codes = sorted(p.code for p in validator.check_file(path).problems)
    assert codes == ["SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"]


def test_a_field_of_the_outer_mapping_between_keeps_the_two_messages(validator, broken):
    """`transfer` after `overall_target:`, a field of the top level, is not right below `budget:`: which line was
    meant is not known, so the missing field and the unknown one are said as they are."""
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "  transfer: null  # 拟用于对下转移支付资金\n", "")
    path.write_text(text.replace("key_tasks:", "transfer: null\nkey_tasks:", 1), encoding="utf-8")
    codes = sorted(p.code for p in validator.check_file(path).problems)
    assert codes == ["SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"]


def test_unknown_form_lists_the_choices(validator, broken):
    path, text = broken(GZ, "form: guangzhou", "form: guangdong")
    problem = only(validator.check_file(path), "FORM-UNKNOWN")
    assert (problem.line, problem.column) == locate(text, "guangdong") and "guangzhou" in problem.message


@pytest.mark.parametrize("typed", ["Guangzhou", "guangzhuo", "广州", "广州市部门整体预算绩效目标申报表", "广州市部门整体",
                                   "广州市部门预算绩效目标表"])
def test_an_unknown_form_close_to_one_is_suggested_not_taken(validator, broken, typed):
    """A spec's `form:` is read exactly (other tools read it so), but a slip of case, a letter or the
    form's Chinese name was told only the folder names."""
    path, _ = broken(GZ, "form: guangzhou", f"form: {typed}")
    problem = only(validator.check_file(path), "FORM-UNKNOWN")
    title = Catalog().get("guangzhou").profile["name"]
    # Quoted: `是否想写 guangzhou（广州…）？` was copied into form: whole.
    assert f"表样“{typed}”不存在；是否想写“guangzhou”（{title}）？" in problem.message


def test_a_value_yaml_reads_as_neither_text_nor_number_says_which_mark_to_remove(validator, broken):
    """A lone `=` made the value "无法识别的值", and nothing said which mark did it or what to type."""
    path, text = broken(GZ, "unit: 广州市台湾同胞联谊会", "unit: =")
    problem = only(validator.check_file(path), "SCHEMA-TYPE")
    assert "部门名称：应为文本，实际是无法识别的值；值开头的“=”在 YAML 里有特殊含义，如果这是文字内容，请给整个值加上双引号" in problem.message


@pytest.mark.parametrize("old, new, words", [
    ("unit: 广州市台湾同胞联谊会", "unit: !!set {甲, 乙}", "“unit”（部门名称）的值开头的“!!set”是 YAML 标签"),  # was SCHEMA-TYPE
    ("  basic: 610.85", "  basic: !!binary aGk=", "“basic”（基本支出）的值开头的“!!binary”是 YAML 标签"),  # was SCHEMA-TYPE
    ("  basic: 610.85", "  basic: !!float 610.85", "请删掉“!!float”"),  # passed
    ("unit: 广州市台湾同胞联谊会", "unit: !!bool true", "请删掉“!!bool”"),  # was SCHEMA-TYPE's quote-it hint
])
def test_a_tagged_value_is_one_problem_at_its_tag(validator, broken, old, new, words):
    """A tag was said by schema validation, when the value was of a type no form holds, or not at all, when it
    was the value the form wants: the loader now refuses any tag, once, where it is typed."""
    path, text = broken(GZ, old, new)
    [problem] = validator.check_file(path).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-TAG", *locate(text, new.split(": ")[1]))
    assert words in problem.message


@pytest.mark.parametrize("old, said", [
    ("name: 按预算执行。", "第 1 个项目绩效目标申报表的第 4 个绩效指标的“三级指标”：二级指标不是“社会公众或服务对象满意度指标”时，"
                       "不能为空；请填写三级指标（具体的绩效指标名称），例如 活动按时完成率"),  # its form's own example
    ("name: 180.61万元", "部门整体支出绩效目标申报表 › 第 10 个部门整体支出年度绩效指标的“三级指标”：不能为空；"
                       "请填写三级指标（具体的绩效指标名称），例如 举办活动场次、补助发放及时率"),
])
def test_an_empty_text_is_told_what_to_write(runner, broken, old, said):
    """SCHEMA-MINLENGTH said `“三级指标”：不能为空`: what is wrong, not what to write there."""
    from generator.cli import main

    path, _ = broken("hengyang-qiaolian-2022.yaml", old, 'name: ""')
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and f"错误[SCHEMA-MINLENGTH] {said}\n" in result.output, result.output


@pytest.mark.parametrize("typed, code, said", [
    ('""', "SCHEMA-MINLENGTH", "“三级指标”：不能为空；请填写三级指标（具体的绩效指标名称），例如 举办活动场次、补助发放及时率"),
    # not told to write "" instead, but what to write, as of ""
    ("", "SCHEMA-TYPE", "“三级指标”：不能为空；请填写三级指标（具体的绩效指标名称），例如 举办活动场次、补助发放及时率"),
])
def test_the_jiangsu_form_refuses_an_empty_level3_name(validator, broken, typed, code, said):
    """江苏's schema let 三级指标 be "" and only lint's A4 warned, and a name left null was told to be written "": every
    row of the form (its seed, 决策 to 满意度) has one, and no condition of the form lets a row go without it, as
    广州's 满意度 row may. An error at the name, saying the field in Chinese and what to write."""
    path, text = broken("jiangsu-taiban-2024.yaml", "name: 全年组织法治宣讲次数", f"name: {typed}")
    problem = only(validator.check_file(path), code)
    line = text.splitlines().index(f"    name: {typed}") + 1
    assert (problem.line, problem.column) == (line, len("    name:") + 1 + bool(typed))
    assert problem.is_error and problem.message.endswith(said), problem.message


@pytest.mark.parametrize("spec, line", [
    ("jiangsu-taiban-2024.yaml", "    name: 全年组织法治宣讲次数"),  # 三级指标
    ("jiangsu-taiban-2024.yaml", "unit: 中共江苏省委台湾工作办公室（机关）"),  # 单位名称
    ("jiangsu-taiban-2024.yaml", "    - name: 课题经费"),  # 项目名称
    ("tianjin-qiaolian-2023.yaml", "        name: 办公用房租赁面积"),  # 三级指标
    ("tianjin-qiaolian-2023.yaml", "  - name: 2023年度办公用房租金"),  # 项目名称
    ("hengyang-qiaolian-2022.yaml", "  - name: 华侨事务"),  # 项目名称
    ("hengyang-qiaolian-2022.yaml", "    - name: 海外联谊"),  # 任务名称
    ("guangzhou-tailian-2023.yaml", "  - name: 履行职责，做好参政议政和信息调研工作。"),  # 重点工作任务的名称
])
@pytest.mark.parametrize("blanks", ['"  "', '"\u3000"', "\u3000"], ids=["spaces", "full-width", "plain-full-width"])
def test_a_required_name_of_blanks_alone_is_refused_as_an_empty_one(validator, broken, spec, line, blanks):
    """江苏's schema refused an empty 三级指标 but took `"  "` or a full-width `"　"`, which print as the same empty
    cell, and so did every form's other required names (单位名称, 项目名称, 任务名称): `minLength` counts blanks
    as characters. Refused now with the very message of `""`, at the value."""
    key = line.split(":")[0]
    empty_path, _ = broken(spec, line, f'{key}: ""')
    empty = only(validator.check_file(empty_path), "SCHEMA-MINLENGTH")
    path, text = broken(spec, line, f"{key}: {blanks}")
    problem = only(validator.check_file(path), "SCHEMA-MINLENGTH")
    assert problem.is_error and problem.message == empty.message and "不能为空" in problem.message, problem.message
    assert (problem.line, problem.column) == (text.splitlines().index(f"{key}: {blanks}") + 1, len(key) + 3)


def test_an_empty_value_whose_title_has_its_own_parenthesis_is_told_in_one(validator, broken):
    """`请填写指标值（包含数字及文字描述）（这一指标的指标值）`: two parentheses in a row, in validate and the editor alike."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", 'value: "1次"', 'value: ""')
    problem = only(validator.check_file(path), "SCHEMA-MINLENGTH")
    assert problem.message.endswith("不能为空；请填写指标值（包含数字及文字描述；这一指标的指标值），例如 \"≥95%\""), problem.message



def test_a_rows_label_and_diffs_names_load_no_lint_module():
    """Validate's rules labelled a row by its name through lint's vocabulary, imported at call time, which loaded
    every lint rule module (generator.lint's package imports them all); diff's names did so at import. Both read
    names through filled_text, below both layers. Run in a fresh interpreter: other tests load lint here."""
    import os
    import subprocess
    import sys

    script = ("import sys\nfrom generator.variants import Catalog\nfrom generator.load import load\n"
              "from generator.rules import RuleContext\nimport generator.diff_names\n"
              f"catalog = Catalog()\nspec = load({str(SPECS[0])!r}, catalog)\n"
              "context = RuleContext(spec, catalog.get(spec.data['form']), catalog.store)\n"
              "print(context.field_name(('indicators', 0, 'value')))\n"
              "print(sorted(m for m in sys.modules if m.startswith('generator.lint')))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "JIXIAO_NO_CACHE": "1"})
    assert done.returncode == 0 and done.stdout.splitlines()[1:] == ["[]"], done.stdout + done.stderr
    assert "第 1 个绩效指标（" in done.stdout  # the row was named, by its name


def test_a_value_a_schema_message_quotes_shows_its_invisible_characters_as_lint_does(validator, broken):
    """SCHEMA-ENUM quoted a 一级指标 raw: a U+202E in it flipped the rest of the line in a terminal or a CI log."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "level1: 产出指标", "level1: 产出\u202e指标")
    problem = only(validator.check_file(path), "SCHEMA-ENUM")
    assert "文本“产出▯指标”不是可选的取值" in problem.message and "\u202e" not in problem.message, problem.message


def _mixed_sum(runner, tmp_path, parts: str, spec_text: str) -> list[dict]:
    """The MIXED-SUM problems of `spec_text` (a hengyang spec) validated with a copy of the templates whose hengyang
    profile adds a sum of `parts` checked against the budget's total."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    profile = tmp_path / "templates" / "hengyang" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("sums:\n", (
        f"sums:\n  - parts: [{parts}]\n    total: [department.budget.total]\n    code: MIXED-SUM\n"), 1),
        encoding="utf-8")
    spec = tmp_path / "hengyang-qiaolian-2022.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(spec), "--templates", str(tmp_path / "templates"), "--format", "json"])
    return [p for p in json.loads(result.output)["problems"] if p["code"] == "MIXED-SUM"]


def test_a_sum_of_single_fields_and_a_lists_amounts_lists_them_all(runner, tmp_path):
    """A profile's sum of 基本支出 and the tasks' amounts listed the tasks alone after `之和 = 181.61`, which read as if
    they made 181.61: the single field is listed too, by its title, in the order the sum adds them."""
    text = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    mixed = _mixed_sum(runner, tmp_path, "department.budget.basic, department.tasks.*.total",
                       text.replace("      total: 13\n", "      total: 14\n"))
    assert len(mixed) == 1 and mixed[0]["message"].startswith(
        "年度预算申请（万元） › 基本支出 + 各项年度主要任务的预算金额总额（万元）之和 = 181.61"
        "（基本支出 141.74、海外联谊 17.68、群众工作 3、参政议政 5.19、维护侨益 14），"
        "与 年度预算申请（万元） › 资金总额 = 180.61 不相等"), mixed


def test_a_single_field_after_many_items_is_listed_and_only_the_items_are_cut_short(runner, tmp_path):
    """Counted with the items, a 基本支出 added after seven tasks fell past the first five and was hidden in 等 8 项: the
    sum read as if the tasks alone made it. A side adds few single fields: each is listed; the items are cut short."""
    task = "    - name: 新增任务{}\n      content: 开展活动。\n      total: 0\n      fiscal: 0\n"
    text = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    mixed = _mixed_sum(runner, tmp_path, "department.tasks.*.total, department.budget.basic", text.replace(
        "\n  annual_target:", "\n" + "".join(map(task.format, range(1, 4))) + "  annual_target:", 1).replace(
        "      total: 13\n", "      total: 14\n"))
    assert len(mixed) == 1 and mixed[0]["message"].startswith(
        "各项年度主要任务的预算金额总额（万元）之和 + 年度预算申请（万元） › 基本支出 = 181.61"
        "（海外联谊 17.68、群众工作 3、参政议政 5.19、维护侨益 14、新增任务1 0 等 7 项、基本支出 141.74），"), mixed


def test_a_blank_listed_among_the_amounts_of_the_higher_side_is_said_to_count_as_zero(validator, broken):
    """The tasks' amounts, too high, listed `群众工作 空` with no word of how it counted, where the lower side's
    blanks are said to count as 0; a blank not listed there (其他资金 beside 财政拨款) stays unnamed."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "      total: 3\n", "      total:\n")
    path.write_text(path.read_text(encoding="utf-8").replace("      total: 13\n", "      total: 20\n"), encoding="utf-8")
    message = only(validator.check_file(path), "TASK-SUM").message
    assert message.startswith("各项年度主要任务的预算金额总额（万元）之和（有 1 项是空的，按 0 计） = 42.87"
                              "（海外联谊 17.68、群众工作 空、参政议政 5.19、维护侨益 20），与 年度预算申请（万元） › 项目支出 = "
                              "38.87 不相等"), message


def test_a_sum_over_a_list_within_a_list_names_the_inner_items_it_adds(validator):
    """A sum over each project's indicators was named after the projects (`各张项目绩效目标申报表的…之和`) while the amounts
    listed after it were the indicators'. No form sums a list within a list; a profile may, and the indicators (the
    one such list) stand in for its amounts here."""
    checked = validator.check_file(ROOT / "specs" / "hengyang-qiaolian-2022.yaml")
    ctx = RuleContext(checked.spec, checked.variant, validator.store)
    [balance] = budget_sum.balances(ctx, [{"parts": ["projects.*.indicators.*.name"], "total": ["department.budget.total"]}])
    assert balance.part_names == ["各项目绩效指标的三级指标之和"]
    assert "（宣传、贯彻党和政府的… " in balance.mismatch


FOUR_SLIPS = (("unit: 广州市台湾同胞联谊会", "unit：广州市台湾同胞联谊会"), ("basic: 610.85", "basic: 610.85万元"),
              ('period_value: "≥98%"', "period_value: “≥98%”"), ("overall_target: 以习近平", "overall_targe: 以习近平"))
"""A full-width colon, an amount in 万元, a value in Chinese quotes and a required field missing (its key misspelt)."""


def _slipped(tmp_path, edits=FOUR_SLIPS) -> tuple:
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    (tmp_path / "schema").symlink_to(ROOT / "schema")
    path = tmp_path / "specs" / GZ
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    return path, text


def test_four_slips_of_three_stages_are_all_seen_in_two_rounds(runner, tmp_path):
    """The colon stopped the parser, the schema then stopped the rules: the author saw the colon, then the amount and
    the missing field, and the quotes only in a third round. The first round now says the amount too (the loader reads
    its line), the second the quotes beside the schema's errors, in line order with them."""
    path, text = _slipped(tmp_path)
    first = runner.invoke(main, ["validate", str(path)])
    assert first.exit_code == 1
    assert [line.split(" ")[1].split("]")[0] for line in first.output.splitlines()[:-1]] == [
        "错误[YAML-SYNTAX", "错误[AMOUNT-UNIT"], first.output
    assert f"{path}:6:10: 错误[AMOUNT-UNIT] 预算整体情况 › 基本支出：应为数字，实际是文本“610.85万元”；" in first.output
    assert first.output.endswith(f"检查了 1 个文件：2 个错误，0 个警告。{rerun_note(1)}\n")
    path.write_text(text.replace("unit：", "unit: "), encoding="utf-8")  # the line the syntax error named, mended
    second = runner.invoke(main, ["validate", str(path)])
    codes = [line.split("[")[1].split("]")[0] for line in second.output.splitlines()[:-1]]
    assert second.exit_code == 1 and codes == ["AMOUNT-UNIT", "SCHEMA-ADDITIONALPROPERTIES", "TEXT-QUOTES"], second.output
    unit_said = [line for line in (*first.output.splitlines(), *second.output.splitlines()) if "[AMOUNT-UNIT]" in line]
    assert len(unit_said) == 2 and unit_said[0] == unit_said[1], unit_said  # one slip, one wording, either round
    line, column = locate(text, "“≥98%”")
    assert f"{path}:{line}:{column}: 警告[TEXT-QUOTES] 第 4 个绩效指标（补助发放及时率）的“实施周期指标值”" in second.output
    assert second.output.endswith(f"检查了 1 个文件：2 个错误，1 个警告。{rerun_note(1)}\n")


COPIED_INDICATOR = ("  - level1: 效益指标\n    level2: 可持续影响指标",
                    "  - level1: 产出指标\n    level2: 数量指标\n    name: 档案整理完成率\n    period_value: \"100%\"\n"
                    "    annual_value: \"100%\"\n  - level1: 效益指标\n    level2: 可持续影响指标")
THREE_ROUNDS = (("unit: 广州", "unit：广州"), ("basic: 610.85", "basic: 610.85万元"), ("  own_level", "\town_level"),
                ("year: 2023\n", ""), ("level2: 时效指标", "level2: 时间指标"),
                ("fiscal: 689.41", "fiscal: 689.40"), COPIED_INDICATOR)
"""A clerk's spec: three slips YAML stops at, two the schema refuses (no year, a 二级指标 of another 一级指标), two
the rules find (a total that does not add up, an indicator twice), each kind said only once the one before is mended."""
RERUN = "改正后请再运行一次：1 个文件因这些错误没做完检查（金额合计、同名等），可能还有别的问题。"


def _mended(path, edits) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        text = text.replace(new, old, 1)
    path.write_text(text, encoding="utf-8")


def test_a_report_the_errors_cut_short_says_to_run_again_in_its_summary(runner, tmp_path):
    """The clerk was told the 3 YAML slips, then the 2 schema errors, then BUDGET-SUM and SAME-NAME, and took each list
    for all that was wrong. A report whose errors kept the checks that read the spec whole from running says so in
    its last line, which editors' problem matchers pass by (a line of its own above it was read as a problem); the
    report of those checks does not, and lint says it as validate does, build of its 规格."""
    path, _ = _slipped(tmp_path, THREE_ROUNDS)
    matchers = json.loads((ROOT / "generator" / "kit" / "vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"][0]
    patterns = [matcher["pattern"]["regexp"] for matcher in matchers["problemMatcher"]]

    def run(*args: str) -> tuple[list[str], str]:
        result = runner.invoke(main, [*args, str(path)])
        *said, summary = result.output.splitlines()
        assert result.exit_code == 1 and all(line.startswith(f"{path}:") for line in said), result.output
        assert not any(re.match(pattern, summary) for pattern in patterns), summary
        return [line.split("[")[1].split("]")[0] for line in said], summary

    codes, summary = run("validate")
    assert codes == ["YAML-SYNTAX", "AMOUNT-UNIT", "YAML-SYNTAX"]
    assert summary == f"检查了 1 个文件：3 个错误，0 个警告。{RERUN}"
    assert run("lint")[1] == summary
    assert runner.invoke(main, ["lint", "--leave-to-validate", str(path)]).output.splitlines()[-1] == \
        "检查了 1 个文件，没有发现问题（不含规格检查 jixiao validate 报告的 3 个问题）。"  # validate's report says it
    both = runner.invoke(main, ["validate", str(path), str(ROOT / "specs" / "tianjin-qiaolian-2023.yaml")])
    assert both.output.splitlines()[-1].endswith(f"0 个警告。{RERUN}"), both.output  # the clean spec is not counted
    built = runner.invoke(main, ["build", str(path), "--out", str(tmp_path / "out")])
    assert built.output.splitlines()[-1] == ("处理了 1 个规格：生成 0 个文件，1 个规格有错误未生成；3 个错误。"
                                             f"{RERUN.replace('个文件', '个规格')}"), built.output

    _mended(path, THREE_ROUNDS[:3])
    codes, summary = run("validate")
    assert codes == ["SCHEMA-REQUIRED", "SCHEMA-ENUM"] and summary == f"检查了 1 个文件：2 个错误，0 个警告。{RERUN}"

    _mended(path, THREE_ROUNDS[3:5])
    codes, summary = run("validate")
    assert codes == ["BUDGET-SUM", "SAME-NAME"] and summary == "检查了 1 个文件：1 个错误，1 个警告。"  # all there is
    assert "再运行" not in run("lint")[1]
    helped = "".join(runner.invoke(main, ["validate", "--help"]).output.split())  # as wrapped at any width
    assert "有写法或字段错误时不查这些规则，汇总会说改正后请再运行一次。" in helped, helped


def test_the_other_formats_say_to_run_again_where_they_have_a_place_for_it(runner, tmp_path):
    """github's log ends with the summary, the note in it; a pull request's comment (markdown) says it under its
    heading; json counts the files (`stopped_files`), only when there are some."""
    path, _ = _slipped(tmp_path, THREE_ROUNDS)
    github = runner.invoke(main, ["validate", "--format", "github", str(path)]).output.splitlines()
    assert github[-1] == f"检查了 1 个文件：3 个错误，0 个警告。{RERUN}"
    markdown = runner.invoke(main, ["lint", "--format", "markdown", str(path)]).output.splitlines()
    assert markdown[:3] == ["### 检查了 1 个文件：3 个错误，0 个警告。", "", RERUN]
    assert json.loads(runner.invoke(main, ["validate", "--format", "json", str(path)]).output)["stopped_files"] == 1
    _mended(path, THREE_ROUNDS[:5])
    assert "stopped_files" not in json.loads(runner.invoke(main, ["validate", "--format", "json", str(path)]).output)


def test_a_file_with_nothing_to_check_is_not_told_to_be_run_again(runner, tmp_path):
    """A mistyped path, a folder that is not there, a file that cannot be read and an empty one: their one error is all
    there is to say, and “改正后请再运行一次：1 个文件因这些错误没做完检查…可能还有别的问题” of a file that is not there
    read as if it were there, half checked. Beside a spec the schema stopped, only that one is counted."""
    path, _ = _slipped(tmp_path, THREE_ROUNDS[3:4])  # no year: the schema stops the rules
    (tmp_path / "drafts").mkdir()
    empty, pipe = tmp_path / "drafts" / "empty.yaml", tmp_path / "drafts" / "pipe.yaml"
    empty.write_text("# 还没有填写\n", encoding="utf-8")
    nothing = [str(tmp_path / "specs" / "gz.yml"), str(tmp_path / "nodir") + os.sep, str(empty)]
    if hasattr(os, "mkfifo"):  # POSIX: a named pipe is FILE-UNREADABLE
        os.mkfifo(pipe)
        nothing.append(str(pipe))
    for one in nothing:
        result = runner.invoke(main, ["validate", one], catch_exceptions=False)
        assert result.exit_code == 1 and "错误[FILE-" in result.output, result.output
        assert result.output.endswith("个错误，0 个警告。\n"), result.output
        assert "stopped_files" not in json.loads(runner.invoke(main, ["validate", "--format", "json", one]).output)
    for command in ("validate", "lint"):
        both = runner.invoke(main, [command, nothing[0], str(path)])
        assert both.output.splitlines()[-1].endswith(f"。{RERUN}"), both.output  # 1 个文件: the spec that is there
    built = runner.invoke(main, ["build", nothing[0], str(path), "--out", str(tmp_path / "out")])
    assert built.output.splitlines()[-1].endswith(RERUN.replace("个文件", "个规格")), built.output


def test_the_files_a_text_report_counts_as_not_checked_to_the_end_are_marked_in_its_list_of_files(runner, tmp_path):
    """Over several specs the summary said `2 个文件因这些错误没做完检查` and not which: the list of files above it marks
    those two (`（没做完检查）`), not the one whose errors are the rules' own, and no problem matcher of the editor's
    tasks reads a line of that list as a problem."""
    path, text = _slipped(tmp_path, THREE_ROUNDS[3:4])  # no year: the schema stops the rules
    added, colon = path.with_name("added.yaml"), path.with_name("colon.yaml")
    added.write_text(text.replace("fiscal: 689.41", "fiscal: 689.40") + "year: 2023\n", encoding="utf-8")
    colon.write_text(text.replace("unit: 广州", "unit：广州"), encoding="utf-8")
    tasks = json.loads((ROOT / "generator" / "kit" / "vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"]
    patterns = {matcher["pattern"]["regexp"] for task in tasks for matcher in task["problemMatcher"]}
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path.parent)])
        lines = result.output.splitlines()
        listed = lines[lines.index("有问题的文件（3 个）：") + 1:-1]
        assert [(line.split("：")[0], line.endswith("（没做完检查）")) for line in listed] == [
            (f"  {added}", False), (f"  {colon}", True), (f"  {path}", True)], result.output
        assert lines[-1].endswith(rerun_note(2)), result.output
        assert not [line for line in listed for pattern in patterns if re.match(pattern, line)], listed
        assert any(re.match(pattern, lines[0]) for pattern in patterns), lines[0]  # as they read a problem's line


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_the_files_with_errors_are_listed_last_among_the_files_with_problems(runner, tmp_path, command):
    """A bureau's 13 specs of one form each warned that they share a form's name: the two with errors were two lines
    among ten in the list of files, in the order of their paths. They come last, next to the summary, each group in
    the order reported."""
    specs = tmp_path / "specs"
    specs.mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    (specs / "a.yaml").write_text(text.replace("fiscal: 689.41", "fiscal: 689.40"), encoding="utf-8")
    for name in ("b.yaml", "c.yaml"):  # the same unit and year: SPEC-NAME-TAKEN on one, lint's warnings on both
        (specs / name).write_text(text, encoding="utf-8")
    lines = runner.invoke(main, [command, str(specs)]).output.splitlines()
    listed = [line.split("：")[0].strip() for line in lines[lines.index("有问题的文件（3 个）：") + 1:-1]]
    assert listed == [str(specs / "b.yaml"), str(specs / "c.yaml"), str(specs / "a.yaml")], lines
    assert lines[-2].startswith(f"  {specs / 'a.yaml'}：1 个错误"), lines


def test_the_rules_on_single_values_are_said_in_line_order_with_the_schema_s_errors(runner, broken):
    """A warning on line 4 was said after an error on line 6 when the schema failed, and before it when the file did not
    read (the loader's problems) or the schema passed (a rule's error): one file's problems go by line, as a compiler's."""
    path, _ = broken(GZ, "unit: 广州市台湾同胞联谊会\nbudget:\n  basic: 610.85",
                     "unit: “广州市台湾同胞联谊会”\nbudget:\n  basic: 610.85万元")
    result = runner.invoke(main, ["validate", str(path)])
    assert [line.split(": ", 1)[1].split(" ")[0] for line in result.output.splitlines()[:-1]] == [
        "警告[TEXT-QUOTES]", "错误[AMOUNT-UNIT]"], result.output
    assert result.exit_code == 1 and "：1 个错误，1 个警告。" in result.output


def test_a_value_the_schema_refused_is_not_spoken_of_again_by_a_rule(runner, broken):
    """An amount in Chinese quotes is the schema's error (text, not a number) and no TEXT-QUOTES too; an unknown
    field's quoted value is said unknown only, the rules never reading a field the schema does not declare; the
    rules on the spec as a whole (BUDGET-SUM, here off by 0.01) wait for a spec the schema passes. A value the schema
    took is still read: its Chinese quotes and a zero-width space are said in the same round."""
    path, text = broken(GZ, "  basic: 610.85\n  project: 78.56\n  fiscal: 689.41",
                        "  basic: “610.85”\n  project: 78.56\n  fiscal: 689.40\n  remark: “备注\u200b”")
    text = text.replace('annual_value: "98%以上"', "annual_value: “98%以上”").replace("档案整理完成率", "档案整理\u200b完成率")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    said = {(int(line.split(":")[1]), line.split("[")[1].split("]")[0]) for line in result.output.splitlines()[:-1]}
    quoted, = (number for number, line in enumerate(text.splitlines(), 1) if "“98%以上”" in line)
    named, = (number for number, line in enumerate(text.splitlines(), 1) if "档案整理" in line)
    assert said == {(6, "SCHEMA-TYPE"), (9, "SCHEMA-ADDITIONALPROPERTIES"), (quoted, "TEXT-QUOTES"),
                    (named, "TEXT-INVISIBLE")}, result.output
    assert result.exit_code == 1 and "：2 个错误，2 个警告。" in result.output


def test_a_spec_the_schema_refused_is_validated_against_it_once(validator, broken, monkeypatch):
    """The places the one-value rules leave alone (refused_places) were found by validating the refused spec a second
    time, after schema_problems had its errors: both now read the one list."""
    path, _ = broken(GZ, "unit: 广州市台湾同胞联谊会\nbudget:\n  basic: 610.85",
                     "unit: “广州市台湾同胞联谊会”\nbudget:\n  basic: 610.85万元")
    schema = validator.store.validator("guangzhou.schema.json")  # its class: the validator's attributes are read-only
    runs = []
    iter_errors = type(schema).iter_errors

    def counted(self, instance, *args, **kwargs):  # the whole spec against the whole schema, not a branch's test
        runs.extend([instance] if self.schema is schema.schema and isinstance(instance, dict) and "form" in instance else [])
        return iter_errors(self, instance, *args, **kwargs)

    monkeypatch.setattr(type(schema), "iter_errors", counted)
    checked = validator.check_file(path)
    assert [p.code for p in checked.problems] == ["TEXT-QUOTES", "AMOUNT-UNIT"] and len(runs) == 1


TJ = "tianjin-qiaolian-2023.yaml"
ZJ = "zhanjiang-qiaolian-2024.yaml"


@pytest.mark.parametrize("spec, form, meant, title, errors", [
    (TJ, "guangzhou", "tianjin", "天津市项目绩效目标表", 6),
    (GZ, "jiangsu", "guangzhou", "广州市部门整体预算绩效目标申报表", 33),
    (ZJ, "guangzhou", "zhanjiang", "湛江市级部门整体预算绩效目标表", 102),  # their tops a field apart: told by the rows
    (GZ, "zhanjiang", "guangzhou", "广州市部门整体预算绩效目标申报表", 26),  # its top all zhanjiang's: told by the rows
])
def test_a_spec_whose_form_names_another_form_than_its_content_is_told_so_first_in_one_error(
        runner, broken, spec, form, meant, title, errors):
    """A spec filled in for one form with `form:` naming another was told a wall of 缺少 and 未知字段 (33 for the
    guangzhou example as jiangsu), and last a SCHEMA-LINE warning to point its first line at the named form's
    schema, which pushed the author towards the wrong form. Its top-level fields show the form it is for: said first,
    at `form:`, with the count of the schema's errors it stands for; the first line, naming that form, is right."""
    path, text = broken(spec, f"form: {meant}", f"form: {form}")
    result = runner.invoke(main, ["validate", str(path)])
    first, summary = result.output.splitlines()
    line, column = locate(text, form)
    assert first.startswith(f"{path}:{line}:{column}: 错误[FORM-MISMATCH] 表样“{form}”与本文件的内容不符："), first
    assert f"内容像是表样“{meant}”（{title}）的表（第一行的 schema 也指向它）；请把 form 改为 {meant}，" in first
    assert first.endswith(f"按表样 {form} 检查出的 {errors} 个错误都由此而来，这里没有逐条列出")
    assert result.exit_code == 1 and summary == f"检查了 1 个文件：1 个错误，0 个警告。{rerun_note(1)}"


def test_the_schema_line_of_a_spec_written_for_another_form_is_told_to_name_that_form(runner, broken):
    """With the first line naming the named form's schema, SCHEMA-LINE said the line was right and offered the
    wrong `form:` as the other way out; it is to name the schema of the form the content is for."""
    path, text = broken(TJ, "form: tianjin", "form: guangzhou")
    path.write_text(text.replace("tianjin.schema.json", "guangzhou.schema.json", 1), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    codes = [line.split("[")[1].split("]")[0] for line in result.output.splitlines()[:-1]]
    assert codes == ["SCHEMA-LINE", "FORM-MISMATCH"], result.output  # in line order: the first line, then form:
    warning = result.output.splitlines()[0]
    assert "而本文件的内容是表样 tianjin 的（form 写的 guangzhou 也要改）" in warning
    assert "；请把这一行改成 # yaml-language-server: $schema=" in warning and warning.endswith("/schema/tianjin.schema.json")


def test_forms_a_top_field_apart_are_told_by_the_fields_of_their_rows(runner, broken):
    """guangzhou's and zhanjiang's tops differ by basic_info alone, and the zhanjiang example as guangzhou was told
    its 102 errors field by field: the indicator rows, zhanjiang's value where guangzhou has period_value and
    annual_value in every row, show the form, and are named in the mapping that holds them."""
    path, _ = broken(ZJ, "form: zhanjiang", "form: guangzhou")
    first = runner.invoke(main, ["validate", str(path)]).output.splitlines()[0]
    assert ("文件里的 basic_info（基本信息）、每项绩效指标的 value（指标值）是表样 zhanjiang 的字段，guangzhou 没有，"
            "guangzhou 必填的每项绩效指标的 period_value（实施周期指标值）、annual_value（年度指标值）也都没有写；") in first


def test_a_form_told_by_the_top_names_the_fields_of_the_rows_too(runner, broken):
    """hengyang's and tianjin's tops differ by one field, which decides the tianjin example as hengyang, and the
    message named unit_code alone: the projects' fields, the cause of most of its 92 errors, went unsaid. The
    fields of every mapping are named, the top's first."""
    path, _ = broken(TJ, "form: tianjin", "form: hengyang")
    first = runner.invoke(main, ["validate", str(path)]).output.splitlines()[0]
    assert ("文件里的 unit_code（单位编码）、每项项目绩效目标表的 purpose（资金用途）、targets（绩效目标）、"
            "每项项目绩效目标表的每项绩效指标的 description（绩效指标描述）是表样 tianjin 的字段，hengyang 没有，"
            "hengyang 必填的 department（部门整体支出绩效目标申报表）、每项项目绩效目标申报表的 stamp_unit（填报单位（盖章））、"
            "budget_unit（预算单位）、annual_target（年度目标） 等 7 个字段也都没有写；") in first, first


@pytest.mark.parametrize("spec, old, new, count, codes", [
    # half filled in: fits a smaller form as well
    (GZ, None, "form: guangzhou\nyear: 2024\nunit: 某单位\n", 1, {"SCHEMA-REQUIRED"}),
    # a top a field away from another form's: zhanjiang's basic_info written in a guangzhou spec
    (GZ, "overall_target:", "basic_info:\n  staff_count: 18\n  subunit_count: null\noverall_target:", 1,
     {"SCHEMA-ADDITIONALPROPERTIES"}),
    (ZJ, '    value: "6次"', '    vaule: "6次"', 1, {"SCHEMA-ADDITIONALPROPERTIES"}),  # a key misspelt in one row
    (ZJ, '    value: "6次"\n', "", 1, {"SCHEMA-REQUIRED"}),  # one row without a field
    # a row's key written as the other form's, in one row and in most rows
    (ZJ, '    value: "6次"', '    annual_value: "6次"', 1, {"SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"}),
    (ZJ, "    value:", "    annual_value:", 20, {"SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"}),
    (GZ, "    annual_value:", "    value:", 8, {"SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"}),  # every row
    # hengyang's and tianjin's tops a field apart, that field written as the other's: their projects still differ
    ("hengyang-qiaolian-2022.yaml", "department:", "unit_code:", 1, {"SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"}),
    (TJ, "unit_code:", "department:", 1, {"SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-REQUIRED"}),
])
def test_a_spec_its_form_fits_nearly_as_well_as_another_is_told_its_own_errors(
        runner, broken, spec, old, new, count, codes):
    """Another form is said only on evidence, fields the spec has that the named form lacks, and where it fits much
    better: not for a spec begun with only the fields every form has, nor for one of the named form with a field or
    two otherwise, at the top or in the rows, even the other form's field in every row where the rest of the row is
    the named form's (guangzhou's rows with value for annual_value still hold its period_value). A top a field
    from another form's, with that field written as the other's, was said to be that form: its rows are not."""
    path, _ = broken(spec, old or "form: guangzhou", new if old else "form: guangzhou", count)
    if old is None:
        path.write_text(new, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    said = {line.split("[")[1].split("]")[0] for line in result.output.splitlines()[:-1]}
    assert said == codes, result.output


def _mappings(node, path=()):
    """Every mapping in a spec's data, at any depth, with its path."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _mappings(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _mappings(item, (*path, index))


def _place(path: tuple) -> tuple:
    """A mapping's path with its items' numbers left out: where the same field stands in every row."""
    return tuple(step for step in path if not isinstance(step, int))


EXAMPLES = {spec.name: YAML(typ="safe").load(spec.read_text(encoding="utf-8")) for spec in SPECS}
KEYS_AT = {}
"""The keys the examples write at each place: what a slip for another form's field writes there."""
for _example in EXAMPLES.values():
    for _path, _mapping in _mappings(_example):
        KEYS_AT.setdefault(_place(_path), set()).update(_mapping)


@given(st.data())
def test_one_field_slipped_anywhere_in_an_example_is_never_another_form(data):
    """A field deleted, misspelt or written as the key another form has there, in any one mapping of an example (a
    row, the budget, the top), is a slip the named form's errors say, never another form."""
    from generator import form_fit

    spec = copy.deepcopy(EXAMPLES[data.draw(st.sampled_from(sorted(EXAMPLES)))])
    places = {}
    for path, mapping in _mappings(spec):
        places.setdefault(_place(path), []).append((path, mapping))
    path, mapping = data.draw(st.sampled_from(places[data.draw(st.sampled_from(sorted(places)))]))
    key = data.draw(st.sampled_from([key for key in mapping if path or key != "form"]))
    value = mapping.pop(key)
    new = data.draw(st.sampled_from([None, key + "x", *sorted(KEYS_AT[_place(path)] - set(mapping))]))
    if new is not None:
        mapping[new] = value
    catalog = _catalog()
    assert form_fit.mismatch(catalog, catalog.get(spec["form"]), spec) is None, (path, key, new)


@functools.cache
def _catalog() -> Catalog:
    return Catalog()


@pytest.mark.parametrize("part, old, new", [
    ("profile.yaml", "title:", "title: [\n"),  # profile.yaml no longer YAML
    ("copied.schema.json", '"$ref": "defs.schema.json#/$defs/required_text"', '"$ref": "defs.schema.json#/$defs/required_txet"'),
])
def test_a_form_that_fits_better_but_will_not_load_is_not_said(runner, tmp_path, part, old, new):
    """A project's copy of a form, broken (its profile or its schema), fits a spec of that form as well as the
    original: it is no form to send an author to, and loading it raised in the middle of the spec's check. The
    original alone is said."""
    spec = copy_variant("tianjin", "copied", tmp_path / "templates", tmp_path / "schema", tmp_path / "a.yaml")
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text[text.index("\n") + 1:].replace("form: copied", "form: guangzhou"), encoding="utf-8")
    broken_file = (tmp_path / "schema" if part.endswith(".json") else tmp_path / "templates" / "copied") / part
    original = broken_file.read_text(encoding="utf-8")
    assert old in original
    broken_file.write_text(original.replace(old, new, 1), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(spec), "--templates", str(tmp_path / "templates"),
                                  "--schemas", str(tmp_path / "schema")])
    first, summary = result.output.splitlines()
    assert "错误[FORM-MISMATCH]" in first and "内容像是表样“tianjin”（天津市项目绩效目标表）的表；" in first, first
    assert result.exit_code == 1 and summary == f"检查了 1 个文件：1 个错误，0 个警告。{rerun_note(1)}", result.output


def _deleted_copy(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """A copy of a form (`copied`, in no folder of jixiao's, which a deleted schema would fall back on), its spec, its
    schema and the options naming the copy's folders."""
    spec = copy_variant("tianjin", "copied", tmp_path / "templates", tmp_path / "schema", tmp_path / "a.yaml")
    return spec, tmp_path / "schema" / "copied.schema.json", [
        "--templates", str(tmp_path / "templates"), "--schemas", str(tmp_path / "schema")]


@pytest.mark.parametrize("command", ["validate", "build"])
def test_a_schema_deleted_after_the_forms_were_listed_is_no_form(runner, tmp_path, monkeypatch, command):
    """A form's schema deleted after the catalog found it and before the schemas were read (a clerk's deleting it, a git
    checkout during a long build): the spec is told its form has no schema, as a run after it would say. The catalog
    kept the path it had found, and build asked the store for a file it never read: KeyError, an internal error."""
    spec, schema, folders = _deleted_copy(tmp_path)
    read = SchemaStore.__init__

    def deleted_first(store, *where):
        schema.unlink(missing_ok=True)
        read(store, *where)

    monkeypatch.setattr(SchemaStore, "__init__", deleted_first)
    out = ["--out", str(tmp_path / "out")] if command == "build" else []
    result = runner.invoke(main, [command, str(spec), *folders, *out])
    assert result.exit_code == 1, result.output
    assert f"错误[FORM-UNKNOWN] 表样“copied”有文件夹 {tmp_path / 'templates' / 'copied'}，但没有 schema：" in result.output


@pytest.mark.parametrize("command, said, code", [
    ("validate", "schema 文件在读取时不见了：列出 schema 文件夹之后，它被删除或改名了（有人正在改动这个文件夹，或切换了 git 分支？）；"
     "请等改动完成后再运行一次", 2),
    ("build", "错误[FORM-UNKNOWN] 表样“copied”有文件夹", 1),  # its manifest reads the folder again, the file gone
], ids=["validate", "build"])
def test_a_schema_deleted_between_its_folder_listed_and_read_is_said(runner, tmp_path, monkeypatch, command, said, code):
    """A schema file listed in its folder and gone when read: validate says so, at the file, and asks for another run;
    build, whose manifest reads the schemas again, finds the form without a schema. Both said 无法读写…不存在；请检查路径
    of a path no one had named."""
    spec, schema, folders = _deleted_copy(tmp_path)
    read = Path.read_bytes

    def deleted_first(path: Path) -> bytes:
        if path == schema:
            schema.unlink(missing_ok=True)
        return read(path)

    monkeypatch.setattr(Path, "read_bytes", deleted_first)
    out = ["--out", str(tmp_path / "out")] if command == "build" else []
    result = runner.invoke(main, [command, str(spec), *folders, *out])
    assert result.exit_code == code and said in result.output, result.output
    assert "无法读写" not in result.output and not schema.exists()
    if command == "validate":
        assert result.output == f"错误：{schema}:1:1: {said}\n"


_GONE = "在读取时不见了：列出表样文件夹之后，它被删除或改名了（有人正在改动这个文件夹，或切换了 git 分支？）；请等改动完成后再运行一次"


@pytest.mark.parametrize("command", ["validate", "build"])
@pytest.mark.parametrize("deleted", ["profile", "folder"])
def test_a_form_folder_or_profile_deleted_after_the_forms_were_listed_is_said_as_a_schema_gone(
        runner, tmp_path, monkeypatch, command, deleted):
    """A form's profile.yaml, or its whole folder, deleted after the catalog listed the forms and before the profile
    was read (a git checkout during a long build): said at it, with a word to run again, as a schema gone is. Both
    said 表样配置有误 … 文件不存在；请检查路径, of a path no one had named."""
    from generator import profile

    spec, _, folders = _deleted_copy(tmp_path)
    folder, read = tmp_path / "templates" / "copied", profile.read

    def deleted_first(path, *args):
        (folder / "profile.yaml").unlink() if deleted == "profile" else shutil.rmtree(folder)
        return read(path, *args)

    monkeypatch.setattr(profile, "read", deleted_first)
    out = ["--out", str(tmp_path / "out")] if command == "build" else []
    result = runner.invoke(main, [command, str(spec), *folders, *out])
    said = (f"{folder / 'profile.yaml'}:1:1: 表样配置 profile.yaml " if deleted == "profile" else f"{folder}: 表样文件夹")
    assert result.exit_code == 2 and result.output == f"错误：{said}{_GONE}\n", result.output


@pytest.mark.parametrize("renderer, template, formats", [
    ("render_docx.DocxRenderer", "form.docx", []),
    ("render_html.HtmlRenderer", "form.html", ["--format", "html"]),
])
def test_a_form_folder_deleted_before_its_template_was_read_is_said_as_gone(runner, tmp_path, monkeypatch, renderer,
                                                                           template, formats):
    """The folder deleted after its profile was read: its form.docx was said 文件不存在, with the script to run that
    writes it, which was gone with it; before Jinja loaded its form.html, Jinja raises TemplateNotFound, not
    FileNotFoundError, which without the folder's check was said as a template the form imports and cannot find
    (找不到它引用的模板“form.html”), of a file the form had when the forms were listed."""
    module, name = renderer.split(".")
    cls = getattr(importlib.import_module(f"generator.{module}"), name)
    spec, _, folders = _deleted_copy(tmp_path)
    folder, prepare = tmp_path / "templates" / "copied", cls.__init__

    def deleted_first(renderer, variant):
        shutil.rmtree(folder, ignore_errors=True)
        prepare(renderer, variant)

    monkeypatch.setattr(cls, "__init__", deleted_first)
    result = runner.invoke(main, ["build", str(spec), *folders, *formats, "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert f"{folder / template}: 错误[RENDER-TEMPLATE] 模板有误，无法生成：表样文件夹{_GONE}\n" in result.output, result.output
    assert "找不到它引用的模板" not in result.output


_READ_AS_SCHEMA = "（schema 文件夹里名字以 .json 结尾的都当作 schema 读取）"


@pytest.mark.parametrize("kind, said", [
    ("link", f"这是一个符号链接，它指向的 nowhere.json 不存在；请修正或删除这个链接{_READ_AS_SCHEMA}"),
    ("loop", f"符号链接绕成了圈（链接到自己，或几个链接互相指向）；请检查这个链接{_READ_AS_SCHEMA}"),
    ("folder", "这是一个文件夹，不是 schema 文件；schema 文件夹里名字以 .json 结尾的都当作 schema 读取，请把它改名或移出这个文件夹"),
    ("pipe", f"这不是普通文件（是命名管道、设备等），读不出 schema{_READ_AS_SCHEMA}"),
])
@pytest.mark.parametrize("command", ["validate", "build"])
def test_a_name_in_the_schema_folder_that_is_no_file_is_said_as_what_it_is(runner, tmp_path, monkeypatch, command, kind,
                                                                            said):
    """A link to nothing named x.schema.json was said to have vanished while the command ran, and asked for another
    run that would say the same; a link loop or a folder so named said 无法读写 (exit 1, as a spec's problems), and a
    named pipe's read waited for a writer (here refused, not waited for). Each is now what it is, at its name, exit 2
    as any form's broken file."""
    spec, _, folders = _deleted_copy(tmp_path)
    odd = tmp_path / "schema" / "x.schema.json"
    {"link": lambda: odd.symlink_to("nowhere.json"), "loop": lambda: odd.symlink_to(odd.name), "folder": odd.mkdir,
     "pipe": lambda: os.mkfifo(odd)}[kind]()
    for method in ("read_bytes", "read_text"):
        opened = getattr(Path, method)
        monkeypatch.setattr(Path, method, lambda path, *args, opened=opened, **kwargs: pytest.fail(f"{path} opened")
                            if path == odd else opened(path, *args, **kwargs))
    out = ["--out", str(tmp_path / "out")] if command == "build" else []
    result = runner.invoke(main, [command, str(spec), *folders, *out])
    assert (result.exit_code, result.output) == (2, f"错误：{odd}:1:1: {said}\n")


def test_the_forms_without_a_folder_are_listed_without_opening_a_pipe(tmp_path, monkeypatch):
    """A named pipe named like a form's schema is counted among the schemas without a folder (said when the schemas
    are read), not opened: its read waited for a writer."""
    copy_variant("tianjin", "copied", tmp_path / "templates", tmp_path / "schema", tmp_path / "a.yaml")
    os.mkfifo(tmp_path / "schema" / "x.schema.json")
    opened = Path.read_text
    monkeypatch.setattr(Path, "read_text", lambda path, *args, **kwargs: pytest.fail(f"{path} opened")
                        if path.name == "x.schema.json" else opened(path, *args, **kwargs))
    roots = Roots(templates=tmp_path / "templates", schemas=tmp_path / "schema")
    assert Catalog(roots).folderless_schemas() == ["x"]


def test_the_forms_are_compared_only_for_a_spec_its_schema_refused(validator, monkeypatch):
    """The comparison reads every form's schema: a spec that passes is never compared."""
    from generator import form_fit

    monkeypatch.setattr(form_fit, "mismatch", lambda *args: pytest.fail("compared a spec its schema passed"))
    assert validator.check_file(ROOT / "specs" / TJ).ok


@pytest.mark.parametrize("typed, hint", [
    ("Form", "未知字段“Form”；是否想写“form”（表样）？它的值“guangzhou”正是表样名"),
    ("from", "未知字段“from”；是否想写“form”（表样）？它的值“guangzhou”正是表样名"),
    ("表样", "未知字段“表样”；字段名要写英文：“表样”请写成“form”；它的值“guangzhou”正是表样名"),
    ("模板", "未知字段“模板”的值“guangzhou”是表样名，是否想写“form”？请把“模板”改成“form”"),  # by its value alone
])
def test_a_misspelt_form_key_is_said_at_its_line_with_the_key_it_meant(runner, broken, typed, hint):
    """`Form: guangzhou` was told at 1:1 to write form: at the top of the file, with no word of the line holding the
    slip, where a misspelt `Year:` is told 是否想写“year”（年度）."""
    path, text = broken(GZ, "form: guangzhou", f"{typed}: guangzhou")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, f"{typed}:")
    assert result.output.splitlines()[0] == f"{path}:{line}:{column}: 错误[FORM-MISSING] 缺少“form”字段（表样）；{hint}"


@pytest.mark.parametrize("spec, line, typed, hint", [
    (GZ, "unit: 广州市台湾同胞联谊会", "单位", "是否想写“unit”（部门名称）？"),  # near 单位名称, another form's title
    (GZ, "unit: 广州市台湾同胞联谊会", "单位名称", "是否想写“unit”（部门名称）？"),
    ("jiangsu-taiban-2024.yaml", "unit: ", "部门", "是否想写“unit”（单位名称）？"),
])
def test_a_chinese_key_near_another_forms_title_is_one_error_naming_the_field(runner, broken, spec, line, typed, hint):
    """`单位: 某单位` was two errors, 缺少 unit and 未知字段 单位 with every field listed: this form's title for `unit` is
    部门名称, but another form's is 单位名称, which a clerk copying another unit's table types."""
    path, text = broken(spec, line, line.replace("unit", typed, 1))
    lines = runner.invoke(main, ["validate", str(path)]).output.splitlines()[:-1]
    row, column = locate(text, f"{typed}:")
    assert lines == [f"{path}:{row}:{column}: 错误[SCHEMA-ADDITIONALPROPERTIES] 文件顶层：未知字段“{typed}”；{hint}"], lines


@pytest.mark.parametrize("old, meant", [
    ('period_value: "100%"', "period_value（实施周期指标值）"),
    ('annual_value: "100%"', "annual_value（年度指标值）"),
])
def test_a_chinese_key_as_near_to_several_titles_is_the_required_field_the_row_lacks(runner, broken, old, meant):
    """`指标值` holds all three of its characters in 上年指标值 and in 实施周期指标值, and in place of period_value was
    asked `是否想写“prior_value”（上年指标值）？`, an optional field, beside the error that period_value was missing."""
    path, text = broken(GZ, old, old.replace(old.split(":")[0], "指标值"))
    lines = runner.invoke(main, ["validate", str(path)]).output.splitlines()[:-1]
    row, column = locate(text, "指标值:")
    field, title = meant.rstrip("）").split("（")
    assert lines == [f"{path}:{row}:{column}: 错误[SCHEMA-ADDITIONALPROPERTIES] 第 1 个绩效指标（档案整理完成率）："
                     f"未知字段“指标值”；是否想写“{field}”（{title}）？"], lines


@pytest.mark.parametrize("old, new, missing", [
    ("year: 2023\n", "year: 2023\n单位: 万元\n", False),
    ("unit: 广州市台湾同胞联谊会\n", "单位: 万元\n", True),
])
def test_a_paper_forms_note_of_the_unit_of_money_is_told_to_be_deleted(runner, broken, old, new, missing):
    """`单位: 万元`, the note over a paper form's table, was asked `是否想写“unit”（部门名称）？`, and where unit was
    missing that was left unsaid, as if 单位 stood for it: the department would have been named 万元."""
    path, text = broken(GZ, old, new)
    lines = runner.invoke(main, ["validate", str(path)]).output.splitlines()[:-1]
    row, column = locate(text, "单位:")
    note = (f"{path}:{row}:{column}: 错误[SCHEMA-ADDITIONALPROPERTIES] 文件顶层：“单位”写的是金额单位“万元”，像是照纸质表"
            "表头的“单位：万元”抄来的一行，不是表上的栏目；表中金额的单位已是万元，不用写这一行，请删去")
    assert lines[-1] == note and any("缺少必填字段“unit”" in line for line in lines) == missing, lines


@pytest.mark.parametrize("spec, old, new, said", [
    ("jiangsu-taiban-2024.yaml", "unit: 中共江苏省委台湾工作办公室（机关）\n", "单位名称: 万元\n",
     "文件顶层：未知字段“单位名称”；字段名要写英文：“单位名称”请写成“unit”"),
    ("hengyang-qiaolian-2022.yaml", "    budget_unit: 衡阳市归国华侨联合会\n", "    预算单位: 万元\n",
     "第 1 个项目绩效目标申报表：未知字段“预算单位”；字段名要写英文：“预算单位”请写成“budget_unit”"),
])
def test_a_field_s_title_holding_a_unit_of_money_is_still_told_the_field(runner, broken, spec, old, new, said):
    """单位名称 and 预算单位 are the titles of unit and budget_unit: typed with 万元 they were told to be a paper form's
    note of its unit of money and deleted, and the missing field said missing beside them."""
    path, text = broken(spec, old, new)
    lines = runner.invoke(main, ["validate", str(path)]).output.splitlines()[:-1]
    row, column = locate(text, new.strip().split(":")[0])
    assert lines == [f"{path}:{row}:{column}: 错误[SCHEMA-ADDITIONALPROPERTIES] {said}"], lines


def test_a_misspelt_form_key_with_a_misspelt_form_is_told_both(runner, broken):
    path, text = broken(GZ, "form: guangzhou", "from: guangzou")
    first = runner.invoke(main, ["validate", str(path)]).output.splitlines()[0]
    assert first.startswith(f"{path}:{locate(text, 'from:')[0]}:1: 错误[FORM-MISSING] 缺少“form”字段（表样）；未知字段“from”；"
                            "是否想写“form”（表样）？表样“guangzou”不存在；是否想写“guangzhou”（"), first


def test_a_spec_without_form_and_no_key_standing_for_it_is_told_of_the_whole_file(runner, broken):
    """Said at 1:1, a place the missing field is no more at than any other: a problem of the whole file."""
    path, _ = broken(GZ, "form: guangzhou\n", "remark: 备注\n")
    first = runner.invoke(main, ["validate", str(path)]).output.splitlines()[0]
    assert first.startswith(f"{path}: 错误[FORM-MISSING] 缺少“form”字段（表样）；请在文件开头写 form: 和表样名称"), first


def test_a_form_key_left_empty_is_told_at_it(runner, broken):
    """`form:` typed without a form was said to be missing, at 1:1, above the key the author had typed."""
    path, text = broken(GZ, "form: guangzhou\n", "remark: 备注\nform:\n")
    first = runner.invoke(main, ["validate", str(path)]).output.splitlines()[0]
    line, column = locate(text, "form:")
    assert first.startswith(f"{path}:{line}:{column}: 错误[FORM-MISSING] “form”（表样）没有填写；请在 form: 后面写上表样名称"), first


def test_json_output_writes_every_problems_path_in_one_notation(runner, tmp_path):
    """`validate --format json` wrote a schema problem's place `indicators[0].level2` and a rule's `budget.basic`
    beside `indicators.0.value`: a program reading the output needed two parsers. Each is a JSON path now, as
    datapath.json_path writes it and README says."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    (tmp_path / "sum.yaml").write_text(text.replace("basic: 610.85", "basic: 610.86"), encoding="utf-8")
    (tmp_path / "enum.yaml").write_text(text.replace("level2: 数量指标", "level2: 数量", 1), encoding="utf-8")
    (tmp_path / "row.yaml").write_text(text.replace("name: 档案整理完成率", "name: \"档案整理完成率 \""), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(tmp_path), "--format", "json"])
    paths = {p["code"]: p["path"] for p in json.loads(result.output)["problems"]}
    assert {"BUDGET-SUM", "SCHEMA-ENUM", "TEXT-INVISIBLE"} <= set(paths), result.output
    assert paths["SCHEMA-ENUM"].startswith("indicators[") and paths["TEXT-INVISIBLE"].startswith("indicators["), paths
    assert not [path for path in paths.values() if re.search(r"\.\d", path)], paths


def test_an_indicator_row_left_wholly_empty_is_one_error_saying_fill_or_delete(runner, broken):
    """An empty row copied from Excel, its keys typed with nothing after them, was five errors (一级指标 不能为空,
    二级指标 应为文本, …) for one row; said once, at the row, with the lines to delete when it is not wanted."""
    blank = "  - level1:\n    level2:\n    name:\n    period_value:\n    annual_value:\n"
    path, text = broken("guangzhou-tailian-2023.yaml", "indicators:\n", "indicators:\n" + blank)
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, "level1:\n")
    assert result.output.splitlines()[:-1] == [
        f"{path}:{line}:{column}: 错误[SCHEMA-TYPE] 第 1 个绩效指标：整项都空着（一级指标、二级指标、三级指标、实施周期指标值、"
        f"年度指标值都没有填写）；不要这一项了就删去第 {line}–{line + 4} 行，否则逐项填上，文字加英文双引号"], result.output
    half = blank.replace("    level2:\n", "    level2: 数量指标\n")  # one field filled in: each empty one is said
    path, _ = broken("guangzhou-tailian-2023.yaml", "indicators:\n", "indicators:\n" + half)
    assert "整项都空着" not in runner.invoke(main, ["validate", str(path)]).output


@pytest.mark.parametrize("spec, row, kept", [
    ("guangzhou-tailian-2023.yaml", "  - levl1:\n    level2:\n    name:\n    period_value:\n    annual_value:\n",
     ["未知字段“levl1”；是否想写“level1”（一级指标）？"]),
    ("guangzhou-tailian-2023.yaml", "  - name:\n    content:\n    amount:\n    goal:\n",
     ["缺少必填字段“level1”", "未知字段“content”", "未知字段“goal”"]),
    ("tianjin-qiaolian-2023.yaml", "      - level1:\n        level2:\n        name:\n        annual_value:\n",
     ["缺少必填字段“description”", "缺少必填字段“value”", "未知字段“annual_value”"]),
], ids=["misspelt-key", "key-task-row", "other-forms-key"])
def test_an_empty_row_with_a_key_its_form_lacks_keeps_each_error(runner, broken, spec, row, kept):
    """An empty row with a misspelt key, a key task's fields or another form's `annual_value` was said as 整项都空着,
    telling the clerk to fill in a field the form does not have and hiding the "是否想写" hint and the fields it
    lacks: such a row keeps the errors each field had."""
    indent = row[:row.index("-")]
    path, _ = broken(spec, f"{indent[2:]}indicators:\n", f"{indent[2:]}indicators:\n" + row)
    output = runner.invoke(main, ["validate", str(path)]).output
    assert "整项都空着" not in output and all(said in output for said in kept), output


def test_an_empty_row_missing_fields_is_one_error_and_says_each_missing_field(runner, broken):
    """An empty row of only `level1:` and `level2:` (both known) is still empty, said once, but the three fields it
    lacks are each said with where to add them: the one error had swallowed them."""
    path, text = broken("guangzhou-tailian-2023.yaml", "indicators:\n", "indicators:\n  - level1:\n    level2:\n")
    lines = runner.invoke(main, ["validate", str(path)]).output.splitlines()[:-1]
    assert [line.split("错误[")[1][:13] for line in lines] == ["SCHEMA-TYPE] ", *["SCHEMA-REQUIR"] * 3], lines
    assert "整项都空着（一级指标、二级指标都没有填写）" in lines[0], lines
    assert all(f"缺少必填字段“{key}”" in "".join(lines) for key in ("name", "period_value", "annual_value")), lines


def _a_spec_and_its_draft(tmp_path):
    """specs/2026/ holding the example and specs/drafts/ a copy of it under a shorter name: one unit, year and form."""
    real, draft = tmp_path / "specs" / "2026" / GZ, tmp_path / "specs" / "drafts" / "草稿.yaml"
    for path in (real, draft):
        path.parent.mkdir(parents=True)
        shutil.copy(ROOT / "specs" / GZ, path)
    return real, draft


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_two_specs_of_one_unit_year_and_form_are_said_by_validate_on_the_second(runner, tmp_path, output):
    """Only build said it (BUILD-NAME-TAKEN, a `-2` file), and CI runs validate and lint on a pull request: the
    duplicate never showed there. Said on the spec build writes under a label, the draft, naming the other."""
    real, draft = _a_spec_and_its_draft(tmp_path)
    result = runner.invoke(main, ["validate", "--format", output, str(tmp_path / "specs")])
    assert result.exit_code == 0, result.output  # a warning
    line, column = locate(draft.read_text(encoding="utf-8"), "unit: ")
    column += len("unit: ")
    if output == "json":
        taken = [p for p in json.loads(result.output)["problems"] if p["code"] == "SPEC-NAME-TAKEN"]
        assert [(p["file"], p["line"], p["column"], p["severity"]) for p in taken] == [(str(draft), line, column, "warning")]
    else:
        taken = [{"message": text} for text in result.output.splitlines() if "SPEC-NAME-TAKEN" in text]
        where = {"text": f"{draft}:{line}:{column}: 警告[SPEC-NAME-TAKEN] ",
                 "github": f"::warning file={draft},line={line},col={column},title=jixiao::"}[output]
        assert len(taken) == 1 and taken[0]["message"].startswith(where), result.output
    message = taken[0]["message"]
    said = (f"单位、年度和表样都与 {real} 的一样（广州市台湾同胞联谊会，2023 年度，guangzhou），"
                       "生成的表同名，原名留给那一份（那一份不在草稿、副本这样的文件夹里），这一份会写成"
                       "“广州市台湾同胞联谊会2023年部门整体预算绩效目标申报表（草稿）”（若上次生成时原名已是这一份的，"
                       "jixiao build 仍让它保留原名）。请删去多余的一份或改正单位、年度；"
                       "这种表样一个单位一年只填一张，请合并成一份规格")
    assert message.endswith(said)
    assert len(said) - len(str(real)) < 260  # it quoted the whole rule of who keeps the name (docs/build.md, once README's 批量生成): 400


@pytest.mark.parametrize("command", ["validate", "build"])
def test_a_clash_is_advised_by_what_its_form_is_filled_for(runner, tmp_path, command):
    """The advice offered both "merge the specs" and "name them after projects and silence the warning", and the clerk
    could not tell which was theirs: every bundled form is filled once per unit and year (merge), and a form whose
    profile says `per_project: true` once per project (label and silence), with no word of the other."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    spec = copy_variant("tianjin", "copied", templates, schemas, tmp_path / "specs" / "a.yaml")
    shutil.copy(spec, tmp_path / "specs" / "外贸发展项目.yaml")
    run = [command, str(tmp_path / "specs"), "--templates", str(templates), "--schemas", str(schemas),
           *(["--out", str(tmp_path / "out")] if command == "build" else [])]
    merge, label = "这种表样一个单位一年只填一张，请合并成一份规格", "这种表样每个项目各填一张：请把规格文件按项目命名"
    said = runner.invoke(main, run).output
    assert merge in said and label not in said and "disable=SPEC-NAME-TAKEN" not in said, said
    profile = templates / "copied" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + "per_project: true\n", encoding="utf-8")
    said = runner.invoke(main, run).output
    assert label in said and "并在这一行加 # jixiao: disable=SPEC-NAME-TAKEN" in said and merge not in said, said


@pytest.mark.parametrize(("first", "other", "why"), [
    ("specs/2026/g.yaml", "specs/drafts/g.yaml", "那一份不在草稿、副本这样的文件夹里"),
    ("specs/g.yaml", "specs/g copy.yaml", "那一份不计扩展名的文件名较短"),
    ("specs/g.yaml", "specs/gg.yml", "那一份不计扩展名的文件名较短"),  # both names 6 long
    ("specs/a.yaml", "specs/b.yaml", "那一份的文件名排在前面"),
    ("specs/g.yaml", "specs/g.yml", "那一份的文件名排在前面"),
    ("a/g.yaml", "b/g.yaml", "那一份的路径排在前面"),
])
def test_the_clash_says_why_the_other_keeps_the_name_by_the_step_that_decided_it(first, other, why):
    """In words true of every pair: "复制出来的文件名较长" of a spec that is no copy, "文件名一样长" of `g.yaml` against
    `g.yml` (compared without their extensions, which the reader does not know)."""
    assert why_first(first, other) == why


@pytest.mark.parametrize("command", ["validate", "lint", "build"])
def test_a_spec_rightly_second_of_its_form_says_so_at_its_unit_and_is_not_warned(runner, tmp_path, command):
    """One spec per project, of a form whose file_name names only the unit and year: the clerk cannot change the
    form's profile, and SPEC-NAME-TAKEN (and build's BUILD-NAME-TAKEN) could not be silenced, said on every run. A
    comment at the unit's line, where it is said, is heard by all three; lint does not call it unused, and elsewhere
    in the spec it silences nothing."""
    real, draft = _a_spec_and_its_draft(tmp_path)
    text = draft.read_text(encoding="utf-8")
    args = ["--out", str(tmp_path / "out")] if command == "build" else []

    def said() -> str:
        result = runner.invoke(main, [command, str(tmp_path / "specs"), *args])
        assert result.exit_code == 0, result.output
        return result.output

    draft.write_text(text.replace("year: 2023\n", "year: 2023  # jixiao: disable=SPEC-NAME-TAKEN 每个项目一份\n", 1), encoding="utf-8")
    assert "NAME-TAKEN" in said()
    draft.write_text(text.replace("广州市台湾同胞联谊会\n", "广州市台湾同胞联谊会  # jixiao: disable=SPEC-NAME-TAKEN 每个项目一份\n", 1),
                     encoding="utf-8")
    output = said()
    assert "NAME-TAKEN" not in output and "DISABLE" not in output, output


@pytest.mark.parametrize("command", ["validate", "lint", "build"])
@pytest.mark.parametrize("code", ["BUILD-NAME-TAKEN", "build-name-taken"])
def test_the_code_build_showed_silences_the_clash_as_validate_s_does(runner, tmp_path, command, code):
    """build says the clash as 警告[BUILD-NAME-TAKEN], and the clerk who copied that code into the comment at the unit's
    line silenced nothing: the warning stayed on every run, and lint called the comment useless ("没有
    BUILD-NAME-TAKEN 的问题"), with no word of SPEC-NAME-TAKEN. It is the same clash: either code silences it."""
    real, draft = _a_spec_and_its_draft(tmp_path)
    text = draft.read_text(encoding="utf-8")
    args = ["--out", str(tmp_path / "out")] if command == "build" else []
    draft.write_text(text.replace("广州市台湾同胞联谊会\n", f"广州市台湾同胞联谊会  # jixiao: disable={code} 每个项目一份\n", 1),
                     encoding="utf-8")
    result = runner.invoke(main, [command, str(tmp_path / "specs"), *args])
    assert result.exit_code == 0, result.output
    assert "NAME-TAKEN" not in result.output and "DISABLE" not in result.output, result.output


@pytest.mark.parametrize("command", ["validate", "lint", "build"])
def test_the_code_build_showed_written_at_another_line_is_told_as_validate_s_is(runner, tmp_path, command):
    """A `# jixiao: disable=BUILD-NAME-TAKEN` a line below the unit's is told as SPEC-NAME-TAKEN's is, as written."""
    real, draft = _a_spec_and_its_draft(tmp_path)
    text = draft.read_text(encoding="utf-8").replace("year: 2023\n", "year: 2023  # jixiao: disable=BUILD-NAME-TAKEN\n", 1)
    draft.write_text(text, encoding="utf-8")
    line = text.splitlines().index("year: 2023  # jixiao: disable=BUILD-NAME-TAKEN") + 1
    args = ["--out", str(tmp_path / "out")] if command == "build" else []
    output = runner.invoke(main, [command, str(tmp_path / "specs"), *args]).output
    taken = [said for said in output.splitlines() if "-NAME-TAKEN]" in said]
    assert len(taken) == 1, output
    assert taken[0].endswith(f"（第 {line} 行的 # jixiao: disable=BUILD-NAME-TAKEN 不在这一行，不起作用）"), taken
    assert "DISABLE" not in output, output


@pytest.mark.parametrize("command", ["validate", "lint", "build"])
def test_a_clash_says_the_silence_written_at_another_line_does_nothing(runner, tmp_path, command):
    """A `# jixiao: disable=SPEC-NAME-TAKEN` a line below the unit's silences nothing, and is never called unused
    (weighed over several specs): the warning stayed with no word of it, and the clerk took the comment for broken.
    build's BUILD-NAME-TAKEN, which the comment silences too, was at 1:1 and named no comment at all: it is said at the
    unit's line as validate's is, in the same words."""
    real, draft = _a_spec_and_its_draft(tmp_path)
    text = draft.read_text(encoding="utf-8").replace("year: 2023\n", "year: 2023  # jixiao: disable=SPEC-NAME-TAKEN\n", 1)
    draft.write_text(text, encoding="utf-8")
    line = text.splitlines().index("year: 2023  # jixiao: disable=SPEC-NAME-TAKEN") + 1
    unit, column = locate(text, "unit: ")
    args = ["--out", str(tmp_path / "out")] if command == "build" else []
    taken = [said for said in runner.invoke(main, [command, str(tmp_path / "specs"), *args]).output.splitlines()
             if "-NAME-TAKEN]" in said]
    assert len(taken) == 1 and taken[0].startswith(f"{draft}:{unit}:{column + len('unit: ')}: 警告["), taken
    assert taken[0].endswith(f"请合并成一份规格（第 {line} 行的 # jixiao: disable=SPEC-NAME-TAKEN 不在这一行，不起作用）"), taken


def test_one_spec_validated_alone_or_another_year_is_no_second_spec(runner, tmp_path):
    real, draft = _a_spec_and_its_draft(tmp_path)
    assert "SPEC-NAME-TAKEN" not in runner.invoke(main, ["validate", str(draft)]).output
    draft.write_text(draft.read_text(encoding="utf-8").replace("year: 2023", "year: 2024"), encoding="utf-8")
    assert "SPEC-NAME-TAKEN" not in runner.invoke(main, ["validate", str(tmp_path / "specs")]).output


def test_specs_checked_together_have_their_forms_names_made_without_their_view_models(runner, tmp_path, monkeypatch):
    """SPEC-NAME-TAKEN needs each spec's form's name, `{{ unit }}{{ year }}…`: validate and lint of several specs
    built each one's whole view model (its indicator tables) for it, about a tenth of validating 300 specs."""
    from generator import model

    real, draft = _a_spec_and_its_draft(tmp_path)
    built = []
    monkeypatch.setattr(model, "build", lambda *args: built.append(args) or pytest.fail("view model built"))
    for command in ("validate", "lint"):
        output = runner.invoke(main, [command, str(tmp_path / "specs")]).output
        assert f"{draft}:" in output and "SPEC-NAME-TAKEN" in output, output
    assert built == []


NAMES_READ = {"as profiled": None, "the title": "{{ title }}（{{ year }}）", "a blank field": "{{ unit }}{{ BLANK }}",
              "an indicator table": "{{ unit }}{{ TABLE.rows|length }}",
              "a set, a macro and a filter": "{% set u = unit %}{% macro m(a=year) %}{{ a }}{% endmacro %}"
                                             "{{ u|replace('市', '') }}{{ m() }}"}
"""File name patterns, each rendered alike over the part of the view model model.named makes and over the whole one."""


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
@pytest.mark.parametrize("read", NAMES_READ)
def test_a_forms_name_made_for_a_clash_is_the_name_build_writes(spec, read):
    """model.named gives the title and file name patterns the fields they read, blank where the spec has none, and
    the title, or the whole view model when they read an indicator table: its name is the one build writes."""
    import dataclasses

    from generator import model
    from generator.name_clashes import form_name

    validator = Validator()
    checked = validator.check_file(spec)
    variant, data = checked.variant, dict(checked.spec.data)
    blank = next((key for key, value in reversed(data.items())
                  if isinstance(value, str) and key not in ("form", "year", "unit")), None)
    if read == "a blank field":
        if blank is None:
            pytest.skip("the form's only texts at the top are its name, year and unit")
        del data[blank]  # left out, and read
    table = variant.indicator_tables[0]["path"].replace(".*", "[0]")
    pattern = (NAMES_READ[read] or variant.file_name).replace("BLANK", str(blank)).replace("TABLE", table)
    variant = dataclasses.replace(variant, profile={**variant.profile, "file_name": pattern})
    named = form_name(spec.name, model.named(data, variant, validator.store), variant)
    assert named == form_name(spec.name, model.build(data, variant, validator.store), variant)
    assert named[0] != "" and (read != "an indicator table" or named[0][-1].isdigit()), named


def test_a_folder_of_specs_outside_the_project_writes_their_forms_schema_out_once(tmp_path, monkeypatch):
    """Each spec whose first line should name a project's copy of its schema (SCHEMA-LINE) is compared with the
    bundle written out: the same text, once per form and run, where writing it for each spec took about a tenth
    of that spec's build."""
    from generator import bundle

    written = []
    monkeypatch.setattr(bundle, "as_text", lambda document: written.append(document) or json.dumps(document))
    source = next(spec for spec in SPECS if spec.name.startswith("zhanjiang"))
    validator = Validator()
    for n in range(3):
        spec = tmp_path / f"copy{n}-{source.name}"
        shutil.copy(source, spec)
        assert [p.code for p in validator.check_file(spec).problems] == ["SCHEMA-LINE"]
    assert len(written) == 1


def test_a_unit_typed_as_a_block_is_named_in_the_clash_as_the_form_prints_it(runner, tmp_path):
    """A `|` block's closing line break is not printed (block_ends), so `unit: |` over the same name makes the same
    form name; the warning quoted the unit with it (`广州市台湾同胞联谊会↵`), as if the two units differed."""
    real, draft = _a_spec_and_its_draft(tmp_path)
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("unit: 广州市台湾同胞联谊会\n", "unit: |\n  广州市台湾同胞联谊会\n", 1), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(tmp_path / "specs")])
    [taken] = [line for line in result.output.splitlines() if "SPEC-NAME-TAKEN" in line]
    assert f"单位、年度和表样都与 {real} 的一样（广州市台湾同胞联谊会，2023 年度，guangzhou）" in taken, result.output


@pytest.mark.parametrize("old, new, said", [
    # a field the form has, merged, passed validate and lint, and fmt kept the `<<`
    ("  basic: 610.85\n", "  <<: {basic: 610.85, project: 78.56}\n",
     "把这些字段直接写在这一组里，各占一行、与“<<”对齐：“basic: 610.85”、“project: 78.56”"),
    # a U+FEFF inside a text leaves the spec to the round-trip parser, whose tree keeps no line for a merged key:
    # the unknown field was an internal error (KeyError), exit 4
    ("    name: 补助发放及时率\n", "    name: 补助发放\ufeff及时率\n    <<: [{other: 1}, {extra: 2}]\n",
     "把要并入的字段直接写在这一组里"),
], ids=["fields", "list"])
@pytest.mark.parametrize("command", [["validate"], ["lint"], ["fmt", "--check"]])
def test_a_merge_key_is_refused_where_typed_as_an_anchor_is(runner, broken, old, new, said, command):
    """`<<` (YAML 1.1's merge, which both parsers still do) adds fields typed on no line of their own, and a spec
    passing with one would teach it, as an anchor would: every command refuses it at the `<<`, saying what to type."""
    path, text = broken(GZ, old, new)
    result = runner.invoke(main, [*command, str(path)])
    line, column = locate(text, "<<")
    assert result.exit_code == 1, result.output
    assert (f"{path}:{line}:{column}: 错误[YAML-MERGE] “<<”是 YAML 的合并写法（把后面的一组字段并入这一组），规格里不用；"
            f"请删掉“<<:”，{said}") in result.output, result.output


@pytest.mark.parametrize("text", ["。", "、", "——", "…", "（）"])
@pytest.mark.parametrize("spec, key, old, field", [
    (GZ, "  - name: ", "夯实工作基础，做好在穗定居台胞工作。", "第 3 个年度重点工作任务的“名称”"),
    ("tianjin-qiaolian-2023.yaml", "  - name: ", "2023年度办公用房租金", "第 1 个项目绩效目标表的“项目名称”"),
    ("tianjin-qiaolian-2023.yaml", "      - ", "市侨联办公用房租赁，保障侨联工作开展。", "第 1 个项目绩效目标表的第 1 个绩效目标"),
    ("zhanjiang-qiaolian-2024.yaml", "    name: ", "侨务接待次数", "第 2 个绩效指标的“三级指标”"),  # the schema takes it empty
])
def test_a_name_or_target_of_punctuation_alone_is_warned_at_its_place(runner, broken, spec, key, old, field, text):
    """A task, project or indicator named `。` or `——`, or a target of `…`, passed validate without a word and printed
    a cell that says nothing: as unfilled as “（请填写）”, which validate warns of, it is warned of too, at its place."""
    path, spec_text = broken(spec, key + old, f'{key}"{text}"')
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    line, column = locate(spec_text, f'{key}"{text}"')
    assert (f"{path}:{line}:{column + len(key)}: 警告[TEXT-PUNCTUATION] {field}：只有标点“{text}”，没有文字，"
            "生成的表上这一格等于没有填写；请填上实际内容") in result.output, result.output


@pytest.mark.parametrize("old, new", [
    ("  - name: 夯实工作基础", "  - name: …夯实工作基础"),  # words after the mark
    ("  - name: 夯实工作基础，做好在穗定居台胞工作。", '  - name: "（请填写）"'),  # UNFILLED's
    ("    content: 召开理事（扩大）会议，开展定居台胞培训业务。", '    content: "——"\n#'),  # no name, the schema takes it empty
])
def test_a_text_with_words_or_one_the_form_may_leave_empty_is_no_punctuation_alone(validator, broken, old, new):
    path, _ = broken(GZ, old, new)
    assert [p for p in validator.check_file(path).problems if p.code == "TEXT-PUNCTUATION"] == []


@pytest.mark.parametrize("spec, old, new", [
    (HY, '        name: ""\n        value: "满意度 95%以上"', '        name: "——"\n        value: "满意度 95%以上"'),
    (HY, '        name: ""\n        value: "满意度 95%以上"', '        name: "/"\n        value: "满意度 95%以上"'),
    ("tianjin-qiaolian-2023.yaml", 'value: "1485平方米"', 'value: "%"'),
    ("tianjin-qiaolian-2023.yaml", 'value: "1485平方米"', 'value: "％"'),
    ("tianjin-qiaolian-2023.yaml", 'value: "1485平方米"', 'value: "‰"'),
])
def test_an_empty_cell_typed_where_the_row_may_have_none_or_a_unit_alone_is_no_punctuation_alone(validator, broken,
                                                                                                  spec, old, new):
    """A 满意度 row of 衡阳's form has no 三级指标 (its schema takes `""` there by the row's condition), and a clerk types
    the empty cell as `——` or `/`: it was told 只有标点…请填上实际内容. A `%` alone (Unicode's Po) lacks its number,
    which lint's B2 says with what to type; it was called 只有标点."""
    path, _ = broken(spec, old, new)
    assert [p for p in validator.check_file(path).problems if p.code == "TEXT-PUNCTUATION"] == []


def test_a_name_of_a_mark_with_a_pasted_u_feff_is_punctuation_alone(validator, broken):
    """A U+FEFF pasted beside a `。` shows nothing: the name is still the mark alone, warned as `。` is (and the
    invisible character besides)."""
    path, _ = broken(GZ, "  - name: 夯实工作基础，做好在穗定居台胞工作。", '  - name: "\\ufeff。"')
    assert sorted(p.code for p in validator.check_file(path).problems) == ["TEXT-INVISIBLE", "TEXT-PUNCTUATION"]


@pytest.mark.parametrize("text", ["", "\\ufeff", "  "])
def test_a_name_with_no_mark_at_all_is_not_called_punctuation_alone(validator, broken, text):
    """An empty 三级指标 (湛江's schema takes it empty), or one of a U+FEFF or blanks alone, has no mark in it: it is not
    told 只有标点“”, quoting nothing (punctuation_only held true of a text with no character to check)."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "    name: 侨务接待次数", f'    name: "{text}"')
    assert [p for p in validator.check_file(path).problems if p.code == "TEXT-PUNCTUATION"] == []


@pytest.mark.parametrize("text", ["/", "——", "。"])
def test_a_value_the_form_needs_of_punctuation_alone_is_warned(validator, broken, text):
    path, _ = broken("tianjin-qiaolian-2023.yaml", 'value: "1485平方米"', f'value: "{text}"')
    assert [p.code for p in validator.check_file(path).problems] == ["TEXT-PUNCTUATION"]
