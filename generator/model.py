"""Stage 3: turn a validated spec into the view model both renderers read.

The spec's own fields pass through (amounts stay Decimal, so they print as typed; a blank
becomes ""), and every field the schema declares but the spec leaves out is there blank, so a
template may print any field the author was told is optional. Each indicator list named in the
profile is replaced by an `IndicatorTable` whose rows carry explicit vertical spans, computed
here once: the HTML template writes them as `rowspan`, the Word renderer as `w:vMerge`. Spans
come from the frame's grouping, never from "equal adjacent text", so two groups that happen to
share a name stay apart.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import datapath
from .cells import Cell
from .schema_store import types_of

DEFAULT_MERGE = ["level1", "level2"]


class Row:
    """An indicator row: attribute access to its cells (`r.level1`, `r.name`, `r.value`).

    Every row holds every column the schema declares for the list (blank where it has no value, as
    the empty rows of `print_empty` do), and nothing else: a template's misspelt `r.standrd` is an
    error naming it, like `budget.basc`, not a column printed blank on every form."""

    def __init__(self, cells: dict[str, Cell]):
        self.__dict__.update(cells)


@dataclass
class IndicatorTable:
    """Rows of one indicator list, grouped by the frame, with spans; `blocks` when the profile splits it."""

    rows: list[Row]
    blocks: list["IndicatorTable"] = field(default_factory=list)


def _frame_order(frame: list[dict], items: list[dict]) -> list[tuple[str, list[str], bool]]:
    """(level1, ordered level2 names, free) for each 一级 of the frame; free 二级 in order of appearance."""
    order = []
    for entry in frame:
        level2 = list(entry.get("level2", []))
        if entry.get("free"):
            for item in items:
                if item.get("level1") == entry["level1"] and item.get("level2") not in level2:
                    level2.append(item.get("level2"))
        order.append((entry["level1"], level2, bool(entry.get("free"))))
    return order


def printed_order(items: list[dict], frame: list[dict], print_empty: bool, columns: list[str]) -> list[dict]:
    """Items in frame order (stable within a group), with empty placeholder rows where asked.

    A row whose 一级 the frame does not name has no place: validation reports it (rule TAXONOMY),
    so reaching here with one is a bug, raised rather than printing the form without the row."""
    order = _frame_order(frame, items)
    stray = next((i for i in items if i.get("level1") not in {level1 for level1, _, _ in order}), None)
    if stray is not None:
        raise ValueError(f"indicator row {stray.get('name')!r}: level1 {stray.get('level1')!r} is not in the frame")
    out: list[dict] = []
    for level1, level2s, _ in order:
        mine = [i for i in items if i.get("level1") == level1]
        for level2 in level2s or [""]:
            group = [i for i in mine if (i.get("level2") or "") == (level2 or "")]
            if group:
                out += group
            elif print_empty and level2:
                out.append({**dict.fromkeys(columns, ""), "level1": level1, "level2": level2})
        out += [i for i in mine if (i.get("level2") or "") not in (level2s or [""])]
    return out


KEPT_WHOLE = 8
"""Rows of a 二级 group that are kept on one page. A longer group keeps only its first three rows
together, so its label is not left alone at the foot of a page, and its last two, so no row is
left alone at the top of the next: kept whole, a group of 15 moved to a new page and left half a
page of empty merged cells behind it."""


def _kept(offset: int, span: int) -> bool:
    """Whether the row `offset` rows into a group of `span` rows stays on the page of the row above."""
    return span <= KEPT_WHOLE or offset <= 2 or offset == span - 1


def _kept_column(depth: int, merge: list[str]) -> bool:
    """Whether a merged column's groups are kept on one page: every column merged inside the outermost
    (the 二级指标, and any column merged within it), or the only one. Keeping only the
    innermost left the 二级 groups of a table that does not print it (a block without that column) free
    to break after their first row. The outermost is a side label whose block runs over pages."""
    return depth > 0 or len(merge) == 1


def _rows(items: list[dict], merge: list[str]) -> list[Row]:
    """Rows with spans: a merged column's cell opens a group when it or any outer column changes."""
    keys = [tuple(str(item.get(col, "")) for col in merge) for item in items]
    rows, opened = [], {}  # depth → (index, span) of the group open at that depth
    for index, item in enumerate(items):
        cells = {k: Cell(v) for k, v in item.items() if not isinstance(v, (dict, list))}
        for depth, col in enumerate(merge):
            prefix = keys[index][: depth + 1]
            if index > 0 and keys[index - 1][: depth + 1] == prefix:
                start, span = opened[depth]
                cells[col] = Cell(item.get(col, ""), 0, keep=_kept_column(depth, merge) and _kept(index - start, span))
            else:
                span = 1
                while index + span < len(items) and keys[index + span][: depth + 1] == prefix:
                    span += 1
                cells[col] = Cell(item.get(col, ""), span)
                opened[depth] = (index, span)
        rows.append(Row(cells))
    return rows


def indicator_table(items: list[dict], table: dict, frame: list[dict], columns: list[str]) -> IndicatorTable:
    """The rows of one list; `columns` are the fields the schema declares for its items."""
    merge = table.get("merge", DEFAULT_MERGE)
    ordered = printed_order(items, frame, table.get("print_empty", False), columns)
    blocks = [
        IndicatorTable(_rows([i for i in ordered if i.get("level1") in block], merge))
        for block in table.get("blocks", [])
    ]
    return IndicatorTable(_rows(ordered, merge), blocks)


def plain(node: Any) -> Any:
    """ruamel containers to plain ones; None to "" so a blank cell prints blank."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
    if node is None:
        return ""
    if isinstance(node, str):
        return str(node)
    return node


def with_blanks(store, file_name: str, data: dict) -> dict:
    """`data` (plain) with every field its schema declares and it leaves out present and blank:
    "" for a value, [] for a list, an object of blanks for an object."""
    _fill(store, store.schema(file_name), file_name, data)
    return data


def _fill(store, schema: dict, base: str, value: Any) -> None:
    schema, base = store.resolve(schema, base)
    if isinstance(value, dict):
        for key, child in schema.get("properties", {}).items():
            if key not in value:
                value[key] = _blank(store, child, base)
            else:
                _fill(store, child, base, value[key])
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for item in value:
            _fill(store, schema["items"], base, item)


def _blank(store, schema: dict, base: str) -> Any:
    resolved, _ = store.resolve(schema, base)
    kinds = types_of(resolved)
    if "object" in kinds:
        blank: Any = {}
        _fill(store, schema, base, blank)
        return blank
    return [] if "array" in kinds else ""


def build(data: Any, variant, store) -> dict:
    """The render context of one spec: its data with the fields it left out blank, indicator
    tables in place of indicator lists, and the title. jinja2 is imported here, for the title, not at the top:
    diff and import read this module's row order and table shapes and render nothing."""
    from .jinja import render_pattern

    file_name = variant.schema_path.name
    context = with_blanks(store, file_name, plain(data))
    for table in variant.indicator_tables:
        frame = variant.frames[table["frame"]]
        steps = tuple(0 if step == "*" else step for step in f"{table['path']}.*".split("."))
        columns = list(store.chain(file_name, steps)[-1][1].get("properties", {}))
        for where, items in list(datapath.find(context, table["path"])):
            parent = datapath.get(context, where[:-1])
            parent[where[-1]] = indicator_table(items, table, frame, columns)
    context["title"] = render_pattern(variant.title, context)
    return context


def name_fields(variant) -> frozenset[str] | None:
    """The names the form's title and file name patterns read (`named`); None when one is a field holding an indicator
    table, which the patterns read from the whole view model."""
    from .jinja import pattern_names

    read = pattern_names(variant.title) | pattern_names(variant.file_name)
    if any(table["path"].split(".")[0] in read for table in variant.indicator_tables):
        return None
    return read


def named(data: Any, variant, store) -> dict:
    """`build`'s context as far as the form's title and file name patterns read it, for the name a spec's form is
    written under (name_clashes.form_name) when nothing is rendered: the fields they name, blank where the spec
    leaves them out, and the title. validate and lint of several specs built each one's whole view model, its
    indicator tables, for `{{ unit }}{{ year }}`. Patterns that read a field holding an indicator table are given the
    whole view model: the table is the one thing they would read differently."""
    from .jinja import render_pattern

    read = name_fields(variant)
    if read is None:
        return build(data, variant, store)
    context = with_blanks(store, variant.schema_path.name, plain({k: v for k, v in data.items() if str(k) in read}))
    context["title"] = render_pattern(variant.title, context)
    return context
