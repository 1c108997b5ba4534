"""The files jixiao keeps beside the forms in an output folder (the build lock, the manifest) hidden on Windows too.

Their names start with a dot, which hides a file only on Unix: Explorer listed `.jixiao-manifest.json` and
`.jixiao-build.lock` among a unit's forms, for a clerk to mail with them or delete as clutter (the manifest
gone, the next build no longer knows which files it wrote, nor which were changed by hand). On Windows they get
the hidden attribute when written, and on each build when they lack it: a folder built before jixiao hid them (or
built on Linux) holds them visible, and a build with nothing to change rewrites neither. Only a missing attribute
is set, so a build changes nothing for a sync client or a file watcher to see. Elsewhere nothing is done, the dot
is enough.

A hidden file takes care on Windows: CreateFile's CREATE_ALWAYS and TRUNCATE_EXISTING, which Python's
`open(path, "w")` uses, are documented to fail with ERROR_ACCESS_DENIED (PermissionError) on a file that is
hidden when the new one is not said to be. The lock file is opened without truncating (OPEN_ALWAYS), which takes
it; the manifest is written through `atomic_write`, which renames a temporary file over it (`replace_hidden`).

A hidden record is replaced as `replace_hidden` does it: the old file's hidden attribute cleared, the new one hidden
before it is renamed into place.
"""
from __future__ import annotations

import os
from pathlib import Path

FILE_ATTRIBUTE_HIDDEN = 0x2
_INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF
ON_WINDOWS = os.name == "nt"
"""Whether files have attributes to set, and locks and path limits as Windows has them (errors, long_paths): read once,
so a test can say Windows without changing `os.name`,
which would make every `Path` made meanwhile a WindowsPath, which Linux cannot make."""


def hide(path: Path | str) -> None:
    """Give `path` the hidden attribute on Windows. A failure is ignored: a file system without the attribute (a
    Samba share, a FAT stick that refuses it) or a file another program holds leaves the file as visible as
    before, which is no reason to stop a build that has written the forms."""
    if ON_WINDOWS:
        _set_hidden(path, True)


def replace_hidden(source: Path | str, target: Path) -> None:
    """`os.replace(source, target)` for a file kept hidden: what is renamed into place is hidden from its first
    moment (`source` is hidden first), and `target`'s own hidden attribute is cleared before the rename. A rename
    onto a file whose attributes refuse it fails with PermissionError on Windows (a read-only one for certain,
    and a hidden one is refused by CREATE_ALWAYS); whether MoveFileEx refuses a hidden target could not be
    checked on the machines jixiao is developed on, and clearing the attribute of a file about to be replaced
    costs nothing but a moment in which it is visible, so it is cleared either way. The rename itself is the
    same atomic step `atomic_write` takes for every file: the old record or the new, never half of one."""
    if ON_WINDOWS:
        _set_hidden(source, True)
        _set_hidden(target, False)
    os.replace(source, target)


def _set_hidden(path: Path | str, hidden: bool) -> None:
    """Set or clear FILE_ATTRIBUTE_HIDDEN, keeping the file's other attributes; failures ignored (see `hide`)."""
    try:
        kernel32 = _kernel32()
        attributes = kernel32.GetFileAttributesW(str(path))
        if attributes == _INVALID_FILE_ATTRIBUTES:  # no such file yet (`replace_hidden`'s first write), or unreadable
            return
        wanted = attributes | FILE_ATTRIBUTE_HIDDEN if hidden else attributes & ~FILE_ATTRIBUTE_HIDDEN
        if wanted != attributes:
            kernel32.SetFileAttributesW(str(path), wanted)
    except (OSError, AttributeError):  # no kernel32 to call (not Windows after all): the file stays as it is
        pass


def _kernel32():
    """Windows' kernel32, through ctypes (imported here: `ctypes.windll` exists only on Windows)."""
    import ctypes

    kernel32 = ctypes.windll.kernel32
    kernel32.GetFileAttributesW.restype = ctypes.c_uint32
    return kernel32
