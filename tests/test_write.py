"""Writing: atomic replacement, and incremental builds that skip exactly what did not change."""
from __future__ import annotations

import copy
import errno
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import hidden_files
from generator.build import Builder, unwritten
from generator.cli import main
from generator.manifest import FILE_NAME
from generator.variants import Roots
from generator.write import atomic_write

from .conftest import ROOT

GZ = "guangzhou-tailian-2023.yaml"


def test_an_interrupted_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "form.docx"
    target.write_bytes(b"old")

    def fail(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["form.docx"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_pipe_or_device_given_as_the_target_is_written_into_and_stays_one(tmp_path, through_a_link):
    """`-o /dev/null` or `-o /dev/stdout` (a link to the process's output): renamed over, the device became a file,
    and run by root in a CI container /dev/null was a file for every program after. A pipe stands for them here."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    target = tmp_path / "stdout" if through_a_link else pipe
    if through_a_link:
        target.symlink_to(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    atomic_write(target, b"form")
    reader.join(timeout=10)
    assert received == [b"form"]
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and target.is_symlink() == through_a_link
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"pipe", target.name})  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_device_refusing_the_write_is_named_as_the_target(tmp_path, monkeypatch):
    """A device written into whose write fails (`-o /dev/full`: ENOSPC, naming no file) is named as the target, as a
    file's failed write is. A pipe stands for the device, its open replaced so that nothing waits for a reader."""
    from generator import write

    pipe = tmp_path / "full"
    os.mkfifo(pipe)
    monkeypatch.setattr(write, "open", lambda *_: _FullDisk(os.open(tmp_path / "fd", os.O_CREAT | os.O_WRONLY)),
                        raising=False)
    with pytest.raises(OSError) as refused:
        atomic_write(pipe, b"form")
    assert (refused.value.errno, refused.value.filename) == (errno.ENOSPC, str(pipe))


class _FullDisk:
    """A file handle on a full disk: its write fails with ENOSPC and, as a real one, names no file."""

    def __init__(self, fd: int):
        os.close(fd)

    def __enter__(self):
        return self

    def __exit__(self, *_):
        return False

    def write(self, _data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["write", "replace"])
def test_a_write_that_fails_names_the_file_written(runner, tmp_path, monkeypatch, step):
    """A full disk said 错误：文件操作失败：磁盘空间不足, naming no file; a rename refused named jixiao's temporary
    file (`.jixiao-….tmp → x.yaml`), which the user never heard of. The file the command writes is named instead."""
    if step == "write":
        monkeypatch.setattr(os, "fdopen", lambda fd, *_: _FullDisk(fd))
    else:
        def refused(source, target):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), source, target)
        monkeypatch.setattr(os, "replace", refused)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "x.yaml").write_text("year: 2024\n", encoding="utf-8")  # replaced, so named from here as reports name it
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025", "--force",
                                  "-o", "specs/../x.yaml"])
    assert result.exit_code == 1
    reason = "磁盘空间不足；请清理出空间后重试，或换一个磁盘" if step == "write" else "没有权限；请检查你对这个文件和它所在文件夹的权限"  # not Windows
    assert result.output == f"错误：无法读写 x.yaml：{reason}\n", result.output
    assert not list(tmp_path.glob(".jixiao-*")), list(tmp_path.iterdir())


@pytest.mark.parametrize("raised, reason", [(OSError("weird"), "weird"), (OSError(), "操作系统没有说明原因")])
def test_a_failed_write_with_no_errno_is_said_in_words(runner, tmp_path, monkeypatch, raised, reason):
    """An OSError without errno read 错误：无法读写 x.yaml：[Errno None] None: 'x.yaml'."""
    def refused(*_):
        raise raised
    monkeypatch.setattr(os, "replace", refused)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025", "-o", "x.yaml"])
    assert (result.exit_code, result.output) == (1, f"错误：无法读写 x.yaml：{reason}\n"), result.output

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full (a disk that is always full) here")
@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("args", [["schema", "guangzhou"], ["--help"], [], ["--version"], ["build", "--help"]])
def test_printing_to_a_full_disk_says_standard_output_could_not_be_written(args, unbuffered):
    """`jixiao schema > x.json` on a full disk said 错误：文件操作失败：磁盘空间不足, naming nothing; the group's own
    --help, --version and `jixiao` alone, printed while its arguments were parsed, printed a traceback. Nothing
    follows the message (what standard output still held, flushed at exit, failed again)."""
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], stdout=full,
                              stderr=subprocess.PIPE, check=False, env=env)
    said = done.stderr.decode("utf-8")
    assert (done.returncode, said) == (1, "错误：无法写出到标准输出（屏幕，或用“>”重定向到的文件）：磁盘空间不足；请清理出空间后重试，或换一个磁盘\n")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_a_new_file_gets_the_umasks_mode_and_a_replaced_one_keeps_its_own(tmp_path, umask):
    old = os.umask(umask)
    try:
        atomic_write(tmp_path / "form.docx", b"new")
        assert (tmp_path / "form.docx").stat().st_mode & 0o777 == 0o666 & ~umask
        (tmp_path / "spec.yaml").write_bytes(b"old")
        (tmp_path / "spec.yaml").chmod(0o664)
        atomic_write(tmp_path / "spec.yaml", b"new")
        assert (tmp_path / "spec.yaml").stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old)


@pytest.fixture
def project(tmp_path):
    """A private copy of templates/, schema/ and one spec, so a test may edit a template."""
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / GZ)
    return tmp_path


def _build(project, force=False):
    roots = Roots(project / "templates", project / "schema")
    return Builder(project / "out", ["docx", "html"], roots, force=force).build([str(project / "specs" / GZ)])[0]


def test_an_unchanged_spec_is_skipped_and_a_changed_input_is_rebuilt(project):
    first = _build(project)
    assert not first.skipped and len(first.outputs) == 2
    assert _build(project).skipped
    html = project / "templates" / "guangzhou" / "form.html"
    html.write_text(html.read_text(encoding="utf-8").replace("<h1>", "<h1 class='t'>"), encoding="utf-8")
    rebuilt = _build(project)
    assert not rebuilt.skipped and "class='t'" in rebuilt.outputs[1].read_text(encoding="utf-8")
    spec = project / "specs" / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("basic: 610.85", "basic: 610.85 "), encoding="utf-8")
    assert not _build(project).skipped
    assert _build(project, force=True).skipped is False


def test_a_change_to_jixiaos_own_code_rebuilds_every_spec(project, monkeypatch):
    """After `git pull` of jixiao (same version number), forms were skipped as current though the code that
    renders them had changed: the manifest keyed on the version alone."""
    from generator import manifest

    assert not _build(project).skipped and _build(project).skipped
    monkeypatch.setattr(manifest, "code_hash", lambda: "another checkout of jixiao")
    assert not _build(project).skipped


def test_another_forms_schema_added_or_changed_rebuilds_no_spec_but_a_shared_one_does(project):
    """A unit adding its own form (a schema copied from another) had every spec of every form rebuilt:
    the key hashed every schema file of every folder, not the ones the spec's form refers to."""
    assert not _build(project).skipped and _build(project).skipped
    schemas = project / "schema"
    shutil.copy(schemas / "jiangsu.schema.json", schemas / "moushi.schema.json")
    shutil.copytree(project / "templates" / "jiangsu", project / "templates" / "moushi")
    for name in ("jiangsu.schema.json", "defs.schema.json"):
        assert _build(project).skipped
        edited = schemas / name
        edited.write_text(edited.read_text(encoding="utf-8").replace('"title"', '"title" ', 1), encoding="utf-8")
    assert not _build(project).skipped  # the definitions its form refers to


def test_a_file_no_template_reads_rebuilds_no_spec_but_a_template_pulled_in_does(project):
    """Every file in a form's folder was an input: a note.txt or an editor's backup beside form.html rebuilt every
    spec of the form. The inputs are the files serve watches (`form_inputs`): the form's own, and what its
    templates pull in, a shared macro file too."""
    assert not _build(project).skipped and _build(project).skipped
    folder = project / "templates" / "guangzhou"
    (folder / "note.txt").write_text("改表时记下的话", encoding="utf-8")
    (folder / "form.html.bak").write_text("旧稿", encoding="utf-8")
    (project / "templates" / "_shared" / "draft.html").write_text("<p>草稿</p>", encoding="utf-8")
    assert _build(project).skipped
    macros = project / "templates" / "_shared" / "macros.html"
    macros.write_text(macros.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not _build(project).skipped


def test_a_form_including_a_computed_name_is_rebuilt_for_any_file_it_may_include(project):
    """`{% include k ~ ".html" %}` names no file until rendering: every file of its folder and `_shared` counts."""
    form = project / "templates" / "guangzhou" / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + '{% set k = "part" %}{% include k ~ ".html" %}\n',
                    encoding="utf-8")
    part = project / "templates" / "guangzhou" / "part.html"
    part.write_text("<p>甲</p>", encoding="utf-8")
    assert not _build(project).skipped and _build(project).skipped
    part.write_text("<p>乙</p>", encoding="utf-8")
    assert not _build(project).skipped


def test_a_deleted_output_is_rebuilt(project):
    first = _build(project)
    first.outputs[0].unlink()
    again = _build(project)
    assert not again.skipped and again.outputs[0].exists()


def test_html_is_self_contained(project):
    html = _build(project).outputs[1].read_text(encoding="utf-8")
    assert "<style>" in html and "@page" in html and "size: A4" in html
    for external in ("<link", "<script", "src=", "url(", "@import", "http://", "https://"):
        assert external not in html


def test_an_output_that_cannot_be_written_fails_its_spec_only(tmp_path, monkeypatch):
    """As on Windows when last build's .docx is still open in Word: say so, build the rest, retry next time. The
    error is raised as Windows raises it (WinError 32 read as EACCES, naming both files); the clerk is told to
    close the form and build again, not to look for another place to write it."""
    from click.testing import CliRunner

    replace = os.replace

    def locked(source, target):
        if "广州" in str(target) and str(target).endswith(".docx"):
            raise PermissionError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。", source, 32, target)
        replace(source, target)

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(os, "replace", locked)
    out = tmp_path / "out"
    specs = [str(ROOT / "specs" / name) for name in (GZ, "jiangsu-taiban-2024.yaml")]
    result = CliRunner().invoke(main, ["build", *specs, "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert f".docx: 错误[OUTPUT-UNWRITTEN] 无法写入（由 {ROOT / 'specs' / GZ} 生成）：" in result.output
    assert "：文件可能正在 Word、WPS 等程序中打开；请关闭它后再运行 jixiao build（" in result.output, result.output
    assert "换一个位置" not in result.output and "另一个程序" not in result.output and "WinError" not in result.output
    assert "Traceback" not in result.output and "内部错误" not in result.output
    assert len(list(out.glob("*江苏*"))) == 2 and not list(out.glob("*.tmp"))
    monkeypatch.setattr(os, "replace", replace)
    again = CliRunner().invoke(main, ["build", *specs, "--out", str(out), "--jobs", "1"])
    assert again.exit_code == 0 and "1 个规格未改动，已跳过" in again.output
    assert len(list(out.glob("*广州*"))) == 2


@pytest.mark.parametrize("step", ["replace", "mkstemp"])
def test_an_output_path_too_long_for_windows_is_said_to_be_too_long_not_missing(tmp_path, monkeypatch, step):
    """Windows refuses a path of 260 characters or more (long paths off, as they are by default) with WinError 3
    or 206, which Python reads as ENOENT: a build into a deep folder said 不存在；请检查路径 of a folder that was
    there. The rename is refused, or the temporary file beside the target (then blamed on the folder)."""
    from click.testing import CliRunner

    import generator.write as write

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    deep = tmp_path.joinpath(*["某单位财务科2026年预算绩效目标申报材料"] * 10)
    assert len(str(deep)) + 60 > 260

    def refused(source, target):
        raise FileNotFoundError(errno.ENOENT, "文件名或扩展名太长。", source, 206, target)

    def unmade(*args, **kwargs):
        raise FileNotFoundError(errno.ENOENT, "系统找不到指定的路径。", "x", 3)

    if step == "replace":
        monkeypatch.setattr(os, "replace", refused)
    else:
        monkeypatch.setattr(write.tempfile, "mkstemp", unmade)
    result = CliRunner().invoke(main, ["build", str(ROOT / "specs" / GZ), "--out", str(deep), "--format", "docx"])
    assert result.exit_code == 1, result.output
    assert ".docx: 错误[OUTPUT-UNWRITTEN] 无法写入" in result.output, result.output
    assert "：路径太长（" in result.output and "个字符，Windows 的路径最多 259 个字符）；请用 -o" in result.output
    assert "不存在" not in result.output and not list(deep.glob(".jixiao-*.tmp")), result.output


@pytest.mark.parametrize("windows, folder", [(True, "out"), (False, "某单位财务科2026年预算绩效目标申报材料/" * 14)])
def test_a_folder_not_found_is_said_to_be_missing_unless_windows_refused_a_long_path(monkeypatch, windows, folder):
    """Only Windows (long paths off) says ENOENT of a path too long: a short one not found there, and one however
    long on Linux or macOS (which say ENAMETOOLONG of a path too long), is a folder gone, e.g. removed mid-build."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", windows)
    problem = unwritten("s.yaml", Path(folder) / "a.docx", FileNotFoundError(errno.ENOENT, "No such file or directory"))
    assert problem.message == "无法写入（由 s.yaml 生成）：不存在；请检查路径", problem.message


def test_an_output_folder_too_long_to_make_is_named_as_the_folder_not_the_record(tmp_path, monkeypatch):
    """Windows refuses to make a folder past its limit with ENOENT; the build's record saved last then failed as
    无法读写 …\\.jixiao-manifest.json (on Linux, a path past 4096 bytes) or as 不存在 of the folder: the clerk
    never saw that file, and was not told --out was what to shorten."""
    from click.testing import CliRunner

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    deep = tmp_path.joinpath(*["某单位财务科2026年预算绩效目标申报材料"] * 12)
    made = Path.mkdir

    def unmade(self, *args, **kwargs):
        if str(self).startswith(str(deep)):
            raise FileNotFoundError(errno.ENOENT, "系统找不到指定的路径。", str(self))
        made(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", unmade)
    result = CliRunner().invoke(main, ["build", str(ROOT / "specs" / GZ), "--out", str(deep), "--format", "html"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.output.startswith(f"错误：无法写入输出文件夹 {deep}：路径太长（"), result.output
    assert "个字符，Windows 的路径最多 259 个字符）；请用 -o 把表写到浅一些的文件夹" in result.output, result.output
    assert FILE_NAME not in result.output and "不存在" not in result.output, result.output


def _record_on_a_full_disk(path, data, **kwargs):
    """atomic_write, but build's record (.jixiao-manifest.json) fails as on a full disk; the forms are written."""
    if Path(path).name == FILE_NAME:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))
    return atomic_write(path, data, **kwargs)


@pytest.mark.parametrize("before, after", [
    (False, "下次运行 jixiao build 会把它们全部重新生成"),
    (True, "下次运行 jixiao build 会重新写出它们并保存记录（在那之前改过的规格，它这次的表会改名为“（修改过）”留下）")],
    ids=["first build", "record before"])
def test_a_record_unsaved_on_a_full_disk_says_the_forms_are_written_and_what_the_next_build_does(
        tmp_path, monkeypatch, before, after):
    """The build's record failing on a full disk was 无法读写 out/.jixiao-manifest.json, a file the clerk never
    sees, and said nothing of the forms already written, which the next build, finding the older record, renames
    （修改过） as changed by hand."""
    from click.testing import CliRunner

    from generator import manifest

    spec = tmp_path / GZ
    shutil.copy(ROOT / "specs" / GZ, spec)
    args = ["build", str(spec), "--out", str(tmp_path / "out"), "--format", "html"]
    if before:
        assert CliRunner().invoke(main, args).exit_code == 0
        spec.write_text(spec.read_text(encoding="utf-8").replace("积极推动", "推动", 1), encoding="utf-8")

    monkeypatch.setattr(manifest, "atomic_write", _record_on_a_full_disk)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"错误：{tmp_path / 'out'} 里这次生成的 1 个文件（如 广州市台湾同胞联谊会2023年"), result.output
    assert "已经写好" in result.output and "（磁盘空间不足；请清理出空间后重试，或换一个磁盘）" in result.output, result.output
    assert result.output.rstrip().endswith(after) and FILE_NAME not in result.output, result.output


def test_forms_written_when_the_record_was_not_saved_are_written_over_by_the_next_build_not_set_aside(
        tmp_path, monkeypatch):
    """After a build whose record was not saved (a full disk), the next build found the forms differing from the
    older record and renamed each （修改过） as changed by hand, though it held the very bytes it was writing again."""
    from click.testing import CliRunner

    from generator import manifest

    spec = tmp_path / GZ
    shutil.copy(ROOT / "specs" / GZ, spec)
    out = tmp_path / "out"
    args = ["build", str(spec), "--out", str(out)]
    assert CliRunner().invoke(main, args).exit_code == 0
    spec.write_text(spec.read_text(encoding="utf-8").replace("积极推动", "推动", 1), encoding="utf-8")

    with monkeypatch.context() as patched:
        patched.setattr(manifest, "atomic_write", _record_on_a_full_disk)
        assert CliRunner().invoke(main, args).exit_code == 1
    forms = sorted(path.name for path in out.iterdir() if not path.name.startswith("."))
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "修改过" not in again.output, again.output
    assert sorted(path.name for path in out.iterdir() if not path.name.startswith(".")) == forms, sorted(out.iterdir())
    assert len(forms) == 2, forms
    assert CliRunner().invoke(main, args).output.endswith("已跳过；1 个警告。\n")  # its SCHEMA-LINE, said again


@pytest.mark.parametrize("enabled, winerror, said", [
    (True, 3, "不存在；请检查路径"),  # long paths on: a long path not found is missing
    (True, 206, "文件名或路径太长；请用 -o"),  # Windows' own word for a name too long: one folder's name, when long paths are on
    (False, 3, "路径太长（"),  # long paths off: past the limit, no path is found
])
def test_a_long_path_not_found_is_called_too_long_only_where_windows_takes_no_longer_path(monkeypatch, enabled,
                                                                                           winerror, said):
    """With LongPathsEnabled on, Windows takes a path past 260 characters, and one it does not find is missing:
    called too long, the clerk shortened a path that was only mistyped."""
    from generator import long_paths

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(long_paths, "long_paths_enabled", lambda: enabled)
    exc = FileNotFoundError(errno.ENOENT, "系统找不到指定的路径。")
    exc.winerror = winerror  # set on Windows alone by the constructor
    problem = unwritten("s.yaml", Path("某单位财务科2026年预算绩效目标申报材料/" * 14) / "a.docx", exc)
    assert problem.message.startswith(f"无法写入（由 s.yaml 生成）：{said}"), problem.message


@pytest.mark.parametrize("length, refused", [(259, False), (260, True)])
def test_windows_refuses_a_path_of_260_characters_its_closing_nul_included(monkeypatch, length, refused):
    """MAX_PATH counts the NUL that ends a path: 259 characters are taken, and 260 said not found are too long."""
    from generator import long_paths

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(long_paths, "long_paths_enabled", lambda: False)
    assert long_paths.too_long(FileNotFoundError(errno.ENOENT, "系统找不到指定的路径。"), length) is refused


def test_a_name_too_long_on_windows_is_said_in_its_own_words_not_counted_against_the_path_limit(monkeypatch):
    """ENAMETOOLONG says itself what is too long (one folder's name may be, in a short path): no length is put to it,
    which would tell the clerk a path of a few characters passed Windows' 259."""
    from generator import long_paths
    from generator.errors import os_reason

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(long_paths, "long_paths_enabled", lambda: False)
    exc = OSError(errno.ENAMETOOLONG, "File name too long", "specs/长.yaml")
    assert long_paths.refused_length(exc) is None
    assert os_reason(exc, reading=True) == "文件名或路径太长；请检查路径，或把文件移到浅一些的文件夹、改用短一些的名字"


@pytest.mark.parametrize("windows, example", [(True, "-o D:\\绩效输出"), (False, "-o ~/绩效输出")])
def test_an_output_path_too_long_is_shortened_by_a_folder_of_the_clerk_s_system(monkeypatch, windows, example):
    """Linux and macOS refuse a name too long as well (ENAMETOOLONG), and were shown Windows' D:\\ as the folder."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", windows)
    problem = unwritten("s.yaml", Path("out") / "a.docx", OSError(errno.ENAMETOOLONG, "File name too long"))
    assert f"；请用 -o 把表写到浅一些的文件夹（如 {example}）" in problem.message, problem.message


@pytest.mark.parametrize("enabled, said", [
    (False, ["错误[FILE-UNREADABLE] 无法读取文件：路径太长（", "错误[IMPORT-UNREADABLE] 无法读取文件：路径太长（"]),
    (True, ["错误[FILE-NOT-FOUND]", "错误[IMPORT-NOT-FOUND] 文件不存在"]),
])
def test_a_spec_or_form_read_past_windows_limit_is_said_too_long_not_missing(tmp_path, monkeypatch, enabled, said):
    """Windows with long paths off says a path of 260 characters or more is not found: validate, fmt and new said
    文件不存在 of a spec that was there, and import of a form. Long paths on, such a path is truly missing."""
    from click.testing import CliRunner

    from generator import long_paths

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(long_paths, "long_paths_enabled", lambda: enabled)
    deep = tmp_path.joinpath(*["某单位财务科2026年预算绩效目标申报材料"] * 12)
    for command, name, words in zip(["validate", "import"], ["a.yaml", "a.docx"], said):
        result = CliRunner().invoke(main, [command, str(deep / name)])
        assert result.exit_code == 1 and f"{deep / name}: {words}" in result.output, result.output
        assert ("个字符，Windows 的路径最多 259 个字符）；请检查路径，或把文件移到浅一些的文件夹、改用短一些的名字"
                in result.output) is not enabled, result.output


@pytest.mark.parametrize("enabled", [False, True])
def test_diff_of_a_spec_past_windows_limit_is_said_too_long_not_missing(tmp_path, monkeypatch, enabled):
    """`jixiao diff` of a path of 260 characters or more, long paths off, said 文件或文件夹不存在 (exists() raises
    nothing to tell the length by): load decides it by long_paths, and diff now by the same."""
    from click.testing import CliRunner

    from generator import long_paths

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(long_paths, "long_paths_enabled", lambda: enabled)
    deep = tmp_path.joinpath(*["某单位财务科2026年预算绩效目标申报材料"] * 12)
    result = CliRunner().invoke(main, ["diff", str(deep / "a.yaml"), str(deep / "b.yaml")])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    too_long = f"{deep / 'a.yaml'}：路径太长（"
    assert (too_long in result.output) is not enabled and ("不存在" in result.output) is enabled, result.output
    assert ("个字符，Windows 的路径最多 259 个字符）；请检查路径，或把文件移到浅一些的文件夹、改用短一些的名字"
            in result.output) is not enabled, result.output


@pytest.mark.parametrize(
    "exc, words",
    [
        (subprocess.CalledProcessError(1, "soffice", stderr=b"warn\nError: source file could not be loaded\n"),
         "LibreOffice 转换 PDF 失败（Error: source file could not be loaded）"),
        (subprocess.TimeoutExpired("soffice", 180), "LibreOffice 转换 PDF 超时"),
        (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足"),
        (OSError(errno.EROFS, "Read-only file system"), "所在的磁盘或文件夹是只读的"),
        (PermissionError(errno.EACCES, "Permission denied"), "正在 PDF 阅读器、WPS 等程序中打开；请关闭它后再运行 jixiao build"),
        (OSError(errno.EBUSY, "Device or resource busy"), "正在 PDF 阅读器、WPS 等程序中打开；请关闭它后再运行 jixiao build"),
        (OSError(errno.EXDEV, "Invalid cross-device link"), "Invalid cross-device link"),  # rare: the system's words
    ],
)
def test_why_an_output_was_not_written_is_said_in_chinese(exc, words, monkeypatch):
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    problem = unwritten("s.yaml", Path("out/a.pdf"), exc)
    assert problem.code == "OUTPUT-UNWRITTEN" and problem.is_error
    assert problem.file == str(Path("out/a.pdf")) and problem.line == 0  # the file, not a line of the spec
    assert problem.message.startswith("无法写入（由 s.yaml 生成）：") and words in problem.message


@pytest.mark.parametrize("errno_", [errno.EACCES, errno.EPERM])
def test_a_refused_output_on_linux_or_macos_blames_permissions_not_word(errno_, monkeypatch):
    """Linux and macOS replace a file whatever program has it open: a refusal there is the file's permissions (a
    sticky shared folder, a file locked in Finder), and 文件可能正在 Word、WPS 等程序中打开 sent the clerk to
    close a program that held nothing."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    problem = unwritten("s.yaml", Path("out/a.docx"), PermissionError(errno_, "Permission denied"))
    assert problem.message == "无法写入（由 s.yaml 生成）：没有权限；请检查你对这个文件和它所在文件夹的权限", problem.message


@pytest.mark.parametrize("windows", [True, False])
@pytest.mark.parametrize("errno_", [errno.EACCES, errno.EPERM])
def test_a_spec_refused_for_reading_blames_neither_word_nor_its_place(runner, tmp_path, monkeypatch, windows, errno_):
    """Reading a spec refused on Windows said 没有权限，或文件正在 Word、WPS 等程序中打开；请关闭它或换一个位置, the words
    for a form being written: Word has no hold on a .yaml, and a spec is read where it is. A read says what a read
    needs, on Windows and elsewhere."""
    import generator.spec_files as spec_files  # capped_bytes opens a spec for load

    def refused(path, *_):
        raise PermissionError(errno_, "Permission denied", str(path))

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", windows)
    monkeypatch.setattr(spec_files, "open", refused, raising=False)
    spec = tmp_path / "x.yaml"
    spec.write_text("year: 2024\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1, result.output
    said = result.output.splitlines()[0]
    assert said.startswith(f"{spec}: 错误[FILE-UNREADABLE] 无法读取文件：没有"), said
    assert "权限" in said and "Word" not in said and "换一个位置" not in said, said


def test_a_read_and_a_write_refused_on_windows_are_said_apart(monkeypatch):
    """The one place that words an OSError says a refused write as a file open in Word (another place to write it is
    a way out), a refused read as permissions or a program holding it, a folder written to as the folder's."""
    from generator.errors import FolderUnwritable, os_problem, os_reason

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    refused = PermissionError(errno.EACCES, "拒绝访问。", "specs/x.yaml")
    assert "Word、WPS" in os_reason(refused) and "换一个位置" in os_reason(refused)
    assert os_reason(refused, reading=True) == os_reason(refused, True)
    assert "Word" not in os_reason(refused, reading=True) and "位置" not in os_reason(refused, reading=True)
    assert os_problem(refused, reading=True).startswith(f"无法读取 {Path('specs/x.yaml')}：没有读取它的权限")
    assert os_problem(refused).startswith(f"无法读写 {Path('specs/x.yaml')}：没有权限，或文件正在 Word")
    folder = FolderUnwritable(errno.EACCES, "拒绝访问。", "out")
    assert os_reason(folder, reading=True) == os_reason(folder) == "没有在这个文件夹里写文件的权限；请换一个文件夹"


@pytest.mark.parametrize("exc, reading, said", [
    (OSError(errno.ENOSPC, "No space left on device", "out/a.docx"), False,
     f"无法读写 {Path('out/a.docx')}：磁盘空间不足；请清理出空间后重试，或换一个磁盘"),
    (OSError(errno.ENAMETOOLONG, "File name too long", "out/长.docx"), False,
     f"无法读写 {Path('out/长.docx')}：文件名或路径太长；请用短一些的名字，或换一个浅一些的文件夹"),
    (OSError(errno.ENAMETOOLONG, "File name too long", "specs/长.yaml"), True,
     f"无法读取 {Path('specs/长.yaml')}：文件名或路径太长；请检查路径，或把文件移到浅一些的文件夹、改用短一些的名字"),
    (OSError(errno.EISDIR, "Is a directory", "specs/x.yaml"), False,
     f"无法读写 {Path('specs/x.yaml')}：这是一个文件夹，不是文件；请换一个文件名，或移走这个文件夹"),
    (OSError(errno.EISDIR, "Is a directory", "specs/x.yaml"), True,
     f"无法读取 {Path('specs/x.yaml')}：这是一个文件夹，不是文件；请给出文件的路径"),
])
def test_a_file_error_says_the_file_and_what_to_do(exc, reading, said):
    """磁盘空间不足 and 文件名或路径太长 alone left the clerk to guess the way out; a name too long to read is not
    shortened by writing it elsewhere, a folder read as a file by renaming anything."""
    from generator.errors import os_problem

    assert os_problem(exc, reading=reading) == said


def test_an_output_folder_that_is_a_file_says_what_to_do(runner, tmp_path):
    """A file where the output's folder is to be (or one of the folders above it) was said to be in the way, with
    nothing to do about it."""
    (tmp_path / "out").write_text("", encoding="utf-8")
    beneath = runner.invoke(main, ["build", str(ROOT / "specs" / GZ), "--out", str(tmp_path / "out" / "sub")])
    assert beneath.exit_code == 1, beneath.output
    assert beneath.output == (f"错误：无法读写 {tmp_path / 'out' / 'sub'}：路径中有一段是文件而不是文件夹；"
                              "请检查路径，或换一个文件夹\n"), beneath.output
    made = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025",
                                "-o", str(tmp_path / "out" / "x.yaml")])
    assert made.exit_code == 1, made.output
    assert made.output == (f"错误：无法读写 {tmp_path / 'out'}：已经有同名的文件，不能当作文件夹使用；"
                           "请换一个文件夹名，或移走这个文件\n"), made.output


def _docx_of(*paragraphs: str) -> bytes:
    """A Word package whose body is these paragraphs' text, each one run, escaped as Word writes it."""
    from xml.sax.saxutils import escape

    runs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for text in paragraphs)
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as docx:
        docx.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                                           f'2006/main"><w:body>{runs}</w:body></w:document>')
    return package.getvalue()


@pytest.mark.parametrize("characters, large", [(3000, False), (210_000, True)])
def test_a_pdf_timing_out_on_a_very_long_form_says_so(characters, large):
    """`build --format pdf` of a 210000-character form ran two and a half minutes, then said 请稍后重试: retrying
    waited as long again. A form far longer than any is named as the likely cause, with what ends it."""
    docx = _docx_of("目" * characters, "标")
    problem = unwritten("s.yaml", Path("out/a.pdf"), subprocess.TimeoutExpired("soffice", 180), docx)
    assert ("请稍后重试" not in problem.message) is large, problem.message
    assert (f"这份表有 {characters + 1} 个字" in problem.message and "请删减过长的文字" in problem.message) is large
    assert ("A14 会指出是哪一栏" in problem.message) is large


def test_a_long_form_of_short_fields_is_not_sent_to_a14():
    """Many fields each under A14's limit were told "A14 会指出是哪一栏", where lint says nothing; `&amp;` was counted
    as five characters, the XML rather than the text."""
    docx = _docx_of(*["目&标" * 500] * 40)
    problem = unwritten("s.yaml", Path("out/a.pdf"), subprocess.TimeoutExpired("soffice", 180), docx)
    assert "这份表有 60000 个字" in problem.message and "A14" not in problem.message, problem.message


@pytest.mark.parametrize("rules, length, named", [
    ("A14: {max_chars: 1000}", 2000, True),  # under the default 3000, over the project's limit: lint finds it
    ("A14: {max_chars: 10000}", 5000, False),  # over the default, under the project's: lint says nothing
    ("A14: false", 5000, False),
])
def test_a_timed_out_pdf_sends_the_clerk_to_a14_by_the_projects_limit(runner, spec, tmp_path, monkeypatch, rules, length,
                                                                       named):
    """The advice named A14 by the rule's default 3000, whatever jixiao.yaml set: a project that raised the limit
    or turned A14 off was sent to a lint that found nothing, and one that lowered it was not sent at all."""
    from generator import pdf

    def timed_out(documents, write=None):
        for _, target in documents:
            yield target, subprocess.TimeoutExpired("soffice", 180)

    monkeypatch.setattr(pdf, "soffice", lambda: "soffice")
    monkeypatch.setattr(pdf, "docx_to_pdf", timed_out)
    monkeypatch.setattr(pdf, "LARGE_DOCUMENT", 1000)  # what is at stake is A14's limit, not how long a form is
    (tmp_path / "jixiao.yaml").write_text(f"lint:\n  rules:\n    {rules}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = spec.read_text(encoding="utf-8")
    start = text.index("overall_target: ") + len("overall_target: ")
    spec.write_text(text[:start] + "目" * length + text[text.index("\n", start):], encoding="utf-8")
    result = _cli(runner, spec, tmp_path / "out", "--format", "pdf")
    assert result.exit_code == 1 and "LibreOffice 转换 PDF 超时：这份表有" in result.output, result.output
    assert ("jixiao lint 的 A14 会指出是哪一栏" in result.output) is named, result.output


def test_a_timed_out_pdf_with_settings_unreadable_now_falls_back_to_a14s_default(tmp_path):
    """Settings broken since the build began (or handed in unchecked) give the rule's own limit: advice on one
    error must not raise another."""
    builder = Builder(tmp_path / "out", ["docx", "pdf"], lint_rules={"A14": {"max_chars": "很多"}, "Z9": False})
    assert builder._a14("guangzhou") is None and builder._a14("no-such-form") is None
    docx = _docx_of("目" * 31_000)
    problem = unwritten("s.yaml", Path("out/a.pdf"), subprocess.TimeoutExpired("soffice", 180), docx, builder._a14("guangzhou"))
    assert "A14 会指出是哪一栏" in problem.message, problem.message


def test_a_folder_in_the_way_of_the_docx_fails_its_spec_at_that_path_and_the_html_is_written(runner, spec, tmp_path):
    """Before, the error was placed at the spec's line 1 and the HTML, which nothing blocked, was not written."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out, "--format", "html").exit_code == 0
    blocked = out / f"{next(out.glob('*.html')).stem}.docx"
    blocked.mkdir()
    result = _cli(runner, spec, out, "--force")
    assert result.exit_code == 1
    assert f"{blocked}: 错误[OUTPUT-UNWRITTEN] 无法写入（由 {spec} 生成）：这是一个文件夹" in result.output, result.output
    assert f"已生成 {blocked.with_suffix('.html')}" in result.output
    assert "生成 1 个文件，1 个规格因错误只生成了部分文件；1 个错误" in result.output  # not "…有错误未生成"


def test_a_folder_that_takes_no_file_is_named_without_the_advice_to_close_word(tmp_path, monkeypatch):
    """The message named the temporary file (`/sys/kernel/.jixiao-qiic0edo.tmp`) and said to close Word."""
    import tempfile

    from generator.errors import os_problem

    def refused(*_args, dir, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(Path(dir, ".jixiao-qiic0edo.tmp")))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(OSError) as stopped:
        atomic_write(tmp_path / "a.docx", b"x")
    assert os_problem(stopped.value) == f"无法读写 {tmp_path}：没有在这个文件夹里写文件的权限；请换一个文件夹"


def test_an_output_folder_that_cannot_be_made_is_named_without_the_advice_to_close_word(runner, tmp_path, monkeypatch):
    """`build --out` under a read-only folder said 没有权限，或文件正在 Word、WPS 等程序中打开."""
    out = tmp_path / "read-only" / "out"
    make = Path.mkdir

    def refused(folder, *args, **kwargs):
        if folder == out:
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))
        return make(folder, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", refused)
    result = runner.invoke(main, ["build", str(ROOT / "specs" / GZ), "--out", str(out)])
    assert result.exit_code == 1, result.output
    assert f"无法读写 {out}：没有在这个文件夹里写文件的权限；请换一个文件夹" in result.output
    assert "Word" not in result.output


@pytest.mark.parametrize("command", [
    ["build", str(ROOT / "specs" / GZ), "--out", "{file}/out"],
    ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025", "-o", "{file}/new.yaml"],
    ["import", "{docx}", "-o", "{file}/imported.yaml"],
])
def test_a_path_through_a_file_is_a_located_chinese_error_not_an_internal_one(runner, tmp_path, command):
    """An output path the user gave that cannot be made (a file where a folder should be) says which
    and why, exit 1; before, exit 4 and Python's English errno text."""
    blocker = tmp_path / "afile"
    blocker.write_text("", encoding="utf-8")
    docx = _a_docx(runner, tmp_path)
    result = runner.invoke(main, [part.format(file=blocker, docx=docx) for part in command])
    assert result.exit_code == 1, result.output
    assert f"无法读写 {blocker}" in result.output and "内部错误" not in result.output
    assert "路径中有一段是文件而不是文件夹" in result.output or "已经有同名的文件，不能当作文件夹使用" in result.output


def _a_docx(runner, tmp_path) -> Path:
    runner.invoke(main, ["build", str(ROOT / "specs" / GZ), "--out", str(tmp_path / "built"), "--format", "docx"])
    return next((tmp_path / "built").glob("*.docx"))


def test_a_very_long_unit_name_still_makes_a_file_the_filesystem_takes(runner, tmp_path):
    """Names were cut at 120 characters, but a Chinese character is three bytes and filesystems take 255."""
    spec = tmp_path / "long.yaml"
    spec.write_text((ROOT / "specs" / GZ).read_text(encoding="utf-8")
                    .replace("unit: 广州市台湾同胞联谊会", "unit: " + "广州市台湾同胞联谊会" * 10), encoding="utf-8")
    result = runner.invoke(main, ["build", str(spec), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    names = [p.name for p in (tmp_path / "out").glob("*.docx")]
    assert len(names) == 1 and names[0].startswith("广州市台湾同胞联谊会") and len(names[0].encode()) <= 255
    # The year and the form's name stay (cut at the end, two years of one unit got one name), and it is said.
    assert names[0].endswith("联谊会2023年部门整体预算绩效目标申报表.docx") and "…" in names[0]
    assert f"警告[BUILD-NAME-SHORTENED] 表名“{'广州市台湾同胞联谊会' * 10}2023年" in result.output
    assert f"文件名缩短为“{names[0][:-5]}”" in result.output


def test_two_specs_for_the_same_form_both_build_and_the_second_is_pointed_out(runner, tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(ROOT / "specs" / GZ, specs / name)
    result = runner.invoke(main, ["build", str(specs), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    stems = sorted(p.stem for p in (tmp_path / "out").glob("*.docx"))
    assert len(stems) == 2 and stems[1] == f"{stems[0]}（b）"
    warning = f"{specs / 'b.yaml'}:4:7: 警告[BUILD-NAME-TAKEN] 生成的表名与 {specs / 'a.yaml'} 的相同"
    assert warning in result.output and f"这一份写成了“{stems[1]}”" in result.output


def _stems(out: Path) -> dict[str, str]:
    """The Word files' names in `out`, by the spec the manifest records each for (the spec's file name)."""
    recorded = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))["files"]
    return {Path(spec).name: Path(name).stem for spec, names in recorded.items() for name in names
            if name.endswith(".docx")}


@pytest.mark.parametrize("copy, label", [(f"{GZ[:-5]} copy.yaml", "guangzhou-tailian-copy"),
                                         (f"{GZ[:-5]} - 副本.yaml", "guangzhou-tailian-副本"),
                                         (f"复件 {GZ}", "复件-guangzhou-tailian")])
def test_a_stray_copy_of_a_spec_gets_a_label_and_the_original_keeps_the_plain_name(runner, tmp_path, copy, label):
    """" copy" sorts before ".yaml", so the original was written as `…-2`, and that was the form submitted."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    for name in (GZ, copy):
        shutil.copy(ROOT / "specs" / GZ, specs / name)
    result = runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    stems = _stems(out)
    assert stems[copy] == f"{stems[GZ]}（{label}）", stems
    assert f"{specs / copy}:4:7: 警告[BUILD-NAME-TAKEN] 生成的表名与 {specs / GZ} 的相同" in result.output
    assert "（原名留给它，因为那一份不计扩展名的文件名较短）" in result.output


@pytest.mark.parametrize("aside", ["drafts", "草稿", "2026修改稿", "old-2025", "旧稿"])
def test_a_spec_in_a_drafts_folder_gets_the_label_whatever_its_file_name(runner, tmp_path, aside):
    """By the shorter file name first, specs/drafts/g.yaml took the plain name and the spec under specs/2026/, the one
    submitted, was written as `-2`; and validate names the draft alike, by the same rank (name_clashes)."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    real, draft = specs / "2026" / GZ, specs / aside / "g.yaml"
    for spec in (real, draft):
        spec.parent.mkdir(parents=True)
        shutil.copy(ROOT / "specs" / GZ, spec)
    result = runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert _stems(out)["g.yaml"] == f"{_stems(out)[GZ]}（g）"
    assert f"{draft}:4:7: 警告[BUILD-NAME-TAKEN] 生成的表名与 {real} 的相同" in result.output
    assert "（原名留给它，因为那一份不在草稿、副本这样的文件夹里）" in result.output
    assert f"{draft}:4:7: 警告[SPEC-NAME-TAKEN] 单位、年度和表样都与 {real} 的一样" in runner.invoke(main, ["validate", str(specs)]).output


def test_build_after_validate_in_ci_says_a_clash_once_and_validates_each_spec_once(runner, tmp_path, monkeypatch):
    """In CI validate's step said SPEC-NAME-TAKEN, and `build --leave-to-validate` said the same clash again as
    BUILD-NAME-TAKEN; and it validated every spec with a problem a second time to learn which were validate's."""
    from generator.validate import Validator

    specs = tmp_path / "specs"
    both = [specs / "2026" / GZ, specs / "drafts" / "g.yaml"]
    for spec in both:
        spec.parent.mkdir(parents=True)
        shutil.copy(ROOT / "specs" / GZ, spec)
    validated = json.loads(runner.invoke(main, ["validate", "--format", "json", str(specs)]).output)
    assert "SPEC-NAME-TAKEN" in {p["code"] for p in validated["problems"]}
    checked = []
    check_file = Validator.check_file
    monkeypatch.setattr(Validator, "check_file", lambda self, path: checked.append(path) or check_file(self, path))
    result = runner.invoke(main, ["build", "--leave-to-validate", "--jobs", "1", str(specs), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "NAME-TAKEN" not in result.output, result.output
    assert f"（不含规格检查 jixiao validate 报告的 {len(validated['problems'])} 个问题）" in result.output
    assert sorted(map(str, checked)) == sorted(map(str, both))  # each has a problem (SCHEMA-LINE): checked once
    assert "BUILD-NAME-TAKEN" in runner.invoke(main, ["build", str(specs), "--out", str(tmp_path / "out")]).output


def test_build_after_validate_in_ci_leaves_a_fresh_specs_unfilled_warning_to_validate(runner, tmp_path):
    """validate says a fresh spec's UNFILLED warning (Checked.unfilled, apart from its problems): `build
    --leave-to-validate` counts it as validate's (Built.validated), and does not say it a second time in the log."""
    spec = tmp_path / "gz.yaml"
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2026", "-o", str(spec)])
    assert "警告[UNFILLED]" in runner.invoke(main, ["validate", str(spec)]).output
    result = runner.invoke(main, ["build", "--leave-to-validate", str(spec), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0 and "UNFILLED" not in result.output, result.output
    assert "（不含规格检查 jixiao validate 报告的 1 个问题）" in result.output, result.output


def test_validate_names_the_labels_build_writes_for_a_third_spec_of_one_form(runner, tmp_path):
    """validate numbered a clash's specs apart from build, after the first's name: a unit spelt in another case
    (`…A` and `…a`, one file on Windows and macOS) was said to be written as the first's `…A…-2`, and build
    wrote its own `…a…-2`. One naming now (name_clashes.free_name), of each spec's own name."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    text = (ROOT / "specs" / GZ).read_text(encoding="utf-8")
    real, copied, draft = specs / "2026" / GZ, specs / "2026" / f"{GZ[:-5]} copy.yaml", specs / "drafts" / "g.yaml"
    for spec, unit in ((real, "A"), (copied, "a"), (draft, "a")):
        spec.parent.mkdir(parents=True, exist_ok=True)
        spec.write_text(text.replace("unit: 广州市台湾同胞联谊会", f"unit: 广州市台湾同胞联谊会{unit}"), encoding="utf-8")
    validated = json.loads(runner.invoke(main, ["validate", "--format", "json", str(specs)]).output)
    said = {Path(p["file"]).name: p["message"].split("这一份会写成“")[1].split("”")[0]
            for p in validated["problems"] if p["code"] == "SPEC-NAME-TAKEN"}
    assert runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1"]).exit_code == 0
    plain = _stems(out)[GZ]
    assert said == {name: stem for name, stem in _stems(out).items() if name != GZ}
    lower = plain.replace("联谊会A", "联谊会a")
    assert lower != plain and said == {copied.name: f"{lower}（guangzhou-tailian-copy）", draft.name: f"{lower}（g）"}, said


def test_a_unit_folder_whose_name_holds_a_word_of_old_is_no_drafts_folder():
    """旧 alone named units' folders as drafts (`旧城改造办`), whose spec then gave the plain name up to a copy."""
    from generator.name_clashes import aside_folders

    assert [aside_folders(Path("specs") / name) for name in ("旧城改造办", "旧稿", "2025旧版")] == [0, 1, 1]


def test_a_folder_above_the_project_named_like_drafts_counts_alike_for_every_spec(runner, tmp_path):
    """Every spec is in the folders above the project alike: in a project kept in ~/old/, the spec under drafts/
    is in one such folder more than the other, and still gets the label."""
    specs, out = tmp_path / "old" / "specs", tmp_path / "out"
    for spec in (specs / "2026" / GZ, specs / "drafts" / "g.yaml"):
        spec.parent.mkdir(parents=True)
        shutil.copy(ROOT / "specs" / GZ, spec)
    assert runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1"]).exit_code == 0
    assert _stems(out)["g.yaml"] == f"{_stems(out)[GZ]}（g）"


def test_when_the_name_is_free_again_the_next_build_writes_the_plain_name_and_removes_the_labelled(runner, tmp_path):
    """A spec written as `…-2` was skipped as current after the other one was deleted: its `-2` form stayed until
    --force, and was the one submitted."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    for name in (GZ, "gz.yaml"):  # the shorter name keeps the plain one
        shutil.copy(ROOT / "specs" / GZ, specs / name)
    build = ["build", str(specs), "--out", str(out), "--jobs", "1"]
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["gz.yaml"]
    labelled = f"{plain}（guangzhou-tailian）"
    assert _stems(out)[GZ] == labelled
    again = runner.invoke(main, build)  # both unchanged: the warning is said again, not skipped over
    assert again.exit_code == 0 and f"{specs / GZ}:4:7: 警告[BUILD-NAME-TAKEN]" in again.output
    assert _stems(out) == {"gz.yaml": plain, GZ: labelled}

    (specs / "gz.yaml").unlink()
    result = runner.invoke(main, build)
    assert result.exit_code == 0, result.output
    assert _stems(out) == {GZ: plain} and "BUILD-NAME-TAKEN" not in result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [f"{plain}.docx", f"{plain}.html"]
    assert f"已删除 {out / labelled}.docx" in result.output
    assert "已跳过" in runner.invoke(main, build).output  # and then it is current


def test_a_skipped_spec_gives_its_name_up_to_the_original_built_after_it(runner, tmp_path):
    """The copy, built alone first, held the plain name; the original added next would have got the -2."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    copy = f"{GZ[:-5]} copy.yaml"
    shutil.copy(ROOT / "specs" / GZ, specs / copy)
    build = ["build", str(specs), "--out", str(out), "--jobs", "1"]
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)[copy]
    shutil.copy(ROOT / "specs" / GZ, specs / GZ)
    result = runner.invoke(main, build)
    assert result.exit_code == 0, result.output
    assert _stems(out) == {GZ: plain, copy: f"{plain}（guangzhou-tailian-copy）"}
    assert f"{specs / copy}:4:7: 警告[BUILD-NAME-TAKEN]" in result.output
    assert "处理了 2 个规格：生成 4 个文件；" in result.output
    assert len(list(out.glob("*.docx"))) == 2


def test_a_skipped_spec_under_a_taken_name_is_warned_of_it_as_this_build_finds_it(runner, tmp_path):
    """BUILD-NAME-TAKEN is checked anew for a skipped spec (`Builder._taken`), so it is not among the warnings kept for
    it to say again (`Built.said`): kept too, the copy built alone after both was warned twice, once with the reason
    of the build of both (原名留给它) and once with this one's (这次没有生成)."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    for name in ("g.yaml", "g copy.yaml"):
        shutil.copy(ROOT / "specs" / GZ, specs / name)
    both = runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1"])
    assert both.exit_code == 0 and both.output.count("[BUILD-NAME-TAKEN]") == 1, both.output
    alone = runner.invoke(main, ["build", str(specs / "g copy.yaml"), "--out", str(out)])
    assert "1 个规格未改动，已跳过" in alone.output, alone.output
    taken = [line for line in alone.output.splitlines() if "[BUILD-NAME-TAKEN]" in line]
    assert len(taken) == 1 and "这次没有生成" in taken[0], alone.output


def _docx_text(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def _built_then_copy_edited(runner, tmp_path):
    """g.yaml and "g copy.yaml" (one form's name) built together, then the copy's text edited: the folder, the output,
    the copy, the folder's build command and the plain name g.yaml holds."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    copy = specs / "g copy.yaml"
    for spec in (specs / "g.yaml", copy):
        shutil.copy(ROOT / "specs" / GZ, spec)
    folder = ["build", str(specs), "--out", str(out), "--jobs", "1"]
    assert runner.invoke(main, folder).exit_code == 0
    plain = _stems(out)["g.yaml"]
    copy.write_text(copy.read_text(encoding="utf-8").replace("以台商沙龙为载体", "以台商茶会为载体"), encoding="utf-8")
    return specs, out, copy, folder, plain


def test_a_spec_built_alone_does_not_take_the_name_another_spec_holds(runner, tmp_path):
    """Built alone, the copy took the plain name from g.yaml (overwriting the form submitted with its own figures)
    and removed its -2; the next build of the folder skipped both, each recording the plain-named files as its own."""
    specs, out, copy, folder, plain = _built_then_copy_edited(runner, tmp_path)

    alone = runner.invoke(main, ["build", str(copy), "--out", str(out), "--jobs", "1"])
    assert alone.exit_code == 0, alone.output
    assert f"{copy}:4:7: 警告[BUILD-NAME-TAKEN] 生成的表名与 {specs / 'g.yaml'} 的相同" in alone.output
    assert _stems(out) == {"g.yaml": plain, "g copy.yaml": f"{plain}（g-copy）"}
    assert "台商茶会" not in _docx_text(out / f"{plain}.docx") and "台商茶会" in _docx_text(out / f"{plain}（g-copy）.docx")
    assert "已删除" not in alone.output

    again = runner.invoke(main, folder)
    assert again.exit_code == 0 and f"{copy}:4:7: 警告[BUILD-NAME-TAKEN]" in again.output
    assert _stems(out) == {"g.yaml": plain, "g copy.yaml": f"{plain}（g-copy）"}


def test_a_build_after_a_spec_took_another_ones_name_gives_each_file_one_spec(runner, tmp_path):
    """A manifest in which two specs both record the plain-named files (written by a build that let a spec built
    alone take the name) had both skipped as current, the plain-named form holding the copy's figures."""
    specs, out, copy, folder, plain = _built_then_copy_edited(runner, tmp_path)
    alone = tmp_path / "alone"  # the copy's forms, built alone as that build did, moved over the plain-named ones
    assert runner.invoke(main, ["build", str(copy), "--out", str(alone), "--jobs", "1"]).exit_code == 0
    written = json.loads((alone / FILE_NAME).read_text(encoding="utf-8"))
    manifest = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    for kind in ("docx", "html"):
        (out / f"{plain}（g-copy）.{kind}").unlink()
        del manifest["stamps"][f"{plain}（g-copy）.{kind}"]
        shutil.copy2(alone / f"{plain}.{kind}", out / f"{plain}.{kind}")
    manifest["files"]["../specs/g copy.yaml"] = written["files"]["../specs/g copy.yaml"]
    manifest["stamps"].update(written["stamps"])
    del manifest["suffixed"]  # such a build recorded no names due
    (out / FILE_NAME).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")

    result = runner.invoke(main, folder)
    assert result.exit_code == 0, result.output
    assert _stems(out) == {"g.yaml": plain, "g copy.yaml": f"{plain}（g-copy）"}
    assert "台商茶会" not in _docx_text(out / f"{plain}.docx") and "台商茶会" in _docx_text(out / f"{plain}（g-copy）.docx")
    assert f"{copy}:4:7: 警告[BUILD-NAME-TAKEN]" in result.output


def test_names_depend_on_the_specs_alone_and_a_rebuild_with_no_change_writes_nothing(runner, tmp_path):
    """A spec pushed off the plain name was written after all others: added third, s.yaml left xlong on -3 and
    ylonger on -2, and the next build with nothing changed swapped them, saying 已删除 …-3.docx of a file still there."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    for name in ("xlong.yaml", "ylonger.yaml"):
        shutil.copy(ROOT / "specs" / GZ, specs / name)
    build = ["build", str(specs), "--out", str(out), "--jobs", "1"]
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["xlong.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "s.yaml")
    added = runner.invoke(main, build)
    assert added.exit_code == 0, added.output
    expected = {"s.yaml": f"{plain}（s）", "xlong.yaml": plain, "ylonger.yaml": f"{plain}（ylonger）"}
    assert _stems(out) == expected
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    again = runner.invoke(main, build)
    assert again.exit_code == 0, again.output
    assert _stems(out) == expected and "已删除" not in again.output and "处理了 3 个规格：生成 0 个文件，3 个规格未改动" in again.output
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == stamps
    assert f"{specs / 'ylonger.yaml'}:4:7: 警告[BUILD-NAME-TAKEN]" in again.output  # said every time


def test_a_spec_added_with_a_shorter_file_name_leaves_the_plain_name_with_the_spec_that_has_it(runner, tmp_path):
    """Ranked by file name alone, `新.yaml` added beside `会展补助.yaml` took its plain name on the next build: the form
    the clerk had submitted was renamed `…（会展补助）` and the new project's written under its name. The name stays
    with the spec that had it while that spec exists; deleted, it goes by the rule to the next one."""
    specs, out, build = _projects(tmp_path, ["会展补助.yaml", "外贸/口岸建设项目.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["会展补助.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "新.yaml")
    added = runner.invoke(main, build)
    assert added.exit_code == 0, added.output
    assert _stems(out) == {"会展补助.yaml": plain, "口岸建设项目.yaml": f"{plain}（口岸建设项目）", "新.yaml": f"{plain}（新）"}
    assert f"这一份写成了“{plain}（新）”（原名留给它，因为那一份上次生成时就用着原名）；" in added.output, added.output
    assert "已删除" not in added.output

    (specs / "会展补助.yaml").unlink()
    gone = runner.invoke(main, build)
    assert gone.exit_code == 0, gone.output
    assert _stems(out) == {"口岸建设项目.yaml": f"{plain}（口岸建设项目）", "新.yaml": plain}


_COPIES = ["g - 副本.yaml", "g - 副本 (2).yaml", "g(1).yaml", "g（1）.yaml", "g copy 2.yaml", "g的副本.yaml",
           "Copy of g.yaml", "复件 g.yaml", "g (another copy).yaml", "g 2.yaml"]
_NOT_COPIES = ["g-2025.yaml", "g2.yaml", "g (二期).yaml", "g 2025.yaml", "g的.yaml"]


@pytest.mark.parametrize("first, is_copy", [(name, True) for name in _COPIES] + [(name, False) for name in _NOT_COPIES])
def test_a_copy_built_before_its_original_gives_the_plain_name_back_and_another_project_keeps_it(
        runner, tmp_path, first, is_copy):
    """A spec that had the plain name keeps it against a spec added since, unless that spec is its original: a copy
    named `g(1).yaml` (WeChat's, a browser's) or `g的副本.yaml` (Google Drive's) was no copy, and kept the name.
    Another project's spec (`g-2025.yaml`, `g (二期).yaml`) is no copy: `g.yaml` added beside it gets the label."""
    specs, out, build = _projects(tmp_path, [first])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)[first]
    shutil.copy(ROOT / "specs" / GZ, specs / "g.yaml")
    added = runner.invoke(main, build)
    assert added.exit_code == 0, added.output
    if is_copy:
        assert _stems(out)["g.yaml"] == plain and _stems(out)[first] != plain, added.output
    else:
        assert _stems(out) == {first: plain, "g.yaml": f"{plain}（g）"}, added.output


def test_the_spec_holding_the_plain_name_keeps_it_through_a_build_that_failed_on_its_edit(runner, tmp_path):
    """An edit that fails to build removes the spec's old forms (they hold the figures from before it), and the record
    of its files with them: ranked again by file name alone, the shorter `新.yaml` took the plain name at the next
    build, and the form submitted came back, once the error was put right, as `…（会展补助）`."""
    specs, out, build = _projects(tmp_path, ["会展补助.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["会展补助.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "新.yaml")
    assert runner.invoke(main, build).exit_code == 0
    held = specs / "会展补助.yaml"
    good = held.read_text(encoding="utf-8")
    held.write_text(good.replace("year: 2023", "year: 二〇二三"), encoding="utf-8")
    for _ in range(2):  # the build that removes its forms, and one after it, the error still there
        failed = runner.invoke(main, build)
        assert failed.exit_code == 1, failed.output
        assert _stems(out) == {"新.yaml": f"{plain}（新）"}, failed.output
    held.write_text(good, encoding="utf-8")
    mended = runner.invoke(main, build)
    assert mended.exit_code == 0, mended.output
    assert _stems(out) == {"会展补助.yaml": plain, "新.yaml": f"{plain}（新）"}


def test_a_labelled_spec_renamed_unchanged_does_not_take_the_plain_name(runner, tmp_path):
    """A renamed spec is looked for among the plain name's holders only: `新.yaml`, written `…（新）`, renamed
    `新项目.yaml` with its bytes unchanged, is no holder of the plain name gone, and its shorter file name takes
    nothing from `会展补助.yaml`, which still holds it."""
    specs, out, build = _projects(tmp_path, ["会展补助.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["会展补助.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "新.yaml")
    assert runner.invoke(main, build).exit_code == 0
    (specs / "新.yaml").rename(specs / "新项目.yaml")
    moved = runner.invoke(main, build)
    assert moved.exit_code == 0, moved.output
    assert _stems(out) == {"会展补助.yaml": plain, "新项目.yaml": f"{plain}（新项目）"}, moved.output


def test_a_spec_renamed_unchanged_keeps_the_plain_name_its_form_had(runner, tmp_path):
    """`git mv 会展补助.yaml 会展/会展补助经费.yaml` made a spec with no record: the plain name went by file name to
    `新.yaml`, and the form submitted was written as `…（会展补助经费）`. A spec with no record whose bytes are those
    a spec gone since was last built from, under the plain name, is that spec renamed; edited as well, it is a new one."""
    specs, out, build = _projects(tmp_path, ["会展补助.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["会展补助.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "新.yaml")
    assert runner.invoke(main, build).exit_code == 0
    (specs / "会展").mkdir()
    (specs / "会展补助.yaml").rename(specs / "会展" / "会展补助经费.yaml")
    moved = runner.invoke(main, build)
    assert moved.exit_code == 0, moved.output
    assert _stems(out) == {"会展补助经费.yaml": plain, "新.yaml": f"{plain}（新）"}, moved.output

    renamed = specs / "会展" / "会展补助二期.yaml"  # renamed and edited: no longer known as the spec that was built
    renamed.write_text((specs / "会展" / "会展补助经费.yaml").read_text(encoding="utf-8") + "# 二期\n", encoding="utf-8")
    (specs / "会展" / "会展补助经费.yaml").unlink()
    edited = runner.invoke(main, build)
    assert edited.exit_code == 0, edited.output
    assert _stems(out) == {"会展补助二期.yaml": f"{plain}（会展补助二期）", "新.yaml": plain}


def test_a_deleted_holder_of_the_plain_name_leaves_no_claim_to_a_new_spec_of_its_file_name(runner, tmp_path):
    """The record of which spec holds the plain name (`plain`) goes with a spec deleted: kept, it handed the name to
    any spec later made under that file name, and the form of the spec that had taken the name over, the one
    submitted since, was renamed `…（会展补助）`. A new `新.yaml` is a new spec, and `会展补助.yaml` keeps the name,
    though by file name alone the shorter `新.yaml` ranks first."""
    specs, out, build = _projects(tmp_path, ["新.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["新.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "会展补助.yaml")
    assert runner.invoke(main, build).exit_code == 0
    assert _stems(out) == {"新.yaml": plain, "会展补助.yaml": f"{plain}（会展补助）"}
    (specs / "新.yaml").unlink()
    gone = runner.invoke(main, build)
    assert gone.exit_code == 0, gone.output
    assert _stems(out) == {"会展补助.yaml": plain}

    shutil.copy(ROOT / "specs" / GZ, specs / "新.yaml")
    back = runner.invoke(main, build)
    assert back.exit_code == 0, back.output
    assert _stems(out) == {"会展补助.yaml": plain, "新.yaml": f"{plain}（新）"}, back.output


def test_a_manifest_from_before_plain_names_were_kept_leaves_the_name_with_the_spec_whose_form_bears_it(runner, tmp_path):
    """A record written before `plain` was kept says who holds the plain name by the files alone: each spec with
    forms and no label (`suffixed`). Read as every spec with forms, the labelled `新.yaml` held it too, and its
    shorter file name took it from `会展补助.yaml`, whose form, the one submitted, was renamed `…（会展补助）`."""
    specs, out, build = _projects(tmp_path, ["会展补助.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["会展补助.yaml"]
    shutil.copy(ROOT / "specs" / GZ, specs / "新.yaml")
    assert runner.invoke(main, build).exit_code == 0
    record = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    del record["plain"]
    (out / FILE_NAME).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (specs / "会展补助.yaml").write_text((specs / "会展补助.yaml").read_text(encoding="utf-8") + "# 改\n",
                                        encoding="utf-8")  # edited: built again, ranked against the record
    again = runner.invoke(main, build)
    assert again.exit_code == 0, again.output
    assert _stems(out) == {"会展补助.yaml": plain, "新.yaml": f"{plain}（新）"}, again.output
    assert "已删除" not in again.output


def test_which_spec_keeps_the_name_does_not_depend_on_how_its_path_was_typed(runner, tmp_path, monkeypatch):
    """Ties were broken on the path as typed: `b/g.yaml` sorted before `/tmp/…/a/g.yaml`."""
    monkeypatch.chdir(tmp_path)
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(ROOT / "specs" / GZ, tmp_path / folder / "g.yaml")
    outs = []
    for first, second in ((str(tmp_path / "a" / "g.yaml"), "b/g.yaml"), ("a/g.yaml", str(tmp_path / "b" / "g.yaml"))):
        out = tmp_path / f"out{len(outs)}"
        result = runner.invoke(main, ["build", first, second, "--out", str(out), "--jobs", "1"])
        assert result.exit_code == 0, result.output
        recorded = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))["files"]
        outs.append({spec: sorted(names) for spec, names in recorded.items()})
    assert outs[0] == outs[1]


def test_a_form_whose_name_changed_or_whose_spec_is_gone_is_removed_and_nothing_else(runner, tmp_path):
    """A stale .docx left beside the new one could be the file a unit submits."""

    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    for name in (GZ, "jiangsu-taiban-2024.yaml"):
        shutil.copy(ROOT / "specs" / name, specs / name)
    out.mkdir()
    (out / "说明.docx").write_bytes(b"written by a person")  # never jixiao's to remove
    assert runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1"]).exit_code == 0
    before = {p.name for p in out.iterdir() if not p.name.startswith(".")}

    spec = specs / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("unit: 广州市台湾同胞联谊会", "unit: 广州市台联"),
                    encoding="utf-8")
    result = runner.invoke(main, ["build", str(spec), "--out", str(out)])
    assert result.exit_code == 0 and result.output.count("已删除") == 2
    assert not list(out.glob("广州市台湾同胞联谊会*")) and len(list(out.glob("广州市台联*"))) == 2

    (specs / "jiangsu-taiban-2024.yaml").unlink()
    result = runner.invoke(main, ["build", str(spec), "--out", str(out)])  # the other spec is not even named
    assert result.exit_code == 0 and result.output.count("已删除") == 2
    left = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert left == {"说明.docx", *(p.name for p in out.glob("广州市台联*"))} and len(before) == 5


OLD_UNIT, NEW_UNIT = "unit: 广州市台湾同胞联谊会", "unit: 广州市台联"


@pytest.fixture
def spec(tmp_path) -> Path:
    (tmp_path / "specs").mkdir()
    return Path(shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / GZ))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _cli(runner, spec: Path, out: Path, *options: str):
    return runner.invoke(main, ["build", str(spec), "--out", str(out), "--jobs", "1", *options])


def _forms(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("record", ["files", "stamps", "suffixed"])
def test_a_manifest_with_a_record_that_is_no_mapping_is_read_as_none(runner, spec, tmp_path, record):
    """A record edited into a list was an internal error (`'list' object has no attribute 'get'`); the manifest is now
    read as unreadable ones are: its specs built again, their forms written over."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    manifest = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    (out / FILE_NAME).write_text(json.dumps({**manifest, record: ["x"]}), encoding="utf-8")
    again = _cli(runner, spec, out)
    assert again.exit_code == 0 and "已跳过" not in again.output and len(_forms(out)) == 2, again.output


@pytest.mark.parametrize("record, edit", [
    ("suffixed", lambda spec, names: {spec: 5}), ("suffixed", lambda spec, names: {spec: ["x"]}),
    ("suffixed", lambda spec, names: {spec: {}}), ("files", lambda spec, names: {spec: "x"}),
    ("set_aside_hashes", lambda spec, names: {names[0]: "x"}), ("edit_hashes", lambda spec, names: {names[0]: "x"}),
    ("edit_hashes", lambda spec, names: {names[0]: {"stamp": [1, True], "hash": "x"}})])
def test_a_manifest_with_a_value_of_another_type_is_read_as_none(runner, spec, tmp_path, record, edit):
    """`"suffixed": {"../specs/g.yaml": 5}` was `内部错误：AttributeError: 'int' object has no attribute 'casefold'` and
    `"files": {"../specs/g.yaml": "x"}` a ValueError: every value's type is checked as the manifest is read."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    manifest = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    [source] = manifest["files"]
    manifest[record] = edit(source, _forms(out))
    (out / FILE_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    again = _cli(runner, spec, out)
    assert again.exit_code == 0 and "已跳过" not in again.output and len(_forms(out)) == 2, again.output


JS = "jiangsu-taiban-2024.yaml"


def _built_with_another(runner, spec, tmp_path) -> tuple[Path, list[str]]:
    """`spec` and another spec (left to build once `spec` is deleted) built once into `out`, as HTML: the output folder
    and the build's command line, to run again after the manifest or a form is damaged."""
    shutil.copy(ROOT / "specs" / JS, spec.parent / JS)
    out = tmp_path / "out"
    build = ["build", str(spec.parent), "--out", str(out), "--jobs", "1", "--format", "html"]
    assert runner.invoke(main, build).exit_code == 0
    return out, build


@pytest.mark.parametrize("damage", [
    lambda record, source, name: record["said"][source].update(validated="x"),
    lambda record, source, name: record["said"][source].update(warnings=[["x"]]),
    lambda record, source, name: record["said"][source].pop("key"),
    lambda record, source, name: record["said"][source].update(project=5),
    lambda record, source, name: record["suffixed"].update({source: 5}),
    lambda record, source, name: record["files"].update({source: "x"}),
    lambda record, source, name: record["files"][source].update({name: 5}),
    lambda record, source, name: record["stamps"].update({name: [1, True]}),
    lambda record, source, name: record["hashes"].update({name: None})])
def test_one_damaged_record_has_only_its_spec_built_again_and_a_signed_form_of_another_kept(runner, spec, tmp_path,
                                                                                             damage):
    """One record out of its shape (a hand's or a merge's edit) had the whole manifest read as none: every spec was
    built again, and a form signed in Word since its build, no longer known as jixiao's, was written over, its
    signature lost without a word. The manifest is read record by record: the damaged record's spec is built again,
    the others are skipped, and the signed form stays as signed."""
    out, build = _built_with_another(runner, spec, tmp_path)
    record = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    [source] = [source for source in record["files"] if source.endswith(GZ)]
    [name] = record["files"][source]
    [signed] = [out / name for source, names in record["files"].items() if source.endswith(JS) for name in names]
    signed.write_bytes(signed.read_bytes() + "<p>已签字</p>".encode())
    signed_bytes = signed.read_bytes()
    damage(record, source, name)
    (out / FILE_NAME).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    again = runner.invoke(main, build)
    assert again.exit_code == 0 and f"已生成 {out / name}" in again.output, again.output
    assert "1 个规格未改动，已跳过" in again.output and f"已生成 {signed}" not in again.output, again.output
    assert signed.read_bytes() == signed_bytes and _forms(out) == sorted([name, signed.name])
    assert "2 个规格未改动，已跳过" in runner.invoke(main, build).output  # the damaged record written anew


@pytest.mark.parametrize("damage, hash_kept", [
    (lambda record, name: record["stamps"].update({name: [1, True]}), True),
    (lambda record, name: record.update(stamps=[]), True),
    (lambda record, name: (record["stamps"].update({name: "x"}), record["hashes"].update({name: 1})), False)])
@pytest.mark.parametrize("signed", [True, False])
def test_a_form_whose_stamp_record_was_damaged_is_set_aside_or_kept_when_signed(runner, spec, tmp_path, damage,
                                                                                 hash_kept, signed):
    """A file's stamp out of shape was left out, and the file taken as written by a build from before stamps were
    kept: its own spec, in doubt, was built again over the form signed in Word, and once that spec was deleted the
    signed form was deleted as an old one (read as none, the whole manifest had deleted nothing). It is as written
    only when its bytes are as recorded: a signed form is set aside, then kept when its spec is gone; an unsigned one
    is written over, no copy made, and the record mended (deleted with its spec, unless its hash was lost too)."""
    out, build = _built_with_another(runner, spec, tmp_path)
    [form] = [out / name for name in _forms(out) if name.startswith("广州")]
    if signed:
        form.write_bytes(form.read_bytes() + "<p>已签字</p>".encode())
    form_bytes = form.read_bytes()
    record = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    damage(record, form.name)
    (out / FILE_NAME).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    again = runner.invoke(main, build)
    assert again.exit_code == 0 and f"已生成 {form}" in again.output, again.output
    copies = [out / name for name in _forms(out) if name.startswith(form.stem) and name != form.name]
    assert [copy.read_bytes() for copy in copies] == ([form_bytes] if signed else []), again.output
    assert "已跳过" in runner.invoke(main, build).output  # the record mended
    (out / FILE_NAME).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    form.write_bytes(form_bytes)
    spec.unlink()
    gone = runner.invoke(main, build)
    assert gone.exit_code == 0 and form.exists() == (signed or not hash_kept), gone.output


@pytest.mark.parametrize("deleted", [False, True])
def test_a_signed_form_two_records_claim_is_set_aside_or_kept(runner, spec, tmp_path, deleted):
    """A file two specs' records claim (a merge of two manifests, or a build before specs built alone kept off other
    specs' names) lost its stamp, so both specs were built again: a form signed there was written over with nothing
    set aside, and once its spec was deleted it was deleted as an old form (given up by one record, gone with the
    other's, the second look found it no longer stamped). It is set aside, or kept and warned of."""
    out, build = _built_with_another(runner, spec, tmp_path)
    record = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    [source] = [source for source in record["files"] if source.endswith(GZ)]
    [other] = [source for source in record["files"] if source.endswith(JS)]
    [name] = record["files"][source]
    record["files"][other][name] = record["files"][source][name]
    (out / FILE_NAME).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    signed = out / name
    signed.write_bytes(signed.read_bytes() + "<p>已签字</p>".encode())
    signed_bytes = signed.read_bytes()
    if deleted:
        spec.unlink()
    again = runner.invoke(main, build)
    assert again.exit_code == 0, again.output
    if deleted:
        assert signed.read_bytes() == signed_bytes and "已删除" not in again.output, again.output
    else:
        [copy] = [out / form for form in _forms(out) if form.startswith(signed.stem) and form != name]
        assert copy.read_bytes() == signed_bytes and signed.read_bytes() != signed_bytes, again.output


def test_a_manifest_naming_a_file_outside_the_output_folder_removes_nothing_there(runner, spec, tmp_path):
    """jixiao writes a form into the output folder by its bare name; a record reaching out of it (`../specs/g.yaml`,
    a hand's edit) had the spec's next build delete that file as an outdated form."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    manifest = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    [source] = manifest["files"]
    manifest["files"][source][f"../specs/{spec.name}"] = "0:0"
    (out / FILE_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    assert _cli(runner, spec, out).exit_code == 0 and spec.is_file()


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=12)


@st.composite
def edited_manifests(draw, written: dict):
    """Any JSON value, or the manifest a build `written` with one value (or the whole) put in the place of another."""
    if draw(st.booleans()):
        return draw(JSON)
    manifest = copy.deepcopy(written)
    parent, step = None, None
    node = manifest
    while isinstance(node, (dict, list)) and node and not draw(st.booleans()):
        parent, step = node, draw(st.sampled_from(list(node) if isinstance(node, dict) else range(len(node))))
        node = node[step]
    replacement = draw(JSON)
    if parent is None:
        return replacement
    parent[step] = replacement
    return manifest


@pytest.fixture(scope="module")
def built_with_a_manifest(tmp_path_factory):
    """(spec, out, pristine): the example built once, its output folder as that build left it kept in pristine.

    Each fuzz example starts from that build: its output folder copied back at the same place, the files' times
    kept (the manifest's stamps hold them), rather than building the form again for every example."""
    folder = tmp_path_factory.mktemp("manifest")
    (folder / "specs").mkdir()
    spec = Path(shutil.copy(ROOT / "specs" / GZ, folder / "specs" / GZ))
    out = folder / "out"
    assert Builder(out, formats=("html",), jobs=1).build([str(spec)])[0].ok
    return spec, out, shutil.copytree(out, folder / "pristine")


@settings(derandomize=True, max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_json_written_as_the_manifest_never_crashes_a_build(built_with_a_manifest, data):
    """The manifest is jixiao's file in the user's folder: whatever a hand, a merge or another program left in it,
    the build reads it or reads it as none, and builds."""
    spec, out, pristine = built_with_a_manifest
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(pristine, out)
    written = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    (out / FILE_NAME).write_text(json.dumps(data.draw(edited_manifests(written))), encoding="utf-8")
    [built] = Builder(out, formats=("html",), jobs=1).build([str(spec)])
    assert built.ok and spec.is_file() and len(_forms(out)) == 1


def test_a_form_written_by_a_build_in_other_formats_is_removed_when_its_name_changes(runner, spec, tmp_path):
    """Before, a build with --format html recorded only its .html, and the .docx of the build before
    stayed, never mentioned, when the unit changed."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    _edit(spec, "basic: 610.85", "basic: 610.85 ")  # rebuilt, under the same names
    html_only = _cli(runner, spec, out, "--format", "html")
    assert html_only.exit_code == 0 and html_only.output.count("已删除过时的 ") == 1  # the .docx of the edit before
    _edit(spec, OLD_UNIT, NEW_UNIT)
    result = _cli(runner, spec, out)
    assert result.exit_code == 0 and result.output.count("已删除") == 1, result.output
    assert len(_forms(out)) == 2 and all(name.startswith("广州市台联") for name in _forms(out))


def test_a_build_that_fails_removes_the_forms_of_before_the_edit_and_says_so(runner, spec, tmp_path):
    """An amount mistyped in an edit: before, the build reported the error and left the .docx with the
    old amounts in the folder, unmentioned, for a unit to submit. The next good build writes the new ones."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    old = _forms(out)
    _edit(spec, "fiscal: 689.41", "fiscal: 679.41万元")
    failed = _cli(runner, spec, out, "-q")
    assert failed.exit_code == 1 and "AMOUNT-UNIT" in failed.output and _forms(out) == [], failed.output
    assert failed.output.count("已删除上次生成的 ") == 2 and "误交旧表" in failed.output
    assert "删除 2 个过时的文件" in failed.output
    again = _cli(runner, spec, out)  # still failing: nothing left to remove, nothing said
    assert again.exit_code == 1 and "已删除" not in again.output
    _edit(spec, "fiscal: 679.41万元", "fiscal: 689.41")
    fixed = _cli(runner, spec, out)
    assert fixed.exit_code == 0 and "已删除" not in fixed.output and _forms(out) == old, fixed.output


def _ctrl_c_before_file(monkeypatch, number: int) -> None:
    """Ctrl+C as the build is about to write its file `number` (from 1): it arrives between two files."""
    from generator import build

    written = []

    def write(path, data):
        if len(written) + 1 == number:
            raise KeyboardInterrupt
        atomic_write(path, data)
        written.append(path)

    monkeypatch.setattr(build, "atomic_write", write)


@pytest.mark.parametrize("first", [False, True], ids=["rebuild", "first-build"])
def test_forms_written_before_ctrl_c_are_removed_once_the_spec_is_put_back(runner, tmp_path, monkeypatch, first):
    """The manifest was saved only when a build finished: the forms written before Ctrl+C were no files of jixiao's.
    A unit misspelt, built and interrupted, then put back: its forms under the misspelt name stayed in the folder
    for good, and the spec, its record as before, was skipped as current beside them."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    spec = Path(shutil.copy(ROOT / "specs" / GZ, specs / GZ))
    shutil.copy(ROOT / "specs" / "tianjin-qiaolian-2023.yaml", specs)  # written first: its name is shorter

    def build():
        return runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1", "--force"])

    if not first:
        assert build().exit_code == 0
    _edit(spec, OLD_UNIT, OLD_UNIT + "错字1")
    with monkeypatch.context() as patched:
        _ctrl_c_before_file(patched, 4)  # Tianjin's two files and Guangzhou's .docx are written
        stopped = build()
    assert stopped.exit_code == 130, stopped.output
    [misspelt] = [name for name in _forms(out) if "错字1" in name]
    _edit(spec, OLD_UNIT + "错字1", OLD_UNIT)
    again = runner.invoke(main, ["build", str(specs), "--out", str(out), "--jobs", "1"])
    assert again.exit_code == 0 and f"已删除 {out / misspelt}" in again.output, again.output
    assert not [name for name in _forms(out) if "错字1" in name] and len(_forms(out)) == 4, _forms(out)


def test_ctrl_c_before_a_first_build_wrote_anything_leaves_no_output_folder(runner, spec, tmp_path, monkeypatch):
    """An interrupted build saves its record, but one that wrote nothing leaves no folder to hold it: neither the
    output folder its lock made nor the folders made above it (`parents=True` left `ci/`)."""
    _ctrl_c_before_file(monkeypatch, 1)
    assert _cli(runner, spec, tmp_path / "ci" / "out").exit_code == 130
    assert not (tmp_path / "ci").exists()


def test_a_build_that_fails_before_writing_leaves_no_folder_it_made(runner, tmp_path, monkeypatch):
    """Every spec failed, a build saved an empty record into the folder its lock had made, and the record kept it
    and the lock file there, with the folders above it. A folder that was there is left, lock file and all."""
    monkeypatch.chdir(tmp_path)
    failed = runner.invoke(main, ["build", "-o", "new/o", "nosuch.yaml"])
    assert failed.exit_code == 1 and "FILE-NOT-FOUND" in failed.output, failed.output
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "there").mkdir()
    assert runner.invoke(main, ["build", "-o", "there/o", "nosuch.yaml"]).exit_code == 1
    assert list(tmp_path.iterdir()) == [tmp_path / "there"] and list((tmp_path / "there").iterdir()) == []


KEPT = "：它在 jixiao 生成后被修改过，没有删除；但它与现在的规格不符，请勿直接上报"


def _sign_by_hand(out: Path) -> list[Path]:
    """Each form changed after jixiao wrote it, as a clerk adding a note or a signature does."""
    forms = [out / name for name in _forms(out)]
    for form in forms:
        with form.open("ab") as file:
            file.write("<p>经办人：张三</p>".encode())
    return forms


def test_a_form_changed_by_hand_is_kept_with_a_warning_when_its_spec_fails(runner, spec, tmp_path):
    """Before, a spec whose edit failed to build had its forms deleted even when the user had changed
    them by hand since, and the message called them generated from the old spec."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    forms = _sign_by_hand(out)
    _edit(spec, "basic: 610.85", "basic: 610.86")
    failed = _cli(runner, spec, out)
    assert failed.exit_code == 1 and "BUDGET-SUM" in failed.output and "已删除" not in failed.output, failed.output
    assert all(form.is_file() and form.read_bytes().endswith("经办人：张三</p>".encode()) for form in forms)
    assert all(f"警告：保留了 {form}{KEPT}" in failed.output for form in forms)
    again = _cli(runner, spec, out)  # the user's files now: not removed, but still stale forms, and said so
    assert again.exit_code == 1 and "保留了" not in again.output and all(form.is_file() for form in forms)
    assert all(f"警告：{form}{STILL_KEPT}" in again.output for form in forms), again.output


STILL_KEPT = (" 是以前保留的旧表（它在 jixiao 生成后被修改过，没有删除），与现在的规格不符，请勿直接上报；"
              "不再需要时请删除它或移出输出文件夹")


def test_a_form_kept_as_changed_by_hand_is_named_on_every_build_until_it_leaves_the_folder(runner, spec, tmp_path):
    """Warned of once, a stale form changed by hand sat among the current forms for good with nothing saying so,
    to be submitted by mistake. Its name is kept in the manifest and said on every build, skipped or not, until it
    is deleted or moved out of the folder."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    [docx, html] = [out / name for name in _forms(out)]
    docx.write_bytes(docx.read_bytes() + b" ")
    _edit(spec, "year: 2023", "year: 2024")
    assert f"警告：保留了 {docx}{KEPT}" in _cli(runner, spec, out).output
    for _ in range(2):
        skipped = _cli(runner, spec, out)
        assert "1 个规格未改动，已跳过" in skipped.output and f"警告：{docx}{STILL_KEPT}" in skipped.output, skipped.output
        # and the spec's own two (SCHEMA-LINE, and the year its file name no longer says), said again
        assert f"{html}" not in skipped.output and "；3 个警告。" in skipped.output
    docx.unlink()
    gone = _cli(runner, spec, out)
    assert "旧表" not in gone.output and gone.output.endswith("已跳过；2 个警告。\n"), gone.output
    assert json.loads((out / FILE_NAME).read_text(encoding="utf-8"))["kept"] == []


def _set_aside_said(changed: Path, copy: Path) -> str:
    return (f"警告：{changed} 在 jixiao 上次生成后被修改过，为免覆盖这些修改，已改名为 {copy.name} 留在原处；"
            f"{changed.name} 换成了按现在的规格新生成的表")


def test_a_kept_form_whose_name_comes_back_is_set_aside_not_written_over(runner, spec, tmp_path):
    """A form kept as changed by hand when the year moved on was written over once the year was put back: the
    signature added to it was lost without a word. It is renamed `…（修改过）` first, said, and named on every
    build after as the other kept forms are."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    written = {name: (out / name).read_bytes() for name in _forms(out)}
    signed = {form.name: form.read_bytes() for form in _sign_by_hand(out)}
    _edit(spec, "year: 2023", "year: 2024")
    assert _cli(runner, spec, out).output.count("警告：保留了 ") == 2
    _edit(spec, "year: 2024", "year: 2023")
    back = _cli(runner, spec, out)
    assert back.exit_code == 0, back.output
    copies = {name: out / f"{Path(name).stem}（修改过）{Path(name).suffix}" for name in written}
    assert all(copy.read_bytes() == signed[name] for name, copy in copies.items())
    assert all((out / name).read_bytes() == data for name, data in written.items())  # as the spec makes it
    assert all(_set_aside_said(out / name, copy) in back.output for name, copy in copies.items()), back.output
    assert back.output.endswith("；3 个警告。\n"), back.output  # the two forms set aside, and SCHEMA-LINE
    again = _cli(runner, spec, out)
    assert "1 个规格未改动，已跳过" in again.output, again.output
    assert _copies_left_said(*sorted(copies.values())) in again.output and "旧表" not in again.output, again.output
    assert again.output.endswith("已跳过；2 个警告。\n"), again.output  # the copies' one line, the spec's SCHEMA-LINE


def _copies_left_said(*copies: Path) -> str:
    return (f"警告：输出文件夹里还有 {len(copies)} 份重新生成时改名留下的、你修改过的旧版："
            f"{'、'.join(copy.name for copy in copies)}；请与名字里没有“（修改过）”的新表对照")


def _edited_said(*forms: Path) -> str:
    return (f"提示：以下表在 jixiao 生成后被修改过（如签名），规格和表样未改动，保留了你的修改、未重新生成："
            f"{'、'.join(form.name for form in forms)}；要重新生成请删除它们或运行 jixiao build --force\n")



def _built_and_signed(runner, spec, out):
    """The spec built into `out` and its .html then signed by hand: the form and the bytes the clerk made of it."""
    assert _cli(runner, spec, out).exit_code == 0
    html = next(out.glob("*.html"))
    signed = html.read_bytes() + "<p>经办人：张三</p>".encode()
    html.write_bytes(signed)
    return html, signed

def test_a_form_changed_by_hand_whose_inputs_did_not_change_is_left_and_said_on_every_build(runner, spec, tmp_path):
    """A form signed in Word, its spec as it was, was built again because the file had changed: the signed form was
    renamed （修改过） beside a new one with the same figures, warned of on every build after as an old form that does
    not match the spec (it does), and each signature and build added another copy. Nothing changed that the form
    shows, so it is left as signed; `--force` builds it again, setting the signed one aside. It is said on every
    build, in one line: said once, the builds after were silent about a form that may differ from its spec."""
    out = tmp_path / "out"
    html, signed = _built_and_signed(runner, spec, out)
    left = _cli(runner, spec, out)
    assert left.exit_code == 0 and _edited_said(html) in left.output, left.output
    assert "1 个规格未改动，已跳过" in left.output and "修改过）" not in "".join(_forms(out)) and html.read_bytes() == signed
    again = _cli(runner, spec, out)
    said = _edited_said(html) + "处理了 1 个规格：生成 0 个文件，1 个规格未改动，已跳过；1 个警告。\n"  # its SCHEMA-LINE
    assert again.output.endswith(said) and again.output.count("警告[SCHEMA-LINE]") == 1, again.output
    docx = next(out.glob("*.docx"))
    docx.write_bytes(docx.read_bytes() + b"\0")  # both forms changed: one line names both
    assert _edited_said(docx, html) in _cli(runner, spec, out).output  # in the order of --format
    forced = _cli(runner, spec, out, "--force")
    copy = html.with_name(f"{html.stem}（修改过）.html")
    assert _set_aside_said(html, copy) in forced.output and copy.read_bytes() == signed, forced.output
    assert "张三" not in html.read_text(encoding="utf-8")


def test_a_form_changed_by_hand_is_read_again_only_once_its_size_or_time_changes(runner, spec, tmp_path, monkeypatch):
    """Every no-op rebuild read each signed form whole to hash it (30 MB more per form: 0.37 → 0.44 s). The hash taken
    is kept with the size and time the file had, and read again only when either changes: a further edit, even one
    of the same size, is still hashed, and the form still left and said as changed."""
    from generator import manifest

    out = tmp_path / "out"
    html, signed = _built_and_signed(runner, spec, out)
    read = []
    hashed = manifest._content_hash
    monkeypatch.setattr(manifest, "_content_hash", lambda path: read.append(path.name) or hashed(path))
    first = _cli(runner, spec, out)
    assert _edited_said(html) in first.output and read == [html.name], (read, first.output)
    read.clear()
    second = _cli(runner, spec, out)
    assert _edited_said(html) in second.output and read == [], (read, second.output)
    html.write_bytes(signed.replace("张三".encode(), "李四".encode()))  # the same size, a later time
    third = _cli(runner, spec, out)
    assert _edited_said(html) in third.output and read == [html.name] and "李四" in html.read_text(encoding="utf-8")
    read.clear()
    _edit(spec, "own_level: 689.41", "own_level: 689.41  # 自有")  # its inputs changed: set aside, never written over
    rebuilt = _cli(runner, spec, out)
    copy = html.with_name(f"{html.stem}（修改过）.html")
    assert _set_aside_said(html, copy) in rebuilt.output and "李四" in copy.read_text(encoding="utf-8"), rebuilt.output
    assert json.loads((out / FILE_NAME).read_text(encoding="utf-8"))["edit_hashes"] == {}  # jixiao's bytes again


def test_an_old_copy_put_back_with_the_cached_edits_size_and_time_is_read_again(runner, spec, tmp_path):
    """An edit's hash was kept with the file's size and time alone: the copy an earlier build set aside, put back over
    the signed current form with `cp -p` or `touch -d` to the same size and time, was taken for that edit and kept
    as the user's work (保留了你的修改), an old form among the current ones. The change time moved, so it is read,
    known for a set-aside copy, and set aside again beside a form built from the spec as it is."""
    out = tmp_path / "out"
    html, _ = _built_and_signed(runner, spec, out)
    assert _cli(runner, spec, out).exit_code == 0  # its hash kept with its stamp
    _edit(spec, "积极推动穗台", "大力推动穗台")  # the same size in bytes: the form built from it too
    assert _cli(runner, spec, out).exit_code == 0
    old = html.with_name(f"{html.stem}（修改过）.html")
    assert "积极推动穗台" in old.read_text(encoding="utf-8")
    html.write_bytes(html.read_bytes() + "<p>经办人：张三</p>".encode())  # the new form signed too
    assert old.stat().st_size == html.stat().st_size
    os.utime(html, ns=(html.stat().st_atime_ns, 1_700_000_100_000_000_000))
    assert _edited_said(html) in _cli(runner, spec, out).output  # the new signed form's hash kept with its stamp
    put_back = old.read_bytes()
    html.write_bytes(put_back)
    os.utime(html, ns=(html.stat().st_atime_ns, 1_700_000_100_000_000_000))  # as `cp -p` or `touch -d` leave it
    result = _cli(runner, spec, out)
    assert result.exit_code == 0 and _edited_said(html) not in result.output, result.output
    assert "大力推动穗台" in html.read_text(encoding="utf-8"), result.output
    assert put_back in [copy.read_bytes() for copy in out.glob(f"{html.stem}（修改过*）.html")]


def test_a_form_changed_by_hand_under_the_name_its_spec_makes_is_set_aside(runner, spec, tmp_path):
    """A form signed in Word, its spec edited, was written over by the next build of its spec: its rebuild took the
    signature with it."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    html = next(out.glob("*.html"))
    html.write_bytes(html.read_bytes() + "<p>经办人：张三</p>".encode())
    _edit(spec, "own_level: 689.41", "own_level: 689.41  # 自有")  # a comment: the name it makes is the same
    rebuilt = _cli(runner, spec, out)
    copy = html.with_name(f"{html.stem}（修改过）.html")
    assert rebuilt.exit_code == 0 and _set_aside_said(html, copy) in rebuilt.output, rebuilt.output
    assert copy.read_bytes().endswith("经办人：张三</p>".encode()) and "张三" not in html.read_text(encoding="utf-8")
    html.write_bytes(html.read_bytes() + b" ")  # changed again: the first copy's name is taken
    _edit(spec, "own_level: 689.41  # 自有", "own_level: 689.41  # 自有资金")
    second = html.with_name(f"{html.stem}（修改过2）.html")
    assert _set_aside_said(html, second) in _cli(runner, spec, out).output and copy.is_file() and second.is_file()


def test_a_signed_copy_moved_back_over_the_form_of_the_edited_spec_is_set_aside_again(runner, spec, tmp_path):
    """The signed form set aside when its spec was edited, moved back over the new form, was taken for one signed
    after being written from the spec as it is ("规格和表样都没有改动，没有重新生成"), and every build after was silent:
    its figures were the old spec's. Its bytes are a copy's set aside, so the spec is built again and it set aside."""
    out = tmp_path / "out"
    html, signed = _built_and_signed(runner, spec, out)
    _edit(spec, "own_level: 689.41", "own_level: 689.41  # 自有")
    copy = html.with_name(f"{html.stem}（修改过）.html")
    assert _set_aside_said(html, copy) in _cli(runner, spec, out).output
    os.replace(copy, html)  # the clerk wants the signed one back under the plain name
    moved_back = _cli(runner, spec, out)
    assert moved_back.exit_code == 0 and _set_aside_said(html, copy) in moved_back.output, moved_back.output
    assert "提示" not in moved_back.output and copy.read_bytes() == signed and "张三" not in html.read_text(encoding="utf-8")
    os.replace(copy, html)  # and again: the hash is still on record
    assert _set_aside_said(html, copy) in _cli(runner, spec, out).output and copy.read_bytes() == signed


def test_a_form_changed_by_hand_that_cannot_be_set_aside_is_left_and_the_spec_fails(runner, spec, tmp_path, monkeypatch):
    """Open in Word on Windows, a file cannot be renamed: it is not written over either, and the spec fails saying so."""
    out = tmp_path / "out"
    html, signed = _built_and_signed(runner, spec, out)
    _edit(spec, "own_level: 689.41", "own_level: 689.41  # 自有")

    def refused(source, target):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(source))

    monkeypatch.setattr(os, "rename", refused)
    failed = _cli(runner, spec, out)
    assert failed.exit_code == 1 and f"{html}: 错误[OUTPUT-UNWRITTEN] 无法写入" in failed.output, failed.output
    assert html.read_bytes() == signed and "修改过）" not in "".join(_forms(out))


def test_a_form_touched_or_written_again_with_the_same_bytes_is_not_taken_for_one_changed_by_hand(runner, spec, tmp_path):
    """Changed by hand was judged by size and modification time alone: `touch output/*`, a copy with its times
    reset, or a second build writing the same bytes (two builds into one folder at once) had the next year's
    build keep every old form, warning of a change that never happened. The bytes are compared once stat differs."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    old = _forms(out)
    for name in old:
        os.utime(out / name, ns=((out / name).stat().st_atime_ns, (out / name).stat().st_mtime_ns + 10**9))
    assert "已跳过" in _cli(runner, spec, out).output  # still current: the same bytes as written
    _edit(spec, "year: 2023", "year: 2024")
    rebuilt = _cli(runner, spec, out)
    assert rebuilt.exit_code == 0 and "保留了" not in rebuilt.output, rebuilt.output
    assert all(f"已删除 {out / name}" in rebuilt.output and not (out / name).exists() for name in old), rebuilt.output


@pytest.mark.skipif(os.name != "posix", reason="the test holds the lock with flock")
def test_a_build_into_a_folder_another_build_is_writing_waits_for_it_and_says_so(spec, tmp_path):
    """Two builds into one folder at once each read the manifest before the other saved it and rewrote the other's
    files: one's record was lost, and the files the other rewrote read as changed by hand. The second now waits,
    saying so, and reads the manifest the first left."""
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    lock = out / ".jixiao-build.lock"
    with lock.open("w") as held:
        fcntl.lockf(held, fcntl.LOCK_EX)
        build = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "build", str(spec), "--out", str(out)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        said = build.stderr.readline().decode("utf-8")
        waiting = build.poll() is None and _forms(out) == []
    output, _ = build.communicate()
    assert said.startswith(f"另一个 jixiao build 正在生成到 {out}，等它结束后再开始（锁文件 {lock}；"), said
    assert waiting and build.returncode == 0 and len(_forms(out)) == 2, output.decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="render workers are forked only where fork is")
def test_a_worker_forked_while_the_lock_is_held_does_not_keep_it(tmp_path):
    """Render workers are forked while the build holds its lock; with `flock` they shared it, so workers outliving a
    killed build kept the folder locked, and every later build waited for ever. The lock is the build's own."""
    from generator import output_lock

    release, hold = os.pipe()
    with output_lock.held(tmp_path, waiting=lambda _: None):
        worker = os.fork()
        if worker == 0:  # a worker outliving its build: waits until the test lets it go
            os.close(hold)
            os.read(release, 1)
            os._exit(0)
    try:
        other = subprocess.run([sys.executable, "-c", "import os, sys; from generator.output_lock import _try_lock; "
                                f"sys.exit(0 if _try_lock(os.open({str(tmp_path / output_lock.LOCK_NAME)!r}, os.O_RDWR))"
                                " else 1)"], cwd=ROOT, capture_output=True, text=True)
    finally:
        os.write(hold, b"x")
        os.waitpid(worker, 0)
    assert other.returncode == 0, other.stderr


def test_two_first_builds_into_a_folder_not_made_yet_wait_for_each_other(tmp_path):
    """The lock lived in the output folder, made only by the first file written: two first builds into a new folder
    (the editor's build on save and one typed) each went on unlocked and wrote over each other's files and record.
    The folder is made for the lock; made and left bare (nothing written), it goes again on the way out, and the
    build that waited on its lock file takes the lock afresh."""
    from generator import output_lock

    out = tmp_path / "new" / "out"
    first = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; from generator import output_lock\n"
                              f"with output_lock.held(Path({str(out)!r}), lambda _: None):\n"
                              "    print('held', flush=True); sys.stdin.readline()"],
                             cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    said = []

    def waiting(lock: Path) -> None:  # the second build waits: the first may finish now
        said.append(lock)
        first.stdin.write("\n")
        first.stdin.flush()

    try:
        assert first.stdout.readline() == "held\n"
        with output_lock.held(out, waiting):
            assert said == [out / output_lock.LOCK_NAME]  # unlocked, both went on at once
            assert first.wait(timeout=60) == 0 and (out / output_lock.LOCK_NAME).is_file()
            free = subprocess.run([sys.executable, "-c", "import os, sys; from generator.output_lock import _try_lock; "
                                   f"sys.exit(0 if _try_lock(os.open({str(out / output_lock.LOCK_NAME)!r}, os.O_RDWR))"
                                   " else 1)"], cwd=ROOT)
    finally:
        if first.poll() is None:
            first.communicate("\n", timeout=60)
    assert free.returncode == 1  # held by the second, on the file now there
    assert not out.parent.exists()  # made for the lock above `out`, and left empty


def _output_lock_on_windows(monkeypatch, locking):
    """generator/output_lock.py loaded as on Windows, its `msvcrt.locking` being `locking` and its polls not slept."""
    import importlib.util

    monkeypatch.setitem(sys.modules, "msvcrt", SimpleNamespace(LK_NBLCK=2, locking=locking))
    # named inside the package, so its relative import (hidden_files) is found
    spec = importlib.util.spec_from_file_location("generator.output_lock_on_windows", ROOT / "generator" / "output_lock.py")
    module = importlib.util.module_from_spec(spec)
    with monkeypatch.context() as patched:
        patched.setattr(os, "name", "nt")
        spec.loader.exec_module(module)
    return module


def test_a_build_on_windows_polls_the_lock_another_build_holds_and_says_it_waits(runner, spec, tmp_path, monkeypatch):
    """msvcrt's blocking lock gives up after ten seconds, so on Windows the wait is a non-blocking try every half
    second, each refused with EACCES while the other build holds the byte."""
    from generator import build

    tries = []

    def locking(fd, mode, size):  # held by another build for the first three tries
        tries.append((mode, size, os.lseek(fd, 0, os.SEEK_CUR)))
        if len(tries) <= 3:
            raise PermissionError(errno.EACCES, "Permission denied")

    windows = _output_lock_on_windows(monkeypatch, locking)
    slept = []
    monkeypatch.setattr(windows, "time", SimpleNamespace(sleep=slept.append))
    monkeypatch.setattr(build, "output_lock", windows)
    out = tmp_path / "out"
    result = _cli(runner, spec, out)
    lock = out / ".jixiao-build.lock"
    assert result.exit_code == 0 and len(_forms(out)) == 2, result.output
    assert f"另一个 jixiao build 正在生成到 {out}，等它结束后再开始（锁文件 {lock}；" in result.output
    assert result.output.count("另一个 jixiao build") == 1 and slept == [0.5, 0.5]
    assert tries == [(2, 1, 0)] * 4  # LK_NBLCK on the file's first byte, each time


def test_a_lock_left_by_a_build_that_crashed_blocks_nothing(runner, spec, tmp_path):
    """The lock is the system's, held while its build runs: the file a killed build left is no lock."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".jixiao-build.lock").write_text("4242\n", encoding="ascii")
    result = _cli(runner, spec, out)
    assert result.exit_code == 0 and "另一个 jixiao build" not in result.output and len(_forms(out)) == 2


def test_a_manifest_from_before_content_hashes_still_tells_a_form_changed_by_size_and_time(runner, spec, tmp_path):
    """A manifest without hashes (written by an earlier jixiao) is read as before: a file whose stat differs is
    taken as changed, and kept; one whose stat is as recorded is removed."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    manifest = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    manifest.pop("hashes", None)
    (out / FILE_NAME).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    [docx] = [out / name for name in _forms(out) if name.endswith(".docx")]
    os.utime(docx, ns=(docx.stat().st_atime_ns, docx.stat().st_mtime_ns + 10**9))
    _edit(spec, "year: 2023", "year: 2024")
    rebuilt = _cli(runner, spec, out)
    assert rebuilt.exit_code == 0 and f"警告：保留了 {docx}{KEPT}" in rebuilt.output and docx.is_file(), rebuilt.output
    assert rebuilt.output.count("已删除 ") == 1, rebuilt.output  # the .html, as recorded


def _without_hashes(out: Path) -> None:
    """The manifest as a jixiao from before content hashes were kept wrote it: stamps, no hashes."""
    manifest = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    manifest.pop("hashes")
    (out / FILE_NAME).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_a_form_touched_under_a_manifest_without_hashes_is_written_over_not_set_aside(runner, spec, tmp_path):
    """With no hash recorded, a form merely touched (or copied with its times reset) could not be told from one
    changed by hand, and every form was renamed （修改过）, each named again on every build after. Where its size is
    as written it is written over as before renaming was, and its hash recorded, so the next build skips it."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    written = {name: (out / name).read_bytes() for name in _forms(out)}
    _without_hashes(out)
    for name in written:
        os.utime(out / name, ns=((out / name).stat().st_atime_ns, (out / name).stat().st_mtime_ns + 10**9))
    rebuilt = _cli(runner, spec, out)
    assert rebuilt.exit_code == 0 and "修改过" not in rebuilt.output, rebuilt.output
    assert rebuilt.output.endswith("生成 2 个文件；1 个警告。\n"), rebuilt.output  # SCHEMA-LINE alone
    assert _forms(out) == sorted(written) and all((out / n).read_bytes() == data for n, data in written.items())
    again = _cli(runner, spec, out)
    assert "1 个规格未改动，已跳过" in again.output and "修改过" not in again.output, again.output


def test_a_form_grown_by_hand_under_a_manifest_without_hashes_is_still_set_aside(runner, spec, tmp_path):
    """A size other than the one written tells a change without a hash: the signed form is renamed, not lost."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    _without_hashes(out)
    html = next(out.glob("*.html"))
    html.write_bytes(html.read_bytes() + "<p>经办人：张三</p>".encode())
    _edit(spec, "own_level: 689.41", "own_level: 689.41  # 自有")
    rebuilt = _cli(runner, spec, out)
    copy = html.with_name(f"{html.stem}（修改过）.html")
    assert rebuilt.exit_code == 0 and _set_aside_said(html, copy) in rebuilt.output, rebuilt.output
    assert copy.read_bytes().endswith("经办人：张三</p>".encode())


def test_a_form_changed_by_hand_is_kept_with_a_warning_when_its_spec_is_gone_or_renamed_its_forms(runner, spec, tmp_path):
    out = tmp_path / "out"
    other = spec.with_name("jiangsu-taiban-2024.yaml")
    shutil.copy(ROOT / "specs" / other.name, other)
    assert runner.invoke(main, ["build", str(spec.parent), "--out", str(out), "--jobs", "1"]).exit_code == 0
    jiangsu = [out / name for name in _forms(out) if not name.startswith("广州")]
    [docx] = [out / name for name in _forms(out) if name.startswith("广州") and name.endswith(".docx")]
    docx.write_bytes(docx.read_bytes() + b" ")
    _edit(spec, OLD_UNIT, NEW_UNIT)
    renamed = _cli(runner, spec, out)
    assert renamed.exit_code == 0 and f"警告：保留了 {docx}{KEPT}" in renamed.output and docx.is_file()
    assert renamed.output.count("已删除 ") == 1, renamed.output  # the old unit's .html, as written
    _sign_by_hand(out)  # the Jiangsu forms too
    other.unlink()
    pruned = _cli(runner, spec, out)
    assert pruned.exit_code == 0 and "已删除" not in pruned.output, pruned.output
    assert all(f"警告：保留了 {form}{KEPT}" in pruned.output and form.is_file() for form in jiangsu)


UNCHANGED = "（规格自那次生成后没有改动，表中的内容仍与规格相符；这次因上面的错误未能重新生成，改正后再运行 jixiao build）"


def test_a_broken_template_keeps_the_forms_of_an_unchanged_spec_and_an_edit_still_removes_them(runner, project):
    """A slip in a form's template fails every spec of the form: before, the build then deleted every good
    form of them as stale, though each was written from the spec as it still is. Their figures are the
    spec's: kept, and said so. Once the spec is edited, its old forms are stale again and go."""
    spec, out = project / "specs" / GZ, project / "out"

    def build():
        return runner.invoke(main, ["build", str(spec), "--out", str(out), "--jobs", "1",
                                    "--templates", str(project / "templates"), "--schemas", str(project / "schema")])

    assert build().exit_code == 0
    old = _forms(out)
    html = project / "templates" / "guangzhou" / "form.html"
    html.write_text(html.read_text(encoding="utf-8") + "{% if %}", encoding="utf-8")
    broken = build()
    assert broken.exit_code == 2 and "RENDER-TEMPLATE" in broken.output and "已删除" not in broken.output, broken.output
    assert _forms(out) == old and all(f"已保留上次生成的 {out / name}{UNCHANGED}" in broken.output for name in old)
    assert "保留 2 个规格未改动的旧文件" in broken.output
    _edit(spec, "basic: 610.85", "basic: 610.85 ")  # any edit counts: whether it kept the figures is not known without a build
    edited = build()
    assert edited.exit_code == 2 and edited.output.count("已删除上次生成的 ") == 2 and _forms(out) == [], edited.output


@pytest.mark.parametrize("windows, said", [
    (True, "文件可能正在 Word、WPS 等程序中打开；它是旧表，请关闭后再运行 jixiao build"),
    (False, "没有权限；请检查你对这个文件和它所在文件夹的权限；它是旧表，留着容易误交，请删除它")])
@pytest.mark.parametrize("edit, code", [(("fiscal: 689.41", "fiscal: 679.41万元"), 1), ((OLD_UNIT, NEW_UNIT), 0)])
def test_an_old_form_open_in_word_is_warned_of_and_removed_by_the_next_build(runner, spec, tmp_path, monkeypatch, edit, code,
                                                                             windows, said):
    """On Windows Word locks the .docx it has open: unlinking it raised, and the build stopped with “无法读写 …”
    (exit 1) without saving its record. Now the build goes on, names the file, and the next build removes it.
    Linux and macOS remove a file open anywhere: refused there, the folder's permissions are to blame, not Word."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", windows)
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    [docx] = [out / name for name in _forms(out) if name.endswith(".docx")]
    unlink = Path.unlink

    def locked(path, *args, **kwargs):
        if path == docx:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        unlink(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", locked)
    _edit(spec, *edit)
    result = _cli(runner, spec, out)
    assert result.exit_code == code and "无法读写" not in result.output, result.output
    assert f"警告：无法删除 {docx}：{said}" in result.output and docx.is_file(), result.output
    recorded = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))["files"]
    assert any(docx.name in files for files in recorded.values())
    monkeypatch.setattr(Path, "unlink", unlink)
    again = _cli(runner, spec, out)  # closed in Word: removed this time
    assert again.exit_code == code and f"{docx}" in again.output and not docx.exists(), again.output


def test_an_old_form_that_cannot_be_removed_for_another_reason_is_warned_of_with_that_reason(runner, spec, tmp_path,
                                                                                              monkeypatch):
    """Only a locked file (Word or WPS has it open) is told to be closed; on a read-only disk the warning says so
    and asks for the old form to be deleted, and counts among the build's warnings (build_leftovers.warned_of)."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    [docx] = [out / name for name in _forms(out) if name.endswith(".docx")]
    unlink = Path.unlink

    def read_only(path, *args, **kwargs):
        if path == docx:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        unlink(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", read_only)
    _edit(spec, OLD_UNIT, NEW_UNIT)
    result = _cli(runner, spec, out)
    assert result.exit_code == 0, result.output
    assert f"警告：无法删除 {docx}：所在的磁盘或文件夹是只读的；它是旧表，留着容易误交，请删除它" in result.output, result.output
    assert "Word、WPS" not in result.output and docx.is_file()
    spec_warnings = result.output.count(": 警告[")
    assert result.output.rstrip().endswith(f"{spec_warnings + 1} 个警告。"), result.output


def test_a_failed_build_of_a_renamed_unit_removes_the_old_forms_and_the_next_writes_the_new(runner, spec, tmp_path):
    """The unit renamed in the same edit as a wrong amount. Before, the failure dropped the record of
    the old forms, and later they were never removed."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    _edit(spec, OLD_UNIT, NEW_UNIT)
    _edit(spec, "fiscal: 689.41", "fiscal: 689.40")
    failed = _cli(runner, spec, out)
    assert failed.exit_code == 1 and "BUDGET-SUM" in failed.output and _forms(out) == []
    _edit(spec, "fiscal: 689.40", "fiscal: 689.41")
    fixed = _cli(runner, spec, out)
    assert fixed.exit_code == 0 and "已删除" not in fixed.output, fixed.output
    assert len(_forms(out)) == 2 and all(name.startswith("广州市台联") for name in _forms(out))


def test_a_form_written_by_a_build_that_failed_is_removed_by_the_next_build(runner, spec, tmp_path, monkeypatch):
    """The .docx under the new unit was written before its .html could not be (the old unit's forms,
    from other inputs, go with that failure); with the unit changed back it is stale."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    old = _forms(out)
    _edit(spec, OLD_UNIT, NEW_UNIT)
    replace = os.replace

    def locked(source, target):
        if str(target).endswith(".html"):
            raise PermissionError(13, "Permission denied")
        replace(source, target)

    monkeypatch.setattr(os, "replace", locked)
    failed = _cli(runner, spec, out)
    assert failed.exit_code == 1 and failed.output.count("已删除上次生成的 ") == 2  # the old unit's, from other inputs
    assert len(_forms(out)) == 1 and _forms(out)[0].startswith("广州市台联")
    monkeypatch.setattr(os, "replace", replace)
    _edit(spec, NEW_UNIT, OLD_UNIT)
    result = _cli(runner, spec, out)
    assert result.exit_code == 0 and result.output.count("已删除 ") == 1 and "广州市台联" in result.output
    assert _forms(out) == old


def test_a_build_in_fewer_or_other_formats_skips_what_is_current(spec, tmp_path):
    def build(formats):
        return Builder(tmp_path / "out", formats).build([str(spec)])[0]

    assert not build(["docx", "html"]).skipped
    assert build(["docx"]).skipped and build(["html"]).skipped and build(["html", "docx"]).skipped


def test_a_form_changed_after_it_was_built_is_left_and_built_again_once_deleted(runner, spec, tmp_path):
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    docx = next(out.glob("*.docx"))
    built = docx.read_bytes()
    docx.write_bytes(built[: len(built) // 2])  # saved over in Word, or cut short by a copy
    assert _edited_said(docx) in _cli(runner, spec, out).output and len(docx.read_bytes()) < len(built)
    docx.unlink()
    result = _cli(runner, spec, out)
    assert f"已生成 {docx}" in result.output and "未改动" not in result.output
    assert docx.read_bytes() == built
    assert "1 个规格未改动，已跳过" in _cli(runner, spec, out).output


def test_a_spec_named_by_another_path_is_the_same_spec(runner, spec, tmp_path, monkeypatch):
    """`specs/a.yaml` from the project folder, or the full path from an editor: one spec, one record."""
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["build", f"specs/{GZ}", "--out", "out", "--jobs", "1"]).exit_code == 0
    assert "1 个规格未改动，已跳过" in _cli(runner, spec, tmp_path / "out").output
    _edit(spec, OLD_UNIT, NEW_UNIT)
    result = _cli(runner, spec, tmp_path / "out")
    assert result.exit_code == 0 and result.output.count("已删除") == 2, result.output


def test_a_project_moved_elsewhere_with_its_output_skips_what_is_current(spec, tmp_path):
    """`cp -a` of a project, or a CI checkout in another folder: every spec was built again, since the
    manifest named each spec by its absolute path. A spec edited in the copy is still rebuilt."""
    project = spec.parent.parent
    assert not Builder(project / "out").build([str(spec)])[0].skipped
    moved = shutil.copytree(project, tmp_path.parent / f"{tmp_path.name}-moved", symlinks=True, copy_function=shutil.copy2)
    moved_spec = moved / "specs" / GZ
    assert Builder(moved / "out").build([str(moved_spec)])[0].skipped
    _edit(moved_spec, OLD_UNIT, NEW_UNIT)
    built = Builder(moved / "out").build([str(moved_spec)])[0]
    assert not built.skipped and sorted(p.name for p in (moved / "out").glob("广州市台联*")) == sorted(
        p.name for p in built.outputs)
    assert len(_forms(moved / "out")) == 2 and len(_forms(project / "out")) == 2


def test_a_manifest_in_the_earlier_layout_still_knows_which_files_are_jixiaos(runner, spec, tmp_path):
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    old = _forms(out)
    (out / "说明.docx").write_bytes(b"written by a person")
    earlier = {"key": "0" * 64, "outputs": old, "source": str(spec.resolve())}
    misshapen = {"key": "0" * 64, "outputs": [], "source": 5}  # a hand's edit: left out, no internal error
    (out / FILE_NAME).write_text(json.dumps({"jixiao": "0.1.0", "specs": {str(spec): earlier, "x": misshapen}}),
                                 encoding="utf-8")
    _edit(spec, OLD_UNIT, NEW_UNIT)
    result = _cli(runner, spec, out)
    assert result.exit_code == 0 and result.output.count("已删除") == 2, result.output
    assert _forms(out) == sorted(["说明.docx", *(p.name for p in out.glob("广州市台联*"))])


@pytest.fixture
def fake_pdf(monkeypatch):
    """PDFs "converted" without LibreOffice: each is the Word file's bytes."""
    from generator import pdf

    def convert(documents, write):
        for docx, target in documents:
            write(target, docx)
            yield target, None

    monkeypatch.setattr(pdf, "soffice", lambda: "soffice")
    monkeypatch.setattr(pdf, "docx_to_pdf", convert)


def test_a_pdf_from_before_the_spec_changed_is_removed_when_the_others_are_rebuilt(runner, spec, tmp_path, fake_pdf):
    """Before, the PDF of an earlier `--format pdf` stayed beside the Word and HTML files rebuilt from
    the edited amounts, still showing the old ones, and nothing said so."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out).exit_code == 0
    assert _cli(runner, spec, out, "--format", "pdf").exit_code == 0
    pdf = next(out.glob("*.pdf"))
    assert "1 个规格未改动" in _cli(runner, spec, out).output and pdf.is_file()  # current: kept
    _edit(spec, "basic: 610.85", "basic: 610.85 ")
    result = _cli(runner, spec, out)
    assert result.exit_code == 0 and f"已删除过时的 {pdf}（" in result.output, result.output
    assert "本次没有生成 PDF；需要时运行 jixiao build --format pdf" in result.output
    assert [Path(name).suffix for name in _forms(out)] == [".docx", ".html"]
    again = _cli(runner, spec, out, "--format", "pdf")
    assert again.exit_code == 0 and "已删除" not in again.output and len(_forms(out)) == 3


def test_a_format_left_from_other_inputs_is_removed_even_when_the_spec_is_skipped(runner, spec, tmp_path, fake_pdf):
    """A manifest written before jixiao removed out-of-date formats can hold such a PDF beside current
    Word and HTML files: the next build, which skips the spec, removes it."""
    out = tmp_path / "out"
    assert _cli(runner, spec, out, "--format", "docx,html,pdf").exit_code == 0
    record = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    [files] = record["files"].values()
    pdf = next(name for name in files if name.endswith(".pdf"))
    files[pdf] = "0" * 64  # written from other inputs
    (out / FILE_NAME).write_text(json.dumps(record), encoding="utf-8")
    result = _cli(runner, spec, out)
    assert "1 个规格未改动" in result.output and f"已删除过时的 {out / pdf}" in result.output
    assert not (out / pdf).exists()


class _FakeWindows:
    """kernel32's file attributes, by path, and MoveFileEx as a hidden file may meet it: refused onto a hidden
    target (PermissionError), as CreateFile's CREATE_ALWAYS is documented to refuse one."""

    def __init__(self):
        self.attributes: dict[str, int] = {}
        self.set: list[str] = []

    def GetFileAttributesW(self, path):
        return self.attributes.get(path, 0x80) if os.path.lexists(path) else 0xFFFFFFFF

    def SetFileAttributesW(self, path, value):
        self.set.append(path)
        self.attributes[path] = value
        return 1

    def hidden(self, path) -> bool:
        return bool(self.attributes.get(str(path), 0) & 0x2)

    def replace(self, source, target, replace=os.replace):
        if self.hidden(target):
            raise PermissionError(13, "Access is denied", str(target))
        replace(source, target)
        self.attributes[str(target)] = self.attributes.pop(str(source), 0x80)


def test_the_output_folder_s_own_files_are_hidden_on_windows(tmp_path, monkeypatch):
    """`.jixiao-manifest.json` and `.jixiao-build.lock` showed in Explorer beside the forms: a leading dot hides a
    file only on Unix. On Windows (said by hidden_files.ON_WINDOWS, kernel32 faked) both are hidden when written,
    the lock file once, when made; and the manifest, hidden, is still replaced by the next build's, which a
    rename onto a hidden file would refuse: the attribute is cleared first and the new record renamed in hidden."""
    from generator.output_lock import LOCK_NAME

    windows = _FakeWindows()
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(hidden_files, "_kernel32", lambda: windows)
    monkeypatch.setattr(os, "replace", windows.replace)
    out = tmp_path / "out"
    manifest, lock = out / FILE_NAME, out / LOCK_NAME
    assert Builder(out, ["html"]).build([str(ROOT / "specs" / "guangzhou-tailian-2023.yaml")])[0].ok
    assert windows.hidden(manifest) and windows.hidden(lock)
    assert Builder(out, ["html"]).build([str(ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml")])[0].ok
    recorded = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    assert len(recorded) == 2 and windows.hidden(manifest) and windows.set.count(str(lock)) == 1
    assert not any(windows.hidden(path) for path in out.glob("*.html"))


def test_an_output_folder_built_before_the_files_were_hidden_has_them_hidden_by_a_rebuild_with_no_change(
        tmp_path, monkeypatch):
    """A folder built before jixiao hid its own files (or on Linux, then opened on Windows) kept them listed in
    Explorer for good: the lock file was hidden only when a build made it, the manifest only when a build rewrote
    it, and a rebuild with nothing changed does neither. Each build now hides each that lacks the attribute,
    and only those: a hidden file is not set again."""
    from generator.output_lock import LOCK_NAME

    out = tmp_path / "out"
    spec = str(ROOT / "specs" / GZ)
    assert Builder(out, ["html"]).build([spec])[0].ok  # the old way: nothing hidden
    windows = _FakeWindows()
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.setattr(hidden_files, "_kernel32", lambda: windows)
    monkeypatch.setattr(os, "replace", windows.replace)
    record = (out / FILE_NAME).read_bytes()
    assert Builder(out, ["html"]).build([spec])[0].skipped
    assert (out / FILE_NAME).read_bytes() == record  # nothing changed, nothing rewritten
    assert windows.hidden(out / FILE_NAME) and windows.hidden(out / LOCK_NAME)
    assert Builder(out, ["html"]).build([spec])[0].skipped
    assert sorted(windows.set) == sorted([str(out / FILE_NAME), str(out / LOCK_NAME)])


def test_nothing_is_asked_of_kernel32_off_windows(tmp_path, monkeypatch):
    """Off Windows the leading dot hides the files: no attribute is set, and no ctypes call is tried."""

    def no_kernel32():
        raise AssertionError("kernel32 asked for off Windows")

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    monkeypatch.setattr(hidden_files, "_kernel32", no_kernel32)
    atomic_write(tmp_path / ".hidden", b"x", hidden=True)
    hidden_files.hide(tmp_path / ".hidden")
    assert (tmp_path / ".hidden").read_bytes() == b"x"


def _projects(tmp_path: Path, names: list[str]) -> tuple[Path, Path, list[str]]:
    """One unit's specs of one form and year, one per project (`names`, each in its folder when given one): the specs
    folder, the output folder and the build command."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    for name in names:
        (specs / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "specs" / GZ, specs / name)
    return specs, out, ["build", str(specs), "--out", str(out), "--jobs", "1"]


def test_specs_of_one_form_are_named_after_their_own_spec_files_not_numbered(runner, tmp_path):
    """13 projects' specs of one unit were written as …-2 … -13: which was which showed only in the warnings."""
    specs, out, build = _projects(tmp_path, ["g.yaml", "广州市台湾同胞联谊会-2023-台商沙龙.yaml",
                                              "2023年广州市台湾同胞联谊会交流项目.yaml", "外贸科/调研项目.yaml",
                                              "宣传科/调研项目.yaml"])
    result = runner.invoke(main, build)
    assert result.exit_code == 0, result.output
    plain = _stems(out)["g.yaml"]
    assert sorted(p.stem for p in out.glob("*.docx")) == sorted(
        [plain, f"{plain}（台商沙龙）", f"{plain}（交流项目）", f"{plain}（外贸科-调研项目）", f"{plain}（宣传科-调研项目）"])
    assert f"这一份写成了“{plain}（台商沙龙）”" in result.output


def test_a_spec_deleted_or_with_an_error_changes_no_other_specs_name(runner, tmp_path):
    """Numbered by rank, a spec deleted or failing renumbered the others: a `-2` sent last week was another project's."""
    specs, out, build = _projects(tmp_path, ["g.yaml", "gg-a.yaml", "gg-b.yaml", "gg-c.yaml"])
    assert runner.invoke(main, build).exit_code == 0
    plain = _stems(out)["g.yaml"]
    named = {"g.yaml": plain, **{f"gg-{x}.yaml": f"{plain}（gg-{x}）" for x in "abc"}}
    assert _stems(out) == named

    broken = specs / "g.yaml"  # the plain name's holder fails: the next one keeps its own name
    broken.write_text(broken.read_text(encoding="utf-8").replace("year: 2023", "year: 二〇二三"), encoding="utf-8")
    failed = runner.invoke(main, build)
    assert failed.exit_code == 1, failed.output
    assert {spec: stem for spec, stem in _stems(out).items() if spec != "g.yaml"} == {
        spec: stem for spec, stem in named.items() if spec != "g.yaml"}
    assert f"已删除 {out / plain}（gg-a）" not in failed.output

    shutil.copy(ROOT / "specs" / GZ, broken)
    (specs / "gg-a.yaml").unlink()
    again = runner.invoke(main, build)
    assert again.exit_code == 0, again.output
    assert _stems(out) == {spec: stem for spec, stem in named.items() if spec != "gg-a.yaml"}
    assert sorted(p.stem for p in out.glob("*.docx")) == sorted(_stems(out).values())


def test_a_label_keeps_the_words_of_the_form_name_and_drops_the_unit_wherever_it_stands(runner, tmp_path):
    """Any start of the stem the form's name held went: beside `…部门整体预算绩效目标申报表`, the project `绩效评价项目` was
    written as `（评价项目）` and `预算编制（一期）` as `（编制（一期））`; the unit at the end of a stem stayed."""
    specs, out, build = _projects(tmp_path, ["g.yaml", "绩效评价项目.yaml", "预算编制（一期）.yaml",
                                              "台商沙龙广州市台湾同胞联谊会.yaml"])
    result = runner.invoke(main, build)
    assert result.exit_code == 0, result.output
    plain = _stems(out)["g.yaml"]
    assert _stems(out) == {"g.yaml": plain, "绩效评价项目.yaml": f"{plain}（绩效评价项目）",
                           "预算编制（一期）.yaml": f"{plain}（预算编制（一期））",
                           "台商沙龙广州市台湾同胞联谊会.yaml": f"{plain}（台商沙龙）"}, result.output
    said = runner.invoke(main, ["validate", str(specs)]).output
    assert f"这一份会写成“{plain}（绩效评价项目）”" in said, said
