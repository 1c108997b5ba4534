"""A variant's `profile.yaml`, read and checked as carefully as a spec.

Units write profiles too (a form of their own, jixiao.yaml's `templates:`), so a broken one is
their mistake to fix, not a bug in jixiao: it is read with the spec loader (syntax errors located
and in Chinese), checked against `profile.schema.json` with the spec's messages, and then for what
the schema cannot see: each indicator table names a frame the profile defines, and each path in
the arithmetic (`sums`), the indicator tables and lint's facts names a field the variant's schema
declares; a misspelt `budget.basc` would otherwise leave a sum silently short and blame the spec's
amounts, and a misspelt lint path would quietly switch rules off.
A profile that passed before (same text, same schemas) is not checked again (see pass_cache).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from . import pass_cache
from .errors import FormError
from .problems import Problem, Severity

PROFILE_SCHEMA = Path(__file__).resolve().parent / "profile.schema.json"


def read(path: Path, store, schema_file: str) -> dict:
    """The profile's data, checked; a FormError listing its problems, located, when it is broken."""
    from .load import load
    from .schema import SchemaStore, schema_problems

    spec = load(path)
    if spec.problems:
        raise FormError(_message(spec.problems))
    schema_store = SchemaStore(PROFILE_SCHEMA.parent)
    verdict = pass_cache.key("profile", *schema_store.texts.values(), store.texts.get(schema_file, ""), spec.text)
    if pass_cache.passed(verdict):
        return spec.data
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
    yield from _sums(spec, store, schema_file, ("sums",), data.get("sums", []))
    yield from _lint_facts(spec, store, schema_file, data.get("lint", {}), tables)


def _sums(spec, store, schema_file: str, where: tuple, sums: list) -> Iterator[Problem]:
    for i, rule in enumerate(sums):
        scope = rule.get("scope")
        if scope:
            yield from _path(spec, store, schema_file, (*where, i, "scope"), scope)
        for side in ("parts", "total"):
            for j, part in enumerate(rule[side]):
                yield from _path(spec, store, schema_file, (*where, i, side, j), f"{scope}.{part}" if scope else part)


def _lint_facts(spec, store, schema_file: str, lint: dict, tables: list[str]) -> Iterator[Problem]:
    """The paths lint reads: a misspelt one would switch its rules off for the form without a word.

    Target and task paths start at the spec's top; value columns and `columns` are keys of an
    indicator row, and `cost_budget` amounts sit beside an indicator list: each must fit at least
    one of the form's indicator tables."""
    def path(where: tuple, dotted: str) -> Iterator[Problem]:
        yield from _path(spec, store, schema_file, ("lint", *where), dotted)

    def beside_a_table(where: tuple, name: str, row_key: bool) -> Iterator[Problem]:
        tried = [f"{table}.*.{name}" if row_key else ".".join([*table.split(".")[:-1], name]) for table in tables]
        found = [list(path(where, dotted)) for dotted in tried]
        if found and all(found):
            yield found[0][0]

    for i, target in enumerate(lint.get("targets", [])):
        yield from path(("targets", i, "path"), target["path"])
    for i, task in enumerate(lint.get("tasks", [])):
        yield from path(("tasks", i, "path"), task["path"])
        yield from path(("tasks", i, "indicators"), task["indicators"])
    for i, column in enumerate(lint.get("values", [])):
        yield from beside_a_table(("values", i, "key"), column["key"], row_key=True)
    columns = lint.get("columns", {})
    for name in ("standard", "unit", "description"):
        if name in columns:
            yield from beside_a_table(("columns", name), columns[name], row_key=True)
    for j, key in enumerate(columns.get("required", [])):
        yield from beside_a_table(("columns", "required", j), key, row_key=True)
    for j, amount in enumerate(lint.get("cost_budget", [])):
        yield from beside_a_table(("cost_budget", j), amount, row_key=False)
    yield from _sums(spec, store, schema_file, ("lint", "sums"), lint.get("sums", []))


def _path(spec, store, schema_file: str, where: tuple, dotted: str) -> Iterator[Problem]:
    """A problem when a dotted path (`key_tasks.*.amount`) steps off the fields the schema declares."""
    node, base = store.resolve(store.schema(schema_file), schema_file)
    for step in dotted.split("."):
        child: Any = node.get("items") if step == "*" else node.get("properties", {}).get(step)
        if not isinstance(child, dict):
            known = "“*”（列表的每一项）" if node.get("type") == "array" else "、".join(node.get("properties", {}))
            named = f"“{step}”" if step == dotted else f"“{dotted}”中的“{step}”"
            yield _problem(spec, where, f"{named}不是 {schema_file} 里的字段；这里可以写：{known or '（无）'}")
            return
        node, base = store.resolve(child, base)


def _problem(spec, where: tuple, message: str) -> Problem:
    line, column = spec.locate(where)
    return Problem(spec.path, line, column, Severity.ERROR, "PROFILE", message)
