"""The tag whose `}}`, `%}` or `#}` never comes before the next tag opens: `{{ unit }` typed one brace short.

Jinja reads on past the missing brace into the next tag and reports what it met there (“unexpected '}'”),
at the start of the line or lines further down, not the tag typed short. The Word template's paragraphs
and the HTML template's text are searched alike; a comment's or a `{% raw %}` block's text opens nothing.
"""
from __future__ import annotations

import re

DELIMITERS = {"{{": "}}", "{%": "%}", "{#": "#}"}
_ANY = re.compile(r"\{\{|\{%|\{#")
_RAW = re.compile(r"\{%[-+]?\s*raw\s*[-+]?%\}")
_END_RAW = re.compile(r"\{%[-+]?\s*endraw\s*[-+]?%\}")


def first_unclosed(text: str) -> re.Match | None:
    """The first opening delimiter in `text` whose closer is missing, or comes only after another tag opens."""
    at = 0
    while found := _ANY.search(text, at):
        closer = DELIMITERS[found.group(0)]
        end = text.find(closer, found.end())
        if found.group(0) != "{#":  # a comment may quote a tag
            following = _ANY.search(text, found.end())
            if following and (end < 0 or following.start() < end):
                return found
        if end < 0:
            return found
        at = end + len(closer)
        if _RAW.match(text, found.start()):
            raw_end = _END_RAW.search(text, at)
            at = raw_end.end() if raw_end else len(text)
    return None
