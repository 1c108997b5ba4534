"""Writing: atomic replacement, and incremental builds that skip exactly what did not change."""
from __future__ import annotations

import os
import shutil

import pytest

from generator.build import Builder
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
