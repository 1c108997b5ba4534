"""The years a file's name and a spec's texts write, for import to take a form's unprinted year from the name
and check it against what the form says.

A form that never prints its year leaves only the file's name to give it. Clerks name files otherwise
than the form does (`2023年某单位.docx`, `…（修改稿）.docx`, `… (1).docx`), and a name renamed from last year's
carries last year's: so a name not in the form's shape still gives its one plausible year, and the year taken is
checked against the years the form's texts write as the year's (拟于2023年1月, 2023年度办公用房租赁).
"""
from __future__ import annotations

import re

from .spec_year import BUDGET_YEARS
from .year_digits import ascii_shadow
from .year_mentions import mentions

# A plausible budget year, on the ASCII shadow (二〇二三 read as 2023): four digits next to no other digit, followed
# by 年 or standing apart from letters and Chinese characters (`2023-修改稿`, `某单位 2023`), that are a budget year
# the schemas take (spec_year.BUDGET_YEARS, checked after the match, so the range is written once);
# the first year of a range before 年 (`2023-2024年度`, `2023至2024年`) is one too: the range names two years.
_WORD = r"0-9A-Za-z\u3400-\u9fff"
_YEAR = r"[0-9]{4}"
_NAMED_YEAR = re.compile(rf"(?<![0-9]){_YEAR}(?=\s*年|\s*[-~—–至到]\s*{_YEAR}\s*年)"
                         rf"|(?<![{_WORD}]){_YEAR}(?![{_WORD}])")


def years_named(name: str) -> list[tuple[int, str]]:
    """The different plausible years `name` writes, in order, each with the first writing of it (二〇二三年)."""
    shadow, out = ascii_shadow(name), {}
    for m in _NAMED_YEAR.finditer(shadow):
        if int(m.group(0)) not in BUDGET_YEARS:
            continue
        end = m.end() + (1 if shadow[m.end():m.end() + 1] == "年" else 0)
        out.setdefault(int(m.group(0)), name[m.start():end])
    return list(out.items())


def years_written(data) -> dict[int, str]:
    """The years the spec's texts write as a year (not a baseline, a past event, a document's name or a fixed start:
    year_mentions), each with the first text writing it."""
    out: dict[int, str] = {}
    for text in _texts(data):
        for mention in mentions(text):
            if mention.kind == "year":
                out.setdefault(mention.year, text)
    return out


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
