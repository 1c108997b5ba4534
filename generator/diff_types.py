"""The records a diff (diff) hands its report (diff_report): each change, the sums that moved, broke or hold again,
and each spec's whole diff, with the kinds of change and the notes and titles they carry. Apart from the walk, so that
the report and a script reading a diff import no comparison."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .rules.budget_sum import EXACT

RULE, REASON, OLD_REASON = "规则", "理由", "原理由"
"""The details of a silence's change: the silenced rule's title, the reason written after its code, and (a silence
whose reason alone was edited) the reason it had before."""
KINDS = ("changed", "added", "removed", "moved", "renamed", "silenced", "unsilenced", "reason_changed")
REWRITTEN = "只改了写法，目标不变"  # the note of a target typed anew as the same value (`value_comparison.same_writing`)
PLACES_ONLY = "金额不变，只改了小数位"  # the note of an amount typed to other places (`22.15` → `22.150`)


@dataclass
class Change:
    """One change, placed by the form's Chinese names (`绩效指标 › 时效指标 › 补助发放及时率：年度指标值`)."""

    kind: str
    where: str
    # the JSON path of the field or item (`projects[0].indicators[1].value`), as problems write theirs
    # (`datapath.json_path`), so a script joins diff's output with validate's and lint's; its indices are the new
    # spec's, but for a removed list item's own (and a silence taken off within it), which only the old spec has
    path: str
    old: Any = None
    new: Any = None
    # for amounts: new − old, a blank counting as zero; for an item added or removed (a task), ± its amount (`_item_delta`)
    delta: Decimal | None = None
    # for a move on the printed table: what old and new count rows of (`绩效指标`, a block of it: `绩效指标（履职）`),
    # not places in the spec's list; named, as the Word table's own rows include its headings
    rows_of: str | None = None
    details: list[tuple[str, Any]] = field(default_factory=list)  # an added or removed item's fields, by title
    # for an indicator row removed from one table and added to another unchanged (`diff_relocated`): the other table
    # (`项目绩效目标表 › 某项目：绩效指标`), where the removed row went or the added one came from; the summary counts
    # such rows apart (`新增 3 处（其中由另一张表移来 3 处）`), as `新增 15 处` read as fifteen new targets
    relocated: str | None = None
    # an added or removed item's list items (a project's indicators), each by its place in the item as
    # labels (`绩效指标`, `产出指标`, `数量指标`, `举办活动次数`) and its fields by title (a line of text as ("", text)):
    # what the item brings onto the form, not only how many
    rows: list[tuple[tuple[str, ...], list[tuple[str, Any]]]] = field(default_factory=list)
    # notes on some of those rows, by their index in `rows`: where a row of a project deleted went (`移到 …`), or where
    # one of a project added came from (`diff_relocated`)
    row_notes: dict[int, str] = field(default_factory=dict)
    # for an indicator's value, or a row removed: how the edit makes its target easier to meet (`weakening`)
    weakened: str | None = None
    # for an indicator's value or a goal text that weakens nothing: `目标提高`, `成本上限降低`… where the edit asks more (`tightening`)
    tightened: str | None = None
    # for an item removed that held indicator rows (a project, a task): how many of them had a target a reviewer
    # could check, which leave the form with it (its `weakened` is then 目标删除)
    deleted_targets: int = 0
    # for a goal text removed, cleared or cut, or an item holding some (a task): the clauses that stated a target
    # (`target_texts.stated_targets`: `提交提案不少于3篇`; one target written in a task's name and goal once), which
    # leave the form with it too (目标删除 as well); quoted, as the text shown is cut short
    deleted_text_targets: list[str] = field(default_factory=list)
    # why an amount that is not a number has no difference (`number_note`); a target only typed anew (REWRITTEN),
    # an amount only typed to other places (PLACES_ONLY)
    note: str | None = None


def difference(old: Any, new: Any) -> Decimal:
    """new − old, a blank counting as zero; a typed zero is kept (not `or 0`), so 0.00 → 0 is +0.00, not +0. Here, not
    in diff_amounts, as a Total's delta is one too, and these records import no part of the comparison."""
    return EXACT.subtract(Decimal(0 if new is None else new), Decimal(0 if old is None else old))


class NotComputed:
    """The sum of amounts one of which is not a number (`49,41`): BUDGET-SUM leaves such a value out,
    so its figure would be wrong by that amount, and a reviewer would take it for the form's total."""

    def __str__(self) -> str:
        return "（含非数字金额，未计算）"


NOT_COMPUTED = NotComputed()


@dataclass
class Group:
    """A whole 一级 or 二级 of an indicator list added or removed with all its rows (`diff_groups`): `kind` added or
    removed, `level` 一级指标 or 二级指标, `where` its place (`绩效指标 › 产出指标 › 时效指标`), `path` the list's JSON path,
    `rows` the JSON paths of its rows' changes, which stay changes of their own and are counted so.

    Or one renamed with its rows kept (`kind` renamed, `diff_groups.renamed_groups`): `where` the list's place, `under`
    the 一级 a 二级 is under (as the new side names it; None for a 一级), `old` and `new` its names, `rows` the JSON
    paths (the new spec's) of its rows kept, `unchanged` how many of them changed in nothing else, and `head` its one
    change (kind renamed, counted as one), which text and markdown show as the group's line: each row's 二级 edited
    alike read as as many changes."""

    kind: str
    level: str
    where: str
    path: str
    rows: list[str]
    old: str | None = None
    new: str | None = None
    under: str | None = None
    unchanged: int = 0
    head: Change | None = None


@dataclass
class Total:
    """One side of the form's arithmetic (`基本支出 + 项目支出`), before and after."""

    label: str
    old: Decimal | NotComputed | None
    new: Decimal | NotComputed | None
    # the JSON paths (the new spec's) of the amounts its identities add up, on either side: a change of one of them
    # that moved as this sum did says its figures already (`diff_report.shown_totals`); another amount's alike by
    # chance (another project's 预算数 40.00 → 45.00) does not
    checked_with: frozenset[str] = frozenset()

    @property
    def delta(self) -> Decimal | None:
        """None when either sum was not computed."""
        if NOT_COMPUTED in (self.old, self.new):
            return None
        return difference(self.old, self.new)


@dataclass
class Net:
    """How much a list's own amounts (each project's 预算数) moved in all, where no sum of the form adds them
    (`diff_net`): `moved` amounts, changed or added and removed with their item, NOT_COMPUTED where one is not a number."""

    label: str
    delta: Decimal | NotComputed
    moved: int


@dataclass
class SumNote:
    """A sum of the form's arithmetic an edit broke (`budget_sum.Balance.mismatch`) or put right, with the code and JSON
    path validate and lint report it at (or did, before the edit put it right): a sentence alone left a script unable to
    match it to their problem."""

    message: str
    code: str
    path: str


@dataclass
class Unrolled:
    """A later year's spec (`diff_last_year.later_year`: next year's, or one a year further on) whose texts still write
    the old year where `new --from` would have moved it (`diff_last_year.unrolled`): the years, and those texts' places (where, path)."""

    old_year: int
    new_year: int
    places: list[tuple[str, str]]
    # made by `new --from` (its 上年指标值 hold the old year's targets, `Differ.carried`): the old year was typed in
    # after, and generating it again is no advice
    rolled_over: bool = False


@dataclass
class SpecDiff:
    """Everything that changed in one spec; `status` is added, removed, changed, equal, or renamed (its
    file renamed, its content equal)."""

    path: str
    title: str
    status: str
    changes: list[Change] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)
    net: list[Net] = field(default_factory=list)  # a list's own amounts' net change, where the form sums them nowhere
    balance: list[SumNote] = field(default_factory=list)  # identities that stopped holding (an added spec's that do not hold)
    restored: list[SumNote] = field(default_factory=list)  # identities that hold again: no warning, the edit fixed them
    # amounts changed and every sum of the form's arithmetic holds, before and after: said, as a reviewer asks whether
    # the money still adds up, and silence (no ⚠️) answered only one who knew that a broken sum is warned of
    balanced: bool = False
    # whether the sums of the form's arithmetic all held before the edit and all hold after it (`_sums_hold`: None for
    # a side with none, or one not computed), for json, whose reader cannot tell from `balance` a sum broken all along;
    # None for a spec added or removed, not compared with another
    sums_hold: tuple[bool | None, bool | None] | None = None
    renamed: tuple[str, str] | None = None  # (old name, new name) of a renamed spec file
    # (old year, new year) of a file renamed as its spec's year moved, two year folders compared: said once in the
    # summary (`按年度对照：2026 → 2027`), not as a rename of every file nor as each one's 年度 line; a file renamed other
    # than by the year (a unit renamed between the years, `diff_files.named_by_year`) still says its rename. Also an
    # added spec's 与上年 section's (`last_year`), whose heading says the two years
    by_year: tuple[int, int] | None = None
    contents: list[tuple[str, int]] = field(default_factory=list)  # an added or removed file's lists, by length
    # an added or removed file's money: the amounts outside its lists, then the sums of its arithmetic, by name
    amounts: list[tuple[str, Any]] = field(default_factory=list)
    retyped: bool = False  # equal, yet the file's text changed: its layout (jixiao fmt) or its comments
    # items of its lists put in another order the form does not print (indicators within their 一级 and 二级): kind
    # "moved", old and new their places in the spec's list; beside other changes too, which the reports count in a line
    reordered: list[Change] = field(default_factory=list)
    # whole 一级 and 二级 added or removed with all their rows (`diff_groups`), headings above those rows' changes
    groups: list[Group] = field(default_factory=list)
    # changes left out as only the budget year moved on, the new spec being the old one's next year (`diff_last_year.next_year`)
    years_moved: int = 0
    # next year's spec with texts still of the old year (its year edited, its texts not rolled over); None otherwise
    unrolled: Unrolled | None = None
    # an added spec compared with last year's of its form and unit (`diff_last_year`), its path that file's:
    # the year-on-year edits a pull request adding next year's spec makes
    last_year: SpecDiff | None = None
    # an added spec whose old draft could not be read or compared (`diff_files._repaired`): a pull request fixing a
    # broken spec, not adding one; labelled so, as 新增的规格文件 read as a new file and only the summary told otherwise.
    # Or a removed spec that could not be read (`diff_files._deleted`): a pull request deleting a broken file, listed by
    # its name alone, where it was exit 2 as if the change broke it
    was_broken: bool = False
