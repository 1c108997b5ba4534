"""A variant's JSON Schema checked as a schema, before any spec is judged by it.

Units write schemas too (a copy of jixiao's, edited), so a broken one is their mistake to fix, named
at its line in the schema file, exit 2, like a `$ref` that points nowhere. Unchecked, `"type": "strin"`
stopped every spec with jsonschema's UnknownType and `"minimum": "0"` with a TypeError, both shown
as internal errors (exit 4) that named no file. A schema that passed before (same texts) is not
checked again (see pass_cache): the check needs jsonschema, whose import the cache saves.

Also warned of by `new --list`: an `errorMessage` naming fields other than `properties` declares, and an
`x-jixiao-*` annotation jixiao does not read or a value one cannot take.
"""
from __future__ import annotations

import difflib
import json
import re
from typing import Any

from . import copied_form, pass_cache, placeholder_pattern, schema_words, snippet_check
from .errors import FormError
from .field_guess import meant, undeclared
from .json_text import json_position
from .problems import Problem, Severity
from .rules import shown_name
from .schema_nodes import keyword_name, subschemas
from .schema_words import describe, type_list, typed_as, value_words
from .schema_line import shown
from .schema_store import FORMAT_NAMES, SchemaStore

_JSON_TYPES = {
    "number": "数字", "integer": "整数", "string": "带双引号的文本", "array": "列表 […]",
    "object": "对象 {…}", "boolean": "true/false", "null": "null",
}
# Keywords validation ignores: of the drafts before 2020-12, which editors still read, and without their partner.
_OLD_DRAFTS = {"dependencies": "dependentRequired（字段名的列表）或 dependentSchemas（schema）",
               "additionalItems": "prefixItems（前几项各自的 schema）和 items（其余的项）"}
_PARTNERS = {"then": "if", "else": "if", "minContains": "contains", "maxContains": "contains"}
# A key an errorMessage lists, followed by its Chinese name: `level1（一级指标）`, `stepNo(步骤号)`.
_LISTED_KEY = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*) ?[（(]")
# A key as jixiao's schemas spell one, so a listed word that no field is may still be said to be undeclared.
_SNAKE_KEY = re.compile(r"[a-z][a-z0-9_]*")
# A bracketed note ending a field's title (`拟投入的资金（万元）`), which an errorMessage may leave out of its name.
_TITLE_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
MESSAGE_CODE = "SCHEMA-MESSAGE"
KEYWORDS = frozenset({
    # Draft 2020-12: core, applicator, validation, meta-data, format, content; and `definitions`,
    # `dependencies`, `additionalItems` of the drafts before it, which editors still read.
    "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
    "definitions", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems",
    "items", "contains", "properties", "patternProperties", "additionalProperties", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "type", "enum", "const", "multipleOf", "maximum",
    "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
    "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
    "dependentRequired", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples",
    "format", "contentEncoding", "contentMediaType", "contentSchema", "dependencies", "additionalItems",
    # yaml-language-server's and VS Code's: the editor's messages, hover text and completion.
    "errorMessage", "patternErrorMessage", "markdownDescription", "defaultSnippets", "enumDescriptions",
    "markdownEnumDescriptions", "deprecationMessage", "doNotSuggest", "suggestSortText",
})
"""The keywords a schema may use; jixiao's own also use `x-jixiao-*` ones."""

ANNOTATION_PREFIX = "x-jixiao-"
ANNOTATION_VALUES = {"x-jixiao-kind": ("date", "indicator-value"), "x-jixiao-style": ("double-quoted",)}
"""jixiao's own annotations and the values it reads (docs/variants.md): what a field is to it (a date, an indicator
value) and how its values are written. Any other is read as no annotation at all."""


def check(store: SchemaStore, file_name: str, form: str, forms: list[str]) -> None:
    """A FormError, located, when a variant's schema (or a file it refers to) is no valid JSON Schema
    (its first problem), or is valid but says what no variant means (each such mistake), or still names
    another of the `forms` where it names its own, `form` (see copied_form), or hands the editor a snippet,
    `default` or example its own schema refuses (see snippet_check), or has a field's `pattern` refuse what
    `jixiao new` writes there (see placeholder_pattern).

    The form's name and the forms there are are part of the verdict: a copied schema has the original's
    text, and must not inherit the original's pass as the schema of another form."""
    names = store.check_refs(file_name)
    verdict = pass_cache.key("variant-schema", form, *sorted(forms), *(store.texts[name] for name in names))
    if pass_cache.passed(verdict):
        return
    for name in names:
        _against_metaschema(store, name)
    found = [(name, path, words) for name in names for path, words in _mistakes(store.schema(name))]
    found += [(file_name, path, words) for path, words in _title_field(store.schema(file_name))]
    named = copied_form.mistakes(store.schema(file_name), form, forms)
    found += [(file_name, path, words)
              for path, words in sorted(named, key=lambda mistake: json_position(store.texts[file_name], mistake[0]))]
    placed = [(name, path, words, json_position(store.texts[name], path)) for name, path, words in found]
    for name in names:
        nodes = list(subschemas(store.schema(name), ()))
        offered = snippet_check.mistakes(store, name, nodes)
        placed += [(name, path, words, at) for path, words, at in sorted(offered, key=lambda mistake: mistake[2])]
        placed += [(name, path, words, json_position(store.texts[name], path))
                   for path, words in placeholder_pattern.mistakes(store, name, nodes)]
    mistakes = [f"{shown(store.paths[name])}:{line}:{column}: {_said(store.schema(name), path, words)}"
                for name, path, words, (line, column) in placed]
    if mistakes:
        raise FormError("schema 有误：\n" + "\n".join(mistakes))
    pass_cache.remember(verdict)


def message_warnings(store: SchemaStore, file_name: str) -> list[Problem]:
    """Warnings (SCHEMA-MESSAGE) for each mapping's `errorMessage` in a variant's schema, or a file it refers to,
    whose field lists no longer match its fields (see _fields_misnamed_in_message). A stale message is what the
    editor shows and nothing else: validate and build never read it, so it stops no command."""
    found = []
    for name in store.check_refs(file_name):
        document = store.schema(name)
        for path, node in subschemas(document, ()):
            for at, words in _fields_misnamed_in_message(path, node):
                line, column = json_position(store.texts[name], at)
                found.append(Problem(shown(store.paths[name]), line, column, Severity.WARNING, MESSAGE_CODE,
                                     _said(document, at, words)))
    return found


def _said(document: Any, path: tuple, words: str) -> str:
    """A mistake at `path` of a schema document as a message says it: the keyword's place, then what is wrong. The
    keys, labels and values it quotes were typed by the schema's author: their invisible and control characters are
    shown as ▯ (shown_name), as validate and lint quote a spec's, so a U+202E in a snippet's label or a `required`
    key cannot flip the rest of the line."""
    return shown_name(f"{keyword_name(document, path)}{words}")


def _mistakes(document: Any):
    """(path, what is wrong) for what the metaschema allows but no variant means."""
    for path, node in subschemas(document, ()):
        yield from _required_undeclared(path, node)
        yield from _misspelt_keywords(path, node)
        yield from _unknown_annotations(path, node)
        yield from _ignored_keywords(path, node)


def _ignored_keywords(path: tuple, node: dict):
    """A keyword that is valid JSON Schema but that validation ignores, so it checks nothing while its author
    thinks it does: a `format` validate does not check, a `then` without an `if`, a keyword of an older draft."""
    wanted = node.get("format")
    if isinstance(wanted, str) and wanted not in FORMAT_NAMES:
        yield (*path, "format"), (f"validate 不检查“{wanted}”格式，写了等于没写；能检查的格式有：{'、'.join(FORMAT_NAMES)}，"
                                  "其他要求请用 pattern 写出")
    for key, partner in _PARTNERS.items():
        if key in node and partner not in node:
            yield (*path, key), f"旁边没有“{partner}”，它检查时会被忽略；请加上“{partner}”或删去它"
    for key, instead in _OLD_DRAFTS.items():
        if key in node:
            yield (*path, key), f"是 JSON Schema 旧版本的关键字，validate 按 2020-12 版检查时会忽略它；请改用 {instead}"


def _misspelt_keywords(path: tuple, node: dict):
    """An unknown keyword spelt like a known one. Unknown keywords are valid JSON Schema and ignored,
    so `"additionalProperty": false` silently let every spec carry unknown keys; one that resembles
    no keyword (a unit's own annotation) is left alone, as is one a letter off a keyword of three
    (`note` is no misspelt `not`)."""
    by_lower = {keyword.lower(): keyword for keyword in KEYWORDS if len(keyword) > 3}
    for key in node:
        if key in KEYWORDS or key.startswith("x-"):
            continue
        close = difflib.get_close_matches(key.lower(), list(by_lower), n=1, cutoff=0.8)
        if close:
            yield (*path, key), f"不是 JSON Schema 的关键字，检查时会被忽略；是否想写“{by_lower[close[0]]}”？"


def _unknown_annotations(path: tuple, node: dict):
    """A `x-jixiao-*` annotation jixiao does not read, or a value it does not know (`"x-jixiao-kind":
    "indicator_value"`, the definition's name for the kind's): read as none, the field silently lost what it was to
    say (no hint for a bare number in a value, no date check), and nothing else would ever tell the schema's author."""
    for key, value in node.items():
        if not isinstance(key, str) or not key.startswith(ANNOTATION_PREFIX):
            continue
        known = ANNOTATION_VALUES.get(key)
        if known is None:
            words = key[len(ANNOTATION_PREFIX):]  # compared without the prefix, which every annotation shares
            close = [name for name in ANNOTATION_VALUES
                     if difflib.SequenceMatcher(None, words, name[len(ANNOTATION_PREFIX):]).ratio() >= 0.7]
            guess = f"是否想写“{close[0]}”？" if close else f"jixiao 读的标注有：{'、'.join(ANNOTATION_VALUES)}"
            yield (*path, key), f"不是 jixiao 读的标注，写了等于没写；{guess}"
        elif value not in known:
            written = json.dumps(value, ensure_ascii=False)
            yield (*path, key), f"jixiao 不认得 {written} 这个值，写了等于没写；可写：{'、'.join(known)}"


def _title_field(document: Any):
    """A top-level field named `title`: templates see the form's title under that name (the profile's
    `title` written out), so the field would never print, and jixiao import would read the title into it."""
    declared = document.get("properties") if isinstance(document, dict) else None
    if isinstance(declared, dict) and "title" in declared:
        yield ("properties", "title"), ("顶层不能有名为“title”的字段：模板里的 title 是 profile.yaml 的 title 写出的表题，"
                                        "这个字段印不出来；请换一个名字（如 form_title）")


def _required_undeclared(path: tuple, node: dict):
    """A `required` key the object's `properties` do not declare: no spec can have it (an unknown key),
    and every spec was told it lacked it (SCHEMA-REQUIRED, exit 1), blamed for the schema's typo. Keys its
    `allOf` and other branches declare count as declared; beside a `$ref`, whose target may declare any, none is said."""
    own, required = node.get("properties"), node.get("required")
    open_ended = "patternProperties" in node or isinstance(node.get("additionalProperties"), dict) or _refers(node)
    if not isinstance(own, dict) or not isinstance(required, list) or open_ended:
        return
    declared = {**own, **schema_words.declared(node)}
    for i, key in enumerate(required):
        if isinstance(key, str) and key not in declared:
            close = meant(key, declared)
            hint = ("这里的 properties 没有声明它（其他表样的 schema 有）；请在 properties 里加上它，或从 required 删去"
                    if undeclared(key, close) else f"是否想写“{close}”？" if close
                    else f"properties 里有：{'、'.join(declared) or '（无）'}")
            yield (*path, "required", i), (f"“{key}”不是 properties 里的字段，每份规格都会因此被说缺少“{key}”；"
                                          f"{hint}")


def _fields_misnamed_in_message(path: tuple, node: dict):
    """A mapping's `errorMessage` that lists its fields (`level1（一级指标）、…`) and names one its `properties` no
    longer declare, or leaves out one it declares: the editor shows it for a missing field, an item typed as
    text and an unknown field alike, so a copy that dropped `period_value` told the clerk to write a field
    validate then refused, and one that added `remark` told the clerk who wrote it 不能写别的字段 without
    naming it. A field it calls by another name than its `title` is said too: a column renamed on the form and
    in its title kept its old name there. An optional field left out is said only where the mapping refuses
    other fields: elsewhere the editor shows the message for no field written. A message naming no field that
    way (the unit's own words) is left alone, and a listed word is said to be undeclared only when spelt as a
    key (`Excel（人员表）` is none)."""
    message, own, required = node.get("errorMessage"), node.get("properties"), node.get("required")
    if not isinstance(message, str) or not isinstance(own, dict) or not isinstance(required, list):
        return
    named = _listed_fields(message)
    if not named:
        return
    declared = {**own, **schema_words.declared(node)}
    for key in named:
        if key not in declared and _SNAKE_KEY.fullmatch(key) and not _refers(node):
            yield (*path, "errorMessage"), (f"说要写“{key}”，但 properties 里没有这个字段：编辑器的这句提示让填表人写上它，"
                                            f"validate 又报未知字段；请从这句提示里删去“{key}（…）”")
    for key, said in named.items():
        title = declared[key].get("title") if isinstance(declared.get(key), dict) else None
        if isinstance(title, str) and title and said is not None and not _same_name(said, title):
            yield (*path, "errorMessage"), (f"把“{key}”叫作“{said}”，这个字段的 title（表上的栏目名）却是“{title}”："
                                            f"编辑器的这句提示与悬停说明、validate 和 lint 的消息说的不是同一个栏目名；"
                                            f"请改成“{key}（{title}）”")
    closed = node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False
    for key in declared:
        if key in named or (key not in required and not closed):
            continue
        title = declared[key].get("title") if isinstance(declared[key], dict) else None
        written = f"{key}（{title.strip() if isinstance(title, str) and title.strip() else '中文名'}）"
        if key in required:
            yield (*path, "errorMessage"), (f"没有说到必填的“{key}”：缺了它时编辑器只显示这句提示；"
                                            f"请在提示里加上“{written}”")
        else:
            yield (*path, "errorMessage"), (f"没有说到可写的“{key}”：写了它时编辑器的这句提示说不能写别的字段；"
                                            f"请在提示的“还可写”里加上“{written}”")


def _listed_fields(message: str) -> dict[str, str | None]:
    """The keys an `errorMessage` lists as its mapping's fields, in the words jixiao's schemas use (`每项绩效指标要写齐：
    level1（一级指标）、…；还可写 prior_value（上年指标值）。每个字段一行…`), each with the Chinese name in its
    `（…）` or `(…)` (None where the bracket is never closed): in the list of fields to write (from the first `：` to
    the next `；` or `。`) or of fields that may be written (after `还可写`, to the `。`), not inside another's
    brackets. So the words before the `：` (`每项 key_tasks（年度重点工作任务）要写齐`) and after the lists
    (`不能写别的字段，如 remark（备注）`) are no field listed, nor is `basic` in `budget（…其中 basic（基本支出）等）`, a
    nested field named on purpose. A name runs to its own closing bracket (`amount（拟投入的资金（万元））`)."""
    found: dict[str, str | None] = {}
    for listed in _field_lists(message):
        for match in _LISTED_KEY.finditer(listed):
            prefix = listed[:match.start()]
            nested = prefix.count("（") + prefix.count("(") != prefix.count("）") + prefix.count(")")
            if not nested and match.group(1) not in found:
                found[match.group(1)] = _bracketed(listed[match.end():])
    return found


def _bracketed(text: str) -> str | None:
    """The text up to the bracket closing the one just before it, brackets inside it kept; None if none closes it."""
    depth = 0
    for i, char in enumerate(text):
        depth += char in "（("
        if char in "）)":
            if not depth:
                return text[:i]
            depth -= 1
    return None


def _same_name(said: str, title: str) -> bool:
    """Whether an errorMessage's name for a field is its `title`: brackets of either width and spaces at the ends
    alike, what follows a `，` being the message's explanation (`budget（预算整体情况，其中 basic（基本支出）等）`),
    and a name that leaves out a note ending the title (`amount（拟投入的资金）` for 拟投入的资金（万元）) is the same
    name; a note inside the title (上年（2024年）指标值) is part of it."""
    said, title = (text.strip().replace("(", "（").replace(")", "）") for text in (said, title))
    names = {title, _TITLE_NOTE.sub("", title).strip()}
    return said in names or said.split("，")[0].strip() in names


def _field_lists(message: str) -> list[str]:
    """The texts of an errorMessage's list of fields to write and of fields that may be written (see _listed_fields)."""
    lists = []
    _, colon, rest = message.partition("：")
    if colon:
        lists.append(re.split("[；。]", rest, maxsplit=1)[0])
    _, offered, rest = message.partition("还可写")
    if offered:
        lists.append(rest.split("。", 1)[0])
    return lists


def _refers(node: Any) -> bool:
    """Whether a mapping's schema, or a branch that declares fields for it (`schema_words.declared`), has a `$ref`."""
    if not isinstance(node, dict):
        return False
    branches = [branch for key in ("allOf", "anyOf", "oneOf") if isinstance(node.get(key), list) for branch in node[key]]
    branches += [node[key] for key in ("then", "else") if key in node]
    branches += list(node["dependentSchemas"].values()) if isinstance(node.get("dependentSchemas"), dict) else []
    return "$ref" in node or any(_refers(branch) for branch in branches)


def _against_metaschema(store: SchemaStore, name: str) -> None:
    """The problem of a schema file against the Draft 2020-12 metaschema that comes first in the file."""
    import jsonschema

    draft = jsonschema.Draft202012Validator
    meta = draft(draft.META_SCHEMA, format_checker=draft.FORMAT_CHECKER)
    errors = [_narrowest(error) for error in meta.iter_errors(store.schema(name))]
    if not errors:
        return
    text = store.texts[name]
    first = min(errors, key=lambda error: json_position(text, tuple(error.absolute_path)))
    path = tuple(first.absolute_path)
    line, column = json_position(text, path)
    said = _said(store.schema(name), path, _meta_words(first))
    raise FormError(f"schema 有误：\n{shown(store.paths[name])}:{line}:{column}: {said}")


def _narrowest(error):
    """Of a value that fits none of a keyword's forms (`type` is a name or a list of names), the
    complaint of the form its kind fits, about the innermost value: "strin" is no type name, not
    "no list"; in ["intger", "null"] it is "intger" that is no type name, not the list; in ["string",
    "string"] a name is repeated, not "a list is no type name"."""
    while error.context:
        fitting = [e for e in error.context if e.validator != "type"] or list(error.context)
        error = max(fitting, key=lambda e: (len(e.absolute_path), typed_as(e.schema, e.instance)))
    return error


def _meta_words(error) -> str:
    """What is wrong with a keyword's value and what is expected, in words: validate's (`value_words`),
    but for a type, which names JSON's types as a schema writes them, a pattern that does not compile,
    and an anchor's name (the metaschema's only `pattern`)."""
    kind, bound, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        wanted = " 或 ".join(_JSON_TYPES.get(t, t) for t in type_list(bound))
        return f"应为{wanted}，实际是{describe(value)}"
    if kind == "format" and bound == "regex":
        return f"“{value}”不是有效的正则表达式"
    if kind == "pattern":
        return f"“{value}”不能用作名字：要以英文字母或下划线开头，只含英文字母、数字和 - . _"
    return value_words(error)
