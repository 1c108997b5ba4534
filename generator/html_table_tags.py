"""The tags of a rendered HTML page read as a browser's tokenizer reads them, for the passes that mark the page.

html_row_marks and html_carried_labels once took a tag to run to its first `>` and searched that text for
`class=` and `rowspan`: a `>` in a quoted value (`<tr title="指标值>0" class="kept">`, which the template
check accepts) cut the tag, so its class went unseen and a second `class` was written before it, the row's
own lost; and a `class=` or `rowspan=` inside another attribute's value (`title="a class=b"`) was taken for
the attribute and edited. Here a tag runs to the first `>` outside a quoted value, its attributes are read
one after another, a name and its value, the first of a name counting, as a browser keeps it; comments and
the text of `<style>`, `<script>`, `<title>`… hold no tags (base.html's stylesheet names `<thead>` in one).

A regular expression over the page, not html.parser: both passes read every page built, and html.parser's
walk alone, calling back for every piece of text, took longer than either pass over an example form
(html_grid found an HTML parser made building ten times slower). Attributes are read only for the tags asked
about, when first asked for.
"""
from __future__ import annotations

import re
from html import unescape
from typing import Iterator

_S = "\t\n\f\r "  # HTML's whitespace: a full-width space is part of a name
_NAME = rf"(?>[^{_S}/>][^{_S}/>=]*)"
_VALUE = rf"""(?:"[^"]*"|'[^']*'|(?!["'])[^{_S}>]*)"""
_ATTRIBUTE = re.compile(rf"""({_NAME})(?:[{_S}]*=[{_S}]*(?:"([^"]*)"|'([^']*)'|(?!["'])([^{_S}>]*)))?""")
# A quote left open runs to the end of the page in a browser, which then drops the tag: no `>` is found here.
_TOKEN = re.compile(rf"""<(?:!--(?:-?>|.*?(?:--!?>|\Z))|[!?][^>]*>?|/(?![A-Za-z])[^>]*>?
                         |(/?)([A-Za-z][^{_S}/>]*)((?:[{_S}/]|{_NAME}(?:[{_S}]*=[{_S}]*{_VALUE})?(?![{_S}]*=))*+)>)""",
                    re.DOTALL | re.VERBOSE)
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"))
_CLASS_SPLIT = re.compile(f"[{_S}]+")


class Tag:
    """A tag as read from the page; its attributes are read when first asked for (most cells have none)."""

    __slots__ = ("_token", "name", "closing", "_attributes", "_classes")

    def __init__(self, token: re.Match):
        self._token, self.name, self.closing = token, token.group(2).lower(), token.group(1) == "/"
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
                                                    for name, double, single, bare in reversed(_ATTRIBUTE.findall(written)))}
        return self._attributes

    @property
    def classes(self) -> list[str]:
        if self._classes is None:
            value = self.attributes.get("class", "")
            self._classes = [name for name in _CLASS_SPLIT.split(value) if name] if value else []
        return self._classes


def tags(page: str, names: frozenset[str] | None = None) -> Iterator[Tag]:
    """Each tag of `page`, or of the elements `names` (lower case) only, in order."""
    for token in _tokens(page):
        name = token.group(2)
        if name is not None and (names is None or name.lower() in names):
            yield Tag(token)


def _tokens(page: str) -> Iterator[re.Match]:
    """Each tag and comment of `page`; after the start tag of an element read as text, its end tag next."""
    at = 0
    while at < len(page):
        for token in _TOKEN.finditer(page, at):
            name = token.group(2)
            yield token
            if name is not None and (name := name.lower()) in _RAW_TEXT and not token.group(1):
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
    for token in _tokens(fragment):
        if token.start() > at and not raw:
            yield unescape(fragment[at:token.start()])
        at = token.end()
        tag = Tag(token) if token.group(2) else None
        raw = tag is not None and tag.name in _RAW_TEXT and not tag.closing
        if tag is not None:
            yield tag
    if at < len(fragment) and not raw:
        yield unescape(fragment[at:])


def with_classes(page: str, marks: dict[int, tuple[Tag, list[str]]]) -> str:
    """`page` with each tag, by where it starts, given the class names beside it, after any it has."""
    pieces, last = [], 0
    for start in sorted(marks):
        tag, names = marks[start]
        pieces += [page[last:tag.start], marked(tag, names)]
        last = tag.end
    pieces.append(page[last:])
    return "".join(pieces)


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
