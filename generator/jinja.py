"""The one Jinja configuration both renderers share: sandboxed, strict, escaping, with the form filters.

A form's templates come from a unit's repository, so a pull request can change them, and `jixiao build`
runs them in CI and on the reviewer's machine: they run in Jinja's sandbox, where reading spec fields,
the form's filters and macros work and Python's internals (`__class__`, `__globals__`) are refused.
The sandbox is the immutable one: the title, the file name, the Word and the HTML template read one
view model in turn, so a template that changed it in place (`key_tasks.append(…)`, `budget.update(…)`)
made the next one fail far from the cause, or the two forms differ with no error.
StrictUndefined makes a misspelt variable in a template an error instead of a blank cell.
Spec text is always data: it is escaped on output and never evaluated as a template.
"""
from __future__ import annotations

import types
from collections.abc import Mapping
from functools import lru_cache, partial
from numbers import Number
from pathlib import Path

import jinja2
from jinja2.compiler import CodeGenerator
from jinja2.loaders import split_template_path
from jinja2.sandbox import (MAX_RANGE, ImmutableSandboxedEnvironment, SandboxedEnvironment, SecurityError,
                            modifies_known_mutable, safe_range)
from jinja2.utils import missing

from . import jinja_widths
from .cells import Cell, amount_sum, paragraphs
from .file_encoding import encoding_slip


# Private-use characters mark cells for the Word merge pass; no spec text can hold them
# (validate refuses private-use characters: TEXT-CONTROL-CHAR), and the pass removes them.
MERGE_START = "\ue000"
MERGE_CONTINUE = "\ue001"
MERGE_KEEP = "\ue002"  # continues a merge, and its row stays on the page of the row above
PART_BREAK = "\ue003"
"""Around the name of a header or footer (页眉, 页脚) where its text follows the body's in the one Jinja text
of a Word template."""


def vertical_merge(cell) -> str:
    """Mark a Cell for the Word merge pass: opening a merge, or continuing one (text dropped)."""
    if isinstance(cell, Cell) and not cell.first:
        return MERGE_KEEP if cell.keep else MERGE_CONTINUE
    return MERGE_START + str(cell)


class UnsafeAccess(SecurityError):
    """A template reached for what the sandbox keeps from it (`''.__class__`, `cycler.__init__`).
    `name` is the attribute, so the error can point at it in the template's line."""

    def __init__(self, message: str, name: str):
        super().__init__(message)
        self.name = name


class DataChanged(SecurityError):
    """A template reached for a method that changes a list or a dict in place (`rows.pop`, `budget.clear`).
    The immutable sandbox refuses those of list, dict, set and deque (and their abc kinds), which is all the
    view model holds that has any: its rows, tables and cells (model.py, cells.py) have no such method, and
    no template can assign their attributes. `name` is the method, `owner` what it was reached on."""

    def __init__(self, message: str, name: str, owner):
        super().__init__(message)
        self.name, self.owner = name, owner


class TooLarge(SecurityError):
    """What a template asked for is larger than any form needs and would take the build's memory or time:
    `range(200000)`, `"x" * 10**10`, `10**10**10`, `unit.zfill(10**9)` (jinja_widths). `said` says it in Chinese.
    The sandbox caps only range(), with an OverflowError, which is no TemplateError and was an internal error."""

    def __init__(self, said: str):
        super().__init__(said)
        self.said = said


class HelperMisused(jinja2.TemplateRuntimeError):
    """One of jixiao's template-facing helpers (range, the amount_sum filter) given what it cannot take:
    `range(1, 5, 0)`, `unit|amount_sum("x")`. The template's slip, said in Chinese by `said`; Python's
    ValueError or AttributeError from inside jixiao's code was taken for jixiao's bug (exit 4)."""

    def __init__(self, said: str):
        super().__init__(said)
        self.said = said


MAX_POWER_BITS = 4096  # a power larger than 10**1000 prints on no form


def _range(*args):
    """The sandbox's capped range, its refusal said as the template's error."""
    try:
        return safe_range(*args)
    except OverflowError as exc:
        raise TooLarge(f"range 最多 {MAX_RANGE} 项；要逐项印出规格里的列表，"
                       "请写 {% for x in 列表 %}") from exc
    except ValueError as exc:  # the only one range() raises: a step of zero
        raise HelperMisused("range 的步长（第三个参数）不能是 0；如 range(1, 5, 1) 或 range(1, 5)") from exc


def _amount_sum(items, key):
    """amount_sum, its refusal of anything but a list of entries said as the template's error."""
    if not isinstance(items, (list, tuple)) or not all(isinstance(item, Mapping) for item in items):
        raise HelperMisused("amount_sum 合计的是一个列表各项的某一金额字段（如 key_tasks|amount_sum('amount')）："
                            "“|”前面要是规格中的列表，各项是一组字段；这里给的不是")
    return amount_sum(items, key)


def _too_large(operator: str, left, right) -> str | None:
    """Why `left operator right` is refused, or None: a text or list repeated past MAX_RANGE items, an integer
    power past MAX_POWER_BITS bits (`10**10**10` would compute for hours), or a text formatted with `%` to a width
    past MAX_RANGE (jinja_widths)."""
    if operator == "*":
        for times, repeated in ((left, right), (right, left)):
            if isinstance(times, int) and isinstance(repeated, (str, list, tuple)) \
                    and len(repeated) * times > MAX_RANGE:
                return f"“*”重复出的文字或列表最多 {MAX_RANGE} 项（字）"
    elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1 and right > 0:
        if left.bit_length() * right > MAX_POWER_BITS:
            return "“**”算出的数太大，表上印不出；请检查这个算式"
    elif operator == "%" and isinstance(left, str):
        return jinja_widths.printf_said(left, right)
    return None


def _capped_filter(name: str, render, value, *args, **kwargs):
    """A Jinja filter that pads a text (center, indent) or formats it with `%` (format), refusing past MAX_RANGE;
    given to the environment with its first two arguments bound."""
    said = jinja_widths.printf_said(str(value), kwargs or args) if name == "format" else \
        jinja_widths.padding_said(name, str(value), args, kwargs)
    if said:
        raise TooLarge(said)
    return render(value, *args, **kwargs)


def _padded(method, *args, **kwargs):
    """A text's padding method (jinja_widths.PADDING) called by a template, refusing a width past MAX_RANGE."""
    said = jinja_widths.padding_said(method.__name__, method.__self__, args, kwargs)
    if said:
        raise TooLarge(said)
    return method(*args, **kwargs)


def _formatted(env, method, formatted, *args, **kwargs):
    """A text's format or format_map (`method`) called by a template, made by the sandbox's `formatted` after its
    fields' specs are read (jinja_widths.SpecReader), refusing a width or precision past MAX_RANGE."""
    reader = jinja_widths.SpecReader(env)
    try:
        if method.__name__ == "format":
            reader.vformat(method.__self__, args, kwargs)
        elif len(args) == 1 and not kwargs:  # format_map's own TypeError otherwise, from `formatted`
            reader.vformat(method.__self__, (), args[0])
    except Exception:  # noqa: BLE001 -- `"{0}".format()`: raised again by `formatted`, said as the slip it is
        pass
    if reader.said:
        raise TooLarge(reader.said)
    return formatted(*args, **kwargs)


class _SetLinesMarked(CodeGenerator):
    """Jinja's code, with `{% set budget.basic = 5 %}`'s check that `budget` is a namespace() on the set's own line.

    Jinja writes that check before it marks the line, so its error named the line of the statement above
    (for a Word template, quoted another paragraph)."""

    def visit_Assign(self, node, frame):
        self.newline(node)
        super().visit_Assign(node, frame)


class _FieldsFirst(ImmutableSandboxedEnvironment):
    """`budget.values` is the spec's field `values`, not the dict method of that name.

    Jinja looks a dotted name up as an attribute first, so a schema field called `values`, `items`,
    `keys` or `get` printed "<built-in method …>" on the form, with no error. A field read from the
    spec's dict is data, so it needs no check; anything else goes through the sandbox's `getattr`.
    """

    code_generator_class = _SetLinesMarked
    intercepted_binops = frozenset({"*", "**", "%"})  # see _too_large; Jinja then folds no such constant at compile time

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.globals["range"] = _range
        for name in ("center", "indent", "format"):
            self.filters[name] = partial(_capped_filter, name, self.filters[name])

    def wrap_str_format(self, value):
        """The sandbox's str.format and format_map, and a text's padding methods (jinja_widths.PADDING), each as a
        call that refuses a width past MAX_RANGE (TooLarge): both attribute and item access (`unit['zfill']`) ask
        here for what a text's method is to be."""
        if not isinstance(value, (types.MethodType, types.BuiltinMethodType)) or not isinstance(value.__self__, str):
            return None
        if value.__name__ in jinja_widths.PADDING:
            return partial(_padded, value)
        formatted = super().wrap_str_format(value)
        return None if formatted is None else partial(_formatted, self, value, formatted)

    def _parse(self, source, name, filename):
        """Jinja's parse, a call naming one argument twice (`paras(text=a, text=b)`) refused as the syntax
        error it is: Jinja let it through to Python's compiler, whose SyntaxError was an internal error."""
        template = super()._parse(source, name, filename)
        for call in template.find_all((jinja2.nodes.Call, jinja2.nodes.Filter, jinja2.nodes.Test)):
            keys = [pair.key for pair in call.kwargs]
            twice = next((key for key in keys if keys.count(key) > 1), None)
            if twice is not None:
                raise jinja2.TemplateSyntaxError(f"keyword argument repeated: {twice}", call.lineno, name, filename)
        return template

    def call_binop(self, context, operator, left, right):
        said = _too_large(operator, left, right)
        if said:
            raise TooLarge(said)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj, attr, value):
        """The immutable sandbox's check that no method changes a list or a dict is asked of methods only: a
        value that is no method changes nothing, and asking it of every cell read (four abc isinstance checks
        each) was a seventh of an HTML form's render time."""
        if callable(value):
            return super().is_safe_attribute(obj, attr, value)
        return SandboxedEnvironment.is_safe_attribute(self, obj, attr, value)

    def getattr(self, obj, attribute):
        if isinstance(obj, dict) and attribute in obj:
            return obj[attribute]
        return super().getattr(obj, attribute)

    def unsafe_undefined(self, obj, attribute):
        """Refused at once, not as the sandbox's undefined value: that one fails only when printed, and
        `is defined` or `|default` would let a template probe what is there without an error."""
        if modifies_known_mutable(obj, attribute):
            raise DataChanged(f"{attribute!r} would change a {type(obj).__name__!r} object", attribute, obj)
        raise UnsafeAccess(f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe",
                           attribute)


TEMPLATE_CALLS = frozenset({_capped_filter.__code__, _padded.__code__, _formatted.__code__,
                            _FieldsFirst.call_binop.__code__})
"""jixiao's functions that only check a call a template makes and make it: a ValueError or LookupError raised through
them (`'%(a)s' % {}`, `'{0}'.format()`) is the template's slip, not jixiao's bug (template_errors._in_template)."""


class FieldMissing(jinja2.UndefinedError):
    """A template read a name its data does not hold. `owner` is what the name was read from (a dict of
    the spec, an indicator row, a cell), None for a name at the top: the error can then offer the
    names that are there (`project_nmae` → `project_name`) rather than only the one that is not."""

    def __init__(self, message: str, name: str | None = None, owner=None):
        super().__init__(message)
        self.name, self.owner = name, owner


class _Strict(jinja2.StrictUndefined):
    """StrictUndefined whose error keeps the name and what it was read from (see FieldMissing)."""

    __slots__ = ()

    def __init__(self, hint=None, obj=missing, name=None, exc=jinja2.UndefinedError):
        if exc is jinja2.UndefinedError:
            exc = partial(FieldMissing, name=name, owner=None if obj is missing else obj)
        super().__init__(hint, obj, name, exc)


class GroupPrinted(jinja2.TemplateError):
    """A template printed a group of fields or a list (`{{ budget }}`) where it meant one field or a
    loop: Python's own rendering of it would stand on the form. `name` is where the data holds it."""

    def __init__(self, value, name: str):
        self.value, self.name = value, name
        super().__init__(f"printed {type(value).__name__} {name!r}")


@jinja2.pass_context
def _printable(context, value):
    """What a `{{ }}` prints, passed through; a group of fields or a list is refused.

    Printed as it was, `{{ budget }}` put `{'total': Decimal('1268.40'), …}` on the form and a list
    `[…]`, with no error: the template meant one of its fields, or a loop over it."""
    if value is None or isinstance(value, (str, Number, Cell, jinja2.Undefined)):
        return value
    raise GroupPrinted(value, _name_of(value, context.get_all()))


def _name_of(value, names: dict) -> str:
    """Where the context holds `value` (`budget`, `indicators.rows[0]`), the shortest way; "" if nowhere."""
    todo, seen = list(names.items()), set()
    for path, held in todo:
        if held is value:
            return path
        if id(held) in seen:
            continue
        seen.add(id(held))
        if isinstance(held, dict):
            todo += [(f"{path}.{key}", item) for key, item in held.items()]
        elif isinstance(held, list):
            todo += [(f"{path}[{index}]", item) for index, item in enumerate(held)]
        elif hasattr(held, "__dict__") and not callable(held):  # an indicator table, a row
            todo += [(f"{path}.{key}", item) for key, item in vars(held).items()]
    return ""


class TemplateNotUtf8(jinja2.TemplateError):
    """A template file that is not UTF-8, which is all Jinja reads (Notepad and WPS save as GBK or UTF-16
    unless told otherwise). `file` is the one that failed (form.html, or a macro file it imports), `line`,
    `column` and `said` where and why, and how to save it again (see file_encoding)."""

    def __init__(self, file: Path, bad_byte: int):
        self.file = file
        self.line, self.column, self.said = encoding_slip(file.read_bytes(), bad_byte)
        super().__init__(f"{file}: not UTF-8 at byte {bad_byte}")


class _Utf8Files(jinja2.FileSystemLoader):
    """Jinja's loader, a file it cannot read as UTF-8 raised as TemplateNotUtf8 naming it.

    Jinja let the UnicodeDecodeError through, naming no file: which of the form's templates was at
    fault could only be guessed, and a UnicodeDecodeError from anywhere else in rendering looked the same."""

    def get_source(self, environment, template):
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as exc:
            raise TemplateNotUtf8(self._file(template), exc.start) from None

    def _file(self, template: str) -> Path:
        """The file the loader found `template` in: the first folder of the search path holding it."""
        pieces = split_template_path(template)
        return next(path for folder in self.searchpath for path in [Path(folder, *pieces)] if path.is_file())


SYNTAX = jinja2.Environment()
"""Jinja's own syntax, nothing of jixiao's: to lex or parse a template's tags without rendering it (a stray
brace, the block left open, a Word form's pattern). Every environment here reads tags alike."""


def make_env(search_path: list[Path]) -> jinja2.Environment:
    """The environment both renderings use. It always escapes: a spec's `&` or `<` is text in the Word XML and
    in the HTML alike, never markup."""
    env = _FieldsFirst(
        loader=_Utf8Files([str(p) for p in search_path]),
        autoescape=True,
        undefined=_Strict,
        keep_trailing_newline=True,
        finalize=_printable,
    )
    env.filters.update(paragraphs=paragraphs, vm=vertical_merge, amount_sum=_amount_sum)
    env.globals.update(merge_start=MERGE_START, merge_continue=MERGE_CONTINUE, merge_keep=MERGE_KEEP)
    return env


def read_paths(pattern: str) -> list[str]:
    """The dotted paths a profile's text pattern reads from the spec, wherever it reads them (printed,
    in a filter, an `{% if %}`): `key_tasks[0].name` is `key_tasks.*.name`, listed after `key_tasks`
    and `key_tasks.*`, each once. The profile check looks each up in the form's schema: a misspelt
    `budget.basc` is named at the profile's line, not at every spec's build. A method called on a value
    (`unit.strip()`) is no field, and a path ends at a step not written out (`key_tasks[i]`).
    TemplateSyntaxError when it is no pattern (`{{ unit }`, an unknown filter)."""
    from jinja2 import meta, nodes

    template = _TEXT_ENV.parse(pattern)
    free = meta.find_undeclared_variables(template) - set(_TEXT_ENV.globals)  # not a loop's or a set's names
    called = {id(call.node) for call in template.find_all(nodes.Call)}
    found = [steps for node in template.find_all((nodes.Name, nodes.Getattr, nodes.Getitem)) if id(node) not in called
             for steps in [path_steps(node)] if steps and steps[0] in free]
    return list(dict.fromkeys(".".join(steps) for steps in sorted(found, key=len)))


@lru_cache(maxsize=256)
def pattern_names(pattern: str) -> frozenset[str]:
    """The names a profile's text pattern looks up in its context (`unit`, `year`; a global such as `range` too, which
    a field of that name would hide), parsed once per process: `model.named` gives the title and the file name only
    these of a spec's fields, where the whole view model cost every spec validated together its tables."""
    from jinja2 import meta

    return frozenset(meta.find_undeclared_variables(_TEXT_ENV.parse(pattern)))


def loading_tag(pattern: str) -> str:
    """The first tag of a profile's text pattern that loads another template (`include`, `import`, `extends`), ""
    when none: a title or a file name is made from the spec's fields by an environment with no templates to load,
    so such a tag stopped validate and build of every spec with an internal error (no loader)."""
    from jinja2 import nodes

    kinds = {nodes.Include: "include", nodes.Import: "import", nodes.FromImport: "import", nodes.Extends: "extends"}
    found = next(_TEXT_ENV.parse(pattern).find_all(tuple(kinds)), None)
    return kinds[type(found)] if found is not None else ""


def printed_paths(pattern: str) -> list[str]:
    """The dotted paths a profile's text pattern prints as they are (`{{ budget }}` → `budget`,
    `{{ key_tasks[0].name }}` → `key_tasks.*.name`), so the profile check can refuse a group of
    fields or a list, which would put Python's rendering of it into the title and the file name.
    A path that passes through a filter, a call or a loop's own variable is not one of them."""
    from jinja2 import nodes

    template = _TEXT_ENV.parse(pattern)
    bound = {name.name for name in template.find_all(nodes.Name) if name.ctx != "load"}
    found = []
    for output in template.find_all(nodes.Output):
        for node in output.nodes:
            steps = path_steps(node)
            if steps and steps[0] not in bound:
                found.append(".".join(steps))
    return found


def path_steps(node, by_name: bool = False) -> list[str]:
    """`budget.total` as ["budget", "total"], `key_tasks[0]` as ["key_tasks", "*"]; [] for anything else.
    `by_name`: a subscript by a name as written, `v[f]` as ["v", "[f]"] (a probe of it is matched by the name,
    whatever text it holds), where otherwise the path is none."""
    from jinja2 import nodes

    if isinstance(node, nodes.Name):
        return [node.name]
    if isinstance(node, nodes.Getattr):
        inner = path_steps(node.node, by_name)
        return [*inner, node.attr] if inner else []
    if isinstance(node, nodes.Getitem) and by_name and isinstance(node.arg, nodes.Name):
        inner = path_steps(node.node, by_name)
        return [*inner, f"[{node.arg.name}]"] if inner else []
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        inner = path_steps(node.node, by_name)
        key = node.arg.value
        step = "*" if isinstance(key, int) else key if isinstance(key, str) else None
        return [*inner, step] if inner and step else []
    return []


def render_pattern(pattern: str, context: dict) -> str:
    """A profile's text pattern (title, file name) rendered as plain text, not markup."""
    return _text_template(pattern).render(context)


@lru_cache(maxsize=256)
def _text_template(pattern: str) -> jinja2.Template:
    """A pattern compiled once per process (bounded: serve outlives edits of a profile): a form has a few, and each
    spec's title and file name compiled them again, two jinja compiles per spec, 4% of validating 300 specs."""
    return _TEXT_ENV.from_string(pattern)


_TEXT_ENV = _FieldsFirst(undefined=jinja2.StrictUndefined, autoescape=False)
