"""Line numbers said as runs (`第 4、7、16–24 行`): a message naming dozens of lines stays one line long."""
from __future__ import annotations


def line_runs(lines: list[int]) -> str:
    """`第 3–7、12、15–40 行` for the sorted `lines`, every one named: where each is to be retyped."""
    runs: list[list[int]] = []
    for line in lines:
        if runs and line == runs[-1][1] + 1:
            runs[-1][1] = line
        else:
            runs.append([line, line])
    return "第 " + "、".join(f"{first}–{last}" if last > first else f"{first}" for first, last in runs) + " 行"
