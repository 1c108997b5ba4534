"""Indentation slips, named with the key that is out of line and by how many spaces, rather than as YAML
names them.

An indent typed as a full-width space (U+3000) by a Chinese input method, or a no-break space pasted from
a web page or Word, is reported by the parser as a stray ": ", or parses and files the key under the
wrong mapping. A key indented deeper or less than its neighbours is reported only as "inconsistent
indentation", and a paragraph pasted into a `|` block without its indent, or text begun on the line after
its key without one, as a missing ":" lines below (or, when that text has an ASCII colon, 其主要工作任务是:, as a
field left empty and a field the schema does not know).
Each function here looks at what was typed and, when it sees a slip, says which one and what to type
instead; otherwise it returns None and the caller keeps its general message.

Lines of text pasted into a `|` block without their indent are told at once (a sentence in them with an ASCII colon,
`注: 本项目…`, is still pasted text). The slips of a list item's `- ` (missing, off the column of the item above, the
item moved as a whole) are list_item_slips', which over_indented and under_indented ask when a key's dash is off.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from .han import HAN, NO_BREAK, NO_BREAK_SAID
from .key_lines import (BLOCK_HEADER, DASH_LINE, KEY, KEY_LINE, ODD_BLANK, OPENS_MAPPING, block_bodies, holds_data,
                        indent_step, indent_width, line_above, line_below, lines_above, siblings)
from .key_names import Gloss
from .list_item_slips import misaligned_dash, wide_dash_gap
from .problems import runs_said
from .yaml_lines import split_lines

_FULL_WIDTH_INDENT = re.compile(r"^(?P<lead>[ ]*+(?:-[ ]++)?)\u3000")
_NO_BREAK_INDENT = re.compile(rf"^(?P<lead>[ ]*+(?:-[ ]++)?)[{NO_BREAK}]")  # pasted from a web page or Word
FULL_WIDTH_AS_TEXT = "全角空格（中文输入法的空格），YAML 把它读作文字，不是空白"
_INDENT_MESSAGE = f"缩进里有{FULL_WIDTH_AS_TEXT}；缩进请只用半角空格"
NO_BREAK_AS_TEXT = f"{NO_BREAK_SAID}，YAML 把它读作文字，不是空白"


def indent_space_slip(content: str) -> tuple[int, str] | None:
    """(column, message) of a line indented with a space YAML does not take for one: a full-width space
    typed by the input method, or a no-break space pasted from a web page or Word."""
    indent = _FULL_WIDTH_INDENT.match(content)
    if indent:
        return len(indent["lead"]) + 1, _INDENT_MESSAGE
    pasted = _NO_BREAK_INDENT.match(content)
    if pasted:
        return len(pasted["lead"]) + 1, f"缩进里有{NO_BREAK_AS_TEXT}；请删掉这一行开头的空白，重新用半角空格缩进"
    return None


def blank_space_slip(content: str) -> tuple[int, str] | None:
    """(column, message) of a line that looks empty but holds a full-width space (typed by the input method
    between two items) or a no-break space (pasted): YAML reads either as text, a key without its colon, and the
    parser says ":" is missing at the line below, which looks right. Said as an indent with one is said."""
    found = ODD_BLANK.fullmatch(content)
    if not found:
        return None
    kind = FULL_WIDTH_AS_TEXT if found["space"] == "\u3000" else NO_BREAK_AS_TEXT
    return found.start("space") + 1, f"这一行看起来是空行，却有{kind}；请删掉它，让这一行真正空着"


def indent_slip(text: str, data: Any) -> tuple[int, int, str] | None:
    """(line, column, message) of a key indented with a full-width space in text that parsed.

    Such a line often parses: YAML takes the space for part of the key and files the key under the
    enclosing mapping, so the schema would report a missing field above and an unknown one here.
    The indent is the one thing to fix, so it is reported alone, by the loader.
    """
    if "\u3000" not in text:
        return None
    keys = set(_keys(data))
    for number, content in enumerate(split_lines(text), 1):
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


_READS_AS_KEY = re.compile(r"^[ ]*(?:-(?:[ ]|$)|#|[^#]*?:(?:[ ]|$))")
_ENDS_A_PASTE = re.compile(r"^[ ]*+(?:-(?:[ ]|$)|#|[A-Za-z_][A-Za-z0-9_-]*[ ]*:(?:[ ]|$))")
"""A line a block's text pasted short of its indent stops at: a list item, a comment, or a key spelt as fields are
(ASCII); other keys too where `_ends_a_paste` tells them for fields. A pasted sentence with an ASCII ": " (`注:
本项目…`, `目标: 完成…`) reads as a key to YAML too, but names no field: it is more of the paste, and ending the run
there told the rest of it a run later."""


def _ends_a_paste(lines: list[str], number: int, column: int, gloss: Gloss) -> bool:
    """Whether line `number`, short of its block's indent, ends a paste into the block whose key stands at `column`
    (`_ENDS_A_PASTE`), or is a key however spelt: quoted (`"amount": 49.41`) or not ASCII (`备注: 见附件`), a field
    beside the block's key or one the schema names where the line stands. Only a line that is no such key (prose
    with an ASCII ": ", `注: 本项目…` typed flush left) goes on the paste."""
    content = lines[number - 1]
    if _ENDS_A_PASTE.match(content):
        return True
    found = _TEXT_KEY.match(content)
    if found is None or _prose_key(content):
        return False
    indent = indent_width(content)
    if indent == column:
        return True
    beside = next((at for at in range(number - 1, 0, -1) if indent_width(lines[at - 1]) == indent
                   and KEY_LINE.match(lines[at - 1])), None)  # a key of the mapping the line would stand in
    return beside is not None and gloss.declares(found["key"].strip("\"'"), beside)


def block_dedent(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """The first line of the nearest `|` or `>` block above line `end` that is indented less than the
    block's first line, when it is text (not a key, a list item or a comment).

    A paragraph pasted into a block often loses its indentation. YAML ends the block there and reads the
    paragraph as a key without its colon, so it says ":" is missing at the next key, lines below.
    """
    header = next((number for number in range(end, 0, -1) if BLOCK_HEADER.match(lines[number - 1])), None)
    if header is None:
        return None
    found = BLOCK_HEADER.match(lines[header - 1])
    parent = len(found["lead"])
    body = [number for number in range(header + 1, end + 1) if lines[number - 1].strip()]
    if not body:
        return None
    digit = re.search(r"[1-9]", found["hints"])  # `|2`: the indent is given, not taken from the first line
    first = parent + int(digit.group()) if digit else indent_width(lines[body[0] - 1])
    if first <= parent:
        return None
    number = next((number for number in body if indent_width(lines[number - 1]) < first), None)
    if number is None or _ends_a_paste(lines, number, parent, gloss):
        return None
    indent = indent_width(lines[number - 1])
    where = "顶格了" if indent == 0 else f"只缩进了 {indent} 格"
    rule = f"“{found['style']}”块里的每一行都要比“{found['key']}”{gloss(found['key'], header)}多缩进，至少与块的第一行一样缩进 {first} 格"
    short = _short_in_block(lines, number, first, parent, gloss)
    if len(short) > 1:
        widths = {indent_width(lines[line - 1]) for line in short}
        fix = f"请在这几行行首都补上 {first - indent} 个空格" if len(widths) == 1 else f"请在这几行行首补上空格，使每一行都缩进 {first} 格"
        return number, indent + 1, (f"{rule}；第 {runs_said(short)} 行是块里接着写的文字，却缩进得比 {first} 格少"
                                    f"（第 {number} 行{where}），{fix}")
    return number, indent + 1, f"{rule}；这一行{where}，请在行首补上 {first - indent} 个空格"


def _short_in_block(lines: list[str], number: int, first: int, column: int, gloss: Gloss) -> list[int]:
    """The lines of text from line `number` on, the first a block's line indented less than the block's `first`
    line, that go on the block short of its indent: up to a key, a list item or a comment no deeper than the
    block's text (`_ends_a_paste`, the block's key at `column`). A paste leaves every line of its paragraphs so, and
    the parser names only the first, a run each."""
    short = []
    for line in range(number, len(lines) + 1):
        content = lines[line - 1]
        if not content.strip():
            continue
        if indent_width(content) >= first:
            continue
        if _ends_a_paste(lines, line, column, gloss):
            break
        short.append(line)
    return short


_TEXT_KEY = re.compile(r"^[ ]*+(?:-[ ]++)?(?P<key>[^\s#:][^#]*?)[ ]*:(?:[ ]|$)")
_PROSE = 8
"""A Chinese "key" longer than this is a sentence: no form names a field so (fields are ASCII)."""


def _prose_key(content: str) -> str | None:
    """The "key" YAML reads in a line of Chinese prose with an ASCII colon (`市侨联是……其主要工作任务是:`), as the
    parser splits it; None for a line whose key could be a field's name, mistyped or not."""
    found = _TEXT_KEY.match(content)
    key = found["key"] if found else ""
    return key if len(key) > _PROSE and re.search(HAN, key) else None


def text_read_as_key(text: str, data: Any, gloss: Gloss) -> tuple[int, int, str] | None:
    """(line, column, message) of a block's first line of text read as a key, in text that parsed.

    `functions: |` followed by its text at the key's own indent, the text's line ending in an ASCII colon,
    parses: the field is empty and the sentence a key of its own, which the schema reports as a field left
    empty and an unknown field, with nothing said of the indent. The indent is the one thing to fix, so it is
    reported alone, by the loader, as `text_not_under_key` reports the text that does not parse.
    """
    keys = {key for key in _keys(data) if isinstance(key, str)}
    lines = split_lines(text)
    for number, content in enumerate(lines, 1):
        if _prose_key(content) in keys:
            slip = text_not_under_key(lines, number + 1, gloss)
            if slip and slip[0] == number:
                return slip
    return None


def text_not_under_key(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """Text begun on the line after its key (`overall_target: |` or `overall_target:`) without being
    indented under it.

    YAML ends the key's value before such a line and reads the text as a key without its colon, so it
    says ":" is missing at the next key, lines below, where the colon is. The nearest key line above
    `end` is looked at; the first line after it, when it is text (not a key, a list item or a comment, but
    maybe a sentence that YAML reads as a key) no deeper than the key, is the slip.
    """
    header = next((number for number in range(end - 1, 0, -1) if KEY_LINE.match(lines[number - 1])), None)
    found = header and (BLOCK_HEADER.match(lines[header - 1]) or OPENS_MAPPING.match(lines[header - 1]))
    if not found:
        return None
    number = next((number for number in range(header + 1, end + 1) if lines[number - 1].strip()), None)
    column = len(found["lead"])  # a list item's key stands after its dash
    if number is None or indent_width(lines[number - 1]) > column \
            or _READS_AS_KEY.match(lines[number - 1]) and not _prose_key(lines[number - 1]):
        return None
    indent = indent_width(lines[number - 1])
    key = found["key"]
    opened = f"“{found['style']}”块里的每一行" if "style" in found.groupdict() else f"写在“{key}:”下一行的内容"
    deeper = _deeper_than_siblings(lines, header, gloss)
    if deeper and deeper[1] < indent:  # the text stands where it belongs under the key moved back
        return deeper[0]
    if deeper:  # no deeper than the key's own column either: both slips at once, else fixing one shows the other
        (line, at, said), level = deeper
        return line, at, (f"{said}；{opened}也都要比“{key}”多缩进，"
                          f"请在行首补上 {level + indent_step(lines) - indent} 个空格")
    where = "顶格了" if indent == 0 else f"只缩进了 {indent} 格"
    return number, indent + 1, (f"{opened}都要比“{key}”{gloss(key, header)}多缩进；"
                                f"这一行{where}，请在行首补上 {column + indent_step(lines) - indent} 个空格")


def over_indented(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """A key indented deeper than the key above it, which has a value of its own on its line.

    YAML reads such a line as more of the value above and then trips over its ": ", which says nothing about the spaces
    at the start of the line that are the real slip. When the key above is the odd one out, less indented than both its
    neighbours (`  basic`, `project`, `  fiscal`), and a field that stands beside the one above it, it is the slip: the
    parser took it for a field of the level above and only tripped on the line after. So it is when it ends a nested
    mapping typed short of its fields, and the line here lines up with the key of its own mapping above (see
    _last_key_short). (A key of the level above, after a nested mapping that has ended, is not: then the line here is
    indented too deep.) A list item's first key without its dash is found before, by missing_dash.
    """
    here = re.match(KEY + r":(?: |$)", lines[end - 1]) if end else None
    number = line_above(lines, end) if here else None
    number = None if number in block_bodies(lines) else number  # a block's text is no key, whatever it looks like
    previous = re.match(KEY + r": +(?P<value>[^|>#\s]\S*)", lines[number - 1]) if number else None
    if not previous or len(here["lead"]) <= len(previous["lead"]):
        return None
    before = line_above(lines, number)
    neighbour = re.match(KEY + r":", lines[before - 1]) if before else None
    if neighbour and siblings(previous["key"], neighbour["key"]) \
            and (len(neighbour["lead"]) == len(here["lead"]) or _last_key_short(lines, number, here, neighbour)):
        short = len(neighbour["lead"]) - len(previous["lead"])
        return number, len(previous["lead"]) + 1, (f"缩进不对：“{previous['key']}”{gloss(previous['key'], before)}比上一行的"
                                                    f"“{neighbour['key']}”{gloss(neighbour['key'], before)}少缩进了 "
                                                    f"{short} 格；同一层的字段要左端对齐")
    dash = misaligned_dash(lines, end, here["lead"])
    if dash:
        return dash
    first = _first_key_out_of_line(lines, end, number, gloss)
    if first:
        return first
    deeper = None if siblings(here["key"], previous["key"]) else _deeper_than_siblings(lines, end, gloss)
    if deeper:
        return deeper[0]
    extra = len(here["lead"]) - len(previous["lead"])
    return end, len(here["lead"]) + 1, (f"缩进不对：“{here['key']}”{gloss(here['key'], number)}比上一行的"
                                         f"“{previous['key']}”{gloss(previous['key'], number)}多缩进了 {extra} 格；"
                                         "同一层的字段要左端对齐")


def _deeper_than_siblings(lines: list[str], number: int, gloss: Gloss) -> tuple[tuple[int, int, str], int] | None:
    """A key indented into the mapping above it (`functions: |` typed at the column of `budget:`'s amounts) told to
    move back to the column of its siblings, with that column (0-based); None when line `number` is no such key.

    YAML stops only at the text below such a key, so without this the author was told to indent the text and never
    to move the key back, which is the slip."""
    here = KEY_LINE.match(lines[number - 1])
    if not here or "-" in here["lead"]:
        return None
    column, key = len(here["lead"]), here["key"]
    reached, between = column, []
    for line in lines_above(lines, number, column):
        other = KEY_LINE.match(lines[line - 1])
        if not other or "-" in other["lead"]:
            return None  # text, or a list item: the place is not read here
        level = len(other["lead"])
        if level == column:
            between.append(other["key"])
        elif level < reached and siblings(key, other["key"]):
            if any(siblings(key, field) for field in between):
                return None
            text = next((content for content in lines[number:] if content.strip()), "")
            block = "（块里的文字不用动）" if BLOCK_HEADER.match(lines[number - 1]) and indent_width(text) > level else ""
            return (number, column + 1, (f"缩进不对：“{key}”{gloss(key, line)}比同一层的字段（第 {line} 行的“{other['key']}”"
                                         f"{gloss(other['key'], line)}）多缩进了 {column - level} 格；请把“{key}”退回到"
                                         f"第 {level + 1} 列，与“{other['key']}”左端对齐{block}")), level
        reached = min(reached, level)
    return None


def _last_key_short(lines: list[str], number: int, here: re.Match, neighbour: re.Match) -> bool:
    """Whether line `number`, between a nested field (`neighbour`, above it) and a key `here` below it less indented
    than that field, is the nested mapping's last key typed short (`fiscal: 1`, `other: null` flush left, then
    `    purpose:`): `here` lines up with the key of its own mapping above, so it is in its place, and the line
    between, which the schema puts beside the nested field, is the one out of line."""
    column = len(here["lead"])
    if len(neighbour["lead"]) <= column:
        return False
    opened = line_above(lines, number, column)
    other = re.match(KEY + r":", lines[opened - 1]) if opened else None
    return bool(other) and len(other["lead"]) == column and siblings(other["key"], here["key"])


def _first_key_out_of_line(lines: list[str], end: int, number: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """Line `number`, the first key of its mapping, when it is the one out of line with the key of that mapping on
    line `end` (`budget:`, ` basic`, `  project`, `  fiscal`).

    The parser trips on the second key, and naming that one sent the author to move a good line, then the next, down the
    whole mapping, while the one line to mend was the first. Which of the two is out of line is told by where the file
    writes a mapping, its own step deeper than its holder (indent_step; the top level flush), and when neither is there,
    by which column more keys of the mapping stand at: a first key in its place with the keys below it too deep is not
    the slip. A first key of a list item stands after its dash and is left to misaligned_dash: whether the dash or the
    keys below it are off depends on the other items.
    """
    previous = re.match(KEY + r":", lines[number - 1])
    here = re.match(KEY + r":", lines[end - 1])
    if not previous or "-" in previous["lead"] or "-" in here["lead"]:
        return None
    first, rest = len(previous["lead"]), len(here["lead"])
    if not any(siblings(previous["key"], key) for key in _keys_from(lines, end, rest)):
        return None  # (a key below may be misspelt: the first key is still out of line with the keys it stands beside)
    holder = line_above(lines, number)
    opened = OPENS_MAPPING.match(lines[holder - 1]) if holder else None
    if opened and len(opened["lead"]) == first and siblings(opened["key"], previous["key"]):
        opened = None  # a field left empty beside the first key (`other:`, `basic: 1`), not the key holding it
    if holder is not None and not (opened and len(opened["lead"]) < max(first + 1, rest)):
        return None  # not the first key of its mapping (typed flush with its holder, as the keys below are not)
    floor = len(opened["lead"]) if opened else -1
    expected = floor + indent_step(lines) if opened else 0
    widths = [indent_width(lines[line - 1]) for line in range(number, len(lines) + 1)
              if holds_data(lines[line - 1])]
    widths = widths[:next((at for at, width in enumerate(widths) if at and width <= floor), len(widths))]
    if first == expected or rest != expected and widths.count(rest) <= widths.count(first):
        return None
    shift = first - rest
    below = "下一行" if line_above(lines, end) == number else f"第 {end} 行"
    # named as fields of the holder's mapping: a first key flush with its holder reads as the holder's sibling
    named = (lambda key: gloss(key, holder, under=True)) if holder is not None else (lambda key: gloss(key, number))
    return number, first + 1, (f"缩进不对：“{previous['key']}”{named(previous['key'])}比{below}的"
                               f"“{here['key']}”{named(here['key'])}{'多' if shift > 0 else '少'}缩进了 "
                               f"{abs(shift)} 格；同一层的字段要左端对齐")


def _keys_from(lines: list[str], start: int, column: int) -> Iterator[str]:
    """The keys at `column` of the lines from line `start` on, until one less indented: the keys of one mapping."""
    for content in lines[start - 1:]:
        if not holds_data(content):
            continue
        if indent_width(content) < column:
            return
        found = KEY_LINE.match(content)
        if found and len(found["lead"]) == column:
            yield found["key"]


def _nested_first_key_out_of_line(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """The first key of the mapping that line `end` is typed back to, when that key, with a mapping of its own under
    it, is the one out of line (`expenditure:`, ` basic:`, `    half_year`, …, `  project:`).

    That key is the nearest line above as far left as line `end` (typed too shallow), or the line after it (that
    line holds the mapping, and its first key was typed too deep); the line right above is in the nested mapping."""
    shallower = line_above(lines, end, indent_width(lines[end - 1]) - 1)
    after = line_below(lines, shallower or 0)
    return next(filter(None, (_first_key_out_of_line(lines, end, line, gloss) for line in (shallower, after)
                              if line and line < end)), None)


def _sibling_above(lines: list[str], end: int, key: str, level: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """Line `end`'s key said against the key of its own mapping it is deeper than, when the nearest key above at
    `level` is one holding a mapping deeper than line `end` (`basic:` at two spaces, its fields at six, `project:` at
    four): the fix is to line it up with that key, not with the nested field above it, under whose mapping its name
    would not be found either."""
    number = line_above(lines, end, level)
    other = re.match(KEY + r":", lines[number - 1]) if number else None
    if not other or "-" in other["lead"] or len(other["lead"]) != level or not siblings(other["key"], key):
        return None
    held = line_below(lines, number)  # line `end` at the latest: it holds a key
    indent = indent_width(lines[end - 1])
    if held == end or not DASH_LINE.match(lines[held - 1]) and indent_width(lines[held - 1]) <= indent:
        return None  # `other` holds no mapping deeper than line `end`: the line may be one of its fields
    if DASH_LINE.match(lines[held - 1]) and _field_of_item(key, lines[held - 1], indent):
        return None
    before = line_above(lines, number)
    beside = re.match(KEY + r":", lines[before - 1]) if before else None
    if beside and len(beside["lead"]) == indent and siblings(beside["key"], other["key"]) and siblings(beside["key"], key):
        # `other` is the odd one out, short of the keys on either side of it (`  stamp_unit`, `budget:`, `  functions`)
        return number, level + 1, (f"缩进不对：“{other['key']}”{gloss(other['key'], before)}比上一行的“{beside['key']}”"
                                   f"{gloss(beside['key'], before)}少缩进了 {indent - level} 格；同一层的字段要左端对齐")
    return end, indent + 1, (f"缩进不对：“{key}”{gloss(key, number)}比第 {number} 行的“{other['key']}”"
                             f"{gloss(other['key'], number)}多缩进了 {indent - level} 格；同一层的字段要左端对齐，"
                             f"请把“{key}”退回到第 {level + 1} 列")


def _field_of_item(key: str, item: str, indent: int) -> bool:
    """Whether a key at `indent` may be a field of the list item opened by the line `item`, typed short of its indent:
    it stands right of the item's dash, or beside the item's first key in some schema. A key at or left of the dash
    that no item holds (`other_tasks` after the last of the `key_tasks`) is its list's holder's sibling typed too deep."""
    first = KEY_LINE.match(item)
    return indent > indent_width(item) or first is not None and siblings(first["key"], key)


def under_indented(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """A key indented less than the key above it, but not as far back as any level that is open there.

    YAML says only that the indentation is inconsistent; the author needs to hear which key is out of
    line with which, and by how many spaces.
    """
    here = re.match(KEY + r":(?: |$)", lines[end - 1]) if end else None
    number = line_above(lines, end) if here else None
    number = None if number in block_bodies(lines) else number  # a block's text is no key, whatever it looks like
    previous = re.match(KEY + r":", lines[number - 1]) if number else None
    indent = len(here["lead"]) if here else 0
    if previous and here["lead"].strip():
        return misaligned_dash(lines, end, here["lead"])
    if not previous or indent >= len(previous["lead"]):
        return None
    wide = wide_dash_gap(lines, number, end, gloss)
    if wide:
        return wide
    levels = {len(previous["lead"]) - len(previous["lead"].lstrip(" -"))}  # a list item's dash is a level too
    for content in reversed(lines[:number - 1]):
        if holds_data(content) and indent_width(content) < min(levels) \
                and not DASH_LINE.match(content):  # a key at a dash's column begins no item: missing_dash said when it might
            levels.add(indent_width(content))
    if indent in levels:
        return None
    first = _nested_first_key_out_of_line(lines, end, gloss)
    if first:
        return first
    shallower = [level for level in levels if level < indent]
    sibling = _sibling_above(lines, end, here["key"], max(shallower), gloss) if shallower else None
    if sibling:
        return sibling
    short = len(previous["lead"]) - indent
    return end, indent + 1, (f"缩进不对：“{here['key']}”{gloss(here['key'], number)}比上一行的"
                             f"“{previous['key']}”{gloss(previous['key'], number)}少缩进了 {short} 格；同一层的字段要左端对齐")
