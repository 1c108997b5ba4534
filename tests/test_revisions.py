"""`jixiao diff --rev`: which files a git revision holds as specs, and how they pair up with the other side."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from generator.cli import main

from .conftest import ROOT

GZ = "guangzhou-tailian-2023.yaml"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A temporary git repository, the current folder, with the Guangzhou example committed under specs/
    and a GitHub workflow (YAML that is not a spec) under .github/."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    monkeypatch.chdir(tmp_path)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}

    def git(*args) -> str:
        return subprocess.run(["git", *args], check=True, capture_output=True, env=env, text=True).stdout

    git("init", "-q")
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / GZ)
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "ci" / "github-actions.yml", tmp_path / ".github" / "workflows" / "jixiao.yml")
    git("add", ".")
    git("commit", "-q", "-m", "first")
    return tmp_path, git


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
    assert named.exit_code == 1 and "python-version" in named.output, "a file named directly is read, as validate does"
