"""Which of the encodings that write Chinese or Japanese in two bytes a file that is not UTF-8 is in: GBK (or its
superset GB18030), Big5, EUC-JP or Shift_JIS, each told by how much of what it reads is what text in it commonly writes.

Their bytes overlap: GB2312 and EUC-JP write every character as two bytes from 0xA1 to 0xFE, keep katakana and
hiragana on the same rows, and put their most used characters on rows 0xB0 onwards; Big5 puts its own most used
hanzi on rows 0xA4–0xC6, where the others keep their kana and common characters. So a file reads in another of them
too, often to common characters (データ in EUC-JP reads in Big5 as 犯□正, スーパー市场 in GBK as 旦奈由奈庈部), and
no one reading says it is right. Each reading is scored alike, as the share of its characters that its own text
commonly uses (`share`), and every reading about as good as the best is named: one when the others read as rare
characters, two or three when the bytes are common text in each, for the user to see which reads.

The mainland reading is GB18030's, not GBK's: a GBK file with one user-defined character (造字, on bytes GBK leaves
to the user, AAA1 onwards) or one character only GB18030 has (€, 䶮) does not decode as GBK, and would leave Big5 the
only Chinese reading. It is named GBK when it decodes as GBK, which is what Notepad and WPS call it. A user-defined
character is set aside from the score, when there are few (USER_DEFINED_SHARE); with more, the bytes are Big5's
commonest hanzi (以, 上: A548, A457), which GB18030 reads as user-defined characters, and there is no mainland reading.

Japanese is a candidate only when its reading holds kana: the kanji it shares with Chinese say nothing of a file
of Chinese, which users of jixiao write, and a kanji-only Japanese file is rare. Japanese told by hiragana in several
places, or Korean, is told before (japanese_korean), and needs no guess.

A reading is named when at least half its characters are common and it is within a tenth of the best, in the order
GBK (GB18030 where it is not GBK), Big5, EUC-JP, Shift_JIS. Katakana, which GB2312 and EUC-JP keep on the same rows,
count only in the Big5 reading. Where GBK and Big5 are within a tenth only GBK is named (a short GBK text reads nine
tenths common in Big5, and a mainland unit rarely saves Big5); a kanji and katakana file (fewer than a fifth
katakana too) is named GBK and Japanese alike, for the user to see which reads; Shift_JIS read as GBK is rare
characters, so only Shift_JIS is named. With fewer than 4 characters Japanese is not named beside a Chinese reading,
and where Big5 reads much better GBK is named beside it (`陈玥`: 玥 is rare, its Big5 reading 麻則 common), the message
saying there is too little Chinese (too few characters, where a Japanese reading is named), which of GBK and Big5
Notepad or WPS shows well, and how to save it again. Four Hangul syllables (`서울시청`) are too few to tell Korean and
are said as GBK.
"""
from __future__ import annotations

import functools
import re

from .japanese_korean import EUC_JP, SHIFT_JIS
from .mojibake import BEYOND_ASCII, BIG5, CHARACTERS_CACHED, GBK, is_common_chinese, is_common_traditional

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

USER_DEFINED_SHARE = 0.1
"""The largest share of the characters of a GB18030 reading that may be user-defined (U+E000 onwards, one at least)
for it to be Chinese: a file has one or two, for a name's rare character; Big5 text read so gives them for a sixth
to a half of its characters."""

_BEYOND_ASCII_BUT_KATAKANA = re.compile("[^\x00-\x7f\u30a1-\u30fa\u30fc]")
"""A character beyond ASCII that is no katakana: found, as BEYOND_ASCII, by one search in C rather than a loop in Python
over every character of each of four readings, which took a third of a second for a file of 1 MB."""
_USER_DEFINED = re.compile("[\ue000-\uf8ff]")
_ASCII_BYTES = bytes(range(0x80))
"""What `bytes.translate` deletes to leave the bytes beyond ASCII, counted without a loop in Python."""
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_KANA_THEN_BRACKET = re.compile("(?<=[\u30a1-\u30fa])\u3016")
"""EUC-JP's long-vowel mark read as GBK: 〖 after a katakana (サ〖ビス), which no Chinese text writes."""
_HANZI_THEN_BOX = re.compile("(?<=[\u4e00-\u9fff])\u25a1")
"""EUC-JP's long-vowel mark read as Big5: □ after a hanzi (センター reads 曹□), where Chinese writes □ as a box to
tick before an option, not after a character."""
GB18030 = "gb18030"
_CANDIDATES = (GB18030, BIG5, EUC_JP.codec, SHIFT_JIS.codec)


def likely_encodings(raw: bytes) -> list[str]:
    """The codecs among GBK (GB18030 when it holds what GBK has not), Big5, EUC-JP and Shift_JIS (in that order) that
    `raw` may be text in: those whose reading scores within MARGIN of the best, at COMMON or above; with fewer than
    FEW characters, GBK beside Big5 whenever it decodes, and Japanese only when no Chinese reading is named. Empty
    when none reads as text."""
    shares = reading_shares(raw)
    if not shares or max(shares.values()) < COMMON:
        return []
    best = max(shares.values())
    named = [codec for codec, share in shares.items() if share >= COMMON and share >= best - MARGIN]
    if GB18030 in named and BIG5 in named and not _katakana_alone(raw):  # GBK text reads as Big5's common hanzi
        named.remove(BIG5)  # nine times in ten; katakana alone in GBK are as often Big5's 央…
    if _few(raw):
        named = [codec for codec in named if codec in (GB18030, BIG5)] or named
        if BIG5 in named and GB18030 in shares and GB18030 not in named:
            named.insert(0, GB18030)
    return [_mainland(raw) if codec == GB18030 else codec for codec in named]


def reading_shares(raw: bytes) -> dict[str, float]:
    """Each candidate codec `raw` reads in (GB18030 for the mainland's), with the share of its reading that is
    common text in it (see module)."""
    return {codec: share for codec in _CANDIDATES if (share := _share(raw, codec)) is not None}


def reads_clearly_better(raw: bytes, codec: str, than: str) -> bool:
    """Whether `raw` read in `codec` scores more than MARGIN above its reading in `than` (which may not decode)."""
    shares = reading_shares(raw)
    return codec in shares and shares[codec] > shares.get(than, 0.0) + MARGIN


def _mainland(raw: bytes) -> str:
    """GBK when `raw` decodes as GBK, which Notepad and WPS save and call it; GB18030 when it holds what GBK has not."""
    try:
        raw.decode(GBK)
    except UnicodeDecodeError:
        return GB18030
    return GBK


def _katakana_alone(raw: bytes) -> bool:
    """Whether the mainland reading of `raw` is katakana alone, which scores as high as any reading (see
    `_kana_aside_share`) and so says nothing against Big5's, whose common hanzi (央 is ァ) sit on GB2312's katakana row."""
    text = raw.decode(GB18030)
    return bool(BEYOND_ASCII.search(text)) and not _BEYOND_ASCII_BUT_KATAKANA.search(text)


def _few(raw: bytes) -> bool:
    return len(raw.translate(None, _ASCII_BYTES)) < 2 * FEW


def _share(raw: bytes, codec: str) -> float | None:
    """The share of the characters beyond ASCII of `raw` read in `codec` that text in it commonly writes; None when
    it does not decode, or, for a Japanese codec, reads to no kana."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    if codec == GB18030:
        return _mainland_share(text)
    if codec == BIG5:
        return _kana_aside_share(text, is_common_traditional, _HANZI_THEN_BOX, katakana_aside=False)
    if not _KANA.search(text):
        return None
    return _kana_aside_share(text, _common_japanese, None)


def _mainland_share(text: str) -> float | None:
    """The share of `text` read as GB18030 that is common Chinese, its few user-defined characters set aside; None
    with more of them (see USER_DEFINED_SHARE), or with nothing else."""
    user_defined = len(_USER_DEFINED.findall(text))
    # more than max(1, USER_DEFINED_SHARE of the characters), those counted only when there are two or more
    if user_defined > 1 and user_defined > USER_DEFINED_SHARE * len(BEYOND_ASCII.findall(text)):
        return None
    rest = _USER_DEFINED.sub("", text) if user_defined else text
    return _kana_aside_share(rest, _common_mainland, _KANA_THEN_BRACKET)


@functools.lru_cache(maxsize=CHARACTERS_CACHED)
def _common_mainland(char: str) -> bool:
    """A character `is_common_chinese`, or the euro sign GB18030 adds to GBK's rows of symbols (A2E3)."""
    return char == "€" or is_common_chinese(char)


def _kana_aside_share(text: str, common, misplaced: re.Pattern | None, katakana_aside: bool = True) -> float | None:
    """The share of the characters of `text` beyond ASCII that are `common`, less those `misplaced`, its katakana set
    aside in a reading in GBK or Japanese: GB2312 keeps them where EUC-JP does, and Chinese borrows them for foreign
    names (スーパー), so they tell neither way. A text of katakana alone is all they could be; None with no text."""
    rest = (_BEYOND_ASCII_BUT_KATAKANA if katakana_aside else BEYOND_ASCII).findall(text)
    if not rest:
        return 1.0 if BEYOND_ASCII.search(text) else None
    wrong = len(misplaced.findall(text)) if misplaced else 0
    return (sum(map(common, rest)) - wrong) / len(rest)


@functools.lru_cache(maxsize=CHARACTERS_CACHED)
def _common_japanese(char: str) -> bool:
    """A character of JIS X 0208's symbol rows (punctuation, full-width letters), its hiragana (Chinese hardly
    writes them) or its first level of kanji (the 2,965 most used), as EUC-JP writes them."""
    try:
        raw = char.encode(EUC_JP.codec)
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and (0xA1 <= raw[0] <= 0xA4 or 0xB0 <= raw[0] <= 0xCF)
