"""Stage 1: read a spec file into a tree that still knows where every node came from.

ruamel.yaml's round-trip mode keeps line and column on every mapping and sequence, so
every later stage can point at `file:line:column`. Scalars are read the way a person meant
them, never the way YAML 1.1 or a float would:

- `610.85`, `0.00`, `2000` become `Decimal`/`int` from the text as typed (precision kept);
- `2022-01-05`, `08`, `1_000`, `0x1F`, `1e3` stay the text the author typed, so a money
  field holding them gets a schema message instead of a silent reinterpretation;
- `no`, `on`, `yes` are text (YAML 1.2).

Any file that cannot be read becomes a Problem with a location, never an exception.

Speed: the text is parsed once by ruamel's C-backed safe loader (with the same as-typed number
rules); its node tree is kept, since its start marks locate problems without a second parse.
The slower round-trip parser runs only when the fast parse fails and the exact error must be found.
"""
from __future__ import annotations

import os
import re
import warnings
from functools import cached_property
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, MaxDepthExceededError
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor, SafeConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent, StreamEndEvent
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver

from . import block_ends, refused_marks, two_parsers
from .errors import os_reason, unread_reason
from .dashless_items import dashless_items
from .datapath import json_path
from .file_encoding import control_char_words, encoding_slip, replacement_lines
from .indent_slips import indent_slip, text_read_as_key
from .key_names import KeyNames
from .long_paths import refused_length
from .list_item_slips import new_item
from .problems import Problem, Severity, clipped
from .quote_slips import quote_slip, swallowed_lines
from .spec_files import NOTEPAD_SUFFIX, TOO_BIG, capped_bytes, checked_out_link, spec_suffix, tracked_as_link, unopenable
from .syntax_slips import amount_units, other_slips, syntax_slip
from .space_indents import placed, space_indents
from .tab_indents import tab_indents
from .yaml_lines import line_column, split_lines, without_comment

if TYPE_CHECKING:
    from .variants import Catalog

_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_DECIMAL = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)")


def _typed_int(text: str) -> int | str:
    """A plain value the resolver reads as a whole number, as jixiao keeps it: a number typed as one, else text."""
    return int(text) if _PLAIN_INT.fullmatch(text) else text


def _typed_decimal(text: str) -> Decimal | str:
    """A plain value the resolver reads as a fraction, as jixiao keeps it: an exact Decimal, else its text."""
    return Decimal(text) if _PLAIN_DECIMAL.fullmatch(text) else text


class _AsTyped:
    """Constructor methods whose numbers keep the author's text."""

    def construct_as_typed_int(self, node):
        return _typed_int(node.value)

    def construct_as_typed_float(self, node):
        return _typed_decimal(node.value)

    def construct_as_typed_timestamp(self, node):
        return node.value


class _RoundTripAsTyped(_AsTyped, RoundTripConstructor):
    pass


class _SafeAsTyped(_AsTyped, SafeConstructor):
    pass


for _constructor in (_RoundTripAsTyped, _SafeAsTyped):
    _constructor.add_constructor("tag:yaml.org,2002:int", _AsTyped.construct_as_typed_int)
    _constructor.add_constructor("tag:yaml.org,2002:float", _AsTyped.construct_as_typed_float)
    _constructor.add_constructor("tag:yaml.org,2002:timestamp", _AsTyped.construct_as_typed_timestamp)


class _Yaml12Resolver(VersionedResolver):
    """YAML 1.2 resolution, fixed: the stock resolver looks the version up, through two caught
    AttributeErrors, for every scalar, a quarter of the fast parse of a spec."""

    processing_version = (1, 2)


_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
_TEXT_TAG = "tag:yaml.org,2002:str"


def read_as_number(text: str) -> int | float | None:
    """The number a YAML 1.2 tool that does not keep numbers as typed (an editor, a script exporting the spec to
    Excel) reads a plain value as, which jixiao keeps as text (`012001` → 12001, `1e3` → 1000.0, `.inf`);
    None for a value no one reads as a number. Decided by the resolver the fast loader reads with, whose tags are
    also what fmt quotes such a value in a text field by; the number is built by ruamel's stock constructor."""
    if str(_Yaml12Resolver().resolve(ScalarNode, text, (True, False))) not in _NUMBER_TAGS:
        return None
    try:
        number = YAML(typ="safe", pure=True).load(text)
    except (YAMLError, *_VALUE_ERRORS):
        return None
    return number if isinstance(number, (int, float)) and not isinstance(number, bool) else None


class _DepthComposer(Composer):
    """The exact parser's composer, refusing the first node nested deeper than MAX_DEPTH where that node starts, as
    `_too_deep` finds it in the fast parser's data. ruamel's own `max_depth` counts a mapping's keys as nodes a level
    down, so it stopped at the too-deep node's key, a line above where the fast parser's data pointed, and which of
    the two pointed depended on text elsewhere (a comment of a thousand dashes, see `_may_nest_deeper`)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        key = isinstance(parent, MappingNode) and index is None  # composed before its value, at the value's depth
        if self.depth > MAX_DEPTH and not key:  # self.depth is the node's number of steps from the root
            raise MaxDepthExceededError(None, None, f"nested deeper than {MAX_DEPTH}", self.parser.peek_event().start_mark)
        return super().compose_node(parent, index)


def _yaml(fast: bool = False) -> YAML:
    """The fast loader (C-backed when ruamel.yaml.clib is installed) or the locating round-trip one."""
    yaml = YAML(typ="safe", pure=False) if fast else YAML(typ="rt", pure=True)
    yaml.Constructor = _SafeAsTyped if fast else _RoundTripAsTyped
    if fast:
        yaml.Resolver = _Yaml12Resolver
    else:
        yaml.Composer = _DepthComposer
    yaml.allow_duplicate_keys = False
    # the root is depth 1, its key 2: past a too-deep node's key (a flow `{[…]: x}` nesting keys in keys) all is refused
    yaml.max_depth = MAX_DEPTH + 2
    return yaml


def _parse_fast(text: str) -> tuple[Any, Node | None]:
    """The data and the node tree it was built from, from one pass of the fast parser."""
    yaml = _yaml(fast=True)
    constructor, parser = yaml.get_constructor_parser(text)
    try:
        node = constructor.composer.get_single_node()
        return (None if node is None else constructor.construct_document(node)), node
    finally:
        parser.dispose()


@dataclass
class Spec:
    """A loaded spec: its data (None when unreadable), its text, and what went wrong reading it."""

    path: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    text: str = ""
    _tree: Any = field(default=None, repr=False)
    _keys: dict = field(default_factory=dict, repr=False)
    """Each mapping node's entries by key, once `locate` went through it (see `position`)."""
    _texts: tuple = field(default=(None, ()), repr=False, compare=False)
    """The data `texts` last walked, and what it found there."""

    @cached_property
    def lines(self) -> list[str]:
        """The text's lines as the parser counts them (see yaml_lines). Kept, since rules look up a line for
        every value they read."""
        return split_lines(self.text)

    def locate(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the node at `path` (see `position`).

        Positions come from the node tree kept from loading: the fast parser's, or the round-trip
        parser's when the fast one failed.
        """
        return position(self._tree, path, key, self._keys)

    def texts(self) -> tuple[tuple[tuple, str], ...]:
        """Every text of the data with its path (iter_strings), walked once: validate's rules, its placeholders, the
        garbling check and lint's rules each read them all, and walked the tree a dozen times a spec. Walked again
        when `data` is another object (load sets it once read); a spec's data is read, never edited in place."""
        walked, found = self._texts
        if walked is not self.data:
            found = tuple(iter_strings(self.data))
            self._texts = (self.data, found)
        return found

    def printed_data(self) -> Any:
        """The data as the forms print it: each `|` or `>` block without its closing line break (see block_ends)."""
        return block_ends.printed(self.data, self._tree)

    def typed(self, path: tuple) -> tuple[int, int, str]:
        """(line, column) of a value and what the file holds from there to the end of its line: how it was
        typed (`007`, `[重点]`, `"≥95%"  # 注释`), which the data alone no longer says."""
        line, column = self.locate(path)
        lines = self.lines
        return line, column, lines[line - 1][column - 1:] if 0 < line <= len(lines) else ""

    def place(self, path: tuple, text: str, at: int) -> tuple[int, int]:
        """1-based (line, column) of `text[at]`, `text` the value at `path`, where it was typed: on the value's line
        (after an opening quote), or on its own line of a `|` block, whose lines the text holds as typed, one for
        one (not on the `|` line, which a message about one line of a long block would leave to be searched). The
        value's own place where it cannot be told (typed as an escape, or folded over lines)."""
        line, column, typed = self.typed(path)
        start = typed.find(text)
        if start >= 0:
            return line, column + start + at
        if typed.startswith("|"):
            below = text.count("\n", 0, at)  # the block's lines begin on the line after the `|`
            content = self.lines[line + below] if line + below < len(self.lines) else ""
            piece = text[text.rfind("\n", 0, at) + 1:at + 1]
            found = content.find(piece)
            if found >= 0:
                return line + below + 1, found + len(piece)
        return line, column


WHOLE_FILE = (0, 0)
"""The line and column of a problem about the whole file (not there, unreadable, empty, no mapping): none, written
`文件: 错误[代码]` as README says, which the VS Code tasks `init` writes match as a problem of the file and GitHub
annotates on the file. `1:1` read as a place to look at, and sent the editor to a file that is not there."""


def _problem(path: str, line: int, column: int, code: str, message: str) -> Problem:
    return Problem(path, line, column, Severity.ERROR, code, message)


_TRANSLATIONS = [
    (re.compile(r"mapping values are not allowed here"), "此处不能出现“: ”；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"found undefined alias|found undefined anchor"), "引用了未定义的锚点"),
    (re.compile(r"expected <block end>, but found"), "缩进不一致：这一行的缩进与上面同一层级的行不对齐"),
    (re.compile(r"could not find expected ':'"), "缺少“:”：键和值之间要用英文冒号加空格分隔"),
    (re.compile(r"found unexpected end of stream"), "文件意外结束：引号或括号没有闭合"),
    (re.compile(r"found unknown escape character"), "双引号内有无效的转义符（\\）；如需反斜杠请写成 \\\\"),
    (re.compile(r"while scanning a quoted scalar"), "引号没有闭合"),
    (re.compile(r"sequence entries are not allowed"), "此处不能开始列表（-）：请检查缩进；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"expected alphabetic or numeric character"),
     "“&”“*”在 YAML 中有特殊含义（锚点、别名）；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"expected the node content, but found '(?P<found>.)'"),
     "这里应是一个值，却以“{found}”开头；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"expected (?:a comment or a line break|chomping or indentation indicators)"),
     "“|”“>”表示多行文字，其后应直接换行；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"expected '<document start>'"), "这里多出了内容，文件的主体已在前面结束：请检查上面的引号、括号是否配对"),
    (re.compile(r"mapping keys are not allowed"), "“?”在 YAML 中有特殊含义；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"while (?:scanning|parsing) an? tag|expected URI"), "值开头的“!”在 YAML 中有特殊含义（标签）；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"expected ',' or '[\]}]'"), "方括号 [ ] 或花括号 { } 没有闭合；如果这是文字内容，请给整个值加上双引号"),
    (re.compile(r"found character '(?P<found>[^\\])' that cannot start any token"),
     "“{found}”在 YAML 中有特殊含义，不能出现在值的开头；请给整个值加上双引号"),
    (re.compile(r"found character .* that cannot start any token"), "这个字符不能出现在值的开头；请给整个值加上双引号"),
    (re.compile(r"but found '<stream end>'"), "文件在这里结束了，前面的方括号、花括号或引号还没有写完；请检查上面几行"),
    (re.compile(r"found another document"), "文件里有第二份内容（“---”之后）：一个规格文件只写一份；请删除多出的“---”和重复的内容"),
    (re.compile(r"expected indentation indicator"), "“|”“>”后的缩进数字应在 1–9 之间；通常不必写，直接写“|”即可"),
    (re.compile(r"for merging"), "不支持“<<”合并写法：请把内容直接写出来"),
]


def _syntax_message(error: MarkedYAMLError) -> str:
    raw = f"{error.context or ''} {error.problem or ''}"
    for pattern, chinese in _TRANSLATIONS:
        found = pattern.search(raw)
        if found:
            return chinese.format(**found.groupdict()) if found.groupdict() else chinese
    return f"无法解析这里的内容（{(error.problem or error.context or '').strip()}）；请检查引号、括号和缩进"


class _ReadApart(Exception):
    """The round-trip parser reads the text otherwise than the fast one did, or not at all."""


def _read_exactly(text: str, data: Any) -> Any:
    """The round-trip parser's reading of `text`, which fmt and `new --from` read a spec with; _ReadApart when
    it is not `data`, what the fast parser read (see two_parsers), and a tab or a blank line of spaces it
    refuses raised as its own error. Its positions are the ones to keep: libyaml counts U+0085, U+2028 and
    U+2029 as line breaks, even inside quotes, so every value below one was placed a line too low, where
    the editor, ruamel and the messages' line counting (yaml_lines) see none."""
    try:
        exact = _yaml().load(text)
        same = fingerprint(exact) == fingerprint(data)
    except MarkedYAMLError as exc:
        if two_parsers.is_refusal(exc) or isinstance(exc, MaxDepthExceededError):
            raise
        same = False
    except (YAMLError, *_VALUE_ERRORS):
        same = False
    if not same:
        raise _ReadApart
    return exact


AMOUNT_UNIT = "AMOUNT-UNIT"
"""An amount typed with its unit (see field_fixes.unit_slip), said beside a syntax error (syntax_slips.amount_units)
and by the schema once the file reads, in the same words: one slip, one code."""


def _syntax_problem(path: str, line: int, column: int, why: str) -> Problem:
    return _problem(path, line, column, "YAML-SYNTAX", f"YAML 语法错误：{why}")


def _mark_position(error: MarkedYAMLError) -> tuple[int, int]:
    """Where to point: for an unclosed quote or bracket, where it opens, and for a tag the scanner cannot read
    (`!重要`), at its `!`, not where the parser gave up."""
    opened = re.search(r"while (?:scanning a quoted scalar|parsing a flow|(?:scanning|parsing) an? tag)", error.context or "")
    mark = (error.context_mark if opened else None) or error.problem_mark or error.context_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _decode(path: str, raw: bytes) -> tuple[str | None, Problem | None]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column, message = encoding_slip(raw, exc.start)
        return None, _problem(path, line, column, "FILE-ENCODING", message)
    return text, None


def _duplicate_key(path: str, text: str, error: DuplicateKeyError, gloss: KeyNames) -> list[Problem]:
    """A key written twice, pointing at the second and naming the line of the first.

    The parser only knows where the mapping holding both begins, which for a list item or a long
    section is lines away from the first of the two; the author needs the two lines to choose between.
    Where the key begins the items of a list typed without their "- " (see dashless_items), each of those
    items is said instead, as the syntax error it is: to delete "the one written twice" would delete an item.
    """
    line, column = _mark_position(error)
    lines = split_lines(text)
    items = dashless_items(lines, line, gloss)
    if items:
        return [_syntax_problem(path, *item) for item in items]
    found = re.search(r'found duplicate key "(.*?)"', str(error))
    name = found.group(1) if found else ""
    start = error.context_mark.line + 1 if error.context_mark else line
    key_here = re.compile(_KEY_AT % (column - 1))
    here = _read_key(lines[line - 1], key_here) if line <= len(lines) else _NO_KEY  # none in `{a: 1, a: 2}`
    if here is not _NO_KEY and not isinstance(here, str):  # `null:` is no key “None”, `+0:` none “0”
        name = key_here.match(lines[line - 1]).group(1)
    first = next((number for number in range(start, min(line, len(lines) + 1))
                  if here is not _NO_KEY and _read_key(lines[number - 1], key_here) == here), None)
    where = (_both_copies(lines, first, line, key_here) if first
             else f"从第 {start} 行开始的这一组字段里已经有“{name}”了")
    named = gloss(name, line) if here is not _NO_KEY else ""
    delete = "同一个键只能写一次，请删掉多余的一处（两处的值不同时，留下对的那个）"
    item = new_item(lines, line) if here is not _NO_KEY else None  # said first: to delete "the one written twice" would delete its name
    said = f"如果这是列表的新一项，是少了开头的“- ”，请写成：{item[0]}；否则{delete}" if item else delete
    return [_problem(path, line, column, "YAML-DUPLICATE-KEY", f"重复的键“{name}”{named}：{where}；{said}")]


_KEY_AT = r"""[ -]{%d}("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#][^#]*?)[ ]*:(?:[ ]|$)"""
"""A block mapping's key at a column (after the indent or a list dash), as typed: quoted or plain."""
_NO_KEY = object()


def _read_key(typed_line: str, key_at: re.Pattern) -> Any:
    """What the key `key_at` finds on a line reads as (`"form"` is form, `1.0` is 1, as a mapping holds them),
    `_NO_KEY` where no key is there. The parser says a key was written twice by what the two read as: looked for by
    its text, `"form":` after `form:` named no line, and `1.0:` after `1:` was said to be on the first."""
    found = key_at.match(typed_line)
    if not found:
        return _NO_KEY
    try:
        data, _ = _parse_fast(f"{found.group(1)}: 0\n")
    except (YAMLError, *_VALUE_ERRORS):
        return _NO_KEY
    return next(iter(data)) if isinstance(data, dict) and len(data) == 1 else _NO_KEY


def _both_copies(lines: list[str], first: int, line: int, key_here: re.Pattern) -> str:
    """`第 43 行已经有“level1: 产出指标”了，第 44 行又写了“level1: 效益指标”`: both lines and what each holds, so the
    author can tell a line copied to be edited (keep the right value) from a new item that lost its dash; each key as
    typed on its line (`1: a` and `1.0: b` read as one key)."""
    keys, values = zip(*((found.group(1), clipped(without_comment(lines[number - 1][found.end():]).strip()))
                         for number in (first, line) for found in [key_here.match(lines[number - 1])]))
    if not all(values):  # a key opening a mapping or a block: its lines below say what it holds
        return f"第 {first} 行已经有“{keys[0]}”了"
    again = "又写了一次" if (keys[0], values[0]) == (keys[1], values[1]) else f"又写了“{keys[1]}: {values[1]}”"
    return f"第 {first} 行已经有“{keys[0]}: {values[0]}”了，第 {line} 行{again}"


def load_text(path: str, text: str, catalog: Catalog | None = None) -> Spec:
    """Parse YAML text; every failure becomes a located Problem. A key a problem names is named in
    Chinese too when the form the text is written for is one of `catalog`'s (see key_names)."""
    spec, names = Spec(path=path, text=text), KeyNames(text, catalog)  # one for every message below: it reads lazily
    if not text.strip():
        spec.problems.append(_problem(path, *WHOLE_FILE, "FILE-EMPTY", "文件为空：请按表样填写内容（可用 jixiao new 生成一份待填写的规格）"))
        return spec
    try:
        directive = two_parsers.directive(text)  # before the scan for marks: `%TAG !! …` renames every `!!` tag
        if directive:
            spec.problems.append(_syntax_problem(path, *directive))
            return spec
        refused = refused_marks.find(text, names) if refused_marks.HINT.search(text) else None
        if refused:
            line, column, code, message = refused
            spec.problems.append(_problem(path, line, column, code, message))
            return spec
        with warnings.catch_warnings():  # ruamel warns on stderr of an anchor named twice; aliases are refused above
            warnings.simplefilter("ignore")
            if _may_nest_deeper(text):  # the fast parser recurses in C, and overflows its stack long before Python would
                _yaml().compose(text)  # the exact parser stops at MAX_DEPTH
            try:
                data, spec._tree = _parse_fast(text)
            except (YAMLError, *_VALUE_ERRORS):
                spec._tree = data = _yaml().load(text)  # the exact parse raises the located error
                if two_parsers.breaks_a_line(text):  # or reads what the fast parser could not
                    raise _ReadApart from None
            if two_parsers.BREAKS_APART.search(text, 1):
                spec._tree = _read_exactly(text, data)
            elif two_parsers.needs_scan(text):
                two_parsers.scan_exactly(text)
    except DuplicateKeyError as exc:
        spec.problems += _duplicate_key(path, text, exc, names)
        return spec
    except ReaderError as exc:
        line, column = line_column(text, exc.position)
        spec.problems.append(_problem(
            path, line, column, "TEXT-CONTROL-CHAR",
            control_char_words(text, exc.character if isinstance(exc.character, str) else chr(exc.character),
                               exc.position),
        ))
        return spec
    except _ReadApart:
        spec.problems.append(_syntax_problem(path, *two_parsers.break_apart(text)))
        return spec
    except MaxDepthExceededError as exc:
        spec.problems.append(_problem(path, *_mark_position(exc), "YAML-TOO-DEEP", TOO_DEEP))
        return spec
    except MarkedYAMLError as exc:
        line, column = _mark_position(exc)
        tabs = tab_indents(text, names) if "\t" in text else {}  # a tab indenting a line, with where the line goes
        spaces = space_indents(text, names)  # a full-width or no-break space indenting a line, told as a tab is
        found = ((line, *tabs[line]) if line in tabs and two_parsers.refusal(text, exc, line, column) else None) \
            or two_parsers.refusal(text, exc, line, column, names) or two_parsers.break_before(text, line, column) \
            or quote_slip(text, exc, line, names) or syntax_slip(text, line, names)
        first = found or (line, column, _syntax_message(exc))
        items = dashless_items(split_lines(text), first[0], names) if found else []
        items = items[1:] if items[:1] == [first] else []  # the other items of a list typed without its dashes
        first = placed(first, spaces)
        others = [placed(slip, spaces) for slip in [*items, *other_slips(text, names, besides=first[0], tabs=tabs)]]  # the parser stops at its first error; these need no parse
        units = amount_units(text, names, said={first[0], *(slip[0] for slip in others)})
        spec.problems += sorted([*(_syntax_problem(path, *slip) for slip in [first, *others]),
                                 *(_problem(path, *where, AMOUNT_UNIT, message) for *where, message in units)])
        return spec
    except YAMLError as exc:
        spec.problems.append(_syntax_problem(path, 1, 1, type(exc).__name__))
        return spec
    except _VALUE_ERRORS:  # a well-formed value no constructor can build: a 5,000-digit number, a key `[[a, 1], b]`
        key = _collection_key(text)
        spec.problems.append(_problem(path, *key, "YAML-KEY", _odd_key([])) if key
                             else _syntax_problem(path, *_unbuildable(text)))
        return spec
    if data is None:  # only comments, blank lines or a `---`
        spec.problems.append(_problem(path, *WHOLE_FILE, "FILE-EMPTY", "文件里只有注释或空行，没有内容：请按表样填写（可用 jixiao new 生成一份待填写的规格）"))
        return spec
    if not isinstance(data, dict):
        kind = "列表" if isinstance(data, list) else "单个值"
        spec.problems.append(_problem(
            path, *WHOLE_FILE, "YAML-NOT-MAPPING",
            f"文件应由“键: 值”形式的字段组成，实际是{kind}；请以 form:、year:、unit: 等字段开头",
        ))
        return spec
    deep = _too_deep(data)  # before the slips, which walk the data by recursion
    if deep:
        spec.problems.append(_problem(path, *spec.locate(deep), "YAML-TOO-DEEP", TOO_DEEP))
        return spec
    slip = indent_slip(text, data)
    slip = placed(slip, space_indents(text, names)) if slip else text_read_as_key(text, data, names)
    if slip:
        spec.problems.append(_syntax_problem(path, *slip))
        return spec
    swallowed = swallowed_lines(text)
    if swallowed:
        spec.problems += [_problem(path, *where, "QUOTE-RUN-ON", message) for *where, message in swallowed]
        return spec
    unsafe = _unsafe(data)
    if unsafe:
        where, key, code, message = unsafe
        if code == "TEXT-CONTROL-CHAR":  # named as the rule names a control character in a value
            message = f"{_field_words(data, where, key, catalog)}：{message}"
        spec.problems.append(Problem(path, *spec.locate(where, key), Severity.ERROR, code, message,
                                     json_path(where[:-1] if key else where)))
        return spec
    spec.data = data
    return spec


def _link_said(path: str, target: str) -> str:
    """What a symbolic link checked out as text (spec_files.checked_out_link) is, and the two ways to the spec: open the
    file it leads to (named from here when it is there), or have git make links and check the file out again. Where
    git's index does not hold the file (untracked, no repository, no git), git cannot check it out again: the link was
    copied or unpacked as text, and the way is a copy of the spec in its place or a new link."""
    from .command_paths import cmd_notes, from_here, quoted

    led = os.path.join(os.path.dirname(path), target)
    where = f"它指向的规格是 {from_here(led)}，请打开、检查那个文件" if os.path.isfile(led) else \
        f"它指向 {target}（从这个文件所在的文件夹算起），请打开、检查那个文件"
    if not tracked_as_link(Path(path)):
        return (f"这个文件的内容只是一个路径，不是规格，像是复制或解压时写成了文字的符号链接（git 里没有这个文件的记录）；"
                f"{where}；要在这里用那份规格，请把这个文件换成那份规格的副本，或者删除这个文件、重新建立指向那份规格的链接")
    return (f"这个文件是 git 当作文字写出的符号链接，内容只是一个路径，不是规格（Windows 上的 git 没有开启 core.symlinks "
            f"时这样检出链接）；{where}；或者运行 git config core.symlinks true（Windows 还要开启“开发人员模式”），"
            f"删除这个文件，再运行 git checkout -- {quoted(path)} 重新检出为链接{cmd_notes([path])}")


_VALUE_ERRORS = (ValueError, TypeError, AttributeError, KeyError)
MAX_DEPTH = 32
"""Nesting a spec may have: the deepest form nests five levels; deeper data would exhaust the
recursion of the stages after loading (fmt, diff, jsonschema) rather than be reported."""
TOO_DEEP = f"嵌套超过 {MAX_DEPTH} 层：规格最多只有几层，请检查这里的括号或缩进"
_SAFE_FAST_DEPTH = 1000
"""Nesting the fast (C) parser is given without a check: it recursed past its stack and crashed the process at
about 30,000 levels of `[` with Linux's 8 MB stack; Windows gives a thread 1 MB."""


_BREAK = "\r\n\x85\u2028\u2029"
_LINE_OPENING = re.compile(rf"(?:\A|[{_BREAK}])( *)((?:[-?:](?:[ \t]+|(?=[{_BREAK}]|\Z)))*)")
"""The start of a line (after any of the breaks libyaml breaks lines at, NEL and U+2028 too): its indentation and the
block indicators opening it (`- `, `? `, `: `, nested compactly as `- - - x`), each of which may open one more level."""


def _may_nest_deeper(text: str) -> bool:
    """Whether `text` could nest past _SAFE_FAST_DEPTH. A bound counted cheaply comes first: a block level needs one
    more space of indentation than the one above or an indicator opening its line (`_LINE_OPENING`), and a flow level
    a `[` or `{` anywhere. Counting every `-` in the file sent a spec with a comment line of a thousand dashes, and
    any spec of a thousand indicators, to the exact parser first: ten times slower to load, three times to diff.
    Brackets in comments and quoted texts (`# [可选]`, `name: "[重点]…"`) still pass the bound in a long spec, so
    past it the depth is counted exactly (`_nests_as_deep`), which costs a tenth of the exact parser's time."""
    flow = text.count("[") + text.count("{")
    if flow + 1 < _SAFE_FAST_DEPTH:
        block = max(len(found[1]) + len(found[2]) for found in _LINE_OPENING.finditer(text))  # a level a column or more
        if flow + block + 1 < _SAFE_FAST_DEPTH:
            return False
    return _nests_as_deep(text, _SAFE_FAST_DEPTH - 1)


def _nests_as_deep(text: str, depth: int) -> bool:
    """Whether the fast parser's events nest `text` `depth` levels before any error it stops at, which is as deep as
    its composer recurses: the events come from a loop, not a recursion, so any depth is counted safely, and the
    count stops at `depth` (a text nesting 40,000 levels is not read to its end)."""
    _, parser = _yaml(fast=True).get_constructor_parser(text)
    level = 0
    try:
        while level < depth and not parser.check_event(StreamEndEvent):
            event = parser.get_event()
            if isinstance(event, CollectionStartEvent):
                level += 1
            elif isinstance(event, CollectionEndEvent):
                level -= 1
    except (YAMLError, *_VALUE_ERRORS):
        pass  # the parsers say the error; the composer goes no deeper than what came before it
    finally:
        parser.dispose()
    return level >= depth


def _too_deep(data: Any) -> tuple | None:
    """The path of the first node nested deeper than MAX_DEPTH, or None. Walked without recursion,
    since depth is what is being checked."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if len(path) > MAX_DEPTH:
            return path
        if isinstance(node, dict):
            stack += [(path + (k,), v) for k, v in node.items()]
        elif isinstance(node, list):
            stack += [(path + (i,), v) for i, v in enumerate(node)]
    return None
VALUE_TYPES = (str, int, Decimal, bool, type(None), dict, list)
"""What a spec's values are read as: text, whole numbers, amounts, true/false, null, mappings and lists.
A lone `=` makes a value something else, which no form holds (a tag, which could too, is refused)."""
SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a character (a lone surrogate, typed as a `"\\ud800"` escape), which no file or terminal can encode."""


def _unsafe(data: Any) -> tuple[tuple, bool, str, str] | None:
    """(path, whether a key, code, message) of the first node later stages could not handle: a key that is not
    text (`~:`, `1.5:`, `true:`), or a text holding a lone surrogate (a `"\\ud800"` escape), which no file or
    terminal can encode. Walked without recursion, as `_too_deep` has bounded the depth already."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        texts = [(path, False, node)] if isinstance(node, str) else \
            [(path + (k,), True, k) for k in node if isinstance(k, str)] if isinstance(node, dict) else []
        for where, key, text in texts:
            bad = SURROGATE.search(text)
            if bad:
                point = ord(bad.group(0))
                return where, key, "TEXT-CONTROL-CHAR", (f"含有无法保存的字符 U+{point:04X}（第 {bad.start() + 1} 个字符，"
                                                   f"转义写法“\\u{point:04x}”只是半个字符）；请删除它或写出完整的字符")
        if isinstance(node, dict):
            odd = [k for k in node if not isinstance(k, str)]
            if odd:
                return path + (odd[0],), True, "YAML-KEY", _odd_key(odd[0])
            stack += [(path + (k,), v) for k, v in node.items()]
        elif isinstance(node, list):
            stack += [(path + (i,), v) for i, v in enumerate(node)]
    return None


def _field_words(data: dict, path: tuple, key: bool, catalog: Catalog | None) -> str:
    """The field at `path` as validate's rules name it (SchemaStore.field_name: `单位名称`, `第 2 个项目的“项目名称”`)
    when the spec's form is one of `catalog`'s, else as its JSON path; a key by the field holding it, since a key
    holding a lone surrogate cannot be printed. TEXT-CONTROL-CHAR said `\\a` in 单位名称 with the field's name and a
    `\\ud800` there without one, and an indicator row by its number alone where the rules add its 三级 name
    (RuleContext.field_name), which names a row the author finds, unless that name holds the lone surrogate too."""
    from .errors import FormError
    from .rules import RuleContext

    where = path[:-1] if key else path
    form = data.get("form")
    try:
        variant = catalog.get(form) if catalog is not None and isinstance(form, str) else None
        named = RuleContext(Spec(path="", data=data), variant, catalog.store).field_name(where) if variant \
            else f"“{json_path(where)}”"
    except FormError:  # a schema that refers to nothing is reported where the form is loaded
        named = f"“{json_path(where)}”"
    if not key:
        return named
    return f"{named}中的字段名" if where else "字段名"


def _odd_key(key: Any) -> str:
    """Why a key that YAML read as something other than text cannot be a field name."""
    if key is None:
        return "冒号前没有写键（字段名）：请写成“字段名: 值”"
    if isinstance(key, (bool, int, Decimal)):
        kind = "真假值" if isinstance(key, bool) else "数字"
        shown = str(key).lower() if isinstance(key, bool) else key
        return f"键“{shown}”被读成了{kind}，不是字段名：规格的键都是 form、budget 这样的字段名；如果这是内容，请写在冒号后面"
    return "键是一个列表或一组字段，不是字段名：规格的键都是 form、budget 这样的字段名；请检查“?”“[”“{”"


def _collection_key(text: str) -> tuple[int, int] | None:
    """1-based (line, column) of the first key, in the text's order, that is a list or a mapping holding another
    (`[[a, 1], b]: 1`, `[{a: 1}]: x`), or None. Both parsers fail to build such a key (Python cannot hash it),
    where a flat one (`[a, b]: x`) is built and refused as YAML-KEY (`_unsafe`): it was told as a syntax error
    at 1:1. Read from the composed nodes, which need no building."""
    constructor, parser = _yaml(fast=True).get_constructor_parser(text)
    try:
        root = constructor.composer.get_single_node()
    except YAMLError:
        return None
    finally:
        parser.dispose()
    found, stack, seen = [], [root], set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            found += [key.start_mark for key, _ in node.value if _holds_collection(key)]
            stack += [value for _, value in node.value]
        elif isinstance(node, SequenceNode):
            stack += node.value
    first = min(found, key=lambda mark: mark.index, default=None)
    return (first.line + 1, first.column + 1) if first else None


def _holds_collection(key) -> bool:
    """Whether a key node is a list or a mapping with a list or a mapping inside, the only keys no parser builds; a
    flat one (`[a, b]`) is built, so an unbuildable value elsewhere (a 5,000-digit number) is the file's error."""
    if isinstance(key, SequenceNode):
        return any(not isinstance(item, ScalarNode) for item in key.value)
    if isinstance(key, MappingNode):
        return any(not isinstance(part, ScalarNode) for pair in key.value for part in pair)
    return False


def _unbuildable(text: str) -> tuple[int, int, str]:
    """Where and why a value could not be built: a number too long (tags, which could name a type the value
    is not, are refused before parsing)."""
    found = re.search(r"\d{4000,}", text)
    if found:
        return (*line_column(text, found.start()), f"数字太长（{len(found.group(0))} 位）；如果这是文字内容，请给整个值加上双引号")
    return 1, 1, "有无法读取的值；请检查文件中的特殊符号"


UNREAD = ("FILE-NOT-FOUND", "FILE-UNREADABLE")
"""The codes of a file that could not be read at all (missing, a folder, no permission, too large): there is
nothing in it to correct."""


def load(path: str | Path, catalog: Catalog | None = None) -> Spec:
    """Read and parse one spec file (naming keys in problems by `catalog`'s forms, see load_text)."""
    shown = str(path)
    if unopenable(path):  # a pipe named x.yaml found in specs/ would wait for a writer, a broken link say 不存在
        return Spec(shown, problems=[_problem(shown, *WHOLE_FILE, "FILE-UNREADABLE",
                                              f"无法读取文件：{unread_reason(Path(path))}")])
    try:
        raw = capped_bytes(path)
        if raw is None:
            return Spec(shown, problems=[_problem(shown, *WHOLE_FILE, "FILE-UNREADABLE", TOO_BIG)])
    except OSError as exc:
        # Windows says 不存在 of a path too long (long_paths): that spec may well be there, and is unreadable
        if isinstance(exc, FileNotFoundError) and refused_length(exc) is None:
            from .command_paths import location_dropped

            # no line to point at (line 0): `gz.yml:1:1` sent the editor to a file that is not there
            named = location_dropped(shown)  # `gz.yaml:8:11` pasted: said as gz.yaml, or it reads as a location again
            return Spec(named, problems=[_problem(named, *WHOLE_FILE, "FILE-NOT-FOUND", not_found_said(shown))])
        if isinstance(exc, IsADirectoryError):
            return Spec(shown, problems=[_problem(shown, *WHOLE_FILE, "FILE-NOT-FOUND", folder_said(shown))])
        return Spec(shown, problems=[_problem(shown, *WHOLE_FILE, "FILE-UNREADABLE", f"无法读取文件：{os_reason(exc, reading=True)}")])
    return load_bytes(shown, raw, catalog)


def not_found_said(shown: str) -> str:
    """A path that names nothing, said as what it was typed as: a folder (`nodir/`, or a file in a folder that is
    not there either), a file (a spec's suffix), or either (`specs2`); `nodir/` was said 文件不存在."""
    from .command_paths import location_dropped

    shown = location_dropped(shown)  # `gz.yaml:8:11` pasted from a message: the file meant is gz.yaml's
    path = Path(shown)
    if shown.endswith(("/", "\\")):
        return f"文件夹不存在；{_meant_folder(path)}"
    if str(path.parent) != "." and not path.parent.exists():  # specz/a.yaml: the spec in specs/, if it is there
        near = _near_folder(path.parent)
        meant = _meant_file(str(near / path.name)) if near else None
        return f"文件夹 {path.parent} 不存在；{meant or _meant_folder(path.parent)}"
    meant = _saved_as_text(path) or _meant_file(shown) or _meant_in_specs(path)
    if meant or spec_suffix(path):
        return f"文件不存在；{meant or '请检查路径'}"
    return f"文件或文件夹不存在；{_meant_folder(path)}"


def folder_said(shown: str) -> str:
    """A folder where one spec file is wanted (`new --from specs/`), and the way on: one of its specs named as the
    example to write, and the commands that take a folder whole. Said 这是一个文件夹，不是规格文件 alone, the clerk
    was told what was wrong but not what to write instead."""
    found = _spec_names(Path(shown))  # its own files only: `new --from ~` is not worth a walk of the whole tree
    which = f"其中一份规格的路径，如 {Path(shown, found[0])}" if found else "一份规格文件（.yaml）的路径"
    return f"这是一个文件夹，不是规格文件；请写出{which}（validate、lint、build、fmt 可以直接给文件夹，处理其中每一份规格）"


def _saved_as_text(path: Path) -> str | None:
    """The words for `specs/gz.yaml` when what is there is `specs/gz.yaml.txt` (see spec_files.saved_as_text)."""
    from .command_paths import text_suffix_said

    saved = path.with_name(path.name + NOTEPAD_SUFFIX)
    return f"这里有 {saved}：{text_suffix_said(saved)}" if os.path.isfile(saved) else None


def _meant_in_specs(path: Path) -> str | None:
    """The spec in specs/ a name typed without a folder likely meant (`validate gz.yaml` run from the project's
    root, for specs/gz.yaml: it was 文件不存在；请检查路径); None when typed with a folder, or specs/ has none."""
    from .command_paths import DEFAULT_SPECS

    if str(path.parent) != ".":
        return None
    return _meant_file(os.path.join(DEFAULT_SPECS, path.name))


def _meant_folder(path: Path) -> str:
    """The folder beside `path` it was likely meant to be (a few letters off: `spec` for specs), else to check it."""
    near = _near_folder(path)
    return f"是否想写 {near}{os.sep}？" if near else "请检查路径"


def _near_folder(path: Path) -> Path | None:
    """The folder beside `path` a few letters off its name (`spec` for specs), None when there is none."""
    from difflib import get_close_matches

    try:
        folders = sorted(entry.name for entry in path.parent.iterdir() if entry.is_dir())
    except OSError:  # the folder above is not there either
        folders = []
    meant = get_close_matches(path.name, folders, n=1, cutoff=0.8)
    return path.parent / meant[0] if meant else None


def _meant_file(shown: str) -> str | None:
    """What to do about a spec path that names no file: the spec in the same folder it was likely meant to be (the
    same name with the other suffix, `gz.yml` for gz.yaml, or a name a few letters off), in the folder as typed;
    None when there is none."""
    from difflib import get_close_matches

    path = Path(shown)
    specs = _spec_names(path.parent)
    stems = {Path(name).stem: name for name in reversed(specs)}  # gz.yaml before gz.yml
    typed = path.stem if spec_suffix(path) else path.name
    # compared without suffixes: a shared `.yaml` made `zzz.yaml` as close to gz.yaml as a slip
    meant = [typed] if typed in stems else get_close_matches(typed, stems, n=1, cutoff=0.8)
    return f"是否想写 {shown[:len(shown) - len(path.name)]}{stems[meant[0]]}？" if meant else None


def _spec_names(folder: Path) -> list[str]:
    """The names of the files named like specs in `folder` itself, sorted; none when it cannot be read."""
    try:
        return sorted(entry.name for entry in folder.iterdir() if spec_suffix(entry) and entry.is_file())
    except OSError:  # the folder is not there either
        return []


def load_bytes(path: str, raw: bytes, catalog: Catalog | None = None) -> Spec:
    """Decode and parse a spec's bytes (read from disk, or from a git revision by `jixiao diff --rev`)."""
    text, problem = _decode(path, raw)
    if problem:
        return Spec(path, problems=[problem])
    target = checked_out_link(path, text)
    if target is not None:
        return Spec(path, problems=[_problem(path, *WHOLE_FILE, "FILE-LINK-AS-TEXT", _link_said(path, target))])
    spec = load_text(path, text, catalog)
    replaced = replacement_lines(text)
    if replaced:
        spec.problems.insert(0, _problem(path, *replaced[:2], "FILE-ENCODING", replaced[2]))
    return spec


def position(data: Any, path: tuple, key: bool = False, keys: dict | None = None) -> tuple[int, int]:
    """1-based (line, column) of the node at `path`, or of its nearest existing ancestor.

    With key=True, a mapping entry's key is located instead of its value (for unknown keys).
    `data` is a round-trip tree (CommentedMap) or a composed node tree (Node). `keys` keeps each mapping node's
    entries by key between calls on one tree (Spec.locate's): TEXT-COMMENT locates every text of a spec, and
    searching each mapping entry by entry took 7% of validate's time over 300 specs.
    """
    if isinstance(data, Node):
        return _node_position(data, path, key, {} if keys is None else keys)
    node = data
    line, column = (data.lc.line, data.lc.col) if isinstance(data, (CommentedMap, CommentedSeq)) else (0, 0)
    for i, step in enumerate(path):
        if isinstance(node, CommentedMap) and step in node:
            use_key = key and i == len(path) - 1
            line, column = node.lc.key(step) if use_key else node.lc.value(step)
        elif isinstance(node, CommentedSeq) and isinstance(step, int) and 0 <= step < len(node):
            line, column = node.lc.item(step)
        else:
            break
        node = node[step]
    return line + 1, column + 1


def _node_position(node: Node, path: tuple, key: bool, keys: dict) -> tuple[int, int]:
    """`position` on a composed node tree: the nodes' start marks."""
    mark = node.start_mark
    for i, step in enumerate(path):
        if isinstance(node, MappingNode):
            pair = _entry(node, step, keys)
            if pair is None:
                break
            mark = pair[0].start_mark if key and i == len(path) - 1 else pair[1].start_mark
            node = pair[1]
        elif isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
            node = node.value[step]
            mark = node.start_mark
        else:
            break
    return mark.line + 1, mark.column + 1


def _entry(node: MappingNode, step: Any, keys: dict) -> tuple[Node, Node] | None:
    """The first (key, value) pair of `node` whose key reads as `step` (`_same_key`). A text step is looked up in the
    mapping's scalar keys by their text, gathered once per node into `keys`, a key read as text (`"2024":`) before one
    spelled alike that is not (`2024:`, a number); any other step (a number, `~`, `true`, a list: keys load refuses
    and locates once) is searched."""
    if not isinstance(step, str):
        return next(((k, v) for k, v in node.value if _same_key(k, step)), None)
    entries = keys.get(node)  # nodes compare and hash by identity
    if entries is None:
        entries = keys[node] = {}
        for text_first in (True, False):
            for k, v in node.value:
                if isinstance(k, ScalarNode) and (k.tag == _TEXT_TAG) is text_first:
                    entries.setdefault(k.value, (k, v))
    return entries.get(step)


def _same_key(node: Node, step: Any) -> bool:
    """A key node spelling a key that is not text: `~` or nothing for None, `true`/`True` for True, a number by the
    number it reads as (`+5:` is 5, `"2024":` no number), a flow or `?` list (`[a, b]: 1`, read as the tuple ('a', 'b'))
    item for item. Without the list, such a key matched no node and was said at the start of the mapping holding it
    (`2:1` for a key on line 5), and so was `+5:` while its text was compared with 5."""
    if isinstance(step, tuple):
        return isinstance(node, SequenceNode) and len(node.value) == len(step) \
            and all(_same_key(item, part) for item, part in zip(node.value, step))
    if not isinstance(node, ScalarNode):
        return False
    if step is None:
        return node.value in ("", "~", "null", "Null", "NULL")
    if isinstance(step, bool):
        return node.value.lower() == str(step).lower()
    if isinstance(step, (int, Decimal)):  # `+5:` and `.5:` read as 5 and 0.5, and a text `"2024":` is not 2024
        read = _typed_int if node.tag == _NUMBER_TAGS[0] else _typed_decimal if node.tag == _NUMBER_TAGS[1] else None
        return read is not None and read(node.value) == step
    return node.value == str(step)


def leaves(data: Any, path: tuple = ()):
    """Every value in the tree that is no mapping or list, with its path."""
    if isinstance(data, dict):
        for k, v in data.items():
            yield from leaves(v, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from leaves(v, path + (i,))
    else:
        yield path, data


def iter_strings(data: Any):
    """Every string in the tree with its path (used by rules that scan text)."""
    return ((where, value) for where, value in leaves(data) if isinstance(value, str))


def first_difference(before: Any, after: Any, path: tuple = ()) -> tuple | None:
    """The path, in `before`, of the first value (in its order) `after` does not hold alike (`fingerprint`): a
    field or an item `after` lacks or holds otherwise, or the mapping or list `after` adds to; None when they are
    the same. Where fmt or `new --from` would change the data, the place to say it (it was said at 1:1)."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key, value in before.items():
            if key not in after:
                return path + (key,)
            found = first_difference(value, after[key], path + (key,))
            if found is not None:
                return found
        return path if len(after) != len(before) else None
    if isinstance(before, list) and isinstance(after, list):
        for index, (value, other) in enumerate(zip(before, after)):
            found = first_difference(value, other, path + (index,))
            if found is not None:
                return found
        return path + (len(after),) if len(after) < len(before) else path if len(after) != len(before) else None
    return None if fingerprint(before) == fingerprint(after) else path


def changed_place(spec: Spec, path: tuple) -> tuple[int, int]:
    """Where a spec's value at `path` (`first_difference`) is typed; the whole file for the data as a whole."""
    return spec.locate(path) if path else WHOLE_FILE


def from_here(place: tuple[int, int]) -> str:
    """“（从这里起）” in a message at `place` (`changed_place`), where the data starts to differ; nothing for the
    whole file, which has no place to start from: a top-level field added was said 从这里起 with no place."""
    return "" if place == WHOLE_FILE else "（从这里起）"


def fingerprint(data: Any) -> Any:
    """The loaded data with every scalar's type and typed precision (`0.00` is not `0`), key order aside.

    Two specs hold the same data exactly when their fingerprints are equal (used by fmt, diff, and load_text
    to compare the two parsers' readings, see _read_exactly). A text is a text however it was typed: data
    the round-trip parser read holds a `|` block as a str subclass.
    """
    if isinstance(data, dict):
        return ("dict", sorted((str(k), fingerprint(v)) for k, v in data.items()))
    if isinstance(data, list):
        return ("list", [fingerprint(v) for v in data])
    if isinstance(data, Decimal):
        return ("Decimal", str(data))
    return ("str" if isinstance(data, str) else type(data).__name__, str(data))
