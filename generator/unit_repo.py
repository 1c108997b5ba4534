"""`jixiao init`: a unit's own repository made ready for the review workflow, nothing copied by hand.

The workflow needs files that live in jixiao's repository: VS Code's recommended extension and tasks,
`.gitattributes` lines, a project file, a CI workflow. A unit that installed jixiao from a wheel had
none of them and copied them by hand, as the README said. They travel in the package (`kit/` beside
this module; the workflow is derived from the one example, docs/ci/github-actions.yml, packaged as
`jixiao_ci`), so a checkout and an installed jixiao write the same ones.

Nothing the unit has is overwritten: a file that exists is left as it is (and said to differ when it
does), the line files (`.gitattributes`, `.gitignore`) only get the lines they lack, and a git setting
the repository already has keeps its value, so running `init` again changes nothing.

The two git settings (Word files shown as text by `git diff`, Chinese file names shown as written)
live in `.git/config`, which no file in the repository can carry: init sets them, in a repository it
makes when the folder is not in one yet; without git, it says which commands to run later.

GitHub runs only the workflows at the top of a repository: for a folder inside a larger repository the
workflow goes there, its steps run in the folder.

The workflow installs the jixiao that ran `init` (see `ci_install`): a wheel installed from a local file is
copied into the folder's `wheels/`, so the first push is checked as it comes.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit
from urllib.request import url2pathname

from .errors import UsageError
from .project import PROJECT_FILE, find as find_project
from .variants import data_folder
from .write import atomic_write

KIT = Path(__file__).resolve().parent / "kit"
VSCODE_FILES = ("extensions.json", "tasks.json")
LINE_FILES = ("gitattributes", "gitignore")  # written as .gitattributes, .gitignore
WORKFLOW = Path(".github") / "workflows" / "jixiao.yml"
WHEELS = "wheels"  # beside jixiao.yaml: the wheel the unit's CI installs jixiao from
GIT_SETTINGS = (  # (key, value, the type git compares it as)
    ("diff.docx.textconv", "jixiao textconv", None),
    ("core.quotepath", "false", "bool"),
)
_INSTALL_STEP = re.compile(r"^(?P<indent> *)run: pip install -e \.(?: *#.*)?$", re.MULTILINE)
_RUNS_ON = re.compile(r"^(?P<indent> *)runs-on: .*$", re.MULTILINE)
_UPLOADED = re.compile(r"^(?P<key> *path: )(?P<path>output/\*)$", re.MULTILINE)


@dataclass(frozen=True)
class Outcome:
    """What `init` did to one file, folder or git setting, as one line for the user; `settled` is False for
    what is left for the user to do (so a run that changed nothing does not call everything set up)."""

    said: str
    changed: bool
    settled: bool = True


def set_up(folder: Path, specs: str) -> Iterator[Outcome]:
    """Write every file of the kit into `folder` (made if missing) that is not there yet, make the `specs`
    folder, then the git settings; each step as it is done, so a step that fails leaves the others said."""
    _refuse_inside_specs(folder, specs)
    if not folder.is_dir():
        folder.mkdir(parents=True)
        yield Outcome(f"已建立文件夹 {folder}", True)
    top = _repository_top(folder)
    inside = _inside(folder, top)
    if inside:
        yield Outcome(f"{folder} 在 git 仓库 {top} 里：git 设置写在这个仓库里；GitHub 只运行仓库根目录下的工作流，"
                      f"所以工作流写在那里，在 {inside} 里检查规格", False)
    yield _whole_file(folder / PROJECT_FILE, (KIT / PROJECT_FILE).read_bytes())
    yield from _project_file_problems(folder / PROJECT_FILE)
    yield _folder(folder / specs)
    for name in VSCODE_FILES:
        yield _whole_file(folder / ".vscode" / name, (KIT / "vscode" / name).read_bytes())
    for name in LINE_FILES:
        yield _line_file(folder / f".{name}", (KIT / name).read_text(encoding="utf-8"))
    install = ci_install()
    written = workflow_file(folder)
    text = workflow(inside, install).encode("utf-8")
    yield _whole_file(written, text)
    if written.is_file() and written.read_bytes() == text:  # a workflow of the unit's own installs its own way
        yield from _install_set_up(folder, install, written)
    yield from _git_set_up(folder, top)
    yield from _command_on_path()


def _project_file_problems(path: Path) -> Iterator[Outcome]:
    """The problems of a project file the unit had already, which init leaves as it is: said here, where the
    unit looks at its set-up, and not first by the `jixiao validate` the next steps suggest (exit 2)."""
    from .project import read

    try:
        read(path)
    except UsageError as problem:
        yield Outcome(f"注意：{path} 有误，用到它的命令都会停下（退出码 2），请改正：\n{problem.format_message()}",
                      False, settled=False)


def _refuse_inside_specs(folder: Path, specs: str) -> None:
    """A folder in the `specs` folder of a project that is set up already is refused, nothing written. Run in
    specs/ by mistake, init made a second project there: commands run in it then read its empty specs/ and said
    there was no spec yet (exit 0) beside the project's specs with errors, and the outer project read the new
    specs/ as its own."""
    found = find_project(folder.resolve().parent)
    if found is None:
        return
    root, here = found.parent, folder.resolve()
    if here != root / specs and root / specs not in here.parents:
        return
    raise UsageError(f"{here} 在项目 {root} 的 {specs}/ 文件夹里（{root / PROJECT_FILE} 已设置好这个项目），"
                     f"jixiao init 没有写任何文件：在这里再设一个项目，在这里运行的命令就只读它自己空的 {specs}/，"
                     f"说还没有规格。规格直接放在 {root / specs}/ 里；要重新检查设置，请在 {root} 里运行 jixiao init")


def _whole_file(target: Path, data: bytes, why: str = "") -> Outcome:
    if not target.exists():
        atomic_write(target, data)
        return Outcome(f"已写入 {target}{why}", True)
    if target.is_file() and target.read_bytes() == data:
        return Outcome(f"{target} 已存在，未改动", False)
    return Outcome(f"{target} 已存在，与 jixiao init 要写的内容不同，未改动（要换成 jixiao 的，请删掉它再运行 jixiao init）", False)


def _folder(target: Path) -> Outcome:
    if target.is_dir():
        return Outcome(f"{target}/ 已存在", False)
    target.mkdir()
    return Outcome(f"已建立文件夹 {target}/（放规格）", True)


def _blocks(kit_text: str) -> list[tuple[list[str], list[str]]]:
    """The kit's line file as (comment lines, the lines they explain) pairs."""
    blocks: list[tuple[list[str], list[str]]] = []
    for line in kit_text.splitlines():
        if line.startswith("#"):
            if not blocks or blocks[-1][1]:
                blocks.append(([], []))
            blocks[-1][0].append(line)
        elif line.strip():
            if not blocks:
                blocks.append(([], []))
            blocks[-1][1].append(line)
    return blocks


def _entry(line: str) -> tuple[str, frozenset[str]]:
    """A line of .gitattributes or .gitignore as (its path pattern, its attributes), slashes around the
    pattern dropped: `/output` and `output` keep the top's output/ out of git as `output/` does."""
    pattern, *attributes = line.split()
    return pattern.strip("/"), frozenset(attributes)


def _has(entries: list[tuple[str, frozenset[str]]], line: str) -> bool:
    """Whether the file already says what the kit's `line` says: `*.docx  diff=docx  -text` says `*.docx diff=docx`."""
    pattern, attributes = _entry(line)
    return any(pattern == theirs and attributes <= their_attributes for theirs, their_attributes in entries)


def _line_file(target: Path, kit_text: str) -> Outcome:
    """A file of lines (.gitattributes, .gitignore): the kit's lines the file lacks are appended with
    the comments that explain them; the unit's own lines stay as they are."""
    if not target.exists():
        atomic_write(target, kit_text.encode("utf-8"))
        return Outcome(f"已写入 {target}", True)
    text = target.read_bytes().decode("utf-8", "surrogateescape")
    present = [_entry(line) for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    added: list[str] = []
    appended: list[str] = []
    for comments, lines in _blocks(kit_text):
        missing = [line for line in lines if not _has(present, line)]
        if missing:
            appended += [*comments, *missing]
            added += missing
    if not added:
        return Outcome(f"{target} 已有所需的各行，未改动", False)
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += newline
    if text.strip():
        text += newline  # a blank line between the unit's lines and jixiao's
    text += "".join(line + newline for line in appended)
    atomic_write(target, text.encode("utf-8", "surrogateescape"))
    return Outcome(f"已在 {target} 末尾补上 {len(added)} 行：{'、'.join(added)}", True)


def _install_set_up(folder: Path, install: CiInstall, written: Path) -> Iterator[Outcome]:
    """What the workflow's install step needs: the wheel it installs, copied in; or, when CI cannot install
    this jixiao, a reminder on every run that the step fails until the unit writes how (not settled)."""
    if install.wheel is not None:
        yield _whole_file(folder / WHEELS / install.wheel.name, install.wheel.read_bytes(),
                          "（本机安装 jixiao 所用的 wheel 文件；工作流用它安装 jixiao：把它和其他文件一起提交，推送后检查就能运行）")
    if install.unreachable is not None:
        yield Outcome(f"注意：{install.unreachable}，GitHub 上装不到它，所以 {written} 里"
                      "安装 jixiao 的那一步现在会报错停下：推送之前，请按那一步上方的中文说明改写它"
                      "（改成 jixiao 仓库的地址和标签，或提交到仓库里的 wheel 文件）", False, settled=False)


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", check=False)


def _git_failed(done: subprocess.CompletedProcess, command: str) -> UsageError:
    detail = done.stderr.strip().splitlines()
    return UsageError(f"{command} 失败：{detail[-1] if detail else '（无输出）'}")


def _repository_top(folder: Path) -> Path | None:
    """The top folder of the git repository `folder` is in; None without git or a repository."""
    if shutil.which("git") is None:
        return None
    top = _git(folder, "rev-parse", "--show-toplevel")
    return Path(top.stdout.strip()).resolve() if top.returncode == 0 else None


def workflow_file(folder: Path) -> Path:
    """Where init writes the workflow for `folder`: the top of the larger repository it is inside (GitHub runs
    only the workflows there), else in the folder."""
    top = _repository_top(folder)
    return (top if _inside(folder, top) else folder) / WORKFLOW


def _inside(folder: Path, top: Path | None) -> str | None:
    """The folder's path inside its repository (with `/`), None at the top or in no repository."""
    if top is None:
        return None
    try:
        inside = folder.resolve().relative_to(top)
    except ValueError:  # git spelled the top differently (a drive letter's case): treat the folder as it
        return None
    return inside.as_posix() if inside.parts else None


def _has_repository(folder: Path) -> bool:
    """Whether `folder` is in a git repository, told without git: it or a folder above holds `.git` (a folder,
    or a file in a worktree or submodule), so `git init` is not one of the commands to run later."""
    return any((above / ".git").exists() for above in (folder.resolve(), *folder.resolve().parents))


def _git_set_up(folder: Path, top: Path | None) -> Iterator[Outcome]:
    """The folder's repository (made if it is in none) with jixiao's git settings, or the commands to run later."""
    commands = [f"git config {key} " + (f'"{value}"' if " " in value else value) for key, value, _ in GIT_SETTINGS]
    if shutil.which("git") is None:
        made = [] if _has_repository(folder) else ["git init"]
        yield Outcome("没有找到 git：装好 git（https://git-scm.com/downloads）后再运行一次 jixiao init，或在 "
                      f"{folder} 里运行：\n" + "\n".join(f"  {c}" for c in [*made, *commands]), False, settled=False)
        return
    if top is None:
        made = _git(folder, "init", "-q")
        if made.returncode != 0:
            raise _git_failed(made, f"在 {folder} 里运行 git init")
        yield Outcome(f"已建立 git 仓库（git init）：{folder}", True)
    for (key, value, kind), command in zip(GIT_SETTINGS, commands):
        now = _git(folder, "config", "--local", *(["--type", kind] if kind else []), "--get", key)
        if now.returncode == 0 and now.stdout.strip() == value:
            yield Outcome(f"git 设置 {key} 已是 {value}，未改动", False)
        elif now.returncode == 0:
            yield Outcome(f"git 设置 {key} 已是 {now.stdout.strip()}，未改动（jixiao 用的是 {command}）", False)
        else:
            done = _git(folder, "config", "--local", key, value)
            if done.returncode != 0:
                raise _git_failed(done, command)
            yield Outcome(f"已设置 {command}", True)


def _command_on_path() -> Iterator[Outcome]:
    """VS Code's tasks and git's textconv run `jixiao` by name: a jixiao installed where PATH does not lead
    (a virtual environment in jixiao's checkout, as the README installs it) leaves Ctrl+Shift+B saying the
    command is not found, and stops every `git diff` that meets a Word file."""
    if shutil.which("jixiao") is not None:
        return
    ran = Path(sys.argv[0])
    where = f"（这次运行的 jixiao 在 {ran.parent.resolve()}）" if ran.stem == "jixiao" and ran.parent.is_dir() else ""
    yield Outcome("注意：PATH 里找不到 jixiao 命令，而 VS Code 的任务（Ctrl+Shift+B）和 git diff 显示 Word 文件时都要运行它"
                  "（任务也在本文件夹的 .venv 里找）；找不到时 git diff 遇到 Word 文件会停下"
                  f"（fatal: unable to read files to diff）。请把 jixiao 所在的文件夹加到 PATH{where}", False, settled=False)


def workflow(inside: str | None = None, install: CiInstall | None = None) -> str:
    """docs/ci/github-actions.yml with its install step installing this jixiao (`install`, else `ci_install()`),
    not a checkout; for specs `inside` a folder of the repository, its steps run there and the forms are
    uploaded from there."""
    example = data_folder("docs/ci", "jixiao_ci") / "github-actions.yml"
    install = install or ci_install()
    text = _replace_once(_INSTALL_STEP, lambda found: "".join(f"{found['indent']}# {line}\n" for line in install.notes)
                         + f"{found['indent']}run: {install.command}",
                         example.read_text(encoding="utf-8"), example)
    if inside:
        quoted = json.dumps(inside, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
        text = _replace_once(_RUNS_ON, lambda found: f"{found[0]}\n{found['indent']}defaults:\n"
                             f"{found['indent']}  run:\n{found['indent']}    working-directory: {quoted}"
                             "  # 运行 jixiao init 的文件夹，规格在它的 specs/ 里", text, example)
        text = _replace_once(_UPLOADED, lambda found: f"{found['key']}" + json.dumps(f"{inside}/{found['path']}",
                                                                                     ensure_ascii=False), text, example)
    return text


def _replace_once(pattern: re.Pattern, replacement, text: str, example: Path) -> str:
    text, count = pattern.subn(replacement, text)
    if count != 1:
        raise RuntimeError(f"{example} has {count} lines matching {pattern.pattern!r}; init replaces exactly one")
    return text


@dataclass(frozen=True)
class CiInstall:
    """How the unit's CI installs jixiao: the install step's command and the comment lines (Chinese) above it;
    the local wheel it installs, copied into the unit's `wheels/` (None when it installs from elsewhere); and,
    when CI cannot install this jixiao, where it came from, as init says it (the step then fails)."""

    command: str
    notes: list[str]
    wheel: Path | None = None
    unreachable: str | None = None


_HOW_TO_FILL_IN = [
    "推送之前把下面的 run: 一行换成以下两种写法之一：",
    "  run: pip install \"jixiao @ git+https://<jixiao 仓库的地址>@<标签或提交>\"",
    f"  run: pip install {WHEELS}/<wheel 文件名>",
    f"后一种要把 jixiao 的 wheel 文件提交到与 jixiao.yaml 同一文件夹的 {WHEELS}/ 里（wheel 文件由 jixiao 的维护者提供，",
    "或在 jixiao 的源码目录运行 pip wheel --no-deps . 得到）。不要只写 pip install jixiao：软件源里同名的包不一定是这个 jixiao。"]
_FAIL_UNTIL_FILLED_IN = ('echo "::error::还没有写好怎样安装 jixiao：请按 .github/workflows/jixiao.yml 里'
                         '这一步上方的说明改写这一行" && exit 1')


def ci_install() -> CiInstall:
    """How the unit's CI installs the jixiao running here, from where pip installed it from.

    pip records a direct URL in the distribution's `direct_url.json` (PEP 610): a VCS or remote URL is that
    exact commit or archive, pinned as it is; a local wheel is copied into the unit's repository and installed
    from there, so the first push works as it comes. A local folder (a checkout, editable or not) or a file no
    longer there means nothing on a CI runner, and the version alone would install whatever an index has under
    the name (a stranger's package, run with the job's token): the step fails, saying how to fill it in.
    Without a record, jixiao came from an index: that version, from an index."""
    from importlib import metadata

    from . import version

    if running_checkout() is not None:
        return _unreachable(f"本机的 jixiao 是在源码目录 {running_checkout()} 里运行的")
    try:
        recorded = metadata.distribution("jixiao").read_text("direct_url.json")
    except metadata.PackageNotFoundError:  # run from a checkout, never installed
        return _unreachable("本机的 jixiao 没有用 pip 安装（是在源码目录里运行的）")
    if recorded is None:
        return CiInstall(f"pip install \"jixiao=={version()}\"", [
            f"运行 jixiao init 的电脑上，jixiao（{version()} 版）是从软件源装的（pip install jixiao），这里从软件源装同一版本。",
            "那是单位自己的软件源而不是 PyPI 时，请在这一行末尾加上 --index-url <软件源的地址>；也可以改成 jixiao 仓库的",
            "地址和标签，如 pip install \"jixiao @ git+https://<jixiao 仓库的地址>@<标签>\"。"])
    try:
        data = json.loads(recorded)
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    pinned = _direct_reference(data)
    if pinned is not None:
        return CiInstall(f"pip install \"jixiao @ {pinned}\"", [
            "装的是运行 jixiao init 的电脑上所装的那个 jixiao（同一地址、同一提交），每次检查都用同样的规则；",
            "升级 jixiao 时改成新版本的提交、标签或文件地址。"])
    local = _local_path(data.get("url"))
    if local is not None and local.suffix == ".whl" and local.is_file():
        return CiInstall(f"pip install {WHEELS}/{local.name}", [
            f"装的是运行 jixiao init 的电脑上所装的那个 wheel 文件：jixiao init 已把它复制到与 jixiao.yaml 同一文件夹的 {WHEELS}/ 里，",
            "请把它一起提交；每次检查都用同样的规则。升级 jixiao 时把新的 wheel 文件放进去，再改这一行的文件名。"], wheel=local)
    if local is not None and local.suffix == ".whl":
        return _unreachable(f"本机的 jixiao 是从 wheel 文件 {local} 装的，而这个文件已不在那里")
    if local is not None and local.is_dir():
        return _unreachable(f"本机的 jixiao 是从文件夹 {local} 装的")
    return _unreachable(f"本机的 jixiao 是从 {local or data.get('url') or '本机的文件'} 装的")


def running_checkout() -> Path | None:
    """The source folder this jixiao runs from when it is a checkout (pyproject.toml beside its package), else None.

    An editable install made the older way (setup.py develop, an egg-link) records no direct_url.json, so the
    checkout looked installed from an index and CI got `jixiao==<version>`; an installed package has no
    pyproject.toml beside it."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def _unreachable(said: str) -> CiInstall:
    """An install step that fails with a message until the unit writes how CI installs jixiao; `said`: where
    this jixiao came from, for init to tell (a local path stays out of the file the unit commits)."""
    return CiInstall(_FAIL_UNTIL_FILLED_IN, [
        "运行 jixiao init 的电脑上的 jixiao 是从本机的文件夹或文件装的（或没有安装），GitHub 上装不到它，所以这一步先报错停下。",
        *_HOW_TO_FILL_IN], unreachable=said)


def _local_path(url) -> Path | None:
    """The local path a `file:` URL names, else None."""
    if not isinstance(url, str) or not url.startswith("file:"):
        return None
    return Path(url2pathname(urlsplit(url).path))


def _direct_reference(data: dict) -> str | None:
    """A PEP 508 direct reference to what pip installed from a VCS or a remote archive, else None
    (a local folder or file means nothing on a CI runner)."""
    url = data.get("url")
    if not isinstance(url, str) or not url or url.startswith("file:"):
        return None
    vcs = data.get("vcs_info")
    if isinstance(vcs, dict) and vcs.get("vcs") and vcs.get("commit_id"):
        reference = f"{vcs['vcs']}+{url}@{vcs['commit_id']}"
    elif isinstance(data.get("archive_info"), dict):
        reference = url
    else:
        return None
    subdirectory = data.get("subdirectory")
    return f"{reference}#subdirectory={subdirectory}" if subdirectory else reference
