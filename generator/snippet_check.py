"""What a schema hands the editor to insert must pass that schema: each `defaultSnippets` body, and
each `default` and `examples` value.

A unit edits a copy of a schema, and the snippets come with it. With the 实施周期指标值 column
(`period_value`) dropped from a copied form's rows, its row snippet still wrote `period_value`: every
row a clerk inserted from the editor failed `validate` with an unknown field, and the form's author,
whose check said nothing, never heard of it. Only jixiao's own tests checked a snippet against its schema.

A snippet is judged as the clerk leaves it once each placeholder is typed over: a value a placeholder
fills is the clerk's to write (a "（请填写）" left in it is refused on purpose, see docs/variants.md), and
every other option of a choice is tried as the clerk may pick it. The form's own name (`form:` of the
skeleton, the `default` of `form`) is copied_form's to check, which says more about it.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from . import datapath, snippet_text
from .json_text import json_position, json_string_position
from .placeholder import PLACEHOLDER
from .schema_words import declared, undeclared, value_words
from .schema_store import SchemaStore, pointer_steps

Mistake = tuple[tuple, str, tuple[int, int]]
"""(path in the schema document of what is wrong, what is wrong, its line and column in the file)."""

_FORM = ("form",)


def mistakes(store: SchemaStore, file_name: str, subschemas: list[tuple[tuple, dict]]) -> Iterator[Mistake]:
    """Each snippet, `default` and example among `subschemas` ((path, node) of every schema in the
    file) that would not pass the subschema it sits in."""
    items = _item_sites(subschemas)
    for path, node in subschemas:
        fits = _Fit(store, file_name, path)
        snippets = node.get("defaultSnippets")
        for i, snippet in enumerate(snippets if isinstance(snippets, list) else []):
            if isinstance(snippet, dict) and ("body" in snippet or "bodyText" in snippet):
                yield from _snippet(fits, (*path, "defaultSnippets", i), snippet, path in items)
        if path != ("properties", *_FORM):
            yield from _offered(fits, node)


def _offered(fits: _Fit, node: dict) -> Iterator[Mistake]:
    """The `default` and each of the `examples` of a subschema that it refuses: completion writes them."""
    examples = node.get("examples")
    offered = [(("default",), node["default"])] if "default" in node else []
    offered += [(("examples", j), value) for j, value in enumerate(examples if isinstance(examples, list) else [])]
    for where, value in offered:
        for error in fits.errors(value):
            inside = tuple(error.absolute_path)
            if not (fits.path == () and inside[:1] == _FORM):
                at = (*fits.path, *where)
                named = f"{datapath.pattern(inside)}：" if inside else ""
                yield at, f"编辑器补全时写入它，validate 却不接受：{named}{_value_words(error)}", fits.position(at)


class _Fit:
    """Whether a value passes the subschema at `path` of a schema file, through the store's registry, so
    its `$ref`s resolve as the file's own."""

    def __init__(self, store: SchemaStore, file_name: str, path: tuple):
        self.store, self.file_name, self.path = store, file_name, path
        self._validator = None

    def errors(self, value: Any) -> list:
        if self._validator is None:
            self._validator = self.store.validator_at(self.file_name, self.path)
        return list(self._validator.iter_errors(value))

    def position(self, path: tuple) -> tuple[int, int]:
        return json_position(self.store.texts[self.file_name], path)


def _item_sites(subschemas: list[tuple[tuple, dict]]) -> set[tuple]:
    """The paths of the subschemas that are a list's items, written there or referred to from there
    within the file: their snippets are inserted after a `- `."""
    sites = set()
    for path, node in subschemas:
        items = node.get("items")
        if isinstance(items, dict):
            sites.add((*path, "items"))
            ref = items.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                sites.add(tuple(pointer_steps(ref[1:])))
    return sites


def _snippet(fits: _Fit, at: tuple, snippet: dict, item: bool) -> Iterator[Mistake]:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    label = snippet.get("label")
    called = f"片段“{label}”" if isinstance(label, str) else f"第 {at[-1] + 1} 个片段"
    place = _Place(fits, at, snippet, item)
    try:
        place.body = snippet_text.body(snippet, item)
    except YAMLError as exc:
        mark = exc.problem_mark if isinstance(exc, MarkedYAMLError) and exc.problem_mark else None
        yield (at, f"{called}的 bodyText 不是有效的 YAML，插入后规格读不进来",
               place.in_text(mark.line, mark.column) if mark else place(()))
        return
    holes: dict[tuple, list[re.Match]] = {}

    def recorded(path: tuple, hole: re.Match) -> str:
        holes.setdefault(path, []).append(hole)
        return _token(hole)

    try:
        data = snippet_text.inserted(place.body, recorded)
    except YAMLError:
        yield at, f"{called}的 body 里有读不成 YAML 的值，插入后规格读不进来", place(())
        return
    for error in fits.errors(data):
        if not _excused(error, holes) and not (fits.path == () and tuple(error.absolute_path)[:1] == _FORM):
            yield _said(called, error, place, fits)
    for path, found in holes.items():
        for hole in found:
            yield from _choice(fits, place, called, path, hole)


def _choice(fits: _Fit, place: "_Place", called: str, path: tuple, hole: re.Match) -> Iterator[Mistake]:
    """The first option of a choice the schema refuses where the choice stands (“（请填写）” is refused
    on purpose). Only there: picking one 一级指标 may ask for a field the snippet leaves to the clerk to add."""
    from ruamel.yaml.error import YAMLError

    for option in snippet_text.options(hole):
        if option == PLACEHOLDER:
            continue

        def chosen(where: tuple, other: re.Match) -> str:
            return option if (where, other.start()) == (path, hole.start()) else _token(other)

        try:
            errors = fits.errors(snippet_text.inserted(place.body, chosen))
        except YAMLError:
            errors = []
        refused = next((error for error in errors if tuple(error.absolute_path)[:len(path)] == path), None)
        if refused is not None:
            yield (place.at, f"{called}的 {datapath.pattern(path)} 可以选“{option}”，选了它 validate 就报错："
                             f"{_value_words(refused)}", place(path))
            return


def _token(hole: re.Match) -> str:
    """What a placeholder or variable is typed over with: a text of its own (one per number or name, as
    VS Code mirrors a number written twice), which fails every check on the value but no `uniqueItems`
    beside another."""
    return f"hole{hole[1] or hole[4]}_"


def _excused(error, holes: dict) -> bool:
    """Whether an error is the clerk's to mend: about what a placeholder fills, or a list too short (a
    snippet writes one item of each, the clerk adds the others), or a choice among schemas of which one
    fails only so. A field `unevaluatedProperties` refuses though a branch declares it is the clerk's too
    where a placeholder is in the mapping: a branch that fails evaluates none of its fields, and the
    placeholder's stand-in fails it (its `kind` refused as 未知字段 while the clerk is still to pick one)."""
    path = tuple(error.absolute_path)
    if any(path[:len(hole)] == hole for hole in holes) or error.validator == "minItems":
        return True
    if error.validator == "unevaluatedProperties" and any(hole[:len(path)] == path for hole in holes):
        refused, branches = undeclared(error), declared(error.schema)
        return bool(refused) and all(key in branches for key in refused)
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[int, list] = {}
        for inner in error.context:
            branches.setdefault(inner.relative_schema_path[0], []).append(inner)
        return any(all(_excused(inner, holes) for inner in errors) for errors in branches.values())
    return False


def _said(called: str, error, place: "_Place", fits: _Fit) -> Mistake:
    """A snippet's error in words: a field it writes that is none, one it leaves out, a value it writes."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    # the fields the mapping may hold: its own, and for `unevaluatedProperties` those its branches declare
    fields = declared(schema) if error.validator == "unevaluatedProperties" else schema.get("properties")
    fields = fields if isinstance(fields, dict) else {}
    owner = f" {datapath.pattern(path)} " if path else ("这一项" if place.item else "规格顶层" if fits.path == () else "这个字段")
    if (error.validator in ("additionalProperties", "unevaluatedProperties") and error.validator_value is False
            and isinstance(error.instance, dict)):
        refused = undeclared(error)  # the fields refused: not the first of a branch's, which the mapping may hold
        extra = next((key for key in refused if key not in fields), next(iter(refused), None))
        if extra is not None:
            titled = f"{owner.rstrip()}（{schema['title']}）" if isinstance(schema.get("title"), str) else owner.rstrip()
            return (place.at, f"{called}写入的 {datapath.pattern((*path, extra))} 不是{titled}的字段，插入后 validate 报未知字段；"
                              f"schema 里{owner}的字段有：{'、'.join(fields) or '（无）'}", place(path, extra))
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = next((key for key in error.validator_value if key not in error.instance), None)
        if missing is not None:
            title = fields[missing].get("title") if isinstance(fields.get(missing), dict) else None
            named = f"{missing}（{title}）" if isinstance(title, str) else missing
            return (place.at, f"{called}没有写{owner}必填的 {named}：插入后 validate 会说缺少它；请在片段里加上 {missing}",
                    place(path))
    written = f"写入的 {datapath.pattern(path)}" if path else "写入的值"
    return place.at, f"{called}{written}：{_value_words(error)}", place(path)


def _value_words(error) -> str:
    """What is wrong with a value, as validate says it of a spec's; a pattern refused is named, for the
    schema's author who wrote it, where validate names the field's description for the clerk."""
    said = value_words(error)
    return f"{said}；应符合 pattern“{error.validator_value}”" if error.validator == "pattern" else said


class _Place:
    """Where a snippet's value at a path in it is written in the schema file: in its `body`, the key or
    the value; in its `bodyText`, the character where the text writes it."""

    def __init__(self, fits: _Fit, at: tuple, snippet: dict, item: bool):
        self.fits, self.at, self.snippet, self.item = fits, at, snippet, item
        self.body: Any = None  # once read: of a `bodyText`, with ruamel's line and column of each key and item

    def __call__(self, path: tuple, key: str | None = None) -> tuple[int, int]:
        steps = (*path, *([] if key is None else [key]))
        if "body" in self.snippet:
            return self.fits.position((*self.at, "body", *steps))
        line = column = 0
        node = self.body
        for step in steps:
            try:
                line, column = node.lc.key(step) if isinstance(step, str) else node.lc.item(step)
                node = node[step]
            except (AttributeError, KeyError, IndexError, TypeError):
                break
        return self.in_text(line, column)

    def in_text(self, line: int, column: int) -> tuple[int, int]:
        """Where a line and column of the `bodyText` ruamel gives (of the text after `- `, for an item) is
        in the file. A placeholder before it on its line would move it; keys come first on theirs."""
        lines = self.snippet["bodyText"].split("\n")
        column -= 2 if self.item and line == 0 else 0
        offset = sum(len(text) + 1 for text in lines[:line]) + max(column, 0)
        return json_string_position(self.fits.store.texts[self.fits.file_name], (*self.at, "bodyText"), offset)
