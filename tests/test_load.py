"""The loader: located problems for every malformed input, numbers read as typed."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.load import load, load_text
from generator.spec_files import GIT_LINK_MODE
from generator.variants import Catalog

from .conftest import ROOT, SPECS


@pytest.mark.parametrize(
    "text, code, line, column, words",
    [
        # a problem of the whole file has no place (line 0: `文件: 错误[代码]`, as README says), not 1:1
        ("", "FILE-EMPTY", 0, 0, "文件为空：请按表样填写内容（可用 jixiao new 生成一份待填写的规格）"),
        ("   \n\n", "FILE-EMPTY", 0, 0, "文件为空"),
        ("# 只有注释\n\n", "FILE-EMPTY", 0, 0, "文件里只有注释或空行，没有内容：请按表样填写（可用 jixiao new 生成一份待填写的规格）"),
        ("---\n", "FILE-EMPTY", 0, 0, "文件里只有注释或空行，没有内容"),
        ("form: x\nyear: 2023\nform: y\n", "YAML-DUPLICATE-KEY", 3, 1, "重复的键“form”：第 1 行已经有“form: x”了，第 3 行又写了“form: y”；"),
        # It named the line the mapping begins on (the list item's first line), not the first of the two keys.
        ("form: x\nrows:\n- name: a\n  value: 1\n  level: 2\n  value: 3\n", "YAML-DUPLICATE-KEY", 6, 3,
         "重复的键“value”：第 4 行已经有“value: 1”了，第 6 行又写了“value: 3”；同一个键只能写一次，请删掉多余的一处"),
        ("form: x\nrows:\n- value: 1\n  name: a\n  value: 3\n", "YAML-DUPLICATE-KEY", 5, 3, "第 3 行已经有“value: 1”了"),
        ("form: x\nbudget: {basic: 1, basic: 2}\n", "YAML-DUPLICATE-KEY", 2, 20, "从第 2 行开始的这一组字段里已经有“basic”了"),
        # two keys read alike, typed otherwise: the first was looked for by the second's text, named by no line or
        # said to hold what only the second holds (`1.0`)
        ("form: x\nyear: 1\n\"form\": y\n", "YAML-DUPLICATE-KEY", 3, 1, "第 1 行已经有“form: x”了，第 3 行又写了“\"form\": y”"),
        ("form: x\n'2024': 1\n\"2024\": 2\n", "YAML-DUPLICATE-KEY", 3, 1, "第 2 行已经有“'2024': 1”了，第 3 行又写了“\"2024\": 2”"),
        ("form: x\n1: y\n1.0: x\n", "YAML-DUPLICATE-KEY", 3, 1, "第 2 行已经有“1: y”了，第 3 行又写了“1.0: x”"),
        ("form: x\nbudget:\n  total: 1\n  .5: y\n  0.50: x\n", "YAML-DUPLICATE-KEY", 5, 3, "第 4 行已经有“.5: y”了"),
        # A ` #` inside quotes is no comment: was “第 2 行已经有“unit: "甲”了”, the value cut at it and its quote left open.
        ('form: x\nunit: "甲 #1"\nunit: [\'乙 #2\', 丙]  # 注\n', "YAML-DUPLICATE-KEY", 3, 1,
         "第 2 行已经有“unit: \"甲 #1\"”了，第 3 行又写了“unit: ['乙 #2', 丙]”"),
        ("form: x\nbudget:\n\tbasic: 1\n", "YAML-SYNTAX", 3, 1, "Tab"),
        ("form: x\nunit: 说明: 有冒号\n", "YAML-SYNTAX", 2, 9, "双引号"),
        ('form: x\nunit: "未闭合\nyear: 2023\n', "YAML-SYNTAX", 2, 7, "没有闭合"),  # where the quote opens
        ("form: x\nunit: '未闭合\nyear: 2023\n", "YAML-SYNTAX", 2, 7, "引号没有闭合：“unit”的值以单引号“'”开始"),
        # Closed by the next value's opening quote, two lines below, where the parser trips.
        ('form: x\nunit: "未闭合\nyear: 2023\nname: "甲"\n', "YAML-SYNTAX", 2, 7, "引号没有闭合：“unit”的值以双引号"),
        ('form: x\nunit: "说\\"明\nyear: 2023\nname: "甲"\n', "YAML-SYNTAX", 2, 7, "引号没有闭合"),  # \" is no close
        ("form: x\nunit: '台联''s\nyear: 2023\nname: '甲'\n", "YAML-SYNTAX", 2, 7, "引号没有闭合"),  # nor is ''
        ('form: x\nunit: 某单位  # "注释\nyear: "2023\nname: "甲"\n', "YAML-SYNTAX", 3, 7, "引号没有闭合"),  # nor a comment
        ("form: x\nyear: [2023\nunit: 某单位\n", "YAML-SYNTAX", 2, 7, "方括号 [ ] 或花括号 { } 没有闭合"),
        ("- form: x\n- year: 1\n", "YAML-NOT-MAPPING", 0, 0, "实际是列表"),
        ("just text\n", "YAML-NOT-MAPPING", 0, 0, "实际是单个值"),
        ("a: &x [1, 2]\nb: *x\n", "YAML-ANCHOR", 1, 4, "“&x”是 YAML 锚点"),  # at the anchor, before its alias
        ("form: x\nunit: a\x07b\n", "TEXT-CONTROL-CHAR", 2, 8, "U+0007"),
        # Values that used to pass the loader and crash a later stage (exit 4, the batch stopped):
        ('form: x\nyear: "\\ud800"\n', "TEXT-CONTROL-CHAR", 2, 7, "U+D800"),  # no file or terminal encodes it
        ('form: x\n"a\\udfffb": 1\n', "TEXT-CONTROL-CHAR", 2, 1, "U+DFFF"),
        ("form: x\nunit: !!omap x\n", "YAML-TAG", 2, 7, "“unit”的值开头的“!!omap”是 YAML 标签"),  # was YAML-SYNTAX
        ("form: x\nunit: !!bool maybe\n", "YAML-TAG", 2, 7, "请删掉“!!bool”"),
        ("form: x\nunit: " + "9" * 5000 + "\n", "YAML-SYNTAX", 2, 7, "数字太长（5000 位）"),
        ("form: x\nunit: " + "[" * 300 + "]" * 300 + "\n", "YAML-TOO-DEEP", 2, 39, "嵌套超过 32 层"),  # the 33rd [
        ("form: x\n~: x\n", "YAML-KEY", 2, 1, "冒号前没有写键"),
        ("form: x\nbudget:\n  1.5: x\n", "YAML-KEY", 3, 3, "键“1.5”被读成了数字"),
        ("form: x\ntrue: x\n", "YAML-KEY", 2, 1, "键“true”被读成了真假值"),
        # a number key typed otherwise than it reads (5, 0.5), or after a text key spelled alike: said at 1:1, 2:1
        ("form: x\nyear: 1\n+5: x\n", "YAML-KEY", 3, 1, "键“5”被读成了数字"),
        ("form: x\nbudget:\n  total: 1\n  .5: x\n", "YAML-KEY", 4, 3, "键“0.5”被读成了数字"),
        ('form: x\n"2024": x\n2024: x\n', "YAML-KEY", 3, 1, "键“2024”被读成了数字"),
        ("form: x\n{a: 1}: x\n", "YAML-KEY", 2, 1, "键是一个列表或一组字段"),
        # a list key matched no node and was said where its mapping starts (1:1, 3:3)
        ("form: x\nyear: 1\n[a, b]: x\n", "YAML-KEY", 3, 1, "键是一个列表或一组字段"),
        ("form: x\nyear: 1\n? [a, b]\n: x\n", "YAML-KEY", 3, 3, "键是一个列表或一组字段"),
        ("form: x\nbudget:\n  total: 1\n  [a, b]: x\n", "YAML-KEY", 4, 3, "键是一个列表或一组字段"),
        ("form: x\nyear: 1\n[]: x\n", "YAML-KEY", 3, 1, "键是一个列表或一组字段"),
        # a key holding a list or a mapping cannot be built at all: YAML-KEY at the key, found on the composed nodes
        ("form: x\nyear: 1\n[[a, 1], b]: 1\n", "YAML-KEY", 3, 1, "键是一个列表或一组字段"),
        ("form: x\nbudget:\n  total: 1\n  [{a: 1}]: x\n", "YAML-KEY", 4, 3, "键是一个列表或一组字段"),
        ("form: x\nbudget:\n  total: 1\n  ? - [a]\n    - b\n  : 2\n", "YAML-KEY", 4, 5, "键是一个列表或一组字段"),
        ("form: x\nyear: [1, {[a, [b]]: 2}]\n", "YAML-KEY", 2, 12, "键是一个列表或一组字段"),
        # a flat list key is built; the number no parser builds is the file's error, not the key
        ("form: x\nyear: " + "9" * 5000 + "\n[a, b]: 2\n", "YAML-SYNTAX", 2, 7, "数字太长（5000 位）"),
        # ruamel's English for these used to reach the user
        ("form: x\nunit: [\n", "YAML-SYNTAX", 3, 1, "前面的方括号、花括号或引号还没有写完"),
        ("form: x\n---\nunit: x\n", "YAML-SYNTAX", 2, 1, "文件里有第二份内容"),
        ("form: x\nunit: |0\n  x\n", "YAML-SYNTAX", 2, 8, "缩进数字应在 1–9 之间"),
        ("form: x\nunit: !!map x\n", "YAML-TAG", 2, 7, "“!!map”是 YAML 标签"),
        ("form: x\nunit: !重要 工作\n", "YAML-SYNTAX", 2, 7, "值开头的“!”在 YAML 中有特殊含义（标签）"),  # was 2:8, at 重
        ("form: x\nunit: !<重要\n", "YAML-SYNTAX", 2, 7, "值开头的“!”在 YAML 中有特殊含义（标签）"),  # was English, at 2:12
        ("form: x\n<<: 5\n", "YAML-MERGE", 2, 1, "“<<”是 YAML 的合并写法"),  # was YAML-SYNTAX at the 5
        # a `<<` with no ":" is no key to the scanner, only to the constructor, which stops at the "}"
        ("form: x\nunit: {<<}\n", "YAML-SYNTAX", 2, 10, "不支持“<<”合并写法"),
        ("form: x\nunit: %95\n", "YAML-SYNTAX", 2, 7,  # was "这个字符", then no line to paste
         "“%”在 YAML 中有特殊含义，不能出现在值的开头；请给整个值加上英文双引号，写成：unit: \"%95\""),
        ("form: x\nunit: @某单位\n", "YAML-SYNTAX", 2, 7, "“@”在 YAML 中有特殊含义"),
    ],
)
def test_malformed_text_gets_a_located_chinese_message(text, code, line, column, words):
    spec = load_text("s.yaml", text)
    assert spec.data is None
    [problem] = spec.problems
    assert (problem.code, problem.line, problem.column) == (code, line, column)
    assert words in problem.message


def _nested(depth: int, shape: str) -> tuple[str, int, int]:
    """A spec nesting `depth` levels below `unit` in one of YAML's ways, and the line and column where its 33rd
    level (the first a spec may not have) starts."""
    if shape == "flow":
        return "form: x\nunit: " + "[" * depth + "]" * depth + "\n", 2, 6 + 33
    if shape == "dashes":
        return "form: x\nunit:\n  " + "- " * depth + "x\n", 3, 3 + 2 * 32
    if shape == "keys":
        return "form: x\nunit:\n" + "".join(" " * level + "k:\n" for level in range(1, depth)), 35, 34
    return "form: x\nunit:\n" + "".join("  " * level + "-\n" for level in range(1, depth)), 35, 2 * 32 + 3


_SHAPES = ["flow", "dashes", "keys", "block list"]
_LINEAR = ("flow", "dashes")
"""The shapes a level of which is a character or two: 40,000 levels are 80 kB. A level of keys or of a block list is
a line indented one step more than the one above, so 40,000 of them are 0.8 GB and 1.6 GB of text (9 minutes)."""


@pytest.mark.parametrize("shape, depth, broken", [
    (shape, depth, broken) for shape in _SHAPES for depth, broken in [(40, False), (3000, False), (600, True), (40_000, False)]
    if depth < 40_000 or shape in _LINEAR])
def test_nesting_too_deep_is_said_where_the_first_level_too_deep_starts(shape, depth, broken):
    """Nesting deeper than a spec may was said at 1:1 when it exhausted the exact parser's recursion (a syntax error
    below sent the text to it), an internal error when the slips' recursive walk met it (3,000 levels), and crashed
    the process in the fast parser's C (40,000 levels of `[`: a segmentation fault, nothing said). Keys and block
    lists that deep are kept from the fast parser as any nesting past its bound is (the test below)."""
    text, line, column = _nested(depth, shape)
    spec = load_text("s.yaml", text + ('bad: "x\n' if broken else ""))
    [problem] = spec.problems
    assert problem.code == "YAML-TOO-DEEP", problem
    # the exact parser (a syntax error below, or nesting the fast one is not given) points where the fast one does:
    # it stopped at the key of a block mapping too deep, a line above, where the fast one points at its first key
    assert (problem.line, problem.column) == (line, column), problem


@pytest.mark.parametrize("shape", _SHAPES)
def test_a_nesting_past_the_fast_parsers_bound_is_never_handed_to_it(shape, monkeypatch):
    """The fast parser recurses in C and crashed the process at about 30,000 levels (Linux's 8 MB stack; Windows
    gives a thread 1 MB), so a spec that may nest past `_SAFE_FAST_DEPTH` goes to the exact parser first, which
    stops at MAX_DEPTH. 40,000 levels of a block list showed it by loading without a crash, in 9 minutes and 1.6 GB;
    a level past the bound shows it by the fast parser never being handed the text."""
    from generator import load as loading

    def refused(text):
        pytest.fail(f"the fast parser was handed {shape} nesting past {loading._SAFE_FAST_DEPTH} levels")

    monkeypatch.setattr(loading, "_parse_fast", refused)
    text, line, column = _nested(loading._SAFE_FAST_DEPTH + 1, shape)
    [problem] = load_text("s.yaml", text).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-TOO-DEEP", line, column), problem


@pytest.mark.parametrize("shape", _SHAPES)
def test_where_nesting_too_deep_is_said_does_not_depend_on_a_comment_of_dashes(shape):
    """A comment line of a thousand dashes sent a spec to the exact parser first, which pointed a line above the fast
    one at a block mapping too deep, and made loading ten times slower."""
    text, line, column = _nested(40, shape)
    ruled = "# " + "-" * 1000 + "\n"
    [problem] = load_text("s.yaml", ruled + text).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-TOO-DEEP", line + 1, column), problem


def test_a_comment_of_dashes_or_a_long_list_leaves_a_spec_to_the_fast_parser():
    """The bound that sends text to the exact parser counted every `-`: a ruled comment line made a spec 10x slower,
    and so did any spec of a thousand indicators (lint of 3,000 went from 2 s to 3.6 s, a diff of 2,400 from 0.9 s to
    3.3 s). Only a line's indentation and the indicators opening it nest; a deep nesting is still sent, however its
    lines are broken."""
    from generator.load import _may_nest_deeper

    text = (ROOT / "specs" / "jiangsu-taiban-2024.yaml").read_text(encoding="utf-8")
    rows = "".join(f"  - level1: 产出指标\n    name: 指标{i}\n    value: ≥{i}次\n" for i in range(1500))
    assert not _may_nest_deeper("# " + "-" * 1000 + "\n" + text + "# " + "=-" * 600 + "\n")
    assert not _may_nest_deeper(text + "more:\n" + rows)
    assert _may_nest_deeper("a:\n" + "- " * 1000 + "x\n") and _may_nest_deeper("a: " + "[" * 1000)
    assert _may_nest_deeper("a:" + "".join("\u2028" + " " * depth + "b:" for depth in range(1, 1001)))


def test_brackets_in_comments_and_quoted_texts_leave_a_spec_to_the_fast_parser():
    """Every `[` and `{` counted as a level: a spec of 3,000 indicators each with `# [产出]` and `name: "[重点]…"`
    took 4.1 s to load instead of 0.7 s. Past the cheap bound the depth is counted exactly, where a deep nesting is
    still found after such texts, and before a syntax error that stops the parse."""
    from generator.load import _may_nest_deeper

    rows = "".join(f'  - level1: 产出指标  # [产出]\n    name: "[重点]指标{i}{{1}}"\n' for i in range(1000))
    assert not _may_nest_deeper("indicators:\n" + rows)
    assert not _may_nest_deeper("# " + "[" * 2000 + "\na: '" + "{" * 2000 + "'\n")
    assert _may_nest_deeper("indicators:\n" + rows + "more: " + "[" * 1000)
    assert _may_nest_deeper("a: '[[['\nb: " + "{a: " * 1000 + "\n  : : :")


_TAGGED = "是 YAML 标签（指定把值读成哪种类型），规格里不用标签；请删掉"


@pytest.mark.parametrize("text, line, column, message", [
    # Read as the amount it would be without the tag, and passed; fmt wrote it back without the tag. A field holding a
    # number is given without it: was “写成：  basic: "!!float 12.5"”, a text, and `year: "2024"`, SCHEMA-TYPE's.
    ("form: guangzhou\nbudget:\n  basic: !!float 12.5  # 基本\n", 3, 10,
     f"“basic”（基本支出）的值开头的“!!float”{_TAGGED}“!!float”，写成：  basic: 12.5  # 基本"),
    ('form: guangzhou\nyear: !!int "2024"\n', 2, 7, f"“year”（年度）的值开头的“!!int”{_TAGGED}“!!int”，写成：year: 2024"),
    # A value quoted after the tag is the text meant: was “写成：unit: '!!str "6次"'”, the tag kept in it.
    ('form: x\nunit: !!str "6次"  # 注\n', 2, 7, f"“unit”的值开头的“!!str”{_TAGGED}“!!str”，写成：unit: \"6次\"  # 注"),
    ("form: x\nyear: !!str 2023\n", 2, 7,  # passed validate as the text "2023"
     f"“year”的值开头的“!!str”{_TAGGED}“!!str”（如果这是文字内容，请给整个值加上引号，写成：year: \"!!str 2023\"）"),
    ("form: x\nunit: !!timestamp 2020-01-01\n", 2, 7,
     f"“unit”的值开头的“!!timestamp”{_TAGGED}“!!timestamp”（如果这是文字内容，请给整个值加上引号，写成：unit: \"!!timestamp 2020-01-01\"）"),
    # Read as a type no form holds, and said by schema validation (fmt: which tag it could not write back).
    ("form: x\nunit: !!set {甲, 乙}\n", 2, 7,
     f"“unit”的值开头的“!!set”{_TAGGED}“!!set”（如果这是文字内容，请给整个值加上引号，写成：unit: \"!!set {{甲, 乙}}\"）"),
    ("form: x\nunit: !foo 工作\n", 2, 7,  # a local tag
     f"“unit”的值开头的“!foo”{_TAGGED}“!foo”（如果这是文字内容，请给整个值加上引号，写成：unit: \"!foo 工作\"）"),
    ("form: x\nunit: !!binary |\n  aGk=\n", 2, 7,  # a block: not shown quoted
     f"“unit”的值开头的“!!binary”{_TAGGED}“!!binary”（如果这是文字内容，请给整个值加上引号）"),
    # A key given twice: ruamel's constructor asserts it is not, and the AssertionError was an internal error (exit 4).
    ("form: x\nunit: !!omap [a: 1, a: 2]\n", 2, 7,
     f"“unit”的值开头的“!!omap”{_TAGGED}“!!omap”（如果这是文字内容，请给整个值加上引号，写成：unit: \"!!omap [a: 1, a: 2]\"）"),
    ("form: x\nlist: [甲, !!omap [{a: 1}]]\n", 2, 11,  # an item: no key to name
     f"值开头的“!!omap”{_TAGGED}“!!omap”（如果这是文字内容，请给整个值加上引号，写成：list: [甲, \"!!omap [{{a: 1}}]\"]）"),
    ("form: x\n!!str unit: x\n", 2, 1, "键开头的“!!str”是 YAML 标签（指定把键读成哪种类型），规格里不用标签；请删掉“!!str”"),
    ('form: x\nname: "甲\u2028乙"\nunit: !x 某\n', 3, 7,  # counted as the editor counts lines, not as libyaml
     f"“unit”的值开头的“!x”{_TAGGED}“!x”（如果这是文字内容，请给整个值加上引号，写成：unit: \"!x 某\"）"),
])
def test_a_tagged_value_is_refused_where_the_tag_is_typed(text, line, column, message):
    """No spec uses a tag; one before a value was read, as the type it names or as the value without it,
    and said later or not at all (validate passed `!!float 12.5`, fmt dropped the tag). Every command
    reads a spec through the loader, which now refuses it once, at the tag, for old Mac line ends too."""
    for typed in (text, text.replace("\n", "\r")):
        spec = load_text("s.yaml", typed, Catalog())
        assert spec.data is None
        [problem] = spec.problems
        assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-TAG", line, column, message)


_ANCHOR = "值开头的“&”在 YAML 中表示锚点（给内容起名），规格里不用锚点和别名；以 & 开头的文字要给整个值加上引号"


_BOM_LEFT_OUT = "；这一行里有看不见的字符 U+FEFF（多半是复制粘贴带来的），上面写出的已把它去掉"


@pytest.mark.parametrize("text, line, column, message", [
    # The scanner counts no column for a U+FEFF: the quoted value ended a character early (`"&a 某单"位`).
    ("form: guangzhou\nunit: &a \ufeff某单位\n", 2, 7, f"“unit”（部门名称）的{_ANCHOR}，写成：unit: \"&a 某单位\"{_BOM_LEFT_OUT}"),
    ("form: x\nl: [\ufeff甲, &b 乙]\n", 2, 9, f"{_ANCHOR}，写成：l: [甲, \"&b 乙\"]{_BOM_LEFT_OUT}"),
    # The invisible character was copied back with the line shown, and hid the field's name (`“\ufeffunit”的`).
    ("form: guangzhou\nunit: &\ufeff某单位\n", 2, 7, f"“unit”（部门名称）的{_ANCHOR}，写成：unit: \"&某单位\"{_BOM_LEFT_OUT}"),
    # Before the key, where a line copied from a file saved with a BOM brings it: the key's Chinese name was left out.
    ("form: guangzhou\n\ufeffunit: &a 某单位\n", 2, 8, f"“unit”（部门名称）的{_ANCHOR}，写成：unit: \"&a 某单位\"{_BOM_LEFT_OUT}"),
    ("form: x\nb: \ufeff*甲\nc: *乙\n", 3, 4, "“c”的值开头的“*”在 YAML 中表示别名（引用 & 锚点起名的内容），规格里不用锚点和别名；"
     "以 * 开头的文字要给整个值加上引号，写成：c: \"*乙\""),  # a U+FEFF on another line changes nothing
])
def test_a_byte_order_mark_on_the_line_of_an_anchor_or_alias_is_counted_and_left_out(text, line, column, message):
    spec = load_text("s.yaml", text, Catalog())
    [problem] = spec.problems
    assert (problem.line, problem.column, problem.message) == (line, column, message)


@pytest.mark.parametrize("text, line, column, message", [
    ("form: x\nbudget:\n  basic: &a 12.00  # 基本\n", 3, 10,
     "“&a”是 YAML 锚点（给内容起名，供别名 *a 引用），规格里不用锚点和别名（& 与 *）；请删掉“&a”，写成：  basic: 12.00  # 基本"),
    # A text after an anchor no alias uses, or the anchor alone, is a text begun with "&": deleting the mark lost text.
    ("form: x\nlist:\n- &项 甲\n", 3, 3, f"{_ANCHOR}，写成：- \"&项 甲\""),
    ("form: x\nl: [甲, &b 乙]\n", 2, 8, f"{_ANCHOR}，写成：l: [甲, \"&b 乙\"]"),
    ("form: guangzhou\nunit: &广州市台湾同胞联谊会\n", 2, 7,  # was “写成：unit:”, which is 必须填写
     f"“unit”（部门名称）的{_ANCHOR}，写成：unit: \"&广州市台湾同胞联谊会\""),
    ("form: x\nkey_tasks:\n- content: &重点 组织开展活动  # 注\n", 3, 12,  # was “写成：- content: 组织开展活动”
     f"“content”的{_ANCHOR}，写成：- content: \"&重点 组织开展活动\"  # 注"),
    # Used: the lines of its aliases are named, with what to write there.
    ("form: x\na: &amt 1.50\nb: *amt\nc: [*amt]\n", 2, 4, "“&amt”是 YAML 锚点（给内容起名，供别名 *amt 引用），规格里不用锚点和别名（& 与 *）；"
     "请删掉“&amt”，写成：a: 1.50；第 3、4 行的“*amt”请写成 1.50"),
    ("form: x\na: &x\n  b: 1\nc: *x\n", 2, 4, "“&x”是 YAML 锚点（给内容起名，供别名 *x 引用），规格里不用锚点和别名（& 与 *）；"
     "请删掉“&x”，写成：a:；第 4 行的“*x”请换成它引用的内容，直接写出来"),
    ('form: x\nb: {"a":&x 1}\n', 2, 9,  # after a quoted key's colon, with no space: was read, the anchor unsaid
     "“&x”是 YAML 锚点（给内容起名，供别名 *x 引用），规格里不用锚点和别名（& 与 *）；请删掉“&x”，写成：b: {\"a\":1}"),
])
def test_an_anchor_is_refused_where_it_is_typed(text, line, column, message):
    """An anchor no alias used passed every command, and fmt kept it: a spec could teach the mark."""
    spec = load_text("s.yaml", text, Catalog())
    assert spec.data is None
    [problem] = spec.problems
    assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-ANCHOR", line, column, message)


@pytest.mark.parametrize("text, line, column, message", [
    ("form: guangzhou\nbudget:\n  basic: *amt\n", 3, 10, "“basic”（基本支出）的“*amt”是 YAML 别名（引用 &amt 起名的内容），"
     "规格里不用锚点和别名（& 与 *）；请删掉“*amt”，直接写出这里的数字"),
    ("form: x\na: *x\nb: &x 1\n", 2, 4, "“a”的“*x”是 YAML 别名（引用 &x 起名的内容），规格里不用锚点和别名（& 与 *）；"
     "请删掉“*x”，把第 3 行“&x”标出的内容直接写在这里"),    # After a tag, where ruamel reads the anchor: was told to be quoted, a text begun with "*".
    ("form: x\na: *x\nb: [!!str &x 甲]\n", 2, 4, "“a”的“*x”是 YAML 别名（引用 &x 起名的内容），规格里不用锚点和别名（& 与 *）；"
     "请删掉“*x”，把第 3 行“&x”标出的内容直接写在这里"),
])
def test_an_alias_meant_is_told_to_be_written_out_not_quoted(text, line, column, message):
    """A number field's `*amt`, or a `*x` an anchor below names, was told to be quoted: "*amt" is no amount."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-ALIAS", line, column, message)


def _tokens_scanned(monkeypatch) -> list:
    """The tokens of the scan for refused marks, counted as they are read."""
    from generator import refused_marks
    read = []
    counted = refused_marks._Columns.counted

    def counting(self, tokens):
        for token in counted(self, tokens):
            read.append(token)
            yield token

    monkeypatch.setattr(refused_marks._Columns, "counted", counting)
    return read


@pytest.mark.parametrize("text, code, message", [
    ("a: &x [1, 2]\n" + "".join(f"b{i}: *x\n" for i in range(1000)), "YAML-ANCHOR",
     "“&x”是 YAML 锚点（给内容起名，供别名 *x 引用），规格里不用锚点和别名（& 与 *）；请删掉“&x”，写成：a: [1, 2]；"
     "第 2、3、4、5、6 等 1000 行的“*x”请换成它引用的内容，直接写出来"),
    ("form: x\n" + "".join(f"k{i}: {{<<: {{a: 1}}, b: 2}}\n" for i in range(1000)), "YAML-MERGE",
     "“<<”是 YAML 的合并写法（把后面的一组字段并入这一组），规格里不用；请删掉“<<:”，把这些字段直接写在这一组里：“a: 1”"),
])
def test_the_scan_for_marks_stops_at_the_first(text, code, message, monkeypatch):
    """An anchor's aliases, and a merge key's fields, were looked for by scanning the whole rest of the text: a spec of
    200,000 aliases took 36 s to be refused (and named every one of their lines, 1.4 MB of message), one of 200,000
    merge keys 198 s and 1.4 GB. The scanner now stops at the mark's line; an anchor's aliases are found by their
    pattern, five of their lines named, then how many."""
    read = _tokens_scanned(monkeypatch)
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.message) == (code, message)
    assert len(read) < 30, len(read)


def test_an_alias_in_a_comment_is_no_use_of_the_anchor():
    """The aliases found by pattern are those outside comments, as the scanner read them."""
    [problem] = load_text("s.yaml", "form: x\na: &x 1\nb: 2  # 同 *x\nc: [*x]\n", Catalog()).problems
    assert problem.message.endswith("请删掉“&x”，写成：a: 1；第 4 行的“*x”请写成 1")


@pytest.mark.parametrize("used", ["content: 由 *某单位 负责", 'content: "由 *某单位 负责"', "content: 由\u3000*某单位\u3000负责",
                                  "content: [*某单位\u3000甲]", 'content: 由"甲":*某单位 负责',
                                  "content: !foo *某单位"])  # after a tag: ruamel refuses the line, reads no alias
def test_a_star_inside_a_text_is_no_use_of_the_anchor(used):
    """Found by pattern, a `*某单位` inside a text was taken for an alias: the clerk was told to delete the anchor and
    replace the words of the text's line, where the scanner finds no alias and the anchor is a value to be quoted. An
    alias's name goes on through a full-width space: `*某单位　甲` is another name."""
    [problem] = load_text("s.yaml", f"form: x\nunit: &某单位\n{used}\n", Catalog()).problems
    assert (problem.line, problem.column, problem.code) == (2, 7, "YAML-ANCHOR")
    assert problem.message.endswith("以 & 开头的文字要给整个值加上引号，写成：unit: \"&某单位\""), problem.message


@pytest.mark.parametrize("text, lines", [
    ("form: x\na: &x 1\nb: [*x, *x]\nc: {k: *x}\nd:\n  -   *x\n  - - *x\n", "3、4、6、7"),
    ("form: x\r\na: &x 1\r\n? *x\r\n: 2\r\nb:\t*x\r\n", "3、5"),
    # After the ":" of a flow mapping's key typed as JSON is, with no blank (read by ruamel; the lines went unnamed).
    ('form: x\na: &x 1\nb: {"k":*x}\nc: [{\'k\' :*x}]\nd: {[k]:*x, {k: 1}:*x}\ne: {"k":"甲 #1", f: *x}\n', "3、4、5、6"),
])
def test_an_alias_where_the_scanner_reads_one_is_a_use_of_the_anchor(text, lines):
    """In a flow list or mapping, after list dashes, as a complex key, after a tab, on lines ended by CRLF, after a
    JSON-like key's colon."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column, problem.code) == (2, 4, "YAML-ANCHOR")
    assert problem.message.endswith(f"请删掉“&x”，写成：a: 1；第 {lines} 行的“*x”请写成 1"), problem.message


def test_an_alias_after_a_quoted_hash_is_a_use_of_the_anchor():
    """A ` #` inside a quoted text (double, with an escaped quote, or single) was cut as a comment, and the alias after
    it taken for one in the comment: its line went unnamed. A quote inside a plain text opens nothing: its comment's
    `*x` is still no use."""
    text = 'form: x\na: &x 1\nb: ["甲 #1", *x]\nc: {"键 #": *x}\nd: [\'it\'\'s #2\', "a\\" #3", *x]\ne: it\'s  # 同 *x\n'
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column, problem.code) == (2, 4, "YAML-ANCHOR")
    assert problem.message == "“&x”是 YAML 锚点（给内容起名，供别名 *x 引用），规格里不用锚点和别名（& 与 *）；" \
        "请删掉“&x”，写成：a: 1；第 3、4、5 行的“*x”请写成 1", problem.message


@pytest.mark.parametrize("named", ["b: 由 &x 负责", 'b: "由 &x 负责"', "b: 1  # 同 &x", "b: [由\u3000&x\u3000负责]"])
def test_an_anchor_inside_a_text_makes_no_lone_alias_meant(named):
    """A `&x` after a blank anywhere in the spec, inside a text or a comment, was taken for the anchor of a lone `*x`
    above: the clerk was told to delete the alias and write out what line 3 marked, where nothing is marked and the
    value is a text begun with a star, to be quoted. Anchors are found where the scanner reads one, as aliases are."""
    [problem] = load_text("s.yaml", f"form: x\na: *x\n{named}\n", Catalog()).problems
    assert (problem.line, problem.column, problem.code) == (2, 4, "YAML-ALIAS")
    assert problem.message == "“a”的值开头的“*”在 YAML 中表示别名（引用 & 锚点起名的内容），规格里不用锚点和别名；" \
        "以 * 开头的文字要给整个值加上引号，写成：a: \"*x\"", problem.message


_ALIAS = "值开头的“*”在 YAML 中表示别名（引用 & 锚点起名的内容），规格里不用锚点和别名；以 * 开头的文字要给整个值加上引号"


@pytest.mark.parametrize("text, line, column, message", [
    ("form: guangzhou\nunit: *重点项目  # 单位\n", 2, 7, f"“unit”（部门名称）的{_ALIAS}，写成：unit: \"*重点项目\"  # 单位"),
    ("form: x\nlist:\n  - *按时完成\n", 3, 5, f"{_ALIAS}，写成：  - \"*按时完成\""),
    ("form: x\nunit: *关于 \"十四五\"\n", 2, 7, f"“unit”的{_ALIAS}，写成：unit: '*关于 \"十四五\"'"),  # quotes inside
    ("form: x\nl: [甲, *乙]\n", 2, 8, _ALIAS),  # in brackets: the value's end is not the line's
    # A Markdown bullet, star and space: was the loader's general message, with no field and no line.
    ("form: guangzhou\nkey_tasks:\n- name: 甲\n  content: * 组织开展活动  # 注\n", 4, 12,
     f"“content”（主要实施内容）的{_ALIAS}，写成：  content: \"* 组织开展活动\"  # 注"),
    ("form: x\ntasks:\n  - * 按时完成\n", 3, 5, f"{_ALIAS}，写成：  - \"* 按时完成\""),
])
def test_a_value_starting_with_a_star_is_told_to_be_quoted_with_its_line(text, line, column, message):
    """Said only “不支持锚点和别名：请把内容直接写出来” to a clerk who had written the text out, with a *."""
    spec = load_text("s.yaml", text, Catalog())
    [problem] = spec.problems
    assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-ALIAS", line, column, message)


_BULLET = "这一行开头的“*”像是 Markdown 的列表符号，YAML 不认（“*”在 YAML 中表示别名（引用 & 锚点起名的内容））；列表的每一项要以“- ”开头"


@pytest.mark.parametrize("text, line, column, message", [
    ("form: tianjin\nprojects:\n- name: 甲\n  targets:\n  * 市侨联办公用房租赁  # 注\n", 5, 3,
     f"“targets”（绩效目标）下{_BULLET}，写成：  - 市侨联办公用房租赁  # 注"),
    ("form: tianjin\nprojects:\n- name: 甲\n  targets:\n    * 市侨联办公用房租赁\n", 5, 5, f"“targets”（绩效目标）下{_BULLET}，写成：    - 市侨联办公用房租赁"),
    ("form: x\ntargets:\n* 甲\n", 3, 1, f"“targets”下{_BULLET}，写成：- 甲"),  # no deeper than its key: no text goes there
    ("form: x\nl:\n  - 甲\n  * 乙\n", 4, 3, f"{_BULLET}，写成：  - 乙"),  # under an item
])
def test_a_markdown_bullet_where_a_list_item_goes_is_told_to_be_a_dash(text, line, column, message):
    """Was told to quote it (`"* 市侨联…"`), which pasted under `targets:` is an indentation error, or a text for a list."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-ALIAS", line, column, message)


_OR_QUOTED = "；如果“*”是文字的一部分，请给这一项加上引号，写成："


@pytest.mark.parametrize("text, line, column, message", [
    # At the column of the key's own fields: was “写在“targets:”下一行的内容都要比“targets”多缩进”.
    ("form: tianjin\nprojects:\n- name: 甲\n  targets:\n  *市侨联办公用房租赁  # 注\n", 5, 3,
     f"“targets”（绩效目标）下{_BULLET}，写成：  - 市侨联办公用房租赁  # 注{_OR_QUOTED}  - \"*市侨联办公用房租赁\"  # 注"),
    ("form: x\nl:\n  - 甲\n  *乙\n", 4, 3, f"{_BULLET}，写成：  - 乙{_OR_QUOTED}  - \"*乙\""),  # was “写成：  - *乙”, an alias again
    # Deeper than its key: was told the bullet only, though `*甲` may be a text begun with a star.
    ("form: tianjin\nprojects:\n- name: 甲\n  targets:\n    *市侨联办公用房租赁\n", 5, 5,
     f"“targets”（绩效目标）下{_BULLET}，写成：    - 市侨联办公用房租赁{_OR_QUOTED}    - \"*市侨联办公用房租赁\""),
    # The star typed for an item's dash, before its first field: was “缺少“:””, or the field quoted as the item's text.
    ("form: guangzhou\nkey_tasks:\n- name: 甲\n  amount: 1\n*name: 乙\n  amount: 2\n", 5, 1, f"{_BULLET}，写成：- name: 乙"),
    ("form: guangzhou\nkey_tasks:\n  *name: 甲\n", 3, 3, f"“key_tasks”（年度重点工作任务）下{_BULLET}，写成：  - name: 甲"),
    # Below a text's key, where no text could go: was “请在行首补上 2 个空格”, and then the alias.
    ("form: guangzhou\nother_tasks:\n*甲\n", 3, 1,
     "“other_tasks”（其他需完成的任务（可选填））是文字，不是列表，这一行开头的“*”在 YAML 中表示别名（引用 & 锚点起名的内容）；"
     "请把文字写在“other_tasks:”后面，给整个值加上引号，写成：other_tasks: \"*甲\""),
    ("form: guangzhou\nother_tasks:\n* 甲\n", 3, 1, "写成：other_tasks: \"* 甲\""),  # was told “写成：- 甲”, a list for a text
])
def test_a_star_without_its_space_where_an_item_goes_is_told_the_dash_or_the_quotes(text, line, column, message):
    """`*甲` first on its line is a bullet or a text begun with a star; the scanner read it as an alias meant for a key
    when it stood at a key's column, and the slips then blamed its indentation or a colon."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-ALIAS", line, column) and problem.message.endswith(message)


_STAR_DELETED = "的“*”在 YAML 中表示别名（引用 & 锚点起名的内容），规格里不用锚点和别名；请删掉行首的“*”，写成："


@pytest.mark.parametrize("text, line, column, message", [
    # In a task: was “缺少“:””, on the line below.
    ("form: guangzhou\nkey_tasks:\n- name: 甲\n  *amount: 1\n", 4, 3, f"“amount”（拟投入的资金（万元））前面{_STAR_DELETED}  amount: 1"),
    ("form: guangzhou\nunit: a\n*year: 2024  # 年度\n", 3, 1, f"“year”（年度）前面{_STAR_DELETED}year: 2024  # 年度"),
    # In a group: was told to quote the line, which made the group a text.
    ("form: jiangsu\nincome:\n  *total: 1\n  general_budget: 1\n", 3, 3, f"“total”（资金总额）前面{_STAR_DELETED}  total: 1"),
    ("form: jiangsu\nincome:\n  * total: 1\n  general_budget: 1\n", 3, 3, f"“total”（资金总额）前面{_STAR_DELETED}  total: 1"),
    # With a space: was told to quote a value, with no field named and no line.
    ("form: guangzhou\nkey_tasks:\n- name: 甲\n  * amount: 1\n", 4, 3, f"“amount”（拟投入的资金（万元））前面{_STAR_DELETED}  amount: 1"),
])
def test_a_star_before_a_field_of_its_group_is_told_to_be_deleted(text, line, column, message):
    """A field typed with a star before it is no bullet and no text: the star goes, the field stays where it is."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-ALIAS", line, column, message)


@pytest.mark.parametrize("text, line, column, message", [
    ("form: x\nl:\n  - 甲\n  *- level1: 决策\n", 4, 3, f"这一行开头{_STAR_DELETED}  - level1: 决策"),  # was “写成：  - - level1: 决策”
    ("form: guangzhou\nkey_tasks:\n* - name: 甲\n", 3, 1, f"“key_tasks”（年度重点工作任务）下这一行开头{_STAR_DELETED}- name: 甲"),
    ("form: guangzhou\nkey_tasks:\n*- name: 甲\n", 3, 1, f"这一行开头{_STAR_DELETED}- name: 甲"),  # was told to quote a value
])
def test_a_star_before_an_item_s_dash_is_told_to_be_deleted_not_given_another_dash(text, line, column, message):
    """A dash added before `- level1:` nests a list, which no form holds."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column, problem.message) == ("YAML-ALIAS", line, column, message)


def test_validate_tells_a_star_typed_for_a_task_s_dash_to_be_a_dash(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "- name: 拓展工作平台", "*name: 拓展工作平台")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert ":20:3: " in result.output and "列表的每一项要以“- ”开头，写成：  - name: 拓展工作平台，" in result.output


@pytest.mark.parametrize("text", ['form: x\nunit: "!!set {a}"\n', "form: x\nunit: 注意 !重要\n", "form: x\nunit: 好!\n"])
def test_an_exclamation_mark_in_a_text_is_no_tag(text):
    assert not load_text("s.yaml", text).problems


@pytest.mark.parametrize("text, line, column, words", [
    # The field named: was "内容与注释之间", which of a file's values left to find.
    ("form: x\nunit: 某单位\t# 单位\n", 2, 10, "“unit”的值与注释之间有 Tab（制表符）"),
    ("form: x\nunit: 某单位\u3000\t# 单位\n", 2, 11, "“unit”的值与注释之间有一个全角空格和一个 Tab（制表符）"),
    ("form: x\nunit: 2022 年度。\u3000\t＃ 注\n", 2, 16, "“unit”的值与“＃”之间有全角空格和 Tab（制表符）"),
    # The key named, as every slip after a key's colon is: was a bare “:”.
    ("form: x\nunit:\t某单位\n", 2, 6, "“unit:”的冒号后面有 Tab（制表符）"),
    ("form: x\nlist:\n- unit: \t某单位\n", 3, 9, "“unit:”的冒号后面有 Tab（制表符）"),
    # The field and the text round the tab named: was "这里有一个 Tab", which of a line's words left to find.
    ("form: x\nunit: 某\t单位\n", 2, 8, "“unit”的值“某▯单位”处有一个 Tab（制表符），多半是从 Excel 或 Word 表格复制来的"),
    # A second tab beside it was quoted raw (unseen), and a comment after a tab kept in the words quoted.
    ("form: x\nunit: 某单位\t\t甲\n", 2, 10, "“unit”的值“某单位▯▯甲”处有一个 Tab"),
    ("form: x\nunit: 某\t单位 \t# 注\n", 2, 8, "“unit”的值“某▯单位”处有一个 Tab"),
    # A quote after the tab, inside the plain text, opens none: its ` #1"` was quoted as the value's, cut from the tab on.
    ('form: x\nunit: 某\t"单位 #1"\n', 2, 8, "“unit”的值“某▯\"单位”处有一个 Tab"),
    ("form: x\nunit: 某单位\t\n", 2, 10, "“unit”的值末尾有一个 Tab（制表符）；请删掉它"),
    ("form: x\nlist:\n- 某单位\t\n", 3, 6, "这一行末尾有一个 Tab（制表符）；请删掉它"),
    # A full-width space before the tab (`\u3000\t`) was told to become a space, or left to TEXT-INVISIBLE a round later.
    ("form: x\nunit: 某单位\u3000\t\n", 2, 11, "“unit”的值末尾有一个全角空格和一个 Tab（制表符）；请删掉这两个字符"),
    # In a list item's text too: was "请删掉它" (the tab), which left the full-width space for TEXT-INVISIBLE a round later.
    ("form: x\nlist:\n- 某单位\u3000\t\n", 3, 7, "这一行末尾有一个全角空格和一个 Tab（制表符）；请删掉这两个字符"),
    # The full-width space after the tab: was told the tab stood between words, then TEXT-INVISIBLE a round later.
    ("form: x\nunit: 某单位\t\u3000\n", 2, 10, "“unit”的值末尾有一个 Tab（制表符）和一个全角空格；请删掉这两个字符"),
    # A quoted value's full-width ＃ comment: was "不加引号的文字里不能有它" of a quoted value, quoted with a stray quote.
    ('form: x\nunit: "2022 年度。"\u3000\t＃ 注\n', 2, 18, '“unit”的值 "2022 年度。" 后面的“＃ 注”不是注释；'),
    ("form: x\nunit: 某\u3000\t单位\n", 2, 9, "“unit”的值“某　▯单位”处有一个 Tab（制表符），多半是从 Excel 或 Word 表格复制来的；"
     "不加引号的文字里不能有它，请删掉它（旁边已有全角空格）"),
    ("form: x\nlist:\n- 某单位\t# 单位\n", 3, 6, "内容与注释之间有 Tab（制表符）"),
    # A full-width space before it too: 把 Tab 换成空格 left that space ending the value, for TEXT-INVISIBLE a round later.
    ("form: x\nlist:\n- 某单位\u3000\t# 单位\n", 3, 7, "内容与注释之间有一个全角空格和一个 Tab（制表符）；YAML 只能用半角空格把注释与内容"
     "隔开，请把这两个字符换成一个半角空格"),
    ("form: x\runit: 某\t单位\r", 2, 8, "多半是从 Excel 或 Word 表格复制来的"),  # old Mac line ends: was an IndexError
])
def test_a_tab_the_fast_parser_takes_is_refused_where_it_is(text, line, column, words):
    """libyaml reads these tabs, as YAML allows, so validate passed them; ruamel's round-trip scanner, which
    fmt and `new --from` rewrite a spec with, refuses them, and both ended in an internal error."""
    [problem] = load_text("s.yaml", text).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-SYNTAX", line, column)
    assert words in problem.message


@pytest.mark.parametrize("head, read", [("unit: ", {"unit": "2022 年度。"}), ("list:\n- ", {"list": ["2022 年度。"]})])
def test_the_line_given_for_a_tab_before_a_quoted_values_full_width_comment_reads_as_meant(head, read):
    """The line the message gives, typed in place of the one refused, reads the quoted value and nothing else."""
    text = f'form: x\n{head}"2022 年度。"\u3000\t＃ 注\n'
    [problem] = load_text("s.yaml", text).problems
    given = problem.message.split("写成：")[1]
    fixed = load_text("s.yaml", text.replace(text.splitlines()[-1], given))
    assert (fixed.problems, fixed.data) == ([], {"form": "x", **read})


@pytest.mark.parametrize("typed, read, words", [
    # A closing quote, text after it, a tab and a full-width ＃: the line given held a `\t` escape and the ＃ as text.
    ('unit: "某单位"开局\t＃ 注', {"unit": '"某单位"开局'}, "末尾的“＃ 注”不是注释"),
    # Brackets and a full-width ＃: was given as `unit: [甲] # 注`, a list, which the field (a text) refused a round later.
    ("unit: [甲] ＃ 注", {"unit": "[甲]"}, "YAML 把方括号读成列表"),
    # Text after the quotes and a tab ending the line: was told to delete the tab, then, a round later, to quote it all.
    ('list:\n  - name: "市侨联工作经费"开局之年\t', {"list": [{"name": '"市侨联工作经费"开局之年'}]}, "末尾有一个 Tab（制表符）"),
    # A full-width space, a tab and a full-width ＃ after a plain value: was told to delete the tab, which left the
    # ＃ and the words after it in the value.
    ("unit: 2022 年度。\u3000\t＃ 注", {"unit": "2022 年度。"}, "这里的“＃”是全角字符"),
    # Text after quotes, then a tab and a full-width space: was told the tab stood between words, then to quote it all
    # with the full-width space inside, which TEXT-INVISIBLE warned of a third round.
    ('unit: "某单位"开局\t\u3000', {"unit": '"某单位"开局'}, "末尾有一个 Tab（制表符）和一个全角空格"),
    ('unit: "某单位"开局\u3000', {"unit": '"某单位"开局'}, "末尾的全角空格删掉"),
    # The field named once: was "另外，“unit”的值以双引号开头", its name said twice in one message.
    ('unit: "某单位"开局\t', {"unit": '"某单位"开局'}, "“unit”的值末尾有一个 Tab（制表符）；请删掉它；另外，这个值以双引号开头"),
    # A tab before a comment after text after quotes: was told to make it a space, then to quote it all a round later.
    # The field named once, where the message opens: was "内容与注释之间…；另外，“unit”的值以双引号开头".
    ('unit: "某单位"开局\t# 注', {"unit": '"某单位"开局'}, "请把 Tab 换成空格；另外，这个值以双引号开头"),
    # Text after an item's quotes in a list in brackets: was "方括号没有闭合", and no line, of brackets that close.
    ('unit: [甲, "乙"丙]  # 注', {"unit": '[甲, "乙"丙]'}, '其中的一项 "乙"丙 以双引号开头'),
    ("list:\n- ['乙'丙]", {"list": ["['乙'丙]"]}, "其中的一项 '乙'丙 以单引号开头"),
    # Pasted twice in single quotes: was given quoted whole, `"'某单位' '某单位'"`, both kept in the value.
    ("unit: '某单位' '某单位'", {"unit": "某单位"}, "的同一个值写了 2 遍"),
    # A quote left open, a tab or full-width space ending the line: given quoted in, TEXT-INVISIBLE a round later.
    ('unit: "某单位\t', {"unit": "某单位"}, "末尾的 Tab（制表符）删掉"),
    # Named in the order typed, as a tab ending a value outside quotes has them (han.blanks_named).
    ("list:\n- '某单位\u3000\t", {"list": ["某单位"]}, "末尾的全角空格和 Tab（制表符）删掉"),
    ('unit: "某单位”\t', {"unit": "某单位"}, "请把它改成英文的“\"”，末尾的 Tab（制表符）删掉"),
])
def test_one_message_gives_a_line_that_reads_as_meant(typed, read, words):
    """Pasted in place of the line refused, the line the message gives reads the value meant and nothing else: no
    escape a clerk would not type, no second slip left for the next round, no list where a text was meant."""
    text = f"form: x\n{typed}\n"
    [problem] = load_text("s.yaml", text).problems
    assert words in problem.message
    given = problem.message.split("写成：")[1]
    assert "\\" not in given and "\t" not in given and "＃" not in given, given
    fixed = load_text("s.yaml", text.replace(text.splitlines()[-1], given))
    assert (fixed.problems, fixed.data) == ([], {"form": "x", **read}), problem.message


@pytest.mark.parametrize("typed", [
    '"市侨联办公用房租赁" "保障侨联工作开展"',
    # In single quotes: was given as one item, `["'市侨联办公用房租赁' '保障侨联工作开展'"]`, the two meant lost in it.
    "'市侨联办公用房租赁' '保障侨联工作开展'",
    "'市侨联办公用房租赁'  \"保障侨联工作开展\"  # 注",
])
def test_quoted_values_side_by_side_where_the_field_holds_a_list_are_given_as_its_items(broken, typed):
    """Two items pasted on one line where the field holds a list: was told a field takes one value and given the first
    as a text, which the schema refused a round later."""
    path, text = broken("tianjin-qiaolian-2023.yaml", _TARGET, f"    targets: {typed}")
    [problem] = load_text(str(path), text, Catalog()).problems
    assert "一个字段只能填一个值" not in problem.message, problem.message
    given = problem.message.split("写成：")[1]
    fixed = load_text(str(path), text.replace(f"    targets: {typed}", given), Catalog())
    assert fixed.problems == [] and fixed.data["projects"][0]["targets"] == ["市侨联办公用房租赁", "保障侨联工作开展"]


def test_quoted_values_side_by_side_on_a_list_item_are_said_as_items_each():
    """`- "甲" "乙"` was told 一个字段只能填一个值, of a list's item, which is no field."""
    [problem] = load_text("s.yaml", 'form: x\nlist:\n  - "甲" "乙"  # 注\n').problems
    assert "一个字段" not in problem.message, problem.message
    assert "每个值请各写一项（每项一行，以“- ”开头，与这一行对齐），如：  - \"甲\"  # 注" in problem.message, problem.message


@pytest.mark.parametrize("typed, read", [
    ('[甲, "市侨联"办公用房租赁]', ["甲", '"市侨联"办公用房租赁']),
    ("['市侨联'办公用房租赁, 乙]  # 注", ["'市侨联'办公用房租赁", "乙"]),
])
def test_text_after_an_items_quotes_in_brackets_is_given_quoted_where_the_field_holds_a_list(typed, read):
    """The list meant is kept, its one item quoted whole: was "方括号没有闭合" with no line, of brackets that close."""
    text = (ROOT / "specs" / "tianjin-qiaolian-2023.yaml").read_text(encoding="utf-8").replace(_TARGET, f"    targets: {typed}")
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert "请给这一项整个加上引号" in problem.message, problem.message
    fixed = load_text("s.yaml", text.replace(f"    targets: {typed}", problem.message.split("写成：")[1]), Catalog())
    assert fixed.problems == [] and fixed.data["projects"][0]["targets"] == read, problem.message


@pytest.mark.parametrize("gap", [" ", "\t"])
def test_brackets_before_a_full_width_comment_stay_a_list_where_the_field_holds_one(gap):
    """`targets` holds a list on this form: `[甲] ＃ 注` there meant a list, and the line given keeps it one."""
    text = f"form: tianjin\nprojects:\n  - name: 甲\n    targets: [办公用房租赁]{gap}＃ 注\n"
    [problem] = load_text("s.yaml", text, Catalog()).problems
    given = problem.message.split("写成：")[1]
    assert given == "    targets: [办公用房租赁] # 注", problem.message
    assert "读成列表" not in problem.message


_TARGET = "    targets:\n      - 市侨联办公用房租赁，保障侨联工作开展。"


@pytest.mark.parametrize("typed, read", [
    ('"市侨联办公用房租赁" ＃ 注', "市侨联办公用房租赁"),          # was given as `"…" # 注`: a text, refused a round later
    ('"市侨联办公用房租赁"\t＃ 注', "市侨联办公用房租赁"),
    ('"市侨联办公用房租赁"\u3000', "市侨联办公用房租赁"),
    ('"市侨联"办公用房租赁 ＃ 注', '"市侨联"办公用房租赁'),
    ('"市侨联"办公用房租赁', '"市侨联"办公用房租赁'),
    ("[重点]办公用房租赁", "[重点]办公用房租赁"),
    # A tab after a lone value: was told only to delete it, which left a text the schema refused a round later.
    ('"市侨联办公用房租赁"\t', "市侨联办公用房租赁"),
    ("'市侨联办公用房租赁'\t", "市侨联办公用房租赁"),
    ('"市侨联办公用房租赁"\t# 注', "市侨联办公用房租赁"),
    ('"市侨联办公用房租赁"\u3000\t# 注', "市侨联办公用房租赁"),
    ("市侨联办公用房租赁\t", "市侨联办公用房租赁"),
    ("市侨联办公用房租赁, 保障工作\t", "市侨联办公用房租赁, 保障工作"),
    # Pasted twice, Excel's quotes inside, quotes inside quotes, a quote left open: each was given as a text.
    ('"市侨联办公用房租赁" "市侨联办公用房租赁"', "市侨联办公用房租赁"),
    ('"关于""十四五""规划"', '关于"十四五"规划'),
    ('"关于"十四五"规划"', '关于"十四五"规划'),
    ('"市侨联办公用房租赁”', "市侨联办公用房租赁"),
    ('"市侨联办公用房租赁', "市侨联办公用房租赁"),
    ("'市侨联“办公用房”租赁", "市侨联“办公用房”租赁"),
])
def test_a_quoted_value_where_the_field_holds_a_list_is_given_as_a_one_item_list(runner, broken, typed, read):
    """`targets` holds a list on this form: the line the message gives, pasted in place of the one refused, is a list of
    the one item typed, which validates; given as a text, it loaded and the schema said a list was expected."""
    path, text = broken("tianjin-qiaolian-2023.yaml", _TARGET, f"    targets: {typed}")
    [problem] = load_text(str(path), text, Catalog()).problems
    assert "这个字段填的是列表" in problem.message, problem.message
    given = problem.message.split("写成：")[1].split("（或")[0]  # quotes inside quotes: the first of two lines given
    path.write_text(text.replace(f"    targets: {typed}", given), encoding="utf-8")
    fixed = load_text(str(path), path.read_text(encoding="utf-8"), Catalog())
    assert fixed.problems == [] and fixed.data["projects"][0]["targets"] == [read], given
    result = runner.invoke(main, ["validate", str(path)])
    assert (result.exit_code, "没有发现问题" in result.output) == (0, True), result.output


@pytest.mark.parametrize("content", ['targets: "市侨联办公用房租赁', 'targets: "甲": 乙', "targets: |", "targets: >-",
                                     "targets: [甲]"])
def test_a_value_no_one_item_stands_in_is_given_no_one_item_list(content):
    """A quote left open, or a quoted key, is not one quoted item: bracketed as typed it gave `targets: ["市侨联办公用房
    租赁]`, a line YAML refuses again; such a value is left to the slips that read it whole. A block's `|` or `>` opens
    lines below it, and a list is one already."""
    from generator.quote_slips import as_one_item

    assert as_one_item(content, lambda key: True) is None


@pytest.mark.parametrize("typed", ['"广州市台湾同胞联谊会"\t', "广州市台湾同胞联谊会\t# 全称"])
def test_a_lone_value_of_a_field_holding_a_text_is_given_no_one_item_list(broken, typed):
    """Only a field that holds a list is told to bracket its one value: `unit` holds a text, and `unit: [某单位]`
    pasted as told would be refused by the schema a round later."""
    path, text = broken("guangzhou-tailian-2023.yaml", "unit: 广州市台湾同胞联谊会", f"unit: {typed}")
    [problem] = load_text(str(path), text, Catalog()).problems
    assert "Tab" in problem.message and "列表" not in problem.message, problem.message


@pytest.mark.parametrize("typed", ["100", "true", "~"])
def test_a_lone_plain_value_yaml_reads_as_no_text_is_given_quoted_in_its_one_item_list(typed):
    """`targets: 100<Tab>` given as `targets: [100]` would read a list of a number (of true, of nothing), not of the
    text typed: the item is quoted, as typed_value quotes a value YAML would read as other than its text."""
    from generator.quote_slips import as_one_item

    assert as_one_item(f"targets: {typed}", lambda key: True).endswith(f'写成：targets: ["{typed}"]')


def test_a_tab_pasted_into_a_value_is_said_with_the_fields_chinese_name(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "unit: 广州市台湾同胞联谊会", "unit: 广州市台湾\t同胞联谊会  # 全称")
    result = runner.invoke(main, ["validate", str(path)])
    assert "：“unit”（部门名称）的值“广州市台湾▯同胞联谊会”处有一个 Tab（制表符）" in result.output, result.output


@pytest.mark.parametrize("typed, column", [("amount:\t14.76", 12), ("amount: \t14.76", 13)])
def test_a_tab_after_a_keys_colon_is_said_with_the_fields_chinese_name(runner, broken, typed, column):
    """A tab after `amount:` was said as “:”后面有 Tab, the one tab message with no field named, where README says
    every key is named with its Chinese name."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "    amount: 14.76\n", f"    {typed}\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert (f":43:{column}: 错误[YAML-SYNTAX] YAML 语法错误：“amount:”（拟投入的资金（万元））的冒号后面有 Tab（制表符）；"
            "键和值之间只能用空格隔开，请把 Tab 换成空格") in result.output, result.output


@pytest.mark.parametrize("text, line, column, char", [
    ("form: x\n\u2028unit: 某单位\n", 2, 1, "U+2028（行分隔符）"),              # fmt and new --from: internal error
    ("form: x\nbudget:\n  basic: 1\n  \x85other: 2\n", 4, 3, "U+0085（下一行符 NEL）"),
    ("# 说明\u2029unit: 某单位\nform: x\n", 1, 5, "U+2029（段分隔符）"),        # libyaml ended the comment there
    ("form: x\ngoal: |\n  第一段\n\u2028  第二段\n", 4, 1, "U+2028（行分隔符）"),  # read apart: fmt refused the file
    ("form: x\nlist:\n\ufeff  - 某单位\n", 3, 1, "U+FEFF（字节顺序标记 BOM）"),
    ("# 说明\n\ufeffform: x\nunit: 某单位\n", 2, 1, "U+FEFF（字节顺序标记 BOM）"),  # libyaml failed: no form, said FORM-MISSING
    ("form: x\nother: ''  # 来自微信\u2029备注\nunit: 某单位\n", 2, 18, "U+2029（段分隔符）"),  # both failed: said an indent slip
    ("form: x\rother: ''  # 注\x85备注\runit: 某单位\r", 2, 15, "U+0085（下一行符 NEL）"),
])
def test_a_line_break_the_two_parsers_read_apart_is_refused_where_it_is(text, line, column, char):
    """libyaml reads U+0085, U+2028 and U+2029 as line breaks and skips a byte-order mark; ruamel's round-trip
    parser, which fmt and `new --from` read a spec with, reads them as text: where that changes the reading,
    validate passed a file the others could not read, or read otherwise."""
    [problem] = load_text("s.yaml", text).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-SYNTAX", line, column)
    assert f"看不见的字符 {char}" in problem.message and "请删除它" in problem.message


def test_a_line_separator_inside_a_value_is_read_alike_and_left_to_the_invisible_text_rule():
    assert load_text("s.yaml", "form: x\nunit: 某\u2028单位\n").data == {"form": "x", "unit": "某\u2028单位"}


@pytest.mark.parametrize("command", [["fmt", "--check"], ["new", "--from", "{spec}", "--year", "2025", "-o", "{out}"]])
@pytest.mark.parametrize("typed, words", [
    ("  basic: 397.72\t# 基本支出", "“basic”（基本支出）的值与注释之间有 Tab（制表符）"),
    ("\u2028  basic: 397.72", "看不见的字符 U+2028（行分隔符）"),
])
def test_fmt_and_new_from_say_where_what_the_two_parsers_read_apart_is_instead_of_failing(
        runner, broken, tmp_path, command, typed, words):
    """validate passed these; fmt and new --from, which read a spec with ruamel's round-trip parser, ended in an
    internal error (exit 4)."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "  basic: 397.72", typed)
    args = [part.format(spec=path, out=tmp_path / "next-2025.yaml") for part in command]
    result = runner.invoke(main, args + ([] if "--from" in command else [str(path)]))
    assert result.exit_code == 1, result.output
    assert words in result.output


@pytest.mark.parametrize("text, line", [
    ("%YAML 1.3\n---\nform: x\n", 1),                          # an internal error (an assertion in ruamel)
    ("# 规格\n%YAML 1.1\n---\nform: x\nunit: yes\n", 2),       # fmt read `yes` as true and refused the file
    ("%TAG !! tag:example.com,2000:\n---\nform: x\nunit: !!str 1\n", 1),
    ("form: x\n...\n%YAML 1.3\n---\nunit: x\n", 3),
    ("%YAML 1.3\n---\nform: x\nunit: &a 某单位\n", 1),  # the search for aliases parsed the file first: internal error
    ("form: x\r...\r%YAML 1.3\r---\runit: x\r", 3),  # old Mac line ends: the directive was not looked for
    ("# yaml-language-server: $schema=x.json\n%YAML 1.2\n---\nform: x\n", 2),  # fmt dropped the comment above
])
def test_a_directive_line_is_refused_where_it_is(text, line):
    """The fast parser reads every spec as YAML 1.2 and passed these; the round-trip parser fmt and `new
    --from` read with obeys a directive, so they read the file otherwise, or not at all."""
    [problem] = load_text("s.yaml", text).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-SYNTAX", line, 1)
    assert "指令行" in problem.message and "请删除这一行" in problem.message


def test_validate_says_where_a_directive_is_instead_of_failing(runner, broken):
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "form: ", "%YAML 1.3\n---\nform: ")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert "不支持“%YAML”指令行" in result.output


@pytest.mark.parametrize("text", [
    "form: x\ngoal: |\n \n  第一段\n",
    "form: x\ngoal: >-  # 注\r \r\r  第一段\r",
    "form: x\ngoal: |\n  \n   第一段\n  第二段\n",  # the round-trip parser's refusal, said in English before
])
def test_a_block_opened_by_a_blank_line_of_spaces_is_refused_at_that_line(text):
    """libyaml reads a `|` block whose first line is blank but for fewer spaces than its text is indented;
    ruamel's round-trip scanner, which fmt and `new --from` read a spec with, refuses it: validate passed the
    file and both ended in an internal error."""
    [problem] = load_text("s.yaml", text).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-SYNTAX", 3, 1)
    assert "块的第一行是空行，却有几个空格" in problem.message


@pytest.mark.parametrize("command", [["fmt", "--check"], ["new", "--from", "{spec}", "--year", "2025", "-o", "{out}"]])
def test_fmt_and_new_from_say_where_a_blank_line_of_spaces_opens_a_block(runner, broken, tmp_path, command):
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "  goal: |\n", "  goal: |\n \n")
    args = [part.format(spec=path, out=tmp_path / "next-2025.yaml") for part in command]
    result = runner.invoke(main, args + ([] if "--from" in command else [str(path)]))
    assert result.exit_code == 1, result.output
    blank = text.split("\n").index(" ") + 1
    assert f":{blank}:1: " in result.output and "块的第一行是空行" in result.output


def test_an_open_quote_below_a_pasted_line_break_is_located_not_an_internal_error():
    """The quote was looked up in the text split by splitlines(), which also splits at U+0085: a line
    too far down, where no quote is, and validate ended in a KeyError (exit 4)."""
    [problem] = load_text("s.yaml", "form: x\nunit\x85name: 1\ngoal: '第一段\n").problems
    assert (problem.line, problem.column) == (3, 7) and "引号没有闭合" in problem.message


@pytest.mark.parametrize("command", [["fmt", "{spec}"], ["new", "--from", "{spec}", "--year", "2025", "-o", "{out}"]])
def test_fmt_and_new_from_take_a_line_separator_inside_a_value(runner, broken, tmp_path, command):
    """Only the round-trip parser reads `活动\u2028开展时间` (libyaml takes U+2028 for a line break), so the
    loader keeps its tree, whose `|` blocks are a str subclass: fmt and `new --from` compared it with what
    they wrote back, found the types apart and refused the file as unsafe. TEXT-INVISIBLE warns of it."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "name: 活动开展时间", "name: 活动\u2028开展时间")
    args = [part.format(spec=path, out=tmp_path / "next-2025.yaml") for part in command]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    written = load(tmp_path / "next-2025.yaml" if "--from" in command else path)
    assert written.data["indicators"][14]["name"] == "活动\u2028开展时间"


def test_a_quoted_value_over_several_lines_is_legal_and_not_blamed_for_an_error_below_it():
    assert load_text("s.yaml", 'form: x\ngoal: "第一段\n  第二段"\n').data["goal"] == "第一段 第二段"
    [problem] = load_text("s.yaml", 'form: x\ngoal: "第一段\n  第二段"\nyear：2023\n').problems
    assert problem.line == 4 and "中文冒号" in problem.message


@pytest.mark.parametrize("text", [
    'form: x\nunit: "某单位\nyear: 2023\nname: 甲"\n',             # closed by a quote typed at a line's end
    "form: x\nunit: '某单位\n  year: 2023\n  name: '\n",            # closed by the next value's opening quote
])
def test_a_quote_that_swallows_fields_and_still_parses_is_an_error_where_it_opens(text):
    """Left open, a quote that some later quote closes turns the fields between into text and the
    file still parses: the fields would vanish from the form without a word."""
    spec = load_text("s.yaml", text)
    [problem] = spec.problems
    assert (problem.code, problem.line, problem.column) == ("QUOTE-RUN-ON", 2, 7) and spec.data is None
    assert "把“year: 2023”等本该是字段的行也当成了文字：是不是第 2 行的引号没有闭合？" in problem.message


@pytest.mark.parametrize("text, line, words", [
    ("form: guangzhou\nbudget:\n  basic: 1\n  basic: 2\n", 4, "重复的键“basic”（基本支出）：第 3 行已经有“basic: 1”了，第 4 行又写了“basic: 2”；"),
    ("form: guangzhou\nindicators:\n- level1: 产出指标\n  name: 甲\n  name: 乙\n", 5, "重复的键“name”（三级指标）：第 4 行"),
    # The form from the editor's first line when there is no `form:` line.
    ("# yaml-language-server: $schema=../schema/guangzhou.schema.json\nyear: 2023\nyear: 2024\n", 3,
     "重复的键“year”（年度）：第 2 行"),
    # Unknown, so unsaid: no form; a form jixiao does not have; two forms; a key the form has no field for there;
    # a key in a flow mapping, whose place the line's first key does not give.
    ("budget:\n  basic: 1\n  basic: 2\n", 3, "重复的键“basic”：第 2 行"),
    ("form: nowhere\nbudget:\n  basic: 1\n  basic: 2\n", 4, "重复的键“basic”：第 3 行"),
    ("form: guangzhou\nform: jiangsu\n", 2, "重复的键“form”：第 1 行"),
    ("form: guangzhou\nbasic: 1\nbasic: 2\n", 3, "重复的键“basic”：第 2 行"),
    ("form: guangzhou\nbudget: {form: 1, form: 2}\n", 2, "重复的键“form”：从第 2 行开始"),
])
def test_a_duplicate_key_is_named_in_chinese_where_the_form_says_what_it_is(text, line, words):
    """It named the key only as typed (`basic`), which a finance officer knows as 基本支出."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line) == ("YAML-DUPLICATE-KEY", line) and words in problem.message


@pytest.mark.parametrize("keys, words", [
    ("~: 1\nnull: 2\n", "重复的键“null”：第 2 行已经有“~: 1”了，第 3 行又写了“null: 2”；"),
    ("-0: 1\n+0: 2\n", "重复的键“+0”：第 2 行已经有“-0: 1”了，第 3 行又写了“+0: 2”；"),
    ("1: a\n1.0: b\n", "重复的键“1.0”：第 2 行已经有“1: a”了，第 3 行又写了“1.0: b”；"),
    ("1.0: x\n1.00: x\n", "重复的键“1.00”：第 2 行已经有“1.0: x”了，第 3 行又写了“1.00: x”；"),
    ("True: 1\ntrue: 1\n", "重复的键“true”：第 2 行已经有“True: 1”了，第 3 行又写了“true: 1”；"),
    ("'a': 1\na: 2\n", "重复的键“a”：第 2 行已经有“'a': 1”了，第 3 行又写了“a: 2”；"),
])
def test_a_key_written_twice_spelled_otherwise_is_said_as_typed_at_both_lines(keys, words):
    """Two keys that read alike spelled otherwise (`~` and `null`, `1` and `1.0`, `'a'` and `a`): the key was named as
    Python writes what it reads as (“None”), and the first copy, looked for by the second's spelling, went unfound
    (从第 1 行开始的这一组字段里已经有…); found by crash10's fuzzing."""
    [problem] = load_text("s.yaml", "form: x\n" + keys, Catalog()).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-DUPLICATE-KEY", 3, 1) and words in problem.message


_DELETE = "同一个键只能写一次，请删掉多余的一处（两处的值不同时，留下对的那个）"


@pytest.mark.parametrize("text, line, column, said", [
    # The new item first: “请删掉多余的一处” led, which would delete the new task's name.
    ("key_tasks:\n  - name: 甲\n    name: 乙  # 新增\n", 3, 5, f"如果这是列表的新一项，是少了开头的“- ”，请写成：  - name: 乙  # 新增；否则{_DELETE}"),
    ("form: guangzhou\nindicators:\n- level1: 产出指标\n  name: 甲\n  name: 乙\n", 5, 3, _DELETE),  # not the item's first key
    # Its dash deleted with its space, at the column of a key of the level holding the list: was only a key written twice.
    ("name: 甲\nitems:\n- name: 乙\nname: 丙\n", 4, 1, f"如果这是列表的新一项，是少了开头的“- ”，请写成：- name: 丙；否则{_DELETE}"),
])
def test_a_repeated_first_key_of_a_list_item_is_told_it_may_lack_its_dash(text, line, column, said):
    """A new item copied from the one above, its dash left out and its keys kept aligned, was only a key written twice."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-DUPLICATE-KEY", line, column)
    assert problem.message.endswith("”；" + said)


def test_a_repeated_first_key_the_form_s_list_items_begin_with_is_told_only_as_a_new_item():
    """Where the form says the key holds a list and the repeated key begins the item above, with its own fields beside
    it, it is a new item typed over its dash: it was told “否则请删掉多余的一处”, which would delete the new item."""
    text = "form: guangzhou\nindicators:\n- level1: 产出指标\n  name: 甲\n  level1: 产出指标\n  name: 乙\n"
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.code, problem.line, problem.column) == ("YAML-SYNTAX", 5, 1)
    assert problem.message.endswith("请把这一行“level1”前面的两个空格换成“- ”，这一行写成：- level1: 产出指标"), problem.message
    assert "删" not in problem.message


def test_a_file_of_no_known_form_keeps_the_key_as_typed():
    text = "year: 2023\nbudget:\n  basic: 1\n  basic: 2\n"
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert problem.message == "重复的键“basic”：第 3 行已经有“basic: 1”了，第 4 行又写了“basic: 2”；同一个键只能写一次，请删掉多余的一处（两处的值不同时，留下对的那个）"


def test_validate_names_a_duplicate_key_in_chinese(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "  project: 78.56\n", "  project: 78.56\n  project: 1\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:8:3: 错误[YAML-DUPLICATE-KEY] 重复的键“project”（项目支出）：第 7 行已经有“project: 78.56”了，第 8 行又写了“project: 1”；" in result.output



@pytest.mark.parametrize("text, code, line, column, words", [
    ("form: guangzhou\nbudget:\n  basic: 1\n  basic: 2\n", "YAML-DUPLICATE-KEY", 4, 3,
     "重复的键“basic”（基本支出）：第 3 行已经有“basic: 1”了，第 4 行又写了“basic: 2”"),  # was "从第 3 行开始的这一组字段里", unnamed
    ("# 说明\nform: guangzhou\nbudget:\n  basic：1\n  project: 2\n", "YAML-SYNTAX", 4, 8, "“basic”（基本支出）后面是中文冒号"),  # unnamed
    ("form: x\nunit: 某\x07单位\n", "TEXT-CONTROL-CHAR", 2, 8, "控制字符（U+0007）"),                  # was 1:12
    ("form: x\nunit: 某单位\nyear: !!bool maybe\n", "YAML-TAG", 3, 7, "“!!bool”是 YAML 标签"),  # was 1:21
    ("form: x\nyear: 2023\n\u2028unit: 某单位\n", "YAML-SYNTAX", 3, 1, "看不见的字符 U+2028"),  # was 1:19
    ('form: x\nunit: "某单位\nyear: 2023\nname: 甲"\n', "QUOTE-RUN-ON", 2, 7, "是不是第 2 行的引号没有闭合"),  # passed
])
def test_a_file_with_old_mac_line_ends_gets_the_messages_of_one_with_newlines(text, code, line, column, words):
    """YAML ends a line at a lone "\\r" too, and so do the parser's marks; the loader's own look at the text
    split it at "\\n" only, so every line of such a file was line 1."""
    for typed in (text, text.replace("\n", "\r")):
        [problem] = load_text("s.yaml", typed, Catalog()).problems
        assert (problem.code, problem.line, problem.column) == (code, line, column)
        assert words in problem.message
    assert load_text("s.yaml", text.replace("\n", "\r"), Catalog()).problems == load_text("s.yaml", text, Catalog()).problems


@pytest.mark.parametrize("old, new, said", [
    ("  basic: 610.85\n", "  basic: !!binary aGk=\n", ":6:10: 错误[YAML-TAG] “basic”（基本支出）的值开头的“!!binary”是 YAML 标签"),
    ('other_tasks: ""\n', "other_tasks: 补助发放\n  及时率\n", "警告[TEXT-LINE-BREAK]"),  # not warned of
])
def test_validate_reads_values_as_typed_in_a_file_with_old_mac_line_ends(runner, broken, old, new, said):
    path, text = broken("guangzhou-tailian-2023.yaml", old, new)
    path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
    result = runner.invoke(main, ["validate", str(path)])
    assert said in result.output


def test_missing_file(tmp_path):
    [problem] = load(tmp_path / "nope.yaml").problems
    assert problem.code == "FILE-NOT-FOUND" and "不存在" in problem.message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_refused_not_read_forever():
    [problem] = load("/dev/zero").problems
    assert problem.code == "FILE-UNREADABLE" and "规格文件不会这么大" in problem.message


def test_a_file_of_exactly_the_largest_size_is_read_and_one_byte_more_is_not(tmp_path):
    """capped_bytes reads one byte past MAX_BYTES to tell a file at the cap from one past it."""
    from generator.spec_files import MAX_BYTES, capped_bytes

    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * MAX_BYTES)
    assert len(capped_bytes(path)) == MAX_BYTES
    path.write_bytes(b"#" * (MAX_BYTES + 1))
    assert capped_bytes(path) is None


def test_non_utf8_bytes_are_located(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes("form: x\nunit: ".encode() + "广州".encode("gbk") + b"\n")
    [problem] = load(path).problems
    assert (problem.code, problem.line, problem.column) == ("FILE-ENCODING", 2, 7)
    assert "UTF-8" in problem.message


def test_amounts_keep_the_precision_typed():
    data = load_text("s.yaml", "a: 0.00\nb: 2000\nc: 78.56\nd: 254.30\ne: -1.5\n").data
    assert data["a"] == Decimal("0.00") and str(data["a"]) == "0.00"
    assert data["b"] == 2000 and isinstance(data["b"], int)
    assert str(data["c"]) == "78.56" and str(data["d"]) == "254.30"
    assert all(not isinstance(v, float) for v in data.values())


@pytest.mark.parametrize("typed", ["no", "on", "yes", "off", "2022-01-05", "08", "1_000", "0x1F", "1e3", "0o17"])
def test_yaml11_surprises_stay_the_text_typed(typed):
    assert load_text("s.yaml", f"a: {typed}\n").data["a"] == typed


@given(st.from_regex(r"-?(0|[1-9][0-9]{0,8})(\.[0-9]{1,4})?", fullmatch=True))
def test_any_plain_amount_survives_a_load_exactly(typed):
    loaded = load_text("s.yaml", f"amount: {typed}\n").data["amount"]
    if "." in typed:
        assert isinstance(loaded, Decimal) and str(loaded) == typed
    else:
        assert isinstance(loaded, int) and loaded == int(typed)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_text_in_double_quotes_loads_or_gives_a_problem(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    spec = load_text("s.yaml", f'unit: "{escaped}"\n')
    assert spec.data is not None or spec.problems


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_node_of_an_example_has_a_position(spec):
    loaded = load(spec)
    line, column = loaded.locate(("unit",))
    assert loaded.text.splitlines()[line - 1][column - 1:].startswith(loaded.data["unit"])


ODD_KEYS = "~: 0\ntrue: 1\n[a, b]: 2\n2024: 3\nlist:\n  - {x: 4, 'y': 5}\n  - z: 6\n"
NUMBER_KEYS = "2023: 0\n'2023': 1\n\"2024\": 2\n2024: 3\n+5: 4\n.5: 5\n1.50: 6\n0x10: 7\n[a, +1]: 8\n"
"""Keys spelled alike, one read as text and one as a number, either first; numbers read otherwise than typed."""


@pytest.mark.parametrize("text", [*(path.read_text(encoding="utf-8") for path in SPECS), ODD_KEYS, NUMBER_KEYS],
                         ids=[*(path.stem for path in SPECS), "odd keys", "number keys"])
def test_every_key_and_value_is_located_as_the_round_trip_parser_places_it(text):
    """Spec.locate reads the fast parser's nodes, each mapping's entries kept by key once it was looked through: every
    value and key of a spec, and a path going on past a value (its nearest node), is where the round-trip tree has it,
    asked twice (the second time from the kept entries), whatever the keys' kind (`~`, `true`, a list, a number: load
    refuses them, naming the key's place)."""
    from generator.load import _parse_fast, _yaml, leaves, position

    (data, tree), exact, kept = _parse_fast(text), _yaml().load(text), {}
    places = [(path, key) for path, _ in leaves(data) for key in (False, True)]
    places += [(path + ("missing",), False) for path, _ in leaves(data)]
    for _ in range(2):
        assert [position(tree, path, key, kept) for path, key in places] == \
            [position(exact, path, key) for path, key in places]


SPECIAL = ["[", "]", "{", "}", '"', "'", ":", "- ", "#", "&", "*", "!", "%", "@", "`", "|", ">", "?", ",", "\t", ": "]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SPECS), st.sampled_from(SPECIAL), st.floats(0, 1, exclude_max=True))
def test_every_syntax_error_is_explained_in_chinese(path, char, where):
    """ruamel's English must not reach a finance officer: each parser message it can give is translated."""
    text = path.read_text(encoding="utf-8")
    at = int(where * len(text))
    for problem in load_text(path.name, text[:at] + char + text[at:]).problems:
        assert "无法解析这里的内容" not in problem.message, problem.message  # the fallback, quoting ruamel


def test_a_key_with_a_comment_typed_against_its_colon_above_an_item_s_key_is_no_list_s_key():
    """`level2:# 数量指标` opens a mapping to the line scan but is no `key: ` to the key pattern: the missing-dash check
    took it for the key holding a list and crashed (a TypeError, found by the property test above)."""
    text = (ROOT / "specs" / "tianjin-qiaolian-2023.yaml").read_text(encoding="utf-8")
    at = int(0.5 * len(text))
    assert text[at - len("level2:"):at] == "level2:"
    problems = load_text("s.yaml", text[:at] + "#" + text[at:], Catalog()).problems
    assert problems and all(problem.code == "YAML-SYNTAX" for problem in problems), problems


@pytest.mark.parametrize("slip", ["   project: 78.56\n", "project: 78.56\n"])  # a syntax error; read, but at the top
def test_a_misindented_spec_with_a_mark_to_scan_for_has_its_keys_named_from_one_reading(monkeypatch, slip):
    """A spec holding what may start an alias (`# *注意`) had its text split and its form's schema looked up for
    the scan of marks, and again for the misindented line's message: load_text made a KeyNames for each."""
    from generator import load as loader

    made = []

    class Counted(loader.KeyNames):
        def __init__(self, *args):
            made.append(self)
            super().__init__(*args)

    monkeypatch.setattr(loader, "KeyNames", Counted)
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8").replace("  project: 78.56\n", slip)
    spec = load_text("gz.yaml", text.replace("form: guangzhou\n", "form: guangzhou  # *注意\n"), Catalog())
    assert [p.code for p in spec.problems] == ["YAML-SYNTAX"] and "（项目支出）" in spec.problems[0].message
    assert len(made) == 1, made


def _linked(tmp_path: Path, target_there: bool) -> Path:
    """specs/gz.yaml as git on Windows without core.symlinks checks out a link to ../2024/specs/gz.yaml: its path."""
    if target_there:
        (tmp_path / "2024" / "specs").mkdir(parents=True)
        (tmp_path / "2024" / "specs" / "gz.yaml").write_bytes((ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_bytes())
    (tmp_path / "specs").mkdir(exist_ok=True)
    link = tmp_path / "specs" / "gz.yaml"
    link.write_bytes(b"../2024/specs/gz.yaml")  # git writes the target without a line break
    return link


@pytest.mark.parametrize("target_there", [True, False])
def test_a_link_git_checked_out_as_text_is_said_to_be_one(tmp_path, git_repo, target_there):
    """A link checked out as a file of its target's path was YAML-NOT-MAPPING, 请以 form:、year:、unit: 等字段开头, of a
    spec the clerk saw whole on GitHub."""
    _, git = git_repo()
    _linked(tmp_path, target_there)
    _tracked(git, "specs/gz.yaml", GIT_LINK_MODE)
    [problem] = load("specs/gz.yaml").problems
    assert (problem.code, problem.line, problem.column) == ("FILE-LINK-AS-TEXT", 0, 0), problem
    assert problem.message.startswith("这个文件是 git 当作文字写出的符号链接，内容只是一个路径，不是规格"), problem.message
    led = f"它指向的规格是 {Path('2024/specs/gz.yaml')}，" if target_there else \
        "它指向 ../2024/specs/gz.yaml（从这个文件所在的文件夹算起），"
    assert led in problem.message and "git checkout -- specs/gz.yaml 重新检出为链接" in problem.message, problem.message


@pytest.mark.parametrize("target_there", [True, False])
def test_a_link_as_text_git_does_not_know_is_not_told_to_check_it_out_again(tmp_path, monkeypatch, target_there):
    """Untracked or out of any repository, the file was told “删除这个文件，再运行 git checkout -- specs/gz.yaml”,
    which fails there (git never had it): a link copied or unpacked as text is told to be replaced by a copy of the
    spec or a new link."""
    _linked(tmp_path, target_there)
    monkeypatch.chdir(tmp_path)
    [problem] = load("specs/gz.yaml").problems
    assert (problem.code, problem.line, problem.column) == ("FILE-LINK-AS-TEXT", 0, 0), problem
    assert problem.message.startswith("这个文件的内容只是一个路径，不是规格，像是复制或解压时写成了文字的符号链接"), \
        problem.message
    assert "git checkout" not in problem.message and "core.symlinks" not in problem.message, problem.message
    assert "请把这个文件换成那份规格的副本，或者删除这个文件、重新建立指向那份规格的链接" in problem.message, problem.message
    led = f"它指向的规格是 {Path('2024/specs/gz.yaml')}，" if target_there else \
        "它指向 ../2024/specs/gz.yaml（从这个文件所在的文件夹算起），"
    assert led in problem.message, problem.message


def test_a_link_checked_out_as_text_in_a_folder_is_checked_not_skipped_as_other_yaml(runner, tmp_path, monkeypatch):
    """In a folder such a file was skipped as another program's YAML (no form:, year: or unit:): validate said
    nothing of the spec it stood for."""
    _linked(tmp_path, True)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["validate", "specs"])
    assert result.exit_code == 1, result.output
    assert f"{Path('specs/gz.yaml')}: 错误[FILE-LINK-AS-TEXT] 这个文件的内容只是一个路径，不是规格" in result.output, \
        result.output


@pytest.mark.parametrize("text", ["../2024/specs/gz.yaml\n", "/srv/specs/gz.yaml", "见 specs/gz.yaml 说明",
                                  "../2024/specs/gz.docx", "../2024/specs/gz.yaml" * 60, "- ../2024/specs/gz.yaml",
                                  "C:\\specs\\gz.yaml", "C:.yaml"])
def test_text_not_shaped_as_git_writes_a_link_is_not_called_one(tmp_path, text):
    """Only one relative path to a YAML file, without a line break, and short, is taken for a link: a line typed by
    hand (git writes no line break), an absolute path, a drive's (`C:.yaml` too, relative to the drive's current
    folder), a sentence, a Word file's path, a long run are single values, a list's one item a list; and a link's text
    read from no file on disk (git shows a revision's link so, and links work there)."""
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    [problem] = load(tmp_path / "x.yaml").problems
    assert problem.code == "YAML-NOT-MAPPING", problem
    [problem] = load_text("x.yaml", "../2024/specs/gz.yaml").problems
    assert problem.code == "YAML-NOT-MAPPING", problem


def _tracked(git, path: str, mode: str) -> None:
    """`path`, as it is on disk, put in git's index with `mode`: 120000 as a link checked out with core.symlinks off."""
    blob = git("hash-object", "-w", path).strip()
    git("update-index", "--add", "--cacheinfo", f"{mode},{blob},{path}")


@pytest.mark.parametrize("mode, code", [("120000", "FILE-LINK-AS-TEXT"), ("100644", "YAML-NOT-MAPPING")])
def test_git_says_whether_a_file_shaped_as_a_link_is_one(git_repo, mode, code):
    """A clerk's note x.yaml holding only `specs/gz.yaml`, no line break, is shaped as a link git checked out as text,
    and was called one: where git tracks the file, its index decides, a link (120000) or a file."""
    folder, git = git_repo()
    (folder / "specs" / "x.yaml").write_bytes(b"specs/gz.yaml")
    _tracked(git, "specs/x.yaml", mode)
    [problem] = load("specs/x.yaml").problems
    assert problem.code == code, problem


def test_git_is_asked_of_the_file_by_its_literal_name_not_as_a_pattern(git_repo):
    """`a[1].yaml` untracked beside a tracked file a1.yaml: asked as a pattern, git answered for a1.yaml, a file, and
    the link checked out as text was read as a plain value; asked by its literal name, git cannot say, and the shape
    decides."""
    folder, git = git_repo()
    (folder / "specs" / "a1.yaml").write_bytes(b"specs/gz.yaml")
    _tracked(git, "specs/a1.yaml", "100644")
    (folder / "specs" / "a[1].yaml").write_bytes(b"specs/gz.yaml")
    [problem] = load("specs/a[1].yaml").problems
    assert problem.code == "FILE-LINK-AS-TEXT", problem


def test_a_file_shaped_as_a_link_is_one_where_git_cannot_say(git_repo, monkeypatch):
    """Untracked, or with no git to ask (jixiao runs without git but for --rev), the shape alone says."""
    folder, git = git_repo()
    (folder / "specs" / "untracked.yaml").write_bytes(b"specs/gz.yaml")
    (folder / "specs" / "x.yaml").write_bytes(b"specs/gz.yaml")
    _tracked(git, "specs/x.yaml", "100644")
    assert load("specs/untracked.yaml").problems[0].code == "FILE-LINK-AS-TEXT"
    monkeypatch.setenv("PATH", str(folder / "nowhere"))
    assert load("specs/x.yaml").problems[0].code == "FILE-LINK-AS-TEXT"


def test_a_note_git_tracks_as_a_file_in_a_folder_is_skipped_as_other_yaml(runner, git_repo):
    """In a folder, a file git tracks as a file, shaped as a link, is another program's YAML, as before links were
    said: validate checked it as a link and failed."""
    folder, git = git_repo()
    (folder / "specs" / "x.yaml").write_bytes(b"specs/gz.yaml")
    _tracked(git, "specs/x.yaml", "100644")
    result = runner.invoke(main, ["validate", "specs"])
    assert result.exit_code == 0 and "FILE-LINK-AS-TEXT" not in result.output, result.output
    assert "跳过了 specs 里 1 个不像规格的 YAML 文件" in result.output, result.output


def test_a_name_with_pattern_marks_is_asked_of_git_as_itself(git_repo):
    """`x[1].yaml` is a pathspec matching x1.yaml: asked so, git told x1.yaml's mode for x[1].yaml."""
    folder, git = git_repo()
    (folder / "specs" / "x[1].yaml").write_bytes(b"specs/gz.yaml")
    (folder / "specs" / "x1.yaml").write_bytes(b"specs/gz.yaml")
    _tracked(git, "specs/x1.yaml", "100644")
    _tracked(git, "specs/x[1].yaml", "120000")
    assert load("specs/x[1].yaml").problems[0].code == "FILE-LINK-AS-TEXT"


def test_a_real_link_leading_to_a_file_shaped_as_a_link_is_read_as_its_target(runner, git_repo, tmp_path):
    """specs/x.yaml a real symbolic link, which git tracks as one (120000), to a note git tracks as a file holding only
    `../other/a.yaml`: read through the link, the text is shaped as a link checked out as text, and git's index says
    the name is a link; but it is one on disk, and its target is a file. Taken for a link as text, it was told to be
    checked out again as the link it already is; it is read as its target is: one plain value (YAML-NOT-MAPPING)
    named, and in a folder another program's YAML, skipped."""
    folder, git = git_repo()
    (folder / "notes").mkdir()
    (folder / "notes" / "a.yaml").write_bytes(b"../other/a.yaml")
    (folder / "specs" / "x.yaml").symlink_to(Path("..", "notes", "a.yaml"))
    git("add", "notes/a.yaml", "specs/x.yaml")
    assert git("ls-files", "-s", "specs/x.yaml").startswith(f"{GIT_LINK_MODE} ")
    for name in ("specs/x.yaml", "notes/a.yaml"):
        [problem] = load(name).problems
        assert problem.code == "YAML-NOT-MAPPING", problem
    for command in (["validate", "specs/x.yaml"], ["build", "specs/x.yaml", "--out", str(tmp_path / "out")]):
        result = runner.invoke(main, command)
        assert result.exit_code == 1 and "错误[YAML-NOT-MAPPING]" in result.output, result.output
        assert "FILE-LINK-AS-TEXT" not in result.output, result.output
    result = runner.invoke(main, ["validate", "specs"])
    assert result.exit_code == 0 and "FILE-LINK-AS-TEXT" not in result.output, result.output
    assert f"跳过了 specs 里 1 个不像规格的 YAML 文件（没有 form、unit、year 字段，也没有用中文写的字段名，如 {Path('specs/x.yaml')}）" \
        in result.output, result.output


_BLOCKS = ("a: |\n  名称\nb: >\n  折叠\nc: |-\n  无换行\nd: |+\n  留空行\n\ne: \"引号\\n\"\nf:\n  - |\n    一\n    二\n"
           "  - g: |\n      项\n")


def test_the_printed_data_drops_only_the_line_break_ending_a_block():
    """`|` and `>` blocks end in YAML's line break, which the forms do not print (block_ends); a `|+` block's blank line
    after the text was asked for, a quoted `\\n` typed, a block's inner breaks written: they stay."""
    spec = load_text("s.yaml", _BLOCKS)
    assert not spec.problems and spec.data["a"] == "名称\n"  # validation still sees what YAML reads
    assert spec.printed_data() == {"a": "名称", "b": "折叠", "c": "无换行", "d": "留空行\n", "e": "引号\n",
                                   "f": ["一\n二", {"g": "项"}]}


def test_the_printed_data_is_the_same_from_the_round_trip_parser():
    """Read by the round-trip parser (when the fast one fails), a block is told by its str subclass, not a node's style."""
    from ruamel.yaml import YAML

    from generator import block_ends

    tree = YAML(typ="rt", pure=True).load(_BLOCKS)
    assert block_ends.printed(load_text("s.yaml", _BLOCKS).data, tree) == load_text("s.yaml", _BLOCKS).printed_data()
    assert block_ends.printed(tree, tree)["f"] == ["一\n二", {"g": "项"}]
