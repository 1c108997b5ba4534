"""`--help` laid out for Chinese text: wrapped by display width, between characters, no stray spaces.

click wraps help with `textwrap`, which breaks lines only at spaces and counts a Chinese character
as one column: a Chinese paragraph (no spaces) ran past the terminal's edge, broke at the one space
before an English word, and a docstring's line break inside a sentence became a stray space
("“移动”， 改了名称"). This formatter, click's public `formatter_class` hook, measures by display
width (a Chinese character is two columns), may break between any two Chinese characters but never
inside an English word or option, keeps closing punctuation off the start of a line and opening
punctuation off its end, and joins a paragraph's lines without a space where Chinese meets Chinese, or after
full-width punctuation.
"""
from __future__ import annotations

import re
import unicodedata

import click

_TOKEN = re.compile(r"# jixiao: disable=[\x21-\x7e]*|(?:错误|警告|提示)\[[^\[\]\s]*\]|[\x21-\x7e]+|\s+|.")
"""The pieces of a text; a silencing comment is one, its spaces kept, as a clerk copies it into a spec: broken after
its `#`, it read as a `#` alone, and kept whole by `\\b` paragraphs instead, their lines ran past a narrow terminal.
A severity with its code (`警告[规则编号]`) is one too, as a problem's line prints it: broken before its `[`, the
help's picture of that line read as two words."""
_NO_LINE_START = set("，。、；：！？）」』”’》〉】…—·％")
_NO_LINE_END = set("（「『“‘《〈【([{")
_SPACED_ALREADY = set("。，、；：！？")
"""Full-width punctuation, which carries its own space: a space after it is a stray one ("。 [默认：text]", where
click puts two spaces before an option's default, or "， jixiao" where a docstring's line ends in a comma)."""
_NO_REWRAP = "\b"
_EXTRAS = re.compile(r"\[[^\[\]]*\]$")
"""click's bracket after an option's help (`[默认：8000; 0 到 65535 之间]`), its parts joined by an English "; "."""


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def width(text: str) -> int:
    """Columns `text` takes in a terminal: two for a wide (East Asian) character, one otherwise."""
    return sum(2 if _wide(ch) else 1 for ch in text)


def pieces(text: str) -> list[str]:
    """Unbreakable pieces: English words (with their punctuation), a silencing comment (`# jixiao: disable=B6`), runs of
    spaces, single Chinese characters, with closing punctuation glued to the piece before and opening to the piece after."""
    out: list[str] = []
    opening = ""
    for token in _TOKEN.findall(text):
        if opening and not token.isspace():
            opening += token
            if token[-1] not in _NO_LINE_END:
                out.append(opening)
                opening = ""
        elif token[0] in _NO_LINE_START and out and not out[-1].isspace() and not opening:
            out[-1] += token
        elif token[-1] in _NO_LINE_END and not token.isspace():
            opening = token
        else:
            out += [opening, token] if opening else [token]
            opening = ""
    return out + ([opening] if opening else [])


def fill(text: str, columns: int, first: str = "", rest: str = "") -> str:
    """One paragraph wrapped to `columns`, each line after the first indented by `rest`."""
    lines, line = [], first
    room = max(columns, 10)
    for token in pieces(text):
        if token.isspace():
            if width(line) > width(rest if lines else first) and line[-1] not in _SPACED_ALREADY:
                line += " "
            continue
        if width(line) + width(token) > room and width(line) > width(rest if lines else first):
            lines.append(line.rstrip())
            line = rest
        line += token
    lines.append(line.rstrip())
    return "\n".join(lines)


def _paragraphs(text: str) -> list[tuple[int, bool, str]]:
    """(indent, keep as written, text) for each paragraph, as click reads a docstring: blank lines
    separate paragraphs, `\\b` on its own line keeps one as written; the lines of a paragraph join
    with a space, except between two Chinese characters."""
    out = []
    for block in re.split(r"\n\s*\n", text.expandtabs().strip("\n")):
        lines = block.splitlines()
        if lines and lines[0].strip() == _NO_REWRAP:
            out.append((0, True, "\n".join(lines[1:])))
            continue
        indent = len(lines[0]) - len(lines[0].lstrip())
        joined = ""
        for line in (line.strip() for line in lines):
            glue = "" if not joined or (_wide(joined[-1]) and _wide(line[:1] or " ")) else " "
            joined += glue + line
        out.append((indent, False, joined))
    return out


def wrap(text: str, columns: int, indent: str = "") -> str:
    """A help text, paragraph by paragraph, wrapped to `columns` with `indent` before every line."""
    out = []
    for extra, keep, paragraph in _paragraphs(text):
        pad = indent + " " * extra
        if keep:
            out.append("\n".join(pad + line for line in paragraph.splitlines()))
        else:
            out.append(fill(paragraph, columns, pad, pad))
    return "\n\n".join(out)


class HelpFormatter(click.HelpFormatter):
    """click's formatter with `write_text` and `write_dl` wrapping by display width (see above)."""

    def write_text(self, text: str) -> None:
        self.write(wrap(text, self.width, " " * self.current_indent) + "\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((width(first) for first, _ in rows), default=0), col_max) + col_spacing
        text_columns = max(self.width - first_col - self.current_indent, 10)
        for first, second in rows:
            self.write(" " * self.current_indent + first)
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(_extras_joined(second), text_columns).splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write((" " * (first_col + self.current_indent) + line if line else "") + "\n")


def _extras_joined(text: str) -> str:
    """An option's help with the parts of click's bracket after it joined by "；": click joins a default and a
    range with an English "; " (`[默认：8000; 0 到 65535 之间]`), the one English mark in a Chinese help page."""
    return _EXTRAS.sub(lambda bracket: bracket.group().replace("; ", "；"), text.rstrip())


class Context(click.Context):
    formatter_class = HelpFormatter


class Command(click.Command):
    """A jixiao command: Chinese `--help` layout, and `[选项]` in its usage line."""

    context_class = Context

    def __init__(self, *args, options_metavar: str = "[选项]", **kwargs):
        super().__init__(*args, options_metavar=options_metavar, **kwargs)
