"""pyflakes finds nothing in the code: no unused import or variable, no name used before it is defined.

Helpers ran pyflakes by hand before each commit and the README's test command did not, so an unused import
could land; dead code is what the guide asks us not to leave. pyflakes (not a style linter) reports only such
mistakes, so the suite can hold the whole tree to zero.
"""
from __future__ import annotations

import io

from pyflakes import api, reporter

from .conftest import ROOT


def test_pyflakes_reports_nothing_in_the_code():
    out, err = io.StringIO(), io.StringIO()
    paths = [str(ROOT / name) for name in ("generator", "tests", "bench", "cli.py")]
    found = api.checkRecursive(paths, reporter.Reporter(out, err))
    assert (found, out.getvalue(), err.getvalue()) == (0, "", "")
