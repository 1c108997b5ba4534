"""Whether a file that is not UTF-8 is Japanese (EUC-JP, Shift_JIS) or Korean (EUC-KR) text, told from GBK.

EUC-JP and EUC-KR write a character as two bytes from 0xA1 to 0xFE, as GB2312 does: such a file decodes as GBK,
Korean's common syllables (rows 0xB0–0xC8) on GB2312's common characters, and was named GBK, to be reopened as
GBK and shown as nonsense. Shift_JIS decodes as nothing jixiao names, and was told only to find its encoding.

Each is told by what only that language writes, which Chinese text read in its encoding does not give:
- Japanese by its kana (hiragana, full-width katakana). GBK's Chinese read as EUC-JP lands on kanji only (GB2312's
  kana rows are where JIS has them, and Chinese does not write them); read as Shift_JIS it fails, or gives
  half-width katakana (a GBK lead byte alone), which are counted against it.
- Korean by its Hangul syllables, nearly all of its letters. GBK's Chinese read as EUC-KR gives them too, for the
  characters of GB2312's rows 0xB0–0xC8 (啊 to 叁), but about half of what Chinese writes is beyond them (上, 是,
  在, 中, 一 …) and reads as Hanja or fails: only a few characters in a row fall inside by chance, so a file is
  Korean only with KOREAN_LEAST syllables, fewer being said as before (GBK).
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Encoding:
    """A Japanese or Korean encoding a file was told to be in: its codec, its name as VS Code's list gives it (typing
    it there finds it), and the language, in the user's words."""

    codec: str
    name: str
    language: str


EUC_JP = Encoding("euc_jp", "EUC-JP", "日文")
SHIFT_JIS = Encoding("cp932", "Shift JIS", "日文")
"""Shift_JIS as Windows writes it (code page 932, the Japanese Windows' ANSI)."""
EUC_KR = Encoding("cp949", "EUC-KR", "韩文")
"""EUC-KR as Windows writes it (code page 949, a superset for the rarer syllables), what VS Code's EUC-KR reads."""

_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
KANA_SHARE = 0.2
"""The share of a text's letters that are kana at or above which it is Japanese: Japanese prose writes about half
its letters as kana, a name or a heading in kana a few of them; Chinese read in a Japanese encoding none."""
KANA_LEAST = 3
"""The fewest kana that make a text Japanese: one or two could be a Chinese text's own (a shop's の)."""
HANGUL_SHARE = 0.9
"""The share of a text's letters that are Hangul syllables at or above which it is Korean (a Hanja or two aside)."""
KOREAN_LEAST = 12
"""The fewest Hangul syllables that make a text Korean: GBK's Chinese falls on them only for characters of rows
0xB0–0xC8, so 4 to 8 in a row now and then (安全, 部门名称, 金额合计, 年度目标 read as Korean), 12 hardly ever."""


def japanese_or_korean(raw: bytes) -> Encoding | None:
    """The Japanese or Korean encoding `raw` is text in, None when it is neither or too short to tell (see module)."""
    for encoding in (EUC_JP, SHIFT_JIS):
        letters = _letters(raw, encoding.codec)
        kana = sum(1 for char in letters if _KANA.match(char))
        if kana >= KANA_LEAST and kana >= KANA_SHARE * len(letters):
            return encoding
    letters = _letters(raw, EUC_KR.codec)
    hangul = sum(1 for char in letters if _HANGUL.match(char))
    return EUC_KR if hangul >= KOREAN_LEAST and hangul >= HANGUL_SHARE * len(letters) else None


def _letters(raw: bytes, codec: str) -> list[str]:
    """The letters `raw` holds beyond ASCII read in `codec` (kana, kanji, Hangul, half-width katakana), none when it
    does not decode."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return []
    return [char for char in text if not char.isascii() and char.isalpha()]
