"""Warnings for what a document heads otherwise than its form: a header row naming its columns in another
order (read by their names: docx_column_order), and header cells worded otherwise than the template's labels
in their place (amounts counted in 元 where the form counts 万元 are amounts_in_yuan's).

A header worded a little differently is still the form's header (docx_header_rows claims it: 目标 for 目标（概述）),
and was passed over in silence, whatever it said: 年度指标值 where the form has 实施周期指标值, its values
read into the other column. Each wording is said once, naming every cell worded so: a form of five projects
repeats its header five times, and five warnings saying the same buried the one that differed. A cell
naming another column's label (年度指标值, or 年度指标值（2023年）, in 实施周期指标值's place) says so: the two
columns were likely swapped and read each into the other.
"""
from __future__ import annotations

import re

from .docx_match_types import HeaderCell, Reordered, Result
from .docx_pattern import named_label, norm
from .problems import Problem, Severity
from .value_kinds import SHIFTS, YUAN_MULTIPLIERS

_MULTIPLE = re.compile(f"[{YUAN_MULTIPLIERS}]元")  # 万元, 千元: counted in a multiple of 元


def header_notes(source: str, found: Result, incomplete: bool = False) -> list[Problem]:
    """A warning for each header row naming its columns in another order, and one for each wording of a header
    cell otherwise than the template's label (other than 元 for 万元), naming the cells worded so; none where
    the import is `incomplete`: 'read by their names' or 'read as the form's column' would claim what was not
    done for a table not recognised, and the error names the worded cells instead (`worded_otherwise`)."""
    if incomplete:
        return []
    notes = [Problem(source, 0, 0, Severity.WARNING, "IMPORT-COLUMN-ORDER", _reordered(r)) for r in found.reordered]
    worded: dict[tuple[str, str, str | None, bool], list[str]] = {}
    for heading in found.headings:
        labels = {cell.label for cell in heading.cells}
        for cell in (c for c in heading.cells if reworded(c)):
            named = named_label(cell.text, labels)
            other = named if named is not None and norm(named) != norm(cell.label) else None
            worded.setdefault((cell.text, cell.label, other, heading.side), []).append(cell.where)
    notes += [Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER", _worded(text, label, other, side, wheres))
              for (text, label, other, side), wheres in worded.items()]
    again: dict[tuple[str, str, str | None, str, str], list[str]] = {}
    for typed in (t for t in found.typed_again if reworded(t.cell)):
        named = named_label(typed.cell.text, typed.labels)
        other = named if named is not None and norm(named) != norm(typed.cell.label) else None
        again.setdefault((typed.cell.text, typed.cell.label, other, typed.first.where, typed.first.text),
                         []).append(typed.cell.where)
    notes += [Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER",
                      _worded(text, label, other, False, wheres, (first, first_text)))
              for (text, label, other, first, first_text), wheres in again.items()]
    return notes + _unit_typed_again(source, found)


def _unit_typed_again(source: str, found: Result) -> list[Problem]:
    """A warning for each header typed again lower down that counts in 元 (预算金额（元）) where the form and the first
    header count 万元: passed over as the header, the amounts under it were read in 万元 without a word, though the
    clerk may have typed them in 元. Not converted: the first header, the form's unit, says otherwise, and a
    header retyped in haste is as likely wrong as the amounts; the clerk is told which it is to check."""
    again: dict[tuple[str, str, str], list[str]] = {}
    for typed in found.typed_again:
        unit = counted_in(typed.cell.text, typed.cell.label)
        if unit is not None and counted_in(typed.first.text, typed.cell.label) is None:
            again.setdefault((typed.cell.text, unit, typed.first.text), []).append(typed.cell.where)
    return [Problem(source, 0, 0, Severity.WARNING, "IMPORT-HEADER",
                    f"{places(wheres)}（重新打的表头）的栏目名“{text}”以{unit}为单位，表样和第一次打的表头（“{first}”）"
                    f"却以万元为单位；它下面的金额按万元读进，没有换算；这些金额是{unit}的话，"
                    f"请在规格中换算成万元（{unit}数除以 {10 ** SHIFTS[unit]}），是万元的话请把栏目名改正")
            for (text, unit, first), wheres in again.items()]


def reworded(cell: HeaderCell) -> bool:
    """Whether a header cell is worded otherwise than the form's label in its place, other than counting 元 for
    万元 (amounts_in_yuan says those)."""
    return cell.renamed and counted_in(cell.text, cell.label) is None


def worded_otherwise(cells: list[HeaderCell]) -> str:
    """Header cells (or lines) worded otherwise than the form, each wording once: 工作表“表1”A6 格写的是“部门整体
    资金”（表样是“部门整体资金（万元）”）."""
    worded: dict[tuple[str, str], list[str]] = {}
    for cell in cells:
        worded.setdefault((cell.text, cell.label), []).append(cell.where)
    return "，".join(f"{places(wheres)}写的是“{text}”（表样是“{label}”）" for (text, label), wheres in worded.items())


def _worded(text: str, label: str, other: str | None, side: bool, wheres: list[str],
            first: tuple[str, str] | None = None) -> str:
    """The warning for header cells worded otherwise than the template's label in their place; `other`: the
    other column's label they name (年度指标值, or 年度指标值（2023年）, where the form has 实施周期指标值),
    the columns likely swapped; `side`: they are side labels, heading rows (行), not columns (栏); `first`: they are
    a header typed again lower down that reads otherwise than the first header's cell (its place, its text), which
    is said beside them: the lower cells are the ones to check, the first header reading as the clerk meant."""
    line = "行" if side else "栏"
    which = f"这一{line}" if len(wheres) == 1 else f"这些{line}"
    if first is not None:
        wheres = [f"{places(wheres)}（重新打的表头，与第一次打的表头不同：{first[0]}写的是“{first[1]}”）"]
    if other is not None:
        named = f"是表样另一{line}的栏目名" if norm(text) == norm(other) else f"指的是表样另一{line}“{other}”"
        return (f"{places(wheres)}的栏目名“{text}”{named}，所在的却是表样“{label}”一{line}的位置，"
                f"按“{label}”一{line}读进：两{line}可能对调了；请核对{which}读得对不对，"
                f"对调了的话先把两{line}调回表样的次序再导入")
    return f"{places(wheres)}的栏目名“{text}”与表样的“{label}”不同，按表样的“{label}”一{line}读进；请核对{which}读得对不对"


def _reordered(r: Reordered) -> str:
    """What was read by the names of a header row's columns, and from which row on it was not."""
    said = f"{r.header.where}的栏目次序与表样不同（“{r.header.text}”）：各栏按栏目名读进了表样的同名一栏"
    if r.stop is None:
        return said + "；请核对"
    return (f"{said}，但{r.stop.where}（“{r.stop.text}”）有一格合并了几栏，这几栏在表样中不相邻，"
            f"从这一行起以下各行按表样的栏目次序读进，没有按栏目名；请核对这些行，或先拆开合并的格再导入")


def line_unit(text: str, label: str) -> str | None:
    """The unit (元, 千元) `text` counts in where it is the form's `label` counting 万元 (单位：元 for 单位：万元): a
    line, which may be any paragraph, so worded as the form's but for its unit."""
    if "万元" not in norm(label):
        return None
    return next((unit for unit in SHIFTS if norm(text) == norm(label).replace("万元", unit)), None)


def counted_in(text: str, label: str) -> str | None:
    """The unit (元, 千元) a header cell's `text` counts in where the form's `label` in its place counts 万元, however
    worded: 预算金额（元）, 预算金额（单位：元）, 预算金额/元, 金额（元）, 预算金额（千元）; not another multiple of 元."""
    text = norm(text)
    if "万元" not in norm(label):
        return None
    multiple = next((unit for unit in SHIFTS if unit != "元" and unit in text), None)  # 千元
    return multiple or ("元" if "元" in text and not _MULTIPLE.search(text) else None)


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
