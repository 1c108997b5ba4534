"""SAME-NAME: no two items of one list share the name they are known by.

An item is known by its name (an indicator by its 一级, 二级 and 三级 together, as `jixiao diff` pairs them): a key
task or an indicator copied and pasted and not yet renamed holds another's name. Nothing else said so: BUDGET-SUM
listed `门户网站建设及聘用人… 14.76、门户网站建设及聘用人… 14.76`, and `jixiao diff` a plain 新增 of a name the list
already had. Names are compared as `filled_text.fold` reads them (final punctuation and blanks aside); unfilled
ones are lint's. Said by validate, not lint's A8 (which said it of key tasks, for `lint` alone): a copy is a slip in
what the spec holds, not a judgement of its targets, and it blurs what validate's own sums and diff read. The same 三级
under two 二级 is such a judgement (do the rows measure one thing?), and stays A8's.
Pass: 市侨联工作经费, 门户网站建设及聘用人员经费.  Fail: 门户网站建设及聘用人员经费 twice in key_tasks.
"""
from __future__ import annotations

from typing import Any, Iterator

from .. import datapath
from ..filled_text import blank, fold
from ..problems import Problem, Severity

ID = "SAME-NAME"


def identity(item: Any, indicator: bool) -> tuple | None:
    """What an item of a list is known by, folded: an indicator's 一级, 二级 and name, another item's name; None
    for one without a filled-in name."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or blank(item["name"]):
        return None
    keys = ("level1", "level2", "name") if indicator else ("name",)
    return tuple(fold(str(item.get(key) or "")) for key in keys)


def check(ctx) -> Iterator[Problem]:
    tables = {table["path"] for table in ctx.variant.indicator_tables}
    for where, items in _lists(ctx.data):
        indicator = datapath.pattern(where) in tables
        first: dict[tuple, int] = {}
        for index, item in enumerate(items):
            known = identity(item, indicator)
            if known is None:
                continue
            if known not in first:
                first[known] = index
                continue
            earlier = where + (first[known],)
            line, column = ctx.locate(where + (index, "name"))
            under = f"同在“{known[0]} › {known[1]}”下，" if indicator else ""
            message = (f"{ctx.field_name(where + (index, 'name'))}：与第 {ctx.locate(earlier + ('name',))[0]} 行的"
                       f"{ctx.field_name(earlier)}{under}同名；复制来的请改成这一项自己的名称和内容，重复的请删去一项")
            yield Problem(ctx.path, line, column, Severity.WARNING, ID, message,
                          ".".join(str(step) for step in where + (index, "name")))


def _lists(data: Any, where: tuple = ()) -> Iterator[tuple[tuple, list]]:
    """Every list in the spec, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _lists(value, where + (key,))
    elif isinstance(data, list):
        yield where, data
        for index, value in enumerate(data):
            yield from _lists(value, where + (index,))
