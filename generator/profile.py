"""A variant's `profile.yaml`, read and checked as carefully as a spec.

Units write profiles too (a form of their own, jixiao.yaml's `templates:`), so a broken one is
their mistake to fix, not a bug in jixiao: it is read with the spec loader (syntax errors located
and in Chinese), checked against `profile.schema.json` with the spec's messages, and then for what
the schema cannot see: each indicator table names a frame the profile defines, and each path in
the arithmetic (`sums`), the indicator tables and lint's facts names a field the variant's schema
declares (and each a sum adds up, a number, and each list lint's A15 reads as numbered by the form,
texts), each indicator table's names a list of indicator rows, and the columns it merges are
theirs, and every path the title and file name patterns read is a field, and what they print is
one value, not a group of fields or a list; a misspelt `budget.basc` would otherwise leave a sum
silently short and blame the spec's amounts, and a misspelt lint path would quietly switch rules off. Lint's rule settings
for the form are judged as jixiao.yaml's are, so a misspelt one stops every command, not only lint. Each frame's 一级 and 二级 names
are the ones the schema lets an indicator row hold, and back (in its enums, and in the if/then
branch that lists the 二级 of each 一级): a row whose 一级 the frame does not name has no place on
the form.
A profile that passed before (same text, same schemas, judged against the same form's schema) is not
checked again (see pass_cache).
"""
from __future__ import annotations

import difflib
import os
import re
from functools import cache
from pathlib import Path
from typing import Any, Iterator

from . import pass_cache
from .errors import FormError, gone_meanwhile
from .problems import Problem, Severity
from .schema_store import TYPE_NAMES, SchemaStore, suggestion, types_of

PROFILE_SCHEMA = Path(__file__).resolve().parent / "profile.schema.json"


@cache
def _profile_store():
    """The store of profile.schema.json, made once: jixiao's own file, the same for every profile, was parsed into a
    store of its own (and its validator built) for each profile read, six times in `new --list`."""
    return SchemaStore(PROFILE_SCHEMA.parent)


def read(path: Path, store, schema_file: str) -> dict:
    """The profile's data, checked; a FormError listing its problems, located, when it is broken. They name the file
    from the current folder when it is under it (schema_line.shown), as the schema's and the templates' problems
    name theirs: read from its resolved folder, `new --list` named it by its whole path among relative ones.

    A profile (or its folder) the catalog listed and gone when read (deleted or renamed meanwhile: a git checkout
    during a long build) is said so, with a word to run again, as a schema gone is (schema_store): it was
    表样配置有误 … 文件不存在；请检查路径, of a path no one had named."""
    from .load import load
    from .schema_line import shown  # it imports variants, which imports this module

    spec = load(shown(path))
    if spec.problems and not os.path.lexists(path.parent):  # listed (Catalog), then the folder deleted or renamed
        raise FormError(f"{shown(path.parent)}: {gone_meanwhile('表样文件夹', '表样文件夹')}")
    if spec.problems and not os.path.lexists(path):
        raise FormError(f"{shown(path)}:1:1: {gone_meanwhile('表样配置 profile.yaml ', '表样文件夹')}")
    if spec.problems:
        raise FormError(_message(spec.problems))
    schema_store = _profile_store()
    # The schema it is judged against is part of the verdict: a copied profile has the original's
    # text, and must not inherit the original's pass under another schema.
    verdict = pass_cache.key("profile", schema_file, *schema_store.texts.values(), *store.texts.values(), spec.text)
    if pass_cache.passed(verdict):
        return spec.data
    from .schema import schema_problems  # past the remembered pass: fmt, run on each save, loads no schema checks

    problems = schema_problems(schema_store, PROFILE_SCHEMA.name, spec) or list(_facts(spec, store, schema_file))
    if problems:
        raise FormError(_message(sorted(problems)))
    pass_cache.remember(verdict)
    return spec.data


def _message(problems: list[Problem]) -> str:
    from .report import line

    return "表样配置有误：\n" + "\n".join(line(p) for p in problems)


def _facts(spec, store, schema_file: str) -> Iterator[Problem]:
    data = spec.data
    frames = data.get("frames", {})
    tables = [table["path"] for table in data.get("indicator_tables", [])]
    for i, table in enumerate(data.get("indicator_tables", [])):
        if table["frame"] not in frames:
            yield _problem(spec, ("indicator_tables", i, "frame"),
                           f"指标体系“{table['frame']}”没有在 frames 中定义；已定义的：{'、'.join(frames) or '（无）'}")
        yield from _path(spec, store, schema_file, ("indicator_tables", i, "path"), table["path"])
        yield from _table_rows(spec, store, schema_file, i, table["path"])
        yield from _merge_columns(spec, store, schema_file, i, table)
        if table["frame"] in frames:
            yield from _frame_names(spec, store, schema_file, i, table, frames[table["frame"]])
    yield from _patterns(spec, store, schema_file)
    yield from _sums(spec, store, schema_file, ("sums",), data.get("sums", []))
    yield from _lint_facts(spec, store, schema_file, data.get("lint", {}), tables)
    yield from _rule_settings(spec, data.get("lint", {}).get("rules"))


PATTERNS = {"title": "表题", "file_name": "文件名"}
"""The profile's text patterns over a spec, by what they make."""


def _patterns(spec, store, schema_file: str) -> Iterator[Problem]:
    """`title` and `file_name` are Jinja over the spec, compiled here: a broken one is named at its
    line once, not at every spec's build, and so is a path it reads that is no field of the spec
    (file_name may also use the title): `{{ budget.basc }}` or `{{ unti }}` failed each build."""
    from jinja2 import TemplateSyntaxError

    from .jinja import loading_tag, printed_paths, read_paths

    for key, extra in (("title", []), ("file_name", ["title"])):
        words = PATTERNS[key]
        if key not in spec.data:
            continue
        try:
            paths = read_paths(spec.data[key])
        except TemplateSyntaxError as exc:
            line, column = spec.locate((key,))
            yield Problem(spec.path, line + (exc.lineno or 1) - 1, column, Severity.ERROR, "PROFILE",
                          f"{key}（{words}的写法）不是有效的 Jinja 写法（{_jinja_words(exc.message)}）；"
                          "检查 {{ }} 是否成对、过滤器（| 后面的名字）是否拼对")
            continue
        tag = loading_tag(spec.data[key])
        if tag:
            yield _problem(spec, (key,), f"{key}（{words}的写法）用了 {{% {tag} %}}：{words}只由规格的字段写成，不能引入别的模板；"
                                         "请删去它，把要写的字直接写在这里")
            continue
        for named, meant in _misspelt(store, schema_file, paths, extra):
            yield _problem(spec, (key,), f"{key}（{words}的写法）用到的{named}不是 {schema_file} 里的字段{meant}")
        for dotted in printed_paths(spec.data[key]):
            group = _group_words(store, schema_file, dotted)
            if group:
                yield _problem(spec, (key,), f"{key}（{words}的写法）印出的{group}")


def _misspelt(store, schema_file: str, paths: list[str], extra: list[str]) -> Iterator[tuple[str, str]]:
    """(the path as the pattern writes it and its step that names no field, the field meant or the fields
    there are) for each path a pattern reads that steps into a group of fields by a name it lacks.
    `paths` come each after the paths it extends, so a misspelt step is named once, not for `.x` below it;
    a step into a value or a list (`unit.upper`, `indicators.rows`) is Jinja's, not the schema's, to judge."""
    misspelt: list[str] = []
    for dotted in paths:
        if dotted.split(".")[0] in extra or any(dotted.startswith(f"{bad}.") for bad in misspelt):
            continue
        node, step = store.declared(schema_file, dotted)
        fields = node.get("properties") if step not in (None, "*") else None
        if isinstance(fields, dict):
            misspelt.append(dotted)
            shown = dotted.replace(".*", "[0]")
            known = [*fields, *(extra if "." not in dotted else [])]
            yield (f"“{shown}”" if step == shown else f"“{shown}”中的“{step}”"), suggestion(step, known, True)


def _group_words(store, schema_file: str, dotted: str) -> str:
    """Why a path a pattern prints is no one value, and which field to print instead; "" when it is one.

    Printed as it was, `{{ budget }}` put `{'basic': Decimal('610.85'), …}` into the title and the file name."""
    node, failed = store.declared(schema_file, dotted)
    if failed is not None or not types_of(node) & {"object", "array"}:
        return ""
    shown = dotted.replace(".*", "[0]")
    if "array" in types_of(node):
        example = _one_value(store, schema_file, f"{dotted}.*")
        return f"“{shown}”是一个列表，不是一个值；请写 {example} 这样的{'一项' if example.endswith(']') else '字段'}"
    fields = list(node.get("properties", {}))
    listed = "、".join(fields[:4]) + ("……" if len(fields) > 4 else "")
    return f"“{shown}”是一组字段（{listed}），不是一个值；请写 {_one_value(store, schema_file, dotted)} 这样的字段"


def _one_value(store, schema_file: str, dotted: str) -> str:
    """The first path at or below `dotted` that holds one value (`budget.basic`, `key_tasks[0].name`), to show."""
    for _ in range(8):  # a schema that contains itself
        node, _failed = store.declared(schema_file, dotted)
        if "array" in types_of(node):
            dotted += ".*"
        elif "object" in types_of(node) and node.get("properties"):
            fields = list(node["properties"])
            values = [name for name in fields
                      if not types_of(store.declared(schema_file, f"{dotted}.{name}")[0]) & {"object", "array"}]
            dotted += f".{(values or fields)[0]}"
        else:
            break
    return dotted.replace(".*", "[0]")


def _jinja_words(message: str | None) -> str:
    unknown = re.match(r"No filter named '([^']+)'", message or "")
    return f"没有名为“{unknown[1]}”的过滤器" if unknown else message or ""


def _sums(spec, store, schema_file: str, where: tuple, sums: list) -> Iterator[Problem]:
    for i, rule in enumerate(sums):
        scope = rule.get("scope")
        if scope:
            yield from _path(spec, store, schema_file, (*where, i, "scope"), scope)
        for side in ("parts", "total"):
            for j, part in enumerate(rule[side]):
                dotted = f"{scope}.{part}" if scope else part
                misspelt = list(_path(spec, store, schema_file, (*where, i, side, j), dotted))
                yield from misspelt or _no_number(spec, store, schema_file, (*where, i, side, j), dotted)


def _no_number(spec, store, schema_file: str, where: tuple, dotted: str) -> Iterator[Problem]:
    """A problem when a sum adds up a field the schema declares as no number: `contact` or `indicators`
    counted as 0, so every spec was told its amounts did not add up (财政拨款 + 联系人 = …)."""
    node, _ = store.declared(schema_file, dotted)
    kinds = types_of(node)
    if kinds and not kinds & {"number", "integer"}:
        yield _problem(spec, where, f"“{dotted}”在 {schema_file} 里是{_kinds_words(kinds)}，不是金额；"
                                    "sums 的加数（parts）和合计（total）只能写数字字段"
                                    "（金额：schema 里 $ref 为 defs.schema.json#/$defs/amount 的字段）")


def _lint_facts(spec, store, schema_file: str, lint: dict, tables: list[str]) -> Iterator[Problem]:
    """The paths lint reads: a misspelt one would switch its rules off for the form without a word.

    Target, numbered list, task and staff paths start at the spec's top; value columns and `columns` are keys of an
    indicator row, and `cost_budget` amounts sit beside an indicator list: each must fit at least
    one of the form's indicator tables."""
    def path(where: tuple, dotted: str) -> Iterator[Problem]:
        yield from _path(spec, store, schema_file, ("lint", *where), dotted)

    def beside_a_table(where: tuple, name: str, row_key: str = "") -> Iterator[Problem]:
        """`row_key`: the lint key naming `name` as a column of the indicator rows, said as merge's columns are."""
        tried = [f"{table}.*.{name}" if row_key else ".".join([*table.split(".")[:-1], name]) for table in tables]
        found = [list(path(where, dotted)) for dotted in tried]
        if found and all(found):
            yield _no_column(spec, store, schema_file, ("lint", *where), row_key, name, tables[0]) if row_key \
                else found[0][0]

    for i, target in enumerate(lint.get("targets", [])):
        yield from path(("targets", i, "path"), target["path"])
    for i, dotted in enumerate(lint.get("numbered", [])):
        misspelt = list(path(("numbered", i), dotted))
        yield from misspelt or _not_numbered(spec, store, schema_file, ("lint", "numbered", i), dotted)
    for i, task in enumerate(lint.get("tasks", [])):
        yield from path(("tasks", i, "path"), task["path"])
        yield from path(("tasks", i, "indicators"), task["indicators"])
    for i, column in enumerate(lint.get("values", [])):
        yield from beside_a_table(("values", i, "key"), column["key"], "lint.values")
    if "values" not in lint:
        yield from _default_value_column(spec, store, schema_file, tables)
    columns = lint.get("columns", {})
    for name in ("standard", "unit", "comparator", "description"):
        if name in columns:
            yield from beside_a_table(("columns", name), columns[name], f"lint.columns.{name}")
    for j, key in enumerate(columns.get("required", [])):
        yield from beside_a_table(("columns", "required", j), key, "lint.columns.required")
    for j, amount in enumerate(lint.get("cost_budget", [])):
        yield from beside_a_table(("cost_budget", j), amount)
    for name, dotted in (lint.get("staff") or {}).items():
        yield from path(("staff", name), dotted)
    yield from _sums(spec, store, schema_file, ("lint", "sums"), lint.get("sums", []))


def _not_numbered(spec, store, schema_file: str, where: tuple, dotted: str) -> Iterator[Problem]:
    """A problem when a `lint.numbered` path is neither a list of texts nor a text field of a list's items, the only
    two A15 reads: `unit`, `key_tasks`, `key_tasks.*.amount` or `projects.*.targets.*` switched the rule off for the
    form without a word, and a number typed in each item printed twice. A field whose type the schema leaves open
    is let be, as in `sums`."""
    node, _ = store.declared(schema_file, dotted)
    kinds = types_of(node)
    if "array" in kinds:
        items, failed = store.declared(schema_file, f"{dotted}.*")
        held = types_of(items) if failed is None else set()
        if not held or "string" in held:
            return
        what = f"是列表，但它的每一项是{_kinds_words(held)}，不是文字"
    elif kinds and "string" not in kinds:
        what = f"是{_kinds_words(kinds)}，不是文字"
    elif not kinds or dotted.split(".")[-2:-1] == ["*"]:
        return
    else:
        what = "是列表中的一项，不是列表本身" if dotted.endswith(".*") else "是一段文字，不是列表，也不是列表中每一项的一栏"
    found = list(_text_lists(store, store.schema(schema_file), schema_file, ()))
    yield _problem(spec, where, f"lint.numbered 中的“{dotted}”在 {schema_file} 里{what}；lint.numbered 要写表上自动编号的"
                                f"文字列表（如 projects.*.targets），或列表中每一项的一栏文字（如 projects.*.name）；"
                                f"{schema_file} 里这样的有（指标行除外）：{'、'.join(found) or '（无）'}")


def _kinds_words(kinds: set[str]) -> str:
    """A field's types (types_of) in words, a blank left out: 数字, 一组“键: 值”字段."""
    return "、".join(TYPE_NAMES.get(kind, kind) for kind in sorted(kinds - {"null"}))


def _text_lists(store, node: dict, base: str, steps: tuple) -> Iterator[str]:
    """The dotted paths `lint.numbered` may name in a schema: lists of texts (`projects.*.targets`) and the text
    fields of a list's items (`projects.*.name`), the lists of indicator rows left out (the form numbers no 三级)."""
    node, base = store.resolve(node, base)
    kinds = types_of(node)
    if "array" in kinds:
        items = node.get("items")
        row, _ = store.resolve(items, base) if isinstance(items, dict) else ({}, base)
        if "string" in types_of(row):
            yield ".".join(steps)
            return
        if all(key in row.get("properties", {}) for key in ROW_FIELDS):
            return
    elif "string" in kinds and steps[-2:-1] == ("*",):
        yield ".".join(steps)
        return
    if len(steps) > 8:  # a schema that contains itself
        return
    if isinstance(node.get("items"), dict):
        yield from _text_lists(store, node["items"], base, (*steps, "*"))
    for key, child in node.get("properties", {}).items():
        if isinstance(child, dict):
            yield from _text_lists(store, child, base, (*steps, key))


def _row_columns(store, schema_file: str, table: str) -> list[str]:
    """The columns the schema declares for the rows of the indicator list at `table`; [] if it declares none."""
    row, failed = store.declared(schema_file, f"{table}.*")
    return list(row.get("properties", {})) if failed is None else []


def _no_column(spec, store, schema_file: str, where: tuple, key: str, name: str, table: str) -> Problem:
    """A lint key naming no column of the indicator rows. It was said as a path (“indicators.*.period_value”
    中的“period_value”) offering the nearest field, which for a column dropped from the form is another one
    (prior_value): the rows' columns are listed, and what to do when the form no longer has it."""
    columns = _row_columns(store, schema_file, table)
    close = difflib.get_close_matches(name, columns, n=1)
    guess = f"是否想写“{close[0]}”？" if close else ""
    return _problem(spec, where, f"{key} 中的“{name}”不是 {schema_file} 中 {table} 每一行的栏目；{guess}"
                                 f"可以写：{'、'.join(columns) or '（无）'}；表上删去了这一栏的话，请把这一项也删去")


def _default_value_column(spec, store, schema_file: str, tables: list[str]) -> Iterator[Problem]:
    """Without `lint.values`, lint reads each row's target from its `value` column (DEFAULT_FACTS): a form whose
    rows name it otherwise (a copy of a two-column form left with `annual_value`, its `lint.values` deleted
    with the other column) had every filled-in row told its `value` was blank, by lint, on every spec."""
    from .lint.config import DEFAULT_FACTS, PRIOR_VALUE  # the catalogue's import, paid as _rule_settings' is

    [default] = [column["key"] for column in DEFAULT_FACTS["values"]]
    if not tables or any(default in _row_columns(store, schema_file, table) for table in tables):
        return
    columns = [name for name in _row_columns(store, schema_file, tables[0]) if name not in ROW_FIELDS]
    example = ([name for name in columns if name.endswith("value") and name != PRIOR_VALUE] or ["栏目名"])[-1]
    yield _problem(spec, ("lint",) if "lint" in spec.data else (),
                   f"没有写 lint.values，jixiao lint 就按每行的“{default}”栏读指标值，{schema_file} 中 {tables[0]} 的每一行"
                   f"却没有这一栏（除一级、二级、三级指标外，它有：{'、'.join(columns) or '（无）'}）；请在 lint.values 里"
                   f"为每一栏指标值写一项（key 是栏目名，period 是 year 年度、half 半年或 term 实施周期），"
                   f"如 lint: {{values: [{{key: {example}, period: year}}]}}")


def _rule_settings(spec, rules: Any) -> Iterator[Problem]:
    """The form's lint rule settings, judged by lint's catalogue as jixiao.yaml's are: `X9: false` or
    `B10: {flor: 1}` passed validate, build and `new --list`, and stopped only `jixiao lint`, later.
    Importing the catalogue costs some 35 ms, paid only when the profile is checked (see read)."""
    if rules is None:
        return
    from .lint import RULES
    from .lint.config import wrong_settings

    for mistake in wrong_settings(RULES, rules):
        line, column = spec.locate(("lint", "rules", *mistake.path), mistake.key)
        yield Problem(spec.path, line, column, Severity.ERROR, "PROFILE", str(mistake))


ROW_FIELDS = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标"}
"""The fields of an indicator row: the form lays rows out by the first two, lint reads all three."""


def _table_rows(spec, store, schema_file: str, i: int, dotted: str) -> Iterator[Problem]:
    """An indicator table's path must name a list of indicator rows. `path: budget` (a group of
    amounts) passed validate, then every build of the form stopped with an internal error."""
    if store.declared(schema_file, dotted)[1] is not None:
        return  # _path names the step that is no field
    row, failed = store.declared(schema_file, f"{dotted}.*")
    fields = row.get("properties", {}) if failed is None else {}
    missing = [f"{key}（{words}）" for key, words in ROW_FIELDS.items() if key not in fields]
    if not missing:
        return
    if failed is not None:
        what = f"“{dotted}”在 {schema_file} 里不是列表"
    elif not fields:
        what = f"“{dotted}”是列表，但它的每一项不是一组字段"
    else:
        what = f"“{dotted}”的每一项没有 {'、'.join(missing)}"
    rows = "、".join(f"{key}（{words}）" for key, words in ROW_FIELDS.items())
    found = list(_row_lists(store, store.schema(schema_file), schema_file, ()))
    yield _problem(spec, ("indicator_tables", i, "path"),
                   f"{what}；指标表的 path 要指向指标的列表，它的每一项是一行指标，有 {rows}；"
                   f"这里可以写：{'、'.join(found) or '（schema 里没有这样的列表）'}")


def _merge_columns(spec, store, schema_file: str, i: int, table: dict) -> Iterator[Problem]:
    """Each merged column is a column of the table's rows: `merge: [level1, levle2]` used to pass,
    and the form printed every 二级 cell on its own, unmerged."""
    columns = _row_columns(store, schema_file, table["path"])
    for j, column in enumerate(table.get("merge", []) if columns else []):
        if column not in columns:
            close = difflib.get_close_matches(column, columns, n=1)
            guess = f"是否想写“{close[0]}”？" if close else ""
            yield _problem(spec, ("indicator_tables", i, "merge", j),
                           f"merge 中的“{column}”不是 {schema_file} 中 {table['path']} 每一行的栏目；{guess}"
                           f"可以写：{'、'.join(columns)}")


def _row_lists(store, node: dict, base: str, steps: tuple) -> Iterator[str]:
    """The dotted paths of the lists of indicator rows a schema declares (`projects.*.indicators`)."""
    node, base = store.resolve(node, base)
    items = node.get("items")
    if isinstance(items, dict) and steps:
        row, _ = store.resolve(items, base)
        if all(key in row.get("properties", {}) for key in ROW_FIELDS):
            yield ".".join(steps)
            return
    if len(steps) > 8:  # a schema that contains itself
        return
    if isinstance(items, dict):
        yield from _row_lists(store, items, base, (*steps, "*"))
    for key, child in node.get("properties", {}).items():
        if isinstance(child, dict):
            yield from _row_lists(store, child, base, (*steps, key))


def _frame_names(spec, store, schema_file: str, i: int, table: dict, frame: list[dict]) -> Iterator[Problem]:
    """The frame's names against the values the schema allows in the table's rows (where it lists them).

    The model lays rows out by the frame, so a frame that says 满意度指示 where the schema says
    满意度指标 would leave every such row off the form, and a 二级 the schema does not allow would
    never hold a row; a 一级 the schema allows but the frame lacks has no place either. `blocks`
    split the table by 一级, so each must name the frame's, and together cover them."""
    name = table["frame"]
    level1s = [entry["level1"] for entry in frame]
    for level in ("level1", "level2"):
        node, failed = store.declared(schema_file, f"{table['path']}.*.{level}")
        allowed = [str(v) for v in node.get("enum", [])] if failed is None else []
        if not allowed:
            continue
        words = "一级指标" if level == "level1" else "二级指标"
        for j, entry in enumerate(frame):
            named = [((j, "level1"), entry["level1"])] if level == "level1" else [
                ((j, "level2", k), level2) for k, level2 in enumerate(entry.get("level2", []))]
            for where, value in named:
                if value not in allowed:
                    close = difflib.get_close_matches(value, allowed, n=1, cutoff=0.6)
                    guess = f"是否想写“{close[0]}”？" if close else ""
                    yield _problem(spec, ("frames", name, *where),
                                   f"指标体系“{name}”的{words}“{value}”不是 {schema_file} 中 {table['path']} 的{words}"
                                   f"可选的取值（这一类的指标行将无法印到表上）；{guess}应为以下之一：{'、'.join(allowed)}")
        listed = level1s if level == "level1" else [n for entry in frame for n in entry.get("level2", [])]
        open_ended = level == "level2" and any(entry.get("free") for entry in frame)
        empty_ok = level == "level2" and any(not entry.get("level2") for entry in frame)
        missing = [v for v in allowed if v not in listed and not open_ended and not (v == "" and empty_ok)]
        if missing:
            yield _problem(spec, ("frames", name),
                           f"{schema_file} 中 {table['path']} 的{words}可以写“{'”“'.join(missing)}”，指标体系“{name}”里却没有"
                           f"（这样的指标行在表上没有位置）；请把它加进指标体系，或从 schema 的 enum 中删去")
    yield from _frame_branches(spec, store, schema_file, table, frame)
    blocks = table.get("blocks", [])
    for j, block in enumerate(blocks):
        for k, level1 in enumerate(block):
            if level1 not in level1s:
                yield _problem(spec, ("indicator_tables", i, "blocks", j, k),
                               f"blocks 中的“{level1}”不是指标体系“{name}”的一级指标；应为以下之一：{'、'.join(level1s)}")
    unplaced = [level1 for level1 in level1s if blocks and not any(level1 in block for block in blocks)]
    if unplaced:
        yield _problem(spec, ("indicator_tables", i, "blocks"),
                       f"指标体系“{name}”的一级指标“{'”“'.join(unplaced)}”不在任何一个 block 里（这一类的指标行将无法印到表上）")


def _frame_branches(spec, store, schema_file: str, table: dict, frame: list[dict]) -> Iterator[Problem]:
    """The schema's if/then branches (`if level1 is 产出指标 then level2 is one of …`, which give the
    editor its squiggle and its completion for a 二级 under its 一级) against the frame: one branch per
    一级 whose 二级 the frame lists, allowing exactly those ("" where it lists none), and none for a
    free 一级, whose 二级 is the unit's own words. A branch that allows a 二级 the frame puts elsewhere
    lets a row pass that the form cannot place; one that lacks a 二级 of the frame refuses rows the
    form has a place for. A schema without branches leaves the pairs to rule TAXONOMY."""
    name, path = table["frame"], table["path"]
    branches = _branches(store, schema_file, path)
    if not branches:
        return
    entries = {entry["level1"]: j for j, entry in enumerate(frame)}
    for level1 in branches:
        if level1 not in entries:
            yield _problem(spec, ("frames", name),
                           f"{schema_file} 中 {path} 有一级指标为“{level1}”时二级指标的分支（allOf 中的 if/then），"
                           f"指标体系“{name}”里却没有这个一级指标；请把它加进指标体系，或删去这个分支")
    for level1, j in entries.items():
        entry, allowed = frame[j], branches.get(level1)
        if entry.get("free"):
            if allowed is not None:
                yield _problem(spec, ("frames", name, j, "free"),
                               f"指标体系“{name}”中“{level1}”的二级指标是自由文字（free: true），{schema_file} 中 {path} "
                               f"却限定了一级指标为“{level1}”时二级指标的取值；请删去 schema 里这个分支")
            continue
        listed = entry.get("level2") or [""]
        if allowed is None:
            yield _problem(spec, ("frames", name, j, "level1"),
                           f"{schema_file} 中 {path} 没有一级指标为“{level1}”时二级指标的分支（allOf 中的 if/then），"
                           f"编辑器不会指出写在它下面的别的二级指标；请照其他一级指标的分支加上，enum 为："
                           f"{_listed(listed)}")
            continue
        for k, level2 in enumerate(listed):
            if level2 not in allowed:
                close = difflib.get_close_matches(level2, allowed, n=1, cutoff=0.6)
                guess = f"是否想写“{close[0]}”？" if close else ""
                yield _problem(spec, ("frames", name, j, "level2", k) if entry.get("level2") else ("frames", name, j),
                               f"指标体系“{name}”的二级指标{_shown(level2)}不是 {schema_file} 中 {path} 一级指标为“{level1}”时"
                               f"二级指标可选的取值（这一类的指标行将无法通过校验）；{guess}"
                               f"应为以下之一：{_listed(allowed)}")
        extra = [v for v in allowed if v not in listed]
        if extra:
            yield _problem(spec, ("frames", name, j),
                           f"{schema_file} 中 {path} 一级指标为“{level1}”时二级指标可以写{'、'.join(_shown(v) for v in extra)}，"
                           f"指标体系“{name}”的“{level1}”下却没有（这样的指标行在表上没有位置）；"
                           f"请把它加进指标体系，或从 schema 这个分支的 enum 中删去")


def _branches(store, schema_file: str, dotted: str) -> dict[str, list[str]]:
    """The 二级 an indicator row's if/then branches allow under each 一级 they name: {一级: [二级, …]}."""
    row, failed = store.declared(schema_file, f"{dotted}.*")
    found = {}
    for branch in row.get("allOf", []) if failed is None and isinstance(row.get("allOf"), list) else []:
        level1 = _at(branch, "if", "properties", "level1", "const")
        level2 = _at(branch, "then", "properties", "level2", "enum")
        if isinstance(level1, str) and isinstance(level2, list):
            found[level1] = [str(v) for v in level2]
    return found


def _at(node: Any, *keys: str) -> Any:
    """The value at a chain of keys in nested mappings, or None where one is missing (`"if": true` is a schema too)."""
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _shown(level2: str) -> str:
    """A 二级 named in a sentence: quoted, or what an empty one means."""
    return f"“{level2}”" if level2 else '""（没有二级指标）'


def _listed(level2s: list[str]) -> str:
    """二级 names as a list in a message, an empty one as the `""` the spec writes."""
    return "、".join(level2 or '""' for level2 in level2s)


def _path(spec, store, schema_file: str, where: tuple, dotted: str) -> Iterator[Problem]:
    """A problem when a dotted path (`key_tasks.*.amount`) steps off the fields the schema declares."""
    node, step = store.declared(schema_file, dotted)
    if step is not None:
        fields = [] if node.get("type") == "array" else list(node.get("properties", {}))
        known = "“*”（列表的每一项）" if node.get("type") == "array" else "、".join(fields)
        named = f"“{step}”" if step == dotted else f"“{dotted}”中的“{step}”"
        close = difflib.get_close_matches(step, fields, n=1)  # as merge, frames and the patterns offer one
        guess = f"是否想写“{close[0]}”？" if close else ""
        yield _problem(spec, where, f"{named}不是 {schema_file} 里的字段；{guess}这里可以写：{known or '（无）'}")


def _problem(spec, where: tuple, message: str) -> Problem:
    line, column = spec.locate(where)
    return Problem(spec.path, line, column, Severity.ERROR, "PROFILE", message)
