"""The unit's CI workflow, from an example in docs/ci, installing the jixiao that ran `jixiao init`.

The examples install a checkout (`pip install -e .`); a unit's repository has none. Its install step is
written from where this jixiao was installed (pip's direct_url.json, PEP 610): a VCS or remote URL pinned
as it is, a local wheel copied into the unit's `wheels/` so that the first push is checked as it comes,
an index by version. A folder, or a checkout run without an install, gets a step that fails saying how to
fill it in: the version alone would install whatever an index has under the name. For specs in a folder
inside a larger repository, the steps run in that folder. GitHub's and GitLab's examples differ in where
the file goes and how a step names its command: one `Ci` record each, one code for both.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .variants import data_folder

WHEELS = "wheels"  # beside jixiao.yaml: the wheel the unit's CI installs jixiao from
_INSTALL_STEP = re.compile(r"^(?P<indent> *)(?P<key>run: |- )pip install -e \.(?: *#.*)?$", re.MULTILINE)
_UPLOADED = re.compile(  # what an upload step takes, from the specs' folder: the forms, the diff's report
    r"^(?P<key> *(?:path: |- ))(?P<path>output/\*?|diff\.md)$", re.MULTILINE)


@dataclass(frozen=True)
class Ci:
    """A CI service init writes the unit's workflow for: `name` as `jixiao init --ci` takes it, the `example`
    in docs/ci, the `path` it is written to (from the repository's top, the only place the service reads it),
    `host` as said to the user; `key`, what precedes the install command on its line (a step's `run: `, a
    script's `- `); `error`, what makes an echoed line an error in the log; `runs_in`, the line after which
    `moved_in` (formatted with its indent and the quoted folder) makes the commands run in the specs' folder;
    `shows`, what a merge request gets from it, as init's last step says it; `called`, what the service's Chinese
    pages call what the file sets up (GitHub's 工作流, GitLab's 流水线), for init to say it in the unit's words."""

    name: str
    example: str
    path: Path
    host: str
    key: str
    error: str
    runs_in: re.Pattern
    moved_in: str
    shows: str
    called: str


GITHUB = Ci("github", "github-actions.yml", Path(".github") / "workflows" / "jixiao.yml", "GitHub", "run: ", "::error::",
            re.compile(r"^(?P<indent> *)runs-on: .*$", re.MULTILINE),
            "{indent}defaults:\n{indent}  run:\n{indent}    working-directory: {folder}", "把改动贴到合并请求里", "工作流")
GITLAB = Ci("gitlab", "gitlab-ci.yml", Path(".gitlab-ci.yml"), "GitLab", "- ", "",
            re.compile(r"^(?P<indent> *)script:$", re.MULTILINE), "{indent}  - cd {folder}",
            "在作业日志里列出合并请求的改动，生成的表在作业产物（artifacts）里", "流水线")
CIS = {ci.name: ci for ci in (GITHUB, GITLAB)}


def workflow(inside: str | None = None, install: CiInstall | None = None, ci: Ci = GITHUB) -> str:
    """`ci`'s example with its install step installing this jixiao (`install`, else `ci_install(ci)`), not a
    checkout; for specs `inside` a folder of the repository, its commands run there and the forms are uploaded
    from there."""
    example = data_folder("docs/ci", "jixiao_ci") / ci.example
    install = install or ci_install(ci)
    text = _replace_once(_INSTALL_STEP, lambda found: "".join(f"{found['indent']}# {line}\n" for line in install.notes)
                         + f"{found['indent']}{found['key']}{install.command}",
                         example.read_text(encoding="utf-8"), example)
    if inside:
        quoted = json.dumps(inside, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
        text = _replace_once(ci.runs_in, lambda found: f"{found[0]}\n" + ci.moved_in.format(indent=found["indent"], folder=quoted)
                             + "  # 运行 jixiao init 的文件夹，规格在它的 specs/ 里", text, example)
        text = _replace_once(_UPLOADED, lambda found: f"{found['key']}" + json.dumps(f"{inside}/{found['path']}",
                                                                                     ensure_ascii=False), text, example,
                             each=True)
    return text


def _replace_once(pattern: re.Pattern, replacement, text: str, example: Path, each: bool = False) -> str:
    """`text` with the one line `pattern` matches replaced; with `each`, every one of them (GitHub's workflow uploads
    the forms and the diff's report), at least one."""
    text, count = pattern.subn(replacement, text)
    if count != 1 and not (each and count):
        raise RuntimeError(f"{example} has {count} lines matching {pattern.pattern!r}; init replaces "
                           f"{'at least' if each else 'exactly'} one")
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


def _how_to_fill_in(ci: Ci) -> list[str]:
    """The notes above a step that cannot install jixiao yet: the two lines to write instead, in `ci`'s words."""
    return [
        "推送之前把下面安装 jixiao 的那一行换成以下两种写法之一：",
        f"  {ci.key}pip install \"jixiao @ git+https://<jixiao 仓库的地址>@<标签或提交>\"",
        f"  {ci.key}pip install {WHEELS}/<wheel 文件名>",
        f"后一种要把 jixiao 的 wheel 文件提交到与 jixiao.yaml 同一文件夹的 {WHEELS}/ 里（wheel 文件由 jixiao 的维护者提供，",
        "或在 jixiao 的源码目录运行 pip wheel --no-deps . 得到）。不要只写 pip install jixiao：软件源里同名的包不一定是这个 jixiao。"]


def ci_install(ci: Ci = GITHUB) -> CiInstall:
    """How the unit's CI (on `ci`) installs the jixiao running here, from where pip installed it from.

    pip records a direct URL in the distribution's `direct_url.json` (PEP 610): a VCS or remote URL is that
    exact commit or archive, pinned as it is; a local wheel is copied into the unit's repository and installed
    from there, so the first push works as it comes. A local folder (a checkout, editable or not) or a file no
    longer there means nothing on a CI runner, and the version alone would install whatever an index has under
    the name (a stranger's package, run with the job's token): the step fails, saying how to fill it in.
    Without a record, jixiao came from an index: that version, from an index."""
    from importlib import metadata

    from . import version

    if running_checkout() is not None:
        return _unreachable(f"本机的 jixiao 是在源码目录 {running_checkout()} 里运行的", ci)
    try:
        recorded = metadata.distribution("jixiao").read_text("direct_url.json")
    except metadata.PackageNotFoundError:  # run from a checkout, never installed
        return _unreachable("本机的 jixiao 没有用 pip 安装（是在源码目录里运行的）", ci)
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
        return _unreachable(f"本机的 jixiao 是从 wheel 文件 {local} 装的，而这个文件已不在那里", ci)
    if local is not None and local.is_dir():
        return _unreachable(f"本机的 jixiao 是从文件夹 {local} 装的", ci)
    return _unreachable(f"本机的 jixiao 是从 {local or data.get('url') or '本机的文件'} 装的", ci)


def running_checkout() -> Path | None:
    """The source folder this jixiao runs from when it is a checkout (pyproject.toml beside its package), else None.

    An editable install made the older way (setup.py develop, an egg-link) records no direct_url.json, so the
    checkout looked installed from an index and CI got `jixiao==<version>`; an installed package has no
    pyproject.toml beside it."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def _unwritten(ci: Ci) -> str:
    """The command of an install step that fails until the unit writes how CI installs jixiao (`_unreachable`)."""
    return f'echo "{ci.error}还没有写好怎样安装 jixiao：请按 {ci.path.as_posix()} 里这一步上方的说明改写这一行" && exit 1'


def install_unwritten(text: str, ci: Ci) -> bool:
    """Whether a workflow `text` still holds the install step init writes to fail (`_unreachable`), however it was
    written (a colleague's jixiao installs another way, and init writes another file): every run of it fails there.
    A line that has it only in a YAML comment does not count: a unit that rewrote the step may keep the old line
    commented out above the new one (`# run: echo …`), and was told the step was still unwritten."""
    command = _unwritten(ci)
    return any(command in line and "#" not in line[:line.index(command)] for line in text.splitlines())


def _unreachable(said: str, ci: Ci) -> CiInstall:
    """An install step that fails with a message until the unit writes how CI installs jixiao; `said`: where
    this jixiao came from, for init to tell (a local path stays out of the file the unit commits)."""
    return CiInstall(_unwritten(ci), [
        f"运行 jixiao init 的电脑上的 jixiao 是从本机的文件夹或文件装的（或没有安装），{ci.host} 上装不到它，所以这一步先报错停下。",
        *_how_to_fill_in(ci)], unreachable=said)


def _local_path(url) -> Path | None:
    """The local path a `file:` URL names, else None. urllib.request (http, email, ssl) is imported here alone:
    at the top it cost validate and diff a tenth of their start-up, through clone_hint and unit_repo."""
    if not isinstance(url, str) or not url.startswith("file:"):
        return None
    from urllib.request import url2pathname

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
