"""SAME-NAME: no two items of one list share the name they are known by.

An item is known by its name; an indicator row by its name and the columns that place it on the form
(`identity_keys`): its 一级 and 二级, and every column the form merges over rows (a 重点工作 between 二级 and 三级,
under which one 三级 such as 办理时效 may stand for two pieces of work). A key task or an indicator copied and pasted
and not yet renamed holds another's name. Nothing else said so: BUDGET-SUM listed `门户网站建设及聘用人… 14.76、门户网站建设及聘用人…
14.76`, and `jixiao diff` a plain 新增 of a name the list already had. Names are compared as `filled_text.fold` reads
them (final punctuation and blanks aside); unfilled ones are lint's. Said by validate, not lint's A8 (which said it
of key tasks, for `lint` alone): a copy is a slip in what the spec holds, not a judgement of its targets, and it
blurs what validate's own sums and diff read. The same 三级 in two places of the form (unless two different 重点工作
tell them apart: `work`) is such a judgement (do the rows measure one thing?), and stays A8's.
Pass: 市侨联工作经费, 门户网站建设及聘用人员经费.  Fail: 门户网站建设及聘用人员经费 twice in key_tasks.
"""
from __future__ import annotations

from typing import Any, Iterator

from ..datapath import json_path
from .. import datapath
from ..diff_names import ShortNames
from ..filled_text import blank, fold
from ..problems import Problem, Severity, clipped

ID = "SAME-NAME"

_FRAME_COLUMNS = ("level1", "level2")  # the columns every frame places a row by


def identity_keys(table: dict | None) -> tuple[str, ...]:
    """The fields an item of a list is known by: an indicator row of `table` (a profile's indicator table) by the
    columns that place it on the form, the frame's 一级 and 二级 and every column the form merges over rows (outermost
    first), then its name; an item of any other list (`table` None) by its name. From the profile, not a list of
    forms: one form's 重点工作 column told two rows named 办理时效 apart, and a check of 一级, 二级 and name alone
    called the second a copy."""
    columns = (*table.get("merge", ()), *_FRAME_COLUMNS) if table is not None else ()
    return (*dict.fromkeys(column for column in columns if column != "name"), "name")


def identity(item: Any, keys: tuple[str, ...]) -> tuple | None:
    """What an item of a list is known by (`identity_keys`), folded; None for one without a filled-in name."""
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or blank(item["name"]):
        return None
    return tuple(fold(str(item.get(key) or "")) for key in keys)


def work_columns(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The columns of `keys` (`identity_keys`) the form merges between a row's 二级 and its 三级: a 重点工作, the piece
    of work a 三级 such as 办理时效 measures; none on most forms. diff's places name a row by them, as this rule's
    message does (`_group`), and lint's A8 tells two rows of one name apart by them (`work`)."""
    return tuple(key for key in keys[:-1] if key not in _FRAME_COLUMNS)


def work(known: tuple, keys: tuple[str, ...]) -> tuple | None:
    """The piece of work an identity (`identity`, of `keys`) says its 三级 measures: its `work_columns`, () on a form
    without them, None where one is left unfilled (`blank`: a 效益 row has no 重点工作). 办理时效 of two pieces of work
    measures two things; a row whose work is unfilled says not which it measures, and may be one of them measured twice
    (lint's A8)."""
    parts = tuple(part for key, part in zip(keys, known) if key in work_columns(keys))
    return None if any(blank(part) for part in parts) else parts


def check(ctx) -> Iterator[Problem]:
    tables = {table["path"]: table for table in ctx.variant.indicator_tables}
    short: ShortNames | None = None  # made at the first copy: most specs have none
    for where, items in _lists(ctx.data):
        table = tables.get(datapath.pattern(where))
        keys = identity_keys(table)
        first: dict[tuple, int] = {}
        for index, item in enumerate(items):
            known = identity(item, keys)
            if known is None:
                continue
            if known not in first:
                first[known] = index
                continue
            short = short or ShortNames(ctx.data, keys=name_keys(tables.values()))
            earlier = where + (first[known],)
            line, column = ctx.locate(where + (index, "name"))
            message = (f"{ctx.field_name(where + (index, 'name'))}：与第 {ctx.locate(earlier + ('name',))[0]} 行的"
                       f"{_label(ctx, earlier, table)}{_group(item, keys, short)}同名；"
                       "复制来的请改成这一项自己的名称和内容，重复的请删去一项")
            yield Problem(ctx.path, line, column, Severity.WARNING, ID, message,
                          json_path(where + (index, "name")))


def name_keys(tables) -> tuple[str, ...]:
    """The fields holding names in any list of the form (`tables`: its indicator tables), for `ShortNames` to tell
    each name from all the others: this rule's message and diff's places cut a long one alike."""
    return tuple(dict.fromkeys(key for table in (*tables, None) for key in identity_keys(table)))


def _label(ctx, path: tuple, table: dict | None) -> str:
    """The first item as the message names it: an indicator row with its name (`field_name` adds it), any other
    item too (`第 1 个年度重点工作任务（拓展工作平台…）`): a task named by its number alone sent the author counting."""
    label = ctx.field_name(path)
    return label if table is not None else f"{label}（{clipped(ctx.item_name(path))}）"


def _group(item: dict, keys: tuple[str, ...], short: ShortNames) -> str:
    """`同在“履职 › 负责机关正常运转… › 物资采购及后勤服务”下，` for an indicator row: the columns it shares with the first, as
    the author typed them and cut as diff's places cut them; "" for an item known by its name alone."""
    parts = [short(str(item.get(key) or "")) for key in keys[:-1]]
    parts = [part for part in parts if part]
    return f"同在“{' › '.join(parts)}”下，" if parts else ""


def _lists(data: Any, where: tuple = ()) -> Iterator[tuple[tuple, list]]:
    """Every list in the spec, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _lists(value, where + (key,))
    elif isinstance(data, list):
        yield where, data
        for index, value in enumerate(data):
            yield from _lists(value, where + (index,))
