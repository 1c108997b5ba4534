"""`jixiao new --from`: another year's spec (usually next year's), started from this year's.

Every year a unit starts its new form from last year's: last year's figures, tasks and indicators are
the starting point, and the diff of the new file against the old one is what reviewers read. So the
new spec is the old one with only its year changed, and last year's targets kept as the prior ones:

- the file goes through ruamel's round trip and comes out as `jixiao fmt` writes it (`canonical_text`):
  comments, blank lines and every number exactly as typed (`0.00`, `610.85`) stay. A source not in that
  layout (keys out of the schema's order, another indent, single quotes, `{…}`, CRLF, a BOM) comes out in
  it, so that the new spec passes `fmt --check`; the command says so, since the diff then shows layout
  too. (It wrote such a source's quotes and key order back as typed, so the fresh spec failed `fmt
  --check` while the command said it was in fmt's layout.) The result is read back and compared with
  what was meant, as fmt does, and nothing is written when they differ or a comment is lost;
- `year` becomes the new year; in every text, the source year written as a year becomes the new year:
  `2023年`, `2023年度`, `2023 年`, the year of a full date (`2023年12月31日前完成`, `2023-12-31`) and of a
  date as forms print it short, as values.parse reads it (`2023Q3`, `2023.6底前`, `2023.6月底前`, `2024-6月`: one
  reading, value_dates.year_of_date), so validate's DATE-YEAR
  and lint's D7 find no stale year in deadlines and plans. Targets and other texts alike: what the new
  year's spec says it will do by when (`2023年12月31日前完成`, `拟于2023年1月召开`) is what the source said of
  its year, now said of the new one; so is a relative mention of the source year (`巩固2023年成果`, this
  year's results, moves by one as the year does) and the year of a document the year's work makes, named
  after or before a verb of making (`制定《2023年度党建工作计划》`, `完成《2023年度工作计划》编制`). Each year
  changed is listed at its place in the new file (`文件:行:列: 提示[YEAR-MOVED] …`), since the reading is by
  rule and the author is the one who knows; the summary counts the years changed in indicator values and in
  other texts apart. Years moved or left alike, quoting the same words (four rows' `2025年12月31日前完成`), are
  one line at the first of them that names every line they are on (`第 14–17 个绩效指标的“指标值”（4 处：第 115、
  120、125、130 行）`): four lines alike but for their place hid the one that differed;
- every other year is left as it is and listed with its place (`文件:行:列: 提示[YEAR-KEPT] …`) for the
  author to check: five-year plans named by number (`“十四五”期间`, plan_periods) that the new year has left or
  entered, told as a range is (its years in digits beside it, `“十四五”（2021-2025年）`, noted with it once); other
  years (`2022年`; the year before too, as nothing in `巩固2022年成果` tells a
  reference relative to the budget year from that year's own results, nor `2022年举办5场` a plan from what
  happened), ranges (`2021-2025年`, `2023年至2025年`: a plan's period does
  not move with the budget year), baselines (`较2023年`, `以2023年为基数`), years in round brackets (`购置费（2023）`), a document's name in 《》 (`落实《2023年侨务工作要点》`: that document, whether the new year
  has one of the same name is for the author to say), a fixed start (`2020年以来`, `自2023年起`, `从2023年开始`,
  `2023年至今`: still true of the new year) and the source year in a clause that tells what has happened, which
  stays true of that year and would be false of the new one; not in an indicator value, which says what is to be done by then however
  it is worded (`2023年6月底前已完成采购` moves). A clause (words between ，。；！？ or line ends) tells what has
  happened when 已 or 曾 comes right after the year or its date (`2023年已完成换届`, `截至2023年底已累计服务`) or
  right before it (`已于2023年3月建成`, `曾在2023年`), or stands before a verb of something done, right
  before it or with words of how between (`我会已建成…`, `曾举办…`, `我会已全面完成…`, `已顺利召开…`),
  or 了 right after such a verb (`2023年完成了…`); after it, only up to another year, whose words are its own
  (`2023年完成布展（2022年已完成设计）` is a plan), unless 至, 、 or 和 joins the two (`2023年1月至2023年3月已完成调研`);
  before it, only back to a 、 after another year's words (`2022年已完成设计、2023年完成布展` is a plan), and a year
  joined to the one before reads the words before that one (`已于2023年3月至2023年6月完成调研` keeps both, noted
  once), as does a year opening the next item of a list that 已于 opens (`已于2022年3月完成设计、2023年6月完成布展`,
  items joined by 、, 和 or 及 in the clause: a ，ends it). Elsewhere they say nothing of
  the time: `为了`, `除了`, `了解`, `不得已`, `已有成果`, `已立项项目` (a thing's state, not the clause's event).
  The reading is kept narrow, since a plan read as past keeps a stale year (listed, still to be edited):
  a deadline (`2023年底前`, `2023年6月30日前完成`) is never past, and words of a plan in the clause (`将`,
  `拟`, `计划于`, `预计`) make it a plan whatever else it says (`将巩固已有成果`). A verb of work to do
  right after the year and right before 已 (`2023年推进已建成场馆运营`, `2023年继续做好已建成…`) has
  the 已 in its object, a thing's state: the clause is a plan. Further off (`2023年我会推进已建成…`,
  `2023年推进工作已完成`) the verb may be the subject's or a noun, and with nothing after the done verb
  (`2023年推进已完成`) there is no object, so the clause still reads as past, and is listed. Four-digit numbers not written as a year (`2000人次`) are no years. A year in full-width digits (２０２３年) or Chinese numerals (二〇二三年,
  二零二三年) is one like `2023年`: changed or listed alike, a changed one kept in its writing (二〇二四年,
  year_digits); one of mixed digits (`2０23年`, a slip) is listed, not changed. Two digits before 年 (`24年12月31日前`,
  `２３年度`) are listed, not changed, where they are written as a date's year or are the source year's own two digits
  (year_mentions.short_years): `24年` may be a number of years, and validate, lint and diff read four-digit years only,
  so the note asks for the year in full. Comments are not changed, since they are the author's
  notes about the source (`# 2023年新增任务` is true of that year's spec) and a silent edit there would
  be a surprise; their years are listed like kept ones, to be edited by hand where they should move, and so are
  five-year plans named there that the new year has left or entered (`# 十四五规划目标`); those and periods in digits
  (`# 2021-2025年规划`) are told as in a text;
- a document number's year (`某办发〔2023〕23号`, in 〔〕 or [] and with its serial number after it) is left and not
  listed, in a text or a comment: it names a document already issued, and listed it came back with every year's
  new spec;
- date fields (schema `x-jixiao-kind: date`, 填表日期) become the placeholder `jixiao new` writes for what
  must be filled in (placeholder.PLACEHOLDER); an empty one stays empty;
- when the new year is the one after the source's, every indicator row whose schema has `prior_value`
  (上年指标值) gets the source's target for the year (the value column lint's D6 compares, profile
  `lint.values` with period `year`), as written, before its year moves: that is exactly what the new
  year's 上年指标值 is, and D6 can then warn when a target is lowered. On a form that splits its values
  (指标性质 ≥, 指标值 8, 计量单位 场: profile `lint.columns`), it is the target read whole (`≥8场`,
  `ValueParts.whole`) where prior_value takes text, as every shipped form's does: the value cell alone (`8`)
  gave D6 last year's number without its comparator or unit, and a number typed bare none at all. A row without the key gets it where
  fmt puts it, with the comment lines around it left where they stood. When the year before's target is
  not known (the row's target is empty or unfilled, or the source is of another year), a `prior_value`
  the row already has is emptied (`""`, the schema's empty text, which D6 skips) and listed
  (`提示[PRIOR-CLEARED]`): it holds the target of the year before the source's, and D6 would compare the
  new target with a two-year-old one. A row without one gets none; nothing stale is there. A source of
  another year than the one before leaves every row without a prior target, and the summary says so
  (`Rolled.unknown`): D6 compares nothing then, and its silence is no sign that no target was lowered.
  A comment at the end of a prior_value line whose value is replaced or emptied stays on the line and is
  listed (`提示[PRIOR-COMMENT]`): what it said of the old value (`# 上年实际`) may be false of the new one.

Why the placeholder, rather than last year's date moved on a year (2022年12月5日 → 2023年12月5日) or
today's date: a date moved on is a day nobody chose, yet it validates, prints and passes lint, so a stale
day would be submitted unnoticed; today is the day the draft starts, not the day the form is filled in,
after weeks of revision. The placeholder validates and builds (the build warns once), and lint's A13,
an error, names it until the day is written in. Where the placeholder is clearly worse, a form whose
schema does not accept it in that field (a unit's own form with a pattern for dates), so that the new
spec would not validate, the date's year is moved on instead: the source year becomes the new year and
the year before it the year before the new one, as a form is dated in its budget year or the year before.

Nothing here names a form: date fields are found through the schema.
"""
from __future__ import annotations

import copy
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.scalarstring import ScalarString

from .datapath import json_path
from . import datapath
from .comments import insert, replace_scalar
from .fmt import (Layout, Verbatim, break_printed, canonical_text, canonical_yaml, comment_places, dump, lost_comment,
                  starts_with_bom, styled, without_document_start)
from .lint.config import PRIOR_VALUE, value_columns, year_column
from .load import Spec, changed_place, first_difference, from_here, iter_strings, load_text
from .placeholder import PLACEHOLDER, unfilled
from .plan_periods import PLAN, crossed_plans, plan_of, plan_years
from .problems import Problem, Severity, runs_said
from .rolled_texts import refilled_dates, rolled_texts, target_paths
from .schema_line import repoint
from .schema_store import NEVER, SchemaStore
from .validate import spec_name, spec_target
from .value_parts import ValueParts
from .variants import Variant
from .year_digits import ascii_shadow, one_writing, written_like
from .year_mentions import SHORT_YEAR, YEAR, Mention, clause_end, joined, mentions, moved_years, short_years

KEPT = "YEAR-KEPT"
MOVED = "YEAR-MOVED"
CLEARED = "PRIOR-CLEARED"
COMMENTED = "PRIOR-COMMENT"
UNIT_KEPT = "UNIT-KEPT"

_ROUND = "(（"
"""Round brackets hold a year as a note (`设备购置费（2022）`, the year of the purchase), not a document
number, which is written in 〔〕 or [] (`_document_number`)."""


_SERIAL = re.compile(r"\s*第?\s*[\d〇零一二三四五六七八九十百千]+\s*号")
"""A document number's serial number, right after the bracket that closes its year (`〔2018〕23号`, `[2023]第5号`)."""


def _document_number(mention: Mention, text: str) -> bool:
    """Whether a year is a document number's (`某办发〔2018〕23号`, `某发[2023]5号`): the number names a document
    already issued, whatever the budget year, so it never moves and is not listed. Listed as YEAR-KEPT, the same
    〔2018〕 came back with every year's new spec, noise that hid the years that did need a look. Only with its serial
    number after it: `[2023]年度重点` or a heading `【2023】` is no document, and its year is listed as one kept."""
    return (mention.kind == "bracket" and text[mention.start - 1] not in _ROUND
            and bool(_SERIAL.match(ascii_shadow(text), mention.end + 1)))


def _once(left: list[Mention], text: str) -> list[Mention]:
    """The years of `text` left as they were, less each joined to the one before it as one span or list of the same year
    read alike (`已于2027年3月至2027年6月完成调研`): the first's note quotes both, and a second note on the same words
    said nothing more."""
    return [mention for i, mention in enumerate(left)
            if not (i and (left[i - 1].year, left[i - 1].kind) == (mention.year, mention.kind)
                    and joined(text, left[i - 1], mention))]


_GLOSS_GAP = re.compile(r"[\s“”\"「」‘’'()【】]*")
"""What may stand between a five-year plan and the period in digits that glosses it: quotes, brackets, blanks
(`“十四五”（2021-2025年）`, in the ASCII shadow)."""


def _unglossed(found: list[Mention], text: str) -> list[Mention]:
    """`found` less each period in digits that glosses a five-year plan noted beside it (`“十四五”（2021-2025年）期间`,
    `2021-2025年（“十四五”）`): the plan's note tells that period already and names the plan to write, and a second
    note on the same words, told of the same years, said it again."""
    shadow = ascii_shadow(text)
    plans = [mention for mention in found if mention.kind == "plan"]

    def glosses(period: Mention) -> bool:
        years = [int(year) for year in YEAR.findall(shadow[period.start:period.end])]
        return any(plan_years(text[plan.start:plan.end]) == (min(years), max(years))
                   and _GLOSS_GAP.fullmatch(shadow, min(plan.end, period.end), max(plan.start, period.start))
                   for plan in plans)

    return [mention for mention in found if mention.kind != "range" or not glosses(mention)]


def _around(text: str, start: int, end: int, width: int = 6, reach: int = 20) -> str:
    """The mention with a few characters before it and the rest of its clause after it (at least `width`
    characters, at most `reach`), within its line, to quote it by: `2024年12月31日前完成` whole, where `width`
    either side cut it inside its date."""
    low = max(0, start - width)
    left = text.rfind("\n", low, start) + 1 or low
    line_end = text.find("\n", end) % (len(text) + 1)
    right = min(max(clause_end(text, end), end + width), end + reach, line_end)
    return ("…" if left > 0 else "") + text[left:right] + ("…" if right < len(text) else "")


def _why(mention: Mention, text: str, source_year: int, year: int) -> str:
    quoted = f"“{_around(text, mention.start, mention.end)}”"
    if mention.kind == "short":
        return _why_short(quoted, text[mention.start:mention.end], mention.year, source_year, year)
    if mention.kind == "plan":
        return _why_plan(quoted, text[mention.start:mention.end], source_year, year)
    if not one_writing(text[mention.start:mention.start + 4]):
        return f"{quoted}中的 {mention.year} 混用了全角和半角数字，未改动；请统一写法后核对"
    if mention.kind == "range":
        written = text[mention.start:mention.end]
        return f"{quoted}是跨年度的期间，未改动；{_range_check(written, source_year, year, looked_back=written)}"
    if mention.kind == "baseline":
        return f"{quoted}中的 {mention.year} 年是比较的基数，未改动；{_baseline_check(mention.year, source_year, year)}"
    if mention.kind == "past":
        return f"{quoted}说的是已经发生的事，其中的 {mention.year} 年未改动；请核对新年度是否仍要写它"
    if mention.kind == "title":
        return f"{quoted}中的 {mention.year} 年在书名号里，是已有文件名称的一部分，未改动；请核对新年度是否改用另一年的文件"
    if mention.kind == "since":
        return f"{quoted}中的 {mention.year} 年是起始的年份（自、从…开始、以来、起、至今），未改动；请核对"
    if mention.kind == "bracket":  # a document number's is not listed (`_document_number`)
        return f"{quoted}中，括号里的 {mention.year} 未改动；请核对新年度是否仍写这一年"
    return f"{quoted}中的 {mention.year} 年不是源规格的年度 {source_year} 年，未改动；请核对"


def _why_plan(quoted: str, name: str, source_year: int, year: int) -> str:
    """What to check of a five-year plan named by number that the new year has left or entered: as of a period, with
    the plan the new year is in to write instead."""
    first, last = plan_years(name)
    now = plan_of(year)
    return (f"{quoted}中的“{name}”是 {first}-{last} 年的五年规划期，未改动；"
            f"{_range_check(f'{first}-{last}', source_year, year, f'“{now}”' if now else '新一期的规划', f'{name}期间')}")


def _range_check(written: str, source_year: int, year: int, instead: str = "新一期的规划", looked_back: str = "") -> str:
    """What to check of a period left as written (`2025-2027年`): whether the new year is still in it. A plan's period
    does not move with the budget year, but a spec rolled past its last year still cited it, told only to check
    whether the new year was in it: the clerk had to work out that 2028 is not in 2025-2027, and rolled twice the
    same words hid a period two years gone. Only a period the source's year was in is told to be rewritten: one
    already outside it was written as a time before or after the year (`回顾2020-2022年工作成效`, `编制2030-2035年规划`).
    `instead` names what to write in its place (a five-year plan's: the plan the new year is in).
    Of a period the new year has left, a look back on it may stay, said with the period as `looked_back` writes it: a 2026
    spec's `十四五期间累计服务1万人次` or `2021-2025年累计完成…` is true of the period just ended, and told only to rewrite
    it for the new period or delete it, the clerk would have made a record of what was done a claim about the new one."""
    years = [int(found) for found in YEAR.findall(ascii_shadow(written))]
    first, last = min(years), max(years)
    was_in = first <= source_year <= last
    if first <= year <= last:
        return f"新年度 {year} 年{'仍' if was_in else ''}在这个期间内，请核对"
    when = f"到 {last} 年结束" if year > last else f"从 {first} 年开始"
    if not was_in:
        return f"新年度 {year} 年不在这个期间内（期间{when}），源规格的 {source_year} 年度也不在；请核对新年度是否仍要写它"
    said = f"新年度 {year} 年不在这个期间内（期间{when}）；请改为 {year} 年所在的期间（如{instead}），或删去"
    return said + (f"；回顾这一期间已做的事的（如“{looked_back}累计…”）可以保留" if looked_back and year > last else "")


def _baseline_check(base: int, source_year: int, year: int) -> str:
    """What to check of a baseline left as written (`较2026年`): a baseline of the source's year before is the source's
    上年, and the new year's 上年 is another year; said so, since `较2026年增加2次` kept in a 2028 spec compares with two
    years back."""
    if base == source_year - 1 and year == source_year + 1:
        return (f"它是 {source_year} 年度的上年，{year} 年度的上年是 {source_year} 年；"
                f"要与上年比较的，请改为 {source_year} 年，并按 {source_year} 年的数核算")
    return "请核对"


def _why_short(quoted: str, digits: str, meant: int, source_year: int, year: int) -> str:
    """Why two digits before 年 were left, and what to write: the year in full, in the author's digits."""
    full = written_like(meant, digits)
    said = (f"{quoted}中的“{digits}年”只写了两位数字，未改动：两位数字不一定是年份（“连续{digits}年”是年数），"
            "validate、lint 也只按四位数字的年份核对；")
    if meant == source_year:
        return f"{said}若是源规格的年度 {meant} 年，新年度请写全四位“{written_like(year, digits)}年”"
    return f"{said}若是 {meant} 年，请写全四位“{full}年”，并核对新年度是否仍写这一年"


def _why_moved(mention: Mention, text: str, new_year: int) -> str:
    """Why a year moved, quoted from the new text (`text`), where the new year stands at the mention's place: what
    was written there said apart from the quote (`“2024年度党建”中的 2023 年` read as a 2023 in words showing none)."""
    return (f"“{_around(text, mention.start, mention.end)}”：原写 {mention.year} 年，已随预算年度改为 {new_year} 年；"
            "请核对这里说的确实是新年度")


def _why_comment(mention: Mention, words: str, source_year: int, year: int) -> str:
    """Why a year in a comment was left. A five-year plan named there (`# 十四五规划目标`) that the new year has left or
    entered is told as one in a text is: comments survive the roll, and a 2026 spec's `# 十四五规划目标`, unlisted while
    the same words in a value were, stood unnoticed over targets of the next plan. So is a period in digits
    (`# 2021-2025年规划目标`): told only to be checked, while the same plan by name was told its period had ended."""
    quoted = f"“{_around(words, mention.start, mention.end)}”"
    if mention.kind == "plan":
        return _why_plan(quoted, words[mention.start:mention.end], source_year, year)
    if mention.kind == "range":
        written = words[mention.start:mention.end]
        return (f"{quoted}是跨年度的期间，未改动（注释照原样保留）；"
                f"{_range_check(written, source_year, year, looked_back=written)}")
    if mention.kind == "year" and mention.year == source_year:
        return f"{quoted}中的 {source_year} 年是源规格的年度；注释照原样保留，没有改为 {year} 年，请核对"
    return f"{quoted}中的年份未改动（注释照原样保留）；请核对"


def _old_name_at(value: str, old: str, unit: str) -> int:
    """Where `value` names the old unit, not as part of the new unit's name (某侨联 renamed 某侨联（本级）); -1 if nowhere.
    The new name is looked for around each old one, not blanked out first: a new name inside the old one (某归国华侨联合会
    renamed 某归国华侨联合) blanked the old name wherever it was written, and none was listed."""
    at = value.find(old)
    while at >= 0:
        if not any(value.startswith(unit, start) for start in range(max(0, at + len(old) - len(unit)), at + 1)):
            return at
        at = value.find(old, at + 1)
    return -1


def _why_unit(value: str, at: int, old: str, unit: str) -> str:
    """Why a text naming the old unit was left (`new --from --unit`): a field that holds the unit's name alone (a project
    table's 盖章单位, 预算单位) or a text that names it may mean the unit renamed, or another body of that name; the author knows."""
    said = f"仍是原单位名称“{old}”" if value == old else f"“{_around(value, at, at + len(old))}”中仍写着原单位名称“{old}”"
    return f"{said}，未改动；单位已改为“{unit}”，请核对这里是否也要改"


def _why_cleared(old: str, source_year: int, year: int) -> str:
    if year == source_year + 1:
        unknown = f"{source_year} 年度的指标值空着"
    else:
        unknown = f"源规格是 {source_year} 年度的，不是 {year - 1} 年度的"
    return (f"{unknown}，原有的“{old}”是更早年度的目标，已清空；请填上 {year - 1} 年度的目标，"
            "或留空（lint 的 D6 不比较这一行）")


def _filled(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not unfilled(value)


@dataclass
class Rolled:
    """The new spec's text, what was changed, what was left for the author to check, or why nothing
    could be written (problems)."""

    text: str = ""
    changed: int = 0
    """Years written in texts that were changed (`year` itself not counted)."""
    in_targets: int = 0
    """Of those, the years changed in indicator values (deadlines, mostly)."""
    reset: list[tuple[str, int]] = field(default_factory=list)
    """(the field's own name on its form, line) of each date field now reading the placeholder: one form's
    填表日期 is another's 填报日期, and the summary names each as its form does."""
    priors: int = 0
    """Indicator rows whose 上年指标值 is now the source's target for the year."""
    renamed: list[Problem] = field(default_factory=list)
    """Texts still naming the old unit when `--unit` gives a new one, for the author to check: the unit field alone
    changed, and a form that prints the unit again (a 盖章单位 and 预算单位 on each project table) kept the old name
    unnoticed."""
    unit_left: int = 0
    """How many texts `renamed` names (one message may say several)."""
    cleared: list[Problem] = field(default_factory=list)
    """Indicator rows whose older 上年指标值 was emptied, the year before's target not being known."""
    commented: list[Problem] = field(default_factory=list)
    """Comments left at the end of a 上年指标值 line whose value was replaced or emptied, for the author to check."""
    unknown: int = 0
    """Indicator rows that take a 上年指标值 and got none, the source not being of the year before: the year
    before's targets are in no file new --from reads, and D6 then has nothing to compare them with."""
    moved: list[Problem] = field(default_factory=list)
    """Each year changed in a text, at its place in the new file, for the author to check."""
    kept: list[Problem] = field(default_factory=list)
    """Each year left as it was (a text's, a comment's), listed for the author to check; `moved` and `kept` say the years
    of one message (the same words quoted, moved or left alike) once, with every place of them."""
    left: int = 0
    """How many years were left as they were (`kept` may say several in one message)."""
    relaid: bool = False
    """The source is not in the layout the round trip writes, so the new file differs in layout too."""
    problems: list[Problem] = field(default_factory=list)


def default_target(source: Path, out: str | None, source_year: int, year: int, unit: str,
                   unit_changed: bool = False) -> Path:
    """Where the new spec goes: -o's file; else, beside the source or in -o's folder, the source's name with its
    year replaced in the writing it has there, as in the texts (某单位-2023.yaml → 某单位-2024.yaml,
    某单位-二〇二三.yaml → 某单位-二〇二四.yaml), or `单位-年度.yaml` (as `jixiao new`) when the name holds no
    year or the unit is another one. `-o specs/` took `单位-年度.yaml` whatever the source's name: a unit whose
    specs are named `dw-2024.yaml` got `某单位-2025.yaml` beside it, its own pattern lost."""
    renamed = list(source.name)
    for found in re.finditer(rf"(?<!\d){source_year}(?!\d)", ascii_shadow(source.name)):
        written = source.name[found.start():found.end()]
        if one_writing(written):
            renamed[found.start():found.end()] = written_like(year, written)
    renamed = "".join(renamed)
    name = renamed if renamed != source.name and not unit_changed else spec_name(unit, year)
    return source.with_name(name) if out is None else spec_target(out, name)


def _like(old: Any, text: str) -> Any:
    """`text` written as `old` was: the same quotes or block style (a number-like or date-like value typed
    bare, which jixiao reads as text, becomes plain text, quoted by the dumper if YAML needs it)."""
    if isinstance(old, ScalarString) and not isinstance(old, Verbatim):
        new = type(old)(text)
        for slot in ("comment", "fold_pos"):  # a `>` block's folds, at the same places (years keep their length)
            if hasattr(old, slot) and (slot != "fold_pos" or len(text) == len(old)):
                setattr(new, slot, getattr(old, slot))
        return new
    return str(text)


class Roller:
    """Writes a spec of one year as a spec of another, for one variant."""

    def __init__(self, store: SchemaStore, variant: Variant):
        self.store, self.variant = store, variant
        self.schema_file = variant.schema_path.name
        self.parts = ValueParts.of(variant.profile)

    def _schema(self, path: tuple) -> dict:
        chain = self.store.chain(self.schema_file, path)
        return chain[-1][1] if chain else {}

    def _year_column(self) -> str:
        """The value column lint's D6 reads as the year's target (D6 picks it the same way)."""
        return year_column(value_columns(self.variant.profile))

    def _priors(self, data: Any, known: bool) -> tuple[list[tuple[tuple, str]], list[tuple[tuple, str]], int]:
        """Of the indicator rows that can hold a prior target: (row path, target as written) of those whose
        target is the new year's prior one (`known`: the source is of the year before), (row path, old
        prior value) of the others that hold a prior value, stale now, and how many rows there are."""
        key, carried, stale, rows_taking = self._year_column(), [], [], 0
        for where, row in self.variant.indicator_rows(data):
            if not self._takes_prior(where):
                continue
            rows_taking += 1
            target = self._target(row, where, key)
            if known and _filled(target):
                carried.append((where, target))
            elif _filled(row.get(PRIOR_VALUE)):
                stale.append((where, row[PRIOR_VALUE]))
        return carried, stale, rows_taking

    def _target(self, row: dict, where: tuple, key: str) -> Any:
        """The row's target for the year as its prior value will hold it: read whole on a form that splits it
        (`ValueParts.whole`: `≥8场`, not the value cell's `8`) where prior_value takes text; the cell as written on
        a form that prints it in one cell, and where prior_value takes only a number."""
        takes = self._schema(where + (PRIOR_VALUE,)).get("type", "string")
        return self.parts.whole(row, key) if "string" in ([takes] if isinstance(takes, str) else takes) else row.get(key)

    def _takes_prior(self, row: tuple) -> bool:
        """Whether the row's schema has a prior_value the form takes: `"prior_value": false` is a form that
        has no 上年指标值 column, and a prior value written there made each row of the new spec an error."""
        return PRIOR_VALUE in self._schema(row).get("properties", {}) and self._schema(row + (PRIOR_VALUE,)) != NEVER

    def _put_prior(self, tree: Any, row: tuple, value: str, typed: Any = None) -> None:
        """Write `value` as the row's prior_value: in its place if it has one, else where fmt would put it; in
        double quotes where the target it copies (`typed`, as the tree holds it) was typed in quotes ending in a line
        break, as fmt keeps that target (a `|` block, what styled makes of other texts of lines, drops the break
        from a form that prints the value: block_ends)."""
        node = datapath.get(tree, row)
        text = styled(value, self._schema(row + (PRIOR_VALUE,)),
                      break_printed=break_printed(value, getattr(typed, "style", None)))
        if PRIOR_VALUE in node:
            replace_scalar(node, PRIOR_VALUE, text)
            return
        order = list(self._schema(row).get("properties", {}))
        rank = order.index(PRIOR_VALUE)
        insert(node, next((i for i, k in enumerate(node) if k not in order or order.index(k) > rank), len(node)),
               PRIOR_VALUE, text)

    def _comments_kept(self, out: str, check: Spec, source: Any, targets: list[tuple[tuple, Any]],
                       stale: list[tuple[tuple, str]]) -> list[Problem]:
        """The comments at the end of a `prior_value` line whose value was replaced (`prior_value: "95%"  # 上年实际`): the
        comment stays on the line, now after the source's target or an emptied value, and what it said of the old value
        (上年实际, an actual result; 按上年完成数) may be false of the new one. Unlisted, it came with the new spec as the
        author's own word on a value it never described."""
        by_line = {line: (column, words) for line, column, words in comment_places(out)}
        replaced = [(row, datapath.get(source, row).get(PRIOR_VALUE), value) for row, value in targets]
        found = []
        for row, old, new in replaced + [(row, old, "") for row, old in stale]:
            path = row + (PRIOR_VALUE,)
            line = check.locate(path)[0]
            if old is None or str(old) == str(new) or line not in by_line:
                continue
            column, words = by_line[line]
            now = f"新填入的“{new}”" if new != "" else "清空后的值"  # a form's number column may carry 0
            found.append(Problem(str(check.path), line, column, Severity.INFO, COMMENTED,
                                 f"{self.store.field_name(self.schema_file, path)}：原来“{old}”后的注释“{words}”照原样留在{now}后，"
                                 "注释不随值改动；请核对它说的是否仍对，不对的请改写或删去", json_path(path)))
        return found

    def _layout(self, data: Any) -> Layout:
        return Layout(self.store, self.schema_file, data)

    def roll(self, spec: Spec, year: int, target: Path, unit: str | None = None) -> Rolled:
        """`spec` (loaded, with an int `year`) as a spec of `year` to be written at `target`; `unit` replaces its unit."""
        source_year = spec.data["year"]
        text = without_document_start(spec.text.replace("\r\n", "\n").replace("\r", "\n"))  # YAML reads both as \n
        yaml = canonical_yaml()
        yaml.preserve_quotes = True
        tree = yaml.load(text)
        rolled = Rolled(relaid=starts_with_bom(spec.path) or canonical_text(text, self._layout(spec.data)) != spec.text)
        expected = copy.deepcopy(spec.data)
        kept: list[tuple[tuple, Mention, str]] = []
        moved_here: list[tuple[tuple, Mention, str, int]] = []
        reset: list[tuple] = []
        known = year == source_year + 1
        targets, stale, rows_taking = self._priors(spec.data, known)  # as written, before years move
        rolled.unknown = 0 if known else rows_taking
        values = target_paths(self.variant, spec.data)

        def put(path: tuple, value: Any, meant: Any = None) -> None:
            """Write `value` in the tree, and what it reads as (`meant`, default the text) in `expected`."""
            replace_scalar(datapath.get(tree, path[:-1]), path[-1], value)
            datapath.get(expected, path[:-1])[path[-1]] = str(value) if meant is None else meant

        def move(path: tuple, value: str, moved: dict[int, int], in_target: bool) -> None:
            """Move the years of `moved` in a text, counting them, and keep the mentions moved (in the new text) and
            left (in the old) for the author to check."""
            new, done, left = moved_years(value, moved, in_target)
            rolled.changed += len(done)
            rolled.in_targets += len(done) if in_target else 0
            moved_here.extend((path, mention, new, moved[mention.year]) for mention in done)
            kept.extend((path, mention, value)
                        for mention in _unglossed(_once(left, value) + short_years(value, source_year)
                                                  + crossed_plans(value, source_year, year), value)
                        if not _document_number(mention, value))
            if new != value:
                put(path, _like(datapath.get(tree, path), new))

        for path, value in list(refilled_dates(spec.data, self._schema, self.store.registry)):
            if value.strip() and not unfilled(value):
                put(path, _like(datapath.get(tree, path), PLACEHOLDER))
                reset.append(path)
        for path, value, in_target, years in list(rolled_texts(spec.data, values, self._schema, self.store.registry,
                                                               {source_year: year})):
            if path != ("unit",) or unit is None:
                move(path, value, years, in_target)
        number = Verbatim(str(year))
        number.tag = getattr(tree["year"], "tag", "tag:yaml.org,2002:int")
        put(("year",), number, year)
        if unit is not None and unit != spec.data.get("unit"):
            put(("unit",), _like(tree.get("unit"), unit))
        for row, value in targets:
            self._put_prior(tree, row, value, datapath.get(tree, row).get(self._year_column()))
            datapath.get(expected, row)[PRIOR_VALUE] = value
        rolled.priors = len(targets)
        for row, _ in stale:
            self._put_prior(tree, row, "")
            datapath.get(expected, row)[PRIOR_VALUE] = ""

        out = canonical_text(dump(tree), self._layout(expected))
        check = load_text(str(target), out)
        changed = first_difference(expected, check.data)
        if changed is not None:  # said where the source holds the value that did not come back
            place = changed_place(spec, changed)
            rolled.problems.append(Problem(spec.path, *place, Severity.ERROR, "NEW-FROM-UNSAFE",
                                           f"复制后读回的内容与原文件不符{from_here(place)}，未写出新规格；请把这个文件报告给维护者"))
            return rolled
        lost = lost_comment(text, out)
        if lost:
            line, column, comment = lost
            rolled.problems.append(Problem(spec.path, line, column, Severity.ERROR, "NEW-FROM-COMMENT",
                                           f"复制时会丢掉注释“{comment}”，未写出新规格；请把它移到所说明的键的上一行或行尾"))
            return rolled
        starts, shadow = _line_starts(out), ascii_shadow(out)

        def listed(path: tuple, mention: Mention, value: str, why: str) -> _Note:
            """A year moved or left, at its place in the new file (`value`: the text it is read in)."""
            line, column = _place(shadow, starts, check, path, ascii_shadow(value), mention)
            return _Note(line, column, self.store.field_name(self.schema_file, path), why, json_path(path))

        left = [listed(path, mention, value, _why(mention, value, source_year, year)) for path, mention, value in kept]
        for line, column, words in comment_places(out):
            left.extend(_Note(line, column + mention.start, "注释", _why_comment(mention, words, source_year, year))
                        for mention in _unglossed(mentions(words) + crossed_plans(words, source_year, year), words)
                        if not _document_number(mention, words))
        rolled.left = len(left)
        rolled.kept = _grouped(str(target), KEPT, left)
        rolled.moved = _grouped(str(target), MOVED, [listed(path, mention, value, _why_moved(mention, value, new_year))
                                                     for path, mention, value, new_year in moved_here])
        for row, old in stale:
            path = row + (PRIOR_VALUE,)
            rolled.cleared.append(Problem(str(target), *check.locate(path), Severity.INFO, CLEARED,
                                          f"{self.store.field_name(self.schema_file, path)}：{_why_cleared(old, source_year, year)}",
                                          json_path(path)))
        rolled.commented = self._comments_kept(out, check, spec.data, targets, stale)
        old_unit = spec.data.get("unit")
        if unit is not None and isinstance(old_unit, str) and old_unit.strip() and old_unit != unit:
            named = [(path, value, _old_name_at(value, old_unit, unit)) for path, value in iter_strings(check.data)
                     if path != ("unit",)]
            notes = [_Note(*check.locate(path), self.store.field_name(self.schema_file, path),
                           _why_unit(value, at, old_unit, unit), json_path(path)) for path, value, at in named if at >= 0]
            rolled.unit_left, rolled.renamed = len(notes), _grouped(str(target), UNIT_KEPT, notes)
        rolled.reset = [(self.store.titles(self.schema_file, path)[-1], check.locate(path)[0]) for path in reset]
        rolled.text = repoint(out, Path(spec.path), target)
        return rolled


@dataclass(frozen=True, order=True)
class _Note:
    """A year moved or left, before those said alike are put together: its place, the field's name and why."""

    line: int
    column: int
    name: str
    why: str
    path: str = ""


def _grouped(file: str, code: str, notes: list[_Note]) -> list[Problem]:
    """One problem for each reason (`why`, which quotes the text), at its first place, naming every place and field
    it holds: a spec whose four deadlines read `2024年12月31日前完成` printed four lines alike but for their place."""
    by_why: dict[str, list[_Note]] = {}
    for note in sorted(notes):
        by_why.setdefault(note.why, []).append(note)
    problems = []
    for why, alike in by_why.items():
        first = alike[0]
        if len(alike) == 1:
            said = f"{first.name}：{why}"
        else:
            said = f"{_names_said([note.name for note in alike])}（{len(alike)} 处：{_places_said(alike)}）：{why}"
        problems.append(Problem(file, first.line, first.column, Severity.INFO, code, said, first.path))
    return problems


def _names_said(names: list[str]) -> str:
    """The fields of one message: `第 14–17 个绩效指标的“指标值”` for four rows' values, when the names differ in one
    number only; else each name once, in order."""
    unique = list(dict.fromkeys(names))
    parts = [re.split(r"(\d+)", name) for name in unique]
    if len(unique) == 1 or any(len(part) != len(parts[0]) for part in parts):
        return "、".join(unique)
    differ = [i for i in range(1, len(parts[0]), 2) if len({part[i] for part in parts}) > 1]
    if len(differ) != 1 or any(part[i] != parts[0][i] for part in parts for i in range(0, len(parts[0]), 2)):
        return "、".join(unique)
    slot = differ[0]
    numbers = sorted({int(part[slot]) for part in parts})
    return "".join(runs_said(numbers) if i == slot else piece for i, piece in enumerate(parts[0]))


def _places_said(notes: list[_Note]) -> str:
    """`第 115、120、125、130 行` (runs as `第 17–19 行`), with the columns where a line holds more than one."""
    columns: dict[int, list[int]] = {}
    for note in notes:
        columns.setdefault(note.line, []).append(note.column)
    if all(len(found) == 1 for found in columns.values()):
        return f"第 {runs_said(list(columns))} 行"
    return "、".join(f"第 {line} 行" + (f"第 {'、'.join(map(str, found))} 列" if len(found) > 1 else "")
                    for line, found in columns.items())


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def _place(text: str, starts: list[int], spec: Spec, path: tuple, value: str, mention: Mention) -> tuple[int, int]:
    """1-based (line, column) of a mention's digits in the written text: the value's start, then as many
    four-digit numbers on (two-digit ones before 年, for a year typed short; plans' names, for a five-year plan) as
    come before it in the value (digits are never escaped or folded apart), found in the whole value: a plan's name
    is one by the words after it (`十四五、十五五时期`), and counted in the value cut at the mention, the 十四五 before
    十五五 was none, and the note fell back to the value's start.
    `text` and `value` are ASCII shadows (year_digits), so years in any writing are counted alike."""
    line, column = spec.locate(path)
    offset = starts[line - 1] + column - 1
    digits = {"short": SHORT_YEAR, "plan": PLAN}.get(mention.kind, YEAR)
    before = sum(found.start() < mention.start for found in digits.finditer(value))
    for n, found in enumerate(digits.finditer(text, offset)):
        if n == before:
            if found.group(0) != value[mention.start:mention.start + len(found.group(0))]:
                break
            row = bisect_right(starts, found.start()) - 1
            return row + 1, found.start() - starts[row] + 1
    return line, column
