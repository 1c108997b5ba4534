"""jixiao new --from: next year's spec from this year's, a copy with only the year changed."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.cli import main
from generator.lint.run import Linter
from generator.load import load
from generator.placeholder import PLACEHOLDER
from generator.year_mentions import mentions
from generator.variants import Catalog
from generator.year_digits import ascii_shadow, one_writing, written_like

from .conftest import ROOT, SPECS, copy_variant, locate

GUANGZHOU = ROOT / "specs" / "guangzhou-tailian-2023.yaml"
HENGYANG = ROOT / "specs" / "hengyang-qiaolian-2022.yaml"


def _year(path: Path) -> int:
    return int(re.search(r"^year: (\d+)", path.read_text(encoding="utf-8"), re.MULTILINE).group(1))


def _copy(source: Path, folder: Path, name: str | None = None, edit=None) -> Path:
    """A copy of an example in `folder` (its schema line then names nothing; the copy rolled forward names the
    form's schema, as jixiao new does: compare the two below it, `_below_schema_line`)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = source.read_text(encoding="utf-8")
    target = folder / (name or source.name)
    target.write_text(edit(text) if edit else text, encoding="utf-8")
    return target


def _rolled_on(runner, tmp_path: Path, edit):
    """广州's example edited by `edit`, rolled on to 2024 by `new --from`: the copy, the command's result, the new spec."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=edit)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    return source, result, tmp_path / "specs" / "guangzhou-tailian-2024.yaml"


def _rolled_to_2026(runner, tmp_path: Path, edit):
    """广州's example edited by `edit` (which makes it a 2025 spec) and rolled to 2026 (out of 十四五, into 十五五) by
    `new --from`: the command's result, the new spec and its text."""
    source = _copy(GUANGZHOU, tmp_path / "specs", "guangzhou-tailian-2025.yaml", edit=edit)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2026"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "guangzhou-tailian-2026.yaml"
    return result, target, target.read_text(encoding="utf-8")


def _plan_words_rolled(runner, tmp_path: Path, words: str):
    """广州's example made a 2025 spec with `words` in its 总体绩效目标, rolled to 2026 (out of 十四五, into 十五五) by
    `new --from`: the command's result, the new spec and its text, which still holds the words."""
    def edit(text):
        return text.replace("year: 2023\n", "year: 2025\n").replace("积极推进疫情防控，", "积极推进疫情防控，" + words, 1)

    result, target, text = _rolled_to_2026(runner, tmp_path, edit)
    assert words in text
    return result, target, text


def _below_schema_line(text: str) -> str:
    return text.split("\n", 1)[1] if text.startswith("# yaml-language-server: ") else text


def _without_priors(text: str) -> str:
    """The text without the prior_value lines rollover adds (last year's targets, tested on their own)."""
    return "".join(line for line in text.splitlines(keepends=True) if not re.match(r"\s*prior_value: ", line))


def _amount_lines(text: str) -> list[str]:
    """Every line holding a number as typed (amounts, counts), the year aside."""
    return [line for line in text.splitlines()
            if re.fullmatch(r"\s*(?:- )?[a-z_]+: -?\d[\d.]*(?:\s+#.*)?", line) and not line.startswith("year:")]


@pytest.mark.parametrize("source", SPECS, ids=[p.stem for p in SPECS])
def test_every_example_rolls_forward_and_validates_lints_and_builds_clean(runner, source, tmp_path):
    year = _year(source) + 1
    result = runner.invoke(main, ["new", "--from", str(source), "--year", str(year), "-o", str(tmp_path / "specs") + "/"])
    assert result.exit_code == 0, result.output
    target = next((tmp_path / "specs").glob("*.yaml"))
    assert target.name.endswith(f"-{year}.yaml")
    assert f"已生成 {target}" in result.output and f"运行 jixiao validate {target}" in result.output.splitlines()[-1]
    checked = runner.invoke(main, ["validate", str(target)])
    assert checked.exit_code == 0 and "错误[" not in checked.output and "SCHEMA-LINE" not in checked.output, checked.output
    linted = runner.invoke(main, ["lint", str(target), "--format", "json"])
    errors = {p["code"] for p in json.loads(linted.output)["problems"] if p["severity"] == "error"}
    assert errors <= {"A13"}, linted.output  # only 填表日期, reset to be filled in
    built = runner.invoke(main, ["build", str(target), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert built.exit_code == 0, built.output
    assert any(str(year) in p.name for p in (tmp_path / "out").glob("*.docx"))
    assert runner.invoke(main, ["fmt", "--check", str(target)]).exit_code == 0
    before, after = source.read_text(encoding="utf-8"), _without_priors(target.read_text(encoding="utf-8"))
    assert _amount_lines(after) == _amount_lines(before) and _amount_lines(before)  # byte for byte
    changed = [(old, new) for old, new in zip(before.splitlines(), after.splitlines()) if old != new]
    assert len(before.splitlines()) == len(after.splitlines())
    for old, new in changed[1:] if changed[0][0].startswith("# yaml-language-server") else changed:
        assert str(year) in new or PLACEHOLDER in new, (old, new)  # a line changes only for its year


def test_comments_order_quotes_and_numbers_are_kept_and_only_the_year_changes(runner, tmp_path):
    def edit(text):
        return (text.replace("year: 2023\n", "year: 2023  # 预算年度\n# 下面几项是 2023年 新增的说明\n")
                .replace("  project: 78.56\n", "  project: 78.56   # 项目支出，含 1_000 元的尾数\n")
                .replace('    period_value: "≥98%"', "    # 发放及时率按季度考核\n    period_value: \"≥98%\""))

    source, result, target = _rolled_on(runner, tmp_path, edit)
    before, after = source.read_text(encoding="utf-8"), _without_priors(target.read_text(encoding="utf-8"))
    assert _below_schema_line(after) == _below_schema_line(before.replace("year: 2023  #", "year: 2024  #"))
    assert "# 下面几项是 2023年 新增的说明\n" in after  # comments are the author's words, not changed
    assert "文字中写作年份的 2023 年改了 0 处" in result.output


def test_double_quoted_values_holding_double_quotes_read_back_the_same_with_the_year_rolled(runner, tmp_path):
    """`"关于\\"十四五\\"规划"` in a source must come out reading the same text, years rolled, as fmt writes it (single
    quotes round a `"`, plain where YAML needs none), whether its year moves, it is carried as a prior target or not."""
    name, value = r'"关于\"十四五\"规划2023年工作"', r'"\"十四五\"期间2023年开展\"活动\"5次"'

    def edit(text):
        return (text.replace("  - name: 履行职责，做好参政议政和信息调研工作。", f"  - name: {name}", 1)
                .replace('    period_value: "开展台胞活动5次以上"', f"    period_value: {value}", 1)
                .replace('    annual_value: "开展台胞活动5次以上"', f"    annual_value: {value}", 1))

    source, _, target = _rolled_on(runner, tmp_path, edit)
    before, after = load(source).data, load(target).data
    task, row = after["key_tasks"][0], next(r for r in after["indicators"] if "活动" in r.get("period_value", ""))
    assert task["name"] == before["key_tasks"][0]["name"].replace("2023", "2024") == '关于"十四五"规划2024年工作'
    assert row["period_value"] == row["annual_value"] == '"十四五"期间2024年开展"活动"5次'
    assert row["prior_value"] == '"十四五"期间2023年开展"活动"5次'
    assert "\\" not in target.read_text(encoding="utf-8")
    assert runner.invoke(main, ["fmt", "--check", str(target)]).exit_code == 0


def test_comment_lines_above_a_document_start_are_kept(runner, tmp_path):
    """ruamel drops a `---` and the comment lines above it; fmt strips the `---` first and keeps them, but
    `new --from` refused such a spec, which validate and fmt pass, saying it would lose the comment."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=lambda text: "# 说明：本年度规格\n---\n" + text)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "specs" / "guangzhou-tailian-2024.yaml").read_text(encoding="utf-8")
    assert text.startswith("# 说明：本年度规格\n# yaml-language-server: ") and "---" not in text


@pytest.mark.parametrize("edit", [
    lambda text: text.replace("unit: 广州市台湾同胞联谊会", "unit: '广州市台湾同胞联谊会'"),
    lambda text: text.replace('    period_value: "≥98%"\n    annual_value: "98%以上"\n',
                              '    annual_value: "98%以上"\n    period_value: "≥98%"\n'),
    lambda text: re.sub(r"(?m)^  (?=\w+: [\d.]+$)", "    ", text),  # budget: indented by 4
    lambda text: "\ufeff" + text,
], ids=["quotes", "key-order", "indent", "bom"])
def test_a_source_out_of_fmts_layout_gives_a_new_spec_in_it(runner, tmp_path, edit):
    """A source with its own quotes or key order gave a new spec with them, which `fmt --check` refused,
    while the command said the new spec was written in fmt's layout; a BOM went without a word."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=edit)
    assert runner.invoke(main, ["fmt", "--check", str(source)]).exit_code == 1
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    checked = runner.invoke(main, ["fmt", "--check", str(target)])
    assert checked.exit_code == 0, checked.output
    assert f"注意：{source} 的排版与 jixiao fmt 的统一格式不同，新文件按统一格式写出" in result.output
    assert load(target).data == {**load(source).data, "year": 2024,
                                 "indicators": load(target).data["indicators"]}  # prior values aside
    assert [{k: v for k, v in row.items() if k != "prior_value"} for row in load(target).data["indicators"]] \
        == load(source).data["indicators"]


def test_a_source_in_fmts_layout_says_nothing_of_layout(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "specs")
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0 and "排版" not in result.output, result.output


def test_years_in_comments_are_kept_and_listed_where_they_are(runner, tmp_path):
    """Comments kept the source year without a word, so `# 2023年新增任务` stood unnoticed in the 2024 spec."""
    def edit(text):
        return (text.replace("key_tasks:\n", "key_tasks:  # 二〇二三年新增 2 项，较2022年\n", 1)
                .replace("  - name: 全面从严治党", "  # 2023年新增任务，开展2000人次\n  - name: 全面从严治党", 1)
                .replace('other_tasks: ""', "other_tasks: |-\n  # 2023年 不是注释\n  其他")
                + "# 2021-2025年规划\n")

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    for comment in ("# 二〇二三年新增 2 项，较2022年", "# 2023年新增任务，开展2000人次", "# 2021-2025年规划"):
        assert comment in text  # comments are the author's words, not changed
    assert "  # 2024年 不是注释\n" in text  # a `|` block's line is text, whatever it begins with
    listed = [(kept, why) for kept, why in (
        ("二〇二三年新增", "中的 2023 年是源规格的年度；注释照原样保留，没有改为 2024 年，请核对"),
        ("2022年\n", "中的年份未改动（注释照原样保留）；请核对"),
        ("2023年新增任务", "中的 2023 年是源规格的年度"),
        ("2021-2025年规划", "是跨年度的期间，未改动（注释照原样保留）；新年度 2024 年仍在这个期间内，请核对$"))]
    for kept, why in listed:
        line, column = locate(text, kept)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 注释：“[^”]*”{why}",
                         result.output, re.MULTILINE), result.output
    assert result.output.count("注释：") == 4 and "2000" not in result.output
    assert "改了 1 处（指标值 0 处，其他文字 1 处）；另有 4 处年份未改动；各处见上，请逐一核对" in result.output
    places = [tuple(map(int, m.groups())) for m in re.finditer(r"^\S+?:(\d+):(\d+): 提示", result.output, re.MULTILINE)]
    assert places == sorted(places)  # in the order of the file


def _with_years(text: str) -> str:
    return (text.replace("积极推进疫情防控，", "积极推进疫情防控，落实2021-2025年规划，较2022年增长，2023 年度重点，截至2023-12-31，"
                         "依据某办发〔2023〕5号，开展活动2000人次，", 1)
            .replace('annual_value: "98%以上"', 'annual_value: "2023年12月底前98%以上"')
            .replace('name: 举办活动场次', 'name: 2023年度举办活动场次'))


def test_the_source_year_written_as_a_year_changes_and_other_years_are_listed_where_they_are(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=_with_years)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    text = target.read_text(encoding="utf-8")
    assert re.search(r"^year: 2024$", text, re.MULTILINE)
    for changed in ("2024 年度重点", "截至2024-12-31", '"2024年12月底前98%以上"', "name: 2024年度举办活动场次"):
        assert changed in text
    for kept in ("落实2021-2025年规划", "较2022年增长", "某办发〔2023〕5号", "开展活动2000人次"):
        assert kept in text
    assert "2023" not in _without_priors(text).replace("〔2023〕", "")
    assert "改了 4 处（指标值 1 处，其他文字 3 处）；另有 2 处年份未改动；各处见上，请逐一核对" in result.output
    for kept, why in (("2021-2025年", "是跨年度的期间"), ("2022年增长", "是比较的基数")):
        line, column = locate(text, kept)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 总体绩效目标：“[^”]*”(中的 \d+ 年?)?{why}",
                         result.output, re.MULTILINE), result.output
    assert "2000" not in result.output  # a count is no year


def test_a_period_the_new_year_has_left_and_a_baseline_of_the_year_before_say_what_to_write(runner, tmp_path):
    """A 2027 spec's `2025-2027年发展规划` rolled to 2028 was told only 请核对新年度是否仍是这个期间, and its `较2026年增加2次`
    only 请核对: the clerk had to work out that 2028 is past the period and that the year before is now 2027. A period the
    new year is still in says so; a baseline that is not the source's year before is told to be checked, as before. A
    period the source's year was not in either (a time looked back on, or a plan for later years) is told as such, not
    to be rewritten as the new year's."""
    def edit(text):
        return text.replace("积极推进疫情防控，", "积极推进疫情防控，落实2021-2023年规划，落实2022-2026年规划，较2022年增长，"
                            "较2020年增长，以2022年为基数，回顾2018-2020年成效，编制2026-2030年规划，启动2024-2026年计划，"
                            "落实2023-2025年规划，落实2020-2024年规划，", 1)

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    for at, why in (("2021-2023年", "是跨年度的期间，未改动；新年度 2024 年不在这个期间内（期间到 2023 年结束）；请改为 2024 年所在的期间"
                                   "（如新一期的规划），或删去；回顾这一期间已做的事的（如“2021-2023年累计…”）可以保留$"),
                    ("2022-2026年", "是跨年度的期间，未改动；新年度 2024 年仍在这个期间内，请核对$"),
                    ("2022年增长", "中的 2022 年是比较的基数，未改动；它是 2023 年度的上年，2024 年度的上年是 2023 年；要与上年比较的，"
                                  "请改为 2023 年，并按 2023 年的数核算$"),
                    ("2020年增长", "中的 2020 年是比较的基数，未改动；请核对$"),
                    ("2022年为基数", "中的 2022 年是比较的基数，未改动；它是 2023 年度的上年，"),
                    ("2018-2020年", "是跨年度的期间，未改动；新年度 2024 年不在这个期间内（期间到 2020 年结束），源规格的 2023 "
                                   "年度也不在；请核对新年度是否仍要写它$"),
                    ("2026-2030年", "是跨年度的期间，未改动；新年度 2024 年不在这个期间内（期间从 2026 年开始），源规格的 2023 "
                                   "年度也不在；请核对新年度是否仍要写它$"),
                    ("2024-2026年", "是跨年度的期间，未改动；新年度 2024 年在这个期间内，请核对$"),
                    # the source's year first in the period, the new year last in it: both still in, at either end
                    ("2023-2025年", "是跨年度的期间，未改动；新年度 2024 年仍在这个期间内，请核对$"),
                    ("2020-2024年", "是跨年度的期间，未改动；新年度 2024 年仍在这个期间内，请核对$")):
        assert _noted(result.output, target, text, at, "YEAR-KEPT", why), (at, result.output)


def test_a_baseline_of_the_year_before_rolled_on_two_years_is_not_said_to_be_the_new_year_s_year_before(runner, tmp_path):
    """Rolled from 2023 to 2025, `较2022年增长` compares with three years back, and 2023 is not 2025's year before: only
    a spec rolled on one year is told which year its year before now is."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=lambda text: text.replace("积极推进疫情防控，", "积极推进疫情防控，较2022年增长，", 1))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "guangzhou-tailian-2025.yaml"
    text = target.read_text(encoding="utf-8")
    assert _noted(result.output, target, text, "2022年增长", "YEAR-KEPT", "中的 2022 年是比较的基数，未改动；请核对$"), result.output
    assert "年度的上年" not in result.output, result.output


def test_a_five_year_plan_named_by_number_is_noted_where_the_new_year_has_left_or_entered_it(runner, tmp_path):
    """A 2025 spec's `“十四五”期间` rolled to 2026 was copied unlisted: no digits, no period read, though the new year has
    left 2021-2025. A plan named by number is told as a digit period is, with its years and the plan the new year is
    in; one the roll stays inside (十四五 from 2023 to 2024) or outside (十三五, looked back on) is not listed, nor is
    十四五 as a count (十四五个)."""
    words = "落实“十四五”期间规划，十四五时期重点任务，编制“十五五”规划，十三五以来成效，十四五个项目，"
    result, target, text = _plan_words_rolled(runner, tmp_path, words)
    left = ("中的“十四五”是 2021-2025 年的五年规划期，未改动；新年度 2026 年不在这个期间内（期间到 2025 年结束）；"
            "请改为 2026 年所在的期间（如“十五五”），或删去；回顾这一期间已做的事的（如“十四五期间累计…”）可以保留$")
    for at, why in (("十四五”期间", left), ("十四五时期", left),
                    ("十五五”规划", "中的“十五五”是 2026-2030 年的五年规划期，未改动；新年度 2026 年在这个期间内，请核对$")):
        line, column = locate(text, at)  # the quote holds quotes of its own: read to the last ”
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 总体绩效目标：“.*”{why}",
                         result.output, re.MULTILINE), (at, result.output)
    assert result.output.count("[YEAR-KEPT]") == 3 and "另有 3 处年份未改动" in result.output
    _, inside, _ = _rolled_on(runner, tmp_path / "inside", lambda text: text.replace("积极推进疫情防控，", "积极推进疫情防控，" + words, 1))
    assert "YEAR-KEPT" not in inside.output


def test_a_plan_the_new_year_has_left_may_stay_as_a_look_back_and_the_last_plan_read_names_none_after_it():
    """`十四五期间累计服务1万人次` in a 2026 spec is a record of the plan just ended, yet the note told only to rewrite it for
    十五五 or delete it. Past the last plan read (十九五, to 2050) the plan to write was named “” (plan_of: none)."""
    from generator.rollover import _why_plan

    said = _why_plan("“第十四个五年规划期间累计服务”", "第十四个五年规划", 2025, 2026)
    assert said.endswith("请改为 2026 年所在的期间（如“十五五”），或删去；回顾这一期间已做的事的（如“第十四个五年规划期间累计…”）可以保留")
    assert "可以保留" not in _why_plan("“编制“十五五”规划”", "十五五", 2025, 2026)  # entered: nothing to look back on
    assert _why_plan("“十九五”", "十九五", 2050, 2051).count("（如新一期的规划）") == 1


def test_a_digit_period_the_new_year_has_left_may_stay_as_a_look_back_as_a_plan_may(runner, tmp_path):
    """`十四五期间累计服务…` rolled from 2025 to 2026 was told a look back on it may stay, but the same period in digits
    (`2021-2025年累计完成…`, `2021—2025年`) only to be rewritten or deleted. Each is told so, quoting the period as
    written; a period the new year is still in, or one the source's year was not in, is not."""
    words = "2021-2025年累计完成培训，落实2021—2025年规划，2021年至2025年成效，落实2024-2026年计划，回顾2016-2020年成效，"
    result, target, text = _plan_words_rolled(runner, tmp_path, words)
    for at in ("2021-2025年", "2021—2025年", "2021年至2025年"):
        why = (f"是跨年度的期间，未改动；新年度 2026 年不在这个期间内（期间到 2025 年结束）；请改为 2026 年所在的期间（如新一期的规划），"
               f"或删去；回顾这一期间已做的事的（如“{at}累计…”）可以保留$")
        assert _noted(result.output, target, text, at, "YEAR-KEPT", why), (at, result.output)
    assert result.output.count("可以保留") == 3, result.output


def test_a_period_in_digits_glossing_a_plan_beside_it_is_noted_once_with_the_plan(runner, tmp_path):
    """`“十四五”（2021-2025年）期间累计…` rolled from 2025 to 2026 was noted twice, the plan and its period in digits each
    told the period had ended and a look back may stay. The plan's note, which names the plan to write, is the one;
    a period of other years beside a plan (a slip: `“十五五”（2021-2025年）`) is still noted too."""
    words = "“十四五”（2021-2025年）期间累计服务台胞1万人次，落实2021—2025年（“十四五”）规划，衔接“十五五”（2021-2025年）规划，"
    result, target, text = _plan_words_rolled(runner, tmp_path, words)
    assert result.output.count("是 2021-2025 年的五年规划期") == 2, result.output
    assert result.output.count("是 2026-2030 年的五年规划期") == 1, result.output
    assert result.output.count("是跨年度的期间") == 1, result.output
    line, column = locate(text, "2021-2025年）规划")  # the slip's
    assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] .*是跨年度的期间", result.output,
                     re.MULTILINE), result.output


def test_a_five_year_plan_named_in_a_comment_is_noted_as_one_in_a_text_is(runner, tmp_path):
    """`# 十四五规划目标` in a 2025 spec rolled to 2026 was copied unlisted while the same words in a value were noted: the
    comment stays, and over the new year's targets it names a plan the year is no longer in. Noted where it is, as a
    plan in a text, with the plan to write; a plan the roll stays inside (十四五 from 2023 to 2024) is not."""
    def edit(text):
        return (text.replace("year: 2023\n", "year: 2025\n").replace("key_tasks:\n", "key_tasks:  # 十四五规划目标\n", 1)
                + "# 总结“十四五”、谋划“十五五”\n")

    result, target, text = _rolled_to_2026(runner, tmp_path, edit)
    for at, why in (("十四五规划目标", "中的“十四五”是 2021-2025 年的五年规划期，未改动；新年度 2026 年不在这个期间内（期间到 2025 年结束）；"
                                 "请改为 2026 年所在的期间（如“十五五”），或删去；回顾这一期间已做的事的（如“十四五期间累计…”）可以保留$"),
                    ("十四五”、", "中的“十四五”是 2021-2025 年的五年规划期，未改动；"),
                    ("十五五”\n", "中的“十五五”是 2026-2030 年的五年规划期，未改动；新年度 2026 年在这个期间内，请核对$")):
        line, column = locate(text, at)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 注释：“.*”{why}", result.output,
                         re.MULTILINE), (at, result.output)
    assert result.output.count("注释：") == 3, result.output
    _, inside, _ = _rolled_on(runner, tmp_path / "inside", lambda text: text.replace("key_tasks:\n", "key_tasks:  # 十四五规划目标\n", 1))
    assert "注释：" not in inside.output, inside.output


def test_a_period_in_digits_in_a_comment_is_noted_as_one_in_a_text_is(runner, tmp_path):
    """`# 2021-2025年规划目标` in a 2025 spec rolled to 2026 was told only 中的年份未改动…请核对, while `# 十四五规划目标` there was
    told the period had ended and what to write: the same comment over the next plan's targets, told apart by its
    digits. Each period in a comment is told as one in a text: one the new year left, one it is still in."""
    def edit(text):
        return (text.replace("year: 2023\n", "year: 2025\n").replace("key_tasks:\n", "key_tasks:  # 2021-2025年规划目标\n", 1)
                + "# 2024-2026年计划\n")

    result, target, text = _rolled_to_2026(runner, tmp_path, edit)
    for at, why in (("2021-2025年规划目标", "是跨年度的期间，未改动（注释照原样保留）；新年度 2026 年不在这个期间内（期间到 2025 年结束）；"
                                      "请改为 2026 年所在的期间（如新一期的规划），或删去；回顾这一期间已做的事的（如“2021-2025年累计…”）"
                                      "可以保留$"),
                    ("2024-2026年计划", "是跨年度的期间，未改动（注释照原样保留）；新年度 2026 年仍在这个期间内，请核对$")):
        line, column = locate(text, at)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 注释：“.*”{why}", result.output,
                         re.MULTILINE), (at, result.output)
    assert result.output.count("注释：") == 2, result.output


def test_a_five_year_plan_in_full_listed_or_after_a_verb_of_plans_is_noted_too(runner, tmp_path):
    """Plans written without quotes or a period word after them went unlisted from a 2025 spec rolled to 2026: the full
    name (`第十四个五年规划`), a bare plan joined to another (`十四五、十五五时期`) and the bare object of a verb of plans
    (`总结十四五、谋划十五五`). A count (`十四五个`) and 第十四五 are still none."""
    words = "落实第十四个五年规划，十四五、十五五时期衔接，总结十四五、谋划十五五，十四五个项目，第十四五名，"
    result, target, text = _plan_words_rolled(runner, tmp_path, words)
    for at, name in (("第十四个五年规划", "第十四个五年规划"), ("十四五、十五五时期", "十四五"), ("十五五时期", "十五五"),
                     ("十四五、谋划", "十四五"), ("十五五，十四五个", "十五五")):
        line, column = locate(text, at)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 总体绩效目标：“.*”中的“{name}”是 ",
                         result.output, re.MULTILINE), (at, result.output)
    assert result.output.count("[YEAR-KEPT]") == 5, result.output


def test_a_bare_plan_number_before_a_session_of_a_course_is_a_count_not_the_plan(runner, tmp_path):
    """`举办十四五期培训班` (14-15 sessions of a course, or the 145th) rolled from 2025 to 2026 was told to be the 十四五
    plan the new year has left: 期 alone was a period word after a bare name. A bare name needs 期间, 时期 or 期末
    after it; `十四五期间` is still the plan, and `“十四五”期` too, its quotes naming it. After 第 or in a larger numeral
    it is a count whatever follows (`第十四五期末考核`, the test closing the 14th-15th session)."""
    words = "举办十四五期培训班，培训十四五期学员，十四五期间累计服务，“十四五”期工作，十四五期末完成，第十四五期末考核，"
    result, target, text = _plan_words_rolled(runner, tmp_path, words)
    noted = [int(found) for found in re.findall(rf"^{re.escape(str(target))}:\d+:(\d+): 提示\[YEAR-KEPT\] 总体绩效目标：.*“十四五”是 ",
                                                result.output, re.MULTILINE)]
    assert sorted(noted) == sorted(locate(text, at)[1] for at in ("十四五期间", "十四五”期工作", "十四五期末")), result.output


def test_a_plan_in_full_width_quotes_is_named_by_them_as_in_ascii_ones(runner, tmp_path):
    """`＂十四五＂期工作` (full-width quotes, as some input methods type `"`) names the plan as `"十四五"期工作` does: a
    2025 spec rolled to 2026 tells the period the new year has left, at the plan's name."""
    result, target, text = _plan_words_rolled(runner, tmp_path, "落实＂十四五＂期工作，")
    line, column = locate(text, "十四五＂期工作")
    assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 总体绩效目标：.*中的“十四五”是 2021-2025 年",
                     result.output, re.MULTILINE), result.output
    assert result.output.count("[YEAR-KEPT]") == 1, result.output


def test_plans_and_deadlines_move_with_the_year_and_what_has_happened_stays(runner, tmp_path):
    """`2023年已完成换届` became `2024年已完成换届`, a claim false of the new year, and `2023Q3前`, a deadline lint reads,
    stayed unmoved and unlisted. A plan (拟于2023年1月召开) and a target's deadline move; a clause that tells what has
    happened keeps its year and is listed, unless it is a target's; the summary says how many years moved in
    targets and elsewhere."""
    def edit(text):
        return (text.replace("积极推进疫情防控，", "积极推进疫情防控，拟于2023年1月召开理事会，2023年已完成换届，", 1)
                .replace('annual_value: "98%以上"', 'annual_value: "2023Q3前"')
                .replace('period_value: "≥98%"', 'period_value: "2023年6月底前已完成采购"'))

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert "拟于2024年1月召开理事会，2023年已完成换届，" in text and 'annual_value: "2024Q3前"' in text
    assert 'period_value: "2024年6月底前已完成采购"' in text  # a target says what is to be done, however worded
    line, column = locate(text, "2023年已完成")
    assert (f"{target}:{line}:{column}: 提示[YEAR-KEPT] 总体绩效目标：“…召开理事会，2023年已完成换届…”说的是已经发生的事，"
            "其中的 2023 年未改动；请核对新年度是否仍要写它") in result.output
    assert "改了 3 处（指标值 2 处，其他文字 1 处）；另有 1 处年份未改动；各处见上，请逐一核对" in result.output


def test_what_a_later_year_in_the_clause_tells_as_done_leaves_the_plans_year_to_move(runner, tmp_path):
    """`2023年完成侨史馆布展（2022年已完成设计）` kept its 2023, told 说的是已经发生的事: the 已完成 of 2022's words, read
    to the clause's end, made the year's plan past. The later year's words are its own; what the year's own words
    tell as done still keeps it, and so do the words after a later year joined to it as one time or a list (cut at the
    later year, `2023年1月至2023年3月已完成调研` became `2024年1月至2023年3月…`)."""
    def edit(text):
        return text.replace("积极推进疫情防控，", "积极推进疫情防控，2023年完成侨史馆布展（2022年已完成设计），"
                            "2023年完成2022年已启动的场馆建设，2023年已完成2022年启动的换届，2023年1月至2023年3月已完成调研，"
                            "2023年、2022年已完成评估，", 1)

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert ("2024年完成侨史馆布展（2022年已完成设计），2024年完成2022年已启动的场馆建设，2023年已完成2022年启动的换届，"
            "2023年1月至2023年3月已完成调研，2023年、2022年已完成评估，" in text)
    assert _noted(result.output, target, text, "2023年已完成", "YEAR-KEPT", "说的是已经发生的事"), result.output


def test_the_words_of_an_earlier_year_up_to_a_list_comma_leave_the_plans_year_to_move(runner, tmp_path):
    """`2026年已完成设计、2027年完成布展` rolled from 2027 kept its 2027, told 说的是已经发生的事: the 已完成 of 2026's words,
    read back to the clause's start, made the year's plan past. A 、 after an earlier year's words ends them (a 、
    between clauses); one right after its date joins the two years (a 、 between years), read alike as before."""
    def edit(text):
        return text.replace("积极推进疫情防控，", "积极推进疫情防控，2022年已完成设计、2023年完成侨史馆布展，"
                            "2022年完成设计、2023年已完成布展，2022年、2023年已完成评估，", 1)

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert ("2022年已完成设计、2024年完成侨史馆布展，2022年完成设计、2023年已完成布展，2022年、2023年已完成评估，" in text)
    assert _noted(result.output, target, text, "2024年完成侨史馆", "YEAR-MOVED", "：原写 2023 年"), result.output


def test_a_list_that_yi_yu_opens_tells_each_of_its_items_as_done(runner, tmp_path):
    """`已于2026年3月完成设计、2027年6月完成布展` rolled from 2027 moved its 2027: 已于 was read right before the first date
    only. The 已于 that opens a list tells each of its items (joined by 、, 和, 及) as done; the 已 after an earlier year's
    date is that year's only, and a ，ends the list (the design done, the exhibition a plan)."""
    def edit(text):
        return text.replace("积极推进疫情防控，", "积极推进疫情防控，已于2022年3月完成设计、2023年6月完成布展，"
                            "已于2022年3月完成规划，2023年6月完成开馆，2022年已完成招标、2023年完成验收，", 1)

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert ("已于2022年3月完成设计、2023年6月完成布展，已于2022年3月完成规划，2024年6月完成开馆，"
            "2022年已完成招标、2024年完成验收，" in text)
    assert _noted(result.output, target, text, "2023年6月完成布展", "YEAR-KEPT",
                  "说的是已经发生的事，其中的 2023 年未改动"), result.output
    assert result.output.count("[YEAR-MOVED]") == 2, result.output


def test_a_clause_listing_many_years_is_read_without_a_call_for_each():
    """The words before a year joined to an earlier one were read by a call for each earlier year: a clause listing
    1000 years (`2023年、2023年、…`) raised RecursionError, a traceback. Read here with little room on the stack."""
    import inspect
    import sys

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 60)
    try:
        found = mentions("已于" + "2023年、" * 200 + "2023年完成设计、2023年完成布展")
    finally:
        sys.setrecursionlimit(limit)
    assert [m.kind for m in found] == ["past"] * 202


def test_a_past_span_of_the_year_keeps_both_its_years_and_is_noted_once(runner, tmp_path):
    """`已于2027年3月至2027年6月完成调研` rolled from 2027 became `已于2027年3月至2028年6月…`: 已于 was read right before the
    first year only. A survey done in the source's year is history in the new spec: the years joined to it as one span
    or list share the words before the first and stay, and a span of one year is noted once, the note quoting both."""
    def edit(text):
        return text.replace("积极推进疫情防控，", "积极推进疫情防控，已于2023年3月至2023年6月完成调研，已于2022年、2023年完成评估，", 1)

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert "已于2023年3月至2023年6月完成调研，已于2022年、2023年完成评估，" in text
    assert _noted(result.output, target, text, "2023年3月至", "YEAR-KEPT", "说的是已经发生的事，其中的 2023 年未改动"), result.output
    assert not _noted(result.output, target, text, "2023年6月", "YEAR-KEPT", ""), result.output
    assert _noted(result.output, target, text, "2023年完成评估", "YEAR-KEPT", "说的是已经发生的事，其中的 2023 年未改动"), result.output
    assert "[YEAR-MOVED]" not in result.output


def _noted(output: str, target: Path, text: str, at: str, code: str, why: str):
    """The line of `new --from`'s output noting the year at `at` in the new file's `text` (its place, `code`, the
    clause quoted), then `why` (a pattern); None when there is none."""
    line, column = locate(text, at)
    return re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[{code}\] 总体绩效目标：“[^”]*”{why}", output,
                     re.MULTILINE)


def test_years_that_name_a_document_or_a_start_stay_and_every_year_moved_or_left_is_listed(runner, tmp_path):
    """《2023年侨务工作要点》 became 《2024年侨务工作要点》, a document that may not exist, and 2023年以来 became 2024年以来,
    a start moved on a year, both silently: every year moved was unlisted. A year moves only where it reads as the
    spec's own year (巩固2023年成果, relative to it, moves by one; 制定《2023年度…》 is the year's own document); a
    document's name, a fixed start and the year before stay. Each year moved or left is listed where it is in
    the new file."""
    words = ("巩固2023年成果，落实《2023年侨务工作要点》，制定《2023年度党建工作计划》，2020年以来，2023年以来，自2023年起，"
             "巩固2022年成果，")
    source, result, target = _rolled_on(runner, tmp_path,
                                        lambda text: text.replace("积极推进疫情防控，", "积极推进疫情防控，" + words, 1))
    text = target.read_text(encoding="utf-8")
    assert ("巩固2024年成果，落实《2023年侨务工作要点》，制定《2024年度党建工作计划》，2020年以来，2023年以来，自2023年起，"
            "巩固2022年成果，") in text
    for at, code, why in (
            ("2024年成果", "YEAR-MOVED", "：原写 2023 年，已随预算年度改为 2024 年；请核对这里说的确实是新年度"),
            ("2023年侨务", "YEAR-KEPT", "中的 2023 年在书名号里，是已有文件名称的一部分，未改动；请核对新年度是否改用另一年的文件"),
            ("2024年度党建", "YEAR-MOVED", "：原写 2023 年，已随预算年度改为 2024 年"),
            ("2020年以来", "YEAR-KEPT", "中的 2020 年是起始的年份（自、从…开始、以来、起、至今），未改动；请核对"),
            ("2023年以来", "YEAR-KEPT", "中的 2023 年是起始的年份"),
            ("2023年起", "YEAR-KEPT", "中的 2023 年是起始的年份"),
            ("2022年成果", "YEAR-KEPT", "中的 2022 年不是源规格的年度 2023 年，未改动；请核对")):
        assert _noted(result.output, target, text, at, code, why), (at, result.output)
    assert result.output.count("[YEAR-MOVED]") == 2
    assert "改了 2 处（指标值 0 处，其他文字 2 处）；另有 5 处年份未改动；各处见上，请逐一核对" in result.output


def test_a_word_that_opens_with_qi_or_ends_in_zi_is_no_start_and_a_document_made_after_its_name_moves(runner, tmp_path):
    """起重机械, 起步 and 来自 were read as a fixed start (起, 自) and kept, told 起始的年份; 完成《2023年度工作计划》编制
    kept the year of the document the year's work makes, as 制定《…》 does not. 从2023年开始 is the start 自2023年起 is,
    kept with the same reason. A year moved is quoted to its clause's end, not cut inside its date."""
    words = ("完成2023年起重机械定期检验，2023年起步建设侨史馆二期，资金来自2023年省级专项补助，完成《2023年度工作计划》编制，"
             "从2023年开始实行新办法，自2023年起实行新办法，2023年12月31日前完成全部验收工作，")
    source, result, target = _rolled_on(runner, tmp_path,
                                        lambda text: text.replace("积极推进疫情防控，", "积极推进疫情防控，" + words, 1))
    text = target.read_text(encoding="utf-8")
    assert ("完成2024年起重机械定期检验，2024年起步建设侨史馆二期，资金来自2024年省级专项补助，完成《2024年度工作计划》编制，"
            "从2023年开始实行新办法，自2023年起实行新办法，2024年12月31日前完成全部验收工作，") in text
    for at in ("2023年开始", "2023年起实行"):
        assert _noted(result.output, target, text, at, "YEAR-KEPT",
                      "中的 2023 年是起始的年份（自、从…开始、以来、起、至今），未改动；请核对$"), (at, result.output)
    line, column = locate(text, "2024年12月31日")
    assert (f"{target}:{line}:{column}: 提示[YEAR-MOVED] 总体绩效目标：“…实行新办法，2024年12月31日前完成全部验收工作…”：原写 2023 年，"
            "已随预算年度改为 2024 年；请核对这里说的确实是新年度") in result.output
    assert result.output.count("[YEAR-MOVED]") == 5 and result.output.count("起始的年份") == 2


@pytest.mark.parametrize("written, moved", [("2023.6月底前", "2024.6月底前"), ("2023-6月底前", "2024-6月底前"),
                                           ("2023/06月前完成", "2024/06月前完成")])
def test_a_deadline_printed_with_a_dot_and_a_month_moves(runner, tmp_path, written, moved):
    """values.parse read 2023.6月底前 as a deadline, but new --from found no year in it: the year stayed 2023, without
    a YEAR-KEPT note, and lint's D7 failed the new spec."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=lambda text: text.replace('annual_value: "98%以上"',
                                                                                 f'annual_value: "{written}"', 1))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    assert f'annual_value: "{moved}"' in target.read_text(encoding="utf-8")
    assert "D7" not in [p.code for p in Linter().lint_file(target)]


def test_plans_that_mention_ji_ceng_or_le_in_passing_move(runner, tmp_path):
    """Any 已, 曾 or 了 in a clause made it one of what has happened: 为了, 除了 and 已立项项目 kept the plans below in
    2023 in the 2024 spec, each noted “说的是已经发生的事”."""
    plans = "2023年为了深化交流举办论坛；2023年底前完成已立项项目验收；2023年除了常规工作外还将举办年会，"
    source = _copy(GUANGZHOU, tmp_path / "specs",
                   edit=lambda text: text.replace("积极推进疫情防控，", "积极推进疫情防控，" + plans, 1))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "specs" / "guangzhou-tailian-2024.yaml").read_text(encoding="utf-8")
    assert plans.replace("2023", "2024") in text and "说的是已经发生的事" not in result.output


def test_a_document_numbers_year_is_left_and_not_listed(runner, tmp_path):
    """湛江's `湛办发〔2018〕23号` was listed as YEAR-KEPT with every year's new spec: a document number names a document
    already issued and never moves with the year. In 〔〕 or [], of any year, in a text or a comment, it is left as it
    is and not listed, nor counted among the years left; a year in round brackets still is."""
    def edit(text):
        return (text.replace("积极推进疫情防控，", "积极推进疫情防控，依据某办发〔2018〕23号、某发[2023]5号，较2022年增长，", 1)
                .replace("year: 2023", "year: 2023  # 依据某办发〔2019〕1号", 1))

    _, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert "依据某办发〔2018〕23号、某发[2023]5号，较2022年增长，" in text and "# 依据某办发〔2019〕1号" in text
    assert "YEAR-KEPT" in result.output and "2022年增长" in result.output  # the baseline is listed
    said = result.output.replace(str(tmp_path), "")  # pytest's temporary folder may be its 2018th (pytest-2018)
    assert not re.search(r"2018|2019|\[2023\]|文号", said), said
    assert "另有 1 处年份未改动" in result.output, result.output


def test_a_year_in_square_brackets_with_no_serial_number_after_it_is_still_listed(runner, tmp_path):
    """A document number is its year and then its serial number (`〔2018〕23号`); `[2023]年度重点` or `【2023】` as a
    heading is no document, yet every year in 〔〕, [] or 【】 was left out of the list, so a year the clerk had to
    look at was left unchanged without a word."""
    headed = "[2023]年度重点：", "【2023】工作安排，", "〔2023〕第5号文件，"
    _, result, target = _rolled_on(runner, tmp_path, lambda text: text.replace(
        "积极推进疫情防控，", "积极推进疫情防控，" + "".join(headed), 1))
    assert "".join(headed) in target.read_text(encoding="utf-8")
    kept = [said for said in result.output.splitlines() if "YEAR-KEPT" in said and "括号里的 2023 未改动" in said]
    assert len(kept) == 2, result.output  # the two headings; 〔2023〕第5号 is a document number
    assert "另有 2 处年份未改动" in result.output, result.output


def test_a_year_in_round_brackets_is_not_called_a_document_number(runner, tmp_path):
    """江苏's `办公设备购置费（2022）`, a project named with the year of its purchase, was listed as “像是文号或编号里的
    年份”; a document number is written in 〔〕 (checked above), a note in （）."""
    source = ROOT / "specs" / "jiangsu-taiban-2024.yaml"
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025", "-o", str(tmp_path) + "/"])
    assert result.exit_code == 0, result.output
    [kept] = [said for said in result.output.splitlines() if "YEAR-KEPT" in said]
    assert kept.endswith("的“项目名称”：“…设备购置费（2022）”中，括号里的 2022 未改动；请核对新年度是否仍写这一年"), kept


@pytest.mark.parametrize("text, found", [
    ("2023年度", [(2023, "year")]),
    ("2023 年", [(2023, "year")]),
    ("2023年12月31日前完成", [(2023, "year")]),
    ("2023-12-31前", [(2023, "year")]),
    ("2021-2025年规划", [(2021, "range")]),
    ("2023年至2025年", [(2023, "range")]),
    ("较2022年提高", [(2022, "baseline")]),
    ("同比2022年", [(2022, "baseline")]),
    ("与2022年同期相比", [(2022, "baseline")]),
    ("参与2023年度评选", [(2023, "year")]),
    ("某发〔2023〕5号", [(2023, "bracket")]),
    ("购置费（2022）", [(2022, "bracket")]),
    ("2000人次、1485平方米、2023.5万元、20231年", []),
    ("二〇二三年度", [(2023, "year")]),
    ("二零二三年十二月三十一日前", [(2023, "year")]),
    ("二○二三年", [(2023, "year")]),
    ("２０２３年１２月", [(2023, "year")]),
    ("２０２３－１２－３１前", [(2023, "year")]),
    ("二〇二一至二〇二五年规划", [(2021, "range")]),
    ("２０２１－２０２５年", [(2021, "range")]),
    ("较二〇二二年提高", [(2022, "baseline")]),
    ("某发〔２０２３〕5号", [(2023, "bracket")]),
    ("①2023年底前、三年行动、一二年级", [(2023, "year")]),  # runs of numerals not four long are no years
    ("２0２3年", [(2023, "year")]),  # digits of mixed writing: a year, listed rather than changed
    ("拟于2023年1月召开", [(2023, "year")]),  # a plan for the year moves with it
    ("2023年已完成换届", [(2023, "past")]), ("已于2023年3月建成", [(2023, "past")]),  # what has happened stays
    ("2023年完成了一期建设", [(2023, "past")]), ("截至2023年底已累计服务", [(2023, "past")]),
    ("2023年了解需求", [(2023, "year")]), ("2023年12月31日前完成，已有方案", [(2023, "year")]),
    ("2023Q3前", [(2023, "year")]), ("2023-Q3", [(2023, "year")]), ("2023.6底前", [(2023, "year")]),
    ("2023/06前", [(2023, "year")]), ("2023.6", []),  # as values.parse reads dates printed short
    ("2023.6月底前", [(2023, "year")]), ("2024-6月", [(2024, "year")]), ("2023/6月份", [(2023, "year")]),
    ("2023-1季度", [(2023, "year")]), ("2023.13月", []), ("2023/24学年", []),
    # a document already made keeps its name; one the year's work makes is the new year's
    ("落实《2023年侨务工作要点》", [(2023, "title")]), ("贯彻《关于2023年侨务工作的意见》", [(2023, "title")]),
    ("制定《2023年度党建工作计划》", [(2023, "year")]), ("制定并印发《２０２３年工作要点》", [(2023, "year")]),
    ("《要点》》2023年底前", [(2023, "year")]), ("《2023年要点\n2023年底前", [(2023, "title"), (2023, "year")]),
    # a fixed start
    ("2020年以来", [(2020, "since")]), ("2023年以来累计服务", [(2023, "since")]), ("自2023年起", [(2023, "since")]),
    ("2023年1月1日起施行", [(2023, "since")]), ("二〇二三年至今", [(2023, "since")]), ("2023年起草规划", [(2023, "year")]),
    ("2023年起重机械检验", [(2023, "year")]), ("2023年起步建设", [(2023, "year")]), ("2023年起点", [(2023, "year")]),
    ("从2023年开始实行", [(2023, "since")]), ("从2023年起", [(2023, "since")]), ("从2023年的情况看", [(2023, "year")]),
    ("资金来自2023年省级补助", [(2023, "year")]), ("各自2023年的任务", [(2023, "year")]), ("亲自2023年", [(2023, "year")]),
    ("自2023年1月1日施行", [(2023, "since")]), ("，自 2023 年", [(2023, "since")]),
    ("完成《2023年度工作计划》编制", [(2023, "year")]), ("做好《2023年工作要点》的起草", [(2023, "year")]),
    ("落实《2023年工作要点》，编制方案", [(2023, "title")]),
])
def test_what_counts_as_a_year(text, found):
    assert [(m.year, m.kind) for m in mentions(text)] == found


@pytest.mark.parametrize("text, kind", [
    # what has happened: 已/曾 right after the year or its date, right before it, or before a verb of something done
    ("2023年已完成换届", "past"), ("截至2023年底已累计服务", "past"), ("2023年3月曾举办年会", "past"),
    ("已于2023年3月建成", "past"), ("曾在2023年获得表彰", "past"), ("2023年我会已建成服务站", "past"),
    ("2023年完成了一期建设", "past"), ("2023年已将资金拨付到位", "past"), ("2023年已累计服务将近2000人次", "past"),
    ("2023年已完成模拟演练", "past"), ("2023年计划任务已完成", "past"), ("２０２３年已完成换届", "past"),
    ("2023年我会已全面完成换届", "past"), ("2023年我会已顺利召开代表大会", "past"), ("2023年全系统已全部建成", "past"),
    ("2023年我会已先后举办活动5场", "past"), ("2023年我会已推进侨务工作", "past"), ("2023年我会已走访侨胞", "past"),
    ("2023年我会推进了侨务工作", "past"), ("2023年我会已编制规划", "past"),
    # plans: 已/曾/了 in passing, a deadline, or words of a plan
    ("2023年为了深化交流举办论坛", "year"), ("2023年除了常规工作外还将举办年会", "year"), ("2023年了解需求", "year"),
    ("2023年底前完成已立项项目验收", "year"), ("2023年将巩固已有成果", "year"), ("2023年不得已调整计划", "year"),
    ("2023年6月底前已完成采购", "year"), ("2023年6月30日前完成了验收", "year"), ("拟于2023年1月召开", "year"),
    ("已于2023年立项并将于年底建成", "year"), ("2023年计划完成已启动项目", "year"), ("预计2023年已完成", "year"),
    ("2022年已完成换届，2023年召开年会", "year"),
    # a line break ends a clause as ，does: a year opening a line was read with the words of the line before
    ("2022年已完成换届\n2023年召开年会", "year"), ("拟召开年会\n2023年已完成换届", "past"),
    ("2023年推进侨务工作", "year"), ("2023年完成换届", "year"), ("2023年开展培训3次", "year"), ("2023年举办年会", "year"),
    ("2023年实现全覆盖", "year"), ("2023年建成平台", "year"), ("2023年达到95%", "year"), ("2023年组织调研", "year"),
    ("2023年落实政策", "year"), ("2023年启动项目", "year"), ("2023年全面推进侨务工作", "year"),
    ("2023年顺利召开代表大会", "year"), ("2023年计划推进改革", "year"), ("2023年推进已全面建成场馆运营", "year"),
    # 已 inside the object of the verb that opens the clause: a thing's state, not the clause's tense
    ("2023年推进已建成场馆运营", "year"), ("2023年继续做好已建成服务站管护", "year"), ("2023年加强已建成项目管理", "year"),
    ("2023年推进已建成场馆运营并已完成验收", "past"), ("2023年推进工作已完成", "past"), ("2023年推进了已建成场馆运营", "past"),
    ("2023年推进已完成", "past"), ("2023年推进已完成。", "past"), ("2023年做好已建成）", "past"),  # no object: the clause's tense
    # 已于 opening a list tells each item done; an earlier year's own 已 and a ，end its reach
    ("已于2022年3月完成设计、2023年6月完成布展", "past"), ("我会已经在2022年完成设计和2023年完成布展", "past"),
    ("已于2021年完成规划、2022年完成设计及2023年完成布展", "past"), ("已于2022年完成设计、2023年将完成布展", "year"),
    ("2022年已完成设计、2023年完成布展", "year"), ("已于2022年3月完成设计，2023年6月完成布展", "year"),
    ("已于2022年完成设计、2023年底前完成布展", "year"), ("已于2022年完成设计、计划2023年完成布展", "year"),
    ("2021年完成规划、已于2022年完成设计、2023年完成布展", "past"),
])
def test_a_clause_tells_what_has_happened_only_by_its_tense_words(text, kind):
    """Any 已, 曾 or 了 in the clause made it past (为了, 除了, 已立项项目, 已有成果, 不得已): plans kept their year.
    And 已 read only right before a done verb: `2023年我会已全面完成换届`, `已走访侨胞` moved to 2024, a false claim."""
    assert mentions(text)[-1].kind == kind


@pytest.mark.parametrize("text", ["2023年达成了三项合作意向", "2023年我会已落成侨史馆", "2023年基地已投入使用"])
def test_every_verb_of_a_thing_finished_tells_a_done_clause(text):
    """达成了, 已落成 left a past clause's year to be moved: the verbs of a thing done lacked those B6 reads as finished;
    both now read one vocabulary (done_verbs)."""
    assert mentions(text)[0].kind == "past"


@given(st.lists(st.sampled_from(["已", "曾", "了", "完成", "建成", "举办", "有", "立项", "为", "除", "解", "项目", "验收", "将"]),
                max_size=8).map("".join),
       st.sampled_from(["2023年底前", "2023年6月30日前", "2023年12月底之前", "拟于2023年", "2023年将", "2023年计划于"]))
def test_deadlines_and_plans_are_never_past(words, lead):
    """A deadline or a plan says what is to be done by then, whatever else its clause says."""
    assert [m.kind for m in mentions(lead + words)] == ["year"]


class _Searched:
    """A pattern that records how many characters each of its searches reads: from `pos` to `endpos`."""

    def __init__(self, pattern, read):
        self.pattern, self.read = pattern, read

    def search(self, text, pos=0, endpos=None):
        self.read.append((endpos if endpos is not None else len(text)) - pos)
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, *args):
        return self.pattern.match(*args)


def test_a_long_line_of_dates_is_read_with_searches_of_the_words_near_each_year(monkeypatch):
    """Each year's kind is read from the few words before it, not by searching all the text before it (lint took
    10 s on a 100 KB line of `2024年12月31日前完成，`, its time growing with the square of the length); the kinds
    stay those of a short line."""
    from generator import year_mentions
    read = []
    for name in ("_FROM", "_BASELINE", "_MADE", "_HEAD"):
        monkeypatch.setattr(year_mentions, name, _Searched(getattr(year_mentions, name), read))
    found = mentions("落实《2023年规划》，2024年12月31日前完成，" * 500)
    assert [m.kind for m in found[:4]] == ["title", "year"] * 2 and len(found) == 1000
    assert read and max(read) < 40


YEARS = st.integers(1000, 2999)
WRITINGS = ["2023", "２０２３", "二〇二三", "二零二三", "二○二三", "一九九九"]
ONE_WRITING = st.one_of(*(st.text(alphabet, min_size=4, max_size=4).filter(lambda d: ascii_shadow(d)[0] != "0")
                          for alphabet in ("0123456789", "０１２３４５６７８９", "〇一二三四五六七八九", "零一二三四五六七八九",
                                           "○一二三四五六七八九")))
PIECES = st.lists(st.sampled_from(["二〇二三", "２０２４", "2025", "二零二二", "年", "年度", "至", "-", "较", "〔", "〕", "－１２－３１",
                                   "十二月", "三", "一二", "①", "x", " ", "\n"]), max_size=12).map("".join)


@given(year=YEARS, like=st.sampled_from(WRITINGS))
def test_a_year_written_like_other_digits_is_in_their_writing_and_reads_as_the_year(year, like):
    written = written_like(year, like)
    assert len(written) == 4 and one_writing(written + like)
    assert ascii_shadow(written) == str(year)
    assert [(m.year, m.start, m.end, m.kind) for m in mentions(f"截至{written}年底")] == [(year, 2, 6, "year")]


@given(digits=ONE_WRITING)
def test_digits_of_one_writing_read_as_a_number_are_written_back_as_they_were(digits):
    assert written_like(int(ascii_shadow(digits)), digits) == digits


@given(text=st.one_of(PIECES, st.text(max_size=20)))
def test_a_mention_is_at_the_place_of_its_digits_in_the_text(text):
    assert len(ascii_shadow(text)) == len(text)
    for mention in mentions(text):
        digits = text[mention.start:mention.start + 4]
        assert ascii_shadow(digits) == str(mention.year)
        assert written_like(mention.year, digits) == digits or not one_writing(digits)


def test_years_in_full_width_digits_and_chinese_numerals_change_or_are_listed_in_their_writing(runner, tmp_path):
    def edit(text):
        return text.replace("积极推进疫情防控，", "积极推进疫情防控，二〇二三年度重点，二零二三年十二月底前完成，２０２３年１２月３１日前验收，"
                            "落实二〇二一至二〇二五年规划，较二〇二二年增长，依据某办发〔２０２３〕5号，２0２3年底前，", 1)

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert "二〇二四年度重点，二零二四年十二月底前完成，２０２４年１２月３１日前验收，落实二〇二一至二〇二五年规划，较二〇二二年增长，" \
           "依据某办发〔２０２３〕5号，２0２3年底前，" in text
    assert "改了 3 处（指标值 0 处，其他文字 3 处）；另有 3 处年份未改动；各处见上" in result.output
    for kept, why in (("二〇二一至", "是跨年度的期间"), ("二〇二二年增长", "是比较的基数"), ("２0２3年底前", "混用了全角和半角数字")):
        line, column = locate(text, kept)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[YEAR-KEPT\] 总体绩效目标：“[^”]*”(中的 \d+ 年?)?{why}",
                         result.output, re.MULTILINE), result.output


def test_the_date_a_form_was_filled_in_is_to_be_filled_in_again(runner, tmp_path):
    source = _copy(HENGYANG, tmp_path / "specs")
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2023"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "specs" / "hengyang-qiaolian-2023.yaml").read_text(encoding="utf-8")
    assert text.count(f"filled_date: {PLACEHOLDER}\n") == 2 and "年1月5日" not in text
    assert '"2023 年度。"' in text  # the indicator value in the year's column moves on
    # the project form's field is 填报日期: named 填表日期, the clerk looked for a field the form does not have
    assert "填表日期 1 处（第 111 行）、填报日期 1 处（第 159 行）改为“（请填写）”：请填上新的日期。" in result.output
    one = _copy(HENGYANG, tmp_path / "one", edit=lambda text: text.replace("filled_date: 2022 年 1 月 5 日", 'filled_date: ""'))
    result = runner.invoke(main, ["new", "--from", str(one), "--year", "2023"])
    assert "填表日期 1 处改为“（请填写）”（第 111 行）：请填上新的填表日期。" in result.output, result.output


def test_a_date_field_that_cannot_hold_the_placeholder_has_its_year_moved_on(runner, tmp_path):
    """A unit's own form whose dates must be digits: the placeholder would not validate, so the
    date's year moves on, the year before the source year to the year before the new one."""
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    defs = json.loads((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"))
    defs["$defs"]["date_text"]["pattern"] = r"^\d{4}"
    (schemas / "defs.schema.json").write_text(json.dumps(defs, ensure_ascii=False), encoding="utf-8")
    source = _copy(HENGYANG, tmp_path / "specs",
                   edit=lambda text: text.replace("filled_date: 2022年1月5日", "filled_date: 2021年12月5日"))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2023", "--schemas", str(schemas)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "hengyang-qiaolian-2023.yaml"
    text = target.read_text(encoding="utf-8")
    assert "filled_date: 2022年12月5日\n" in text and "filled_date: 2023 年 1 月 5 日\n" in text
    assert PLACEHOLDER not in text and "改为“（请填写）”" not in result.output
    line, column = locate(text, "2022年12月5日")
    assert (f"{target}:{line}:{column}: 提示[YEAR-MOVED] 部门整体支出绩效目标申报表 › 填表日期：“2022年12月5日”：原写 2021 年，已随预算年度"
            "改为 2022 年；请核对这里说的确实是新年度") in result.output
    checked = runner.invoke(main, ["validate", str(target), "--schemas", str(schemas)])
    assert checked.exit_code == 0, checked.output


def test_default_names_follow_the_source_or_the_unit(runner, tmp_path):
    folder = tmp_path / "specs"
    named = _copy(GUANGZHOU, folder)
    assert runner.invoke(main, ["new", "--from", str(named), "--year", "2024"]).exit_code == 0
    assert (folder / "guangzhou-tailian-2024.yaml").is_file()
    plain = _copy(GUANGZHOU, folder, "台联.yaml")
    assert runner.invoke(main, ["new", "--from", str(plain), "--year", "2025"]).exit_code == 0
    assert (folder / "广州市台湾同胞联谊会-2025.yaml").is_file()
    other = runner.invoke(main, ["new", "--from", str(named), "--year", "2024", "--unit", "另一个单位"])
    assert other.exit_code == 0, other.output
    assert "unit: 另一个单位\n" in (folder / "另一个单位-2024.yaml").read_text(encoding="utf-8")
    # -o a folder: named as beside the source (a unit's `zhanjiang-qiaolian-2024.yaml` got `湛江市…-2025.yaml`)
    out = tmp_path / "next"
    assert runner.invoke(main, ["new", "--from", str(named), "--year", "2026", "-o", str(out)]).exit_code == 0
    # outside any project its schema copy goes beside it (schema_line.project_root), not into the current folder
    assert [p.name for p in out.iterdir() if p.is_file()] == ["guangzhou-tailian-2026.yaml"]
    assert runner.invoke(main, ["new", "--from", str(plain), "--year", "2027", "-o", f"{out}/"]).exit_code == 0
    assert (out / "广州市台湾同胞联谊会-2027.yaml").is_file()
    assert runner.invoke(main, ["new", "--from", str(named), "--year", "2026", "-o", str(folder),
                                "--unit", "另一个单位"]).exit_code == 0
    assert (folder / "另一个单位-2026.yaml").is_file()
    chosen = tmp_path / "chosen.yaml"
    assert runner.invoke(main, ["new", "--from", str(named), "--year", "2026", "-o", str(chosen)]).exit_code == 0
    assert "year: 2026" in chosen.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, renamed", [
    ("某单位-二〇二三.yaml", "某单位-二〇二四.yaml"), ("某单位-二零二三年.yaml", "某单位-二零二四年.yaml"),
    ("某单位-２０２３.yaml", "某单位-２０２４.yaml"), ("某单位２０２３－二〇二三.yaml", "某单位２０２４－二〇二四.yaml"),
])
def test_a_default_name_keeps_the_years_writing(runner, tmp_path, name, renamed):
    """The texts' 二〇二三年 became 二〇二四年, but a name writing its year so held no year for the default name:
    the new spec was named 单位-2024.yaml instead of following the source's name."""
    source = _copy(GUANGZHOU, tmp_path, name)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / renamed).is_file(), sorted(p.name for p in tmp_path.iterdir())


def test_a_copy_into_another_folder_names_the_same_schema(runner, tmp_path):
    target = tmp_path / "elsewhere" / "x-2024.yaml"
    result = runner.invoke(main, ["new", "--from", str(GUANGZHOU), "--year", "2024", "-o", str(target)])
    assert result.exit_code == 0, result.output
    first = target.read_text(encoding="utf-8").splitlines()[0]
    named = first.split("$schema=", 1)[1]
    # outside any project: the form's schema copy beside it (schema_line.project_root), not jixiao's own by a path
    # only this machine has, and nothing written into the current folder
    assert named == "schema/guangzhou.schema.json" and (target.parent / named).is_file()


def test_an_existing_file_is_not_overwritten_without_force(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "specs")
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    target.write_text("我的草稿\n", encoding="utf-8")
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 1, result.output
    assert f"{target} 已存在；换一个文件名，或加 --force 覆盖（其中已做的修改会全部丢失，内容重新由 {source} 复制）" in result.output
    assert target.read_text(encoding="utf-8") == "我的草稿\n"
    assert runner.invoke(main, ["new", "--from", str(source), "--year", "2024", "--force"]).exit_code == 0
    assert "year: 2024" in target.read_text(encoding="utf-8")
    same = runner.invoke(main, ["new", "--from", str(source), "--year", "2024", "-o", str(source), "--force"])
    assert same.exit_code == 2 and "year: 2023" in source.read_text(encoding="utf-8")


def test_a_source_with_a_yaml_error_gets_validates_located_message(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=lambda text: text.replace("  basic: 610.85", "  basic：610.85"))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 1, result.output
    line, column = locate(source.read_text(encoding="utf-8"), "basic：")
    assert re.search(rf"^{re.escape(str(source))}:{line}:\d+: 错误\[YAML-SYNTAX\] .*“basic”（基本支出）后面是中文冒号", result.output, re.MULTILINE), result.output
    assert "Traceback" not in result.output and list((tmp_path / "specs").iterdir()) == [source]


@pytest.mark.parametrize("source", ["无.yaml", "."], ids=["missing", "folder"])
def test_a_source_that_cannot_be_read_is_not_told_to_be_corrected(runner, tmp_path, source):
    """A missing source was followed by 未生成新规格：请先改正 无.yaml 中的错误, which has nothing to correct."""
    missing = runner.invoke(main, ["new", "--from", str(tmp_path / source), "--year", "2024"])
    assert missing.exit_code == 1 and f"{tmp_path / source}: 错误[FILE-NOT-FOUND]" in missing.output
    assert len(missing.output.splitlines()) == 1, missing.output


@pytest.mark.parametrize("edit, codes", [
    (lambda text: text.replace("fiscal: 689.41", "fiscal: 689.40"), ["BUDGET-SUM"]),
    (lambda text: re.sub(r"(?m)^overall_target: .*\n", "", text), ["SCHEMA-REQUIRED"]),
    (lambda text: text.replace("  amount: 1.50\n", "  amount: 一万五\n"), ["SCHEMA-TYPE"]),
], ids=["totals", "required", "type"])
def test_a_source_with_errors_rolls_forward_with_the_same_errors_and_says_so(runner, tmp_path, edit, codes):
    """A spec validate rejects was rolled over in silence (exit 0, “核对、修改后运行 jixiao validate”), so the
    unit started the new year from last year's mistakes unawares. Nothing is lost: the new spec is written
    all the same, and the command says it carries errors and where to see them, exiting 1 as validate does."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=edit)
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 1, result.output
    found = [re.findall(r"错误\[([A-Z-]+)\]", runner.invoke(main, ["validate", str(path)]).output) for path in (source, target)]
    assert found[0] == found[1] == codes
    assert result.output.splitlines()[-1] == (f"已生成 {target}（由 {source} 转为 2024 年度，表样 guangzhou）；但 {source} "
                                              f"原有的错误照原样带了过来，新规格有 {len(codes)} 个错误："
                                              f"请运行 jixiao validate {target} 逐处查看并改正。")


@pytest.mark.parametrize("deadline, count", [
    ("2024年6月30日前开展台胞活动5次以上", 1),  # wrong in the 2023 source, right in the 2024 spec
    ("２０23年12月31日前开展台胞活动5次以上", 2),  # right in 2023, kept as typed (mixed widths), wrong in 2024
], ids=["fewer", "more"])
def test_errors_other_than_the_sources_are_not_said_to_be_carried(runner, tmp_path, deadline, count):
    """“原有的错误照原样带了过来” was said whenever the source had an error, though the new spec's were others."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=lambda text: text.replace("fiscal: 689.41", "fiscal: 689.40")
                   .replace('annual_value: "开展台胞活动5次以上"', f'annual_value: "{deadline}"'))
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 1, result.output
    found = [re.findall(r"错误\[([A-Z-]+)\]", runner.invoke(main, ["validate", str(path)]).output) for path in (source, target)]
    assert sorted(found[0]) != sorted(found[1]) and len(found[1]) == count, found
    assert result.output.splitlines()[-1] == (f"已生成 {target}（由 {source} 转为 2024 年度，表样 guangzhou）；但新规格有 {count} 个错误："
                                              f"请运行 jixiao validate {target} 逐处查看并改正。")


@pytest.mark.parametrize("out", [None, "specs/"])
def test_a_spec_of_the_unit_for_the_new_year_under_another_name_is_not_doubled(runner, tmp_path, monkeypatch, out):
    """A draft of the new year already in the folder under another name (written by hand, imported) was no
    obstacle, so the folder got a second spec of the form for the unit and year, and `jixiao build` then
    wrote two tables of one name (the second as “…-2”). It is named, and nothing is written without --force."""
    monkeypatch.chdir(tmp_path)
    source = _copy(GUANGZHOU, Path("specs"))
    draft = _copy(GUANGZHOU, Path("specs"), "台联2024年手写稿.yaml", lambda text: text.replace("year: 2023", "year: 2024"))
    _copy(GUANGZHOU, Path("specs"), "另一单位-2024.yaml",
          lambda text: text.replace("year: 2023", "year: 2024").replace("unit: 广州市台湾同胞联谊会", "unit: 另一单位"))
    args = ["new", "--from", str(source), "--year", "2024", *(["-o", out] if out else [])]
    result = runner.invoke(main, args)
    assert result.exit_code == 1, result.output
    assert f"{draft} 已是广州市台湾同胞联谊会 2024 年度的规格（表样 guangzhou）" in result.output
    assert "另一单位" not in result.output and "--force" in result.output
    assert sorted(p.name for p in Path("specs").iterdir()) == sorted([source.name, draft.name, "另一单位-2024.yaml"])
    forced = runner.invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    assert f"注意：{draft} 也是广州市台湾同胞联谊会 2024 年度的规格" in forced.output
    assert len(list(Path("specs").iterdir())) == 4
    named = runner.invoke(main, [*args[:5], "-o", "specs/第三稿.yaml"])  # a file named by its author: written, and told
    [told] = [said for said in named.output.splitlines() if said.startswith("注意：")]
    assert named.exit_code == 0 and str(draft) in told and "也是广州市台湾同胞联谊会 2024 年度的规格" in told, named.output


@pytest.mark.parametrize("args, said", [
    (["--year", "2023"], "与 .* 的预算年度相同"),
    (["--year", "2024", "--form", "guangzhou"], "--from 与 --form 不能同时使用"),
    ([], "缺少 --year"),
])
def test_usage_errors(runner, tmp_path, args, said):
    result = runner.invoke(main, ["new", "--from", str(GUANGZHOU), *args, "-o", str(tmp_path) + "/"])
    assert result.exit_code == 2 and re.search(said, result.output), result.output
    assert not list(tmp_path.iterdir())


def test_the_missing_year_is_asked_for_with_a_command_that_reads_a_path_with_a_space_as_one(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "my specs")
    result = runner.invoke(main, ["new", "--from", str(source)])
    assert result.exit_code == 2 and f'如 jixiao new --from "{source}" --year 2025' in result.output, result.output


def test_the_fmt_command_for_a_source_out_of_layout_reads_a_path_with_a_space_as_one(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "my specs", edit=lambda text: text.replace("unit: 广州市台湾同胞联谊会",
                                                                                     "unit: '广州市台湾同胞联谊会'"))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0 and f'可先运行 jixiao fmt "{source}"。' in result.output, result.output


def test_help_explains_from_in_chinese(runner):
    result = runner.invoke(main, ["new", "--help"])
    assert result.exit_code == 0 and "--from" in result.output and "由这份已有的规格生成" in result.output


def test_the_readme_tells_of_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count("jixiao new --from") >= 3  # the quick start, the command table, the review workflow


def _targets(path: Path) -> dict[tuple, dict]:
    """Every indicator row of a spec by its path, as jixiao reads it (through the form's indicator tables)."""
    data = load(path).data
    return dict(Catalog().get(data["form"]).indicator_rows(data))


YEAR_COLUMN = {"guangzhou": "annual_value", "jiangsu": "annual_value"}  # the others have one column, `value`


@pytest.mark.parametrize("source", SPECS, ids=[p.stem for p in SPECS])
def test_last_years_targets_become_the_new_years_prior_values(runner, source, tmp_path):
    year = _year(source) + 1
    result = runner.invoke(main, ["new", "--from", str(source), "--year", str(year), "-o", str(tmp_path) + "/"])
    assert result.exit_code == 0, result.output
    target = next(tmp_path.glob("*.yaml"))
    assert runner.invoke(main, ["validate", str(target)]).exit_code == 0
    assert runner.invoke(main, ["fmt", "--check", str(target)]).exit_code == 0
    before, after = _targets(source), _targets(target)
    column = YEAR_COLUMN.get(load(source).data["form"], "value")
    assert before.keys() == after.keys() and before
    for path, row in before.items():
        assert after[path]["prior_value"] == row[column], path  # as written, its year not moved
    assert f"上年指标值：填入 {len(before)} 项（{year - 1} 年度的指标值，各行的 prior_value），供 lint 的 D6 比较" in result.output
    # a clerk who replaces 95% by 90% everywhere lowers last year's target with this year's, and D6 sees nothing lowered
    assert "改指标值时请保留它不动（用“全部替换”改数字会把它一并改掉，D6 就比较不出来）。" in result.output


def test_prior_values_go_where_fmt_puts_them_and_comments_stay_where_they_were(runner, tmp_path):
    def edit(text):
        return (text.replace('    annual_value: "100%"\n', '    annual_value: "100%"  # 已完成\n  # 下面是活动类指标\n', 1)
                .replace('    annual_value: "开展台胞活动5次以上"', '    annual_value: ""')
                .replace('    annual_value: "达到目标值', f'    annual_value: "{PLACEHOLDER}"\n    x_note: "达到目标值')
                .replace('    annual_value: "90%以上"\n', '    annual_value: "90%以上"\n    prior_value: "85%以上"  # 2022年\n')
                + "# 表尾说明\n")

    source = _copy(GUANGZHOU, tmp_path / "specs", edit=edit)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 1 and "新规格有 1 个错误" in result.output, result.output  # x_note, unknown to the schema
    after = (tmp_path / "specs" / "guangzhou-tailian-2024.yaml").read_text(encoding="utf-8")
    before = source.read_text(encoding="utf-8").replace("year: 2023", "year: 2024")
    before = re.sub(r'x_note: "(.*)"', r"x_note: \1", before)  # as fmt writes a key the schema does not style
    for row in ("98%以上", "机关运作通畅，日常事故故障发生数2次以下", "在台胞中全面展示广州城市形象和对台工作成效有所提升"):
        before = before.replace(f'    annual_value: "{row}"\n', f'    annual_value: "{row}"\n    prior_value: "{row}"\n')
    assert _below_schema_line(after) == _below_schema_line(
        before.replace("  # 下面是活动类指标\n", '    prior_value: "100%"\n  # 下面是活动类指标\n')
        .replace('prior_value: "85%以上"', 'prior_value: "90%以上"')
        .replace('    annual_value: "台胞满意度90%以上"\n', '    annual_value: "台胞满意度90%以上"\n'
                                                          '    prior_value: "台胞满意度90%以上"\n'))
    assert "上年指标值：填入 6 项" in result.output  # neither the empty one nor the one still to be filled in


@pytest.mark.parametrize("typed, prior", [
    ('"90%以上\\n"', '"90%以上\\n"'), ("'90%以上\n\n  '", '"90%以上\\n"'), ("|\n      90%以上", "|\n      90%以上"),
], ids=["double-quoted", "single-quoted", "block"])
def test_a_target_typed_in_quotes_ending_in_a_line_break_is_its_prior_value_in_quotes_as_fmt_keeps_it(runner, tmp_path,
                                                                                                     typed, prior):
    """The forms print a quoted text's closing line break and not a `|` block's (block_ends), so fmt keeps such a
    text quoted; new --from copied it as the new spec's prior_value in a `|` block, not as the target was typed. It
    is double-quoted now, as fmt writes it; a target typed as a block is still a block."""
    _, _, target = _rolled_on(runner, tmp_path, lambda text: text.replace('    annual_value: "90%以上"\n',
                                                                          f"    annual_value: {typed}\n"))
    text = target.read_text(encoding="utf-8")
    assert f"\n    prior_value: {prior}\n  - level1: " in text, text
    assert [row["prior_value"] for row in load(target).data["indicators"] if row["annual_value"] == "90%以上\n"] \
        == ["90%以上\n"]
    assert runner.invoke(main, ["fmt", "--check", str(target)]).exit_code == 0


@pytest.mark.parametrize("source, old, lowered", [
    (GUANGZHOU, '  annual_value: "98%以上"', '  annual_value: "95%以上"'),
    (ROOT / "specs" / "tianjin-qiaolian-2023.yaml", '    value: "1485平方米"', '    value: "1400平方米"'),
])
def test_a_target_lowered_in_the_new_year_is_reported_by_lint(runner, tmp_path, source, old, lowered):
    year = _year(source) + 1
    target = tmp_path / f"next-{year}.yaml"
    assert runner.invoke(main, ["new", "--from", str(source), "--year", str(year), "-o", str(target)]).exit_code == 0

    def lowered_targets() -> list[tuple[int, int]]:
        linted = json.loads(runner.invoke(main, ["lint", str(target), "--format", "json"]).output)["problems"]
        return [(p["line"], p["column"]) for p in linted if p["code"] == "D6" and "比上年的" in p["message"]]

    assert lowered_targets() == []  # the same targets as last year: nothing lowered
    text = target.read_text(encoding="utf-8")
    assert text.count(old + "\n") == 1
    target.write_text(text.replace(old + "\n", lowered + "\n"), encoding="utf-8")
    line, column = locate(target.read_text(encoding="utf-8"), lowered)
    assert lowered_targets() == [(line, column + len(lowered) - len(lowered.lstrip().split(" ", 1)[1]))]


def test_targets_left_as_last_years_are_reported_by_lint_until_one_is_changed(runner, tmp_path):
    """A spec started from last year's and not edited passed validate and lint: last year's targets, word for
    word, went in as the new year's."""
    target = tmp_path / "gz-2024.yaml"
    assert runner.invoke(main, ["new", "--from", str(GUANGZHOU), "--year", "2024", "-o", str(target)]).exit_code == 0

    def copied():
        linted = json.loads(runner.invoke(main, ["lint", str(target), "--format", "json"]).output)["problems"]
        return [(p["line"], p["message"]) for p in linted if p["code"] == "D6" and "照搬了上年的目标" in p["message"]]

    text = target.read_text(encoding="utf-8")
    assert copied() == [(locate(text, "indicators:")[0], "绩效指标：全部 8 项指标值都与上年指标值一字不差，像是照搬了上年的目标；"
                                                          "请按 2024 年度的任务和预算逐项核定，至少调整确有变化的指标")]
    target.write_text(text.replace('annual_value: "98%以上"', 'annual_value: "99%以上"'), encoding="utf-8")
    assert copied() == []


@pytest.mark.parametrize("source, year, tables", [
    (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml", 2025, 1),  # 2024年12月31日前完成 → 2025年12月31日前完成
    (HENGYANG, 2023, 2),  # the second table's 2022 年度。 → 2023 年度。
])
def test_targets_whose_only_change_is_the_year_moved_on_are_reported_as_copied(runner, tmp_path, source, year, tables):
    """A table whose deadlines named the year escaped D6: new --from moved the year in the target, not in the
    prior value it had copied, so every such row counted as changed."""
    target = tmp_path / f"next-{year}.yaml"
    assert runner.invoke(main, ["new", "--from", str(source), "--year", str(year), "-o", str(target)]).exit_code == 0
    linted = json.loads(runner.invoke(main, ["lint", str(target), "--format", "json"]).output)["problems"]
    copied = [p["message"] for p in linted if p["code"] == "D6" and "照搬了上年的目标" in p["message"]]
    assert len(copied) == tables and any("除年份外一字不差" in message for message in copied), copied


def test_outside_jixiao_the_new_spec_names_a_schema_copy_and_it_is_written_as_jixiao_new_writes_it(runner, tmp_path,
                                                                                                   monkeypatch):
    """new --form wrote the editor's schema copy in a unit's repository; new --from did not, so the new spec's
    first line pointed nowhere and validate warned SCHEMA-LINE."""
    (tmp_path / ".git").mkdir()  # a unit's own repository, with jixiao installed elsewhere
    monkeypatch.chdir(tmp_path)
    _copy(GUANGZHOU, tmp_path / "specs")  # names ../schema/guangzhou.schema.json, which the project lacks
    result = runner.invoke(main, ["new", "--from", "specs/guangzhou-tailian-2023.yaml", "--year", "2024"])
    assert result.exit_code == 0, result.output
    assert "已写入 schema/guangzhou.schema.json（规格第一行指向的 schema，供编辑器补全和悬停说明；" \
           "请与规格一起提交到仓库" in result.output
    assert (tmp_path / "schema" / "guangzhou.schema.json").is_file()
    spec = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    assert spec.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/guangzhou.schema.json\n")
    checked = runner.invoke(main, ["validate", str(spec)])
    assert checked.exit_code == 0 and "SCHEMA-LINE" not in checked.output, checked.output
    again = runner.invoke(main, ["new", "--from", "specs/guangzhou-tailian-2023.yaml", "--year", "2024", "--force"])
    assert again.exit_code == 0 and "已写入" not in again.output  # an up-to-date copy is left alone


def test_the_clerk_is_told_the_money_and_targets_are_last_years_and_how_to_review(runner, tmp_path):
    """The command said what years it changed, but not that every amount and target was still last year's."""
    source = _copy(GUANGZHOU, tmp_path / "my specs")
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "my specs" / "guangzhou-tailian-2024.yaml"
    assert (f"金额和指标值照 2023 年度原样复制：请改为 2024 年度的预算数和目标；"
            f'改好后 jixiao diff "{source}" "{target}" 列出与上年相比改了哪些。') in result.output


def test_a_source_that_is_not_the_year_before_gives_no_prior_values(runner, tmp_path):
    result = runner.invoke(main, ["new", "--from", str(GUANGZHOU), "--year", "2025", "-o", str(tmp_path) + "/"])
    assert result.exit_code == 0, result.output
    assert "prior_value" not in next(tmp_path.glob("*.yaml")).read_text(encoding="utf-8")
    # it said nothing: the clerk took D6's silence for targets no lower than last year's
    assert ("上年指标值：未填入（源规格是 2023 年度的，不是 2024 年度的，不知道 2024 年度的指标值）；"
            "8 项指标请填上 2024 年度的目标") in result.output, result.output
    # diff compares the new spec with the 2023 one, not with last year's (2024)
    assert "列出与 2023 年相比改了哪些。" in result.output and "与上年相比" not in result.output, result.output


def test_a_form_without_prior_values_gets_none(runner, tmp_path):
    """A unit's form whose schema says `"prior_value": false` (it has no 上年指标值 column) got one in every
    indicator row all the same: the new spec failed validate with an SCHEMA-FALSE error a row."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    source = copy_variant("guangzhou", "own", templates, schemas, tmp_path / "specs" / "own-2023.yaml")
    schema = schemas / "own.schema.json"
    text = schema.read_text(encoding="utf-8")
    schema.write_text(re.sub(r'"prior_value": \{[^}]*\}', '"prior_value": false', text), encoding="utf-8")
    assert '"prior_value": false' in schema.read_text(encoding="utf-8")
    options = ["--templates", str(templates), "--schemas", str(schemas)]
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024", "-o", str(tmp_path) + "/", *options])
    assert result.exit_code == 0, result.output
    target = next(tmp_path.glob("*.yaml"))
    assert "prior_value" not in target.read_text(encoding="utf-8") and "上年指标值" not in result.output
    assert runner.invoke(main, ["validate", str(target), *options]).exit_code == 0


def test_comparing_the_years_lists_the_targets_changed_not_the_prior_values_filled_in(runner, tmp_path):
    """diff between last year's spec and the rolled one listed a 新增 上年指标值 for every indicator (56 for
    jiangsu), burying the targets the author did change."""
    source = ROOT / "specs" / "guangzhou-tailian-2023.yaml"
    target = tmp_path / "gz-2024.yaml"
    assert runner.invoke(main, ["new", "--from", str(source), "--year", "2024", "-o", str(target)]).exit_code == 0
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('annual_value: "100%"', 'annual_value: "98%"', 1), encoding="utf-8")
    result = runner.invoke(main, ["diff", str(source), str(target)])
    assert "上年指标值" not in result.output, result.output
    assert "“100%” → “98%”" in result.output


def _with_older_priors(text: str) -> str:
    """Three rows whose 2023 target is empty (written out, unfilled, left null) but which still hold a
    prior_value, the 2022 target."""
    return (text.replace('    annual_value: "100%"\n', '    annual_value: ""\n    prior_value: "≥95%"  # 2022年\n', 1)
            .replace('    annual_value: "98%以上"\n', f'    annual_value: "{PLACEHOLDER}"\n    prior_value: "98%以上"\n')
            .replace('    annual_value: "90%以上"\n', '    annual_value:\n    prior_value: "2022年底前85%以上"\n'))


def test_an_older_prior_value_is_emptied_and_listed_when_the_target_before_it_is_empty(runner, tmp_path):
    """A row whose target was left empty kept its prior_value, the target of two years back, and lint's D6
    then compared next year's target with it."""
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=_with_older_priors)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert result.exit_code == 1 and "新规格有 1 个错误" in result.output, result.output  # the null target, carried over
    target = tmp_path / "specs" / "guangzhou-tailian-2024.yaml"
    text = target.read_text(encoding="utf-8")
    assert re.search(r'    annual_value: ""\n    prior_value: "" +# 2022年\n', text)  # the comment stays with it
    assert f'    annual_value: "{PLACEHOLDER}"\n    prior_value: ""\n' in text
    assert '    annual_value: null\n    prior_value: ""\n' in text
    assert "≥95%" not in text and "85%以上" not in text and text.count('prior_value: "98%以上"') == 0
    places = [m.start(1) for m in re.finditer(r'prior_value: ("")', text)]
    assert len(places) == 3
    for start in places:
        line, column = text[:start].count("\n") + 1, start - text.rfind("\n", 0, start)
        assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[PRIOR-CLEARED\] 第 \d 个绩效指标的“上年指标值”："
                         r"2023 年度的指标值空着，原有的“[^”]+”是更早年度的目标，已清空；请填上 2023 年度的目标",
                         result.output, re.MULTILINE), result.output
    assert "上年指标值：清空 3 项（见上）" in result.output and "上年指标值：填入 5 项" in result.output
    assert not re.search(r"YEAR-KEPT\].*上年指标值", result.output)  # the 2022 of an emptied value is gone, not kept

    target.write_text(text.replace('    annual_value: ""\n', '    annual_value: "90%"\n', 1), encoding="utf-8")
    linted = json.loads(runner.invoke(main, ["lint", str(target), "--format", "json"]).output)["problems"]
    assert not [p for p in linted if p["code"] == "D6" and "比上年的" in p["message"]], linted  # not compared with 2022's ≥95%


def test_an_older_prior_value_is_emptied_and_listed_when_the_source_is_not_the_year_before(runner, tmp_path):
    source = _copy(GUANGZHOU, tmp_path / "specs",
                   edit=lambda text: text.replace('    annual_value: "90%以上"\n', '    annual_value: "90%以上"\n    prior_value: "85%以上"\n'))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "guangzhou-tailian-2025.yaml"
    text = target.read_text(encoding="utf-8")
    assert text.count("prior_value") == 1 and '    annual_value: "90%以上"\n    prior_value: ""\n' in text
    line, column = locate(text, 'prior_value: ""')
    column += len("prior_value: ")
    assert re.search(rf"^{re.escape(str(target))}:{line}:{column}: 提示\[PRIOR-CLEARED\] .*源规格是 2023 年度的，不是 2024 年度的，"
                     "原有的“85%以上”是更早年度的目标，已清空；请填上 2024 年度的目标", result.output, re.MULTILINE), result.output
    assert "上年指标值：清空 1 项" in result.output and "上年指标值：填入" not in result.output
    assert runner.invoke(main, ["validate", str(target)]).exit_code == 0


def test_a_comment_on_a_prior_value_line_that_is_replaced_is_listed_to_check(runner, tmp_path):
    """`prior_value: "95%"  # 上年实际` rolled on kept its comment after the source's target `100%`, unlisted: the new
    spec then called last year's target its actual result. A comment on a prior_value line whose value is replaced or
    emptied is listed with the old value and the new; one on a line left as it was (the target already typed) is not."""
    def edit(text):
        return (text.replace('    period_value: "100%"\n    annual_value: "100%"\n',
                             '    period_value: "100%"\n    annual_value: "100%"\n    prior_value: "95%"  # 上年实际\n', 1)
                .replace('    annual_value: "开展台胞活动5次以上"\n',
                         '    annual_value: ""\n    prior_value: "4次"  # 按上年完成数\n', 1)
                .replace('    annual_value: "98%以上"\n', '    annual_value: "98%以上"\n    prior_value: "98%以上"  # 已核对\n', 1))

    source, result, target = _rolled_on(runner, tmp_path, edit)
    text = target.read_text(encoding="utf-8")
    assert 'prior_value: "100%"  # 上年实际' in text and 'prior_value: ""  # 按上年完成数' in text
    for at, why in (("# 上年实际", "第 1 个绩效指标的“上年指标值”：原来“95%”后的注释“# 上年实际”照原样留在新填入的“100%”后，"
                                   "注释不随值改动；请核对它说的是否仍对，不对的请改写或删去"),
                    ("# 按上年完成数", "第 2 个绩效指标的“上年指标值”：原来“4次”后的注释“# 按上年完成数”照原样留在清空后的值后，")):
        line, column = locate(text, at)
        assert f"{target}:{line}:{column}: 提示[PRIOR-COMMENT] {why}" in result.output, (at, result.output)
    assert result.output.count("[PRIOR-COMMENT]") == 2 and "已核对" not in result.output


ZHANJIANG = ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml"


def test_years_moved_alike_are_one_line_that_names_every_place(runner, tmp_path):
    """湛江's four deadlines `2024年12月31日前完成` were four YEAR-MOVED lines alike but for their place: the line that
    differed was lost among them. One line at the first says the rows and every line they are on."""
    source = _copy(ZHANJIANG, tmp_path / "specs")
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "zhanjiang-qiaolian-2025.yaml"
    text = target.read_text(encoding="utf-8")
    lines = [number for number, line in enumerate(text.splitlines(), 1) if 'value: "2025年12月31日前完成"' in line]
    assert len(lines) == 4
    moved = [said for said in result.output.splitlines() if "[YEAR-MOVED]" in said]
    assert moved == [f"{target}:{lines[0]}:13: 提示[YEAR-MOVED] 第 14–17 个绩效指标的“指标值”"
                     f"（4 处：第 {'、'.join(map(str, lines))} 行）：“2025年12月31日前完成”：原写 2024 年，已随预算年度改为 2025 年；"
                     "请核对这里说的确实是新年度"], result.output
    assert "改了 4 处（指标值 4 处，其他文字 0 处）；各处见上" in result.output  # years counted, not lines
    assert "YEAR-KEPT" not in result.output  # 〔2018〕 of a document number is no year to check


def test_years_left_alike_are_one_line_too_and_counted_each(runner, tmp_path):
    """Kept years are put together as moved ones are, and the summary still counts each year left."""
    edit = lambda text: text.replace('value: "2024年12月31日前完成"', 'value: "较2023年12月31日提前完成"')  # noqa: E731
    source = _copy(ZHANJIANG, tmp_path / "specs", edit=edit)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    kept = [said for said in result.output.splitlines() if "比较的基数" in said]
    assert len(kept) == 1 and "第 14–17 个绩效指标的“指标值”（4 处：第 " in kept[0], result.output
    assert "另有 4 处年份未改动" in result.output


def test_fields_alike_but_in_more_than_one_number_are_each_named():
    from generator.rollover import _names_said

    assert _names_said(["第 1 个项目的第 3 个绩效指标", "第 2 个项目的第 3 个绩效指标", "第 3 个项目的第 3 个绩效指标"]) \
        == "第 1–3 个项目的第 3 个绩效指标"
    assert _names_said(["第 1 个项目的第 3 个绩效指标", "第 2 个项目的第 5 个绩效指标"]) \
        == "第 1 个项目的第 3 个绩效指标、第 2 个项目的第 5 个绩效指标"
    assert _names_said(["总体绩效目标", "第 2 个绩效目标"]) == "总体绩效目标、第 2 个绩效目标"


@pytest.mark.parametrize("typed, why", [
    ("24年12月31日前完成", "若是源规格的年度 2024 年，新年度请写全四位“2025年”"),
    ("２４年底前完成", "若是源规格的年度 2024 年，新年度请写全四位“２０２５年”"),
    ("23年12月31日前完成", "若是 2023 年，请写全四位“2023年”，并核对新年度是否仍写这一年"),
    ("２３年度完成", "若是 2023 年，请写全四位“２０２３年”，并核对新年度是否仍写这一年"),
])
def test_a_year_typed_with_two_digits_is_listed_with_why_it_stayed(runner, tmp_path, typed, why):
    """`24年12月31日前完成` got neither a move nor a note: the new spec kept last year's deadline silently, and validate
    and lint (which read four-digit years) never named it. Two digits may be a count of years, so it stays, listed."""
    source = _copy(ZHANJIANG, tmp_path / "specs",
                   edit=lambda text: text.replace('value: "2024年12月31日前完成"', f'value: "{typed}"', 1))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "zhanjiang-qiaolian-2025.yaml"
    text = target.read_text(encoding="utf-8")
    assert f'value: "{typed}"' in text
    line, column = locate(text, f'value: "{typed}"')
    digits = typed[:2]
    assert (f"{target}:{line}:{column + 8}: 提示[YEAR-KEPT] 第 14 个绩效指标的“指标值”：“{typed}”中的“{digits}年”只写了两位数字，"
            f"未改动：两位数字不一定是年份（“连续{digits}年”是年数），validate、lint 也只按四位数字的年份核对；{why}"
            ) in result.output, result.output
    assert "改了 3 处（指标值 3 处，其他文字 0 处）；另有 1 处年份未改动" in result.output


@pytest.mark.parametrize("typed", ["连续24年开展", "近20年来", "第24年", "24年以上", "23年完成", "12年"])
def test_two_digits_counting_years_are_no_year(runner, tmp_path, typed):
    source = _copy(ZHANJIANG, tmp_path / "specs",
                   edit=lambda text: text.replace('value: "2024年12月31日前完成"', f'value: "{typed}"', 1))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    assert result.exit_code == 0 and "两位数字" not in result.output, result.output


def test_new_from_says_no_place_to_start_from_when_the_data_as_a_whole_did_not_come_back(runner, tmp_path, monkeypatch):
    """A top-level field read back that the source lacks has no place in it: NEW-FROM-UNSAFE said （从这里起） of the
    whole file."""
    import generator.rollover as rollover

    source = ROOT / "specs" / "guangzhou-tailian-2023.yaml"
    written = rollover.canonical_text
    monkeypatch.setattr(rollover, "canonical_text", lambda *args: written(*args) + "added: 1\n")
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024", "-o", str(tmp_path / "a.yaml")])
    assert f"{source}: 错误[NEW-FROM-UNSAFE] 复制后读回的内容与原文件不符，未写出新规格" in result.output, result.output
    assert not (tmp_path / "a.yaml").exists()


def test_new_from_says_where_the_value_that_did_not_come_back_is(runner, tmp_path, monkeypatch):
    """NEW-FROM-UNSAFE said 1:1 of the source: it is said where the source holds the first value read back otherwise."""
    import generator.rollover as rollover

    source = ROOT / "specs" / "guangzhou-tailian-2023.yaml"
    written = rollover.canonical_text
    monkeypatch.setattr(rollover, "canonical_text", lambda *args: written(*args).replace("basic: 610.85", "basic: 610.86"))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024", "-o", str(tmp_path / "a.yaml")])
    line, column = locate(source.read_text(encoding="utf-8"), "610.85")
    assert f"{source}:{line}:{column}: 错误[NEW-FROM-UNSAFE] 复制后读回的内容与原文件不符（从这里起）" in result.output, result.output
    assert not (tmp_path / "a.yaml").exists()


@pytest.mark.parametrize("form, said", [("guangzhou", "已生成"), ("nosuch", "错误[FORM-UNKNOWN]")], ids=["rolled", "form-unknown"])
def test_the_forms_are_read_once_for_the_copy_and_its_check(runner, tmp_path, monkeypatch, form, said):
    """Its validator made a Catalog of its own, reading every schema again, though the command had read them."""
    from generator.variants import Catalog

    made = []
    init = Catalog.__init__
    monkeypatch.setattr(Catalog, "__init__", lambda self, *args, **kwargs: made.append(args) or init(self, *args, **kwargs))
    source = _copy(GUANGZHOU, tmp_path / "specs", edit=lambda text: text.replace("form: guangzhou", f"form: {form}"))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2024"])
    assert said in result.output and len(made) == 1, (made, result.output)


@pytest.mark.parametrize("holds", [True, False], ids=["with-specs", "empty"])
def test_a_folder_as_the_source_is_told_which_file_to_write_instead(runner, tmp_path, holds):
    """`new --from specs/` said 这是一个文件夹，不是规格文件 and stopped there: the clerk was told what was wrong,
    not what to write instead. One of its specs is named as the example, and the commands that take a folder."""
    folder = tmp_path / "specs"
    folder.mkdir()
    if holds:
        _copy(GUANGZHOU, folder, "gz-2023.yaml")
    result = runner.invoke(main, ["new", "--from", str(folder), "--year", "2024"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    example = f"其中一份规格的路径，如 {folder / 'gz-2023.yaml'}" if holds else "一份规格文件（.yaml）的路径"
    assert result.output == (f"{folder}: 错误[FILE-NOT-FOUND] 这是一个文件夹，不是规格文件；请写出{example}"
                             "（validate、lint、build、fmt 可以直接给文件夹，处理其中每一份规格）\n"), result.output


@pytest.mark.parametrize("year", ["2023", "2025"])
def test_a_prior_value_equal_to_the_target_is_listed_outside_next_years_spec(runner, tmp_path, year):
    """Only next year's spec of the old one gets its targets as 上年指标值 from new --from (none for a year skipped):
    one typed into a draft of the same year, or of a year skipped, equal to the old target was left out, and the draft
    of the same year said unchanged (`只改了格式或注释`, exit 0), though lint's D6 reads it."""
    source = ROOT / "specs" / "guangzhou-tailian-2023.yaml"
    text = source.read_text(encoding="utf-8").replace("year: 2023\n", f"year: {year}\n")
    draft = tmp_path / "draft.yaml"
    draft.write_text(text.replace('    annual_value: "100%"\n', '    annual_value: "100%"\n    prior_value: "100%"\n', 1),
                     encoding="utf-8")
    result = runner.invoke(main, ["diff", str(source), str(draft)])
    assert result.exit_code == 1, result.output
    assert "  新增  绩效指标 › 产出指标 › 数量指标 › 档案整理完成率：上年指标值  “100%”" in result.output, result.output


def test_a_new_unit_lists_every_text_still_naming_the_old_one(runner, tmp_path):
    """`--unit 衡阳市侨联` changed the unit field alone: each project's 填报单位（盖章） and 预算单位, printed on the form,
    kept 衡阳市归国华侨联合会 and nothing said so. Each text still naming the old unit is listed where it is, and the
    summary counts them; the new name holding the old one (某会 → 某会（本级）) is no mention of it."""
    source = _copy(HENGYANG, tmp_path / "specs", edit=lambda text: text.replace(
        "annual_target: 做好凝心聚力", "annual_target: 衡阳市归国华侨联合会（本级）做好凝心聚力", 1))
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2023", "--unit", "衡阳市侨联"])
    assert result.exit_code == 0, result.output
    target = tmp_path / "specs" / "衡阳市侨联-2023.yaml"
    text = target.read_text(encoding="utf-8")
    line, column = locate(text, "衡阳市归国华侨联合会\n    budget_unit")
    assert (f"{target}:{line}:{column}: 提示[UNIT-KEPT] 第 1 个项目绩效目标申报表的“填报单位（盖章）”、第 1 个项目绩效目标申报表的"
            f"“预算单位”（2 处：第 {line}–{line + 1} 行）：仍是原单位名称“衡阳市归国华侨联合会”，未改动；单位已改为“衡阳市侨联”，"
            "请核对这里是否也要改") in result.output
    line, column = locate(text, "annual_target: 衡阳市归国华侨联合会（本级）做好")
    assert re.search(rf"^{re.escape(str(target))}:{line}:\d+: 提示\[UNIT-KEPT\] [^：]*：“衡阳市归国华侨联合会（本级）做好凝心聚力[^”]*”中仍写着"
                     "原单位名称“衡阳市归国华侨联合会”", result.output, re.MULTILINE), result.output
    assert "单位改为“衡阳市侨联”，另有 3 处仍写着原单位名称“衡阳市归国华侨联合会”，见上，请核对。" in result.output
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2023", "--unit", "衡阳市归国华侨联合会（本级）",
                                  "-o", str(tmp_path / "other" / "x-2023.yaml")])
    assert result.exit_code == 0, result.output
    assert result.output.count("[UNIT-KEPT]") == 1 and "另有 2 处" in result.output
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2023", "--unit", "衡阳市归国华侨联合",
                                  "-o", str(tmp_path / "other" / "y-2023.yaml")])
    assert result.exit_code == 0, result.output
    assert "另有 3 处仍写着原单位名称“衡阳市归国华侨联合会”" in result.output, result.output  # the new name inside the old


@pytest.mark.parametrize("written, rolled, kept", [
    ("完成2024年基数调查", "完成2025年基数调查", False),
    ("较2024年基数上增长10%", "较2024年基数上增长10%", True),
])
def test_a_years_base_survey_moves_with_the_year_and_a_base_grown_on_is_kept(runner, tmp_path, written, rolled, kept):
    """`2024年基数调查` is a survey the year's plan makes, moved to the new year as its deadline is; only a 基数 that
    something is measured on (`2024年基数上增长`) is a baseline, kept and said so."""
    edit = lambda text: text.replace('name: 培训开展时间\n    value: "2024年12月31日前完成"',  # noqa: E731
                                     f'name: 培训开展时间\n    value: "{written}"', 1)
    source = _copy(ZHANJIANG, tmp_path / "specs", edit=edit)
    result = runner.invoke(main, ["new", "--from", str(source), "--year", "2025"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "specs" / "zhanjiang-qiaolian-2025.yaml").read_text(encoding="utf-8")
    assert f'name: 培训开展时间\n    value: "{rolled}"' in text, result.output
    assert (f"“{written}”中的 2024 年是比较的基数，未改动" in result.output) is kept, result.output
