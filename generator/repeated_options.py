"""An option that takes one value, given twice on one command line with two values: a usage error naming both.

click keeps the last value of an option given twice and drops the first without a word: `jixiao build --format docx
--format html` built the HTML alone, the Word files asked for first left unwritten, and `--out a --out b`, `--year 2025
--year 2026` or `--rev A --rev B` ran with the second as if the first had not been typed. An option that takes
several values says so (`multiple=True`, as build's --format) and is not looked at; a flag (`--force --force`) and
the same value typed twice lose nothing, and are let be. Checked where click's parser takes each value, for every
command (error_boundary.Command), not option by option.
"""
from __future__ import annotations

import click


def refuse_twice(parser, ctx) -> None:
    """Make the options of `parser` (click's, made for `ctx`) that keep one value refuse a second, different one."""
    options = {id(option): option for option in (*parser._long_opt.values(), *parser._short_opt.values())}
    for option in options.values():
        if option.action == "store":  # "append" is multiple=True; the const actions are flags
            option.process = _once(option, option.process, ctx)


def _once(option, process, ctx):
    """`process`, click's storing of `option`'s value, refusing a value other than the one stored already."""
    def once(value, state):
        if option.dest in state.opts and state.opts[option.dest] != value:
            raise click.UsageError(_said(option.obj, ctx, state.opts[option.dest], value), ctx)
        process(value, state)
    return once


def _said(param, ctx, first, second) -> str:
    """That `param` was given `first` and then `second`, and which way to go on."""
    hint = param.get_error_hint(ctx)  # `“-o” / “--out”`, as click_zh has click name an option
    return f"{hint}写了两次：“{_typed(param, first)}”和“{_typed(param, second)}”；它只能取一个值，请只写要用的那一个"


def _typed(param, value) -> str:
    """A value as typed: an option whose value may be left out (`diff --rev`) given none stands for its flag_value."""
    if isinstance(value, str):
        return value
    if isinstance(value, (tuple, list)):
        return " ".join(map(str, value))
    return str(param.flag_value)
