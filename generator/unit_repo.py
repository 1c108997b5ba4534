"""`jixiao init`: a unit's own repository made ready for the review workflow, nothing copied by hand.

The workflow needs files that live in jixiao's repository: VS Code's recommended extension, settings and tasks,
`.gitattributes` lines, a project file, a CI workflow. A unit that installed jixiao from a wheel had
none of them and copied them by hand, as the README said. They travel in the package (`kit/` beside
this module; the workflow is derived from an example in docs/ci, GitHub's or GitLab's, packaged as
`jixiao_ci`), so a checkout and an installed jixiao write the same ones.

Nothing the unit has is overwritten: a file that exists is left as it is (and said to differ when it
does), the line files (`.gitattributes`, `.gitignore`) only get the lines they lack, and a git setting
the repository already has keeps its value, so running `init` again changes nothing.

The two git settings (Word files shown as text by `git diff`, Chinese file names shown as written)
live in `.git/config`, which no file in the repository can carry: init sets them, in a repository it
makes when the folder is not in one yet; without git, it says which commands to run later.

GitHub and GitLab run only the workflow at the top of a repository: for a folder inside a larger repository
the workflow goes there, its steps run in the folder. Which of the two (or none) is the unit's choice.

The workflow installs the jixiao that ran `init` (ci_workflow.py): a wheel installed from a local file is
copied into the folder's `wheels/`, so the first push is checked as it comes.
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from .ci_workflow import CIS, GITHUB, WHEELS, Ci, CiInstall, ci_install, install_unwritten, workflow
from .command_paths import quoted
from .errors import UsageError
from .project import PROJECT_FILE, find as find_project
from .write import atomic_write

KIT = Path(__file__).resolve().parent / "kit"
VSCODE_FILES = ("extensions.json", "settings.json", "tasks.json")
# settings.json: LF and UTF-8 for every file VS Code makes, as `fmt` writes specs. Without it VS Code on Windows saved
# new specs with CRLF, which failed `fmt --check` and the pre-commit hook locally while CI, after git's eol=lf, passed
LINE_FILES = ("gitattributes", "gitignore")  # written as .gitattributes, .gitignore
# git runs a textconv command through its shell, with the Word file's path after it: this Python, by its full path,
# not `jixiao` by name, which PATH may not lead to (a venv in jixiao's checkout), and then every `git diff` that
# met a Word file stopped (fatal: unable to read files to diff). `-P` keeps the current folder off sys.path: git runs
# the command in the unit's repository, and a `generator/` folder of its own was run instead (git diff showed nothing)
TEXTCONV = f"{shlex.quote(Path(sys.executable).as_posix())} -P -m generator textconv"
GIT_SETTINGS = (  # (key, value, the type git compares it as)
    ("diff.docx.textconv", TEXTCONV, None),
    ("core.quotepath", "false", "bool"),
)


@dataclass(frozen=True)
class Outcome:
    """What `init` did to one file, folder or git setting, as one line for the user; `settled` is False for
    what is left for the user to do (so a run that changed nothing does not call everything set up)."""

    said: str
    changed: bool
    settled: bool = True


_CURRENT = "当前文件夹"


def _folder_name(folder: Path) -> str:
    """The folder as a person recognises it in a message: `jixiao init` run in the folder it sets up said
    `已建立 git 仓库（git init）：.`, and `..` says no more. The current folder is named so, with its path; another
    folder typed as `.` or `..` (`sub/..`) by its path; any other as typed."""
    if folder.resolve() == Path.cwd().resolve():
        return f"{_CURRENT}（{Path.cwd()}）"
    return str(folder) if folder.name not in ("", os.curdir, os.pardir) else str(folder.resolve())


def _amid(folder: Path) -> str:
    """The folder's name amid Chinese words: a path with a space on each side (或在 /x/y 里运行), the current folder,
    words ending in a full-width bracket, with none (或在当前文件夹（/x/y）里运行, not 或在 当前文件夹（/x/y） 里)."""
    name = _folder_name(folder)
    return name if name.startswith(_CURRENT) else f" {name} "


def set_up(folder: Path, specs: str, ci: Ci | None) -> Iterator[Outcome]:
    """Write every file of the kit into `folder` (made if missing) that is not there yet, with the workflow for
    `ci` (None: no workflow), make the `specs` folder, then the git settings; each step as it is done, so a step
    that fails leaves the others said."""
    _refuse_inside_specs(folder, specs)
    if not folder.is_dir():
        folder.mkdir(parents=True)
        yield Outcome(f"已建立文件夹 {folder}", True)
    top = _repository_top(folder)
    inside = _inside(folder, top)
    if inside:
        yield Outcome(f"{_amid(folder).lstrip()}在 git 仓库 {top} 里：git 设置写在这个仓库里"
                      + (f"；{ci.host} 只运行仓库根目录下的{ci.called}，所以{ci.called}写在那里，在 {inside} 里检查规格"
                         if ci and _nameable(inside) else ""), False)  # else said below: not written
    yield _whole_file(folder / PROJECT_FILE, (KIT / PROJECT_FILE).read_bytes())
    yield from _project_file_problems(folder / PROJECT_FILE)
    yield _folder(folder / specs)
    for name in VSCODE_FILES:
        kit = (KIT / "vscode" / name).read_bytes()
        yield _whole_file(folder / ".vscode" / name, kit, different=_settings_to_merge(kit) if name == "settings.json" else "")
    for name in LINE_FILES:
        yield _line_file(folder / f".{name}", (KIT / name).read_text(encoding="utf-8"))
    if ci is not None and not _nameable(inside):
        yield Outcome(f"没有写出 {workflow_file(folder, ci)}：这个文件夹在 git 仓库里的路径 {inside} 有读不出的字符（名字不是"
                      f" UTF-8 编码，如 Windows 上打包的 zip 解出的 GBK 名字），{ci.host} 的{ci.called}写不进这个路径；"
                      "请在这台电脑上把文件夹重新命名后再运行 jixiao init", False, settled=False)
    elif ci is not None:
        install = ci_install(ci)
        written = workflow_file(folder, ci)
        text = workflow(inside, install, ci).encode("utf-8")
        outcome = _whole_file(written, text)
        yield outcome
        if written.is_file() and written.read_bytes() == text:  # a workflow of the unit's own installs its own way
            yield from _install_set_up(folder, install, written, ci, outcome.changed)
        if not outcome.changed:
            yield from _install_left(written, ci)
    for other in CIS.values():
        if other is not ci and workflow_file(folder, other).is_file():
            yield Outcome(f"另有 {workflow_file(folder, other)}（{other.host} 的 CI），未改动：仓库不在 {other.host} 上时用不到它，"
                          "可以删去", False)
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


def _whole_file(target: Path, data: bytes, why: str = "", different: str = "") -> Outcome:
    """Write the file unless it exists. One that differs is the unit's own and never to be deleted, as advice to
    delete it and run init again threw the unit's own settings away: `different` says what to merge by hand, and
    without it the user is told where to see what init writes."""
    if not target.exists():
        atomic_write(target, data)
        return Outcome(f"已写入 {target}{why}", True)
    if target.is_file() and target.read_bytes() == data:
        return Outcome(f"{target} 已存在，未改动", False)
    advice = different or "（jixiao init 要写的内容，可在一个空文件夹里运行 jixiao init 看到，需要的部分请手工合并进来）"
    return Outcome(f"{target} 已存在，与 jixiao init 要写的内容不同，未改动{advice}", False)


def _settings_to_merge(kit: bytes) -> str:
    """The settings init writes into .vscode/settings.json, as lines to merge into the unit's own (often with
    comments, JSONC, which init does not rewrite): the kit's object without its braces, keys and values as written."""
    inner = kit.decode("utf-8").strip().removeprefix("{").removesuffix("}").strip("\n")
    return "；请把下面这些设置合并进去（已有的同名设置改为这里的值）：\n" + inner


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


def _install_set_up(folder: Path, install: CiInstall, written: Path, ci: Ci, written_now: bool) -> Iterator[Outcome]:
    """What the workflow's install step needs: the wheel it installs, copied in; or, when CI cannot install
    this jixiao, that the step fails until the unit writes how, said in the run that writes the workflow
    (`written_now`), before it is first committed and pushed.

    Said on every run while the file was as written, it came at each run in a colleague's clone run from jixiao's
    source folder (the workflow committed, pushed, and no longer theirs to fix before pushing); a later run says the
    step left as it is, in words true wherever it runs (`_install_left`)."""
    if install.wheel is not None:
        yield _whole_file(folder / WHEELS / install.wheel.name, install.wheel.read_bytes(),
                          f"（本机安装 jixiao 所用的 wheel 文件；{ci.called}用它安装 jixiao：把它和其他文件一起提交，推送后检查就能运行）")
    if install.unreachable is not None and written_now:
        yield Outcome(f"注意：{install.unreachable}，{ci.host} 上装不到它，所以 {written} 里"
                      "安装 jixiao 的那一步现在会报错停下：推送之前，请按那一步上方的中文说明改写它"
                      "（改成 jixiao 仓库的地址和标签，或提交到仓库里的 wheel 文件）", False, settled=False)


def _install_left(written: Path, ci: Ci) -> Iterator[Outcome]:
    """On a run that did not write it, a workflow whose install step is still the one init writes to fail
    (`install_unwritten`), said as left to do: a second run in the unit's repository said `都已设置好` while every
    CI run stopped at that step. Said of the file, not of the jixiao running here, so a clone of a repository that
    pushed it so hears it too, and one whose line was rewritten does not."""
    if written.is_file() and install_unwritten(written.read_bytes().decode("utf-8", "replace"), ci):
        yield Outcome(f"注意：{written} 里安装 jixiao 的那一步还没有改写，{ci.host} 上运行到它就报错停下：请按那一步上方的"
                      "中文说明改写它（改成 jixiao 仓库的地址和标签，或提交到仓库里的 wheel 文件），再提交、推送", False,
                      settled=False)


def run_git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """`git -C folder args…`, its output as text, a failure returned (the caller says what failed), not raised."""
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", check=False)


def _git_failed(done: subprocess.CompletedProcess, command: str) -> UsageError:
    detail = done.stderr.strip().splitlines()
    return UsageError(f"{command} 失败：{detail[-1] if detail else '（无输出）'}")


def _repository_top(folder: Path) -> Path | None:
    """The top folder of the git repository `folder` is in; None without git or a repository."""
    if shutil.which("git") is None:
        return None
    top = run_git(folder, "rev-parse", "--show-toplevel")
    return Path(top.stdout.strip()).resolve() if top.returncode == 0 else None


def chosen_ci(folder: Path, name: str | None) -> Ci | None:
    """The CI init writes the workflow for: the one `--ci` named (None for none); else the one whose workflow
    the repository has, so that init run again in a GitLab unit does not add GitHub's beside its own; else GitHub's."""
    if name is not None:
        return CIS.get(name)
    return next((ci for ci in CIS.values() if folder.is_dir() and workflow_file(folder, ci).is_file()), GITHUB)


def workflow_file(folder: Path, ci: Ci) -> Path:
    """Where init writes `ci`'s workflow for `folder`: the top of the larger repository it is inside (GitHub and
    GitLab run only the workflow there), else in the folder."""
    top = _repository_top(folder)
    return (top if _inside(folder, top) else folder) / ci.path


def _inside(folder: Path, top: Path | None) -> str | None:
    """The folder's path inside its repository (with `/`), None at the top or in no repository."""
    if top is None:
        return None
    try:
        inside = folder.resolve().relative_to(top)
    except ValueError:  # git spelled the top differently (a drive letter's case): treat the folder as it
        return None
    return inside.as_posix() if inside.parts else None


def names_workflow(folder: Path) -> bool:
    """Whether init writes a workflow for `folder` (`_nameable`): the next steps speak of it only when it does."""
    return _nameable(_inside(folder, _repository_top(folder)))


def _nameable(inside: str | None) -> bool:
    """Whether a workflow can name the folder's path inside its repository: a name that is not UTF-8 reaches Python
    as lone surrogates, which the UTF-8 workflow cannot hold (writing it was an internal error)."""
    try:
        (inside or "").encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _has_repository(folder: Path) -> bool:
    """Whether `folder` is in a git repository, told without git: it or a folder above holds `.git` (a folder,
    or a file in a worktree or submodule), so `git init` is not one of the commands to run later."""
    return any((above / ".git").exists() for above in (folder.resolve(), *folder.resolve().parents))


MAIN_BRANCH = "main"
"""The first branch of a repository init makes: the one README, docs/diff.md and the workflow's comments name."""


def _git_init(folder: Path) -> subprocess.CompletedProcess:
    """`git init` with its first branch `MAIN_BRANCH`. git names it master unless configured otherwise, so the
    documented `diff --rev main...draft` failed in a repository init had made (diff's hint said to write master). git
    before 2.28 has no `-b`: there the plain `git init` is run, quietly, its master kept (the workflow runs on pushes to
    either, and diff's hint names the branch the repository has)."""
    made = run_git(folder, "init", "-q", "-b", MAIN_BRANCH)
    return made if made.returncode == 0 else run_git(folder, "init", "-q")


def _git_set_up(folder: Path, top: Path | None) -> Iterator[Outcome]:
    """The folder's repository (made if it is in none) with jixiao's git settings, or the commands to run later."""
    commands = [f"git config {key} {quoted(value)}" for key, value, _ in GIT_SETTINGS]
    if shutil.which("git") is None:
        made = [] if _has_repository(folder) else [f"git init -b {MAIN_BRANCH}"]
        yield Outcome("没有找到 git：装好 git（https://git-scm.com/downloads）后再运行一次 jixiao init，或在"
                      f"{_amid(folder)}里运行：\n" + "\n".join(f"  {c}" for c in [*made, *commands]), False, settled=False)
        return
    if top is None:
        made = _git_init(folder)
        if made.returncode != 0:
            raise _git_failed(made, f"在{_amid(folder)}里运行 git init")
        yield Outcome(f"已建立 git 仓库（git init）：{_folder_name(folder)}", True)
    for (key, value, kind), command in zip(GIT_SETTINGS, commands):
        now = run_git(folder, "config", "--local", *(["--type", kind] if kind else []), "--get", key)
        if now.returncode == 0 and now.stdout.strip() == value:
            yield Outcome(f"git 设置 {key} 已是 {value}，未改动", False)
        elif now.returncode == 0:
            yield Outcome(f"git 设置 {key} 已是 {now.stdout.strip()}，未改动（jixiao 用的是 {command}）", False)
        else:
            done = run_git(folder, "config", "--local", key, value)
            if done.returncode != 0:
                raise _git_failed(done, command)
            yield Outcome(f"已设置 {command}", True)


def _command_on_path() -> Iterator[Outcome]:
    """VS Code's tasks run `jixiao` by name: a jixiao installed where PATH does not lead (a virtual environment
    in jixiao's checkout, as the README installs it) leaves Ctrl+Shift+B saying the command is not found.
    (git's textconv runs this Python by its path: `TEXTCONV`.)"""
    if shutil.which("jixiao") is not None:
        return
    ran = Path(sys.argv[0])
    where = f"（这次运行的 jixiao 在 {ran.parent.resolve()}）" if ran.stem == "jixiao" and ran.parent.is_dir() else ""
    yield Outcome("注意：PATH 里找不到 jixiao 命令，而 VS Code 的任务（Ctrl+Shift+B）要运行它"
                  "（任务也在本文件夹的 .venv 里找）；找不到时任务报“找不到命令”"
                  f"。请把 jixiao 所在的文件夹加到 PATH{where}", False, settled=False)
