"""`# jixiao: disable=CODE`: validate's warnings silenced in every command that prints them, its errors never; each
comment judged once, by validate for its codes and by lint for the rest (generator/silence.py)."""
from __future__ import annotations

import inspect
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import silence
from generator.cli import main
from generator.lint import RULES as LINT_RULES
from generator.problems import Problem, Severity
from generator.rules.registry import ERRORS_ONLY, RULES
from generator.silence import ACROSS_SPECS
from generator.validate import OWN_CODES

from .conftest import ROOT, locate

GZ, HY = "guangzhou-tailian-2023.yaml", "hengyang-qiaolian-2022.yaml"
SECOND_TASK = "- name: 拓展工作平台，联谊服务在穗台商和在穗高校台生。"
COPIED_TASK = "- name: 履行职责，做好参政议政和信息调研工作。"


@pytest.fixture
def spec(tmp_path):
    """spec(example, (old, new), ...) -> (path, text): a copy with the edits made, in a specs/ folder beside jixiao's
    schema/, so that its first line still names its schema."""

    def make(example: str, *edits: tuple[str, str]):
        text = (ROOT / "specs" / example).read_text(encoding="utf-8")
        for old, new in edits:
            assert old in text, old
            text = text.replace(old, new, 1)
        folder = tmp_path / "specs"
        folder.mkdir(exist_ok=True)
        if not (tmp_path / "schema").exists():
            (tmp_path / "schema").symlink_to(ROOT / "schema")
        path = folder / example
        path.write_text(text, encoding="utf-8")
        return path, text

    return make


def codes(output: str) -> list[tuple[int, str]]:
    """(line, code) of each problem a text report lists."""
    return [(int(line), code) for line, code in re.findall(r"^\S+?:(\d+):\d+: \S+?\[([A-Z0-9-]+)\]", output, re.M)]


def test_a_validate_warning_is_silenced_on_its_line_in_validate_build_and_lint(runner, spec, tmp_path):
    """A unit that lists two key tasks of one name on purpose got SAME-NAME from every command, forever."""
    plain, text = spec(GZ, (SECOND_TASK, COPIED_TASK))
    line = text.count("\n", 0, text.rindex(COPIED_TASK)) + 1  # the copy's, where SAME-NAME is said
    assert (line, "SAME-NAME") in codes(runner.invoke(main, ["validate", str(plain)]).output)  # what is silenced
    path, _ = spec(GZ, (SECOND_TASK, f"{COPIED_TASK}  # jixiao: disable=same-name"))
    for command in (["validate"], ["lint"], ["build", "-o", str(tmp_path / "out"), "--format", "html"]):
        result = runner.invoke(main, [*command, str(path)])
        assert "SAME-NAME" not in result.output and "UNUSED-DISABLE" not in result.output, (command, result.output)
        assert result.exit_code == 0, result.output


def test_a_comment_naming_an_error_leaves_the_error_and_is_itself_reported(runner, spec):
    """lint dropped a BUDGET-SUM error named in a comment; a spec with an error is not built, so it must be seen."""
    path, text = spec(GZ, ("  fiscal: 689.41", "  fiscal: 689.40  # jixiao: disable=BUDGET-SUM"),
                      ("year: 2023", "year: 2023  # jixiao: disable=taxonomy"))
    fiscal, comment = locate(text, "689.40")[0], locate(text, "# jixiao: disable=BUDGET-SUM")
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        found = codes(result.output)
        assert (fiscal, "BUDGET-SUM") in found and result.exit_code == 1, (command, result.output)
        said = next(line for line in result.output.splitlines() if "disable=BUDGET-SUM" in line)
        assert said.startswith(f"{path}:{comment[0]}:{comment[1]}: 警告[DISABLE-ERROR] "), said
        assert "这一行的 BUDGET-SUM 是错误，错误不能屏蔽" in said and "jixiao build 不生成表" in said
        taxonomy = next(line for line in result.output.splitlines() if "disable=taxonomy" in line)
        assert "DISABLE-ERROR" in taxonomy and "TAXONOMY 报告的都是错误" in taxonomy  # named where it has no error too
        assert found.count((comment[0], "DISABLE-ERROR")) == 1, result.output


def test_date_year_warnings_are_silenced_and_its_errors_are_not(runner, spec):
    """DATE-YEAR warns of a date written otherwise than the form prints it, and errs on a date outside the year."""
    path, text = spec(HY, ("  filled_date: 2022年1月5日", "  filled_date: 2022.1.5  # jixiao: disable=DATE-YEAR"),
                      ("filled_date: 2022 年 1 月 5 日", "filled_date: 2020 年 1 月 5 日  # jixiao: disable=DATE-YEAR"))
    written, wrong = locate(text, "2022.1.5")[0], locate(text, "2020 年")[0]
    found = codes(runner.invoke(main, ["validate", str(path)]).output)
    assert (written, "DATE-YEAR") not in found and (wrong, "DATE-YEAR") in found and (wrong, "DISABLE-ERROR") in found


def test_a_comment_silencing_a_warning_on_a_line_with_an_error_of_its_code_says_it_did():
    """DATE-YEAR both warns and errs; a line holding both (two dates in one flow mapping) had its warning dropped by
    the comment, which was then told it had no effect and to be deleted, bringing the warning back."""
    text = "a: 1  # jixiao: disable=DATE-YEAR\n"
    found = [Problem("s.yaml", 1, 4, Severity.ERROR, "DATE-YEAR", "年份不符"),
             Problem("s.yaml", 1, 20, Severity.WARNING, "DATE-YEAR", "写法")]
    kept = silence.for_validate("s.yaml", text, found, OWN_CODES, ERRORS_ONLY, True)
    assert [p.code for p in kept] == ["DATE-YEAR", "DISABLE-ERROR"] and kept[0].is_error, kept
    assert "只去掉了这一行 DATE-YEAR 的警告：这一行的 DATE-YEAR 还有错误，错误不能屏蔽" in kept[1].message
    assert "不起作用" not in kept[1].message and "删除这条注释" not in kept[1].message


def test_an_unused_silence_of_a_validate_code_is_reported_once(runner, spec):
    """validate judges its codes' comments, so lint, which prints validate's problems, says it once, and after
    validate in CI (`--leave-to-validate`) it is validate's, not lint's too."""
    path, text = spec(GZ, ("unit: 广州市台湾同胞联谊会", "unit: 广州市台湾同胞联谊会  # jixiao: disable=TEXT-QUOTES,B6"))
    line = locate(text, "unit:")[0]
    validated = runner.invoke(main, ["validate", str(path)]).output
    assert codes(validated) == [(line, "UNUSED-DISABLE")], validated  # B6 is lint's: lint says so
    assert "无用的屏蔽注释“jixiao: disable=TEXT-QUOTES”：这一行没有 TEXT-QUOTES 的问题；请删除它" in validated
    linted = codes(runner.invoke(main, ["lint", str(path)]).output)
    assert [code for at, code in linted if at == line] == ["UNUSED-DISABLE", "LINT-UNUSED-DISABLE"], linted
    after = json.loads(runner.invoke(main, ["lint", "--leave-to-validate", "--format", "json", str(path)]).output)
    assert [p["code"] for p in after["problems"] if p["line"] == line] == ["LINT-UNUSED-DISABLE"]
    assert after["left_to_validate"] == 1  # validate's UNUSED-DISABLE, its only problem of this spec


def test_lint_of_a_spec_its_schema_refused_honours_the_silences(runner, spec):
    """The reviewer was right: lint returned a refused spec's problems before the silences ran, so a TEXT-QUOTES
    silenced for validate was still lint's. No comment is called unused there: most rules did not run."""
    path, text = spec(GZ, ("unit: 广州市台湾同胞联谊会", "unit: “广州市台湾同胞联谊会”  # jixiao: disable=TEXT-QUOTES"),
                      ("  basic: 610.85", "  basic: 六百"),
                      (SECOND_TASK, f"{SECOND_TASK}  # jixiao: disable=SAME-NAME,B6"))
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        found = codes(result.output)
        assert (locate(text, "basic:")[0], "SCHEMA-TYPE") in found, result.output
        assert not any(code in ("TEXT-QUOTES", "UNUSED-DISABLE", "LINT-UNUSED-DISABLE") for _, code in found), result.output


def test_build_warns_of_an_unfilled_spec_unless_silenced(runner, spec, tmp_path):
    """UNFILLED is validate's warning too, said by build; a comment at its place silences it."""
    path, _ = spec(GZ, ("  - name: 全面从严治党，做好党建工作。", "  - name: （请填写）"))
    out = ["-o", str(tmp_path / "out"), "--format", "html"]
    assert "UNFILLED" in runner.invoke(main, ["build", *out, str(path)]).output
    path, _ = spec(GZ, ("  - name: 全面从严治党，做好党建工作。", "  - name: （请填写）  # jixiao: disable=UNFILLED"))
    result = runner.invoke(main, ["build", *out, "--force", str(path)])
    assert "UNFILLED" not in result.output and "UNUSED-DISABLE" not in result.output, result.output


def test_on_a_spec_its_schema_refused_a_comments_report_is_in_line_order(runner, spec):
    """check() sorted only a spec the schema passed: on one it refused, DISABLE-ERROR came after every other problem."""
    path, text = spec(GZ, ("year: 2023", "year: 2023  # jixiao: disable=taxonomy"), ("  basic: 610.85", "  basic: 六百"))
    found = codes(runner.invoke(main, ["validate", str(path)]).output)
    assert found == sorted(found) and (locate(text, "basic:")[0], "SCHEMA-TYPE") in found, found
    assert (locate(text, "year:")[0], "DISABLE-ERROR") in found


def test_a_silenced_placeholder_leaves_the_others_warned_of(runner, spec, tmp_path):
    """UNFILLED was one warning at the first “（请填写）”: silencing it on that line silenced every other, and a spec
    printing “（请填写）” on its form was called free of problems. The others are said, counted, at the first left."""
    path, text = spec(GZ, (COPIED_TASK, "- name: （请填写）  # jixiao: disable=UNFILLED"),  # the first
                      (SECOND_TASK, "- name: （请填写）"), ("- name: 全面从严治党，做好党建工作。", "- name: （请填写）"))
    second = locate(text, "- name: （请填写）\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert codes(result.output) == [(second[0], "UNFILLED")], result.output
    assert f"{path}:{second[0]}:{second[1] + 8}: " in result.output and "还有 2 处写着“（请填写）”" in result.output
    built = runner.invoke(main, ["build", "-o", str(tmp_path / "out"), "--format", "html", str(path)])
    assert "还有 2 处写着“（请填写）”" in built.output and "UNUSED-DISABLE" not in built.output, built.output


UNIT, HIDDEN = "unit: 广州市台湾同胞联谊会", "unit: 广州市台湾\u200b同胞联谊会"


def test_only_a_yaml_comment_silences_and_the_words_inside_a_value_are_said_to_be_printed(runner, spec):
    """Silences were found in the raw lines: inside quotes the words silenced TEXT-INVISIBLE and were printed on the
    form, and on a line of a `|` block they were called an unused comment to delete, though the form prints them."""
    path, text = spec(GZ, (UNIT, HIDDEN.replace("unit: ", 'unit: "') + ' # jixiao: disable=TEXT-INVISIBLE"'))
    line, column = locate(text, "# jixiao")
    result = runner.invoke(main, ["validate", str(path)])
    assert codes(result.output) == [(line, "TEXT-INVISIBLE"), (line, "TEXT-DISABLE")], result.output
    said = next(out for out in result.output.splitlines() if "TEXT-DISABLE" in out)
    assert said.startswith(f"{path}:{line}:{column}: 警告[TEXT-DISABLE] ") and "是会印在表上的文字" in said, said
    line_of_block = "    7、负责指导全市侨联组织以及各平台的有关工作。"
    path, text = spec(HY, (line_of_block, f"{line_of_block} # jixiao: disable=TEXT-QUOTES"))
    result = runner.invoke(main, ["validate", str(path)])
    assert codes(result.output) == [(locate(text, "# jixiao")[0], "TEXT-DISABLE")], result.output
    assert "请写在 `|` 那一行的末尾" in result.output


def test_a_silence_run_into_its_hash_is_a_silence_and_no_text_cut_short(runner, spec):
    """`#jixiao: disable=X` silenced X while TEXT-COMMENT called it text the `#` cut off the value."""
    path, _ = spec(GZ, (UNIT, f"{HIDDEN} #jixiao: disable=TEXT-INVISIBLE"))
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and codes(result.output) == [], result.output


def test_a_silence_typed_with_a_chinese_keyboard_or_other_spacing_and_case_is_honoured(runner, spec):
    """`，` between codes dropped the second code; `：`, `＝`, `disable = X`, `JIXIAO` silenced nothing, unsaid."""
    path, text = spec(GZ, (UNIT, f"{HIDDEN}  #JIXIAO：Disable ＝ text-invisible，SAME-NAME、TEXT-QUOTES"))
    result = runner.invoke(main, ["validate", str(path)])
    line = locate(text, "#JIXIAO")[0]
    assert codes(result.output) == [(line, "UNUSED-DISABLE")] * 2, result.output  # the two with nothing to silence
    assert "disable=SAME-NAME”" in result.output and "disable=TEXT-QUOTES”" in result.output


def test_the_rules_listing_and_the_readme_name_the_codes_a_comment_may_silence(runner):
    """`lint --rules` said a comment silences lint's rules only; a reader must find validate's there and in the guide
    (docs/lint-rules.md, where README's 逐行屏蔽 is in full)."""
    listing = runner.invoke(main, ["lint", "--rules"]).output.splitlines()[-1]
    guide = (ROOT / "docs" / "lint-rules.md").read_text(encoding="utf-8")
    section = guide[guide.index("## 逐行屏蔽"):]
    section = section[:section.index("\n## ")]
    silenced = listing[listing.index("validate 的警告也可这样屏蔽："):].split("。")[0]
    listed = section[section.index("validate 的警告也可以这样屏蔽"):section.index("`jixiao lint --rules` 的最后一行")]
    for code in OWN_CODES - ERRORS_ONLY | {ACROSS_SPECS}:  # SPEC-NAME-TAKEN too: a comment at the unit's line takes it
        assert code in silenced and code in listed, code
    for code in ERRORS_ONLY:  # named as what cannot be silenced
        assert code not in silenced and code in listing and code in section, code
    assert "错误不能屏蔽" in section and "DISABLE-ERROR" in section and "UNUSED-DISABLE" in section
    validate_help = runner.invoke(main, ["validate", "--help"]).output
    assert "jixiao: disable=" in validate_help and "错误不能屏蔽" in validate_help


def test_errors_only_names_the_rules_that_never_warn():
    """A comment naming one of ERRORS_ONLY is refused on any line; a rule that came to warn must leave it (and one
    that no longer warns join it), or a silence of its warnings would be refused, or one of nothing called used."""
    for code, module in RULES.items():
        assert ("Severity.WARNING" in inspect.getsource(module)) == (code not in ERRORS_ONLY), code


def test_codes_apart_by_blanks_are_each_silenced_in_validate_and_lint(runner, spec):
    """`disable=B6 SAME-NAME` (as flake8's noqa takes codes) read as one code `B6 SAME-NAME`: validate left its
    SAME-NAME and lint called the whole an unused comment; no code holds a blank, so each is a code of its own."""
    for apart in (" ", "  ", "\u3000", ", ", "、 "):
        path, text = spec(GZ, (SECOND_TASK, f"{COPIED_TASK}  # jixiao: disable=SAME-NAME{apart}D5"))
        line = locate(text, "# jixiao")[0]
        for command in ("validate", "lint"):
            result = runner.invoke(main, [command, str(path)])
            found = [code for at, code in codes(result.output) if at == line]
            assert "SAME-NAME" not in found and not any("DISABLE" in code for code in found), (apart, command, result.output)


def test_a_code_nobody_has_is_said_by_validate_with_the_code_meant_and_once_by_lint(runner, spec, tmp_path):
    """`disable=SAME-NAM` silenced nothing and only lint said so: whoever ran validate or build kept the warning and
    never learnt why. validate says it, at the comment, with the code likely meant; lint, printing validate's
    problems, says it once; lint's own codes are no unknown ones to validate."""
    path, text = spec(GZ, (SECOND_TASK, f"{COPIED_TASK}  # jixiao: disable=SAME-NAM"),
                      ("year: 2023", "year: 2023  # jixiao: disable=A99 B6"))
    copied, year = locate(text, "# jixiao: disable=SAME-NAM"), locate(text, "# jixiao: disable=A99")
    for command in (["validate"], ["lint"], ["build", "-o", str(tmp_path / "out"), "--format", "html"]):
        result = runner.invoke(main, [*command, str(path)])
        found = codes(result.output)
        assert found.count((copied[0], "UNKNOWN-DISABLE")) == 1 and (copied[0], "SAME-NAME") in found, result.output
        said = next(line for line in result.output.splitlines() if "disable=SAME-NAM”" in line)
        assert said.startswith(f"{path}:{copied[0]}:{copied[1]}: 警告[UNKNOWN-DISABLE] "), said
        assert "没有 SAME-NAM 这个编号" in said and "是否想写 SAME-NAME？" in said, said
        assert found.count((year[0], "UNKNOWN-DISABLE")) == 1 and "是否想写 A9？" in result.output, result.output
        assert "disable=B6”" not in result.output or command == ["lint"], result.output  # B6 is lint's to judge
        assert not any(code == "LINT-UNUSED-DISABLE" and at == copied[0] for at, code in found), result.output
    after = json.loads(runner.invoke(main, ["lint", "--leave-to-validate", "--format", "json", str(path)]).output)
    assert not any(p["code"] == "UNKNOWN-DISABLE" for p in after["problems"]), after  # validate's, said there


@pytest.mark.parametrize("reason", ["，两项任务确实同名", " ok per review", " 2023 reviewed", "  审核认可",
                                    " OK", " TODO", " NB: checked", " OA系统里已核对", " follow-up", " q3 reviewed", " v2"])
def test_a_reason_after_the_codes_ends_them(runner, spec, reason):
    """`disable=D9，2023年计划为已完成的事` was told “没有 2023 这个编号”, and `disable=B10 ok per review` three codes
    nobody has; `OK`, `TODO`, `NB:` (capitals), `follow-up`, `q3`, `v2` (lower case with a hyphen or digits) were still
    read as codes: after the first code, a word that is no code somebody has, no slip of one and not strictly shaped
    like one (capitals with digits or hyphens) begins the reason."""
    path, text = spec(GZ, (SECOND_TASK, f"{COPIED_TASK}  # jixiao: disable=SAME-NAME{reason}"),
                      ("year: 2023", "year: 2023  # jixiao: disable=D9，2023年计划为已完成的事"))
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        found = codes(result.output)
        assert not any(code == "UNKNOWN-DISABLE" for _, code in found), (command, result.output)
        assert (locate(text, "# jixiao: disable=SAME-NAME")[0], "SAME-NAME") not in found, (command, result.output)


VAGUE = 'period_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"'
"""A line of Guangzhou's with a B6 finding (有所)."""


@pytest.mark.parametrize("written, advice", [
    ("ok", "没有 OK 这个编号"),
    ("B6_reviewed", "是否想写 disable=B6 reviewed？"),
    ("B6reviewed", "是否想写 disable=B6 reviewed？"),
])
def test_a_silence_naming_no_code_is_told_not_passed_over(runner, spec, written, advice):
    """`disable=ok`, `disable=B6_reviewed` named no code-shaped word: B6 stayed and nothing was said of the comment,
    though the README promises a comment silencing nothing is reported. Its first word is its code, told unknown."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao: disable={written}"))
    line = locate(text, "# jixiao")[0]
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        assert codes(result.output).count((line, "UNKNOWN-DISABLE")) == 1 and advice in result.output, result.output
    assert (line, "B6") in codes(result.output)


def test_a_slip_of_a_code_after_blanks_is_the_reason_and_the_finding_left_says_so(runner, spec):
    """After blanks, only a code somebody has is a code: `SAME-NAM` begins the reason, and the SAME-NAME it was to
    silence, left on the line, says so and how to write it; after a comma it is a code, told with the one meant."""
    path, text = spec(GZ, (SECOND_TASK, f"{COPIED_TASK}  # jixiao: disable=b6 SAME-NAM 两项任务确实同名"))
    result = runner.invoke(main, ["validate", str(path)])
    line = locate(text, "# jixiao")[0]
    assert codes(result.output) == [(line, "SAME-NAME")], result.output
    assert ("（这一行的屏蔽注释把“SAME-NAM”读作说明：它写在空格后面，不是已有的编号；要屏蔽 SAME-NAME，"
            "请用逗号隔开：disable=b6,SAME-NAME）") in result.output, result.output
    path, text = spec(GZ, (SECOND_TASK, f"{COPIED_TASK}  # jixiao: disable=b6,SAME-NAM 两项任务确实同名"))
    result = runner.invoke(main, ["validate", str(path)])
    assert codes(result.output).count((line, "UNKNOWN-DISABLE")) == 1 and "是否想写 SAME-NAME？" in result.output, \
        result.output
    assert "“jixiao: disable=SAME-NAM”（其后的“两项任务确实同名”读作说明，不是编号）什么也没有屏蔽" in result.output


@pytest.mark.parametrize("reason", ["B3X", "OK2", "TBD", "A99", "PR-12", "Q3"])
def test_a_reason_in_capitals_near_a_code_is_a_reason(runner, spec, reason):
    """`disable=B6 B3X` was told “没有 B3X 这个编号”（是否想写 disable=B3 X？), `B6 OK2` and `B6 PR-12` likewise: a
    guess from the word's look (capitals with digits, near a code) that nobody could predict. After blanks only a
    code somebody has is a code; messages on the comment say which words were read as the reason."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao: disable=B6,B2,D5 {reason} 已核对"))
    line = locate(text, "# jixiao")[0]
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        found = [code for at, code in codes(result.output) if at == line]
        assert "UNKNOWN-DISABLE" not in found and "B6" not in found, (command, result.output)
    assert found == ["LINT-UNUSED-DISABLE"], result.output  # D5 has nothing on the line (B2 shows where B6 is silenced)
    assert f"“jixiao: disable=D5”（其后的“{reason} 已核对”读作说明，不是编号）：这一行没有 D5 的问题" in result.output


@pytest.mark.parametrize("written, advice", [
    ("B6,B3X", "是否想写 B3？"),
    ("B3X", "是否想写 B3？"),
    ("B6_reviewed,B2", "是否想写 disable=B6,B2 reviewed？"),
    ("B6reviewed，B2 已核对", "是否想写 disable=B6，B2 reviewed 已核对？"),
    ("B6_x,B2_y", "是否想写 disable=B6,B2 x y？"),
    ("B6_x,B2_y 已核对", "是否想写 disable=B6,B2 x y 已核对？"),
])
def test_the_comment_offered_for_a_code_nobody_has_keeps_the_others(runner, spec, written, advice):
    """`disable=B6,B3X` was offered `disable=B3 X`: a slip of one letter read as a reason of one letter, and the comment
    written again without B6, whose finding it would have brought back. A code run into its reason is offered with the
    comment's other codes kept and the reason after them."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao: disable={written}"))
    line = locate(text, "# jixiao")[0]
    result = runner.invoke(main, ["validate", str(path)])
    said = [text for text in result.output.splitlines() if "[UNKNOWN-DISABLE]" in text]
    assert len(said) == 1 and said[0].startswith(f"{path}:{line}:") and advice in said[0], result.output


def test_a_code_nobody_has_is_said_on_a_spec_its_schema_refused(runner, spec):
    """An unused comment waits for the rules to run; a code nobody has will never silence anything."""
    path, text = spec(GZ, ("  basic: 610.85", "  basic: 六百"), (UNIT, f"{UNIT}  # jixiao: disable=TEXT-QUOTE,SCHEMA-TYPE"))
    found = codes(runner.invoke(main, ["validate", str(path)]).output)
    assert (locate(text, "unit:")[0], "UNKNOWN-DISABLE") in found and (locate(text, "basic:")[0], "SCHEMA-TYPE") in found
    assert [code for _, code in found].count("UNKNOWN-DISABLE") == 1, found  # SCHEMA-TYPE is a code, of errors


BLOCK_END = "    8、承办市委、市政府交办的其他工作。"


def test_a_comment_on_a_blocks_line_covers_the_blocks_lines(runner, spec):
    """A `|` block's lines are its text and hold no comment: a space left at its end (said on its own line) could
    not be silenced at all, though TEXT-DISABLE told the author to write the comment on the `|` line."""
    path, text = spec(HY, (BLOCK_END, f"{BLOCK_END}\u3000"))
    end = locate(text, BLOCK_END)[0]
    assert (end, "TEXT-INVISIBLE") in codes(runner.invoke(main, ["validate", str(path)]).output)  # what is silenced
    path, text = spec(HY, (BLOCK_END, f"{BLOCK_END}\u3000"), ("  functions: |", "  functions: |  # jixiao: disable=TEXT-INVISIBLE"),
                      ("- name: 海外联谊", "- name: 海外联谊\u3000"))
    for command in ("validate", "lint"):
        found = codes(runner.invoke(main, [command, str(path)]).output)
        assert (end, "TEXT-INVISIBLE") not in found and not any("DISABLE" in code for _, code in found), (command, found)
        assert (locate(text, "- name: 海外联谊")[0], "TEXT-INVISIBLE") in found  # the line below the block is not covered


def test_every_code_jixiao_reports_is_known_to_silences():
    """UNKNOWN-DISABLE said “没有 QUOTE-RUN-ON 这个编号” of the parser's own code, and of fmt's FMT-LINE-BREAK: the
    list of codes silence.py knows was kept by hand. Every code-shaped string literal in generator/ (codes are
    written so, as constants or in Problem(...)) is one a comment may name without being told it does not exist."""
    import codecs
    from pathlib import Path

    written = set()
    for source in (Path(silence.__file__).parent).rglob("*.py"):
        written |= set(re.findall(r'"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)"', source.read_text(encoding="utf-8")))

    def encoding(name: str) -> bool:  # UTF-8, UTF-16: names of encodings, no codes
        try:
            return bool(codecs.lookup(name))
        except LookupError:
            return False

    codes_written = {code for code in written if not encoding(code)}
    assert {"QUOTE-RUN-ON", "FMT-LINE-BREAK", "SAME-NAME", "YAML-SYNTAX"} <= codes_written  # the scan finds codes
    assert sorted(code for code in codes_written if silence.unknown(code, OWN_CODES)) == []


def test_a_twin_is_a_code_jixiao_gives_and_its_validate_code_one_a_comment_silences():
    """`TWINS` reads a code another command gives as validate's: one nobody gives would be a spelling passed over, and
    a validate code no comment silences would be an error silenced through its twin."""
    from pathlib import Path

    written = "".join(source.read_text(encoding="utf-8") for source in Path(silence.__file__).parent.rglob("*.py")
                      if source.name != "silence.py")
    assert silence.TWINS
    for twin, code in silence.TWINS.items():
        assert f'"{twin}"' in written and code in OWN_CODES - ERRORS_ONLY | {ACROSS_SPECS}, twin
        assert silence.silenced_as(twin.lower()) == code and silence.silenced_as(code) == code


@pytest.mark.parametrize("code", ["QUOTE-RUN-ON", "FMT-LINE-BREAK"])
def test_a_real_code_no_comment_silences_is_not_said_to_be_nobodys(runner, spec, code):
    path, text = spec(GZ, (SECOND_TASK, f"{SECOND_TASK}  # jixiao: disable={code}"))
    result = runner.invoke(main, ["validate", str(path)])
    assert "UNKNOWN-DISABLE" not in result.output and f"没有 {code} 这个编号" not in result.output, result.output


def test_an_unused_comment_on_a_blocks_line_is_said_of_the_block(runner, spec):
    """It said “这一行没有 TEXT-INVISIBLE 的问题” of a comment covering the block's lines as well: the author looked
    at the `|` line alone."""
    path, text = spec(HY, ("  functions: |", "  functions: |  # jixiao: disable=TEXT-INVISIBLE"))
    line, end = locate(text, "  functions: |")[0], locate(text, BLOCK_END)[0]
    result = runner.invoke(main, ["validate", str(path)])
    said = next(out for out in result.output.splitlines() if "UNUSED-DISABLE" in out)
    assert f"：这一段（第 {line}–{end} 行）没有 TEXT-INVISIBLE 的问题；请删除它" in said, said


@pytest.mark.parametrize("written", ["disable=Ｂ６", "ｄｉｓａｂｌｅ＝b6", "disable=B6已核对", "disable＝B6（已与财政局确认）",
                                     "disable=B6【见财政局复函】"])
def test_a_silence_typed_full_width_or_with_a_chinese_reason_run_on_is_honoured(runner, spec, written):
    """A Chinese keyboard in its full-width mode types Ｂ６: read as nothing, the comment silenced nothing, unsaid. A
    code ends where a character no code holds begins: the reason run on after it is a reason."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao：{written}"))
    line = locate(text, "# jixiao")[0]
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        assert [code for at, code in codes(result.output) if at == line and code in ("B6", "UNKNOWN-DISABLE")] == [], \
            (command, result.output)


@pytest.mark.parametrize("reason", ["，OK", ", OK", ", reviewed by Li", "，TODO 下周改", "、ok"])
def test_a_reason_written_after_a_comma_is_a_reason(runner, spec, reason):
    """After a comma any word beginning with a letter was a code: `disable=B6，OK` and `disable=B6, reviewed by Li` were
    told “没有 OK 这个编号”. After a comma a word is a code only if written as codes are or near one; `OK`, `TODO` and
    lower-case prose begin the reason."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao: disable=B6,B2{reason}"))  # B2 is on the line too
    line = locate(text, "# jixiao")[0]
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        assert [code for at, code in codes(result.output) if at == line] == [], (command, result.output)


@pytest.mark.parametrize("written, meant", [(",same-nam", "SAME-NAME"), (",A99", "A9"), ("，B3X", "B3"),
                                            (",PR-12", None)])
def test_a_word_after_a_comma_written_as_a_code_or_near_one_is_a_code(runner, spec, written, meant):
    """A slip of a code, or a word written as codes are, after a comma is still a code nobody has, told so."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao: disable=B6{written} 已核对"))
    line = locate(text, "# jixiao")[0]
    result = runner.invoke(main, ["validate", str(path)])
    assert codes(result.output).count((line, "UNKNOWN-DISABLE")) == 1, result.output
    assert meant is None or f"是否想写 {meant}？" in result.output, result.output


@pytest.mark.parametrize("written, at, wrong, meant", [
    ("disable：B6", 7, "disable 后面要写等号“=”，不是“:”", "是否想写 # jixiao: disable=B6？"),
    ("disable B6", 8, "disable 后面要写等号“=”，不是“B”", "是否想写 # jixiao: disable=B6？"),
    ("disabled=B6", 7, "disable 后面多了“d”，要写 disable=", "是否想写 # jixiao: disable=B6？"),
    ("disable=已核对", 8, "等号后面要紧接着写编号（报告里方括号中的，如 B6），不是“已”", "请写成 # jixiao: disable=编号"),
    ("disable=【B6】", 8, "等号后面要紧接着写编号（报告里方括号中的，如 B6），不是“【”", "是否想写 # jixiao: disable=B6？"),
    ("disable=", 8, "等号后面要紧接着写编号（报告里方括号中的，如 B6），这里什么也没写", "请写成 # jixiao: disable=编号"),
    ("disable= 已核对", 9, "等号后面要紧接着写编号（报告里方括号中的，如 B6），不是“已”", "请写成 # jixiao: disable=编号"),
    ("disable=，已核对", 8, "等号后面要紧接着写编号（报告里方括号中的，如 B6），不是“,”", "请写成 # jixiao: disable=编号"),
    ("disable=、 已核对", 8, "等号后面要紧接着写编号（报告里方括号中的，如 B6），不是“、”", "请写成 # jixiao: disable=编号"),
])
def test_a_comment_meant_as_a_silence_but_none_as_written_is_told_where(runner, spec, written, at, wrong, meant):
    """`# jixiao: disable：B6` silenced nothing and nobody said so: B6 stayed without a word why. validate says it (so
    lint once), at the first character not as a silence is written, with what was expected there."""
    path, text = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao: {written}"))
    line, column = locate(text, "# jixiao")
    column += len("# jixiao: ") + at
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        said = [text for text in result.output.splitlines() if "[UNKNOWN-DISABLE]" in text]
        assert len(said) == 1 and said[0].startswith(f"{path}:{line}:{column}: 警告[UNKNOWN-DISABLE] "), result.output
        assert f"屏蔽注释“# jixiao: {written}”什么也没有屏蔽：{wrong}；{meant}" in said[0], said[0]


@pytest.mark.parametrize("written, at", [("disable= 已核实", 9), ("disable=  ", 10), ("disable=,", 8),
                                        ("disable=\u3000，", 9)])
def test_a_silence_naming_no_code_but_blanks_or_commas_is_told_in_every_command(runner, spec, tmp_path, written, at):
    """`disable= 已核实` matched a silence but named no code, and validate, lint, build and diff ended in an internal
    error (IndexError) for want of a last code to find the reason after. It is told where a code was expected, and
    the spec is otherwise checked, built and compared as ever."""
    path, text = spec(GZ, ("year: 2023", f"year: 2023  # jixiao: {written}"))
    line, column = locate(text, "# jixiao")
    told = f"{path}:{line}:{column + len('# jixiao: ') + at}:"
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, str(path)])
        assert result.exit_code == 0 and "内部错误" not in result.output, result.output
        said = [text for text in result.output.splitlines() if "[UNKNOWN-DISABLE]" in text]
        assert len(said) == 1 and said[0].startswith(f"{told} 警告[UNKNOWN-DISABLE] "), result.output
        assert "请写成 # jixiao: disable=编号，如 # jixiao: disable=B6" in said[0], said[0]
    result = runner.invoke(main, ["build", "-o", str(tmp_path / "out"), "--format", "html", str(path)])
    assert result.exit_code == 0 and "UNKNOWN-DISABLE" in result.output, result.output
    result = runner.invoke(main, ["diff", str(ROOT / "specs" / GZ), str(path)])
    assert result.exit_code == 0 and "内部错误" not in result.output, result.output


def test_a_comment_about_jixiao_is_no_silence_meant(runner, spec):
    path, _ = spec(GZ, (VAGUE, f"{VAGUE}  # jixiao 的设置见 jixiao.yaml"))
    assert "UNKNOWN-DISABLE" not in runner.invoke(main, ["validate", str(path)]).output


def _widened(text: str, wide: list[bool]) -> str:
    """`text` with the characters `wide` marks typed full-width, as a Chinese keyboard in full-width mode types them."""
    return "".join(chr(ord(c) + 0xFEE0) if flag and "!" <= c <= "~" else c for c, flag in zip(text, wide))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted({*OWN_CODES, *LINT_RULES})), st.lists(st.booleans(), min_size=40, max_size=40))
def test_a_silence_typed_full_width_in_any_part_names_the_code_at_the_same_place(code, wide):
    """halfwidth reads one character for one: whichever characters are typed full-width, the comment names the same
    code, at the same line and column, and quotes it as typed."""
    comment = _widened(f"jixiao:disable={code}", wide)
    text = f"unit: 某市侨联\nyear: 2023  #{comment}\n"
    [mark] = silence.silences(text)
    assert (mark.line, mark.column, mark.rule) == (2, 13, code) and mark.written == comment[len("jixiao:disable="):]
