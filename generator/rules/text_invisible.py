"""TEXT-INVISIBLE: no text holds a character that shows as nothing in an editor.

Text copied from web pages, WeChat or PDF brings zero-width spaces, byte-order marks, soft hyphens
and Unicode line separators. An editor shows nothing, but they are printed into the form and the
output file name, make two names that look the same differ (a diff shows a change nobody can
see), and Word draws a line separator as a line break. Chinese text never needs them.
A full-width space (U+3000, the IME's) or a no-break space (U+00A0, pasted from Word or a web page) at the end
of a value shows as nothing after the last character and is printed too; inside a text they are spacing
typed on purpose, and left alone. A `>` block, or a value quoted or plain over several lines, is folded: a space ending
one of its lines is said on that line as a `|` block's is, and one before a line YAML joins on with a space prints
inside the text, as a gap the message quotes (`第一段。▯ 第二段。`).
A list item's name is what the item is known by: blanks at either end of one, a plain space typed inside quotes
among them (`name: "开展会议场次 "`), are warned too, as `jixiao diff` reported adding one as a rename nobody saw; and,
in a name typed over several lines, a full-width or no-break space ending one of them, as in any folded value.
So are blanks opening the unit's name (`unit: 　某单位`), which a paragraph field may open with as an indent, a name never.
Word prints every one of them (a cell's text is written with `xml:space="preserve"`): before a name as an indent,
after it unseen at a cell's edge but as a gap in a title it runs into (`某项目　绩效目标表`). HTML drops a plain
space at a cell's edge and prints U+3000 and U+00A0. So a message on a name says what Word prints, whichever blanks
and however typed: a leading U+3000 was called unseen, and an unquoted trailing one printed where a quoted one
beside a plain space was called unseen.
A tab, from a row copied out of Excel or a Word table, looks like spaces in the editor and prints
as a gap of whatever width Word's tab stops give; it is named apart, as a tab, not as invisible.
A control character written as an escape inside double quotes (`"\\x85"`, `"\\x7f"`, `"\\r"` with no `\\n` after it,
as a program exporting text writes one) got through with no word: the reader refuses it typed raw (TEXT-CONTROL-CHAR)
and Word's XML carries it, so TEXT-CONTROL-CHAR leaves it be. Rendered and looked at, DEL and the C1 controls
(U+0080–U+009F) print as a blank gap in LibreOffice and an empty box in Chromium; NEL and a lone CR begin a new
paragraph in a field the form prints as paragraphs, and elsewhere a gap, a box (NEL) or a space (CR). None is text
meant: each is named, at the escape that wrote it.
Pass: `unit: 某市归国华侨联合会`.  Fail: `unit: 某市归国华侨\u200b联合会` (a zero-width space pasted in);
`period_value: ≥98%<Tab>98%以上` (two Excel cells pasted as one); `name: "开展\\x85培训"`.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ..datapath import json_path
from ..folded_lines import folded_lines
from ..han import ODD_SPACES
from ..line_runs import line_runs
from ..problems import Problem, Severity, excerpt
from ..quoted_escapes import ESCAPE
from ..tab_words import TAB, TAB_ADVICE, TAB_ORIGIN, beside_blank
from ..wrapping_quotes import around_nothing
from .control_chars import PRIVATE, UNWRITABLE

ID = "TEXT-INVISIBLE"
_NAMES = {
    "\u00ad": "软连字符",
    "\u200b": "零宽空格",
    "\u200c": "零宽不连字",
    "\u200d": "零宽连字",
    "\u200e": "从左到右标记",
    "\u200f": "从右到左标记",
    "\u2028": "行分隔符",
    "\u2029": "段分隔符",
    "\u202a": "方向控制符", "\u202b": "方向控制符", "\u202c": "方向控制符", "\u202d": "方向控制符", "\u202e": "方向控制符",
    "\u2060": "零宽不换行空格",
    "\ufeff": "字节顺序标记（零宽不换行空格）",
}
_CONTROLS = {chr(code): "C1 控制字符" for code in range(0x80, 0xA0)} | {"\x7f": "删除符 DEL", "\x85": "下一行符 NEL"}
"""Controls only an escape puts in a value (`"\\x85"`): the reader refuses them typed raw."""
_NAMES |= _CONTROLS | {"\r": "回车符 CR"}
INVISIBLE = re.compile("[\t" + "".join(char for char in _NAMES if char != "\r") + "]|\r(?!\n)")
"""What shows as nothing in an editor (or flips the line around it), or prints as no text (a control an escape wrote,
a CR not ending a line as `\\r\\n` does): a message shows it as ▯, as this rule does."""
_CONTROL_HARM = "表上会印成空白、方框或另起一段，不是文字"
_TRAILING = re.compile("[" + "".join(ODD_SPACES) + "]+$", re.MULTILINE)
"""A full-width or no-break space ending the value or one of its lines: a `|` block's inner line prints as a paragraph
of its own, so a space ending it is as unseen as one ending the value."""
_NAME_ENDS = re.compile("^[ " + "".join(ODD_SPACES) + "]+|[ " + "".join(ODD_SPACES) + "]+$")
"""Blanks at either end of a list item's name, a plain space among them: what is typed inside quotes is kept."""
_JOINED_RUN = re.compile("[" + "".join(ODD_SPACES) + "]+[ \n]")
"""A full-width or no-break space before a space or a line break: what one ending a line of a folded value leaves in
its text, and the only names whose lines `_inner_line_ends` looks up."""
_SPAN = 30
"""How far apart a value's first and last invisible characters may be for one quote to show both and those between."""
_UNWRITABLE = re.compile("|".join(pattern.pattern for pattern in (UNWRITABLE, PRIVATE)))
"""What TEXT-CONTROL-CHAR reports: this rule's quote names it by its code, keeping ▯ for what it counts."""
_UNSEEN = re.compile("|".join(pattern.pattern for pattern in (INVISIBLE, _UNWRITABLE)))


def shown_name(name: str) -> str:
    """A name or text as a message shows it: each character TEXT-INVISIBLE or TEXT-CONTROL-CHAR reports as ▯, one for
    one. Copied raw into a message (a row's label, a name lint quotes), a U+202E
    flipped the rest of the line in a terminal or a CI log, and a U+F0FC printed a box in each."""
    return _UNSEEN.sub("▯", name)


def shown_text(text: str) -> str:
    """A text as a reader compares it with another (diff's two sides): `shown_name`, and each blank at either end,
    a plain space too, as ▯. `“开展会议场次” → “开展会议场次 ”` read as no change at all, and in a markdown table
    cell, with no quotes, nothing marked the space."""
    return _NAME_ENDS.sub(lambda blanks: "▯" * len(blanks.group(0)), shown_name(text))


def unseen_only(old: str, new: str) -> bool:
    """Whether two different texts differ only in what `shown_text` marks: a reader sees one text twice, told
    apart by ▯ alone, and is told so."""
    return old != new and _seen(old) == _seen(new)


def _seen(text: str) -> str:
    return _UNSEEN.sub("", text).strip(" " + "".join(ODD_SPACES))


def check(ctx) -> Iterator[Problem]:
    for path, text in ctx.strings():
        hits = list(INVISIBLE.finditer(text))
        found = [hit.group(0) for hit in hits]
        if around_nothing(text) and set(found) <= {"\t"}:
            continue  # `" “” "`, `"\t“”\t"`: TEXT-QUOTES tells it left empty, and the line it gives drops them too
        if not found:
            yield from _spaced(ctx, path, text)
            continue
        char = found[0]
        line, column, typed = ctx.typed(path)
        at = typed.find(char)  # where it sits on the line, when it was typed there and not as an escape
        escape = _escape(typed, char) if at < 0 else None
        at = escape.start(1) if escape else at
        first, last = hits[0].start(), hits[-1].start()
        if at < 0:  # on its own line of a `|` block, not on the `|` line, where a long block's tab was left to be found
            (line, column), at = ctx.spec.place(path, text, first), 0
        window = _marked(excerpt(text, first, 6, through=last if last - first <= _SPAN else None))
        field = ctx.field_name(path)
        place = f"{field}：“{window}”处有一个" if len(found) == 1 else f"{field}：从“{window}”处起，共有"
        unseen, tabs = [c for c in found if c != "\t"], found.count("\t")
        mend = beside_blank(text[:first], text[first + 1:]) if tabs == 1 else None
        if not unseen and mend:
            message = f"{place} {TAB}，{TAB_ORIGIN}，表上会印成一段宽窄不定的空白；{mend}"
        elif not unseen:
            message = f"{place}{'' if tabs == 1 else f' {tabs} 个'} {TAB}，{TAB_ORIGIN}；{TAB_ADVICE}"
        elif len(found) == 1 and _escaped_only(char):
            written = f"“{escape.group(1)}”" if escape else ""
            message = (f"{place}控制字符{written}（U+{ord(char):04X}，{_NAMES[char]}），{_CONTROL_HARM}；"
                       f"请删除{written or '它'}")
        elif all(map(_escaped_only, found)):
            kinds = "、".join(f"{_named(kind)}{found.count(kind)} 个" for kind in dict.fromkeys(found))
            message = (f"{place} {len(found)} 个控制字符（引文里标作▯）：{kinds}，是值里的转义（如“\\x85”“\\r”）写出的，"
                       f"{_CONTROL_HARM}；请删除这些转义")
        elif len(found) == 1:
            message = (f"{place}看不见的字符 {_named(char)}，多半是复制粘贴带来的，会原样写进表里；"
                       "请删除它（光标经过那里时要多按一次方向键）")
        else:  # a tab is named apart, as the tab it is, not counted as invisible
            kinds = "、".join(f"{_named(kind)}{unseen.count(kind)} 个" for kind in dict.fromkeys(unseen))
            also = f"；另有 {tabs} 个 Tab（制表符，也标作▯），{TAB_ORIGIN}，{TAB_ADVICE}" if tabs else ""
            message = (f"{place} {len(unseen)} 个看不见的字符（引文里标作▯）：{kinds}，多半是复制粘贴带来的，会原样写进表里；"
                       f"请删除{'它们' if len(unseen) > 1 else '它'}（光标经过那里时要多按一次方向键）{also}")
        yield Problem(ctx.path, line, column + max(at, 0), Severity.WARNING, ID, message, json_path(path))


def _escaped_only(char: str) -> bool:
    """Whether `char` is one only an escape puts in a value: a control `_CONTROLS` names, or a lone CR."""
    return char in _CONTROLS or char == "\r"


_SHORT_ESCAPES = {"\x85": "N", "\r": "r", "\t": "t", "\u2028": "L", "\u2029": "P"}


def _escape(typed: str, char: str) -> re.Match | None:
    """The first escape in a double-quoted value as typed that writes `char` (`\\x85`, `\\u0085`, `\\N`), as group 1:
    where the author finds it, the character itself being nowhere on the line."""
    def digits(width: int) -> str:  # hex digits in either case
        return "".join(f"[{d}{d.upper()}]" if d.isalpha() else d for d in f"{ord(char):0{width}x}")

    ways = [rf"\\u{digits(4)}", rf"\\U{digits(8)}"] + ([rf"\\x{digits(2)}"] if ord(char) < 0x100 else [])
    ways += [rf"\\{_SHORT_ESCAPES[char]}"] if char in _SHORT_ESCAPES else []
    return re.search(rf"(?<!\\)(?:\\\\)*({'|'.join(ways)})", typed)


def _marked(quote: str) -> str:
    """A quote from a value with each character this rule counts shown as ▯ and each TEXT-CONTROL-CHAR reports as
    `<U+F0FC>`: marked ▯ too (shown_name), a private-use character made the quote show more ▯ than the message
    counted, and no reader could tell which one was meant."""
    return _UNWRITABLE.sub(lambda found: f"<U+{ord(found.group(0)):04X}>", INVISIBLE.sub("▯", quote))


def _named(char: str) -> str:
    """`U+200B（零宽空格）`: one invisible character as a message names it."""
    return f"U+{ord(char):04X}（{_NAMES[char]}）"


def _spaced(ctx, path: tuple, text: str) -> Iterator[Problem]:
    """Spaces nobody sees: a full-width or no-break one ending any value or any line of it (a `|` block's: only the
    last line's was looked at; several such lines are one warning, see `_trailing_lines`; not a line of them alone
    between others, `_blank_paragraph`), and any blank, a plain space too, at either end of a list item's name
    (`name: "开展会议场次 "`). A name is what an item is known by: such a name differs from the same name typed
    elsewhere, and `jixiao diff` reports adding or deleting the space as a rename whose two sides read alike."""
    named = len(path) >= 2 and path[-1] == "name" and isinstance(path[-2], int) and not _NAME_ENDS.fullmatch(text)
    if not named:  # a name of blanks alone is an unfilled one, which lint names
        opening = _NAME_ENDS.match(text) if path == _UNIT and not _NAME_ENDS.fullmatch(text) else None
        if opening and opening.start() == 0:
            yield _leading(ctx, path, text, opening.end(), harm="")
        runs = [run for run in _TRAILING.finditer(text) if not _blank_paragraph(text, run)]
        folded = _folded_ends(ctx, path, text, runs)
        if folded:
            yield _folded_spaces(ctx, path, text, folded)
        elif len(runs) == 1:
            yield _trailing(ctx, path, text, runs[0].start())
        elif runs:
            yield _trailing_lines(ctx, path, text, runs)
        return
    for blanks in _NAME_ENDS.finditer(text):
        if blanks.start() == 0:
            yield _leading(ctx, path, text, blanks.end())
        else:
            yield _trailing(ctx, path, text, blanks.start(), blanks.group(0))
    inner = _inner_line_ends(ctx, path, text) if _JOINED_RUN.search(text) else []
    if inner:
        yield _folded_spaces(ctx, path, text, inner)


def _inner_line_ends(ctx, path: tuple, text: str) -> list[_FoldedEnd]:
    """Full-width or no-break spaces ending a line of a name typed over several, not at either end of it (those are
    the name's ends, told as such): YAML joins the next line on with a space, so they print inside the name, and
    looking only at its ends, none was told (TEXT-LINE-BREAK tells the line break after them, not them)."""
    blanks = " " + "".join(ODD_SPACES)
    start, end = len(text) - len(text.lstrip(blanks)), len(text.rstrip(blanks))
    return [found for found in _folded_ends(ctx, path, text, []) or [] if start <= found.at < end]


def _blank_paragraph(text: str, run: re.Match) -> bool:
    """Whether `run` fills a line of its own with text on a line after it (`第一段。\\n　\\n第二段。`): the forms print
    it as the empty line it looks like (a field of paragraphs drops both: `cells.paragraphs`), so there is nothing to
    delete; told, it was quoted as a lone “▯”. One after the last text is still told: a `|` block drops an empty line
    ending it, and a field printed as typed prints this one."""
    opens_line = run.start() == 0 or text[run.start() - 1] == "\n"
    return opens_line and bool(text[run.end():].strip(" \n" + "".join(ODD_SPACES)))


def _blanks(run: str) -> str:
    """`一个空格`, `2 个全角空格（U+3000）`, `3 个空白`: a run of blanks as a message counts it."""
    kinds = {"空格" if char == " " else "全角空格（U+3000）" if char == "\u3000" else "不换行空格（U+00A0）"
             for char in run}
    kind = kinds.pop() if len(kinds) == 1 else "空白"
    return f"{'一' if len(run) == 1 else f' {len(run)} '}个{kind}"


_NAME_SPACE_HARM = "也使这个名称与别处写的同一名称不同，jixiao diff 把加上或删掉它报作改名"
_UNIT = ("unit",)
"""The unit's name, one line heading the form: blanks opening it are pasted (`unit: 　某单位`, the IME's space), never
an indent as a paragraph field's `　　` may be, and Word prints them before the name."""


def _leading(ctx, path: tuple, text: str, end: int, harm: str = _NAME_SPACE_HARM) -> Problem:
    """Blanks opening a name, where the first was typed (after an opening quote); `harm` besides Word's gap."""
    line, column, typed = ctx.typed(path)
    start = typed.find(text)
    quote = "▯" * end + text[end:end + 6] + ("…" if len(text) > end + 6 else "")
    message = (f"{ctx.field_name(path)}：“{quote}”开头有{_blanks(text[:end])}，Word 表上会印在名称前面，空出一段；"
               f"{harm}{'；' if harm else ''}请删除")
    return Problem(ctx.path, line, column + max(start, 0), Severity.WARNING, ID, message, json_path(path))


def _trailing(ctx, path: tuple, text: str, at: int, name_blanks: str = "") -> Problem:
    """Full-width or no-break spaces ending a value or one of its lines, where the first was typed (`Spec.place`: on
    its line in a `|` block, not on the `|` line), each marked ▯ and counted (a second one was quoted as typed, unseen,
    and said to be one). `name_blanks`: the blanks of any kind ending a list item's name, each marked ▯."""
    line, column = ctx.spec.place(path, text, at)
    if name_blanks:
        message = (f"{ctx.field_name(path)}：“{_line_end(text, at)}”末尾有{_blanks(name_blanks)}，Word 表上会原样印在名称后面"
                   f"（在格子边上看不出）；{_NAME_SPACE_HARM}；请删除")
    else:
        run = _TRAILING.match(text, at).group(0)
        message = (f"{ctx.field_name(path)}：“{_line_end(text, at)}”末尾有{_odd_spaces(run)}，会原样印在表上；"
                   f"请删除{'它' if len(run) == 1 else '它们'}")
    return Problem(ctx.path, line, column, Severity.WARNING, ID, message, json_path(path))


def _trailing_lines(ctx, path: tuple, text: str, runs: list[re.Match]) -> Problem:
    """Full-width or no-break spaces ending several lines of a value (a `|` block's paragraphs pasted from Word, each
    ended by one): one warning at the first, naming the lines (or counting the paragraphs where a value written with
    `\\n` escapes has no lines of its own), where a warning for each line repeated the same words down the block."""
    lines = sorted({ctx.spec.place(path, text, run.start())[0] for run in runs})
    where = line_runs(lines) if len(lines) == len(runs) else f"有 {len(runs)} 段"
    kinds = "和".join(dict.fromkeys(_named_space(char) for run in runs for char in run.group(0)))
    line, column = ctx.spec.place(path, text, runs[0].start())
    message = (f"{ctx.field_name(path)}：{where}末尾有看不见的{kinds}，如“{_line_end(text, runs[0].start())}”，"
               "会原样印在表上；请删除这些空格")
    return Problem(ctx.path, line, column, Severity.WARNING, ID, message, json_path(path))


_LINE_END = re.compile("[" + "".join(ODD_SPACES) + "]+(?=[ \t]*$)")
"""Full-width or no-break spaces ending a line as typed: YAML drops plain blanks before a line break it folds."""
_ODD_SPACE = re.compile("[" + "".join(ODD_SPACES) + "]")
_ESCAPED = re.compile(rf"{ESCAPE.pattern}|''")
"""An escape typed in double quotes (`\\"`) or a quote doubled in single ones (`''`), which the text holds as one
character other than typed."""


class _FoldedEnd(NamedTuple):
    """Spaces ending a line of a folded value: where they were typed, and where they are in the value's text."""

    line: int
    column: int
    at: int
    run: str


def _folded_ends(ctx, path: tuple, text: str, runs: list[re.Match]) -> list[_FoldedEnd] | None:
    """The full-width or no-break spaces ending the lines of a value YAML folded (a `>` block, a quoted or plain value
    over several lines), each found in the text as typed before it on its line: YAML made the line break after
    them a space (or a line break, a blank line below), which `_TRAILING` saw only before a line break or the value's
    end, said at the value's first line. A line's characters after its last escape (`\\"`, `''`) are looked for, as
    the text holds what an escape reads as. None for any other value, or where a line's spaces are not found in the
    text (an escape right before them), or the text ends a line with spaces no line of the file ends with (a `\\n`).
    A text holding no such space has none to find: its lines are not looked up (a value's place and its typed lines
    were most of validate's time on a spec of thousands of rows)."""
    if not _ODD_SPACE.search(text):
        return None
    line, column = ctx.locate(path)
    typed = folded_lines(ctx.spec.lines, line, column)
    if typed is None:
        return None
    found, start = [], 0
    for each in typed:
        run = _LINE_END.search(each.text)
        if run is None:
            continue
        typed_before = _ESCAPED.split(each.text[:run.start()])[-1]  # the text holds it as typed after the last escape
        before = typed_before[-6:].lstrip(" \t" + "".join(ODD_SPACES))
        if not before and typed_before != each.text[:run.start()]:
            return None  # an escape right before the spaces: they alone could be found anywhere
        at = text.find(before + run.group(0), start)
        if at < 0:
            return None
        start = at + len(before)
        if not _blank_paragraph(text, re.compile(re.escape(run.group(0))).match(text, start)):
            found.append(_FoldedEnd(each.line, each.column + run.start(), start, run.group(0)))
    return found if found and {run.start() for run in runs} <= {end.at for end in found} else None


def _folded_spaces(ctx, path: tuple, text: str, ends: list[_FoldedEnd]) -> Problem:
    """Spaces ending lines of a folded value, at the first, the lines named as a `|` block's are: YAML prints those
    before a line it joined as a gap inside the text, followed by the space it made of the line break, which the
    message quotes as printed (“第一段。▯ 第二段。”); those before a blank line or ending the value, unseen."""
    first = ends[0]
    kinds = "和".join(dict.fromkeys(_named_space(char) for end in ends for char in end.run))
    quote = _before(text, first.at) + "▯" * len(first.run)
    if len(ends) == 1:
        message = f"“{quote}”末尾有{_odd_spaces(first.run)}，会原样印在表上"
    else:
        message = f"{line_runs([end.line for end in ends])}末尾有看不见的{kinds}，如“{quote}”，会原样印在表上"
    joined = next((end for end in ends if text.startswith(" ", end.at + len(end.run))
                   and end.at + len(end.run) + 1 < len(text)), None)  # a space ending the value joins no line on
    if joined:
        after = joined.at + len(joined.run) + 1
        following = text[after:after + 6].split("\n")[0]
        printed = (_before(text, joined.at) + "▯" * len(joined.run) + " " + _TRAILING.sub(_unseen, following)
                   + ("…" if len(text) > after + len(following) else ""))
        message += f"：YAML 把换行变成空格、接上下一行，印作“{printed}”，在字句中间空出一段"
    many = len(ends) > 1 or len(first.run) > 1
    message += f"；请删除{'这些空格' if len(ends) > 1 else '它们' if many else '它'}"
    return Problem(ctx.path, first.line, first.column, Severity.WARNING, ID, f"{ctx.field_name(path)}：{message}",
                   json_path(path))


def _before(text: str, at: int) -> str:
    """The six characters of `text` before `at` as a quote shows them, on their line."""
    start = max(text.rfind("\n", 0, at) + 1, at - 6)
    return ("…" if start > 0 and text[start - 1] != "\n" else "") + text[start:at]


def _unseen(spaces: re.Match) -> str:
    return "▯" * len(spaces.group(0))


def _line_end(text: str, at: int) -> str:
    """The end of the line of `text` that the blanks from `at` end, each blank marked ▯, as a message quotes it: its
    own line only, as a quote running on past a line break put a line break in the message."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    blanks = (end if end >= 0 else len(text)) - at
    return ("…" if at - start > 6 else "") + text[max(start, at - 6):at] + "▯" * blanks


def _odd_spaces(run: str) -> str:
    """`一个看不见的全角空格（U+3000）`, ` 2 个看不见的不换行空格（U+00A0）`, `看不见的全角空格（U+3000）和不换行空格（U+00A0），
    共 2 个`: a run of odd spaces as a message counts it."""
    kinds = "和".join(dict.fromkeys(map(_named_space, run)))
    if len(set(run)) > 1:
        return f"看不见的{kinds}，共 {len(run)} 个"
    return f"{'一' if len(run) == 1 else f' {len(run)} '}个看不见的{kinds}"


def _named_space(char: str) -> str:
    return f"{ODD_SPACES[char][0]}（U+{ord(char):04X}）"
