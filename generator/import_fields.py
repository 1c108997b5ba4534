"""What a variant's schema says each field of an imported form is, and the value the lines printed for
it become: an amount (`$ref` to the shared amount: full-width digits, `1,234.50`, a leading ¥ and a
trailing 万元 or 万 are read as the Decimal 1234.50; `1,5`, a comma that separates no thousands, is left
as printed), an integer, a code with a pattern, or text, kept exactly as printed (`≥95％` stays `≥95％`;
several paragraphs become a `|` block, except in a field printed on one line, such as the unit, which a
narrow cell's wrapping does not break).

docx_match asks it what each field looks like (`regex`) to line a document up with the form; the
importer asks it what the lines found for a field are worth in the spec (`value`).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .amount_places import in_wan
from .amounts_in_yuan import mistyped, typed_unit
from .diff_pairing import INDICATOR_LABELS
from .docx_line_regex import ANY
from .docx_pattern import Expr, fold, parse_segments
from .fmt import Layout
from .han import joined
from .schema_store import form_pattern, types_of
from .variants import Variant

_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
# Thousands separated as people type them: `1,234.50`, `1 234`; a comma anywhere else (`1,5` or
# `1.234,5` for 1.5 or 1234.5) is not one, and taking it out would read another amount.
_GROUPED = re.compile(r"[-+]?(?!0[, ])[0-9]{1,3}(?:[, ][0-9]{3})+(?:\.[0-9]*)?")  # no group after a lone 0
DEFS = "defs.schema.json#/$defs/"
ONE_LINE_DEFS = ("unit", "phone", "date_text")
"""The shared definitions of fields a form prints on one line, whatever their key (`Fields.one_line`)."""


def _inlaid(pattern: str) -> str:
    """A code's `pattern`, its anchors taken off, as a part of the regex of a row or a line, which may hold the code
    twice. A flag for the whole pattern (`(?i)^[0-9]+$`), which Python takes only at the start of a whole regex, or
    a named group (`(?P<d>…)`, then defined twice) stopped import with an internal error (re.error, exit 4): the
    flag is kept for the code alone (`(?i:…)`) and the group left unnamed. ANY where it is still no part of a regex
    (a back reference to the name): such a code is read as any text is, and validate holds it to its pattern."""
    flags = re.match(r"\(\?([aiLmsux]+)\)", pattern)
    inner = re.sub(r"\(\?P<\w+>", "(?:", re.sub(r"^\^|\$$", "", pattern[flags.end():] if flags else pattern))
    inner = f"(?{flags[1]}:{inner})" if flags else inner
    try:
        re.compile(f"(?:{inner})(?:{inner})")
    except re.error:
        return ANY
    return inner


class Fields:
    """What a variant's schema says about each field (its type), and where the form's lists live."""

    def __init__(self, variant: Variant, store):
        self.variant, self.file, self.store = variant, variant.schema_path.name, store
        self.layout = Layout(store, self.file)
        self.node = self.layout.schema_at
        # The fields the document's file name (and title) is made of: the unit, the year.
        self.in_file_name = {seg.path for seg in parse_segments(variant.file_name, parse_segments(variant.title))
                             if isinstance(seg, Expr)}

    def kind(self, path: tuple) -> str:
        node = self.node(path)
        types = types_of(node)
        if "number" in types:
            return "amount"
        if "integer" in types:
            return "integer"
        return "code" if form_pattern(node) else "text"

    def regex(self, path: tuple, strict: bool, signed: bool = True) -> str:
        """What the field's text looks like. `signed=False` in a file's name, where `-` separates
        (`2023-2024年度`, `某单位-2024年`) and is never a number's sign: read as one, the year was -2024."""
        kind = self.kind(path) if strict else "text"
        sign = r"[-+]?" if signed else ""
        if kind == "amount":
            return sign + r"[0-9.,]*"
        if kind == "integer":
            return sign + r"[0-9]*"
        if kind == "code":
            return _inlaid(form_pattern(self.node(path)))
        return ANY

    def typed_in(self, path: tuple, lines: list[str]) -> tuple[str, str | None] | None:
        """The unit other than 万元 an amount was typed with (元 of 6108500元), if any, and why it was read as typed
        all the same (`mistyped`: 78.56元 looks like 万元), None where it was read in 万元 from that unit."""
        if self.kind(path) != "amount":
            return None
        number, unit = _number(fold("\n".join(line.strip() for line in lines if line.strip())), amount=True)
        if unit in (None, "万元") or not _NUMBER.fullmatch(number):
            return None
        return unit, mistyped(Decimal(number), unit)

    def one_line(self, path: tuple) -> bool:
        """Whether the form prints the field on one line: a field of the file name (the unit), an item's name and
        categories (what diff names items by: 项目名称, 一级指标), a phone or a date. A line break typed in its cell
        (Alt+Enter in Excel, Shift+Enter in Word, to fit a narrow cell) is no part of it."""
        return path in self.in_file_name or (bool(path) and path[-1] in INDICATOR_LABELS) or any(
            self.store.refers_to(self.file, path, f"{DEFS}{name}") for name in ONE_LINE_DEFS)

    def title(self, path: tuple) -> str:
        """The field's own Chinese title (年度指标值), as its column is headed on the form."""
        return self.node(path).get("title") or str(path[-1])

    def categories(self, path: tuple) -> frozenset[str] | None:
        """The names the variant's indicator frame allows in the field at `path`, an indicator's 一级 or 二级指标 (any
        二级 of the frame: which 一级 it belongs to is validate's business); None for any other field, or a 二级 the
        frame leaves free text. docx_header_rows asks it to tell a header typed again with a label reworded (its 一级指标
        cell reads 一级指标, no category) from an indicator named like a label (its categories the frame's)."""
        if not path or path[-1] not in ("level1", "level2"):
            return None
        table = next((t for t in self.variant.indicator_tables if _under(t["path"], path[:-2])), None)
        if table is None:
            return None
        frame = self.variant.frames.get(table["frame"], [])
        if path[-1] == "level1":
            return frozenset(entry["level1"] for entry in frame)
        if any(entry.get("free") for entry in frame):
            return None
        return frozenset(name for entry in frame for name in entry.get("level2", []))

    def list_path(self, path: tuple) -> tuple:
        """`indicators.rows` or `indicators.blocks[1].rows` (the view model's) is the list `indicators`."""
        for table in self.variant.indicator_tables:
            depth = len(table["path"].split("."))
            head, rest = path[:depth], path[depth:]
            if _under(table["path"], head) and (
                    rest == ("rows",) or (len(rest) == 3 and rest[0] == "blocks" and rest[2] == "rows")):
                return head
        return path

    def value(self, path: tuple, lines: list[str]) -> Any:
        """The lines found for a field as the value a spec holds: a number, or text as printed
        (on one line for a field of the file name). An amount typed with its unit is read in 万元: 610.85万元 or
        610.85万 as typed, 6108500元 divided by 10000 and 6108.5千元 by 10, but 78.56元, which looks like 万元, as
        typed (`typed_in`)."""
        lines = [line.strip() for line in lines if line.strip()]
        text = "\n".join(lines)
        kind = self.kind(path)
        if kind in ("amount", "integer"):
            number, unit = _number(fold(text), amount=kind == "amount")
            if not number:
                return None
            if kind == "integer" and re.fullmatch(r"[-+]?[0-9]+", number):
                return int(number)
            if kind == "amount" and _NUMBER.fullmatch(number):
                amount = Decimal(number)
                return amount if unit in (None, "万元") or mistyped(amount, unit) else in_wan(amount, unit)
            return text  # left as printed: the schema check says what is wrong with it
        if kind == "code":
            return re.sub(r"\s", "", fold(text))
        if len(lines) > 1 and self.one_line(path):
            # a name a narrow cell made someone wrap (某市归国华侨 / 联合会) is one line: kept as two, it broke
            # the printed title in three and put `_` into the file name (`_data` says it was joined)
            return joined(lines)
        return text + "\n" if len(lines) > 1 else text


def _under(dotted: str, path: tuple) -> bool:
    """Whether `path` (('projects', 0, 'indicators')) is the list a profile's dotted path (`projects.*.indicators`)
    names, `*` standing for any item's index."""
    steps = dotted.split(".")
    return len(steps) == len(path) and all((s == "*" and isinstance(p, int)) or s == p for s, p in zip(steps, path))


def _number(text: str, amount: bool) -> tuple[str, str | None]:
    """A number's text (folded) without its thousands separators; an amount's also without a currency sign and the
    unit typed after it, which is returned with it."""
    unit = None
    if amount:
        text, unit = typed_unit(text)
        text = re.sub(r"^([-+]?)¥\s*", r"\1", text)  # a currency sign (￥ folds to ¥): 会计专用, ¥610.85
    if _GROUPED.fullmatch(text):
        text = re.sub(r"[, ]", "", text)
    return text, unit
