"""form_inputs: the files a form's output is made from, as serve watches them and build's manifest hashes them."""
from __future__ import annotations

import shutil
import zipfile

from generator import form_inputs

from .conftest import ROOT


def _form(tmp_path):
    """A copy of the shipped tianjin form and `_shared`: (folder, shared)."""
    folder, shared = tmp_path / "tianjin", tmp_path / "_shared"
    shutil.copytree(ROOT / "templates" / "tianjin", folder)
    shutil.copytree(ROOT / "templates" / "_shared", shared)
    return folder, shared


def test_the_inputs_are_the_form_s_own_files_and_what_its_templates_pull_in(tmp_path):
    folder, shared = _form(tmp_path)
    (folder / "note.txt").write_text("备注", encoding="utf-8")
    (shared / "unused.html").write_text("<p>没有表样引入</p>", encoding="utf-8")
    inputs = form_inputs.of(folder, [shared])
    assert set(inputs.files) == {folder / name for name in form_inputs.OWN_FILES} | {
        shared / "base.html", shared / "macros.html"}
    assert folder / "base.html" in inputs.depends  # where a copy of base.html would be found first


def test_a_word_template_pulling_a_template_in_counts_every_file_it_may_reach(tmp_path):
    """form.docx's tags are not parsed here: a tag that pulls a template in, even split across runs of a
    paragraph, makes every file of the form's folder and of `_shared` an input."""
    folder, shared = _form(tmp_path)
    (shared / "parts").mkdir()
    (shared / "parts" / "row.xml").write_text("<w:p/>", encoding="utf-8")
    (shared / ".hidden").mkdir()
    (shared / ".hidden" / "x.xml").write_text("<w:p/>", encoding="utf-8")
    (folder / "form.html~").write_text("备份", encoding="utf-8")
    source = folder / "form.docx"
    with zipfile.ZipFile(source) as package:
        parts = {info.filename: package.read(info.filename) for info in package.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"</w:body>", b'<w:p><w:r><w:t>{%p inc</w:t></w:r><w:r><w:t>lude "parts/row.xml" %}</w:t></w:r></w:p></w:body>')
    with zipfile.ZipFile(source, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    files = set(form_inputs.of(folder, [shared]).files)
    assert shared / "parts" / "row.xml" in files and shared / "base.html" in files
    assert shared / ".hidden" / "x.xml" not in files and folder / "form.html~" not in files
