"""The numbers typed before a list's items (`1. 甲`, `2、乙`), as Word numbers a list, read one way everywhere.

A form may print each item's number itself (`{{ loop.index }}.` before a target, as the paper forms do; the profile's
`lint.numbered` names such lists), so a number kept in the text prints twice (`1.1. 甲`). Where a list is typed
without its dashes (dashless_items), where a line below an item reads as the next item (TEXT-LINE-BREAK), and where
the items are typed with their dashes (lint's A15), the items count as numbered only when every one has a number and
they count up by one: a figure (`1.5万元…`), a year (`2024年…`) or one line numbered of several is the author's text.
A line below a one-line value is read as a numbered paragraph by more numbers than these (`二、`, `（二）`, `②`), as
official documents number paragraphs; it is told, never counted.
"""
from __future__ import annotations

import re
import unicodedata

from .key_lines import indent_step
from .quoted_escapes import escapes_retyped
from .yaml_lines import quotes_named

_COUNTED = r"(?P<count>[0-9０-９]{1,2})[.．、](?![0-9０-９])"
_NUMERAL = "[一二三四五六七八九十]"
_TEXT_FOLLOWS = r"[ \u3000]*(?=\S)"
_ITEM_NUMBER = re.compile(_COUNTED + _TEXT_FOLLOWS)
"""A list item's number as Word types it, before the item's text: `1. `, `2．`, `3、`; not `1.5` (a number's point)."""
_PARAGRAPH_NUMBER = re.compile(rf"(?:{_COUNTED}|{_NUMERAL}{{1,3}}、(?!{_NUMERAL})|[（(](?:{_NUMERAL}{{1,3}}|[0-9０-９]{{1,2}})[）)]"
                               rf"|[0-9０-９]{{1,2}}[）)]|[\u2460-\u2473]){_TEXT_FOLLOWS}")
"""A paragraph's number as official documents type one, its text to follow: an item's (`2、`), or `二、`, `（二）`,
`(2)`, `2）`, `②`; not `一、二级指标` (level one and two). Told only, never counted: a list's own items are numbered
as `_ITEM_NUMBER` reads them."""
PARAGRAPH_NUMBER = _PARAGRAPH_NUMBER.pattern
"""`_PARAGRAPH_NUMBER` for a pattern to hold (TEXT-LINE-BREAK's space YAML made of a line break before the next numbered
paragraph)."""


def counted(texts: list[str]) -> list[re.Match] | None:
    """The numbers typed before texts, each a match whose end is where the item's own text begins, when every text
    has one and they count up by one; None otherwise."""
    found = [_ITEM_NUMBER.match(text) for text in texts]
    if not texts or not all(found):
        return None
    counts = [int(unicodedata.normalize("NFKC", number["count"])) for number in found]
    return found if counts == list(range(counts[0], counts[0] + len(counts))) else None


def numbers_dropped(numbers: list[re.Match]) -> str:
    """How a message asks for the numbers to go, the same wherever a numbered list is told."""
    return f"去掉行首的序号“{numbers[0][0].strip()}”{'等' if len(numbers) > 1 else ''}（表上会给每一项自动编号）"


def numbered_paragraphs_fix(lines: list[str], key: re.Match, below: str, field: str = "这一项",
                            quote: str = "", escapes: list[str] = ()) -> str | None:
    """How to mend a one-line value (`key`, a match of key_lines.KEY on its line of `lines`) whose line below,
    `below`, begins with an item's number (`2、…`): Word's numbered paragraphs pasted after `content:` with no `|`,
    which YAML joins into one line, or refuses when the next line is not indented. Joining the line back, the advice
    for a line break, would print 1…2…3 as one run of text; a `|` block keeps each item on its own line (`field`: how
    the value is named, when the message has not named it), its lines as deep under the key as the file indents a
    field (4 spaces in a file indented by 4, as its other blocks are). `quote`: the quote the value was typed in, to
    be dropped, as a block keeps every character of its lines and a clerk keeping the quotes printed them; `escapes`:
    those typed inside double quotes (quoted_escapes), each to be retyped as what it prints. None when the line below
    has no number."""
    number = _PARAGRAPH_NUMBER.match(below.strip())
    if number is None:
        return None
    dropped = f"，并去掉原来值两头的{quotes_named(quote)}“{quote}”（| 块里的引号会原样印在表上）" if quote else ""
    return (f"以“{number[0].strip()}”开头，像是分条写的又一条：要各条分行印出，请把{field}改用 | 块，"
            f"第一行只写“{key['key']}: |”，各条（连同第一条）依次写在下面，"
            f"每行行首空 {len(key['lead']) + indent_step(lines)} 格{dropped}{escapes_retyped(list(escapes))}")
