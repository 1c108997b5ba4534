"""Line numbers said as runs (`第 4、7、16–24 行`): a message naming dozens of lines stays one line long."""
from __future__ import annotations


def line_runs(lines: list[int], most: int | None = None) -> str:
    """`第 3–7、12、15–40 行` for the sorted `lines`; with `most`, only the first `most` runs, then how many lines in
    all (`第 3–7、12 行等 56 行`). Without it every line is named: where each is to be retyped."""
    runs: list[list[int]] = []
    for line in lines:
        if runs and line == runs[-1][1] + 1:
            runs[-1][1] = line
        else:
            runs.append([line, line])
    shown = runs if most is None else runs[:most]
    said = "、".join(f"{first}–{last}" if last > first else f"{first}" for first, last in shown)
    return f"第 {said} 行" + (f"等 {len(lines)} 行" if len(shown) < len(runs) else "")
