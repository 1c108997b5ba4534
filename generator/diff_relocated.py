"""An indicator row cut from one table and pasted unchanged into another table of its kind (from one project's 绩效指标
into another's). Each table is compared alone (`Differ._sequence`), so the row reads as removed from one and added to
the other; its removal is no 目标删除: the target is still on the form. A reviewer told `目标删除` counted a commitment
dropped that was only moved, and the summary said so too. Both changes stay listed (each table did change), each
saying where the row went or came from. So is a row of a project deleted (or added) whole, pasted into another project
(or cut from one): a unit merging two projects into one read as all the deleted one's targets dropped (目标删除：含 13
项可核查的指标), while each was on the form still; the project's listing says so of each such row, and counts as deleted
only the targets that left the form."""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Collection, Iterable
from typing import Any

from .diff_types import Change
from .diff_weakening import retyped
from .lint.config import PRIOR_VALUE
from .load import fingerprint
from .weakening import DELETED_TARGET


@dataclass
class RowEnd:
    """One end of a row that may have moved between tables: the table's pattern (`projects[*].indicators`) and place
    (`项目绩效目标表 › 某项目：绩效指标`), the row as typed and its change (removed or added). A row of a project
    removed or added whole is no change of its own: `listed` is its index among the rows its project's change lists
    (`Change.rows`), and `counted` whether it is among that change's `deleted_targets`."""

    pattern: str
    table: str
    row: Any
    change: Change
    listed: int | None = None
    counted: bool = False

    def say(self, note: str, other: str) -> None:
        """Note where the row went or came from (the table `other`): after its change's own note (`与第 3 个绩效指标
        同名`), and as its `relocated`, which the summary counts; or beside its line in its project's listing, the
        project being the change counted."""
        if self.listed is None:
            self.change.note = "；".join(filter(None, (self.change.note, note)))
            self.change.relocated = other
        else:
            self.change.row_notes[self.listed] = note

    def kept(self) -> None:
        """The row removed is on the form still: no 目标删除 of its own, nor one counted in its project's."""
        change = self.change
        if self.listed is None:
            change.weakened = None if change.weakened == DELETED_TARGET else change.weakened
            return
        change.deleted_targets -= self.counted
        if change.weakened == DELETED_TARGET and not (change.deleted_targets or change.deleted_text_targets):
            change.weakened = None


def _key(pattern: str, row: Any, target: str | None) -> str:
    """What a moved row keeps as typed: all its fields but its 上年指标值, which next year's spec adds to every row,
    and its target, compared as a value (`relocate`) (written out, as a fingerprint holds lists)."""
    kept = {k: v for k, v in row.items() if k not in (PRIOR_VALUE, target)} if isinstance(row, dict) else row
    return repr((pattern, fingerprint(kept)))


def _whole_key(pattern: str, row: Any, target: str | None) -> str:
    """The row as typed, its target too (`_key` and the target)."""
    return repr((_key(pattern, row, target), row.get(target) if isinstance(row, dict) else None))


def shared_rows(tables: Iterable[tuple[str, list]], target: str | None) -> set[str]:
    """The rows (`_whole_key`) that two or more of the old spec's tables (each its pattern and rows) hold alike:
    boilerplate written into many projects (`预算执行率 100%`, `单位工作人员满意度 ≥95%`), which a new project holds
    as well whether or not any of its rows came from a deleted one (`relocate`)."""
    holders: dict[str, set[int]] = {}
    for n, (pattern, rows) in enumerate(tables):
        for row in rows:
            holders.setdefault(_whole_key(pattern, row, target), set()).add(n)
    return {key for key, tables in holders.items() if len(tables) > 1}


def _same_target(cut: RowEnd, paste: RowEnd, target: str | None) -> bool:
    """Whether the row kept its target (`target`, the column of the year's target): the same, or typed another way
    (`≥95％` pasted as `≥95%`: `retyped`), which in place diff notes `只改了写法，目标不变` and was here 目标删除."""
    if not (isinstance(cut.row, dict) and isinstance(paste.row, dict)):
        return True
    was, now = cut.row.get(target), paste.row.get(target)
    return was == now or retyped(was, now)


def _merged_whole(cuts: list[RowEnd], waiting: dict[str, list[RowEnd]], target: str | None) -> set[tuple[str, str]]:
    """The (from, to) tables of each project deleted whose every row reappears in one other table (`waiting`, the rows
    added by `_key`): a project merged whole into another. A project copied from another (the same rows under another
    name) holds only rows the old spec holds elsewhere too (`shared_rows`): merged into a third, none of its rows
    moved, and its deletion read as 目标删除 of every target that was still on the form."""
    rows: dict[str, list[RowEnd]] = {}
    for cut in cuts:
        if cut.listed is not None:  # a row of a project removed whole
            rows.setdefault(cut.table, []).append(cut)
    linked: set[tuple[str, str]] = set()
    for table, ends in rows.items():
        holders = [{end.table for end in waiting.get(_key(cut.pattern, cut.row, target), [])
                    if end.table != table and _same_target(cut, end, target)} for cut in ends]
        linked |= {(table, to) for to in set.intersection(*holders)}
    return linked


def relocate(cuts: list[RowEnd], pastes: list[RowEnd], target: str | None,
             shared: Collection[str] = frozenset()) -> None:
    """Mark each row removed (`cuts`) that reappears unchanged among the rows added to another table of its kind
    (`pastes`, each taken once, in order), its target (the column `target`) the same value: the removal says where
    the row went and is no 目标删除; the addition says where it came from (after any note of its own,
    `与第 3 个绩效指标同名`).

    A row the old spec held alike in several tables (`shared`, `shared_rows`) moved only beside a row of its own
    between the same two tables (a project merged into another with its boilerplate), or with every row of a project
    deleted into one table (`_merged_whole`): a deleted project's `预算执行率 100%` read as moved to an unrelated new
    project holding the same boilerplate, and its target was not counted as 目标删除, though nothing of the deleted
    project was left on the form."""
    waiting: dict[str, list[RowEnd]] = {}
    for paste in pastes:
        waiting.setdefault(_key(paste.pattern, paste.row, target), []).append(paste)
    # (from, to) tables boilerplate may move between: a project merged whole, and each a row of its own moved between
    linked = _merged_whole(cuts, waiting, target)
    ordered = sorted(((_whole_key(cut.pattern, cut.row, target) in shared, cut) for cut in cuts),
                     key=lambda pair: pair[0])
    for boilerplate, cut in ordered:  # a row of its own first, which links its two tables
        ends = waiting.get(_key(cut.pattern, cut.row, target), [])
        paste = next((end for end in ends if end.table != cut.table and _same_target(cut, end, target)
                      and (not boilerplate or (cut.table, end.table) in linked)), None)
        if paste is None:
            continue
        linked.add((cut.table, paste.table))
        ends.remove(paste)
        cut.kept()
        cut.say(f"移到 {paste.table}", paste.table)
        paste.say(f"由 {cut.table} 移来", cut.table)
