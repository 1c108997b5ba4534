"""Where a line indented with a tab belongs, said with the tab: which field the line is and how many spaces to use.

YAML refuses a tab in indentation, and the message said only to use spaces. How many was the author's guess, and a
guess off by one was told on the next run as a key out of line, named only then. A tab stands for no fixed width (4
in VS Code, 8 in Notepad), so the width meant is read from the file instead: each column the lines above open a key
or an item at (the line's possible parents and siblings), and the column a first line under a `key:` stands at (the
file's step deeper), are tried, deepest first. The line goes at the first where it reads with the lines around it
(the lines below tell a project's `- name:` from its indicator's) and, where the form is known, where its schema
names the field. A key the schema names at no column that reads is never placed with confidence: `PS:` in a `|`
block is its text; a misspelt field goes where the field it is a slip of stands, said as a guess; else (or with the
form not known) the column the tabs make at the file's step, said as what to do if the line stands there. Lines are
mended top-down, each against the lines above as already mended, so an item indented with tabs throughout is told
line by line, each with its own indent; the same tabs are taken for the same level, and
text under a `|` block goes at the block's text's column.

At most 100 lines are tried, each parsed with only the 40 lines above and below it, so that a long file is no
slower.
"""
from __future__ import annotations

import re

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from .key_lines import BLOCK_HEADER, OPENS_MAPPING, BlockText, holds_data, indent_step, indent_width
from .key_names import KeyNames
from .yaml_lines import split_lines

_TABBED = re.compile(r"(?P<lead>[ \t]*)(?:-(?P<gap>[ \t]+)(?=\S))?")
"""A line's indent and, after an item's dash, the blanks before its content: where a tab is refused."""
_FIRST_KEY = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ ]*:(?:[ ]|$)")
_NODES = re.compile(r"[ ]*(?:-[ ]+)*")
MOST_TRIED = 100
"""Lines tried at most, told or not: each is parsed at a few columns, and a file indented with tabs throughout is mended
by one replacement its first hundred show the way to (as syntax_slips.MOST_OTHER_SLIPS). Lines that could not be placed
count too: in a file with thousands of tabbed lines below one that reads nowhere, counting only those told tried every
line at every column; the lines past the cap get two_parsers.tab_said's plain message."""
WINDOW = 40
"""Lines above and below the one tried that are parsed with it: enough to tell a project's `- name:` from its
indicator's, while each try costs the same however deep in a long list the line stands (the lines it stands under
are parsed too, so the try still reads in its place)."""
STEP_SEEN = 500
"""Lines above and below the one told that show how deep the file indents a level: a file keeps one step."""
_UNREADABLE = (YAMLError, ValueError, TypeError, AttributeError, KeyError, RecursionError)
REFUSED = "不能用 Tab 键缩进或对齐，请改用空格"
"""How every message here begins; space_indents words it for a full-width or no-break space told as a tab."""


def tab_indents(text: str, names: KeyNames, short: set[int] | frozenset[int] = frozenset()
                ) -> dict[int, tuple[int, str]]:
    """(column of the first tab, message) by line number, for each line indented with a tab (or with one after its
    item's dash) whose place can be told from the lines above; a line that cannot is left to two_parsers.tab_said.
    `short`: lines of a block's text whose tab stands for half-width spaces missing before a paragraph's full-width
    indent (space_indents), told to add them."""
    lines = split_lines(text)
    mended = list(lines)
    above = _Above()
    said: dict[int, tuple[int, str]] = {}
    block = None  # the `|` or `>` block whose text the lines below may be: [its header's line, its key's column, text's]
    columns: dict[tuple[str, bool], int] = {}  # the column each tab indent was mended to: the same tabs, the same level
    tried = 0
    for number, content in enumerate(lines, 1):
        if number > 1:
            above.add(number - 1, mended[number - 2])  # mended as it will stay: only lines below are mended later
        if block and (not content.strip() or indent_width(content) >= (block[1] + 1 if block[2] is None else block[2])):
            block[2] = block[2] if block[2] is not None or not content.strip() else indent_width(content)
            continue  # a block's text: a tab after its indent is text
        typed = _TABBED.match(content)
        rest = content[typed.end():].lstrip(" \t")
        in_text = False
        if "\t" in typed.group() and rest and not rest.startswith("#") and tried < MOST_TRIED:
            tried += 1
            in_text = bool(block) and typed["gap"] is None
            found = _mend(mended, number, typed, rest, names, columns.get((typed["lead"], typed["gap"] is None)),
                          above, known_only=True) if in_text and _FIRST_KEY.match(rest) else None
            in_text = in_text and not found  # `PS: …` in a block is its text, unless the schema names the key there
            found = found or (_block_text(mended, number, typed, rest, block, names, number in short) if in_text
                              else _mend(mended, number, typed, rest, names,
                                         columns.get((typed["lead"], typed["gap"] is None)), above))
            if found:
                mended[number - 1], message = found
                said[number] = typed.group().index("\t") + 1, message
                if not names.knows_form:  # the form may be named by the line just mended, and then by the lines
                    names = names.trying(mended, above.text.bodies, number)  # above each line tried below
                columns.setdefault((typed["lead"], typed["gap"] is None), indent_width(mended[number - 1]))
        header = BLOCK_HEADER.match(mended[number - 1])
        if header:
            block = [number, len(header["lead"]), None]
        elif not (in_text and number in said):
            block = None
    return said


class _Above:
    """What the lines above the one being told hold, kept up as the loop passes them: the numbers of the block text
    among them, and the lines each indented less than every line after it (the keys and items a line below may stand
    in). A line is tried at a few columns, each parsed with the lines around it; in a file of thousands of lines,
    finding these again for each try cost the file's length a try."""

    def __init__(self) -> None:
        self.text = BlockText()
        self._open: list[tuple[int, str, int, bool]] = []  # (line, content, indent, whether it opens an item)

    def add(self, number: int, content: str) -> None:
        """Take in line `number`, as mended, the next after those added."""
        was_text = self.text.is_text(content)
        self.text.add(number, content)
        if was_text or not content.strip() or content.lstrip(" ").startswith("#") or content.startswith("\t"):
            return  # text, or a tab nothing was told for: no line below stands in it
        indent, item = indent_width(content), content.lstrip(" ").startswith("-")
        while self._open and (self._open[-1][2] > indent or self._open[-1][2] == indent
                              and (self._open[-1][3] or not item)):
            self._open.pop()  # a key keeps a list typed flush with it (`key:`, then `- a` at its column)
        self._open.append((number, content, indent, item))

    def lines(self, lines: list[str], number: int) -> list[str]:
        """The lines above line `number` a try is parsed with: those from the top-level key above it, or where that
        is more than WINDOW lines up, those from the least indented of the nearest WINDOW (its first, and not a
        block's text), under the lines it stands in. Every line between that one and line `number` is indented at
        least as much, so the lines it stands in are still open; what is left out is whole subtrees of their
        siblings, which tell nothing of the line's place."""
        start = next((at for at in range(number - 1, max(number - WINDOW, 1) - 1, -1)
                      if lines[at - 1][:1] not in ("", " ", "\t", "#")), None)
        if start is not None or number - WINDOW < 1:
            return lines[start - 1:number - 1] if start is not None else []  # no key above: the line is the first
        shown = [at for at in range(number - WINDOW, number) if lines[at - 1].strip() and at not in self.text.bodies
                 and not lines[at - 1].lstrip(" ").startswith("#") and not lines[at - 1].startswith("\t")]
        start = min(shown, key=lambda at: (indent_width(lines[at - 1]), at), default=number - WINDOW)
        return [*(content for at, content, _, _ in self._open if at < start), *lines[start - 1:number - 1]]


def _block_text(lines: list[str], number: int, typed: re.Match, rest: str, block: list, names: KeyNames,
                short: bool = False) -> tuple[str, str]:
    """(the line as it should be, the message) for line `number`, text indented with a tab under a `|` or `>` block:
    at the column of the block's text (its key's and a step more before it has any). `short`: the tab stands for the
    half-width spaces missing before the paragraph's full-width indent that begins `rest` (see tab_indents)."""
    header, column = block[0], block[2] if block[2] is not None else block[1] + _step(lines, number)
    found = BLOCK_HEADER.match(lines[header - 1])
    first = next(at for at in range(header + 1, number + 1) if lines[at - 1].strip())
    aligned = f"，与第 {first} 行左端对齐" if first < number else f"，比第 {header} 行的“{found['key']}”多缩进 {column - block[1]} 格"
    text = f"这一行是“{found['key']}”{names(found['key'], header)}的“{found['style']}”块里的文字"
    if short:
        typed_spaces = len(typed["lead"]) - 1
        return " " * column + rest, (f"{text}，行首却只有 {typed_spaces} 个半角空格，比块里的文字少 {column - typed_spaces} 个"
                                     f"（全角空格 YAML 不算作缩进），读到这一行就当“{found['style']}”块已经结束；请在行首再加 "
                                     f"{column - typed_spaces} 个半角空格{aligned}，后面的全角空格留作段首缩进")
    return " " * column + rest, f"{REFUSED}：{text}，请把{_blanks(typed['lead'])}改成 {column} 个空格{aligned}"


def _blanks(lead: str) -> str:
    """The blanks a line begins with, as a message names them."""
    return "行首的 Tab " if not lead.strip("\t") else "行首的空格和 Tab "


def _mend(lines: list[str], number: int, typed: re.Match, rest: str, names: KeyNames, before: int | None,
          above: _Above, known_only: bool = False) -> tuple[str, str] | None:
    """(the line as it should be, the message) for line `number`, `typed` its indent and dash and `rest` what follows
    them, against `lines` (those above already mended); None when no column reads, or with `known_only` when the
    schema names the key (as written or misspelt) at none. The column a line indented with the same blanks was
    mended to, `before`, goes first: an author indenting with tabs throughout means a level by them, and the lines
    below, tabs too, cannot tell a project's `- name:` from its indicator's. A key the schema names at no column
    read is a misspelt field at the first column where one beside it is a slip of it, said as a guess; else, said
    as one, the column the tabs make at the file's step (the first key of a tab is its sibling's), or the deepest."""
    dash = typed["gap"] is not None
    gap = 1 if dash and "\t" in typed["gap"] else len(typed["gap"] or "")
    key = _FIRST_KEY.match(rest)
    bodies = above.text.bodies
    tabs = len(typed["lead"]) if typed["lead"] and not typed["lead"].strip("\t") else None
    implied = tabs * _step(lines, number) if tabs else None
    lines_for = {column: " " * column + ("-" + " " * gap if dash else "") + rest
                 for column in sorted(_columns(lines, number, bodies), key=lambda column: (column != before, -column))}
    context = above.lines(lines, number)
    reading = [column for column, line in lines_for.items()
               if _reads(context, line, _lines_below(lines, number, typed["lead"], column))]
    fitting = reading or [column for column, line in lines_for.items() if _reads(context, line, [])]
    if not fitting:
        return None
    if key is None or names.catalog is None:
        column = fitting[0]
        return lines_for[column], _message(lines, number, typed, lines_for[column], key, column, gap, names, bodies)
    guess = None
    for column in fitting:
        line = lines_for[column]
        trial = names.trying([*lines[:number - 1], line], bodies | {number} if above.text.is_text(line) else bodies,
                             number)
        if trial.declares(key["key"], number):
            return line, _message(lines, number, typed, line, key, column, gap, trial, bodies)
        meant = None if guess else trial.meant(key["key"], number)
        guess = guess or (meant and (column, meant, trial))
    if guess:
        column, meant, trial = guess
        return lines_for[column], _message(lines, number, typed, lines_for[column], key, column, gap, trial, bodies,
                                           meant=meant)
    if known_only:
        return None
    column = next((column for column in fitting if column == before), None) \
        or next((column for column in fitting if column == implied), fitting[0])
    return lines_for[column], _message(lines, number, typed, lines_for[column], key, column, gap, names, bodies,
                                       unsure=True)


def _node_lines_above(lines: list[str], number: int, bodies: set[int]):
    """(line number, text) of each line above line `number`, nearest first, that holds YAML's nodes: not blank, not
    a comment, not the text of a block (`bodies`), whose indentation says nothing of the keys around it."""
    for at in range(number - 1, 0, -1):
        content = lines[at - 1]
        if holds_data(content) and at not in bodies:
            yield at, content


def _columns(lines: list[str], number: int, bodies: set[int]) -> set[int]:
    """The columns the line `number` may stand at: those of the keys and dashes the lines above open on the way up to
    the file's left edge (the line above, then each line indented less than the ones before it), and one step under
    the line above when it opens a mapping or list below it. A block's text opens nothing: at its column the line
    would be more of the text."""
    columns: set[int] = {0}
    below = None
    for at, content in _node_lines_above(lines, number, bodies):
        if content.startswith("\t"):
            continue
        indent = indent_width(content)
        if below is None:
            opened = OPENS_MAPPING.match(content)
            if opened:
                columns.add(len(opened["lead"]) + _step(lines, number))
        elif indent >= below:
            continue
        nodes = _NODES.match(content)
        columns |= {at for at, char in enumerate(nodes.group()) if char == "-"}
        if _FIRST_KEY.match(content, nodes.end()):  # not the text of a `- 文字` item: a line there goes on that text
            columns.add(nodes.end())
        below = indent
        if indent == 0:
            break
    return columns


def _lines_below(lines: list[str], number: int, lead: str, column: int) -> list[str]:
    """The lines below line `number` down to the next top-level key, WINDOW at most, to try `column` with. Lines indented with tabs
    too are taken at the width a tab has if line `number`'s tabs (`lead`) make `column` (2 for `\t`, 2, `\t\t`, 4):
    in a file indented with tabs throughout they are what tells a project's `- name:` from its indicator's. Without
    such a width they end the lines taken."""
    tabs = len(lead) if lead and not lead.strip("\t") else 0
    width = column // tabs if tabs and column % tabs == 0 else None
    below = []
    for content in lines[number:number + WINDOW]:
        if content[:1] not in ("", " ", "\t", "#"):
            break
        blanks = content[:len(content) - len(content.lstrip(" \t"))]
        if "\t" in blanks and (width is None or blanks.strip("\t")):
            break
        below.append(" " * (width * len(blanks)) + content[len(blanks):] if "\t" in blanks else content)
    return below


def _step(lines: list[str], number: int) -> int:
    """key_lines.indent_step of the lines within STEP_SEEN of line `number`: the lines above are mended a line at a
    time, so the step of the whole file would be worked out afresh for each line told."""
    return indent_step(lines[max(number - 1 - STEP_SEEN, 0):number - 1 + STEP_SEEN])


def _reads(above: list[str], line: str, below: list[str]) -> bool:
    """Whether the lines `above` a line (from the top-level key over it, or a window under the lines it stands in),
    `line` in its place, and then `below`, parse (a key twice in a mapping does not). The lines below tell an item
    of an inner list from one of the list holding it (`- name:` of a project or of its indicator): the project's
    fields under it read only with the project's dash."""
    yaml = YAML(typ="safe", pure=False)
    yaml.allow_duplicate_keys = False
    try:
        yaml.load("\n".join([*above, line, *below]))
    except _UNREADABLE:
        return False
    return True


def _message(lines: list[str], number: int, typed: re.Match, line: str, key: re.Match | None, column: int, gap: int,
             names: KeyNames, bodies: set[int], meant: str | None = None, unsure: bool = False) -> str:
    """`…这一行是“key_tasks”（…）的一项，“name”（…），请把行首的 Tab 改成 2 个空格，使“-”从第 3 列开始…`. With `meant`,
    the field the key is a slip of, said as a guess; `unsure`, a key the schema names nowhere the line reads (or a
    form not known): where it goes is said as what follows if it stands there, not as what the line is."""
    lead, spaces = typed["lead"], []
    if "\t" in lead:
        spaces.append(f"把{_blanks(lead)}改成 {column} 个空格" if column else f"删掉{_blanks(lead).rstrip()}")
    elif len(lead) != column:
        spaces.append(f"把行首改成 {column} 个空格")
    if typed["gap"] is not None and "\t" in typed["gap"]:
        spaces.append(f"{'' if spaces and spaces[0].startswith('把') else '把'}“-”后面的 Tab 改成 {gap} 个空格")
    dash = typed["gap"] is not None
    what = f"“{key['key']}”{names(key['key'], number)}" if key else "列表的一项" if dash else None
    holder = _holder(lines, number, column, bodies) if dash else None
    if holder:
        what = f"“{holder[1]}”{names(holder[1], holder[0])}的一项" + (f"，{what}" if key else "")
    beside = _beside(lines, number, line, column, bodies)
    parent = None if beside else _parent(lines, number, column, bodies)
    aligned = (f"，与第 {beside[0]} 行的“{beside[1]}”左端对齐" if beside
               else f"，比第 {parent[0]} 行的“{parent[1]}”多缩进 {column - parent[2]} 格" if parent else "")
    move = f"请{'，'.join(spaces)}，使{'“-”' if dash else '它'}从第 {column + 1} 列开始"
    if meant:
        return (f"{REFUSED}：这一行的“{key['key']}”像是“{meant}”{names(meant, number)}写错了；"
                f"若是，{move}{aligned}，并把“{key['key']}”改成“{meant}”")
    if unsure:
        doubt = (f"这一行的“{key['key']}”不是表样在这附近的字段，看不准它属于哪一层" if names.knows_form
                 else f"不知道表样，看不准这一行的“{key['key']}”属于哪一层")
        where = (f"若它与第 {beside[0]} 行是同一列表的项" if beside and beside[1] == "-"
                 else f"若它与第 {beside[0]} 行的“{beside[1]}”同级" if beside
                 else f"若它是第 {parent[0]} 行的“{parent[1]}”下面的字段" if parent else "若它是最外层的字段")
        return f"{REFUSED}：{doubt}；{where}，{move}"
    return f"{REFUSED}：{f'这一行是{what}，' if what else ''}{move}{aligned}"


def _holder(lines: list[str], number: int, column: int, bodies: set[int]) -> tuple[int, str] | None:
    """(line, key) of the `key:` holding the list whose item line `number` is, its dash at `column`."""
    for at, content in _node_lines_above(lines, number, bodies):
        opened = OPENS_MAPPING.match(content)
        if indent_width(content) < column or opened and len(opened["lead"]) <= column:
            return (at, opened["key"]) if opened else None
    return None


def _beside(lines: list[str], number: int, line: str, column: int, bodies: set[int]) -> tuple[int, str] | None:
    """(line, key or "-") of the nearest line above the mended `line` that begins a sibling at its column: a key
    beside a key, a dash beside a dash, nothing between indented less."""
    dash = line.lstrip(" ").startswith("-")
    for at, content in _node_lines_above(lines, number, bodies):
        nodes = _NODES.match(content)
        dashes = [i for i, char in enumerate(nodes.group()) if char == "-"]
        if dash and column in dashes:
            return at, "-"
        if not dash and nodes.end() == column:
            found = _FIRST_KEY.match(content, column)
            return (at, found["key"]) if found else None
        if indent_width(content) < column:
            return None
    return None


def _parent(lines: list[str], number: int, column: int, bodies: set[int]) -> tuple[int, str, int] | None:
    """(line, key, its column) of the nearest key above indented less than `column`: what a first line under it is
    indented against, when no line above stands beside it."""
    for at, content in _node_lines_above(lines, number, bodies):
        nodes = _NODES.match(content)
        found = _FIRST_KEY.match(content, nodes.end())
        if nodes.end() < column:
            return (at, found["key"], nodes.end()) if found else None
    return None
