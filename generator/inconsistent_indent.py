"""The two lines the parser calls only "inconsistent indentation" (expected <block end>) when no slip more
particular is found: named with the field at or above them, and with the column they belong at.

A bullet `- 继续…` typed under a field whose text stands on the field's own line (`content: 1、…`) is no item of any
list there and no more of that text: the author meant the field's text to go on in lines, which is a `|` block. A key
typed a space or two deeper than the fields beside it, after a `|` block's text (`   tasks:` under `  functions: |`),
looks like more of that text to the slip finders that skip a block's lines, and was told only 缩进不一致.
"""
from __future__ import annotations

import re

from .key_lines import DASH_LINE, KEY, KEY_LINE, indent_step, indent_width, line_above, lines_above, siblings
from .key_names import Gloss
from .problems import runs_said

_VALUE_ON_LINE = re.compile(KEY + r":[ ]+(?P<value>[^|>\"'#\s\[{&*!].*)$")


def bullet_after_text(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """Line `end`, a `- ` line of text no deeper than the key above it whose text is on its own line: said with that
    key, and how to write the text with its bullets as a `|` block (the key's text on a line of its own, every line
    of it `indent_step` deeper than the key)."""
    content = lines[end - 1]
    if not DASH_LINE.match(content) or KEY_LINE.match(content):
        return None
    above = line_above(lines, end)
    found = _VALUE_ON_LINE.match(lines[above - 1]) if above else None
    dash = indent_width(content)
    if not found or dash > len(found["lead"]) or " #" in found["value"]:
        return None
    key, column = found["key"], len(found["lead"])
    bullets = []
    for number in range(end, len(lines) + 1):
        line = lines[number - 1]
        if not line.strip():
            continue
        if KEY_LINE.match(line) or indent_width(line) < dash or not DASH_LINE.match(line) and indent_width(line) == dash:
            break
        bullets.append(number)
    indent = column + indent_step(lines)
    head = f"{found['lead']}{key}: |"
    return end, dash + 1, (f"“{key}”{gloss(key, above)}的文字写在了第 {above} 行它的冒号后面，下面的“- ”YAML 不能接在后面；"
                           f"如果第 {runs_said(bullets)} 行是“{key}”文字里分条写的内容，请改用“|”块：把第 {above} 行写成"
                           f"“{head}”，把原来冒号后面的“{found['value'].rstrip()}”移到下一行，"
                           f"它和第 {runs_said(bullets)} 行都在行首留 {indent} 个空格（比“{key}”多缩进 {indent - column} 格）")


def key_deeper_than_siblings(lines: list[str], end: int, gloss: Gloss) -> tuple[int, int, str] | None:
    """Line `end`, a key deeper than the field beside it above and shallower than the lines between (a `|` block's
    text, which the other slip finders skip as text): said with that field and the column to move it back to."""
    here = KEY_LINE.match(lines[end - 1])
    if not here or "-" in here["lead"]:
        return None
    column = len(here["lead"])
    for number in lines_above(lines, end, column):
        other = KEY_LINE.match(lines[number - 1])
        if not other or "-" in other["lead"] or len(other["lead"]) == column:
            return None
        if not siblings(here["key"], other["key"]):
            return None
        level = len(other["lead"])
        return end, column + 1, (f"缩进不对：“{here['key']}”{gloss(here['key'], number)}比同一层的第 {number} 行"
                                 f"“{other['key']}”{gloss(other['key'], number)}多缩进了 {column - level} 格；请把“{here['key']}”"
                                 f"退回到第 {level + 1} 列（行首留 {level} 个空格），与“{other['key']}”左端对齐")
    return None
