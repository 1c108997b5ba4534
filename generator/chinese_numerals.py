"""Numbers spelt in Chinese numerals (十八, 两千, 百分之九十五): the number they spell, and where one stands before its unit.

A target written so has no figure a budget system can store: lint's B7 asks for the figures and diff reads the
number, both by these; the value reader finds them before a unit, validate's DATE-YEAR and lint's terms read
numerals of their own. Kept apart from the reader, as spelling numbers is a matter of its own.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .value_kinds import COUNT_UNITS, UNITS


_ORDINAL = re.compile(r"(?<=第)\d{1,8}(?=" + "|".join(unit for unit in COUNT_UNITS if unit != "名") + ")")
"""An ordinal in figures before a count's measure word (`召开第10次代表大会`, `第3届`, `第2期`): the tenth congress, no
ten meetings. `values._parse` reads it spelt (`第十次`), as `SPELT` leaves an ordinal in numerals, so that lint asks of
`召开第10次代表大会` what it asks of `召开第十次代表大会` and diff reads `第10次` → `第9次` as no count lowered. Not a place
(`第3名`, `排名第3`, `第2位`): a ranking's number, which lint and diff read as one (`lint.terms.RANKING`)."""


def ordinals_spelt(norm: str) -> str:
    """`norm` with each ordinal in figures (`_ORDINAL`) spelt in numerals, as the value is read."""
    return _ORDINAL.sub(lambda found: _as_compared(_written_in_numerals(int(found.group(0)))), norm)


_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGEST_READ = 99_999_999
CHINESE_PERCENT = re.compile(r"(?<![零〇一二两三四五六七八九十百千万亿])(十万|百万|[百千万])分之"
                             r"([零〇一二两三四五六七八九十百千]+)(?:点([零〇一二三四五六七八九]+))?")
"""A share spelt in Chinese numerals: per hundred (百分之九十五), per thousand (千分之五), per ten thousand (万分之一)
or per hundred thousand or million (十万分之一, 百万分之一). The base is whole: no numeral before it, where the 万分之一 of
十万分之一 was told to be typed `十0.01%`; the share's numerals take 千 (千分之一千, which was cut to `1‰千`)."""
_IN_FIGURES = {"百": ("%", 1), "千": ("‰", 1), "万": ("%", 100), "十万": ("%", 1000), "百万": ("%", 10000)}
"""How a share of `CHINESE_PERCENT` is typed in figures, by its base: the sign and what the share is divided by.
万分之一 is 0.01% and 十万分之一 0.001%, as forms type them; ‱ is a unit too (`value_kinds.SHARES`), and diff weighs
`0.01%` and `1‱` as one share, but few keyboards type it."""


def _section_in_numerals(number: int) -> str:
    """1–9999 as written within a number: 一千零五, 二百一十, with one 零 for a gap between two digits."""
    words, gap = "", False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // size % 10
        if digit:
            words += ("零" if gap else "") + "零一二三四五六七八九"[digit] + unit
            gap = False
        elif words:
            gap = True
    return words


def _written_in_numerals(number: int) -> str:
    """0–99,999,999 spelt as a form writes it, before `_as_compared`: 一万零五百, 二百万一千, 一十万."""
    tens_of_thousands, rest = divmod(number, 10000)
    words = _section_in_numerals(tens_of_thousands) + "万" if tens_of_thousands else ""
    if rest:
        words += ("零" if words and rest < 1000 else "") + _section_in_numerals(rest)
    return words or "零"


def _as_compared(written: str) -> str:
    """A spelling with what may be written either way made one: 〇 is 零, 一十 is 十 (十五, 一百一十 or 一百十), and
    两 before 百, 千 or 万 is 二 (两千, 一万两千; not 十两万, 两十)."""
    return re.sub(r"(?<!十)两(?=[百千万])", "二", written.replace("〇", "零")).replace("一十", "十")


def chinese_number(written: str) -> int | None:
    """The whole number from 0 to 99,999,999 that Chinese numerals spell (零, 两, 十二, 一百零五, 两千, 一千零五,
    一万零五百), or None where they spell no one number: 十四五 (a plan's name), 两三 (a guess), or what is spoken
    short, 三百五 (350, not 305), 一千五, 一万五.

    The numerals are added up as written, then the sum spelt back: only a spelling that a form would print
    for that number reads, so no slip (两十, 一万五百, 一千零零五) becomes a number it does not say."""
    if written == "两":
        return 2
    total = section = 0
    digit = None
    for numeral in written:
        if numeral in "零〇":
            continue  # a gap, which the spelling back checks: 一千零一十 is 1000 and 一十
        if numeral in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[numeral]
        elif numeral in _CHINESE_UNITS:
            section, digit = section + (1 if digit is None else digit) * _CHINESE_UNITS[numeral], None
        elif numeral == "万":
            total, section, digit = (section + (digit or 0)) * 10000, 0, None
        else:
            return None
    number = total + section + (digit or 0)
    if not written or number > _LARGEST_READ or _as_compared(written) != _as_compared(_written_in_numerals(number)):
        return None
    return number


def in_digits(text: str) -> str | None:
    """`text` with a percentage written in Chinese numerals in digits (`不低于百分之九十五` → `不低于95%`, `千分之五` →
    `5‰`, `万分之一` → `0.01%`: `_IN_FIGURES`), or None when it has none. Written so, a target has no number to check;
    the author is told the digits to type."""
    def digits(found: re.Match) -> str:
        base, numerals, decimals = found.groups()
        whole = 100 if numerals == "百" else chinese_number(numerals)  # 百分之百
        if whole is None:
            return found.group(0)
        fraction = "".join(str(_CHINESE_DIGITS[ch]) for ch in decimals or "")
        sign, per = _IN_FIGURES[base]
        share = Decimal(f"{whole}.{fraction}" if fraction else whole) / per  # 万分之一百 is 1%, not 1.00%
        return f"{share:f}{sign}"

    rewritten = CHINESE_PERCENT.sub(digits, text)
    return rewritten if rewritten != text else None


NUMERALS = "〇零一二两三四五六七八九十百千"
"""The Chinese numerals a number may be spelt with (第三, 前十, 约八次): one class for the lint rules that read them
(`terms.NUMERALS`) and, with 万 (`_NUMERALS`), for the numbers read here before a unit."""
_NUMERALS = NUMERALS + "万"
_BEFORE_A_UNIT = r"(?=(?:" + "|".join(map(re.escape, UNITS)) + r")(?!性))"
_PERIOD_BEFORE_A_NUMBER = rf"[一两二三四五六](?:个月|周|年)[0-9{NUMERALS}]"
"""A period of a few months, weeks or years spelt before a number (`一个月一次`, `一年两次`, `两个月一次`): how often the
count after it is done, which the value reader takes in numerals (`frequencies.BARE_PERIOD`, `一年1次`) as in figures
(`1年2次`): its numeral is the period's length, no count spelt, so that `一年两次` reads as `一年2次` does."""
SPELT = re.compile(rf"(?<![第几数0-9亿跑{_NUMERALS}])(?!一批(?!次)|{_PERIOD_BEFORE_A_NUMBER})"
                   rf"([{_NUMERALS}]*[{NUMERALS}]|[{_NUMERALS}]+)" + _BEFORE_A_UNIT)
"""Chinese numerals right before a unit (十八次, 两场, 十月, 两千人次): not an ordinal (第十八次), an estimate (数十次),
a frequency's period (`_PERIOD_BEFORE_A_NUMBER`), 一次性, the 一批 that means 'some' (a 一批次 is one batch), the trips of a slogan (最多跑一次, 只跑一次: how often a
citizen goes to an office, no count of the unit's) or the tail of a number in 亿. A 万 that a unit starts
stays with it (两万人次 is 2万人次, 五百万元 500万元), as authors write such amounts; before another unit it is the
number's (两万平方米 is 20000平方米)."""


_LARGE_NUMERALS = _NUMERALS + "亿"
_SPELT_LARGE = re.compile(rf"(?<![第几数0-9{_LARGE_NUMERALS}])[一二两三四五六七八九十][{_LARGE_NUMERALS}]*[千万亿][{_LARGE_NUMERALS}]*"
                          + _BEFORE_A_UNIT)
"""A number of a thousand or more spelt before its unit (一千平方米, 两万人次), also one `chinese_number` does not
read: spoken short (一千五次) or in 亿 (一亿五千万元)."""


def spells_large_number(text: str) -> bool:
    """Whether `text` spells a number of a thousand or more in Chinese numerals before its unit: such a value
    has a number, only not one in figures, so it is no target turned into words."""
    return _SPELT_LARGE.search(text) is not None
