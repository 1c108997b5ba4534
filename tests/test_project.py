"""A project's jixiao.yaml names its own form variants, added to jixiao's, so commands need no flags."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from ruamel.yaml import YAML

from generator import project
from generator.cli import main
from generator.errors import UsageError
from generator.lint import RULES

from .conftest import ROOT, docx_edit

GZ = "guangzhou-tailian-2023.yaml"
TJ = "tianjin-qiaolian-2023.yaml"


@pytest.fixture
def unit_repo(tmp_path, monkeypatch):
    """A unit's repository holding only its own form (`sixth`: no copy of jixiao's forms, shared
    templates or shared definitions), and a spec for it."""
    forms = tmp_path / "forms"
    shutil.copytree(ROOT / "templates" / "guangzhou", forms / "templates" / "sixth")
    schema = (ROOT / "schema" / "guangzhou.schema.json").read_text(encoding="utf-8")
    (forms / "schema").mkdir()
    (forms / "schema" / "sixth.schema.json").write_text(schema.replace("guangzhou", "sixth"), encoding="utf-8")
    profile = forms / "templates" / "sixth" / "profile.yaml"
    profile.write_text(re.sub(r"(?m)^title: .*$", 'title: "{{ unit }}本单位表样"', profile.read_text(encoding="utf-8")),
                       encoding="utf-8")
    (tmp_path / "specs").mkdir()
    spec = (ROOT / "specs" / GZ).read_text(encoding="utf-8").replace("form: guangzhou", "form: sixth")
    (tmp_path / "specs" / "sixth.yaml").write_text(spec, encoding="utf-8")
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_commands_find_the_projects_forms_without_flags(runner, unit_repo):
    assert runner.invoke(main, ["validate"]).exit_code == 0
    assert "sixth" in runner.invoke(main, ["new", "--list"]).output
    result = runner.invoke(main, ["build", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    [html] = (unit_repo / "output").glob("*.html")
    assert "<h1>广州市台湾同胞联谊会本单位表样</h1>" in html.read_text(encoding="utf-8")
    assert runner.invoke(main, ["lint"]).exit_code == 0
    assert runner.invoke(main, ["fmt", "--check"]).exit_code == 0


def test_a_subfolder_finds_the_project_file_above_it(runner, unit_repo, monkeypatch):
    monkeypatch.chdir(unit_repo / "specs")
    assert runner.invoke(main, ["validate", "sixth.yaml"]).exit_code == 0


def test_a_spec_checked_from_outside_its_project_says_where_its_forms_may_be(runner, unit_repo, monkeypatch):
    """From the folder above, the project's jixiao.yaml is not read, so its own form is unknown; the message
    only listed jixiao's forms, and nothing pointed at the project file beside the spec."""
    (unit_repo / "unit").mkdir()
    for name in ("forms", "specs", "jixiao.yaml"):
        (unit_repo / name).rename(unit_repo / "unit" / name)
    result = runner.invoke(main, ["validate", "unit/specs/sixth.yaml"])
    assert result.exit_code == 1 and "FORM-UNKNOWN" in result.output, result.output
    assert f"这个规格所在的项目有自己的设置（{Path('unit', 'jixiao.yaml')}）" in result.output  # from here, as the spec
    assert "请在 unit 里运行" in result.output
    monkeypatch.chdir(unit_repo / "unit")
    assert runner.invoke(main, ["validate", "specs/sixth.yaml"]).exit_code == 0


def _in_a_subfolder_of_a_repository(unit_repo: Path, spec: str = "sixth.yaml") -> Path:
    """The unit's project moved into `big/unit` of a larger repository, with a spec of jixiao's own form beside it at
    the top: what pre-commit is given, as paths from the top it runs at."""
    (unit_repo / ".git").mkdir()
    project = unit_repo / "big" / "unit"
    project.mkdir(parents=True)
    for name in ("forms", "specs", "jixiao.yaml"):
        (unit_repo / name).rename(project / name)
    (unit_repo / "specs").mkdir()
    shutil.copy(ROOT / "specs" / GZ, unit_repo / "specs")
    return Path("big", "unit", "specs", spec)


@pytest.mark.parametrize("command", [["validate"], ["fmt", "--check"], ["lint"]])
def test_the_pre_commit_hooks_read_each_specs_own_project(runner, unit_repo, command):
    """pre-commit runs its hooks at the repository's top: a project in a subfolder, whose jixiao.yaml names its own
    form, had its spec called FORM-UNKNOWN and was told to run jixiao in its folder, which a hook cannot, and fmt
    --check, knowing no schema for it, asked to drop the quotes its indicator values need. The hooks read each
    spec's nearest jixiao.yaml, as the project's own commands do; a spec at the top, jixiao's forms."""
    ours = _in_a_subfolder_of_a_repository(unit_repo)
    given = [str(ours), str(Path("specs") / GZ)]
    before = runner.invoke(main, [*command, *given])  # read from the top: FORM-UNKNOWN, or quotes fmt would drop
    assert before.exit_code == 1 and str(ours) in before.output, before.output
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [entry] = [hook["entry"].split()[1:] for hook in hooks if hook["entry"].split()[1:len(command) + 1] == command]
    result = runner.invoke(main, [*entry, *given])
    assert result.exit_code == 0 and "FORM-UNKNOWN" not in result.output, result.output


def test_lint_reads_each_spec_with_its_own_project(runner, unit_repo):
    """`lint` had no --per-file-project: run at the repository's top it read the top's jixiao.yaml for every spec, so
    a subfolder project's own form was unknown and its own rule settings unread. Two specs in one call, of two
    projects that set B6 apart (an error in one, off in the other), are each linted with their own project's."""
    ours = _in_a_subfolder_of_a_repository(unit_repo)
    (unit_repo / "big" / "unit" / "jixiao.yaml").write_text(
        "templates: forms/templates\nschemas: forms/schema\nlint:\n  rules:\n    B6: error\n", encoding="utf-8")
    (unit_repo / "jixiao.yaml").write_text("lint:\n  rules:\n    B6: false\n", encoding="utf-8")
    theirs = str(Path("specs") / GZ)
    before = runner.invoke(main, ["lint", str(ours), theirs])  # the top's project for both: sixth is unknown
    assert before.exit_code == 1 and "FORM-UNKNOWN" in before.output, before.output
    result = runner.invoke(main, ["lint", "--per-file-project", str(ours), theirs])
    told = {(line.split(":")[0], code) for line in result.output.splitlines()
            for code in re.findall(r"(?:错误|警告)\[(B6|FORM-UNKNOWN)\]", line)}
    assert told == {(str(ours), "B6")}, result.output  # ours: B6 an error; the top's spec: B6 off
    assert "错误[B6]" in result.output and result.exit_code == 1, result.output


def test_lint_refuses_a_config_file_beside_per_file_project(runner, unit_repo):
    """One --config for every spec and each spec's own project cannot both hold: said, not one silently dropped."""
    result = runner.invoke(main, ["lint", "--per-file-project", "--config", "jixiao.yaml", "specs/sixth.yaml"])
    assert result.exit_code == 2 and "--config 与 --per-file-project 不能同时使用" in result.output, result.output


def test_lint_refuses_to_list_rules_beside_per_file_project(runner, unit_repo):
    """`lint --per-file-project --rules` listed the current folder's settings as if they were every spec's: one
    listing cannot show each spec's own project, so the pair is refused as --config beside the flag is."""
    result = runner.invoke(main, ["lint", "--per-file-project", "--rules"])
    assert result.exit_code == 2, result.output
    assert "--rules 与 --per-file-project 不能同时使用" in result.output and "Traceback" not in result.output, result.output


def test_a_spec_checked_with_its_own_project_is_not_told_to_run_there(runner, unit_repo):
    """With each spec's own project read, a form it still lacks is told as unknown among that project's forms, not
    with the hint to run jixiao in the project's folder: there it reads the same."""
    ours = _in_a_subfolder_of_a_repository(unit_repo)
    spec = unit_repo / ours
    spec.write_text(spec.read_text(encoding="utf-8").replace("form: sixth", "form: sixht"), encoding="utf-8")
    result = runner.invoke(main, ["validate", "--per-file-project", str(ours)])
    assert result.exit_code == 1 and "FORM-UNKNOWN" in result.output and "sixth" in result.output, result.output
    assert "里运行" not in result.output


def test_the_hooks_do_not_read_a_project_file_above_the_repository(runner, unit_repo, monkeypatch):
    """A jixiao.yaml above the repository's top is no project of the repository's: CI's clone has none. Read for a
    spec by the hook, it passed what CI refused."""
    inner = unit_repo / "repository"
    (inner / ".git").mkdir(parents=True)
    (inner / "specs").mkdir()
    shutil.move(unit_repo / "specs" / "sixth.yaml", inner / "specs")
    monkeypatch.chdir(inner)
    assert runner.invoke(main, ["validate", "specs/sixth.yaml"]).exit_code == 0  # the current folder's, found above
    result = runner.invoke(main, ["validate", "--per-file-project", "specs/sixth.yaml"])
    assert result.exit_code == 1 and "FORM-UNKNOWN" in result.output, result.output


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_the_fmt_hooks_advice_carries_the_flag_it_ran_with(runner, unit_repo, fmt):
    """`fmt --check --per-file-project` told "运行 jixiao fmt 即可改写": run so at the repository's top, plain fmt read
    the top's project, where the spec's form is unknown, and the hook failed again."""
    ours = unit_repo / _in_a_subfolder_of_a_repository(unit_repo)
    ours.write_text(ours.read_text(encoding="utf-8").replace('"100%"', "100%", 1), encoding="utf-8")
    result = runner.invoke(main, ["fmt", "--check", "--per-file-project", "--format", fmt, str(ours)])
    assert result.exit_code == 1, result.output
    assert "jixiao fmt --per-file-project" in result.output and "运行 jixiao fmt 即可" not in result.output


def test_plain_fmt_leaves_a_spec_whose_form_only_its_own_project_has(runner, unit_repo):
    """Plain `jixiao fmt big/unit/specs/a.yaml` at the repository's top read the top's project: without the form's
    schema it took off the quotes the indicator values need and said 已格式化. It leaves the file, says where the
    form is, and how to run fmt so that it reads it."""
    ours = _in_a_subfolder_of_a_repository(unit_repo)
    typed = (unit_repo / ours).read_text(encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(ours)])
    assert result.exit_code == 1 and "FORM-UNKNOWN" in result.output, result.output
    assert f"jixiao fmt --per-file-project {ours}" in result.output and str(Path("big", "unit")) in result.output
    assert (unit_repo / ours).read_text(encoding="utf-8") == typed
    assert runner.invoke(main, ["fmt", "--check", "--per-file-project", str(ours)]).exit_code == 0


def test_plain_fmt_still_formats_a_spec_whose_form_no_project_has(runner, unit_repo):
    """A form unknown in its own project too has no schema to read anywhere: fmt lays it out by the generic rules,
    as before."""
    spec = unit_repo / "specs" / "sixth.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("form: sixth", "form: nosuch").replace("year: ", "year:  "),
                    encoding="utf-8")
    result = runner.invoke(main, ["fmt", str(spec)])
    assert result.exit_code == 0 and "已格式化" in result.output, result.output
    assert "year:  " not in spec.read_text(encoding="utf-8")


def test_the_schema_line_says_where_to_write_a_subfolder_projects_copy(runner, unit_repo, monkeypatch):
    """SCHEMA-LINE told `jixiao schema sixth -o big/unit/schema/sixth.schema.json`, which run at the repository's top,
    where the hook that said it runs, reads the top's project: 表样不存在. It says to run it in the project's folder,
    and so run it writes the copy the line names."""
    ours = unit_repo / _in_a_subfolder_of_a_repository(unit_repo)
    text = ours.read_text(encoding="utf-8")
    ours.write_text(re.sub(r"(?m)^# yaml-language-server: .*$", "# yaml-language-server: $schema=../schema/sixth.schema.json",
                           text), encoding="utf-8")
    result = runner.invoke(main, ["validate", "--per-file-project", str(ours)])
    told = re.search(r"请在 (\S+) 里运行 jixiao schema sixth -o (\S+) 写出", result.output)
    assert told and Path(told[1]) == Path("big", "unit"), result.output
    monkeypatch.chdir(told[1])
    assert runner.invoke(main, ["schema", "sixth", "-o", told[2]]).exit_code == 0
    monkeypatch.chdir(unit_repo)
    result = runner.invoke(main, ["validate", "--per-file-project", str(ours)])
    assert result.exit_code == 0 and "SCHEMA-LINE" not in result.output, result.output


def test_flags_win_over_the_project_file(runner, unit_repo):
    result = runner.invoke(main, ["validate", "--templates", str(ROOT / "templates"), "--schemas", str(ROOT / "schema")])
    assert result.exit_code == 1 and "sixth" in result.output  # jixiao's own forms have no `sixth`


def test_the_projects_forms_are_added_to_jixiaos(runner, unit_repo):
    shutil.copy(ROOT / "specs" / TJ, unit_repo / "specs")
    assert runner.invoke(main, ["validate"]).exit_code == 0
    result = runner.invoke(main, ["build", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(list((unit_repo / "output").glob("*.docx"))) == 2


def test_a_project_form_named_like_one_of_jixiaos_takes_its_place(runner, unit_repo):
    (unit_repo / "forms" / "templates" / "sixth").rename(unit_repo / "forms" / "templates" / "guangzhou")
    shutil.copy(ROOT / "specs" / GZ, unit_repo / "specs")
    result = runner.invoke(main, ["build", str(Path("specs") / GZ), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    [html] = (unit_repo / "output").glob("*.html")
    assert "<h1>广州市台湾同胞联谊会本单位表样</h1>" in html.read_text(encoding="utf-8")


def test_a_new_spec_names_the_projects_schema_when_it_stands_alone(runner, unit_repo):
    """The project's schema refers to jixiao's shared definitions, which are not in the project:
    the spec names a self-contained copy; once the definitions are beside it, the schema itself."""
    new = ["new", "--form", "sixth", "--unit", "某单位", "--year", "2025", "-o", "specs/new.yaml"]
    assert runner.invoke(main, new).exit_code == 0
    first = (unit_repo / "specs" / "new.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schema/sixth.schema.json"
    copied = (unit_repo / "schema" / "sixth.schema.json").read_text(encoding="utf-8")
    year = json.loads(copied)["properties"]["year"]
    assert year["type"] == "integer" and "defs.schema.json" not in copied  # the shared definitions copied in

    shutil.copy(ROOT / "schema" / "defs.schema.json", unit_repo / "forms" / "schema")
    assert runner.invoke(main, [*new[:-1], "specs/other.yaml"]).exit_code == 0
    first = (unit_repo / "specs" / "other.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../forms/schema/sixth.schema.json"


@pytest.mark.parametrize("content", ["", "# lint:\n#   rules:\n#     B10: false\n"])
def test_an_empty_project_file_sets_nothing_and_stops_nothing(runner, unit_repo, content):
    (unit_repo / "jixiao.yaml").write_text(content, encoding="utf-8")
    shutil.copy(ROOT / "specs" / GZ, unit_repo / "specs")
    for command in (["validate", str(Path("specs") / GZ)], ["lint", str(Path("specs") / GZ)]):
        result = runner.invoke(main, command)
        assert result.exit_code == 0, (command, result.output)


@pytest.mark.parametrize("content, words", [
    ("template: forms/templates\n", "jixiao.yaml:1:1: 错误[CONFIG-UNKNOWN] 不认识的设置“template”"),
    ("templates: forms/nowhere\nschemas: forms/schema\n", "jixiao.yaml:1:12: 错误[CONFIG-FOLDER] templates（表样文件夹）“forms/nowhere”不存在"),
    ("templates: [forms]\n", "jixiao.yaml:1:12: 错误[CONFIG-FOLDER] templates（表样文件夹）应写成文件夹路径"),
    ('schemas: "forms\\0"\n', "jixiao.yaml:1:10: 错误[CONFIG-FOLDER] schemas（schema 文件夹）应写成文件夹路径"),  # a NUL in a path: exit 4
    ("schemas: " + "a" * 300 + "\n",  # a name longer than the system takes: was exit 1, at no line of jixiao.yaml
     f"jixiao.yaml:1:10: 错误[CONFIG-FOLDER] schemas（schema 文件夹）“{'a' * 300}”无法读取：文件名“{'a' * 20}……”太长：300 字节"),
    ("templates: forms/templates\nschemas： forms/schema\n", "jixiao.yaml:2:8: 错误[YAML-SYNTAX] YAML 语法错误：“schemas”后面是中文冒号"),
])
def test_a_wrong_project_file_stops_every_command_with_its_place(runner, unit_repo, content, words):
    (unit_repo / "jixiao.yaml").write_text(content, encoding="utf-8")
    for command in (["validate"], ["build"], ["lint"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2 and words in result.output, (command, result.output)
        # as a spec's problem: the path as from here at the line's start, not `错误：/abs/jixiao.yaml:…`
        assert re.search(rf"^{re.escape(words)}", result.output, re.M) and not result.output.startswith("错误："), result.output


def test_a_project_file_found_above_is_named_as_from_here(runner, unit_repo, monkeypatch):
    """Run from specs/, a syntax error in jixiao.yaml was `错误：/abs/…/jixiao.yaml:1:7: 错误[YAML-SYNTAX] …`: 错误 twice,
    a path nobody typed, the place in the middle of the line. It is said as a spec's problem is, from here."""
    (unit_repo / "jixiao.yaml").write_text("lint: [1\n", encoding="utf-8")
    monkeypatch.chdir(unit_repo / "specs")
    result = runner.invoke(main, ["lint"])
    assert result.exit_code == 2, result.output
    assert re.search(r"^\.\./jixiao\.yaml:1:7: 错误\[YAML-SYNTAX\] ", result.output.replace(os.sep, "/"), re.M), result.output
    assert str(unit_repo) not in result.output and "错误：" not in result.output.split("[YAML-SYNTAX]")[0]


@pytest.mark.parametrize("content, where", [("42\n", "1:1"), ("- a\n", "1:1"), ("# 项目设置\n\n[templates, schemas]\n", "3:1")])
def test_a_project_file_that_is_no_mapping_says_what_a_project_file_holds(runner, unit_repo, content, where):
    """It got the spec loader's words, 请以 form:、year:、unit: 等字段开头: the keys of a spec, not of jixiao.yaml."""
    (unit_repo / "jixiao.yaml").write_text(content, encoding="utf-8")
    for command in (["validate"], ["new", "--list"], ["lint"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2, (command, result.output)
        assert re.search(f"^jixiao.yaml:{where}: 错误\\[YAML-NOT-MAPPING\\] jixiao.yaml 应由“键: 值”形式的设置组成", result.output,
                         re.M), (command, result.output)
        assert "lint、templates、schemas" in result.output and "templates: forms/templates" in result.output
        assert "form:" not in result.output


def test_every_problem_of_the_project_file_is_listed_at_once_in_the_order_written(runner, unit_repo):
    """Only the first unknown key was named: each fix took another run, and the rule settings were not read at all."""
    (unit_repo / "jixiao.yaml").write_text(
        "templtes: forms/templates\nlint:\n  rule: {B10: false}\n  rules:\n    B10: {flor: 90}\n    B99: false\n"
        "schemas: forms/nowhere\nextends: x\n", encoding="utf-8")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert lines[:6] == [
        "jixiao.yaml:1:1: 错误[CONFIG-UNKNOWN] 不认识的设置“templtes”；是否想写“templates”？",
        "jixiao.yaml:3:3: 错误[CONFIG-LINT] lint: 下只能有 rules:，不认识“rule”；是否想写“rules”？",
        "jixiao.yaml:5:11: 错误[CONFIG-RULE] 规则 B10 没有参数“flor”；可用的参数：enabled、severity、floor、allow_full",
        f"jixiao.yaml:6:5: 错误[CONFIG-RULE] 没有规则“B99”；可用的规则：{'、'.join(RULES)}",
        "jixiao.yaml:7:10: 错误[CONFIG-FOLDER] schemas（schema 文件夹）“forms/nowhere”不存在："
        f"找的是 {Path('forms', 'nowhere')}",  # under the current folder: named from it, as the jixiao.yaml before it
        "jixiao.yaml:8:1: 错误[CONFIG-UNKNOWN] 不认识的设置“extends”",
    ]
    assert lines[6] == "可以写的设置如下例：" and "内部错误" not in result.output


@pytest.mark.parametrize("command", [
    ["validate"], ["build"], ["lint"], ["fmt", "--check"], ["new", "--list"], ["schema", "sixth"],
    ["diff", "specs/sixth.yaml", "specs/sixth.yaml"], ["serve"],
])
def test_a_misspelt_rule_setting_stops_every_command_that_reads_the_project(runner, unit_repo, monkeypatch, command):
    """It stopped only `jixiao lint`: validate, build and the pre-commit hook passed, and CI's lint step failed later."""
    import generator.serve_http

    monkeypatch.setattr(generator.serve_http, "make_server", lambda *args: pytest.fail("serve started"))
    with (unit_repo / "jixiao.yaml").open("a", encoding="utf-8") as settings:
        settings.write("lint:\n  rules:\n    B10: {flor: 90}\n")
    result = runner.invoke(main, command)
    assert result.exit_code == 2, (command, result.output)
    assert "jixiao.yaml:5:11: 错误[CONFIG-RULE] 规则 B10 没有参数“flor”" in result.output, (command, result.output)


def test_rule_settings_that_passed_are_not_judged_again(unit_repo, monkeypatch):
    """Judging them imports lint's rules, tens of ms on every command: a pass is remembered, a mistake never is."""
    import generator.lint.config

    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(unit_repo / "cache"))  # no pass of another test's
    judged = []
    judge = generator.lint.config.wrong_settings
    monkeypatch.setattr(generator.lint.config, "wrong_settings", lambda *args: judged.append(args[1]) or judge(*args))
    settings = unit_repo / "jixiao.yaml"
    for rules in ("B10: {floor: 90}", "B10: {flor: 90}"):
        settings.write_text(f"lint:\n  rules:\n    {rules}\n", encoding="utf-8")
        for _ in range(2):
            try:
                project.read(settings)
            except UsageError:
                pass
    assert judged == [{"B10": {"floor": 90}}, {"B10": {"flor": 90}}, {"B10": {"flor": 90}}]


# ---- a unit's own form, broken the ways people break them ------------------------------------------------------


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new, words", [
    ("name: ", "name: 佛山：表: x\nx: ", r"profile.yaml:2:\d+: 错误\[YAML-SYNTAX\] YAML 语法错误"),
    ("frame: main", "frame: mian", r"profile.yaml:\d+:\d+: 错误\[PROFILE\] 指标体系“mian”没有在 frames 中定义；已定义的：main"),
    ("orientation: portrait", "orientaton: portrait", r"profile.yaml:\d+:1: 错误\[SCHEMA-ADDITIONALPROPERTIES\] .*“orientaton”；是否想写“orientation”"),
    ("[budget.basic, budget.project]", "[budget.basc, budget.project]",
     r"profile.yaml:\d+:\d+: 错误\[PROFILE\] “budget.basc”中的“basc”不是 sixth.schema.json 里的字段；是否想写“basic”？"
     r"这里可以写：basic、"),
    # lint's facts: misspelt, they used to switch their rules off without a word
    ("{path: overall_target}", "{path: overall_targte}",
     r"profile.yaml:\d+:14: 错误\[PROFILE\] “overall_targte”不是 sixth.schema.json 里的字段；是否想写“overall_target”？"
     r"这里可以写：.*overall_target"),
    ("{key: annual_value, period: year}", "{key: anual_value, period: year}",
     r"profile.yaml:\d+:\d+: 错误\[PROFILE\] lint.values 中的“anual_value”不是 sixth.schema.json 中 indicators 每一行的栏目；"
     r"是否想写“annual_value”？可以写：.*annual_value"),
    ("cost_budget: [budget.basic", "cost_budget: [budget.basik", r"profile.yaml:\d+:\d+: 错误\[PROFILE\] “budget.basik”中的“basik”.*是否想写“basic”？"),
])
def test_a_broken_profile_is_named_at_its_line_exit_2(runner, unit_repo, old, new, words):
    _edit(unit_repo / "forms" / "templates" / "sixth" / "profile.yaml", old, new)
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2 and re.search(words, result.output), result.output
    assert "内部错误" not in result.output


@pytest.mark.parametrize("rules, words", [
    ("    X9: false\n", r"profile.yaml:(\d+):5: 错误\[PROFILE\] 没有规则“X9”"),
    ("    B6: {lvl: 3}\n", r"profile.yaml:(\d+):10: 错误\[PROFILE\] 规则 B6 没有参数“lvl”"),
    ("    B10: {floor: 很高}\n", r"profile.yaml:(\d+):18: 错误\[PROFILE\] 规则 B10 的参数“floor”应为数字"),
    ("    D4: {similarity: 80}\n", r"profile.yaml:(\d+):22: 错误\[PROFILE\] 规则 D4 的参数“similarity”应大于 0 且不大于 1，实际是 80"),
])
@pytest.mark.parametrize("command", [["validate"], ["build"], ["new", "--list"], ["lint"]])
def test_a_profiles_wrong_lint_rule_setting_stops_every_command_at_its_line(runner, unit_repo, rules, words, command):
    """It stopped only `jixiao lint`: validate, build and `new --list` passed, and CI's lint step failed later."""
    profile = unit_repo / "forms" / "templates" / "sixth" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + "  rules:\n" + rules, encoding="utf-8")
    result = runner.invoke(main, command)
    found = re.search(words, result.output)
    assert result.exit_code == 2 and found, (command, result.output)
    assert int(found.group(1)) == len(profile.read_text(encoding="utf-8").splitlines())
    assert len(re.findall(words, result.output)) == 1 and "内部错误" not in result.output


def test_a_broken_schema_file_is_named_at_its_line_exit_2(runner, unit_repo):
    schema = unit_repo / "forms" / "schema" / "sixth.schema.json"
    original = schema.read_text(encoding="utf-8")
    _edit(schema, '"const": "sixth"', '"const": "guangzhou"')
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2 and re.search(r"sixth.schema.json:\d+:\d+: form（表样）的“const”：是“guangzhou”，应为这个表样的名字“sixth”",
                                               result.output), result.output
    schema.write_text(original.replace('",\n', '"\n', 1), encoding="utf-8")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2 and re.search(r"sixth.schema.json:\d+:\d+: schema 文件不是有效的 JSON：缺少逗号", result.output)
    schema.unlink()
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 1 and "表样“sixth”有文件夹" in result.output and "但没有 schema：找过" in result.output


def _damage_deflated(path: Path, part: str) -> None:
    """Make a part's compressed bytes start with a block of the type deflate reserves: reading it is a zlib.error."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as package:
        offset = package.getinfo(part).header_offset
    name_length, extra_length = struct.unpack("<HH", data[offset + 26:offset + 30])
    data[offset + 30 + name_length + extra_length] = 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("template, old, new, words", [
    ("form.html", "{% for task in key_tasks %}", "{% for task in key_tasks %", r"form.html:20:3: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：“\{% for task in key_tasks %”中，“\{%”没有配对的“%\}”"),
    ("form.html", "budget.basic", "budget.basci",
     r"form.html:\d+:\d+: 错误\[RENDER-TEMPLATE\] .*用到的“basci”不是规格或表样配置中的字段；是否想写“basic”？"),
    ("form.html", '{% extends "base.html" %}', '{% extends "base.htm" %}', r"form.html:1:13: .*找不到它引用的模板“base.htm”"),
    ("form.docx", "{{ budget.basic }}", "{{ budget.basic }", r"form.docx: 错误\[RENDER-TEMPLATE\] .*第 \d 张表第 \d+ 行第 \d 列的“\{\{ budget.basic \}”中，“\{\{”没有配对的“\}\}”"),
    ("form.docx", "{{ budget.basic }}", "{{ budget.basci }}", r"form.docx: 错误\[RENDER-TEMPLATE\] .*用到的“basci”.*出错的段落：“\{\{ budget.basci \}\}”"),
    ("form.docx", None, None, r"form.docx: 错误\[RENDER-TEMPLATE\] .*不是有效的 Word 文件"),
    ("form.docx", "<w:body>", "<w:body x>", r"form.docx: 错误\[RENDER-TEMPLATE\] .*不是有效的 Word 文件"),  # not XML
    ("form.docx", "deflate", None, r"form.docx: 错误\[RENDER-TEMPLATE\] .*不是有效的 Word 文件"),  # damaged bytes
])
def test_a_broken_template_is_named_once_at_its_line_not_per_spec(runner, unit_repo, template, old, new, words):
    (unit_repo / "specs" / "other.yaml").write_text(
        (unit_repo / "specs" / "sixth.yaml").read_text(encoding="utf-8").replace("unit: 广州市台湾同胞联谊会", "unit: 另一单位"),
        encoding="utf-8")
    path = unit_repo / "forms" / "templates" / "sixth" / template
    if template == "form.html":
        _edit(path, old, new)
    elif old is None:
        path.write_text("not a zip", encoding="utf-8")
    elif old == "deflate":
        _damage_deflated(path, "word/document.xml")
    else:
        docx_edit(path, old, new)
    result = runner.invoke(main, ["build", "--jobs", "1"])
    assert result.exit_code == 2 and "2 个规格有错误未生成" in result.output, result.output  # the form is at fault
    [message] = [line for line in result.output.splitlines() if "RENDER-TEMPLATE" in line]
    assert re.search(words, message), message


@pytest.mark.parametrize("command", [["validate"], ["new", "--form", "sixth", "--unit", "某单位", "--year", "2026"]])
def test_a_form_folder_the_settings_leave_unread_is_pointed_at_with_the_lines_to_write(runner, unit_repo, command):
    """The two lines naming a project's forms are left commented out, as `jixiao init` writes them: every command
    said only that the form did not exist and listed jixiao's own, never the folder that was there."""
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    result = runner.invoke(main, command)
    assert result.exit_code in (1, 2) and "Traceback" not in result.output, result.output
    folder = os.path.join("forms", "templates", "sixth")
    assert f"表样“sixth”不存在：{folder} 像是它的表样文件夹，但 jixiao 没有读那里（jixiao.yaml 没有写 templates:）；" \
           "请在 jixiao.yaml 里写 templates: forms/templates、schemas: forms/schema（jixiao init 写出的这个文件里" \
           "这两行在注释中，去掉行首的“# ”即可）" in result.output, result.output


@pytest.mark.parametrize("settings, said", [
    ("# templates: forms/templates\n# schemas: forms/schema\n",  # as `jixiao init` writes it
     "（jixiao.yaml 没有写 templates:）；请在 jixiao.yaml 里写 templates: forms/templates、schemas: forms/schema（jixiao init "
     "写出的这个文件里这两行在注释中，去掉行首的“# ”即可）"),
    (None, "（这里没有 jixiao.yaml）；请在 jixiao.yaml（新建这个文件）里写 templates: forms/templates、schemas: forms/schema"),
])
def test_new_list_hints_at_a_form_folder_the_settings_leave_unread(runner, unit_repo, settings, said):
    """A form copied as docs/variants.md shows, listed before jixiao.yaml names its folder, was simply absent from
    `new --list`, where every other command says FORM-UNKNOWN with the lines to write: a hint says them on stderr
    (the list and its exit code are the forms read), and goes once they are written."""
    if settings is None:
        (unit_repo / "jixiao.yaml").unlink()
    else:
        (unit_repo / "jixiao.yaml").write_text(settings, encoding="utf-8")
    result = runner.invoke(main, ["new", "--list"])
    assert result.exit_code == 0 and "sixth" not in result.stdout, result.output
    assert result.stderr.splitlines()[-1] == (f"提示：{Path('forms', 'templates', 'sixth')} 像是本项目表样“sixth”的文件夹，"
                                              f"但 jixiao 没有读那里{said}；这样改好后，jixiao new --list 才会列出并检查它")
    (unit_repo / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    result = runner.invoke(main, ["new", "--list"])
    assert "sixth\t" in result.stdout and "提示" not in result.stderr, result.output


def test_new_list_hints_at_an_unread_form_named_as_jixiaos_no_more_than_its_warning(runner, unit_repo):
    """A folder named as one of jixiao's forms is warned of already (say_namesakes): not said again as a hint."""
    shutil.copytree(unit_repo / "forms" / "templates" / "sixth", unit_repo / "forms" / "templates" / "tianjin")
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    result = runner.invoke(main, ["new", "--list"])
    assert result.stderr.count(str(Path("forms", "templates", "tianjin"))) == 1, result.stderr
    assert "像是本项目表样“sixth”的文件夹" in result.stderr.splitlines()[-1], result.stderr


def test_new_list_without_settings_warns_of_a_folder_named_as_jixiaos_form_not_that_it_will_be_listed(runner,
                                                                                                       unit_repo):
    """With no jixiao.yaml yet, a copy of jixiao's tianjin to change was hinted at as left out of the list, and
    `才会列出并检查它` once the lines were written, while “tianjin” was in it (jixiao's own): it is warned of as with
    a jixiao.yaml, jixiao's form being the one in use; the hint names the form really left out."""
    shutil.copytree(unit_repo / "forms" / "templates" / "sixth", unit_repo / "forms" / "templates" / "tianjin")
    (unit_repo / "jixiao.yaml").unlink()
    result = runner.invoke(main, ["new", "--list"])
    assert result.exit_code == 0 and "tianjin\t" in result.stdout, result.output
    tianjin = str(Path("forms", "templates", "tianjin"))
    [warned] = [said for said in result.stderr.splitlines() if tianjin in said]
    assert warned.startswith(f"警告：表样“tianjin”用的是 jixiao 自带的，不是本项目的：{tianjin} 像是本项目表样“tianjin”的文件夹，"
                             "但 jixiao 没有读那里（这里没有 jixiao.yaml）；"), result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"提示：{Path('forms', 'templates', 'sixth')} 像是本项目表样“sixth”"), \
        result.stderr


def test_a_broken_template_of_the_projects_form_is_named_from_the_current_folder(runner, unit_repo):
    """RENDER-TEMPLATE named the project's own form.html whole (`/home/…/forms/templates/sixth/form.html:7:42`)
    beside `specs/sixth.yaml`; a file under the current folder is named from it, as serve and FORM-UNKNOWN name it."""
    html = unit_repo / "forms" / "templates" / "sixth" / "form.html"
    html.write_text(html.read_text(encoding="utf-8").replace("{{ unit }}", "{{ unitt }}", 1), encoding="utf-8")
    result = runner.invoke(main, ["build", "--jobs", "1"])
    assert result.exit_code == 2, result.output
    assert f"\n{Path('forms', 'templates', 'sixth', 'form.html')}:7:" in result.output, result.output
    assert "RENDER-TEMPLATE" in result.output and str(unit_repo) not in result.output, result.output


def test_a_broken_schema_of_the_projects_form_is_named_from_the_current_folder(runner, unit_repo):
    """`schema 有误：` named the project's schema whole (`/home/…/forms/schema/sixth.schema.json:21:15`)."""
    schema = unit_repo / "forms" / "schema" / "sixth.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8").replace('"type": "string"', '"type": "strin"', 1), encoding="utf-8")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2, result.output
    assert f"schema 有误：\n{Path('forms', 'schema', 'sixth.schema.json')}:21:" in result.output, result.output
    assert str(unit_repo) not in result.output, result.output


def test_a_form_folder_left_unread_is_named_whole_from_a_subfolder(runner, unit_repo, monkeypatch):
    """From specs/ the folder and the settings file were `../forms/templates/sixth` and `../jixiao.yaml`, where the same
    command's FORM-UNKNOWN of a form without its folder names them whole, as every file not under the current folder."""
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    monkeypatch.chdir(unit_repo / "specs")
    result = runner.invoke(main, ["validate", "sixth.yaml"])
    assert f"表样“sixth”不存在：{unit_repo / 'forms' / 'templates' / 'sixth'} 像是它的表样文件夹，但 jixiao 没有读那里" \
           f"（{unit_repo / 'jixiao.yaml'} 没有写 templates:）；请在 {unit_repo / 'jixiao.yaml'} 里写 " in result.output, \
        result.output
    assert os.pardir + os.sep not in result.output, result.output


def test_a_copy_of_a_form_in_a_hidden_folder_is_not_the_one_pointed_at(runner, unit_repo):
    """A backup or a tool's copy under a hidden folder (`.old/sixth`, sorted first) is no folder to name in
    jixiao.yaml: the one the docs lay out is."""
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    shutil.copytree(unit_repo / "forms" / "templates" / "sixth", unit_repo / ".old" / "sixth")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code in (1, 2) and "请在 jixiao.yaml 里写 templates: forms/templates、" in result.output, \
        result.output


def test_a_form_folder_without_a_schema_beside_it_says_where_the_schema_goes(runner, unit_repo):
    """The editor's copy in the project's schema/ is no form's schema to read: the message says to put one elsewhere."""
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    (unit_repo / "forms" / "schema" / "sixth.schema.json").rename(unit_repo / "sixth.schema.json")
    (unit_repo / "schema").mkdir()
    shutil.copy(unit_repo / "sixth.schema.json", unit_repo / "schema" / "sixth.schema.json")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 1 and "请在 jixiao.yaml 里写 templates: forms/templates；它的 schema（sixth.schema.json）" \
        "放进另一个文件夹（不是 schema/：那里是编辑器用的副本），也写进 schemas:" in result.output, result.output


def test_a_form_folder_unread_beside_a_schema_folder_read_asks_for_the_templates_line_only(runner, unit_repo):
    """`schemas:` written, `templates:` still commented out: the schema is read already, and was said to belong in
    another folder than the one the settings name."""
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 1 and "请在 jixiao.yaml 里写 templates: forms/templates（jixiao init 写出的这个文件里的 " \
        "templates: 一行在注释中，去掉行首的“# ”即可）；可用的表样" in result.output, result.output


def test_a_form_folder_beside_the_one_the_settings_name_is_moved_into_it(runner, unit_repo):
    """`templates:` names a folder holding another form: writing the found folder's parent there instead, as was
    said, would have lost that form. The folder and a schema beside it move into the folders read."""
    shutil.copytree(unit_repo / "forms" / "templates" / "sixth", unit_repo / "forms" / "templates" / "other")
    shutil.copy(unit_repo / "forms" / "schema" / "sixth.schema.json", unit_repo / "forms" / "schema" / "other.schema.json")
    (unit_repo / "mine" / "schema2").mkdir(parents=True)
    (unit_repo / "forms" / "templates" / "sixth").rename(unit_repo / "mine" / "sixth")
    (unit_repo / "forms" / "schema" / "sixth.schema.json").rename(unit_repo / "mine" / "schema2" / "sixth.schema.json")
    result = runner.invoke(main, ["validate", "specs/sixth.yaml"])
    templates, schemas = os.path.join("forms", "templates"), os.path.join("forms", "schema")
    assert result.exit_code == 1 and f"（读的是 {templates}）；请把 {os.path.join('mine', 'sixth')} 移到 {templates} 里；" \
        f"把它的 schema {os.path.join('mine', 'schema2', 'sixth.schema.json')} 移到 {schemas} 里；" in result.output, \
        result.output
    assert "templates: mine" not in result.output


def test_a_commented_line_naming_another_folder_is_not_said_to_be_uncommented(runner, unit_repo):
    """The form copied into templates/ while `# templates: forms/templates` stays as `jixiao init` wrote it: removing
    the `# ` would name a folder without the form."""
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    (unit_repo / "forms" / "templates").rename(unit_repo / "templates")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 1 and "请在 jixiao.yaml 里写 templates: templates、schemas: forms/schema（jixiao init " \
        "写出的这个文件里的 schemas: 一行在注释中，去掉行首的“# ”即可）；" in result.output, result.output


def test_another_projects_editor_copy_is_never_offered_as_the_schema_folder(runner, unit_repo):
    """A project below this one (its own jixiao.yaml, or its own git repository) keeps the editor copies `new` wrote
    in its schema/: no forms' schema folder, and was offered as `schemas: sub/schema`."""
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    copy = unit_repo / "forms" / "schema" / "sixth.schema.json"
    for sub, marker in (("sub", "jixiao.yaml"), ("clone", ".git")):
        (unit_repo / sub / "schema").mkdir(parents=True)
        shutil.copy(copy, unit_repo / sub / "schema" / copy.name)
        (unit_repo / sub / marker).write_text("", encoding="utf-8")
    copy.unlink()
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 1 and "请在 jixiao.yaml 里写 templates: forms/templates；它的 schema（sixth.schema.json）" \
        "放进另一个文件夹" in result.output, result.output


def test_another_jixiaos_own_forms_are_never_offered_as_the_projects(runner, unit_repo):
    """A clone of jixiao kept in the project (a newer one, with a form this one lacks) holds its forms two levels
    down, as a project's own would be: its folders were offered as `templates: jixiao/templates`."""
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    clone = unit_repo / "jixiao"
    (clone / "generator").mkdir(parents=True)
    (clone / "generator" / "variants.py").write_text("", encoding="utf-8")
    (unit_repo / "forms" / "templates").rename(clone / "templates")
    (unit_repo / "forms" / "schema").rename(clone / "schema")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 1 and "FORM-UNKNOWN" in result.output and "jixiao/templates" not in result.output \
        and "像是它的表样文件夹" not in result.output, result.output


@pytest.mark.parametrize("command", [["validate"], ["new", "--form", "sixth", "--unit", "某单位", "--year", "2026"]])
def test_a_schema_folder_the_settings_leave_unread_is_pointed_at_with_the_line_to_write(runner, unit_repo, command):
    """`templates:` written, `schemas:` still commented out: the form was said to have no schema, with only where it
    was looked for, never the project's forms/schema that holds it or the line naming it."""
    (unit_repo / "jixiao.yaml").write_text("templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    result = runner.invoke(main, command)
    assert result.exit_code in (1, 2) and f"表样“sixth”的 schema 像是 {os.path.join('forms', 'schema', 'sixth.schema.json')}，" \
        "但 jixiao 没有读那里（jixiao.yaml 没有写 schemas:）；请在 jixiao.yaml 里写 schemas: forms/schema（jixiao init " \
        "写出的这个文件里的 schemas: 一行在注释中，去掉行首的“# ”即可）" in result.output, result.output


def test_the_project_is_searched_once_for_a_form_many_specs_name(runner, unit_repo, monkeypatch):
    """validate asks for every spec naming the unknown form; each search looks through two levels of the project,
    thousands of folders in a big one: a hundred specs took seconds more than one."""
    from generator import unread_forms

    searched = []
    below = unread_forms._below
    monkeypatch.setattr(unread_forms, "_below", lambda root, tail: searched.append(tail) or below(root, tail))
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    for copy in range(3):
        shutil.copy(unit_repo / "specs" / "sixth.yaml", unit_repo / "specs" / f"copy{copy}.yaml")
    result = runner.invoke(main, ["validate"])
    # the form folders once, for the namesake warning (command_paths.per_project) and the form the specs name alike
    assert result.output.count("像是它的表样文件夹") == 4 \
        and sorted(searched) == ["*/profile.yaml", "sixth.schema.json"], (searched, result.output)


def test_lint_searches_the_project_s_form_folders_once(runner, unit_repo, monkeypatch):
    """A catalog was made for the namesake warning (command_paths.per_project) beside the one the Linter read the
    forms with: the project's folders of forms were searched twice."""
    from generator import unread_forms

    searched = []
    below = unread_forms._below
    monkeypatch.setattr(unread_forms, "_below", lambda root, tail: searched.append(tail) or below(root, tail))
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["lint"])
    assert "像是它的表样文件夹" in result.output and searched.count("*/profile.yaml") == 1, (searched, result.output)


def test_build_searches_the_project_s_form_folders_once(runner, unit_repo, monkeypatch):
    """build_run made a catalog for the namesake warning beside the one its Builder read the forms with: the
    project's folders of forms were searched twice."""
    from generator import unread_forms

    searched = []
    below = unread_forms._below
    monkeypatch.setattr(unread_forms, "_below", lambda root, tail: searched.append(tail) or below(root, tail))
    (unit_repo / "jixiao.yaml").write_text("", encoding="utf-8")
    result = runner.invoke(main, ["build", "--jobs", "1"])  # rendered here, where the search is counted
    assert "像是它的表样文件夹" in result.output and searched.count("*/profile.yaml") == 1, (searched, result.output)


def _built_in_a_project_below(runner, unit_repo) -> Path:
    """The Word file the project's spec builds, the project moved into unit/ below the current folder, which has no
    settings of its own: a file to import from outside its project."""
    assert runner.invoke(main, ["build", "--jobs", "1"]).exit_code == 0
    (unit_repo / "unit").mkdir()
    for name in ("forms", "specs", "output", "jixiao.yaml"):
        (unit_repo / name).rename(unit_repo / "unit" / name)
    [built] = (unit_repo / "unit" / "output").glob("*.docx")
    return built


def test_a_file_imported_from_outside_its_project_says_where_its_forms_may_be(runner, unit_repo):
    """From the folder above, import read jixiao's forms only: a Word file the unit's own form built was read as
    the form it was copied from, its spec written with that form, and nothing named the project's jixiao.yaml."""
    built = _built_in_a_project_below(runner, unit_repo)
    theirs = Path("unit", "jixiao.yaml")  # named from the current folder, as the folder to run in is
    result = runner.invoke(main, ["import", str(built), "-o", "back/"])
    assert f"警告[IMPORT-PROJECT-ELSEWHERE] 按当前文件夹的设置读作表样 guangzhou（广州市部门整体预算绩效目标申报表）；" \
           f"这个文件所在的项目有自己的设置（{theirs}）" in result.output, result.output
    assert "请在 unit 里运行" in result.output
    shutil.copy(built, unit_repo / "旧表.docx")  # a file from elsewhere, its spec written into the project
    result = runner.invoke(main, ["import", "旧表.docx", "-o", "unit/specs/"])
    assert f"要写去的 {Path('unit', 'specs')} 所在的项目有自己的设置（{theirs}）" in result.output, result.output
    result = runner.invoke(main, ["import", "旧表.docx", "-o", str(unit_repo / "unit" / "specs" / "again.yaml")])
    assert f"要写去的 {Path('unit', 'specs')} 所在的项目" in result.output, result.output  # from here, as its jixiao.yaml
    quiet = runner.invoke(main, ["import", "旧表.docx", "--form", "guangzhou", "-o", "chosen/"])
    assert "IMPORT-PROJECT-ELSEWHERE" not in quiet.output, quiet.output  # a form named is the one meant


@pytest.mark.parametrize("where, out, what", [("unit/旧表.docx", "back/", "unit/旧表.docx "),
                                             ("旧表.docx", "unit/specs", "要写去的 unit/specs ")])
def test_a_form_of_its_own_project_named_from_outside_it_says_where_to_run(runner, unit_repo, where, out, what):
    """`import --form sixth` of a file in the unit's project (or written into it) from the folder above stopped with
    表样不存在 and the forms of jixiao, never naming the project's jixiao.yaml, as validate's FORM-UNKNOWN does."""
    (unit_repo / "unit").mkdir()
    for name in ("forms", "specs", "jixiao.yaml"):
        (unit_repo / name).rename(unit_repo / "unit" / name)
    (unit_repo / where).write_bytes(b"")
    result = runner.invoke(main, ["import", where, "--form", "sixth", "-o", out])
    assert result.exit_code == 2 and "表样“sixth”不存在" in result.output, result.output
    assert f"{what.replace('/', os.sep)}所在的项目有自己的设置（{Path('unit', 'jixiao.yaml')}）" in result.output \
        and "请在 unit 里运行" in result.output, result.output


def test_a_file_imported_where_the_projects_forms_are_left_unread_says_how_to_read_them(runner, unit_repo):
    """Inside a unit whose jixiao.yaml still has its form lines commented out (as `jixiao init` writes them), a file
    of the unit's own form was read as the closest of jixiao's forms with no word of the folder that was not read."""
    assert runner.invoke(main, ["build", "--jobs", "1"]).exit_code == 0
    [built] = (unit_repo / "output").glob("*.docx")
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    (unit_repo / "tools" / "app").mkdir(parents=True)  # another program's settings, no template beside them: no form
    (unit_repo / "tools" / "app" / "profile.yaml").write_text("theme: dark\n", encoding="utf-8")
    result = runner.invoke(main, ["import", str(built), "-o", "back/"])
    assert "警告[IMPORT-FORMS-UNREAD] 按当前文件夹的设置读作表样 guangzhou（广州市部门整体预算绩效目标申报表）；" \
           f"{Path('forms', 'templates', 'sixth')} 像是本项目表样“sixth”的文件夹，但 jixiao 没有读那里（jixiao.yaml 没有写 " \
           "templates:）；请在 jixiao.yaml 里写 templates: forms/templates、schemas: forms/schema（jixiao init 写出的这个" \
           "文件里这两行在注释中，去掉行首的“# ”即可）" in result.output, result.output
    quiet = runner.invoke(main, ["import", str(built), "--form", "guangzhou", "-o", "chosen/"])
    assert "IMPORT-FORMS-UNREAD" not in quiet.output, quiet.output  # a form named is the one meant


@pytest.mark.parametrize("command", [["validate"], ["validate", "--format", "json"], ["build", "--jobs", "1"],
                                     ["new", "--form", "tianjin", "--unit", "某单位", "--year", "2026"],
                                     ["lint", "--format", "json"], ["lint"], ["fmt", "--check"],
                                     ["validate", "--per-file-project", "specs/tianjin0.yaml", "specs/tianjin1.yaml"]])
def test_a_folder_named_as_one_of_jixiaos_forms_left_unread_is_warned_of_once(runner, unit_repo, command):
    """The project's change to one of jixiao's forms (`forms/templates/tianjin`), jixiao.yaml's lines commented out:
    every command used jixiao's own tianjin without a word, where a name of its own gave FORM-UNKNOWN."""
    shutil.copytree(unit_repo / "forms" / "templates" / "sixth", unit_repo / "forms" / "templates" / "tianjin")
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    for copy in range(2):
        shutil.copy(ROOT / "specs" / "tianjin-qiaolian-2023.yaml", unit_repo / "specs" / f"tianjin{copy}.yaml")
    result = runner.invoke(main, command)
    warning = f"警告：表样“tianjin”用的是 jixiao 自带的，不是本项目的：{Path('forms', 'templates', 'tianjin')} 像是本项目表样" \
              "“tianjin”的文件夹，但 jixiao 没有读那里（jixiao.yaml 没有写 templates:）；请在 jixiao.yaml 里写 templates: " \
              "forms/templates"
    assert result.output.count(warning) == 1, result.output
    if command[0] in ("build", "validate", "lint") and "json" not in command:  # counted with the warnings given:
        said = len(re.findall(r"(?m)^警告：|警告\[", result.output))  # a reader of the summary alone was told of none
        assert f"个错误，{said} 个警告" in result.stdout.rstrip().splitlines()[-1], result.output
    if command[0] == "fmt":  # its summary counts no problem's warnings, and named none of this one
        assert "，1 个表样用的是 jixiao 自带的（警告见上）。" in result.stdout.rstrip().splitlines()[-1], result.output
    if "json" in command:
        json.loads(result.stdout)  # said on stderr: the report stays whole
    (unit_repo / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    assert "用的是 jixiao 自带的" not in runner.invoke(main, command + ["--force"] * (command[0] == "new")).output


def test_no_folder_is_searched_for_unread_forms_where_no_project_has_settings(runner, tmp_path, monkeypatch):
    """Without a jixiao.yaml there are no commented-out lines to write: validate, build and new walked the current
    folder's two levels below for unread forms all the same, a quarter of a second a command run in /tmp."""
    shutil.copytree(ROOT / "templates" / "tianjin", tmp_path / "forms" / "templates" / "tianjin")
    shutil.copy(ROOT / "specs" / "tianjin-qiaolian-2023.yaml", tmp_path / "t.yaml")
    monkeypatch.chdir(tmp_path)
    globbed = []
    glob = Path.glob
    monkeypatch.setattr(Path, "glob", lambda self, pattern: globbed.append(pattern) or glob(self, pattern))
    result = runner.invoke(main, ["validate", "t.yaml"])
    assert "用的是 jixiao 自带的" not in result.output and not [p for p in globbed if "profile" in p], globbed


def test_a_change_to_one_of_jixiaos_forms_left_unread_is_not_told_to_bring_a_schema(runner, unit_repo):
    """jixiao's own tianjin.schema.json reads the project's changed copy of its form once `templates:` is written;
    the warning also told the clerk to put a tianjin.schema.json in another folder and name it in `schemas:`."""
    shutil.copytree(ROOT / "templates" / "tianjin", unit_repo / "forms" / "templates" / "tianjin")
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n", encoding="utf-8")
    result = runner.invoke(main, ["new", "--form", "tianjin", "--unit", "某单位", "--year", "2026"])
    assert "请在 jixiao.yaml 里写 templates: forms/templates（jixiao init 写出的这个文件里的 templates: 一行在注释中，" \
           "去掉行首的“# ”即可）\n" in result.output, result.output
    (unit_repo / "jixiao.yaml").write_text("templates: forms/templates\n", encoding="utf-8")
    assert runner.invoke(main, ["new", "--form", "tianjin", "--unit", "某单位", "--year", "2026"]).exit_code == 0


def test_a_file_imported_from_outside_its_project_with_its_forms_given_is_not_said_to_miss_them(runner, unit_repo):
    """Run from outside with the project's form folders given as --templates and --schemas, the file is read as the
    project's own form; IMPORT-PROJECT-ELSEWHERE still said it was read by the current folder's settings, and to run
    in the project, as if its forms were not read."""
    built = _built_in_a_project_below(runner, unit_repo)
    forms = unit_repo / "unit" / "forms"
    result = runner.invoke(main, ["import", str(built), "-o", "back/", "--templates", str(forms / "templates"),
                                  "--schemas", str(forms / "schema")])
    assert "（表样 sixth）" in result.output and "IMPORT-PROJECT-ELSEWHERE" not in result.output, result.output


def _edit_sixth_schema(unit_repo, edit) -> Path:
    """The project's sixth.schema.json after `edit(schema)` of its data; its path."""
    path = unit_repo / "forms" / "schema" / "sixth.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    edit(schema)
    path.write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _slipped_schema(schema: dict) -> None:
    """A copied form's schema with one of each slip `new --list` warns of in the editor's words."""
    schema["errorMessage"] = schema["errorMessage"].replace("unit（部门名称）", "unit_name（部门名称）")  # SCHEMA-MESSAGE
    schema["properties"]["unit"]["description"] += "见广州市部门整体预算绩效目标申报表。"  # SCHEMA-DESCRIPTION
    schema["properties"]["indicators"]["items"]["properties"]["period_value"] = {  # SCHEMA-KIND, -HOVER, -BLANK
        "type": "string", "minLength": 1, "x-jixiao-style": "double-quoted", "title": "实施周期指标值",
        "description": "整个实施周期的指标值。"}


def test_a_forms_schema_warnings_name_it_from_the_current_folder(runner, unit_repo):
    """`new --list` named the project's own schema by its whole path (/home/…/forms/schema/sixth.schema.json) in each
    warning of the editor's words, where every other message names a file under the current folder from it."""
    profile = unit_repo / "forms" / "templates" / "sixth" / "profile.yaml"  # the schema's title is another form's
    profile.write_text(re.sub(r"(?m)^name: .*$", "name: 某区部门整体预算绩效目标申报表", profile.read_text(encoding="utf-8")),
                       encoding="utf-8")
    _edit_sixth_schema(unit_repo, _slipped_schema)
    result = runner.invoke(main, ["new", "--list"])
    warned = [line for line in result.stderr.splitlines() if "警告[SCHEMA-" in line]
    codes = {re.search(r"\[(SCHEMA-[A-Z]+)\]", line)[1] for line in warned}
    assert codes == {"SCHEMA-MESSAGE", "SCHEMA-TITLE", "SCHEMA-DESCRIPTION", "SCHEMA-KIND", "SCHEMA-HOVER",
                     "SCHEMA-BLANK"}, result.output
    assert all(line.startswith(f"{Path('forms', 'schema', 'sixth.schema.json')}:") for line in warned), result.output


def test_build_names_the_schema_line_to_declare_a_groups_field_at_from_the_current_folder(runner, unit_repo):
    """A template reading a field the row lacks is told where to declare it in the form's schema: by its whole path,
    where the template in the same message is named from the current folder."""
    form = unit_repo / "forms" / "templates" / "sixth" / "form.html"
    form.write_text(form.read_text(encoding="utf-8").replace("{{ r.name }}", "{{ r.unit }}", 1), encoding="utf-8")
    result = runner.invoke(main, ["build", "--jobs", "1"])
    assert result.exit_code == 2 and f"请在 {Path('forms', 'schema', 'sixth.schema.json')}:" in result.output \
        and str(unit_repo) not in result.output, result.output


def test_new_names_the_enum_to_add_the_placeholder_to_from_the_current_folder(runner, unit_repo):
    """`new` on a form whose enum refuses “（请填写）” says at which line of the schema to add it: by its whole path."""
    _edit_sixth_schema(unit_repo, lambda schema: schema["properties"].update(
        overall_target={"type": "string", "enum": ["甲"], "title": "总体绩效目标"}))
    result = runner.invoke(main, ["new", "--form", "sixth", "--unit", "某单位", "--year", "2026"])
    assert f"请在 {Path('forms', 'schema', 'sixth.schema.json')}:" in result.output \
        and str(unit_repo) not in result.output, result.output


@pytest.mark.parametrize("more, named, left", [(2, 3, None), (6, 5, 2)])
def test_an_import_names_every_form_folder_the_settings_leave_unread(runner, unit_repo, more, named, left):
    """IMPORT-FORMS-UNREAD named the first unread folder alone: a clerk who wrote its line learnt of the next one on the
    next import. Each is named, those the same lines bring in together, at most five with how many more."""
    assert runner.invoke(main, ["build", "--jobs", "1"]).exit_code == 0
    [built] = (unit_repo / "output").glob("*.docx")
    forms = unit_repo / "forms"
    for copy in range(more):
        shutil.copytree(forms / "templates" / "sixth", forms / "templates" / f"copy{copy}")
        shutil.copy(forms / "schema" / "sixth.schema.json", forms / "schema" / f"copy{copy}.schema.json")
    (unit_repo / "jixiao.yaml").write_text("# templates: forms/templates\n# schemas: forms/schema\n", encoding="utf-8")
    result = runner.invoke(main, ["import", str(built), "-o", "back/"])
    names = sorted([*(f"copy{copy}" for copy in range(more)), "sixth"])[:named]
    together = "、".join(str(Path("forms", "templates", name)) for name in names) + " 像是本项目表样" + \
        "、".join(f"“{name}”" for name in names) + "的文件夹，但 jixiao 没有读那里（jixiao.yaml 没有写 templates:）；" \
        "请在 jixiao.yaml 里写 templates: forms/templates、schemas: forms/schema"
    assert together in result.output, result.output
    assert (f"。另有 {left} 个文件夹也像是本项目的表样，jixiao 同样没有读" in result.output) == bool(left), result.output


def test_a_copied_forms_name_to_change_is_named_from_the_current_folder(runner, unit_repo):
    """The copy keeping guangzhou's Chinese name was told to change `name:` in /home/…/forms/templates/sixth/profile.yaml
    by its whole path."""
    result = runner.invoke(main, ["new", "--list"])
    assert f"请把 {Path('forms', 'templates', 'sixth', 'profile.yaml')}:2:1 的 name 改成这张表自己的名称" in result.stderr \
        and str(unit_repo) not in result.stderr, result.output
