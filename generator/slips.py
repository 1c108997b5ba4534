"""Typing slips a Chinese input method makes, recognised so a message can name the slip itself.

Finance staff type specs with a Chinese IME switched on half the time. Its slips break YAML in
ways a parser describes badly: `year：2023` (full-width colon), `unit:某单位` (no space after the
colon), `unit:　某单位` (a full-width space after it) or a no-break or zero-width space pasted after
it from Word is reported on the *next* line as a missing ":"; an indent typed as a full-width space
(U+3000), or a list item begun with `－`, `—` or a `-` without its space, is reported as a stray
": ". A key typed without its colon (`goal 组织…`) reads as text and is blamed on a line nearby;
a value begun with a quoted or bracketed word that goes on (`"十四五"开局之年`) is reported as an
indentation error, and so is a paragraph pasted into a `|` block without its indent.
Values slip too: `６１０.８５`, `1,610.85` or `610.85万元` in a money field are text, not numbers.
Each function here looks at what was typed and, when it sees a slip, says which one and what to
type instead; otherwise it returns None and the caller keeps its general message. Windows editors
(Notepad, WPS) also save Chinese text as GBK unless told otherwise, so a file that is not UTF-8 is
tried as GBK to name the encoding it really has.
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from decimal import Decimal
from typing import Any, Callable

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, StreamMark, YAMLError
from ruamel.yaml.tokens import ScalarToken

# A key as the schemas spell them (ASCII), at the start of a line or after a list dash.
_KEY = r"^(?P<lead>[ ]*(?:-[ ]+)?)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)"
_FULL_WIDTH_INDENT = re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)?)\u3000")
_NO_BREAK_INDENT = re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)?)[\u00a0\u202f\u2007]")  # pasted from a web page or Word
_PLAIN_VALUE = re.compile(_KEY + r":[ ]+(?P<value>[^|>\"'#\s\[{&*!][^#]*)$")
_FULL_WIDTH_COLON = re.compile(_KEY + r"[ ]*：")
_NO_SPACE = re.compile(_KEY + r":(?=[^\s:])")
_FULL_WIDTH_SPACE = re.compile(_KEY + r":(?=\u3000)")
# A space YAML does not take for one, pasted after a colon from a web page or Word: no-break or zero-width.
_PASTED_SPACE = re.compile(_KEY + r":(?P<space>[\u00a0\u202f\u2007\u200b\u200c\u200d\u2060\ufeff])")
# A list item's dash as an IME types it (full-width, a dash of Chinese punctuation) or without its space.
_DASH = re.compile(r"^(?P<lead>[ ]*)(?P<dash>——|[-－—–―−])(?P<gap>[ \u3000]*)(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ ]*[:：]")
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_LONE_DASH = re.compile(_KEY + r":[ ]+(?P<dash>-)[ ]*(?:#.*)?$")
_INDENT_MESSAGE = "缩进里有全角空格（中文输入法的空格）；缩进请只用半角空格"
_LINES_ABOVE = 3  # how many lines above an error may hold the slip behind it
Gloss = Callable[[str, int], str]
"""What to write after a key a message names (`（项目支出）`, or nothing), given the key and a line whose
first key stands in the same mapping (see key_names)."""


def syntax_slip(text: str, line: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """(line, column, message) of the slip behind a YAML syntax error reported at `line`, if any.

    Typing slips are looked for first, then a key indented deeper than the key above it. Keys are
    named with their `gloss`.

    The parser notices a missing ": " only where the next key begins, after any lines it read as
    the broken key's value (`content：|` swallows the block below it) or where its mapping ends. So
    the error line is looked at first, then the lines above it, nearest first, until three at its
    indentation or less have been looked at (deeper lines between are looked at too, not counted).
    """
    lines = text.splitlines()
    keys = _Keys(lines)
    end = min(line, len(lines))
    depth = _indent(lines[end - 1]) if end else 0
    looked = 0
    for number in range(end, 0, -1):
        content = lines[number - 1]
        if not content.strip():
            continue
        found = (_line_slip(content, lambda key: gloss(key, number)) or _text_after_quotes(content)
                 or _missing_colon(lines, number, keys, gloss) or _broken_line(lines, number, gloss))
        if found:
            return number, *found
        looked += number == end or _indent(content) <= depth
        if looked > _LINES_ABOVE:
            break
    return _block_dedent(lines, end, gloss) or _over_indented(lines, end, gloss) or _under_indented(lines, end, gloss)


_BLOCK_HEADER = re.compile(_KEY + r":[ ]+(?P<style>[|>])(?P<hints>[1-9+-]{0,2})[ ]*(?:#.*)?$")
_READS_AS_KEY = re.compile(r"^[ ]*(?:-(?:[ ]|$)|#|[^#]*?:(?:[ ]|$))")


def _block_dedent(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """The first line of the nearest `|` or `>` block above line `end` that is indented less than the
    block's first line, when it is text (not a key, a list item or a comment).

    A paragraph pasted into a block often loses its indentation. YAML ends the block there and reads the
    paragraph as a key without its colon, so it says ":" is missing at the next key, lines below.
    """
    header = next((number for number in range(end, 0, -1) if _BLOCK_HEADER.match(lines[number - 1])), None)
    if header is None:
        return None
    found = _BLOCK_HEADER.match(lines[header - 1])
    parent = len(found["lead"])
    body = [number for number in range(header + 1, end + 1) if lines[number - 1].strip()]
    if not body:
        return None
    digit = re.search(r"[1-9]", found["hints"])  # `|2`: the indent is given, not taken from the first line
    first = parent + int(digit.group()) if digit else _indent(lines[body[0] - 1])
    if first <= parent:
        return None
    number = next((number for number in body if _indent(lines[number - 1]) < first), None)
    if number is None or _READS_AS_KEY.match(lines[number - 1]):
        return None
    indent = _indent(lines[number - 1])
    where = "顶格了" if indent == 0 else f"只缩进了 {indent} 格"
    return number, indent + 1, (f"“{found['style']}”块里的每一行都要比“{found['key']}”{gloss(found['key'], header)}多缩进，"
                                f"至少与块的第一行一样缩进 {first} 格；这一行{where}，请在行首补上 {first - indent} 个空格")


def _over_indented(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """A key indented deeper than the key above it, which has a value of its own on its line.

    YAML reads such a line as more of the value above and then trips over its ": ", which says
    nothing about the spaces at the start of the line that are the real slip. When the key above is
    the odd one out, less indented than both its neighbours (`  basic`, `project`, `  fiscal`), and a
    field that stands beside the one above it, it is the slip: the parser took it for a field of the
    level above and only tripped on the line after. (A key of the level above, after a nested mapping
    that has ended, is not: then the line here is indented too deep.) So is a list item's first key
    without its dash, the same key as the item above begins with.
    """
    here = re.match(_KEY + r":(?: |$)", lines[end - 1]) if end else None
    number = _key_line_above(lines, end) if here else None
    previous = re.match(_KEY + r": +(?P<value>[^|>#\s]\S*)", lines[number - 1]) if number else None
    if not previous or len(here["lead"]) <= len(previous["lead"]):
        return None
    before = _key_line_above(lines, number)
    neighbour = re.match(_KEY + r":", lines[before - 1]) if before else None
    item = None if previous["lead"].strip() else _same_key_in_item_above(lines, number, len(previous["lead"]), previous["key"])
    if item:
        return number, len(previous["lead"]) + 1, (f"“{previous['key']}”{gloss(previous['key'], item)}这一行像是新的一项，"
                                                    f"却少了开头的“- ”；列表的每一项以英文减号加一个空格开头，"
                                                    f"请写成“- {previous['key']}: …”")
    if neighbour and len(neighbour["lead"]) == len(here["lead"]) and _siblings(previous["key"], neighbour["key"]):
        short = len(here["lead"]) - len(previous["lead"])
        return number, len(previous["lead"]) + 1, (f"缩进不对：“{previous['key']}”{gloss(previous['key'], before)}比上一行的"
                                                    f"“{neighbour['key']}”{gloss(neighbour['key'], before)}少缩进了 "
                                                    f"{short} 格；同一层的字段要左端对齐")
    dash = _misaligned_dash(lines, end, here["lead"])
    if dash:
        return dash
    extra = len(here["lead"]) - len(previous["lead"])
    return end, len(here["lead"]) + 1, (f"缩进不对：“{here['key']}”{gloss(here['key'], number)}比上一行的"
                                         f"“{previous['key']}”{gloss(previous['key'], number)}多缩进了 {extra} 格；"
                                         "同一层的字段要左端对齐")


def _misaligned_dash(lines: list[str], end: int, lead: str) -> tuple[int, int, str] | None:
    """A list item whose dash stands off the column of the item above it (` - level1` under `- level1`).

    Its key is then off too, and saying so sent the author to the spaces between the dash and the key."""
    if "-" not in lead:
        return None
    column = lead.index("-")
    item = next((content for content in reversed(lines[:end - 1])
                 if content.lstrip().startswith("- ") and _indent(content) <= column + 1), None)
    if item is None or _indent(item) == column:
        return None
    shift = column - _indent(item)
    return end, column + 1, (f"缩进不对：这一项开头的“-”比上面一项的“-”{'多' if shift > 0 else '少'}缩进了 {abs(shift)} 格；"
                             "同一个列表的各项，“-”要上下对齐")


def _same_key_in_item_above(lines: list[str], number: int, indent: int, key: str) -> int | None:
    """When line `number`, a `key` at `indent`, is a list item without its dash, the line of the same key in
    the item above: the list above it has its dashes at that indentation, and the item above holds the
    same key (a new indicator or task copied from the one above, `- ` left out). None otherwise: a key of
    the level holding the list, which also stands at a dash's column (fmt writes lists flush under their
    key), is not one."""
    start = next((line for line in range(number - 1, 0, -1) if lines[line - 1].strip()
                  and not lines[line - 1].lstrip().startswith("#") and _indent(lines[line - 1]) <= indent), None)
    if start is None or _indent(lines[start - 1]) != indent or not lines[start - 1].lstrip().startswith("- "):
        return None
    item = ((line, re.match(_KEY + r":", lines[line - 1])) for line in range(start, number))
    return next((line for line, found in item if found and found["key"] == key and len(found["lead"]) == indent + 2), None)


def _under_indented(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """A key indented less than the key above it, but not as far back as any level that is open there.

    YAML says only that the indentation is inconsistent; the author needs to hear which key is out of
    line with which, and by how many spaces.
    """
    here = re.match(_KEY + r":(?: |$)", lines[end - 1]) if end else None
    number = _key_line_above(lines, end) if here else None
    previous = re.match(_KEY + r":", lines[number - 1]) if number else None
    indent = len(here["lead"]) if here else 0
    if previous and here["lead"].strip():
        return _misaligned_dash(lines, end, here["lead"])
    if not previous or indent >= len(previous["lead"]):
        return None
    levels = {len(previous["lead"]) - len(previous["lead"].lstrip(" -"))}  # a list item's dash is a level too
    for content in reversed(lines[:number - 1]):
        if content.strip() and not content.lstrip().startswith("#") and _indent(content) < min(levels):
            levels.add(_indent(content))
    if indent in levels:
        return None
    short = len(previous["lead"]) - indent
    return end, indent + 1, (f"缩进不对：“{here['key']}”{gloss(here['key'], number)}比上一行的"
                             f"“{previous['key']}”{gloss(previous['key'], number)}少缩进了 {short} 格；同一层的字段要左端对齐")


def _key_line_above(lines: list[str], end: int) -> int | None:
    """The number of the nearest line above `end` that is not blank or a comment."""
    return next((number for number in range(end - 1, 0, -1)
                 if lines[number - 1].strip() and not lines[number - 1].lstrip().startswith("#")), None)


def _indent(content: str) -> int:
    return len(content) - len(content.lstrip(" "))


_WORD_FIRST = re.compile(r"^(?P<lead>[ ]*(?:-[ ]+)?)(?P<key>[a-z_][a-z0-9_]*)(?:\s+\S|\s*$)")


class _Keys:
    """The field names a line might begin with: those used in the file, and every schema's, read only when asked.

    A file can hold the one use of a key (`unit`, `key_tasks`), so its own keys are not enough.
    """

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.used: set[str] | None = None

    def __contains__(self, key: str) -> bool:
        if self.used is None:
            self.used = {found["key"] for found in map(_KEY_LINE.match, self.lines) if found}
        return key in self.used or key in _schema_keys()


@functools.lru_cache(maxsize=1)
def _schema_keys() -> frozenset[str]:
    """Every property name in jixiao's own schemas. The loader does not know which form a broken file is,
    nor a project's schema folders; a project form's keys are found among those used in the file."""
    return frozenset(key for fields in _schema_objects() for key in fields)


@functools.lru_cache(maxsize=1)
def _schema_objects() -> tuple[frozenset[str], ...]:
    """The property names of each object in jixiao's own schemas: the fields that stand side by side."""
    from .variants import Roots  # not at the top: variants imports profile, which imports load, which imports this

    objects: set[frozenset[str]] = set()
    for folder in Roots().schema_folders:
        for path in sorted(folder.glob("*.schema.json")):
            try:
                objects.update(_property_objects(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError):
                continue  # a broken schema is reported by validation, not here
    return tuple(objects)


def _siblings(key: str, other: str) -> bool:
    """Whether some schema has both fields in one object (`basic` and `project`, `level1` and `level2`)."""
    return any(key in fields and other in fields for fields in _schema_objects())


def _property_objects(node: Any):
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            yield frozenset(properties)
        for value in node.values():
            yield from _property_objects(value)
    elif isinstance(node, list):
        for item in node:
            yield from _property_objects(item)


def _missing_colon(lines: list[str], number: int, keys: _Keys, gloss: Gloss) -> tuple[int, str] | None:
    """A field name followed by its value, or by nothing, with no colon between: `goal 组织…`, `key_tasks`.

    YAML reads the line as text, joins it to the line above or the lines below, and trips a line
    or more away; the general advice ("join it to the line above", "quote the value") would break
    a good line. A line deeper than a `key: value` line above it is that value going on, not a key.
    """
    found = _WORD_FIRST.match(lines[number - 1])
    if not found or found["key"] not in keys:
        return None
    above = next((line for line in reversed(lines[:number - 1]) if line.strip() and not line.lstrip().startswith("#")), "")
    value_above = re.match(_KEY + r":[ ]+[^|>#\s]", above)
    if value_above and _indent(lines[number - 1]) > len(value_above["lead"]):
        return None
    key = found["key"]
    shown = f"{key}: …" if lines[number - 1][found.end("key"):].strip() else f"{key}:"
    return found.end("key") + 1, f"“{key}”{gloss(key, number)}后面少了英文冒号；请写成“{shown}”"


def _broken_line(lines: list[str], number: int, gloss: Gloss) -> tuple[int, str] | None:
    """A line of bare text under a `key: value` line, no deeper than the key: the value's text broken off
    by a line break pasted with it. YAML stumbles over it only at the next key, and says ':' is missing."""
    content = lines[number - 1]
    text = content.strip()
    if not text or ":" in text or text[0] in "-#[]{}|>\"'" or number < 2:
        return None
    above = next((line for line in range(number - 1, 0, -1) if lines[line - 1].strip()), 0)
    key = _PLAIN_VALUE.match(lines[above - 1]) if above else None
    if not key or _indent(content) > len(key["lead"]):
        return None
    shown = text if len(text) <= 20 else text[:20] + "…"
    return _indent(content) + 1, (f"“{shown}”这一行既不是“键: 值”，也不是列表的一项，像是上一行“{key['key']}”"
                                  f"{gloss(key['key'], above)}的内容被换行断开了；请把它接回上一行末尾（要分段时请改用 | 块）")


def _line_slip(content: str, gloss: Callable[[str], str]) -> tuple[int, str] | None:
    """A slip typed on one line, naming its key with `gloss`, or None."""
    indent = _FULL_WIDTH_INDENT.match(content)
    if indent:
        return len(indent["lead"]) + 1, _INDENT_MESSAGE
    pasted = _NO_BREAK_INDENT.match(content)
    if pasted:
        return len(pasted["lead"]) + 1, ("缩进里有不换行空格（从网页或 Word 粘贴来的，看起来和空格一样）；"
                                         "请删掉这一行开头的空白，重新用半角空格缩进")
    dash = _dash_slip(content)
    if dash:
        return dash
    colon = _FULL_WIDTH_COLON.match(content)
    if colon:
        key = colon["key"]
        return colon.end(), f"“{key}”{gloss(key)}后面是中文冒号“：”；请改成英文冒号加一个空格，写成“{key}: …”"
    pasted = _PASTED_SPACE.match(content)
    if pasted:
        kind = ("一个不换行空格（从网页或 Word 粘贴来的，看起来和空格一样）" if pasted["space"] in "\u00a0\u202f\u2007"
                else "一个看不见的零宽字符（从网页或 Word 粘贴来的）")
        return pasted.start("space") + 1, (f"“{pasted['key']}:”{gloss(pasted['key'])}的冒号后面是{kind}，YAML 不认；"
                                          f"请删掉它，换成普通空格，写成“{pasted['key']}: …”")
    bare = _NO_SPACE.match(content)
    if bare:
        key = bare["key"]
        return bare.end() + 1, f"“{key}:”{gloss(key)}的冒号后面少了一个空格；请写成“{key}: …”"
    wide = _FULL_WIDTH_SPACE.match(content)
    if wide:
        key = wide["key"]
        return wide.end() + 1, f"“{key}:”{gloss(key)}的冒号后面是全角空格（中文输入法的空格）；请改成半角空格，写成“{key}: …”"
    dash = _LONE_DASH.match(content)
    if dash:  # a paper form's mark for an empty cell, which YAML reads as a list begun in the wrong place
        return dash.start("dash") + 1, (f"“{dash['key']}”{gloss(dash['key'])}的值只写了一个“-”，YAML 把它当作列表的开始；表上这一格要空着时，"
                                        "金额写 null，文字写 \"\"（一对英文双引号）；要印出“-”请加上双引号，"
                                        f"写成“{dash['key']}: \"-\"”")
    return None


_OPENED = {'"': ("双引号", ""), "'": ("单引号", ""), "[": ("方括号“[”", "（YAML 把方括号读成列表）"),
           "{": ("花括号“{”", "（YAML 把花括号读成一组字段）")}
_VALUE_START = re.compile(_KEY + r":[ ]+(?P<value>[\"'\[{].*)$")


def _text_after_quotes(content: str) -> tuple[int, str] | None:
    """A value that opens with a quote or bracket closed before the text ends: `"十四五"开局之年，…`,
    `[重点]举办活动`. YAML takes the quoted or bracketed part for the whole value and stops at the text
    after it, which it reports as an indentation error. Quotes typed in ASCII are common in Chinese
    government text (“十四五” is the typeset form), so the fixed line is given, shortened."""
    found = _VALUE_START.match(content)
    if not found:
        return None
    value = re.sub(r"\s+#.*$", "", found["value"]).rstrip()
    close = _closing(value)
    if close is None or close + 1 == len(value) or value[close + 1] == ":":  # `"a": b`, a key quoted
        return None
    fixed, quotes = value.replace("\\", "\\\\"), 0
    while '"' in fixed:
        fixed = fixed.replace('"', "“”"[quotes % 2], 1)
        quotes += 1
    limit = max(12, close + 4)
    shown = fixed if len(fixed) <= limit + 2 else fixed[:limit] + "…"
    inner = "，里面的双引号改成中文引号“ ”（或 \\\"）" if quotes else ""
    column = found.start("value") + 1
    name, note = _OPENED[value[0]]
    return column, (f"值以{name}开头{note}，后面又接着写了文字；请给整个值加上双引号{inner}，"
                    f"写成：{found['key']}: \"{shown}\"")


def _closing(value: str) -> int | None:
    """Where the quote or bracket that opens `value` closes on its line, if it does."""
    opener, depth, at = value[0], 0, 0
    while at < len(value):
        char = value[at]
        if opener == '"' and char == "\\":
            at += 2
            continue
        if opener == "'" and value.startswith("''", at) and at:
            at += 2
            continue
        if opener in "\"'" and char == opener and at:
            return at
        if opener in "[{":
            depth += char in "[{"
            depth -= char in "]}"
            if not depth:
                return at
        at += 1
    return None


def _dash_slip(content: str) -> tuple[int, str] | None:
    """A list item begun otherwise than with "- ": YAML then reads the line as a key of the mapping above."""
    item = _DASH.match(content)
    if not item or (item["dash"] == "-" and item["gap"][:1] == " "):
        return None
    reasons = [f"“{item['dash']}”不是英文减号"] if item["dash"] != "-" else []
    if not item["gap"]:
        reasons.append("减号后面少了一个空格")
    elif item["gap"][0] == "\u3000":
        reasons.append("减号后面是全角空格")
    typed = content[len(item["lead"]):item.end("key")]
    return len(item["lead"]) + 1, (f"列表的每一项要以英文减号加一个半角空格“- ”开头，这里写成了“{typed}”"
                                   f"（{'，'.join(reasons)}）；请用英文输入法写成“- {item['key']}: …”")


_KEY_LINE = re.compile(_KEY + r":(?:[ ]|$)")
_QUOTES = {'"': ("双引号", "值里本身要用的引号请改用中文引号“”"), "'": ("单引号", "值里本身要用的单引号请连写两个：''")}


def quote_slip(text: str, error: MarkedYAMLError, line: int) -> tuple[int, int, str] | None:
    """(line, column, message) of the quote left open behind a syntax error reported at `line`, if any.

    A quoted value runs on across lines to the next quote of its kind, so a missing closing quote
    swallows the lines below it: to the end of the file (the parser says where the quote opens), or
    to some later value's opening quote, where the parser trips over what follows, many lines below
    the slip. Quoted values over several lines are legal YAML, so one is blamed only when the error
    is on the line it closes or the next, and lines it swallowed read like keys.
    """
    if "quoted scalar" in (error.context or "") and "end of stream" in (error.problem or ""):
        mark = error.context_mark
    else:
        mark = _run_on_quote(text, line)
    if mark is None:
        return None
    quote = text.splitlines()[mark.line][mark.column]
    name, inside = _QUOTES[quote]
    return mark.line + 1, mark.column + 1, (f"引号没有闭合：这一行的值以{name}“{quote}”开始，但行尾没有对应的结尾{name}；"
                                            f"请在值的末尾补上“{quote}”（{inside}）")


def _run_on_quote(text: str, line: int) -> StreamMark | None:
    """The start mark of a quoted value that swallowed key lines and closed on `line` or the line above."""
    found = None
    for start, end in run_on_quotes(text, before=line):
        if line - 2 <= end.line < line:
            found = start
    return found


def run_on_quotes(text: str, before: int | None = None):
    """(start, end) marks of each quoted value that runs over lines which read like keys
    (`amount: 12.00`), in order, up to line `before` (0-based) if given.

    The scan stops where a broken file stops parsing; what it read before that is enough.
    """
    lines = text.splitlines()
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            start, end = token.start_mark, token.end_mark
            if before is not None and start.line >= before:
                return
            if (isinstance(token, ScalarToken) and token.style in ('"', "'")
                    and any(_KEY_LINE.match(swallowed) for swallowed in lines[start.line + 1:end.line + 1])):
                yield start, end
    except YAMLError:
        return


_OPEN_QUOTE = re.compile(r"""^[^#\n]*:[ ]+["'][^"'\n]*$""", re.M)


def swallowed_lines(text: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of each quoted value in a file that parsed which swallowed lines
    reading like keys: a closing quote left out, with the next quote far below closing it, parses
    and silently turns the fields between into text. Scanned only when some line opens a quote it
    does not close, which a spec written by jixiao (texts over lines are `|` blocks) never does."""
    if not _OPEN_QUOTE.search(text):
        return []
    lines = text.splitlines()
    found = []
    for start, end in run_on_quotes(text):
        key = next(line.strip() for line in lines[start.line + 1:end.line + 1] if _KEY_LINE.match(line))
        found.append((start.line + 1, start.column + 1,
                      f"这段引号里的文字跨了 {end.line - start.line + 1} 行，把“{key}”等本该是字段的行也当成了文字："
                      f"是不是第 {start.line + 1} 行的引号没有闭合？请在值的末尾补上引号；如果确实是多行文字，请改用“|”块"))
    return found


def indent_slip(text: str, data: Any) -> tuple[int, int, str] | None:
    """(line, column, message) of a key indented with a full-width space in text that parsed.

    Such a line often parses: YAML takes the space for part of the key and files the key under the
    enclosing mapping, so the schema would report a missing field above and an unknown one here.
    The indent is the one thing to fix, so it is reported alone, by the loader.
    """
    if "\u3000" not in text:
        return None
    keys = set(_keys(data))
    for number, content in enumerate(text.splitlines(), 1):
        indent = _FULL_WIDTH_INDENT.match(content)
        if indent:
            key = content[indent.end() - 1:].split(":", 1)[0].rstrip(" ")
            if key in keys:
                return number, len(indent["lead"]) + 1, _INDENT_MESSAGE
    return None


def _keys(data: Any):
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _keys(value)
    elif isinstance(data, list):
        for item in data:
            yield from _keys(item)


_BLANK_MARKS = re.compile(r"[-－—–―─/／\\ 　]*|无|暂无|没有|空|空白|不适用|null|none", re.IGNORECASE)
"""What a paper form holds in a cell left empty: 无, a dash, a slash. Typed into a number field, it is text."""


def blank_fix(typed: str, whole: bool = False) -> str | None:
    """How to write a number field that may be empty, when `typed` is what a form shows for an empty
    cell (`无`, `——`, `/`).

    The general advice (write a number) sends the author looking for a figure they do not have; what
    they meant is a blank cell, written `null` (or nothing after the colon), or a printed zero.
    """
    if not _BLANK_MARKS.fullmatch(typed.strip()):
        return None
    zero = "0" if whole else "0.00"
    return f"表上这一格要空着时写 null（或冒号后面什么都不写），要印成 0 时写 {zero}"


def number_fix(typed: str, whole: bool = False, amount: bool = True) -> str | None:
    """What a number typed as text should read, and why: `６１０.８５` → 610.85 (full-width digits).

    The author's digits are kept as typed (precision included); only the slip is taken out. Returns
    a phrase like "用了全角字符（中文输入法）；请写成 610.85", or None when the text is not a number with a slip
    (or, with `whole`, not a whole number). Only an `amount` is in 万元: a currency sign or a 元 is
    taken out of it, and 元 converted; any other number (a 分值, a head count, a year) is told to drop
    the unit it was typed with (`90万`, `18人`), unconverted, since what the unit meant is not known.
    """
    money = amount and not whole
    reasons = []
    text = typed.strip()
    if money and text and text[0] in "¥￥$＄":
        reasons.append(f"不用写货币符号“{text[0]}”")
        text = text[1:].strip()
    half = unicodedata.normalize("NFKC", text).replace("。", ".")
    if half != text:
        reasons.append("用了全角字符（中文输入法）")
        text = half
    yuan = money and text.endswith("元") and not text.endswith("万元")
    if not money:
        unit = _trailing_unit(text)
    elif text.endswith(("万元", "万")) or yuan:
        unit = "万元" if text.endswith("万元") else text[-1]
    else:
        unit = None
    if unit:
        reasons.append(f"不用写单位“{unit}”（表中金额的单位已是万元）" if money else f"不用写单位“{unit}”")
        text = text[:-len(unit)].strip()
    if re.fullmatch(r"-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", text):
        reasons.append("不用写千位分隔的逗号")
        text = text.replace(",", "")
    if not _NUMBER.fullmatch(text) or (whole and "." in text):
        return None
    unpadded = re.sub(r"^(-?)0+(?=[0-9])", r"\1", text)
    if unpadded != text:
        reasons.append("数字不要以 0 开头")
        text = unpadded
    if not reasons:
        reasons.append("数字不要加引号")  # a plain number would have loaded as one
    if yuan:  # converted first: 15000元 is far likelier 1.5 万元 than 15000 万元 typed with a stray 元
        in_wan = f"{Decimal(text).scaleb(-4).normalize():f}"
        return f"{'，'.join(reasons)}；{text} 元即 {in_wan} 万元，请写成 {in_wan}（若本意是 {text} 万元，写成 {text}）"
    if unit and not money:  # 90万 as a count may mean 900000: the digits typed are an example, not the answer
        return f"{'，'.join(reasons)}；请只写数字，如 {text}"
    return f"{'，'.join(reasons)}；请写成 {text}"


def _trailing_unit(text: str) -> str | None:
    """The Chinese unit word a number was typed with (`90万` → 万, `18人` → 人, `2024年` → 年), if any."""
    found = re.search(r"[0-9][ ]*(?P<unit>[\u4e00-\u9fff]{1,2})$", text)
    return found["unit"] if found else None


def key_fix(key: str, allowed: list[str]) -> str | None:
    """The field name meant by a key typed with full-width letters or spaces, if it is one of `allowed`."""
    half = half_width(key)
    if half == key or half not in allowed:
        return None
    if unicodedata.normalize("NFKC", key) == key:  # only plain spaces around it: `"basic ": 1`
        return f"字段名前后多了空格；请写成“{half}”"
    return f"字段名里有全角字符（中文输入法的空格或字母）；请用英文输入法写成“{half}”"


def half_width(key: str) -> str:
    """The key as it reads with an English input method: full-width letters and spaces made plain."""
    return unicodedata.normalize("NFKC", key).strip()


def _utf16(raw: bytes) -> bool:
    """A UTF-16 byte-order mark, or a zero byte in every other place of the opening (ASCII keys as UTF-16)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    opening = raw[:200]
    return len(opening) >= 4 and any(opening[start::2].count(0) * 2 >= len(opening[start::2]) for start in (0, 1))


def encoding_slip(raw: bytes, bad_byte: int) -> tuple[int, int, str]:
    """Where and why a file is not UTF-8, and how to save it as UTF-8; names UTF-16 or GBK when the bytes are that.

    UTF-16 is what Windows Notepad calls "Unicode"; git shows such a file as binary, so it is
    refused like GBK rather than read, or reviewers would see no diff. It is wrong as a whole,
    so it is reported at 1:1, not at a line counted in bytes that are not UTF-8.
    """
    if _utf16(raw):
        return 1, 1, ("文件是 UTF-16 编码（Windows 记事本里叫“Unicode”），不是 UTF-8；git 把这样的文件当作二进制，审核时看不到改动。"
                      "请以 UTF-8 另存（记事本：另存为 → 编码选“UTF-8”；VS Code：点右下角的编码名 →“通过编码保存”→ UTF-8）")
    before = raw[:bad_byte]
    line = before.count(b"\n") + 1
    column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
    try:
        raw.decode("gbk")
    except UnicodeDecodeError:
        return line, column, f"文件不是 UTF-8 编码（第 {bad_byte + 1} 个字节无法识别）；请在编辑器中以 UTF-8 编码另存"
    return line, column, ("文件是 GBK（GB2312）编码，不是 UTF-8；请按 GBK 打开、再以 UTF-8 另存（记事本、WPS 打开时文字正常，"
                          "另存为 → 编码选“UTF-8”；VS Code：点右下角的编码名"
                          " →“通过编码重新打开”→ GBK，文字正常后再点一次 →“通过编码保存”→ UTF-8）")
