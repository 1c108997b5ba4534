"""TEXT-MOJIBAKE: no text is Chinese garbled by being read in the wrong encoding (see mojibake).

Windows PowerShell 5.1 writes `jixiao new … > a.yaml` through the console's GBK: saved again as UTF-8
the file reads well, an 一级指标 was refused as "not one of its choices" and a garbled 单位名称 passed
unsaid, to be printed on the form. The message says what the text was meant to say and how to get it
back; it reads values the schema refused too, since what the schema says of them ("文本“浜у嚭鎸囨爣”不是
可选的取值") does not say why.
Pass: "产出指标".  Fail: "浜у嚭鎸囨爣".
"""
from __future__ import annotations

from typing import Iterator

from ..load import iter_strings
from ..mojibake import LOST, recovered
from ..problems import Problem, Severity

ID = "TEXT-MOJIBAKE"


def check(ctx) -> Iterator[Problem]:
    for path, text in iter_strings(ctx.data):
        meant = recovered(text)
        if meant is None:
            continue
        lost = f"（{LOST} 处的字已经丢失，请照原件补上）" if LOST in meant else ""
        line, column = ctx.locate(path)
        yield Problem(ctx.path, line, column, Severity.ERROR, ID,
                      f"{ctx.field_name(path)}：“{_clipped(text)}”是乱码，原文应是“{meant}”{lost}。"
                      "UTF-8 的中文被当作 GBK 读了，多半是在 Windows PowerShell 里用“>”把 jixiao 的输出写进了文件，"
                      "另存为别的编码也改不回来；请用 -o 写出文件（如 jixiao new … -o specs/a.yaml）重新生成，"
                      "已经填写了的规格把这一栏改回原文",
                      ".".join(str(s) for s in path))


def _clipped(text: str) -> str:
    """The garbled text as quoted: its first 20 characters, which are enough to recognise it."""
    return text if len(text) <= 20 else text[:20] + "…"
