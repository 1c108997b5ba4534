"""Whether an edited goal text asks for less: a target stated in prose whose number was lowered.

The targets and tasks a form states in words (总体目标, a task's 期望达到的目标: lint's `targets` and `tasks`, whose
counts D8 holds the indicators to) hold targets too (`提交市政协大会提案不少于3篇`), and `不少于3篇` → `不少于2篇` read
as a plain 修改. A clause whose number changed is read as an indicator value (`values.parse`) and judged as one, by
`same_measure.eased`, the one judgment of indicator values and of lint's D6; only where it is one target beyond
doubt: each old clause of a run of changed clauses has one new clause of the run of the same measure
(`same_measure.compared`), and that one no other old clause, so a clause added beside the edit (`不少于40人次，并做好
服务保障`) hides nothing; each holds one number with its unit, a year written in it (`2023年提交提案`,
`year_mentions`) no number of it; and the new one has a direction word beside it (不少于, 以上, ≥ for a floor; 不超过,
以内, ≤ for a cap). A number whose 以上, 以下, 以内 or 超过 has more words after it in its clause says which things
are meant, not how many (`对50万元以上项目开展事前绩效评估`, `来本市5年以上的台胞`, `对单笔超过5万元的支出实行集体决策`):
lowered, it widens the scope, which is no target lowered. Otherwise nothing is said.
"""
from __future__ import annotations

import difflib
import re
from typing import Any, Iterator

from .diff_pairing import sole_links
from .goal_texts import goal_texts
from .lint import terms
from .lint.same_measure import compared, eased
from .values import Kind, Value, normalise, parse
from .year_mentions import mentions

_SCOPE_WORDS = re.compile(r"以上|以下|以内|之内|超过")
"""Direction words that, with more words after the number, make it a qualifier of what is meant."""
_YEAR_WORD = re.compile(r"\s*(?:年度?)?")  # a bracketed year (〔2018〕) has none


def goal_text_paths(facts: dict, data: Any) -> set[tuple]:
    """The paths of the texts that state targets in `data`, of any period (`goal_texts`)."""
    return {path for _, _, path, _ in goal_texts(facts, data)}


def stated_targets(text: str) -> int:
    """How many clauses of a goal text state one target (`_target`: `提交提案不少于3篇`, `组织交流活动1次`), direction
    word or not: a task deleted takes them off the form as surely as its indicator rows, which diff marks 目标删除."""
    return sum(_target(clause) is not None for clause in terms.CLAUSES.split(text))


def text_weakening(old: str, new: str) -> str | None:
    """The word (`目标降低`, `目标放宽`…) for the first changed clause of a goal text whose target asks for less,
    else None."""
    return next((word for before, after in _changed_clauses(old, new)
                 for word in [_eased_clause(before, after)] if word), None)


def _changed_clauses(old: str, new: str) -> Iterator[tuple[Value, Value]]:
    """The targets (`_target`) of the clauses replaced, each old one paired with the one new one of its run of the
    same measure, and that new one with no other old one: a clause added or dropped beside the edit pairs with nothing."""
    before, after = terms.CLAUSES.split(old), terms.CLAUSES.split(new)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if op == "replace":
            olds, news = [_target(clause) for clause in before[i1:i2]], [_target(clause) for clause in after[j1:j2]]
            yield from ((olds[i], news[j]) for i, j in sole_links(range(len(olds)), range(len(news)), lambda i, j:
                        bool(olds[i] and news[j]) and compared("", olds[i], news[j]) is not None))


def _eased_clause(before: Value, after: Value) -> str | None:
    """How the new target asks less, where it says a direction itself (a clause has no category to point it)."""
    return None if after.op in (None, "=") else eased("", before, after, None)


def _target(clause: str) -> Value | None:
    """The one target a clause states, its years left out: one number, with its unit (`不少于3篇`, not `3`, not
    `3批80人次`), that is not a qualifier of what is meant (`对50万元以上项目开展…`); else None."""
    value = parse(_without_years(clause), numerals=True)
    if value.kind is not Kind.QUANTITY or value.numbers != 1 or not value.unit:
        return None
    return None if value.suffix and _SCOPE_WORDS.search(_after_prefix(value)) else value


def _after_prefix(value: Value) -> str:
    """The value's text from its number on, as parse read it (normalised)."""
    text = normalise(value.text)
    return text[text.find(value.prefix) + len(value.prefix):]


def _without_years(clause: str) -> str:
    """The clause without the years it writes (`2023年提交提案不少于3篇`: `提交提案不少于3篇`), which count nothing."""
    for mention in reversed(mentions(clause)):
        end = _YEAR_WORD.match(clause, mention.end).end()
        clause = clause[:mention.start] + clause[end:]
    return clause
