"""One canonical layout for every spec, so that a diff between two drafts shows content, never style.

The file goes through ruamel's round-trip mode, which keeps comments and blank lines, and comes
out with:

- keys in the order of the variant schema's `properties`, a key the schema does not know staying below the
  key it was typed under (see `schema_order`);
- mappings indented by 2, a list's dashes 2 further than its key (`key:` then `  - item`): there
  yaml-language-server offers the keys an item lacks on a blank line in it, where with the dashes at
  the key's column it offered only a new item;
- values the schema marks `x-jixiao-style: double-quoted` (indicator values, phone numbers) in
  double quotes, but for one wrapped in Chinese quotes (TEXT-QUOTES, see `styled`), every other text plain unless
  YAML needs quotes, and then double quotes; either in single quotes when it holds a `"`, which double quotes
  would escape;
- text with line breaks as a `|` block; a blank value written `null`; `{…}` and `[…]` as blocks;
- no `---` before the document, and no blank line first;
- numbers, dates and booleans exactly as typed (`0.00` stays `0.00`, `08` stays `08`), except
  in a text field, which jixiao reads as text and writes so (`value: "08"`).

Only the layout changes: the result is read back and compared with the original, and a file
whose data would change is left alone and reported, and so is one with a plain value typed over several lines,
which would come out joined into one, or text whose line break YAML reads as a space beside Chinese, quoted or in a
`>` block (see Formatter.joined_lines). Formatting a formatted file changes nothing.
When keys are put back into the schema's order, comment lines and blank lines move with the key
they stand above, and every comment line takes that line's indentation (see comments.py). A comment
that ends a line stays where it was typed, or at its typed distance from a line fmt rewrote (see
comment_columns.py).
"""
from __future__ import annotations

import io
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import CommentMark
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scanner import RoundTripScanner
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString
from ruamel.yaml.tokens import (CommentToken, FlowEntryToken, FlowMappingEndToken, FlowMappingStartToken,
                                FlowSequenceEndToken, FlowSequenceStartToken, KeyToken, ScalarToken)

from . import datapath
from .comment_columns import LineStream, TypedComment, TypedText, spaces_before, typed_place
from .comments import (above_item, align, closing, dedent_comment_lines, lift_block_comments, reorder,
                       replace_scalar, share_list_heads, unflow, up_to_their_keys)
from .excel_scientific import scientific_number
from .load import WHOLE_FILE, Spec, changed_place, first_difference, from_here, iter_strings, load, load_text
from .problems import Problem, Severity, besides
from .errors import UsageError
from .project import other_than_read, read as read_project
from .rules.text_line_break import below_fix, folded_space, hidden_line_ends, joined_at
from .rules.text_quotes import quote_slip
from .schema_store import SchemaStore
from .variants import Catalog, Roots
from .yaml11 import read_otherwise_by_yaml_1_1
from .yaml_lines import BOM, double_quoted, split_lines

NOT_SPEC = "FMT-NOT-SPEC"
"""A YAML file without `form`, left alone: validate reports it as FORM-MISSING."""
JOINED_LINES = "FMT-LINE-BREAK"
"""A plain value typed over several lines, or text whose line break YAML reads as a space beside Chinese (quoted, or
in a `>` block), left alone: fmt would write it as one line, or as a `|` block, with the space."""
FORM_UNKNOWN = "FORM-UNKNOWN"
"""validate's code, for a form the project read lacks and the spec's own project has: left alone (see
Formatter._form_of_own_project)."""
_TYPED_TAGS = ("int", "float", "bool", "timestamp")
_LINE_BREAKS_OTHER_THAN_NEWLINE = "\r\x85\u2028\u2029"
_DOCUMENT_START = re.compile(r"\A(\ufeff?(?:[ \t]*(?:#.*)?\n)*)---[ \t]*(?:\n|\Z|(?=#))")


def schema_order(keys: list, order: list) -> list:
    """`keys` in the schema's `order`, each key the schema does not know kept below the key it was typed under
    (those typed first stay first). A clerk's own note (`备注: 待定` under `amount`) belongs with what it was written
    beside; sent to the end of the mapping, it read as a note on another field, and the diff showed it moved."""
    head: list = []
    groups: list[list] = []
    for key in keys:
        if key in order:
            groups.append([key])
        else:
            (groups[-1] if groups else head).append(key)
    return head + [key for group in sorted(groups, key=lambda g: order.index(g[0])) for key in group]


class Verbatim(str):
    """A number, date or boolean exactly as the author typed it, with the tag YAML gave it."""

    tag: str = ""


class _Scanner(RoundTripScanner):
    """Keeps the comments inside a `{…}` or `[…]` typed over several lines, which ruamel dropped or gave
    to the wrong entry (fmt refused the file, or wrote `# 基本` above `project`):

    - after an entry and its comma (`basic: 1.10,  # 基本`): ruamel gives a value only a comment that
      follows it directly, so this one went to the entry below; it is read as if typed before the comma;
    - on the lines above an entry of `{…}`: ruamel's parser drops the comment of a key in a flow mapping
      (in a block mapping it moves it to the key's text); here it is moved so."""

    _FLOW_DEPTH = {FlowMappingStartToken: 1, FlowSequenceStartToken: 1, FlowMappingEndToken: -1,
                   FlowSequenceEndToken: -1}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.flow_depth = 0  # how many `{` and `[` the tokens handed out so far are inside

    def get_token(self):
        while self.need_more_tokens():
            self.fetch_more_tokens()
        tokens = self.tokens
        if len(tokens) == 2 and isinstance(tokens[1], FlowEntryToken) and not self.done:
            self.fetch_more_tokens()
        if (len(tokens) > 2 and isinstance(tokens[0], (ScalarToken, FlowMappingEndToken, FlowSequenceEndToken))
                and isinstance(tokens[1], FlowEntryToken) and isinstance(tokens[2], CommentToken)
                and tokens[2].start_mark.line == tokens[0].end_mark.line):
            tokens[1], tokens[2] = tokens[2], tokens[1]
        token = super().get_token()
        self.flow_depth += self._FLOW_DEPTH.get(type(token), 0)
        if isinstance(token, KeyToken) and self.flow_depth and token.comment:
            token.move_old_comment(self.peek_token())
        return token

    def fetch_comment(self, comment):
        """Each comment knows where it was typed, for the emitter to place it (see comment_columns.py)."""
        super().fetch_comment(comment)
        token = self.tokens[-1]
        mark = token.start_mark
        if getattr(mark, "buffer", None) is not None:  # read from a text, not a file
            typed = typed_place(mark.buffer, mark.pointer, flow=self.flow_level > 0)
            self.tokens[-1] = TypedComment(token.value, typed, mark, token.end_mark)

    def scan_block_scalar_ignored_line(self, start_mark):
        """The comment after a block's `|` or `>` knows where it was typed too."""
        mark = self.reader.get_mark()
        comment = super().scan_block_scalar_ignored_line(start_mark)
        if comment is None or getattr(mark, "buffer", None) is None:
            return comment
        at = mark.pointer + len(comment) - len(comment.lstrip(" "))
        return TypedText(comment, typed_place(mark.buffer, at, flow=False))


class _Composer(Composer):
    """Keeps the comment lines above a flow collection that has a comment after it (`# 第二项` above
    `- {name: 乙}  # 新增`): ruamel replaces the former with the latter, and fmt refused the file."""

    def compose_sequence_node(self, anchor):
        return self._keeping_lines_above(super().compose_sequence_node, anchor)

    def compose_mapping_node(self, anchor):
        return self._keeping_lines_above(super().compose_mapping_node, anchor)

    def _keeping_lines_above(self, compose, anchor):
        above = self.parser.peek_event().comment
        node = compose(anchor)
        if above and above[1] and node.comment is not above:
            node.comment = [node.comment[0], above[1], *node.comment[2:]]
        return node


class QuotedSlip(str):
    """A text wrapped in Chinese quotes (TEXT-QUOTES) that the author typed in English quotes as well (`"“≥98%”"`),
    which fmt keeps so (see styled)."""


class QuotedBreak(str):
    """A text typed in quotes that ends in a line break (`"某单位\\n"`), which the forms print, as they do not a `|`
    block's closing one (block_ends): fmt keeps it quoted (see styled)."""


def break_printed(text: object, style: str | None) -> bool:
    """Whether a text typed in `style` (a node's, or a ScalarString's read keeping quotes) is a QuotedBreak: the
    forms print its closing line break, so styled keeps it quoted. `new --from` asks it of a target it copies as
    a row's prior value, to write the copy as the target was typed."""
    return isinstance(text, str) and style in ("'", '"') and text.endswith("\n")


class _Constructor(RoundTripConstructor):
    def construct_verbatim(self, node):
        value = Verbatim(node.value)
        value.tag = node.tag
        return value

    def construct_text(self, node):
        """A text, marked as a QuotedSlip or a QuotedBreak when it is one: only the tree tells how a value was typed."""
        value = self.construct_yaml_str(node)
        if type(value) is not str or node.style not in ("'", '"'):
            return value
        return QuotedBreak(value) if break_printed(value, node.style) else QuotedSlip(value) if quote_slip(value) else value


for _tag in _TYPED_TAGS:
    _Constructor.add_constructor(f"tag:yaml.org,2002:{_tag}", _Constructor.construct_verbatim)
_Constructor.add_constructor("tag:yaml.org,2002:str", _Constructor.construct_text)


class _Representer(RoundTripRepresenter):
    def represent_none(self, data):
        return self.represent_scalar("tag:yaml.org,2002:null", "null")

    def represent_verbatim(self, data):
        return self.represent_scalar(data.tag, str(data))


_Representer.add_representer(Verbatim, _Representer.represent_verbatim)
_Representer.add_representer(QuotedSlip, _Representer.represent_str)
_Representer.add_representer(QuotedBreak, _Representer.represent_str)
_Representer.add_representer(type(None), _Representer.represent_none)


class _Emitter(RoundTripEmitter):
    def choose_scalar_style(self):
        """Where YAML needs quotes, or a YAML 1.1 reader would read a plain text otherwise (`"yes"`), double ones (one
        quoting style in every file), but single ones for a text holding a `"` on one line: `'关于"十四五"规划'` reads as typed, where double quotes would escape it
        (`"关于\\"十四五\\"规划"`), which a clerk would copy as it stands."""
        style = super().choose_scalar_style()
        if not style and self.event.tag == "tag:yaml.org,2002:str" and read_otherwise_by_yaml_1_1(self.event.value):
            return '"'  # `yes` is text in YAML 1.2, true to a YAML 1.1 reader (see yaml11)
        if style in ("'", '"') and '"' in self.event.value and self.analysis.allow_single_quoted \
                and not self.analysis.multiline:
            return "'"
        return '"' if style == "'" else style

    @RoundTripEmitter.stream.setter
    def stream(self, stream):
        if stream is not None:
            RoundTripEmitter.stream.fset(self, LineStream(stream))

    def write_comment(self, comment, pre=False):
        """A comment that ends a line at the distance from its text that comment_columns.py decides on
        (ruamel writes it at the column it was typed at, however the line's text changed)."""
        if isinstance(comment, TypedComment) and not pre and self.column and comment.value.startswith("#"):
            column = self.column + spaces_before(self.stream.line, comment.typed)
            comment = CommentToken(comment.value, CommentMark(column), None)
        super().write_comment(comment, pre)

    def write_literal(self, text, comment=None):
        super().write_literal(text, self._indicator_comment("|", text, comment))

    def write_folded(self, text, comment):
        super().write_folded(text, self._indicator_comment(">", text, comment))

    def _indicator_comment(self, style: str, text: str, comment):
        """The comment after a block's `|` or `>`, which ruamel writes with the blanks typed before it."""
        if not isinstance(comment, TypedText):
            return comment
        written = self.stream.line + ("" if self.whitespace else " ") + style + self.determine_block_hints(text)[0]
        return " " * spaces_before(written, comment.typed) + comment.lstrip(" ")


def canonical_yaml() -> YAML:
    """The round-trip YAML instance that reads and writes specs in the canonical layout."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Scanner, yaml.Composer, yaml.Constructor = _Scanner, _Composer, _Constructor
    yaml.Representer, yaml.Emitter = _Representer, _Emitter
    yaml.indent(mapping=2, sequence=4, offset=2)
    # never fold a line, however long: at 1,000,000 columns the emitter put a longer value (a plain text of a million
    # characters, a pasted table) on a line of its own below its key, after a `key: ` with a trailing space
    yaml.width = sys.maxsize
    yaml.allow_duplicate_keys = False
    return yaml


def dump(data: Any) -> str:
    out = io.StringIO()
    canonical_yaml().dump(data, out)
    return out.getvalue()


def _literal_ok(text: str) -> bool:
    """A `|` block reads back exactly the same text (no trailing blanks, no other kind of line break)."""
    return ("\n" in text and not any(ch in _LINE_BREAKS_OTHER_THAN_NEWLINE for ch in text)
            and all(ch.isprintable() or ch == "\n" for ch in text)
            and not any(line != line.rstrip(" \t") for line in text.split("\n")))


def styled(text: str, schema: dict, typed_in_quotes: bool = True, break_printed: bool = False) -> str:
    """The text as the canonical layout writes it: a `|` block, double-quoted, or plain. A value wrapped in Chinese
    quotes (`“≥98%”`, or with one at an end unpaired, `“≥98%`: TEXT-QUOTES) and typed without English ones (`typed_in_quotes` False) stays so, plain where YAML
    allows, in a field written in double quotes too: quoted round it (`"“≥98%”"`), it looked deliberate, and the
    quotes validate tells the author to replace were frozen inside the ones it asks for. fmt never changes data;
    the author fixes it as validate says. A text whose closing line break the forms print (`break_printed`: a
    QuotedBreak) stays in double quotes: as a `|` block, the form would lose that break (block_ends)."""
    if break_printed:
        return DoubleQuotedScalarString(text)
    if _literal_ok(text):
        return LiteralScalarString(text)
    if double_quoted(schema) and (typed_in_quotes or not quote_slip(text)):
        return DoubleQuotedScalarString(text)
    return str(text)


class Layout:
    """Puts a round-trip tree into the canonical layout, guided by one schema file (and, when
    formatting a spec, the spec's data as jixiao reads it)."""

    def __init__(self, store: SchemaStore, schema_file: str | None, data: Any = None):
        self.store, self.schema_file, self.data = store, schema_file, data

    def schema_at(self, path: tuple) -> dict:
        """The resolved subschema at an instance path ({} when the variant is unknown)."""
        if self.schema_file is None:
            return {}
        return self.store.node_at(self.schema_file, path)

    def _typed_text(self, path: tuple) -> bool:
        """A value typed like a number or date (`08`, `1e3`, `2025-12-31`) in a text field, which jixiao
        reads as text: written as text, so that editors reading YAML 1.2 (VS Code) see the text too,
        not a number the schema rejects. Not a long number Excel showed in scientific notation
        (`1.58734E+10`): its digits are lost, and quoted it would look fixed (TEXT-NUMBER says to retype it)."""
        if self.data is None or self.schema_at(path).get("type") != "string":
            return False
        try:
            value = datapath.get(self.data, path)
        except (KeyError, IndexError, TypeError):
            return False
        return isinstance(value, str) and scientific_number(value) is None

    def apply(self, node: Any, path: tuple = (), place_above: Callable[[str], None] | None = None) -> None:
        if not path:
            _as_blocks(node)
        if isinstance(node, CommentedMap):
            reorder(node, schema_order(list(node), list(self.schema_at(path).get("properties", {}))), place_above)
            items = list(node.items())
        elif isinstance(node, CommentedSeq):
            lift_block_comments(node)
            items = list(enumerate(node))
        else:
            return
        for key, value in items:
            if isinstance(value, str) and (not isinstance(value, Verbatim) or self._typed_text(path + (key,))):
                replace_scalar(node, key, styled(str(value), self.schema_at(path + (key,)),
                                                 typed_in_quotes=isinstance(value, QuotedSlip),
                                                 break_printed=isinstance(value, QuotedBreak)))
            else:
                item = partial(above_item, node, key) if isinstance(node, CommentedSeq) else None
                self.apply(value, path + (key,), item)


def canonical_text(text: str, layout: Layout) -> str:
    """A spec's text (no `---`, lines ending in `\n`) in the canonical layout: what fmt writes, and what
    `new --from` writes, so that a spec it starts passes `fmt --check` whatever the layout of its source."""
    tree = canonical_yaml().load(up_to_their_keys(text))  # comments only: the data read is the same
    layout.apply(tree)
    share_list_heads(tree)
    dedent_comment_lines(tree)
    return align(dump(tree)).lstrip("\n")  # a blank line that opened the file (or followed `---`)


def _as_blocks(node: Any) -> None:
    """`{name: …, content: …}` as typed in one line: one item per line, everywhere before any key moves.

    ruamel files the comment lines below a flow collection elsewhere than below a block, where reorder()
    looks for the lines that go with the key below."""
    if not isinstance(node, (CommentedMap, CommentedSeq)) or not node:  # an empty one can only be [] or {}
        return
    node.fa.set_block_style()
    closing(node)
    for key, value in list(node.items()) if isinstance(node, CommentedMap) else enumerate(node):
        if isinstance(value, (CommentedMap, CommentedSeq)) and value and value.fa.flow_style():
            unflow(node, key)
        _as_blocks(value)


@dataclass
class Formatted:
    """One file through the formatter: its text before and after, or the problems that stopped it."""

    path: str
    before: str = ""
    after: str = ""
    problems: list[Problem] = field(default_factory=list)
    spec: Spec | None = field(default=None, repr=False)
    layout: Layout | None = field(default=None, repr=False)

    @property
    def changed(self) -> bool:
        return not self.problems and self.after != self.before

    def field_at(self, line: int) -> str | None:
        """The name of the field whose key typed line `line` begins with, as validate names it (`第 1 个绩效指标的“三级指标”`,
        `预算整体情况`): `fmt --check` says which field it moves, which the line it quotes the field's new
        neighbour by (`level2: 数量指标`, in every indicator) left to be found. None where no key begins the line,
        or the form is unknown."""
        if line not in self._keys or self.layout is None or self.layout.schema_file is None:
            return None
        return self.layout.store.field_name(self.layout.schema_file, self._keys[line][1])

    @cached_property
    def _keys(self) -> dict[int, tuple[int, tuple]]:
        """(column, path) of the first key on each typed line that has one, found once a file has a key to name."""
        keys: dict[int, tuple[int, tuple]] = {}
        for path in _key_paths(self.spec.data if self.spec is not None else None):
            line, column = self.spec.locate(path, key=True)
            if line not in keys or column < keys[line][0]:
                keys[line] = (column, path)
        return keys


def _key_paths(data: Any, path: tuple = ()):
    """The path of every key in the data, a mapping's before what it holds."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield path + (key,)
            yield from _key_paths(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _key_paths(value, path + (index,))


def _comments(text: str) -> list[tuple[int, str]]:
    """(line, words) of every comment in a YAML text, as ruamel's scanner attaches them to tokens (a
    `#` inside a text or a `|` block is not one)."""
    found: list[tuple[int, str]] = []

    def collect(item: Any, line: int) -> None:
        if isinstance(item, list):
            for part in item:
                collect(part, line)
        elif isinstance(item, str):  # the comment after a block scalar's `|`, kept as a bare string
            collect_lines(item, line)
        elif item is not None and hasattr(item, "value"):
            collect_lines(item.value, item.start_mark.line + 1)

    def collect_lines(value: str, line: int) -> None:
        for offset, words in enumerate(split_lines(value)):
            if words.strip().startswith("#"):
                found.append((line + offset, words.strip()))

    for token in YAML(typ="rt", pure=True).scan(text):
        collect(getattr(token, "_comment", None), token.start_mark.line + 1)
    return found


def without_document_start(text: str) -> str:
    """The text without the `---` that opens its one document (a comment after it stays on its line).

    The canonical layout has no `---`; ruamel drops it, and with it the comment lines above it (often the
    schema line), which fmt then refused to lose (FMT-COMMENT), and so did `new --from` (rollover.py)."""
    return _DOCUMENT_START.sub(r"\1", text, count=1)


def _hashed_tails(text: str) -> Counter:
    """From each `#` after a blank to the end of its line: every comment is one, and so is `#` text."""
    return Counter(m.group(0).strip() for m in re.finditer(r"(?:^|(?<=\s))#.*$", text, re.MULTILINE))


def lost_comment(before: str, after: str) -> tuple[int, int, str] | None:
    """Line, column and words of the first comment of `before` that `after` no longer has, if any.

    Scanning for comments costs as much as parsing; when every `#…` tail of `before` is still in
    `after`, no comment can be gone, and the scan is skipped (the usual case)."""
    if not _hashed_tails(before) - _hashed_tails(after):
        return None
    old = _comments(before)
    lost = Counter(words for _, words in old) - Counter(words for _, words in _comments(after))
    first = min(((line, words) for line, words in old if words in lost), default=None)
    if first is None:
        return None
    return *_place_comment(split_lines(before), *first), first[1]


def comment_places(text: str) -> list[tuple[int, int, str]]:
    """Line, column and words of every comment in a YAML text, in order."""
    lines = split_lines(text)
    return [(*_place_comment(lines, line, words), words) for line, words in _comments(text)]


def _place_comment(lines: list[str], line: int, words: str) -> tuple[int, int]:
    """Line and column of the comment `words` the scanner put at `line`: near the comment, not always on it.
    `lines` are split where YAML ends a line (split_lines): splitlines() also ends one at a U+2028 in a
    value, and placed every comment below it a line too low."""
    if not (0 < line <= len(lines) and lines[line - 1].rstrip().endswith(words)):
        line = next((i + 1 for i in range(max(line - 2, 0), len(lines)) if lines[i].rstrip().endswith(words)), line)
    column = lines[line - 1].rfind(words) + 1 if line <= len(lines) else 1
    return line, max(column, 1)


class Formatter:
    """Formats specs against the variants under one set of roots (schemas loaded once)."""

    def __init__(self, roots: Roots | None = None, catalog: Catalog | None = None):
        """`catalog`: one already read (the command's, which fmt's Validator shares), else read from `roots`."""
        self.catalog = Catalog(roots) if catalog is None else catalog
        self.store = self.catalog.store

    def layout_for(self, data: Any) -> Layout:
        """The layout of the spec's variant, or only the generic rules when its form is unknown."""
        form = data.get("form") if isinstance(data, dict) else None
        variant = self.catalog.get(form) if isinstance(form, str) else None
        return Layout(self.store, variant.schema_path.name if variant else None, data)

    def format_spec(self, spec: Spec) -> Formatted:
        result = Formatted(spec.path, before=spec.text, problems=list(spec.problems))
        if spec.data is None:
            return result
        if "form" not in spec.data:  # a workflow, a profile: YAML fmt must not rewrite as if it were a spec
            result.problems.append(Problem(spec.path, *WHOLE_FILE, Severity.WARNING, NOT_SPEC,
                                           "没有 form 字段，不是规格文件，未改动"))
            return result
        layout = self.layout_for(spec.data)
        result.spec, result.layout = spec, layout
        elsewhere = None if layout.schema_file else self._form_of_own_project(spec)
        if elsewhere:
            result.problems.append(elsewhere)
            return result
        joined = self.joined_lines(spec, layout)
        if joined:
            result.problems.extend(joined)
            return result
        text = without_document_start(spec.text.replace("\r\n", "\n").replace("\r", "\n"))  # YAML reads both as \n
        result.after = canonical_text(text, layout)
        changed = first_difference(spec.data, load_text(spec.path, result.after).data)
        if changed is not None:
            place = changed_place(spec, changed)
            result.problems.append(Problem(spec.path, *place, Severity.ERROR, "FMT-UNSAFE",
                                           f"格式化会改变文件中的数据{from_here(place)}，已保持原样未修改；请把这个文件报告给维护者"))
        lost = None if result.problems else lost_comment(text, result.after)
        if lost:
            line, column, comment = lost
            result.problems.append(Problem(
                spec.path, line, column, Severity.ERROR, "FMT-COMMENT",
                f"格式化会丢掉注释“{comment}”，已保持原样未修改；请把它移到所说明的键的上一行或行尾",
            ))
        return result

    def _form_of_own_project(self, spec: Spec) -> Problem | None:
        """FORM-UNKNOWN, the file left as it is, when the spec's form is none of the project read but its own
        project's (the nearest jixiao.yaml above it, another one) has it: plain `jixiao fmt big/unit/specs/a.yaml`
        run at the top of a repository read the top's project, and without the form's schema took off the quotes
        its indicator values need, so the pre-commit hook, which reads the spec's own project, failed again. A form
        no project knows is still formatted by the generic rules."""
        form = spec.data.get("form")
        theirs = other_than_read(spec.path, self.catalog.roots.project)
        if not isinstance(form, str) or theirs is None:
            return None
        from .command_paths import cmd_notes, quoted, variant_roots
        from .schema_line import shown

        try:
            known = Catalog(variant_roots(None, None, read_project(theirs))).get(form)
        except UsageError:  # a broken jixiao.yaml there: its own commands say what is wrong with it
            return None
        if known is None:
            return None
        line, column = spec.locate(("form",))
        inside = Path(spec.path).resolve().relative_to(theirs.parent.resolve())
        return Problem(spec.path, line, column, Severity.ERROR, FORM_UNKNOWN,
                       f"表样“{form}”不在当前文件夹读的设置里，而这个规格所在的项目（{shown(theirs)}）有它；"
                       f"不按它的 schema 就不知道哪些值要加引号，已保持原样未修改；请在 {quoted(shown(theirs.parent))} "
                       f"里运行 jixiao fmt {quoted(inside)}，或在这里加上 --per-file-project："
                       f"jixiao fmt --per-file-project {quoted(spec.path)}{cmd_notes([theirs.parent, inside, spec.path])}")

    def joined_lines(self, spec: Spec, layout: Layout) -> list[Problem]:
        """A value whose line breaks YAML reads as spaces, which fmt would write out so: the data is the same, but
        the slip is gone from sight. Text broken where Word wrapped it (TEXT-LINE-BREAK) would print its stray
        space unwarned, on one line (plain or quoted) or in a `|` block (a `>` block's); and lines an indentation
        slip put under a plain value above (`amount: 49.41` over the rest of a `|` block) could no longer be moved
        back by indenting them. A quoted value or a `>` block wrapping English text is joined as YAML reads it. How
        to mend it is TEXT-LINE-BREAK's (`folded_space`, `below_fix`, `hidden_line_ends`): a numbered paragraph below
        is to go in a `|` block, not be joined back, and a full-width space ending the line is to be deleted too,
        whichever command tells it."""
        problems = []
        for path, text in iter_strings(spec.data):
            line, column, typed = spec.typed(path)
            if typed.startswith("|"):
                continue
            if typed[:1] in ("'", '"', ">"):
                folded = folded_space(text, typed, spec.lines, line)
                if folded is None:
                    continue
                printed, how, fix = folded
                what = (f"{how}，格式化会把它写成 | 块、留下这些空格" if typed.startswith(">")
                        else f"{how}，格式化会把这几行接成一行、留下这个空格")
                said = f"{what}（表上印作“{printed}”），已保持原样未修改；{fix}"
            elif (at := joined_at(typed, text)) is not None:
                hidden = hidden_line_ends(text, at)
                said = ("这一项接着写到了下一行，格式化会把这几行接成一行（换行变成空格）"
                        + (f"（表上印作“{hidden[0]}”）" if hidden else "") + "，已保持原样未修改；请先改好："
                        + (below_fix(spec.lines, line) or "把下一行接回这一行末尾，要分段时请改用 | 块，"
                           "下一行本不属于这一项的（如缩进错了）请改正缩进")
                        + (f"；{hidden[1]}" if hidden else ""))
            else:
                continue
            field_name = (self.store.field_name(layout.schema_file, path) if layout.schema_file
                          else f"“{datapath.json_path(tuple(path))}”")
            problems.append(Problem(spec.path, line, column, Severity.ERROR, JOINED_LINES, f"{field_name}：{said}"))
        return problems

    def format_file(self, path: str | Path) -> Formatted:
        result = self.format_spec(load(path, self.catalog))
        if result.after and starts_with_bom(path):  # the loader drops it; the file written by fmt has none
            result.before = BOM + result.before
        return result

    @staticmethod
    def own_problems(result: Formatted, validator) -> list[Problem]:
        """What keeps fmt from a file, without what validate reports of it (`fmt --leave-to-validate`, for CI
        after validate): a typo or a tag the loader refuses, word for word, NOT_SPEC, fmt's word for validate's
        FORM-MISSING, and JOINED_LINES on a line validate finds an error on (`amount: 49.41` slipped above the last
        lines of a `|` block is validate's SCHEMA-TYPE there: one slip fails one check), as is FORM_UNKNOWN when
        validate, reading the same project, finds the form unknown too. A comment fmt would lose, and text broken
        over lines that validate only warns of (TEXT-LINE-BREAK), are fmt's own, and stay."""
        if not result.problems:
            return []
        reported = validator.check_file(result.path).problems
        wrong_lines = {p.line for p in reported if p.is_error}
        unknown = {p.line for p in reported if p.code == FORM_UNKNOWN}
        return [p for p in besides(result.problems, reported)
                if p.code != NOT_SPEC and not (p.code == JOINED_LINES and p.line in wrong_lines)
                and not (p.code == FORM_UNKNOWN and p.line in unknown)]


def starts_with_bom(path: str | Path) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(3) == BOM.encode("utf-8")
    except OSError:
        return False
