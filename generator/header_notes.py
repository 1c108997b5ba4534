"""Warnings for what a document heads otherwise than its form: a header row naming its columns in another
order (read by their names: docx_column_order), a header cell worded otherwise than the template's label in
its place, and amounts counted in 元 where the form counts 万元.

A header worded a little differently is still the form's header (docx_match claims it: 目标 for 目标（概述）),
and was passed over in silence, whatever it said: 预算金额（元） for 预算金额（万元）, whose amounts were read
as 万元, ten thousand times too much, and validated and built as they were; or 年度指标值 where the form has
实施周期指标值, its values read into the other column. A 单位：元 line where the form prints 单位：万元 was
only a line that fits nowhere. A wording other than the form's is said once, naming every cell worded so: a
form of five projects repeats its header five times, and five warnings saying the same buried any other.
"""
from __future__ import annotations

import re

from .docx_match import Result, Unplaced
from .docx_pattern import Line, norm, walk
from .problems import Problem, Severity


def header_notes(source: str, found: Result, pattern: list) -> tuple[list[Problem], list[Unplaced]]:
    """A warning for each header row naming its columns in another order, one for each wording of a header cell
    otherwise than the template's label (naming the cells worded so), and one for each header cell or line of the
    document counting 元 where the form counts 万元 (单位：元); and the unplaced cells these leave to report."""
    notes = [Problem(source, 0, 0, Severity.WARNING, "IMPORT-COLUMN-ORDER",
                     f"{r.where}的栏目次序与表样不同（“{r.text}”）：各栏按栏目名读进了表样的同名一栏；请核对")
             for r in found.reordered]
    worded: dict[tuple[str, str], list[str]] = {}
    for r in found.renamed:
        if in_yuan(r.text, r.label):
            notes.append(_renamed(source, r.where, r.text, r.label))
        else:
            worded.setdefault((r.text, r.label), []).append(r.where)
    notes += [Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER",
                      f"{places(wheres)}的栏目名“{text}”与表样的“{label}”不同，按表样的“{label}”一栏读进；"
                      f"请核对{'这一栏' if len(wheres) == 1 else '这些栏'}读得对不对")
              for (text, label), wheres in worded.items()]
    fixed = [item.text for item in walk(pattern) if isinstance(item, Line) and item.static]
    unplaced = []
    for u in found.unplaced:
        label = next((text for text in fixed if in_yuan(u.text, text)), None)
        if label is None:
            unplaced.append(u)
        else:
            notes.append(_renamed(source, u.where, u.text, label))
    return notes, unplaced


def in_yuan(text: str, label: str) -> bool:
    """Whether `text` is the form's `label` counting 元 where it counts 万元 (预算金额（元）, 单位：元)."""
    return "万元" in norm(label) and norm(text) == norm(label).replace("万元", "元")


def places(wheres: list[str]) -> str:
    """Cells or paragraphs named in one go, in order, each sheet or table named once: 工作表“表1”C3、E3 格;
    第 1 张表第 3 行第 2 列、第 6 行第 2 列."""
    groups: dict[str, list[str]] = {}
    for where in dict.fromkeys(wheres):
        head, rest = re.fullmatch(r"(.*[”表])?(.*)", where, re.DOTALL).groups()
        groups.setdefault(head or "", []).append(rest)
    named = []
    for head, rests in groups.items():
        if all(rest.endswith(" 格") for rest in rests):  # a sheet's cells: C3、E3 格
            rests = [rest[:-2] for rest in rests[:-1]] + rests[-1:]
        named.append(head + "、".join(rests))
    return "、".join(named)


def _renamed(source: str, where: str, text: str, label: str) -> Problem:
    """A header cell or line counting 元 where the form counts 万元 (`in_yuan`)."""
    message = (f"{where}写的是“{text}”，表样是“{label}”：表上的金额以元为单位，导入时按原数读进了以万元为单位的规格，"
               "大了一万倍；请在规格中把这些金额除以 10000（或先把表上的金额改成万元再导入）")
    return Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER", message)
