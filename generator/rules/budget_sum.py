"""BUDGET-SUM: the form's arithmetic holds to the cent.

The profile lists each identity (`sums`): the parts add up to the total (`eq`), or stay
within it (`le`, e.g. key-task funds within 项目支出, where the form allows less).
Pass: 基本支出 610.85 + 项目支出 78.56 = 财政拨款 689.41 + 其他资金 0.00.
Fail: 基本支出 610.85 + 项目支出 78.56 against 财政拨款 689.40.
A blank amount (null) counts as zero.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from .. import datapath
from ..problems import Problem, Severity

ID = "BUDGET-SUM"


def _total(ctx, scope: tuple, paths: list[str]) -> tuple[Decimal, list[tuple], list[str]]:
    total, found, names = Decimal(0), [], []
    base = datapath.get(ctx.data, scope)
    for path in paths:
        hits = list(datapath.find(base, path, scope))
        for where, value in hits:
            if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
                total += value
            found.append(where)
        if hits:
            names.append(_name(ctx, hits[0][0], path))
    return total, found, names


def _name(ctx, where: tuple, path: str) -> str:
    """The field's title; under a nested group also the group's ("基本支出 › 半年计划执行数")."""
    parts = ctx.field_name(where).split(" › ")
    if ".*" in path:
        return f"各项{parts[-1]}之和"
    return " › ".join(parts[-2:]) if len(where) > 2 and not isinstance(where[-2], int) else parts[-1]


def check(ctx) -> Iterator[Problem]:
    for identity in ctx.variant.sums:
        scopes = [where for where, _ in datapath.find(ctx.data, identity["scope"])] if identity.get("scope") else [()]
        for scope in scopes:
            yield from _check_one(ctx, identity, scope)


def _check_one(ctx, identity: dict, scope: tuple) -> Iterator[Problem]:
    parts, part_paths, part_names = _total(ctx, scope, identity["parts"])
    total, total_paths, total_names = _total(ctx, scope, identity["total"])
    if not part_paths or not total_paths:
        return
    relation = identity.get("relation", "eq")
    ok = parts == total if relation == "eq" else parts <= total
    if ok:
        return
    severity = Severity(identity.get("severity", "error"))
    left, right = " + ".join(part_names), " + ".join(total_names)
    where = scope + ("",) if scope else ()
    prefix = f"{ctx.field_name(scope)}：" if scope else ""
    if relation == "eq":
        message = (f"{prefix}{left} = {parts}，与 {right} = {total} 不相等（相差 {abs(parts - total)} 万元）；"
                   f"应相等，请核对金额")
    else:
        message = f"{prefix}{left} = {parts}，超过了 {right} = {total}（多出 {parts - total} 万元）；应不超过"
    located = total_paths[0] if relation == "eq" else part_paths[0]
    line, column = ctx.locate(located or where)
    yield Problem(ctx.path, line, column, severity, identity.get("code", ID), message,
                  ".".join(str(s) for s in located))
