"""Spec files as they are on disk, or as they were in a git revision, for `jixiao diff` and `lint --changed-since`.

A revision is read with `git ls-tree` and `git show REV:./path` in a subprocess (no git library), and
a file renamed into or out of the given paths is found with `git diff -M`, the lines a change touched with
`git diff -U0 -M`: what a reviewer compares is exactly what git has. Paths are relative to the current folder, on
both sides, so the same spec pairs up with itself.
"""
from __future__ import annotations

import os
import posixpath
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .command_paths import location_dropped, quoted, refuse_saved_as_text, say_saved_as_text
from .diff_inputs import Unreadable, unreadable_specs
from .errors import EnvironmentProblem, Trouble, os_problem, unread_reason
from .long_paths import refused_length
from .load import not_found_said
from .problems import Problem, Severity
from .spec_files import TOO_BIG, capped_bytes, folder_specs, hidden, settings_file, spec_suffix, unopenable


def _is_spec(name: str) -> bool:
    return spec_suffix(PurePosixPath(name))


def _outside_hidden(name: str, folders: list[str]) -> bool:
    """Whether a file git listed under the given paths is outside their hidden folders, as `spec_files`
    finds files on disk: `diff --rev HEAD .` would otherwise read a GitHub workflow as a spec. (Seen from
    a path it is not under, a file starts with `..`, and so counts as hidden from there.)"""
    return any(not hidden(PurePosixPath(posixpath.relpath(name, folder))) for folder in folders)


def _settings_found(name: str, folders: list[str], listed: set[str]) -> bool:
    """Whether a file git listed is a settings file found under a folder (jixiao.yaml, a form's profile.yaml),
    which `spec_files` leaves out on disk; one named itself is read, on both sides alike."""
    folder = posixpath.dirname(name)
    return name not in folders and settings_file(PurePosixPath(name), lambda other: posixpath.join(folder, other) in listed)


Files = dict[str, tuple[str, bytes | Unreadable]]  # path -> (the name shown in messages, the file's bytes)


def _from_here(file: Path) -> str:
    """A file's path relative to the current folder, as `git ls-tree` names it: from `specs`, the file
    found under `..` is `b.yaml`, not `../specs/b.yaml`, or the two sides would hold it under two names.
    The folder is resolved (a symlink in an absolute path, or in the current folder's) but not the file,
    which git lists by its own name."""
    here = os.path.realpath(os.curdir)
    return Path(os.path.relpath(os.path.join(os.path.realpath(file.parent), file.name), here)).as_posix()


def on_disk(paths: list[str]) -> tuple[Files, list[Path]]:
    """Spec files under the given files or folders as validate finds them, by their path from the current
    folder, shown as written (files that do not exist are left out), and each spec's name that holds no file
    to read, with why (`diff_inputs.unreadable_specs`); and the specs saved there as `gz.yaml.txt`, for
    `say_saved` to say once both sides are known."""
    found: Files = {}
    saved: dict[Path, None] = {}
    for name in paths:
        files, as_text = folder_specs(Path(name)) if os.path.isdir(name) else ([name], [])
        saved.update(dict.fromkeys(as_text))
        for file in map(Path, files):
            if file.is_file():
                found[_from_here(file)] = (file.as_posix(), file.read_bytes())
    for file, why in unreadable_specs(paths):
        found[_from_here(file)] = (file.as_posix(), why)
    return found, list(saved)


def say_saved(saved: list[Path], old: Files, new: Files) -> None:
    """A warning for each spec saved as `gz.yaml.txt`, as every command that looks through a folder gives (left out
    in silence, it read as the spec deleted); when neither side holds a spec, the one error the other commands give
    (`在 specs 中没有找到规格文件（.yaml）` said nothing of the file a clerk sees as gz.yaml)."""
    if saved and not old and not new:
        refuse_saved_as_text(saved)
    say_saved_as_text(saved)


_DIFF_INSTEAD = "不用 --rev，直接比较两个文件或文件夹：jixiao diff 旧 新"
_LINT_INSTEAD = "不用 --changed-since"


class GitMissing(EnvironmentProblem):
    """No git command to run: said in the words of the option that asked for git (`_git_missing`)."""


def _git_missing(option: str = "--rev", instead: str = _DIFF_INSTEAD) -> GitMissing:
    return GitMissing(f"与 git 版本比较（{option}）需要 git，但没有找到 git 命令；"
                      f"请先安装 git（https://git-scm.com/downloads），或{instead}")


def _git(*args: str) -> bytes:
    """git's output; a missing git is said in diff's words, which lint's `as_they_were` says again in its own. A failure
    names git's command, not the `-C folder` before it (`git -C 失败`)."""
    try:
        done = subprocess.run(["git", *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise _git_missing() from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        command = args[2] if args[0] == "-C" else args[0]
        raise Trouble(f"git {command} 失败：{detail[-1] if detail else '（无输出）'}")
    return done.stdout


def _succeeds(*args: str) -> bool:
    """Whether a git command exits 0; a missing git still ends the command, as its own problem."""
    try:
        _git(*args)
    except Trouble:
        return False
    return True


def _top(*where: str) -> str | None:
    """The top folder of the git repository the current folder (or `-C` folder) is in; None outside one."""
    try:
        return os.fsdecode(_git(*where, "rev-parse", "--show-toplevel")).strip() or None
    except Trouble:
        return None


def _inside(path: str, top: str) -> bool:
    """Whether a path is in the repository whose top folder is `top`; a path on another Windows drive is not
    (where `commonpath` raises ValueError, which ended the command as an internal error)."""
    here, top = os.path.realpath(path), os.path.realpath(top)
    try:
        return os.path.normcase(os.path.commonpath([here, top])) == os.path.normcase(top)
    except ValueError:
        return False


def _repository_of(path: str) -> str | None:
    """The top of the git repository that holds an existing path, whatever the current folder is in."""
    return _top("-C", os.path.dirname(os.path.abspath(path))) if os.path.exists(path) else None


def _in_repository(paths: list[str], option: str = "--rev", instead: str = _DIFF_INSTEAD) -> None:
    """Stop, in words, unless the current folder is in a git repository that holds every path: git said either
    as `fatal: … is outside repository at …` or as a lookup of HEAD that failed. `option` names the command's
    option that asked for git (diff's `--rev`, lint's `--changed-since`), `instead` what to do without it."""
    top = _top()
    if top is None:
        held = next(((path, found) for path, found in ((p, _repository_of(p)) for p in paths) if found), None)
        where = f"{held[0]} 在 git 仓库 {held[1]} 里，请到那个文件夹中运行" if held else "请到仓库的文件夹中运行"
        raise Trouble(f"当前文件夹不在 git 仓库中，无法用 {option} 与 git 版本比较；{where}，或{instead}")
    for path in paths:
        if not _inside(path, top):
            if not os.path.exists(path):
                raise Trouble(f"{path} 不存在，也不在当前的 git 仓库（{top}）里，无法与这个仓库的版本比较；"
                              f"请检查路径的拼写，或{instead}")
            other = _repository_of(path)
            where = f"它在 git 仓库 {other} 里，请到那个文件夹中运行，或" if other else "它不在任何 git 仓库里，请"
            raise Trouble(f"{path} 不在当前的 git 仓库（{top}）里，无法与这个仓库的版本比较；{where}{instead}")


def _no_such_revision(rev: str, option: str = "--rev", typed: str | None = None) -> Trouble:
    """Why git found no commit `rev` in the repository (`_in_repository`), given to `option` (as `typed`, a range
    `rev` is one side of: `main...feature`): before the first commit every name fails.

    Asked of git only once the lookup has failed, so comparing with a revision that exists costs nothing extra.
    """
    if not _git("rev-list", "-n", "1", "--all").strip():
        return Trouble(f"这个 git 仓库还没有任何提交，没有可以比较的版本；请先提交一次（git add 和 git commit），再用 {option} 比较")
    named = _object_named(rev, option)
    if named:
        return Trouble(named)
    if Path(rev).exists():
        hint = f"；它是一个路径：要与 HEAD 比较请写 {option} HEAD 路径"
    else:
        hint = (_branch_not_here(rev, option, typed or rev) or _main_named_otherwise(rev, option, typed or rev)
                or (f"；{_SHALLOW}；若不是这个原因，请检查拼写" if _shallow() else
                    _before_the_first(rev) or "；请检查拼写，或先 git fetch"))
    return Trouble(f"“{rev}”{_NOT_A_REVISION}{hint}")


_NOT_A_REVISION = "不是这个 git 仓库中的版本（提交、分支或标签）"


_SHALLOW = ("这个仓库是浅克隆（shallow clone），只取回了最近的提交，更早的版本不在其中（GitHub Actions 的 actions/checkout "
            "默认只取回 1 个）：请先运行 git fetch --unshallow 取回全部历史；在 GitHub Actions 的工作流中，给 actions/checkout "
            "加上 with: fetch-depth: 0（jixiao init 写出的工作流已经这样设置），GitLab CI 中设 GIT_DEPTH: 0（jixiao init "
            "--ci gitlab 写出的 .gitlab-ci.yml 已经这样设置；项目的 CI/CD 变量里另设了 GIT_DEPTH 的，那个优先，请删去它）")
"""What a revision git does not have may be in a shallow clone, and how to fetch it: `diff --rev HEAD~3` in a CI
checkout of depth 1 was told only to check the spelling of a revision that is right."""


def _shallow() -> bool:
    """Whether the repository is a shallow clone (`git rev-parse --is-shallow-repository`; a git older than 2.15 echoes
    the option, which is not `true`)."""
    try:
        return _git("rev-parse", "--is-shallow-repository").strip() == b"true"
    except Trouble:
        return False


def _has_commit(rev: str, *where: str) -> bool:
    """Whether git finds a commit `rev` names (in the current folder's repository, or the `-C` folder's)."""
    return _succeeds(*where, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")


def _branch_of(rev: str) -> str:
    """The branch (or other name) a revision counts from: `master` of `master~2`, `master^` and `master@{1}`."""
    return re.split(r"[~^@:]", rev, maxsplit=1)[0]


def _branch_not_here(rev: str, option: str, typed: str) -> str | None:
    """How to get a branch `rev` names that this clone lacks: another remote's branch (`origin/main`) not fetched, as
    in a clone of one branch (`git clone --depth 1` is one), where `git fetch` and `git fetch --unshallow` fetch only
    that branch and were what the message said; or a branch this clone has only as a remote's (`_remote_only`). None
    when `rev` is neither."""
    name = _branch_of(rev)
    if not name or _has_commit(name):
        return None
    remote = next((r for r in os.fsdecode(_git("remote")).split() if name.startswith(f"{r}/") and name != f"{r}/"), None)
    if remote:
        return _remote_lacks(remote, name[len(remote) + 1:], rev, option, typed)
    kept = _remote_only(rev)
    return _written_as_remote({rev: kept}, option, typed) if kept else None


_MAIN_BRANCHES = {"main": "master", "master": "main"}
"""The two names a repository's main branch goes by, each to the other: `git init` without init.defaultBranch names it
master (`jixiao init` asks for main, but a repository made by hand, or by a git before 2.28, has master), GitHub and
Gitee main; README's `--rev origin/main...origin/分支名`, copied in a repository whose main branch is master, was told
to fetch a main the remote never had."""


def _main_called(name: str, remotes: list[str], typed: str) -> str | None:
    """The name the main branch goes by here, for `name` typed as one (`main`, `master`): the branch the remotes'
    `HEAD` points to where they agree on one of another name (`origin/HEAD -> origin/develop`, as `git clone` records
    the remote's default branch; read locally, no network), else the other of `_MAIN_BRANCHES`: a repository whose
    main branch is `develop` or `trunk` was told to write `master`, which it lacked too. A head that is a side of the
    range `typed` is none (a remote that is someone's working copy with `feature` checked out read
    `origin/feature...origin/feature`). None for any other name."""
    if name not in _MAIN_BRANCHES:
        return None
    sides = {_branch_of(side) for side in _sides(typed)}
    heads = {head for remote in remotes for head in [_remote_head(remote)]
             if head and f"{remote}/{head}" not in sides and head not in sides} - {name}
    return heads.pop() if len(heads) == 1 else _MAIN_BRANCHES[name]


def _remote_head(remote: str, *where: str) -> str | None:
    """The branch `refs/remotes/<remote>/HEAD` names (`develop`, `feature/2027`), None where this clone records none
    or names a branch a later `git fetch --prune` removed: a remote whose `develop` was renamed `main` was told to
    write develop, and lost the other name of `_MAIN_BRANCHES` it had."""
    try:
        ref = os.fsdecode(_git(*where, "symbolic-ref", "--quiet", f"refs/remotes/{remote}/HEAD")).strip()
    except Trouble:
        return None
    prefix = f"refs/remotes/{remote}/"
    return ref[len(prefix):] if ref.startswith(prefix) and _has_commit(ref, *where) else None


def remote_main_branch(remote: str, *where: str) -> str | None:
    """The remote's main branch (`master`), that a pull request's branch is compared from, in the current folder's
    repository or the `-C` folder's (`jixiao init`'s steps for a reviewer's clone): the remote's `HEAD`
    (`_remote_head`, which `git clone` records), else the one of `_MAIN_BRANCHES` the clone has of it (a repository
    pushed first with `git push -u origin HEAD`, as README has it, records no `HEAD`); None where neither or both.
    One function for diff and init, so that the range a reviewer is told to type is the same in both."""
    head = _remote_head(remote, *where)
    heads = [head] if head else [name for name in _MAIN_BRANCHES if _has_commit(f"refs/remotes/{remote}/{name}", *where)]
    return heads[0] if len(heads) == 1 else None


def _remote_lacks(remote: str, branch: str, rev: str, option: str, typed: str) -> str:
    """Why a remote's branch `rev` names (`origin/main`) is not in this clone, and what to do. A clone that fetched
    all the remote's branches (`_fetched_whole`) lacks it because the remote had none by that name at the last fetch:
    its branches are listed, and the main branch's other name (`_MAIN_BRANCHES`) written in `typed` when the remote
    has it. Otherwise (a clone of one branch, as `git clone --depth 1` and a CI checkout are) the command that fetches
    the branch is said, and the other name given as a second guess: without asking the remote (a network call, and
    a password prompt) it cannot be known which of the two it has."""
    kept = _remote_branches(remote)
    other = _main_called(branch, [remote], typed)
    named = f"{remote}/{other}" if f"{remote}/{other}" in kept else None
    instead = quoted(_sides_replaced(typed, {rev: named + rev[len(remote) + 1 + len(branch):]})) if named else ""
    if _fetched_whole(remote, kept):
        listed = "、".join(kept[:_LISTED]) + (f" 等 {len(kept)} 个" if len(kept) > _LISTED else "")
        said = f"；远程仓库 {remote} 没有分支 {branch}（这个克隆上次 git fetch 时，{remote} 的分支有 {listed}）"
        if named:
            return f"{said}：它的主分支叫 {other}，请写 {option} {instead}"
        return f"{said}：请检查拼写；分支若是之后才建的，请先运行 git fetch {remote}"
    fetched = quoted(f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}")
    return (f"；远程仓库 {remote} 的分支 {branch} 不在这个克隆中（克隆时只取回了一个分支，或分支名拼错了）：请先运行 "
            f"git fetch {remote} {fetched} 取回它"
            + (f"；若远程仓库没有 {branch}，主分支叫 {other}，请写 {option} {instead}" if named else "")
            + (f"；此外，{_SHALLOW}" if _shallow() else ""))


_LISTED = 8
"""How many of a remote's branches a message names, the rest counted: a remote's dozens of old branches buried the
command to copy."""


def _remote_branches(remote: str) -> list[str]:
    """The remote's branches this clone holds (`origin/master`), as the last fetch left them; not `origin/HEAD`, which
    names one of them."""
    listed = os.fsdecode(_git("for-each-ref", "--format=%(refname) %(symref)", f"refs/remotes/{remote}/")).splitlines()
    return [line.split()[0][len("refs/remotes/"):] for line in listed if len(line.split()) == 1]


def _fetched_whole(remote: str, kept: list[str]) -> bool:
    """Whether this clone holds all the remote's branches as of its last fetch, known without asking the remote: not
    shallow, fetching `refs/heads/*` (a `git clone --single-branch`, and `--depth 1`, fetch one branch), and holding
    more than one branch (a CI checkout fetches only the branch it builds, with the refspec in its command)."""
    try:
        refspecs = os.fsdecode(_git("config", "--get-all", f"remote.{remote}.fetch")).split()
    except Trouble:  # none set
        return False
    every = any(spec.lstrip("+").partition(":")[0] == "refs/heads/*" for spec in refspecs)
    return every and len(kept) > 1 and not _shallow()


def _main_named_otherwise(rev: str, option: str, typed: str) -> str | None:
    """How to write a range whose side names the main branch by its other name (`main` in a repository whose main
    branch is master, `_MAIN_BRANCHES`), which git lacks both as a branch and as a remote's (`_branch_not_here`): the
    local branch by the other name, or the remote's where the local is behind it (`_moved_on`) or missing, and a side
    this clone has only as a remote's (`_remote_only`) written so too, that the command copied runs. None when `rev`
    names neither, or the other name is not here either."""
    name = _branch_of(rev)
    remotes = ordered_remotes()
    other = _main_called(name, remotes, typed)
    if other is None:
        return None
    if _has_commit(f"refs/heads/{other}"):
        moved = next(filter(None, (_moved_on(other, remote) for remote in remotes)), None)
        ref, why = (moved, _behind(other, moved)) if moved else (other, "")
    else:
        theirs = _remote_branch(other, remotes)
        if theirs is None:
            return None
        ref, why = theirs, f"（这里只有远程仓库的 {theirs}）"
    written = {rev: ref + rev[len(name):]}
    for side in _sides(typed):
        kept = _remote_only(side) if side and side not in written and not _has_commit(side) else None
        if kept:
            written[side] = kept + side[len(_branch_of(side)):]
    return f"；这个仓库没有分支 {name}，主分支叫 {other}{why}：请写 {option} {quoted(_sides_replaced(typed, written))}"


def _remote_only(rev: str) -> str | None:
    """The remote's branch (`origin/main`) for a revision naming a branch this clone has only as a remote's (`main` in
    a CI checkout, which makes no local branch, and in a reviewer's clone, which has its default branch's alone); None
    when git has the branch, or no remote's by that name."""
    name = _branch_of(rev)
    if not name or _has_commit(name):
        return None
    return _remote_branch(name, ordered_remotes())


def _remote_branch(name: str, remotes: list[str]) -> str | None:
    """The branch `name` of the first of `remotes` (`ordered_remotes`) this clone has it of (`origin/draft`), else
    None."""
    return next((f"{remote}/{name}" for remote in remotes if _has_commit(f"refs/remotes/{remote}/{name}")), None)


def ordered_remotes(*where: str) -> list[str]:
    """The remotes of the current folder's repository, or the `-C` folder's, the one a branch named alone is taken from
    first: the remote the checked-out branch tracks, else `origin` (what `git clone` names the repository cloned), then
    the others as git lists them. A clone of the unit's repository with a second remote (`gitee`, a mirror; a
    colleague's fork) took the branch from the first alphabetically: `--rev draft` was told `gitee/draft`, and the
    range from `gitee/main`, which may lag behind. One order for diff and init (`jixiao init`'s steps for a reviewer's
    clone name the first), so that both name the same remote."""
    remotes = os.fsdecode(_git(*where, "remote")).split()
    tracked = _tracked_remote(*where)
    return list(dict.fromkeys(remote for remote in (tracked, "origin", *remotes) if remote in remotes))


def _remote_and_branch(ref: str) -> tuple[str, str]:
    """A remote's branch (`origin/draft`, as `_remote_branch` writes it) split into the remote and the branch. A remote
    may have a slash in its name (`up/stream`): split at the first slash, `up/stream/draft` was read as remote `up`'s
    `stream/draft`, and the range from `up/stream/main` was left unsaid. The longest remote the ref starts with."""
    remotes = [remote for remote in ordered_remotes() if ref.startswith(f"{remote}/")]
    if not remotes:
        remote, _, branch = ref.partition("/")
        return remote, branch
    remote = max(remotes, key=len)
    return remote, ref[len(remote) + 1:]


def _tracked_remote(*where: str) -> str | None:
    """The remote the checked-out branch tracks (`git push -u origin HEAD`, `git clone`), in the current folder's
    repository or the `-C` folder's; None on a detached HEAD (a CI checkout) or a branch that tracks none."""
    try:
        branch = os.fsdecode(_git(*where, "symbolic-ref", "--quiet", "--short", "HEAD")).strip()
        return os.fsdecode(_git(*where, "config", "--get", f"branch.{branch}.remote")).strip()
    except Trouble:
        return None


def _written_as_remote(kept: dict[str, str], option: str, typed: str) -> str:
    """How to write `typed` (a revision or a range) whose sides `kept` (side -> the remote's branch, `_remote_only`) this
    clone has only as a remote's: the whole option, those sides replaced (`--rev main...feature` was told `--rev
    origin/feature`, which, copied, compared the working tree (main) with the branch, every change of the pull request
    shown backwards, a target lowered as raised). A local branch on the other side that its remote's is not at
    (`_moved_on`) is written as the remote's too, and why said: a reviewer's clone of days ago has an old `main`, which
    `git fetch` leaves alone, and `main...origin/feature` listed the pull requests merged since as this one's."""
    names = " 和 ".join(_branch_of(rev) for rev in kept)
    refs = " 和 ".join(kept.values())
    written = {rev: ref + rev[len(_branch_of(rev)):] for rev, ref in kept.items()}
    remote = _remote_and_branch(next(iter(kept.values())))[0]
    why = ""
    for side in _sides(typed):
        moved = _moved_on(side, remote) if side and side not in kept else None
        if moved:
            written[side] = moved + side[len(_branch_of(side)):]
            why = _behind(_branch_of(side), moved)
    said = (f"；这里没有本地分支 {names}，只有远程仓库的 {refs}（克隆的仓库只为检出的分支建本地分支，"
            f"CI 检出代码时多半一个也不建）：")
    ranged = _pull_request_range(written[typed], option) if typed in written else None
    if ranged:
        return (f"{said}看这个分支从 {ranged[0]} 分出以来的改动（审阅合并请求）请写 {option} {quoted(ranged[1])}；"
                f"比较工作区与这个分支请写 {option} {quoted(written[typed])}")
    return f"{said}请写 {option} {quoted(_sides_replaced(typed, written))}{why}"


def _pull_request_range(ref: str, option: str) -> tuple[str, str] | None:
    """(the remote's main branch, the range from it to `ref`) for a remote's branch `ref` (`origin/draft-2026`) that
    is not the main branch, given alone to `--rev`: a reviewer who typed the pull request's branch (`--rev
    draft-2026`) was told `--rev origin/draft-2026`, which compares the working tree (main) with the branch, so the new
    year's spec was listed as deleted and every change backwards; README's `origin/main...origin/分支名` is said
    first (`remote_main_branch`). None for `--changed-since` (which takes one revision), a main branch, or a remote
    whose main branch is unknown."""
    remote, branch = _remote_and_branch(ref)
    if option != "--rev" or _branch_of(branch) != branch:
        return None
    main_branch = remote_main_branch(remote)
    if main_branch is None or main_branch == branch:
        return None
    return f"{remote}/{main_branch}", f"{remote}/{main_branch}...{ref}"


def _behind(local: str, moved: str) -> str:
    """Why a range is written with the remote's branch `moved` (`origin/main`) rather than the local `local` behind it."""
    return (f"（本地分支 {local} 与 {moved} 不在同一个提交，git fetch 只更新 {moved}：与本地的 {local} 比较，"
            "会把别的合并请求的改动也算作这一个的）")


def _moved_on(side: str, remote: str) -> str | None:
    """The remote's branch (`origin/main`) of a local branch a revision names (`main`), when it has commits the local
    lacks (merged since the clone); None when `side` names no local branch, or the remote has none by its name, or the
    local has all of it: where it is, or ahead with commits not pushed, which the branch forks from as from the remote's
    (`main...feature` the same either way), and of which `git fetch 只更新 origin/main` would not be true."""
    name = _branch_of(side)
    mine, theirs = f"refs/heads/{name}", f"refs/remotes/{remote}/{name}"
    if not name or not _has_commit(mine) or not _has_commit(theirs):
        return None
    return None if _succeeds("merge-base", "--is-ancestor", theirs, mine) else f"{remote}/{name}"


def _sides(typed: str) -> list[str]:
    """The revisions of a range `A..B` or `A...B` as typed (either may be empty), or the revision itself."""
    for dots in ("...", ".."):
        if dots in typed:
            return list(typed.partition(dots)[::2])
    return [typed]


def _sides_replaced(typed: str, written: dict[str, str]) -> str:
    """`typed` (a revision, or a range `A..B`, `A...B`) with each side in `written` written as it says."""
    dots = next((dots for dots in ("...", "..") if dots in typed), "")
    return dots.join(written.get(side, side) for side in _sides(typed))


def _before_the_first(rev: str) -> str | None:
    """How far back a revision counted back from another (`HEAD~3`) can go, when the count passes the first commit:
    in a full clone of two commits `HEAD~3` was told to check its spelling, or fetch, neither of which helps."""
    counted = re.fullmatch(r"(.+?)((?:~\d*|\^1?)+)", rev)
    if counted is None or not _has_commit(counted[1]):
        return None
    steps = sum(int(step[1:] or 1) for step in re.findall(r"~\d*|\^1?", counted[2]))
    before = int(_git("rev-list", "--first-parent", "--count", counted[1]).strip()) - 1
    if steps <= before:
        return None
    if before == 0:
        return f"；版本 {counted[1]} 是仓库的第一个提交，它之前没有提交"
    return (f"；版本 {counted[1]} 之前只有 {before} 个提交（最早的是 {counted[1]}~{before}），没有往前数第 {steps} 个提交；"
            "请少数几个，或检查 ~ 后的数字")


def _object_named(rev: str, option: str) -> str | None:
    """What git's `REV:path` given as a revision (`--rev HEAD:specs`) names, and how to write it: the commit, then the
    path as an argument of its own. `HEAD:specs` is a folder in git, `HEAD:specs/x.yaml` a file, and both were said
    to be no revision as a typo is. None for a revision not written so, or whose commit git does not have either."""
    written = _in_revision_syntax(rev) or ((rev[:-1], "") if rev[:-1] and rev.endswith(":") else None)
    if written is None or not _has_commit(written[0]):
        return None
    commit, path = written
    kind = _git("cat-file", "-t", rev).strip() if _succeeds("cat-file", "-e", rev) else b""
    what = {b"tree": f"是版本 {commit} 中的文件夹 {path}", b"blob": f"是版本 {commit} 中的文件 {path}"}.get(
        kind, f"写的是版本 {commit} 中的 {path}（这个版本中没有它）") if path else f"是版本 {commit} 的整个仓库（顶层文件夹）"
    return (f"“{rev}”{what}，不是版本（提交、分支或标签）：版本和路径要分开写，{option} 后只写版本，如 HEAD 或 main，"
            f"路径另写在后面：{option} {commit} {quoted(_typed_apart(path))}")


def _typed_apart(path: str) -> str:
    """The path of git's `REV:path` as typed after the revision: git reads it from the repository's top (`HEAD:` the
    top itself), or from the current folder when it starts `./` or `../`; jixiao reads it from the current folder.
    `HEAD:./` was told `--rev HEAD ` with no path, `HEAD:` no revision as a typo is, and `HEAD:../specs` from a
    subfolder a path under the top."""
    if not path.startswith(("./", "../")):
        here = os.fsdecode(_git("rev-parse", "--show-prefix")).strip() or "."
        return posixpath.relpath(path.lstrip("/") or ".", here)
    return posixpath.normpath(path)


def in_revision(rev: str, paths: list[str], option: str = "--rev") -> Files:
    """Spec files under the given paths as they were in a git revision, by path (shown as `REV:path`); `option`
    names the revision's option in words when git has no such revision."""
    if not _has_commit(rev):
        raise _no_such_revision(rev, option)
    folders = [posixpath.normpath(Path(p).as_posix()) for p in paths]
    listing = _git("ls-tree", "-r", "-z", "--name-only", rev, "--", *folders)
    listed = {n for n in os.fsdecode(listing).split("\0") if n}  # a name as on disk (os.listdir's), whatever its bytes
    # a file named itself is read whatever it is, as on disk (`spec_files`): one that is no spec is said to be none
    names = [n for n in listed if n in folders or (_is_spec(n) and _outside_hidden(n, folders)
                                                   and not _settings_found(n, folders, listed))]
    return {name: _shown(rev, name) for name in sorted(names)}


@dataclass(frozen=True)
class Earlier:
    """A file as it was in a revision (`text`), and git's diff of it to the file on disk with no lines of context
    (`git diff -U0 -M`, `diff`): which lines a change touched is read from its hunks, as GitHub shows them.
    `unchanged`: the file on disk holds these very bytes (git is not asked for a diff), so it has the findings it had."""

    text: bytes
    diff: bytes
    unchanged: bool = False


def as_they_were(rev: str, files: list[str]) -> dict[str, Earlier | None]:
    """Each of `files` (on disk) as it was in `rev`, by the name given: under its own path, or the one git sees it
    renamed from since, or, in a git submodule, at the submodule commit `rev` recorded (`_in_submodule_then`); None
    for a file `rev` had under neither (one added since). For `lint --changed-since`,
    which reads the same revision as `diff --rev` does and finds the lines changed since."""
    try:
        return _earlier(rev, files)
    except GitMissing:
        raise _git_missing("--changed-since", _LINT_INSTEAD) from None


def _earlier(rev: str, files: list[str]) -> dict[str, Earlier | None]:
    """`as_they_were`, a missing git said in diff's words."""
    _in_repository(files, "--changed-since", _LINT_INSTEAD)
    here = {_from_here(Path(f)): f for f in files}
    old = in_revision(rev, list(here), "--changed-since") if here else {}
    links = _gitlinks(None)
    held = {name: link for name in here for link in links if _within(name, link)}
    recorded = _gitlinks(rev) if held else {}
    renamed = {new: before for before, new in _renames(rev, None)} if set(here) - set(old) - set(held) else {}
    found: dict[str, Earlier | None] = {}
    for name, given in here.items():
        if name in held:
            found[given] = _in_submodule_then(rev, held[name], recorded.get(held[name]), name, given)
            continue
        before = name if name in old else renamed.get(name)
        if before is None:
            found[given] = None
            continue
        text = old[name][1] if name in old else _shown(rev, before)[1]
        now = _on_disk(given)
        found[given] = Earlier(text, b"" if now in (text, None) else _hunks(rev, before, name), now == text)
    return found


def _on_disk(given: str) -> bytes | None:
    """The bytes of the spec `given` on disk; None for a name with no file behind it or one that cannot be read, which
    lint says FILE-UNREADABLE of (a change's own: git is asked for no diff of it, `fatal: cannot hash` a named pipe).
    Reading a named pipe waited for a writer, and `lint --changed-since` hung; a link to nothing ended it as 无法读取,
    the other specs unlinted."""
    if unopenable(given):
        return None
    try:
        return Path(given).read_bytes()
    except OSError:
        return None


def _in_submodule_then(rev: str, link: str, commit: str | None, name: str, given: str) -> Earlier | None:
    """A spec in the git submodule `link` as it was at the submodule commit the superproject recorded in `rev`
    (`commit`), and git's diff of it in the submodule: the superproject's revision records the commit, not the files,
    so `lint --changed-since` read every spec there as added and listed all its findings as the change's own. None
    where `rev` had no such submodule, or the commit no such file (both added since); a commit the submodule does not
    hold (not fetched) is said, as no comparison can be made."""
    if commit is None:
        return None
    inner = posixpath.relpath(name, link)
    if not _succeeds("-C", link, "cat-file", "-e", f"{commit}^{{commit}}"):
        raise Trouble(f"{given} 在 git 子模块 {link} 里：版本 {rev} 记下的子模块提交 {commit[:12]} 不在子模块中，"
                      f"无法与它比较；请先在子模块中取回它（{_apart(f'cd {quoted(link)}', 'git fetch')}），或{_LINT_INSTEAD}")
    if not _succeeds("-C", link, "cat-file", "-e", f"{commit}:./{inner}"):
        return None
    text = _git("-C", link, "show", f"{commit}:./{inner}")
    now = _on_disk(given)
    return Earlier(text, b"" if now in (text, None) else _hunks(commit, inner, inner, link), now == text)


def _hunks(rev: str, before: str, name: str, submodule: str | None = None) -> bytes:
    """`git diff -U0 -M` of a file from `rev` (where it was `before`) to the working tree, as plain text whatever
    the user's settings (colour, an external diff, a textconv) or the file's bytes (`--text`: a UTF-16 spec)."""
    where = ("-C", submodule) if submodule else ()  # a spec in a git submodule: git's diff in it
    return _git(*where, "diff", "-U0", "-M", "--no-color", "--no-ext-diff", "--no-textconv", "--text", rev, "--",
                *dict.fromkeys((before, name)))


def _shown(rev: str, name: str) -> tuple[str, bytes]:
    """A file in a revision, named in messages as git names it (`HEAD~1:specs/x.yaml`; see `Compared.file`)."""
    return f"{rev}:{name}", _git("show", f"{rev}:./{name}")


@dataclass(frozen=True)
class Compared:
    """The revisions `--rev` compared (`new` None: the working tree), said once in the report, so that each
    spec is headed by its path as a working-tree diff shows it: `HEAD~1:specs/x.yaml` meant nothing to a
    reader who does not use git."""

    old: str  # for `A...B`, the commit where B branched off A
    new: str | None = None
    base: str | None = None  # for `A...B`, A as given
    renamed: tuple[tuple[str, str], ...] = ()  # (old, new) spec files git sees renamed (`_follow_renames`)

    def file(self, shown: str) -> str:
        """A file's path in the project, from the name `_shown` gave it (a file on disk keeps its name)."""
        for rev in (self.new, self.old):
            if rev is not None and shown.startswith(f"{rev}:"):
                return shown[len(rev) + 1:]
        return shown

    def words(self) -> str | None:
        """`版本 HEAD~1 → HEAD`, for a summary; None against the working tree, whose paths say where they are."""
        if self.new is None:
            return None
        return f"{self.new} 从 {self.base} 分出以来的改动" if self.base else f"版本 {self.old} → {self.new}"


def _renames(first: str, second: str | None) -> list[tuple[str, str]]:
    """(old, new) paths, relative to here as `ls-tree` gives them, of the spec files git sees renamed
    from `first` to `second` (None: the working tree), over the whole repository."""
    here = os.fsdecode(_git("rev-parse", "--show-prefix")).strip() or "."
    listed = os.fsdecode(_git("-c", "diff.relative=false", "diff", "--name-status", "-z", "-M", "--diff-filter=R",
                              first, *([second] if second else []), "--")).split("\0")
    renamed = zip(listed[1::3], listed[2::3])  # R<score>, old path, new path (from the repository's root)
    return [(posixpath.relpath(old, here), posixpath.relpath(new, here))
            for old, new in renamed if _is_spec(old) and _is_spec(new)]


def _follow_renames(old: Files, new: Files, first: str, second: str | None) -> tuple[tuple[str, str], ...]:
    """The (old, new) spec files git sees renamed, for `diff_files.load_sides` to pair as one file renamed: a spec
    moved to next year's folder under the unit's new name, its unit and year edited, has nothing in its contents to
    pair it by, and came out as a spec removed and another added. The other name of a file renamed into or out of
    the given paths is added to its side: limited to `specs/b.yaml` after `git mv specs/a.yaml specs/b.yaml`, the old
    side held no file, and b.yaml, with all its changes, was a new spec. Git is asked only when some file is on one
    side alone."""
    if set(old) == set(new):
        return ()
    renamed = []
    for before, after in _renames(first, second):
        if after in new and before not in old:
            old[before] = _shown(first, before)
        elif before in old and after not in new:
            if second:
                new[after] = _shown(second, after)
            elif Path(after).is_file():
                new[after] = (after, Path(after).read_bytes())
        if before in old and after in new:
            renamed.append((before, after))
    return tuple(renamed)


def _known(typed: str, *revs: str) -> None:
    """Each side of the range `typed` a revision git has, or why not, the way to write it said of the whole range. Both
    sides a branch this clone has only as a remote's (a CI checkout makes no local branch) are said at once, not one
    per run; a side git lacks for another reason is said first, since writing the other as the remote's would not do."""
    missing = [rev for rev in dict.fromkeys(revs) if not _has_commit(rev)]
    kept = {rev: _remote_only(rev) for rev in missing}
    if len(missing) > 1 and all(kept.values()):
        raise Trouble(f"{'和'.join(f'“{rev}”' for rev in missing)}都{_NOT_A_REVISION}"
                      f"{_written_as_remote(kept, '--rev', typed)}")
    if missing:
        raise _no_such_revision(next((rev for rev in missing if not kept[rev]), missing[0]), typed=typed)


def _fork_point(first: str, second: str) -> str:
    """Where `second` branched off `first` (`git merge-base`), for `A...B` as git reads it; both are revisions git
    has (`_known`)."""
    if not _succeeds("merge-base", first, second):
        if _shallow():  # the fork point is in the history not fetched
            raise Trouble(f"找不到“{second}”从“{first}”分出的起点：{_SHALLOW}")
        raise Trouble(f"“{first}”和“{second}”没有共同的历史，找不到分支的起点；请用 --rev {first}..{second} 直接比较两个版本")
    return _git("merge-base", first, second).decode().strip()[:12]


def sides(rev: str | None, paths: list[str]) -> tuple[Files, Files, Compared, list[Problem]]:
    """(old, new) files for `--rev`, the revisions compared, and a warning for each git submodule in a folder given
    whose specs were left out (`_submodules`): `REV` is the revision against the working tree, `A..B` two revisions,
    `A...B` what B changed since it branched off A (what a pull request from B into A shows)."""
    rev = rev or "HEAD"
    _in_repository(paths)
    second: str | None = None  # the working tree
    base = None
    if "..." in rev:
        base, _, second = rev.partition("...")
        base, second = base or "HEAD", second or "HEAD"
        _known(rev, base, second)
        first = _fork_point(base, second)
    elif ".." in rev:
        first, _, second = rev.partition("..")
        first, second = first or "HEAD", second or "HEAD"
        _known(rev, first, second)
    else:
        first = rev
    held, warnings = _submodules(first, second, paths)
    old = _outside(in_revision(first, paths), held)
    new, saved = (in_revision(second, paths), []) if second else on_disk(paths)
    new = _outside(new, held)
    if held and not old and not new:  # not `没有找到规格文件，请检查路径`: they are there, in the submodules
        raise Trouble(f"{'、'.join(paths)} 中的规格都在 git 子模块 {'、'.join(held)} 里：{_RECORDED}，无法在这里比较子模块中的规格；"
                      + "；".join(f"{link}：{how}" if len(held) > 1 else how for link, how in held.items()))
    say_saved([file for file in saved if not any(_within(_from_here(file), link) for link in held)], old, new)
    renamed = _follow_renames(old, new, first, second)
    return old, new, Compared(first, second, base, renamed), warnings


def _gitlinks(rev: str | None) -> dict[str, str]:
    """The git submodules of a revision (None: the index, what the working tree holds), path relative to here ->
    the submodule's commit recorded there."""
    if rev and not _has_commit(rev):
        raise _no_such_revision(rev)
    here = os.fsdecode(_git("rev-parse", "--show-prefix")).strip() or "."
    listing = _git("ls-tree", "-r", "-z", "--full-tree", rev) if rev else _git("ls-files", "-s", "-z", "--full-name", "--", ":/")
    links = {}
    for entry in filter(None, os.fsdecode(listing).split("\0")):
        info, _, name = entry.partition("\t")
        mode, _, rest = info.partition(" ")
        if mode == "160000":
            links[posixpath.relpath(name, here)] = rest.split()[-1 if rev else 0]
    return links


def _within(path: str, folder: str) -> bool:
    """Whether a path (relative to here, as `_from_here` gives it) is `folder` or under it."""
    rest = posixpath.relpath(path, folder)
    return rest != ".." and not rest.startswith("../")


def _outside(files: Files, held: dict[str, str]) -> Files:
    """The files not in any of the submodules `held` (`_submodules`)."""
    return {key: file for key, file in files.items() if not any(_within(key, link) for link in held)}


_SUBMODULE = "DIFF-SUBMODULE"
_RECORDED = "父仓库的版本只记下子模块的提交，不记其中的文件"


def _submodules(first: str, second: str | None, paths: list[str]) -> tuple[dict[str, str], list[Problem]]:
    """The git submodules in the folders given, whose specs are left out, each with how to compare them in it
    (`_in_submodule`), and a warning (DIFF-SUBMODULE) saying so of each that may have changed between the sides. A
    superproject's revision records a submodule as one commit, not its files, so its specs were all 新增 against the
    working tree, or missing from both revisions. A unit's CI runs `diff --rev` over specs/ (or `.`): one submodule
    there, another unit's or a tool's, refused the whole comparison and the pull request got no comment. A path given
    that is a submodule or in one is refused, in words (`git show` failed in English): nothing else was asked for."""
    links = [_gitlinks(first), _gitlinks(second) if second else _gitlinks(None)]
    folders = [_from_here(Path(p)) for p in paths]
    held: dict[str, str] = {}
    warnings = []
    for link in sorted(set(links[0]) | set(links[1])):
        commits = [side.get(link) for side in links]
        inside = next((f for f in folders if _within(f, link)), None)
        if inside is not None:
            given = f"{inside} 在 git 子模块 {link} 里" if inside != link else f"{link} 是 git 子模块"
            raise Trouble(f"{given}：{_RECORDED}，无法在这里比较子模块中的规格；"
                          f"{_in_submodule(link, commits, first, second, inside)}")
        if not any(_within(link, f) for f in folders) or not _outside_hidden(link, folders):
            continue  # not in a folder given, or in a hidden one (.github, .venv), whose YAML is never a spec
        held[link] = _in_submodule(link, commits, first, second, None)
        if _submodule_changed(link, commits, second):
            warnings.append(Problem(link, 0, 0, Severity.WARNING, _SUBMODULE,
                                    f"这是 git 子模块，其中的规格没有比较（其余的规格照常比较）：{_RECORDED}；{held[link]}"))
    return held, warnings


def _submodule_changed(link: str, commits: list[str | None], second: str | None) -> bool:
    """Whether a submodule's specs may differ between the sides: another commit recorded (or none on one side), or,
    against the working tree, the submodule checked out at another commit or edited (`git status`). One unchanged is
    left out in silence: its specs are the same on both sides, and a warning on every pull request of a repository
    holding submodules (a tool, other units' specs) would teach the reviewer to read past the one that matters."""
    if commits[0] != commits[1]:
        return True
    return second is None and bool(_git("status", "--porcelain", "-z", "--ignore-submodules=none", "--", link).strip())


def _in_submodule(link: str, commits: list[str | None], first: str, second: str | None, inside: str | None) -> str:
    """How to compare a submodule's specs in it: `--rev` with the submodule commits the superproject recorded (at
    `first`, and at `second` or in the index), or, the submodule added or removed in between, which side lacks it."""
    sides = [f"版本 {first}", f"版本 {second}" if second else "工作区"]
    missing = [side for side, commit in zip(sides, commits) if commit is None]
    if missing:
        return f"{missing[0]}{'' if missing[0] == '工作区' else ' '}中没有这个子模块，其中的规格无从比较"
    rev = f"{commits[0][:12]}..{commits[1][:12]}" if second else commits[0][:12]
    where = posixpath.relpath(inside, link) if inside else "."
    recorded = f"{'、'.join(sides[:1 + bool(second)])} 中记下的子模块提交"
    return f"请到子模块中比较（{recorded}），{_apart(f'cd {quoted(link)}', f'jixiao diff --rev {rev} {quoted(where)}')}"


def _apart(cd: str, then: str) -> str:
    """A command to run in a submodule as its two commands, the `cd` first: Windows PowerShell 5.1, the one Windows
    ships, refuses `cd specs/sub && jixiao diff …`. In words on one line, not on two: the text is a problem's message
    too (DIFF-SUBMODULE), and one problem is one line (`report.line`), where a line break shows as ↵."""
    return f"分两行输入：先 {cd}，再 {then}"


def beside_given(rev: str, paths: list[str], listed: Files) -> Files:
    """The spec files in `rev`, other than those `listed`, in the folders of the files named among `paths`: where
    diff also looks for last year's spec of a spec added (`diff_last_year`). `diff --rev A..B specs/x-2025.yaml`
    read only that file, and its comparison with last year's specs/x-2024.yaml was silently left out."""
    folders = sorted({posixpath.dirname(posixpath.normpath(Path(p).as_posix())) or "."
                      for p in paths if not Path(p).is_dir()})
    return {name: shown for name, shown in in_revision(rev, folders).items() if name not in listed} if folders else {}


def _under(folder: Path) -> tuple[Files, list[Path]]:
    """Spec files in a folder, by their path inside it (so two folders pair up file by file), and those saved as text."""
    found, saved = on_disk([str(folder)])
    return {Path(shown).relative_to(folder).as_posix(): (shown, data) for shown, data in found.values()}, saved


def _nothing_at(path: Path) -> bool:
    """Whether no file, folder or link is at a path exists() found nothing at: not one Windows refused for its length
    (long_paths.refused_length, as load decides it), which was said 文件或文件夹不存在 of a spec that was there."""
    try:
        os.stat(path)
    except FileNotFoundError as exc:
        return refused_length(exc) is None and not os.path.lexists(path)
    except OSError:  # a link loop
        return False
    return False


def _file_given(path: Path) -> bool:
    """Whether a path typed for diff is a file to read as validate reads it (load): a file, or a pipe without a spec's
    name, as `jixiao diff <(git show HEAD:specs/x.yaml) specs/x.yaml` names /dev/fd/63 (refused as no file, where
    `jixiao validate <(…)` read it); not one `unopenable` says (a pipe named x.yaml would wait for a writer)."""
    return os.path.exists(path) and not os.path.isdir(path) and not unopenable(path)


def _given_bytes(path: Path) -> bytes:
    """A file's bytes, read as load reads a spec (spec_files.capped_bytes): a device taken as a pipe is
    (`_file_given`), `jixiao diff /dev/zero x.yaml`, is said too big as validate says it, not read until the memory
    runs out."""
    raw = capped_bytes(path)
    if raw is None:
        raise Trouble(f"{path}：{TOO_BIG}")
    return raw


def two_paths(old: str, new: str) -> tuple[Files, Files]:
    """`jixiao diff OLD NEW`: two files (compared with each other) or two folders (file by file)."""
    a, b = Path(old), Path(new)
    if a.is_dir() and b.is_dir():
        (old_specs, old_saved), (new_specs, new_saved) = _under(a), _under(b)
        say_saved(old_saved + new_saved, old_specs, new_specs)
        return old_specs, new_specs
    unopened = [p for p in (a, b) if unopenable(p)]
    if unopened:  # a pipe named x.yaml: 不是普通文件, not 应同为文件; a link leading nowhere, as below
        raise Trouble(f"{unopened[0]}：{unread_reason(unopened[0])}")
    if _file_given(a) and _file_given(b):
        try:
            return {"": (a.as_posix(), _given_bytes(a))}, {"": (b.as_posix(), _given_bytes(b))}
        except OSError as exc:  # said as the error boundary said it, 无法读写, of a file only read
            raise Trouble(os_problem(exc, reading=True)) from None
    missing = [p for p in (a, b) if not p.exists()]
    if missing and not _nothing_at(missing[0]):  # a broken symbolic link, a link loop, a path too long for Windows
        raise Trouble(f"{missing[0]}：{unread_reason(missing[0])}")
    if missing:  # the way on: git's `rev:path` written as diff takes it, else the file or folder likely meant
        hint = _revision_hint(old, new)
        typed = old if missing[0] is a else new  # as typed: `nodir/` is a folder meant, which Path forgets
        raise Trouble(f"{missing[0]}：{f'文件或文件夹不存在{hint}' if hint else not_found_said(typed)}")
    raise Trouble("旧、新两边应同为文件，或同为文件夹：jixiao diff 旧.yaml 新.yaml，或 jixiao diff 旧文件夹 新文件夹")


def _in_revision_syntax(name: str) -> tuple[str, str] | None:
    """(revision, path) of git's `REV:path` (`HEAD~1:specs/x.yaml`); None for a plain path, a Windows
    drive (`C:\\…`) and a location pasted from a message (`specs/x.yaml:8:11`) included."""
    if location_dropped(name) != name:
        return None
    rev, colon, path = name.partition(":")
    if not colon or not rev or not path or (len(rev) == 1 and path[0] in "\\/"):
        return None
    return rev, path


def _revision_hint(old: str, new: str) -> str:
    """How to say `jixiao diff HEAD~1:specs/x.yaml specs/x.yaml` (git's way to name a file in a revision,
    which diff does not read as a path): `--rev HEAD~1 specs/x.yaml`, or `--rev A..B path` for two."""
    first, second = _in_revision_syntax(old), _in_revision_syntax(new)
    if first and second and first[1] == second[1]:
        command = f"jixiao diff --rev {first[0]}..{second[0]} {first[1]}"
    elif first and not second and first[1] == Path(new).as_posix():
        command = f"jixiao diff --rev {first[0]} {first[1]}"
    elif first or second:
        command = "jixiao diff --rev 版本 路径（工作区对比这个版本），或 jixiao diff --rev 版本1..版本2 路径"
    else:
        return ""
    return f"；“版本:路径”是 git 的写法，jixiao diff 要写成：{command}"
