"""What a rendered page's own stylesheet says of its titles (`<h1>`): their size, and the width of the printed line.

html_title_size took every page for base.html's: an 18 pt title on an A4 page less 2 cm side margins. A variant's
form.html may set its own (a `<style>` of its own, base.html's `page` block overridden): one that set its titles in
14 pt had a long title enlarged to a 16 pt span, and one with 4 cm side margins printed a title estimated to fit
in 18 pt with 报表 alone on a second line. Both are read here from the page's `<style>` elements as a printing
browser applies them (rules outside an `@media` and in `@media print`, the last declaration winning): the
`font-size` (or `font`) of a rule for `h1` alone, and the `size` and side margins of `@page`. What is not read so
(a size in em or % or `!important`, a rule for `.form h1`, a margin in %, a paper other than A4) gives no answer,
and the titles are then left as the template sets them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .html_table_tags import Tag

_TWIPS = {"pt": 20, "px": 15, "cm": 1440 / 2.54, "mm": 144 / 2.54, "in": 1440}
_LENGTH = re.compile(r"(\d*\.?\d+)(pt|px|cm|mm|in)", re.IGNORECASE)
_A4 = (21 * _TWIPS["cm"], 29.7 * _TWIPS["cm"])  # twips: the paper when @page names no other
_TITLE = re.compile(r"(?<![\w.#-])h1(?![\w-])")  # `h1` in a selector, not a class named `th1` or `.h1`


def title_style(page: str, page_tags: list[Tag]) -> tuple[float, float] | None:
    """The titles' size in half-points and the printed line's width in twips, as the stylesheets of `page` (its
    `style` elements among `page_tags`) set them; None where either is not set or not read (see the module's
    docstring)."""
    return _sheet_style(_stylesheet(page, page_tags))


@lru_cache(maxsize=16)
def _sheet_style(css: str) -> tuple[float, float] | None:
    """`title_style` of a stylesheet's text: every page of a form has the same, read once."""
    size, unread, page_size, margin = None, False, None, None
    for prelude, body in _printed_rules(css):
        declarations = declarations_of(body)
        selectors = [selector.strip().lower() for selector in prelude.split(",")]
        sets_size = "font-size" in declarations or "font" in declarations
        if selectors == ["@page"]:
            page_size = declarations.get("size", page_size)
            margin = _side_margins(declarations, margin)
        elif "h1" in selectors and sets_size:
            size = font_size(declarations)
            unread = unread or size is None  # not to be outdone by a later rule: it may be `!important`
        elif sets_size and any(_TITLE.search(selector) for selector in selectors):
            unread = True  # a rule for some titles (`.form h1`, `h1.small`), which wins over `h1` wherever it stands
    width = _paper_width(page_size)
    if unread or not size or width is None or margin is None or None in margin or width <= sum(margin):
        return None
    return size / 10, width - sum(margin)


def _stylesheet(page: str, page_tags: list[Tag]) -> str:
    """The text of the page's `<style>` elements, comments left out."""
    opening, texts = None, []
    for tag in page_tags:
        if tag.name != "style":
            continue
        if not tag.closing:
            opening = tag
        elif opening is not None:
            texts.append(page[opening.end:tag.start])
            opening = None
    return re.sub(r"/\*.*?(\*/|\Z)", " ", "\n".join(texts), flags=re.DOTALL)


def _printed_rules(css: str):
    """Each rule (its prelude and its body) a printing browser applies: those outside an `@media` and in one for
    print (or all media), in order."""
    for prelude, body in _blocks(css):
        media = prelude.lower()
        if media.startswith("@media"):
            if re.search(r"\b(print|all)\b", media):
                yield from _printed_rules(body)
        else:
            yield prelude, body


def _blocks(css: str):
    """Each block at the top level of `css`: the text before its `{` and the text inside its braces, blocks inside
    it kept in; a brace in a quoted string is text."""
    depth, prelude_at, body_at, quote = 0, 0, 0, None
    for at, char in enumerate(css):
        if quote:
            quote = None if char == quote and css[at - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char == "{":
            if depth == 0:
                prelude, body_at = css[prelude_at:at].strip(), at + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                yield prelude, css[body_at:at]
                prelude_at = at + 1
        elif char == ";" and depth == 0:
            prelude_at = at + 1  # a statement (`@import …;`) is no block's prelude


def declarations_of(body: str) -> dict[str, str]:
    """A rule's declarations by property (lower case), the last of each counting; blocks inside it (@page's
    `@bottom-center`) left out. A value keeps its `!important`, which no length is read in: such a value wins
    wherever it stands, and is left unread."""
    for _, inner in list(_blocks(body)):
        body = body.replace(f"{{{inner}}}", ";", 1)
    found = {}
    for declaration in body.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            found[name.strip().lower()] = value.strip()
    return found


def _side_margins(declarations: dict[str, str], margin: tuple | None) -> tuple | None:
    """The left and right margins in twips (None for one not read) that `declarations` set, else `margin`."""
    if "margin" in declarations:
        values = declarations["margin"].split()
        sides = {1: (0, 0), 2: (1, 1), 3: (1, 1), 4: (3, 1)}.get(len(values))
        margin = tuple(_length(values[side]) for side in sides) if sides else (None, None)
    left, right = margin or (None, None)
    if "margin-left" in declarations:
        left = _length(declarations["margin-left"])
    if "margin-right" in declarations:
        right = _length(declarations["margin-right"])
    return None if margin is None and left is None and right is None else (left, right)


def _paper_width(size: str | None) -> float | None:
    """The paper's width in twips for an @page `size`: A4 unless it names no other, turned where it says
    landscape; two lengths, the first; None for a paper not read."""
    words = (size or "").lower().split()
    lengths = [_length(word) for word in words]
    if len(words) in (1, 2) and None not in lengths:
        return lengths[0]
    if any(word not in ("a4", "portrait", "landscape", "auto") for word in words):
        return None
    return _A4[1] if "landscape" in words else _A4[0]


def font_size(declarations: dict[str, str]) -> float | None:
    """The font size in twips that a rule's `declarations` set, by `font-size` or else the `font` shorthand (its
    first word starting with a digit: `bold 16pt/1.2 黑体`); None where it is not set or not read."""
    if "font-size" in declarations:
        return _length(declarations["font-size"])
    size = next((word for word in declarations.get("font", "").split() if word[0].isdigit() or word[0] == "."), None)
    return _length(size.split("/")[0]) if size else None


def _length(value: str) -> float | None:
    """A length in twips; None for one in units that depend on others (em, %) or none at all. A zero needs no
    unit."""
    if value.strip() == "0":
        return 0.0
    found = _LENGTH.fullmatch(value.strip())
    return float(found.group(1)) * _TWIPS[found.group(2).lower()] if found else None
