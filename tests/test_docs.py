"""docs/variants.md, the guide to adding a variant, names everything a variant's author can set or use.

The names are read from the code, not listed here: the profile's keys from generator/profile.schema.json,
the lint rules' parameters from the catalogue, the template context from the model a spec renders with,
the Jinja environments the renderers make and the shared templates. A key added to any of them and not
to the guide fails here, named.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import tomllib
from functools import cache

import jinja2
import pytest
from jinja2 import nodes
from ruamel.yaml import YAML

from generator import model
from generator.cells import Cell
from generator.lint import RULES
from generator.profile import PROFILE_SCHEMA
from generator.validate import Validator
from generator.variants import Catalog

from .conftest import ROOT, SPECS, copy_variant, zip_edit

GUIDE = ROOT / "docs" / "variants.md"
PROFILE_SECTION = "## profile.yaml 参考"
CONTEXT_SECTION = "## 模板上下文"
RULE_SETTING_KEYS = ("enabled", "severity")  # a rule's mapping in `lint.rules`, besides its parameters (lint/config.py)


@cache
def section(heading: str) -> str:
    """The guide's text from `heading` to the next second-level heading."""
    text = GUIDE.read_text(encoding="utf-8")
    assert heading in text, f"{GUIDE.name} has no section {heading!r}"
    body = text[text.index(heading) + len(heading):]
    end = re.search(r"^## ", body, re.M)
    return body[: end.start()] if end else body


def mentioned(name: str, text: str) -> bool:
    return f"`{name}`" in text


# ---- profile.yaml --------------------------------------------------------------------------------------------

def _profile_keys(node: dict, path: str = ""):
    """Every key of profile.yaml as the guide writes it: `sums[].scope`, `frames.<名>[].level1`, `lint.columns.unit`.
    A `$ref` (lint.sums is written like sums) is named, not entered."""
    if "$ref" in node:
        return
    for key, child in node.get("properties", {}).items():
        here = f"{path}.{key}" if path else key
        yield here
        yield from _profile_keys(child, here)
    if isinstance(node.get("items"), dict):
        yield from _profile_keys(node["items"], f"{path}[]")
    if path and isinstance(node.get("additionalProperties"), dict):
        yield from _profile_keys(node["additionalProperties"], f"{path}.<名>")


def _profile_choices(node):
    """Every value an `enum` of the profile schema offers."""
    if isinstance(node, dict):
        yield from (str(v) for v in node.get("enum", []))
        for child in node.values():
            yield from _profile_choices(child)
    elif isinstance(node, list):
        for child in node:
            yield from _profile_choices(child)


PROFILE = json.loads(PROFILE_SCHEMA.read_text(encoding="utf-8"))
PROFILE_KEYS = list(_profile_keys(PROFILE))
RULE_PARAMS = [(rule.id, name) for rule in RULES.values() for name in rule.params]


def test_the_profile_keys_are_read_from_the_schema():
    """The walk finds the nested keys (so the tests below test something)."""
    assert {"name", "frames.<名>[].free", "indicator_tables[].print_empty", "sums[].scope",
            "lint.columns.required", "lint.values[].period", "lint.sums"} <= set(PROFILE_KEYS)
    assert RULE_PARAMS and {"eq", "le", "half", "term", "landscape"} <= set(_profile_choices(PROFILE))


@pytest.mark.parametrize("key", PROFILE_KEYS)
def test_every_profile_key_is_in_the_guide(key):
    assert mentioned(key, section(PROFILE_SECTION)), f"{GUIDE.name} 的“{PROFILE_SECTION}”没有写到 `{key}`"


@pytest.mark.parametrize("choice", sorted(set(_profile_choices(PROFILE))))
def test_every_choice_a_profile_key_offers_is_in_the_guide(choice):
    assert mentioned(choice, section(PROFILE_SECTION)), f"{GUIDE.name} 的“{PROFILE_SECTION}”没有写到 `{choice}`"


@pytest.mark.parametrize("rule_id, name", RULE_PARAMS)
def test_every_lint_rule_parameter_is_in_the_guide(rule_id, name):
    assert re.search(rf"^\| {rule_id} \| `{name}` \|", section(PROFILE_SECTION), re.M), \
        f"{GUIDE.name} 的规则参数表没有 {rule_id} 的 `{name}`"


@pytest.mark.parametrize("name", RULE_SETTING_KEYS)
def test_a_rule_settings_own_keys_are_in_the_guide(name):
    assert mentioned(name, section(PROFILE_SECTION)), f"{GUIDE.name} 的“{PROFILE_SECTION}”没有写到 `{name}`"


# ---- the template context ------------------------------------------------------------------------------------

@cache
def _contexts() -> list[tuple[str, dict, set[str]]]:
    """(spec, its render context, the top-level fields its schema declares) of every example spec."""
    validator, out = Validator(), []
    for spec in SPECS:
        checked = validator.check_file(spec)
        assert checked.ok, checked.problems
        schema = validator.store.schema(checked.variant.schema_path.name)
        out.append((spec.name, model.build(checked.spec.data, checked.variant, validator.store),
                    set(schema.get("properties", {}))))
    return out


def _added_by_jixiao() -> set[str]:
    """Top-level context names that are no field of the spec."""
    return {name for _, context, fields in _contexts() for name in context if name not in fields}


def _table_and_cell_names() -> set[str]:
    """What an indicator table and each of its cells offer a template."""
    cell = {*Cell.__slots__, *(name for name, value in vars(Cell).items() if isinstance(value, property))}
    return {f.name for f in dataclasses.fields(model.IndicatorTable)} | cell


def _environment_names() -> set[str]:
    """The filters and globals both renderers add to Jinja's own, for every variant."""
    from generator.render_docx import DocxRenderer
    from generator.render_html import HtmlRenderer

    plain = jinja2.Environment()
    names = set()
    for name in Catalog().names():
        variant = Catalog().get(name)
        for renderer in (HtmlRenderer(variant), DocxRenderer(variant)):
            names |= (set(renderer.env.filters) - set(plain.filters)) | (set(renderer.env.globals) - set(plain.globals))
    return names


def _shared_template_names() -> set[str]:
    """The blocks, macros and CSS classes of templates/_shared that a form.html builds on."""
    shared, env, names = ROOT / "templates" / "_shared", jinja2.Environment(), set()
    for path in shared.glob("*.html"):
        source = path.read_text(encoding="utf-8")
        tree = env.parse(source)
        names |= {node.name for node in tree.find_all((nodes.Block, nodes.Macro))}
        for style in re.findall(r"<style>(.*?)</style>", source, re.S):
            names |= set(re.findall(r"\.([a-z][\w-]*)", re.sub(r"/\*.*?\*/", "", style, flags=re.S)))
    return names


CONTEXT_NAMES = {
    "added by the model": _added_by_jixiao,
    "indicator tables and cells": _table_and_cell_names,
    "filters and globals": _environment_names,
    "shared HTML": _shared_template_names,
}


@pytest.mark.parametrize("kind", CONTEXT_NAMES)
def test_every_name_a_template_can_use_is_in_the_guide(kind):
    names = CONTEXT_NAMES[kind]()
    assert names, kind
    missing = sorted(n for n in names if not mentioned(n, section(CONTEXT_SECTION)))
    assert not missing, f"{GUIDE.name} 的“{CONTEXT_SECTION}”没有写到：{'、'.join(missing)}"


def test_the_context_enumeration_finds_what_the_templates_use():
    """Sanity of the enumeration: the names the real templates rely on are among those found."""
    found = set().union(*(find() for find in CONTEXT_NAMES.values()))
    assert {"title", "rows", "blocks", "span", "first", "paragraphs", "vm", "amount_sum", "merge_start",
            "merge_continue", "orientation", "paras", "content", "page", "num"} <= found


# ---- the variants ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", Catalog().names())
def test_every_variant_is_in_the_guide(name):
    assert mentioned(name, GUIDE.read_text(encoding="utf-8"))


def _annotations(node) -> set[tuple[str, str]]:
    """Every (key, value) of jixiao's own annotations (`x-jixiao-*`) anywhere in a schema document."""
    if isinstance(node, list):
        return {found for item in node for found in _annotations(item)}
    if not isinstance(node, dict):
        return set()
    own = {(key, value) for key, value in node.items() if key.startswith("x-jixiao-") and isinstance(value, str)}
    return own.union(*(_annotations(value) for value in node.values()))


JIXIAO_ANNOTATIONS = sorted({found for path in (ROOT / "schema").glob("*.json")
                             for found in _annotations(json.loads(path.read_text(encoding="utf-8")))})


def test_the_annotations_are_read_from_the_schemas():
    assert {("x-jixiao-kind", "date"), ("x-jixiao-kind", "indicator-value"),
            ("x-jixiao-style", "double-quoted")} <= set(JIXIAO_ANNOTATIONS)


@pytest.mark.parametrize("key, value", JIXIAO_ANNOTATIONS)
def test_every_annotation_the_schemas_use_is_in_the_guide(key, value):
    """What a field is to jixiao (an indicator value, a date, a value fmt double-quotes) is said by these, not by its
    key: a form's author writing a field out in full must know to write them."""
    assert f'`"{key}": "{value}"`' in GUIDE.read_text(encoding="utf-8"), f"{GUIDE.name} 没有写到 \"{key}\": \"{value}\""


def test_the_readme_links_the_guide():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("## 表样就是数据"):]
    assert "(docs/variants.md)" in part[: part.index("\n## ")]


def test_the_readme_calls_a_runs_artifacts_by_each_platforms_own_chinese_word():
    """The GitHub paragraph called the built forms 附件（artifact）, a word GitHub's Chinese pages do not use for them:
    a clerk looking for 附件 on the run's page found 工件 (GitLab's are 作业产物, as its paragraph says)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "附件（artifact" not in readme and "放进附件" not in readme
    assert "工件（artifacts" in readme and "作业产物（artifacts）" in readme


# ---- what the docs promise of the messages ---------------------------------------------------------------------

def test_the_internal_error_message_puts_traceback_before_the_command(runner, monkeypatch):
    """`jixiao validate --traceback` is refused as an unknown option: the message said only "加上 --traceback",
    and the README now says where it goes."""
    from generator import cli

    def fail(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "given_specs", fail)
    result = runner.invoke(cli.main, ["validate"])
    assert result.exit_code == 4 and "请把 --traceback 写在命令名之前重新运行（jixiao --traceback validate …）" in result.output
    assert "`jixiao --traceback build`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_an_internal_error_under_traceback_shows_the_stack_and_keeps_exit_4(runner, monkeypatch):
    """With --traceback the error was raised on and Python exited 1, the code for problems in the specs: a script
    could not tell a bug from a spec with errors. The stack is shown and the exit code is the documented 4."""
    from generator import cli

    def fail(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cli, "given_specs", fail)
    result = runner.invoke(cli.main, ["--traceback", "validate"])
    assert result.exit_code == 4
    assert "Traceback (most recent call last)" in result.output and "RuntimeError: a bug" in result.output
    assert "jixiao 内部错误：RuntimeError: a bug\n请把上面的输出报告给维护者。" in result.output


def test_the_json_rule_listing_describes_each_rule_as_the_text_listing_does(runner):
    """The README promises Chinese explanations; `--format json` gave the English docstring as `description`."""
    from generator.cli import main

    text = runner.invoke(main, ["lint", "--rules"]).output
    listed = json.loads(runner.invoke(main, ["lint", "--rules", "--format", "json"]).output)
    assert [rule["id"] for rule in listed] == list(RULES)
    for rule in listed:
        assert re.search(rf"^{rule['id']}\s+\S+\s+{re.escape(rule['description'])}$", text, re.M), rule
        assert re.match(r"[\u4e00-\u9fff]", rule["description"]), rule


def test_an_unknown_profile_key_is_answered_with_each_keys_chinese_name(tmp_path):
    """profile.yaml's keys had no titles, so the hint read "name（name）、title（title）…"."""
    from generator.load import load
    from generator.schema import schema_problems
    from generator.schema_store import SchemaStore

    profile = tmp_path / "profile.yaml"
    text = (ROOT / "templates" / "zhanjiang" / "profile.yaml").read_text(encoding="utf-8")
    profile.write_text(text.replace("orientation:", "page: A4\norientation:", 1), encoding="utf-8")
    [problem] = schema_problems(SchemaStore(PROFILE_SCHEMA.parent), PROFILE_SCHEMA.name, load(profile))
    assert problem.code == "SCHEMA-ADDITIONALPROPERTIES"
    assert "可用的字段：name（表样名称）、title（表题的写法）、file_name（文件名的写法）、orientation（纸张方向）" in problem.message
    assert "name（表样名称）、title（表题的写法）" in GUIDE.read_text(encoding="utf-8")


def test_the_build_summary_counts_the_files_it_removed(runner, tmp_path):
    """"已删除 …" was listed above a summary that said only "生成 2 个文件"."""
    from generator.cli import main

    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    spec = specs / "guangzhou-tailian-2023.yaml"
    spec.write_text((ROOT / "specs" / spec.name).read_text(encoding="utf-8"), encoding="utf-8")
    assert runner.invoke(main, ["build", str(spec), "--out", str(out), "--jobs", "1"]).exit_code == 0
    spec.write_text(spec.read_text(encoding="utf-8").replace("unit: 广州市台湾同胞联谊会", "unit: 广州市台联"),
                    encoding="utf-8")
    result = runner.invoke(main, ["build", str(spec), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0 and result.output.count("已删除 ") == 2, result.output
    # the copy's first line names a schema not beside it: the SCHEMA-LINE warning above is counted too
    assert result.output.endswith("处理了 1 个规格：生成 2 个文件，删除 2 个过时的文件；1 个警告。\n"), result.output
    again = runner.invoke(main, ["build", str(spec), "--out", str(out), "--jobs", "1"])
    # skipped, the spec's warning is said again from the record: counted as the build writing it counted it
    skipped = "处理了 1 个规格：生成 0 个文件，1 个规格未改动，已跳过；1 个警告。"
    assert again.output.endswith(f"{skipped}\n"), again.output
    assert f"`{skipped}`" in (ROOT / "docs" / "build.md").read_text(encoding="utf-8")  # as the command table's link quotes it


def test_the_readme_validate_example_is_what_its_command_prints(runner, broken, monkeypatch):
    """The README's validate output named no command; the one it names now prints exactly that."""
    from generator.cli import main

    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    monkeypatch.chdir(path.parent.parent)
    command = f"jixiao validate specs/{path.name}"
    result = runner.invoke(main, command.split()[1:])
    assert result.exit_code == 1
    assert f"```\n$ {command}\n{result.output}```\n" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_generator_names_no_form_and_no_place():
    """generator/ serves every province's forms: a form's name or its place, or any province, in a docstring (`Jiangsu's four “明显”`)
    reads as code written for that form, and sends the next reader looking for what is special there. Its other text
    files too: `init` writes the kit (kit/jixiao.yaml, the VS Code tasks) into every unit's repository, and
    profile.schema.json checks every form's profile."""
    forms = [folder.name for folder in (ROOT / "templates").iterdir() if folder.is_dir() and not folder.name.startswith("_")]
    places = ["广州", "湛江", "衡阳", "穗", *PROVINCES, "南宁", "钦州"]
    files = [path for path in sorted((ROOT / "generator").rglob("*")) if path.is_file() and "__pycache__" not in path.parts]
    found = [f"{path.relative_to(ROOT)}: {name}" for path in files for name in forms + places
             if re.search(rf"(?i){re.escape(name)}(?!时间)", path.read_text(encoding="utf-8"))]
    assert found == []


PROVINCES = ["北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
             "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西",
             "西藏", "宁夏", "新疆"]
"""The mainland's provinces, which an example in a docstring drifted to (a long unit of 广西 for short_names): any of
them reads as a place the code was written for. 北京时间 is the name of a time zone, not a place (`(?!时间)`); 台湾
and 香港 are left out, named where Big5 is explained and in the people's organisations' own words (台湾同胞)."""


def _code_map() -> str:
    """docs/code-map.md, the map of generator/ that README's short “## 代码结构” links to (it was 350 lines of the
    README, which a clerk opening it first had to scroll past)."""
    return (ROOT / "docs" / "code-map.md").read_text(encoding="utf-8")


def test_the_readme_links_the_code_map():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("## 代码结构"):]
    assert "(docs/code-map.md)" in part[: part.index("\n## ")]


def test_the_readme_code_map_gives_every_module_a_bullet_of_its_own():
    """docs/code-map.md is where a reader finds a stage or a module by its file name: it was a wall of
    paragraphs, some over 10,000 characters, so each module of generator/ and tools/ now has a bullet of its own,
    starting with its name: by its path below generator/ (`rules/schema_line.py`) where another module shares its
    file name, by the file name alone (or its path) otherwise. A package's `__init__.py` is named by its folder
    (`rules/`). A bullet of one line, not a paragraph: the details are the module's docstring's."""
    body = _code_map()
    bullets = re.findall(r"^ *- `([^`]+)` — (.*)$", body, re.M)
    named = [name.removeprefix("generator/") for name, _ in bullets]
    package = ROOT / "generator"
    modules = sorted(path.relative_to(package) for path in package.rglob("*.py") if "__pycache__" not in path.parts)
    names = [module.name for module in modules]
    missing = []
    for module in modules:
        if module.name == "__init__.py":
            found = module.parent == module.parent.parent or f"{module.parent.as_posix()}/" in named
        elif names.count(module.name) > 1:
            found = module.as_posix() in named
        else:
            found = module.name in named or module.as_posix() in named
        if not found:
            missing.append(module.as_posix())
    tools = sorted(path.relative_to(ROOT) for path in (ROOT / "tools").glob("*.py") if path.name != "__init__.py")
    missing += [tool.as_posix() for tool in tools if tool.as_posix() not in named]
    assert missing == [], "no bullet of its own in docs/code-map.md: " + ", ".join(missing)
    assert sorted({name for name in named if named.count(name) > 1}) == []
    assert [name for name, said in bullets if len(said) > 150] == []


def test_the_code_map_names_each_command_that_reads_row_conditions():
    """`row_conditions.py`'s line named `new` and lint as its users after diff began to read it too (to name a row its
    schema lets go without a 三级 name by its 二级 alone): a reader looking for why diff names such a row so found
    nothing there."""
    line = next(line for line in _code_map().splitlines() if line.lstrip().startswith("- `row_conditions.py`"))
    assert all(command in line for command in ("`new`", "lint", "`diff`")), line


def _bounds_said(rule, name: str) -> str:
    """How the guide's table says a number parameter's bounds, from the rule's own (lint.rule)."""
    least, most, above = rule.minimums.get(name), rule.maximums.get(name), rule.above.get(name)
    if above is not None:
        return f"大于 {above}" + (f" 且不大于 {most}" if most is not None else "")
    if least is not None and most is not None:
        return f"在 {least} 到 {most} 之间"
    return f"不小于 {least}" if least is not None else f"不大于 {most}" if most is not None else ""


@pytest.mark.parametrize("rule_id, name", RULE_PARAMS)
def test_the_guide_says_each_parameters_default_and_bounds_as_the_rule_has_them(rule_id, name):
    """The README said C11's min_ratio could not be under 100 after the rule took anything above 0: the table of
    parameters is checked against the catalogue's defaults and bounds, so that it cannot drift so."""
    rule = RULES[rule_id]
    [said] = re.findall(rf"^\| {rule_id} \| `{name}` \| ([^|]*)\|", section(PROFILE_SECTION), re.M)
    default = rule.params[name]
    if isinstance(default, bool):
        assert said.startswith(f"true/false，默认 {str(default).lower()}："), said
    elif isinstance(default, (int, float)):
        bounds = _bounds_said(rule, name)
        assert said.startswith(f"数字，默认 {default}" + (f"，{bounds}" if bounds else "")), (said, bounds)
    else:
        assert isinstance(default, list), f"{rule_id} {name}: the guide's wording of a {type(default).__name__} is untested"
        _assert_list_said(said, default)


def _assert_list_said(said: str, default: list) -> None:
    """A list parameter's row gives the whole list (A11's four standards), or its first words in the rule's order
    ended by …… (B6's 明显、显著、有所、进一步……): either way the words are the rule's, none left out or reordered."""
    assert said.startswith("文字的列表："), said
    opening = re.search(r"（([^（）]*)……）\s*$", said)
    if opening:
        words = opening[1].split("、")
        assert default[:len(words)] == words, (said, default)
    else:
        assert said.removeprefix("文字的列表：").strip().split("、") == default, (said, default)


# ---- what the README and the guide say of this session's changes ---------------------------------------------------

README = ROOT / "README.md"
DIFF_GUIDE = ROOT / "docs" / "diff.md"  # README's step 4 (比较) in full, which the step links


def test_the_readme_says_a_deleted_unreadable_spec_as_diff_lists_it(runner, tmp_path):
    """README's command table and step 4 (in full in docs/diff.md) quote how diff lists a spec it could not read in
    the old draft and the change deleted (it was exit 2, as if the change broke a spec): the words quoted are the words
    printed."""
    from generator.cli import main

    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", folder / "gz.yaml")
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", old / "gz2.yaml")
    (old / "bad.yaml").write_text("form: guangzhou\nyear: 2025\nunit: 某单位\nbudget: [\n", encoding="utf-8")
    readme = README.read_text(encoding="utf-8") + DIFF_GUIDE.read_text(encoding="utf-8")
    listed, warned = "删除的规格文件（原稿有错误，只列出文件名）", "这个文件已删除，只列出文件名"
    both = "删除的规格文件 2 个（其中 1 个原稿有错误，只列出文件名）"
    result = runner.invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 1 and f"  {listed}\n" in result.stdout, result.output
    assert "警告[DIFF-WAS-BROKEN] " in result.stderr and warned in result.stderr, result.stderr
    assert f"：{both}。\n" in result.stdout, result.stdout
    shutil.copy(old / "gz2.yaml", new / "gz2.yaml")
    alone = "删除的规格文件 1 个（原稿有错误，只列出文件名）"
    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    [gone] = [spec for spec in json.loads(result.stdout)["specs"] if spec["status"] == "removed"]
    assert gone["was_broken"] is True and gone["file"].endswith("bad.yaml"), gone
    assert f"：{alone}。\n" in runner.invoke(main, ["diff", str(old), str(new)]).stdout
    for said in (f"“{listed}”", f"“{warned}”", f"“{alone}”", f"“{both}”", "`status` 为 `removed`，`was_broken` 为 true"):
        assert said in readme, said


def test_the_diff_guide_example_is_what_its_command_prints(runner, tmp_path, monkeypatch):
    """docs/diff.md opens with a real output, the Guangzhou spec with an amount (and the two totals it feeds), a
    target in a task's text and an indicator's value changed; its 审阅时先看什么 reads that output to a reviewer, so the
    output is the command's, byte for byte."""
    from generator.cli import main

    spec = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    edited = spec
    for was, now in (("fiscal: 689.41", "fiscal: 691.41"), ("own_level: 689.41", "own_level: 691.41"),
                     ("amount: 22.15", "amount: 24.15"), ("提交市政协大会提案不少于3篇", "提交市政协大会提案不少于2篇"),
                     ('annual_value: "开展台胞活动5次以上"', 'annual_value: "开展台胞活动3次以上"')):
        assert edited.count(was) == 1, was
        edited = edited.replace(was, now)
    for folder, text in (("old", spec), ("new", edited)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "gz.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    command = "jixiao diff old/gz.yaml new/gz.yaml"
    result = runner.invoke(main, command.split()[1:])
    assert result.exit_code == 1, result.output
    assert f"```\n$ {command}\n{result.output}```\n" in DIFF_GUIDE.read_text(encoding="utf-8")


def _json_guide_fields(table_head: str) -> set[str]:
    """The fields docs/diff.md's json section names in the first column of the table under `table_head`."""
    text = DIFF_GUIDE.read_text(encoding="utf-8")
    table = text[text.index(table_head):].split("\n\n", 2)[1]
    return {name for row in table.splitlines() for name in re.findall(r"`(\w+)`", row.split("|")[1])}


def test_the_diff_guide_names_every_field_diff_json_writes(runner, tmp_path):
    """docs/diff.md's json tables are a script writer's reference: a spec's `title` went unnamed, so every field a
    real report writes (a spec changed, one added; a task removed, a silence added, a target lowered to a range) is
    looked for there, each level in its own table."""
    from generator.cli import main

    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    spec = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    (old / "gz.yaml").write_text(spec, encoding="utf-8")
    task = spec.index("  - name: 全面从严治党")
    edited = (spec[:task] + spec[spec.index("other_tasks:"):]).replace(
        'annual_value: "开展台胞活动5次以上"', 'annual_value: "开展台胞活动1-5次"').replace(
        "    name: 档案整理完成率\n", "    name: 档案整理完成率  # jixiao: disable=D6 任务调整\n").replace(
        'period_value: "台胞满意度90%以上"', 'period_value: "台胞满意度95%以上"')
    (new / "gz.yaml").write_text(edited, encoding="utf-8")
    shutil.copy(ROOT / "specs" / "tianjin-qiaolian-2023.yaml", new / "tj.yaml")
    result = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    specs = report["specs"]
    changes = [change for one in specs for change in one["changes"]]
    assert {"weakened", "tightened", "note", "rows", "deleted_text_clauses"} <= {key for change in changes for key in change}
    assert set(report) - _json_guide_fields("顶层的字段") == set()
    assert {key for one in specs for key in one} - _json_guide_fields("每个规格（") == set()
    assert {key for change in changes for key in change} - _json_guide_fields("每处改动（") == set()


@pytest.mark.parametrize("old, new, said", [
    ("year: 2023", "year:", "年度：应为整数，实际是空的；"),
    ("unit: 广州市台湾同胞联谊会", "unit:", "部门名称：不能为空；请填写部门名称"),
    ("year: 2023", "year: “”", "实际是只有两个中文引号的文本“”；请删去这两个中文引号，填上：预算年度，四位数字"),
], ids=["empty", "required", "two Chinese quotes"])
def test_the_readme_says_an_empty_value_as_validate_does(runner, broken, old, new, said):
    """docs/validate-checks.md (README's list of validate's checks, moved there) says a value left empty is 空的
    (实际是空的, as diff's （空）), a required one 不能为空 however it was left empty, and a number typed as two Chinese
    quotes is told to drop them: it was 空值 in one message alone, and a required name left as `unit:` was told 必须填写，
    现在是空的 where `unit: ""` was told 不能为空."""
    from generator.cli import main

    path, _ = broken("guangzhou-tailian-2023.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and said in result.output, result.output
    checks = (ROOT / "docs" / "validate-checks.md").read_text(encoding="utf-8")
    assert "“实际是空的”" in checks and "都说“不能为空”" in checks and "删去这两个中文引号、填上什么" in checks
    assert "(docs/validate-checks.md)" in README.read_text(encoding="utf-8")


def test_the_guide_quotes_the_broken_footer_reference_as_build_says_it(runner, tmp_path):
    """docs/variants.md's table quotes what build says of a form.docx whose footer reference has no r:id: a form's
    author reads it there, so it is the message build prints, word for word."""
    from generator.cli import main

    templates, schemas = tmp_path / "forms" / "templates", tmp_path / "forms" / "schema"
    spec = copy_variant("zhanjiang", "ningbo", templates, schemas, tmp_path / "specs" / "ningbo.yaml")
    zip_edit(templates / "ningbo" / "form.docx", "word/document.xml", r"(<w:sectPr[^>]*>)",
             r'\1<w:footerReference w:type="default"/>', regex=True)
    [row] = re.findall(r"^- `form\.docx` 的页眉或页脚引用坏了.*\n(?:  .*\n)*", GUIDE.read_text(encoding="utf-8"), re.M)
    quoted = re.findall(r"`(form\.docx: 错误\[RENDER-TEMPLATE\][^`]*)`", row)
    assert len(quoted) == 1, row
    result = runner.invoke(main, ["build", str(spec), "--templates", str(templates), "--schemas", str(schemas),
                                  "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and f"ningbo{os.sep}{quoted[0]}\n" in result.output, result.output


def test_the_guide_gives_the_numbered_lists_of_the_form_it_names(tmp_path, runner):
    """docs/variants.md gives Tianjin's `lint.numbered` as its example and README says a project name typed with its
    number prints `1.1. 甲绩效目标表` there (A15): the example is the profile's, and the form prints that."""
    from generator.cli import main

    row = next(line for line in GUIDE.read_text(encoding="utf-8").splitlines() if line.startswith("| `lint.numbered` |"))
    [example] = re.findall(r"天津 `\[([^\]]*)\]`", row)
    profile = YAML(typ="safe").load((ROOT / "templates" / "tianjin" / "profile.yaml").read_text(encoding="utf-8"))
    assert example.split(", ") == profile["lint"]["numbered"]
    rules = (ROOT / "docs" / "lint-rules.md").read_text(encoding="utf-8")  # README's rule catalogue in full
    assert "项目名称写成 `name: 1. 甲` 会印成 `1.1. 甲绩效目标表`" in rules
    spec = tmp_path / "specs" / "tj.yaml"
    spec.parent.mkdir()
    text = next((ROOT / "specs").glob("tianjin-*.yaml")).read_text(encoding="utf-8")
    numbers = iter(range(1, 100))  # every project numbered, counting up: A15 tells a list so numbered, no one number
    spec.write_text(re.sub(r"^  - name: ", lambda _: f"  - name: {next(numbers)}. ", text, flags=re.M), encoding="utf-8")
    first = re.search(r"^  - name: (.*)$", text, re.M)[1]
    assert "提示[A15]" in runner.invoke(main, ["lint", str(spec)]).output
    result = runner.invoke(main, ["build", str(spec), "--format", "html", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    [html] = (tmp_path / "out").glob("*.html")
    assert f"1.1. {first}绩效目标表" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("measure, lower", [
    *((name, True) for name in ("病死率", "死亡率", "致死率", "致残率", "失业率", "漏检率", "误诊率", "死亡人数", "伤亡人数",
                                "事故报告数", "事故通报次数", "未追回金额")),
    *((name, False) for name in ("违规资金追回金额", "挽回经济损失金额", "不良贷款清收额", "事故报告及时率", "不良资产处置率",
                                 "不良贷款清收率", "不良反应报告率", "人工增雨减少农业损失金额", "避免经济损失")),
    *((name, None) for name in ("追回违规资金件数", "挽回经济损失人数", "不合理收费清退金额", "事故报告制度", "事故应急预案", "减少损失户数",
                                "投诉处理机制")),
])
def test_the_readme_reads_each_measure_it_names_as_lint_and_diff_do(measure, lower):
    """README's step 4 (which B5 points to; in full in docs/diff.md) names the measures to keep low, to raise, and
    those read by their category: each is read so by lint's terms, which B5 and diff share (True: the lower the
    better; None: by its category)."""
    from generator.lint.terms import lower_is_better

    assert measure in DIFF_GUIDE.read_text(encoding="utf-8")
    assert lower_is_better(measure) is lower



def test_ci_runs_the_readme_s_two_commands_as_written():
    """`.ci/run` says it runs the README's install command (the build it chains run on its own) and then its test
    command: the two were written by hand in each place, so a change to one (`-n auto --dist loadfile`) had CI run
    what no reader ran, or a reader's command fail that CI never tried. The English part names the same command,
    and the plugin its options need is in the `test` extra that the install command installs."""
    readme = README.read_text(encoding="utf-8")
    install, test = (re.search(rf"## {heading}.*?```sh\n(.+?)\n```", readme, re.S).group(1)
                     for heading in ("安装并生成（第一条命令）", "运行测试（第二条命令）"))
    run = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")]
    assert [line.replace(" -q", "") for line in run[-5:]] == [*install.split(" && "), test], run
    assert f"**Tests:** `{test}`" in readme
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert ".[test]" in install and ("-n " not in test or any(d.startswith("pytest-xdist") for d in extra["test"]))
