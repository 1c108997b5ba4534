"""What the two parsers a spec is read with would read apart, found and said where it is.

validate, lint, build and diff read a spec with libyaml (the fast parser, load._parse_fast); fmt and
`new --from` rewrite it with ruamel's round-trip parser, which keeps its comments. YAML leaves room
between the two:

- libyaml reads a tab between a value and its comment (`basic: 1.00<Tab># 基本`), after a colon or
  inside a plain value pasted from Excel, as YAML allows, and a `|` block whose first line is blank but
  for fewer spaces than its text is indented; the round-trip scanner refuses both;
- U+0085 (NEL, what a Windows "…" turns into when its byte is read as Latin-1), U+2028 and U+2029 (line
  and paragraph separators, from web pages and WeChat) are line breaks to libyaml and mostly text to the
  round-trip parser; a byte-order mark past the first character (two files pasted together) is skipped
  by one and kept by the other. Inside a value the two read the file alike (the TEXT-INVISIBLE rule warns
  of it); at the start of a line, in a comment or in a `|` block they may not;
- a `%YAML` or `%TAG` line is ignored by one and obeyed by the other.

A spec that validate passes has to be one every command reads alike, so load_text asks here, for the
few texts that hold such a character, and refuses them with a message that says what to delete.
"""
from __future__ import annotations

import re
from typing import Callable

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.tokens import DirectiveToken

from .han import BLANKS, FULL_WIDTH_COMMENT, FULL_WIDTH_HASH, ODD_SPACES, blank_named, blanks_named
from .key_lines import KEY, KEY_LINE
from .quote_slips import as_one_item, text_after_quotes
from .tab_words import beside_blank
from .key_names import KeyNames
from .yaml_lines import line_column, split_lines, without_comment

_KEY_COLON = re.compile(KEY + ":")
_TAB_REFUSED = "found character '\\t' that cannot start any token"
_SPACED_BLANK_REFUSED = "more indented follow up line than first in a block scalar"
_SPACED_BLANK = re.compile(r"[|>][1-9+-]{0,2}[ ]*(?:#.*)?(?:\r\n?|\n)[ ]+(?:\r\n?|\n)")
"""A `|` or `>` block whose first line is blank but for spaces."""
_DIRECTIVE_HINT = re.compile(r"(?:^|(?<=\r))%", re.MULTILINE)

BREAKS_APART = re.compile("[\x85\u2028\u2029\ufeff]")
"""Characters the two parsers may read apart; searched from the second character, since the first may be
the byte-order mark of the file."""
_BREAK_NAMES = {"\x85": "下一行符 NEL", "\u2028": "行分隔符", "\u2029": "段分隔符", "\ufeff": "字节顺序标记 BOM"}
_LIKELY_BREAK = re.compile(r"(?:^|(?<=[\n\r]))[ \t]*(?P<lead>[\x85\u2028\u2029\ufeff])"
                           r"|(?:^|(?<=\s))#[^\n\r]*?(?P<comment>[\x85\u2028\u2029\ufeff])")


def needs_scan(text: str) -> bool:
    """Whether `text` holds what the round-trip scanner may refuse though libyaml read it (see scan_exactly)."""
    return "\t" in text or _SPACED_BLANK.search(text) is not None


def scan_exactly(text: str) -> None:
    """Raise the round-trip scanner's error for a tab, or a blank line of spaces, the fast parser let pass."""
    for _ in YAML(typ="rt", pure=True).scan(text):
        pass


def is_refusal(error: MarkedYAMLError) -> bool:
    """Whether `error` is the round-trip scanner's refusal of what libyaml reads (see refusal)."""
    said = f"{error.problem} {error.context}"
    return _TAB_REFUSED in said or _SPACED_BLANK_REFUSED in said


def refusal(text: str, error: MarkedYAMLError, line: int, column: int, names: KeyNames | None = None
            ) -> tuple[int, int, str] | None:
    """(line, column, message) of the tab or blank line of spaces behind `error`, if it is one; a field is named
    with `names`."""
    if _TAB_REFUSED in (error.problem or ""):
        return _tab(text, line, column, names)
    if _SPACED_BLANK_REFUSED in str(error.context):
        return _spaced_blank(text, line)
    return None


def _tab(text: str, line: int, column: int, names: KeyNames | None = None) -> tuple[int, int, str]:
    """The tab at `line`, `column` of `text`, said for where it is (see tab_said)."""
    return line, column, tab_said(split_lines(text)[line - 1], column, names and (lambda key: names(key, line)),
                                  names and (lambda key: names.takes_list(key, line)))


def tab_said(content: str, column: int, gloss: Callable[[str], str] | None = None,
             takes_list: Callable[[str], bool] | None = None) -> str:
    """Why the tab at `column` (1-based) of line `content` is refused, said for where it is: indenting, at the end of
    the line, before a comment, after a key's colon, or between words (pasted from a spreadsheet, where a tab parts
    cells); a field is named with `gloss`, and a bracketed value given in quotes unless the field `takes_list`. Public:
    the loader's sweep of the other lines of a text that failed to parse (syntax_slips.other_slips) says a tab
    indenting a line in these words too, where tab_indents cannot tell the field and the spaces to use."""
    gloss, takes_list = gloss or (lambda key: ""), takes_list or (lambda key: False)
    before, after = content[:column - 1], content[column - 1:].lstrip(" \t")
    if not before.strip(" -"):
        return "不能用 Tab 键缩进或对齐，请改用空格"
    if not after.lstrip(BLANKS):  # `某单位<Tab>　`: the full-width space after the tab ends the line too
        return _at_end(content, column, gloss, takes_list)
    if after.startswith("#"):
        return _before_comment(content, column, gloss, takes_list)
    if after.startswith("＃"):
        quoted = text_after_quotes(content, gloss, takes_list)
        if quoted:  # `"2022 年度。"　<Tab>＃ 注`: the line is given with the quote closed and a half-width # comment
            return quoted[1]
        if FULL_WIDTH_COMMENT.search(content, column - 1):
            return _before_full_width_comment(content, column, gloss)
    if before.rstrip(" \t").endswith(":"):
        return f"{_colon_named(before, gloss)}后面有 Tab（制表符）；键和值之间只能用空格隔开，请把 Tab 换成空格"
    mend = beside_blank(content[:column - 1], content[column:]) or "请换成空格或标点"
    return f"{_in_value(content, column, gloss)}有一个 Tab（制表符），多半是从 Excel 或 Word 表格复制来的；不加引号的文字里不能有它，{mend}"


def _at_end(content: str, column: int, gloss: Callable[[str], str], takes_list: Callable[[str], bool]) -> str:
    """Why the tab ending line `content` at `column` is refused: in the value of the key typed on the line, named with
    `gloss`, else "这一行末尾" (a list item's text, `- 某单位<Tab>`); with the full-width or no-break space before it
    or after it (`某单位　<Tab>`, `某单位<Tab>　`) named too, which TEXT-INVISIBLE warned of a round later, once the tab
    alone was deleted. Text after a closing quote (`"市侨联工作经费"开局之年<Tab>`) is said too, with the line to type:
    once the blanks alone were deleted, the value was refused a round later for it; so is a lone value where the field
    `takes_list` (see as_one_item)."""
    value = content.rstrip(BLANKS)
    tail = content[len(value):].replace(" ", "")  # half-width blanks end a value unseen, as YAML reads it
    named = "和".join(f"一个{blank_named(char)}" for char in tail)
    where = _value_named(content, column, gloss) or "这一行"
    said = f"{where}末尾有{named}；请删掉{'它' if len(tail) == 1 else '这两个字符' if len(tail) == 2 else '这些字符'}"
    quoted = text_after_quotes(value, gloss, takes_list)
    return f"{said}{_also(where, quoted[1]) if quoted else as_one_item(value, takes_list) or ''}"


def _value_named(content: str, column: int, gloss: Callable[[str], str]) -> str | None:
    """`“unit”（部门名称）的值`, the value of the key typed on line `content` before `column`, as a message about the
    tab there opens it: words of a line alone (内容, 这里) left the clerk to find which field was meant. None on a
    list item's text, which has no key."""
    key = KEY_LINE.match(content)
    return f"“{key['key']}”{gloss(key['key'])}的值" if key and key.end() <= column - 1 else None


def _colon_named(before: str, gloss: Callable[[str], str]) -> str:
    """`“amount:”（拟投入的资金（万元））的冒号`, the colon that `before`, a line up to a tab, ends with, named by its key
    as every other slip after a key's colon is (a bare “:” left the clerk to find the field); a bare “:” when no key
    stands before it (`"键":`). KEY_LINE wants a space after the colon, which a tab there is not."""
    key = _KEY_COLON.fullmatch(before.rstrip(" \t"))
    return f"“{key['key']}:”{gloss(key['key'])}的冒号" if key else "“:”"


def _also(where: str | None, slip: str) -> str:
    """`slip`, what text_after_quotes said of the value, added to a message about a tab that opened with `where`:
    the field named once (另外，这个值以双引号开头…), not its name said again."""
    return f"；另外，{'这个值' + slip[len(where):] if where and slip.startswith(where) else slip}"


def _before_full_width_comment(content: str, column: int, gloss: Callable[[str], str]) -> str:
    """Why the tab at `column` between line `content`'s value and a comment typed with the input method's ＃ is refused
    (`2022 年度。　<Tab>＃ 注`): told only to delete the tab, the clerk had a line that loaded with the ＃ and its words
    in the value, a TEXT-COMMENT warning a round later. The line is given with one half-width blank and a half-width
    #, which YAML reads as the comment meant; the field is named with `gloss`."""
    value = content[:column - 1].rstrip(BLANKS)
    mark = content.index("＃", column - 1)
    blanks = blanks_named(content[len(value):mark].replace("\t", ""))  # the tab said on its own
    return (f"{_value_named(content, column, gloss) or '内容'}与“＃”之间有{blanks + '和' if blanks else ''} Tab（制表符），YAML 只能用半角空格把注释与内容隔开；"
            f"{FULL_WIDTH_HASH}，写成：{value} #{content[mark + 1:]}")


def _before_comment(content: str, column: int, gloss: Callable[[str], str], takes_list: Callable[[str], bool]) -> str:
    """Why the tab at `column` between line `content`'s value and its comment is refused. With a full-width or no-break
    space before it (`执行时限。　<Tab># 注`), both go: 把 Tab 换成空格 left that space ending the value, which
    TEXT-INVISIBLE warned of a round later. A lone value where the field `takes_list` is given as a list of it, and
    text after a closing quote (`"某单位"开局<Tab># 注`) is said with the line to type, as _at_end says it. The field
    is named with `gloss`: 内容 alone left the clerk to find which of a file's values was meant."""
    blank = ODD_SPACES.get(content[column - 2]) if column > 1 else None
    mended = f"{content[:column - 1].rstrip(BLANKS)} {content[column:].lstrip(' ')}"
    where = _value_named(content, column, gloss)
    quoted = text_after_quotes(mended, gloss, takes_list)
    listed = _also(where, quoted[1]) if quoted else as_one_item(mended, takes_list) or ""
    if not blank:
        return f"{where or '内容'}与注释之间有 Tab（制表符）；YAML 只能用空格把注释与内容隔开，请把 Tab 换成空格{listed}"
    return (f"{where or '内容'}与注释之间有一个{blank[0]}和一个 Tab（制表符）；YAML 只能用半角空格把注释与内容隔开，"
            f"请把这两个字符换成一个半角空格{listed}")


def _in_value(content: str, column: int, gloss: Callable[[str], str]) -> str:
    """Where in line `content` the tab at `column` is, as the message opens: in the value of the key typed on the
    line, named with `gloss` and the text around the tab quoted, the tab marked ▯ (as TEXT-INVISIBLE marks one, and
    so any other tab beside it), a comment after it left out; else "这里"."""
    where = _value_named(content, column, gloss)
    if not where:
        return "这里"
    before = content[KEY_LINE.match(content).end():column - 1].lstrip(" ")
    after = without_comment(content)[column:]  # the whole line's: a quote after the tab opens no text inside a plain one
    return (f"{where}“{before[-10:].replace(chr(9), '▯')}▯{after[:10].replace(chr(9), '▯')}”处")


def _spaced_blank(text: str, line: int) -> tuple[int, int, str]:
    """A `|` or `>` block whose first line is blank but for spaces, said at that line (the scanner points at
    the block's text below it)."""
    lines = split_lines(text)
    while line > 1 and not lines[line - 2].strip(" "):
        line -= 1
    return line, 1, ("“|”“>”块的第一行是空行，却有几个空格，比块里的文字缩进得少；"
                     "请删掉这一行的空格（空行里什么都不留），或删掉这个空行")


def directive(text: str) -> tuple[int, int, str] | None:
    """(line, column, message) of a `%YAML` or `%TAG` line. The fast parser reads every spec as YAML 1.2 and
    ignores it, while the round-trip parser obeys it (`%YAML 1.1` reads `yes` as true; `%TAG !! …` renames
    every `!!` tag) or fails on it (`%YAML 1.3`); even `%YAML 1.2` made fmt drop the comment lines above the
    `---` after it. No spec needs one."""
    if not _DIRECTIVE_HINT.search(text):
        return None
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            if isinstance(token, DirectiveToken):
                mark = token.start_mark
                return (mark.line + 1, mark.column + 1,
                        f"不支持“%{token.name}”指令行：规格按 YAML 1.2 读取，用不到指令；请删除这一行")
    except YAMLError:  # the parse that follows says where and why
        return None
    return None


def breaks_a_line(text: str) -> bool:
    """Whether `text` holds one of BREAKS_APART at the start of a line or in a comment, where the round-trip
    parser may read what libyaml could not (`\ufeffform: x`: libyaml fails, ruamel reads a key `\ufeffform`)."""
    return _LIKELY_BREAK.search(text, 1) is not None


def break_apart(text: str) -> tuple[int, int, str]:
    """(line, column, message) of the character the two parsers read `text` apart for: the first one that
    starts a line or sits in a comment, where one parser breaks the line and the other does not, else the
    first one after the text's first character."""
    likely = _LIKELY_BREAK.search(text, 1)
    index = (likely.start(likely.lastgroup) if likely else BREAKS_APART.search(text, 1).start())
    return (*line_column(text, index), _break_message(text[index]))


def break_before(text: str, line: int, column: int) -> tuple[int, int, str] | None:
    """(line, column, message) of a line break character left of where both parsers failed, if there is one.
    Both end a comment there (`# 来自微信<U+2029>备注`) and fail on the text after it, and what they said (an
    indent out of line) pointed the author away from the character to delete."""
    lines = split_lines(text)
    found = list(BREAKS_APART.finditer(lines[line - 1], 0, column - 1)) if 0 < line <= len(lines) else []
    return (line, found[-1].start() + 1, _break_message(found[-1].group())) if found else None


def _break_message(char: str) -> str:
    return (f"这里有一个看不见的字符 U+{ord(char):04X}（{_BREAK_NAMES[char]}），多半是复制粘贴带来的；"
            "有的 YAML 读法把它当作换行，有的当作文字，jixiao fmt 等命令会读错这个文件；"
            "请删除它（光标经过那里时要多按一次方向键）")
