"""`jixiao diff --rev`: which files a git revision holds as specs, and how they pair up with the other side."""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

from .conftest import ROOT

GZ = "guangzhou-tailian-2023.yaml"


@pytest.fixture
def repo(git_repo):
    """A temporary git repository, the current folder, with the Guangzhou example committed under specs/
    and a GitHub workflow (YAML that is not a spec) under .github/."""
    return git_repo((ROOT / "docs" / "ci" / "github-actions.yml", ".github/workflows/jixiao.yml"))


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_rev_on_the_whole_repository_leaves_out_yaml_in_hidden_folders(runner, repo):
    """`diff --rev … .` read .github/workflows/jixiao.yml as a spec and listed “jobs › specs › steps …”."""
    folder, git = repo
    edit(folder / ".github" / "workflows" / "jixiao.yml", 'python-version: "3.12"', 'python-version: "3.13"')
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "."])
    assert result.exit_code == 0 and "jobs" not in result.output, result.output
    git("commit", "-q", "-am", "workflow")
    result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "."])
    assert result.exit_code == 0 and "jobs" not in result.output, result.output
    named = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", ".github/workflows/jixiao.yml"])
    assert named.exit_code == 2 and "[DIFF-NOT-SPEC] 这个文件不是规格" in named.output, "named directly, it is said to be no spec"
    assert "python-version" not in named.output


def test_rev_limited_to_a_renamed_spec_follows_it_to_its_old_name(runner, repo):
    """Limited to the new path, the old side listed only that path: a `git mv`'d spec was a new file and its
    edits were hidden. Git's own rename detection now brings in the old name, both ways round."""
    folder, git = repo
    git("mv", f"specs/{GZ}", "specs/guangzhou-tailian-2024.yaml")
    edit(folder / "specs" / "guangzhou-tailian-2024.yaml", '"98%以上"', '"99%以上"')
    expected = [f"  改名：specs/{GZ} → specs/guangzhou-tailian-2024.yaml",
                "  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “99%以上”（目标提高）"]
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "specs/guangzhou-tailian-2024.yaml"])
    assert result.exit_code == 1 and result.output.splitlines()[1:3] == expected, result.output
    git("commit", "-q", "-am", "next year")
    for path in ("specs/guangzhou-tailian-2024.yaml", f"specs/{GZ}"):
        result = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", path])
        assert result.exit_code == 1 and result.output.splitlines()[1:3] == expected, (path, result.output)
        assert "新增的规格文件" not in result.output and "删除的规格文件" not in result.output


def test_a_path_written_the_git_way_says_how_to_write_it_with_rev(runner, tmp_path, monkeypatch):
    """`jixiao diff HEAD~1:specs/x.yaml specs/x.yaml` said only that the file does not exist."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / GZ)
    hint = "；“版本:路径”是 git 的写法，jixiao diff 要写成：jixiao diff --rev "
    result = runner.invoke(main, ["diff", f"HEAD~1:specs/{GZ}", f"specs/{GZ}"])
    assert result.exit_code == 2, result.output
    assert result.output == f"错误：HEAD~1:specs/{GZ}：文件或文件夹不存在{hint}HEAD~1 specs/{GZ}\n"
    result = runner.invoke(main, ["diff", f"main:specs/{GZ}", f"HEAD:specs/{GZ}"])
    assert f"{hint}main..HEAD specs/{GZ}\n" in result.output, result.output
    result = runner.invoke(main, ["diff", f"specs/{GZ}", "HEAD:specs/x.yaml"])
    assert f"{hint}版本 路径（工作区对比这个版本），或 jixiao diff --rev 版本1..版本2 路径" in result.output
    result = runner.invoke(main, ["diff", "no-such.yaml", f"specs/{GZ}"])
    assert result.output == "错误：no-such.yaml：文件不存在；请检查路径\n", "a plain path gets no git hint"


@pytest.mark.parametrize("typed, said", [
    ("specs/gz.yaml", "文件不存在；是否想写 specs/gz.yml？"),
    ("nodir/", "文件夹不存在；请检查路径"),
])
def test_a_path_diff_does_not_find_says_what_to_do(runner, tmp_path, monkeypatch, typed, said):
    """`diff a.yaml missing.yaml` said 文件或文件夹不存在 and no more: said now as validate says a path not found,
    the file likely meant named, a folder typed as one (`nodir/`) called a folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / "gz.yml")
    result = runner.invoke(main, ["diff", "specs/gz.yml", typed])
    assert result.exit_code == 2, result.output
    assert result.output == f"错误：{Path(typed)}：{said}\n", result.output


def test_a_spec_diff_cannot_read_is_said_to_be_unread_not_unwritten(runner, tmp_path, monkeypatch):
    """A spec without read permission ended diff in the error boundary's 无法读写, of a file diff only reads."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "a.yaml")
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "b.yaml")
    from generator import spec_files  # capped_bytes opens a file for diff, as for load

    def refused(path, *args, **kwargs):
        if Path(path).name == "b.yaml":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(spec_files, "open", refused, raising=False)
    result = runner.invoke(main, ["diff", "a.yaml", "b.yaml"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("错误：无法读取 b.yaml：") and "Traceback" not in result.output, result.output


def test_git_log_goes_on_past_a_docx_that_is_no_word_file(repo):
    """textconv exited 1 on a committed 旧表.docx that was an old .doc renamed, and git stopped the whole
    `git log -p` with “fatal: unable to read files to diff”; it now shows the file as one line saying why."""
    folder, git = repo
    (folder / ".gitattributes").write_text("*.docx diff=docx\n", encoding="utf-8")
    (folder / "旧表.docx").write_bytes(b"\xd0\xcf\x11\xe0 an old binary .doc")
    git("add", ".")
    git("commit", "-q", "-m", "old form")
    (folder / "旧表.docx").write_bytes(b"\xd0\xcf\x11\xe0 another old binary .doc")
    git("commit", "-q", "-am", "old form again")
    textconv = f'"{sys.executable}" "{ROOT / "cli.py"}" textconv'
    shown = subprocess.run(["git", "-c", f"diff.docx.textconv={textconv}", "-c", "core.quotepath=false",
                            "log", "-p", "--format=%s"], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert shown.returncode == 0, shown.stderr
    placeholder = "（jixiao textconv 无法读出这个 Word 文件的文字：不是 Word 文档（.docx），或文件已损坏；"
    lines = shown.stdout.splitlines()
    assert "first" in lines
    # the second version is told from the first by its size and hash: said alike, the edit showed no change
    size, digest = len(b"\xd0\xcf\x11\xe0 an old binary .doc"), hashlib.sha256(b"\xd0\xcf\x11\xe0 an old binary .doc").hexdigest()
    assert f"-{placeholder}{size} 字节，SHA-256 {digest[:12]}）" in lines, shown.stdout
    assert sum(line.startswith(f"+{placeholder}") for line in lines) == 2, shown.stdout


def test_textconv_says_why_whatever_fails_while_reading(runner, tmp_path, monkeypatch):
    """Not only a file python-docx refuses: any failure reading it would stop git's diff as well."""
    import docx

    def fail(_):
        raise AttributeError("'NoneType' object has no attribute 'body'")

    monkeypatch.setattr(docx, "Document", fail)
    (tmp_path / "表.docx").write_bytes(b"PK")
    result = runner.invoke(main, ["textconv", str(tmp_path / "表.docx")])
    assert result.exit_code == 0 and result.output == (
        "（jixiao textconv 无法读出这个 Word 文件的文字：读取时出错（AttributeError: "
        f"'NoneType' object has no attribute 'body'）；2 字节，SHA-256 {hashlib.sha256(b'PK').hexdigest()[:12]}）\n")


def test_the_review_workflow_says_how_to_see_chinese_file_names_and_compare_two_years():
    """Specs are named 单位-年度.yaml: without core.quotepath=false git shows them as specs/\\345\\271\\277…"""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    review = readme[readme.index("## 审阅流程"):readme.index("## 目标质量检查")]
    assert "`git config core.quotepath false`" in review
    assert "`jixiao diff specs/某单位-2024.yaml specs/某单位-2025.yaml`" in review


def test_rev_from_a_subfolder_pairs_each_spec_with_itself_however_the_path_is_written(runner, repo, monkeypatch):
    """From specs/, `--rev HEAD ..` keyed the working tree's file as ../specs/x.yaml and git's as x.yaml:
    an edited spec showed as renamed, and one in another folder could show as removed and added."""
    folder, git = repo
    (folder / "other").mkdir()
    shutil.copy(ROOT / "specs" / GZ, folder / "other" / "copy.yaml")
    git("add", ".")
    git("commit", "-q", "-m", "a copy elsewhere")
    edit(folder / "specs" / GZ, '"98%以上"', '"99%以上"')
    monkeypatch.chdir(folder / "specs")
    changed = "  修改  绩效指标 › 产出指标 › 时效指标 › 补助发放及时率：年度指标值  “98%以上” → “99%以上”（目标提高）"
    for path in (".", "..", "../specs", str(folder), str(folder / "specs"), "./", f"../specs/./{GZ}", f"./{GZ}"):
        result = runner.invoke(main, ["diff", "--rev", "HEAD", path])
        lines = result.output.splitlines()
        assert result.exit_code == 1 and lines[1:] == [changed, lines[-1]], (path, result.output)
        assert lines[-1].endswith("1 个有改动：修改 1 处（其中目标提高 1 处）。"), (path, result.output)


def test_rev_heads_each_spec_by_its_path_and_names_the_revisions_once(runner, repo):
    """With --rev, each spec was headed `HEAD:specs/x.yaml`, git's way to name a file in a revision, which
    a reader who does not use git cannot read; the path is now shown as in a working-tree diff and the two
    revisions once, in the summary. Json keeps `path` as it was and adds `file` and `revisions`."""
    folder, git = repo
    edit(folder / "specs" / GZ, '"98%以上"', '"99%以上"')
    git("commit", "-q", "-am", "second")
    text = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD"]).output.splitlines()
    assert text[0].startswith(f"specs/{GZ}  ") and text[-1].startswith("比较了 1 个规格（版本 HEAD~1 → HEAD），1 个有改动")
    markdown = runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "--format", "markdown"]).output
    assert f"（`specs/{GZ}`）" in markdown and "HEAD:" not in markdown, markdown
    report = json.loads(runner.invoke(main, ["diff", "--rev", "HEAD~1..HEAD", "--format", "json"]).output)
    assert report["revisions"] == {"old": "HEAD~1", "new": "HEAD"}
    assert [(s["path"], s["file"]) for s in report["specs"]] == [(f"HEAD:specs/{GZ}", f"specs/{GZ}")]
    (folder / "specs" / GZ).unlink()
    removed = runner.invoke(main, ["diff", "--rev", "HEAD"]).output.splitlines()
    assert removed[0].startswith(f"specs/{GZ}  ") and removed[-1].startswith("比较了 1 个规格，"), removed
    report = json.loads(runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "json"]).output)
    assert report["revisions"] == {"old": "HEAD", "new": None} and report["specs"][0]["file"] == f"specs/{GZ}"


def test_rev_from_outside_a_repository_names_the_repository_that_holds_the_path(runner, repo, tmp_path, monkeypatch):
    folder, _ = repo
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    monkeypatch.chdir(outside)
    result = runner.invoke(main, ["diff", "--rev", "HEAD", str(folder / "specs")])
    assert result.exit_code == 2, result.output
    assert f"当前文件夹不在 git 仓库中，无法用 --rev 与 git 版本比较；{folder / 'specs'} 在 git 仓库 " in result.output
    assert "请到那个文件夹中运行" in result.output


def test_rev_with_a_path_outside_the_repository_says_so_not_gits_fatal(runner, repo, tmp_path):
    """git's own words came through: `git ls-tree 失败：fatal: …: '…' is outside repository at '…'`."""
    folder, _ = repo
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere.yaml"
    shutil.copy(folder / "specs" / GZ, elsewhere)
    result = runner.invoke(main, ["diff", "--rev", "HEAD", str(elsewhere)])
    assert result.exit_code == 2, result.output
    assert f"{elsewhere} 不在当前的 git 仓库（" in result.output and "无法与这个仓库的版本比较" in result.output
    assert "fatal" not in result.output and "outside repository" not in result.output


def test_rev_naming_a_file_that_is_no_spec_in_that_revision_says_so(runner, repo):
    """A text named with --rev was left out of the revision (not .yaml), so its revision said nothing of it."""
    folder, git = repo
    (folder / "specs" / "说明.txt").write_text("改了几个指标\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "note")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "specs/说明.txt"])
    assert result.exit_code == 2, result.output
    assert "HEAD:specs/说明.txt: 错误[DIFF-NOT-SPEC] 这个文件不是规格" in result.output


def test_a_path_on_another_windows_drive_is_outside_the_repository(monkeypatch):
    """`os.path.commonpath` raises ValueError for paths on two drives (`D:\\specs`, a repository on `C:`), and
    `diff --rev` ended as an internal error (exit 4) instead of saying the path is outside the repository."""
    import ntpath
    from types import SimpleNamespace

    from generator import revisions

    monkeypatch.setattr(revisions, "os", SimpleNamespace(path=ntpath))  # Windows paths, in this module only
    assert not revisions._inside("D:\\specs\\a.yaml", "C:\\repo")
    assert revisions._inside("C:\\repo\\specs\\a.yaml", "C:\\repo")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_git_command_run_in_another_folder_is_named_when_it_fails(tmp_path):
    """`_git("-C", folder, "show", …)` (a spec in a submodule; init's remotes) failed as `git -C 失败`, naming the
    option before git's command."""
    from generator import revisions
    from generator.errors import Trouble

    with pytest.raises(Trouble) as failed:
        revisions._git("-C", str(tmp_path / "nothere"), "remote")
    assert failed.value.message.startswith("git remote 失败：fatal: cannot change to"), failed.value.message


def test_rev_with_a_path_that_does_not_exist_says_so(runner, repo):
    """`diff --rev HEAD ../nothere` said the path `不在任何 git 仓库里`, of a path that is nowhere."""
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "../nothere"])
    assert result.exit_code == 2, result.output
    assert "../nothere 不存在，也不在当前的 git 仓库（" in result.output and "不在任何 git 仓库里" not in result.output


def test_textconv_of_a_file_it_cannot_open_still_succeeds(runner, tmp_path, monkeypatch):
    """The size and SHA-256 of a file unreadable for an OSError were read in the error path and raised again, so
    textconv exited non-zero and git's diff stopped at the file: the line says why, without size and hash."""
    import docx
    from pathlib import Path

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    (tmp_path / "表.docx").write_bytes(b"PK")
    monkeypatch.setattr(docx, "Document", refused)
    monkeypatch.setattr(Path, "open", refused)
    result = runner.invoke(main, ["textconv", str(tmp_path / "表.docx")])
    assert result.exit_code == 0 and result.output == (
        "（jixiao textconv 无法读出这个 Word 文件的文字：不是 Word 文档（.docx），或文件已损坏）\n"
    ), result.output  # an OSError python-docx raises past the open check is zipfile's damage (zip_damage.DAMAGE)


def test_textconv_of_a_file_without_read_permission_says_so(runner, tmp_path, monkeypatch):
    """python-docx takes a file it may not read for no package at all: textconv said 不是 Word 文档，或文件已损坏
    of a good form that only lacked permission. (Root reads any file: opening it is refused as the system would.)"""
    from generator import textconv

    def refused(path, *_args, **_kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    (tmp_path / "表.docx").write_bytes(b"PK")
    monkeypatch.setattr(textconv, "open", refused, raising=False)
    result = runner.invoke(main, ["textconv", str(tmp_path / "表.docx")])
    assert result.exit_code == 0 and "无法读出这个 Word 文件的文字：无法读取文件：没有权限" in result.output, result.output


def test_rev_counts_a_file_refused_on_both_sides_once(runner, repo):
    """`diff --rev HEAD notes.txt` refused `HEAD:notes.txt` and `notes.txt`, and the summary said `另有 2 个文件`."""
    folder, git = repo
    (folder / "notes.txt").write_text("改了几个指标\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "-m", "note")
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "notes.txt"])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[-1].endswith("另有 1 个文件不能比较（不是规格，或表样不存在）。"), result.output


@pytest.mark.parametrize("windows, cd, then", [
    (False, "cd 'specs/某单位 $甲'", "jixiao diff --rev abcdef123456 \"a b.yaml\""),
    (True, "cd 'specs/某单位 $甲'", "jixiao diff --rev abcdef123456 \"a b.yaml\""),
    (True, "cd \"specs/某单位(本级)\"", "jixiao diff --rev abcdef123456 ."),
])
def test_the_command_into_a_submodule_is_two_commands_its_paths_quoted(monkeypatch, windows, cd, then):
    """The command that compares a submodule's specs in it (DIFF-SUBMODULE, and the refusal of a path in one) is told
    as two commands, `cd` first: `cd specs/sub && jixiao diff …` is refused by Windows PowerShell 5.1, the one Windows
    ships. Its paths are quoted as the shell on this system needs (`command_paths.quoted`): a folder with a space or
    a `(` split the command copied."""
    from generator import hidden_files, revisions

    monkeypatch.setattr(hidden_files, "ON_WINDOWS", windows)
    link = cd.split(" ", 1)[1].strip("'\"")
    inside = f"{link}/a b.yaml" if "$" in link else None
    said = revisions._in_submodule(link, ["abcdef1234567890"] * 2, "HEAD", None, inside)
    assert said == f"请到子模块中比较（版本 HEAD 中记下的子模块提交），分两行输入：先 {cd}，再 {then}", said
    assert "&&" not in said


def test_the_readme_quotes_the_command_into_a_submodule_as_jixiao_says_it():
    """README's review step 4, in full in docs/diff.md, quotes the two commands DIFF-SUBMODULE gives as the message
    words them."""
    from generator import revisions

    said = revisions._in_submodule("specs/sub", ["b6a466647447" + "0" * 28] * 2, "HEAD", None, None)
    commands = said[said.index("分两行输入"):]
    assert commands == "分两行输入：先 cd specs/sub，再 jixiao diff --rev b6a466647447 .", said
    assert f"“{commands}”" in (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")


def _branched(git_repo, main_branch: str, old: str, new: str):
    """(folder, git): a repository whose main branch is `main_branch`, checked out, and a branch `feature` that edits
    the spec's `old` into `new`."""
    folder, git = git_repo()
    git("branch", "-M", main_branch)
    git("checkout", "-q", "-b", "feature")
    edit(folder / "specs" / GZ, old, new)
    git("commit", "-q", "-am", "feature")
    git("checkout", "-q", main_branch)
    return folder, git


def _cloned_with_a_branch(git_repo, tmp_path_factory, kind):
    """A repository whose branch `feature` lowers a target (90%以上 → 85%以上), main checked out, and a clone of it
    (origin/feature only: a clone makes a local branch for the checked-out one alone)."""
    folder, git = _branched(git_repo, "main", '"90%以上"', '"85%以上"')
    clone = tmp_path_factory.mktemp(kind) / "clone"
    git("clone", "-q", folder.as_uri(), str(clone))
    return clone, git


def test_a_reviewers_clone_compares_a_pull_requests_branch_as_the_readme_says(runner, git_repo, tmp_path_factory,
                                                                             monkeypatch):
    """A reviewer clones the unit's repository: the pull request's branch is there only as origin/<branch>. README's
    review step 4 says the command to write; jixiao, given the branch's own name, says the same command, not the branch
    alone (`--rev origin/feature`, copied, compared main's working tree with the branch: every change backwards)."""
    clone, git = _cloned_with_a_branch(git_repo, tmp_path_factory, "reviewer")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "只写 `分支名` 时 jixiao 说出这样写" in readme
    typed = runner.invoke(main, ["diff", "--rev", "main...feature"])
    assert typed.exit_code == 2 and "请写 --rev main...origin/feature" in typed.output, typed.output
    written = runner.invoke(main, ["diff", "--rev", "main...origin/feature"])
    assert written.exit_code == 1 and "“90%以上” → “85%以上”（目标降低）" in written.output, written.output


def test_a_reviewer_who_types_the_pull_requests_branch_alone_is_told_the_range_first(runner, git_repo, tmp_path_factory,
                                                                                   monkeypatch):
    """`--rev feature` alone in a reviewer's clone was told `--rev origin/feature`, which compares main's working tree
    with the branch: the lowered target (90%以上 → 85%以上) was listed as raised. The pull request's range is said first,
    the working tree's comparison second; a remote's main branch, and `--changed-since`, are told as before."""
    clone, git = _cloned_with_a_branch(git_repo, tmp_path_factory, "reviewer")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    alone = runner.invoke(main, ["diff", "--rev", "feature"])
    assert alone.exit_code == 2 and alone.output.endswith(
        "：看这个分支从 origin/main 分出以来的改动（审阅合并请求）请写 --rev origin/main...origin/feature；"
        "比较工作区与这个分支请写 --rev origin/feature\n"), alone.output
    backwards = runner.invoke(main, ["diff", "--rev", "origin/feature"])
    assert "“85%以上” → “90%以上”（目标提高）" in backwards.output, backwards.output
    ranged = runner.invoke(main, ["diff", "--rev", "origin/main...origin/feature"])
    assert ranged.exit_code == 1 and "“90%以上” → “85%以上”（目标降低）" in ranged.output, ranged.output
    git("-C", str(clone), "remote", "set-head", "origin", "-d")  # as after README's `git push -u origin HEAD`
    unrecorded = runner.invoke(main, ["diff", "--rev", "feature"])
    assert "请写 --rev origin/main...origin/feature；" in unrecorded.output, unrecorded.output
    lint = runner.invoke(main, ["lint", "--changed-since", "feature", "specs"])  # one revision, no range
    assert lint.exit_code == 2 and "：请写 --changed-since origin/feature\n" in lint.output, lint.output
    git("-C", str(clone), "checkout", "-q", "--detach", "origin/feature")
    git("-C", str(clone), "branch", "-D", "main")  # as a CI checkout: main is there only as origin/main
    target = runner.invoke(main, ["diff", "--rev", "main"])
    assert target.exit_code == 2 and target.output.endswith("：请写 --rev origin/main\n"), target.output


def test_a_branch_on_two_remotes_is_taken_from_the_one_the_checked_out_branch_tracks(runner, git_repo, tmp_path_factory,
                                                                                     monkeypatch):
    """A reviewer's clone with a second remote (`gitee`, a mirror) took the pull request's branch from the first
    alphabetically: `--rev feature` was told `gitee/main...gitee/feature`. It is taken from the remote the checked-out
    branch tracks, `origin` as cloned; counted back from (`feature~1`) too."""
    clone, git = _cloned_with_a_branch(git_repo, tmp_path_factory, "reviewer")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    git("-C", str(clone), "remote", "add", "gitee", git("-C", str(clone), "remote", "get-url", "origin").strip())
    git("-C", str(clone), "fetch", "-q", "gitee")
    alone = runner.invoke(main, ["diff", "--rev", "feature"])
    assert alone.exit_code == 2 and "请写 --rev origin/main...origin/feature；" in alone.output, alone.output
    counted = runner.invoke(main, ["diff", "--rev", "feature~1"])
    assert counted.exit_code == 2 and counted.output.endswith('：请写 --rev "origin/feature~1"\n'), counted.output
    git("-C", str(clone), "branch", "-q", "-u", "gitee/main")
    tracked = runner.invoke(main, ["diff", "--rev", "feature"])
    assert "请写 --rev gitee/main...gitee/feature；" in tracked.output, tracked.output


def test_a_remote_with_a_slash_in_its_name_gives_the_range_from_its_main_branch(runner, git_repo, tmp_path_factory,
                                                                               monkeypatch):
    """A remote named `up/stream` was split at its first slash (remote `up`, branch `stream/feature`), so `--rev
    feature` was told only `--rev up/stream/feature`, not the range a reviewer means."""
    clone, git = _cloned_with_a_branch(git_repo, tmp_path_factory, "reviewer")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    git("-C", str(clone), "remote", "rename", "origin", "up/stream")
    alone = runner.invoke(main, ["diff", "--rev", "feature"])
    assert alone.exit_code == 2, alone.output
    assert "请写 --rev up/stream/main...up/stream/feature；比较工作区与这个分支请写 --rev up/stream/feature" in alone.output


def test_a_reviewers_clone_of_long_ago_compares_with_the_target_branch_as_it_is_now(runner, git_repo, tmp_path_factory,
                                                                                   monkeypatch):
    """A reviewer who cloned before another pull request was merged, and fetched since (`git fetch` moves origin/main,
    not the clone's own main): README's `main...origin/分支名` went back to where the old main and the branch part,
    and listed the other pull request's change (`开展台胞活动5次以上` lowered) as this one's. README says
    `origin/main...origin/分支名`, which lists the branch's own change alone."""
    folder, git = git_repo()
    git("branch", "-M", "main")
    clone = tmp_path_factory.mktemp("reviewer") / "clone"
    git("clone", "-q", folder.as_uri(), str(clone))
    edit(folder / "specs" / GZ, '"开展台胞活动5次以上"', '"开展台胞活动3次以上"')
    git("commit", "-q", "-am", "another pull request, merged")
    git("checkout", "-q", "-b", "feature")
    edit(folder / "specs" / GZ, '"90%以上"', '"85%以上"')
    git("commit", "-q", "-am", "feature")
    git("checkout", "-q", "main")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    subprocess.run(["git", "fetch", "-q"], check=True, capture_output=True)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "再 `jixiao diff --rev origin/main...origin/分支名`" in readme
    stale = runner.invoke(main, ["diff", "--rev", "main...origin/feature"])
    assert "“开展台胞活动5次以上” → “开展台胞活动3次以上”" in stale.output, stale.output
    written = runner.invoke(main, ["diff", "--rev", "origin/main...origin/feature"])
    assert written.exit_code == 1 and "“90%以上” → “85%以上”（目标降低）" in written.output, written.output
    assert "开展台胞活动3次以上" not in written.output, written.output
    # the branch's own name is told the same command, with why main is written as origin's (local main is behind)
    typed = runner.invoke(main, ["diff", "--rev", "main...feature"])
    assert typed.exit_code == 2 and ("：请写 --rev origin/main...origin/feature（本地分支 main 与 origin/main 不在同一个提交，"
                                     "git fetch 只更新 origin/main") in typed.output, typed.output
    subprocess.run(["git", "merge", "-q", "--ff-only", "origin/main"], check=True, capture_output=True)
    current = runner.invoke(main, ["diff", "--rev", "main...feature"])  # main where origin/main is: kept as typed
    assert "请写 --rev main...origin/feature\n" in current.output, current.output
    edit(clone / "specs" / GZ, '"100%"', '"99%"')  # a commit of the reviewer's own on main, not pushed: main is ahead
    git("-C", str(clone), "commit", "-q", "-am", "mine")
    ahead = runner.invoke(main, ["diff", "--rev", "main...feature"])  # forks from main where it does from origin/main
    assert "请写 --rev main...origin/feature\n" in ahead.output and "不在同一个提交" not in ahead.output, ahead.output


def test_a_ci_checkout_without_local_branches_is_told_both_sides_at_once(runner, git_repo, tmp_path_factory, monkeypatch):
    """A CI checkout makes no local branch: `--rev main...feature` there was told to write `origin/main...feature`, and,
    so written, `origin/main...origin/feature` on the next run. Both sides are said at once; a side that is no branch
    anywhere (a typo) is said first, since writing the other as the remote's would not make the range work."""
    clone, git = _cloned_with_a_branch(git_repo, tmp_path_factory, "ci")
    git("-C", str(clone), "checkout", "-q", "--detach", "origin/feature")
    git("-C", str(clone), "branch", "-D", "main")  # as actions/checkout leaves it
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    both = runner.invoke(main, ["diff", "--rev", "main...feature", "specs"])
    assert both.exit_code == 2 and both.output == (
        "错误：“main”和“feature”都不是这个 git 仓库中的版本（提交、分支或标签）；这里没有本地分支 main 和 feature，"
        "只有远程仓库的 origin/main 和 origin/feature（克隆的仓库只为检出的分支建本地分支，CI 检出代码时多半一个也不建）："
        "请写 --rev origin/main...origin/feature\n"), both.output
    written = runner.invoke(main, ["diff", "--rev", "origin/main...origin/feature", "specs"])
    assert written.exit_code == 1 and "“90%以上” → “85%以上”（目标降低）" in written.output, written.output
    typo = runner.invoke(main, ["diff", "--rev", "main...featuer", "specs"])
    assert typo.exit_code == 2 and "“featuer”不是这个 git 仓库中的版本" in typo.output, typo.output


def test_a_revision_missing_from_a_shallow_clone_says_how_to_fetch_the_history(runner, git_repo, tmp_path_factory,
                                                                               monkeypatch):
    """GitHub Actions' checkout fetches one commit unless told otherwise: `diff --rev HEAD~3` there was told to check
    the spelling of a revision that is right. A shallow clone is said, with the commands that fetch the history."""
    folder, git = git_repo()
    for n in range(3):
        edit(folder / "specs" / GZ, "form:", f"# {n}\nform:")
        git("commit", "-q", "-am", str(n))
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    git("clone", "-q", "--depth", "1", folder.as_uri(), str(clone))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    for args in (["diff", "--rev", "HEAD~3", "specs"], ["lint", "--changed-since", "HEAD~3", "specs"],
                 ["diff", "--rev", "HEAD~3...HEAD", "specs"]):
        result = runner.invoke(main, args)
        said = result.output + result.stderr
        assert result.exit_code == 2 and "“HEAD~3”不是这个 git 仓库中的版本" in said, said
        assert "这个仓库是浅克隆" in said and "git fetch --unshallow" in said and "fetch-depth: 0" in said, said
        assert "GIT_DEPTH: 0（jixiao init --ci gitlab 写出的 .gitlab-ci.yml 已经这样设置；项目的 CI/CD 变量里另设了" in said
    git("fetch", "-q", "--unshallow")
    fetched = runner.invoke(main, ["diff", "--rev", "HEAD~3", "specs"])  # the way said works: comments edited
    assert fetched.exit_code == 0 and "比较了 1 个规格" in fetched.output, fetched.output
    monkeypatch.chdir(folder)  # a full clone: how far back it goes, not the history fetched
    result = runner.invoke(main, ["diff", "--rev", "HEAD~9", "specs"])
    assert result.exit_code == 2 and "浅克隆" not in result.output, result.output
    assert "版本 HEAD 之前只有 3 个提交（最早的是 HEAD~3），没有往前数第 9 个提交" in result.output, result.output


def test_a_fork_point_cut_off_by_a_shallow_clone_is_not_said_to_be_no_common_history(runner, git_repo,
                                                                                    tmp_path_factory, monkeypatch):
    """`A...B` with both branches fetched at depth 1 has no merge base: not because they share no history."""
    folder, git = _branched(git_repo, "master", "form:", "# feature\nform:")
    edit(folder / "specs" / GZ, "form:", "# master\nform:")
    git("commit", "-q", "-am", "master")
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    git("clone", "-q", "--depth", "1", "--no-single-branch", folder.as_uri(), str(clone))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    result = runner.invoke(main, ["diff", "--rev", "origin/master...origin/feature", "specs"])
    assert result.exit_code == 2 and "找不到“origin/feature”从“origin/master”分出的起点" in result.output, result.output
    assert "git fetch --unshallow" in result.output and "没有共同的历史" not in result.output, result.output


@pytest.mark.parametrize("args, said", [
    (["diff", "--rev", "HEAD:specs", "specs"],
     "“HEAD:specs”是版本 HEAD 中的文件夹 specs，不是版本（提交、分支或标签）：版本和路径要分开写，--rev 后只写版本，"
     "如 HEAD 或 main，路径另写在后面：--rev HEAD specs"),
    (["diff", "--rev", f"HEAD:specs/{GZ}"], f"是版本 HEAD 中的文件 specs/{GZ}，不是版本"),
    (["lint", "--changed-since", "HEAD:./specs"], "“HEAD:./specs”是版本 HEAD 中的文件夹 ./specs，不是版本（提交、分支或标签）："
     "版本和路径要分开写，--changed-since 后只写版本，如 HEAD 或 main，路径另写在后面：--changed-since HEAD specs"),
    (["diff", "--rev", "HEAD:nosuch"], "“HEAD:nosuch”写的是版本 HEAD 中的 nosuch（这个版本中没有它），不是版本"),
], ids=["folder", "file", "lint", "neither"])
def test_a_revision_written_with_its_path_says_what_it_names_and_how_to_write_it(runner, repo, args, said):
    """`--rev HEAD:specs` (git's name of a folder in a revision) was told it is no revision, as a typo is."""
    result = runner.invoke(main, args)
    assert result.exit_code == 2 and said in result.output, result.output
    assert "请检查拼写" not in result.output


def test_a_revision_with_its_path_from_a_subfolder_names_the_path_from_there(runner, repo, monkeypatch):
    """`HEAD:specs/x.yaml` is from the repository's top; the path typed apart is from the current folder."""
    folder, _ = repo
    monkeypatch.chdir(folder / "specs")
    result = runner.invoke(main, ["diff", "--rev", f"HEAD:specs/{GZ}"])
    assert result.exit_code == 2 and result.output.rstrip().endswith(f"--rev HEAD {GZ}"), result.output


@pytest.mark.parametrize("where, rev, apart", [
    (".", "HEAD:", "--rev HEAD ."),  # git's root tree: said to be no revision, as a typo is
    (".", "HEAD:./", "--rev HEAD ."),  # was `--rev HEAD ` with no path
    ("specs", "HEAD:", "--rev HEAD .."),
    ("specs", "HEAD:./", "--rev HEAD ."),  # git reads `./` from the current folder, not the top
    ("specs", f"HEAD:./{GZ}", f"--rev HEAD {GZ}"),
])
def test_a_revision_with_git_s_root_or_a_path_from_here_is_typed_apart_as_jixiao_reads_it(runner, repo, monkeypatch,
                                                                                       where, rev, apart):
    """`HEAD:` is the whole repository in git, and `HEAD:./x` is x in the current folder: the path typed after the
    revision is said as jixiao reads it, from the current folder."""
    folder, _ = repo
    monkeypatch.chdir(folder / where)
    result = runner.invoke(main, ["diff", "--rev", rev])
    assert result.exit_code == 2 and result.output.rstrip().endswith(apart), result.output
    assert "请检查拼写" not in result.output, result.output


@pytest.mark.parametrize("rev, said", [
    ("HEAD~3", "；版本 HEAD 之前只有 1 个提交（最早的是 HEAD~1），没有往前数第 3 个提交；请少数几个，或检查 ~ 后的数字"),
    ("HEAD^^", "；版本 HEAD 之前只有 1 个提交（最早的是 HEAD~1），没有往前数第 2 个提交；"),
    ("HEAD~1~1", "；版本 HEAD 之前只有 1 个提交（最早的是 HEAD~1），没有往前数第 2 个提交；"),
    ("mian", "；请检查拼写，或先 git fetch"),  # a typo is still said as one
])
def test_a_revision_counted_back_past_the_first_commit_says_how_far_back_it_goes(runner, repo, rev, said):
    """`HEAD~3` in a full clone of two commits was told to check its spelling or fetch, neither of which helps."""
    folder, git = repo
    edit(folder / "specs" / GZ, "form:", "# 2\nform:")
    git("commit", "-q", "-am", "2")
    result = runner.invoke(main, ["diff", "--rev", rev, "specs"])
    assert result.exit_code == 2 and f"“{rev}”不是这个 git 仓库中的版本（提交、分支或标签）{said}" in result.output, \
        result.output


def test_a_revision_counted_back_from_the_first_commit_says_it_is_the_first(runner, repo):
    result = runner.invoke(main, ["lint", "--changed-since", "HEAD~1", "specs"])
    assert result.exit_code == 2 and ("“HEAD~1”不是这个 git 仓库中的版本（提交、分支或标签）；版本 HEAD 是仓库的第一个提交，"
                                      "它之前没有提交\n") in result.output, result.output


def test_a_branch_a_clone_of_one_branch_lacks_is_said_with_the_command_that_fetches_it(runner, git_repo, tmp_path_factory,
                                                                                      monkeypatch):
    """`git clone --depth 1` fetches one branch: `--rev origin/master` there was told to run git fetch, or git fetch
    --unshallow, neither of which fetches another branch. The refspec said fetches it; `master`, which a CI checkout
    has only as origin/master, is told to be written so."""
    folder, git = git_repo()
    git("branch", "-M", "master")
    git("checkout", "-q", "-b", "feature")
    edit(folder / "specs" / GZ, "form:", "# feature\nform:")
    git("commit", "-q", "-am", "feature")
    git("checkout", "-q", "master")  # as a hosted remote's HEAD is its main branch, which the clone does not fetch
    clone = tmp_path_factory.mktemp("shallow") / "clone"
    git("clone", "-q", "--depth", "1", "--branch", "feature", folder.as_uri(), str(clone))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    result = runner.invoke(main, ["diff", "--rev", "origin/master", "specs"])
    fetch = "git fetch origin +refs/heads/master:refs/remotes/origin/master"
    assert result.exit_code == 2 and (f"；远程仓库 origin 的分支 master 不在这个克隆中（克隆时只取回了一个分支，或分支名拼错了）："
                                      f"请先运行 {fetch} 取回它；此外，这个仓库是浅克隆") in result.output, result.output
    counted = runner.invoke(main, ["diff", "--rev", "origin/master~1", "specs"])  # the branch is what is missing
    assert f"的分支 master 不在这个克隆中（克隆时只取回了一个分支，或分支名拼错了）：请先运行 {fetch} 取回它" in counted.output
    bare = runner.invoke(main, ["diff", "--rev", "origin/", "specs"])  # a remote's name alone names no branch
    assert bare.exit_code == 2 and "远程仓库 origin 的分支" not in bare.output, bare.output
    git("-C", str(clone), *fetch.split()[1:])
    git("-C", str(clone), "update-ref", "refs/remotes/origin/hotfix/master", "HEAD")  # another branch ending so
    fetched = runner.invoke(main, ["diff", "--rev", "origin/master", "specs"])
    assert fetched.exit_code == 0, fetched.output  # the command said fetches it: only a comment differs
    local = runner.invoke(main, ["lint", "--changed-since", "master", "specs"])
    assert local.exit_code == 2 and ("；这里没有本地分支 master，只有远程仓库的 origin/master（克隆的仓库只为检出的分支建本地分支，"
                                     "CI 检出代码时多半一个也不建）：请写 --changed-since origin/master") in local.output, local.output
    counted = runner.invoke(main, ["lint", "--changed-since", "master^", "specs"])
    assert "请写 --changed-since origin/master^" in counted.output, counted.output
    # a range is said whole, the missing side written so: `--rev origin/master` alone, copied, compared the working tree
    # (feature) with master, the pull request's every change shown backwards
    for typed, written in (("master...feature", "origin/master...feature"),
                           ("feature..master", "feature..origin/master"), ("master..", "origin/master..")):
        ranged = runner.invoke(main, ["diff", "--rev", typed, "specs"])
        assert ranged.exit_code == 2 and f"请写 --rev {written}" in ranged.output, (typed, ranged.output)


@pytest.fixture
def master_remote(git_repo, tmp_path_factory):
    """(unit, remote, git): a unit repository whose main branch is master, as `jixiao init`'s `git init` names it, with
    a branch `feature` that edits the spec, and a bare remote holding both branches (its HEAD master)."""
    folder, git = _branched(git_repo, "master", '"98%以上"', '"99%以上"')
    remote = tmp_path_factory.mktemp("remote") / "unit.git"
    git("clone", "-q", "--bare", str(folder), str(remote))
    return folder, remote, git


def test_a_remote_whose_main_branch_is_master_is_said_to_have_no_main(runner, master_remote, tmp_path_factory,
                                                                     monkeypatch):
    """README's `--rev origin/main...origin/分支名`, copied in a clone of a remote whose main branch is master, was told
    the clone had fetched one branch and to fetch main, which the remote never had. A clone that fetched every branch
    says what it holds, and the command with master in it."""
    _, remote, git = master_remote
    clone = tmp_path_factory.mktemp("review") / "clone"
    git("clone", "-q", str(remote), str(clone))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    result = runner.invoke(main, ["diff", "--rev", "origin/main...origin/feature", "specs"])
    assert result.output == ("错误：“origin/main”不是这个 git 仓库中的版本（提交、分支或标签）；远程仓库 origin 没有分支 main"
                             "（这个克隆上次 git fetch 时，origin 的分支有 origin/feature、origin/master）：它的主分支叫 master，"
                             "请写 --rev origin/master...origin/feature\n"), result.output
    written = runner.invoke(main, ["diff", "--rev", "origin/master...origin/feature", "specs"])
    assert written.exit_code == 1 and "“98%以上” → “99%以上”" in written.output, written.output
    typo = runner.invoke(main, ["diff", "--rev", "origin/mian...origin/feature", "specs"])
    assert typo.exit_code == 2 and typo.output.endswith(
        "远程仓库 origin 没有分支 mian（这个克隆上次 git fetch 时，origin 的分支有 origin/feature、origin/master）："
        "请检查拼写；分支若是之后才建的，请先运行 git fetch origin\n"), typo.output
    for n in range(8):  # a remote's many branches are counted past the first eight, not all listed
        git("-C", str(clone), "update-ref", f"refs/remotes/origin/old{n}", "HEAD")
    many = runner.invoke(main, ["diff", "--rev", "origin/mian", "specs"])
    assert "origin 的分支有 origin/feature、origin/master、origin/old0、" in many.output, many.output
    assert "origin/old5 等 10 个）" in many.output and "old6" not in many.output, many.output
    for typed, said in (("main...feature", "；这个仓库没有分支 main，主分支叫 master：请写 --rev master...origin/feature\n"),
                        ("main~1..", "；这个仓库没有分支 main，主分支叫 master：请写 --rev \"master~1..\"\n")):
        local = runner.invoke(main, ["diff", "--rev", typed, "specs"])  # the clone's one local branch is master
        assert local.exit_code == 2 and local.output.endswith(said), (typed, local.output)


@pytest.mark.parametrize("default", ["develop", "trunk"])
def test_a_remote_whose_main_branch_has_another_name_is_named_from_its_head(runner, git_repo, tmp_path_factory,
                                                                           monkeypatch, default):
    """A clone records the remote's default branch (`origin/HEAD -> origin/develop`); `main` and `master` typed in
    such a clone were told to write the other of the two, which it lacked as well. The remote's HEAD, read locally,
    names the branch to write."""
    folder, git = _branched(git_repo, default, '"98%以上"', '"99%以上"')
    remote = tmp_path_factory.mktemp("remote") / "unit.git"
    git("clone", "-q", "--bare", str(folder), str(remote))
    clone = tmp_path_factory.mktemp("review") / "clone"
    git("clone", "-q", str(remote), str(clone))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    for typed, said in (("origin/main...origin/feature", f"它的主分支叫 {default}，请写 --rev origin/{default}...origin/feature\n"),
                        ("master...origin/feature", f"主分支叫 {default}：请写 --rev {default}...origin/feature\n")):
        result = runner.invoke(main, ["diff", "--rev", typed, "specs"])
        assert result.exit_code == 2 and result.output.endswith(said), (typed, result.output)
    written = runner.invoke(main, ["diff", "--rev", f"{default}...origin/feature", "specs"])
    assert written.exit_code == 1 and "“98%以上” → “99%以上”" in written.output, written.output


@pytest.mark.parametrize("head, said", [
    ("develop", "它的主分支叫 master，请写 --rev origin/master...origin/feature"),  # pruned since: the other name still
    ("feature", "它的主分支叫 master，请写 --rev origin/master...origin/feature"),  # a side of the range is no main branch
    ("发布/2027", "它的主分支叫 发布/2027，请写 --rev origin/发布/2027...origin/feature"),  # slashes and Chinese kept whole
])
def test_a_remote_head_that_names_no_branch_here_or_the_branch_compared_is_not_offered(runner, master_remote,
                                                                                       tmp_path_factory, monkeypatch,
                                                                                       head, said):
    """origin/HEAD outlives the branch it named (`develop` renamed `main` on the remote, pruned here), and a remote that
    is someone's working copy has the branch checked out there as its HEAD: the first lost the suggestion of master,
    the second read `--rev origin/feature...origin/feature`, a range of no changes."""
    _, remote, git = master_remote
    clone = tmp_path_factory.mktemp("review") / "clone"
    git("clone", "-q", str(remote), str(clone))
    if head == "发布/2027":
        git("-C", str(clone), "update-ref", f"refs/remotes/origin/{head}", "origin/master")
    git("-C", str(clone), "symbolic-ref", "refs/remotes/origin/HEAD", f"refs/remotes/origin/{head}")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    result = runner.invoke(main, ["diff", "--rev", "origin/main...origin/feature", "specs"])
    assert result.exit_code == 2 and result.output.endswith(said + "\n"), result.output


def test_a_clone_of_one_branch_still_says_how_to_fetch_main_and_master_as_a_second_guess(runner, master_remote,
                                                                                         tmp_path_factory, monkeypatch):
    """A clone of master alone cannot tell, without asking the remote, whether it has a main: the command that fetches
    it is said, as before, and master named in the range as the other guess."""
    _, remote, git = master_remote
    clone = tmp_path_factory.mktemp("one") / "clone"
    git("clone", "-q", "--single-branch", "--branch", "master", str(remote), str(clone))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(clone.parent))
    monkeypatch.chdir(clone)
    result = runner.invoke(main, ["diff", "--rev", "origin/main...HEAD", "specs"])
    assert result.exit_code == 2 and result.output.endswith(
        "；远程仓库 origin 的分支 main 不在这个克隆中（克隆时只取回了一个分支，或分支名拼错了）：请先运行 git fetch origin "
        "+refs/heads/main:refs/remotes/origin/main 取回它；若远程仓库没有 main，主分支叫 master，请写 --rev "
        "origin/master...HEAD\n"), result.output


def test_a_local_main_where_the_main_branch_is_master_is_written_master(runner, master_remote, monkeypatch):
    """`main...feature` in a repository made by `jixiao init` was told to check its spelling or fetch; now to write
    master, or origin/master where the local master is behind what was fetched."""
    folder, remote, git = master_remote
    result = runner.invoke(main, ["lint", "--changed-since", "main", "specs"])
    assert result.output.endswith("“main”不是这个 git 仓库中的版本（提交、分支或标签）；这个仓库没有分支 main，主分支叫 master："
                                  "请写 --changed-since master\n"), result.output
    result = runner.invoke(main, ["diff", "--rev", "main...feature", "specs"])
    assert result.output.endswith("；这个仓库没有分支 main，主分支叫 master：请写 --rev master...feature\n"), result.output
    git("remote", "add", "origin", str(remote))
    git("fetch", "-q", "origin")
    git("update-ref", "refs/remotes/origin/master", "feature")  # merged on the remote since: the local master is behind
    behind = runner.invoke(main, ["diff", "--rev", "main...feature", "specs"])
    assert behind.output.endswith("；这个仓库没有分支 main，主分支叫 master（本地分支 master 与 origin/master 不在同一个提交，"
                                  "git fetch 只更新 origin/master：与本地的 master 比较，会把别的合并请求的改动也算作这一个的）："
                                  "请写 --rev origin/master...feature\n"), behind.output
    git("branch", "-m", "feature", "topic")
    neither = runner.invoke(main, ["diff", "--rev", "mian...topic", "specs"])  # not the main branch's name: a typo
    assert neither.output.endswith("；请检查拼写，或先 git fetch\n"), neither.output
