"""What a rendered page's own stylesheet says of its titles (`<h1>`): their size, and the width of the printed line;
and of its pages: the width of the body's line and the height of a page's text, which its rows are measured by.

html_title_size took every page for base.html's: an 18 pt title on an A4 page less 2 cm side margins. A variant's
form.html may set its own (a `<style>` of its own, base.html's `page` block overridden): one that set its titles in
14 pt had a long title enlarged to a 16 pt span, and one with 4 cm side margins printed a title estimated to fit
in 18 pt with 报表 alone on a second line. Both are read here from the page's `<style>` elements by tinycss2
(WeasyPrint's CSS parser: comments, quoted text and `!important` read as a browser reads them), and cascaded as a
printing browser does for the page box (`@page`), `body` and `h1`: rules outside an `@media` and in `@media print`,
a later declaration winning over an earlier one (`margin` over a `margin-left` before it, and the reverse), an
`!important` one over any other. A hand-written reader let a `margin-left` win wherever it stood, read no
`!important`, ignored the body's and the title's own side margins and padding, and took a `/*` in quoted text for a
comment: each printed a title it estimated to fit over two lines. The line is the paper's width less the page's,
the body's and the title's side margins and padding (no wider than the body's `max-width`), on the narrowest page
(`@page :first` may set its own, and a title prints on any). What is not read so (a length in em or %, a rule for
`.form h1`, a paper other than A4) gives no answer, and the titles are then left as the template sets them.
"""
from __future__ import annotations

import re
from functools import lru_cache

import tinycss2

from .html_table_tags import Tag

_TWIPS = {"pt": 20, "px": 15, "pc": 240, "in": 1440, "cm": 1440 / 2.54, "mm": 144 / 2.54, "q": 36 / 2.54}
_A4 = (21 * _TWIPS["cm"], 29.7 * _TWIPS["cm"])  # twips: the paper when @page names no other
_READ = {"page": ("size", "margin-left", "margin-right", "margin-top", "margin-bottom"),
         "body": ("margin-left", "margin-right", "padding-left", "padding-right", "max-width"),
         "h1": ("font-size", "margin-left", "margin-right", "padding-left", "padding-right")}
"""The properties read of each box, by the longhand a shorthand (`margin`, `padding`, `font`) sets."""
_BOXES = {"@page": "page", "body": "body", "h1": "h1"}  # the selectors the cascade places: none more specific
_UA = {"body": {"margin-left": 8 * _TWIPS["px"], "margin-right": 8 * _TWIPS["px"]},
       "page": {"margin-left": None, "margin-right": None, "margin-top": None, "margin-bottom": None}}
"""A browser's own margins where no rule sets them: 8 px at the body's sides, and the print dialog's (not known
here) at the page's."""
_FONT_SIZE_WORDS = re.compile(r"(xx?-|)(small|large)|medium|larger|smaller|math", re.IGNORECASE)
_PARSE = {"skip_comments": True, "skip_whitespace": True}


def stylesheet(page: str, page_tags: list[Tag]) -> str:
    """The text of the page's `<style>` elements a printing browser applies (a `media` for the screen left out)."""
    opening, texts = None, []
    for tag in page_tags:
        if tag.name != "style":
            continue
        if not tag.closing:
            opening = tag
        elif opening is not None:
            if _printed(opening.attributes.get("media") or "all"):
                texts.append(page[opening.end:tag.start])
            opening = None
    return "\n".join(texts)


@lru_cache(maxsize=64)
def title_style(css: str, own: str = "") -> tuple[float, float] | None:
    """The size in half-points and the printed line's width in twips of a title with the style attribute `own`
    under the stylesheet `css`; None where either is not set or not read (see the module's docstring). Every page
    of a form has the same stylesheet, and most of its titles no style of their own: each is read once."""
    boxes = _cascade(css)
    if boxes is None:
        return None
    title = dict(boxes["h1"])
    for name, important, value in _declarations(tinycss2.parse_blocks_contents(own, **_PARSE)):
        _declare(title, name, important, value)
    body, title = _body_line(boxes), _lengths(title, "h1")
    if body is None or None in title.values():
        return None
    line = body - sum(title[side] for side in _READ["h1"][1:])
    if not title["font-size"] or line <= 0:
        return None
    return title["font-size"] / 10, line


@lru_cache(maxsize=16)
def printed_page(css: str) -> tuple[float, float] | None:
    """The width in twips of the body's printed line and the height of a page's text, on the narrowest and the
    shortest page, under the stylesheet `css`: what a table's rows are measured against (html_row_heights); None
    where either is not read (see the module's docstring)."""
    boxes = _cascade(css)
    if boxes is None:
        return None
    line = _body_line(boxes)
    heights = [_page_height(box) for name, box in boxes.items() if name.startswith(("page", "@page"))]
    if line is None or None in heights or min(heights) <= 0:
        return None
    return line, min(heights)


def _body_line(boxes: dict) -> float | None:
    """The width in twips of the body's line on the narrowest page: the paper less the page's and the body's side
    margins and padding, no wider than the body's `max-width`; None where one is not read."""
    body = _lengths(boxes["body"], "body")
    widths = [_page_width(box) for name, box in boxes.items() if name.startswith(("page", "@page"))]
    if None in widths or None in body.values():
        return None
    line = min(widths) - (body["margin-left"] + body["margin-right"] + body["padding-left"] + body["padding-right"])
    line = min(line, body["max-width"])
    return line if line > 0 else None


@lru_cache(maxsize=16)
def _cascade(css: str) -> dict[str, dict] | None:
    """Each box's declared values (`_READ`), by property, as `(important, value)`: the page box's as plain `@page`
    rules set them ("page") and as each page of a selector (`@page :first`, its title's page) does, which wins over
    those wherever it stands; None where a rule for some titles (`.form h1`, more specific) sets one, or a rule in a
    group not read (`_GROUPS`)."""
    boxes, pages = {box: {} for box in _READ}, {}
    for selectors, declarations, grouped in _printed_rules(tinycss2.parse_stylesheet(css, **_PARSE)):
        for selector in selectors:
            box = _BOXES.get(selector)
            reached = "page" if selector.startswith("@page") else box or _subject_box(selector)
            if grouped and reached and any(name in _READ[reached] for name, _, _ in declarations):
                return None
            if selector.startswith("@page") and not box:
                pages.setdefault(selector, []).extend(declarations)
                continue
            for name, important, value in declarations:
                if reached and name in _READ[reached]:
                    if not box:
                        return None
                    _declare(boxes[box], name, important, value)
    for selector, declarations in pages.items():
        boxes[selector] = dict(boxes["page"])
        for declaration in declarations:
            _declare(boxes[selector], *declaration)
    return boxes


def _subject_box(selector: str) -> str | None:
    """The box of `_READ` a selector's subject (its last compound: `h1` of `.form h1`) is an element of."""
    subject = re.split(r"[\s>+~]+", selector)[-1]
    return next((box for box in ("h1", "body") if re.match(rf"{box}(?![\w-])", subject)), None)


_GROUPS = {"supports", "container", "scope", "document"}
"""At-rules whose rules apply where a condition holds that is not read here (`@supports`, a container's size, a
scope's root): a rule in one that sets a property `_READ` reads gives no answer. Left out unread, `@supports (…)
{ h1 { font-size: 14pt } }` printed a 14 pt title that was given a 15 pt span as if it were in base.html's 18 pt.
`@layer` is not among them: a layer's rule loses to one outside any layer, where base.html sets each property read
here but the title's padding."""


def _printed_rules(rules, grouped: bool = False):
    """Each rule a printing browser applies (those outside an `@media` and in one for print), in order: its
    selectors, lower case (`@page` and its page selector for an @page rule), its declarations, and whether it
    stands in one of `_GROUPS` (`grouped`)."""
    for rule in rules:
        prelude = " ".join(tinycss2.serialize(rule.prelude).split()).lower() if hasattr(rule, "prelude") else ""
        keyword = rule.lower_at_keyword if rule.type == "at-rule" else None
        if keyword in ("media", *_GROUPS) and rule.content is not None:
            if keyword != "media" or _printed(prelude):
                yield from _printed_rules(tinycss2.parse_rule_list(rule.content, **_PARSE), grouped or keyword != "media")
        elif rule.type in ("at-rule", "qualified-rule") and rule.content is not None:
            at = f"@{keyword}" if keyword else ""
            selectors = [f"{at} {prelude}".strip()] if at else [part.strip() for part in prelude.split(",")]
            yield selectors, list(_declarations(tinycss2.parse_blocks_contents(rule.content, **_PARSE))), grouped


def _printed(media: str) -> bool:
    """Whether a media query list (`print`, `screen, print`, `not print`) applies to a printed page: a query naming
    print or all, or one that negates a query naming neither (`not screen`, which was taken for one not printed)."""
    return any(bool(re.search(r"\b(print|all)\b", query)) != bool(re.match(r"\s*not\b", query))
               for query in media.lower().split(","))


def _declarations(items):
    """Each declaration among a block's `items` as the longhands it sets: (name, important, value), the value the
    component values without white space; a block inside (@page's `@bottom-center`) left out."""
    for item in items:
        if item.type != "declaration":
            continue
        value = [token for token in item.value if token.type not in ("whitespace", "comment")]
        for name, part in _longhands(item.lower_name, value):
            yield name, item.important, part


def _longhands(name: str, value: list) -> list[tuple[str, list | None]]:
    """The longhands a `margin` or `padding` sets (one to four values: top, right, bottom, left), the size a
    `font` sets (its first size after style and weight: `bold 700 16pt/1.2 黑体`), or the declaration itself; a
    value that cannot be split so is None, which no length is read in."""
    if name in ("margin", "padding"):
        sides = {1: (0, 0, 0, 0), 2: (1, 1, 0, 0), 3: (1, 1, 0, 2), 4: (3, 1, 0, 2)}.get(len(value))
        return [(f"{name}-{side}", [value[at]] if sides else None)
                for side, at in zip(("left", "right", "top", "bottom"), sides or (0, 0, 0, 0))]
    if name == "font":
        size = next((token for token in value if token.type in ("dimension", "percentage")
                     or (token.type == "ident" and _FONT_SIZE_WORDS.fullmatch(token.value))), None)
        return [("font-size", [size] if size else None)]
    return [(name, value)]


def _declare(box: dict, name: str, important: bool, value) -> None:
    """A declaration in the cascade: it wins over any before it but an `!important` one, unless it is one too."""
    if important or not box.get(name, (False, None))[0]:
        box[name] = (important, value)


def _lengths(box: dict, name: str) -> dict[str, float | None]:
    """Each length `_READ` reads of a box in twips, a browser's own where none is declared; None for one not read."""
    lengths = {}
    for prop in _READ[name]:
        if prop == "size":
            continue
        if prop not in box:
            lengths[prop] = _UA.get(name, {}).get(prop, float("inf") if prop == "max-width" else 0.0)
            continue
        value = box[prop][1] or []
        word = value[0].lower_value if len(value) == 1 and value[0].type == "ident" else None
        auto = word == "auto" and name != "page" and prop.startswith("margin")  # a block's auto side margins: none
        lengths[prop] = 0.0 if auto else float("inf") if word == "none" and prop == "max-width" else _length(value)
    return lengths


def _page_width(box: dict) -> float | None:
    """The width in twips between a page box's side margins; None where they or its paper are not read."""
    return _between(box, 0, ("margin-left", "margin-right"))


def _page_height(box: dict) -> float | None:
    """The height in twips between a page box's top and bottom margins; None where they or its paper are not read."""
    return _between(box, 1, ("margin-top", "margin-bottom"))


def _between(box: dict, side: int, margins: tuple[str, str]) -> float | None:
    """The paper's width (`side` 0) or height (1) in twips less the page box's two `margins`; None where one is not
    read."""
    paper, lengths = _paper(box.get("size", (False, None))[1]), _lengths(box, "page")
    if paper is None or None in (lengths[margin] for margin in margins):
        return None
    return paper[side] - sum(lengths[margin] for margin in margins)


def _paper(size: list | None) -> tuple[float, float] | None:
    """The paper's width and height in twips for an @page `size`: A4 unless it names no other, turned where it
    says landscape; one length, a square; two, the width and the height; None for a paper not read."""
    if size and all(token.type == "dimension" for token in size) and len(size) in (1, 2):
        lengths = [_length([token]) for token in size]
        return None if None in lengths else (lengths[0], lengths[-1])
    words = [token.lower_value if token.type == "ident" else None for token in size or []]
    if any(word not in ("a4", "portrait", "landscape", "auto") for word in words):
        return None
    return (_A4[1], _A4[0]) if "landscape" in words else _A4


def _length(value: list | None) -> float | None:
    """A length in twips; None for one in units that depend on others (em, %), none at all, or more than one
    value. A zero needs no unit."""
    if not value or len(value) != 1:
        return None
    token = value[0]
    if token.type == "number" and token.value == 0:
        return 0.0
    if token.type == "dimension" and token.lower_unit in _TWIPS:
        return token.value * _TWIPS[token.lower_unit]
    return None
