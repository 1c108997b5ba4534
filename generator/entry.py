"""Where the `jixiao` program starts (the console script and cli.py): Ctrl+C is one line from the first instant.

The early handler is the program's alone. Installed by importing generator.cli, it changed Ctrl+C
for anything that imported it (tests, a library user: SystemExit(130) where KeyboardInterrupt was
due), and for each spawned build worker, which re-imports its parent's `__main__`.
"""
from __future__ import annotations

import sys

from . import interrupt, missing_package


def main() -> int | None:
    """Run jixiao; its error boundary exits with the command's code. Returns only when the program could not start
    for a package this Python lacks, with the code to exit with: the console script, cli.py and `python -m generator`
    exit with what main returns, so the boundary stays the one place that ends a command."""
    interrupt.while_starting()  # before click and the rest: Ctrl+C while they load printed a traceback
    try:
        from .cli import main as jixiao
    except ModuleNotFoundError as exc:  # before the error boundary, which needs click: a package jixiao needs
        said = missing_package.message(exc)
        if said is None:
            raise
        print(said, file=sys.stderr)
        return missing_package.EXIT_ENVIRONMENT
    jixiao()  # click's main ends the process, with the code the boundary gives
