"""A path too long, said for what it is: on Linux one name past 255 bytes, named, not a folder too deep."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from generator import hidden_files
from generator.build import unwritten
from generator.cli import main
from generator.errors import os_problem
from generator.long_paths import name_too_long

from .conftest import ROOT

LONG = "某单位财务科" * 15  # 90 characters, 270 bytes in UTF-8
SAID = (f"文件夹名“{LONG[:20]}……”太长：270 字节（90 个字符），超出 15 字节；"
        "一个文件或文件夹的名字最多 255 字节（一个汉字占 3 字节，约 85 个汉字）")


@pytest.mark.parametrize("path, said", [
    (f"out/{LONG}/a.docx", SAID),
    (f"out/{LONG}", SAID.replace("文件夹名", "文件名")),
    ("out/" + "某" * 85 + "/a.docx", None),  # 255 bytes: the most a name takes
    ("/".join(["某单位财务科2026年预算绩效目标申报材料"] * 60), None),  # a path past 4096 bytes, each name short
])
def test_the_name_too_long_is_named_with_its_bytes_and_characters(monkeypatch, path, said):
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    named = name_too_long(path)
    assert (named and named.said) == said


def test_windows_which_counts_a_name_otherwise_is_left_its_own_words(monkeypatch):
    """Windows counts a name's limit in UTF-16 units and says a path too long by WinError 206: its advice stays."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    assert name_too_long(f"out/{LONG}/a.docx") is None


@pytest.mark.parametrize("reading, then", [(False, "请改用短一些的名字"), (True, "请检查路径是否写对（这里存不下名字这么长的文件夹）")])
def test_a_name_too_long_is_told_to_be_shorter_not_moved_to_a_shallower_folder(monkeypatch, reading, then):
    """Told 文件名或路径太长 and 浅一些的文件夹, the clerk moved a folder whose own name was what was too long."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    exc = OSError(errno.ENAMETOOLONG, "File name too long", f"out/{LONG}/a.yaml")
    said = os_problem(exc, reading=reading)
    assert said.endswith(f"：{SAID}；{then}"), said
    assert "浅一些" not in said


def test_a_file_read_whose_own_name_is_too_long_is_said_no_such_file_can_be_here(monkeypatch):
    """The reading advice says 文件 of a file's name and 文件夹 of a folder's (above): it said 文件 of both."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    said = os_problem(OSError(errno.ENAMETOOLONG, "File name too long", f"out/{LONG}"), reading=True)
    assert said.endswith("；请检查路径是否写对（这里存不下名字这么长的文件）"), said


@pytest.mark.parametrize("source, target, blamed", [
    ("out/a.tmp", f"out/{LONG}.docx", f"文件名“{LONG[:20]}……”太长：275 字节"),
    (f"out/{LONG}/a.tmp", f"out/{LONG}x/a.docx", f"文件夹名“{LONG[:20]}……”太长：271 字节"),
    # more bytes, fewer characters: the longer by its bytes, the system's measure, is named
    (f"out/{'a' * 260}/a.tmp", f"out/{LONG}/a.docx", f"文件夹名“{LONG[:20]}……”太长：270 字节"),
])
def test_a_rename_refused_for_its_target_name_blames_the_longest_name(monkeypatch, source, target, blamed):
    """os.replace refused for its target's name says it second (filename2): only the first was read, and a short
    source said the system's words, as if no name were too long. Both too long, the longer is named."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    said = os_problem(OSError(errno.ENAMETOOLONG, "File name too long", source, None, target))
    assert f"：{blamed}" in said and said.endswith("；请改用短一些的名字"), said


def test_a_build_into_a_folder_named_too_long_asks_for_a_shorter_name(monkeypatch):
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    exc = OSError(errno.ENAMETOOLONG, "File name too long")
    problem = unwritten("s.yaml", Path("out") / LONG / "a.docx", exc)
    assert problem.message == f"无法写入（由 s.yaml 生成）：{SAID}；请用 -o 写一个名字短一些的文件夹（如 -o ~/绩效输出）"


def test_build_says_which_folder_name_of_out_is_too_long(runner, tmp_path):
    """On Linux a folder's name past 255 bytes stopped the build with 文件名或路径太长 and 浅一些的文件夹."""
    out = tmp_path / LONG
    result = runner.invoke(main, ["build", str(ROOT / "specs" / "guangzhou-tailian-2023.yaml"), "--out", str(out),
                                  "--format", "html"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert f"{out}：{SAID}；请用 -o 写一个名字短一些的文件夹" in result.output, result.output


def test_windows_not_finding_a_rename_s_long_target_says_the_target_s_length(monkeypatch):
    """os.replace refused for its target names it second (filename2): Windows' 不存在 of a short source whose long
    target was what it could not take was said of the source, 不存在, as errors.os_reason's ENAMETOOLONG once was."""
    from generator import long_paths

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(long_paths, "long_paths_enabled", lambda: False)
    target = os.path.abspath("out/" + "某单位财务科" * 50 + ".docx")
    exc = FileNotFoundError(errno.ENOENT, "系统找不到指定的路径。", "out/a.tmp", None, target)
    assert long_paths.refused_length(exc) == len(target)
    said = os_problem(exc)
    assert said.endswith(f"：路径太长（{len(target)} 个字符，Windows 的路径最多 259 个字符）；请用短一些的名字，或换一个浅一些的文件夹"), said
