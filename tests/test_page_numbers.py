"""Page numbers: the profile's `page_numbers` printed in the footer of every page of both forms."""
from __future__ import annotations

import re
import zipfile

import pytest

from generator.page_numbers import css_content, pieces

from .conftest import SPECS, copy_variant


def test_pieces_part_words_from_the_numbers():
    assert pieces("第 {page} 页 共 {pages} 页") == ["第 ", "page", " 页 共 ", "pages", " 页"]
    assert pieces("- {page} -") == ["- ", "page", " -"]


def test_css_content_quotes_words_and_cannot_end_the_style():
    assert css_content("第 {page} 页 共 {pages} 页") == '"第 " counter(page) " 页 共 " counter(pages) " 页"'
    assert "</style" not in css_content('"</style>{page}') and css_content("") == '""'


@pytest.mark.parametrize("spec", SPECS, ids=[spec.stem for spec in SPECS])
def test_every_shipped_form_numbers_its_pages(built_forms, spec):
    """Loose printed sheets can be put back in order: each Word form's footer holds PAGE and NUMPAGES fields between
    the profile's words, and each HTML form's @page prints the same words with the page counters."""
    files = built_forms[spec.stem]
    with zipfile.ZipFile(files["docx"]) as package:
        footers = [package.read(name).decode() for name in package.namelist() if re.fullmatch(r"word/footer\d*\.xml", name)]
        document = package.read("word/document.xml").decode()
    assert footers and "footerReference" in document
    footer = next(f for f in footers if "PAGE" in f)
    assert re.search(r'w:instr=" PAGE ".*w:instr=" NUMPAGES "', footer) and "第 " in footer and " 页 共 " in footer
    assert 'counter(page) " 页 共 " counter(pages)' in files["html"].read_text(encoding="utf-8")


def test_a_profile_with_another_brace_in_its_page_numbers_is_refused(tmp_path):
    """`{pag}` would print as typed on every page: the profile's check stops the build and names the key, with no
    traceback."""
    from click.testing import CliRunner

    from generator.cli import main

    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    spec = copy_variant("zhanjiang", "numbered", templates, schemas, tmp_path / "numbered.yaml")
    profile = templates / "numbered" / "profile.yaml"
    profile.write_text(re.sub(r"page_numbers: .*", 'page_numbers: "第 {pag} 页"', profile.read_text(encoding="utf-8")),
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(spec), "--out", str(tmp_path / "out"),
                                       "--templates", str(templates), "--schemas", str(schemas)])
    assert result.exit_code == 2 and "页码的写法" in result.output and "{page} 是这一页的页码" in result.output, result.output
    assert re.search(r"profile.yaml:\d+:\d+: 错误\[SCHEMA-PATTERN\]", result.output) and "Traceback" not in result.output
