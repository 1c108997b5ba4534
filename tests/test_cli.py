"""The command line, through click's CliRunner: messages, formats and the exit-code contract."""
from __future__ import annotations

import io
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import string
from pathlib import Path
from xml.etree import ElementTree

import click
import click.testing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import click_zh
from generator import pdf as pdf_module
from generator import progress
from generator.help_format import width
from generator.cli import main
from generator.errors import EnvironmentProblem
from generator.report import rerun_note

from .conftest import ROOT, TOO_LONG, locate

GZ = ROOT / "specs" / "guangzhou-tailian-2023.yaml"


def test_validate_a_good_spec_exits_0(runner):
    result = runner.invoke(main, ["validate", str(GZ)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("检查了 1 个文件，没有发现问题（指标体系是否完整、目标能否通过审核，由 jixiao lint 检查）。")


def test_validate_says_what_it_leaves_to_lint(runner, broken):
    """A spec without its 效益指标 passed validate with 没有发现问题, and the editor's default task runs validate only."""
    text = GZ.read_text(encoding="utf-8")
    rows = text.split("\n  - level1: ")
    kept = "\n  - level1: ".join(row for row in rows if not row.startswith("效益指标"))
    assert "效益指标" not in kept.split("indicators:")[1]
    path, _ = broken(GZ.name, text, kept)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "没有发现问题（指标体系是否完整、目标能否通过审核，由 jixiao lint 检查）" in result.output
    assert "[A2]" in runner.invoke(main, ["lint", str(path)]).output  # which lint reports
    assert "指标体系是否完整" in runner.invoke(main, ["validate", "--help"]).output


def test_validate_defaults_to_the_specs_folder(runner, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(main, ["validate"])
    assert f"检查了 {len(list((ROOT / 'specs').glob('*.yaml')))} 个文件" in result.output


def test_no_specs_folder_to_default_to_is_a_usage_error(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for command in ("validate", "lint", "build", "fmt"):
        result = runner.invoke(main, [command])
        assert result.exit_code == 2, command
        assert "当前文件夹下没有 specs/ 文件夹" in result.stderr, command
        assert "请先用 cd 进入放着 specs/ 文件夹或 jixiao.yaml 的那个文件夹再运行" in result.stderr, command  # was 项目的根目录
    assert not (tmp_path / "output").exists()


def test_the_folder_holding_jixiao_yaml_that_no_specs_sends_to_says_how_to_start(runner, tmp_path, monkeypatch):
    """NO_SPECS sends a clerk to the folder holding jixiao.yaml; with no specs/ there, each command said
    “specs/ 里还没有规格文件” of a folder it could not find. It says there is none, and the command that makes it."""
    (tmp_path / "jixiao.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in ("validate", "lint", "build"):
        result = runner.invoke(main, [command])
        assert result.exit_code == 0, (command, result.output)
        assert "还没有 specs/ 文件夹，也就还没有规格文件" in result.stderr, command
        assert "specs/ 里还没有" not in result.stderr and "-o specs/" in result.stderr, command
    new = ["new", "--form", "zhanjiang", "--unit", "测试单位", "--year", "2025", "-o", "specs/"]
    assert runner.invoke(main, new).exit_code == 0
    assert "检查了 1 个文件" in runner.invoke(main, ["validate"]).output


def test_a_folder_without_specs_is_warned_about(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["validate", str(tmp_path / "empty"), str(GZ)])
    assert result.exit_code == 0
    assert result.stderr == f"警告：{tmp_path / 'empty'} 里没有规格文件（.yaml、.yml）。\n"
    assert result.stdout.strip() == "检查了 1 个文件：0 个错误，1 个警告。"  # was 没有发现问题, under the warning


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["validate", "--format", "github"], ["build", "-q"],
                                     ["fmt", "--check"]])
def test_paths_named_that_hold_no_spec_are_counted_in_the_summary(runner, tmp_path, monkeypatch, command):
    """`validate specs empty notes.md` warned of the folder and the file on stderr, then said 没有发现问题: a reader of
    the summary alone, in CI or the editor's task, took every path named for checked. Counted apart from a spec saved
    as `gz.yaml.txt`, which fmt names in its own words."""
    monkeypatch.chdir(tmp_path)
    for folder in ("specs", "empty"):
        Path(folder).mkdir()
    shutil.copy(GZ, Path("specs", "a.yaml"))
    shutil.copy(GZ, Path("specs", "gz.yaml.txt"))
    Path("notes.md").write_text("笔记\n", encoding="utf-8")
    result = runner.invoke(main, [*command, "specs", "empty", "notes.md"])
    last = result.stdout.rstrip().splitlines()[-1]
    assert "警告：empty 里没有规格文件" in result.stderr and "警告：跳过 notes.md：" in result.stderr, result.output
    if command[0] == "fmt":
        assert last.endswith("，1 个文件名末尾多了 .txt，未读（警告见上），2 个写出的路径里没有规格，已跳过（警告见上）。"), last
    else:
        said = sum(line.startswith("警告：") or "警告[" in line for line in result.output.splitlines())
        assert said >= 3 and re.search(rf"[：；，]{said} 个警告[，。]", last), result.output


@pytest.mark.parametrize("command", ["validate", "lint", "build", "fmt"])
def test_a_folder_without_specs_named_alone_is_said_once_with_what_to_do(runner, tmp_path, monkeypatch, command):
    """`validate empty` printed a warning that the folder held no spec, the usage text, then an error that no spec
    was found: three things for one mistake, none saying what to do. Still exit 2: a mistyped folder fails CI."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, [command, "empty"])
    assert result.exit_code == 2, result.output
    assert result.output == ("错误：empty 里没有规格文件（.yaml、.yml）：请检查路径是否写对；要在 empty/ 里新建一份："
                             "jixiao new --form 表样 --unit 单位全称 --year 年度 -o empty/（jixiao new --list 列出表样）。\n")


_NOT_SPECS = "没有 form、unit、year 字段，也没有用中文写的字段名"


def _other_programs_yaml(folder: Path) -> None:
    """A folder holding only other programs' YAML: a workflow in a hidden folder, docker-compose.yml, mkdocs.yml."""
    (folder / ".github" / "workflows").mkdir(parents=True)
    (folder / ".github" / "workflows" / "ci.yml").write_text("name: ci\non: push\n", encoding="utf-8")
    (folder / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: 文档\n", encoding="utf-8")


@pytest.mark.parametrize("command", ["validate", "lint", "build", "fmt"])
def test_a_folder_of_other_programs_yaml_named_alone_is_said_once_with_what_to_do(runner, tmp_path, monkeypatch, command):
    """`validate .` in a repository holding only docker-compose.yml and mkdocs.yml said it skipped two YAML files that
    were no specs, then that the folder held no spec file: two lines for one thing, the second of a folder the clerk
    sees .yml files in. One error now says what was found, why none is a spec and how to make one; exit 2 still, as
    for an empty folder (a folder whose only spec was retyped out of a spec's shape must fail CI)."""
    monkeypatch.chdir(tmp_path)
    _other_programs_yaml(Path("repo"))
    result = runner.invoke(main, [command, "repo"])
    assert result.exit_code == 2, result.output
    assert result.output == (f"错误：repo 里没有规格文件，只有 2 个不像规格的 YAML 文件（{_NOT_SPECS}，"
                             f"如 {Path('repo', 'docker-compose.yml')}）：请检查路径是否写对；要在 repo/ 里新建一份："
                             "jixiao new --form 表样 --unit 单位全称 --year 年度 -o repo/（jixiao new --list 列出表样）。"
                             "要把其中某个文件当作规格检查，请直接写出它的文件名。\n")


def test_a_folder_of_other_programs_yaml_beside_a_spec_is_one_warning(runner, tmp_path, monkeypatch):
    """Named beside a spec, the same folder had a note that its files were skipped and a warning that it held no
    spec: one warning, counted in the summary as before."""
    monkeypatch.chdir(tmp_path)
    _other_programs_yaml(Path("repo"))
    result = runner.invoke(main, ["validate", "repo", str(GZ)])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"警告：repo 里没有规格文件，只有 2 个不像规格的 YAML 文件（{_NOT_SPECS}，"
                             f"如 {Path('repo', 'docker-compose.yml')}）；要把其中某个文件当作规格检查，请直接写出它的文件名。\n")
    assert result.stdout.strip() == "检查了 1 个文件：0 个错误，1 个警告。"


def test_the_default_specs_folder_of_other_programs_yaml_is_said_so(runner, tmp_path, monkeypatch):
    """No path given, specs/ holding only another program's YAML: the same one error, of specs."""
    monkeypatch.chdir(tmp_path)
    Path("specs").mkdir()
    Path("specs", "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"错误：specs 里没有规格文件，只有 1 个不像规格的 YAML 文件（{_NOT_SPECS}，"), result.output
    assert "注意：" not in result.output and "-o specs/" in result.output, result.output


def test_a_spec_typed_with_full_width_colons_in_a_folder_is_checked_not_skipped(runner, tmp_path, monkeypatch):
    """Measured before: a spec whose `form`, `unit` and `year` were typed with a Chinese input method's colon
    (`form：guangzhou`) was skipped in a folder as another program's YAML, `没有 form、unit、year 字段` of a file holding
    all three, and the folder said to hold no spec; named alone it was read and each colon said."""
    monkeypatch.chdir(tmp_path)
    Path("specs").mkdir()
    text = GZ.read_text(encoding="utf-8")
    for key in ("form", "unit", "year"):
        assert f"\n{key}: " in text
        text = text.replace(f"\n{key}: ", f"\n{key}：", 1)
    Path("specs", "gz.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["validate", "specs"])
    assert result.exit_code == 1, result.output
    assert _NOT_SPECS not in result.output, result.output
    assert "“form”（表样）后面是中文冒号“：”" in result.output, result.output


@pytest.mark.parametrize("out, words, slip", [
    ("spces/a.yaml", "错误：-o 写的文件夹 spces/ 不存在；是否想写 specs/？", "不替像是拼错的名字新建"),
    ("nowhere/dir/", "错误：-o 写的文件夹 nowhere/ 不存在；当前文件夹里的文件夹有：schema/、specs/。", "不替一连几层新建"),
    ("spces/dir/", "错误：-o 写的文件夹 spces/ 不存在；是否想写 specs/？", "不替像是拼错的名字或一连几层新建"),
])
def test_new_does_not_make_a_folder_that_is_not_there(runner, tmp_path, monkeypatch, out, words, slip):
    """`new -o spces/a.yaml` beside specs/ made the mistyped folder in silence, and `-o /nonexist/dir/` a tree of them;
    a project's specs/ is still made with its first spec (a fresh clone has none), and one new folder named like
    none there (the test's first `-o specs/` here; `-o 2025/` elsewhere) as asked. The message names the slip seen
    only: one near-named folder was told 一连几层 too."""
    monkeypatch.chdir(tmp_path)
    new = ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025", "-o"]
    assert runner.invoke(main, [*new, "specs/"]).exit_code == 0 and Path("specs", "某单位-2025.yaml").is_file()
    result = runner.invoke(main, [*new, out])
    assert result.exit_code == 2 and words in result.output and f"jixiao {slip}文件夹（" in result.output, result.output
    assert "请先建好文件夹" in result.output and sorted(os.listdir(tmp_path)) == ["schema", "specs"]


@pytest.mark.parametrize("typed, example", [
    (["--form", "guangzhou", "--year", "2031"], "jixiao new --form guangzhou --unit 单位名称 --year 2031 -o specs/"),
    (["--unit", "某 单位", "--year", "2030", "-o", "specs/a.yaml"],
     'jixiao new --form guangzhou --unit "某 单位" --year 2030 -o specs/a.yaml'),
])
def test_new_missing_an_option_gives_an_example_with_what_was_typed(runner, tmp_path, monkeypatch, typed, example):
    """`new --form guangzhou --year 2026` was given the example `--year 2025`, as if the year typed were wrong: the
    example keeps what was typed and fills in only what is missing."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", *typed])
    assert result.exit_code == 2 and f"；例如 {example}（jixiao new --list 列出表样）" in result.output, result.output


def test_a_named_file_that_is_no_spec_is_skipped_with_a_pointer(runner, tmp_path):
    """README.md read as YAML gave "不支持锚点和别名"; a Word form wants `jixiao import`, not build."""
    (tmp_path / "旧表.docx").write_bytes(b"PK\x03\x04")
    for command in ("validate", "lint", "build"):
        result = runner.invoke(main, [command, str(ROOT / "README.md"), str(tmp_path / "旧表.docx"), str(GZ),
                                      *(["--out", str(tmp_path / "out")] if command == "build" else [])])
        assert result.exit_code == 0, (command, result.output)
        assert f"警告：跳过 {ROOT / 'README.md'}：它不是规格文件；规格文件以 .yaml 或 .yml 结尾。" in result.stderr, command
        assert f"要把 Word 表读成规格，请用 jixiao import {tmp_path / '旧表.docx'}" in result.stderr, command
        assert "README" not in result.stdout and "YAML" not in result.stdout, command


def test_an_excel_or_word_form_named_alone_is_pointed_to_import(runner, tmp_path):
    """A clerk ran `jixiao build 旧表.xlsx` on the old form itself and read that it was no spec (.yaml or .yml),
    then that no spec was found, with `jixiao new` to make one. It is said to be an Excel (or Word) file, and
    `jixiao import` with its name turns it into a spec; an old .xls is to be re-saved as .xlsx first. Said after its
    name, `旧表.docx 是 Word 文件`: was `旧表.docx 这是 Word 文件`."""
    for name, kind in (("旧表.xlsx", "Excel"), ("旧表.xls", "Excel"), ("旧表.docx", "Word")):
        (tmp_path / name).write_bytes(b"PK\x03\x04")
        for command in ("validate", "lint", "build"):
            result = runner.invoke(main, [command, str(tmp_path / name),
                                          *(["--out", str(tmp_path / "out")] if command == "build" else [])])
            assert result.exit_code == 2, (command, result.output)
            assert (f"没有找到任何规格文件（.yaml、.yml）：{tmp_path / name} 是 {kind} 文件，不是规格文件；要把 {kind} 表读成规格，"
                    f"请用 jixiao import {tmp_path / name}") in result.stderr, (command, result.stderr)
            assert result.stderr.count("jixiao import") == 1, result.stderr  # was a warning, then the error, each with it
            assert "jixiao new" not in result.stderr and "Traceback" not in result.output
        spec = str(ROOT / "specs" / "guangzhou-tailian-2023.yaml")
        result = runner.invoke(main, ["validate", str(tmp_path / name), spec])  # beside a spec: a warning, once
        assert result.stderr.count(f"警告：跳过 {tmp_path / name}：这是 {kind} 文件") == 1, result.stderr
    assert "（旧版 .xls 文件要先在 Excel 或 WPS 中另存为 .xlsx）" in runner.invoke(main, ["lint", str(tmp_path / "旧表.xls")]).stderr


def test_no_spec_at_all_is_a_usage_error_not_a_silent_pass(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    for command in ("validate", "lint", "build", "fmt"):
        result = runner.invoke(main, [command, str(tmp_path / "empty")])
        assert result.exit_code == 2, (command, result.output)
        assert "里没有规格文件（.yaml、.yml）：请检查路径是否写对" in result.stderr and "检查了 0 个文件" not in result.output


def test_a_spec_named_in_capitals_is_found_in_its_folder(runner, git_repo):
    """`jixiao new -o specs/某单位-2026.YAML` wrote a spec that validate, build and lint of specs/ then did not find
    (the folder looked empty: exit 0, so CI passed it unchecked), nor diff --rev; Windows shows .YAML as .yaml."""
    folder, git = git_repo()
    Path("specs", "guangzhou-tailian-2023.yaml").rename(Path("specs", "GZ.YAML"))
    git("add", "-A")
    git("commit", "-q", "-m", "renamed")
    for command in ("validate", "lint", "fmt"):
        result = runner.invoke(main, [command])
        assert "检查了 1 个文件" in result.output, (command, result.output)
    built = runner.invoke(main, ["build", "-o", str(folder / "out")])
    assert built.exit_code == 0 and "生成 2 个文件" in built.output, built.output
    Path("specs", "GZ.YAML").write_text(GZ.read_text(encoding="utf-8").replace("689.41", "689.40"), encoding="utf-8")
    changed = runner.invoke(main, ["diff", "--rev"])
    assert changed.exit_code == 1 and "specs/GZ.YAML" in changed.output, changed.output


def test_a_spec_notepad_saved_as_txt_is_named_with_how_to_rename_it(runner, tmp_path, monkeypatch):
    """Notepad saves `gz.yaml` as `gz.yaml.txt`, which Windows shows as gz.yaml: the clerk was told the project had
    no spec yet, and that specs/gz.yaml was not there, of a file they could see. Then told 还没有规格 with exit 0,
    the warning on stderr only, so CI (and `--format json`) passed the spec unchecked: it is an error, exit 2."""
    monkeypatch.chdir(tmp_path)
    Path("jixiao.yaml").write_text("# 项目\n", encoding="utf-8")
    Path("specs").mkdir()
    shutil.copy(GZ, Path("specs", "gz.yaml.txt"))
    rename = "请在 VS Code 里把它改名为 gz.yaml"
    for command in (["validate"], ["lint"], ["build"], ["fmt"], ["validate", "--format", "json"],
                    ["lint", "--format", "github"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2, (command, result.exit_code, result.output)
        assert f"{Path('specs', 'gz.yaml.txt')} 的文件名末尾多了 .txt" in result.stderr, (command, result.stderr)
        assert rename in result.stderr and "还没有规格" not in result.stderr, (command, result.stderr)
    named = runner.invoke(main, ["validate", str(Path("specs", "gz.yaml"))])
    assert named.exit_code == 1 and f"文件不存在；这里有 {Path('specs', 'gz.yaml.txt')}：" in named.output, named.output
    assert rename in named.output
    shutil.copy(GZ, Path("specs", "a.yaml"))  # beside a spec it is read with: said too, once for a folder named twice
    beside = runner.invoke(main, ["validate", "specs", "specs/"])
    assert "gz.yaml.txt 不是规格" in beside.stderr and beside.stderr.count("gz.yaml.txt") == 1, beside.stderr


def test_a_spec_saved_as_txt_named_itself_is_told_how_to_rename_it(runner, tmp_path, monkeypatch):
    """`validate specs/gz.yaml.txt`, the file a clerk sees as gz.yaml, was skipped as 它不是规格文件 and then told to
    make a spec with jixiao new: named, it is said in the words a folder holding it gets."""
    monkeypatch.chdir(tmp_path)
    Path("specs").mkdir()
    saved = Path("specs", "gz.yaml.txt")
    shutil.copy(GZ, saved)
    alone = runner.invoke(main, ["validate", str(saved)])
    assert alone.exit_code == 2, alone.output
    assert f"没有找到任何规格文件（.yaml、.yml）：{saved} 的文件名末尾多了 .txt" in alone.stderr, alone.stderr
    assert "请在 VS Code 里把它改名为 gz.yaml" in alone.stderr, alone.stderr
    assert "jixiao new" not in alone.stderr and "它不是规格文件" not in alone.stderr, alone.stderr
    shutil.copy(GZ, Path("specs", "a.yaml"))
    beside = runner.invoke(main, ["validate", str(saved), str(Path("specs", "a.yaml"))])
    assert beside.exit_code == 0 and "检查了 1 个文件" in beside.output, beside.output
    assert beside.stderr.startswith(f"警告：{saved} 不是规格：文件名末尾多了 .txt"), beside.stderr


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["validate", "--format", "github"], ["build", "-q"],
                                     ["fmt", "--check"]])
def test_a_spec_saved_as_txt_beside_a_spec_is_counted_in_the_summary(runner, tmp_path, monkeypatch, command):
    """Its warning, on stderr, sat above a summary of 0 个警告 (没有发现问题 from validate): a reader of that line alone,
    in CI or the editor's task, took every spec for checked. Counted as the warning of a form left unread is."""
    monkeypatch.chdir(tmp_path)
    Path("specs").mkdir()
    shutil.copy(GZ, Path("specs", "a.yaml"))
    shutil.copy(GZ, Path("specs", "gz.yaml.txt"))
    result = runner.invoke(main, command)
    last = result.stdout.rstrip().splitlines()[-1]
    assert result.stderr.count("gz.yaml.txt 不是规格") == 1, result.output
    if command[0] == "fmt":  # its summary counts no warnings, and named none of this one
        assert last.endswith("，1 个文件名末尾多了 .txt，未读（警告见上）。"), result.output
    else:
        said = sum(line.startswith("警告：") or "警告[" in line for line in result.output.splitlines())
        assert re.search(rf"[：；，]{said} 个警告[，。]", last), result.output


def test_a_txt_file_that_is_no_lost_spec_is_not_said(runner, tmp_path, monkeypatch):
    """A backup `gz.yaml.txt` beside `gz.yaml` was told to be renamed over the spec, by every command; and
    `jixiao.yaml.txt` or another program's YAML saved as .txt was called a spec. None of them is a spec to rename."""
    monkeypatch.chdir(tmp_path)
    Path("jixiao.yaml").write_text("# 项目\n", encoding="utf-8")
    Path("specs").mkdir()
    shutil.copy(GZ, Path("specs", "gz.yaml"))
    shutil.copy(GZ, Path("specs", "gz.yaml.txt"))
    Path("specs", "jixiao.yaml.txt").write_text("# 项目\n", encoding="utf-8")
    Path("specs", "compose.yml.txt").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command])
        assert result.exit_code in (0, 1) and ".txt" not in result.stderr, (command, result.stderr)


def test_diff_of_two_folders_names_a_spec_saved_as_txt(runner, tmp_path):
    """`diff a b` with b/tj.yaml.txt said the spec was deleted and nothing of the file the clerk sees as tj.yaml."""
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
    shutil.copy(GZ, tmp_path / "a" / "gz.yaml")
    shutil.copy(GZ, tmp_path / "b" / "gz.yaml.txt")
    result = runner.invoke(main, ["diff", str(tmp_path / "a"), str(tmp_path / "b")])
    assert f"警告：{tmp_path / 'b' / 'gz.yaml.txt'} 不是规格：文件名末尾多了 .txt" in result.stderr, result.stderr


def test_diff_rev_of_a_folder_holding_only_a_spec_saved_as_txt_says_how_to_rename_it(runner, git_repo):
    """`diff --rev` of a folder holding only gz.yaml.txt warned of it, then said 在 notes 中没有找到规格文件（.yaml）:
    the error is the one the other commands give, and said once; a folder with nothing names both suffixes."""
    git_repo((GZ, "notes/gz.yaml.txt"))
    saved = Path("notes", "gz.yaml.txt")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "notes"])
    assert result.exit_code == 2, result.output
    assert f"没有找到任何规格文件（.yaml、.yml）：{saved} 的文件名末尾多了 .txt" in result.stderr, result.stderr
    assert "请在 VS Code 里把它改名为 gz.yaml" in result.stderr and result.stderr.count("gz.yaml.txt") == 1, result.stderr
    Path("empty").mkdir()
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "empty"])
    assert result.exit_code == 2 and "在 empty 中没有找到规格文件（.yaml、.yml）" in result.stderr, result.stderr


def test_validate_reports_like_a_compiler_and_exits_1(runner, broken):
    path, text = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    result = runner.invoke(main, ["validate", str(path)])
    line, column = locate(text, "689.40")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith(f"{path}:{line}:{column}: 错误[BUDGET-SUM] ")
    assert result.output.splitlines()[-1] == "检查了 1 个文件：1 个错误，0 个警告。"


def test_a_spec_reached_twice_is_checked_and_reported_once(runner, broken, monkeypatch):
    """`validate specs specs/`, or a spec named beside its folder, checked it twice: each problem said twice, counted
    twice in the summary, and the file counted twice."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    monkeypatch.chdir(path.parent.parent)
    for command in (["validate"], ["lint"]):
        result = runner.invoke(main, [*command, "specs", "specs/", f"./specs/{path.name}"])
        assert result.output.count("错误[BUDGET-SUM]") == 1, result.output
        assert result.output.splitlines()[-1].startswith("检查了 1 个文件："), result.output


def test_a_spec_hard_linked_under_another_name_is_checked_once(runner, broken, monkeypatch):
    """A hard link is the same file under another name with a real path of its own: deduplicated by real path, it
    was checked twice, each problem said and counted twice, as a spec reached twice was."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    os.link(path, path.with_name("linked.yaml"))
    monkeypatch.chdir(path.parent.parent)
    result = runner.invoke(main, ["validate"])
    assert result.output.count("错误[BUDGET-SUM]") == 1, result.output
    assert result.output.splitlines()[-1].startswith("检查了 1 个文件："), result.output


def test_validate_says_where_to_add_each_required_field_that_is_missing(runner, broken):
    """`缺少必填字段“project”（项目支出）` said what was wrong but not what to write nor where, at the mapping's
    first line; a missing top-level field pointed at the file's first field, wherever it belonged."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "unit: 广州市台湾同胞联谊会\nbudget:\n  basic: 610.85\n  project: 78.56\n",
                     "budget:\n  basic: 610.85\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        f"{path}:3:1: 错误[SCHEMA-REQUIRED] 文件顶层：缺少必填字段“unit”（部门名称）；请在 year: 下面加一行“unit: （请填写）”，与它对齐；"
        "把“（请填写）”换成实际的部门名称",
        f"{path}:5:3: 错误[SCHEMA-REQUIRED] 预算整体情况：缺少必填字段“project”（项目支出）；请在 basic: 下面加一行“project: 金额”，"
        "与它对齐；金额以万元为单位直接写数字，如 78.56 或 0.00（表上这一格要空着时写 null）"]


def test_each_problem_is_one_line_even_when_it_quotes_a_line_break(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "level2: 数量指标", 'level2: "数量\\n指标"')
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert "文本“数量↵指标”不是一级指标“产出指标”下可选的取值" in result.output
    assert all(line.startswith(f"{path}:") for line in result.output.splitlines()[:-1])


def test_a_tab_quoted_in_a_message_is_shown_not_printed_as_a_gap(runner, broken):
    """A tab pasted from Excel printed raw, so “数量⇥指标” read as two words with nothing said of why."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "level2: 数量指标", 'level2: "数量\\t指标"')
    for command in (["validate"], ["lint", "--format", "markdown"]):
        result = runner.invoke(main, [*command, str(path)])
        assert "“数量▯指标”" in result.output and "\t" not in result.output, result.output


def test_validate_json_is_machine_readable(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "amount: 22.15", "amount: 52.15")
    result = runner.invoke(main, ["validate", "--format", "json", str(path)])
    report = json.loads(result.output)
    assert result.exit_code == 0  # a warning alone does not fail
    assert report["errors"] == 0 and report["warnings"] == 1
    assert report["problems"][0]["code"] == "TASK-SUM" and report["problems"][0]["severity"] == "warning"


def test_bad_input_never_shows_a_traceback(runner, tmp_path):
    cases = {"empty.yaml": b"", "list.yaml": b"- a\n", "gbk.yaml": "unit: 广州".encode("gbk"),
             "tab.yaml": b"a:\n\tb: 1\n", "dup.yaml": b"a: 1\na: 2\n", "noform.yaml": b"year: 2023\n"}
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    # named, not found in the folder, which leaves out the ones without a spec's field (a, b: other programs' YAML)
    result = runner.invoke(main, ["validate", *(str(tmp_path / name) for name in cases), str(tmp_path / "missing.yaml")])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.output.count("错误[") == len(cases) + 1


def test_a_reader_that_stops_reading_is_no_error():
    """`jixiao schema | head` said 错误：文件操作失败：Broken pipe and exited 1: the reader had what it wanted."""
    child = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "schema"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    child.stdout.close()  # before the schema (some 80 kB, more than a pipe holds) is written
    said = child.stderr.read().decode("utf-8")
    assert (child.wait(), said) == (0, "")


def test_usage_errors_exit_2(runner):
    assert runner.invoke(main, ["validate", "--format", "xml"]).exit_code == 2
    assert runner.invoke(main, ["validate", "--templates", "/nonexistent"]).exit_code == 2  # was silently ignored
    assert runner.invoke(main, ["build", "--out", ""]).exit_code == 2  # was the current folder
    assert runner.invoke(main, ["build", "--format", "doc"]).exit_code == 2
    assert runner.invoke(main, ["nonsense"]).exit_code == 2


@pytest.mark.parametrize("out, parent, folder", [("c7/x.docx", "c7", "c7/x"), ("表.HTML", ".", "表"),
                                                  ("c7/x.Pdf", "c7", "c7/x"),
                                                  # not only the forms' own: a document or a spec typed for a file
                                                  ("表.doc", ".", "表"), ("c7/x.HTM", "c7", "c7/x"), ("x.xlsx", ".", "x"),
                                                  ("c7/x.yaml", "c7", "c7/x"), ("x.Dotx", ".", "x"), ("x.odt", ".", "x")])
def test_build_refuses_an_out_named_like_a_form(runner, tmp_path, monkeypatch, out, parent, folder):
    """`build -o c7/x.docx` made a folder named x.docx and wrote the forms inside it (已生成 c7/x.docx/天津….docx),
    while the same -o naming an existing file was refused: a form's name for --out is refused alike, exit 2."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", str(GZ), "-o", out, "--format", "html"])
    assert result.exit_code == 2, result.output
    assert f"“{out}”像是一个 {Path(out).suffix.lower()} 文件的名字，但 --out 写的是输出文件夹" in result.output
    assert f"如 --out {parent} 或 --out {folder}（" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("out", ["x.docx/", "made.docx"])
def test_build_writes_into_a_folder_named_like_a_form_when_told_so(runner, tmp_path, monkeypatch, out):
    """A folder that is there, or one written with a trailing slash, is a folder whatever its name."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "made.docx").mkdir()
    result = runner.invoke(main, ["build", str(GZ), "-o", out, "--format", "html"])
    assert result.exit_code == 0, result.output
    assert [p.suffix for p in (tmp_path / out).iterdir() if not p.name.startswith(".")] == [".html"]


@pytest.mark.parametrize("command", [["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025"], ["schema", "guangzhou"]])
def test_dash_as_output_prints_where_the_command_prints_without_it(runner, tmp_path, monkeypatch, command):
    """`-o -` is how a Unix user asks for standard output: `new` wrote -/某单位-2025.yaml, and `schema` said “-”是一个文件夹."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "-").mkdir()  # a folder of that name is no reason to write into it
    printed = runner.invoke(main, command)
    result = runner.invoke(main, [*command, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout == printed.stdout and "form" in result.stdout
    assert list((tmp_path / "-").iterdir()) == []


@pytest.mark.parametrize("command, words", [
    (["new", "--from", str(GZ), "--year", "2024", "-o", "-"], "jixiao new --from 写出的是 .yaml 规格文件；请写出 .yaml 文件或文件夹"),
    (["build", str(GZ), "--out", "-"], "生成的是 Word 和 HTML 文件；请写出输出文件夹"),
    (["import", "旧表.docx", "-o", "-"], "jixiao import 写出的是 .yaml 规格文件；请写出 .yaml 文件或文件夹"),
])
def test_dash_as_output_is_refused_where_the_command_writes_files(runner, tmp_path, monkeypatch, command, words):
    """These write files and print none: `-o -` wrote into a folder named "-", as if the user had meant that."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, command)
    assert result.exit_code == 2, result.output
    assert f"“-”（打印到屏幕）在这里不能用：{words}" in result.output
    assert not (tmp_path / "-").exists()


def test_the_commands_writing_specs_refuse_dash_in_one_wording(runner, tmp_path, monkeypatch):
    """`new --from -o -` said “-o 的取值无效：…--from 写出的是新规格文件” and `import -o -` said “'-o' / '--out'
    的取值无效：…导入写出的是 .yaml 文件”: the same refusal, worded twice. Both now differ only in the command
    and where the spec goes without -o."""
    monkeypatch.chdir(tmp_path)
    new, imported = [runner.invoke(main, command).output.splitlines()[0] for command in (
        ["new", "--from", str(GZ), "--year", "2024", "-o", "-"], ["import", "旧表.docx", "-o", "-"])]
    assert "“-o” / “--out”的取值无效" in new  # the option named as click's other messages name it
    assert new.replace("jixiao new --from", "jixiao import") == imported.replace("原文件", "源规格")


def test_help_explains_the_commands_and_exit_codes(runner):
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "validate" in result.output and "build" in result.output and "退出码" in result.output


def test_jixiao_alone_shows_the_help_and_is_not_an_error(runner):
    result = runner.invoke(main, [])
    assert result.exit_code == 0
    assert result.output == runner.invoke(main, ["--help"]).output


def test_build_writes_docx_and_html_and_lists_them(runner, tmp_path):
    result = runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert written == ["广州市台湾同胞联谊会2023年部门整体预算绩效目标申报表.docx",
                       "广州市台湾同胞联谊会2023年部门整体预算绩效目标申报表.html"]
    assert all(f"已生成 {tmp_path / name}" in result.output for name in written)


def test_every_command_writing_somewhere_takes_o_for_out(runner, tmp_path):
    """new, import and schema took -o, and build said 没有选项“-o”."""
    result = runner.invoke(main, ["build", str(GZ), "-o", str(tmp_path), "--format", "html"])
    assert result.exit_code == 0, result.output
    assert [p.suffix for p in tmp_path.iterdir() if not p.name.startswith(".")] == [".html"]
    for command in main.commands.values():
        outs = [p for p in command.params if "--out" in p.opts]
        assert all("-o" in p.opts for p in outs), command.name


def test_build_skips_a_bad_spec_and_still_builds_the_others(runner, broken, tmp_path):
    bad, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(bad), str(GZ), "--out", str(out)])
    assert result.exit_code == 1
    assert "错误[BUDGET-SUM]" in result.output
    assert len(list(out.glob("*.docx")) + list(out.glob("*.html"))) == 2
    assert "1 个规格有错误未生成" in result.output


def test_build_in_a_terminal_says_each_specs_problems_above_the_bar_as_it_is_done(runner, broken, tmp_path, monkeypatch):
    """In a terminal the problems were printed once the bar stood at 100%: among hundreds of specs a broken one
    showed only at the end. Now they are printed as each spec is done, above the bar, and the last lines name the
    specs that failed (their problems scrolled by above the 已生成 lines); without a terminal (a CI log) the problems
    are said after the build, each among the 已生成 lines of the specs around it, and the failed specs named as well:
    of 13 specs, the reader of the log's end had no list of those to fix. One spec's problems are just above."""
    bad, _ = broken("jiangsu-taiban-2024.yaml", "year: 2024", "year: 2024年")  # the shortest name: built first
    command = ["build", str(bad), str(GZ), str(ROOT / "specs" / "tianjin-qiaolian-2023.yaml"),
               "--format", "html", "--jobs", "1"]
    piped = runner.invoke(main, [*command, "--out", str(tmp_path / "piped")])
    assert piped.exit_code == 1 and "生成中" not in piped.output, piped.output
    assert f"有错误的规格（问题见上）：{bad}\n" in piped.output and piped.output.index(f"{bad}:") < piped.output.index("有错误的")
    alone = runner.invoke(main, [*command[:2], "--format", "html", "--out", str(tmp_path / "alone")])
    assert alone.exit_code == 1 and "问题见上" not in alone.output, alone.output
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)  # the runner as a terminal
    result = runner.invoke(main, [*command, "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    shown = result.output  # standard output and error, as one terminal shows them
    said = shown.index(f"{bad}:")
    assert said < shown.index("100%")  # was printed after the bar was done
    assert shown.index("0/3") < said < shown.index("1/3") < shown.index("3/3")  # bar line: 生成中 [###---] 1/3 33%
    assert shown[:said].endswith(" \r") and shown.count(f"{bad}:") == shown.count("错误[") == 1
    assert f"有错误的规格（问题见上）：{bad}\n" in shown
    ended = f"1 个规格有错误未生成；1 个错误。{rerun_note(1, '规格')}\n"  # a year the schema refuses: the rules wait
    assert shown.endswith(ended) and piped.output.endswith(ended)


def test_the_bar_is_cleared_for_a_line_printed_above_it(monkeypatch):
    """click counts the label's Chinese characters one column each: cleared by its count, the bar's last columns
    stayed on the screen after a shorter line."""
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stdout", screen)
    with progress.Progress(3, screen) as bar:
        bar.step(["a"])
    drawn, rest = screen.getvalue().split("\r", 2)[1:]
    blank, printed = rest.split("\r", 1)
    assert blank == " " * len(blank) and len(blank) >= width(drawn.replace("\x1b[?25l", "").rstrip())
    assert printed.startswith("a\n") and "1/3" in printed.split("\n")[1]


def test_builds_last_line_counts_the_warnings_printed_above_it(runner, tmp_path):
    """A fresh `jixiao new` spec builds with one UNFILLED warning, and the last line said only
    `处理了 1 个规格：生成 2 个文件。`: a reader of that line alone (CI, the editor's task, --quiet) took it as done."""
    spec = tmp_path / "gz.yaml"
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2026", "-o", str(spec)])
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", "--quiet", str(spec), "--out", str(out)])
    assert result.exit_code == 0 and "警告[UNFILLED]" in result.output, result.output
    assert result.output.endswith("处理了 1 个规格：生成 2 个文件；1 个警告。\n"), result.output
    missing = runner.invoke(main, ["build", str(tmp_path / "none.yaml"), "--out", str(out)])
    # a spec not there has nothing left unchecked: no 改正后请再运行一次 of it
    assert missing.exit_code == 1 and missing.output.endswith("1 个规格有错误未生成；1 个错误。\n"), missing.output


def _warned(output: str) -> list[str]:
    return [said for said in output.splitlines() if "警告[" in said]


@pytest.mark.parametrize("leave", [[], ["--leave-to-validate"]])
def test_an_incremental_build_says_and_counts_a_skipped_specs_warnings_as_the_full_one(runner, tmp_path, monkeypatch,
                                                                                       broken, leave):
    """The second build of a fresh `jixiao new` spec (UNFILLED, SCHEMA-LINE) beside a broken one skipped the fresh spec
    and said `1 个错误` where the first said `1 个错误，2 个警告`, its warnings gone with nothing fixed. Its build's
    warnings are kept in the manifest and said again, in their place, without reading the spec (validating every
    skipped spec again made a no-op rebuild of 500 specs 27 times as slow). With --leave-to-validate, validate's are
    left to it on both builds alike."""
    from generator.validate import Validator

    bad, _ = broken(GZ.name, "year: 2023", "year: [2023")
    specs = bad.parent
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2026",
                         "-o", str(specs / "new.yaml")])
    shutil.copy(ROOT / "specs" / "tianjin-qiaolian-2023.yaml", specs / "clean.yaml")
    args = ["build", "--quiet", "--jobs", "1", *leave, str(specs), "--out", str(tmp_path / "out")]
    first = runner.invoke(main, args)
    summary = first.output.splitlines()[-1]
    assert "生成 4 个文件" in summary, first.output
    # the broken spec's rules did not run: said, but not when its errors are left to validate
    assert summary.endswith(f"；1 个错误，2 个警告。{rerun_note(1, '规格')}" if not leave
                            else "（不含规格检查 jixiao validate 报告的 3 个问题）。"), summary
    checked = []
    check_file = Validator.check_file
    monkeypatch.setattr(Validator, "check_file",
                        lambda self, path: checked.append(Path(path).name) or check_file(self, path))
    again = runner.invoke(main, args)
    assert again.exit_code == first.exit_code and "2 个规格未改动，已跳过" in again.output, again.output
    assert _warned(again.output) == _warned(first.output) and len(_warned(first.output)) == (0 if leave else 2)
    assert again.output.splitlines()[-1].endswith("；" + summary.split("；")[-1]), again.output
    assert checked == [GZ.name]  # the broken one, built again; the skipped ones not read


def test_a_skipped_specs_schema_line_warning_goes_once_the_schema_it_names_is_written(runner, tmp_path, monkeypatch):
    """SCHEMA-LINE reads the file the spec's first line names, which is no input of the form: kept and said again, its
    warning would outlive `jixiao schema -o` writing that file. The file's stamp is kept with it; once it changes, the
    skipped spec is validated again (its forms are not written again) and what that says is kept instead."""
    from generator.validate import Validator

    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(GZ, tmp_path / "specs" / GZ.name)
    args = ["build", "--quiet", "specs", "--out", "out"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0 and len(_warned(first.output)) == 1 and "[SCHEMA-LINE]" in first.output, first.output
    again = runner.invoke(main, args)
    assert _warned(again.output) == _warned(first.output) and again.output.endswith("已跳过；1 个警告。\n"), again.output
    assert runner.invoke(main, ["schema", "guangzhou", "-o", "schema/guangzhou.schema.json"]).exit_code == 0
    mended = runner.invoke(main, args)
    assert mended.exit_code == 0 and mended.output == "处理了 1 个规格：生成 0 个文件，1 个规格未改动，已跳过。\n", mended.output
    checked = []
    monkeypatch.setattr(Validator, "check_file", lambda self, path: checked.append(path))
    assert runner.invoke(main, args).output == mended.output and checked == []  # kept as found: not read again


def test_a_skipped_specs_warnings_are_those_a_full_build_says_from_another_folder_or_for_other_formats(
        runner, tmp_path, monkeypatch):
    """Skipped from another folder, a spec was validated again and its build's own warnings kept as they were:
    BUILD-NAME-SHORTENED named it `specs/long.yaml` where the full build said `long.yaml`. Skipped by `--format docx`,
    it said form.html's TEMPLATE-UNPRINTED, of a template that build renders none of; and skipped by a docx and html
    build after a docx one, it left that warning out. Each skipped build says what the full one with its arguments
    says, and writes nothing."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates" / "guangzhou", templates / "guangzhou")
    html = templates / "guangzhou" / "form.html"
    html.write_text(html.read_text(encoding="utf-8").replace("{{ budget.basic }}", ""), encoding="utf-8")
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "long.yaml").write_text(GZ.read_text(encoding="utf-8").replace(
        "unit: 广州市台湾同胞联谊会", "unit: " + "广州市台湾同胞联谊会" * 10), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    base = ["build", "--quiet", "--jobs", "1", "--templates", str(templates), "--out", str(tmp_path / "out")]
    first = runner.invoke(main, [*base, "specs"])
    assert "[BUILD-NAME-SHORTENED]" in first.output and "[TEMPLATE-UNPRINTED]" in first.output, first.output
    monkeypatch.chdir(tmp_path / "specs")
    for formats, unprinted in [("docx,html", True), ("docx", False), ("docx,html", True)]:
        skipped = runner.invoke(main, [*base, ".", "--format", formats])
        assert "生成 0 个文件，1 个规格未改动，已跳过" in skipped.output, (formats, skipped.output)
        full = runner.invoke(main, [*base, ".", "--format", formats, "--force"])
        assert _warned(skipped.output) == _warned(full.output), (formats, skipped.output, full.output)
        assert ("[TEMPLATE-UNPRINTED]" in skipped.output) == unprinted, (formats, skipped.output)
        assert "\nlong.yaml:1:1: 警告[BUILD-NAME-SHORTENED]" in skipped.output, skipped.output


def test_a_skipped_specs_warnings_name_it_by_the_path_given_this_time(runner, tmp_path, monkeypatch):
    """From the same folder, a spec given by another path (the folder's absolute path after `specs`) was a record
    of the same spec: said as kept, BUILD-NAME-SHORTENED named it `specs/long.yaml`, a path the full build of that
    argument never prints. The path as given is kept with the warnings (Manifest.said_before)."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "long.yaml").write_text(GZ.read_text(encoding="utf-8").replace(
        "unit: 广州市台湾同胞联谊会", "unit: " + "广州市台湾同胞联谊会" * 10), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    base = ["build", "--quiet", "--jobs", "1", "--out", str(tmp_path / "out")]
    first = runner.invoke(main, [*base, "specs"])
    assert f"{Path('specs') / 'long.yaml'}:1:1: 警告[BUILD-NAME-SHORTENED]" in first.output, first.output
    given = tmp_path / "specs"
    skipped = runner.invoke(main, [*base, str(given)])
    assert "1 个规格未改动，已跳过" in skipped.output, skipped.output
    assert f"{given / 'long.yaml'}:1:1: 警告[BUILD-NAME-SHORTENED]" in skipped.output, skipped.output


def test_a_spec_skipped_by_a_manifest_without_its_warnings_is_built_again_and_says_them(runner, tmp_path):
    """A record written before a build kept what it said of each spec (or by a build stopped before it could) has
    nothing to say again for a skipped spec: the spec is built again, which says its warnings, rather than skipped
    silent. (An older jixiao's record has no current key either: the key holds jixiao's code.)"""
    spec = tmp_path / "gz.yaml"
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2026", "-o", str(spec)])
    out = tmp_path / "out"
    args = ["build", "--quiet", str(spec), "--out", str(out)]
    assert runner.invoke(main, args).output.endswith("生成 2 个文件；1 个警告。\n")
    record = out / ".jixiao-manifest.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    del data["said"]
    record.write_text(json.dumps(data), encoding="utf-8")
    again = runner.invoke(main, args)
    assert again.output.endswith("生成 2 个文件；1 个警告。\n") and "警告[UNFILLED]" in again.output, again.output
    assert runner.invoke(main, args).output.endswith("已跳过；1 个警告。\n")


def test_a_manifest_whose_kept_warnings_were_edited_out_of_shape_is_no_internal_error(runner, tmp_path):
    """A record's `said` turned by a hand's edit into a text is a record not in its shape (manifest `_records`): left
    out, the spec is built again, not an internal error (exit 4) at the first look-up of what it said."""
    spec = tmp_path / "gz.yaml"
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2026", "-o", str(spec)])
    out = tmp_path / "out"
    args = ["build", "--quiet", str(spec), "--out", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    record = out / ".jixiao-manifest.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    data["said"] = dict.fromkeys(data["said"], "edited")
    record.write_text(json.dumps(data), encoding="utf-8")
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and again.output.endswith("生成 2 个文件；1 个警告。\n"), again.output


SCHEMA_LINE_SAID = "警告[SCHEMA-LINE] 第一行的 schema“../schema/guangzhou.schema.json”指向的文件不存在，编辑器不会有补全和中文说明；"


def test_a_skipped_spec_says_its_warning_as_the_project_file_found_now_has_it(runner, tmp_path, monkeypatch):
    """A skipped spec's warnings are said again only while what they were said from is as it was: a jixiao.yaml
    appearing where jixiao runs, or its settings edited, was not among those, and SCHEMA-LINE kept telling the spec to
    write its editor copy into the folder `schemas:` now reads forms' schemas from, which `jixiao schema -o` refuses."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "schema").mkdir()
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "specs" / "gz.yaml")
    args = ["build", "--quiet", "--format", "html", "specs/gz.yaml", "--out", "out"]
    write_it = f"specs/gz.yaml:1:33: {SCHEMA_LINE_SAID}请运行 jixiao schema guangzhou -o schema/guangzhou.schema.json"
    refused = f"specs/gz.yaml:1:33: {SCHEMA_LINE_SAID}jixiao.yaml:1:10: schema 是表样的 schema 文件夹"
    assert write_it in runner.invoke(main, args).output
    for settings, said in [("schemas: schema\n", refused), ("", write_it), ("schemas: schema\n", refused)]:
        (tmp_path / "jixiao.yaml").write_text(settings, encoding="utf-8")  # added, emptied, set again
        again = runner.invoke(main, args)
        assert "已跳过" in again.output and said in again.output, (settings, again.output)


def test_a_skipped_spec_says_its_warning_as_its_project_root_found_now_has_it(runner, tmp_path, monkeypatch):
    """A `.git` (or a jixiao.yaml) appearing above a spec after its build moves its project's root, where SCHEMA-LINE
    looks for its editor copy: skipped, the spec was still told to point its first line elsewhere, at a copy in its
    own folder, where the line it has names the root's copy, and only that copy is missing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "a" / "gz.yaml")
    args = ["build", "--quiet", "--format", "html", str(Path("a") / "gz.yaml"), "--out", "out"]
    first = runner.invoke(main, args)
    assert "请把这一行改成 # yaml-language-server: $schema=schema/guangzhou.schema.json" in first.output, first.output
    (tmp_path / ".git").mkdir()
    again = runner.invoke(main, args)
    assert "已跳过" in again.output and "请把这一行改成" not in again.output, again.output
    assert f"{SCHEMA_LINE_SAID}请运行 jixiao schema guangzhou -o schema/guangzhou.schema.json" in again.output


def test_a_skipped_spec_says_where_to_run_as_its_projects_own_settings_now_have_it(runner, tmp_path, monkeypatch):
    """A jixiao.yaml appearing at the root of the spec's project, not where jixiao runs, makes that project one with
    settings of its own, where `jixiao schema` is to be run (schema_line.write_command): a skipped spec was still told
    to run it from here."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p" / "specs").mkdir(parents=True)
    (tmp_path / "p" / ".git").mkdir()
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "p" / "specs" / "gz.yaml")
    args = ["build", "--quiet", "--format", "html", str(Path("p") / "specs" / "gz.yaml"), "--out", "out"]
    here = f"请运行 jixiao schema guangzhou -o {Path('p') / 'schema' / 'guangzhou.schema.json'} 写出"
    assert here in runner.invoke(main, args).output
    (tmp_path / "p" / "jixiao.yaml").write_text("", encoding="utf-8")
    again = runner.invoke(main, args)
    assert "已跳过" in again.output and "请在 p 里运行 jixiao schema guangzhou -o " in again.output, again.output


def test_a_skipped_spec_given_by_its_full_path_says_its_warning_as_seen_from_where_jixiao_runs_now(runner, tmp_path,
                                                                                                   monkeypatch):
    """A warning names paths as seen from the current folder (schema_line.shown): a spec given by its full path, built
    from its project and then from its specs/ folder, is the same spec by the same path, and only the current folder
    kept in its record tells that the command its warning gives is to be said again from there."""
    (tmp_path / "specs").mkdir()
    spec = Path(shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "specs" / "gz.yaml"))
    args = ["build", "--quiet", "--format", "html", str(spec), "--out", str(tmp_path / "out")]
    monkeypatch.chdir(tmp_path)
    assert "请运行 jixiao schema guangzhou -o schema/guangzhou.schema.json 写出" in runner.invoke(main, args).output
    monkeypatch.chdir(tmp_path / "specs")
    again = runner.invoke(main, args)
    copy = tmp_path / "schema" / "guangzhou.schema.json"
    assert "已跳过" in again.output and f"请运行 jixiao schema guangzhou -o {copy} 写出" in again.output, again.output


def test_a_build_record_nested_too_deep_is_read_as_none(runner, tmp_path):
    """A record (.jixiao-manifest.json) whose brackets nest a thousand deep ran out of json's recursion, RecursionError,
    where any other damage is read as no record: build ended with an internal error, exit 4. It builds everything."""
    spec = tmp_path / "gz.yaml"
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", spec)
    out = tmp_path / "out"
    args = ["build", "--quiet", str(spec), "--out", str(out)]
    assert runner.invoke(main, args).exit_code == 0
    (out / ".jixiao-manifest.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and "生成 2 个文件" in again.output, again.output


def test_an_editor_schema_copy_nested_too_deep_is_no_crash(runner, tmp_path, monkeypatch):
    """The project's editor copy of a schema (schema/guangzhou.schema.json, named by the spec's first line) nested a
    thousand deep ended validate and lint with an internal error, exit 4; it is read as a copy holding no JSON."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "schema").mkdir()
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "specs")
    (tmp_path / "schema" / "guangzhou.schema.json").write_text("[" * 5000 + "]" * 5000, encoding="utf-8")
    for command in ("validate", "lint"):
        result = runner.invoke(main, [command, "specs"])
        assert result.exit_code in (0, 1) and "内部错误" not in result.output, (command, result.output)


@pytest.mark.parametrize("typed, meant", [("specs/gz.yml", "specs/gz.yaml"), ("specs/gz", "specs/gz.yaml"),
                                           ("specs/某单位-2025.yaml", "specs/某单位-2026.yaml")])
def test_a_spec_path_naming_no_file_is_told_the_spec_beside_it_and_no_line(runner, tmp_path, monkeypatch, typed, meant):
    """`validate specs/gz.yml` beside specs/gz.yaml said `specs/gz.yml:1:1: …文件不存在；请检查路径`: a line and column
    of a file that is not there (an editor opened it empty), and not the file that is."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    for name in ("gz.yaml", "某单位-2026.yaml", "notes.txt"):
        (tmp_path / "specs" / name).write_text("form: guangzhou\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", typed])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"{typed}: 错误[FILE-NOT-FOUND] 文件不存在；是否想写 {meant}？\n"), result.output
    far = runner.invoke(main, ["validate", "specs/zzz.yaml"])  # a name close to none: no guess
    assert far.output.startswith("specs/zzz.yaml: 错误[FILE-NOT-FOUND] 文件不存在；请检查路径\n"), far.output


@pytest.mark.parametrize("typed, said", [
    ("nodir/", "文件夹不存在；请检查路径"),  # was 文件不存在
    ("nodir", "文件或文件夹不存在；请检查路径"),
    (f"nodir{os.sep}gz.yaml", "文件夹 nodir 不存在；请检查路径"),
    ("spec", f"文件或文件夹不存在；是否想写 specs{os.sep}？"),
    ("spec/", f"文件夹不存在；是否想写 specs{os.sep}？"),
    # the spec in the folder meant, when it is there: was 是否想写 specs/？, the file left to type again
    (f"specz{os.sep}a.yaml", f"文件夹 specz 不存在；是否想写 specs{os.sep}a.yaml？"),
    (f"specz{os.sep}a.yml", f"文件夹 specz 不存在；是否想写 specs{os.sep}a.yaml？"),
    (f"specz{os.sep}b.yaml", f"文件夹 specz 不存在；是否想写 specs{os.sep}？"),
])
def test_a_missing_folder_is_said_to_be_a_folder(runner, tmp_path, monkeypatch, typed, said):
    """`validate nodir/` said 文件不存在 of a folder typed as one."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "a.yaml").write_text("form: guangzhou\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", typed])
    assert result.exit_code == 1 and result.output.startswith(f"{typed}: 错误[FILE-NOT-FOUND] {said}\n"), result.output


@pytest.mark.parametrize("command", ["validate", "lint", "fmt"])
def test_a_location_pasted_from_a_message_checks_the_file(runner, broken, monkeypatch, command):
    """`validate specs/gz.yaml:8:11`, a location pasted from a message, said 文件不存在；请检查路径 of a file that is
    there: the file is checked, and the location named."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    monkeypatch.chdir(path.parent.parent)
    typed = f"specs{os.sep}{path.name}"
    result = runner.invoke(main, [command, f"{typed}:8:11"])
    assert "FILE-NOT-FOUND" not in result.output and "检查了 1 个文件" in result.output, result.output
    assert f"提示：{typed}:8:11 末尾的“:8:11”是消息里的行号和列号（第 8 行第 11 列）；用的是 {typed}。" in result.output
    if command != "fmt":
        assert f"{typed}:" in result.output and "BUDGET-SUM" in result.output, result.output


def test_a_location_pasted_with_its_colon_or_into_diff_names_the_file(runner, broken, monkeypatch):
    """`diff specs/gz.yaml:8:11 specs/gz.yaml` was told “版本:路径”是 git 的写法; `specs/gz.yaml:8:11:`, the message's
    colon copied too, was 文件或文件夹不存在."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    monkeypatch.chdir(path.parent.parent)
    typed = f"specs{os.sep}{path.name}"
    result = runner.invoke(main, ["diff", f"{typed}:8:11", typed])
    assert result.exit_code == 0 and "git 的写法" not in result.output, result.output
    assert f"提示：{typed}:8:11 末尾的“:8:11”是消息里的行号和列号（第 8 行第 11 列）；用的是 {typed}。" in result.output
    result = runner.invoke(main, ["validate", f"{typed}:8:11:"])
    assert "FILE-NOT-FOUND" not in result.output and "BUDGET-SUM" in result.output, result.output
    assert f"末尾的“:8:11:”是消息里的行号和列号（第 8 行第 11 列）；用的是 {typed}。" in result.output
    result = runner.invoke(main, ["diff", f"specs{os.sep}nope.yaml:8:11", typed])  # no such file: still no git syntax
    assert result.exit_code == 2 and "git 的写法" not in result.output, result.output


def test_a_spec_named_without_its_folder_from_the_root_is_found_in_specs(runner, tmp_path, monkeypatch):
    """`validate gz.yaml` run from the project's root, beside specs/gz.yaml, said only 文件不存在；请检查路径."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "gz.yaml").write_text("form: guangzhou\n", encoding="utf-8")
    for typed in ("gz.yaml", "gz.yml", "gz.yaml:8:11", "gz.yaml:8:11:"):  # said without the location pasted with it,
        result = runner.invoke(main, ["validate", typed])                  # which would read as the problem's
        named = typed.split(":")[0]
        assert result.output.startswith(f"{named}: 错误[FILE-NOT-FOUND] 文件不存在；是否想写 specs{os.sep}gz.yaml？\n"), result.output
    far = runner.invoke(main, ["validate", "zzz.yaml"])
    assert far.output.startswith("zzz.yaml: 错误[FILE-NOT-FOUND] 文件不存在；请检查路径\n"), far.output


def test_a_spec_name_too_long_for_the_system_stops_only_that_spec(runner, tmp_path):
    """A name longer than 255 bytes made Path.is_file() raise (ENAMETOOLONG): build, validate, lint and fmt
    stopped with one line for the whole command, and the specs beside it were not built or checked."""
    long = str(tmp_path / ("长" * 100 + ".yaml"))
    out = tmp_path / "out"
    said = f"{long}: 错误[FILE-UNREADABLE] 无法读取文件：{TOO_LONG}"
    for command in (["build", long, str(GZ), "--out", str(out)], ["validate", long, str(GZ)], ["lint", long, str(GZ)],
                    ["fmt", "--check", long, str(GZ)]):
        result = runner.invoke(main, command)
        summary = "处理了 2 个规格" if command[0] == "build" else "检查了 2 个文件"
        assert result.exit_code == 1 and said in result.output and summary in result.output, (command, result.output)
    assert len(list(out.glob("*.docx")) + list(out.glob("*.html"))) == 2


@pytest.mark.parametrize("bad", ['year: "\\ud800"', "year: !!bool maybe", "~: x", "year: " + "[" * 600 + "]" * 600])
def test_a_spec_that_used_to_crash_a_later_stage_stops_nothing_else(runner, broken, tmp_path, bad):
    path, _ = broken("guangzhou-tailian-2023.yaml", "year: 2023", bad)
    out = tmp_path / "out"
    for command in (["build", str(path.parent), str(GZ), "--out", str(out)], ["lint", str(path)], ["fmt", str(path)],
                    ["diff", str(GZ), str(path)]):
        result = runner.invoke(main, command)
        assert result.exit_code in (1, 2) and "内部错误" not in result.output, (command, result.output)
    assert len(list(out.glob("*.docx"))) == 1


def test_build_pdf_without_libreoffice_says_what_to_install(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 3
    assert "LibreOffice" in result.output


@pytest.mark.parametrize("platform, place, hint", [
    ("win32", ("ProgramFiles", "LibreOffice", "program", "soffice.exe"), "https://zh-cn.libreoffice.org 下载安装"),
    ("win32", ("ProgramFiles(x86)", "LibreOffice", "program", "soffice.exe"), "https://zh-cn.libreoffice.org 下载安装"),
    ("darwin", ("HOME", "Applications", "LibreOffice.app", "Contents", "MacOS", "soffice"), "“应用程序”文件夹"),
])
def test_libreoffice_is_found_where_its_installer_puts_it_and_the_hint_suits_the_system(
        tmp_path, monkeypatch, platform, place, hint):
    """Neither the Windows installer nor the macOS app puts soffice on the PATH: an installed LibreOffice
    was said to be missing, with an apt-get line for a Windows user."""
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pdf_module.sys, "platform", platform)
    for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)", "HOME"):
        monkeypatch.setenv(name, str(tmp_path / name))
    with pytest.raises(EnvironmentProblem) as missing:
        pdf_module.soffice()
    assert hint in missing.value.message and "apt-get" not in missing.value.message
    program = tmp_path.joinpath(*place)
    program.parent.mkdir(parents=True)
    program.write_bytes(b"")
    assert pdf_module.soffice() == str(program)


def test_the_newest_libreoffice_in_opt_is_taken_by_its_version_not_its_name_as_text(tmp_path, monkeypatch):
    """Sorted as text, /opt/libreoffice7.6 was taken over /opt/libreoffice24.8."""
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(pdf_module.sys, "platform", "linux")
    monkeypatch.setattr(pdf_module, "OPT", tmp_path)
    for version in ("7.6", "24.8", "24.2"):
        program = tmp_path / f"libreoffice{version}" / "program" / "soffice"
        program.parent.mkdir(parents=True)
        program.write_bytes(b"")
    assert pdf_module.soffice() == str(tmp_path / "libreoffice24.8" / "program" / "soffice")


@pytest.fixture(scope="module")
def every_example_as_pdf(tmp_path_factory) -> tuple[click.testing.Result, Path]:
    """`build --format pdf` of every example, run once for the tests reading its PDFs (LibreOffice's start is most
    of a conversion's time): (its result, its --out folder). The PDFs are made read only: a test reads them."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed (CI installs it)")
    out = tmp_path_factory.mktemp("pdf")
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    result = click.testing.CliRunner().invoke(main, ["build", *map(str, specs), "--out", str(out), "--format", "pdf",
                                                     "--jobs", "1"])
    for pdf in out.glob("*.pdf"):
        pdf.chmod(0o444)
    return result, out


def test_build_pdf_converts_every_spec_in_one_libreoffice_run(every_example_as_pdf):
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    result, out = every_example_as_pdf
    assert result.exit_code == 0, result.output
    written = re.findall(r"^已生成 (.+\.pdf)$", result.output, flags=re.M)  # in the order of the specs
    assert len(written) == len(specs) and not list(out.glob("*.docx"))
    for spec, pdf in zip(specs, written):
        golden = json.loads((ROOT / "tests" / "golden" / f"{spec.stem}.json").read_text(encoding="utf-8"))
        assert len(re.findall(rb"/Type\s*/Page[^s]", Path(pdf).read_bytes())) == golden["pages"], spec.name


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdffonts")),
                    reason="LibreOffice or poppler-utils is not installed (CI installs them)")
def test_build_pdf_sets_the_chinese_fonts_in_installed_simplified_chinese_faces(every_example_as_pdf):
    """The forms ask for 仿宋_GB2312 (body) and 黑体 (title); without a replacement table LibreOffice
    set both in Noto Sans CJK. Noto CJK collections name every face's glyphs "…CJKjp" inside the
    PDF, so the names tell serif from sans, not SC from JP. Read in 广州's PDF of the build of every example."""
    if "Noto Serif CJK SC" not in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout:
        pytest.skip("Noto Serif CJK SC is not installed (fonts-noto-cjk, which CI installs)")
    result, _ = every_example_as_pdf
    assert result.exit_code == 0, result.output
    written = re.findall(r"^已生成 (.+\.pdf)$", result.output, flags=re.M)  # in the order of the specs
    pdf = written[sorted((ROOT / "specs").glob("*.yaml")).index(GZ)]
    listing = subprocess.run(["pdffonts", pdf],
                             capture_output=True, text=True, check=True).stdout
    fonts = {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]}
    assert any(font.startswith("NotoSerifCJK") for font in fonts), fonts  # the body
    assert {font for font in fonts if font.startswith("NotoSansCJK")} == {"NotoSansCJKjp-Bold-VKana"}, fonts


def test_pdf_profile_replaces_only_missing_chinese_fonts_with_installed_ones(tmp_path, monkeypatch):
    """No soffice needed: a fake one copies the profile it is given, so the table is there before it starts."""
    listing = "DejaVu Serif\n黑体,SimHei\nNoto Sans CJK SC,Noto Sans CJK SC Regular\n"  # no Chinese serif
    monkeypatch.setattr(pdf_module, "_fc_list", lambda: listing, raising=False)
    seen = tmp_path / "seen.xcu"
    script = ('for a in "$@"; do case "$a" in -env:UserInstallation=file://*) '
              f'cp "${{a#-env:UserInstallation=file://}}/user/registrymodifications.xcu" {seen};; esac; done')
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, script) + ":" + os.environ["PATH"])
    [(_, failure)] = pdf_module.docx_to_pdf([(b"", tmp_path / "out.pdf")])
    assert isinstance(failure, pdf_module.NotConverted)
    root = ElementTree.parse(seen).getroot()
    oor = "{http://openoffice.org/2001/registry}"
    [switch] = [item for item in root if item.get(f"{oor}path") == "/org.openoffice.Office.Common/Font/Substitution"]
    assert (switch[0].get(f"{oor}name"), switch[0].findtext("value")) == ("Replacement", "true")
    pairs = {}
    for node in root.iter("node"):
        props = {prop.get(f"{oor}name"): prop.findtext("value") for prop in node.iter("prop")}
        assert (props["Always"], props["OnScreenOnly"]) == ("true", "false")  # LibreOffice ignores Always=false
        pairs[props["ReplaceFont"]] = props["SubstituteFont"]
    assert pairs == {"微软雅黑": "SimHei", "Microsoft YaHei": "SimHei"}  # 黑体 is installed; no serif for 仿宋, 楷体
    installed = pdf_module.installed_families("AR PL UMing CN\nNoto Serif CJK SC\nAR PL UKai CN\n")
    pairs = dict(pdf_module.font_pairs(installed))
    assert pairs["仿宋_GB2312"] == pairs["宋体"] == "Noto Serif CJK SC" and pairs["楷体"] == "AR PL UKai CN"
    assert "黑体" not in pairs


def _fake_soffice(tmp_path, script: str) -> str:
    path = tmp_path / "bin" / "soffice"
    path.parent.mkdir()
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(0o755)
    return str(path.parent)


# A soffice that writes an empty PDF beside each Word file it is given, as LibreOffice does with --outdir.
_CONVERTS = 'for a in "$@"; do case "$a" in *.docx) : > "${a%.docx}.pdf";; esac; done'
_NO_CHINESE_FONT = "警告[BUILD-PDF-NO-CHINESE-FONT] 本机没有表样用的中文字体"


@pytest.mark.parametrize("listing, chinese, warned", [
    ("DejaVu Sans\nDejaVu Serif\nOpenSymbol\n", "", True),
    ("", "", True),  # fc-list ran: a machine with no font at all
    ("DejaVu Sans\nWenQuanYi Zen Hei,文泉驿正黑\n", "WenQuanYi Zen Hei,文泉驿正黑\n", False),  # a stand-in
    ("仿宋_GB2312\n", "仿宋_GB2312\n", False),
    ("DejaVu Sans\nDroid Sans Fallback\n", "Droid Sans Fallback\n", False),  # covers Chinese, in no stand-in list
    (None, None, False),  # no fc-list (Windows, macOS): nothing to judge by
], ids=["latin-only", "no-fonts", "stand-in", "the-font", "unlisted-chinese-font", "no-fc-list"])
def test_a_pdf_build_without_chinese_fonts_warns_once(runner, tmp_path, monkeypatch, listing, chinese, warned):
    """Without fonts-noto-cjk LibreOffice printed every Chinese character as an empty box, in silence."""
    monkeypatch.setattr(pdf_module, "_fc_list", lambda pattern=":": chinese if pattern == ":lang=zh" else listing)
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, _CONVERTS) + ":" + os.environ["PATH"])
    out = tmp_path / "out"
    specs = [str(GZ), str(ROOT / "specs" / "tianjin-qiaolian-2023.yaml")]
    result = runner.invoke(main, ["build", *specs, "--out", str(out), "--format", "pdf", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.pdf"))) == 2
    assert result.output.count(_NO_CHINESE_FONT) == warned, result.output
    if warned:
        [said] = [line for line in result.output.splitlines() if _NO_CHINESE_FONT in line]
        assert said.startswith(f"{out}/") and ".pdf: 警告" in said  # said on the first PDF written
        assert "apt-get install fonts-noto-cjk" in said and "jixiao build --format pdf --force" in said


def test_an_fc_list_on_macos_is_not_asked_about_chinese_fonts(monkeypatch):
    """LibreOffice on macOS does not use fontconfig: a Homebrew fc-list would not list its Chinese fonts."""
    monkeypatch.setattr(pdf_module, "_fc_list", lambda pattern=":": "" if pattern == ":lang=zh" else "DejaVu Sans\n")
    assert pdf_module.chinese_fonts_missing()
    monkeypatch.setattr(pdf_module.sys, "platform", "darwin")
    assert not pdf_module.chinese_fonts_missing()


def test_a_skipped_spec_does_not_say_again_that_the_machine_had_no_chinese_font(runner, tmp_path, monkeypatch):
    """The missing fonts are the machine's, not the spec's: once they are installed, the next build, skipping the
    spec as current, must not repeat from its record that its PDF prints Chinese as boxes."""
    chinese = [""]  # fc-list's Chinese fonts: none, until installed
    monkeypatch.setattr(pdf_module, "_fc_list", lambda pattern=":": chinese[0] if pattern == ":lang=zh" else "DejaVu Sans\n")
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, _CONVERTS) + ":" + os.environ["PATH"])
    build = ["build", str(GZ), "--out", str(tmp_path / "out"), "--format", "pdf"]
    first = runner.invoke(main, build)
    assert first.exit_code == 0 and first.output.count(_NO_CHINESE_FONT) == 1, first.output
    chinese[0] = "Noto Serif CJK SC\n"
    again = runner.invoke(main, build)
    assert again.exit_code == 0 and "1 个规格未改动，已跳过" in again.output, again.output
    assert _NO_CHINESE_FONT not in again.output, again.output


def test_a_parallel_pdf_build_converts_each_specs_own_word_form(runner, tmp_path, monkeypatch):
    """With --jobs 2 the specs are rendered in worker processes, whose Word forms come back for LibreOffice to
    convert: each PDF is the one a build in one process writes, from its own spec, all in one LibreOffice run."""
    runs = tmp_path / "runs"  # one line per LibreOffice run; each "PDF" is the Word file it was given
    monkeypatch.setenv("PATH", _fake_soffice(
        tmp_path, f'echo run >> "{runs}"; for a in "$@"; do case "$a" in *.docx) cp "$a" "${{a%.docx}}.pdf";; esac; done')
        + ":" + os.environ["PATH"])
    specs = [str(GZ), str(ROOT / "specs" / "tianjin-qiaolian-2023.yaml"), str(ROOT / "specs" / "jiangsu-taiban-2024.yaml")]
    made = {}
    for jobs in ("1", "2"):
        result = runner.invoke(main, ["build", *specs, "--out", str(tmp_path / jobs), "--format", "pdf", "--jobs", jobs])
        assert result.exit_code == 0, result.output
        made[jobs] = {pdf.name: pdf.read_bytes() for pdf in (tmp_path / jobs).glob("*.pdf")}
    assert len(made["2"]) == len(specs) and made["2"] == made["1"]
    assert runs.read_text(encoding="utf-8") == "run\nrun\n"


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig is not installed")
def test_fc_list_that_finds_no_font_is_told_from_no_fc_list(runner, tmp_path, monkeypatch):
    """The real fc-list, shown no fonts folder: it runs and lists nothing, which is a warning, not silence."""
    (tmp_path / "none").mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(f"<fontconfig><dir>{tmp_path / 'none'}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
                      encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, _CONVERTS) + ":" + os.environ["PATH"])
    result = runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path / "out"), "--format", "pdf"])
    assert result.exit_code == 0 and result.output.count(_NO_CHINESE_FONT) == 1, result.output


@pytest.mark.parametrize(
    "script, words",
    [
        ("exit 0", "LibreOffice 没有转换这个文件"),
        ("echo 'Error: source file could not be loaded' >&2; exit 1",
         "LibreOffice 转换 PDF 失败（Error: source file could not be loaded）"),
    ],
)
def test_a_failed_pdf_conversion_fails_its_specs_with_a_reason(runner, tmp_path, monkeypatch, script, words):
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, script) + ":" + os.environ["PATH"])
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(GZ), "--out", str(out), "--format", "docx,pdf"])
    assert result.exit_code == 1
    assert f".pdf: 错误[OUTPUT-UNWRITTEN] 无法写入（由 {GZ} 生成）" in result.output and words in result.output
    assert len(list(out.glob("*.docx"))) == 1 and not list(out.glob("*.pdf"))
    assert "生成 1 个文件，1 个规格因错误只生成了部分文件；1 个错误。" in result.output  # its .docx was written


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell for the fake soffice")
def test_ctrl_c_while_libreoffice_converts_ends_all_of_it_and_removes_its_folder(runner, tmp_path, monkeypatch):
    """soffice is a launcher and soffice.bin does the work: Ctrl+C killed the launcher alone, and
    soffice.bin went on running and writing into the temporary profile, which stayed behind."""
    worker = tmp_path / "worker.pid"  # the fake launcher's child, standing in for soffice.bin
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, f"sleep 600 & echo $! > {worker}.part; "
                                                       f"mv {worker}.part {worker}; wait") + ":" + os.environ["PATH"])
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    communicate = subprocess.Popen.communicate
    pressed = []

    def ctrl_c_once_it_runs(process, *args, **kwargs):
        if pressed or not str(process.args[0]).endswith("soffice"):  # fc-list runs first
            return communicate(process, *args, **kwargs)
        while not worker.exists():
            process.poll()
        pressed.append(True)
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess.Popen, "communicate", ctrl_c_once_it_runs)
    result = runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path / "out"), "--format", "pdf"])
    pid = int(worker.read_text())
    status = Path(f"/proc/{pid}/status")
    alive = status.exists() and "\nState:\tZ" not in status.read_text() if Path("/proc").is_dir() else None
    if alive is None:
        try:
            os.kill(pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
    if alive:
        os.kill(pid, 9)
    assert not alive
    assert result.exit_code == 130 and "已中止（Ctrl+C）。" in result.output, result.output
    assert "Traceback" not in result.output and not list((tmp_path / "temp").iterdir())


@pytest.mark.skipif(os.name != "posix", reason="a POSIX shell for the fake soffice")
def test_ctrl_c_while_libreoffice_converts_leaves_no_temporary_folder_of_its_own(runner, tmp_path, monkeypatch):
    """LibreOffice makes a folder of its own (`lu….tmp`) in TMPDIR and removes it only when it ends by itself:
    killed on Ctrl+C, it left one there each time, though jixiao's own folder went. The fake soffice makes one
    where a real one does, then waits to be stopped."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    started = tmp_path / "started"
    script = f'mkdir "${{TMPDIR:-/tmp}}/lu$$.tmp" && : > "${{TMPDIR:-/tmp}}/lu$$.tmp/lock" && : > {started}; sleep 600'
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, script) + ":" + os.environ["PATH"])
    communicate = subprocess.Popen.communicate
    pressed = []

    def ctrl_c_once_it_runs(process, *args, **kwargs):
        if pressed or not str(process.args[0]).endswith("soffice"):  # fc-list runs first
            return communicate(process, *args, **kwargs)
        while not started.exists() and process.poll() is None:
            pass
        pressed.append(True)
        raise KeyboardInterrupt

    monkeypatch.setattr(subprocess.Popen, "communicate", ctrl_c_once_it_runs)
    result = runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path / "out"), "--format", "pdf"])
    assert started.exists()
    assert result.exit_code == 130 and "已中止（Ctrl+C）。" in result.output, result.output
    assert list(temp.iterdir()) == []


def test_ctrl_c_in_a_command_is_one_line_and_exit_130(runner, monkeypatch):
    """Click said "Aborted!" (已中止。) and exited 1, which README gives as "the specs have errors"."""
    from generator import build

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build.Builder, "build", interrupted)
    result = runner.invoke(main, ["build", str(GZ), "--out", "unused"])
    assert result.exit_code == 130 and result.output.strip() == "已中止（Ctrl+C）。", result.output


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched worker reaches forked workers only")
def test_build_workers_ignore_ctrl_c_and_leave_it_to_jixiao(tmp_path, monkeypatch):
    """The terminal sends Ctrl+C to every process of the group: each worker printed a traceback of its
    own before jixiao's one line, and one stopped while holding the pool's queue left the build hanging."""
    from generator import build

    render = build.Renderer.render

    def pressed_in_the_worker(renderer, path):
        os.kill(os.getpid(), signal.SIGINT)
        return render(renderer, path)

    monkeypatch.setattr(build.Renderer, "render", pressed_in_the_worker)
    specs = [str(ROOT / "specs" / name) for name in ("guangzhou-tailian-2023.yaml", "tianjin-qiaolian-2023.yaml")]
    try:
        built = build.Builder(tmp_path / "out", ["html"], jobs=2).build(specs)
    except KeyboardInterrupt:
        pytest.fail("a worker was interrupted")
    assert all(one.ok for one in built)


def test_ctrl_c_during_a_parallel_build_cancels_the_specs_not_begun(tmp_path, monkeypatch):
    """Leaving the pool's `with` waited for every spec still queued: Ctrl+C let the workers render them all."""
    from concurrent.futures import ProcessPoolExecutor

    from generator import build

    shutdown = ProcessPoolExecutor.shutdown
    cancelled = []

    def noted(pool, *args, **kwargs):
        cancelled.append(kwargs.get("cancel_futures", False))
        return shutdown(pool, *args, **kwargs)

    def pressed(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(ProcessPoolExecutor, "shutdown", noted)
    monkeypatch.setattr(build.Builder, "_write", pressed)
    specs = [str(path) for path in sorted((ROOT / "specs").glob("*.yaml"))]
    with pytest.raises(KeyboardInterrupt):
        try:
            build.Builder(tmp_path / "out", ["html"], jobs=2).build(specs)
        finally:
            when_it_left = list(cancelled)
    assert when_it_left == [True]


def test_ctrl_c_while_jixiao_starts_is_one_line_and_exit_130():
    """Before the error boundary is reached (click and the rest still importing), Python printed a traceback.
    Only the program takes Ctrl+C over so early: importing generator.cli did it for tests and library users too."""
    from generator import interrupt

    program = "\n".join([
        "import signal, sys",
        "import generator.cli",
        "print(signal.getsignal(signal.SIGINT).__name__)",
        "from generator import entry, interrupt",
        "started, seen = interrupt.started, []",
        "interrupt.started = lambda: (seen.append(signal.getsignal(signal.SIGINT).__name__), started())",
        "sys.argv = ['jixiao', '--version']",
        "try:",
        "    entry.main()",
        "except SystemExit:",
        "    print(*seen, signal.getsignal(signal.SIGINT).__name__)",
    ])
    # A shell starting a job in the background (`cmd &`) passes Ctrl+C on ignored, and Python then installs no
    # handler of its own: the child starts with the signal's default, as from a terminal.
    as_from_a_terminal = (lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) if os.name == "posix" else None
    started = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=as_from_a_terminal)
    assert started.returncode == 0, started.stderr  # what went wrong, where check=True said only the exit status
    imported, *_version, entered = started.stdout.splitlines()
    assert imported == "default_int_handler"  # importing leaves Ctrl+C as Python has it
    assert entered == "_stop default_int_handler"  # the program's until its error boundary takes over
    before = signal.getsignal(signal.SIGINT)
    try:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        interrupt.while_starting()
        with pytest.raises(SystemExit) as stopped:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # the handler runs between two bytecodes of this thread
                pass
        assert stopped.value.code == 130
        interrupt.started()
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)


def _fields(text: str) -> set[str]:
    return {name.split("!")[0] for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_translated_click_message_is_one_click_still_prints():
    """A click upgrade that rewords a message would silently bring English back; this notices."""
    source = "".join(Path(click.__file__).with_name(f"{name}.py").read_text(encoding="utf-8")
                     for name in click_zh.CLICK_MODULES)
    literals = {eval(m) for m in re.findall(r'"(?:[^"\\\n]|\\.)*"', source)}  # noqa: S307 - string literals only
    for message, chinese in click_zh.MESSAGES.items():
        assert message in literals, message
        assert _fields(chinese) <= _fields(message), message
    for singular, (one, many) in click_zh.PLURAL_MESSAGES.items():
        assert singular in literals, singular
        assert _fields(one) | _fields(many) <= _fields(singular) | {"possibilities", "choices", "nargs"}, singular


@pytest.mark.parametrize(
    "args, words",
    [
        # A year typed short is told the year it most likely means: was （2000<=x<=2100）, then the range alone
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "25"],
         "错误：“--year”的取值无效：25 超出了允许的范围（2000 到 2100 之间）；年份请写全四位数字，如 --year 2025\n"),
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "25年"],
         "错误：“--year”的取值无效：“25年”不是有效的数字；年份请写全四位数字，如 --year 2025\n"),
        # Only two digits unsigned are a year typed short: was 如 --year 2001 for -1 and for 1
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "-1"],
         "错误：“--year”的取值无效：-1 超出了允许的范围（2000 到 2100 之间）。\n"),
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "1"],
         "错误：“--year”的取值无效：1 超出了允许的范围（2000 到 2100 之间）。\n"),
        (["build", "--jobs", "0"], "错误：“--jobs” / “-j”的取值无效：0 超出了允许的范围（不小于 1）。"),  # was （x>=1）
        # Guesses in Chinese quotes, no space after the sentence: was 没有命令“buidl”。 是否想写 'build'？
        (["build", "--fromat", "pdf"], "错误：没有选项“--fromat”。是否想写以下之一：“--format”、“--out”？\n"),
        (["buidl"], "错误：没有命令“buidl”。是否想写“build”？\n"),
        # The program's own option after the command: was 没有选项“--traceback”。 alone, as if there were none.
        (["build", "--traceback"], "错误：没有选项“--traceback”。“--traceback”是 main 本身的选项，要写在命令名之前："
                                   "main --traceback build …\n"),
        # --version runs no command: was “--version”是 main 本身的选项，要写在命令名之前：main --version validate …
        (["validate", "--version"], "错误：没有选项“--version”。“--version”是 main 本身的选项，单独使用：main --version\n"),
        (["build", "--jobs", "abc"], "“abc”不是有效的数字。"),
        (["build", "--out"], "错误：选项“--out”后面要写一个值。"),
        (["build", "--format", "xlsx"], "错误：“--format”的取值无效：未知的格式 xlsx；可选：docx、html、pdf"),
        # An option click refuses and one jixiao refuses are named alike: was '--year' beside a bare --form.
        (["new", "--form", "guangzhu", "--unit", "某单位", "--year", "2025"], "错误：“--form”的取值无效：表样“guangzhu”不存在"),
        (["import", "旧表.docx", "-o", "旧表.txt"], "错误：“-o” / “--out”的取值无效：“旧表.txt”不是 .yaml 文件"),
        # A year as a clerk writes it: was “2025年”不是有效的数字.
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025年"],
         "错误：“--year”的取值无效：“2025年”不是只有数字的年份；请只写年份的数字，如 --year 2025"),
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "二〇二五年度"], "请只写年份的数字，如 --year 2025"),
        # Out of range: was told to write --year 1999, which is refused next.
        (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "1999年"],
         "错误：“--year”的取值无效：1999 超出了允许的范围（2000 到 2100 之间）。"),
        (["schema", "nowhere"], "错误：表样“nowhere”不存在；可用的表样："),
        # Choices in Chinese quotes: were 'text', 'json', 'github', as Python writes them.
        (["validate", "--format", "xml"], "错误：“--format”的取值无效：“xml”不是以下之一：“text”、“json”、“github”。\n"),
        (["validate", "--format", "jsno"], "不是以下之一：“text”、“json”、“github”。是否想写“json”？\n"),
        (["import"], "错误：缺少参数“Word或Excel文件...”。\n"),  # was 缺少参数 “Word或Excel文件...”. (English full stop)
        (["init", "a", "b"], "错误：多余的参数“b”。\n"),
    ],
)
def test_usage_errors_are_in_chinese(runner, args, words):
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert words in result.output
    assert not re.search(r"Error:|Usage:|Try '|Missing|No such|is not", result.output), result.output
    said = result.output.strip().splitlines()[0]
    assert "'" not in said and not said.endswith("."), said  # no Python quotes, no English full stop


@pytest.mark.parametrize("args", [
    ["lint", "--nope"],  # an unknown option
    ["validate", "--format", "xyz"],  # a value not among the choices
    ["textconv"],  # a missing argument
    ["nope"],  # an unknown command
    ["init", "a", "b"],  # an extra argument
    ["new", "--year"],  # an option without its value: click's parser raised it with no command to show
    ["--traceback=1", "build"],  # a flag given a value, the program's own
])
def test_a_usage_error_says_what_is_wrong_first_then_the_usage_and_where_help_is(runner, args):
    """click printed the usage line, the help hint and a blank line, and the one line saying what was wrong last,
    under what a clerk read as the answer; an option missing its value had no usage line at all."""
    result = runner.invoke(main, args)
    command = " ".join(["main", *[arg for arg in args[:1] if arg in main.commands]])
    assert result.exit_code == 2
    said, usage, hint = result.output.splitlines()
    assert said.startswith("错误：") and usage.startswith(f"用法: {command} [选项]"), result.output
    assert hint == f"运行“{command} --help”查看说明。"


@pytest.mark.parametrize("args, place", [
    (["build", "a\0b"], 1),
    (["validate", "specs", "a\0b"], 2),
    (["diff", "--rev", "HEAD", "a\0b"], 3),
    (["build", "--out", "o\0p", "specs"], 2),
    (["textconv", "a\0b.docx"], 1),
    (["import", "a\0b.docx"], 1),
    (["new", "--form", "guangzhou", "--unit", "甲\0", "--year", "2025", "-o", "-"], 4),  # wrote unit: "甲\0"
])
def test_a_nul_character_in_an_argument_is_a_usage_error_not_an_internal_one(runner, args, place):
    """A shell cannot pass a NUL, a program can: every command given one in a path ended as an internal error, exit 4
    (os.stat's ValueError: embedded null byte). It is refused, exit 2, in one place for every command, naming it."""
    result = runner.invoke(main, args)
    shown = next(arg for arg in args if "\0" in arg).replace("\0", "\\x00")
    assert result.exit_code == 2 and "内部错误" not in result.output, result.output
    said, usage, _ = result.output.splitlines()
    assert said == f"错误：第 {place} 个参数“{shown}”中有 NUL 字符（\\x00）：路径和其他参数里都不能有它；请检查传入这个参数的脚本或程序"
    assert usage.startswith(f"用法: main {args[0]} [选项]"), result.output


def _one_value_options() -> list[tuple[str, click.Option]]:
    """Every command's option that takes one value (not a flag, not one given several times)."""
    return [(name, param) for name, command in main.commands.items() for param in command.params
            if isinstance(param, click.Option) and not param.is_flag and not param.multiple and not param.count]


def test_options_that_take_one_value_are_every_command_s_value_options():
    """The test below is about each of them, not a few: the options a clerk types a value for."""
    named = {(command, max(option.opts, key=len)) for command, option in _one_value_options()}
    assert {("build", "--out"), ("build", "--jobs"), ("diff", "--rev"), ("new", "--year"), ("new", "--out"),
            ("lint", "--config"), ("validate", "--format"), ("serve", "--port")} <= named
    assert ("build", "--format") not in named  # given several times, each taken (test below)
    # repeated_options compares values typed as one word: one of several (nargs=2, a tuple) would read as its flag_value
    assert all(option.nargs == 1 for _, option in _one_value_options())


@pytest.mark.parametrize("command, option", _one_value_options(),
                         ids=lambda arg: arg if isinstance(arg, str) else max(arg.opts, key=len))
def test_an_option_given_two_values_is_a_usage_error_naming_both(runner, tmp_path, monkeypatch, command, option):
    """click kept the last value of an option given twice and dropped the first without a word (`build --format docx
    --format html` built no Word file; `--out a --out b` wrote to b alone): refused, exit 2, both values named, the
    option as click's usage errors name it, before the command runs (serve would start, build would write)."""
    monkeypatch.chdir(tmp_path)
    first, second = (option.type.choices[:2] if isinstance(option.type, click.Choice) else ("1", "2"))
    result = runner.invoke(main, [command, option.opts[-1], first, option.opts[0], second])
    assert result.exit_code == 2, result.output
    said, usage, _ = result.output.splitlines()
    hint = " / ".join(f"“{name}”" for name in option.opts)
    assert said == f"错误：{hint}写了两次：“{first}”和“{second}”；它只能取一个值，请只写要用的那一个", said
    assert usage.startswith(f"用法: main {command} [选项]")
    assert list(tmp_path.iterdir()) == []


def test_an_option_whose_value_may_be_left_out_names_what_it_stands_for(runner):
    """`diff --rev` alone is HEAD: given again with another version, both are named as they are taken."""
    result = runner.invoke(main, ["diff", "--rev", "--rev", "HEAD~1"])
    assert result.exit_code == 2
    assert result.output.startswith("错误：“--rev”写了两次：“HEAD”和“HEAD~1”；"), result.output


def test_an_option_left_without_its_value_and_given_it_too_is_the_same_value(runner, tmp_path, monkeypatch):
    """`diff --rev` alone is HEAD: `--rev --rev HEAD` was refused as “HEAD”和“HEAD”, two values that are one."""
    monkeypatch.chdir(tmp_path)
    for args in (["--rev", "--rev", "HEAD"], ["--rev", "HEAD", "--rev"]):
        result = runner.invoke(main, ["diff", *args])
        assert "写了两次" not in result.output and "git" in result.output, result.output  # on to diff's own check


@pytest.mark.parametrize("args", [["-o", "a", "--out", "b", "--help"], ["--help", "-o", "a", "--out", "b"]])
def test_help_asked_beside_an_option_given_two_values_is_shown(runner, tmp_path, monkeypatch, args):
    """The two values were refused where click took the second, before `--help` typed after them was looked at: a
    clerk who added --help to the line that failed got the same error again, where a wrong value (`-j 0 --help`)
    shows the help."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", *args])
    assert result.exit_code == 0 and "--format 格式" in result.output, result.output
    assert list(tmp_path.iterdir()) == []


def test_an_option_given_two_values_is_refused_when_help_on_the_line_is_a_value(runner, tmp_path, monkeypatch):
    """`-o --help -o b`: the --help is -o's value, a folder, and no help is shown: the two values are still refused."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", "-o", "--help", "--out", "b"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("错误：“-o” / “--out”写了两次：“--help”和“b”；"), result.output
    assert list(tmp_path.iterdir()) == []


def test_an_option_given_two_values_is_let_be_while_a_shell_completes_a_word():
    """Completing a word (click's resilient parsing) lets every wrong option go, and --help shows nothing then: the
    refusal put off for it must not break the completion either."""
    ctx = main.commands["build"].make_context("build", ["-o", "a", "-o", "b", "--help"], resilient_parsing=True)
    assert ctx.params["out_dir"] is not None


def test_an_option_given_the_same_value_twice_loses_nothing(runner):
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025", "--year=2025",
                                  "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "year: 2025" in result.stdout


@pytest.mark.parametrize("formats, suffixes", [(["docx", "html"], {".docx", ".html"}),
                                               (["docx,html", "html"], {".docx", ".html"}),
                                               (["html", "html"], {".html"})])
def test_build_takes_every_format_given(runner, tmp_path, formats, suffixes):
    """`--format docx --format html` built the HTML alone: click kept the last --format. Each one given is taken,
    with the comma form (the documented one) as before."""
    args = [arg for given in formats for arg in ("--format", given)]
    result = runner.invoke(main, ["build", str(GZ), "-o", str(tmp_path), "--jobs", "1", *args])
    assert result.exit_code == 0, result.output
    assert {path.suffix for path in tmp_path.iterdir() if not path.name.startswith(".")} == suffixes


def test_build_refuses_an_unknown_format_among_those_given(runner, tmp_path):
    result = runner.invoke(main, ["build", str(GZ), "-o", str(tmp_path), "--format", "docx", "--format", "xml"])
    assert result.exit_code == 2
    assert "错误：“--format”的取值无效：未知的格式 xml；可选：" in result.output, result.output


@pytest.mark.parametrize("args, place, lone", [
    (["validate", "\ud800"], 1, "D800"),
    (["lint", "specs", "x\udc00y"], 2, "DC00"),
    (["diff", "a.yaml", "\udfff.yaml"], 2, "DFFF"),
    (["build", "--templates", "\udbff", "specs"], 2, "DBFF"),
    (["textconv", "\ud83d\ude00.docx"], 1, "D83D"),  # a pair's halves, as UTF-16 a program did not join
    (["import", "\ud800.docx"], 1, "D800"),
])
def test_a_lone_surrogate_in_an_argument_is_a_usage_error_not_an_internal_one(runner, args, place, lone):
    """As a NUL: a program can pass a lone surrogate, which no file system of UTF-8 names can hold, and every command
    given one as a path ended as an internal error, exit 4 (os.stat's UnicodeEncodeError: surrogates not allowed)."""
    result = runner.invoke(main, args)
    arg = args[place]  # counted after the command name
    shown = "".join(f"\\u{ord(char):04x}" if 0xD800 <= ord(char) <= 0xDFFF else char for char in arg)
    assert result.exit_code == 2 and "内部错误" not in result.output, result.output
    said, usage, _ = result.output.splitlines()
    assert said == (f"错误：第 {place} 个参数“{shown}”中有单独的代理码位（U+{lone}），不是任何文字，系统不能用它作文件名："
                    "路径和其他参数里都不能有它；请检查传入这个参数的脚本或程序")
    assert usage.startswith(f"用法: main {args[0]} [选项]"), result.output


def test_a_chinese_name_a_legacy_locale_cannot_write_is_no_lone_surrogate(monkeypatch):
    """Under a Latin-1 locale the first character os.fsencode cannot write is a Chinese one: the argument is left to the
    command (which says what it says of any name it cannot open), not said to hold a lone surrogate."""
    from generator import error_boundary
    monkeypatch.setattr(error_boundary.os, "fsencode", lambda arg: arg.encode("latin-1"))
    assert error_boundary._unnamable("specs/广州.yaml") is None
    assert error_boundary._unnamable("广州\ud800.yaml") == "\ud800"


def test_a_name_that_is_not_utf8_is_no_lone_surrogate(runner, tmp_path):
    """A GBK name (广州.yaml's bytes) reads as surrogates the system names again (surrogateescape): such a name is
    read as any other, not refused with the lone surrogates of a program."""
    name = os.fsdecode(str(tmp_path).encode() + b"/\xb9\xe3\xd6\xdd.yaml")
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", name)
    (tmp_path / "schema").symlink_to(ROOT / "schema")
    result = runner.invoke(main, ["validate", name])
    assert result.exit_code == 0 and "代理码位" not in result.output, result.output


def test_a_number_option_s_range_is_in_words_in_its_help(runner):
    assert "[2000 到 2100 之间]" in runner.invoke(main, ["new", "--help"]).output  # was [2000<=x<=2100]


def test_help_is_in_chinese(runner):
    result = runner.invoke(main, ["build", "--help"])
    assert "用法: " in result.output and "选项:" in result.output and "显示此帮助并退出。" in result.output
    assert "[默认：output]" in result.output
    assert not re.search(r"Usage:|Options:|Show this message|default:", result.output)


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(main.commands))])
def test_help_fits_the_terminal_and_breaks_between_chinese_characters(runner, command):
    """click counted a Chinese character as one column and broke only at spaces: lines ran past 80
    columns, and a docstring's line break inside a sentence became a stray space."""
    output = runner.invoke(main, [*command, "--help"], terminal_width=80).output
    assert all(width(line) <= 80 for line in output.splitlines()), output
    assert not re.search(r"[（“\[(]\n|\n\s*[，。、；：）”]", output), output
    usage = [line for line in output.splitlines() if line.startswith("用法")]
    options = [re.split(r"\s{2,}", line.strip())[0] for line in output.splitlines() if line.startswith("  -")]
    assert not re.search(r"[A-Z]{3,}", "\n".join(usage + options)), usage + options  # no OPTIONS, PATHS, TEXT…
    if command == ["diff"]:
        assert "报告为“移动”，改了名称" in output and "，或..." not in runner.invoke(main, ["--help"]).output


@pytest.mark.parametrize("columns", [60, 80, 200])
@pytest.mark.parametrize("command", [[name] for name in sorted(main.commands)])
def test_help_keeps_a_silencing_comment_on_one_line(runner, command, columns):
    """build's help broke `# jixiao: disable=` after its `#`, a comment a clerk copies into a spec as it is shown. Kept
    whole by lines written as they are (`\\b`), the lines holding it ran past a terminal of 60 columns."""
    output = runner.invoke(main, [*command, "--help"], terminal_width=columns).output
    assert output.count("disable=") == output.count("# jixiao: disable="), output
    assert all(width(line) <= columns for line in output.splitlines() if "disable=" in line), output


def test_textconv_help_names_no_file_build_never_writes(runner):
    """Its example named output/某单位2026年绩效目标表.docx, while build names a form by its title."""
    output = runner.invoke(main, ["textconv", "--help"], terminal_width=200).output
    assert "jixiao textconv output/表名.docx" in output and "某单位2026年绩效目标表" not in output, output


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(main.commands))])
def test_help_has_no_space_after_full_width_punctuation(runner, command):
    """Full-width punctuation carries its own space: click put two before an option's default
    ("那一行上。 [默认：text]") and a docstring's line ending in "，" before English ("， jixiao")."""
    output = runner.invoke(main, [*command, "--help"], terminal_width=1000).output
    assert not re.search(r"[。，、；：！？] ", output), re.findall(r".{0,20}[。，、；：！？] .{0,10}", output)


@pytest.mark.parametrize("encoding", ["cp1252", "gbk"])
def test_output_piped_in_a_windows_code_page_is_utf8_not_a_crash(tmp_path, encoding):
    """cp1252 (a Windows CI runner) has no Chinese; GBK has no “›”: both made every message fail."""
    spec = tmp_path / "s.yaml"
    spec.write_text((GZ.read_text(encoding="utf-8")).replace("basic: 610.85", "basic: 610.85万元"), encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "validate", str(spec)], capture_output=True,
                          env={**os.environ, "PYTHONIOENCODING": encoding}, timeout=120)
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    assert "预算整体情况 › 基本支出：应为数字" in done.stdout.decode("utf-8")


def _gbk_named(folder: Path, text: str) -> Path:
    """A spec whose file name is GBK bytes, as a zip made on Windows unpacks: lone surrogates to Python."""
    try:
        spec = folder / os.fsdecode("规格".encode("gbk") + b".yaml")
        spec.write_text(text, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return spec


@pytest.mark.parametrize("command", ["validate", "lint", "build"])
def test_a_spec_whose_file_name_is_not_utf8_is_named_in_escapes_not_an_internal_error(runner, tmp_path, command):
    """Lone surrogates cannot be encoded in UTF-8: a message naming the spec was an internal error (exit 4)."""
    spec = _gbk_named(tmp_path, GZ.read_text(encoding="utf-8").replace("basic: 610.85", "basic: 610.85万元"))
    result = runner.invoke(main, [command, str(spec), *(["--out", str(tmp_path / "out")] if command == "build" else [])])
    assert result.exit_code == 1, result.output
    assert str(spec).encode("utf-8", "backslashreplace").decode() + ":6:10: " in result.output, result.output


def test_a_spec_whose_file_name_is_not_utf8_is_built_and_remembered(runner, tmp_path):
    """What build wrote is recorded under the spec's name: the record failed to encode its lone surrogates."""
    spec = _gbk_named(tmp_path, GZ.read_text(encoding="utf-8"))
    args = ["build", str(spec), "--out", str(tmp_path / "out"), "--format", "html"]
    assert runner.invoke(main, args).exit_code == 0
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and "1 个规格未改动，已跳过" in again.output, again.output


LOOPED = "符号链接绕成了圈（链接到自己，或几个链接互相指向）；请检查这个链接"


@pytest.mark.parametrize("args, words", [
    (["build", "{loop}", str(GZ), "--out", "{loop}.out", "--format", "html"],  # was English, then exit 4
     [f"loop.yaml: 错误[FILE-UNREADABLE] 无法读取文件：{LOOPED}", "生成 1 个文件"]),  # the next spec built
    (["build", str(GZ), "--out", "{loop}"], [f"错误：无法读写 {{loop}}：{LOOPED}"]),
    (["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025", "-o", "{loop}"], [f"错误：无法读写 {{loop}}：{LOOPED}"]),
    (["import", "{loop}", "{loop}.docx"], ["导入了 2 个文件：写出 0 个规格，2 个文件未能导入"]),
], ids=["spec", "out", "new", "import"])
def test_a_symlink_loop_is_a_path_that_cannot_be_read_not_an_internal_error(runner, tmp_path, args, words):
    """Path.resolve() said a symlink loop with a RuntimeError before Python 3.13: build, new and import stopped
    with exit 4 on one given as a spec, an output or a file to import."""
    loop = tmp_path / "loop.yaml"
    try:
        loop.symlink_to(loop)
    except OSError:
        pytest.skip("no symbolic links here")
    result = runner.invoke(main, [arg.format(loop=loop) for arg in args])
    assert result.exit_code == 1, result.output
    assert all(said.format(loop=loop) in result.output for said in words), result.output


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["build", "--format", "html"], ["fmt"]])
@pytest.mark.parametrize("target, why", [
    ("moved.yaml", "这是一个符号链接，它指向的 moved.yaml 不存在；请修正或删除这个链接"), ("gone.yaml", LOOPED)],
    ids=["dangling", "loop"])
def test_a_spec_link_leading_nowhere_in_a_folder_is_said_not_skipped(runner, tmp_path, monkeypatch, command, target, why):
    """A spec in specs/ that is a link to nothing (a moved file, a synced folder) or a loop was passed over without a
    word by validate, lint, build and fmt, exit 0 with the spec unchecked; diff said it (FILE-UNREADABLE)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(GZ, tmp_path / "specs" / GZ.name)
    try:
        os.symlink(target, tmp_path / "specs" / "gone.yaml")
    except OSError:
        pytest.skip("no symbolic links here")
    result = runner.invoke(main, [*command, "specs"])
    line = f"{Path('specs', 'gone.yaml')}: 错误[FILE-UNREADABLE] 无法读取文件：{why}"
    assert result.exit_code == 1 and line in result.output.splitlines(), result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", [["validate"], ["lint"], ["build", "--format", "html"], ["fmt"]])
def test_a_pipe_named_as_a_spec_in_a_folder_is_said_as_diff_says_it(runner, tmp_path, monkeypatch, command):
    """A named pipe (or socket, device) called x.yaml in specs/ was passed over by validate, lint, build and fmt, exit 0,
    where diff said it FILE-UNREADABLE; opened, it would wait for a writer, so it is said without being opened."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(GZ, tmp_path / "specs" / GZ.name)
    os.mkfifo(tmp_path / "specs" / "x.yaml")
    result = runner.invoke(main, [*command, "specs"])
    line = f"{Path('specs', 'x.yaml')}: 错误[FILE-UNREADABLE] 无法读取文件：这不是普通文件（是命名管道、设备等），读不出规格"
    assert result.exit_code == 1 and line in result.output.splitlines(), result.output
    said = runner.invoke(main, ["diff", "specs", "specs"])
    assert said.exit_code == 2 and f"{Path('specs', 'x.yaml')}: 错误[FILE-UNREADABLE]" in said.output, said.output


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="a pipe named by /dev/fd/N is POSIX")
def test_a_spec_piped_in_is_built_from_what_the_pipe_holds(runner, tmp_path):
    """`jixiao build <(git show HEAD:specs/x.yaml)` names /dev/fd/63, read once: the build's manifest hashed it first,
    and the spec then read nothing, FILE-EMPTY, no form. A spec is far smaller than a pipe's buffer: written before."""
    read, write = os.pipe()
    try:
        os.write(write, GZ.read_bytes())
        os.close(write)
        result = runner.invoke(main, ["build", "--format", "html", "--out", str(tmp_path), f"/dev/fd/{read}"])
    finally:
        os.close(read)
    assert result.exit_code == 0 and "FILE-EMPTY" not in result.output, result.output
    assert [path.suffix for path in tmp_path.iterdir() if not path.name.startswith(".")] == [".html"], result.output


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["fmt", "--check"]])
def test_a_spec_link_to_a_file_it_may_not_read_is_told_its_permission(runner, tmp_path, monkeypatch, command):
    """A link in specs/ to a file without read permission was said 这不是普通文件（是命名管道、设备等）: the link's
    target is there, so stat found a file. Root reads any file, so opening it is refused as the system would."""
    from generator import spec_files  # capped_bytes opens a spec for load

    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(GZ, tmp_path / "locked.yaml")
    try:
        os.symlink(tmp_path / "locked.yaml", tmp_path / "specs" / "gz.yaml")
    except OSError:
        pytest.skip("no symbolic links here")

    def refused(path, *args, **kwargs):
        if os.fspath(path).endswith("gz.yaml"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(spec_files, "open", refused, raising=False)
    result = runner.invoke(main, [*command, "specs"])
    assert f"{Path('specs', 'gz.yaml')}: 错误[FILE-UNREADABLE] 无法读取文件：没有权限" in result.output, result.output
    assert "不是普通文件" not in result.output and result.exit_code == 1, result.output


@pytest.mark.parametrize("command", [["validate"], ["diff", "specs", "specs"]])
def test_a_settings_file_link_leading_nowhere_in_a_folder_is_no_spec(runner, tmp_path, monkeypatch, command):
    """A `jixiao.yaml` below specs/ is never a spec; as a link to nothing it was said FILE-UNREADABLE as one, exit 1
    (2 for diff), where the same name holding a file is passed over."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs" / "old").mkdir(parents=True)
    shutil.copy(GZ, tmp_path / "specs" / GZ.name)
    try:
        os.symlink("moved.yaml", tmp_path / "specs" / "old" / "jixiao.yaml")
    except OSError:
        pytest.skip("no symbolic links here")
    result = runner.invoke(main, command)
    assert result.exit_code == 0 and "FILE-UNREADABLE" not in result.output, result.output


@pytest.fixture
def unit_repo(tmp_path, monkeypatch):
    """A unit's own repository, the current folder: its form under forms/ named by jixiao.yaml, one spec."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "templates" / "guangzhou", tmp_path / "forms" / "templates" / "guangzhou")
    (tmp_path / "forms" / "schema").mkdir()
    shutil.copy(ROOT / "schema" / "guangzhou.schema.json", tmp_path / "forms" / "schema")
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    (tmp_path / "specs").mkdir()
    shutil.copy(GZ, tmp_path / "specs" / GZ.name)
    return tmp_path


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["fmt", "--check"]])
def test_the_repository_root_holds_one_spec_not_the_project_file_or_a_forms_profile(runner, unit_repo, command):
    """Before, `jixiao validate .` read jixiao.yaml and forms/templates/*/profile.yaml as specs: FORM-MISSING, exit 1."""
    result = runner.invoke(main, [*command, "."])
    assert result.exit_code == 0 and "FORM-MISSING" not in result.output, result.output
    assert "检查了 1 个文件" in result.output, result.output


def test_a_settings_file_named_directly_or_a_profile_yaml_with_no_form_beside_it_is_still_read(runner, unit_repo):
    from generator.spec_files import spec_files

    (unit_repo / "specs" / "profile.yaml").write_text("year: 2025\n", encoding="utf-8")  # a spec, oddly named
    assert spec_files(["."])[0] == [str(Path("specs") / GZ.name), str(Path("specs") / "profile.yaml")]
    assert spec_files(["jixiao.yaml"])[0] == ["jixiao.yaml"]
    result = runner.invoke(main, ["validate", "forms/templates/guangzhou/profile.yaml"])
    assert result.exit_code == 1 and "FORM-MISSING" in result.output


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["fmt", "--check"]])
def test_other_programs_yaml_in_a_folder_is_skipped_in_one_line_and_checked_when_named(runner, tmp_path, command):
    """`jixiao lint ~` reported every docker-compose.yml and Kubernetes manifest under it as a spec without
    form: a FORM-MISSING error each, hundreds around the real specs' problems, and exit 1. A spec with its form
    misspelt, or empty, is still a spec and still said; a file named on the command line is checked as given."""
    home = tmp_path / "home"
    (home / "k8s").mkdir(parents=True)
    for n in range(30):
        (home / "k8s" / f"c{n}.yaml").write_text(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{n}\n",
                                                 encoding="utf-8")
    compose = home / "docker-compose.yml"
    compose.write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    (home / "specs").mkdir()
    shutil.copy(GZ, home / "specs" / GZ.name)
    misspelt = home / "specs" / "misspelt.yaml"
    misspelt.write_text(GZ.read_text(encoding="utf-8").replace("form: guangzhou", "from: guangzhou"), encoding="utf-8")
    (home / "specs" / "empty.yaml").write_text("", encoding="utf-8")
    result = runner.invoke(main, [*command, str(home)])
    assert "k8s" not in result.stdout and "docker-compose" not in result.stdout, result.stdout
    assert result.stderr.count(f"注意：跳过了 {home} 里 31 个不像规格的 YAML 文件") == 1, result.stderr
    if command != ["fmt", "--check"]:  # fmt leaves a file without form alone
        assert f"{misspelt}:" in result.stdout and "empty.yaml: 错误[FILE-EMPTY]" in result.stdout, result.stdout
        assert "检查了 3 个文件" in result.stdout, result.stdout
    named = runner.invoke(main, [*command, str(compose)])
    assert "跳过" not in named.stderr and "docker-compose" in named.output, named.output


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["build"], ["fmt", "--check"], ["diff", "."],
                                     ["diff", "--rev", "HEAD"]])
def test_the_disks_root_is_refused_as_a_folder_of_specs(runner, command):
    """`jixiao lint /` read every YAML file on the machine as a spec: minutes without a word, then thousands of
    errors (or an internal error, when a folder went away while it was walked)."""
    result = runner.invoke(main, [*command, "/"])
    assert result.exit_code == 2, result.output
    assert "错误：/ 是整个磁盘的根目录：jixiao 不在整个磁盘上找规格文件；请写规格所在的文件夹（如 specs/）或规格文件" in result.output


@pytest.mark.parametrize("typed, said", [
    ("specs/x.yaml", "错误：“specs/x.yaml”：文件不存在；请检查路径"),
    ("spec/", "错误：“spec/”：文件夹不存在；是否想写 specs"),
])
def test_a_path_to_preview_that_is_not_there_is_named_by_the_path_not_the_placeholder(runner, tmp_path, monkeypatch,
                                                                                      typed, said):
    """serve's refusal of a path that is not there named the argument by its placeholder, `“[路径]...”的取值无效：
    “specs/x.yaml”不存在。`; it says the path, whether a file or a folder is missing and the one likely meant."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    result = runner.invoke(main, ["serve", typed])
    assert result.exit_code == 2 and result.output.startswith(said), result.output
    assert "[路径]" not in result.output.splitlines()[0]


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["build", "-q"], ["fmt", "--check"],
                                     ["new", "--year", "2024", "-o", "new.yaml", "--from"]])
def test_a_file_named_that_cannot_be_read_is_its_own_problem_as_in_a_folder(runner, tmp_path, monkeypatch, command):
    """A file named without read permission was click's usage error (`“[路径]...”的取值无效：“specs/unread.yaml”无法读取。`,
    exit 2) and the other files named were never checked; in a folder the same file is FILE-UNREADABLE, exit 1.
    Root reads any file, so the refusal is made as the system makes it: os.access says no, opening raises."""
    from generator import spec_files  # capped_bytes opens a spec for load

    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(GZ, tmp_path / "specs" / "ok.yaml")
    shutil.copy(GZ, tmp_path / "specs" / "unread.yaml")
    unread = os.path.join("specs", "unread.yaml")
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: not (os.fspath(path).endswith("unread.yaml") and
                                                                     mode & os.R_OK) and access(path, mode, **kw))

    def refused(path, *args, **kwargs):
        if os.fspath(path).endswith("unread.yaml"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(spec_files, "open", refused, raising=False)
    others = [] if command[0] == "new" else [os.path.join("specs", "ok.yaml")]
    result = runner.invoke(main, [*command, unread, *others])
    assert result.exit_code == 1, result.output
    assert f"{unread}: 错误[FILE-UNREADABLE] 无法读取文件：没有权限" in result.output, result.output
    assert "取值无效" not in result.output
    if others:
        assert "检查了 2 个文件" in result.output or "2 个规格" in result.output, result.output


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["build"], ["fmt", "--check"], ["diff"]])
def test_a_path_with_a_space_typed_without_quotes_is_said_once_with_the_command_in_quotes(runner, tmp_path, monkeypatch,
                                                                                         command):
    """`validate specs/湛江侨联 2025.yaml` said FILE-NOT-FOUND for 湛江侨联 and for 2025.yaml, and not why."""
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "specs" / "广州 台联 2023.yaml")
    monkeypatch.chdir(tmp_path)
    named = ["specs/广州", "台联", "2023.yaml"] * (2 if command == ["diff"] else 1)
    result = runner.invoke(main, [*command, *named])
    assert result.exit_code == 2 and "FILE-NOT-FOUND" not in result.output, result.output
    shown = '"specs/广州 台联 2023.yaml"'
    said = (f"错误：路径中有空格：“specs/广州 台联 2023.yaml”没加引号，被拆成了 3 个路径。"
            f"请把含空格的路径放在英文双引号里：jixiao {' '.join(command)} {' '.join([shown] * (len(named) // 3))}")
    assert result.output.count(said) == 1, result.output


def test_a_shells_many_paths_are_not_tried_as_every_run_of_words(runner, tmp_path, monkeypatch):
    """`validate specs/*.yaml` in a folder of two thousand specs joined every run of the paths to look for one
    typed without quotes: minutes before the first spec was read. Each path is looked up a few times, not once
    per run it starts."""
    (tmp_path / "specs").mkdir()
    names = [f"specs/unit-{number}.yaml" for number in range(100)]
    for name in names:
        (tmp_path / name).write_text("x: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exists, looked_up = os.path.exists, []
    monkeypatch.setattr(os.path, "exists", lambda path: looked_up.append(path) or exists(path))
    result = runner.invoke(main, ["validate", *names, "no such", "file.yaml"])
    assert result.exit_code == 1 and "检查了 102 个文件" in result.output, result.output
    assert len(looked_up) < 10 * len(names), len(looked_up)


def test_a_folders_walk_leaves_out_other_programs_folders_and_one_gone_meanwhile(runner, unit_repo, monkeypatch):
    """node_modules' YAML was read as specs; a folder removed while the folder was walked (a test run's, a
    build's temporary one) ended every command with an internal error."""
    for folder in ("node_modules/pkg", "gone"):
        (unit_repo / folder).mkdir(parents=True)
        (unit_repo / folder / "config.yaml").write_text("a: 1\n", encoding="utf-8")
    scandir = os.scandir

    def removed_meanwhile(path="."):
        if str(path).endswith("gone"):
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", removed_meanwhile)
    result = runner.invoke(main, ["validate", "."])
    assert result.exit_code == 0 and "检查了 1 个文件" in result.output, result.output


def test_a_folder_of_specs_on_another_file_system_is_read(runner, unit_repo, monkeypatch):
    """specs/2024 mounted from elsewhere (a bind mount, a Docker volume, NFS) was passed over without a word:
    `jixiao validate` checked the one spec outside it."""
    (unit_repo / "specs" / "2024").mkdir()
    shutil.copy(GZ, unit_repo / "specs" / "2024" / GZ.name)
    stat, lstat = os.stat, os.lstat

    def mounted(stat_of):
        def device(path, *args, **kwargs):
            found = stat_of(path, *args, **kwargs)
            if not str(path).endswith("2024"):
                return found
            fields = list(found)
            fields[2] += 1  # st_dev
            return os.stat_result(fields)
        return device

    monkeypatch.setattr(os, "stat", mounted(stat))
    monkeypatch.setattr(os, "lstat", mounted(lstat))
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0 and "检查了 2 个文件" in result.output, result.output


def test_diff_rev_leaves_out_the_same_settings_files_as_validate(runner, unit_repo):
    """Before, `diff --rev HEAD .` listed a form's profile.yaml as a new spec file."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    for args in (["init", "-q"], ["add", "specs"], ["commit", "-q", "-m", "specs"], ["add", "."]):
        subprocess.run(["git", *args], check=True, capture_output=True, env=env)
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "."])
    listed = result.output.replace("（按 jixiao.yaml 的设置）", "")  # the settings followed, named in the summary
    assert result.exit_code == 0 and "profile" not in listed and "jixiao.yaml" not in listed, result.output
    subprocess.run(["git", "commit", "-q", "-m", "forms"], check=True, capture_output=True, env=env)
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "."])
    assert result.exit_code == 0 and "profile" not in result.output, result.output


@pytest.fixture
def installed_as(monkeypatch):
    """jixiao running as an installed wheel of the given version: no pyproject.toml beside it."""
    import importlib.metadata

    import generator

    def install(number: str) -> None:
        monkeypatch.setattr(generator, "CHECKOUT_PROJECT", ROOT / "no-such-pyproject.toml", raising=False)
        monkeypatch.setattr(importlib.metadata, "version", lambda name: number if name == "jixiao" else None)
        forget()

    def forget() -> None:
        if callable(getattr(generator, "version", None)):
            generator.version.cache_clear()

    yield install
    forget()


def test_version_is_the_installed_distributions(runner, installed_as, tmp_path):
    """Before, `jixiao --version` said the 0.1.0 written in generator/__init__.py after pyproject.toml was
    bumped to 0.2.0 and the wheel rebuilt and installed, and the build manifest recorded it too."""
    installed_as("0.2.0")
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output == "jixiao，版本 0.2.0\n"
    assert runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path), "--jobs", "1"]).exit_code == 0
    assert json.loads((tmp_path / ".jixiao-manifest.json").read_text(encoding="utf-8"))["jixiao"] == "0.2.0"


def test_a_checkout_says_its_own_pyproject_version(runner):
    import tomllib

    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert runner.invoke(main, ["--version"]).output == f"jixiao，版本 {expected}\n"


def test_below_the_project_root_the_defaults_are_the_roots_specs_and_output(runner, unit_repo, monkeypatch):
    """Before, in specs/ `jixiao validate` and `jixiao build` said there was no specs/ folder (exit 2),
    and `jixiao build .` made specs/output/."""
    monkeypatch.chdir(unit_repo / "specs")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0 and "检查了 1 个文件" in result.output, result.output
    assert f"读取当前文件夹（项目 {unit_repo.resolve()} 的 specs/）。" in result.stderr
    assert "当前文件夹下没有 specs/" not in result.stderr  # it is the project's specs/: said plainly, not as another folder
    for command in (["build"], ["build", "."]):
        result = runner.invoke(main, [*command, "--jobs", "1"])
        assert result.exit_code == 0, result.output
        assert f"写到项目根目录 {unit_repo.resolve()} 下的 output/（{Path('..', 'output')}）" in result.stderr
    assert len(list((unit_repo / "output").glob("*.docx"))) == 1 and not (unit_repo / "specs" / "output").exists()
    explicit = runner.invoke(main, ["build", "--out", "here", "--jobs", "1"])
    assert explicit.exit_code == 0 and (unit_repo / "specs" / "here").is_dir() and "写到项目根目录" not in explicit.stderr


BUDGET_SUM = "基本支出 + 项目支出 = 689.41，与 财政拨款 + 其他资金 = 689.40 不相等（相差 0.01 万元）；应相等，请核对金额"
TASK_SUM = ("各项重点工作任务的拟投入的资金（万元）之和 = 82.06（履行职责，做好参政议… 1.50、拓展工作平台，联谊服… 7.24、"
            "夯实工作基础，做好在… 52.15、加强穗台交流交往，积… 20.57、全面从严治党，做好党… 0.60），超过了 项目支出 = 78.56"
            "（多出 3.50 万元）；应不超过项目支出，请核对金额")


def test_validate_github_puts_each_problem_on_its_line_of_the_pull_request(runner, broken, tmp_path, monkeypatch):
    """validate printed only `文件:行:列: …` in the job's log: the reviewer of a pull request saw nothing on the
    lines of "Files changed". Each problem is now a workflow command there, each file's a group in the log."""
    path, text = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    path.with_name("other.yaml").write_text(text.replace("amount: 22.15", "amount: 52.15"), encoding="utf-8")
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["validate", "--format", "github", "specs/guangzhou-tailian-2023.yaml", "specs/other.yaml"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "::group::specs/guangzhou-tailian-2023.yaml",
        f"::error file=specs/guangzhou-tailian-2023.yaml,line=8,col=11,title=jixiao::8:11: 错误[BUDGET-SUM] {BUDGET_SUM}",
        "::endgroup::",
        "::group::specs/other.yaml",
        # several tasks could account for 3.50: said at the 项目支出 they go over, not at task 1's unchanged 1.50
        f"::warning file=specs/other.yaml,line=7,col=12,title=jixiao::7:12: 警告[TASK-SUM] {TASK_SUM}",
        f"::error file=specs/other.yaml,line=8,col=11,title=jixiao::8:11: 错误[BUDGET-SUM] {BUDGET_SUM}",
        "::endgroup::",
        "检查了 2 个文件：2 个错误，1 个警告。"]


def test_validate_github_with_warnings_only_exits_0_and_a_good_spec_prints_only_the_summary(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "amount: 22.15", "amount: 52.15")
    result = runner.invoke(main, ["validate", "--format", "github", str(path)])
    assert result.exit_code == 0
    assert [line.split(" ")[0] for line in result.output.splitlines()] == ["::group::" + path.as_posix(), "::warning",
                                                                           "::endgroup::", "检查了"]
    result = runner.invoke(main, ["validate", "--format", "github", str(GZ)])
    assert (result.exit_code, result.output) == (0, "检查了 1 个文件，没有发现问题。\n")


def test_github_paths_are_from_the_repository_root_when_jixiao_runs_in_a_folder_of_it(runner, broken, tmp_path,
                                                                                     monkeypatch):
    """`jixiao init` in a folder of a larger repository writes a workflow whose steps run in that folder
    (working-directory): paths from there put an annotation on no file, as GitHub reads them from the root."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path.parent))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["validate", "--format", "github", "specs/guangzhou-tailian-2023.yaml"])
    shown = f"{tmp_path.name}/specs/guangzhou-tailian-2023.yaml"
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [f"::group::{shown}", f"::error file={shown},line=8,col=11,title=jixiao::8:11: "
                                              f"错误[BUDGET-SUM] {BUDGET_SUM}"]
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "elsewhere"))  # a file outside the checkout: as given
    result = runner.invoke(main, ["validate", "--format", "github", "specs/guangzhou-tailian-2023.yaml"])
    assert result.output.startswith("::group::specs/guangzhou-tailian-2023.yaml\n::error file=specs/guangzhou")


def test_github_escapes_what_would_end_a_value_or_the_command(runner, broken, tmp_path, monkeypatch):
    """A `,` or `:` in a file's name would end the `file=` value, a `%` would read as an escape."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "fiscal: 689.41", "fiscal: 689.40")
    path.rename(path.with_name("预算,2023:草稿%.yaml"))
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["validate", "--format", "github", "specs"])
    assert result.output.splitlines()[:2] == [
        "::group::specs/预算,2023:草稿%25.yaml",
        "::error file=specs/预算%2C2023%3A草稿%25.yaml,line=8,col=11,title=jixiao::8:11: 错误[BUDGET-SUM] "
        + BUDGET_SUM]


def test_a_problem_of_a_whole_file_is_an_annotation_on_the_file():
    from generator.problems import Problem, Severity
    from generator.report import annotation

    problem = Problem("旧表.docx", 0, 0, Severity.INFO, "X", "50% 的\n说明")
    assert annotation(problem) == "::notice file=旧表.docx,title=jixiao::提示[X] 50%25 的↵说明"


def test_workflow_command_escapes_line_breaks_percent_commas_and_colons():
    from generator.report import workflow_command

    assert workflow_command("error", {"file": "a,b:c%d\r\ne"}, "50%: x,y\r\nz") \
        == "::error file=a%2Cb%3Ac%25d%0D%0Ae::50%25: x,y%0D%0Az"


def _unescaped(text: str) -> str:
    return re.sub("%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]], text)


@given(value=st.text(), message=st.text())
def test_a_workflow_command_is_one_line_that_reads_back_as_given(value, message):
    from generator.report import workflow_command

    command = workflow_command("warning", {"title": value}, message)
    head, _, data = command[len("::warning title="):].partition("::")
    assert "\n" not in command and "\r" not in command
    assert "," not in head and ":" not in head
    assert (_unescaped(head), _unescaped(data)) == (value, message)


def test_running_out_of_memory_says_the_input_is_too_large_not_an_internal_error(runner, tmp_path, monkeypatch):
    """A MemoryError (10,000 rows renamed at once, compared pair by pair) was “jixiao 内部错误：MemoryError”, exit 4:
    a bug to report, to a clerk whose input only outgrew the machine's memory. For diff it is exit 2, 无法比较: its
    exit 1 says the two drafts differ, which a CI step reading the code would have taken for a compared change."""
    from generator import diff
    from generator.validate import Validator

    def out_of_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(diff, "pair_items", out_of_memory)
    monkeypatch.setattr(Validator, "check_file", out_of_memory)
    edited = tmp_path / "b.yaml"
    edited.write_text(GZ.read_text(encoding="utf-8").replace("basic: 610.85", "basic: 610.86"), encoding="utf-8")
    for args, code in ((["diff", str(GZ), str(edited)], 2), (["validate", str(GZ)], 1)):
        result = runner.invoke(main, args)
        assert result.exit_code == code, (args, result.output)
        assert "内部错误" not in result.output and "MemoryError" not in result.output, result.output
        assert "内存不够" in result.output and "拆成几个" in result.output, result.output


def test_a_file_diff_cannot_read_is_exit_2_as_its_help_says_and_validates_is_exit_1(runner, tmp_path, monkeypatch):
    """An OSError reaching the boundary was exit 1 in every command: for diff, 有改动, which a CI step took for a
    compared change. diff's --help says 2, 无法比较, for a file it cannot read, as diff(1) does."""
    import errno

    from generator import diff
    from generator.validate import Validator

    def unreadable(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", "锁住的.yaml")

    monkeypatch.setattr(diff, "pair_items", unreadable)
    monkeypatch.setattr(Validator, "check_file", unreadable)
    edited = tmp_path / "b.yaml"
    edited.write_text(GZ.read_text(encoding="utf-8").replace("basic: 610.85", "basic: 610.86"), encoding="utf-8")
    assert "2 无法比较（文件读不出" in runner.invoke(main, ["diff", "--help"]).output
    for args, code in ((["diff", str(GZ), str(edited)], 2), (["validate", str(GZ)], 1)):
        result = runner.invoke(main, args)
        assert result.exit_code == code, (args, result.output)
        assert "错误：无法读写 锁住的.yaml：没有权限" in result.output and "内部错误" not in result.output, result.output


def test_a_command_returns_its_verdict_and_the_error_boundary_alone_exits_with_it(runner):
    """error_boundary.py is the one place where a command's end becomes the exit code: a command returns its
    verdict (errors.py's codes) and does not exit itself. Twelve sys.exit calls in cli.py had each command end
    the process with its own verdict, beside the boundary that claimed to be the only one."""
    from generator.error_boundary import ErrorBoundary
    from generator.errors import EXIT_DIFFERENT, EXIT_ENVIRONMENT

    @click.group(cls=ErrorBoundary)
    def group():
        pass

    for name, verdict in (("found", EXIT_DIFFERENT), ("missing", EXIT_ENVIRONMENT), ("fine", None)):
        group.command(name=name)(lambda verdict=verdict: verdict)
    assert [runner.invoke(group, [name]).exit_code for name in ("found", "missing", "fine")] == [1, 3, 0]
    package = ROOT / "generator"
    exiting = [str(path.relative_to(package)) for path in sorted(package.rglob("*.py"))
               if "sys.exit(" in path.read_text(encoding="utf-8")]
    assert exiting == ["__main__.py"], exiting  # `python -m generator`, as cli.py and the console script: entry.main's
    # code, which is the boundary's, or 3 when the program could not start for a missing package


def test_the_exit_codes_in_help_say_running_out_of_memory_is_1_and_point_to_diffs_own(runner):
    """`1 有错误` was all --help said of exit 1, which running out of memory also gives; and diff's 1 and 2 mean
    other things (有改动, 无法比较), which the group's help did not say; nor that serve's Ctrl+C is no 130."""
    result = runner.invoke(main, ["--help"])
    said = re.sub(r"\s", "", result.output)  # as wrapped to the terminal's width
    assert "1有错误（或文件读写不了，或输入太大、内存不够处理）" in said, result.output
    assert "jixiaodiff不同：1有改动，2无法比较（见jixiaodiff--help）" in said, result.output
    # serve's normal end is Ctrl+C, answered 0 with 已停止预览: said beside 130, where a user looks it up
    assert "130按Ctrl+C中止（jixiaoserve按Ctrl+C是正常停止，为0）" in said, result.output


def test_each_commands_stage_imports_first_in_a_fresh_interpreter():
    """`jixiao diff` stopped with 内部错误 (ImportError, a circular import) on every run: cli.py imports a command's
    stage when the command runs, so that stage is the first of generator's modules imported, and lint's A13 importing
    a helper from `rolled_texts`, which imports lint, broke that order only. In-process tests import lint first and
    never saw it. Each stage cli.py imports is imported first here, in a fresh interpreter."""
    source = (ROOT / "generator" / "cli.py").read_text(encoding="utf-8")
    stages = sorted(set(re.findall(r"^ +from \.(\w+) import", source, re.MULTILINE)))
    assert "diff_run" in stages and "lint_run" in stages
    program = "\n".join([
        "import importlib, sys",
        f"for stage in {stages!r}:",
        "    for name in [name for name in sys.modules if name.split('.')[0] == 'generator']:",
        "        del sys.modules[name]",
        "    try:",
        "        importlib.import_module('generator.' + stage)",
        "    except ImportError as error:",
        "        print(stage, error)",
    ])
    started = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert started.returncode == 0 and started.stdout == "", started.stdout + started.stderr


_LEFT_UNLOADED = {
    "validate": (["validate", "{spec}"], ["generator.unit_repo", "urllib.request", "jsonschema", "jinja2", "docx"]),
    "lint": (["lint", "{spec}"], ["urllib.request", "jsonschema", "jinja2", "docx"]),
    "build": (["build", "{spec}", "-o", "{out}", "-q"],
              ["generator.validate", "generator.template_errors", "lxml", "docx"]),
    "diff": (["diff", "{spec}", "{spec}"], ["generator.unit_repo", "urllib.request", "jsonschema", "jinja2", "docx"]),
}


def _loaded_of(tmp_path: Path, args: list[str], names: list[str], at_a_terminal: bool = False) -> list[str]:
    """The exit code of the second of two runs of `args` in a fresh interpreter (the schema pass cache warm, a build
    current), and which of `names` it loaded. `at_a_terminal`: as if a person read its messages (clone_hint)."""
    args = [arg.format(spec=GZ, out=tmp_path / "out") for arg in args]
    program = "\n".join([
        "import sys",
        *(["from generator import clone_hint", "clone_hint._interactive = lambda: True"] if at_a_terminal else []),
        "from generator.cli import main",
        "try:",
        f"    main({args!r})",
        "except SystemExit as stop:",
        "    print(stop.code)",
        f"print([name for name in {names!r} if name in sys.modules])",
    ])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "JIXIAO_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", program], cwd=tmp_path, capture_output=True, text=True, env=env)
            for _ in range(2)]
    # the first run must have done its work (exit 0), or the second is no run with little to do: both said if not
    assert runs[0].stdout.splitlines()[-2:-1] == ["0"], [run.stdout + run.stderr for run in runs]
    return runs[1].stdout.splitlines()[-2:] or [runs[1].stderr]


@pytest.mark.parametrize("args, unloaded", _LEFT_UNLOADED.values(), ids=_LEFT_UNLOADED.keys())
def test_a_command_with_little_to_do_loads_no_module_it_does_not_use(tmp_path, args, unloaded):
    """Start-up is most of the time of a command with little to do (one spec validated, a build with nothing
    changed), and a module imported at another's top is loaded by every command importing that one: urllib.request
    (for a `file:` URL init reads) went with validate and diff, and unit_repo (for git, asked only at a terminal),
    jsonschema with lint, jinja2 with diff, validation and lxml with a build with nothing changed. The run that
    looked at nothing (it stopped at once) would load nothing either: it is seen to end with exit 0."""
    assert _loaded_of(tmp_path, args, unloaded) == ["0", "[]"]


def test_validate_at_a_terminal_outside_a_project_leaves_the_git_helpers_unloaded(tmp_path):
    """The note to run init (clone_hint) is for a clone of a unit's project: at a terminal outside any project,
    validate loaded unit_repo (subprocess, init's workflow) for a question about git it never asked."""
    assert _loaded_of(tmp_path, ["validate", "{spec}"], ["generator.unit_repo"], at_a_terminal=True) == ["0", "[]"]


def test_the_git_helpers_leave_urllib_request_unloaded():
    """At a terminal in a unit's project validate and diff load unit_repo to ask git whether to note init;
    urllib.request (http.client, email, ssl), which init's workflow (ci_workflow) needs for a `file:` URL alone,
    went with it. The commands' runs above are not at a terminal and never load unit_repo, so cannot tell."""
    program = "import sys; import generator.unit_repo; print('urllib.request' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout == "False\n", done.stdout + done.stderr


@pytest.mark.parametrize(("zeros", "said"), [(True, "0 个错误，3 个警告，1 个提示"), (False, "3 个警告，1 个提示")])
def test_validate_and_build_count_severities_by_one_count(zeros, said):
    """build's summary counted them by a copy of the report's count, kept in step by hand; one count, two phrasings:
    a check's line says 0 个错误, build's line about the forms written says only what there is."""
    from generator.problems import Problem, Severity
    from generator.report import counts

    found = [Problem("a.yaml", 1, 1, severity, "X", "") for severity in (Severity.WARNING, Severity.INFO)]
    assert counts(found, warned=2, zeros=zeros) == said
    assert counts([], zeros=zeros) == ("0 个错误，0 个警告" if zeros else "")


RUN_CLI = "runpy.run_path('cli.py', run_name='__main__')"
RUN_MODULE = "runpy.run_module('generator', run_name='__main__', alter_sys=True)"
"""`python -m generator`, as git's textconv runs jixiao (unit_repo.TEXTCONV)."""


def _run_without(module: str, *args: str, run: str = RUN_CLI) -> subprocess.CompletedProcess:
    """cli.py (or `run`) run by a Python where `module` cannot be imported, as in a terminal without jixiao's virtual
    environment: None in sys.modules makes its import raise ModuleNotFoundError."""
    start = f"import runpy, sys; sys.modules[{module!r}] = None; sys.argv = ['cli.py', *{list(args)!r}]; {run}"
    return subprocess.run([sys.executable, "-c", start], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")


@pytest.mark.parametrize("module, package, run", [("click", "click", RUN_CLI), ("ruamel", "ruamel.yaml", RUN_CLI),
                                                  ("click", "click", RUN_MODULE)],
                         ids=["cli.py-click", "cli.py-ruamel", "python-m-generator-click"])
def test_a_package_this_python_lacks_says_to_enter_the_virtual_environment(module, package, run):
    """`python cli.py validate` outside the virtual environment: without click it was a Python traceback, before
    the error boundary existed; without ruamel.yaml, "jixiao 内部错误", a bug to report to the maintainers.
    `python -m generator` without click said so and exited 0, which git's textconv took for an empty document."""
    done = _run_without(module, "validate", "specs", run=run)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "内部错误" not in done.stderr, done.stderr
    assert f"没有安装它需要的包 {package}" in done.stderr and ".venv/bin/activate" in done.stderr, done.stderr


def test_a_package_a_command_imports_when_needed_is_said_missing_at_the_boundary(runner, monkeypatch, tmp_path):
    """python-docx is imported when build renders, after the boundary stands: the same message, exit 3."""
    from generator import build_run

    def no_docx(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'docx'", name="docx")

    monkeypatch.setattr(build_run, "build_specs", no_docx)
    result = runner.invoke(main, ["build", str(GZ), "--out", str(tmp_path)])
    assert result.exit_code == 3, result.output
    assert "没有安装它需要的包 python-docx" in result.output and "内部错误" not in result.output, result.output


def test_each_declared_dependency_is_known_by_the_module_it_is_imported_as():
    """missing_package names the pip package of each module: a dependency added to pyproject.toml without it
    would be an internal error again when missing."""
    import tomllib

    from generator import errors, missing_package

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~ ]", requirement)[0] for requirement in declared}
    assert names - {"ruamel.yaml.clib"} == set(missing_package.PACKAGES.values())  # clib: ruamel.yaml's own import
    assert missing_package.EXIT_ENVIRONMENT == errors.EXIT_ENVIRONMENT
    assert missing_package.message(ModuleNotFoundError("x", name="generator.nothing")) is None


@pytest.mark.parametrize("name", ["ruamel", "ruamel.yaml", "docx"])
def test_a_missing_package_outside_a_virtual_environment_says_to_enter_one(monkeypatch, name):
    """`python cli.py` by the system's Python: jixiao's virtual environment is not active."""
    from generator import missing_package

    monkeypatch.setattr(sys, "base_prefix", sys.prefix)
    said = missing_package.message(ModuleNotFoundError("x", name=name))
    assert "多半是没有先进入安装 jixiao 的虚拟环境" in said and sys.executable in said, said


def test_a_missing_package_inside_a_virtual_environment_says_to_install_again(monkeypatch):
    """A unit's .venv/bin/jixiao (VS Code's tasks run it) is already in its environment: told only to activate it, the
    clerk could do nothing; the install did not finish, or it is another project's environment."""
    from generator import missing_package

    monkeypatch.setattr(sys, "base_prefix", "/usr")
    monkeypatch.setattr(sys, "prefix", "/work/unit/.venv")
    said = missing_package.message(ModuleNotFoundError("x", name="docx"))
    assert "虚拟环境（/work/unit/.venv）里没有安装它需要的包 python-docx" in said, said
    assert "再安装一次 jixiao，pip 会补上缺的包" in said and ".venv/bin/activate" in said, said


def test_a_missing_package_in_a_conda_environment_says_to_install_again(monkeypatch, tmp_path):
    """A conda environment's Python is its own base (sys.prefix is sys.base_prefix): it was said to be outside any
    environment, and the clerk in the environment jixiao was installed into was told to enter one."""
    from generator import missing_package

    (tmp_path / "conda-meta").mkdir()
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    monkeypatch.setattr(sys, "base_prefix", str(tmp_path))
    said = missing_package.message(ModuleNotFoundError("x", name="openpyxl"))
    assert f"虚拟环境（{tmp_path}）里没有安装它需要的包 openpyxl" in said, said
    assert "再安装一次 jixiao" in said and "多半是没有先进入" not in said, said


@pytest.mark.parametrize("name", ["docx.oxml.nothing", "ruamel.yaml.nothing", "markupsafe", "clickx", "json"])
def test_a_submodule_an_installed_package_lacks_is_not_said_to_be_a_missing_package(name):
    """The package is installed when its submodule is what is missing (another version than jixiao's): telling the
    clerk to install it would not be true; it stays an internal error, with --traceback to see which. A module whose
    name begins a declared one's (json, jsonschema's) is not that one."""
    from generator import missing_package

    assert missing_package.message(ModuleNotFoundError("x", name=name)) is None
