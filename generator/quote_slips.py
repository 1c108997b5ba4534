"""Quotes and brackets a value was typed with that YAML reads otherwise than the author meant.

A quote left open runs on over the lines below it to the next quote, and is reported far from where
it opens, or parses and silently turns the fields between into text. A value begun with a quoted or
bracketed word that goes on (`"十四五"开局之年`, `[重点]举办活动`) is reported as an indentation error.
Each function here names the quote or bracket where it was typed and says what to type instead.
"""
from __future__ import annotations

import re
from typing import Callable

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, StreamMark, YAMLError
from ruamel.yaml.tokens import (FlowMappingEndToken, FlowMappingStartToken, FlowSequenceEndToken, FlowSequenceStartToken,
                                 ScalarToken)

from .han import BLANKS, FULL_WIDTH_COMMENT, FULL_WIDTH_HASH, blanks_named
from .key_lines import KEY, KEY_LINE
from .key_names import KeyNames
from .yaml_lines import line_with_value, quoted_length, quotes_named, split_lines, typed_value, without_comment

_FLOW_START, _FLOW_END = (FlowSequenceStartToken, FlowMappingStartToken), (FlowSequenceEndToken, FlowMappingEndToken)
_CHINESE_CLOSE = {'"': "”", "'": "’"}
_QUOTES = {'"': ("双引号", "值里本身要用的引号请改用中文引号“”"), "'": ("单引号", "值里本身要用的单引号请连写两个：''")}


def quote_slip(text: str, error: MarkedYAMLError, line: int, names: KeyNames | None = None) -> tuple[int, int, str] | None:
    """(line, column, message) of the quote left open behind a syntax error reported at `line`, if any.

    A quoted value runs on across lines to the next quote of its kind, so a missing closing quote
    swallows the lines below it: to the end of the file (the parser says where the quote opens), or
    to some later value's opening quote, where the parser trips over what follows, many lines below
    the slip. Quoted values over several lines are legal YAML, so one is blamed only when the error
    is on the line it closes or the next, and lines it swallowed read like keys. The line is given closed: by
    the English quote where a Chinese one was typed at its end (`"某单位”`), or with the quote added at the line's
    end, a ` #1` after the opening quote kept inside as the text it is there (`'因公出国拜访 #1'`), a tab or odd space
    ending the line left out; before a comment after a tab (`"甲<Tab># 注`), which the clerk typed as one, and a
    tab in the line given showed as ▯, pasted back as text; as a list of it (`targets: ["甲"]`) where `names` say the
    field holds a list.
    """
    if "quoted scalar" in (error.context or "") and "end of stream" in (error.problem or ""):
        mark = error.context_mark
    else:
        mark = _run_on_quote(text, line)
    quote = text[mark.index] if mark is not None else ""  # by index: splitlines() also splits at U+0085, U+2028
    if quote not in _QUOTES:
        return None
    name, inside = _QUOTES[quote]
    line = split_lines(text)[mark.line]
    key = KEY_LINE.match(line)
    key = key["key"] if key and key.end() <= mark.column else None
    whose = f"“{key}”{names(key, mark.line + 1) if names else ''}的值" if key else "这一行的值"
    said = f"引号没有闭合：{whose}以{name}“{quote}”开始，但行尾没有对应的结尾{name}"
    typed = line[mark.column + 1:].rstrip(BLANKS)  # `"某单位<Tab>`: quoted in, TEXT-INVISIBLE a round later
    named = blanks_named(line[mark.column + 1 + len(typed):])
    blanks = f"，末尾的{named}删掉" if named else ""
    comment = _TAB_COMMENT.search(typed)
    note = f" {typed[comment.start('hash'):]}" if comment else ""
    if comment:  # `"甲<Tab># 注`: a comment, as a tab before `#` makes one after a plain value; quoted in, the tab stayed
        blanks = f"，值与“#”之间的{blanks_named(comment.group('blanks'))}换成空格（“#”后面是注释）{blanks}"
        typed = typed[:comment.start()]
    listed = bool(names and key and names.takes_list(key, mark.line + 1))
    one_item = _ONE_ITEM if listed else ""
    if typed[-1:] == _CHINESE_CLOSE[quote] and not re.search("[“”‘’]", typed[:-1]):  # "某单位” typed with the IME on
        return mark.line + 1, mark.column + 1, (f"{said}，结尾的“{typed[-1]}”是中文引号，YAML 不认；请把它改成英文的“{quote}”"
                                                f"{blanks}{one_item}，写成：{line[:mark.column]}"
                                                f"{_in_list(quote + typed[:-1] + quote, listed)}{note}")
    fixed = f"，写成：{line[:mark.column]}{_in_list(quote + typed + quote, listed)}{note}"  # a ` #1` after the quote: text
    return mark.line + 1, mark.column + 1, f"{said}；请在值的末尾补上“{quote}”（{inside}）{blanks}{one_item}{fixed}"


_TAB_COMMENT = re.compile(r"(?P<blanks>[ \t\u3000\u00a0]*\t[ \t\u3000\u00a0]*)(?P<hash>#.*)$")
"""A comment after a quoted value left open, a tab before its `#` (`"甲<Tab># 注`)."""


def _run_on_quote(text: str, line: int) -> StreamMark | None:
    """The start mark of a quoted value that swallowed key lines and closed on `line` or the line above."""
    found = None
    for start, end in run_on_quotes(text, before=line):
        if line - 2 <= end.line < line:
            found = start
    return found


def run_on_quotes(text: str, before: int | None = None):
    """(start, end) marks of each quoted value that runs over lines which read like keys
    (`amount: 12.00`), in order, up to line `before` (0-based) if given.

    The scan stops where a broken file stops parsing; what it read before that is enough. It stops too
    where brackets nest deeper than a spec may (MAX_DEPTH): the scanner's time grows with the
    square of the depth, and a line of 20,000 `[` took every command 15 seconds.
    """
    from .load import MAX_DEPTH  # load imports this module

    lines = split_lines(text)
    depth = 0
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            start, end = token.start_mark, token.end_mark
            depth += isinstance(token, _FLOW_START) - isinstance(token, _FLOW_END)
            if before is not None and start.line >= before or depth > MAX_DEPTH:
                return
            if (isinstance(token, ScalarToken) and token.style in ('"', "'")
                    and any(KEY_LINE.match(swallowed) for swallowed in lines[start.line + 1:end.line + 1])):
                yield start, end
    except YAMLError:
        return


_OPEN_QUOTE = re.compile(r"""(?:^|(?<=\r))[^#\r\n]*:[ ]+["'][^"'\r\n]*(?=\r|$)""", re.M)  # a lone "\r" ends a line too


def swallowed_lines(text: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of each quoted value in a file that parsed which swallowed lines
    reading like keys: a closing quote left out, with the next quote far below closing it, parses
    and silently turns the fields between into text. Scanned only when some line opens a quote it
    does not close, which a spec written by jixiao (texts over lines are `|` blocks) never does."""
    if not _OPEN_QUOTE.search(text):
        return []
    lines = split_lines(text)
    found = []
    for start, end in run_on_quotes(text):
        key = next(line.strip() for line in lines[start.line + 1:end.line + 1] if KEY_LINE.match(line))
        found.append((start.line + 1, start.column + 1,
                      f"这段引号里的文字跨了 {end.line - start.line + 1} 行，把“{key}”等本该是字段的行也当成了文字："
                      f"是不是第 {start.line + 1} 行的引号没有闭合？请在值的末尾补上引号；如果确实是多行文字，请改用“|”块"))
    return found


_OPENED = {'"': ("双引号", ""), "'": ("单引号", ""), "[": ("方括号“[”", "（YAML 把方括号读成列表）"),
           "{": ("花括号“{”", "（YAML 把花括号读成一组字段）")}
_VALUE_START = re.compile(KEY + r"[ ]*:[ ]+(?P<value>[\"'\[{].*)$")  # `unit : "甲"乙` too: YAML takes `unit :`
_ITEM_START = re.compile(r"^[ ]*+(?:-[ ]++)++(?P<value>[\"'\[{].*)$")
"""A list item's text opened with a quote or bracket (`- "2022 年度。"　＃ 注`): read as the value of a key is."""


def text_after_quotes(content: str, gloss: Callable[[str], str] = lambda key: "",
                      takes_list: Callable[[str], bool] = lambda key: False) -> tuple[int, str] | None:
    """A value that opens with a quote or bracket closed before the text ends: `"十四五"开局之年，…`,
    `[重点]举办活动`. YAML takes the quoted or bracketed part for the whole value and stops at the text
    after it, which it reports as an indentation error. The line is given with the whole value quoted as typed
    (typed_value: in single quotes when it holds a `"`), its comment kept. A value typed in double quotes with
    more inside (`"关于"十四五"规划"`) meant the outer pair: its line is given with that text, or with Chinese
    quotes inside. Quoted values side by side with only spaces between (`"≥20次" "≥20次"`, pasted twice;
    `'甲' '乙'`) are no quotes inside one: the line is given with one of them, as the outer pair gave
    `≥20次" "≥20次`; on a list's item (`- "甲" "乙"`) each is said to go on an item of its own. Different ones
    touching (`"关于""十四五""规划"`) are how Excel writes a quote inside a cell: the line is given with that one text,
    its inner quotes kept, as keeping one of them would lose the rest. A full-width ＃ comment after the quotes, or
    after the text after them, is said as one, its field named with `gloss`, and given as a comment, not quoted into the
    value (where a tab before it was given as a `\t` escape). Brackets before it (`[甲] ＃ 注`) are quoted too, unless
    the field `takes_list`: given as typed, `unit: [甲] # 注` read a list where a text was meant. Where it does, a quoted
    value is given as a list of its one item (`targets: ["甲"] # 注`), as a text read the schema's refusal a round later.
    An item of a list in brackets with text after its quotes (`[甲, "乙"丙]`) is said too (see _flow_item_slip)."""
    found = _VALUE_START.match(content) or _ITEM_START.match(content)
    if not found:
        return None
    value = without_comment(found["value"])
    close = closing(value)
    head = found.start("value")
    key = found.groupdict().get("key")
    whose = f"“{key}”{gloss(key)}" if key else "这一项"
    listed = bool(key) and takes_list(key)
    if close is not None and close + 1 == len(value) and value[0] == "[":
        return _flow_item_slip(content, head, value, whose, listed)
    if close is None or close + 1 == len(value) or value[close + 1] == ":":  # `"a": b`, a key quoted
        return None
    one_item = _ONE_ITEM if listed else ""
    after = value[close + 1:]
    if not after.strip(BLANKS):  # `"2022 年度。"　`: was told to quote it all, `"`s and space kept
        named = blanks_named(after)
        written = f"{content[:head]}{_in_list(value[:close + 1], listed)}{content[head + len(value):]}"
        return head + close + 2, f"{whose}的值 {value[:close + 1]} 后面有{named}；请删掉{one_item}，写成：{written}"
    hashed = FULL_WIDTH_COMMENT.fullmatch(value, close + 1)
    if hashed:  # `"100%" ＃ 注`: the unquoted `100% ＃ 注` is warned of its ＃ (TEXT-COMMENT), not told to quote it all
        mark = head + value.index("＃", close + 1)
        gap = content[head + close + 1:mark].replace("\u3000", " ").replace("\t", " ")  # `"100%"　＃`: YAML parts
        closed = value[:close + 1]
        if value[0] not in "[{":
            typed, said = _in_list(closed, listed), one_item
        elif listed:  # `[甲]` where the field holds a list: the list meant
            typed, said = closed, ""
        else:
            typed, said = typed_value(closed), f"；{closed} 是文字就要加上引号{_OPENED[value[0]][1]}"
        written = f"{content[:head]}{typed}{gap}#{content[mark + 1:]}"  # a comment by a half-width blank alone
        return mark + 1, (f"{whose}的值 {value[:close + 1]} 后面的“{value[mark - head:]}”不是注释；"
                          f"{FULL_WIDTH_HASH}{said}，写成：{written}")
    repeated = _side_by_side(value)
    if repeated:
        kept = line_with_value(content, head, _in_list(repeated[0], listed))
        if len(set(repeated)) == 1:
            return head + 1, (f"{whose}的同一个值写了 {len(repeated)} 遍，YAML 读到第一个值的结尾引号就以为值结束了；请只保留一个"
                              f"{one_item}，写成：{kept}")
        if _TOUCHING.fullmatch(value):  # Excel's `""` for a quote in a cell: one text, not values to choose from
            fixed = typed_value(value[1:-1].replace('""', '"'), quoted=True)
            return head + 1, (f"{whose}的值里连写的两个英文双引号“\"\"”是 Excel 里表示一个引号的写法，YAML 不这样读，读到第二个双引号"
                              f"就以为值结束了；请把整个值放在{quotes_named(fixed)}里{one_item}，"
                              f"写成：{line_with_value(content, head, _in_list(fixed, listed))}")
        if listed:  # a list's items pasted on one line: each of them meant, not one to choose
            return head + 1, (f"{whose}写了 {len(repeated)} 个带引号的值（{'、'.join(repeated)}）；这个字段填的是列表，"
                              f"每一项之间要用英文逗号隔开，整个值外面加上方括号“[ ]”，"
                              f"写成：{line_with_value(content, head, '[' + ', '.join(repeated) + ']')}")
        said = f"{whose}写了 {len(repeated)} 个带引号的值（{'、'.join(repeated)}）"
        if not key:  # `- "甲" "乙"`: a list's items, each meant; a field was not what the clerk typed
            return head + 1, f"{said}，列表的一项只能填一个值；每个值请各写一项（每项一行，以“- ”开头，与这一行对齐），如：{kept}"
        return head + 1, f"{said}，一个字段只能填一个值；请只保留要填的那一个，如：{kept}"
    if _quotes_inside_quotes(value):
        inner = value[1:-1]
        return head + 1, (f"{whose}的值两头的英文双引号里面又写了英文双引号，YAML 读到第二个双引号就以为值结束了{one_item}；"
                          f"请写成：{line_with_value(content, head, _in_list(typed_value(inner), listed))}"
                          f"（或把里面的改成中文引号，写成："
                          f"{line_with_value(content, head, _in_list(typed_value(_chinese_quotes(inner)), listed))}）")
    name, note = _OPENED[value[0]]
    commented = FULL_WIDTH_COMMENT.search(value, close + 1)
    if commented:  # `"某单位"开局<Tab>＃ 注`: the ＃ and what follows it were quoted into the value, the tab as `\t`
        mark = head + value.index("＃", commented.start())
        return head + 1, (f"{whose}的值以{name}开头{note}，后面又接着写了文字；请给整个值加上引号；末尾的“{content[mark:]}”"
                          f"不是注释，{FULL_WIDTH_HASH}{one_item}，写成：{content[:head]}"
                          f"{_in_list(typed_value(value[:commented.start()]), listed)} "
                          f"#{content[mark + 1:]}")
    typed = value.rstrip(BLANKS)  # `"某单位"开局　`: quoted in, the space was TEXT-INVISIBLE a round later
    dropped = blanks_named(value[len(typed):])
    blanks = f"，末尾的{dropped}删掉" if dropped else ""
    return head + 1, (f"{whose}的值以{name}开头{note}，后面又接着写了文字；请给整个值加上引号{blanks}{one_item}，"
                      f"写成：{line_with_value(content, head, _in_list(typed_value(typed), listed))}")


def _flow_item_slip(content: str, head: int, value: str, whose: str, listed: bool) -> tuple[int, str] | None:
    """An item of the list in brackets `value` (typed at `head` of line `content`) that opens with a quote closed before
    its text ends (`[甲, "乙"丙]`), which YAML reports as a bracket left open. Where the field holds a list the item is
    given quoted whole; elsewhere (a list's item too: a list inside a list is no spec's) the whole value, a text that
    begins with a bracket."""
    start = 1
    while True:
        start += len(value[start:]) - len(value[start:].lstrip(" "))
        if value[start] in "[{":  # a list inside the list: left to the parser's words
            return None
        close = closing(value[start:-1]) if value[start] in "\"'" else 0
        if close is None:
            return None
        comma = value.find(",", start + close)
        end = comma if comma != -1 else len(value) - 1
        item = value[start:end].rstrip(" ")
        if close and len(item) > close + 1:
            break
        if end == len(value) - 1:
            return None
        start = end + 1
    fixed = value[:start] + typed_value(item) + value[end:] if listed else typed_value(value)
    try:  # commas or brackets the scan above took amiss: then no line rather than a wrong one
        if listed and len(_read(fixed)) != len(_read(f"{value[:start]}x{value[end:]}")):
            return None
    except (YAMLError, TypeError):
        return None
    name, _ = _OPENED[value[start]]
    mend = "请给这一项整个加上引号" if listed else "如果整个值是一段文字，请给整个值加上引号"
    return head + start + 1, (f"{whose}的值是方括号里的列表，其中的一项 {item} 以{name}开头，后面又接着写了文字，"
                              f"YAML 读到结尾引号就以为这一项结束了；{mend}，写成：{line_with_value(content, head, fixed)}")


def _read(typed: str):
    """What YAML reads of `typed`, a value typed after a key."""
    return YAML(typ="safe", pure=True).load(f"k: {typed}")["k"]


_ONE_ITEM = "；这个字段填的是列表，只有一项也要写成列表（整个值外面加上方括号“[ ]”）"
_FLOW_MARKS = re.compile(r"[,\[\]{}]")


def as_one_item(content: str, takes_list: Callable[[str], bool]) -> str | None:
    """The words that give line `content` (its blanks after the value already mended) with its one value as a list of
    that one item (`targets: ["甲"]`), where the field `takes_list`: told only to delete a tab after it
    (`targets: "甲"<Tab>`), the clerk had a text there, which the schema refused a round later. None where the value
    is a list already, a block, or a slip of its own (text after its quotes, said by text_after_quotes)."""
    key = KEY_LINE.match(content)
    if not key or not takes_list(key["key"]):
        return None
    head = len(content) - len(content[key.end():].lstrip(" "))
    value = without_comment(content[head:])
    quoted = bool(value) and value[0] in "\"'"
    if not value or value[0] in "[{|>" or quoted and quoted_length(value) != len(value):
        return None
    return one_item_line(content, head, value if quoted else typed_value(value))


def one_item_line(content: str, head: int, typed: str, also: str = "") -> str:
    """`；这个字段填的是列表…，写成：targets: [甲]`: line `content` with the value at `head` given as a list of its one
    item, `typed` as on one line, `also` (what else was mended in it) said before the line."""
    return f"{_ONE_ITEM}{also}，写成：{line_with_value(content, head, _in_list(typed, True))}"


def _in_list(typed: str, listed: bool) -> str:
    """`typed`, a value as typed on one line, as a list of that one item where the field holds a list (`["甲"]`): given
    as a text, `targets: "甲" # 注` loaded, and the schema said a list was expected a round later. A plain text with a
    comma or bracket is quoted: `[甲, 乙]` is two items."""
    if listed and typed[0] not in "\"'" and _FLOW_MARKS.search(typed):
        typed = typed_value(typed, quoted=True)
    return f"[{typed}]" if listed else typed


_DOUBLE = r'"[^"\\]*"'
_PIECE = rf"(?:{_DOUBLE}|'(?:[^']|'')*')"  # `'甲''乙'` is one value, its `''` a quote inside
_QUOTED = re.compile(_PIECE)
_SIDE_BY_SIDE = re.compile(rf"{_PIECE}(?:[ \t]*{_PIECE})+")
_TOUCHING = re.compile(rf"{_DOUBLE}(?:{_DOUBLE})+")


def _side_by_side(value: str) -> list[str]:
    """The quoted values typed one after another in `value` (`"≥20次" "≥20次"` gives both), as typed; [] unless
    that is all of it. In single quotes too (`'甲' '乙'`): were said as text after the first, and given as one item
    `"'甲' '乙'"` where the field holds a list, the two values meant lost in it."""
    return _QUOTED.findall(value) if _SIDE_BY_SIDE.fullmatch(value) else []


def _quotes_inside_quotes(value: str) -> bool:
    """A value typed in double quotes with double quotes inside (`"关于"十四五"规划"`): it ends with one too, and
    they pair up, none escaped."""
    return value[0] == value[-1] == '"' and "\\" not in value and value.count('"') % 2 == 0 and value.count('"') >= 4


def _chinese_quotes(text: str) -> str:
    """`text` with its double quotes turned into Chinese ones, opening and closing in turn."""
    quotes = 0
    while '"' in text:
        text = text.replace('"', "“”"[quotes % 2], 1)
        quotes += 1
    return text


def closing(value: str) -> int | None:
    """Where the quote or bracket that opens `value` closes on its line, if it does."""
    opener, depth, at = value[0], 0, 0
    while at < len(value):
        char = value[at]
        if opener == '"' and char == "\\":
            at += 2
            continue
        if opener == "'" and value.startswith("''", at) and at:
            at += 2
            continue
        if opener in "\"'" and char == opener and at:
            return at
        if opener in "[{":
            depth += char in "[{"
            depth -= char in "]}"
            if not depth:
                return at
        at += 1
    return None
