"""Exit codes and the errors that end a command, mapped to codes in this one place.

0  everything fine
1  the input has error-level problems (or a build failed for some spec)
2  the command was used wrongly (click's own code for usage errors), or a project file or a form
   variant's file (profile, schema, template) is broken
3  the environment is missing something (LibreOffice for --format pdf, a Python package jixiao needs)
4  an internal error: a bug in jixiao (run with --traceback)
130  interrupted with Ctrl+C (128 + SIGINT, as shells report it; interrupt.EXIT_INTERRUPTED)

`jixiao diff` follows diff(1) instead: 0 the specs are equal, 1 they differ, 2 trouble
(a spec that cannot be read, a git revision that does not exist); 3 as above (no git for --rev).
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import click

from . import hidden_files
from .long_paths import LongName, name_too_long, paths_named, refused_length, too_long_said

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_ENVIRONMENT = 3
EXIT_INTERNAL = 4
EXIT_DIFFERENT = 1
EXIT_TROUBLE = 2


class JixiaoError(click.ClickException):
    """A user-facing failure with a Chinese message; never shown as a traceback."""

    exit_code = EXIT_PROBLEMS


class UsageError(JixiaoError):
    exit_code = EXIT_USAGE


class FormError(UsageError):
    """A form variant's file (profile, schema, template) that cannot be used, located: the unit's (or
    jixiao's) form to fix, so exit 2 like a broken jixiao.yaml, not an internal error."""


class LocatedError(UsageError):
    """A usage error that is problems in a file the command reads (jixiao.yaml), each said on its line as a spec's
    problems are, `file:line:column: 错误[CODE] …`, then `after` (an example). Printed as it is: after click's
    `错误：` it said 错误 twice and put the place in the middle of the line, where an editor does not find it."""

    def __init__(self, problems: list, after: str = ""):
        from .report import line

        super().__init__("\n".join([*map(line, problems), *([after] if after else [])]))
        self.problems = problems

    def show(self, file=None) -> None:
        click.echo(self.format_message(), file=file, err=file is None)


class EnvironmentProblem(JixiaoError):
    exit_code = EXIT_ENVIRONMENT


class Trouble(JixiaoError):
    """`jixiao diff` could not compare (exit 2, as diff(1))."""

    exit_code = EXIT_TROUBLE


_SHORTER = "请用短一些的名字，或换一个浅一些的文件夹"
_SHORTER_READ = "请检查路径，或把文件移到浅一些的文件夹、改用短一些的名字"
"""What to do about a path too long, written or read: said after ENAMETOOLONG's words, or Windows' (long_paths)."""

_SHORTER_NAME = "请改用短一些的名字"
_SHORTER_NAME_READ = "请检查路径是否写对（这里存不下名字这么长的{kind}）"
"""What to do about one name too long (long_paths.name_too_long), written or read: a folder elsewhere keeps the name
as long, and no file or folder (`kind`, as the name is one) of that name can be here to read."""

_OS_REASONS = {
    errno.ENOENT: "不存在；请检查路径",
    errno.EACCES: "没有权限，或文件正在 Word、WPS 等程序中打开；请关闭它或换一个位置",
    errno.EPERM: "没有权限，或文件正在 Word、WPS 等程序中打开；请关闭它或换一个位置",
    errno.EEXIST: "已经有同名的文件，不能当作文件夹使用；请换一个文件夹名，或移走这个文件",  # mkdir(exist_ok=True) over a file
    errno.ENOTDIR: "路径中有一段是文件而不是文件夹；请检查路径，或换一个文件夹",
    errno.EISDIR: "这是一个文件夹，不是文件；请换一个文件名，或移走这个文件夹",
    errno.ENOSPC: "磁盘空间不足；请清理出空间后重试，或换一个磁盘",
    errno.EROFS: "所在的磁盘或文件夹是只读的",
    errno.ENAMETOOLONG: f"文件名或路径太长；{_SHORTER}",
    errno.EBUSY: "正被其他程序占用；请关闭它后重试",
    errno.EINVAL: "路径或文件名无效；请检查路径",
    errno.ELOOP: "符号链接绕成了圈（链接到自己，或几个链接互相指向）；请检查这个链接",
}
"""Why a file could not be written (or made, or removed), or read, each with what to do (a clerk told 磁盘空间不足 or
文件名或路径太长 alone was left to guess the way out): `_READ_REASONS` says a read where it differs."""

_READ_REASONS = {
    errno.EACCES: "没有读取它的权限，或它正被其他程序独占；请检查你对这个文件的权限，或关闭使用它的程序后重试",
    errno.EPERM: "没有读取它的权限，或它正被其他程序独占；请检查你对这个文件的权限，或关闭使用它的程序后重试",
    errno.EISDIR: "这是一个文件夹，不是文件；请给出文件的路径",
    errno.ENAMETOOLONG: f"文件名或路径太长；{_SHORTER_READ}",
}
"""Where reading an input differs: the input is where it is (no other place to write it to), and Word has no hold on a
spec; a file held open without sharing (a sync client, an antivirus scan) is what Windows refuses a read for."""


_HELD = (errno.EACCES, errno.EPERM, errno.EBUSY)
_UNIX_NOT_PERMITTED = "没有权限；请检查你对这个文件和它所在文件夹的权限"


def held_elsewhere(exc: OSError) -> bool:
    """Whether `exc` may be another program, Word above all, holding its file open: what Windows says of one
    (WinError 32 and 5 both read as EACCES). Linux and macOS replace and remove a file whatever program has it
    open, so there the same errno is the file's or its folder's permissions, and a clerk told to close Word in a
    read-only folder would close it and meet the same error."""
    return hidden_files.ON_WINDOWS and exc.errno in _HELD


class FolderUnwritable(OSError):
    """No file can be made in this folder (its filename): the folder is to blame, not a file open in Word."""


_FOLDER_REASONS = {
    errno.EACCES: "没有在这个文件夹里写文件的权限；请换一个文件夹",
    errno.EPERM: "没有在这个文件夹里写文件的权限；请换一个文件夹",
}


def os_reason(exc: OSError, reading: bool = False) -> str:
    """Why a file could not be written, or, `reading`, read, in Chinese and saying what to do (the system's own
    words are English, or in the system's language). A file open in Word is named as a cause on Windows alone
    (see held_elsewhere), and for an output alone: told to close Word or choose another place for a spec it could
    not read, the clerk had no Word to close and no other place to read the spec from."""
    if isinstance(exc, FolderUnwritable) and exc.errno in _FOLDER_REASONS:
        return _FOLDER_REASONS[exc.errno]
    if exc.errno in (errno.EACCES, errno.EPERM) and not hidden_files.ON_WINDOWS:  # no file is held open there
        return _UNIX_NOT_PERMITTED
    # an OSError with its words alone (`OSError('…')`) has no strerror; one with no words at all (no errno, no
    # strerror) read "[Errno None] None: '…'"
    words = exc.strerror or (str(exc) if len(exc.args) == 1 else "")
    length = refused_length(exc)  # Windows says a path too long is not found: 不存在 of a spec that is there
    if length is not None:
        return f"{too_long_said(length)}；{_SHORTER_READ if reading else _SHORTER}"
    named = _longest_name(exc)
    if named:
        return f"{named.said}；{_SHORTER_NAME_READ.format(kind=named.kind) if reading else _SHORTER_NAME}"
    said = (reading and _READ_REASONS.get(exc.errno)) or _OS_REASONS.get(exc.errno)
    return said or words or "操作系统没有说明原因"


def _longest_name(exc: OSError) -> LongName | None:
    """The longest name past the limit (long_paths.name_too_long) in either path ENAMETOOLONG names (`paths_named`):
    os.replace and os.rename refused for their target name it second, after a source whose names were all short."""
    if exc.errno != errno.ENAMETOOLONG:
        return None
    named = [name_too_long(path) for path in paths_named(exc)]
    return max(filter(None, named), key=lambda long: long.size, default=None)


def unread_reason(path: Path, what: str = "规格") -> str:
    """Why a path named like a spec (or given by name) is no file to read, in the clerk's words and what to do: one
    wording for diff, which names it FILE-UNREADABLE, the loader, which every other command reads a spec with, and the
    commands that read a Word or Excel file (`what` they read: import, textconv), which said a named pipe or a link to
    nothing 文件不存在 of a name the clerk could see there. Asked without opening the path: a pipe's open waits for a
    writer."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and path.is_symlink():
            return f"这是一个符号链接，它指向的 {os.readlink(path)} 不存在；请修正或删除这个链接"
        return os_reason(exc, reading=True)
    return f"这不是普通文件（是命名管道、设备等），读不出{' ' if what[:1].isascii() else ''}{what}"  # 读不出 Word 文件


def gone_meanwhile(what: str, folder: str) -> str:
    """Why a form's file (`what`: its schema, its profile, its folder) listed in its `folder` is not there when read:
    deleted or renamed meanwhile (a clerk's saving, a git checkout during a long build), said with a word to run again,
    one wording for every file of a form. The error boundary's 无法读写…：不存在；请检查路径, or the loader's
    文件不存在；请检查路径, named a path no one had typed, as if it were named wrong."""
    return (f"{what}在读取时不见了：列出{folder}之后，它被删除或改名了（有人正在改动这个文件夹，或切换了 git 分支？）；"
            "请等改动完成后再运行一次")


def os_problem(exc: OSError, printing: bool = False, reading: bool = False) -> str:
    """An OSError as one line for the user: which file, by its path from here as reports name a spec
    (command_paths.from_here), and why (`reading`: see os_reason). One without a file's name came from `printing`
    (standard output on a full disk, `jixiao schema > x.json`) or from an operation jixiao does not know the file of."""
    from .command_paths import from_here  # (command_paths takes its exit codes from here)

    why = os_reason(exc, reading)
    names = [from_here(path) for path in paths_named(exc)]
    if names:
        return f"{'无法读取' if reading else '无法读写'} {' → '.join(names)}：{why}"
    return f"无法写出到标准输出（屏幕，或用“>”重定向到的文件）：{why}" if printing else f"文件操作失败：{why}"
