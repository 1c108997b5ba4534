"""jixiao diff: each kind of change found on pairs derived from the examples, named in the form's words."""
from __future__ import annotations

import copy
import itertools
import json
import os
import re
import shutil
import subprocess
from copy import deepcopy
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from ruamel.yaml.scalarstring import LiteralScalarString

from generator import diff_markdown, diff_report, diff_words, target_texts
from generator.cli import main
from generator.diff import SpecComparer
from generator.diff_names import ShortNames, unpunctuated
from generator.diff_types import KINDS, REWRITTEN, Change, SpecDiff
from generator.diff_clauses import CLAUSE_ENDS, holds_whole_clause
from generator.diff_words import segments
from generator.fmt import canonical_yaml, dump
from generator.lint.grade_ladders import LADDERS, stepped_down
from generator.load import load, load_text
from generator.placeholder import PLACEHOLDER
from generator.value_kinds import BOUND_WORDS, VERBS_OF_CHANGE
from generator.weakening import WORDS, flip, hedge, tightening, weakening

from .class_parts import misnamed
from .conftest import ROOT, SPECS, spec_submodule
from .test_fuzz import FUZZ, mutated_specs

GZ = "guangzhou-tailian-2023.yaml"
HY = "hengyang-qiaolian-2022.yaml"
TJ = "tianjin-qiaolian-2023.yaml"
ZJ = "zhanjiang-qiaolian-2024.yaml"
JS = "jiangsu-taiban-2024.yaml"


@pytest.fixture
def edited(tmp_path):
    """edited(spec, change) -> (old path, new path): the example, and a copy with change(tree) applied."""

    def make(spec: str, change) -> tuple[str, str]:
        old = ROOT / "specs" / spec
        tree = canonical_yaml().load(old.read_text(encoding="utf-8"))
        change(tree)
        new = tmp_path / f"new-{spec}"
        new.write_text(dump(tree), encoding="utf-8")
        return str(old), str(new)

    return make


def changes(runner, old, new, *extra):
    result = runner.invoke(main, ["diff", old, new, "--format", "json", *extra])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    assert report["different"] == (result.exit_code == 1)
    return report["specs"][0]


def text_lines(runner, old, new, *extra):
    result = runner.invoke(main, ["diff", old, new, *extra])
    assert result.exit_code == 1, result.output
    return result.output.splitlines()


def weakened_of(change: dict) -> str | None:
    return change.get("weakened")


def weakened_or_tightened(change: dict) -> str | None:
    return change.get("weakened") or change.get("tightened")


def weakened_and_tightened(change: dict) -> tuple[str | None, str | None]:
    return change.get("weakened"), change.get("tightened")


def weakened_and_note(change: dict) -> tuple[str | None, str | None]:
    return change.get("weakened"), change.get("note")


def tightened_of(change: dict) -> str | None:
    return change.get("tightened")


def row_marks(runner, old: str, new: str, read=weakened_of, values_only: bool = False) -> dict:
    """What `read` reads of each change diff lists (its 目标降低 or other weakening by default), by its row's name:
    the 三级 in its place, before any column's title. With `values_only`, of the changes of `.value` fields alone."""
    return {c["where"].split(" › ")[3].split("：")[0]: read(c) for c in changes(runner, old, new)["changes"]
            if not values_only or c["path"].endswith(".value")}


def indicator(tree, name):
    return next(i for i, item in enumerate(tree["indicators"]) if item["name"] == name)


def test_a_spec_diffed_with_itself_is_empty(runner):
    for spec in SPECS:
        result = runner.invoke(main, ["diff", str(spec), str(spec)])
        assert result.exit_code == 0, result.output
        assert result.output.strip() == "比较了 1 个规格，没有改动。"


def test_layout_and_key_order_are_not_changes(runner, tmp_path):
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    moved = text.replace("year: 2023\nunit: 广州市台湾同胞联谊会\n", "unit: 广州市台湾同胞联谊会\nyear: 2023  # 年度\n")
    moved = moved.replace('period_value: "100%"', "period_value: '100%'")
    assert moved != text
    path = tmp_path / GZ
    path.write_text(moved, encoding="utf-8")
    assert runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(path)]).exit_code == 0


def test_a_line_break_the_form_does_not_print_is_not_a_change(runner, edited):
    """A `>` block ends its text with a line break and an imported text does not; a blank line
    between paragraphs is not printed either. Only what the form prints is reviewed."""
    def reflow(tree):
        tree["overall_target"] += "\n"
        tree["key_tasks"][0]["content"] = "\n\n" + tree["key_tasks"][0]["content"] + "\n"

    assert changes(runner, *edited(GZ, reflow))["changes"] == []

    def edit(tree):
        tree["overall_target"] += "\n新增一段。"

    assert [c["kind"] for c in changes(runner, *edited(GZ, edit))["changes"]] == ["changed"]


def test_a_changed_value_is_named_by_indicator_and_column(runner, edited):
    def change(tree):
        tree["indicators"][indicator(tree, "患病、困难、失独台胞补助覆盖面（%）")]["annual_value"] = "95%以上"

    diff = changes(runner, *edited(GZ, change))
    assert diff["changes"] == [{
        "kind": "changed", "where": "绩效指标 › 效益指标 › 社会效益指标 › 患病、困难、失独台胞补助覆盖面（%）：年度指标值",
        "path": "indicators[4].annual_value", "old": "90%以上", "new": "95%以上", "delta": None, "details": [],
        "tightened": "目标提高",
    }]
    assert diff["totals"] == [] and diff["balance"] == []


def test_a_file_only_reformatted_or_recommented_is_named_as_such(runner, tmp_path):
    """After `jixiao fmt` on a messy file, git showed many changed lines and diff only "没有改动", which read
    as a diff that missed them; a file whose text is unchanged is still not mentioned."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for spec in (GZ, ZJ):
        shutil.copy(ROOT / "specs" / spec, new / spec)
    messy = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2023  # 年度\n")
    (old / GZ).write_text(messy.replace("  period_value: \"100%\"", "  period_value: '100%'"), encoding="utf-8")
    shutil.copy(ROOT / "specs" / ZJ, old / ZJ)
    result = runner.invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 0 and result.output == "比较了 2 个规格，没有改动（1 个只改了格式或注释）。\n"
    assert [spec["retyped"] for spec in json.loads(runner.invoke(
        main, ["diff", str(old), str(new), "--format", "json"]).output)["specs"]] == [True, False]
    (new / ZJ).write_text((ROOT / "specs" / ZJ).read_text(encoding="utf-8").replace("18次", "20次"), encoding="utf-8")
    assert text_lines(runner, str(old), str(new))[-1] == "比较了 2 个规格，1 个有改动：修改 1 处（其中目标提高 1 处）；另有 1 个只改了格式或注释。"


def test_a_changed_amount_shows_its_difference_and_the_effect_on_totals(runner, edited):
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]

    diff = changes(runner, *edited(GZ, change))
    [amount] = diff["changes"]
    assert (amount["where"], amount["old"], amount["new"], amount["delta"]) == ("预算整体情况 › 项目支出", "78.56", "80.56", "2.00")
    totals = {t["label"]: (t["old"], t["new"], t["delta"]) for t in diff["totals"]}
    assert totals["基本支出 + 项目支出"] == ("689.41", "691.41", "2.00")
    assert "财政拨款 + 其他资金" not in totals  # unchanged sides are not listed
    assert any("与 财政拨款 + 其他资金 = 689.41 不相等（相差 2.00 万元）" in m["message"] for m in diff["balance"])
    # the summary, which a reviewer reads first, says so too: "修改 1 处" alone read as a harmless edit
    summary = "比较了 1 个规格，1 个有改动：修改 1 处，为金额变动；2 处合计对不上。"
    assert text_lines(runner, *edited(GZ, change))[-1] == summary
    assert text_lines(runner, *edited(GZ, change), "--format", "markdown")[3] == summary


def test_a_sum_that_stopped_holding_has_the_code_and_path_validate_and_lint_report_it_at(runner, edited, tmp_path):
    """json's `balance` was a list of sentences: the bot commenting on a pull request could not match one to the
    BUDGET-SUM problem lint reports for it, as it matches a change to a problem by `path`. Each entry keeps its
    sentence and has the problem's code and JSON path; an added spec's sums that do not hold have theirs too."""
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]

    old, new = edited(GZ, change)
    balance = changes(runner, old, new)["balance"]
    problems = json.loads(runner.invoke(main, ["lint", new, "--format", "json"]).output)["problems"]
    assert [(m["code"], m["path"]) for m in balance] == [("BUDGET-SUM", "budget.fiscal"), ("BUDGET-SUM", "budget.own_level")]
    assert {(m["code"], m["path"]) for m in balance} <= {(p["code"], p["path"]) for p in problems}
    assert balance[0]["message"].startswith("修改后 基本支出 + 项目支出 = 691.41，与 财政拨款 + 其他资金 = 689.41")

    def drop_a_project(tree):
        del tree["expenditure"]["projects"][3]

    assert [(m["code"], m["path"]) for m in changes(runner, *edited(JS, drop_a_project))["balance"]] == [
        ("PROJECT-SUM", "expenditure.project.annual"), ("PROJECT-SUM", "expenditure.project.half_year")]
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir(), after.mkdir()
    shutil.copy(new, after / GZ)  # a spec added whose sums do not hold
    [added] = json.loads(runner.invoke(main, ["diff", str(before), str(after), "--format", "json"]).output)["specs"]
    assert added["status"] == "added" and [(m["code"], m["path"]) for m in added["balance"]] == [
        ("BUDGET-SUM", "budget.fiscal"), ("BUDGET-SUM", "budget.own_level")]


def test_money_moved_between_projects_is_said_to_still_add_up(runner, edited):
    """A reviewer's first question of amounts moved between projects is whether the money still adds up; the report
    only warned of a sum broken, so its silence answered only one who knew that. It says so once the sums all hold,
    and not where one broke, where nothing but targets changed, or after a sum put right (said on its own line)."""
    def move(tree):
        details = tree["expenditure"]["projects"]
        details[0]["annual"], details[2]["annual"] = 15, 35  # 25 and 25: 10 万元 moved, 项目支出 still 134

    balanced = "  相符  金额改动后，表上的各项合计仍都相符"
    assert balanced in text_lines(runner, *edited(JS, move))
    assert "> ✅ 金额改动后，表上的各项合计仍都相符" in text_lines(runner, *edited(JS, move), "--format", "markdown")

    def overspend(tree):
        tree["expenditure"]["projects"][0]["annual"] = 35

    def lower(tree):
        tree["indicators"][0]["annual_value"] = "基本健全"

    for change in (overspend, lower):
        assert balanced not in text_lines(runner, *edited(JS, change))

    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]

    put_right = text_lines(runner, *reversed(edited(GZ, change)))
    assert balanced not in put_right and any(line.startswith("  相符  修改后") for line in put_right)


def test_json_says_whether_the_sums_held_before_and_after(runner, edited):
    """`仍都相符` had no counterpart in json: a script could tell a sum broken by the edit (`balance`) from one put right
    (`restored`), not one broken all along from sums that hold. Each spec says so (`sums_hold`, null for a side whose
    sums are unknown), and `balanced` is the text's line."""
    def move(tree):
        details = tree["expenditure"]["projects"]
        details[0]["annual"], details[2]["annual"] = 15, 35

    def overspend(tree):
        tree["expenditure"]["projects"][0]["annual"] = 35

    def lower(tree):
        tree["indicators"][0]["annual_value"] = "基本健全"

    def sums(report):
        return report["balanced"], report["sums_hold"]

    assert sums(changes(runner, *edited(JS, move))) == (True, {"old": True, "new": True})
    assert sums(changes(runner, *edited(JS, overspend))) == (False, {"old": True, "new": False})
    assert sums(changes(runner, *edited(JS, lower))) == (False, {"old": True, "new": True})
    broken = edited(JS, overspend)[1]
    assert sums(changes(runner, broken, broken)) == (False, {"old": False, "new": False})
    assert sums(changes(runner, *reversed(edited(JS, overspend)))) == (False, {"old": False, "new": True})

    def undecided(tree):
        tree["expenditure"]["projects"][0]["annual"] = "待定"

    assert sums(changes(runner, *edited(JS, undecided)))[1] == {"old": True, "new": None}


def test_sums_that_did_not_hold_before_the_edit_are_not_said_to_still_hold(runner, edited, tmp_path):
    """`仍都相符` was said where every sum held after the edit yet one had not before: the project whose 半年计划执行数
    exceeded its 全年预算数 deleted (its sum gone with it, so none was put right), or an amount of a sum that was not a
    number (`待定`) filled in. The reviewer read that the money had added up all along."""
    def overplanned(tree):
        projects = tree["expenditure"]["projects"]
        projects[3]["half_year"] = 40  # over its 全年预算数 30
        tree["expenditure"]["project"]["half_year"] = 82.5

    def dropped(tree):
        overplanned(tree)
        del tree["expenditure"]["projects"][3]
        tree["expenditure"]["project"]["annual"], tree["expenditure"]["project"]["half_year"] = 104, 42.5
        tree["expenditure"]["basic"]["annual"] = canonical_yaml().load("x: 4135.71")["x"]

    def pending(tree):
        tree["expenditure"]["projects"][0]["annual"] = "待定"

    def pending_left_out(tree):  # every sum holds as typed, `待定` counted as nothing: not known to hold
        tree["expenditure"]["projects"][0]["half_year"] = "待定"
        tree["expenditure"]["project"]["half_year"] = 40

    def moved(tree):
        details = tree["expenditure"]["projects"]
        details[0]["annual"], details[2]["annual"] = 15, 35

    for before, after in ((overplanned, dropped), (pending, moved), (pending_left_out, moved)):
        old = tmp_path / f"old-{JS}"
        shutil.copy(edited(JS, before)[1], old)
        lines = text_lines(runner, str(old), edited(JS, after)[1])
        assert "  相符  金额改动后，表上的各项合计仍都相符" not in lines and not any("注意" in line for line in lines)


def test_amounts_changed_in_a_spec_with_no_sum_to_check_are_not_said_to_add_up(runner, edited, tmp_path):
    """A spec none of whose sums can be checked (each project's 预算数 typed without its 财政资金 and 其他资金) has no sum
    that holds: `仍都相符` said of it told the reviewer that money no sum checks had been checked."""
    def totals_only(tree):
        for project in tree["projects"]:
            del project["budget"]["fiscal"], project["budget"]["other"]

    def lowered(tree):
        totals_only(tree)
        tree["projects"][0]["budget"]["total"] = canonical_yaml().load("x: 250.30")["x"]

    old = tmp_path / f"old-{TJ}"
    shutil.copy(edited(TJ, totals_only)[1], old)
    lines = text_lines(runner, str(old), edited(TJ, lowered)[1])
    assert any("预算数  254.30 → 250.30" in line for line in lines)
    assert not any(line.startswith("  相符") for line in lines)


def test_the_comment_lists_the_weakened_targets_above_its_tables(runner, edited):
    """The summary counted 目标降低 3 处, and the reviewer then searched two tables of amounts and reworded texts for
    the bold ones. They are listed under the summary, a line each with its spec, place and values; not where they are
    the only changes (the table is that list), and the first ten of more."""
    def edit(tree):
        project = tree["projects"][2]
        project["budget"]["total"] = project["budget"]["fiscal"] = canonical_yaml().load("x: 52.00")["x"]
        project["indicators"][0]["value"] = "≥2次"
        del tree["projects"][1]["indicators"][6]

    markdown = "\n".join(text_lines(runner, *edited(TJ, edit), "--format", "markdown"))
    listed = markdown.split("**降低要求的改动（2 处，下表中加粗标出）**\n\n", 1)[1].split("\n\n")[0]
    assert listed.splitlines() == [
        "- 天津市归国华侨联合会 2023 年：删除 项目绩效目标表 › 机关运行保障经费：绩效指标 › 产出指标 › 时效指标 › "
        "数字档案建设及时率（<b>目标删除</b>）",
        "- 天津市归国华侨联合会 2023 年：项目绩效目标表 › 侨务活动项目经费：绩效指标 › 产出指标 › 数量指标 › 举办活动次数："
        "指标值 ≥3次 → ≥2次（<b>目标降低</b>）"]
    assert markdown.index("降低要求的改动") < markdown.index("### 天津市")

    def lower(tree):
        tree["projects"][2]["indicators"][0]["value"] = "≥2次"

    assert "降低要求的改动" not in "\n".join(text_lines(runner, *edited(TJ, lower), "--format", "markdown"))

    def lower_many(tree):
        tree["income"]["total"] = tree["income"]["general_budget"] = canonical_yaml().load("x: 4240.71")["x"]
        for row in tree["indicators"][:12]:
            row["annual_value"] = "基本" + row["annual_value"]

    markdown = text_lines(runner, *edited(JS, lower_many), "--format", "markdown")
    listed = [line for line in markdown if line.startswith("- 中共江苏省委")]
    assert len(listed) == 10 and "- 另有 2 处，见下表" in markdown

    def lower_ten(tree):
        lower_many(tree)
        for row in tree["indicators"][10:12]:
            row["annual_value"] = row["annual_value"].removeprefix("基本")

    markdown = text_lines(runner, *edited(JS, lower_ten), "--format", "markdown")
    listed = [line for line in markdown if line.startswith("- 中共江苏省委")]
    assert len(listed) == 10 and not any(line.startswith("- 另有") for line in markdown)


def test_the_comment_lists_the_targets_weakened_since_last_year_too(runner, tmp_path):
    """A pull request adding next year's spec with a target lowered: the summary counted `与上年相比：…（其中目标降低 1
    处）`, and the list above the tables, made so that the reviewer need not search the tables for it, left it out."""
    old, new = tmp_path / "old", tmp_path / "new"
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count('annual_value: "98%以上"') == 1
    for folder in (old, new):
        folder.mkdir()
        (folder / GZ).write_text(text, encoding="utf-8")
    (new / "guangzhou-tailian-2024.yaml").write_text(
        text.replace("year: 2023", "year: 2024").replace('annual_value: "98%以上"', 'annual_value: "95%以上"'),
        encoding="utf-8")
    markdown = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    listed = markdown.split("**降低要求的改动（1 处，下表中加粗标出）**\n\n", 1)[1].split("\n\n")[0]
    assert listed.splitlines() == [
        "- 广州市台湾同胞联谊会 2024 年（与上年相比）：绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值 "
        "98%以上 → 95%以上（<b>目标降低</b>）"]


def test_an_edit_that_makes_the_sums_agree_again_is_good_news_not_a_warning(runner, edited):
    """Sums that an edit made agree again were listed among the warnings: `注意` in red, `> ⚠️` in the
    pull-request comment, and in json's `balance`, beside the identities an edit broke."""
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]

    balanced, unbalanced = edited(GZ, change)
    diff = changes(runner, unbalanced, balanced)  # the edit back to the example puts the sums right
    assert diff["balance"] == [] and [entry["message"] for entry in diff["restored"]] == [
        "修改后 基本支出 + 项目支出 = 689.41，与 财政拨款 + 其他资金 恢复相等",
        "修改后 基本支出 + 项目支出 = 689.41，与 市本级使用资金 + 拟用于对下转移支付资金 恢复相等"]
    lines = text_lines(runner, unbalanced, balanced)
    assert "  相符  修改后 基本支出 + 项目支出 = 689.41，与 财政拨款 + 其他资金 恢复相等" in lines
    assert not [line for line in lines if "注意" in line]
    markdown = text_lines(runner, unbalanced, balanced, "--format", "markdown")
    assert "> ✅ 修改后 基本支出 + 项目支出 = 689.41，与 财政拨款 + 其他资金 恢复相等" in markdown
    assert not [line for line in markdown if "⚠️" in line]


def test_a_sum_put_right_has_the_code_and_path_of_the_problem_it_no_longer_has(runner, edited, tmp_path):
    """json's `restored` was a list of sentences beside `balance`'s {message, code, path}: a script could not tell which
    of the old draft's problems the edit put right. Each entry names the problem's code and the amount it was reported
    at, in the new draft's indices (a task moved above it): the path of the change that put it right."""
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]

    balanced, unbalanced = edited(GZ, change)
    assert [(m["code"], m["path"]) for m in changes(runner, unbalanced, balanced)["restored"]] == [
        ("BUDGET-SUM", "budget.fiscal"), ("BUDGET-SUM", "budget.own_level")]

    def mistype(tree):
        tree["key_tasks"][1]["amount"] = canonical_yaml().load("x: 72.40")["x"]

    def move_last_first(tree):
        tree["key_tasks"].insert(0, tree["key_tasks"].pop(2))

    mistyped = str(shutil.copy(edited(GZ, mistype)[1], tmp_path / "mistyped.yaml"))  # `edited` writes to one name
    problems = json.loads(runner.invoke(main, ["lint", mistyped, "--format", "json"]).output)["problems"]
    assert ("TASK-SUM", "key_tasks[1].amount") in {(p["code"], p["path"]) for p in problems}
    diff = changes(runner, mistyped, edited(GZ, move_last_first)[1])
    [restored] = diff["restored"]
    assert (restored["code"], restored["path"]) == ("TASK-SUM", "key_tasks[2].amount")
    assert restored["path"] in [c["path"] for c in diff["changes"] if c["kind"] == "changed"]
    assert restored["message"].startswith("修改后 各项重点工作任务的拟投入的资金（万元）之和 = 52.06")


def test_a_changed_amount_typed_whole_is_a_json_string_like_any_other(runner, edited):
    """`134` → `135.50` went out as the number 134 beside the string "135.50": two types for one field."""
    def change(tree):
        tree["budget"]["project"] = 80

    [amount] = changes(runner, *edited(GZ, change))["changes"]
    assert (amount["old"], amount["new"], amount["delta"]) == ("78.56", "80", "1.44")


def test_a_total_that_includes_an_amount_that_is_not_a_number_is_not_computed(runner, edited):
    """`49,41` is left out of BUDGET-SUM's sum: the total read 64.17 → 14.76 and warned of a mismatch."""
    def change(tree):
        tree["key_tasks"][0]["amount"] = "49,41"

    diff = changes(runner, *edited(ZJ, change))
    assert diff["totals"] == [{"label": "各项重点工作任务的拟投入的资金（万元）之和", "old": "64.17",
                               "new": "（含非数字金额，未计算）", "delta": None}]
    assert diff["balance"] == []
    assert "  合计  各项重点工作任务的拟投入的资金（万元）之和  64.17 → （含非数字金额，未计算）" in text_lines(runner, *edited(ZJ, change))
    assert "| 各项重点工作任务的拟投入的资金（万元）之和 | 64.17 | （含非数字金额，未计算） | 无法计算 |" in text_lines(
        runner, *edited(ZJ, change), "--format", "markdown")


def test_a_blank_amount_counts_as_zero_in_the_difference(runner, edited):
    def change(tree):
        tree["department"]["budget"]["government_fund"] = canonical_yaml().load("x: 2.50")["x"]

    [amount] = changes(runner, *edited(HY, change))["changes"]
    assert (amount["old"], amount["new"], amount["delta"]) == (None, "2.50", "2.50")


def test_an_added_indicator_is_listed_with_its_values(runner, edited):
    def change(tree):
        row = canonical_yaml().load('level1: 产出指标\nlevel2: 质量指标\nname: 活动满意率\n'
                                    'period_value: "≥90%"\nannual_value: "≥90%"\n')
        tree["indicators"].insert(3, row)

    diff = changes(runner, *edited(GZ, change))
    assert [(c["kind"], c["where"]) for c in diff["changes"]] == [("added", "绩效指标 › 产出指标 › 质量指标 › 活动满意率")]
    assert diff["changes"][0]["details"] == [{"field": "实施周期指标值", "value": "≥90%"},
                                             {"field": "年度指标值", "value": "≥90%"}]


def test_an_added_task_names_each_field_and_shows_its_text_as_printed(runner, edited):
    """A `|` block's final line break showed as a last ↵ (<br>), and in markdown each field name ran into its value.
    Markdown shows a value unquoted, so its final 。 went before the ；: `更新设备。；拟投入…`."""
    def change(tree):
        task = canonical_yaml().load("name: 加强机关信息化建设。\ncontent: |\n  建设办公系统；\n  更新设备。\namount: 3.00\n")
        tree["key_tasks"].append(task)

    where = "年度重点工作任务 › 加强机关信息化建设"  # a place, without the name's final 。
    assert f"  新增  {where}  主要实施内容：“建设办公系统；↵更新设备。”；拟投入的资金（万元）：3.00" in text_lines(
        runner, *edited(GZ, change))
    assert f"| 新增 | {where} |  | 主要实施内容：建设办公系统；<br>更新设备；拟投入的资金（万元）：3.00 |" in text_lines(
        runner, *edited(GZ, change), "--format", "markdown")


def test_a_removed_task_is_listed_and_its_amount_leaves_the_total(runner, edited):
    def change(tree):
        del tree["key_tasks"][4]  # 全面从严治党，做好党建工作。 0.60

    diff = changes(runner, *edited(GZ, change))
    assert [(c["kind"], c["where"]) for c in diff["changes"]] == [("removed", "年度重点工作任务 › 全面从严治党，做好党建工作")]
    totals = {t["label"]: t["delta"] for t in diff["totals"]}
    assert totals == {"各项重点工作任务的拟投入的资金（万元）之和": "-0.60"}


def test_an_added_or_removed_item_with_an_amount_has_it_as_its_delta(runner, edited):
    """json said `"delta": null` for a task removed with 0.60 万元: a script read the change as costing nothing, and
    had to work out from the totals what it did. A project's amount is the total the form sums within it (预算数, 全年预算数),
    typed as the author typed it (`30`, not `30.00`); text and markdown list it among the fields, and add no sign after
    the last one (`期望达到的目标：…（−0.60 万元）` read as that field's difference)."""
    def drop_a_task(tree):
        del tree["key_tasks"][4]  # 0.60

    [task] = changes(runner, *edited(GZ, drop_a_task))["changes"]
    assert (task["kind"], task["delta"]) == ("removed", "-0.60")
    [line] = [line for line in text_lines(runner, *edited(GZ, drop_a_task)) if line.startswith("  删除")]
    assert "拟投入的资金（万元）：0.60；" in line and "万元）" not in line.rpartition("；")[2]
    replaced = changes(runner, *edited(TJ, _another_project))["changes"]
    assert sorted((c["kind"], c["delta"]) for c in replaced if c["kind"] in ("added", "removed")) == [
        ("added", "30.50"), ("removed", "-62.00")]

    def drop_a_project(tree):
        del tree["expenditure"]["projects"][3]  # 半年计划执行数 10, 全年预算数 30

    [project] = changes(runner, *edited(JS, drop_a_project))["changes"]
    assert project["delta"] == "-30"

    def add_an_indicator(tree):
        tree["indicators"].append(deepcopy(tree["indicators"][0]) | {"name": "新的指标"})

    [row] = changes(runner, *edited(GZ, add_an_indicator))["changes"]
    assert (row["kind"], row["delta"]) == ("added", None)  # a row with no amount has no difference


def test_a_removed_project_whose_budget_is_typed_as_text_has_no_delta_and_no_internal_error(runner, edited):
    """A draft's 预算规模 typed as one text (`budget: 254.30万元`) rather than its fields: removing that project
    looked for the 预算数 inside the text and ended the diff as an internal error (exit 4)."""
    def budget_as_text(tree):
        tree["projects"][0]["budget"] = "254.30万元"

    _, old = edited(TJ, budget_as_text)
    new = Path(old).with_name("without-it.yaml")
    tree = canonical_yaml().load(Path(old).read_text(encoding="utf-8"))
    del tree["projects"][0]
    new.write_text(dump(tree), encoding="utf-8")
    [project] = [c for c in changes(runner, old, str(new))["changes"] if c["kind"] == "removed"]
    assert project["delta"] is None and project["old"]["budget"] == "254.30万元"


def test_a_blank_amount_removed_has_no_delta(runner, edited):
    """`other: null` taken out: nothing typed went, so json's delta is null, not a difference of 0."""
    def drop_the_blank(tree):
        del tree["projects"][0]["budget"]["other"]

    [removed] = [c for c in changes(runner, *edited(TJ, drop_the_blank))["changes"] if c["kind"] == "removed"]
    assert (removed["path"], removed["old"], removed["delta"]) == ("projects[0].budget.other", None, None)


def _drop_the_blank(tree):
    """天津's first project without its blank 其他资金 (`other: null` taken out): no amount moved."""
    del tree["projects"][0]["budget"]["other"]


def _without_the_blank(spec: str, after: Path) -> Path:
    """`spec` (天津's, as edited) written to `after` with its first project's 其他资金 key taken out."""
    tree = canonical_yaml().load(Path(spec).read_text(encoding="utf-8"))
    _drop_the_blank(tree)
    after.write_text(dump(tree), encoding="utf-8")
    return after


def test_a_blank_amount_taken_out_or_put_back_moves_no_sum(runner, edited):
    """Sums were paired by the fields present: `财政资金 + 其他资金` and `财政资金` read as two sums, one gone
    (254.30 → （空）) and one come (（空） → 254.30), where the sum of the amounts did not move. The key itself is
    still listed: the schema requires it, so the new draft no longer builds."""
    old, new = edited(TJ, _drop_the_blank)
    for pair, kind in (((old, new), "  删除  "), ((new, old), "  新增  ")):
        lines = text_lines(runner, *pair)
        assert [line for line in lines if line.startswith("  ") and not line.startswith("    ")] == [
            f"{kind}项目绩效目标表 › 2023年度办公用房租金：预算规模（万元） › 其他资金  （空）"]
        diff = changes(runner, *pair)
        assert (diff["totals"], diff["balance"], diff["restored"]) == ([], [], [])
        assert "对合计的影响" not in "\n".join(text_lines(runner, *pair, "--format", "markdown"))


def test_a_sum_that_did_not_hold_is_not_newly_broken_by_a_blank_amount_taken_out(runner, edited, tmp_path):
    """254.30 + （空） against a 预算数 of 250.00, the blank taken out: the same sum, still wrong, was said to have
    stopped holding (`注意`), as a sum without 其他资金 had no old one to compare with."""
    def typed_short(tree):
        tree["projects"][0]["budget"]["total"] = canonical_yaml().load("x: 250.00")["x"]

    _, before = edited(TJ, typed_short)
    after = _without_the_blank(before, tmp_path / "after.yaml")
    diff = changes(runner, before, str(after))
    assert (diff["totals"], diff["balance"], diff["sums_hold"]) == ([], [], {"old": False, "new": False})


def test_a_blank_total_taken_out_moves_no_sum_it_was_checked_against(runner, edited, tmp_path):
    """衡阳's blank 资金总额 (`total: null`) taken out, or 广州's blank 项目支出: the identities against it could not be
    checked, and the sums on their other side (基本支出 + 项目支出, the tasks' amounts) were listed as gone
    (180.61 → （空）) and, put back, as come, though no amount moved. (Put back blank, the sums are checked against 0
    again and do not hold, which diff says: the draft without it had nothing to check them against.)"""
    for spec, blank in ((HY, lambda tree: tree["department"]["budget"]), (GZ, lambda tree: tree["budget"])):
        key = "total" if spec == HY else "project"

        def blanked(tree):
            blank(tree)[key] = None

        _, before = edited(spec, blanked)
        after = tmp_path / f"after-{spec}"
        tree = canonical_yaml().load(Path(before).read_text(encoding="utf-8"))
        del blank(tree)[key]
        after.write_text(dump(tree), encoding="utf-8")
        for pair in ((before, str(after)), (str(after), before)):
            diff = changes(runner, *pair)
            assert [change["path"] for change in diff["changes"]] == [
                f"{'department.' if spec == HY else ''}budget.{key}"]
            assert (diff["totals"], diff["restored"]) == ([], [])
            assert not [line for line in text_lines(runner, *pair) if line.startswith("  合计")]


def test_an_amount_taken_out_moves_the_sum_it_was_added_into_under_its_full_name(runner, edited, tmp_path):
    """其他资金 10.00 taken out: one sum moved by −10.00, named with the field that went, not `财政资金 + 其他资金`
    gone and a `财政资金` of 254.30 come."""
    def ten(tree):
        tree["projects"][0]["budget"]["other"] = canonical_yaml().load("x: 10.00")["x"]

    _, before = edited(TJ, ten)
    after = _without_the_blank(before, tmp_path / "after.yaml")
    label = "项目绩效目标表 › 2023年度办公用房租金：预算规模（万元） › 其中：财政资金 + 其他资金"
    for pair, moved in (((before, str(after)), ("264.30", "254.30", "-10.00")),
                        ((str(after), before), ("254.30", "264.30", "10.00"))):
        totals = changes(runner, *pair)["totals"]
        assert [(t["label"], t["old"], t["new"], t["delta"]) for t in totals] == [(label, *moved)]


def test_an_amount_slip_in_the_new_draft_is_told_with_the_form_s_decimals(runner, edited):
    """`0.6万元` where the form's other amounts have two decimals: the hint writes 0.60, as validate's does."""
    def unit_typed(tree):
        tree["key_tasks"][4]["amount"] = "0.6万元"

    lines = text_lines(runner, *edited(GZ, unit_typed))
    assert [line for line in lines if line.startswith("  修改")][0].endswith("；请写成 0.60）")


def _another_project(tree):
    """天津's third project replaced by another (a new name and budget): one removed, one added."""
    project = tree["projects"][2]
    project["name"] = "海外联谊经费"
    project["budget"]["total"] = project["budget"]["fiscal"] = canonical_yaml().load("x: 30.50")["x"]


def test_an_added_or_removed_project_shows_its_amounts_and_how_many_indicators(runner, edited):
    """The budget group and the lists were left out: a project replaced by another showed no money."""
    lines = text_lines(runner, *edited(TJ, _another_project))
    added = next(line for line in lines if line.startswith("  新增  项目绩效目标表 › 海外联谊经费"))
    removed = next(line for line in lines if line.startswith("  删除  项目绩效目标表 › 侨务活动项目经费"))
    assert "预算规模（万元）：预算数 30.50，其中：财政资金 30.50；" in added and "绩效指标：13 项" in added
    assert "预算数 62.00" in removed and "其他资金" not in removed  # a blank amount is not listed
    [row] = [c for c in changes(runner, *edited(TJ, _another_project))["changes"] if c["kind"] == "added"]
    assert row["details"][0] == {"field": "预算规模（万元）", "value": {"预算数": "30.50", "其中：财政资金": "30.50",
                                                                   "其他资金": None}}


def test_an_added_or_removed_projects_sums_are_not_totals_that_moved(runner, edited):
    """A replaced project's sums were listed as totals `62.00 → （空）` and `（空） → 30.50`, which read as a
    project whose amounts were blanked; its 新增 or 删除 line lists its amounts. A sum over the list (广州's
    各项拟投入的资金之和) is the whole spec's, and still moves."""
    diff = changes(runner, *edited(TJ, _another_project))
    assert diff["totals"] == []
    lines = text_lines(runner, *edited(TJ, _another_project))
    assert not [line for line in lines if line.startswith("  合计")]

    def drop_a_task(tree):
        del tree["key_tasks"][4]

    assert [t["label"] for t in changes(runner, *edited(GZ, drop_a_task))["totals"]] == ["各项重点工作任务的拟投入的资金（万元）之和"]

    def another(tree):
        _another_project(tree)
        tree["projects"][2]["budget"]["fiscal"] = canonical_yaml().load("x: 20.50")["x"]

    assert [m["message"] for m in changes(runner, *edited(TJ, another))["balance"]] == [  # an added project that does not add up is still told
        "修改后 项目绩效目标表 › 海外联谊经费：预算规模（万元） › 其中：财政资金 + 其他资金（空，按 0 计） = 20.50，"
        "与 预算规模（万元） › 预算数 = 30.50 不相等（相差 10.00 万元）"]


def _amount(text: str):
    return canonical_yaml().load(f"x: {text}")["x"]


def _budget(project, text: str) -> None:
    project["budget"]["total"] = project["budget"]["fiscal"] = _amount(text)


def test_a_form_of_projects_alone_says_the_net_change_of_their_amounts(runner, edited):
    """天津's form has a table for each project and no total of them: a reviewer read +5.00, +20.00 and −62.00 and
    was left to add them up for how much more or less money in all. The net is said, a project deleted counting
    with its whole 预算数; json has it as `net`."""
    def change(tree):
        projects = tree["projects"]
        _budget(projects[0], "259.30")  # 254.30
        _budget(projects[1], "60.00")  # 40.00
        del projects[2]  # 62.00

    old, new = edited(TJ, change)
    line = "  净变动  各张项目绩效目标表的预算数  −37.00 万元（3 处相加，表上没有这一合计）"
    assert line in text_lines(runner, old, new)
    assert ("**金额净变动**：各张项目绩效目标表的预算数 −37.00 万元（3 处相加，表上没有这一合计）"
            in text_lines(runner, old, new, "--format", "markdown"))
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": "-37.00", "moved": 3}]


def test_the_net_change_keeps_the_widest_places_and_counts_no_amount_only_retyped(runner, edited):
    """Money is summed as typed: 40.00 → 45.5 and 65.00 → 60.125 move it by +0.625, not a rounded +0.63; 254.30 →
    254.3 is no move and not counted."""
    def change(tree):
        projects = tree["projects"]
        _budget(projects[0], "254.3")
        _budget(projects[1], "45.5")
        _budget(projects[3], "60.125")

    old, new = edited(TJ, change)
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": "0.625", "moved": 2}]
    assert "  净变动  各张项目绩效目标表的预算数  +0.625 万元（2 处相加，表上没有这一合计）" in text_lines(runner, old, new)


def test_one_amount_moved_has_no_net_line_and_one_not_a_number_none_computed(runner, edited):
    """One project's change is its own net: a line repeating its +5.00 read as more money moved (json still says it).
    A 预算数 turned into `待定` has no difference, and the net is not computed, not summed without it."""
    def one(tree):
        _budget(tree["projects"][0], "259.30")

    old, new = edited(TJ, one)
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": "5.00", "moved": 1}]
    assert not any("净变动" in line for line in text_lines(runner, old, new))

    def and_one_of_nought(tree):  # a project added with 0 moves no money, and is not counted among the places
        one(tree)
        tree["projects"].append(copy.deepcopy(tree["projects"][1]))
        _budget(tree["projects"][-1], "0")

    old, new = edited(TJ, and_one_of_nought)
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": "5.00", "moved": 1}]

    def pending(tree):
        one(tree)
        tree["projects"][1]["budget"]["total"] = "待定"

    old, new = edited(TJ, pending)
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": None, "moved": 2}]

    def pending_first(tree):  # an amount not a number before one that is: the net stays not computed
        tree["projects"][0]["budget"]["total"] = "待定"
        _budget(tree["projects"][1], "100.00")

    old, new = edited(TJ, pending_first)
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": None, "moved": 2}]
    assert ("  净变动  各张项目绩效目标表的预算数  未计算（2 处中有不是数字的金额，表上没有这一合计）"
            in text_lines(runner, old, new))


def test_a_net_change_of_nought_has_no_sign_and_says_the_amounts_cancel(runner, edited):
    """5.00 万元 moved from one project to another: `+0.00 万元` read as a sum that moved, by nothing; the reviewer is
    told the total stands, the changes cancelling."""
    def change(tree):
        _budget(tree["projects"][0], "259.30")  # 254.30
        _budget(tree["projects"][1], "35.00")  # 40.00

    old, new = edited(TJ, change)
    assert changes(runner, old, new)["net"] == [{"label": "各张项目绩效目标表的预算数", "delta": "0.00", "moved": 2}]
    assert ("  净变动  各张项目绩效目标表的预算数  0.00 万元（2 处相加，增减相抵，表上没有这一合计）"
            in text_lines(runner, old, new))


@pytest.mark.parametrize("spec, change", [
    (GZ, lambda tree: tree["key_tasks"].__delitem__(4)),  # the form's 各项重点工作任务的拟投入的资金之和 moves
    (HY, lambda tree: tree["projects"].__delitem__(0)),  # lint's sum of the projects' 资金总额 moves
    (JS, lambda tree: tree["expenditure"]["projects"].__delitem__(3))])
def test_a_form_whose_sums_add_up_its_items_amounts_says_no_net_change(runner, edited, spec, change):
    """Where a sum of the form adds the items' amounts, its 合计 line says how they moved; a net line beside it would
    say it twice."""
    old, new = edited(spec, change)
    assert changes(runner, old, new)["net"] == []
    assert not any("净变动" in line for line in text_lines(runner, old, new))


def test_an_added_project_lists_its_indicators_with_their_values(runner, edited):
    """Only 绩效指标：13 项 was shown: the new indicators a reviewer must approve were hidden (json had them). Each
    names its 一级, as a single indicator added or deleted does: a 二级 alone (成本指标, a duty) says not which
    part of the form it is in."""
    lines = text_lines(runner, *edited(TJ, _another_project))
    added = lines.index(next(line for line in lines if line.startswith("  新增  项目绩效目标表 › 海外联谊经费")))
    assert lines[added + 1] == "        · 绩效目标 › 第 1 项：“举办海外侨界高层次人才为国服务团活动、普法及维权服务等活动、青年委员会等活动；搭…”"
    # the same rows as the project it replaced: each says so (`diff_relocated`)
    came = "（由 项目绩效目标表 › 侨务活动项目经费：绩效指标 移来）"
    assert lines[added + 3] == "        · 绩效指标 › 产出指标 › 数量指标 › 举办活动次数：绩效指标描述：“举办活动次数”；指标值：“≥3次”" + came
    assert "        · 绩效指标 › 产出指标 › 成本指标 › 活动举办费用：绩效指标描述：“活动举办费用”；指标值：“≤35万元”" + came in lines
    markdown = text_lines(runner, *edited(TJ, _another_project), "--format", "markdown")
    [row] = [line for line in markdown if line.startswith("| 新增 |")]
    assert "；绩效指标：13 项<br>· 绩效目标 › 第 1 项：" in row
    assert f"<br>· 绩效指标 › 产出指标 › 成本指标 › 活动举办费用：绩效指标描述：活动举办费用；指标值：≤35万元{came}<br>" in row


def test_an_added_projects_rows_show_their_names_without_a_final_stop_before_the_colon(runner, edited):
    """A row named as a sentence (`执行时限。`) read `… › 执行时限。：指标值：…` under an added project, the stop run into
    the colon, while the same row added alone is placed as `… › 执行时限`. Json keeps the name as typed."""
    def change(tree):
        _another_project(tree)
        tree["projects"][2]["indicators"][0]["name"] = "举办活动次数。"
        tree["projects"][2]["indicators"][1]["name"] = "活动参与人次；"

    lines = text_lines(runner, *edited(TJ, change))
    rows = [line for line in lines if line.startswith("        · 绩效指标")]
    assert rows[0] == "        · 绩效指标 › 产出指标 › 数量指标 › 举办活动次数：绩效指标描述：“举办活动次数”；指标值：“≥3次”"
    assert not [row for row in rows if re.search(r"[。；，.;,]：", row)], rows
    markdown = text_lines(runner, *edited(TJ, change), "--format", "markdown")
    [row] = [line for line in markdown if line.startswith("| 新增 |")]
    assert "<br>· 绩效指标 › 产出指标 › 数量指标 › 举办活动次数：绩效指标描述：" in row and "。：" not in row and "；：" not in row
    [added] = [c for c in changes(runner, *edited(TJ, change))["changes"] if c["kind"] == "added"]
    assert ["绩效指标", "产出指标", "数量指标", "举办活动次数。"] in [row["place"] for row in added["rows"]]


def test_a_name_shown_before_a_colon_keeps_its_leading_marks_and_drops_a_final_question_mark():
    """`.NET培训；` showed as `NET培训`, and `是否达标？：指标值` ran the mark into the colon as `执行时限。：` did."""
    assert unpunctuated(".NET培训；") == ".NET培训" and unpunctuated("是否达标？") == unpunctuated("是否达标?") == "是否达标"
    assert ShortNames([{"name": ".NET培训；"}], keys=("name",))(".NET培训；") == ".NET培训"
    assert unpunctuated("；") == "；", "a name of punctuation alone is shown as typed"


def test_a_deleted_project_says_how_many_checkable_targets_leave_with_it(runner, edited):
    """A row deleted alone was 目标删除, a project deleted with its 13 rows a plain 删除: the summary counted
    `删除 1 处` and no target lost. A task without indicator rows (广州's) loses none of them (its targets in words
    are counted apart: `test_a_deleted_task_says_how_many_targets_its_texts_stated`)."""
    def change(tree):
        del tree["projects"][2]  # 侨务活动项目经费: 13 rows, 9 of them with a number, a date or a grade

    old, new = edited(TJ, change)
    [removed] = changes(runner, old, new)["changes"]
    assert (removed["kind"], removed.get("weakened"), removed.get("deleted_targets")) == ("removed", "目标删除", 9)
    lines = text_lines(runner, old, new)
    assert lines[1].startswith("  删除  项目绩效目标表 › 侨务活动项目经费  预算规模（万元）：预算数 62.00")
    assert lines[1].endswith("绩效指标：13 项（目标删除：含 9 项可核查的指标）")
    assert lines[-1] == "比较了 1 个规格，1 个有改动：删除 1 处（其中目标删除 1 处），为金额变动。"
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert next(line for line in markdown if line.startswith("| 删除 |")).endswith(
        "| （<b>目标删除</b>：含 9 项可核查的指标） |")

    def drop_a_task(tree):
        del tree["key_tasks"][4]

    [task] = changes(runner, *edited(GZ, drop_a_task))["changes"]
    assert "deleted_targets" not in task


def test_two_deleted_tasks_whose_texts_begin_alike_are_told_apart(runner, edited, tmp_path):
    """A deleted task's texts are cut to a glance: at 40 characters, two tasks whose contents share them read as one
    task deleted twice. They are cut where one is told from the other (a number whole), the rest at 40 as before."""
    def alike(tree):
        first = tree["key_tasks"][0]["content"]
        for task, count in zip(tree["key_tasks"], ("30", "35")):
            task["content"] = f"{first[:45]}举办国情研习班{count}次。"

    old = tmp_path / "old.yaml"
    shutil.copy(edited(GZ, alike)[1], old)
    new = edited(GZ, lambda tree: (alike(tree), tree["key_tasks"].__delitem__(slice(0, 2))))[1]
    lines = text_lines(runner, str(old), new)
    markdown = text_lines(runner, str(old), new, "--format", "markdown")
    for report, quote in ((lines, "：“([^”]*)”"), (markdown, "：([^；]*)；")):
        shown = [re.search("主要实施内容" + quote, line).group(1) for line in report if line.startswith(("  删除", "| 删除"))]
        assert len(shown) == 2 and shown[0] != shown[1], report
        assert shown[0].endswith("举办国情研习班30…") and shown[1].endswith("举办国情研习班35…"), shown
    goal = re.search("期望达到的目标（概述）：“([^”]*)”", lines[1]).group(1)
    assert len(goal) == 41 and goal.endswith("…"), goal


def test_a_deleted_task_says_how_many_targets_its_texts_stated(runner, edited, tmp_path):
    """A task deleted with `不少于30次教育学习活动` in its 期望达到的目标 was a plain 删除, while editing it to `不少于20次`
    was 目标降低 and an indicator row deleted alone 目标删除: the commitment left the form unmarked. Such targets are
    counted apart from indicator rows (`deleted_text_targets`); a line of text that states none loses nothing."""
    def drop_a_task(tree):
        del tree["key_tasks"][4]  # 党支部每月不少于2次活动，全年不少于30次教育学习活动

    old, new = edited(GZ, drop_a_task)
    [task] = changes(runner, old, new)["changes"]
    assert (task["weakened"], task["deleted_text_targets"]) == ("目标删除", 2) and "deleted_targets" not in task
    lines = text_lines(runner, old, new)
    assert lines[1].endswith("（目标删除：含 2 处文字中写明的目标：“党支部每月不少于2次活动”、“全年不少于30次教育学习活动”）")
    assert lines[-1] == "比较了 1 个规格，1 个有改动：删除 1 处（其中目标删除 1 处），为金额变动。"

    def drop_all_tasks(tree):
        del tree["key_tasks"]

    [tasks] = changes(runner, *edited(GZ, drop_all_tasks))["changes"]
    assert (tasks["kind"], tasks["weakened"], tasks["deleted_text_targets"]) == ("removed", "目标删除", 14)

    def state_and_drop(tree, line):
        tree["projects"][0]["targets"][0] = line

    def drop_the_line(tree):
        del tree["projects"][0]["targets"][0]

    for line, weakened in (("开展涉侨培训不少于3次。", "目标删除"), ("保障侨联工作开展。", None)):
        stated = tmp_path / f"stated-{weakened}.yaml"
        shutil.copy(edited(TJ, lambda tree: state_and_drop(tree, line))[1], stated)
        [removed] = changes(runner, str(stated), edited(TJ, drop_the_line)[1])["changes"]
        assert (removed["kind"], removed.get("weakened")) == ("removed", weakened)


def test_json_lists_an_added_or_removed_items_rows(runner, edited):
    """Text and markdown listed a new project's indicators, json did not: a bot saw 绩效指标 13 项 and no more."""
    diff = changes(runner, *edited(TJ, _another_project))
    added, removed = (next(c for c in diff["changes"] if c["kind"] == kind) for kind in ("added", "removed"))
    assert len(added["rows"]) == len(removed["rows"]) == len(added["new"]["targets"]) + 13
    assert added["rows"][0] == {"place": ["绩效目标", "第 1 项"], "value": added["new"]["targets"][0]}
    assert {"place": ["绩效指标", "产出指标", "数量指标", "举办活动次数"],
            "fields": {"绩效指标描述": "举办活动次数", "指标值": "≥3次"},
            "note": "由 项目绩效目标表 › 侨务活动项目经费：绩效指标 移来"} in added["rows"]
    # the same indicators under another name and budget, each saying where it went or came from
    assert [{**row, "note": None} for row in removed["rows"]] == [{**row, "note": None} for row in added["rows"]]
    assert all("rows" not in c for c in diff["changes"] if c["kind"] not in ("added", "removed"))


def test_json_gives_an_added_items_amounts_as_strings_however_typed(runner, edited):
    """An amount typed `30` went out as the number 30 beside "30.50": a bot had two types to read."""
    def change(tree):
        _another_project(tree)
        tree["projects"][2]["budget"]["total"] = 30

    [added] = [c for c in changes(runner, *edited(TJ, change))["changes"] if c["kind"] == "added"]
    assert added["details"][0]["value"] == {"预算数": "30", "其中：财政资金": "30.50", "其他资金": None}


def test_an_added_spec_file_shows_its_amounts_and_totals(runner, tmp_path):
    """Only the lists' lengths were shown: the money of a whole new form was not in the review."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(ROOT / "specs" / ZJ, new / ZJ)
    assert text_lines(runner, str(old), str(new))[1:-1] == [
        "  新增的规格文件：年度重点工作任务 2 项，绩效指标 33 项",
        "  金额  预算整体情况 › 基本支出  397.72",
        "  金额  预算整体情况 › 项目支出  64.17",
        "  金额  预算整体情况 › 财政拨款  461.89",
        "  金额  基本支出 + 项目支出  461.89",
        "  金额  财政拨款 + 其他资金  461.89",
        "  金额  各项重点工作任务的拟投入的资金（万元）之和  64.17",
    ]
    markdown = text_lines(runner, str(new), str(old), "--format", "markdown")
    at = markdown.index("删除的规格文件：年度重点工作任务 2 项，绩效指标 33 项。")
    assert markdown[at + 2:at + 5] == ["| 金额 | 万元 |", "|---|---|", "| 预算整体情况 › 基本支出 | 397.72 |"]
    assert "| 各项重点工作任务的拟投入的资金（万元）之和 | 64.17 |" in markdown


def test_an_added_spec_whose_amounts_disagree_says_so(runner, tmp_path):
    """An added form listed 基本支出 + 项目支出 463.89 and 财政拨款 461.89 with no word that they disagree, while
    the same mismatch made by an edit was pointed out."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    text = (ROOT / "specs" / ZJ).read_text(encoding="utf-8")
    assert "397.72" in text
    (new / ZJ).write_text(text.replace("397.72", "399.72", 1), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert [line for line in lines if "注意" in line] == [
        "  注意  基本支出 + 项目支出 = 463.89，与 财政拨款 + 其他资金（空，按 0 计） = 461.89 不相等（相差 2.00 万元）"], lines
    markdown = text_lines(runner, str(old), str(new), "--format", "markdown")
    assert markdown[-1] == "> ⚠️ 基本支出 + 项目支出 = 463.89，与 财政拨款 + 其他资金（空，按 0 计） = 461.89 不相等（相差 2.00 万元）", \
        "the pull-request comment listed the added form's amounts without the warning"
    shutil.copy(ROOT / "specs" / ZJ, new / ZJ)
    assert not [line for line in text_lines(runner, str(old), str(new)) if "注意" in line]


def test_json_lists_an_added_spec_files_amounts(runner, tmp_path):
    """Text and markdown showed a new form's money, json only its lists' lengths."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    text = (ROOT / "specs" / ZJ).read_text(encoding="utf-8").replace("basic: 397.72", "basic: 397")
    (new / ZJ).write_text(text, encoding="utf-8")
    amounts = changes(runner, str(old), str(new))["amounts"]
    assert amounts[:2] == [{"label": "预算整体情况 › 基本支出", "amount": "397"},
                           {"label": "预算整体情况 › 项目支出", "amount": "64.17"}]
    assert {"label": "各项重点工作任务的拟投入的资金（万元）之和", "amount": "64.17"} in amounts


def test_a_reordered_list_is_a_move_not_a_change(runner, edited):
    def change(tree):
        row = tree["indicators"].pop(indicator(tree, "项目完成率"))
        tree["indicators"].insert(0, row)

    diff = changes(runner, *edited(GZ, change))
    assert diff["changes"] == [{"kind": "moved", "where": "绩效指标 › 产出指标 › 数量指标 › 项目完成率", "path": "indicators[0]",
                                "old": 3, "new": 1, "delta": None, "details": []}]
    assert "  移动  绩效指标 › 产出指标 › 数量指标 › 项目完成率  绩效指标第 3 行 → 第 1 行" in text_lines(runner, *edited(GZ, change))


@pytest.mark.parametrize("order, moved", [
    ([1, 0, 2, 3, 4], "履行职责，做好参政议政和信息调研工作  第 1 项 → 第 2 项"),  # swapped: the one now first stays
    ([1, 2, 0, 3, 4], "履行职责，做好参政议政和信息调研工作  第 1 项 → 第 3 项"),  # rotated: one moved, not two
])
def test_of_two_tasks_swapped_the_one_now_first_stays_and_a_rotation_is_one_move(
        runner, edited, order, moved):
    """A swap of two tasks keeps either one's order with the rest; the one now first is the one unmoved
    (`_unmoved`'s ties), so the report names the task that went down, not the one that came up."""
    def change(tree):
        tasks = list(tree["key_tasks"])
        tree["key_tasks"][:] = [tasks[k] for k in order]

    lines = text_lines(runner, *edited(GZ, change))
    assert lines[1:] == [f"  移动  年度重点工作任务 › {moved}", "比较了 1 个规格，1 个有改动：移动 1 处。"], lines


def test_an_indicator_moved_where_the_form_prints_it_in_the_same_place_is_no_change(runner, edited):
    """The form groups rows by the frame's 一级 and 二级: a 时效指标 row put first in the list prints
    byte for byte the same form, and showed as 移动 第 4 项 → 第 1 项 (exit 1)."""
    def change(tree):
        row = tree["indicators"].pop(indicator(tree, "补助发放及时率"))
        tree["indicators"].insert(0, row)

    assert changes(runner, *edited(GZ, change))["changes"] == []


def test_indicators_only_reordered_where_the_form_prints_them_alike_are_said_so_not_a_new_layout(runner, edited):
    """Rows put in another order within what the form groups itself (its 一级 and 二级) print the same form, and were
    said to be "只改了格式或注释": the data changed, and a reviewer shown the git diff's moved lines found none named.
    They are said as reordered, with each item's places in the spec's list; the form unchanged, the exit is still 0."""
    def change(tree):
        row = tree["indicators"].pop(indicator(tree, "补助发放及时率"))
        tree["indicators"].insert(0, row)

    old, new = edited(GZ, change)
    result = runner.invoke(main, ["diff", old, new])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == [
        "  顺序  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率  规格中第 4 项 → 第 1 项",
        "比较了 1 个规格，没有改动（1 个只调整了顺序，生成的表不变）。"], result.output
    diff = changes(runner, old, new)
    assert diff["retyped"] is False and diff["reordered"] == [{
        "where": "绩效指标 › 产出指标 › 时效指标 › 补助发放及时率", "path": "indicators[0]", "old": 4, "new": 1}]
    markdown = runner.invoke(main, ["diff", old, new, "--format", "markdown"]).output
    assert "| 顺序 | 绩效指标 › 产出指标 › 时效指标 › 补助发放及时率 | 规格中第 4 项 | 第 1 项 |" in markdown, markdown
    assert "只调整了顺序，生成的表不变。" in markdown.splitlines(), markdown


def test_indicators_reordered_beside_other_changes_are_counted_in_a_line(runner, edited):
    """Rows reordered where the form prints them alike were said only when nothing else changed: beside an edit they
    vanished, and the reviewer shown the git diff's moved lines found them nowhere. They are now counted in one line
    after the changes (text and markdown), not a line each, nor as 生成的表不变 beside edits that change the form; json
    lists each."""
    def change(tree):
        for name in ("补助发放及时率", "影响力提升率"):
            tree["indicators"].insert(0, tree["indicators"].pop(indicator(tree, name)))
        tree["overall_target"] += "加强对台交流。"

    old, new = edited(GZ, change)
    lines = text_lines(runner, old, new)
    assert lines[1:] == ["  修改  总体绩效目标  …地民间交流中实现新作为。【增：加强对台交流。】",
                         "  另有 2 项指标只调整了在规格中的顺序，在表上的位置不变",
                         "比较了 1 个规格，1 个有改动：修改 1 处。"], lines
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert "另有 2 项指标只调整了在规格中的顺序，在表上的位置不变。" in markdown, markdown
    assert not any(line.startswith("| 顺序") or line == "只调整了顺序，生成的表不变。" for line in markdown), markdown
    assert [(c["where"], c["old"], c["new"]) for c in changes(runner, old, new)["reordered"]] == [
        ("绩效指标 › 效益指标 › 可持续影响指标 › 影响力提升率", 7, 1), ("绩效指标 › 产出指标 › 时效指标 › 补助发放及时率", 4, 2)]


def test_a_moved_indicator_is_placed_by_its_row_in_its_own_block_of_the_form(runner, edited):
    """A list the profile prints as several tables counts rows table by table; a group of free 二级
    printed in the spec's order moves with its rows. Text said “表上第 16 行”, which a reader counted
    from the Word table's top, headings and other blocks included."""
    def change(tree):
        rows = tree["indicators"]
        law = [row for row in rows if row["level2"] == "统筹协调涉台法律事务"]
        for row in law:
            rows.remove(row)
        at = next(k for k, row in enumerate(rows) if row["level2"] == "指导全省对台调研工作；负责调研两岸关系发展情况")
        rows[at:at] = law

    moves = [(c["kind"], c["old"], c["new"]) for c in changes(runner, *edited("jiangsu-taiban-2024.yaml", change))["changes"]]
    assert moves == [("moved", 16, 7), ("moved", 17, 8), ("moved", 18, 9), ("moved", 19, 10), ("moved", 20, 11)]
    # said as what is counted: the Word table's 16th row is a heading or a row of the block above
    moved = [line.rsplit("  ", 1)[1] for line in text_lines(runner, *edited("jiangsu-taiban-2024.yaml", change))[1:-1]]
    assert moved[0] == "绩效指标（履职）第 16 行 → 第 7 行" and len(moved) == 5, moved


def test_a_reversed_list_moves_every_item_but_the_one_that_kept_its_place(runner, edited):
    def change(tree):
        tree["key_tasks"].reverse()

    moves = [(c["old"], c["new"]) for c in changes(runner, *edited(GZ, change))["changes"]]
    assert len(moves) == 4 and all(old != new for old, new in moves)


def test_a_renamed_task_is_a_rename_and_its_other_changes_follow_it(runner, edited):
    def change(tree):
        tree["key_tasks"][2]["name"] = "夯实工作基础，做好在穗定居台胞服务工作。"
        tree["key_tasks"][2]["amount"] = canonical_yaml().load("x: 24.15")["x"]

    diff = changes(runner, *edited(GZ, change))
    kinds = [(c["kind"], c["where"], c["old"], c["new"]) for c in diff["changes"]]
    assert kinds == [
        ("renamed", "年度重点工作任务", "夯实工作基础，做好在穗定居台胞工作。", "夯实工作基础，做好在穗定居台胞服务工作。"),
        ("changed", "年度重点工作任务 › 夯实工作基础，做好在穗定居台胞服务工作：拟投入的资金（万元）", "22.15", "24.15"),
    ]


def test_a_project_renamed_while_one_of_its_indicators_changed_is_a_rename_with_that_change(runner, edited):
    """A year added to the name and 3人 → 4人 in one of 15 indicators showed the project removed and added,
    its 40.00 leaving the totals and coming back, and hid the one real change."""
    def change(tree):
        project = tree["projects"][1]
        project["name"] = "机关运行保障经费（2023）"
        project["indicators"][0]["value"] = "4人"

    lines = text_lines(runner, *edited(TJ, change))
    assert lines[1:] == [
        "  改名  项目绩效目标表  “机关运行保障经费” → “机关运行保障经费（2023）”",
        "  修改  项目绩效目标表 › 机关运行保障经费（2023）：绩效指标 › 产出指标 › 数量指标 › 聘请出纳、司机、保洁人数：指标值  “3人” → “4人”（目标提高）",
        "比较了 1 个规格，1 个有改动：修改 1 处（其中目标提高 1 处），改名 1 处。",
    ]
    assert changes(runner, *edited(TJ, change))["totals"] == []


def test_a_task_renamed_with_a_note_in_brackets_and_a_new_amount_is_a_rename(runner, edited):
    def change(tree):
        task = tree["key_tasks"][0]
        task["name"] = "市侨联工作经费（含外事）"
        task["amount"] = canonical_yaml().load("x: 52.41")["x"]

    diff = changes(runner, *edited(ZJ, change))
    assert [(c["kind"], c["old"], c["new"], c["delta"]) for c in diff["changes"]] == [
        ("renamed", "市侨联工作经费", "市侨联工作经费（含外事）", None),
        ("changed", "49.41", "52.41", "3.00"),
    ]
    assert [(t["label"], t["old"], t["new"]) for t in diff["totals"]] == [("各项重点工作任务的拟投入的资金（万元）之和", "64.17", "67.17")]


def test_a_project_renamed_with_each_of_its_amounts_changed_is_a_rename_with_those_changes(runner, edited):
    """Its changed amounts counted as unlike: next year's name and new amounts, the project's only fields,
    read as one project removed and another added."""
    def change(tree):
        project = tree["expenditure"]["projects"][3]
        project["name"] = "办公设备购置费（2023）"
        project["half_year"], project["annual"] = (canonical_yaml().load(f"x: {v}")["x"] for v in ("12", "36"))

    diff = changes(runner, *edited(JS, change))
    assert [(c["kind"], c["old"], c["new"], c["delta"]) for c in diff["changes"]] == [
        ("renamed", "办公设备购置费（2022）", "办公设备购置费（2023）", None),
        ("changed", "10", "12", "2"),
        ("changed", "30", "36", "6"),
    ]


def test_a_project_of_amounts_alone_under_an_unrelated_name_is_a_removal_and_an_addition(runner, edited):
    def change(tree):
        project = tree["expenditure"]["projects"][0]
        project["name"] = "信息化建设"
        project["annual"] = canonical_yaml().load("x: 30")["x"]

    diff = changes(runner, *edited(JS, change))
    assert [c["kind"] for c in diff["changes"]] == ["added", "removed"]


def test_a_different_project_under_a_much_the_same_name_is_a_removal_and_an_addition(runner, edited):
    """Names alone paired them: the new project read as the old one renamed, with each of its fields changed."""
    def change(tree):
        tree["projects"][0] = canonical_yaml().load(
            "name: 2023年度办公设备租金\nbudget:\n  total: 12.00\n  fiscal: 12.00\n  other:\n"
            "purpose: 租用复印机、打印机等办公设备\ntargets:\n- 保障日常办公设备正常使用。\nindicators:\n"
            "- level1: 产出指标\n  level2: 数量指标\n  name: 租用设备台数\n  description: 租用设备台数\n  value: 10台\n")

    diff = changes(runner, *edited(TJ, change))
    assert [(c["kind"], c["where"]) for c in diff["changes"]] == [("added", "项目绩效目标表 › 2023年度办公设备租金"),
                                                                  ("removed", "项目绩效目标表 › 2023年度办公用房租金")]


def test_a_renamed_indicator_with_equal_values_is_a_rename(runner, edited):
    def change(tree):
        tree["indicators"][indicator(tree, "满意度")]["name"] = "台胞满意度"

    [rename] = changes(runner, *edited(GZ, change))["changes"]
    assert (rename["kind"], rename["old"], rename["new"]) == ("renamed", "满意度", "台胞满意度")
    assert rename["where"] == "绩效指标 › 效益指标 › 服务对象满意度指标", "a renamed row names its 一级, as an added or deleted one does"


def test_a_rename_under_the_same_parents_says_them_in_the_place(runner, edited):
    """`“时效指标 › 补助发放及时率” → “补助按时发放率”` (the unchanged 二级 on the old side alone) read as a row taken out
    of 时效指标, and both sides whole made the reviewer read the 二级 twice: the place says the parents both sides share,
    and each side its name alone, in text, markdown and json alike. A row whose 二级 changed too keeps both sides whole."""
    def change(tree):
        tree["indicators"][indicator(tree, "补助发放及时率")]["name"] = "补助按时发放率"

    place = "绩效指标 › 产出指标 › 时效指标"
    assert f"  改名  {place}  “补助发放及时率” → “补助按时发放率”" in text_lines(runner, *edited(GZ, change))
    markdown = text_lines(runner, *edited(GZ, change), "--format", "markdown")
    assert f"| 改名 | {place} | 补助发放及时率 | 补助按时发放率 |" in markdown
    [rename] = changes(runner, *edited(GZ, change))["changes"]
    assert (rename["where"], rename["old"], rename["new"]) == (place, "补助发放及时率", "补助按时发放率")

    def regroup(tree):
        row = tree["projects"][0]["indicators"][1]  # 质量指标 › 水、电设施完好率
        row["level2"], row["name"] = "数量指标", "水、电设施完整率"

    place = "项目绩效目标表 › 2023年度办公用房租金：绩效指标 › 产出指标"
    assert f"  改名  {place}  “质量指标 › 水、电设施完好率” → “数量指标 › 水、电设施完整率”" in text_lines(runner, *edited(TJ, regroup))
    markdown = text_lines(runner, *edited(TJ, regroup), "--format", "markdown")
    assert f"| 改名 | {place} | 质量指标 › 水、电设施完好率 | 数量指标 › 水、电设施完整率 |" in markdown


def test_a_rename_that_blanks_the_level2_says_so(runner, edited):
    """A row renamed and its 二级 written "" read `“数量指标 › 档案整理完成率” → “档案整理完成率2”`, exactly as a row renamed
    under the same 二级: the blanked 二级 is said on its side, in text and markdown alike."""
    def rename(tree):
        tree["indicators"][indicator(tree, "档案整理完成率")]["name"] = "档案整理完成率2"

    def blank(tree):
        rename(tree)
        tree["indicators"][indicator(tree, "档案整理完成率2")]["level2"] = ""

    assert "  改名  绩效指标 › 产出指标 › 数量指标  “档案整理完成率” → “档案整理完成率2”" in text_lines(runner, *edited(GZ, rename))
    place = "  改名  绩效指标 › 产出指标  “数量指标 › 档案整理完成率” → "
    assert place + "“（无二级指标） › 档案整理完成率2”" in text_lines(runner, *edited(GZ, blank))
    markdown = text_lines(runner, *edited(GZ, blank), "--format", "markdown")
    assert "| 改名 | 绩效指标 › 产出指标 | 数量指标 › 档案整理完成率 | （无二级指标） › 档案整理完成率2 |" in markdown


def test_invisible_characters_in_places_and_renames_show_as_boxes(runner, edited):
    """A U+202E in a row's name was printed raw in a rename's labels and in the places after it, flipping the rest of
    the terminal line: text and markdown show it as ▯, as validate and lint do; json keeps the name as typed."""
    def change(tree):
        row = tree["indicators"][indicator(tree, "档案整理完成率")]
        row["name"], row["annual_value"] = "档案\u202e整理完成率", "99%"

    lines = text_lines(runner, *edited(GZ, change))
    assert "  改名  绩效指标 › 产出指标 › 数量指标  “档案整理完成率” → “档案▯整理完成率”（两边只差看不见的字符或首尾的空格，标作▯）" in lines, lines
    assert any(line.startswith("  修改  绩效指标 › 产出指标 › 数量指标 › 档案▯整理完成率：") for line in lines), lines
    markdown = text_lines(runner, *edited(GZ, change), "--format", "markdown")
    assert "| 改名 | 绩效指标 › 产出指标 › 数量指标 | 档案整理完成率 | 档案▯整理完成率（两边只差看不见的字符或首尾的空格，标作▯） |" in markdown
    assert not any("\u202e" in line for line in lines + markdown)
    assert "\u202e" in changes(runner, *edited(GZ, change))["changes"][0]["new"]


def test_a_space_ending_a_name_or_a_value_shows_in_every_report(runner, edited):
    """`name: "档案整理完成率 "` was reported as `“档案整理完成率” → “档案整理完成率 ”`, and in markdown as the same name twice
    in two cells: a reviewer saw nothing changed. Blanks at either end show as ▯, and json escapes the full-width one."""
    def change(tree):
        row = tree["indicators"][indicator(tree, "档案整理完成率")]
        row["name"], row["annual_value"] = "档案整理完成率 ", row["annual_value"] + "\u3000"

    note = "（两边只差看不见的字符或首尾的空格，标作▯）"
    lines = text_lines(runner, *edited(GZ, change))
    assert f"  改名  绩效指标 › 产出指标 › 数量指标  “档案整理完成率” → “档案整理完成率▯”{note}" in lines, lines
    assert any(line.endswith(f"年度指标值  “100%” → “100%▯”{note}（只改了写法，目标不变）") for line in lines), lines
    markdown = text_lines(runner, *edited(GZ, change), "--format", "markdown")
    assert f"| 改名 | 绩效指标 › 产出指标 › 数量指标 | 档案整理完成率 | 档案整理完成率▯{note} |" in markdown
    result = runner.invoke(main, ["diff", *edited(GZ, change), "--format", "json"])
    assert '"100%\\u3000"' in result.output and "\u3000" not in result.output
    assert json.loads(result.output)["specs"][0]["changes"][0]["new"] == "档案整理完成率 "


def test_a_space_ending_a_moved_or_edited_items_name_shows_in_its_place(runner, edited):
    """A name's trailing space added was marked on its 改名 line (`“档案整理完成率▯”`) but its 移动 line read
    `… › 档案整理完成率   绩效指标第 1 行 → …`, the space lost in the gap, and its edited value `档案整理完成率 ：年度指标值`:
    a place marks each label's blanks at either end as a rename's labels are marked."""
    def change(tree):
        tree["indicators"].append(tree["indicators"].pop(indicator(tree, "档案整理完成率")))
        row = tree["indicators"][-1]
        row["name"], row["annual_value"] = "档案整理完成率 ", "99%"
        tree["key_tasks"].append(tree["key_tasks"].pop(0))
        tree["key_tasks"][-1]["name"] = "\u3000" + tree["key_tasks"][-1]["name"]

    old, new = edited(GZ, change)
    lines = text_lines(runner, old, new)
    where = "绩效指标 › 产出指标 › 数量指标 › 档案整理完成率▯"
    assert any(line.startswith(f"  移动  {where}  绩效指标第 ") for line in lines), lines
    assert any(line.startswith(f"  修改  {where}：年度指标值  ") for line in lines), lines
    assert any(line.startswith("  移动  年度重点工作任务 › ▯履行职责") for line in lines), lines
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert any(line.startswith(f"| 移动 | {where} | 绩效指标第 ") for line in markdown), markdown
    assert f"- 广州市台湾同胞联谊会 2023 年：{where}：年度指标值 100% → 99%（<b>目标降低</b>）" in markdown  # listed above
    moved = [c for c in changes(runner, old, new)["changes"] if c["kind"] == "moved"]
    assert moved[-1]["where"].endswith("档案整理完成率 ")  # json keeps the name as typed


def test_a_task_pasted_twice_says_the_list_already_has_one_of_its_name(runner, edited):
    """A copied task read as a plain 新增, as if a new task had been planned: it says which item has its name."""
    def paste(tree):
        tree["key_tasks"].append(deepcopy(tree["key_tasks"][0]))

    def add(tree):
        tree["key_tasks"].append({**deepcopy(tree["key_tasks"][0]), "name": "新的任务"})

    [added] = [line for line in text_lines(runner, *edited(GZ, paste)) if line.startswith("  新增")]
    assert added.endswith("（与第 1 个年度重点工作任务同名）"), added
    [change] = changes(runner, *edited(GZ, paste))["changes"]
    assert change["note"] == "与第 1 个年度重点工作任务同名"
    assert "note" not in changes(runner, *edited(GZ, add))["changes"][0]


def test_a_row_moved_to_another_project_is_no_deleted_target(runner, edited):
    """An indicator row cut from one project's table and pasted into another's read as 删除 … （目标删除）: the
    reviewer counted a commitment dropped that was still on the form. Both stay listed, saying where the row went; a
    row whose target changed on the way is still a target gone from its project."""
    def move(tree, value=None):
        projects = tree["projects"]
        row = next(i for i, item in enumerate(projects[1]["indicators"]) if item["name"] == "内控体系建设服务费")
        moved = projects[1]["indicators"].pop(row)
        if value:
            moved["value"] = value
        projects[4]["indicators"].append(moved)

    removed, added = changes(runner, *edited(TJ, move))["changes"]
    assert (removed["kind"], added["kind"]) == ("removed", "added")
    assert "weakened" not in removed
    assert removed["note"] == "移到 项目绩效目标表 › 文化宣传和网络运维等工作经费：绩效指标"
    assert added["note"] == "由 项目绩效目标表 › 机关运行保障经费：绩效指标 移来"
    lines = text_lines(runner, *edited(TJ, move))
    assert lines[1].endswith("（移到 项目绩效目标表 › 文化宣传和网络运维等工作经费：绩效指标）"), lines[1]
    # counted where listed, as 删除 and 新增, each saying it moved: not read as a target added
    assert lines[-1].endswith("1 个有改动：新增 1 处（其中由另一张表移来 1 处），删除 1 处（其中移到另一张表 1 处）。"), lines[-1]
    assert removed["relocated"] == "项目绩效目标表 › 文化宣传和网络运维等工作经费：绩效指标"
    assert added["relocated"] == "项目绩效目标表 › 机关运行保障经费：绩效指标"
    lowered = edited(TJ, lambda tree: move(tree, "≤3.8万元"))
    removed, added = changes(runner, *lowered)["changes"]
    assert removed["weakened"] == "目标删除" and "note" not in removed and "note" not in added
    assert "relocated" not in removed and "relocated" not in added
    assert text_lines(runner, *lowered)[-1].endswith("新增 1 处，删除 1 处（其中目标删除 1 处）。")
    # pasted and its target retyped `<=2.8万元`, the same target (in place, 只改了写法，目标不变): it was 目标删除
    removed, added = changes(runner, *edited(TJ, lambda tree: move(tree, "<=2.8万元")))["changes"]
    assert "weakened" not in removed and added["note"] == "由 项目绩效目标表 › 机关运行保障经费：绩效指标 移来"


def test_the_rows_of_a_project_merged_into_another_are_no_deleted_targets(runner, edited):
    """Two projects merged into one (机关运行保障经费 deleted, three of its rows pasted into another project) read as the
    deleted project's 13 targets dropped (目标删除：含 13 项可核查的指标), under 降低要求的改动 too, while three were on the
    form still. Each moved row says where it went; the project counts only the targets that left; one all of whose rows
    moved is no 目标删除. A project split off (added with rows cut from another) says the same the other way."""
    def merge(tree, rows=3):
        gone = tree["projects"].pop(1)
        tree["projects"][3]["indicators"] += gone["indicators"][:rows]

    diff = changes(runner, *edited(TJ, merge))
    [removed] = [c for c in diff["changes"] if c["kind"] == "removed"]
    assert removed["weakened"] == "目标删除" and removed["deleted_targets"] == 10
    to = "移到 项目绩效目标表 › 文化宣传和网络运维等工作经费：绩效指标"
    assert [row.get("note") for row in removed["rows"] if row["place"][0] == "绩效指标"] == [to] * 3 + [None] * 12
    came = "由 项目绩效目标表 › 机关运行保障经费：绩效指标 移来"
    assert {c.get("note") for c in diff["changes"] if c["kind"] == "added"} == {came}
    lines = text_lines(runner, *edited(TJ, merge))
    assert any(line.endswith("指标值：“≥3项”（" + to + "）") for line in lines), lines
    assert lines[-1].startswith("比较了 1 个规格，1 个有改动：新增 3 处（其中由另一张表移来 3 处），删除 1 处（其中目标删除 1 处）"), lines[-1]
    markdown = "\n".join(text_lines(runner, *edited(TJ, merge), "--format", "markdown"))
    assert "（<b>目标删除</b>：含 10 项可核查的指标）" in markdown and f"指标值：≥3项（{to}）<br>" in markdown
    assert "新增 3 处（其中由另一张表移来 3 处），删除 1 处（其中目标删除 1 处）" in markdown
    assert "relocated" not in removed  # the project is the change counted; its rows say where they went

    merged = edited(TJ, lambda tree: merge(tree, rows=None))
    [removed] = [c for c in changes(runner, *merged)["changes"] if c["kind"] == "removed"]
    assert "weakened" not in removed and "deleted_targets" not in removed
    summary = text_lines(runner, *merged)[-1]
    assert summary.startswith("比较了 1 个规格，1 个有改动：新增 15 处（其中由另一张表移来 15 处），删除 1 处，"), summary
    assert "降低要求的改动" not in "\n".join(text_lines(runner, *merged, "--format", "markdown"))

    def split(tree):
        rows = tree["projects"][1]["indicators"]
        tree["projects"].append({"name": "数字档案室建设", "budget": {"total": None, "fiscal": None, "other": None},
                                 "purpose": "数字档案室建设", "targets": ["开展数字档案室建设"],
                                 "indicators": [row for row in rows if "档案" in row["name"]]})
        rows[:] = [row for row in rows if "档案" not in row["name"]]

    diff = changes(runner, *edited(TJ, split))
    cut = [c for c in diff["changes"] if c["kind"] == "removed"]
    assert len(cut) == 6 and {(c.get("weakened"), c["note"]) for c in cut} == {(None, "移到 项目绩效目标表 › 数字档案室建设：绩效指标")}
    [added] = [c for c in diff["changes"] if c["kind"] == "added"]
    assert {row.get("note") for row in added["rows"] if row["place"][0] == "绩效指标"} == {came}
    assert "（其中移到另一张表 6 处）" in text_lines(runner, *edited(TJ, split))[-1]


def test_a_row_of_a_merged_project_pasted_with_a_lower_target_or_twice_is_moved_once(runner, edited):
    """Of a project merged into another, a row whose target was lowered on the way (`≥95％` → `≥90%`) did not move:
    its target left the form, so the deleted project still counts it as 目标删除 (listed under 降低要求的改动) and
    the row added says nothing of where it came from. A row pasted into two projects moved to one of them: the other
    is a plain addition."""
    def merge(tree):
        gone = tree["projects"].pop(1)
        rows = copy.deepcopy(gone["indicators"])
        rows[3]["value"] = "≥90%"  # 服务质量达标率, ≥95％ before
        tree["projects"][3]["indicators"] += rows
        tree["projects"][2]["indicators"].append(copy.deepcopy(gone["indicators"][1]))  # 服务内容, pasted twice

    old, new = edited(TJ, merge)
    diff = changes(runner, old, new)
    [removed] = [c for c in diff["changes"] if c["kind"] == "removed"]
    assert removed["weakened"] == "目标删除" and removed["deleted_targets"] == 1
    notes = {row["place"][-1]: row.get("note") for row in removed["rows"] if row["place"][0] == "绩效指标"}
    assert notes["服务质量达标率"] is None and notes["服务内容"] == "移到 项目绩效目标表 › 天津市第十次归侨侨眷代表大会：绩效指标"
    assert sum(note is None for note in notes.values()) == 1
    added = {(c["where"].split("：")[0], c["where"].split(" › ")[-1]): c.get("note")
             for c in diff["changes"] if c["kind"] == "added"}
    assert added[("项目绩效目标表 › 文化宣传和网络运维等工作经费", "服务质量达标率")] is None
    assert added[("项目绩效目标表 › 文化宣传和网络运维等工作经费", "服务内容")] is None
    assert added[("项目绩效目标表 › 天津市第十次归侨侨眷代表大会", "服务内容")] == "由 项目绩效目标表 › 机关运行保障经费：绩效指标 移来"
    markdown = "\n".join(text_lines(runner, old, new, "--format", "markdown"))
    assert "删除 项目绩效目标表 › 机关运行保障经费（<b>目标删除</b>：含 1 项可核查的指标）" in markdown


def test_boilerplate_of_a_deleted_project_moves_only_with_a_row_of_its_own(runner, tmp_path):
    """A row many projects hold alike (`预算执行率 100%`) of a project deleted read as moved to an unrelated new project
    holding the same boilerplate: its target was not counted as 目标删除, though nothing of the deleted project was left.
    It moves only beside a row of its own pasted into the same project (a project merged with its boilerplate)."""
    yaml = canonical_yaml()
    tree = yaml.load((ROOT / "specs" / TJ).read_text(encoding="utf-8"))
    row = {"level1": "产出指标", "level2": "质量指标", "name": "预算执行率", "description": "预算执行率", "value": "100%"}
    for project in tree["projects"][:3]:
        project["indicators"].insert(1, dict(row))
    old = tmp_path / "old.yaml"
    old.write_text(dump(tree), encoding="utf-8")

    def draft(name, change):
        new_tree = yaml.load(old.read_text(encoding="utf-8"))
        gone = new_tree["projects"].pop(1)
        change(new_tree, gone)
        path = tmp_path / name
        path.write_text(dump(new_tree), encoding="utf-8")
        return str(old), str(path)

    def unrelated(tree, gone):
        tree["projects"].append({"name": "海外联谊经费", "budget": {"total": 40, "fiscal": 40, "other": None},
                                 "purpose": "海外联谊", "targets": ["举办海外联谊活动"],
                                 "indicators": [{**row, "name": "举办联谊活动次数", "description": "举办联谊活动次数",
                                                 "level2": "数量指标", "value": "≥4次"}, dict(row)]})

    diff = changes(runner, *draft("unrelated.yaml", unrelated))
    [removed] = [c for c in diff["changes"] if c["kind"] == "removed"]
    assert removed["deleted_targets"] == 14  # 13 before, and its 预算执行率
    assert not any(r.get("note") for c in diff["changes"] for r in c["rows"])
    alone = draft("alone.yaml", lambda tree, gone: tree["projects"][3]["indicators"].append(gone["indicators"][1]))
    removed, added = sorted((c for c in changes(runner, *alone)["changes"]), key=lambda c: c["kind"], reverse=True)
    assert "relocated" not in added and removed["deleted_targets"] == 14
    merged = draft("merged.yaml", lambda tree, gone: tree["projects"][3]["indicators"].extend(gone["indicators"][:4]))
    diff = changes(runner, *merged)
    assert [c["relocated"] for c in diff["changes"] if c["kind"] == "added"] == ["项目绩效目标表 › 机关运行保障经费：绩效指标"] * 4
    [removed] = [c for c in diff["changes"] if c["kind"] == "removed"]
    assert removed["deleted_targets"] == 10


def test_a_copied_project_merged_whole_into_another_moves_though_each_row_is_boilerplate(runner, tmp_path):
    """A project copied from another (the same rows under another name) holds only rows two tables of the old spec hold
    alike: merged whole into a third project, none of its rows read as moved, and its deletion as 目标删除 of 15 targets
    all still on the form. Every row of a deleted project added to one table moves (one row alone does not: the test
    above)."""
    yaml = canonical_yaml()
    tree = yaml.load((ROOT / "specs" / TJ).read_text(encoding="utf-8"))
    tree["projects"].append({**deepcopy(tree["projects"][1]), "name": "机关运行保障经费（二）"})
    old = tmp_path / "old.yaml"
    old.write_text(dump(tree), encoding="utf-8")
    gone = tree["projects"].pop(1)
    tree["projects"][3]["indicators"] = tree["projects"][3]["indicators"] + gone["indicators"]
    new = tmp_path / "new.yaml"
    new.write_text(dump(tree), encoding="utf-8")
    diff = changes(runner, str(old), str(new))
    [removed] = [c for c in diff["changes"] if c["kind"] == "removed"]
    assert "deleted_targets" not in removed and "weakened" not in removed
    assert [c["relocated"] for c in diff["changes"] if c["kind"] == "added"] == ["项目绩效目标表 › 机关运行保障经费：绩效指标"] * 15


def test_next_years_prior_value_not_last_years_target_says_what_it_was(runner, edited):
    """A 全部替换 of `≥95％` by `≥90％` in next year's spec lowered each target and the 上年指标值 beside it, which lint's
    D6 reads as last year's target: D6 said nothing, and the diff listed a bare `新增 …：上年指标值 “≥90％”`. It says
    what last year's spec held; a 上年指标值 that holds it is still left out."""
    def roll(tree, replace=False):
        tree["year"] = 2024
        for project in tree["projects"]:
            for row in project["indicators"]:
                row["prior_value"] = row["value"]
                if replace and row["value"] == "≥95％":
                    row["value"] = row["prior_value"] = "≥90％"

    listed = changes(runner, *edited(TJ, lambda tree: roll(tree, True)))["changes"]
    priors = [change for change in listed if change["path"].endswith(".prior_value")]
    assert priors and all(change["kind"] == "added" and change["new"] == "≥90％" for change in priors)
    assert {change["note"] for change in priors} == {"上年规格中这一行的指标值是“≥95％”"}
    assert not [change for change in changes(runner, *edited(TJ, roll))["changes"] if "prior_value" in change["path"]]


def test_next_years_prior_value_typed_another_way_is_no_other_target(runner, edited):
    """A 上年指标值 typed by hand as last year's `≥95％` half-width (`≥95%`) was noted `上年规格中这一行的指标值是“≥95％”`:
    the reviewer looked for a difference between one value and itself. It is listed, with no note; one that is not
    that value still has it."""
    def roll(tree):
        tree["year"] = 2024
        rows = tree["projects"][1]["indicators"]
        for row in rows:
            row["prior_value"] = row["value"]
        rows[3]["prior_value"] = "≥95%"
        rows[13]["prior_value"] = "≥90%"

    priors = [change for change in changes(runner, *edited(TJ, roll))["changes"] if "prior_value" in change["path"]]
    assert [(change["new"], change.get("note")) for change in priors] == [
        ("≥95%", None), ("≥90%", "上年规格中这一行的指标值是“≥95％”")]


def test_a_row_added_under_another_key_work_is_no_namesake(runner, edited):
    """On the Jiangsu form a 重点工作 column places a row too: 办理时效 added under another piece of work was said to
    share its name with the 办理时效 above it."""
    def add(tree):
        row = indicator(tree, "办理时效")
        tree["indicators"].insert(row + 1, {**deepcopy(tree["indicators"][row]), "key_work": "新的重点工作"})

    def paste(tree):
        row = indicator(tree, "办理时效")
        tree["indicators"].insert(row + 1, deepcopy(tree["indicators"][row]))

    [added] = changes(runner, *edited(JS, add))["changes"]
    assert added["kind"] == "added" and "note" not in added
    assert [c.get("note") for c in changes(runner, *edited(JS, paste))["changes"]] == ["与第 33 个绩效指标同名"]


def test_rows_of_one_name_pair_by_their_key_work(runner, tmp_path):
    """The Jiangsu form merges a 重点工作 column between 二级 and 三级 (its profile), and it places a row as the 二级 does.
    办理时效 of 物资采购及后勤服务 moved to a new piece of work, put below the 办理时效 of 年度档案整理 whose target was
    edited, was paired by its place with that one: the two rows read as swapping their 重点工作, and the edited target
    as the moved row's."""
    tree = canonical_yaml().load((ROOT / "specs" / JS).read_text(encoding="utf-8"))
    rows = tree["indicators"]
    archive = rows[indicator(tree, "档案整理时效")]
    archive.update(name="办理时效", half_year_value="≤5个工作日", annual_value="≤5个工作日")
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    paths[0].write_text(dump(tree), encoding="utf-8")
    moved = rows.pop(indicator(tree, "办理时效"))  # the first: 物资采购及后勤服务's
    moved["key_work"] = "信息化建设"
    rows.insert(rows.index(archive) + 1, moved)
    archive.update(half_year_value="及时", annual_value="及时")
    paths[1].write_text(dump(tree), encoding="utf-8")
    found = [(c["kind"], c["path"].rsplit(".", 1)[-1], c.get("old"), c.get("new"))
             for c in changes(runner, *map(str, paths))["changes"]]
    assert [change for change in found if change[0] == "changed"] == [
        ("changed", "half_year_value", "≤5个工作日", "及时"), ("changed", "annual_value", "≤5个工作日", "及时"),
        ("changed", "key_work", "物资采购及后勤服务", "信息化建设")]


def test_a_place_names_a_row_by_its_key_work(runner, tmp_path):
    """Two 办理时效 under one 二级 of the Jiangsu form, of two 重点工作, their 重点工作 cells swapped: diff pairs each
    row by its 重点工作, but its places left that column out, so the two rows read as one whose target was changed and
    changed back (`… › 办理时效：半年指标值 “≤5个工作日” → “及时”`, then `“及时” → “≤5个工作日”`). A place names the
    重点工作 after the 二级, as SAME-NAME's message does, in text, markdown and json alike."""
    tree = canonical_yaml().load((ROOT / "specs" / JS).read_text(encoding="utf-8"))
    rows = tree["indicators"]
    rows[indicator(tree, "档案整理时效")].update(name="办理时效", half_year_value="≤5个工作日", annual_value="≤5个工作日")
    paths = [str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")]
    Path(paths[0]).write_text(dump(tree), encoding="utf-8")
    first, second = (row for row in rows if row["name"] == "办理时效")
    first["key_work"], second["key_work"] = second["key_work"], first["key_work"]
    Path(paths[1]).write_text(dump(tree), encoding="utf-8")
    duty = "绩效指标 › 履职 › 负责机关正常运转…"
    half_year = [c["where"] for c in changes(runner, *paths)["changes"] if c["path"].endswith("half_year_value")]
    assert half_year == [f"{duty} › 年度档案整理 › 办理时效：半年指标值", f"{duty} › 物资采购及后勤服务 › 办理时效：半年指标值"]
    lines = text_lines(runner, *paths)
    assert f"  修改  {duty} › 物资采购及后勤服务 › 办理时效：半年指标值  “及时” → “≤5个工作日”" in lines
    markdown = text_lines(runner, *paths, "--format", "markdown")
    assert f"| 修改 | {duty} › 年度档案整理 › 办理时效：全年指标值 | ≤5个工作日 | 及时（<b>由数值改为定性描述</b>） |" in markdown


def test_key_work_cells_swapped_in_place_under_two_level2s_are_changes_of_the_key_work(runner, tmp_path):
    """Two 处理率 under two 二级 of the Jiangsu form, their 重点工作 cells swapped in place (two lines edited): each row
    was paired with the other's by its 重点工作, and read as put under the other 二级 (`处理率：二级指标 【删：统筹】【增：
    负责管理和】…`, the whole duty rewritten on lines nobody touched). Both readings print the same form; the 重点工作
    and the 二级 both place the row, so neither outweighs the other, and each row stays where it is with its 重点工作
    changed. Swapping the 二级 lines instead still reads as each row put under the other 二级."""
    tree = canonical_yaml().load((ROOT / "specs" / JS).read_text(encoding="utf-8"))
    rows = tree["indicators"]
    rows[indicator(tree, "全省台商投诉协调案件处理回复率")]["name"] = "处理率"
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    paths[0].write_text(dump(tree), encoding="utf-8")
    first, second = (row for row in rows if row["name"] == "处理率")
    first["key_work"], second["key_work"] = second["key_work"], first["key_work"]
    paths[1].write_text(dump(tree), encoding="utf-8")
    lines = text_lines(runner, *map(str, paths))
    assert lines[1:] == [
        "  修改  绩效指标 › 履职 › 负责管理和协调江苏与台文化… › 法律服务工作 › 处理率：重点工作  "
        "“处理涉台突发事件及协查协办案件” → “法律服务工作”",
        "  修改  绩效指标 › 履职 › 统筹协调涉台法律事务 › 处理涉台突发事件及协查协办案件 › 处理率：重点工作  "
        "“法律服务工作” → “处理涉台突发事件及协查协办案件”",
        "比较了 1 个规格，1 个有改动：修改 2 处。"], lines
    first["key_work"], second["key_work"] = second["key_work"], first["key_work"]
    first["level2"], second["level2"] = second["level2"], first["level2"]
    paths[1].write_text(dump(tree), encoding="utf-8")
    found = [c["path"].rsplit(".", 1)[-1] for c in changes(runner, *map(str, paths))["changes"]]
    assert found == ["level2", "level2"]


def test_two_rows_of_one_level2_renamed_in_place_are_each_paired_with_itself(runner, edited):
    """Two rows under one 二级 and two 重点工作, equal targets, both renamed in place: the old 法治宣讲 row's name is
    more like the new name of the 联络员 row (全年组织…次数) than like its own new one, and with the labels a pair keeps
    only a tie-break below the names, it was paired across 重点工作: 改名 with 移动, 新增 and 删除（目标删除） for two
    lines edited. A row keeping its place on the form (its 一级, 二级 and 重点工作) counts in its likeness."""
    def rename(tree):
        tree["indicators"][indicator(tree, "召开联络员会议并开展活动")]["name"] = "全年组织活动次数"
        tree["indicators"][indicator(tree, "全年组织法治宣讲次数")]["name"] = "法治宣讲场次"

    report = changes(runner, *edited(JS, rename))
    assert [(c["kind"], c["old"], c["new"]) for c in report["changes"]] == [
        ("renamed", "召开联络员会议并开展活动", "全年组织活动次数"), ("renamed", "全年组织法治宣讲次数", "法治宣讲场次")], report


def test_a_row_renamed_into_another_key_work_says_both_in_its_names(runner, edited):
    """A row renamed and put under another 重点工作 of its 二级: the 重点工作 is named on each side of the rename, as a
    二级 changed with the name is, and not again as a change of the row's 重点工作 field; an added row names its
    重点工作 in its place, not among its fields."""
    def change(tree):
        row = tree["indicators"][indicator(tree, "计划推进率")]
        row.update(key_work="培训计划", name="培训计划推进率")
        added = dict(row, key_work="老干部活动", name="老干部活动参与率")
        tree["indicators"].insert(indicator(tree, "培训计划推进率") + 1, added)

    found = [(c["kind"], c["where"], c["old"], c["new"] if c["kind"] != "added" else None, c["details"])
             for c in changes(runner, *edited(JS, change))["changes"]]
    duty = "绩效指标 › 履职 › 负责机关和直属单位党群工作…"
    assert found == [("renamed", duty, "执行年度培训计划 › 计划推进率", "培训计划 › 培训计划推进率", []),
                     ("added", f"{duty} › 老干部活动 › 老干部活动参与率", None, None,
                      [{"field": "半年指标值", "value": "=50%"}, {"field": "全年指标值", "value": "=100%"}])]


def test_an_indicator_put_under_another_level2_is_a_change_of_its_level2_not_a_rename(runner, edited):
    def change(tree):
        tree["indicators"][indicator(tree, "举办活动场次")]["level2"] = "质量指标"

    lines = text_lines(runner, *edited(GZ, change))
    assert "  修改  绩效指标 › 产出指标 › 质量指标 › 举办活动场次：二级指标  “数量指标” → “质量指标”" in lines
    assert not any("改名" in line for line in lines)


def test_an_indicator_whose_level1_alone_changed_shows_the_level1(runner, edited):
    def change(tree):
        tree["indicators"][indicator(tree, "保障办公楼日常后勤服务")]["level1"] = "产出指标"

    lines = text_lines(runner, *edited(GZ, change))
    assert "  修改  绩效指标 › 产出指标 › 社会效益指标 › 保障办公楼日常后勤服务：一级指标  “效益指标” → “产出指标”" in lines

    def rename(tree):
        row = tree["indicators"][indicator(tree, "满意度")]
        row["level1"], row["name"] = "产出指标", "台胞满意度"

    lines = text_lines(runner, *edited(GZ, rename))
    assert ("  改名  绩效指标  “效益指标 › 服务对象满意度指标 › 满意度” → “产出指标 › 服务对象满意度指标 › 台胞满意度”"
            in lines)


def test_an_indicator_without_a_level2_is_named_as_such(runner, edited):
    def change(tree):
        tree["indicators"][indicator(tree, "举办活动场次")]["level2"] = None

    lines = text_lines(runner, *edited(GZ, change))
    assert "  修改  绩效指标 › 产出指标 › （未填二级指标） › 举办活动场次：二级指标  “数量指标” → （空）" in lines
    assert not any("未填一级指标" in line for line in lines)


def test_an_indicator_the_form_prints_without_a_level2_is_named_without_one(runner, edited):
    """衡阳's 满意度 一级 has no 二级 (level2 is "" by design): its row read `… › （未填二级指标） › 归侨侨眷满意度`."""
    def change(tree):
        row = next(row for row in tree["department"]["indicators"] if row["level2"] == "")
        row["value"] = "≥95%"

    lines = text_lines(runner, *edited(HY, change))
    changed = [line for line in lines if "≥95%" in line]
    assert changed and all("› 社会公众或服务对象满意度 › 上级、社会公众、服务对象满意" in line for line in changed), lines
    assert not any("未填二级指标" in line for line in lines)


def test_an_indicator_the_form_prints_without_a_name_is_named_without_one(runner, edited):
    """衡阳's project 满意度 row has no 三级 name (name is "" by design): its target lowered, and a project added with
    such a row, read `… › 社会公众或服务对象满意度指标 › （未填名称）`, which a reviewer took for a name left out."""
    def change(tree):
        project = tree["projects"][0]
        next(row for row in project["indicators"] if row["name"] == "")["value"] = "满意度 90%以上"
        tree["projects"].append({**deepcopy(project), "name": "侨胞之家建设"})

    lines = text_lines(runner, *edited(HY, change))
    assert ("  修改  项目绩效目标申报表 › 华侨事务：绩效指标 › 效益指标 › 社会公众或服务对象满意度指标："
            "指标值（包含数字及文字描述）  “满意度 95%以上” → “满意度 90%以上”（目标降低）") in lines, lines
    assert "        · 绩效指标 › 效益指标 › 社会公众或服务对象满意度指标：指标值（包含数字及文字描述）：“满意度 90%以上”" in lines
    assert not any("未填名称" in line for line in lines)

    def unnamed(tree):
        tree["projects"][0]["indicators"][0]["name"] = ""
    # a row that needs a name, left "" (as `jixiao new` writes a row to fill): still named as missing
    assert any(re.search(r" › 数量指标  “[^”]+” → “（未填名称）”$", line) for line in text_lines(runner, *edited(HY, unnamed)))


def _to_zhanjiang(tree):
    """The Guangzhou example moved to a form whose indicators have one 指标值 (no 实施周期, no 年度)."""
    tree["form"] = "zhanjiang"
    for row in tree["indicators"]:
        row["value"] = row.pop("annual_value")
        del row["period_value"]


def test_a_field_only_the_old_form_has_is_named_by_the_old_forms_title(runner, edited):
    """A spec moved to a form without 实施周期指标值 showed the removed column by its key, period_value."""
    lines = text_lines(runner, *edited(GZ, _to_zhanjiang))
    assert "  删除  绩效指标 › 产出指标 › 数量指标 › 档案整理完成率：实施周期指标值  “100%”" in lines
    assert "  新增  绩效指标 › 产出指标 › 数量指标 › 档案整理完成率：指标值  “100%”" in lines
    assert not any("period_value" in line or "annual_value" in line for line in lines)


def test_a_row_deleted_on_a_move_to_another_form_lists_its_columns_by_the_old_forms_titles(runner, edited):
    def change(tree):
        _to_zhanjiang(tree)
        del tree["indicators"][0]

    lines = text_lines(runner, *edited(GZ, change))
    assert "  删除  绩效指标 › 产出指标 › 数量指标 › 档案整理完成率  实施周期指标值：“100%”；年度指标值：“100%”" in lines


def test_two_specs_of_different_forms_are_compared_with_a_warning(runner, edited):
    """A spec moved to another form is a real edit to review: refused as an error (exit 2), nothing of it was shown.
    It is compared, with a warning that says why the columns the forms do not share show as 删除 and 新增."""
    def change(tree):
        tree["form"] = "zhanjiang"

    old, new = edited(GZ, change)
    result = runner.invoke(main, ["diff", old, new])
    assert result.exit_code == 1, result.output
    assert (f"{new}:2:7: 警告[DIFF-FORMS] 两稿的表样（form）不同：{old} 是“guangzhou”，{new} 是“zhanjiang”；"
            "按各自表样的栏目名比较，只有两种表样共有的栏目逐项对应，其余显示为删除和新增") in result.output
    assert "  修改  表样  “guangzhou” → “zhanjiang”" in result.output.splitlines()
    assert "不能比较" not in result.output and result.output.splitlines()[-1].startswith("比较了 1 个规格，1 个有改动：")
    markdown = runner.invoke(main, ["diff", old, new, "--format", "markdown"])
    assert markdown.exit_code == 1 and "**提醒**" in markdown.output and "无法比较的文件" not in markdown.output
    report = json.loads(runner.invoke(main, ["diff", old, new, "--format", "json"]).stdout)
    assert report["unreadable"] == [] and [w["code"] for w in report["warnings"]] == ["DIFF-FORMS"]
    assert report["different"] and report["specs"][0]["changes"]


@pytest.mark.parametrize("name, content, why", [
    ("compose.yaml", "services:\n  web:\n    image: nginx\n", "没有 form、unit、year 字段"),
    ("旧表.docx", None, "Word、Excel 等 Office 文件"),
    ("notes.txt", "改了几个指标\n", "内容是一段文字"),
    ("README.md", "# 说明\n\n改动: a: b\n", ".md 文件，读不成 YAML"),
])
def test_a_file_that_is_no_spec_is_said_to_be_none(runner, tmp_path, name, content, why):
    """Diffed as a spec, a Word file was an encoding error, a note a YAML-NOT-MAPPING, and another program's YAML a
    spec whose every field was 删除."""
    other = tmp_path / name
    if content is None:
        shutil.copy(ROOT / "templates" / "zhanjiang" / "form.docx", other)
    else:
        other.write_text(content, encoding="utf-8")
    result = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(other)])
    assert result.exit_code == 2, result.output
    assert f"{other}: 错误[DIFF-NOT-SPEC] 这个文件不是规格（" in result.output and why in result.output
    assert "删除" not in result.output and "FILE-ENCODING" not in result.output


def test_other_yaml_is_said_to_lack_what_a_spec_is_known_by(runner, tmp_path):
    """diff and a folder's skipped files said only “没有 form、unit、year 字段”, though a key typed in Chinese makes a
    spec too: one reason, by validate's rule, for both."""
    other = tmp_path / "specs" / "compose.yaml"
    other.parent.mkdir()
    other.write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    shutil.copy(ROOT / "specs" / GZ, other.parent / GZ)
    reason = "没有 form、unit、year 字段，也没有用中文写的字段名"
    compared = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(other)])
    assert f"（{reason}，像是别的程序的 YAML）" in compared.output, compared.output
    checked = runner.invoke(main, ["validate", str(other.parent)])
    assert f"不像规格的 YAML 文件（{reason}，如 {other}）" in checked.output, checked.output


def test_a_spec_keyed_in_chinese_is_compared_as_validate_reads_it(runner, tmp_path):
    """validate took a file keyed only in Chinese (`单位:`, `年度:`) for a spec and said its FORM-MISSING, while diff
    called the same file DIFF-NOT-SPEC, another program's YAML: one rule now tells a spec from other YAML."""
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("单位: 某单位\n年度: 2024\n", encoding="utf-8")
    new.write_text("单位: 某单位\n年度: 2025\n", encoding="utf-8")
    checked = runner.invoke(main, ["validate", str(new)])
    assert "[FORM-MISSING]" in checked.output, checked.output
    result = runner.invoke(main, ["diff", str(old), str(new)])
    assert "DIFF-NOT-SPEC" not in result.output and "2024" in result.output and "2025" in result.output, result.output


def test_a_spec_of_an_unknown_form_is_not_compared(runner, edited):
    result = runner.invoke(main, ["diff", *edited(GZ, lambda tree: tree.__setitem__("form", "guangzhuo"))])
    assert result.exit_code == 2, result.output
    assert ":2:7: 错误[DIFF-FORM-UNKNOWN] 表样“guangzhuo”不存在；是否想写“guangzhou”（" in result.output


def test_a_form_unknown_to_diff_is_said_as_validate_says_it(runner, tmp_path, monkeypatch):
    """diff's DIFF-FORM-UNKNOWN repeated validate's FORM-UNKNOWN without its hint at the project the spec is in
    when jixiao runs outside it, and quoted a list `form: [a, b]` as Python prints it (`['a', 'b']`)."""
    unit = tmp_path / "unit"
    (unit / "specs").mkdir(parents=True)
    (unit / "jixiao.yaml").write_text("templates: forms/templates\n", encoding="utf-8")
    spec = unit / "specs" / "a.yaml"
    spec.write_text("form: 本单位表样\nunit: 甲\nyear: 2024\n", encoding="utf-8")
    listed = tmp_path / "listed.yaml"
    listed.write_text("form: [a, b]\nunit: 甲\nyear: 2024\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for path, words in ((spec, f"这个规格所在的项目有自己的设置（{Path('unit', 'jixiao.yaml')}）"), (listed, "表样应写表样的名称（文字），实际是列表“[a, b]”；")):
        checked = runner.invoke(main, ["validate", str(path)]).output
        compared = runner.invoke(main, ["diff", str(path), str(path)]).output
        assert words in checked and words in compared, (checked, compared)
        assert compared.splitlines()[0] == checked.splitlines()[0].replace("[FORM-UNKNOWN]", "[DIFF-FORM-UNKNOWN]")


def test_an_amount_that_is_no_number_is_noted_on_its_row(runner, edited):
    def change(tree):
        tree["key_tasks"][0]["amount"] = "约49.41"  # 49,41 is told its decimal comma (field_fixes)

    [row] = changes(runner, *edited(ZJ, change))["changes"]
    assert (row["old"], row["new"], row["delta"], row["note"]) == ("49.41", "约49.41", None, "新值不是数字，无法计算差额")
    assert "“约49.41”（新值不是数字，无法计算差额）" in "\n".join(text_lines(runner, *edited(ZJ, change)))


def test_an_amount_typed_with_a_slip_validate_names_is_noted_in_validates_words(runner, edited, tmp_path):
    """`２２.１５` was only 新值不是数字 in diff, while validate said why and what to write: one slip, one wording."""
    def change(tree):
        tree["key_tasks"][2]["amount"] = "２２.１５"

    old, new = edited(GZ, change)
    checked = runner.invoke(main, ["validate", new]).output
    assert "用了全角字符（中文输入法）；请写成 22.15" in checked, checked
    [row] = [c for c in changes(runner, old, new)["changes"] if c["kind"] == "changed"]
    assert row["note"] == "新值不是数字，无法计算差额：用了全角字符（中文输入法）；请写成 22.15"


@pytest.mark.parametrize("typed", ["", "无"])
def test_an_amount_emptied_as_text_is_told_how_a_blank_is_written_as_validate_tells_it(runner, edited, typed):
    """`amount: ""` was only 新值不是数字 in diff, while `amount:` with nothing after it is a blank that moves the sums
    (−1.50 万元): the clerk meant the blank, and validate says how to write it; diff now says the same."""
    def change(tree):
        tree["key_tasks"][0]["amount"] = typed

    old, new = edited(GZ, change)
    fix = "表上这一格要空着时写 null（或冒号后面什么都不写），要印成 0 时写 0.00"
    assert fix in runner.invoke(main, ["validate", new]).output
    [row] = [c for c in changes(runner, old, new)["changes"] if c["kind"] == "changed"]
    assert row["note"] == f"新值不是数字，无法计算差额：{fix}", row


def test_deleting_the_first_of_two_indicators_of_one_identity_deletes_that_one(runner, edited, tmp_path):
    """Repeats paired by their count: the first showed changed into the second, and the second deleted."""
    def second_row(tree):
        row = tree["indicators"][indicator(tree, "满意度")]
        copy = canonical_yaml().load(dump(row))
        copy["period_value"] = copy["annual_value"] = "台商满意度85%以上"
        tree["indicators"].insert(indicator(tree, "满意度") + 1, copy)

    _, both = edited(GZ, second_row)
    tree = canonical_yaml().load(open(both, encoding="utf-8").read())
    del tree["indicators"][indicator(tree, "满意度")]
    first_deleted = tmp_path / "first-deleted.yaml"
    first_deleted.write_text(dump(tree), encoding="utf-8")
    assert text_lines(runner, both, str(first_deleted))[1:] == [
        "  删除  绩效指标 › 效益指标 › 服务对象满意度指标 › 满意度  实施周期指标值：“台胞满意度90%以上”；"
        "年度指标值：“台胞满意度90%以上”（目标删除）",
        "比较了 1 个规格，1 个有改动：删除 1 处（其中目标删除 1 处）。",
    ]


def test_a_blank_and_a_zero_differ_by_nothing_and_a_zero_keeps_its_decimals(runner, edited):
    def blank(tree):
        tree["budget"]["other_funds"] = None

    def zero(tree):
        tree["budget"]["other_funds"] = canonical_yaml().load("x: 0")["x"]

    assert "  修改  预算整体情况 › 其他资金  0.00 → （空）" in text_lines(runner, *edited(GZ, blank))
    assert "| 修改 | 预算整体情况 › 其他资金 | 0.00 | （空） |" in text_lines(runner, *edited(GZ, blank),
                                                                   "--format", "markdown")
    assert "  修改  预算整体情况 › 其他资金  0.00 → 0（金额不变，只改了小数位）" in text_lines(runner, *edited(GZ, zero))


def test_an_amount_with_more_decimals_says_only_its_decimals_changed(runner, edited):
    """`49.41 → 49.410（+0.000 万元）` read as an amount that moved by nothing; json says so in its `note` too."""
    def change(tree):
        tree["key_tasks"][0]["amount"] = canonical_yaml().load("x: 49.410")["x"]

    row = "  修改  年度重点工作任务 › 市侨联工作经费：拟投入的资金（万元）  49.41 → 49.410（金额不变，只改了小数位）"
    assert row in text_lines(runner, *edited(ZJ, change))
    lines = text_lines(runner, *edited(ZJ, change), "--format", "markdown")
    assert "| 修改 | 年度重点工作任务 › 市侨联工作经费：拟投入的资金（万元） | 49.41 | 49.410（金额不变，只改了小数位） |" in lines
    assert "**对合计的影响**" not in lines  # the sums are equal
    # json said only `"delta": "0.000"`, and a script had to work out itself what the text says in words
    [found] = changes(runner, *edited(ZJ, change))["changes"]
    assert (found["delta"], found.get("note")) == ("0.000", "金额不变，只改了小数位"), found


def test_an_empty_text_is_named_alike_in_text_and_markdown(runner, edited):
    def change(tree):
        tree["other_tasks"] = "做好信访工作。"

    assert "  修改  其他需完成的任务（可选填）  （空文本） → “做好信访工作。”" in text_lines(runner, *edited(GZ, change))
    assert "| 修改 | 其他需完成的任务（可选填） | （空文本） | 做好信访工作。 |" in text_lines(
        runner, *edited(GZ, change), "--format", "markdown")


def test_an_added_rows_empty_text_is_named_as_validate_names_it(runner, edited):
    """A new indicator's `prior_value: ""` read “上年指标值：（空文字）” while validate says 空文本 of such a value: two
    words for one thing. Like a blank field of a new row (（空）), it is listed: a value left empty is news to a reviewer."""
    def add_an_indicator(tree):
        tree["indicators"].append(deepcopy(tree["indicators"][0]) | {"name": "新的指标", "prior_value": ""})

    [line] = [line for line in text_lines(runner, *edited(GZ, add_an_indicator)) if "  新增  " in line]
    assert line.endswith("；上年指标值：（空文本）"), line


def test_an_empty_text_left_out_is_no_change_since_the_form_prints_the_same(runner, edited):
    def leave_out(tree):
        del tree["other_tasks"]

    report = changes(runner, *edited(GZ, leave_out))
    assert report["changes"] == []


def test_an_unrelated_replacement_is_a_removal_and_an_addition(runner, edited):
    def change(tree):
        row = tree["indicators"][indicator(tree, "档案整理完成率")]
        row["name"], row["annual_value"] = "新办实事项数", "3项"

    kinds = sorted(c["kind"] for c in changes(runner, *edited(GZ, change))["changes"])
    assert kinds == ["added", "removed"]


def test_an_edited_line_of_a_text_list_is_a_change_of_that_line(runner, edited):
    def change(tree):
        tree["projects"][1]["targets"][1] = tree["projects"][1]["targets"][1].replace("聘请法律顾问", "聘请常年法律顾问")

    [line] = changes(runner, *edited(TJ, change))["changes"]
    assert line["kind"] == "changed" and line["where"] == "项目绩效目标表 › 机关运行保障经费：绩效目标 › 第 2 项"


def test_a_warning_names_a_sum_as_the_total_above_it_does(runner, edited):
    """The total read `预算规模（万元） › 其中：财政资金 + 其他资金` and the warning under it `其中：财政资金 + 预算规模（万元） ›
    其他资金`, as if 其中：财政资金 were a sum of its own; so did the note that a sum agrees again."""
    def change(tree):
        tree["projects"][0]["budget"]["other"] = canonical_yaml().load("x: 2.00")["x"]

    lines = text_lines(runner, *edited(TJ, change))
    label = "项目绩效目标表 › 2023年度办公用房租金：预算规模（万元） › 其中：财政资金 + 其他资金"
    assert f"  合计  {label}  254.30 → 256.30（+2.00 万元）" in lines
    assert f"  注意  修改后 {label} = 256.30，与 预算规模（万元） › 预算数 = 254.30 不相等（相差 2.00 万元）" in lines
    example, unbalanced = edited(TJ, change)
    assert f"  相符  修改后 {label} = 254.30，与 预算规模（万元） › 预算数 恢复相等" in text_lines(runner, unbalanced, example)


def test_a_project_added_without_raising_the_departments_project_spending_is_a_sum_that_stopped_holding(runner, edited):
    """衡阳's project tables add up to the department's 项目支出, an identity lint checks (the profile's `lint.sums`):
    a project added with no change to 项目支出 was listed as one 新增, and nothing said that the money no longer agreed."""
    def change(tree):
        project = deepcopy(tree["projects"][0])
        project["name"] = "侨法宣传"
        project["budget"]["total"] = project["budget"]["fiscal"] = canonical_yaml().load("x: 5.00")["x"]
        tree["projects"].append(project)

    diff = changes(runner, *edited(HY, change))
    assert diff["totals"] == [{"label": "各张项目绩效目标申报表的资金总额之和", "old": "38.87", "new": "43.87", "delta": "5.00"}]
    assert [m["message"] for m in diff["balance"]] == ["修改后 各张项目绩效目标申报表的资金总额之和 = 43.87（华侨事务 38.87、侨法宣传 5.00），"
                                                     "与 年度预算申请（万元） › 项目支出 = 38.87 不相等（相差 5.00 万元）"]
    assert text_lines(runner, *edited(HY, change))[-1] == "比较了 1 个规格，1 个有改动：新增 1 处，为金额变动；1 处合计对不上。"


def test_totals_of_a_project_follow_it_through_a_rename(runner, edited):
    def change(tree):
        project = tree["projects"][0]
        project["name"] = "华侨事务工作"
        project["budget"]["total"] = project["budget"]["fiscal"] = canonical_yaml().load("x: 40.87")["x"]

    diff = changes(runner, *edited(HY, change))
    totals = {t["label"]: (t["old"], t["new"]) for t in diff["totals"]}
    assert totals["项目绩效目标申报表 › 华侨事务工作：项目资金（万元） › 财政拨款 + 其他资金"] == ("38.87", "40.87")
    assert not any("华侨事务：" in label for label in totals)


def test_a_whole_group_removed_or_added_is_said_above_its_rows(runner, edited):
    """Every row of 二级指标「时效指标」 deleted was listed row by row (`删除 4 处（其中目标删除 4 处）`): the reviewer had to
    see for himself that the group went. It heads its rows now, in text, markdown and json; the rows are still what is
    counted, the group said beside them. A whole 一级 is one heading, its 二级 within it none of their own."""
    old, new = edited(ZJ, lambda tree: tree["indicators"].__setitem__(
        slice(None), [row for row in tree["indicators"] if row["level2"] != "时效指标"]))
    place = "绩效指标 › 产出指标 › 时效指标"
    lines = text_lines(runner, old, new)
    assert lines[1:3] == [f"  删除  {place}  整个二级指标，共 4 行：",
                          f"    删除  {place} › 培训开展时间  指标值：“2024年12月31日前完成”（目标删除）"]
    assert lines[-1] == "比较了 1 个规格，1 个有改动：删除 4 处（其中目标删除 4 处；含整个二级指标 1 个）。"
    assert f"| 删除 | {place} | 整个二级指标，共 4 行（各行见下） |  |" in text_lines(runner, old, new, "--format", "markdown")
    assert changes(runner, old, new)["groups"] == [{"kind": "removed", "level": "二级指标", "where": place,
                                                    "path": "indicators", "rows": [f"indicators[{n}]" for n in range(13, 17)]}]
    back = text_lines(runner, new, old)
    assert back[1] == f"  新增  {place}  整个二级指标，共 4 行：" and back[-1].endswith("新增 4 处（含整个二级指标 1 个）。")
    old, new = edited(ZJ, lambda tree: tree["indicators"].__setitem__(
        slice(None), [row for row in tree["indicators"] if row["level1"] != "效益指标"]))
    assert [line for line in text_lines(runner, old, new) if line.startswith("  删除")] == [
        "  删除  绩效指标 › 效益指标  整个一级指标，共 9 行："]
    # a row left in the group: no heading
    old, new = edited(ZJ, lambda tree: tree["indicators"].__setitem__(
        slice(None), [row for row in tree["indicators"] if row["name"] not in ("培训开展时间", "活动开展时间")]))
    assert changes(runner, old, new)["groups"] == []


def test_a_whole_groups_rows_typed_apart_are_listed_together_under_it(runner, tmp_path):
    """A 时效指标 row typed among the 数量指标 (the form prints it with its 二级 all the same) was listed where the spec has
    it: the 数量指标 row deleted after it stood under the 时效指标 heading, indented as one of its rows. A group's rows
    follow its heading, one after another, in text and markdown."""
    tree = canonical_yaml().load((ROOT / "specs" / ZJ).read_text(encoding="utf-8"))
    rows = tree["indicators"]
    timely = [row for row in rows if row["level2"] == "时效指标"]
    rows[:] = [row for row in rows if row["level2"] != "时效指标"]
    rows[2:2] = timely[:1]  # 培训开展时间 before 开展培训场次, the others among the 成本指标
    rows[15:15] = timely[1:]
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(dump(tree), encoding="utf-8")
    rows[:] = [row for row in rows if row["level2"] != "时效指标" and row["name"] != "开展培训场次"]
    new.write_text(dump(tree), encoding="utf-8")
    place = "绩效指标 › 产出指标 › 时效指标"
    lines = text_lines(runner, str(old), str(new))
    names = ("培训开展时间", "活动开展时间", "会议开展时间", "调研开展时间")
    assert [line.split("  ", 3)[:3] if line.startswith("  删除") else line.split("  ", 4)[:4] for line in lines[1:-1]] == [
        ["", "删除", place], *(["", "", "删除", f"{place} › {name}"] for name in names),
        ["", "删除", "绩效指标 › 产出指标 › 数量指标 › 开展培训场次"]]
    table = [line.split(" | ")[1] for line in text_lines(runner, str(old), str(new), "--format", "markdown")
             if line.startswith("| 删除")]
    assert table == [place, *(f"{place} › {name}" for name in names), "绩效指标 › 产出指标 › 数量指标 › 开展培训场次"]


def test_a_whole_group_of_one_row_has_no_heading(runner, edited):
    """A one-row 二级 deleted (生态效益指标) was headed 整个二级指标，共 1 行 above a row whose place names the 二级 already;
    the two-row 可持续影响指标 deleted beside it is headed."""
    old, new = edited(ZJ, lambda tree: tree["indicators"].__setitem__(slice(None), [
        row for row in tree["indicators"] if row["level2"] not in ("生态效益指标", "可持续影响指标")]))
    report = changes(runner, old, new)
    assert [group["where"] for group in report["groups"]] == ["绩效指标 › 效益指标 › 可持续影响指标"]
    assert text_lines(runner, old, new)[1:3] == [
        "  删除  绩效指标 › 效益指标 › 生态效益指标 › 政府采购产品环保节能率  指标值：“100%”（目标删除）",
        "  删除  绩效指标 › 效益指标 › 可持续影响指标  整个二级指标，共 2 行："]


def test_a_level1_whose_rows_were_all_replaced_under_it_is_not_said_removed_whole(runner, edited):
    """Every 效益指标 row replaced by two new rows under 效益指标 (none of them paired with an old row): the 一级 is still
    there, on both sides; its 二级 gone whole are headed, the new rows under an old 二级 listed one by one. Not a heading
    `整个一级指标，共 9 行` deleted above one `整个一级指标，共 2 行` added, the 一级 said removed and added at once."""
    def change(tree):
        rows = tree["indicators"]
        at = [n for n, row in enumerate(rows) if row["level1"] == "效益指标"]
        rows[at[0]:at[-1] + 1] = [{"level1": "效益指标", "level2": "社会效益指标", "name": name, "value": value}
                                  for name, value in (("侨界群众获得感", "明显增强"), ("侨务政策知晓率", "≥90%"))]

    old, new = edited(ZJ, change)
    lines = text_lines(runner, old, new)
    assert not [line for line in lines if "整个一级指标" in line]
    assert [line.split("  ")[2] for line in lines if "  整个" in line] == [
        "绩效指标 › 效益指标 › 经济效益指标", "绩效指标 › 效益指标 › 可持续影响指标"]
    assert lines[1] == "  新增  绩效指标 › 效益指标 › 社会效益指标 › 侨界群众获得感  指标值：“明显增强”"
    assert lines[-1] == "比较了 1 个规格，1 个有改动：新增 2 处，删除 9 处（其中目标删除 1 处；含整个二级指标 2 个）。"

def _renamed(level: str, old: str, new: str, *dropped: str):
    """A change renaming every row's `level` (level1, level2) `old` to `new`, in each indicator list, and deleting
    the rows named `dropped`."""
    def change(tree):
        for rows in [tree.get("indicators") or [], *(project.get("indicators") or [] for project in tree.get("projects") or [])]:
            rows[:] = [row for row in rows if row["name"] not in dropped]
            for row in rows:
                row[level] = new if row[level] == old else row[level]
    return change


def test_a_level2_renamed_with_its_rows_kept_is_one_rename(runner, edited):
    """时效指标 renamed 时效性指标 was listed as four 修改 lines, one per row (`：二级指标 “时效指标” → “时效性指标”`) and
    counted 修改 4 处: a reviewer read four changes where there is one. It is one 改名 line in text and markdown, a
    `groups` entry of kind renamed in json, and the rows are not listed again."""
    old, new = edited(ZJ, _renamed("level2", "时效指标", "时效性指标"))
    words = "二级指标改名：产出指标 › 时效指标 → 时效性指标（其下 4 行内容没有改动）"
    assert text_lines(runner, old, new)[1:] == [f"  改名  绩效指标  {words}", "比较了 1 个规格，1 个有改动：改名 1 处。"]
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert "| 改名 | 绩效指标 | 产出指标 › 时效指标 | 产出指标 › 时效性指标（二级指标改名，其下 4 行内容没有改动） |" in markdown
    assert not any("| 修改 |" in line for line in markdown)
    report = changes(runner, old, new)
    assert report["groups"] == [{"kind": "renamed", "level": "二级指标", "where": "绩效指标", "path": "indicators",
                                 "rows": [f"indicators[{n}]" for n in range(13, 17)], "old": "时效指标",
                                 "new": "时效性指标", "under": "产出指标", "unchanged": 4}]
    assert [(c["kind"], c["where"], c["old"], c["new"]) for c in report["changes"]] == [
        ("renamed", "绩效指标 › 产出指标", "时效指标", "时效性指标")]
    # a 一级 alike
    lines = text_lines(runner, *edited(ZJ, _renamed("level1", "效益指标", "效益类指标")))
    assert lines[1:] == ["  改名  绩效指标  一级指标改名：效益指标 → 效益类指标（其下 9 行内容没有改动）",
                         "比较了 1 个规格，1 个有改动：改名 1 处。"]


def test_a_renamed_group_in_markdown_has_its_old_name_in_the_old_column_as_a_renamed_row_has(runner, edited):
    """A 一级 or 二级 renamed printed in markdown as one sentence in 现在, 原来 left empty, while a row renamed beside it
    has its old name in 原来 and its new in 现在: the group reads alike, its level and its rows kept noted after the new
    name, where the other notes of a change go; a row changed under it is listed below as before."""
    def change(tree):
        _renamed("level1", "产出指标", "产出类指标")(tree)
        _renamed("level2", "时效指标", "时效性指标")(tree)
        tree["indicators"][indicator(tree, "培训开展时间")]["name"] = "培训开展日期"

    markdown = text_lines(runner, *edited(ZJ, change), "--format", "markdown")
    rows = [line for line in markdown if line.startswith("| 改名 |")]
    assert rows == ["| 改名 | 绩效指标 | 产出指标 | 产出类指标（一级指标改名，其下 22 行，其中 21 行内容没有改动） |",
                    "| 改名 | 绩效指标 | 产出指标 › 时效指标 | 产出类指标 › 时效性指标（二级指标改名，其下 4 行，其中 3 行内容没有改动） |",
                    "| 改名 | 绩效指标 › 产出类指标 › 时效性指标 | 培训开展时间 | 培训开展日期 |"]


def test_a_level2_renamed_under_a_renamed_level1_shows_the_old_level1_in_the_old_column(runner, edited):
    """With 产出指标 renamed 产出类指标 and its 时效指标 时效性指标, markdown's 原来 read `产出类指标 › 时效指标`, a 一级 the old
    spec never had: 原来 names the old 一级, 现在 the new, in each project's table of a per-project form alike; a 二级
    renamed under a 一级 kept, or under another project's renamed 一级, keeps its 一级 on both sides."""
    def change(tree):
        for number, project in enumerate(tree["projects"]):
            for row in project["indicators"]:
                row["level1"] = "产出类指标" if number and row["level1"] == "产出指标" else row["level1"]
                row["level2"] = "时效性指标" if row["level2"] == "时效指标" else row["level2"]

    markdown = text_lines(runner, *edited(TJ, change), "--format", "markdown")
    rows = [line.removesuffix(" |").split(" | ")[1:] for line in markdown
            if line.startswith("| 改名 |") and "二级指标改名" in line]
    assert rows[0] == ["项目绩效目标表 › 2023年度办公用房租金：绩效指标", "产出指标 › 时效指标",
                       "产出指标 › 时效性指标（二级指标改名，其下 1 行内容没有改动）"]
    assert rows[1] == ["项目绩效目标表 › 机关运行保障经费：绩效指标", "产出指标 › 时效指标",
                       "产出类指标 › 时效性指标（二级指标改名，其下 2 行内容没有改动）"]
    assert len(rows) == 5 and all(row[1] == "产出指标 › 时效指标" for row in rows), rows


def test_a_renamed_level2_lists_under_it_its_rows_changed_otherwise_and_those_deleted_apart(runner, edited):
    """A rename with a row's target edited and a row deleted: the edited row under the rename, by its new place; the
    deleted one by its old place, as removed rows are; the summary counts one rename, one 修改, one 删除."""
    def change(tree):
        _renamed("level2", "时效指标", "时效性指标", "会议开展时间")(tree)
        tree["indicators"][indicator(tree, "培训开展时间")]["value"] = "2024年11月30日前完成"

    lines = text_lines(runner, *edited(ZJ, change))
    place = "绩效指标 › 产出指标"
    assert lines[1:] == [
        "  改名  绩效指标  二级指标改名：产出指标 › 时效指标 → 时效性指标（其下 3 行，其中 2 行内容没有改动）：",
        f"    修改  {place} › 时效性指标 › 培训开展时间：指标值  “2024年12月31日前完成” → “2024年11月30日前完成”（时限提前）",
        f"  删除  {place} › 时效指标 › 会议开展时间  指标值：“2024年12月31日前完成”（目标删除）",
        "比较了 1 个规格，1 个有改动：修改 1 处（其中时限提前 1 处），删除 1 处（其中目标删除 1 处），改名 1 处。"]


def test_a_level2_renamed_in_each_project_table_is_a_rename_in_each(runner, edited):
    """天津's project tables each have their 时效指标 (one or two rows): a rename in each table, named by it, and no
    修改 line left for the one-row ones."""
    lines = text_lines(runner, *edited(TJ, _renamed("level2", "时效指标", "时效性指标")))
    assert lines[2] == ("  改名  项目绩效目标表 › 机关运行保障经费：绩效指标  "
                        "二级指标改名：产出指标 › 时效指标 → 时效性指标（其下 2 行内容没有改动）")
    assert len(lines) == 7 and lines[-1] == "比较了 1 个规格，1 个有改动：改名 5 处。"
    lines = text_lines(runner, *edited(HY, _renamed("level2", "社会效益指标", "社会效益")))
    assert lines[1:] == ["  改名  项目绩效目标申报表 › 华侨事务：绩效指标  二级指标改名：效益指标 › 社会效益指标 → 社会效益（其下 1 行内容没有改动）",
                         "比较了 1 个规格，1 个有改动：改名 1 处。"]


def test_a_row_renamed_in_a_renamed_level2_says_its_name_alone_under_the_new_level2(runner, edited):
    """A row renamed as its 二级 was: its 改名 said `“时效指标 › 培训开展时间” → “时效性指标 › 培训开展日期”`, the 二级
    rename the line above already said, read as the row moved too."""
    def change(tree):
        _renamed("level2", "时效指标", "时效性指标")(tree)
        tree["indicators"][indicator(tree, "培训开展时间")]["name"] = "培训开展日期"

    lines = text_lines(runner, *edited(ZJ, change))
    assert lines[1:] == [
        "  改名  绩效指标  二级指标改名：产出指标 › 时效指标 → 时效性指标（其下 4 行，其中 3 行内容没有改动）：",
        "    改名  绩效指标 › 产出指标 › 时效性指标  “培训开展时间” → “培训开展日期”",
        "比较了 1 个规格，1 个有改动：改名 2 处。"]


def test_a_row_changed_under_a_renamed_level1_and_level2_is_listed_under_the_level2(runner, edited):
    """产出指标 and its 时效指标 renamed at once, a 时效指标 row renamed too: the row was listed under the 一级's line and
    the 二级's line ended in `：` with nothing under it. It goes under the 二级, the heading nearer it; a row of
    another 二级 under the 一级."""
    def change(tree):
        _renamed("level1", "产出指标", "产出类指标")(tree)
        _renamed("level2", "时效指标", "时效性指标")(tree)
        tree["indicators"][indicator(tree, "培训开展时间")]["name"] = "培训开展日期"
        tree["indicators"][indicator(tree, "培训支出")]["name"] = "培训费用"

    old, new = edited(ZJ, change)
    assert text_lines(runner, old, new)[1:] == [
        "  改名  绩效指标  一级指标改名：产出指标 → 产出类指标（其下 22 行，其中 20 行内容没有改动）：",
        "    改名  绩效指标 › 产出类指标 › 成本指标  “培训支出” → “培训费用”",
        "  改名  绩效指标  二级指标改名：产出类指标 › 时效指标 → 时效性指标（其下 4 行，其中 3 行内容没有改动）：",
        "    改名  绩效指标 › 产出类指标 › 时效性指标  “培训开展时间” → “培训开展日期”",
        "比较了 1 个规格，1 个有改动：改名 4 处。"]
    markdown = text_lines(runner, old, new, "--format", "markdown")
    rows = [line for line in markdown if line.startswith("| 改名 |")]
    assert [row.split(" | ")[1] for row in rows] == ["绩效指标", "绩效指标 › 产出类指标 › 成本指标", "绩效指标",
                                                     "绩效指标 › 产出类指标 › 时效性指标"]
    # the 一级's line has no `：` where nothing is listed under it, though one of its rows changed (under the 二级)
    def level2_row_alone(tree):
        change(tree)
        tree["indicators"][indicator(tree, "培训费用")]["name"] = "培训支出"

    assert text_lines(runner, *edited(ZJ, level2_row_alone))[1] == (
        "  改名  绩效指标  一级指标改名：产出指标 → 产出类指标（其下 22 行，其中 21 行内容没有改动）")


def test_a_level2_merged_into_another_or_split_is_no_rename(runner, edited):
    """Rows put under a 二级 the old side has, or only some of a 二级's rows put under a new one, are no rename."""
    def merge(tree):
        for row in tree["indicators"]:
            row["level2"] = "质量指标" if row["level2"] == "时效指标" else row["level2"]

    def split(tree):
        tree["indicators"][indicator(tree, "培训开展时间")]["level2"] = "时效性指标"
        tree["indicators"][indicator(tree, "活动开展时间")]["level2"] = "时效性指标"

    for change in (merge, split):
        report = changes(runner, *edited(ZJ, change))
        assert report["groups"] == [] and {c["kind"] for c in report["changes"]} == {"changed"}


def _kept_by_a_new_row(tree):
    """时效指标 renamed 时效性指标, and a new row added under 时效指标: the old name is still on the new side."""
    _renamed("level2", "时效指标", "时效性指标")(tree)
    row = copy.deepcopy(tree["indicators"][indicator(tree, "会议开展时间")])
    row["level2"], row["name"], row["value"] = "时效指标", "侨情报告报送时间", "2024年6月30日前报送"
    tree["indicators"].append(row)


def _into_a_group_emptied(tree):
    """时效指标's rows put under 质量指标, whose own rows are all deleted: the new name is one the old side has."""
    _renamed("level2", "时效指标", "质量指标", *(row["name"] for row in tree["indicators"] if row["level2"] == "质量指标"))(tree)


def _joined_under_a_new_name(tree):
    """时效指标 and 成本指标 both put under 时效成本指标: rows of another group kept under the new name."""
    _renamed("level2", "时效指标", "时效成本指标")(tree)
    _renamed("level2", "成本指标", "时效成本指标")(tree)


@pytest.mark.parametrize("change, moved", [(_kept_by_a_new_row, 4), (_into_a_group_emptied, 4), (_joined_under_a_new_name, 9)])
def test_a_level2_whose_old_name_stays_or_whose_new_name_was_there_or_joins_another_is_no_rename(runner, edited, change,
                                                                                                moved):
    """A 二级 is renamed only where its old name is gone from the new side, its new name was nowhere on the old side, and
    no row of another group is kept under it (`diff_groups._renames`). A 二级 whose rows all took a new name while a
    new row was added under the old one, whose rows went under a name the old side had (its rows deleted), or which
    was joined with another under a new name is its rows each moved: one 修改 of the 二级指标 a row, no 二级指标改名
    line and no rename counted."""
    old, new = edited(ZJ, change)
    report = changes(runner, old, new)
    assert report["groups"] == [] and "renamed" not in {c["kind"] for c in report["changes"]}, report["groups"]
    lines = text_lines(runner, old, new)
    assert not [line for line in lines if "改名" in line], lines
    assert len([line for line in lines if line.startswith("  修改  ") and "：二级指标  “" in line]) == moved, lines


def test_a_lint_silence_added_or_removed_is_a_change_and_other_comments_are_not(runner, tmp_path):
    """`# jixiao: disable=B8` makes lint drop a problem, yet diff said 没有改动 (exit 0): CI posted nothing."""
    original = ROOT / "specs" / GZ
    lines = original.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    lines[at] += "  # jixiao: disable=b8"
    lines[0] += "  # a plain comment"
    silenced = tmp_path / GZ
    silenced.write_text("\n".join(lines), encoding="utf-8")
    where = "绩效指标 › 产出指标 › 数量指标 › 项目完成率：实施周期指标值"
    assert text_lines(runner, str(original), str(silenced))[1:] == [
        f"  新增屏蔽  {where}  B8（指标值是评分规则）", "比较了 1 个规格，1 个有改动：新增屏蔽 1 处。"]
    assert f"| {diff_markdown._unbroken('取消屏蔽')} | {where} | B8（指标值是评分规则） |  |" in text_lines(
        runner, str(silenced), str(original), "--format", "markdown")
    lines[at] = lines[at].replace("  # jixiao: disable=b8", "")
    silenced.write_text("\n".join(lines), encoding="utf-8")
    assert runner.invoke(main, ["diff", str(original), str(silenced)]).exit_code == 0


def test_a_silence_shows_the_reason_written_after_its_code(runner, tmp_path):
    """`新增屏蔽 … D6（目标定得过低）` left out the reason written after `disable=D6`, which lint's D6 asks for and the
    reviewer is to accept: they had to open the file to read it. Shown in text and markdown, and in json's details."""
    original = ROOT / "specs" / GZ
    lines = original.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    lines[at] += "  # jixiao: disable=B8 表样要求写评分规则"
    silenced = tmp_path / GZ
    silenced.write_text("\n".join(lines), encoding="utf-8")
    where = "绩效指标 › 产出指标 › 数量指标 › 项目完成率：实施周期指标值"
    assert text_lines(runner, str(original), str(silenced))[1] == (
        f"  新增屏蔽  {where}  B8（指标值是评分规则），理由：表样要求写评分规则")
    assert f"| {diff_markdown._unbroken('取消屏蔽')} | {where} | B8（指标值是评分规则），理由：表样要求写评分规则 |  |" in text_lines(
        runner, str(silenced), str(original), "--format", "markdown")
    result = runner.invoke(main, ["diff", str(original), str(silenced), "--format", "json"])
    change = next(c for spec in json.loads(result.output)["specs"] for c in spec["changes"] if c["kind"] == "silenced")
    assert change["details"] == [{"field": "规则", "value": "指标值是评分规则"},
                                 {"field": "理由", "value": "表样要求写评分规则"}], change


def test_a_silences_reason_edited_alone_is_a_change_of_its_own(runner, tmp_path):
    """`disable=D6 任务调整` → `disable=D6 经费压减`, or a reason written after a bare code, was 没有改动（只改了格式或
    注释）: the reviewer weighs a silence by its reason, and the new one passed unseen."""
    lines = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    comment = lines[at] + "  # jixiao: disable=B8"
    old.write_text("\n".join(lines[:at] + [comment + " 表样要求"] + lines[at + 1:]), encoding="utf-8")
    new.write_text("\n".join(lines[:at] + [comment + " 经财政局确认"] + lines[at + 1:]), encoding="utf-8")
    where = "绩效指标 › 产出指标 › 数量指标 › 项目完成率：实施周期指标值"
    assert text_lines(runner, str(old), str(new))[1:] == [
        f"  修改屏蔽理由  {where}  B8（指标值是评分规则），理由：表样要求 → 经财政局确认",
        "比较了 1 个规格，1 个有改动：修改屏蔽理由 1 处。"]
    label = "\u2060".join("修改屏蔽理由")  # joined, so that GitHub's narrow first column does not wrap it
    assert (f"| {label} | {where} | B8（指标值是评分规则），理由：表样要求 | B8（指标值是评分规则），理由：经财政局确认 |"
            in text_lines(runner, str(old), str(new), "--format", "markdown"))
    assert changes(runner, str(old), str(new))["changes"] == [{
        "kind": "reason_changed", "where": where, "path": "indicators[2].period_value", "old": "B8", "new": "B8",
        "delta": None, "details": [{"field": "规则", "value": "指标值是评分规则"}, {"field": "原理由", "value": "表样要求"},
                                   {"field": "理由", "value": "经财政局确认"}]}]
    old.write_text("\n".join(lines[:at] + [comment] + lines[at + 1:]), encoding="utf-8")
    assert text_lines(runner, str(old), str(new))[1] == (
        f"  修改屏蔽理由  {where}  B8（指标值是评分规则），理由：（未写） → 经财政局确认")
    assert [d["field"] for d in changes(runner, str(old), str(new))["changes"][0]["details"]] == ["规则", "理由"]


def test_a_silences_reason_retyped_in_other_widths_or_spacing_is_no_edited_reason(runner, tmp_path):
    """`disable=D6 任务调整（上级要求）` retyped with half-width brackets or another blank was 修改屏蔽理由, a reason
    the reviewer had already weighed shown as new; a reworded one still is."""
    lines = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    comment = lines[at] + "  # jixiao: disable=B8 "
    old.write_text("\n".join(lines[:at] + [comment + "任务调整（上级要求）"] + lines[at + 1:]), encoding="utf-8")
    for retyped in ("任务调整(上级要求)", "任务调整 (上级要求)", "任务调整\u3000（上级要求）"):
        new.write_text("\n".join(lines[:at] + [comment + retyped] + lines[at + 1:]), encoding="utf-8")
        result = runner.invoke(main, ["diff", str(old), str(new)])
        assert (result.exit_code, result.output) == (0, "比较了 1 个规格，没有改动（1 个只改了格式或注释）。\n"), retyped
    new.write_text("\n".join(lines[:at] + [comment + "任务调整(财政要求)"] + lines[at + 1:]), encoding="utf-8")
    assert [c["kind"] for c in changes(runner, str(old), str(new))["changes"]] == ["reason_changed"]


def test_a_second_silence_of_a_rule_added_beside_one_is_no_edited_reason(runner, tmp_path):
    """Two silences of one rule at one place (two comments' lines with no field) are paired by their reasons first:
    the one kept as it was is no change, the other is 新增屏蔽, not the first's reason edited."""
    lines = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("\n".join(["# jixiao: disable=B8 甲"] + lines), encoding="utf-8")
    new.write_text("\n".join(["# jixiao: disable=B8 乙", "# jixiao: disable=B8 甲"] + lines), encoding="utf-8")
    assert text_lines(runner, str(old), str(new))[1:] == [
        "  新增屏蔽  第 1 行  B8（指标值是评分规则），理由：乙", "比较了 1 个规格，1 个有改动：新增屏蔽 1 处。"]


def test_a_silence_written_with_builds_twin_code_is_listed_under_the_code_written(runner, tmp_path):
    """`disable=BUILD-NAME-TAKEN` (the code build's warning shows, which silences validate's SPEC-NAME-TAKEN) was listed
    as 新增屏蔽 … SPEC-NAME-TAKEN: a code the reviewer found nowhere in the file. Retyped as its twin, it is no change."""
    lines = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("year:"))
    old, new, twin = tmp_path / "old.yaml", tmp_path / "new.yaml", tmp_path / "twin.yaml"
    old.write_text("\n".join(lines), encoding="utf-8")
    new.write_text("\n".join(lines[:at] + [lines[at] + "  # jixiao: disable=build-name-taken 一个项目一张表"]
                             + lines[at + 1:]), encoding="utf-8")
    assert text_lines(runner, str(old), str(new))[1] == "  新增屏蔽  年度  BUILD-NAME-TAKEN，理由：一个项目一张表"
    assert text_lines(runner, str(new), str(old))[1] == "  取消屏蔽  年度  BUILD-NAME-TAKEN，理由：一个项目一张表"
    assert changes(runner, str(old), str(new))["changes"][0]["new"] == "BUILD-NAME-TAKEN"
    twin.write_text(new.read_text(encoding="utf-8").replace("build-name-taken", "SPEC-NAME-TAKEN"), encoding="utf-8")
    assert runner.invoke(main, ["diff", str(new), str(twin)]).exit_code == 0
    # its reason edited too: each side's code as its file writes it, where the old was its json `old` and 原来 cell
    twin.write_text(twin.read_text(encoding="utf-8").replace("一个项目一张表", "按年度分表"), encoding="utf-8")
    change = changes(runner, str(twin), str(new))["changes"][0]
    assert (change["kind"], change["old"], change["new"]) == ("reason_changed", "SPEC-NAME-TAKEN", "BUILD-NAME-TAKEN")
    assert ("| 修⁠改⁠屏⁠蔽⁠理⁠由 | 年度 | SPEC-NAME-TAKEN，理由：按年度分表 | BUILD-NAME-TAKEN，理由：一个项目一张表 |"
            in text_lines(runner, str(twin), str(new), "--format", "markdown"))


@pytest.mark.parametrize("comment", ["b8 ok per review", "B8，评分规则是表样要求的", "B8 SAME-NAM"])
def test_a_silences_reason_and_a_code_nobody_has_are_no_silences(runner, tmp_path, comment):
    """`disable=B10 ok per review` was 新增屏蔽 4 处, OK, PER and REVIEW among them: only real codes silence."""
    original = ROOT / "specs" / GZ
    lines = original.read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    lines[at] += f"  # jixiao: disable={comment}"
    silenced = tmp_path / GZ
    silenced.write_text("\n".join(lines), encoding="utf-8")
    assert text_lines(runner, str(original), str(silenced))[-1] == "比较了 1 个规格，1 个有改动：新增屏蔽 1 处。"


def test_a_silence_follows_its_indicator_when_it_moves(runner, tmp_path):
    lines = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    lines[at] += "  # jixiao: disable=B8"
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("\n".join(lines), encoding="utf-8")
    first = next(n for n, line in enumerate(lines) if line.startswith("  - level1: 产出指标"))
    lines[first:first] = lines[at - 3:at + 2]  # 项目完成率, its silence with it, first in its group
    del lines[at + 2:at + 7]
    new.write_text("\n".join(lines), encoding="utf-8")
    assert text_lines(runner, str(old), str(new))[1:] == [
        "  移动  绩效指标 › 产出指标 › 数量指标 › 项目完成率  绩效指标第 3 行 → 第 1 行", "比较了 1 个规格，1 个有改动：移动 1 处。"]


def test_a_silence_taken_off_a_moved_row_is_pointed_at_by_the_new_specs_index(runner, tmp_path):
    """取消屏蔽's path kept the old spec's indices while the same row's 移动 had the new one's: a script joining changes
    by path read them as two rows, and pointed a reviewer of the new file at another row's field."""
    lines = (ROOT / "specs" / GZ).read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith('    period_value: "达到目标值'))
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    new_lines = list(lines)
    lines[at] += "  # jixiao: disable=B8"
    old.write_text("\n".join(lines), encoding="utf-8")
    first = next(n for n, line in enumerate(new_lines) if line.startswith("  - level1: 产出指标"))
    new_lines[first:first] = new_lines[at - 3:at + 2]  # 项目完成率 first in its group, its silence taken off
    del new_lines[at + 2:at + 7]
    new.write_text("\n".join(new_lines), encoding="utf-8")
    found = {c["kind"]: c["path"] for c in changes(runner, str(old), str(new))["changes"]}
    assert found == {"moved": "indicators[0]", "unsilenced": "indicators[0].period_value"}


def test_a_rename_is_pointed_at_the_name_where_problems_of_the_name_are(runner, edited):
    """A rename's path was the item's (`indicators[0]`) while validate and lint point a name's problems at the name
    (`indicators[0].name`: a blank at its end, SAME-NAME): a script joining the two by path found nothing to join.
    The rename is of that field, as a changed field is pointed at; a move of the same row stays the item's."""
    def change(tree):
        tree["indicators"][2]["name"] = "项目完成率 "
        tree["indicators"].insert(0, tree["indicators"].pop(2))

    old, new = edited(GZ, change)
    found = {c["kind"]: c["path"] for c in changes(runner, old, new)["changes"]}
    assert found == {"renamed": "indicators[0].name", "moved": "indicators[0]"}
    problems = json.loads(runner.invoke(main, ["lint", new, "--format", "json"]).output)["problems"]
    assert ("TEXT-INVISIBLE", found["renamed"]) in {(p["code"], p["path"]) for p in problems}

    def rename_a_task(tree):
        tree["key_tasks"][1]["name"] = tree["key_tasks"][1]["name"].replace("联谊服务", "联络服务")

    [renamed] = changes(runner, *edited(GZ, rename_a_task))["changes"]
    assert (renamed["kind"], renamed["path"]) == ("renamed", "key_tasks[1].name")


def test_text_output_marks_the_changed_words_of_a_long_text(runner, edited, monkeypatch):
    def change(tree):
        tree["key_tasks"][1]["content"] = tree["key_tasks"][1]["content"].replace("联谊交流活动", "联谊交流和座谈活动")

    result = runner.invoke(main, ["diff", *edited(GZ, change)])
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "修改" in line)
    assert "主要实施内容" in line and "联谊交流【增：和座谈】活动" in line and len(line) < 150


def test_text_output_marks_replaced_words_so_a_reader_needs_no_legend(runner, edited):
    """`[-5-]{+3+}` was a programmer's notation: in a CI log or a copied text a reviewer could not read it."""
    def change(tree):
        tree["key_tasks"][1]["content"] = tree["key_tasks"][1]["content"].replace("联谊交流活动", "联络交流活动")

    line = next(line for line in text_lines(runner, *edited(GZ, change)) if "修改" in line)
    assert "联【删：谊】【增：络】交流活动" in line and "[-" not in line and "{+" not in line


def test_text_output_marks_words_changed_in_a_document_number_in_brackets_of_its_own(runner, tmp_path):
    """〔删：〕〔增：〕 were the brackets official text writes a document's year in: a year changed inside one read
    `湛办发〔201〔删：8〕〔增：9〕〕23号`."""
    new = tmp_path / ZJ
    new.write_text((ROOT / "specs" / ZJ).read_text(encoding="utf-8").replace("湛办发〔2018〕", "湛办发〔2019〕"),
                   encoding="utf-8")
    line = next(line for line in text_lines(runner, str(ROOT / "specs" / ZJ), str(new)) if "修改" in line)
    assert "湛办发〔【删：2018】【增：2019】〕23号" in line and "〔删" not in line, line


def test_changed_words_replace_a_number_whole_not_digit_by_digit(runner, tmp_path):
    """Marked digit by digit, 30次 → 20次 read `不少于【删：3】【增：2】0次`, 164人次 → 1640人次 the number
    split round a kept 164 (`约164【增：0】人次`): a reviewer had to put each number together again."""
    new = tmp_path / GZ
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("全年不少于30次") == 1 and text.count("约164人次") == 1
    new.write_text(text.replace("全年不少于30次", "全年不少于20次").replace("约164人次", "约1640人次"), encoding="utf-8")
    lines = text_lines(runner, str(ROOT / "specs" / GZ), str(new))
    assert any("全年不少于【删：30】【增：20】次" in line for line in lines), lines
    assert any("约【删：164】【增：1640】人次" in line for line in lines), lines
    markdown = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(new), "--format", "markdown"]).output
    assert "全年不少于<del>30</del>次" in markdown and "全年不少于<b>20</b>次" in markdown, markdown


def test_a_long_level2_replaced_by_another_is_shown_whole_not_pieced_from_shared_characters(runner, edited):
    """处理率 put under another 二级 of the Jiangsu form: the two duties share 协调, 台 and 事, and the change read
    `【删：负责管理和】【增：统筹】协调【删：江苏与】【增：涉】台【删：文化、教育等交流】【增：法律】事【删：宜；…】【增：务】`,
    as if one duty had been edited into the other. A text replaced whole reads old → new, as a short one does."""
    def move(tree):
        rows = tree["indicators"]
        row = rows.pop(indicator(tree, "处理率"))
        row["level2"] = "统筹协调涉台法律事务"
        rows.insert(indicator(tree, "聘任法律顾问人数"), row)

    old = "负责管理和协调江苏与台文化、教育等交流事宜；承担因私赴台相关工作；协调处理突发事件"
    lines = text_lines(runner, *edited(JS, move))
    assert lines[1].endswith(f"处理率：二级指标  “{old}” → “统筹协调涉台法律事务”"), lines
    markdown = text_lines(runner, *edited(JS, move), "--format", "markdown")
    assert any(line.endswith(f"处理率：二级指标 | {old} | 统筹协调涉台法律事务 |") for line in markdown), markdown


def test_a_long_text_replaced_by_another_ending_alike_in_punctuation_is_shown_whole(runner, edited):
    """Two wholly different goals both ending in 。 read `【删：…】【增：…】。`: the full stop, the last kept run, was
    never folded into the edit beside it, and nearly every Chinese goal ends in one. A `|` block replaced whole read
    `“…↵” → “…↵”`, the line break every block ends with shown on both sides."""
    target = "贯彻落实中央部署要求，进一步密切同港澳台侨同胞的联系，团结凝聚广大同胞力量服务改革发展大局。"
    duties = "负责本单位机关运转保障和后勤服务；\n做好财务管理和资产管理工作。\n"

    def replace(tree):
        tree["long_term_target"] = target
        tree["functions"] = LiteralScalarString(duties)

    old = canonical_yaml().load((ROOT / "specs" / JS).read_text(encoding="utf-8"))
    lines = text_lines(runner, *edited(JS, replace))
    assert f"中长期目标  “{old['long_term_target']}” → “{target}”" in "\n".join(lines), lines
    functions = next(line for line in lines if "单位主要职能" in line)
    assert functions.endswith(f"“{old['functions'][:-1]}” → “{duties[:-1]}”".replace("\n", "↵")), functions
    markdown = "\n".join(text_lines(runner, *edited(JS, replace), "--format", "markdown"))
    assert f"| {old['long_term_target']} | {target} |" in markdown, markdown
    assert f"| {old['functions'][:-1]} | {duties[:-1]} |".replace("\n", "<br>") in markdown, markdown


def test_an_edit_before_a_final_full_stop_keeps_the_stop_out_of_it(runner, edited):
    """Only a text whose every kept run is punctuation is shown whole: a number edited before the 。 still reads
    `…【删：…】【增：…】。`, not with the full stop deleted and inserted."""
    def change(tree):
        tree["annual_target"] = tree["annual_target"].replace("交流合作。", "交流合作和人员往来。")

    lines = text_lines(runner, *edited(JS, change))
    assert any(line.endswith("等各领域交流合作【增：和人员往来】。") for line in lines), lines


PARTY_GOAL = ("全面从严治党，继续开展党史学习教育活动，加强党风廉政建设，加强在职机关党员干部教育学习，党支部每月不少于2次活动，"
              "全年不少于30次教育学习活动。")  # the goal of the example's 党建 task
DUTIES_GOAL = ("召开理事会（或扩大会议）2次，组织常务理事、理事、中青年台胞学习培训不少于1次，加强台胞工作平台建设，"
               "以工作委员会为载体开展联谊及交流活动，协助台胞解决实际困难。")


def marked(old: str, new: str) -> str:
    """The changed words of `old` → `new` as the terminal marks them, without colours."""
    return "".join(text if op == "=" else f"【{'删' if op == '-' else '增'}：{text}】" for op, text in segments(old, new))


def test_a_clause_moved_to_the_front_of_a_goal_is_marked_whole_where_it_left_and_where_it_went(runner, edited):
    """The 全年 clause moved to the front as a sentence of its own, 30次 made 36次, read
    `全【增：年不少于36次教育学习活动。全】面从严治党…2次【删：活动，全年不少于30次教育学习】活动。`: difflib matched
    the 全 of 全面 as kept and cut two clauses in half. Clauses anchor before words, and an edit slides to a clause's
    edge: the clause reads inserted at the front and deleted at the end, each whole."""
    new = "全年不少于36次教育学习活动。" + PARTY_GOAL.replace("，全年不少于30次教育学习活动", "")

    def change(tree):
        tree["key_tasks"][4]["goal"] = new

    [line] = [line for line in text_lines(runner, *edited(GZ, change)) if "期望达到的目标" in line]
    assert "目标（概述）  【增：全年不少于36次教育学习活动。】全面从严治党，继续开展党…" in line, line
    assert line.endswith("党支部每月不少于2次活动【删：，全年不少于30次教育学习活动】。（目标提高）"), line
    [row] = [row for row in text_lines(runner, *edited(GZ, change), "--format", "markdown") if "期望达到的目标" in row]
    assert "| 全面从严治党，继续开展党…党支部每月不少于2次活动<del>，全年不少于30次教育学习活动</del>。 |" in row, row
    assert "| <b>全年不少于36次教育学习活动。</b>全面从严治党，继续开展党…党支部每月不少于2次活动。（目标提高） |" in row, row


@pytest.mark.parametrize("old, new, shown", [
    # two clauses swapped: the shorter deleted where it was and inserted where it went, the longer kept between
    (PARTY_GOAL, PARTY_GOAL.replace("继续开展党史学习教育活动，加强党风廉政建设，", "加强党风廉政建设，继续开展党史学习教育活动，"),
     "全面从严治党，【增：加强党风廉政建设，】继续开展党史学习教育活动，【删：加强党风廉政建设，】加强在职机关党员干部教育…"),
    # a clause deleted with its comma, not `加强【删：党风廉政建设，加强】在职`
    (PARTY_GOAL, PARTY_GOAL.replace("加强党风廉政建设，", ""),
     "全面从严治党，继续开展党史学习教育活动，【删：加强党风廉政建设，】加强在职机关党员干部教育…"),
    # two clauses rewritten, the clause between them kept, not folded into one edit of all three
    ("全面从严治党，继续开展党史学习教育活动，加强党风廉政建设，加强在职机关党员干部教育学习。",
     "全面从严治党，深入开展主题教育，加强党风廉政建设，组织机关党员干部参加集中学习培训。",
     "全面从严治党，【删：继续开展党史学习教育活动】【增：深入开展主题教育】，加强党风廉政建设，"
     "【删：加强在职机关党员干部教育学习】【增：组织机关党员干部参加集中学习培训】。"),
    # a clause rewritten read `【删：协】【增：帮】助台胞【删：解决】【增：协调解决生产生活中的】实际困难`
    (DUTIES_GOAL, DUTIES_GOAL.replace("协助台胞解决实际困难", "帮助台胞协调解决生产生活中的实际困难"),
     "…载体开展联谊及交流活动，【删：协助台胞解决实际困难】【增：帮助台胞协调解决生产生活中的实际困难】。"),
    # words only added to a clause, or a clause mostly kept: marked within it
    (DUTIES_GOAL, DUTIES_GOAL.replace("开展联谊", "开展丰富多彩的联谊"),
     "…，以工作委员会为载体开展【增：丰富多彩的】联谊及交流活动，协助台胞解决实际困难。"),
    ("做好侨务工作，召开理事会2次。", "做好对台工作，召开理事会2次。", "做好【删：侨务】【增：对台】工作，召开理事会2次。"),
    ("第12次会议", "第112次会议", "第【删：12】【增：112】次会议"),  # a number is one word of four, not two of six
    # Latin letters are counted a word to a run, as a number is: one word of three changed is no clause rewritten
    ("建设OA系统，完成数据迁移。", "建设ERP系统，完成数据迁移。", "建设【删：OA】【增：ERP】系统，完成数据迁移。"),
    ("Hold 3 training sessions, visit 50 families, and complete the survey.",
     "Hold 3 training sessions, visit 50 households, and finish the survey.",
     "…s, visit 50 【删：families, and complete】【增：households, and finish】 the survey."),
])
def test_changed_words_are_whole_clauses_where_a_clause_moved_went_or_was_rewritten(old, new, shown):
    assert marked(old, new) == shown


@pytest.mark.parametrize("old, new, shown", [
    ("走访企业10家，完成培训100人次。", "完成培训120人次，走访企业10家。",
     "【增：完成培训120人次，】走访企业10家【删：，完成培训100人次】。"),
    ("走访企业10家；完成培训100人次。", "完成培训120人次；走访企业10家。",
     "【增：完成培训120人次；】走访企业10家【删：；完成培训100人次】。"),
    ("走访企业10家；完成培训100人次。", "完成培训120人次。走访企业10家；",
     "【增：完成培训120人次。】走访企业10家；【删：完成培训100人次。】"),
    ("走访企业10家,完成培训100人次。", "完成培训120人次，走访企业10家。",
     "【增：完成培训120人次，】走访企业10家【删：,完成培训100人次】。"),
    ("走访企业10家，完成培训100人次", "完成培训120人次，走访企业10家",  # no full stop to end either
     "【增：完成培训120人次，】走访企业10家【删：，完成培训100人次】"),
    # from the middle to the end, and three rotated: the clauses that stayed in order are kept
    ("走访企业10家，完成培训100人次，开展宣传5场。", "走访企业10家，开展宣传6场，完成培训100人次。",
     "走访企业10家，【增：开展宣传6场，】完成培训100人次【删：，开展宣传5场】。"),
    ("走访企业10家，完成培训100人次，开展宣传5场。", "完成培训100人次，开展宣传5场，走访企业12家。",
     "【删：走访企业10家，】完成培训100人次，开展宣传5场【增：，走访企业12家】。"),
    # a line break goes with the mark it follows; a clause deleted as another moved past the one kept
    ("走访企业10家；\n完成培训100人次。\n", "完成培训120人次；\n走访企业10家。\n",
     "【增：完成培训120人次；\n】走访企业10家【删：；\n完成培训100人次】。\n"),
    ("走访企业10家，完成培训100人次，开展宣传5场。", "开展宣传5场，走访企业10家。",
     "【增：开展宣传5场，】走访企业10家【删：，完成培训100人次，开展宣传5场】。"),
])
def test_two_clauses_swapped_keep_the_one_not_edited(old, new, shown):
    """`走访企业10家，完成培训100人次。` → `完成培训120人次，走访企业10家。` read deleted and inserted whole: clauses
    were matched with their ending marks, and `走访企业10家，` is not `走访企业10家。`. Matched on their words, the
    clause kept reads kept, its mark going with the clause it ended, and the one whose figure changed reads where it
    went and where it left."""
    assert marked(old, new) == shown


@pytest.mark.parametrize("old, new, shown", [
    ("走访企业10家，完成培训100人次，开展宣传5场。", "走访企业10家，开展宣传5场，完成培训100人次。",
     "走访企业10家，【增：开展宣传5场，】完成培训100人次【删：，开展宣传5场】。"),
    ("走访企业10家，开展宣传5场，完成培训100人次。", "走访企业10家，完成培训100人次，开展宣传5场。",
     "走访企业10家，【删：开展宣传5场，】完成培训100人次【增：，开展宣传5场】。"),
])
def test_of_two_clauses_swapped_the_shorter_reads_moved(old, new, shown):
    """Either of two clauses swapped keeps the other's place; counted by clauses it was a tie, and the longer could
    read moved (`【删：完成培训100人次，】开展宣传5场【增：，完成培训100人次】`). The clauses kept are those with the most
    characters."""
    assert marked(old, new) == shown


@given(st.lists(st.text("甲乙", min_size=1, max_size=4), unique=True, max_size=8).flatmap(
    lambda items: st.tuples(st.just(items), st.permutations(items))))
def test_the_anchors_kept_are_the_heaviest_run_in_order_in_both(pieces):
    """`_unique_anchors` keeps, of the items each text has once, a run in the order of both with the most
    characters: as many as the heaviest run found by comparing every pair (n², too slow for thousands)."""
    old, new = ([tuple(item) for item in side] for side in pieces)
    chain = diff_words._unique_anchors(old, new)
    assert all(a1 < a2 and b1 < b2 for (a1, b1), (a2, b2) in zip(chain, chain[1:]))
    assert all(old[a] == new[b] for a, b in chain)
    at_new = {item: at for at, item in enumerate(new)}
    heaviest = []  # heaviest[a]: the characters of the heaviest run ending with old[a]
    for a, item in enumerate(old):
        heaviest.append(len(item) + max([heaviest[k] for k in range(a) if at_new[old[k]] < at_new[item]], default=0))
    assert sum(len(old[a]) for a, _ in chain) == max(heaviest, default=0)


@pytest.mark.parametrize("old, new, shown", [
    ("全面从严治党，继续开展党史学习教育活动。", "全面从严治党，持续开展党史学习教育活动。",
     "全面从严治党，【删：继续】【增：持续】开展党史学习教育活动。"),
    ("继续开展学习活动", "持续开展学习活动", "【删：继续】【增：持续】开展学习活动"),  # at the text's start
    ("服务质量提高", "服务质量提升", "服务质量【删：提高】【增：提升】"),  # at its end
    ("开展培训，继续", "开展培训，持续", "开展培训，【删：继续】【增：持续】"),  # a kept run of one character is not emptied
    ("建设OA系统", "建设OA体统", "建设OA【删：系统】【增：体统】"),  # after a Latin letter
    # a number is no edge: the characters beside one are mostly words of their own
    ("培训3期，每期50人", "培训3期，每次50人", "培训3期，每【删：期】【增：次】50人"),
    ("开展培训不少于3期活动", "开展培训不少于3次活动", "开展培训不少于3【删：期】【增：次】活动"),
    ("第3期培训班", "第3次培训班", "第3【删：期】【增：次】培训班"),
    ("满意度提高至95%", "满意度提高到95%", "满意度提高【删：至】【增：到】95%"),
    ("满意度达95%以上", "满意度超95%以上", "满意度【删：达】【增：超】95%以上"),
    ("，与台胞开展交流", "，同台胞开展交流", "，【删：与】【增：同】台胞开展交流"),  # one a word of its own
    # both neighbours Chinese: which is of the word is not known, the mark stays on the character
    ("开展联谊活动", "开展联络活动", "开展联【删：谊】【增：络】活动"),
    ("对台胞开展服务", "向台胞开展服务", "【删：对】【增：向】台胞开展服务"),  # a preposition is a word of its own
    ("完成3项，开展调研", "完成3个，开展调研", "完成3【删：项】【增：个】，开展调研"),  # a measure word alone
    # a grade word on both sides is a word known: marked whole, its 及 no word of its own there
    ("做到及时处理来信", "做到按时处理来信", "做到【删：及时】【增：按时】处理来信"),
    ("开展调研，及时办理来信", "开展调研，按时办理来信", "开展调研，【删：及时】【增：按时】办理来信"),
    ("服务质量优秀，效果好", "服务质量优良，效果好", "服务质量【删：优秀】【增：优良】，效果好"),
    ("确保按时完成任务", "确保按期完成任务", "确保【删：按时】【增：按期】完成任务"),
    ("实现零事故目标", "实现无事故目标", "实现【删：零事故】【增：无事故】目标"),
    ("及时办理来信", "按时办理来信", "【删：及时】【增：按时】办理来信"),  # at the text's start
])
def test_a_character_replaced_is_marked_with_the_character_its_word_must_hold(old, new, shown):
    """`继续` → `持续` read `【删：继】【增：持】续`, a word cut in two; a reviewer reads words. Next to an edge
    (punctuation, a Latin letter, the text's start or end) the word can only go the other way, so the mark takes the
    character there; between two Chinese characters, or beside a number (`3期活动` → `3次活动` read
    `【删：期活】【增：次活】动`), it stays as it is rather than take the wrong one. A grade word on both sides
    (`及时` → `按时`) is a word known, marked whole: `做到及时处理` read `做到【删：及】【增：按】时处理`."""
    assert marked(old, new) == shown


@example("1甲甲2甲2.1", "1")  # slid to the text's start, the deletion read `【删：1甲甲2甲2.】1`
@given(st.text("12.,甲，", max_size=10), st.text("12.,甲，", max_size=10))
def test_changed_words_never_cut_a_number(old, new):
    """An edit slid to a clause's edge stops short of cutting a number: each run ends where a word ends, in the old
    text and in the new."""
    runs = segments(old, new)
    for side, text in (("-", old), ("+", new)):
        ends = set(itertools.accumulate(len(word) for word in diff_words.TOKENS.findall(text)))
        assert set(itertools.accumulate(len(run) for op, run in runs if op in ("=", side))) <= ends | {0}, runs


@given(st.text("甲乙丙，3", max_size=12), st.text("甲乙丙，3", max_size=12))
def test_changed_words_keep_no_run_between_edits_shorter_than_them_and_spell_both_texts(old, new):
    """Kept runs between edits are at least as long as the edit on one side of them, but for those holding a whole
    clause (`丙，` after an edit ending in `，`, `丙` between it and one beginning with `，`, or `，丙，`); read without
    the insertions the runs are the old text, without the deletions the new (texts short enough that no kept run is
    shortened)."""
    runs = segments(old, new)
    assert "".join(text for op, text in runs if op != "+") == old
    assert "".join(text for op, text in runs if op != "-") == new
    for k in range(1, len(runs) - 1):
        after_clause = "，" if runs[k - 1][1].endswith("，") else ""
        before_clause = "，" if runs[k + 1][1].startswith("，") else ""
        if runs[k][0] == "=" and not re.search("，[^，]+，", after_clause + runs[k][1] + before_clause):
            before = [text for op, text in runs[max(0, k - 2):k] if op != "="]
            after = [text for op, text in runs[k + 1:k + 3] if op != "="]
            assert min(max(map(len, before)), max(map(len, after))) < len(runs[k][1]), runs


REPEATED = ("围绕年度工作要点，统筹安排定居台胞联系服务、走访慰问、学习培训、联谊交流等各项工作，建立健全台胞联系档案，"
            "做到底数清、情况明，及时掌握台胞生产生活中遇到的困难和诉求，协调有关部门帮助解决。")


def test_words_inserted_into_a_text_that_repeats_a_sentence_are_all_that_is_marked(runner, edited, tmp_path):
    """A content repeating one sentence, `每季度` inserted into its second copy of four, read ~100 characters inserted
    and ~100 deleted: difflib anchored on the longest run both share, from one copy into the next. Sentences each
    text has once, and the sentences both begin and end with, anchor first; the rest is matched word by word."""
    def content(text):
        def change(tree):
            tree["key_tasks"][1]["content"] = text
        return change

    copies = [REPEATED] * 4
    copies[1] = REPEATED.replace("走访慰问", "每季度走访慰问")
    old, new = edited_twice(edited, tmp_path, content(REPEATED * 4), content("".join(copies)))
    [line] = [line for line in text_lines(runner, old, new) if "主要实施内容" in line]
    assert "联系服务、【增：每季度】走访慰问" in line and "【删：" not in line and len(line) < 120, line
    [line] = [line for line in text_lines(runner, old, new, "--format", "markdown") if "主要实施内容" in line]
    assert "<b>每季度</b>" in line and "<del>" not in line and len(line) < 200, line


def test_numbered_paragraphs_edited_added_and_removed_are_marked_as_such(runner, edited, tmp_path):
    """Six numbered paragraphs, one edited (a word added, a comma made a semicolon), one added, one removed: each is
    marked by itself, and the paragraphs kept are not."""
    paragraphs = [f"{n}.组织台胞参加第{n}批交流活动，全年不少于{n + 3}次，覆盖台胞{100 * n}人次以上。" for n in range(1, 7)]
    edited_paragraphs = list(paragraphs)
    edited_paragraphs[2] = paragraphs[2].replace("交流活动", "联谊交流活动").replace("，覆盖", "；覆盖")
    del edited_paragraphs[4]
    edited_paragraphs.insert(1, "新增：建立台胞联系档案，做到底数清、情况明。")

    def content(lines):
        def change(tree):
            tree["key_tasks"][1]["content"] = "\n".join(lines) + "\n"
        return change

    old, new = edited_twice(edited, tmp_path, content(paragraphs), content(edited_paragraphs))
    [line] = [line for line in text_lines(runner, old, new) if "主要实施内容" in line]
    for marked in ("【增：新增：建立台胞联系档案，做到底数清、情况明。↵】", "【增：联谊】交流活动", "【删：，】【增：；】覆盖",
                   "【删：5.组织台胞参加第5批交流活动，全年不少于8次，覆盖台胞500人次以上。↵】"):
        assert marked in line, (marked, line)
    assert line.count("【") == 5, line


def test_a_text_in_which_each_sentence_repeats_the_one_before_it_is_compared(runner, edited, tmp_path):
    """1200 sentences, each followed by the one before it again, against the same sentences once each: every part
    between anchors anchors again on a sentence the whole text has twice, a level deeper each time, and the nested
    calls stopped the diff with a RecursionError (exit 4)."""
    sentences = [f"第{k}项工作按计划完成。" for k in range(1201)]
    repeated = [sentences[-1]]
    for k in range(1199, -1, -1):
        repeated += [sentences[k], sentences[k + 1]]

    def content(text):
        def change(tree):
            tree["key_tasks"][1]["content"] = text
        return change

    old, new = edited_twice(edited, tmp_path, content("".join(repeated)), content("".join(sentences[::-1])))
    [line] = [line for line in text_lines(runner, old, new) if "主要实施内容" in line]
    assert "完成。【删：第1200项工作按计划完成。】第1198项工作按计划完成。【删：第1199项工作按计划完成。】" in line, line[:200]


def test_a_long_list_rewritten_point_by_point_is_deleted_and_inserted_whole_without_matching_its_words(monkeypatch):
    """400 numbered points rewritten, each in a mould of its own, no sentence in common: difflib matched the 12,000
    characters word by word (their numbers and line breaks line up point by point) for 10 s, minutes at 100 KB, to
    show what the stretch is anyway: the old text deleted and the new inserted."""
    compared = []
    matcher = diff_words.difflib.SequenceMatcher
    monkeypatch.setattr(diff_words.difflib, "SequenceMatcher",
                        lambda junk, a, b, **kw: compared.append(len(a) * len(b)) or matcher(junk, a, b, **kw))
    old = "".join(f"{k}.组织台胞开展第{k}批联谊交流活动，全年不少于{k + 3}次。\n" for k in range(1, 401))
    new = "".join(f"{k}.做好侨界群众来信来访工作{k}件，办结率达到{90 + k % 10}%。\n" for k in range(1, 401))
    assert segments(old, new) == [("-", old), ("+", new)]  # the 1. and 。↵ kept said nothing either
    assert compared == []
    edited = old.replace("第7批联谊交流", "第7批联谊和座谈交流").replace("不少于393次", "不少于390次")
    assert [run for run in segments(old, edited) if run[0] != "="] == [("+", "和座谈"), ("-", "393"), ("+", "390")]
    assert compared and max(compared) <= 3000 * 3000, compared


def test_the_targets_of_a_long_list_rewritten_are_paired_by_number_and_unit_not_each_with_every_other(monkeypatch):
    """Which stated targets a rewritten text still states was asked of every old target with every new one, three
    times over: two 100 KB lists of targets rewritten took 75 s in diff. A target kept in the same words, or one of
    the same number and unit, is looked for among those alone; weighing every pair as of one measure (`compared`)
    is left out beyond `_MOST_PAIRS` pairs, the old targets then told as removed."""
    calls = []
    for name in ("_one_target", "compared"):
        function = getattr(target_texts, name)
        monkeypatch.setattr(target_texts, name, lambda *args, function=function: calls.append(1) or function(*args))
    old = "；".join(f"{k}、开展调研{k}次" for k in range(1, 301))
    new = "；".join(f"{k}、全年完成培训不少于{k + 1}场" for k in range(1, 301))
    assert target_texts.removed_targets(old, new) == [f"开展调研{k}次" for k in range(1, 301)]
    assert len(calls) <= 300
    kept = old.replace("开展调研12次", "全年开展调研不少于12次")
    assert target_texts.removed_targets(old, kept) == []


_PLACES = ("社区", "企业", "学校", "园区", "乡镇", "街道", "商会", "侨团", "医院", "景区", "口岸", "港口", "农场", "林场", "茶园")
_WORK = ("调研", "走访", "座谈", "宣讲", "培训", "慰问", "督查", "联谊", "检查", "巡查", "讲座", "交流", "考察", "评估")


def test_a_long_list_of_targets_each_lowered_tells_none_removed(monkeypatch):
    """Each of 210 targets lowered (`开展社区调研不少于10次` → `不少于9次`) is a target kept, of one measure, which
    `text_weakening` judges, not a target removed: a cap of 40,000 pairs weighed told all 210 as 目标删除. Each old
    target is weighed against the new ones of its words alone, not each with every other."""
    calls = []
    compared = target_texts.compared
    monkeypatch.setattr(target_texts, "compared", lambda *args: calls.append(1) or compared(*args))
    words = [place + work for place in _PLACES for work in _WORK]
    old = "；".join(f"开展{word}不少于{10 * k + 10}次" for k, word in enumerate(words))
    new = "；".join(f"开展{word}不少于{10 * k + 9}次" for k, word in enumerate(words))
    assert target_texts.removed_targets(old, new) == []
    assert len(calls) == len(words)
    cut = new.replace(f"；开展{words[20]}不少于209次", "")
    assert target_texts.removed_targets(old, cut) == [f"开展{words[20]}不少于210次"]


@pytest.mark.parametrize("old, new, removed", [("开展调研不少于{}次", "开展调研{}场", range(1, 301)),
                                               ("不少于{}次", "每月开展{}次", range(1, 301)),
                                               ("开展调研不少于{}次", "开展调研不超过{}次", [1])])
def test_the_targets_of_a_long_list_rewritten_are_weighed_only_against_those_of_their_unit_period_and_bound(
        monkeypatch, old, new, removed):
    """A target is of one measure with no new one of another unit (`次`, `场`), of a period in the words beside the
    number (`每月`) it does not say, or bounding it the other way (a floor, a cap): looked for among the others
    alone, the targets of a text of thousands rewritten are read in a time in proportion to their number."""
    calls = []
    compared = target_texts.compared
    monkeypatch.setattr(target_texts, "compared", lambda *args: calls.append(1) or compared(*args))
    olds = "；".join(old.format(k) for k in range(1, 301))
    news = "；".join(new.format(k + 1) for k in range(1, 301))
    assert target_texts.removed_targets(olds, news) == [old.format(k) for k in removed]
    assert len(calls) <= 300


_MEASURED = ["5次", "开展调研5次", "开展调研不少于6次", "开展调研不超过4次", "每月1次", "1次/季度", "2次/月", "每月开展2次", "5场", "10万元",
             "100000元", "200元/人", "0.02万元/人", "≥90%", "≤5%", "覆盖率达到95%", "5个", "每期50人", "≥30人", "5次，确保质量",
             "年底前完成3次检查", "次年3月底前完成2次检查", "月均3场", "全年不少于30次"]


def test_a_target_is_of_one_measure_only_with_those_of_a_key_it_may_share():
    """`removed_targets` looks for an old target's measure among the new targets of a key it may share alone
    (`same_measure.measure_key`): any two values `compared` takes as one measure must share its unit and periods,
    and have each of the rest the same or missing on one side, or a target kept would be told removed."""
    from generator.lint.same_measure import compared, measure_key
    from generator.value_comparison import count_alone
    from generator.values import parse
    values = [count_alone(parse(text)) for text in _MEASURED]
    pairs = [(a, b) for a in values for b in values if compared("", a, b) is not None]
    assert len(pairs) > 3 * len(values)
    for a, b in pairs:
        (must, may), (must_b, may_b) = measure_key(a), measure_key(b)
        assert must == must_b and all(not x or not y or x == y for x, y in zip(may, may_b)), (a.text, b.text)


def _stray_kept_folded_from_the_start(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`diff_words._without_stray_kept` as it was first written: fold the first kept run no longer than the edit on
    either side of it (and holding no whole clause), and start again from the first run, until none is left to fold."""
    def edited(runs):
        lengths = {"-": 0, "+": 0}
        for op, text in runs:
            if op == "=":
                break
            lengths[op] += len(text)
        return max(lengths.values())

    def ends_clause(runs):
        return all(text[-1] in CLAUSE_ENDS for _, text in itertools.takewhile(lambda run: run[0] != "=", runs))

    def begins_clause_end(runs):
        return all(text[0] in CLAUSE_ENDS for _, text in itertools.takewhile(lambda run: run[0] != "=", runs))

    def merged(runs):
        out, edits = [], {"-": "", "+": ""}
        for op, text in runs + [("=", "")]:
            if op != "=":
                edits[op] += text
                continue
            out += [(edit, edits[edit]) for edit in "-+" if edits[edit]]
            edits = {"-": "", "+": ""}
            if text:
                out.append(("=", text))
        return out

    runs = list(runs)
    while True:
        for k in range(1, len(runs) - 1):
            op, text = runs[k]
            if (op == "=" and len(text) <= min(edited(runs[:k][::-1]), edited(runs[k + 1:]))
                    and not holds_whole_clause(text, ends_clause(runs[:k][::-1]), begins_clause_end(runs[k + 1:]))):
                runs = merged(runs[:k] + [("-", text), ("+", text)] + runs[k + 1:])
                break
        else:
            return runs


@given(st.text("甲乙丙丁，3", max_size=40), st.text("甲乙丙丁，3", max_size=40))
def test_stray_kept_runs_folded_in_one_pass_are_those_folded_starting_over_after_each_fold(old, new):
    """The one pass on a stack folds the runs that folding the first foldable one and starting over did."""
    runs = diff_words._runs(diff_words.TOKENS.findall(old), diff_words.TOKENS.findall(new))
    assert diff_words._without_stray_kept(runs) == _stray_kept_folded_from_the_start(runs), runs


def test_a_long_text_is_worked_out_into_its_changed_words_once(runner, edited, monkeypatch):
    """Whether a long text is shown as its changed words and the words shown were worked out apart, the same runs
    twice: seconds each for 8000 characters with many small edits."""
    calls = []
    monkeypatch.setattr(diff_report, "segments", lambda old, new: calls.append(old) or segments(old, new))

    def change(tree):
        tree["annual_target"] = tree["annual_target"].replace("交流合作。", "交流合作和人员往来。")

    for output in ("text", "markdown"):
        calls.clear()
        lines = text_lines(runner, *edited(JS, change), "--format", output)
        assert any("【增：和人员往来】" in line or "<b>和人员往来</b>" in line for line in lines), lines
        assert len(calls) == 1, (output, calls)


def test_markdown_marks_changed_words_with_tags_that_render_beside_chinese_punctuation(runner, edited):
    """`工作**（全年不少于20次）**，` printed the asterisks: CommonMark opens no emphasis before （."""
    def change(tree):
        tree["key_tasks"][1]["content"] = tree["key_tasks"][1]["content"].replace("联谊交流活动", "联谊交流（含座谈）活动")

    result = runner.invoke(main, ["diff", *edited(GZ, change), "--format", "markdown"])
    row = next(line for line in result.output.splitlines() if line.startswith("| 修改 |"))
    assert "<b>（含座谈）</b>" in row and "**" not in row and "~~" not in row


def test_markdown_shows_a_crlf_character_references_and_dollars_as_typed(runner, edited):
    """A value typed `"第一行\\r\\n第二行"` ended its table row at the CR, its second line falling into a row of its own
    under 改动; `&copy;` rendered as ©, `&lt;b&gt;` as a tag's text; `$5$` opens math on GitHub and GitLab."""
    def change(tree):
        tree["key_tasks"][0]["content"] = "第一行\r\n第二行，R&D &copy; &lt;b&gt; 费用$5$万元"

    lines = text_lines(runner, *edited(GZ, change), "--format", "markdown")
    row = next(line for line in lines if line.startswith("| 修改 |"))
    assert row.endswith("| 第一行<br>第二行，R&D \\&copy; \\&lt;b\\&gt; 费用\\$5\\$万元 |"), row
    assert lines[-1] == row  # the row is whole: no line of it after


def test_markdown_keeps_github_from_linking_or_pinging_from_spec_text(runner, edited):
    """GitHub links the text markdown rendered, after the escapes are gone: a spec's `完成@zhang审核` pinged user zhang,
    `第#3号` linked issue 3, `GH-12` and `owner/repo#1` issues, and a bare address was a link running on over the Chinese
    after it. Each is a code span, inside which GitHub links nothing, around its run of address characters: the text
    beside it begins no link of its own (`@zhang@li` pinged li after a span `@zhang`), and a sentence's punctuation and
    an unopened bracket stay outside. An invisible word joiner after the `@` stopped GitHub too, but a reviewer copying
    an address carried it into the browser, which did not open it: nothing invisible is added. What GitHub does not
    link wrongly is left as typed: `@张三` (no user name), an e-mail (its `@` after a letter pings no one), a hex word
    such as a project code (a commit is linked only if the repository has it), an amount. GitHub's schemes are http,
    https and ftp, in any case; a www after a dot is within a name, no link's beginning."""
    def change(tree):
        tree["key_tasks"][0]["content"] = ("完成@zhang审核，@张三，第#3号、GH-12、owner/repo#1，项目编号 2024A001、"
                                           "deadbeef，见 https://x.cn 或 www.gov.cn，ftp://x.cn、HTTPS://x.cn、"
                                           "mail.www.gov.cn，zhang_san@b.com，20240101，@zhang@li，(见 https://x.cn/a_(b)).")

    row = next(line for line in text_lines(runner, *edited(GZ, change), "--format", "markdown")
               if line.startswith("| 修改 |"))
    spanned = ("完成`@zhang`审核，@张三，第`#3`号、`GH-12`、`owner/repo#1`，项目编号 2024A001、"
               "deadbeef，见 `https://x.cn` 或 `www.gov.cn`，`ftp://x.cn`、`HTTPS://x.cn`、"
               "mail.www.gov.cn，zhang\\_san@b.com，20240101，`@zhang@li`，(见 `https://x.cn/a_(b)`).")
    assert row.endswith(f"| {spanned} |"), row
    # a problem's message too: its commits (`jixiao diff --rev b6a466647447 .`) as a reviewer copies them
    assert diff_markdown._md("--rev b6a466647447 @bob") == "--rev b6a466647447 `@bob`"
    # a `|` ends the span (inside one it still ends the table's cell), and a backtick (it would end the span)
    assert diff_markdown._md("见https://x.cn/a|b`c") == "见`https://x.cn/a`\\|b\\`c"
    # a digit before a scheme does not stop GitHub (`附件2https://x.cn` linked the address); a letter does
    assert diff_markdown._md("附件2https://x.cn，2024A001http://x.cn，xhttps://x.cn") == (
        "附件`2https://x.cn`，`2024A001http://x.cn`，xhttps://x.cn")
    # a sentence's punctuation and quotes or emphasis around it are outside the span, and a bracket opening before it;
    # a percent-encoded address is whole inside it
    assert [diff_markdown._md(text) for text in ("见https://x.cn!另", "@zhang:审核", "见 'https://x.cn' 与 *www.gov.cn*",
                                                 "(https://x.cn)", "[https://x.cn/a(b)]", "见https://x.cn/%E4%B8%AD")] == [
        "见`https://x.cn`!另", "`@zhang`:审核", "见 '`https://x.cn`' 与 \\*`www.gov.cn`\\*", "(`https://x.cn`)",
        "\\[`https://x.cn/a(b)`\\]", "见`https://x.cn/%E4%B8%AD`"]


def test_markdown_read_raw_shows_joined_labels_and_stopped_links_as_typed(runner, edited):
    """The markdown is read raw too (the workflow's diff.md, its log, a terminal), where the joiners were written as
    `&#8288;`: a label read `修&#8288;改&#8288;屏&#8288;蔽&#8288;理&#8288;由`, an address `https:&#8288;//x.cn`. A label's
    joiner is the character itself, which shows nothing there as it shows nothing on GitHub; an address is a code span,
    read as typed."""
    def change(tree):
        tree["key_tasks"][0]["content"] = "完成@zhang审核，见 https://x.cn"

    report = "\n".join(text_lines(runner, *edited(GZ, change), "--format", "markdown"))
    assert "&#" not in report, report
    assert "| 改\u2060动 |" in report and "完成`@zhang`审核，见 `https://x.cn` |" in report, report


def test_markdown_summary_shows_revision_names_as_typed(runner, git_repo):
    """The summary names the revisions compared: `HEAD~2 → HEAD~1` rendered `HEAD` struck through from the first `~`
    to the second, and a branch `@me` would have pinged a user. They are escaped as spec text is."""
    folder, git = git_repo()
    spec = folder / "specs" / GZ
    for value in ("80.56", "81.56"):
        tree = canonical_yaml().load(spec.read_text(encoding="utf-8"))
        tree["budget"]["project"] = canonical_yaml().load(f"x: {value}")["x"]
        spec.write_text(dump(tree), encoding="utf-8")
        git("commit", "-q", "-am", value)
    git("branch", "@me")
    for rev, said in (("HEAD~2..HEAD~1", "版本 HEAD\\~2 → HEAD\\~1"), ("HEAD~1..@me", "版本 HEAD\\~1 → `@me`")):
        result = runner.invoke(main, ["diff", "--rev", rev, "--format", "markdown"])
        assert result.exit_code == 1, result.output
        assert result.stdout.splitlines()[3].startswith(f"比较了 1 个规格（{said}），1 个有改动"), result.stdout


def test_markdown_holds_the_change_column_at_two_characters(runner, edited):
    """Beside long places and texts a browser squeezed the 改动 column to one character: 修改 read down, a character a
    line, in every row. Its title's two characters are joined (U+2060), which holds the column at their width."""
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]

    lines = text_lines(runner, *edited(GZ, change), "--format", "markdown")
    assert "| 改\u2060动 | 位置 | 原来 | 现在 |" in lines


def test_no_label_of_the_markdown_changes_table_can_wrap():
    """新增屏蔽, 取消屏蔽 and 修改屏蔽理由 wrapped in GitHub's narrow first column (新增屏 over 蔽): a label longer than the
    column's title, which holds it at two characters, has its characters joined (U+2060), one row of the table each."""
    title = diff_markdown._CHANGE_TITLE.split("\u2060")
    assert title == ["改", "动"]
    for kind in KINDS:
        assert kind in diff_report.LABELS, kind
    for label in [*diff_report.LABELS.values(), diff_report.REORDER_LABEL]:
        shown = diff_markdown._unbroken(label)
        assert shown.replace("\u2060", "") == label
        assert len(label) <= len(title) or shown.split("\u2060") == list(label), shown


def test_markdown_is_a_pull_request_comment(runner, edited):
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]
        tree["budget"]["fiscal"] = tree["budget"]["own_level"] = canonical_yaml().load("x: 691.41")["x"]

    result = runner.invoke(main, ["diff", *edited(GZ, change), "--format", "markdown"])
    lines = result.output.splitlines()
    assert result.exit_code == 1
    assert lines[:2] == ["<!-- jixiao diff -->", "## 绩效目标表的改动"]
    assert any(line.startswith("### 广州市台湾同胞联谊会 2023 年（`") for line in lines)
    assert "| 修改 | 预算整体情况 › 项目支出 | 78.56 | 80.56（+2.00 万元） |" in lines
    assert "> ✅ 金额改动后，表上的各项合计仍都相符" in lines
    assert "⚠️" not in result.output  # the totals still agree


def test_totals_repeating_a_listed_change_are_left_out_of_text_and_markdown(runner, edited):
    """基本支出 + 项目支出 689.41 → 691.41 beside 财政拨款's own 689.41 → 691.41 said the same 2万元 again: one 2万元
    read `+2.00 万元` seven times. A sum no change shows (the tasks') stays; json keeps every total."""
    def change(tree):
        tree["budget"]["project"] = canonical_yaml().load("x: 80.56")["x"]
        tree["budget"]["fiscal"] = tree["budget"]["own_level"] = canonical_yaml().load("x: 691.41")["x"]
        tree["key_tasks"][2]["amount"] = canonical_yaml().load("x: 24.15")["x"]

    paths = edited(GZ, change)
    text = text_lines(runner, *paths)
    assert [line for line in text if line.startswith("  合计")] == [
        "  合计  各项重点工作任务的拟投入的资金（万元）之和  52.06 → 54.06（+2.00 万元）"]
    markdown = runner.invoke(main, ["diff", *paths, "--format", "markdown"]).output.splitlines()
    assert "| 各项重点工作任务的拟投入的资金（万元）之和 | 52.06 | 54.06 | +2.00 |" in markdown
    assert not any(line.startswith(("| 基本支出 + 项目支出", "| 财政拨款 + 其他资金")) for line in markdown)
    totals = [total["label"] for total in changes(runner, *paths)["totals"]]
    assert totals[:3] == ["基本支出 + 项目支出", "财政拨款 + 其他资金", "市本级使用资金 + 拟用于对下转移支付资金"]


def test_a_total_is_left_out_only_beside_a_change_of_an_amount_it_is_checked_with(runner, edited, tmp_path):
    """One project's 财政资金 + 其他资金 40.00 → 45.00 (its 预算数 left at 40.00) beside another project's 预算数 40.00 → 45.00
    is no repeat: the figures match by chance, and leaving it out hid that this project's sum moved. The other project's
    own sum, moved as its 预算数 and 财政资金 did, is still left out."""
    def money(text):
        return canonical_yaml().load(f"x: {text}")["x"]

    def with_other_funds(tree):
        tree["projects"][4]["budget"].update(total=money("40.00"), fiscal=money("30.00"), other=money("10.00"))

    def raised(tree):
        with_other_funds(tree)
        tree["projects"][4]["budget"]["fiscal"] = money("35.00")
        tree["projects"][1]["budget"]["total"] = tree["projects"][1]["budget"]["fiscal"] = money("45.00")

    old = tmp_path / f"old-{TJ}"
    shutil.copy(edited(TJ, with_other_funds)[1], old)
    lines = text_lines(runner, str(old), edited(TJ, raised)[1])
    assert [line for line in lines if line.startswith("  合计")] == [
        "  合计  项目绩效目标表 › 文化宣传和网络运维等工作经费：预算规模（万元） › 其中：财政资金 + 其他资金  40.00 → 45.00（+5.00 万元）"]


def test_folders_are_compared_file_by_file(runner, tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / GZ, folder / GZ)
    shutil.copy(ROOT / "specs" / HY, new / HY)
    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1
    statuses = {spec["path"]: spec["status"] for spec in json.loads(result.output)["specs"]}
    assert statuses == {(new / GZ).as_posix(): "equal", (new / HY).as_posix(): "added"}
    assert "  新增的规格文件：年度主要任务 4 项，部门整体支出年度绩效指标 13 项，项目绩效目标申报表 1 项" in text_lines(
        runner, str(old), str(new))


def test_a_markdown_report_over_max_chars_keeps_whole_specs_and_says_how_many_were_left_out(runner, tmp_path):
    """A pull request rolling 150 units' specs over to the next year made a report of 100,525 characters: GitHub refused
    the comment (at most 65,536), and the reviewer saw none. --max-chars keeps the summary and the specs that fit, each
    whole (a table cut in half is no table), and says how many were left out and from which file on."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    for i in range(6):
        (new / f"u{i}.yaml").write_text(text.replace("unit: 广州市台湾同胞联谊会", f"unit: 单位{i}", 1), encoding="utf-8")
    whole = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    sections = whole.split("\n\n### ")
    assert len(sections) == 7
    assert runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown", "--max-chars",
                                str(len(whole) - 1)]).output == whole, "it fits: as it is (echo adds the last newline)"
    limit = len("\n\n### ".join(sections[:4])) + 150  # three specs and the note: the fourth does not fit
    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown", "--max-chars", str(limit)])
    assert result.exit_code == 1, result.output
    kept, note = result.output.rstrip("\n").rsplit("\n\n", 1)
    assert len(result.output) - 1 <= limit and kept == "\n\n### ".join(sections[:4])
    assert note == (f"> 篇幅所限（至多 {limit} 个字符），另有 3 个规格（从 `{(new / 'u3.yaml').as_posix()}` 起）的改动未列出。")
    assert kept.splitlines()[3].startswith("比较了 6 个规格，6 个有改动"), "the summary counts every spec"

    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown", "--max-chars", "1000"])
    left = re.search(r"另有 (\d) 个规格（从 `", result.output)
    assert left and result.output.count("\n### ") + int(left[1]) == 6 and len(result.output) - 1 <= 1000
    result = runner.invoke(main, ["diff", str(old), str(new), "--max-chars", "60000"])
    assert result.exit_code == 2 and "只用于 --format markdown" in result.output


def test_a_markdown_report_cut_short_says_which_weakened_targets_are_in_no_table_below(runner, tmp_path):
    """The list of weakened targets above the tables said "另有 6 处，见下表" of targets whose specs --max-chars had
    left out: the reviewer looked for tables that were not there. A listed one in a spec left out says so, and the
    line of the others counts those below apart from those left out; a report that fits says "见下表" as before."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    for i in range(8):  # each spec: one amount raised, two targets lowered (a task's text, an indicator's two values)
        drafted = text.replace("unit: 广州市台湾同胞联谊会", f"unit: 单位{i}", 1)
        (old / f"u{i}.yaml").write_text(drafted, encoding="utf-8")
        (new / f"u{i}.yaml").write_text(drafted.replace("amount: 1.50", "amount: 2.50").replace(
            "开展台胞活动5次以上", "开展台胞活动3次以上").replace("不少于3篇", "不少于2篇"), encoding="utf-8")

    def report(*more: str) -> str:
        return runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown", *more]).output

    whole = report()
    assert "**降低要求的改动（16 处，下表中加粗标出）**" in whole and "\n- 另有 6 处，见下表\n" in whole
    sections = whole.split("\n\n### ")
    assert len(sections) == 9 and "篇幅所限" not in whole
    for kept, listed_out, more in ((6, 0, "- 另有 6 处：2 处见下表，4 处所在的规格篇幅所限未列出"),
                                   (3, 4, "- 另有 6 处，所在的规格篇幅所限未列出")):
        limit = len("\n\n### ".join(sections[:kept + 1])) + 300  # the note and the longer list fit; one more spec not
        cut = report("--max-chars", str(limit))
        assert len(cut) - 1 <= limit and cut.count("\n### ") == kept, (kept, cut)
        assert f"另有 {8 - kept} 个规格（从 `{(new / f'u{kept}.yaml').as_posix()}` 起）的改动未列出" in cut
        listed = [line for line in cut.splitlines() if line.startswith("- 单位")]
        assert len(listed) == 10 and sum(line.endswith("（篇幅所限，下面未列出这个规格）") for line in listed) == listed_out
        assert all(line.startswith(f"- 单位{i // 2} ") for i, line in enumerate(listed))
        assert f"\n{more}\n" in cut and "见下表\n" not in cut.replace("处见下表，", "")


@pytest.mark.parametrize("make, why", [
    (lambda path: path.symlink_to(path.parent / "gone.yaml"), "这是一个符号链接，它指向的 {folder}/gone.yaml 不存在；请修正或删除这个链接"),
    (lambda path: path.symlink_to(path), "符号链接绕成了圈（链接到自己，或几个链接互相指向）；请检查这个链接"),
], ids=["broken-link", "link-loop"])
def test_a_spec_name_in_a_folder_that_holds_no_file_is_an_error_not_a_deleted_spec(runner, tmp_path, make, why):
    """A folder's walk passed over it without a word: its namesake on the other side was shown as a spec deleted,
    and the diff exited 1 as for an edit."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / GZ, folder / GZ)
    shutil.copy(ROOT / "specs" / HY, old / HY)
    try:
        make(new / HY)
    except OSError:
        pytest.skip("no symbolic links here")
    result = runner.invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 2, result.output
    said = f"{new / HY}: 错误[FILE-UNREADABLE] 读不出这个规格，两稿中的它都没有比较：{why.format(folder=new)}"
    assert said in result.output.splitlines(), result.output
    assert "删除的规格文件" not in result.output and result.output.splitlines()[-1].endswith("另有 1 个文件读不出，无法比较。")


def test_a_folder_named_like_a_spec_is_a_folder_as_validate_and_lint_take_it(runner, tmp_path):
    """`specs/hy.yaml/` is skipped by validate, lint and build, and its specs are found inside it; diff alone reported it
    as FILE-UNREADABLE (exit 2). Now its specs are compared as theirs, and its namesake on the other side, which no
    command finds on the new side, is removed."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / GZ, folder / GZ)
    shutil.copy(ROOT / "specs" / HY, old / HY)
    (new / HY).mkdir()
    assert runner.invoke(main, ["validate", str(new)]).output.splitlines()[-1].startswith("检查了 1 个文件")
    result = runner.invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 1 and "FILE-UNREADABLE" not in result.output, result.output
    assert result.output.splitlines()[-1] == "比较了 2 个规格，1 个有改动：删除的规格文件 1 个。", result.output
    shutil.copy(ROOT / "specs" / HY, new / HY / HY)
    report = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)
    assert report["unreadable"] == [] and {spec["status"] for spec in report["specs"]} == {"equal", "renamed"}, report


def test_a_spec_given_by_name_that_is_a_link_loop_is_said_as_one_not_as_missing(runner, tmp_path):
    """It was said not to exist, which the author, seeing its name in the folder, could not make sense of."""
    loop = tmp_path / "loop.yaml"
    try:
        loop.symlink_to(loop)
    except OSError:
        pytest.skip("no symbolic links here")
    result = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(loop)])
    assert result.exit_code == 2
    assert f"错误：{loop}：符号链接绕成了圈（链接到自己，或几个链接互相指向）；请检查这个链接" in result.output, result.output


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="a pipe named by /dev/fd/N is POSIX")
def test_a_pipe_given_by_name_is_read_as_validate_reads_it(runner):
    """`jixiao diff <(git show HEAD:specs/x.yaml) specs/x.yaml` names /dev/fd/63, a pipe: it was refused as 旧、新两边
    应同为文件, where `jixiao validate <(…)` read it. A spec is far smaller than a pipe's buffer: written before."""
    text = (ROOT / "specs" / GZ).read_bytes()
    read, write = os.pipe()
    try:
        os.write(write, text.replace(b"year: 2023", b"year: 2024"))
        os.close(write)
        result = runner.invoke(main, ["diff", f"/dev/fd/{read}", str(ROOT / "specs" / GZ)])
    finally:
        os.close(read)
    assert result.exit_code == 1 and "  修改  年度  2024 → 2023" in result.output.splitlines(), result.output


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_given_by_name_is_read_no_further_than_validate_reads_it(runner):
    """Read as a pipe is, /dev/zero has no end: said too big at load's cap, as `jixiao validate /dev/zero` says it."""
    result = runner.invoke(main, ["diff", "/dev/zero", str(ROOT / "specs" / GZ)])
    assert result.exit_code == 2 and "错误：/dev/zero：文件超过 16 MB，规格文件不会这么大" in result.output, result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_as_a_spec_given_by_name_is_said_unreadable_unopened(runner, tmp_path):
    """As validate says it (load's `unopenable`): opened, it would wait for a writer; it was said 应同为文件."""
    pipe = tmp_path / "x.yaml"
    os.mkfifo(pipe)
    result = runner.invoke(main, ["diff", str(pipe), str(ROOT / "specs" / GZ)])
    assert result.exit_code == 2
    assert f"错误：{pipe}：这不是普通文件（是命名管道、设备等），读不出规格" in result.output, result.output


def test_a_renamed_spec_file_is_a_rename_found_by_its_content(runner, tmp_path):
    """Told by content, not by git: the same data, or the same form, unit and year with other edits."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
    for name in (GZ, HY):
        shutil.copy(ROOT / "specs" / name, old / name)
    shutil.copy(ROOT / "specs" / GZ, new / "guangzhou.yaml")
    text = (ROOT / "specs" / HY).read_text(encoding="utf-8")
    (new / "hengyang.yaml").write_text(text.replace("2022年1月5日", "2022年1月6日"), encoding="utf-8")
    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    specs = {spec["renamed"]["from"]: spec for spec in json.loads(result.output)["specs"]}
    assert specs[GZ]["status"] == "renamed" and specs[GZ]["renamed"]["to"] == "guangzhou.yaml"
    assert specs[HY]["status"] == "changed" and specs[HY]["renamed"]["to"] == "hengyang.yaml"
    lines = text_lines(runner, str(old), str(new))
    assert f"  改名：{GZ} → guangzhou.yaml（内容没有改动）" in lines and f"  改名：{HY} → hengyang.yaml" in lines
    assert lines[-1] == "比较了 2 个规格，2 个有改动：修改 1 处，改名的规格文件 2 个。"


def test_two_year_folders_pair_files_by_year_said_once_not_as_renames(runner, tmp_path):
    """A reviewer comparing specs/2023 with specs/2024 (each unit's spec rolled over by new --from) read every file as
    renamed (…-2023 → …-2024): the pairing by year is said once in the summary; a file renamed otherwise still is."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    for name in (GZ, HY):
        shutil.copy(ROOT / "specs" / name, old / name)
    assert runner.invoke(main, ["new", "--from", str(old / GZ), "--year", "2024", "-o", str(new)]).exit_code == 0
    shutil.copy(ROOT / "specs" / HY, new / "hengyang.yaml")  # renamed, its year the same
    lines = text_lines(runner, str(old), str(new))
    assert not [line for line in lines if "改名：guangzhou" in line] and f"  改名：{HY} → hengyang.yaml（内容没有改动）" in lines
    assert lines[-1] == ("比较了 2 个规格（1 个按年度对照：2023 → 2024），1 个有改动：改名的规格文件 1 个；"
                         "另有 1 个只顺延了年度，未逐个列出。"), lines
    markdown = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    assert "改名：`guangzhou" not in markdown and f"改名：`{HY}` → `hengyang.yaml`（内容没有改动）。" in markdown
    assert "（1 个按年度对照：2023 → 2024）" in markdown
    specs = {spec["renamed"]["from"]: spec for spec in json.loads(
        runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)["specs"]}
    assert specs[GZ]["by_year"] == {"from": 2023, "to": 2024} and specs[GZ]["renamed"]["to"] == "guangzhou-tailian-2024.yaml"
    assert specs[HY]["by_year"] is None
    (old / HY).unlink()
    (new / "hengyang.yaml").unlink()
    assert text_lines(runner, str(old), str(new)) == ["比较了 1 个规格（按年度对照：2023 → 2024），1 个只顺延了年度，未逐个列出。"]


def test_year_folders_given_the_wrong_way_round_say_so_and_count_nothing_as_rolled_over(runner, tmp_path):
    """`jixiao diff 2024/ 2023/`: the files still pair by year, but a spec whose year alone moved back was counted as
    `1 个只顺延了年度` and left out, the opposite of what happened. Its year line is listed, and the summary says the
    old side is the later year."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    shutil.copy(ROOT / "specs" / GZ, old / GZ)
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2024\n")
    (new / "guangzhou-tailian-2024.yaml").write_text(text, encoding="utf-8")
    assert text_lines(runner, str(old), str(new)) == ["比较了 1 个规格（按年度对照：2023 → 2024），1 个只顺延了年度，未逐个列出。"]
    lines = text_lines(runner, str(new), str(old))
    assert "  修改  年度  2024 → 2023" in lines and not [line for line in lines if "顺延" in line], lines
    assert lines[-1] == "比较了 1 个规格（按年度对照：2024 → 2023，旧的一边年度在后），1 个有改动：修改 1 处。", lines
    markdown = runner.invoke(main, ["diff", str(new), str(old), "--format", "markdown"]).output
    assert "| 修改 | 年度 | 2024 | 2023 |" in markdown and "旧的一边年度在后" in markdown, markdown


def test_year_folders_given_the_wrong_way_round_list_each_year_moved_back_and_pair_same_names_by_year(runner, tmp_path):
    """`jixiao diff 2024/ 2023/`: a spec paired by year with other edits too had its `年度  2024 → 2023` left out, as a
    year moved on is, so the reviewer did not see that year went back; and a file of one name in both folders was not
    paired by year at all (by year only the forward way), counted apart from one named by its year."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    for name, kept in ((GZ, "guangzhou-tailian-2024.yaml"), (TJ, "tj.yaml")):
        shutil.copy(ROOT / "specs" / name, old / (name if kept != "tj.yaml" else kept))
        text = (ROOT / "specs" / name).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2024\n")
        (new / kept).write_text(text.replace("project: 78.56", "project: 80.56"), encoding="utf-8")
    lines = text_lines(runner, str(new), str(old))
    assert lines.count("  修改  年度  2024 → 2023") == 2, lines
    assert lines[-1].startswith("比较了 2 个规格（按年度对照：2024 → 2023，旧的一边年度在后）"), lines
    assert text_lines(runner, str(old), str(new))[-1].startswith("比较了 2 个规格（按年度对照：2023 → 2024）")


@pytest.mark.parametrize("was, now, rolled", [
    (None, None, True),
    ("unit: 广州市台湾同胞联谊会", "unit: 广州市台胞联谊会", False),
    ("  - name: 夯实工作基础，", "  - name: 2024年夯实工作基础，", False),
    ("  - name: 夯实工作基础，", "  - name: 进一步夯实工作基础，", False),
])
def test_a_spec_with_no_year_in_its_texts_is_only_rolled_over_when_nothing_but_its_year_changed(runner, tmp_path, was,
                                                                                             now, rolled):
    """`只顺延了年度` means nothing changed but years. The spec's texts write no year, so nothing of them is left out as
    moved on with the year: its year alone edited is rolled over; a field edited besides (its unit, a task's name, a
    year typed into a text that had none) is listed and not counted as rolled over."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert not re.search(r"20[0-9]{2}", text.replace("year: 2023\n", "")), "the spec's texts write a year"
    shutil.copy(ROOT / "specs" / GZ, old / GZ)
    text = text.replace("year: 2023\n", "year: 2024\n")
    if was:
        assert was in text, was
        text = text.replace(was, now)
    (new / "guangzhou-tailian-2024.yaml").write_text(text, encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert ("1 个只顺延了年度" in lines[-1]) == rolled and ("1 个有改动：" in lines[-1]) != rolled, lines
    assert not [line for line in lines if "年度  2023 → 2024" in line], lines


def test_two_year_folders_leave_out_each_pair_s_year_line_said_once_in_the_summary(runner, tmp_path):
    """`按年度对照：2023 → 2024` is said once, and each pair still listed `修改  年度  2023 → 2024` above its own edits
    (and counted it): left out of text and markdown, kept in json; a spec where it is all that changed is left out
    and counted (`另有 1 个只顺延了年度`)."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    old.mkdir()
    shutil.copy(ROOT / "specs" / GZ, old / GZ)
    assert runner.invoke(main, ["new", "--from", str(old / GZ), "--year", "2024", "-o", str(new)]).exit_code == 0
    rolled = new / "guangzhou-tailian-2024.yaml"
    rolled.write_text(rolled.read_text(encoding="utf-8").replace("amount: 1.50", "amount: 2.50"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert not [line for line in lines if "年度  2023 → 2024" in line], lines
    assert lines[-1].startswith("比较了 1 个规格（按年度对照：2023 → 2024），1 个有改动：修改 1 处，为金额变动"), lines
    markdown = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    assert "| 修改 | 年度 |" not in markdown and "| 修改 | 年度重点工作任务 › " in markdown, markdown
    assert [change["path"] for change in changes(runner, str(old), str(new))["changes"]] == ["year", "key_tasks[0].amount"]


@pytest.mark.parametrize("name, renamed", [("tianjin-qiaolian-2024.yaml", None), ("tj-new.yaml", "tj-new.yaml")])
def test_a_unit_renamed_between_two_year_folders_is_one_spec_not_one_removed_one_added(runner, tmp_path, name, renamed):
    """A unit renamed between 2023 and 2024 shared no data, unit or year with last year's spec, so it came out as a spec
    removed and another added, every field of both listed. A file named as last year's but for the year, or the sole
    one of its form left on each side, is that spec: its unit's new name is its change (and a file renamed otherwise
    is told as ever)."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    for spec in (TJ, GZ):
        shutil.copy(ROOT / "specs" / spec, old / spec)
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2024\n")
    (new / name).write_text(text.replace("unit: 天津市归国华侨联合会", "unit: 天津市侨联"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert "  修改  单位名称  “天津市归国华侨联合会” → “天津市侨联”" in lines, lines
    assert not [line for line in lines if "新增的规格文件" in line or line.startswith(f"{old / TJ}")], lines
    assert (f"  改名：{TJ} → {renamed}" in lines) == bool(renamed), lines
    report = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)
    tianjin = [spec for spec in report["specs"] if spec["status"] == "changed"]
    assert len(tianjin) == 1 and tianjin[0]["renamed"] == {"from": TJ, "to": name}, report["specs"]


@pytest.mark.parametrize("unit", ["天津市侨联", "天津市归国华侨联合会"])
def test_a_spec_paired_with_last_year_s_under_another_name_is_by_year_as_the_summary_says(runner, tmp_path, unit):
    """Two year folders, one spec named as last year's but for the year and one renamed otherwise (its unit renamed,
    the sole one of its form; or its unit kept): the summary said `1 个按年度对照：2023 → 2024` while the other still
    listed `修改  年度  2023 → 2024`. Both are by year now, said once; the other's rename is still said."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    for spec in (TJ, GZ):
        shutil.copy(ROOT / "specs" / spec, old / spec)
    assert runner.invoke(main, ["new", "--from", str(old / GZ), "--year", "2024", "-o", str(new)]).exit_code == 0
    rolled = new / "guangzhou-tailian-2024.yaml"
    rolled.write_text(rolled.read_text(encoding="utf-8").replace("amount: 1.50", "amount: 2.50"), encoding="utf-8")
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2024\n")
    text = text.replace('unit_code: "564301"', 'unit_code: "564302"')  # more than the year changed, as ever
    (new / "tj-new.yaml").write_text(text.replace("unit: 天津市归国华侨联合会", f"unit: {unit}"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert not [line for line in lines if "年度  2023 → 2024" in line], lines
    assert f"  改名：{TJ} → tj-new.yaml" in lines, lines
    assert lines[-1].startswith("比较了 2 个规格（按年度对照：2023 → 2024），"), lines
    assert "改名的规格文件 1 个" in lines[-1], lines
    report = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)
    tianjin = [spec for spec in report["specs"] if spec["renamed"]["to"] == "tj-new.yaml"][0]
    assert tianjin["by_year"] == {"from": 2023, "to": 2024} and tianjin["changes"][0]["path"] == "year", tianjin


@pytest.mark.parametrize("begun_from, one_spec", [("rolled", True), ("form", False)])
def test_the_sole_spec_of_a_form_in_two_year_folders_pairs_only_with_its_contents_alike(runner, tmp_path, begun_from,
                                                                                        one_spec):
    """Unit 甲 dropped from 2026 and unit 乙, new in 2027, begun from the blank form, each the sole spec of its form
    left: read as 甲 renamed 乙, which hid from the reviewer that 甲's spec was removed. The unit renamed, its spec
    rolled over by `new --from … --unit` (上年指标值 filled, every indicator row changed), is still one spec."""
    old, new = tmp_path / "2026", tmp_path / "2027"
    assert runner.invoke(main, ["new", "--from", str(ROOT / "specs" / ZJ), "--year", "2026", "--unit", "湛江市甲单位",
                                "-o", str(old)]).exit_code == 0
    made = ["--from", str(old / "湛江市甲单位-2026.yaml")] if begun_from == "rolled" else ["--form", "zhanjiang"]
    assert runner.invoke(main, ["new", *made, "--year", "2027", "--unit", "湛江市乙单位", "-o", str(new)]).exit_code in (0, 1)
    lines = text_lines(runner, str(old), str(new))
    assert ("  改名：湛江市甲单位-2026.yaml → 湛江市乙单位-2027.yaml" in lines) == one_spec, lines
    assert ("删除的规格文件 1 个" in lines[-1]) != one_spec, lines


def test_a_unit_renamed_with_its_rolled_spec_edited_throughout_still_pairs_across_year_folders(runner, tmp_path):
    """The spec rolled over by `new --from … --unit` and then edited as a year's work is: every indicator's 上年指标值
    filled, a line of each task rewritten, the other tasks filled in, the overall target reworded. Compared by equal
    list items only, its tasks and indicators counted as nothing alike, and the unit renamed read as one spec removed
    and another added."""
    old, new = tmp_path / "2026", tmp_path / "2027"
    assert runner.invoke(main, ["new", "--from", str(ROOT / "specs" / ZJ), "--year", "2026", "--unit", "湛江市甲单位",
                                "-o", str(old)]).exit_code == 0
    assert runner.invoke(main, ["new", "--from", str(old / "湛江市甲单位-2026.yaml"), "--year", "2027",
                                "--unit", "湛江市乙单位", "-o", str(new)]).exit_code == 0
    path = new / "湛江市乙单位-2027.yaml"
    text = path.read_text(encoding="utf-8")
    for was, now in (("1、举办侨联系统党建", "1、举办全市侨联系统党建"), ("4、聘用网站运行维护工作", "4、聘用网站运维工作"),
                     ('other_tasks: ""', "other_tasks: 完成市委市政府交办的其他涉侨工作，做好侨界群众来信来访接待。"),
                     ("新时代湛江侨联工作新篇章", "2027年湛江侨联工作新局面")):
        assert was in text, was
        text = text.replace(was, now)
    path.write_text(text, encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert "  改名：湛江市甲单位-2026.yaml → 湛江市乙单位-2027.yaml" in lines, lines
    assert not any("删除的规格文件" in line for line in lines), lines


def test_a_unit_renamed_with_half_its_indicators_and_its_tasks_rewritten_still_pairs_across_year_folders(runner,
                                                                                                      tmp_path):
    """A unit renamed and its work recast in next year's spec: both tasks and the overall target rewritten, half its
    indicators replaced by new ones; its budget, staff and the other indicators carried on. Its contents are about
    0.58 alike (`_contents_likeness`), between a new unit begun blank (0.35) and the lightly edited specs above: the
    threshold (`_ALIKE_CONTENTS`) could move from 0.5 to 0.7 with no test failing. It is one spec renamed, not one
    unit's spec removed and another's added."""
    from generator.diff_files import _contents_likeness
    old, new = tmp_path / "2026", tmp_path / "2027"
    assert runner.invoke(main, ["new", "--from", str(ROOT / "specs" / ZJ), "--year", "2026", "--unit", "湛江市甲单位",
                                "-o", str(old)]).exit_code == 0
    assert runner.invoke(main, ["new", "--from", str(old / "湛江市甲单位-2026.yaml"), "--year", "2027",
                                "--unit", "湛江市乙单位", "-o", str(new)]).exit_code == 0
    path = new / "湛江市乙单位-2027.yaml"
    tree = canonical_yaml().load(path.read_text(encoding="utf-8"))
    tree["overall_target"] = "围绕全市中心工作，做好归侨侨眷服务和海外联谊工作。"
    for n, task in enumerate(tree["key_tasks"]):
        task["name"], task["content"], task["goal"] = f"侨务服务项目{n + 1}", f"开展侨务服务工作{n + 1}项", f"服务归侨侨眷{n + 1}00人次"
    rows = tree["indicators"]
    for n, row in enumerate(rows[:len(rows) // 2]):
        row["name"], row["value"] = f"侨务服务事项{n + 1}", f"≥{n + 3}项"
        del row["prior_value"]
    path.write_text(dump(tree), encoding="utf-8")
    assert 0.5 < _contents_likeness(load(old / "湛江市甲单位-2026.yaml"), load(path)) < 0.7
    lines = text_lines(runner, str(old), str(new))
    assert "  改名：湛江市甲单位-2026.yaml → 湛江市乙单位-2027.yaml" in lines, lines
    assert "  修改  部门名称  “湛江市甲单位” → “湛江市乙单位”" in lines, lines
    assert not any("删除的规格文件" in line or "新增的规格文件" in line for line in lines), lines


def test_a_copy_of_a_spec_under_another_unit_is_not_told_as_that_unit_renamed(runner, tmp_path):
    """Unit 乙 copied 甲's spec and changed only the unit; next year 甲's is rolled over and a 丙 spec copied from it.
    甲's pairs with 甲's by its unit; 丙's, the sole one of the form left, read as 乙 renamed 丙 (`改名`, 部门名称
    乙 → 丙), which nothing in the files tells: it is as alike to 甲's. So 乙's is removed and 丙's added."""
    old, new = tmp_path / "2026", tmp_path / "2027"
    assert runner.invoke(main, ["new", "--from", str(ROOT / "specs" / ZJ), "--year", "2026", "--unit", "湛江市甲单位",
                                "-o", str(old)]).exit_code == 0
    assert runner.invoke(main, ["new", "--from", str(old / "湛江市甲单位-2026.yaml"), "--year", "2027",
                                "-o", str(new)]).exit_code == 0
    for folder, year in ((old, 2026), (new, 2027)):
        text = (folder / f"湛江市甲单位-{year}.yaml").read_text(encoding="utf-8")
        copied = "乙" if year == 2026 else "丙"
        (folder / f"湛江市{copied}单位-{year}.yaml").write_text(text.replace("湛江市甲单位", f"湛江市{copied}单位"),
                                                            encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert not [line for line in lines if "改名" in line or "“湛江市乙单位” → " in line], lines
    assert "（1 个按年度对照：2026 → 2027）" in lines[-1] and "；另有 1 个只顺延了年度，未逐个列出" in lines[-1], lines
    assert "新增的规格文件 1 个，删除的规格文件 1 个" in lines[-1], lines


def test_two_drafts_of_one_year_of_two_units_stay_two_specs(runner, tmp_path):
    """Two folders of one year's drafts, the sole spec of a form on each side of another unit: a unit dropped and one
    added, not one spec renamed (`_unit_renamed` pairs only a later year's)."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
    shutil.copy(ROOT / "specs" / TJ, old / TJ)
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    (new / "other.yaml").write_text(text.replace("unit: 天津市归国华侨联合会", "unit: 天津市侨联"), encoding="utf-8")
    assert text_lines(runner, str(old), str(new))[-1] == "比较了 2 个规格，2 个有改动：新增的规格文件 1 个，删除的规格文件 1 个。"


def test_trouble_exits_2(runner, tmp_path, broken):
    bad, _ = broken(GZ, "year: 2023", "year: [2023")
    result = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(bad)])
    assert result.exit_code == 2 and "错误[YAML-SYNTAX]" in result.output and "Traceback" not in result.output
    assert runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(tmp_path / "missing.yaml")]).exit_code == 2
    assert runner.invoke(main, ["diff", str(ROOT / "specs" / GZ)]).exit_code == 2


def test_a_key_in_a_spec_that_cannot_be_read_is_named_in_chinese(runner, broken):
    bad, _ = broken(GZ, "year: 2023", "year：2023")
    result = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(bad)])
    assert result.exit_code == 2 and f"{bad}:3:5: 错误[YAML-SYNTAX] YAML 语法错误：“year”（年度）后面是中文冒号" in result.output


def test_a_spec_that_cannot_be_read_is_named_in_every_report_not_hidden_as_no_change(runner, tmp_path, broken):
    bad, _ = broken(GZ, "year: 2023", "year: [2023")
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    for folder in (old_dir, new_dir):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / HY, folder / HY)
    shutil.copy(ROOT / "specs" / GZ, old_dir / GZ)
    shutil.copy(bad, new_dir / GZ)
    args = ["diff", str(old_dir), str(new_dir)]
    text = runner.invoke(main, args)
    assert text.exit_code == 2 and "比较了 1 个规格，没有改动；另有 1 个文件读不出，无法比较。" in text.output
    markdown = runner.invoke(main, [*args, "--format", "markdown"])
    assert "**无法比较的文件**" in markdown.output
    assert re.search(rf"- `{re.escape(str(new_dir / GZ))}:3:7` YAML 语法错误：方括号", markdown.output)
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert [p["code"] for p in report["unreadable"]] == ["YAML-SYNTAX"]


def test_a_spec_fixed_in_the_change_is_listed_as_fixed_its_old_fault_a_warning(runner, tmp_path, broken):
    """The old draft broken (a YAML slip), the new one fixed: the pull request fixing it was `无法比较`, exit 2, the fixed
    file left out of the report. It is listed alone, exit 1, the old draft's fault a warning where it is; the other
    way round, a draft broken by the change, is still an error, exit 2 (test_trouble_exits_2). It is labelled a fixed
    file in text, markdown and json (`was_broken`): 新增的规格文件 read as a file the pull request added."""
    bad, _ = broken(GZ, "year: 2023", "year: [2023")
    args = ["diff", str(bad), str(ROOT / "specs" / GZ)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert (f"{bad}:3:7: 警告[DIFF-WAS-BROKEN] 原稿有错误，没有比较（YAML-SYNTAX：YAML 语法错误：方括号 [ ] 或花括号 {{ }} 没有"
            f"闭合；如果这是文字内容，请给整个值加上双引号）；新稿 {ROOT / 'specs' / GZ} 已改正，列出其概况") in result.stderr
    assert result.stdout.splitlines()[-1] == "比较了 1 个规格，1 个有改动：改正后的规格文件 1 个（原稿有错误，无法比较）。"
    label = "改正后的规格文件（原稿有错误，无法比较，只列出新稿概况）："
    assert result.stdout.splitlines()[1].startswith(f"  {label}") and "新增" not in result.stdout, result.stdout
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert report["different"] and not report["unreadable"]
    assert [(s["status"], s["was_broken"]) for s in report["specs"]] == [("added", True)]
    assert [p["code"] for p in report["warnings"]] == ["DIFF-WAS-BROKEN"]
    markdown = runner.invoke(main, [*args, "--format", "markdown"]).stdout
    assert "**提醒**" in markdown and f"\n{label}" in markdown and "新增" not in markdown, markdown
    # a file the change did add is still 新增, and false in json
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "new" / GZ)
    added = json.loads(runner.invoke(main, ["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--format", "json"]).stdout)
    assert [(s["status"], s["was_broken"]) for s in added["specs"]] == [("added", False)], added
    told = "".join(runner.invoke(main, ["diff", "--help"]).output.split())  # the help's exit codes say it too
    assert "只有原稿读不出、新稿已改正的规格（合并请求改正了它）不算无法比较：列为改正后的规格文件" in told, told


def test_a_broken_spec_deleted_in_the_change_is_listed_as_removed_by_name(runner, tmp_path, broken):
    """The old draft broken (a YAML slip), the change deleting it: a pull request removing a broken file was `无法比较`,
    exit 2, as if it broke a spec. It is listed as removed by its name alone (nothing of it could be read), exit 1 as
    a removal is, the old fault a warning as a fixed spec's is; json says `was_broken` beside `status: removed`. Its
    markdown heading is its path, once: with no title to head it, `### x.yaml（`x.yaml`）` said the path twice."""
    bad, _ = broken(GZ, "year: 2023", "year: [2023")
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    for folder in (old_dir, new_dir):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / HY, folder / HY)
    shutil.copy(bad, old_dir / GZ)
    args = ["diff", str(old_dir), str(new_dir)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert (f"{old_dir / GZ}:3:7: 警告[DIFF-WAS-BROKEN] 原稿有错误，没有比较（YAML-SYNTAX：YAML 语法错误：方括号 [ ] 或花括号 "
            "{ } 没有闭合；如果这是文字内容，请给整个值加上双引号）；这个文件已删除，只列出文件名") in result.stderr, result.stderr
    assert result.stdout.splitlines() == [
        str(old_dir / GZ), "  删除的规格文件（原稿有错误，只列出文件名）",
        "比较了 2 个规格，1 个有改动：删除的规格文件 1 个（原稿有错误，只列出文件名）。"], result.stdout
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert report["different"] and not report["unreadable"], report
    assert [(s["status"], s["was_broken"]) for s in report["specs"]] == [("removed", True), ("equal", False)]
    assert [p["code"] for p in report["warnings"]] == ["DIFF-WAS-BROKEN"]
    markdown = runner.invoke(main, [*args, "--format", "markdown"]).stdout
    assert "**提醒**" in markdown and "\n删除的规格文件（原稿有错误，只列出文件名）。" in markdown, markdown
    assert f"\n### `{old_dir / GZ}`\n" in markdown, markdown  # headed by its path once: it has no title
    # beside a readable spec removed too, the summary says which of them
    (new_dir / HY).unlink()
    text = runner.invoke(main, args).stdout
    assert text.splitlines()[-1] == "比较了 2 个规格，2 个有改动：删除的规格文件 2 个（其中 1 个原稿有错误，只列出文件名）。", text
    told = "".join(runner.invoke(main, ["diff", "--help"]).output.split())
    assert "原稿读不出而已删除的同样不算：列为删除的规格文件，只列出文件名" in told, told


def test_a_file_that_was_no_spec_deleted_is_no_deleted_spec(runner, tmp_path, git_repo):
    """Another program's YAML, or a list, in specs/ was a DIFF-NOT-SPEC error while there; the change deleting it counted
    and headed it as 删除的规格文件（原稿有错误，只列出文件名）, exit 1, a spec the reviewer looked for that never was one.
    It is now a warning alone, no spec counted or listed, exit 0 where nothing else changed: two folders and --rev. The
    warning says it in one sentence: it quoted the DIFF-NOT-SPEC error, 不是规格 twice and 请给出两稿规格 of a file gone."""
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    for folder in (old_dir, new_dir):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / HY, folder / HY)
    (old_dir / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    result = runner.invoke(main, ["diff", str(old_dir), str(new_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["比较了 1 个规格，没有改动。"], result.stdout
    assert result.stderr.splitlines() == [
        f"{old_dir / 'docker-compose.yml'}: 警告[DIFF-WAS-BROKEN] 这个文件已删除；它不是规格（没有 form、unit、year 字段，也没有"
        "用中文写的字段名，像是别的程序的 YAML），不算删除的规格文件"], result.stderr

    folder, git = git_repo()
    (folder / "specs" / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "a list")
    git("rm", "-q", "specs/list.yaml")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert "### " not in result.stdout and "（原稿有错误，只列出文件名）" not in result.stdout, result.stdout
    assert "比较了 1 个规格，没有改动。" in result.stdout.splitlines(), result.stdout
    assert ("- `HEAD:specs/list.yaml` 这个文件已删除；它不是规格（内容是一段文字或一个列表，不是“键: 值”的字段），"
            "不算删除的规格文件") in result.stdout.splitlines(), result.stdout
    report = json.loads(runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "json"]).stdout)
    assert [s["status"] for s in report["specs"]] == ["equal"] and not report["unreadable"], report
    assert [p["code"] for p in report["warnings"]] == ["DIFF-WAS-BROKEN"], report

    # one made a spec since is a draft fixed, as one of any other old fault is: its fault is the old draft's
    (old_dir / HY).write_text("- a\n- b\n", encoding="utf-8")
    result = runner.invoke(main, ["diff", str(old_dir / HY), str(new_dir / HY)])
    assert f"{old_dir / HY}: 警告[DIFF-WAS-BROKEN] 原稿有错误，没有比较（DIFF-NOT-SPEC：" in result.stderr, result.stderr
    assert f"；新稿 {new_dir / HY} 已改正，列出其概况" in result.stderr, result.stderr


def test_rev_lists_a_broken_spec_deleted_since_as_removed(runner, git_repo):
    """`diff --rev BASE` of a pull request deleting a spec broken in BASE (git rm): removed, exit 1, not 2. A broken
    file git sees renamed is no deletion: its other name still decides (test_a_git_rename_breaking_the_spec_…)."""
    folder, git = git_repo()
    spec = folder / "specs" / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("year: 2023\n", "year: [2023\n"), encoding="utf-8")
    shutil.copy(ROOT / "specs" / HY, folder / "specs" / HY)
    git("add", ".")
    git("commit", "-q", "-m", "a slip")
    git("rm", "-q", f"specs/{GZ}")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "json"])
    assert result.exit_code == 1, result.output
    assert f"HEAD:specs/{GZ}:3:7: 警告[DIFF-WAS-BROKEN] " in result.stderr, result.stderr
    report = json.loads(result.stdout)
    assert [(s["file"], s["status"], s["was_broken"]) for s in report["specs"]] == [
        (f"specs/{GZ}", "removed", True), (f"specs/{HY}", "equal", False)], report


def test_a_fixed_spec_is_not_paired_by_content_with_another_file_removed(runner, tmp_path, broken):
    """a.yaml broken and b.yaml a readable copy of the same spec; the change fixes a.yaml and deletes b.yaml. The fixed
    file, its own old draft unreadable, stood on the new side alone and was paired by content with b.yaml: `改名：b.yaml
    → a.yaml`, b's removal unsaid, the warning's 列出其概况 of a file listed as a rename. a.yaml is its own old draft
    fixed, b.yaml removed. A broken old draft itself is never paired by content: nothing of it is read."""
    bad, _ = broken(GZ, "year: 2023", "year: [2023")
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    for folder in (old_dir, new_dir):
        folder.mkdir()
    shutil.copy(bad, old_dir / "a.yaml")
    shutil.copy(ROOT / "specs" / GZ, old_dir / "b.yaml")
    shutil.copy(ROOT / "specs" / GZ, new_dir / "a.yaml")
    args = ["diff", str(old_dir), str(new_dir)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and "改名" not in result.stdout, result.output
    assert result.stdout.splitlines()[-1] == (
        "比较了 2 个规格，2 个有改动：删除的规格文件 1 个，改正后的规格文件 1 个（原稿有错误，无法比较）。"), result.stdout
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert [(s["path"], s["status"], s["was_broken"], s["renamed"]) for s in report["specs"]] == [
        (str(new_dir / "a.yaml"), "added", True, None), (str(old_dir / "b.yaml"), "removed", False, None)], report
    # the other way: the broken a.yaml deleted, b.yaml kept, a copy c.yaml of it added: no rename read into a.yaml
    (new_dir / "a.yaml").unlink()
    shutil.copy(ROOT / "specs" / GZ, new_dir / "b.yaml")
    shutil.copy(ROOT / "specs" / GZ, new_dir / "c.yaml")
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert [(s["status"], s["was_broken"], s["renamed"]) for s in report["specs"]] == [
        ("removed", True, None), ("equal", False, None), ("added", False, None)], report


def test_rev_lists_a_spec_whose_base_revision_was_broken_as_added(runner, git_repo):
    """`diff --rev BASE` of a pull request fixing a spec broken in BASE shows the fixed file (exit 1, not 2)."""
    folder, git = git_repo()
    spec = folder / "specs" / GZ
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("year: 2023\n", "year: [2023\n"), encoding="utf-8")
    git("commit", "-q", "-am", "a slip")
    spec.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["diff", "--rev", "HEAD"])
    assert result.exit_code == 1, result.output
    assert f"HEAD:specs/{GZ}:3:7: 警告[DIFF-WAS-BROKEN] " in result.stderr, result.stderr
    assert f"specs/{GZ}  广州市台湾同胞联谊会 2023 年" in result.stdout.splitlines(), result.stdout


@pytest.fixture
def repo(git_repo):
    """A temporary git repository with the Guangzhou example committed under specs/."""
    return git_repo()


def test_rev_compares_the_working_tree_with_a_revision(runner, repo):
    folder, git = repo
    spec = folder / "specs" / GZ
    assert runner.invoke(main, ["diff", "--rev", "HEAD"]).exit_code == 0
    spec.write_text(spec.read_text(encoding="utf-8").replace("project: 78.56", "project: 80.56"), encoding="utf-8")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "json"])
    assert result.exit_code == 1, result.output
    [diff] = json.loads(result.output)["specs"]
    assert diff["path"] == f"specs/{GZ}" and diff["changes"][0]["delta"] == "2.00"
    git("commit", "-q", "-am", "second")
    assert runner.invoke(main, ["diff", "--rev"]).exit_code == 0  # --rev alone is HEAD
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "specs", "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.output)["specs"][0]["changes"][0]["new"] == "80.56"


def test_rev_below_the_project_root_reads_the_roots_specs_as_validate_does(runner, repo, monkeypatch):
    """In specs/ itself, `--rev` looked for specs/specs and said no spec was found there."""
    folder, _ = repo
    monkeypatch.chdir(folder / "specs")
    result = runner.invoke(main, ["diff", "--rev"])
    assert result.exit_code == 0 and f"读取当前文件夹（项目 {folder.resolve()} 的 specs/）" in result.stderr, result.output
    assert runner.invoke(main, ["diff", "--rev", "HEAD", "."]).exit_code == 0


def test_rev_reports_added_and_deleted_specs_and_bad_revisions(runner, repo):
    folder, _ = repo
    (folder / "specs" / GZ).unlink()
    shutil.copy(ROOT / "specs" / HY, folder / "specs" / HY)
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "json"])
    statuses = {spec["path"]: spec["status"] for spec in json.loads(result.output)["specs"]}
    assert statuses == {f"HEAD:specs/{GZ}": "removed", f"specs/{HY}": "added"}
    result = runner.invoke(main, ["diff", "--rev", "no-such-branch"])
    assert result.exit_code == 2 and "不是这个 git 仓库中的版本" in result.output


def test_rev_reports_a_git_mv_as_a_renamed_spec(runner, repo):
    _, git = repo
    git("mv", f"specs/{GZ}", "specs/guangzhou.yaml")
    result = runner.invoke(main, ["diff", "--rev", "--format", "markdown"])
    assert result.exit_code == 1, result.output
    assert f"改名：`specs/{GZ}` → `specs/guangzhou.yaml`（内容没有改动）。" in result.output.splitlines()
    assert "比较了 1 个规格，1 个有改动：改名的规格文件 1 个。" in result.output
    assert "新增的规格文件" not in result.output and "| 改\u2060动 |" not in result.output


def test_a_renamed_spec_only_reordered_says_so_once_in_markdown(runner, repo):
    """The rename's line said （只调整了顺序，生成的表不变） and the table of moves began with the same sentence again."""
    folder, git = repo
    git("mv", f"specs/{GZ}", "specs/gz.yaml")
    spec = folder / "specs" / "gz.yaml"
    tree = canonical_yaml().load(spec.read_text(encoding="utf-8"))
    tree["indicators"].insert(0, tree["indicators"].pop(indicator(tree, "补助发放及时率")))
    spec.write_text(dump(tree), encoding="utf-8")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "markdown"])
    assert result.exit_code == 1, result.output
    assert f"改名：`specs/{GZ}` → `specs/gz.yaml`（只调整了顺序，生成的表不变）。" in result.output.splitlines()
    assert result.output.count("只调整了顺序") == 1, result.output
    assert "| 顺序 | 绩效指标 › 产出指标 › 时效指标 › 补助发放及时率 | 规格中第 4 项 | 第 1 项 |" in result.output


def test_rev_and_changed_since_read_a_spec_named_in_bytes_not_utf8(runner, repo):
    """A file name git lists in bytes that are not UTF-8 (one saved under GBK) ended diff --rev and
    lint --changed-since as an internal error (UnicodeDecodeError): it is read as os.listdir names it."""
    folder, git = repo
    named = os.fsdecode(b"\xb9\xe3-2023.yaml")  # 广 in GBK
    try:
        (folder / "specs" / named).write_bytes((folder / "specs" / GZ).read_bytes())
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system takes no such name")
    git("add", ".")
    git("commit", "-q", "-m", "second")
    git("mv", f"specs/{GZ}", "specs/" + os.fsdecode(b"\xb9\xe3\xd6\xdd-2023.yaml"))
    spec = folder / "specs" / named
    spec.write_text(spec.read_text(encoding="utf-8").replace("project: 78.56", "project: 80.56"), encoding="utf-8")
    for rev in ("HEAD", "HEAD~1"):
        result = runner.invoke(main, ["diff", "--rev", rev, "--format", "json"])
        assert result.exit_code == 1, result.output
        result = runner.invoke(main, ["lint", "--changed-since", rev, "--format", "json"])
        assert result.exit_code in (0, 1), result.output
        assert json.loads(result.output)["files"] == 2


def test_rev_leaves_out_a_git_submodule_in_the_folder_and_refuses_a_path_in_one(runner, tmp_path_factory, repo):
    """specs/sub a git submodule: the superproject's revision records its commit, not its files, so `--rev HEAD`
    listed its specs as 新增 and `--rev A..B` read nothing, or `git show` failed in English. A path given in it is
    refused (exit 2) in words, with the command that compares them in the submodule at the commits the superproject
    recorded. A folder holding it (specs/, or `.`, which a unit's CI compares) compares every other spec: refused
    whole, the pull request got no comment; a warning says the submodule's specs were not compared, only when they
    may have changed (another commit checked out or recorded), so an untouched submodule is no noise."""
    folder, git = repo
    inner = tmp_path_factory.mktemp("inner")  # beside the repository: `.` holds only what is in it
    commit = spec_submodule(git, inner)
    spec = folder / "specs" / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("project: 78.56", "project: 80.56"), encoding="utf-8")
    for args in (["diff", "--rev", "HEAD"], ["diff", "--rev", "HEAD", "."]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1 and f"specs/{GZ}" in result.stdout, result.output
        assert "新增" not in result.output and "DIFF-SUBMODULE" not in result.stderr, result.output
    git("-C", str(folder / "specs" / "sub"), "commit", "-q", "--allow-empty", "-m", "inner edit")
    said = ("specs/sub: 警告[DIFF-SUBMODULE] 这是 git 子模块，其中的规格没有比较（其余的规格照常比较）：父仓库的版本只记下"
            "子模块的提交，不记其中的文件；请到子模块中比较（版本 HEAD 中记下的子模块提交），分两行输入：先 cd specs/sub，"
            f"再 jixiao diff --rev {commit} .\n")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "json"])
    assert result.exit_code == 1 and said in result.stderr, result.output
    report = json.loads(result.stdout)
    assert [s["file"] for s in report["specs"]] == [f"specs/{GZ}"] and not report["unreadable"], report
    assert [(p["file"], p["code"]) for p in report["warnings"]] == [("specs/sub", "DIFF-SUBMODULE")], report
    markdown = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "markdown"]).stdout
    assert "\n- `specs/sub` 这是 git 子模块，其中的规格没有比较" in markdown, markdown  # not `specs/sub:0:0`
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD"])
    assert result.exit_code == 0 and "版本 HEAD~1 中没有这个子模块，其中的规格无从比较" in result.stderr, result.output
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "specs/sub"])
    assert result.exit_code == 2 and (f"specs/sub 是 git 子模块：父仓库的版本只记下子模块的提交，不记其中的文件，无法在这里比较"
                                      f"子模块中的规格；请到子模块中比较（版本 HEAD 中记下的子模块提交），分两行输入：先 cd specs/sub，再 jixiao diff "
                                      f"--rev {commit} .\n") in result.stderr
    result = runner.invoke(main, ["diff", "--rev", "HEAD", f"specs/sub/{HY}"])
    assert result.exit_code == 2 and f"specs/sub/{HY} 在 git 子模块 specs/sub 里" in result.stderr, result.output
    assert f"先 cd specs/sub，再 jixiao diff --rev {commit} {HY}\n" in result.stderr, result.stderr
    # one in a hidden folder (a tool's checkout) holds no spec `.` reads, changed or not: no warning
    git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(inner), ".tools/jx")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "."])
    assert result.exit_code == 1 and ".tools" not in result.stderr and "specs/sub: 警告" in result.stderr, result.output
    # a folder holding nothing but the submodule: not `没有找到规格文件，请检查路径`
    git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(inner), "units/sub")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "units"])
    assert result.exit_code == 2 and ("units 中的规格都在 git 子模块 units/sub 里：父仓库的版本只记下子模块的提交，不记其中的文件，"
                                      "无法在这里比较子模块中的规格；版本 HEAD 中没有这个子模块") in result.stderr, result.output


def test_rev_between_two_revisions_tells_the_submodule_commits_each_recorded(runner, tmp_path_factory, repo):
    """`--rev A..B` where the superproject recorded another submodule commit in B: the command told to compare the
    submodule's specs in it is `--rev` of the two commits A and B recorded, named as both revisions' (with the first
    alone, it compared the first with the submodule's working tree, not with what B recorded)."""
    folder, git = repo
    first = spec_submodule(git, tmp_path_factory.mktemp("inner"))
    sub = str(folder / "specs" / "sub")
    git("-C", sub, "commit", "-q", "--allow-empty", "-m", "inner edit")
    second = git("-C", sub, "rev-parse", "HEAD").strip()[:12]
    git("commit", "-q", "-am", "submodule moved on")
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD"])
    assert result.exit_code == 0, result.output
    assert ("请到子模块中比较（版本 HEAD~1、版本 HEAD 中记下的子模块提交），分两行输入：先 cd specs/sub，"
            f"再 jixiao diff --rev {first}..{second} .\n") in result.stderr, result.stderr


def test_rev_reads_next_years_spec_renamed_from_this_years_as_its_changes(runner, repo):
    """The yearly roll-over (git mv …-2023 …-2024, then edit year and amounts) was a whole file removed and one added."""
    folder, git = repo
    git("mv", f"specs/{GZ}", "specs/guangzhou-tailian-2024.yaml")
    spec = folder / "specs" / "guangzhou-tailian-2024.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("year: 2023", "year: 2024"), encoding="utf-8")
    result = runner.invoke(main, ["diff", "--rev", "--format", "json"])
    [diff] = json.loads(result.output)["specs"]
    # a git mv took last year's file out of the repository: a rename, not two year folders compared (`by_year`)
    assert diff["renamed"] == {"from": f"specs/{GZ}", "to": "specs/guangzhou-tailian-2024.yaml"} and diff["by_year"] is None
    # 年度 2023 → 2024 is the spec's own change, listed; no text held the year
    assert [(c["path"], c["old"], c["new"]) for c in diff["changes"]] == [("year", 2023, 2024)] and diff["years_moved"] == 0


def test_rev_reads_a_git_mv_into_next_years_folder_under_a_new_unit_name_as_one_spec(runner, repo):
    """git mv of this year's spec into next year's folder under the unit's new name, then unit and year edited: git
    sees the rename, but the files' contents did not pair them (another unit, another year), so one spec removed and
    one added, every field of both listed, hid the few changes the reviewer asked for."""
    folder, git = repo
    (folder / "specs" / "2024").mkdir()
    git("mv", f"specs/{GZ}", "specs/2024/gz-taiwan-2024.yaml")
    spec = folder / "specs" / "2024" / "gz-taiwan-2024.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("year: 2023", "year: 2024")
                    .replace("unit: 广州市台湾同胞联谊会", "unit: 广州市台胞联谊会"), encoding="utf-8")
    git("commit", "-q", "-am", "next year")
    for rev in ("HEAD~1..HEAD", "HEAD~1"):
        result = runner.invoke(main, ["diff", "--rev", rev, "specs", "--format", "json"])
        assert result.exit_code == 1, result.output
        [diff] = json.loads(result.output)["specs"]
        assert diff["renamed"] == {"from": f"specs/{GZ}", "to": "specs/2024/gz-taiwan-2024.yaml"}, result.output
        assert {(c["path"], c["old"], c["new"]) for c in diff["changes"]} >= {
            ("unit", "广州市台湾同胞联谊会", "广州市台胞联谊会"), ("year", 2023, 2024)}
    text = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "specs"]).output
    assert "  修改  部门名称  “广州市台湾同胞联谊会” → “广州市台胞联谊会”" in text.splitlines(), text
    assert "新增的规格文件" not in text and "删除的规格文件" not in text


def _renamed_in_git(repo, broken_side: str) -> None:
    """git mv specs/GZ specs/gz.yaml, committed, with a YAML slip fixed in the move (`broken_side` old) or made in it."""
    folder, git = repo
    spec = folder / "specs" / GZ
    slip = ("year: 2023\n", "year: [2023\n")
    if broken_side == "old":
        spec.write_text(spec.read_text(encoding="utf-8").replace(*slip), encoding="utf-8")
        git("commit", "-q", "-am", "a slip")
    git("mv", f"specs/{GZ}", "specs/gz.yaml")
    moved = folder / "specs" / "gz.yaml"
    text = moved.read_text(encoding="utf-8")
    moved.write_text(text.replace(*slip) if broken_side == "new" else text.replace(*reversed(slip)), encoding="utf-8")
    git("commit", "-q", "-am", "renamed")
    assert "R" in git("diff", "--name-status", "-M", "HEAD~1..HEAD")


def test_a_git_rename_breaking_the_spec_compares_neither_as_one_file_would(runner, repo):
    """git mv a.yaml b.yaml with a YAML slip made in the move: a file under one name is then compared on neither side;
    renamed, the readable old one was shown as a spec removed (every amount of it listed), hiding that it was renamed."""
    _renamed_in_git(repo, "new")
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD"])
    assert result.exit_code == 2, result.output
    assert "YAML-SYNTAX" in result.output and "新增的规格文件" not in result.output, result.output
    assert "删除的规格文件" not in result.output, result.output
    assert result.output.splitlines()[-1] == "没有比较任何规格（版本 HEAD~1 → HEAD）；另有 1 个文件读不出，无法比较。", result.output
    # the error names the readable side too, which the report would otherwise leave out without a word
    told = f"这个文件在 git 中由 HEAD~1:specs/{GZ} 改名而来，改名前的文件也没有比较"
    assert told in result.stderr, result.stderr
    [unread] = json.loads(runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "--format", "json"]).stdout)["unreadable"]
    assert unread["code"] == "YAML-SYNTAX" and unread["message"].endswith(told), unread


def test_a_git_rename_fixing_the_spec_lists_it_as_fixed_under_its_new_name(runner, repo):
    """git mv a.yaml b.yaml with a YAML slip fixed in the move: b is listed as fixed, the old draft's slip a warning
    naming b, exit 1, as a spec fixed under its own name is (before, an error naming neither compared, exit 2; and
    before that an internal error: git's pair named a spec not loaded)."""
    _renamed_in_git(repo, "old")
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD"])
    assert result.exit_code == 1, result.output
    assert f"HEAD~1:specs/{GZ}:3:7: 警告[DIFF-WAS-BROKEN] " in result.stderr, result.stderr
    assert "新稿 HEAD:specs/gz.yaml 已改正，列出其概况" in result.stderr, result.stderr
    assert "改名后的文件也没有比较" not in result.stderr and "  改正后的规格文件（" in result.stdout, result.output


def test_a_git_rename_fixing_the_spec_lists_it_once_not_its_old_name_as_deleted_too(runner, repo):
    """The broken old name git sees renamed to the fixed one is that file renamed, not a spec the change deleted: with
    `_deleted` taking it too, the report listed the old name as 删除的规格文件 beside the fixed new one, counted 2 specs
    compared and 2 changed, and said the old draft's fault twice, once as 已删除."""
    _renamed_in_git(repo, "old")
    args = ["diff", "--rev", "HEAD~1..HEAD"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.count("DIFF-WAS-BROKEN") == 1 and "已删除" not in result.stderr, result.stderr
    assert "删除的规格文件" not in result.stdout, result.stdout
    assert result.stdout.splitlines()[-1] == ("比较了 1 个规格（版本 HEAD~1 → HEAD），1 个有改动："
                                              "改正后的规格文件 1 个（原稿有错误，无法比较）。"), result.stdout
    report = json.loads(runner.invoke(main, [*args, "--format", "json"]).stdout)
    assert [(s["file"], s["status"], s["was_broken"]) for s in report["specs"]] == [("specs/gz.yaml", "added", True)], report
    assert [p["code"] for p in report["warnings"]] == ["DIFF-WAS-BROKEN"], report


def test_a_git_rename_with_both_sides_unreadable_tells_each_error_alone(runner, repo):
    """Both names of a file git sees renamed unreadable: each is said by its own error, so neither is told that the
    other name went uncompared as though that one could be read (`_renames_told` is of one readable side)."""
    folder, git = repo
    spec = folder / "specs" / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("year: 2023\n", "year: [2023\n"), encoding="utf-8")
    git("commit", "-q", "-am", "a slip")
    git("mv", f"specs/{GZ}", "specs/gz.yaml")
    git("commit", "-q", "-m", "renamed")
    assert "R" in git("diff", "--name-status", "-M", "HEAD~1..HEAD")
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD"])
    assert result.exit_code == 2 and result.stderr.count("YAML-SYNTAX") == 2, result.output
    assert "改名" not in result.stderr, result.stderr


def test_rev_keeps_git_s_rename_where_the_contents_would_pair_the_file_with_another(runner, repo):
    """git pairs a.yaml → b.yaml (b is a's text with one amount edited), while c.yaml holds a's very data under comment lines
    (content alone pairs a with c, `_renamed_files`' same data). The pull request shows git's rename, so diff does:
    b renamed with its amount edited, c a spec added; pairing a with c instead put a rename beside the one git shows."""
    folder, git = repo
    specs = folder / "specs"
    text = (specs / GZ).read_text(encoding="utf-8")
    git("mv", f"specs/{GZ}", "specs/b.yaml")
    assert "project: 78.56" in text
    (specs / "b.yaml").write_text(text.replace("project: 78.56", "project: 80.56"), encoding="utf-8")
    (specs / "c.yaml").write_text("# 由 a.yaml 复制\n" * 400 + text, encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "renamed and copied")
    assert "R" in git("diff", "--name-status", "-M", "HEAD~1..HEAD", "--", f"specs/{GZ}", "specs/b.yaml")
    assert load(specs / "c.yaml").data == load(ROOT / "specs" / GZ).data
    report = json.loads(runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "--format", "json"]).output)
    specs_by_path = {spec["path"]: spec for spec in report["specs"]}
    assert specs_by_path["HEAD:specs/b.yaml"]["renamed"] == {"from": f"specs/{GZ}", "to": "specs/b.yaml"}, report["specs"]
    assert [c["path"] for c in specs_by_path["HEAD:specs/b.yaml"]["changes"]] == ["budget.project"], report["specs"]
    assert specs_by_path["HEAD:specs/c.yaml"]["status"] == "added" and len(report["specs"]) == 2, report["specs"]


def _deepest_bracket(text: str) -> int:
    """How deep （） nest in a text: a summary reads at one level."""
    depth = deepest = 0
    for char in text:
        depth += {"（": 1, "）": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


def test_rev_compares_next_years_spec_added_beside_this_years_with_it(runner, repo):
    """A pull request adding next year's spec (new --from, then a target lowered) showed only 新增的规格文件 and its
    totals: the lowered target, which `diff 2023.yaml 2024.yaml` showed, was invisible in the review comment. The two
    years are said in the section's heading, once, not as its first change (`修改 | 年度 | 2023 | 2024`, counted)."""
    folder, git = repo
    assert runner.invoke(main, ["new", "--from", f"specs/{GZ}", "--year", "2024"]).exit_code == 0
    git("add", ".")
    git("commit", "-q", "-m", "2024")
    spec = folder / "specs" / "guangzhou-tailian-2024.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count('annual_value: "98%以上"') == 1
    spec.write_text(text.replace('annual_value: "98%以上"', 'annual_value: "95%以上"'), encoding="utf-8")
    git("commit", "-q", "-am", "lower a target")
    markdown = runner.invoke(main, ["diff", "--rev", "HEAD~2..HEAD", "--format", "markdown"]).output.splitlines()
    assert "新增的规格文件：年度重点工作任务 5 项，绩效指标 8 项。" in markdown
    at = markdown.index(f"**与上年 `specs/{GZ}` 相比（年度 2023 → 2024）**")
    assert markdown[at + 4:] == [
        "| 修改 | 绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值 | 98%以上 | 95%以上（<b>目标降低</b>） |"]
    # `与上年相比（修改 2 处（其中目标降低 1 处））` left the reader matching brackets: the group follows a ；and a ：
    assert markdown[3].endswith("新增的规格文件 1 个；与上年相比：修改 1 处（其中目标降低 1 处）。"), markdown[3]
    lines = text_lines(runner, "--rev", "HEAD~2..HEAD")
    # the same line, the revision escaped in markdown (test_markdown_summary_shows_revision_names_as_typed)
    assert lines[-1] == markdown[3].replace("\\~", "~") and _deepest_bracket(lines[-1]) == 1, lines[-1]
    at = lines.index(f"  与上年 specs/{GZ} 相比（年度 2023 → 2024）：")
    assert lines[at + 1:at + 3] == [
        "  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “95%以上”（目标降低）",
        lines[-1]]
    [added] = [s for s in json.loads(runner.invoke(main, ["diff", "--rev", "HEAD~2..HEAD", "--format", "json"]).output)["specs"]
               if s["status"] == "added"]
    assert added["last_year"]["file"] == f"specs/{GZ}" and len(added["last_year"]["changes"]) == 2  # json keeps 年度
    assert added["last_year"]["by_year"] == {"from": 2023, "to": 2024}
    one = text_lines(runner, "--rev", "HEAD~2..HEAD", "specs/guangzhou-tailian-2024.yaml")  # the new file alone
    assert f"  与上年 specs/{GZ} 相比（年度 2023 → 2024）：" in one, one
    git("reset", "-q", "--hard", "HEAD~1")  # next year's spec as new --from wrote it: nothing of its own to list
    lines = text_lines(runner, "--rev", "HEAD~1..HEAD")
    assert lines[-2:] == [f"  与上年 specs/{GZ} 相比，只顺延了年度（年度 2023 → 2024）",
                          "比较了 2 个规格（版本 HEAD~1 → HEAD），1 个有改动：新增的规格文件 1 个；与上年相比：只顺延了年度。"], lines
    markdown = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "--format", "markdown"]).output.splitlines()
    assert markdown[-1] == f"**与上年 `specs/{GZ}` 相比，只顺延了年度（年度 2023 → 2024）**", markdown


def test_last_years_changes_are_counted_apart_and_without_the_year_moved_on(runner, tmp_path):
    """The summary said `与上年相比修改 1 处，新增 1 处`, read as the whole comparison's counts, and every 与上年
    section counted a task renamed only by its year (制定《2023年度…》 → 《2024年度…》). `年度 2023 → 2024` is said in the
    section's heading, not as its first change counted in `修改 N 处`. Among two specs, the summary says which one's
    years moved on."""
    old, new = tmp_path / "old", tmp_path / "new"
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("- name: 全面从严治党，做好党建工作。") == 1 and text.count('annual_value: "98%以上"') == 1
    text = text.replace("- name: 全面从严治党，做好党建工作。", "- name: 制定《2023年度党建工作计划》")
    for folder in (old, new):
        folder.mkdir()
        (folder / GZ).write_text(text, encoding="utf-8")
    (new / "guangzhou-tailian-2024.yaml").write_text(
        text.replace("year: 2023", "year: 2024").replace("2023年度党建", "2024年度党建")
        .replace('annual_value: "98%以上"', 'annual_value: "95%以上"')
        .replace("- name: 加强穗台交流交往，积极开展穗台民间交流活动。", "- name: 加强穗台交流交往。"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    since = lines[lines.index(f"  与上年 {(old / GZ).as_posix()} 相比（年度 2023 → 2024，另有 1 处只是年份顺延，未列出）："):]
    assert since[1].startswith("  改名  年度重点工作任务") and not any("年度  2023" in line or "2024年度党建" in line for line in since)
    assert lines[-1] == ("比较了 2 个规格，1 个有改动：新增的规格文件 1 个；与上年相比：修改 1 处（其中目标降低 1 处）、改名 1 处"
                         f"；另有 1 处只是年份顺延，未列出（{(new / 'guangzhou-tailian-2024.yaml').as_posix()}）。")


def test_an_added_spec_is_compared_with_last_years_only_when_there_is_exactly_one(runner, tmp_path):
    """Two specs of the form and unit for the year before: which one the new year came from is not known."""
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / GZ, folder / GZ)
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    (new / "guangzhou-tailian-2024.yaml").write_text(text.replace("year: 2023", "year: 2024"), encoding="utf-8")
    (new / "guangzhou-tailian-2022.yaml").write_text(text.replace("year: 2023", "year: 2022"), encoding="utf-8")
    specs = {s["file"]: s for s in json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)["specs"]}
    assert specs[(new / "guangzhou-tailian-2024.yaml").as_posix()]["last_year"]["path"] == (old / GZ).as_posix()
    assert specs[(new / "guangzhou-tailian-2022.yaml").as_posix()]["last_year"] is None  # no 2021 spec
    for folder in (old, new):  # a second 2023 spec of the unit on both sides (a draft kept beside it)
        (folder / "draft.yaml").write_text(text.replace("联谊交流活动", "联谊交流和座谈活动"), encoding="utf-8")
    specs = {s["file"]: s for s in json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)["specs"]}
    assert specs[(new / "guangzhou-tailian-2024.yaml").as_posix()]["last_year"] is None


def test_rev_with_three_dots_shows_only_what_the_branch_changed(runner, repo):
    """`main...feature` as a pull request shows it; the base branch's own later changes are not the branch's."""
    folder, git = repo
    spec = folder / "specs" / GZ
    base = git("rev-parse", "--abbrev-ref", "HEAD").strip()
    git("checkout", "-q", "-b", "feature")
    spec.write_text(spec.read_text(encoding="utf-8").replace("project: 78.56", "project: 80.56"), encoding="utf-8")
    git("commit", "-q", "-am", "feature")
    git("checkout", "-q", base)
    spec.write_text(spec.read_text(encoding="utf-8").replace("amount: 22.15", "amount: 24.15"), encoding="utf-8")
    git("commit", "-q", "-am", "base moves on")
    result = runner.invoke(main, ["diff", "--rev", f"{base}...feature", "--format", "json"])
    [diff] = json.loads(result.output)["specs"]
    assert [(c["old"], c["new"]) for c in diff["changes"]] == [("78.56", "80.56")]
    summary = runner.invoke(main, ["diff", "--rev", f"{base}...feature"]).output.splitlines()[-1]
    assert summary.startswith(f"比较了 1 个规格（feature 从 {base} 分出以来的改动），1 个有改动"), summary
    result = runner.invoke(main, ["diff", "--rev", "no-such...feature"])
    assert result.exit_code == 2 and "“no-such”不是这个 git 仓库中的版本" in result.output


def test_rev_outside_a_repository_says_so(runner, tmp_path, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # git must not find a repository above
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["diff", "--rev"])
    assert result.exit_code == 2 and "当前文件夹不在 git 仓库中" in result.output, result.output
    assert "jixiao diff 旧 新" in result.output and "不是这个 git 仓库中的版本" not in result.output


def test_rev_in_a_repository_without_commits_says_to_commit_first(runner, tmp_path, monkeypatch):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True, capture_output=True)
    for rev in ("HEAD", "main..HEAD"):
        result = runner.invoke(main, ["diff", "--rev", rev])
        assert result.exit_code == 2 and "这个 git 仓库还没有任何提交" in result.output, result.output


def test_rev_without_git_installed_is_a_missing_program(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["diff", "--rev"])
    assert result.exit_code == 3 and "没有找到 git 命令；请先安装 git" in result.output, result.output
    assert "Traceback" not in result.output


def test_the_readme_shows_real_markdown_output(runner, repo):
    """The review-workflow example in the README is what jixiao prints for the edit it describes, its column title's
    joiner written `&#8288;` (as the README says): the character itself made GitHub flag the README as holding hidden
    Unicode."""
    folder, _ = repo
    spec = folder / "specs" / GZ
    text = spec.read_text(encoding="utf-8")
    for old, new in (("  project: 78.56", "  project: 80.56"), ("  fiscal: 689.41", "  fiscal: 691.41"),
                     ("  own_level: 689.41", "  own_level: 691.41"), ("  amount: 22.15", "  amount: 24.15"),
                     ('  annual_value: "90%以上"', '  annual_value: "95%以上"'), ("  name: 满意度\n", "  name: 台胞满意度\n"),
                     ("- level1: 效益指标\n    level2: 社会效益指标\n    name: 保障办公楼日常后勤服务",
                      '- level1: 产出指标\n    level2: 质量指标\n    name: 慰问对象覆盖率\n    period_value: "≥95%"\n'
                      '    annual_value: "≥95%"\n  - level1: 效益指标\n    level2: 社会效益指标\n    name: 保障办公楼日常后勤服务')):
        assert old in text
        text = text.replace(old, new)
    spec.write_text(text, encoding="utf-8")
    command = ["diff", "--rev", "HEAD", "--format", "markdown", f"specs/{GZ}"]  # the one path: "比较了 1 个规格"
    result = runner.invoke(main, command)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert result.exit_code == 1
    shown = result.output.replace("\u2060", "&#8288;")
    assert f"`jixiao {' '.join(command)}`" in readme and f"```markdown\n{shown}```\n" in readme


@pytest.fixture(scope="module")
def comparer():
    return SpecComparer()


@FUZZ
@given(text=mutated_specs())
def test_diff_never_crashes_on_odd_specs_and_finds_nothing_between_a_spec_and_itself(comparer, text):
    mutated = load_text("new.yaml", text)
    assume(mutated.data is not None)
    form = mutated.data.get("form")
    original = next((s for s in SPECS if load(s).data["form"] == form), SPECS[0])
    diff = comparer.compare(load(original), mutated)
    assert diff.status in ("equal", "changed") and all(c.kind in KINDS and c.where for c in diff.changes)
    assert comparer.compare(mutated, load_text("again.yaml", text)).status == "equal"


@pytest.mark.parametrize("level", ["  - level1: ", "    level2: "])
def test_a_level_typed_as_a_list_or_a_mapping_is_compared_without_a_crash(comparer, level):
    """The fuzz test above found it: a row's `level1: []` (a level typed as a list) stopped diff with a TypeError
    (the groups of rows are set members), where diff compares what validate would refuse. The row is under no group,
    as a row without the level is, and its edit is one change."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    for odd in ("[]", "{a: 1}"):
        edited = text.replace(level, f"{level}{odd}\n    _was: ", 1)
        diff = comparer.compare(load(ROOT / "specs" / GZ), load_text("new.yaml", edited))
        assert diff.status == "changed" and not diff.groups, diff.groups
        assert comparer.compare(load_text("new.yaml", edited), load_text("again.yaml", edited)).status == "equal"


def two_drafts(tmp_path, edits: list[tuple[str, str, str]], spec: str = GZ) -> tuple[str, str]:
    """(old path, new path): the example (the Guangzhou one unless `spec` names another) with each line `line`
    written as `old` in one draft and `new` in the other."""
    texts = [(ROOT / "specs" / spec).read_text(encoding="utf-8")] * 2
    for line, *drafts in edits:
        assert texts[0].count(line) == 1, line
        key = line.split('"', 1)[0]  # `annual_value: `
        texts = [text.replace(line, f'{key}"{draft}"') for text, draft in zip(texts, drafts)]
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, text in zip(paths, texts):
        path.write_text(text, encoding="utf-8")
    return str(paths[0]), str(paths[1])


def test_a_lowered_target_a_higher_cost_cap_and_a_later_deadline_are_marked(runner, tmp_path):
    """A reviewer saw `“≥98%” → “≥95%”` as one more 修改 among many: the edits that ask less of the unit
    are now marked as such, in every format and in the summary."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "100%"', "≥98%", "≥95%"),
        ('period_value: "≥98%"', "≥95％", "≥90％"),
        ('annual_value: "开展台胞活动5次以上"', "开展台胞活动5次以上", "开展台胞活动3次以上"),
        ('period_value: "开展台胞活动5次以上"', "≥5次", "≥3次"),
        ('annual_value: "机关运作通畅，日常事故故障发生数2次以下"', "≤11.9万元", "≤16.9万元"),
        ('period_value: "机关运作通畅，日常事故故障发生数2次以下"', "差错率≤1%", "差错率≤2%"),
        ('annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"', "6月底前", "10月底前"),
    ])
    marked = {c["path"]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"indicators[0].annual_value": "目标降低", "indicators[3].period_value": "目标降低",
                      "indicators[1].annual_value": "目标降低", "indicators[1].period_value": "目标降低",
                      "indicators[5].annual_value": "成本上限提高", "indicators[5].period_value": "目标放宽",
                      "indicators[6].annual_value": "时限推后"}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 档案整理完成率：年度指标值  “≥98%” → “≥95%”（目标降低）" in lines
    assert lines[-1] == ("比较了 1 个规格，1 个有改动：修改 7 处（其中降低要求 7 处）。")
    markdown = runner.invoke(main, ["diff", old, new, "--format", "markdown"]).output
    assert "| 修改 | 绩效指标 › 效益指标 › 社会效益指标 › 保障办公楼日常后勤服务：年度指标值 | ≤11.9万元 | ≤16.9万元（<b>成本上限提高</b>） |" \
        in markdown.splitlines()


def test_a_cost_cap_raised_with_a_bare_wan_is_a_higher_cost_cap(runner, tmp_path):
    """`≤35万元` → `≤40万` was a plain 修改 while `≤35万元` → `≤40万元` was 成本上限提高: a 万 without its 元 is how an
    amount is said aloud, and under 成本 (or beside an amount) it is money. A 万 that opens another unit is not."""
    fee, other = 'value: "≤35万元"', 'value: "≤27万元"'
    old, new = two_drafts(tmp_path, [(fee, "≤35万元", "≤40万"), (other, "≤27万", "30万以内")], TJ)
    marked = {c["path"]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"projects[2].indicators[6].value": "成本上限提高", "projects[2].indicators[7].value": "成本上限提高"}
    lines = text_lines(runner, old, new)
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 2 处（其中成本上限提高 2 处）。", lines
    assert any(line.endswith("活动举办费用：指标值  “≤35万元” → “≤40万”（成本上限提高）") for line in lines), lines
    old, new = two_drafts(tmp_path, [(fee, "≤3万人次", "≤4万人次"), (other, "≤2万平方米", "≤3万平方米")], TJ)
    # caps raised all the same, but of people and area: no money
    assert [c.get("weakened") for c in changes(runner, old, new)["changes"]] == ["目标放宽", "目标放宽"]


@pytest.mark.parametrize("before, after, marked", [
    ("3万人", "300人", "目标降低"), ("300人", "3万人", "目标提高"), ("3万人", "2万人", "目标降低"),
    ("3千余人", "5000人", "目标提高"), ("近万人", "5000人", "目标降低"), ("≥5千人次", "≥300人次", "目标降低"),
    ("3万人", "3万人次", None),  # people and visits: two measures, no comparison
    ("1千万人次", "800万人次", "目标降低"), ("≥1千万人次", "≥1200万人次", "目标提高"),  # 千 of 万人次: 1000万人次
    ("≥1千万人次", "≥1000万人次", None),
])
def test_a_count_in_wan_or_qian_is_compared_with_a_plain_one(runner, tmp_path, before, after, marked):
    """`3万人` → `300人` was a plain 修改 while `3万人` → `2万人` was 目标降低: a 万 made the unit 万人, no unit of 人.
    Both are people, 30000 and 300 (`values.multiplied`), and so are 千 and a 近万 or 千余 written without a figure."""
    old, new = two_drafts(tmp_path, [('value: "≥3项"', before, after)], TJ)
    assert [c.get("weakened") or c.get("tightened") for c in changes(runner, old, new)["changes"]] == [marked]


def _marks_of_one_value_edited(runner, tmp_path, name: str, before: str, after: str) -> list:
    """天津's example with one indicator named `name` whose value goes from `before` to `after`: the weakened or
    tightened mark diff gives each change (one change, its mark or None)."""
    row = 'name: 聘请出纳、司机、保洁人数\n        description: 聘请出纳、司机、保洁人数\n        value: "3人"'
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    assert text.count(row) == 1
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, value in zip(paths, (before, after)):
        path.write_text(text.replace(row, f'name: {name}\n        description: {name}\n        value: "{value}"'),
                        encoding="utf-8")
    return [c.get("weakened") or c.get("tightened") for c in changes(runner, *map(str, paths))["changes"]]


@pytest.mark.parametrize("name, before, after, marked", [
    ("招商引资金额", "1千万元", "800万元", "目标降低"), ("招商引资金额", "≥800万元", "≥1千万元", "目标提高"),
    ("招商引资金额", "≥1千万元", "≥1000万元", None), ("活动经费", "≤1千万元", "≤1200万元", "成本上限提高"),
])
def test_an_amount_in_tens_of_millions_is_compared_in_wan(runner, tmp_path, name, before, after, marked):
    """`1千万元` → `800万元` was a plain 修改: 千万 before 元 was read as no unit, and an amount with none compared with
    no other. It is 1000万元 (`value_kinds.MONEY_UNITS`), so 800万元 is a lower target, 1200万元 a higher cap."""
    assert _marks_of_one_value_edited(runner, tmp_path, name, before, after) == [marked]


@pytest.mark.parametrize("name, before, after, marked", [
    ("降低能耗", "≥5%", "≥3%", "目标降低"), ("降低能耗", "≥5%", "≤5%", "目标降低"),  # the cut in %: the more the better
    ("降低差错率", "≥2个百分点", "≥1个百分点", "目标降低"),
    ("降低差错率", "≤1%", "≤2%", "目标放宽"), ("减少灾害损失率", "≥20%", "≥10%", "目标降低"),  # a rate: its comparator
    ("降低能耗", "≤100吨标煤", "≤120吨标煤", "目标放宽"), ("降低能耗", "≥100吨标煤", "≥80吨标煤", "目标降低"),
    ("减少投诉", "≤5件", "≤3件", "目标收紧"),
])
def test_a_cut_of_what_is_to_keep_low_is_weighed_by_its_unit(runner, tmp_path, name, before, after, marked):
    """降低差错率 `≤1%` → `≤2%` (the rate after the cut raised) was a target raised, read as a cut's size, and
    降低能耗 `≤100吨标煤` → `≤120吨标煤` the same: only a % of what is no rate, or points, is surely the cut's size."""
    assert _marks_of_one_value_edited(runner, tmp_path, name, before, after) == [marked]


@pytest.mark.parametrize("name, before, after, marked", [
    ("考核等级", "良好", "确保良好", None), ("考核等级", "确保良好", "良好", None),  # was 目标不可衡量 the first way
    ("考核等级", "优秀", "确保良好", "目标降低"), ("考核等级", "确保良好", "合格", "目标降低"),  # a step down the scale
    ("考核等级", "确保良好", "力争良好", "目标不可衡量"),  # hedged, as 良好 → 力争良好 is
    ("政策宣传覆盖率", "全覆盖", "实现全覆盖", None), ("政策宣传覆盖率", "100%", "做到全覆盖", None),
    ("政策宣传覆盖率", "实现全覆盖", "≥90%", "目标降低"), ("政策宣传覆盖率", "≥90%", "实现全覆盖", "目标提高"),
    ("考核等级", "良好", "全年良好", "目标不可衡量"),  # 全年 commits to no grade
])
def test_a_grade_committed_to_is_weighed_as_the_grade(runner, tmp_path, name, before, after, marked):
    """`良好` → `确保良好` and `全覆盖` → `实现全覆盖` were 目标不可衡量, and `优秀` → `确保良好` too, not a step down:
    the grade after a commitment word (确保, 实现, 做到) is the target (`value_kinds.uncommitted`), so `实现全覆盖` →
    `≥90%` is 100% → ≥90%, a target lowered, where it went unmarked. `确保良好` → `力争良好` was 目标放宽, a hedge
    put for a commitment; it is now 目标不可衡量, as `良好` → `力争良好` is."""
    assert _marks_of_one_value_edited(runner, tmp_path, name, before, after) == [marked]


def test_a_grade_that_is_a_number_in_words_turned_into_a_looser_number_is_marked(runner, tmp_path):
    """`全覆盖` → `≥90%` and `零事故` → `≤2次` were plain 修改 while `100%` → `≥90%` was 目标降低 and `0次` → `≤2次`
    目标放宽: the grade is that number in words (all of a rate, none), read as such both ways. The reverse asks more."""
    edits = [('period_value: "90%"', "全覆盖", "≥90%"), ('annual_value: "90%以上"', "全部完成", "≥95%"),
             ('period_value: "机关运作通畅，日常事故故障发生数2次以下"', "零事故", "≤2次"),
             ('annual_value: "机关运作通畅，日常事故故障发生数2次以下"', "无事故", "日常事故故障发生数≤2次")]
    old, new = two_drafts(tmp_path, edits)
    marked = {c["path"]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"indicators[4].period_value": "目标降低", "indicators[4].annual_value": "目标降低",
                      "indicators[5].period_value": "目标放宽", "indicators[5].annual_value": "目标放宽"}
    lines = text_lines(runner, old, new)
    assert any(line.endswith("：实施周期指标值  “全覆盖” → “≥90%”（目标降低）") for line in lines), lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 4 处（其中降低要求 4 处）。"
    assert [c.get("weakened") for c in changes(runner, new, old)["changes"]] == [None] * 4


@pytest.mark.parametrize("before, after, marked", [
    ("无事故", "无重大事故", "目标放宽"), ("零事故", "无重大事故", "目标放宽"), ("杜绝事故", "杜绝重大事故", "目标放宽"),
    ("无安全事故", "无重大安全事故", "目标放宽"), ("无事故", "重大事故零发生", "目标放宽"),
    ("无重大事故", "无事故", "目标收紧"), ("杜绝重大事故", "杜绝事故", "目标收紧"),
    ("无事故", "无投诉", None), ("无事故", "无安全事故", None), ("无伤亡", "无人员伤亡", None),  # another harm, or worded apart
    ("重大事故零发生", "≤1起", "目标放宽"), ("确保不发生重大事故", "≤1起", "目标放宽"),  # none written after, or committed to
    ("无投诉", "力争投诉零发生", "目标不可衡量"),  # hedged, as 力争零投诉 is: no grade
    ("无较大以上事故", "无重大事故", "目标放宽"), ("无重大事故", "无特大事故", "目标放宽"),  # a graver national grade
    ("无重大事故", "无特别重大事故", "目标放宽"), ("杜绝较大以上安全生产事故", "重大安全生产事故零发生", "目标放宽"),
    ("无重大事故", "无较大以上事故", "目标收紧"), ("无特大事故", "无较大事故", "目标收紧"),
    ("无事故", "无一般以上事故", None), ("无特大事故", "无特别重大事故", None),  # every grade; one grade's two names
    ("无重大事故", "无重大以上事故", None), ("无严重事故", "无重大事故", None),  # a grade covers graver; 严重 is no grade
    ("无较大以上事故", "无重特大事故", "目标放宽"), ("重特大事故零发生", "无特别重大事故", "目标放宽"),  # 重特大: 重大 and up
    ("无重特大事故", "无重大事故", None), ("无事故", "无一般以上安全事故", None),  # 一般以上 is every grade, no gravity
    ("无一般以上事故", "无重大安全事故", "目标放宽"),
])
def test_a_graver_harm_kept_to_none_is_a_cap_lifted(runner, tmp_path, before, after, marked):
    """`无事故` → `无重大事故` was a plain 修改, though only major accidents are now kept to none and the rest may
    happen: a cap lifted (目标放宽), and back one tightened. Another harm, or the same one worded apart, is no less.
    `重大事故零发生` and `确保不发生重大事故` → `≤1起` were plain 修改 too, where `无重大事故` → `≤1起` was 目标放宽.
    A hedge before the harm written first is no part of its name: `无投诉` → `力争投诉零发生` stays 目标不可衡量.
    Two national grades of accident (一般、较大、重大、特别重大 or 特大) went unweighed: `无较大以上事故` → `无重大事故` and
    `无重大事故` → `无特大事故` were plain 修改, though 较大 and 重大 accidents may now happen. 一般 is the mildest grade,
    which every accident falls in: `无事故` → `无一般以上事故` was 目标放宽 and asks as much. 重特大 (重大 and 特别重大)
    was searched as 特大 and left 重事故, another kind; `无事故` → `无一般以上安全事故` read 以上 as gravity (目标放宽), where
    `无一般以上事故` → `无重大安全事故` went unmarked."""
    assert _marks_of_one_value_edited(runner, tmp_path, "安全生产", before, after) == [marked]


def test_a_cap_written_in_another_money_unit_for_the_same_amount_is_only_retyped(runner, tmp_path):
    """`≤254.3万元` → `≤2543000元` is the same cap and was a plain 修改: said to be only its writing, as for width; one
    元 more is a cap raised."""
    cap = 'value: "≤254.3万元"'
    old, new = two_drafts(tmp_path, [(cap, "≤254.3万元", "≤2543000元")], TJ)
    [change] = changes(runner, old, new)["changes"]
    assert (change.get("weakened"), change.get("note")) == (None, "只改了写法，目标不变")
    lines = text_lines(runner, old, new)
    assert lines[1].endswith("“≤254.3万元” → “≤2543000元”（只改了写法，目标不变）"), lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 1 处（其中只改了写法 1 处）。"
    old, new = two_drafts(tmp_path, [(cap, "≤254.3万元", "≤2543001元")], TJ)
    [change] = changes(runner, old, new)["changes"]
    assert (change.get("weakened"), change.get("note")) == ("成本上限提高", None)


@pytest.mark.parametrize("old, new, marked", [
    ("≤3‱", "≤5‱", "目标放宽"), ("≤5‱", "≤3‱", None), ("≤0.03%", "≤4‱", "目标放宽"), ("≤3‰", "≤40‱", "目标放宽"),
    ("≤万分之三", "≤4‱", "目标放宽"), ("≤4‱", "≤0.03%", None),
])
def test_a_rate_per_ten_thousand_is_weighed_as_a_share(old, new, marked):
    """`≤3‱` → `≤5‱` of 万人发案率 compared two bare numbers, and `≤0.03%` → `≤4‱` nothing at all: ‱ is a share's unit
    (`value_kinds.SHARES`), and a share in %, ‰ or ‱ is so many ‱ (`values.multiplied`), a cap on a rate to keep low
    raised or lowered by what it is."""
    assert weakening("万人发案率", old, new, 2024, 2024, "quality") == marked


@pytest.mark.parametrize("new, note", [
    ("≤3‱", "只改了写法，目标不变"), ("≤0.3‰", "只改了写法，目标不变"), ("≤万分之三", "只改了写法，目标不变"), ("≤4‱", None),
])
def test_a_share_written_in_another_share_unit_for_the_same_rate_is_only_retyped(runner, tmp_path, new, note):
    """`≤0.03%` → `≤3‱` is one rate in two units and was a plain 修改, as `≤254.3万元` → `≤2543000元` was before it
    was noted as only its writing; `≤4‱` is another cap."""
    old, new = two_drafts(tmp_path, [('annual_value: "100%"', "≤0.03%", new)])
    [change] = changes(runner, old, new)["changes"]
    assert change.get("note") == note, change


def test_an_exact_target_turned_into_a_bound_it_no_longer_reaches_is_marked(runner, tmp_path):
    """`“100%” → “≥95%”` was a plain 修改: only a bound turned into a lower bound was marked, though every
    result the exact target accepted, and more, passes the new one."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "100%"', "100%", "≥95%"),
        ('period_value: "≥98%"', "=100%", "≥98%"),
        ('annual_value: "98%以上"', "100%", "≥100%"),  # the same results pass: no mark
        ('annual_value: "机关运作通畅，日常事故故障发生数2次以下"', "11.9万元", "≤16.9万元"),
    ])
    marked = {c["path"]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"indicators[0].annual_value": "目标降低", "indicators[3].period_value": "目标降低",
                      "indicators[3].annual_value": None, "indicators[5].annual_value": "成本上限提高"}


def test_an_edit_that_is_not_certainly_weaker_stays_a_plain_change(runner, tmp_path):
    """Marked only where both values are bounds of one direction and unit about the same thing, and the
    comparator fits the indicator: anything else could be the opposite, or a slip."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "100%"', "95%", "100%"),  # a higher target without a comparator
        ('period_value: "机关运作通畅，日常事故故障发生数2次以下"', "2次", "1次"),  # no comparator, and an effect's count
        ('period_value: "100%"', "活动天数3天", "活动天数2天"),  # 天数 under 数量指标: a count, or a duration?
        ('period_value: "≥98%"', "≥98%", "≥99%"),  # a higher target
        ('period_value: "开展台胞活动5次以上"', "≥5次", "≥3场"),  # another unit
        ('annual_value: "开展台胞活动5次以上"', "开展台胞活动5次以上", "举办讲座3次以上"),  # another measure
        ('period_value: "台胞满意度90%以上"', "≤90%", "≤95%"),  # a cap on satisfaction is a slipped comparator
        ('annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"', "12月底前", "10月底前"),  # earlier
    ])
    result = changes(runner, old, new)
    assert len(result["changes"]) == 8 and not any("weakened" in c for c in result["changes"]), result["changes"]
    # the three that ask more are marked (`weakening` read backwards); the five uncertain ones stay plain
    assert {c["path"]: c["tightened"] for c in result["changes"] if c.get("tightened")} == {
        "indicators[0].annual_value": "目标提高", "indicators[3].period_value": "目标提高",
        "indicators[6].annual_value": "时限提前"}, result["changes"]
    assert text_lines(runner, old, new)[-1] == "比较了 1 个规格，1 个有改动：修改 8 处（其中提高要求 3 处）。"


def test_a_floor_turned_into_a_cap_or_back_is_noted_and_marked_where_plainly_weaker(runner, tmp_path):
    """`≥85%` → `≤85%` was a plain 修改: `same_measure.compared` takes no floor with a cap, rightly for D6 and
    目标降低 by numbers, yet the flip is what a reviewer must see. Every flip of one measure is noted
    (比较方向改变：≥ 改为 ≤) and counted; where the measure points a way (a rate to raise, a count to complete),
    a floor gone is also 目标降低; a flip that mends a comparator slipped the wrong way, or of a measure that points
    no way, only noted."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "98%以上"', "98%以上", "≤95%"),  # 及时率, a rate to raise: its floor gone
        ('period_value: "开展台胞活动5次以上"', "开展台胞活动5次以上", "开展台胞活动5次以下"),  # a count to complete
        ('period_value: "台胞满意度90%以上"', "≤90%", "≥90%"),  # a slipped cap on satisfaction mended
        ('period_value: "机关运作通畅，日常事故故障发生数2次以下"', "2次以下", "2次以上"),  # points no way for sure
        ('annual_value: "开展台胞活动5次以上"', "≥5次", "≤5场"),  # another unit: no flip of one measure
    ])
    found = {c["path"]: (c.get("weakened"), c.get("note")) for c in changes(runner, old, new)["changes"]}
    assert found == {"indicators[3].annual_value": ("目标降低", "比较方向改变：≥ 改为 ≤"),
                     "indicators[1].period_value": ("目标降低", "比较方向改变：≥ 改为 ≤"),
                     "indicators[7].period_value": (None, "比较方向改变：≤ 改为 ≥"),
                     "indicators[5].period_value": (None, "比较方向改变：≤ 改为 ≥"),
                     "indicators[1].annual_value": (None, None)}, found
    lines = text_lines(runner, old, new)
    assert ("  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “≤95%”"
            "（比较方向改变：≥ 改为 ≤）（目标降低）") in lines, lines
    # each edit counted once: the two flips that lowered a target are among 目标降低, not again among the flips
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 5 处（其中目标降低 2 处，比较方向改变 2 处）。"
    assert weakening("培训支出", "≤15万元", "≥15万元", 2024, 2024, "cost") == "成本上限提高"
    assert weakening("办理时限", "≤30个工作日", "≥30个工作日", 2024, 2024, "timeliness") == "时限推后"
    assert flip("满意度", "满意度≥90%", "企业满意度≤85%") is None  # two measures
    assert flip("满意度", "90%", "≤85%") is None and flip("满意度", "≥90%", "≥85%") is None


def test_a_flip_b5_calls_wrong_by_the_words_of_any_number_is_marked(runner, tmp_path):
    """A flip was weighed as a value without a comparator is, where the measure's words point only a percentage:
    `日常事故故障发生数2次以下` → `2次以上` under 社会效益 was only noted, while B5 on the new file said 越低越好 and
    `2次以下` → `3次以下` was 目标放宽. The flip is weighed as B5 reads the comparator (`terms.bound_way`)."""
    line = 'period_value: "机关运作通畅，日常事故故障发生数2次以下"'
    old, new = two_drafts(tmp_path, [(line, "机关运作通畅，日常事故故障发生数2次以下", "机关运作通畅，日常事故故障发生数2次以上")])
    found = {c["path"]: (c.get("weakened"), c.get("note")) for c in changes(runner, old, new)["changes"]}
    assert found == {"indicators[5].period_value": ("目标放宽", "比较方向改变：≤ 改为 ≥")}, found
    b5 = [line for line in runner.invoke(main, ["lint", new]).output.splitlines() if "[B5]" in line]
    assert len(b5) == 1 and "越低越好" in b5[0], b5
    assert weakening("投诉次数", "≤2次", "≥2次", 2024, 2024, "effect") == "目标放宽"
    assert weakening("培训支出", "≤15万元", "≥15万元", 2024, 2024, "output") == "成本上限提高"
    assert weakening("投诉次数", "≥2次", "≤2次", 2024, 2024, "effect") is None  # a slipped floor mended


def test_an_exact_target_turned_into_a_bound_the_measure_does_not_want_is_marked(runner, tmp_path):
    """`“=100%” → “≤100%”` of a rate, `“5次” → “≤8次”` of a count to complete were a plain 修改 (or 目标放宽, a cap
    raised): an exact target is a floor and a cap at once, and a bound the other way than the measure points, as
    B5 reads it, keeps only the one that asks nothing. A bound the way it points (`=5次` → `≥5次`) and a bound turned
    exact (`≤90%` → `=90%`) ask no less: no mark."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "100%"', "100%", "≤100%"),  # 档案整理完成率: a rate to raise
        ('period_value: "100%"', "=100%", "≥100%"),  # the same floor
        ('annual_value: "开展台胞活动5次以上"', "5次", "≤8次"),  # a 数量指标's count: no floor left
        ('period_value: "开展台胞活动5次以上"', "=5次", "≥5次"),
        ('period_value: "机关运作通畅，日常事故故障发生数2次以下"', "日常事故故障发生数2次", "日常事故故障发生数2次以上"),
        ('annual_value: "台胞满意度90%以上"', "台胞满意度95%", "台胞满意度95%以下"),
        ('period_value: "台胞满意度90%以上"', "≤90%", "=90%"),  # a slipped cap made exact
    ])
    found = {c["path"]: (c.get("weakened"), c.get("note")) for c in changes(runner, old, new)["changes"]}
    assert found == {"indicators[0].annual_value": ("目标降低", None), "indicators[0].period_value": (None, None),
                     "indicators[1].annual_value": ("目标降低", None), "indicators[1].period_value": (None, None),
                     "indicators[5].period_value": ("目标放宽", None), "indicators[7].annual_value": ("目标降低", None),
                     "indicators[7].period_value": (None, None)}, found
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 档案整理完成率：年度指标值  “100%” → “≤100%”（目标降低）" in lines, lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 7 处（其中降低要求 4 处，目标提高 1 处）。"


@pytest.mark.parametrize("name, old, new, category, word", [
    ("合格率", "=100%", "<100%", "quality", "目标降低"),
    ("投诉率", "=0%", "≥0%", "satisfaction", "目标放宽"),
    ("预算调整比率", "=0%", "≤5%", "quality", "目标放宽"),  # was 目标降低: a 比率 read as a share to reach
    ("培训支出", "=15万元", "≥15万元", "cost", "成本上限提高"),
    ("办理时限", "=5个工作日", "≥5个工作日", "timeliness", "时限推后"),
    ("开展培训场次", "18次", "≤20次", "quantity", "目标降低"),  # was 目标放宽: the cap's number weighed alone
    ("培训支出", "≤15万元", "=15万元", "cost", None),  # a cap made exact asks more
    ("合格率", "≥95%", "=95%", "quality", None),
    ("开展培训场次", "=3次", "≥3次", "quantity", None),
    ("办公用房租赁期限", "12月", "≤12月", "timeliness", None),  # a length of time that points no way
])
def test_an_exact_value_turned_into_a_bound_is_weighed_as_b5_reads_the_comparator(name, old, new, category, word):
    assert weakening(name, old, new, 2024, 2024, category) == word


@pytest.mark.parametrize("name, category", [("投资回收期", "economic"), ("回款周期", "economic"), ("资金回收年限", "timeliness")])
def test_a_payback_period_lengthened_is_more_time_given_as_a_time_limit_is(name, category):
    """A payback period is a time to get something done (terms.TIME_TO_COMPLETE holds terms.PAYBACK): `≤3年` → `≤5年`
    is 时限推后, as 办理时限's more working days are; read by lint's direction alone (the shorter the better) it was a
    plain cap raised, 目标放宽."""
    assert weakening(name, "≤3年", "≤5年", 2024, 2024, category) == "时限推后"
    assert weakening(name, "5年", "3年", 2024, 2024, category) is None


_SUMMED = re.compile(r"(\S+) (\d+) 处（其中([^）；]*)(?:；[^）]*)?）")


@given(st.lists(st.tuples(st.sampled_from(["changed", "removed"]), st.sampled_from((None,) + WORDS),
                          st.sampled_from([None, "比较方向改变：≥ 改为 ≤", REWRITTEN])), max_size=12))
def test_the_summary_counts_each_change_once(marks):
    """`修改 5 处（其中目标降低 2 处，比较方向改变 4 处）`: a flip that lowered a target was counted under both, so the
    parts of a kind's count added up to more than it. Each change is now counted under one word."""
    diff = SpecDiff("x.yaml", "x", "changed", [Change(kind, "w", "p", "≥95%", "≤95%", weakened=weakened, note=note)
                                               for kind, weakened, note in marks])
    for part in diff_report._kinds([diff]):
        summed = _SUMMED.fullmatch(part)
        if summed:
            # `降低要求 3 处，含目标删除 1 处、…`: the 含 names some of the count before it, no count of its own
            parts = summed.group(3).split("，")
            counts = [int(words.rsplit(" ", 2)[1]) for words in parts if not words.startswith("含")]
            assert sum(counts) <= int(summed.group(2)), part
            for before, words in zip(parts, parts[1:]):
                if words.startswith("含"):
                    named = sum(int(gone.rsplit(" ", 2)[1]) for gone in words[1:].split("、"))
                    assert named <= int(before.rsplit(" ", 2)[1]), part


def test_one_target_lowered_alike_in_both_columns_of_a_row_is_counted_once(runner, edited):
    """`开展台胞活动5次以上` → `3次以上` typed into 实施周期指标值 and 年度指标值 both was `修改 2 处（其中目标降低 2 处）`:
    two targets lowered, where the reviewer reads one. Each column is still listed, which the summary says (a reviewer
    counting the lines found more than it counted), and json keeps both changes."""
    def change(tree):
        row = tree["indicators"][indicator(tree, "举办活动场次")]
        row["period_value"] = row["annual_value"] = "开展台胞活动3次以上"

    old, new = edited(GZ, change)
    lines = text_lines(runner, old, new)
    assert sum("举办活动场次：" in line for line in lines) == 2, lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 1 处（其中目标降低 1 处；列出 2 行，同一行几栏改得一样的算作一处）。"
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert markdown[3] == lines[-1]
    assert "**降低要求的改动" not in "\n".join(markdown), "the only change: its table is the list already"
    assert [c["path"] for c in changes(runner, old, new)["changes"]] == ["indicators[1].period_value",
                                                                        "indicators[1].annual_value"]


def test_a_target_lowered_in_two_columns_is_listed_once_with_both_columns_named(runner, edited):
    """Among other changes, markdown lists the changes that weaken a target above its tables, counted as the summary
    counts them: one row lowered in both columns is one line naming both, not two lines of the same edit."""
    def change(tree):
        row = tree["indicators"][indicator(tree, "举办活动场次")]
        row["period_value"] = row["annual_value"] = "开展台胞活动3次以上"
        tree["unit"] += "（改）"

    markdown = text_lines(runner, *edited(GZ, change), "--format", "markdown")
    assert markdown[3] == "比较了 1 个规格，1 个有改动：修改 2 处（其中目标降低 1 处；列出 3 行，同一行几栏改得一样的算作一处）。"
    listed = [line for line in markdown if line.startswith("- ")]
    assert markdown[5] == "**降低要求的改动（1 处，下表中加粗标出）**" and len(listed) == 1, markdown
    assert "举办活动场次：实施周期指标值、年度指标值 开展台胞活动5次以上 → " in listed[0], listed


def test_a_summary_that_counts_columns_edited_alike_once_says_how_many_lines_it_lists(runner, edited):
    """Two rows whose 实施周期指标值 and 年度指标值 were edited alike and a third edited in one column: `修改 3 处`
    over 5 lines, and a copy-editor counting the lines took the summary for wrong. It says the lines it lists and why
    they are more, in text and markdown; without such a pair it says nothing of lines."""
    def change(tree):
        for name, value in (("档案整理完成率", "95%"), ("举办活动场次", "开展台胞活动6次以上")):
            row = tree["indicators"][indicator(tree, name)]
            row["period_value"] = row["annual_value"] = value
        tree["indicators"][indicator(tree, "补助发放及时率")]["period_value"] = "≥99%"

    old, new = edited(GZ, change)
    lines = text_lines(runner, old, new)
    assert sum(line.startswith("  修改  ") for line in lines) == 5, lines
    summary = "比较了 1 个规格，1 个有改动：修改 3 处（其中目标降低 1 处，目标提高 2 处；列出 5 行，同一行几栏改得一样的算作一处）。"
    assert lines[-1] == summary
    assert text_lines(runner, old, new, "--format", "markdown")[3] == summary

    def one_column(tree):
        tree["indicators"][indicator(tree, "补助发放及时率")]["period_value"] = "≥99%"

    assert text_lines(runner, *edited(GZ, one_column))[-1] == "比较了 1 个规格，1 个有改动：修改 1 处（其中目标提高 1 处）。"


def test_two_sums_that_moved_alike_are_two_amount_changes(runner, edited):
    """The summary counts the money moved (`其中 3 处金额变动`) in text, markdown and json (`amount_changes`); two
    amounts of one group changed alike (财政拨款 and 市本级使用资金) are two sums, not folded as a target typed twice."""
    def change(tree):
        tree["budget"]["basic"] = canonical_yaml().load("x: 612.85")["x"]
        tree["budget"]["fiscal"] = tree["budget"]["own_level"] = canonical_yaml().load("x: 691.41")["x"]
        tree["indicators"][indicator(tree, "举办活动场次")]["annual_value"] = "开展台胞活动8次以上"

    old, new = edited(GZ, change)
    summary = "比较了 1 个规格，1 个有改动：修改 4 处（其中目标提高 1 处），其中 3 处金额变动。"
    assert text_lines(runner, old, new)[-1] == summary
    assert text_lines(runner, old, new, "--format", "markdown")[3] == summary
    assert changes(runner, old, new)["amount_changes"] == 3


def test_a_summary_whose_changes_all_move_money_says_so_not_which_of_them(runner, edited):
    """`修改 2 处，新增 1 处，其中 3 处金额变动` read as a part of the changes, all of them money; a target typed alike
    in two columns is one change counted (`diff_counts.folded`), so one amount beside it is not all of them."""
    def change(tree):
        tree["key_tasks"][0]["amount"] = canonical_yaml().load("x: 2.50")["x"]
        tree["budget"]["project"] = canonical_yaml().load("x: 79.56")["x"]
        tree["key_tasks"].append({**tree["key_tasks"][4], "name": "新任务", "amount": canonical_yaml().load("x: 1.00")["x"]})

    old, new = edited(GZ, change)
    summary = "比较了 1 个规格，1 个有改动：修改 2 处，新增 1 处，共 3 处，均为金额变动"
    assert text_lines(runner, old, new)[-1].startswith(summary)
    assert text_lines(runner, old, new, "--format", "markdown")[3].startswith(summary)
    assert changes(runner, old, new)["amount_changes"] == 3

    def alike(tree):
        tree["key_tasks"][0]["amount"] = canonical_yaml().load("x: 2.50")["x"]
        row = tree["indicators"][indicator(tree, "满意度")]
        row["period_value"] = row["annual_value"] = "台胞满意度85%以上"

    assert text_lines(runner, *edited(GZ, alike))[-1].startswith(
        "比较了 1 个规格，1 个有改动：修改 2 处（其中目标降低 1 处；列出 3 行，同一行几栏改得一样的算作一处），其中 1 处金额变动")


def test_an_amount_only_typed_to_more_places_moves_no_money(runner, edited):
    """22.15 → 22.150 is no money moved (`金额不变，只改了小数位`), and a task removed with its 拟投入的资金 is."""
    def change(tree):
        tree["key_tasks"][2]["amount"] = canonical_yaml().load("x: 22.150")["x"]
        del tree["key_tasks"][0]

    old, new = edited(GZ, change)
    assert changes(runner, old, new)["amount_changes"] == 1
    assert text_lines(runner, old, new)[-1].startswith("比较了 1 个规格，1 个有改动：修改 1 处（其中只改了写法 1 处），"
                                                       "删除 1 处（其中目标删除 1 处），共 2 处，其中 1 处金额变动")


def test_the_money_count_after_several_kinds_counts_the_whole_first(runner, edited):
    """`修改 3 处（其中目标降低 1 处），改名 1 处，其中 1 处金额变动` left it open whether the 1 was among the 修改 alone
    or all four: after counts of several kinds the whole is said first (`共 4 处`); after one kind it is that kind's."""
    def change(tree):
        tree["key_tasks"][0]["amount"] = canonical_yaml().load("x: 2.50")["x"]
        tree["indicators"][indicator(tree, "补助发放及时率")]["annual_value"] = "95%以上"
        tree["indicators"][indicator(tree, "档案整理完成率")]["name"] = "档案整理完成比率"

    old, new = edited(GZ, change)
    summary = "比较了 1 个规格，1 个有改动：修改 2 处（其中目标降低 1 处），改名 1 处，共 3 处，其中 1 处金额变动。"
    assert text_lines(runner, old, new)[-1] == summary
    assert text_lines(runner, old, new, "--format", "markdown")[3] == summary
    assert changes(runner, old, new)["amount_changes"] == 1


@pytest.mark.parametrize("before, after", [("7.24", "待定"), ("待定", "7.24"), ("7.24", '""')])
def test_an_amount_turned_into_words_or_back_is_counted_as_money(runner, edited, tmp_path, before, after):
    """7.24 → 待定 has no difference, and its line says why (`新值不是数字，无法计算差额`), but the money the form
    states changed: the summary said `修改 1 处` with no 金额变动, and json's `amount_changes` was 0."""
    def change(tree, value):
        tree["key_tasks"][1]["amount"] = canonical_yaml().load(f"x: {value}")["x"]

    old = str(shutil.copy(edited(GZ, lambda tree: change(tree, before))[1], tmp_path / "old.yaml"))
    new = edited(GZ, lambda tree: change(tree, after))[1]
    lines = text_lines(runner, old, new)
    assert "不是数字，无法计算差额" in lines[1], lines
    assert lines[-1].startswith("比较了 1 个规格，1 个有改动：修改 1 处，为金额变动"), lines
    assert changes(runner, old, new)["amount_changes"] == 1


def test_words_in_an_amount_edited_into_other_words_move_no_money(runner, edited, tmp_path):
    """待定 → 另定: neither side a number, nothing the form states in money changed."""
    def change(tree, value):
        tree["key_tasks"][1]["amount"] = value

    old = str(shutil.copy(edited(GZ, lambda tree: change(tree, "待定"))[1], tmp_path / "old.yaml"))
    new = edited(GZ, lambda tree: change(tree, "另定"))[1]
    assert text_lines(runner, old, new)[-1].startswith("比较了 1 个规格，1 个有改动：修改 1 处。")
    assert changes(runner, old, new)["amount_changes"] == 0


def test_words_on_one_side_or_from_the_name_are_one_measure_as_lint_reads_them(runner, tmp_path):
    """`“开展台胞活动5次以上” → “≥3次”` was a plain 修改 while lint's D6 called it lower than last year's: diff
    compared only values with the same words around the number. Words on one side only, or taken from the
    indicator's name (台胞满意度 under 满意度), or a leading clause dropped (机关运作通畅，), say one measure; words of
    their own on both sides that differ, or another unit, still do not."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "开展台胞活动5次以上"', "开展台胞活动5次以上", "≥3次"),
        ('period_value: "开展台胞活动5次以上"', "开展台胞活动5次以上", "≥3个"),  # another unit
        ('annual_value: "98%以上"', "98%以上", "及时率≥95%"),
        ('annual_value: "机关运作通畅，日常事故故障发生数2次以下"', "机关运作通畅，日常事故故障发生数2次以下",
         "日常事故故障发生数≤3次"),
        ('annual_value: "台胞满意度90%以上"', "台胞满意度90%以上", "≥85%"),
        ('period_value: "台胞满意度90%以上"', "台胞满意度90%以上", "游客满意度≥85%"),  # another measure
    ])
    marked = {c["path"]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"indicators[1].annual_value": "目标降低", "indicators[1].period_value": None,
                      "indicators[3].annual_value": "目标降低", "indicators[5].annual_value": "目标放宽",
                      "indicators[7].annual_value": "目标降低", "indicators[7].period_value": None}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 举办活动场次：年度指标值  “开展台胞活动5次以上” → “≥3次”（目标降低）" in lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 6 处（其中降低要求 4 处）。"
    assert weakening("台胞满意度", "台胞满意度≥90%", "满意度≥85%", 2024, 2024, None) == "目标降低"
    assert weakening("满意度", "≥90%", "≥85人", 2024, 2024, None) is None
    assert weakening("举办活动场次", "≥12次", "每月1次以上", 2024, 2024, None) is None  # a frequency


@pytest.mark.parametrize("name, old, new", [
    ("满意度", "满意度≥90%", "企业满意度≥85%"),
    ("宣传资料发放数量", "宣传资料≥1000份", "海报≥500份"),
    ("培训人数", "每期≥50人", "≥30人"),
    ("培训人数", "每场≥50人", "≥30人"),
    ("培训人数", "每次≥50人", "≥30人"),
    ("检查次数", "每半年≥2次", "≥1次"),
])
def test_the_names_words_on_one_side_and_words_of_its_own_on_the_other_are_two_measures(name, old, new):
    """`满意度` (the name's) → `企业满意度`, `宣传资料` → `海报` were 目标降低: words taken from the name on one side
    only made any words on the other the same measure. And 每期, 每场, 每次, 每半年 were no words of a period, so a
    number per session was compared with one for the year."""
    assert weakening(name, old, new, 2024, 2024, None) is None
    assert weakening("台胞满意度", "满意度≥90%", "台胞满意度≥85%", 2024, 2024, None) == "目标降低"  # both the name's


def indicator_drafts(tmp_path, spec: str, values: dict[str, tuple[str, str]], key: str = "value") -> tuple[str, str]:
    """(old path, new path): the example with each named indicator's `key` set to its old and its new draft."""
    paths = []
    for side in (0, 1):
        tree = canonical_yaml().load((ROOT / "specs" / spec).read_text(encoding="utf-8"))
        for name, drafts in values.items():
            tree["indicators"][indicator(tree, name)][key] = drafts[side]
        paths.append(tmp_path / f"{side}-{spec}")
        paths[-1].write_text(dump(tree), encoding="utf-8")
    return str(paths[0]), str(paths[1])


HEDGED = {"侨务接待次数": ("8次", "力争8次"), "开展培训场次": ("20次", "约20次"), "侨务接待率(%)": ("≥95%", "原则上≥95%"),
          "开展会议场次": ("≥3次", "3次左右"), "开展活动次数": ("3次", "1-3次"), "合理使用各项经费": ("圆满完成", "基本完成")}


def test_a_grade_turned_into_words_and_back_are_marked_as_mirrors(runner, tmp_path):
    """`健全` → `基本健全` is 目标不可衡量 (基本健全 is no grade lint takes), while `基本满意` → `满意` was 目标提高 and
    `基本健全` → `健全`, `基本合格` → `合格`, `基本规范` → `规范` plain 修改: the reviewer who saw one direction marked found
    the other silent. Read backwards the words are weighed as the grade they keep: a hedge taken away is 目标收紧, a
    step up the scale 目标提高; words that keep nothing of the grade (`有所提升` → `≥95%`) stay unmarked."""
    old, new = indicator_drafts(tmp_path, JS, {
        "中长期规划制定健全性": ("健全", "基本健全"), "工作计划制定健全性": ("基本健全", "健全"),
        "预算管理制度健全性": ("基本合格", "合格"), "预算编制规范性": ("基本规范", "规范"),
        "资金使用合规性": ("基本满意", "满意"), "预决算信息公开度": ("有所提升", "≥95%"),
    }, key="annual_value")
    found = row_marks(runner, old, new, weakened_and_tightened)
    assert found == {"中长期规划制定健全性": ("目标不可衡量", None), "工作计划制定健全性": (None, "目标收紧"),
                     "预算管理制度健全性": (None, "目标提高"), "预算编制规范性": (None, "目标收紧"),
                     "资金使用合规性": (None, "目标提高"), "预决算信息公开度": (None, None)}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 决策 › 计划制定 › 工作计划制定健全性：全年指标值  “基本健全” → “健全”（目标收紧）" in lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 6 处（其中目标不可衡量 1 处，提高要求 4 处）。"


def test_the_lowest_grade_edited_into_words_loses_no_target(runner, tmp_path):
    """`不合格` → `基本合格` was 目标不可衡量, while its reverse is 目标降低 (a step down the 考核等次): 不合格, the scale's
    lowest grade, held the unit to nothing, so no checkable target was lost. It is a step up, 目标提高, the mirror of
    its reverse; words of no scale in its place lose nothing either, and `合格` → `基本合格` is still 目标不可衡量."""
    old, new = indicator_drafts(tmp_path, JS, {
        "中长期规划制定健全性": ("不合格", "基本合格"), "工作计划制定健全性": ("不合格", "有所提升"),
        "预算管理制度健全性": ("合格", "基本合格"), "预算编制规范性": ("基本合格", "不合格"),
    }, key="annual_value")
    found = row_marks(runner, old, new, weakened_and_tightened)
    assert found == {"中长期规划制定健全性": (None, "目标提高"), "工作计划制定健全性": (None, None),
                     "预算管理制度健全性": ("目标不可衡量", None), "预算编制规范性": ("目标降低", None)}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 决策 › 计划制定 › 中长期规划制定健全性：全年指标值  “不合格” → “基本合格”（目标提高）" in lines


def test_a_hedge_before_any_grade_is_told_as_before_a_verb(runner, tmp_path):
    """`按时` → `基本按时` and `完善` → `基本完善` were told 加了“基本” beside 目标不可衡量, but `及时` → `基本及时`,
    `规范` → `基本规范`, `有效` → `基本有效` nothing: a hedge was read only before a verb of doing or 按时, so the reviewer
    saw no reason for some of the same edits. A step down a scale that begins with the same word (`合格` → `基本合格`)
    is no hedge added: 基本合格 is a grade of its own."""
    old, new = indicator_drafts(tmp_path, JS, {
        "中长期规划制定健全性": ("及时", "基本及时"), "工作计划制定健全性": ("规范", "基本规范"),
        "预算管理制度健全性": ("合格", "基本合格"), "预算编制规范性": ("有效", "基本有效"),
        "资金使用合规性": ("按时", "基本按时"),
    }, key="annual_value")
    found = row_marks(runner, old, new, weakened_and_note)
    assert found == {"中长期规划制定健全性": ("目标不可衡量", "加了“基本”"), "工作计划制定健全性": ("目标不可衡量", "加了“基本”"),
                     "预算管理制度健全性": ("目标不可衡量", None), "预算编制规范性": ("目标不可衡量", "加了“基本”"),
                     "资金使用合规性": ("目标不可衡量", "加了“基本”")}
    assert "  修改  绩效指标 › 决策 › 计划制定 › 中长期规划制定健全性：全年指标值  “及时” → “基本及时”（加了“基本”）（目标不可衡量）" \
        in text_lines(runner, old, new)


def test_a_hedge_in_place_of_a_negation_is_no_hedge_added(runner, tmp_path):
    """`力争合格` → `不合格` was 目标收紧 and `未完成` → `基本完成` 目标放宽 (加了“基本”): the hedge was read in place of the
    不 or 未 as in place of 圆满, so a failure made a pass read as the pass hedged. A hedge that keeps the grade is
    still one, either way."""
    old, new = indicator_drafts(tmp_path, JS, {
        "中长期规划制定健全性": ("力争合格", "不合格"), "工作计划制定健全性": ("未完成", "基本完成"),
        "预算管理制度健全性": ("力争达标", "未达标"), "预算编制规范性": ("合格", "力争合格"),
        "资金使用合规性": ("力争合格", "合格"), "绩效目标合理性": ("不断完善", "基本完善"),  # 不断 is no negation
    }, key="annual_value")
    found = row_marks(runner, old, new, weakened_and_tightened)
    assert found == {"中长期规划制定健全性": (None, None), "工作计划制定健全性": (None, None),
                     "预算管理制度健全性": (None, None), "预算编制规范性": ("目标不可衡量", None),
                     "资金使用合规性": (None, "目标收紧"), "绩效目标合理性": ("目标放宽", None)}


def test_a_hedge_added_or_a_range_for_one_number_is_a_loosened_target(runner, tmp_path):
    """`8次` → `力争8次`, `≥3次` → `3次左右`, `3次` → `1-3次`, `圆满完成` → `基本完成` were plain 修改: the number stayed,
    yet the unit no longer commits to it. Marked 目标放宽, with the reason beside it; a hedge taken away asks more. A
    range in place of a number is weighed by the bound its measure points to (`same_measure.weaker`): `3次` → `1-3次`
    lowers a count's floor, 目标降低, as `≥3次` → `≥1次` is."""
    old, new = indicator_drafts(tmp_path, ZJ, HEDGED)
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标放宽", "加了“力争”"), "开展培训场次": ("目标放宽", "加了“约”"),
                     "侨务接待率(%)": ("目标放宽", "加了“原则上”"), "开展会议场次": ("目标放宽", "加了“左右”"),
                     "开展活动次数": ("目标降低", "改为范围"), "合理使用各项经费": ("目标放宽", "加了“基本”")}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “8次” → “力争8次”（加了“力争”）（目标放宽）" in lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 6 处（其中降低要求 6 处）。"
    assert not any(c.get("weakened") or c.get("note") for c in changes(runner, new, old)["changes"])
    # 节约 ends in 约, yet is no hedge: a rate of saving is another measure
    old, new = indicator_drafts(tmp_path, ZJ, {"侨务接待率(%)": ("≥10%", "节约≥10%")})
    assert [c.get("note") for c in changes(runner, old, new)["changes"]] == [None]


def test_hedges_as_people_say_them_are_hedges_added(runner, tmp_path):
    """`基本完成` was 目标放宽（加了“基本”） but `基本上完成`, `基本上达到95%` a plain 修改, as were 大体上, 大致 and 力求 before a
    number kept: the 上 of 基本上 begins no verb of doing, and the others were no hedges. Each is one hedge, told once
    (the 大体 within 大体上 is no second)."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("8次", "大体上8次"), "开展培训场次": ("20次", "力求20次"), "侨务接待率(%)": ("≥95%", "基本上达到95%"),
        "开展会议场次": ("≥3次", "大致3次以上"), "合理使用各项经费": ("圆满完成", "基本上完成")})
    assert value_marks(runner, old, new) == {
        "侨务接待次数": ("目标放宽", "加了“大体上”"), "开展培训场次": ("目标放宽", "加了“力求”"),
        "侨务接待率(%)": ("目标放宽", "加了“基本上”"), "开展会议场次": ("目标放宽", "加了“大致”"),
        "合理使用各项经费": ("目标放宽", "加了“基本上”")}
    assert not any(c.get("weakened") or c.get("note") for c in changes(runner, new, old)["changes"])


def test_hedges_that_share_a_character_are_told_as_written(runner, tmp_path):
    """`8次` → `尽力争取8次` was told 加了“力争”, a word the value does not hold (the 力 of 尽力, the 争 of 争取), and
    `努力争取3次以上` too, `努力求20次` 加了“力求”: hedges are read as the words from the value's start, and 努力's 力 begins
    none. 力争取得 is 力争 and 取得."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("8次", "尽力争取8次"), "开展会议场次": ("≥3次", "努力争取3次以上"), "开展培训场次": ("20次", "努力求20次"),
        "开展活动次数": ("3次", "力争取得3次")})
    assert value_marks(runner, old, new) == {
        "侨务接待次数": ("目标放宽", "加了“尽力”“争取”"), "开展会议场次": ("目标放宽", "加了“争取”"),
        "开展培训场次": (None, None), "开展活动次数": ("目标放宽", "加了“力争”")}


def test_a_hedge_within_a_longer_word_is_none(runner, tmp_path):
    """`竭尽力量完成8次` was told 加了“尽力” (the 尽 is 竭尽's, the 力 力量's), `着力求实3次以上` 加了“力求” (着力 and 求实),
    `全力争取20次` 加了“力争” where the value holds 全力 and 争取, and `3家上下游企业` 加了“上下” (no 3家 more or less):
    a hedge sharing a character with a longer word beside it is none; 积极力争 is still 力争, 尽力量化 still 尽力."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("8次", "竭尽力量完成8次"), "开展会议场次": ("≥3次", "着力求实3次以上"),
        "开展培训场次": ("20次", "全力争取20次"), "开展调研次数": ("走访3家企业", "走访3家上下游企业"),
        "开展活动次数": ("8次", "积极力争开展8次"), "因公出国(境)拜访、联谊等次数": ("量化6次", "尽力量化6次")})
    assert value_marks(runner, old, new) == {
        "侨务接待次数": (None, None), "开展会议场次": (None, None), "开展培训场次": ("目标放宽", "加了“争取”"),
        "开展调研次数": (None, None), "开展活动次数": ("目标放宽", "加了“力争”"),
        "因公出国(境)拜访、联谊等次数": ("目标放宽", "加了“尽力”")}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “8次” → “竭尽力量完成8次”" in lines


def test_a_hedge_after_a_verb_that_ends_with_its_first_character_is_still_one(runner, tmp_path):
    """`8次` → `想尽力完成8次` (want to do its best: 想 and 尽力) was no hedge, as 想尽 of 想尽办法 stood among the words
    whose 尽 begins no 尽力 (竭尽力量): a real softening went unmarked. 想尽 holds no 尽力 where it is a word
    (`想尽办法完成8次`), so it is left out; 竭尽力量 is still none."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("8次", "想尽力完成8次"), "开展活动次数": ("8次", "想尽办法完成8次"),
        "开展培训场次": ("20次", "竭尽力量完成20次")})
    assert value_marks(runner, old, new) == {
        "侨务接待次数": ("目标放宽", "加了“尽力”"), "开展活动次数": (None, None), "开展培训场次": (None, None)}


def test_a_hedge_within_the_other_longer_words_is_none(runner, tmp_path):
    """The other words of `hedges._ACROSS` than those above: `倾尽力量` holds no 尽力 (倾尽 and 力量), `尽心尽力完成20次` none
    (wholeheartedly, as 竭尽全力: it was told 加了“尽力”), `3个上下级部门` and `2个前后端系统` no 上下 or 前后 (no 3个 or 2个
    more or less); `积极力争` beside them is still 力争."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("8次", "倾尽力量完成8次"), "开展调研次数": ("走访3个部门", "走访3个上下级部门"),
        "开展会议场次": ("对接2个系统", "对接2个前后端系统"), "开展活动次数": ("8次", "积极力争8次"),
        "开展培训场次": ("20次", "尽心尽力完成20次")})
    assert value_marks(runner, old, new) == {
        "侨务接待次数": (None, None), "开展调研次数": (None, None), "开展会议场次": (None, None),
        "开展活动次数": ("目标放宽", "加了“力争”"), "开展培训场次": (None, None)}


def test_a_hedge_written_with_other_words_changed_is_noted_without_a_mark(runner, tmp_path):
    """`提交提案3篇` → `尽力报送信息2篇` was a plain 修改: a hedge was told only where the rest of the value was kept,
    and here another thing is counted. A hedge the new value is written with and the old was not is noted whatever else
    changed, without a word that the target asks less, which is not certain; none where one took another's place
    (`力争8次` → `8次左右`), nor within a longer word (`竭尽力量`)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "提交提案3篇", "尽力报送信息2篇"), ("数量指标", "侨务接待次数", "18次", "力争≥20次"),
        ("数量指标", "开展会议场次", "力争8次", "8次左右"), ("数量指标", "开展调研次数", "开展调研20次", "竭尽力量开展走访20次")])
    assert value_marks(runner, old, new) == {
        "开展活动次数": (None, "加了“尽力”"), "侨务接待次数": (None, "加了“力争”"),
        "开展会议场次": (None, None), "开展调研次数": (None, None)}
    lines = text_lines(runner, old, new)
    assert ("  修改  绩效指标 › 产出指标 › 数量指标 › 开展活动次数：指标值  “提交提案3篇” → “尽力报送信息2篇”（加了“尽力”）"
            in lines), lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 4 处。"  # noted, not counted among the targets lowered
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert "| 修改 | 绩效指标 › 产出指标 › 数量指标 › 开展活动次数：指标值 | 提交提案3篇 | 尽力报送信息2篇（加了“尽力”） |" in markdown


def test_a_lowered_value_without_a_comparator_is_marked_by_what_it_measures(runner, tmp_path):
    """`“18次” → “12次”` of a 数量指标 was a plain 修改, the edit a reviewer must not miss. A value without a
    comparator points its category's way (a count, a quality or satisfaction level to reach; a cost to keep
    within), a percentage the way of what it is a rate of (a 投诉率 under 满意度指标 is to keep low)."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("18次", "12次"),
        "开展会议场次": ("8次", "10次"),  # raised: no mark
        "侨务接待率(%)": ("100%", "95%"),
        "华侨满意度": ("≥95%", "90％"),  # a floor turned into a lower value without one
        "投诉率": ("0%", "5%"),
        "培训支出": ("2.5万元", "3.5万元"),
        "活动支出": ("=2万元", "25000元"),  # money in another unit
        "会议支出": ("2万元", "≥1万元"),  # an exact cost turned into a floor: no cap is left
        "调研支出": ("2万元", "1万元"),  # lowered: no mark
        "因公出国支出": ("200元/人", "0.03万元/人"),  # a unit cost in another unit
    })
    marked = row_marks(runner, old, new)
    assert marked == {"侨务接待次数": "目标降低", "开展会议场次": None, "侨务接待率(%)": "目标降低", "华侨满意度": "目标降低",
                      "投诉率": "目标放宽", "培训支出": "成本上限提高", "活动支出": "成本上限提高", "会议支出": "成本上限提高",
                      "调研支出": None, "因公出国支出": "成本上限提高"}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “18次” → “12次”（目标降低）" in lines
    assert lines[-1] == ("比较了 1 个规格，1 个有改动：修改 10 处（其中降低要求 8 处，"
                         "提高要求 2 处）。")
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert "| 修改 | 绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值 | 18次 | 12次（<b>目标降低</b>） |" in markdown
    assert markdown[3] == lines[-1]


def test_the_end_of_the_budget_year_in_words_is_a_later_deadline_than_june(runner, tmp_path):
    """`“2024年6月底前” → “年内完成”` was a plain 修改: 年内完成 read as words, though it is the deadline 本年度内完成
    already was, the 31st of December of the budget year."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训开展时间": ("2024年6月底前", "年内完成"),
        "活动开展时间": ("2024年6月底前", "年度内完成"),
        "会议开展时间": ("2024年6月底前", "当年完成"),
        "调研开展时间": ("年内完成", "2024年6月底前"),  # earlier: no mark
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训开展时间": "时限推后", "活动开展时间": "时限推后", "会议开展时间": "时限推后", "调研开展时间": None}


def test_a_deadline_put_later_before_a_slogan_with_a_numeral_is_marked(runner, tmp_path):
    """`年底前完成` → `次年3月底前实现一件事一次办` was a plain 修改: the numerals of the slogan were taken for a count
    and the deadline was no longer read. A count spelt after a date without figures is read as its figures, so
    `年底前完成3次检查` → `年底前完成两次检查` is a count lowered, not a target turned into words."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训开展时间": ("年底前完成", "次年3月底前实现一件事一次办"),
        "活动开展时间": ("年底前完成", "次年6月底前完成三年行动计划"),
        "侨务接待次数": ("年底前完成3次检查", "年底前完成两次检查"),
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训开展时间": "时限推后", "活动开展时间": "时限推后", "侨务接待次数": "目标降低"}, marked


def test_a_count_done_by_a_deadline_put_later_is_marked(runner, tmp_path):
    """`2024年12月底前完成两次检查` → `次年3月底前完成两次检查` was a plain 修改: a deadline and a count read as two
    numbers, no deadline. The count's deadline is read as the deadline alone, in figures or spelt; a count lowered
    is still 目标降低 first."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训开展时间": ("2024年12月底前完成两次检查", "次年3月底前完成两次检查"),
        "活动开展时间": ("2024年12月底前完成2次检查", "次年3月底前完成2次检查"),
        "会议开展时间": ("年底前完成", "次年3月底前完成2次检查"),
        "调研开展时间": ("次年3月底前完成2次检查", "年底前完成2次检查"),  # earlier: no mark
        "侨务接待次数": ("6月底前完成3次检查", "6月底前完成2次检查"),
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训开展时间": "时限推后", "活动开展时间": "时限推后", "会议开展时间": "时限推后", "调研开展时间": None,
                      "侨务接待次数": "目标降低"}, marked


def test_a_count_after_a_deadline_lowered_in_chinese_numerals_is_marked(runner, tmp_path):
    """`年底前完成3次` → `年底前完成一次` and `年底前举办3期` → `年底前举办两期` passed unmarked: 一 and 期 ending a value
    were never a count, so the new value read as the bare deadline 年底前, and `年底前建成12个站点` → `年底前建成十个站点`
    too, the count before words dropped. Each is the count lowered, by the same deadline."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("年底前完成3次", "年底前完成一次"),
        "开展会议场次": ("年底前举办3期", "年底前举办两期"),
        "开展调研次数": ("年底前建成12个站点", "年底前建成十个站点"),
        "开展活动次数": ("年底前至少2次", "年底前至少一次"),
    })
    marked = row_marks(runner, old, new)
    assert marked == dict.fromkeys(("侨务接待次数", "开展会议场次", "开展调研次数", "开展活动次数"), "目标降低"), marked


def test_money_paid_by_a_deadline_put_later_is_marked(runner, tmp_path):
    """`年底前支付1万元` → `次年3月底前支付1万元` was a plain 修改: money by a deadline read as two numbers or an
    amount with no deadline. Its deadline is read as a count's is, in figures or spelt; a cap raised stays 成本上限提高."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训支出": ("年底前支付1万元", "次年3月底前支付1万元"),
        "活动支出": ("年底前支付一万元", "次年3月底前支付一万元"),
        "会议支出": ("年底前支付1万元", "年底前支付2万元"),
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训支出": "时限推后", "活动支出": "时限推后", "会议支出": "成本上限提高"}, marked


def test_the_end_of_a_month_without_qian_is_a_deadline(runner, tmp_path):
    """`“6月底前” → “12月底”` was a plain 修改: 12月底 without 前 read as a date, no deadline, so a deadline moved
    half a year later by dropping its 前 went unmarked. The end of a month or year is the day by which."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训开展时间": ("6月底前", "12月底"),
        "活动开展时间": ("2024年6月底", "2024年12月底"),
        "会议开展时间": ("12月底", "次年3月底"),
        "调研开展时间": ("12月底", "6月底前"),  # earlier: no mark
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训开展时间": "时限推后", "活动开展时间": "时限推后", "会议开展时间": "时限推后", "调研开展时间": None}


def test_a_date_without_deadline_words_under_timeliness_or_beside_a_deadline_is_read_as_one(runner, tmp_path):
    """`上半年` → `下半年`, `10月底前` → `12月` and `2024年10月` → `2024年12月` were plain 修改 while `上半年完成` →
    `下半年完成` was 时限推后: under 时效指标 a date is when the thing is done, and a bare month beside a date is the
    month of the year it names, read by the one date parser. Earlier dates stay unmarked."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训开展时间": ("上半年", "下半年"),
        "活动开展时间": ("10月底前", "12月"),
        "会议开展时间": ("2024年10月", "2024年12月"),
        "调研开展时间": ("10月前", "12月"),
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训开展时间": "时限推后", "活动开展时间": "时限推后", "会议开展时间": "时限推后", "调研开展时间": "时限推后"}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 时效指标 › 培训开展时间：指标值  “上半年” → “下半年”（时限推后）" in lines, lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 4 处（其中时限推后 4 处）。"
    assert [c.get("weakened") for c in changes(runner, new, old)["changes"]] == [None] * 4


def test_a_date_whose_year_is_spelt_in_chinese_numerals_is_compared(runner, tmp_path):
    """`“2024年12月31日前完成” → “二〇二四年十二月三十一日前完成”` was marked 目标不可衡量, and a deadline so written
    moved later was not marked: the year in Chinese numerals read as no number. It reads as lint's B7 figures."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "培训开展时间": ("2024年12月31日前完成", "二〇二四年十二月三十一日前完成"),  # the same deadline
        "活动开展时间": ("二〇二四年6月底前", "2024年12月底前"),
        "会议开展时间": ("2024年6月底前", "二零二四年十月底前"),
    })
    marked = row_marks(runner, old, new)
    assert marked == {"培训开展时间": None, "活动开展时间": "时限推后", "会议开展时间": "时限推后"}


def value_marks(runner, old: str, new: str) -> dict[str, tuple[str | None, str | None]]:
    """Each indicator value diff changed, by its 三级 name: (the word for how it weakened, the reason noted beside it)."""
    return row_marks(runner, old, new, weakened_and_note, values_only=True)


def rows_drafts(tmp_path, spec: str, rows: list[tuple[str, str, str, str]]) -> tuple[str, str]:
    """(old path, new path): the example with its first indicator rows made (二级, name, old value, new value)."""
    paths = []
    for side in (0, 1):
        tree = canonical_yaml().load((ROOT / "specs" / spec).read_text(encoding="utf-8"))
        for item, (level2, name, *drafts) in zip(tree["indicators"], rows):
            item["level2"], item["name"], item["value"] = level2, name, drafts[side]
        paths.append(tmp_path / f"{side}-{spec}")
        paths[-1].write_text(dump(tree), encoding="utf-8")
    return str(paths[0]), str(paths[1])


def test_a_length_of_time_that_points_no_way_made_a_deadline_is_a_plain_edit(runner, tmp_path):
    """办公用房租赁期限 `12月` → `10月底前` was 时限提前: beside a deadline the bare 12月 was read as December, though
    of a 租赁期限 it is twelve months, a length that points no way, now written as a deadline. A time to get something
    done (完成时间) still reads its bare month beside a deadline as the month of the year."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "办公用房租赁期限", "12月", "10月底前"),
        ("时效指标", "物业合同租赁期限", "10月底前", "12月"),
        ("时效指标", "项目完成时间", "12月", "10月底前"),
        ("时效指标", "项目实施期限", "10月底前", "12月"),  # docs/diff.md: a deadline and a length, neither way marked
        ("时效指标", "项目实施周期", "12月", "10月底前"),
        ("时效指标", "二期项目实施期限", "12月", "10月底前"), ("时效指标", "二期项目实施周期", "10月底前", "12月"),
        ("时效指标", "三期项目实施期限", "10月底前", "12月底前"),  # two deadlines: later, as ever
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"办公用房租赁期限": (None, None), "物业合同租赁期限": (None, None),
                     "项目完成时间": (None, "时限提前"), "项目实施期限": (None, None), "项目实施周期": (None, None),
                     "二期项目实施期限": (None, None), "二期项目实施周期": (None, None),
                     "三期项目实施期限": ("时限推后", None)}, found


def test_a_longer_time_to_get_something_done_is_a_later_deadline(runner, tmp_path):
    """`办理时限 “30个工作日” → “45个工作日”` under 时效指标 was a plain 修改: the category points no way, though
    the words say the time it takes to get something done, which is to keep short. A duration that is an
    amount to deliver (服务时长, 培训天数, 租赁期限), or a time under a category pointing the other way, stays a
    plain change; with a comparator, more time to get something done is 时限推后 too (was 目标放宽)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "办理时限", "30个工作日", "45个工作日"),
        ("时效指标", "项目建设周期", "≤3个月", "6个月"),
        ("时效指标", "平均用时", "≤30个工作日", "≤45个工作日"),
        ("时效指标", "投诉处理时间", "2天", "1天"),  # shorter: no mark
        ("时效指标", "志愿服务时长", "100小时", "80小时"),
        ("时效指标", "培训天数", "5天", "3天"),
        ("时效指标", "办公用房租赁期限", "12个月", "24个月"),
        ("数量指标", "审批时限", "5个工作日", "7个工作日"),  # the category says a count: not certain
        ("社会效益指标", "群众办事耗时", "3天", "5天"),
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"办理时限": "时限推后", "项目建设周期": "时限推后", "平均用时": "时限推后", "投诉处理时间": None,
                      "志愿服务时长": None, "培训天数": None, "办公用房租赁期限": None, "审批时限": None,
                      "群众办事耗时": "时限推后"}


def test_a_cap_on_a_time_raised_is_a_later_deadline_by_its_name_or_category(runner, tmp_path):
    """Only a measure named by a verb of the time it takes (响应, 处置, 办结) had its cap raised read as 时限推后:
    `城区接警到达现场时间 ≤5分钟` → `≤8分钟` was 目标放宽. A cap in a unit of time named a time (时间, 时长), or under
    时效指标 unless its words name a term (租赁期限), is a time limit, and lowering it brings the deadline forward. A
    term named a time (房屋租赁时间) is the term still: it was 时限推后 where 租赁期限 was 目标放宽."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "城区接警到达现场时间", "≤5分钟", "≤8分钟"),
        ("质量指标", "救护车到达现场时间", "≤15分钟", "≤20分钟"),  # named a time: under any category
        ("时效指标", "接警到达现场", "≤10分钟", "≤12分钟"),  # under 时效指标: named no time
        ("时效指标", "窗口受理时长", "≤20分钟", "≤10分钟"),  # lowered: brought forward
        ("时效指标", "办公用房租赁期限", "≤3年", "≤5年"),  # a term, no deadline
        ("时效指标", "房屋租赁时间", "≤3年", "≤5年"),  # a term named a time: no deadline either
        ("质量指标", "设备租赁时长", "≤2年", "≤3年"),
        ("时效指标", "试用时间", "≤3个月", "≤6个月"),  # its 用时 is no time taken: a term tried
        ("时效指标", "房屋租用时间", "≤3年", "≤5年"),
        ("时效指标", "有效时间内办结", "≤3天", "≤5天"),  # a time within which a thing is done: a time limit
        ("质量指标", "接访到达现场", "≤10分钟", "≤12分钟"),  # neither: a cap as any other
    ])
    marked = row_marks(runner, old, new, weakened_or_tightened, values_only=True)
    assert marked == {"城区接警到达现场时间": "时限推后", "救护车到达现场时间": "时限推后", "接警到达现场": "时限推后",
                      "窗口受理时长": "时限提前", "办公用房租赁期限": "目标放宽", "房屋租赁时间": "目标放宽",
                      "设备租赁时长": "目标放宽", "试用时间": "目标放宽", "房屋租用时间": "目标放宽",
                      "有效时间内办结": "时限推后", "接访到达现场": "目标放宽"}


def test_a_length_of_time_is_marked_by_what_it_is_the_time_of(runner, tmp_path):
    """Every length of time was read as one to keep short: `服务时长 “≤8小时” → “≤10小时”` was 目标放宽, though
    more service is no easier target, and `志愿服务时长 “≥100小时” → “≥80小时”` or fewer 培训天数 under 数量指标
    went unmarked. A time to get something done (平均等待时间, 故障修复时间) is to keep short; a length of service
    to deliver (服务时长, 培训天数, 质保期限) long; any other (租赁期限, 会议举办天数) points no way but its comparator's.
    Days go by their state: 安全生产无事故天数 are good days (its 事故 read them as bad), 系统宕机天数 bad ones."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "服务时长", "≤8小时", "≤10小时"),  # a slipped comparator: nothing certain
        ("时效指标", "志愿服务时长", "≥100小时", "≥80小时"),
        ("数量指标", "培训天数", "5天", "3天"),
        ("时效指标", "设备质保期限", "≥2年", "≥1年"),
        ("时效指标", "平均等待时间", "≤30分钟", "≤45分钟"),
        ("时效指标", "故障修复时间", "4小时", "8小时"),
        ("数量指标", "会议举办天数", "4天", "3天"),  # the category says a count, the words a length of no direction
        ("数量指标", "场地租赁期限", "24个月", "12个月"),
        ("时效指标", "办公用房租赁期限", "≤3年", "≤5年"),  # the author's cap, raised
        ("数量指标", "空气质量达标天数", "300天", "280天"),  # a count of good days: more is better
        ("生态效益指标", "空气优良天数", "≥300天", "≥280天"),
        ("数量指标", "安全生产无事故天数", "365天", "300天"),  # no 事故: a good day
        ("质量指标", "系统宕机天数", "≥5天", "≥3天"),  # a floor on bad days: a slipped comparator
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"服务时长": None, "志愿服务时长": "目标降低", "培训天数": "目标降低", "设备质保期限": "目标降低",
                      "平均等待时间": "时限推后", "故障修复时间": "时限推后", "会议举办天数": None, "场地租赁期限": None,
                      "办公用房租赁期限": "目标放宽", "空气质量达标天数": "目标降低", "空气优良天数": "目标降低",
                      "安全生产无事故天数": "目标降低", "系统宕机天数": None}


def test_a_time_under_quantity_whose_words_say_no_way_is_marked_by_its_comparator_alone(runner, tmp_path):
    """审批 `2小时/件` → `1小时/件` under 数量指标 was 目标降低, a time per case made shorter read as a count lowered,
    and `2小时/件` → `≤2小时/件` too: a value in a unit of time whose words point no way is no count (B5 asks no ≥ of it,
    D1 tells a time per case to go to 时效指标), so only its own comparator says which way it is better. A count, a
    length to give (培训天数) and a time to get a thing done (办理时限) are still marked."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "审批", "2小时/件", "1小时/件"),
        ("数量指标", "窗口受理", "20分钟/件", "≤20分钟/件"),
        ("数量指标", "业务办理", "≤2小时/件", "≤1小时/件"),
        ("数量指标", "会议", "≤2小时/次", "≤3小时/次"),  # the author's cap, raised
        ("数量指标", "侨务接待次数", "18次", "≤18次"),
        ("数量指标", "培训天数", "5天", "3天"),
        ("数量指标", "办理时限", "≤5个工作日", "≤8个工作日"),
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"审批": None, "窗口受理": None, "业务办理": None, "会议": "目标放宽", "侨务接待次数": "目标降低",
                      "培训天数": "目标降低", "办理时限": "时限推后"}


def test_a_target_that_asks_more_is_marked_raised_and_not_counted_as_lowered(runner, edited):
    """`开展台胞活动5次以上` → `8次以上` and `提案不少于3篇` → `不少于5篇` were plain 修改: a reviewer had to compare the
    numbers of every unmarked edit to learn it asked more. They are `目标提高`, in text, markdown (not bold, not in the
    list of weakened targets) and json alike, counted apart from 目标降低 in the summary."""
    def change(tree):
        row = tree["indicators"][indicator(tree, "举办活动场次")]
        row["period_value"] = row["annual_value"] = "开展台胞活动8次以上"
        tree["key_tasks"][0]["goal"] = tree["key_tasks"][0]["goal"].replace("提案不少于3篇", "提案不少于5篇")
        row = tree["indicators"][indicator(tree, "满意度")]
        row["annual_value"] = "台胞满意度85%以上"
    old, new = edited(GZ, change)
    marks = {(c["where"].split(" › ")[-1], c.get("weakened"), c.get("tightened")) for c in changes(runner, old, new)["changes"]}
    assert marks == {("举办活动场次：实施周期指标值", None, "目标提高"), ("举办活动场次：年度指标值", None, "目标提高"),
                     ("满意度：年度指标值", "目标降低", None),
                     ("履行职责，做好参政议政和信息调研工作：期望达到的目标（概述）", None, "目标提高")}, marks
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 举办活动场次：年度指标值  “开展台胞活动5次以上” → “开展台胞活动8次以上”（目标提高）" \
        in lines, lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 3 处（其中目标降低 1 处，目标提高 2 处；列出 4 行，同一行几栏改得一样的算作一处）。", lines[-1]
    markdown = "\n".join(text_lines(runner, old, new, "--format", "markdown"))
    assert "| 开展台胞活动5次以上 | 开展台胞活动8次以上（目标提高） |" in markdown, markdown
    assert "<b>目标提高</b>" not in markdown and "降低要求的改动（1 处" in markdown
    assert "修改 3 处（其中目标降低 1 处，目标提高 2 处；列出 4 行，同一行几栏改得一样的算作一处）" in markdown


def test_a_target_raised_is_said_only_where_lowered_would_be(runner, tmp_path):
    """`目标提高` is `weakening` read backwards: a floor raised, a cap lowered, a deadline earlier, a grade stepped up, a
    hedge taken off. Not where the edit also weakens (a count lowered by an earlier deadline is 目标降低 alone), flips
    a comparator (比较方向改变 says it), makes words a number, or compares nothing (`季度4次` → `季度3次`)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "培训次数", "18次", "20次"),
        ("满意度指标", "服务对象满意度", "≥90%", "≥95%"),
        ("时效指标", "办理时限", "≤30个工作日", "≤20个工作日"),
        ("满意度指标", "群众满意度", "基本满意", "满意"),
        ("成本指标", "培训费", "≤12万元", "≤10万元"),
        ("数量指标", "走访次数", "力争8次", "8次"),
        ("数量指标", "检查次数", "年底前完成3次", "6月底前完成2次"),
        ("满意度指标", "台胞满意度", "≤90%", "≥90%"),
        ("数量指标", "例会次数", "季度4次", "季度3次"),
        ("数量指标", "调研次数", "完成", "12次"),
        ("数量指标", "宣传次数", "20次", "18次"),
    ])
    marked = row_marks(runner, old, new, tightened_of, values_only=True)
    assert marked == {"培训次数": "目标提高", "服务对象满意度": "目标提高", "办理时限": "时限提前", "群众满意度": "目标提高",
                      "培训费": "成本上限降低", "走访次数": "目标收紧", "检查次数": None, "台胞满意度": None, "例会次数": None,
                      "调研次数": None, "宣传次数": None}, marked


def test_a_target_raised_is_named_as_the_mirror_of_its_lowering(runner, tmp_path):
    """Every edit that asked more was `目标提高`, so `培训费 ≤16.9万元 → ≤11.9万元（目标提高）` read to a finance clerk as
    money raised. Each is named as the mirror of the word its reverse gets: 目标降低 → 目标提高, 目标放宽 → 目标收紧,
    成本上限提高 → 成本上限降低, 时限推后 → 时限提前, both where both (`目标提高，时限提前`); the summary counts them
    after the weakened ones, each under its first word, and markdown shows them plain."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("成本指标", "培训费", "≤16.9万元", "≤11.9万元"),
        ("质量指标", "投诉率", "≤3%", "≤1%"),
        ("时效指标", "完成时间", "10月底前", "6月底前"),
        ("数量指标", "检查次数", "年底前完成3次", "6月底前完成4次"),
        ("数量指标", "宣传次数", "20次", "18次"),
    ])
    marked = row_marks(runner, old, new, weakened_or_tightened, values_only=True)
    assert marked == {"培训费": "成本上限降低", "投诉率": "目标收紧", "完成时间": "时限提前", "检查次数": "目标提高，时限提前",
                      "宣传次数": "目标降低"}, marked
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 成本指标 › 培训费：指标值  “≤16.9万元” → “≤11.9万元”（成本上限降低）" in lines, lines
    summary = "比较了 1 个规格，1 个有改动：修改 5 处（其中目标降低 1 处，提高要求 4 处）。"
    assert lines[-1] == summary
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert markdown[3] == summary and "| ≤16.9万元 | ≤11.9万元（成本上限降低） |" in "\n".join(markdown), markdown


def test_each_years_end_moved_is_a_deadline_moved(runner, tmp_path):
    """`每年底前报送` → `每年6月底前报送` was a plain 修改: `每年底前报送` read as words, the end of a period no month
    names. It is the budget year's end, as `每年3月前` is March, so the edit brings the deadline forward, its reverse
    puts it later, and `每年年底前` → `每年底` or `12月31日前` → `每年底前报送` is the same deadline, no longer
    目标不可衡量."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "报送时间", "每年底前报送", "每年6月底前报送"),
        ("时效指标", "上报时间", "每年6月底前报送", "每年底前报送"),
        ("时效指标", "完成时间", "每年底", "每年9月底前"),
        ("时效指标", "办结时间", "每年末前完成", "每年10月底前完成"),
    ])
    marked = row_marks(runner, old, new, weakened_or_tightened, values_only=True)
    assert marked == {"报送时间": "时限提前", "上报时间": "时限推后", "完成时间": "时限提前", "办结时间": "时限提前"}, marked
    assert weakening("完成时间", "每年年底前", "每年底", 2024, 2024, "timeliness") is None  # was 目标不可衡量
    assert weakening("完成时间", "12月31日前", "每年底前报送", 2024, 2024, "timeliness") is None  # was 目标不可衡量


@pytest.mark.parametrize("old, new", [
    ("每月10日前报送COVID-19数据", "每月底前报送COVID-19数据"), ("每周三前报送SARS-CoV-2监测数据", "每周五前报送SARS-CoV-2监测数据"),
])
def test_a_recurring_deadline_before_a_hyphened_name_moved_is_put_later(old, new):
    """`每月10日前报送COVID-19数据` read as two numbers and `每月底前报送COVID-19数据` as −19, so diff compared nothing:
    the digits of a name joined by a hyphen (`lettered_names.LETTERED_NAME`) are no count after the deadline."""
    assert weakening("数据报送时间", old, new, 2024, 2024, "timeliness") == "时限推后"
    assert weakening("数据报送时间", new, old, 2024, 2024, "timeliness") is None


@pytest.mark.parametrize("old, new", [
    ("通过ISO-9001认证", "通过ISO-14001认证"), ("符合GB50300-2013标准", "符合GB50300-2001标准"), ("HIV-1", "HIV-2"),
    ("通过ISO9001:2015认证", "通过ISO9001:2008认证"), ("通过ISO-9001:2008认证", "通过ISO-9001:2015认证"),  # editions
])
def test_a_hyphened_name_edited_is_no_target_moved(old, new):
    """`通过ISO-9001认证` → `通过ISO-14001认证` was 目标降低 (−9001 to −14001) and `符合GB50300-2013标准` →
    `符合GB50300-2001标准` 目标提高: the hyphen of a name read as a minus. Another name is another requirement, words
    as `通过认证` is, which diff compares by no number, either way."""
    for before, after in ((old, new), (new, old)):
        assert weakening("认证情况", before, after, 2024, 2024, "quality") is None
        assert tightening("认证情况", before, after, 2024, 2024, "quality") is None


def test_a_deadline_raised_across_a_year_is_read_against_each_sides_budget_year(runner, tmp_path):
    """Next year's spec (2025) asking `2025年6月底前` where last year's (2024) asked `2024年10月底前` is 时限提前: each
    deadline is read against its own budget year, as a lowered one is. A deadline only moved on with the year
    (`2024年6月底前` → `2025年6月底前`) asks nothing more, and is no change listed."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "完成时间", "2024年10月底前", "2025年6月底前"),
        ("时效指标", "办结时间", "2024年6月底前", "2025年6月底前"),
    ])
    Path(new).write_text(Path(new).read_text(encoding="utf-8").replace("year: 2024", "year: 2025"), encoding="utf-8")
    marked = row_marks(runner, old, new, weakened_or_tightened, values_only=True)
    assert marked == {"完成时间": "时限提前"}, marked


def test_a_target_raised_with_a_hedge_added_is_not_marked_raised(runner, tmp_path, edited):
    """`8次` → `力争10次` was 目标提高: read backwards (`力争10次` → `8次`) only the number is lowered, a hedge taken off
    not being counted, so the hedge the edit adds went unseen. The unit no longer commits to the higher number: not
    certainly more, a plain 修改, as the hedge on an earlier deadline is (`10月底前` → `6月底前后`). A hedge kept on
    both sides, or taken off, still leaves the edit 目标提高; a goal text's clause alike (`不少于5篇左右`)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "走访次数", "8次", "力争10次"),
        ("数量指标", "培训次数", "8次", "10次左右"),
        ("满意度指标", "服务对象满意度", "≥90%", "原则上≥95%"),
        ("时效指标", "完成时间", "10月底前", "6月底前后"),
        ("数量指标", "检查次数", "年底前完成3次", "6月底前完成约4次"),
        ("成本指标", "培训费", "≤16.9万元", "约11.9万元"),
        ("数量指标", "调研次数", "力争8次", "力争10次"),
        ("数量指标", "宣传次数", "力争8次", "10次"),
        ("时效指标", "办结时间", "10月底前", "6月底前"),
    ])
    marked = row_marks(runner, old, new, weakened_or_tightened, values_only=True)
    assert marked == {"走访次数": None, "培训次数": None, "服务对象满意度": None, "完成时间": None, "检查次数": None,
                      "培训费": None, "调研次数": "目标提高", "宣传次数": "目标提高", "办结时间": "时限提前"}, marked

    def hedged(tree):
        tree["key_tasks"][0]["goal"] = tree["key_tasks"][0]["goal"].replace("提案不少于3篇", "提案不少于5篇左右")
    found = [c for c in changes(runner, *edited(GZ, hedged))["changes"] if c["path"].endswith(".goal")]
    assert len(found) == 1 and "tightened" not in found[0] and "weakened" not in found[0], found


def test_a_goal_text_lowered_in_one_clause_and_raised_in_another_is_only_lowered(runner, tmp_path):
    """A goal text whose 调研 asks more (不少于5次 → 8次) while its 提案 asks less (不少于3篇 → 2篇) is 目标降低 alone,
    as an indicator lowered one way and raised another is: a reviewer is not told that a weakened text asks more."""
    paths = []
    for side, goal in enumerate(["开展专题调研不少于5次，提交市政协大会提案不少于3篇。", "开展专题调研不少于8次，提交市政协大会提案不少于2篇。"]):
        tree = canonical_yaml().load((ROOT / "specs" / GZ).read_text(encoding="utf-8"))
        tree["key_tasks"][0]["goal"] = goal
        paths.append(tmp_path / f"{side}-{GZ}")
        paths[-1].write_text(dump(tree), encoding="utf-8")
    [found] = [c for c in changes(runner, *map(str, paths))["changes"] if c["path"].endswith(".goal")]
    assert (found.get("weakened"), found.get("tightened")) == ("目标降低", None), found


def test_a_quarters_count_for_the_year_is_compared_with_counts_and_not_with_frequencies(runner, tmp_path):
    """What docs/diff.md (频次) says: `季度例会4次` is the year's four meetings, compared with a count of no period
    (`→ 2次` 目标降低), never with a frequency (`每季度1次`, nor `季度3次`, three in each quarter), as a count of no
    period is not (`12次` → `每月1次`): the doc said only the first, and `季度4次` → `季度3次` read as a missed mark."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "召开例会次数", "季度例会4次", "2次"),
        ("数量指标", "例会次数", "季度例会4次", "每季度1次"),
        ("数量指标", "季度会议次数", "季度4次", "季度3次"),
        ("数量指标", "宣传次数", "12次", "每月1次"),
    ])
    marked = row_marks(runner, old, new, weakened_or_tightened, values_only=True)
    assert marked == {"召开例会次数": "目标降低", "例会次数": None, "季度会议次数": None, "宣传次数": None}, marked
    doc = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    assert "`季度例会4次` → `2次` 为“目标降低”" in doc and "`季度4次` → `季度3次`（次数不是 4 的" in doc


def test_a_floor_before_a_quarter_counted_for_the_year_turned_into_a_cap_is_said(runner, tmp_path):
    """`≥季度4次` → `≤季度4次` was a plain 修改: the ≥ and ≤ were read as words before 季度, the year's four meetings
    counted with no comparator. Each is the count's: a floor of a count to complete turned into a cap."""
    old, new = rows_drafts(tmp_path, ZJ, [("数量指标", "召开例会次数", "≥季度4次", "≤季度4次")])
    [change] = [c for c in changes(runner, old, new)["changes"] if c["path"].endswith(".value")]
    assert (change.get("weakened"), change.get("note")) == ("目标降低", "比较方向改变：≥ 改为 ≤"), change


def test_a_rate_of_a_bad_things_absence_is_to_reach_and_of_a_bad_state_to_keep_low(runner, tmp_path):
    """无故障率, 无事故率 and 无差错率 were read by their 故障, 事故, 差错 as rates to keep low: a raised 设备无故障率
    was 目标放宽 and a lowered one unmarked; so was 无重大安全责任事故率, with words between. 零差错率 was a rate to
    reach, so a raised cap on it went unmarked, and 未整改率 was read as a rate of 整改. 超标率, 停电率 and 污染率 were
    read as rates to reach: a raised cap on them went unmarked."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "设备无故障率", "95%", "98%"),  # raised: asks more, no mark
        ("质量指标", "安全生产无事故率", "100%", "95%"),
        ("质量指标", "数据无差错率", "≥99%", "≥98%"),
        ("质量指标", "零差错率", "≤1%", "≤2%"),  # says no way: the comparator's
        ("质量指标", "无重大安全责任事故率", "100%", "95%"),
        ("质量指标", "未整改率", "2%", "3%"),  # not done: keep low
        ("生态效益指标", "水质超标率", "≤5%", "≤8%"),
        ("社会效益指标", "用户停电率", "1%", "2%"),
        ("生态效益指标", "土壤污染率", "≤3%", "≤2%"),  # lowered cap: asks more, no mark
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"设备无故障率": None, "安全生产无事故率": "目标降低", "数据无差错率": "目标降低", "零差错率": "目标放宽",
                      "无重大安全责任事故率": "目标降低", "未整改率": "目标放宽",
                      "水质超标率": "目标放宽", "用户停电率": "目标放宽", "土壤污染率": None}


def test_a_rate_of_decisions_overturned_on_review_is_to_keep_low(runner, tmp_path):
    """行政诉讼败诉率 `≤5%` → `≤8%` went unmarked, a 败诉率 read as a rate to reach: a suit lost or a decision undone on
    review is an error of the work, and a raised cap on it is 目标放宽, a lowered one asks more. 行政诉讼非败诉率
    `≥95%` → `≥90%`, the suits not lost, was read by its 败诉率 as one to keep low and went unmarked."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "行政诉讼败诉率", "≤5%", "≤8%"),
        ("质量指标", "审计决定被行政复议撤销数", "≤1件", "≤2件"),
        ("质量指标", "行政处罚决定被撤销率", "≤3%", "≤2%"),  # lowered cap: asks more
        ("质量指标", "行政诉讼非败诉率", "≥95%", "≥90%"),  # suits not lost: a lowered floor asks less
    ])
    marked = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert marked == {"行政诉讼败诉率": ("目标放宽", None), "审计决定被行政复议撤销数": ("目标放宽", None),
                      "行政处罚决定被撤销率": (None, "目标收紧"), "行政诉讼非败诉率": ("目标降低", None)}


def test_burdens_errors_budget_priorities_and_units_free_of_harm_are_weighed_their_way(runner, tmp_path):
    """赤字率 `≤3%` → `≤4%`, 错案率 `≤1%` → `≤2%` and 一审案件改判发回重审率 `≤5%` → `≤6%` went unmarked, read as rates
    to reach; 民生支出占比 `≥70%` → `≥65%` and 无事故单位数 `≥10个` → `≥8个` too, read by their 支出 and 事故 as things to
    keep low. A burden, an error and a judgement undone are ceilings; a budget's share put where it comes first and the
    units free of accidents are the more the better. 行政复议纠错率 says no way, its comparator decides."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("经济效益指标", "赤字率", "≤3%", "≤4%"),
        ("社会效益指标", "错案率", "≤1%", "≤2%"),
        ("社会效益指标", "一审案件改判发回重审率", "≤5%", "≤6%"),
        ("社会效益指标", "民生支出占比", "≥70%", "≥65%"),
        ("社会效益指标", "无事故单位数", "≥10个", "≥8个"),
        ("社会效益指标", "行政复议纠错率", "≤10%", "≤12%"),  # a cap raised, by its comparator
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"赤字率": "目标放宽", "错案率": "目标放宽", "一审案件改判发回重审率": "目标放宽",
                      "民生支出占比": "目标降低", "无事故单位数": "目标降低", "行政复议纠错率": "目标放宽"}


def test_a_ceiling_under_spending_control_is_loosened_when_raised_not_when_lowered(runner, tmp_path):
    """A count whose words say control (严格控制因公出国团组数, 压减公务接待批次, 会议次数 `不超过…`) is a cap the rules on
    the unit's own spending set, a lower one the stricter: `“8次” → “6次”` asks more, `“6次” → “8次”` is 目标放宽.
    `严格控制会议次数` was read as a count to complete (控制 counted only opening the words), and `“不超过6次” → “8次”` of
    会议次数 a plain 修改. A bare count of receptions (公务接待人次) says no control and, as training the unit delivers
    (举办培训班次数), stays a count to complete."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "严格控制因公出国(境)团组数", "≤8次", "≤6次"),  # a stricter ceiling
        ("数量指标", "压减公务接待批次", "≤6次", "≤8次"),  # a looser one
        ("数量指标", "严格控制会议次数", "8次", "6次"),
        ("数量指标", "严格控制会议场次", "6次", "8次"),
        ("数量指标", "会议次数", "不超过6次", "8次"),  # the old value's words said control
        ("数量指标", "公务接待人次", "6次", "8次"),  # the unit's own work: asks more
        ("数量指标", "压减会议次数", "≥3次", "≤3次"),  # a slipped comparator mended
        ("数量指标", "举办培训班次数", "≥5次", "≥3次"),  # an output: fewer is lower
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"严格控制因公出国(境)团组数": None, "压减公务接待批次": "目标放宽", "严格控制会议次数": None,
                      "严格控制会议场次": "目标放宽", "会议次数": "目标放宽", "公务接待人次": None,
                      "压减会议次数": None, "举办培训班次数": "目标降低"}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 压减公务接待批次：指标值  “≤6次” → “≤8次”（目标放宽）" in lines
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 压减会议次数：指标值  “≥3次” → “≤3次”（比较方向改变：≥ 改为 ≤）" in lines


def test_a_value_saying_control_after_a_word_of_its_own_is_a_cap(runner, tmp_path):
    """`严格控制在6次以内` of 会议次数 says control as `控制在6次以内` does, but its 严格 was read twice (the measure is the
    name and the words before the comparator, and the value's own words were added to it again: 会议次数严格严格控制在),
    so no cap was seen: `→ “8次”` was marked 目标提高 as a count to complete raised, and `“350人次” → “从严控制在300人次以内”`
    of 参会人数 目标降低 as a count turned into a cap; it is a cap lowered, 目标收紧."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "会议次数", "严格控制在6次以内", "8次"),
        ("数量指标", "参会人数", "350人次", "从严控制在300人次以内"),
    ])
    marked = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert marked == {"会议次数": ("目标放宽", None), "参会人数": (None, "目标收紧")}, marked


def test_a_meetings_people_counted_as_renyuan_and_said_to_be_controlled_are_a_cap(runner, tmp_path):
    """`参会人员控制在350人以内` holds a meeting's attendance down as `参会人数控制在350人次以内` does, but 人员 was no measure
    the words of control could follow, so no cap was seen: `“350人” → “控制在300人以内”` was marked 目标降低 as a count
    to complete turned into a cap; it is a cap lowered, 目标收紧."""
    old, new = rows_drafts(tmp_path, ZJ, [("数量指标", "参会人员", "350人", "控制在300人以内")])
    marked = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert marked == {"参会人员": (None, "目标收紧")}, marked


def test_a_trainings_trainees_said_to_be_controlled_are_a_cap_and_bare_ones_a_count(runner, tmp_path):
    """`参训人员控制在200人以内` holds a training's scale down as `参会人员控制在350人以内` does a meeting's, but 参训 was no
    thing the words of control hold, so `“200人” → “控制在150人以内”` was marked 目标降低, a count to complete turned
    into a cap; it is a cap lowered, 目标收紧. Trainees with no words of control stay a count to complete."""
    old, new = rows_drafts(tmp_path, ZJ, [("数量指标", "参训人员", "200人", "控制在150人以内"),
                                          ("数量指标", "参训人数", "≥200人次", "≥150人次")])
    marked = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert marked == {"参训人员": (None, "目标收紧"), "参训人数": ("目标降低", None)}, marked


def test_the_zhanjiang_qiaolians_own_visits_abroad_are_a_count_to_complete(runner, tmp_path):
    """湛江侨联's 因公出国(境)拜访、联谊等次数 is its outreach to 侨胞 abroad, work it does, and no words say it is held
    down: `“6次” → “4次”` lost its 目标降低 and `“6次” → “8次”` got 目标放宽 when every 因公出国 count read as a ceiling."""
    spec = ROOT / "specs" / ZJ
    text = spec.read_text(encoding="utf-8")
    assert text.count('value: "6次"') == 1
    marks = {}
    for new in ("4次", "8次"):
        path = tmp_path / new / ZJ
        path.parent.mkdir()
        path.write_text(text.replace('value: "6次"', f'value: "{new}"'), encoding="utf-8")
        marks[new] = text_lines(runner, str(spec), str(path))
    row = "  修改  绩效指标 › 产出指标 › 数量指标 › 因公出国(境)拜访、联谊等次数：指标值  “6次” → "
    assert row + "“4次”（目标降低）" in marks["4次"]
    assert row + "“8次”（目标提高）" in marks["8次"]


def test_a_range_whose_asking_bound_moves_is_marked_as_that_bound_would_be(runner, tmp_path):
    """`满意度 “90%-95%” → “85%-95%”` and `“≥95%” → “90%～95%”` were plain 修改: a range has two numbers, which
    parse as no one target. It is weighed by the bound its measure points to: the floor of a rate to reach or a
    count to complete, the cap of a rate to keep low, a cost or a ceiling; the other bound moving asks nothing."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("满意度指标", "华侨满意度", "90%-95%", "85%-95%"),
        ("满意度指标", "侨眷满意度", "≥95%", "90%～95%"),
        ("满意度指标", "归侨满意度", "90%-95%", "90%-99%"),  # only the top moved: asks no less
        ("数量指标", "开展会议场次", "3至5次", "2至5次"),
        ("质量指标", "投诉率", "1%-3%", "1%~5%"),
        ("成本指标", "培训支出", "2-3万元", "2-4万元"),
        ("数量指标", "压减公务接待批次", "3-5批次", "2-5批次"),  # a ceiling's floor lowered: asks no less
        ("时效指标", "会议举办天数", "3-5天", "2-6天"),  # a length of no direction
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"华侨满意度": "目标降低", "侨眷满意度": "目标降低", "归侨满意度": None, "开展会议场次": "目标降低",
                      "投诉率": "目标放宽", "培训支出": "成本上限提高", "压减公务接待批次": None, "会议举办天数": None}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 开展会议场次：指标值  “3至5次” → “2至5次”（目标降低）" in lines
    assert "  修改  绩效指标 › 产出指标 › 质量指标 › 投诉率：指标值  “1%-3%” → “1%~5%”（目标放宽）" in lines


def test_a_range_below_zero_is_weighed_with_its_signs(runner, tmp_path):
    """`-5%~5%` read as `≥5%`-`≤5%`: its sign dropped, `“-5%~5%” → “-2%~5%”` of a growth rate was 目标降低 and the real
    lowering, `“-5%~5%” → “-8%~5%”`, a plain 修改; `-5%-0%` (floor -5, cap 0) read as no range at all."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待量增长率", "-5%~5%", "-2%~5%"),  # the floor raised: asks more
        ("数量指标", "侨务活动增长率", "-5%~5%", "-8%~5%"),
        ("数量指标", "侨务调研增长率", "-5%-0%", "-8%-0%"),
        ("数量指标", "侨务宣传增长率", "-10%~-5%", "-12%~-5%"),
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"侨务接待量增长率": None, "侨务活动增长率": "目标降低", "侨务调研增长率": "目标降低",
                      "侨务宣传增长率": "目标降低"}


def test_a_saving_or_cut_of_capped_money_is_lowered_when_made_smaller(runner, tmp_path):
    """`会议费压减比例 10% → 5%` cuts less of a capped cost: a lower target, which diff missed by reading the 会议费 in
    the name as the cap. The money itself and its change rate stay caps."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("成本指标", "会议费压减比例", "10%", "5%"),
        ("成本指标", "会议费节约额", "≥2万元", "≥1万元"),
        ("成本指标", "“三公”经费压减额", "3万元", "2万元"),
        ("成本指标", "会议费", "≤5万元", "≤8万元"),
        ("成本指标", "“三公”经费变动率", "≤5%", "≤8%"),
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"会议费压减比例": "目标降低", "会议费节约额": "目标降低", "“三公”经费压减额": "目标降低",
                      "会议费": "成本上限提高", "“三公”经费变动率": "目标放宽"}


def test_a_span_of_years_or_months_is_no_range_to_weigh(runner, tmp_path):
    """`帮扶侨企覆盖年度 “2024-2025年” → “2023-2025年”` was 目标降低: a span of years read as a range of 年 whose floor
    went down. Years, months of the year and quarters are when, not how much; a length in 个月 is still a range."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "帮扶侨企覆盖年度", "2024-2025年", "2023-2025年"),
        ("数量指标", "侨务调研开展月份", "3-6月", "2-6月"),
        ("数量指标", "侨法宣传覆盖季度", "第2-4季度", "第1-4季度"),
        ("数量指标", "帮扶侨企服务时长", "3-6个月", "2-6个月"),
        ("质量指标", "设备质保期限", "3-5年", "1-5年"),
    ])
    marked = row_marks(runner, old, new, values_only=True)
    assert marked == {"帮扶侨企覆盖年度": None, "侨务调研开展月份": None, "侨法宣传覆盖季度": None,
                      "帮扶侨企服务时长": "目标降低", "设备质保期限": "目标降低"}


def test_a_row_without_a_second_level_points_its_first_levels_way(runner, tmp_path):
    """衡阳's 满意度 row has a 一级 and no 二级: its category is its 一级's."""
    paths = []
    for side, value in enumerate(("95分", "90分")):
        tree = canonical_yaml().load((ROOT / "specs" / HY).read_text(encoding="utf-8"))
        row = next(row for row in tree["department"]["indicators"] if row["level1"] == "社会公众或服务对象满意度")
        row["name"], row["value"] = "服务对象评价", value
        paths.append(tmp_path / f"{side}-{HY}")
        paths[-1].write_text(dump(tree), encoding="utf-8")
    [change] = changes(runner, *map(str, paths))["changes"]
    assert (change["new"], change.get("weakened")) == ("90分", "目标降低")


def test_next_years_deadline_in_next_year_is_not_a_later_deadline(runner, tmp_path):
    """A deadline is read against its own spec's year: rolling 2023年6月底前 over to 2024 gives no more time."""
    old, new = two_drafts(tmp_path, [
        ('annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"', "2023年6月底前", "2024年6月底前"),
        ('period_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"', "2023年6月底前", "2024年9月底前"),
    ])
    new_text = Path(new).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2024\n", 1)
    Path(new).write_text(new_text, encoding="utf-8")
    diff = changes(runner, old, new)
    marked = {c["path"]: c.get("weakened") for c in diff["changes"]}
    assert marked == {"year": None, "indicators[6].period_value": "时限推后"} and diff["years_moved"] == 1  # the one moved on


def test_a_target_deleted_or_turned_into_words_is_marked(runner, tmp_path):
    """`“100%” → “较好”` and `“=0%” → （空文字）` were plain 修改: a target a reviewer could check turned into one no
    one can is the worst weakening of all. Measurable is what lint accepts (a number, a date, a grade); words that
    never were, words made measurable and a number spelt in Chinese numerals (lint asks for its digits) are not marked."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("18次", "有所提升"),
        "华侨满意度": ("100%", "较好"),
        "培训开展时间": ("2024年12月31日前完成", "尽快完成"),
        "开展会议场次": ("8次", ""),
        "开展活动次数": ("8次", None),
        "开展培训场次": ("2次", "（请填写）"),  # a scaffold's placeholder is no value
        "政府采购预算次数": ("12次", "完成"),  # a grade: still checkable, yet no longer says how many
        "参加培训率(%)": ("100%", "百分之百"),  # a number, badly written: lint asks for its digits, diff 只改了写法
        "合理使用各项经费": ("实施资金最大利用化", "有所提升"),  # never measurable
        "市侨联工作经费": ("长期", ""),
        "开展调研次数": ("有所提升", "20次"),  # words made measurable ask more
    })
    marked = row_marks(runner, old, new)
    assert marked == {"侨务接待次数": "目标不可衡量", "华侨满意度": "目标不可衡量", "培训开展时间": "目标不可衡量",
                      "开展会议场次": "目标删除", "开展活动次数": "目标删除", "开展培训场次": "目标删除",
                      "政府采购预算次数": "由数值改为定性描述", "参加培训率(%)": None, "合理使用各项经费": None, "市侨联工作经费": None,
                      "开展调研次数": None}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “18次” → “有所提升”（目标不可衡量）" in lines
    assert "  修改  绩效指标 › 产出指标 › 数量指标 › 开展活动次数：指标值  “8次” → （空）（目标删除）" in lines
    # three kinds of lowering are one count, naming the targets gone; each line says its own and markdown lists them first
    assert lines[-1] == ("比较了 1 个规格，1 个有改动：修改 11 处（其中降低要求 7 处，含目标删除 3 处、目标不可衡量 3 处，"
                         "只改了写法 1 处）。")
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert "| 修改 | 绩效指标 › 满意度指标 › 服务对象满意度指标 › 华侨满意度：指标值 | 100% | 较好（<b>目标不可衡量</b>） |" in markdown


def test_the_summary_names_a_target_gone_among_other_lowerings(runner, tmp_path):
    """`修改 4 处（其中降低要求 3 处，目标提高 1 处）` hid that one of the three blanked a target and one turned it into
    words: a reviewer skimming the summary learnt of a commitment lowered, not of one gone. Among other lowerings the
    targets gone are named; alone, or among lowerings of a number only, the summary reads as before."""
    old, new = two_drafts(tmp_path, [
        ('period_value: "100%"', "100%", "≥95%"),
        ('annual_value: "100%"', "100%", "较好"),
        ('period_value: "≥98%"', "≥98%", ""),
        ('period_value: "90%"', "90%", "95%"),
    ])
    assert text_lines(runner, old, new)[-1] == ("比较了 1 个规格，1 个有改动：修改 4 处（其中降低要求 3 处，"
                                                "含目标删除 1 处、目标不可衡量 1 处，目标提高 1 处）。")
    old, new = two_drafts(tmp_path, [('period_value: "100%"', "100%", "≥95%"), ('period_value: "≥98%"', "≥98%", "≥90%"),
                                      ('annual_value: "100%"', "100%", "100%（力争）")])
    assert text_lines(runner, old, new)[-1] == "比较了 1 个规格，1 个有改动：修改 3 处（其中降低要求 3 处）。"


def test_a_target_field_deleted_is_marked_under_its_removal(runner, edited):
    """A value deleted from its row (not only blanked) prints the same empty cell: marked, and counted among 删除."""
    old, new = edited(ZJ, lambda tree: tree["indicators"][indicator(tree, "侨务接待次数")].pop("value"))
    [change] = changes(runner, old, new)["changes"]
    assert (change["kind"], change["old"], change.get("weakened")) == ("removed", "18次", "目标删除")
    lines = text_lines(runner, old, new)
    assert "  删除  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “18次”（目标删除）" in lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：删除 1 处（其中目标删除 1 处）。"
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert "| 删除 | 绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值 | 18次 | （<b>目标删除</b>） |" in markdown


def test_a_grade_the_project_accepts_is_measurable(runner, tmp_path, monkeypatch):
    """What counts as a checkable 定性 term is lint's B7 `grades`, as jixiao.yaml sets them: diff agrees with lint
    (a number turned into such a term is then a looser target, not one no longer measurable)."""
    old, new = indicator_drafts(tmp_path, ZJ, {"侨务接待次数": ("18次", "应保尽保")})
    assert changes(runner, old, new)["changes"][0]["weakened"] == "目标不可衡量"
    project = tmp_path / "project"
    project.mkdir()
    (project / "jixiao.yaml").write_text("lint:\n  rules:\n    B7: {grades: [应保尽保]}\n", encoding="utf-8")
    monkeypatch.chdir(project)
    assert changes(runner, old, new)["changes"][0]["weakened"] == "由数值改为定性描述"


DUTIES = "负责机关正常运转，负责机关重要会务、接待工作；承担机要、财务、资产管理、档案工作；负责授权审批赴台管理工作"


def test_a_place_reads_without_a_names_final_stop_and_long_names_cut(runner, edited):
    """Places read `…高校台生。：拟投入的资金`, and 江苏's 履职 二级, a list of duties 53 characters long, made every
    place under it longer than the change. A name's final 。 is left out of a place and a long name is cut after its
    first clause, while the changed values, and a renamed name, are shown as typed."""
    def change(tree):
        tree["key_tasks"][1]["amount"] = 8.24

    [where] = [c["where"] for c in changes(runner, *edited(GZ, change))["changes"]]
    assert where == "年度重点工作任务 › 拓展工作平台，联谊服务在穗台商和在穗高校台生：拟投入的资金（万元）"

    def duty(tree):
        rows = [row for row in tree["indicators"] if row["level2"] == DUTIES]
        rows[3]["annual_value"] = "=1%"
        rows[0]["name"] = "重要会议、接待任务按时完成率"

    found = {c["kind"]: c for c in changes(runner, *edited(JS, duty))["changes"]}
    assert found["changed"]["where"] == "绩效指标 › 履职 › 负责机关正常运转… › 根据授权，及时… › 审批差错率：全年指标值"
    assert found["renamed"]["where"] == "绩效指标 › 履职 › 负责机关正常运转… › 保障全办重要会务、接待等"
    assert (found["renamed"]["old"], found["renamed"]["new"]) == ("重要会议、接待任务完成率", "重要会议、接待任务按时完成率")


def test_cut_names_are_told_apart(runner, edited):
    """Two long 二级 that begin alike are cut where they differ, not both at their common first clause."""
    other = "负责机关正常运转，负责离退休干部工作；承担机关及下属事业单位人事、劳资和培训工作"

    def change(tree):
        rows = [row for row in tree["indicators"] if row["level2"] == DUTIES]
        for row in rows[:2]:
            row["level2"] = other
        rows[3]["annual_value"] = "=1%"
        rows[0]["annual_value"] = "=90%"

    places = sorted(c["where"] for c in changes(runner, *edited(JS, change))["changes"] if c["path"].endswith("annual_value"))
    assert places == ["绩效指标 › 履职 › 负责机关正常运转，负责机关重要会务… › 根据授权，及时… › 审批差错率：全年指标值",
                      "绩效指标 › 履职 › 负责机关正常运转，负责离退休干部工作… › 保障全办重要会务、接待等 › 重要会议、接待任务完成率：全年指标值"]


@given(st.lists(st.text(alphabet="甲乙，。", max_size=40), max_size=8))
def test_short_names_stay_apart_and_begin_their_names(names):
    """However alike the names, no two read alike in a place, and each is the name or its head and an ellipsis."""
    short = ShortNames([{"name": name} for name in names], keys=("name",))
    shown = {name: short(name) for name in names}
    assert len(set(shown.values())) == len(set(names))
    for name, place in shown.items():
        assert place == name or place == unpunctuated(name) or (
            place.endswith("…") and unpunctuated(name).startswith(place[:-1]) and len(place) < len(name))


def test_targets_spelt_in_chinese_numerals_are_compared(runner, tmp_path):
    """`“十八次” → “十二次”` was a plain 修改: words are not compared. Chinese numerals that are a target's one number
    are read as it; `18次` written `十八次` asks no less, and `十八次` turned into words is no longer measurable."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("十八次", "十二次"),
        "开展会议场次": ("不少于八场", "不少于六场"),
        "华侨满意度": ("≥95%", "不低于百分之九十"),
        "培训开展时间": ("6月底前", "十月底前"),
        "开展活动次数": ("8次", "八次"),  # the same target
        "开展调研次数": ("二十次", "有所提升"),
        "开展培训场次": ("2次", "两次以上"),  # asks the same or more
        "政府采购预算次数": ("1500次", "一千五次"),  # spoken short for 1500: a number, if not one diff reads: no words
        "因公出国(境)拜访、联谊等次数": ("1500次", "一千次"),  # a thousand and more reads too
    })
    marked = row_marks(runner, old, new)
    assert marked == {"侨务接待次数": "目标降低", "开展会议场次": "目标降低", "华侨满意度": "目标降低", "培训开展时间": "时限推后",
                      "开展活动次数": None, "开展调研次数": "目标不可衡量", "开展培训场次": None,
                      "政府采购预算次数": None, "因公出国(境)拜访、联谊等次数": "目标降低"}



def test_a_count_under_no_national_category_is_marked_by_its_value(runner, tmp_path):
    """江苏's 履职 rows (and 决策, 过程) name no national category, so `举办研讨活动场次 “≥4场” → “3场”` was a plain 修改,
    while the same edit under 数量指标 was 目标降低. A count points its way where the category says nothing, unless
    the measure's words say it is to keep low; under an effect, what is counted says its way, in words not read."""
    old, new = indicator_drafts(tmp_path, JS, {
        "举办研讨活动场次": ("≥4场", "3场"),
        "聘任法律顾问人数": ("=3人", "2人"),
        "被省委省政府“两办”采用信息条数": ("≥40条", "45条"),  # raised: no mark
        "中长期规划制定健全性": ("3项", "2项"),  # under 决策
        "预算执行率": ("=100%", "95%"),  # a rate: by what it is a rate of, as before
    }, key="annual_value")
    marked = {c["where"].split(" › ")[-1].split("：")[0]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"举办研讨活动场次": "目标降低", "聘任法律顾问人数": "目标降低", "被省委省政府“两办”采用信息条数": None,
                      "中长期规划制定健全性": "目标降低", "预算执行率": "目标降低"}
    lines = text_lines(runner, old, new)
    assert ("  修改  绩效指标 › 履职 › 指导全省对台调研工作；负责调研两岸关系发展情况 › 举办研讨活动 › 举办研讨活动场次：全年指标值  “≥4场” → “3场”（目标降低）"
            in lines)
    assert weakening("审批差错次数", "2次", "3次", 2024, 2024, None) is None  # words of a count to keep low
    assert weakening("带动就业人数", "200人", "100人", 2024, 2024, "social") is None


def test_a_degree_of_disclosure_lowered_under_a_duty_is_marked_as_a_rate_is(runner, tmp_path):
    """`预决算信息公开度 “=100%” → “90%”` under 江苏's 过程 was a plain 修改 while 预算执行率 the same edit was
    目标降低: a degree written as a share (公开度, 满意度) is read by what it is a degree of, as a rate is."""
    old, new = indicator_drafts(tmp_path, JS, {"预决算信息公开度": ("=100%", "90%"), "预算执行率": ("=100%", "90%")},
                                key="annual_value")
    marked = {c["where"].split(" › ")[-1].split("：")[0]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert marked == {"预决算信息公开度": "目标降低", "预算执行率": "目标降低"}
    assert weakening("三公经费公开度", "≥95%", "≥90%", 2024, 2024, None) == "目标降低"
    assert weakening("预算执行偏离度", "≤5%", "≤10%", 2024, 2024, None) == "目标放宽"


@pytest.mark.parametrize("name, category", [
    ("人员编制", None), ("核定编制数", "output"), ("岗位定员", None), ("在职人数", None), ("实有人数", None),
    ("机关工作人员数", None), ("领导职数", None), ("人员数", None), ("在职人员数", None), ("财政供养人员数", "output"),
    ("编制内人员数", None),
])
def test_a_count_of_the_units_own_staff_points_no_way_outside_a_quantity(name, category):
    """`人员编制 “50人” → “48人”` under no category was 目标降低, read as people to serve or engage: a unit's
    headcount or 编制 is as often a ceiling, so only a 数量指标 (or the author's comparator) points it."""
    assert weakening(name, "50人", "48人", 2024, 2024, category) is None
    assert weakening(name, "50人", "48人", 2024, 2024, "quantity") == "目标降低"
    assert weakening(name, "≥50人", "≥48人", 2024, 2024, category) == "目标降低"
    assert weakening("聘任法律顾问人数", "3人", "2人", 2024, 2024, None) == "目标降低"  # people to engage
    assert weakening("编制专项规划个数", "3个", "2个", 2024, 2024, None) == "目标降低"  # plans to draw up


@pytest.mark.parametrize("name, category", [
    ("培训人员数", None), ("参训人员数", "output"), ("慰问困难归侨人员数", None), ("接待来访人员数", None),
])
def test_people_the_unit_trains_or_visits_are_a_count_not_its_staff(name, category):
    """`培训人员数 “200人” → “150人”` under no category was a plain 修改: any 人员数 was read as the unit's own staff.
    People the unit trains, visits or receives are a count to complete, as 聘任法律顾问人数 is."""
    assert weakening(name, "200人", "150人", 2024, 2024, category) == "目标降低"


def test_a_deleted_indicator_shows_its_first_level_and_a_deleted_target(runner, edited):
    """A row deleted read `删除  绩效指标 › 负责机关正常运转… › 审批差错率` and counted as a plain 删除: neither which
    part of the form it left (江苏's 二级 names a duty) nor that a target a reviewer could check went with it. An
    added row names its 一级 alike; a deleted row whose targets were words (`明显`) is no target lost."""
    def change(tree):
        for name in ("举办研讨活动场次", "举办苏台经济合作活动，促进台商投资江苏"):
            del tree["indicators"][indicator(tree, name)]

    old, new = edited(JS, change)
    found = {c["where"]: c.get("weakened") for c in changes(runner, old, new)["changes"]}
    assert found == {"绩效指标 › 履职 › 指导全省对台调研工作；负责调研两岸关系发展情况 › 举办研讨活动 › 举办研讨活动场次": "目标删除",
                     "绩效指标 › 效益指标 › 经济效益 › 举办苏台经济合作活动，促进台商投资江苏": None}
    lines = text_lines(runner, old, new)
    assert ("  删除  绩效指标 › 履职 › 指导全省对台调研工作；负责调研两岸关系发展情况 › 举办研讨活动 › 举办研讨活动场次  "
            "半年指标值：“≥2场”；全年指标值：“≥4场”（目标删除）") in lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：删除 2 处（其中目标删除 1 处）。"
    markdown = text_lines(runner, old, new, "--format", "markdown")
    assert ("| 删除 | 绩效指标 › 履职 › 指导全省对台调研工作；负责调研两岸关系发展情况 › 举办研讨活动 › 举办研讨活动场次 "
            "| 半年指标值：≥2场；全年指标值：≥4场 | （<b>目标删除</b>） |") in markdown


@pytest.mark.parametrize("new", ["98 %以上", "９８％以上", "98.0%以上", "98.00％ 以上"])
def test_a_target_only_typed_anew_is_said_to_keep_its_target(runner, tmp_path, new):
    """`98%以上` → `９８％以上` read as a target change: the reviewer compared two equal targets character by character."""
    lines = text_lines(runner, *two_drafts(tmp_path, [('annual_value: "98%以上"', "98%以上", new)]))
    assert lines[1:] == [f"  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “{new}”（只改了写法，目标不变）",
                         "比较了 1 个规格，1 个有改动：修改 1 处（其中只改了写法 1 处）。"]


def test_a_target_changed_by_a_thousandth_is_a_change_and_an_amount_so_changed_shows_it(runner, tmp_path, edited):
    """Numbers are compared exactly, not rounded to the places a form prints: 98% → 97.999% is a lower target."""
    lines = text_lines(runner, *two_drafts(tmp_path, [('annual_value: "98%以上"', "98%以上", "97.999%以上")]))
    assert lines[1] == "  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “97.999%以上”（目标降低）"
    def change(tree):
        tree["key_tasks"][0]["amount"] = canonical_yaml().load("x: 49.411")["x"]

    assert "  修改  年度重点工作任务 › 市侨联工作经费：拟投入的资金（万元）  49.41 → 49.411（+0.001 万元）" in text_lines(
        runner, *edited(ZJ, change))


def test_nothing_compared_is_said_so_not_no_change(runner, tmp_path):
    """Every file refused, the summary read `比较了 0 个规格，没有改动`: two drafts found equal."""
    note = tmp_path / "notes.txt"
    note.write_text("改了几个指标\n", encoding="utf-8")
    result = runner.invoke(main, ["diff", str(note), str(note)])
    assert result.exit_code == 2, result.output
    summary = result.output.splitlines()[-1]
    assert summary == "没有比较任何规格；另有 1 个文件不能比较（不是规格，或表样不存在）。", summary
    markdown = runner.invoke(main, ["diff", str(note), str(note), "--format", "markdown"]).output
    assert "没有比较任何规格" in markdown and "比较了 0 个规格" not in markdown


@pytest.fixture
def settings_diff(tmp_path, monkeypatch, edited):
    """settings_diff(jixiao.yaml's text) -> (old, new, project): a target edited, compared from a project folder
    holding that settings file."""

    def make(settings: str) -> tuple[str, str, Path]:
        old, new = edited(GZ, lambda tree: tree["indicators"][0].__setitem__("annual_value", "99%"))
        project = tmp_path / "project"
        project.mkdir()
        (project / "jixiao.yaml").write_text(settings, encoding="utf-8")
        monkeypatch.chdir(project)
        return old, new, project

    return make


def test_the_settings_file_the_diff_followed_is_named(runner, settings_diff):
    """jixiao.yaml's graded terms decide what a measurable target is, so a 目标不可衡量 there and not elsewhere went
    unexplained: the summary names the file the comparison followed."""
    old, new, project = settings_diff("lint:\n  rules:\n    B7: {grades: [健全, 稳步推进]}\n")
    summary = text_lines(runner, old, new)[-1]
    assert summary.startswith("比较了 1 个规格（按 jixiao.yaml 的设置），1 个有改动"), summary
    report = json.loads(runner.invoke(main, ["diff", old, new, "--format", "json"]).stdout)
    assert report["settings"] == "jixiao.yaml"
    (project / "jixiao.yaml").write_text("# 都用默认值\n", encoding="utf-8")
    assert text_lines(runner, old, new)[-1].startswith("比较了 1 个规格，1 个有改动"), "a file of defaults sets nothing"


def test_a_settings_file_of_lint_levels_alone_is_not_named(runner, settings_diff):
    """`按 jixiao.yaml 的设置` was said of a jixiao.yaml that sets only what diff never reads (a rule's level, B10's
    floor): the reviewer looked there for why the diff said what it said. Only B7's graded terms and the forms count."""
    old, new, _ = settings_diff("lint:\n  rules:\n    B6: error\n    B10: {floor: 90}\n")
    summary = text_lines(runner, old, new)[-1]
    assert summary.startswith("比较了 1 个规格，1 个有改动") and "jixiao.yaml" not in summary, summary


@pytest.mark.parametrize("typed, shown, summary", [
    ("22.160", "22.15 → 22.160（+0.01 万元）", "修改 1 处，为金额变动。"),
    ("22.150", "22.15 → 22.150（金额不变，只改了小数位）", "修改 1 处（其中只改了写法 1 处）。"),
])
def test_an_amount_typed_to_more_places_shows_its_difference_to_the_places_it_has(runner, edited, typed, shown, summary):
    """`22.15 → 22.160` showed `（+0.010 万元）`, a zero past the cent the difference has not; `22.15 → 22.150`, the same
    money retyped, was said so on its row but not counted among the summary's `只改了写法`."""
    def change(tree):
        task = next(task for task in tree["key_tasks"] if str(task["amount"]) == "22.15")
        task["amount"] = canonical_yaml().load(f"x: {typed}")["x"]

    lines = text_lines(runner, *edited(GZ, change))
    assert lines[1].endswith(shown) and lines[-1].endswith(summary), lines
    assert all("0.010" not in line for line in lines), lines


def test_a_difference_is_shown_to_the_cent_at_least_and_never_rounded(runner, edited):
    """Amounts typed whole showed `（+2 万元）` beside another total's `（+2.0 万元）`; a difference keeps every place it has."""
    def change(tree):
        project = tree["expenditure"]["projects"][0]
        project["half_year"], project["annual"] = (canonical_yaml().load(f"x: {v}")["x"] for v in ("14.5", "25.004"))

    lines = text_lines(runner, *edited(JS, change))
    assert "  修改  部门整体资金·支出（万元） › 项目支出明细 › 课题经费：半年计划执行数  12.5 → 14.5（+2.00 万元）" in lines
    assert "  修改  部门整体资金·支出（万元） › 项目支出明细 › 课题经费：全年预算数  25 → 25.004（+0.004 万元）" in lines
    assert "  合计  各项目的半年计划执行数之和  52.5 → 54.5（+2.00 万元）" in lines


@pytest.mark.parametrize("old, new", [("2024.1", "2024.10"), ("6.30", "6.3")])
def test_a_bare_number_given_or_stripped_of_a_trailing_zero_is_no_retyping(runner, tmp_path, old, new):
    """A 时效指标's `2024.1` → `2024.10`, a deadline nine months later, read `只改了写法，目标不变`: a number typed with
    nothing to say what it counts may be a short date, whose month or day a trailing zero changes."""
    line = 'annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"'
    lines = text_lines(runner, *two_drafts(tmp_path, [(line, old, new)]))
    assert any(f"“{old}” → “{new}”" in entry for entry in lines) and not any("只改了写法" in entry for entry in lines), lines


@pytest.mark.parametrize("old, new", [("2024.1底前", "2024.10底前"), ("6.1前完成", "6.10前完成")])
def test_a_short_date_given_a_trailing_zero_is_a_later_deadline_not_a_retyping(runner, tmp_path, old, new):
    """`2024.1底前` → `2024.10底前` read `只改了写法，目标不变`: 2024.1 and 2024.10 are one number, but January and
    October are two months, and the 时限推后 the edit had before went with it."""
    line = 'annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"'
    lines = text_lines(runner, *two_drafts(tmp_path, [(line, old, new)]))
    assert lines[1].endswith(f"“{old}” → “{new}”（时限推后）"), lines


def test_next_years_spec_pairs_a_renamed_indicator_without_its_carried_prior_value(runner, tmp_path, monkeypatch):
    """new --from fills 上年指标值 with this year's target: a row renamed in next year's spec (群众满意度 →
    服务对象满意度) then differed in two fields, read as 新增 and 删除（目标删除）, and its lowered target was not
    counted; and a spec rolled over twice listed every 上年指标值 as 修改 (last year's replaced by this year's)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("  name: 满意度\n") == 1 and text.count('"台胞满意度90%以上"') == 2
    (tmp_path / "specs" / GZ).write_text(
        text.replace("  name: 满意度\n", "  name: 群众满意度\n").replace('"台胞满意度90%以上"', '"≥90%"'), encoding="utf-8")
    def roll_over(year):
        assert runner.invoke(main, ["new", "--from", f"specs/guangzhou-tailian-{year - 1}.yaml", "--year", str(year)]).exit_code == 0
        return Path("specs") / f"guangzhou-tailian-{year - 1}.yaml", Path("specs") / f"guangzhou-tailian-{year}.yaml"

    this, then = roll_over(2024)
    then.write_text(then.read_text(encoding="utf-8").replace("  name: 群众满意度\n", "  name: 服务对象满意度\n")
                    .replace('annual_value: "≥90%"', 'annual_value: "≥85%"'), encoding="utf-8")
    lines = text_lines(runner, str(this), str(then))
    assert "  改名  绩效指标 › 效益指标 › 服务对象满意度指标  “群众满意度” → “服务对象满意度”" in lines, lines
    assert "年度  2023" not in lines and lines[-1].endswith("修改 1 处（其中目标降低 1 处），改名 1 处。"), lines
    assert not any("新增" in line or "删除" in line for line in lines), lines
    this, then = roll_over(2025)  # 上年指标值 “≥90%” replaced by 2024's “≥85%”: no change, 年度 alone is
    assert [c["path"] for c in changes(runner, str(this), str(then))["changes"]] == ["year"]


def test_diff_of_next_years_spec_leaves_out_and_counts_what_only_moved_the_year(runner, tmp_path, monkeypatch):
    """`jixiao diff 2023.yaml 2024.yaml`, which new --from tells the clerk to run, listed every text new --from moved on
    (`2023年12月底前建立` → `2024年…`), which the 与上年 section of an added spec hides: the edits made by hand were lost
    among them. They are left out here too, and counted, so that none vanishes silently; `修改 年度 2023 → 2024` is not
    listed either: two files named but for the year are paired by it (`按年度对照`), as two year folders' are."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("- name: 全面从严治党，做好党建工作。") == 1 and text.count('annual_value: "98%以上"') == 1
    (tmp_path / "specs" / GZ).write_text(
        text.replace("- name: 全面从严治党，做好党建工作。", "- name: 制定《2023年度党建工作计划》")
        .replace('annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"', 'annual_value: "长效机制2023年12月底前建立"'),
        encoding="utf-8")
    assert runner.invoke(main, ["new", "--from", f"specs/{GZ}", "--year", "2024"]).exit_code == 0
    then = Path("specs") / "guangzhou-tailian-2024.yaml"
    assert "2024年12月底前建立" in then.read_text(encoding="utf-8")
    assert text_lines(runner, f"specs/{GZ}", str(then)) == [
        "比较了 1 个规格（按年度对照：2023 → 2024），1 个只顺延了年度，未逐个列出；另有 2 处只是年份顺延，未列出。"]
    then.write_text(then.read_text(encoding="utf-8").replace('annual_value: "98%以上"', 'annual_value: "95%以上"'), encoding="utf-8")
    lines = text_lines(runner, f"specs/{GZ}", str(then))
    assert lines[1:] == [
        "  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “95%以上”（目标降低）",
        "比较了 1 个规格（按年度对照：2023 → 2024），1 个有改动：修改 1 处（其中目标降低 1 处）；另有 2 处只是年份顺延，未列出。"], lines
    assert changes(runner, f"specs/{GZ}", str(then))["years_moved"] == 2


def test_a_past_year_new_from_kept_outside_targets_and_edited_by_hand_is_a_change(runner, tmp_path, monkeypatch):
    """new --from moves the year of a clause that reads as past only in a target (an indicator value): it keeps
    `我会已于2023年完成换届` in 总体目标. diff read every text both ways, so the clerk's 2023 → 2024 there was left out as the
    year moved on, and diff listed nothing of it; in an indicator value, moved by new --from, it is still left out."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    past, target = "做出贡献。我会已于2023年完成换届。", 'annual_value: "长效机制已于2023年建立"'
    old = 'annual_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"'
    assert text.count("做出贡献，为促进穗台两地民间交流中实现新作为。") == 1 and text.count(old) == 1
    (tmp_path / "specs" / GZ).write_text(
        text.replace("做出贡献，为促进穗台两地民间交流中实现新作为。", past).replace(old, target), encoding="utf-8")
    assert runner.invoke(main, ["new", "--from", f"specs/{GZ}", "--year", "2024"]).exit_code == 0
    then = Path("specs") / "guangzhou-tailian-2024.yaml"
    rolled = then.read_text(encoding="utf-8")
    assert past in rolled and "长效机制已于2024年建立" in rolled
    assert text_lines(runner, f"specs/{GZ}", str(then)) == [
        "比较了 1 个规格（按年度对照：2023 → 2024），1 个只顺延了年度，未逐个列出；另有 1 处只是年份顺延，未列出。"]
    then.write_text(rolled.replace(past, "做出贡献。我会已于2024年完成换届。"), encoding="utf-8")
    lines = text_lines(runner, f"specs/{GZ}", str(then))
    assert lines[1:] == ["  修改  总体绩效目标  …出彩”做出贡献。我会已于【删：2023】【增：2024】年完成换届。",
                         "比较了 1 个规格（按年度对照：2023 → 2024），1 个有改动：修改 1 处；另有 1 处只是年份顺延，未列出。"], lines


def test_next_years_spec_written_under_the_units_new_name_leaves_out_the_year_moved_on(runner, tmp_path, monkeypatch):
    """`new --from … --unit 新名称` (the unit renamed) writes next year's spec; diff of the two files asked for the same
    unit as well, so it listed every text only moved with it. Given two files, the same form
    and the year after are enough; last year's spec of an added one is still looked for by form and unit."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("- name: 全面从严治党，做好党建工作。") == 1
    (tmp_path / "specs" / GZ).write_text(
        text.replace("- name: 全面从严治党，做好党建工作。", "- name: 制定《2023年度党建工作计划》"), encoding="utf-8")
    result = runner.invoke(main, ["new", "--from", f"specs/{GZ}", "--year", "2024", "--unit", "广州市台湾同胞联合会"])
    assert result.exit_code == 0, result.output
    then = Path("specs") / "广州市台湾同胞联合会-2024.yaml"
    lines = text_lines(runner, f"specs/{GZ}", str(then))
    assert lines[1:] == ["  修改  年度  2023 → 2024", "  修改  部门名称  “广州市台湾同胞联谊会” → “广州市台湾同胞联合会”",
                         "比较了 1 个规格，1 个有改动：修改 2 处；另有 1 处只是年份顺延，未列出。"], lines


def test_next_years_spec_pairs_a_row_renamed_with_a_new_target_by_its_prior_target(runner, tmp_path, monkeypatch):
    """A row renamed and given a new target in next year's spec (`开展培训场次 2次` → `举办培训班次数 3次`) shares nothing with
    the old row by name or value, so diff read 新增 and 删除（目标删除）; its 上年指标值, which new --from filled with the old
    row's target under the same 一级 and 二级, says which row it is. Two old rows of that target leave it to the names."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    row = '    name: 举办活动场次\n    period_value: "开展台胞活动5次以上"\n    annual_value: "开展台胞活动5次以上"\n'
    old_row, new_row = (f'    name: {name}\n    period_value: "{value}"\n    annual_value: "{value}"\n'
                        for name, value in (("开展培训场次", "2次"), ("举办培训班次数", "3次")))
    assert text.count(row) == 1
    (tmp_path / "specs" / GZ).write_text(text.replace(row, old_row), encoding="utf-8")
    assert runner.invoke(main, ["new", "--from", f"specs/{GZ}", "--year", "2024"]).exit_code == 0
    then = Path("specs") / "guangzhou-tailian-2024.yaml"
    rolled = then.read_text(encoding="utf-8")
    assert rolled.count(old_row + '    prior_value: "2次"\n') == 1
    then.write_text(rolled.replace(old_row, new_row), encoding="utf-8")
    lines = text_lines(runner, f"specs/{GZ}", str(then))
    assert lines[1:] == [
        "  改名  绩效指标 › 产出指标 › 数量指标  “开展培训场次” → “举办培训班次数”",
        "  修改  绩效指标 › 产出指标 › 数量指标 › 举办培训班次数：实施周期指标值  “2次” → “3次”（目标提高）",
        "  修改  绩效指标 › 产出指标 › 数量指标 › 举办培训班次数：年度指标值  “2次” → “3次”（目标提高）",
        "比较了 1 个规格（按年度对照：2023 → 2024），1 个有改动：修改 1 处（其中目标提高 1 处；列出 2 行，同一行几栏改得一样的算作一处），"
        "改名 1 处。"], lines
    twice = old_row.replace("开展培训场次", "组织培训期数")  # another row of 2次 under 数量指标: which one is not known
    (tmp_path / "specs" / GZ).write_text(text.replace(row, old_row + "  - level1: 产出指标\n    level2: 数量指标\n" + twice),
                                         encoding="utf-8")
    kinds = [c["kind"] for c in changes(runner, f"specs/{GZ}", str(then))["changes"]]
    assert sorted(kinds) == ["added", "changed", "removed", "removed"], kinds


def _goal_drafts(tmp_path, goals: list[tuple[str, str]]) -> tuple[str, str]:
    """(old path, new path): the Guangzhou example with each text `old` of its task goals written `new` in the new draft."""
    old = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    new = old
    for before, after in goals:
        assert new.count(before) == 1, before
        new = new.replace(before, after)
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, text in zip(paths, (old, new)):
        path.write_text(text, encoding="utf-8")
    return str(paths[0]), str(paths[1])


def test_a_target_lowered_in_a_goal_text_is_marked_and_counted(runner, tmp_path):
    """A task's 期望达到的目标 `提交市政协大会提案不少于3篇` → `不少于2篇` read as a plain 修改 (`【删：3】【增：2】`), not
    counted among the targets lowered; its clause is now judged as an indicator value is."""
    old, new = _goal_drafts(tmp_path, [("提案不少于3篇", "提案不少于2篇")])
    found = changes(runner, old, new)["changes"]
    assert [(c["path"], c.get("weakened")) for c in found] == [("key_tasks[0].goal", "目标降低")]
    lines = text_lines(runner, old, new)
    assert lines[1].endswith("提交市政协大会提案不少于【删：3】【增：2】篇，积极参与全市民生实事等参政议政工作。（目标降低）"), lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 1 处（其中目标降低 1 处）。"
    markdown = runner.invoke(main, ["diff", old, new, "--format", "markdown"]).output
    assert "<b>目标降低</b>" in markdown


def test_a_frequency_lowered_in_a_goal_text_after_who_does_it_is_marked(runner, tmp_path):
    """Guangzhou's `党支部每月不少于2次活动` → `党支部每季度不少于2次活动` was a plain 修改: a period was read as a
    frequency only opening the words before the count, not after 党支部. Twice a quarter is fewer than twice a month."""
    old, new = _goal_drafts(tmp_path, [("党支部每月不少于2次活动", "党支部每季度不少于2次活动")])
    found = changes(runner, old, new)["changes"]
    assert [(c["path"], c.get("weakened")) for c in found] == [("key_tasks[4].goal", "目标降低")], found


def test_a_target_lowered_or_cut_in_a_task_s_name_is_marked_as_in_its_goal(runner, tmp_path):
    """A task's name is a goal text, yet renaming `…全年开展不少于30次党员教育学习活动。` to `…不少于20次…` was a plain 改名
    (`weakened` None) where the same edit in its goal is 目标降低: only a 修改 was marked. A rename is marked alike,
    lowered or cut, in text, markdown and the summary."""
    named = "全面从严治党，全年开展不少于30次党员教育学习活动。"
    base = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("全面从严治党，做好党建工作。", named)
    old = tmp_path / "old.yaml"
    old.write_text(base, encoding="utf-8")
    for new_name, word in (("全面从严治党，全年开展不少于20次党员教育学习活动。", "目标降低"),
                           ("全面从严治党，全年开展党员教育学习活动。", "目标删除")):
        new = tmp_path / "new.yaml"
        new.write_text(base.replace(named, new_name), encoding="utf-8")
        found = changes(runner, str(old), str(new))["changes"]
        assert [(c["kind"], c["path"], c.get("weakened")) for c in found] == [("renamed", "key_tasks[4].name", word)]
        lines = text_lines(runner, str(old), str(new))
        assert f"（{word}" in lines[1] and lines[-1].startswith(f"比较了 1 个规格，1 个有改动：改名 1 处（其中{word} 1 处")
        markdown = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
        assert f"<b>{word}</b>" in markdown


def test_a_goal_text_says_nothing_where_its_number_is_no_one_target(runner, tmp_path):
    """Raised, without a direction word (`就5个课题` → `就3个课题`), a clause of two numbers (`3批80人次`), or a cap
    lowered: a plain 修改. A cap raised in a clause (`不超过`) is 目标放宽 by the same judgment."""
    old, new = _goal_drafts(tmp_path, [
        ("党支部每月不少于2次活动", "党支部每月不少于3次活动"),
        ("就5个课题", "就3个课题"),
        ("邀请和接待港澳台台胞社团3批80人次，紧密联系台湾统派团体、商业机构等，不断深化与台港澳台胞联谊交流。组织",
         "邀请和接待港澳台台胞社团2批60人次，紧密联系台湾统派团体、商业机构等，不断深化与台港澳台胞联谊交流。组织"),
    ])
    assert not any(c.get("weakened") for c in changes(runner, old, new)["changes"])
    old, new = _goal_drafts(tmp_path, [("全年不少于30次教育学习活动。", "全年不少于30次教育学习活动，会议不超过5次。")])
    assert not any(c.get("weakened") for c in changes(runner, old, new)["changes"])  # a clause added: nothing to compare
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("全年不少于30次教育学习活动。", "全年不少于30次教育学习活动，会议不超过5次。")
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(text.replace("会议不超过5次", "会议不超过8次"), encoding="utf-8")
    found = changes(runner, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))["changes"]
    assert [c.get("weakened") for c in found] == ["目标放宽"]
    (tmp_path / "new.yaml").write_text(text.replace("会议不超过5次", "会议不超过3次"), encoding="utf-8")  # a cap lowered
    found = changes(runner, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"))["changes"]
    assert [(c["kind"], c.get("weakened")) for c in found] == [("changed", None)]


def _goal_clause_drafts(tmp_path, old_clause: str, new_clause: str) -> tuple[str, str]:
    """(old path, new path): the Guangzhou example with its task goal's clause `提交市政协大会提案不少于3篇` written
    `old_clause` in the old draft and `new_clause` in the new."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("提交市政协大会提案不少于3篇") == 1
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, clause in zip(paths, (old_clause, new_clause)):
        path.write_text(text.replace("提交市政协大会提案不少于3篇", clause), encoding="utf-8")
    return str(paths[0]), str(paths[1])


@pytest.mark.parametrize("old_clause, new_clause", [
    ("对50万元以上项目开展事前绩效评估", "对30万元以上项目开展事前绩效评估"),
    ("为来穗5年以上的台胞办理居住登记", "为来穗3年以上的台胞办理居住登记"),
    ("对单笔超过5万元的支出实行集体决策", "对单笔超过3万元的支出实行集体决策"),
])
def test_a_number_qualifying_what_a_goal_text_means_is_no_target(runner, tmp_path, old_clause, new_clause):
    """A number whose 以上 or 超过 has more words after it says which projects, people or payments are meant, not how
    many: lowered, it widens the scope, and was marked 目标降低. Nothing is said."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c["kind"], c.get("weakened")) for c in found] == [("changed", None)], found


@pytest.mark.parametrize("old_clause, new_clause", [
    ("提交市政协大会提案不少于3篇", "提交市政协大会提案不少于2篇，提交社情民意信息不少于10篇"),
    ("2023年提交市政协大会提案不少于3篇", "2023年提交市政协大会提案不少于2篇"),
    ("接待台胞和统战工作对象不少于50人次", "接待台胞和统战工作对象不少于40人次，并做好服务保障"),
])
def test_a_target_lowered_in_a_goal_text_is_marked_beside_a_clause_added_or_a_year(runner, tmp_path, old_clause,
                                                                                 new_clause):
    """A clause added beside the lowered one made the changed clauses unequal in number, and a year written in the
    clause counted as a second number: both read as a plain 修改. Each old clause pairs with the one new clause of
    its measure, and a year counts nothing."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c["path"], c.get("weakened")) for c in found] == [("key_tasks[0].goal", "目标降低")], found
    assert text_lines(runner, old, new)[-1] == "比较了 1 个规格，1 个有改动：修改 1 处（其中目标降低 1 处）。"


@pytest.mark.parametrize("old_goal, new_goal, word", [
    ("提交市政协大会提案不少于3篇", "力争提交市政协大会提案不少于3篇", "目标放宽"),
    ("学习、调研、联谊活动3次。", "学习、调研、联谊活动3次左右。", "目标放宽"),
    ("学习、调研、联谊活动3次。", "学习、调研、联谊活动2次左右。", "目标降低"),
])
def test_a_hedge_added_in_a_goal_text_is_marked_as_in_an_indicator_value(runner, tmp_path, old_goal, new_goal, word):
    """`提交提案不少于3篇` → `力争提交提案不少于3篇` and `活动3次` → `活动3次左右` were plain 修改s, left out of the summary and
    of the comment's list of targets that ask less, though the same hedge added to an indicator's value is 目标放宽:
    the hedge before the verb made the clauses two measures, and a count with no direction word was no target."""
    old, new = _goal_drafts(tmp_path, [(old_goal, new_goal)])
    found = changes(runner, old, new)["changes"]
    assert [c.get("weakened") for c in found] == [word], found
    assert text_lines(runner, old, new)[-1] == f"比较了 1 个规格，1 个有改动：修改 1 处（其中{word} 1 处）。"


@pytest.mark.parametrize("old_goal, new_goal, word", [
    ("提交市政协大会提案不少于3篇", "力争提交市政协大会提案不少于2篇", "目标降低"),
    ("学习、调研、联谊活动3次。", "学习、调研、联谊活动约2次。", "目标降低"),
    ("党支部每月不少于2次活动", "党支部每月力争不少于2次活动", "目标放宽"),  # the hedge split 每月 from its count
    ("发放老台胞特殊生活补助约576人次。", "发放老台胞特殊生活补助576人次左右。", None),  # one hedge for another
])
def test_a_hedge_that_moves_a_goal_clauses_words_keeps_its_target(runner, tmp_path, old_goal, new_goal, word):
    """A hedge that changed the words around a clause's number (`力争提交…不少于2篇`, `约2次`, `每月力争不少于2次`,
    `约576人次` → `576人次左右`) left the old clause no new one of its measure: diff called it 目标删除, the target
    deleted, where it was lowered, hedged or only rehedged. Clauses are paired with their hedges taken out."""
    old, new = _goal_drafts(tmp_path, [(old_goal, new_goal)])
    found = changes(runner, old, new)["changes"]
    assert [(c.get("weakened"), c.get("deleted_text_targets")) for c in found] == [(word, None)], found


@pytest.mark.parametrize("old_clause, new_clause, word", [
    ("力争提交市政协大会提案不少于3篇", "争取提交市政协大会提案不少于2篇", "目标降低"),
    ("力争提交市政协大会提案不少于3篇", "争取提交市政协大会提案不少于3篇", None),  # the swap itself asks no less
    ("力争提交市政协大会提案不少于3篇", "争取提交市政协大会提案不少于4篇", None),  # nor is it certainly more
    ("力争降低投诉率至3%", "争取降低投诉率至5%", "目标放宽"),
    ("力争提交市政协大会提案不少于3篇", "提交市政协大会提案不少于2篇", "目标降低"),  # dropped, as an indicator's
    ("力争提交市政协大会提案不少于3篇", "确保提交市政协大会提案不少于2篇", "目标降低"),  # 确保 is no hedge
    ("力争降低投诉率至3%", "降低投诉率至5%", "目标放宽"),
])
def test_a_hedge_swapped_beside_a_goal_clauses_number_lowered_is_marked(runner, tmp_path, old_clause, new_clause, word):
    """`力争提交提案不少于3篇` → `争取提交提案不少于2篇` said nothing: no hedge was added, and the words before the number,
    each with its hedge, no longer matched for the bound to be weighed. A new clause hedged as the old one was is weighed
    without the hedges of both; the hedge swapped is told as nothing."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c.get("weakened"), c.get("note"), c.get("deleted_text_targets")) for c in found] == [(word, None, None)]
    assert runner.invoke(main, ["diff", new, new]).exit_code == 0


@pytest.mark.parametrize("old_goal, new_goal, note", [
    ("提交市政协大会提案不少于3篇", "力争提交市政协大会提案不少于3篇", "加了“力争”"),
    ("提交市政协大会提案不少于3篇", "力争提交市政协大会提案不少于2篇", "加了“力争”"),
    ("学习、调研、联谊活动3次。", "学习、调研、联谊活动2次左右。", "加了“左右”"),
    ("学习、调研、联谊活动3次。", "学习、调研、联谊活动约2次。", "加了“约”"),
    ("党支部每月不少于2次活动", "党支部每月力争不少于1次活动", "加了“力争”"),  # the hedge split 每月 from its count
    ("提交市政协大会提案不少于3篇", "提交市政协大会提案不少于2篇", None),  # lowered, no hedge
])
def test_a_hedge_added_in_a_goal_text_is_told_as_in_an_indicator_value(runner, tmp_path, old_goal, new_goal, note):
    """A hedge added in a goal text was marked and counted, but without the （加了“力争”） an indicator value's gets:
    the reviewer saw 目标放宽 of a text whose number was kept and had to find why. The note is told in text,
    markdown and json, as an indicator value's is."""
    old, new = _goal_drafts(tmp_path, [(old_goal, new_goal)])
    found = changes(runner, old, new)["changes"]
    assert [c.get("note") for c in found] == [note], found
    told = f"（{note}）（" if note else "。（"
    assert told in text_lines(runner, old, new)[1]
    assert told in "\n".join(text_lines(runner, old, new, "--format", "markdown"))


@pytest.mark.parametrize("old_goal, new_goal, note", [
    ("提交市政协大会提案不少于3篇", "尽力撰写市政协大会提案不少于3篇", "加了“尽力”"),  # the verb changed too
    ("学习、调研、联谊活动3次。", "学习、调研、联谊活动4次左右。", "加了“左右”"),  # a count raised
    ("提交市政协大会提案不少于3篇", "竭尽力量撰写市政协大会提案不少于3篇", None),  # 竭尽's 尽: no 尽力
    ("提交市政协大会提案不少于3篇", "尽心尽力提交市政协大会提案不少于3篇", None),  # wholeheartedly: no 尽力
])
def test_a_hedge_written_in_a_goal_text_with_other_words_changed_is_noted(runner, tmp_path, old_goal, new_goal, note):
    """`提交…提案不少于3篇` → `尽力撰写…提案不少于3篇` was a plain 修改: the hedge was read only where the rest of the
    clause was kept. A hedge the new text is written with and the old was not is noted, whatever else changed, though
    no mark says the target asks less (not certain with the verb or the number changed)."""
    old, new = _goal_drafts(tmp_path, [(old_goal, new_goal)])
    assert [(c.get("weakened"), c.get("tightened"), c.get("note")) for c in changes(runner, old, new)["changes"]] == [
        (None, None, note)]
    told = f"（{note}）" if note else "（加了"
    assert (told in text_lines(runner, old, new)[1]) == bool(note)
    assert (told in "\n".join(text_lines(runner, old, new, "--format", "markdown"))) == bool(note)


@pytest.mark.parametrize("old_clause, new_clause, word, note, counted", [
    ("完成5项调研，举办3场活动", "力争完成5项调研，争取举办2场活动", "目标放宽，目标降低", "加了“力争”“争取”", "目标降低"),
    ("提交提案不少于3篇，活动不少于5次", "提交提案不少于2篇，活动不少于3次", "目标降低", None, "目标降低"),
    ("提交提案不少于3篇，6月底前完成3次检查", "提交提案不少于2篇，9月底前完成3次检查", "目标降低，时限推后", None, "目标降低"),
    ("6月底前完成3次检查，提交提案不少于3篇", "9月底前完成3次检查，提交提案不少于2篇", "时限推后，目标降低", None, "目标降低"),
    ("差错不超过3次，提交提案不少于5篇", "差错不超过5次，提交提案不少于3篇", "目标放宽，目标降低", None, "目标降低"),
])
def test_each_weakened_clause_of_a_goal_text_is_said(runner, tmp_path, old_clause, new_clause, word, note, counted):
    """Of two clauses weakened in one edit only the first was said: `力争完成5项调研，争取举办2场活动` showed （加了“力争”）
    （目标放宽）, and the second count lowered, its 争取 too, went unsaid. Each clause's words and hedges are told, each
    once, in the order of the clauses; the summary counts the edit once, under its strongest word (`weakening.WORDS`):
    under the first, a cap raised before a count lowered read `其中目标放宽 1 处`, the lowered target unsaid."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c.get("weakened"), c.get("note")) for c in found] == [(word, note)], found
    assert text_lines(runner, old, new)[-1] == f"比较了 1 个规格，1 个有改动：修改 1 处（其中{counted} 1 处）。"


@pytest.mark.parametrize("old_clause, new_clause, tightened", [
    ("新建养老服务中心5个，助餐服务不少于60万人次", "新建养老服务中心3个，助餐服务不少于70万人次", None),
    ("完成河道治理20公里，农村自来水普及率达到98%以上", "完成河道治理15公里，农村自来水普及率达到99%以上", None),
    ("新建养老服务中心5个，助餐服务不少于60万人次", "新建养老服务中心8个，助餐服务不少于70万人次", None),
    ("新建养老服务中心5个，助餐服务不少于60万人次", "新建养老服务中心5个，助餐服务不少于70万人次", "目标提高"),
    ("助餐服务不少于60万人次，6月底前完成3次检查", "助餐服务不少于70万人次，3月底前完成3次检查", "目标提高，时限提前"),
])
def test_a_goal_text_is_raised_only_where_no_other_clause_moved_unweighed(runner, tmp_path, old_clause, new_clause,
                                                                         tightened):
    """A 民政 draft for next year cut `新建养老服务中心5个` to `3个` and raised `助餐服务不少于60万人次` to `70万人次` in one
    goal text, and diff marked the text 目标提高 and counted it so in the summary: the count without a direction word is
    no target diff weighs, yet two centres fewer may well ask less. A text is raised only where every clause whose
    number or deadline moved is weighed, and each raised."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c.get("weakened"), c.get("tightened")) for c in found] == [(None, tightened)], found
    counted = f"（其中{tightened.split('，')[0]} 1 处）" if tightened else ""
    assert text_lines(runner, old, new)[-1] == f"比较了 1 个规格，1 个有改动：修改 1 处{counted}。"


@pytest.mark.parametrize("old_clause, new_clause, mark", [
    ("召开理事会（或扩大会议）2次", "积极召开理事会（或扩大会议）3次", ""),  # no direction written: a plain 修改
    ("召开理事会（或扩大会议）2次", "竭尽力量召开理事会（或扩大会议）3次", ""),
    ("召开理事会（或扩大会议）2次", "力争按时召开理事会（或扩大会议）3次", "（加了“力争”）"),
    ("学习培训不少于1次", "学习培训不少于2次", "（目标提高）"),
    ("组织常务理事", "认真组织常务理事", ""),
    ("组织常务理事、理事、中青年台胞学习培训不少于1次", "及时组织常务理事、理事、中青年台胞学习培训不少于2次", "（目标提高）"),
    ("接待台胞和统战工作对象不少于50人次", "积极主动接待台胞和统战工作对象不少于60人次", "（目标提高）"),
    ("接待台胞和统战工作对象不少于50人次", "切实接待台胞和统战工作对象不少于40人次", "（目标降低）"),
    ("接待台胞和统战工作对象不少于50人次", "按时接待台胞和统战工作对象不少于50人次左右", "（加了“左右”）（目标放宽）"),
    ("提交市政协大会提案不少于3篇", "扎实提交市政协大会提案不少于5篇", "（目标提高）"),
    ("提交市政协大会提案不少于3篇", "全面提交市政协大会提案", "（目标删除：含 1 处文字中写明的目标：“提交市政协大会提案不少于3篇”）"),
    ("提交市政协大会提案不少于3篇", "努力提交市政协大会提案不少于2篇", "（目标降低）"),  # 努力 is no hedge (terms.BY_FORCE)
    ("提交市政协大会提案不少于3篇", "奋力提交市政协大会提案不少于4篇", "（目标提高）"),
    ("召开理事会（或扩大会议）2次", "努力争取召开理事会（或扩大会议）2次", "（加了“争取”）（目标放宽）"),
    ("提交市政协大会提案不少于3篇", "努力提交市政协大会提案", "（目标删除：含 1 处文字中写明的目标：“提交市政协大会提案不少于3篇”）"),
    ("发放老台胞特殊生活补助约576人次", "按时足额发放老台胞特殊生活补助约500人次", ""),
    ("提交市政协大会提案不少于3篇", "稳步提交市政协大会提案不少于4篇", "（目标提高）"),  # step by step: how, too
    ("提交市政协大会提案不少于3篇", "尽心尽力提交市政协大会提案不少于2篇", "（目标降低）"),
    ("召开理事会（或扩大会议）2次", "组织召开理事会（或扩大会议）3次", ""),  # a verb of carrying out, as an adverb
    ("召开理事会（或扩大会议）2次", "组织开展召开理事会（或扩大会议）2次", ""),
    ("提交市政协大会提案不少于3篇", "完成提交市政协大会提案不少于4篇", "（目标提高）"),
    ("接待台胞和统战工作对象不少于50人次", "做好接待台胞和统战工作对象不少于40人次", "（目标降低）"),
    ("全年不少于30次教育学习活动", "全年组织开展不少于36次教育学习活动", "（目标提高）"),
    ("提交市政协大会提案不少于3篇", "力争组织提交市政协大会提案不少于3篇", "（加了“力争”）（目标放宽）"),
    ("提交市政协大会提案不少于3篇", "完成提交市政协大会提案", "（目标删除：含 1 处文字中写明的目标：“提交市政协大会提案不少于3篇”）"),
    ("提交市政协大会提案不少于3篇", "全年提交市政协大会提案不少于2篇", "（目标降低）"),  # the year's, as ever
])
def test_a_goal_text_clause_with_an_adverb_or_a_verb_of_carrying_out_added_is_the_same_target(runner, tmp_path, old_clause,
                                                                                                new_clause, mark):
    """Guangzhou's `召开理事会（或扩大会议）2次` → `积极召开理事会（或扩大会议）3次` read as 目标删除: the adverb was held in
    the words before the number, so the two clauses were two measures, a target dropped beside one added. Words of
    how a thing is done (积极, 按时, 认真, 切实…) are read out of a clause: it keeps its target, raised (目标提高), lowered
    or hedged as without them; a clause whose count is gone is still 目标删除. So with a verb that only says the thing
    is carried out (组织, 开展, 完成, 做好…): `提交…提案不少于3篇` → `完成提交…不少于4篇` read as 目标删除 too. The new draft
    against itself is empty."""
    old, new = _goal_drafts(tmp_path, [(old_clause, new_clause)])
    lines = text_lines(runner, old, new)
    assert len(lines) == 3 and "【增：" in lines[1], lines
    assert lines[1].endswith(mark) and "目标删除" not in lines[1].removesuffix(mark), lines
    assert runner.invoke(main, ["diff", new, new]).exit_code == 0


@pytest.mark.parametrize("old_text, new_text, removed, raised", [
    ("受理来信，及时处理率不低于95%", "受理来信，处理率不低于90%", ["及时处理率不低于95%"], None),
    ("及时到位率不低于95%", "到位率不低于90%", ["及时到位率不低于95%"], None),
    ("积极主动性不低于95%", "主动性不低于90%", ["积极主动性不低于95%"], None),
    ("按时完成率不低于95%", "完成率不低于90%", ["按时完成率不低于95%"], None),
    ("开展年度考核不少于2次", "认真开展年度考核不少于3次", [], "目标提高"),  # 年度 is no rate's 度
    ("开展综合性活动不少于2次", "积极开展综合性活动不少于3次", [], "目标提高"),  # 综合性 is the activity's
])
def test_an_adverb_within_a_rate_name_is_kept(old_text, new_text, removed, raised):
    """`及时处理率` → `处理率` read as one measure, lowered (目标降低): 及时 opening the clause was read out as a word of
    how a thing is done, though the rate's name holds it, as `按时完成率` does, and `积极主动性` lost its 积极 as the
    adverbs were given back one at a time (主动性 left a 性 to 主动 alone). Rates one or two characters on are names too;
    a 年度 or a word's 性 further on is not."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_tightening(old_text, new_text) == raised


@pytest.mark.parametrize("old_text, new_text, removed, weakened, raised", [
    ("群众满意度不低于90%", "进一步提高群众满意度至95%以上", [], None, "目标提高"),  # the level reached
    ("群众满意度不低于90%", "群众满意度提升到85%以上", [], "目标降低", None),
    ("群众满意度90%", "提高群众满意度至90%", [], None, None),
    ("投诉率不超过5%", "投诉率降低到3%以下", [], None, "目标收紧"),
    ("投诉率不超过3%", "投诉率降至5%", [], "目标放宽", None),  # 降至 is a cap as 降低至 is
    ("投诉率不超过3%", "降低投诉率至5%", [], "目标放宽", None),  # the verb opening the clause still says the way
    ("投诉率不超过5%", "降低投诉率至3%", [], None, "目标收紧"),
    ("群众满意度不低于90%", "提高群众满意度至85%", [], "目标降低", None),
    ("群众满意度不低于90%", "提升群众满意度至不低于85%", [], "目标降低", None),  # the floor's word says the way
    ("投诉率不超过3%", "降低投诉率至不超过5%", [], "目标放宽", None),  # so does a cap's
    ("投诉率不超过3%", "降低投诉率至不超过3%", [], None, None),
    ("投诉率不超过3%", "投诉率降至不超过5%", [], "目标放宽", None),
    ("群众满意度不低于90%", "提高群众满意度达到85%", [], "目标降低", None),  # the 到 of 达到 is no verb's
    ("群众满意度不低于90%", "提升群众满意度达到95%", [], None, "目标提高"),
    ("会议费不超过50万元", "压减会议费至60万元", [], "成本上限提高", None),
    ("服务台胞不少于3000人次", "扩大服务台胞至2000人次", [], "目标降低", None),
    ("群众满意度90%", "提高群众满意度10%", ["群众满意度90%"], None, None),  # raised by 10 points: another target
    ("群众满意度10%", "进一步提高群众满意度10%", ["群众满意度10%"], None, None),  # the same figure, a change now
    ("投诉率5%", "投诉率比上年降低5%", ["投诉率5%"], None, None),
    ("扩大会议2次", "召开扩大会议2次", [], None, None),  # 扩大会议 is a meeting, not a change
    ("投诉率5%", "降低投诉率5%", ["投诉率5%"], None, None),  # the same number, a change, not the level
    ("召开会议不少于3次", "减少会议不少于3次", ["召开会议不少于3次"], None, None),
    ("走访企业不少于3家", "慰问企业不少于2家", ["走访企业不少于3家"], None, None),  # a verb naming the work is kept
    ("开展调研不少于5次", "完成调研不少于4次", [], "目标降低", None),
    ("完成率不低于95%", "落实率不低于90%", ["完成率不低于95%"], None, None),  # a rate's name keeps its verb
    ("满意度由85%提高至90%", "满意度由85%提高至95%", [], None, "目标提高"),  # the level it starts from is no target
    ("满意度由85%提高至90%", "满意度由85%提高至88%", [], "目标降低", None),
    ("由85%提高至90%", "提高至90%", [], None, None),
    ("满意度由85%提高至90%", "满意度由80%提高至90%", [], None, None),
    ("投诉率从上年的5%降低到3%", "投诉率从上年的5%降低到4%", [], "目标放宽", None),
    ("培训由100人次增加到120人次", "培训由100人次增加到150人次", [], None, "目标提高"),
    ("满意度由85%提高至90%", "做好服务", ["满意度由85%提高至90%"], None, None),
    ("满意度由85%提高至90%", "满意度由８５％提高至９５％", [], None, "目标提高"),  # full-width: no target deleted
    ("满意度由８５％提高至９０％", "满意度由８５％提高至８８％", [], "目标降低", None),
    ("投诉率由5%降至3%", "投诉率由5%降至4%", [], "目标放宽", None),  # the lone 降 of 降至
    ("满意度提高至90%", "满意度由2023年的85%提高至88%", [], "目标降低", None),  # the start's year written
    ("覆盖率由2023年85%提高至90%", "覆盖率由2023年85%提高至88%", [], "目标降低", None),
    ("将满意度提高至90%", "满意度提高至88%", [], "目标降低", None),  # 将 says nothing of the target
    ("满意度提高至90%", "将满意度提高至95%", [], None, "目标提高"),
    ("将满意度由85%提高至90%", "满意度提高至88%", [], "目标降低", None),
    ("满意度由85%提高至90%", "将满意度由85%提高至88%", [], "目标降低", None),
    ("将投诉率降至3%", "投诉率降至5%", [], "目标放宽", None),
    ("将满意度提高至90%", "做好服务", ["将满意度提高至90%"], None, None),
    ("接待台胞将近50人次", "接待台胞将近40人次", [], None, None),  # 将近 is nearly: no 将 read out
    ("满意度将提高至90%", "满意度提高至88%", [], "目标降低", None),  # 将 (will) after the name
    ("满意度提高至90%", "满意度将提高至95%", [], None, "目标提高"),
    ("投诉率将降至3%", "投诉率降至5%", [], "目标放宽", None),
    ("满意度将达到90%", "满意度达到88%", [], "目标降低", None),
    ("满意度由85%将提高至90%", "满意度提高至88%", [], "目标降低", None),  # after a starting level
    ("满意度即将提高至90%", "满意度提高至88%", ["满意度即将提高至90%"], None, None),  # 即将 (soon) is kept
    ("满意度将来提高至90%", "满意度提高至88%", ["满意度将来提高至90%"], None, None),  # 将来 too
    ("满意度将会提高至90%", "满意度提高至88%", [], "目标降低", None),  # 将会, 必将: no 会, 必 left in the name
    ("满意度必将提高至90%", "满意度提高至88%", [], "目标降低", None),
    ("满意度将达90%", "满意度达88%", [], "目标降低", None),
    ("满意度达到90%", "将满意度达到85%", [], "目标降低", None),  # 将 before the level's word, not a verb
    ("将满意度达到90%", "满意度达95%", [], None, "目标提高"),
    ("投诉率控制在3%以内", "将投诉率控制在5%以内", [], "目标放宽", None),
    ("将满意度保持在90%以上", "将满意度保持在85%以上", [], "目标降低", None),
    ("满意度不低于90%", "力争将满意度达到85%", [], "目标降低", None),
    ("满意度将稳步提高至90%", "满意度提高至88%", [], "目标降低", None),
    ("将进一步提高群众满意度至95%", "进一步提高群众满意度至90%", [], "目标降低", None),  # its object before 至
    ("满意度由85%进一步提高至90%", "满意度提高至88%", [], "目标降低", None),  # words between start and verb
    ("满意度不低于90%", "满意度由85%进一步提高至95%", [], None, "目标提高"),
    ("满意度由85%稳步提高至90%", "满意度由85%稳步提高至88%", [], "目标降低", None),
    ("投诉率由5%逐步降至3%", "投诉率由5%逐步降至4%", [], "目标放宽", None),
    ("培训由3人次增加到50人次", "培训增加到40人次", [], "目标降低", None),  # 次 is the unit's, no word between
    ("活动由上年的3场次增加到5场次", "活动增加到4场次", [], "目标降低", None),
    ("满意度由85%的基础上提高至90%", "满意度提高至88%", [], None, None),  # no adverb between: held, as before
    ("资金不少于85%", "争取资金不少于85%", [], None, None),  # 争取 may obtain the money: no hedge added
    ("满意度由85%逐步提高至90%", "满意度提高至88%", [], "目标降低", None),  # 逐步 is how, as 进一步
    ("满意度提高至90%", "满意度逐步提高至88%", [], "目标降低", None),
    ("群众满意度不低于90%", "逐步提高群众满意度至85%", [], "目标降低", None),
    ("投诉率由5%逐年降至3%", "投诉率由5%逐年降至4%", [], "目标放宽", None),  # 逐年 says how the level is reached
    ("投诉率由5%逐年降至3%", "投诉率降至4%", [], "目标放宽", None),
    ("满意度不低于90%", "逐年提高满意度至88%", [], "目标降低", None),
    ("满意度逐年稳步提高至90%", "满意度提高至88%", [], "目标降低", None),  # words of how after 逐年, as after 将
    ("满意度逐年进一步提高至90%", "满意度提高至88%", [], "目标降低", None),
    ("逐年提高满意度至90%", "提高满意度至95%", [], None, "目标提高"),
    ("提高满意度5%", "逐年提高满意度5%", ["提高满意度5%"], None, None),  # each year's change: another measure
    ("满意度提高5个百分点", "满意度提高3个百分点", [], "目标降低", None),  # a rise in points: at least so many
    ("满意度提高5个百分点", "满意度提高8个百分点", [], None, "目标提高"),
    ("提高满意度5个百分点", "提高满意度3个百分点", [], "目标降低", None),
    ("投诉率降低2个百分点", "投诉率降低1个百分点", [], "目标降低", None),  # a cut in points: the more the better
    ("满意度较上年提高5个百分点", "满意度较上年提高不少于3个百分点", [], "目标降低", None),
    ("满意度提高5个百分点", "满意度提高5个百分点以上", [], None, None),
    ("经费支出增加2个百分点", "经费支出增加3个百分点", [], None, None),  # a rise of a cost: no way certain
    ("误差率增加2个百分点", "误差率增加3个百分点", [], None, None),  # a rise of a rate to keep low: the more, the worse
    ("失业率增长1个百分点", "失业率增长2个百分点", [], None, None),
    ("满意度提高最多5个百分点", "满意度提高最多3个百分点", [], None, None),  # 最多: a cap, not a floor
    ("满意度提高5%", "满意度提高3%", [], None, None),  # a percentage may be points or a tenth: left to its words
])
def test_a_verb_of_change_before_a_goal_text_figure_is_read_by_what_it_says(old_text, new_text, removed, weakened,
                                                                              raised):
    """`群众满意度90%` → `提高群众满意度至90%` read as 目标删除, the verb held before the number. A verb of change whose
    number is the level reached (提高…至, 提升到) states that level, bounded the way of the verb: with the verb deleted,
    `投诉率不超过3%` → `降低投诉率至5%` and `群众满意度不低于90%` → `提高群众满意度至85%` asked less unsaid, and 压减 and 扩大
    were read as no bound at all. Without 至 or 到 the number is the change itself (`提高群众满意度10%`, `降低投诉率5%`),
    another target than the level of the same number, and was read as it. The level a change starts from
    (`由85%提高至90%`) is no target: held, the clause had two numbers and `→ 由85%提高至95%` read as a plain 修改. A 将
    opening the clause (`将满意度提高至90%`) is no word of the measure: held, `→ 满意度提高至88%` read as 目标删除, and
    before the word of a level (`满意度达到90%` → `将满意度达到85%`, `将投诉率控制在5%以内`) it still did; nor
    is one after the name saying it will be reached (`满意度将提高至90%`), which read so too, nor 逐年 before a verb
    of a level reached (`投诉率由5%逐年降至3%`, which kept its starting level and stated no target). A change by so
    many points that its verb says (`满意度提高5个百分点`) asks at least that many: `→ 满意度提高3个百分点` was a plain 修改."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_weakening(old_text, new_text) == weakened
    assert target_texts.text_tightening(old_text, new_text) == raised


@pytest.mark.parametrize("old_text, new_text, removed, weakened, raised", [
    ("满意度于6月底前提高至90%", "满意度于6月底前提高至85%", [], "目标降低", None),
    ("6月底前满意度提高至90%", "6月底前满意度提高至85%", [], "目标降低", None),
    ("满意度6月底前提高至90%", "满意度6月底前提高至95%", [], None, "目标提高"),
    ("投诉率于6月底前降至3%", "投诉率于6月底前降至5%", [], "目标放宽", None),
    ("满意度于6月底前提高至90%", "满意度于9月底前提高至90%", [], "时限推后", None),  # the deadline weighed too
    ("满意度于6月底前提高至90%", "满意度于9月底前提高至85%", [], "目标降低，时限推后", None),
    ("满意度于2024年6月底前提高至90%", "满意度于2025年3月底前提高至90%", [], "时限推后", None),
    ("满意度提高至90%", "6月底前满意度提高至85%", [], "目标降低", None),
    ("培训6月底前完成不少于3期", "培训6月底前完成不少于2期", [], "目标降低", None),  # a count's deadline inside
    ("满意度于6月底前提高至90%", "做好服务", ["满意度于6月底前提高至90%"], None, None),
    ("满意度于6月底前提高至90%", "满意度于6月底前提高至90%", [], None, None),
    ("6月底前满意度提高至90%，9月底前提高至95%", "6月底前满意度提高至85%，9月底前提高至95%", [], "目标降低", None),
    ("3月底前或6月底前满意度提高至90%", "3月底前或6月底前满意度提高至85%", [], None, None),  # two deadlines
    ("将满意度达到百分之九十", "将满意度达到百分之八十五", [], "目标降低", None),  # numbers spelt, read as figures
    ("培训不少于三期", "培训不少于两期", [], "目标降低", None),
])
def test_a_goal_text_target_reached_by_a_deadline_inside_it_is_read(old_text, new_text, removed, weakened, raised):
    """A deadline inside a clause before its level (`满意度于6月底前提高至90%`, `6月底前满意度提高至90%`) made it two
    numbers, no target: `→ …85%` was a plain 修改 and `→ 满意度于9月底前提高至90%` too. The level is read with the
    deadline taken out, the deadline weighed apart as a count's done by one is (each clause its own); a clause of two
    deadlines states no one target. Numbers spelt in words are read as the figures they spell."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_weakening(old_text, new_text, 2024, 2024) == weakened
    assert target_texts.text_tightening(old_text, new_text, 2024, 2024) == raised


@pytest.mark.parametrize("old_text, new_text, weakened, raised", [
    ("第三季度前满意度达90%", "第二季度前满意度达90%", None, "时限提前"),  # as 3季度前 → 2季度前
    ("第二季度前满意度达90%", "第三季度前满意度达90%", "时限推后", None),
    ("三季度前满意度达90%", "四季度前满意度达90%", "时限推后", None),
    ("年底前满意度达90%", "年底前满意度达85%", "目标降低", None),
    ("年底前满意度达90%", "满意度达85%", "目标降低", None),  # one measure, its level lowered
    ("年底前满意度达90%", "满意度达90%", None, None),  # a deadline dropped alone: a plain 修改, see docs/diff.md
    ("6月底前满意度达90%，6月底前合格率达95%", "6月底前满意度达90%，合格率达95%", None, None),  # maybe still June's
])
def test_a_deadline_of_no_figures_before_a_level_is_weighed(old_text, new_text, weakened, raised):
    """A quarter spelt in characters (`第三季度前`) or the year's end before a level read as words of its measure
    (第三季度前满意度): `第三季度前…` → `第二季度前…` said nothing where `3季度前…` → `2季度前…` was 时限提前, and
    `年底前满意度达90%` → `满意度达85%` was no one measure, its level lowered unsaid."""
    assert target_texts.removed_targets(old_text, new_text) == []
    assert target_texts.text_weakening(old_text, new_text, 2024, 2024) == weakened
    assert target_texts.text_tightening(old_text, new_text, 2024, 2024) == raised


@pytest.mark.parametrize("old_text, new_text, removed, weakened, raised", [
    ("满意度于6月底前提高至90%", "合格率于6月底前达到85%", ["满意度于6月底前提高至90%"], None, None),
    ("6月底前满意度达90%", "6月底前合格率达95%", ["6月底前满意度达90%"], None, None),
    ("6月底前满意度达90%", "9月底前合格率达90%", ["6月底前满意度达90%"], None, None),
    ("6月底前满意度达90%，合格率达95%", "6月底前合格率达95%", ["6月底前满意度达90%"], None, None),
    ("满意度于6月底前提高至90%", "满意度于9月底前提高至85%", [], "目标降低，时限推后", None),  # one name: one level
])
def test_a_level_reached_by_a_deadline_keeps_its_name(old_text, new_text, removed, weakened, raised):
    """A level read with its deadline taken out (`满意度于6月底前提高至90%`) was weighed as a count done by a deadline is,
    its words before the number blanked (`count_alone`): the name went with them, and `→ 合格率于6月底前达到85%` read
    as 满意度 lowered, `6月底前满意度达90%` → `6月底前合格率达95%` as raised, not the one target deleted."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_weakening(old_text, new_text, 2024, 2024) == weakened
    assert target_texts.text_tightening(old_text, new_text, 2024, 2024) == raised


@pytest.mark.parametrize("old_text, new_text, removed, weakened", [
    ("偿还到期债务不少于3个", "偿还年内到期债务不少于2个", [], "目标降低"),  # fewer, of no wider a set
    ("期满项目验收不少于3个", "本年度期满项目验收不少于2个", [], "目标降低"),
    ("届满换届选举不少于3个", "年内届满换届选举不少于2个", [], "目标降低"),
    ("到期债务余额不超过100万元", "年内到期债务余额不超过120万元", [], "成本上限提高"),
])
def test_a_year_before_what_falls_due_is_the_year_of_the_count(old_text, new_text, removed, weakened):
    """A year word before 到期, 期满 or 届满 is read out as elsewhere (年度目标里的数本来就是这一年的): kept, as another
    measure, `期满项目验收不少于3个` → `本年度期满项目验收不少于2个` was a target deleted, and `到期债务余额不超过100万元` →
    `年内到期债务余额不超过120万元`, a higher ceiling on no more debts, went unsaid."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_weakening(old_text, new_text) == weakened


@pytest.mark.parametrize("verb, op", VERBS_OF_CHANGE.items())
def test_each_verb_of_change_to_a_level_states_that_level_bounded_its_way(verb, op):
    """The verbs of change are one list (`value_kinds.VERBS_OF_CHANGE`), read in goal texts as in values: each before
    a level (`…至90%`) states the target of that level, not another, and bounds it its way, a floor lowered or a cap
    raised being said. Two lists, the goal texts' lacked 上升 and the values' 扩大, 增强, 改善, 压减 and 压缩."""
    measure, old, new = ("满意度", "不低于90%", "85%") if op == "≥" else ("投诉率", "不超过3%", "5%")
    assert target_texts.removed_targets(f"{measure}90%", f"{verb}{measure}至90%") == []
    eased = target_texts.text_weakening(measure + old, f"{verb}{measure}至{new}")
    assert eased == ("目标降低" if op == "≥" else "目标放宽")


@pytest.mark.parametrize("old_text, new_text, weakened, hedge, raised", [
    ("降低投诉率至3%", "争取降低投诉率至5%", "目标放宽", "加了“争取”", None),
    ("满意度不低于90%", "力争将满意度提高至88%", "目标降低", "加了“力争”", None),  # moved past 将 to the verb
    ("满意度不低于90%", "满意度将力争提高至88%", "目标降低", "加了“力争”", None),  # after a 将 (will)
    ("满意度提高至90%", "满意度由85%力争提高至88%", "目标降低", "加了“力争”", None),  # after the starting level
    ("满意度不低于90%", "争取满意度不低于85%", "目标降低", "加了“争取”", None),  # before a rate: its level's
    ("群众满意度不低于90%", "争取群众满意度90%以上", "目标放宽", "加了“争取”", None),
    ("上级资金到位率不低于90%", "争取上级资金到位率不低于85%", "目标降低", "加了“争取”", None),  # 到位率's 到
    ("满意度较上年提高5%", "争取满意度较上年提高5%", "目标放宽", "加了“争取”", None),
    ("满意度提高至90%", "争取满意度提高至88%", "目标降低", "加了“争取”", None),
    ("争取满意度不低于90%", "满意度不低于90%", None, None, "目标收紧"),
    ("满意度不低于90%", "满意度由85%争取提高至90%", "目标放宽", "加了“争取”", None),
    ("降低投诉率至3%", "争取降低投诉率至3%", "目标放宽", "加了“争取”", None),
    ("群众满意度不低于90%", "力争提高群众满意度达到85%", "目标降低", "加了“力争”", None),
    ("争取降低投诉率至3%", "降低投诉率至3%", None, None, "目标收紧"),  # the hedge dropped: firmer
    ("争取降低投诉率至3%", "降低投诉率至2%", None, None, "目标收紧"),
    ("争取降低投诉率至3%", "降低投诉率至5%", "目标放宽", None, None),  # firmer, yet a higher cap: an indicator's too
])
def test_a_hedge_before_a_verb_of_change_hedges_the_level_reached(old_text, new_text, weakened, hedge, raised):
    """`降低投诉率至3%` → `争取降低投诉率至5%` read as 目标删除, and so did `争取降低投诉率至3%` → `降低投诉率至2%`: the verb,
    moved beside its 至, left the hedge before the measure's name (`争取投诉率`), which read as a name of its own. The
    hedge moves with the verb and is read as any hedge of a level: told, eased, or dropped (目标收紧). So does one
    before a rate's name and its level (`争取满意度不低于85%`), which read as obtaining the rate."""
    assert target_texts.removed_targets(old_text, new_text) == []
    assert target_texts.text_weakening(old_text, new_text) == weakened
    assert target_texts.text_hedge(old_text, new_text) == hedge
    assert target_texts.text_tightening(old_text, new_text) == raised


@pytest.mark.parametrize("word, op", BOUND_WORDS)
def test_each_bound_word_after_a_verbs_level_bounds_that_level(word, op):
    """The words of a bound are one list (`value_kinds.BOUND_WORDS`), read before a value's number and after a goal
    text's 至 alike: each there (`提升满意度至不低于85%`, `降低投诉率至不大于5%`) leaves the level the target, lowered
    or raised as its number says, where a word the goal texts did not list kept the verb in the words and read
    `满意度不低于90%` → `提升满意度至至少85%` as the target deleted."""
    measure, old, level, new = ("满意度", "不低于90%", "90%", "85%") if op == "≥" else ("投诉率", "不超过3%", "3%", "5%")
    verb = "提升" if op == "≥" else "降低"
    assert target_texts.removed_targets(measure + old, f"{verb}{measure}至{word}{new}") == []
    assert target_texts.text_weakening(measure + old, f"{verb}{measure}至{word}{new}") == (
        "目标降低" if op == "≥" else "目标放宽")
    assert target_texts.text_weakening(measure + old, f"{verb}{measure}至{word}{level}") is None


@pytest.mark.parametrize("old_text, new_text, removed, weakened", [
    ("合格率不低于98%", "确保合格率不低于95%", [], "目标降低"),
    ("覆盖率不低于100%", "实现覆盖率不低于95%", [], "目标降低"),
    ("满意度不低于90%", "确保满意度不低于85%", [], "目标降低"),
    ("完成率不低于95%", "确保完成率不低于90%", [], "目标降低"),
    ("落实到位率不低于95%", "确保落实到位率不低于90%", [], "目标降低"),
    ("落实到位率不低于95%", "到位率不低于90%", ["落实到位率不低于95%"], None),  # the verb heads the rate's name
    ("完成及时率不低于95%", "及时率不低于90%", ["完成及时率不低于95%"], None),
    ("完成情况通报不少于4次", "情况通报不少于3次", ["完成情况通报不少于4次"], None),
    ("实施方案宣讲不少于3场", "方案宣讲不少于2场", ["实施方案宣讲不少于3场"], None),
])
def test_a_verb_of_carrying_out_is_read_out_before_a_name_it_does_not_head(old_text, new_text, removed, weakened):
    """`合格率不低于98%` → `确保合格率不低于95%` read as 目标删除: the one or two characters before 率 that make an adverb
    part of a rate's name (`及时处理率`) kept 确保 in the words, and `确保完成率` was held whole. A verb of carrying out is
    read out unless it heads a name itself (`完成率`, `落实到位率`, `完成情况`, `实施方案`)."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_weakening(old_text, new_text) == weakened


@pytest.mark.parametrize("old_text, new_text, removed, weakened, raised", [
    ("开展培训不少于3期", "全年开展培训不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "年内开展培训不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "本年度开展培训不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "全年累计开展培训不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "力争全年开展培训不少于3期", [], "目标放宽", None),  # the hedge before the year's words
    ("开展培训不少于3期", "2025年开展培训不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "2025年全年开展培训不少于4期", [], None, "目标提高"),
    ("全年开展培训不少于3期", "开展培训不少于5期", [], None, "目标提高"),
    ("开展培训不少于3期", "每季度开展培训1期", ["开展培训不少于3期"], None, None),  # four a year: a frequency
    ("开展培训不少于3期", "每年开展培训不少于2期", ["开展培训不少于3期"], None, None),  # each year of a medium term
    ("全年龄段覆盖率不低于90%", "覆盖率不低于80%", ["全年龄段覆盖率不低于90%"], None, None),  # 全年龄 is no year
    ("开展培训不少于3期", "开展培训全年不少于2期", [], "目标降低", None),  # the year's words right before the count
    ("全年开展培训不少于3期", "开展培训全年不少于2期", [], "目标降低", None),
    ("培训全年累计不少于3期", "培训不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "开展培训全年累计不少于4期", [], None, "目标提高"),
    ("接待台胞不少于50人次", "接待台胞年内60人次以上", [], None, "目标提高"),  # a floor written after the count
    ("开展培训年内不少于3期", "开展培训不少于2期", [], "目标降低", None),
    ("开展培训每年不少于3期", "开展培训不少于2期", ["开展培训每年不少于3期"], None, None),  # each year's, further on too
    ("开展培训半年内不少于3期", "开展培训不少于2期", ["开展培训半年内不少于3期"], None, None),  # a length of time
    ("开展培训不少于3期", "开展培训年内完成不少于2期", [], "目标降低", None),  # a verb of carrying out after them
    ("开展培训不少于3期", "培训全年累计开展不少于2期", [], "目标降低", None),
    ("开展培训不少于3期", "开展培训年内组织开展不少于4期", [], None, "目标提高"),
    ("开展培训不少于3期", "培训年内完成2期", [], None, None),  # no direction word: a plain 修改, nothing deleted
    ("培训全年完成率不低于95%", "培训全年不低于90%", ["培训全年完成率不低于95%"], None, None),  # 完成率: a name
    ("项目验收不少于3个", "项目年内完成验收不少于2个", [], "目标降低", None),  # a verb of the work between
    ("项目年内验收不少于3个", "项目验收不少于4个", [], None, "目标提高"),
    ("接待来访台胞不少于50人次", "接待全年来访台胞不少于40人次", [], "目标降低", None),
    ("培训全年任务完成率不低于95%", "培训任务完成率不低于90%", ["培训全年任务完成率不低于95%"], None, None),  # a rate
    ("确保全年完成验收不少于3个", "验收不少于2个", [], "目标降低", None),  # 确保's 保 is no 保全
    ("完成全年任务的95%以上", "完成任务的90%以上", ["完成全年任务的95%以上"], None, None),  # past a 的
    ("全年龄段服务不少于3000人次", "龄段服务不少于2000人次", ["全年龄段服务不少于3000人次"], None, None),
])
def test_words_saying_a_goal_text_count_is_the_years_are_read_out(old_text, new_text, removed, weakened, raised):
    """`开展培训不少于3期` → `全年开展培训不少于2期` read as 目标删除: the 全年 written in front was held in the words before
    the number, so the two clauses were two measures. A goal text's count is the budget year's said or not, so the
    words that say so (全年, 年内, 本年度, 全年累计, a year written) are read out; a period (每季度) or 每年 is not.
    Written right before the count (`开展培训全年不少于2期`) they were held too, and are read out the same way; a
    length of time there (`半年内`) is not. So is a verb of carrying out after them (`开展培训年内完成不少于2期`), which
    kept them held and read as 目标删除, and so are they before a verb of the work and its count (`项目年内完成验收不少于2个`),
    but not in a rate's name nor past a 的 (`培训全年任务完成率`, `完成全年任务的95%`), nor in 全年龄段."""
    assert target_texts.removed_targets(old_text, new_text) == removed
    assert target_texts.text_weakening(old_text, new_text) == weakened
    assert target_texts.text_tightening(old_text, new_text) == raised


@pytest.mark.parametrize("old_text, new_text, weakened", [
    ("年底前完成检查不少于3次", "2025年年底前完成检查不少于3次", "时限推后"),
    ("年底前完成检查不少于3次", "2025年度末前完成检查不少于3次", "时限推后"),
    ("3月底前完成检查不少于3次", "2025年 3月底前完成检查不少于3次", "时限推后"),
    ("6月底前完成检查不少于3次", "2025年以前完成检查不少于3次", "时限推后"),
    ("6月底前完成检查不少于3次", "2025年第一季度前完成检查不少于3次", "时限推后"),  # not 时限提前: 2025's, not 2024's
])
def test_a_year_opening_a_goal_text_deadline_is_the_deadline_s(old_text, new_text, weakened):
    """Of a budget year 2024, `2025年第一季度前完成检查不少于3次` read 时限提前 beside `6月底前…`, and `2025年年底前`,
    `2025年以前` no change: the written year opening the clause was read out as saying the count is the year's
    (`_FOR_THE_YEAR`) before the deadline it is the year of was read (`_dated_deadline`)."""
    assert target_texts.text_weakening(old_text, new_text, 2024, 2024) == weakened
    assert target_texts.text_tightening(old_text, new_text, 2024, 2024) is None


def test_all_of_a_grade_is_no_year():
    """`全年级` (all of a school grade) lost its 全年 as `全年` (all the year) does."""
    assert target_texts._target("全年级学生参训率不低于95%").prefix.startswith("全年级")


_GZ_PARTY_GOAL = "全面从严治党，继续开展党史学习教育活动，加强党风廉政建设，加强在职机关党员干部教育学习，党支部每月不少于2次活动，"
_GZ_VISITS_GOAL = "不断深化与台港澳台胞联谊交流。组织赴台或者赴港开展穗台民间社团和乡亲社团文化交流3个团组8人次。"


@pytest.mark.parametrize("old_goal, new_goal, mark", [
    (f"{_GZ_PARTY_GOAL}全年不少于30次教育学习活动。", f"全年不少于36次教育学习活动。{_GZ_PARTY_GOAL[:-1]}。", "（目标提高）"),
    (f"{_GZ_PARTY_GOAL}全年不少于30次教育学习活动。", f"全年不少于20次教育学习活动。{_GZ_PARTY_GOAL[:-1]}。", "（目标降低）"),
    (f"{_GZ_VISITS_GOAL}接待台胞和统战工作对象不少于50人次。", f"接待台胞和统战工作对象不少于40人次，{_GZ_VISITS_GOAL}",
     "（目标降低）"),
    (f"{_GZ_VISITS_GOAL}接待台胞和统战工作对象不少于50人次。", f"力争接待台胞和统战工作对象不少于50人次，{_GZ_VISITS_GOAL}",
     "（加了“力争”）（目标放宽）"),
    (f"{_GZ_VISITS_GOAL}接待台胞和统战工作对象不少于50人次。", f"接待台胞和统战工作对象不少于50人次，{_GZ_VISITS_GOAL}", "。"),
])
def test_a_goal_text_clause_moved_with_its_figure_changed_is_judged(runner, tmp_path, old_goal, new_goal, mark):
    """`…党支部每月不少于2次活动，全年不少于30次教育学习活动。` → `全年不少于36次教育学习活动。…党支部每月不少于2次活动。`
    was a plain 修改: the clause moved to the first sentence was read as one dropped and another added, so its
    target raised (or lowered, or hedged) went unsaid. A clause left over is paired with the one new clause left
    anywhere in the text of its measure, and judged as one edited in place; moved alone it is no change."""
    old, new = _goal_drafts(tmp_path, [(old_goal, new_goal)])
    lines = text_lines(runner, old, new)
    assert len(lines) == 3 and lines[1].endswith(mark), lines
    assert "目标删除" not in lines[1], lines
    assert lines[-1] in text_lines(runner, old, new, "--format", "markdown")  # the summary counts it alike


@pytest.mark.parametrize("old_text, new_text, weakened, raised", [
    ("开展调研不少于3次，组织交流活动。", "组织交流活动；开展调研不少于5次，开展调研不少于2次。", None, None),  # two: not one
    ("开展调研不少于3次，开展走访不少于4次。组织交流活动。", "组织交流活动。开展走访不少于2次，开展调研不少于3次。", "目标降低", None),
    ("组织交流活动。开展调研不少于3次。", "开展调研不少于5次；组织交流活动。", None, "目标提高"),
])
def test_a_moved_goal_clause_is_paired_only_with_the_one_clause_of_its_measure(old_text, new_text, weakened, raised):
    """A clause moved is judged against the one new clause left of its measure (`开展调研` with `开展调研`, not
    `开展走访`); with two such clauses left (`不少于5次` and `不少于2次`) neither is its target beyond doubt, and nothing
    is said, as of clauses edited in place."""
    assert target_texts.text_weakening(old_text, new_text) == weakened
    assert target_texts.text_tightening(old_text, new_text) == raised


def test_clauses_of_one_measure_reordered_are_weighed_no_further_than_a_second_link(monkeypatch):
    """Pairing the clauses left over anywhere in a text (a clause moved) weighed each with every other: 300 clauses
    of one measure reordered took 4 s and 90,000 weighings for each judgment. Each is weighed only until a second
    clause of its measure is found, which makes it no one target."""
    calls = []
    compared = target_texts.compared
    monkeypatch.setattr(target_texts, "compared", lambda *args: calls.append(1) or compared(*args))
    old = "；".join(f"开展调研不少于{k}次" for k in range(1, 301))
    new = "；".join(f"开展调研不少于{k}次" for k in range(300, 0, -1))
    assert target_texts.text_weakening(old, new) is None
    assert 0 < len(calls) <= 2 * 300


@pytest.mark.parametrize("old_clause, new_clause, word", [
    ("完成调研不少于5项、活动不少于3场", "完成调研不少于5项、活动不少于2场", "目标降低"),
    ("完成调研5项、活动3场", "完成调研5项、力争活动3场", "目标放宽"),
    ("学习、调研、联谊活动不少于3次", "学习、调研、联谊活动不少于2次", "目标降低"),  # a list of names, one clause
    ("完成调研5项、活动3场", "完成调研5项、活动2场", None),  # no direction written: not certain
])
def test_counts_listed_with_a_dunhao_are_read_one_by_one(runner, tmp_path, old_clause, new_clause, word):
    """`完成调研5项、活动3场` was one clause of two numbers, no target: its second count lowered (`不少于3场` →
    `不少于2场`) or hedged was a plain 修改. Where each part between the 、 states a count of its own, each is a clause;
    a list of names before one count (`学习、调研、联谊活动3次`) stays one."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c.get("weakened"), c.get("deleted_text_targets")) for c in found] == [(word, None)], found


@pytest.mark.parametrize("old_clause, new_clause, word, deleted", [
    ("1、举办培训3场；2、开展调研不少于5次", "1、举办培训3场；2、开展调研不少于2次", "目标降低", None),
    ("（1）完成调研不少于5项、活动不少于3场", "（1）完成调研不少于5项、活动不少于2场", "目标降低", None),
    ("１．开展调研不少于5次", "１．力争开展调研不少于5次", "目标放宽", None),
    ("1、举办培训3场；2、开展调研5次", "1、举办培训3场", "目标删除", 1),
    ("1、2月各开展调研不少于1次", "1、2月各开展调研1次", None, None),  # numbers listed, no point: no one target
])
def test_a_numbered_point_s_target_is_read_without_its_number(runner, tmp_path, old_clause, new_clause, word, deleted):
    """Goal texts are mostly written in points (`1、…；2、…`): the point's number made its count a second number, so
    `2、开展调研不少于5次` stated no target, and lowered, hedged or deleted it was a plain 修改."""
    old, new = _goal_clause_drafts(tmp_path, old_clause, new_clause)
    found = changes(runner, old, new)["changes"]
    assert [(c.get("weakened"), c.get("deleted_text_targets")) for c in found] == [(word, deleted)], found


def _tianjin_drafts(tmp_path, name: str, old_value: str, new_value: str) -> tuple[str, str]:
    """(old path, new path): the Tianjin example with indicator `name`'s value `old_value` written `new_value`."""
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    row = f"        name: {name}\n        description: {name}\n        value: \"{old_value}\""
    assert text.count(row) == 1, row
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, draft in zip(paths, (text, text.replace(row, row.replace(old_value, new_value)))):
        path.write_text(draft, encoding="utf-8")
    return str(paths[0]), str(paths[1])


@pytest.mark.parametrize("old, new, word", [
    ("≥90%", "满意", "目标不可衡量"), ("≥98%", "基本满意", "目标不可衡量"),  # survey answers: no grade B7 takes
    ("满意", "基本满意", "目标降低"),  # a step down the survey's answers
])
def test_a_satisfaction_rate_turned_into_an_answer_is_no_longer_measurable(old, new, word):
    """docs/diff.md called `≥90%` → `及时` (由数值改为定性描述) 由数值改成分级的说法 and `满意` → `基本满意` a grade
    stepped down, so a reader took `≥90%` → `满意` for 由数值改为定性描述, though diff said 目标不可衡量. Diff is right:
    the grades that keep a target checkable are B7's, and a 满意度 is to be a percentage (B10), `满意` saying nothing
    of how many are satisfied; the docs now say so."""
    assert weakening("服务对象满意度", old, new, 2024, 2024, None) == word


def test_a_rate_turned_into_a_grade_word_is_marked_as_loosened(runner, tmp_path):
    """活动举办及时率 `≥90％` → `及时` was a plain 修改: lint takes 及时 as a graded term, yet the number said how many
    activities must be on time, the word whatever the unit calls 及时. The reverse asks more: no mark."""
    old, new = _tianjin_drafts(tmp_path, "活动举办及时率", "≥90％", "及时")
    found = changes(runner, old, new)["changes"]
    assert [c.get("weakened") for c in found] == ["由数值改为定性描述"]
    lines = text_lines(runner, old, new)
    assert lines[1].endswith("活动举办及时率：指标值  “≥90％” → “及时”（由数值改为定性描述）"), lines
    assert lines[-1] == "比较了 1 个规格，1 个有改动：修改 1 处（其中由数值改为定性描述 1 处）。"
    markdown = runner.invoke(main, ["diff", old, new, "--format", "markdown"]).output
    assert "| ≥90％ | 及时（<b>由数值改为定性描述</b>） |" in markdown
    back = changes(runner, new, old)["changes"]
    assert [c.get("weakened") for c in back] == [None]
    old, new = _tianjin_drafts(tmp_path, "活动举办及时率", "≥90％", "全覆盖")  # a grade that is a number in words
    assert [c.get("weakened") for c in changes(runner, old, new)["changes"]] == [None]


@pytest.mark.parametrize("grade", ["完成", "已完成", "达标", "合格", "到位"])
def test_a_rate_of_100_percent_turned_into_a_grade_of_all_met_is_not_marked(runner, tmp_path, grade):
    """水、电设施完好率 `100%` → `达标` was marked 由数值改为定性描述: a rate of 100% and a grade that says all is met
    say one thing, as `全部完成` does. A lower rate so turned still is marked."""
    row = ("水、电设施完好率", "100%")
    old, new = _tianjin_row_drafts(tmp_path, row, row, (row[0], grade))
    assert [c.get("weakened") for c in changes(runner, old, new)["changes"]] == [None]
    old, new = _tianjin_row_drafts(tmp_path, row, (row[0], "≥90%"), (row[0], grade))
    assert [c.get("weakened") for c in changes(runner, old, new)["changes"]] == ["由数值改为定性描述"]


COVERAGE = '    name: 患病、困难、失独台胞补助覆盖面（%）\n    period_value: "90%"\n    annual_value: "90%以上"\n'


SERVICES = ('  - level1: 效益指标\n    level2: 社会效益指标\n    name: 保障办公楼日常后勤服务\n'
            '    period_value: "机关运作通畅，日常事故故障发生数2次以下"\n    annual_value: "机关运作通畅，日常事故故障发生数2次以下"\n')


def _coverage_drafts(tmp_path, row: str, services: bool = True) -> tuple[str, str]:
    """(old path, new path): the Guangzhou example, and a draft whose 补助覆盖面 row (under 社会效益指标) is `row`, and
    which keeps the 保障办公楼日常后勤服务 row, under the same 二级, or not."""
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count(COVERAGE) == 1 and text.count(SERVICES) == 1
    draft = text.replace(COVERAGE, row).replace(SERVICES, SERVICES if services else "")
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, content in zip(paths, (text, draft)):
        path.write_text(content, encoding="utf-8")
    return str(paths[0]), str(paths[1])


def test_the_one_row_removed_and_added_under_a_level2_in_one_year_is_a_rename(runner, tmp_path):
    """`患病、困难、失独台胞补助覆盖面（%）` 90%/90%以上 → `困难台胞补助覆盖率` 85%/85%以上 read 新增 and 删除（目标删除）, the
    target lowered lost: the only row removed and the only one added under one 一级 and 二级, of one measure, are one row
    renamed, its targets compared, as next year's spec pairs them by their 上年指标值."""
    old, new = _coverage_drafts(tmp_path, '    name: 困难台胞补助覆盖率\n    period_value: "85%"\n    annual_value: "85%以上"\n')
    found = changes(runner, old, new)["changes"]
    assert [(c["kind"], c["old"], c["new"], c.get("weakened")) for c in found] == [
        ("renamed", "患病、困难、失独台胞补助覆盖面（%）", "困难台胞补助覆盖率", None),
        ("changed", "90%", "85%", "目标降低"), ("changed", "90%以上", "85%以上", "目标降低")]
    lines = text_lines(runner, old, new)
    assert lines[1:] == [
        "  改名  绩效指标 › 效益指标 › 社会效益指标  “患病、困难、失独台胞补助覆盖面（%）” → “困难台胞补助覆盖率”",
        "  修改  绩效指标 › 效益指标 › 社会效益指标 › 困难台胞补助覆盖率：实施周期指标值  “90%” → “85%”（目标降低）",
        "  修改  绩效指标 › 效益指标 › 社会效益指标 › 困难台胞补助覆盖率：年度指标值  “90%以上” → “85%以上”（目标降低）",
        "比较了 1 个规格，1 个有改动：修改 2 处（其中目标降低 2 处），改名 1 处。"]


def test_rows_of_two_measures_or_not_alone_under_their_level2_are_not_paired(runner, tmp_path):
    """A count in place of a rate (`90%` → `3次`) is another indicator; and where two rows under the 二级 were removed,
    which one the added row is cannot be told: 新增 and 删除, as before."""
    old, new = _coverage_drafts(tmp_path, '    name: 困难台胞慰问次数\n    period_value: "3次"\n    annual_value: "3次以上"\n')
    assert sorted(c["kind"] for c in changes(runner, old, new)["changes"]) == ["added", "removed"]
    old, new = _coverage_drafts(tmp_path, '    name: 困难台胞补助覆盖率\n    period_value: "85%"\n    annual_value: "85%以上"\n',
                                services=False)
    assert sorted(c["kind"] for c in changes(runner, old, new)["changes"]) == ["added", "removed", "removed"]


def _tianjin_row_drafts(tmp_path, row: tuple[str, str], old_row: tuple[str, str], new_row: tuple[str, str]):
    """(old path, new path): the Tianjin example with its row (name, value) `row` written `old_row` in the old draft and
    `new_row` in the new (its description the name, as the example's are), found by its text whatever its indentation."""
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    found = re.compile(rf'name: {re.escape(row[0])}(\n\s*)description: {re.escape(row[0])}(\n\s*)value: "{re.escape(row[1])}"')
    assert len(found.findall(text)) == 1, row
    paths = [tmp_path / "old.yaml", tmp_path / "new.yaml"]
    for path, (name, value) in zip(paths, (old_row, new_row)):
        path.write_text(found.sub(lambda m: f'name: {name}{m[1]}description: {name}{m[2]}value: "{value}"', text),
                        encoding="utf-8")
    return str(paths[0]), str(paths[1])


@pytest.mark.parametrize("row, old_row, new_row", [
    (("水、电设施完好率", "100%"),) * 2 + (("物业服务投诉处理及时率", "≥90%"),),
    (("建立室藏各类档案目录数据库", "5个"),) * 2 + (("新购置办公设备", "3个"),),
    (("办公用房租赁期限", "12月"), ("租金支付时间", "6月底前"), ("物业合同续签时间", "11月底前")),
])
def test_another_indicator_put_in_the_place_of_one_dropped_is_no_rename(runner, tmp_path, row, old_row, new_row):
    """The only row removed and the only one added under a 二级, of one measure but unrelated names, were paired as one
    row renamed, its target 目标降低 or 时限推后, and the old commitment's 删除（目标删除） lost: the names must be
    related, as any rename's are (`困难台胞补助覆盖率` for `患病、困难、失独台胞补助覆盖面（%）` still is)."""
    old, new = _tianjin_row_drafts(tmp_path, row, old_row, new_row)
    found = changes(runner, old, new)["changes"]
    assert sorted((c["kind"], c.get("weakened") or "") for c in found) == [("added", ""), ("removed", "目标删除")], found


def test_a_spec_whose_year_alone_was_edited_in_place_lists_the_year_and_its_texts_still_of_the_old_year(runner, git_repo):
    """`year: 2023` → `2024` in one file, nothing else, under --rev: diff hid the year as moved on (`没有改动；另有 1 处只是
    年份顺延`, exit 0), while the texts still said 2023年度办公用房租金 and 拟于2023年1月召开. The year is listed, and the
    texts still of the old year, which a spec rolled over to next year has none of, are named: in one file or two."""
    folder, git = git_repo((ROOT / "specs" / TJ, f"specs/{TJ}"))
    spec = folder / "specs" / TJ
    text = spec.read_text(encoding="utf-8")
    assert text.count("year: 2023\n") == 1 and text.count("2023年") == 3
    spec.write_text(text.replace("year: 2023\n", "year: 2024\n"), encoding="utf-8")
    result = runner.invoke(main, ["diff", "--rev"])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[1:3] == [
        "  修改  年度  2023 → 2024",
        "  提醒  文字中仍写着 2023 年的有 3 处：项目绩效目标表 › 2023年度办公用房租金：项目名称、"
        "项目绩效目标表 › 天津市第十次归侨侨眷代表大会：资金用途、项目绩效目标表 › 天津市第十次归侨侨眷代表大会：绩效目标 › 第 1 项；"
        "如已改为 2024 年度的规格，请一并改写，或用 jixiao new --from 生成"], lines
    assert lines[-1] == "比较了 2 个规格，1 个有改动：修改 1 处。", lines
    markdown = runner.invoke(main, ["diff", "--rev", "--format", "markdown"]).output.splitlines()
    assert markdown[-1].startswith("> ⚠️ 文字中仍写着 2023 年的有 3 处：项目绩效目标表 › 2023年度办公用房租金：项目名称、"), markdown
    report = json.loads(runner.invoke(main, ["diff", "--rev", "--format", "json"]).output)
    [tianjin] = [s for s in report["specs"] if s["path"] == f"specs/{TJ}"]
    assert [(c["kind"], c["path"], c["old"], c["new"]) for c in tianjin["changes"]] == [("changed", "year", 2023, 2024)]
    assert tianjin["years_moved"] == 0 and tianjin["unrolled"]["old_year"] == 2023
    assert [place["path"] for place in tianjin["unrolled"]["places"]] == ["projects[0].name", "projects[3].purpose",
                                                                          "projects[3].targets[0]"]
    # the same file in two folders, its texts not rolled over, is told the same; rolled over, it has nothing to tell
    old = folder / "old"
    old.mkdir()
    (old / TJ).write_text(text, encoding="utf-8")
    assert text_lines(runner, str(old / TJ), str(spec))[1:3] == lines[1:3]
    rolled = folder / "tianjin-qiaolian-2024.yaml"
    rolled.write_text(spec.read_text(encoding="utf-8").replace("2023年", "2024年"), encoding="utf-8")
    assert text_lines(runner, str(old / TJ), str(rolled))[1:] == [
        "  修改  年度  2023 → 2024", "比较了 1 个规格，1 个有改动：修改 1 处；另有 3 处只是年份顺延，未列出。"]
    moved = changes(runner, str(old / TJ), str(rolled))
    assert moved["years_moved"] == 3 and moved["unrolled"] is None and [c["path"] for c in moved["changes"]] == ["year"]


def test_the_summary_names_the_files_whose_years_moved_on_among_several_specs(runner, tmp_path):
    """Two folders of several specs: `另有 4 处只是年份顺延，未列出` said not which pair hid them."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    for name in (GZ, TJ):
        text = (ROOT / "specs" / name).read_text(encoding="utf-8")
        (old / name).write_text(text, encoding="utf-8")
        (new / name).write_text(text, encoding="utf-8")
    tianjin = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    (new / "tianjin-qiaolian-2024.yaml").write_text(tianjin.replace("2023", "2024"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert lines[-1].endswith(f"；另有 3 处只是年份顺延，未列出（{(new / 'tianjin-qiaolian-2024.yaml').as_posix()}）。"), lines


def _year_folders_of_five_units(tmp_path, edited) -> tuple:
    """Folders 2023/ and 2024/ of five units' specs (第1单位 … 第5单位), each rolled over a year (its year and three
    texts' years moved on), those numbered in `edited` also with an amount changed."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    old.mkdir(), new.mkdir()
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    for unit in range(1, 6):
        named = text.replace("unit: 天津市归国华侨联合会", f"unit: 第{unit}单位")
        (old / f"第{unit}单位-2023.yaml").write_text(named, encoding="utf-8")
        rolled = named.replace("2023", "2024")  # the year and 3 texts' years moved on
        (new / f"第{unit}单位-2024.yaml").write_text(rolled.replace("254.30", "256.30") if unit in edited else rolled,
                                                   encoding="utf-8")
    return old, new


def test_two_year_folders_of_many_units_list_only_the_specs_edited_and_count_the_rest(runner, tmp_path):
    """A reviewer comparing two year folders of fifty units read fifty `修改  年度  2026 → 2027` lines for the two units
    edited, and a summary naming fifty paths on one line after `另有 150 处只是年份顺延，未列出`. The specs only rolled
    over are counted, not listed, and among more than three files the summary counts them, each listed spec saying its
    own; json lists every spec and its year as ever."""
    old, new = _year_folders_of_five_units(tmp_path, edited=(1,))
    lines = text_lines(runner, str(old), str(new))
    assert [line for line in lines[:-1] if not line.startswith(" ")] == [f"{new / '第1单位-2024.yaml'}  第1单位 2024 年"]
    assert "  另有 3 处只是年份顺延，未列出" in lines and not [line for line in lines if "年度  2023" in line], lines
    assert lines[-1].endswith("；另有 4 个只顺延了年度，未逐个列出；"
                              "另有 15 处只是年份顺延，未列出（5 个规格文件，其中 4 个只顺延了年度）。"), lines
    assert lines[-1].startswith("比较了 5 个规格（按年度对照：2023 → 2024），1 个有改动：修改 "), lines
    markdown = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output
    assert "| 修改 | 年度 |" not in markdown and markdown.count("### ") == 1 and "\n另有 3 处只是年份顺延，未列出。\n" in markdown
    assert "（5 个规格文件，其中 4 个只顺延了年度）" in markdown, markdown
    report = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)
    assert [(spec["changes"][0]["path"], spec["years_moved"]) for spec in report["specs"]] == [("year", 3)] * 5


def test_two_year_folders_of_the_same_file_names_leave_out_the_years_moved_on(runner, tmp_path, monkeypatch):
    """`jixiao diff 2023/ 2024/` of `new --from 2023/tj.yaml --year 2024 -o 2024/tj.yaml`, the same name in each year's
    folder, was read as one file whose year was edited in place: it listed every text new --from had moved on
    (2023年度办公用房租金 → 2024年度…), hiding the edits made by hand among them. Next year's spec by form and year, it
    leaves those out and counts them, and tells of no text still of the old year, there being none. Its file named as
    last year's, it is paired by year as `某单位-2023.yaml` and `某单位-2024.yaml` are: it printed its own
    `修改  年度  2023 → 2024` where a spec only rolled over is counted, not listed; json says `by_year`."""
    monkeypatch.chdir(tmp_path)
    Path("2023").mkdir()
    shutil.copy(ROOT / "specs" / TJ, Path("2023") / "tj.yaml")
    result = runner.invoke(main, ["new", "--from", "2023/tj.yaml", "--year", "2024", "-o", "2024/tj.yaml"])
    assert result.exit_code == 0, result.output
    assert text_lines(runner, "2023", "2024") == [
        "比较了 1 个规格（按年度对照：2023 → 2024），1 个只顺延了年度，未逐个列出；另有 3 处只是年份顺延，未列出。"]
    report = changes(runner, "2023", "2024")
    assert report["years_moved"] == 3 and report["unrolled"] is None
    assert report["by_year"] == {"from": 2023, "to": 2024} and report["changes"][0]["path"] == "year"


def test_a_file_of_the_same_name_is_paired_by_year_only_between_a_year_s_folder_and_the_next_one_s(runner, tmp_path):
    """`2023/tj.yaml` and `2024/tj.yaml` are one unit's two years when each folder is of one year, the new one's the
    year after. Two folders of one year's drafts where a clerk edited one file's year, or two files given by name,
    still list `修改  年度`: a year edited by mistake is not counted away as a spec rolled over."""
    old, new = tmp_path / "a", tmp_path / "b"
    old.mkdir(), new.mkdir()
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    (old / "tj.yaml").write_text(text, encoding="utf-8")
    (old / "other.yaml").write_text(text.replace("unit: 天津市归国华侨联合会", "unit: 第二单位"), encoding="utf-8")
    shutil.copy(old / "other.yaml", new / "other.yaml")
    (new / "tj.yaml").write_text(text.replace("2023", "2024"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert "  修改  年度  2023 → 2024" in lines and "按年度对照" not in lines[-1], lines
    report = json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)
    assert [spec["by_year"] for spec in report["specs"]] == [None, None]
    assert "  修改  年度  2023 → 2024" in text_lines(runner, str(old / "tj.yaml"), str(new / "tj.yaml"))
    (new / "other.yaml").write_text(text.replace("unit: 天津市归国华侨联合会", "unit: 第二单位").replace("2023", "2024"),
                                    encoding="utf-8")
    assert text_lines(runner, str(old), str(new)) == [
        "比较了 2 个规格（按年度对照：2023 → 2024），2 个只顺延了年度，未逐个列出；"
        f"另有 6 处只是年份顺延，未列出（{(new / 'other.yaml').as_posix()} 3 处、{(new / 'tj.yaml').as_posix()} 3 处）。"]


def test_a_roll_over_by_hand_in_one_file_leaves_out_the_years_moved_on_and_pairs_by_prior_target(runner, git_repo):
    """A clerk rolling a spec over in place (year, the years in its texts, a row renamed with its 上年指标值 written by hand),
    reviewed with --rev, was shown every text only moved on with the year, and the renamed row as 新增 and 删除（目标删除）:
    one file was never next year's spec of itself. By form and year it is, as a spec in another file is."""
    folder, git = git_repo((ROOT / "specs" / TJ, f"specs/{TJ}"))
    spec = folder / "specs" / TJ
    text = spec.read_text(encoding="utf-8")
    old_row = '        name: 办公用房租赁面积\n        description: 办公用房租赁面积\n        value: "1485平方米"\n'
    new_row = ('        name: 办公用房租赁间数\n        description: 办公用房租赁间数\n        value: "≥20间"\n'
               '        prior_value: "1485平方米"\n')
    assert text.count(old_row) == 1
    spec.write_text(text.replace("year: 2023\n", "year: 2024\n").replace("2023年", "2024年").replace(old_row, new_row),
                    encoding="utf-8")
    result = runner.invoke(main, ["diff", "--rev"])
    assert result.exit_code == 1, result.output
    place = "项目绩效目标表 › 2024年度办公用房租金：绩效指标 › 产出指标"
    assert result.output.splitlines()[1:] == [
        "  修改  年度  2023 → 2024",
        f"  改名  {place} › 数量指标  “办公用房租赁面积” → “办公用房租赁间数”",
        f"  修改  {place} › 数量指标 › 办公用房租赁间数：绩效指标描述  “办公用房租赁面积” → “办公用房租赁间数”",
        f"  修改  {place} › 数量指标 › 办公用房租赁间数：指标值  “1485平方米” → “≥20间”",
        f"比较了 2 个规格，1 个有改动：修改 3 处，改名 1 处；另有 3 处只是年份顺延，未列出（specs/{TJ}）。"], result.output


def test_next_years_spec_in_another_file_is_told_its_texts_still_of_the_old_year(runner, tmp_path):
    """A copy of last year's spec with its year alone edited (`year: 2024`, still 2023年度办公用房租金), given as a second
    file or added beside last year's, said nothing of the texts still planning 2023: the note was for one file only."""
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir(), new.mkdir()
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    (old / TJ).write_text(text, encoding="utf-8")
    (new / TJ).write_text(text, encoding="utf-8")
    (new / "tianjin-qiaolian-2024.yaml").write_text(text.replace("year: 2023\n", "year: 2024\n"), encoding="utf-8")
    note = "  提醒  文字中仍写着 2023 年的有 3 处：项目绩效目标表 › 2023年度办公用房租金：项目名称、"
    lines = text_lines(runner, str(old / TJ), str(new / "tianjin-qiaolian-2024.yaml"))
    assert lines[1] == "  修改  年度  2023 → 2024" and lines[2].startswith(note), lines
    lines = text_lines(runner, str(old), str(new))
    at = lines.index(f"  与上年 {(old / TJ).as_posix()} 相比（年度 2023 → 2024）：")
    # its year alone edited, not rolled over: that edit is all the section lists, and it is counted
    assert lines[at + 1] == "  修改  年度  2023 → 2024" and lines[at + 2].startswith(note), lines
    assert lines[-1].endswith("与上年相比：修改 1 处。"), lines
    markdown = runner.invoke(main, ["diff", str(old), str(new), "--format", "markdown"]).output.splitlines()
    assert markdown[-1].startswith("> ⚠️ 文字中仍写着 2023 年的有 3 处："), markdown
    [added] = [s for s in json.loads(runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output)["specs"]
               if s["status"] == "added"]
    assert added["unrolled"] is None and len(added["last_year"]["unrolled"]["places"]) == 3


def test_a_spec_made_by_new_from_is_not_told_to_be_made_by_it(runner, tmp_path):
    """The 提醒 ended 或用 jixiao new --from 生成 also for a spec new --from had made, where the clerk typed the old year
    in later: advice that could not help. Its 上年指标值 hold last year's targets, as new --from writes them: told to
    correct the year; a copy with its year edited, whose 上年指标值 are its own, is still offered new --from."""
    old = tmp_path / ZJ
    shutil.copy(ROOT / "specs" / ZJ, old)
    new = tmp_path / "zhanjiang-qiaolian-2025.yaml"
    made = runner.invoke(main, ["new", "--from", str(old), "--year", "2025", "-o", str(new)])
    assert made.exit_code == 0, made.output
    new.write_text(new.read_text(encoding="utf-8").replace("2025年12月31日前完成", "2024年12月31日前完成", 1),
                   encoding="utf-8")
    [note] = [line for line in text_lines(runner, str(old), str(new)) if "提醒" in line]
    assert note.endswith("这是由 jixiao new --from 生成的 2025 年度规格，请核对并改为 2025 年"), note
    copied = tmp_path / "copied" / new.name
    copied.parent.mkdir()
    copied.write_text(old.read_text(encoding="utf-8").replace("year: 2024", "year: 2025"), encoding="utf-8")
    [note] = [line for line in text_lines(runner, str(old), str(copied)) if "提醒" in line]
    assert note.endswith("如已改为 2025 年度的规格，请一并改写，或用 jixiao new --from 生成"), note


def test_a_copy_with_one_prior_value_typed_in_is_still_offered_new_from(runner, tmp_path):
    """A copy with its year edited, whose clerk typed last year's target as one row's 上年指标值 (as asked to), was told
    这是由 jixiao new --from 生成的 规格: one carried 上年指标值 was taken for new --from's work, which fills them all.
    A spec new --from made whose clerk then renamed a row and changed its target is still one it made."""
    old = tmp_path / ZJ
    shutil.copy(ROOT / "specs" / ZJ, old)
    copied = tmp_path / "copied" / "zhanjiang-qiaolian-2025.yaml"
    copied.parent.mkdir()
    copied.write_text(old.read_text(encoding="utf-8").replace("year: 2024", "year: 2025")
                      .replace('value: "6次"', 'value: "6次"\n    prior_value: "6次"', 1), encoding="utf-8")
    [note] = [line for line in text_lines(runner, str(old), str(copied)) if "提醒" in line]
    assert note.endswith("如已改为 2025 年度的规格，请一并改写，或用 jixiao new --from 生成"), note
    made = tmp_path / "zhanjiang-qiaolian-2025.yaml"
    assert runner.invoke(main, ["new", "--from", str(old), "--year", "2025", "-o", str(made)]).exit_code == 0
    made.write_text(made.read_text(encoding="utf-8").replace("2025年12月31日前完成", "2024年12月31日前完成", 1)
                    .replace("name: 侨务接待次数\n    value: \"18次\"", "name: 侨务接待人次\n    value: \"20次\"", 1),
                    encoding="utf-8")
    assert "侨务接待人次" in made.read_text(encoding="utf-8")
    [note] = [line for line in text_lines(runner, str(old), str(made)) if "提醒" in line]
    assert note.endswith("这是由 jixiao new --from 生成的 2025 年度规格，请核对并改为 2025 年"), note


def test_a_date_the_form_was_filled_in_is_no_text_moved_on_with_the_year(runner, tmp_path):
    """new --from never moves 填表日期 (it leaves it to be filled in again), yet diff left out 2022年1月5日 → 2023年1月5日
    as only the year moved on: a day nobody chose, hidden from the reviewer. Dated in the year before the budget year,
    as a form often is, it is no text still of the old year either. Texts that do move on with the year are left out."""
    text = (ROOT / "specs" / HY).read_text(encoding="utf-8")
    old, new = tmp_path / HY, tmp_path / "hengyang-qiaolian-2023.yaml"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("2022", "2023"), encoding="utf-8")
    report = changes(runner, str(old), str(new))
    assert [(c["path"], c["old"], c["new"]) for c in report["changes"]] == [
        ("year", 2022, 2023), ("department.filled_date", "2022年1月5日", "2023年1月5日"),
        ("projects[0].filled_date", "2022 年 1 月 5 日", "2023 年 1 月 5 日")], report["changes"]
    assert report["years_moved"] == 1 and report["unrolled"] is None
    new.write_text(text.replace("year: 2022", "year: 2023").replace("2022 年度。", "2023 年度。"), encoding="utf-8")
    report = changes(runner, str(old), str(new))
    assert [c["path"] for c in report["changes"]] == ["year"] and report["years_moved"] == 1
    assert report["unrolled"] is None, report["unrolled"]


def test_new_from_and_diff_read_the_year_moved_on_by_one_rule(runner, tmp_path, monkeypatch):
    """What new --from moves diff leaves out, and nothing it left in place is named as still of the old year: the two
    read one rule (`rolled_texts`); the 填表日期 it left to be filled in again is listed."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "specs" / HY, HY)
    result = runner.invoke(main, ["new", "--from", HY, "--year", "2023", "-o", "next.yaml"])
    assert result.exit_code == 0, result.output
    report = changes(runner, HY, "next.yaml")
    assert [(c["path"], c["new"]) for c in report["changes"] if c["path"] != "year"] == [
        ("department.filled_date", PLACEHOLDER), ("projects[0].filled_date", PLACEHOLDER)], report["changes"]
    assert report["years_moved"] == 1 and report["unrolled"] is None


def test_a_date_new_from_moves_on_is_a_text_moved_on_with_the_year(runner, tmp_path, monkeypatch):
    """A unit's own form whose dates must be digits cannot hold the placeholder, so new --from moves their year on
    (the year before the source year to the year before the new one), yet diff listed 填表日期 2022年1月5日 →
    2023年1月5日 as a change of its own: the date rule was new --from's alone. Its year edited alone, a 2023 spec
    dated 2022 is not told it still writes 2022: new --from writes that year there too."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "schema", "schemas")
    defs = json.loads(Path("schemas/defs.schema.json").read_text(encoding="utf-8"))
    defs["$defs"]["date_text"]["pattern"] = r"^\d{4}"
    Path("schemas/defs.schema.json").write_text(json.dumps(defs, ensure_ascii=False), encoding="utf-8")
    Path(HY).write_text((ROOT / "specs" / HY).read_text(encoding="utf-8")
                        .replace("filled_date: 2022年1月5日", "filled_date: 2021年12月5日"), encoding="utf-8")
    result = runner.invoke(main, ["new", "--from", HY, "--year", "2023", "--schemas", "schemas", "-o", "next.yaml"])
    assert result.exit_code == 0, result.output
    assert "filled_date: 2022年12月5日" in Path("next.yaml").read_text(encoding="utf-8")
    report = changes(runner, HY, "next.yaml", "--schemas", "schemas")
    assert [c["path"] for c in report["changes"]] == ["year"] and report["unrolled"] is None, report
    assert report["years_moved"] == 3, report
    Path("next.yaml").write_text(Path(HY).read_text(encoding="utf-8").replace("year: 2022", "year: 2023"),
                                 encoding="utf-8")
    report = changes(runner, HY, "next.yaml", "--schemas", "schemas")
    assert [p["path"] for p in report["unrolled"]["places"]] == ["projects[0].indicators[2].value"], report["unrolled"]


def test_a_spec_two_years_on_is_told_its_texts_still_of_the_old_year(runner, tmp_path):
    """`year: 2023` → `2025` (a year skipped) said nothing of 2023年度办公用房租金 and 拟于2023年1月召开, which the note
    names for `2024`: a 2025 spec still planning 2023 is as stale. Its texts moved on are listed, not left out: its
    targets are compared with those of two years before, no roll-over new --from writes."""
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    old, new = tmp_path / TJ, tmp_path / "tianjin-qiaolian-2025.yaml"
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("year: 2023\n", "year: 2025\n"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert lines[1:3] == [
        "  修改  年度  2023 → 2025",
        "  提醒  文字中仍写着 2023 年的有 3 处：项目绩效目标表 › 2023年度办公用房租金：项目名称、"
        "项目绩效目标表 › 天津市第十次归侨侨眷代表大会：资金用途、项目绩效目标表 › 天津市第十次归侨侨眷代表大会：绩效目标 › 第 1 项；"
        "如已改为 2025 年度的规格，请一并改写，或用 jixiao new --from 生成"], lines
    new.write_text(text.replace("2023", "2025"), encoding="utf-8")
    report = changes(runner, str(old), str(new))
    assert len(report["changes"]) == 4 and report["years_moved"] == 0 and report["unrolled"] is None, report


def test_a_document_name_or_a_start_moved_on_by_hand_is_a_change_not_the_year_moving(runner, tmp_path, monkeypatch):
    """new --from keeps 落实《2023年侨务工作要点》 and 2023年以来 (a document's name, a fixed start) and lists them; diff
    read them the way new --from did before, so an author's 2023 → 2024 there was left out as only the year moved
    on. It is a change of its own, listed, while 巩固2023年成果 moved on with the year is still left out."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    assert text.count("积极推进疫情防控，") == 1
    words = "巩固2023年成果，落实《2023年侨务工作要点》，2023年以来"
    (tmp_path / "specs" / GZ).write_text(text.replace("积极推进疫情防控，", f"积极推进疫情防控，{words}，"), encoding="utf-8")
    assert runner.invoke(main, ["new", "--from", f"specs/{GZ}", "--year", "2024"]).exit_code == 0
    then = Path("specs") / "guangzhou-tailian-2024.yaml"
    rolled = then.read_text(encoding="utf-8")
    assert words.replace("巩固2023", "巩固2024") in rolled
    assert text_lines(runner, f"specs/{GZ}", str(then)) == [
        "比较了 1 个规格（按年度对照：2023 → 2024），1 个只顺延了年度，未逐个列出；另有 1 处只是年份顺延，未列出。"]
    then.write_text(rolled.replace(words.replace("巩固2023", "巩固2024"), words.replace("2023", "2024")), encoding="utf-8")
    [changed] = [c for c in changes(runner, f"specs/{GZ}", str(then))["changes"] if c["path"] == "overall_target"]
    assert "《2024年侨务工作要点》，2024年以来" in changed["new"]


def test_money_under_quantity_has_no_way_of_its_own_so_only_its_numbers_are_weighed():
    """`补助资金发放金额 150万元` → `≥120万元` under 数量指标 was 成本上限提高: money there was read as a cost, as if B5
    gave it a way, though B5 only tells it to move to 成本指标, where it has one. A reviewer read a word contradicting
    the numbers, 150 lowered to 120. Outside 成本 only a name that says a cost (培训支出) makes money a cost; other
    money is weighed by its numbers alone (目标降低 when lower), and a flip of it is only a flip."""
    assert weakening("补助资金发放金额", "150万元", "≥120万元", 2024, 2024, "quantity") == "目标降低"
    assert weakening("资金拨付金额", "150万元", "≥120万元", 2024, 2024, "timeliness") == "目标降低"
    assert weakening("补助资金发放金额", "150万元", "≥150万元", 2024, 2024, "quantity") is None
    assert weakening("补助资金发放金额", "150万元", "≥180万元", 2024, 2024, "quality") is None
    assert weakening("宣传物料印制费", "≥5万元", "≤5万元", 2024, 2024, "quantity") is None
    assert weakening("宣传物料印制费", "≤5万元", "≥5万元", 2024, 2024, "quantity") is None
    assert flip("宣传物料印制费", "≤5万元", "≥5万元") == "比较方向改变：≤ 改为 ≥"
    assert weakening("培训支出", "15万元", "≥15万元", 2024, 2024, "quantity") == "成本上限提高"
    assert weakening("补助资金发放金额", "150万元", "≥150万元", 2024, 2024, "cost") == "成本上限提高"


def test_a_range_for_one_number_is_marked_only_where_its_pointed_bound_asks_less(runner, tmp_path):
    """`3次` → `3-5次` of a count, `20批次` → `10-20批次` of a ceiling (压减公务接待批次), `差错率 1%` → `0-1%`, `办理时限 30个工作日` →
    `20-30个工作日`, `满意度 90%` → `90%-95%` were （改为范围）（目标放宽）: any range reaching past the exact value was,
    whichever way the measure points, though each keeps the bound it asks of (`same_measure.weaker`, as lint's D6
    reads it). A range lowering that bound still is, with its note; and a grade in words is read as its number first,
    so `全覆盖` → `90%-100%` is 目标降低 as `100%` → `90%-100%` is."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展会议场次", "3次", "3-5次"),
        ("数量指标", "压减公务接待批次", "20批次", "10-20批次"),
        ("质量指标", "差错率", "1%", "0-1%"),
        ("时效指标", "办理时限", "30个工作日", "20-30个工作日"),
        ("服务对象满意度指标", "服务对象满意度", "90%", "90%-95%"),
        ("数量指标", "开展调研次数", "3次", "1-3次"),  # the floor lowered
        ("质量指标", "差错率(%)", "1%", "1%-2%"),  # the cap raised
        ("质量指标", "覆盖率", "全覆盖", "90%-100%"),
        ("质量指标", "安全事故", "零事故", "0-2次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"开展会议场次": (None, None), "压减公务接待批次": (None, None), "差错率": (None, None),
                     "办理时限": (None, None), "服务对象满意度": (None, None),
                     "开展调研次数": ("目标降低", "改为范围"), "差错率(%)": ("目标放宽", "改为范围"),
                     "覆盖率": ("目标降低", "改为范围"), "安全事故": ("目标放宽", "改为范围")}


def test_a_hedge_word_that_begins_a_name_is_no_hedge(runner, tmp_path):
    """`医疗保险参保率≥95%` → `基本医疗保险参保率≥95%`, `农田≥500亩` → `基本农田≥500亩`, `公共预算支出≥50万元` →
    `一般公共预算支出≥50万元` were （加了“基本/一般”）（目标放宽）: a hedge was read wherever it began the words before
    the number. It softens a target right before the number or comparator, or before a verb at a clause's head."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "参保率", "医疗保险参保率≥95%", "基本医疗保险参保率≥95%"),
        ("数量指标", "农田面积", "农田≥500亩", "基本农田≥500亩"),
        ("数量指标", "支出规模", "公共预算支出≥50万元", "一般公共预算支出≥50万元"),
        ("数量指标", "人员经费", "支出≥50万元", "基本支出≥50万元"),
        ("质量指标", "预算执行", "公共预算执行到位", "一般公共预算执行到位"),
        ("数量指标", "开展活动次数", "开展活动≥8次", "力争开展活动≥8次"),  # before a verb: a hedge
        ("数量指标", "开展培训场次", "≥3次", "原则上不少于3次"),
        ("质量指标", "工作完成情况", "圆满完成", "基本完成"),
        ("社会效益指标", "知晓率", "≥95%", "约95%"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"参保率": (None, None), "农田面积": (None, None), "支出规模": (None, None), "人员经费": (None, None),
                     "预算执行": (None, None), "开展活动次数": ("目标放宽", "加了“力争”"),
                     "开展培训场次": ("目标放宽", "加了“原则上”"), "工作完成情况": ("目标放宽", "加了“基本”"),
                     "知晓率": ("目标放宽", "加了“约”")}


def test_a_hedge_after_a_range_or_a_number_loosens_it(runner, tmp_path):
    """`3-5次` → `3-5次左右` was a plain 修改: a hedge after the number was read only on a value of one number, and
    前后 not at all (`10次` → `10次前后`). A range kept word for word with 左右, 上下 or 前后 after it is hedged too."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "3-5次", "3-5次左右"),
        ("数量指标", "开展会议场次", "≥10次", "10次前后"),
        ("质量指标", "差错率", "1%-2%", "1%-2%上下"),
        ("数量指标", "侨务接待次数", "3-5次", "3-5次，左右兼顾"),  # another clause: no hedge of the range
    ])
    found = value_marks(runner, old, new)
    assert found == {"开展活动次数": ("目标放宽", "加了“左右”"), "开展会议场次": ("目标放宽", "加了“前后”"),
                     "差错率": ("目标放宽", "加了“上下”"), "侨务接待次数": (None, None)}, found


def test_a_hedge_after_a_per_loosens_it(runner, tmp_path):
    """`≤12/10万` → `≤12/10万左右` was a plain 修改: the hedge was read into the base (per 10万左右), a unit of its own, so
    nothing was hedged. It ends the unit, per 10万 or per person (`200元/人左右`), and hedges the value."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "孕产妇死亡率", "≤12/10万", "≤12/10万左右"),
        ("质量指标", "婴儿死亡率", "≤5/10万人", "≤5/10万人左右"),
        ("数量指标", "人均补助标准", "≥200元/人", "≥200元/人左右"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"孕产妇死亡率": ("目标放宽", "加了“左右”"), "婴儿死亡率": ("目标放宽", "加了“左右”"),
                     "人均补助标准": ("目标放宽", "加了“左右”")}, found


def test_a_length_in_kilometres_compares_however_its_unit_is_written(runner, tmp_path):
    """`≥5千米` → `≥4km` and `≥5000m` → `≥4km` were plain 修改s once km read as 公里 (a unit of its own, where 千米 is
    1000 米), and `≥5公里` → `≥4千米` always was: 公里, 千米 and km are one kilometre, 1000 米."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "巡河里程", "≥5千米", "≥4km"), ("数量指标", "巡查里程", "≥5000m", "≥4km"),
        ("数量指标", "巡逻里程", "≥5公里", "≥4千米"), ("数量指标", "修路里程", "≥5公里", "≥4500米"),
        ("数量指标", "新建绿地面积", "≥120平方米", "≥100㎡"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"巡河里程": ("目标降低", None), "巡查里程": ("目标降低", None), "巡逻里程": ("目标降低", None),
                     "修路里程": ("目标降低", None), "新建绿地面积": ("目标降低", None)}, found


def test_power_and_time_compare_in_a_smaller_unit_and_a_day_in_none(runner, tmp_path):
    """`≥1兆瓦` → `≥800千瓦`, `≥2小时` → `≥100分钟` and `≤3日` → `≤5天` were plain 修改s: each unit was a measure of its
    own. 1 兆瓦 is 1000 千瓦, an hour 60 minutes, 日 and 天 one day, so each is weighed; `≥1MW` → `≥1000kW` asks the
    same. A day is no exact number of hours (培训时长 `≥1天` → `≥8小时` is one working day), so it is weighed by none."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "装机容量", "≥1兆瓦", "≥800千瓦"), ("数量指标", "光伏装机容量", "≥1MW", "≥1000kW"),
        ("数量指标", "服务时长", "≥2小时", "≥100分钟"), ("时效指标", "办结时限", "≤30分钟", "≤1个小时"),
        ("时效指标", "受理时限", "≤3日", "≤5天"), ("时效指标", "回访时限", "≤5工作日", "≤7个工作日"),
        ("数量指标", "培训时长", "≥1天", "≥8小时"), ("数量指标", "风电装机容量", "≥10万千瓦", "≥120兆瓦"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"装机容量": ("目标降低", None), "光伏装机容量": (None, None), "服务时长": ("目标降低", None),
                     "办结时限": ("时限推后", None), "受理时限": ("时限推后", None), "回访时限": ("时限推后", None),
                     "培训时长": (None, None), "风电装机容量": (None, "目标提高")}, found


def test_a_year_compares_in_months_and_a_ton_in_kilograms(runner, tmp_path):
    """`≤1年` → `≤10个月` and `≥1吨` → `≥900千克` were plain 修改s, each unit a measure of its own: a year is twelve
    months and a ton 1000 千克, exactly. A year is no exact number of days, nor 月 a length (`12月` may be December)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "办结时限", "≤1年", "≤10个月"), ("时效指标", "建设期限", "≤1年", "≤13个月"),
        ("数量指标", "质保期", "≥1年", "≥10个月"), ("数量指标", "垃圾清运量", "≥1吨", "≥900千克"),
        ("数量指标", "粮食收购量", "≥1t", "≥1200kg"), ("数量指标", "服务年限", "≥3年", "≥36个月"),
        ("时效指标", "受理时限", "≤1年", "≤300天"), ("数量指标", "租赁期限", "≥1年", "12月"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"办结时限": (None, "时限提前"), "建设期限": ("时限推后", None), "质保期": ("目标降低", None),
                     "垃圾清运量": ("目标降低", None), "粮食收购量": (None, "目标提高"), "服务年限": (None, None),
                     "受理时限": (None, None), "租赁期限": (None, None)}, found


def test_a_length_of_quarters_compares_in_months(runner, tmp_path):
    """`≤2个季度` → `≤7个月` was a plain 修改, 2个季度 read as a count of 2 个: a quarter is three months, exactly."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "建设期限", "≤2个季度", "≤7个月"), ("时效指标", "办结时限", "≤2个季度", "≤6个月"),
        ("数量指标", "服务期限", "≥1个季度", "≥2个月"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"建设期限": ("时限推后", None), "办结时限": (None, None), "服务期限": ("目标降低", None)}, found


def test_a_half_after_a_unit_of_time_is_read_into_its_number(runner, tmp_path):
    """`≤1年半` read as 1 年 with the word 半, so once a year was sized in months `≤1年半` → `≤15个月` (18 months cut to
    15) was told 时限推后, as `≤1小时半` → `≤80分钟` was before: the 半 is half the unit, `1年半` 1.5 年."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "建设期限", "≤1年半", "≤15个月"), ("时效指标", "办理时限", "≤1小时半", "≤80分钟"),
        ("时效指标", "办结时限", "≤1年半", "≤1年"), ("时效指标", "受理时限", "≤1年半", "≤20个月"),
        ("时效指标", "答复时限", "≤1年半", "≤18个月"), ("数量指标", "培训人次", "≥3人半", "≥3人"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"建设期限": (None, "时限提前"), "办理时限": (None, "时限提前"), "办结时限": (None, "时限提前"),
                     "受理时限": ("时限推后", None), "答复时限": (None, None), "培训人次": (None, None)}, found


def test_energy_in_megawatt_hours_compares_with_kilowatt_hours_and_never_with_power(runner, tmp_path):
    """`≥1兆瓦时` read as 1 兆瓦 with the words 时, so once 兆瓦 was sized in 千瓦, `≥1兆瓦时` → `≥800千瓦` (energy, then
    power) was 目标降低, and `≥2兆瓦时` → `≥1兆瓦` was so before. 兆瓦时 and MWh are a unit of energy, 1000 千瓦时."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "光伏发电量", "≥1兆瓦时", "≥800千瓦"), ("数量指标", "风电发电量", "≥2兆瓦时", "≥1兆瓦"),
        ("数量指标", "节约用电", "≥10兆瓦时", "≥9000千瓦时"), ("数量指标", "上网电量", "≥10MWh", "≥10000kWh"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"光伏发电量": (None, None), "风电发电量": (None, None), "节约用电": ("目标降低", None),
                     "上网电量": (None, None)}, found


def test_minutes_seconds_and_gigawatts_in_letters_compare_with_their_chinese_units(runner, tmp_path):
    """`≥2h` → `≥120min` and `≥2小时` → `≥100min` were plain 修改s: min was read as words after 120, as s after 30 of
    `≤30s` and W after the 1 G of `≥1GW`. min, s and sec are 分钟 and 秒, GW and GWh 吉瓦 and 吉瓦时 (1000 兆瓦 and
    兆瓦时), so each is weighed."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "服务时长", "≥2h", "≥120min"), ("数量指标", "培训时长", "≥2小时", "≥100min"),
        ("时效指标", "响应时间", "≤30s", "≤1分钟"), ("数量指标", "装机容量", "≥1GW", "≥800MW"),
        ("数量指标", "发电量", "≥1GWh", "≥1200兆瓦时"), ("数量指标", "光伏装机容量", "≥1吉瓦", "≥800兆瓦"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"服务时长": (None, None), "培训时长": ("目标降低", None), "响应时间": ("时限推后", None),
                     "装机容量": ("目标降低", None), "发电量": (None, "目标提高"), "光伏装机容量": ("目标降低", None)}, found


def test_a_unit_of_two_names_compares_as_one_on_either_side_of_a_slash(runner, tmp_path):
    """`≥100公斤` → `≥90千克` and `≥500立方米/日` → `≥400立方米/天` were plain 修改s, and `≥100公斤` → `≥100千克` one too:
    公斤 is 千克 by another name, and 日 is 天 after a slash as before none (`≤3日` → `≤5天`). A 万 before what a
    capacity per day counts sizes it as it sizes the unit alone: `≥5万立方米/日` → `≥40000立方米/天` is lowered."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "收购量", "≥100公斤", "≥90千克"), ("数量指标", "污水处理能力", "≥500立方米/日", "≥400立方米/天"),
        ("数量指标", "供水能力", "≥5万立方米/日", "≥40000立方米/天"), ("成本指标", "收购单价", "≤8元/公斤", "≤9元/千克"),
        ("数量指标", "调运量", "≥100公斤", "≥100千克"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"收购量": ("目标降低", None), "污水处理能力": ("目标降低", None), "供水能力": ("目标降低", None),
                     "收购单价": ("成本上限提高", None), "调运量": (None, None)}, found


def test_a_count_per_day_is_sized_by_its_wan_as_a_capacity_per_day_is(runner, tmp_path):
    """`≥5万人次/日` → `≥40000人次/天` was a plain 修改 where `≥5万立方米/日` → `≥40000立方米/天` is lowered: a count per
    a period is a frequency, compared a year at a time, and 万人次 and 人次 were two counts. Its 万 sizes it now."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "日均接待游客", "≥5万人次/日", "≥40000人次/天"), ("数量指标", "年接待游客", "≥5万人次/年", "≥60000人次/年"),
        ("数量指标", "巡查频次", "每月1次", "每季度1次"), ("数量指标", "日均服务", "≥1千人次/日", "≥1000人次/天"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"日均接待游客": ("目标降低", None), "年接待游客": (None, None), "巡查频次": ("目标降低", None),
                     "日均服务": (None, None)}, found


def test_wan_before_yi_of_a_foreign_currency_sizes_it(runner, tmp_path):
    """`≥1.2万亿美元` → `≥9000亿美元` was a plain 修改: 万 before 亿美元 was read as no unit. It is 10^4 of 亿美元."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "进出口总额", "≥1.2万亿美元", "≥9000亿美元"), ("数量指标", "实际使用外资", "≥1千亿美元", "≥1200亿美元"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"进出口总额": ("目标降低", None), "实际使用外资": (None, None)}, found


def test_a_currency_is_compared_as_money_not_as_people_or_days(runner, tmp_path):
    """`≥500万元` → `≥400万人民币` was a plain 修改, 万人民币 read as 万人 (people), and `≤5日` → `≤500日元` was told
    时限推后, 日元 read as days: 人民币 is money in 万元, 日元 a currency of its own, no length of time."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "引进内资", "≥500万元", "≥400万人民币"), ("时效指标", "办理时限", "≤5日", "≤500日元"),
        ("数量指标", "实际使用外资", "≥5亿日元", "≥40000万日元"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"引进内资": ("目标降低", None), "办理时限": (None, None), "实际使用外资": ("目标降低", None)}, found


def test_a_place_after_weiyu_or_chuyu_is_compared_as_a_place(runner, tmp_path):
    """`位于全省前3名` → `位于全省前5名` was called 目标提高 (5 more than 3): 位于 and 处于 made no place, as 位居 does.
    They put a unit at a stage as often: `处于第2阶段` → `处于第3阶段` is a later stage reached, no place lowered."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "考核排名", "位于全省前3名", "位于全省前5名"), ("质量指标", "工作考核", "处于全市第2名", "处于全市第4名"),
        ("质量指标", "绩效考评", "位于全省前5%", "位于全省前10%"), ("质量指标", "项目进度", "处于第2阶段", "处于第3阶段"),
        ("质量指标", "创新能力", "位于全国第一", "位于全国第三"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"考核排名": ("目标降低", None), "工作考核": ("目标降低", None), "绩效考评": ("目标降低", None),
                     "项目进度": (None, None), "创新能力": ("目标降低", None)}, found


def test_a_capacity_per_day_or_power_in_letters_compares_with_its_chinese_unit(runner, tmp_path):
    """`≥500立方米/日` → `≥400m3/d` and `≥10万kW` → `≥80000千瓦` were plain 修改s: m3/d read as 立方米 with the words /d,
    and kW as no unit. d is 日 and kW 千瓦, so both are targets lowered; a capacity per hour is no capacity per day."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "污水处理能力", "≥500立方米/日", "≥400m3/d"), ("数量指标", "光伏装机容量", "≥10万kW", "≥80000千瓦"),
        ("数量指标", "新建绿地面积", "≥120m2", "≥100M2"), ("数量指标", "垃圾处理能力", "≥100t/d", "≥100t/h"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"污水处理能力": ("目标降低", None), "光伏装机容量": ("目标降低", None),
                     "新建绿地面积": ("目标降低", None), "垃圾处理能力": (None, None)}, found


def test_a_hedge_after_what_a_count_counts_loosens_it(runner, tmp_path):
    """`3次检查` → `3次检查左右` was a plain 修改 where `3次` → `3次左右` is 目标放宽: 左右 was read only right after the
    number. After what the number counts it hedges the count too, beside a count lowered or a deadline kept; 前后
    there is a time (`3次会议前后`: around the meetings), no hedge."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "3次检查", "3次检查左右"),
        ("数量指标", "开展活动次数", "3次", "2次检查左右"),
        ("数量指标", "开展会议场次", "年底前完成3次检查", "年底前完成3次检查左右"),
        ("数量指标", "培训次数", "3次会议", "3次会议前后"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标放宽", "加了“左右”"), "开展活动次数": ("目标降低", "加了“左右”"),
                     "开展会议场次": ("目标放宽", "加了“左右”"), "培训次数": (None, None)}, found


def test_a_hedge_on_a_counts_deadline_is_a_deadline_hedged(runner, tmp_path):
    """`6月底前完成2次` → `6月底前后完成2次` was a plain 修改 while `6月底前完成` → `6月底前后完成` said （加了“前后”）
    （时限推后）: the hedge of a count's deadline (`Value.by`) was never read. It is the deadline hedged, the count
    kept, in figures or spelt; a deadline added with the hedge (`2次` → …) hedges nothing that was kept: no mark, the
    hedge written noted alone."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "6月底前完成2次", "6月底前后完成2次"),
        ("时效指标", "活动开展时间", "6月底前完成两次", "6月底前后完成两次"),
        ("数量指标", "侨务接待次数", "6月底前完成2次", "6月底前后完成2次"),
        ("数量指标", "开展活动次数", "2次", "6月底前后完成2次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": ("时限推后", "加了“前后”"), "活动开展时间": ("时限推后", "加了“前后”"),
                     "侨务接待次数": ("时限推后", "加了“前后”"), "开展活动次数": (None, "加了“前后”")}, found


def test_a_hedge_before_a_counts_deadline_is_a_deadline_hedged(runner, tmp_path):
    """`6月底前完成3次检查` → `力争6月底前完成3次检查` was 目标放宽 while `6月底前完成` → `力争6月底前完成` is 时限推后:
    only a hedge after the count's date (前后, 左右: `Value.by.hedge`) was read as the deadline's. One before the date
    or before what is done by it is the deadline's too; one on the count alone stays 目标放宽, and with the deadline
    also put later the later deadline is said."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "6月底前完成3次检查", "力争6月底前完成3次检查"),
        ("时效指标", "培训开展时间", "6月底前完成3次", "6月底前力争完成3次"),
        ("数量指标", "开展活动次数", "年底前完成3次检查", "力争次年3月底前完成3次检查"),
        ("数量指标", "开展会议场次", "6月底前完成3次检查", "6月底前完成约3次检查"),  # the count hedged
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("时限推后", "加了“力争”"), "培训开展时间": ("时限推后", "加了“力争”"),
                     "开展活动次数": ("时限推后", "加了“力争”"), "开展会议场次": ("目标放宽", "加了“约”")}, found


def test_a_commitment_before_a_deadline_asks_the_deadline(runner, tmp_path):
    """`年底前完成` → `确保年底前完成` was 目标不可衡量, the committed deadline read as words, and `确保6月底前完成` →
    `确保9月底前完成` a plain 修改: 确保 commits to the deadline after it, adding no hedge, so the first is no change
    of target and the second a deadline put later; a hedge in its place is still told."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "年底前完成", "确保年底前完成"),
        ("时效指标", "活动开展时间", "确保6月底前完成", "确保9月底前完成"),
        ("时效指标", "会议开展时间", "确保6月底前完成", "力争6月底前完成"),
        ("数量指标", "侨务接待次数", "确保年底前完成3次", "确保年底前完成2次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": (None, None), "活动开展时间": ("时限推后", None),
                     "会议开展时间": ("时限推后", "加了“力争”"), "侨务接待次数": ("目标降低", None)}, found


def test_a_commitment_or_hedge_before_a_recurring_deadline_leaves_it_compared(runner, tmp_path):
    """`每月10日前报送` → `确保每月15日前报送` was a plain 修改 (the day read with the words 确保每月, compared with no
    每月), `每月底前报送` → `确保每月底前报送` 目标不可衡量 and `每周五前报送` → `力争每周五前报送` 目标不可衡量 (words): the
    words before a deadline that comes round leave it that deadline, a commitment or what is asked adding nothing and
    a hedge telling 加了“力争” with 时限推后, as before a date."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "每月10日前报送", "确保每月15日前报送"),
        ("时效指标", "活动开展时间", "每月底前报送", "确保每月底前报送"),
        ("时效指标", "会议开展时间", "每周五前报送", "力争每周五前报送"),
        ("时效指标", "调研开展时间", "年底前完成", "按要求年底前完成"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": ("时限推后", None), "活动开展时间": (None, None),
                     "会议开展时间": ("时限推后", "加了“力争”"), "调研开展时间": (None, None)}, found


def test_a_hedge_in_a_clause_beside_a_recurring_deadline_moves_no_deadline(runner, tmp_path):
    """`每月10日前报送` → `每月10日前报送，力争按时完成` was 时限推后: a hedge anywhere in a value read as the recurring
    deadline's own, where it softens only the clause it stands in (按时完成), as `100%` → `100%，力争按时完成` moves no
    number; a hedge in the deadline's clause (`力争每月底前完成`) still puts the deadline later."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "每月10日前报送", "每月10日前报送，力争按时完成"),
        ("时效指标", "活动开展时间", "每月底前报送", "每月底前报送，力争按时完成"),
        ("时效指标", "会议开展时间", "每天17点前", "每天17点前，力争按时"),
        ("时效指标", "调研开展时间", "每月底前完成", "力争每月底前完成"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": (None, "加了“力争”"), "活动开展时间": (None, "加了“力争”"),
                     "会议开展时间": (None, "加了“力争”"), "调研开展时间": ("时限推后", "加了“力争”")}, found


def test_a_rate_after_a_months_deadline_is_no_deadline_moved(runner, tmp_path):
    """`12月底前完成率` → `6月底前完成率` was 时限提前, the rate read as the deadline `12月底前` with the words 完成率, where
    `年底前完成率` is words: it names a rate and asks nothing of it, so the edit is plain, and a deadline turned into it
    is no longer checkable."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "12月底前完成率", "6月底前完成率"),
        ("时效指标", "活动开展时间", "12月底前完成", "12月底前完成率"),
        ("时效指标", "制度出台时间", "6月底前出台管理制度", "12月底前出台管理制度"),  # 度 of 制度: no measure
        ("时效指标", "报告报送时间", "6月底前报送执行情况", "9月底前报送执行情况"),  # a report: its deadline
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": (None, None), "活动开展时间": ("目标不可衡量", None),
                     "制度出台时间": ("时限推后", None), "报告报送时间": ("时限推后", None)}, found


def test_a_hedge_on_a_counts_deadline_is_told_beside_a_lowered_count(runner, tmp_path):
    """`6月底前完成3次检查` → `力争9月底前完成2次检查` said （目标降低，时限推后） without the （加了“力争”） the hedge alone
    gets, and `→ 力争6月底前完成2次检查` only （目标降低）: a count changed hid the hedge of its deadline. The deadline
    hedged is 时限推后 beside the count lowered, and the hedge told; a hedge of the count itself is told beside the count
    lowered (as `3次` → `2次左右` is), one on an earlier deadline by neither."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "6月底前完成3次检查", "力争9月底前完成2次检查"),
        ("数量指标", "开展活动次数", "6月底前完成3次检查", "力争6月底前完成2次检查"),
        ("数量指标", "开展会议场次", "6月底前完成3次检查", "6月底前完成约2次检查"),  # the count hedged, and lowered
        ("数量指标", "培训次数", "9月底前完成3次检查", "力争6月底前完成2次检查"),  # an earlier deadline
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低，时限推后", "加了“力争”"), "开展活动次数": ("目标降低，时限推后", "加了“力争”"),
                     "开展会议场次": ("目标降低", "加了“约”"), "培训次数": ("目标降低", None)}, found
    assert ("  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “6月底前完成3次检查” → “力争9月底前完成2次检查”"
            "（加了“力争”）（目标降低，时限推后）") in text_lines(runner, old, new)


def test_a_hedge_added_with_a_count_lowered_is_told_beside_it(runner, tmp_path):
    """`3次` → `2次左右` said （目标降低） but dropped the （加了“左右”） that `3次` → `3次左右` gets: the hedge was told only
    where the number was kept. A count lowered and hedged is both, and so is a cost cap raised and hedged; a count
    raised with a hedge asks no less: no mark, the hedge written noted alone."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "3次", "2次左右"),
        ("数量指标", "开展活动次数", "8次", "力争6次"),
        ("成本指标", "培训费用", "≤11.9万元", "约12万元"),
        ("数量指标", "开展会议场次", "3次", "4次左右"),  # more: no mark
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", "加了“左右”"), "开展活动次数": ("目标降低", "加了“力争”"),
                     "培训费用": ("成本上限提高", "加了“约”"), "开展会议场次": (None, "加了“左右”")}, found
    assert ("  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “3次” → “2次左右”（加了“左右”）（目标降低）"
            in text_lines(runner, old, new))


def test_a_hedge_before_the_verb_of_a_count_lowered_is_told_beside_it(runner, tmp_path):
    """`开展活动3次` → `力争开展活动2次` was a plain 修改, where `3次` → `力争2次` is （加了“力争”）（目标降低）: the hedge
    before the verb, or a 约 before the number, made the words before the number differ, so the two counts read as two
    measures. A hedge added is no other measure; a count raised with it asks no less (no mark, the hedge noted), and
    the reverse is no mark."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "开展活动3次", "力争开展活动2次"),
        ("数量指标", "侨务接待次数", "开展接待3次", "开展接待约2次"),
        ("数量指标", "开展会议场次", "开展会议3次", "力争开展会议4次"),  # more: no mark
    ])
    found = value_marks(runner, old, new)
    assert found == {"开展活动次数": ("目标降低", "加了“力争”"), "侨务接待次数": ("目标降低", "加了“约”"),
                     "开展会议场次": (None, "加了“力争”")}, found
    assert ("  修改  绩效指标 › 产出指标 › 数量指标 › 开展活动次数：指标值  “开展活动3次” → “力争开展活动2次”"
            "（加了“力争”）（目标降低）") in text_lines(runner, old, new)
    assert not any(c.get("weakened") or c.get("note") for c in changes(runner, new, old)["changes"])


def test_a_hedge_added_beside_another_thing_counted_is_no_target_lowered(runner, tmp_path):
    """`提交提案3篇` → `力争报送信息2篇` was （加了“力争”）（目标降低）, the hedge's count read in the old value's words,
    though `→ 报送信息2篇` counts another thing and is a plain 修改. The hedge takes out only itself: no target
    lowered, the hedge written noted alone."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "提交提案3篇", "力争报送信息2篇"),
        ("数量指标", "侨务接待次数", "开展活动3次", "力争开展培训2次"),
        ("数量指标", "开展会议场次", "开展活动3次", "力争开展活动2次"),  # the same thing: still lowered
    ])
    assert value_marks(runner, old, new) == {"开展活动次数": (None, "加了“力争”"), "侨务接待次数": (None, "加了“力争”"),
                                             "开展会议场次": ("目标降低", "加了“力争”")}


def test_striving_to_submit_is_a_hedge(runner, tmp_path):
    """`提交提案3篇` → `争取提交提案2篇` was a plain 修改 where `力争提交提案2篇` is （加了“力争”）（目标降低）: 争取 is a
    hedge only before what it softens, and 提交 was no verb of doing (`terms.DOING`). 争取 what is obtained stays none."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "提交提案3篇", "争取提交提案2篇"),
        ("数量指标", "侨务接待次数", "报送信息10条", "争取报送信息10条"),
        ("数量指标", "开展会议场次", "支持项目3个", "争取支持项目3个"),  # support won: no hedge
    ])
    assert value_marks(runner, old, new) == {"开展活动次数": ("目标降低", "加了“争取”"),
                                             "侨务接待次数": ("目标放宽", "加了“争取”"), "开展会议场次": (None, None)}


def test_a_count_a_year_or_a_month_is_a_frequency(runner, tmp_path):
    """`每月1次` → `一年1次` was a plain 修改, 一年 read as words before a count of 1, though once a year is twelve
    times fewer; `每年1次` → `一年1次` is only the writing changed. 一月 (January) and 一季度 (the first quarter) name a
    period, no length of one."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "每月1次", "一年1次"),
        ("数量指标", "侨务接待次数", "每年1次", "一年1次"),
        ("数量指标", "开展会议场次", "每周1次", "一个月1次"),
        ("数量指标", "培训次数", "每月1次", "一月1次"),
    ])
    assert value_marks(runner, old, new) == {"开展活动次数": ("目标降低", None), "侨务接待次数": (None, "只改了写法，目标不变"),
                                             "开展会议场次": ("目标降低", None), "培训次数": (None, None)}


def test_a_hedge_added_to_a_count_whose_deadline_moved_is_told(runner, tmp_path):
    """`6月底前完成3次检查` → `3月底前完成约2次检查` said （目标降低） without the （加了“约”） that `年底前完成3次` →
    `年底前完成2次左右` gets, and `→ 9月底前完成约3次检查` only （时限推后）: the words of the moved deadline made the
    counts no one measure, so the hedge of the count was never weighed. The count is weighed apart from its deadline,
    as `looser` weighs it; a hedge of an earlier deadline is still told by neither."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "6月底前完成3次检查", "3月底前完成约2次检查"),
        ("数量指标", "开展活动次数", "6月底前完成3次检查", "9月底前完成约3次检查"),
        ("数量指标", "开展会议场次", "6月底前完成3次检查", "力争3月底前完成2次检查"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", "加了“约”"), "开展活动次数": ("时限推后", "加了“约”"),
                     "开展会议场次": ("目标降低", None)}, found


def test_two_hedges_added_are_both_told(runner, tmp_path):
    """`3月底前完成2次` → `力争3月底前完成约2次` told only （加了“力争”）, and `6月底前完成3次检查` → `力争3月底前完成约2次检查`
    neither hedge: with one hedge in, the other left words beside the count that the old value lacked, and the
    deadline's hedge hid the count's. Each hedge is weighed with those found before it taken out; a hedge on an
    earlier deadline is still told by neither, the count's beside it is."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "3月底前完成2次", "力争3月底前完成约2次"),
        ("数量指标", "开展活动次数", "6月底前完成3次检查", "力争9月底前完成约2次检查"),
        ("数量指标", "开展会议场次", "6月底前完成3次检查", "力争3月底前完成约2次检查"),  # an earlier deadline
        ("数量指标", "培训次数", "3次", "力争3次左右"),
        ("数量指标", "调研次数", "3-5次", "力争3-5次左右"),  # a range: no mark at all, kept word for word but by both
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("时限推后", "加了“力争”“约”"), "开展活动次数": ("目标降低，时限推后", "加了“力争”“约”"),
                     "开展会议场次": ("目标降低", "加了“约”"), "培训次数": ("目标放宽", "加了“力争”“左右”"),
                     "调研次数": ("目标放宽", "加了“力争”“左右”")}, found
    assert ("  修改  绩效指标 › 产出指标 › 数量指标 › 侨务接待次数：指标值  “3月底前完成2次” → “力争3月底前完成约2次”"
            "（加了“力争”“约”）（时限推后）") in text_lines(runner, old, new)


def test_a_hedge_added_with_a_range_lowered_is_told_beside_it(runner, tmp_path):
    """`3-5次` → `2-5次左右` said （目标降低） without the （加了“左右”） that `3-5次` → `3-5次左右` gets: a range hedged
    was told only where it was kept word for word, as a count was before `3次` → `2次左右` was told. A range raised
    and hedged asks no less: no mark, the hedge written noted alone."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "3-5次", "2-5次左右"),
        ("满意度指标", "华侨满意度", "90%-95%", "力争85%-95%"),
        ("数量指标", "开展会议场次", "3-5次", "4-6次左右"),  # more: no mark
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", "加了“左右”"), "华侨满意度": ("目标降低", "加了“力争”"),
                     "开展会议场次": (None, "加了“左右”")}, found


def test_a_hedged_count_spelt_in_numerals_is_read_as_in_figures(runner, tmp_path):
    """`3次` → `两次左右` was 目标不可衡量, as if the count had become words, and `8次` → `约八次` unmarked, where `2次左右`
    and `约8次` are a count hedged: the 左右 after a spelt count made it words, and 约 was a hedge only before figures.
    Spelt in numerals they are told as in figures; 约 ending a word (签约八个) is still no hedge."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "3次", "两次左右"),
        ("数量指标", "开展活动次数", "8次", "约八次"),
        ("数量指标", "开展会议场次", "3次", "约两次"),
        ("数量指标", "培训次数", "8个", "签约八个"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", "加了“左右”"), "开展活动次数": ("目标放宽", "加了“约”"),
                     "开展会议场次": ("目标降低", "加了“约”"), "培训次数": (None, None)}, found


def test_a_hedge_before_a_spelt_count_after_a_deadline_is_the_counts(runner, tmp_path):
    """`年底前建设三个中心` → `年底前建设约三个中心` said （加了“约”）（时限推后）: neither draft typed the count in figures, so
    both read as the deadline 年底前 with words (建设三个中心 may name a programme), and the 约 was the deadline's. No
    programme is named about three: the 约 makes the numeral a count, which the other draft's numeral is read as too
    (`count_as_beside`), and the hedge is the count's, as in figures."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "年底前建设三个中心", "年底前建设约三个中心"),
        ("数量指标", "开展活动次数", "年底前建设三个中心", "年底前建设约两个中心"),
        ("数量指标", "开展会议场次", "年底前建设三个中心", "力争年底前建设三个中心"),  # the deadline's hedge still
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标放宽", "加了“约”"), "开展活动次数": ("目标降低", "加了“约”"),
                     "开展会议场次": ("时限推后", "加了“力争”")}, found


def test_one_session_held_in_place_of_more_is_a_target_lowered(runner, tmp_path):
    """`年底前完成3次检查` → `年底前完成一次检查` was unmarked (一次 and words after a deadline read as the bare deadline)
    while `→ 年底前完成1次检查` is 目标降低; the same for `年底前举办3期培训` → `年底前举办一期培训`. A slogan's 一次 after
    a deadline stays words, the deadline kept: nothing lowered."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "年底前完成3次检查", "年底前完成一次检查"),
        ("数量指标", "开展活动次数", "年底前举办3期培训", "年底前举办一期培训"),
        ("数量指标", "开展会议场次", "年底前实现最多跑一次", "年底前实现一次办结"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", None), "开展活动次数": ("目标降低", None),
                     "开展会议场次": (None, None)}, found


def test_an_ordinal_in_figures_is_no_count(runner, tmp_path):
    """`召开第10次代表大会` → `召开第9次代表大会` was 目标降低, the tenth congress read as ten meetings, where the same edit
    spelt (`第十次` → `第九次`) was a plain 修改. An ordinal is no count, in figures or numerals; the deadline beside it
    is still weighed, and a count turned into an ordinal is a count no longer."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "召开第10次代表大会", "召开第9次代表大会"),
        ("数量指标", "开展活动次数", "年底前召开第10次代表大会", "次年3月底前召开第10次代表大会"),
        ("数量指标", "开展会议场次", "2次", "召开第2次代表大会"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": (None, None), "开展活动次数": ("时限推后", None),
                     "开展会议场次": ("目标不可衡量", None)}, found


def test_a_programme_count_typed_in_figures_on_one_side_is_read_on_the_other(runner, tmp_path):
    """`年底前建设3个中心` → `年底前建设两个中心` was a plain 修改: alone `建设两个中心` may name a programme (994c211, and
    lint still asks no figures of it), so the new value was the bare deadline. The old draft typed the count in figures
    in the same words, which says it is one: 3 → 2 centres is a count lowered, and 3 spelt 三 is only rewritten (it
    was a plain 修改). Both spelt, or other words, no figure says a count, and the edit stays plain."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "年底前建设3个中心", "年底前建设两个中心"),
        ("数量指标", "开展活动次数", "年底前建设两个中心", "年底前建设3个中心"),  # more: no mark
        ("数量指标", "开展会议场次", "年底前建设四个中心", "年底前建设三个中心"),
        ("数量指标", "培训次数", "年底前建设3个中心", "年底前建设两个基地"),
        ("数量指标", "调研次数", "年底前建设3个中心", "年底前建设三个中心"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", None), "开展活动次数": (None, None), "开展会议场次": (None, None),
                     "培训次数": (None, None), "调研次数": (None, REWRITTEN)}, found


def test_a_hedge_beside_a_programme_count_typed_in_figures_on_the_other_side_is_the_counts(runner, tmp_path):
    """`年底前建设3个中心` → `年底前建设约三个中心` said 时限推后: the spelt side stayed the bare deadline `年底前` with words,
    whose 约 was then read as the deadline's hedge, and `→ 年底前建设约两个中心` told 目标降低 without its 约. Read as
    the count the old draft types in figures (`count_as_beside`), whatever words the hedge puts before it, it is
    marked as in figures: the count's hedge 目标放宽, a 力争 before the deadline the deadline's."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "年底前建设3个中心", "年底前建设约三个中心"),
        ("数量指标", "开展活动次数", "年底前建设3个中心", "年底前建设约两个中心"),
        ("数量指标", "开展会议场次", "年底前建设3个中心", "力争年底前建设约三个中心"),
        ("数量指标", "培训次数", "年底前建设3个中心", "年底前建设约3个中心"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标放宽", "加了“约”"), "开展活动次数": ("目标降低", "加了“约”"),
                     "开展会议场次": ("时限推后", "加了“力争”“约”"), "培训次数": ("目标放宽", "加了“约”")}, found


def test_fewer_things_made_by_a_deadline_spelt_under_ten_is_a_target_lowered(runner, tmp_path):
    """`年底前建成十个站点` → `年底前建成八个站点` was a plain 修改: a count under ten before more words read as a slogan's
    (四个全面), so the new value was the bare deadline 年底前. Things made (建成, 购置) are counted whatever their number;
    a slogan carried out by the same deadline is still no count."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "年底前建成十个站点", "年底前建成八个站点"),
        ("数量指标", "开展活动次数", "年底前购置三台设备", "年底前购置两台设备"),
        ("数量指标", "开展会议场次", "年底前贯彻两个确立", "年底前落实四个全面"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", None), "开展活动次数": ("目标降低", None),
                     "开展会议场次": (None, None)}, found


def test_fewer_sessions_by_a_deadline_under_a_time_row_is_a_target_lowered(runner, tmp_path):
    """培训开展时间 `6月底前开展3次` → `6月底前开展2次` was a plain 修改, while under 数量指标 it is 目标降低: a time row's
    name points no number a way. Its target is the deadline, yet the count done by it is still one to complete: fewer
    sessions by the same day ask less, and a deadline put later besides is said too. More sessions are no mark."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "6月底前开展3次", "6月底前开展2次"),
        ("时效指标", "活动开展时间", "6月底前完成3次检查", "9月底前完成2次检查"),
        ("时效指标", "会议开展时间", "6月底前开展2次", "6月底前开展3次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": ("目标降低", None), "活动开展时间": ("目标降低，时限推后", None),
                     "会议开展时间": (None, None)}, found


def test_a_frequency_lowered_to_a_longer_period_is_a_target_lowered(runner, tmp_path):
    """`每月1次` → `每季度1次` and `2次/月` → `2次/季度` were plain 修改s: two units that could not be compared. Each is
    a count in a year (12 → 4, 24 → 8), a frequency lowered under 时效 as under 数量; more often is no mark. A period's
    length in figures (`1次/2个月`, `每2个月1次`) made two numbers, no frequency: it is one, 6 a year."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "调研开展时间", "每月1次", "每季度1次"),
        ("时效指标", "活动开展时间", "≥1次/月", "≥1次/半年"),
        ("数量指标", "侨务接待次数", "2次/月", "2次/季度"),
        ("数量指标", "开展活动次数", "每季度1次", "每月1次"),  # more often: no mark
        ("时效指标", "培训开展时间", "每月1次", "1次/2个月"),
        ("时效指标", "会议开展时间", "1次/季度", "每2个月1次"),  # more often: no mark
    ])
    found = value_marks(runner, old, new)
    assert found == {"调研开展时间": ("目标降低", None), "活动开展时间": ("目标降低", None),
                     "侨务接待次数": ("目标降低", None), "开展活动次数": (None, None),
                     "培训开展时间": ("目标降低", None), "会议开展时间": (None, None)}, found


def test_a_frequency_whose_period_moves_before_the_count_is_only_rewritten(runner, tmp_path):
    """`1次/两个月` → `每两个月1次` was a plain 修改: the two read as units `次/两个月` and `次/2个月`. One frequency
    written two ways is a target typed anew; a count changed with it is still a change."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "1次/两个月", "每两个月1次"),
        ("时效指标", "活动开展时间", "1次/季度", "每季度1次"),
        ("时效指标", "会议开展时间", "1次/两个月", "每两个月2次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": (None, REWRITTEN), "活动开展时间": (None, REWRITTEN),
                     "会议开展时间": (None, None)}, found


def test_a_frequency_of_one_period_in_figures_or_after_a_comparator_is_compared(runner, tmp_path):
    """`1个月1次` was two numbers and `≥一个月1次` a plain 1次 with the words ≥一个月 (where `一个月1次` is 1次/月), so
    `→ 季度1次` or `→ ≥2个月1次` was a plain 修改; each is once a month, and once a quarter or every two months is fewer.
    `1个月1次` → `一个月1次` is one frequency typed anew."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "调研开展时间", "1个月1次", "季度1次"),
        ("时效指标", "活动开展时间", "≥一个月1次", "≥2个月1次"),
        ("时效指标", "培训开展时间", "1个月1次", "一个月1次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"调研开展时间": ("目标降低", None), "活动开展时间": ("目标降低", None),
                     "培训开展时间": (None, REWRITTEN)}, found


def test_a_frequency_of_a_year_in_one_figure_or_on_average_is_compared(runner, tmp_path):
    """`每年2次` → `1年1次` and `每季度1次` → `年均2次` were plain 修改s: `1年1次` read as two numbers and `年均2次` as a
    count of 2 with the words 年均, neither a frequency. Each is how many times a year (2 → 1, 4 → 2): fewer is a
    target lowered, and the same frequency written another way (`一年1次` → `1年1次`) is typed anew. A floor of a
    longer period (`≥一个月1次` → `≥2个月1次`) asks less; a shorter one (`≥2个月1次` → `≥一个月1次`) more."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "每年2次", "1年1次"),
        ("数量指标", "侨务接待次数", "每季度1次", "年均2次"),
        ("数量指标", "开展培训场次", "一年1次", "1年1次"),
        ("时效指标", "活动开展时间", "≥2个月1次", "≥一个月1次"),
        ("时效指标", "培训开展时间", "1年两次", "每年1次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"开展活动次数": ("目标降低", None), "侨务接待次数": ("目标降低", None),
                     "开展培训场次": (None, REWRITTEN), "活动开展时间": (None, None),
                     "培训开展时间": ("目标降低", None)}, found


def test_a_number_spelt_in_numerals_for_figures_is_only_rewritten(runner, tmp_path):
    """`10日内办结` → `十日内办结` and `18次` → `十八次` were plain 修改s, which sent a reviewer to compare two values
    that say one target: only the writing of the number changed. Read with numerals they are one target, typed anew;
    a number changed with its writing (`18次` → `十二次`) or words a numeral is part of (`18次培训` → `十八次培训`: no
    target's number) are still changes. So is a quarter's ordinal (`第1季度末` → `第一季度末`), another quarter not."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "办理时限", "10日内办结", "十日内办结"),
        ("数量指标", "侨务接待次数", "18次", "十八次"),
        ("数量指标", "开展活动次数", "18次", "十二次"),
        ("数量指标", "培训次数", "18次培训", "十八次培训"),
        ("时效指标", "调研完成时间", "第1季度末", "第一季度末"),
        ("时效指标", "活动开展时间", "第1季度末", "第二季度末"),
    ])
    found = value_marks(runner, old, new)
    assert {name: note for name, (_, note) in found.items()} == {
        "办理时限": REWRITTEN, "侨务接待次数": REWRITTEN, "开展活动次数": None, "培训次数": None,
        "调研完成时间": REWRITTEN, "活动开展时间": None}, found
    assert found["活动开展时间"] == ("时限推后", None)
    assert found["开展活动次数"] == ("目标降低", None)


def test_a_counts_deadline_spelt_in_numerals_is_read_as_in_figures(runner, tmp_path):
    """`6月15日前完成3次检查` → `6月十五日前完成2次检查` was a plain 修改: the day spelt in numerals made the new value two
    numbers, where lint's B7 offers `6月15日前完成2次检查`. Read as in figures, the count is lowered by the same day, and
    the day respelt alone is only rewritten."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "侨务接待次数", "6月15日前完成3次检查", "6月十五日前完成2次检查"),
        ("数量指标", "开展活动次数", "6月15日前完成2次检查", "6月十五日前完成2次检查"),
        ("数量指标", "培训次数", "12月底前完成3次检查", "十二月底前完成3次检查"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"侨务接待次数": ("目标降低", None), "开展活动次数": (None, REWRITTEN),
                     "培训次数": (None, REWRITTEN)}, found


def test_qianhou_after_a_month_is_a_hedged_deadline_of_that_month(runner, tmp_path):
    """`12月底前` → `12月前后` was a plain 修改: `12月前后` read as about twelve months, no date. It is the deadline
    `12月前` hedged, the day kept, as `12月31日前` → `12月31日前后` is."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "12月底前", "12月前后"),
        ("时效指标", "活动开展时间", "12月前", "12月前后完成"),
        ("时效指标", "会议开展时间", "12月前后", "12月前"),  # the hedge taken out: asks more
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": ("时限推后", "加了“前后”"), "活动开展时间": ("时限推后", "加了“前后”"),
                     "会议开展时间": (None, None)}, found


def test_a_hedge_added_to_a_deadline_moved_later_is_told_beside_it(runner, tmp_path):
    """`2024年6月30日前完成` → `2024年9月底前后完成` was （时限推后） alone, while the same 前后 added to the day kept said
    （加了“前后”）: a later day hid the hedge. Both are said; on an earlier day no mark (not certainly less), the hedge
    written noted alone."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "2024年6月30日前完成", "2024年9月底前后完成"),
        ("时效指标", "活动开展时间", "6月底前", "力争9月底前"),
        ("时效指标", "会议开展时间", "6月前", "12月前后"),
        ("时效指标", "调研开展时间", "9月底前", "6月底前后"),  # earlier: no mark
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": ("时限推后", "加了“前后”"), "活动开展时间": ("时限推后", "加了“力争”"),
                     "会议开展时间": ("时限推后", "加了“前后”"), "调研开展时间": (None, "加了“前后”")}, found
    assert ("  修改  绩效指标 › 产出指标 › 时效指标 › 培训开展时间：指标值  “2024年6月30日前完成” → “2024年9月底前后完成”"
            "（加了“前后”）（时限推后）") in text_lines(runner, old, new)


def test_a_part_of_a_month_and_a_month_written_yuefen_are_dates(runner, tmp_path):
    """`11月中旬前` → `11月底前` was a plain 修改: both ended on the 30th, the 旬 dropped. `6月份` → `9月份` under 时效指标
    too: 6月份 read as six months, no date. `11月中旬前` → `11月20日前` is one day kept."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "11月中旬前", "11月底前"),
        ("时效指标", "活动开展时间", "6月份", "9月份"),
        ("时效指标", "会议开展时间", "11月中旬前", "11月20日前"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训开展时间": ("时限推后", None), "活动开展时间": ("时限推后", None),
                     "会议开展时间": (None, None)}, found


def test_a_step_down_a_scale_of_grades_is_a_target_lowered(runner, tmp_path):
    """`满意` → `基本满意`, `优` → `良` and `合格` → `基本合格` were plain 修改 (or 目标不可衡量, as lint's B6 calls 基本
    vague): a 定性 target is graded on a scale, and a lower grade on it asks less (`grade_ladders`)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("满意度指标", "服务对象满意度", "满意", "基本满意"),
        ("质量指标", "工作质量", "优", "良"),
        ("质量指标", "验收质量", "良好", "合格"),
        ("质量指标", "考核等次", "良好", "优秀"),  # a step up
        ("质量指标", "评价等级", "合格", "达标"),  # on no one scale: not certain
    ])
    found = value_marks(runner, old, new)
    assert found == {"服务对象满意度": ("目标降低", None), "工作质量": ("目标降低", None), "验收质量": ("目标降低", None),
                     "考核等次": (None, None), "评价等级": (None, None)}, found


def test_a_grade_is_one_step_however_worded(runner, tmp_path):
    """`优` → `合格`, `优` → `不合格`, `良` → `合格` and `满意` → `一般` were plain 修改, though `优秀` → `不合格` was
    目标降低: the 优良中差 of an evaluation and the 优秀…不合格 of an assessment were two scales, and 优 was on the first
    alone. They are one scale now (优 is 优秀, 良 良好, 中 中等 and 合格, 差 较差 and 不合格), and 一般 is the
    middle answer of a survey, beside 基本满意."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "考核等次", "优", "合格"),
        ("质量指标", "验收考核等次", "优", "不合格"),
        ("质量指标", "工作质量", "良", "合格"),
        ("质量指标", "评价等级", "优", "中等"),
        ("质量指标", "评价结果", "合格", "中"),  # one step in two words
        ("满意度指标", "服务对象满意度", "满意", "一般"),
        ("满意度指标", "参会人员满意度", "基本满意", "一般"),  # the middle answer in two words
    ])
    found = value_marks(runner, old, new)
    assert found == {"考核等次": ("目标降低", None), "验收考核等次": ("目标降低", None), "工作质量": ("目标降低", None),
                     "评价等级": ("目标降低", None), "评价结果": (None, None), "服务对象满意度": ("目标降低", None),
                     "参会人员满意度": (None, None)}, found


def test_a_grade_turned_into_a_word_lint_does_not_take_is_unmeasurable(runner, tmp_path):
    """`优` → `中等` went from 目标不可衡量 to 目标降低 while lint's B7 called 中等 不是可核查的目标, and `合格` →
    `基本合格` was 目标降低 while B6 called its 基本 vague: diff and lint now ask one list (`value_kinds.GRADES`), which takes
    中等 and 较差 as the 中 and 差 they are, and leaves 基本合格 and 一般 words."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "考核等次", "合格", "基本合格"),
        ("质量指标", "评价等级", "良好", "一般"),
        ("质量指标", "验收考核等次", "优秀", "较差"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"考核等次": ("目标不可衡量", None), "评价等级": ("目标不可衡量", None),
                     "验收考核等次": ("目标降低", None)}, found


_GRADE_WORDS = sorted({word for ladder in LADDERS for step in ladder for word in step})


def test_each_grade_word_is_on_one_scale():
    """A word on two scales (优秀 and 良好 were) was weighed on whichever held the other word too, so `优` → `合格`
    was on none: one scale a word, and one step of it."""
    words = [word for ladder in LADDERS for step in ladder for word in step]
    assert len(words) == len(set(words))


@given(st.sampled_from(_GRADE_WORDS), st.sampled_from(_GRADE_WORDS), st.sampled_from(["", "。", " "]))
def test_a_step_down_a_scale_is_never_both_ways_nor_a_grade_kept(old, new, stop):
    """No pair of grades is lower both ways, and no grade is lower than itself (with a closing stop or space)."""
    assert not (stepped_down(old, new + stop) and stepped_down(new, old + stop))
    assert not stepped_down(old, old + stop)


def test_a_hedge_on_a_cap_gets_the_word_of_its_row(runner, tmp_path):
    """`≤11.9万元` → `约11.9万元` on a cost row was 目标放宽, and `≤30个工作日` → `约30个工作日` of a time limit too,
    where a range or a raised number there is 成本上限提高 or 时限推后: a hedge on a cap is named as that cap raised."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("成本指标", "培训支出", "≤11.9万元", "约11.9万元"),
        ("成本指标", "会议支出", "2万元", "2万元左右"),
        ("时效指标", "办理时限", "≤30个工作日", "约30个工作日"),
        ("质量指标", "差错率", "≤1%", "原则上≤1%"),
        ("数量指标", "侨务接待次数", "8次", "力争8次"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"培训支出": ("成本上限提高", "加了“约”"), "会议支出": ("成本上限提高", "加了“左右”"),
                     "办理时限": ("时限推后", "加了“约”"), "差错率": ("目标放宽", "加了“原则上”"),
                     "侨务接待次数": ("目标放宽", "加了“力争”")}
    lines = text_lines(runner, old, new)
    assert "  修改  绩效指标 › 产出指标 › 成本指标 › 培训支出：指标值  “≤11.9万元” → “约11.9万元”（加了“约”）（成本上限提高）" in lines


def test_a_hedge_before_a_verb_of_improving_or_inside_the_value_is_a_hedge(runner, tmp_path):
    """`有所提升` → `力争有所提升`, `提升` → `基本提升`, `明显提升` → `基本提升`, `12月底前完成` → `力争12月底前完成` and
    `开展活动8次` → `全年力争开展8次` (and `高于90%` → `力争高于90%`) were plain 修改: a hedge counted only at a value's head before a verb of doing,
    so one before a verb of improving, a word of degree or a date, or one further in, was missed. A hedge counts
    before whatever it softens wherever it stands in the number's clause; a deadline hedged is 时限推后. Before a noun
    it still names a thing (基本医疗保险, 基本支出, 一般公共预算, 争取资金), and 约 that ends a word (预约, 节约) is none.
    Where the old value softened itself (`有限提升` → `力争提升`) one softener is swapped for another: not marked."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "办公用房需求保障率", "有所提升", "力争有所提升"),
        ("社会效益指标", "服务水平", "提升", "基本提升"),
        ("社会效益指标", "服务质量", "明显提升", "基本提升"),
        ("社会效益指标", "服务效果", "有限提升", "力争提升"),  # one softener swapped for another
        ("社会效益指标", "服务能力", "适度增强", "力争增强"),
        ("质量指标", "工作完成情况", "全面完成", "基本完成"),  # a word of degree given up for a hedge
        ("社会效益指标", "规划落实", "战略规划落实", "战略规划基本落实"),  # 略 of 战略 softens nothing
        ("时效指标", "工作完成时间", "12月底前完成", "力争12月底前完成"),
        ("数量指标", "开展活动次数", "开展活动8次", "全年力争开展8次"),
        ("社会效益指标", "参保人数", "医疗保险参保人数≥1000人", "全市基本医疗保险参保人数≥1000人"),
        ("数量指标", "人员经费", "支出≥50万元", "年度基本支出≥50万元"),
        ("数量指标", "争取资金", "资金≥50万元", "积极争取资金≥50万元"),
        ("质量指标", "预约完成率", "完成率≥95%", "预约完成率≥95%"),
        ("质量指标", "保障率", "100%", "100%，力争按时完成"),  # a clause added beside the number is hedged, not it: noted
        ("质量指标", "验收合格率", "高于90%", "力争高于90%"),  # a comparator in words
        ("数量指标", "新增站点数", "适度增加3个", "力争适度增加3个"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"办公用房需求保障率": ("目标放宽", "加了“力争”"), "服务水平": ("目标放宽", "加了“基本”"),
                     "服务质量": ("目标放宽", "加了“基本”"), "服务效果": (None, None), "服务能力": (None, None),
                     "工作完成情况": ("目标放宽", "加了“基本”"), "规划落实": ("目标放宽", "加了“基本”"),
                     "工作完成时间": ("时限推后", "加了“力争”"),
                     "开展活动次数": ("目标放宽", "加了“力争”"), "参保人数": (None, None), "人员经费": (None, None),
                     "争取资金": (None, None), "预约完成率": (None, None),
                     "保障率": (None, "加了“力争”"), "验收合格率": ("目标放宽", "加了“力争”"),
                     "新增站点数": ("目标放宽", "加了“力争”")}
    assert not any(c.get("weakened") or c.get("note") for c in changes(runner, new, old)["changes"])


def test_a_hedge_before_any_verb_of_doing_is_a_hedge(runner, tmp_path):
    """`搭建平台3个` → `力争搭建平台3个` and `保障到位率100%` → `基本保障到位率100%` were plain 修改: a hedge softened only
    a verb on `weakening`'s own short list, which had no 搭建 or 保障. It softens any verb of doing or improving
    (`terms.DOING`); 基本建设 and 一般服务 still name things."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "搭建平台数", "搭建平台3个", "力争搭建平台3个"),
        ("质量指标", "保障率", "保障到位率100%", "基本保障到位率100%"),
        ("数量指标", "发放资料份数", "发放宣传资料500份", "力争发放宣传资料500份"),
        ("数量指标", "建设项目数", "建设项目3个", "基本建设项目3个"),  # a noun: capital construction
    ])
    found = value_marks(runner, old, new)
    assert found == {"搭建平台数": ("目标放宽", "加了“力争”"), "保障率": ("目标放宽", "加了“基本”"),
                     "发放资料份数": ("目标放宽", "加了“力争”"), "建设项目数": (None, None)}


def test_a_hedge_in_brackets_after_the_value_is_a_hedge(runner, tmp_path):
    """`100%` → `100％（原则上）`, `≥95%` → `≥95%（力争）` and `100%` → `100%(基本)` were plain 修改: a hedge counted only
    before what it softens or as 左右 after the number, so a note in brackets that the figure is not committed to
    was missed. A hedge alone in brackets anywhere in the value softens it; taken away, it asks more."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "保障率", "100%", "100％（原则上）"),
        ("社会效益指标", "知晓率", "≥95%", "≥95%（力争）"),
        ("质量指标", "合格率", "100%", "100%(基本)"),
        ("数量指标", "开展培训场次", "20次", "（约）20次"),
        ("时效指标", "工作完成时间", "12月底前完成", "12月底前完成（力争）"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"保障率": ("目标放宽", "加了“原则上”"), "知晓率": ("目标放宽", "加了“力争”"),
                     "合格率": ("目标放宽", "加了“基本”"), "开展培训场次": ("目标放宽", "加了“约”"),
                     "工作完成时间": ("时限推后", "加了“力争”")}
    assert not any(c.get("weakened") or c.get("note") for c in changes(runner, new, old)["changes"])


def test_a_fall_written_in_words_of_a_signed_change_is_its_negative_number(runner, tmp_path):
    """`“三公经费”变动率 ≤0%` → `压减5%` was 目标放宽, read as a cap raised from 0 to 5, though a cut of 5% asks more than
    no rise; `压减5%` → `压减3%` is the looser one. A fall in words of a change measured with its sign is its negative
    number (`下降≥5%`: at most -5%); a measure named for the fall (支出下降率) counts it as written."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "“三公经费”变动率", "≤0%", "压减5%"),
        ("质量指标", "公用经费变动率", "≤0%", "下降≥5%"),
        ("质量指标", "会议费变动率", "压减5%", "压减3%"),
        ("质量指标", "差旅费变动率", "≤0%", "增长5%"),
        ("质量指标", "支出下降率", "≥5%", "≥3%"),
    ])
    found = {name: weakened for name, (weakened, _) in value_marks(runner, old, new).items()}
    assert found == {"“三公经费”变动率": None, "公用经费变动率": None, "会议费变动率": "目标放宽",
                     "差旅费变动率": "目标放宽", "支出下降率": "目标降低"}


def test_receiving_visiting_overseas_chinese_is_work_not_a_reception_cap(runner, tmp_path):
    """`接待来访侨胞批次控制 10批次` → `8批次` went unmarked: 接待 with 控制 tied to its 批次 was read as a cap on 公务接待,
    though receiving the 侨胞 who visit is the 侨联's own work, a count to complete. 公务接待 and a bare 接待 count
    under control stay caps (`8批次` → `10批次` of 公务接待批次控制 is the cap raised)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "接待来访侨胞批次控制", "10批次", "8批次"),
        ("数量指标", "严格控制接待侨胞人数", "≥200人次", "≥150人次"),
        ("数量指标", "公务接待批次控制", "8批次", "10批次"),
        ("数量指标", "接待批次控制数", "8批次", "6批次"),  # a cap lowered: stricter
    ])
    found = {name: weakened for name, (weakened, _) in value_marks(runner, old, new).items()}
    assert found == {"接待来访侨胞批次控制": "目标降低", "严格控制接待侨胞人数": "目标降低",
                     "公务接待批次控制": "目标放宽", "接待批次控制数": None}


def test_receiving_foreign_guests_stays_a_reception_cap(runner, tmp_path):
    """`接待外宾批次控制 5批次 → 8批次` was 目标放宽 until 接待 before 外宾, 来宾, 客商 or 客人 was read as the unit's own
    work, as 接待来访侨胞 is: guests received are 公务接待, a cap under the spending rules. Only the people a unit is
    there to serve (侨胞, 台胞, 来访群众, 上访) make a reception its work."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "接待外宾批次控制", "5批次", "8批次"),
        ("数量指标", "严格控制接待来宾人数", "20人", "30人"),
        ("数量指标", "接待客商批次压减", "6批次", "9批次"),
        ("数量指标", "接待代表团批次控制", "4批次", "6批次"),
        ("数量指标", "接待来访代表团批次控制", "4批次", "6批次"),  # 来访代表团: five words before 批次
        ("数量指标", "接待来访群众批次控制", "4批次", "6批次"),  # the unit's work: more is more done
    ])
    found = {name: weakened for name, (weakened, _) in value_marks(runner, old, new).items()}
    assert found == {"接待外宾批次控制": "目标放宽", "严格控制接待来宾人数": "目标放宽", "接待客商批次压减": "目标放宽",
                     "接待代表团批次控制": "目标放宽", "接待来访代表团批次控制": "目标放宽", "接待来访群众批次控制": None}


@pytest.mark.parametrize("name, old, new, word", [
    ("接待宾客人数", "100人", "≤100人", None),  # B5 takes ≤: the exact value's cap is kept, no floor certain to go
    ("公务接待批次", "6批次", "≤6批次", None),
    ("接待宾客人数", "≤100人", "≤120人", "目标放宽"),  # the author's ≤, which B5 accepts: a cap raised
    ("接待宾客人数", "≥100人", "≥80人", "目标降低"),
    ("因公出国(境)拜访、联谊等次数", "6次", "≤6次", None),  # specs/zhanjiang's row: trips abroad alike
    ("公务用车保障次数", "6次", "≤6次", None),
    ("接待来宾人次", "100人", "≤80人", None),  # the author's ≤: a cap tightened
    ("接待来宾人次", "100人", "≤120人", "目标放宽"), ("接待来宾人次", "100人", "≥80人", "目标降低"),
    ("接待宾客人数", "≤100人", "120人", "目标放宽"),  # no comparator now: the old draft's says a cap
    ("接待宾客人数", "≥100人", "80人", "目标降低"),
    ("接待宾客人数", "100人", "80人", "目标降低"),  # no comparator on either side: a 数量指标's count, as any
    ("公务接待批次", "3-5批次", "2-5批次", "目标降低"),
])
def test_diff_reads_a_count_of_guests_received_the_way_b5_does(name, old, new, word):
    """接待宾客人数 `≤100人` was told by B5 “是要完成的数量；应为 ≥ 或 =” while diff read `≤100人` → `≤120人` as a cap
    raised, and `100人` → `≤100人` as a floor gone: guests received are 公务接待, the unit's work or a cap on its
    spending, and both now ask `terms.bound_way`, which leaves the way to the author's comparator: `6次` → `≤6次` keeps
    the cap the author now says it is, `100人` → `≤80人` tightens it. A comparator in the old draft points a new value
    written without one (`≤100人` → `120人` was silent, read as a count by its category); with none on either side
    the count is read by its category as any count is (`100人` → `80人`)."""
    assert weakening(name, old, new, 2024, 2024, "quantity") == word


@pytest.mark.parametrize("name, old, new", [
    ("公务用车无事故天数", "≥365天", "≤365天"), ("因公出国(境)培训学时", "≥40学时", "≤40学时"),
    ("接待外宾服务时长", "≥100小时", "≤100小时"),
])
def test_words_of_their_own_point_a_count_of_trips_receptions_or_cars(name, old, new):
    """公务用车无事故天数 `≥365天` → `≤365天` lost its 目标降低 when a count of trips, receptions or official cars was left
    to the author's comparator whatever its words said: good days, training hours and hours of service point the way
    themselves, and only a count whose words say nothing is the author's to point."""
    assert weakening(name, old, new, 2024, 2024, "quantity") == "目标降低"


def test_a_clear_hedge_anywhere_before_the_kept_target_loosens_it(runner, tmp_path):
    """`台胞满意度90%以上` → `力争台胞满意度90%以上` (as specs/guangzhou writes its 台胞满意度), `全年8次` → `力争全年8次`
    and `有效拓展` → `力争有效拓展` were unmarked: a hedge counted only before a number, comparator or listed word. 力争,
    尽量, 原则上, 争取 and 尽可能 begin no noun, so they count wherever they stand before what is kept; 基本 still only
    before what it softens, and not before a name of money (`基本保障经费`)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("满意度指标", "台胞满意度", "台胞满意度90%以上", "力争台胞满意度90%以上"),
        ("数量指标", "开展活动次数", "全年8次", "力争全年8次"),
        ("社会效益指标", "拓展海外联谊", "有效拓展", "力争有效拓展"),
        ("数量指标", "开展调研次数", "全年20次", "尽可能全年20次"),
        ("成本指标", "基本保障经费", "≤10万元", "基本保障经费≤10万元"),  # a name, no hedge
    ])
    assert value_marks(runner, old, new) == {
        "台胞满意度": ("目标放宽", "加了“力争”"), "开展活动次数": ("目标放宽", "加了“力争”"),
        "拓展海外联谊": ("目标放宽", "加了“力争”"), "开展调研次数": ("目标放宽", "加了“尽可能”"),
        "基本保障经费": (None, None)}


def test_a_hedge_keeps_a_bare_wan_as_money(runner, tmp_path):
    """`≤35万元` → `约35万`, `35万左右`, `≤35万（原则上）` or `力争≤35万` of a cost was unmarked: the hedge's check read
    the value again without it and lost the 万 read as 万元, so the two were no longer one measure."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("成本指标", "活动举办费用", "≤35万元", "约35万"),
        ("成本指标", "会议举办费用", "≤35万元", "35万左右"),
        ("成本指标", "培训举办费用", "≤35万元", "≤35万（原则上）"),
        ("成本指标", "调研举办费用", "≤35万元", "力争≤35万"),
    ])
    assert value_marks(runner, old, new) == {
        "活动举办费用": ("成本上限提高", "加了“约”"), "会议举办费用": ("成本上限提高", "加了“左右”"),
        "培训举办费用": ("成本上限提高", "加了“原则上”"), "调研举办费用": ("成本上限提高", "加了“力争”")}


def test_a_word_ending_in_yue_is_no_hedge(runner, tmp_path):
    """`节约10%` → `力争节约10%` and `节约10%` → `节约10%左右` were unmarked: the 约 of 节约 before the number read as a
    hedge the old value already had. A 约 that ends a word (节约, 预约, 制约) is none."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("经济效益指标", "经费节约率", "节约10%", "力争节约10%"),
        ("经济效益指标", "办公经费节约率", "节约10%", "节约10%左右"),
    ])
    assert value_marks(runner, old, new) == {"经费节约率": ("目标放宽", "加了“力争”"),
                                             "办公经费节约率": ("目标放宽", "加了“左右”")}


def test_a_lower_place_in_a_ranking_is_a_lower_target(runner, tmp_path):
    """`名列全省第3` → `名列全省第5` and `排名第一` → `排名第三` were plain edits: a place read as a count to raise,
    and one in numerals as words. The lower the place's number the better, under any category."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "工作考核排名", "名列全省第3", "名列全省第5"),
        ("质量指标", "宣传工作排名", "排名第一", "排名第三"),
        ("质量指标", "信息工作排名", "位居全省第5位", "位居全省第2位"),  # a better place
    ])
    assert value_marks(runner, old, new) == {"工作考核排名": ("目标降低", None), "宣传工作排名": ("目标降低", None),
                                             "信息工作排名": (None, None)}


def test_a_hedge_on_a_range_loosens_it(runner, tmp_path):
    """`3-5次` → `力争3-5次` and `90%-100%` → `基本90%-100%` were unmarked: a range is no one number, and the hedge's
    check compared numbers only. A range kept word for word beside a hedge added is loosened."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展会议场次", "3-5次", "力争3-5次"),
        ("质量指标", "覆盖率", "90%-100%", "基本90%-100%"),
    ])
    assert value_marks(runner, old, new) == {"开展会议场次": ("目标放宽", "加了“力争”"),
                                             "覆盖率": ("目标放宽", "加了“基本”")}


def test_a_hedge_added_as_the_year_moves_on_is_marked(runner, tmp_path):
    """After `new --from` moved the year, `2024年12月31日前完成` → `力争2025年12月31日前完成`, `2024年开展活动8次` →
    `2025年力争开展活动8次` and `2024年实现…` → `2025年基本实现…` were plain edits: the hedge's check compared the
    dates by their years and the words from the start. Last year's value is read with its year rolled on."""
    paths = []
    for side, (year, drafts) in enumerate(((2024, ("2024年开展活动8次", "2024年12月31日前完成", "2024年实现日常工作正常有序运转")),
                                          (2025, ("2025年力争开展活动8次", "力争2025年12月31日前完成",
                                                  "2025年基本实现日常工作正常有序运转")))):
        tree = canonical_yaml().load((ROOT / "specs" / ZJ).read_text(encoding="utf-8"))
        tree["year"] = year
        for name, value in zip(("开展活动次数", "培训开展时间", "保障日常办公正常运转"), drafts):
            tree["indicators"][indicator(tree, name)]["value"] = value
        paths.append(tmp_path / f"{side}-{ZJ}")
        paths[-1].write_text(dump(tree), encoding="utf-8")
    assert value_marks(runner, *map(str, paths)) == {
        "开展活动次数": ("目标放宽", "加了“力争”"), "培训开展时间": ("时限推后", "加了“力争”"),
        "保障日常办公正常运转": ("目标放宽", "加了“基本”")}


def test_zhengqu_that_obtains_and_the_idiom_lizheng_shangyou_are_no_hedges(runner, tmp_path):
    """`50万元` → `争取专项资金50万元`, `争取到位50万元` and `3个` → `争取招商项目3个` were 目标放宽 (加了“争取”), and
    `3次` → `力争上游活动3次` too: 争取 was read as a hedge wherever it stood, though before money, projects or support
    it means to obtain them, and 力争上游 is an idiom. 争取 is a hedge only before what it softens, as 基本 is
    (`争取引进侨资项目3个`); 力争 stays one anywhere else."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "争取专项资金额", "50万元", "争取专项资金50万元"),
        ("数量指标", "争取上级补助资金", "50万元", "争取上级补助资金50万元"),
        ("数量指标", "争取资金到位数", "50万元", "争取到位50万元"),
        ("数量指标", "争取各类资金", "50万元", "争取各类资金50万元"),
        ("数量指标", "招商引资项目数", "3个", "争取招商项目3个"),
        ("数量指标", "侨资项目数", "3个", "争取中央财政资金支持项目3个"),
        ("数量指标", "力争上游活动次数", "3次", "力争上游活动3次"),
        ("数量指标", "引进侨资项目数", "引进侨资项目3个", "争取引进侨资项目3个"),
        ("数量指标", "开展活动次数", "8次", "争取8次"),
        ("数量指标", "开展调研次数", "开展调研20次", "力争开展调研20次"),
    ])
    assert value_marks(runner, old, new) == {
        "争取专项资金额": (None, None), "争取上级补助资金": (None, None), "争取资金到位数": (None, None),
        "争取各类资金": (None, None), "招商引资项目数": (None, None), "侨资项目数": (None, None),
        "力争上游活动次数": (None, None), "引进侨资项目数": ("目标放宽", "加了“争取”"),
        "开展活动次数": ("目标放宽", "加了“争取”"), "开展调研次数": ("目标放宽", "加了“力争”")}


def test_a_hedge_added_beside_one_of_another_clause_is_added(runner, tmp_path):
    """`开展活动8次，力争培训2次` → `力争开展活动8次，力争培训2次` and `开展活动8次，争取省侨联支持` →
    `力争开展活动8次，争取省侨联支持` went unmarked: any hedge in the old value made it "already hedged". Hedges are
    counted word by word: one more 力争 is one added; one swapped for another (`力争8次` → `8次左右`) adds none."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动次数", "开展活动8次，力争培训2次", "力争开展活动8次，力争培训2次"),
        ("数量指标", "开展调研次数", "开展活动8次，争取省侨联支持", "力争开展活动8次，争取省侨联支持"),
        ("数量指标", "开展培训次数", "力争8次", "力争10次"),
        ("数量指标", "走访次数", "全年力争开展8次", "力争全年开展8次"),
        ("数量指标", "慰问次数", "力争8次", "8次左右"),
    ])
    assert value_marks(runner, old, new) == {
        "开展活动次数": ("目标放宽", "加了“力争”"), "开展调研次数": ("目标放宽", "加了“力争”"),
        "开展培训次数": (None, None), "走访次数": (None, None), "慰问次数": (None, None)}


def test_yue_ending_a_word_is_no_hedge_before_a_number(runner, tmp_path):
    """`签约5个` → `力争签约5个`, `签约5个左右`, `邀约20人` → `力争邀约20人` went unmarked: the 约 of 签约 and 邀约 read
    as a hedge before 5, so the old value was "already hedged". 约 that ends a word (签约, 合约, 邀约, 履约, 特约) is
    none; `签约约3个` has one hedge."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "签约项目数", "签约5个", "力争签约5个"),
        ("数量指标", "签约项目个数", "签约5个", "签约5个左右"),
        ("数量指标", "合约签订数", "合约5份", "原则上合约5份"),
        ("数量指标", "邀约侨商人数", "邀约20人", "力争邀约20人"),
        ("数量指标", "签约数", "签约3个", "签约约3个"),
        ("数量指标", "履约检查次数", "5次", "履约5次"),
    ])
    assert value_marks(runner, old, new) == {
        "签约项目数": ("目标放宽", "加了“力争”"), "签约项目个数": ("目标放宽", "加了“左右”"),
        "合约签订数": ("目标放宽", "加了“原则上”"), "邀约侨商人数": ("目标放宽", "加了“力争”"),
        "签约数": ("目标放宽", "加了“约”"), "履约检查次数": (None, None)}


def test_a_top_n_of_a_ranking_is_a_bound_on_the_place(runner, tmp_path):
    """`排名第三` → `排名前三` was 目标不可衡量 (the old read as place 3, the new as text), while `排名前3` → `排名前5`
    and `前三名` → `前五名` went unmarked, and `第一名` → `第三名` of a 全省考核排名 too though `第1名` → `第3名` was
    目标降低. A top N is the place at most N, a place alone is a place: the top 3 asks place 3 or better."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "全省排名", "排名第三", "排名前三"),
        ("社会效益指标", "全省名次", "排名第3", "排名前3"),
        ("社会效益指标", "全市排名", "排名前3", "排名前5"),
        ("社会效益指标", "全国排名", "前三名", "前五名"),
        ("社会效益指标", "系统排名", "进入全省前10名", "进入全省前5名"),  # stricter
        ("社会效益指标", "全省考核排名", "第一名", "第三名"),
    ])
    assert value_marks(runner, old, new) == {
        "全省排名": (None, None), "全省名次": (None, None), "全市排名": ("目标降低", None),
        "全国排名": ("目标降低", None), "系统排名": (None, None), "全省考核排名": ("目标降低", None)}


def test_a_saving_its_value_names_is_the_more_the_better(runner, tmp_path):
    """`节约10%` → `节约≥10%` of 节约经费 was 目标放宽: the name's 经费 made the row a cost to keep low, though 节约经费
    names what is saved, which asks the same or more at ≥. Funds cut or saved (节约经费, 压减经费) are the more the
    better; a cost cap stays a cap."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("成本指标", "节约经费", "节约10%", "节约≥10%"),
        ("成本指标", "压减经费", "压减5%", "压减3%"),
        ("成本指标", "会议费", "≤10万元", "≤12万元"),
    ])
    assert value_marks(runner, old, new) == {"节约经费": (None, None), "压减经费": ("目标降低", None),
                                             "会议费": ("成本上限提高", None)}


def test_a_saving_of_money_named_a_few_words_after_the_cut_is_the_more_the_better(runner, tmp_path):
    """`压减10%` → `压减8%` of 压减一般性支出 went unmarked and `节约≥10%` of 节约培训经费 read as a cap: only a cut
    word right before the money word (节约经费) made a saving, so the money word a few characters on made the row a
    cost to keep low. A cut of a count (会议次数压减, 公务接待批次压减) stays a cap."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("成本指标", "压减一般性支出", "压减10%", "压减8%"),
        ("成本指标", "节约培训经费", "节约10%", "节约≥10%"),
        ("成本指标", "压减会议费", "压减5%", "压减3%"),
        ("成本指标", "节约办公经费", "≥2万元", "≥1万元"),
        ("数量指标", "会议次数压减", "≤6次", "≤8次"),
    ])
    assert value_marks(runner, old, new) == {
        "压减一般性支出": ("目标降低", None), "节约培训经费": (None, None), "压减会议费": ("目标降低", None),
        "节约办公经费": ("目标降低", None), "会议次数压减": ("目标放宽", None)}


def test_a_top_n_and_a_place_are_compared_as_places(runner, tmp_path):
    """`排名前3` → `排名第5` and `排名第1` → `排名前3` went unmarked: the top 3 was written `排名≤第3`, whose prefix
    `排名≤第` was not `排名第`'s, so the two were never compared. Both read as places now, the top N as at most N."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "全省排名", "排名前3", "排名第5"),
        ("社会效益指标", "全市排名", "排名第1", "排名前3"),
        ("社会效益指标", "全国排名", "排名第三", "排名前三"),
        ("社会效益指标", "全省考核排名", "全省前三", "全省前五"),
        ("社会效益指标", "系统排名", "排名前5", "排名第2"),  # stricter
    ])
    assert value_marks(runner, old, new) == {
        "全省排名": ("目标降低", None), "全市排名": ("目标降低", None), "全国排名": (None, None),
        "全省考核排名": ("目标降低", None), "系统排名": (None, None)}


def test_a_top_share_and_a_place_or_better_are_bounds_on_the_place(runner, tmp_path):
    """`全省前10%` → `全省前20%` of a 质量指标 was 目标提高 (a share to reach, raised) and `排名全省前10%` →
    `排名全省前20%` unmarked, though the top 20% is a lower target; `排名全省第3名以上` → `第5名以上` went unmarked (its
    以上 read as ≥), and `前5名` → `前8名` of a row whose name says no ranking was 目标放宽, where 保持全省前5位 →
    前8位 was 目标降低. A top share is a bound on the place too, 第3名以上 the third or better, and a place or top N
    by its own words is a place whatever the name says; 提前3天 is no place. A place after the field ranked over
    (全省第3名以上, 全市第一) and a top share 以内 (全省前10%以内) once went unread: 目标提高 and 目标放宽, or unmarked."""
    rows = [("质量指标", "考核排名", "全省前10%", "全省前20%"),
            ("社会效益指标", "工作考核排名", "排名全省前10%", "排名全省前20%"),
            ("数量指标", "考核名次", "前10%", "前20%"),
            ("社会效益指标", "名次", "排名全省第3名以上", "排名全省第5名以上"),
            ("社会效益指标", "综合考核", "前5名", "前8名"),
            ("社会效益指标", "创新能力", "第3名", "第5名"),
            ("社会效益指标", "区域科技创新能力", "进入全省前5位", "进入全省前8位"),
            ("社会效益指标", "项目进度", "进入第2阶段", "进入第3阶段"),
            ("社会效益指标", "材料报送", "提前3天", "提前5天"),
            ("社会效益指标", "年度考核", "全省第3名以上", "全省第5名以上"),
            ("社会效益指标", "创新考核", "全省前10%以内", "全省前20%以内"),
            ("社会效益指标", "综合评价", "全市第一", "全市第三"),
            ("社会效益指标", "示范创建", "全国第1批", "全国第2批")]
    old, new = rows_drafts(tmp_path, ZJ, rows)
    lowered = {"考核排名", "工作考核排名", "考核名次", "名次", "综合考核", "创新能力", "区域科技创新能力",
               "年度考核", "创新考核", "综合评价"}
    assert value_marks(runner, old, new) == {
        name: ("目标降低" if name in lowered else None, None) for _, name, *_ in rows}
    raised = row_marks(runner, new, old, tightened_of, values_only=True)
    assert raised == {name: "目标提高" if name in lowered else None for _, name, *_ in rows}


def test_a_top_n_written_n_qiang_is_a_top_n(runner, tmp_path):
    """`全国五十强` → `全国百强` and `全国前50名` → `全国百强` went unmarked: a top N needed 前 before its number, so
    百强 and 十强 read as words. N强 ending the value (or naming what is ranked: 百强县) is the top N places; inside a
    name or a value (`培育百强企业5家`) it is no place, and the count is compared as before."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "全国排名", "全国五十强", "全国百强"),
        ("社会效益指标", "全国名次", "全国前50名", "全国百强"),
        ("社会效益指标", "县域排名", "百强县", "二百强县"),
        ("社会效益指标", "综合排名", "进入全国百强", "进入全国前200名"),
        ("社会效益指标", "考核排名", "全省十强", "全省前5名"),  # stricter
        ("数量指标", "百强企业培育数", "≥5家", "≥3家"),
        ("数量指标", "企业培育", "培育百强企业5家", "培育百强企业3家"),
    ])
    assert value_marks(runner, old, new) == {
        "全国排名": ("目标降低", None), "全国名次": ("目标降低", None), "县域排名": ("目标降低", None),
        "综合排名": ("目标降低", None), "考核排名": (None, None), "百强企业培育数": ("目标降低", None),
        "企业培育": ("目标降低", None)}


def test_a_top_n_over_the_world_or_within_it_is_a_top_n(runner, tmp_path):
    """`世界500强` → `世界100强` was 目标降低, 500 → 100 read as a bare number, and `全国百强以内` → `全国前50名` went
    unmarked, 百强以内 read as words: 世界, 全球 and 中国 are fields ranked over as 全国 is, and 以内 after N强 takes in
    every place before it, as after 前10名. A count of such firms (`引进500强企业` `≥2家` → `≥1家`) is a count still."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "品牌排名", "世界500强", "世界100强"),
        ("社会效益指标", "企业排名", "全国百强以内", "全国前50名"),
        ("社会效益指标", "竞争力排名", "进入中国500强", "进入中国百强以内"),
        ("社会效益指标", "创新能力排名", "全球前10", "全球前20"),
        ("社会效益指标", "综合排名", "全国前50名", "全国百强以内"),
        ("数量指标", "引进500强企业", "≥2家", "≥1家"),
    ])
    found = row_marks(runner, old, new, weakened_and_tightened, values_only=True)
    assert found == {"品牌排名": (None, "目标提高"), "企业排名": (None, "目标提高"), "竞争力排名": (None, "目标提高"),
                     "创新能力排名": ("目标降低", None), "综合排名": ("目标降低", None),
                     "引进500强企业": ("目标降低", None)}, found


def test_a_hedged_place_is_a_place_and_its_hedge_told(runner, tmp_path):
    """`力争全省前3名` → `力争全省前5名` went unmarked, as a top N opened only with a ranking's words or the field;
    `进入全省前5` → `争取进入全省前5` too, as 争取 counted only before a number or a verb of doing; and 争创 was no
    hedge. A hedged place is still a place, and the hedge added to one kept is told."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "全省排名", "力争全省前3名", "力争全省前5名"),
        ("社会效益指标", "全市排名", "争创全省前3", "争创全省前5"),
        ("社会效益指标", "全国排名", "全省前3", "争创全省前3"),
        ("社会效益指标", "系统排名", "进入全省前5", "争取进入全省前5"),
        ("数量指标", "资金争取", "争取专项资金3个", "争取专项资金3个以上"),  # obtained: no hedge
    ])
    assert value_marks(runner, old, new) == {
        "全省排名": ("目标降低", None), "全市排名": ("目标降低", None), "全国排名": ("目标放宽", "加了“争创”"),
        "系统排名": ("目标放宽", "加了“争取”"), "资金争取": (None, None)}


def test_a_place_hedged_and_lowered_is_lowered_and_its_hedge_told(runner, tmp_path):
    """`全省前3名` → `力争全省前5名` was told only 加了“力争”, with no mark: read without its hedge the new value was a
    bare 全省前5, a count, not the top 5 that the old top 3 compares with; and `全国百强` → `力争全国百强` was no 目标放宽,
    as 全国百强 without its hedge read as words. A place is read as one with its hedge taken out too. A top N raised
    under a hedge (`全省前5名` → `力争全省前3名`) is told its hedge and no mark, as `8次` → `力争10次` is."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "全省排名", "全省前3名", "力争全省前5名"),
        ("社会效益指标", "全市排名", "进入全省前3", "争取进入全省前5"),
        ("社会效益指标", "全国排名", "全国百强", "力争全国百强"),
        ("社会效益指标", "综合排名", "全国百强", "力争全国二百强"),
        ("社会效益指标", "考核排名", "全省前5名", "力争全省前3名"),
    ])
    assert value_marks(runner, old, new) == {
        "全省排名": ("目标降低", "加了“力争”"), "全市排名": ("目标降低", "加了“争取”"),
        "全国排名": ("目标放宽", "加了“力争”"), "综合排名": ("目标降低", "加了“力争”"), "考核排名": (None, "加了“力争”")}


def test_zhengchuang_naming_a_campaign_is_no_hedge(runner, tmp_path):
    """With 争创 a hedge that begins no noun, `开展活动3次` → `开展争创活动3次` and `文明城市创建活动3次` →
    `文明城市争创活动3次` were 目标放宽（加了“争创”）, though 争创活动 names the campaign counted, as 力争上游 is an idiom.
    争创 before what is striven for is still told."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "开展活动", "开展活动3次", "开展争创活动3次"),
        ("数量指标", "创建活动", "文明城市创建活动3次", "文明城市争创活动3次"),
        ("数量指标", "争创工作", "文明城市创建工作3项", "文明城市争创工作3项"),
        ("社会效益指标", "文明城市", "创建全国文明城市", "争创全国文明城市"),
    ])
    assert value_marks(runner, old, new) == {
        "开展活动": (None, None), "创建活动": (None, None), "争创工作": (None, None),
        "文明城市": ("目标放宽", "加了“争创”")}


def test_a_place_kept_is_a_place_and_a_count_kept_a_count(runner, tmp_path):
    """保持 keeps a place (保持全省前5位 → 保持全省前8位: a target lowered) as much as anything else: 保持目前5名 →
    保持目前8名 of staff asks more people, though a 保持 anywhere before a 前 once read the 目前 as a top 5."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("社会效益指标", "区域科技创新能力", "保持全省前5位", "保持全省前8位"),
        ("社会效益指标", "工作水平", "保持全省第一", "保持全省第三"),
        ("数量指标", "在编人员数量", "保持目前5名", "保持目前8名"),
    ])
    assert value_marks(runner, old, new) == {
        "区域科技创新能力": ("目标降低", None), "工作水平": ("目标降低", None), "在编人员数量": (None, None)}

def test_yue_after_a_word_ending_in_a_character_of_a_yue_word_is_a_hedge(runner, tmp_path):
    """`持续3天` → `持续约3天`, `征集100件` → `征集约100件` went unmarked, as any 约 after 续 or 集 was read as the end
    of 续约 or 集约; `扩大10%` → `扩大约10%` told 加了“大约”, though the 大 is 扩大's. A 约 ends a word only where that
    word stands there whole (签约, 节约), not where its first character ends another (持续, 征集, 扩大)."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("数量指标", "活动持续天数", "持续3天", "持续约3天"),
        ("数量指标", "征集作品数", "征集100件", "征集约100件"),
        ("数量指标", "宣传覆盖面扩大比例", "扩大10%", "扩大约10%"),
        ("数量指标", "活动场次", "10场", "大约10场"),
        ("数量指标", "签约项目数", "签约5个", "签约5个"),
        ("数量指标", "续约企业数", "续约5家", "续约6家"),  # no hedge: more asked
    ])
    assert value_marks(runner, old, new) == {
        "活动持续天数": ("目标放宽", "加了“约”"), "征集作品数": ("目标放宽", "加了“约”"),
        "宣传覆盖面扩大比例": ("目标放宽", "加了“约”"), "活动场次": ("目标放宽", "加了“大约”"),
        "续约企业数": (None, None)}


def test_a_hedge_before_a_verb_of_finishing_or_applying_loosens_it(runner, tmp_path):
    """`2024年12月底前竣工` → `…基本竣工` and `申报项目3个` → `争取申报项目3个` went unmarked: the verbs a hedge
    softens knew 完成 and 建成 but not 竣工, 完工, 落成, 投入使用 or 申报."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "竣工时间", "2024年12月底前竣工", "2024年12月底前基本竣工"),
        ("数量指标", "申报项目数", "申报项目3个", "争取申报项目3个"),
        ("时效指标", "投入使用时间", "2024年10月底前投入使用", "力争2024年10月底前投入使用"),
    ])
    assert value_marks(runner, old, new) == {
        "竣工时间": ("时限推后", "加了“基本”"), "申报项目数": ("目标放宽", "加了“争取”"),
        "投入使用时间": ("时限推后", "加了“力争”")}


@pytest.mark.parametrize("name, old, new, word", [
    ("资料归档时间", "2024年12月31日前", "2024年12月31日前后", "时限推后"),
    ("材料报送时间", "12月31日前", "12月31日前后", "时限推后"), ("材料报送时间", "12月31日前", "12月31日左右", "时限推后"),
    ("走访慰问困难侨胞户数", "100户", "春节前后走访100户", None), ("慰问活动次数", "2次", "2次（春节前后）", None),
    ("节日慰问次数", "2次", "2次节前后", None), ("活动开展时间", "6-8月", "6-8月前后", None),
])
def test_qianhou_after_a_date_hedges_it(name, old, new, word):
    """`…日前` → `…日前后` was unmarked: `values.parse` read `前后` after a date as the deadline's 前. Around a day is
    no longer by it; a 前后 of a festival (`春节前后`) or of a span of months is no date's hedge."""
    category = "timeliness" if name.endswith("时间") else "quantity"
    assert weakening(name, old, new, 2024, 2024, category) == word


@pytest.mark.parametrize("old, new, note", [
    ("2023年6月30日前", "2023年9月30日前后", "加了“前后”"), ("6月底前", "9月底前后", "加了“前后”"),
    ("12月31日前", "12月底前后", "加了“前后”"),
    ("2024年12月31日前完成", "力争2024年12月底前完成", "加了“力争”"), ("12月31日前", "力争12月底前", "加了“力争”"),
    ("12月底前", "12月31日前后", "加了“前后”"),
])
def test_a_hedged_deadline_moved_or_respelt_is_a_later_deadline(old, new, note):
    """`2023年6月30日前` → `2023年9月30日前后` and `6月底前` → `9月底前后` were unmarked, the new value no date (three
    numbers, or nine months); `2024年12月31日前完成` → `力争2024年12月底前完成` too, its day compared as written. A date
    moved later is 时限推后 with a hedge or without, the hedge added told beside it; one kept, however spelt, is the
    hedge added."""
    assert weakening("材料报送时间", old, new, 2024, 2024, "timeliness") == "时限推后"
    assert hedge("材料报送时间", old, new, 2024, 2024, "timeliness") == note


def test_a_hedge_added_to_a_deadline_of_the_budget_year_written_or_counted_is_marked(runner, tmp_path):
    """In a 2024 spec `2024年12月31日前完成` → `力争12月31日前完成` was unmarked: the hedge's check read the year written
    and the year counted from the budget year as two days. Both are 2024-12-31, the same day hedged; `2024年上半年` and
    `上半年`, no deadlines, are one half-year too."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("时效指标", "培训开展时间", "2024年12月31日前完成", "力争12月31日前完成"),
        ("时效指标", "材料报送时间", "12月31日前完成", "力争2024年12月底前完成"),
        ("时效指标", "资料归档时间", "2024年底前完成", "力争年底前完成"),
        ("时效指标", "活动开展时间", "2024年上半年", "力争上半年"),  # a date, no deadline: its year read alike
    ])
    assert value_marks(runner, old, new) == {name: ("时限推后", "加了“力争”")
                                             for name in ("培训开展时间", "材料报送时间", "资料归档时间", "活动开展时间")}
    assert not any(c.get("weakened") or c.get("note") for c in changes(runner, new, old)["changes"])


def test_a_month_is_no_day_of_it_beside_a_hedge():
    """Only deadlines are one day however spelt: `2024年12月` (some time in December) hedged as `力争2024年12月31日`
    is another date, no hedge of the same one."""
    assert hedge("活动开展时间", "2024年12月", "力争2024年12月31日", 2024, 2024) is None


def test_a_hedged_deadline_moved_earlier_is_no_loosening():
    """A hedge beside an earlier day, or one taken away, asks no less: no mark."""
    assert weakening("材料报送时间", "6月30日前", "3月31日前后", 2024, 2024, "timeliness") is None
    assert weakening("材料报送时间", "12月底前后", "12月底前", 2024, 2024, "timeliness") is None


def test_kongzhizai_yishang_keeps_a_floor():
    """`培训合格率 ≥98%` → `控制在98%以上` was 目标降低 with 比较方向改变：≥ 改为 ≤, as if 控制在 made it a cap."""
    assert weakening("培训合格率", "≥98%", "控制在98%以上", 2024, 2024, "quality") is None
    assert flip("培训合格率", "≥98%", "控制在98%以上") is None


@pytest.mark.parametrize("category", ["timeliness", "quantity", None])
def test_a_month_before_which_hedged_is_a_later_deadline(category):
    """`10月前` → `尽量在10月前` was 目标放宽, as if `10月前` counted ten months: a month with 前 is a deadline in the
    budget year, as `10月底前` is, and a hedge on it gives more time."""
    assert weakening("活动完成时间", "10月前", "尽量在10月前", 2024, 2024, category) == "时限推后"
    assert weakening("活动完成时间", "10月底前", "尽量在10月底前", 2024, 2024, category) == "时限推后"


def test_a_true_or_false_is_shown_as_the_spec_writes_it(runner, edited):
    """`year: true` was headed `某单位 True 年` and listed `年度  2023 → True`: Python's word, in no spec."""
    def change(tree):
        tree["year"] = True

    lines = text_lines(runner, *edited(GZ, change))
    assert not any("True" in line for line in lines), lines
    assert "  修改  年度  2023 → true" in lines and lines[0].endswith("广州市台湾同胞联谊会"), lines


def test_json_change_paths_join_with_validate_and_lint_problems(runner, edited):
    """diff wrote a change's place `projects.0.budget.total` while validate and lint write `projects[0].budget.total`:
    a script joining the two outputs by path (which edits broke a sum, which raised a finding) matched nothing.
    Both write JSON paths now (`datapath.json_path`)."""
    def change(tree):
        tree["projects"][0]["budget"]["total"] = canonical_yaml().load("x: 255.30")["x"]
        tree["projects"][0]["indicators"][1]["value"] = "有所提升"

    old, new = edited(TJ, change)
    paths = {c["path"] for c in changes(runner, old, new)["changes"]}
    assert paths == {"projects[0].budget.total", "projects[0].indicators[1].value"}, paths
    found = set()
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, new, "--format", "json"])
        found |= {(p["code"], p["path"]) for p in json.loads(result.output)["problems"] if p["path"] in paths}
    assert {path for _, path in found} == paths and ("BUDGET-SUM", "projects[0].budget.total") in found, found


def edited_twice(edited, tmp_path, first, second) -> tuple[str, str]:
    """(old path, new path): the example edited by `first`, and by `second`."""
    old = tmp_path / f"old-{GZ}"
    shutil.copy(edited(GZ, first)[1], old)
    return str(old), edited(GZ, second)[1]


def test_money_dates_and_ordinals_in_a_deleted_tasks_texts_are_no_targets(runner, edited, tmp_path):
    """A task deleted with `安排资金2万元，举办第3期财务培训班，于2023年12月召开绩效工作会议` was 目标删除 of 3 targets: its
    amount said again, an ordinal and a month left once the year was taken out. None is a target a reviewer checks."""
    def swap_a_task(tree):
        tree["key_tasks"][4]["goal"] = "安排资金2万元，举办第3期财务培训班，于2023年12月召开绩效工作会议。"
        tree["key_tasks"][4]["content"] = "落实2023年度预算安排，对50万元以上项目开展事前绩效评估。"

    def drop_it(tree):
        swap_a_task(tree)
        del tree["key_tasks"][4]

    [task] = changes(runner, *edited_twice(edited, tmp_path, swap_a_task, drop_it))["changes"]
    assert (task["kind"], task.get("weakened"), task.get("deleted_text_targets")) == ("removed", None, None)


def test_one_target_written_in_a_tasks_name_content_and_goal_is_deleted_once(runner, edited, tmp_path):
    """`开展30次党员教育学习活动` as a task's name, `不少于30次` again in its content and goal, was 3 targets deleted: the
    task commits to one. Two clauses of one text stay two targets; the clauses counted are quoted, as the text
    shown is cut at 40 characters."""
    def name_it(tree):
        tree["key_tasks"][4]["name"] = "开展30次党员教育学习活动。"
        tree["key_tasks"][4]["content"] = "全年开展党员教育学习活动不少于30次。"

    def drop_it(tree):
        name_it(tree)
        del tree["key_tasks"][4]

    old, new = edited_twice(edited, tmp_path, name_it, drop_it)
    [task] = changes(runner, old, new)["changes"]
    assert task["deleted_text_clauses"] == ["开展30次党员教育学习活动", "党支部每月不少于2次活动"]
    assert task["deleted_text_targets"] == 2
    assert text_lines(runner, old, new)[1].endswith(
        "（目标删除：含 2 处文字中写明的目标：“开展30次党员教育学习活动”、“党支部每月不少于2次活动”）")


def test_two_targets_of_one_number_in_a_deleted_tasks_texts_are_two(runner, edited, tmp_path):
    """A task named `开展3次调研` whose goal says `完成3次培训` was one target deleted: one number and unit made them one,
    though they count two things. What each counts is told apart (`开展3次调研活动` is still the 调研)."""
    def name_it(tree):
        tree["key_tasks"][4]["name"] = "开展3次调研。"
        tree["key_tasks"][4]["content"] = "全年开展调研活动3次。"
        tree["key_tasks"][4]["goal"] = "完成3次培训。"

    def drop_it(tree):
        name_it(tree)
        del tree["key_tasks"][4]

    old, new = edited_twice(edited, tmp_path, name_it, drop_it)
    [task] = changes(runner, old, new)["changes"]
    assert (task["deleted_text_targets"], task["deleted_text_clauses"]) == (2, ["开展3次调研", "完成3次培训"])


def test_one_target_said_more_closely_in_a_tasks_goal_is_one(runner, edited, tmp_path):
    """A task named `提交提案3篇` whose goal says `提交市政协大会提案不少于3篇` was two targets deleted, and its goal's
    `提交提案3篇` rewritten `提交市政协大会提案3篇` a target deleted: what each counted had to contain the other's words
    whole. The goal only says more closely what the name says, with words between (市政协大会)."""
    def name_it(tree):
        tree["key_tasks"][4]["name"] = "提交提案3篇。"
        tree["key_tasks"][4]["content"] = "全面从严治党。"
        tree["key_tasks"][4]["goal"] = "提交市政协大会提案不少于3篇。"

    def drop_it(tree):
        name_it(tree)
        del tree["key_tasks"][4]

    def said_closer(tree):
        name_it(tree)
        tree["key_tasks"][4]["name"] = "提交市政协大会提案3篇。"

    old, new = edited_twice(edited, tmp_path, name_it, drop_it)
    [task] = changes(runner, old, new)["changes"]
    assert (task["deleted_text_targets"], task["deleted_text_clauses"]) == (1, ["提交提案3篇"])
    old, new = edited_twice(edited, tmp_path, name_it, said_closer)
    [renamed] = changes(runner, old, new)["changes"]
    assert renamed.get("weakened") is None, renamed


@pytest.mark.parametrize("name, goal", [
    ("召开理事（扩大）会议2次", "召开2次理事会议"), ("召开理事（扩大，含监事）会议2次", "全年召开理事会议不少于2次"),
])
def test_a_bracketed_remark_stays_in_what_a_stated_target_counts(name, goal):
    """`召开理事（扩大）会议2次` counted `)会议`, its 扩大 read as the verb of doing, so the goal's `召开2次理事会议` was
    another target and a task deleted dropped two. The remark is part of the noun, a verb or a comma in it."""
    from generator.target_texts import once_each

    assert once_each([[name], [goal]]) == [name]


@pytest.mark.parametrize("texts, kept", [
    # a text stating a target more times than an earlier one: each earlier clause stands for one of them only
    ([["开展3次调研"], ["开展3次调研", "再开展3次调研"]], ["开展3次调研", "再开展3次调研"]),
    ([["开展3次的调研"], ["完成3次调研活动"]], ["开展3次的调研"]),  # what is counted, its 的 aside
    ([["检查完成率达到95%"], ["整改完成率达到95%"]], ["检查完成率达到95%", "整改完成率达到95%"]),  # a rate keeps its verb
])
def test_the_targets_of_a_deleted_items_texts_are_each_counted_once(texts, kept):
    """`once_each` by cases the deleted tasks of the examples do not reach: a target written more often in a later
    text, a 的 between the count and what it counts, and two rates whose verbs say what they measure."""
    assert target_texts.once_each(texts) == kept


@pytest.mark.parametrize("goal, deleted", [
    ("", ["党支部每月不少于2次活动", "全年不少于30次教育学习活动"]),
    (None, ["党支部每月不少于2次活动", "全年不少于30次教育学习活动"]),
    ("全面从严治党。党支部每月不少于2次活动。", ["全年不少于30次教育学习活动"]),
])
def test_a_goal_text_cleared_or_cut_drops_its_targets(runner, edited, goal, deleted):
    """`goal: ""` was a plain 修改 though a cleared target is 目标删除, and cutting `，全年不少于30次教育学习活动` passed
    unmarked: editing a target away dodged the mark that deleting its task gets."""
    [change] = changes(runner, *edited(GZ, lambda tree: tree["key_tasks"][4].__setitem__("goal", goal)))["changes"]
    assert (change["weakened"], change["deleted_text_clauses"]) == ("目标删除", deleted)


@pytest.mark.parametrize("goal, weakened", [
    ("全面从严治党。全年开展教育学习活动不少于30次，党支部每月不少于2次活动。", None),  # reworded, reordered
    ("全面从严治党。党支部每月不少于2次活动，全年不少于20次教育学习活动。", "目标降低"),
])
def test_a_goal_text_keeping_its_targets_drops_none(runner, edited, goal, weakened):
    """A target reworded, moved or lowered is still stated: no 目标删除 (a lowered one is 目标降低, as before)."""
    [change] = changes(runner, *edited(GZ, lambda tree: tree["key_tasks"][4].__setitem__("goal", goal)))["changes"]
    assert (change.get("weakened"), change.get("deleted_text_clauses")) == (weakened, None)


def test_a_count_by_a_deadline_is_weighed_by_its_count_and_its_deadline_apart(runner, tmp_path):
    """`年底前完成3次检查` → `次年3月底前完成2次检查` said only 时限推后, and `9月底前完成3次检查` → `6月底前完成2次检查` or
    `6月底前完成3次检查` → `完成2次检查` nothing: the deadline's words made the counts no one measure. Both weakenings are
    said; the summary counts the edit once, under the first."""
    old, new = indicator_drafts(tmp_path, ZJ, {
        "侨务接待次数": ("年底前完成3次检查", "次年3月底前完成2次检查"),
        "开展会议场次": ("9月底前完成3次检查", "6月底前完成2次检查"),
        "开展调研次数": ("6月底前完成3次检查", "完成2次检查"),
        "开展活动次数": ("6月底前完成3次检查", "9月底前完成3次检查"),
    })
    marks = {name: mark for name, (mark, _) in value_marks(runner, old, new).items()}
    assert marks == {"侨务接待次数": "目标降低，时限推后", "开展会议场次": "目标降低", "开展调研次数": "目标降低",
                     "开展活动次数": "时限推后"}
    assert text_lines(runner, old, new)[-1] == "比较了 1 个规格，1 个有改动：修改 4 处（其中降低要求 4 处）。"


def test_a_count_by_a_deadline_in_a_goal_text_put_later_is_marked(runner, edited, tmp_path):
    """`年底前完成不少于3次检查` → `次年3月底前完成不少于3次检查` in a task's goal passed unmarked."""
    def goal(text):
        return lambda tree: tree["key_tasks"][4].__setitem__("goal", text)

    [change] = changes(runner, *edited_twice(edited, tmp_path, goal("全面从严治党，年底前完成不少于3次检查。"),
                                             goal("全面从严治党，次年3月底前完成不少于3次检查。")))["changes"]
    assert change["weakened"] == "时限推后"


@pytest.mark.parametrize("old_goal, new_goal, weakened, tightened", [
    ("2024年3月底前完成不少于3次检查", "2023年12月底前完成不少于3次检查", None, "时限提前"),
    ("2023年底前完成不少于3次检查", "2024年3月底前完成不少于3次检查", "时限推后", None),
])
def test_a_deadline_in_a_goal_text_keeps_the_year_it_writes(runner, edited, tmp_path, old_goal, new_goal, weakened,
                                                            tightened):
    """A goal text's years were all left out, a deadline's too: in a budget year 2023, `2024年3月底前` → `2023年12月底前`
    read as 3月 → 12月, 时限推后 for a deadline brought forward, and `2023年底前` as `底前`, no deadline, so that putting
    it off to `2024年3月底前` went unmarked."""
    def goal(text):
        return lambda tree: tree["key_tasks"][4].__setitem__("goal", f"全面从严治党，{text}。")

    [change] = changes(runner, *edited_twice(edited, tmp_path, goal(old_goal), goal(new_goal)))["changes"]
    assert (change.get("weakened"), change.get("tightened")) == (weakened, tightened), change


@pytest.mark.parametrize("old_goal, new_goal, marks", [
    ("2023年10月底前完成不少于3次检查", "2024年6月底前完成不少于3次检查", [(None, "时限提前")]),
    ("2023年6月底前完成不少于3次检查", "2024年6月底前完成不少于3次检查", []),
])
def test_a_goal_texts_deadline_raised_across_a_year_is_read_against_each_sides_budget_year(
        runner, edited, tmp_path, old_goal, new_goal, marks):
    """Next year's spec (2024) whose goal asks `2024年6月底前` where last year's (2023) asked `2023年10月底前` is
    时限提前, as an indicator value so edited is: read backwards, each text against its own budget year. A deadline
    only moved on with the year asks nothing more, and is no change listed."""
    def goal(text, year):
        return lambda tree: (tree["key_tasks"][4].__setitem__("goal", f"全面从严治党，{text}。"),
                             tree.__setitem__("year", year))

    found = changes(runner, *edited_twice(edited, tmp_path, goal(old_goal, 2023), goal(new_goal, 2024)))["changes"]
    assert [(c.get("weakened"), c.get("tightened")) for c in found if c["path"].endswith(".goal")] == marks, found


@pytest.mark.parametrize("old_goal, new_goal, marks", [
    ("2024年3月底前完成项目检查不少于3次", "2024年3月底前完成2023年度项目检查不少于3次", [(None, None)]),
    ("2024年3月底前完成2023年度项目检查不少于3次", "2023年12月底前完成项目检查不少于3次", [(None, "时限提前")]),
    ("2023年12月底前完成2023年度项目检查不少于3次", "2024年3月底前完成2023年度项目检查不少于3次", [("时限推后", None)]),
])
def test_a_goal_texts_deadline_keeps_its_year_beside_another_year(runner, edited, tmp_path, old_goal, new_goal, marks):
    """A clause writing a second year (`2024年3月底前完成2023年度项目检查`) lost both, so that in a budget year 2023 its
    deadline read as this March: naming the year checked beside a deadline kept was 时限提前, and `2024年3月底前` →
    `2023年12月底前` 时限推后. Its deadline keeps its own year, the other left out."""
    def goal(text):
        return lambda tree: tree["key_tasks"][4].__setitem__("goal", f"全面从严治党，{text}。")

    found = changes(runner, *edited_twice(edited, tmp_path, goal(old_goal), goal(new_goal)))["changes"]
    assert [(c.get("weakened"), c.get("tightened")) for c in found if c["path"].endswith(".goal")] == marks, found


def test_a_silence_taken_off_inside_a_removed_row_of_a_moved_project_follows_the_project(runner, tmp_path):
    """取消屏蔽 inside a row removed from a project moved up kept wholly old indices (`projects[2].indicators[8]`)
    while the removed row itself was `projects[0].indicators[8]`: each step the new spec has is its index."""
    lines = (ROOT / "specs" / TJ).read_text(encoding="utf-8").split("\n")
    at = next(n for n, line in enumerate(lines) if line.endswith("name: 搭建侨胞创业兴业交流对接平台"))
    lines[at] += "  # jixiao: disable=D4"
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text("\n".join(lines), encoding="utf-8")
    tree = canonical_yaml().load(old.read_text(encoding="utf-8"))
    project = next(p for p in tree["projects"] if any(i["name"] == "搭建侨胞创业兴业交流对接平台" for i in p["indicators"]))
    project["indicators"] = [i for i in project["indicators"] if i["name"] != "搭建侨胞创业兴业交流对接平台"]
    tree["projects"].remove(project)
    tree["projects"].insert(0, project)
    new.write_text(dump(tree), encoding="utf-8")
    found = {c["kind"]: c["path"] for c in changes(runner, str(old), str(new))["changes"]}
    removed = found["removed"]
    assert removed.startswith("projects[0].indicators[") and found["unsilenced"] == removed + ".name"


DIFFER_PARTS = ["diff_amounts", "diff_contents", "diff_places", "diff_rolled", "diff_silences", "diff_sums",
                "diff_weakening"]


@pytest.mark.parametrize("module", DIFFER_PARTS)
def test_a_part_of_the_differ_names_what_it_takes_from_the_others(module):
    """The Differ's parts (DiffAmounts, DiffPlaces, …) use its state and one another's methods; each one's docstring
    names those it uses and no others, so a reader of one module knows what it leans on, as the Matcher's parts do."""
    assert misnamed("diff", "Differ", DIFFER_PARTS, module) == ([], [])


def test_two_units_of_one_form_renamed_between_year_folders_stay_specs_removed_and_added(runner, tmp_path):
    """Two specs of one form left on each side of two year folders, all four units' names apart: nothing tells which
    new unit is which old one, so none is paired (`_unit_renamed` pairs the sole file of a form left on each side),
    where pairing the first two found would have told the reviewer of a rename that may be none."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    for folder in (old, new):
        folder.mkdir()
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")
    for folder, year, units in ((old, "2023", ("甲", "乙")), (new, "2024", ("丙", "丁"))):
        for unit in units:
            (folder / f"{unit}.yaml").write_text(text.replace("year: 2023\n", f"year: {year}\n").replace(
                "unit: 天津市归国华侨联合会", f"unit: 天津市{unit}单位"), encoding="utf-8")
    lines = text_lines(runner, str(old), str(new))
    assert not [line for line in lines if "改名" in line], lines
    assert "新增的规格文件 2 个，删除的规格文件 2 个" in lines[-1], lines


def test_two_lists_are_as_alike_as_their_paired_items_in_a_unit_renamed():
    """`_paired_alike`, which weighs a renamed unit's lists for `_unit_renamed`: lists of equal items are wholly alike,
    one whose task was edited in a line less so but more than half, and two lists of nothing in common not at all.
    Counted as half of it, every unit's lists read half unlike, and the mostly equal fields beside them alone
    decided whether the spec was one unit's renamed."""
    from generator.diff_files import _paired_alike

    tasks = [{"name": f"{n}、举办侨联系统党建培训班", "amount": 2.5} for n in range(1, 4)]
    edited = [*tasks[:2], {"name": "3、举办全市侨联系统党建培训班", "amount": 2.5}]
    assert _paired_alike(tasks, list(tasks)) == 1
    assert 2 / 3 < _paired_alike(tasks, edited) < 1
    assert _paired_alike(tasks, [{"name": "完成市委交办的其他工作", "amount": 9}]) == 0


@pytest.mark.parametrize("copied_side", ["old", "new"])
def test_the_sole_specs_of_a_form_left_are_no_unit_renamed_when_a_spec_of_either_side_is_as_alike(runner, tmp_path,
                                                                                                copied_side):
    """甲's spec pairs with 甲's by its year; 乙's left in 2026 and 丙's in 2027 are copies of one spec, and so is another
    unit's on one side only (甲's of 2026, or of 2027, the other 甲 begun blank): the file left was as likely a copy of
    that one as 乙 renamed, on whichever side the copy stands, and no `改名` is said."""
    old, new = tmp_path / "2026", tmp_path / "2027"
    for folder in (old, new):
        folder.mkdir()
    text = (ROOT / "specs" / TJ).read_text(encoding="utf-8")

    def copy(folder, unit: str, year: int) -> None:
        (folder / f"{unit}-{year}.yaml").write_text(text.replace("year: 2023\n", f"year: {year}\n").replace(
            "unit: 天津市归国华侨联合会", f"unit: 天津市{unit}单位"), encoding="utf-8")

    blank_folder, blank_year = (new, 2027) if copied_side == "old" else (old, 2026)
    assert runner.invoke(main, ["new", "--form", "tianjin", "--unit", "天津市甲单位", "--year", str(blank_year),
                                "-o", str(blank_folder / f"甲-{blank_year}.yaml")]).exit_code == 0
    copy(old if copied_side == "old" else new, "甲", 2026 if copied_side == "old" else 2027)
    copy(old, "乙", 2026)
    copy(new, "丙", 2027)
    lines = text_lines(runner, str(old), str(new))
    assert not [line for line in lines if "改名" in line or "天津市乙单位” → " in line], lines
    assert "新增的规格文件 1 个，删除的规格文件 1 个" in lines[-1], lines


@pytest.mark.parametrize("edited, counted", [(range(1, 6), "（5 个规格文件）"), ((), "（5 个规格文件，都只顺延了年度）")],
                         ids=["every unit edited", "none edited"])
def test_two_year_folders_of_many_units_count_the_files_only_rolled_over_as_all_or_none(runner, tmp_path, edited,
                                                                                         counted):
    """Among more files than the summary names, it counts those only rolled over: `其中 0 个` said of none is no count
    a reviewer needs, and of all of them it says so."""
    old, new = _year_folders_of_five_units(tmp_path, edited)
    result = runner.invoke(main, ["diff", str(old), str(new)])
    assert result.output.splitlines()[-1].endswith(f"另有 15 处只是年份顺延，未列出{counted}。"), result.output


def test_a_file_of_the_same_name_in_two_year_folders_is_no_spec_rolled_over_when_its_form_changed(runner, tmp_path):
    """`2023/x.yaml` of one form and `2024/x.yaml` of another are compared (with a warning), but not as that spec's
    next year (json's `by_year` null): its year is a change to list, not one left out as a spec only rolled over."""
    old, new = tmp_path / "2023", tmp_path / "2024"
    old.mkdir(), new.mkdir()
    shutil.copy(ROOT / "specs" / TJ, old / "x.yaml")
    (new / "x.yaml").write_text((ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("year: 2023\n", "year: 2024\n"),
                                encoding="utf-8")
    output = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"]).output
    assert "警告[DIFF-FORMS]" in output, output
    report = json.loads(output[output.index("\n{") + 1:])
    assert [spec["by_year"] for spec in report["specs"]] == [None], report["specs"]


def test_a_text_retyped_as_a_block_is_no_change_and_a_blocks_closing_break_is_never_shown(runner, edited):
    """A `|` block's closing line break is not printed (block_ends): `name: x` retyped as a block over x was reported
    改名 from “x” to “x” and a line break, and a block unit put a break into the spec's heading; the forms print the
    same. A block's real edit is still reported, without the break."""
    def retyped(tree):
        tree["unit"] = LiteralScalarString(tree["unit"] + "\n")
        row = tree["indicators"][indicator(tree, "满意度")]
        row["name"] = LiteralScalarString("满意度\n")

    result = runner.invoke(main, ["diff", *edited(GZ, retyped)])
    assert (result.exit_code, result.output) == (0, "比较了 1 个规格，没有改动（1 个只改了格式或注释）。\n"), result.output

    def renamed(tree):
        retyped(tree)
        tree["indicators"][indicator(tree, "满意度\n")]["name"] = LiteralScalarString("台胞满意度\n")

    diff = changes(runner, *edited(GZ, renamed))
    assert [(c["kind"], c["old"], c["new"]) for c in diff["changes"]] == [("renamed", "满意度", "台胞满意度")]
    assert diff["title"] == "广州市台湾同胞联谊会 2023 年"



def test_a_rate_in_per_mille_or_over_a_base_is_weighed_by_its_words(runner, tmp_path):
    """`12/10万` → `14/10万` of 孕产妇死亡率 and `3‰` → `4‰` of 差错率 were plain 修改s under 质量指标, where `3%` → `4%` of
    差错比例 is 目标放宽: only a percentage without a comparator took the way its words point (a death rate, an
    error rate to keep low), and the category's (to raise) disagreed. A rate in ‰ or over a base is one too; where
    the words say nothing (合格率) the category still points, and a rate lowered that is to be kept low is no loosening."""
    old, new = rows_drafts(tmp_path, ZJ, [
        ("质量指标", "孕产妇死亡率", "12/10万", "14/10万"),
        ("质量指标", "差错率", "3‰", "4‰"),
        ("质量指标", "交通事故率", "0.5次/百万车公里", "0.8次/百万车公里"),
        ("质量指标", "合格率", "999‰", "990‰"),
        ("质量指标", "婴儿死亡率", "12/10万", "10/10万"),
        ("质量指标", "差错比例", "3%", "4%"),
    ])
    found = value_marks(runner, old, new)
    assert found == {"孕产妇死亡率": ("目标放宽", None), "差错率": ("目标放宽", None), "交通事故率": ("目标放宽", None),
                     "合格率": ("目标降低", None), "婴儿死亡率": (None, None), "差错比例": ("目标放宽", None)}, found


@pytest.mark.parametrize("old, new, later", [
    ("每周五前", "每周末前", True), ("每周三12时前", "每周三前", True), ("每周一前", "每周五下班前", True),
    ("每周五前", "每周三前", False), ("每周五前报送", "每周末前报送", True), ("每周五17:30前", "每周五前", True),
    ("每周五下午5点前", "每周五前", True), ("每周五中午12时前", "每周五17点前", True), ("每周五前", "每周五上午10点前", False),
    ("每天17点前", "每天18点前", True), ("当日18时前", "当日17时前", False), ("17点前", "当天下午6点前", True),
    ("每天17点前", "每周五前", None), ("每天17点前", "当天17点前", None),  # another day's or week's words
    ("每周五前", "每月10日前", None), ("每周五前", "≤7日", None), ("每周5天", "每周六前", None),  # not another weekly one
    ("每周5日前", "每周末前", True), ("每周3前", "每周5日前", True), ("每周五前", "每周5日前", None),  # 周5 is 周五
])
def test_a_weekly_deadline_moved_is_compared_with_another_weekly_one_only(old, new, later):
    """`每周五前` → `每周末前` was a plain 修改 (the weekday words), as `每周五前` → `每周三前` was: a day of each week
    is compared by its place in the week (`values.in_period`), with a weekly deadline only."""
    assert weakening("周报报送时间", old, new, 2024, 2024, "timeliness") == ("时限推后" if later else None)
    assert (weakening("周报报送时间", new, old, 2024, 2024, "timeliness") == "时限推后") is (later is False)
