"""TEXT-MOJIBAKE: no text is Chinese garbled by being read in the wrong encoding (see mojibake).

Windows PowerShell 5.1 writes `jixiao new … > a.yaml` through the console's GBK: saved again as UTF-8
the file reads well, an 一级指标 was refused as "not one of its choices" and a garbled 单位名称 passed
unsaid, to be printed on the form. A GBK file an editor opened as Windows-1252 and saved reads as Latin
letters the same way. The message says what the text was meant to say and how to get it back; it reads
values the schema refused too, since what the schema says of them ("文本“浜у嚭鎸囨爣”不是可选的取值")
does not say why.

A file garbled as a whole had one message a text, hundreds, each with the same advice: such a file gets one
summary at 1:1 saying what happened and the one step that gives the whole file back, and only its first SHOWN
texts one by one (validate leaves out the schema's refusals of the garbled values, see `wholly_garbled`).
Pass: "产出指标".  Fail: "浜у嚭鎸囨爣", "²ú³öÖ¸±ê".
"""
from __future__ import annotations

from typing import Any, Iterator

from ..load import iter_strings
from ..mojibake import GBK, LOST, Garbling, garbling
from ..problems import Problem, Severity

ID = "TEXT-MOJIBAKE"

SHOWN = 5
"""The garbled texts of a wholly garbled file said one by one, after its summary: enough to see what happened."""
_WHOLE_LEAST = 3
"""The fewest garbled texts that make a file wholly garbled, with at least half its texts that are not ASCII."""

_CODEC_NAMES = {"latin-1": "ISO 8859-1", "cp1252": "Windows 1252"}
"""The names VS Code's encoding list gives the western code pages a GBK file was read as (typing them finds them)."""
_VS_CODE = "在 VS Code 里打开它，点右下角的“UTF-8”→“通过编码保存”→"


def wholly_garbled(data: Any) -> dict[tuple, tuple[str, Garbling]]:
    """Each garbled text (text, garbling) by its place when most of the file's texts that are not ASCII are garbled;
    empty otherwise. There every short text is read leniently (mojibake.garbling): a real name among garbled text
    is no longer what it was either."""
    texts = [(path, text) for path, text in iter_strings(data) if not text.isascii()]
    told = sum(1 for _, text in texts if garbling(text))
    if told < _WHOLE_LEAST or 2 * told < len(texts):
        return {}
    return {path: (text, found) for path, text in texts if (found := garbling(text, lenient=True))}


def check(ctx) -> Iterator[Problem]:
    whole = wholly_garbled(ctx.data)
    if whole:
        yield _summary(ctx, whole)
        for path, (text, found) in list(whole.items())[:SHOWN]:
            yield _told(ctx, path, text, found, "")
        return
    for path, text in iter_strings(ctx.data):
        found = garbling(text)
        if found:
            yield _told(ctx, path, text, found, _one_advice(found))


def _told(ctx, path: tuple, text: str, found: Garbling, advice: str) -> Problem:
    lost = f"（{LOST} 处的字已经丢失，请照原件补上）" if LOST in found.meant else ""
    line, column = ctx.locate(path)
    return Problem(ctx.path, line, column, Severity.ERROR, ID,
                   f"{ctx.field_name(path)}：“{_clipped(text)}”是乱码，原文应是“{found.meant}”{lost}{advice}",
                   ".".join(str(s) for s in path))


def _one_advice(found: Garbling) -> str:
    """What happened to a text garbled in a file whose other texts read well, and what to do: retype it (or, for
    PowerShell's, make the spec again with -o)."""
    if found.read_as == GBK:
        return ("。UTF-8 的中文被当作 GBK 读了，多半是在 Windows PowerShell 里用“>”把 jixiao 的输出写进了文件，"
                "另存为别的编码也改不回来；请用 -o 写出文件（如 jixiao new … -o specs/a.yaml）重新生成，"
                "已经填写了的规格把这一栏改回原文")
    return (f"。GBK 编码的中文被当作 {_CODEC_NAMES[found.read_as]}（西欧文字）读了、又存成了 UTF-8，"
            "多半是从不认识 GBK 的程序复制来的；请把这一栏改回原文")


def _summary(ctx, whole: dict[tuple, tuple[str, Garbling]]) -> Problem:
    """One error at 1:1 for a wholly garbled file: how many texts, one example, what happened, the exact steps that
    give back the whole file (saving it in the encoding it was wrongly read as writes back the original bytes), and
    that only the first SHOWN are listed."""
    texts = sum(1 for _, text in iter_strings(ctx.data) if not text.isascii())
    path, (text, found) = next(iter(whole.items()))
    example = f"如{ctx.field_name(path)}“{_clipped(text)}”原是“{_clipped(found.meant)}”"
    kinds = [garbled.read_as for _, garbled in whole.values()]
    read_as = max(set(kinds), key=kinds.count)
    lost = sum(garbled.meant.count(LOST) for _, garbled in whole.values())
    if read_as == GBK:
        what = ("UTF-8 的中文被当作 GBK 读了、又存成了 UTF-8，多半是在 Windows PowerShell 里用“>”把 jixiao 的输出写进了文件。"
                "还没有填写的，请用 -o 重新生成（如 jixiao new … -o specs/a.yaml）；已经填写了的，可以整个改回："
                f"{_VS_CODE} GBK，再点一次 →“通过编码重新打开”→ UTF-8，文字就是原文了，不用再保存")
        lost_said = (f"。有 {lost} 个字随控制台读不出的字节丢失了（下面的 {LOST}），重新打开后显示为“�”，请照原件补上后再保存"
                     if lost else "")
    else:
        what = (f"GBK 编码的文件被当作 {_CODEC_NAMES[read_as]}（西欧文字）打开、又存成了 UTF-8，多半是用不认识 GBK 的编辑器"
                f"或程序打开后保存的。可以整个改回：{_VS_CODE} {_CODEC_NAMES[read_as]}，再点一次 →“通过编码重新打开”→ GBK，"
                "文字正常后再点一次 →“通过编码保存”→ UTF-8")
        lost_said = ""
    more = f"；下面只列出前 {SHOWN} 处，其余 {len(whole) - SHOWN} 处改回后同样恢复" if len(whole) > SHOWN else ""
    return Problem(ctx.path, 1, 1, Severity.ERROR, ID,
                   f"整个文件的中文都是乱码（写着中文的 {texts} 处文字中有 {len(whole)} 处，{example}）：{what}{lost_said}。"
                   f"改回之前不要逐栏改动，也不要在这个文件里输入中文{more}")


def _clipped(text: str) -> str:
    """The garbled text as quoted: its first 20 characters, which are enough to recognise it."""
    return text if len(text) <= 20 else text[:20] + "…"
