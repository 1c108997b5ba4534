"""A variant's `profile.yaml`, read and checked as carefully as a spec.

Units write profiles too (a form of their own, jixiao.yaml's `templates:`), so a broken one is
their mistake to fix, not a bug in jixiao: it is read with the spec loader (syntax errors located
and in Chinese), checked against `profile.schema.json` with the spec's messages, and then for what
the schema cannot see: each indicator table names a frame the profile defines, and each path in
the arithmetic (`sums`) and the indicator tables names a field the variant's schema declares; a
misspelt `budget.basc` would otherwise leave a sum silently short and blame the spec's amounts.
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
        raise FormError(_message(problems))
    pass_cache.remember(verdict)
    return spec.data


def _message(problems: list[Problem]) -> str:
    from .report import line

    return "表样配置有误：\n" + "\n".join(line(p) for p in problems)


def _facts(spec, store, schema_file: str) -> Iterator[Problem]:
    data = spec.data
    frames = data.get("frames", {})
    for i, table in enumerate(data.get("indicator_tables", [])):
        if table["frame"] not in frames:
            yield _problem(spec, ("indicator_tables", i, "frame"),
                           f"指标体系“{table['frame']}”没有在 frames 中定义；已定义的：{'、'.join(frames) or '（无）'}")
        yield from _path(spec, store, schema_file, ("indicator_tables", i, "path"), table["path"])
    for i, rule in enumerate(data.get("sums", [])):
        scope = rule.get("scope")
        if scope:
            yield from _path(spec, store, schema_file, ("sums", i, "scope"), scope)
        for side in ("parts", "total"):
            for j, part in enumerate(rule[side]):
                yield from _path(spec, store, schema_file, ("sums", i, side, j), f"{scope}.{part}" if scope else part)


def _path(spec, store, schema_file: str, where: tuple, dotted: str) -> Iterator[Problem]:
    """A problem when a dotted path (`key_tasks.*.amount`) steps off the fields the schema declares."""
    node, base = store.resolve(store.schema(schema_file), schema_file)
    for step in dotted.split("."):
        child: Any = node.get("items") if step == "*" else node.get("properties", {}).get(step)
        if not isinstance(child, dict):
            known = "“*”（列表的每一项）" if node.get("type") == "array" else "、".join(node.get("properties", {}))
            yield _problem(spec, where, f"“{dotted}”中的“{step}”不是 {schema_file} 里的字段；这里可以写：{known or '（无）'}")
            return
        node, base = store.resolve(child, base)


def _problem(spec, where: tuple, message: str) -> Problem:
    line, column = spec.locate(where)
    return Problem(spec.path, line, column, Severity.ERROR, "PROFILE", message)
