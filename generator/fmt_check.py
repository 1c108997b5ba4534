"""What `fmt --check` says: where a spec as typed differs from the text `fmt` writes, in words a reviewer can act on.

A key typed out of the schema's order is told as a move naming its field, a list indented at its key's column as a
re-indent, and only what is neither as a rewrite; a whole-file difference (line ends, a byte-order mark) is said once.
Kept apart from fmt.py, which makes the canonical text: this module only compares two texts and never writes.

This is the entry the fmt stage and the tests import: the notes on the whole file, the list of places and its lines
in the report. The places are found by its parts, each a module: fmt_key_moves (keys put in order within each item,
paired by fmt_item_pairs), fmt_diffed_blocks (the rest, from fmt_line_diff's blocks cut by fmt_block_cuts), told in
fmt_words; fmt_typed_lines reads a line for all of them, and fmt_difference is the place they make.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .file_encoding import BOM_SEEN
from .fmt_diffed_blocks import diffed_blocks
from .fmt_difference import Difference
from .fmt_key_moves import reordered_items
from .key_lines import indent_width
from .report import repository_path, workflow_command
from .yaml_lines import BOM, LINE_BREAK

RUN_FMT = "运行 jixiao fmt 即可改写"
RUN_FMT_PER_FILE = "运行 jixiao fmt --per-file-project（后面写上这些文件）即可改写"


def run_fmt(per_file_project: bool) -> str:
    """The command that rewrites what `fmt --check` found, with `--per-file-project` when the check ran with it: the
    pre-commit hook checks a subfolder project's spec against its own forms, and plain `jixiao fmt` run at the
    repository's top, as the advice said, read the top's project, where the form is unknown."""
    return RUN_FMT_PER_FILE if per_file_project else RUN_FMT


SHOWN_DIFFERENCES = 20
"""How many places `fmt --check` lists in a file; the rest are counted. A file typed by hand in another layout differs
in every other line, and a reviewer needs the kinds of change and where they start, not a page of them."""


def differences(before: str, after: str, field_at: Callable[[int], str | None] = lambda line: None,
                advice: str = RUN_FMT) -> list[Difference]:
    """Every place a file differs from its formatted text, in words: `fmt --check` in CI shows only these, and
    named only the first, so a reviewer fixing it by hand met the next one on the next run. A file saved by a
    Windows editor (CRLF, a byte-order mark) looks no different from a formatted one, and is told so once. Lines
    end where YAML ends them (yaml_lines), at an old Mac editor's lone CR too, which "\\n" alone missed: such a
    file differed "from line 1". A moved key is named by `field_at` (the field whose key a typed line begins with,
    see Formatted.field_at)."""
    with_newlines, (breaks, line, column) = LINE_BREAK.sub("\n", before), _line_ends(before)
    marks = _marks(before)
    if marks and with_newlines[marks:] == after:
        # Notepad's usual pair: naming only the mark, a fix by hand would leave CRLF
        return [Difference(1, 1, 1, _marks_seen(marks) + (f"，{breaks}；统一格式没有 BOM，用 LF" if breaks else "，统一格式没有它"))]
    line_ends = [Difference(line, line, column, f"{breaks}，统一格式用 LF")] if breaks else []
    if with_newlines == after:
        return line_ends
    # said beside the other places too: fixed by hand from the list alone, the file still failed on them
    notes = ([Difference(1, 1, 1, f"{_marks_seen(marks)}，统一格式没有它")] if marks else []) + line_ends
    lines, formatted = LINE_BREAK.split(with_newlines[marks:]), LINE_BREAK.split(after)
    if _only_lists_indented_further(lines, formatted):
        number = next(n for n, (a, b) in enumerate(zip(lines, formatted), 1) if a != b)
        return notes + [Difference(number, number, indent_width(lines[number - 1]) + 1,
                                   "只是列表的缩进不同：jixiao 的统一格式现在把列表的“- ”比它所属的键多缩进两格（以前与键对齐），"
                                   f"内容不变；{advice}")]
    return notes + _changed_blocks(lines, formatted, field_at)


def rewritten_whole(before: str, after: str) -> str:
    """What plain `fmt` changed in the whole file beyond its layout (line ends, a byte-order mark), in words after
    "已格式化 文件", or "" when nothing such. It said only "已格式化": a file saved by VS Code or Notepad on Windows
    looked no different after it, and the author, not told why, saved it back with CRLF and failed `fmt --check`."""
    breaks, marks = _line_ends(before)[0], _marks(before)
    changes = (([f"{breaks}，已改为 LF"] if breaks else [])
               + ([f"去掉了文件开头看不见的{_how_many(marks)} BOM 字符"] if marks else []))
    if not changes:
        return ""
    only = "；其余不变" if LINE_BREAK.sub("\n", before)[marks:] == after else ""
    return "：" + "；".join(changes) + only


def _marks(text: str) -> int:
    """How many byte-order marks a file starts with: PowerShell 5's `Out-File -Encoding utf8` adds one to a file
    that has one, and a file with two ended `fmt --check` in an internal error, the second read as a changed line."""
    return len(text) - len(text.lstrip(BOM))


def _marks_seen(marks: int) -> str:
    """BOM_SEEN, or for more than one mark how many: told of one, the author deleting it still had a file that failed."""
    if marks == 1:
        return BOM_SEEN
    return f"文件开头有{_how_many(marks)}看不见的 BOM 字符（存成“带 BOM 的 UTF-8”时加上的，已有 BOM 的文件再这样存一次又加一个）"


def _how_many(marks: int) -> str:
    return "" if marks == 1 else "两个" if marks == 2 else f" {marks} 个"


ANNOTATED_DIFFERENCES = 5
"""How many places the one GitHub annotation of a file names, a line each: GitHub shows only 10 error annotations
a step, and one file annotated at each of its 20 places hid every other file that needs formatting."""


def needs_formatting(name: str, found: list[Difference], github: bool, advice: str = RUN_FMT) -> list[str]:
    """`fmt --check`'s lines for one file: a note on the whole file alone in one line, as before; places under a
    line that counts them (a note beside blocks is one of them), each at its first line, the first
    SHOWN_DIFFERENCES of them and then how many more. On GitHub, one annotation a file, at its first place, counting
    the places and naming the first few (see ANNOTATED_DIFFERENCES)."""
    counted = f"{len(found)} 处与统一格式不同"
    if github:
        first = found[0]
        if len(found) == 1:
            words = first.said
        else:
            more = len(found) - ANNOTATED_DIFFERENCES
            words = "\n".join([counted, *(_at_line(d) for d in found[:ANNOTATED_DIFFERENCES])]
                              + ([f"还有 {more} 处"] if more > 0 else []))
        tail = "" if advice in words else ("\n" if len(found) > 1 else "；") + advice
        place = {key: str(value) for key, value in (("line", first.line), ("col", first.column)) if value}
        return [workflow_command("error", {"file": repository_path(name), **place, "title": "jixiao fmt --check"},
                                 f"需要格式化：{words}{tail}")]
    if len(found) == 1 and not found[0].block:
        note = found[0]
        return [f"需要格式化 {name}:{note.line}:{note.column or 1}：{note.words}"]
    shown, more = found[:SHOWN_DIFFERENCES], len(found) - SHOWN_DIFFERENCES
    return ([f"需要格式化 {name}：{counted}"] + [f"  {name}:{d.line}:{d.column or 1}: {d.said}" for d in shown]
            + ([f"  还有 {more} 处与统一格式不同（只列出前 {SHOWN_DIFFERENCES} 处）"] if more > 0 else []))


def _at_line(place: Difference) -> str:
    """A place with its lines in front (第 7 行：…), as a line of an annotation, which names only the first."""
    return place.said if place.last > place.line else f"第 {place.line} 行：{place.words}"


def _changed_blocks(lines: list[str], formatted: list[str], field_at: Callable[[int], str | None]) -> list[Difference]:
    """Each block of lines the formatter rewrites, removes or adds, in the order of the typed file. Lines moved
    into the schema's order are told where they leave, with which field they are and after which typed line they go,
    not again where they arrive: found as the same lines once written as fmt writes them (`unit:   单位` moved is
    `unit: 单位` where it goes), or else as a block starting with the same key. A list item's first key moved down
    in it leaves its `- ` to the key that comes first, and a key moved up to be first takes it (see item_heads in
    fmt_block_cuts). fmt never drops data, so only blank lines and `---` are told 删去. The keys fmt puts in order in
    list items and mappings are told first, item by item and mapping by mapping (see reordered_items); the rest is
    diffed as if they were typed in order."""
    reordered, typed_at, lines_in_order = reordered_items(lines, formatted, field_at)
    found = [_typed_place(place, typed_at)
             for place in diffed_blocks(lines_in_order, formatted, lambda line: field_at(typed_at(line)))]
    return sorted(reordered + found, key=lambda place: place.line)


def _typed_place(place: Difference, typed_at: Callable[[int], int]) -> Difference:
    """A place found in the typed lines put in order, at the typed lines it spans: all of them when they are one run
    (a block re-indented throughout, a key moved within it: `第 6–13 行：整块左移 2 格`, not from the line below the
    moved key), else from the typed line of its first to that of its last (a key moved in from far away is told its
    own move, not by stretching the block to where it was typed)."""
    spanned = {typed_at(line) for line in range(place.line, place.last + 1)}
    if max(spanned) - min(spanned) + 1 == len(spanned) == place.last - place.line + 1:
        return replace(place, line=min(spanned), last=max(spanned))
    return replace(place, line=typed_at(place.line), last=typed_at(place.last))


def _only_lists_indented_further(lines: list[str], formatted: list[str]) -> bool:
    """Whether the formatted text differs only in lines it indents further by a multiple of 2: a spec written
    by an earlier jixiao (a list's dashes at its key's column) differs in every list and nowhere else, and the
    unit whose CI turned red on upgrading should hear that this is all. A key typed 1 space in, which fmt
    indents by 2, differs by an odd number of spaces and is told as any other difference."""
    def further(typed: str, written: str) -> bool:
        gap = len(written) - len(typed)
        return gap > 0 and gap % 2 == 0 and written == " " * gap + typed

    return len(lines) == len(formatted) and all(a == b or further(a, b) for a, b in zip(lines, formatted))


def _line_ends(text: str) -> tuple[str, int, int]:
    """The line ends `text` has that the formatted text has not, in words ("" when it has none), with the line and
    column of the first of them: the note is a place like any other in the list, which it is counted among, and a
    file with one line pasted in with CRLF is told which line (and that it is one), not only that it has CRLF."""
    typed = "\r\n" if "\r\n" in text else "\r" if "\r" in text else ""
    if not typed:
        return "", 0, 0
    text = text.removeprefix(BOM)  # no column an editor shows
    at = text.index(typed)
    breaks = LINE_BREAK.findall(text)
    words = "换行是 Windows 的 CRLF" if typed == "\r\n" else "换行是旧式 Mac 的 CR（回车符）"
    if breaks.count(typed) < len(breaks):
        words = f"有 {breaks.count(typed)} 行的{words}"
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    return words, len(LINE_BREAK.findall(text, 0, at)) + 1, at - start + 1
