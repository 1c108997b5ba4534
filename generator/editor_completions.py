"""What the editor offers to type in a bundle (`jixiao schema`, the copy a unit's specs point at), shaped for
yaml-language-server's completion, judging exactly as before:

- a file's skeleton (its top-level `defaultSnippets`, `整份规格的骨架`) is offered only in an empty file: the
  server offers a mapping's snippets at every key position, so on a blank line of a finished spec it was the one
  suggestion, and taking it wrote every top-level key a second time. It moves into an `if` that only a mapping
  with no keys passes (`maxProperties: 0`), whose `then` the server reads only when it holds. There it sorts
  first, as the list items' `0新的一项…` do: with no `sortText` it sorted by its label, last of ten after every
  key (`budget`, `form`…) and the form's title;
- a field's options (`enum`, 一级指标, 二级指标) are offered in the schema's order, with the field's description:
  the server gives an option no `sortText`, so VS Code sorted them by code point (决策, 履职, 效益指标…), and the
  options a branch (`then`) adds carried no description. Only a `defaultSnippets` entry carries a `sortText`,
  and the server keeps the first suggestion of a label: each option is also written as a snippet, in an `allOf`
  entry of the mapping, which the server reads before the mapping itself. A snippet inserts its text as written,
  so an option is written as `jixiao fmt` writes it, in quotes exactly where YAML (or a YAML 1.1 reader) would read
  it plain as something else: `2024`, `null`, `a: b`, `yes`, `1.0` went in bare and became a number, null, a
  mapping, a boolean. Labelled as inserted, like the server's own (`"2024"`), it stands for the server's; where the
  server writes an option otherwise (`y`, `1:20` plain, `关于"十四五"规划` in quotes) it lists its own beside it.
  An empty option (`""`, the 二级指标 of a 一级指标 that has none) gets its snippet too: the server's own inserted
  nothing where the branch giving it names no type, and left the field null;
- the top-level `year` offers no year: a schema is the same file every year, and its example `2024` was the one
  suggestion in a 2023 or 2025 spec. What it offers says how a year is written and inserts nothing (without a
  suggestion the server wrote `year: 0` when the key was taken);
- an amount (the shared definition AMOUNT) offers, besides `null`, how an amount is written (AMOUNT_LABEL, the
  examples in its description), inserting nothing, as the year does. A figure offered (`12.50`) replaced what was
  being typed: the server offers a value's suggestions while it is typed, each replacing the typed text, and VS
  Code's filter kept `12.50` for a typed `1.50` (its characters in order), so Enter turned 1.5 into 12.50, which
  validate accepts. A label with no digit or point is never kept for a typed figure, and neither is `null`.
"""
from __future__ import annotations

import re
from typing import Iterator

from .hover_words import AMOUNT_NULL
from .schema_nodes import subschemas

_EMPTY_FILE = {"maxProperties": 0}
AMOUNT_LABEL = "按表上写法的万元数"
YEAR_LABEL = "四位数字的预算年度"


def with_amount_example(document: dict) -> None:
    """The shared amount definition embedded in a bundle given a suggestion that says how an amount is written,
    before its fields copy it (editor_messages): the server offered an amount nothing but `null`."""
    from .amount_places import AMOUNT  # imported here: amount_places loads the rules, which load the bundle
    file_name, _, pointer = AMOUNT.partition("#/")
    node = document.get("$defs", {}).get(file_name)
    for step in pointer.split("/"):
        node = node.get(step) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node["defaultSnippets"] = [*node.get("defaultSnippets", []), {
            "label": AMOUNT_LABEL, "bodyText": "$1",
            "description": "金额的写法（万元）：按表上的写法写数字和小数位，如 12.50、0.00、134，"
                           f"不加引号、逗号或单位；{AMOUNT_NULL}"}]


def with_completions(document: dict, roots: list[dict]) -> dict:
    """`document` (a bundle with its messages, changed in place and returned) reshaped for completion (see
    above); `roots` are the top of each form's file in it: the document itself, or each embedded form of the
    bundle of every form."""
    for root in roots:
        _skeleton_for_empty_file(root)
        year = root.get("properties", {}).get("year")
        if isinstance(year, dict):
            year.pop("examples", None)
            year["defaultSnippets"] = [{"label": YEAR_LABEL, "bodyText": "$1", "description": year.get("description", "")}]
    mappings = list(_mappings(document))
    owners = {id(branch): node for node in mappings for branch in _branches(node)}
    for node in mappings:
        _ordered_options(node, owners[id(node)]["properties"] if id(node) in owners else {})
    return document


def _skeleton_for_empty_file(root: dict) -> None:
    """The root's snippets moved under an `if` only an empty mapping passes, sorting first (see above)."""
    snippets = root.pop("defaultSnippets", None)
    if snippets:
        snippets = [{"sortText": f"0{snippet.get('label', '')}", **snippet} for snippet in snippets]
        root["allOf"] = [*root.get("allOf", []), {"if": dict(_EMPTY_FILE), "then": {"defaultSnippets": snippets}}]


def _mappings(document: dict) -> Iterator[dict]:
    """Every subschema that declares fields."""
    for _, node in subschemas(document, ()):
        if isinstance(node, dict) and isinstance(node.get("properties"), dict):
            yield node


def _ordered_options(node: dict, owners_fields: dict) -> None:
    """An `allOf` entry offering each field's options, in order, as snippets that sort as listed (see above);
    the options a `then` adds are described as the field of the mapping it belongs to (`owners_fields`), and
    given its type: the server writes an option in quotes where needed only when the node listing it says
    `string`, and a branch's own suggestion of `""` with no type inserted nothing. Labelled `""` like ours, the
    two were merged into a broken one (`"": ${1:""}`). The branch's field judges nothing differently: its
    options are all of that type."""
    carriers = {}
    for key, field in node["properties"].items():
        options = field.get("enum") if isinstance(field, dict) else None
        if not isinstance(options, list) or not options or not all(isinstance(o, str) for o in options):
            continue
        written = [_written(option) for option in options]
        if options == sorted(options) and field.get("description") and written == options:
            continue  # VS Code shows options in code-point order as listed, each with the field's description
        owners_field = owners_fields.get(key) if isinstance(owners_fields.get(key), dict) else {}
        description = field.get("description") or owners_field.get("description")
        if "type" not in field and "type" in owners_field:
            field["type"] = owners_field["type"]
        carriers[key] = {"defaultSnippets": [
            {"label": text, "bodyText": _snippet_text(text), "sortText": f"{i:03d}",
             **({"description": description} if description else {})}
            for i, text in enumerate(written)]}
        for annotation in ("title", "description"):  # the key's own suggestion, if the server takes this one first
            if isinstance(field.get(annotation), str):
                carriers[key][annotation] = field[annotation]
    if carriers:
        node["allOf"] = [*node.get("allOf", []), {"properties": carriers}]


def _written(option: str) -> str:
    """An option as `jixiao fmt` writes it as a value: in double quotes (single ones around a `"`) where YAML, or a
    YAML 1.1 reader (yaml11), would read it plain as anything but this text (see above)."""
    from .fmt import dump  # imported here: fmt loads the rules, which load the bundle
    return dump({"k": option}).removeprefix("k: ").removesuffix("\n")


def _snippet_text(text: str) -> str:
    """`text` as a snippet's `bodyText` that inserts it as it stands, escaped as the server escapes an option's
    text: a `$`, `}` or the `\\` before one would otherwise be read as snippet syntax."""
    return re.sub(r"[$}]", r"\\\g<0>", re.sub(r"\\(?=[$}\\])", r"\\\\", text))


def _branches(node: dict) -> Iterator[dict]:
    """The `then` and `else` of a mapping's conditions, where they sit in its `allOf`."""
    for entry in node.get("allOf", []):
        for key in ("then", "else"):
            if isinstance(entry, dict) and isinstance(entry.get(key), dict):
                yield entry[key]
