"""The YAML marks no spec uses, found before either parser builds anything: anchors, aliases, tags and merge keys.

An alias (`*x`) repeats what an anchor (`&x`) marked; an alias bomb must not expand. An anchor alone
(`amount: &a 12.00`) changes nothing the spec holds, but fmt would keep it and both parsers would
accept it, so a spec passing with one would teach the mark; it is refused where it is typed too. A tag (`!!set`,
`!!binary`, `!!float`, `!foo`) makes a value a type no form holds (a set, bytes), or the same value read
otherwise than typed (`!!float 12.5`, `!!str 2023`), which fmt could not write back as typed. Either is
refused once, here, where the mark was typed: every command that reads a spec loads it first. An anchor is
YAML-ANCHOR, an alias YAML-ALIAS: a clerk's `&某单位` or `*重点` is mostly text begun with the mark, to be quoted;
an anchor some alias uses, or an alias for an amount, was meant, and the content is to be written out instead.
A merge key (`<<: {basic: 610.85}`, YAML 1.1's way of copying one mapping's fields into another, which both parsers
still do) is refused for the anchor's reasons, as YAML-MERGE: the fields it adds are typed on no line of their own.

The text is scanned by ruamel's scanner, whose marks count lines as the messages do (see yaml_lines),
and only when it holds what may start one of them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice, takewhile
from typing import Iterator

from ruamel.yaml import YAML
from ruamel.yaml.error import StreamMark, YAMLError
from ruamel.yaml.scanner import ScannerError
from ruamel.yaml.tokens import (
    AliasToken, AnchorToken, BlockEntryToken, BlockMappingStartToken, BlockSequenceStartToken, FlowEntryToken, FlowMappingEndToken, FlowMappingStartToken, FlowSequenceEndToken,
    FlowSequenceStartToken, KeyToken, ScalarToken, TagToken, Token, ValueToken,
)

from .key_lines import DASH_LINE, KEY_LINE, indent_width, line_above
from .key_names import Gloss, KeyNames
from .yaml_lines import BOM, LINE_BREAK, TOKEN_LEAD, comment_start, line_with_value, quoted_length, split_lines, typed_value, \
    without_comment

HINT = re.compile(r"(?:^|[\s\[{,:])[&*]|(?:^|[\s\[{,:\ufeff])!|(?:^|[\s\[{,])<<")
"""What may start an anchor, an alias, a tag (after a quoted key's colon too: `{"a":&x 1}`) or a merge key, or a mark
with no name (`* 组织…`); a text without it is not scanned."""
_FLOW_STARTS = (FlowSequenceStartToken, FlowMappingStartToken)
_FLOW_ENDS = (FlowSequenceEndToken, FlowMappingEndToken)
_FLOW_INSIDE = (ScalarToken, FlowEntryToken, KeyToken, ValueToken)
_COLLECTIONS = (BlockMappingStartToken, BlockSequenceStartToken, BlockEntryToken, *_FLOW_STARTS)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)")


def find(text: str, names: KeyNames) -> tuple[int, int, str, str] | None:
    """(line, column, code, message) of the first anchor, alias or tag in `text`, if any. A `*` or `&` with no name
    after it (`* 组织…`, a Markdown bullet), which the scanner fails on, is said here as a text begun with the mark,
    and so is a `*甲` at the column of a mapping's keys where an item or a text goes, which it fails on as an alias
    meant for a key with its ":" missing; any other error of the scanner is raised, for the loader to place like any
    other."""
    columns = _Columns(text)
    tokens = columns.counted(YAML(typ="safe", pure=True).scan(text))
    before: list[Token] = []
    try:
        for token in tokens:
            if isinstance(token, AliasToken):
                return _without_bom(*_alias(text, token, before, names))
            if isinstance(token, AnchorToken):
                return _without_bom(*_anchor(text, token, before, list(islice(_scanned(tokens), 1)), names))
            if isinstance(token, TagToken):
                return _without_bom(*_tag(text, token, before, tokens, names))
            if isinstance(token, ScalarToken) and token.plain and token.value == "<<" and before[-1:] \
                    and isinstance(before[-1], KeyToken):
                return _without_bom(*_merge(text, token, list(_on_line(tokens, token.start_mark.line))))
            before = before[-1:] + [token]
    except ScannerError as error:
        mark = columns.recounted(error.context_mark)
        if error.context in ("while scanning an alias", "while scanning an anchor") and mark is not None:
            code = "YAML-ALIAS" if error.context.endswith("alias") else "YAML-ANCHOR"
            return _without_bom(mark.line + 1, mark.column + 1, code, _begun_with(text, mark, before, names))
        starred = error.context == "while scanning a simple key" and mark is not None \
            and split_lines(text)[mark.line][mark.column:mark.column + 1] == "*"
        said = _star_first(text, mark, before, names) if starred else None
        if said:
            return _without_bom(mark.line + 1, mark.column + 1, "YAML-ALIAS", said)
        raise
    return None


def _without_bom(line: int, column: int, code: str, message: str) -> tuple[int, int, str, str]:
    """The problem, its message without the U+FEFF pasted into the line it quotes, which showed nothing and was
    copied back with the line as written (`写成：unit: "&﻿某单位"`), and saying it was left out."""
    if BOM not in message:
        return line, column, code, message
    return line, column, code, message.replace(BOM, "") + "；这一行里有看不见的字符 U+FEFF（多半是复制粘贴带来的），上面写出的已把它去掉"


class _Columns:
    """The columns of the scanner's marks as messages count them: its reader skips a U+FEFF uncounted (one pasted
    inside a line too, after the file's first), so on such a line a value's length from its marks was a character
    short and the quoted value a clerk was shown ended before its last character (`"&a 某单"位`)."""

    def __init__(self, text: str):
        inside = BOM in text[1:]
        self._starts = [0, *(found.end() for found in LINE_BREAK.finditer(text))] if inside else None
        self._first_skipped = text.startswith(BOM)

    def recounted(self, mark: StreamMark | None) -> StreamMark | None:
        """`mark`, its column counted from the start of its line (a BOM first in the file still left out)."""
        if mark is not None and self._starts is not None:
            mark.column = mark.index - self._starts[mark.line] - (self._first_skipped and mark.line == 0)
        return mark

    def counted(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """`tokens`, each mark's column recounted."""
        for token in tokens:
            self.recounted(token.start_mark)
            self.recounted(token.end_mark)
            yield token


def _alias(text: str, alias: AliasToken, before: list[Token], names: KeyNames) -> tuple[int, int, str, str]:
    """An alias: text meant, since an anchor before it would have been refused first, so nothing is named `*x`.
    A value starting with `*` (`note: *重点项目`, `- *按时完成`) is written quoted, the whole line shown, when the
    rest of its line is that value. Where a number goes, or where an anchor below has the name, it is an alias
    meant: the content it repeats is to be written out."""
    mark = alias.start_mark
    key = _key(text, before)
    anchored = next(_marks_named(text, "&", alias.value), None)
    if anchored or key and names.takes_number(key.value, key.start_mark.line + 1):
        written = f"把第 {anchored} 行“&{alias.value}”标出的内容直接写在这里" if anchored \
            else "直接写出这里的数字"
        return (mark.line + 1, mark.column + 1, "YAML-ALIAS",
                f"{_named(key, names)}“*{alias.value}”是 YAML 别名（引用 &{alias.value} 起名的内容），规格里不用锚点和别名（& 与 *）；"
                f"请删掉“*{alias.value}”，{written}")
    return mark.line + 1, mark.column + 1, "YAML-ALIAS", _begun_with(text, mark, before, names)


_MEANS = {"*": "别名（引用 & 锚点起名的内容）", "&": "锚点（给内容起名）"}


def _begun_with(text: str, mark: StreamMark, before: list[Token], names: KeyNames, length: int | None = None) -> str:
    """What to say of a text value begun with "*" or "&" at `mark` (`*重点项目`, `* 组织…`, `&某单位`): the field
    it is a value of, and its line with the whole value quoted: the value `length` long when the scanner said where
    it ends (`[甲, &b 乙]`), else when the rest of the line is that value."""
    lines = split_lines(text)
    line = lines[mark.line] if mark.line < len(lines) else ""
    char = line[mark.column:mark.column + 1]
    value = without_comment(line[mark.column:])
    first = _star_first(text, mark, before, names) if char == "*" else None
    if first:
        return first
    whole = isinstance(before[-1], (ValueToken, BlockEntryToken)) if before else False
    if length is not None:
        example = f"，写成：{line_with_value(line, mark.column, typed_value(line[mark.column:mark.column + length]), length)}"
    else:
        example = f"，写成：{line_with_value(line, mark.column, typed_value(value))}" \
            if whole and not re.search(r"[,\[\]{}]", value) else ""
    return (f"{_named(_key(text, before), names)}值开头的“{char}”在 YAML 中表示{_MEANS.get(char, '')}，规格里不用锚点和别名；"
            f"以 {char} 开头的文字要给整个值加上引号{example}")


def _star_first(text: str, mark: StreamMark, before: list[Token], names: KeyNames) -> str | None:
    """What to say of a `*` first on its line where a list item goes (`* 甲`, a Markdown bullet, or `*甲`; see
    _item_expected), or on the line below a text's key, no deeper than it (where no text could go): the item begun
    with "- ", and for `*甲`, which may be a text begun with a star, the item quoted; the text quoted after its key.
    Before a field of the group holding the line, the star is to be deleted (_star_deleted). None elsewhere: a value begun with "*" is told to be quoted where it stands."""
    lines = split_lines(text)
    line = lines[mark.line]
    value = without_comment(line[mark.column:])
    meant = value[1:].lstrip(" ")
    key = _key(text, before)
    gloss = f"“{key.value}”{names(key.value, key.start_mark.line + 1)}" if key else ""
    deleted = _star_deleted(lines, mark, gloss, names)
    if deleted:
        return deleted
    if key and key.start_mark.line < mark.line and mark.column <= key.start_mark.column and not line[:mark.column].strip(" ") \
            and names.takes_text(key.value, key.start_mark.line + 1):
        written = f"{lines[key.start_mark.line][:key.end_mark.column]}: {typed_value(value)}"
        return (f"{gloss}是文字，不是列表，这一行开头的“*”在 YAML 中表示{_MEANS['*']}；"
                f"请把文字写在“{key.value}:”后面，给整个值加上引号，写成：{written}")
    if not _item_expected(text, mark, before, names):
        return None
    item = line_with_value(line, mark.column, "- " + (meant if KEY_LINE.match(meant) else typed_value(meant)))
    starred = value[1:2] not in ("", " ") and not KEY_LINE.match(meant)
    text_too = f"；如果“*”是文字的一部分，请给这一项加上引号，写成：{line_with_value(line, mark.column, '- ' + typed_value(value))}" \
        if starred else ""
    return (f"{gloss}下" if gloss else "") + (f"这一行开头的“*”像是 Markdown 的列表符号，YAML 不认（“*”在 YAML 中表示{_MEANS['*']}）；"
                                              f"列表的每一项要以“- ”开头，写成：{item}{text_too}")


def _star_deleted(lines: list[str], mark: StreamMark, gloss: str, names: KeyNames) -> str | None:
    """What to say of a `*` first on its line before a field of the group holding the line (`*amount: 1` in a task,
    `* total: 1` under `income:`, as the schema reads the line once the star is gone), or before a list item already
    begun with "- " (`*- level1: 决策`): the star goes, the line without it shown. The field is no bullet (the group
    takes no item) and no text (quoted, the field would be lost); a dash added before the item would nest a list.
    None for any other line."""
    line = lines[mark.line]
    if line[:mark.column].strip(" "):
        return None
    unstarred = line[:mark.column] + line[mark.column + 1:].lstrip(" ")
    field = KEY_LINE.match(unstarred[mark.column:])
    named = KeyNames("\n".join([*lines[:mark.line], unstarred, *lines[mark.line + 1:]]), names.catalog)
    if field and not field["lead"] and named.declares(field["key"], mark.line + 1):
        where = f"“{field['key']}”{named(field['key'], mark.line + 1)}前面"
    elif unstarred.startswith("- ", mark.column):
        where = f"{gloss}下这一行开头" if gloss else "这一行开头"
    else:
        return None
    return f"{where}的“*”在 YAML 中表示{_MEANS['*']}，规格里不用锚点和别名；请删掉行首的“*”，写成：{unstarred}"


def _item_expected(text: str, mark: StreamMark, before: list[Token], names: KeyNames) -> bool:
    """Whether a `*` first on its line stands where a list item goes: under a list item above at its indent, or on
    a line below a key that holds a list (said by the schema, or by the `*` being no deeper than the key, where
    no text could go). Quoted there (`"* 甲"`), the line would be an indentation error."""
    lines = split_lines(text)
    if lines[mark.line][:mark.column].strip(" "):
        return False
    above = line_above(lines, mark.line + 1, mark.column)
    if above is not None and indent_width(lines[above - 1]) == mark.column and DASH_LINE.match(lines[above - 1]):
        return True
    key = _value_key(before)
    return key is not None and key.start_mark.line < mark.line and (
        mark.column <= key.start_mark.column or names.takes_list(key.value, key.start_mark.line + 1))


def _used_on(text: str, name: str) -> list[int]:
    """The lines (from 1) of the aliases `*name` in `text`, each once."""
    return list(dict.fromkeys(_marks_named(text, "*", name)))


def _marks_named(text: str, mark: str, name: str) -> Iterator[int]:
    """The lines (from 1) of the aliases `*name` or anchors `&name` (as `mark` says) in `text`, out of comments, found
    by their pattern, not by scanning the rest of the text, which took 36 s for a spec of 200,000 aliases to be refused.
    A mark counts only where the scanner starts a token (first on its line, after "- ", ": " or a bracket or comma)
    and where its name ends (a blank, a line break, a bracket or comma; not a full-width space, which the name goes
    on through): a clerk's `由 *某单位 负责` or `由 &某单位 负责`, plain or quoted, is text; taken for an alias, it
    made the clerk replace words typed there, and taken for an anchor, a lone `*某单位` look like an alias meant.
    A line of a block text (`|`) or of a quoted text going on over lines that begins with the mark is still counted.
    An anchor may stand after the alias that uses it, and after a tag (`!!str &x 甲`), as ruamel reads it; an alias
    after a tag (`!foo *x`) is no use, since ruamel refuses the line."""
    tagged = _TAG_BEFORE if mark == "&" else ""
    found = re.compile(TOKEN_LEAD + tagged + "(" + re.escape(mark + name) + r")(?=[ \t\r\n\x85\u2028\u2029,\[\]{}]|$)")
    starts = [0, *(end.end() for end in LINE_BREAK.finditer(text))]
    lines = split_lines(text)
    for match in found.finditer(text):
        line = bisect_right(starts, match.start(1)) - 1
        if "#" not in lines[line] or match.start(1) - starts[line] < comment_start(lines[line]):
            yield line + 1


_TAG_BEFORE = r"(?:!(?:<[^>\s]*>|[-0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%#]*)[ ][ \t]*)?"
"""A tag and the space the scanner wants after it, before an anchor (`!!str &x 甲`); its name as the scanner reads it."""


_USERS_NAMED = 5
"""Lines of an anchor's aliases its message names, then how many there are: 200,000 made a message of 1.4 MB."""


def _on_line(tokens: Iterator[Token], line: int) -> Iterator[Token]:
    """The tokens left that start on `line` (from 0), up to where the scanner fails, if it does: not the rest of the
    text, scanned for nothing."""
    return takewhile(lambda token: token.start_mark.line <= line, _scanned(tokens))


def _scanned(tokens: Iterator[Token]) -> Iterator[Token]:
    """The tokens left, up to where the scanner fails, if it does."""
    try:
        yield from tokens
    except YAMLError:
        return


def _key(text: str, before: list[Token]) -> ScalarToken | None:
    """The key a value right after it belongs to, when it begins its line (so that a gloss names the right field)."""
    key = _value_key(before)
    return key if key and _begins_line(text, key) else None


def _value_key(before: list[Token]) -> ScalarToken | None:
    """The key of the value that comes next, when the two tokens before it are that key and its `:`."""
    return before[0] if len(before) == 2 and isinstance(before[1], ValueToken) and isinstance(before[0], ScalarToken) else None


def _named(key: ScalarToken | None, gloss: Gloss) -> str:
    """“key”（中文名）的, for a value right after `key`; empty without one."""
    return f"“{key.value}”{gloss(key.value.replace(BOM, ''), key.start_mark.line + 1)}的" if key else ""


def _tag(text: str, tag: TagToken, before: list[Token], after: Iterator[Token], names: KeyNames) -> tuple[int, int, str, str]:
    """A tag, named as typed, with the key whose value it stands before (when that key begins its line, so
    that `names` names the right field) and its line as it should be typed, when the value is on the line: without
    the tag where the value after it is quoted already (`!!str "6次"`) or the field holds a number (`!!int "2024"`
    is 2024), else with the whole value quoted; or typed before a key."""
    mark = tag.start_mark
    typed = text[mark.index:tag.end_mark.index]
    key = _key(text, before)
    named = _named(key, names)
    said = f"是 YAML 标签（指定把{{}}读成哪种类型），规格里不用标签；请删掉“{typed}”"
    if before and isinstance(before[-1], KeyToken):  # `!!str unit: x`
        return mark.line + 1, mark.column + 1, "YAML-TAG", f"键开头的“{typed}”{said.format('键')}"
    end = _value_end(after)
    value = text[mark.index:end] if end else ""
    line = split_lines(text)[mark.line]
    on_line = value and line.startswith(value, mark.column)
    content = value[len(typed):].lstrip(" ")
    quoted = bool(content) and quoted_length(content) == len(content)
    number = key is not None and names.takes_number(key.value, key.start_mark.line + 1)
    if on_line and (quoted or number):
        inner = content[1:-1] if quoted else content
        written = inner if number and _NUMBER.fullmatch(inner) else content
        fixed = f"{line[:mark.column]}{written}{line[mark.column + len(value):]}".rstrip()
        return mark.line + 1, mark.column + 1, "YAML-TAG", f"{named}值开头的“{typed}”{said.format('值')}，写成：{fixed}"
    example = f"，写成：{line[:mark.column]}{typed_value(value)}{line[mark.column + len(value):]}".rstrip() if on_line else ""
    return (mark.line + 1, mark.column + 1, "YAML-TAG",
            f"{named}值开头的“{typed}”{said.format('值')}（如果这是文字内容，请给整个值加上引号{example}）")


def _anchor(text: str, anchor: AnchorToken, before: list[Token], after: list[Token], names: KeyNames) -> tuple[int, int, str, str]:
    """An anchor, named as typed. When aliases use it, their lines are named, with what to write there: the
    value it marks, typed on its line. When none does, a text after it (`content: &重点 组织…`), or nothing
    (`unit: &某单位`), is a value begun with "&": the whole value is quoted, since deleting the mark would lose
    text the clerk typed. Before a number, or a list or mapping on the lines below, the anchor goes."""
    mark = anchor.start_mark
    typed = text[mark.index:anchor.end_mark.index]
    lines = split_lines(text)
    line = lines[mark.line] if mark.line < len(lines) else ""
    value = after[0] if after and isinstance(after[0], ScalarToken) and after[0].start_mark.line == mark.line else None
    content = text[value.start_mark.index:value.end_mark.index] if value else None
    said = f"“{typed}”是 YAML 锚点（给内容起名，供别名 *{anchor.value} 引用），规格里不用锚点和别名（& 与 *）"
    users = _used_on(text, anchor.value)
    text_meant = not users and (value.style is None and not _NUMBER.fullmatch(value.value) if value
                                else not (after and isinstance(after[0], _COLLECTIONS)))
    if text_meant and line[mark.column:].startswith(typed) and (value is None or value.end_mark.line == mark.line):
        length = (value.end_mark.column if value else mark.column + len(typed)) - mark.column
        return mark.line + 1, mark.column + 1, "YAML-ANCHOR", _begun_with(text, mark, before, names, length)
    without = (line[:mark.column] + line[mark.column + len(typed):].lstrip(" ")).rstrip()
    example = f"，写成：{without}" if line[mark.column:].startswith(typed) and without.strip() else ""
    where = "、".join(map(str, users[:_USERS_NAMED])) + (f" 等 {len(users)}" if len(users) > _USERS_NAMED else "")
    used = (f"；第 {where} 行的“*{anchor.value}”请写成 {content}" if content is not None and "\n" not in content
            else f"；第 {where} 行的“*{anchor.value}”请换成它引用的内容，直接写出来") if users else ""
    return mark.line + 1, mark.column + 1, "YAML-ANCHOR", f"{said}；请删掉“{typed}”{example}{used}"


def _merge(text: str, merge: ScalarToken, after: list[Token]) -> tuple[int, int, str, str]:
    """A merge key, at its `<<`. Its fields are to be typed out in the mapping it stands in: named as typed when
    it merges a `{…}` of plain fields on its line (`<<: {basic: 610.85}`), which the clerk can copy."""
    mark = merge.start_mark
    fields = _flow_fields(text, mark.line, after)
    said = "“<<”是 YAML 的合并写法（把后面的一组字段并入这一组），规格里不用；请删掉“<<:”"
    if not fields:
        return mark.line + 1, mark.column + 1, "YAML-MERGE", f"{said}，把要并入的字段直接写在这一组里"
    begins = re.fullmatch(r"[ ]*(?:-[ ]+)*", split_lines(text)[mark.line][:mark.column]) is not None
    where = "，各占一行、与“<<”对齐" if begins else ""
    typed = "、".join(f"“{field}”" for field in fields)
    return mark.line + 1, mark.column + 1, "YAML-MERGE", f"{said}，把这些字段直接写在这一组里{where}：{typed}"


def _flow_fields(text: str, line: int, after: list[Token]) -> list[str] | None:
    """The fields of a `{key: value, …}` after a merge key's colon, each as typed, when it is on `line` and holds
    only plain keys with a value each; None otherwise (an alias, a list of mappings, a nested `{…}`)."""
    if len(after) < 2 or not isinstance(after[0], ValueToken) or not isinstance(after[1], FlowMappingStartToken):
        return None
    fields, rest = [], after[2:]
    while len(rest) >= 4 and isinstance(rest[0], KeyToken) and isinstance(rest[1], ScalarToken) \
            and isinstance(rest[2], ValueToken) and isinstance(rest[3], ScalarToken):
        fields.append(text[rest[1].start_mark.index:rest[3].end_mark.index])
        rest = rest[5:] if len(rest) > 4 and isinstance(rest[4], FlowEntryToken) else rest[4:]
    closed = rest[:1] and isinstance(rest[0], FlowMappingEndToken) and rest[0].start_mark.line == line
    return fields if closed and fields else None


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
