"""bench/run.py's command line: a count it cannot take is a usage error before any work, not a crash after some."""
from __future__ import annotations

import sys

import pytest

from bench import run


@pytest.mark.parametrize("args, said", [
    (["--many", "-1"], "argument --many: -1 is less than 0"),  # made no copies, then IndexError on the first
    (["--runs", "0"], "argument --runs: 0 is less than 1"),  # the median of no runs
    (["--many", "x"], "argument --many: not a whole number: 'x'"),
    (["--many-only", "--many", "0"], "--many-only measures --many copies of each example"),
    (["--many-only", "--startup"], "not allowed with argument"),
])
def test_a_count_out_of_range_or_options_that_exclude_each_other_are_refused_before_anything_runs(monkeypatch, capsys, args, said):
    monkeypatch.setattr(sys, "argv", ["run.py", *args])
    monkeypatch.setattr(run, "cpu_loop", lambda: pytest.fail("the bench started"))
    with pytest.raises(SystemExit) as stopped:
        run.main()
    assert stopped.value.code == 2 and said in capsys.readouterr().err


def test_zero_copies_is_taken():
    """`--many 0` is the documented way to leave the many-specs section out."""
    assert run.at_least(0, "0") == 0


SECTIONS = ("startup_rows", "many_specs_rows", "per_document_ms", "large_spec_rows", "large_diff_rows", "long_text_rows")


@pytest.mark.parametrize("args, section, rows, shown", [
    (["--many-only", "--many", "2"], "many_specs_rows", [("copies of the examples", 10, 2.0, 3.0)],
     "| copies of the examples | 10 | 2.00 s | 200 ms | 3.00 s | 300 ms |"),
    (["--startup", "--runs", "3"], "startup_rows", [("a.yaml", 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)],
     "| a.yaml | 0.40 s | 0.50 s | 0.60 s | 0.70 s |"),
])
def test_a_section_measured_alone_is_all_that_runs(monkeypatch, capsys, args, section, rows, shown):
    """`--many-only` and `--startup` run their own section, print its table after the machine line, and nothing
    else of the bench runs; the work folder is removed."""
    monkeypatch.setattr(sys, "argv", ["run.py", *args])
    monkeypatch.setattr(run, "cpu_loop", lambda: 0.5)
    monkeypatch.setattr(run, "timed", lambda *args, **kw: pytest.fail("a command ran"))
    for other in SECTIONS:
        monkeypatch.setattr(run, other, lambda *args, name=other, **kw: pytest.fail(f"{name} ran"))
    works = []
    monkeypatch.setattr(run, section, lambda examples, work, count: works.append((work, count)) or rows)
    run.main()
    out = capsys.readouterr().out
    assert [count for _, count in works] == [int(args[-1])] and not works[0][0].exists()
    assert out.startswith("Machine: ") and "0.50 s before the run, 0.50 s after" in out and shown in out


