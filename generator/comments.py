"""Reorder a round-trip mapping so that comment lines travel with the key they were written above.

ruamel files a comment line (and a blank line) under whatever precedes it: the end-of-line comment
slot of the previous key's value, or of the last item nested inside that value. Moving keys as
ruamel sees them would leave `# 2024年新增` above whichever key now follows the old predecessor.
People write a comment above the line it explains, so before keys move, the lines after each
value's own end-of-line comment are cut out and given to the key below as its leading comment;
after the move they are put back behind the key's new predecessor. Lines above a mapping's first
key stay where they are: they head the mapping (a file's title comment stays first).

Of several comment lines in a row, those deeper than the key below keep their indents among themselves, so an item
commented out comes back as it was when uncommented; the others are written at the key's column.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from .comment_columns import MIN_SPACES, moved_comment, typed_gap

_MAPPING_SLOT, _SEQUENCE_SLOT = 2, 0  # where ruamel keeps the comment after a key's / an item's value
_BLOCKS = (LiteralScalarString, FoldedScalarString)  # `|` and `>` scalars end their own last line
_BLOCK_START = re.compile(r"(?:: |^ *- )[|>][1-9+-]*(?: +#.*)?$")  # `key: |-`, `- >`, with a comment or not
_DASHES = re.compile(r" *(?:- +)*")  # the indent and the dashes that open a line, up to its key or value


def reorder(node: CommentedMap, keys: list, place_above: Callable[[str], None] | None = None) -> None:
    """Put `node`'s keys in the order `keys`, moving comment lines with the key below them.

    Lines that come to stand above the new first key are written before it, or handed to
    `place_above` when the mapping is a list item (see `above_item`)."""
    old = list(node)
    if keys == old:
        return
    leading = {key: _cut(node, above) for above, key in zip(old, old[1:])}
    closing = _cut(node, old[-1])  # lines after the mapping's last value belong to what follows it
    first = node.ca.items.get(keys[0])
    if place_above and first and first[1]:  # lines after a flow value: ruamel files them before the next key
        leading[keys[0]] = leading.get(keys[0], "") + _shifted("".join(map(_as_typed, first[1])), 0)
        first[1] = None  # (written there, they would follow the item's dash, alone on its line)
        if not any(first):
            del node.ca.items[keys[0]]
    for key in keys:
        node.move_to_end(key)
    if leading.get(keys[0]):
        if place_above:
            place_above(leading[keys[0]])
        else:
            entry = node.ca.items.setdefault(keys[0], [None, None, None, None])
            entry[1] = (entry[1] or []) + [CommentToken(leading[keys[0]], CommentMark(0), None)]
    for above, key in zip(keys, keys[1:]):
        _append(node, above, leading.get(key, ""))
    _append(node, keys[-1], closing)


def insert(node: CommentedMap, position: int, key, value) -> None:
    """Add `key` at `position`, keeping comment lines above the key they were written above.

    ruamel files the lines before the key at `position` (or, at the end, the lines after the mapping)
    under the key before it; a key simply inserted would come below them, and `# 2024年新增` would then
    stand above the new key. They are moved behind the new key's value instead."""
    lines = _cut(node, list(node)[position - 1]) if position else ""
    node.insert(position, key, value)
    _append(node, key, lines)


def above_item(seq: CommentedSeq, index: int, lines: str) -> None:
    """Write comment lines above a list item's dash: behind the item before it, or at the list's start.
    (Written before the item's first key they would leave the dash alone on its line.) They start at column 0, as
    the lines _cut() hands on do, whatever column they were typed at: see _shifted."""
    lines = _shifted(lines, 0)
    filed = seq.ca.items.get(index)
    if filed and filed[1]:  # lines ruamel filed with the item itself (below a flow item), written above its dash
        filed[1].append(CommentToken(lines, CommentMark(0), None))
        return
    if index:
        _append(seq, index - 1, lines)
        return
    head = seq.ca.comment or [None, None]
    if head[1]:  # ruamel may write lines already there from the list's key, which holds the same tokens
        head[1][-1].value += lines
    elif head[1] is not None:  # the key's own list, empty when the key has only an end-of-line comment
        head[1].append(CommentToken(lines, CommentMark(0), None))
    else:
        seq.ca.comment = [head[0], [CommentToken(lines, CommentMark(0), None)]]


def lift_block_comments(seq: CommentedSeq) -> None:
    """Move the comment after a list item's `|` or `>` (`- |-  # 说明`) above the item, as a flow item's is.

    ruamel reads it as a bare string where a comment token belongs, which it cannot write: the comment was
    lost, and with it every other comment of the list (ruamel drops them all when one is not a token)."""
    for index, entry in list(seq.ca.items.items()):
        words = [part for part in entry[1] or [] if isinstance(part, str)]
        if not words:
            continue
        entry[1] = [part for part in entry[1] if not isinstance(part, str)] or None
        if not any(entry):
            del seq.ca.items[index]
        above_item(seq, index, "".join(f"{part.strip()}\n" for part in words))


def closing(node) -> None:
    """Move the lines after a collection's last value, which ruamel keeps apart when a flow collection ends
    it (`- targets: [甲]` then `# 下一项`), behind that value, where reorder() finds the lines below a value:
    left apart, they stayed after the collection when the key they stood above moved."""
    end = getattr(node.ca, "end", None)
    if end:
        node.ca.end = []
        _append(node, list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1,
                "".join(token.value for token in end))


def unflow(node, key) -> None:
    """Before the flow collection at `node[key]` (`- {name: 甲, …}  # 新增`) is written as a block, move the
    comment written after it, which ruamel keeps in `node`'s slot for `key`, to where the block has room.

    Left there, ruamel writes it straight after `key:` or the dash: a list item's comment then stood alone
    on the dash's line (`-      # 新增`, which the next fmt read differently, and which with a comment above
    the item came out as `level1: 产出指标 name: 甲`), and the lines below it, which belong to what follows,
    came between the key and the block's first line. So a list item's end-of-line comment goes above the
    item, a key's stays on the key's line, two spaces after `key:` (the flow text it followed is gone), unless
    the `{…}` was typed over lines: the comment was typed beside its last entry, not the key, and stays with
    that entry wherever fmt writes it (on the key's line it read as the note of the whole `budget:`); and
    the lines below move behind the block's last value. The lines typed inside a list item's `{` above its
    first entry go above the item too (below the dash, they left it alone on its line)."""
    slot = _MAPPING_SLOT if isinstance(node, CommentedMap) else _SEQUENCE_SLOT
    if isinstance(node, CommentedSeq):
        _lines_above_first_entry_above_item(node, key)
    entry = node.ca.items.get(key)
    token = entry[slot] if entry else None
    if token is None:
        return
    own, _, lines = token.value.partition("\n")
    entry[slot] = None
    if not any(entry):  # an entry of Nones kept ruamel from writing the lines above a list's first item
        del node.ca.items[key]
    if not own.strip():
        pass
    elif _typed_below_key(token, node[key]) and _after_last_entry(node, key, own.strip()):
        value = node[key]
        if value.ca.comment and value.ca.comment[0] is token:  # ruamel keeps it as the block's own too, written after `key:`
            value.ca.comment[0] = None
    elif isinstance(node, CommentedSeq):
        above_item(node, key, own.strip() + "\n")
    else:
        node.ca.items.setdefault(key, [None, None, None, None])[slot] = moved_comment(own.strip() + "\n")
    _append(node, key, lines)


def _typed_below_key(token, value) -> bool:
    """Whether the comment `token` after a flow collection was typed on a later line than the collection's `{` or
    `[`: on the line of its last entry, which it was written beside (`  transfer: null}  # 拟用于对下转移支付资金`)."""
    mark = getattr(token, "start_mark", None)
    return mark is not None and mark.line > value.lc.line


def _after_last_entry(node, key, comment: str) -> bool:
    """Put `comment` at the end of the line of the last entry of the collection at `node[key]`, if that line can
    take one (not a `|` block's, not one with a comment of its own); whether it did."""
    items, last, slot, block = _slot(node, key)
    entry = items.setdefault(last, [None, None, None, None])
    if block or entry[slot] is not None:
        return False
    entry[slot] = moved_comment(comment + "\n")
    return True


def _lines_above_first_entry_above_item(seq: CommentedSeq, index: int) -> None:
    """The lines ruamel files before the first entry of the flow collection at `seq[index]`, above the item."""
    item = seq[index]
    first = item.ca.items.get(next(iter(item))) if isinstance(item, CommentedMap) else item.ca.items.get(0)
    if first and first[1] and all(isinstance(token, CommentToken) for token in first[1]):
        lines, first[1] = "".join(token.value for token in first[1]), None
        above_item(seq, index, lines)


def share_list_heads(node) -> None:
    """Give each list's key the lines that stand above the list's first item.

    ruamel writes those lines from the key's comment entry whenever the key has one, and keeps them in
    the list only when it read them from the file (sharing them with the key, or with no entry for the
    key at all); lines above_item() put in the list of a key whose entry held none (`key:  # 说明` with the
    dashes indented under it) were lost, and fmt refused the file (FMT-COMMENT)."""
    for key, value in node.items() if isinstance(node, CommentedMap) else enumerate(node):
        if not isinstance(value, (CommentedMap, CommentedSeq)):
            continue
        share_list_heads(value)
        entry = node.ca.items.get(key) if isinstance(node, CommentedMap) else None
        head = value.ca.comment if isinstance(value, CommentedSeq) else None
        if entry and head and head[1] and entry[3] is not head[1]:
            entry[3] = (entry[3] or []) + [token for token in head[1] if token not in (entry[3] or [])]


def dedent_comment_lines(node) -> None:
    """Start the comment lines after every `|` or `>` block in `node`, and those above a key or an item,
    at column 0, for align() to indent.

    ruamel keeps them as typed, indentation and all, and once fmt indents a block less than it was typed
    (`key:` at 4 spaces, its text at 6, now at 2 and 4), lines typed between the key's column and the text's
    became lines of the text (its data changed, and fmt refused the file), or of an empty block; just below
    the block, ruamel moved them to a column align() took for text and left. (The lines below an empty
    value or a flow collection ruamel files above the next key, which may come to follow a block when keys
    move.) At column 0 they end the block, and align() gives them the indentation of the line below."""
    for key, value in node.items() if isinstance(node, CommentedMap) else enumerate(node):
        entry = node.ca.items.get(key)
        slot = _MAPPING_SLOT if isinstance(node, CommentedMap) else _SEQUENCE_SLOT
        if entry and entry[1]:
            entry[1][:] = [_at_column_0(token) for token in entry[1]]
        if entry and isinstance(value, _BLOCKS) and entry[slot] is not None:
            lines = _at_column_0(entry[slot]).value
            if value.endswith("\n") and (len(value) == 1 or value[-2] == "\n"):  # `|+`: its text takes in
                lines = lines.lstrip("\n")                                         # the blank lines below it
            entry[slot] = CommentToken(lines, CommentMark(0), None) if lines else None
        if isinstance(value, (CommentedMap, CommentedSeq)):
            dedent_comment_lines(value)


def _at_column_0(token: CommentToken) -> CommentToken:
    """The comment lines of `token` moved left until the first starts at column 0, the lines below it keeping their
    indentation under it when none is left of it (see align)."""
    return CommentToken(_shifted(_as_typed(token), 0), CommentMark(0), None)


def _as_typed(token: CommentToken) -> str:
    """A comment token's lines as typed: ruamel keeps the first line's column apart when the token starts with it."""
    return " " * (token.column or 0) + token.value if token.value.startswith("#") else token.value


_COMMENT_INDENT = re.compile(r"(?m)^[ \t]*(?=#)")


def _shifted(lines: str, column: int) -> str:
    """Comment lines (`lines`, blank lines among them) with the first at `column` and each other one as far right of
    it as it was typed, or all at `column` when one was typed left of the first (they line up with nothing then).

    A commented-out item typed with `#` before each line's text (`# - name: 调研`, below it `  # amount: 1.00`) is
    an item's lines still: lined up in one column, it no longer read as one, and taking the `#` away no longer gave
    the item back."""
    indents = [len(match.group(0).expandtabs()) for match in _COMMENT_INDENT.finditer(lines)]
    if not indents:
        return lines
    first = indents[0]
    keep = all(indent >= first for indent in indents)
    return _COMMENT_INDENT.sub(
        lambda match: " " * (column + (len(match.group(0).expandtabs()) - first if keep else 0)), lines)


def align(text: str) -> str:
    """Comment lines indented like the line they stand above (as typed, they keep whatever indent the
    author or their old layout gave them, or the indent of a key they moved away from).

    Lines of a `|` or `>` block are text, not comments, however they begin, and are left alone; so
    are comments after the last line. ruamel writes comments as they came, so this is done on the
    text it writes; fmt checks afterwards that the data read back is unchanged."""
    lines = text.split("\n")
    for waiting, indent in _comments_above_lines(lines):
        for run in _runs_of_lines(waiting):
            shifted = _shifted("\n".join(lines[n] for n in run), indent).split("\n")
            lines[run[0]:run[-1] + 1] = shifted
    return "\n".join(lines)


def up_to_their_keys(text: str) -> str:
    """Typed text with each comment line typed left of the line below it moved right to that line's column, before
    ruamel reads it; lines deeper than it keep their columns.

    Only a line deeper than the key below is commented-out content (`# - name: 旧任务` over `  # content: 座谈`)
    whose shape _shifted keeps; a header at column 0 above a comment typed at the key's column (under `basic_info:`,
    `# ===== 以下… =====` then `  # 人数含退休人员`) made the second hang under the first, and fmt wrote it deeper than
    the key. Here both read as typed at the key's column, where fmt wrote them before. The typed columns are known only
    here: ruamel re-indents the keys, and comments moved beside others start at column 0."""
    lines = text.split("\n")
    for waiting, indent in _comments_above_lines(lines):
        for n in waiting:
            if len(lines[n]) - len(lines[n].lstrip(" ")) < indent:
                lines[n] = " " * indent + lines[n].lstrip(" ")
    return "\n".join(lines)


def _comments_above_lines(lines: list[str]) -> Iterator[tuple[list[int], int]]:
    """The comment lines (numbers) standing above each line holding data, with that line's indent; the lines of a `|`
    or `>` block are text, however they begin, and the comment lines after the last data line stand above none."""
    block_indent, waiting = None, []  # indent of the line that opened a block; comment lines above the next line
    for number, line in enumerate(lines):
        content = line.lstrip(" ")
        indent = len(line) - len(content)
        if block_indent is not None and (not content or indent > block_indent):
            continue
        block_indent = None
        if content.startswith("#"):
            waiting.append(number)
        elif content:
            yield waiting, indent
            waiting = []
            if _BLOCK_START.search(line):  # its text is indented more than its key (`- key: |`), or its dash
                key = _DASHES.match(line).end()
                block_indent = indent if line[key] in "|>" else key


def _runs_of_lines(numbers: list[int]) -> list[list[int]]:
    """`numbers` (line numbers in order) cut where one is not the next line after the one before: the comment lines
    above a key that a blank line parts are lined up each on its own."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and runs[-1][-1] + 1 == number:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def replace_scalar(node, key, value) -> None:
    """Set a scalar, keeping its comments where they were when it becomes a `|` block or stops being one.

    After a plain or quoted scalar, the comment slot ends the value's line (`"# 备注\\n…"` or
    `"\\n…"`); a block ends its own lines, and its end-of-line comment goes on the `|` line, which
    ruamel keeps apart, in a mapping entry's fourth place. (A block given text without line breaks
    stays a block, as ruamel keeps a mapping value's style; only text the schema wants in double
    quotes stops being one.)"""
    was_block = isinstance(node[key], _BLOCKS)
    node[key] = value
    entry = node.ca.items.get(key)
    slot = _MAPPING_SLOT if isinstance(node, CommentedMap) else _SEQUENCE_SLOT
    token = entry[slot] if entry else None
    if was_block and not isinstance(node[key], _BLOCKS) and entry:
        _unblock(entry, slot)
    if was_block or not isinstance(value, _BLOCKS) or token is None:
        return
    own, newline, lines = token.value.partition("\n")
    if own and isinstance(node, CommentedMap):
        entry[3] = [" " * max(MIN_SPACES, typed_gap(token)) + own.strip()]
    token.value = own + newline + lines if own and not isinstance(node, CommentedMap) else lines
    if not token.value:
        entry[slot] = None


def _unblock(entry: list, slot: int) -> None:
    """The comments of a block now written in quotes: the one after `|` ends the value's line, and the
    lines after the block, which it ended itself, follow that line (left as they were, the first of them
    came to end the value's line, above the next key no more)."""
    parts = [part for part in entry[3] or [] if isinstance(part, str)]  # a list item's: lifted
    own = " ".join(part.strip() for part in parts)
    if own:
        entry[3] = None
    lines = entry[slot].value if entry[slot] is not None else ""
    gap = len(parts[0]) - len(parts[0].lstrip()) if own else 0
    entry[slot] = moved_comment(f"{own}\n{lines}", gap) if own or lines else None


def _slot(node, key) -> tuple[dict, object, int, bool]:
    """Where ruamel keeps the comment written after `key`'s value (with the deepest last item), and
    whether that item is a block scalar, whose comment slot holds whole lines only."""
    while True:
        value = node[key]
        if isinstance(value, (CommentedMap, CommentedSeq)) and len(value):
            node, key = value, (list(value)[-1] if isinstance(value, CommentedMap) else len(value) - 1)
        else:
            slot = _MAPPING_SLOT if isinstance(node, CommentedMap) else _SEQUENCE_SLOT
            return node.ca.items, key, slot, isinstance(value, _BLOCKS)


def _cut(node, key) -> str:
    """Remove and return the whole lines after `key`'s value (its end-of-line comment stays), the first at column 0:
    lines moved to stand by others (above a list's first item, where a line was typed already) line up with them,
    not by the columns they were typed at in two places (see _shifted)."""
    items, last, slot, block = _slot(node, key)
    entry = items.get(last)
    token = entry[slot] if entry else None
    if token is None:
        return ""
    own, newline, lines = ("", "", _as_typed(token)) if block else token.value.partition("\n")
    if own:
        token.value = own + newline
    else:
        entry[slot] = None
    return _shifted(lines, 0)


def _append(node, key, lines: str) -> None:
    """Write whole comment lines after `key`'s value (behind any end-of-line comment it has)."""
    if not lines:
        return
    items, last, slot, block = _slot(node, key)
    entry = items.setdefault(last, [None, None, None, None])
    if entry[slot] is None:
        entry[slot] = CommentToken(lines if block else "\n" + lines, CommentMark(0), None)
    else:
        entry[slot].value += lines
