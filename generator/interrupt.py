"""Ctrl+C: one line and exit code 130 (128 + SIGINT, the shell's convention), however early it comes.

Later than the imports, KeyboardInterrupt reaches error_boundary, which says so; that way the
`finally` blocks on its way (a temporary file, LibreOffice and its profile) clean up. During the
imports there is no boundary yet, and Python printed a traceback: `while_starting` stops there
quietly, with nothing yet to clean up. This module imports nothing heavy, so it can come first.
"""
from __future__ import annotations

import signal
import sys

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


def _stop(_signal, _frame) -> None:
    print(f"\n{MESSAGE}", file=sys.stderr, flush=True)
    raise SystemExit(EXIT_INTERRUPTED)
