"""TEXT-LINE-BREAK: a one-line value is not broken over two lines, which YAML joins with a space.

Text pasted from Word often brings its line breaks. Inside a plain or quoted value YAML folds a
line break into a space, so `name: 补助发放` over `    及时率` prints 补助发放 及时率, a space
Chinese text never has. Several paragraphs belong in a `|` block, which keeps them as typed; a `>` block folds its lines the
same way (`jixiao fmt` asks `folded_space` and `below_fix` too, and leaves such a value to be mended: it would write
it on one line, or the `>` block as a `|` block, the spaces in it and nothing pointing to them).
In a list of texts, a next line that reads as another item typed without its `- ` is told first as that item, not
only to be joined back.
Pass: `name: 补助发放及时率`; `content: |` with its lines below.  Fail: `name: 补助发放` / `    及时率`;
`overall_target: >` over lines of Chinese.
"""
from __future__ import annotations

import re
from typing import Iterator

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ..datapath import json_path
from ..dashless_items import text_item_below
from ..folded_lines import block_lines
from ..han import HAN, ODD_SPACES
from ..item_numbers import PARAGRAPH_NUMBER, numbered_paragraphs_fix
from ..key_lines import DASH_LINE, KEY_LINE, OPENS_MAPPING
from ..problems import Problem, Severity, excerpt
from ..quoted_escapes import typed_escapes

ID = "TEXT-LINE-BREAK"
_FOLDED = re.compile(rf"(?<={HAN}) (?=\S)|(?<=\u00a0) (?=\S)|(?<=\S) (?={HAN})|(?<=\S) (?={PARAGRAPH_NUMBER})")
_NUMBER = re.compile(PARAGRAPH_NUMBER)
"""A space where a line break may have been: beside Chinese on either side (98% 及以上), after a no-break space (pasted
from Word, ending the line: joined, the lines hid it inside the text; `HAN` has the full-width one), or before a
paragraph's number whatever ends the line above (`≥95%` over `2. 反映…`, Word's numbered paragraphs, which joined,
print as one)."""
_LINE_END_SPACES = re.compile("[" + "".join(ODD_SPACES) + "]+(?=[ \n])")
"""Full-width or no-break spaces before a space or a line break: those ending a line YAML joined on, or kept."""


def check(ctx) -> Iterator[Problem]:
    for path, text in ctx.strings():
        if not _FOLDED.search(text):  # the cheap test first: a value's place is looked up only for such a space
            continue
        line, column, typed = ctx.typed(path)
        folded = folded_space(text, typed, ctx.spec.lines, line)
        if folded:
            printed, how, fix = folded
            yield Problem(ctx.path, line, column, Severity.WARNING, ID,
                          f"{ctx.field_name(path)}：{how}，表上印作“{printed}”；{fix}",
                          json_path(path))


def folded_space(text: str, typed: str, lines: list[str], line: int) -> tuple[str, str, str] | None:
    """Where YAML made a line break of the value typed on `line` (`typed`: from the value to the end of that line)
    a space beside Chinese, quoted as printed (`_printed`), what happened and how to mend it, in words; None when it
    made none."""
    if not _FOLDED.search(text):
        return None
    if typed.startswith(">"):
        spaces = _folded_in_block(text, [each.text for each in block_lines(lines, line)])
        space = spaces[0] if spaces else None
        how = "这一项用了 > 块，YAML 会把块里的换行变成空格"
        number = next((found for found in (_NUMBER.match(text, each.end()) for each in spaces) if found), None)
        fix = (f"以“{number[0].strip()}”开头的一行像是分条写的又一条：要各条分行印出，请把“>”改成“|”，每条写成一行"
               if number else "请把这几行接成一行；要分段时请改用 | 块（每行一段）")
    else:
        at = joined_at(typed, text) if "\n" not in text else None
        # only the space where the line ends: one typed on purpose before it (`1. 甲`) is no line break
        space = next((found for found in _FOLDED.finditer(text) if found.start() == at), None)
        how = "这一项分在了两行，YAML 会把换行变成空格"
        fix = below_fix(lines, line) or "请把下一行接回这一行末尾；要分段时请改用 | 块"
    return _printed(text, space.start(), how, fix) if space else None


def _printed(text: str, at: int, how: str, fix: str) -> tuple[str, str, str]:
    """The text around the space at `at` as a message quotes it, what happened, and how to mend it, with the
    full-width or no-break spaces ending the line before that space (`hidden_line_ends`) marked and to be deleted
    too."""
    hidden = hidden_line_ends(text, at)
    if hidden is None:
        return excerpt(text, at, 12), how, fix
    printed, also = hidden
    return printed, how, f"{fix}；{also}"


def hidden_line_ends(text: str, at: int) -> tuple[str, str] | None:
    """When full-width or no-break spaces end the line before the space at `at` (a line break YAML joined on): the
    text around it quoted with them marked ▯, and the words saying to delete them too; None when there are none.
    Quoted as typed they looked like part of the gap, and a clerk who joined the lines as told first left them inside
    the text, where TEXT-INVISIBLE (which warns of them at a line's end, in its own message) no longer looks. Those
    ending the other lines of the value are marked too: a `>` block's second line quoted after the first read
    `这里。▯ 第二段。　 …`, a blank the message had just said it marks. Asked by this rule and by `jixiao fmt`, which
    refuses a plain value so broken, so both say the same."""
    if not at or text[at - 1] not in ODD_SPACES:
        return None
    ends = list(_LINE_END_SPACES.finditer(text))
    kinds = "和".join(f"{ODD_SPACES[char][0]}（U+{ord(char):04X}）"
                     for char in dict.fromkeys(char for end in ends for char in end.group(0)))
    return (excerpt(_LINE_END_SPACES.sub(lambda end: "▯" * len(end.group(0)), text), at, 12),
            f"换行前还有看不见的{kinds}，引文里标作▯，也会印在表上，请一并删除（接成一行后夹在字句中间，就不再有提示了）")


def below_fix(lines: list[str], line: int) -> str | None:
    """How to mend a value typed on `line` that YAML ran into the line below, when that line reads as something of
    its own: the next numbered paragraph (a `|` block keeps it one), or the next item of a list of texts typed
    without its "- " (joining would make one target of two); None when it reads as the value's text going on, to be
    joined back. Asked by this rule and by `jixiao fmt`, which refuses such a value, so both say the same."""
    item = text_item_below(lines, line)
    if item:
        unnumbered = f"各项都{item.unnumbered}，" if item.unnumbered else ""
        return (f"下一行像是列表的又一项，少了开头的“- ”（它若确是这一项没写完的文字，才把它接回这一行末尾）："
                f"请{unnumbered}把第 {line + 1} 行写成：{item.written}")
    key = _value_key(lines, line)
    quote = _opening_quote(lines[line - 1])
    escapes = typed_escapes(lines, line) if quote == '"' else []
    numbered = (numbered_paragraphs_fix(lines, key, lines[line], quote=quote, escapes=escapes)
                if key and line < len(lines) else None)
    return f"下一行{numbered}" if numbered else None


def _opening_quote(first: str) -> str:
    """The quote a value's first line, `first`, opens the value with (`goal: "1. 甲`, or `"1. 甲` below its key), or
    "": typed into the `|` block the advice asks for, it would be printed."""
    on_line = KEY_LINE.match(first)
    value = first[on_line.end():] if on_line else first
    return value.strip()[:1] if value.strip()[:1] in "\"'" else ""


def _value_key(lines: list[str], line: int) -> re.Match | None:
    """The key of the value whose first line is `line`: on that line (`content: 1. 甲`), or alone on the line above
    it (`content:` over `  1. 甲`); None for a value in a list of texts, which has no key of its own: the key above
    the list's first item (`targets:` over `  - 1. 甲`) is the list's, and made a block it would hold no list."""
    on_line = KEY_LINE.match(lines[line - 1])
    if on_line or DASH_LINE.match(lines[line - 1]):
        return on_line
    return OPENS_MAPPING.match(lines[line - 2]) if line > 1 else None


def joined_at(typed: str, text: str) -> int | None:
    """Where YAML joined a plain or quoted value's first line to the next (the index in `text` of the space, or of
    the line break a blank line leaves), or None when the value ends on its line. `typed` is what the file holds
    from the value to the end of its line (Spec.typed): a value going on below has nothing after it there (a
    comment would end it), so that line, its quote aside, is how the text begins. jixiao fmt refuses a plain
    value so joined, which it would write as one line (a quoted one only where `folded_space` finds a space). Only
    the spaces and tabs YAML drops before the line break are stripped: a full-width or no-break space ending the line
    stays in the text, before the space the break became (`str.rstrip` took it off, and such a value went untold,
    joined by fmt with the stray space out of sight, as a `>` block's was)."""
    first = _as_read(typed.rstrip(" \t"))
    return len(first) if len(text) > len(first) and text.startswith(first) and text[len(first)] in " \n" else None


def _as_read(first: str) -> str:
    """A value's first line, typed, as YAML reads it: its quote dropped, and a double-quoted one's escapes (`\\"`,
    `\\\\`, `\\t`) or a single-quoted one's doubled quotes read: kept as typed, a line holding one was taken for no
    start of its text, and its line break, a space in print, went untold (and `jixiao fmt` wrote it on one line)."""
    if first.startswith("'"):
        return first[1:].replace("''", "'")
    if not first.startswith('"') or "\\" not in first or re.search(r"(?<!\\)(?:\\\\)*\\$", first):
        return first.lstrip('"')  # a backslash ending the line escapes its line break: YAML joins with no space
    try:
        return YAML(typ="safe", pure=True).load(first + '"')
    except YAMLError:  # a quote closed on the line (the value ends there) or an escape YAML refuses
        return first.lstrip('"')


def _folded_in_block(text: str, block: list[str]) -> list[re.Match]:
    """The spaces beside Chinese or before a paragraph's number that a `>` block made of line breaks (a `>` block that
    wraps a long paragraph of Chinese prints a space at each wrap), not those typed inside a line."""
    ends = [typed for typed in block if typed]
    return [space for space in _FOLDED.finditer(text) if any(text[:space.start()].endswith(end) for end in ends)]
