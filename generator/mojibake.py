"""Chinese text that is UTF-8 bytes read as GBK ("浜у嚭鎸囨爣" for 产出指标), and what it was meant to say.

Windows PowerShell 5.1 reads what a program prints in the console's code page (GBK on a Chinese
Windows), so `jixiao new … > a.yaml` writes every Chinese character as one and a half others. Saved
again as UTF-8, the file reads well as YAML: an 一级指标 was refused as not one of its choices, and a
garbled 单位名称 passed unsaid and would have been printed on the form.

Such text is told by its bytes and by its characters, both, so that ordinary Chinese is never taken
for it: encoded as GBK it must decode as UTF-8 to Chinese, and it must be made largely of characters
ordinary text rarely uses (GB2312's second level, GBK's additions, Cyrillic), while what it decodes to
is made mostly of GB2312's common first level. Where GBK had no character for a pair of bytes the
console wrote "?" (or U+FFFD): the characters those bytes belonged to are lost, shown as LOST.

The other way round, a GBK file opened by an editor that took it for Windows-1252 or ISO 8859-1 and saved as
UTF-8 reads as Latin letters ("²ú³öÖ¸±ê" for 产出指标): `western` tells it, by the same test of what it decodes to.
UTF-8 taken so reads as Latin letters too ("äº§å\x87º" for 产出, and Japanese or Korean text as well):
`utf8_western` tells it by its bytes, three to a letter, which no western text makes.
A whole file garbled says so in most of its texts, and there a short text ("2024骞村害") is garbled too:
`lenient` tells it without the guard that keeps a short real name from being taken for garbled in a file
whose other texts read well.
"""
from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

from .lazy_pattern import LazyPattern

LOST = "□"
"""What the recovered text shows where a character was lost with the byte the console could not read."""

UNREADABLE = re.compile("[?\ufffd]")
"""What the console wrote for a byte it could not read: the characters it belonged to are lost there."""
BEYOND_ASCII = re.compile("[^\x00-\x7f]")
"""A character beyond ASCII: what a share of a text's characters is taken of, found by one search in C rather than a
loop in Python over every character (a file's every line is scored so, a file read as GBK in four ways)."""
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The Chinese characters as a range of a character class (CJK Unified Ideographs, Extension A, Compatibility):
what a recovered text, a garbled one and a word of a diff are told by."""
_CJK = LazyPattern(f"[{IDEOGRAPHS}]")
_CHINESE = LazyPattern(f"[\u2000-\u206f\u2100-\u22ff\u2460-\u27bf\u3000-\u303f{IDEOGRAPHS}"
                       "\ufe30-\ufe4f\uff00-\uffef]")
"""The characters Chinese text writes besides ASCII: punctuation, ≥ and ℃, ①, □ and √, CJK, full-width forms."""
_RARE = 0.3
"""The share of a value's characters that ordinary text rarely uses at or above which it may be garbled: garbled
text has a third or more, the examples' and the seeds' texts under a hundredth (tests/test_mojibake.py)."""
_COMMON = 0.5
"""The share of the recovered text's characters that ordinary text commonly uses at or above which it is
taken for what was meant: bytes that only happen to decode as UTF-8 give rare characters."""
_DATED = re.compile("[0-9][^\x00-\x7f]")
"""A digit the garbled characters follow, as a year or a date is written ("2024骞村害" for 2024年度): a value that reads
back to two characters beside it needs not the guard below, since no name is written so. A digit set apart from the
characters (a phone number after a name, "璋辩啊 13800138000") or after them ("婊轰俊1") says nothing: names are."""
_SHORT_RARE = 0.6
"""The share of rare characters at or above which a value that reads back to only two characters, none lost and no
digit beside them, is taken for garbled. A real three-character name whose surname is of GB2312's second level
(濮翠华, 宓丽娟) reads back as two common characters now and then (9 of 200,000 such names of two and three
characters, all of three), with one rare character in three; what two characters garble to has two or three in
three ("浜у嚭" for 产出, "鍐崇瓥" for 决策). Simulated garbling of the examples' and the seeds' texts is told 92.5% of
the time with this, as without it; none of the 200,000 names is (tests/test_mojibake.py)."""


GBK = "gbk"
"""`Garbling.read_as` of UTF-8 read as GBK (Windows PowerShell's `>`), and `Garbling.written_in` of GBK text read as a
western code page."""
UTF8 = "utf-8"
"""`Garbling.written_in` of UTF-8 text read as GBK or as a western code page."""
BIG5 = "cp950"
"""Big5 as Windows writes it (code page 950, the traditional Chinese Windows' ANSI)."""
WESTERN = ("latin-1", "cp1252")
"""The `Garbling.read_as` of GBK or UTF-8 read as a western code page, in the order tried: ISO 8859-1 gives back every
byte, Windows-1252 the bytes it has letters for and, encoded and decoded with KEEP_C1, the five it has none for."""
KEEP_C1 = "jixiao-keep-c1"
"""The error handler with which Windows-1252 encodes and decodes the five bytes it has no letter for (0x81, 0x8D, 0x8F,
0x90, 0x9D) as U+0081 and the like, as Windows' ANSI code page and browsers read them: UTF-8 so read keeps them (成 is
E6 88 90, read "æˆ\x90"), and Python's strict cp1252 would call such text no Windows-1252 at all."""
_C1_KEPT = "\x81\x8d\x8f\x90\x9d"
CHARACTERS_CACHED = 1 << 16
"""How many characters' answers `is_common_chinese` and its like keep rather than encode the character again: a file
read as GBK or Big5 is scored on every character (half a million in 1 MB), and a text uses a few thousand distinct
ones."""
LOST_BYTE = "\ufffd"
"""What VS Code shows for a byte its Windows-1252 has no letter for, and writes back as "?": that byte is lost."""


def _keep_c1(error: UnicodeError) -> tuple[str | bytes, int]:
    """KEEP_C1: the run of the five bytes (or their code points) at `error` given back one for one; any other
    character or byte is an error still."""
    undone = error.object[error.start:error.end]
    if isinstance(error, UnicodeEncodeError):
        kept = len(undone) - len(undone.lstrip(_C1_KEPT))
        if kept:
            return undone[:kept].encode("latin-1"), error.start + kept
    elif isinstance(error, UnicodeDecodeError):
        kept = len(undone) - len(undone.lstrip(_C1_KEPT.encode("latin-1")))
        if kept:
            return undone[:kept].decode("latin-1"), error.start + kept
    raise error


codecs.register_error(KEEP_C1, _keep_c1)
_KANA = LazyPattern("[\u3041-\u3096\u30a1-\u30fa]")
_HANGUL = LazyPattern("[\uac00-\ud7a3]")
_LETTER = LazyPattern(f"{_KANA.pattern}|{_HANGUL.pattern}|{_CJK.pattern}")
"""A letter of Chinese, Japanese (kana and kanji) or Korean (Hangul syllables): what UTF-8 writes in three bytes."""
_CJK_TEXT = LazyPattern(f"{_LETTER.pattern}|\u30fc|{_CHINESE.pattern}")
"""The characters Chinese, Japanese or Korean text writes besides ASCII (the long-vowel mark ー too)."""


@dataclass(frozen=True)
class Garbling:
    """Garbled text told: what it was meant to say, the encoding its bytes were wrongly read as, and the one they
    were really in (UTF-8 for GBK's garbling; GBK, or UTF-8, for a western code page's)."""

    meant: str
    read_as: str
    written_in: str = GBK

    @property
    def language(self) -> str:
        """The language of what was meant, in the user's words: what the message says was garbled."""
        return "日文" if _KANA.search(self.meant) else "韩文" if _HANGUL.search(self.meant) else "中文"


def garbling(text: str, lenient: bool = False) -> Garbling | None:
    """How `text` is garbled, either way (see the module), None when it is not; `lenient` in a file most of whose
    texts are garbled."""
    meant = recovered(text, lenient)
    if meant is not None:
        return Garbling(meant, GBK, UTF8)
    for codec in WESTERN:
        meant = western(text, codec, lenient)
        if meant is not None:
            return Garbling(meant, codec)
    for codec in WESTERN:
        meant = utf8_western(text, codec, lenient)
        if meant is not None:
            return Garbling(meant, codec, UTF8)
    return None


def recovered(text: str, lenient: bool = False) -> str | None:
    """What `text` was meant to say when it is UTF-8 read as GBK, LOST where a character cannot be got back;
    None when it is not such text. `lenient`, for a file most of whose texts are garbled, tells short texts too:
    two characters back without the rare-share guard, and one character or none where a lost byte took the rest
    ("1娆?" for 1次)."""
    if not _CJK.search(text):
        return None
    meant = utf8_read_back(text)
    if meant is None or meant == text or _share(text, _rare) < _RARE:
        return None
    wide = [c for c in meant if ord(c) > 0x7F and c != LOST]
    if not all(_CHINESE.match(c) for c in wide):
        return None  # a Latin, Cyrillic or Hangul letter: not what Chinese text was
    if lenient and len(wide) < 2:
        return meant if LOST in meant and all(map(is_common_chinese, wide)) else None
    # One character or only ASCII got back ("鈮?20鏉?" for ≥20条) is too little to tell from noise: left unsaid.
    if len(wide) < 2 or _share(meant, is_common_chinese) < _COMMON:
        return None
    short = len(wide) == 2 and LOST not in meant and not _DATED.search(text)
    if short and not lenient and _share(text, _rare) < _SHORT_RARE:
        return None  # a short real name reads back as two common characters too often to be called garbled
    return meant


def utf8_read_back(text: str) -> str | None:
    """`text` encoded as GBK and decoded as UTF-8, LOST where the console wrote "?" (or U+FFFD) for a byte it could
    not read, the characters cut by it dropped; None when anything else in it is not UTF-8: then it is not UTF-8 read
    as GBK (ordinary Chinese is GBK bytes, not UTF-8), or holds a character GBK has not."""
    try:
        pieces = [piece.encode("gbk") for piece in UNREADABLE.split(text)]
    except UnicodeEncodeError:
        return None
    return utf8_between_losses(pieces)


def utf8_between_losses(pieces: list[bytes]) -> str | None:
    """The `pieces` of bytes between lost bytes as UTF-8, joined by LOST, the characters a lost byte cut dropped at
    either end of each; None when any is not UTF-8 but for those."""
    decoded = []
    for i, raw in enumerate(pieces):
        words = _decoded(raw, after_loss=i > 0, before_loss=i < len(pieces) - 1)
        if words is None:
            return None
        decoded.append(words)
    return LOST.join(decoded)


def western(text: str, codec: str, lenient: bool = False) -> str | None:
    """What `text` was meant to say when it is GBK read as `codec` (one of WESTERN); None when it is not such
    text: it holds no CJK, gives back bytes in `codec`, and those decode as GBK to at least two Chinese characters,
    mostly common ones (a lone "×" or "é" in real text is a GBK lead byte without its pair, or a rare character);
    `lenient`, in a file most of whose texts are garbled, one common character ("1´Î" for 1次)."""
    if _CJK.search(text) or text.isascii():
        return None
    try:
        meant = text.encode(codec, KEEP_C1).decode(GBK)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    wide = [c for c in meant if ord(c) > 0x7F]
    if len(wide) < (1 if lenient else 2) or not all(map(_CHINESE.match, wide)) or _share(meant, is_common_chinese) < _COMMON:
        return None
    return meant if len(wide) >= 2 or _one_letter_plausible(meant) else None


def utf8_western(text: str, codec: str, lenient: bool = False) -> str | None:
    """What `text` was meant to say when it is UTF-8 read as `codec` (one of WESTERN): Chinese ("äº§å\x87º" for 产出),
    Japanese ("ã\x81\x93ã\x82\x93" for こん) or Korean, from a file or a program that took UTF-8 for a western code
    page. None when it is not such text: it holds no CJK, gives back bytes in `codec` that decode as UTF-8 to at least
    two letters of those languages (one, `lenient`, in a file most of whose texts are garbled), and beyond ASCII to
    nothing but what their text writes. UTF-8 writes each such letter as three bytes, a lead of 0xE3–0xED and two of
    0x80–0xBF, which a western code page reads as an accented letter and two symbols or control characters (å‡º):
    no western word is written so, and a GBK text's bytes seldom make UTF-8 (`western` is asked first). A byte VS Code
    could not read (LOST_BYTE) is LOST in what was meant, the character it belonged to dropped."""
    if _CJK.search(text) or text.isascii():
        return None
    try:
        meant = utf8_between_losses([piece.encode(codec, KEEP_C1) for piece in text.split(LOST_BYTE)])
    except UnicodeEncodeError:
        return None
    if meant is None:
        return None
    wide = [c for c in meant if ord(c) > 0x7F]
    letters = len(_LETTER.findall(meant))
    if letters < (1 if lenient else 2) or not all(map(_CJK_TEXT.match, wide)):
        return None
    return meant if letters >= 2 or _one_letter_plausible(meant) else None


def _one_letter_plausible(meant: str) -> bool:
    """Whether a text read leniently back to a single letter is what was meant ("1个", "2024年"): a common one beside
    digits and symbols. A correct western word in a garbled file gives back one too, its last letters and a dash taken
    for UTF-8 ("José——" for "Jos闗"): a rare character, and Latin letters kept beside it, which no garbling leaves."""
    return not re.search("[A-Za-z]", meant) and reads_as_cjk(meant)


def reads_as_chinese(text: str) -> bool:
    """Whether `text`, read from bytes in some encoding, is mostly characters ordinary Chinese uses: what tells
    the right encoding of a file from one that only happens to read its bytes (Big5 read as GBK)."""
    return _share(text, is_common_chinese) >= _COMMON


def reads_as_cjk(text: str) -> bool:
    """Whether `text` is Chinese as `reads_as_chinese` tells it, or holds Japanese kana or Korean Hangul: what UTF-8
    read back from a western code page is when it was Chinese, Japanese or Korean (see `utf8_western`)."""
    return reads_as_chinese(text) or bool(_KANA.search(text) or _HANGUL.search(text))


@functools.lru_cache(maxsize=CHARACTERS_CACHED)
def is_common_traditional(char: str) -> bool:
    """Whether `char` is one ordinary traditional Chinese uses: Big5's frequently used hanzi (its first level,
    5,401) or its punctuation: what encoding_guess counts of a file read as Big5, which a GBK file read as Big5
    also falls on, so alone it tells no Big5 from GBK."""
    try:
        raw = char.encode(BIG5)
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and (0xA1 <= raw[0] <= 0xC5 or (raw[0] == 0xC6 and raw[1] <= 0x7E))


def _decoded(raw: bytes, after_loss: bool, before_loss: bool) -> str | None:
    """`raw` as UTF-8, a character cut by a lost byte at either end dropped; None when it is not UTF-8."""
    if after_loss:
        raw = raw.lstrip(bytes(range(0x80, 0xC0)))
    if before_loss:
        raw = raw[:len(raw) - _cut_tail(raw)]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _cut_tail(raw: bytes) -> int:
    """How many bytes at the end of `raw` begin a UTF-8 character that the lost byte after them finished."""
    for back in range(1, min(3, len(raw)) + 1):
        byte = raw[-back]
        if byte >= 0xC0:
            return back if back < _length(byte) else 0
        if byte < 0x80:
            return 0
    return 0


def _length(lead: int) -> int:
    return 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _share(text: str, kind) -> float:
    """The share of the non-ASCII characters of `text` that are of `kind` (the ASCII ones say nothing)."""
    wide = BEYOND_ASCII.findall(UNREADABLE.sub("", text).replace(LOST, ""))
    return len(list(filter(kind, wide))) / len(wide) if wide else 0.0


def _gbk(char: str) -> bytes:
    try:
        return char.encode("gbk")
    except UnicodeEncodeError:
        return b""


@functools.lru_cache(maxsize=CHARACTERS_CACHED)
def is_common_chinese(char: str) -> bool:
    """A character of GB2312's first level (the 3,755 most used hanzi) or its punctuation and full-width forms."""
    raw = _gbk(char)
    return len(raw) == 2 and (0xA1 <= raw[0] <= 0xA3 or 0xB0 <= raw[0] <= 0xD7) and raw[1] >= 0xA1


def _rare(char: str) -> bool:
    """A character ordinary Chinese rarely uses: GB2312's second level, GBK's additions, Cyrillic, Greek, box
    drawing — what the bytes of common characters fall on when read in pairs as GBK."""
    return len(_gbk(char)) == 2 and not is_common_chinese(char)
