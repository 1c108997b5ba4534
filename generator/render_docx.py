"""Stage 4a: render the view model into the variant's Word template (docxtpl), then merge cells.

docxtpl's `{% vm %}` merges over the innermost loop only, so a 一级 › 二级 table cannot be
expressed with it. Instead templates mark cells with `{{ r.level1|vm }}` (or the
`merge_start` / `merge_continue` / `merge_keep` globals for side labels), and a pass over the rendered XML
turns the marks into real `w:vMerge` restart/continue cells; the passes of `docx_rows` then settle
how the rows print across pages (a side label merged again after each estimated page break), and `docx_title_size.fit_titles` sets each title in a size that fits its line. The output ZIP is written with
fixed timestamps and the template's entry order, so the same inputs give the same bytes.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from html import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsmap, qn
from docxtpl import DocxTemplate
from lxml import etree

from . import (docx_compat_mode, docx_landed_values, docx_merge_marks, docx_page_turn, docx_row_widths,
               docx_span_values, docx_switches, docx_tag_breaks, docx_tags, form_script, pulled_in, stray_braces,
               word_damage, zip_damage)
from .docx_footer import with_page_numbers
from .docx_kept_lines import carry_kept_lines
from .docx_page_turn import orient_pages
from .docx_paragraph_height import paragraph_layouts
from .docx_properties import first_child, joined_text
from .docx_rows import (Measure, cut_merges_at_header, keep_label_end_with_next, keep_rows_whole, keep_with_next,
                        restart_labels_at_page_breaks, set_least_row_heights, set_vmerge)
from .docx_story_ends import end_with_paragraphs
from .docx_title_size import fit_titles
from .jinja import MERGE_CONTINUE, MERGE_KEEP, MERGE_START, PART_BREAK, make_env
from .line_fill import LIBREOFFICE_GAP
from .template_errors import BracesFullWidth, TemplateEmpty, rendering

DOCUMENT_PART = "word/document.xml"


class DocxRenderer:
    """Renders every spec of one variant from a template prepared once.

    docxtpl's own steps are used (`patch_xml` to clean tags split across runs, `resolve_listing`,
    `fix_tables`), but the expensive ones run once per template instead of once per document:
    opening the package, cleaning the XML and compiling the Jinja template. Per document the body
    is rendered, and the headers and footers that hold tags (a unit's name in the page header is
    what an author expects to see filled in, not "{{ unit }}"); the other parts are copied from the
    template as they are. Document properties are not rendered: jixiao writes them (see below).

    The body and those headers and footers are one Jinja text, each part after a line naming it
    between two `PART_BREAK`s: a Jinja error's line then quotes the paragraph the author typed and
    the part it is in, and the template is compiled and run once.
    """

    def __init__(self, variant):
        self.orientation = variant.orientation
        data = variant.docx_template.read_bytes()
        if variant.page_numbers:
            data = with_page_numbers(data, variant.page_numbers)
        self._docxtpl = DocxTemplate(io.BytesIO(data))
        with zip_damage.as_bad_zip():  # opening a damaged package: said as no Word file (template_errors), not a bug
            self._docxtpl.render_init()  # opens the package (init_docx), and does no more
        styles = word_damage.readable(self._docxtpl.docx)  # what else build refuses, read as serve reads it
        with zip_damage.as_bad_zip(), zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = [(info.filename, package.read(info.filename)) for info in package.infolist()]
        # before the body is read (its sections' settings too), once per template: the warnings name the template
        settled, switch_warnings = docx_switches.settle(variant.docx_template, self._docxtpl.docx, dict(parts))
        self.env = make_env(variant.search_path)
        _not_blank(self._docxtpl.docx.element.body)
        paragraphs = list(docx_tags.places(self._docxtpl.docx.element.body))  # walked once, for the three checks
        docx_tags.check(paragraphs)  # before Jinja: a misplaced tag may still compile
        self._variables = {DOCUMENT_PART: docx_landed_values.variables(paragraphs)}
        self._paragraph_layouts = paragraph_layouts(styles)
        docx_tag_breaks.restore(paragraphs, self._paragraph_layouts)  # before docxtpl drops the {%p %} paragraphs
        docx_row_widths.check(self._docxtpl.docx.element.body)
        docx_page_turn.check(self._docxtpl.docx.element.body, self.orientation)
        self.warnings = stray_braces.in_docx(variant.docx_template, paragraphs) + \
            docx_merge_marks.unstarted(variant.docx_template, self._docxtpl.docx.element.body) + switch_warnings + \
            docx_compat_mode.warnings(variant.docx_template, self._docxtpl.docx)
        self._parts = list(self._tagged_parts())
        body = self._docxtpl.patch_xml(self._docxtpl.get_xml())
        self.source = "".join([_one_paragraph_a_line(body),
                               *(f"\n{PART_BREAK}{story}{PART_BREAK}\n{source}" for _, story, source in self._parts)])
        pulled = list(pulled_in.templates(self.env, self.source))
        BracesFullWidth.check(pulled)  # its own tags are checked by docx_tags
        self.warnings += stray_braces.in_pulled_in(pulled)
        self._template = self.env.from_string(self.source)
        document = etree.tostring(self._docxtpl.docx.element, encoding="unicode")
        start, end = document.index("<w:body"), document.rindex("</w:body>") + len("</w:body>")
        self._head, self._tail = document[:start], document[end:]
        self._package = _Package([(name, settled.get(name, blob)) for name, blob in _form_parts(parts)])

    def _tagged_parts(self):
        """(package entry, 页眉 or 页脚, Jinja text) of each header and footer that holds a tag, its tags
        checked; the others are copied as they are, byte for byte."""
        for rel in self._docxtpl.docx.part.rels.values():
            story = _STORIES.get(rel.reltype)
            if story is None or rel.is_external:
                continue
            part = rel.target_part
            xml = self._docxtpl.patch_xml(self._docxtpl.get_part_xml(part))
            if _ANY_TAG.search(xml):
                places = list(docx_tags.places(parse_xml(part.blob), story))
                docx_tags.check(places)
                name = str(part.partname).lstrip("/")
                self._variables[name] = docx_landed_values.variables(places)
                yield name, story, _one_paragraph_a_line(xml)

    def render(self, context: dict, for_libreoffice: bool = False) -> bytes:
        """The Word file of one spec's `context`: the one the user opens in Word or WPS, or one made for LibreOffice to
        print to PDF (`for_libreoffice`), its page breaks estimated with LibreOffice's space between Chinese and a
        digit (`Measure`, line_fill.LIBREOFFICE_GAP) and the lines kept under a table made part of it
        (`docx_kept_lines`)."""
        with rendering():
            rendered = self._template.render(context)
        xml, *named = rendered.split(PART_BREAK)
        xml = self._listing_resolved(_joined(xml))
        body = self._tables_fixed(xml)
        if self._variables[DOCUMENT_PART]:
            docx_landed_values.check(body, self._variables[DOCUMENT_PART])
        headers_footers = {name: self._header_footer(name, story, self._listing_resolved(_joined(text)))
                           for (name, story, _), text in zip(self._parts, named[1::2])}
        end_with_paragraphs(body)  # first: apply_merges empties a continued cell down to its first paragraph
        apply_merges(body)
        orient_pages(body, self.orientation)  # first: cut_merges_at_header measures a table against its page
        gap = LIBREOFFICE_GAP if for_libreoffice else 0.0
        measured = Measure(self._paragraph_layouts, gap)  # each table read and each cell measured once, for the passes
        fit_titles(body, self._paragraph_layouts)  # first: the cut follows the pages, the titles sized and the rows
        keep_rows_whole(body, measured)  # kept whole as they print
        cut_merges_at_header(body, measured)
        keep_label_end_with_next(body, measured)  # after the cut: a label it cut is left to it
        restart_labels_at_page_breaks(body, measured)  # after the rows kept whole and the titles' sizes
        set_least_row_heights(body)
        if for_libreoffice:  # last: the passes above measure and print the lines as the user's Word file has them
            carry_kept_lines(body, self._paragraph_layouts)
        document = self._head + etree.tostring(body, encoding="unicode") + self._tail
        return self._package.build({
            DOCUMENT_PART: _XML_DECLARATION + document.encode("utf-8"),
            **headers_footers,
            **_properties(str(context.get("document_title") or context.get("title", "")), str(context.get("unit", ""))),
        })

    def _header_footer(self, name: str, story: str, xml: str) -> bytes:
        """The rendered header or footer `name` as its package entry: TagMisplaced where a `{{p x }}` variable's
        value stands in no paragraph (see docx_landed_values), read only where its template holds such a tag, or a
        merged cell's column count is no number (docx_span_values, `story` 页眉 or 页脚); ended with a paragraph where
        rendering left it none (docx_story_ends), written again only then."""
        part = etree.fromstring(xml, parser=etree.XMLParser(recover=True))
        docx_span_values.check(part, story)
        if self._variables[name]:
            docx_landed_values.check(part, self._variables[name])
        if end_with_paragraphs(part):
            xml = etree.tostring(part, encoding="unicode")
        return _XML_DECLARATION + xml.encode("utf-8")

    def _listing_resolved(self, xml: str) -> str:
        """docxtpl's `resolve_listing` of a rendered part (a value's tab, \\a, line break and form feed made Word's tab,
        paragraph, line break and page break), run only where the part holds one of those characters: it changes
        nothing elsewhere, and its regular expressions over each paragraph, run and text took an eighth of a
        document's rendering though no example's value holds one."""
        return self._docxtpl.resolve_listing(xml) if any(c in xml for c in _LISTING) else xml

    def _tables_fixed(self, xml: str):
        """The rendered body parsed as docxtpl's `fix_tables` parses it, and given to that to fix only where a table's
        grid (w:tblGrid) does not fit its rows: one with more cells than grid columns, or none spanning them all
        (a `{%tc %}` loop, a cell left out by a condition). Elsewhere it changes nothing, and its walk over every
        row and cell took as long as the parse."""
        body = etree.fromstring(xml, parser=etree.XMLParser(recover=True))
        docx_span_values.check(body)  # first: fix_tables reads each span with int()
        return body if all(_grid_fits(tbl) for tbl in body.iter(_TBL)) else self._docxtpl.fix_tables(xml)


_LISTING = "\t\a\n\f"
_STORIES = {RT.HEADER: "页眉", RT.FOOTER: "页脚"}
_ANY_TAG = re.compile(r"\{\{|\{%|\{#")


def _grid_fits(tbl) -> bool:
    """Whether docxtpl's `fix_tables` leaves a table as it is: its grid (its w:tblGrid's w:gridCol) has as many
    columns as its widest row spans, and no row (a nested table's too, as docxtpl counts them) has more cells.
    False where docxtpl is to say what it makes of a table with no grid; a span that is no number was said before
    (docx_span_values)."""
    grid = first_child(tbl, _TBL_GRID)
    if grid is None:
        return False
    columns, widest = sum(1 for _ in grid.iterchildren(_GRID_COL)), 0
    for tr in tbl.iter(_TR):
        cells = list(tr.iterchildren(_TC))
        if len(cells) > columns:
            return False
        if widest < columns:
            widest = max(widest, sum(map(docx_span_values.cell_span, cells)))
    return widest >= columns


_TBL, _TBL_GRID, _GRID_COL, _TR, _TC = (qn("w:" + name) for name in ("tbl", "tblGrid", "gridCol", "tr", "tc"))


def _not_blank(body) -> None:
    """TemplateEmpty when the Word template's body holds neither a table nor any text (a new blank
    document saved as form.docx): every spec's form would come out as an empty page."""
    if next(body.iter(qn("w:tbl")), None) is None and not joined_text(body).strip():
        raise TemplateEmpty("模板是空的（Word 文件里没有表格，也没有文字），生成的每一份表都会是空白页；"
                            "请在 Word 里画好表，把字段的标签（如 {{ unit }}）写进格子（可从别的表样复制 form.docx 来改）")


def _one_paragraph_a_line(xml: str) -> str:
    """One paragraph a line, and what stands between paragraphs (a {%tr %} row's tag) on a line of its
    own: a Jinja error's line quotes the paragraph the author typed, nothing glued to it."""
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).replace("</w:p>", "</w:p>\n")


def _joined(text: str) -> str:
    """A rendered part as Word's XML again: the lines `_one_paragraph_a_line` and `PART_BREAK` added, taken out (by
    plain replaces, what a regular expression before `<w:p ` and `<w:p>` took out in twice the time, every document)."""
    text = text.removeprefix("\n").removesuffix("\n")
    return text.replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>").replace("</w:p>\n", "</w:p>")


# -- document properties ---------------------------------------------------------------------
# What Word shows under 文件 › 信息 and Explorer in its columns: the template's own properties
# (python-docx's "generated by python-docx", dated 2013; or whoever saved the template in Word, and
# their company) would travel with every submitted form. Each document gets its title and its
# unit as author instead, no dates (so the same spec still gives the same bytes), no thumbnail,
# which would preview the template rather than this form, and no hash of the script that wrote the template.

_XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_PACKAGE_RELS = "_rels/.rels"
_CONTENT_TYPES = "[Content_Types].xml"
_CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
         '<cp:lastModifiedBy>{author}</cp:lastModifiedBy></cp:coreProperties>')
_APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>jixiao</Application></Properties>')


def _properties(title: str, author: str) -> dict[str, bytes]:
    core = _CORE.format(title=escape(title, quote=False), author=escape(author, quote=False))
    return {"docProps/core.xml": _XML_DECLARATION + core.encode("utf-8"),
            "docProps/app.xml": _XML_DECLARATION + _APP.encode("utf-8")}


def _form_parts(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The template's package parts a form keeps: not its thumbnail, nor the hash of the script that wrote it
    (see form_script), which says nothing of a filled-in form; its custom properties part goes too when that
    hash was all it held."""
    parts = _without_related(parts, _THUMBNAIL)
    named = dict(parts)
    if form_script.CUSTOM_PART not in named:
        return parts
    try:
        custom = etree.fromstring(named[form_script.CUSTOM_PART])
    except etree.XMLSyntaxError:  # not ours: a form passes it on as Word wrote it
        return parts
    ours = [p for p in custom.iterfind(f"{{{form_script.CUSTOM}}}property") if p.get("name") == form_script.PROPERTY]
    if not ours:
        return parts
    for prop in ours:
        custom.remove(prop)
    if len(custom) == 0:
        return _without_related(parts, RT.CUSTOM_PROPERTIES)
    named[form_script.CUSTOM_PART] = etree.tostring(custom, xml_declaration=True, encoding="UTF-8", standalone=True)
    return [(name, named[name]) for name, _ in parts]


def _without_related(parts: list[tuple[str, bytes]], reltype: str) -> list[tuple[str, bytes]]:
    """The package's parts less those the package relates as `reltype`, the relationships naming them and
    their content types."""
    named = dict(parts)
    if _PACKAGE_RELS not in named:
        return parts
    rels = etree.fromstring(named[_PACKAGE_RELS])
    dropped = set()
    for rel in list(rels):
        if rel.get("Type") == reltype:
            dropped.add(rel.get("Target", "").lstrip("/"))
            rels.remove(rel)
    if not dropped:
        return parts
    named[_PACKAGE_RELS] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    types = etree.fromstring(named[_CONTENT_TYPES]) if _CONTENT_TYPES in named else None
    overrides = [] if types is None else [o for o in types if o.get("PartName", "").lstrip("/") in dropped]
    for override in overrides:
        types.remove(override)
    if overrides:
        named[_CONTENT_TYPES] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    return [(name, named[name]) for name, _ in parts if name not in dropped]


def apply_merges(body) -> None:
    """Turn merge marks left by the template into w:vMerge cells; continuation cells keep one empty paragraph.

    A row continuing a 二级 group (MERGE_KEEP) is kept with the row above (w:keepNext on that row's
    paragraphs, which Word and LibreOffice honour in tables), so a page break falls between groups
    rather than leaving a group's first row, and its label, alone at the foot of a page."""
    for tc in _MARKED_CELLS(body):
        texts = list(tc.iter(_T))
        joined = joined_text(tc)
        if not any(mark in joined for mark in (MERGE_START, MERGE_CONTINUE, MERGE_KEEP)):
            continue
        continuing = MERGE_CONTINUE in joined or MERGE_KEEP in joined
        for t in texts:
            t.text = (t.text or "").replace(MERGE_START, "").replace(MERGE_CONTINUE, "").replace(MERGE_KEEP, "")
        set_vmerge(tc, continuing)
        if continuing:
            _empty(tc)
        if MERGE_KEEP in joined:
            keep_with_next(tc.getparent().getprevious())


_MARKS = (MERGE_START, MERGE_CONTINUE, MERGE_KEEP)
_MARKED_CELLS = etree.XPath(".//w:tc[.//w:t[%s]]" % " or ".join(f'contains(., "{mark}")' for mark in _MARKS),
                            namespaces={"w": nsmap["w"]})
"""The cells holding a merge mark, in the order of the body (a cell holding a table with one among them): a
mark is one character, so a cell holds one where one of its texts does; asked of every cell, as it was, its
texts joined took a tenth of a document's rendering."""
_T, _P, _R = qn("w:t"), qn("w:p"), qn("w:r")


def _empty(tc) -> None:
    paragraphs = tc.findall(_P)
    for extra in paragraphs[1:]:
        tc.remove(extra)
    for run in paragraphs[0].findall(_R):
        paragraphs[0].remove(run)


class _Package:
    """Writes .docx packages from a template's parts: the unchanged parts are compressed once.

    A minimal ZIP writer (deflate, no ZIP64, UTF-8 names, fixed 1980-01-01 timestamps): most of
    a package's bytes are styles that never change, and re-compressing them for every document
    cost as much as rendering it. Entry order and timestamps are fixed, so output is reproducible.
    """

    _DOS_DATE, _DOS_TIME = (0 << 9) | (1 << 5) | 1, 0

    def __init__(self, parts: list[tuple[str, bytes]]):
        self._entries = [(name, self._compress(data)) for name, data in parts]

    @staticmethod
    def _compress(data: bytes) -> tuple[int, int, bytes]:
        deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
        return zlib.crc32(data), len(data), deflate.compress(data) + deflate.flush()

    def build(self, replaced: dict[str, bytes]) -> bytes:
        out, central = io.BytesIO(), io.BytesIO()
        for name, entry in self._entries:
            crc, size, packed = self._compress(replaced[name]) if name in replaced else entry
            encoded = name.encode("utf-8")
            offset = out.tell()
            common = struct.pack("<HHHHHIIIH", 20, 0x800, 8, self._DOS_TIME, self._DOS_DATE, crc, len(packed), size,
                                 len(encoded))
            out.write(b"PK\x03\x04" + common + b"\x00\x00" + encoded + packed)
            central.write(b"PK\x01\x02" + struct.pack("<H", 20) + common
                          + struct.pack("<HHHHII", 0, 0, 0, 0, 0o644 << 16, offset) + encoded)
        start, directory = out.tell(), central.getvalue()
        count = len(self._entries)
        out.write(directory + b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count, len(directory), start, 0))
        return out.getvalue()
