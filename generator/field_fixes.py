"""What a field that failed its schema was meant to read, when what was typed shows the slip.

Values slip: `６１０.８５`, `1,610.85` or `610.85万元` in a money field are text, not numbers, and `无`
or `——` copied from a paper form's empty cell is text where a number may be left empty. A key typed
with full-width letters or spaces, misspelt or as the field's Chinese title is an unknown field. The schema
says only that the type or the key is wrong; these say what to type instead.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Collection, Sequence
from decimal import Decimal

from .amount_places import padded
from .han import FULL_WIDTH_COMMENT, FULL_WIDTH_HASH, NO_BREAK, NO_BREAK_SAID, ODD_SPACES
from .key_lines import schema_titles
from .rules.budget_sum import EXACT
from .schema_words import describe, in_chinese_quotes

_BLANK_MARKS = re.compile(r"[-－—–―─/／\\ 　]*|无|暂无|没有|空|空白|不适用|null|none", re.IGNORECASE)
"""What a paper form holds in a cell left empty: 无, a dash, a slash. Typed into a number field, it is text."""

BLANK_CELL = "表上这一格要空着时写 null"
"""How a number field that may be empty is left blank, said alike when it is mistyped and when it is missing."""


def blank_mark(typed: str) -> bool:
    """Whether `typed` is what a paper form holds in a cell left empty (`无`, `——`, `/`): no value, but a word for none."""
    return _BLANK_MARKS.fullmatch(typed.strip()) is not None


def blank_fix(typed: str, whole: bool = False) -> str | None:
    """How to write a number field that may be empty, when `typed` is what a form shows for an empty
    cell (`无`, `——`, `/`).

    The general advice (write a number) sends the author looking for a figure they do not have; what
    they meant is a blank cell, written `null` (or nothing after the colon), or a printed zero.
    """
    if not blank_mark(typed):
        return None
    zero = "0" if whole else "0.00"
    return f"{BLANK_CELL}（或冒号后面什么都不写），要印成 0 时写 {zero}"


_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_PERCENT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?[ ]*%(?:[ ]*(?:万元|万|元))?")
"""A percentage, with the unit a clerk may add after it as after any amount (`5%万元`, or `5%（万元）` once read so)."""
SHARE_IN_AMOUNT = "这一栏写的是多少万元，不是百分比；请写出这笔钱的万元数，只写数字，不带“%”"
"""An amount typed as a percentage (`48%`, `５％`): a share of what is not known here, so no number is offered, and
`金额请直接写数字…不要加…单位` had the clerk write the 48 alone, 48 万元."""


def number_fix(typed: str, whole: bool = False, amount: bool = True, places: int | None = None,
               beside: Sequence[int | Decimal] = ()) -> str | None:
    """What a number typed as text should read, and why: `６１０.８５` → 610.85 (full-width digits).

    The author's digits are kept as typed (precision included); only the slip is taken out. Returns
    a phrase like "用了全角字符（中文输入法）；请写成 610.85", or None when the text is not a number with a slip
    (or, with `whole`, not a whole number). Only an `amount` is in 万元: a currency sign or a 元 is
    taken out of it, and 元 converted; any other number (a 分值, a head count, a year) is told to drop
    the unit it was typed with (`90万`, `18人`), unconverted, since what the unit meant is not known.
    An amount is written with the `places` decimals the form's other amounts have (`1.5万` → 1.50), zeros
    added, never digits taken away. An amount whose comma, read as a thousands separator, makes it about a hundred
    times the amounts `beside` it (`2,057` among the other tasks' 1.50 and 22.15) is also offered as the same digits with the form's
    decimals (20.57): the comma may have been typed for the decimal point, in the wrong place. A comma with one or
    two digits after it (`7,24`), or after a lone 0 (`0,600`: no thousands separator follows a leading zero), can be
    no thousands separator: it is the decimal comma of a European keyboard or spreadsheet, read as the point (7.24,
    0.60; zeros past the form's decimals dropped, as they change no amount). One comma with three digits after it
    (`1,000`, `4,105`) may be either: a thousand or one, said as both (`是千位分隔请写成 1000.00，是小数点请写成 1.00`),
    since nothing in the text tells which the author's keyboard meant, and `请写成 1000.00` alone made a European
    author's 1 万元 a thousand times itself. Several groups (`1,000,000`), a point after (`1,000.50`) or amounts
    `beside` it of the thousands' size (`2,057` among 1500.00 and 2230.00) tell thousands. A space between groups of
    three (`1 234.50`, as some spreadsheets and banks print amounts) can only separate thousands, and is said so as the
    comma is, not left to the general advice to write a number. An amount typed as a percentage is told it is no
    share (SHARE_IN_AMOUNT), with no number offered. A letter typed for the digit it looks like (O or o for 0, l or I
    for 1: `986.2O`) among digits is named and read as that digit.
    """
    money = amount and not whole
    commented = FULL_WIDTH_COMMENT.search(typed)
    if commented:  # `2026 ＃ 年度`: the number is what comes before the comment meant
        typed = typed[:commented.start()]
    reasons = [FULL_WIDTH_HASH] if commented else []
    reasons += _odd_spaces(typed)
    text = typed.strip()
    quoted = in_chinese_quotes(text)
    if quoted is not None:  # `year: “2024”`: was told 请直接写阿拉伯数字 of the digits it holds
        reasons.append("数字不要加中文引号")
        text = quoted.strip()
    bracketed = _BRACKETED_UNIT.search(text) if money else None
    if bracketed:  # `1.50（万元）` as `1.50万元`: its full-width brackets are no full-width digits
        text = text[:bracketed.start()].rstrip() + bracketed["unit"]
    if money and text and text[0] in "¥￥$＄":
        reasons.append(f"不用写货币符号“{text[0]}”")
        text = text[1:].strip()
    half = unicodedata.normalize("NFKC", text).replace("。", ".")
    if half != text:
        reasons.append("用了全角字符（中文输入法）")
        text = half
    text, letters = _lookalike_digits(text)
    reasons += [f"“{letter}”是英文字母，应为数字 {_LOOKALIKES[letter]}" for letter in letters]
    if money and _PERCENT.fullmatch(text):
        return SHARE_IN_AMOUNT
    yuan = money and text.endswith("元") and not text.endswith("万元")
    if not money:
        unit = _trailing_unit(text)
    elif text.endswith(("万元", "万")) or yuan:
        unit = "万元" if text.endswith("万元") else text[-1]
    else:
        unit = None
    if unit:
        shown = bracketed[0].strip() if bracketed else unit
        reasons.append(f"不用写单位“{shown}”（表中金额的单位已是万元）" if money else f"不用写单位“{unit}”")
        text = text[:-len(unit)].strip()
    decimal = None  # the amount's digits read with the comma as a decimal point, when that reading fits
    either = None  # the same text read with its one comma as the decimal point, when that is as likely as thousands
    if re.fullmatch(r"-?(?!0,)[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", text):
        if (not whole and not yuan and (money or not unit) and re.fullmatch(r"-?[0-9]{1,3},[0-9]{3}", text)
                and not _like_beside(text.replace(",", ""), beside)):
            either = _comma_as_point(text, money, places)
        reasons.append("逗号可能是千位分隔，也可能是小数点" if either else "不用写千位分隔的逗号")
        text = text.replace(",", "")
        decimal = _decimal_reading(text, places, beside) if money and not unit else None
    if re.fullmatch(r"-?[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?", text):  # `1 234.50`: a space is never a decimal point
        reasons.append("不用写千位分隔的空格")
        text = text.replace(" ", "")
        decimal = _decimal_reading(text, places, beside) if money and not unit else None
    if not whole and not unit and re.fullmatch(r"-?(?:[0-9]+,[0-9]{1,2}|0,[0-9]+)", text):
        reasons.append("小数点要用英文句点“.”，不用逗号")
        text = _comma_as_point(text, money, places)
    if not _NUMBER.fullmatch(text) or (whole and "." in text):
        return None
    unpadded = re.sub(r"^(-?)0+(?=[0-9])", r"\1", text)
    if unpadded != text:
        reasons.append("数字不要以 0 开头")
        text = unpadded
    if not reasons:
        reasons.append("数字不要加引号")  # a plain number would have loaded as one
    if yuan:  # converted first: 15000元 is far likelier 1.5 万元 than 15000 万元 typed with a stray 元
        in_wan = padded(f"{Decimal(text).scaleb(-4, EXACT).normalize(EXACT):f}", places)  # exact past 28 digits
        return (f"{'，'.join(reasons)}；{text} 元即 {in_wan} 万元，请写成 {in_wan}"
                f"（若本意是 {text} 万元，写成 {padded(text, places)}）")
    if unit and not money:  # 90万 as a count may mean 900000: the digits typed are an example, not the answer
        return f"{'，'.join(reasons)}；请只写数字，如 {text}"
    written = padded(text, places) if money else text
    if either:
        return (f"{'，'.join(reasons)}（小数点要用英文句点“.”）；是千位分隔请写成 {written}，是小数点请写成 {either}"
                + (f"，逗号也可能是打错了位置的小数点，写成 {decimal}（{written} 万元比其他各项的这一金额大得多）"
                   if decimal else ""))
    if decimal:
        return (f"{'，'.join(reasons)}；请写成 {written}，或写成 {decimal}"
                f"（{written} 万元比其他各项的这一金额大得多，逗号可能是打错的小数点）")
    return f"{'，'.join(reasons)}；请写成 {written}"


_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1"}
"""Letters typed for the digits they look like (`986.2O`, `l50.00`): told only `请直接写数字`, a clerk looking at
`986.2O` sees a number and finds nothing to mend."""
_AMONG_DIGITS = re.compile(rf"[0-9.,{''.join(_LOOKALIKES)}]*[0-9][0-9.,{''.join(_LOOKALIKES)}]*")
"""A run of digits, points and commas holding a look-alike letter (`_LOOKALIKES`): a letter with no digit beside it
(`O`, `Ol`) or past a unit (`10ml`) is no digit mistyped."""


def _lookalike_digits(text: str) -> tuple[str, list[str]]:
    """`text` with the look-alike letters among its digits read as those digits (`986.2O` → 986.20), and the letters
    so read, each once, in the order typed."""
    letters: list[str] = []

    def digits(run: re.Match) -> str:
        letters.extend(letter for letter in run.group() if letter in _LOOKALIKES and letter not in letters)
        return run.group().translate(str.maketrans(_LOOKALIKES))

    return _AMONG_DIGITS.sub(digits, text), letters


_BRACKETED_UNIT = re.compile(r"[ ]*[（(][ ]*(?P<unit>万元|元|万)[ ]*[）)]$")
"""A unit in brackets after an amount (`1.50（万元）`, `1.50(元)`), as a form's header writes it: `金额（万元）`."""
_UNIT_TYPED = re.compile(r"-?[0-9]+(?:\.[0-9]+)?[ ]*(?:万元|元|万|[（(][ ]*(?:万元|元|万)[ ]*[）)])")


def unit_slip(typed: str, places: int | None = None) -> str | None:
    """What is wrong with an amount typed with its unit and nothing else amiss (`610.85万元`, `15000元`, `7.24万`,
    `1.50（万元）` as the form's header writes the unit), and what to write, after the field's name; None for any other value. The one wording of AMOUNT-UNIT wherever
    the slip is found: beside a syntax error, by the loader's sweep of the lines (syntax_slips.amount_units), and
    by the schema once the file reads. The two said the same slip under two codes and in two wordings."""
    if not _UNIT_TYPED.fullmatch(typed):
        return None
    return f"应为数字，实际是{describe(typed)}；{number_fix(typed, places=places)}"


def _comma_as_point(text: str, money: bool, places: int | None) -> str:
    """`text` (digits with one comma) with its comma read as the decimal point: an amount's zeros past the form's
    decimals dropped (0,600 is 0.60: they are no digits of it), its own decimals kept (0,625 is 0.625)."""
    whole_part, fraction = text.split(",")
    if money and places is not None:
        fraction = fraction[:places] + fraction[places:].rstrip("0")
    return padded(f"{whole_part}.{fraction}", places) if money else f"{whole_part}.{fraction}"


def _like_beside(digits: str, beside: Sequence[int | Decimal]) -> bool:
    """Whether `digits` read whole are of the size of the amounts beside it (less than 30 times their middle): the
    siblings' own thousands tell that the comma separates thousands, not decimals a thousand times smaller."""
    others = sorted(Decimal(value) for value in beside if value > 0)
    return bool(others) and Decimal(digits) < 30 * others[len(others) // 2]


def _decimal_reading(digits: str, places: int | None, beside: Sequence[int | Decimal]) -> str | None:
    """`digits` (an amount typed with thousands commas, taken out) with the form's decimals, 2057 → 20.57, when
    read whole it is some hundred times the middle of the amounts beside it (30 to 3000 times) and so read it is
    not: `请写成 2057.00` alone gave a task a hundred times its neighbours' money. Digits kept, none added."""
    shift = places or 2
    others = sorted(Decimal(value) for value in beside if value > 0)
    if "." in digits or digits.startswith("-") or not others or len(digits) <= shift:
        return None
    middle = others[len(others) // 2]
    if not 30 <= Decimal(digits) / middle <= 3000:
        return None
    return f"{digits[:-shift]}.{digits[-shift:]}"


def _odd_spaces(typed: str) -> list[str]:
    """The spaces YAML keeps in a value typed without quotes (a full-width one, a no-break one) at its start or end,
    named: they, not quotes, made `610.85　` text. (A plain space there was quoted, and is said as quotes.)"""
    reasons = []
    for where, spaces in (("开头", typed[:len(typed) - len(typed.lstrip())]), ("末尾", typed[len(typed.rstrip()):])):
        named = next((ODD_SPACES[char] for char in spaces if char in ODD_SPACES), None)
        if named:
            reasons.append(f"{where}多了一个{named[0]}（{named[1]}）")
    return reasons


def _trailing_unit(text: str) -> str | None:
    """The Chinese unit word a number was typed with (`90万` → 万, `18人` → 人, `2024年` → 年), if any."""
    found = re.search(r"[0-9][ ]*(?P<unit>[\u4e00-\u9fff]{1,2})$", text)
    return found["unit"] if found else None


def key_fix(key: str, allowed: list[str]) -> str | None:
    """The field name meant by a key typed with full-width letters or spaces, if it is one of `allowed`."""
    half = half_width(key)
    if half == key or half not in allowed:
        return None
    if unicodedata.normalize("NFKC", key) == key:  # only plain spaces around it: `"basic ": 1`
        return f"字段名前后多了空格；请写成“{half}”"
    if all(char.isascii() or char in NO_BREAK for char in key):  # `- \u00a0level1:`, pasted from Word after a dash
        return f"字段名前后多了{NO_BREAK_SAID}；请删掉它，写成“{half}”"
    return f"字段名里有全角字符（中文输入法的空格或字母）；请用英文输入法写成“{half}”"


def half_width(key: str) -> str:
    """The key as it reads with an English input method: full-width letters and spaces made plain."""
    return unicodedata.normalize("NFKC", key).strip()


def meant_key(key: str, present, titles: dict[str, str], required: Collection[str] = ()) -> str | None:
    """The field an unknown key most likely stands for: its Chinese title typed as the key, or a close
    spelling of a field not already there (`levell` beside level2 is level1, not level2). A Chinese key is matched
    against the titles another form gives the fields too (`单位` near 单位名称, another form's title of `unit`,
    where this one's is 部门名称): a clerk copying from another unit's table types its words. Of titles holding as
    many of its characters, a field `required` and not `present` is taken: `指标值` shares all three with 上年指标值
    and 实施周期指标值, and beside an 年度指标值 was asked `是否想写“prior_value”（上年指标值）？`, the shorter title
    nearer by difflib's ratio, where the row lacked the required period_value."""
    if key in titles.values():
        return next(k for k, title in titles.items() if title == key)
    free = [k for k in titles if k not in present] or list(titles)
    close = difflib.get_close_matches(key, free, n=1)
    if not close and re.search(r"[\u4e00-\u9fff]", key):  # 预算 for 预算整体情况, 总体目标 for 总体绩效目标
        elsewhere = schema_titles()
        by_title = {**{title: k for k in free for title in elsewhere.get(k, ())}, **{titles[k]: k for k in free}}
        near = difflib.get_close_matches(key, list(by_title), n=len(by_title), cutoff=0.5)
        tied = [title for title in near if _shared(key, title) == _shared(key, near[0])]
        close = [by_title[title] for title in tied if by_title[title] in required and by_title[title] not in present]
        close += [by_title[title] for title in near[:1]]
    return close[0] if close else None


def _shared(key: str, title: str) -> int:
    """How many characters of `key` `title` holds in the same order (as difflib matches them)."""
    return sum(block.size for block in difflib.SequenceMatcher(None, title, key).get_matching_blocks())


def key_hint(key: str, present, titles: dict[str, str], required: Collection[str] = ()) -> str | None:
    """What to say of an unknown key that stands for one of the fields `titles` names (see key_fix, meant_key):
    how to retype it, or `是否想写“year”（年度）？`; None when it stands for none."""
    fix = key_fix(key, list(titles))
    meant = meant_key(key, present, titles, required)
    if fix:
        return fix
    if meant and key == titles[meant]:
        return f"字段名要写英文：“{titles[meant]}”请写成“{meant}”"
    return f"是否想写“{meant}”（{titles[meant]}）？" if meant else None


def names_field(key: str, titles: dict[str, str]) -> bool:
    """Whether a word typed where text may stand as well (before a full-width colon: `单位：甲`, `注：甲`) names one of
    the fields `titles` names: their English name retyped, or near a name of the field it most likely stands for
    (meant_key) and beginning or ending as that name does (`单位`, `一级`, `总体目标`; `指标名称`, `指标值`). Near only
    by a word they share elsewhere, it is about another thing: `金额单位：万元` (the unit money is counted in) shares
    单位 with 单位名称 and was told to be written `unit` (部门名称)."""
    if key_fix(key, list(titles)):
        return True
    meant = meant_key(key, (), titles)
    return meant is not None and any(name[:1] == key[:1] or name[-1:] == key[-1:]
                                     for name in (titles[meant], *schema_titles().get(meant, ())))


def rename_fix(typed: str, meant: str) -> str:
    """`，并把“transfr”改成“transfer”` after the line's move, for a key typed otherwise than the field it is."""
    return f"，并把“{typed}”改成“{meant}”" if typed != meant else ""
