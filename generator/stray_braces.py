"""Warnings about a `}` typed right after a tag (`{{ phone }}}`): every form printed it after the value.

Jinja takes the brace after `}}` or `%}` for text, so the template renders and each form reads
“138…}”; nobody means to print a brace there, and a brace of a dict written in the tag
(`{{ {"a": 1}}}`) belongs to the tag, so the template's own lexer tells the two apart. It is still a
form that renders, so a warning, at the brace's line and column in form.html or at the Word paragraph's
table cell, and in each template the form pulls in (`pulled_in`: an included part, a macro file, base.html)
at the line and column in that file. (A `{` typed before a tag, `{{{ phone }}`, makes the tag unreadable:
Jinja refuses it.)
In a <style> or <script> element a brace after a tag is CSS's or JavaScript's own (`width:{{ w }}}`), so
those are left alone; the whole source is lexed, so a {% raw %} or a comment spanning lines stays text.
"""
from __future__ import annotations

import re

from jinja2 import TemplateSyntaxError

from .jinja import SYNTAX
from .problems import Problem, Severity

CODE = "TEMPLATE-STRAY-BRACE"
_AFTER_TAG = re.compile(r"(?:\}\}|%\})(?=\})")
_CODE_ELEMENT = re.compile(r"<(style|script)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)


def strays(text: str) -> list[int]:
    """The offsets in `text` of each `}` that is text typed right after a tag's `}}` or `%}`."""
    found = []
    for closer in _AFTER_TAG.finditer(text):
        brace = closer.end()
        try:
            tokens = list(SYNTAX.lex(text[:brace + 1]))
        except TemplateSyntaxError:  # cut inside a tag or a {% raw %}: the brace is no text after a tag
            continue
        if len(tokens) > 1 and tokens[-1][1] == "data" and tokens[-1][2] == "}" \
                and tokens[-2][1] in ("variable_end", "block_end"):
            found.append(brace)
    return found


def in_html(file, source: str) -> list[Problem]:
    """A warning at each stray `}` of an HTML template's `source`, outside its <style> and <script> elements."""
    code = [element.span() for element in _CODE_ELEMENT.finditer(source)]
    found = []
    for brace in strays(source):
        if any(start <= brace < end for start, end in code):
            continue
        line_start = source.rfind("\n", 0, brace) + 1
        found.append(_warning(str(file), source.count("\n", 0, brace) + 1, brace - line_start + 1, "",
                              _typed(source[line_start:brace + 1], brace - line_start)))
    return found


def in_pulled_in(templates) -> list[Problem]:
    """A warning at each stray `}` of the templates a form pulls in, (file, text) each, at the line and column
    in that file (outside its <style> and <script> elements, as a form.html's)."""
    return [problem for file, text in templates for problem in in_html(file, text)]


def in_docx(file, places) -> list[Problem]:
    """A warning at each stray `}` of a Word template's paragraphs (see docx_tags.places), named by its cell."""
    return [_warning(str(file), 0, 0, f"{place}中，", _typed(place.text, brace))
            for place in places for brace in strays(place.text)]


def _typed(text: str, brace: int) -> str:
    """The tag before the brace at `brace`, and the brace, as typed."""
    return text[max(text.rfind("{{", 0, brace), text.rfind("{%", 0, brace), 0):brace + 1]


def _warning(file: str, line: int, column: int, where: str, typed: str) -> Problem:
    return Problem(file, line, column, Severity.WARNING, CODE,
                   f"{where}“{typed}”的标签后面多了一个“}}”：它不属于标签，每份表都会在标签印出的内容后面印出“}}”；"
                   "请删掉它（标签以“}}”或“%}”结束）")
