"""Exit codes and the errors that end a command, mapped to codes in this one place.

0  everything fine
1  the input has error-level problems (or a build failed for some spec)
2  the command was used wrongly (click's own code for usage errors)
3  the environment is missing something (e.g. LibreOffice for --format pdf)
4  an internal error: a bug in jixiao or a broken variant folder (run with --traceback)

`jixiao diff` follows diff(1) instead: 0 the specs are equal, 1 they differ, 2 trouble
(a spec that cannot be read, a git revision that does not exist); 3 as above (no git for --rev).
"""
from __future__ import annotations

import click

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


class EnvironmentProblem(JixiaoError):
    exit_code = EXIT_ENVIRONMENT


class Trouble(JixiaoError):
    """`jixiao diff` could not compare (exit 2, as diff(1))."""

    exit_code = EXIT_TROUBLE
