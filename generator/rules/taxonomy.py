"""TAXONOMY: each 二级指标 belongs to its 一级指标 in the variant's indicator frame.

jixiao's own schemas say this themselves: `level1` is an enum of the frame's 一级, and one if/then
branch per 一级 allows only its 二级 (so the editor squiggles a wrong pair too); the profile check
holds the branches to the frame. Rules run only on a spec the schema passed, so for those schemas
this rule finds nothing. It is kept for a unit's schema written before the branches, or one that
leaves a name open: there it checks the pair, and the 一级 itself (a row whose 一级 the frame does
not name has no place on the form), naming the pair as the schema check does.
Pass: 产出指标 › 时效指标.  Fail: 效益指标 › 时效指标 (时效指标 sits under 产出指标).
Frames whose 二级 is free text (`free: true`) accept any 二级.
"""
from __future__ import annotations

from typing import Iterator

from ..datapath import json_path
from .. import datapath
from ..problems import Problem, Severity

ID = "TAXONOMY"


def check(ctx) -> Iterator[Problem]:
    for table in ctx.variant.indicator_tables:
        frame = {entry["level1"]: entry for entry in ctx.variant.frames.get(table["frame"], [])}
        for row, item in datapath.items(ctx.data, table["path"]):
            entry = frame.get(item.get("level1"))
            if entry is None:
                line, column = ctx.locate(row + ("level1",))
                yield Problem(
                    ctx.path, line, column, Severity.ERROR, ID,
                    f"{ctx.field_name(row)}：一级指标“{item.get('level1')}”不在本表样的指标体系中；"
                    f"应为以下之一：{'、'.join(frame)}",
                    json_path(row + ("level1",)),
                )
                continue
            if entry.get("free"):
                continue
            allowed = entry.get("level2", [])
            level2 = item.get("level2", "")
            if level2 in allowed or (not allowed and level2 == ""):
                continue
            owner = [e["level1"] for e in frame.values() if level2 in e.get("level2", [])]
            hint = f"“{level2}”属于“{owner[0]}”" if owner else f"“{entry['level1']}”下的二级指标有：{'、'.join(allowed) or '（无，留空）'}"
            line, column = ctx.locate(row + ("level2",))
            yield Problem(
                ctx.path, line, column, Severity.ERROR, ID,
                f"{ctx.field_name(row)}：二级指标“{level2}”不属于一级指标“{entry['level1']}”；{hint}",
                json_path(row + ("level2",)),
            )
