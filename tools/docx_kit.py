"""Authoring kit for the Word templates in templates/<form>/form.docx.

A variant's `make_form_docx.py` describes its form with these helpers and writes `form.docx`;
the result is an ordinary .docx with docxtpl tags that anyone can go on editing in Word or
LibreOffice (the script is only how ours were made). What the kit gets right once, so no
template has to:

- A4 paper and the usual margins; portrait or landscape;
- Chinese fonts really applied: every style sets `w:eastAsia` (python-docx's `font.name` only
  sets the Latin fonts) and the East Asian language `zh-CN`, and so do the document defaults and
  the theme's language (python-docx's template says Japanese there, so a style someone adds in
  Word, not based on 正文, would show Chinese in a Japanese font);
- header rows marked "repeat as header row" (`w:tblHeader`), rows that do not split across
  pages (`w:cantSplit`) unless they hold a multi-paragraph text (`paragraphs_of`), which may run
  longer than a page: Word clips a row taller than a page that may not break, and the rest of
  the text is lost; single-line borders, cells centred vertically (or top-aligned, on request);
- column-label rows kept with the row below them ("与下段同页", `w:keepNext` on their paragraphs):
  without it Word and LibreOffice can leave a block's labels alone at the foot of a page, with
  its first data row on the next;
- widow and orphan control (Word's own 正文 has it, python-docx's none): a task row that breaks across
  pages printed the last line of its text, "1次。", alone at the top of the next page;
- cells with 2 pt of margin above and below their text (`CELL_MARGINS`): python-docx's "Table Grid"
  has none, and one-line rows printed with their text touching the rules;
- the document saved for current Word (compatibility mode 15): python-docx's template says
  Word 2010 (14), so Word would open every generated form with "[兼容模式]" in its title bar;
- a font table (`word/fontTable.xml`) that describes the Chinese fonts the document uses, with the
  stand-in Word should take where one is missing (`w:altName`: 仿宋 for 仿宋_GB2312, which many
  Windows 10/11 PCs lack), instead of python-docx's, which lists two Japanese fonts and none of ours;
- an exact line height (`LINE_HEIGHT` times the text's size, 15 pt for 10.5-pt text) in every style the kit
  makes, instead of single or 1.15 spacing, whose height is the font's: Word's 仿宋_GB2312 and LibreOffice's
  Noto CJK printed a line 1.3 and 1.45 times the size, so the two broke a long table on different rows and
  the generator (`docx_rows`, which estimates where each table's pages break) could match neither;
- no punctuation hung past a line's end (`w:overflowPunct` off in 正文, Word's 允许标点溢出边界): Word hangs a
  closing mark by default and LibreOffice never does, taking the character before it to the next line, so a cell
  whose line ended on "智。" was a line taller in LibreOffice, and a form's table broke four rows apart in the two;
- a 1-pt last paragraph (`save`), so Word never adds a full line after the last table, which
  could spill onto a blank last page;
- `{%tr %}` tag rows that docxtpl removes, and cells whose tcPr is never empty (docxtpl's
  `{% vm %}`-style tags need a non-empty `w:tcPr`).

A mistake the kit finds in a script (a row wider than its table, `align="centre"`) is a `KitError`, said in
Chinese; `python make_form_docx.py` prints it as one line at the script's line that called the kit, not as a
traceback through the kit's own code (see tools/kit_errors.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

from generator import form_script
from tools.kit_errors import KitError, choice, install

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "黑体"
LATIN_FONT = "Times New Roman"
BODY_PT = 10.5  # 正文 and the cells (五号)
TITLE_PT = 18  # the form's title (小二)
# Font table entries for the Chinese fonts a template may use, in schema order, as Word and WPS write them
# in the documents they save (a value they disagree on is left out). Word uses an entry to pick a stand-in
# for a font it lacks: the alternative name first, then the character set (86 = GB2312), family, pitch,
# PANOSE classification and Unicode/code-page signature. 宋体 is the theme's Chinese font, which Word's
# built-in styles (标题 1 and the like) use.
CHINESE_FONTS = {
    "仿宋_GB2312": (("altName", {"val": "仿宋"}), ("panose1", {"val": "02010609030101010101"}),
                   ("charset", {"val": "86"}), ("family", {"val": "modern"}),
                   ("sig", {"usb0": "00000001", "usb1": "080E0000", "usb2": "00000000", "usb3": "00000000",
                            "csb0": "00040000", "csb1": "00000000"})),
    "黑体": (("altName", {"val": "SimHei"}), ("panose1", {"val": "02010609060101010101"}),
           ("charset", {"val": "86"}), ("family", {"val": "modern"}), ("pitch", {"val": "fixed"}),
           ("sig", {"usb0": "800002BF", "usb1": "38CF7CFA", "usb2": "00000016", "usb3": "00000000",
                    "csb0": "00040001", "csb1": "00000000"})),
    "宋体": (("altName", {"val": "SimSun"}), ("panose1", {"val": "02010600030101010101"}),
           ("charset", {"val": "86"}), ("family", {"val": "auto"}), ("pitch", {"val": "variable"}),
           ("sig", {"usb0": "00000003", "usb1": "288F0000", "usb2": "00000016", "usb3": "00000000",
                    "csb0": "00040001", "csb1": "00000000"})),
}
DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main"
JAPANESE_CHARSET = "80"  # SHIFTJIS_CHARSET: python-docx's ＭＳ 明朝 and ＭＳ ゴシック
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
# Cell margins in twentieths of a point. Above and below the text 2 pt, the HTML form's cell padding:
# python-docx's "Table Grid" has none, so a one-line row printed with its text against the rules. Left
# and right Word's usual 0.19 cm, written here too so that every side is the table's own.
CELL_MARGINS = (("top", 40), ("left", 108), ("bottom", 40), ("right", 108))
# The width of an amount column, in cm: 12345678.50 (万元, eight digits before the point) on one line at the body
# size, with the cell margins. Digits take 0.5 em in Times New Roman, 0.64 em in DejaVu Serif, the stand-in
# LibreOffice prints where Times New Roman is missing: 10 digits and a point are 70.2 pt there, 2.48 cm, and
# the margins 0.38 cm. A number wider than its cell is the one thing Word and LibreOffice break between digits
# ("12345. / 67" in a 1.8 cm column); neither breaks at its point or between its digits while it fits.
AMOUNT_CM = 2.9
LINE_HEIGHT = 10 / 7
"""A line's exact height as a multiple of its text's size, rounded to a half point: 15 pt for 10.5-pt text, as
tall as single spacing prints in LibreOffice and enough above Word's (1.3 times) that no CJK glyph is clipped."""
VALIGN = {"top": WD_CELL_VERTICAL_ALIGNMENT.TOP, "center": WD_CELL_VERTICAL_ALIGNMENT.CENTER}
ORIENTATIONS = ("portrait", "landscape")

install(__file__)


def set_fonts(rpr_owner, east_asia: str) -> None:
    """Set all four rFonts slots and the East Asian language on a style's or run's rPr."""
    set_rpr_fonts(rpr_owner.get_or_add_rPr(), east_asia)


def set_rpr_fonts(rpr, east_asia: str) -> None:
    """The Latin slots take LATIN_FONT, the East Asian one `east_asia`; theme fonts, which would override
    them, are dropped."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot, name in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT), ("w:cs", LATIN_FONT), ("w:eastAsia", east_asia)):
        fonts.set(qn(slot), name)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _current_word(doc) -> None:
    """Compatibility mode 15 (Word 2013 and later) instead of python-docx's 14 (see the module's docstring)."""
    for setting in doc.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")


def _chinese_defaults(doc) -> None:
    """Document defaults and the theme's East Asian language in Chinese (see the module's docstring)."""
    set_rpr_fonts(doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")), BODY_FONT)
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def _east_asian_fonts(doc) -> set[str]:
    """The East Asian fonts the document names: in its styles and text, and the theme's Chinese font."""
    named = set()
    for root in (doc.styles.element, doc.element):
        named.update(f.get(qn("w:eastAsia")) for f in root.iter(qn("w:rFonts")) if f.get(qn("w:eastAsia")))
    theme = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/theme"))
    named.update(f.get("typeface") for f in etree.fromstring(theme.blob).iter(f"{{{DRAWINGML}}}font")
                 if f.get("script") == "Hans")
    return named


def _chinese_font_table(doc) -> None:
    """A font table for the fonts the document uses (see the module's docstring)."""
    part = next(r.target_part for r in doc.part.rels.values() if r.reltype.endswith("/fontTable"))
    fonts = etree.fromstring(part.blob)
    for font in fonts.findall(qn("w:font")):
        charset = font.find(qn("w:charset"))
        if charset is not None and charset.get(qn("w:val")) == JAPANESE_CHARSET:
            fonts.remove(font)
    for name in sorted(_east_asian_fonts(doc)):
        if name not in CHINESE_FONTS:
            raise KitError(f"字体表里没有“{name}”的条目：请先在 tools/docx_kit.py 的 CHINESE_FONTS 里加上它"
                             f"（字符集 GB2312 和缺字体时替代它的字体）")
        font = etree.SubElement(fonts, qn("w:font"), {qn("w:name"): name})
        for tag, attributes in CHINESE_FONTS[name]:
            etree.SubElement(font, qn("w:" + tag), {qn("w:" + key): value for key, value in attributes.items()})
    etree.indent(fonts)
    part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def new_document(orientation: str = "portrait") -> Document:
    choice(orientation, ORIENTATIONS, "new_document() 的纸张方向 orientation")
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.54)
    section.left_margin = section.right_margin = Cm(2.0)
    _chinese_defaults(doc)
    _current_word(doc)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element, BODY_FONT)
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = _exact_line(BODY_PT)
    pf.widow_control = True  # see the module's docstring: a text's last line alone atop a page
    _no_hanging_punctuation(normal.element.get_or_add_pPr())
    title = doc.styles.add_style("FormTitle", 1)
    title.base_style = normal
    title.font.size, title.font.bold = Pt(TITLE_PT), True
    set_fonts(title.element, TITLE_FONT)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing = _exact_line(TITLE_PT)
    title.paragraph_format.space_after = Pt(6)
    subtitle = doc.styles.add_style("FormSubtitle", 1)
    subtitle.base_style = normal
    subtitle.font.size = Pt(12)
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.paragraph_format.line_spacing = _exact_line(12)
    subtitle.paragraph_format.space_after = Pt(4)
    cell = doc.styles.add_style("FormCell", 1)
    cell.base_style = normal
    set_fonts(doc.styles["Table Grid"].element, BODY_FONT)
    body = doc.element.body
    for p in body.findall(qn("w:p")):
        body.remove(p)
    return doc


# CT_PPr's children that come after w:overflowPunct, in schema order.
_AFTER_OVERFLOW_PUNCT = ("w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                         "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                         "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                         "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _no_hanging_punctuation(p_pr) -> None:
    """Punctuation kept inside a line's end (w:overflowPunct w:val="0"), as LibreOffice prints it (see the
    module's docstring)."""
    overflow = OxmlElement("w:overflowPunct")
    overflow.set(qn("w:val"), "0")
    p_pr.insert_element_before(overflow, *_AFTER_OVERFLOW_PUNCT)


def _exact_line(size_pt: float):
    """An exact line height (w:lineRule="exact") for text of this size (`LINE_HEIGHT`)."""
    return Pt(round(size_pt * LINE_HEIGHT * 2) / 2)


def title(doc, text: str, style: str = "FormTitle", align: str = "center"):
    p = doc.add_paragraph(text, style=style)
    p.alignment = choice(align, ALIGN, "title() 的 align")
    return p


def paragraph(doc, text: str, align: str = "left", bold: bool = False, keep_with_next: bool = False):
    """A line of text outside the tables; `keep_with_next` keeps it on the page of the next paragraph, as
    the sign-off lines under a form (填表人, 联系电话, 填表日期) are kept together and with the table's last row."""
    p = doc.add_paragraph(style="Normal")
    run = p.add_run(text)
    run.bold = bold
    p.alignment = choice(align, ALIGN, "paragraph() 的 align")
    p.paragraph_format.keep_with_next = keep_with_next or None
    return p


def spacer(doc, hidden: bool = True):
    """A 1-pt paragraph between two tables, so Word keeps them apart (a table's header rows repeat only
    at its top); hidden, so that they print as one: shown, the two tables' borders print as a doubled
    rule. Word and LibreOffice lay out a hidden paragraph mark as nothing. `hidden=False` for one that
    must take effect, such as one holding a page break."""
    p = doc.add_paragraph(style="Normal")
    p.paragraph_format.line_spacing = Pt(1)
    run = p.add_run()
    run.font.size = Pt(1)
    if hidden:
        run.font.hidden = True
        mark = OxmlElement("w:rPr")  # the paragraph mark's own properties, last in w:pPr here
        mark.append(OxmlElement("w:vanish"))
        p._p.get_or_add_pPr().append(mark)
    return p


def save(doc, path) -> None:
    """Save the template, ending it with a 1-pt paragraph.

    Word keeps a paragraph after a document's last table and adds one, in 正文 (a 10.5-pt line),
    to a document that ends with a table; docxtpl removes a closing `{%p endfor %}` paragraph, so
    a rendered form could end with its table. Once that table reached the foot of a page, Word's
    line alone printed a blank last page; at 1 pt the paragraph fits under any table. The font table
    is written last, once every font the template names is known. The hash of the make_form_docx.py
    beside `path` is recorded in it, so that jixiao can tell a form.docx older than its script (see
    generator/form_script.py)."""
    spacer(doc, hidden=False)  # the last paragraph mark of a document cannot be hidden
    _chinese_font_table(doc)
    _record_script(doc, Path(path).with_name(form_script.MAKE_SCRIPT))
    doc.save(path)


def _record_script(doc, script: Path) -> None:
    """The script's hash as a custom document property (see generator/form_script.py); none when the
    document is written anywhere but beside its script."""
    if not script.is_file():
        return
    properties = etree.Element(f"{{{form_script.CUSTOM}}}Properties", nsmap={None: form_script.CUSTOM,
                                                                             "vt": form_script.VARIANT_TYPES})
    # fmtid: the one every user-defined property takes; pid: numbered from 2
    prop = etree.SubElement(properties, f"{{{form_script.CUSTOM}}}property",
                            {"fmtid": "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", "pid": "2",
                             "name": form_script.PROPERTY})
    etree.SubElement(prop, f"{{{form_script.VARIANT_TYPES}}}lpwstr").text = form_script.digest(script)
    blob = etree.tostring(properties, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = doc.part.package
    package.relate_to(Part(PackURI("/" + form_script.CUSTOM_PART), CT.OFC_CUSTOM_PROPERTIES, blob, package),
                      RT.CUSTOM_PROPERTIES)


@dataclass
class C:
    """A template cell: its paragraphs (text with Jinja tags), column span, alignment, boldness and
    vertical alignment."""

    text: str | list[str] = ""
    span: int = 1
    align: str = "center"
    bold: bool = False
    valign: str = "center"

    def __post_init__(self):
        """The slips a cell's own arguments can show before it is placed: a cell's text must be text (a
        number, `C(2025)`, failed deep in python-docx), its alignments names the kit knows."""
        texts = self.text if isinstance(self.text, list) else [self.text]
        if not all(isinstance(text, str) for text in texts):
            raise KitError(f"C() 的文字写的是 {self.text!r}：格子里的文字要写成字符串（加引号，如 \"2025\"）"
                           f"或字符串的列表（一段一项）")
        if not isinstance(self.span, int) or isinstance(self.span, bool) or self.span < 1:
            raise KitError(f"C() 的 span 写的是 {self.span!r}，要写这一格占几列：1 或更大的整数")
        choice(self.align, ALIGN, "C() 的 align")
        choice(self.valign, VALIGN, "C() 的 valign")


@dataclass
class TableBuilder:
    doc: object
    widths_cm: list[float]
    table: object = field(init=False)
    _first: bool = field(init=False, default=True)

    def __post_init__(self):
        self.table = self.doc.add_table(rows=0, cols=len(self.widths_cm))
        self.table.style = self.doc.styles["Table Grid"]
        self.table.alignment = WD_TABLE_ALIGNMENT.CENTER
        self.table.autofit = False  # writes <w:tblLayout w:type="fixed"/> in its schema place
        margins = OxmlElement("w:tblCellMar")
        for side, twips in CELL_MARGINS:
            margins.append(OxmlElement("w:" + side, {qn("w:w"): str(twips), qn("w:type"): "dxa"}))
        self.table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription")
        grid = self.table._tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), self.widths_cm):
            col.set(qn("w:w"), str(int(Cm(width).twips)))

    def row(self, *cells, header: bool = False, cant_split: bool | None = None, keep_with_next: bool | None = None):
        """Add a row; cells are strings or C(...). Spans must add up to the column count.

        A row may not break across pages (w:cantSplit) unless it holds a multi-paragraph text or is told it
        may. That is the template's word only: rendering (generator/docx_rows.py `keep_rows_whole`) lets any
        row but a header row break once its filled-in text is estimated taller than two fifths of a page,
        which Word would otherwise clip at the page's foot if taller than the page, and keeps shorter rows
        whole. A header row is kept with the next row unless told otherwise; so is any row given
        `keep_with_next=True`, such as column labels in the middle of a table."""
        cells = [c if isinstance(c, C) else C(c) for c in cells]
        if cant_split is None:
            cant_split = not any(isinstance(c.text, list) and any(PARAGRAPHS in t for t in c.text) for c in cells)
        if sum(c.span for c in cells) != len(self.widths_cm):
            raise KitError(f"这一行的格子（含 span）共占 {sum(c.span for c in cells)} 列，这张表却是 "
                             f"{len(self.widths_cm)} 列（table() 给的宽度个数）；请核对这一行各格的 span")
        row = self.table.add_row()
        tr_pr = row._tr.get_or_add_trPr()
        if cant_split:
            tr_pr.append(OxmlElement("w:cantSplit"))
        if header:
            tr_pr.append(OxmlElement("w:tblHeader"))
        col = 0
        for spec in cells:
            cell = row.cells[col]
            if spec.span > 1:
                cell = cell.merge(row.cells[col + spec.span - 1])
            width = sum(self.widths_cm[col: col + spec.span])
            self._fill(cell, spec, width)
            col += spec.span
        if (header if keep_with_next is None else keep_with_next):
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True
        return row

    def tag_row(self, tag: str):
        """A row holding only a docxtpl `{%tr … %}` tag; docxtpl removes it when rendering."""
        return self.row(C(tag, span=len(self.widths_cm), align="left"), cant_split=False)

    @staticmethod
    def _fill(cell, spec: C, width_cm: float):
        cell.width = Cm(width_cm)
        cell.vertical_alignment = VALIGN[spec.valign]
        texts = spec.text if isinstance(spec.text, list) else [spec.text]
        first = cell.paragraphs[0]
        for i, text in enumerate(texts):
            p = first if i == 0 else cell.add_paragraph()
            p.style = "FormCell"
            p.alignment = ALIGN[spec.align]
            if text:
                run = p.add_run(text)
                run.bold = spec.bold or None


def table(doc, widths_cm: list[float]) -> TableBuilder:
    """A table of columns `widths_cm` wide; refused when they add up to more than the page's text width: Word and
    LibreOffice print such a table's right columns off the paper, and jixiao refuses the template it makes."""
    section = doc.sections[-1]
    page = (section.page_width - section.left_margin - section.right_margin) / Cm(1)
    if sum(widths_cm) > page + 0.005:  # the margins' twips round the page a ten-thousandth of a centimetre off
        side = "横向" if section.page_width > section.page_height else "纵向"
        turned = (section.page_height - section.left_margin - section.right_margin) / Cm(1)  # the same margins
        turn = f"；横向的表请写 new_document(\"landscape\")（版心 {turned:.1f} 厘米）" if side == "纵向" else ""
        raise KitError(f"table() 的各列宽度合计 {sum(widths_cm):g} 厘米，比{side} A4 纸的版心（左右页边距之间）"
                       f"{page:.1f} 厘米宽：右边几列会印到纸外；请把各列改窄，合计不超过 {page:.1f} 厘米{turn}")
    return TableBuilder(doc, widths_cm)


def merge_down(builder: TableBuilder, row: int, col: int, rows: int):
    """Merge a static label cell down over `rows` rows (a real w:vMerge in the template), the label's
    paragraphs kept as they are. The cells merged over must be empty (written ""): python-docx moves
    their text into the label's cell, and merge_down used to drop it there without a word and to join a
    label of several paragraphs into one, losing its bold."""
    count, columns, called = len(builder.table.rows), len(builder.widths_cm), f"merge_down({row}, {col}, {rows})"
    if rows < 1:
        raise KitError(f"{called}：要合并的行数是 {rows}，至少要写 1（1 是只有这一格，2 是连同下面一行）")
    if not 0 <= col < columns:
        raise KitError(f"{called}：这张表只有 {columns} 列（table() 给的宽度个数），列号从 0 数起，到第 {columns - 1} 列，"
                         f"没有第 {col} 列")
    if row < 0 or row + rows > count:
        held = f"只有 {count} 行（第 0 到第 {count - 1} 行）" if count else "还没有行"
        raise KitError(f"{called} 要合并第 {row} 到第 {row + rows - 1} 行，这张表此时{held}；"
                         f"merge_down 要写在它合并的各行之后，行号是这张表里的行号，从 0 数起")
    top, *below = (builder.table.rows[at].cells[col] for at in range(row, row + rows))
    for at, cell in enumerate(below, row + 1):
        if cell.text:
            raise KitError(f"merge_down({row}, {col}, {rows})：第 {at} 行第 {col} 列（都从 0 数起）写着“{cell.text}”，"
                             f"被向下合并的格子要写空（\"\"）；在上面加了或删了一行的话，merge_down 的行号要随之加减")
    return top.merge(below[-1]) if below else top


PARAGRAPHS = "|paragraphs %}"  # how a cell's tag says it prints a multi-paragraph text


def paragraphs_of(expr: str) -> list[str]:
    """Cell paragraphs that print a multi-paragraph text as real paragraphs."""
    return ["{%p for para in " + expr + PARAGRAPHS, "{{ para }}", "{%p endfor %}"]
