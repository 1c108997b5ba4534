"""The editor's Chinese squiggle for each field of a bundle: the field's name, what is wrong, how to write it.

yaml-language-server (VS Code's YAML extension) shows a schema's `errorMessage` for a wrong type, `enum`,
`const`, `pattern` or `format`, but its own generic words for `minLength`, `maxLength`, `minimum`, `maximum`,
the exclusive bounds and `multipleOf` ("值低于最小值 0。", English under an English VS Code), whatever the
schema says. And it rewrites a `$ref` with an `errorMessage` beside it into an `allOf` where the message
judges nothing, so a field that uses a shared definition showed the definition's message, which names
no field. The bundle (`jixiao schema`, the copy a unit's specs point at) is reshaped for it, judging
exactly as the schema files do:

- a `$ref` to a leaf definition (no fields, no items, no `$ref` of its own) is replaced by the definition
  with the field's own title and description, and definitions nothing refers to any more are dropped;
- each field's `errorMessage` (and `patternErrorMessage`) starts with the field's Chinese name;
- a length bound becomes an equal `pattern` with its own message (`总体绩效目标：不能为空；请填写总体绩效目标`;
  `minLength: 1` beside the pattern that refuses a text of blanks, VISIBLE_TEXT, becomes that pattern; beside
  other length bounds that pattern stays, given the same words as its `patternErrorMessage`),
  a number bound an `if` whose `else` (taken only by a number out of bounds) refuses with its own message
  (`基本支出：不能是负数；…`), each in an `allOf` entry beside the field's other checks; a length bound the
  field's `enum` or `const` already enforces (`minLength: 1` beside options none of which is empty) is dropped,
  so `""` gets one squiggle, not two;
- a text field refuses a tab (TAB_FREE), as validate does: pasted from Excel unquoted (`unit: 某市台湾<Tab>同胞联谊会`)
  it is validate's YAML-SYNTAX error, the editor's YAML reads it as text and showed nothing; inside quotes it is
  validate's TEXT-INVISIBLE warning, the editor's squiggle an error (a schema says no severity).

`jixiao validate` reads the schema files, never a bundle, so nothing here changes its words: it says its own for
every keyword and adds an author's `errorMessage` (`patternErrorMessage`) only after a `pattern` or `format` it
refuses, as the schema files write them.
Fields inside `if`/`then`/`else` and `anyOf`/`oneOf` branches keep the messages their authors wrote for that
branch (an `enum` that depends on another field says so already); one with no type and no options of its own is
given its mapping's field's type and type message, which the editor needs to complete its key (see `_typed_as`).
"""
from __future__ import annotations

import copy
from typing import Any

from .editor_misplaced import with_misplaced_hints
from .editor_missing import with_missing_field_messages
from .editor_owner_hints import with_owner_hints
from .schema_nodes import subschemas
from .schema_store import ANNOTATIONS, TYPE_NAMES, VISIBLE_TEXT, as_read, asks_visible_text, escaped, follow, pointer_steps, refs
from .schema_words import LEFT_EMPTY, NUMBER_BOUNDS, bound_words, fill_in, rule_words, shown, type_list
from .tab_words import TAB, TAB_ADVICE, TAB_ORIGIN

_LENGTHS = ("minLength", "maxLength")
_MESSAGED = ("type", "enum", "const", "pattern", "format")
"""The keywords whose failure yaml-language-server says with the schema's `errorMessage`."""
TAB_FREE = "^[^\\t]*$"
"""A text with no tab, in Python's `re` and in JavaScript alike."""


def with_field_messages(document: dict, files: frozenset[str] = frozenset()) -> dict:
    """A bundle reshaped so the editor names each field and says what is wrong with it in Chinese (see above).

    `files` are the `$ref`s that point at a whole embedded schema file (`#/$defs/<form>.schema.json`): its
    messages are its author's for its own fields, even where a branch refers to it (the bundle of every form
    picks each form's file in an `if`/`then`), so they are named as in that file's own bundle."""
    document = _inlined(copy.deepcopy(document), document)
    _prune_definitions(document)
    _Walk(document, files).mapping(document, None, [], False)
    return document


def _target(document: dict, ref: str) -> Any:
    """What a `$ref` inside the bundle points at; None where nothing."""
    steps = pointer_steps(ref.removeprefix("#"))
    node, taken = follow(document, steps)
    return node if taken == len(steps) else None


def _is_leaf(node: Any) -> bool:
    """A definition that holds no field, item or reference, at its top or inside (an `anyOf` of two shapes of
    mapping holds fields): copying it in its place changes no verdict, and copies no fields into each user."""
    return (isinstance(node, dict) and not any(refs(node))
            and not any({"properties", "items", "prefixItems"} & set(inner) for _, inner in subschemas(node, ())))


def _inlined(node: Any, document: dict) -> Any:
    """`node` with each `$ref` to a leaf definition replaced by the definition, the field's own annotations
    (title, description, errorMessage) winning, as the schema store and the editor merge them."""
    if isinstance(node, list):
        return [_inlined(item, document) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#") and set(node) - {"$ref"} <= ANNOTATIONS:
        target = _target(document, ref)
        if _is_leaf(target):
            return {**copy.deepcopy(target), **{key: value for key, value in node.items() if key != "$ref"}}
    return {key: _inlined(value, document) for key, value in node.items()}


def _prune_definitions(document: dict) -> None:
    """Drop the embedded files (`$defs` entries) no `$ref` points into any more."""
    embedded = document.get("$defs")
    if not isinstance(embedded, dict):
        return
    while True:
        pointed = {ref.split("/")[2] for _, ref in refs(document) if ref.startswith("#/$defs/")}
        unused = [name for name in embedded if escaped(name) not in pointed]
        if not unused:
            break
        for name in unused:
            del embedded[name]
    if not embedded:
        del document["$defs"]


_BRANCHES = ("allOf", "anyOf", "oneOf", "then", "else")
"""Where a mapping's schema holds more fields, under a condition or a choice (not `if`, which only chooses)."""


class _Walk:
    """Every field reached through `properties`, `items`, a branch or a `$ref` to a mapping's definition, each
    given its messages once (a definition two lists share is named after the first)."""

    def __init__(self, document: dict, files: frozenset[str]):
        self.document, self.files, self.done = document, files, set()

    def resolved(self, node: dict) -> dict:
        """`node` with the definition its `$ref` points at under its own keywords, as validate reads a field."""
        target = _target(self.document, node["$ref"]) if isinstance(node.get("$ref"), str) else None
        return {**target, **node} if isinstance(target, dict) else node

    def mapping(self, node: Any, owner: str | None, names: list[str], in_branch: bool, titles: dict | None = None,
                own: dict | None = None) -> None:
        """`owner` is the list the nearest item belongs to (`年度重点工作任务`), `names` the titles from there
        (or the top) down to `node`; `in_branch` says the node lies under a condition whose author's messages
        say it; `titles` are those of the fields of the mapping a branch belongs to, which its fields often
        leave out, and `own` those fields themselves, whose types a branch's fields are given (see `_typed_as`)."""
        if not isinstance(node, dict) or id(node) in self.done:
            return
        self.done.add(id(node))
        ref = node.get("$ref")
        if isinstance(ref, str):
            self.mapping(_target(self.document, ref), owner, names, in_branch and ref not in self.files)
        fields = node.get("properties") if isinstance(node.get("properties"), dict) else {}
        titles = {**(titles or {}), **{key: field["title"] for key, field in fields.items()
                                       if isinstance(field, dict) and isinstance(field.get("title"), str)}}
        own = own or {}
        if not in_branch:  # before its fields are reshaped: the words are validate's, read from the schema's keywords
            with_missing_field_messages(node, _field_name(owner, names) if names else f"{owner}的这一项" if owner
                                        else "规格的顶层", self.resolved)
        given_options = _options_by_condition(node)
        for key, field in fields.items():
            if isinstance(field, dict):
                title = titles.get(key, key)
                self.mapping(field, owner, [*names, title], in_branch)
                if not ({"properties", "items", "$ref"} & set(field)):
                    _reshape_leaf(field, _field_name(owner, [*names, title]), in_branch, title, key in given_options)
                    _typed_as(field, own.get(key))
        typed = {**own, **{key: field for key, field in fields.items() if isinstance(field, dict) and "type" in field}}
        for key in _BRANCHES:
            for branch in node[key] if isinstance(node.get(key), list) else [node.get(key)]:
                self.mapping(branch, owner, names, True, titles, typed)
        if not in_branch:  # after the branches: the entries they add carry messages already named
            def name(key: str) -> str:
                return _field_name(owner, [*names, titles.get(key, key)])
            for key, field in fields.items():
                if isinstance(field, dict):
                    with_misplaced_hints(node, key, name(key))
                    with_owner_hints(node, key, name, lambda key: titles.get(key, key))
        items = node.get("items")
        if isinstance(items, dict):
            self.mapping(items, names[-1] if names else owner, [], in_branch)
            if names and not ({"properties", "items", "$ref"} & set(items)):  # a list of texts or numbers
                _reshape_leaf(items, f"{_field_name(owner, names)}的每一项", in_branch)


def _typed_as(field: dict, own: Any) -> None:
    """A branch's field (`else: {properties: {name: {minLength: 1}}}`) given its mapping's field's type and type
    message, where it has no type, nor options of its own. Without a type, yaml-language-server completed the key as
    `name: ${1:name}`, the key's own word chosen as its value; with a type and other words, a value of the wrong
    type got two squiggles, the field's and the branch's. With the same words, the server shows one: it drops a
    message said twice at one place. The branch's own checks keep their author's message, in an `allOf` entry."""
    if not isinstance(own, dict) or "type" not in own or {"type", "enum", "const", "$ref"} & set(field):
        return
    judged = {key: field.pop(key) for key in (*_MESSAGED, "patternErrorMessage") if key in field}
    message = field.pop("errorMessage", None)
    if judged:
        field["allOf"] = [{**judged, **({"errorMessage": message} if message is not None else {})},
                          *field.get("allOf", [])]
    field["type"] = copy.deepcopy(own["type"])
    if "errorMessage" in own:
        field["errorMessage"] = own["errorMessage"]


def _options_by_condition(node: dict) -> set[str]:
    """The keys of a mapping's fields whose options its conditions give (二级指标, by 一级指标): the options refuse
    a tab, as a field's own do, and a tab check besides squiggled `level2: "数量<Tab>指标"` twice."""
    branches = [branch for entry in [node, *(node.get("allOf") or [])] if isinstance(entry, dict)
                for branch in (entry.get("then"), entry.get("else")) if isinstance(branch, dict)]
    return {key for branch in branches for key, field in (branch.get("properties") or {}).items()
            if isinstance(field, dict) and ("enum" in field or "const" in field)}


def _field_name(owner: str | None, names: list[str]) -> str:
    """`预算整体情况 › 基本支出`, or `年度重点工作任务的“拟投入的资金（万元）”` for a field of a list's item: how
    validate names the field, less the item's number the editor shows by where it squiggles."""
    joined = " › ".join(names)
    return f"{owner}的“{joined}”" if owner else joined


def _reshape_leaf(field: dict, name: str, in_branch: bool, title: str = "", given_options: bool = False) -> None:
    """A field that holds no other: its messages named (a branch's stay as its author wrote them, `一级指标为
    “产出指标”时，二级指标请写…`), its length and number bounds turned into checks the editor says in Chinese;
    `given_options` says a condition of its mapping gives its options."""
    title = field.get("title") if isinstance(field.get("title"), str) else title
    hint = _without_title(field.get("errorMessage"), title)
    blank_refused = asks_visible_text(field.get("pattern")) and field.get("minLength") == 1 and "maxLength" not in field
    if blank_refused:  # said in minLength's words (`不能为空；请填写…`), as validate says it; see `_length_check`
        del field["pattern"]
    if not in_branch:
        _name_messages(field, name, title, hint)
    if "pattern" in field:
        field["pattern"] = as_read(field["pattern"])  # as validate reads it: `\\S` of a unit's older form otherwise
    if field.get("pattern") == VISIBLE_TEXT and "patternErrorMessage" not in field:
        # kept beside other length bounds: without words of its own the editor said the type's (`应为文本`) for "  ",
        # which validate calls empty
        field["patternErrorMessage"] = f"{name}：{_length_words({'minLength': 1}, title, field.get('description'))}"
    # With no keyword the editor says an errorMessage for, the author wrote it for the bounds: it says them.
    for_bounds = f"{name}：{hint}" if hint and not set(_MESSAGED) & set(field) else None
    checks = [*_length_check(field, name, title, for_bounds, blank_refused), *_bound_check(field, name, hint, for_bounds),
              *([] if given_options else _tab_check(field, name))]
    if checks:
        field["allOf"] = [*field.get("allOf", []), *checks]


def _name_messages(field: dict, name: str, title: str, hint: str) -> None:
    """The field's errorMessage and patternErrorMessage led by its name. The errorMessage says first what the
    field takes (`应为文本`) where the author wrote none, or where only a wrong type shows it (no enum, const,
    pattern or format for the author's words to be about) and the author's words do not name the type already
    (`应为文本；应为文字`)."""
    if isinstance(field.get("patternErrorMessage"), str):
        field["patternErrorMessage"] = f"{name}：{_without_title(field['patternErrorMessage'], title)}"
    messaged = set(_MESSAGED) & set(field)
    if not messaged:
        return
    said = [_expected(field)] if not hint or (messaged == {"type"} and not _names_types(hint, field)) else []
    if hint:
        said.append(hint)
    field["errorMessage"] = f"{name}：{'；'.join(said)}"


def _length_check(field: dict, name: str, title: str, for_bounds: str | None, blank_refused: bool = False) -> list[dict]:
    """The field's `minLength` and `maxLength`, taken out, as a pattern with its message; none where they take
    every text or the field's options refuse what they refuse (see `_options_within`). A `minLength: 1` beside
    the pattern VISIBLE_TEXT (`blank_refused`, the pattern taken out by the caller) is that pattern, which refuses
    `""` and a text of blanks alike: one squiggle for either, with the words validate says of both."""
    lengths = {key: field.pop(key) for key in _LENGTHS if isinstance(field.get(key), int)}
    lengths = {key: bound for key, bound in lengths.items() if bound or key == "maxLength"}  # minLength 0 takes all
    if not lengths or _options_within(field, lengths):
        return []
    said = for_bounds or f"{name}：{_length_words(lengths, title, field.get('description'))}"
    return [{"pattern": VISIBLE_TEXT if blank_refused else _length_pattern(lengths), "errorMessage": said}]


def _bound_check(field: dict, name: str, hint: str, for_bounds: str | None) -> list[dict]:
    """The field's number bounds, taken out, as an `if` whose `else` (a number out of them) refuses with its
    message: what they ask, then the author's words."""
    bounds = {key: field.pop(key) for key in NUMBER_BOUNDS if key in field}
    if not bounds:
        return []
    said = for_bounds or f"{name}：{bound_words(bounds)}" + (f"；{hint}" if hint else "")
    return [{"if": bounds, "else": {"enum": [], "errorMessage": said}}]


def _tab_check(field: dict, name: str) -> list[dict]:
    """A pattern refusing a tab in a field that takes free text (not one of its options, which refuse it anyway,
    nor of the options a condition gives it: see `_options_by_condition`), said as validate says it."""
    if "string" not in type_list(field.get("type", [])) or "enum" in field or "const" in field:
        return []
    return [{"pattern": TAB_FREE, "errorMessage": f"{name}：有 {TAB}，{TAB_ORIGIN}；{TAB_ADVICE}"}]


def _without_title(message: Any, title: str) -> str:
    """An author's message with the field's title taken off its start (`一级指标请写…` → `请写…`): the name
    now leads it."""
    if not isinstance(message, str):
        return ""
    message = message.strip()
    return message[len(title):] if title and message.startswith(title) and len(message) > len(title) else message


_TYPE_SYNONYMS = {"string": ("文字",), "null": ("null", "留空", "空值")}
"""Words besides TYPE_NAMES' by which an author's message says a field takes a type (`应为文字`, `表上留空的写 null`)."""


def _names_types(message: str, field: dict) -> bool:
    """Whether `message` names every type the field takes, null included where it takes it: `应为文本` before it
    would say the type twice."""
    kinds = type_list(field.get("type", []))
    words = {kind: (TYPE_NAMES.get(kind, str(kind)), *_TYPE_SYNONYMS.get(kind, ())) for kind in kinds}
    return bool(kinds) and all(any(word in message for word in named) for named in words.values())


def _expected(field: dict) -> str:
    """What a field without an author's message takes: `应为以下之一：…`, `应为“…”`, `应为数字（可留空）`."""
    if isinstance(field.get("enum"), list):
        return f"应为以下之一：{'、'.join(shown(option) for option in field['enum'])}"
    if "const" in field:
        return f"应为“{shown(field['const'])}”"
    kinds = type_list(field.get("type", []))
    wanted = "或".join(dict.fromkeys(TYPE_NAMES.get(kind, str(kind)) for kind in kinds if kind != "null"))
    return f"应为{wanted}{'（可留空）' if 'null' in kinds else ''}" if wanted else "写法不对"


def _options_within(field: dict, lengths: dict) -> bool:
    """Whether the field's `enum` or `const` takes only texts the length bounds take: it then refuses every text
    they refuse, and a second squiggle for `""` (the bound's besides the enum's) would say one mistake twice."""
    options = field["enum"] if isinstance(field.get("enum"), list) else [field["const"]] if "const" in field else None
    if options is None:
        return False
    least, most = lengths.get("minLength", 0), lengths.get("maxLength")
    return all(least <= len(option) and (most is None or len(option) <= most) for option in options if isinstance(option, str))


def _length_pattern(lengths: dict) -> str:
    """A pattern that takes exactly the texts the length bounds take, in Python's `re` and in JavaScript alike
    (`[\\s\\S]` is any character, counted by code point as `minLength` counts; no `$`, which Python lets
    match before a final line break)."""
    most = f"(?![\\s\\S]{{{lengths['maxLength'] + 1}}})" if "maxLength" in lengths else ""
    least = f"[\\s\\S]{{{lengths['minLength']}}}" if lengths.get("minLength") else ""
    return f"^{most}{least}"


def _length_words(lengths: dict, title: str, described: Any) -> str:
    """What validate says of a text the bounds refuse, less the count the editor cannot say: `不能为空；请填写部门名称
    （填报部门的全称）`, `太短了：至少 5 个字`, `太长了：最多 20 个字`, `字数不对：至少 5 个字且最多 20 个字`."""
    if lengths == {"minLength": 1}:
        return "；".join(filter(None, [LEFT_EMPTY, fill_in(title, described if isinstance(described, str) else "")]))
    kind = {frozenset({"minLength"}): "太短了", frozenset({"maxLength"}): "太长了"}.get(frozenset(lengths), "字数不对")
    return f"{kind}：{rule_words(lengths)}"
