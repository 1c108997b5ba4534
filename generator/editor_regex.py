"""Warnings for a schema `pattern` Python reads one way and the editor's JavaScript another, or not at all.

jixiao checks a spec with Python's regular expressions; the editor (yaml-language-server in VS Code) with
JavaScript's, trying `new RegExp(pattern, "u")` and then without the "u". What JavaScript rejects both ways
(`(?i)`, `(?P<name>…)`, `a++`, `(?>…)`) stops the editor's checking of every spec of the form, not only the field;
what it takes as something else (`\\Z` as the letter Z, `\\d` without the full-width digits Python counts) squiggles
values validate passes, or lets pass what it refuses. The form's author, not each clerk, can put it right: each
such pattern is warned of once by `jixiao new --list`, at its line, with what to write instead that both read
alike. Nothing jixiao runs is refused, so a warning. Only the form's own schema file: a `defs.schema.json` is
shared by every form, and would be said once for each.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from .json_text import json_position
from .problems import Problem, Severity
from .schema_line import shown
from .schema_nodes import keyword_name, subschemas
from .schema_store import SchemaStore

CODE = "SCHEMA-REGEX"

_TOKENS = re.compile(r"""
    (?P<escape>\\(?:N\{[^}]*\}|U[0-9A-Fa-f]{8}|.))
  | (?P<set>\[\^?\]?(?:\\.|[^\]\\])*\])
  | (?P<group>\((?:\?[aiLmsux]*-?[imsx]*[:)]|\?P<\w+>|\?P=\w+\)|\?>|\?\#|\?\())
  | (?P<possessive>(?:[*+?]|\{\d+(?:,\d*)?\}|\{,\d+\})\+)
  | (?P<from_nothing>\{,\d+\})
""", re.VERBOSE | re.DOTALL)
"""What to look at in a pattern, left to right, so an escaped `\\(` or a `(` in a set `[(]` is not taken for a group."""

_ESCAPES = {
    "A": "JavaScript 把“\\A”读作字母 A；文字的开头请写 ^",
    "Z": "JavaScript 把“\\Z”读作字母 Z；文字的末尾请写 $（jixiao 和编辑器都把它读作文字的末尾）",
    "d": "“\\d”在 jixiao 里也算全角数字（１２３），编辑器只算 0-9，全角的 validate 通过、编辑器却画波浪线；请写 [0-9]",
    "D": "“\\D”在 jixiao 里不算全角数字，编辑器算，两边说得不一样；请写 [^0-9]",
    "w": "“\\w”在 jixiao 里也算汉字，编辑器只算英文字母、数字和下划线，两边说得不一样；请写 [A-Za-z0-9_]，要汉字的写出汉字的范围",
    "W": "“\\W”在 jixiao 里不算汉字，编辑器算，两边说得不一样；请写 [^A-Za-z0-9_]",
}
_GROUPS = {
    "P<": "命名的组“{}…)”编辑器的 JavaScript 读不了；请写成不带名字的 (…)",
    "P=": "按名字的引用“{}”编辑器的 JavaScript 读不了；请把组写成不带名字的 (…)，再按序号写 \\1",
    ">": "“{}…)”（不回头的组）编辑器的 JavaScript 读不了；请写成 (?:…)",
    "#": "注释“{}…)”编辑器的 JavaScript 读不了；请删去它",
    "(": "按条件选择的组“{}…)”编辑器的 JavaScript 读不了；请用 | 写出各种情形",
}
_UNREAD = "编辑器的 JavaScript 读不了"
"""The words of each part that stops the editor's checking altogether (JavaScript rejects it with or without "u")."""
_FLAGS = "标志“{}”编辑器的 JavaScript 读不了；请删去它"
_NO_CASE = "，不分大小写的字母写成 [Aa] 这样的字符组"


def warnings(store: SchemaStore, file_name: str) -> list[Problem]:
    """A SCHEMA-REGEX warning for each `pattern` (and `patternProperties` name) of the schema file that the editor
    cannot read or reads otherwise than validate, at that pattern, saying each such part and what to write."""
    document, found = store.schema(file_name), []
    for path, node in subschemas(document, ()):
        places = [((*path, "pattern"), node.get("pattern"))]
        if isinstance(node.get("patternProperties"), dict):
            places += [((*path, "patternProperties", name), name) for name in node["patternProperties"]]
        for at, pattern in places:
            said = list(dict.fromkeys(mistakes(pattern))) if isinstance(pattern, str) else []
            if not said:
                continue
            line, column = json_position(store.texts[file_name], at)
            stops = "。编辑器读不了的 pattern 让用这个表样的每份规格在编辑器里都不再有波浪线" if any(
                _UNREAD in words for words in said) else ""
            found.append(Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, CODE,
                                 f"{keyword_name(document, at)}“{pattern}”里，" + "；".join(said) + stops))
    return found


def mistakes(pattern: str) -> Iterator[str]:
    """What in a pattern Python takes and JavaScript does not, or reads otherwise, each with what to write."""
    for token in _TOKENS.finditer(pattern):
        kind, text = token.lastgroup, token[0]
        if kind == "escape":
            yield from _escape(text)
        elif kind == "set":
            yield from _bracket_first(text)
            for inner in re.finditer(r"\\(?:N\{[^}]*\}|U[0-9A-Fa-f]{8}|.)", text, re.DOTALL):
                yield from _escape(inner[0])
        elif kind == "group" and text != "(?:":
            group = text[2:4] if text[2] == "P" else text[2:]
            if group in _GROUPS:
                yield _GROUPS[group].format(text)
            else:
                yield _FLAGS.format(text if text.endswith(")") else text + "…)") + (_NO_CASE if "i" in text else "")
        elif kind == "possessive":
            yield f"“{text}”（占有的量词）编辑器的 JavaScript 读不了；请去掉末尾的 +，写成“{text[:-1]}”"
        elif kind == "from_nothing":
            yield f"JavaScript 把“{text}”读作这几个字，不是次数；请写成“{{0{text[1:]}”"


def _bracket_first(text: str) -> Iterator[str]:
    """A set opened by `]` (`[]$]`, `[^]$]`): Python reads that `]` as one of the set's characters, JavaScript
    `[]` as a set of no character and `[^]` as one of any, the rest outside it. Written `\\]`, both read it as `]`."""
    opening = "[^" if text.startswith("[^") else "["
    if text[len(opening):len(opening) + 1] == "]" and len(text) > len(opening) + 1:
        meant = "一个字也不配的空字符组" if opening == "[" else "配任何一个字的字符组"
        yield (f"字符组“{text}”开头的 ]，jixiao 读作组里的一个字，编辑器的 JavaScript 却把“{opening}]”读作{meant}，"
               f"两边说得不一样；请把这个 ] 写成 \\]：“{opening}\\{text[len(opening):]}”")


def _escape(text: str) -> Iterator[str]:
    """What is wrong with one escape, if anything: those `_ESCAPES` names, and a character written by its name or
    by eight hex digits, which JavaScript reads as the letters."""
    if text[1:] in _ESCAPES:
        yield _ESCAPES[text[1:]]
    elif text[1] in "NU" and len(text) > 2:
        try:
            char = unicodedata.lookup(text[3:-1]) if text[1] == "N" else chr(int(text[2:], 16))
        except (KeyError, ValueError):
            return
        yield f"JavaScript 把“{text}”读作这几个字母；请直接写出这个字“{char}”"
