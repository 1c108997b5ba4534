"""The hedges a target or a date may open with (力争, 原则上, 争取), and those written after a number or a date (左右,
前后): one list each for lint, diff and the value reader.

Apart from `lint.terms`, which holds the rest of lint's vocabulary, because `value_dates` reads them too and lies
below lint (lint's terms read values, so values cannot read lint's terms).
"""
from __future__ import annotations

CLEAR_HEDGES = ("力争", "争创", "尽量", "原则上", "尽可能", "基本上", "大体上", "大致上", "力求", "尽力")
"""Hedges that begin no noun (力争, 原则上, 基本上), so that one standing anywhere before what a value keeps softens it
(力争台胞满意度90%以上, 力争全年8次, 力争有效拓展), while 基本, 一般 and 约 begin names (基本医疗保险, 一般公共预算, 节约),
大体 and 大致 end in a character that may begin one (大体检), and 争取 also means to obtain (争取专项资金, 争取到位): those
are hedges only before what they soften (`lint.hedges`)."""
OPENING_HEDGES = (*CLEAR_HEDGES, "争取")
"""Hedges that may open a target, a place or a date (力争全年召开理事会3次, 争取进入全省前5, 尽力6月底前完成): those that
begin no noun, and 争取, which opening one softens what follows, though elsewhere it may obtain (争取专项资金). One list
for goal texts (`target_texts`), places (`lint.terms._TOP_WORDS`) and dates (`value_dates`), which had each written
their own: the dates' lacked six of them (尽力, 力求, 基本上…), so `尽力6月底前完成` was read as 6 months."""
HEDGES_AFTER = ("左右", "上下", "前后")
"""Hedges after a number, a range or a date (3次左右, 3-5次上下, 10天前后, 12月底前后): about that many, or around that
day. One list for the value reader (`value_dates.AROUND`: the value keeps its number or date and is hedged) and lint
(`lint.hedges`: one added, or alone in brackets), which had each written the same three words."""
