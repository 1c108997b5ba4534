"""A broken template, said in the template's terms: which file, which line or tag, what is wrong.

A unit editing its form's `form.html` or `form.docx` (or a copy of one of jixiao's) makes the
mistakes anyone makes in Jinja: a tag left open, a misspelt field, a file that is not there. Jinja
reports them against the compiled template; here the problem points at the template file and line
(for a Word template, whose lines mean nothing to its author, at the paragraph's text around the
tag), so every spec of the form shows the same one line and the build prints it once.
"""
from __future__ import annotations

import difflib
import html
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from numbers import Number
from pathlib import Path

from jinja2 import TemplateError, TemplateNotFound, TemplateRuntimeError, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import FilterArgumentError
from lxml.etree import XMLSyntaxError

from . import form_saved_as, form_script, full_width_braces, html_tags, zip_damage
from .jinja import (PART_BREAK, TEMPLATE_CALLS, DataChanged, FieldMissing, GroupPrinted, HelperMisused, TemplateNotUtf8,
                    TooLarge, UnsafeAccess)
from .docx_references import ReferenceBroken
from .errors import gone_meanwhile
from .field_guess import meant, undeclared
from .group_schema_place import declared_at, group_name, group_path
from .jinja_words import call_slip, syntax_slip
from .open_blocks import opened_at
from .unclosed_tags import DELIMITERS, first_unclosed, unpaired
from .problems import Problem, Severity
from .schema_line import shown
from .model import IndicatorTable
from .template_names import NameUnknown

CODE = "RENDER-TEMPLATE"
BROKEN = (TemplateError, zipfile.BadZipFile, zlib.error, XMLSyntaxError, KeyError, OSError)
"""What preparing or rendering a template raises when the template (not jixiao) is at fault (a
KeyError: a part missing from a .docx package; a zlib.error: a part whose compressed bytes are damaged;
an XMLSyntaxError: a part that is not well-formed XML).
An HTML template Jinja cannot read as UTF-8 is a TemplateNotUtf8 (see jinja.py), which names the file."""


class TagMisplaced(TemplateError):
    """A tag of a Word template that would render a broken form (see docx_tags); the message says where
    and what to write."""


class SlipInText(TemplateError):
    """A slip found in a template's text before Jinja reads it, at `line` and `column` of `file` (a pulled-in
    template) or of the form's own (None). The base is no slip itself: each kind names the function that finds
    it, `locate`, a template's text to (line, column, message) or None, and a kind without one is refused as it
    is defined rather than failing at a build."""

    locate: Callable[[str], tuple[int, int, str] | None]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not callable(getattr(cls, "locate", None)):
            raise TypeError(f"{cls.__name__} must set locate, the function that finds its slip in a template's text")

    def __init__(self, message: str, line: int, column: int, file: Path | None = None):
        super().__init__(message)
        self.line, self.column, self.file = line, column, file

    @classmethod
    def check(cls, texts) -> None:
        """Raised at the first slip in `texts`, (file, text) of each template."""
        for file, text in texts:
            found = cls.locate(text)
            if found:
                raise cls(found[2], found[0], found[1], file)


class BracesFullWidth(SlipInText):
    """A tag typed with full-width braces (see full_width_braces) in an HTML template or in a template a form's
    template pulls in (Word's check their own tags through docx_tags)."""

    locate = staticmethod(full_width_braces.located)


class HtmlTagBroken(SlipInText):
    """An HTML tag a browser reads otherwise than meant (see html_tags): a quote or a `>` left out, in an HTML
    template or a template it pulls in."""

    locate = staticmethod(html_tags.located)


class RowRagged(TemplateError):
    """A row of a Word template's table whose cells do not fill its grid (see docx_row_widths); the message
    says which and what to do."""


class TableTooWide(TemplateError):
    """A Word template's table that, from the left margin of its page turned the profile's way, runs past the
    paper's right edge (see docx_page_turn): its right columns print off the paper. The message gives the widths,
    the paper's and what to change."""


class TemplateEmpty(TemplateError):
    """A template with nothing in it (an empty form.html, a form.docx without text or a table): every
    spec's form came out blank, and the build said it had made it. The message says what is missing."""


class GridBroken(TemplateError):
    """A rendered HTML table whose row does not fill the columns its <colgroup> declares (see html_grid)."""

    def __init__(self, table: int, row: int, width: int, columns: int, texts: list[str], chunks: list[str]):
        super().__init__(f"table {table} row {row}: {width} columns of {columns}")
        self.table, self.row, self.width, self.columns, self.texts, self.chunks = table, row, width, columns, texts, chunks
        self.every_row = False  # every row of the table is `width` wide: the <colgroup> is off, not the row


class ValueMisused(TemplateError):
    """A template did arithmetic or a comparison on a value that cannot take it (a cell's text
    rounded, compared with a number, summed): the template's slip, so a located problem, not an
    internal error. Raised from the TypeError, whose traceback holds the template line."""


class CallsItself(TemplateError):
    """A macro calling itself (or macros each other) without end: Python's RecursionError was an internal
    error. Raised from it, whose traceback holds the template line."""


class ArithmeticFailed(TemplateError):
    """A template's arithmetic that cannot be done (`{{ a / b }}` with b zero): the template's slip, so a
    located problem, not an internal error. Raised from the ArithmeticError, whose traceback holds the line."""


class ValueUnfit(TemplateError):
    """A filter, function or method given a value or an argument it cannot take (`dict(unit)`,
    `unit|wordwrap(0)`, `"{0}".format()`, `cycler()`): Python's ValueError, LookupError, AttributeError,
    AssertionError or RuntimeError was an internal error. Raised from it, whose traceback holds the template line."""


_RAISED_BY_THE_TEMPLATE = (ValueError, LookupError, AttributeError, AssertionError, RuntimeError)
"""Python's errors a builtin or a Jinja filter raises on a value or an argument the template gave it; raised in
jixiao's own code (its filters, the view model) they are jixiao's bug, and stay internal errors."""


@contextmanager
def rendering() -> Iterator[None]:
    """Python's errors a template's own slip raises as it renders, as located template errors: without this they
    were internal errors (exit 4) in English (“ValueError: dictionary update sequence element #0…”)."""
    try:
        yield
    except TypeError as exc:
        raise ValueMisused(str(exc)) from exc
    except ArithmeticError as exc:
        raise ArithmeticFailed(str(exc)) from exc
    except RecursionError as exc:
        raise CallsItself(str(exc)) from exc
    except _RAISED_BY_THE_TEMPLATE as exc:
        if not _in_template(exc):
            raise
        raise ValueUnfit(str(exc)) from exc


def _in_template(exc: BaseException) -> bool:
    """Whether `exc` was raised by the template's code (or a builtin or Jinja filter it called), not by jixiao's;
    jixiao's checks of a call the template makes (TEMPLATE_CALLS) are passed over, as the call is the template's."""
    package = str(Path(__file__).parent)
    files = [tb.tb_frame.f_code.co_filename for tb in _frames(exc) if tb.tb_frame.f_code not in TEMPLATE_CALLS]
    template = [at for at, name in enumerate(files) if name.endswith((".html", ".htm", "<template>"))]
    return bool(template) and not any(name.startswith(package) for name in files[template[-1]:])


_UNKNOWN_TAG = re.compile(r"Encountered unknown tag '(?P<tag>[^']+)'|Unexpected end of template")
_INNERMOST = re.compile(r"innermost block that needs to be closed is '(?P<block>\w+)'")
_TAGS = ["for", "if", "elif", "else", "endfor", "endif", "set", "endset", "macro", "endmacro", "block",
         "endblock", "extends", "include", "import", "from", "call", "endcall", "filter", "endfilter", "with",
         "endwith", "raw", "endraw"]
"""Jinja's tags, offered for a misspelt one."""

_SANDBOXED = ("模板只能读取规格的字段、使用表样的过滤器（jixiao 加的 paragraphs、amount_sum、vm 和 Jinja 自带的）和宏，"
              "不能访问以下划线开头的属性：那是 Python 的内部，借它能在生成表格的电脑上运行任意程序；请删掉这一处")
"""Said after an attribute the sandbox refuses (see jinja.py): what a template may do instead."""

_READ_ONLY = ("模板可以读取规格的数据，但不能改动它：表题、文件名、Word 表和 HTML 表读的是同一份数据，改动了就会对不上，"
              "或在别处报错；要新的列表，请用过滤器或 {% set %} 另做一个（如 {% set names = key_tasks|map(attribute='name')|list %}、"
              "{% set both = a + b %}）；要计数或累加，用 namespace（{% set ns = namespace(n=0) %} … {% set ns.n = ns.n + 1 %}）")
"""Said after a template tried to change the data it renders (see jinja.DataChanged): what to write instead."""

_SET_ATTRIBUTE = "cannot assign attribute on non-namespace object"
"""Jinja's words for `{% set budget.basic = … %}`: only a namespace() takes such an assignment."""

_UNDEFINED = re.compile(r"'(?P<name>[^']+)' is undefined|has no attribute '(?P<attribute>[^']+)'")


def problem(file: Path, exc: BaseException, source: str | None = None, what: str = "模板",
            names: Iterable[str] = (), search_path: Iterable[Path] = (), schema: tuple | None = None) -> Problem:
    """The problem behind `exc` in `file` (a template, or the profile whose title pattern failed);
    `source` is the Jinja text a Word template compiled to; `names` are the ones the template could read
    at the top (the spec's fields, `title`…), offered for a name misspelt there; `search_path` the folders
    whose templates it may import macros from; `schema` the (SchemaStore, file name) of the form's schema, to name
    where a field a group lacks would be declared."""
    if isinstance(exc, TemplateNotUtf8):  # at fault is the file that is not UTF-8, maybe one `file` imports
        return Problem(shown(exc.file), exc.line, exc.column, Severity.ERROR, CODE, f"{what}有误，无法生成：{exc.said}")
    if isinstance(exc, SlipInText):
        return Problem(shown(exc.file or file), exc.line, exc.column, Severity.ERROR, CODE, f"{what}有误，无法生成：{exc.message}")
    file = _culprit(exc) or file
    line = _line(exc) if file.suffix in (".html", ".htm", ".docx") else 0
    short = _typed_short(file, line) if isinstance(exc, TemplateSyntaxError) else None
    if short:
        return Problem(shown(file), *short[:2], Severity.ERROR, CODE, f"{what}有误，无法生成：{short[2]}")
    name = getattr(exc, "name", None)
    name = None if name is None else str(name)  # an index read past a list's end is a number (`rows[9]`)
    table = _table_read_as_list(exc, _line_text(file, source or getattr(exc, "source", None), line), names)
    if file.suffix == ".docx":
        said = _what(exc, file, names, search_path, schema, table)
        where = _paragraph(source or getattr(exc, "source", None), line, file, name)
        return Problem(shown(file), 0, 0, Severity.ERROR, CODE,
                       f"{what}有误，无法生成：{said}{where.removeprefix('；') if said.endswith('？') else where}")
    if isinstance(exc, GridBroken):
        line, column = _printing(file, exc.chunks, "<colgroup" if exc.every_row else "")
    else:
        column = _column(file, line, name or table or None) if line else 0
    return Problem(shown(file), line, column, Severity.ERROR, CODE,
                   f"{what}有误，无法生成：{_what(exc, file, names, search_path, schema, table)}")


_TABLE_AS_LIST = re.compile(r"'(?:\w+\.)*IndicatorTable' object is not iterable|'IndicatorTable' has no len\(\)")
_ITERATED = re.compile(r"\bin\s+([A-Za-z_][\w.]*)|([A-Za-z_][\w.]*)\s*\|\s*length\b")
"""A name a template's line loops over (`{% for r in indicators %}`) or counts (`indicators|length`)."""


def _table_read_as_list(exc: BaseException, text: str, names) -> str:
    """The indicator table a template looped over or counted as if it were its rows (`{% for r in indicators %}`),
    as the failing line writes it, for the message to name `indicators.rows`; "" for another error, or when the
    line does not say which (the generic words then show how)."""
    if not isinstance(exc, ValueMisused) or not _TABLE_AS_LIST.search(str(exc)):
        return ""
    read = list(dict.fromkeys(looped or counted for looped, counted in _ITERATED.findall(text)))
    tables = [dotted for dotted in read if isinstance(_value_at(names, dotted), IndicatorTable)]
    return tables[0] if len(tables) == 1 else read[0] if len(read) == 1 and not tables else ""


def _value_at(context, dotted: str):
    """The value a dotted name reads in a render context (None where it reads nothing there, as a loop's name)."""
    value = context
    for step in dotted.split("."):
        value = value.get(step) if isinstance(value, dict) else getattr(value, step, None)
    return value


def _line_text(file: Path, source: str | None, line: int) -> str:
    """The text of a template's `line`: of the Jinja a Word template compiled to, or of the HTML file."""
    try:
        lines = (source if file.suffix == ".docx" else file.read_text(encoding="utf-8")).splitlines()
    except (OSError, UnicodeDecodeError, AttributeError):
        return ""
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _typed_short(file: Path, line: int) -> tuple[int, int, str] | None:
    """The line, column and words of the tag in an HTML template whose closing `}}` or `%}` is missing, at or
    above the `line` Jinja's syntax error names: Jinja said “这里不该有“}”” at column 1 of a later brace."""
    if file.suffix not in (".html", ".htm") or not line:
        return None
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = first_unclosed(text)
    if found is None:
        return None
    at = text.count("\n", 0, found.start()) + 1
    if at > line:
        return None
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    typed = text[found.start():].split("\n", 1)[0]
    return at, column, f"{unpaired(typed, found)}；请把这个标签写完，以“{DELIMITERS[found.group(0)]}”结束"


def _culprit(exc: BaseException) -> Path | None:
    """The template file Jinja names for the error (a form.html may fail inside the shared base.html), or
    the one a name read in vain was found in (see template_names)."""
    if isinstance(exc, TemplateSyntaxError) and exc.filename:
        return Path(exc.filename)
    if isinstance(exc, NameUnknown):  # found without rendering, maybe in an included or imported template
        return exc.file
    frames = [tb.tb_frame.f_code.co_filename for tb in _frames(_origin(exc))]
    files = [name for name in frames if name.endswith((".html", ".htm"))]
    return Path(files[-1]) if files else None


def _origin(exc: BaseException) -> BaseException:
    """The exception whose traceback runs through the template."""
    rendered = (ValueMisused, ArithmeticFailed, CallsItself, ValueUnfit)
    return exc.__cause__ if isinstance(exc, rendered) and exc.__cause__ else exc


def _frames(exc: BaseException):
    tb = exc.__traceback__
    while tb is not None:
        yield tb
        tb = tb.tb_next


def _what(exc: BaseException, file: Path, names: Iterable[str] = (), search_path: Iterable[Path] = (),
          schema: tuple | None = None, table: str = "") -> str:
    if table:
        return f"这里要的是列表，给的却是指标表“{table}”：指标表本身不是列表，它的各行是 {table}.rows；请写成“{table}.rows”"
    if isinstance(exc, (TagMisplaced, TemplateEmpty, RowRagged, TableTooWide)):
        return exc.message
    if isinstance(exc, GroupPrinted):
        return _group_printed(exc.value, exc.name)
    if isinstance(exc, GridBroken) and exc.every_row:
        return (f"生成的第 {exc.table} 张表每一行都占 {exc.width} 列，这张表的 <colgroup> 却是 {exc.columns} 列："
                f"浏览器照样显示，表格线却对不齐；增删了一列的话，<colgroup> 里的 <col> 也要同样增删，"
                f"使 <col> 的个数（含 span）等于每行的格数，再调整各列的 width")
    if isinstance(exc, GridBroken):
        quoted = "“" + " ".join(exc.texts)[:40] + "”" if exc.texts else "（各格都是空的）"
        return (f"生成的第 {exc.table} 张表第 {exc.row} 行{quoted}占了 {exc.width} 列，这张表的 <colgroup> 是 "
                f"{exc.columns} 列：浏览器照样显示，表格线却对不齐（后面的格子错开一列）；请核对这一行各格的 colspan"
                f"（和上面各行跨到这一行的 rowspan），使每行的格数（含 colspan）等于 <colgroup> 的列数")
    if isinstance(exc, ValueMisused):
        return call_slip(str(exc)) or ("把要印出的文字当作数用了（比大小、算术，或 round、sum 这类数的过滤器）：表格的格子（如 r.value）"
                "和规格中的文字是原样印出的文字；判断是否填写写 {% if r.value %}，印出写 {{ r.value }}，"
                "金额合计用 amount_sum 过滤器（如 key_tasks|amount_sum('amount')）")
    if isinstance(exc, CallsItself):
        return ("这里的宏调用了自己（或几个宏互相调用），没有尽头；请检查宏里的调用，"
                "使它在某个条件下不再调用（如 {% if 还有下一层 %}…{% endif %}）")
    if isinstance(exc, ArithmeticFailed):
        return (f"这里的算术做不了（{exc}），如除以零；各规格的数不同，请先用 {{% if %}} 判断"
                "（如 {% if b %}{{ a / b }}{% endif %}），金额合计用 amount_sum 过滤器")
    if isinstance(exc, ValueUnfit):
        return call_slip(str(exc)) or (f"这里的过滤器、函数或方法用不了给它的值或参数（{exc}）；"
                                       "请检查这个标签里括号中的参数和“|”前面的值")
    if isinstance(exc, UnsafeAccess):
        return f"用到的“{exc.name}”不是规格的字段，而是程序内部的属性；{_SANDBOXED}"
    if isinstance(exc, DataChanged):
        changed = "一组字段" if isinstance(exc.owner, dict) else "列表" if isinstance(exc.owner, (list, tuple)) else "这些数据"
        return f"用到的“{exc.name}”会就地改动{changed}；{_READ_ONLY}"
    if isinstance(exc, TemplateRuntimeError) and _SET_ATTRIBUTE in str(exc):
        return f"“{{% set 名字.字段 = … %}}”只能给 namespace() 做的对象赋值，不能改动规格的字段；{_READ_ONLY}"
    if isinstance(exc, TemplateRuntimeError) and syntax_slip(str(exc)):  # a filter or test Jinja looks up as it runs
        return syntax_slip(str(exc))
    if isinstance(exc, FilterArgumentError):  # a filter's argument out of its choices (`round(2, "up")`)
        return call_slip(str(exc)) or f"过滤器的参数不对（{exc}）；请检查“|”后面过滤器括号里的参数"
    if isinstance(exc, (TooLarge, HelperMisused)):
        return exc.said
    if isinstance(exc, (TemplateNotFound, FileNotFoundError)) and not file.parent.exists():  # listed, gone since
        return gone_meanwhile("表样文件夹", "表样文件夹")
    if isinstance(exc, TemplateNotFound) and exc.name == file.name and not file.is_file():  # the form's own, not one it names
        return f"文件不存在（{file}）" + (form_saved_as.beside(file) or f"；每个表样文件夹都要有 {file.name}（HTML 模板），"
                                                                   "可以从复制来的表样文件夹里取一份来改")
    if isinstance(exc, TemplateNotFound):
        return f"找不到它引用的模板“{exc.name}”（在表样文件夹和 _shared 文件夹中找过）"
    if isinstance(exc, TemplateSyntaxError):
        said = _block(exc.message or "", _source(exc, file)) or syntax_slip(exc.message or "")
        if said:
            return said
        return f"标签写得不对（{exc.message}）；检查 {{% %}}、{{{{ }}}} 是否成对，for/if 是否有 endfor/endif"
    if isinstance(exc, FieldMissing) and isinstance(exc.name, int) and isinstance(exc.owner, (list, tuple)):
        return (f"用到的“[{exc.name}]”超出了列表的范围：这里只有 {len(exc.owner)} 项，从 [0] 数起；"
                "各规格的项数不同，请用 {% for %} 逐项印出，或先用 |length 判断有几项")
    if isinstance(exc, FieldMissing) and call_slip(str(exc)):  # a macro's argument not given
        return call_slip(str(exc))
    if isinstance(exc, FieldMissing) and exc.name not in (None, ""):
        return _macro_not_imported(exc, search_path) or _field_missing(exc, names, schema)
    if isinstance(exc, UndefinedError):
        found = _UNDEFINED.search(str(exc))
        name = found and (found["name"] or found["attribute"])
        return (f"用到的“{name}”不是规格或表样配置中的字段；请检查拼写（字段名见 schema）" if name
                else f"用到了没有定义的值（{exc}）")
    if isinstance(exc, ReferenceBroken):  # damage that says where it is, in the words serve says it in
        return exc.said
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, XMLSyntaxError)) or isinstance(exc, KeyError) and "no item named" in str(exc):
        return "不是有效的 Word 文件（.docx）" + (form_saved_as.content_said(file, _script_writes(file)) or "；请用 Word 或 LibreOffice 另存为 .docx")
    if isinstance(exc, FileNotFoundError):
        missing = Path(exc.filename or file)
        return f"文件不存在（{missing}）{_script_writes(missing) or form_saved_as.beside(missing)}"
    return f"模板在生成时出错（{type(exc).__name__}: {exc}）"


def _script_writes(missing: Path) -> str:
    """How to write a missing form.docx whose folder has the script that makes it: a copy whose script was
    edited, the old form.docx deleted, and the script never run was told only that the file did not exist."""
    script = missing.parent / form_script.MAKE_SCRIPT
    if missing.suffix != ".docx" or not script.is_file():
        return ""
    return f"；同一文件夹里的 {script.name} 写出它，请运行 {form_script.run(script)}"


def _source(exc: TemplateSyntaxError, file: Path) -> str:
    """The HTML template's text the syntax error is in; "" for a Word template, whose compiled lines its
    author never sees (its tag checks name the paragraph that opened a block)."""
    return (getattr(exc, "source", None) or "") if file.suffix in (".html", ".htm") else ""


def _block(message: str, source: str = "") -> str:
    """A tag Jinja did not expect, said as what to write: the end of the block still open, or the tag meant.

    Jinja names the tag it met and the innermost block still open, not the line that opened it: an
    `{% if %}` left open inside a loop was reported as an unknown “endfor”, which is spelt right. The
    line that opened the block is read from the template's `source`, when there is one."""
    found = _UNKNOWN_TAG.search(message)
    if not found:
        return ""
    tag = found["tag"]
    open_block = _INNERMOST.search(message)
    block = open_block["block"] if open_block else ""
    opened = opened_at(source, block) if source and block else 0
    unclosed = f"第 {opened} 行的“{{% {block} %}}”没有对应的“{{% end{block} %}}”：" if opened else ""
    if tag is None:
        return f"{unclosed}模板到了末尾，“{block}”还没有结束；请在它要管的内容之后加上“{{% end{block} %}}”"
    # a `{% block %}` or `{% macro %}` the tag stands in is open as it should be; a loop or a condition may not be
    still = f"（这里还没结束的是“{block}”，要以“{{% end{block} %}}”结束）" if block in ("for", "if") else ""
    if block and "nesting mistake" in message:  # an outer block ends with this tag: the inner one is left open
        return (f"{unclosed}“{{% {tag} %}}”之前，“{block}”还没有结束；请先写“{{% end{block} %}}”"
                f"（几个标签套在一起时，先结束里面的一个）")
    if tag in ("else", "elif") and block in ("for", "if"):
        return f"“{{% {tag} %}}”用得不对：这里最里面还没结束的是“{block}”，它要以“{{% end{block} %}}”结束"
    if tag in ("else", "elif"):  # spelt right, outside any if (or for): not to be offered as the tag meant
        return f"“{{% {tag} %}}”前面没有与它配对的“if”" + ("或“for”" if tag == "else" else "")
    if tag.startswith("end") and tag in _TAGS:
        return f"“{{% {tag} %}}”前面没有与它配对的“{tag.removeprefix('end')}”{still}"
    same_letters = [known for known in _TAGS if sorted(known) == sorted(tag)]  # `fro` is `for`, not `from`
    close = same_letters or difflib.get_close_matches(tag, _TAGS, n=1)
    guess = f"是否想写“{close[0]}”？" if close else "请检查拼写（for、if、endfor、endif、else、set……）"
    return f"不认识的标签“{tag}”；{guess}{still}"


def _macro_not_imported(exc: FieldMissing, search_path: Iterable[Path]) -> str:
    """A macro of a shared template (`paras` of macros.html) used without importing it: said as the import
    to write, not as a field missing from the schema."""
    if exc.owner is not None:
        return ""
    defines = re.compile(r"\{%-?\s*macro\s+" + re.escape(exc.name) + r"\s*\(")
    for folder in search_path:
        for shared in sorted(Path(folder).glob("*.htm*")):
            try:
                found = defines.search(shared.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                continue
            if found:
                return (f"“{exc.name}”是 {shared.name} 里的宏，不是字段，用之前要导入；"
                        f"请在模板开头加上“{{% from \"{shared.name}\" import {exc.name} %}}”")
    return ""


def _field_missing(exc: FieldMissing, names: Iterable[str], schema: tuple | None = None) -> str:
    """A misspelt name with the name meant, as the profile's checks offer one; else where the names come from
    and which there are, since a name spelt right but never declared in the schema fails the same way."""
    known = fields_of(exc.owner) if exc.owner is not None else [n for n in names if not n.startswith("_")]
    said = f"用到的“{exc.name}”不是规格或表样配置中的字段"
    if isinstance(exc.owner, dict) and exc.name in exc.owner:  # `basic_info|attr("staff_count")`: not a key's reader
        return (f"“{exc.name}”是这一组字段里的名字，attr 过滤器却读不到它（attr 读的是对象的属性，不是字段）；"
                f"请不用 attr，写成“.{exc.name}”")
    close = meant(str(exc.name), [name for name in known if name != str(exc.name)])  # `budget[0]`: a key is no index
    if exc.owner is not None and exc.name in names:  # `basic_info.unit`, where unit is read at the top
        return f"{said}：{_top_or_declared(exc, names, schema)}"
    dropped = undeclared(str(exc.name), close)
    if dropped:
        return f"{said}：{dropped}"
    if close:
        return f"{said}；是否想写“{close}”？"
    listed = "、".join(known[:12]) + ("……" if len(known) > 12 else "")
    return (f"{said}；请检查拼写，或在表样的 schema 里声明这个字段（模板能用的字段都由 schema 声明）"
            + (f"；这里可以写：{listed}" if listed else ""))


def _top_or_declared(exc: FieldMissing, names, schema: tuple | None) -> str:
    """Both readings of a group's name that only the top level holds (`r.unit` in an indicator row): the top-level
    field, printed alike in every row, or a field of the group's own the schema has yet to declare, and where."""
    dotted = group_path(names, exc.owner) if schema is not None and isinstance(names, dict) else None
    each = bool(dotted) and dotted[-1] == "*"  # a list's items: the top-level value is printed alike in each
    top = (f"“{exc.name}”不在这一组字段里，而在顶层：要印顶层的“{exc.name}”"
           f"{'（每一项都印同一个值）' if each else ''}，请直接写“{exc.name}”")
    if not dotted:
        return f"{top}；要这一组有自己的“{exc.name}”，请在表样的 schema 里这一组的 properties 中声明它"
    own = f"{group_name(*schema, dotted)}{'各' if each else '里'}有自己的“{exc.name}”"
    return (f"{top}；要{own}，请在 {declared_at(*schema, dotted)} 的 properties 中声明它"
            f"（必填的还要写进同一层的 required，并在 errorMessage 里列出）")


def fields_of(owner) -> list[str]:
    """The names a template can read from `owner`: a dict's keys, an object's public attributes (a row's
    columns, a cell's text and span), none of its methods."""
    if isinstance(owner, dict):
        return [str(key) for key in owner]
    if hasattr(owner, "__dict__"):  # a row, an indicator table: in the schema's order
        return [name for name in vars(owner) if not name.startswith("_")]
    if isinstance(owner, (str, Number, list, tuple)):  # a value's own attributes are no fields (Decimal.real)
        return []
    return [name for name in dir(owner) if not name.startswith("_") and not callable(getattr(owner, name, None))]


def _group_printed(value, name: str) -> str:
    """Why `{{ budget }}` cannot be printed, and what to write instead."""
    shown = f"“{name}”" if name else "的值"
    if isinstance(value, (list, tuple)):
        return f"印出{shown}是一个列表（{len(value)} 项），不是一个值；请用 {{% for %}} 逐项印出其中的字段"
    fields = list(value) if isinstance(value, dict) else [] if callable(value) else list(getattr(value, "__dict__", ()))
    fields = [str(key) for key in fields if not str(key).startswith("_")]
    if fields:  # a mapping, an indicator table, a row
        listed = "、".join(fields[:4]) + ("……" if len(fields) > 4 else "")
        example = f"{name or '…'}.{fields[0]}"
        return (f"印出{shown}是一组字段（{listed}），不是一个值；请写 {example} 这样的字段，"
                f"或用 {{% for %}} 逐项印出")
    return f"印出{shown}不是文字或数字，印到表上会是程序内部的写法；请印出它的一个字段"


def _line(exc: BaseException) -> int:
    """The template line Jinja names: the syntax error's own, or the deepest traceback frame in a template."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.lineno or 0
    if isinstance(exc, NameUnknown):  # found without rendering: no traceback
        return exc.line
    lines = [tb.tb_lineno for tb in _frames(_origin(exc))
             if tb.tb_frame.f_code.co_filename.endswith((".html", ".htm", "<template>"))]
    return lines[-1] if lines else 0


def _printing(file: Path, chunks: list[str], above: str = "") -> tuple[int, int]:
    """The line and column of the template that prints the first of a rendered row's texts written in it
    (a label such as 项目属性; a spec's value is not), or of the nearest `above` at or above that line (the
    table's `<colgroup`); (0, 0) if none is."""
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0, 0
    for chunk in chunks:
        for number, text in enumerate(lines, 1):
            if chunk in text:
                return _above(lines, number, above) if above else (number, text.index(chunk) + 1)
    return 0, 0


def _above(lines: list[str], number: int, wanted: str) -> tuple[int, int]:
    """The line and column of the nearest `wanted` at or above line `number`; (number, 1) if there is none."""
    for at in range(number, 0, -1):
        if wanted in lines[at - 1]:
            return at, lines[at - 1].index(wanted) + 1
    return number, 1


def located(file: Path, line: int, name: str, source: str | None) -> tuple[int, int, str]:
    """Where a warning about `name`, read on `line` of a template, points: the line and column in an HTML
    template, with ""; in a Word template, whose lines mean nothing to its author, (0, 0) and the paragraph
    said as a build's errors say it (`source` is the Jinja text the Word template compiled to)."""
    if file.suffix == ".docx":
        return 0, 0, _paragraph(source, line, file, name)
    return line, _column(file, line, name), ""


def _column(file: Path, line: int, name: str | None) -> int:
    """The column of `name`, what the error is about (a misspelt field, a group printed whole, a missing
    template), in the tag on the template's `line` (an HTML row is one long line of cells), where Jinja gives
    the line only; 1 when there is no name or it is not found there."""
    try:
        text = file.read_text(encoding="utf-8").splitlines()[line - 1] if name else ""
    except (OSError, UnicodeDecodeError, IndexError):
        text = ""
    found = re.search(r"\{[{%][^}]*?(?<![\w])(" + re.escape(name) + r")(?!\w)", text) if name else None
    return found.start(1) + 1 if found else 1


def _paragraph(source: str | None, line: int, file: Path, name: str | None = None) -> str:
    """The text of the Word paragraph at a line of the compiled template (one paragraph per line), and
    the header or footer it is in, named on the line that starts that part (see render_docx). In the
    body, the paragraph as the author typed it and the table cell it is in: a tag such as `{{ r.valeu }}`
    may stand in several tables, and the author looks for it in Word by table, row and cell, as the tag
    checks name them. `name` is the field the error is about, if it is one."""
    lines = (source or "").splitlines()
    if not 0 < line <= len(lines):
        return ""
    text = html.unescape(re.sub(r"<[^>]+>", "", lines[line - 1])).strip()
    story = next((above.strip(PART_BREAK) for above in reversed(lines[:line]) if above.startswith(PART_BREAK)), "")
    place = None if story or not text else _place(file, text, name)
    if place is not None and place.text.strip():
        return f"；出错的段落：“{place.text.strip()[:60]}”" + (f"（{place}）" if place.table_number else "")
    return f"；出错的{story}段落：“{text[:60]}”" if text else ""


def _place(file: Path, text: str, name: str | None):
    """The paragraph of the template's body that the compiled line `text` came from; None if none can be read."""
    from docx import Document

    from .docx_tags import located

    try:
        return located(Document(str(file)).element.body, text, name)
    except (*BROKEN, *zip_damage.DAMAGE):
        return None
