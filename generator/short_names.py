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

import hashlib
import os
import re

from .year_digits import YEAR_IN_FIGURES

MARK = "…"
_MARK_BYTES = len(MARK.encode("utf-8"))
_YEAR = re.compile(rf"(?<!\d){YEAR_IN_FIGURES}(?!\d)(?:年度|年)?")
_YEAR_SAID = re.compile(rf"(?<!\d){YEAR_IN_FIGURES}(?:年度|年)")
"""A year with its 年 after it, as a form's name says its year (`{{ year }}年度…`): taken before a bare one, which a
unit's name may hold (`某某市1949纪念馆`), so that the form's name is not cut through the middle as a unit's."""
_PAIRS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "《": "》", "〈": "〉", "「": "」", "『": "』", "{": "}"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
LABEL_SHARE = 60
"""UTF-8 bytes a label keeps beside a plain name that leaves it no more room: 20 Chinese characters, 9 at each end
around the `…`, enough for a project's own words at both ends (`中国（某某）自由贸…项资金项目（一期）`), while the plain
name keeps at least 114 of MAX_NAME's 180 bytes: its year and a form's name (16-odd characters) whole."""


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def plain_within(name: str, limit: int, keep: tuple[int, int] | None = None) -> str:
    """`name` if it fits `limit` UTF-8 bytes, else its unit (what comes before its first year, `_YEAR_SAID` first), its
    year and the rest (the form's name) each kept as far as they fit: the year whole, the rest whole up to two thirds
    of the room left, else its start and end (`_cut`), the unit the rest of the room, its start and end, and the span
    `keep` of `name` (`differing`) where it falls. A name without a year is cut as one text."""
    if _size(name) <= limit:
        return name
    year = form_year(name)
    if not year:
        return _balanced(_cut(name, limit, keep))
    unit, rest = name[:year.start()], name[year.end():]
    room = limit - _size(year.group(0))
    rest_room = min(_size(rest), room - min(_size(unit), room // 3))
    shortened = _cut(unit, room - rest_room, _within(keep, 0, year.start())) + year.group(0) + \
        _cut(rest, rest_room, _within(keep, year.end(), len(name)))
    return _balanced(shortened)


CONTEXT = 2
"""Characters kept either side of where two names differ (`differing`): `…试验区乙港片区…`, not `…乙港…`, and one
differing character (`第一中学`, `第二中学`) is read in its words, `…第二中学…`, not `…二…`."""


def differing(name: str, other: str) -> tuple[int, int] | None:
    """The span of `name` where it differs from `other`, between what the two share at their start and at their end,
    CONTEXT characters wider; None when they are one. Two long units differing in their middle (`…甲片区…`,
    `…乙港片区…`) were shortened alike to their start and end, and the name a clash labels (name_clashes) told
    nothing of which unit it was."""
    if name == other:
        return None
    start = len(os.path.commonprefix([name, other]))
    end = len(name) - len(os.path.commonprefix([name[start:][::-1], other[start:][::-1]]))
    return max(start - CONTEXT, 0), min(end + CONTEXT, len(name))


TAG_LETTERS = 6
"""Letters of a form's name's hash that `title_tag` adds: one in 300 million for two names to share them."""


def title_tag(title: str) -> str:
    """`-` and TAG_LETTERS small letters of the SHA-256 of a form's name, unshortened: added to a name shortened apart
    (`differing`) that is still taken (name_clashes.free_name). Where two names differ is not always left readable:
    only in brackets a cut leaves unmatched (`…（南一》西…`, `…（南(一《西…`, which `_balanced` drops), or inside brackets
    nested so deep that `_middle` keeps nothing of them but `…` (`（…）…`); of 30,000 random pairs of long names full of
    loose brackets, 3 named the second spec as the first and 30 of 7,953 third specs as the second, each then numbered
    `-2` by rank. Of the form's name alone, the tag is the same on every build; letters, not hex digits, which could
    all be figures (`-943696`) and read as that number."""
    number = int.from_bytes(hashlib.sha256(title.encode("utf-8")).digest(), "big")
    letters = []
    for _ in range(TAG_LETTERS):
        number, at = divmod(number, 26)
        letters.append(chr(ord("a") + at))
    return "-" + "".join(letters)


def _within(keep: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    """The part of the span `keep` between `start` and `end`, counted from `start`; None when none of it is."""
    if keep is None or keep[1] <= start or keep[0] >= end:
        return None
    return max(keep[0], start) - start, min(keep[1], end) - start


def form_year(name: str) -> re.Match | None:
    """Where a form's name says its year: the first four figures standing alone with 年 or 年度 after them, else the
    first standing alone (`_YEAR_SAID`); what comes before it is the unit. Not the `1234` of `12345热线`."""
    return _YEAR_SAID.search(name) or _YEAR.search(name)


def labelled(stem: str, label: str, limit: int, keep: tuple[int, int] | None = None) -> str:
    """`stem（label）` within `limit` UTF-8 bytes: the label keeps what room the stem leaves it, and at least
    LABEL_SHARE bytes (its start and end, `_cut`); the stem (`plain_within`, keeping its span `keep`) the rest."""
    room = limit - _size("（）")
    label = _balanced(_cut(label, max(LABEL_SHARE, room - _size(stem))))
    return f"{plain_within(stem, room - _size(label), keep)}（{label}）"


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


def _cut(text: str, limit: int, keep: tuple[int, int] | None = None) -> str:
    """`text` if it fits `limit` UTF-8 bytes, else its start and its end joined by `…`, the start the larger half; with
    a span to `keep` (widened to whole brackets, `_bracketed`), that span (up to two thirds of the room, `_middle`)
    between them, each joined by `…`. A start or end keeps whole brackets or none (`_kept_start`)."""
    if _size(text) <= limit:
        return text
    if keep is not None:
        wide = _bracketed(text, keep)
        head, tail = text[:wide[0]], text[wide[1]:]
        middle = _middle(text, keep, wide, limit * 2 // 3)  # what tells two names apart first: the rest is both names'
        room = max(limit - _size(middle) - 2 * _MARK_BYTES, 0)
        head_room = min(_size(head), room - min(_size(tail), room // 2))
        tail_room = min(_size(tail), room - head_room)
        if _size(head) > head_room:
            head = _kept_start(head, head_room, len(head)).rstrip() + MARK
        if _size(tail) > tail_room:
            tail = MARK + _kept_end(tail, tail_room, 0).lstrip()
        return f"{head}{middle}{tail}"
    room = max(limit - _MARK_BYTES, 0)
    start, end = len(_start(text, (room + 1) // 2)), len(text) - len(_end(text, room // 2))
    return f"{_kept_start(text, (room + 1) // 2, end).rstrip()}{MARK}{_kept_end(text, room // 2, start).lstrip()}"


def _middle(text: str, keep: tuple[int, int], wide: tuple[int, int], limit: int) -> str:
    """The span `wide` of `text`, `keep` widened to whole brackets, within `limit` UTF-8 bytes: whole, else when it is
    one bracket holding `keep`, that bracket around its inside cut keeping `keep`, else its start and end. Cut to its
    start and end, a bracket too long to keep whole lost what it was widened to keep: two units differing in it
    (`某某市（中国（某某）自由贸易试验区甲片区与…联合办公室）`, `…乙港片区…`) made one name again."""
    middle = text[wide[0]:wide[1]]
    inside = _within(keep, wide[0] + 1, wide[1] - 1)
    if _size(middle) <= limit or inside is None or (wide[0], wide[1] - 1) not in _pairs(text):
        return _cut(middle, limit)
    return f"{middle[0]}{_cut(middle[1:-1], max(limit - _size(middle[0] + middle[-1]), 0), inside)}{middle[-1]}"


def _kept_start(text: str, limit: int, end: int) -> str:
    """The start of `text` a cut keeps within `limit` UTF-8 bytes, `text` kept again from `end` on, so that no
    bracket's inside is kept without both its brackets: a bracket opened in the start and closed in the part cut out
    is left out whole, from its opening. Its half bracket alone dropped (`_balanced`), `中国（某某）自由贸易试验区…` was
    `中国某…`, beside the other file's `中国（某某）自由…`. A bracket opened in the start and closed in the end is kept,
    `…（中国…（一期））`. When leaving it out would leave less than half of the start (`某某（中国（某某）自由贸易试验区…
    综合服务中心）与…` kept as `某某…`, 56 bytes of the 180 unused), it is kept closed after a `…`:
    `某某（中国（某某）自由贸易试验区乙港…）…`."""
    kept = len(_start(text, limit))
    left_open = [pair for pair in _pairs(text) if pair[0] < kept <= pair[1] < end]
    if not left_open:
        return text[:kept]
    opening, closing = min(left_open)  # the outermost
    if 2 * _size(text[:opening]) >= _size(text[:kept]):
        return text[:opening]
    before, after = text[:opening + 1], text[closing]
    room = max(limit - _size(before) - _MARK_BYTES - _size(after), 0)
    inside = _kept_start(text[opening + 1:closing], room, closing - opening - 1).rstrip()
    return f"{before}{inside}{MARK}{after}" if inside else text[:opening]


_TURNED = str.maketrans({**_PAIRS, **_CLOSERS})


def _kept_end(text: str, limit: int, start: int) -> str:
    """The end of `text` a cut keeps within `limit` UTF-8 bytes, `text` kept from its start up to `start`: as
    `_kept_start` keeps a start, read from the end: `…（…乙港片区管理委员会综合服务中心）`."""
    turned = text[::-1].translate(_TURNED)
    return _kept_start(turned, limit, len(text) - start)[::-1].translate(_TURNED)


def _bracketed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """`span` of `text` widened to the brackets any of it is in or cuts through, so that what it keeps of a bracket's
    inside (`甲片区` of `（甲片区）`) keeps its brackets when the start and end around it are cut."""
    start, end = span
    pairs = _pairs(text)
    while True:
        wider = [(opening, closing + 1) for opening, closing in pairs
                 if opening < end and closing >= start and not start <= opening < closing < end]
        if not wider:
            return start, end
        start, end = min(start, *(at for at, _ in wider)), max(end, *(at for _, at in wider))


def _pairs(text: str) -> list[tuple[int, int]]:
    """Where each bracket of `text` that is closed opens and closes, as `_balanced` pairs them."""
    opened: list[int] = []
    pairs: list[tuple[int, int]] = []
    for at, char in enumerate(text):
        if char in _PAIRS:
            opened.append(at)
        elif char in _CLOSERS and opened and text[opened[-1]] == _CLOSERS[char]:
            pairs.append((opened.pop(), at))
    return pairs


def _start(text: str, limit: int) -> str:
    """As much of the start of `text` as fits `limit` UTF-8 bytes, whole characters only."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _end(text: str, limit: int) -> str:
    """As much of the end of `text` as fits `limit` UTF-8 bytes, whole characters only."""
    encoded = text.encode("utf-8")
    return encoded[len(encoded) - limit:].decode("utf-8", "ignore")


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
