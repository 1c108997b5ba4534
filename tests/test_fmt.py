"""jixiao fmt: one canonical layout; comments kept, data unchanged, idempotent (also under generated edits, and
for specs typed as people type them)."""
from __future__ import annotations

import copy
import functools
import errno
import io
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.cli import main
from generator.fmt import Formatter, Verbatim, canonical_yaml
from generator.fmt_check import differences, rewritten_whole
from generator.han import HAN
from generator.help_format import width
from generator.load import load_text

from .conftest import ROOT, SPECS, locate
from .test_fuzz import FUZZ, mutated_specs

GZ = "guangzhou-tailian-2023.yaml"


def data_of(text: str) -> str:
    """The data as jixiao reads it, comparable exactly (amounts keep their typed precision)."""
    spec = load_text("x.yaml", text)
    assert spec.data is not None, spec.problems
    return json.dumps(spec.data, default=lambda d: f"Decimal:{d}", sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def formatter():
    return Formatter()


def fmt(formatter, text: str) -> str:
    result = formatter.format_spec(load_text("x.yaml", text))
    assert result.problems == []
    return result.after


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_the_example_specs_are_in_canonical_form(runner, spec):
    result = runner.invoke(main, ["fmt", "--check", str(spec)])
    assert result.exit_code == 0, result.output


def test_fmt_puts_a_messy_spec_into_the_canonical_layout(formatter):
    messy = (
        "# yaml-language-server: $schema=../schema/guangzhou.schema.json\n"
        "unit: 'x单位'   # 单位\n"
        "form: guangzhou\n"
        "year: 2023\n"
        "budget:\n"
        "    project: 78.56\n"
        "    basic: 0.00\n"
        "    other_funds: ~\n"
        "\n"
        "indicators:\n"
        "    -   name: 补助发放及时率\n"
        "        annual_value: 98%以上\n"
        "        level1: 产出指标\n"
        "        period_value: '≥98%'\n"
        "        level2: 时效指标\n"
        "overall_target: \"第一段\\n第二段\\n\"\n"
    )
    assert fmt(formatter, messy) == (
        "# yaml-language-server: $schema=../schema/guangzhou.schema.json\n"
        "form: guangzhou\n"
        "year: 2023\n"
        "unit: x单位   # 单位\n"
        "budget:\n"
        "  basic: 0.00\n"
        "  project: 78.56\n"
        "  other_funds: null\n"
        'overall_target: "第一段\\n第二段\\n"\n'  # not a `|` block: the forms print a quoted text's closing break
        "\n"
        "indicators:\n"
        "  - level1: 产出指标\n"
        "    level2: 时效指标\n"
        "    name: 补助发放及时率\n"
        '    period_value: "≥98%"\n'
        '    annual_value: "98%以上"\n'
    )


def test_comment_lines_take_the_indent_of_the_line_below_but_text_in_a_block_stays(formatter):
    typed = (
        "form: guangzhou\n"
        "budget:\n"
        "      # 基本支出（缩进打多了）\n"
        "  basic: 2.00\n"
        "overall_target: |\n"
        "  # 第一段是文字\n"
        "  第二段\n"
        "  # 也是文字\n"
        "# 末尾的注释\n"
    )
    # only the misindented comment moves; lines of the | block stay text, the last comment stays put
    assert fmt(formatter, typed) == typed.replace("      # 基本支出", "  # 基本支出")


def test_comments_stay_above_the_keys_they_explain_when_keys_are_reordered(formatter):
    typed = (
        "# 广州示例（草稿）\n"
        "year: 2023\n"
        "# 表样：广州\n"
        "form: guangzhou\n"
        "unit: x单位  # 简称\n"
        "budget:\n"
        "  project: 1.50\n"
        "  # 基本支出含人员经费\n"
        "  basic: 2.00\n"
        "\n"
        "# 以下为绩效指标\n"
        "indicators:\n"
        "- level2: 数量指标  # 二级\n"
        "  # 一级按国家框架\n"
        "  level1: 产出指标\n"
        "- name: 第二项\n"
        "  # 第二项的一级\n"
        "  level1: 效益指标\n"
        "# 2024 年新增\n"
        "overall_target: 目标\n"
    )
    assert fmt(formatter, typed) == (
        "# 广州示例（草稿）\n"
        "# 表样：广州\n"
        "form: guangzhou\n"
        "year: 2023\n"
        "unit: x单位  # 简称\n"
        "budget:\n"
        "  # 基本支出含人员经费\n"
        "  basic: 2.00\n"
        "  project: 1.50\n"
        "# 2024 年新增\n"
        "overall_target: 目标\n"
        "\n"
        "# 以下为绩效指标\n"
        "indicators:\n"
        "  # 一级按国家框架\n"
        "  - level1: 产出指标\n"
        "    level2: 数量指标  # 二级\n"
        "  # 第二项的一级\n"
        "  - level1: 效益指标\n"
        "    name: 第二项\n"
    )


def test_a_value_that_becomes_a_block_keeps_its_end_of_line_comment(formatter):
    typed = 'form: guangzhou\noverall_target: "第一段\\n第二段"  # 两段\n# 下一项\nunit: x单位\n'
    assert fmt(formatter, typed) == (
        "form: guangzhou\n# 下一项\nunit: x单位\noverall_target: |-  # 两段\n  第一段\n  第二段\n"
    )


def test_fmt_keeps_what_was_typed(formatter):
    odd = "form: nowhere\nb: 08\nc: 1_000\nd: 0x1F\ne: 2022-01-05\nf: no\ng: '08'\nh: 1.50\ni: +1\nj: True\n"
    out = fmt(formatter, odd)
    assert data_of(out) == data_of(odd)
    # only the quoting style changes, and a text a YAML 1.1 reader takes for a boolean gains quotes
    assert out == odd.replace("g: '08'", 'g: "08"').replace("f: no", 'f: "no"')


def test_text_typed_like_a_number_or_date_is_written_as_text_in_a_text_field_only(formatter):
    """jixiao reads `08` in a text field as text; VS Code (YAML 1.2) would read a number there and
    flag it against the schema, so fmt writes the text as text. Amounts stay as typed, and so does
    what jixiao reads as a number (`unit: 2023`, which validate asks to quote)."""
    typed = ("form: guangzhou\nyear: 2023\nunit: 2023\nbudget:\n  basic: 08\n  project: 1.50\n"
             "indicators:\n- level1: 产出指标\n  level2: 数量指标\n  name: 1e3\n"
             "  period_value: 2023-12-31\n  annual_value: 08\n")
    out = fmt(formatter, typed)
    assert data_of(out) == data_of(typed)
    assert "unit: 2023\n" in out and 'name: "1e3"' in out
    assert 'period_value: "2023-12-31"' in out and 'annual_value: "08"' in out
    assert "basic: 08\n" in out and "project: 1.50\n" in out


def test_a_text_holding_a_double_quote_is_single_quoted_not_escaped(formatter):
    """fmt wrote `"\\"十四五\\"规划"`: a backslash a clerk copies into the next value as it stands."""
    typed = ("form: guangzhou\nunit: '\"十四五\"规划'\nindicators:\n- level1: 产出指标\n"
             "  period_value: 达到\"100%\"\n  annual_value: \"甲'乙\\\"丙\"\n  name: 关于\"十四五\"规划\n")
    out = fmt(formatter, typed)
    assert data_of(out) == data_of(typed) and "\\" not in out
    assert "unit: '\"十四五\"规划'\n" in out and "period_value: '达到\"100%\"'\n" in out  # quoted by the schema
    assert "annual_value: '甲''乙\"丙'\n" in out and "name: 关于\"十四五\"规划\n" in out  # plain where YAML needs no quotes
    assert fmt(formatter, out) == out


def test_flow_collections_become_blocks(formatter):
    flow = "form: guangzhou\nyear: 2023\nkey_tasks:\n- {name: 调研, content: 走访台企}\nunit: [x]\n"
    out = fmt(formatter, flow)
    assert data_of(out) == data_of(flow)
    assert "key_tasks:\n  - name: 调研\n    content: 走访台企\n" in out and "unit:\n  - x\n" in out


def test_an_empty_list_with_a_comment_stays_as_typed(formatter):
    typed = "form: guangzhou\nunit: x单位\nkey_tasks: []  # 暂无\nbudget: {}  # 待定\n"
    assert fmt(formatter, typed) == "form: guangzhou\nunit: x单位\nbudget: {}  # 待定\nkey_tasks: []  # 暂无\n"


def test_fmt_writes_unix_line_ends_without_a_byte_order_mark(runner, tmp_path):
    path = tmp_path / "windows.yaml"
    path.write_bytes("\ufeffform: guangzhou\r\nyear: 2023  # 年度\r\nunit: 单位\r\n".encode("utf-8"))
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert path.read_bytes() == "form: guangzhou\nyear: 2023  # 年度\nunit: 单位\n".encode("utf-8")


def test_fmt_names_the_keys_of_a_file_it_cannot_read_in_chinese(runner, broken):
    path, _ = broken(GZ, "  project: 78.56", " project: 78.56")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and "“project”（项目支出）比上一行的“basic”（基本支出）少缩进了 1 格" in result.output



@pytest.mark.parametrize("old, new, where, tag", [
    ("unit: 广州市台湾同胞联谊会", "unit: !!set {a, b}", ":4:7:", "!!set"),  # was FMT-UNSAFE, and SCHEMA-TYPE from validate
    ("  name: 档案整理完成率", "  name: !!pairs [{a: 1}]", ":40:11:", "!!pairs"),  # the tag stands before the list, the pairs are in it
    ("  basic: 610.85", "  basic: !!float 610.85", ":6:10:", "!!float"),  # rewritten as `basic: 610.85`
    ("  basic: 610.85", "  basic: !!binary aGk=", ":6:10:", "!!binary"),  # rewritten as a `!!binary |` block
    ("unit: 广州市台湾同胞联谊会", "unit: !!timestamp 2023-01-05", ":4:7:", "!!timestamp"),  # rewritten as `"2023-01-05"`
])
@pytest.mark.parametrize("check", [["--check"], []])
def test_fmt_reports_a_tag_as_the_loader_does_and_rewrites_nothing(runner, broken, old, new, where, tag, check):
    """fmt said at the tag that it could not write a set or pairs back, or, where the tag only said how to read
    a value it can write (`!!float 610.85`), dropped it without a word (`--check`: 需要格式化). It now reports
    the loader's problem, like any file it cannot read, and leaves the file as typed."""
    path, typed = broken(GZ, old, new)
    result = runner.invoke(main, ["fmt", *check, str(path)])
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == typed
    assert f"{path}{where} 错误[YAML-TAG] " in result.output and f"的值开头的“{tag}”是 YAML 标签" in result.output
    assert result.output.count("错误[") == 1 and f"需要格式化 {path}" not in result.output and "维护者" not in result.output


@pytest.mark.parametrize("check", [["--check"], []])
def test_fmt_reports_an_anchor_and_rewrites_nothing(runner, broken, check):
    """fmt kept `&a` and passed the file; it now reports the loader's problem and leaves the file as typed."""
    path, typed = broken(GZ, "  basic: 610.85", "  basic: &a 610.85")
    result = runner.invoke(main, ["fmt", *check, str(path)])
    assert result.exit_code == 1 and path.read_text(encoding="utf-8") == typed
    assert f"{path}:6:10: 错误[YAML-ANCHOR] " in result.output and "“&a”是 YAML 锚点" in result.output
    assert result.output.count("错误[") == 1 and f"需要格式化 {path}" not in result.output


def test_fmt_check_lists_changed_files_and_fmt_rewrites_them(runner, broken):
    path, messy = broken(GZ, "  level2: 时效指标", "  level2: '时效指标'")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and f"需要格式化 {path}" in result.output
    assert path.read_text(encoding="utf-8") == messy  # --check changes nothing
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0 and f"已格式化 {path}" in result.output
    assert data_of(path.read_text(encoding="utf-8")) == data_of(messy)
    assert runner.invoke(main, ["fmt", "--check", str(path)]).exit_code == 0


TWO_MARKS = "文件开头有两个看不见的 BOM 字符（存成“带 BOM 的 UTF-8”时加上的，已有 BOM 的文件再这样存一次又加一个）"


@pytest.mark.parametrize("typed, why", [
    ("\ufeffform: guangzhou\nunit: 单位\n",
     "{path}:1:1：文件开头有一个看不见的 BOM 字符（记事本存成“带 BOM 的 UTF-8”时加上的），统一格式没有它"),
    ("form: guangzhou\r\nunit: 单位\r\n", "{path}:1:16：换行是 Windows 的 CRLF，统一格式用 LF"),
    ("\ufeffform: guangzhou\r\nunit: 单位\r\n",
     "{path}:1:1：文件开头有一个看不见的 BOM 字符（记事本存成“带 BOM 的 UTF-8”时加上的），换行是 Windows 的 CRLF；"
     "统一格式没有 BOM，用 LF"),
    # the line ends and the mark are said beside the other places too: they went unmentioned, and a file fixed by
    # hand from the list still failed. Each is a place at a line, as it is counted: the line ends had none
    ("form: guangzhou\r\nyear: 2023\r\nunit:   单位\r\n",
     "{path}：2 处与统一格式不同\n  {path}:1:16: 换行是 Windows 的 CRLF，统一格式用 LF\n  {path}:3:1: “unit:   单位”改为“unit: 单位”"),
    ("\ufeffform: guangzhou\r\nyear: 2023\r\nunit:   单位\r\n",
     "{path}：3 处与统一格式不同\n  {path}:1:1: 文件开头有一个看不见的 BOM 字符（记事本存成“带 BOM 的 UTF-8”时加上的），统一格式没有它\n"
     "  {path}:1:16: 换行是 Windows 的 CRLF，统一格式用 LF\n  {path}:3:1: “unit:   单位”改为“unit: 单位”"),
    # An old Mac editor's lone CR ends a line too: both were "从第 1 行起与统一格式不同".
    ("form: guangzhou\ryear: 2023\runit:   单位\r",
     "{path}：2 处与统一格式不同\n  {path}:1:16: 换行是旧式 Mac 的 CR（回车符），统一格式用 LF\n  {path}:3:1: “unit:   单位”改为“unit: 单位”"),
    ("form: guangzhou\runit: 单位\r", "{path}:1:16：换行是旧式 Mac 的 CR（回车符），统一格式用 LF"),
    # PowerShell 5's Out-File -Encoding utf8 adds a mark to a file that has one: two ended in an internal error
    ("\ufeff\ufeffform: guangzhou\nunit: 单位\n", "{path}:1:1：" + TWO_MARKS + "，统一格式没有它"),
    ("\ufeff\ufeffform: guangzhou\r\nyear: 2023\r\nunit:   单位\r\n",
     "{path}：3 处与统一格式不同\n  {path}:1:1: " + TWO_MARKS + "，统一格式没有它\n"
     "  {path}:1:17: 换行是 Windows 的 CRLF，统一格式用 LF\n  {path}:3:1: “unit:   单位”改为“unit: 单位”"),
    # one line pasted in with CRLF is told at that line, as one line
    ("form: guangzhou\nyear: 2023\nunit: 单位\r\n", "{path}:3:9：有 1 行的换行是 Windows 的 CRLF，统一格式用 LF"),
])
def test_fmt_check_says_what_differs(runner, tmp_path, typed, why):
    """It said only "需要格式化 文件": in CI, with no diff to see, a file Notepad saved with CRLF or a byte-order
    mark looked formatted. A byte-order mark alone was not even noticed, so fmt never took it out."""
    path = tmp_path / "a.yaml"
    path.write_bytes(typed.encode("utf-8"))
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and f"需要格式化 {why.format(path=path)}\n" in result.output, result.output
    assert result.output.endswith("1 个需要格式化。运行 jixiao fmt 即可改写。\n")
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf") and b"\r" not in path.read_bytes()



def test_a_spec_with_two_byte_order_marks_is_told_by_fmt_check_and_fmt_takes_out_both(runner, tmp_path):
    """A spec PowerShell 5 saved again with `Out-File -Encoding utf8` starts with two marks: `fmt --check` (with
    `--leave-to-validate` too) ended in an internal error (StopIteration), the second mark read as a changed line."""
    path = tmp_path / GZ
    path.write_bytes(b"\xef\xbb\xbf" * 2 + (ROOT / "specs" / GZ).read_bytes())
    for check in (["fmt", "--check"], ["fmt", "--check", "--leave-to-validate"]):
        result = runner.invoke(main, [*check, str(path)])
        assert result.exit_code == 1 and f"需要格式化 {path}:1:1：{TWO_MARKS}，统一格式没有它\n" in result.output, result.output
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0 and "去掉了文件开头看不见的两个 BOM 字符；其余不变" in result.output, result.output
    assert path.read_bytes() == (ROOT / "specs" / GZ).read_bytes()


@pytest.mark.parametrize("typed, said", [
    ("form: guangzhou\r\nunit: 单位\r\n", "：换行是 Windows 的 CRLF，已改为 LF；其余不变"),
    ("\ufeffform: guangzhou\nunit: 单位\n", "：去掉了文件开头看不见的 BOM 字符；其余不变"),
    ("\ufeffform: guangzhou\r\nunit: 单位\r\n", "：换行是 Windows 的 CRLF，已改为 LF；去掉了文件开头看不见的 BOM 字符；其余不变"),
    ("form: guangzhou\nyear: 2023\nunit:   单位\r\n", "：有 1 行的换行是 Windows 的 CRLF，已改为 LF"),  # and the layout
    ("form: guangzhou\runit: 单位\r", "：换行是旧式 Mac 的 CR（回车符），已改为 LF；其余不变"),
    ("\ufeff\ufeffform: guangzhou\nunit: 单位\n", "：去掉了文件开头看不见的两个 BOM 字符；其余不变"),
    ("form: guangzhou\nyear: 2023\nunit:   单位\n", ""),  # the layout alone: nothing more to say
])
def test_fmt_says_when_it_changed_line_ends_or_took_out_a_bom(runner, tmp_path, typed, said):
    """Plain `fmt` said only "已格式化 文件" of a file VS Code or Notepad saved on Windows: nothing looked changed, and
    only `--check` said why; saved back with CRLF, it failed `fmt --check` again."""
    path = tmp_path / "a.yaml"
    path.write_bytes(typed.encode("utf-8"))
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0 and result.output.splitlines()[0] == f"已格式化 {path}{said}", result.output


@given(st.lists(st.sampled_from(["form: guangzhou", "unit: 单位", "# 注释", " "]), min_size=1, max_size=6),
       st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=6, max_size=6), st.integers(0, 3))
def test_what_fmt_says_it_rewrote_names_exactly_the_line_ends_and_the_bom_there_were(lines, ends, marks):
    typed = "\ufeff" * marks + "".join(line + end for line, end in zip(lines, ends))
    said = rewritten_whole(typed, "".join(line + "\n" for line in lines))
    assert ("CRLF" in said) == ("\r\n" in typed) and ("BOM" in said) == bool(marks)
    assert ("两个 BOM" in said) == (marks == 2) and (" 3 个 BOM" in said) == (marks == 3)
    assert ("CR（回车符）" in said) == ("\r" in typed.replace("\r\n", "") and "\r\n" not in typed)
    assert said.endswith("；其余不变") == bool(said)  # the layout was already fmt's


EARLIER_LAYOUT = ("form: hengyang\nyear: 2022\nunit: 某单位\ndepartment:\n  stamp_unit: 某单位\n  tasks:\n  - name: 甲\n"
                  "    # 金额\n    total: 1.00\n  filled_by: 张三\nprojects:\n- name: 乙\n  indicators:\n  - level1: 产出指标\n")
LISTS_ONLY = ("只是列表的缩进不同：jixiao 的统一格式现在把列表的“- ”比它所属的键多缩进两格（以前与键对齐），内容不变；"
              "运行 jixiao fmt 即可改写")


def test_fmt_check_says_a_spec_in_the_earlier_layout_differs_only_in_its_lists_indentation(runner, tmp_path):
    """A spec in the layout fmt wrote before lists were indented under their key (`tasks:` then `- name:`) was
    told 从第 7 行起与统一格式不同: a unit upgrading jixiao saw CI turn red on files nobody had touched, and
    not why. It is told once, at the first list's dash, that only the lists' indentation differs."""
    path = tmp_path / "a.yaml"
    path.write_text(EARLIER_LAYOUT, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines() == [
        f"需要格式化 {path}:7:3：{LISTS_ONLY}", "检查了 1 个文件：1 个需要格式化。运行 jixiao fmt 即可改写。"]
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8") == (
        "form: hengyang\nyear: 2022\nunit: 某单位\ndepartment:\n  stamp_unit: 某单位\n  tasks:\n    - name: 甲\n"
        "      # 金额\n      total: 1.00\n  filled_by: 张三\nprojects:\n  - name: 乙\n    indicators:\n      - level1: 产出指标\n")
    assert runner.invoke(main, ["fmt", "--check", str(path)]).exit_code == 0


@pytest.mark.parametrize("edit", [
    lambda text: re.sub(r"(?m)^ (?= *(stamp_unit|tasks|- name|# 金额|total|filled_by))", "", text),  # 1 space in
    lambda text: text.replace("year: 2022\nunit: 某单位\n", "unit: 某单位\nyear: 2022\n"),  # keys out of order
], ids=["odd-indent", "key-order"])
def test_fmt_check_says_lists_only_when_nothing_else_differs(runner, tmp_path, edit):
    path = tmp_path / "a.yaml"
    path.write_text(edit(EARLIER_LAYOUT), encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and "与统一格式不同" in result.output and "只是列表的缩进不同" not in result.output


def test_fmt_check_in_github_format_marks_the_first_line_that_differs(runner, tmp_path, monkeypatch):
    """`fmt --check` in CI said only in the log which file needed formatting; with `--format github` the file is
    flagged in the pull request, at its first line that differs (the first line break when only the line breaks do)."""
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_bytes("form: guangzhou\nyear: 2023\nunit:   单位\n".encode("utf-8"))
    (tmp_path / "b.yaml").write_bytes("form: guangzhou\r\nunit: 单位\r\n".encode("utf-8"))
    (tmp_path / "c.yaml").write_bytes("year: 2023\n".encode("utf-8"))
    (tmp_path / "d.yaml").write_text(EARLIER_LAYOUT, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", "--format", "github", "a.yaml", "b.yaml", "c.yaml", "d.yaml"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "::error file=a.yaml,line=3,title=jixiao fmt --check::需要格式化：“unit:   单位”改为“unit: 单位”；运行 jixiao fmt 即可改写",
        "::error file=b.yaml,line=1,col=16,title=jixiao fmt --check::需要格式化：换行是 Windows 的 CRLF，统一格式用 LF；"
        "运行 jixiao fmt 即可改写",
        "::warning file=c.yaml,title=jixiao::警告[FMT-NOT-SPEC] 没有 form 字段，不是规格文件，未改动",
        f"::error file=d.yaml,line=7,col=3,title=jixiao fmt --check::需要格式化：{LISTS_ONLY}",  # said once
        "检查了 4 个文件：3 个需要格式化，1 个不是规格，已跳过。运行 jixiao fmt 即可改写。"]
    assert (tmp_path / "b.yaml").read_bytes() == "form: guangzhou\r\nunit: 单位\r\n".encode("utf-8")

def test_fmt_check_lists_every_place_that_differs(runner, broken):
    """`fmt --check` said only 从第 N 行起与统一格式不同: a reviewer fixing that line met the next difference on the
    next run. Every block fmt would rewrite is listed at its lines, with what would change there; a key out of the
    schema's order is told where it goes, once. A block rewritten line for line tells each line (第 6–7 行 told only
    basic's change, and project: seemed to be left as typed)."""
    path, typed = broken(GZ, "  level2: 时效指标", "  level2: '时效指标'")
    typed = typed.replace("year: 2023\n", "").replace("budget:\n", "year: 2023\nbudget:\n", 1)
    typed = typed.replace("  basic: 610.85\n  project: 78.56\n", "  basic:  610.85\n  project:  78.56\n")
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    level2 = typed.splitlines().index("    level2: '时效指标'") + 1
    assert result.exit_code == 1 and result.output.splitlines() == [
        f"需要格式化 {path}：3 处与统一格式不同",
        f"  {path}:3:1: “部门名称”按 schema 的顺序移到第 4 行“year: 2023”之后",
        f"  {path}:6:1: 第 6–7 行：“basic:  610.85”改为“basic: 610.85”；“project:  78.56”改为“project: 78.56”",
        f"  {path}:{level2}:1: “level2: '时效指标'”改为“level2: 时效指标”",
        "检查了 1 个文件：1 个需要格式化。运行 jixiao fmt 即可改写。"]
    github = runner.invoke(main, ["fmt", "--check", "--format", "github", str(path)]).output.splitlines()
    assert github[:-1] == [
        f"::error file={path},line=3,title=jixiao fmt --check::需要格式化：3 处与统一格式不同%0A"
        "第 3 行：“部门名称”按 schema 的顺序移到第 4 行“year: 2023”之后%0A第 6–7 行：“basic:  610.85”改为“basic: 610.85”；“project:  78.56”改为“project: 78.56”%0A"
        f"第 {level2} 行：“level2: '时效指标'”改为“level2: 时效指标”%0A运行 jixiao fmt 即可改写"]


def test_fmt_check_tells_a_long_block_s_first_lines_and_how_many(runner, broken):
    """Each line of a block rewritten line for line is told, the first few only (a line of the report holding twenty
    quoted lines could not be read), with how many lines there are."""
    path, typed = broken(GZ, "budget:\n", "budget:\n")
    budget = typed.index("budget:\n")
    end = typed.index("\n", typed.index("  transfer:"))
    path.write_text(typed[:budget] + typed[budget:end].replace(": ", ":  ") + typed[end:], encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    told = result.output.splitlines()[1]
    assert result.exit_code == 1 and told.count("改为") == 5 and told.endswith("等 8 行"), result.output


def test_fmt_check_on_github_annotates_each_file_once(runner, tmp_path, monkeypatch):
    """GitHub shows 10 error annotations a step: one file annotated at each of its 25 places hid the next file.
    Each file is one annotation at its first place, counting them and naming the first few."""
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text("form: guangzhou\nkey_tasks:\n" + "".join(
        f"  - name:  任务{n}\n    content: 内容\n" for n in range(25)), encoding="utf-8")
    (tmp_path / "b.yaml").write_text("form: guangzhou\nyear: 2023\nunit:   单位\n", encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", "--format", "github", "a.yaml", "b.yaml"])
    assert result.exit_code == 1 and result.output.splitlines()[:-1] == [
        "::error file=a.yaml,line=3,title=jixiao fmt --check::需要格式化：25 处与统一格式不同%0A"
        + "%0A".join(f"第 {3 + 2 * n} 行：“- name:  任务{n}”改为“- name: 任务{n}”" for n in range(5))
        + "%0A还有 20 处%0A运行 jixiao fmt 即可改写",
        "::error file=b.yaml,line=3,title=jixiao fmt --check::需要格式化：“unit:   单位”改为“unit: 单位”；运行 jixiao fmt 即可改写"]


BUDGET_BLOCK = ("budget:\n  basic: 610.85\n  project: 78.56\n  fiscal: 689.41\n  other_funds: 0.00\n  special: 0.00\n"
                "  other_development: 0.00\n  own_level: 689.41\n  transfer: 0.00\n")


@pytest.mark.parametrize("retyped, told", [
    # moved with the spaces after a colon retyped: was 加上“budget:” at line 5 and 删去“budget:” here
    (BUDGET_BLOCK.replace("basic: ", "basic:  "), "第 {line}–{last} 行：“预算整体情况”按 schema 的顺序移到第 4 行“unit: 广州市台湾同胞联谊会”之后"),
    # moved and typed in braces: the same key, rewritten on the way
    ("budget: {basic: 610.85, project: 78.56, fiscal: 689.41, other_funds: 0.00, special: 0.00,\n"
     "  other_development: 0.00, own_level: 689.41, transfer: 0.00}\n",
     "第 {line}–{last} 行：“预算整体情况”按 schema 的顺序移到第 4 行“unit: 广州市台湾同胞联谊会”之后，“budget: {{basic: 610.85, projec…”改为“budget:”"),
    # a comment and a blank line above it move with it: the block was quoted by its blank first line, “”
    ("\n# 预算\n" + BUDGET_BLOCK.replace("basic: ", "basic:   "),
     "第 {line}–{last} 行：“预算整体情况”按 schema 的顺序移到第 4 行“unit: 广州市台湾同胞联谊会”之后"),
])
def test_a_key_moved_and_retyped_is_told_where_it_goes_never_to_be_deleted(runner, broken, retyped, told):
    """A key out of the schema's order with a line retyped was told as 加上 … where it goes and 删去 … where it
    stands, as if fmt dropped data and the reviewer should delete it: fmt only moves it."""
    path, typed = broken(GZ, BUDGET_BLOCK, "")
    typed = typed.rstrip("\n") + "\n" + retyped
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    line = typed.splitlines().index(retyped.splitlines()[0]) + 1
    assert result.exit_code == 1 and result.output.splitlines()[:2] == [
        f"需要格式化 {path}：1 处与统一格式不同",
        f"  {path}:{line}:1: " + told.format(line=line, last=len(typed.splitlines()))], result.output
    assert "删去" not in result.output and "加上" not in result.output


def test_two_keys_swapped_with_their_comments_regapped_are_told_as_a_move(runner, tmp_path):
    """`project:` typed above `basic:`, 4 spaces in, each with a comment one space after it: fmt re-indents both and
    puts two spaces before the comments, so no line was left as typed to anchor the diff, and the swap was told as
    第 4–5 行：“project: 20.50 # 项目”改为“basic: 100.00  # 基本”, a rewrite of one amount into the other. The lines are
    matched as fmt writes their blanks: the move names its field and the typed line it goes after."""
    path = tmp_path / "a.yaml"
    path.write_text("form: guangzhou\nyear: 2023\nbudget:\n    project: 20.50 # 项目\n    basic: 100.00 # 基本\n",
                    encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and "项目”改为" not in result.output and result.output.splitlines()[1] == (
        f"  {path}:4:1: “预算整体情况 › 项目支出”按 schema 的顺序移到第 5 行“basic: 100.00 # 基本”之后"), result.output


def test_a_comment_after_a_flow_item_is_told_as_moved_to_its_own_line(runner, tmp_path):
    """fmt writes the comment after a one-line `{…}` item above the item, on a line of its own; the diff saw that
    line added and told 加上“# 流式”, as if fmt made up a comment the author had typed already."""
    path = tmp_path / "a.yaml"
    path.write_text("form: guangzhou\nyear: 2023\nkey_tasks:\n  - {name: 调研, content: 走访台企}  # 流式\n",
                    encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    told = "4:1: 行尾的“# 流式”移到这一行上面，单独成一行"
    assert result.exit_code == 1 and f"  {path}:{told}" in result.output.splitlines(), result.output
    assert "加上" not in result.output


def test_a_comment_after_a_flow_item_typed_over_two_lines_stays_on_its_last_entry_s_line(runner, tmp_path):
    """An indicator typed as `{…}` over two lines with a note after its `}` had the note moved above the item, away
    from the line it was typed on; as for a key's `{…}` typed over lines, it stays beside the entry it followed."""
    spec = (ROOT / "specs" / "tianjin-qiaolian-2023.yaml").read_text(encoding="utf-8")
    block = ('      - level1: 产出指标\n        level2: 质量指标\n        name: 水、电设施完好率\n'
             '        description: 水、电设施完好率\n        value: "100%"\n')
    flow = ('      - {level1: 产出指标, level2: 质量指标, name: 水、电设施完好率,\n'
            '         description: 水、电设施完好率, value: "100%"}  # 2023年新增\n')
    assert block in spec
    path = tmp_path / "tianjin-qiaolian-2023.yaml"
    path.write_text(spec.replace(block, flow, 1), encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == spec.replace(block, block.replace('"100%"\n', '"100%"  # 2023年新增\n'), 1)
    assert runner.invoke(main, ["fmt", "--check", str(path)]).exit_code == 0


def test_fmt_check_lists_the_first_places_and_counts_the_rest(runner, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("form: guangzhou\nkey_tasks:\n" + "".join(
        f"  - name:  任务{n}\n    content: 内容\n" for n in range(25)), encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    lines = result.output.splitlines()
    assert result.exit_code == 1 and lines[0] == f"需要格式化 {path}：25 处与统一格式不同"
    assert lines[1] == f"  {path}:3:1: “- name:  任务0”改为“- name: 任务0”" and lines[20].startswith(f"  {path}:41:1: ")
    assert lines[21:] == ["  还有 5 处与统一格式不同（只列出前 20 处）", "检查了 1 个文件：1 个需要格式化。运行 jixiao fmt 即可改写。"]


@pytest.mark.parametrize("typed, told", [
    ("form: x\nunit: z", (2, "文件末尾加上换行")),
    ("---\nform: x\n", (1, "删去“---”")),
    ("form: x   \nunit: z\n", (1, "删去行尾的空格")),
    ("\nform: x\nunit: z\n", (1, "删去空行")),
    ("form: x\nunit: z\n   \n", (3, "删去行尾的空格")),  # the file's last line, not one below it
    # every line moved alike is said so; a block indented its own way per level is told by its first line
    ("form: x\na:\n   b: 1\n   c: 2\n", (3, "第 3–4 行：整块左移 1 格")),
    ("form: x\na:\n    b:\n        c: 2\n", (3, "第 3–4 行：各行按每层 2 格，第 3 行缩进改为 2 格")),
    ("form: x\na:\n b: 1\n", (3, "缩进改为 2 格")),
])
def test_each_place_says_what_fmt_would_change_there(formatter, typed, told):
    result = formatter.format_spec(load_text("x.yaml", typed))
    assert not result.problems and result.changed, result.problems
    [place] = differences(typed, result.after)
    assert (place.line, place.said) == told


def test_fmt_reports_unreadable_files_and_leaves_them(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("form: guangzhou\nyear: [2023\n", encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(bad)])
    assert result.exit_code == 1 and "错误[YAML-SYNTAX]" in result.output and "Traceback" not in result.output
    assert bad.read_text(encoding="utf-8") == "form: guangzhou\nyear: [2023\n"


def test_fmt_check_leaves_the_files_validate_fails_to_it(runner, tmp_path, monkeypatch):
    """In CI fmt --check runs after validate, and reported again a file validate fails: one it cannot read, a
    value it cannot write back (`!!set`), a file with no form. The slip was annotated twice and failed fmt's step
    too; the workflow dropped only the lines worded as validate's. With --leave-to-validate such files are only
    counted; a layout to fix, and what keeps fmt from a valid spec (a comment it would lose), are still said."""
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    spec = SPECS[0].read_text(encoding="utf-8")
    invalid = {"unreadable.yaml": spec.replace("year: 2023", "year: [2023"),
               "tagged.yaml": spec.replace("transfer: 0.00", "transfer: !!set {a}"),
               "no-form.yaml": spec.replace("form: guangzhou\n", "")}
    valid = {"messy.yaml": spec.replace("year: 2023", "year:   2023"), "comment.yaml": spec + "...\n# 文档尾\n"}
    for name, text in {**invalid, **valid}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    plain = runner.invoke(main, ["fmt", "--check", *invalid])
    assert plain.exit_code == 1 and all(name in plain.output for name in invalid), plain.output

    result = runner.invoke(main, ["fmt", "--check", "--leave-to-validate", "--format", "github", *invalid, *valid])
    assert result.exit_code == 1
    assert [line.split("::")[1] for line in result.output.splitlines()[:-1]] == [
        "error file=messy.yaml,line=3,title=jixiao fmt --check", f"error file=comment.yaml,line={spec.count(chr(10)) + 2},col=1,title=jixiao"]
    assert result.output.splitlines()[-1] == ("检查了 5 个文件：1 个需要格式化，1 个有错误，未改动，"
                                              "3 个未通过规格检查，未改动（问题由 jixiao validate 报告）。运行 jixiao fmt 即可改写。")
    result = runner.invoke(main, ["fmt", "--check", "--leave-to-validate", *invalid])
    assert result.exit_code == 0 and result.output == "检查了 3 个文件：3 个未通过规格检查，未改动（问题由 jixiao validate 报告）。\n"


def test_leave_to_validate_still_says_what_keeps_fmt_from_a_file_validate_fails(runner, tmp_path):
    """A file failing validate had every fmt problem dropped as validate's, a comment fmt would lose (FMT-COMMENT)
    too, which validate never reports: the summary said validate reports it, and nobody did."""
    both = tmp_path / "both.yaml"
    both.write_text(SPECS[0].read_text(encoding="utf-8").replace("fiscal: 689.41", "fiscal: 689.40") + "...\n# 文档尾\n",
                    encoding="utf-8")
    assert runner.invoke(main, ["validate", str(both)]).exit_code == 1
    result = runner.invoke(main, ["fmt", "--check", "--leave-to-validate", str(both)])
    assert result.exit_code == 1 and "错误[FMT-COMMENT] 格式化会丢掉注释“# 文档尾”" in result.output, result.output
    assert result.output.splitlines()[-1] == "检查了 1 个文件：1 个有错误，未改动。"


@pytest.mark.parametrize("typed, line, column, comment", [
    ("form: guangzhou\nunit:\n  # 注释B\n  x单位\n", 3, 3, "# 注释B"),                 # between a key and its value
    ("form: guangzhou\nunit: x单位\n...\n# 文档尾\n", 4, 1, "# 文档尾"),                # after the document's end
    ('form: guangzhou\nname: "甲\u2028乙"\nunit:\n  # 注释B\n  x单位\n', 4, 3, "# 注释B"),  # was 5:3: a U+2028 is no line end
])
def test_a_comment_fmt_cannot_keep_stops_it_and_the_file_is_left_alone(runner, tmp_path, typed, line, column, comment):
    path = tmp_path / "spec.yaml"
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{line}:{column}: 错误[FMT-COMMENT] 格式化会丢掉注释“{comment}”" in result.output
    assert path.read_text(encoding="utf-8") == typed


_ZHANJIANG = "zhanjiang-qiaolian-2024.yaml"


@pytest.mark.parametrize("old, new, line, column, field_name", [
    # An indentation slip: `amount` above the last lines of the `|` block, which YAML reads as its text (SCHEMA-TYPE);
    # fmt wrote `amount: 49.41 9、做好党建…` on one line, and the lines could no longer be indented back.
    ("    amount: 49.41\n    goal: |\n      1. ", "    goal: |\n      1. ", 29, 13, "第 1 个年度重点工作任务的“拟投入的资金（万元）”"),
    # Text broken where Word wrapped it (TEXT-LINE-BREAK): fmt joined it with the space, and the warning was gone.
    ("服务侨社团和侨胞，完善", "服务侨社团和侨胞，\n      完善", 44, 11, "第 2 个年度重点工作任务的“期望达到的目标（概述）”"),
])
@pytest.mark.parametrize("check", [False, True])
def test_fmt_leaves_a_plain_value_broken_over_lines_to_be_mended(runner, broken, old, new, line, column, field_name,
                                                                  check):
    path, typed = broken(_ZHANJIANG, old, new)
    if "amount" in old:  # the slip: the key's line moved above the block's last two lines
        typed = typed.replace("      9、", "    amount: 49.41\n      9、")
        path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", *(["--check"] if check else []), str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:{line}:{column}: 错误[FMT-LINE-BREAK] {field_name}：这一项接着写到了下一行，格式化会把这几行接成一行" \
           in result.output, result.output
    assert result.output.splitlines()[-1] == "检查了 1 个文件：1 个有错误，未改动。"
    assert path.read_text(encoding="utf-8") == typed


@pytest.mark.parametrize("slip", ["amount", "word"])
def test_leave_to_validate_leaves_a_line_break_on_a_line_validate_fails_to_it(runner, broken, slip):
    """`amount: 49.41` slipped above the last lines of a `|` block failed validate (SCHEMA-TYPE) and fmt --check
    --leave-to-validate (FMT-LINE-BREAK) at one place; text Word broke, which validate only warns of, is fmt's."""
    if slip == "amount":
        path, typed = broken(_ZHANJIANG, "    amount: 49.41\n    goal: |\n      1. ", "    goal: |\n      1. ")
        path.write_text(typed.replace("      9、", "    amount: 49.41\n      9、"), encoding="utf-8")
    else:
        path, _ = broken(_ZHANJIANG, "服务侨社团和侨胞，完善", "服务侨社团和侨胞，\n      完善")
    validated = runner.invoke(main, ["validate", str(path)]).output
    result = runner.invoke(main, ["fmt", "--check", "--leave-to-validate", str(path)])
    if slip == "amount":
        assert re.search(r":29:\d+: 错误\[SCHEMA-TYPE\]", validated), validated
        assert result.exit_code == 0 and "FMT-LINE-BREAK" not in result.output, result.output
        assert "1 个未通过规格检查，未改动（问题由 jixiao validate 报告）" in result.output
    else:
        assert "错误[" not in validated and "TEXT-LINE-BREAK" in validated, validated
        assert result.exit_code == 1 and ":44:11: 错误[FMT-LINE-BREAK]" in result.output, result.output


def test_fmt_help_names_only_the_formats_fmt_has(runner):
    """--leave-to-validate's help said markdown listed the files apart at the end; fmt writes text or github only."""
    result = runner.invoke(main, ["fmt", "--help"])
    assert result.exit_code == 0 and "--leave-to-validate" in result.output and "markdown" not in result.output


_GOAL_HEAD, _GOAL_TAIL = "运用互联网思维和技术开展联系、引导、服务侨社团和侨胞，", "完善侨界法律维权服务，对侨资侨属企业权益，创新创业成果落地、海外新侨回国创业投资等提供政策指导"


@pytest.mark.parametrize("typed, said", [
    # fmt joined a quoted value Word broke (text_line_break.joined_at strips the quote) into 侨胞， 完善 on one line
    (f'"{_GOAL_HEAD}\n      {_GOAL_TAIL}"', "这一项分在了两行，YAML 会把换行变成空格，格式化会把这几行接成一行、留下这个空格"),
    # and wrote a `>` block as a `|` block holding the space
    (f">\n      {_GOAL_HEAD}\n      {_GOAL_TAIL}", "这一项用了 > 块，YAML 会把块里的换行变成空格，格式化会把它写成 | 块、留下这些空格"),
], ids=["quoted", "folded"])
def test_fmt_leaves_quoted_text_and_a_folded_block_word_broke_to_be_mended(runner, broken, typed, said):
    path, text = broken(_ZHANJIANG, f"goal: {_GOAL_HEAD}{_GOAL_TAIL}\n", f"goal: {typed}\n")
    assert "TEXT-LINE-BREAK" in runner.invoke(main, ["validate", str(path)]).output
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 1, result.output
    field_name = "第 2 个年度重点工作任务的“期望达到的目标（概述）”"
    assert f"{path}:44:11: 错误[FMT-LINE-BREAK] {field_name}：{said}（表上印作“" in result.output, result.output
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("below, fix", [
    (f"2、{_GOAL_TAIL}", "请先改好：下一行以“2、”开头，像是分条写的又一条：要各条分行印出，请把这一项改用 | 块，第一行只写“goal: |”"),
    (_GOAL_TAIL, "请先改好：把下一行接回这一行末尾，要分段时请改用 | 块，下一行本不属于这一项的（如缩进错了）请改正缩进"),
], ids=["numbered", "wrapped"])
def test_fmt_tells_a_plain_value_broken_before_a_numbered_paragraph_as_validate_does(runner, broken, below, fix):
    """Word's numbered paragraphs pasted with no `|`: fmt said to join the next line back, its own advice, while
    validate's TEXT-LINE-BREAK says to put them in a `|` block, which keeps them apart; joined, they print as one
    run of text. fmt asks text_line_break for the reading of the line below; a wrapped line is still to be joined."""
    path, text = broken(_ZHANJIANG, f"goal: {_GOAL_HEAD}{_GOAL_TAIL}\n", f"goal: 1. {_GOAL_HEAD}\n      {below}\n")
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 1 and ":44:11: 错误[FMT-LINE-BREAK] " in result.output, result.output
    assert f"格式化会把这几行接成一行（换行变成空格），已保持原样未修改；{fix}" in result.output, result.output
    assert path.read_text(encoding="utf-8") == text


def test_fmt_keeps_a_value_in_chinese_quotes_as_typed_for_validate_to_point_at(runner, broken):
    """`period_value: “≥98%”` came out as `"“≥98%”"`: 已格式化, the slip TEXT-QUOTES warns of (write `"≥98%"`) frozen
    inside the double quotes indicator values take, where it looked deliberate. Typed in English quotes as well, it
    stays quoted: fmt only lays out."""
    path, text = broken(GZ, 'period_value: "≥98%"', "period_value: “≥98%”")
    text = text.replace('annual_value: "98%以上"', "annual_value: '“98%以上”'")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == text.replace("'“98%以上”'", '"“98%以上”"')
    assert runner.invoke(main, ["fmt", "--check", str(path)]).exit_code == 0
    warned = runner.invoke(main, ["validate", str(path)]).output
    assert '警告[TEXT-QUOTES]' in warned and 'period_value: "≥98%"' in warned, warned



def test_fmt_keeps_a_value_with_one_unpaired_chinese_quote_as_typed(runner, broken):
    """`period_value: “≥98%` (the IME's quote for an English one, the closing quote forgotten) would have come out as
    `"“≥98%"`, the slip TEXT-QUOTES warns of frozen inside the double quotes, as a value wrapped in Chinese quotes was."""
    path, text = broken(GZ, 'period_value: "≥98%"', "period_value: “≥98%")
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == text
    warned = runner.invoke(main, ["validate", str(path)]).output
    assert '警告[TEXT-QUOTES]' in warned and 'period_value: "≥98%"' in warned, warned

def test_fmt_joins_quoted_text_broken_where_no_chinese_is_beside_the_break(runner, broken):
    path, _ = broken(_ZHANJIANG, f"goal: {_GOAL_HEAD}{_GOAL_TAIL}\n", f'goal: "{_GOAL_HEAD}{_GOAL_TAIL} see\n      ABC"\n')
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{_GOAL_TAIL} see ABC" in path.read_text(encoding="utf-8")


def test_fmt_leaves_yaml_that_is_not_a_spec_and_hidden_folders_alone(runner, tmp_path):
    workflow = "on:\n  pull_request:\n    branches: [main]\n"
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "ci.yml").write_text(workflow, encoding="utf-8")
    (tmp_path / "profile.yaml").write_text(workflow, encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(tmp_path)])
    # found in a folder, other programs' YAML is left out (given_specs), said in the one error; named, fmt says it is no spec
    assert result.exit_code == 2 and f"{tmp_path} 里没有规格文件，只有 1 个不像规格的 YAML 文件" in result.output, result.output
    assert "请检查路径" in result.output and "ci.yml" not in result.output, result.output
    named = runner.invoke(main, ["fmt", str(tmp_path / "profile.yaml")])
    assert named.exit_code == 0 and "profile.yaml: 警告[FMT-NOT-SPEC]" in named.output, named.output
    assert (tmp_path / "profile.yaml").read_text(encoding="utf-8") == workflow
    assert (tmp_path / ".github" / "ci.yml").read_text(encoding="utf-8") == workflow
    assert runner.invoke(main, ["fmt", ""]).exit_code == 2  # an unset variable is not "the current folder"


def test_a_comment_moved_above_a_lists_first_item_is_kept_when_the_lists_key_has_a_comment(formatter):
    """With `indicators:  # 指标`, ruamel holds the lines above the list's first item in a list the key shares,
    empty; a comment moved there (from the item's first key, or after a flow item) went to a list of its own,
    which ruamel never writes, and fmt refused the file (FMT-COMMENT)."""
    typed = ("form: guangzhou\nyear: 2024\nindicators:  # 指标\n- name: 甲\n  # 关于一级\n  level1: 产出指标\n"
             "key_tasks:  # 任务\n- {name: 调研, content: 走访}  # 新增\n")
    assert fmt(formatter, typed) == (
        "form: guangzhou\nyear: 2024\nkey_tasks:  # 任务\n  # 新增\n  - name: 调研\n    content: 走访\n"
        "indicators:  # 指标\n  # 关于一级\n  - level1: 产出指标\n    name: 甲\n")


@pytest.mark.parametrize("typed, expected", [
    ("form: guangzhou\nyear: 2024\noverall_target: |\n    第一段\n  # 任务如下\nkey_tasks: []\n",
     "form: guangzhou\nyear: 2024\noverall_target: |\n  第一段\n# 任务如下\nkey_tasks: []\n"),
    ("form: guangzhou\nkey_tasks:\n    -   content: |-\n            走访台企\n\n        # 金额待定\n        amount: 1.00\n",
     "form: guangzhou\nkey_tasks:\n  - content: |-\n      走访台企\n\n    # 金额待定\n    amount: 1.00\n"),
    ("form: guangzhou\nkey_tasks:\n    -   content: |-\n        # 待填\n        amount: 1.00\n",
     "form: guangzhou\nkey_tasks:\n  - content: |\n    # 待填\n    amount: 1.00\n"),
], ids=["just-below", "after-a-blank-line", "below-an-empty-block"])
def test_comment_lines_after_a_block_typed_with_more_indent_stay_comments(formatter, typed, expected):
    """Typed between the key's column and the text's, and kept at that column by ruamel while the block moved
    left, a comment line after a `|` block stood where align() took it for text (`overall_target`, one space
    in), became a line of the text after a blank line (the data changed: FMT-UNSAFE), or of an empty block."""
    assert fmt(formatter, typed) == expected



def test_the_comment_after_a_list_items_block_indicator_goes_above_the_item(formatter):
    """ruamel reads `- |-  # 说明` but cannot write it: the comment was lost, and every other comment of the
    list with it (`# 第三条`), so fmt refused the file (FMT-COMMENT). It now goes above the item, as the
    comment after a flow item does."""
    typed = "form: guangzhou\nnotes:\n- 第一条\n- |-  # 说明\n  第二条\n  续\n# 第三条\n- 第三条\n"
    assert fmt(formatter, typed) == ("form: guangzhou\nnotes:\n  - 第一条\n  # 说明\n  - |-\n    第二条\n    续\n  # 第三条\n"
                                     "  - 第三条\n")


@pytest.mark.parametrize("typed, expected", [
    ("# $schema=x.json\n---\nform: guangzhou\n", "# $schema=x.json\nform: guangzhou\n"),
    ("--- # 草稿\n\nform: guangzhou\n", "# 草稿\n\nform: guangzhou\n"),
    ("---\n\nform: guangzhou\n", "form: guangzhou\n"),
    ("\n\n# 草稿\nform: guangzhou\n", "# 草稿\nform: guangzhou\n"),
], ids=["comment-above", "comment-after", "blank-line-after", "blank-lines-first"])
def test_the_document_start_goes_and_its_comments_stay(formatter, typed, expected):
    """ruamel drops the lines above `---`, so fmt refused a file opening with its schema line then `---`
    (FMT-COMMENT); and a blank line opening the document came out first in the file, where the next fmt
    dropped it (`fmt --check` failed right after fmt)."""
    assert fmt(formatter, typed) == expected
    assert fmt(formatter, expected) == expected


def test_a_block_written_in_double_quotes_keeps_its_comments_where_they_were(formatter):
    """Indicator values are written in double quotes; typed as a `|` block, the comment after `|` was lost
    (FMT-COMMENT), and the line below the block came to end the value's line (`"100%" # 年度`), away from
    the key it was written above."""
    typed = ("form: guangzhou\nindicators:\n- name: 率\n  period_value: |-  # 半年\n    90%\n  # 年度\n"
             "  annual_value: >-\n    100%\n")
    assert fmt(formatter, typed) == ('form: guangzhou\nindicators:\n  - name: 率\n    period_value: "90%"  # 半年\n'
                                     '    # 年度\n    annual_value: "100%"\n')


def test_a_comment_below_a_flow_value_moves_above_the_item_with_the_key_it_explains(formatter):
    """ruamel files the lines below a flow value (`budget: {…}`) before the next key, not after the value;
    when that key became the item's first, they stayed between the dash and the key, the dash alone on its
    line, and the next fmt moved them above the item (`fmt --check` failed right after fmt)."""
    typed = "form: tianjin\nprojects:\n- budget: {total: 40.00}\n  # 项目名称\n  name: 租金\n"
    assert fmt(formatter, typed) == "form: tianjin\nprojects:\n  # 项目名称\n  - name: 租金\n    budget:\n      total: 40.00\n"


def test_a_comment_moved_above_a_lists_first_item_is_kept_when_the_dashes_are_indented(formatter):
    """With the dashes indented under `indicators:  # 指标`, ruamel writes the lines above the first item
    from the key's comment entry, which had none, not from the list: a comment moved there was lost
    (FMT-COMMENT)."""
    typed = ("form: guangzhou\nyear: 2024\nkey_tasks:  # 任务\n    - {name: 调研, content: 走访}  # 新增\n"
             "indicators:  # 指标\n    - name: 甲\n      # 关于一级\n      level1: 产出指标\n")
    assert fmt(formatter, typed) == (
        "form: guangzhou\nyear: 2024\nkey_tasks:  # 任务\n  # 新增\n  - name: 调研\n    content: 走访\n"
        "indicators:  # 指标\n  # 关于一级\n  - level1: 产出指标\n    name: 甲\n")


@pytest.mark.parametrize("after", ["", "  # 目标"], ids=["alone", "after-a-comment"])
def test_a_comment_below_a_flow_value_that_ends_a_list_moves_with_the_key_below_it(formatter, after):
    """ruamel keeps the lines below a flow value that ends a list apart from the value (in the list's end, or
    with the comment after it, in the entry of a key that was not yet written as a block when its parent's
    keys moved); reorder() did not find them there, and `# 单位代码` stayed at the end of `projects`."""
    typed = f"form: tianjin\nprojects:\n- name: 租金\n  targets: [保障]{after}\n# 单位代码\nunit_code: '564301'\n"
    assert fmt(formatter, typed) == (
        f'form: tianjin\n# 单位代码\nunit_code: "564301"\nprojects:\n  - name: 租金\n    targets:{after}\n      - 保障\n')


def test_the_lines_above_a_flow_item_with_a_comment_after_it_are_kept_above_it(formatter):
    """ruamel replaced the comment lines above a flow item (`# 第二项`) with the comment after it (`# 新增`)
    as it read the file, and fmt refused it (FMT-COMMENT). Both now stand above the item, in that order."""
    typed = ("form: guangzhou\nindicators:\n- {level1: 产出指标, name: 甲}\n# 第二项\n"
             "- {level1: 产出指标, name: 乙}  # 新增\n")
    assert fmt(formatter, typed) == ("form: guangzhou\nindicators:\n  - level1: 产出指标\n    name: 甲\n  # 第二项\n  # 新增\n"
                                     "  - level1: 产出指标\n    name: 乙\n")


def test_a_comment_below_an_empty_block_in_a_list_item_takes_the_indent_of_the_line_below(formatter):
    """align() took the lines after `- level1: |` for the block's text as long as they were indented more than
    the dash, not the key: with the block empty, `# 第二项` (typed with 4 spaces) stayed 4 spaces in."""
    typed = "form: guangzhou\nindicators:\n    - level1: |\n      name: 甲\n    # 第二项\n    - level1: 产出指标\n"
    assert fmt(formatter, typed) == "form: guangzhou\nindicators:\n  - level1: |\n    name: 甲\n  # 第二项\n  - level1: 产出指标\n"


def test_a_comment_below_an_empty_value_stays_a_comment_when_it_comes_to_follow_a_block(formatter):
    """ruamel files the lines below an empty value (`budget:`) above the next key, with the indentation they
    were typed with; when `budget` moved above `purpose: |-`, `# 目标待定` (typed 6 spaces in) came to follow
    the block deeper than its text, became a line of it, and fmt refused the file (FMT-UNSAFE)."""
    typed = ("form: tianjin\nprojects:\n    - name: 租金\n      purpose: |-\n          保障工作\n      budget:\n"
             "      # 目标待定\n      targets: []\n")
    assert fmt(formatter, typed) == ("form: tianjin\nprojects:\n  - name: 租金\n    budget: null\n    purpose: |-\n"
                                     "      保障工作\n    # 目标待定\n    targets: []\n")


@pytest.mark.parametrize("typed, expected", [
    ("form: guangzhou\nbudget: {basic: 1.10, # 注释A\n  project: 0.00}\n",
     "form: guangzhou\nbudget:\n  basic: 1.10  # 注释A\n  project: 0.00\n"),
    ("form: guangzhou\nbudget: {\n  project: 78.56,  # 项目\n  # 基本支出\n  basic: 610.85\n}\n"
     "indicators: [\n  {level1: 产出指标, name: 甲},  # 新增\n  # 第二项\n  {name: 乙, level1: 产出指标}\n]\n",
     "form: guangzhou\nbudget:\n  # 基本支出\n  basic: 610.85\n  project: 78.56  # 项目\nindicators:\n  # 新增\n"
     "  - level1: 产出指标\n    name: 甲\n  # 第二项\n  - level1: 产出指标\n    name: 乙\n"),
    ("form: guangzhou\nindicators:\n- {  # 新增\n  # 一级\n  level1: 产出指标,\n  name: 甲\n}\n",
     "form: guangzhou\nindicators:\n  # 新增\n  # 一级\n  - level1: 产出指标\n    name: 甲\n"),
], ids=["after-a-comma", "over-several-lines", "in-a-list-item"])
def test_comments_inside_a_flow_collection_stay_with_their_entries(formatter, typed, expected):
    """ruamel dropped a comment above an entry of `{…}` and gave one after an entry's comma to the entry below,
    so fmt refused such files (FMT-COMMENT) or wrote `# 项目` above `basic`. In a list item, the lines above
    the first entry go above the item."""
    assert fmt(formatter, typed) == expected


@pytest.mark.parametrize("typed, expected", [
    ('form: guangzhou\nyear: 2024\nunit: "x单位\\n\\n"\n\nbudget: {}\n',
     'form: guangzhou\nyear: 2024\nunit: "x单位\\n\\n"\n\nbudget: {}\n'),
    ("form: guangzhou\nunit: |+\n  x单位\n\nyear: 2024\n\n# 预算\nbudget: {}\n",
     "form: guangzhou\nyear: 2024\nunit: |+\n  x单位\n\n# 预算\nbudget: {}\n"),
], ids=["quoted-text-stays-quoted", "lines-moved-below-a-block"])
def test_a_blank_line_below_a_block_that_keeps_its_last_line_breaks_is_dropped(formatter, typed, expected):
    """The text of a `|+` block ends with the blank lines below it, so a blank line fmt wrote there (one that
    followed the text typed in quotes, when fmt made that a block, or one moved there with the comment below it)
    became part of the text, and fmt refused the file (FMT-UNSAFE). Such a blank line cannot be kept and is now
    left out; a quoted text ending in line breaks stays quoted (see styled), and the blank line below it with it."""
    assert fmt(formatter, typed) == expected


# -- property: generated edits ------------------------------------------------------------------

EDITS = settings(derandomize=True, max_examples=60, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TEXTS = ["≥90%", "100%", "12月", "no", "yes", "null", "~", "2022-01-05", "08", "1_000", "0x1F", "1.50", "a: b", "#x",
         "- x", "'q'", '"dq"', "第一段\n第二段", "第一段\n第二段\n", "  前导空格", "末尾空格 ", "", "{a}", "[b]", "％",
         "x\n\ny", "tab\there", "广州市台湾同胞联谊会"]
VALUES = st.one_of(st.sampled_from(TEXTS), st.sampled_from(TEXTS), st.integers(-5, 10**6), st.none(), st.text(max_size=6))


def _containers(node):
    if isinstance(node, (CommentedMap, CommentedSeq)):
        yield node
        for value in (node.values() if isinstance(node, CommentedMap) else node):
            yield from _containers(value)


def _slots(tree, kind: str) -> list[tuple]:
    """(container, key) pairs an edit of this kind can apply to."""
    slots = []
    for node in _containers(tree):
        keys = list(node) if isinstance(node, CommentedMap) else list(range(len(node)))
        for n, key in enumerate(keys):
            scalar = not isinstance(node[key], (CommentedMap, CommentedSeq))
            if ((kind == "value" and scalar) or (kind == "reorder" and isinstance(node, CommentedMap) and n == 0)
                    or (kind in ("add", "remove") and isinstance(node, CommentedSeq))
                    or (kind == "eol-comment" and isinstance(node, CommentedMap) and scalar)
                    or (kind == "line-comment" and isinstance(node, CommentedMap) and n > 0)):
                slots.append((node, key))
    return slots


def _edit(tree, draw, marker: int) -> tuple[str, str | None] | None:
    """Apply one drawn edit (a value, an order, an item, a comment); returns the text of a comment it
    added, and for a comment line the key it was written above."""
    kind = draw(st.sampled_from(["value", "value", "reorder", "add", "remove", "eol-comment", "line-comment"]))
    slots = _slots(tree, kind)
    if not slots:
        return None
    node, key = slots[draw(st.integers(0, len(slots) - 1))]
    if kind == "value":
        node[key] = draw(VALUES)
    elif kind == "reorder":
        for k in draw(st.permutations(list(node))):
            node.move_to_end(k)
    elif kind == "add":
        node.insert(key, copy.deepcopy(node[key]))
    elif kind == "remove":
        del node[key]
    elif kind == "eol-comment":
        node.yaml_add_eol_comment(f"# 备注m{marker}", key)
        return f"备注m{marker}", None
    else:
        node.yaml_set_comment_before_after_key(key, before=f"说明m{marker}")
        return f"说明m{marker}", key
    return None


def _key_below(text: str, marker: str) -> str | None:
    """The key the comment holding `marker` stands above: the first line below it that is not a
    comment or blank, `key:` or `- key:`. None when that key opens its mapping (nothing is above the
    comment, or a bare `-` or a line ending in `:`): such a comment heads the mapping and stays there."""
    lines = text.splitlines()
    at = next((n for n, line in enumerate(lines) if re.search(rf"#.*{marker}", line)), None)
    if at is None:
        return None
    content = [n for n, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]
    above = [n for n in content if n < at]
    below = [n for n in content if n > at]
    if not below or not above or re.fullmatch(r"\s*-|.*:(\s+#.*)?", lines[above[-1]].rstrip()):
        return None
    found = re.match(r"\s*(?:- )?([^:#]+):", lines[below[0]])
    return found.group(1) if found else None


@functools.lru_cache(maxsize=None)
def _loaded(spec):
    """An example read once by ruamel's round-trip loader: every example the property test draws is the same
    tree, so it edits a copy (a tenth of the time of reading the file again)."""
    return YAML().load(spec.read_text(encoding="utf-8"))


def example_tree(spec):
    """A fresh copy of an example's round-trip tree, to edit."""
    return copy.deepcopy(_loaded(spec))


@given(st.data())
@EDITS
def test_fmt_is_idempotent_keeps_data_and_comments_under_generated_edits(formatter, data):
    spec = data.draw(st.sampled_from(SPECS), label="spec")
    source = YAML()  # an ordinary round-trip dump: another indentation and quoting style
    source.indent(mapping=4, sequence=4, offset=2)
    source.width = 4096
    tree = example_tree(spec)
    markers = [m for n in range(data.draw(st.integers(1, 12), label="edits")) if (m := _edit(tree, data.draw, n))]
    out = io.StringIO()
    source.dump(tree, out)
    text = out.getvalue()
    once = fmt(formatter, text)
    assert fmt(formatter, once) == once
    assert data_of(once) == data_of(text)
    for marker, key in markers:
        if re.search(rf"#.*{marker}", text):  # a later edit may have removed the node a comment was on
            assert re.search(rf"#.*{marker}", once), marker
        if key is not None and _key_below(text, marker) == key:
            assert re.search(rf"(?m)^( *)#.*{marker}\n(\1#.*\n|\s*\n)*\1(- )?{key}:", once), (marker, key)


@FUZZ
@given(text=mutated_specs(width=1_000_000))
def test_fmt_handles_specs_of_any_shape(formatter, text):
    """Values of the wrong type, missing or unknown keys: the layout still applies and the data stays. Each value
    on one line: fmt leaves a plain value broken over lines to be mended first (FMT-LINE-BREAK)."""
    once = fmt(formatter, text)
    assert fmt(formatter, once) == once and data_of(once) == data_of(text)


def test_a_comment_moved_above_a_lists_first_item_joins_the_lines_already_there(formatter):
    """A comment moved above a list's first item (its first key moved away) was lost, and fmt refused the
    file (FMT-COMMENT), when a line stood above the item already: ruamel writes those from the list's key."""
    typed = "form: guangzhou\nyear: 2024\nindicators:\n# 上面\n- name: 甲\n  # 关于一级\n  level1: 产出指标\n"
    assert fmt(formatter, typed) == (
        "form: guangzhou\nyear: 2024\nindicators:\n  # 上面\n  # 关于一级\n  - level1: 产出指标\n    name: 甲\n")


def test_the_comment_after_a_flow_collection_stays_with_it_once_it_is_a_block(formatter):
    """`- {…}  # 新增` came out as a dash alone with the comment far to its right (at the column it had
    after the flow text), which the next fmt rewrote, so `fmt --check` failed right after fmt; the lines
    below it came between `budget:` and its first key; and with a line above the item, the data broke
    (FMT-UNSAFE). A list item's comment now goes above it, a key's stays on its line, the lines below follow."""
    typed = (
        "form: guangzhou\nyear: 2024\n"
        "budget: {basic: 1.00, project: 2.00}   # 预算\n"
        "# 下面是单位\n"
        "unit: x单位\n"
        "indicators:\n"
        "# 第一项\n"
        "- {level1: 产出指标, level2: 数量指标, name: 甲, annual_value: '1次'}   # 新增\n"
        "- {level1: 产出指标, level2: 数量指标, name: 乙, annual_value: '2次'}   # 也是新增\n"
        "# 文件结尾\n"
    )
    once = fmt(formatter, typed)
    assert once == (
        "form: guangzhou\nyear: 2024\n"
        "# 下面是单位\n"
        "unit: x单位\n"
        "budget:  # 预算\n  basic: 1.00\n  project: 2.00\n"
        "indicators:\n"
        "  # 第一项\n  # 新增\n"
        '  - level1: 产出指标\n    level2: 数量指标\n    name: 甲\n    annual_value: "1次"\n'
        "  # 也是新增\n"
        '  - level1: 产出指标\n    level2: 数量指标\n    name: 乙\n    annual_value: "2次"\n'
        "# 文件结尾\n"
    )
    assert fmt(formatter, once) == once


@pytest.mark.parametrize("typed, expected", [
    ("form: zhanjiang\nbudget: {basic: 1.00, project: 2.00,\n  fiscal: 3.00,\n  transfer: null}  # 拟用于对下转移支付资金\n"
     "other_tasks: \"\"\n",
     "form: zhanjiang\nbudget:\n  basic: 1.00\n  project: 2.00\n  fiscal: 3.00\n  transfer: null  # 拟用于对下转移支付资金\n"
     "other_tasks: \"\"\n"),
    # The last entry typed is not the last written: the comment goes with the entry it was typed beside.
    ("form: zhanjiang\nbudget: {transfer: null, project: 2.00,\n  basic: 1.00\n}  # 预算\n# 下一个\nother_tasks: \"\"\n",
     "form: zhanjiang\nbudget:\n  basic: 1.00  # 预算\n  project: 2.00\n  transfer: null\n# 下一个\nother_tasks: \"\"\n"),
    ("form: tianjin\nprojects:\n  - name: 甲\n    targets: [甲,\n      乙]  # 目标\n",
     "form: tianjin\nprojects:\n  - name: 甲\n    targets:\n      - 甲\n      - 乙  # 目标\n"),
], ids=["last-entry-on-its-line", "brace-on-a-line-of-its-own", "flow-list"])
def test_the_comment_after_a_flow_collection_typed_over_lines_stays_with_its_last_entry(formatter, typed, expected):
    """`budget: {…,\n  transfer: null}  # 拟用于对下转移支付资金` came out as `budget:  # 拟用于对下转移支付资金`: a note
    typed beside the last entry read as the note of the whole mapping. Typed on one line with the key, it stays
    on the key's line (see the test above); typed over lines, it stays on the line of the entry it followed."""
    assert fmt(formatter, typed) == expected
    assert fmt(formatter, expected) == expected


@pytest.mark.parametrize("typed, expected", [
    ("form: guangzhou\nindicators:\n- {level1: 产出指标, level2: 数量指标, name: 侨务接待次数,  # 新增\n"
     "   annual_value: '10次'}\n",
     'form: guangzhou\nindicators:\n  - level1: 产出指标\n    level2: 数量指标\n    name: 侨务接待次数  # 新增\n'
     '    annual_value: "10次"\n'),
    ("form: guangzhou\nindicators:\n- name: 率\n  period_value: 90%  # 半年\n",
     'form: guangzhou\nindicators:\n  - name: 率\n    period_value: "90%"  # 半年\n'),
    ("form: guangzhou\nindicators:\n- name: 率\n  annual_value: >-   # 年度\n    100%\n",
     'form: guangzhou\nindicators:\n  - name: 率\n    annual_value: "100%"   # 年度\n'),
    ("form: guangzhou\nunit: 'x单位'   # 单位\n", "form: guangzhou\nunit: x单位   # 单位\n"),
    ("form: guangzhou\nindicators:   # 指标\n    -   name: 甲      # 名称\n        level1: 产出指标  # 一级\n",
     "form: guangzhou\nindicators:   # 指标\n  - level1: 产出指标  # 一级\n    name: 甲      # 名称\n"),
    ("form: guangzhou\nbudget:\n basic: 1.00 # 基本\n", "form: guangzhou\nbudget:\n  basic: 1.00  # 基本\n"),
    ("form: tianjin\nprojects:\n-\n  name: |- # 名称\n    租金\n", "form: tianjin\nprojects:\n  - name: |-  # 名称\n      租金\n"),
    # A value deleted from `unit: x单位  # 单位`: the blank after the colon is the one before the `null` written there.
    ("form: guangzhou\nunit:   # 单位\n", "form: guangzhou\nunit: null  # 单位\n"),
    ("form: guangzhou\nunit:     # 单位\n", "form: guangzhou\nunit: null    # 单位\n"),
], ids=["entry-of-a-flow-collection", "text-given-quotes", "block-given-quotes", "quotes-dropped", "re-indented",
        "one-space-re-indented", "after-a-block-indicator", "empty-value-written-null", "empty-value-far-comment"])
def test_a_comment_on_a_line_fmt_rewrites_keeps_its_typed_distance_from_the_text(formatter, typed, expected):
    """ruamel writes a comment that ends a line at the column it was typed at: after an entry of a `{…}` typed
    with others on its line, it stood far right of the entry's own line; where fmt added quotes, it came one
    space from the text (yamllint wants two); where fmt dropped quotes or indentation, the gap grew by what
    was dropped. It now keeps the distance it was typed at, at least two spaces, and two after a flow entry."""
    assert fmt(formatter, typed) == expected
    assert fmt(formatter, expected) == expected


def test_comments_on_lines_fmt_keeps_and_aligned_comments_stay_where_they_were_typed(formatter):
    """A comment on a line fmt writes as typed stays put, one space away or not; a column of comments stays one
    when fmt re-indents some of its lines, and among lines re-indented alike."""
    typed = ("form: guangzhou\nyear: 2023 # 年度\nbudget:            # 万元\n    basic: 1.00    # 基本\n"
             "    project: 2.00  # 项目\nindicators:\n    -   level1: 产出指标   # 一级\n        level2: 数量指标   # 二级\n")
    assert fmt(formatter, typed) == (
        "form: guangzhou\nyear: 2023 # 年度\nbudget:            # 万元\n  basic: 1.00      # 基本\n"
        "  project: 2.00    # 项目\nindicators:\n  - level1: 产出指标       # 一级\n    level2: 数量指标       # 二级\n")


# -- property: specs as people type them --------------------------------------------------------

BLOCK_TEXTS = ["第一段\n# 不是注释\n", "  缩进开头\n第二行", "末尾空行\n\n\n", "第一行\n    缩进的第二行\n", "a: b\n- c\n"]
EOL, ABOVE_KEY, ABOVE_ITEM, IN_FLOW, ELSEWHERE = "eol", "above-key", "above-item", "in-flow", "elsewhere"
LAST_ENTRY = "last-entry"  # after a key's `{…}` or `[…]` typed over lines: on the line of its deepest last entry


@functools.lru_cache(maxsize=None)
def _read(typed: str) -> str:
    """`k: typed` as jixiao reads it, in JSON ("" when it is not YAML)."""
    spec = load_text("x.yaml", f"k: {typed}\n")
    return "" if spec.problems or spec.data is None else json.dumps(spec.data, default=str, ensure_ascii=False)


def _plain_fits(text: str, flow: bool) -> bool:
    """`text` can be typed without quotes (inside `[…]` too when `flow`) and reads back as itself."""
    if not text or text != text.strip() or any(c in text for c in "\n\t" + (",[]{}" if flow else "")):
        return False
    return (_read(text) == json.dumps({"k": text}, ensure_ascii=False)
            and (not flow or _read(f"[{text}]") == json.dumps({"k": [text]}, ensure_ascii=False)))


def _double_quoted(text: str) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
    return '"' + "".join(escapes.get(c) or (c if c.isprintable() else f"\\u{ord(c):04x}") for c in text) + '"'


class Typist:
    """Writes a spec's data as people type it: `[…]` and `{…}` (nested, on one line or over several with
    comments between and after their entries, with a comment after them), `|`, `|-`, `|+`, `|2` and `>`
    blocks (with a comment after the indicator), both kinds of quotes, 2 or 4 spaces, dashes under their key
    or indented, a dash on its own line, keys in their own order, blank lines and comment lines (at odd
    columns too) between items and keys, a comment after `key:`, `---`, a byte order mark, Windows line
    ends, and comments closing the file (with or without a line end).

    Every comment has its own marker; `comments` says where each was written: after a value on the line of
    `key` (EOL), after a key's flow collection typed over lines (LAST_ENTRY: `anchor` is the pattern of its last
    entry's line), above `key` (ABOVE_KEY, not the first key of its mapping), above a list item (ABOVE_ITEM),
    inside a flow collection (IN_FLOW), or where only keeping it counts (ELSEWHERE)."""

    def __init__(self, draw):
        self.draw = draw
        self.indent = draw(st.sampled_from([2, 4]), label="indent")
        self.dash_indented = draw(st.booleans(), label="dashes indented under their key")
        self.dash_pad = draw(st.sampled_from([2, self.indent]), label="columns from a dash to its item")
        self.lines: list[str] = []
        self.text_from: int | None = None  # the column a `|` or `>` block just written takes lines from
        self.comments: list[tuple[str, str, str | None]] = []
        self.after_flow: set[str] = set()  # markers of comments typed after a `[…]` or `{…}` that holds something
        self.last_part_commented = False  # whether flow_lines wrote a comment after the last entry it wrote

    def comment(self, where: str, anchor: str | None = None) -> str:
        marker = f"注{len(self.comments)}号"
        self.comments.append((marker, where, anchor))
        return f"# {marker}"

    def eol(self, where: str, anchor: str | None = None) -> str:
        if not self.draw(st.integers(0, 3)) == 0:
            return ""
        return " " * self.draw(st.integers(1, 4)) + self.comment(where, anchor)

    def gap(self, column: int, where: str, anchor: str | None = None) -> None:
        """Blank lines and comment lines before a key or an item at `column`."""
        for _ in range(self.draw(st.integers(0, 4)) // 3):
            self.lines.append("")
        for _ in range(self.draw(st.integers(0, 5)) // 3):
            at = self.draw(st.sampled_from([column, column, 0, column + 2]))
            if self.text_from is not None and at >= self.text_from:  # it would be a line of the block's text
                at = column
            self.lines.append(" " * at + self.comment(where, anchor))

    def document(self, tree) -> str:
        if self.draw(st.booleans(), label="---"):
            self.lines.append("---" + (self.eol(ELSEWHERE) if self.draw(st.booleans()) else ""))
        self.mapping(tree, 0, inline=False)
        for _ in range(self.draw(st.integers(0, 4)) // 2):
            self.lines.append(self.comment(ELSEWHERE))
        end = "" if self.draw(st.integers(0, 3)) == 0 else "\n"
        bom = "\ufeff" if self.draw(st.integers(0, 3)) == 0 else ""
        text = bom + "\n".join(self.lines) + end
        return text.replace("\n", "\r\n") if self.draw(st.integers(0, 7)) == 0 else text

    def key(self, key) -> str:
        style = self.draw(st.sampled_from(["plain"] * 6 + ["single", "double"]))
        return {"plain": str(key), "single": f"'{key}'", "double": f'"{key}"'}[style]

    def mapping(self, node, column: int, inline: bool) -> None:
        keys = [k for k in node if k == "form" or self.draw(st.integers(0, 3)) > 0] or list(node)[:1]
        if self.draw(st.booleans(), label="keys in another order"):
            keys = self.draw(st.permutations(keys))
        for n, key in enumerate(keys):
            if n or not inline:
                self.gap(column, ABOVE_KEY if n else ELSEWHERE, key if n else None)
            self.entry(key, node[key], column)

    def entry(self, key, value, column: int) -> None:
        head = " " * column + self.key(key) + ":"
        self.text_from = None
        if isinstance(value, (CommentedMap, CommentedSeq)) and value and not self.flowing(value):
            self.lines.append(head + self.eol(EOL, key))
            if isinstance(value, CommentedMap):
                self.mapping(value, column + self.indent, inline=False)
            else:
                self.sequence(value, column + self.indent if self.dash_indented else column, inline=False)
        else:
            self.value(head, value, column + self.indent, EOL, key)

    def sequence(self, node, column: int, inline: bool) -> None:
        items = list(node)[: self.draw(st.integers(1, max(1, min(len(node), 3))))]
        for n, item in enumerate(items):
            if n or not inline:
                self.gap(column, ABOVE_ITEM if n else ELSEWHERE)
            dash = " " * column + "-" + " " * (self.dash_pad - 1)
            inner = column + self.dash_pad
            if isinstance(item, CommentedMap) and item and self.draw(st.integers(0, 5)) == 0:  # `-` on its own
                self.lines.append(dash.rstrip() + self.eol(ABOVE_ITEM))
                self.text_from = None
                self.mapping(item, inner, inline=False)
            elif isinstance(item, (CommentedMap, CommentedSeq)) and item and not self.flowing(item):
                start = len(self.lines)
                if isinstance(item, CommentedMap):
                    self.mapping(item, inner, inline=True)
                else:
                    self.sequence(item, inner, inline=True)
                self.lines[start] = dash + self.lines[start][inner:]
            else:
                self.value(dash.rstrip() if item is None else dash, item, inner, ABOVE_ITEM, None)

    def flowing(self, node) -> bool:
        """Drawn: whether to write this collection as `[…]`/`{…}` (when all it holds can be)."""
        return self._flowable(node) and self.draw(st.integers(0, 3)) == 0

    @staticmethod
    def _flowable(node) -> bool:
        return len(str(node)) < 400  # a longer one would not be typed on one line

    def value(self, head: str, value, inner: int, where: str, anchor) -> None:
        """`head` (`key:` or a dash) followed by a scalar or a flow collection, and maybe a comment."""
        self.text_from = None
        if isinstance(value, (CommentedMap, CommentedSeq)):
            over_lines = bool(value) and self.draw(st.integers(0, 2)) == 0
            flow = self.flow_lines(value, inner) if over_lines else self.flow(value)
            last = _last_entry(value) if over_lines else None
            if where == EOL and last and not (self.last_part_commented and last[1]):
                where, anchor = LAST_ENTRY, last[0]
            comment = self.eol(where, anchor)
            if comment and value:
                self.after_flow.add(self.comments[-1][0])
            self.lines.append(head + (" " if head[-1] != " " else "") + flow + comment)
            return
        if isinstance(value, str) and not isinstance(value, Verbatim):
            block = self.block(value, inner, head.endswith(":"))
            if block:
                indicator, body = block
                self.lines.append(head.rstrip() + " " + indicator + self.eol(where, anchor))
                self.lines.extend(body)
                self.text_from = inner
                return
        text = self.scalar(value, flow=False)
        self.lines.append((head.rstrip() + " " + text if text else head.rstrip()) + self.eol(where, anchor))

    def scalar(self, value, flow: bool) -> str:
        if value is None:
            return self.draw(st.sampled_from(["null", "~"] + ([] if flow else [""])))
        if isinstance(value, Verbatim) or not isinstance(value, str):
            return str(value)
        styles = ["double"]
        if "\n" not in value and all(c.isprintable() or c == "\t" for c in value):
            styles.append("single")
        if _plain_fits(value, flow):
            styles += ["plain", "plain"]
        style = self.draw(st.sampled_from(styles))
        if style == "plain":
            return value
        if style == "single":
            return "'" + value.replace("'", "''") + "'"
        return _double_quoted(value)

    def block(self, text: str, inner: int, after_key: bool) -> tuple[str, list[str]] | None:
        """Drawn: `text` as a `|`, `|-` or `|+` block, or (one line of it) as a `>`/`>-` block, or None. A `>` block
        is cut where its folded space is beside no Chinese character: fmt leaves that one to be mended (FMT-LINE-BREAK)."""
        lines = text.split("\n")
        if (not text.strip() or text[0] == "\t" or (text[0] == " " and not after_key)
                or not all(c.isprintable() or c in "\n\t" for c in text) or self.draw(st.integers(0, 2)) > 0):
            return None
        if "\n" not in text and text[0] != " " and self.draw(st.booleans()):
            cut = self.draw(st.integers(1, len(text)))
            head, tail = text[:cut].rstrip(), text[cut:].strip()
            lines = [head, tail] if tail and not re.search(HAN, head[-1] + tail[0]) else [text.rstrip()]
            return self.draw(st.sampled_from([">", ">-"])), [" " * inner + line for line in lines]
        if text.endswith("\n"):
            lines = lines[:-1]
        indicator = "|" + (str(self.indent) if text[0] == " " else "")  # text opening with a space says its indent
        indicator += "+" if text.endswith("\n\n") else "" if text.endswith("\n") else "-"
        return indicator, [" " * inner + line if line else "" for line in lines]

    def flow(self, node) -> str:
        if isinstance(node, CommentedMap):
            return "{" + ", ".join(f"{self.key(k)}: {self.flow_value(v)}" for k, v in node.items()) + "}"
        return "[" + ", ".join(self.flow_value(v) for v in node) + "]"

    def flow_lines(self, node, inner: int) -> str:
        """`node` as `[…]`/`{…}` over several lines at column `inner`, with comments between and after items."""
        parts = ([f"{self.key(k)}: {self.flow_value(v)}" for k, v in node.items()] if isinstance(node, CommentedMap)
                 else [self.flow_value(v) for v in node])
        text = "{" if isinstance(node, CommentedMap) else "["
        for n, part in enumerate(parts):
            for _ in range(self.draw(st.integers(0, 5)) // 4):
                text += "\n" + " " * inner + self.comment(IN_FLOW)
            text += "\n" + " " * inner + part + ("," if n < len(parts) - 1 else "")
            self.last_part_commented = self.draw(st.integers(0, 3)) == 0
            if self.last_part_commented:
                text += "  " + self.comment(IN_FLOW)
        return text + "\n" + " " * inner + ("}" if isinstance(node, CommentedMap) else "]")

    def flow_value(self, value) -> str:
        if isinstance(value, (CommentedMap, CommentedSeq)):
            return self.flow(value)
        return self.scalar(value, flow=True)


def _last_entry(node) -> tuple[str, bool]:
    """The pattern of the line fmt writes the deepest last entry of the flow collection `node` on, and whether that
    entry is `node`'s own (a comment typed after it takes the line: the one after the collection stays on the key's)."""
    own = True
    while True:
        key = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
        if not (isinstance(node[key], (CommentedMap, CommentedSeq)) and node[key]):
            return (rf"(- )?{re.escape(str(key))}:" if isinstance(node, CommentedMap) else "- "), own
        node, own = node[key], False


@st.composite
def typed_specs(draw) -> tuple[str, list]:
    """An example spec, a few of its values changed, as a person types it (see Typist)."""
    spec = draw(st.sampled_from(SPECS), label="spec")
    tree = canonical_yaml().load(spec.read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(0, 3), label="values changed")):
        slots = _slots(tree, "value")
        node, key = slots[draw(st.integers(0, len(slots) - 1))]
        node[key] = draw(st.one_of(VALUES, st.sampled_from(BLOCK_TEXTS)))
    typist = Typist(draw)
    return typist.document(tree), typist


@given(typed=typed_specs())
@EDITS
def test_fmt_keeps_data_and_comments_of_specs_as_people_type_them(formatter, typed):
    """No shape the typist writes needs a refusal: fmt keeps every comment, each next to what it was written
    after or above, and the data, and formatting its output changes nothing."""
    text, typist = typed
    assert load_text("x.yaml", text).problems == [], text  # the typist writes YAML
    result = formatter.format_spec(load_text("x.yaml", text))
    assert result.problems == [], text
    once = result.after
    assert fmt(formatter, once) == once, text
    assert data_of(once) == data_of(text), text
    for marker, where, anchor in typist.comments:
        assert len(re.findall(rf"#.*{marker}", once)) == 1, (marker, text)
        if where == EOL:
            assert re.search(rf"(?m)^ *(- )?{anchor}:.*#.*{marker}", once), (marker, text)
        elif where == LAST_ENTRY:
            assert re.search(rf"(?m)^ *{anchor}.*#.*{marker}", once), (marker, text)
        elif where == ABOVE_KEY:
            assert re.search(rf"(?m)^( *)#.*{marker}\n(\1#.*\n|\s*\n)*\1(- )?{anchor}:", once), (marker, text)
        elif where == ABOVE_ITEM:
            assert re.search(rf"(?m)^( *)(#.*{marker}\n(\1#.*\n|\s*\n)*\1- |- .*#.*{marker})", once), (marker, text)
    flowed = typist.after_flow | {marker for marker, where, _ in typist.comments if where == IN_FLOW}
    _assert_end_of_line_comments_placed(text.lstrip("\ufeff").replace("\r\n", "\n"), once, flowed)


def _assert_end_of_line_comments_placed(typed: str, once: str, flowed: set[str]) -> None:
    """Every comment that ends a line in `once` is where it was typed if its line is as typed; else two
    spaces after its text if it was typed in or after a flow collection (that text is on other lines now);
    else it keeps the distance it was typed at (from a key left empty, less the blank fmt writes `null` after), or its column (when aligned with a neighbour's), with at
    least two spaces. Never one space from its text, nor far right of a line fmt shortened."""
    for found in re.finditer(r"(?m)^(.*\S)( +)# (注\d+号)$", once):
        written, spaces, marker = found.group(1), len(found.group(2)), found.group(3)
        before = re.search(rf"(?m)^(.*)# {marker}$", typed).group(1)
        content, gap = before.rstrip(" "), len(before) - len(before.rstrip(" "))
        where = (marker, typed, once)
        if written == content:
            assert spaces == gap, where
        elif marker in flowed:
            assert spaces == 2, where
        else:  # after a key left empty, the blank after its colon is the one fmt writes before `null`
            typed_gap = gap - 1 if content.endswith(":") and not written.endswith(":") else gap
            assert spaces == max(2, typed_gap) or (spaces >= 2 and width(written) + spaces == width(before)), where


def test_a_key_the_schema_does_not_know_stays_where_the_clerk_typed_it(formatter):
    """A clerk's own key (`备注`) was moved to the end of its mapping, away from the field it was typed beside;
    it now stays below the key it was typed under, also when fmt puts the known keys back in order."""
    typed = ("form: guangzhou\nyear: 2024\n备注: 草稿\nunit: x单位\nbudget:\n  basic: 1.00\n  备注: 待定  # 问财务\n"
             "  project: 2.00\nkey_tasks:\n- name: 甲\n  amount: 1.00\n  说明: 暂估\n  content: 乙\n")
    assert fmt(formatter, typed) == (
        "form: guangzhou\nyear: 2024\n备注: 草稿\nunit: x单位\nbudget:\n  basic: 1.00\n  备注: 待定  # 问财务\n"
        "  project: 2.00\nkey_tasks:\n  - name: 甲\n    content: 乙\n    amount: 1.00\n    说明: 暂估\n")


def test_fmt_command_leaves_an_unknown_key_in_place(runner, tmp_path):
    """Through the command, as the clerk runs it: the file keeps `备注` under `basic`."""
    spec = tmp_path / "x.yaml"
    spec.write_text("form: guangzhou\nyear: 2024\nunit: x单位\nbudget:\n  basic: 1.00\n  备注: 待定\n  project: 2.00\n",
                    encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(spec)])
    assert result.exit_code == 0, result.output
    assert "  basic: 1.00\n  备注: 待定\n  project: 2.00\n" in spec.read_text(encoding="utf-8")


def test_fmt_help_says_a_text_holding_a_double_quote_is_single_quoted(runner):
    """The help said “只在 YAML 需要时加（双）引号” after fmt had come to single-quote a text holding a `"`."""
    result = runner.invoke(main, ["fmt", "--help"])
    assert result.exit_code == 0 and "（双）引号" not in result.output
    assert "文字里有英文双引号时改用单引号" in "".join(result.output.split())


def test_two_moved_lines_alike_each_go_to_their_own_place(runner, broken):
    """Two tasks' `amount: 1.50` moved above their `content:` were both sent to one place, by their text alone, and
    the other read as 加上“amount: 1.50”, data fmt never adds: each goes to its own task, in order."""
    path, typed = broken(GZ, "amount: 7.24", "amount: 1.50")
    typed, swapped = re.subn(r"(\n    content: [^\n]*)(\n    goal: [^\n]*)?(\n    amount: [^\n]*)", r"\3\1\2", typed)
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    moved = [line for line in result.output.splitlines() if re.search("按 schema 的顺序移到第 [0-9]+ 行“content:", line)]
    assert result.exit_code == 1 and "加上" not in result.output and len(moved) == swapped > 1, \
        result.output
    assert len({line.split("之后")[0].split("移到")[1] for line in moved}) == len(moved), result.output


@pytest.mark.parametrize("given", ["..", ".", "../specs/../specs", "../specs/a.yaml"])
def test_fmt_check_names_files_from_where_it_runs(runner, tmp_path, monkeypatch, given):
    """Run in specs/, `fmt --check ..` named `../specs/a.yaml` (and `../specs/../specs` put its steps in every name):
    a file the clerk knows as `a.yaml`, there, and the name fmt writes it under."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "a.yaml").write_text("form: guangzhou\nyear: 2023\nunit:   单位\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "specs")
    result = runner.invoke(main, ["fmt", "--check", given])
    assert result.exit_code == 1 and result.output.splitlines()[:2] == [
        "需要格式化 a.yaml：1 处与统一格式不同", "  a.yaml:3:1: “unit:   单位”改为“unit: 单位”"]
    result = runner.invoke(main, ["fmt", given])
    assert result.exit_code == 0 and result.output.splitlines()[0] == "已格式化 a.yaml"


def test_a_name_through_a_link_keeps_its_steps_where_shortening_would_lead_elsewhere(runner, tmp_path, monkeypatch):
    """`link/..` is the folder above the link's target, not the current folder: shortened to `a.yaml`, fmt would
    read and rewrite another file than the one it found."""
    (tmp_path / "real" / "in").mkdir(parents=True)
    (tmp_path / "real" / "a.yaml").write_text("form: guangzhou\nyear: 2023\nunit:   单位\n", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real" / "in")
    (tmp_path / "a.yaml").write_text("form: guangzhou\nyear: 2023\nunit: 单位\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["fmt", "--check", "link/../a.yaml"])
    assert result.exit_code == 1 and result.output.startswith(f"需要格式化 {os.path.join('link', '..', 'a.yaml')}：")


def test_a_spec_named_through_a_link_is_formatted_where_the_link_points(runner, tmp_path, monkeypatch):
    """The link was renamed over with the formatted copy: the spec it pointed to stayed unformatted, and with the
    spec checked once under the name given first, `fmt link.yaml specs` formatted nothing in specs/."""
    (tmp_path / "specs").mkdir()
    spec = tmp_path / "specs" / "a.yaml"
    spec.write_text("form: guangzhou\nyear: 2023\nunit:   单位\n", encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(spec)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["fmt", "link.yaml", "specs"])
    assert result.output.splitlines()[0] == "已格式化 link.yaml", result.output
    assert (tmp_path / "link.yaml").is_symlink() and spec.read_text(encoding="utf-8").endswith("unit: 单位\n")


FIRST_INDICATOR = "  - level1: 产出指标\n    level2: 数量指标\n    name: 档案整理完成率\n    period_value: \"100%\"\n"


@pytest.mark.parametrize("typed, told", [
    # its first key moved down the item: was 第 38–39 行：“- name: 档案整理完成率”改为“- level1: 产出指标” and 加上“name: …”
    ("  - name: 档案整理完成率\n    level1: 产出指标\n    level2: 数量指标\n    period_value: \"100%\"\n",
     "38:1: 第 1 个绩效指标的“三级指标”按 schema 的顺序移到第 40 行“level2: 数量指标”之后，“- ”移到第 39 行的“level1: 产出指标”前"),
    ("  - period_value: \"100%\"\n    level1: 产出指标\n    level2: 数量指标\n    name: 档案整理完成率\n",
     "38:1: 第 1 个绩效指标的“实施周期指标值”按 schema 的顺序移到第 41 行“name: 档案整理完成率”之后，"
     "“- ”移到第 39 行的“level1: 产出指标”前"),
    ("  - level2: 数量指标\n    level1: 产出指标\n    name: 档案整理完成率\n    period_value: \"100%\"\n",
     "38:1: 第 1 个绩效指标的“二级指标”按 schema 的顺序移到第 39 行“level1: 产出指标”之后，“- ”移到该行前面"),
    # retyped as well: the key is the same, and the line it goes after is still the typed one
    ("  - name:   档案整理完成率\n    level1: 产出指标\n    level2: 数量指标\n    period_value: \"100%\"\n",
     "38:1: 第 1 个绩效指标的“三级指标”按 schema 的顺序移到第 40 行“level2: 数量指标”之后，“- ”移到第 39 行的“level1: 产出指标”前"),
    # a key the schema does not know, typed below it, goes with it
    ("  - name: 档案整理完成率\n    备注: 待定\n    level1: 产出指标\n    level2: 数量指标\n    period_value: \"100%\"\n",
     "38:1: 第 38–39 行：第 1 个绩效指标的“三级指标”、“备注”按 schema 的顺序移到第 41 行“level2: 数量指标”之后，"
     "“- ”移到第 40 行的“level1: 产出指标”前"),
    # a key moved within an item, not its first: named, and after which of the many `level2:` lines it goes
    ("  - level1: 产出指标\n    name: 档案整理完成率\n    level2: 数量指标\n    period_value: \"100%\"\n",
     "39:1: 第 1 个绩效指标的“三级指标”按 schema 的顺序移到第 40 行“level2: 数量指标”之后"),
], ids=["name-first", "value-first", "level2-first", "retyped", "unknown-key", "not-first"])
def test_a_key_moved_within_a_list_item_is_told_as_the_move_it_is(runner, broken, typed, told):
    """A list item's first key typed above the keys fmt puts first read as “- name: 档案整理完成率”改为“- level1: 产出指标”
    and 加上“name: 档案整理完成率”, as if fmt rewrote one field into another and added data; and a moved line said where
    it goes, after `level2: 数量指标`, a line every indicator has, not which field it is. It is told as one move: the
    field by its name, the typed line it goes after, and where the item's `- ` goes."""
    path, _ = broken(GZ, FIRST_INDICATOR, typed)
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[:2] == [
        f"需要格式化 {path}：1 处与统一格式不同", f"  {path}:{told}"], result.output
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    original = (SPECS[0].parent / GZ).read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") == (
        original.replace("name: 档案整理完成率\n", "name: 档案整理完成率\n    备注: 待定\n", 1) if "备注" in typed else original)


def test_every_item_with_its_name_first_is_one_move_each(runner, broken):
    """With a key typed first in every indicator, no line anchors the items apart (each `level1: 产出指标` is alike):
    each item is still one move, at its own line, going after its own `level2:`."""
    path, typed = broken(GZ, FIRST_INDICATOR, FIRST_INDICATOR)
    typed = re.sub(r"  - level1: (.*)\n    level2: (.*)\n    name: (.*)\n",
                   r"  - name: \3\n    level1: \1\n    level2: \2\n", typed)
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    heads = [n for n, line in enumerate(typed.splitlines(), 1) if line.startswith("  - name: ") and n > 37]
    assert result.exit_code == 1 and result.output.splitlines()[1:-1] == [
        f"  {path}:{n}:1: 第 {k} 个绩效指标的“三级指标”按 schema 的顺序移到第 {n + 2} 行“{_clip(typed, n + 2)}”之后，"
        f"“- ”移到第 {n + 1} 行的“{_clip(typed, n + 1)}”前" for k, n in enumerate(heads, 1)], result.output


def _clip(text: str, line: int) -> str:
    return text.splitlines()[line - 1].strip()


def test_a_key_moved_up_to_open_its_list_item_is_told_as_the_move_it_is(runner, broken):
    """A task's name typed below its amount, which fmt puts first: it read as “- content: …”改为“- name: …” and
    “name: …”改写后移走. It is one move, to above the item's first typed line, whose `- ` goes with it."""
    path, typed = broken(GZ, "  - name: 履行职责，做好参政议政和信息调研工作。\n    content: ", "  - content: ")
    typed = typed.replace("    amount: 1.50\n", "    amount: 1.50\n    name: 履行职责，做好参政议政和信息调研工作。\n", 1)
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[:2] == [
        f"需要格式化 {path}：1 处与统一格式不同",
        f"  {path}:18:1: 第 1 个年度重点工作任务的“名称”按 schema 的顺序移到第 16 行“- content: 组织在穗台籍人大代表、政协委员和台胞骨…”之前，"
        "“- ”移到它前面"], result.output


ZJ = "zhanjiang-qiaolian-2024.yaml"


def test_a_key_moved_below_a_block_is_told_after_the_field_not_a_line_of_its_text(runner, broken):
    """A task's amount typed above its `content: |` block goes after the block: told as 移到第 30 行“10、做好市侨联保密
    工作……”之后, it read as if the amount went into the text. The field it goes after is named, with its lines."""
    path, typed = broken(ZJ, "    amount: 49.41\n", "")
    typed = typed.replace("  - name: 市侨联工作经费\n", "  - amount: 49.41\n    name: 市侨联工作经费\n", 1)
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[1] == (
        f"  {path}:19:1: 第 1 个年度重点工作任务的“拟投入的资金（万元）”按 schema 的顺序移到第 21–31 行的“主要实施内容”之后，"
        "“- ”移到第 20 行的“name: 市侨联工作经费”前"), result.output


def test_a_key_moved_below_a_nested_mapping_is_told_after_the_mapping(runner, broken):
    """`purpose:` typed first in a project goes after its `budget:` mapping, whose last line is `other: null`: quoted,
    that line read as if `purpose` went into the budget."""
    path, _ = broken("tianjin-qiaolian-2023.yaml", "  - name: 2023年度办公用房租金\n    budget:\n",
                     "  - purpose: 市侨联办公用房租赁，保障工作开展\n    name: 2023年度办公用房租金\n    budget:\n")
    text = path.read_text(encoding="utf-8").replace("      other: null\n    purpose: 市侨联办公用房租赁，保障工作开展\n",
                                                    "      other: null\n", 1)
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[1] == (
        f"  {path}:7:1: 第 1 个项目绩效目标表的“资金用途”按 schema 的顺序移到第 9–12 行的“预算规模（万元）”之后，"
        "“- ”移到第 8 行的“name: 2023年度办公用房租金”前"), result.output


def test_items_each_with_keys_out_of_order_are_told_item_by_item(runner, broken):
    """Indicators each with their keys mixed up a different way leave few lines to anchor the diff, and one block held
    the end of an item and the start of the next: “- level2: 数量指标”改为“period_value: …”, 加上 of a key fmt only moves.
    Each item is told on its own, each key (or keys typed together that go together) as one move."""
    path, typed = broken(GZ, "indicators:\n", "indicators:\n")
    items = re.findall(r"  - level1: (.*)\n    level2: (.*)\n    name: (.*)\n    period_value: (.*)\n    annual_value: (.*)\n",
                       typed)
    orders = [("level2", "level1", "name", "period_value", "annual_value"),
              ("period_value", "annual_value", "level1", "level2", "name"),
              ("level1", "name", "level2", "annual_value", "period_value")]
    keys = ("level1", "level2", "name", "period_value", "annual_value")
    body = "".join("".join(("  - " if n == 0 else "    ") + f"{key}: {dict(zip(keys, values))[key]}\n"
                           for n, key in enumerate(orders[k % 3])) for k, values in enumerate(items[:3]))
    typed = typed.replace("".join(f"  - level1: {a}\n    level2: {b}\n    name: {c}\n    period_value: {d}\n"
                                  f"    annual_value: {e}\n" for a, b, c, d, e in items[:3]), body, 1)
    path.write_text(typed, encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[1:-1] == [
        f"  {path}:38:1: 第 1 个绩效指标的“二级指标”按 schema 的顺序移到第 39 行“level1: 产出指标”之后，“- ”移到该行前面",
        f"  {path}:43:1: 第 43–44 行：第 2 个绩效指标的“实施周期指标值”、“年度指标值”按 schema 的顺序移到第 47 行“name: 举办活动场次”之后，"
        "“- ”移到第 45 行的“level1: 产出指标”前",
        f"  {path}:49:1: 第 3 个绩效指标的“三级指标”按 schema 的顺序移到第 50 行“level2: 数量指标”之后",
        f"  {path}:51:1: 第 3 个绩效指标的“年度指标值”按 schema 的顺序移到第 52 行“period_value: \"达到目标值（80%及以上）得满…”之后"], \
        result.output
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8") == (SPECS[0].parent / GZ).read_text(encoding="utf-8")


def _items_with_keys_in(text: str, order_of) -> str:
    """`text` with the keys of every list item typed in the order `order_of(n)` gives for n keys, each key with the
    lines below it: a project's `indicators:` goes with its list, whose items' keys are reordered too."""
    return "".join(_keys_reordered(text.splitlines(keepends=True), order_of))


def _keys_reordered(lines: list[str], order_of) -> list[str]:
    typed, n = [], 0
    while n < len(lines):
        dash = re.match(r"( *)- \w+:", lines[n])
        if not dash:
            typed.append(lines[n])
            n += 1
            continue
        column = len(dash.group(1)) + 2
        end = next((m for m in range(n + 1, len(lines)) if not lines[m].startswith(" " * column)), len(lines))
        starts = [n] + [m for m in range(n + 1, end) if lines[m][column] != " "]
        keys = [[" " * column + lines[start][column:], *_keys_reordered(lines[start + 1:stop], order_of)]
                for start, stop in zip(starts, [*starts[1:], end])]
        keys = [keys[k] for k in order_of(len(keys))]
        keys[0][0] = dash.group(1) + "- " + keys[0][0][column:]
        typed += [line for key in keys for line in key]
        n = end
    return typed


@given(st.data())
@EDITS
def test_any_order_of_every_items_keys_is_told_as_moves(formatter, data):
    """With every indicator's keys scrambled, the diff of the whole file had few lines to anchor on, and from the
    eighth item on keys read as rewritten into others (改为, 加上, 改写后移走) where fmt only moves them. For any
    order of each item's keys, at every depth (a project's keys, its `indicators:` with its list among them, and each
    indicator's), fmt writes the example back as it was, and --check tells only moves: a project holding lists was
    told 加上“purpose: …”, “total: 254.30”改为“total: 40.00” and “targets:”改为“targets:”."""
    spec = data.draw(st.sampled_from(SPECS), label="spec")
    text = spec.read_text(encoding="utf-8")
    typed = _items_with_keys_in(text, lambda n: data.draw(st.permutations(range(n))))
    result = formatter.format_spec(load_text(spec.name, typed))
    assert result.problems == [] and result.after == text
    told = [place.words for place in differences(typed, result.after, result.field_at)]
    assert all("按 schema 的顺序移到" in words for words in told), told


def test_a_long_line_told_rewritten_is_quoted_where_it_changes():
    """Two long lines alike in their first 30 characters were quoted alike, “X”改为“X”: quoted from a little before
    where they part, the change shows."""
    typed, written = "purpose: " + "甲" * 30 + "，乙  丙\n", "purpose: " + "甲" * 30 + "，乙 丙\n"
    assert [place.words for place in differences(typed, written)] == ["“…甲甲甲甲甲甲甲，乙  丙”改为“…甲甲甲甲甲甲甲，乙 丙”"]


def test_every_items_keys_reversed_are_told_as_moves_item_by_item(formatter):
    """The case the diff lost track in: every item's keys in reverse order, each told as moves of its own fields."""
    text = (SPECS[0].parent / GZ).read_text(encoding="utf-8")
    typed = _items_with_keys_in(text, lambda n: range(n - 1, -1, -1))
    result = formatter.format_spec(load_text(GZ, typed))
    told = differences(typed, result.after, result.field_at)
    indicators = [place.words for place in told if "个绩效指标的" in place.words]
    assert all("按 schema 的顺序移到" in place.words for place in told) and len(indicators) == 8 * 4, told
    assert {re.match("第 ([0-9]+) 个绩效指标", words).group(1) for words in indicators} == {str(n) for n in range(1, 9)}


def test_a_comment_between_an_items_keys_goes_with_the_key_below_it_in_a_move(runner, broken):
    """A comment typed between the first keys of an item out of order stays above the key it was typed above, and
    is told as part of that key's lines, not as a line rewritten: it weighs with its key, so the two keys typed
    below (2 lines) are told to move, not the two above with the comment (3 lines)."""
    path, typed = broken(GZ, FIRST_INDICATOR, "  - name: 档案整理完成率\n    # 按年度统计\n    period_value: \"100%\"\n"
                                               "    level1: 产出指标\n    level2: 数量指标\n")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[:2] == [
        f"需要格式化 {path}：1 处与统一格式不同",
        f"  {path}:41:1: 第 41–42 行：第 1 个绩效指标的“一级指标”、“二级指标”按 schema 的顺序移到第 38 行“- name: 档案整理完成率”之前，"
        "“- ”移到它前面"], result.output
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert FIRST_INDICATOR.replace("    period", "    # 按年度统计\n    period") in path.read_text(encoding="utf-8")


def test_an_item_reordered_below_a_key_moved_across_its_list_is_told_where_it_is(runner, broken):
    """`other_tasks:` typed above the task list shifts every task by a line from where fmt writes it: the last task's
    keys, put in order for the rest of the diff at the formatted line, were one line off, and read as 加上 a goal and
    “amount: 0.60”改为“other_tasks: ""”."""
    path, typed = broken(GZ, 'other_tasks: ""\n', "")
    typed = typed.replace("key_tasks:\n", 'other_tasks: ""\nkey_tasks:\n', 1)
    last = re.search(r"  - (name: 全面从严治党.*\n)(    content: .*\n    amount: .*\n)    (goal: .*\n)", typed)
    path.write_text(typed.replace(last.group(0), f"  - {last.group(3)}    {last.group(1)}{last.group(2)}"),
                    encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[1:-1] == [
        f"  {path}:15:1: “其他需完成的任务（可选填）”按 schema 的顺序移到第 16–36 行的“年度重点工作任务”之后",
        f"  {path}:33:1: 第 5 个年度重点工作任务的“期望达到的目标（概述）”按 schema 的顺序移到第 36 行“amount: 0.60”之后，"
        "“- ”移到第 34 行的“name: 全面从严治党，做好党建工作。”前"], result.output


def test_a_comment_above_the_key_that_goes_first_goes_above_the_item_and_the_rest_is_a_move(runner, broken):
    """A comment typed above the key fmt writes first in its item goes above the item's `- `, still right above that
    key: the item was no longer the same lines reordered and fell back to the diff, which told rewrites."""
    path, _ = broken(GZ, FIRST_INDICATOR, "  - name: 档案整理完成率\n    # 按年度统计\n    level1: 产出指标\n    level2: 数量指标\n"
                                          "    period_value: \"100%\"\n")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[:2] == [
        f"需要格式化 {path}：1 处与统一格式不同",
        f"  {path}:38:1: 第 1 个绩效指标的“三级指标”按 schema 的顺序移到第 41 行“level2: 数量指标”之后，“- ”移到第 40 行的“level1: 产出指标”前"], \
        result.output
    assert runner.invoke(main, ["fmt", str(path)]).exit_code == 0
    assert "indicators:\n  # 按年度统计\n" + FIRST_INDICATOR in path.read_text(encoding="utf-8")


def _yaml_1_1_strings(text: str) -> list:
    """The values of a spec's `key_tasks[0]` as a YAML 1.1 reader reads them: PyYAML when installed, else ruamel told
    the file is YAML 1.1."""
    try:
        import yaml as pyyaml
    except ImportError:
        reader = YAML(typ="safe", pure=True)
        reader.version = (1, 1)
        data = reader.load(text)
    else:
        data = pyyaml.safe_load(text)
    return list(data["key_tasks"][0].values())


@st.composite
def yaml_1_1_lookalikes(draw) -> str:
    """Texts YAML 1.2 reads as text and YAML 1.1 as something else: booleans in any case, sexagesimal numbers,
    numbers with `_`, `0x`, `0b`, a bare `=`; and the 1.2 readings fmt already quoted (`null`, a date)."""
    kind = draw(st.sampled_from(["boolean", "sexagesimal", "other"]))
    if kind == "boolean":
        word = draw(st.sampled_from(["y", "yes", "n", "no", "on", "off", "true", "false"]))
        return "".join(c.upper() if draw(st.booleans()) else c for c in word)
    if kind == "sexagesimal":
        return f"{draw(st.integers(1, 999))}:{draw(st.integers(0, 59)):02d}"
    return draw(st.one_of(
        st.builds(lambda a, b: f"{a}_{b:03d}", st.integers(1, 999), st.integers(0, 999)),
        st.integers(0, 4095).map(lambda n: f"0x{n:X}"), st.integers(0, 63).map(lambda n: f"0b{n:b}"),
        st.sampled_from(["=", "null", "Null", "~", "2024-01-01", "1.5e+3", "017", "0o17", ".inf"])))


@given(values=st.lists(yaml_1_1_lookalikes(), min_size=1, max_size=4))
@settings(derandomize=True, max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fmt_keeps_quotes_a_yaml_1_1_reader_needs_to_read_text(formatter, values):
    """fmt wrote `content: "yes"` as `content: yes`: text to jixiao (YAML 1.2), but true to PyYAML and other YAML 1.1
    tools, and `1:20` the number 80. Whatever such texts it is given, quoted, what it writes reads back as the same
    texts to a YAML 1.1 reader."""
    keys = ["name", "content", "goal", "other"][:len(values)]
    typed = "form: guangzhou\nkey_tasks:\n  - " + "\n    ".join(
        f"{key}: {json.dumps(value)}" for key, value in zip(keys, values)) + "\n"
    once = fmt(formatter, typed)
    assert _yaml_1_1_strings(once) == values, once


def test_a_top_level_key_and_a_budget_key_moved_in_one_file_are_told_as_two_moves(runner, broken):
    """`form:` typed below the budget and `transfer:` above `own_level:`: two mapping key moves in one file left the
    diff two lines to anchor on, and the moves read as 加上“form: guangzhou”, “transfer: 0.00”改写后移走 and
    “form: guangzhou”改为“transfer: 0.00”. Each mapping's keys are matched by name, as a list item's are."""
    path, typed = broken(GZ, "form: guangzhou\n", "")
    path.write_text(typed.replace("  own_level: 689.41\n  transfer: 0.00\n",
                                  "  transfer: 0.00\n  own_level: 689.41\nform: guangzhou\n"), encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[:3] == [
        f"需要格式化 {path}：2 处与统一格式不同",
        f"  {path}:11:1: “预算整体情况 › 拟用于对下转移支付资金”按 schema 的顺序移到第 12 行“own_level: 689.41”之后",
        f"  {path}:13:1: “表样”按 schema 的顺序移到第 2 行“year: 2023”之前"], result.output


def test_a_block_reindented_with_a_key_moved_in_it_is_told_reindented_once(runner, broken):
    """The budget typed 4 spaces in with `project:` above `basic:`: the moved line, written at fmt's column, split the
    re-indentation, and `basic:` was told apart from the rest (缩进改为 2 格, then 第 8–13 行：整块左移 2 格)."""
    path, _ = broken(GZ, BUDGET_BLOCK, "budget:\n" + "".join(
        "  " + line + "\n" for line in BUDGET_BLOCK.splitlines()[1:]).replace(
        "    basic: 610.85\n    project: 78.56\n", "    project: 78.56\n    basic: 610.85\n"))
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert result.exit_code == 1 and result.output.splitlines()[1:3] == [
        f"  {path}:6:1: “预算整体情况 › 项目支出”按 schema 的顺序移到第 7 行“basic: 610.85”之后",
        f"  {path}:6:1: 第 6–13 行：整块左移 2 格"], result.output
    assert "2 处与统一格式不同" in result.output


def _keys_moved(text: str, top: list[int], budget: list[int]) -> str:
    """`text` with its top-level keys typed in the order `top` gives and the budget's keys in the order `budget`
    gives, each key with the comment and blank lines above it (the schema line stays first)."""
    def keys(lines: list[str], column: int) -> list[list[str]]:
        starts = [n for n, line in enumerate(lines) if re.match(" " * column + r"\w", line)]
        return [lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)])]

    head, *rest = text.splitlines(keepends=True)
    top_keys = keys(rest, 0)
    at = next(n for n, key in enumerate(top_keys) if key[0] == "budget:\n")
    budget_keys = keys(top_keys[at][1:], 2)
    top_keys[at] = ["budget:\n"] + [line for n in budget for line in budget_keys[n]]
    return head + "".join(line for n in top for line in top_keys[n])


@given(st.data())
@EDITS
def test_any_order_of_the_top_level_and_budget_keys_is_told_as_moves(formatter, data):
    """Keys moved in two mappings of one file (the file's own, the budget's), with a value elsewhere retyped as fmt
    does not write it (`"100%"` unquoted): told as moves, each where it was typed, and the retyped value as a
    rewrite, never as one key rewritten into another."""
    spec = SPECS[0].parent / GZ
    text = spec.read_text(encoding="utf-8")
    top, budget = data.draw(st.permutations(range(8))), data.draw(st.permutations(range(8)))
    typed = _keys_moved(text.replace('period_value: "100%"', "period_value: 100%", 1), top, budget)
    result = formatter.format_spec(load_text(spec.name, typed))
    assert result.problems == [] and result.after == text
    told = [place.words for place in differences(typed, result.after, result.field_at)]
    assert [words for words in told if "按 schema 的顺序移到" not in words] == [
        "“period_value: 100%”改为“period_value: \"100%\"”"], told


def test_items_with_keys_reversed_and_a_value_retyped_are_still_told_as_moves(formatter):
    """One indicator's `"100%"` typed without its quotes kept every key of that item from being matched by name (each
    had to be the same lines as fmt writes them), and its keys read as rewritten into each other: the retyped key is
    put where fmt writes it as typed, and told rewritten there, once."""
    text = (SPECS[0].parent / GZ).read_text(encoding="utf-8")
    typed = _items_with_keys_in(text.replace('period_value: "100%"', "period_value: 100%", 1),
                                lambda n: range(n - 1, -1, -1))
    result = formatter.format_spec(load_text(GZ, typed))
    told = [place.words for place in differences(typed, result.after, result.field_at)]
    assert [words for words in told if "按 schema 的顺序移到" not in words] == [
        "“period_value: 100%”改为“period_value: \"100%\"”"], told


@pytest.mark.parametrize("typed", [
    # between two items, below a `|` block
    "form: guangzhou\nyear: 2024\nkey_tasks:\n  - name: 调研\n    content: |\n      走访台企\n"
    "  # - name: 旧任务\n    # content: 座谈\n  - name: 座谈\n    content: 座谈会\n",
    # between two items, below a plain value
    "form: guangzhou\nyear: 2024\nkey_tasks:\n  - name: 调研\n    amount: 1.00\n"
    "  # - name: 旧任务\n    # amount: 2.00\n  - name: 座谈\n    amount: 3.00\n",
    # a top-level key and its mapping
    "form: guangzhou\nyear: 2024\n# budget:\n  # basic: 1.00\n  # project: 2.00\noverall_target: 甲\n",
], ids=["after-a-block", "after-a-value", "top-level"])
def test_lines_commented_out_with_a_hash_before_their_text_keep_their_indentation(formatter, typed):
    """An item or a key commented out with `#` typed before each line's text kept its words but not its shape: every
    line went to the column of the line below (`# content: 座谈` under `# - name: 旧任务`), and taking the `#` away no
    longer gave the item back. A run of comment lines keeps each line's indentation relative to its first."""
    assert fmt(formatter, typed) == typed


def test_comment_lines_typed_left_of_the_first_still_line_up(formatter):
    """Comment lines that do not hang under their first line (one typed further left) line up with the line below,
    as before: they have no shape to keep."""
    typed = "form: guangzhou\nbudget:\n    # 基本支出\n  # 单位：万元\n  basic: 2.00\n"
    assert fmt(formatter, typed) == "form: guangzhou\nbudget:\n  # 基本支出\n  # 单位：万元\n  basic: 2.00\n"


def _top_level_keys(text: str) -> tuple[str, list[list[str]]]:
    """The schema line and each top-level key's lines (the first key with the lines above it)."""
    head, *rest = text.splitlines(keepends=True)
    starts = [0] + [n for n, line in enumerate(rest) if n and re.match(r"\w", line)]
    return head, [rest[a:b] for a, b in zip(starts, [*starts[1:], len(rest)])]


@given(spec=st.sampled_from(SPECS), data=st.data())
@EDITS
def test_one_top_level_key_moved_anywhere_is_told_as_the_move_of_the_fewest_lines(formatter, spec, data):
    """A short key typed just below a long block it goes above (`unit_code:` at the end of a 300-line spec) tied with
    the block in how many keys stay, and the block was told to move after it (第 5–298 行…移到第 299 行之后). One key
    moved is told as its own move, at the line it was typed; only a key moved past one key with fewer lines is told as
    that key's move (with as many lines, as the move of the one typed first, as two swapped keys always were)."""
    text = spec.read_text(encoding="utf-8")
    head, keys = _top_level_keys(text)
    start = data.draw(st.integers(0, len(keys) - 1))
    to = data.draw(st.integers(0, len(keys) - 1).filter(lambda n: n != start))
    order = list(range(len(keys)))
    order.insert(to, order.pop(start))
    typed = head + "".join(line for n in order for line in keys[n])
    result = formatter.format_spec(load_text(spec.name, typed))
    assert result.problems == [] and result.after == text
    told = differences(typed, result.after, result.field_at)
    jumped = [start + 1] if to == start + 1 else [start - 1] if to == start - 1 else []
    lighter = jumped and (len(keys[jumped[0]]), to < start) < (len(keys[start]), True)
    mover = jumped[0] if lighter else start
    line = 2 + sum(len(keys[n]) for n in order[:order.index(mover)])
    assert [(place.line, "按 schema 的顺序移到" in place.words) for place in told] == [(line, True)], \
        [(place.line, place.words) for place in told]


@pytest.mark.parametrize("typed, written", [
    ("form: zhanjiang\nbasic_info:\n# ===== 以下为基本信息 =====\n  # 人数含退休人员\n  staff_count: 18\n",
     "form: zhanjiang\nbasic_info:\n  # ===== 以下为基本信息 =====\n  # 人数含退休人员\n  staff_count: 18\n"),
    ("form: zhanjiang\nbasic_info:\n# ===== 以下为基本信息 =====\n    # 人数含退休人员\n    staff_count: 18\n",
     "form: zhanjiang\nbasic_info:\n  # ===== 以下为基本信息 =====\n  # 人数含退休人员\n  staff_count: 18\n"),
    ("form: zhanjiang\nbasic_info:\n# ===== 以下 =====\n  # - 旧的一项\n    # amount: 1.00\n  staff_count: 18\n",
     "form: zhanjiang\nbasic_info:\n  # ===== 以下 =====\n  # - 旧的一项\n    # amount: 1.00\n  staff_count: 18\n"),
], ids=["key-at-2", "key-at-4", "content-below-the-header"])
def test_a_header_comment_left_of_the_key_does_not_push_the_comments_below_it_deeper(formatter, typed, written):
    """A column-0 header above a comment typed at its key's column hung the second under the first, and fmt wrote it
    deeper than the key (column 4 above `staff_count:` at 2). Lines at or left of the key's column go to the key's
    column; only lines deeper than it (commented-out content) keep their indentation."""
    assert fmt(formatter, typed) == written


def test_fmt_says_no_place_to_start_from_when_the_data_as_a_whole_changes(runner, tmp_path, monkeypatch):
    """A top-level field added has no place in the file: FMT-UNSAFE said （从这里起） of the whole file."""
    import generator.fmt as fmt_module

    path = tmp_path / "gz.yaml"
    path.write_text((ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    written = fmt_module.canonical_text
    monkeypatch.setattr(fmt_module, "canonical_text", lambda *args: written(*args) + "added: 1\n")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert f"{path}: 错误[FMT-UNSAFE] 格式化会改变文件中的数据，已保持原样未修改" in result.output, result.output


def test_fmt_says_where_a_change_of_the_data_it_refused_begins(runner, tmp_path, monkeypatch):
    """FMT-UNSAFE said 1:1, where the data it would change is not: it is said at the first value changed."""
    import generator.fmt as fmt_module

    path = tmp_path / "gz.yaml"
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    written = fmt_module.canonical_text
    monkeypatch.setattr(fmt_module, "canonical_text", lambda *args: written(*args).replace("basic: 610.85", "basic: 610.86"))
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    line, column = locate(text, "610.85")
    assert f"{path}:{line}:{column}: 错误[FMT-UNSAFE] 格式化会改变文件中的数据（从这里起）" in result.output, result.output


@pytest.mark.parametrize("text", ["甲 \n乙", "甲\n乙\t", "甲\n  \n乙"])
def test_a_text_with_blanks_ending_a_line_is_not_written_as_a_block(text):
    """A `|` block's blanks at a line's end are invisible and the first thing an editor trims on save, so the text
    would silently change; such a text is written quoted, where its blanks show, not as a block."""
    from ruamel.yaml.scalarstring import LiteralScalarString

    from generator.fmt import styled

    written = styled(text, {})
    assert not isinstance(written, LiteralScalarString) and written == text
    assert styled("甲\n乙", {}).__class__ is LiteralScalarString


def test_a_joined_line_of_no_known_form_names_its_field_by_json_path(runner, tmp_path):
    """Without a schema to name the field in Chinese, FMT-LINE-BREAK named it `key_tasks.0.name`, where every other
    problem writes the path as `key_tasks[0].name`."""
    path = tmp_path / "j.yaml"
    path.write_text('form: nosuch\nkey_tasks:\n  - name: "甲乙\n    丙丁"\n', encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", str(path)])
    assert f"{path}:3:11: 错误[FMT-LINE-BREAK] “key_tasks[0].name”：" in result.output, result.output


def test_fmt_check_on_a_save_loads_no_rule_registry_nor_schema_checks(tmp_path):
    """An editor runs `fmt --check` on each save: importing one rule for its helper (TEXT-QUOTES' `quote_slip`) loaded
    every validate rule through the package (DATE-YEAR's among them), fmt_run imported validate for
    `--leave-to-validate` alone, and reading a form's profile imported the schema checks a remembered pass skips.
    Run in fresh interpreters, the cache warmed by the first: other tests load these modules here."""
    import importlib.util
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": str(ROOT), "JIXIAO_CACHE_DIR": str(tmp_path)}
    env.pop("JIXIAO_NO_CACHE", None)
    spec = str(SPECS[0])
    warm = subprocess.run([sys.executable, "cli.py", "fmt", "--check", spec], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert warm.returncode == 0, warm.stdout + warm.stderr
    unloaded = {"generator.validate", "generator.rules.registry", "generator.schema", "generator.rules.date_year"}
    # DATE-YEAR: a rule fmt asks nothing of. Each must exist, or a module renamed would leave this test asserting nothing
    assert all(importlib.util.find_spec(name) for name in unloaded), unloaded
    script = ("import sys\nfrom click.testing import CliRunner\nfrom generator.cli import main\n"
              f"result = CliRunner().invoke(main, ['fmt', '--check', {spec!r}])\n"
              f"print(result.exit_code, sorted({unloaded!r} & set(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.stdout.strip() == "0 []", done.stdout + done.stderr


def test_a_spec_in_a_read_only_folder_is_said_and_the_others_are_still_formatted(runner, tmp_path, monkeypatch):
    """A folder fmt may not write in ended the command at its first spec with the error boundary's 无法读写 of the
    folder and 请换一个文件夹, where fmt has no other folder to write to; the specs after it went unformatted."""
    import generator.write as write

    messy = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("  level2: 时效指标", "  level2: '时效指标'")
    for folder in ("ro", "rw"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / GZ).write_text(messy, encoding="utf-8")
    made = write.tempfile.mkstemp

    def refused(*args, dir=None, **kwargs):
        if Path(dir).name == "ro":
            raise PermissionError(errno.EACCES, "Permission denied", str(Path(dir) / ".jixiao-x.tmp"))
        return made(*args, dir=dir, **kwargs)

    monkeypatch.setattr(write.tempfile, "mkstemp", refused)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["fmt", "ro", "rw"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.output.splitlines() == [
        f"{Path('ro', GZ)}: 错误[FMT-UNWRITTEN] 无法改写，未改动：没有在它所在的文件夹里写文件的权限（fmt 先写出新文件，再换下原文件）；"
        "请取得这个文件夹的写权限后重试（jixiao fmt --check 只列出要改的地方，不写文件）",
        f"已格式化 {Path('rw', GZ)}",
        "检查了 2 个文件：改写了 1 个，1 个有错误，未改动。"], result.output
    assert (tmp_path / "ro" / GZ).read_text(encoding="utf-8") == messy


def test_a_read_only_spec_is_told_to_lose_its_read_only_mark_on_windows(runner, tmp_path, monkeypatch):
    """Windows refuses to replace a read-only file (WinError 5, EACCES), and errors' 请关闭它或换一个位置 sent the
    clerk looking for another place, which fmt has not; Linux and macOS replace it, keeping its mode."""
    from generator import hidden_files

    messy = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("  level2: 时效指标", "  level2: '时效指标'")
    spec = tmp_path / GZ
    spec.write_text(messy, encoding="utf-8")
    spec.chmod(0o444)
    assert runner.invoke(main, ["fmt", str(spec)]).exit_code == 0
    assert spec.read_text(encoding="utf-8") != messy and spec.stat().st_mode & 0o777 == 0o444
    spec.chmod(0o644)
    spec.write_text(messy, encoding="utf-8")

    def refused(source, target):
        raise PermissionError(errno.EACCES, "拒绝访问。", source, 5, target)

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(os, "replace", refused)
    result = runner.invoke(main, ["fmt", str(spec)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.output.splitlines()[0] == (
        f"{spec}: 错误[FMT-UNWRITTEN] 无法改写，未改动：文件是只读的，或正在其他程序中打开；请在它的属性里去掉“只读”，"
        "或关闭使用它的程序后重试（jixiao fmt --check 只列出要改的地方，不写文件）"), result.output
    assert spec.read_text(encoding="utf-8") == messy and not list(tmp_path.glob(".jixiao-*.tmp"))


@pytest.mark.parametrize("refused, said", [
    (errno.EROFS, "无法改写，未改动：所在的磁盘或文件夹是只读的（"),  # no permission to ask for: a read-only disk
    (errno.EBUSY, "无法改写，未改动：正被其他程序占用；请关闭它后重试（"),  # the folder's, no read-only mark on the file
])
def test_a_folder_refusing_fmt_for_another_cause_than_permission_is_said_as_that_cause(runner, tmp_path, monkeypatch,
                                                                                     refused, said):
    """Only a folder's refused permission is told to get the folder's write permission, and only a file's refusal
    on Windows to lose its read-only mark: a read-only disk or a folder in use was neither."""
    import generator.write as write
    from generator import hidden_files

    spec = tmp_path / GZ
    spec.write_text((ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("  level2: 时效指标", "  level2: '时效指标'"),
                    encoding="utf-8")

    def unwritable(*args, dir=None, **kwargs):
        raise OSError(refused, os.strerror(refused), str(Path(dir) / ".jixiao-x.tmp"))

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(write.tempfile, "mkstemp", unwritable)
    result = runner.invoke(main, ["fmt", str(spec)])
    assert result.exit_code == 1 and result.output.startswith(f"{spec}: 错误[FMT-UNWRITTEN] {said}"), result.output


def test_a_spec_fmt_could_not_rewrite_is_an_annotation_under_format_github(runner, tmp_path, monkeypatch):
    """`jixiao fmt --format github` in a workflow: the spec left unwritten is put on the pull request as an error,
    as every other problem of that format is, not printed as a plain line the log alone shows."""
    import generator.write as write

    spec = tmp_path / GZ
    spec.write_text((ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("  level2: 时效指标", "  level2: '时效指标'"),
                    encoding="utf-8")

    def unwritable(*args, dir=None, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(Path(dir) / ".jixiao-x.tmp"))

    monkeypatch.setattr(write.tempfile, "mkstemp", unwritable)
    result = runner.invoke(main, ["fmt", "--format", "github", str(spec)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("::error file=") and "错误[FMT-UNWRITTEN] 无法改写，未改动：" in result.output, \
        result.output


def test_a_quoted_text_ending_in_a_line_break_stays_quoted_as_the_form_prints_its_break(formatter):
    """The forms print a quoted text's closing `\\n` and not a `|` block's (block_ends): fmt wrote `unit: "某单位\\n"`
    as a `|` block, the data the same, and the empty line the author typed under the name left the form. A text
    typed as a block stays one, a quoted text with inner breaks alone still becomes a `|-` block."""
    typed = ('form: guangzhou\nunit: "某单位\\n"\noverall_target: "第一段\\n第二段\\n\\n"\n'
             'indicators:\n  - name: |\n      率\n    annual_value: >\n      100%\n    period_value: "90%\\n半年"\n')
    out = fmt(formatter, typed)
    assert data_of(out) == data_of(typed)
    assert 'unit: "某单位\\n"\n' in out and 'overall_target: "第一段\\n第二段\\n\\n"\n' in out
    assert "name: |\n      率\n" in out and "annual_value: |\n      100%\n" in out and "period_value: |-\n" in out
    printed = load_text("x.yaml", out).printed_data()
    assert printed == load_text("x.yaml", typed).printed_data()
    assert fmt(formatter, out) == out


def test_a_text_past_a_million_characters_stays_on_its_key_line():
    """fmt wrote lines up to 1,000,000 columns: a plain text longer than that (a pasted table, ~1 MB on one line) went
    to a line of its own below its key, which kept `purpose: ` with a trailing space. No width folds a line now."""
    out = io.StringIO()
    canonical_yaml().dump(CommentedMap(purpose="甲" * 1_000_001), out)
    assert out.getvalue() == "purpose: " + "甲" * 1_000_001 + "\n"


@pytest.mark.parametrize("check, tidy_only, one_messy", [
    (False, "检查了 2 个文件：都已是统一格式，没有改动。", "检查了 2 个文件：改写了 1 个，1 个已是统一格式，没有改动。"),
    (True, "检查了 2 个文件：都已是统一格式。", "检查了 2 个文件：1 个需要格式化，1 个已是统一格式。运行 jixiao fmt 即可改写。"),
])
def test_the_summary_says_plainly_what_was_rewritten_and_what_is_tidy(runner, tmp_path, check, tidy_only, one_messy):
    """`检查了 1 个文件：0 个已格式化` on a tidy file read as no file being formatted yet: the summary says the files
    are already in the one layout, and how many were rewritten (or need it) beside how many are."""
    for spec in SPECS[:2]:
        (tmp_path / spec.name).write_text(spec.read_text(encoding="utf-8"), encoding="utf-8")
    option = ["--check"] if check else []
    one = tmp_path / SPECS[0].name
    assert runner.invoke(main, ["fmt", *option, str(one)]).output == (
        "检查了 1 个文件：已是统一格式。\n" if check else "检查了 1 个文件：已是统一格式，没有改动。\n")
    assert runner.invoke(main, ["fmt", *option, str(tmp_path)]).output.splitlines()[-1] == tidy_only
    one.write_text(one.read_text(encoding="utf-8").replace("\nyear: ", "\nyear:   ", 1), encoding="utf-8")
    result = runner.invoke(main, ["fmt", *option, str(tmp_path)])
    assert result.output.splitlines()[-1] == one_messy and result.exit_code == int(check), result.output
