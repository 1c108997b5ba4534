"""What the summary line of `jixiao diff` (diff_report) counts: each change once for each thing a reviewer reads
(`folded`), and the changes that move money (`moves_money`). Apart from the report's wording, as text, markdown and
json count alike."""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from .diff_types import Change


def folded(changes: Iterable[Change]) -> list[list[Change]]:
    """The changes as the summary counts them, each with the later ones that repeat it word for word in the same row:
    a text edited alike in two of its columns (a target typed into 实施周期指标值 and 年度指标值 both, a form that keeps
    a value in two fields). Each line is listed, but `修改 2 处（其中目标降低 2 处）` read as two targets lowered where
    the reviewer reads one. Amounts are not folded: 财政拨款 and 市本级使用资金 moving alike are two sums, not one."""
    groups: dict[tuple, list[Change]] = {}
    for n, change in enumerate(changes):
        row, dot, _ = change.path.rpartition(".")
        alike = (change.kind == "changed" and dot and row.endswith("]")
                 and isinstance(change.old, str) and isinstance(change.new, str))
        key = (row, change.old, change.new, change.weakened, change.tightened, change.note) if alike else (n,)
        groups.setdefault(key, []).append(change)
    return list(groups.values())


def counted(changes: Iterable[Change]) -> list[Change]:
    """The changes the summary counts: each once (`folded`), by the first of its columns."""
    return [group[0] for group in folded(changes)]


def moves_money(change: Change) -> bool:
    """Whether a change moves money: an amount that changed by something (not one only typed to other places, nor a
    blank typed as 0), or an item added or removed with its amount (a task's 拟投入的资金), which the sums move by. So
    does an amount turned into what is not a number or back (`7.24` → `待定`, read as a Decimal on one side only): it
    has no difference, but the money the form states changed, and the summary left it out of its count."""
    if change.delta:
        return True
    numbers = [isinstance(value, Decimal) for value in (change.old, change.new)]
    return change.kind == "changed" and numbers[0] != numbers[1] and None not in (change.old, change.new)
