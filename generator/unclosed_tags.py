"""The tag whose `}}`, `%}` or `#}` never comes before the next tag opens: `{{ unit }` typed one brace short.

Jinja reads on past the missing brace into the next tag and reports what it met there (“unexpected '}'”),
at the start of the line or lines further down, not the tag typed short. The Word template's paragraphs
and the HTML template's text are searched alike; a comment's or a `{% raw %}` block's text opens nothing.
A tag is read as Jinja's lexer reads it: a quoted string in it (`{{ "{{" ~ title }}`) is text, and a `{`
opens a dict the next `}` closes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .problems import clipped

DELIMITERS = {"{{": "}}", "{%": "%}", "{#": "#}"}
_ANY = re.compile(r"\{\{|\{%|\{#")
_RAW = re.compile(r"\{%[-+]?\s*raw\s*[-+]?%\}")
_END_RAW = re.compile(r"\{%[-+]?\s*endraw\s*[-+]?%\}")
# Inside a tag: a quoted string (backslash escapes as in Jinja), a closer, an opener, or a single brace.
_IN_TAG = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\}\}|%\}|\{\{|\{%|\{#|[{}'"]""", re.S)


def first_unclosed(text: str) -> re.Match | None:
    """The first opening delimiter in `text` whose closer is missing, or comes only after another tag opens."""
    return next((found for found, end in tags(text) if end is None), None)


def tags(text: str) -> Iterator[tuple[re.Match, int | None]]:
    """Each tag of `text` in order, as (its opening delimiter, or the whole `{% endraw %}`; where it ends), the
    text of a `{% raw %}` block skipped; the last is the first tag left unclosed (ending None), if one is."""
    at = 0
    while found := _ANY.search(text, at):
        end = _tag_end(text, found)
        yield found, end
        if end is None:
            return
        at = end
        if _RAW.match(text, found.start()):
            raw_end = _END_RAW.search(text, at)
            if raw_end is None:
                return
            yield raw_end, raw_end.end()
            at = raw_end.end()


def unpaired(quoted: str, found: re.Match) -> str:
    """`“{{ unit }</td>”中，“{{”没有配对的“}}”`: what both templates' checks say of the tag `found` typed short,
    quoting `quoted` (form.html's line from the tag on, a form.docx paragraph) cut at 40 characters."""
    return f"“{clipped(quoted.strip(), 40)}”中，“{found.group(0)}”没有配对的“{DELIMITERS[found.group(0)]}”"


def _tag_end(text: str, opened: re.Match) -> int | None:
    """Where the tag `opened` ends, past its closer; None when another tag opens, or a string or the text ends,
    first. A comment's text is not read: it may quote a tag. After a `}` that closes nothing (`{{ unit }</td>`)
    the tag was most likely typed short there, and a quote further on is the page's (`rowspan="{{ n }}"`), not
    a string; a closer before the next tag still ends it (`{% for} x in y %}` is Jinja's to say)."""
    closer = DELIMITERS[opened.group(0)]
    if closer == "#}":
        end = text.find(closer, opened.end())
        return None if end < 0 else end + len(closer)
    depth, stray, at = 0, False, opened.end()
    while part := _IN_TAG.search(text, at):
        token, at = part.group(0), part.end()
        if token[0] in "'\"":
            if stray:
                at = part.start() + 1
            elif len(token) == 1:
                return None  # a string left open
            continue
        if depth == 0 and token == closer:
            return at
        if depth == 0 and token in DELIMITERS:
            return None  # the next tag opening
        at = part.start() + 1  # a brace at a time: `{"a": {"b": 1}}}`, `%}` in a `{{` tag
        depth += {"{": 1, "}": -1}.get(token[0], 0)
        if depth < 0:
            stray, depth = True, 0
    return None
