"""The line of the tag a template left open (`{% for %}` without `{% endfor %}`).

Jinja notices a block left open where it meets a tag that cannot end it (the `{% endblock %}` at the end
of form.html, say), and names only that line: the author was sent to the bottom of the file to look
for a loop opened dozens of lines above. Walking the template's tags with a stack, as Jinja's parser
does, finds the line that opened it. Jinja's own lexer reads the tags, so what `{% raw %}` or a comment
holds is not taken for one.
"""
from __future__ import annotations

from jinja2 import TemplateSyntaxError

from .jinja import SYNTAX

_ENDED = {"for", "if", "macro", "call", "filter", "block", "with", "autoescape", "set"}
"""The tags that open a block their `end…` tag closes (`set` only without `=`: `{% set x %}…{% endset %}`)."""


def opened_at(source: str, block: str) -> int:
    """The line of the innermost `{% block %}` (a tag name: "for", "if"…) still open where the template's
    tags stop nesting (an end tag that closes another block) or at its end; 0 when there is none."""
    stack: list[tuple[str, int]] = []
    for name, line, assigns in _tags(source):
        if name.startswith("end") and name[3:] in _ENDED:
            if not stack or stack[-1][0] != name[3:]:
                break  # where Jinja stopped
            stack.pop()
        elif name in _ENDED and not (name == "set" and assigns):
            stack.append((name, line))
    return next((line for name, line in reversed(stack) if name == block), 0)


def _tags(source: str):
    """Each `{% %}` tag's name, line, and whether it assigns (`=` at its top), up to where lexing fails."""
    tokens = SYNTAX.lex(source)
    name, line, assigns = None, 0, False
    try:
        for lineno, kind, value in tokens:
            if kind == "block_begin":
                name, line, assigns = "", lineno, False
            elif kind == "name" and name == "":
                name = value
            elif kind == "operator" and value == "=" and name:
                assigns = True
            elif kind == "block_end" and name:
                yield name, line, assigns
                name = None
    except TemplateSyntaxError:  # a slip further on; the tags before it are read
        return
