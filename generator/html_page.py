"""A rendered HTML page read once for the passes after rendering, and what they add to it written in one go.

html_grid checks the page's tables, html_row_marks gives rows and side labels their print classes, and
html_carried_labels wraps merged cells' content to print again on later pages. Each once read the whole page
with its own tokenisation and the marking passes each wrote a new page, which made the HTML render per document
nearly three times as long as before the marks. Here the page's table tags are read once (html_table_tags, as a
browser reads them), each tag's attributes read once whichever pass asks first, and the passes only record their
additions: classes for a tag, text to insert at a place. `written()` makes the page once.
"""
from __future__ import annotations

from .html_table_tags import Tag, marked, tags

_TABLE_TAGS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th", "col"))
_TITLE_TAGS = frozenset(("style", "h1"))  # html_title_size reads the stylesheet and the titles


class RenderedPage:
    """The text of a rendered page, its table tags in order (and its style and title tags), and the additions the
    marking passes asked for. The tags are read in one pass: reading a page again for its titles made an HTML form's
    render a fifth slower."""

    def __init__(self, text: str):
        self.text = text
        read = list(tags(text, _TABLE_TAGS | _TITLE_TAGS))
        self.table_tags: list[Tag] = [tag for tag in read if tag.name in _TABLE_TAGS]
        self.title_tags: list[Tag] = [tag for tag in read if tag.name in _TITLE_TAGS]
        self._classes: dict[int, tuple[Tag, list[str]]] = {}  # by where the tag starts
        self._inserts: list[tuple[int, str]] = []

    def add_classes(self, tag: Tag, names: list[str]) -> None:
        """Give `tag` the class names `names`, after any it has and any given before; a name given again (a side
        label is one of each table whose thead holds it) is written once."""
        given = self._classes.setdefault(tag.start, (tag, []))[1]
        for name in names:
            if name not in given:
                given.append(name)

    def insert(self, at: int, text: str) -> None:
        """Write `text` at `at` in the page: after a tag ending there, before one starting there (and after
        text inserted there before)."""
        self._inserts.append((at, text))

    def written(self) -> str:
        """The page with every addition made."""
        edits = sorted([*((tag.start, tag.end, marked(tag, names)) for tag, names in self._classes.values()),
                        *((at, at, text) for at, text in self._inserts)], key=lambda edit: edit[:2])
        pieces, last = [], 0
        for start, end, text in edits:
            pieces += [self.text[last:start], text]
            last = end
        pieces.append(self.text[last:])
        return "".join(pieces)
