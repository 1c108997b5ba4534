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


def test_many_only_measures_the_many_specs_alone(monkeypatch, capsys):
    """`--many-only` runs the many-specs section and prints its table, and nothing else of the bench runs."""
    monkeypatch.setattr(sys, "argv", ["run.py", "--many-only", "--many", "2"])
    monkeypatch.setattr(run, "cpu_loop", lambda: 0.5)
    for other in ("startup_rows", "per_document_ms", "large_spec_rows", "large_diff_rows", "long_text_rows", "timed"):
        monkeypatch.setattr(run, other, lambda *args, name=other, **kw: pytest.fail(f"{name} ran"))
    asked = []
    monkeypatch.setattr(run, "many_specs_rows", lambda examples, work, per_variant: asked.append(per_variant)
                        or [("copies of the examples", 10, 2.0, 3.0)])
    run.main()
    assert asked == [2]
    assert "| copies of the examples | 10 | 2.00 s | 200 ms | 3.00 s | 300 ms |" in capsys.readouterr().out


@pytest.mark.parametrize("args, said", [
    (["--many-only", "--many", "0"], "--many-only measures --many copies of each example"),
    (["--many-only", "--startup"], "not allowed with argument"),
])
def test_many_only_without_copies_or_with_startup_is_refused(monkeypatch, capsys, args, said):
    monkeypatch.setattr(sys, "argv", ["run.py", *args])
    monkeypatch.setattr(run, "cpu_loop", lambda: pytest.fail("the bench started"))
    with pytest.raises(SystemExit) as stopped:
        run.main()
    assert stopped.value.code == 2 and said in capsys.readouterr().err
