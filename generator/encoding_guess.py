"""Which of the encodings that write Chinese or Japanese in two bytes a file that is not UTF-8 is in: GBK, Big5,
EUC-JP or Shift_JIS, each told by how much of what it reads is what text in it commonly writes.

Their bytes overlap: GB2312 and EUC-JP write every character as two bytes from 0xA1 to 0xFE, keep katakana and
hiragana on the same rows, and put their most used characters on rows 0xB0 onwards; Big5 puts its own most used
hanzi on rows 0xA4–0xC6, where the others keep their kana and common characters. So a file reads in another of them
too, often to common characters (データ in EUC-JP reads in Big5 as 犯□正, スーパー市场 in GBK as 旦奈由奈庈部), and
no one reading says it is right. Each reading is scored alike, as the share of its characters that its own text
commonly uses (`share`), and every reading about as good as the best is named: one when the others read as rare
characters, two or three when the bytes are common text in each, for the user to see which reads.

Japanese is a candidate only when its reading holds kana: the kanji it shares with Chinese say nothing of a file
of Chinese, which users of jixiao write, and a kanji-only Japanese file is rare. Japanese told by hiragana in several
places, or Korean, is told before (japanese_korean), and needs no guess.
"""
from __future__ import annotations

import re

from .japanese_korean import EUC_JP, SHIFT_JIS
from .mojibake import BIG5, GBK, is_common_chinese, is_common_traditional

COMMON = 0.5
"""The share of a reading's characters that its text commonly uses at or above which it may be what was written."""
MARGIN = 0.1
"""How far below the best reading's share another may be and still be named beside it: a wrong reading of a text
has rare characters for a fifth to a half of its own (EUC-JP read as GBK is the closest), one in ten at least."""
FEW = 4
"""The fewest characters a file holds for its readings to be told apart: one to three fall on another encoding's
common characters by chance (禤 written as GBK reads as 賀 in Big5, 月 as Big5 reads as ゆ in EUC-JP), so with
fewer a Big5 reading has GBK, the encoding most files are in, named beside it, and a Japanese one (so short a Japanese
file is rare) is named only when neither Chinese reading is."""

_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_KANA_THEN_BRACKET = re.compile("(?<=[\u30a1-\u30fa])\u3016")
"""EUC-JP's long-vowel mark read as GBK: 〖 after a katakana (サ〖ビス), which no Chinese text writes."""
_HANZI_THEN_BOX = re.compile("(?<=[\u4e00-\u9fff])\u25a1")
"""EUC-JP's long-vowel mark read as Big5: □ after a hanzi (センター reads 曹□), where Chinese writes □ as a box to
tick before an option, not after a character."""
_CANDIDATES = (GBK, BIG5, EUC_JP.codec, SHIFT_JIS.codec)


def likely_encodings(raw: bytes) -> list[str]:
    """The codecs among GBK, Big5, EUC-JP and Shift_JIS (in that order) that `raw` may be text in: those whose
    reading scores within MARGIN of the best, at COMMON or above; with fewer than FEW characters, GBK beside Big5
    whenever it decodes, and Japanese only when no Chinese reading is named. Empty when none reads as text."""
    shares = {codec: share for codec in _CANDIDATES if (share := _share(raw, codec)) is not None}
    if not shares or max(shares.values()) < COMMON:
        return []
    best = max(shares.values())
    named = [codec for codec, share in shares.items() if share >= COMMON and share >= best - MARGIN]
    if _few(raw):
        named = [codec for codec in named if codec in (GBK, BIG5)] or named
        if BIG5 in named and GBK in shares and GBK not in named:
            named.insert(0, GBK)
    return named


def _few(raw: bytes) -> bool:
    return sum(1 for byte in raw if byte > 0x7F) < 2 * FEW


def _share(raw: bytes, codec: str) -> float | None:
    """The share of the characters beyond ASCII of `raw` read in `codec` that text in it commonly writes; None when
    it does not decode, or, for a Japanese codec, reads to no kana."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    if codec == GBK:
        return _kana_aside_share(text, is_common_chinese, _KANA_THEN_BRACKET)
    if codec == BIG5:
        return _kana_aside_share(text, is_common_traditional, _HANZI_THEN_BOX, katakana_aside=False)
    if not _KANA.search(text):
        return None
    return _kana_aside_share(text, _common_japanese, None)


def _kana_aside_share(text: str, common, misplaced: re.Pattern | None, katakana_aside: bool = True) -> float | None:
    """The share of the characters of `text` beyond ASCII that are `common`, less those `misplaced`, its katakana set
    aside in a reading in GBK or Japanese: GB2312 keeps them where EUC-JP does, and Chinese borrows them for foreign
    names (スーパー), so they tell neither way. A text of katakana alone is all they could be; None with no text."""
    wide = [char for char in text if not char.isascii()]
    rest = [char for char in wide if not (katakana_aside and _KATAKANA.match(char))]
    if not rest:
        return 1.0 if wide else None
    wrong = len(misplaced.findall(text)) if misplaced else 0
    return (sum(map(common, rest)) - wrong) / len(rest)


def _common_japanese(char: str) -> bool:
    """A character of JIS X 0208's symbol rows (punctuation, full-width letters), its hiragana (Chinese hardly
    writes them) or its first level of kanji (the 2,965 most used), as EUC-JP writes them."""
    try:
        raw = char.encode(EUC_JP.codec)
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and (0xA1 <= raw[0] <= 0xA4 or 0xB0 <= raw[0] <= 0xCF)
