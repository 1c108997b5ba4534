"""The one place where a command's end becomes the exit code (as copier keeps its error mapping in one place).

A command returns its verdict, an exit code named in errors.py (1 problems found; `jixiao diff`'s 1 changes and 2
无法比较; nothing for 0), and the boundary exits with it; or it raises: click's own usage errors exit 2, jixiao's
errors carry their exit code (errors.py), a file the user named that cannot be read or written is exit 1, a reader
that stopped reading is no error, input too large for the machine's memory says how to make it smaller, Ctrl+C is
exit 130 (interrupt.py), a package jixiao needs that this Python lacks is exit 3 (missing_package.py), and anything
else is an internal error, exit 4, said without a traceback (with `jixiao --traceback`, after it: the exit codes stay
the same, for a script to see). A file that cannot be read or
written and input too large are exit 1, or the code the command declares for such trouble (`trouble_exit`: `jixiao
diff`'s 2, 无法比较, as its exit 1 says the specs differ); the boundary names no command.
"""
from __future__ import annotations

import io
import os
import sys
import traceback
from contextlib import contextmanager

import click

from . import help_format, interrupt, missing_package, repeated_options
from .errors import EXIT_INTERNAL, EXIT_OK, EXIT_PROBLEMS, os_problem

OUT_OF_MEMORY = ("错误：输入太大，这台计算机的内存不够处理。请少处理一些：一次只比较、生成或检查几个规格，"
                 "把指标特别多（成千上万行）的规格拆成几个；或者换一台内存更大的计算机再运行。")

EXIT_CODES_HELP = ("退出码 / exit codes: 0 无错误；1 有错误（或文件读写不了，或输入太大、内存不够处理）；2 用法错误或配置、"
                   "表样有误；3 缺少外部程序或 Python 包；4 内部错误；130 按 Ctrl+C 中止（jixiao serve 按 Ctrl+C 是正常停止，为 0）。"
                   "jixiao diff 不同：1 有改动，2 无法比较（见 jixiao diff --help）。")
"""The group's --help epilog, where a user looks up an exit code: running out of memory is said under 1, as
OUT_OF_MEMORY's exit, diff's own codes are pointed to, since its 1 and 2 mean other things, and serve's Ctrl+C is its
normal end, 0, not an interruption."""


class Command(help_format.Command):
    """A command of the group. `trouble_exit` is its exit code when it cannot go on for a file it cannot read or
    write or input too large for memory: 1, unless its documented codes give such trouble another
    (`jixiao diff`, as diff(1): 2 无法比较, as its 1 says the specs differ). Declared where the command is, so a
    command whose codes are its own says so beside them, and the boundary names none."""

    def __init__(self, *args, trouble_exit: int = EXIT_PROBLEMS, **kwargs):
        super().__init__(*args, **kwargs)
        self.trouble_exit = trouble_exit

    def parse_args(self, ctx, args):
        with _usage_shown(ctx):
            _refuse_unnamable(args)
            repeated_options.refuse_twice(ctx, args)  # click would keep the last value and drop the first unsaid
            return super().parse_args(ctx, args)


class ErrorBoundary(click.Group):
    """The one place where anything unexpected becomes a message, not a traceback: a file that cannot be read or
    written, or input too large for memory, the command's `trouble_exit` (1 unless it declares another), anything
    else exit 4. Its commands lay out --help for Chinese."""

    context_class = help_format.Context
    command_class = Command

    def main(self, *args, **kwargs):
        _own_stdout()
        _chinese_safe_output()
        interrupt.started()
        return super().main(*args, **kwargs)

    def parse_args(self, ctx, args):
        """`jixiao` alone asks what the tool does: the help, and exit 0 (click 8.2+ would exit 2). That help, the
        group's --help and --version are printed here, while its arguments are parsed, so this is in the boundary
        too: on a full disk (`jixiao --help > x.txt`) they printed a traceback."""
        with self._boundary(ctx), _usage_shown(ctx):
            if not args:
                click.echo(ctx.get_help(), color=ctx.color)
                ctx.exit(EXIT_OK)
            return super().parse_args(ctx, args)

    def invoke(self, ctx):
        """Run the command and exit with its verdict: the code it returns, 0 when it returns none. Commands return
        it rather than exit themselves, so exiting is done here alone."""
        with self._boundary(ctx):
            verdict = super().invoke(ctx)
        ctx.exit(verdict or EXIT_OK)

    @contextmanager
    def _boundary(self, ctx):
        """Where what parse_args and invoke raise becomes an exit code."""
        try:
            yield
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:  # click would say "Aborted!" and exit 1, the code for problems in the specs
            _interrupted(ctx)
        except Exception as exc:  # noqa: BLE001 - the boundary is the point
            shown = bool(ctx.params.get("traceback"))
            if shown:  # the stack for whoever debugs it, then the same exit code as without the option
                traceback.print_exc()
            if isinstance(exc, BrokenPipeError):  # the reader (`| head`) has what it wanted, as after `git log | head`
                _stdout_given_up()
                ctx.exit(EXIT_OK)
            if isinstance(exc, MemoryError):  # the input outgrew this machine, not a bug: what the clerk can do
                click.echo(OUT_OF_MEMORY, err=True)
                ctx.exit(self._trouble_exit(ctx))
            missing = missing_package.message(exc)
            if missing:  # a package imported only when needed (python-docx, for build) is not installed here
                click.echo(missing, err=True)
                ctx.exit(missing_package.EXIT_ENVIRONMENT)
            if isinstance(exc, RuntimeError) and isinstance(exc.__context__, OSError):
                exc = exc.__context__  # a symlink loop, as Path.resolve() said it before Python 3.13
            if isinstance(exc, OSError):  # a path the user gave that cannot be read or written: not a bug
                printing = _StandardOutput.failed(exc)
                if printing:
                    _stdout_given_up()
                click.echo(f"错误：{os_problem(exc, printing=printing)}", err=True)
                ctx.exit(self._trouble_exit(ctx))
            # --traceback is the group's option: after the command name click rejects it as unknown
            rerun = f"jixiao --traceback {ctx.invoked_subcommand or '命令'} …"
            ask = ("请把上面的输出报告给维护者。" if shown
                   else f"请把 --traceback 写在命令名之前重新运行（{rerun}），并把输出报告给维护者。")
            click.echo(f"jixiao 内部错误：{type(exc).__name__}: {exc}\n{ask}", err=True)
            ctx.exit(EXIT_INTERNAL)

    def _trouble_exit(self, ctx) -> int:
        """The exit code of trouble in the running command (Command.trouble_exit)."""
        command = self.get_command(ctx, ctx.invoked_subcommand) if ctx.invoked_subcommand else None
        return getattr(command, "trouble_exit", EXIT_PROBLEMS)


def _refuse_unnamable(args: list[str]) -> None:
    """A NUL character in a command's argument, a usage error (exit 2) naming it, before the command runs: no file
    name, folder name or value holds one. A shell cannot pass it, but a program can (click's CliRunner, a script on
    Windows), and every command given it as a path ended as an internal error, exit 4, where the system refused the
    path (os.stat's ValueError: embedded null byte); `new --unit` wrote it into the spec. Checked here, for every
    command, not where each opens a path.

    So is a lone surrogate (U+D800 to U+DFFF) the system cannot make a name of (`_unnamable`): a program can pass one
    as a NUL, and every command given it as a path (validate, lint, diff, build and its --templates, textconv,
    import) ended as an internal error, exit 4 (os.stat's UnicodeEncodeError: surrogates not allowed). A name that is
    not UTF-8 (GBK bytes) reads as surrogates too, each of which the system names (surrogateescape): not refused."""
    for place, arg in enumerate(args, 1):
        if "\0" in arg:
            shown = arg.replace("\0", "\\x00")
            raise click.UsageError(f"第 {place} 个参数“{shown}”中有 NUL 字符（\\x00）：路径和其他参数里都不能有它；"
                                   "请检查传入这个参数的脚本或程序")
        lone = _unnamable(arg)
        if lone:
            raise click.UsageError(f"第 {place} 个参数“{_escaped_surrogates(arg)}”中有单独的代理码位（U+{ord(lone):04X}），"
                                   "不是任何文字，系统不能用它作文件名：路径和其他参数里都不能有它；请检查传入这个参数的脚本或程序")


def _unnamable(arg: str) -> str | None:
    """The first surrogate of `arg` the file system's encoding cannot write (os.fsencode), if any: on Windows, whose
    names may hold any (they are UTF-16 there), none. Under a legacy locale whose encoding lacks Chinese (Latin-1), the
    first character it cannot write may be a Chinese one: not a surrogate, not said to be one."""
    try:
        os.fsencode(arg)
    except UnicodeEncodeError as exc:
        lone = [char for char in exc.object[exc.start:exc.end] if 0xD800 <= ord(char) <= 0xDFFF]
        return lone[0] if lone else None
    return None


def _escaped_surrogates(text: str) -> str:
    """`text` with each surrogate the system cannot name written `\\udXXX`, as Python writes it: printed as it is, it
    cannot be encoded. Those of a name that is not UTF-8 are left to be printed as such names are."""
    return "".join(char if _unnamable(char) is None else f"\\u{ord(char):04x}" for char in text)


@contextmanager
def _usage_shown(ctx):
    """A usage error of the command line's parsing given the command it is about: click's parser raises an option
    missing its value (`jixiao new --year`) or given one it does not take (`jixiao --traceback=1 build`) without
    it, and so said them without the usage line and the help to read, as no other usage error is said."""
    try:
        yield
    except click.UsageError as exc:
        if exc.ctx is None:
            exc.ctx, exc.cmd = ctx, ctx.command
        raise


class _StandardOutput(io.FileIO):
    """Standard output's file, which marks the errors of its writes as its own. Such an error names no file: a full
    disk under `jixiao schema > x.json` was said as 文件操作失败, naming nothing. Marked where the bytes are
    written, it is told apart from another nameless error whoever printed (click's help, jixiao's reports)."""

    def write(self, data):
        try:
            return super().write(data)
        except OSError as exc:
            exc.jixiao_stdout = True
            raise

    @staticmethod
    def failed(exc: OSError) -> bool:
        """Whether `exc` was raised writing standard output."""
        return getattr(exc, "jixiao_stdout", False)


def _own_stdout() -> None:
    """Put standard output on a `_StandardOutput`, when it is a file (a console, a pipe, a redirect): not when it
    is something else already (a test's capture, the Windows console's own stream)."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    raw = buffer if type(buffer) is io.FileIO else getattr(buffer, "raw", None)  # unbuffered (python -u): no layer
    if type(raw) is not io.FileIO or not isinstance(stream, io.TextIOWrapper):
        return
    stream.flush()
    marked = _StandardOutput(raw.fileno(), "w", closefd=False)
    sys.stdout = io.TextIOWrapper(marked if buffer is raw else io.BufferedWriter(marked),
                                  encoding=stream.encoding, errors=stream.errors,
                                  line_buffering=stream.line_buffering, write_through=stream.write_through)


def _stdout_given_up() -> None:
    """Send what standard output still holds, and anything printed after, nowhere: flushed at exit into a pipe
    closed or a full disk, it failed again, and Python printed that error after jixiao's message."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _interrupted(ctx) -> None:
    """Ctrl+C: the `finally` blocks on the way here have cleaned up; one line and exit 130, as while starting."""
    click.echo(f"\n{interrupt.MESSAGE}", err=True)
    ctx.exit(interrupt.EXIT_INTERRUPTED)


def _chinese_safe_output() -> None:
    """Let stdout and stderr carry Chinese, and any file name, wherever they lead.

    Output piped or redirected on Windows is encoded in the locale's code page: cp1252 on a CI
    runner, which has no Chinese at all, or GBK, which lacks characters such as “›”. Either made
    every message fail to print. A pipe or file gets UTF-8 (what CI logs, pre-commit and editors
    read); a console that still cannot show a character shows a replacement rather than failing.

    A file name that is not UTF-8 (a GBK name unpacked from a zip made on Windows) reaches Python as
    lone surrogates, which UTF-8 cannot encode: a message naming such a spec was an internal error.
    It is written as Python escapes (`g\\udcff.yaml`), as Python's own stderr writes it.
    """
    for stream in (sys.stdout, sys.stderr):
        if not hasattr(stream, "reconfigure"):
            continue
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding in ("utf8", "utf8sig"):
            stream.reconfigure(errors="backslashreplace")
        elif stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
