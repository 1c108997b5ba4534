"""An option that takes one value, given twice on one command line with two values: a usage error naming both.

click keeps the last value of an option given twice and drops the first without a word: `jixiao build --format docx
--format html` built the HTML alone, the Word files asked for first left unwritten, and `--out a --out b`, `--year 2025
--year 2026` or `--rev A --rev B` ran with the second as if the first had not been typed. An option that takes
several values says so (`multiple=True`, as build's --format) and is not looked at; a flag (`--force --force`) and
the same value typed twice lose nothing, and are let be. Checked where click's parser takes each value, for every
command (error_boundary.Command), not option by option; said there, before a wrong value or a missing argument, unless
`--help` is on the line: then once the options are read (refuse_found), so that the help is shown, as beside any
other wrong value.
"""
from __future__ import annotations

import click


_FOUND = "jixiao.repeated_options"  # ctx.meta's key: the first option given two values, with --help on the line


def refuse_twice(parser, ctx) -> None:
    """Make the options of `parser` (click's, made for `ctx`) that keep one value refuse a second, different one."""
    options = {id(option): option for option in (*parser._long_opt.values(), *parser._short_opt.values())}
    for option in options.values():
        if option.action == "store":  # "append" is multiple=True; the const actions are flags
            option.process = _once(option, option.process, ctx)


def refuse_found(ctx) -> None:
    """The usage error put off for `--help` (_once), when it was no help asked for after all (`-o --help -o b`: a
    folder named --help). Not while a shell completes a word (resilient parsing): click's parser lets every wrong
    option go then, and the help shows nothing."""
    found = ctx.meta.pop(_FOUND, None)
    if found is not None and not ctx.resilient_parsing:
        raise click.UsageError(found, ctx)


def _once(option, process, ctx):
    """`process`, click's storing of `option`'s value, refusing a value other than the one stored already: at once,
    or, with `--help` on the line, once it is seen whether that shows the help (refuse_found); raised where the
    value is taken, it came before the help, and a clerk who added --help to the line that failed got the same
    error again. Compared as typed: `diff --rev` alone is HEAD, so `--rev --rev HEAD` is one version."""
    def once(value, state):
        if option.dest in state.opts:
            first, second = (_typed(option.obj, given) for given in (state.opts[option.dest], value))
            if first != second:
                said = _said(option.obj, ctx, first, second)
                if not _help_typed(ctx, state):
                    raise click.UsageError(said, ctx)
                ctx.meta.setdefault(_FOUND, said)
        process(value, state)
    return once


def _help_typed(ctx, state) -> bool:
    """Whether the command's `--help` (`-h`) is on the line: read already, or among the words still to read."""
    helping = ctx.command.get_help_option(ctx)
    return helping is not None and (helping.name in state.opts or any(word in helping.opts for word in state.rargs))


def _said(param, ctx, first: str, second: str) -> str:
    """That `param` was given `first` and then `second` (as typed), and which way to go on."""
    hint = param.get_error_hint(ctx)  # `“-o” / “--out”`, as click_zh has click name an option
    return f"{hint}写了两次：“{first}”和“{second}”；它只能取一个值，请只写要用的那一个"


def _typed(param, value) -> str:
    """A value as typed: an option whose value may be left out (`diff --rev`) given none stands for its flag_value.
    (No option of jixiao's takes two words at once, nargs=2, whose value would be a tuple.)"""
    return value if isinstance(value, str) else str(param.flag_value)
