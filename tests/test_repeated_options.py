"""repeated_options reads the command line as click's parser does, on click's public API: the words it must read alike."""
from __future__ import annotations

import copy
import random

import click
import pytest

from generator import repeated_options
from generator.cli import main
from generator.error_boundary import Command

TWICE = "写了两次"


@pytest.mark.parametrize("args, first, second", [
    (["--out=a", "--out", "b"], "a", "b"),
    (["-oa", "--out=b"], "a", "b"),
    (["-o", "a", "-ob"], "a", "b"),
    (["-o=a", "-o", "b"], "=a", "b"),  # as click reads `-o=a`: -o given `=a`
    (["-qoa", "-o", "b"], "a", "b"),  # -q, then -o with the rest of the word
    (["-o", "--foo", "-o", "b"], "--foo", "b"),  # a value that looks like an option is the value
    (["-o", "-q", "--out", "b"], "-q", "b"),
    (["-o", "a", "specs", "-o", "b"], "a", "b"),  # an argument between
    (["-o", "a", "-", "-o", "b"], "a", "b"),  # `-` alone is an argument
    (["--out=", "--out=b"], "", "b"),
])
def test_the_values_are_read_where_click_reads_them(runner, tmp_path, monkeypatch, args, first, second):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"错误：“-o” / “--out”{TWICE}：“{first}”和“{second}”；"), result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [
    ["-o", "a", "--", "-o", "b"],  # after `--` every word is an argument (a path named -o)
    ["-q", "-q", "-o", "a"],  # a flag twice
    ["-qq", "-o", "a", "-oa"],  # grouped flags; the same value twice
    ["--format", "docx", "--format", "html", "-o", "a"],  # given several times, each taken
])
def test_words_that_are_no_second_value_are_let_be(runner, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", *args])
    assert TWICE not in result.output, result.output


def test_click_takes_no_abbreviation_and_its_own_error_comes_first(runner, tmp_path, monkeypatch):
    """`--ou` is no --out (click matches whole names): the unknown option is said, where click stops reading."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", "--ou", "a", "--out", "b", "--out", "c"])
    assert result.exit_code == 2 and TWICE not in result.output and "--ou" in result.output, result.output


def test_a_flag_given_a_value_is_said_by_click_first(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", "--force=yes", "-o", "a", "-o", "b"])
    assert result.exit_code == 2 and TWICE not in result.output and "--force" in result.output, result.output


def test_an_option_whose_value_may_be_left_out_is_known_as_click_knows_it():
    """click marks it in a private attribute; repeated_options reads it from the option's declaration: the two agree
    on every option of every command (a click that changed flag_value's default would fail here)."""
    options = [param for command in main.commands.values() for param in command.params if isinstance(param, click.Option)]
    assert [repeated_options._may_be_left_out(option) for option in options] == [
        option._flag_needs_value for option in options]
    assert any(repeated_options._may_be_left_out(option) for option in options)  # diff --rev


def test_diff_rev_left_without_its_value_before_another_option(runner):
    """`--rev --format json --rev HEAD~1`: the first --rev is HEAD, as click reads it (the next word is an option)."""
    result = runner.invoke(main, ["diff", "--rev", "--format", "json", "--rev", "HEAD~1"])
    assert result.exit_code == 2
    assert result.output.startswith(f"错误：“--rev”{TWICE}：“HEAD”和“HEAD~1”；"), result.output


def _command(**settings) -> click.Command:
    """A command with the parser's settings a jixiao command leaves as click's defaults."""
    @click.command(cls=Command, context_settings=settings)
    @click.option("-o", "--out")
    @click.option("-q", is_flag=True)
    @click.option("-v", count=True)
    @click.option("--pair", nargs=2)
    @click.argument("rest", nargs=-1)
    def command(out, q, v, pair, rest):
        click.echo(f"out={out} pair={pair} rest={rest}")
    return command


@pytest.mark.parametrize("settings, args, said", [
    ({"token_normalize_func": str.lower}, ["--OUT", "a", "--out", "b"], "“a”和“b”"),
    ({"ignore_unknown_options": True}, ["--bogus", "-xoa", "-o", "b"], "“a”和“b”"),
    ({}, ["-vo", "a", "-o", "b"], "“a”和“b”"),  # a count takes no value: -o does
    ({}, ["--pair", "-o", "x", "-o", "a", "-o", "b"], "“a”和“b”"),  # --pair takes two words, whatever they are
    ({}, ["--pair", "a", "b", "--pair", "a", "c"], "“a b”和“a c”"),
])
def test_the_parser_s_settings_are_read_as_click_reads_them(runner, settings, args, said):
    result = runner.invoke(_command(**settings), args)
    assert result.exit_code == 2, result.output
    assert f"{TWICE}：{said}" in result.output, result.output


def test_options_end_at_two_dashes_also_when_unknown_options_are_let_be(runner):
    result = runner.invoke(_command(ignore_unknown_options=True), ["-o", "a", "--", "-o", "b"])
    assert result.exit_code == 0, result.output
    assert result.output == "out=a pair=None rest=('-o', 'b')\n"


def test_two_values_are_let_be_while_a_shell_completes_a_word():
    """Completing a word (resilient parsing), click lets every wrong option go: so are two values, not to break it."""
    ctx = main.commands["build"].make_context("build", ["-o", "a", "-o", "b"], resilient_parsing=True)
    assert ctx.params["out_dir"] in ("a", "b")


def test_options_end_at_the_first_argument_when_click_takes_no_interspersed_ones(runner):
    result = runner.invoke(_command(allow_interspersed_args=False), ["-o", "a", "word", "-o", "b"])
    assert result.exit_code == 0, result.output
    assert result.output == "out=a pair=None rest=('word', '-o', 'b')\n"


def _params(command: str, args: list[str]) -> dict:
    """What click makes of `args` for `command` without running it (the two values let be)."""
    return main.commands[command].make_context(command, args).params


@pytest.mark.parametrize("command, args, name, value", [
    ("serve", ["--port", "80", "--port=0080"], "port", 80),
    ("serve", ["-p", "8000", "--port", "+8000"], "port", 8000),
    ("build", ["-j", "2", "--jobs", "02"], "jobs", 2),
    ("new", ["--year", "2025", "--year", "２０２５"], "year", 2025),  # full-width digits read as int() reads them
])
def test_two_ways_of_typing_one_value_are_one_value(command, args, name, value):
    """`--port 80 --port=0080` was refused as two values: both are port 80, and nothing is lost whichever is kept."""
    assert _params(command, args)[name] == value


def test_a_value_the_option_refuses_is_compared_as_typed(runner):
    """Typed differently, the two values are said (the first may be the one meant); typed alike, click says why the
    value is wrong, as of one."""
    result = runner.invoke(main, ["serve", "--port", "80", "--port", "http"])
    assert result.exit_code == 2 and f"{TWICE}：“80”和“http”" in result.output, result.output
    result = runner.invoke(main, ["serve", "--port", "http", "--port", "http"])
    assert result.exit_code == 2 and TWICE not in result.output and "http" in result.output, result.output


@pytest.mark.parametrize("second", ["./out", "out/", "out/../out", "{cwd}/out", "../{name}/out", "link"])
def test_two_paths_to_the_same_folder_are_one_value(tmp_path, monkeypatch, second):
    """`--out out --out ./out`: the same folder is written either way, so nothing typed is lost; refused, the clerk was
    told “out”和“./out” were two values. A link to the folder is the folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "link").symlink_to("out")
    second = second.format(cwd=tmp_path, name=tmp_path.name)
    assert _params("build", ["--out", "out", "-o", second])["out_dir"] == second


@pytest.mark.parametrize("command, args, first, second", [
    ("build", ["--out", "out", "-o", "output"], "out", "output"),
    ("new", ["-o", "-", "-o", "./-"], "-", "./-"),  # the screen, and a file named -
    ("build", ["--out", "loop", "-o", "./loop"], "loop", "./loop"),  # a link to itself, no place to resolve to
])
def test_two_paths_that_are_not_one_place_are_two_values(runner, tmp_path, monkeypatch, command, args, first, second):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop").symlink_to("loop")
    result = runner.invoke(main, [command, *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"错误：“-o” / “--out”{TWICE}：“{first}”和“{second}”；"), result.output


class _HelpMadeAnew(Command):
    """A command whose help option is a new object at each call, as click made it before 8.1.8 (pyproject takes 8.1)."""

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        return None if option is None else copy.copy(option)


def test_help_is_shown_when_click_makes_its_option_anew_at_each_call(runner):
    """`-o a -o b --help` shows the help: the help option is known by its name, not as one object."""
    @click.command(cls=_HelpMadeAnew)
    @click.option("-o", "--out")
    def command(out):
        click.echo(out)

    result = runner.invoke(command, ["-o", "a", "-o", "b", "--help"])
    assert result.exit_code == 0 and TWICE not in result.output and "--out" in result.output, result.output


def test_a_word_beginning_with_the_first_sign_of_a_long_name_is_an_option_as_click_reads_it(runner):
    """With an option named `//slash` (and none `/s`), click takes `/x` for an unknown option and says so, where it
    stops reading: the two values after it are not said first."""
    @click.command(cls=Command)
    @click.option("-o", "--out")
    @click.option("//slash")
    def command(out, slash):
        click.echo(out)

    result = runner.invoke(command, ["-o", "a", "/x", "-o", "b"])
    assert result.exit_code == 2 and TWICE not in result.output and "/x" in result.output, result.output


def _vocabulary(command: click.Command) -> list[str]:
    """Words to make command lines of: each name of the command's options, bare, with `=` and a value attached, and
    short ones with a value joined or grouped; with words that look like options, `--`, `-` and plain values."""
    names = [name for param in command.get_params(command.context_class(command)) if isinstance(param, click.Option)
             for name in (*param.opts, *param.secondary_opts)]
    letters = "".join(name[1] for name in names if len(name) == 2)
    return [*names, *(f"{name}=v" for name in names), *(f"-{letter}v" for letter in letters), f"-{letters}",
            f"-{letters[::-1]}", "--", "-", "a", "b", "-x", "--bogus", "-o-", "--out=", "=", "HEAD", "80", "0080"]


def _read_by_click(command: click.Command, args: list[str]) -> tuple[list[str], dict]:
    """The options click's own parser takes from `args`, in order, and the values it keeps, up to where it stops (its
    parser object is private: this test is the alarm, should a click read a line otherwise than repeated_options)."""
    ctx = command.context_class(command, resilient_parsing=True)  # returns what was read before a refused word
    values, _, order = command.make_parser(ctx).parse_args(list(args))
    return [param.name for param in order if isinstance(param, click.Option)], values


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_line_is_read_as_click_reads_it(name):
    """Lines made of each command's option names, 400 per command (always the same ones): the options taken in order,
    each value kept, and where reading stops agree with click's parser."""
    command = main.commands[name]
    words = _vocabulary(command)
    pick = random.Random(name).choices
    for args in (pick(words, k=length % 8) for length in range(400)):
        ctx = command.context_class(command)
        taken = list(repeated_options._taken(ctx, args))
        names, values = _read_by_click(command, args)
        assert [option.name for option, _ in taken] == names, args
        last = {option: value for option, value in taken
                if repeated_options._takes_value(option) and not option.multiple}
        for option, value in last.items():  # click's sentinel for a value left out (`diff --rev`) is its flag_value
            kept = values[option.name]
            assert value == (kept if isinstance(kept, (str, tuple)) else option.flag_value), args
