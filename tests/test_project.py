"""A project's jixiao.yaml names its own form variants, added to jixiao's, so commands need no flags."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import ROOT

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
    (forms / "schema" / "sixth.schema.json").write_text(schema.replace('"const": "guangzhou"', '"const": "sixth"'),
                                                         encoding="utf-8")
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
    assert "defs.schema.json" in json.loads((unit_repo / "schema" / "sixth.schema.json").read_text(encoding="utf-8"))["$defs"]

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
    ("template: forms/templates\n", "jixiao.yaml:1:1: 不认识的设置“template”"),
    ("templates: forms/nowhere\nschemas: forms/schema\n", "jixiao.yaml:1:12: templates（表样文件夹）“forms/nowhere”不存在"),
    ("templates: [forms]\n", "jixiao.yaml:1:12: templates（表样文件夹）应写成文件夹路径"),
    ("templates: forms/templates\nschemas： forms/schema\n", "jixiao.yaml:2:8: 错误[YAML-SYNTAX] YAML 语法错误：“schemas”后面是中文冒号"),
])
def test_a_wrong_project_file_stops_every_command_with_its_place(runner, unit_repo, content, words):
    (unit_repo / "jixiao.yaml").write_text(content, encoding="utf-8")
    for command in (["validate"], ["build"], ["lint"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2 and words in result.output, (command, result.output)
