"""An option that takes one value, given twice on one command line with two values: a usage error naming both.

click keeps the last value of an option given twice and drops the first without a word: `jixiao build --format docx
--format html` built the HTML alone, the Word files asked for first left unwritten, and `--out a --out b`, `--year 2025
--year 2026` or `--rev A --rev B` ran with the second as if the first had not been typed. An option that takes
several values says so (`multiple=True`, as build's --format) and is not looked at; a flag (`--force --force`) and
the same value typed twice lose nothing, and are let be. "The same" is the same once click has read it (`--port 80
--port=0080`), or for a path the same place (`--out out --out ./out`): either way the command does what both asked.

The command line is read here as click's parser reads it (no private part of click is used): which words are options,
which are their values, where the options end; up to the first word click will refuse (an unknown option, a flag given
a value, a value missing), whose error comes first, as click says it where it stops. Read for every command
(error_boundary.Command) before click parses, so that the two values are said before a wrong value or a missing
argument; not when `--help` is among the options, since then the help is shown, as beside any other wrong value.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

_ENDS_OPTIONS = "--"  # click's end of the options: every word after it is an argument, `-o` too
_ALWAYS_PREFIXES = {"-", "--"}  # what click's parser takes as an option's beginning whatever the options are named


def refuse_twice(ctx: click.Context, args: list[str]) -> None:
    """Refuse `args`, the command line of `ctx`'s command, when it gives an option that keeps one value two values.
    Not while a shell completes a word (resilient parsing): click lets every wrong option go then."""
    if ctx.resilient_parsing:
        return
    taken = list(_taken(ctx, args))
    helping = ctx.command.get_help_option(ctx)  # known by its name: click before 8.1.8 made a new one at each call
    if helping is not None and any(option.name == helping.name for option, _ in taken):
        return
    stored: dict[str, object] = {}
    for option, value in taken:
        if option.multiple or not _takes_value(option):
            continue
        if option.name in stored and not _same(ctx, option, stored[option.name], value):
            raise click.UsageError(_said(option, ctx, stored[option.name], value), ctx)
        stored[option.name] = value


def _taken(ctx: click.Context, args: list[str]) -> Iterator[tuple[click.Option, object]]:
    """Each option in `args` as click's parser takes it, with its value as typed (None for a flag, its flag_value for
    one left without its value: `diff --rev`, a tuple for one that takes several words), in the order typed: a
    `--opt=value` or `-ovalue` word, short flags grouped (`-qv`), a value that looks like an option (`--out --foo` is
    the folder --foo), `--` ending the options. click matches an option's whole name, no abbreviation (`--ou` is no
    --out). Stops at the first word click's parser refuses."""
    long, short = _named(ctx)
    # as click, the first sign of every name too: with `//slash` alone, `/x` is an unknown option, not an argument
    prefixes = _ALWAYS_PREFIXES | {start for name in (*long, *short) for start in (name[:1], _prefix(name))}
    rest = list(args)
    while rest:
        word = rest.pop(0)
        if word == _ENDS_OPTIONS:
            return
        if word[:1] not in prefixes or len(word) == 1:
            if not ctx.allow_interspersed_args:
                return
            continue
        name, equals, attached = word.partition("=")
        option = long.get(_normal(name, ctx))
        if option is not None:
            if not _takes_value(option):
                if equals:
                    return  # click: option does not take a value
                yield option, None
                continue
            if equals:
                rest.insert(0, attached)
            value = _value(option, rest, prefixes)
            if value is _MISSING:
                return
            yield option, value
        elif word[:2] in prefixes:  # an unknown long option: never read as short ones
            if not ctx.ignore_unknown_options:
                return
        else:
            for at, letter in enumerate(word[1:], start=2):
                option = short.get(_normal(word[0] + letter, ctx))
                if option is None:
                    if not ctx.ignore_unknown_options:
                        return
                    continue
                if not _takes_value(option):
                    yield option, None
                    continue
                if at < len(word):  # `-ovalue`, `-qoout`: the rest of the word is the value
                    rest.insert(0, word[at:])
                value = _value(option, rest, prefixes)
                if value is _MISSING:
                    return
                yield option, value
                break


_MISSING = object()  # an option's value is not on the line: click says so


def _value(option: click.Option, rest: list[str], prefixes: set[str]) -> object:
    """The value `option` takes from the words `rest` (taken from it), as click's parser takes it."""
    if len(rest) < option.nargs:
        return option.flag_value if _may_be_left_out(option) else _MISSING
    if option.nargs > 1:
        value = tuple(rest[:option.nargs])
        del rest[:option.nargs]
        return value
    if _may_be_left_out(option) and rest[0][:1] in prefixes and len(rest[0]) > 1:
        return option.flag_value  # `diff --rev --format json`: --rev left without its value
    return rest.pop(0)


def _named(ctx: click.Context) -> tuple[dict[str, click.Option], dict[str, click.Option]]:
    """The command's options by every name they have, long (`--out`, also `-out` with one dash) and short (`-o`), as
    click's parser sorts them; `--help` among them."""
    long: dict[str, click.Option] = {}
    short: dict[str, click.Option] = {}
    for param in ctx.command.get_params(ctx):
        if isinstance(param, click.Option):
            for name in (*param.opts, *param.secondary_opts):
                name = _normal(name, ctx)
                (short if len(_prefix(name)) == 1 and len(name) == 2 else long)[name] = param
    return long, short


def _prefix(name: str) -> str:
    """The dashes (or another sign) an option's name begins with: `--` of `--out`, `-` of `-o`."""
    return name[:2] if name[1:2] == name[:1] else name[:1]


def _normal(name: str, ctx: click.Context) -> str:
    """An option's name as the context's token_normalize_func makes it (`--OUT` is --out with str.lower), as click
    matches the words typed."""
    if ctx.token_normalize_func is None:
        return name
    prefix = _prefix(name)
    return prefix + ctx.token_normalize_func(name[len(prefix):])


def _takes_value(option: click.Option) -> bool:
    """Whether the option takes a value from the line: a flag and a count (`-vv`) take none."""
    return not option.is_flag and not option.count


def _may_be_left_out(option: click.Option) -> bool:
    """Whether the option's value may be left out (`diff --rev` alone is HEAD: is_flag=False with a flag_value). click
    marks it in a private attribute; what it is declared with says it: a word for flag_value, which click sets to
    UNSET (8.2+) or to a bool (8.1) on an option declared without one."""
    return not option.is_flag and isinstance(option.flag_value, str)


def _same(ctx: click.Context, option: click.Option, first, second) -> bool:
    """Whether the two values typed for `option` are one: typed alike, read alike by the option's type (`--port 80
    --port=0080`), or for a path the same place once resolved (`--out out --out ./out`, or a link to it), since the
    command then writes or reads the same files whichever it keeps. `-` (the screen, where allowed) is no place. A
    value the type refuses is compared as typed, and refused by click as any wrong value once both are one."""
    if first == second:
        return True
    try:
        first, second = (option.type_cast_value(ctx, value) for value in (first, second))
    except click.BadParameter:
        return False
    if first == second:
        return True
    if not isinstance(option.type, click.Path) or not isinstance(first, str):
        return False
    if option.type.allow_dash and "-" in (first, second):
        return False
    try:
        return Path(first).resolve() == Path(second).resolve()
    except (OSError, RuntimeError):  # a link loop (RuntimeError before Python 3.13): the values are told apart
        return False


def _said(param: click.Option, ctx: click.Context, first, second) -> str:
    """That `param` was given `first` and then `second` (as typed), and which way to go on."""
    hint = param.get_error_hint(ctx)  # `“-o” / “--out”`, as click_zh has click name an option
    first, second = (" ".join(value) if isinstance(value, tuple) else value for value in (first, second))
    return f"{hint}写了两次：“{first}”和“{second}”；它只能取一个值，请只写要用的那一个"
