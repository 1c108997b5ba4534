"""Amounts a document counts in 元 where its form counts 万元: read in 万元, or read as typed and said so.

A header cell (预算金额（元）, 金额/元, 预算金额（单位：元） where the form prints 预算金额（万元）) or a line
(单位：元 for the form's 单位：万元) says the amounts it heads are in 元. They were read as typed, each ten thousand times too much in
a spec that counts 万元, and a warning for every such cell told the clerk to divide them by hand (five
warnings for one form). Now the amounts under such a cell (in its columns, down to its table's next header
row over them) or after such a line (down to the form's next unit line) are divided by 10000, exactly
(`in_wan`), and one warning for each table, or for the lines of one wording, says which cells said 元, how
many amounts were converted, and one of them before and after, for the clerk to check.

A side label saying 元 (部门整体资金（元）) heads the amounts right of it in its rows alike, and a header, label or
line saying 千元 the amounts under it, divided by 10.

A header saying 元 is not always the truth: a clerk relabels a column and goes on typing 万元. Where the
amounts or the form's own sums say otherwise (`read_in_wan`) they are read as typed, and the warning says
why, once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from .amount_places import SMALL, in_wan
from .docx_match_types import Capture, HeaderCell, Heading, Result, Unplaced
from .docx_pattern import Line, fold, norm, walk
from .header_notes import counted_in, line_unit, worded_otherwise
from .load import Spec
from .problems import Problem, Severity
from .rules import RuleContext
from .rules.budget_sum import EXACT, balances
from .schema_store import SchemaStore
from .value_kinds import SHIFTS
from .variants import Variant

@dataclass
class InYuan:
    """The cells (of one table) or lines saying 元 where the form says 万元, and what was read under or after them."""

    said: list[HeaderCell]
    captures: list[Capture]
    unit: str  # 元, or 千元 (value_kinds.SHIFTS)
    which: str  # where its amounts are, as a warning says: COLUMNS, ROWS (beside a side label) or AFTER (a line's)


COLUMNS, ROWS, AFTER = "这几栏", "这几行", "其后"


def yuan_scopes(found: Result, pattern: list) -> tuple[list[InYuan], list[Unplaced]]:
    """The header cells saying 元 of each table, with the captures in their columns below them, and the side labels
    saying 元, with the captures right of them in their rows; each line saying 元 (单位：元), with the captures
    after it; and found.unplaced without those lines, which their scope's warning names. A capture is in one
    scope at most: the first that heads it."""
    tables: dict[tuple, InYuan] = {}  # by the table's last row, a side label by its first
    taken: set[int] = set()
    for heading in found.headings:
        for cell in (c for c in heading.cells if counted_in(c.text, c.label)):
            unit = counted_in(cell.text, cell.label)
            scope = tables.setdefault((heading.side, heading.at if heading.side else heading.last, unit),
                                      InYuan([], [], unit, ROWS if heading.side else COLUMNS))
            scope.said.append(cell)
            heads = _beside if heading.side else _under
            scope.captures += _take(taken, (c for c in found.captures if heads(c, cell, heading, found.headings)))
    units = [item.text for item in walk(pattern) if isinstance(item, Line) and item.static and "万元" in norm(item.text)]
    said, unplaced = [], []
    for u in found.unplaced:
        label = next((text for text in units if line_unit(u.text, text)), None)
        if label is None or u.at is None:
            unplaced.append(u)
        else:
            said.append((u, label, line_unit(u.text, label)))
    ends = sorted([line.at for line in found.lines if line.text in units] + [u.at for u, _, _ in said])
    lines = []
    for u, label, unit in said:
        end = next((at for at in ends if at > u.at), None)
        after = (c for c in found.captures if c.at is not None and u.at < c.at and (end is None or c.at < end))
        lines.append(InYuan([HeaderCell(u.where, u.text, label)], _take(taken, after), unit, AFTER))
    return [*tables.values(), *lines], unplaced


def _take(taken: set[int], captures) -> list[Capture]:
    """The captures no scope has taken yet, now taken (`taken`: their ids)."""
    got = [c for c in captures if id(c) not in taken]
    taken.update(id(c) for c in got)
    return got


def _beside(capture: Capture, cell: HeaderCell, heading: Heading, _: list[Heading]) -> bool:
    """Whether a capture was read right of a side label, in its rows."""
    return capture.column is not None and capture.at is not None and heading.at <= capture.at <= heading.last \
        and capture.column >= cell.column + cell.span


def _under(capture: Capture, cell: HeaderCell, heading: Heading, headings: list[Heading]) -> bool:
    """Whether a capture was read in a header cell's columns, below it in its table, above the table's next
    header row heading that column (事业发展性支出 | 预算金额（万元） under the rows of 预算金额（元））."""
    if capture.column is None or capture.at is None or not heading.at < capture.at <= heading.last:
        return False

    def heads(c: HeaderCell) -> bool:
        return c.column <= capture.column < c.column + c.span

    def ends(c: HeaderCell) -> bool:
        """A cell heading the capture's column anew; not one of those dividing the 元 cell's columns under it
        (预算金额（元） over 总额 | 财政拨款)."""
        inside = cell.column <= c.column and c.column + c.span <= cell.column + cell.span
        return heads(c) and not (inside and c.span < cell.span)

    return heads(cell) and not any(heading.at < other.at < capture.at and other.last == heading.last
                                   and any(map(ends, other.cells)) for other in headings)


@dataclass
class _Read:
    """One scope's amounts, and how `read_in_wan` reads them."""

    scope: InYuan
    amounts: list[tuple[Capture, Decimal]]
    looks: str | None  # `fine` or `small` where the amounts look like 万元 (`_looks_in_wan`)
    converted: bool = False
    sums: tuple[str, ...] = ()  # the identities of the form's arithmetic that decided, holding only as read
    typed: bool = False  # whether amounts were read typed with their own unit (6108500元), left out of `amounts`

    @property
    def ids(self) -> set[int]:
        return {id(capture) for capture, _ in self.amounts}

    @property
    def why(self) -> str | None:
        """Why the amounts were read as typed (the arithmetic, or how they look); None when converted."""
        return None if self.converted else "sums" if self.sums else self.looks


def read_in_wan(source: str, scopes: list[InYuan], value: Callable[[Capture], object],
                spec_data: Callable[[dict[int, str]], dict], variant: Variant,
                store: SchemaStore) -> tuple[dict[int, str], list[Problem]]:
    """The captures (by id) to read in 万元, each with the unit it was typed in, and the warnings saying what was
    done: one for each table's header cells, one for the lines of a wording read alike. `value` is a capture's
    value as the spec holds it; `spec_data(ids)` the spec's data with those captures converted; `variant` and
    `store` check its sums.

    Each scope's amounts are converted unless they look like 万元 (`_looks_in_wan`); then the form's arithmetic
    has its say, scope by scope: where reading a scope's amounts the other way makes an identity of the
    profile's `sums` hold (BUDGET-SUM, to the 分) and breaks none, they are read that way. A 元 header over some
    of an identity's amounts only (the others under 万元) is so told apart; over all of them, dividing them
    alike keeps every sum as it was, and how they look decides. A `le` identity (key tasks within 项目支出)
    is no evidence: dividing its parts can only help it."""
    reads = []
    for scope in scopes:
        read = [(c, v) for c in scope.captures if c.lines is not None and isinstance(v := value(c), Decimal)]
        amounts = [(c, v) for c, v in read if not _own_unit(c)]
        looks = _looks_in_wan([v for _, v in amounts]) if scope.unit == "元" else None  # 千元: no look to tell
        reads.append(_Read(scope, amounts, looks, converted=looks is None, typed=len(amounts) < len(read)))
    units = {i: read.scope.unit for read in reads for i in read.ids}
    converted = {i for read in reads if read.converted for i in read.ids}
    for read in (read for read in reads if read.amounts):
        now = _holding(spec_data({i: units[i] for i in converted}), variant, store, source)
        other = _holding(spec_data({i: units[i] for i in converted ^ read.ids}), variant, store, source)
        if other - now and not now - other:
            converted ^= read.ids
            read.converted, read.sums = not read.converted, tuple(sorted(other - now))
    return {i: units[i] for i in converted}, _notes(source, reads)


def _own_unit(capture: Capture) -> bool:
    """Whether the amount was typed with its unit (61.08万元, 6108500元): in that unit whatever its column or line
    says (Fields.value reads it so)."""
    return typed_unit(fold("\n".join(capture.lines)))[1] is not None


_SHORT = {unit[:-1]: unit for unit in ("万元", *SHIFTS) if unit != "元"}  # 万 for 万元, 千 for 千元
_TYPED = re.compile(r"(.*?)\s*(" + "|".join([*(f"{short}元?" for short in _SHORT), "元"]) + r")\s*", re.DOTALL)


def typed_unit(text: str) -> tuple[str, str | None]:
    """An amount's text (folded) without the unit typed after it, and that unit: 万元 (万 as often), 元 or 千元 (千
    too: a number format's `0.0,"千"` shows 785600 as 785.6千)."""
    said = _TYPED.fullmatch(text)
    return (text, None) if said is None else (said[1], _SHORT.get(said[2], said[2]))


def mistyped(amount: Decimal, unit: str) -> str | None:
    """Why an amount typed with 元 in a place of the form's 万元 (78.56元, 1.50元) looks like 万元 all the same, as
    amounts under a header saying 元 do (`_looks_in_wan`): its 元 a slip, it is read as typed; None where it does not
    (6108500元), or the unit is another (千元: no look to tell)."""
    return _looks_in_wan([amount]) if unit == "元" else None


def looks_so(why: str, amounts: list[Decimal], which: str) -> str:
    """Why amounts said to be in 元 look like 万元 (`why`: `fine` or `small`), as a warning says it; `which` names the
    amounts before 不到 (这几栏的金额都)."""
    if why == "fine":
        return f"{next(filter(_past_fen, amounts)):f} 有分以下的小数，不是以元为单位的金额"
    shown = "、".join(f"{a:f}" for a in amounts[:3]) + ("等" if len(amounts) > 3 else "")
    return f"{which}不到 {SMALL}（{shown}）"


def _looks_in_wan(amounts: list[Decimal]) -> str | None:
    """Whether amounts said to be in 元 look like 万元: `fine`, digits past the 分 (61.0855), no amount in 元;
    `small`, all below 1000 (610.85, 78.56: budget lines under 0.1 万元 each are a table typed in 万元)."""
    if any(map(_past_fen, amounts)):
        return "fine"
    if any(amounts) and all(abs(a) < SMALL for a in amounts):
        return "small"
    return None


def _past_fen(amount: Decimal) -> bool:
    """Whether an amount has digits past the 分 (the second place), which no amount in 元 has."""
    return amount != amount.quantize(Decimal("0.01"), context=EXACT)


def _holding(data: dict, variant: Variant, store: SchemaStore, source: str) -> set[str]:
    """The identities of the form's arithmetic that must hold (`eq`) and do, as a warning names them."""
    context = RuleContext(Spec(source, data), variant, store)
    return {f"{b.left} = {b.right}" for b in balances(context) if b.relation == "eq" and b.holds}


def _notes(source: str, reads: list[_Read]) -> list[Problem]:
    """One warning for each table's header cells; the lines of one wording read alike, one warning for all. None
    where every amount was typed with its unit (6108500元 under 预算金额（元））: import_notes' IMPORT-UNIT says how
    they were read, and 'no amount read' would deny it."""
    groups: dict[tuple, list[_Read]] = {}
    for read in (read for read in reads if read.amounts or not read.typed):
        said = read.scope.said[0]
        key = (id(read),) if read.scope.which != AFTER else (said.text, said.label, read.why, not read.amounts,
                                                                read.scope.unit)
        groups.setdefault(key, []).append(read)
    return [_note(source, group) for group in groups.values()]


def _note(source: str, group: list[_Read]) -> Problem:
    """The warning for a group of scopes read alike: the cells or lines saying 元, what was done and why."""
    cells = worded_otherwise([cell for read in group for cell in read.scope.said])
    amounts = [amount for read in group for _, amount in read.amounts]
    sums = "、".join(dict.fromkeys(identity for read in group for identity in read.sums))
    which, unit = group[0].scope.which, group[0].scope.unit
    divide = f"除以 {10 ** SHIFTS[unit]}"
    why = group[0].why
    if not amounts:
        message = f"{cells}：{which}没有读到金额，没有换算；请核对"
    elif why is None:
        message = (f"{cells}：{which}的金额以{unit}为单位，已换算成万元读进规格，共 {len(amounts)} 个"
                   f"（{divide}，如 {amounts[0]:f} {unit} → {in_wan(amounts[0], unit):f} 万元"
                   f"{f'；换算后 {sums} 才相等' if sums else ''}）；请核对")
    else:
        because = f"按原数读 {sums} 相等，换算成万元就不相等了" if why == "sums" else \
            looks_so(why, amounts, f"{which}的金额都")
        message = (f"{cells}，但{because}，看来是以万元为单位的：按原数读进，没有换算；"
                   f"如果确实以{unit}为单位，请在规格中把这些金额{divide}（或先把表上的金额改成万元再导入）")
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER", message)
