"""Input-method slips are named where they were typed, with what to type instead."""
from __future__ import annotations

import io
import json
import re
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator import key_lines, tab_indents
from generator.cli import main
from generator.dashless_items import text_item_below
from generator.encoding_guess import MARGIN, likely_encodings, reading_shares, reads_clearly_better
from generator.field_fixes import number_fix
from generator.japanese_korean import EUC_JP, SHIFT_JIS, japanese_or_korean
from generator.file_encoding import _why_unsure, encoding_slip
from generator.load import load, load_text
from generator.report import rerun_note
from generator.validate import Validator
from generator.variants import Catalog

from .conftest import NEEDS_SEEDS, ROOT, SHARED, SPECS, copy_variant

EXAMPLES = {path: path.read_text(encoding="utf-8").splitlines() for path in SPECS}
# A `key: value` line with a value on it, nested or not, possibly a list item's first key.
KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- )?(?P<key>[a-z_]+): (?P<value>\S.*)$")
SLIPPABLE = [(path, number) for path, lines in EXAMPLES.items()
             for number, text in enumerate(lines, 1) if KEY_LINE.match(text)]


def _slip(text: str, kind: str) -> str:
    m = KEY_LINE.match(text)
    lead = m["indent"] + (m["dash"] or "")
    if kind == "full-width colon":
        return f"{lead}{m['key']}：{m['value']}"
    if kind == "no space":
        return f"{lead}{m['key']}:{m['value']}"
    if kind == "full-width space":
        return f"{lead}{m['key']}:\u3000{m['value']}"
    if kind == "no colon":
        return f"{lead}{m['key']} {m['value']}"
    if kind == "no-break space":  # pasted from Word or a web page
        return f"{lead}{m['key']}:\u00a0{m['value']}"
    return f"{m['indent'][:-2]}\u3000{m['dash'] or ''}{m['key']}: {m['value']}"  # an indent typed by the IME


EXPECTED = {"full-width colon": "中文冒号", "no space": "少了一个空格", "full-width indent": "缩进里有全角空格",
            "full-width space": "冒号后面是全角空格", "no-break space": "冒号后面是一个不换行空格",
            "no colon": "后面少了英文冒号"}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SLIPPABLE), st.sampled_from(sorted(EXPECTED)))
def test_a_slip_in_any_example_line_is_reported_on_that_line(place, kind):
    path, number = place
    lines = list(EXAMPLES[path])
    if kind == "full-width indent" and not lines[number - 1].startswith("  "):
        kind = "full-width colon"  # a top-level key has no indent to mistype
    lines[number - 1] = _slip(lines[number - 1], kind)
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert problem.code == "YAML-SYNTAX" and problem.line == number
    assert EXPECTED[kind] in problem.message



@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SLIPPABLE), st.sampled_from(sorted(EXPECTED)), st.sampled_from(["\u2028", "\x85", "\u2029"]))
def test_a_slip_below_a_value_holding_a_pasted_line_separator_is_still_reported_on_its_line(place, kind, separator):
    """The parser counts lines at "\\n" and "\\r" only; the slips were looked for in lines split by
    splitlines(), which also splits at U+2028, U+0085 and U+2029: every slip below such a value
    (pasted from a web page, and read alike by both parsers) was said a line too far down."""
    path, number = place
    lines = list(EXAMPLES[path])
    if kind == "full-width indent" and not lines[number - 1].startswith("  "):
        kind = "full-width colon"
    lines[number - 1] = _slip(lines[number - 1], kind)
    lines[1] = lines[1] + separator + "注"  # `form: …`, the second line of every example
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert problem.code == "YAML-SYNTAX" and problem.line == number
    assert EXPECTED[kind] in problem.message


def test_a_full_width_indent_below_a_pasted_line_separator_is_reported_on_its_line():
    """The same, for a text that parsed (the indent filed the key under the wrong mapping)."""
    [problem] = load_text("s.yaml", "form: x\nunit: 某\u2028单位\nbudget:\n  basic: 1\n \u3000project: 2\n").problems
    assert (problem.code, problem.line, problem.column) == ("YAML-SYNTAX", 5, 2)
    assert "缩进里有全角空格" in problem.message


AS_TEXT = "全角空格（中文输入法的空格），YAML 把它读作文字"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SLIPPABLE), st.sampled_from(["\u3000", "\u3000 ", "\u3000\u3000"]))
def test_a_line_of_only_a_full_width_space_between_keys_or_items_is_named_on_its_line(place, blank):
    """Typed by the IME between two items or keys, it looks like an empty line, but YAML reads it as text, a key
    without its colon: it was said as a missing ":" at the key below, the one line that has nothing wrong."""
    path, number = place
    lines = list(EXAMPLES[path])
    lines.insert(number - 1, " " * (len(lines[number - 1]) - len(lines[number - 1].lstrip(" "))) + blank)
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.code, problem.line) == ("YAML-SYNTAX", number)
    assert "看起来是空行" in problem.message and AS_TEXT in problem.message and "缺少" not in problem.message


@pytest.mark.parametrize(
    "text, lines",
    [
        ("form: x\nyear: 2023\n\u3000\nunit: 某\n\u3000\nbudget:\n  basic: 1\n  \u3000\n  project: 2\n", [(3, 1), (5, 1), (8, 3)]),
        ("form: x\ngoal: |\n  甲\n\u3000\n  乙\nunit: 某\n", [(4, 1)]),  # no blank line in the block: its end
        ("form: x\nunit: 某\n\u00a0\nyear: 1\n", [(3, 1)]),  # a no-break space pasted from Word
        # The paragraphs below it, indented as Chinese text is after the block's own indent, are still its text: they
        # were told 缩进里有全角空格, the clerk's paragraph indent taken for a slip.
        ("form: x\ngoal: |\n  \u3000\u3000甲\n\u3000\u3000\n  \u3000\u3000乙\n  \u3000\u3000丙\nunit: 某\n", [(4, 1)]),
        ("key_tasks:\n  - name: 甲\n    goal: |\n      \u3000\u3000一\n\u3000\n      \u3000\u3000二\n    amount: 1\n", [(5, 1)]),
    ],
)
def test_every_line_of_only_an_odd_space_is_named(text, lines):
    problems = load_text("s.yaml", text).problems
    assert [(problem.line, problem.column) for problem in problems] == lines
    assert all("看起来是空行" in problem.message and "请删掉它" in problem.message for problem in problems)


def test_a_full_width_indent_and_a_full_width_blank_line_say_the_same_of_the_space():
    indent = load_text("s.yaml", "form: x\nbudget:\n\u3000basic: 1\n  project: 2\n").problems
    blank = load_text("s.yaml", "form: x\nbudget:\n  basic: 1\n\u3000\n  project: 2\n").problems
    assert all(AS_TEXT in problem.message for problem in [*indent, *blank]) and indent and blank


# A list item's first line, `- key: …`, at any depth; and dashes an IME types in place of "- ".
ITEM_LINES = [(path, number) for path, lines in EXAMPLES.items()
              for number, text in enumerate(lines, 1) if re.match(r" *- [a-z_]+:", text)]
# `-\u00a0` and `-\u200b` pasted from Word or a web page: was "此处不能出现“: ”" on the item's next line.
DASHES = ["－ ", "－", "— ", "——", "– ", "-", "-\u3000", "-\u00a0", "-\u200b"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ITEM_LINES), st.sampled_from(DASHES))
def test_a_list_item_begun_without_a_plain_dash_and_space_is_named_on_its_line(place, dash):
    path, number = place
    lines = list(EXAMPLES[path])
    indent, rest = lines[number - 1].split("- ", 1)
    lines[number - 1] = indent + dash + rest
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number, len(indent) + 1)
    assert "列表的每一项要以英文减号加一个半角空格“- ”开头" in problem.message
    assert f"请用英文输入法写成“- {rest.split(':')[0]}: …”" in problem.message


# A list item's first line with a field of the item right under it, at the column its "- " puts the key at.
ITEMS_WITH_FIELDS = [(path, number) for path, number in ITEM_LINES if number < len(EXAMPLES[path])
                     and re.match(rf" {{{EXAMPLES[path][number - 1].index('-') + 2}}}[a-z_]+:", EXAMPLES[path][number])]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ITEMS_WITH_FIELDS), st.sampled_from([1, 2]))
def test_spaces_typed_too_many_after_an_item_s_dash_are_named_on_the_dash_line(place, extra):
    """`-  name: 甲` over `  content: 乙` lined up with "- name": was "“content”比上一行的“name”少缩进了 1 格" on the next
    line, sending the author to move each of the item's other lines, the spaces after the dash never named."""
    path, number = place
    lines = list(EXAMPLES[path])
    indent, rest = lines[number - 1].split("- ", 1)
    lines[number - 1] = f"{indent}-{' ' * (1 + extra)}{rest}"
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number, len(indent) + 3)
    key = rest.split(":")[0]
    assert f"“-”后面多了 {extra} 个空格" in problem.message
    assert problem.message.endswith(f"请删掉“-”后面多的 {extra} 个空格，写成“- {key}: …”")


def test_spaces_after_an_item_s_dash_matched_by_the_item_s_fields_read_as_typed():
    """What wide_dash_gap tells is a slip only where the fields below stand left of the key: lined up with it, YAML
    reads the item."""
    assert load_text("s.yaml", "tasks:\n  -  name: 甲\n     amount: 1\n").data == {"tasks": [{"name": "甲", "amount": 1}]}


# A key line whose value could be quoted: not a `|` or `>` block.
QUOTABLE = [(path, number) for path, number in SLIPPABLE
            if KEY_LINE.match(EXAMPLES[path][number - 1])["value"][0] not in "|>#"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(QUOTABLE), st.sampled_from(['"', "'"]))
def test_a_quote_left_open_is_reported_where_it_opens(place, quote):
    """The quoted value runs on to the next quote, often many lines below; the slip is where it opens."""
    path, number = place
    lines = list(EXAMPLES[path])
    m = KEY_LINE.match(lines[number - 1])
    value = m["value"]
    if value[0] in "\"'":  # already quoted: its closing quote is the one forgotten
        quote = value[0]
        value = value[1:].replace(quote, "", 1)
    lead = m["indent"] + (m["dash"] or "")
    lines[number - 1] = f"{lead}{m['key']}: {quote}{value}"
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number, len(lead) + len(m["key"]) + 3)
    name = "双引号" if quote == '"' else "单引号"
    assert f"引号没有闭合：“{m['key']}”" in problem.message  # the field named: was "这一行的值"
    assert f"的值以{name}“{quote}”开始，但行尾没有对应的结尾{name}" in problem.message


def test_the_scan_for_quotes_left_open_stops_where_brackets_nest_deeper_than_a_spec_may(monkeypatch):
    """The scanner's time grows with the square of the brackets' depth: a line of 20,000 `[` after a quoted value
    took every command 15 seconds to report. Counted in tokens, not timed."""
    from ruamel.yaml import YAML

    from generator.load import MAX_DEPTH
    from generator.quote_slips import run_on_quotes

    scanned, scan = [], YAML.scan
    monkeypatch.setattr(YAML, "scan", lambda self, text: (scanned.append(token) or token for token in scan(self, text)))
    assert not list(run_on_quotes('unit: "甲"' + "[" * 1000 + "\nyear: 2023\n"))
    assert len(scanned) <= MAX_DEPTH + 8


# Plain values, to begin with a quoted or bracketed word as `"十四五"开局之年` does.
PLAIN = [(path, number) for path, number in QUOTABLE if KEY_LINE.match(EXAMPLES[path][number - 1])["value"][0] not in "\"'[{"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(PLAIN), st.sampled_from(['"十四五"', "'A'", "[重点]", "{重点}", '"十四五" ']))
def test_a_value_begun_with_a_quoted_or_bracketed_word_is_named_where_it_opens(place, opened):
    """YAML took the quoted or bracketed word for the value and reported the text after it as an indentation error."""
    path, number = place
    lines = list(EXAMPLES[path])
    m = KEY_LINE.match(lines[number - 1])
    lead = m["indent"] + (m["dash"] or "")
    lines[number - 1] = f"{lead}{m['key']}: {opened}{m['value']}"
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number, len(lead) + len(m["key"]) + 3)
    assert "后面又接着写了文字；请给整个值加上引号" in problem.message and "缩进" not in problem.message
    quote = "'" if '"' in opened + m["value"] else '"'  # single quotes for a text holding a `"`, as fmt writes it
    fixed = opened.strip().replace("'", "''") if quote == "'" else opened.strip()
    assert f'写成：{lead}{m["key"]}: {quote}{fixed}' in problem.message


def _with_value(text: str) -> bool:
    m = KEY_LINE.match(text)
    return bool(m) and m["value"][0] not in "|>#"


def _lead(text: str) -> int:
    m = KEY_LINE.match(text)
    return len(m["indent"]) + len(m["dash"] or "")


def _block_lines(lines: list[str]):
    """(line, first-line indent) of each `|`/`>` block's lines after its first, which a paste may leave unindented."""
    for header, text in enumerate(lines, 1):
        if re.match(r" *(- )?[a-z_]+: [|>]", text):
            body = []
            for number in range(header + 1, len(lines) + 1):
                if lines[number - 1].strip() and len(lines[number - 1]) - len(lines[number - 1].lstrip()) <= _lead(text):
                    break
                body += [number] if lines[number - 1].strip() else []
            first = len(lines[body[0] - 1]) - len(lines[body[0] - 1].lstrip())
            yield from ((number, first) for number in body[1:])


BLOCK_LINES = [(path, number, first) for path, lines in EXAMPLES.items() for number, first in _block_lines(lines)]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(BLOCK_LINES), st.booleans())
def test_a_block_line_that_lost_its_indent_is_named_not_the_key_below(place, flush):
    """It was "缺少“:”" at the next key, lines below, or "缩进不一致" with nothing said of the block."""
    path, number, first = place
    lines = list(EXAMPLES[path])
    indent = 0 if flush else first - 1
    lines[number - 1] = " " * indent + lines[number - 1].lstrip()
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number, indent + 1)
    assert "块里的每一行都要比“" in problem.message and f"请在行首补上 {first - indent} 个空格" in problem.message


# A key line under a key line that has its value on it, at the same depth or deeper (a list's first key).
UNDER_A_VALUE = [(path, number) for path, lines in EXAMPLES.items() for number in range(2, len(lines) + 1)
                 if KEY_LINE.match(lines[number - 1]) and _with_value(lines[number - 2])
                 and _lead(lines[number - 1]) >= _lead(lines[number - 2])]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(UNDER_A_VALUE))
def test_a_key_indented_one_space_too_deep_is_named_with_the_key_above(place):
    path, number = place
    lines = list(EXAMPLES[path])
    key, above = KEY_LINE.match(lines[number - 1])["key"], KEY_LINE.match(lines[number - 2])["key"]
    dash = KEY_LINE.match(lines[number - 1])["dash"]
    lines[number - 1] = " " + lines[number - 1]
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert problem.line == number
    if dash:  # a list item: its dash is what stands off the items above
        assert "缩进不对：这一项开头的“-”比上面一项的“-”多缩进了 1 格" in problem.message
    else:
        assert f"缩进不对：“{key}”比上一行的“{above}”多缩进了" in problem.message


# A key line under a key line at the same depth, neither a list item's first (a sibling in the same mapping).
SIBLINGS = [(path, number) for path, lines in EXAMPLES.items() for number in range(2, len(lines) + 1)
            if KEY_LINE.match(lines[number - 1]) and KEY_LINE.match(lines[number - 2])
            and not KEY_LINE.match(lines[number - 1])["dash"] and _lead(lines[number - 1]) == _lead(lines[number - 2]) > 0]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SIBLINGS), st.booleans())
def test_a_key_indented_too_little_is_named_with_the_key_above(place, flush):
    """One space short it was "缩进不一致：这一行的缩进与上面同一层级的行不对齐", naming neither key nor the spaces;
    flush left, the key *below* was said to be indented too deep."""
    path, number = place
    lines = list(EXAMPLES[path])
    key, above = KEY_LINE.match(lines[number - 1])["key"], KEY_LINE.match(lines[number - 2])["key"]
    below = lines[number] if number < len(lines) else ""
    flush = flush and bool(KEY_LINE.match(below)) and _lead(below) == _lead(lines[number - 1])
    # (flush left before a line less indented, it is as likely that the line below is indented too deep)
    short = _lead(lines[number - 1]) if flush else 1
    lines[number - 1] = lines[number - 1][short:]
    problems = load_text(path.name, "\n".join(lines) + "\n").problems
    if flush and not problems:
        return  # the key became a field of the level above, which only the schema can object to
    [problem] = problems
    assert problem.line == number
    assert f"缩进不对：“{key}”比上一行的“{above}”少缩进了 {short} 格" in problem.message


# The first key of a mapping (after its holder `budget:`, or the file's first) that two keys of it follow at one column.
FIRST_KEYS = [(path, number) for path, lines in EXAMPLES.items() for number in range(2, len(lines) - 1)
              if KEY_LINE.match(lines[number - 1]) and not KEY_LINE.match(lines[number - 1])["dash"]
              and re.match(r" *[a-z_]+:( *#.*)?$", lines[number - 2])
              and len(lines[number - 2]) - len(lines[number - 2].lstrip()) < _lead(lines[number - 1])
              and all(KEY_LINE.match(lines[below]) and _lead(lines[below]) == _lead(lines[number - 1])
                      for below in (number, number + 1))]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FIRST_KEYS), st.sampled_from([-1, 1]))
def test_a_first_key_out_of_line_with_the_keys_below_is_the_one_named(place, shift):
    """It was the second key that was said to be indented too deep or too little, which is where the author went."""
    path, number = place
    lines = list(EXAMPLES[path])
    key, below = KEY_LINE.match(lines[number - 1])["key"], KEY_LINE.match(lines[number])["key"]
    lines[number - 1] = lines[number - 1][1:] if shift < 0 else " " + lines[number - 1]
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number, _lead(lines[number - 1]) + 1)
    assert f"缩进不对：“{key}”" in problem.message
    assert f"比下一行的“{below}”" in problem.message and f"{'多' if shift > 0 else '少'}缩进了 1 格" in problem.message


@pytest.mark.parametrize("broken, column", [("organization: [台办机关内设机构8个", 15), (" organization: 台办", 2),
                                            ("organization: - 台办", 15)])
def test_a_line_of_block_text_is_never_read_as_a_key(broken, column):
    """`  target: >=95% 的满意度` in the `functions: |` block above the slip was said to be a value begun with `>`
    (or the key `organization` was said to be out of line with it), which sent the author into good text."""
    lines = (ROOT / "specs" / "jiangsu-taiban-2024.yaml").read_text(encoding="utf-8").splitlines()
    number = next(number for number, content in enumerate(lines, 1) if content.startswith("organization:"))
    lines[number - 1:number] = ["  target: >=95% 的满意度", broken]
    [problem] = load_text("x.yaml", "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (number + 1, column)
    assert "target" not in problem.message, problem.message


@pytest.mark.parametrize("path", SPECS, ids=lambda path: path.stem)
def test_the_keys_below_a_first_key_in_its_place_are_the_ones_named(path):
    """The second and third keys of a spec indented two spaces too deep: the first key, flush as the top level is,
    was said to be indented two spaces too little."""
    lines = list(EXAMPLES[path])
    first = next(number for number, content in enumerate(lines, 1) if KEY_LINE.match(content))
    second = KEY_LINE.match(lines[first])["key"]
    lines[first:first + 2] = ["  " + content for content in lines[first:first + 2]]
    [problem] = load_text(path.name, "\n".join(lines) + "\n").problems
    assert (problem.line, problem.column) == (first + 1, 3)
    assert f"缩进不对：“{second}”" in problem.message and "多缩进了 2 格" in problem.message, problem.message


@pytest.mark.parametrize(
    "text, line, column, words",
    [
        ("form: x\nyear：2023\nunit: 某单位\n", 2, 5, "“year”后面是中文冒号“：”；请改成英文冒号加一个空格"),
        ("form: x\nbudget:\n  basic：1.00\n  project: 2\n", 3, 8, "“basic”后面是中文冒号"),
        ("form: x\nunit:某单位\nyear: 2023\n", 2, 6, "“unit:”的冒号后面少了一个空格；请写成“unit: …”"),
        # Said with where the line goes, as a tab is, in half-width spaces: was only "缩进请只用半角空格", how many left to guess.
        ("form: x\nbudget:\n\u3000basic: 1\n  project: 2\n", 3, 1, "缩进里有全角空格（中文输入法的空格），YAML 把它读作文字，"
         "不是空白；缩进请只用半角空格：这一行是“basic”，请把行首的全角空格改成 2 个半角空格，使它从第 3 列开始，比第 2 行的“budget”多缩进 2 格"),
        ("indicators:\n  - level1: 甲\n\u3000\u3000level2: 乙\n", 3, 1, "请把行首的全角空格改成 4 个半角空格，使它从第 5 列开始，与第 2 行的“level1”左端对齐"),
        # A block's text short of its half-width indent before a paragraph's 　　: was told to turn both into 4
        # half-width spaces, the paragraph's indent lost; the spaces missing are the slip.
        ("goal: |\n    \u3000\u3000一\n  \u3000\u3000二\n", 3, 3, "这一行是“goal”的“|”块里的文字，行首却只有 2 个半角空格，比块里的文字少 "
         "2 个（全角空格 YAML 不算作缩进），读到这一行就当“|”块已经结束；请在行首再加 2 个半角空格，与第 2 行左端对齐，后面的全角空格留作段首缩进"),
        ("key_tasks:\n  - name: 甲\n    goal: |\n  \u3000\u3000一\n", 4, 3, "行首却只有 2 个半角空格，比块里的文字少 4 个"
         "（全角空格 YAML 不算作缩进），读到这一行就当“|”块已经结束；请在行首再加 4 个半角空格，比第 3 行的“goal”多缩进 2 格"),
        ("form: x\nbudget:\n\u00a0\u00a0basic: 1\n  project: 2\n", 3, 1, "缩进里有不换行空格（从网页或 Word 粘贴来的，看起来和空格一样），"
         "YAML 把它读作文字，不是空白；缩进请只用半角空格：这一行是“basic”，请把行首的不换行空格改成 2 个半角空格"),
        ("tasks:\n- name：甲\n  amount: 1\n", 2, 7, "“name”后面是中文冒号"),
        # A key in quotes, as YAML takes one: was "缺少“:”" on the line below.
        ('form: x\n"year"：2023\nunit: 某单位\n', 2, 7, "“year”后面是中文冒号“：”；请改成英文冒号加一个空格，写成“year: …”"),
        # ... and after its colon: was "缺少“:”" on the line below, as the three above.
        ('form: x\n"unit":某单位\nyear: 2023\n', 2, 8, "“unit:”的冒号后面少了一个空格；请写成“unit: …”"),
        ("form: x\n'unit':\u3000某单位\nyear: 2023\n", 2, 8, "“unit:”的冒号后面是全角空格（中文输入法的空格）；请改成半角空格"),
        ('form: x\n"unit":\u00a0某单位\nyear: 2023\n', 2, 8, "“unit:”的冒号后面是一个不换行空格"),
        # Blanks before the colon, which YAML takes (`unit : 甲` reads): was "“unit”后面少了英文冒号", the colon there.
        ("form: x\nunit :某单位\nyear: 2023\n", 2, 7, "“unit:”的冒号后面少了一个空格；请写成“unit: …”"),
        ('form: x\n"unit" :某单位\nyear: 2023\n', 2, 9, "“unit:”的冒号后面少了一个空格；请写成“unit: …”"),
        ("form: x\nunit :\u3000某单位\nyear: 2023\n", 2, 7, "“unit:”的冒号后面是全角空格（中文输入法的空格）"),
        ("form: x\nunit\u3000：某单位\nyear: 2023\n", 2, 6, "“unit”后面是中文冒号“：”；请改成英文冒号加一个空格，写成“unit: …”"),
        ("budget:\n  other_funds : -\n  special: 1\n", 2, 17, "“other_funds”的值只写了一个“-”，YAML 把它当作列表的开始"),
        ("- level1: 产出指标\n  annual_value : >=95%\n", 2, 18, "写成：  annual_value : \">=95%\""),
        ("- level1: 产出指标\n  name : 甲: 乙\n", 2, 11, "“name”的值里有“: ”（英文冒号加空格）"),
        ('form: x\nunit : "甲"乙\nyear: 2023\n', 2, 8, "“unit”的值以双引号开头，后面又接着写了文字；请给整个值加上引号，写成：unit : '\"甲\"乙'"),
        ("- level1: 产出指标\n   level2: 数量指标\n", 2, 4, "“level2”比上一行的“level1”多缩进了 1 格"),
        ("budget:\n  basic: 1\n  # 注释\n    project: 2\n", 4, 5, "“project”比上一行的“basic”多缩进了 2 格"),
        ("budget:\n  basic: 1\n project: 2\n  fiscal: 3\n", 3, 2, "“project”比上一行的“basic”少缩进了 1 格"),
        # A paper form's mark for an empty cell: was "此处不能开始列表（-）：请检查缩进；…给整个值加上双引号".
        ("budget:\n  other_funds: -\n  special: 1\n", 2, 16, "“other_funds”的值只写了一个“-”，YAML 把它当作列表的开始；"
         "表上这一格要空着时，金额写 null，文字写 \"\"（一对英文双引号）；要印出“-”请加上双引号，写成“other_funds: \"-\"”"),
        ("other_tasks: -  # 无\nunit: x\n", 1, 14, "“other_tasks”的值只写了一个“-”"),
        # A comparator typed as `>=` without the ≥ key: was "“|”“>”表示多行文字…" with no line to type.
        ("- level1: 产出指标\n  annual_value: >=95%  # 注\n", 2, 17,
         "“annual_value”的值以“>”开头，YAML 把“>”读成多行文字的开始；这是文字内容（如比较符“>=”“>”），"
         "请给整个值加上英文双引号，写成：  annual_value: \">=95%\"  # 注"),
        ("- level1: 产出指标\n  name: |重点|活动\n", 2, 9, "请给整个值加上英文双引号，写成：  name: \"|重点|活动\""),
        # Blanks at the line's end and a tab before a comment were kept inside the quotes.
        ("- level1: 产出指标\n  annual_value: >=95%   \n", 2, 17, "写成：  annual_value: \">=95%\""),
        ("- level1: 产出指标\n  annual_value: >=95%\t# 注释\n", 2, 17, "写成：  annual_value: \">=95%\"\t# 注释"),
        # A blank after the `>`: was the general "“|”“>”表示多行文字，其后应直接换行".
        ("- level1: 产出指标\n  annual_value: > 95%\n", 2, 17, "“annual_value”的值以“>”开头"),
        # A `"` inside: the words said double quotes beside the value shown in single.
        ("- level1: 产出指标\n  name: |\"十四五\"完成\n", 2, 9, "请给整个值加上英文单引号，写成：  name: '|\"十四五\"完成'"),
        ("budget:\n  basic: 1\nproject: 2\n  fiscal: 3\n", 3, 1, "“project”比上一行的“basic”少缩进了 2 格"),
        # The first key of a mapping out of line with the keys below it: the second key was said to be off, and
        # moving it as told only moved the error down the mapping.
        ("budget:\n basic: 1\n  project: 2\n  fiscal: 3\n", 2, 2, "“basic”比下一行的“project”少缩进了 1 格"),
        ("budget:\n   basic: 1\n  project: 2\n  fiscal: 3\n", 2, 4, "“basic”比下一行的“project”多缩进了 1 格"),
        ("budget:\nbasic: 1\n  project: 2\n  fiscal: 3\n", 2, 1, "“basic”比下一行的“project”少缩进了 2 格"),
        ("# 注释\n form: x\nyear: 2023\nunit: 某单位\n", 2, 2, "“form”比下一行的“year”多缩进了 1 格"),
        # A first key where its mapping goes (two spaces under its holder, flush at the top) with the keys below it too
        # deep is not the slip: it was said to be indented too little.
        ("budget:\n  basic: 1\n    project: 2\n    fiscal: 3\n  other_funds: 4\n", 3, 5, "“project”比上一行的“basic”多缩进了 2 格"),
        ("form: x\n  year: 2023\n  unit: 某单位\n", 2, 3, "“year”比上一行的“form”多缩进了 2 格"),
        # Neither where fmt puts it: as many keys of the mapping stand with the first key as with the second.
        ("budget:\n    basic: 1\n      project: 2\n      fiscal: 3\n    other_funds: 4\n", 3, 7,
         "“project”比上一行的“basic”多缩进了 2 格"),
        # A first key with a mapping of its own under it: the next key of its level was said to be off.
        ("expenditure:\n basic:\n    half_year: 1\n    annual: 2\n  project:\n    half_year: 1\n", 2, 2,
         "“basic”比第 5 行的“project”少缩进了 1 格"),
        ("expenditure:\n   basic:\n     half_year: 1\n     annual: 2\n  project:\n    half_year: 1\n", 2, 4,
         "“basic”比第 5 行的“project”多缩进了 1 格"),
        # A key too deep after a nested mapping: was said against the nested field above it (少缩进), without its name.
        ("expenditure:\n  basic:\n      half_year: 1\n      annual: 2\n    project:\n      half_year: 1\n", 5, 5,
         "“project”比第 2 行的“basic”多缩进了 2 格"),
        ("- level1: 产出指标\nlevel2: 数量指标\n  name: 甲\n", 2, 1, "“level2”比上一行的“level1”少缩进了 2 格"),
        ("- level1: 产出指标\n  level2: 数量指标\n name: 甲\n", 3, 2, "“name”比上一行的“level2”少缩进了 1 格"),
        # A key of the level above after a nested mapping ended: the line below it is the one indented too deep.
        ("indicators:\n- level1: 甲\n  name: 乙\nother: 1\n  foo: 2\n", 5, 3, "“foo”比上一行的“other”多缩进了 2 格"),
        # An item's dash off the column of the dash above: was said of its key, sending the author between dash and key.
        ("indicators:\n- level1: 甲\n  name: 乙\n - level1: 丙\n  name: 丁\n", 4, 2,
         "缩进不对：这一项开头的“-”比上面一项的“-”多缩进了 1 格；同一个列表的各项，“-”要上下对齐"),
        ("indicators:\n  - level1: 甲\n    name: 乙\n - level1: 丙\n   name: 丁\n", 4, 2,
         "这一项开头的“-”比上面一项的“-”少缩进了 1 格"),  # was "缩进不一致：这一行的缩进与上面同一层级的行不对齐"
        ("indicators:\n  - level1: 甲\n    name: 乙\n- level1: 丙\n  name: 丁\nyear: 1\n", 4, 1,
         "这一项开头的“-”比上面一项的“-”少缩进了 2 格"),  # at its key's column: was "缩进不一致"
        ("indicators:\n- level1: 甲\n  name: 乙\n  - level1: 丙\n    name: 丁\n", 4, 3,
         "这一项开头的“-”比上面一项的“-”多缩进了 2 格"),  # lists flush under their key (earlier jixiao's layout)
        # A new item copied from the one above without its dash: was blamed on the next line's indentation.
        ("indicators:\n- level1: 产出指标\n  name: 甲\nlevel1: 产出指标\n  name: 乙\n", 4, 1,
         "“level1”这一行开始“indicators”的又一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；请在这一行开头加上“- ”，这一行写成：- level1: 产出指标"),
        ("key_tasks:\n- name: 甲\n  goal: |\n    一、目标。\nname: 乙\n  amount: 1\n", 5, 1,
         "“name”这一行开始“key_tasks”的又一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；请在这一行开头加上“- ”，这一行写成：- name: 乙"),
        # The same in a list indented under its key, and in a list of texts: was “缩进不一致”, or “缺少“:”” a line below.
        ("indicators:\n  - level1: 产出指标\n    name: 甲\n  level1: 产出指标\n    name: 乙\n", 4, 3,
         "“level1”这一行开始“indicators”的又一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；请在这一行开头加上“- ”，这一行写成：  - level1: 产出指标"),
        # The list's first item without its dash, where no form says the key holds a list: the next item says so.
        ("key_tasks:\n  name: 甲\n    goal: 乙\n  - name: 丙\n", 2, 3,
         "“name”这一行是“key_tasks”的第一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；请在这一行开头加上“- ”，这一行写成：  - name: 甲"),
        ("tasks:\nname: 甲\ngoal: |\n  乙\n- name: 丙\n", 2, 1, "第 3–4 行（goal）也再多缩进 2 格，与“name”左端对齐，这一行写成：- name: 甲"),
        ("key_tasks:\n  - name: 甲\n  name: 乙  # 新增\n", 3, 3,
         "“name”这一行像是列表的新一项，却少了开头的“- ”；请在这一行开头加上“- ”，写成：  - name: 乙  # 新增"),
        # Another field of the item, two spaces short: was read as a new item without its dash ("  - period_value: …").
        ("indicators:\n  - level1: 产出指标\n    name: 甲\n  period_value: 1\n    annual_value: 1\n", 4, 3,
         "缩进不对：“period_value”比上一行的“name”少缩进了 2 格；同一层的字段要左端对齐"),
        ("key_tasks:\n  - name: 甲\n    goal: 乙\n  amount: 1\n", 4, 3, "“amount”比上一行的“goal”少缩进了 2 格"),
        # A new item whose dash was typed over with spaces parses (a key written twice): the line below is the slip.
        ("key_tasks:\n  - name: 甲\n    name: 乙\n   amount: 1\n", 4, 4, "“amount”比上一行的“name”少缩进了 1 格"),
        ("tasks:\n- 按时完成\n- 质量达标\n群众满意\nyear: 2023\n", 4, 1,
         "“群众满意”这一行像是列表的新一项，却少了开头的“- ”；请在这一行开头加上“- ”，写成：- 群众满意"),
        ("tasks:\n  - 按时完成\n  群众满意\nyear: 2023\n", 3, 3,
         "“群众满意”这一行像是列表的新一项，却少了开头的“- ”；请在这一行开头加上“- ”，写成：  - 群众满意"),
        ("form: x\nbudget:\n  basic: 1\n\u3000project: 2\n", 4, 1,  # parses, key "　project"
         "缩进里有全角空格（中文输入法的空格），YAML 把它读作文字，不是空白；缩进请只用半角空格：这一行是“project”，"
         "请把行首的全角空格改成 2 个半角空格，使它从第 3 列开始，与第 3 行的“basic”左端对齐"),
        ("form: x\nunit:\u3000某单位\nyear: 2023\n", 2, 6, "“unit:”的冒号后面是全角空格（中文输入法的空格）；请改成半角空格"),
        # Pasted from Word or a web page: YAML takes neither for a space, and `\s` matches the first.
        ("form: x\nunit:\u00a0某单位\nyear: 2023\n", 2, 6, "“unit:”的冒号后面是一个不换行空格（从网页或 Word 粘贴来的"),
        ("form: x\nbudget:\n  basic:\u00a0 610.85\n  project: 2\n", 3, 9, "请删掉它，换成普通空格，写成“basic: …”"),
        ("form: x\nunit:\u200b某单位\nyear: 2023\n", 2, 6, "“unit:”的冒号后面是一个看不见的零宽字符"),
        ("indicators:\n－ level1: 产出指标\n  level2: 数量指标\n", 2, 1, "这里写成了“－ level1”（“－”不是英文减号）"),
        ("indicators:\n-level1: 产出指标\n  level2: 数量指标\n", 2, 1, "这里写成了“-level1”（减号后面少了一个空格）"),
        ("tasks:\n  —— name: 甲\n    amount: 1\n", 2, 3, "（“——”不是英文减号）；请用英文输入法写成“- name: …”"),
        ("tasks:\n  -\u00a0name: 甲\n    amount: 1\n", 2, 3, "（减号后面是从网页或 Word 粘贴来的不换行空格）；请用英文输入法写成“- name: …”"),
        ("tasks:\n  -\u200bname: 甲\n    amount: 1\n", 2, 3, "（减号后面是从网页或 Word 粘贴来的零宽字符）"),
        # Spaces after a dash that the item's next field does not stand under: was said of that field, on its line.
        ("tasks:\n  -  name: 甲\n    amount: 1\n", 2, 5, "缩进不对：“-”后面多了 1 个空格：YAML 以“-”后面的“name”为准对齐"
         "这一项的字段，第 3 行的“amount”就比它少缩进了 1 格；请删掉“-”后面多的 1 个空格，写成“- name: …”"),
        ("tasks:\n-    name: 甲\n    # 注\n   amount: 1\n", 2, 4, "“-”后面多了 2 个空格：YAML 以“-”后面的“name”为准对齐这一项的字段，"
         "第 4 行的“amount”就比它少缩进了 2 格；请删掉“-”后面多的 2 个空格"),
        # A field no further right than the dash, or just after it: no number of spaces after the dash fits it.
        ("tasks:\n  -  name: 甲\n   amount: 1\n", 3, 4, "“amount”比上一行的“name”少缩进了 2 格"),
        # Spaces after the dash the file shows were meant: another item's fields, or this item's other fields, stand under
        # its key; the short field is the slip (was said as spaces to delete on the dash line).
        ("indicators:\n  -  level1: 甲\n     level2: 乙\n  -  level1: 丙\n    level2: 丁\n", 5, 5,
         "“level2”比上一行的“level1”少缩进了 1 格"),
        ("tasks:\n  -  name: 甲\n    amount: 1\n     note: 乙\n", 3, 5, "“amount”比上一行的“name”少缩进了 1 格"),
        # ... but not a line nested under a field typed short with the rest (`total:` under `budget:`).
        ("projects:\n  -   name: 甲\n    budget:\n      total: 1\n    purpose: 乙\n", 2, 5, "“-”后面多了 2 个空格"),
        # Word's bullet pasted before a key: told as a line of text is (dashless_items), one set of marks for both.
        ("tasks:\n  • name: 甲\n    amount: 1\n", 2, 3, "这里写成了“• name”（“•”不是英文减号）；请用英文输入法写成“- name: …”"),
        # A line break pasted from Word: the parser trips at the next key and asks for a colon there.
        ("- level1: 产出指标\n  name: 档案整理\n完成率\n  value: 1\n", 3, 1, "“完成率”这一行既不是“键: 值”，也不是列表的一项，像是上一行“name”"),
        ("- level1: 产出指标\n  name: 档案整理\n  完成率\n  value: 1\n", 3, 3, "像是上一行“name”的内容被换行断开了"),
        ("overall_target: 甲乙丙，\n丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天干地支。\nkey_tasks: []\n", 2, 1,
         "“丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天…”这一行"),
        ("- level1: 产出指标\n  level2: 数量指标\n\u00a0 name: 甲\n  value: 1\n", 3, 1, "缩进里有不换行空格（从网页或 Word 粘贴来的"),
        # A key without its colon was "join this line to the line above", or blamed on the line below.
        ("form: x\nyear: 2023\nunit 某单位\nbudget: {}\n", 3, 5, "“unit”后面少了英文冒号；请写成“unit: …”"),  # a schema's key
        ("form: x\nkey_tasks\n- name: 甲\n", 2, 10, "“key_tasks”后面少了英文冒号；请写成“key_tasks:”"),
        ("budget:\n  basic 610.85\n  project: 78.56\n", 2, 8, "“basic”后面少了英文冒号"),
        ("- level1: 产出指标\n  level2: 数量指标\n- level1 产出指标\n  level2: 时效指标\n", 3, 9, "“level1”后面少了英文冒号"),
        ("- level1: 效益指标\n  annual_value \"98%以上\"\n- level1: 效益指标\n", 2, 15, "请写成“annual_value: …”"),
        ("- foo_bar: 甲\n  baz_qux: 乙\n- foo_bar 丙\n  baz_qux: 丁\n", 3, 10, "“foo_bar”后面少了英文冒号"),  # the file's key
        ("- level1: 产出指标\n  name: 档案整理\n  app 推广完成率\n  value: 1\n", 3, 3, "像是上一行“name”的内容被换行断开了"),
        # A quoted or bracketed word with text after it was "缩进不一致".
        ('overall_target: "十四五"开局之年，以习近平新时代中国特色社会主义思想为指导\nkey_tasks: []\n', 1, 17,
         # In single quotes, as fmt writes a text holding a `"`: was shortened, in Chinese quotes ("“十四五”开局之年，以习…").
         "值以双引号开头，后面又接着写了文字；请给整个值加上引号，写成：overall_target: '\"十四五\"开局之年，以习近平新时代中国特色社会主义思想为指导'"),
        ("- level1: 产出指标\n  name: [重点]举办活动场次\n  value: 1\n", 2, 9,
         '值以方括号“[”开头（YAML 把方括号读成列表），后面又接着写了文字；请给整个值加上引号，写成：  name: "[重点]举办活动场次"'),
        ("- level1: 产出指标\n  name: {重点}举办活动\n", 2, 9, '值以花括号“{”开头（YAML 把花括号读成一组字段）'),
        # A full-width ＃ comment after the quotes, warned of as a ＃ unquoted (TEXT-COMMENT): was told to quote it all.
        ('- level1: 产出指标\n  period_value: "100%" ＃ 注\n', 2, 24,
         '“period_value”的值 "100%" 后面的“＃ 注”不是注释；这里的“＃”是全角字符，如果是注释请改成半角 #，写成：  period_value: "100%" # 注'),
        # A full-width space before the ＃ parts no comment either: the line given kept it, and failed again.
        ('- level1: 产出指标\n  period_value: "100%"\u3000＃ 注\n', 2, 24, '写成：  period_value: "100%" # 注'),
        # A list item's text the same: was "缩进不一致".
        ('list:\n- "2022 年度。"\u3000＃ 注\n', 2, 14, '这一项的值 "2022 年度。" 后面的“＃ 注”不是注释；'
         '这里的“＃”是全角字符，如果是注释请改成半角 #，写成：- "2022 年度。" # 注'),
        ('list:\n  - "十四五"开局之年\n', 2, 5, "请给整个值加上引号，写成：  - '\"十四五\"开局之年'"),
        # Only an input method's space after the quotes: was told to quote it all, `'"2022 年度。"　'`, the quotes and the
        # space kept in the value (TEXT-INVISIBLE a round later), as no tab after it (`"…"　<Tab>`) was.
        ('unit: "2022 年度。"\u3000\n', 1, 17, '“unit”的值 "2022 年度。" 后面有全角空格；请删掉，写成：unit: "2022 年度。"'),
        ("list:\n- '2022 年度。'\u00a0 \u3000 # 注\n", 2, 13,
         "这一项的值 '2022 年度。' 后面有不换行空格和全角空格；请删掉，写成：- '2022 年度。' # 注"),
        ("- content: 'A'级示范单位创建\n  amount: 1\n", 1, 12, '值以单引号开头，后面又接着写了文字；请给整个值加上引号，写成：- content: "\'A\'级示范单位创建"'),
        ("unit: '台联''s'之家  # 注释\n", 1, 7, '写成：unit: "\'台联\'\'s\'之家"  # 注释'),  # '' is a quote inside, not the close; the comment kept
        ('unit: "甲"乙"丙"丁\n', 1, 7, '写成：unit: \'"甲"乙"丙"丁\''),
        # Quotes inside quotes: the outer pair was meant, and was “写成：name: "“关于”十四五“规划”"”, quotes printed.
        ('- name: "关于"十四五"规划"  # 文件名\n  amount: 1\n', 1, 9,
         "值两头的英文双引号里面又写了英文双引号，YAML 读到第二个双引号就以为值结束了；"
         "请写成：- name: 关于\"十四五\"规划  # 文件名（或把里面的改成中文引号，写成：- name: 关于“十四五”规划  # 文件名）"),
        # A quote closed with the IME on, or not at all: the whole line as it should be.
        ('unit: "某单位”\nyear: 2023\n', 1, 7, '引号没有闭合：“unit”的值以双引号“"”开始，但行尾没有对应的结尾双引号，'
         '结尾的“””是中文引号，YAML 不认；请把它改成英文的“"”，写成：unit: "某单位"'),
        ("unit: '某单位’\nyear: 2023\n", 1, 7, "结尾的“’”是中文引号，YAML 不认；请把它改成英文的“'”，写成：unit: '某单位'"),
        ('unit: "举办“台联之星”\nyear: 2023\n', 1, 7,  # a title quoted inside: the close is missing
         '请在值的末尾补上“"”（值里本身要用的引号请改用中文引号“”），写成：unit: "举办“台联之星”"'),
        # A ` #` after the opening quote is text there: was “写成：name: '因公出国(境)拜访' #1”, the `#1` dropped from the value.
        ("name: '因公出国(境)拜访 #1\nyear: 2023\nunit: '甲'\n", 1, 7, "写成：name: '因公出国(境)拜访 #1'"),
        ('unit: "举办活动  # 注\nyear: 2023\nname: "甲"\n', 1, 7, '写成：unit: "举办活动  # 注"'),
        # A paragraph pasted into a block without its indent was blamed on the key below it.
        ("overall_target: |\n  一、总体目标。\n二、贯彻落实。\n  三、服务台胞。\nkey_tasks: []\n", 3, 1,
         "“|”块里的每一行都要比“overall_target”多缩进，至少与块的第一行一样缩进 2 格；这一行顶格了，请在行首补上 2 个空格"),
        ("overall_target: |\n    一、总体目标。\n  二、贯彻落实。\n  三、服务台胞。\nkey_tasks: []\n", 3, 3,
         "至少与块的第一行一样缩进 4 格；第 3–4 行是块里接着写的文字，却缩进得比 4 格少（第 3 行只缩进了 2 格），"
         "请在这几行行首都补上 2 个空格"),  # both lines at once: was line 3, then line 4 a run later
        ("key_tasks:\n- name: 甲\n  goal: >\n    一、总体目标。\n\n  二、贯彻落实。\n- name: 乙\n", 6, 3,
         "“>”块里的每一行都要比“goal”多缩进，至少与块的第一行一样缩进 4 格"),
        # Text begun on the line after its key, not indented under it: was "缺少“:”" at the next key, which has its colon.
        ("overall_target: |\n以习近平新时代。\nkey_tasks: []\n", 2, 1,
         "“|”块里的每一行都要比“overall_target”多缩进；这一行顶格了，请在行首补上 2 个空格"),
        ("overall_target:\n以习近平新时代。\n第二段。\nkey_tasks: []\n", 2, 1,
         "写在“overall_target:”下一行的内容都要比“overall_target”多缩进；这一行顶格了，请在行首补上 2 个空格"),
        ("key_tasks:\n- name: 甲\n  goal: |\n  一、总体目标。\n- name: 乙\n", 4, 3,
         "“|”块里的每一行都要比“goal”多缩进；这一行只缩进了 2 格，请在行首补上 2 个空格"),
        ("key_tasks:\n- goal:\n一、总体目标。\n  amount: 1\n", 3, 1, "这一行顶格了，请在行首补上 4 个空格"),
        # ... and when that text has an ASCII colon, YAML reads it as a key: was "此处不能出现“: ”" at the key below.
        ("department:\n  functions: |\n市侨联是归侨侨眷的人民团体，其主要工作任务是:\n    1、宣传政策。\n  tasks: []\n", 3, 1,
         "“|”块里的每一行都要比“functions”多缩进；这一行顶格了，请在行首补上 4 个空格"),
        # At the key's own indent it parses, an empty field and an unknown one; the indent is reported alone.
        ("department:\n  functions: |\n  市侨联是归侨侨眷的人民团体，其主要工作任务是:\n    1、宣传政策。\n  tasks: []\n", 3, 3,
         "“|”块里的每一行都要比“functions”多缩进；这一行只缩进了 2 格，请在行首补上 2 个空格"),
        ("overall_target:\n总体目标如下，分三个方面: 一、贯彻落实。\nkey_tasks: []\n", 2, 1,
         "写在“overall_target:”下一行的内容都要比“overall_target”多缩进；这一行顶格了，请在行首补上 2 个空格"),
    ],
)
def test_syntax_slips_are_located_where_typed(text, line, column, words):
    [problem] = load_text("s.yaml", text).problems
    assert (problem.line, problem.column) == (line, column)
    assert words in problem.message


@pytest.mark.parametrize("head, read", [("unit: ", {"unit": "甲"}), ("list:\n- ", {"list": ["甲"]}),
                                        ("list:\n  - name: ", {"list": [{"name": "甲"}]})])
@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("after", ["\u3000", "\u3000\u3000", "\u00a0", "\u3000 # 注", "\u3000\t＃ 注", " ＃ 注"])
def test_the_line_given_for_a_quoted_value_with_a_blank_or_comment_after_it_reads_as_meant(head, read, quote, after):
    """Pasted in place of the line refused, the line a message gives reads the quoted text alone: after a full-width
    space, the value was `"甲"　`, quotes and space kept."""
    text = f"form: x\n{head}{quote}甲{quote}{after}\n"
    [problem] = load_text("s.yaml", text).problems
    fixed = load_text("s.yaml", text.replace(text.splitlines()[-1], problem.message.split("写成：")[1]))
    assert (fixed.problems, fixed.data) == ([], {"form": "x", **read}), problem.message


GZ = "form: guangzhou\n"


@pytest.mark.parametrize("text, line, words", [
    (GZ + "year：2023\n", 2, "“year”（年度）后面是中文冒号“：”"),
    (GZ + "unit:某单位\nyear: 2023\n", 2, "“unit:”（部门名称）的冒号后面少了一个空格"),
    (GZ + "unit:\u3000某单位\nyear: 2023\n", 2, "“unit:”（部门名称）的冒号后面是全角空格"),
    (GZ + "budget:\n  basic:\u00a0 610.85\n  project: 2\n", 3, "“basic:”（基本支出）的冒号后面是一个不换行空格"),
    (GZ + "budget:\n  other_funds: -\n  special: 1\n", 3, "“other_funds”（其他资金）的值只写了一个“-”"),
    (GZ + "key_tasks:\n- name: 甲\n  amount 1.50\n  goal: 乙\n", 4, "“amount”（拟投入的资金（万元））后面少了英文冒号"),
    (GZ + "indicators:\n- level1: 产出指标\n  name: 档案整理\n完成率\n  level2: 数量指标\n", 5,
     "像是上一行“name”（三级指标）的内容被换行断开了"),
    (GZ + "overall_target: |\n  一、总体目标。\n二、贯彻落实。\nkey_tasks: []\n", 4,
     "“|”块里的每一行都要比“overall_target”（总体绩效目标）多缩进"),
    (GZ + "overall_target:\n以习近平新时代。\nkey_tasks: []\n", 3, "写在“overall_target:”下一行的内容都要比“overall_target”（总体绩效目标）多缩进"),
    (GZ + "budget:\n  basic: 1\n    project: 2\n", 4, "“project”（项目支出）比上一行的“basic”（基本支出）多缩进了 2 格"),
    (GZ + "budget:\n  basic: 1\n project: 2\n  fiscal: 3\n", 4, "“project”（项目支出）比上一行的“basic”（基本支出）少缩进了 1 格"),
    (GZ + "indicators:\n  - level1: 产出指标\n    level2: 数量指标\n   name: 甲\n", 5,
     "“name”（三级指标）比上一行的“level2”（二级指标）少缩进了 1 格"),
    (GZ + "indicators:\n- level1: 产出指标\n  name: 甲\nlevel1: 产出指标\n  name: 乙\n", 5,
     "“level1”（一级指标）这一行开始“indicators”（绩效指标）的又一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；请在这一行开头加上“- ”，这一行写成：- level1: 产出指标"),
    (GZ + "indicators:\n  - level1: 产出指标\n    name: 甲\n  level1: 产出指标\n    name: 乙\n", 5,
     "“level1”（一级指标）这一行开始“indicators”（绩效指标）的又一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；请在这一行开头加上“- ”，这一行写成：  - level1: 产出指标"),
    (GZ + "indicators:\n  - level1: 产出指标\n    name: 甲\n  period_value: \"100%\"\n    annual_value: \"100%\"\n", 5,
     "缩进不对：“period_value”（实施周期指标值）比上一行的“name”（三级指标）少缩进了 2 格"),
    # The field after a list, typed a step deep under its last item: was told to add the "- " that makes it a task.
    (GZ + "key_tasks:\n  - name: 甲\n    goal: 乙\n  other_tasks: 丙\nindicators: []\n", 5,
     "缩进不对：“other_tasks”（其他需完成的任务（可选填））比第 2 行的“key_tasks”（年度重点工作任务）多缩进了 2 格；"
     "同一层的字段要左端对齐，请把“other_tasks”退回到第 1 列"),
    # No list where the form has a mapping, however much the lines below look like one's items.
    (GZ + "budget:\n  name: 甲\n    basic: 1\n  - name: 乙\n", 4, "“basic”（基本支出）比上一行的“name”多缩进了 2 格"),
    # Not known, so not said: a key of no known form, and one the form has no field for where it stands.
    ("budget:\n  basic: 1\n project: 2\n  fiscal: 3\n", 3, "“project”比上一行的“basic”少缩进了 1 格"),
    (GZ + "indicators:\n- level1: 产出指标\n  basic 1\n", 4, "“basic”后面少了英文冒号"),
])
def test_a_slip_names_its_key_in_chinese_where_the_form_says_what_it_is(text, line, words):
    """The slips named a key only as typed (`project`), which a finance officer knows as 项目支出."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert problem.line == line and words in problem.message


_DASHED = "的值只写了一个“-”，YAML 把它当作列表的开始；"


@pytest.mark.parametrize("line, said", [
    # A name, a date, a year: told to write "" (or "-"), which validate then refused as empty (or no date).
    ("unit: -", "“unit”（部门名称）" + _DASHED + "不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    ("department:\n  filled_date: -", "“filled_date”（填表日期）" + _DASHED + "不能为空；请填写填表日期，例如 2022年1月5日"),
    ("year: -", "“year”（年度）" + _DASHED + "不能为空；请填写年度，例如 2024"),
    # A key in quotes, as YAML takes one: was the general "此处不能开始列表（-）：请检查缩进".
    ('"unit": -', "“unit”（部门名称）" + _DASHED + "不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    # A blank before the colon, which YAML takes: was "“unit”（部门名称）后面少了英文冒号", and quoted, the general words.
    ("unit : -", "“unit”（部门名称）" + _DASHED + "不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    ('"unit" : -', "“unit”（部门名称）" + _DASHED + "不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"),
    # An amount takes null, not "-"; a text that may be empty takes "" and "-".
    ("budget:\n  other_funds: -", "“other_funds”（其他资金）" + _DASHED + "表上这一格要空着时写 null"),
    ("budget:\n  'other_funds': -", "“other_funds”（其他资金）" + _DASHED + "表上这一格要空着时写 null"),
    # the key it is under in quotes too: was the words for any field, "金额写 null，文字写 \"\"…", the place unread
    ('"budget":\n  "other_funds": -', "“other_funds”（其他资金）" + _DASHED + "表上这一格要空着时写 null"),
    ("other_tasks: -", "“other_tasks”（其他需完成的任务（可选填））" + _DASHED + "表上这一格要空着时写 \"\"（一对英文双引号）；"
     "要印出“-”请加上双引号，写成“other_tasks: \"-\"”"),
])
@pytest.mark.parametrize("first", [True, False])
def test_a_lone_dash_is_told_only_what_the_field_takes(line, said, first):
    """`unit: -` was told `表上这一格要空着时，金额写 null，文字写 ""；要印出“-”请加上双引号` of every field: a name or a date
    then refused "" (and a date "-"), an amount "-". Said alike as the parser's error and as another slip below it."""
    other = "key_tasks:\n- name：甲\n"  # the parser's error there, the dash another slip
    form = "form: hengyang\n" if "filled_date" in line else "form: guangzhou\n"
    text = f"{form}{line}\n" if first else f"{form}{other}{line}\n"
    problems = load_text("s.yaml", text, Catalog()).problems
    assert any(problem.message.endswith(said) for problem in problems), [problem.message for problem in problems]


@pytest.mark.parametrize("form, line, said", [
    # Every 一级指标's branch asks one of its 二级: "" and "-" were both refused (SCHEMA-ENUM).
    ("guangzhou", "    level2: -", "“level2”（二级指标）" + _DASHED + "不能为空；请填写二级指标"),
    # A row's name: "-" alone is TEXT-PUNCTUATION's "nothing filled in", so not offered.
    ("guangzhou", "    name: -", "“name”（三级指标）" + _DASHED + "表上这一格要空着时写 \"\"（一对英文双引号）"),
])
def test_a_lone_dash_in_an_indicator_row_is_told_what_every_row_takes(form, line, said):
    """`level2: -` was told `表上这一格要空着时写 ""；要印出“-”请加上双引号`: its own schema takes any text, but the row's
    conditions refuse both, and the line does not read, so neither does its 一级指标."""
    text = f"form: {form}\nindicators:\n  - level1: 产出指标\n{line}\n"
    problems = load_text("s.yaml", text, Catalog()).problems
    assert any(problem.message.endswith(said) for problem in problems), [problem.message for problem in problems]


def test_a_lone_dash_where_only_some_rows_may_be_empty_says_so():
    """A project's 三级指标 may be "" in its 满意度 row alone: `name: -` elsewhere was told to write "" or "-", both
    refused there."""
    text = "form: hengyang\nprojects:\n  - indicators:\n      - level1: 产出指标\n        name: -\n"
    problems = load_text("s.yaml", text, Catalog()).problems
    said = ("“name”（三级指标）" + _DASHED + "请填写三级指标（具体的绩效指标名称），例如 活动按时完成率；"
                          "表样让这一行空着这一格时才写 \"\"（一对英文双引号）")
    assert any(problem.message.endswith(said) for problem in problems), [problem.message for problem in problems]


_FIELDS = "可用的字段：form（表样）、year（年度）、unit（部门名称）、department（部门整体支出绩效目标申报表）、projects（项目绩效目标申报表）"


@pytest.mark.parametrize("line, said", [
    ("foo: -", f"未知字段“foo”；{_FIELDS}；它的值只写了一个“-”，YAML 把它当作列表的开始"),
    ("department:\n  filed_by: -", "未知字段“filed_by”；是否想写“filled_by”（填表人）？它的值只写了一个“-”，YAML 把它当作列表的开始"),
])
@pytest.mark.parametrize("first", [True, False])
def test_a_lone_dash_after_a_key_the_form_has_not_is_told_the_field_is_unknown_first(line, said, first):
    """`foo: -` was told `“foo”的值只写了一个“-”…表上这一格要空着时，金额写 null，文字写 ""…` and only once the file read
    that no field is named foo (`foo: bar` is told so at once). Said alike as the parser's error and as another slip."""
    other = "key_tasks:\n- name：甲\n"
    text = f"form: hengyang\n{line}\n" if first else f"form: hengyang\n{other}{line}\n"
    problems = load_text("s.yaml", text, Catalog()).problems
    assert [problem.message for problem in problems if "“-”" in problem.message] == [f"YAML 语法错误：{said}"], \
        [problem.message for problem in problems]


def test_a_lone_dash_after_a_field_a_branch_declares_under_unevaluated_properties_is_not_called_unknown(tmp_path):
    """A form's budget closed by `unevaluatedProperties: false`, its `other` declared in an `allOf` branch: `other: -`
    was told 未知字段“other” and fields to choose from without it, though the schema takes `other: null`."""
    from generator.variants import Roots

    schema = json.loads((ROOT / "schema" / "hengyang.schema.json").read_text(encoding="utf-8"))
    budget = schema["properties"]["department"]["properties"]["budget"]
    del budget["additionalProperties"]
    budget.update(unevaluatedProperties=False, allOf=[{"properties": {"other": budget["properties"].pop("other")}}])
    (tmp_path / "hengyang.schema.json").write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "defs.schema.json").write_text((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    catalog = Catalog(Roots(ROOT / "templates", tmp_path))
    said = [problem.message for problem in load_text("s.yaml", "form: hengyang\ndepartment:\n  budget:\n    total: 1\n"
                                                                 "    other: -\n", catalog).problems]
    assert said == ["YAML 语法错误：“other”的值只写了一个“-”，YAML 把它当作列表的开始；表上这一格要空着时，金额写 null，"
                    "文字写 \"\"（一对英文双引号）；要印出“-”请加上双引号，写成“other: \"-\"”"], said

_DASH_READ = "它的值只写了一个“-”，YAML 把它当作列表的开始"
_WIDE_COLON = "它后面是中文冒号“：”，也要改成英文冒号加一个空格"
_ROW = "form: guangzhou\nindicators:\n  - level1: 产出指标\n    level2: 数量指标\n    name: 甲\n"


@pytest.mark.parametrize("text, line, column, said", [
    # a lone dash, at the top, in a group, in a list item, on each form's own fields
    ("form: guangzhou\n单位: -\n", 2, 5, "未知字段“单位”；是否想写“unit”（部门名称）？" + _DASH_READ),
    ("form: guangzhou\nyear: 2023\n年度: -\n", 3, 5, "未知字段“年度”；字段名要写英文：“年度”请写成“year”；" + _DASH_READ),
    ("form: guangzhou\nindicators:\n  - 一级指标: -\n", 3, 11,
     "未知字段“一级指标”；字段名要写英文：“一级指标”请写成“level1”；" + _DASH_READ),
    ("form: guangzhou\nindicators:\n  - 一级: -\n", 3, 9, "未知字段“一级”；是否想写“level1”（一级指标）？" + _DASH_READ),
    ("form: hengyang\ndepartment:\n  budget:\n    total: 1\n    政府性基金拨款: -\n", 5, 14,
     "未知字段“政府性基金拨款”；字段名要写英文：“政府性基金拨款”请写成“government_fund”；" + _DASH_READ),
    ("form: hengyang\ndepartment:\n  填报单位（盖章）: -\n", 3, 13,
     "未知字段“填报单位（盖章）”；字段名要写英文：“填报单位（盖章）”请写成“stamp_unit”；" + _DASH_READ),
    ("form: zhanjiang\nindicators:\n  - level1: 产出指标\n    指标值: -\n", 4, 10,
     "未知字段“指标值”；字段名要写英文：“指标值”请写成“value”；" + _DASH_READ),
    # in quotes: was the general "此处不能开始列表（-）" and "缺少“:”" on the next line
    ('form: guangzhou\n"单位": -\n', 2, 7, "未知字段“单位”；是否想写“unit”（部门名称）？" + _DASH_READ),
    ("form: guangzhou\nyear: 2023\n'单位'：某单位\nbudget:\n  basic: 1\n", 3, 5,
     "未知字段“单位”；是否想写“unit”（部门名称）？" + _WIDE_COLON),
    ("form: guangzhou\nｕｎｉｔ: -\n", 2, 7,
     "未知字段“ｕｎｉｔ”；字段名里有全角字符（中文输入法的空格或字母）；请用英文输入法写成“unit”；" + _DASH_READ),
    # a full-width colon, a value after it or a list below it
    ("form: guangzhou\nyear: 2023\n单位：某单位\nbudget:\n  basic: 1\n", 3, 3,
     "未知字段“单位”；是否想写“unit”（部门名称）？" + _WIDE_COLON),
    ("form: guangzhou\nbudget:\n  基本支出：1\n  project: 2\n", 3, 7,
     "未知字段“基本支出”；字段名要写英文：“基本支出”请写成“basic”；" + _WIDE_COLON),
    ("form: guangzhou\nindicators:\n  - level1: 产出指标\n    二级指标：数量指标\n    name: 甲\n", 4, 9,
     "未知字段“二级指标”；字段名要写英文：“二级指标”请写成“level2”；" + _WIDE_COLON),
    ("form: guangzhou\nyear: 2023\n年度重点工作任务：\n  - name: 甲\n", 3, 9,
     "未知字段“年度重点工作任务”；字段名要写英文：“年度重点工作任务”请写成“key_tasks”；" + _WIDE_COLON),
    # near a name of the field, beginning or ending as it does
    ("form: guangzhou\nindicators:\n  - level1: 产出指标\n    level2: 数量指标\n    指标名称：甲\n", 5, 9,
     "未知字段“指标名称”；是否想写“name”（三级指标）？" + _WIDE_COLON),
    ("form: guangzhou\nyear: 2023\n总体目标：甲\n", 3, 5,
     "未知字段“总体目标”；是否想写“overall_target”（总体绩效目标）？" + _WIDE_COLON),
    # as near to several titles (上年指标值, 年度指标值, 实施周期指标值): the required field the row lacks
    (_ROW + "    指标值: -\n    annual_value: 乙\n", 6, 10,
     "未知字段“指标值”；是否想写“period_value”（实施周期指标值）？" + _DASH_READ),
    (_ROW + "    period_value: 乙\n    指标值：丙\n", 7, 8,
     "未知字段“指标值”；是否想写“annual_value”（年度指标值）？" + _WIDE_COLON),
])
def test_a_key_typed_in_chinese_is_told_the_field_to_write_where_its_line_breaks_the_yaml(text, line, column, said):
    """`单位: -` was YAML-SYNTAX `此处不能开始列表（-）：请检查缩进` and `单位：某单位` `这一行…像是上一行“year”（年度）的内容
    被换行断开了；请把它接回上一行末尾`, while `单位: 某单位` is told `未知字段“单位”；是否想写“unit”（部门名称）？`: the slip
    readers took only ASCII keys."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column, problem.message) == (line, column, f"YAML 语法错误：{said}")


@pytest.mark.parametrize("text, said", [
    # no field's name: text where a key should be, as before
    ("form: guangzhou\nyear: 2023\n注：本表金额单位为万元\nbudget:\n  basic: 1\n", "“注：本表金额单位为万元”这一行既不是“键: 值”"),
    # the form unknown: which fields there are is not known
    ("year: 2023\n单位：某单位\nbudget:\n  basic: 1\n", "“单位：某单位”这一行既不是“键: 值”"),
])
def test_a_chinese_word_before_a_full_width_colon_is_a_key_only_where_it_names_a_field(text, said):
    """`注：甲` may be text typed where a key should be: told it is no field, with every field listed, the clerk would
    be led to rename a note."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert said in problem.message and "未知字段" not in problem.message, problem.message


_NOTE = "，像是照纸质表表头的“单位：万元”抄来的一行，不是表上的栏目；表中金额的单位已是万元"


@pytest.mark.parametrize("typed, said", [
    ("单位：万元", "“单位”写的是金额单位“万元”" + _NOTE),
    ("单位:万元", "“单位”写的是金额单位“万元”" + _NOTE),
    ('"单位"：（万元）', "“单位”写的是金额单位“（万元）”" + _NOTE),
    ("金额单位：万元  # 表头", "“金额单位”写的是金额单位“万元”" + _NOTE),  # was told to be joined to the line above
    ("单位：元", "“单位”写的是金额单位“元”" + _NOTE + "，金额要换算成万元再写（元数除以 10000）"),
    # other units of money: asked `是否想写“unit”（部门名称）？` as 万元 was
    ("单位：千元", "“单位”写的是金额单位“千元”" + _NOTE + "，金额要换算成万元再写（千元数除以 10）"),
    ("单位：亿元", "“单位”写的是金额单位“亿元”" + _NOTE + "，金额要换算成万元再写（亿元数乘以 10000）"),
    ("单位：人民币万元", "“单位”写的是金额单位“人民币万元”" + _NOTE),
])
def test_a_paper_forms_note_of_the_unit_of_money_is_told_to_be_deleted(typed, said):
    """`单位：万元`, the note over a paper form's table, was asked `是否想写“unit”（部门名称）？`: the department named 万元."""
    [problem] = load_text("s.yaml", f"form: guangzhou\nyear: 2023\n{typed}\nbudget:\n  basic: 1\n", Catalog()).problems
    assert (problem.line, problem.column, problem.message) == (3, 1, f"YAML 语法错误：{said}，不用写这一行，请删去")


@pytest.mark.parametrize("typed", ["单位：某单位", "单位：万元整", "注：单位为万元", "单位：万元/年", "单位名称：万元"])
def test_a_chinese_key_not_holding_a_unit_of_money_is_no_note_of_it(typed):
    """Only a unit of money after a key holding 单位 is the note: a department's name, or more words, are not; nor is
    a key that some form titles a field (单位名称, unit's title on another form), still told the field to write."""
    [problem] = load_text("s.yaml", f"form: guangzhou\nyear: 2023\n{typed}\nbudget:\n  basic: 1\n", Catalog()).problems
    assert "金额单位" not in problem.message, problem.message


@pytest.mark.parametrize("text", [
    "year: 2023\n单位: -\nbudget:\n  basic: 1\n",  # the form unknown
    "form: tianjin\nprojects:\n  - name: 甲\n    targets:\n      - 名称: -\n",  # a list of texts: no fields there
])
def test_a_lone_dash_after_a_chinese_key_not_known_to_be_unknown_is_not_told_to_keep_that_key(text):
    """Was `“单位”的值只写了一个“-”…；要印出“-”请加上双引号，写成“单位: "-"”`: a key no form has, kept as it is."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert "此处不能开始列表（-）" in problem.message and ': "-"' not in problem.message, problem.message


# A spec indented by 4 spaces throughout, its budget for each case to break.
GZ4 = "form: guangzhou\nyear: 2023\nkey_tasks:\n    - name: 甲\n      amount: 1\nbudget:\n"
ZJ4 = "form: zhanjiang\nyear: 2024\nbudget:\n    basic: 1\n    project: 2\nbasic_info:\n"


@pytest.mark.parametrize("text, line, column, words", [
    (GZ4 + "  basic: 1\n    project: 2\n    fiscal: 3\n", 7, 3, "缩进不对：“basic”（基本支出）比下一行的“project”（项目支出）少缩进了 2 格"),
    (GZ4 + "    basic: 1\n  project: 2\n    fiscal: 3\n", 8, 3, "缩进不对：“project”（项目支出）比上一行的“basic”（基本支出）少缩进了 2 格"),
    (ZJ4 + "   staff_count: 18\n    subunit_count: null\n", 7, 4,
     "缩进不对：“staff_count”（财政供养人员数）比下一行的“subunit_count”（下属二级单位数）少缩进了 1 格"),
    (GZ4 + "    basic: 1\noverall_target:\n以习近平新时代中国特色社会主义思想为指导\nindicators: []\n", 9, 1,
     "写在“overall_target:”下一行的内容都要比“overall_target”（总体绩效目标）多缩进；这一行顶格了，请在行首补上 4 个空格"),
], ids=["first-key-short", "second-key-short", "first-of-two-keys", "text-under-key"])
def test_a_file_indented_by_4_spaces_is_told_its_own_step(text, line, column, words):
    """The advice assumed 2 spaces a level: a key in its place was said to be indented too deep, or the key out of
    line named by the one next to it, and text under a key told to take 2 spaces, short of the file's 4."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column) == (line, column) and words in problem.message, problem.message


# Mappings indented by 4 spaces, lists by 2 under their key: the lists outnumber the mappings.
ZJ42 = ("form: zhanjiang\nyear: 2024\nbasic_info:\n    staff_count: 18\nkey_tasks:\n  - name: 甲\n    amount: 1\n"
        "indicators:\n  - level1: 产出指标\n  - level1: 效益指标\nbudget:\n")


@pytest.mark.parametrize("text, line, column, words", [
    (ZJ42 + "  basic: 1\n    project: 2\n", 12, 3, "缩进不对：“basic”（基本支出）比下一行的“project”（项目支出）少缩进了 2 格"),
    (ZJ42 + "    basic: 1\noverall_target:\n以习近平新时代中国特色社会主义思想为指导\n", 14, 1,
     "写在“overall_target:”下一行的内容都要比“overall_target”（总体绩效目标）多缩进；这一行顶格了，请在行首补上 4 个空格"),
    # `other_funds:` left empty, 2 short, seemed to hold the fields below it 2 deeper: a mapping at 2 against one at 4
    (ZJ42 + "    basic: 1\n    project: 2\n  other_funds:\n    special:\n", 14, 3,
     "缩进不对：“other_funds”（其他资金）比上一行的“project”（项目支出）少缩进了 2 格"),
], ids=["first-key-short", "text-under-key", "empty-field-short"])
def test_a_file_with_mappings_at_4_spaces_and_lists_at_2_is_told_its_mappings_step(text, line, column, words):
    """The dashes of its lists, 2 spaces under their key, outnumbered its mappings' fields and set the step at 2: a
    key in its place was said to be indented too deep, and text under a key told to take 2 spaces. The step is
    asked for a mapping's field or a key's text, never for a dash."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column) == (line, column) and words in problem.message, problem.message


def test_the_indent_step_of_a_deep_staircase_takes_a_few_matches_a_line_once_a_load(monkeypatch):
    """Each line's holder was found by walking back every line open above it, matching patterns on each: a staircase
    of keys each a space deeper (2000 lines) took minutes, and the slip functions of one load asked up to three
    times."""
    lines = [" " * depth + f"k{depth}: 1" for depth in range(2000)]
    matches = 0

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, *args):
            nonlocal matches
            matches += 1
            assert matches <= 5 * len(lines), "more than 5 pattern matches a line"
            return self.pattern.match(*args)

    for name in ("BLOCK_HEADER", "DASH_LINE", "KEY_LINE", "OPENS_MAPPING"):
        monkeypatch.setattr(key_lines, name, Counted(getattr(key_lines, name)))
    assert key_lines.indent_step(lines) == 2
    once = matches
    assert key_lines.indent_step(list(lines)) == 2 and matches == once


def test_a_key_with_a_space_before_its_colon_does_not_stop_the_indentation_message(runner, broken):
    """`budget :` is valid YAML and opens a mapping; telling the file's step read its key as `key:` only, and a slip
    below it ended in an internal error instead of its message."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "budget:\n", "budget :\n")
    path.write_text(path.read_text(encoding="utf-8").replace('other_tasks: ""', "other_tasks:\n此处文字"), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:37:1: 错误[YAML-SYNTAX] YAML 语法错误：写在“other_tasks:”下一行的内容都要比" in result.output, result.output


@pytest.mark.parametrize("step", [2, 4])
def test_a_key_too_deep_below_a_field_left_empty_is_the_one_named(step):
    """`other:` left empty above `basic: 141.74` was taken for the key holding basic's mapping, so `project`, too
    deep by one step, stood where that mapping's fields go: the good line, basic, was blamed, without its name."""
    pad = " " * step
    text = (f"form: hengyang\nyear: 2022\ndepartment:\n{pad}budget:\n{pad * 2}other:\n{pad * 2}basic: 141.74\n"
            f"{pad * 3}project: 38.87\n")
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column) == (7, 3 * step + 1), problem.message
    assert f"缩进不对：“project”（项目支出）比上一行的“basic”（基本支出）多缩进了 {step} 格" in problem.message, problem.message


def test_validate_names_the_keys_of_an_indentation_slip_in_chinese(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "  project: 78.56", " project: 78.56")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert (f"{path}:7:2: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：“project”（项目支出）比上一行的“basic”（基本支出）"
            "少缩进了 1 格；同一层的字段要左端对齐") in result.output


@pytest.mark.parametrize("value, said", [
    ('"≥20次" "≥20次"', '“annual_value”（年度指标值）的同一个值写了 2 遍，YAML 读到第一个值的结尾引号就以为值结束了；请只保留一个，写成：    annual_value: "≥20次"'),
    ('"≥20次""≥20次"  # 注', '“annual_value”（年度指标值）的同一个值写了 2 遍，YAML 读到第一个值的结尾引号就以为值结束了；请只保留一个，写成：    annual_value: "≥20次"  # 注'),
    ('"≥20次" "≥30次"', '“annual_value”（年度指标值）写了 2 个带引号的值（"≥20次"、"≥30次"），一个字段只能填一个值；请只保留要填的那一个，如：    annual_value: "≥20次"'),
    # Excel's `""` for a quote in a cell: was 3 values, and the author told to keep "关于" alone.
    ('"关于""十四五""规划"  # 注', '“annual_value”（年度指标值）的值里连写的两个英文双引号“""”是 Excel 里表示一个引号的写法，YAML 不这样读，读到第二个双引号就以为值'
                             '结束了；请把整个值放在英文单引号里，写成：    annual_value: \'关于"十四五"规划\'  # 注'),
], ids=["twice", "twice-unspaced", "two", "excel-quote-inside"])
def test_quoted_values_side_by_side_are_given_back_as_one(runner, broken, value, said):
    """A value pasted twice was read as quotes inside quotes, and given back as `≥20次" "≥20次`; a text holding
    quotes as Excel writes them was read as values pasted side by side, and all but its first piece dropped."""
    path, _ = broken("guangzhou-tailian-2023.yaml", 'annual_value: "100%"', f"annual_value: {value}")
    result = runner.invoke(main, ["validate", str(path)])
    assert f"{path}:42:19: 错误[YAML-SYNTAX] YAML 语法错误：{said}\n" in result.output, result.output


@pytest.mark.parametrize("spec, old, new, line, column, said", [
    ("guangzhou-tailian-2023.yaml", "  basic: 610.85", "basic: 610.85", 6, 1,
     "“basic”（基本支出）比下一行的“project”（项目支出）少缩进了 2 格"),
    ("tianjin-qiaolian-2023.yaml", "      total: 254.30", "    total: 254.30", 9, 5,
     "“total”（预算数）比下一行的“fiscal”（其中：财政资金）少缩进了 2 格"),
    # A misspelt key below: was "“projcet”比上一行的“basic”多缩进了 2 格", sending the author to move a good line.
    ("guangzhou-tailian-2023.yaml", "  basic: 610.85\n  project: 78.56", "basic: 610.85\n  projcet: 78.56", 6, 1,
     "“basic”（基本支出）比下一行的“projcet”少缩进了 2 格"),
], ids=["top-level-holder", "holder-in-an-item", "misspelt-key-below"])
def test_a_first_key_flush_with_its_holder_is_named_in_chinese(runner, broken, spec, old, new, line, column, said):
    """`basic: 1` typed flush under `budget:` reads as a top-level key, and the keys were named only as typed."""
    path, _ = broken(spec, old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert f"{path}:{line}:{column}: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：{said}；同一层的字段要左端对齐" in result.output, \
        result.output


def test_a_form_line_typed_a_space_in_still_names_the_keys_in_chinese(runner, broken):
    """With no schema line above it, ` form: guangzhou` left the form unknown, and the keys named only as typed."""
    path, _ = broken("guangzhou-tailian-2023.yaml", "# yaml-language-server: $schema=../schema/guangzhou.schema.json\n"
                     "form: guangzhou", " form: guangzhou")
    result = runner.invoke(main, ["validate", str(path)])
    assert (f"{path}:1:2: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：“form”（表样）比下一行的“year”（年度）多缩进了 1 格；"
            "同一层的字段要左端对齐") in result.output, result.output


@pytest.mark.parametrize("spec, old, new, line, column, said", [
    ("jiangsu-taiban-2024.yaml", "    annual: 4105.71", "annual: 4105.71", 27, 1,
     "“annual”（全年预算数）比上一行的“half_year”（半年计划执行数）少缩进了 4 格"),
    ("tianjin-qiaolian-2023.yaml", "      other: null", "other: null", 11, 1,
     "“other”（其他资金）比上一行的“fiscal”（其中：财政资金）少缩进了 6 格"),
    ("hengyang-qiaolian-2022.yaml", "  budget:", "budget:", 7, 1,
     "“budget”（年度预算申请（万元））比上一行的“stamp_unit”（填报单位（盖章））少缩进了 2 格"),
], ids=["last-of-two-keys", "last-in-an-item", "holding-a-mapping"])
def test_a_nested_key_typed_flush_left_is_the_one_named(runner, broken, spec, old, new, line, column, said):
    """The key after it, in its place, was said to be indented too deep against it, named only as typed
    (“project”比上一行的“annual”多缩进了 2 格, “functions”比第 7 行的“budget”多缩进了 2 格)."""
    path, _ = broken(spec, old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert f"{path}:{line}:{column}: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：{said}；同一层的字段要左端对齐" in result.output, \
        result.output


@pytest.mark.parametrize("spec, old, new, line, column, said", [
    # An indicator's dash moved to its key's column, 2 left of the indicators around it: was measured against the
    # project's dash further up and said to be 多缩进了 2 格 (tianjin), or was "缩进不一致" (guangzhou's top-level list).
    ("tianjin-qiaolian-2023.yaml", "      - level1: 产出指标\n        level2: 质量指标", "    - level1: 产出指标\n        level2: 质量指标",
     21, 5, "少缩进了 2 格"),
    ("guangzhou-tailian-2023.yaml", "  - level1: 产出指标\n    level2: 数量指标\n    name: 举办活动场次",
     "- level1: 产出指标\n    level2: 数量指标\n    name: 举办活动场次", 43, 1, "少缩进了 2 格"),
    ("tianjin-qiaolian-2023.yaml", "      - level1: 产出指标\n        level2: 质量指标", "        - level1: 产出指标\n        level2: 质量指标",
     21, 9, "多缩进了 2 格"),
], ids=["left-nested", "left-top-level", "right"])
def test_validate_says_which_way_an_item_s_dash_stands_off_the_one_above(runner, broken, spec, old, new, line, column,
                                                                         said):
    path, _ = broken(spec, old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert (f"{path}:{line}:{column}: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：这一项开头的“-”比上面一项的“-”{said}；"
            "同一个列表的各项，“-”要上下对齐") in result.output, result.output


def _told_lines(message: str) -> list[int]:
    """The line numbers a message names as `第 51–54、57 行`."""
    said = re.search(r"第 ([0-9–、]+) 行", message).group(1)
    return [number for run in said.split("、") for number in
            (range(int(run.split("–")[0]), int(run.split("–")[-1]) + 1))]


@pytest.mark.parametrize("spec, old, shift", [
    ("zhanjiang-qiaolian-2024.yaml", "  - level1: 产出指标\n    level2: 数量指标\n    name: 侨务接待次数\n    value: \"18次\"\n", 2),
    ("tianjin-qiaolian-2023.yaml", "      - level1: 产出指标\n        level2: 质量指标\n        name: 水、电设施完好率\n"
     "        description: 水、电设施完好率\n        value: \"100%\"\n", 2),
    ("tianjin-qiaolian-2023.yaml", "      - level1: 产出指标\n        level2: 质量指标\n        name: 水、电设施完好率\n"
     "        description: 水、电设施完好率\n        value: \"100%\"\n", -1),
], ids=["deeper", "nested-deeper", "nested-shallower"])
def test_an_item_pasted_out_of_line_whole_is_told_once_with_all_its_lines(runner, broken, spec, old, shift):
    """Each of the item's lines was told one validate run at a time, the first only to align the dash; doing what the
    one message says now reads the file."""
    moved = "".join((" " * shift + line if shift > 0 else line[-shift:]) + "\n" for line in old.splitlines())
    path, text = broken(spec, old, moved)
    first = text[:text.index(moved)].count("\n") + 1
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    [told] = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    assert f":{first}:" in told and "整个挪了位置" in told, told
    assert _told_lines(told) == list(range(first, first + len(old.splitlines())))
    count = int(re.search(r"(?:删掉|补上) (\d+) 个空格", told).group(1))
    lines = text.split("\n")
    for number in _told_lines(told):
        lines[number - 1] = lines[number - 1][count:] if "删掉" in told else " " * count + lines[number - 1]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


@pytest.mark.parametrize("indents", [(0, 0, 0), (4, 4, 4), (0, 4, 2)], ids=["flush", "short", "mixed"])
def test_lines_pasted_into_a_block_short_of_its_indent_are_told_at_once(runner, broken, indents):
    """Each was told a validate run at a time (这一行只缩进了 4 格); they go on the block, so all are said, with the
    indent the block's first line has, and padding them so reads the file."""
    lines = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8").split("\n")[21:24]
    old = "\n".join(lines) + "\n"
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old,
                        "".join(" " * width + line.lstrip() + "\n" for width, line in zip(indents, lines)))
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    [told] = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    assert f":22:{indents[0] + 1}:" in told and "第 22–24 行是块里接着写的文字" in told, told
    assert "缩进 6 格" in told
    assert _told_lines(told.split("；", 1)[1]) == [22, 23, 24]
    spec = text.split("\n")
    for number in (22, 23, 24):
        spec[number - 1] = " " * 6 + spec[number - 1].lstrip()  # what 缩进 6 格 asks for
    path.write_text("\n".join(spec), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


@pytest.mark.parametrize("colon_at", [0, 1, 2], ids=["first", "middle", "last"])
@pytest.mark.parametrize("typed", ["注: 本项目", "目标: 完成"], ids=["note", "goal"])
def test_a_pasted_line_with_an_ascii_colon_goes_on_the_paste_told_at_once(runner, broken, colon_at, typed):
    """A line of the paste with an ASCII ": " (注: 本项目…) read as a key and ended the run there: the lines after it
    were told a run later, and a paste begun with one got only the parser's 缺少“:” lines below."""
    lines = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8").split("\n")[21:24]
    old = "\n".join(lines) + "\n"
    pasted = [(typed if i == colon_at else "") + line.lstrip() for i, line in enumerate(lines)]
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old, "".join(line + "\n" for line in pasted))
    result = runner.invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    assert ":22:1:" in told and "第 22–24 行是块里接着写的文字" in told and "补上 6 个空格" in told, told
    spec = text.split("\n")
    for number in (22, 23, 24):
        spec[number - 1] = " " * 6 + spec[number - 1]
    path.write_text("\n".join(spec), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


@pytest.mark.parametrize("old, new", [("\n    amount: 49.41", '\n    "amount": 49.41'),
                                      ("\n    amount: 49.41", "\n    备注: 见附件\n    amount: 49.41")],
                         ids=["quoted-key", "chinese-key"])
def test_a_key_however_spelt_below_a_paste_ends_it(runner, broken, old, new):
    """Once only ASCII keys ended a paste short of its block's indent (so that `注: 本项目…` goes on it), a quoted
    `"amount": 49.41` or a `备注: 见附件` beside the block's key was told as more of the paste (第 22–24、31 行), and
    indenting it as asked put a field into the text. A key at the block's key's column, or one the schema names
    where it stands, ends the paste."""
    lines = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8").split("\n")[21:24]
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "\n".join(lines) + "\n",
                        "".join(line.lstrip() + "\n" for line in lines))
    text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    assert ":22:1:" in told and "第 22–24 行是块里接着写的文字" in told, told


_ITEM = "\n  - level1: 产出指标\n    level2: 数量指标\n    name: 侨务接待次数"


@pytest.mark.parametrize("old, new, said", [
    ("\n  - name: 门户网站", "\n\t- name: 门户网站",
     ["这一行是“key_tasks”（年度重点工作任务）的一项，“name”（名称），请把行首的 Tab 改成 2 个空格"]),
    ("\n    name: 侨务接待次数", "\n\t\tname: 侨务接待次数",
     ["这一行是“name”（三级指标），请把行首的 Tab 改成 4 个空格，使它从第 5 列开始，与第 52 行的“level2”左端对齐"]),
    ('\n    value: "18次"', '\n  \t  value: "18次"', ["“value”（指标值），请把行首的空格和 Tab 改成 4 个空格"]),
    (_ITEM, "\n\t-\tlevel1: 产出指标\n\t  level2: 数量指标\n\t\tname: 侨务接待次数",
     ["“indicators”（绩效指标）的一项，“level1”（一级指标），请把行首的 Tab 改成 2 个空格，“-”后面的 Tab 改成 1 个空格",
      "“level2”（二级指标），请把行首的空格和 Tab 改成 4 个空格", "“name”（三级指标），请把行首的 Tab 改成 4 个空格"]),
    (_ITEM, _ITEM.replace("  - level1", "  -\tlevel1"), ["“level1”（一级指标），请把“-”后面的 Tab 改成 1 个空格"]),
    ("\n  basic: 397.72", "\n\tbasic: 397.72",
     ["“basic”（基本支出），请把行首的 Tab 改成 2 个空格，使它从第 3 列开始，比第 8 行的“budget”多缩进 2 格"]),
    ("\n      2、做好国内", "\n\t\t\t2、做好国内",
     ["这一行是“content”（主要实施内容）的“|”块里的文字，请把行首的 Tab 改成 6 个空格，与第 21 行左端对齐"]),
], ids=["list-item", "nested-indicator", "mixed", "whole-item", "after-dash", "first-field", "block-text"])
def test_a_tab_indenting_a_line_is_told_with_the_field_and_the_spaces_to_use(runner, broken, old, new, said):
    """A tab in indentation was told only 请改用空格: how many spaces, and which field the line was, came a run later,
    once the tab was replaced with a guess. Each tab line is told its field and its spaces at once, and following
    the advice reads the file."""
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    told = [line for line in result.output.splitlines() if "错误[" in line]
    assert len(told) == len(said) and all("YAML-SYNTAX" in line and "不能用 Tab 键缩进" in line for line in told), result.output
    assert all(words in line for words, line in zip(said, told)), result.output
    lines = text.split("\n")
    for line in told:
        number = int(line.split(":")[1])
        lead = re.search(r"行首的(?: Tab |空格和 Tab )改成 (\d+) 个空格", line)
        gap = re.search(r"“-”后面的 Tab 改成 (\d+) 个空格", line)
        typed = re.match(r"(?P<lead>[ \t]*)(?P<dash>-[ \t]+)?", lines[number - 1])
        lines[number - 1] = (" " * int(lead[1]) if lead else typed["lead"]) + \
            (("-" + " " * int(gap[1])) if gap else typed["dash"] or "") + lines[number - 1][typed.end():]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("spec, edits, where, said, unsaid", [
    ("tianjin-qiaolian-2023.yaml", [("    purpose: 市侨联办公用房租赁，保障工作开展",
                                     "    purpose: >-\n      市侨联办公用房租赁，\n\t\t\tPS: 保障工作开展")],
     ":14:1:", "这一行是“purpose”（资金用途）的“>”块里的文字，请把行首的 Tab 改成 6 个空格，与第 13 行左端对齐", "“PS”"),
    ("hengyang-qiaolian-2022.yaml", [("\n  filled_by: ", "\n\tfiled_by: ")], ":96:1:",
     "这一行的“filed_by”像是“filled_by”（填表人）写错了；若是，请把行首的 Tab 改成 2 个空格，使它从第 3 列开始，"
     "与第 43 行的“indicators”左端对齐，并把“filed_by”改成“filled_by”", "这一行是"),
    ("hengyang-qiaolian-2022.yaml", [("\nform: hengyang", "\nform: hengyan"), ("\n  filled_by: ", "\n\tfilled_by: ")],
     ":96:1:", "不知道表样，看不准这一行的“filled_by”属于哪一层；若它与第 43 行的“indicators”同级，请把行首的 Tab 改成 2 个空格",
     "这一行是"),
], ids=["text-like-a-key-in-a-block", "misspelt-key", "unknown-form"])
def test_a_tab_line_whose_key_the_schema_does_not_name_there_is_never_placed_with_confidence(runner, tmp_path, spec,
                                                                                              edits, where, said, unsaid):
    """The deepest column that parsed was said as the line's place whenever the schema named the key at none: `PS:`
    in a `>` block was told to leave it as a field, a misspelt `filed_by` (or `filled_by` under a misspelt form) to
    go inside the last indicator, 6 spaces, which the next run contradicted. Text like a key stays in its block;
    a misspelt key goes where the field it is a slip of stands, said as a guess; else the column the tab makes at
    the file's step, said as what to do if the line stands there."""
    text = (ROOT / "specs" / spec).read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / spec
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "Tab" in line]
    assert told.startswith(f"{path}{where}") and said in told, told
    assert unsaid not in told.split("请改用空格：", 1)[1], told


@pytest.mark.parametrize("old, new, said", [
    ('\n    value: "18次"', '\n\t\t"value": "18次"', "请改用空格：请把行首的 Tab 改成 4 个空格，使它从第 5 列开始"),
    ('\n    value: "18次"', "\n\t\t备注: 无", "请改用空格：请把行首的 Tab 改成 4 个空格，使它从第 5 列开始"),
    ("\nform: zhanjiang", "\n\tform: zhanjiang", "这一行是“form”（表样），请删掉行首的 Tab，使它从第 1 列开始"),
], ids=["quoted-key", "chinese-key", "flush-left"])
def test_a_tab_message_says_only_what_the_line_is_in_words_that_read(runner, broken, old, new, said):
    """A line indented with a tab that begins with no key YAML spells as fields are (`"value": …`, `备注: 无`) was
    called 这一行是列表的一项, which it is not; one whose tab goes altogether was told 请把删掉行首的 Tab."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "Tab" in line]
    assert said in told and "列表的一项" not in told and "请把删掉" not in told, told


INDENTED = [(path, number) for path, lines in EXAMPLES.items() for number, text in enumerate(lines, 1)
            if text.startswith("  ") and not text.lstrip().startswith("#")]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(INDENTED), st.sampled_from(["\t", "\t\t", " \t"]))
def test_a_tab_s_advice_followed_reads_the_example_as_written(place, tabs):
    """Any indented line of an example, its indent typed as tabs (or a space and a tab): where the parser refuses it,
    the message says the spaces to use, and following it reads the example's data again."""
    path, number = place
    lines = list(EXAMPLES[path])
    width = key_lines.indent_width(lines[number - 1])
    lines[number - 1] = tabs + lines[number - 1][width:]
    catalog = Catalog()
    broken = load_text(path.name, "\n".join(lines), catalog)
    if broken.data is not None:
        return  # a block's first line: the tab after its indent is its text
    [told] = [problem for problem in broken.problems if problem.line == number]
    spaces = re.search(r"请把行首的(?: Tab |空格和 Tab )改成 (\d+) 个空格", told.message)
    assert spaces, told.message
    lines[number - 1] = " " * int(spaces[1]) + lines[number - 1].lstrip(" \t")
    fixed = load_text(path.name, "\n".join(lines), catalog)
    assert fixed.data == load_text(path.name, "\n".join(EXAMPLES[path]), catalog).data, fixed.problems


def test_a_long_file_indented_with_tabs_is_told_in_a_bounded_number_of_short_parses(monkeypatch):
    """Each tab line is tried at a few columns, each try parsed. The parses ran from the top-level key above the line
    down to the next one, and a line that read nowhere (below another slip) did not count toward the cap, so every
    tab line of a long list was tried: 3000 indicators indented with tabs under one `: ` slip was killed after 300 s.
    The parses are counted here, not timed (bench/run.py times the same file): at most MOST_TRIED lines are tried,
    each parsed with a window of the lines around it."""
    lines = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8").split("\n")
    start = lines.index("indicators:") + 1
    end = next((number for number in range(start, len(lines)) if lines[number][:1] not in ("", " ", "#")), len(lines))
    item = [("\t\t" + content[4:] if content.startswith("    ") else content) for content in lines[start:start + 5]]
    assert item[0].startswith("  - level1:") and all(content.startswith("\t\t") for content in item[1:]), item
    rows = [content for _ in range(400) for content in item]
    rows[5] += ": 数量"  # the second indicator's 一级指标 holds a ": ": no line below it reads at any column
    parsed = []

    class Counted(tab_indents.YAML):
        def load(self, stream):
            parsed.append(stream.count("\n") + 1)
            return super().load(stream)

    monkeypatch.setattr(tab_indents, "YAML", Counted)
    spec = load_text("guangzhou-tailian-2023.yaml", "\n".join([*lines[:start], *rows, *lines[end:]]), Catalog())
    assert spec.data is None and any(problem.line == start + 6 for problem in spec.problems), spec.problems[:3]
    assert len(parsed) <= 20 * tab_indents.MOST_TRIED, len(parsed)
    assert max(parsed) <= 3 * tab_indents.WINDOW, max(parsed)


def test_a_bullet_under_a_field_with_its_text_on_its_line_is_told_as_a_block_to_write(runner, broken):
    """Was 缩进不一致：这一行的缩进与上面同一层级的行不对齐, naming no field and no fix."""
    path, text = broken("zhanjiang-qiaolian-2024.yaml", "    content: |\n      1、举办侨联系统党建、侨务工作培训班、党建共建活动、侨法宣传活动，"
                        "以“党建带侨建”为党凝聚侨心侨力侨智。\n      2、",
                        "    content: 1、举办侨联系统党建\n    - 继续做好国内侨团侨领接待工作\n      2、")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    [told] = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    assert ":21:5:" in told and "“content”（主要实施内容）" in told, told
    head = re.search(r"把第 20 行写成“(.*?)”，把原来冒号后面的“(.*?)”移到下一行", told)
    width = int(re.search(r"行首留 (\d+) 个空格", told).group(1))
    lines = text.split("\n")
    body = [" " * width + lines[number - 1].lstrip() for number in _told_lines(told.split("；")[1])]
    lines[19:30] = [head.group(1), " " * width + head.group(2), *body]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


def test_a_key_a_space_deeper_after_a_block_is_told_with_its_sibling_and_column(runner, broken):
    """`   tasks:` after `  functions: |` and its text was 缩进不一致, naming no field and no fix."""
    path, text = broken("hengyang-qiaolian-2022.yaml", "\n  tasks:\n", "\n   tasks:\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    [told] = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    assert ":25:4:" in told and "“tasks”（年度主要任务）" in told and "“functions”（部门职能职责概述）" in told, told
    width = int(re.search(r"行首留 (\d+) 个空格", told).group(1))
    lines = text.split("\n")
    lines[24] = " " * width + lines[24].lstrip()
    path.write_text("\n".join(lines), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


@pytest.mark.parametrize("dash", [6, 4], ids=["deeper", "at-the-key"])
def test_bullets_under_a_text_field_are_told_as_a_block_to_write(runner, broken, dash):
    """Was 应为文本，实际是列表（10 项） with no way to write bullet lines in a text field."""
    text = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8")
    block = text.split("\n")[19:30]
    old = "\n".join(block) + "\n"
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old, "    content:\n" + "".join(
        " " * dash + "- " + line.lstrip() + "\n" for line in block[1:]))
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    [told] = [line for line in result.output.splitlines() if "SCHEMA-TYPE" in line]
    assert "“主要实施内容”是一段文字" in told and "在第 20 行“content:”的冒号后面加上“ |”" in told, told
    lines = text.split("\n")
    lines[19] += " |"
    pad = re.search(r"行首都补上 (\d+) 个空格", told)
    for number in range(21, 31):
        lines[number - 1] = " " * int(pad.group(1)) + lines[number - 1] if pad else lines[number - 1]
    assert bool(pad) == (dash == 4)
    path.write_text("\n".join(lines), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


def test_a_table_row_pasted_as_an_item_is_told_with_its_fields_and_rewritten(runner, broken):
    """After the tabs were made spaces, as told, the row was 应为一组“键: 值”字段，实际是文本 with no field named."""
    old = "  - level1: 产出指标\n    level2: 数量指标\n    name: 侨务接待次数\n    value: \"18次\"\n"
    path, text = broken("zhanjiang-qiaolian-2024.yaml", old, "  - 产出指标\t数量指标\t侨务接待次数\t18次\n")
    assert "Tab" in runner.invoke(main, ["validate", str(path)]).output
    text = text.replace("\t", " ")  # what the message on the tab asks
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "SCHEMA-TYPE" in line]
    assert ":51:5:" in told and "一级指标 level1、二级指标 level2、三级指标 name、指标值 value" in told, told
    rows = re.findall(r"“(\s*(?:- )?[a-z0-9_]+: [^”]*)”", told.split("可换成")[1])
    assert rows == ["  - level1: 产出指标", "    level2: 数量指标", "    name: 侨务接待次数", "    value: 18次"]
    lines = text.split("\n")
    lines[50:51] = rows
    path.write_text("\n".join(lines), encoding="utf-8")
    assert runner.invoke(main, ["validate", str(path)]).exit_code == 0


TASK = "  - name: 履行职责，做好参政议政和信息调研工作。\n    content: 组织在穗台籍人大代表、政协委员和台胞骨干，就广州经济社会发展和对台交流，"
INDICATOR = "  - level1: 产出指标\n    level2: 数量指标\n    name: 档案整理完成率\n    period_value: \"100%\"\n    annual_value: \"100%\""


def _undashed(item: str, moved: bool) -> str:
    """A list's first item without its "- ", its other lines left where they were or moved back to its first key."""
    first, *rest = item.split("\n")
    return "\n".join([first.replace("- ", "", 1), *(line[2:] if moved else line for line in rest)])


@pytest.mark.parametrize("spec, old, moved, line, column, said", [
    # Was "“content”比上一行的“name”多缩进了 2 格", then, those lines moved back, "“name”比上一行的“goal”多缩进了 2 格".
    ("guangzhou-tailian-2023.yaml", TASK, False, 16, 3,
     "“name”（名称）这一行是“key_tasks”（年度重点工作任务）的第一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；"
     "请在这一行开头加上“- ”，这一行写成：  - name: 履行职责，做好参政议政和信息调研工作。"),
    ("guangzhou-tailian-2023.yaml", TASK + "做好参政议政、理论研究和信息工作，反映社情民意。\n    amount: 1.50\n    goal:", True, 16, 3,
     "“name”（名称）这一行是“key_tasks”（年度重点工作任务）的第一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；"
     "请在这一行开头加上“- ”，第 17–19 行（content、amount、goal）也都再多缩进 2 格，与“name”左端对齐，"
     "这一行写成：  - name: 履行职责，做好参政议政和信息调研工作。"),
    ("guangzhou-tailian-2023.yaml", TASK, True, 16, 3, "第 17 行（content）也再多缩进 2 格，与“name”左端对齐"),
    ("guangzhou-tailian-2023.yaml", INDICATOR, False, 38, 3,
     "“level1”（一级指标）这一行是“indicators”（绩效指标）的第一项，却少了开头的“- ”：列表的每一项都要以“- ”开头；"
     "请在这一行开头加上“- ”，这一行写成：  - level1: 产出指标"),
    ("guangzhou-tailian-2023.yaml", INDICATOR, True, 38, 3,
     "第 39–42 行（level2、name、period_value、annual_value）也都再多缩进 2 格，与“level1”左端对齐，这一行写成：  - level1: 产出指标"),
    ("tianjin-qiaolian-2023.yaml", "      - level1: 产出指标\n        level2: 数量指标", False, 16, 7,
     "“level1”（一级指标）这一行是“indicators”（绩效指标）的第一项，却少了开头的“- ”"),
    ("tianjin-qiaolian-2023.yaml", "  - name: 2023年度办公用房租金", False, 7, 3,
     "“name”（项目名称）这一行是“projects”（项目绩效目标表）的第一项，却少了开头的“- ”"),
], ids=["task", "task-moved-back", "task-one-line-moved-back", "indicator", "indicator-moved-back", "nested-indicator",
        "project"])
def test_a_list_s_first_item_without_its_dash_is_told_to_add_it(runner, broken, spec, old, moved, line, column, said):
    """A later item without its "- " was told so; the first was told its next line was indented too deep, and with that
    line moved back, that the next item's dash was: the author went round and never heard of the "- "."""
    path, _ = broken(spec, old, _undashed(old, moved))
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:{line}:{column}: 错误[YAML-SYNTAX] YAML 语法错误：" in result.output, result.output
    assert said in result.output, result.output


def test_a_list_of_one_item_without_its_dash_is_told_which_line_to_mend(runner, broken):
    """With the list's one item's lines all at its first key's column the file reads, a mapping where the list goes,
    and the schema said only that each item begins with "- "."""
    task = TASK + "做好参政议政、理论研究和信息工作，反映社情民意。\n    amount: 1.50\n    goal:"
    path, text = broken("guangzhou-tailian-2023.yaml", task, _undashed(task, moved=True))
    lines = text.split("\n")
    path.write_text("\n".join(lines[:19] + lines[35:]), encoding="utf-8")  # the other tasks deleted
    result = runner.invoke(main, ["validate", str(path)])
    assert (f"{path}:16:3: 错误[SCHEMA-TYPE] 年度重点工作任务：应为列表，实际是一组“键: 值”字段；“key_tasks:”其下每一项都要以"
            "“- ”开头，这里的第一项少了“- ”：请在这一行开头加上“- ”，第 17–19 行（content、amount、goal）也都再多缩进 2 格，"
            "与“name”左端对齐，这一行写成：  - name: 履行职责，做好参政议政和信息调研工作。\n") in result.output, result.output


@pytest.mark.parametrize("line", ["  部门职能: 甲", "  function_text: 甲", "  市侨联是归侨侨眷的人民团体: 甲"])
def test_a_key_after_an_empty_one_is_a_key_unless_it_is_prose_after_a_block(line):
    """A short or ASCII key (a mistyped field) is the schema's to name as unknown, and so is a sentence that does not
    follow an emptied key: only a block's first line of prose is told its indent."""
    header = "  functions: |" if "市侨联" not in line else "  functions: 甲"
    spec = load_text("s.yaml", f"department:\n{header}\n{line}\n  tasks: []\n")
    assert spec.problems == [] and spec.data["department"][line.split(":")[0].strip()] == "甲"


def test_a_block_whose_first_line_reads_as_a_key_is_told_its_indent(runner, broken):
    """Was “部门职能职责概述：不能为空” and “未知字段“市侨联是……其主要工作任务是””, nothing said of the indent."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "\n    市侨联是", "\n  市侨联是")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "未知字段" not in result.output and "不能为空" not in result.output, result.output
    assert (f"{path}:16:3: 错误[YAML-SYNTAX] YAML 语法错误：“|”块里的每一行都要比“functions”（部门职能职责概述）多缩进；"
            "这一行只缩进了 2 格，请在行首补上 2 个空格") in result.output


def test_a_paragraph_indented_with_full_width_spaces_is_text_not_a_slip():
    spec = load_text("s.yaml", "form: x\ngoal: |\n  \u3000\u3000全年目标: 稳步推进\n")
    assert spec.problems == [] and spec.data["goal"] == "\u3000\u3000全年目标: 稳步推进\n"


def test_a_colon_inside_a_value_keeps_the_general_message():
    [problem] = load_text("s.yaml", "form: x\nunit: 说明: 有冒号\n").problems
    assert "双引号" in problem.message and "冒号后面少了" not in problem.message


@pytest.mark.parametrize(
    "typed, words, number",
    [
        ("６１０.８５", "全角", "610.85"),
        ("１２。５", "全角", "12.5"),
        ("1,610.85", "千位", "1610.85"),
        ("610.85万元", "单位", "610.85"),
        ("78.50", "引号", "78.50"),
        ("007.50", "0 开头", "7.50"),
        ("12.5万", "不用写单位“万”", "12.5"),         # these three had no suggestion at all
        ("￥12.5", "不用写货币符号“￥”", "12.5"),
    ],
)
def test_money_typed_as_text_gets_the_number_meant(typed, words, number):
    fix = number_fix(typed)
    assert words in fix and fix.endswith(f"请写成 {number}")


@pytest.mark.parametrize("typed, meant", [("15000元", "1.5"), ("12.50元", "0.00125"), ("1,234,500元", "123.45"),
                                          ("８００元", "0.08"),
                                          # past Decimal's 28 digits it was rounded: 123…4567900000.00 to copy
                                          ("1234567890123456789012345678901234567.89元",
                                           "123456789012345678901234567890123.456789")])
def test_money_in_yuan_is_converted_to_wan_yuan_first(typed, meant):
    """It used to suggest the figure as 万元 only: 15000元 → "若是 15000 万元，请写成 15000", ten thousand times too much.
    The number to copy is exact however long (validate takes any number of digits)."""
    fix = number_fix(typed)
    assert f"元即 {meant} 万元，请写成 {meant}（若本意是" in fix and "不用写单位“元”" in fix


@pytest.mark.parametrize("typed", ["约78万", "1e3", "1,2,3", "", "七十八"])
def test_text_that_is_no_number_gets_no_suggestion(typed):
    assert number_fix(typed) is None


@pytest.mark.parametrize("typed", ["48%", "４８％", "12.5 %", "100%", "5%万元", "５％（万元）"])  # with the unit, not 请写成 5%
def test_an_amount_typed_as_a_percentage_is_told_it_is_no_share(typed):
    """`金额请直接写数字…不要加…单位` had the clerk drop the % and keep 48, now 48 万元: the share's base is not known here,
    so no number is offered. Only an amount is told so; a percentage in another number gets no suggestion."""
    assert number_fix(typed) == "这一栏写的是多少万元，不是百分比；请写出这笔钱的万元数，只写数字，不带“%”"
    assert number_fix(typed, amount=False) is None


def test_validate_tells_an_amount_typed_as_a_percentage_what_the_field_holds(tmp_path):
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("amount: 7.24", "amount: 5%", 1))
    assert result.exit_code == 1 and ("“拟投入的资金（万元）”：应为数字（可留空），实际是文本“5%”；"
                                      "这一栏写的是多少万元，不是百分比；请写出这笔钱的万元数，只写数字，不带“%”\n") in result.output


@pytest.mark.parametrize("typed, number", [("7,24", "7.24"), ("1,2", "1.20"), ("-0,5", "-0.50"), ("1,5", "1.50"),
                                           ("0,600", "0.60"), ("0,625", "0.625")])
def test_a_decimal_comma_is_read_as_the_point(typed, number):
    """`7,24` (a European keyboard's or spreadsheet's decimal comma) got 金额请直接写数字… and no number, though
    `2,057` got one: a comma with one or two digits after it separates no thousands. Nor does one after a lone 0:
    `0,600` was told to drop the thousands comma and write 600.00, a thousand times the amount."""
    assert number_fix(typed, places=2) == f"小数点要用英文句点“.”，不用逗号；请写成 {number}"
    assert number_fix(typed, whole=True) is None


@pytest.mark.parametrize("typed, number", [("12,345,678", "12345678.00"), ("1,000,000", "1000000.00"),
                                           ("1,000.5", "1000.50"), ("12,345.67", "12345.67")])
def test_a_comma_between_groups_of_three_is_a_thousands_separator(typed, number):
    assert number_fix(typed, places=2) == f"不用写千位分隔的逗号；请写成 {number}"


@pytest.mark.parametrize("typed, places, thousands, point", [
    ("1,000", 2, "1000.00", "1.00"), ("12,345", 2, "12345.00", "12.345"), ("1,500", None, "1500", "1.500"),
    ("１,０００", 2, "1000.00", "1.00")])
def test_one_comma_before_three_digits_is_told_as_both_readings(typed, places, thousands, point):
    """`1,000` was told 不用写千位分隔的逗号；请写成 1000.00, while `0,600` and `7,24` were read as decimal commas: an
    author whose keyboard or spreadsheet writes the decimal comma meant 1.000, and was told to write a thousand
    times the amount. Three digits after one comma fit both, so both are said."""
    said = number_fix(typed, places=places)
    assert said.endswith(f"逗号可能是千位分隔，也可能是小数点（小数点要用英文句点“.”）；"
                         f"是千位分隔请写成 {thousands}，是小数点请写成 {point}"), said


@pytest.mark.parametrize("typed, advice", [
    ("1,000", "逗号可能是千位分隔，也可能是小数点（小数点要用英文句点“.”）；是千位分隔请写成 1000.00，是小数点请写成 1.00"),
    ("397.7O", "“O”是英文字母，应为数字 0；请写成 397.70"),
])
def test_validate_tells_how_to_mend_an_amount_typed_with_a_slip(runner, broken, typed, advice):
    """Both readings of one comma (thousands or a decimal point), and a letter O typed for a zero, reach the user as
    validate's located message, not only as `number_fix`'s words."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", "  basic: 397.72", f"  basic: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert (f"9:10: 错误[SCHEMA-TYPE] 预算整体情况 › 基本支出：应为数字（可留空），实际是文本“{typed}”；{advice}\n"
            ) in result.output


@pytest.mark.parametrize("typed, letters, number", [
    ("986.2O", "“O”是英文字母，应为数字 0", "986.20"), ("986.2o", "“o”是英文字母，应为数字 0", "986.20"),
    ("l50.00", "“l”是英文字母，应为数字 1", "150.00"), ("I50", "“I”是英文字母，应为数字 1", "150.00"),
    ("3O7.7l", "“O”是英文字母，应为数字 0，“l”是英文字母，应为数字 1", "307.71"),
    ("９８６.２Ｏ", "用了全角字符（中文输入法），“O”是英文字母，应为数字 0", "986.20"),
])
def test_a_letter_typed_for_the_digit_it_looks_like_is_named(typed, letters, number):
    """`basic: 986.2O` (a letter O for the zero) was told 金额请直接写数字…不要加引号、逗号或单位, none of which it holds: the
    clerk sees a number and finds nothing to mend. A letter with no digit beside it stays no number."""
    assert number_fix(typed, places=2) == f"{letters}；请写成 {number}"
    assert number_fix("O", places=2) is None and number_fix("Ol", places=2) is None
    assert number_fix("10ml", amount=False) is None


def test_validate_reads_a_decimal_comma_in_an_amount(tmp_path):
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("amount: 7.24", "amount: 7,24"))
    assert "实际是文本“7,24”；小数点要用英文句点“.”，不用逗号；请写成 7.24\n" in result.output, result.output


THIS_YEAR = date.today().year
"""Two digits typed for a year are offered as a year near this one only."""


@pytest.mark.parametrize("old, new, said", [
    ("year: 2023", "year:", "年度：应为整数，实际是空的；请填上：预算年度，四位数字，例如 2024\n"),
    ("year: 2023", f"year: {THIS_YEAR % 100}", f"年度：应不小于 2000，实际是 {THIS_YEAR % 100}；年度请写四位数字，如 {THIS_YEAR}\n"),
    # a quoted year was told to write the two digits the schema refuses; one far from now is no year to offer
    ("year: 2023", f'year: "{THIS_YEAR % 100}"', f"年度：应为整数，实际是文本“{THIS_YEAR % 100}”；数字不要加引号，年度请写四位数字，如 {THIS_YEAR}\n"),
    ("year: 2023", "year: 99", "年度：应不小于 2000，实际是 99；年度请写四位数字的预算年度\n"),
    ("year: 2023", "year: 3", "年度：应不小于 2000，实际是 3；年度请写四位数字的预算年度\n"),
    ("year: 2023", 'year: "99"', "年度：应为整数，实际是文本“99”；数字不要加引号，年度请写四位数字的预算年度\n"),
    ("amount: 7.24", "amount: -7.24", "“拟投入的资金（万元）”：不能是负数，实际是 -7.24；金额不写负号，请写成 7.24\n"),
])
def test_a_year_or_amount_out_of_its_range_is_told_what_to_write(tmp_path, old, new, said):
    """An empty year, `year: 23` and a negative amount were told only what is wrong, with nothing to type."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace(old, new, 1))
    assert result.exit_code == 1 and said in result.output, result.output


def test_a_whole_number_field_gets_no_decimal_suggestion():
    assert number_fix("２０２４", whole=True).endswith("请写成 2024")
    assert number_fix("２０２４.５", whole=True) is None


@given(st.from_regex(r"-?(0|[1-9][0-9]{0,11})(\.[0-9]{1,4})?", fullmatch=True))
def test_every_slipped_number_comes_back_as_typed(typed):
    whole, _, fraction = typed.lstrip("-").partition(".")
    grouped = ("-" if typed.startswith("-") else "") + f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    full_width = typed.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789.-"})
    for slipped in (full_width, f"{typed}万元", grouped if "," in grouped else f"{typed} 万元", f"￥{typed}", f"{typed}万"):
        said = number_fix(slipped)
        if re.fullmatch(r"-?[0-9]{1,3},[0-9]{3}", slipped):  # 1,000 may be one with a decimal comma: both are said
            assert f"是千位分隔请写成 {typed}，是小数点请写成 " in said, said
        else:
            assert said.endswith(f"请写成 {typed}"), said


def _validate(tmp_path, text: str):
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(main, ["validate", str(path)])


@pytest.mark.parametrize("spec, old, said", [
    # was "请写成 1.5", printed beside 7.24 and 22.15
    ("guangzhou-tailian-2023.yaml", "amount: 1.50", "不用写单位“万”（表中金额的单位已是万元）；请写成 1.50\n"),
    ("jiangsu-taiban-2024.yaml", "annual: 134", "；请写成 1.5\n"),  # mostly whole amounts: no decimals to follow
])
def test_an_amount_s_fix_is_written_with_the_form_s_decimals(runner, broken, spec, old, said):
    path, _ = broken(spec, old, old.split(":")[0] + ": 1.5万")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and said in result.output, result.output


@pytest.mark.parametrize("typed, number", [("1 234.50", "1234.50"), ("12 345 678", "12345678.00"), ("1 000", "1000.00")])
def test_a_space_between_groups_of_three_is_a_thousands_separator(typed, number):
    """`1 234.50` (a space between thousands, as banks and some spreadsheets print amounts) got only the general
    金额请直接写数字, where `1,234.50` was told what to write: a space is never a decimal point, so it is thousands."""
    assert number_fix(typed, places=2) == f"不用写千位分隔的空格；请写成 {number}"
    assert number_fix("12 34", places=2) is None  # no groups of three: not a number with a slip


@pytest.mark.parametrize("old, new", [("amount: 7.24", "amount: 7.24万"), ("other_funds: 0.00", "other_funds: 0.00万元")])
def test_an_amount_unit_is_worded_alike_beside_a_syntax_error_and_after_it(runner, broken, old, new):
    """AMOUNT-UNIT beside a syntax error named the field `“fiscal”（财政拨款）`, and once the syntax was mended
    `预算整体情况 › 财政拨款`: one slip said two ways. The loader names it as the schema does, a list item counted."""
    path, text = broken("guangzhou-tailian-2023.yaml", old, new)
    mended = runner.invoke(main, ["validate", str(path)]).output
    path.write_text(text.replace("unit: ", "unit：", 1), encoding="utf-8")
    beside = runner.invoke(main, ["validate", str(path)]).output
    said = [[line for line in output.splitlines() if "[AMOUNT-UNIT]" in line] for output in (beside, mended)]
    assert "[YAML-SYNTAX]" in beside and len(said[0]) == 1 and said[0] == said[1], said


def test_validate_tells_an_amount_with_a_space_for_thousands_what_to_write(runner, broken):
    path, _ = broken("guangzhou-tailian-2023.yaml", "amount: 1.50", "amount: 1 234.50")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "实际是文本“1 234.50”；不用写千位分隔的空格；请写成 1234.50" in result.output, \
        result.output


def test_padding_never_takes_digits_away():
    assert number_fix("1.5万", places=2).endswith("请写成 1.50")
    assert number_fix("1.505万", places=2).endswith("请写成 1.505")
    assert number_fix("18人", whole=True, amount=False, places=2).endswith("如 18")


def test_validate_names_full_width_digits_and_keys(tmp_path):
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    text = text.replace("basic: 610.85", "basic: ６１０.８５").replace("\nyear: 2023", "\nｙｅａｒ: 2023")
    result = _validate(tmp_path, text)
    assert result.exit_code == 1
    assert "基本支出：应为数字（可留空），实际是文本“６１０.８５”；用了全角字符（中文输入法）；请写成 610.85" in result.output
    assert "未知字段“ｙｅａｒ”；字段名里有全角字符" in result.output and "请用英文输入法写成“year”" in result.output
    assert "缺少必填字段“year”" not in result.output  # one slip, one message
    assert "2 个错误" in result.output


def test_an_amount_with_a_comma_a_hundred_times_its_neighbours_is_also_offered_as_a_decimal(tmp_path):
    """`2,057` typed for 20.57 was told only 请写成 2057.00: a task a hundred times the other tasks' money."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    assert text.count("amount: 20.57") == 1
    result = _validate(tmp_path, text.replace("amount: 20.57", "amount: 2,057"))
    assert ("实际是文本“2,057”；逗号可能是千位分隔，也可能是小数点（小数点要用英文句点“.”）；是千位分隔请写成 2057.00，"
            "是小数点请写成 2.057，逗号也可能是打错了位置的小数点，写成 20.57（2057.00 万元比其他各项的这一金额大得多）"
            ) in result.output, result.output
    assert result.output.count("20.57") == 1, result.output


def test_an_amount_of_no_list_with_a_comma_is_not_read_beside_other_amounts(tmp_path):
    """A total is many times the spec's other amounts: 全年基本支出 `4,105` (4105.71, which fits the sums) was told
    请写成 4105，或 41.05, beside the projects' 25 and 54. Only a list's item is read beside its siblings."""
    text = (ROOT / "specs" / "jiangsu-taiban-2024.yaml").read_text(encoding="utf-8")
    assert text.count("annual: 4105.71") == 1
    result = _validate(tmp_path, text.replace("annual: 4105.71", 'annual: "4,105"'))
    assert "是千位分隔请写成 4105，是小数点请写成 4.105\n" in result.output and "41.05" not in result.output, result.output


def test_an_amount_with_thousands_like_its_neighbours_is_told_one_reading():
    tasks = [Decimal("1.50"), Decimal("7.24"), Decimal("22.15"), Decimal("0.60")]
    assert number_fix("2,057", places=2, beside=[Decimal("1500.00"), Decimal("2230.00")]).endswith("请写成 2057.00")
    assert number_fix("2,057.5", places=2, beside=tasks).endswith("请写成 2057.50")  # a decimal point typed: meant
    assert number_fix("2,057", places=2, beside=tasks).endswith("是小数点请写成 2.057，逗号也可能是打错了位置的小数点，"
                                                                "写成 20.57（2057.00 万元比其他各项的这一金额大得多）")


def test_a_key_with_a_plain_space_after_it_is_not_blamed_on_the_input_method(tmp_path):
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("\nyear: 2023", '\n"year ": 2023'))
    assert "未知字段“year ”；字段名前后多了空格；请写成“year”" in result.output and "全角" not in result.output


def test_a_key_with_a_no_break_space_before_it_is_not_blamed_on_the_input_method(tmp_path):
    """`- \u00a0name:` (a space typed after the dash, a no-break one pasted from Word) reads as the key "\u00a0name":
    was said as "字段名里有全角字符（中文输入法的空格或字母）", sending the author to the input method."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("\n  - name: 履行职责", "\n  - \u00a0name: 履行职责", 1))
    assert "字段名前后多了不换行空格（从网页或 Word 粘贴来的，看起来和空格一样）；请删掉它，写成“name”" in result.output
    assert "全角" not in result.output


@pytest.mark.parametrize("typed, fix", [
    ("yaer", "是否想写“year”（年度）？"),
    ("年度", "字段名要写英文：“年度”请写成“year”"),  # the Chinese title, as the form prints it
])
def test_a_misspelt_required_key_is_one_message_that_names_the_fix(tmp_path, typed, fix):
    """It was two: 'unknown yaer, did you mean year' and 'year is missing' at line 2, one slip."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8").replace("\nyear: 2023", f"\n{typed}: 2023")
    result = _validate(tmp_path, text)
    assert f"3:1: 错误[SCHEMA-ADDITIONALPROPERTIES] 文件顶层：未知字段“{typed}”；{fix}" in result.output
    assert "缺少必填字段" not in result.output and "1 个错误" in result.output


@pytest.mark.parametrize("key, typed, title", [("budget", "预算", "预算整体情况"), ("overall_target", "总体目标", "总体绩效目标")])
def test_a_key_typed_as_a_shortened_chinese_title_is_matched_to_its_field(tmp_path, key, typed, title):
    """`预算:` was two errors: 'budget is missing' and 'unknown 预算' with the list of every field."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace(f"\n{key}:", f"\n{typed}:", 1))
    assert f"未知字段“{typed}”；是否想写“{key}”（{title}）？" in result.output
    assert "缺少必填字段" not in result.output and "1 个错误" in result.output


def test_a_misspelling_is_matched_to_a_field_not_already_there(tmp_path):
    """`levell` next to level2 was 'did you mean level2?'."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("- level1: 产出指标\n    level2: 数量指标", "- levell: 产出指标\n    level2: 数量指标", 1))
    assert "未知字段“levell”；是否想写“level1”（一级指标）？" in result.output and "1 个错误" in result.output


def test_a_bracketed_word_where_text_belongs_is_told_to_be_quoted(tmp_path):
    """`name: [重点]` is valid YAML for a list, so only the schema notices; it said list, not how to write text."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    text = text.replace("  name: 举办活动场次", "  name: [重点]  # 注释").replace("\nunit: 广州市台湾同胞联谊会", "\nunit: {广州}")
    result = _validate(tmp_path, text)
    assert "45:11: 错误[SCHEMA-TYPE] 第 2 个绩效指标的“三级指标”：应为文本，实际是列表（1 项）；若“[重点]”是文字，请给整个值加上双引号，写成 \"[重点]\"" in result.output
    assert "4:7: 错误[SCHEMA-TYPE] 部门名称：应为文本，实际是一组“键: 值”字段；若“{广州}”是文字" in result.output


def test_a_gbk_file_is_named_as_gbk(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes("form: x\nunit: 广州市台湾同胞联谊会\n".encode("gbk"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "gbk.yaml:2:7: 错误[FILE-ENCODING] 文件是 GBK（GB2312）编码" in result.output
    assert "以 UTF-8 另存" in result.output
    assert "记事本、WPS 打开时文字正常，另存为 → 编码选“UTF-8”" in result.output  # the editors that save GBK: was VS Code only


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_as_utf16_at_its_start(tmp_path, encoding):
    """Notepad's "Unicode", with or without a byte-order mark: named, and located at 1:1, not at a byte count."""
    path = tmp_path / "notepad.yaml"
    path.write_bytes("form: guangzhou\nunit: 广州市台湾同胞联谊会\nyear: 2025\n".encode(encoding))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "notepad.yaml:1:1: 错误[FILE-ENCODING] 文件是 UTF-16 编码（Windows 记事本里叫“Unicode”）" in result.output
    assert result.exit_code == 1 and "Traceback" not in result.output


@pytest.mark.parametrize("typed, whole, said", [
    ("90万", False, "不用写单位“万”；请只写数字，如 90"),
    ("15000元", False, "不用写单位“元”；请只写数字，如 15000"),
    ("18人", True, "不用写单位“人”；请只写数字，如 18"),
    ("１,５００万", True, "用了全角字符（中文输入法），不用写单位“万”，不用写千位分隔的逗号；请只写数字，如 1500"),
    ("０９０", False, "用了全角字符（中文输入法），数字不要以 0 开头；请写成 90"),
])
def test_a_number_that_is_no_amount_is_not_told_about_wan_yuan(typed, whole, said):
    """A 分值 typed `90万` was told "表中金额的单位已是万元", and `15000元` was converted to 1.5 万元."""
    assert number_fix(typed, whole=whole, amount=False) == said


def test_a_currency_sign_is_taken_out_of_an_amount_only():
    assert number_fix("￥90", amount=False) is None
    assert number_fix("￥90").endswith("请写成 90")


@pytest.mark.parametrize("old, new, said", [
    ("  staff_count: 18", '  staff_count: "90万"',
     "zhanjiang-qiaolian-2024.yaml:6:16: 错误[SCHEMA-TYPE] 基本信息 › 财政供养人员数：应为整数（可留空），实际是文本“90万”；"
     "不用写单位“万”；请只写数字，如 90\n"),
    ("  staff_count: 18", "  staff_count: 18人",
     "：应为整数（可留空），实际是文本“18人”；不用写单位“人”；请只写数字，如 18\n"),
    ("  basic: 397.72", "  basic: 15000元",
     "9:10: 错误[AMOUNT-UNIT] 预算整体情况 › 基本支出：应为数字，实际是文本“15000元”；不用写单位“元”（表中金额的单位已是万元）；15000 元即 1.50 万元，请写成 1.50"
     "（若本意是 15000 万元，写成 15000.00）"),  # the form's other amounts have two decimals
])
def test_validate_gives_amount_advice_for_amounts_only(runner, broken, old, new, said):
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and said in result.output, result.output


@pytest.mark.parametrize("typed, unit, fix", [
    ("1.50（万元）", "（万元）", "请写成 1.50"), ("1.50(万元)", "(万元)", "请写成 1.50"), ("1.50 （万元）", "（万元）", "请写成 1.50"),
    ('"1.5（万）"', "（万）", "请写成 1.50"), ("15000（元）", "（元）", "15000 元即 1.50 万元，请写成 1.50"),
    ("15000(元)", "(元)", "15000 元即 1.50 万元，请写成 1.50"),
])
def test_an_amount_typed_with_its_unit_in_brackets_is_told_the_unit(runner, broken, typed, unit, fix):
    """`amount: 1.50（万元）`, the unit as the form's header writes it, got the general amount advice (its full-width
    brackets read as full-width digits), not AMOUNT-UNIT's 1.50 as `1.50万元` did; nor in a file YAML could not read."""
    path, text = broken("guangzhou-tailian-2023.yaml", "amount: 1.50", f"amount: {typed}")
    bare = typed.strip('"')
    said = f"错误[AMOUNT-UNIT] 第 1 个年度重点工作任务的“拟投入的资金（万元）”：应为数字，实际是文本“{bare}”；"
    result = runner.invoke(main, ["validate", str(path)])
    assert f"{said}不用写单位“{unit}”（表中金额的单位已是万元）；{fix}" in result.output, result.output
    assert "全角字符" not in result.output
    path.write_text(text.replace("unit: 广州", "unit：广州", 1), encoding="utf-8")  # a syntax slip: the loader's sweep
    result = runner.invoke(main, ["validate", str(path)])
    assert "YAML-SYNTAX" in result.output and f"不用写单位“{unit}”（表中金额的单位已是万元）；{fix}" in result.output, result.output


def test_validate_names_a_full_width_space_after_a_number_not_quotes(tmp_path):
    """`basic: 610.85　` was told 数字不要加引号, where no quote was typed: the IME's space made it text."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("basic: 610.85", "basic: 610.85\u3000"))
    assert "基本支出：应为数字（可留空），实际是文本“610.85\u3000”；末尾多了一个全角空格（中文输入法的空格）；请写成 610.85" \
        in result.output and "引号" not in result.output


@pytest.mark.parametrize("indent, column, extra", [("    ", 5, 2), ("      ", 7, 4)])
def test_a_block_key_moved_deeper_than_its_siblings_is_told_to_move_back(runner, broken, indent, column, extra):
    """`functions: |` typed at the column of `budget:`'s amounts was told “请在行首补上 2 个空格” on its text, which
    stood in its place; or, deeper still, was said against `project`, a field of another mapping, with no name."""
    path, _ = broken("hengyang-qiaolian-2022.yaml", "\n  functions: |", f"\n{indent}functions: |")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert (f"{path}:15:{column}: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：“functions”（部门职能职责概述）比同一层的字段"
            f"（第 7 行的“budget”（年度预算申请（万元）））多缩进了 {extra} 格；请把“functions”退回到第 3 列，"
            "与“budget”左端对齐（块里的文字不用动）") in result.output, result.output
    assert "补上" not in result.output


@pytest.mark.parametrize("text_indent, spaces", [("  ", 2), ("", 4)])
def test_a_block_key_moved_deeper_with_its_text_no_deeper_than_its_siblings_names_both_slips(runner, broken,
                                                                                             text_indent, spaces):
    """`functions: |` at column 5 with its text at column 3 was told only to move back to column 3, where its text,
    still at that column, then stood outside it: a second error after following the first."""
    path, text = broken("hengyang-qiaolian-2022.yaml", "\n  functions: |", "\n    functions: |")
    lines = text.split("\n")
    start = lines.index("    functions: |") + 1
    end = next(n for n in range(start, len(lines)) if not lines[n].startswith("    "))
    lines[start:end] = [text_indent + line[4:] for line in lines[start:end]]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1, result.output
    assert (f"{path}:15:5: 错误[YAML-SYNTAX] YAML 语法错误：缩进不对：“functions”（部门职能职责概述）比同一层的字段"
            "（第 7 行的“budget”（年度预算申请（万元）））多缩进了 2 格；请把“functions”退回到第 3 列，"
            f"与“budget”左端对齐；“|”块里的每一行也都要比“functions”多缩进，请在行首补上 {spaces} 个空格") \
        in result.output, result.output


def test_every_slip_a_line_shows_is_reported_at_once(tmp_path):
    """A walkthrough's file with a full-width colon on one line and a tab indenting another was told only the first,
    "1 个错误": the parser stops at its first error, and an author needed a round per slip."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    text = (text.replace("    name: 档案整理完成率", "    name：档案整理完成率")
            .replace("    level2: 数量指标\n    name: 举办活动场次", "\tlevel2: 数量指标\n    name: 举办活动场次")
            .replace("    name: 影响力提升率", "    name: %影响力提升率")
            .replace("  - level1: 效益指标\n    level2: 社会效益指标\n    name: 患病",
                     "  - level1: 效益指标\n  \u3000level2: 社会效益指标\n    name: 患病"))
    result = _validate(tmp_path, text)
    lines = [line for line in result.output.splitlines() if "YAML-SYNTAX" in line]
    places = [line.split(": 错误")[0].rsplit(":", 2)[1:] for line in lines]
    assert places == [["40", "9"], ["44", "1"], ["59", "3"], ["70", "11"]]
    assert "“name”（三级指标）后面是中文冒号“：”" in lines[0] and "不能用 Tab 键缩进或对齐" in lines[1]
    assert "缩进里有全角空格" in lines[2] and '写成：    name: "%影响力提升率"' in lines[3]
    assert "4 个错误" in result.output and result.exit_code == 1


@pytest.mark.parametrize("typed", [
    "name：本年度无其他任务",  # text under a key with nothing after its colon: a value over lines, no slip
    "- unit:http://example.com\n  - name：见附件",  # a list of texts
])
def test_no_other_slip_is_said_where_a_line_may_be_a_value_s_text(typed):
    text = (f"form： x\nother_tasks:\n  {typed}\nnote: |\n  name：x\n  \tunit: %y\ngoal: 甲\n  name：乙\n"
            "unit: '甲\n  name：乙'\n")
    assert [problem.line for problem in load_text("s.yaml", text).problems] == [1]  # the first line's colon only


def test_no_line_of_an_example_is_another_slip():
    """The sweep runs on a text that failed to parse; each example broken on its first line is told that line only."""
    for path, lines in EXAMPLES.items():
        broken = "\n".join(["form： x", *lines[1:]]) + "\n"
        assert [problem.line for problem in load_text(path.name, broken).problems] == [1], path.name


_TEXT = st.lists(st.sampled_from(["name", "：", ":", ": ", " ", "- ", "%", "@", '"', "'", "\t", "\u3000", "#", " #", ">",
                                  "|", "\n", "补助", "[", "]", "{", "}", ",", "unit:x", "\u00a0", "*", "&", "-"]),
                 max_size=10).map("".join)
_KEYS = st.sampled_from(["name", "unit", "level1", "goal", "amount"])


def _nested(inner):
    mapping = st.dictionaries(_KEYS, inner, max_size=4)
    return st.one_of(st.lists(_TEXT, max_size=3), st.lists(mapping, max_size=3), mapping)  # a list holds one kind


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, st.recursive(_TEXT, _nested, max_leaves=20), min_size=1, max_size=5),
       st.sampled_from([8, 30, 1000]), st.sampled_from([(2, 2, 0), (2, 4, 2), (4, 4, 2)]))
def test_no_slip_is_seen_in_any_text_a_yaml_writer_writes(data, width, indent):
    """Whatever a value holds, written over lines or in quotes left open on a line, YAML reads it: none of its lines is
    a slip, so none is said beside another line's error."""
    from ruamel.yaml import YAML

    from generator.syntax_slips import other_slips

    yaml = YAML(typ="rt")
    yaml.width = width
    yaml.indent(mapping=indent[0], sequence=indent[1], offset=indent[2])
    written = io.StringIO()
    yaml.dump(data, written)
    assert other_slips(written.getvalue(), lambda *_, **__: "", 0) == [], written.getvalue()


@pytest.mark.parametrize("typed, said", [
    ("%98", "的值以“%”开头，“%”在 YAML 中有特殊含义，不能出现在值的开头；请给整个值加上英文双引号，写成：    period_value: \"%98\""),
    ("@全体台胞", "“@”在 YAML 中有特殊含义，不能出现在值的开头；请给整个值加上英文双引号，写成：    period_value: \"@全体台胞\""),
    ("- 98%  # 注", "的值以“- ”开头，YAML 把它读成列表的一项，列表不能与“period_value:”写在同一行；"
                    "如果这是文字内容，请给整个值加上英文双引号，写成：    period_value: \"- 98%\"  # 注"),
    ("补助发放及时率: 按月", "56:26: 错误[YAML-SYNTAX] YAML 语法错误：“period_value”（实施周期指标值）的值里有“: ”（英文冒号加空格），"
                      "YAML 把它前后读成又一个“键: 值”；请把这个冒号改成中文冒号“：”，或给整个值加上英文双引号，"
                      "写成：    period_value: \"补助发放及时率: 按月\""),
    ('达到"优": 98%', "或给整个值加上英文单引号，写成：    period_value: '达到\"优\": 98%'"),  # no escape needed in single quotes
    ("%C:\\目录", "写成：    period_value: \"%C:\\\\目录\""),  # a backslash escaped in double quotes
    # A ` #` inside quotes, kept in the value: its line was given with the ` #1"` after it again, as a comment.
    ('说明: "甲 #1"', "写成：    period_value: '说明: \"甲 #1\"'\n"),
])
def test_a_value_yaml_reads_otherwise_is_given_with_its_line_quoted(tmp_path, typed, said):
    """`>=98%` and `[补助]…` were given the line to paste; `%98`, `@…`, `- …` and a ": " inside a value were told only
    to add double quotes, and how (an inner quote, a backslash) was left to the author."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    assert text.count('    period_value: "≥98%"') == 1
    result = _validate(tmp_path, text.replace('    period_value: "≥98%"', f"    period_value: {typed}"))
    assert said in result.output and "1 个错误" in result.output, result.output


def test_a_slip_on_every_line_is_said_for_the_first_hundred():
    """Naming each key reads the lines above it: 5,000 slipped lines took 77 s to be told, one message each."""
    from generator.syntax_slips import MOST_OTHER_SLIPS

    text = "form: guangzhou\nindicators:\n" + "  - level1: 产出指标\n    name：x\n" * 1000
    problems = load_text("s.yaml", text, Catalog()).problems
    assert len(problems) == 1 + MOST_OTHER_SLIPS and problems[-1].line == 2 * (MOST_OTHER_SLIPS + 1) + 2


def test_an_amount_typed_with_its_unit_is_said_beside_a_syntax_error(tmp_path):
    """The parser stops at the full-width colon and the schema never runs: `610.85万元` was said only once the colon
    was mended. The loader reads an amount's line, named by the form's schema, as it reads a key's colon: a 万元, 万
    or 元 after the digits of a field the schema makes an amount is said in the same round; the same words in a text
    field (a 指标名称 `100万元`) are not, nor a unit on a line already said for its colon (one slip a line). In quotes
    too, and with the decimals of the file's other amounts, as the schema says it: the sweep passed `"78.56万"` by and
    told `15000元` to be written 1.5, the schema 1.50."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    for old, new in (("unit: 广州", "unit：广州"), ("basic: 610.85", "basic：610.85万元"), ("project: 78.56", 'project: "78.56万"'),
                     ("amount: 1.50", "amount: 15000元  # 一万五"), ("name: 档案整理完成率", "name: 100万元")):
        text = text.replace(old, new, 1)
    spec = tmp_path / "gz.yaml"
    spec.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(spec)])
    said = [line.split(": ", 1)[0].split(":", 1)[1] + " " + line.split(" ")[1].split("]")[0] + "]"
            for line in result.output.splitlines()[:-1]]
    assert said == ["4:5 错误[YAML-SYNTAX]", "6:8 错误[YAML-SYNTAX]", "7:12 错误[AMOUNT-UNIT]", "18:13 错误[AMOUNT-UNIT]"], \
        result.output
    assert ("第 1 个年度重点工作任务的“拟投入的资金（万元）”：应为数字，实际是文本“15000元”；不用写单位“元”（表中金额的单位已是万元）；"
            "15000 元即 1.50 万元，请写成 1.50（若本意是 15000 万元，写成 15000.00）") in result.output
    assert result.exit_code == 1 and result.output.endswith(f"检查了 1 个文件：4 个错误，0 个警告。{rerun_note(1)}\n")


@pytest.mark.parametrize("path", SPECS, ids=lambda path: path.stem)
def test_the_loader_says_a_unit_where_the_schema_would_and_nowhere_else(path):
    """Every value typed on a key's line (but the form's, and block headers) made `12.5万元`: the lines the loader's
    sweep names are exactly those the schema, once the file reads, says to drop the 万元 on. Its reading of a key's
    place and of the amount fields is the schema's, in each form; and both say it as one slip, AMOUNT-UNIT, in the
    same words after the field's name (the schema said SCHEMA-TYPE, `应为数字（可留空）`, the sweep `是金额，应为数字`)."""
    from generator.field_fixes import unit_slip
    from generator.key_names import KeyNames
    from generator.syntax_slips import amount_units
    from generator.validate import Validator

    lines = EXAMPLES[path]
    typed = [f"{found['indent']}{found['dash'] or ''}{found['key']}: 12.5万元"
             if (found := KEY_LINE.match(line)) and found["key"] != "form" and found["value"][0] not in "|>" else line
             for line in lines]
    text = "\n".join(typed) + "\n"
    validator = Validator()
    checked = validator.check(load_text(str(path), text, validator.catalog))
    words = f"：{unit_slip('12.5万元')}"
    schema_says = {problem.line: problem.message.endswith(words) for problem in checked.problems
                   if "不用写单位“万元”" in problem.message and problem.code == "AMOUNT-UNIT"}
    sweep_says = {line: message.endswith(words)
                  for line, _, message in amount_units(text, KeyNames(text, validator.catalog), set())}
    assert schema_says and sweep_says == schema_says and all(schema_says.values())


def test_the_slips_under_a_key_whose_keys_all_have_a_blank_before_the_colon_are_said_beside_the_first():
    """`budget:` with every key under it typed `basic : 1`, which YAML reads as `basic: 1`, was taken for a key holding
    text over lines, so no slip of those lines was said beside the parser's error: a second round for each."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[4] == "budget:" and lines[13].startswith("overall_target:")
    lines[5:13] = [line.replace(": ", " : ", 1) for line in lines[5:13]]
    text = "\n".join(lines).replace("year: 2023", "year:2023").replace("basic : 610.85", "basic : 610.85万元")
    text = text.replace("project : 78.56", "project :78.56")
    from generator.validate import Validator

    loaded = load_text("gz.yaml", text, Validator().catalog)  # the catalog tells an amount's field, for its unit
    assert sorted((problem.line, problem.column, problem.code) for problem in loaded.problems) == [
        (3, 6, "YAML-SYNTAX"), (6, 11, "AMOUNT-UNIT"), (7, 12, "YAML-SYNTAX")]


def test_a_slip_under_a_key_with_only_a_comment_after_it_is_said_beside_the_first():
    """`budget:  # 预算整体情况（万元）`, as the examples and `jixiao import` write a group's key, was taken for a key
    holding text, so no slip of the lines under it was said beside the parser's error: a second round for each."""
    text = (ROOT / "specs" / "zhanjiang-qiaolian-2024.yaml").read_text(encoding="utf-8")
    assert "budget:  # " in text
    text = text.replace("unit: 湛江", "unit：湛江").replace("  basic: 397.72", "  basic：397.72")
    assert [(problem.line, problem.column) for problem in load_text("zj.yaml", text).problems] == [(4, 5), (9, 8)]


def _undash_items(text: str, key: str, how: str, which=None) -> str:
    """`text` with the items of the list under the line `key` (as typed, e.g. `    indicators:`, a comment aside) typed without their
    "- ": the dash deleted (`drop`), typed over with spaces (`spaces`), or deleted with the item's lines moved back
    to its key (`back`); every item, or those numbered in `which`."""
    lines = text.split("\n")
    holder = next(number for number, line in enumerate(lines) if line.split("  #")[0] == key)  # the first so typed
    dash = len(lines[holder + 1]) - len(lines[holder + 1].lstrip(" "))
    item = -1
    for number in range(holder + 1, len(lines)):
        line = lines[number]
        width = len(line) - len(line.lstrip(" "))
        if line.strip() and width < dash:
            break
        if line.strip() and width == dash and line.lstrip().startswith("- "):
            item += 1
            if which is None or item in which:
                lines[number] = line[:dash] + ("  " if how == "spaces" else "") + line[dash + 2:]
        elif how == "back" and line.strip() and (which is None or item in which):
            lines[number] = line[2:]
    return "\n".join(lines)


def _follow(runner, path) -> tuple[int, str]:
    """Do what validate says, literally, round after round, until it has no error to say; (rounds, last output).
    Each message's line is written as it says (`写成：…`), the lines it names are indented two more, and the lines
    of text it names get their "- "; a message that asks to delete anything fails the test."""
    for rounds in range(10):
        result = runner.invoke(main, ["validate", str(path)])
        errors = re.findall(r":(\d+):\d+: 错误\[[A-Z-]+\] (.*)", result.output)
        if not errors:
            return rounds, result.output
        lines = path.read_text(encoding="utf-8").split("\n")
        for line, said in errors:
            assert not re.search("请删|删掉|删去", said), result.output
            texts = re.search(r"第 ([0-9–、]+) 行的文字像是少了“- ”", said)
            written = re.search(r"写成：(.*?)(?:；否则|$)", said)
            assert texts or written, result.output
            for run in re.findall(r"第 ([0-9–、]+) 行（[^）]*）也(?:都)?再多缩进 2 格", said) + ([texts[1]] if texts else []):
                for piece in run.split("、"):
                    first, _, last = piece.partition("–")
                    for number in range(int(first), int(last or first) + 1):
                        content = lines[number - 1]
                        indent = len(content) - len(content.lstrip(" "))
                        lines[number - 1] = content[:indent] + ("- " if texts else "  ") + content[indent:]
            if written:
                lines[int(line) - 1] = written[1]
        path.write_text("\n".join(lines), encoding="utf-8")
    raise AssertionError(f"still wrong after 10 rounds: {result.output}")


@pytest.mark.parametrize("spec, key", [
    ("guangzhou-tailian-2023.yaml", "key_tasks:"),
    ("guangzhou-tailian-2023.yaml", "indicators:"),
    ("hengyang-qiaolian-2022.yaml", "  tasks:"),
    ("jiangsu-taiban-2024.yaml", "  projects:"),
    ("tianjin-qiaolian-2023.yaml", "projects:"),
    ("tianjin-qiaolian-2023.yaml", "    indicators:"),
    ("zhanjiang-qiaolian-2024.yaml", "key_tasks:"),
])
@pytest.mark.parametrize("how", ["drop", "spaces", "back"])
@pytest.mark.parametrize("which", [None, (0, 1), (1, 2)], ids=["every-item", "first-two", "second-and-third"])
def test_following_the_advice_for_items_without_their_dash_gives_the_spec_back(runner, broken, spec, key, how, which):
    """Items typed without their "- ", every one of a list, or two: was YAML-DUPLICATE-KEY “删掉多余的一处”, which
    would have deleted items, or advice to indent the next items' first lines, which made them fields of the first
    item. Each message now says what to write, and doing just that reads the spec as it was."""
    original = (ROOT / "specs" / spec).read_text(encoding="utf-8")
    path, _ = broken(spec, original, _undash_items(original, key, how, which))
    rounds, output = _follow(runner, path)
    assert "错误" not in output, output
    assert load_text("a", path.read_text(encoding="utf-8")).data == load_text("b", original).data
    assert rounds <= (1 if which is None or how != "back" else 2)  # a later item moved back is told once the first reads


def test_every_item_without_its_dash_is_told_at_its_first_line_not_as_a_key_written_twice(runner, broken):
    """Typed over with spaces, the indicators were one mapping, and YAML-DUPLICATE-KEY told the author to delete
    the second “level1”: an indicator. Each indicator is told where it begins, with its line as it is to be written."""
    original = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    path, _ = broken("guangzhou-tailian-2023.yaml", original, _undash_items(original, "indicators:", "spaces"))
    result = runner.invoke(main, ["validate", str(path)])
    assert "YAML-DUPLICATE-KEY" not in result.output and "删" not in result.output.replace("不要删", ""), result.output
    assert (f"{path}:38:3: 错误[YAML-SYNTAX] YAML 语法错误：“level1”（一级指标）这一行和第 43、48、53、58、63、68、73 行各开始"
            "“indicators”（绩效指标）的一项，却都少了开头的“- ”，YAML 把这几项读成了一项，就说“level1”重复了：列表的每一项都要以“- ”"
            "开头，这几行都不要删；请把这一行“level1”前面的两个空格换成“- ”，这一行写成：  - level1: 产出指标") in result.output
    assert (f"{path}:73:3: 错误[YAML-SYNTAX] YAML 语法错误：“level1”（一级指标）这一行开始“indicators”（绩效指标）的又一项，"
            "也少了开头的“- ”（同第 38 行）；请把这一行“level1”前面的两个空格换成“- ”，这一行写成：  - level1: 效益指标") in result.output
    assert result.output.count("错误[YAML-SYNTAX]") == 8, result.output


def test_items_whose_dash_was_deleted_are_each_told_to_add_it_and_no_line_to_indent(runner, broken):
    """The "- " deleted from every task left each task's fields where they belong; the first task was told to add its
    dash and to indent the next tasks' first lines, which would have made them fields of the first task."""
    original = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    path, _ = broken("guangzhou-tailian-2023.yaml", original, _undash_items(original, "key_tasks:", "drop"))
    result = runner.invoke(main, ["validate", str(path)])
    assert "再多缩进" not in result.output, result.output
    assert (f"{path}:16:3: 错误[YAML-SYNTAX] YAML 语法错误：“name”（名称）这一行和第 20、24、28、32 行各开始“key_tasks”"
            "（年度重点工作任务）的一项，却都少了开头的“- ”：") in result.output, result.output
    assert f"{path}:32:3: 错误[YAML-SYNTAX] YAML 语法错误：“name”（名称）这一行开始“key_tasks”（年度重点工作任务）的又一项" \
        in result.output, result.output


@pytest.mark.parametrize("text, said", [
    # The first key's own block, its text two deeper than the key: at the key's column once the "- " is put before it.
    ("form: zhanjiang\nkey_tasks:\n  content: |\n    甲\n  amount: 1.00\n  - name: 乙\n",
     "第 4–5 行（“content”的文字、amount）也都再多缩进 2 格，与“content”左端对齐，这一行写成：  - content: |"),
    ("form: zhanjiang\nkey_tasks:\n  content: |\n    甲\n      乙\n  - name: 丙\n",
     "第 4–5 行（“content”的文字）也都再多缩进 2 格"),
])
def test_a_block_two_deeper_than_a_first_item_s_key_moves_with_it(text, said):
    """The lines to indent began after the item's first line, so a `|` block that line opens was left at the column its
    key moves to, and the next round said its text was not under it."""
    problems = load_text("gz.yaml", text, Catalog()).problems
    assert said in problems[0].message, problems[0].message


def test_a_list_of_texts_without_its_dashes_is_told_to_add_them_not_to_delete_the_text(runner, broken):
    """Read as one text, the targets were told “请删去冒号后面的…” (delete them) and to write them as items."""
    old = "      - 受人员编制限制聘请出纳"
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, old.replace("- ", ""))
    result = runner.invoke(main, ["validate", str(path)])
    assert "请删去" not in result.output, result.output
    assert ("“targets:”其下每一项一行，以“- ”开头，第 53 行的文字像是少了“- ”的一项：请在这一行的文字前加上“- ”，"
            "写成：      - 受人员编制限制聘请出纳") in result.output, result.output


@pytest.mark.parametrize("dash", ["－ ", "• ", "·", "-", "—— "])
def test_a_text_item_begun_with_a_mistyped_dash_is_told_to_replace_it(runner, broken, dash):
    """`－ 甲` (the IME's dash), `• 甲` (Word's bullet) or `-甲` was told to add "- " before it: `- － 甲` kept the mark
    as text at the target's start, printed on the form. The mark is named and the line given without it; pasted back,
    the file validates."""
    old = "      - 受人员编制限制聘请出纳"
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, f"      {dash}受人员编制限制聘请出纳")
    result = runner.invoke(main, ["validate", str(path)])
    written = re.search(rf"第 53 行的文字像是少了“- ”的一项：请把行首的“{dash.strip()}”换成“- ”（英文减号，后面一个空格），"
                        r"写成：(.*)", result.output)
    assert written and written[1].startswith(old), result.output
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[52] = written[1]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "错误[" not in runner.invoke(main, ["validate", str(path)]).output


@pytest.mark.parametrize("typed", ["-5%以内的出纳差错", "−5", "——", "·", "———受人员编制限制聘请出纳", "—————— 受人员编制",
                                   "受人员·编制限制聘请出纳", "受人员——编制"])
def test_a_sign_or_a_mark_beginning_or_inside_a_text_item_is_kept_as_its_text(runner, broken, typed):
    """`-5%…` was told to replace its “-” with "- " and given as `- 5%…`, its sign lost; `——` alone on its line as
    `- `, an empty item refused in turn; `———甲` (a dash line, a separator) was taken for a typed dash and given as
    `- —甲`, two of its dashes lost; a mark inside the text (`受人员·编制`) was taken out wherever it stood. Such a line
    is given with "- " before it, its text as typed; pasted back, the file validates."""
    old = "      - 受人员编制限制聘请出纳，保障机关财务工作正常开展；保障单位领导配车聘用驾驶员、保洁，前台接待文件收发等"
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, f"      {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert f"第 53 行的文字像是少了“- ”的一项：请在这一行的文字前加上“- ”，写成：      - {typed}\n" in result.output, \
        result.output
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[52] = f"      - {typed}"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "错误[" not in runner.invoke(main, ["validate", str(path)]).output


@pytest.mark.parametrize("numbers, said", [
    (["1. ", "2. ", "3. "], "，去掉行首的序号“1.”等（表上会给每一项自动编号），如第 53 行写成：      - 受人员"),
    (["1、", "2、", "3、"], "，去掉行首的序号“1、”等（表上会给每一项自动编号），如第 53 行写成：      - 受人员"),
    # Not counted 1, 2, 3: the numbers are the author's text (a figure, a list's one line), kept as typed.
    (["1. ", "", "3. "], "，如第 53 行写成：      - 1. 受人员"),
    (["1.5", "2. ", "3. "], "，如第 53 行写成：      - 1.5受人员"),
    (["1. ", "1. ", "1. "], "，如第 53 行写成：      - 1. 受人员"),  # numbered alike, not counting up
])
def test_a_list_of_texts_typed_as_numbered_lines_is_given_without_its_numbers(runner, broken, numbers, said):
    """`1. 甲` on its lines under `targets:`, as Word numbers a list, was given as `- 1. 甲`: the form prints each
    target's number itself, and printed `1.1. 甲`. Numbers counting up by one are taken out, and said so."""
    old = "\n".join(f"      - {text}" for text in _TJ_TARGETS)
    new = "\n".join(f"      {number}{text}" for number, text in zip(numbers, _TJ_TARGETS))
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert "第 53–55 行的文字像是少了“- ”的 3 项（YAML 把它们连成了一段文字）：请在这几行的文字前都加上“- ”" + said in \
        result.output, result.output
    if said.startswith("，去掉"):
        fixed = path.read_text(encoding="utf-8").replace(new, old)
        path.write_text(fixed, encoding="utf-8")
        assert "错误[" not in runner.invoke(main, ["validate", str(path)]).output
        runner.invoke(main, ["build", "-q", "--format", "html", "-o", str(path.parent / "out"), str(path)])
        html = next((path.parent / "out").glob("*.html")).read_text(encoding="utf-8")
        assert f"1.{_TJ_TARGETS[0]}" in html  # the form's own number: one typed in the text would print before it


def test_no_texts_are_no_numbered_list_and_one_number_is_asked_away_alone():
    """item_numbers: an empty list counts as unnumbered (counts[0] of none was an IndexError), and the message for a
    single numbered item says its number without 等 (and the others)."""
    from generator.item_numbers import counted, numbers_dropped

    assert counted([]) is None
    assert numbers_dropped(counted(["1. 甲"])) == "去掉行首的序号“1.”（表上会给每一项自动编号）"
    assert numbers_dropped(counted(["1. 甲", "2. 乙"])) == "去掉行首的序号“1.”等（表上会给每一项自动编号）"


_TJ_TARGETS = ["受人员编制限制聘请出纳，保障机关财务工作正常开展；保障单位领导配车聘用驾驶员、保洁，前台接待文件收发等",
               "根据法制政府建设实施纲要，聘请法律顾问，解决单位日常经营活动的有关法律咨询问题；保障机关财务工作正常开展，防范财务廉洁风险；",
               "落实全市全面从严治党主体责任档案工作考核内容，开展数字档案室建设，提高档案工作质量和信息化水平，推动侨联档案工作进一步发展。"]


_GZ_ITEM = "  - level1: 产出指标\n    level2: 数量指标\n    name: 举办活动场次\n"
_GZ_TASK_END = "“台联之星”歌唱比赛活动各1次。\n"


@pytest.mark.parametrize("old, new, line, first, values", [
    # The first key copied to be edited, right under it: the item above would be left with nothing but its first key.
    (_GZ_ITEM, "  - level1: 产出指标\n    level1: 效益指标\n    level2: 数量指标\n    name: 举办活动场次\n", 44, 43,
     "“level1: 产出指标”了，第 44 行又写了“level1: 效益指标”"),
    # Typed again between the item's other fields: the two halves share no field.
    (_GZ_ITEM, "  - level1: 产出指标\n    level2: 数量指标\n    level1: 效益指标\n    name: 举办活动场次\n", 45, 43,
     "“level1: 产出指标”了，第 45 行又写了“level1: 效益指标”"),
    # A name typed again at the task's end: the “new item” has no field of its own.
    (_GZ_TASK_END, _GZ_TASK_END + "    name: 拓展工作平台\n", 24, 20,
     "“name: 拓展工作平台，联谊服务在穗台商和在穗高校…”了，第 24 行又写了“name: 拓展工作平台”"),
], ids=["copied-under-it", "typed-between-fields", "name-at-the-end"])
def test_a_first_key_typed_twice_inside_one_item_is_not_told_only_as_a_new_item(runner, broken, old, new, line, first,
                                                                                  values):
    """The key a form's list items begin with, typed again inside one item, was told to become a new item (“少了开头的
    “- ””) and nothing else: doing so cut the indicator in two, and the next run said four required fields were
    missing. The item above lacking fields a new item would have copied, both readings are offered, with both lines."""
    path, _ = broken("guangzhou-tailian-2023.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert f"{path}:{line}:5: 错误[YAML-DUPLICATE-KEY] " in result.output, result.output
    assert f"：第 {first} 行已经有{values}；如果这是列表的新一项，是少了开头的“- ”" in result.output, result.output
    assert "否则同一个键只能写一次，请删掉多余的一处" in result.output


def test_a_text_item_without_its_dash_indented_deeper_than_the_others_is_given_their_dash_column(runner, broken):
    """Its dash was put at the line's own indent (column 9, the others' at 7); doing so, the next round said
    “缩进不一致”. It goes where the other items' dashes are, and then the file reads."""
    old = "      - 受人员编制限制聘请出纳"
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, "        受人员编制限制聘请出纳")
    result = runner.invoke(main, ["validate", str(path)])
    written = re.search(r"第 53 行的文字像是少了“- ”的一项：请在这一行的文字前加上“- ”，与其他各项的“- ”左端对齐，写成：(.*)",
                        result.output)
    assert written and written[1].startswith("      - 受人员编制限制聘请出纳"), result.output
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[52] = written[1]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert "错误[" not in runner.invoke(main, ["validate", str(path)]).output


def test_a_second_text_item_without_its_dash_is_not_told_to_join_the_item_above(runner, broken):
    """Run into the target above, it was warned by TEXT-LINE-BREAK “请把下一行接回这一行末尾”, which makes one target
    of two. The line is shown with its dash at the other targets' column."""
    old = "      - 根据法制政府建设实施纲要"
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, "        根据法制政府建设实施纲要")
    result = runner.invoke(main, ["validate", str(path)])
    assert ":53:9: 警告[TEXT-LINE-BREAK] " in result.output, result.output
    assert ("下一行像是列表的又一项，少了开头的“- ”（它若确是这一项没写完的文字，才把它接回这一行末尾）："
            "请把第 54 行写成：      - 根据法制政府建设实施纲要") in result.output, result.output
    assert "请把下一行接回这一行末尾" not in result.output


@pytest.mark.parametrize("numbers, said", [
    (["1. ", "2. ", "3. "], "请各项都去掉行首的序号“1.”等（表上会给每一项自动编号），把第 54 行写成：      - 根据"),
    (["1、", "2、", "3、"], "请各项都去掉行首的序号“1、”等（表上会给每一项自动编号），把第 54 行写成：      - 根据"),
    (["1. ", "2. ", ""], "请把第 54 行写成：      - 2. 根据"),  # one item unnumbered: the numbers are the author's text
])
def test_a_numbered_line_below_a_text_item_is_given_as_the_dashless_list_is(runner, broken, numbers, said):
    """`- 1. 甲` over `2. 乙` was told 请把第 54 行写成 `- 2. 乙`, the number kept, where the same lines typed without
    any dash were given without their numbers: the form prints its own (`1.1. 甲`). Both read numbered lines one way."""
    old = "\n".join(f"      - {text}" for text in _TJ_TARGETS)
    new = "\n".join(f"      - {numbers[0]}{_TJ_TARGETS[0]}\n        {numbers[1]}{_TJ_TARGETS[1]}\n      - {numbers[2]}{_TJ_TARGETS[2]}"
                    .split("\n"))
    path, _ = broken("tianjin-qiaolian-2023.yaml", old, new)
    result = runner.invoke(main, ["validate", str(path)])
    assert "警告[TEXT-LINE-BREAK]" in result.output and said in result.output, result.output


_ZJ_GOAL = ("    goal: 运用互联网思维和技术开展联系、引导、服务侨社团和侨胞，完善侨界法律维权服务，对侨资侨属企业权益，"
            "创新创业成果落地、海外新侨回国创业投资等提供政策指导\n")
_ZJ_GOALS = ("1. 运用互联网思维和技术开展联系、引导、服务侨社团和侨胞；", "2、完善侨界法律维权服务")


@pytest.mark.parametrize("typed", [
    f"    goal: {_ZJ_GOALS[0]}\n      {_ZJ_GOALS[1]}\n",  # joined by YAML with a space
    f"    goal:\n      {_ZJ_GOALS[0]}\n      {_ZJ_GOALS[1]}\n",  # the key alone on its line, the paste below it
])
def test_numbered_paragraphs_pasted_without_a_block_are_told_to_use_one(runner, broken, typed):
    """Word's numbered paragraphs pasted after `goal:` with no `|` print as one run of text, `1. 甲； 2、乙`: the
    warning said 请把下一行接回这一行末尾 first, which keeps them run together. It says the line below is the next
    paragraph and how to write the `|` block; done as said, the paragraphs are kept and nothing is warned."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, typed)
    result = runner.invoke(main, ["validate", str(path)])
    assert "警告[TEXT-LINE-BREAK]" in result.output and "请把下一行接回这一行末尾" not in result.output, result.output
    assert ("下一行以“2、”开头，像是分条写的又一条：要各条分行印出，请把这一项改用 | 块，第一行只写“goal: |”，"
            "各条（连同第一条）依次写在下面，每行行首空 6 格") in result.output, result.output
    path.write_text(path.read_text(encoding="utf-8").replace(typed, f"    goal: |\n      {_ZJ_GOALS[0]}\n      {_ZJ_GOALS[1]}\n"),
                    encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "TEXT-LINE-BREAK" not in result.output, result.output
    assert load(path).data["key_tasks"][1]["goal"] == "\n".join(_ZJ_GOALS) + "\n"  # two paragraphs


@pytest.mark.parametrize("number", ["二、", "十二、", "（二）", "(2)", "2）", "②"])
def test_paragraphs_numbered_as_official_documents_number_them_are_told_to_use_a_block(runner, broken, number):
    """一、 （一） ① number paragraphs in the documents a clerk pastes from as often as 1. does: a line below that
    began with one was told to be joined back, which prints the paragraphs as one run of text."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, f"    goal: 完成网站建设；\n      {number}完成维护\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert (f"下一行以“{number}”开头，像是分条写的又一条：要各条分行印出，请把这一项改用 | 块，第一行只写“goal: |”"
            in result.output), result.output


@pytest.mark.parametrize("below", ["2026年完成网站建设", "3.5万元用于网站维护", "10%用于网站维护", "一、二级指标各三项"])
def test_a_line_below_beginning_with_a_figure_is_told_to_be_joined_back(runner, broken, below):
    """A year, an amount, a share or 一、二级 (levels one and two) at a line's start is the sentence going on, not
    the next paragraph: the line is to be joined back."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, f"    goal: 完成目标，\n      {below}\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert "请把下一行接回这一行末尾；要分段时请改用 | 块" in result.output and "分条" not in result.output, result.output


@pytest.mark.parametrize("quote, dropped", [("", ""), ('"', "，并去掉原来值两头的英文双引号“\"”（| 块里的引号会原样印在表上）")])
def test_a_numbered_paragraph_pasted_flush_left_is_told_to_go_in_a_block(runner, broken, quote, dropped):
    """The paste's second paragraph at the line's start, as an editor leaves it, is a syntax error that said to join
    it to the line above: a numbered paragraph is told as one, with the `|` block and its indentation. Below a quoted
    value (`goal: "1. 甲"`, the quote closed where the line ended, as the message for a quote left open says) it said
    only 缺少“:”, a line below where the paragraph was pasted; the quotes are told to go."""
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, f"    goal: {quote}{_ZJ_GOALS[0]}{quote}\n{_ZJ_GOALS[1]}\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and ":45:1: 错误[YAML-SYNTAX] " in result.output, result.output
    assert ("“2、完善侨界法律维权服务”这一行既不是“键: 值”，也不是列表的一项：它以“2、”开头，像是分条写的又一条："
            "要各条分行印出，请把上一行“goal”（期望达到的目标（概述））改用 | 块，第一行只写“goal: |”，各条（连同第一条）依次写在下面，"
            f"每行行首空 6 格{dropped}") in result.output, result.output


@pytest.mark.parametrize("quote, named", [('"', "英文双引号"), ("'", "英文单引号")])
def test_numbered_paragraphs_pasted_in_quotes_are_told_to_drop_them_in_the_block(runner, broken, quote, named):
    """`goal: "1. 甲` over `2、乙"` was told to go in a `|` block and no more: a clerk keeping the quotes in the block
    printed them, as a block keeps every character. A plain value is told nothing of quotes."""
    typed = f"    goal: {quote}{_ZJ_GOALS[0]}\n      {_ZJ_GOALS[1]}{quote}\n"
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, typed)
    result = runner.invoke(main, ["validate", str(path)])
    assert "警告[TEXT-LINE-BREAK]" in result.output and (
        f"第一行只写“goal: |”，各条（连同第一条）依次写在下面，每行行首空 6 格，并去掉原来值两头的{named}“{quote}”"
        "（| 块里的引号会原样印在表上）") in result.output, result.output
    path.write_text(path.read_text(encoding="utf-8").replace(typed, f"    goal: {_ZJ_GOALS[0]}\n      {_ZJ_GOALS[1]}\n"),
                    encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert "每行行首空 6 格" in result.output and "引号" not in result.output, result.output


@pytest.mark.parametrize("opening, closing", [("", ""), ('"', '"'), ("'", "'"), (">\n      ", "")],
                         ids=["plain", "double", "single", "folded"])
@pytest.mark.parametrize("first", ["1. 网站访问量达到10000", "1. 侨务信息公开率≥95%", "1. Website online"])
def test_numbered_paragraphs_below_a_line_ending_in_figures_are_told_and_kept(runner, broken, opening, closing, first):
    """A line ending in a figure or English (`≥95%`) over the next numbered paragraph: the space YAML makes of the line
    break stands beside no Chinese, so validate said nothing, and `jixiao fmt` wrote the quoted value or `>` block with
    the paragraphs run together on one line, 已格式化 (a plain value it refused, unexplained by validate). Both tell
    the break now; fmt leaves the file as it was."""
    typed = f"    goal: {opening}{first}\n      {_ZJ_GOALS[1]}{closing}\n"
    path, text = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, typed)
    result = runner.invoke(main, ["validate", str(path)])
    assert ":44:11: 警告[TEXT-LINE-BREAK] " in result.output and f"{first[-6:]} 2、完善" in result.output, result.output
    result = runner.invoke(main, ["fmt", str(path)])
    assert result.exit_code == 1 and ":44:11: 错误[FMT-LINE-BREAK] " in result.output, result.output
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("first", [_ZJ_GOALS[0], "1. 侨务信息公开率≥95%"])
def test_numbered_paragraphs_in_a_folded_block_are_told_to_make_it_a_literal_one(runner, broken, first):
    """A `>` block of numbered paragraphs was told 请把这几行接成一行 first, which prints them as one run of text: it
    is told to be a `|` block, each paragraph on a line of its own; so changed, nothing is warned."""
    typed = f"    goal: >\n      {first}\n      {_ZJ_GOALS[1]}\n"
    path, _ = broken("zhanjiang-qiaolian-2024.yaml", _ZJ_GOAL, typed)
    result = runner.invoke(main, ["validate", str(path)])
    assert ("；以“2、”开头的一行像是分条写的又一条：要各条分行印出，请把“>”改成“|”，每条写成一行\n" in result.output
            and "接成一行" not in result.output), result.output
    path.write_text(path.read_text(encoding="utf-8").replace(typed, typed.replace(">", "|")), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "TEXT-LINE-BREAK" not in result.output, result.output


# A task list indented by 4 spaces, its goal's numbered paragraphs pasted with no `|` in each case.
ZJ4_TASK = "form: zhanjiang\nyear: 2024\nbasic_info:\n    staff_count: 18\nkey_tasks:\n    -   name: 甲\n        amount: 1\n"


@pytest.mark.parametrize("below", ["            2、完成维护\n", "2、完成维护\n"], ids=["indented", "flush-left"])
def test_numbered_paragraphs_in_a_file_indented_by_4_are_told_its_own_step(runner, tmp_path, below):
    """The `|` block's lines were told to stand 2 spaces under the key, whatever the file: a file indented by 4,
    its other blocks 4 under their key, was told 10 spaces for a goal at column 8. Typed as told, at 12, the
    paragraphs are the goal's two lines."""
    path = tmp_path / "s.yaml"
    path.write_text(ZJ4_TASK + "        goal: 1. 完成网站建设\n" + below, encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path)])
    assert "第一行只写“goal: |”，各条（连同第一条）依次写在下面，每行行首空 12 格" in result.output, result.output
    path.write_text(ZJ4_TASK + "        goal: |\n" + "            1. 完成网站建设\n            2、完成维护\n", encoding="utf-8")
    assert load(path).data["key_tasks"][0]["goal"] == "1. 完成网站建设\n2、完成维护\n"


def test_a_numbered_line_below_a_lists_first_text_is_not_told_to_make_the_lists_key_a_block(runner, broken):
    """Below a list's first text (`targets:` over `- 1. 甲` over `  2、乙`) the key on the line above is the list's:
    the warning said to write “targets: |”, which makes the list of targets one text, a schema error."""
    path, _ = broken("tianjin-qiaolian-2023.yaml", "      - 市侨联办公用房租赁，保障侨联工作开展。\n",
                     "      - 1. 市侨联办公用房租赁，\n        2、保障侨联工作开展。\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert ":14:9: 警告[TEXT-LINE-BREAK] " in result.output and "targets: |" not in result.output, result.output
    assert "请把下一行接回这一行末尾；要分段时请改用 | 块" in result.output, result.output


def test_a_text_item_wrapped_onto_a_second_line_with_no_other_item_beside_it_is_told_to_join_it():
    """One target alone, broken over two lines: nothing says the second line is another target."""
    text = "form: tianjin\ntargets:\n  - 受人员编制限制聘请出纳\n    保障机关财务工作正常开展\nother: 1\n"
    assert text_item_below(text.split("\n"), 3) is None
    assert text_item_below((text + "targets2:\n  - 甲\n").split("\n"), 3) is None
    assert text_item_below(text.replace("other: 1", "  - 丙").split("\n"), 3) == ("  - 保障机关财务工作正常开展", "")


def test_a_gb18030_file_is_sent_to_be_reopened_as_gb18030_not_saved_over(tmp_path):
    """䶮 is in GB18030, not GBK: the message said only to save as UTF-8, which in VS Code (the file opened as
    UTF-8) writes U+FFFD over every Chinese character."""
    path = tmp_path / "gb18030.yaml"
    path.write_bytes("form: guangzhou\nyear: 2023\nunit: 广州市台湾同胞联谊会\nfilled_by: 刘䶮\n".encode("gb18030"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "gb18030.yaml:3:7: 错误[FILE-ENCODING] 文件是 GB18030 编码（有 GBK 没有的字），不是 UTF-8；" in result.output
    assert "“通过编码重新打开”→ GB18030，文字正常后再点一次 →“通过编码保存”→ UTF-8" in result.output
    assert "文字显示不正常时不要保存" in result.output and "请在编辑器中以 UTF-8 编码另存" not in result.output


@pytest.mark.parametrize("text", [
    "# yaml-language-server: $schema=../schema/hengyang.schema.json\nform: hengyang\nyear: 2022\nunit: €衡阳市归国华侨联合会\n",
    "# yaml-language-server: $schema=../schema/hengyang.schema.json\nform: hengyang\nyear: 2022\nunit: \ue000衡阳市归国华侨联合会\n",
], ids=["euro", "user-defined"])
def test_a_short_gbk_file_with_a_character_gbk_has_not_is_named_gb18030_not_big5(tmp_path, text):
    """A € (GB18030's A2E3) or a user-defined character (造字, AAA1 onwards) keeps a file from decoding as Python's
    GBK: the guess weighed GBK alone for the mainland, so such a short file was named Big5, to be reopened as it."""
    path = tmp_path / "a.yaml"
    path.write_bytes(text.encode("gb18030"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "错误[FILE-ENCODING] 文件是 GB18030 编码（有 GBK 没有的字），不是 UTF-8" in result.output, result.output
    assert "Big5" not in result.output


def test_the_lines_pasted_as_gbk_into_a_utf8_file_are_named_to_be_retyped(tmp_path):
    """Reopening the whole file as GBK or GB18030 would garble its UTF-8 lines: only the pasted ones are to fix."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    raw = b"".join(line.encode("gbk") if number in (4, 16) else line.encode("utf-8")
                   for number, line in enumerate(lines, 1))
    assert lines[3] == "unit: 广州市台湾同胞联谊会\n"
    path = tmp_path / "mixed.yaml"
    path.write_bytes(raw)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "mixed.yaml:4:7: 错误[FILE-ENCODING] 文件是 UTF-8 编码，只有 2 行不是（多半是从 GBK 的文件或程序粘贴来的）：" in result.output
    assert "4:7（按 GBK 读是“unit: 广州市台湾同胞联谊会”）；16:11（按 GBK 读是“- name: 履行职责，做好参政议政和信息调研工作。”）" in result.output
    assert "请在编辑器里删掉这几行里显示成“�”的字，照原文重新输入，其余各行不用动" in result.output
    assert "另存（" not in result.output and "“通过编码重新打开”→" not in result.output


def test_a_file_in_an_encoding_not_told_is_reopened_in_it_before_it_is_saved(tmp_path):
    path = tmp_path / "cp1251.yaml"
    path.write_bytes("form: guangzhou\nunit: Московский районный совет\n".encode("cp1251"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "cp1251.yaml:2:7: 错误[FILE-ENCODING] 文件不是 UTF-8 编码，这里的字节无法识别；请先按文件原来的编码重新打开" in result.output
    assert "文字正常后再以 UTF-8 另存；文字显示不正常时不要保存" in result.output
    assert "GBK" not in result.output and "GB18030" not in result.output and "Big5" not in result.output


def test_a_big5_file_is_named_big5(tmp_path):
    """A Taiwan affairs office's file in traditional Chinese was told only to reopen it in “its own encoding”."""
    path = tmp_path / "big5.yaml"
    path.write_bytes("form: guangzhou\nunit: 臺灣同胞聯誼會\noverall_target: 加強對臺交流，舉辦活動不少於3場。\n".encode("cp950"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert ("big5.yaml:2:7: 错误[FILE-ENCODING] 文件是 Big5 编码（繁体中文，台湾、香港常用），不是 UTF-8；请按 Big5 打开、"
            "再以 UTF-8 另存（VS Code：点右下角的编码名 →“通过编码重新打开”→ Big5（繁体中文）") in result.output
    assert "文字显示不正常时不要保存" in result.output and "GBK" not in result.output


def test_a_short_gbk_file_is_named_gbk_with_the_notepad_steps(tmp_path):
    """GBK's bytes read as Big5's common hanzi nine times in ten (广州市妇女联合会 reads 嫘笣庈葬躓薊磁頗): four lines
    of a mainland unit were told “GBK or Big5” and lost the Notepad and WPS steps. A near tie is GBK's."""
    path = tmp_path / "a.yaml"
    path.write_bytes("form: guangzhou\nyear: 2025\nunit: 广州市妇女联合会\nfilled_by: 陈玥\n".encode("gbk"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert ("a.yaml:3:7: 错误[FILE-ENCODING] 文件是 GBK（GB2312）编码，不是 UTF-8；请按 GBK 打开、再以 UTF-8 另存"
            "（记事本、WPS 打开时文字正常，另存为 → 编码选“UTF-8”") in result.output, result.output
    assert "Big5" not in result.output


def test_a_file_too_short_to_tell_gbk_from_big5_gives_the_notepad_steps_too(tmp_path):
    """陈玥 in GBK reads as Big5's common 麻則 and GBK's 玥 is rare: two characters cannot tell, and the message gave
    only VS Code's steps, though a GBK file (the likelier) is opened right by Notepad and WPS."""
    path = tmp_path / "a.yaml"
    path.write_bytes("filled_by: 陈玥\n".encode("gbk"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "其中的中文太少，分不出是 GBK（简体）还是 Big5（繁体）：按 GBK 读是“陈玥”，按 Big5 读是“麻則”" in result.output
    assert ("请按文字正常的那一种重新打开、再以 UTF-8 另存（记事本、WPS 打开时文字正常的是 GBK，另存为 → 编码选“UTF-8”；"
            "VS Code：点右下角的编码名 →“通过编码重新打开”→ GBK 或 Big5（繁体中文）") in result.output, result.output


_JAPANESE = ("form: guangzhou\nyear: 2025\nunit: 東京都港区役所\n"
             "overall_target: 地域住民の生活の質を高めるため、子育て支援事業を推進します。\n"
             "indicators:\n  - name: 相談窓口の開設日数\n    value: 年間240日以上\n"
             "  - name: 利用者アンケートの満足度\n    value: 90%以上\n")
_KOREAN = ("form: guangzhou\nyear: 2025\nunit: 서울특별시 종로구청\n"
           "overall_target: 지역 주민의 삶의 질을 높이기 위해 보육 지원 사업을 추진합니다.\n"
           "indicators:\n  - name: 상담 창구 운영 일수\n    value: 연간 240일 이상\n"
           "  - name: 이용자 만족도\n    value: 90% 이상\n")


@pytest.mark.parametrize("text, codec, named", [
    (_JAPANESE, "euc_jp", "日文的 EUC-JP"), (_JAPANESE, "shift_jis", "日文的 Shift JIS"),
    (_JAPANESE, "cp932", "日文的 Shift JIS"), (_KOREAN, "euc_kr", "韩文的 EUC-KR"), (_KOREAN, "cp949", "韩文的 EUC-KR"),
], ids=["euc_jp", "shift_jis", "cp932", "euc_kr", "cp949"])
def test_a_japanese_or_korean_file_is_named_as_what_it_is(tmp_path, text, codec, named):
    """EUC-JP and EUC-KR decode as GBK, and were named GBK: reopened as GBK, they read as nonsense. Shift_JIS was told
    only to find its encoding."""
    path = tmp_path / "a.yaml"
    path.write_bytes(text.encode(codec))
    result = CliRunner().invoke(main, ["validate", str(path)])
    name = named.split("的 ")[1]
    assert f"a.yaml:3:7: 错误[FILE-ENCODING] 文件是{named} 编码，不是 UTF-8；请按 {name} 打开、再以 UTF-8 另存" in result.output
    assert f"“通过编码重新打开”→ {name}（{named[:2]}），文字正常后再点一次 →“通过编码保存”→ UTF-8" in result.output
    assert "文字显示不正常时不要保存" in result.output and "文件是 GBK" not in result.output, result.output


_KATAKANA_CHINESE = ("form: guangzhou\nyear: 2025\nunit: 湛江市归国华侨联合会\n"
                     "overall_target: 〖侨联之家〗采购乐器、开展侨界青少年音乐培训。\n"
                     "indicators:\n  - name: 采购ヤマハ钢琴\n    value: 2台\n"
                     "  - name: 采购スタインウェイ钢琴\n    value: 1台\n"
                     "  - name: 采购カワイ电钢琴\n    value: 1台\n"
                     "  - name: 采购カシオ电子琴\n    value: 10台\n")
"""A Chinese file naming four pianos' makers in katakana: a quarter of its letters read as EUC-JP are kana."""


@pytest.mark.parametrize("text", ["unit: 湛江市侨联\nname: 采购ヤマハ钢琴\n", _KATAKANA_CHINESE],
                         ids=["short", "long"])
def test_a_gbk_file_with_katakana_names_is_named_gbk(tmp_path, text):
    """GB2312 keeps katakana in row 0xA5 as EUC-JP does, and GBK's 〖 reads as EUC-JP's ー: a Chinese file naming a
    Yamaha piano in katakana read as EUC-JP gives the same kana, and was named Japanese, to be reopened as nonsense.
    Chinese borrows katakana, not hiragana."""
    path = tmp_path / "a.yaml"
    path.write_bytes(text.encode("gbk"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "错误[FILE-ENCODING] 文件是 GBK（GB2312）编码，不是 UTF-8" in result.output, result.output
    assert "日文" not in result.output


@pytest.mark.parametrize("text", ["unit: 職員の研修を行います\n", "unit: 東京都の事業です\n"])
def test_a_short_euc_jp_file_with_hiragana_is_named_japanese_though_big5_reads_it_as_common(tmp_path, text):
    """Hiragana in several places tell Japanese (japanese_korean), but the verdict was dropped whenever Big5 was
    among the likely readings: 職員の研修を行います, read as Big5's common 縝夠及蒂膜毛墊中引允 as well as it reads as
    Japanese, was told “Big5 or EUC-JP”. Only a clearly better Big5 reading sets the verdict aside."""
    path = tmp_path / "a.yaml"
    path.write_bytes(text.encode("euc_jp"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "a.yaml:1:7: 错误[FILE-ENCODING] 文件是日文的 EUC-JP 编码，不是 UTF-8" in result.output, result.output
    assert "Big5" not in result.output


def test_a_short_korean_file_is_named_gbk_as_before_not_gbk_or_big5(tmp_path):
    """Four Hangul syllables cannot be told from GBK's Chinese (japanese_korean.KOREAN_LEAST): 서울시청 in EUC-KR was
    named GBK, then “GBK or Big5” with “其中的中文太少”; a near tie is GBK's again, whose reading Notepad shows."""
    path = tmp_path / "a.yaml"
    path.write_bytes("unit: 서울시청\n".encode("cp949"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "a.yaml:1:7: 错误[FILE-ENCODING] 文件是 GBK（GB2312）编码，不是 UTF-8" in result.output, result.output
    assert "中文太少" not in result.output


def test_too_few_characters_among_japanese_readings_are_not_called_chinese():
    """A short file whose readings include Japanese was said to hold too little “中文”."""
    raw = "unit: 月の\n".encode("euc_jp")
    assert _why_unsure(raw, ["euc_jp", "cp932"]) == "其中的字太少，分不出是"
    assert _why_unsure("unit: 陈玥\n".encode("gbk"), ["gbk", "cp950"]) == "其中的中文太少，分不出是"


def test_a_japanese_file_of_a_few_names_is_named_japanese():
    """Two names written in Japanese hold hiragana in two places (their の), enough to tell it from Chinese."""
    text = ("form: guangzhou\nunit: 東京都港区役所\nindicators:\n"
            "  - name: 相談窓口の開設日数\n  - name: 利用者アンケートの満足度\n")
    assert japanese_or_korean(text.encode("euc_jp")) is EUC_JP
    assert japanese_or_korean(text.encode("cp932")) is SHIFT_JIS


_KANJI_KATAKANA = ("form: guangzhou\nyear: 2025\nunit: 東京都福祉局\nprojects:\n  - name: 高齢者支援センター運営\n"
                   "    indicators:\n      - name: センター利用者数\n        value: 5000人\n"
                   "      - name: イベント開催回数\n        value: 12回\n")
"""A Japanese file of kanji and katakana only: no hiragana to tell it from Chinese, a third of its letters kana."""


def test_a_japanese_file_of_kanji_and_katakana_is_named_neither_gbk_nor_japanese(tmp_path):
    """Without hiragana a file of 東京都福祉局, 高齢者支援センター運営 was named GBK, to be reopened as GBK and shown
    garbled: in EUC-JP it reads as GBK's common characters too, so both readings are shown and the user is to reopen
    it in the one that reads."""
    path = tmp_path / "a.yaml"
    path.write_bytes(_KANJI_KATAKANA.encode("euc_jp"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "错误[FILE-ENCODING] 文件不是 UTF-8 编码，其中只有汉字和片假名，分不出是 GBK（简体中文）还是日文的 EUC-JP：" \
           in result.output, result.output
    assert "按 EUC-JP 读是“東京都福祉局高齢者支援センター運営" in result.output
    assert "“通过编码重新打开”→ GBK 或 EUC-JP（日文）" in result.output and "文字显示不正常时不要保存" in result.output
    assert "文件是 GBK" not in result.output


def test_a_shift_jis_file_of_kanji_and_katakana_is_named_shift_jis(tmp_path):
    """Shift_JIS's bytes read as GBK's rare characters (僨乕僞), which no Chinese file holds: only Japanese reads."""
    path = tmp_path / "a.yaml"
    path.write_bytes(_KANJI_KATAKANA.encode("cp932"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "a.yaml:3:7: 错误[FILE-ENCODING] 文件是日文的 Shift JIS 编码，不是 UTF-8" in result.output, result.output
    assert "GBK（简体中文）还是" not in result.output


@pytest.mark.parametrize("name", ["高齢者介護施設サービス利用料金", "介護保険サービス事業計画策定支援"])
def test_a_short_euc_jp_file_with_a_katakana_word_few_of_its_letters_is_named_neither(tmp_path, name):
    """A Japanese name of kanji and one katakana word with its long-vowel mark (サービス), under a third of its letters
    kana, was named GBK: EUC-JP's ー is GBK's 〖, read glued to a kana (光勿荚拆割卉肋サ〖ビス…), which no Chinese
    writes. Both readings are shown, as for more kana; a GBK file of such a name is still GBK."""
    path = tmp_path / "a.yaml"
    path.write_bytes(f"unit: {name}\n".encode("euc_jp"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "错误[FILE-ENCODING] 文件不是 UTF-8 编码，其中只有汉字和片假名，分不出是 GBK（简体中文）还是日文的 EUC-JP：" \
           in result.output, result.output
    assert f"按 EUC-JP 读是“{name}”" in result.output and "文件是 GBK" not in result.output
    assert likely_encodings(f"unit: {name}\n".encode("gbk", "replace")) == ["gbk"]


def test_a_shift_jis_file_with_one_particle_is_not_korean():
    """Windows' EUC-KR writes its rarer Hangul on the bytes Shift_JIS writes kanji and kana on, so 利用者の満足度 in
    Shift_JIS read as it is all Hangul, and was named Korean: only the syllables EUC-KR itself writes count."""
    text = "name: 利用者の満足度\nvalue: 95%\nname: 相談件数\nvalue: 300件\n"
    assert japanese_or_korean(text.encode("cp932")) is None


def test_a_chinese_file_with_a_brand_in_hiragana_is_not_japanese():
    """A brand a Chinese text writes in hiragana (ぺんてる) is in one place, not spread as Japanese particles are."""
    text = "unit: 湛江市侨联\nindicators:\n  - name: 采购ぺんてる文具\n    value: 20套\n"
    assert japanese_or_korean(text.encode("gbk")) is None


@NEEDS_SEEDS
def test_a_chinese_file_is_never_named_japanese_or_korean():
    """Chinese in GBK read as EUC-KR gives Hangul for GB2312's rows 0xB0–0xC8 (部门名称, 金额合计 read as Korean alone):
    no run of lines of the examples or the seeds, from one line to the whole file, in GBK or Big5, is named
    Japanese or Korean, nor said to be maybe Japanese."""
    texts = [spec.read_text(encoding="utf-8") for spec in sorted((ROOT / "specs").glob("*.yaml"))]
    texts += [seed.read_text(encoding="utf-8") for seed in sorted((SHARED / "seeds").glob("*.txt"))]
    runs = 0
    for text in texts:
        lines = text.splitlines(keepends=True)
        for size in range(1, len(lines) + 1):
            for start in range(0, len(lines), size):
                run = "".join(lines[start:start + size])
                for codec in ("gbk", "cp950"):
                    if _writes(run, codec):
                        runs += 1
                        raw = run.encode(codec)
                        assert japanese_or_korean(raw) is None, (codec, run)
                        assert not {"euc_jp", "cp932"} & set(likely_encodings(raw)), (codec, run)
    assert runs > 10000


def test_the_examples_in_big5_are_named_big5_and_in_gbk_gbk():
    """Every text of the five examples that Big5 can write (traditional and simplified share many characters), as a
    Big5 file, is told as Big5; the examples as GBK files are still told as GBK."""
    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        text = spec.read_text(encoding="utf-8")
        big5 = "\n".join(line for line in text.splitlines() if _writes(line, "cp950")).encode("cp950")
        assert "文件是 Big5 编码" in encoding_slip(big5, _bad_byte(big5))[2], spec.name
        assert "文件是 GBK（GB2312）编码" in encoding_slip(text.encode("gbk"), _bad_byte(text.encode("gbk")))[2]


@pytest.mark.parametrize("text, codec, named", [
    ("unit: データ管理システム\n", "euc_jp", "文件是日文的 EUC-JP 编码"),
    ("unit: スーパー市场\n", "gbk", "文件是 GBK（GB2312）编码"),
    ("unit: 東京都港区役所\nname: 地域住民生活支援事業費補助金交付\nname: システム運用\n", "euc_jp",
     "其中只有汉字和片假名，分不出是 GBK（简体中文）还是日文的 EUC-JP"),
], ids=["euc_jp-katakana", "gbk-katakana", "euc_jp-few-kana"])
def test_a_file_of_katakana_is_not_named_big5_nor_japanese_kanji_named_gbk(tmp_path, text, codec, named):
    """EUC-JP's katakana and GB2312's fall on Big5's common hanzi (データ reads 犯□正), and only the Japanese reading's
    kana share was weighed: データ管理システム in EUC-JP and スーパー市场 in GBK were named Big5, and EUC-JP with under
    a fifth of it kana GBK. Each reading is now scored alike, and every one about as good as the best is named."""
    path = tmp_path / "a.yaml"
    path.write_bytes(text.encode(codec))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert f"a.yaml:1:7: 错误[FILE-ENCODING] 文件{'' if named.startswith('文件') else '不是 UTF-8 编码，'}" \
           f"{named.removeprefix('文件')}" in result.output, result.output
    assert "Big5" not in result.output


def _pool(codec: str, leads: range, trails: range = range(0xA1, 0xFF)) -> list[str]:
    """The characters `codec` writes as two bytes with a lead in `leads`: its most used hanzi or kanji."""
    pool = []
    for lead in leads:
        for trail in trails:
            try:
                pool.append(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return pool


_SIMPLIFIED = _pool("gbk", range(0xB0, 0xD8))
_TRADITIONAL = _pool("cp950", range(0xA4, 0xC6), range(0x40, 0xFF))
_KANJI = _pool("euc_jp", range(0xB0, 0xD0))
_LOANWORDS = ["スーパー", "ヤマハ", "センター", "データ", "システム", "カシオ"]
_PARTICLES = ["の", "を", "に", "は", "が", "で", "して", "します"]
_NOT_GBK = ["€", "\ue000", "\ue5e5", "䶮", "𠀀"]
"""Characters GB18030 writes and GBK has not: the euro, user-defined ones (造字) and later CJK extensions."""


def _text_of(pieces, size: int):
    return st.lists(st.sampled_from(pieces), min_size=size, max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), codec=st.sampled_from(["gbk", "gb18030", "cp950", "euc_jp", "cp932"]))
def test_the_encoding_named_reads_the_text_that_was_written(data, codec):
    """Whatever a GBK (Chinese with now and then a katakana loanword), Big5 or Japanese (kanji with kana, four
    characters at least, an eighth of them kana: shorter, Japanese is not told from Chinese; with fewer kana, a run
    of kanji reads as Korean) file says, the encoding named, or one of those
    named when the bytes read as common text in several, gives back what was written; but a Big5 text whose GBK
    reading is about as common (a short one, mostly) is named GBK, as likelier on a mainland unit's machine. A GB18030 file is such Chinese
    with a character GBK has not (€, a user-defined one, 䶮) among it."""
    if codec == "gbk":
        text = data.draw(_text_of(_SIMPLIFIED, 1)) + data.draw(st.sampled_from(["", *_LOANWORDS]))
    elif codec == "gb18030":
        text = data.draw(_text_of(_SIMPLIFIED, 1))
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(_NOT_GBK)) + text[at:]
    elif codec == "cp950":
        text = data.draw(_text_of(_TRADITIONAL, 1))
    else:
        text = data.draw(_text_of(_KANJI + _LOANWORDS + _PARTICLES, 4))
        kana = len(re.findall("[ぁ-ヺ]", text))
        assume(len(text) >= 4 and kana >= len(text) / 8)  # kanji alone read in EUC-KR as Hangul (亜 is 가)
    raw = f"unit: {text}\n".encode(codec)
    assume(raw.decode("utf-8", "replace").encode("utf-8") != raw)  # a short GBK text may be UTF-8 bytes (谩)
    # twelve characters all of GB2312's rows B0–C8 (啊 is EUC-KR's 가) read as Korean (japanese_korean.KOREAN_LEAST),
    # which drawn characters do and real text hardly does (test_a_chinese_file_is_never_named_japanese_or_korean)
    assume(codec not in ("gbk", "gb18030") or japanese_or_korean(raw) is None)
    said = encoding_slip(raw, _bad_byte(raw))[2]
    named = likely_encodings(raw)
    shares = reading_shares(raw)
    if codec == "cp950" and named[:1] in (["gbk"], ["gb18030"]) and "cp950" not in named:  # a near tie is GBK's,
        # what mainland units save (with Japanese beside it when the GBK reading is mostly katakana: 央央央陛 is ァァァ啊)
        assert shares["gb18030"] >= shares["cp950"] - MARGIN, (text, shares)
        return
    assert any(raw.decode(other) == raw.decode(codec) for other in named), (text, named, said)
    foreign = japanese_or_korean(raw)
    if codec == "cp950" and foreign and not reads_clearly_better(raw, "cp950", foreign.codec):
        return  # Big5's commonest row is EUC-JP's hiragana (丑央丑 reads ぁァぁ): Japanese told by them, a tie is its
    shown = {"gbk": "GBK", "gb18030": "GB18030", "cp950": "Big5", "euc_jp": "EUC-JP", "cp932": "Shift JIS"}
    assert any(shown[other] in said for other in named if raw.decode(other) == raw.decode(codec)), said


@pytest.mark.parametrize("text, codec", [("央央央央", "cp950"), ("ァァァァ", "gbk")])
def test_bytes_gbk_reads_as_katakana_alone_name_big5_too(text, codec):
    """GB2312's katakana row is Big5's row of common hanzi (央 is ァ): bytes the mainland reading gives as katakana
    alone are as likely Big5, and the property test above found Big5's 央央央央 named GBK or EUC-JP only."""
    raw = f"unit: {text}\n".encode(codec)
    assert likely_encodings(raw) == ["gbk", "cp950", "euc_jp"]


def _writes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _bad_byte(raw: bytes) -> int:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    raise AssertionError("UTF-8")


def test_a_year_typed_with_a_point_is_told_how_to_write_it_and_the_readme_says_the_editor_takes_it(tmp_path):
    """`year: 2023.0` has no squiggle (JSON Schema counts 2023.0 an integer, as the editor's validator does) but
    validate refuses it: the message said only 应为整数, and README's list of the two's differences left it out."""
    import jsonschema

    assert jsonschema.Draft202012Validator({"type": "integer"}).is_valid(2023.0)
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    result = _validate(tmp_path, text.replace("\nyear: 2023\n", "\nyear: 2023.0\n"))
    assert ("3:7: 错误[SCHEMA-TYPE] 年度：应为整数，实际是数字 2023.0；请去掉小数点和后面的 0，写成 2023"
            "（编辑器按 JSON Schema 把 2023.0 也算作整数，不标波浪线）") in result.output
    guide = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")  # README's editing step in full
    differences = guide[guide.index("编辑器的波浪线与 `jixiao validate` 偶有不一致"):]
    assert "`2023.0` 在编辑器里也没有波浪线" in differences[:differences.index("\n#")]


def test_a_binary_file_is_not_sent_to_be_reopened_in_another_encoding(tmp_path):
    """A picture or a Word file named .yaml was told to reopen it in its own encoding, as if it were text."""
    path = tmp_path / "pic.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x80")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "错误[FILE-ENCODING] 文件含有零字节，不是文字文件（多半是 Word、Excel 或图片文件改了扩展名）" in result.output
    assert "重新打开" not in result.output and "另存" not in result.output


def test_a_gbk_file_whose_short_values_happen_to_be_utf8_is_sent_to_be_reopened_as_gbk(tmp_path):
    """“3台” in GBK is valid UTF-8 bytes: one such line made the whole GBK file “UTF-8 but for 20 lines”, told to
    retype them all instead of reopening the file as GBK."""
    assert "3台".encode("gbk").decode("utf-8")
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    path = tmp_path / "gbk.yaml"
    path.write_bytes(text.replace('annual_value: "100%"', 'annual_value: "3台"', 1).encode("gbk"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "gbk.yaml:4:7: 错误[FILE-ENCODING] 文件是 GBK（GB2312）编码，不是 UTF-8；请按 GBK 打开、再以 UTF-8 另存" in result.output
    assert "只有" not in result.output and "粘贴" not in result.output


def test_one_bad_byte_in_a_utf8_file_is_named_as_a_bad_byte_not_read_as_gbk(tmp_path):
    """A UTF-8 line with one byte broken was quoted read as GBK (“2023骞村害��…”) and said pasted from GBK."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    raw = text.encode("utf-8").replace("联谊会".encode("utf-8"), "联".encode("utf-8") + b"\xe8\xb0" + "会".encode("utf-8"), 1)
    path = tmp_path / "bad.yaml"
    path.write_bytes(raw)
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert ("bad.yaml:4:15: 错误[FILE-ENCODING] 文件是 UTF-8 编码，只有 1 行不是：4:15（有不是 UTF-8 的字节，"
            "这一行显示为“unit: 广州市台湾同胞联�会”）；请在编辑器里删掉") in result.output
    assert "GBK" not in result.output and "粘贴" not in result.output


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_without_a_mark_that_opens_with_chinese_is_named_as_utf16(tmp_path, encoding):
    """The zero bytes of ASCII were looked for in the first 200 bytes only: a first line of Chinese has none,
    and the file was called “not a text file”. 一 (U+4E00) puts a zero byte on the other side."""
    path = tmp_path / "notepad.yaml"
    path.write_bytes(("# 广州市台湾同胞联谊会2025年部门整体支出绩效目标表，一式两份，报市财政局预算处审核备案。" * 2
                      + "\nform: guangzhou\nyear: 2025\n").encode(encoding))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "notepad.yaml:1:1: 错误[FILE-ENCODING] 文件是 UTF-16 编码（Windows 记事本里叫“Unicode”）" in result.output
    assert "零字节" not in result.output


@pytest.mark.parametrize("spec, old, new, ends", [
    # The first field's dash alone: was "“project”比上一行的“basic”少缩进了 2 格", and indented so, it read as a
    # field of a list's item, which the schema refused.
    ("guangzhou-tailian-2023.yaml", "  basic: 610.85", "  - basic: 610.85", "\n"),
    ("guangzhou-tailian-2023.yaml", "  basic: 610.85\n  project", "  - basic: 610.85\n  - project", "\r\n"),
    ("guangzhou-tailian-2023.yaml", "  project: 78.56", "  - project: 78.56", "\n"),  # a later field's: "多缩进了 2 格"
    ("tianjin-qiaolian-2023.yaml", "      total: 254.30", "      - total: 254.30", "\r\n"),  # a group in a list's item
])
def test_dashes_before_a_groups_fields_are_told_to_be_deleted(runner, broken, spec, old, new, ends):
    """A "- " before some fields of a group (`budget:`) is what to delete, as the schema says when every field has
    one; deleting the dashes on the lines named reads the spec as it was."""
    _, text = broken(spec, old, new)
    [problem] = load_text("s.yaml", text.replace("\n", ends), Catalog()).problems
    assert "下是一组字段，不是列表，字段前面不加“- ”：请删去第" in problem.message, problem.message
    said = re.search(r"第 ([\d、]+) 行", problem.message)[1].split("、")
    assert problem.line == int(said[0]) and len(said) == new.count("- ")
    lines = text.split("\n")
    for number in said:
        lines[int(number) - 1] = lines[int(number) - 1].replace("- ", "", 1)
    original = (ROOT / "specs" / spec).read_text(encoding="utf-8")
    assert load_text("a", "\n".join(lines)).data == load_text("b", original).data


@pytest.mark.parametrize("text, ends", [
    ("form: guangzhou\nbudget:\n  - basic: 1\n    project: 2\n  fiscal: 3\n",
     "请删去第 3 行开头的“- ”，并把第 4 行退回 2 格（行首删掉 2 个空格）"),
    # Several dashes: "（其下与它对齐的各行随它退回 2 格）" left open which dash "它" was; the lines are named.
    ("form: guangzhou\nbudget:\n  - basic: 1\n    project: 2\n  - fiscal: 3\n    other_funds: 0\n  special: 0\n",
     "请删去第 3、5 行开头的“- ”，并把第 4、6 行退回 2 格（行首删掉 2 个空格）"),
    ("form: guangzhou\nbudget:\n  - basic: 1\n    project: 2\n  -  fiscal: 3\n     other_funds: 0\n  special: 0\n",
     "请删去第 3、5 行开头的“- ”，并把第 4 行退回 2 格（行首删掉 2 个空格）、第 6 行退回 3 格（行首删掉 3 个空格）"),
])
def test_a_dash_before_a_group_field_with_fields_below_it_moves_them_back_too(text, ends):
    """`  - basic: 1` with `    project: 2` under it: told only to delete the dash, the clerk was told next round that
    `project` stood 2 deeper than `basic`. Done as said, the group reads as meant."""
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert (problem.line, problem.column) == (3, 3), problem.message
    assert problem.message.endswith(ends), problem.message
    lines = text.split("\n")
    for number in re.search(r"删去第 ([\d、]+) 行", problem.message)[1].split("、"):
        lines[int(number) - 1] = re.sub(r"^( *)- +", r"\1", lines[int(number) - 1])
    for numbers, shift in re.findall(r"第 ([\d、]+) 行退回 (\d) 格", problem.message):
        for number in numbers.split("、"):
            lines[int(number) - 1] = lines[int(number) - 1][int(shift):]
    fixed = load_text("s.yaml", "\n".join(lines), Catalog())
    assert fixed.problems == [] and isinstance(fixed.data["budget"], dict), "\n".join(lines)


@pytest.mark.parametrize("text", [
    "budget:\n  - basic: 1\n  project: 2\n",  # no form: whether budget holds a group is not known
    "form: guangzhou\nkey_tasks:\n  - name: 甲\n  amount: 1\n",  # a list's item: its field is short, the dash is meant
])
def test_a_dash_is_not_told_to_be_deleted_where_the_schema_does_not_say_a_group(text):
    [problem] = load_text("s.yaml", text, Catalog()).problems
    assert "少缩进了 2 格" in problem.message and "删去" not in problem.message, problem.message


@pytest.mark.parametrize("typed, meant, words", [
    ("甲  # 注", "甲", "只有一项也要写成列表（整个值外面加上方括号“[ ]”），写成：    targets: [甲]  # 注"),
    ('"甲，乙"', "甲，乙", "写成：    targets: [甲，乙]"),
    ("甲, 乙", "甲, 乙", '写成：    targets: ["甲, 乙"]'),
    # A Chinese quote closed by an English one: given as TEXT-QUOTES has it, not left for its warning a round later.
    ('“甲"乙', "“甲”乙", '另外，值开头的中文引号（“）配的是英文引号（"），会原样印在表上；请把这个英文引号换成中文引号（”），写成：    targets: [“甲”乙]'),
    ("“甲”", "甲", "另外，值两边是中文引号（“…”），会原样印在表上；请删去这两个引号"),
    # An English quote inside Chinese ones, pairing none: the quotes are text, kept (was given as [甲"乙]).
    ('“甲"乙”', '“甲"乙”', '写成：    targets: [“甲"乙”]'),
])
def test_one_line_of_text_where_a_list_of_texts_is_asked_is_given_as_its_one_item(broken, typed, meant, words):
    """`targets: 甲` was told 请删去冒号后面的“甲” and to write items below, the text meant as the one item deleted;
    `targets: “甲"乙` was told so, then TEXT-QUOTES a round later. The line given, pasted back, validates as meant."""
    line = f"    targets: {typed}"
    path, text = broken("tianjin-qiaolian-2023.yaml", _TJ_TARGET, line)
    problem = only_code(Validator().check_file(path), "SCHEMA-TYPE")
    assert words in problem.message and "请删去冒号后面" not in problem.message, problem.message
    path.write_text(text.replace(line, problem.message.split("写成：")[1]), encoding="utf-8")
    checked = Validator().check_file(path)
    assert [p for p in checked.problems if p.line == problem.line] == [], checked.problems
    assert YAML(typ="safe").load(path.read_text(encoding="utf-8"))["projects"][0]["targets"] == [meant]


def only_code(checked, code):
    [found] = [p for p in checked.problems if p.code == code]
    return found


_TJ_TARGET = "    targets:\n      - 市侨联办公用房租赁，保障侨联工作开展。"


@pytest.mark.parametrize("typed", ["无", '"暂无"', "——  # 注", "/"])
def test_a_word_for_none_where_a_list_that_must_hold_an_item_is_asked_is_not_given_as_its_one_item(broken, typed):
    """`targets: 无` was given as `targets: [无]`, a list whose one item is 无: the form has to have a target."""
    path, _ = broken("tianjin-qiaolian-2023.yaml", _TJ_TARGET, f"    targets: {typed}")
    message = only_code(Validator().check_file(path), "SCHEMA-TYPE").message
    shown = typed.split("  #")[0]
    assert message.endswith(f"这一栏至少要写一项，不能写“{shown}”；请删去冒号后面的“{shown}”：“targets:”其下每一项一行，以“- ”开头"), \
        message


@pytest.mark.parametrize("typed", ['""', "''"])
def test_an_empty_text_where_a_list_is_asked_is_said_to_be_empty_not_quoted_as_a_word(broken, typed):
    """`targets: ""` was told 不能写“""”, as if `""` were a word for none typed there: it is an empty text."""
    path, _ = broken("tianjin-qiaolian-2023.yaml", _TJ_TARGET, f"    targets: {typed}")
    message = only_code(Validator().check_file(path), "SCHEMA-TYPE").message
    assert message.endswith(f"这一栏至少要写一项，不能空着；请删去冒号后面的 {typed}：“targets:”其下每一项一行，以“- ”开头"), \
        message


@pytest.mark.parametrize("typed, named", [
    ("    targets: 无  # 注", "“无”"), ("    targets:\n      无", "“无”：请删去第 14 行的“无”"),
    # An empty text was said as `空的文本 ""` where every other message says 空文本 (schema_words.describe).
    ('    targets: ""', "空文本（引号里什么都没写）")])
@pytest.mark.parametrize("required", [True, False])
def test_a_word_for_none_where_a_list_may_be_empty_is_given_as_the_empty_list(tmp_path, runner, required, typed, named):
    """Where the form's list may be empty, `targets: 无` is given as `targets: []`, the line to delete where the field
    may be left out; pasted back, it validates. So is 无 alone on the line below the key, which was given as `- 无`,
    a list whose one item is 无."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    spec = copy_variant("tianjin", "open", templates, schemas, tmp_path / "open.yaml")
    schema_file = schemas / "open.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    project = schema["$defs"]["project"]
    del project["properties"]["targets"]["minItems"]
    if not required:
        project["required"].remove("targets")
    schema_file.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace(_TJ_TARGET, typed, 1), encoding="utf-8")
    command = ["validate", str(spec), "--templates", str(templates), "--schemas", str(schemas)]
    said = runner.invoke(main, command).output
    assert f"没有内容时不要写{named}，空列表写成一对英文方括号 []" in said, said
    assert ("（也可以删去这" in said) is not required, said
    spec.write_text(text.replace(_TJ_TARGET, said.split("写成：")[1].split("\n")[0], 1), encoding="utf-8")
    assert runner.invoke(main, command).exit_code == 0


@pytest.mark.parametrize("head, read", [("unit: ", "甲"), ("key_tasks:\n- name: ", [{"name": "甲"}])])
@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("close, after", [("", "\t# 注"), ("", "\u3000\t# 注 #2"), ("”", "\t # 注")])
def test_a_quote_left_open_before_a_tab_and_a_comment_is_closed_before_them(head, read, quote, close, after):
    """`unit: "甲<Tab># 注` was given as `unit: "甲▯# 注"`: the tab shown as ▯, which pasted back was text, and the
    comment in the value. Now the quote is closed before the tab and the comment kept; pasted back, it reads as meant."""
    if close and quote == "'":
        close = "’"
    text = f"{GZ}{head}{quote}甲{close}{after}\n"
    [problem] = load_text("s.yaml", text, Catalog()).problems
    key = head.split()[-1].rstrip(":")
    assert (problem.line, problem.column) == (len(text.splitlines()), len(head.splitlines()[-1]) + 1), problem.message
    assert f"引号没有闭合：“{key}”（" in problem.message and "之间的" in problem.message, problem.message
    line = problem.message.split("写成：")[1]
    assert "\t" not in line and line.endswith(after.split("#", 1)[1]), line
    fixed = load_text("s.yaml", text.replace(text.splitlines()[-1], line), Catalog())
    assert fixed.problems == [] and fixed.data[head.split(":")[0]] == read, line


@pytest.mark.parametrize("where", ["unit", "indicator"])
def test_git_s_merge_conflict_marks_are_named_as_such_on_the_first(runner, tmp_path, where):
    """A spec both sides of a merge changed holds git's conflict marks: `<<<<<<< HEAD` under `year` was said to be the
    year's text broken off, and the clerk was told to join it to the line above."""
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    old = "unit: 广州市台湾同胞联谊会\n" if where == "unit" else "  - level1: 产出指标\n"
    assert old in text
    spec = tmp_path / "gz.yaml"
    spec.write_text(text.replace(old, f"<<<<<<< HEAD\n{old}=======\n{old}>>>>>>> 合并的分支\n", 1), encoding="utf-8")
    number = text[:text.index(old)].count("\n") + 1
    result = runner.invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1 and f"{spec}:{number}:1: 错误[YAML-SYNTAX]" in result.output, result.output
    assert "“<<<<<<< HEAD”是 git 合并冲突的标记" in result.output and "删去不要的一边和这三行标记" in result.output
