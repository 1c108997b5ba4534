"""The batch build's progress bar in a terminal, with what is found printed above it as it is found.

With the problems printed only once every spec was done, a broken spec among hundreds showed at 100%. click's
bar redraws one line of standard error in place, and a line printed meanwhile (on standard output, the same
terminal) ran on from the bar's text: so the bar is cleared first, the lines printed, and the bar drawn again
one step on. Without a terminal (a CI log, a pipe) there is no bar, and the build prints its problems at the end.
"""
from __future__ import annotations

import sys
from typing import TextIO

import click

from .help_format import width

LABEL = "生成中"


class Progress:
    """click's progress bar over `total` specs, drawn on `file`, with lines printed above it by `step`."""

    def __init__(self, total: int, file: TextIO):
        # the position is shown so that every step changes the bar's text: click draws a changed text only,
        # and the bar cleared for the lines above must be drawn again
        self._bar = click.progressbar(length=total, label=LABEL, file=file, show_pos=True, show_percent=True)
        self._file = file

    def __enter__(self) -> Progress:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._bar.__exit__(*exc)

    def step(self, lines: list[str]) -> None:
        """One spec done: its `lines` printed above the bar, then the bar one step on."""
        if lines:
            self._file.write("\r" + " " * self._drawn_width() + "\r")
            self._file.flush()
            for line in lines:
                click.echo(line)
        self._bar.update(1)

    def _drawn_width(self) -> int:
        """Columns the bar's widest text took: click counts the label's Chinese characters one column each."""
        return (self._bar.max_width or 0) + width(LABEL) - len(LABEL)


def terminal_bar(total: int) -> Progress | None:
    """A bar for a batch (more than one spec) when standard error is a terminal; None otherwise."""
    return Progress(total, sys.stderr) if total > 1 and sys.stderr.isatty() else None
