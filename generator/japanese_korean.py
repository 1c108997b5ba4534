"""Whether a file that is not UTF-8 is Japanese (EUC-JP, Shift_JIS) or Korean (EUC-KR) text, told from GBK.

EUC-JP and EUC-KR write a character as two bytes from 0xA1 to 0xFE, as GB2312 does: such a file decodes as GBK,
Korean's common syllables (rows 0xB0–0xC8) on GB2312's common characters, and was named GBK, to be reopened as
GBK and shown as nonsense. Shift_JIS decodes as nothing jixiao names, and was told only to find its encoding.

Each is told by what only that language writes, which Chinese text read in its encoding does not give:
- Japanese by its hiragana, in several places: a particle or an ending (の, に, を, は, が, で, て, た, し …) between
  nearly every two words, so that a file of a few names holds them in two places at least. Katakana do not tell it:
  Chinese borrows them for foreign names (采购ヤマハ钢琴), GB2312 keeps them (and hiragana) in rows 0xA4–0xA5 where
  EUC-JP does, so such a GBK file reads as EUC-JP to the same kana, and GBK's 〖 reads as the long-vowel mark ー.
  Chinese hardly writes hiragana, at most a shop's の or a brand's name (ぺんてる) in one place. GBK's Chinese read
  as EUC-JP otherwise lands on kanji only; read as Shift_JIS it fails, or gives half-width katakana (a GBK lead
  byte alone): both count against the share of its letters a Japanese text writes as kana (KANA_SHARE).
- Korean by its Hangul syllables, nearly all of its letters. GBK's Chinese read as EUC-KR gives them too, for the
  characters of GB2312's rows 0xB0–0xC8 (啊 to 叁), but about half of what Chinese writes is beyond them (上, 是,
  在, 中, 一 …) and reads as Hanja or fails: only a few characters in a row fall inside by chance, so a file is
  Korean only with KOREAN_LEAST syllables, fewer being said as before (GBK). Only the syllables EUC-KR itself writes
  (KS X 1001: both bytes 0xA1 or above) count: Windows' EUC-KR (code page 949) adds the rarer syllables on the
  bytes Shift_JIS writes kanji and kana on, so that Japanese in Shift_JIS (利用者の満足度) read as it is all Hangul.
A file of kanji and katakana only (東京都福祉局, 高齢者支援センター運営) has no hiragana to tell it: encoding_guess weighs
its readings in GBK, Big5 and the Japanese encodings, and names each that reads about as well as the best.

Japanese told by its hiragana is still not said where the Big5 reading has over a tenth more common characters than
the Japanese one; `職員の研修を行います`, all common characters in Big5 too, is still EUC-JP.
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
_HIRAGANA = re.compile("[\u3041-\u3096]+")
_HANGUL = re.compile("[\uac00-\ud7a3]")
KANA_SHARE = 0.2
"""The share of a text's letters that are kana at or above which it is Japanese: Japanese prose writes about half
its letters as kana, a name or a heading in kana a few of them; Chinese read in a Japanese encoding none."""
HIRAGANA_PLACES = 2
"""The fewest places (runs between other characters) hiragana are written in that make a text Japanese: one could be
a Chinese text's own (a shop's の, a brand's ぺんてる); two names in Japanese (相談窓口の開設日数, 利用者アンケートの満足度)
give two."""
HANGUL_SHARE = 0.9
"""The share of a text's letters that are Hangul syllables at or above which it is Korean (a Hanja or two aside)."""
KOREAN_LEAST = 12
"""The fewest Hangul syllables that make a text Korean: GBK's Chinese falls on them only for characters of rows
0xB0–0xC8, so 4 to 8 in a row now and then (安全, 部门名称, 金额合计, 年度目标 read as Korean), 12 hardly ever."""


def japanese_or_korean(raw: bytes) -> Encoding | None:
    """The Japanese or Korean encoding `raw` is text in, None when it is neither or too short to tell (see module)."""
    for encoding in (EUC_JP, SHIFT_JIS):
        text = _text(raw, encoding.codec)
        letters = _letters(text)
        kana = sum(1 for char in letters if _KANA.match(char))
        if len(_HIRAGANA.findall(text)) >= HIRAGANA_PLACES and kana >= KANA_SHARE * len(letters):
            return encoding
    letters = _letters(_text(raw, EUC_KR.codec))
    hangul = sum(1 for char in letters if _HANGUL.match(char) and min(char.encode(EUC_KR.codec)) >= 0xA1)
    return EUC_KR if hangul >= KOREAN_LEAST and hangul >= HANGUL_SHARE * len(letters) else None


def _text(raw: bytes, codec: str) -> str:
    """`raw` read in `codec`, empty when it does not decode."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        return ""


def _letters(text: str) -> list[str]:
    """The letters `text` holds beyond ASCII (kana, kanji, Hangul, half-width katakana)."""
    return [char for char in text if not char.isascii() and char.isalpha()]
