"""`jixiao init` sets up a unit's own repository for the review workflow: the files the README had a unit
copy by hand, never overwriting what the unit has."""
from __future__ import annotations

import errno
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator import project
from generator.cli import main
from generator.ci_workflow import GITHUB, GITLAB, workflow
from generator.report import rerun_note
from generator.unit_repo import KIT, LINE_FILES, TEXTCONV, VSCODE_FILES

from .conftest import ROOT

EXAMPLE = ROOT / "docs" / "ci" / "github-actions.yml"

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


WRITTEN = ["jixiao.yaml", ".vscode/extensions.json", ".vscode/settings.json", ".vscode/tasks.json", ".gitattributes", ".gitignore",
           ".github/workflows/jixiao.yml"]


@pytest.fixture(autouse=True)
def jixiao_on_path(monkeypatch):
    """Whether the machine running the tests has jixiao on PATH is no concern of most tests here; `which`
    finds it (and git where git is), unless a test says otherwise."""
    from generator import unit_repo

    real = shutil.which
    monkeypatch.setattr(unit_repo.shutil, "which", lambda name, *more: "/opt/bin/jixiao" if name == "jixiao" else real(name, *more))


@pytest.fixture
def installed_from(monkeypatch):
    """installed_from(direct_url) -> None: jixiao's distribution as pip records it, with this direct_url.json
    (PEP 610; None: installed from an index, no record), or no distribution at all (`missing`); the code
    running is not a checkout (as the tests' is), unless a test says so."""
    from importlib import metadata

    from generator import ci_workflow

    monkeypatch.setattr(ci_workflow, "running_checkout", lambda: None)

    def install(direct_url):
        class Distribution:
            def read_text(self, name):
                return json.dumps(direct_url) if name == "direct_url.json" and direct_url is not None else None

        def distribution(name):
            if direct_url == "missing":
                raise metadata.PackageNotFoundError(name)
            return Distribution()

        monkeypatch.setattr(metadata, "distribution", distribution)

    return install


@pytest.fixture(autouse=True)
def from_an_index(installed_from):
    """How the machine running the tests installed jixiao (an editable checkout, its workflow step one that fails
    until filled in) is no concern of most tests here either: jixiao came from an index, unless a test says otherwise."""
    installed_from(None)


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` but git's own, by its path inside."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and ".git" not in path.relative_to(folder).parts}


def test_init_writes_the_kit_into_a_new_folder(runner, tmp_path):
    unit = tmp_path / "unit"
    result = runner.invoke(main, ["init", str(unit)])
    assert result.exit_code == 0, result.output
    assert set(WRITTEN) <= set(contents(unit)) and (unit / "specs").is_dir()
    for name in WRITTEN:
        assert f"已写入 {unit / name}" in result.output
    assert "jixiao new --form 表样 --unit 单位全称 --year 年度 -o specs/" in result.output
    for name in VSCODE_FILES:
        json.loads((unit / ".vscode" / name).read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in json.loads((unit / ".vscode" / "extensions.json").read_text(encoding="utf-8"))["recommendations"]
    assert {"*.docx diff=docx", "*.yaml text eol=lf", "*.yml text eol=lf"} <= set((unit / ".gitattributes").read_text(encoding="utf-8").splitlines())
    assert "output/" in (unit / ".gitignore").read_text(encoding="utf-8").splitlines()


@needs_git
def test_the_file_word_keeps_beside_an_open_form_is_not_committed(runner, tmp_path):
    """The next steps say `git add -A`: a form kept in the repository and open in Word at the time (a submitted
    .docx, an old form to import) took Word's owner file `~$旧表.docx` into the commit, and every clone had it;
    LibreOffice, with which Linux and macOS users open forms, leaves `.~lock.旧表.docx#` beside one the same way."""
    unit = tmp_path / "unit"
    assert runner.invoke(main, ["init", str(unit)]).exit_code == 0
    (unit / "旧表.docx").write_bytes(b"PK")
    (unit / "~$旧表.docx").write_bytes(b"\x0aAdministrator")
    (unit / ".~lock.旧表.docx#").write_text(",张三,host,06.12.2026 05:20,file:///home/zhang/.config/libreoffice/4;")
    listed = subprocess.run(["git", "-c", "core.quotepath=false", "status", "--porcelain", "--untracked-files=all"],
                            cwd=unit, capture_output=True, text=True, check=True).stdout
    assert "旧表.docx" in listed and "~$" not in listed and ".~lock" not in listed, listed


def test_the_next_steps_cd_into_a_folder_with_a_space_in_quotes(runner, tmp_path):
    """“下一步” gives the commands to type from here: `cd 某 单位` unquoted is two words to the shell, and the
    author's first command after init fails."""
    unit = tmp_path / "某 单位"
    result = runner.invoke(main, ["init", str(unit)])
    assert result.exit_code == 0 and f'1. cd "{unit}"，新建规格' in result.output, result.output


def test_the_first_next_step_tells_a_unit_with_last_years_form_to_import_it_and_carry_it_on(runner, tmp_path):
    """Most units start from last year's Word or Excel form: “下一步” named only `jixiao new --form`, a blank
    form, and the clerk retyped the year's form; it names `import` and `new --from` too, as README's 快速上手."""
    result = runner.invoke(main, ["init", str(tmp_path / "unit"), "--ci", "none"])
    step = result.output.split("下一步：\n", 1)[1].splitlines()[0]
    assert result.exit_code == 0 and "jixiao new --form 表样" in step, result.output
    assert "已有往年的 Word 或 Excel 表时，先 jixiao import 旧表.docx -o specs/ 把它读成规格" in step, step
    assert "再 jixiao new --from specs/导入的规格.yaml --year 新年度 开始新年度" in step, step


def test_the_next_steps_cd_into_a_folder_whose_name_is_not_utf8_as_bash_reads_it(runner, tmp_path, monkeypatch):
    """A folder name of GBK bytes is lone surrogates to Python: “下一步” said `cd \\udcbc\\udca8…`, Python's escapes,
    which the clerk could not type. It is said in bash's $'…', with why, and bash goes into the folder with it."""
    if os.name == "nt" or shutil.which("bash") is None:
        pytest.skip("a POSIX shell's file names")
    name = os.fsdecode("绩效".encode("gbk"))
    try:
        (tmp_path / name).mkdir()
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["init", name, "--ci", "none"])
    assert result.exit_code == 0, result.output
    step = result.output.split("下一步：\n", 1)[1].splitlines()[0]
    # GBK's d0 a7 happens to be UTF-8's Ч
    assert step.startswith("  1. cd $'\\xbc\\xa8Ч'（路径里有的名字不是 UTF-8 编码，如 GBK 编码的中文名，终端显示不出"), step
    command = step.removeprefix("  1. ").split("（", 1)[0]
    went = subprocess.run(["bash", "-c", f"{command} && pwd"], cwd=tmp_path, capture_output=True, check=True).stdout
    assert went.rstrip(b"\n") == os.fsencode(tmp_path / name)


def test_init_has_vs_code_write_specs_with_lf_in_utf8(runner, tmp_path):
    """init wrote no VS Code settings: a spec made in VS Code on Windows was saved with CRLF, failed `fmt --check`
    and the pre-commit hook locally, and passed CI (git's eol=lf turns it into LF there). Untitled files saved as
    .yaml get the editor-wide setting, so it is set outside `[yaml]` too."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    for scope in (settings, settings["[yaml]"]):
        assert scope["files.eol"] == "\n" and scope["files.encoding"] == "utf8"
    assert "yaml.schemas" not in settings  # each spec's first line names its schema


def test_the_project_file_it_writes_sets_nothing_and_marks_the_root(runner, tmp_path):
    """Every setting is commented out, so every default holds; the file is still the project's."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    assert project.find(tmp_path / "specs") == tmp_path / "jixiao.yaml"
    assert project.read(tmp_path / "jixiao.yaml") == project.Project(tmp_path / "jixiao.yaml")


def test_the_settings_commented_out_in_the_project_file_work_once_uncommented(runner, tmp_path, monkeypatch):
    """Taking away the “# ” of the example settings, as the file says, gives settings every command accepts."""
    (tmp_path / "forms" / "templates").mkdir(parents=True)
    (tmp_path / "forms" / "schema").mkdir()
    lines = (KIT / "jixiao.yaml").read_text(encoding="utf-8").splitlines()
    settings = [line[2:] for line in lines if re.match(r"# *[A-Za-z0-9_]+:( |$)", line)]
    assert [line.split(":")[0].strip() for line in settings] == ["templates", "schemas", "lint", "rules", "B10", "B6", "D5"]
    (tmp_path / "jixiao.yaml").write_text("\n".join(settings) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["lint", str(ROOT / "specs" / "guangzhou-tailian-2023.yaml")])
    assert result.exit_code == 1 and "错误[B6]" in result.output and "[D5]" not in result.output, result.output


def test_a_second_run_changes_nothing_and_says_so(runner, tmp_path):
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    before = contents(tmp_path)
    again = runner.invoke(main, ["init", str(tmp_path)])
    assert again.exit_code == 0, again.output
    assert contents(tmp_path) == before
    assert not re.search(r"^(已写入|已在|已建立|已设置)", again.output, re.M), again.output
    assert "都已设置好，这次没有改动任何文件和 git 设置。" in again.output
    assert f"{tmp_path / '.gitattributes'} 已有所需的各行，未改动" in again.output


def test_the_current_folder_is_the_default(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["init"])
    assert result.exit_code == 0 and "已写入 jixiao.yaml\n" in result.output and "cd " not in result.output
    assert set(WRITTEN) <= set(contents(tmp_path))


def test_an_existing_line_file_gets_only_the_lines_it_lacks(runner, tmp_path):
    """A unit's own .gitattributes (CRLF, no newline at the end) keeps its lines; jixiao's missing ones follow."""
    own = b"*.pdf binary\r\n*.docx   diff=docx"
    (tmp_path / ".gitattributes").write_bytes(own)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"已在 {tmp_path / '.gitattributes'} 末尾补上 2 行：*.yaml text eol=lf、*.yml text eol=lf" in result.output
    text = (tmp_path / ".gitattributes").read_bytes()
    assert text.startswith(own + b"\r\n\r\n") and text.endswith(b"*.yaml text eol=lf\r\n*.yml text eol=lf\r\n")
    assert b"diff=docx" not in text[len(own):], "a line the unit has, however spaced, is not added again"
    assert b"\n" not in text.replace(b"\r\n", b""), "the file's own line ends"
    assert "LF" in text[len(own):].decode("utf-8"), "the appended lines come with the comment that explains them"
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    assert (tmp_path / ".gitattributes").read_bytes() == text


def test_a_line_the_unit_wrote_its_own_way_is_not_added_again(runner, tmp_path):
    """`/output`, `.venv` and `*.docx diff=docx -text` already say what jixiao's lines say: they were appended
    again, leaving the unit's file saying everything twice."""
    (tmp_path / ".gitignore").write_text("/output\n.venv\n*.tmp\n/~$*\n/.~lock.*#\n", encoding="utf-8")
    (tmp_path / ".gitattributes").write_text("*.docx  diff=docx  -text\n*.yaml text eol=lf\n*.yml text eol=lf\n",
                                             encoding="utf-8")
    before = contents(tmp_path)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert {name: contents(tmp_path)[name] for name in before} == before
    for name in (".gitignore", ".gitattributes"):
        assert f"{tmp_path / name} 已有所需的各行，未改动" in result.output


def test_an_existing_file_is_never_overwritten(runner, tmp_path):
    own = b'{"recommendations": ["someone.else"]}\n'
    (tmp_path / ".vscode").mkdir()
    (tmp_path / ".vscode" / "extensions.json").write_bytes(own)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0
    assert (tmp_path / ".vscode" / "extensions.json").read_bytes() == own
    assert f"{tmp_path / '.vscode' / 'extensions.json'} 已存在，与 jixiao init 要写的内容不同，未改动" in result.output
    assert "删掉" not in result.output and "在一个空文件夹里运行 jixiao init 看到" in result.output, result.output


def test_a_unit_s_own_vscode_settings_are_kept_and_the_settings_to_merge_named(runner, tmp_path):
    """An existing settings.json (JSONC, with the unit's comments) was left alone, but the advice was to delete it and
    run init again, which threw the unit's own settings away: the settings init writes are named to merge by hand."""
    own = '{\n  // 单位自己的设置\n  "editor.fontSize": 16\n}\n'
    (tmp_path / ".vscode").mkdir()
    (tmp_path / ".vscode" / "settings.json").write_text(own, encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8") == own
    assert "删掉" not in result.output, result.output
    said = f"{tmp_path / '.vscode' / 'settings.json'} 已存在，与 jixiao init 要写的内容不同，未改动；请把下面这些设置合并进去"
    assert said in result.output, result.output
    named = result.output.split(said)[1].split("\n", 1)[1].split(f"已写入 {tmp_path / '.vscode' / 'tasks.json'}")[0]
    assert json.loads("{" + named + "}") == json.loads((KIT / "vscode" / "settings.json").read_text(encoding="utf-8"))


def test_jixiao_own_files_are_what_the_kit_writes():
    """One source of truth: jixiao's own .vscode files are the kit's, and its .gitattributes and .gitignore hold the
    kit's lines (the kit's comments are Chinese, for the unit), so the two cannot drift apart unnoticed."""
    for name in set(VSCODE_FILES) - {"settings.json"}:
        assert (ROOT / ".vscode" / name).read_bytes() == (KIT / "vscode" / name).read_bytes(), name
    own, kit = (json.loads((folder / "settings.json").read_text(encoding="utf-8")) for folder in (ROOT / ".vscode", KIT / "vscode"))
    assert {key: own.get(key) for key in kit} == kit  # jixiao's own adds only yaml.schemas for its example specs
    for name in LINE_FILES:
        own = (ROOT / f".{name}").read_text(encoding="utf-8").splitlines()
        kit = [line for line in (KIT / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        assert set(kit) - {"output/"} <= set(own), name  # jixiao's own output/ keeps a .gitkeep: /output/*


def test_a_file_as_the_folder_is_a_usage_error(runner, tmp_path):
    file = tmp_path / "notes.txt"
    file.write_text("x", encoding="utf-8")
    for folder, said in ((file, "是一个文件，这里要的是文件夹"), (file / "unit", "路径中有一段是文件而不是文件夹")):
        result = runner.invoke(main, ["init", str(folder)])
        assert result.exit_code == 2 and said in result.output and str(file) in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_an_unwritable_folder_is_a_usage_error(runner, tmp_path, monkeypatch):
    from generator import unit_repo

    def refuse(path, data):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(unit_repo, "atomic_write", refuse)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"无法读写 {tmp_path / 'jixiao.yaml'}：没有权限" in result.output and "Traceback" not in result.output


def test_in_the_folder_it_sets_up_new_validate_and_build_work_with_default_paths(runner, tmp_path, monkeypatch):
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(main, ["new", "--form", "tianjin", "--unit", "某单位", "--year", "2025", "-o", "specs/"])
    assert made.exit_code == 0, made.output
    checked = runner.invoke(main, ["validate"])
    assert checked.exit_code == 0 and "检查了 1 个文件：0 个错误" in checked.output, checked.output
    built = runner.invoke(main, ["build", "--jobs", "1"])
    assert built.exit_code == 0, built.output
    assert [p.suffix for p in sorted((tmp_path / "output").glob("某单位*"))] == [".docx", ".html"]


@needs_git
def test_the_readmes_commit_step_commits_what_init_and_new_wrote(runner, tmp_path, monkeypatch):
    """The quick start committed specs/ alone: a colleague's clone lacked the schema copy every spec's first line
    names (SCHEMA-LINE: 指向的文件不存在), and the workflow, so no pull request was ever checked. The commands are
    given one by one: joined by `&&`, Windows PowerShell 5.1, VS Code's terminal there, refused the line."""
    quick = (ROOT / "README.md").read_text(encoding="utf-8").split("## 单位填报快速上手", 1)[1].split("\n## ", 1)[0]
    step = quick[quick.index("**提交审阅**"):].split("\n", 1)[0]
    commands = re.findall(r"`(git (?:add|commit) [^`]*)`", step)
    assert len(commands) == 2 and not [command for command in commands if "&&" in command], step
    unit = tmp_path / "unit"
    init = runner.invoke(main, ["init", str(unit)])
    assert init.exit_code == 0 and "先 git add -A，再 git commit -m \"规格初稿\"）" in init.output, init.output
    assert "&& git" not in init.output, init.output  # a bare `git commit` opened an editor for the message
    monkeypatch.chdir(unit)
    made = runner.invoke(main, ["new", "--form", "tianjin", "--unit", "某单位", "--year", "2025", "-o", "specs/"])
    assert made.exit_code == 0 and "请与规格一起提交到仓库" in made.output, made.output
    assert runner.invoke(main, ["build", "--jobs", "1"]).exit_code == 0
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in commands:
        subprocess.run(command, shell=True, cwd=unit, check=True, capture_output=True, env={**os.environ, **who})
    committed = subprocess.run(["git", "ls-files"], cwd=unit, check=True, capture_output=True,
                               text=True).stdout.splitlines()
    assert {*WRITTEN, "specs/某单位-2025.yaml", "schema/tianjin.schema.json"} <= set(committed), committed
    assert not [name for name in committed if name.startswith("output/")]

    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(unit), str(clone)], check=True, capture_output=True)
    monkeypatch.chdir(clone)
    checked = runner.invoke(main, ["validate"])
    assert checked.exit_code == 0 and "SCHEMA-LINE" not in checked.output, checked.output


def _committed_unit(runner, tmp_path, monkeypatch) -> Path:
    """A unit's own repository as README's quick start leaves it before the first push: init, a spec, one commit."""
    unit = tmp_path / "unit"
    assert runner.invoke(main, ["init", str(unit), "--ci", "none"]).exit_code == 0
    monkeypatch.chdir(unit)
    assert runner.invoke(main, ["new", "--form", "tianjin", "--unit", "某单位", "--year", "2025", "-o", "specs/"]).exit_code == 0
    before = runner.invoke(main, ["init"])
    assert "  1. 新建规格：jixiao new --form 表样" in before.output, before.output  # nothing committed yet
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["git", "add", "-A"], ["git", "commit", "-q", "-m", "2025"]):
        subprocess.run(command, cwd=unit, check=True, capture_output=True, env={**os.environ, **who})
    return unit


@needs_git
def test_init_in_a_clone_of_the_units_repository_says_how_to_review_and_start_next_year(runner, tmp_path, monkeypatch):
    """README has colleagues and reviewers run init in their clone: it wrote nothing there, yet “下一步” told them to
    make the first spec with `new --form` and commit what init wrote. A clone whose project file and specs are
    committed is told how to review a pull request (with the remote's main branch, main as init's `git init` names it)
    and start next year's spec on a branch; a unit's own repository before its first commit is told as before."""
    unit = _committed_unit(runner, tmp_path, monkeypatch)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(unit), str(clone)], check=True, capture_output=True)
    monkeypatch.chdir(clone)
    result = runner.invoke(main, ["init", "--ci", "none"])
    steps = result.output.split("下一步（这个仓库里已经提交了规格）：\n", 1)[-1]
    assert result.exit_code == 0 and steps.startswith(
        "  1. 审阅合并请求：先 git fetch，再 jixiao diff --rev origin/main...origin/分支名"), result.output
    assert "  2. 开始新年度：先 git switch -c 分支名（如 draft-新年度），再 jixiao new --from specs/上一年度的规格.yaml" in steps
    assert "新建规格" not in steps and "git push -u origin HEAD" in steps, steps


@needs_git
def test_init_in_a_clone_names_its_remote_and_the_main_branch_diff_names(runner, tmp_path, monkeypatch):
    """The steps for a clone said `origin` whatever the remote was called (`git clone -o upstream`), and found the
    main branch apart from `diff --rev`, which drops a `HEAD` naming a branch since removed: here `upstream/develop`,
    which a reviewer copying the range was told is no revision. The unit's own repository after its first commit, with
    no remote yet, was told to `git fetch` and `git push -u origin HEAD` from an origin it lacks: it is told as
    before. Init is run from outside the clone, so the main branch is looked up in the folder, not the current one."""
    unit = _committed_unit(runner, tmp_path, monkeypatch)
    alone = runner.invoke(main, ["init"])
    assert alone.exit_code == 0 and "  1. 新建规格：jixiao new --form 表样" in alone.output, alone.output
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "-o", "upstream", str(unit), str(clone)], check=True, capture_output=True)
    subprocess.run(["git", "-C", str(clone), "symbolic-ref", "refs/remotes/upstream/HEAD", "refs/remotes/upstream/develop"],
                   check=True, capture_output=True)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["init", "clone", "--ci", "none"])
    assert result.exit_code == 0 and (
        "  1. cd clone，审阅合并请求：先 git fetch，再 jixiao diff --rev upstream/main...upstream/分支名") in result.output, \
        result.output
    assert "git push -u upstream HEAD，再在仓库的网页上开合并请求" in result.output, result.output


@needs_git
@pytest.mark.parametrize("named, added, tracked", [
    ("upstream", "mirror", "upstream"),  # several remotes, none called origin: was told the steps of a new repository
    ("origin", "fork", "fork"),  # the branch tracks a fork, not origin: was told to review and push on origin
])
def test_init_in_a_clone_with_several_remotes_names_the_one_its_branch_tracks(runner, tmp_path, monkeypatch,
                                                                                 named, added, tracked):
    """Init in a clone took `origin`, else the only remote: a reviewer's clone with a mirror beside `upstream` was told
    to make its first spec and commit what init wrote, and one whose branch tracks a fork was told origin's range and
    push. It now names the remote `diff --rev` takes a branch from, the one the checked-out branch tracks; looked up in
    the folder, as init is run from outside it."""
    unit = _committed_unit(runner, tmp_path, monkeypatch)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "-o", named, str(unit), str(clone)], check=True, capture_output=True)
    for command in (["remote", "add", added, str(unit)], ["fetch", "-q", added], ["branch", "-q", "-u", f"{tracked}/main"]):
        subprocess.run(["git", "-C", str(clone), *command], check=True, capture_output=True)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["init", "clone", "--ci", "none"])
    assert result.exit_code == 0 and (
        f"  1. cd clone，审阅合并请求：先 git fetch，再 jixiao diff --rev {tracked}/main...{tracked}/分支名") in result.output, \
        result.output
    assert f"git push -u {tracked} HEAD，再在仓库的网页上开合并请求" in result.output, result.output


@needs_git
def test_init_in_a_clone_where_git_cannot_list_the_remotes_still_ends_with_its_steps(runner, tmp_path, monkeypatch):
    """The remotes are listed by `ordered_remotes`, which raises when `git remote` fails, as diff needs: init, its work
    done, ended with `错误：git -C 失败：…` (exit 2) instead of its next steps. It says the steps of a repository with
    no remote, as when `git remote` lists none."""
    unit = _committed_unit(runner, tmp_path, monkeypatch)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(unit), str(clone)], check=True, capture_output=True)
    real = subprocess.run

    def failing_remote(command, *args, **kwargs):
        if command[:1] == ["git"] and "remote" in command[1:4]:
            return subprocess.CompletedProcess(command, 128, b"", b"fatal: bad config line 1 in file .git/config\n")
        return real(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", failing_remote)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["init", "clone", "--ci", "none"])
    assert result.exit_code == 0 and "错误" not in result.output, result.output
    assert "  1. cd clone，新建规格：jixiao new --form 表样" in result.output, result.output


@needs_git
def test_init_in_a_clone_on_a_machine_without_git_still_says_its_next_steps(runner, tmp_path, monkeypatch):
    """Without git on PATH, init in a clone (whose `.git` came on a USB stick) ended with `错误：无法读写 git：不存在`
    after writing its files: looking for committed specs ran git regardless. Without git the steps are the usual ones."""
    unit = _committed_unit(runner, tmp_path, monkeypatch)
    (tmp_path / "no-git").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "no-git"))
    result = runner.invoke(main, ["init", str(unit), "--ci", "none"])
    assert result.exit_code == 0 and "没有找到 git" in result.output and "  1. 新建规格" in result.output, result.output


def checks_the_workflow_runs(text: str) -> list[list[str]]:
    """The jixiao commands of the workflow's steps that run on every push (the diff needs a pull request's base)."""
    steps = YAML(typ="safe").load(text)["jobs"]["specs"]["steps"]
    lines = [line.strip() for step in steps for line in step.get("run", "").splitlines()]
    commands = [re.split(r"[|>]", line)[0].replace('"${specs[@]}"', "").replace('"${since[@]}"', "")
                for line in lines]  # no spec named, nor a base to compare with, on a push
    return [shlex.split(command)[1:] for command in commands if command.startswith("jixiao ") and "--rev" not in command]


@pytest.mark.parametrize("fresh_clone", [False, True])
def test_the_first_push_before_any_spec_passes_every_check(runner, tmp_path, monkeypatch, fresh_clone):
    """git keeps no empty folder: pushed before the first spec, specs/ was missing in CI, `jixiao validate specs`
    said no spec was found, and the unit's first push failed."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    if fresh_clone:
        (tmp_path / "specs").rmdir()
    monkeypatch.chdir(tmp_path)
    commands = checks_the_workflow_runs((tmp_path / ".github" / "workflows" / "jixiao.yml").read_text(encoding="utf-8"))
    assert commands == [["validate", "--format", "github"], ["fmt", "--check", "--leave-to-validate", "--format", "github"],
                        ["build", "--leave-to-validate", "--out", "output", "--jobs", "2"],
                        ["lint", "--leave-to-validate", "--format", "markdown"],
                        ["lint", "--leave-to-validate", "--format", "github"]]
    for command in commands:
        result = runner.invoke(main, command)
        assert result.exit_code == 0, (command, result.output)
        said = "还没有 specs/ 文件夹，也就还没有规格文件（.yaml、.yml）。新建一份（specs/ 随之建好）" if fresh_clone \
            else "specs/ 里还没有规格文件（.yaml、.yml）。新建一份"  # a missing specs/ was called empty
        assert result.stderr == f"还没有规格：{said}：jixiao new --form 表样 --unit 单位全称 " \
                                "--year 年度 -o specs/（jixiao new --list 列出表样）。\n", command
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_a_report_of_no_spec_yet_is_still_a_document_for_a_program(runner, tmp_path, monkeypatch, command):
    """`jixiao validate --format json` in a project with no spec yet printed nothing: a JSON reader broke on it."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, [command, "--format", "json"])
    assert result.exit_code == 0 and "还没有规格" in result.stderr, result.output
    assert json.loads(result.stdout) == {"files": 0, "errors": 0, "warnings": 0, "infos": 0, "problems": []}


@pytest.mark.parametrize("command", [["validate"], ["lint"], ["build"], ["fmt", "--check"]])
def test_a_broken_project_file_with_no_spec_yet_is_still_said(runner, tmp_path, monkeypatch, command):
    """The commands stopped at "还没有规格" (exit 0) before reading jixiao.yaml: a misspelt setting passed CI."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    (tmp_path / "jixiao.yaml").write_text("colour: red\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, command)
    assert result.exit_code == 2 and "不认识的设置“colour”" in result.output and "还没有规格" not in result.output, \
        result.output


def test_no_spec_yet_is_said_from_a_subfolder_with_the_path_from_there(runner, tmp_path, monkeypatch):
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path / ".vscode")
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 0 and "-o ../specs/（" in result.stderr, result.output


@needs_git
def test_the_diff_of_a_repository_with_no_spec_yet_is_no_change(runner, git_repo):
    folder, git = git_repo()
    git("rm", "-q", "-r", "specs")
    git("commit", "-q", "-m", "no spec")
    assert runner.invoke(main, ["init", "."]).exit_code == 0
    result = runner.invoke(main, ["diff", "--rev", "HEAD", "--format", "markdown"])
    assert result.exit_code == 0 and result.stdout == "" and "还没有规格" in result.stderr, result.output


def test_a_path_given_that_holds_no_spec_is_still_an_error(runner, tmp_path, monkeypatch):
    """A mistyped folder in a CI job must not pass in silence, jixiao.yaml or not."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    for command in (["validate", "specs"], ["build", "specs"], ["lint", "specs/"], ["fmt", "--check", "specs"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2 and "里没有规格文件（.yaml、.yml）：请检查路径" in result.output and "还没有规格" not in result.output, command
    result = runner.invoke(main, ["validate", "spec"])
    assert result.exit_code == 1 and "spec: 错误[FILE-NOT-FOUND]" in result.output, result.output


def test_without_a_project_file_no_spec_is_still_an_error(runner, tmp_path, monkeypatch):
    """Outside a project (no jixiao.yaml) no specs/ most likely means the wrong folder."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2 and "当前文件夹下没有 specs/ 文件夹" in result.output, result.output
    (tmp_path / "specs").mkdir()
    result = runner.invoke(main, ["validate"])
    assert result.exit_code == 2 and "specs 里没有规格文件（.yaml、.yml）：请检查路径" in result.output, result.output


def installed_by(text: str) -> str:
    """The `run:` of the workflow's install step."""
    steps = YAML(typ="safe").load(text)["jobs"]["specs"]["steps"]
    return next(step["run"] for step in steps if step.get("id") == "install")


def test_the_workflow_is_the_ci_example_but_for_the_install_step(installed_from):
    """One source: docs/ci/github-actions.yml, its `pip install -e .` (a checkout) replaced by an install a unit can run."""
    from generator import version

    installed_from(None)
    written, example = workflow().splitlines(), EXAMPLE.read_text(encoding="utf-8").splitlines()
    [at] = [i for i, line in enumerate(example) if "run: pip install -e ." in line]
    after = len(example) - at - 1
    assert written[:at] == example[:at] and written[len(written) - after:] == example[at + 1:]
    *notes, install = written[at:len(written) - after]
    assert notes and all(line.startswith("        # ") for line in notes)
    assert install == f'        run: pip install "jixiao=={version()}"'


@pytest.mark.parametrize("direct_url, expected", [
    ({"url": "https://example.org/jixiao.git", "vcs_info": {"vcs": "git", "commit_id": "0123abc", "requested_revision": "v0.1.0"}},
     'pip install "jixiao @ git+https://example.org/jixiao.git@0123abc"'),
    ({"url": "https://example.org/jixiao.git", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}, "subdirectory": "tool"},
     'pip install "jixiao @ git+https://example.org/jixiao.git@0123abc#subdirectory=tool"'),
    ({"url": "https://example.org/jixiao-0.1.0-py3-none-any.whl", "archive_info": {"hashes": {"sha256": "00"}}},
     'pip install "jixiao @ https://example.org/jixiao-0.1.0-py3-none-any.whl"'),
])
def test_a_jixiao_installed_from_a_url_is_pinned_to_exactly_that(installed_from, direct_url, expected):
    installed_from(direct_url)
    text = workflow()
    assert installed_by(text) == expected
    assert "同一地址、同一提交" in text


def test_a_jixiao_installed_from_an_index_is_installed_by_its_version(installed_from):
    from generator import version

    installed_from(None)
    text = workflow()
    assert installed_by(text) == f'pip install "jixiao=={version()}"'
    assert "--index-url" in text


@pytest.mark.parametrize("direct_url", [
    "missing",  # not installed: run from a checkout
    {"url": "file:///home/someone/jixiao", "dir_info": {"editable": True}},
    {"url": "file:///home/someone/jixiao", "dir_info": {}},
    {"url": "file:///home/someone/wheels/jixiao-0.1.0-py3-none-any.whl", "archive_info": {}},  # no longer there
    {"url": "file:///home/someone/jixiao-0.1.0.tar.gz", "archive_info": {}},
])
def test_a_jixiao_ci_cannot_install_gets_a_step_that_fails_saying_how_to_fill_it_in(installed_from, direct_url):
    """`jixiao==<version>` installed whatever an index has under that name: nothing, so the first push failed,
    or a stranger's package run with the job's token. The step now fails, saying in Chinese what to write."""
    installed_from(direct_url)
    text = workflow()
    run = installed_by(text)
    assert run.startswith('echo "::error::还没有写好怎样安装 jixiao') and run.endswith(" && exit 1"), run
    assert "pip install" not in run and "file:" not in text and "someone" not in text
    assert '#   run: pip install "jixiao @ git+https://<jixiao 仓库的地址>@<标签或提交>"' in text
    assert "#   run: pip install wheels/<wheel 文件名>" in text


def test_a_checkout_without_a_record_of_its_install_is_not_taken_for_an_index_install(installed_from, monkeypatch):
    """An editable install the older way (an egg-link, as on the machine these tests were written on) records no
    direct_url.json: the checkout looked installed from an index, and CI got `jixiao==0.1.0`, which no index has."""
    from generator import ci_workflow

    installed_from(None)
    monkeypatch.setattr(ci_workflow, "running_checkout", lambda: Path("/home/someone/jixiao"))
    text = workflow()
    assert installed_by(text).startswith('echo "::error::还没有写好怎样安装 jixiao') and "someone" not in text


@needs_git
def test_a_workflow_that_cannot_install_jixiao_is_said_when_written_not_at_every_run(runner, tmp_path, monkeypatch):
    """`注意：本机的 jixiao 是在源码目录…里运行的` came at every run while the workflow was as init wrote it, in a
    colleague's clone too (its workflow committed and pushed, no longer to fix before pushing). It is said in the run
    that writes the workflow; a later run, there or in a clone, says the step is still to rewrite, as every CI run
    stops at it, where `都已设置好` said nothing was left to do."""
    from generator import ci_workflow

    monkeypatch.setattr(ci_workflow, "running_checkout", lambda: Path("/home/someone/jixiao"))
    unit = tmp_path / "unit"
    first = runner.invoke(main, ["init", str(unit)])
    warning = "注意：本机的 jixiao 是在源码目录 /home/someone/jixiao 里运行的，GitHub 上装不到它"
    assert first.exit_code == 0 and first.output.count(warning) == 1, first.output
    again = runner.invoke(main, ["init", str(unit)])
    assert again.exit_code == 0 and "源码目录" not in again.output, again.output
    left = "jixiao.yml 里安装 jixiao 的那一步还没有改写，GitHub 上运行到它就报错停下：请按那一步上方的中文说明改写它"
    assert again.output.count(left) == 1, again.output
    assert "都已设置好" not in again.output and "这次没有改动任何文件和 git 设置；上面说的还没有做好。" in again.output
    assert "核对 .github/workflows/jixiao.yml 里安装 jixiao 的那一行" in again.output, again.output
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    for command in (["git", "add", "-A"], ["git", "commit", "-q", "-m", "init"]):
        subprocess.run(command, cwd=unit, check=True, capture_output=True, env={**os.environ, **who})
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(unit), str(clone)], check=True, capture_output=True)
    in_clone = runner.invoke(main, ["init", str(clone)])
    assert in_clone.exit_code == 0 and "源码目录" not in in_clone.output, in_clone.output
    assert in_clone.output.count(left) == 1 and "推送之前" not in in_clone.output, in_clone.output


def installed_wheel(folder: Path, content: bytes = b"the wheel") -> dict:
    """A wheel file in `folder`, as pip records installing it (PEP 610)."""
    wheel = folder / "jixiao-0.1.0-py3-none-any.whl"
    folder.mkdir(parents=True, exist_ok=True)
    wheel.write_bytes(content)
    return {"url": wheel.as_uri(), "archive_info": {"hashes": {"sha256": "00"}}}


def test_a_jixiao_installed_from_a_local_wheel_is_installed_from_a_copy_in_the_repository(runner, tmp_path, installed_from):
    """A local wheel's file: URL means nothing on a CI runner: the workflow pinned `jixiao==<version>`, which no
    index has, and the first push failed. The wheel is copied into wheels/ and installed from there."""
    installed_from(installed_wheel(tmp_path / "downloads"))
    unit = tmp_path / "unit"
    result = runner.invoke(main, ["init", str(unit)])
    assert result.exit_code == 0, result.output
    copy = unit / "wheels" / "jixiao-0.1.0-py3-none-any.whl"
    assert copy.read_bytes() == b"the wheel"
    assert f"已写入 {copy}（本机安装 jixiao 所用的 wheel 文件；工作流用它安装 jixiao" in result.output
    text = (unit / ".github" / "workflows" / "jixiao.yml").read_text(encoding="utf-8")
    assert installed_by(text) == "pip install wheels/jixiao-0.1.0-py3-none-any.whl"
    assert "downloads" not in text and "file:" not in text
    again = runner.invoke(main, ["init", str(unit)])
    assert f"{copy} 已存在，未改动" in again.output and "都已设置好" in again.output, again.output


def test_a_different_wheel_of_the_same_name_in_the_repository_is_not_overwritten(runner, tmp_path, installed_from):
    installed_from(installed_wheel(tmp_path / "downloads"))
    (tmp_path / "wheels").mkdir()
    (tmp_path / "wheels" / "jixiao-0.1.0-py3-none-any.whl").write_bytes(b"the unit's own")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "wheels" / "jixiao-0.1.0-py3-none-any.whl").read_bytes() == b"the unit's own"
    assert "jixiao-0.1.0-py3-none-any.whl 已存在，与 jixiao init 要写的内容不同，未改动" in result.output


def test_a_workflow_of_the_units_own_gets_no_wheel(runner, tmp_path, installed_from):
    """The wheel is for the install line init writes; a workflow the unit wrote installs jixiao its own way."""
    installed_from(installed_wheel(tmp_path / "downloads"))
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "jixiao.yml").write_text("name: own\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "wheels").exists()


def test_a_jixiao_from_a_folder_is_said_to_need_the_install_line_edited_when_the_workflow_is_written(runner, tmp_path,
                                                                                                    installed_from):
    """Said when init writes the workflow; a later run says the step is still to rewrite, until it is."""
    installed_from({"url": (tmp_path / "jixiao-checkout").as_uri(), "dir_info": {"editable": True}})
    (tmp_path / "jixiao-checkout").mkdir()
    unit = tmp_path / "unit"
    written = unit / ".github" / "workflows" / "jixiao.yml"
    warning = (f"注意：本机的 jixiao 是从文件夹 {tmp_path / 'jixiao-checkout'} 装的，GitHub 上装不到它，所以 {written} 里"
               "安装 jixiao 的那一步现在会报错停下：推送之前，请按那一步上方的中文说明改写它")
    result = runner.invoke(main, ["init", str(unit)])
    assert result.exit_code == 0 and warning in result.output, result.output
    result = runner.invoke(main, ["init", str(unit)])
    assert result.exit_code == 0 and "注意：本机的 jixiao" not in result.output, result.output
    assert "核对 .github/workflows/jixiao.yml 里安装 jixiao 的那一行" in result.output, result.output
    assert f"注意：{written} 里安装 jixiao 的那一步还没有改写" in result.output, result.output
    written.write_text(written.read_text(encoding="utf-8").replace(installed_by(written.read_text(encoding="utf-8")),
                                                                   'pip install "jixiao @ git+https://example.org/jixiao.git@v1"'),
                       encoding="utf-8")
    edited = runner.invoke(main, ["init", str(unit)])
    assert "还没有改写" not in edited.output and "都已设置好" in edited.output, edited.output


def test_an_install_step_left_unwritten_is_said_when_init_now_writes_another(runner, tmp_path, installed_from):
    """The step is found in the file, not from the jixiao running here: a unit that ran init from a source folder and
    later from a wheel has a workflow init no longer writes, and heard only that it differs, its CI failing still."""
    installed_from({"url": (tmp_path / "jixiao-checkout").as_uri(), "dir_info": {"editable": True}})
    (tmp_path / "jixiao-checkout").mkdir()
    unit = tmp_path / "unit"
    assert runner.invoke(main, ["init", "--ci", "gitlab", str(unit)]).exit_code == 0
    installed_from(installed_wheel(tmp_path / "downloads"))
    again = runner.invoke(main, ["init", str(unit)])
    assert again.exit_code == 0, again.output
    assert f"{unit / '.gitlab-ci.yml'} 已存在，与 jixiao init 要写的内容不同" in again.output, again.output
    assert (f"注意：{unit / '.gitlab-ci.yml'} 里安装 jixiao 的那一步还没有改写，GitLab 上运行到它就报错停下"
            in again.output), again.output


def test_an_install_step_rewritten_below_its_commented_out_placeholder_is_not_said_unwritten(runner, tmp_path,
                                                                                             installed_from):
    """A unit that rewrote the step keeping the failing line as a comment above its own was told the step was still
    unwritten: the placeholder is looked for outside comments; left in, on CRLF lines, it is still said."""
    installed_from({"url": (tmp_path / "jixiao-checkout").as_uri(), "dir_info": {"editable": True}})
    (tmp_path / "jixiao-checkout").mkdir()
    unit = tmp_path / "unit"
    assert runner.invoke(main, ["init", str(unit)]).exit_code == 0
    written = unit / ".github" / "workflows" / "jixiao.yml"
    text = written.read_text(encoding="utf-8")
    placeholder = "run: " + installed_by(text)
    written.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    crlf = runner.invoke(main, ["init", str(unit)])
    assert crlf.exit_code == 0 and "那一步还没有改写" in crlf.output, crlf.output
    written.write_text(text.replace(placeholder, f'# {placeholder}\n        run: pip install wheels/jixiao-1.0-py3-none-any.whl'),
                       encoding="utf-8")
    commented = runner.invoke(main, ["init", str(unit)])
    assert commented.exit_code == 0, commented.output
    assert "还没有改写" not in commented.output and "都已设置好" in commented.output, commented.output


def test_the_notes_beside_the_install_line_say_everything_themselves(installed_from, tmp_path):
    """They said “见本文件开头的说明”, but the file's header is English and about jixiao's own repository."""
    for direct_url in (None, "missing", installed_wheel(tmp_path),
                       {"url": "https://example.org/jixiao.git", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}):
        installed_from(direct_url)
        text = workflow()
        assert "本文件开头" not in text, direct_url


def git_setting(folder: Path, key: str) -> str:
    return subprocess.run(["git", "-C", str(folder), "config", "--get", key], capture_output=True, text=True).stdout.strip()


@needs_git
def test_a_folder_in_no_repository_becomes_one_with_jixiaos_git_settings(runner, tmp_path):
    unit = tmp_path / "unit"
    result = runner.invoke(main, ["init", str(unit)])
    assert result.exit_code == 0, result.output
    assert f"已建立 git 仓库（git init）：{unit}" in result.output
    assert (unit / ".git").is_dir()
    assert git_setting(unit, "diff.docx.textconv") == TEXTCONV and git_setting(unit, "core.quotepath") == "false"
    assert f'已设置 git config diff.docx.textconv "{TEXTCONV}"\n已设置 git config core.quotepath false\n' in result.output


def test_the_textconv_git_runs_is_this_python_with_no_jixiao_on_path_needed():
    """git ran `jixiao textconv` by name: with jixiao off PATH (a venv in jixiao's checkout) every `git diff` that met a
    Word file stopped with `fatal: unable to read files to diff`. `python -m generator` runs the CLI as the script does."""
    python, _, command = TEXTCONV.partition(" -P -m ")
    assert python.strip("'") == Path(sys.executable).as_posix() and command == "generator textconv"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PATH": os.path.dirname(sys.executable)}
    shown = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, env=env,
                           encoding="utf-8")
    assert shown.returncode == 0 and "用法: python -m generator" in shown.stdout, shown.stderr
    docx = ROOT / "templates" / "zhanjiang" / "form.docx"
    read = subprocess.run([sys.executable, "-m", "generator", "textconv", str(docx)], capture_output=True, env=env)
    assert read.returncode == 0 and "部门名称" in read.stdout.decode("utf-8"), read.stderr


@needs_git
def test_the_repository_init_makes_has_the_branch_main_the_docs_name(runner, tmp_path, monkeypatch):
    """git names the first branch master unless configured otherwise (as here): the documented `diff --rev
    main...draft` then failed in a repository init had made, with a hint to write master. Init names it main; the
    workflow runs on pushes to it (and to master, for a repository made by a plain `git init`)."""
    for key, value in {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "init.defaultBranch", "GIT_CONFIG_VALUE_0": "master"}.items():
        monkeypatch.setenv(key, value)
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    assert _branch(tmp_path) == "main"
    on = YAML(typ="safe").load((tmp_path / ".github" / "workflows" / "jixiao.yml").read_text(encoding="utf-8"))["on"]
    assert on["push"]["branches"] == ["main", "master"]


def _branch(folder: Path) -> str:
    return subprocess.run(["git", "-C", str(folder), "symbolic-ref", "--short", "HEAD"], capture_output=True,
                          text=True).stdout.strip()


@needs_git
def test_a_git_without_init_b_makes_the_repository_all_the_same(runner, tmp_path, monkeypatch):
    """git before 2.28 refuses `git init -b`: init then runs the plain `git init`, quietly, and keeps git's branch."""
    from generator import unit_repo

    ran, git = [], unit_repo.run_git

    def old_git(folder, *args):
        ran.append(args)
        return subprocess.CompletedProcess(args, 129, "", "error: unknown switch `b'") if "-b" in args else git(folder, *args)

    monkeypatch.setattr(unit_repo, "run_git", old_git)
    for key, value in {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "init.defaultBranch", "GIT_CONFIG_VALUE_0": "master"}.items():
        monkeypatch.setenv(key, value)
    result = runner.invoke(main, ["init", str(tmp_path / "unit"), "--ci", "none"])
    assert result.exit_code == 0 and f"已建立 git 仓库（git init）：{tmp_path / 'unit'}" in result.output, result.output
    inits = [args for args in ran if args[0] == "init"]
    assert inits == [("init", "-q", "-b", "main"), ("init", "-q")] and "unknown switch" not in result.output
    assert (tmp_path / "unit" / ".git").is_dir() and _branch(tmp_path / "unit") == "master"


@needs_git
def test_a_repository_made_before_keeps_its_branch(runner, tmp_path):
    """A folder already in a repository (`git init` run by hand, its branch master) is set up, its branch not renamed."""
    subprocess.run(["git", "-c", "init.defaultBranch=master", "init", "-q", str(tmp_path)], check=True, capture_output=True)
    assert runner.invoke(main, ["init", str(tmp_path), "--ci", "none"]).exit_code == 0
    assert _branch(tmp_path) == "master"


@needs_git
def test_a_repository_is_not_made_again_and_a_setting_it_has_is_kept(runner, git_repo):
    folder, git = git_repo()
    git("config", "core.quotepath", "true")
    (folder / "sub").mkdir()
    result = runner.invoke(main, ["init", "sub"])
    assert result.exit_code == 0, result.output
    assert "git init" not in result.output and not (folder / "sub" / ".git").exists()
    assert f"sub 在 git 仓库 {folder} 里：git 设置写在这个仓库里；" in result.output
    assert "git 设置 core.quotepath 已是 true，未改动（jixiao 用的是 git config core.quotepath false）" in result.output
    assert git("config", "--get", "core.quotepath").strip() == "true"
    assert git("config", "--get", "diff.docx.textconv").strip() == TEXTCONV


@needs_git
def test_in_a_folder_inside_a_repository_the_workflow_goes_to_the_top_and_runs_in_the_folder(runner, git_repo):
    """GitHub runs only .github/workflows/ at a repository's top: one written into the folder never ran."""
    folder, _ = git_repo()
    result = runner.invoke(main, ["init", "财务/绩效 目标"])
    assert result.exit_code == 0, result.output
    assert not (folder / "财务" / "绩效 目标" / ".github").exists()
    assert f"已写入 {folder / '.github' / 'workflows' / 'jixiao.yml'}" in result.output
    assert "GitHub 只运行仓库根目录下的工作流，所以工作流写在那里，在 财务/绩效 目标 里检查规格" in result.output
    job = YAML(typ="safe").load((folder / ".github" / "workflows" / "jixiao.yml").read_text(encoding="utf-8"))["jobs"]["specs"]
    assert job["defaults"]["run"]["working-directory"] == "财务/绩效 目标"
    uploads = [step["with"]["path"] for step in job["steps"] if "upload-artifact" in step.get("uses", "")]
    assert uploads == ["财务/绩效 目标/output/*", "财务/绩效 目标/diff.md"], "the artifacts' paths are not run in the folder"
    [checkout] = [step.get("with", {}) for step in job["steps"] if "actions/checkout" in step.get("uses", "")]
    assert checkout.get("fetch-depth") == 0, "diff --rev and lint --changed-since need the base's history, not depth 1"
    [python] = [step["with"] for step in job["steps"] if "setup-python" in step.get("uses", "")]
    assert list(folder.glob(python["cache-dependency-path"])) == [folder / ".github" / "workflows" / "jixiao.yml"], \
        "the pip cache's key is read from the repository's top, as any action's path"
    assert (folder / "财务" / "绩效 目标" / "jixiao.yaml").is_file() and (folder / "财务" / "绩效 目标" / ".vscode").is_dir()


@needs_git
def test_a_folder_inside_a_repository_whose_name_is_not_utf8_is_set_up_without_a_workflow(runner, git_repo):
    """A folder name of GBK bytes (typed in a GBK terminal, or unpacked from a zip made on Windows) is lone surrogates
    to Python: the workflow naming it could not be encoded, an internal error after half the kit was written. The
    kit is written, and the workflow is said not to be, and why; the next steps told to check it, and the line naming
    the repository said it was written at its top."""
    folder, _ = git_repo()
    name = os.fsdecode("绩效".encode("gbk"))
    try:
        (folder / name).mkdir()
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    result = runner.invoke(main, ["init", name])
    assert result.exit_code == 0, result.output
    assert (folder / name / "jixiao.yaml").is_file() and not (folder / ".github").exists()
    assert f"没有写出 {folder / '.github' / 'workflows' / 'jixiao.yml'}：这个文件夹在 git 仓库里的路径" in result.output
    assert "已设置 git config core.quotepath false" in result.output, "the steps after the workflow were not taken"
    steps = result.output.split("下一步：\n", 1)[1]
    assert "  4. 没有写出 GitHub 的工作流（见上）：把路径里名字读不出的文件夹重新命名后再运行一次 jixiao init" in steps, steps
    assert "jixiao.yml" not in steps and "核对" not in steps, "the next steps told to check the workflow not written"
    assert "所以工作流写在那里" not in result.output, "the workflow was said to be written at the repository's top"


@needs_git
def test_the_next_steps_name_the_workflow_where_it_was_written(runner, git_repo):
    """In a folder inside a larger repository, “下一步” named .github/workflows/jixiao.yml in the folder, where
    there is none: the workflow is at the repository's top."""
    folder, _ = git_repo()
    result = runner.invoke(main, ["init", "财务/绩效 目标"])
    assert result.exit_code == 0, result.output
    assert f"  4. 核对 {folder / '.github' / 'workflows' / 'jixiao.yml'} 里安装 jixiao 的那一行" in result.output
    at_top = runner.invoke(main, ["init", "."])
    assert "  4. 核对 .github/workflows/jixiao.yml 里安装 jixiao 的那一行" in at_top.output, at_top.output


def test_without_git_it_says_which_commands_to_run_later(runner, tmp_path, monkeypatch):
    from generator import unit_repo

    monkeypatch.setattr(unit_repo.shutil, "which", lambda name: None)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"没有找到 git：装好 git（https://git-scm.com/downloads）后再运行一次 jixiao init，或在 {tmp_path} 里运行：\n" \
           f'  git init -b main\n  git config diff.docx.textconv "{TEXTCONV}"\n  git config core.quotepath false\n' in result.output
    assert not (tmp_path / ".git").exists() and (tmp_path / "jixiao.yaml").is_file()


@pytest.mark.parametrize("inside", ["", "财务/绩效"])
def test_without_git_a_folder_already_in_a_repository_is_not_told_to_git_init(runner, tmp_path, monkeypatch, inside):
    """A clone (or a folder in one) opened on a machine without git was told to run `git init` there."""
    from generator import unit_repo

    monkeypatch.setattr(unit_repo.shutil, "which", lambda name: None)
    (tmp_path / ".git").mkdir()
    folder = tmp_path / inside
    result = runner.invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    assert f"或在 {folder} 里运行：\n" f'  git config diff.docx.textconv "{TEXTCONV}"\n  git config core.quotepath false\n' \
        in result.output and "git init" not in result.output, result.output


@pytest.mark.parametrize("git", [True, False], ids=["git", "no-git"])
def test_the_current_folder_is_named_by_its_path_not_as_a_dot(runner, tmp_path, monkeypatch, git):
    """Run in the folder it set up, init said `已建立 git 仓库（git init）：.` and `或在 . 里运行`."""
    from generator import unit_repo

    if git and shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not git:
        monkeypatch.setattr(unit_repo.shutil, "which", lambda name: None)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["init"])
    assert result.exit_code == 0, result.output
    said = f"已建立 git 仓库（git init）：当前文件夹（{tmp_path}）" if git else f"后再运行一次 jixiao init，或在当前文件夹（{tmp_path}）里运行"
    assert said in result.output and not re.search(r"[：在] ?\.(\s|$)", result.output), result.output


@needs_git
def test_the_current_folder_inside_a_repository_is_named_without_spaces_around_its_brackets(runner, git_repo,
                                                                                            monkeypatch):
    """`当前文件夹（/x/sub） 在 git 仓库 /x 里`: a space beside a full-width bracket, which Chinese text has none of."""
    folder, _ = git_repo()
    (folder / "sub").mkdir()
    monkeypatch.chdir(folder / "sub")
    result = runner.invoke(main, ["init"])
    assert result.exit_code == 0 and f"当前文件夹（{folder / 'sub'}）在 git 仓库 {folder} 里" in result.output, result.output


def test_a_folder_typed_as_dot_dot_is_named_by_its_path(runner, tmp_path, monkeypatch):
    from generator import unit_repo

    monkeypatch.setattr(unit_repo.shutil, "which", lambda name: None)
    (tmp_path / "unit" / "sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "unit" / "sub")
    result = runner.invoke(main, ["init", ".."])
    assert result.exit_code == 0 and f"或在 {tmp_path / 'unit'} 里运行" in result.output, result.output


def test_without_git_a_second_run_does_not_call_everything_set_up(runner, tmp_path, monkeypatch):
    """No repository and no git settings yet: “都已设置好” told the unit there was nothing left to do."""
    from generator import unit_repo

    monkeypatch.setattr(unit_repo.shutil, "which", lambda name: None)
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    again = runner.invoke(main, ["init", str(tmp_path)])
    assert again.exit_code == 0, again.output
    assert "都已设置好" not in again.output and "没有找到 git" in again.output
    assert "这次没有改动任何文件和 git 设置；上面说的还没有做好。" in again.output


def test_a_jixiao_not_on_path_is_said_with_where_it_is(runner, tmp_path, monkeypatch):
    """VS Code's tasks run `jixiao` by name; one installed off PATH (in the venv of jixiao's checkout, as the
    README installs it) made Ctrl+Shift+B fail, unsaid. (git's textconv runs Python by its path.)"""
    from generator import unit_repo

    real = shutil.which
    monkeypatch.setattr(unit_repo.shutil, "which", lambda name, *more: None if name == "jixiao" else real(name, *more))
    scripts = tmp_path / "jixiao-checkout" / ".venv" / "bin"
    scripts.mkdir(parents=True)
    monkeypatch.setattr(sys, "argv", [str(scripts / "jixiao"), "init"])
    unit = tmp_path / "unit"
    for run in range(2):
        result = runner.invoke(main, ["init", str(unit)])
        assert result.exit_code == 0, result.output
        assert "注意：PATH 里找不到 jixiao 命令，而 VS Code 的任务（Ctrl+Shift+B）要运行它" in result.output
        assert "git diff" not in result.output.split("注意：PATH", 1)[1].split("\n", 1)[0]
        assert f"请把 jixiao 所在的文件夹加到 PATH（这次运行的 jixiao 在 {scripts}）" in result.output
    assert "都已设置好" not in result.output


def test_a_jixiao_on_path_is_not_mentioned(runner, tmp_path):
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0 and "PATH" not in result.output, result.output


def test_the_top_level_help_starts_the_usual_flow_with_init(runner):
    """`jixiao --help`'s 常用流程 began at validate: a unit's new repository never heard of init there."""
    result = runner.invoke(main, ["--help"])
    flow = result.output[result.output.index("常用流程："):result.output.index("\n选项")]
    assert [line.split()[1] for line in flow.splitlines()[1:] if line.strip()][:2] == ["init", "validate"], flow


def test_the_top_level_help_names_lint_after_validate(runner):
    """The usual flow went from validate to build: validate says the indicator system and whether the targets pass
    review are lint's, yet a clerk or reviewer reading `jixiao --help` never heard of lint there."""
    result = runner.invoke(main, ["--help"])
    flow = result.output[result.output.index("常用流程："):result.output.index("\n选项")]
    assert [line.split()[1] for line in flow.splitlines()[1:] if line.strip()][1:3] == ["validate", "lint"], flow


def test_the_readme_tells_a_unit_how_to_install_jixiao_where_its_tasks_look():
    """The README's only install command was for jixiao's own checkout: a unit had no instructions for its own
    computer. The section makes the venv in the unit's folder, where VS Code's tasks look for jixiao."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## 在单位自己的电脑上安装"):]
    section = section[:section.index("\n## ")]
    tasks = json.loads((KIT / "vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"]
    for task in tasks:
        assert task["options"]["env"]["PATH"].startswith("${workspaceFolder}/.venv/bin:")
        assert task["windows"]["options"]["env"]["PATH"].startswith("${workspaceFolder}\\.venv\\Scripts;")
    windows, posix = re.findall(r"```(?:bat|sh)\n(.*?)```", section, re.S)
    assert "-m venv .venv\n.venv\\Scripts\\python -m pip install " in windows and windows.endswith("jixiao init\n")
    assert "-m venv .venv\n.venv/bin/python -m pip install " in posix and posix.endswith("jixiao init\n")
    assert "git+https://" in section and ".whl" in section and ".venv/" in (KIT / "gitignore").read_text(encoding="utf-8")


def test_the_readme_tells_of_it_instead_of_copying_by_hand():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## 常用命令"):readme.index("## 生成的表样")]
    review = readme[readme.index("## 审阅流程"):readme.index("## 目标质量检查")]
    english = readme[readme.index("## English"):]
    assert "`jixiao init [文件夹]`" in table and "`jixiao init`" in review and "`jixiao init [FOLDER]`" in english
    assert "复制过去" not in review and "把其中的 `pip install -e .` 换成" not in review


@needs_git
def test_a_git_setting_that_cannot_be_written_is_a_usage_error_after_the_files_are_said(runner, tmp_path, monkeypatch):
    """A locked .git/config: the files already written are still listed, then what git said, exit 2."""
    from generator import unit_repo

    real = unit_repo.run_git

    def locked(folder, *args):
        if args[0] == "config" and "--get" not in args:
            return subprocess.CompletedProcess(args, 255, "", "error: could not lock config file .git/config: File exists\n")
        return real(folder, *args)

    monkeypatch.setattr(unit_repo, "run_git", locked)
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"已写入 {tmp_path / 'jixiao.yaml'}" in result.output and "Traceback" not in result.output
    assert f'git config diff.docx.textconv "{TEXTCONV}" 失败：error: could not lock config file' in result.output


def test_a_folder_in_a_projects_specs_is_refused_and_nothing_written(runner, tmp_path, monkeypatch):
    """Run in specs/ by mistake, init made a project there, and validate run there said there was no spec yet
    (exit 0) beside the project's specs, errors and all."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    spec = tmp_path / "specs" / "某单位-2025.yaml"
    spec.write_text("form: guangzhou\n", encoding="utf-8")
    before = contents(tmp_path)
    monkeypatch.chdir(tmp_path / "specs")
    for folder in ([], ["2025"]):
        result = runner.invoke(main, ["init", *folder])
        assert result.exit_code == 2, result.output
        assert f"在项目 {tmp_path.resolve()} 的 specs/ 文件夹里" in result.output and "没有写任何文件" in result.output
        assert contents(tmp_path) == before and not (tmp_path / "specs" / "2025").exists()
    assert runner.invoke(main, ["validate"]).exit_code == 1, "the spec is read, not said to be missing"


def test_a_project_file_the_unit_had_is_checked_and_its_problems_said(runner, tmp_path):
    """init left a wrong jixiao.yaml as it was, said only that it differed, and suggested `jixiao validate`,
    which then stopped with exit 2."""
    (tmp_path / "jixiao.yaml").write_text("colour: red\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"注意：{tmp_path / 'jixiao.yaml'} 有误" in result.output and "不认识的设置“colour”" in result.output
    assert (tmp_path / "jixiao.yaml").read_text(encoding="utf-8") == "colour: red\n"


# The workflow's steps as GitHub runs them: each `run:` under bash -e, in a folder holding what the earlier steps
# left there, with `jixiao` and `gh` stand-ins on PATH that record how they were called.

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
ANNOTATION = "::error file=specs/a.yaml,line=8,col=11,title=jixiao::8:11: 错误[BUDGET-SUM] 合计不相等"


def workflow_step(step_id: str) -> dict:
    steps = YAML(typ="safe").load(workflow())["jobs"]["specs"]["steps"]
    return next(step for step in steps if step.get("id") == step_id)


def run_step(step_id: str, folder: Path, env: dict[str, str] | None = None, jixiao: str = "exit 0"):
    """Runs the step's shell in `folder`, `jixiao` being a script with this body (its arguments recorded in
    jixiao-args, one call a line); the pull request's comments are none yet, what gh posts goes to posted.md."""
    bin_dir = folder / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "jixiao").write_text(f'#!/bin/bash\necho "$*" >> "{folder}/jixiao-args"\n{jixiao}\n', encoding="utf-8")
    (bin_dir / "gh").write_text(f'#!/bin/bash\nif [ "$1 $2" = "pr comment" ]; then cp "$5" "{folder}/posted.md"; fi\n',
                                encoding="utf-8")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    step = workflow_step(step_id)
    script = step["run"].replace("${{ github.repository }}", "unit/specs").replace("${{ github.base_ref }}", "main")
    (folder / "output.txt").touch()
    environment = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GITHUB_EVENT_NAME": "push",
                   "GITHUB_OUTPUT": str(folder / "output.txt"), **(env or {})}
    return subprocess.run(["bash", "-e", "-c", script], cwd=folder, env=environment, capture_output=True, text=True)


COMMENTED = {"CHANGED": "1", "PR": "7", "VALIDATE": "success", "LAYOUT": "success", "BUILD": "success", "LINT": "success"}
DIFF_REPORT = "<!-- jixiao diff -->\n## 绩效目标表的改动\n\n比较了 1 个规格，1 个有改动：修改 1 处。\n"


@needs_bash
def test_the_comment_opens_with_which_checks_failed(tmp_path):
    """The comment held the diff and lint's findings only: a reviewer who reads only the comment did not learn that
    validate or fmt --check had failed, nor after the fix-up push that every check now passed."""
    (tmp_path / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    (tmp_path / "validate.log").write_text(f"::group::specs/a.yaml\n{ANNOTATION}\n::endgroup::\n检查了 1 个文件：1 个错误，0 个警告。\n",
                                           encoding="utf-8")
    (tmp_path / "layout.log").write_text("检查了 1 个文件：已是统一格式。\n", encoding="utf-8")
    (tmp_path / "build.log").write_text("处理了 2 个规格：生成 2 个文件，1 个规格未通过规格检查（jixiao validate），未生成；"
                                        "没有其他问题（不含规格检查 jixiao validate 报告的 1 个问题）。\n", encoding="utf-8")
    done = run_step("comment", tmp_path, {**COMMENTED, "VALIDATE": "failure"})
    assert done.returncode == 0, done.stderr
    posted = (tmp_path / "posted.md").read_text(encoding="utf-8").splitlines()
    assert posted[:3] == ["<!-- jixiao diff -->", "## ❌ 检查未通过，合并之前请改正", ""]
    assert posted[3].startswith("- ❌ 检查规格（jixiao validate）：检查了 1 个文件：1 个错误，0 个警告。")
    assert posted[4] == "- ✅ 检查格式（jixiao fmt --check）：检查了 1 个文件：已是统一格式。"
    # built all the same, the good specs' forms in the artifact; the spec validate failed is its step's failure
    assert posted[5] == ("- ✅ 生成 Word 和 HTML 表（jixiao build）：处理了 2 个规格：生成 2 个文件，1 个规格未通过规格检查"
                         "（jixiao validate），未生成；没有其他问题（不含规格检查 jixiao validate 报告的 1 个问题）。")
    assert "## 绩效目标表的改动" in posted and "比较了 1 个规格，1 个有改动：修改 1 处。" in posted

    (tmp_path / "validate.log").write_text("检查了 1 个文件，没有发现问题。\n", encoding="utf-8")
    assert run_step("comment", tmp_path, COMMENTED).returncode == 0
    posted = (tmp_path / "posted.md").read_text(encoding="utf-8").splitlines()
    assert posted[1] == "## ✅ 检查全部通过" and "- ✅ 检查规格（jixiao validate）：检查了 1 个文件，没有发现问题。" in posted


@needs_bash
def test_a_pull_request_that_changes_no_spec_is_commented_on_when_a_check_failed(tmp_path):
    """A file saved again by Notepad (a BOM, no change to its data) failed fmt --check, and the reviewer, who
    reads the comment, saw none: a pull request without a change got no comment."""
    (tmp_path / "diff.md").write_text("<!-- jixiao diff -->\n## 绩效目标表的改动\n\n比较了 1 个规格，没有改动。\n",
                                      encoding="utf-8")
    (tmp_path / "layout.log").write_text("检查了 1 个文件：1 个需要格式化。运行 jixiao fmt 即可改写。\n", encoding="utf-8")
    assert run_step("comment", tmp_path, {**COMMENTED, "CHANGED": "0", "LAYOUT": "failure"}).returncode == 0
    assert "- ❌ 检查格式（jixiao fmt --check）：检查了 1 个文件：1 个需要格式化。" in (tmp_path / "posted.md").read_text(encoding="utf-8")
    (tmp_path / "posted.md").unlink()
    assert run_step("comment", tmp_path, {**COMMENTED, "CHANGED": "0"}).returncode == 0
    assert not (tmp_path / "posted.md").exists(), "no change and every check passed: nothing to say"



@needs_bash
def test_a_pull_request_from_a_fork_gets_its_comment_on_the_runs_summary_and_no_failed_step(tmp_path):
    """A fork's pull request gets a read-only token: gh was refused, and the comment step failed the job whose every
    check had passed. The comment now goes to the run's summary page; gh is not called."""
    (tmp_path / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    refused = tmp_path / "refused"  # a gh that fails as GitHub refuses a read-only token (HTTP 403)
    refused.mkdir()
    (refused / "gh").write_text('#!/bin/bash\necho "HTTP 403: Resource not accessible by integration" >&2\nexit 1\n',
                                encoding="utf-8")
    (refused / "gh").chmod(0o755)
    summary = tmp_path / "summary.md"
    env = {**COMMENTED, "GITHUB_STEP_SUMMARY": str(summary),
           "PATH": f"{refused}{os.pathsep}{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    done = run_step("comment", tmp_path, {**env, "FORK": "true"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "来自复刻（fork）的仓库" in done.stdout and "摘要（Summary）" in done.stdout
    shown = summary.read_text(encoding="utf-8")
    assert "## ✅ 检查全部通过" in shown and "比较了 1 个规格，1 个有改动：修改 1 处。" in shown
    assert run_step("comment", tmp_path, {**env, "FORK": "false"}).returncode == 1, "the same repository's posts"
    assert workflow_step("comment")["env"]["FORK"] == "${{ github.event.pull_request.head.repo.full_name != github.repository }}"


def test_the_ci_runs_a_python_jixiao_supports_and_github_caches_pips_downloads_keyed_on_the_workflow(tmp_path):
    """setup-python's pip cache needs a file to key on, and a unit's repository has no requirements file: the
    workflow itself, whose install step names the jixiao, is it (a path matching nothing fails the step: the key was
    the file's name as init writes it, and a unit that renamed the file had every step after setup-python skipped)."""
    import tomllib

    required = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    lowest = tuple(int(part) for part in re.fullmatch(r">=(\d+)\.(\d+)", required).groups())
    steps = YAML(typ="safe").load(workflow())["jobs"]["specs"]["steps"]
    [python] = [step["with"] for step in steps if step.get("uses", "").startswith("actions/setup-python@")]
    assert python["cache"] == "pip"
    for name in (GITHUB.path.name, "检查规格.yaml"):  # as init writes it, and renamed
        top = tmp_path / name
        (top / GITHUB.path.parent).mkdir(parents=True)
        (top / GITHUB.path.parent / name).write_text(workflow(), encoding="utf-8")
        assert list(top.glob(python["cache-dependency-path"])) == [top / GITHUB.path.parent / name], name
    image = gitlab_job(workflow(ci=GITLAB))["image"]
    for version in (python["python-version"], image.rsplit(":", 1)[1]):
        assert tuple(int(part) for part in version.split(".")) >= lowest, (version, required)
    assert {step["uses"] for step in steps if "uses" in step} == {
        "actions/checkout@v4", "actions/setup-python@v5", "actions/upload-artifact@v4"}
    assert YAML(typ="safe").load(workflow())["permissions"] == {"contents": "read", "pull-requests": "write"}

JIXIAO_ITSELF = f'exec {shlex.quote(sys.executable)} {shlex.quote(str(ROOT / "cli.py"))} "$@"'
"""The body of a `jixiao` that is this checkout's, for a step to run it as CI would."""


def annotated(done: subprocess.CompletedProcess) -> list[tuple[str, str]]:
    """(place, what) of every annotation a step printed: `file=…,line=…,col=…` and the severity and code its message
    says, `错误[CODE]` (its title is `jixiao` alone), or for one with none its title (`jixiao fmt --check`)."""
    found = [re.match(r"::(?:error|warning|notice) (.*?),title=([^:]*)::(?:\d+:\d+: )?(\S+\[[\w-]+\])?", line)
             for line in done.stdout.splitlines()]
    return [(match[1], match[3] or match[2]) for match in found if match]


@needs_bash
@pytest.mark.parametrize("old, new, code", [
    ("fiscal: 689.41", "fiscal: 689.40", "BUDGET-SUM"),  # lint reports it as validate does
    ("unit: 广州市台湾同胞联谊会", "unit: [广州市台湾同胞联谊会", "YAML-SYNTAX"),  # and fmt --check a file it cannot read
    ("transfer: 0.00", "transfer: !!set {a}", "YAML-TAG"),  # refused by the loader, so fmt --check cannot read it either
    ("form: guangzhou\n", "", "FORM-MISSING"),  # fmt says it is no spec: FMT-NOT-SPEC, a warning
])
def test_one_slip_is_one_annotation_and_fails_one_step(tmp_path, old, new, code):
    """lint reports validate's problems too, and fmt --check the files validate fails: each slip was annotated on
    the same place two or three times, and failed two or three steps. The workflow dropped from their output the
    lines validate.log held; a problem fmt words its own way (a value it cannot write back, a file with no form)
    was annotated again, and its error failed fmt's step too. The steps now leave validate's problems to it."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "a.yaml").write_text(text, encoding="utf-8")  # valid; lint has its own findings in it
    (tmp_path / "specs" / "b.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    done = {step: run_step(step, tmp_path, jixiao=JIXIAO_ITSELF) for step in ("validate", "layout", "lint")}
    assert [done[step].returncode for step in done] == [1, 0, 0], {step: d.stdout + d.stderr for step, d in done.items()}
    places = {step: {place for place, _ in annotated(d)} for step, d in done.items()}
    assert not places["validate"] & (places["layout"] | places["lint"]), places
    assert [what for step in done.values() for _, what in annotated(step) if code in what] == [f"错误[{code}]"]
    assert any("[B6]" in what for _, what in annotated(done["lint"])), "lint's own findings are annotated"
    left = re.search(r"（不含规格检查 jixiao validate 报告的 (\d+) 个问题）。$", done["lint"].stdout)
    assert left and int(left[1]) >= 1, done["lint"].stdout

    (tmp_path / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    outcomes = {step.upper(): "success" if d.returncode == 0 else "failure" for step, d in done.items()}
    assert run_step("comment", tmp_path, {**COMMENTED, **outcomes, "BUILD": "skipped"}).returncode == 0
    posted = (tmp_path / "posted.md").read_text(encoding="utf-8").splitlines()
    assert posted[3].startswith("- ❌ 检查规格（jixiao validate）：检查了 2 个文件：1 个错误")
    assert posted[4].startswith("- ✅ 检查格式（jixiao fmt --check）：检查了 2 个文件：") and "需要格式化" not in posted[4]
    assert posted[6] == f"- ✅ 检查目标质量（jixiao lint，只查改动了的规格）：{done['lint'].stdout.splitlines()[-1]}"


@needs_bash
@pytest.mark.parametrize("step_id, command", [("lint", "lint"), ("layout", "fmt --check")])
def test_the_layout_and_lint_steps_leave_validates_problems_to_it_and_fail_for_their_own(tmp_path, step_id, command):
    """Their step's outcome is jixiao's exit status, through the `tee` that keeps the log for the comment."""
    done = run_step(step_id, tmp_path, jixiao='echo "检查了 1 个文件，没有发现问题。"')
    assert done.returncode == 0, done.stderr
    assert f"{command} --leave-to-validate --format github" in (tmp_path / "jixiao-args").read_text(encoding="utf-8")
    assert run_step(step_id, tmp_path, jixiao='echo "检查了 1 个文件：1 个错误，0 个警告。"; exit 1').returncode == 1


@needs_bash
def test_on_a_pull_request_lint_checks_only_the_specs_it_changes(git_repo, tmp_path):
    """lint annotated every spec: last year's unchanged spec printed first, its warnings took the 10 GitHub shows
    a step, and none landed on the spec the pull request changed; the comment listed them all on every pull request."""
    folder, git = git_repo()
    (folder / "specs" / "b 2025.yaml").write_text("form: x\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    (folder / "specs" / "b 2025.yaml").write_text("form: y\n", encoding="utf-8")
    git("commit", "-q", "-am", "change")
    done = run_step("lint", folder, {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"})
    assert done.returncode == 0, done.stderr
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines() == [
        "lint --leave-to-validate --changed-since origin/main --format markdown specs/b 2025.yaml",
        "lint --leave-to-validate --changed-since origin/main --format github specs/b 2025.yaml"]

    git("update-ref", "refs/remotes/origin/main", "HEAD")
    done = run_step("lint", folder, {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"})
    assert "这个合并请求没有改动规格，不检查目标质量。" in done.stdout
    (folder / "jixiao-args").unlink()
    assert run_step("lint", folder).returncode == 0  # a push: every spec
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines() == [
        "lint --leave-to-validate --format markdown", "lint --leave-to-validate --format github"]


@needs_bash
def test_on_a_pull_request_lint_checks_a_changed_spec_of_any_suffix_case_in_any_subfolder(git_repo):
    """A spec saved as 某单位-2026.YAML is a spec to every command, but the step's git pathspec matched only
    lowercase suffixes: a pull request changing only it was said to change no spec, and lint never ran on it."""
    folder, git = git_repo()
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    (folder / "specs" / "2026").mkdir()
    (folder / "specs" / "2026" / "b.YAML").write_text("form: x\n", encoding="utf-8")
    (folder / "specs" / "2026" / "c.Yml").write_text("form: x\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "change")
    done = run_step("lint", folder, {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"})
    assert done.returncode == 0, done.stdout + done.stderr
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines()[1] == (
        "lint --leave-to-validate --changed-since origin/main --format github specs/2026/b.YAML specs/2026/c.Yml")


@needs_bash
def test_the_comment_counts_lints_findings_once_and_puts_the_pull_requests_own_first(merged_pull_request):
    """The comment's lint line said 1 个错误，47 个警告 (validate's problems left out) and its folded details 3 个错误，
    51 个警告 (every finding); and the one error the pull request caused was lost among those of rows it never touched."""
    folder, _ = merged_pull_request()
    pull_request = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "master"}
    lint = run_step("lint", folder, pull_request, jixiao=JIXIAO_ITSELF)
    assert lint.returncode == 1, lint.stdout + lint.stderr  # A2, an error
    (folder / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    assert run_step("comment", folder, {**COMMENTED, "LINT": "failure"}).returncode == 0
    posted = (folder / "posted.md").read_text(encoding="utf-8")
    checked = re.search(r"^- ❌ 检查目标质量（jixiao lint，只查改动了的规格）：(检查了.*?。)", posted, re.MULTILINE)
    folded = re.search(r"<summary>目标质量检查（jixiao lint）：(.*)</summary>", posted)
    assert checked and folded and checked[1] == folded[1], posted
    assert "，其中本次改动涉及的 5 个（不含规格检查 jixiao validate 报告的" in checked[1]
    mine, rest = posted.split("#### 本次改动涉及的问题（5 个）")[1].split("#### 其余问题（")
    assert "`A2`" in mine and "`A2`" not in rest and "`D5`" not in mine
    assert ": 错误[A2] " in next(line for line in lint.stdout.splitlines() if line.startswith("::error"))


@needs_bash
def test_the_comment_shows_the_pull_requests_own_findings_open_and_folds_the_rest(merged_pull_request, tmp_path):
    """All of lint's findings were folded: the one error the pull request caused, which failed its check, was behind
    a click, among the warnings of rows it never touched. Its own findings are now open, the rest folded; with no
    findings of its own (or on a push, asked no lines) all are folded, as before."""
    folder, _ = merged_pull_request()
    run_step("lint", folder, {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "master"}, jixiao=JIXIAO_ITSELF)
    (folder / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    assert run_step("comment", folder, {**COMMENTED, "LINT": "failure"}).returncode == 0
    shown, folded = (folder / "posted.md").read_text(encoding="utf-8").split("\n<details>")
    assert "### 目标质量检查（jixiao lint）\n#### 本次改动涉及的问题（5 个）" in shown and "`A2`" in shown
    assert "#### 其余问题（" in folded and "本次改动涉及的问题（" not in folded and "其余问题（" not in shown

    (tmp_path / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    (tmp_path / "lint.md").write_text("### 检查了 1 个文件：0 个错误，1 个警告。\n\n| 位置 | 级别 | 规则 | 说明 |\n"
                                      "|---|---|---|---|\n| `specs/a.yaml:3:1` | 警告 | `B6` | 模糊 |\n", encoding="utf-8")
    assert run_step("comment", tmp_path, COMMENTED).returncode == 0
    shown, folded = (tmp_path / "posted.md").read_text(encoding="utf-8").split("\n<details>")
    assert "目标质量检查" not in shown and "`B6`" in folded


@needs_bash
def test_a_pull_request_whose_findings_are_all_its_own_gets_no_empty_fold(tmp_path):
    """A spec the pull request adds has all its findings on lines it added: they were shown open, and under them a
    fold titled with lint's summary that opened on nothing. The summary is said in the open heading instead."""
    (tmp_path / "diff.md").write_text(DIFF_REPORT, encoding="utf-8")
    (tmp_path / "lint.md").write_text("### 检查了 1 个文件：1 个错误，0 个警告；其中本次改动涉及的 1 个。\n\n"
                                      "#### 本次改动涉及的问题（1 个）\n\n| 位置 | 级别 | 规则 | 说明 |\n|---|---|---|---|\n"
                                      "| `specs/a.yaml:3:1` | 错误 | `A2` | 缺少 |\n", encoding="utf-8")
    assert run_step("comment", tmp_path, {**COMMENTED, "LINT": "failure"}).returncode == 0
    posted = (tmp_path / "posted.md").read_text(encoding="utf-8")
    assert "<details>" not in posted and "`A2`" in posted
    assert "### 目标质量检查（jixiao lint）：检查了 1 个文件：1 个错误，0 个警告；其中本次改动涉及的 1 个。\n" in posted


@needs_bash
def test_a_spec_the_diff_cannot_read_does_not_fail_its_step_again(tmp_path):
    """A typo that made a spec unreadable failed validate, fmt --check, lint and the diff: four red steps for one
    slip. The diff's report says which file it could not compare; its step fails only when there is no report."""
    said = 'echo "<!-- jixiao diff -->"; echo "另有 1 个文件读不出，无法比较。"; exit 2'
    env = {"GITHUB_EVENT_NAME": "pull_request"}
    assert run_step("diff", tmp_path, env, jixiao=said).returncode == 0
    assert (tmp_path / "output.txt").read_text(encoding="utf-8") == "changed=2\n"
    assert run_step("diff", tmp_path, env, jixiao="exit 2").returncode == 2


@needs_bash
def test_a_diff_too_long_for_a_comment_is_cut_after_a_whole_spec_and_said_where_to_read_it_all(tmp_path):
    """150 specs rolled over to the next year made a report of 100,525 characters: GitHub refused the comment (at most
    65,536) and the reviewer saw none. The comment now holds what --max-chars keeps, and says where the rest is: the
    diff step's log, the run's summary page (for a report under the 1 MiB it holds) and the artifact diff."""
    whole = DIFF_REPORT + "\n### 单位（`specs/a.yaml`）\n\n" + "| 修改 | 年度 | 2025 | 2026 |\n" * 3000  # 84,000 characters
    (tmp_path / "whole.md").write_text(whole, encoding="utf-8")
    (tmp_path / "cut.md").write_text(DIFF_REPORT + "\n> 篇幅所限（至多 60000 个字符），另有 1 个规格的改动未列出。\n",
                                     encoding="utf-8")
    jixiao = f'case "$*" in *--max-chars\\ 60000*) cat "{tmp_path}/cut.md" ;; *) cat "{tmp_path}/whole.md" ;; esac; exit 1'
    summary = tmp_path / "summary.md"
    env = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_STEP_SUMMARY": str(summary)}
    done = run_step("diff", tmp_path, env, jixiao=jixiao)
    assert done.returncode == 0, done.stderr
    assert whole in done.stdout and summary.read_text(encoding="utf-8") == whole, "all of it in the log and the summary"
    assert (tmp_path / "jixiao-args").read_text(encoding="utf-8").splitlines()[1] == (
        "diff --rev origin/main --format markdown --max-chars 60000")
    assert run_step("comment", tmp_path, COMMENTED).returncode == 0
    posted = (tmp_path / "posted.md").read_text(encoding="utf-8")
    assert len(posted) < 65536 and "| 修改 | 年度 |" not in posted
    assert posted.endswith("另有 1 个规格的改动未列出。\n\n> 全部改动见这次运行的摘要（Summary）页、“列出改动（jixiao diff）”这一步的日志，"
                           "以及这次运行的工件（artifacts）中的 diff（diff.md）。\n")

    summary.unlink()
    (tmp_path / "jixiao-args").unlink()
    (tmp_path / "whole.md").write_text(DIFF_REPORT, encoding="utf-8")  # one that fits is posted as it is, diffed once
    assert run_step("diff", tmp_path, env, jixiao=jixiao).returncode == 0
    assert run_step("comment", tmp_path, COMMENTED).returncode == 0
    assert (tmp_path / "posted.md").read_text(encoding="utf-8").endswith("\n\n" + DIFF_REPORT.split("\n", 1)[1])
    assert len((tmp_path / "jixiao-args").read_text(encoding="utf-8").splitlines()) == 1 and not summary.exists()
    assert [step["with"] for step in YAML(typ="safe").load(workflow())["jobs"]["specs"]["steps"]
            if step.get("uses", "").startswith("actions/upload-artifact@")][1] == {
        "name": "diff", "path": "diff.md", "if-no-files-found": "ignore"}


def test_the_steps_are_named_in_chinese_and_the_forms_are_built_when_a_check_failed():
    """The steps a clerk sees in the run's page were named in English ("Check the canonical layout"), and a file
    saved with a BOM skipped the build (a bare `if:`), so the reviewer had no forms to download; so did one unit's
    slip that failed validate, for every unit's forms, while `jixiao build` builds every good spec."""
    steps = YAML(typ="safe").load(workflow())["jobs"]["specs"]["steps"]
    named = [step["name"] for step in steps if "uses" not in step]
    assert named and all(re.search(r"[\u4e00-\u9fff]", name) for name in named), named
    assert workflow_step("build")["if"] == "always() && steps.install.outcome == 'success'"
    assert "jixiao build --leave-to-validate " in workflow_step("build")["run"]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["name"] == "forms"
    assert upload["if"] == "always() && (steps.build.outcome == 'success' || steps.build.outcome == 'failure')"


def test_the_workflows_build_after_a_failed_validate_builds_the_good_specs_and_says_no_problem_again(
        runner, tmp_path, monkeypatch):
    """One unit's slip failed validate, and the build, run only when validate passed, left no forms of any unit. Run
    regardless, the build repeated validate's problems: one slip, two annotations in the log and two red steps."""
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", tmp_path / "specs")
    text = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    (tmp_path / "specs" / "hengyang-qiaolian-2022.yaml").write_text(text.replace("year: 2022", "year: 1"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    validated = runner.invoke(main, ["validate", "--format", "github"])
    assert validated.exit_code == 1 and "错误[SCHEMA-MINIMUM] 年度" in validated.output
    [build] = [command for command in checks_the_workflow_runs(workflow()) if command[0] == "build"]
    built = runner.invoke(main, build)
    assert built.exit_code == 0, built.output
    assert [len(list((tmp_path / "output").glob(f"*{kind}"))) for kind in (".docx", ".html")] == [1, 1]
    assert "错误[" not in built.output and "警告[" not in built.output, built.output
    assert built.output.splitlines()[-1].startswith("处理了 2 个规格：生成 2 个文件，1 个规格未通过规格检查（jixiao validate），未生成；")
    # validate's warnings too (the schema line, SCHEMA-LINE), as its summary counts them
    assert validated.output.splitlines()[-1] == "检查了 2 个文件：1 个错误，2 个警告。" + rerun_note(1)
    assert built.output.splitlines()[-1].endswith("（不含规格检查 jixiao validate 报告的 3 个问题）。")
    alone = runner.invoke(main, ["build", "--out", "alone", "--jobs", "1"])  # at a terminal, as before
    assert alone.exit_code == 1 and "错误[SCHEMA-MINIMUM] 年度" in alone.output


def test_the_textconv_runs_jixiao_not_a_generator_folder_of_the_unit(tmp_path):
    """git runs the textconv in the unit's repository, and `python -m` puts the current folder first on sys.path:
    a `generator/` folder of the unit's own ran instead of jixiao, and `git diff` printed nothing for a Word edit."""
    (tmp_path / "generator").mkdir()
    (tmp_path / "generator" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "generator" / "__main__.py").write_text("", encoding="utf-8")
    docx = ROOT / "templates" / "zhanjiang" / "form.docx"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    read = subprocess.run(f"{TEXTCONV} {shlex.quote(str(docx))}", shell=True, cwd=tmp_path, capture_output=True, env=env)
    assert read.returncode == 0 and "部门名称" in read.stdout.decode("utf-8"), read.stderr


@needs_git
def test_a_clone_init_never_ran_in_is_told_once_to_run_it(runner, tmp_path, monkeypatch):
    """A colleague who cloned a unit's repository had no Word textconv and no core.quotepath (init sets them in
    .git/config, which a clone does not carry): `git diff` showed .docx as binary and file names as \\346\\264\\245…,
    and nothing said to run init. validate and `diff --rev` say so once, at a terminal; not again, not after init."""
    from generator import clone_hint

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setattr(clone_hint, "_interactive", lambda: True)
    unit, clone = tmp_path / "unit", tmp_path / "clone"
    assert runner.invoke(main, ["init", str(unit)]).exit_code == 0
    shutil.copy(ROOT / "specs" / "guangzhou-tailian-2023.yaml", unit / "specs")
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    for args in (["-C", str(unit), "add", "-A"], ["-C", str(unit), "commit", "-qm", "first"],
                 ["clone", "-q", str(unit), str(clone)]):
        subprocess.run(["git", *args], check=True, capture_output=True, env={**os.environ, **who})
    monkeypatch.chdir(unit)  # init ran here: nothing to say
    assert "jixiao init" not in runner.invoke(main, ["validate"]).stderr

    monkeypatch.chdir(clone)
    first = runner.invoke(main, ["validate"])
    assert first.exit_code == 0, first.output
    assert first.stderr.startswith("提示：这个仓库还没有运行过 jixiao init：git 没有设置 Word 文件的 diff"), first.stderr
    assert "请在这个文件夹里运行一次 jixiao init" in first.stderr and first.stderr.count("\n") == 1
    assert "jixiao init" not in runner.invoke(main, ["validate"]).stderr  # once
    assert "jixiao init" not in runner.invoke(main, ["diff", "--rev"]).stderr

    again = tmp_path / "again"  # another clone, told first by the reviewer's diff --rev, from inside specs/
    subprocess.run(["git", "clone", "-q", str(unit), str(again)], check=True, capture_output=True)
    monkeypatch.chdir(again / "specs")
    for command in (["fmt", "--check"], ["lint"], ["diff", ".", "."]):  # only the two commands say it
        assert "jixiao init" not in runner.invoke(main, command).stderr, command
    assert f"请在 {again} 里运行一次 jixiao init" in runner.invoke(main, ["diff", "--rev"]).stderr

    monkeypatch.setattr(clone_hint, "_interactive", lambda: False)  # CI's checkout: never
    ci = tmp_path / "ci"
    subprocess.run(["git", "clone", "-q", str(unit), str(ci)], check=True, capture_output=True)
    monkeypatch.chdir(ci)
    assert "jixiao init" not in runner.invoke(main, ["validate"]).stderr
    assert not list((ci / ".git").glob(clone_hint.NOTED))


# GitLab (an internal one, as on many government networks): `jixiao init --ci gitlab` writes .gitlab-ci.yml from
# docs/ci/gitlab-ci.yml, its install line made as GitHub's is. Its script is run here as a runner runs it: the
# lines one after another in one bash with -e and pipefail, jixiao a stand-in recording how it was called.


def gitlab_job(text: str) -> dict:
    pipeline = YAML(typ="safe").load(text)
    assert pipeline["stages"] == ["check"] and pipeline["variables"]["GIT_DEPTH"] == "0", "the diff needs a full clone"
    assert pipeline["workflow"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'},
                                             {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    return pipeline["specs"]


@pytest.mark.parametrize("direct_url", [None, {"url": "https://example.org/jixiao.git",
                                                 "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}])
def test_gitlab_installs_jixiao_as_github_does(installed_from, direct_url):
    installed_from(direct_url)
    assert gitlab_job(workflow(ci=GITLAB))["script"][0] == installed_by(workflow()), "one installer for both"


def test_gitlab_is_told_how_to_fill_in_the_install_line_in_its_own_words(installed_from):
    installed_from("missing")
    text = workflow(ci=GITLAB)
    assert gitlab_job(text)["script"][0] == \
        'echo "还没有写好怎样安装 jixiao：请按 .gitlab-ci.yml 里这一步上方的说明改写这一行" && exit 1'
    assert '    #   - pip install "jixiao @ git+https://<jixiao 仓库的地址>@<标签或提交>"' in text
    assert "GitLab 上装不到它" in text and "GitHub 上" not in text


def test_init_writes_the_gitlab_pipeline_instead_of_githubs_when_asked(runner, tmp_path):
    result = runner.invoke(main, ["init", "--ci", "gitlab", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / ".github").exists()
    assert f"已写入 {tmp_path / '.gitlab-ci.yml'}" in result.output
    job = gitlab_job((tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert job["artifacts"] == {"name": "forms", "when": "always", "paths": ["output/"], "expire_in": "30 days"}
    assert "  4. 核对 .gitlab-ci.yml 里安装 jixiao 的那一行" in result.output
    assert "推送到 GitLab：推送到主分支和每个合并请求都会检查规格，并在作业日志里列出合并请求的改动" in result.output


def test_init_writes_no_ci_when_told_none(runner, tmp_path):
    """Gitee Go and other services are set up in their web pages: init writes no file of a service the unit lacks."""
    result = runner.invoke(main, ["init", "--ci", "none", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / ".github").exists() and not (tmp_path / ".gitlab-ci.yml").exists()
    assert "核对" not in result.output and "没有写 CI 的配置文件（--ci none）" in result.output
    assert "仓库在 Gitee 上时在它的网页上配置 Gitee Go 的流水线，命令照 --ci gitlab 写出的 .gitlab-ci.yml" in result.output
    assert (tmp_path / "jixiao.yaml").is_file()


def test_init_help_shows_the_none_choice_for_gitee(runner):
    """Its examples showed --ci gitlab only, while --ci none is what a unit on Gitee runs."""
    output = runner.invoke(main, ["init", "--help"], terminal_width=80).output
    assert "jixiao init --ci none                   仓库在 Gitee 上：在网页上配置流水线" in output, output


def test_init_writes_githubs_workflow_unless_told_otherwise(runner, tmp_path):
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    assert (tmp_path / ".github" / "workflows" / "jixiao.yml").is_file() and not (tmp_path / ".gitlab-ci.yml").exists()
    assert "--ci [github|gitlab|none]" in runner.invoke(main, ["init", "--help"]).output



@needs_git
def test_init_tells_a_gitlab_unit_in_gitlabs_words(runner, git_repo, installed_from, tmp_path):
    """GitLab's Chinese pages say 流水线 (pipeline) and 合并请求: init told a GitLab unit of its 工作流, GitHub's word,
    about the wheel its pipeline installs and the pipeline written at the repository's top."""
    folder, _ = git_repo()
    installed_from(installed_wheel(tmp_path / "downloads"))
    result = runner.invoke(main, ["init", "--ci", "gitlab", "财务/绩效 目标"])
    assert result.exit_code == 0, result.output
    assert "（本机安装 jixiao 所用的 wheel 文件；流水线用它安装 jixiao" in result.output
    assert "GitLab 只运行仓库根目录下的流水线" in result.output
    assert "工作流" not in result.output and "拉取请求" not in result.output, result.output

@needs_git
def test_in_a_folder_inside_a_repository_gitlab_runs_the_script_there(runner, git_repo):
    folder, _ = git_repo()
    result = runner.invoke(main, ["init", "--ci", "gitlab", "财务/绩效 目标"])
    assert result.exit_code == 0, result.output
    assert "GitLab 只运行仓库根目录下的流水线，所以流水线写在那里，在 财务/绩效 目标 里检查规格" in result.output
    job = gitlab_job((folder / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert job["script"][:2] == ['cd "财务/绩效 目标"', f'pip install "jixiao=={__import__("generator").version()}"']
    assert job["artifacts"]["paths"] == ["财务/绩效 目标/output/"]


def run_gitlab_script(folder: Path, env: dict[str, str], jixiao: str = "exit 0") -> subprocess.CompletedProcess:
    """The pipeline's script, but its install line, run in `folder` under bash -e -o pipefail, as the runner runs it."""
    bin_dir = folder / "bin"  # untracked, as the record jixiao-args: the script's git commands look at specs/ only
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "jixiao").write_text(f'#!/bin/bash\necho "$*" >> "{folder}/jixiao-args"\n{jixiao}\n', encoding="utf-8")
    (bin_dir / "jixiao").chmod(0o755)
    script = "\n".join(line for line in gitlab_job(workflow(ci=GITLAB))["script"] if not line.startswith("pip install"))
    environment = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", **env}
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=folder, env=environment,
                          capture_output=True, text=True)


def _branched_off(git, folder: Path, spec: str) -> str:
    """main's commit, with a branch `change` off it adding specs/`spec` checked out: a merge request's two sides."""
    git("branch", "-M", "main")
    base = git("rev-parse", "HEAD").strip()
    git("checkout", "-q", "-b", "change")
    (folder / "specs" / spec).write_text("form: y\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "change")
    return base


@needs_bash
@needs_git
def test_on_a_merge_request_gitlab_fetches_the_target_and_prints_the_diff_after_a_failed_check(git_repo):
    """GitLab clones shallow with no other branch: the target is fetched, and the merge request's changes are those
    since it branched off (the merge base), as GitHub's three dots."""
    folder, git = git_repo()
    base = _branched_off(git, folder, "b 2025.yaml")
    git("checkout", "-q", "main")
    git("commit", "-q", "--allow-empty", "-m", "the target moved on")
    git("checkout", "-q", "change")
    git("remote", "add", "origin", str(folder))
    merge_request = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"}
    done = run_gitlab_script(folder, merge_request, jixiao='[ "$1" = validate ] && exit 1; [ "$1" = diff ] && echo 改动; exit 1')
    assert done.returncode == 1, done.stdout + done.stderr
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines() == [
        "validate", "fmt --check --leave-to-validate", "build --leave-to-validate --out output --jobs 2",
        f"lint --leave-to-validate --changed-since {base} specs/b 2025.yaml", f"diff --rev {base}"]
    assert "== 这个合并请求的改动（jixiao diff，与目标分支 main 相比）\n改动\n" in done.stdout

    (folder / "jixiao-args").unlink()
    git("checkout", "-q", "main")  # a merge request changing no spec: its diff is still printed, lint has nothing to check
    unchanged = run_gitlab_script(folder, merge_request)
    assert unchanged.returncode == 0 and "这个合并请求没有改动规格，不检查目标质量。" in unchanged.stdout, unchanged.stdout
    assert [args.split()[0] for args in (folder / "jixiao-args").read_text(encoding="utf-8").splitlines()] == [
        "validate", "fmt", "build", "diff"]

    (folder / "jixiao-args").unlink()
    pushed = run_gitlab_script(folder, {"CI_PIPELINE_SOURCE": "push"})
    assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines()[3:] == ["lint --leave-to-validate"]



@needs_bash
@needs_git
@pytest.mark.parametrize("pipeline", ["detached", "merged_result"])
def test_a_merge_request_from_a_fork_is_compared_with_gitlabs_base_not_the_forks_branch(git_repo, tmp_path_factory, pipeline):
    """The job fetched the target branch from origin, which for a merge request from a fork is the fork: missing
    there, the fetch failed the job; stale, the diff listed the target's later changes as the merge request's. GitLab
    names the merge base (CI_MERGE_REQUEST_DIFF_BASE_SHA), and in a merged results pipeline, which checks out the merge
    request merged into its target, the target's commit (CI_MERGE_REQUEST_TARGET_BRANCH_SHA): the clone has both."""
    folder, git = git_repo()
    base = _branched_off(git, folder, "b.yaml")
    git("checkout", "-q", "main")
    (folder / "specs" / "c.yaml").write_text("form: z\n", encoding="utf-8")  # the target moved on meanwhile
    git("add", "-A")
    git("commit", "-q", "-m", "the target moved on")
    target = git("rev-parse", "HEAD").strip()
    merge_request = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
                     "CI_MERGE_REQUEST_DIFF_BASE_SHA": base}
    if pipeline == "merged_result":
        git("merge", "-q", "--no-ff", "-m", "merged result", "change")
        git("checkout", "-q", "--detach")
        merge_request["CI_MERGE_REQUEST_TARGET_BRANCH_SHA"] = target
    else:
        git("checkout", "-q", "--detach", "change")
    fork = tmp_path_factory.mktemp("fork")
    git("init", "-q", "--bare", str(fork))  # the fork has no branch main at all
    git("remote", "add", "origin", str(fork))
    done = run_gitlab_script(folder, merge_request)
    assert done.returncode == 0, done.stdout + done.stderr
    since = target if pipeline == "merged_result" else base
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines()[3:] == [
        f"lint --leave-to-validate --changed-since {since} specs/b.yaml", f"diff --rev {since}"]


@needs_bash
@needs_git
@pytest.mark.parametrize("named", ["0" * 40, "", None])
def test_a_merge_request_with_no_base_to_compare_with_says_so_and_checks_every_spec(git_repo, tmp_path_factory, named):
    """An older GitLab names no base (or names it empty), and a fork without the target branch has none to fetch: the
    failed fetch ended the job with git's message alone, before lint. It now says what is missing, lints every spec
    and fails. A base GitLab names that cannot be had was said to be one GitLab had not named."""
    folder, git = git_repo()
    fork = tmp_path_factory.mktemp("fork")
    git("init", "-q", "--bare", str(fork))  # the fork has no branch main at all
    git("remote", "add", "origin", str(fork))
    merge_request = {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
                     "CI_MERGE_REQUEST_TARGET_BRANCH_SHA": ""}
    if named is not None:
        merge_request["CI_MERGE_REQUEST_DIFF_BASE_SHA"] = named
    done = run_gitlab_script(folder, merge_request)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "也找不到合并请求的目标分支 main：" in done.stdout and "没有列出改动，目标质量检查了全部规格" in done.stdout
    said_named = f"克隆里没有 GitLab 给出的比较起点（提交 {named}），也没能取回它" in done.stdout
    assert said_named == bool(named) and ("GitLab 没有给出合并请求从哪个提交分出" in done.stdout) != bool(named), done.stdout
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines()[3:] == ["lint --leave-to-validate"]


@needs_bash
@needs_git
def test_a_shallow_clone_fetches_the_base_gitlab_names(git_repo, tmp_path_factory):
    """GIT_DEPTH set in the project's CI/CD variables wins over the file's "0": a merge request of more commits than
    the depth has its base outside the clone, and the job said the target branch was missing (it was fetched, but
    a shallow history has no merge base) and checked every spec. The base is now fetched by its SHA."""
    upstream, git = git_repo()
    base = _branched_off(git, upstream, "b 2025.yaml")
    for number in range(3):
        git("commit", "-q", "--allow-empty", "-m", f"more {number}")
    git("checkout", "-q", "main")
    git("commit", "-q", "--allow-empty", "-m", "the target moved on")
    clone = tmp_path_factory.mktemp("clone") / "the clone"  # a path with a space
    git("clone", "-q", "--depth", "2", "--branch", "change", f"file://{upstream}", str(clone))
    assert subprocess.run(["git", "cat-file", "-e", f"{base}^{{commit}}"], cwd=clone).returncode != 0, "shallow"
    done = run_gitlab_script(clone, {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main",
                                     "CI_MERGE_REQUEST_DIFF_BASE_SHA": base})
    assert done.returncode == 0, done.stdout + done.stderr
    assert (clone / "jixiao-args").read_text(encoding="utf-8").splitlines()[3:] == [
        f"lint --leave-to-validate --changed-since {base} specs/b 2025.yaml", f"diff --rev {base}"]


def test_the_gitlab_pipeline_says_where_to_point_its_image_and_pip_when_docker_hub_and_pypi_are_out_of_reach():
    """Docker Hub and PyPI are out of reach from many networks in China: the unit's IT person reads, just above
    `image:`, how to name the unit's own registry and the CI/CD variable pip reads; the header says the script is bash."""
    text = workflow(ci=GITLAB)
    above_image = text[:text.index("\n  image: python:")].rsplit("\n  stage: check\n", 1)[1]
    assert "Docker Hub" in above_image and "image: <镜像仓库的地址>/library/python:3.12" in above_image
    assert "设置 → CI/CD → 变量" in above_image and "PIP_INDEX_URL" in above_image
    assert "a shell executor on Windows runs PowerShell and cannot run it" in text[:text.index("stages:")]


@needs_bash
@needs_git
@pytest.mark.parametrize("jixiao, exit_code", [
    ('[ "$1" = diff ] && { echo 改动; exit 1; }; exit 0', 0),  # diff's 1 is "changes", as diff(1): not a failure
    ('[ "$1" = lint ] && exit 1; [ "$1" = diff ] && { echo 改动; exit 1; }; exit 0', 1),
    ('[ "$1" = diff ] && exit 2; exit 0', 1),  # diff could not compare and said nothing a reviewer could read
])
def test_a_merge_request_fails_only_for_a_failed_check_and_keeps_its_diff_among_the_artifacts(git_repo, jixiao, exit_code):
    """A merge request whose checks pass passes although its diff exits 1; the diff goes to output/, which the job
    keeps as its artifacts (a reviewer downloads it with the forms), not to a file left untracked in the clone."""
    folder, git = git_repo()
    _branched_off(git, folder, "b.yaml")
    git("remote", "add", "origin", str(folder))
    done = run_gitlab_script(folder, {"CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"},
                             jixiao)
    assert done.returncode == exit_code, done.stdout + done.stderr
    assert (folder / "jixiao-args").read_text(encoding="utf-8").splitlines()[-1].startswith("diff --rev ")
    kept = folder / "output" / "合并请求的改动.txt"
    assert kept.read_text(encoding="utf-8") == ("" if "exit 2" in jixiao else "改动\n")
    assert git("status", "--porcelain", "--untracked-files=all", "--", ".", ":!bin", ":!jixiao-args", ":!output") == ""


def test_init_run_again_without_ci_keeps_to_the_ci_the_unit_has(runner, tmp_path):
    """The default is GitHub's only where the unit has no workflow yet: run again in a GitLab unit, init changes nothing."""
    assert runner.invoke(main, ["init", "--ci", "gitlab", str(tmp_path)]).exit_code == 0
    again = runner.invoke(main, ["init", str(tmp_path)])
    assert again.exit_code == 0, again.output
    assert not (tmp_path / ".github").exists() and "这次没有改动任何文件" in again.output
    assert "  4. 核对 .gitlab-ci.yml 里安装 jixiao 的那一行" in again.output


def test_init_told_another_ci_writes_it_and_says_the_unit_has_the_first_one_still(runner, tmp_path):
    unit = tmp_path / "unit"
    assert runner.invoke(main, ["init", str(unit)]).exit_code == 0
    moved = runner.invoke(main, ["init", "--ci", "gitlab", str(unit)])
    assert moved.exit_code == 0, moved.output
    assert (unit / ".gitlab-ci.yml").is_file()
    github = unit / ".github" / "workflows" / "jixiao.yml"
    assert f"另有 {github}（GitHub 的 CI），未改动：仓库不在 GitHub 上时用不到它，可以删去" in moved.output
    assert "另有" not in runner.invoke(main, ["init", "--ci", "gitlab", str(tmp_path / "fresh")]).output
