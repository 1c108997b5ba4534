"""The texts a form states its targets in: where lint's D8 finds the counts the indicators must agree with and D9 a
year earlier than the budget year's, and where diff reads a target lowered in words (`target_texts`); one walk, so
they all read the same texts.

A form's `targets` facts name its goal texts (总体目标, 年度目标: a text or a list of lines), each of a period
(`year`, unless it says `term`); its `tasks` facts name lists of tasks, every text field of which (名称, 内容,
期望达到的目标) may state a target.
"""
from __future__ import annotations

from typing import Any, Iterator

from . import datapath


def goal_texts(facts: dict, data: Any, period: str | None = None) -> Iterator[tuple[str, dict, tuple, str]]:
    """(`targets` or `tasks`, the fact, path, text) of each goal text in `data`: each line of a list of targets, each
    text field of a task. With `period`, only the targets of that period (`year` for this year's indicators to agree
    with), and every task's."""
    for target in facts.get("targets") or []:
        if period is not None and target.get("period", "year") != period:
            continue
        for where, value in datapath.find(data, target["path"]):
            lines = enumerate(value) if isinstance(value, list) else [(None, value)]
            yield from (("targets", target, where if i is None else where + (i,), line)
                        for i, line in lines if isinstance(line, str))
    for task in facts.get("tasks") or []:
        for where, item in datapath.items(data, task["path"]):
            yield from (("tasks", task, where + (key,), text) for key, text in item.items() if isinstance(text, str))
