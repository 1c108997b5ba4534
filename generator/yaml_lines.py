"""A spec's lines as YAML counts them, so a line number from a parser's mark finds the text it means.

The YAML reader ends a line at "\\r\\n", "\\n" or a lone "\\r" (a file saved by an old Mac editor), and
nowhere else. `str.split("\\n")` misses the lone "\\r", so every line of such a file was line 1;
`str.splitlines()` also ends a line at U+0085, U+2028 and U+2029, which a value pasted from a web page
may hold (and at \\x0b, \\x0c, \\x1c-\\x1e), so every message below one was a line off.
How a value is typed on such a line, quoted where it must be, is said here too, for every message that gives one.
"""
from __future__ import annotations

import json
import re

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

LINE_BREAK = re.compile(r"\r\n|\r|\n")
BOM = "\ufeff"  # a byte-order mark: Notepad's "UTF-8 with BOM" puts one before the first line


def split_lines(text: str) -> list[str]:
    """The lines of `text` without their line breaks, as splitlines() gives them (no empty line after
    a final break), but split only where YAML ends a line."""
    lines = LINE_BREAK.split(text)
    return lines[:-1] if not lines[-1] else lines


def line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `text[index]`, counted as YAML counts them."""
    lines = LINE_BREAK.split(text[:index])
    return len(lines), len(lines[-1]) + 1


_UNSINGLE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]")  # what single quotes cannot hold: escapes only
_COMMENT = re.compile(r"[ \t]+#.*$")  # a comment is a `#` after a blank: `a#b` is text

_MARK_LEAD = r"(?:(?:^|(?<=[\r\n]))[ \t]*(?:[-?:][ \t]+)*|[\[{,][ \t]*|:[ \t]+)"
"""What stands before a token where the scanner starts one: the line's indent and any "- ", "? " or ": ", a key's ": ",
or a flow bracket or comma."""

_QUOTED = r"\"(?:[^\"\\\r\n]|\\.)*\"|'(?:[^'\r\n]|'')*'"

TOKEN_LEAD = _MARK_LEAD + r"(?:(?:" + _QUOTED + r"|[\[{][^\[\]{}\r\n]*[\]}])[ \t]*:[ \t]*)?"
"""_MARK_LEAD, or a key of a flow mapping typed as JSON is (quoted, or a bracket on its line) and its ":", which the scanner
takes with no blank after it (`{"a":*x}`, `{[k]:*x}`): an alias there was read, and its line went unnamed."""

_QUOTED_OR_COMMENT = re.compile(TOKEN_LEAD + "(?:" + _QUOTED + r")|(?:^|(?<=[ \t]))(?P<comment>#)")


def comment_start(line: str) -> int:
    """Where the comment of `line` begins, or its length without one: at a `#` first or after a blank, not inside a
    text quoted on the line where the scanner starts a token (`b: ["甲 #1", *x]`, `'it''s #1'`, `"a\\" #1"`), where
    a naive cut took an alias after it for one in a comment. A quote inside a plain text (`it's #1`) opens nothing; a
    quoted text going on over lines is cut at its ` #`."""
    for found in _QUOTED_OR_COMMENT.finditer(line):
        if found["comment"]:
            return found.start("comment")
    return len(line)


def without_comment(typed: str) -> str:
    """A value typed on one line, its trailing comment (`  # 注`) and the blanks before it cut off; a ` #` inside quotes
    (`"甲 #1"`, `[甲, '乙 #2']`) is kept, where a cut there showed a clerk `unit: "甲` for a key typed twice."""
    return typed[:comment_start(typed)].rstrip(" \t")


STYLE_KEY = "x-jixiao-style"
"""The schema's word for how a field's values are written: `double-quoted` for indicator values and phone numbers."""


def double_quoted(field: object) -> bool:
    """Whether the schema has the values of `field` (its subschema) written in double quotes, as fmt writes them and
    the form's other values of the kind read: a line a message gives for one is written so too."""
    return isinstance(field, dict) and field.get(STYLE_KEY) == "double-quoted"


def typed_value(text: str, quoted: bool = False) -> str:
    """`text` as a clerk types it for a value on one line: plain when YAML reads it back as that text (and the field
    is not one whose values are `quoted`), in single quotes (one inside doubled) when it holds a `"`, which double
    quotes would escape (`'"十四五"规划'`, as fmt writes it), else in double quotes. Every message that says how to
    quote a value says it so."""
    try:
        if not quoted and "\n" not in text and YAML(typ="safe", pure=True).load(f"k: {text}") == {"k": text}:
            return text
    # A tag's constructor refusing (`!!bool maybe`); ruamel's for `!!omap` asserts that no key is given twice.
    except (YAMLError, ValueError, TypeError, KeyError, AttributeError, AssertionError):
        pass
    if '"' in text and not _UNSINGLE.search(text):
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def quotes_named(typed: str) -> str:
    """What the quotes of `typed` (a value as typed_value gives it, or a path as command_paths.quoted does) are called,
    for the words of a message that shows it: the words never say double quotes beside a value in single."""
    return "英文单引号" if typed.startswith("'") else "英文双引号"


def line_with_value(line: str, column: int, value: str, length: int | None = None) -> str:
    """`line` with the value typed at `column` (0-based) replaced by `value`. With its `length` known (a value in a
    list `[甲, 乙]`), the rest of the line is kept as typed; else the value runs to the end of the line, a trailing
    comment kept. The comment is where without_comment cuts (comment_start: a ` #` inside quotes is none): a cut of
    its own gave `unit: '说明: "甲 #1"' #1"` for a value without_comment had kept whole."""
    rest = line[column:]
    if length is not None:
        return (line[:column] + value + rest[length:]).rstrip()
    comment = _COMMENT.search(rest, len(without_comment(rest)))
    return (line[:column] + value + (comment.group() if comment else "")).rstrip()


def quoted_length(typed: str) -> int | None:
    """How long the quoted value `typed` begins with is, to its closing quote; None where it opens no quote or
    closes on a line below."""
    quote = re.match(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'", typed)
    return quote.end() if quote else None
