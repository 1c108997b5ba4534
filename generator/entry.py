"""Where the `jixiao` program starts (the console script and cli.py): Ctrl+C is one line from the first instant.

The early handler is the program's alone. Installed by importing generator.cli, it changed Ctrl+C
for anything that imported it (tests, a library user: SystemExit(130) where KeyboardInterrupt was
due), and for each spawned build worker, which re-imports its parent's `__main__`.
"""
from __future__ import annotations

from . import interrupt


def main() -> None:
    interrupt.while_starting()  # before click and the rest: Ctrl+C while they load printed a traceback
    from .cli import main as jixiao

    jixiao()
