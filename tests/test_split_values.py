"""A form that splits each indicator value into 指标性质, 指标值 and 计量单位 columns, supported by data alone.

The variant is the 湛江 form copied into a temporary folder with two more row columns (`nature`, `measure_unit`)
and its profile naming them (`lint.columns.comparator`, `lint.columns.unit`): lint, validate and diff read a row's
three cells as the one value a form of one value cell prints (generator/value_parts.py)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.filled_text import blank
from generator.value_parts import ValueParts

from .conftest import ROOT, locate

SPEC = "zhanjiang-qiaolian-2024.yaml"
EXTRA_COLUMNS = {
    "nature": {"type": "string", "title": "指标性质", "description": "指标值的比较方式：≥、≤ 或 =。", "enum": ["≥", "≤", "="],
               "x-jixiao-style": "double-quoted"},
    "measure_unit": {"$ref": "defs.schema.json#/$defs/text", "title": "度量单位", "description": "指标值的计量单位。"},
}


class Split:
    """The split-value copy of a shipped form, and a spec of it whose rows are edited by each test."""

    def __init__(self, root: Path, numeric: bool = False):
        self.templates, self.schemas = root / "templates", root / "schema"
        shutil.copytree(ROOT / "templates" / "zhanjiang", self.templates / "split")
        profile = self.templates / "split" / "profile.yaml"
        text = profile.read_text(encoding="utf-8")
        profile.write_text(text.replace("\nlint:\n", "\nlint:\n  columns: {comparator: nature, unit: measure_unit}\n", 1),
                           encoding="utf-8")
        schema = json.loads((ROOT / "schema" / "zhanjiang.schema.json").read_text(encoding="utf-8")
                            .replace("zhanjiang", "split"))
        row = schema["properties"]["indicators"]["items"]
        row = schema["$defs"][row["$ref"].rsplit("/", 1)[-1]] if "$ref" in row else row
        row["properties"].update(EXTRA_COLUMNS)
        if numeric:
            row["properties"]["value"] = {"type": ["number", "null"], "title": "指标值", "description": "指标值的数字。",
                                          "x-jixiao-kind": "indicator-value"}
        self.schemas.mkdir()
        (self.schemas / "split.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")
        self.spec = root / "specs" / "split.yaml"
        self.spec.parent.mkdir()
        self.text = (ROOT / "specs" / SPEC).read_text(encoding="utf-8").replace("zhanjiang", "split")
        self.write()

    def row(self, name: str, old: str, value: str, nature: str | None, unit: str | None) -> None:
        """Write the row named `name` (whose value reads `old`) as split cells."""
        before = f"    name: {name}\n    value: \"{old}\"\n"
        assert before in self.text, before
        after = f"    name: {name}\n    value: {value}\n"
        if nature is not None:
            after += f"    nature: \"{nature}\"\n"
        if unit is not None:
            after += f"    measure_unit: \"{unit}\"\n"
        self.text = self.text.replace(before, after, 1)
        self.write()

    def write(self, path: Path | None = None) -> Path:
        (path or self.spec).write_text(self.text, encoding="utf-8")
        return path or self.spec

    def run(self, runner, command: str, *args: str):
        return runner.invoke(main, [command, *args, "--templates", str(self.templates), "--schemas", str(self.schemas)])


@pytest.fixture
def split(tmp_path) -> Split:
    return Split(tmp_path)


def _at(result, text: str, needle: str) -> list[str]:
    """The output lines located at the line of `needle` in the spec's text."""
    line = locate(text, needle)[0]
    return [out for out in result.output.splitlines() if f"split.yaml:{line}:" in out]


def test_lint_reads_a_split_value_whole_and_warns_nothing_of_its_filled_cells(runner, split):
    split.row("侨务接待次数", "18次", '"18"', "≥", "次")
    split.row("华侨满意度", "100%", '"95"', "≥", "%")
    result = split.run(runner, "lint", str(split.spec))
    assert result.exit_code in (0, 1), result.output
    for needle in ('value: "18"', 'value: "95"', 'measure_unit: "次"', 'measure_unit: "%"'):
        assert _at(result, split.text, needle) == [], result.output


def test_lint_finds_a_wrong_comparator_in_its_own_column(runner, split):
    split.row("培训支出", "预算控制98%以内", '"15"', "≥", "万元")
    result = split.run(runner, "lint", str(split.spec))
    found = "\n".join(_at(result, split.text, 'nature: "≥"\n    measure_unit: "万元"'))
    assert "[B5]" in found and "[C2]" in found and "“≥15万元”" in found, result.output
    assert "“指标性质”" in found and "请写成 ≤" in found and "≤15万元" not in found.split("请写成")[-1], found


def test_lint_warns_of_a_comparator_in_the_value_that_disagrees_with_its_column(runner, split):
    """`value: "≥15"` beside `nature: "≤"` prints as `≤ | ≥15` and was read as ≥ silently (a cost's ≥ then sent
    the author to write ≤ in the 指标性质 column that already says ≤). B3 tells it at the value, naming both
    columns; the direction rules leave that cell to it, and a comparator that agrees with its column is no clash."""
    split.row("培训支出", "预算控制98%以内", '"≥15"', "≤", "万元")
    split.row("华侨满意度", "100%", '"≥95"', "≤", "%")
    split.row("侨务接待次数", "18次", '"≥18"', "≥", "次")
    result = split.run(runner, "lint", str(split.spec))
    for needle in ('"≥15"', '"≥95"'):
        line, column = locate(split.text, needle)
        found = [out for out in result.output.splitlines() if f"split.yaml:{line}:{column}: 警告[B3]" in out]
        assert len(found) == 1, result.output
        assert "“指标值”栏" in found[0] and "“指标性质”栏的“≤”不一致" in found[0] and "按“指标值”栏的“≥”读" in found[0]
        assert "请删去“指标值”栏里的比较符" in found[0], found
        assert _at(result, split.text, needle + '\n    nature: "≤"') == found, result.output  # nothing else there
    assert not _at(result, split.text, 'nature: "≤"\n    measure_unit: "万元"'), result.output  # no B5, C2 at ≤
    assert _at(result, split.text, '"≥18"') == [], result.output


def test_a_clash_silenced_on_its_line_leaves_the_direction_rules_standing(runner, split):
    """B5 and C2 stood aside on a clashing cell whenever B3 was enabled for the spec, so `# jixiao: disable=B3` on
    the value silenced them too: the author kept the cell's ≥ on a cost row, and nothing said a cost is a cap. They
    stand aside only where B3's clash finding is shown, as with B3 disabled in the project."""
    split.row("培训支出", "预算控制98%以内", '"≥15"  # jixiao: disable=B3', "≤", "万元")
    result = split.run(runner, "lint", str(split.spec))
    line = locate(split.text, '"≥15"')[0]
    assert not [out for out in result.output.splitlines() if f"split.yaml:{line}:" in out and "[B3]" in out], result.output
    found = "\n".join(_at(result, split.text, 'nature: "≤"\n    measure_unit: "万元"'))
    assert "[B5]" in found and "[C2]" in found and "“≥15万元”" in found, result.output
    assert "LINT-UNUSED-DISABLE" not in result.output, result.output


def test_lint_points_a_missing_unit_at_the_unit_column(runner, split):
    split.row("培训支出", "预算控制98%以内", '"15"', "≤", "")
    result = split.run(runner, "lint", str(split.spec))
    found = "\n".join(_at(result, split.text, 'measure_unit: ""'))
    assert "[C1]" in found and "“度量单位”" in found and "如 ≤15万元" not in found, result.output


def test_a_numeric_value_column_is_filled(runner, tmp_path):
    split = Split(tmp_path, numeric=True)
    split.row("侨务接待次数", "18次", "18", "≥", "次")
    result = split.run(runner, "lint", str(split.spec))
    assert _at(result, split.text, "value: 18\n") == [], result.output
    assert not blank(8) and not blank(0) and blank(None) and blank("（请填写）")


def test_validate_hints_the_number_alone_for_a_bare_number_in_a_split_value(runner, split):
    split.row("华侨满意度", "100%", "95", "≥", "%")
    result = split.run(runner, "validate", str(split.spec))
    found = "\n".join(_at(result, split.text, "value: 95\n"))
    assert '请加上双引号写成 "95"' in found and "“指标性质”栏" in found and "“度量单位”栏" in found, result.output
    assert "≥95%" not in found, found


def test_diff_marks_a_split_target_lowered(runner, split):
    split.row("侨务接待次数", "18次", '"18"', "≥", "次")
    old = split.write(split.spec.with_name("old.yaml"))
    split.text = split.text.replace('value: "18"', 'value: "12"', 1)
    split.write()
    result = split.run(runner, "diff", str(old), str(split.spec))
    assert result.exit_code == 1 and "“18” → “12”（目标降低）" in result.output, result.output


@pytest.mark.parametrize("old_nature, mark", [("≥", "（比较方向改变：≥ 改为 ≤）（目标降低）"), ("=", "（目标降低）")])
def test_diff_marks_a_split_comparator_turned_into_a_cap(runner, split, old_nature, mark):
    """指标性质 turned from ≥ (or =) to ≤ beside an unchanged 95 of a satisfaction rate was a plain 修改 of the
    column: the floor the target held is gone, 目标降低 on the comparator's edit, and a floor turned into a cap is
    noted as such."""
    split.row("华侨满意度", "100%", '"95"', old_nature, "%")
    old = split.write(split.spec.with_name("old.yaml"))
    split.text = split.text.replace(f'value: "95"\n    nature: "{old_nature}"', 'value: "95"\n    nature: "≤"', 1)
    split.write()
    result = split.run(runner, "diff", str(old), str(split.spec))
    assert result.exit_code == 1 and f"“{old_nature}” → “≤”{mark}" in result.output, result.output


@pytest.mark.parametrize("unit, old_nature, new_nature, value, line, summary", [
    ("次", None, "≤", "18", "“≤”（目标降低）", "新增 1 处（其中目标降低 1 处）"),
    ("万元", None, "≥", "15", "“≥”（成本上限提高）", "新增 1 处（其中成本上限提高 1 处）"),
    ("次", "≥", None, "18", None, None),  # a floor made exact asks no less
])
def test_diff_judges_a_split_target_whose_comparator_cell_was_filled_or_emptied(runner, split, unit, old_nature,
                                                                                 new_nature, value, line, summary):
    """An empty 指标性质 filled in (`18` beside nothing → beside ≤) was a 新增 never judged: only a changed or removed
    part made diff read the row's whole target. `18次` → `≤18次` of a count keeps no floor, as in a form of one cell."""
    name = "侨务接待次数" if unit == "次" else "培训支出"
    old_value = "18次" if unit == "次" else "预算控制98%以内"
    split.row(name, old_value, f'"{value}"', old_nature, unit)
    old = split.write(split.spec.with_name("old.yaml"))
    nature = f'    nature: "{old_nature}"\n' if old_nature else ""
    filled = f'    nature: "{new_nature}"\n' if new_nature else ""
    split.text = split.text.replace(f'value: "{value}"\n{nature}', f'value: "{value}"\n{filled}', 1)
    split.write()
    result = split.run(runner, "diff", str(old), str(split.spec))
    assert result.exit_code == 1, result.output
    lines = [out for out in result.output.splitlines() if "指标性质" in out]
    assert len(lines) == 1 and (lines[0].endswith(line) if line else "（" not in lines[0]), result.output
    assert (summary in result.output) if summary else ("（其中" not in result.output), result.output


def test_diff_marks_the_comparator_that_turned_not_the_number_beside_it(runner, split):
    """`18` → `20` with 指标性质 `=` → `≤` of a count showed “18” → “20”（目标降低）, reading as if 20 were below 18:
    the target is lower because the floor is gone, so the mark is on the comparator's line; a number lowered beside
    a comparator that stays the measure's way is still marked on the number."""
    split.row("侨务接待次数", "18次", '"18"', "=", "次")
    old = split.write(split.spec.with_name("old.yaml"))
    split.text = split.text.replace('value: "18"\n    nature: "="', 'value: "20"\n    nature: "≤"', 1)
    split.write()
    result = split.run(runner, "diff", str(old), str(split.spec))
    assert result.exit_code == 1, result.output
    assert [out.split("侨务接待次数：")[1] for out in result.output.splitlines() if "侨务接待次数：" in out] == [
        "指标值  “18” → “20”", "指标性质  “=” → “≤”（目标降低）"], result.output
    split.text = split.text.replace('value: "20"\n    nature: "≤"', 'value: "12"\n    nature: "≥"', 1)
    split.write()
    result = split.run(runner, "diff", str(old), str(split.spec))
    assert [out.split("侨务接待次数：")[1] for out in result.output.splitlines() if "侨务接待次数：" in out] == [
        "指标值  “18” → “12”（目标降低）", "指标性质  “=” → “≥”"], result.output
    assert "修改 2 处（其中目标降低 1 处）" in result.output, result.output


def test_markdown_says_a_target_weakened_by_a_part_added(runner, split):
    """Markdown put an added change's word in no cell: a 指标性质 filled in that lowered the target read as plain."""
    split.row("侨务接待次数", "18次", '"18"', None, "次")
    old = split.write(split.spec.with_name("old.yaml"))
    split.text = split.text.replace('value: "18"\n', 'value: "18"\n    nature: "≤"\n', 1)
    split.write()
    result = split.run(runner, "diff", str(old), str(split.spec), "--format", "markdown")
    assert "<b>目标降低</b>" in result.output, result.output


@pytest.mark.parametrize("numeric", [False, True])
def test_new_from_copies_a_split_target_whole_as_the_prior_value(runner, tmp_path, numeric):
    """`new --from` copied the value cell alone (`8`) into prior_value, so D6 read last year's number without its
    comparator and unit, and a number typed bare (`value: 8`) not at all: the prior value is the target read whole."""
    split = Split(tmp_path, numeric=numeric)
    split.row("开展会议场次", "8次", "8" if numeric else '"8"', "≥", "场")
    target = split.spec.with_name("next.yaml")
    result = split.run(runner, "new", "--from", str(split.spec), "--year", "2025", "-o", str(target))
    assert result.exit_code == (1 if numeric else 0), result.output  # numeric: the copy's text values carried over
    text = target.read_text(encoding="utf-8")
    assert f'name: 开展会议场次\n    value: {"8" if numeric else chr(34) + "8" + chr(34)}\n    prior_value: "≥8场"\n' in text, text
    if numeric:
        return  # its other rows' text values are errors there: lint stops at the schema
    target.write_text(text.replace('value: "8"\n    prior_value: "≥8场"', 'value: "6"\n    prior_value: "≥8场"', 1),
                      encoding="utf-8")
    result = split.run(runner, "lint", str(target))
    assert "[D6]" in result.output and "“≥6场”比上年的“≥8场”低" in result.output, result.output


@pytest.mark.parametrize("item, whole", [
    ({"value": "8", "nature": "≥", "unit": "场"}, "≥8场"),
    ({"value": "≥15万元", "nature": "≤", "unit": "万元"}, "≥15万元"),  # the cell's own parts win, never doubled
    ({"value": "及时", "nature": "=", "unit": "%"}, "及时"),  # no unit after words
    ({"value": "95", "nature": "定性", "unit": "%"}, "95%"),  # no comparator from a nature that is none
    ({"value": 8, "nature": "＞", "unit": "次"}, ">8次"),  # a number as typed, a full-width comparator folded
    ({"value": "（请填写）", "nature": "≥", "unit": "场"}, "（请填写）"),  # a blank stays blank
    ({"value": "95以上", "nature": "定性", "unit": "%"}, "95%以上"),  # the unit follows the number, not the words
    ({"value": "每季度1", "nature": "≥", "unit": "次"}, "每季度≥1次"),  # the comparator goes before the number
])
def test_value_parts_compose_the_printed_value(item, whole):
    assert ValueParts("nature", "unit").whole(item, "value") == whole
    assert ValueParts().whole(item, "value") == item["value"]


def test_b3_asks_the_comparator_column_for_the_one_that_reads_on_a_fall(runner, split):
    """A 变动率 whose value cell keeps the words of a fall (`压减5` beside `%`) is told ≥ in the 指标性质 column: the
    form prints 压减≥5%, a cut of at least 5% (≤-5%), where the ≤ a signed number takes would print 压减≤5%."""
    before = '    name: 侨务接待次数\n    value: "18次"\n'
    assert before in split.text
    split.text = split.text.replace(before, '    name: “三公经费”变动率\n    value: "压减5"\n    measure_unit: "%"\n', 1)
    split.write()
    result = split.run(runner, "lint", str(split.spec))
    found = [out for out in result.output.splitlines() if "[B3]" in out and "“三公经费”变动率" in out]
    assert len(found) == 1 and "“指标性质”" in found[0] and found[0].endswith("请写成 ≥ 或 ="), result.output


def test_an_empty_unit_column_is_told_the_unit_the_name_counts_in(runner, split):
    """A bare 18 beside an empty 计量单位 of 侨务接待次数 was told to write 次、人、%、个月; the name says 次, and on this
    form it goes in the unit's own column, not typed into 指标值 as `18次`."""
    split.row("侨务接待次数", "18次", '"18"', "≥", "")
    result = split.run(runner, "lint", str(split.spec))
    found = [out for out in _at(result, split.text, 'measure_unit: ""') if "[B3]" in out]
    assert len(found) == 1 and "以“次”计，请在这一栏写 次" in found[0], result.output


@pytest.mark.parametrize("value, unit, told", [
    ("2024年12月31日前完成", "日期", None), ("2024年12月31日前完成", "时间", None), ("2024年12月31日前完成", "年月日", None),
    ("2024年12月31日前完成", "-", None), ("2024年12月31日前完成", "无", None), ("每月10日前", "日期", None),
    ("每月10日前", "/", None), ("2024年12月31日前完成", "年", None),
    ("2024年12月31日前完成", "%", "%"), ("2024年12月31日前完成", "次", "次"), ("每月10日前", "天", "天"),
])
def test_a_deadline_beside_a_unit_column_of_no_numbers_unit_is_what_was_asked(runner, split, value, unit, told):
    """A 时效 row's 计量单位 cell filled with 日期, 时间, a dash or 无 beside `2024年12月31日前完成` drew B3 “是期限，与指标规定的
    单位“日期”不一致” (`每月10日前` did before dates were told too): those words declare no number's unit, and a
    deadline is what the row asks. A unit a number is read with (%, 次, 天) is still told."""
    split.row("培训开展时间", "2024年12月31日前完成", f'"{value}"', None, unit)
    result = split.run(runner, "lint", str(split.spec))
    said = [out.split("的“指标值”：")[-1] for out in _at(result, split.text, f'value: "{value}"\n    measure_unit') if "[B3]" in out]
    assert said == ([] if told is None else [f"“{value}”是期限，与指标规定的单位“{told}”不一致"]), result.output
