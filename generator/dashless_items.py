"""A list whose items were typed without their "- ", the first, a few or all of them: where each such item starts,
and what to write there.

Without their dashes the items are one mapping to YAML. Where an item's fields stand at its first key's column (the
dash typed over with spaces, or left out with the lines below moved back to the key), the next item's first key is
the same key again, and YAML says the key is written twice: the author was told to delete one, and would have
deleted an item. Where the fields stand two deeper than the first key (the "- " deleted), YAML trips over the first
field. Each item is said at its first line, with that line as it is to be written and the lines to indent with it,
so that doing what each message says reads the file as the author meant it: nothing is to be deleted.

Where the item above has no fields, or has fields this one lacks, the key may as well be typed twice within one
item: the duplicate key's message names both lines and their values, and both readings are said. A list of texts
typed without its dashes is refused by the schema as no list; the fix said there, a `- ` before each line at the
other items' column, is found here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterator, NamedTuple

from .key_lines import (BLOCK_HEADER, DASH_LINE, KEY_LINE, OPENS_MAPPING, TYPED_DASH, block_bodies, holds_data,
                        indent_width, line_below, lines_above, lines_below, siblings)
from .item_numbers import counted, numbers_dropped
from .key_names import KeyNames
from .problems import runs_said


@dataclass
class _Item:
    """One item of the list as typed: the line it starts on, whether that line has its dash, and its other lines."""

    start: int
    dashed: bool
    body: list[int]


def dashless_items(lines: list[str], number: int, names: KeyNames) -> list[tuple[int, int, str]]:
    """(line, column, message) of each item typed without its "- " in the list line `number` starts an item of (a key
    at the column of the list's first item's first key, without a dash); none when the line starts no such item.

    The list is known for one when the form's schema says its key holds a list whose items have that field; where the
    form is not known, when an item with its dash begins with the same key, or two items without begin with it and
    share another field (a key merely written twice in a mapping shares nothing else)."""
    found = _list_of(lines, number, names)
    if found is None:
        return []
    holder, key, items, of_item = found
    column = indent_width(lines[number - 1])
    dashless = [item for item in items if not item.dashed]
    if number not in {item.start for item in dashless}:
        return []
    if any(item.start == number and _repeated(lines, above, item, column) for above, item in zip(items, items[1:])):
        return []  # a key written twice inside one item: the loader offers both readings
    dash = _dash_column(lines, items, holder)
    fixes = [_fix(lines, item, dash, of_item) for item in dashless]
    if None in fixes:
        return []
    holder_key = KEY_LINE.match(lines[holder - 1])["key"]
    named = f"“{key}”{names(key, holder, under=True)}"
    list_named = f"“{holder_key}”{names(holder_key, holder)}"
    first = dashless[0].start
    read_twice = any(indent_width(lines[line - 1]) == indent_width(lines[first - 1]) and KEY_LINE.match(lines[line - 1])
                     for item in dashless for line in item.body)  # its fields beside its first key: `name` again
    said = []
    for item, (column, fix) in zip(dashless, fixes):
        if item.start != first:
            what = f"{named}这一行开始{list_named}的又一项，也少了开头的“- ”（同第 {first} 行）"
        elif len(dashless) > 1:
            others = "、".join(str(other.start) for other in dashless[1:])
            twice = f"，YAML 把这几项读成了一项，就说“{key}”重复了" if read_twice else ""
            what = (f"{named}这一行和第 {others} 行各开始{list_named}的一项，却都少了开头的“- ”{twice}：列表的每一项都要以“- ”"
                    f"开头，这几行都不要删")
        elif items[0] is item:
            what = f"{named}这一行是{list_named}的第一项，却少了开头的“- ”：列表的每一项都要以“- ”开头"
        else:
            what = f"{named}这一行开始{list_named}的又一项，却少了开头的“- ”：列表的每一项都要以“- ”开头"
        said.append((item.start, column, f"{what}；{fix}"))
    return said


def _list_of(lines: list[str], number: int, names: KeyNames) -> tuple[int, str, list[_Item], Callable] | None:
    """(the line of the list's key, the key each item begins with, the items, whether a key is a field of an item)
    for the list line `number` may start an item of, when it is one (see dashless_items)."""
    bodies = block_bodies(lines)
    here = KEY_LINE.match(lines[number - 1]) if number not in bodies else None
    if here is None or "-" in here["lead"]:
        return None
    column = len(here["lead"])
    holder = _holder(lines, number, column, bodies)
    if holder is None:
        return None
    start = line_below(lines, holder)
    first = KEY_LINE.match(lines[start - 1]) if start else None
    if first is None or first["key"] != here["key"]:
        return None
    held_by = KEY_LINE.match(lines[holder - 1])
    if held_by is None:  # `level2:# 数量指标` opens a mapping to the line scan, but is no `key: ` YAML reads
        return None
    if names.declares(held_by["key"], holder):  # the form says what the key holds
        of_item = partial(names.declares, line=holder, under=True, item=True)
        if not names.takes_list(held_by["key"], holder) or not of_item(here["key"]):
            return None
    else:
        of_item = partial(siblings, here["key"])
    items = _items(lines, holder, start, column, here["key"], of_item, bodies)
    if items is None or not names.declares(held_by["key"], holder) and not _recurs(lines, items, column):
        return None
    return holder, here["key"], items, of_item


def _holder(lines: list[str], number: int, column: int, bodies: set[int]) -> int | None:
    """The line of the key holding the list line `number` (a key at `column`) is an item of: the nearest line above
    less indented, or, for a list written flush under its key, a `key:` at `column` with the list's lines right
    below it. None past an item's dash at another column, or a line holding a value."""
    for above in range(number - 1, 0, -1):
        content = lines[above - 1]
        if not holds_data(content) or above in bodies:
            continue
        width = indent_width(content)
        if width > column:
            continue
        key = KEY_LINE.match(content)
        if width < column and not DASH_LINE.match(content):
            return above if OPENS_MAPPING.match(content) else None
        if width < column:  # a dash: an item of this list typed with its dash (`  - name:` over `    name:`), or its holder's
            if key and len(key["lead"]) == column:
                continue
            return above if OPENS_MAPPING.match(content) else None
        if DASH_LINE.match(content):
            continue  # an item with its dash, its key two deeper
        if OPENS_MAPPING.match(content) and indent_width(lines[line_below(lines, above) - 1]) == column:
            return above  # `tasks:`, then `name: 甲` under it at its column
        if not key:
            return None
    return None


def _items(lines: list[str], holder: int, start: int, column: int, key: str, of_item: Callable[[str], bool],
           bodies: set[int]) -> list[_Item] | None:
    """The items of the list held by line `holder`, from line `start`: an item starts at `key` typed at `column`, or at a
    dash whose key stands at `column` or whose dash does; any other line belongs to the item above. The list ends
    at a line less indented than both, or, written flush with its holder, at a key no item has."""
    flush = indent_width(lines[holder - 1]) == column
    items: list[_Item] = []
    for number in range(start, len(lines) + 1):
        content = lines[number - 1]
        if not holds_data(content):
            continue
        width = indent_width(content)
        found = KEY_LINE.match(content) if number not in bodies else None
        dashed = bool(DASH_LINE.match(content)) and number not in bodies
        if dashed and (width == column or found and len(found["lead"]) == column):
            items.append(_Item(number, True, []))
        elif found and width == column and found["key"] == key:
            items.append(_Item(number, False, []))
        elif width < column or flush and width == column and not (found and of_item(found["key"])):
            break
        elif width == column and not found:
            return None  # text beside the items' keys: not a list of them
        elif items:
            items[-1].body.append(number)
        else:
            return None
    dashes = {indent_width(lines[item.start - 1]) for item in items if item.dashed}
    return items if len(dashes) <= 1 else None


def _fields(lines: list[str], item: _Item) -> set[str]:
    """The keys of an item's fields below its first line: those at the column of its first field line."""
    found = [KEY_LINE.match(lines[line - 1]) for line in item.body if holds_data(lines[line - 1])]
    column = next((len(key["lead"]) for key in found if key), None)
    return {key["key"] for key in found if key and len(key["lead"]) == column}


def _repeated(lines: list[str], above: _Item, item: _Item, column: int) -> bool:
    """Whether item `item`, typed without its dash with its fields beside its key (or none), may as well be its first
    key typed twice inside the item `above` (a line copied to edit it, a `name:` typed again at the item's end): it
    lacks a field the item above has, or the item above has none. A new item copied from the one above has all its
    fields; a line repeated cuts one item in two, and was told to become a new item: the author who followed that
    got two halves of an indicator, each short of its required fields."""
    deeper = any(indent_width(lines[line - 1]) > column for line in item.body[:1])
    if deeper:
        return False  # its "- " deleted: YAML trips over its first field, no key is read twice
    fields = _fields(lines, above)
    return not fields or not fields <= _fields(lines, item)


def _recurs(lines: list[str], items: list[_Item], column: int) -> bool:
    """Whether the items look like a list's, where no form says so: two of them share a field besides the key they
    begin with, or, an item below having its dash, one without has its fields two deeper than that key, where an item
    with its dash has them, or is the first, right under the list's key. A key written twice in one item, `value: 3`
    under `- value: 1`, shares nothing and has nothing deeper: that may be a line repeated, which the loader says."""
    fields = [{found["key"] for found in map(KEY_LINE.match, (lines[line - 1] for line in item.body)) if found}
              for item in items]
    if any(fields[i] & fields[j] for i in range(len(items)) for j in range(i)):
        return True
    deeper = any(not item.dashed and item.body and indent_width(lines[item.body[0] - 1]) > column for item in items)
    return (deeper or not items[0].dashed) and any(item.dashed for item in items)


def _dash_column(lines: list[str], items: list[_Item], holder: int) -> int:
    """The column the items' dashes go at: that of the dashes typed; where none is, two left of the first key when the
    item's fields stand at its column and there is room (the dash typed over with spaces: only the line changes), else
    the key's column (the "- " deleted, or the list flush under its key)."""
    dashed = next((item for item in items if item.dashed), None)
    if dashed:
        return indent_width(lines[dashed.start - 1])
    first = items[0]
    column = indent_width(lines[first.start - 1])
    beside = any(indent_width(lines[line - 1]) == column for line in first.body)
    return column - 2 if (beside or not first.body) and column - 2 >= indent_width(lines[holder - 1]) else column


def _fix(lines: list[str], item: _Item, dash: int, of_item: Callable[[str], bool]) -> tuple[int, str] | None:
    """(column, what to do) to give an item its dash at column `dash`: the two spaces before its key made the "- ",
    or the "- " put before the key, with the item's lines indented two more where they stand at its key's column
    (or, a `|` block's text, are no deeper than the key will be). None when neither would read the item as typed."""
    content = lines[item.start - 1]
    column = indent_width(content)
    key = KEY_LINE.match(content)["key"]
    if dash == column - 2:
        below = next((line for line in item.body if holds_data(lines[line - 1])), None)
        holds = OPENS_MAPPING.match(content) or BLOCK_HEADER.match(content)
        if below and indent_width(lines[below - 1]) > column and not holds:
            return None  # fields two deeper than a key in the dash's place: they would be no item's
        written = (content[:dash] + "- " + content[column:]).rstrip()
        return dash + 1, f"请把这一行“{key}”前面的两个空格换成“- ”，这一行写成：{written}"
    if dash != column:
        return None
    return column + 1, item_dash_fix(lines, item.start, of_item, item.body)


def item_dash_fix(lines: list[str], number: int, of_item: Callable[[str], bool], body: list[int] | None = None) -> str:
    """`请在这一行开头加上“- ”…，这一行写成：  - name: 甲` for line `number`, a list item typed without its dash, whose
    other fields `of_item` tells (its lines `body`, where known): with the lines of the fields that stand at its column
    (where the author moved them, told the dash's two spaces were too many, or never typed them deeper) and the lines
    each such field holds, to be indented two more with it; and the text of a `|` block the line itself opens, when
    some of it stands no deeper than two past the key: the key moves there, and the text would no longer be its own.
    The line to paste goes last."""
    content = lines[number - 1]
    column, key = indent_width(content), KEY_LINE.match(content)["key"]
    body = [line for line in (_body(lines, number, of_item) if body is None else body)
            if holds_data(lines[line - 1])]
    own = _own_text(lines, number, body)
    fields, moved = [], list(own)
    owner = False  # whether the field above opens a block or a mapping, and so holds the deeper lines below it
    for line in body:
        text = lines[line - 1]
        if indent_width(text) > column:
            if owner:
                moved.append(line)
            continue
        fields.append(KEY_LINE.match(text)["key"])
        moved.append(line)
        owner = bool(OPENS_MAPPING.match(text) or BLOCK_HEADER.match(text))
    written = (content[:column] + "- " + content[column:]).rstrip()
    named = [f"“{key}”的文字"] * bool(own) + fields
    also = (f"，第 {runs_said(moved)} 行（{'、'.join(named)}）{'也都' if len(named) > 1 or len(own) > 1 else '也'}再多缩进 2 格"
            + (f"，与“{key}”左端对齐" if fields else "")) if moved else ""
    return f"请在这一行开头加上“- ”{also}，这一行写成：{written}"


def _body(lines: list[str], number: int, of_item: Callable[[str], bool]) -> list[int]:
    """The lines of the item line `number` starts, typed without its dash: those below it deeper than its key, and
    the fields of the item (`of_item`) at its key's column, up to another item (a dash, or the same key again)."""
    column, key = indent_width(lines[number - 1]), KEY_LINE.match(lines[number - 1])["key"]
    body = []
    for line in range(number + 1, len(lines) + 1):
        text = lines[line - 1]
        if holds_data(text) and indent_width(text) <= column:
            field = KEY_LINE.match(text) if indent_width(text) == column else None
            if field is None or "-" in field["lead"] or field["key"] == key or not of_item(field["key"]):
                break
        body.append(line)
    return body


def _own_text(lines: list[str], number: int, body: list[int]) -> list[int]:
    """The lines of the `|` block line `number` opens, among `body`, when some of them stand no deeper than two past
    the line's key (where the key goes once its "- " is put before it): all of them, so the text keeps its shape."""
    if not BLOCK_HEADER.match(lines[number - 1]):
        return []
    column = indent_width(lines[number - 1])
    bodies = block_bodies(lines)
    text = [line for line in body if all(above in bodies for above in range(number + 1, line + 1))]  # the block below
    return text if any(indent_width(lines[line - 1]) <= column + 2 for line in text) else []


def text_items_fix(lines: list[str], key_line: int) -> str | None:
    """`第 54–56 行像是少了“- ”的几项：…` for the lines of plain text under line `key_line`, a key whose list of texts was
    typed without its dashes, which YAML reads as one text of those lines run together; None where a line under it
    is no such text (a key, a quoted or block text). Lines typed with their dash are run in too, and left as they are;
    the dashes go at their column, where YAML reads the items as one list (at its own indent, a line deeper than its
    siblings' dashes would be told that the indentation is inconsistent). Lines numbered as Word numbers a list
    (`1. 甲`) are given without their numbers (see item_numbers)."""
    column = indent_width(lines[key_line - 1])
    texts, dashes = [], []
    for number in range(key_line + 1, len(lines) + 1):
        content = lines[number - 1]
        if not holds_data(content):
            continue
        if indent_width(content) <= column:
            break
        if DASH_LINE.match(content) and not KEY_LINE.match(content):
            dashes.append(indent_width(content))
            continue  # an item typed with its dash, run into the text above it
        if KEY_LINE.match(content) or content.lstrip()[0] in "\"'|>[{":
            return None
        texts.append(number)
    if not texts:
        return None
    dash = dashes[0] if dashes else indent_width(lines[texts[0] - 1])
    unmarked = [_unmarked(lines[number - 1].strip()) for number in texts]
    numbers = counted(unmarked)
    written = " " * dash + "- " + unmarked[0][numbers[0].end() if numbers else 0:]
    aligned = "，与其他各项的“- ”左端对齐" if any(indent_width(lines[number - 1]) != dash for number in texts) else ""
    typed = dict.fromkeys(found[0].strip() for number in texts if (found := _TYPED_DASH.match(lines[number - 1].strip())))
    marks = f"行首的{'、'.join(f'“{mark}”' for mark in typed)}换成“- ”（英文减号，后面一个空格）" if typed else ""
    unnumbered = f"，{numbers_dropped(numbers)}" if numbers else ""
    if len(texts) == 1:
        mend = f"把{marks}" if marks else "在这一行的文字前加上“- ”"
        return f"第 {texts[0]} 行的文字像是少了“- ”的一项：请{mend}{unnumbered}{aligned}，写成：{written}"
    return (f"第 {runs_said(texts)} 行的文字像是少了“- ”的 {len(texts)} 项（YAML 把它们连成了一段文字）：请在这几行的文字前"
            f"都加上“- ”{f'，{marks}' if marks else ''}{unnumbered}{aligned}，如第 {texts[0]} 行写成：{written}")


def _unmarked(text: str) -> str:
    """A line of text without the dash typed otherwise than "- " at its start (`• 甲` → `甲`), its text as typed."""
    mark = _TYPED_DASH.match(text)
    return text[mark.end() if mark else 0:]


_TYPED_DASH = re.compile(rf"(?>{TYPED_DASH})(?:[ \u3000]+(?=\S)|(?=[^\s0-9０-９]))")
"""A list item's dash as typed with the IME on, pasted as Word's bullet, or without its space (`－ 甲`, `• 甲`, `-甲`):
YAML reads the line as text, run into the lines around it; told to add "- " before it, the clerk kept the mark as
text at the item's start. Not a mark alone on its line (`——`, a word for none: given as `- `, an empty item), nor one
right before a digit (`-5%`, a sign: given as `- 5%`, the text's meaning changed)."""


class ItemBelow(NamedTuple):
    """The line below an item as the next item is written (`      - 乙`), and, where the list's items are numbered
    (`- 1. 甲` over `2. 乙`), how to drop the numbers, as text_items_fix says it ("" otherwise)."""

    written: str
    unnumbered: str


def text_item_below(lines: list[str], number: int) -> ItemBelow | None:
    """`      - 根据…` for the line below line `number`, a list item of text (`- 受人员…`), when that line may be the next
    item typed without its "- " (plain text deeper than the dash, in a list with another item of text at that dash's
    column), which YAML runs into this item; None otherwise. A line wrapped by Word looks the same, so this is one
    reading of two (see TEXT-LINE-BREAK). The list's items numbered as a form numbers them are read as text_items_fix
    reads them: the line is given without its number, and every item is to lose its own."""
    content = lines[number - 1]
    if not DASH_LINE.match(content) or KEY_LINE.match(content):
        return None
    dash = indent_width(content)
    below = line_below(lines, number)
    if below is None or below != number + 1:
        return None
    text = lines[below - 1]
    if indent_width(text) <= dash or DASH_LINE.match(text) or KEY_LINE.match(text) or text.lstrip()[0] in "\"'|>[{#":
        return None
    above = _items_beside(lines, lines_above(lines, number, dash), dash)
    after = _items_beside(lines, lines_below(lines, below, dash), dash)
    if not above and not after:  # no item beside this one: the list does not go on
        return None
    texts = [*reversed(above), content.strip()[1:].strip(), text.strip(), *after]
    numbers = counted(texts)
    own = numbers[len(above) + 1].end() if numbers else 0
    return ItemBelow(" " * dash + "- " + text.strip()[own:], numbers_dropped(numbers) if numbers else "")


def _items_beside(lines: list[str], nearest: Iterator[int], dash: int) -> list[str]:
    """The texts of the items of text at column `dash` met from `nearest` (lines no deeper than the dash, nearest
    first) until the list ends, each without its "- "."""
    texts = []
    for line in nearest:
        content = lines[line - 1]
        if indent_width(content) != dash or not DASH_LINE.match(content) or KEY_LINE.match(content):
            break
        texts.append(content.strip()[1:].strip())
    return texts
