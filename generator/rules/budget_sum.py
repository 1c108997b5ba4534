"""BUDGET-SUM: the form's arithmetic holds to the cent.

The profile lists each identity (`sums`): the parts add up to the total (`eq`), or stay
within it (`le`, e.g. key-task funds within 项目支出, where the form allows less).
Pass: 基本支出 610.85 + 项目支出 78.56 = 财政拨款 689.41 + 其他资金 0.00.
Fail: 基本支出 610.85 + 项目支出 78.56 against 财政拨款 689.40.
A blank amount (null) counts as zero. A sum that fails names the blanks on its lower side
(`基本支出（空，按 0 计）`): filling one in could close the gap, and a sum that left it out without a word read as if
the amount had been typed and was wrong. A blank on the higher side cannot be why (filling it in widens the gap),
and is not named: it is most often a cell the form leaves empty on purpose (其他资金 with none, `null`). Unless it
is among the amounts a side lists (`群众工作 空`): shown there, it is said to count as 0 as on the lower side, not left
for the reader to wonder whether an empty amount was added.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import MAX_PREC, Context, Decimal
from itertools import groupby
from typing import Any, Iterator, NamedTuple

from ..datapath import json_path
from .. import datapath
from ..problems import Problem, Severity, clipped_name
from ..typed_numbers import is_number

ID = "BUDGET-SUM"


EXACT = Context(prec=MAX_PREC)
"""Sums and differences of amounts as typed: the default 28 digits would round 610.850…001 away."""

_ADDENDS_SHOWN = 5  # amounts of a list's items a mismatch names; more: their count, and 等 (single fields: all)
_ADDEND_NAME = 10  # characters of an item's name beside its amount: a task named as a sentence kept the line short


def to_the_cent(amount: Decimal) -> str:
    """An amount in 万元 to the cent at least (`12.50`, as the form prints amounts, not `12.5` beside `−12.50` in diff's
    totals), and to every place it has beyond (`0.004`): never rounded, so a small difference is not shown as none.
    Zeros past the cent are no places it has (`52.070 − 52.06` is `0.01`, not `0.010`)."""
    places = max(2, -amount.normalize(EXACT).as_tuple().exponent)
    return f"{amount:.{places}f}"


def alike(*amounts: Decimal) -> list[str]:
    """The figures of one message, each with the same decimals: to the cent at least, as `to_the_cent` writes diff's
    differences of the same sums, and to the most the author typed beyond. A sum keeps the most decimals of its
    amounts and a difference those of both sums, so none is rounded, only padded. Each as it came out,
    `基本支出 + 项目支出 = 366.1，与 财政拨款 + 其他资金 = 0.00 不相等（相差 366.10 万元）` wrote one figure two
    ways; now 366.10 throughout, and 689.400 against 689.41 is 689.410, 相差 0.010."""
    from ..amount_places import places  # it reads EXACT from this module
    most = max(2, *map(places, amounts))
    return [f"{amount:.{most}f}" for amount in amounts]


class Addend(NamedTuple):
    """An amount a side added, listed when the side has a list's field (see `_total`)."""

    title: str | None
    """A single field's title; None for a list's item, named by the item (`_addend`)."""
    where: tuple
    value: Any
    name: str
    """The side's name of the field it is of, as `_total` names it (and its blank note is keyed)."""


def _total(ctx, scope: tuple, paths: list[str]) -> tuple[Decimal, list[tuple], list[str], dict[str, str], list[Addend]]:
    """The side's sum, where its amounts are, their names, a note for each name whose amounts are blank, and, on a
    side with a list's field, each amount it added (Addend). A single field beside the list is listed too:
    `基本支出 + 各项任务的总额之和 = 181.61（海外联谊 17.68、…）` read as if the tasks alone made 181.61."""
    total, found, names, blanks, rows, listed = Decimal(0), [], [], {}, [], False
    base = datapath.get(ctx.data, scope)
    for path in paths:
        hits = list(datapath.find(base, path, scope))
        for where, value in hits:
            if is_number(value):
                total = EXACT.add(total, value)
            found.append(where)
        if hits:
            names.append(_name(ctx, hits[0][0], path))
            blank = sum(value is None for _, value in hits)
            if blank:
                blanks[names[-1]] = _blank_note(blank, len(hits), ".*" in path)
        listed = listed or ".*" in path
        rows += [Addend(None if ".*" in path else names[-1].rpartition(" › ")[2], where, value, names[-1])
                 for where, value in hits]
    return total, found, names, blanks, rows if listed else []


def _addend(ctx, row: Addend, titles: Counter) -> str:
    """An amount a side added: a list's by its item's name (cut short) or number, `海外联谊 17.68`, `第 3 项 空`; a
    single field's by its `title`, `基本支出 141.74`. Where two listed read alike (a task copied, or two names cut
    to one head), by its line too: `门户网站建设及聘用人…（第 37 行） 14.76`."""
    title = _title(ctx, row)
    where = row.where if row.title is not None else _item(row) + ("name",)  # an item's line: the name it is cut from
    line = f"（第 {ctx.locate(where)[0]} 行）" if titles[title] > 1 else ""
    value = row.value
    amount = "空" if value is None else f"{value:f}" if isinstance(value, Decimal) else str(value)
    return f"{title}{line} {amount}"


def _title(ctx, row: Addend) -> str:
    if row.title is not None:
        return row.title
    item = _item(row)
    return clipped_name(ctx.item_name(item), _ADDEND_NAME) or f"第 {item[-1] + 1} 项"


def _item(row: Addend) -> tuple:
    """The path of the list item a list's amount is of."""
    return row.where[:max(n for n, step in enumerate(row.where) if isinstance(step, int)) + 1]


def _addends(ctx, rows: list[Addend]) -> str:
    """`（海外联谊 17.68、群众工作 3）` after a sum of a list's amounts, the first few of many and how many in all: a
    mismatch that named only the sum sent the reader to add up the items to find the wrong one."""
    if not rows:
        return ""
    listed = _listed(rows)
    titles = Counter(_title(ctx, row) for shown, _ in listed for row in shown)
    said = ["、".join(_addend(ctx, row, titles) for row in shown) + (f" 等 {count} 项" if count > len(shown) else "")
            for shown, count in listed]
    return f"（{'、'.join(said)}）"


def _listed(rows: list[Addend]) -> list[tuple[list[Addend], int]]:
    """The amounts a side lists, field by field, and how many the field has: a single field's always (a side adds a
    few), a list's first few. Counted over all, a 基本支出 added after a list of twelve tasks was hidden in 等 13 项."""
    fields = [list(added) for _, added in groupby(rows, key=lambda row: row.name)]
    return [(added if added[0].title is not None else added[:_ADDENDS_SHOWN], len(added)) for added in fields]


def _shown_blank(rows: list[Addend]) -> set[str]:
    """The names of the fields with a blank amount among those a side lists (`群众工作 空`)."""
    return {row.name for shown, _ in _listed(rows) for row in shown if row.value is None}


def _blank_note(blank: int, hits: int, listed: bool) -> str:
    """`（空，按 0 计）` after a blank field's name; a list's field says how many of its items are blank."""
    if not listed:
        return "（空，按 0 计）"
    return "（都是空的，按 0 计）" if blank == hits else f"（有 {blank} 项是空的，按 0 计）"


def _name(ctx, where: tuple, path: str) -> str:
    """The field's title; under a nested group also the group's ("基本支出 › 半年计划执行数"); a list's field
    summed over its items, by the item's title too ("各张明细表的金额之和"). In a list within a list, the inner list's
    items, whose amounts are added and which `_addend` names one by one: `各张项目表的…之和（执行时限 …）` named the
    projects, and the amounts after it the indicators."""
    parts = ctx.titles(where)
    if ".*" in path:
        index = max(n for n, step in enumerate(where) if isinstance(step, int))
        item = ctx.store.chain(ctx.variant.schema_path.name, where[:index + 1])[-1][1].get("title") or parts[index - 1]
        return f"{each_of(item)}的{parts[-1]}之和"
    return " › ".join(parts[-2:]) if len(where) > 2 and not isinstance(where[-2], int) else parts[-1]


def sum_label(addends: list[str]) -> str:
    """`预算规模（万元） › 其中：财政资金 + 其他资金`: addends in one group name the group once, not each time
    (`年度预算申请（万元） › 基本支出 + 年度预算申请（万元） › 项目支出` read the group twice in one sum)."""
    groups = {name.rpartition(" › ")[0] for name in addends}
    if len(addends) < 2 or len(groups) != 1 or "" in groups:
        return " + ".join(addends)
    return f"{groups.pop()} › " + " + ".join(name.rpartition(" › ")[2] for name in addends)


def each_of(item: str) -> str:
    """`各张明细表`, `各项任务`, `各项目`: every item of a list, with the measure word Chinese
    gives it (a bare 各项 before the field read as the tasks where the items are forms)."""
    return f"各张{item}" if item.endswith("表") else f"各{item}" if item.startswith("项") else f"各项{item}"


@dataclass
class Balance:
    """One identity of the profile's `sums` evaluated on one spec, at one scope (`()` for the whole spec)."""

    identity: dict
    scope: tuple
    parts: Decimal
    part_paths: list[tuple]
    part_names: list[str]
    total: Decimal
    total_paths: list[tuple]
    total_names: list[str]
    part_blanks: dict[str, str] = field(default_factory=dict)
    total_blanks: dict[str, str] = field(default_factory=dict)
    """A note after each name of a side whose amounts are blank (null), said in `mismatch` only, on the lower side
    and where a blank is among the amounts listed (see the module docstring): `left` and `right` stay the identity's
    name, which `jixiao diff` matches between two drafts."""
    part_rows: list[Addend] = field(default_factory=list)
    """Each amount the parts added when one of them is a list's field (`_total`): a mismatch that named only the sum
    sent the reader to add up the items to find the wrong one. Said in `mismatch` only, as `part_blanks` are: `left`
    stays the identity's name, which `jixiao diff` matches between two drafts."""
    total_rows: list[Addend] = field(default_factory=list)
    """The same for the total's side (`part_rows`)."""
    ctx: Any = field(default=None, repr=False, compare=False)
    """The rule context it was evaluated in, which names those amounts' items when a mismatch lists them: named only
    then, as a spec whose sums hold has no use for the names."""

    @property
    def relation(self) -> str:
        return self.identity.get("relation", "eq")

    @property
    def left(self) -> str:
        return sum_label(self.part_names)

    @property
    def right(self) -> str:
        return sum_label(self.total_names)

    def _said(self, names: list[str], blanks: dict[str, str], lower: bool, rows: list[Addend]) -> str:
        listed = _shown_blank(rows)
        return sum_label([name + (blanks.get(name, "") if lower or name in listed else "") for name in names])

    @property
    def holds(self) -> bool:
        return self.parts == self.total if self.relation == "eq" else self.parts <= self.total

    @property
    def mismatch(self) -> str:
        """What is wrong when it does not hold, in words. Blanks are named on the lower side, the only one where
        filling one in could close the gap: the smaller sum of an equality, and the cap a `le` part is over; on the
        higher side only where listed among its amounts (`空`), so that one is not left unexplained."""
        parts_lower = self.parts < self.total
        parts, total, gap = alike(self.parts, self.total, abs(EXACT.subtract(self.parts, self.total)))
        left = (f"{self._said(self.part_names, self.part_blanks, parts_lower, self.part_rows)} = {parts}"
                f"{_addends(self.ctx, self.part_rows)}")
        right = (f"{self._said(self.total_names, self.total_blanks, not parts_lower, self.total_rows)} = {total}"
                 f"{_addends(self.ctx, self.total_rows)}")
        if self.relation == "eq":
            return f"{left}，与 {right} 不相等（相差 {gap} 万元）"
        return f"{left}，超过了 {right}（多出 {gap} 万元）"

    @property
    def advice(self) -> str:
        """What the amounts should be, after the mismatch: the side a part may not exceed named again, so the
        sentence does not end on 应不超过 with nothing after it."""
        return "应相等，请核对金额" if self.relation == "eq" else f"应不超过{self.right}，请核对金额"

    @property
    def code(self) -> str:
        """The problem's code: the identity's own (TASK-SUM) or BUDGET-SUM."""
        return self.identity.get("code", ID)

    @property
    def path(self) -> str:
        """The problem's JSON path (`located`), which `jixiao diff` gives a sum it says no longer holds, so a script
        matches the two."""
        return json_path(self.located)

    @property
    def located(self) -> tuple:
        """Where to report it: the total an equality misses; the first part over a cap of single fields (半年计划执行数
        over 全年预算数); for a list's amounts over a cap, the one amount that alone can explain the excess (the only
        one at least as large as it: 7.24 typed 72.4 among tasks of 1.50 to 22.15), else the cap. The first part,
        reported before, was a line nobody had changed (task 1's 1.50 for task 2's slip); when several amounts or
        none could account for the excess, no one of them is the place, and the cap they all go against is: the
        sum and its items are listed in the message."""
        if self.relation == "eq":
            return self.total_paths[0]
        if not self.part_rows:  # single fields (半年计划执行数 over 全年预算数): the part is the place
            return self.part_paths[0]
        excess = EXACT.subtract(self.parts, self.total)
        covering = [row.where for row in self.part_rows if _amount(row.value) >= excess]
        return covering[0] if len(covering) == 1 else self.total_paths[0]


def _amount(value: Any) -> Decimal:
    """An addend's amount as a number: a blank (null) or a value no number counts as zero, as `_total` adds it."""
    return Decimal(value) if is_number(value) else Decimal(0)


def sides(ctx, identities: list[dict] | None = None) -> Iterator[tuple[dict, tuple, tuple, tuple]]:
    """Every identity (the profile's `sums` unless given) at every scope, with each side's sum, where its amounts are,
    their names, blank notes and addends (`_total`), whether or not the side has amounts. `jixiao diff` reads a side
    whose other side has none: a blank 资金总额 taken out moved no sum checked against it."""
    for identity in ctx.variant.sums if identities is None else identities:
        scopes = [where for where, _ in datapath.find(ctx.data, identity["scope"])] if identity.get("scope") else [()]
        for scope in scopes:
            yield identity, scope, _total(ctx, scope, identity["parts"]), _total(ctx, scope, identity["total"])


def balances(ctx, identities: list[dict] | None = None) -> Iterator[Balance]:
    """Every identity (the profile's `sums` unless given) at every scope where both sides have amounts.

    Also used by `jixiao diff`, and by lint for the extra identities of a profile's `lint.sums`.
    """
    for identity, scope, part_side, total_side in sides(ctx, identities):
        parts, part_paths, part_names, part_blanks, part_rows = part_side
        total, total_paths, total_names, total_blanks, total_rows = total_side
        if part_paths and total_paths:
            yield Balance(identity, scope, parts, part_paths, part_names, total, total_paths, total_names,
                          part_blanks, total_blanks, part_rows, total_rows, ctx)


def check(ctx) -> Iterator[Problem]:
    for balance in balances(ctx):
        if not balance.holds:
            yield _problem(ctx, balance)


def _problem(ctx, balance: Balance) -> Problem:
    identity, scope = balance.identity, balance.scope
    severity = Severity(identity.get("severity", "error"))
    where = scope + ("",) if scope else ()
    prefix = f"{ctx.field_name(scope)}：" if scope else ""
    message = f"{prefix}{balance.mismatch}；{balance.advice}"
    line, column = ctx.locate(balance.located or where)
    return Problem(ctx.path, line, column, severity, balance.code, message, balance.path)
