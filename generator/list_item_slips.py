"""List items typed with a slip in their `- `, each named with its key and the fix rather than as YAML names it: an item
without its dash (missing_dash; a list's first item, where YAML trips on a line further down, first_item_without_dash
and first_item_above), and a dash off the column of the item above (misaligned_dash), told with each of the item's
lines and by how many spaces when the item was moved as a whole. new_item, what a line typed without its dash is as an
item, is asked by the loader too, where a dash typed over with spaces reads as the item's first key written twice.
Where the schema says a list is expected, the fix is said too.

Kept apart from indent_slips, which tells the slips of keys and of text (full-width spaces, keys out of line, text
pasted into a `|` block) and asks misaligned_dash only when a key's dash is off: these read a list's items and their
dashes, and syntax_slips and load ask them directly.
"""
from __future__ import annotations

import re

from .dashless_items import dashless_items
from .key_lines import (DASH_LINE, KEY, KEY_LINE, OPENS_MAPPING, block_bodies, holds_data, indent_width, line_above,
                        line_below, lines_above, lines_below, siblings)
from .key_names import KeyNames
from .problems import clipped, runs_said


def misaligned_dash(lines: list[str], end: int, lead: str) -> tuple[int, int, str] | None:
    """A list item whose dash stands off the column of the item above it (` - level1` under `- level1`).

    Its key is then off too, and saying so sent the author to the spaces between the dash and the key."""
    if "-" not in lead:
        return None
    column = lead.index("-")
    item = _item_above(lines, end, column)
    if item is None or indent_width(item) == column:
        return None
    shift = column - indent_width(item)
    said = f"缩进不对：这一项开头的“-”比上面一项的“-”{'多' if shift > 0 else '少'}缩进了 {abs(shift)} 格"
    moved = _item_moved_whole(lines, end, len(lead))
    if moved:
        fix = f"都退回 {shift} 格（每行行首删掉 {shift} 个空格）" if shift > 0 else \
            f"都再多缩进 {-shift} 格（每行行首补上 {-shift} 个空格）"
        return end, column + 1, (f"{said}，它下面的各行也一样：这一项（第 {runs_said(moved)} 行）是整个挪了位置；"
                                 f"请把这 {len(moved)} 行{fix}，使“-”与上面一项的“-”上下对齐")
    return end, column + 1, f"{said}；同一个列表的各项，“-”要上下对齐"


def wide_dash_gap(lines: list[str], above: int, end: int, gloss: KeyNames) -> tuple[int, int, str] | None:
    """A list item opened on line `above` with more spaces after its dash than its next line, `end`, stands right of
    the dash (`-  name: 甲`, then `  content: 乙`): YAML lines an item's fields up with the key after its dash, so the
    next field was said to be indented too little, and the spaces after the dash, the one line to mend, were never
    named. A field at the dash's column or just right of it is left to the general words: no gap fits it, and so is
    one where the file shows the spaces were meant (_gap_meant): that field is the line out of place."""
    opened = KEY_LINE.match(lines[above - 1])
    here = KEY_LINE.match(lines[end - 1])
    if not opened or not here or "-" not in opened["lead"]:
        return None
    dash = opened["lead"].index("-")
    gap, extra = len(opened["lead"]) - dash - 1, len(opened["lead"]) - indent_width(lines[end - 1])
    if not 0 < extra < gap or _gap_meant(lines, above, end, opened["lead"]):
        return None
    key, field = opened["key"], here["key"]
    written = f"，写成“- {key}: …”" if gap - extra == 1 else ""
    return above, dash + gap - extra + 2, (
        f"缩进不对：“-”后面多了 {extra} 个空格：YAML 以“-”后面的“{key}”{gloss(key, above)}为准对齐这一项的字段，"
        f"第 {end} 行的“{field}”{gloss(field, above)}就比它少缩进了 {extra} 格；请删掉“-”后面多的 {extra} 个空格{written}")


def _gap_meant(lines: list[str], above: int, end: int, lead: str) -> bool:
    """Whether the spaces after the dash of the item opened on line `above` (its `lead`, `  -  `) were typed on purpose,
    its field on line `end` being the slip: another field of the item below it, or the field under another item begun
    with the same dash and spaces, stands at the key's column (`  -  level1: 甲` over `     level2: 乙` elsewhere in the
    file). Telling the author to delete those spaces would leave this item unlike the others, its one short line
    unnamed."""
    column, dash, text = len(lead), lead.index("-"), block_bodies(lines)
    for number in lines_below(lines, end, within=column):
        if indent_width(lines[number - 1]) <= dash:
            break
        if indent_width(lines[number - 1]) == column and number not in text and KEY_LINE.match(lines[number - 1]) \
                and not OPENS_MAPPING.match(lines[line_above(lines, number, within=column - 1) - 1]):
            return True  # not `total:` under a `budget:` typed short like line `end`: that is no field of the item
    for number, content in enumerate(lines, 1):
        item = KEY_LINE.match(content) if number != above else None
        below = line_below(lines, number) if item and item["lead"] == lead else None
        if below and indent_width(lines[below - 1]) == column and KEY_LINE.match(lines[below - 1]):
            return True
    return False


def _item_moved_whole(lines: list[str], end: int, key_column: int) -> list[int]:
    """The lines of the list item line `end` opens (its key at `key_column`) when the item was moved whole, its fields
    standing at its key's column (an indicator pasted two spaces too deep); none when only the dash line is off, its
    fields below where the items above have theirs. Told one line at a time, the author took a run per line."""
    body = []
    for number in range(end + 1, len(lines) + 1):
        content = lines[number - 1]
        if not content.strip():
            continue
        comment = content.lstrip().startswith("#")
        if indent_width(content) < key_column and not comment:
            break
        if not comment or indent_width(content) >= key_column:
            body.append(number)
    fields = [number for number in body if holds_data(lines[number - 1])]
    if not fields or indent_width(lines[fields[0] - 1]) != key_column:
        return []
    return [end, *body]


def _item_above(lines: list[str], end: int, column: int) -> str | None:
    """The line opening the item above the one whose dash, at `column`, opens line `end`: of the items that hold the
    line above (each as far left as every line below it), the one beginning with the same key; else the nearest
    item no more than a space deeper than `column`.

    Its own list comes first: an indicator's dash two columns left of the indicators above it stands at their key's
    column, under which lists are indented, and was measured against the project's dash further up, so the item
    indented too little was said to be indented too deep."""
    key = KEY_LINE.match(lines[end - 1])
    floor = float("inf")
    for number in lines_above(lines, end):
        content = lines[number - 1]
        width = indent_width(content)
        if width > floor:
            continue
        floor = width
        opened = KEY_LINE.match(content) if DASH_LINE.match(content) else None
        if key and opened and opened["key"] == key["key"]:
            return content
    return next((content for content in reversed(lines[:end - 1])
                 if content.lstrip().startswith("- ") and indent_width(content) <= column + 1), None)


def missing_dash(lines: list[str], number: int, gloss: KeyNames) -> tuple[int, str] | None:
    """(column, message) of line `number` when it is a list item typed without its "- " (see dashless_items, and
    new_item where the form does not say the list's key holds a list). YAML then finds a field or a text where the
    list goes on, and says the indentation is inconsistent, or that a ":" is missing, a line or more below."""
    items = dashless_items(lines, number, gloss)  # the list's other items, and the lines to indent with this one
    column = indent_width(lines[number - 1]) + 1  # its dash deleted: one typed over with spaces leaves a key written
    said = next((slip[1:] for slip in items if slip[:2] == (number, column)), None)  # twice, which the loader says
    if said:
        return said
    found = new_item(lines, number)
    if found is None:
        return None
    content = lines[number - 1]
    if indent_width(found[0]) < indent_width(content):  # a dash typed over with spaces leaves a key
        return None  # written twice, which parses (the loader says it): the syntax error is another line's
    written, above = found
    key = KEY_LINE.match(content)
    named = f"“{key['key']}”{gloss(key['key'], above)}" if key else f"“{clipped(content.strip())}”"
    return indent_width(content) + 1, f"{named}这一行像是列表的新一项，却少了开头的“- ”；请在这一行开头加上“- ”，写成：{written}"


def first_item_without_dash(lines: list[str], number: int, names: KeyNames) -> tuple[int, str] | None:
    """(column, message) of line `number` when it is a list's first item typed without its "- " (`key_tasks:`, then
    `  name: 甲` with `    content: 乙` below it), the items after it with or without theirs (see dashless_items, which
    says each of them).

    YAML reads such a line as a field of a mapping, and trips over the item's next line, indented under a dash that is
    not there, with "content is 2 spaces deeper than name". Moving the item's lines back as told, the author was told
    the next item's dash was too deep, and never heard that the "- " was missing. A later item is new_item's."""
    found = dashless_items(lines, number, names)
    return found[0][1:] if found and found[0][0] == number and _is_first(lines, number) else None


def _is_first(lines: list[str], number: int) -> bool:
    """Whether line `number` is the first under the line above it that opens a mapping: a list's first item."""
    above = line_above(lines, number)
    return above is not None and bool(OPENS_MAPPING.match(lines[above - 1]))


def first_item_above(lines: list[str], end: int, names: KeyNames) -> tuple[int, int, str] | None:
    """A list's first item typed without its "- " (first_item_without_dash) above line `end`, the next item's dash,
    where YAML trips when the first item's keys all stand at the dash's column (moved there as told when the missing
    dash was taken for an indent) or when the items above it stand at its key's (their dashes typed over with spaces):
    too many lines above for syntax_slip to look at them one by one. The list's key is the nearest line above that
    opens a mapping and is less indented than the dash, or as far, with the list's lines right below it."""
    if not DASH_LINE.match(lines[end - 1]):
        return None
    column = indent_width(lines[end - 1])
    for number in lines_above(lines, end, column):
        content = lines[number - 1]
        if DASH_LINE.match(content):
            return None  # an item above has its dash
        if OPENS_MAPPING.match(content):
            first = line_below(lines, number)
            found = first_item_without_dash(lines, first, names) if first and first < end else None
            if found:
                return first, *found
        if indent_width(content) < column:
            return None  # past the list's key
    return None


def dash_in_group(lines: list[str], end: int, names: KeyNames) -> tuple[int, int, str] | None:
    """A `- ` typed before some fields of a group (`budget:`, `  - basic: 80.00`, `  project: 1.00`), where the key at
    line `end` stands at the dashes' column and the schema says the key above holds a group, not a list.

    YAML reads a list begun at a dash and trips on a field without one, and the author was told that field was 2
    spaces short of the one above it: indented 2 more, it read as a field of a list's item, which the schema then
    refused. The dashes are what to delete, every one of the group's at once, as the schema's message says when every
    field has one (schema._dashed_fields)."""
    here = KEY_LINE.match(lines[end - 1]) if end else None
    column = indent_width(lines[end - 1]) if here else 0
    holder = line_above(lines, end, column - 1) if column else None
    group = OPENS_MAPPING.match(lines[holder - 1]) if holder else None
    if not group or not names.takes_group(group["key"], holder):
        return None
    dashed, moved = group_dashes(lines, holder, column)
    if not dashed or not all(names.declares(KEY_LINE.match(lines[number - 1])["key"], holder, under=True)
                             for number in dashed):
        return None
    return dashed[0], column + 1, (f"“{group['key']}”{names(group['key'], holder)}下是一组字段，不是列表，字段前面"
                                   f"不加“- ”：请删去{dashes_to_delete(dashed, moved)}")


def group_dashes(lines: list[str], holder: int, column: int) -> tuple[list[int], dict[int, list[int]]]:
    """The lines of the group under line `holder` that begin a field at `column` with a "- ", and the lines below them
    lined up with the key after a dash, by how far that key stands right of `column`: with the dash deleted the key
    moves back so far, and they must too, else they stand deeper than it. The group ends at a line left of `column`.
    No lines for dashes flush with `holder` (`budget:`, `- basic: 1`): deleted, they would leave the fields beside it."""
    dashed: list[int] = []
    moved: dict[int, list[int]] = {}
    if column <= indent_width(lines[holder - 1]):
        return dashed, moved
    item = None  # the column of the key after the last dash, while its lines go on
    for number in range(holder + 1, len(lines) + 1):
        content = lines[number - 1]
        if holds_data(content) and indent_width(content) <= column:
            if indent_width(content) < column:
                break  # past the group
            item = None
        key = KEY_LINE.match(content) if indent_width(content) == column and DASH_LINE.match(content) else None
        if key:
            dashed.append(number)
            item = len(key["lead"])
        elif item is not None and holds_data(content) and indent_width(content) == item:
            moved.setdefault(item - column, []).append(number)
    return dashed, moved


def dashes_to_delete(dashed: list[int], moved: dict[int, list[int]]) -> str:
    """`第 3、5 行开头的“- ”，并把第 4、6 行退回 2 格（行首删掉 2 个空格）`: the dashes of group_dashes and the lines that
    move back with their keys, each named, as “其下与它对齐的各行随它退回 2 格” left open which dash “它” was."""
    back = "、".join(f"第 {runs_said(numbers)} 行退回 {shift} 格（行首删掉 {shift} 个空格）"
                    for shift, numbers in sorted(moved.items()))
    return f"第 {'、'.join(map(str, dashed))} 行开头的“- ”" + (f"，并把{back}" if back else "")


def new_item(lines: list[str], number: int) -> tuple[str, int] | None:
    """Line `number` written as the list item it is when it was typed without its "- " (a task or indicator copied
    from the one above with the dash left out), and the line above where its key stands in that item (where a
    gloss knows the key); None when it is no such item. The syntax slips and the loader's key written twice both
    ask here, so the two never disagree on what a new item is.

    The dash was left out in one of two ways. Typed over with spaces, the line stands at the column of the keys
    of the item above and reads as one more of them: it is a new item when its key is the one that item begins
    with (YAML says the key is written twice; another key written twice is more likely a line repeated).
    Deleted with its space, the line stands at the column of the item above's dash, the nearest line above it as
    far left, and it is a new item when either the list stands deeper than the key holding it (nothing but an
    item can stand there) and the line's key begins the item above or is no field of it (another field is that
    item's, typed short of its indent), or the line begins with the same key as the item above, or is bare text
    below an item of bare text (neither is a key of the level holding the list, which also stands at the dash's
    column when the list is written flush under its key)."""
    content = lines[number - 1]
    text = content.strip()
    if not text or text[0] in "#-" or text.startswith("..."):
        return None
    indent = indent_width(content)
    key = KEY_LINE.match(content)
    opened = line_above(lines, number, indent - 1) if key and indent >= 2 else None
    first = KEY_LINE.match(lines[opened - 1]) if opened and DASH_LINE.match(lines[opened - 1]) else None
    if first and len(first["lead"]) == indent and first["key"] == key["key"]:
        return (content[:indent - 2] + "- " + content[indent:]).rstrip(), opened
    start = line_above(lines, number, indent)
    if start is None or indent_width(lines[start - 1]) != indent or not DASH_LINE.match(lines[start - 1]):
        return None
    holder = next((lines[line - 1] for line in lines_above(lines, start, indent)
                   if not DASH_LINE.match(lines[line - 1][indent:])), "")  # the line the list is the value of
    deeper = indent_width(holder) < indent
    above = start
    if key:
        same = _same_key_in_item_above(lines, start, number, key["key"])
        if not (same if not deeper else _begins_an_item(key["key"], lines[start - 1], holder)):
            return None
        above = same or start
    elif not (deeper or not KEY_LINE.match(lines[start - 1])):
        return None
    return (content[:indent] + "- " + content[indent:]).rstrip(), above


def _begins_an_item(key: str, item: str, holder: str) -> bool:
    """Whether `key`, at the column of the dash of `item` (the line opening the item above), may begin a new item:
    it is the key that item begins with, or no field of such an item nor of the mapping holding the list (`holder`,
    the line the list is the value of). Any other field of the item (an indicator's `period_value` typed two spaces
    too shallow) is a field of that item short of its indent, for under_indented; a field beside the list's own key
    (`other_tasks` after the last of the `key_tasks`) is that key's sibling typed too deep, and was told to add a
    "- " that would have made it a task."""
    first, held_by = KEY_LINE.match(item), KEY_LINE.match(holder)
    if first is not None and key == first["key"]:
        return True
    if held_by is not None and siblings(key, held_by["key"]):
        return False
    return first is None or not siblings(key, first["key"])


def _same_key_in_item_above(lines: list[str], start: int, number: int, key: str) -> int | None:
    """When line `number`, a `key` at the column of the dash opening line `start` (new_item found it the nearest line
    above as far left), is a list item without its dash, the line of the same key in the item above: the item above
    holds the same key (a new indicator or task copied from the one above, `- ` left out). None otherwise: a key of
    the level holding the list, which also stands at a dash's column (fmt writes lists flush under their key), is not
    one."""
    indent = indent_width(lines[start - 1])
    item = ((line, re.match(KEY + r":", lines[line - 1])) for line in range(start, number))
    return next((line for line, found in item if found and found["key"] == key and len(found["lead"]) == indent + 2), None)
