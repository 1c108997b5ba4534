"""The tags of a rendered HTML page read as a browser's tokenizer reads them, for the passes that check and mark it.

html_row_marks and html_carried_labels once took a tag to run to its first `>` and searched that text for
`class=` and `rowspan`, and html_grid for its spans: a `>` in a quoted value (`<tr title="指标值>0" class="kept">`,
which the template check accepts) cut the tag, so its class went unseen and a second `class` was written before
it, the row's own lost, and a `colspan` after it went uncounted, the row taken for a short one and the build
stopped; and a `class=` or `rowspan=` inside another attribute's value (`title="a class=b"`) was taken for the
attribute and edited or counted. Here a tag runs to the first `>` outside a quoted value, its attributes are read
one after another, a name and its value, the first of a name counting, as a browser keeps it; comments and the
text of `<style>`, `<script>`, `<title>`… hold no tags (base.html's stylesheet names `<thead>` in one).

A regular expression over the page, not html.parser: every page built is read (once, for all the passes:
html_page), and html.parser's walk alone, calling back for every piece of text, took longer than any pass over an
example form (html_grid found an HTML parser made building ten times slower). Attributes are read only for the
tags asked about, when first asked for. html_fetches reads a template's own text so, its Jinja tags blanked first.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Iterator

_S = "\t\n\f\r "  # HTML's whitespace: a full-width space is part of a name
_NAME = rf"(?>[^{_S}/>][^{_S}/>=]*)"
_VALUE = rf"""(?:"[^"]*"|'[^']*'|(?!["'])[^{_S}>]*)"""
_ATTRIBUTE = re.compile(rf"""({_NAME})(?:[{_S}]*=[{_S}]*(?:"([^"]*)"|'([^']*)'|(?!["'])([^{_S}>]*)))?""")
# A quote left open runs to the end of the page in a browser, and so does a tag no `>` ends: the browser drops it and
# everything after it. Such a tag is read here to where it stops, without its `>`, and nothing after it is read
# (`_tokens`): trying again from each `<` after it took time growing with the cube of the page (`<a<a<a…`: 20 s for
# 5,000 characters). A name with no value may not be followed by `=`, which would open a value; after a value a `=`
# opens the next name, as in a browser (`class="a" =""`, which `{% if x %}title{% endif %}=""` renders).
_TOKEN = re.compile(rf"""<(?:!--(?:-?>|.*?(?:--!?>|\Z))|[!?][^>]*>?|/(?![A-Za-z])[^>]*>?
                         |(/?)([A-Za-z][^{_S}/>]*+)((?:[{_S}/]|{_NAME}(?:[{_S}]*=[{_S}]*{_VALUE}|(?![{_S}]*=)))*+)(>?))""",
                    re.DOTALL | re.VERBOSE)
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"))
_CLASS_SPLIT = re.compile(f"[{_S}]+")
# HTML's rules for a non-negative integer (a rowspan, a colspan): what follows the digits is dropped
_WHOLE_NUMBER = re.compile(rf"[{_S}]*\+?(\d+)")


class Tag:
    """A tag as read from the page; its attributes are read when first asked for (most cells have none)."""

    __slots__ = ("_token", "name", "closing", "_attributes", "_classes")

    def __init__(self, token: re.Match, name: str):
        """`name`: the token's element name in lower case."""
        self._token, self.name, self.closing = token, name, token.group(1) == "/"
        self._attributes = self._classes = None

    @property
    def start(self) -> int:
        return self._token.start()

    @property
    def end(self) -> int:
        return self._token.end()

    @property
    def attributes(self) -> dict[str, str]:
        """Each attribute's value as the document has it (character references read; "" without `=`), the
        first of a name counting, as a browser keeps it; an end tag has none."""
        if self._attributes is None:
            written = "" if self.closing else self._token.group(3)
            self._attributes = {name.lower(): unescape(value) if "&" in value else value
                                for name, value in ((name, double or single or bare)
                                                    for name, double, single, bare in reversed(_ATTRIBUTE.findall(written)))
                                } if written else {}
        return self._attributes

    def written(self) -> Iterator[tuple[str, int, str]]:
        """Each attribute written with a value, in order, as (its name in lower case, where its value starts in the
        page, the value as written): every one, where `attributes` keeps only the first of a name, since a check
        that quotes a value and points at it (html_fetches) needs its place, and a value unescaped has none."""
        if self.closing:
            return
        written_at = self._token.start(3)
        for found in _ATTRIBUTE.finditer(self._token.group(3)):
            if found.lastindex > 1:
                yield found.group(1).lower(), written_at + found.start(found.lastindex), found.group(found.lastindex)

    def whole_number(self, name: str) -> int | None:
        """The attribute `name` read as a browser reads a `rowspan` or `colspan`: the digits after any spaces and a
        `+`, what follows them dropped; None when the tag has no such attribute or it starts with no digit."""
        value = self.attributes.get(name)
        number = _WHOLE_NUMBER.match(value) if value is not None else None
        return int(number.group(1)) if number else None

    @property
    def classes(self) -> list[str]:
        if self._classes is None:
            value = self.attributes.get("class", "")
            self._classes = [name for name in _CLASS_SPLIT.split(value) if name] if value else []
        return self._classes


def tags(page: str, names: frozenset[str] | None = None) -> Iterator[Tag]:
    """Each tag of `page`, or of the elements `names` (lower case) only, in order."""
    for token, name in _tokens(page):
        if name is not None and (names is None or name in names):
            yield Tag(token, name)


def _tokens(page: str) -> Iterator[tuple[re.Match, str | None]]:
    """Each tag and comment of `page`, with its element name in lower case (None for a comment); after the start
    tag of an element read as text, its end tag next."""
    at = 0
    while at < len(page):
        for token in _TOKEN.finditer(page, at):
            name = token.group(2)
            if name is not None:
                if not token.group(4):
                    return  # a tag left open (`_TOKEN`): the rest of the page is in it, and no tag follows
                name = name.lower()
            yield token, name
            if name in _RAW_TEXT and not token.group(1):
                end = re.compile(rf"</{name}[{_S}/>]", re.IGNORECASE).search(page, token.end()) \
                    if name != "plaintext" else None
                at = end.start() if end else len(page)
                break
        else:
            return


def text_pieces(fragment: str) -> Iterator[str | Tag]:
    """The text (character references read) and the tags of `fragment`, in order; not a comment, nor the text
    of a `<style>`."""
    at, raw = 0, False
    for token, name in _tokens(fragment):
        if token.start() > at and not raw:
            yield unescape(fragment[at:token.start()])
        at = token.end()
        tag = Tag(token, name) if name is not None else None
        raw = tag is not None and tag.name in _RAW_TEXT and not tag.closing
        if tag is not None:
            yield tag
    if at < len(fragment) and not raw:
        yield unescape(fragment[at:])


def marked(tag: Tag, names: list[str]) -> str:
    """The text of `tag` with the class names `names` after any it has."""
    token = tag._token
    text, attributes_at = token.group(0), token.start(3) - token.start()
    written = next((found for found in _ATTRIBUTE.finditer(token.group(3)) if found.group(1).lower() == "class"), None)
    if written is None or written.lastindex == 1:
        # a `class` without a value gives none: the one written first is the one a browser keeps
        name_end = token.end(2) - token.start()
        return f'{text[:name_end]} class="{" ".join(names)}"{text[name_end:]}'
    start, end = (attributes_at + at for at in written.span(written.lastindex))
    if written.lastindex == 4:  # unquoted
        quote, inner = '"', text[start:end].replace('"', "&quot;")
    else:
        quote, inner, start, end = text[start - 1], text[start:end], start - 1, end + 1
    joined = " ".join([*(name for name in _CLASS_SPLIT.split(inner) if name), *names])
    return f"{text[:start]}{quote}{joined}{quote}{text[end:]}"
