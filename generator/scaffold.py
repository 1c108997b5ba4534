"""`jixiao new`: a new spec to fill in, made from the variant's schema and profile.

Every field of the schema is there, in the schema's order, with its Chinese title and description
as a comment; the indicator lists hold the variant's empty frame (one row per 二级指标 of each
一级指标). Blank values stay blank where the schema allows it; where it does not, they read
“（请填写）” (or 0 where a pattern refuses the placeholder, which a schema should not: see
docs/variants.md), so the new file validates (with warnings at most) and builds from the first minute.
A field with an `enum` is never given one of its choices (`nature: "≥"` on every row, 成本指标 included, was a
guess the author never made and no warning named): it is left "" or “（请填写）” like any text, its comment listing
the choices; an `enum` taking neither is the form's slip, which `new --list` names (see form_check).
The first line names the schema, so an editor offers completion and Chinese hover text.
"""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import jsonschema
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import datapath
from .fmt import Layout, dump, styled
from .placeholder import PLACEHOLDER
from .row_conditions import refused
from .schema_line import modeline
from .schema_store import NEVER, SchemaStore, date_example, format_checker, is_date, types_of
from .variants import Variant

FRAME_NOTE = "已按指标体系每个二级指标列出一行：填写三级指标和指标值；一个二级指标有多项时复制该行，用不到的行删除"


class Scaffold:
    """Builds the new spec's tree for one variant."""

    def __init__(self, store: SchemaStore, variant: Variant, unit: str, year: int, today: datetime.date | None = None):
        self.store, self.variant, self.unit, self.year = store, variant, unit, year
        self.layout = Layout(store, variant.schema_path.name)
        self.today = today or datetime.date.today()
        self.frames = {table["path"]: variant.frames.get(table["frame"], []) for table in variant.indicator_tables}
        self.numbers: list[tuple] = []  # where a number had to be written for want of null (see number_blanks)

    def _valid(self, schema: dict, value: Any) -> bool:
        checked = jsonschema.Draft202012Validator(schema, registry=self.store.registry, format_checker=format_checker())
        return checked.is_valid(value)  # a date field left "" would fail validate's `format` check

    def _text(self, schema: dict) -> str:
        if is_date(schema):  # 填表日期: today, when today can be one; never made up
            day = self.today
            if day.year not in (self.year - 1, self.year):
                return PLACEHOLDER
            # as its form prints a date (spaced on one: date_example); as `format: date` asks
            written = (date_example(schema, day.year, day.month, day.day), day.isoformat())
            return next((text for text in written if self._valid(schema, text)), PLACEHOLDER)
        blanks = ["", PLACEHOLDER] if "enum" in schema else ["", PLACEHOLDER, "0"]  # never one of its choices
        return next((candidate for candidate in blanks if self._valid(schema, candidate)), PLACEHOLDER)

    def value(self, path: tuple, commented: bool = True) -> Any:
        schema = self.layout.schema_at(path)
        types = types_of(schema)
        if "const" in schema:
            return schema["const"]
        if path == ("unit",):
            return self.unit
        if path == ("year",):
            return self.year
        if "object" in types or "properties" in schema:
            return self._mapping(path, schema, commented)
        if "array" in types:
            return self._sequence(path, commented)
        if "string" in types:
            return styled(self._text(schema), schema)
        if "null" in types:
            return None
        if "integer" in types or "number" in types:
            self.numbers.append(path)
            return schema.get("minimum", 0)
        return False if "boolean" in types else None

    def _mapping(self, path: tuple, schema: dict, commented: bool) -> CommentedMap:
        node = CommentedMap()
        for n, key in enumerate(k for k in schema.get("properties", {}) if self.layout.schema_at(path + (k,)) != NEVER):
            node[key] = self.value(path + (key,), commented)
            in_item = bool(path) and isinstance(path[-1], int) and n == 0  # commented above the dash instead
            if commented and not in_item:
                node.yaml_set_comment_before_after_key(key, before=self._comment(path + (key,)), indent=_column(path))
        return node

    def _comment(self, path: tuple) -> str:
        schema = self.layout.schema_at(path)
        title, description = schema.get("title", ""), schema.get("description", "")
        text = description if description.startswith(title) else "：".join(p for p in (title, description) if p)
        text += _choices(schema, text)
        return f"{text}（{FRAME_NOTE}）" if datapath.pattern(path) in self.frames else text

    def _sequence(self, path: tuple, commented: bool) -> CommentedSeq:
        frame = self.frames.get(datapath.pattern(path))
        rows = CommentedSeq()
        if frame is None:
            rows.append(self.value(path + (0,), commented))
        for entry in frame or []:
            groups = [""] if entry.get("free") or not entry.get("level2") else entry["level2"]
            for level2 in groups:
                row = self.value(path + (len(rows),), commented and not rows)
                row["level1"] = entry["level1"]
                if not entry.get("free"):
                    row["level2"] = level2
                self._fill_refused_blanks(path + (len(rows),), row)
                rows.append(row)
        first = rows[0] if rows else None
        if commented and isinstance(first, dict) and first:
            key = next(iter(first))
            rows.yaml_set_comment_before_after_key(0, before=self._comment(path + (0, key)), indent=_column(path))
        return rows

    def _fill_refused_blanks(self, path: tuple, row: CommentedMap) -> None:
        """“（请填写）” where the row's own condition refuses the "" its field's schema takes: a 三级指标 may be empty
        on a 满意度 row alone, so the other rows must not be left blank, passing validate and printing nothing."""
        file_name = self.variant.schema_path.name
        for key, value in row.items():
            if value == "" and refused(self.store, file_name, path, dict(row), key, ""):
                row[key] = styled(PLACEHOLDER, self.layout.schema_at(path + (key,)))


def _choices(schema: dict, comment: str) -> str:
    """The values an `enum` field takes, after its comment when the comment does not already name each: `new`
    writes “（请填写）” there, not a choice the author never made, and the comment is where the choices are seen."""
    choices = [str(choice) for choice in schema.get("enum", []) if choice not in ("", PLACEHOLDER)]
    if not choices or all(choice in comment for choice in choices):
        return ""
    return f"（可选：{'、'.join(choices)}）"


def _column(parent: tuple) -> int:
    """The column of the keys of the mapping at `parent`, or of the dashes of the list there, in the canonical
    layout: each step in indents by 2 (a list's dashes 2 further than its key, an item's keys 2 after its dash)."""
    return 2 * len(parent)


def new_spec_data(store: SchemaStore, variant: Variant, today: datetime.date | None = None) -> Any:
    """The data of the spec `jixiao new` writes for the variant today, without its comments: every field
    the schema declares, an item in every list. What a form's templates are checked against (form_check,
    template_names) before any unit has filled one in."""
    today = today or datetime.date.today()
    return Scaffold(store, variant, PLACEHOLDER, today.year, today).value((), commented=False)


def scaffold(store: SchemaStore, variant: Variant, unit: str, year: int, target: Path | None = None,
             today: datetime.date | None = None, schema_path: Path | None = None) -> str:
    """The text of a new spec for the variant, in the canonical layout, naming `schema_path` (default:
    the variant's schema) for editors."""
    tree = Scaffold(store, variant, unit, year, today).value(())
    return modeline(schema_path or variant.schema_path, target) + dump(tree)
