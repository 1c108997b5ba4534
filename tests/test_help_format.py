"""--help wrapping for Chinese: by display width, nothing lost, punctuation where Chinese puts it."""
from __future__ import annotations

from click.testing import CliRunner
from hypothesis import assume, given
from hypothesis import strategies as st

from generator.cli import main
from generator.help_format import fill, pieces, width, wrap

_PIECES = st.sampled_from(["规格", "文件", "，", "。", "（", "）", "“", "”", "：", "jixiao", "--rev", "specs/",
                           "[默认：text]", "B6", "的", "表样文件夹", " ", "  "])
_TEXT = st.lists(_PIECES, min_size=1, max_size=60).map("".join)


@given(_TEXT, st.integers(min_value=10, max_value=100))
def test_fill_keeps_every_character_and_the_width(text, columns):
    lines = fill(text, columns).splitlines()
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:  # a line is wider only when it is one piece that cannot be broken
        assert width(line) <= columns or len([p for p in pieces(line) if not p.isspace()]) == 1, line


@given(_TEXT, st.integers(min_value=10, max_value=100))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(text, columns):
    # a space beside punctuation is a place to break, as the author chose
    assume(not any(f" {mark}" in text for mark in "，。：）”") and not any(f"{mark} " in text for mark in "（“["))
    lines = fill(text, columns).splitlines()
    assert not any(line.lstrip()[:1] in "，。：）”" for line in lines[1:])
    assert not any(line.rstrip()[-1:] in "（“[" for line in lines[:-1])


@given(_TEXT, st.integers(min_value=10, max_value=100))
def test_english_words_and_options_are_never_split(text, columns):
    words = [w for w in ("jixiao", "--rev", "specs/") if w in text]
    out = fill(text, columns)
    assert all(out.count(w) == text.count(w) for w in words)


def test_a_docstrings_line_break_between_chinese_characters_adds_no_space():
    assert wrap("调整顺序报告为“移动”，\n改了名称报告为“改名”，用 --rev\n比较", 200) == (
        "调整顺序报告为“移动”，改了名称报告为“改名”，用 --rev 比较")


def test_a_no_rewrap_block_is_kept_as_written_and_paragraphs_stay_apart():
    text = "第一段。\n\n\b\n  jixiao validate   检查\n  jixiao build      生成\n\n第三段。"
    assert wrap(text, 20, "  ") == ("  第一段。\n\n    jixiao validate   检查\n    jixiao build      生成\n\n"
                                    "  第三段。")


def test_no_space_after_full_width_punctuation():
    """click puts two spaces before an option's default, and a docstring's line may end in "，" before English."""
    assert wrap("标在那一行上。  [默认：text]", 200) == "标在那一行上。[默认：text]"
    assert wrap("把 Word 文件显示为文字，\njixiao 不在 PATH 上也能运行", 200) == "把 Word 文件显示为文字，jixiao 不在 PATH 上也能运行"


def test_an_options_default_and_range_are_joined_by_a_chinese_semicolon():
    """click joins them with an English "; ": `[默认：8000; 0 到 65535 之间]` under serve's --port."""
    shown = CliRunner().invoke(main, ["serve", "--help"], terminal_width=200).output
    assert "[默认：8000；0 到 65535 之间]" in shown, shown
    for name in main.commands:
        page = CliRunner().invoke(main, [name, "--help"], terminal_width=200).output
        assert not [line for line in page.splitlines() if "; " in line and "[" in line], page


def test_every_commands_help_shows_how_to_run_it():
    """A clerk reading `jixiao validate --help` found what it checks but no line to type; import, new and diff gave
    one. Each command's help now shows at least one example line `jixiao 命令 …` in its text, apart from the usage
    line, so that the help can be followed as it stands."""
    runner = CliRunner()
    for name in main.commands:
        shown = runner.invoke(main, [name, "--help"], terminal_width=80).output
        body = shown.split("\n", 1)[1].split("选项:", 1)[0]
        assert f"jixiao {name}" in body, (name, shown)


def test_a_problems_severity_and_code_stay_on_one_line():
    """`lint --help` at 80 columns ended a line with `文件:行:列: 警告` and began the next with `[规则编号]`: the picture of
    a problem's line read as two words."""
    assert "警告[规则编号]" in pieces("每个问题一行：文件:行:列: 警告[规则编号] 说明")
    for name, said in (("lint", "警告[规则编号]"), ("validate", "错误[代码]")):
        for columns in range(60, 101):
            shown = CliRunner().invoke(main, [name, "--help"], terminal_width=columns).output
            assert said in shown, (name, columns, shown)
