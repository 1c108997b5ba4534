"""The profile's `page_numbers`: a footer text such as `第 {page} 页 共 {pages} 页`, printed on every page of both
forms, so that loose printed sheets of a form several pages long can be put back in order.

The text is the form's own words (another form may want `- {page} -`), so it is data, cut here into its words and
the two numbers a printer fills in: Word's PAGE and NUMPAGES fields (`docx_footer`), CSS's page counters in
`base.html`'s @page footer box.
"""
from __future__ import annotations

import re

from markupsafe import Markup

_NUMBER = re.compile(r"\{(pages?)\}")


def pieces(pattern: str) -> list[str]:
    """The pattern's words and numbers in order: a number as `{page}` or `{pages}`, the words between them as they
    are (the profile's schema lets no other brace through)."""
    return [piece for piece in _NUMBER.split(pattern) if piece]


def is_number(piece: str) -> bool:
    return piece in ("page", "pages")


def css_content(pattern: str) -> Markup:
    """The pattern as a CSS `content` value: words quoted, numbers as `counter(page)`, `counter(pages)`; safe to
    write into a <style> as it is (a quote, a backslash, `<`, `>` or `&` in the words is a CSS escape, so no word
    ends the string or the style). No pattern is an empty string: the box still keeps a browser's own footer
    (the date, the file's path) off the page."""
    return Markup(" ".join(f"counter({piece})" if is_number(piece) else f'"{_css_escaped(piece)}"'
                           for piece in pieces(pattern)) or '""')


def _css_escaped(words: str) -> str:
    return "".join(f"\\{ord(c):X} " if c in _CSS_SPECIAL or ord(c) < 0x20 else c for c in words)


_CSS_SPECIAL = set('"\\<>&')
