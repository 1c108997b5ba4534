"""A title typed with its year moved: `2024年度` put in front of a title the form prints without it, or a title's
year put after it in brackets (`…绩效目标表（2024年度）`), for import to read the year from it all the same.

The form's paragraph printing the year (`{{ year }}年度`, `{{ unit }}{{ year }}年部门…`) then matched no paragraph:
the year was read from the file's name or nowhere, and the title, the one place the document wrote it, was left
unread. Here one year is taken out of a paragraph (`years_taken_out`) and the year out of the form's line
(`without_year`), for the Matcher to compare what is left of each.

A form printing no year at all, its year in nothing but the file's name (`unprinted_year`), is given one in a title
all the same (`1.某项目绩效目标表（2023年度）`): left unread, the title was taken by the line under it, the unit
code and name (`{{ unit_code }}{{ unit }}` read `1` and `.某项目绩效目标表（2023年度）`).
"""
from __future__ import annotations

import re

from .docx_match_types import Binding
from .docx_pattern import Expr, Line, printed_paths
from .spec_year import BUDGET_YEARS
from .year_digits import ascii_shadow

# a year and its 年/年度, with the brackets around it, on the ASCII shadow (full-width brackets and digits made ASCII);
# in brackets of its own the year needs no 年 (`…绩效目标表（2024）`), four digits standing apart as nothing but a year
_YEAR = re.compile(r"\(\s*([0-9]{4})\s*(?:年度?)?\s*\)|\(?\s*(?<![0-9])([0-9]{4})\s*年度?\s*\)?")
_YEAR_WORD = re.compile(r"^\s*年度?")


def years_taken_out(text: str) -> list[tuple[str, str]]:
    """Each reading of the text with one of its budget years taken out, each followed by 年 or alone in brackets:
    (the text without that year, the year's digits). A title writing two (`1.2023年度办公用房租金绩效目标表（2023年度）`,
    a project named with its year) has two readings; which one is the form's line is for the Matcher to tell."""
    shadow = ascii_shadow(text)
    return [((text[:m.start()] + text[m.end():]).strip(), digits) for m in _YEAR.finditer(shadow)
            if int(digits := m.group(1) or m.group(2)) in BUDGET_YEARS]


def year_field(line: Line) -> Expr | None:
    """The field a line prints as a year: the one its text follows with 年 (`{{ year }}年度`)."""
    return next((s for s, after in zip(line.segments, line.segments[1:])
                 if isinstance(s, Expr) and s.path and isinstance(after, str) and _YEAR_WORD.match(after)), None)


def without_year(line: Line) -> Line | None:
    """The line without its year field, its 年 or 年度 and the brackets around them (`（{{ year }} 年度）`), or None
    where it prints no year or nothing else: a line of the year alone leaves nothing to compare."""
    field = year_field(line)
    if field is None:
        return None
    at = line.segments.index(field)
    before, after = list(line.segments[:at]), _YEAR_WORD.sub("", line.segments[at + 1])
    if before and isinstance(before[-1], str) and before[-1].rstrip().endswith(("(", "（")) \
            and after.lstrip().startswith((")", "）")):
        before[-1], after = before[-1].rstrip()[:-1], after.lstrip()[1:]
    rest = Line([*before, after, *line.segments[at + 2:]])
    return rest if rest.text.strip() or not rest.static else None


def unprinted_year(pattern: list, binding: Binding) -> Expr | None:
    """The year of a form that prints none: the one number of its file name that no line of the form prints."""
    paths = [path for path in binding.in_file_name - printed_paths(pattern) if binding.kind(path) == "integer"]
    return Expr(paths[0]) if len(paths) == 1 else None
