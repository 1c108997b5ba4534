"""`jixiao init`, the stage: the unit's repository set up (unit_repo.py), each file and git setting said as it is
done, then the next steps, from the first spec to the pull request.

Kept out of cli.py, which handles the command line's arguments only.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import click

from .command_paths import DEFAULT_OUTPUT, DEFAULT_SPECS, cmd_notes, quoted
from .errors import Trouble, UsageError, os_problem
from .ci_workflow import Ci
from .project import PROJECT_FILE
from .revisions import ordered_remotes, remote_main_branch
from .unit_repo import chosen_ci, names_workflow, run_git, set_up, workflow_file


def init_repo(folder: str, ci_name: str | None) -> None:
    """`folder` set up as a unit's repository with the workflow of the CI `--ci` named (`chosen_ci`), and what was
    done and is to do next said; a folder that cannot be set up (a file in the way, no permission) is a usage error."""
    changed = unsettled = False
    try:
        ci = chosen_ci(Path(folder), ci_name)
        for outcome in set_up(Path(folder), DEFAULT_SPECS, ci):
            click.echo(outcome.said)
            changed |= outcome.changed
            unsettled |= not outcome.settled
    except BrokenPipeError:
        raise  # the reader stopped reading (`| head`): the error boundary's to end quietly
    except OSError as exc:  # the folder the user named cannot be set up: said, as a usage error
        raise UsageError(os_problem(exc)) from None
    if not changed:
        click.echo("这次没有改动任何文件和 git 设置；上面说的还没有做好。" if unsettled
                   else "都已设置好，这次没有改动任何文件和 git 设置。")
    remote = _clone_of(Path(folder))
    click.echo(_steps_in_a_clone(folder, remote) if remote else _next_steps(folder, ci))


def _next_steps(folder: str, ci: Ci | None) -> str:
    """What to do after init, with the commands to type from here: a `cd` first when the folder is another one, and
    the workflow file where it was written (the larger repository's top, when the folder is inside one), or why it was
    not and how to have it (a folder whose path in the repository is not UTF-8: `names_workflow`). The commit
    is two commands, as Windows PowerShell 5.1 refuses `&&`, and has its message: a bare `git commit` put the clerk
    in an editor (vim, as Git for Windows sets it) to write one. Most units start from last year's Word or Excel
    form, not a blank one: the first step names `import` and `new --from` beside `new --form`, as README's 快速上手
    does, or the clerk types a year's form over again."""
    enter = "" if Path(folder).resolve() == Path.cwd().resolve() else f"cd {quoted(folder)}{cmd_notes([folder])}，"
    commit = "一起提交（两条命令分开输入：先 git add -A，再 git commit -m \"规格初稿\"）"
    if ci is None:
        last = (f"把上面写出的文件连同 {DEFAULT_SPECS}/ 和 jixiao new 写出的 schema/ {commit}，推送；"
                "没有写 CI 的配置文件（--ci none）：仓库在 Gitee 上时在它的网页上配置 Gitee Go 的流水线，命令照 --ci gitlab 写出的"
                " .gitlab-ci.yml；要在 GitHub 或 GitLab 上检查时运行 jixiao init --ci github 或 --ci gitlab")
    elif not names_workflow(Path(folder)):  # set_up said why the workflow is not written, and how to have it
        last = (f"没有写出 {ci.host} 的{ci.called}（见上）：把路径里名字读不出的文件夹重新命名后再运行一次 jixiao init，它会写出"
                f"{ci.called}；然后把写出的文件连同 {DEFAULT_SPECS}/ 和 jixiao new 写出的 schema/ {commit}，推送到 {ci.host}")
    else:
        written = workflow_file(Path(folder), ci)  # outside the folder when it is inside a larger repository
        workflow = ci.path.as_posix() if written == Path(folder) / ci.path else written
        last = (f"核对 {workflow} 里安装 jixiao 的那一行，把上面写出的文件连同 {DEFAULT_SPECS}/ 和 jixiao new 写出的 schema/"
                f" {commit}，推送到 {ci.host}：推送到主分支和每个合并请求都会检查规格，并{ci.shows}")
    return (f"下一步：\n"
            f"  1. {enter}新建规格：jixiao new --form 表样 --unit 单位全称 --year 年度 -o {DEFAULT_SPECS}/"
            f"（jixiao new --list 列出表样）；已有往年的 Word 或 Excel 表时，先 jixiao import 旧表.docx -o {DEFAULT_SPECS}/"
            f" 把它读成规格，再 jixiao new --from {DEFAULT_SPECS}/导入的规格.yaml --year 新年度 开始新年度\n"
            f"  2. 填写后检查：jixiao validate；生成 Word 和 HTML：jixiao build（写到 {DEFAULT_OUTPUT}/）\n"
            f"  3. 用 VS Code 打开这个文件夹，安装它推荐的 YAML 插件（redhat.vscode-yaml）：输入时有补全和中文说明，"
            f"Ctrl+Shift+B 运行检查\n"
            f"  4. {last}")


def _clone_of(folder: Path) -> str | None:
    """The remote (the first of `ordered_remotes`, as `diff --rev` takes a branch from: the one the checked-out branch
    tracks, else `origin`) of a repository that already holds, committed, the project file and a spec: a colleague's
    or reviewer's clone of the unit's repository, as README has them run init, where the steps for a new repository
    (make the first spec, commit what init wrote) do not apply, init having written nothing. A clone with several
    remotes and none called origin was told those steps, and one tracking a fork was told to push to origin. None
    without git (init says so and writes its files all the same; `git ls-files` ended it as an internal error), for a
    unit's own repository before its first push, which has no remote to fetch from or push to yet, and where git fails
    to list the remotes: init has done its work by then, and a failed `git remote` (raised by `ordered_remotes`, as
    diff needs it) ended it as `错误：git -C 失败` over steps that are only advice."""
    if shutil.which("git") is None:
        return None
    listed = run_git(folder, "ls-files", "-z", "--", PROJECT_FILE, f"{DEFAULT_SPECS}/")
    names = listed.stdout.split("\0") if listed.returncode == 0 else []
    if PROJECT_FILE not in names or not any(name.lower().endswith((".yaml", ".yml")) for name in names
                                            if name != PROJECT_FILE):
        return None
    try:
        return next(iter(ordered_remotes("-C", str(folder))), None)
    except Trouble:
        return None


def _steps_in_a_clone(folder: str, remote: str) -> str:
    """What to do next in a clone of the unit's repository: review a pull request (README's review step 4, with the
    remote's main branch as `diff --rev` itself names it, `remote_main_branch`; main where it is unknown, as README
    writes it), or start next year's spec on a branch of its own and open a pull request for it (README's quick
    start, step 5)."""
    enter = "" if Path(folder).resolve() == Path.cwd().resolve() else f"cd {quoted(folder)}{cmd_notes([folder])}，"
    main_branch = remote_main_branch(remote, "-C", folder) or "main"
    return (f"下一步（这个仓库里已经提交了规格）：\n"
            f"  1. {enter}审阅合并请求：先 git fetch，再 jixiao diff --rev {remote}/{main_branch}...{remote}/分支名"
            f"（git branch -r 列出有哪些分支）\n"
            f"  2. 开始新年度：先 git switch -c 分支名（如 draft-新年度），再 jixiao new --from {DEFAULT_SPECS}/上一年度的规格.yaml"
            f" --year 新年度；填写后检查：jixiao validate 和 jixiao lint\n"
            f"  3. 用 VS Code 打开这个文件夹，安装它推荐的 YAML 插件（redhat.vscode-yaml）：输入时有补全和中文说明，"
            f"Ctrl+Shift+B 运行检查\n"
            f"  4. 提交新年度的规格（两条命令分开输入：先 git add -A，再 git commit -m \"新年度绩效目标初稿\"），"
            f"git push -u {remote} HEAD，再在仓库的网页上开合并请求")
