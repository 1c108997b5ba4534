"""Two drafts' values read side by side, as diff and lint's comparisons weigh an edit, never a value alone.

Whether two typed values are one written two ways (`same_writing`, `same_amount`), and a value read as the other
draft shows it is meant: a count spelt in words beside one in figures (`count_as_beside`), a bare month beside a
date (`month_of_the_year`), a bare 万 as money (`wan_as_money`), a count apart from its deadline (`count_alone`).
`values.parse` reads each value as typed; these readings need the other value or what the row is about.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from decimal import Decimal

from .chinese_numerals import chinese_number
from .frequencies import times_a_year
from .spelt_counts import SET_PHRASE
from .value_kinds import NUMBER, SPELT_MINUS, TRIM_CHARS, Kind, Value, a_share, folded, normalise
from .values import multiplied, numerals_in_figures, parse, read_date, unit_and_suffix


def same_writing(a: str, b: str) -> bool:
    """Whether two typed values are one value written two ways: full-width or half-width, spaces, `>=` for `≥`,
    a number's trailing zeros or thousands commas (`95%` and `95.0%`, `1,000人次` and `1000人次`).

    Both must mean the same (`parse`, their text aside): `2024.1底前` and `2024.10底前` are two deadlines, though
    2024.1 and 2024.10 are one number. And their words must be the same, their numbers' values and signs too
    (`_written`): two values of words parse alike whatever they say, `+5%` and `5%` are one quantity typed with
    another meaning, and `②` is a list's number, not a `2` typed full-width. Numbers are compared exactly:
    `95%` and `95.001%` are two targets, however small the difference. A bare number, with no unit, comparator or
    word to say what it counts, keeps its trailing zeros: `2024.1` and `2024.10`, `6.3` and `6.30` may be dates
    typed short, months apart. A frequency's period may be written before the count or after it, in figures or
    numerals (`1次/两个月`, `每2个月1次`): the words it keeps besides (`prefix`, `suffix`) are compared as read. So
    may the target's number (`18次` and `十八次`, `10日内办结` and `十日内办结`), where `parse(numerals=True)` reads it
    as that number: the words are compared with it in figures (`numerals_in_figures`). Lint's B7 still asks for the
    figures. So is a quarter's ordinal (`第1季度末` and `第一季度末`: `_QUARTER_SPELT`), which B7 takes either way, and a count
    that alone reads as a programme's name beside the same count in figures (`年底前建设3个中心` and `年底前建设三个中心`:
    `count_as_beside`), which diff weighs as that count."""
    a, b = (_QUARTER_SPELT.sub(lambda found: str(chinese_number(found.group(0))), text) for text in (a, b))
    old, new = parse(a, numerals=True), parse(b, numerals=True)
    old, new = count_as_beside(old, new), count_as_beside(new, old)
    a, b = numerals_in_figures(a), numerals_in_figures(b)
    if times_a_year(old) is not None:  # 1次/两个月 and 每2个月1次: one frequency, its period before or after the count
        return replace(old, text="") == replace(new, text="") and _signs(a) == _signs(b)
    (words, digits), (new_words, new_digits) = _written(a), _written(b)
    numbers = digits == new_digits if _bare(old) else [Decimal(d) for d in digits] == [Decimal(d) for d in new_digits]
    return replace(old, text="") == replace(new, text="") and words == new_words and numbers


_QUARTER_SPELT = re.compile(r"(?<=第)[一二三四](?=季度)")
"""The ordinal of a quarter spelt in numerals (`第一季度末`), which `chinese_numerals.SPELT` leaves as an ordinal's (第十八次):
one date written two ways, also as a count's deadline (`第1季度完成3次检查` and `第一季度完成3次检查`, whose words before the count hold
it), so that `same_writing` reads it in figures before it compares the values and their words."""


def same_amount(a: str, b: str) -> bool:
    """Whether two typed values are one amount in two money units (`≤254.3万元` and `≤2543000元`) or one share in two
    share units (`≤0.03%`, `≤3‱` and `≤万分之三`: `value_kinds.SHARES`): the same comparator and words, and the same
    amount to the last place (`≤254.3万元` and `≤2543001元` are two caps, `≤0.03%` and `≤4‱` two rates), and the
    same sign typed before it (`_signs`), as `same_writing` holds them to: `+5%` is a signed change, not `5%`, nor
    then `50‰` (增长率 `5%` → `+50‰` was noted as only its writing where `5%` → `+5%` was a plain 修改)."""
    old, new = parse(a, numerals=True), parse(b, numerals=True)
    sized = _sized(old), _sized(new)
    return (None not in sized and sized[0] == sized[1] and old.unit != new.unit
            and (old.op, old.prefix, old.suffix) == (new.op, new.prefix, new.suffix)
            and _signs(numerals_in_figures(a)) == _signs(numerals_in_figures(b)))


def _sized(value: Value) -> tuple[str, Decimal] | None:
    """What `same_amount` compares of a value: its money in 万元, or its share in ‱ (`values.multiplied`); None for
    any other value."""
    if value.money is not None:
        return "money", value.money
    if value.kind is Kind.QUANTITY and a_share(value.unit):
        unit, size = multiplied(value.unit)
        return unit, value.number * size
    return None


def _bare(value: Value) -> bool:
    """Whether a value is a number alone (`2024.1`, `6.30`), nothing typed with it saying what it counts."""
    return value.kind is Kind.QUANTITY and value.unit is None and value.op is None and not (value.prefix or value.suffix)


def _signs(text: str) -> set[str]:
    """The signs typed before a value's numbers (`+` of `+1次/月`), a word `same_writing` keeps however it reads."""
    return {_sign(found) for found in _SIGNED.finditer(normalise(text))}


def _written(text: str) -> tuple[str, list[str]]:
    """A value's words with each number a `#` after its sign, and the numbers' digits as typed, thousands commas
    dropped: what `same_writing` compares beside its meaning. Only width is folded (`９５％` is `95%`), not what
    else NFKC folds (`②`, `½`)."""
    norm = folded("".join(unicodedata.normalize("NFKC", char) if _WIDTH.match(unicodedata.decomposition(char))
                          else char for char in text))
    digits = [found["digits"].replace(",", "") for found in _SIGNED.finditer(norm)]
    return _SIGNED.sub(lambda found: _sign(found) + "#", norm), digits


_WIDTH = re.compile(r"<(?:wide|narrow)> ")
"""The decomposition of a full-width (`９`, `％`, the ideographic space) or half-width character."""
_SIGNED = re.compile(rf"(?P<sign>[-+]|{SPELT_MINUS.pattern}|)(?P<digits>" + NUMBER.pattern.removeprefix("[-+]?") + ")")
"""`NUMBER` with its sign apart, which `same_writing` keeps as a word: `+5%` is not `5%` retyped. A minus in words
(`负5%`, as `values.signed` reads it) is one (`_sign`)."""


def _sign(found: re.Match) -> str:
    """The sign `_SIGNED` found as typed in figures: `负5%` and `-5%` are one value written two ways."""
    return "-" if found["sign"] == "负" else found["sign"]


def month_of_the_year(value: Value) -> Value:
    """`value` read as a month of the budget year where it is a bare month (`12月`, `10月完成`) that a date beside it
    says is one (`10月底前` → `12月`): alone, `parse` reads `12月` as twelve months, a duration (`10月前` it reads as
    the deadline it is). Read by the one date
    parser, as `本年12月` is, so that it is the date `12月底`, `第四季度` and `年内` are read against."""
    if value.kind is not Kind.QUANTITY or value.unit != "月" or value.op or value.prefix:
        return value
    dated = read_date(normalise("本年" + value.text), value.text)
    return dated if dated and dated.kind is Kind.DATE else value


def wan_as_money(value: Value) -> Value:
    """`value` with a bare 万 after its number read as 万元 (`≤40万`, `40万以内`: at most 40 万元), for a value read as
    money: a cost row's, or one set against an amount. Spoken, an amount drops its 元, and a draft typed so still
    means the money: diff weighs `≤35万元` → `≤40万` as a cap raised, C3 adds it to the caps. Only a 万 followed by
    nothing or a comparator word: a 万 that opens another unit (`万人次`, `万册` are units of their own, `3万平方米` is
    area) is no money. The text and the unit `parse` read stay as typed, so C1 still asks for the unit."""
    if value.kind is not Kind.QUANTITY or value.unit is not None or not value.suffix.startswith("万"):
        return value
    unit, op, rest = unit_and_suffix("万元" + value.suffix[1:])
    if rest.strip(TRIM_CHARS) or op and value.op:
        return value
    return replace(value, unit=unit, op=value.op or op, suffix="")


def count_as_beside(value: Value, beside: Value) -> Value:
    """`value` read as the count done by its deadline that `beside` writes in figures of the same things, where alone
    its numeral stays words (`年底前建设两个中心` beside `年底前建设3个中心`: 2个中心 by the year's end); else as it is.
    Alone 建设四个中心 may name a programme (`spelt_counts._MADE_BEFORE`), and lint's B7 asks no figure of it; the other
    draft, typing the count, says it is one, so that diff reads 3 → 2 centres as a count lowered. The words before the
    count may differ, as a hedge or a later deadline makes them (`年底前建设约三个中心`, `力争年底前建设三个中心`: the hedge is then the
    count's or the deadline's, as in figures, not the bare deadline's); a set phrase (`年底前落实四个全面`:
    `spelt_counts.SET_PHRASES`) stays words whatever the other draft typed."""
    if value.kind is not Kind.DATE or beside.by is None or SET_PHRASE.search(value.text):
        return value
    figures = numerals_in_figures(value.text)
    read = parse(figures) if figures != value.text else None
    if read is None or read.by is None or (read.unit, read.suffix) != (beside.unit, beside.suffix):
        return value
    return replace(read, text=value.text)


def count_alone(value: Value) -> Value:
    """A count done by a deadline (`Value.by`) as the count alone, the deadline and the words of what is done by it out
    of its measure: `年底前完成3次检查` and `次年3月底前完成2次检查` are one measure, the count lowered, whose deadline is
    weighed apart. Only the deadline's own words go (`Value.by`'s text, all of a count's words before it): a level read
    with its deadline taken out of the clause (`target_texts._by_a_deadline`: `满意度于6月底前提高至90%`) keeps its name,
    which a blank prefix lost, so that `→ 合格率于6月底前达到85%` read as the one level lowered, not a target deleted.
    Any other value as it is."""
    return value if value.by is None else replace(value, prefix=value.prefix.removeprefix(value.by.text), by=None)
