"""Whether an edited goal text asks for less: a target stated in prose whose number was lowered.

The targets and tasks a form states in words (总体目标, a task's 期望达到的目标: lint's `targets` and `tasks`, whose
counts D8 holds the indicators to) hold targets too (`提交市政协大会提案不少于3篇`), and `不少于3篇` → `不少于2篇` read
as a plain 修改. A clause whose number changed is read as an indicator value (`values.parse`) and judged as one, by
`same_measure.eased`, the one judgment of indicator values and of lint's D6; only where it is one target beyond
doubt: the text's changed clauses pair one to one, each holds one number with its unit, and the new one a direction
word beside it (不少于, 以上, ≥ for a floor; 不超过, 以内, ≤ for a cap). Otherwise nothing is said.
"""
from __future__ import annotations

import difflib
from typing import Any, Iterator

from . import datapath
from .lint import terms
from .lint.same_measure import eased
from .values import Kind, Value, parse


def goal_text_paths(facts: dict, data: Any) -> set[tuple]:
    """The paths of the texts that state targets in `data`: those at the form's `targets` (each line of a list of
    them) and every text field of the items at its `tasks`, as lint's D4 and D8 read them."""
    found = set()
    for target in facts.get("targets") or []:
        for where, value in datapath.find(data, target["path"]):
            lines = enumerate(value) if isinstance(value, list) else [(None, value)]
            found |= {where if i is None else where + (i,) for i, line in lines if isinstance(line, str)}
    for task in facts.get("tasks") or []:
        for where, items in datapath.find(data, task["path"]):
            for i, item in enumerate(items if isinstance(items, list) else []):
                found |= {where + (i, key) for key, text in (item.items() if isinstance(item, dict) else ())
                          if isinstance(text, str)}
    return found


def text_weakening(old: str, new: str) -> str | None:
    """The word (`目标降低`, `目标放宽`…) for the first changed clause of a goal text whose target asks for less,
    else None."""
    return next((word for before, after in _changed_clauses(old, new)
                 for word in [_eased_clause(before, after)] if word), None)


def _changed_clauses(old: str, new: str) -> Iterator[tuple[str, str]]:
    """The clauses replaced one for one: a clause added or dropped beside another's edit pairs with nothing."""
    before, after = terms.CLAUSES.split(old), terms.CLAUSES.split(new)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op == "replace" and i2 - i1 == j2 - j1:
            yield from zip(before[i1:i2], after[j1:j2])


def _eased_clause(old: str, new: str) -> str | None:
    before, after = parse(old, numerals=True), parse(new, numerals=True)
    if not (_one_target(before) and _one_target(after)) or after.op in (None, "="):
        return None
    return eased("", before, after, None)


def _one_target(value: Value) -> bool:
    """One number, with its unit: `不少于3篇`, not `3`, not `3批80人次`."""
    return value.kind is Kind.QUANTITY and value.numbers == 1 and bool(value.unit)
