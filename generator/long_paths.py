"""Whether a path was refused for its length, which Windows says as a path not found.

Windows with long paths off (as they are by default) refuses a path of MAX_PATH characters or more with
WinError 206 (the name is too long) or WinError 3 (the path is not found), both read by Python as ENOENT: a build
into a deep folder was told that folder did not exist. With long paths on (the machine's LongPathsEnabled, and a
Python that says it is long-path aware, as python.org's does), the length refuses nothing, and ENOENT of a long path
is a path truly missing: called too long, the clerk shortened a path that was only mistyped. So the error decides
where it can (WinError 206), and the length only where the system takes no longer path. Linux and macOS say
ENAMETOOLONG of a path too long, whatever the machine; on Linux that is most often one name past 255 bytes
(`name_too_long`), not a path past 4096, and the way out is a shorter name, not a shallower folder.
"""
from __future__ import annotations

import errno
import os
from functools import cache
from pathlib import Path
from typing import NamedTuple

from . import hidden_files

NAME_MAX = 255
"""The most bytes one name (a file's or a folder's) takes on Linux's file systems (ext4, btrfs, xfs) and macOS's,
however short the path: a Chinese character is 3 bytes in UTF-8, so about 85 of them."""
MAX_PATH = 260  # Windows' limit on a path, its closing NUL included, unless long paths are turned on for the machine
_NAME_TOO_LONG = 206  # ERROR_FILENAME_EXCED_RANGE: Windows' own word that a name or a path is too long


def too_long(exc: OSError, length: int) -> bool:
    """Whether `exc`, raised for a path of `length` characters, refused it for its length."""
    if exc.errno == errno.ENAMETOOLONG:
        return True
    if not hidden_files.ON_WINDOWS or exc.errno != errno.ENOENT:  # elsewhere ENOENT is a folder truly gone
        return False
    if getattr(exc, "winerror", None) == _NAME_TOO_LONG:
        return True
    return length >= MAX_PATH and not long_paths_enabled()


def paths_named(exc: OSError) -> list[str]:
    """The paths `exc` names, decoded: its filename and, second, filename2, which os.replace and os.rename refused
    name for their target after a source that may be short (or none, an OSError built with its words alone)."""
    return [os.fsdecode(path) for path in (exc.filename, exc.filename2) if path is not None]


def refused_length(exc: OSError) -> int | None:
    """The length of the longest path `exc` names (`paths_named`) when Windows said it was not found for that length,
    else None (or when it names none): a path the error names, as a file read's is, not a build's longer temporary
    one (build.py). ENAMETOOLONG, which says so itself, is left to the caller's words for it, which no length would
    make truer."""
    paths = paths_named(exc)
    if not paths or exc.errno != errno.ENOENT:
        return None
    length = max(len(os.path.abspath(path)) for path in paths)
    return length if too_long(exc, length) else None


def too_long_said(length: int) -> str:
    """A path too long, with the limit where there is one to name (Windows': elsewhere one folder's name may be what
    is too long, 255 bytes, however short the path)."""
    if hidden_files.ON_WINDOWS and not long_paths_enabled():
        return f"路径太长（{length} 个字符，Windows 的路径最多 {MAX_PATH - 1} 个字符）"
    return "文件名或路径太长"


class LongName(NamedTuple):
    """One name past NAME_MAX bytes (`name_too_long`): what to say of it, whether it is a 文件 or a 文件夹 (the words of
    the advice after it, too), and its bytes, which of two names offends more (errors.os_reason)."""
    said: str
    kind: str
    size: int


def name_too_long(path: str | os.PathLike) -> LongName | None:
    """Which name in `path` is past NAME_MAX bytes, and by how much, where ENAMETOOLONG is about one name (Linux,
    macOS): told 文件名或路径太长 and to use a shallower folder, the clerk moved a folder whose own name was what was too
    long. None when no name is, or on Windows, which counts a name in UTF-16 units and says so by WinError 206."""
    if hidden_files.ON_WINDOWS:
        return None
    parts = Path(path).parts
    for index, part in enumerate(parts):
        size = len(os.fsencode(part))
        if size > NAME_MAX:
            kind = "文件" if index == len(parts) - 1 else "文件夹"
            shown = part if len(part) <= 24 else f"{part[:20]}……"
            return LongName(f"{kind}名“{shown}”太长：{size} 字节（{len(part)} 个字符），超出 {size - NAME_MAX} 字节；"
                            f"一个文件或文件夹的名字最多 {NAME_MAX} 字节（一个汉字占 3 字节，约 {NAME_MAX // 3} 个汉字）",
                            kind, size)
    return None


@cache
def long_paths_enabled() -> bool:
    """Whether this process takes paths past MAX_PATH (RtlAreLongPathsEnabled: the machine's setting and Python's
    manifest both). Windows before 10 (1607) has no such function, nor long paths; Linux and macOS have no ntdll."""
    try:
        import ctypes

        check = ctypes.WinDLL("ntdll").RtlAreLongPathsEnabled
    except (AttributeError, OSError):
        return False
    check.restype = ctypes.c_ubyte  # BOOLEAN
    return bool(check())
