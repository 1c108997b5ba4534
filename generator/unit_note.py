"""A paper form's note of the unit its amounts are in, typed among a spec's fields.

A paper form prints `单位：万元` over its table, and a clerk copying the table types that line too, as a key: `单位：万元`,
`金额单位: 元`. The key is near the title of `unit` (单位名称), but the value, a unit of money, shows what the line is:
no field to rename, a line to delete. Both the slip readers (a full-width colon breaks the YAML) and the schema's
unknown-field message (the line reads) say so alike.
"""
from __future__ import annotations

import re

from .key_lines import schema_titles
from .value_kinds import MONEY_UNITS

_MONEY_UNIT = re.compile(rf"[（(]?[ ]*(?:人民币)?(?P<unit>{'|'.join(sorted(MONEY_UNITS, key=len, reverse=True))}|万)"
                         r"[ ]*[）)]?[。.]?")
"""A unit of money as a value, the units amounts are read in (`value_kinds.MONEY_UNITS`), and 万 for 万元."""


def _to_ten_thousands(unit: str) -> str:
    """How an amount in `unit` becomes one in 万元, the unit every form's amounts are in: by its size in 万元
    (`MONEY_UNITS`); nothing for 万元 (or 万) itself."""
    size = MONEY_UNITS.get(unit, 1)
    return "" if size == 1 else f"除以 {1 / size:f}" if size < 1 else f"乘以 {size:f}"


def unit_note(key: str, value) -> str | None:
    """What to say of `单位：万元` typed among the fields (`金额单位: 元` too): the line a paper form prints over its
    table, saying which unit its amounts are in, copied with the table. It was asked `是否想写“unit”（部门名称）？`, and
    the department would have been named 万元. None for any other key or value, and for a key that is some form's
    title of a field (`单位名称: 万元`, `预算单位: 万元`): that field typed by its title, told the English key to write.
    (A unit typed in 千元 or 亿元 was asked the same; 万元/年 is no unit of a table's amounts.)"""
    found = _MONEY_UNIT.fullmatch(value.strip()) if "单位" in key and isinstance(value, str) else None
    if found is None or any(key in titles for titles in schema_titles().values()):
        return None
    factor = _to_ten_thousands(found["unit"])
    converted = f"，金额要换算成万元再写（{found['unit']}数{factor}）" if factor else ""
    return (f"“{key}”写的是金额单位“{value.strip()}”，像是照纸质表表头的“单位：万元”抄来的一行，不是表上的栏目；"
            f"表中金额的单位已是万元{converted}，不用写这一行，请删去")
