"""Page numbers: the profile's `page_numbers` printed in the footer of every page of both forms."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree

from generator.page_numbers import css_content, pieces

from .conftest import SPECS, copy_variant, zip_edit


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


def _complex_page_field(paragraph, *instruction, result="1"):
    """A field as Word itself saves it: begin, the instruction (` PAGE `, or in pieces, each in a run of its own, as
    Word may split it), separate, the last result shown, end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def run(tag, **attributes):
        r, child = OxmlElement("w:r"), OxmlElement(tag)
        for key, value in attributes.items():
            child.set(qn(key), value)
        r.append(child)
        paragraph._p.append(r)
        return child

    run("w:fldChar", **{"w:fldCharType": "begin"})
    for piece in instruction or [" PAGE "]:
        run("w:instrText").text = piece
    run("w:fldChar", **{"w:fldCharType": "separate"})
    run("w:t").text = result
    run("w:fldChar", **{"w:fldCharType": "end"})


def _build_numbered(tmp_path, change_template=None, page_numbers=None, package_edit=None):
    """A copy of a shipped form with page numbers, its form.docx changed by `change_template(document)`, then by
    `package_edit` (a zip part, a pattern and its replacement: what python-docx cannot write), and its profile's
    `page_numbers` written as the YAML `page_numbers`, built through the CLI: (result, built docx)."""
    import docx
    from click.testing import CliRunner

    from generator.cli import main

    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    spec = copy_variant("zhanjiang", "numbered", templates, schemas, tmp_path / "numbered.yaml")
    if change_template:
        form = templates / "numbered" / "form.docx"
        document = docx.Document(str(form))
        change_template(document)
        document.save(str(form))
    if package_edit:
        zip_edit(templates / "numbered" / "form.docx", *package_edit, regex=True)
    if page_numbers:
        profile = templates / "numbered" / "profile.yaml"
        profile.write_text(re.sub(r"page_numbers: .*", lambda _: f"page_numbers: {page_numbers}",
                                  profile.read_text(encoding="utf-8")), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(spec), "--out", str(tmp_path / "out"), "--format", "docx",
                                       "--templates", str(templates), "--schemas", str(schemas)])
    return result, next((tmp_path / "out").rglob("*.docx"), None)


def _shown_footers(path) -> list[str]:
    import docx
    from lxml import etree

    from generator.docx_grid import shown_parts

    return [etree.tostring(part, encoding="unicode") for part in shown_parts(docx.Document(str(path)), "footer")]


def test_a_first_page_and_an_even_page_footer_number_their_pages_too(tmp_path):
    """A template with a different first page and different odd and even pages shows three footers; each prints the
    numbers (before, only the default one did: the first page and every even page had none), and the text the
    template already had in one stays."""
    def first_and_even(document):
        section = document.sections[0]
        section.different_first_page_header_footer = True
        document.settings.odd_and_even_pages_header_footer = True
        section.first_page_footer.paragraphs[0].text = "封面的页脚"

    result, built = _build_numbered(tmp_path, first_and_even)
    assert result.exit_code == 0, result.output
    footers = _shown_footers(built)
    assert len(footers) == 3
    for footer in footers:
        assert re.search(r'w:instr=" PAGE ".*w:instr=" NUMPAGES "', footer), footer
    assert "封面的页脚" in footers[0]


@pytest.mark.parametrize("value, first_numbered", [("maybe", False), ("yes", False), ("on", True), ("1", True)])
def test_a_first_page_footer_is_numbered_only_where_the_first_page_setting_is_on(tmp_path, value, first_numbered):
    """A template with a first page's footer of its own, its `w:titlePg` written by a program: the first page shows
    that footer only where the setting is on (ST_OnOff: true, on or 1), and only then is it numbered. A value of no
    ST_OnOff (`maybe`, `yes`) is read as off, as docx_grid reads it for import and textconv, and as LibreOffice reads
    it (its writerfilter takes nothing but true, 1 and on as on), so that footer, which no page shows, stays as it was
    and the default footer is numbered."""
    import docx

    def first_page_footer(document):
        section = document.sections[0]
        section.different_first_page_header_footer = True
        section.first_page_footer.paragraphs[0].text = "封面的页脚"

    result, built = _build_numbered(tmp_path, first_page_footer,
                                    package_edit=("word/document.xml", "<w:titlePg/>", f'<w:titlePg w:val="{value}"/>'))
    assert result.exit_code == 0, result.output
    section = docx.Document(str(built)).sections[0]
    first, default = (etree.tostring(footer.part.element, encoding="unicode")
                      for footer in (section.first_page_footer, section.footer))
    assert "封面的页脚" in first and bool(re.search(r'w:instr=" PAGE "', first)) == first_numbered, first
    assert re.search(r'w:instr=" PAGE ".*w:instr=" NUMPAGES "', default), default


@pytest.mark.parametrize("package_edit", [
    ("word/settings.xml", r"(<w:settings [^>]*>)", r'\1<w:evenAndOddHeaders w:val="x"/>'),
    ("word/_rels/document.xml.rels", r'(Type="[^"]*/settings")', r'TargetMode="External" \1'),
    ("word/settings.xml", r"(?s)<w:settings .*</w:settings>", "<x/>")], ids=["even-x", "external", "root"])
def test_a_template_whose_page_settings_cannot_be_read_is_numbered_as_with_none(tmp_path, package_edit):
    """An odd-and-even setting neither on nor off, or settings.xml outside the package or holding no settings, a
    program's slip in a project's own form.docx: build stopped with an internal error (exit 4); it reads
    them as import does (docx_grid), as no such setting, and numbers the default footer."""
    result, built = _build_numbered(tmp_path, package_edit=package_edit)
    assert result.exit_code == 0, result.output
    assert any(re.search(r'w:instr=" PAGE ".*w:instr=" NUMPAGES "', footer) for footer in _shown_footers(built))


@pytest.mark.parametrize("part, setting, value, written", [
    ("word/document.xml", "titlePg", "maybe", "0"), ("word/document.xml", "titlePg", "True", "1"),
    ("word/document.xml", "titlePg", "off", "off"), ("word/settings.xml", "evenAndOddHeaders", "x", "0"),
    ("word/settings.xml", "evenAndOddHeaders", "On", "1"), ("word/settings.xml", "evenAndOddHeaders", "true", "true")])
def test_a_page_setting_of_no_st_onoff_value_is_written_in_each_form_as_it_is_read(tmp_path, part, setting, value,
                                                                                     written):
    """A template's different first page or different odd and even pages of no ST_OnOff value (`maybe`, a program's
    slip) was copied into every form build made. LibreOffice opens such a file and reads the value as jixiao does
    (off; True and On as on), so build makes the forms, each saying that value in the standard's words (0 or 1); a
    value of ST_OnOff is copied as it is."""
    def both_set(document):
        document.sections[0].different_first_page_header_footer = True
        document.settings.odd_and_even_pages_header_footer = True

    result, built = _build_numbered(tmp_path, both_set,
                                    package_edit=(part, f"<w:{setting}/>", f'<w:{setting} w:val="{value}"/>'))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(built) as package:
        xml = package.read(part).decode("utf-8")
    assert re.findall(rf'<w:{setting}(?: w:val="([^"]*)")?/>', xml) == [written], xml


def test_every_section_s_first_page_setting_is_written_as_it_is_read():
    """A template of two sections (a paragraph's w:sectPr ends the first, the body's the last) has a different first
    page in each: each of no ST_OnOff value is written as it is read, a valid one is left, each said at its section,
    and settings.xml, its odd-and-even setting valid, is not written again (no entry returned)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn

    from generator.docx_switches import settle

    document = docx.Document()
    document.add_paragraph("第一节")
    document.add_section(WD_SECTION.NEW_PAGE)
    document.add_section(WD_SECTION.NEW_PAGE)
    document.settings.odd_and_even_pages_header_footer = True
    for section, value in zip(document.sections, ["maybe", "On", "off"]):
        section.different_first_page_header_footer = True
        section._sectPr.find(qn("w:titlePg")).set(qn("w:val"), value)
    assert [section._sectPr.getparent().tag for section in document.sections] == [qn("w:pPr")] * 2 + [qn("w:body")]
    saved = io.BytesIO()
    document.save(saved)
    document = docx.Document(saved)
    with zipfile.ZipFile(saved) as package:
        entries = {name: package.read(name) for name in package.namelist()}
    settled, warnings = settle("form.docx", document, entries)
    assert list(settled) == ["word/document.xml"]
    assert [warning.message.split("的值")[0] for warning in warnings] == [
        'word/document.xml 里的 <w:titlePg w:val="maybe"/>（首页不同，第 1 节）',
        'word/document.xml 里的 <w:titlePg w:val="On"/>（首页不同，第 2 节）']
    written = [section._sectPr.find(qn("w:titlePg")).get(qn("w:val")) for section in document.sections]
    assert written == ["0", "1", "off"]


@pytest.mark.parametrize("reference, said", [
    ('<w:footerReference w:type="default"/>', "第 1 节的页脚引用（word/document.xml 里的 <w:footerReference>）没有 r:id，"
                                              "指不到任何页脚：文件已损坏"),
    ('<w:footerReference w:type="first" r:id="rId999"/>', "第 1 节的首页页脚引用（word/document.xml 里的 "
                                                         "<w:footerReference>）的 r:id“rId999”在文件里没有对应的页脚"),
    ('<w:headerReference w:type="even"/>', "第 1 节的偶数页页眉引用（word/document.xml 里的 <w:headerReference>）没有 r:id"),
    ('<w:footerReference w:type="default" r:id="rId3"/>', "第 1 节的页脚引用（word/document.xml 里的 <w:footerReference>）"
                                                          "的 r:id“rId3”指向的 word/styles.xml 不是页脚：文件已损坏"),
], ids=["footer-no-rid", "first-footer-missing-part", "even-header-no-rid", "footer-names-styles"])
def test_a_header_or_footer_reference_naming_no_part_is_refused_as_damage(tmp_path, reference, said):
    """A footer reference without its r:id names no part: build (exit 4 on it once) then made the form with no page
    number there and said nothing, and the form carried the reference on, which LibreOffice refuses to load (its PDF
    failed as “LibreOffice 没有转换这个文件”). Such a reference, to a header or a footer, shown or not (a first page's
    footer where the first page does not differ), is damage, refused as a form.docx that is no Word file is, saying
    which and what to do; nothing is written. An r:id naming a part of another kind (styles.xml) was exit 4: python-docx
    hands that part on as the footer, which had no paragraphs to number."""
    result, built = _build_numbered(tmp_path, package_edit=("word/document.xml", r"(<w:sectPr[^>]*>)", rf"\1{reference}"))
    assert result.exit_code == 2 and built is None, result.output
    assert "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：" + said in result.output, result.output
    assert "请向发来模板的单位要一份完好的，或从备份里取回" in result.output and "Traceback" not in result.output


def test_a_template_that_numbers_its_pages_with_a_word_field_is_numbered_once(tmp_path):
    """Word saves the template's own page number as a complex field (w:fldChar, w:instrText): it is recognised,
    and nothing is added, so no page says its number twice."""
    def numbered_by_word(document):
        paragraph = document.sections[0].footer.paragraphs[0]
        paragraph.add_run("- ")
        _complex_page_field(paragraph, " page \\* MERGEFORMAT ")
        paragraph.add_run(" -")

    result, built = _build_numbered(tmp_path, numbered_by_word)
    assert result.exit_code == 0, result.output
    footers = "".join(_shown_footers(built))
    assert len(re.findall(r"(?i)\bPAGE\b", footers)) == 1 and "fldSimple" not in footers and "共" not in footers


@pytest.mark.parametrize("written", [r'"\x01第 {page} 页"', r'"第 {page} 页\n共 {pages} 页"'],
                         ids=["control", "newline"])
def test_a_control_character_or_a_line_break_in_page_numbers_is_refused(tmp_path, written):
    """A control character cannot be written into Word's XML (the build crashed with exit 4), and a line break
    is no one-line footer (Word and the HTML margin box would print it differently): the profile's check refuses
    both, saying where."""
    result, _ = _build_numbered(tmp_path, page_numbers=written)
    assert result.exit_code == 2 and "页码的写法" in result.output and "控制字符" in result.output, result.output
    assert re.search(r"profile.yaml:\d+:\d+: 错误\[SCHEMA-PATTERN\]", result.output) and "Traceback" not in result.output


def test_textconv_shows_page_numbers_as_fields_not_as_the_stored_number(built_forms, tmp_path):
    """`git diff` of a form showed `第 1 页 共 1 页`, the numbers Word last stored, as if typed: the fields are named
    instead, for the fields jixiao writes (simple) and those Word writes (complex)."""
    import docx

    from generator.textconv import docx_text

    shipped = docx_text(built_forms["zhanjiang-qiaolian-2024"]["docx"])
    assert "【页脚】第 {页码} 页 共 {总页数} 页" in shipped and "第 1 页" not in shipped
    document = docx.Document()
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.add_run("第 ")
    _complex_page_field(paragraph, result="7")
    paragraph.add_run(" 页")
    document.save(str(tmp_path / "word.docx"))
    assert docx_text(tmp_path / "word.docx").splitlines()[-1] == "【页脚】第 {页码} 页"


def test_fields_of_either_kind_are_read_by_their_keyword():
    """An instruction split across runs, in any case, is still PAGE; NUMPAGES and PAGEREF are not."""
    import docx

    from generator.docx_fields import fields, prints_page_number

    document = docx.Document()
    split = document.add_paragraph()
    _complex_page_field(split, " Pa", "ge ")
    assert [field.keyword for field in fields(split._p)] == ["PAGE"] and prints_page_number(split._p)
    others = document.add_paragraph()
    _complex_page_field(others, " NUMPAGES ")
    _complex_page_field(others, " PAGEREF _Toc1 \\h ")
    assert [field.keyword for field in fields(others._p)] == ["NUMPAGES", "PAGEREF"]
    assert not prints_page_number(others._p)
