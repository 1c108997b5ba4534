"""Shared fixtures: the repository's folders, the example specs, and minimally broken copies of them."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# No property test is timed: hypothesis' default 200 ms deadline failed a test on a busy CI machine.
# Speed is measured by bench/run.py, never by a test.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
SHARED = ROOT.parent / "shared"
# Tests that read the reference forms' text as a corpus: a clone on its own (README's second command on a fresh
# machine) has no ../shared, and their counts of texts read would fail, not skip, as the fidelity tests do.
NEEDS_SEEDS = pytest.mark.skipif(not (SHARED / "seeds").is_dir(),
                                 reason=f"the reference forms are not beside the repository ({SHARED}; CI puts them there)")
TOO_LONG = ("文件名“" + "长" * 20 + "……”太长：305 字节（105 个字符），超出 50 字节；一个文件或文件夹的名字最多 255 字节"
            "（一个汉字占 3 字节，约 85 个汉字）；请检查路径是否写对（这里存不下名字这么长的文件）")
"""How a file named with a hundred 长 and .yaml or .docx is said unreadable on Linux: which name is too long, by how much."""


def locate(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of the first occurrence of needle in text."""
    index = text.index(needle)
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def json_objects(node):
    """Every JSON object in a schema document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from json_objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from json_objects(value)


def zip_edit(path: Path, part_name: str, old: str, new: str, regex: bool = False, count: int = 1) -> None:
    """Replace text `count` times (0: every time it occurs) in one part of a zip package (.docx, .xlsx), in place:
    what a person's program writes and ours cannot. `regex`: `old` is a pattern and `new` may name its groups."""
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            part = source.read(item.filename)
            if item.filename == part_name:
                pattern = old.encode() if regex else re.escape(old.encode())
                part, found = re.subn(pattern, new.encode() if regex else lambda _: new.encode(), part, count=count)
                assert found, old
            target.writestr(item, part)


def docx_edit(path: Path, old: str, new: str) -> None:
    """Replace text once in a .docx's document.xml, in place (a template broken as a person might)."""
    zip_edit(path, "word/document.xml", old, new)


def ole2(*streams: str, text: str = "") -> bytes:
    """An OLE2 file's header and directory entries with these names (enough to tell what it holds: a .doc,
    an .xls, a password-protected .docx or .xlsx), then `text` in UTF-16 as a .doc keeps its text."""
    entries = b""
    for name in streams:
        encoded = name.encode("utf-16-le")
        entries += encoded + bytes(64 - len(encoded)) + (len(encoded) + 2).to_bytes(2, "little") + bytes(62)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + entries + text.encode("utf-16-le")


@pytest.fixture(scope="session")
def built_forms(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """Every example built once into one folder for the whole run: {spec stem: {"docx": path, "html": path}}.
    Read only: a test that changes a form copies it first."""
    from generator.build import Builder

    builder = Builder(tmp_path_factory.mktemp("built"), ["docx", "html"])
    results = {}
    for spec in SPECS:
        result = builder.build([str(spec)])[0]
        assert result.ok, result.problems
        results[spec.stem] = {p.suffix[1:]: p for p in result.outputs}
    return results


@pytest.fixture(scope="session")
def built_word(built_forms) -> dict[str, Path]:
    """Every example's Word form: {spec stem: docx path}, the forms import reads back."""
    return {stem: files["docx"] for stem, files in built_forms.items()}


@pytest.fixture(scope="session", autouse=True)
def pass_cache_dir(tmp_path_factory):
    """The schema pass cache of the whole run, kept out of the user's ~/.cache."""
    with pytest.MonkeyPatch.context() as mp:
        folder = tmp_path_factory.mktemp("jixiao-cache")
        mp.setenv("JIXIAO_CACHE_DIR", str(folder))
        mp.delenv("JIXIAO_NO_CACHE", raising=False)
        yield folder


@pytest.fixture(scope="session", autouse=True)
def bytecode_cache_dir(tmp_path_factory):
    """One bytecode cache for the Python processes tests start (a fresh interpreter, `python cli.py`, the /dev/full
    runs), outside the tree: with PYTHONDONTWRITEBYTECODE set, as on the machines the suite runs on, each of them
    compiled all of generator again (a second each). The running interpreter keeps its own settings."""
    with pytest.MonkeyPatch.context() as mp:
        folder = tmp_path_factory.mktemp("pycache")
        mp.setenv("PYTHONPYCACHEPREFIX", str(folder))
        mp.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
        yield folder


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def broken(tmp_path):
    """broken("guangzhou-tailian-2023.yaml", old, new) -> (path, text): a copy with one edit, in a
    specs/ folder whose ../schema is jixiao's, so its first line still names the right schema."""

    def make(spec: str, old: str, new: str, count: int = 1) -> tuple[Path, str]:
        text = (ROOT / "specs" / spec).read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {spec}"
        text = text.replace(old, new, count)
        path = tmp_path / "specs" / spec
        path.parent.mkdir(exist_ok=True)
        if not (tmp_path / "schema").exists():
            (tmp_path / "schema").symlink_to(ROOT / "schema")
        path.write_text(text, encoding="utf-8")
        return path, text

    return make


@pytest.fixture
def fidelity():
    """The shared fidelity scorer (../shared/tools/fidelity.py). The reference forms and their scorer live beside the
    repository, not in it: a clone on its own (README's second command on a fresh machine) skips the comparison,
    as it skips LibreOffice's, instead of erroring ten times on a missing module."""
    if not (SHARED / "tools" / "fidelity.py").is_file():
        pytest.skip(f"the reference forms are not beside the repository ({SHARED}; CI puts them there)")
    sys.path.insert(0, str(SHARED / "tools"))
    import fidelity as module

    return module


@pytest.fixture
def git_repo(tmp_path, monkeypatch):
    """git_repo(*extra) -> (folder, git): a temporary git repository, the current folder, with the
    Guangzhou example under specs/ and each (source, path in the repository) of `extra` committed."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}

    def git(*args) -> str:
        return subprocess.run(["git", *args], check=True, capture_output=True, env=env, text=True).stdout

    def make(*extra: tuple[Path, str]):
        git("init", "-q")
        for source, inside in ((ROOT / "specs" / "guangzhou-tailian-2023.yaml", "specs/guangzhou-tailian-2023.yaml"), *extra):
            (tmp_path / inside).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, tmp_path / inside)
        git("add", ".")
        git("commit", "-q", "-m", "first")
        return tmp_path, git

    return make


def spec_submodule(git, inner: Path, at: str = "specs/sub") -> str:
    """A git repository made at `inner` holding the Hengyang example, added to the current repository (git_repo's) as
    a submodule at `at` and committed: the commit the superproject recorded, as jixiao's messages name it (12 digits)."""
    shutil.copy(ROOT / "specs" / "hengyang-qiaolian-2022.yaml", inner)
    git("-C", str(inner), "init", "-q")
    git("-C", str(inner), "add", ".")
    git("-C", str(inner), "commit", "-q", "-m", "inner")
    commit = git("-C", str(inner), "rev-parse", "HEAD").strip()[:12]
    git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(inner), at)
    git("commit", "-q", "-m", "submodule")
    return commit


def copy_variant(source: str, name: str, templates: Path, schemas: Path, spec: Path) -> Path:
    """A built-in form copied as a project's own form `name` (its folder under `templates`, its schema under
    `schemas`, every place it names its form renamed) and its example spec copied to `spec`, naming it: the spec."""
    shutil.copytree(ROOT / "templates" / source, templates / name)
    schemas.mkdir(parents=True, exist_ok=True)
    (schemas / f"{name}.schema.json").write_text(
        (ROOT / "schema" / f"{source}.schema.json").read_text(encoding="utf-8")
        .replace(source, name), encoding="utf-8")
    example = next((ROOT / "specs").glob(f"{source}-*.yaml"))
    spec.parent.mkdir(parents=True, exist_ok=True)
    spec.write_text(example.read_text(encoding="utf-8").replace(f"form: {source}", f"form: {name}"), encoding="utf-8")
    return spec


NEW_PROJECT = """  - name: 侨法宣传
    stamp_unit: 衡阳市归国华侨联合会
    budget_unit: 衡阳市归国华侨联合会
    budget:
      total: 5.00
      fiscal: 5.00
      other: null
    annual_target: 开展侨法宣传活动。
    indicators:
      - level1: 产出指标
        level2: 数量指标
        name: 侨法宣传活动次数
        value: "≥3次"
    filled_by: 扶金辉
    phone: "15873406651"
    filled_date: 2022 年 1 月 5 日
"""
"""A project added to the Hengyang example with no 效益指标: lint's A2, on the lines that add it."""


@pytest.fixture
def merged_pull_request(git_repo):
    """() -> (folder, git): GitHub's checkout of a pull request, its branch merged into a master that moved on
    (detached at the merge commit, origin/master the base): the branch adds NEW_PROJECT to the Hengyang example,
    master changed the example's first filled_by meanwhile."""
    def make():
        folder, git = git_repo((ROOT / "specs" / "hengyang-qiaolian-2022.yaml", "specs/hengyang-qiaolian-2022.yaml"))
        spec = folder / "specs" / "hengyang-qiaolian-2022.yaml"
        git("branch", "-M", "master")  # whatever git init names the first branch here
        git("checkout", "-q", "-b", "feature")
        spec.write_text(spec.read_text(encoding="utf-8") + NEW_PROJECT, encoding="utf-8")
        git("commit", "-q", "-am", "a project added")
        git("checkout", "-q", "master")
        spec.write_text(spec.read_text(encoding="utf-8").replace("filled_by: 扶金辉", "filled_by: 扶金", 1), encoding="utf-8")
        git("commit", "-q", "-am", "master moves on")
        git("update-ref", "refs/remotes/origin/master", "HEAD")
        git("checkout", "-q", "--detach")
        git("merge", "-q", "--no-ff", "feature", "-m", "merge")
        return folder, git

    return make


def installed_in_project_venv(project: Path, monkeypatch) -> Path:
    """jixiao installed as README prescribes: into a `.venv` inside the unit's repository, its forms and
    schemas packaged in site-packages (where variants.data_folder finds them); the packaged schema folder."""
    from generator import variants

    site = project / ".venv" / "lib" / "python3.11" / "site-packages"
    shutil.copytree(ROOT / "templates", site / "jixiao_templates")
    shutil.copytree(ROOT / "schema", site / "jixiao_schema")
    (project / ".venv" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    packaged = {"templates": site / "jixiao_templates", "schema": site / "jixiao_schema"}
    monkeypatch.setattr(variants, "data_folder", lambda folder, package: packaged[folder])
    return packaged["schema"]
