"""The digits of a year as authors write them: ASCII (2024), full-width (２０２４, typed with a Chinese
input method) or Chinese numerals (二〇二四, 二零二四, 二○二四: 〇, 零 and the look-alike ○ for zero).

`new --from` finds years with patterns that know ASCII only, run on a shadow of the text: of the same
length, with full-width characters made ASCII and each run of exactly four Chinese numerals made the four
digits it spells. A place found in the shadow is then the same place in the text, and a year found there
is written back in the author's own writing. Runs of other lengths (三, 一二) are no years and stay as
they are, so the shadow has no digits next to a year that the text does not have.
"""
from __future__ import annotations

import re

_ASCII, _FULL_WIDTH = "0123456789", "０１２３４５６７８９"
_CHINESE = "〇一二三四五六七八九"
_ZEROS = "〇零○"
CHINESE_DIGITS = _CHINESE + _ZEROS[1:]
"""The Chinese numerals of single digits (〇, 零, ○ for zero): with 十, every month and day a date spells (六月, 十二月,
二十一日) is written in them."""
_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}  # full-width ！…～ → ASCII !…~
_TO_FULL_WIDTH = str.maketrans(_ASCII, _FULL_WIDTH)
_CHINESE_DIGIT = {ch: str(_CHINESE.index(ch)) for ch in _CHINESE} | {zero: "0" for zero in _ZEROS}
_CHINESE_RUN = re.compile(f"[{''.join(_CHINESE_DIGIT)}]+")
YEAR_IN_FIGURES = r"[12]\d{3}"
"""Four figures prose may mean as a year, 1000 to 2999: a text is searched for every year it mentions (`1949年`, a
typo `2204年`), wider than a date's calendar years (`calendar_year`) or a budget year (`spec_year.BUDGET_YEARS`), since
a year mentioned is compared with the budget year, not taken as one."""
YEAR_IN_NUMERALS = f"[一二][{''.join(_CHINESE_DIGIT)}]{{3}}"
"""Four Chinese numerals of a year (二〇二四, 二零二四, 二○二四), the same years in the writing of `_CHINESE_DIGIT`."""
_CHINESE_YEAR = re.compile(f"(?<![{''.join(_CHINESE_DIGIT)}十百千万]){YEAR_IN_NUMERALS}(?=\\s*年)")


def ascii_shadow(text: str) -> str:
    """`text` with its full-width characters and four-numeral Chinese runs in ASCII; its length is kept."""
    shadow = text.translate(_TO_ASCII)
    return _CHINESE_RUN.sub(lambda run: "".join(_CHINESE_DIGIT[ch] for ch in run.group(0))
                            if len(run.group(0)) == 4 else run.group(0), shadow)


def one_writing(digits: str) -> bool:
    """Whether `digits` are all of one writing (`2０23` is a slip, not a year to rewrite)."""
    return any(all(ch in writing for ch in digits) for writing in (_ASCII, _FULL_WIDTH, "".join(_CHINESE_DIGIT)))


def written_like(number: int, like: str) -> str:
    """`number` written as the digits `like` are: 2025 like ２０２４ is ２０２５; like 二零二四, 二零二五
    (a Chinese numeral's zero as `like` writes it, 〇 when it has none)."""
    digits = str(number)
    if like[:1] in _FULL_WIDTH:
        return digits.translate(_TO_FULL_WIDTH)
    if like[:1] in _CHINESE_DIGIT:
        zero = next((ch for ch in like if ch in _ZEROS), _ZEROS[0])
        return "".join(zero if d == "0" else _CHINESE[int(d)] for d in digits)
    return digits


def years_in_figures(text: str) -> str:
    """`text` with each year spelt in four Chinese numerals before 年 (二〇二四年, 二零二四年度, 一九九九年) in ASCII
    digits: the figures lint's B7 asks for, and what diff and D7 read such a date as."""
    return _CHINESE_YEAR.sub(lambda run: "".join(_CHINESE_DIGIT[ch] for ch in run.group(0)), text)


def calendar_year(number: str) -> bool:
    """Whether a number as written is a year of the calendar a date or a span is written in: four digits from 1900 to
    2100. Wider than a budget year (`spec_year.BUDGET_YEARS`, 2000–2100), since a span (`1990-2000年`) or a date typed
    in digits (`19990105`) is read as the year it is and then told to be out of the budget year; narrower than a year
    mentioned in prose (`YEAR_IN_FIGURES`), since four digits outside it (`0105`, a month and day) are no date's year."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100
