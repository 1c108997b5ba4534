"""click's own words (usage errors, --help headings) in Chinese, whatever the machine's locale, and a usage error
said before the usage line, not under it.

click marks every message it prints with gettext, so translating it is supported; but gettext picks
a language from LANGUAGE/LC_ALL/LANG, which a finance officer's Windows machine does not set, and
click ships no Chinese catalogue. jixiao's users read Chinese everywhere, so `install()` gives
click's modules a lookup in the catalogue below instead of gettext's. A message not listed (one a
newer click adds) stays in English rather than break; tests/test_cli.py checks that every message
listed is still one this click prints.

Placeholders keep click's names; `{name!r}` is written `“{name}”`, since Chinese quotes read better. The
option a usage error names (`“--year”的取值无效`) is quoted so too: click writes it `'--year'`, and jixiao's
own refusals of an option's value name it as click does, through the option (`bad_value`).
"""
from __future__ import annotations

import importlib
import re

import click

MESSAGES = {
    # --help
    "Usage:": "用法:",  # click adds the space and writes "选项:" headings with ":"
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示此帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s，版本 %(version)s",
    "default: {default}": "默认：{default}",
    "required": "必填",
    # usage errors
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看说明。",
    "Invalid value: {message}": "取值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint}的取值无效：{message}",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing command.": "缺少命令。",
    "No such option {name!r}.": "没有选项“{name}”。",
    "No such command {name!r}.": "没有命令“{name}”。",
    "Could not open file {filename!r}: {message}": "无法打开文件“{filename}”：{message}",
    "{value} is not in the range {range}.": "{value} 超出了允许的范围（{range}）。",
    "{value!r} is not a valid {number_type}.": "“{value}”不是有效的数字。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "“{value}”不是有效的是/否取值；可用：{states}",
    # `{name}` is the path's kind, which also makes the FILE / DIRECTORY placeholder in --help: it
    # stays English there (click aligns help by character count, so Chinese would misalign it).
    "{name} {filename!r} does not exist.": "“{filename}”不存在。",
    "{name} {filename!r} is a file.": "“{filename}”是一个文件，这里要的是文件夹。",
    "{name} {filename!r} is a directory.": "“{filename}”是一个文件夹，这里要的是文件。",
    "{name} {filename!r} is not readable.": "“{filename}”无法读取。",
    "{name} {filename!r} is not writable.": "“{filename}”无法写入。",
    "Option {name!r} does not take a value.": "选项“{name}”后面不能写值。",
    "Aborted!": "已中止。",
}

# Chinese has one form where English has two: the singular message id names both.
PLURAL_MESSAGES = {
    "Did you mean {possibility}?": ("是否想写{possibility}？", "是否想写以下之一：{possibilities}？"),
    "Got unexpected extra argument ({args})": ("多余的参数“{args}”。", "多余的参数“{args}”。"),
    "Option {name!r} requires an argument.": ("选项“{name}”后面要写一个值。", "选项“{name}”后面要写 {nargs} 个值。"),
    "{value!r} is not {choice}.": ("“{value}”不是{choice}。", "“{value}”不是以下之一：{choices}。"),
}

CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types")


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    forms = PLURAL_MESSAGES.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


def describe_range(self) -> str:
    """A number option's bounds in words (`2000 到 2100 之间`), for its usage error and its --help line.

    click writes them as a formula (`2000<=x<=2100`, `x>=1`), which is no sentence, and it does not
    pass them through gettext."""
    low = None if self.min is None else f"{'大于' if self.min_open else '不小于'} {self.min}"
    high = None if self.max is None else f"{'小于' if self.max_open else '不大于'} {self.max}"
    if low and high and not (self.min_open or self.max_open):
        return f"{self.min} 到 {self.max} 之间"
    return "，".join(bound for bound in (low, high) if bound)


def bad_value(message: str, name: str) -> click.BadParameter:
    """A usage error refusing the value of the running command's option `name` (its parameter name, `out`
    for -o), which names the option as click's own refusals do."""
    ctx = click.get_current_context()
    return click.BadParameter(message, ctx, next(p for p in ctx.command.params if p.name == name))


def _chinese_quoted(error_hint):
    """click's `get_error_hint` with its `'--jobs' / '-j'` written `“--jobs” / “-j”`."""
    def hint(self, ctx=None) -> str:
        return re.sub(r"'([^']*)'", r"“\1”", error_hint(self, ctx))
    return hint


def _no_such_said(self) -> str:
    """click's `No such option`/`No such command` with its guesses in Chinese quotes after the sentence, no space
    between (`没有命令“valdate”。是否想写“validate”？`): click joins them with a space and quotes each guess as
    Python does (`'validate'`).

    An option of the program itself typed after the command name (`jixiao build --traceback`) is one the
    command does not know, though the program does: said where it goes (`jixiao --traceback build`); one that
    answers by itself and runs no command (`jixiao validate --version`) is said alone (`jixiao --version`)."""
    said = self.message
    if self.possibilities:
        quoted = "、".join(f"“{possibility}”" for possibility in sorted(self.possibilities))
        said += ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", len(self.possibilities)).format(
            possibility=quoted, possibilities=quoted)
    parent = self.ctx.parent if self.ctx else None
    name = getattr(self, "option_name", None)
    own = next((p for p in parent.command.params if name in p.opts), None) if parent and name else None
    if own is not None and own.is_eager:  # --version answers by itself and runs no command: none to write after it
        said += f"“{name}”是 {parent.command_path} 本身的选项，单独使用：{parent.command_path} {name}"
    elif own is not None:
        said += (f"“{name}”是 {parent.command_path} 本身的选项，要写在命令名之前："
                 f"{parent.command_path} {name} {self.ctx.info_name} …")
    return said


def _choice_said(self, value, ctx) -> str:
    """click's refusal of a value not among the choices, the choices in Chinese quotes (it writes them as Python
    does, `'text', 'json', 'github'`), and the one a slip of typing meant (`jsno`) guessed as a mistyped command is."""
    from difflib import get_close_matches

    choices = [str(choice) for choice in self.choices]
    quoted = "、".join(f"“{choice}”" for choice in choices)
    said = ngettext("{value!r} is not {choice}.", "{value!r} is not one of {choices}.", len(choices)).format(
        value=value, choice=quoted, choices=quoted)
    guess = get_close_matches(str(value).lower(), choices, n=1)
    return said + (ngettext("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)", 1).format(possibility=f"“{guess[0]}”") if guess else "")


def _missing_said(self) -> str:
    """click's `Missing argument “文件”.` with a Chinese full stop and no space before the name: click puts an
    English full stop after the name it quotes."""
    hint = self.param_hint if self.param_hint is not None else \
        self.param.get_error_hint(self.ctx) if self.param is not None else None
    if hint is not None and not isinstance(hint, str):
        hint = " / ".join(f"“{name}”" for name in hint)
    kind = self.param_type or (self.param.param_type_name if self.param is not None else "parameter")
    missing = gettext({"argument": "Missing argument", "option": "Missing option"}.get(kind, "Missing parameter"))
    extra = self.param.type.get_missing_message(param=self.param, ctx=self.ctx) if self.param is not None else None
    said = "；".join(part for part in (self.message, extra) if part)
    return f"{missing}{hint or ''}{'：' + said if said else ''}。"


def _usage_error_shown(self, file=None) -> None:
    """A usage error said error first, then the command's usage line and where its help is, with no blank line:
    click printed the usage and the help hint, a blank line, and the one line saying what was wrong at the bottom,
    under what a clerk took for the answer. Said first, as cargo and clap say theirs, it is what is read first; the
    usage line under it is the shape to correct it to, and the last line where to read more."""
    lines = [gettext("Error: {message}").format(message=self.format_message())]
    ctx = self.ctx
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            option = max(ctx.command.get_help_option_names(ctx), key=len)  # `--help` over `-h`, as click picks
            lines.append(gettext("Try '{command} {option}' for help.").format(command=ctx.command_path, option=option))
    click.echo("\n".join(lines), file=file, err=file is None, color=ctx.color if ctx is not None else None)


def install() -> None:
    """Make click's modules look their messages up here (they call `_` and `ngettext` at print time), a usage
    error say what is wrong before the usage, the option of a usage error, a guess at a mistyped name and the
    choices of an option be named in Chinese quotes, a missing argument end with a Chinese full stop, and a number
    option's range say its bounds in words."""
    for name in CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
    for refusal in (click.exceptions.NoSuchOption, getattr(click.exceptions, "NoSuchCommand", None)):
        if refusal is not None:  # NoSuchCommand is click 8.2's: before, a NoSuchOption said it
            refusal.format_message = _no_such_said
    click.exceptions.MissingParameter.format_message = _missing_said
    click.exceptions.UsageError.show = _usage_error_shown
    if hasattr(click.Choice, "get_invalid_choice_message"):  # click 8.2's: before, convert() said it itself
        click.Choice.get_invalid_choice_message = _choice_said
    for parameter in (click.Option, click.Argument):
        parameter.get_error_hint = _chinese_quoted(parameter.get_error_hint)
    ranges = getattr(importlib.import_module("click.types"), "_NumberRangeBase", None)
    if ranges is not None and hasattr(ranges, "_describe_range"):  # a private method: a newer click may rename it
        ranges._describe_range = describe_range
