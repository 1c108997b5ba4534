"""A paper form's note of the unit its amounts are in, typed among a spec's fields.

A paper form prints `单位：万元` over its table, and a clerk copying the table types that line too, as a key: `单位：万元`,
`金额单位: 元`. The key is near the title of `unit` (单位名称), but the value, a unit of money, shows what the line is:
no field to rename, a line to delete. Both the slip readers (a full-width colon breaks the YAML) and the schema's
unknown-field message (the line reads) say so alike.
"""
from __future__ import annotations

import re

_MONEY_UNIT = re.compile(r"[（(]?[ ]*(?P<unit>万元|元|万)[ ]*[）)]?[。.]?")


def unit_note(key: str, value) -> str | None:
    """What to say of `单位：万元` typed among the fields (`金额单位: 元` too): the line a paper form prints over its
    table, saying which unit its amounts are in, copied with the table. It was asked `是否想写“unit”（部门名称）？`, and
    the department would have been named 万元. None for any other key or value."""
    found = _MONEY_UNIT.fullmatch(value.strip()) if "单位" in key and isinstance(value, str) else None
    if found is None:
        return None
    in_yuan = "，金额要换算成万元再写（元数除以 10000）" if found["unit"] == "元" else ""
    return (f"“{key}”写的是金额单位“{value.strip()}”，像是照纸质表表头的“单位：万元”抄来的一行，不是表上的栏目；"
            f"表中金额的单位已是万元{in_yuan}，不用写这一行，请删去")
