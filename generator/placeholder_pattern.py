"""A `pattern` on a field `jixiao new` writes must take the placeholder, or the field may be left "".

`jixiao new` writes “（请填写）” where a text must be filled in (validate reminds, lint reports it left).
A copied form's `"pattern": "^[0-9-]{7,13}$"` refused it: `new` exited 0 writing a spec every unit
started from with a validate error (or wrote a 0 the pattern took, printed on the form unnoticed), and
only `new --list` said so, without the schema's line or the fix. Said here, with the schema's other
mistakes, it is one verdict wherever the schema is read, at the pattern, with the fix docs/variants.md gives.
A `"minLength": 7` with no pattern refuses “（请填写）” (5 characters) and "" alike, the same slip: it is said
the same way, at the minLength, with the length written into a pattern that also takes “（请填写）”.
"""
from __future__ import annotations

import json
import re
from typing import Iterator

from .placeholder import PLACEHOLDER
from .schema_store import SchemaStore, is_date

_NOT_A_VALUE = frozenset({"not", "if", "propertyNames", "contains"})
"""Keywords whose subschema judges no field's value as written (a condition, a refusal, a key, some item)."""
_APPLICATORS = frozenset({"allOf", "anyOf", "oneOf"})
"""Keywords whose branches judge the very value of the schema holding them."""


def mistakes(store: SchemaStore, file_name: str, subschemas: list[tuple[tuple, dict]]) -> Iterator[tuple[tuple, str]]:
    """(path of the `pattern` or `minLength`, what is wrong) for each pattern among `subschemas` ((path, node) of
    every schema in the file) on a field whose whole schema takes neither “（请填写）” nor "": a pattern taking ""
    beside a `minLength` still leaves `new` nothing to write but a 0, and one taking “（请填写）” beside a
    `minLength: 7` nothing that passes; worded by what refuses it, the pattern or another keyword. A field with no
    pattern is judged at a `minLength` longer than “（请填写）”."""
    judged = [(path, node) for path, node in subschemas
              if not _NOT_A_VALUE & set(path) and not is_date(node)]
    patterned = {_field_path(path) for path, node in judged if isinstance(node.get("pattern"), str)}
    for path, node in judged:
        pattern, length = node.get("pattern"), node.get("minLength")
        if isinstance(pattern, str):
            yield from _pattern_mistake(store, file_name, path, pattern)
        elif isinstance(length, int) and length > len(PLACEHOLDER) and _field_path(path) not in patterned:
            field = _field(store, file_name, path)  # refusing both, “（请填写）” for its length alone (not a number's)
            refusals = {error.validator for error in field.iter_errors(PLACEHOLDER)}
            if refusals == {"minLength"} and not _taken(field):
                yield (*path, "minLength"), _length_words(length)


def _pattern_mistake(store: SchemaStore, file_name: str, path: tuple, pattern: str) -> Iterator[tuple[tuple, str]]:
    try:
        found = re.compile(pattern)
    except re.error:  # the metaschema check says so first
        return
    field = _field(store, file_name, path)
    if _taken(field):
        return
    if found.search(PLACEHOLDER):  # a pattern written as the fix says, beside a `minLength: 7`
        yield (*path, "pattern"), _others_words(field)
    else:
        yield (*path, "pattern"), _words(pattern)


def _taken(field) -> bool:
    """Whether the field takes what `jixiao new` writes in a text to fill in: “（请填写）”, or "" left empty."""
    return any(field.is_valid(value) for value in (PLACEHOLDER, ""))


def _field_path(path: tuple) -> tuple:
    """The path of the field's schema a keyword's schema at `path` is part of: up through the `allOf`, `anyOf`
    and `oneOf` it is a branch of."""
    while len(path) >= 2 and path[-2] in _APPLICATORS and isinstance(path[-1], int):
        path = path[:-2]
    return path


def _field(store: SchemaStore, file_name: str, path: tuple):
    """The validator of the field's schema the keyword sits in, to judge whole whether it takes “（请填写）” or "":
    up through the `allOf`, `anyOf` and `oneOf` it is a branch of (another branch may take them, a sibling
    `minLength` refuse them even where the pattern takes “（请填写）”)."""
    return store.validator_at(file_name, _field_path(path))


def _others_words(field) -> str:
    """What is wrong when the pattern takes “（请填写）” and another keyword of the field refuses it (and "")."""
    refusing = "、".join(dict.fromkeys(f"{error.validator}（{json.dumps(error.validator_value, ensure_ascii=False)}）"
                                       for error in field.iter_errors(PLACEHOLDER)))
    return (f"接受“{PLACEHOLDER}”，这一栏的 {refusing}却不接受它，也不接受空着：jixiao new 在这一栏写“{PLACEHOLDER}”"
            f"留给单位填写，写出的每份规格 validate 都报错；请让 {refusing}也接受“{PLACEHOLDER}”"
            f"（如去掉 minLength，把长度写进 pattern 里“{PLACEHOLDER}”之外的那一支）")


def _length_words(length: int) -> str:
    """What is wrong with a `minLength` longer than “（请填写）” on a field with no pattern, and the pattern to write."""
    fix = json.dumps(f"^(?:[\\s\\S]{{{length},}}|{PLACEHOLDER})$", ensure_ascii=False)
    return (f"{length} 比“{PLACEHOLDER}”的 {len(PLACEHOLDER)} 个字长，这一栏不接受“{PLACEHOLDER}”，也不接受空着："
            f"jixiao new 在这一栏写“{PLACEHOLDER}”留给单位填写，写出的每份规格 validate 都报错；"
            f"请去掉 minLength，把长度写进一个也接受“{PLACEHOLDER}”的 pattern（validate 提醒、lint 指出没填的），"
            f"如 \"pattern\": {fix}")


def _words(pattern: str) -> str:
    """What is wrong, and the pattern rewritten to take the placeholder (as docs/variants.md shows), written
    as the JSON file writes it, where it is anchored at both ends; otherwise how to."""
    fix = _taking_placeholder(pattern)
    how = (f"如改成 {json.dumps(fix, ensure_ascii=False)}" if fix  # as the file writes it: \\d, not \d
           else f"把原来的写法与“{PLACEHOLDER}”并列，如 \"^(?:[0-9]+|{PLACEHOLDER})$\"")
    return (f"不接受“{PLACEHOLDER}”，也不接受空着：jixiao new 在这一栏写“{PLACEHOLDER}”留给单位填写，写出的每份规格 "
            f"validate 都报错（pattern 接受 0 时 new 写 0，印到表上没人发现）；请让它也接受“{PLACEHOLDER}”"
            f"（validate 提醒、lint 指出没填的），{how}")


def _taking_placeholder(pattern: str) -> str | None:
    """`^(?:X|（请填写）)$` for `^X$`; None for a pattern not anchored at both ends."""
    if not (pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")):
        return None
    fix = f"^(?:{pattern[1:-1]}|{PLACEHOLDER})$"
    try:
        return fix if re.compile(fix).search(PLACEHOLDER) else None
    except re.error:
        return None

