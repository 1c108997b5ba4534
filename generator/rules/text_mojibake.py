"""TEXT-MOJIBAKE: no text is Chinese garbled by being read in the wrong encoding (see mojibake).

Windows PowerShell 5.1 writes `jixiao new … > a.yaml` through the console's GBK: saved again as UTF-8
the file reads well, an 一级指标 was refused as "not one of its choices" and a garbled 单位名称 passed
unsaid, to be printed on the form. A GBK file an editor opened as Windows-1252 and saved reads as Latin
letters the same way, and so does UTF-8 text read as Windows-1252 or ISO 8859-1 (Chinese, Japanese or Korean): each
is named as what it is, UTF-8 or GBK read as which code page, with the steps for that one. The message says what the text was meant to say and how to get it back; it reads
values the schema refused too, since what the schema says of them ("文本“浜у嚭鎸囨爣”不是可选的取值")
does not say why.

A file garbled as a whole had one message a text, hundreds, each with the same advice: such a file gets one
summary of the whole file (no place) saying what happened and the one step that gives the whole file back, and only its first SHOWN
texts one by one (validate leaves out the other problems of the garbled values and of their rows: `past_garbling`).
That step is given only when it was done on the file's text and gave it back losing nothing (recoding): a file
garbled in part, where it would garble the good half, gets a summary naming every garbled line, to be fixed one by
one, its short values garbled the same way among them.
Pass: "产出指标".  Fail: "浜у嚭鎸囨爣", "²ú³öÖ¸±ê", "äº§å\x87ºæ\x8c\x87æ\xa0\x87".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..datapath import get, json_path
from ..file_encoding import western_steps, western_words
from ..lazy_pattern import LazyPattern
from ..line_runs import line_runs
from ..load import WHOLE_FILE, Spec
from ..mojibake import GBK, IDEOGRAPHS, LOST, Garbling, garbling
from ..recoding import Recoding, whole_recoding
from ..problems import Problem, Severity

ID = "TEXT-MOJIBAKE"

SHOWN = 5
"""The garbled texts said one by one after the summary of a file with more of them: enough to see what happened."""
_WHOLE_LEAST = 3
"""The fewest garbled texts that make a file wholly garbled (the whole-file steps give it back, see recoding)."""
_NOT_IDEOGRAPH = LazyPattern(f"[^{IDEOGRAPHS}]")
"""Anything in a text but a Chinese character: a digit, a symbol, LOST."""

_VS_CODE = "在 VS Code 里打开它，点右下角的“UTF-8”→“通过编码保存”→"


@dataclass(frozen=True)
class Told:
    """The garbled texts of a spec (text, garbling) by place, and the whole-file steps that give it back, if any."""

    garbled: dict[tuple, tuple[str, Garbling]]
    recoding: Recoding | None

    @property
    def summed_up(self) -> bool:
        """Whether one summary of the whole file says the garbled texts, only the first SHOWN of them said one by one: the file
        is wholly garbled, or holds more garbled texts than are worth a message each (the same advice each time)."""
        return self.recoding is not None or len(self.garbled) > SHOWN


def told(spec) -> Told:
    """The garbled texts of `spec`. Where the whole-file steps give the file back (recoding), every text not ASCII
    is garbled and short ones are read leniently (mojibake.garbling): a real name among garbled text is no longer what
    it was either. Elsewhere the file holds text that reads well, which those steps would garble: none are given.
    A file with more garbled texts than are said one by one is told to fix only the lines its summary names, so
    those must be all of them: its short values garbled the same way are read leniently too, where what they give
    back is more than a name (see `_short_kin`)."""
    texts = [(path, text) for path, text in spec.texts() if not text.isascii()]
    garbled = {path: (text, found) for path, text in texts if (found := garbling(text))}
    recoding = whole_recoding(spec.text) if len(garbled) >= _WHOLE_LEAST else None
    if recoding:
        garbled = {path: (text, found) for path, text in texts if (found := garbling(text, lenient=True))}
    elif len(garbled) > SHOWN:
        kind = _kind(_most_kind(garbled))
        garbled = {path: (text, found) for path, text in texts
                   if (found := garbled[path][1] if path in garbled else _short_kin(text, kind))}
    return Told(garbled, recoding)


def past_garbling(spec: Spec, found: Told, problems: list[Problem]) -> list[Problem]:
    """`problems` but those of other codes at a garbled text (this rule): each garbled 一级指标 was “不是可选的
    取值”, and a byte 0xAD read as Latin-1 an invisible soft hyphen, where TEXT-MOJIBAKE says why. Where one summary
    says the garbled texts, the other problems of their rows go too: a 三级指标 left empty as its 二级 allows was
    “不能为空” once the 二级 was garbled, dozens of errors that the summary's fix makes go away. `found` is `told(spec)`,
    which validate reads once for this and for the rule (RuleContext.garbling)."""
    if spec.data is None:
        return problems
    places = {json_path(place) for place in found.garbled}
    rows = {json_path(row) for row in (_leaf_row(spec.data, place) for place in found.garbled) if row}

    def caused(problem: Problem) -> bool:
        return problem.path in places or (found.summed_up and any(
            problem.path.startswith(row) and problem.path[len(row):len(row) + 1] in (".", "[") for row in rows))
    return [p for p in problems if p.code == ID or not p.path or not caused(p)]


def _leaf_row(data, place: tuple) -> tuple | None:
    """The row (an indicator, a task) holding the text at `place`, when it holds texts and numbers only: a garbled
    二级指标 decides what its row's other fields may be. None for a text of a larger part (a project's name)."""
    row = place[:-1]
    node = get(data, row) if row else None
    return row if isinstance(node, dict) and not any(isinstance(v, (dict, list)) for v in node.values()) else None



def _short_kin(text: str, kind: tuple[str, str]) -> Garbling | None:
    """`text` read leniently, when it is garbled as the rest of the file is (`kind`, `_kind`) and gives back Chinese
    beside digits, symbols or a lost character ("鈮?3椤?" for ≥3项, "12ÔÂ" for 12月, "100£¥" for 100％): a real two-
    or three-character name read leniently gives back two characters alone, which is why the guard is there."""
    found = garbling(text, lenient=True)
    if found is None or _kind(found) != kind or not _NOT_IDEOGRAPH.search(found.meant):
        return None
    return found


def _kind(found: Garbling) -> tuple[str, str]:
    """How a text was garbled: the encoding it was written in and the one it was wrongly read as."""
    return found.written_in, found.read_as


def _most_kind(garbled: dict[tuple, tuple[str, Garbling]]) -> Garbling:
    """A garbled text of the kind most of them are (`_kind`): what the file's garbling was."""
    kinds = [_kind(found) for _, found in garbled.values()]
    most = max(set(kinds), key=kinds.count)
    return next(found for _, found in garbled.values() if _kind(found) == most)


def check(ctx) -> Iterator[Problem]:
    found = told(ctx.spec) if ctx.garbling is None else ctx.garbling
    if not found.summed_up:
        for path, (text, garbled) in found.garbled.items():
            yield _told(ctx, path, text, garbled, _one_advice(garbled))
        return
    yield _whole(ctx, found) if found.recoding else _partly(ctx, found.garbled)
    for path, (text, garbled) in list(found.garbled.items())[:SHOWN]:
        yield _told(ctx, path, text, garbled, "")


def _told(ctx, path: tuple, text: str, found: Garbling, advice: str) -> Problem:
    lost = f"（{LOST} 处的字已经丢失，请照原件补上）" if LOST in found.meant else ""
    line, column = ctx.locate(path)
    return Problem(ctx.path, line, column, Severity.ERROR, ID,
                   f"{ctx.field_name(path)}：“{_clipped(text)}”是乱码，原文应是“{found.meant}”{lost}{advice}",
                   json_path(path))


def _one_advice(found: Garbling) -> str:
    """What happened to a text garbled in a file whose other texts read well, and what to do: retype it (or, for
    PowerShell's, make the spec again with -o)."""
    if found.read_as == GBK:
        return ("。UTF-8 的中文被当作 GBK 读了，多半是在 Windows PowerShell 里用“>”把 jixiao 的输出写进了文件，"
                "另存为别的编码也改不回来；请用 -o 写出文件（如 jixiao new … -o specs/a.yaml）重新生成，"
                "已经填写了的规格把这一栏改回原文")
    return (f"。{western_words(found.read_as, found.written_in, found.language)}；"
            "文件里其余的文字是正常的，不要把整个文件换一种编码另存或重新打开；请把这一栏改回原文：照原件重新输入，或从原来的文件复制粘贴")


def _whole(ctx, found: Told) -> Problem:
    """One error about the whole file (WHOLE_FILE: it was at 1:1, which the fix is no more about than any other
    place) for a wholly garbled file: how many texts, one example, what happened, the exact steps that
    give back the whole file (saving it in the encoding it was wrongly read as writes back the original bytes: the
    steps were done on the file's text before they are advised, see recoding), and that only the first SHOWN are
    listed."""
    recoding = found.recoding
    if recoding.read_as == GBK:
        what = ("UTF-8 的中文被当作 GBK 读了、又存成了 UTF-8，多半是在 Windows PowerShell 里用“>”把 jixiao 的输出写进了文件。"
                "还没有填写的，请用 -o 重新生成（如 jixiao new … -o specs/a.yaml）；已经填写了的，可以整个改回："
                f"{_VS_CODE} GBK，再点一次 →“通过编码重新打开”→ UTF-8，文字就是原文了")
        what += (f"。控制台读不出的字节已经丢失，重新打开后有 {recoding.lost} 处显示为“�”（有的后面跟着一个“?”，下面的 {LOST}）："
                 "请照原件补上这些字，删掉“�”和跟着的“?”，再保存；jixiao validate 会列出还有“�”的每一行"
                 if recoding.lost else "，不用再保存")
    else:
        what = (f"{western_words(recoding.read_as, recoding.written_in, whole=True)}。"
                f"可以整个改回：{western_steps(recoding.read_as, recoding.written_in, recoding.lost)}")
    return Problem(ctx.path, *WHOLE_FILE, Severity.ERROR, ID,
                   f"整个文件的中文都是乱码（{_counted(ctx, found.garbled)}）：{what}。"
                   f"改回之前不要逐栏改动，也不要在这个文件里输入中文{_more(found.garbled, '改回后同样恢复')}")


def _partly(ctx, garbled: dict[tuple, tuple[str, Garbling]]) -> Problem:
    """One error about the whole file (WHOLE_FILE, as `_whole`) for a file with many garbled texts among others that
    read well: which lines (every one: they
    alone are to be fixed, and the first ten runs of them left the rest said by nothing once those were), what
    happened, and to fix those lines alone. Re-encoding the whole file, as for a wholly garbled one, would garble the good
    lines (saved as ISO 8859-1 a Chinese character becomes "?"; reopened as UTF-8, GBK bytes become "�")."""
    most = _most_kind(garbled)
    what = ("UTF-8 的中文被当作 GBK 读了（多半是从 Windows PowerShell 用“>”写出的文件复制来的）" if most.read_as == GBK
            else western_words(most.read_as, most.written_in, most.language))
    lines = sorted({line for path, (text, _) in garbled.items() for line in _lines_of(ctx, path, text)})
    return Problem(ctx.path, *WHOLE_FILE, Severity.ERROR, ID,
                   f"文件里有 {len(garbled)} 处文字是乱码（{_counted(ctx, garbled)}），在{line_runs(lines)}：{what}。"
                   "文件里其余的中文是正常的，不要把整个文件换一种编码另存或重新打开：那样正常的中文会变成乱码、“?”或“�”。"
                   f"请只把这些行改回原文：照原件重新输入，或从原来的文件复制粘贴{_more(garbled, '也要改回')}")


def _lines_of(ctx, path: tuple, text: str) -> range:
    """The lines a text is typed on: a `|` or `>` block's own lines, below the key, not the key's."""
    line, _, typed = ctx.typed(path)
    if typed.lstrip().startswith(("|", ">")):
        return range(line + 1, line + 1 + max(1, len(text.rstrip("\n").split("\n"))))
    return range(line, line + 1)


def _counted(ctx, garbled: dict[tuple, tuple[str, Garbling]]) -> str:
    """How many of the file's texts that are not ASCII are garbled, and the first as an example."""
    texts = sum(1 for _, text in ctx.spec.texts() if not text.isascii())
    path, (text, found) = next(iter(garbled.items()))
    return (f"写着中文的 {texts} 处文字中有 {len(garbled)} 处，"
            f"如{ctx.field_name(path)}“{_clipped(text)}”原是“{_clipped(found.meant)}”")


def _more(garbled: dict, then: str) -> str:
    return f"；下面只列出前 {SHOWN} 处，其余 {len(garbled) - SHOWN} 处{then}" if len(garbled) > SHOWN else ""


def _clipped(text: str) -> str:
    """The garbled text as quoted: its first 20 characters, which are enough to recognise it."""
    return text if len(text) <= 20 else text[:20] + "…"
