"""Whether re-encoding a garbled spec as a whole gives it back: the steps simulated on its text.

TEXT-MOJIBAKE's whole-file steps (save the file in the encoding it was wrongly read as, reopen it in the right one)
act on every line alike. On a file only partly garbled they garble the lines that read well: a Chinese character
saved as ISO 8859-1 is written "?", and GBK bytes reopened as UTF-8 show as "�". So the steps are advised only when
doing them here, with Python's codecs, loses nothing on any line: no "?" or "�" appears that the console had not
already written, and garbling the result again gives back the line as it is, so the steps map the file's text one
to one onto what it was. Whether that text reads as Chinese is asked of most lines only, not of each: a wholly
garbled file with one foreign name (Müller, 김민수) or rare character (禤喆) on a line comes back exactly too, and
a line that reads well in a file garbled in part does not come back at all, under either path.
Reopened as UTF-8, the file may show "�" only where the console had already lost a byte ("?" in the garbled text):
those characters were lost before, not by the steps, and are counted so the message can say how many to retype.
"""
from __future__ import annotations

from dataclasses import dataclass

from .mojibake import (GBK, KEEP_C1, LOST, LOST_BYTE, UNREADABLE, UTF8, WESTERN, reads_as_chinese, reads_as_cjk,
                       utf8_between_losses, utf8_read_back)


@dataclass(frozen=True)
class Recoding:
    """The whole-file steps that give a garbled file back: the encoding it was wrongly read as, how many "�"
    reopening it shows where a byte was lost (by the console for PowerShell's `>`; for UTF-8 read as a western code
    page, where VS Code had shown "�" for a byte, or where it will write "?" for one of the five Windows-1252 has no
    letter for, kept as U+0081 and the like by the program that garbled it), and the encoding it was really in
    (UTF-8 for GBK's garbling; GBK, or UTF-8, for a western code page's: the one to reopen it in)."""

    read_as: str
    lost: int
    written_in: str = GBK


def whole_recoding(text: str) -> Recoding | None:
    """The steps that give back `text` losing nothing, most of its lines that are not ASCII as Chinese; None when
    no such steps do (a line reads well already, or would be garbled or lose a character): GBK tried first
    (PowerShell's `>`), then the western code pages in WESTERN's order, GBK read as them, then UTF-8 read as them. Asked once a spec: validate reads its garbled
    texts once (rules.text_mojibake.told) for the rule and for which other problems the garbling caused."""
    lines = [line for line in text.split("\n") if not line.isascii()]  # not splitlines: U+0085 is a byte of UTF-8 read as ISO 8859-1
    if not lines:
        return None
    backs = [_utf8_again(line) for line in lines]
    if _gives_back(backs, lambda back: reads_as_chinese(back) or back.replace(LOST, "").isascii()):
        return Recoding(GBK, text.encode(GBK, "replace").decode("utf-8", "replace").count("\ufffd"), UTF8)
    for codec in WESTERN:
        if _gives_back([_gbk_again(line, codec) for line in lines], reads_as_chinese):
            return Recoding(codec, _shown_lost(text, codec, GBK))
    for codec in WESTERN:
        if _gives_back([_utf8_from_western(line, codec) for line in lines], reads_as_cjk):
            return Recoding(codec, _shown_lost(text, codec, UTF8), UTF8)
    return None


def _shown_lost(text: str, codec: str, written_in: str) -> int:
    """How many "�" `text` shows saved as `codec` and reopened as `written_in` in VS Code, which writes "?" for what
    `codec` has no byte for: a "�" already there, and a byte Windows 1252 has no letter for (its encoder knows no
    U+0081 and the like, which KEEP_C1 gives back here)."""
    return text.encode(codec, "replace").decode(written_in, "replace").count("\ufffd")


def _gives_back(backs: list[str | None], chinese) -> bool:
    """Whether every line came back (none is None) and more than half of them as Chinese: that the steps lose nothing
    says they are safe, that most lines read as Chinese after them that they are the right ones."""
    return None not in backs and 2 * sum(1 for back in backs if chinese(back)) > len(backs)


def _utf8_again(line: str) -> str | None:
    """`line` saved as GBK and reopened as UTF-8 (LOST where the console had written "?" for a byte it could not
    read), when that loses nothing: every piece between such losses decodes, and garbling it again gives it back.
    A line may keep nothing else: `value: "1娆?"` (1次) reads back as `value: "1□"`."""
    back = utf8_read_back(line)
    if back is None:
        return None
    pieces = UNREADABLE.split(line)  # each decoded as UTF-8 and encoded again gives its bytes back: only GBK can differ
    return back if all(piece.encode(GBK).decode(GBK) == piece for piece in pieces) else None


def _gbk_again(line: str, codec: str) -> str | None:
    """`line` saved as `codec` and reopened as GBK, when every character is written and read back and garbling the
    result again (GBK bytes read as `codec`) gives back `line`."""
    try:
        back = line.encode(codec, KEEP_C1).decode(GBK)
        return back if back.encode(GBK).decode(codec, KEEP_C1) == line else None
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _utf8_from_western(line: str, codec: str) -> str | None:
    """`line` saved as `codec` and reopened as UTF-8 (LOST where VS Code had shown "�" for a byte it could not read,
    the character it belonged to dropped), when every other character is written and each piece between such losses
    reads as UTF-8. Garbling the result again gives back `line` then: `codec` (Windows-1252 with KEEP_C1) writes and
    reads all 256 bytes one to one, and UTF-8 read strictly is its bytes one to one too."""
    try:
        return utf8_between_losses([piece.encode(codec, KEEP_C1) for piece in line.split(LOST_BYTE)])
    except UnicodeEncodeError:
        return None
