"""One build at a time in an output folder: a lock the operating system releases when its holder ends.

Two builds writing one folder at once (the editor's build on save and one typed in the terminal) each
loaded the manifest before the other saved it, so one's record was lost, and each rewrote the other's
files. The second build now waits for the first, says so and why, and then reads the manifest the first
saved (skipping what it built). The lock is a POSIX record lock (`lockf`; a locked byte on Windows) on
`LOCK_NAME`, not the file's existence: a build that crashed or was killed, or a machine restarted, holds
nothing, so a lock file left behind never blocks. Not `flock`: its lock belongs to the open file, which the
render workers forked while it is held share, so workers outliving a killed build kept the folder locked for
good; a record lock belongs to the process that took it, and no forked child inherits it. The file stays in the folder, beside the manifest: deleted on the way out,
a build waiting on it would hold the lock of a file no longer there while a third made a new one. Nothing is
written into it (not even the holder's process id): a rebuild with nothing changed writes no file, so a shared
drive's sync client or a file watcher sees no change.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

LOCK_NAME = ".jixiao-build.lock"


@contextmanager
def held(folder: Path, waiting: Callable[[Path], None]) -> Iterator[None]:
    """Hold `folder`'s build lock; when another build holds it, call `waiting` with the lock file, then wait for
    it (Ctrl+C gives up).

    A folder not made yet is not made for the lock (a build whose specs all fail makes none), and a folder
    that takes no file or a file system without locks has none: the build goes on unlocked, and each file it
    then fails to write is said as before, with its reason."""
    path = Path(folder) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        fd = None
    if fd is None:  # not yielded inside `except`: an error of the build would be chained to this one
        yield
        return
    try:
        _lock(fd, path, waiting)
        yield
    finally:
        os.close(fd)  # releases the lock


def _lock(fd: int, path: Path, waiting: Callable[[Path], None]) -> None:
    try:
        if _try_lock(fd):
            return
    except OSError:  # a file system without locks: unlocked, as before
        return
    waiting(path)
    try:
        _wait_for_lock(fd)
    except OSError:
        pass


if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # a byte past the end may be locked; released when the process ends
        except PermissionError:
            return False
        return True

    def _wait_for_lock(fd: int) -> None:
        while not _try_lock(fd):  # msvcrt's blocking lock gives up after ten seconds
            time.sleep(0.5)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):  # EAGAIN or EACCES: held by another process
            return False
        return True

    def _wait_for_lock(fd: int) -> None:
        fcntl.lockf(fd, fcntl.LOCK_EX)
