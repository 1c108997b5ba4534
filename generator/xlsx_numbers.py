"""A spreadsheet cell's value as the text Excel shows for it, its number format applied in Decimal.

A cell holds a binary float (610.8 is 610.7999…, 0.1+0.2 is 0.30000000000000004), but what the user
typed and reads is what Excel displays, to the places its format shows (`0.00` shows 610.80). Excel
keeps 15 significant digits, so the float is read as that decimal first, then rounded half away from
zero as Excel rounds, then laid out by the format: places, thousands separators, percent, literal
text (`0.00"万元"`, `¥`). Dates and times are laid out by their format's tokens (`yyyy"年"m"月"d"日"`).
A format this does not lay out (fractions, scientific, digits with text between them) shows the
number as General does, which is still its digits, never the float's noise.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Context, Decimal

SIGNIFICANT = 15  # the digits Excel keeps of a number, and shows at most
_DIGIT = "0#?"
# Excel's built-in short date (format 14) follows the system's locale; openpyxl names it by the
# US one, and Excel in Chinese shows 2024/3/1.
_LOCALE_DATES = {"mm-dd-yy": "yyyy/m/d", "m/d/yy h:mm": "yyyy/m/d h:mm"}
# Built-in formats a workbook names by number alone, their code depending on the language of the
# Excel (or WPS) that shows them: openpyxl knows only the international ones and reads these as
# General, which showed the date 2022年1月5日 as 44566. These are Chinese Excel's (ECMA-376 18.8.30).
_YEAR_MONTH, _MONTH_DAY = 'yyyy"年"m"月"', 'm"月"d"日"'
_HOUR_MINUTE, _HOUR_SECOND = 'h"时"mm"分"', 'h"时"mm"分"ss"秒"'
CHINESE_BUILTIN = {
    27: _YEAR_MONTH, 28: _MONTH_DAY, 29: _MONTH_DAY, 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
    32: _HOUR_MINUTE, 33: _HOUR_SECOND, 34: "上午/下午" + _HOUR_MINUTE, 35: "上午/下午" + _HOUR_SECOND,
    36: _YEAR_MONTH, 50: _YEAR_MONTH, 51: _MONTH_DAY, 52: _YEAR_MONTH, 53: _MONTH_DAY, 54: _MONTH_DAY,
    55: "上午/下午" + _HOUR_MINUTE, 56: "上午/下午" + _HOUR_SECOND, 57: _YEAR_MONTH, 58: _MONTH_DAY,
}
# The system's long date and time ("长日期" in Excel's list): the code after the tag is only
# a fallback, and Excel in Chinese shows 2022年1月5日, not Wednesday, January 05, 2022.
_SYSTEM_FORMATS = {"[$-f800]": 'yyyy"年"m"月"d"日"', "[$-x-sysdate]": 'yyyy"年"m"月"d"日"',
                   "[$-f400]": "h:mm:ss", "[$-x-systime]": "h:mm:ss"}
_DATE_TOKEN = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|上午/下午|AM/PM|A/P|y+|m+|d+|h+|s+|a{3,4}|e|_.|\*.|.',
                         re.IGNORECASE)
_WEEKDAYS = "一二三四五六日"
# A character XML cannot hold as is (a carriage return pasted in with text) is saved as _x000D_;
# an underscore that would read as such an escape is itself saved as _x005F_.
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def excel_decimal(value: int | float) -> Decimal:
    """The number as Excel holds it: an int as is, a float to 15 significant digits."""
    if isinstance(value, int):
        return Decimal(value)
    number = Decimal(repr(value))
    if not number:
        return Decimal(0)
    exponent = number.adjusted() - (SIGNIFICANT - 1)
    if exponent > number.as_tuple().exponent:
        number = number.quantize(Decimal(1).scaleb(exponent), ROUND_HALF_UP)
    return number


def general(number: Decimal) -> str:
    """The General format: the digits, no trailing zeros, no exponent."""
    return "0" if not number else format(number.normalize(), "f")


def shown(value, number_format: str | None) -> str:
    """The cell's value as Excel shows it under `number_format` (None when empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return _date(value, number_format or "")
    if isinstance(value, float) and not math.isfinite(value):  # 1e309 saved by a program: Excel holds no such number
        return "#NUM!"
    if isinstance(value, (int, float)):
        return _number(excel_decimal(value), number_format or "General")
    text = _ESCAPE.sub(lambda m: chr(int(m[1], 16)), str(value))  # openpyxl leaves these as saved
    return text.replace("\r\n", "\n").replace("\r", "\n")


def positive_section(number_format: str) -> str:
    """The format's first section, which lays out positive numbers (and any number, if it is the only one)."""
    return _sections(number_format)[0]


def _sections(number_format: str) -> list[str]:
    """The format's `;`-separated sections (positive;negative;zero;text), quotes respected."""
    parts, current, quoted, escaped = [], [], False, False
    for ch in number_format:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    return parts + ["".join(current)]


def _tokens(section: str) -> list[tuple[str, str]] | None:
    """("digit" | "point" | "comma" | "percent" | "general" | "text", char) tokens; None for formats not laid out."""
    out, i = [], 0
    while i < len(section):
        ch = section[i]
        if section[i:i + 7].lower() == "general":
            out.append(("general", ""))
            i += 7
            continue
        if ch == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            out.append(("text", section[i + 1:end]))
            i = end + 1
            continue
        if ch == "[":
            end = section.find("]", i)
            end = len(section) if end < 0 else end
            inside = section[i + 1:end]
            if inside.startswith("$"):  # [$¥-804]: a currency symbol and a locale
                out.append(("text", inside[1:].split("-")[0]))
            i = end + 1  # colours, conditions, [DBNum1]: Excel's digits are what is read
            continue
        if ch == "\\":
            out.append(("text", section[i + 1:i + 2]))
        elif ch in "_*":
            pass  # padding to a character's width, or fill: no text of their own
        elif ch in _DIGIT:
            out.append(("digit", ch))
        elif ch == ".":
            out.append(("point", ch))
        elif ch == ",":
            out.append(("comma", ch))
        elif ch == "%":
            out.append(("percent", "%"))
        elif ch in "Ee/" or ch == "@":
            return None
        else:
            out.append(("text", ch))
        i += 2 if ch in "\\_*" else 1
    return out


def scaled_by(value, number_format: str | None) -> int:
    """How many powers of 1000 the format's commas after its digits divide the number by as it shows it
    (`0.00,,"万"` shows 6108500 as 6.11万: 2); 0 for a format that does not, and for what is no number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return 0
    _, tokens = _section(excel_decimal(value), number_format or "General")
    kinds = [kind for kind, _ in tokens or []]
    return _trailing_commas(kinds) if "digit" in kinds else 0


def _section(number: Decimal, number_format: str) -> tuple[Decimal, list[tuple[str, str]] | None]:
    """The number as the section of the format that lays it out shows it (a negative section writes its own
    sign), and that section's tokens."""
    sections = _sections(number_format)
    index = 0
    if number < 0 and len(sections) > 1:
        index, number = 1, -number  # the negative section writes its own sign (or parentheses)
    elif not number and len(sections) > 2:
        index = 2
    return number, _tokens(sections[index])


def _trailing_commas(kinds: list[str]) -> int:
    """The commas right after a section's last digit (`0.00,,`), each dividing the number by 1000."""
    last = len(kinds) - 1 - kinds[::-1].index("digit")
    count = 0
    while last + 1 + count < len(kinds) and kinds[last + 1 + count] == "comma":
        count += 1
    return count


def _number(number: Decimal, number_format: str) -> str:
    number, tokens = _section(number, number_format)
    if tokens is None:
        return general(number)
    kinds = [kind for kind, _ in tokens]
    if "digit" not in kinds:
        if "general" in kinds:
            return "".join(general(number) if kind == "general" else text for kind, text in tokens)
        return "".join(text for _, text in tokens)  # a section of text alone (`"-"` for zero)
    first = kinds.index("digit")
    last = len(kinds) - 1 - kinds[::-1].index("digit")
    body = tokens[first:last + 1]
    trailing_commas = _trailing_commas(kinds)
    if any(kind == "text" for kind, _ in body):
        return general(number)  # digits with text between them (000-0000): not laid out
    point = next((i for i, (kind, _) in enumerate(body) if kind == "point"), len(body))
    whole = [text for kind, text in body[:point] if kind == "digit"]
    places = [text for kind, text in body[point:] if kind == "digit"]
    grouped = any(kind == "comma" for kind, _ in body[:point])
    scaled = number * Decimal(100) ** kinds.count("percent") / Decimal(1000) ** trailing_commas
    # as many digits as the number has (up to 309 in Excel): quantize stopped at the default context's 28
    digits = Context(prec=max(28, scaled.adjusted() + len(places) + 2))
    rounded = scaled.quantize(Decimal(1).scaleb(-len(places)), ROUND_HALF_UP, digits)
    integer, _, fraction = format(abs(rounded), "f").partition(".")
    least = max((i + 1 for i, ch in enumerate(places) if ch == "0"), default=0)
    fraction = fraction.rstrip("0").ljust(least, "0")
    least_whole = whole.count("0")
    integer = "" if integer == "0" and not least_whole else integer.zfill(least_whole)
    if grouped:
        integer = f"{int(integer or 0):,}" if integer else ""
    digits = integer + ("." + fraction if point < len(body) else "")
    sign = "-" if rounded < 0 else ""
    before = "".join(text for _, text in tokens[:first])
    after = "".join(text for _, text in tokens[last + 1 + trailing_commas:])  # a scaling comma prints nothing
    return sign + before + digits + after


def _date(value, number_format: str) -> str:
    """A date or time laid out by its format's tokens; ISO when the format shows none of it."""
    number_format = _LOCALE_DATES.get(number_format, number_format)
    number_format = next((code for tag, code in _SYSTEM_FORMATS.items() if number_format.lower().startswith(tag)),
                         number_format)
    section = _sections(number_format)[0]
    tokens = _DATE_TOKEN.findall(section)
    if not any(re.fullmatch(r"[ymdhs]+|a{3,4}|e", t, re.IGNORECASE) for t in tokens):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    twelve = any(t.upper() in ("AM/PM", "A/P") or t == "上午/下午" for t in tokens)
    out = []
    for index, token in enumerate(tokens):
        lower = token.lower()
        if token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif token.startswith(("[", "_", "*")):
            continue
        elif lower[0] in "ye" and re.fullmatch(r"y+|e", lower):
            year = getattr(value, "year", 0)
            out.append(f"{year % 100:02d}" if len(lower) <= 2 and lower != "e" else str(year))
        elif re.fullmatch(r"m+", lower):
            if _minutes(tokens, index):
                out.append(f"{getattr(value, 'minute', 0):0{min(len(lower), 2)}d}")
            else:
                out.append(f"{getattr(value, 'month', 0):0{min(len(lower), 2)}d}" if len(lower) <= 2
                           else f"{getattr(value, 'month', 0)}月")
        elif re.fullmatch(r"d+", lower):
            if len(lower) <= 2:
                out.append(f"{getattr(value, 'day', 0):0{len(lower)}d}")
            else:
                out.append(value.strftime("%a" if len(lower) == 3 else "%A"))
        elif re.fullmatch(r"a{3,4}", lower):
            out.append(("星期" if len(lower) == 4 else "") + _WEEKDAYS[value.weekday()])
        elif re.fullmatch(r"h+", lower):
            hour = getattr(value, "hour", 0)
            hour = (hour % 12 or 12) if twelve else hour
            out.append(f"{hour:0{min(len(lower), 2)}d}")
        elif re.fullmatch(r"s+", lower):
            out.append(f"{getattr(value, 'second', 0):0{min(len(lower), 2)}d}")
        elif token == "上午/下午":
            out.append("上午" if getattr(value, "hour", 0) < 12 else "下午")
        elif token.upper() in ("AM/PM", "A/P"):
            morning = getattr(value, "hour", 0) < 12
            out.append(("AM" if morning else "PM") if len(token) > 3 else ("A" if morning else "P"))
        else:
            out.append(token)
    return "".join(out)


def _minutes(tokens: list[str], index: int) -> bool:
    """Whether an `m` token is minutes: after an hour, or before seconds (literals aside)."""
    def neighbour(step: int) -> str:
        k = index + step
        while 0 <= k < len(tokens):
            if re.fullmatch(r"[ymdhs]+", tokens[k], re.IGNORECASE):
                return tokens[k][0].lower()
            k += step
        return ""
    return neighbour(-1) == "h" or neighbour(1) == "s"
