"""The words `fmt --check` says of one place: a moved block's fields and the typed line it goes after, a block
rewritten line for line, a block re-indented.

Kept apart from finding the places (fmt_diffed_blocks, fmt_key_moves), which decide what a place is: this only says
it, as a reviewer reads it, and is where a message is changed.
"""
from __future__ import annotations

from collections.abc import Callable

from .fmt_typed_lines import as_written, data_lines, excerpt, key_column, undashed
from .key_lines import holds_data, indent_width


def move_words(lines: list[str], formatted: list[str], block: list[str], span: tuple[int, int],
               move: tuple[int, bool], dash_to: int | None, dash_from: int | None, after: int | None,
               field_at: Callable[[int], str | None], dashed: bool = True) -> str:
    """What fmt does to a moved block (typed lines `span`, read as `block`): which fields it holds, the typed line it
    goes after (or, when `dash_from` is an item's first typed line, that it goes first in the item, taking its `- `
    when `dashed`), whether it is retyped on the way (the first line that is: its key line may be as fmt writes it),
    and where its own `- ` goes (`dash_to`)."""
    (i1, i2), (to, rewritten) = span, move
    if dash_from is not None:
        where = f"移到第 {dash_from + 1} 行“{excerpt(lines[dash_from])}”之前" + ("，“- ”移到它前面" if dashed else "")
    elif after:
        where = f"移到{_neighbour(lines, after, key_column(lines, i1, i2), field_at)}之后"
    else:
        where = f"移到“{excerpt(formatted[to - 1])}”之后" if to else "移到文件开头"
    typed, written = as_written(block), as_written(formatted[to:to + len(block)])
    first = next((n for n, (a, b) in enumerate(zip(typed, written)) if a != b), None)
    retyped = f"，{_line_change(typed[first], written[first])}" if rewritten and first is not None else ""
    dash = ("" if dash_to is None else "，“- ”移到该行前面" if dash_to + 1 == after
            else f"，“- ”移到第 {dash_to + 1} 行的“{excerpt(lines[dash_to])}”前")
    return _moved_fields(lines, i1, i2, field_at) + "按 schema 的顺序" + where + retyped + dash


_LINES_SAID = 5
"""How many lines of a block rewritten line for line are told each, before 等 N 行: a block of twenty quoted lines
made one line of the report too long to read."""


def rewrite_words(old: list[str], new: list[str]) -> str:
    """What fmt rewrites in a block: the lines it changes, each, where it rewrites the block line for line (`第 57–58
    行` told only line 57's change, and line 58 seemed to be left as it was), else its first line that it changes (a
    block may start with lines it keeps, as where the diff cut it at an item's `- `), or the first line it adds or
    takes away. Quoting the first line of each side, a block whose first lines were the same told
    “targets:”改为“targets:”."""
    typed, written = [line for line in old if line.strip()], [line for line in new if line.strip()]
    changed = [n for n, (a, b) in enumerate(zip(typed, written)) if a != b]
    if changed and len(typed) == len(written):  # line for line: each line's change, or a block's later lines hid
        said = [_line_change(typed[n], written[n]) for n in changed[:_LINES_SAID]]
        more = f"等 {len(changed)} 行" if len(changed) > _LINES_SAID else ""
        return "；".join(said) + more
    if changed:
        return _line_change(typed[changed[0]], written[changed[0]])
    if len(written) > len(typed):
        return f"加上“{excerpt(written[len(typed)])}”"
    if len(typed) > len(written):
        return f"“{excerpt(typed[len(written)])}”改写后移走"
    return "删去空行" if len(old) > len(new) else "加上空行"


def _line_change(typed: str, written: str) -> str:
    """One line as typed and as fmt writes it, in words that show the difference: its indentation or its blanks at
    the end when only they differ, else both texts quoted from a little before where they part (two long lines
    alike in their first 30 characters were quoted alike)."""
    a, b = typed.strip(), written.strip()
    if a == b:
        return (f"“{excerpt(a)}”缩进改为 {indent_width(written)} 格" if indent_width(typed) != indent_width(written)
                else f"删去“{excerpt(a)}”行尾的空格")
    if excerpt(a) == excerpt(b):
        start = max(next(n for n, (x, y) in enumerate(zip(a + "\0", b + "\0")) if x != y) - 10, 0)
        return f"“…{excerpt(a[start:])}”改为“…{excerpt(b[start:])}”"
    return f"“{excerpt(a)}”改为“{excerpt(b)}”"


def _neighbour(lines: list[str], after: int, column: int, field_at: Callable[[int], str | None]) -> str:
    """How a move names the typed line (1-based) it goes after: by its text when a key at the moved key's column, or
    the key of the mapping it comes first in, begins it (`第 40 行“level2: 数量指标”`); else by the field whose value
    ends there, with its lines (`第 20–30 行的“工作内容”`). Quoted, the last line of a `|` block or of a nested
    mapping (`10、做好保密工作。`, `other: null`) read as if the key went into that text or mapping."""
    typed = next((n for n in range(after - 1, -1, -1)
                  if holds_data(lines[n]) and indent_width(undashed(lines[n])) <= column), after - 1)
    if typed == after - 1 or indent_width(undashed(lines[typed])) < column:
        return f"第 {after} 行“{excerpt(lines[after - 1])}”"
    name = field_at(typed + 1)
    return (f"第 {typed + 1}–{after} 行的“{_own_name(name)}”" if name
            else f"第 {typed + 1}–{after} 行“{excerpt(lines[typed])}”这一项")


def _own_name(name: str) -> str:
    """A field's own name from validate's name for it (`工作内容` of `第 1 个年度重点工作任务的“工作内容”`,
    `其他资金` of `预算 › 其他资金`): said of a neighbour in the moved key's own mapping, whose owner the moved
    field's name has already said."""
    inner = name[name.rfind("“") + 1:-1] if name.endswith("”") else name
    return inner.rsplit(" › ", 1)[-1]


def _moved_fields(lines: list[str], i1: int, i2: int, field_at: Callable[[int], str | None]) -> str:
    """The fields a moved block holds, named as validate names them (`第 1 个绩效指标的“三级指标”`), those the
    schema does not name quoted by their first line; the keys of those it holds are part of them. Fields of one
    owner name it once (`第 1 个绩效指标的“三级指标”、“备注”`): said before each, a long owner (`第 1 个项目绩效目标表的
    第 2 个绩效指标的`) took most of the line."""
    keyed = data_lines(lines, i1, i2)
    if not keyed:
        return ""
    column = key_column(lines, i1, i2)
    names = [(field_at(n + 1), lines[n]) for n in keyed if indent_width(undashed(lines[n])) == column]
    quoted = [(name if "“" in name else f"“{name}”") if name else f"“{excerpt(line)}”" for name, line in names]
    owner = quoted[0][:quoted[0].rfind("的“") + 1] if "的“" in quoted[0] else ""
    if owner and all(name.startswith(owner + "“") for name in quoted):
        quoted = [quoted[0]] + [name[len(owner):] for name in quoted[1:]]
    return "、".join(quoted) if len(quoted) <= 3 else f"{quoted[0]}等 {len(quoted)} 个字段"


def reindent_words(line: int, old: list[str], new: list[str]) -> str:
    """What fmt does to the indentation of a block of lines it only reindents: said of the first line alone
    (缩进改为 2 格), a block of lines 4 and 6 in read as if every line went to column 2."""
    shifts = {indent_width(b) - indent_width(a) for a, b in zip(old, new) if a.strip()}
    if len(old) == 1 or len(shifts) != 1:
        first = next((n for n, text in enumerate(new) if text.strip()), 0)
        at = "" if len(old) == 1 else f"各行按每层 2 格，第 {line + first} 行"
        return f"{at}缩进改为 {indent_width(new[first])} 格"
    shift = shifts.pop()
    return f"整块{'左' if shift < 0 else '右'}移 {abs(shift)} 格"
