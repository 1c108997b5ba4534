"""One build at a time in an output folder: a lock the operating system releases when its holder ends.

Two builds writing one folder at once (the editor's build on save and one typed in the terminal) each
loaded the manifest before the other saved it, so one's record was lost, and each rewrote the other's
files. The second build now waits for the first, says so and why, and then reads the manifest the first
saved (skipping what it built). The lock is a POSIX record lock (`lockf`; a locked byte on Windows) on
`LOCK_NAME`, not the file's existence: a build that crashed or was killed, or a machine restarted, holds
nothing, so a lock file left behind never blocks. Not `flock`: its lock belongs to the open file, which the
render workers forked while it is held share, so workers outliving a killed build kept the folder locked for
good; a record lock belongs to the process that took it, and no forked child inherits it. The file stays in the
folder, beside the manifest: deleted on the way out, a build waiting on it would hold the lock of a file no longer
there while a third made a new one (only a folder a build made and wrote nothing into goes, lock file and all, and
a build waiting on it starts over; see `held`). Nothing is
written into it (not even the holder's process id): a rebuild with nothing changed writes no file, so a shared
drive's sync client or a file watcher sees no change. On Windows, where its leading dot hides nothing, each build
gives it the hidden attribute when it lacks it (hidden_files): not only when made, or a folder built before jixiao
hid it kept it listed in Explorer for good.

A missing output folder is made first, with any missing folders above it; those the build made are removed again
when it wrote nothing into them.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .hidden_files import hide

LOCK_NAME = ".jixiao-build.lock"
_ATTEMPTS = 3  # times a build takes the lock again after the lock file it waited on was removed (`_take`)


@contextmanager
def held(folder: Path, waiting: Callable[[Path], None]) -> Iterator[None]:
    """Hold `folder`'s build lock; when another build holds it, call `waiting` with the lock file, then wait for
    it (Ctrl+C gives up).

    A folder not made yet is made first, to hold the lock: unmade, two first builds into a new folder each went
    on unlocked, and wrote over each other's files and record. Made here and holding nothing but the lock file
    on the way out (every spec failed before a file was written, or Ctrl+C came first), it is removed again, with
    the folders above it made for it (`-o new/out`), so a build that wrote nothing leaves no folder behind; a
    build waiting on the lock file removed with it takes the lock again from the start (`_take`). A folder that
    cannot be made or takes no file, or a file system without locks, has none: the build goes on unlocked, and
    each file it then fails to write is said as before, with its reason."""
    folder = Path(folder)
    fd, made = _take(folder, _once(waiting))
    if fd is None:  # not yielded inside `except`: an error of the build would be chained to this one
        yield
        return
    try:
        yield
    finally:
        if made:
            _remove_if_bare(folder, made)
        os.close(fd)  # releases the lock


def _take(folder: Path, waiting: Callable[[Path], None]) -> tuple[int | None, list[Path]]:
    """The lock file's descriptor, locked (None when there can be no lock), and the folders made for it (`_make`).

    The lock taken is checked to be on the file now at its path: a build that made the folder removes it on the way
    out, lock file and all, and one that waited on that file would hold the lock of a file no other build can open,
    while a third made the folder and its lock afresh; it takes the lock again from the start instead. A few times
    only: a system whose file identities do not compare (`_at_path` false every time) is not waited on for ever, nor
    a folder that cannot be made (the build's first write says why)."""
    path = folder / LOCK_NAME
    attempts = 0
    while True:
        attempts += 1
        last = attempts == _ATTEMPTS
        made = _make(folder)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)  # not truncated: a hidden file takes it (hidden_files)
        except FileNotFoundError:  # the folder, there a moment ago, removed by the build that made it
            if last:
                return None, made
            continue
        except OSError:
            return None, made
        hide(path)  # set only when missing: one attribute read on each build, no change for a sync client to see
        try:
            _lock(fd, path, waiting)
        except BaseException:  # Ctrl+C while waiting
            os.close(fd)
            raise
        if last or _at_path(fd, path):
            return fd, made
        os.close(fd)


def _make(folder: Path) -> list[Path]:
    """Make `folder` and the folders above it that are not there; the ones this call made, outermost first. Each is
    made by its own `mkdir`, which fails when the folder is there, so of two builds only one made it: `parents=True`
    did not say which above `folder` it made, and a build that wrote nothing left them. A folder that cannot be made
    is left to the build's first write to say why."""
    missing = []
    for level in [folder, *folder.parents]:
        if os.path.isdir(level):
            break
        missing.append(level)
    made = []
    for level in reversed(missing):
        try:
            level.mkdir()
        except FileExistsError:
            continue
        except OSError:
            break
        made.append(level)
    return made


def _at_path(fd: int, path: Path) -> bool:
    """Whether the open file `fd` is still the file at `path` (not removed, nor replaced by another)."""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _remove_if_bare(folder: Path, made: list[Path]) -> None:
    """Remove a folder this build made when all it holds is the lock file, the lock still held (a build waiting on
    it then finds the file gone, `_take`), and then the folders above it it `made` that are left empty. Where an
    open file cannot be deleted (Windows) the folder stays, and so do those above it."""
    try:
        if folder in made:
            if os.listdir(folder) != [LOCK_NAME]:
                return
            os.unlink(folder / LOCK_NAME)
            os.rmdir(folder)
        for level in reversed(made):
            if level != folder:
                os.rmdir(level)  # fails, and stops, on a folder not empty
    except OSError:
        pass


def _once(waiting: Callable[[Path], None]) -> Callable[[Path], None]:
    """`waiting`, called on the first wait only: a build that takes the lock again (`_take`) has said it waits."""
    said = []

    def once(path: Path) -> None:
        if not said:
            said.append(path)
            waiting(path)
    return once


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
