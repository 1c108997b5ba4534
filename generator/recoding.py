"""Whether re-encoding a garbled spec as a whole gives every line back readable: the steps simulated on its text.

TEXT-MOJIBAKE's whole-file steps (save the file in the encoding it was wrongly read as, reopen it in the right one)
act on every line alike. On a file only partly garbled they garble the lines that read well: a Chinese character
saved as ISO 8859-1 is written "?", and GBK bytes reopened as UTF-8 show as "�". So the steps are advised only when
doing them here, with Python's codecs, gives back every line that is not ASCII as Chinese and keeps every other line
as it is; the one codec (of those the file may have been read as) under which that holds is the one to name.
Reopened as UTF-8, the file may show "�" only where the console had already lost a byte ("?" in the garbled text):
those characters were lost before, not by the steps, and are counted so the message can say how many to retype.
"""
from __future__ import annotations

from dataclasses import dataclass

from .mojibake import GBK, LOST, WESTERN, reads_as_chinese, utf8_read_back


@dataclass(frozen=True)
class Recoding:
    """The whole-file steps that give a garbled file back: the encoding it was wrongly read as, and how many "�"
    reopening it shows where the console had lost a byte (PowerShell's `>` only)."""

    read_as: str
    lost: int


def whole_recoding(text: str) -> Recoding | None:
    """The steps that give back every line of `text` readable, None when no such steps do (a line reads well
    already, or one would be garbled or lose a character): GBK tried first (PowerShell's `>`), then the western code
    pages in WESTERN's order, the first under which every line is Chinese again."""
    lines = [line for line in text.splitlines() if not line.isascii()]
    if not lines:
        return None
    if all(_utf8_again(line) for line in lines):
        return Recoding(GBK, text.encode(GBK, "replace").decode("utf-8", "replace").count("\ufffd"))
    for codec in WESTERN:
        if all(_gbk_again(line, codec) for line in lines):
            return Recoding(codec, 0)
    return None


def _utf8_again(line: str) -> bool:
    """Whether `line`, saved as GBK and reopened as UTF-8, reads as Chinese, showing "�" only beside a "?" the
    console wrote for a byte it could not read."""
    back = utf8_read_back(line)  # a line may keep nothing else: `value: "1娆?"` (1次) reads back as `value: "1□"`
    return back is not None and back != line and (reads_as_chinese(back) or back.replace(LOST, "").isascii())


def _gbk_again(line: str, codec: str) -> bool:
    """Whether `line`, saved as `codec` and reopened as GBK, reads as Chinese, every character written back."""
    try:
        back = line.encode(codec).decode(GBK)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return reads_as_chinese(back)
