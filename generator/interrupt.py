"""Ctrl+C: one line and exit code 130 (128 + SIGINT, the shell's convention), however early it comes.

Later than the imports, KeyboardInterrupt reaches error_boundary, which says so; that way the
`finally` blocks on its way (a temporary file, LibreOffice and its profile) clean up. During the
imports there is no boundary yet, and Python printed a traceback: `while_starting` stops there
quietly, with nothing yet to clean up. This module imports nothing heavy, so it can come first.
"""
from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from typing import Iterator

EXIT_INTERRUPTED = 128 + signal.SIGINT
MESSAGE = "已中止（Ctrl+C）。"


def while_starting() -> None:
    """Until `started`, Ctrl+C ends the program with the message instead of a traceback. A SIGINT
    ignored by whoever started jixiao (a background job, nohup) stays ignored."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)


def started() -> None:
    """From here Ctrl+C raises KeyboardInterrupt again, for error_boundary to say."""
    if signal.getsignal(signal.SIGINT) is _stop:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@contextmanager
def held() -> Iterator[None]:
    """Hold Ctrl+C back while worker processes start; it arrives here once they have.

    A worker starts with the signal mask of the process that made it (fork and exec alike), so until
    its `ignored_in_worker` it cannot be interrupted. Spawned workers (Windows' and macOS's way) spend
    a second importing the pipeline before then; one interrupted there printed its own traceback.
    Windows has no signal mask: its console sends Ctrl+C to every process."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def ignored_in_worker() -> None:
    """A worker process ignores Ctrl+C: the terminal sends it to the whole process group, and the
    parent alone says so and cancels the rest of the pool. Interrupted workers each printed a
    traceback, and one stopped while holding the pool's result queue left the others waiting forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(_signal, _frame) -> None:
    print(f"\n{MESSAGE}", file=sys.stderr, flush=True)
    raise SystemExit(EXIT_INTERRUPTED)
