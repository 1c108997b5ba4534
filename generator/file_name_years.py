"""The years a file's name and a spec's texts write, for import to take a form's unprinted year from the name
and check it against what the form says.

A form that never prints its year leaves only the file's name to give it. Clerks name files otherwise
than the form does (`2023年某单位.docx`, `…（修改稿）.docx`, `… (1).docx`), and a name renamed from last year's
carries last year's: so a name not in the form's shape still gives its one plausible year, and the year taken is
checked against the years the form's texts write as the year's (拟于2023年1月, 2023年度办公用房租赁), or else their
deadlines (2024年6月底前: of that year's plan or the one before).
"""
from __future__ import annotations

import re

from .spec_year import BUDGET_YEARS
from .year_digits import ascii_shadow
from .year_mentions import deadline, mentions

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
    """The years the spec's texts claim as their own (拟于2023年1月, 2023年度办公用房租赁): those written as a year (not a
    baseline, a past event, a document's name or a fixed start: year_mentions) that set no deadline (`deadlines`),
    each with the first text writing it."""
    return _written(data, None)


def deadlines(data) -> dict[int, str]:
    """The years the spec's texts write as deadlines still due (2026年6月底前, 2026年内完成), each with the first text
    writing it. A year's plan sets them in its own year or the next, so they are no claim of the budget year: a 2025
    form whose texts only wrote 2026年6月底前 was said to be of 2026 against a file named 2025. A deadline told as met
    (已于2026年6月底前召开) is a past event, neither."""
    return _written(data, "due")


def disagreeing(year: int, data) -> tuple[dict[int, str], str] | None:
    """How the spec's texts bear on `year`, a budget year taken from the file's name: None where they say nothing of
    it; else the years of theirs it disagrees with (empty where they agree), each with a text writing it, and what
    those are: `own` (years the texts claim as their own), `earlier` or `later` (deadlines).

    The years the texts claim as their own decide where there are any (`years_written`: the year is one of them);
    else the deadlines: one in that year or the next agrees; one before it disagrees (set by a form of an earlier
    year); so do ones only two or more years after it (a form copied from a later year's, its name not changed:
    `于2026年6月底前` in a file named 2024 was left a hint that named no 2026)."""
    own = years_written(data)
    if own:
        return ({} if year in own else own), "own"
    due = deadlines(data)
    if not due:
        return None
    before = {y: text for y, text in due.items() if y < year}
    if before:
        return before, "earlier"
    if year in due or year + 1 in due:
        return {}, "later"
    return due, "later"


def _written(data, how: str | None) -> dict[int, str]:
    """The years written as a year whose `deadline` reading is `how`, each with the first text writing it."""
    out: dict[int, str] = {}
    for text in _texts(data):
        for mention in mentions(text):
            if mention.kind == "year" and deadline(text, mention) == how:
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
