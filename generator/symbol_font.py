"""The character a `w:sym` shows: what Word's Insert → Symbol stores when a symbol font is chosen.

Such a run holds no text, only a font and a glyph number (`w:font="Symbol" w:char="F0B3"`), so
reading text alone dropped it: `≥98%` came in as `98%`, another target. The Symbol font's glyphs
are the Adobe Symbol encoding's, which Unicode has. A glyph of another symbol font (Wingdings'
ticks and boxes) has no agreed character; it is kept as its private-use code point, which the
TEXT-CONTROL-CHAR check then names where it lands in the spec, rather than lost unseen.
"""
from __future__ import annotations

_PRIVATE_BASE = 0xF000  # Word numbers a symbol font's glyph n as U+F000 + n
# The Adobe Symbol encoding from 0x20 (space) to 0x7E and from 0xA0 (euro) to 0xF2; "\0" where the
# glyph is only a piece of a larger sign (a bracket or radical extender), which has no character.
_LOW = (" !∀#∃%&∋()∗+,−./0123456789:;<=>?"
        "≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_"
        "\0αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")
_HIGH = ("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵"
         "ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
         "◊〈®©™∑\0\0\0\0\0\0\0\0\0\0\0〉∫")
SYMBOL = {code: ch for start, chars in ((0x20, _LOW), (0xA0, _HIGH))
          for code, ch in enumerate(chars, start) if ch != "\0"}


def symbol_text(font: str | None, char: str | None) -> str:
    """The character shown for a `w:sym` of `font` and glyph `char` (hex); "" when unreadable."""
    try:
        code = int(char or "", 16)
        glyph = code - _PRIVATE_BASE if _PRIVATE_BASE <= code <= _PRIVATE_BASE + 0xFF else code
        if (font or "").strip().lower() == "symbol" and glyph in SYMBOL:
            return SYMBOL[glyph]
        return chr(code)
    except (ValueError, OverflowError):
        return ""
