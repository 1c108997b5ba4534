"""Output names too long for a file, shortened part by part so that what tells two files apart stays.

A form's name is its unit, its year and the form's own name (`某单位2026年度部门整体支出及项目绩效目标申报表`); a spec
not keeping the plain name adds its own label (`…（外贸发展项目）`, name_clashes). Cut as one text to its start and
its last 90 bytes, a long unit with a long label lost the form's name and the label's start, left `（一期））` with
a bracket unopened, and two labels differing near their start made one name. Each part is cut on its own here: the
year whole, the form's name and the unit each to their start and end around a `…`, the label to its start and end
within a share of its own; what a cut leaves of a bracket pair is dropped. Pure functions of the text, so a name is
the same on every build.
"""
from __future__ import annotations

import re

from .year_digits import YEAR_IN_FIGURES

MARK = "…"
_MARK_BYTES = len(MARK.encode("utf-8"))
_YEAR = re.compile(rf"(?<!\d){YEAR_IN_FIGURES}(?!\d)(?:年度|年)?")
_YEAR_SAID = re.compile(rf"(?<!\d){YEAR_IN_FIGURES}(?:年度|年)")
"""A year with its 年 after it, as a form's name says its year (`{{ year }}年度…`): taken before a bare one, which a
unit's name may hold (`南宁市1949纪念馆`), so that the form's name is not cut through the middle as a unit's."""
_PAIRS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "《": "》", "〈": "〉", "「": "」", "『": "』", "{": "}"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
LABEL_SHARE = 60
"""UTF-8 bytes a label keeps beside a plain name that leaves it no more room: 20 Chinese characters, 9 at each end
around the `…`, enough for a project's own words at both ends (`中国（广西）自由贸…项资金项目（一期）`), while the plain
name keeps at least 114 of MAX_NAME's 180 bytes: its year and a form's name (16-odd characters) whole."""


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def plain_within(name: str, limit: int) -> str:
    """`name` if it fits `limit` UTF-8 bytes, else its unit (what comes before its first year, `_YEAR_SAID` first), its
    year and the rest (the form's name) each kept as far as they fit: the year whole, the rest whole up to two thirds
    of the room left, else its start and end (`_cut`), the unit the rest of the room, its start and end. A name
    without a year is cut as one text."""
    if _size(name) <= limit:
        return name
    year = form_year(name)
    if not year:
        return _balanced(_cut(name, limit))
    unit, rest = name[:year.start()], name[year.end():]
    room = limit - _size(year.group(0))
    rest_room = min(_size(rest), room - min(_size(unit), room // 3))
    shortened = _cut(unit, room - rest_room) + year.group(0) + _cut(rest, rest_room)
    return _balanced(shortened)


def form_year(name: str) -> re.Match | None:
    """Where a form's name says its year: the first four figures standing alone with 年 or 年度 after them, else the
    first standing alone (`_YEAR_SAID`); what comes before it is the unit. Not the `1234` of `12345热线`."""
    return _YEAR_SAID.search(name) or _YEAR.search(name)


def labelled(stem: str, label: str, limit: int) -> str:
    """`stem（label）` within `limit` UTF-8 bytes: the label keeps what room the stem leaves it, and at least
    LABEL_SHARE bytes (its start and end, `_cut`); the stem (`plain_within`) the rest."""
    room = limit - _size("（）")
    label = _balanced(_cut(label, max(LABEL_SHARE, room - _size(stem))))
    return f"{plain_within(stem, room - _size(label))}（{label}）"


def added_label(name: str) -> str:
    """What `labelled` added to a form's name in `name`: its last `（label）`, with the `-2` of a clash after it, if any
    (name_clashes.free_name). The form's name before it may be shortened, so that `name` no longer starts with it whole:
    cut off by that name's length, a long unit's `new` said `写成“…西壮族…单位-2026）”`, its bracket unopened, or `“…”`."""
    end = len(name) - len(re.search(r"(?:-\d+)?$", name).group(0))
    if not name[:end].endswith("）"):
        return name
    depth = 0
    for at in range(end - 1, -1, -1):
        depth += (name[at] == "）") - (name[at] == "（")
        if depth == 0:
            return name[at:]
    return name


def _cut(text: str, limit: int) -> str:
    """`text` if it fits `limit` UTF-8 bytes, else its start and its end joined by `…`, the start the larger half."""
    if _size(text) <= limit:
        return text
    encoded = text.encode("utf-8")
    room = max(limit - _MARK_BYTES, 0)
    start = encoded[:(room + 1) // 2].decode("utf-8", "ignore")
    end = encoded[len(encoded) - room // 2:].decode("utf-8", "ignore")
    return f"{start.rstrip()}{MARK}{end.lstrip()}"


def _balanced(text: str) -> str:
    """`text` without the brackets it leaves unmatched, as a cut does (`（一期））`, `项目（一…`)."""
    opened: list[int] = []
    unmatched: set[int] = set()
    for at, char in enumerate(text):
        if char in _PAIRS:
            opened.append(at)
        elif char in _CLOSERS:
            if opened and text[opened[-1]] == _CLOSERS[char]:
                opened.pop()
            else:
                unmatched.add(at)
    unmatched.update(opened)
    return "".join(char for at, char in enumerate(text) if at not in unmatched)
