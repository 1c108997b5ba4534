"""Five-year plans named by their number, with no digits (`“十四五”期间`, `十四五时期`, `“十五五”规划`): a period of
years as `2021-2025年` is, which `new --from` reads in a text to tell the clerk when the new year has left it or entered
it. A pattern of digits finds none of them, and a 2025 spec's `“十四五”期间` rolled to 2026 was copied unlisted, a
period the new year is no longer in.

The years are computed from the plan's number, not listed: the N-th plan (十N五, 十一五 to 十九五) runs from 1951+5N
to 1955+5N (十三五 2016–2020, 十四五 2021–2025, 十五五 2026–2030).
"""
from __future__ import annotations

import re

from .year_digits import ascii_shadow
from .year_mentions import Mention

_UNITS = "一二三四五六七八九"
_PERIOD_WORDS = "期间|时期|期末|规划|计划|末|初|中期|后期|以来|开局|收官|目标|任务"
"""Words after a bare plan name that make it the plan; not 期 alone: `十四五期培训班` and `十四五期学员` count sessions of
a course (14-15 of them, or the 145th), and a plan so written has quotes (`“十四五”期`), which name it whatever follows."""
_BARE = rf"(?<![{_UNITS}十百千万\d第])十[{_UNITS}]五"
PLAN = re.compile(rf"(?<=[“\"「‘'])十[{_UNITS}]五(?=[”\"」’'])"
                  rf"|{_BARE}(?=\s*(?:{_PERIOD_WORDS}|[、和及与至到]\s*{_BARE}\s*(?:{_PERIOD_WORDS})))"
                  rf"|(?<=总结|谋划|编制|回顾|进入|迈入|开启|衔接){_BARE}(?=[、，。；！？,;!?\n]|$)"
                  rf"|第十[{_UNITS}]个五年(?:规划|计划)")
"""A plan's name: in quotes (`“十四五”`), bare before a word of a period or a plan (`_PERIOD_WORDS`: `十四五期间`,
`十四五规划`, `十四五末`) or before another plan so named (`十四五、十五五时期`), bare as the whole object of a verb said of
plans (`总结十四五、谋划十五五`), or in full (`第十四个五年规划`, the name the plan's own document gives it); not 十四五 as a count
(`十四五个`, fourteen or fifteen) or inside a larger numeral (`三十四五人`)."""


def plan_years(name: str) -> tuple[int, int]:
    """The first and last year of a plan named `十N五` or `第十N个五年规划`."""
    number = 10 + _UNITS.index(name[name.index("十") + 1]) + 1
    return 1951 + 5 * number, 1955 + 5 * number


def plan_of(year: int) -> str:
    """The name of the plan `year` is in (2026: 十五五), for the plans `PLAN` reads."""
    number = (year - 1951) // 5
    return f"十{_UNITS[number - 11]}五" if 11 <= number <= 19 else ""


def crossed_plans(text: str, source_year: int, year: int) -> list[Mention]:
    """The plans `text` names (kind `plan`, the mention's year the plan's first) that hold one of the two budget years
    and not the other: a period the new year has left (`十四五` rolled from 2025 to 2026) or entered (`编制“十五五”规划`
    rolled to 2026, a plan being carried out by then). A plan holding both, or neither (a time looked back on or ahead
    to), reads as true of the new year as of the old: named in many texts of every year, listed each time it would be
    noise."""
    found = []
    for plan in PLAN.finditer(ascii_shadow(text)):  # full-width quotes (＂) as ASCII
        first, last = plan_years(plan.group(0))
        if (first <= source_year <= last) != (first <= year <= last):
            found.append(Mention(plan.start(), plan.end(), first, "plan"))
    return found
