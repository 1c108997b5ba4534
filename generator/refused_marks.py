"""The YAML marks no spec uses, found before either parser builds anything: anchors, aliases and tags.

An alias (`*x`) repeats what an anchor (`&x`) marked; an alias bomb must not expand. An anchor alone
(`amount: &a 12.00`) changes nothing the spec holds, but fmt would keep it and both parsers would
accept it, so a spec passing with one would teach the mark; it is refused where it is typed too. A tag (`!!set`,
`!!binary`, `!!float`, `!foo`) makes a value a type no form holds (a set, bytes), or the same value read
otherwise than typed (`!!float 12.5`, `!!str 2023`), which fmt could not write back as typed. Either is
refused once, here, where the mark was typed: every command that reads a spec loads it first.

The text is scanned by ruamel's scanner, whose marks count lines as the messages do (see yaml_lines),
and only when it holds what may start one of them.
"""
from __future__ import annotations

import re
from typing import Iterator

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.tokens import (
    AliasToken, AnchorToken, BlockEntryToken, FlowEntryToken, FlowMappingEndToken, FlowMappingStartToken, FlowSequenceEndToken,
    FlowSequenceStartToken, KeyToken, ScalarToken, TagToken, Token, ValueToken,
)

from .key_names import Gloss
from .yaml_lines import split_lines

HINT = re.compile(r"(?:^|[\s\[{,:])[&*][^\s,\[\]{}]|(?:^|[\s\[{,:\ufeff])!")
"""What may start an anchor, an alias or a tag (after a quoted key's colon too: `{"a":&x 1}`); a text without it
is not scanned."""
_FLOW_STARTS = (FlowSequenceStartToken, FlowMappingStartToken)
_FLOW_ENDS = (FlowSequenceEndToken, FlowMappingEndToken)
_FLOW_INSIDE = (ScalarToken, FlowEntryToken, KeyToken, ValueToken)
_UNQUOTABLE = re.compile('["\\\\\r\n\x85\u2028\u2029]')
_LONGEST_EXAMPLE = 40


def find(text: str, gloss: Gloss) -> tuple[int, int, str, str] | None:
    """(line, column, code, message) of the first anchor, alias or tag in `text`, if any. A text the scanner
    fails on raises its error, for the loader to place like any other."""
    tokens = YAML(typ="safe", pure=True).scan(text)
    before: list[Token] = []
    for token in tokens:
        if isinstance(token, AliasToken):
            return _alias(text, token, before, gloss)
        if isinstance(token, AnchorToken):
            return _anchor(text, token)
        if isinstance(token, TagToken):
            return _tag(text, token, before, tokens, gloss)
        before = before[-1:] + [token]
    return None


def _alias(text: str, alias: AliasToken, before: list[Token], gloss: Gloss) -> tuple[int, int, str, str]:
    """An alias, which is always text meant: an anchor before it would have been refused first, so nothing
    is named `*x`. A value starting with `*` (`note: *重点项目`, `- *按时完成`) is written quoted, the whole
    line shown, when the rest of its line is that value."""
    mark = alias.start_mark
    lines = split_lines(text)
    line = lines[mark.line] if mark.line < len(lines) else ""
    value, comment = re.fullmatch(r"(.*?)((?:[ ]+#.*)?)[ ]*", line[mark.column:]).groups()
    whole = isinstance(before[-1], (ValueToken, BlockEntryToken)) if before else False
    example = f"，写成：{line[:mark.column]}{_quoted(value)}{comment}" if whole and not re.search(r"[,\[\]{}]", value) else ""
    return (mark.line + 1, mark.column + 1, "YAML-ALIAS",
            f"{_named(text, before, gloss)}值开头的“*”在 YAML 中表示别名（引用 & 锚点起名的内容），规格里不用锚点和别名；"
            f"以 * 开头的文字要给整个值加上引号{example}")


def _quoted(value: str) -> str:
    """`value` in double quotes, or in single quotes (a quote inside doubled) when it holds a `"` or `\\`."""
    return f"'{value.replace(chr(39), chr(39) * 2)}'" if re.search(r'["\\]', value) else f'"{value}"'


def _named(text: str, before: list[Token], gloss: Gloss) -> str:
    """“key”（中文名）的, for a value right after a key that begins its line (so that `gloss` names the right
    field); empty otherwise."""
    key = before[0] if len(before) == 2 and isinstance(before[1], ValueToken) and isinstance(before[0], ScalarToken) \
        and _begins_line(text, before[0]) else None
    return f"“{key.value}”{gloss(key.value, key.start_mark.line + 1)}的" if key else ""


def _tag(text: str, tag: TagToken, before: list[Token], after: Iterator[Token], gloss: Gloss) -> tuple[int, int, str, str]:
    """A tag, named as typed, with the key whose value it stands before (when that key begins its line, so
    that `gloss` names the right field) and the whole value quoted, when it is short and on one line; or
    typed before a key."""
    mark = tag.start_mark
    typed = text[mark.index:tag.end_mark.index]
    named = _named(text, before, gloss)
    said = f"是 YAML 标签（指定把{{}}读成哪种类型），规格里不用标签；请删掉“{typed}”"
    if before and isinstance(before[-1], KeyToken):  # `!!str unit: x`
        return mark.line + 1, mark.column + 1, "YAML-TAG", f"键开头的“{typed}”{said.format('键')}"
    end = _value_end(after)
    value = text[mark.index:end] if end else ""
    example = f"，写成 \"{value}\"" if value and len(value) <= _LONGEST_EXAMPLE and not _UNQUOTABLE.search(value) else ""
    return (mark.line + 1, mark.column + 1, "YAML-TAG",
            f"{named}值开头的“{typed}”{said.format('值')}（如果这是文字内容，请给整个值加上双引号{example}）")


def _anchor(text: str, anchor: AnchorToken) -> tuple[int, int, str, str]:
    """An anchor, named as typed, with its line written without it when the line holds no more after it."""
    mark = anchor.start_mark
    typed = text[mark.index:anchor.end_mark.index]
    lines = split_lines(text)
    line = lines[mark.line] if mark.line < len(lines) else ""
    without = (line[:mark.column] + line[mark.column + len(typed):].lstrip(" ")).rstrip()
    example = f"，写成：{without}" if line[mark.column:].startswith(typed) and without.strip() else ""
    return (mark.line + 1, mark.column + 1, "YAML-ALIAS",
            f"“{typed}”是 YAML 锚点（给内容起名，供别名 *{anchor.value} 引用），规格里不用锚点和别名（& 与 *）；"
            f"请删掉“{typed}”{example}")


def _begins_line(text: str, key: ScalarToken) -> bool:
    """Whether `key` is the first key of its line, after the indent and any list dashes."""
    lines = split_lines(text)
    line = lines[key.start_mark.line] if key.start_mark.line < len(lines) else ""
    return re.fullmatch(r"[ ]*(?:-[ ]+)*", line[:key.start_mark.column]) is not None


def _value_end(tokens: Iterator[Token]) -> int | None:
    """Where in the text the value after a tag ends: a scalar, or a bracketed list or mapping; None for a
    block, a value holding another mark, or a text the scanner fails on further on."""
    depth = 0
    try:
        for token in tokens:
            if isinstance(token, _FLOW_STARTS):
                depth += 1
            elif isinstance(token, _FLOW_ENDS):
                depth -= 1
            elif not (isinstance(token, ScalarToken) or depth and isinstance(token, _FLOW_INSIDE)):
                return None
            if depth <= 0:
                return token.end_mark.index if depth == 0 else None
    except YAMLError:
        return None
    return None
