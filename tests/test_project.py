"""A project's jixiao.yaml names its own form variants, so commands need no --templates/--schemas."""
from __future__ import annotations

import re
import shutil

import pytest

from generator.cli import main

from .conftest import ROOT

GZ = "guangzhou-tailian-2023.yaml"


@pytest.fixture
def unit_repo(tmp_path, monkeypatch):
    """A unit's repository holding copies of jixiao's forms plus its own (`sixth`), and a spec for it."""
    forms = tmp_path / "forms"
    shutil.copytree(ROOT / "templates", forms / "templates")
    shutil.copytree(ROOT / "schema", forms / "schema")
    shutil.copytree(ROOT / "templates" / "guangzhou", forms / "templates" / "sixth")
    schema = (forms / "schema" / "guangzhou.schema.json").read_text(encoding="utf-8")
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


def test_a_new_spec_names_the_projects_schema_itself(runner, unit_repo):
    result = runner.invoke(main, ["new", "--form", "sixth", "--unit", "某单位", "--year", "2025", "-o", "specs/new.yaml"])
    assert result.exit_code == 0, result.output
    first = (unit_repo / "specs" / "new.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../forms/schema/sixth.schema.json"
    assert not (unit_repo / "schema").exists()  # no copy: the project's schema is already in the project


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
