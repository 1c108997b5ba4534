"""One self-contained JSON Schema per variant, for `jixiao schema` and editors that want a single file.

A variant's schema refers to the shared definitions in another file (`defs.schema.json#/$defs/amount`).
The bundle embeds every file it refers to under `$defs` (keyed by file name) and rewrites each
`$ref` to point inside the one document, so titles and descriptions (the Chinese hover text) and
every constraint are the same as in the files, with nothing left to fetch. The editor's messages are then
put in (editor_messages): shared definitions copied into the fields, each field's message naming it; and what the
editor offers to type is shaped for it (editor_completions).
"""
from __future__ import annotations

import json
import weakref
from typing import Any

from .editor_completions import with_amount_example, with_completions
from .editor_key_slips import with_key_slips
from .editor_messages import with_field_messages
from .schema_store import SchemaStore, escaped


def _pointer(file_name: str, root: str) -> str:
    """Where a file's contents live in the bundle: the root itself, or its entry under `$defs`."""
    return "" if file_name == root else f"/$defs/{escaped(file_name)}"


def _rewrite(node: Any, base: str, root: str, needed: set[str]) -> Any:
    if isinstance(node, list):
        return [_rewrite(item, base, root, needed) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str):
            file_name, _, fragment = value.partition("#")
            file_name = file_name or base
            needed.add(file_name)
            out[key] = f"#{_pointer(file_name, root)}{fragment}"
        else:
            out[key] = _rewrite(value, base, root, needed)
    return out


def _with_messages(embedded: tuple[dict, set[str]], root_name: str) -> dict:
    """An embedded document with the editor's messages, told which `$ref`s point at a whole embedded file, and
    its completions (editor_completions); a form's file is the root, or each embedded file that declares `form`."""
    document, files = embedded
    with_amount_example(document)
    document = with_field_messages(document, frozenset(f"#{_pointer(name, root_name)}" for name in files))
    with_key_slips(document)
    embedded_forms = [node for node in document.get("$defs", {}).values()  # a definition may be `true` or `false`
                      if isinstance(node, dict) and "form" in node.get("properties", {})]
    return with_completions(document, embedded_forms if not root_name else [document])


def _embed(store: SchemaStore, root: dict, root_name: str) -> tuple[dict, set[str]]:
    """The root document with every file it refers to (directly or not) embedded, refs pointing
    inside; and the names of those files."""
    needed: set[str] = set()
    result = _rewrite(root, root_name, root_name, needed)
    done = {root_name}
    while needed - done:
        other = sorted(needed - done)[0]
        done.add(other)
        embedded = _rewrite(store.schema(other), other, root_name, needed)
        embedded.pop("$schema", None)
        result.setdefault("$defs", {})[other] = embedded
    return result, done - {root_name}


def as_text(document: dict) -> str:
    """A bundle as the file `jixiao schema` prints and `jixiao new` writes: the same bytes from both."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


_MADE: weakref.WeakKeyDictionary[SchemaStore, dict[str, dict]] = weakref.WeakKeyDictionary()
"""Each store's bundles by schema file: a store reads its files once, so its bundles never change."""


def bundle(store: SchemaStore, file_name: str) -> dict:
    """One variant's schema file, self-contained, with the editor's Chinese message for each field.

    Made once per store and file, and shared (read it, never change it): validate compares every spec whose
    first line names a copy with it (schema_line), and writing the messages takes about ten times as long as
    embedding the files, a second per hundred specs."""
    made = _MADE.setdefault(store, {})
    if file_name not in made:
        made[file_name] = _with_messages(_embed(store, store.schema(file_name), file_name), file_name)
    return made[file_name]


_WRITTEN: weakref.WeakKeyDictionary[SchemaStore, dict[str, str]] = weakref.WeakKeyDictionary()


def bundle_text(store: SchemaStore, file_name: str) -> str:
    """`as_text` of `bundle`, made once per store and file as the bundle is: validate writes it for every spec
    whose first line should name a project's copy (schema_line, to compare the copy with it), and writing the
    same bundle out again took about a tenth of each such spec's build."""
    written = _WRITTEN.setdefault(store, {})
    if file_name not in written:
        written[file_name] = as_text(bundle(store, file_name))
    return written[file_name]


def references(store: SchemaStore, file_name: str) -> set[str]:
    """The other schema files one refers to, directly or not."""
    return _embed(store, store.schema(file_name), file_name)[1]


def bundle_all(store: SchemaStore, variants: dict[str, str]) -> dict:
    """A schema for a spec of any variant (name -> schema file): `form` picks the variant's schema."""
    root = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "jixiao 规格（任一表样）",
        "description": "预算绩效目标表规格：form 字段决定按哪一种表样的 schema 校验。",
        "type": "object",
        "required": ["form"],
        # The editor's squiggle for a missing `form` (and for a file that is no mapping): its own is English.
        "errorMessage": f"每份规格都要写 form（表样），即 templates/ 下的文件夹名：{'、'.join(sorted(variants))}；"
                        "每个字段一行“字段名: 值”",
        "properties": {"form": {"title": "表样", "description": "本文件使用的表样（templates/ 下的文件夹名）。",
                                "enum": sorted(variants)}},
        # `type` in each `if`: a file that is no mapping (a list) would pass every form's `if` vacuously
        # and the editor would show every form's top-level message; the root's own message says it once.
        "allOf": [{"if": {"type": "object", "properties": {"form": {"const": name}}, "required": ["form"]},
                   "then": {"$ref": f"{file_name}#"}} for name, file_name in sorted(variants.items())],
    }
    return _with_messages(_embed(store, root, ""), "")
