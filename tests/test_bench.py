"""bench/run.py's command line: a count it cannot take is a usage error before any work, not a crash after some."""
from __future__ import annotations

import sys

import pytest

from bench import run


@pytest.mark.parametrize("args, said", [
    (["--many", "-1"], "argument --many: -1 is less than 0"),  # made no copies, then IndexError on the first
    (["--runs", "0"], "argument --runs: 0 is less than 1"),  # the median of no runs
    (["--many", "x"], "argument --many: not a whole number: 'x'"),
])
def test_a_count_out_of_range_is_refused_before_anything_runs(monkeypatch, capsys, args, said):
    monkeypatch.setattr(sys, "argv", ["run.py", *args])
    monkeypatch.setattr(run, "cpu_loop", lambda: pytest.fail("the bench started"))
    with pytest.raises(SystemExit) as stopped:
        run.main()
    assert stopped.value.code == 2 and said in capsys.readouterr().err


def test_zero_copies_is_taken():
    """`--many 0` is the documented way to leave the many-specs section out."""
    assert run.at_least(0, "0") == 0
