"""Typing slips a Chinese input method makes, recognised so a message about a YAML syntax error can name
the slip itself.

Finance staff type specs with a Chinese IME switched on half the time. Its slips break YAML in
ways a parser describes badly: `year：2023` (full-width colon), `unit:某单位` (no space after the
colon), `unit:　某单位` (a full-width space after it) or a no-break or zero-width space pasted after
it from Word is reported on the *next* line as a missing ":"; a list item begun with `－`, `—` or a
`-` without its space is reported as a stray ": ". A key typed without its colon (`goal 组织…`) reads
as text and is blamed on a line nearby, and so is a value's text broken off by a pasted line break.
`syntax_slip` looks for these, for the slips of indent_slips and list_item_slips and for a value begun with a
quote (quote_slips) at and above the line the parser gave up on; each function here, when it sees a
slip, says which one and what to type instead; otherwise it returns None and the caller keeps its
general message. A value YAML reads otherwise than as its text (`%98`, `- 98%`, `补助发放及时率: 按月`) is given
with its line quoted, ready to paste. The parser stops at its first error: `other_slips` finds the slips of the
other lines that lines alone tell, so an author with four slips is told four, not one a round.

Among the other lines' slips: a line that looks blank but holds a full-width or no-break space (text to YAML), a
value that needs quotes to be read as text, and a 万元, 万 or 元 typed after the number in a column the form's schema
calls an amount (AMOUNT-UNIT, quoted or not), told how to write it with the places the file's other amounts have.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Callable

from .han import NO_BREAK, NO_BREAK_SAID
from .indent_slips import (blank_space_slip, block_dedent, indent_space_slip, over_indented, text_not_under_key,
                           under_indented)
from .item_numbers import numbered_paragraphs_fix
from .inconsistent_indent import bullet_after_text, key_deeper_than_siblings
from .key_lines import (BLOCK_HEADER, DASH_LINE, KEY, QUOTED_KEY, TYPED_DASH, TYPED_KEY, KnownKeys,
                        block_bodies, holds_data, indent_width)
from .key_names import Gloss, KeyNames
from .list_item_slips import dash_in_group, first_item_above, missing_dash
from .problems import clipped
from .quote_slips import closing, text_after_quotes
from .quoted_escapes import typed_escapes
from .two_parsers import tab_said
from .unit_note import unit_note
from .yaml_lines import line_with_value, quotes_named, split_lines, typed_value, without_comment

# Blanks before a key's colon are no slip to YAML (`unit : 甲` reads): the slip after `unit :` is the one after `unit:`.
_COLON = r"[ ]*:"
_PLAIN_VALUE = re.compile(KEY + _COLON + r"[ ]+(?P<value>[^|>\"'#\s\[{&*!][^#]*)$")
_QUOTED_VALUE = re.compile(KEY + _COLON + r"[ ]+(?P<quote>[\"'])")
"""A value quoted on its key's line: closed there, as a bare line below it at the key's depth is read as no text of it."""
_FULL_WIDTH_COLON = re.compile(TYPED_KEY + r"[ \u3000]*：")  # `unit　：x`, the space before it typed full-width too
_KEY_VALUE = re.compile(TYPED_KEY + r"[ ]*[:：][ ]*(?P<value>.*?)[ ]*(?:[ ]#.*)?$")
"""A key, in quotes or not, either colon and the value after it (`单位：万元`), its comment left out."""
_NO_SPACE = re.compile(QUOTED_KEY + _COLON + r"(?=[^\s:])")
_FULL_WIDTH_SPACE = re.compile(QUOTED_KEY + _COLON + r"(?=\u3000)")
# A space YAML does not take for one, pasted after a colon or a list's dash from a web page or Word: no-break or
# zero-width.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_PASTED_SPACE = re.compile(QUOTED_KEY + _COLON + rf"(?P<space>[{NO_BREAK}{_ZERO_WIDTH}])")
# A list item's dash typed otherwise than "- " before its key (`－ level1:`, `• name:`, `-name:`, `-\u00a0name:`).
_DASH = re.compile(rf"^(?P<lead>[ ]*+)(?P<dash>{TYPED_DASH})(?P<gap>[ \u3000{NO_BREAK}{_ZERO_WIDTH}]*)"
                   r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ ]*[:：]")
_LONE_DASH = re.compile(TYPED_KEY + _COLON + r"[ ]+(?P<dash>-)(?:[ ]+(?:#.*)?)?$")  # `-#` is text: a comment follows a blank
_LINES_ABOVE = 3  # how many lines above an error may hold the slip behind it
# A value begun with a block's `>` or `|` and going on with text on its line (`>=95%`, `>20次`): no block header,
# not even a mistyped one (`|0`, which the general message says is an indentation digit out of 1–9).
# Its text ends before blanks at the line's end and a comment (a `#` after a blank, a tab too), kept after the quote.
_BLOCK_MARK_TEXT = re.compile(KEY + _COLON + r"[ ]+(?P<value>[|>](?![+-]?[0-9]?[+-]?[ \t]*(?:#.*)?$).*?\S)(?:[ \t]+#.*)?[ \t]*$")
# A value begun with a character YAML keeps for itself (`%98`, `@全体`, `]`), or with a list's "- " (`- 98%`), which no
# value may begin with unquoted; a dash before a `key:` begins a list item typed on its key's line, no text.
_RESERVED_START = re.compile(KEY + _COLON + r"[ ]+(?P<value>[%@`,\]}].*)$")
_DASH_START = re.compile(KEY + _COLON + r"[ ]+(?P<value>-[ ]+(?![A-Za-z_][A-Za-z0-9_-]*:(?:[ ]|$))\S.*)$")
# A plain value with a ": " inside (`补助发放及时率: 按月`), which YAML reads as a key and a value of its own.
_COLON_INSIDE = re.compile(KEY + _COLON + r"[ ]+(?P<value>[^-?|>\"'#\s\[\]{}&*!%@`,].*?:[ ]+\S.*)$")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_CONFLICT_START = re.compile(r"<{7}(?: |$)")  # git's first mark of a merge conflict, at the start of a line


def syntax_slip(text: str, line: int, gloss: KeyNames) -> tuple[int, int, str] | None:
    """(line, column, message) of the slip behind a YAML syntax error reported at `line`, if any.

    Typing slips are looked for first, then a key indented deeper than the key above it. Keys are
    named with their `gloss`.

    The parser notices a missing ": " only where the next key begins, after any lines it read as
    the broken key's value (`content：|` swallows the block below it) or where its mapping ends. So
    the error line is looked at first, then the lines above it, nearest first, until three at its
    indentation or less have been looked at (deeper lines between are looked at too, not counted; the text of a
    `|` or `>` block above is not looked at: `  target: >=95%` there is text, not a key's value begun with `>`).
    """
    lines = split_lines(text)
    conflict = _conflict(lines)
    if conflict:
        return conflict
    keys = KnownKeys(lines)
    end = min(line, len(lines))
    depth = indent_width(lines[end - 1]) if end else 0
    looked = 0
    bodies = block_bodies(lines)
    for number in range(end, 0, -1):
        content = lines[number - 1]
        if number != end and number in bodies:  # a block's text, whatever it looks like
            continue
        blank = blank_space_slip(content)
        if blank and not _deeper_than_below(lines, number):
            return number, *blank
        if not content.strip():
            continue
        found = (_line_slip(content, lambda key: gloss(key, number), lambda key: gloss.left_empty(key, number),
                            lambda key, listed=True: gloss.unknown(key, number, listed))
                 or text_after_quotes(content, lambda key: gloss(key, number), lambda key: gloss.takes_list(key, number))
                 or missing_dash(lines, number, gloss) or _missing_colon(lines, number, keys, gloss) or _broken_line(lines, number, gloss))
        if found:
            return number, *found
        looked += number == end or indent_width(content) <= depth
        if looked > _LINES_ABOVE:
            break
    return (block_dedent(lines, end, gloss) or text_not_under_key(lines, end, gloss) or first_item_above(lines, end, gloss)
            or dash_in_group(lines, end, gloss) or over_indented(lines, end, gloss) or under_indented(lines, end, gloss)
            or bullet_after_text(lines, end, gloss) or key_deeper_than_siblings(lines, end, gloss))


def _conflict(lines: list[str]) -> tuple[int, int, str] | None:
    """(line, column, message) at the first of git's merge conflict marks in the file, wherever the parser stopped: a
    spec both sides of a merge (or pull) changed holds both, between `<<<<<<<`, `=======` and `>>>>>>>` lines. Said
    as a line broken off the one above it, the clerk was told to join `<<<<<<< HEAD` to the year."""
    number = next((n for n, content in enumerate(lines, start=1) if _CONFLICT_START.match(content)), None)
    if number is None:
        return None
    return number, 1, (f"“{clipped(lines[number - 1])}”是 git 合并冲突的标记：合并（git merge、git pull）时两边都改了这里，"
                       "git 把两边的内容都写进了文件，“<<<<<<<”与“=======”之间是一边，“=======”与“>>>>>>>”之间是另一边；"
                       "请保留要的内容，删去不要的一边和这三行标记，再 git add 这个文件")


def _deeper_than_below(lines: list[str], number: int) -> bool:
    """Whether line `number` is indented deeper than the next line YAML does not skip: then it may be the text of a
    key above that has none on its line (`amount:`, then `  　`), which reads, and is no slip."""
    below = next((line for line in lines[number:] if line.strip(" \t") and not line.lstrip().startswith("#")), None)
    return below is not None and indent_width(lines[number - 1]) > indent_width(below)


def other_slips(text: str, gloss: Gloss, besides: int, tabs: dict[int, tuple[int, str]] | None = None
                ) -> list[tuple[int, int, str]]:
    """(line, column, message) of each slip on a line other than line `besides` (the one said for the parser's error)
    that is a slip wherever it stands, as far as lines alone tell: a key with a full-width colon, a tab or a
    full-width space indenting a line, a value to quote (see _line_slip). The parser stops at its first error, and an
    author told one slip at a time took as many rounds as there were slips.

    Only lines YAML reads as keys or list items are looked at (see _keyed_lines): a line of a value's text (a `|`
    block's, a quoted value's going on over lines, a plain value's continued under it) may hold anything. At most
    MOST_OTHER_SLIPS are said: naming a key reads the lines above it, and a file with a slip on each of thousands of
    lines (typed with the IME on throughout) is mended by one replacement its first hundred show the way to. A line
    indented with a tab is told what `tabs` says of it (tab_indents: its field and the spaces to use), if anything."""
    lines = split_lines(text)
    found: list[tuple[int, int, str]] = []
    for number in _keyed_lines(lines):
        if number == besides:
            continue
        if len(found) == MOST_OTHER_SLIPS:
            break
        content = lines[number - 1]
        blank = blank_space_slip(content)
        if blank:
            found.append((number, *blank))
            continue
        if _SPACE_INDENT.match(content) and not _SPACE_INDENT_KEY.match(content):
            continue  # a text (`- 　文字`), or a key quoted: YAML reads both
        tab = _TAB_INDENT.match(content)
        if tab:
            slip = (tabs or {}).get(number) or (tab.end() + 1, tab_said(content, tab.end() + 1))
        else:
            names = gloss if isinstance(gloss, KeyNames) else None
            slip = _line_slip(content, lambda key: gloss(key, number),
                              lambda key: names.left_empty(key, number) if names else None,
                              lambda key, listed=True: names.unknown(key, number, listed) if names else None)
        if slip:
            found.append((number, *slip))
    return found


def amount_units(text: str, names: KeyNames, said: set[int]) -> list[tuple[int, int, str]]:
    """(line, column, message) of each amount typed with its unit (`basic: 610.85万元`, `amount: 15000元`, quoted or
    not) on a line other than those in `said`, in a file YAML could not read. The schema, which says so once the file
    reads, never ran, and an author who mended the syntax was told the unit a round later. Only a field the form's
    schema (told by the `form:` line or the first line's schema, see KeyNames) declares there and refers to the amount
    definition: a count or a text field may be written with a unit, and where the form or the key's place cannot be
    told nothing is said. Said as the schema says it (field_fixes.unit_slip), the field named alike (KeyNames.field_name:
    `预算整体情况 › 财政拨款`, not `“fiscal”（财政拨款）`), with the decimals the file's other
    amounts are typed with (amount_places.usual_places): `3.00`, not `3`, beside amounts written 7.24 and 0.00."""
    from .amount_places import usual_places  # it reads load, which reads this module
    from .field_fixes import unit_slip

    lines = split_lines(text)
    amounts: list[tuple[int, re.Match, str]] = []  # (line, its key and value, the value as YAML reads it)
    for number in _keyed_lines(lines):
        typed = _VALUE_ON_LINE.match(lines[number - 1])
        if typed is not None:
            value = _unquoted(without_comment(typed["value"]).strip(" \t"))
            if _NUMBER.fullmatch(value) or number not in said and unit_slip(value):
                if names.takes_amount(typed["key"], number):
                    amounts.append((number, typed, value))
    places = usual_places([Decimal(value) for _, _, value in amounts if _NUMBER.fullmatch(value)])
    found: list[tuple[int, int, str]] = []
    for number, typed, value in amounts:
        words = unit_slip(value, places) if number not in said else None
        if words is None:
            continue
        if len(found) == MOST_OTHER_SLIPS:
            break
        field = names.field_name(typed["key"], number) or f"“{typed['key']}”{names(typed['key'], number)}"
        found.append((number, typed.start("value") + 1, f"{field}：{words}"))
    return found


def _unquoted(value: str) -> str:
    """A value as typed without the quotes around it, if any: `"38.87万"` is the text the schema is given."""
    quoted = re.fullmatch(r"([\"'])(.*)\1", value)
    return quoted[2] if quoted else value


_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
"""An amount typed as a plain number, which YAML reads as one: what the file's usual decimals are counted from."""
_VALUE_ON_LINE = re.compile(KEY + _COLON + r"[ ]+(?P<value>.+)")
MOST_OTHER_SLIPS = 100
_SPACE_INDENT = re.compile(r"[ ]*+(?:-[ ]++)?[\u3000\u00a0\u202f\u2007]")
_SPACE_INDENT_KEY = re.compile(_SPACE_INDENT.pattern + r"[ \u3000\u00a0\u202f\u2007]*[A-Za-z_][A-Za-z0-9_-]*[ ]*[:：]")
"""A line indented with a space YAML takes for text (see indent_space_slip): a slip when a key follows it."""
_TAB_INDENT = re.compile(r"[ ]*+(?:-[ ]*+)?(?=\t[ \t]*\S)")
"""A line indented, or its item's dash followed, by a tab: the loader refuses one there (see two_parsers)."""


def _keyed_lines(lines: list[str]):
    """The numbers of the lines YAML reads as keys or list items, where text other than `key: value` or `- ` is a slip.

    Left out: blank and comment lines; a `|` or `>` block's text; the lines below a value that are its text going on
    (deeper than its key or dash, or up to the line closing a quote or bracket it left open); and the value of a key
    with nothing after its colon when no `key:` line is among the lines at its column (the lines under it, or the
    items of a list written flush under it): it may be text over lines (`other_tasks:`, then `  无：本年度没有其他任务`)
    or a list of texts (`- url:http…`), and no slip there is certain. A line indented with a tab or a full-width
    space has no column to measure the lines below by: they are measured by the line above it."""
    bodies = block_bodies(lines)
    deeper_than = None  # lines deeper than this column are the text of the value above
    items_at = None  # the column of a list of texts written flush under its key, whose items are left out
    closer = None  # the quote or bracket a value above left open, whose line ends its text
    for number, content in enumerate(lines, 1):
        if closer:  # even on a line that reads as a comment: it is in quotes
            closer = None if closer in content else closer
            continue
        if not content.strip(" \t") or content.lstrip().startswith("#") or number in bodies:
            continue  # a line of a full-width space is no blank to YAML: text, a key without its colon
        width = indent_width(content)
        if deeper_than is not None and width > deeper_than:
            continue
        if items_at is not None and (width > items_at or width == items_at and DASH_LINE.match(content)):
            continue
        deeper_than = items_at = None
        yield number
        if _ODD_INDENT.match(content):
            continue
        key = re.match(KEY + r"[ ]*[:：]", content) or _DASH.match(content)  # a key, or an item's with its dash mistyped
        rest = content[key.end():] if key else content.lstrip(" -")
        # stripped of YAML's blanks only: a no-break space is text; a comment after the colon's blank is no value
        typed, value = rest.strip(" \t"), without_comment(rest).strip(" \t")
        if BLOCK_HEADER.match(content):
            continue  # its text is left out as block_bodies
        column = key.start("key") if key else width
        if not value:  # the lines below are the value
            text = _text_below(lines, number, column)
            if text is not None:
                items_at = column if indent_width(text) == column else None
                deeper_than = column
            continue
        deeper_than = column
        if value[0] in _CLOSERS and closing(typed) is None:  # as typed: a ` #` inside quotes is no comment
            closer = _CLOSERS[value[0]]


_ODD_INDENT = re.compile(r"[ ]*+(?:-[ ]*+)?[\t\u3000\u00a0\u202f\u2007]")
_SPACED_KEY_LINE = re.compile(KEY + _COLON + r"(?:[ ]|$)")
"""KEY_LINE with blanks before its colon, which YAML takes: a mapping typed `basic : 1` throughout is no text over lines,
and the slips among its lines are told as the ones in a mapping typed `basic: 1`."""
_CLOSERS = {'"': '"', "'": "'", "[": "]", "{": "}"}


def _text_below(lines: list[str], number: int, column: int) -> str | None:
    """The first line of the value that line `number`, a key at `column` with nothing after its colon, holds below it,
    when no line at that line's column is a `key:` line (the lines under it, deeper, or the items of a list written
    flush under it); None when it holds keys, or nothing. Looked at only as far as the first key: a mapping holds
    keys."""
    first = None
    for line in map(lines.__getitem__, range(number, len(lines))):  # not a copy of the rest of the file for each key
        if not line.strip(" \t") or line.lstrip().startswith("#"):  # a full-width space is text (`amount:\n  　`)
            continue
        width, dash = indent_width(line), DASH_LINE.match(line)
        if first is None and width <= column and not (width == column and dash):
            return None
        at = indent_width(first) if first is not None else width
        if width < at or width == column and not dash:
            break
        if width == at and _SPACED_KEY_LINE.match(line):
            return None
        first = line if first is None else first
    return first


# a colon after blanks is there (`unit : -`, `unit　：x`): that line's slip is another
_WORD_FIRST = re.compile(r"^(?P<lead>[ ]*+(?:-[ ]++)?)(?P<key>[a-z_][a-z0-9_]*)(?:\s+(?![:：])\S|\s*$)")


def _missing_colon(lines: list[str], number: int, keys: KnownKeys, gloss: Gloss) -> tuple[int, str] | None:
    """A field name followed by its value, or by nothing, with no colon between: `goal 组织…`, `key_tasks`.

    YAML reads the line as text, joins it to the line above or the lines below, and trips a line
    or more away; the general advice ("join it to the line above", "quote the value") would break
    a good line. A line deeper than a `key: value` line above it is that value going on, not a key.
    """
    found = _WORD_FIRST.match(lines[number - 1])
    if not found or found["key"] not in keys:
        return None
    above = next((line for line in reversed(lines[:number - 1]) if holds_data(line)), "")
    value_above = re.match(KEY + _COLON + r"[ ]+[^|>#\s]", above)
    if value_above and indent_width(lines[number - 1]) > len(value_above["lead"]):
        return None
    key = found["key"]
    shown = f"{key}: …" if lines[number - 1][found.end("key"):].strip() else f"{key}:"
    return found.end("key") + 1, f"“{key}”{gloss(key, number)}后面少了英文冒号；请写成“{shown}”"


def _broken_line(lines: list[str], number: int, gloss: Gloss) -> tuple[int, str] | None:
    """A line of bare text under a `key: value` line, no deeper than the key: the value's text broken off
    by a line break pasted with it. YAML stumbles over it only at the next key, and says ':' is missing. Under a
    quoted value (`goal: "1. 甲"`) only a numbered paragraph is told, the quotes to be dropped with the `|` block."""
    content = lines[number - 1]
    text = content.strip()
    if not text or ":" in text or text[0] in "-#[]{}|>\"'" or number < 2:
        return None
    above = next((line for line in range(number - 1, 0, -1) if lines[line - 1].strip()), 0)
    key = (_PLAIN_VALUE.match(lines[above - 1]) or _QUOTED_VALUE.match(lines[above - 1])) if above else None
    if not key or indent_width(content) > len(key["lead"]):
        return None
    said = f"“{clipped(text)}”这一行既不是“键: 值”，也不是列表的一项"
    quote = key.groupdict().get("quote") or ""
    escapes = typed_escapes(lines, above) if quote == '"' else []
    numbered = numbered_paragraphs_fix(lines, key, text, f"上一行“{key['key']}”{gloss(key['key'], above)}", quote=quote,
                                       escapes=escapes)
    if numbered:
        return indent_width(content) + 1, f"{said}：它{numbered}"
    if quote:  # joined back after the closing quote it would still be no text of the value: the general words
        return None
    return indent_width(content) + 1, (f"{said}，像是上一行“{key['key']}”{gloss(key['key'], above)}的内容被换行断开了；"
                                       "请把它接回上一行末尾（要分段时请改用 | 块）")


def _line_slip(content: str, gloss: Callable[[str], str],
               left_empty: Callable[[str], tuple[str, bool] | None] = lambda key: None,
               unknown: Callable[..., str | None] = lambda key, listed=True: None) -> tuple[int, str] | None:
    """A slip typed on one line, naming its key with `gloss`, or None. `left_empty` says how the key's field is left
    empty and whether it takes "-" (KeyNames.left_empty), for a lone `-`; None where that is not known. `unknown` says
    that a key is no field of the form there (KeyNames.unknown), said first of a lone `-`: `foo: -` was told how to
    leave `foo` empty, and only once the file read that there is no such field. A key typed as its Chinese name
    (`单位: -`, `单位：甲`) is told so too, with the field to write: it was said to be a list or text out of place."""
    indent = indent_space_slip(content)
    if indent:
        return indent
    dash = _dash_slip(content)
    if dash:
        return dash
    typed = _KEY_VALUE.match(content)
    note = unit_note(typed["key"], typed["value"]) if typed else None
    if note and unknown(typed["key"]):  # no field there: the paper form's note of the unit its amounts are in
        return len(typed["lead"]) + 1, note
    colon = _FULL_WIDTH_COLON.match(content)
    if colon and _FIELD_NAME.fullmatch(colon["key"]):
        key = colon["key"]
        return colon.end(), f"“{key}”{gloss(key)}后面是中文冒号“：”；请改成英文冒号加一个空格，写成“{key}: …”"
    # a word in Chinese before a full-width colon is a key only when it names a field there: else it may be text
    unknown_key = unknown(colon["key"], listed=False) if colon else None
    if unknown_key:
        return colon.end(), f"{unknown_key}{_joint(unknown_key)}它后面是中文冒号“：”，也要改成英文冒号加一个空格"
    pasted = _PASTED_SPACE.match(content)
    if pasted:
        kind = (f"一个{NO_BREAK_SAID}" if pasted["space"] in NO_BREAK
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
    block = _BLOCK_MARK_TEXT.match(content)
    if block:
        mark, key, value = block["value"][0], block["key"], typed_value(block["value"])
        fixed = line_with_value(content, block.start("value"), value, len(block["value"]))
        return block.start("value") + 1, (f"“{key}”{gloss(key)}的值以“{mark}”开头，YAML 把“{mark}”读成多行文字的开始；"
                                          f"这是文字内容{'（如比较符“>=”“>”）' if mark == '>' else ''}，"
                                          f"请给整个值加上{quotes_named(value)}，写成：{fixed}")
    dash = _LONE_DASH.match(content)
    unknown_key = unknown(dash["key"]) if dash else None
    if unknown_key:  # no field of the form: how to leave it empty is beside the point
        return dash.start("dash") + 1, f"{unknown_key}{_joint(unknown_key)}它的值只写了一个“-”，YAML 把它当作列表的开始"
    # a paper form's mark for an empty cell, which YAML reads as a list begun in the wrong place; a key in Chinese not
    # told unknown (no form, a list of texts) is no field to leave empty: `单位: "-"` was offered, a key no form has
    if dash and _FIELD_NAME.fullmatch(dash["key"]):
        key = dash["key"]
        empty, printed = left_empty(key) or ("表上这一格要空着时，金额写 null，文字写 \"\"（一对英文双引号）", True)
        quoted = f"；要印出“-”请加上双引号，写成“{key}: \"-\"”" if printed else ""
        return dash.start("dash") + 1, f"“{key}”{gloss(key)}的值只写了一个“-”，YAML 把它当作列表的开始；{empty}{quoted}"
    return _value_to_quote(content, gloss)


def _joint(said: str) -> str:
    """What goes between a message said of a key and more said of its line: nothing after a question
    (`是否想写“total”（资金总额）？`), else "；"."""
    return "" if said.endswith("？") else "；"


def _value_to_quote(content: str, gloss: Callable[[str], str]) -> tuple[int, str] | None:
    """A value YAML cannot read as the text it is unless quoted, given with the line to paste, as `>=98%` is:
    one begun with a character YAML keeps for itself or with "- ", or holding a ": ". A ": " after a field name
    (`budget: basic: 1`) may be a mapping typed on one line rather than text, and keeps the general message."""
    reserved = _RESERVED_START.match(content) or _DASH_START.match(content)
    inside = None if reserved else _COLON_INSIDE.match(content)
    found = reserved or inside
    if not found:
        return None
    head, key = found.start("value"), found["key"]
    value = without_comment(found["value"])
    colon = re.search(r":[ ]+\S", value) if inside else None
    if inside and (not colon or _FIELD_NAME.fullmatch(value[:colon.start()].strip())):  # the ": " in a comment
        return None
    typed = typed_value(value)
    paste = f"给整个值加上{quotes_named(typed)}，写成：{line_with_value(content, head, typed)}"
    named = f"“{key}”{gloss(key)}"
    if colon:  # the paste line last: a comment kept on it would run into words after it
        return head + colon.start() + 1, (f"{named}的值里有“: ”（英文冒号加空格），YAML 把它前后读成又一个“键: 值”；"
                                          f"请把这个冒号改成中文冒号“：”，或{paste}")
    if value[0] == "-":
        return head + 1, (f"{named}的值以“- ”开头，YAML 把它读成列表的一项，列表不能与“{key}:”写在同一行；"
                          f"如果这是文字内容，请{paste}")
    return head + 1, f"{named}的值以“{value[0]}”开头，“{value[0]}”在 YAML 中有特殊含义，不能出现在值的开头；请{paste}"


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
    elif item["gap"][0] != " ":  # YAML reads `-\u00a0name` as a key, and trips on the item's next line
        reasons.append(f"减号后面是从网页或 Word 粘贴来的{'不换行空格' if item['gap'][0] in NO_BREAK else '零宽字符'}")
    typed = content[len(item["lead"]):item.end("key")]
    return len(item["lead"]) + 1, (f"列表的每一项要以英文减号加一个半角空格“- ”开头，这里写成了“{typed}”"
                                   f"（{'，'.join(reasons)}）；请用英文输入法写成“- {item['key']}: …”")
