"""The `date-time` and `time` formats of JSON Schema (RFC 3339), checked without a library.

jsonschema checks them only when rfc3339-validator is installed, which jixiao does not require: with it
missing, a form's 填报时间 written `format: date-time` would be checked on one machine and not on the
next. The grammar is small, so it is checked here, as strictly as the standard and the editor (VS Code's
JSON and YAML support) read it: `2024-06-30T09:00:00+08:00`, a time zone always given (`Z` or `±hh:mm`),
digits ASCII only, a date of the calendar, and a leap second (`:60`) only as the last second of a UTC day.
"""
from __future__ import annotations

import datetime
import re

_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9]|60)(?:\.[0-9]+)?(?:[Zz]|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_LAST_MINUTE_OF_A_DAY = 23 * 60 + 59


def is_time(instance: object) -> bool:
    """RFC 3339 `full-time` (`09:00:00+08:00`, `01:00:00.5Z`); a value that is no text is the `type`'s to judge."""
    if not isinstance(instance, str):
        return True
    found = _TIME.fullmatch(instance)
    if not found:
        return False
    hour, minute, second, sign, offset_hours, offset_minutes = found.groups()
    if second != "60":
        return True
    offset = 0 if sign is None else int(f"{sign}1") * (int(offset_hours) * 60 + int(offset_minutes))
    return (int(hour) * 60 + int(minute) - offset) % (24 * 60) == _LAST_MINUTE_OF_A_DAY


def is_date_time(instance: object) -> bool:
    """RFC 3339 `date-time`: a date of the calendar, `T` (or `t`), and a `full-time` (`is_time`)."""
    if not isinstance(instance, str):
        return True
    date, separator, time = instance.partition("T") if "T" in instance else instance.partition("t")
    found = _DATE.fullmatch(date)
    if not separator or not found:
        return False
    try:
        datetime.date(*map(int, found.groups()))
    except ValueError:
        return False
    return is_time(time)
