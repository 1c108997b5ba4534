"""The schema files specs are checked against: loaded, cross-referenced and walked by field.

Validation, the profile check, scaffolding, formatting, diffs and imports all ask the same questions
of the schemas (what a `$ref` points at, what the field at a path is called and what type it takes,
what a dotted path declares); the store answers them from one loaded copy. It never reads a spec:
saying in Chinese what is wrong with one is schema.py's job.
"""
from __future__ import annotations

import difflib
import functools
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import ref_loops, rfc3339
from .errors import FormError, gone_meanwhile, os_reason, unread_reason
from .file_encoding import bom_slip, encoding_slip
from .json_text import json_position, offset_position
from .placeholder import unfilled
from .problems import clipped


# Keywords that only describe, and keywords whose verdict depends on no other keyword beside them.
# errorMessage and patternErrorMessage are yaml-language-server's: the editor's message for a failed check.
ANNOTATIONS = frozenset({"title", "description", "examples", "default", "$comment", "deprecated",
                         "markdownDescription", "errorMessage", "patternErrorMessage"})
_INDEPENDENT = frozenset({"type", "enum", "const", "minLength", "maxLength", "pattern", "format", "minimum",
                          "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems"})
# Keywords that count what every applicator beside them evaluated, the `$ref`'s target too: kept beside the
# `allOf` an expanded `$ref` becomes, as inside one branch of it they would refuse the fields the target declares.
_SEES_THE_TARGET = ("unevaluatedProperties", "unevaluatedItems")
# Identifiers and definitions that mean nothing once every `$ref` is expanded.
_UNNEEDED = frozenset({"$id", "$schema", "$defs", "$anchor"})


class _Recursive(Exception):
    """A schema that refers to itself: it cannot be expanded into a finite tree."""


_JSON_SLIPS = [
    ("Expecting ',' delimiter", "缺少逗号“,”"),
    ("Expecting ':' delimiter", "缺少冒号“:”"),
    ("Expecting property name enclosed in double quotes", "键名要用英文双引号括起来（或最后一项后面多了逗号）"),
    ("Expecting value", "缺少值（或最后一项后面多了逗号）"),
    ("Unterminated string", "引号没有闭合"),
    ("Invalid control character", "字符串里有换行或控制字符"),
    ("Extra data", "JSON 结束后还有多余的内容"),
]


def _text(path: Path) -> str:
    """A schema file's text; a located FormError saying how to save it again when it is not plain UTF-8.

    Notepad and WPS save as GBK, or as UTF-8 with a BOM, unless told otherwise: GBK stopped every
    command with an internal error, a BOM with Python's words. A BOM is refused, not skipped, since
    the editor reads a schema as plain UTF-8 only (see schema_line) and would offer no completion."""
    raw = _bytes(path)
    bom = bom_slip(raw, "编辑器读不了这样的 schema，没有补全和中文说明")
    if bom:
        raise FormError(f"{path}:1:1: {bom}")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column, why = encoding_slip(raw, exc.start)
        raise FormError(f"{path}:{line}:{column}: {why}") from None


def _bytes(path: Path) -> bytes:
    """A schema file's bytes; a located FormError (exit 2, the form's folder to mend) for a name ending in .json that
    is no file to read, or that cannot be read: every such name in a schema folder is read as a schema.

    A file listed in its folder and gone when read (deleted or renamed meanwhile: a clerk's saving, a git checkout
    during a long build) is said so, with a word to run again: the command ended with the words for a path named wrong,
    无法读写…：不存在；请检查路径, of a path no one had named. A link to nothing is said as what it is, not as a file
    gone, a folder or a link loop so (they said 无法读写, exit 1), and a named pipe is not opened: its read waited for a
    writer, and validate and build hung."""
    try:
        if path.is_file():
            return path.read_bytes()
    except FileNotFoundError:
        pass  # gone since: said below
    except OSError as exc:
        raise FormError(f"{path}:1:1: 读不出这个 schema 文件：{os_reason(exc, reading=True)}") from None
    if not os.path.lexists(path):
        raise FormError(f"{path}:1:1: {gone_meanwhile('schema 文件', ' schema 文件夹')}")
    if path.is_dir():
        raise FormError(f"{path}:1:1: 这是一个文件夹，不是 schema 文件；schema 文件夹里名字以 .json 结尾的都当作 schema "
                        "读取，请把它改名或移出这个文件夹")
    raise FormError(f"{path}:1:1: {unread_reason(path, 'schema')}（schema 文件夹里名字以 .json 结尾的都当作 schema 读取）")


def _parsed(path: Path, text: str) -> Any:
    """A schema file's JSON; a located FormError (in Chinese where the slip is a common one) when it is not JSON, or
    holds a number too long for Python to read (over 4300 digits: a ValueError, not a JSONDecodeError, which ended
    every command with an internal error), or nests too deep (`_DEEPEST`)."""
    try:
        data = json.loads(text)
    except RecursionError:  # a thousand levels: json's own recursion ran out
        data = None
    except json.JSONDecodeError as exc:
        at, why = _json_slip(text, exc)
        raise FormError(f"{path}:{_place(text, at)}: schema 文件不是有效的 JSON：{why}") from None
    except ValueError:
        digits = _LONG_NUMBER.search(text)
        if digits is None:
            raise
        raise FormError(f"{path}:{_place(text, digits.start())}: schema 中的数字有 {len(digits.group())} 位，"
                        "太长了，读不出来；请改成位数正常的数字") from None
    deep = _too_deep(text)
    if deep is not None:
        raise FormError(f"{path}:{_place(text, deep)}: schema 的括号嵌套到这里超过了 {_DEEPEST} 层，读不了；"
                        "表样的 schema 用不到这么多层（自带的最多 10 层），请检查是否多写了“{”或“[”")
    return data


_LONG_NUMBER = re.compile(r"\d{4301,}")  # past Python's int_max_str_digits, 4300
_DEEPEST = 50
"""The most levels of `{` and `[` a schema may nest: jixiao's own go 10 deep, and checking one some 150 deep against
the metaschema (jsonschema descends a few calls a level) ran out of Python's recursion, an internal error, exit 4."""
_BRACKETS = re.compile(r'"(?:\\.|[^"\\])*"|[\[{\]}]')  # a string (skipped: its brackets are text) or a bracket


def _too_deep(text: str) -> int | None:
    """Where (an offset) a JSON text's brackets first nest deeper than `_DEEPEST`; None when they never do."""
    depth = 0
    for found in _BRACKETS.finditer(text):
        mark = found.group()
        if mark in "[{":
            depth += 1
            if depth > _DEEPEST:
                return found.start()
        elif mark in "]}":
            depth -= 1
    return None


def _place(text: str, at: int) -> str:
    """`line:column` of the character `at` in a text, as a message names it."""
    return ":".join(map(str, offset_position(text, at)))


_CHINESE_QUOTES = "“”‘’＂"
_CHINESE_MARKS = {"，": ("逗号", ","), "：": ("冒号", ":")}
_TRAILING_COMMA = re.compile(r",[ \t\r\n]*\Z")


def _json_slip(text: str, exc: json.JSONDecodeError) -> tuple[int, str]:
    """Where a JSON slip was made (an offset in `text`) and what it is, in Chinese. A Chinese quote typed
    for `"` (`"title": “联系电话”`) was said as 缺少值 with no word of the mark, a Chinese comma or colon as 缺少逗号
    or 缺少冒号, and a comma after a list's or a mapping's last item was said at the next line's `}`: each is named
    where it was typed. A file cut short (a save cut off) is said to end too soon, not a comma slip."""
    at = text[exc.pos:exc.pos + 1]
    if not text[exc.pos:].strip():  # no trailing comma or missing comma: nothing follows at all
        return exc.pos, "文件在 JSON 结束之前就断了（可能没有保存完整）：请补全后面缺少的内容和括号"
    if at in _CHINESE_QUOTES:
        return exc.pos, f"写成了中文引号 {at}：JSON 的键和文字要用英文双引号 \"，请把这一对中文引号改成 \""
    if at in _CHINESE_MARKS:
        name, english = _CHINESE_MARKS[at]
        return exc.pos, f"写成了中文{name}“{at}”，请改成英文{name}“{english}”"
    if at in "}]" and _TRAILING_COMMA.search(text, 0, exc.pos):
        return text.rindex(",", 0, exc.pos), "最后一项后面多了逗号“,”，请删去它"
    return exc.pos, next((words for english, words in _JSON_SLIPS if exc.msg.startswith(english)), exc.msg)


@functools.cache
def _draft_for_amounts():
    """Draft 2020-12 for amounts that are Decimals as typed.

    Decimal('-0.00') equals 0, so jsonschema passes it under `minimum: 0` and the form prints "-0.00":
    a stray minus the author should see, not one the form should carry; here it fails. A schema's
    `multipleOf: 0.01` (at most two decimals) is a float in its JSON, and jsonschema divided the Decimal
    by it: Python's TypeError stopped validate. The step is taken as written (`0.01`, not the float's
    binary digits), so 689.41 is a whole number of cents. A `pattern` is read as the editor's bundle reads it
    (`as_read`), its `$` as the editor reads it (`ecma_end`).
    """
    import jsonschema

    base = jsonschema.Draft202012Validator
    plain_minimum, plain_multiple, plain_pattern = (base.VALIDATORS[name] for name in ("minimum", "multipleOf", "pattern"))

    def minimum(validator, bound, instance, schema):
        yield from plain_minimum(validator, bound, instance, schema)
        if bound == 0 and isinstance(instance, Decimal) and instance.is_zero() and instance.is_signed():
            yield jsonschema.ValidationError(f"{instance} is less than the minimum of {bound}")

    def multiple_of(validator, step, instance, schema):
        if isinstance(step, float) and isinstance(instance, Decimal):
            step = Decimal(repr(step))
        yield from plain_multiple(validator, step, instance, schema)

    def pattern(validator, written, instance, schema):
        read = as_read(written)
        yield from plain_pattern(validator, ecma_end(read) if isinstance(read, str) else read, instance, schema)

    return jsonschema.validators.extend(base, {"minimum": minimum, "multipleOf": multiple_of, "pattern": pattern})


class SchemaStore:
    """The schemas of some folders, cross-referenced by file name, with title lookup; where two
    folders hold a file of the same name, the first one's is used (see Roots).

    jsonschema and its registry are imported and built on the first validation, not before:
    titles, `$ref` walking and the pass cache need only the JSON, and the import is a third of
    the time `jixiao lint` takes on one spec.
    """

    def __init__(self, *folders: Path):
        self.folders = tuple(folder.resolve() for folder in folders)
        self.texts: dict[str, str] = {}
        self.paths: dict[str, Path] = {}
        self._docs: dict[str, Any] = {}
        for folder in folders:
            for path in sorted(folder.glob("*.json")):
                if path.name not in self.texts:
                    self.texts[path.name] = _text(path)
                    self.paths[path.name] = path
                    self._docs[path.name] = _parsed(path, self.texts[path.name])
        self._registry = None
        self._validators: dict = {}
        self._chains: dict[tuple, tuple[list[dict], str]] = {}  # each path's nodes, and the file the last is in
        self._item_validators: dict[tuple, Any] = {}

    def schema(self, file_name: str) -> dict:
        return self._docs[file_name]

    @property
    def registry(self):
        """The schemas as a `referencing` registry, so `$ref`s between files resolve: by file name, as `_lookup`
        resolves them. Their `$id`s are left out, as `_expand` leaves them out: one in a field's subschema
        (`"$id": "http://x/y.json"`) made the `$ref`s below it resolve against another address, where no file
        is, and a schema that refers to itself (validated through here) stopped validation (exit 4)."""
        if self._registry is None:
            import referencing
            import referencing.jsonschema

            self._registry = referencing.Registry().with_resources(
                (name, referencing.Resource.from_contents(_without_ids(doc),
                                                          default_specification=referencing.jsonschema.DRAFT202012))
                for name, doc in self._docs.items()
            )
        return self._registry

    def validator(self, file_name: str):
        """The jsonschema Draft 2020-12 validator of one schema file.

        It checks the schema with every `$ref` expanded in place: the same verdicts and errors,
        three times as fast as looking each reference up in the registry on every instance
        (which was a quarter of validating a spec). A schema that refers to itself is validated
        through the registry instead.
        """
        if file_name not in self._validators:
            draft, formats = _draft_for_amounts(), format_checker()
            try:
                expanded = self._expand(self._docs[file_name], file_name, frozenset())
                self._validators[file_name] = draft(expanded, format_checker=formats)
            except _Recursive:
                self._validators[file_name] = draft(self.registry.contents(file_name), registry=self.registry,
                                                    format_checker=formats)
        return self._validators[file_name]

    def validator_at(self, file_name: str, path: tuple):
        """The validator of the subschema at `path` in a schema file (where a snippet or a `default` sits), its
        `$ref`s expanded as `validator` has them: the verdicts and errors validate would give, whose `schema`
        holds what a `$ref` points at, not the `$ref` (which fields a mapping may hold can be read off it)."""
        from urllib.parse import quote

        draft, formats = _draft_for_amounts(), format_checker()
        node = functools.reduce(lambda node, step: node[step], path, self._docs[file_name])
        try:
            return draft(self._expand(node, file_name, frozenset()), format_checker=formats)
        except _Recursive:
            pointer = "".join("/" + quote(escaped(step), safe="") for step in path)
            return draft({"$ref": f"{file_name}#{pointer}"}, registry=self.registry, format_checker=formats)

    def _target(self, ref: str, base: str) -> tuple[Any, str]:
        """What a `$ref` points at, and the file it is in (`check_refs` has made sure there is one)."""
        target, file_name, why = self._lookup(ref, base)
        if why:
            raise FormError(f"{self.paths.get(base, base)}: $ref“{ref}”指不到任何定义：{why}")
        return target, file_name

    def _lookup(self, ref: str, base: str) -> tuple[Any, str, str | None]:
        """What a `$ref` in file `base` points at, the file it is in, and why it points nowhere (or None)."""
        file_name, _, pointer = ref.partition("#")
        file_name = file_name or base
        if file_name not in self._docs:
            return None, file_name, f"没有名为“{file_name}”的 schema 文件{suggestion(file_name, list(self._docs), True)}"
        if "" in pointer.split("/")[1:]:  # a key named "" to JSON Pointer (and jsonschema), which pointer_steps skips
            return None, file_name, (f"{file_name} 里没有“#{pointer}”：指针里“/”之间或末尾的空段指名字为空的键；"
                                     "请删去多余的“/”（指整个文件请写“#”）")
        steps = pointer_steps(pointer)
        target, taken = follow(self._docs[file_name], steps)
        if taken < len(steps):
            part = steps[taken]
            known = [str(k) for k in target] if isinstance(target, dict) else []
            listed = taken > 0 and steps[taken - 1] in ("$defs", "definitions")  # names of definitions, not keywords
            return None, file_name, f"{file_name} 里没有“#{pointer}”，其中的“{part}”不存在{suggestion(part, known, listed)}"
        if not isinstance(target, (dict, bool)):  # jsonschema's resolver asks a string for its $id: AttributeError
            return None, file_name, (f"{file_name} 里的“#{pointer}”是 {clipped(json.dumps(target, ensure_ascii=False), 40)}，"
                                     "不是定义；$ref 要指向一个定义（{…}、true 或 false），如“#/$defs/名称”")
        return target, file_name, None

    def check_refs(self, file_name: str) -> list[str]:
        """A FormError naming every `$ref` in a schema file, and in the files it refers to, that points
        nowhere, located; else those files, the first one first. Unchecked, a misspelt `#/$defs/yaer`
        made the check it named vanish (an empty schema accepts anything) and validation report
        nothing wrong. A `$dynamicRef` is named too: the schema validate checks with has every `$ref`
        expanded and no definitions left to look one up in, and it stopped validation (exit 4)."""
        from .schema_line import shown  # it imports this module

        broken, todo, done = [], [file_name], set()
        while todo:
            name = todo.pop()
            if name in done:
                continue
            done.add(name)
            for path, ref in refs(self._docs[name]):
                _, target_file, why = self._lookup(ref, name)
                if why:
                    line, column = json_position(self.texts[name], path)
                    broken.append(f"{shown(self.paths[name])}:{line}:{column}: $ref“{ref}”指不到任何定义：{why}")
                else:
                    todo.append(target_file)
            for path, ref in refs(self._docs[name], keyword="$dynamicRef"):
                line, column = json_position(self.texts[name], path)
                broken.append(f"{shown(self.paths[name])}:{line}:{column}: $dynamicRef“{ref}”：jixiao 不读动态引用"
                              "（$dynamicRef），校验时找不到它指的定义；请改用 $ref 指向要用的定义")
        if broken:
            raise FormError("schema 有误：\n" + "\n".join(broken))
        names = [file_name, *sorted(done - {file_name})]
        looping = [self._said_loop(loop, names) for loop in ref_loops.loops(self._docs, self._lookup, names)]
        if looping:
            raise FormError("schema 有误：\n" + "\n".join(looping))
        return names

    def _said_loop(self, loop: list, names: list[str]) -> str:
        """A `$ref` loop (ref_loops) said at its first `$ref` as the files are listed, the way round from there."""
        from .schema_line import shown  # it imports this module

        places = [(names.index(name), json_position(self.texts[name], path)) for name, path, _ in loop]
        first = places.index(min(places))
        loop = loop[first:] + loop[:first]
        name, path, ref = loop[0]
        line, column = json_position(self.texts[name], path)
        way = " → ".join(ref for _, _, ref in [*loop, loop[0]])
        return (f"{shown(self.paths[name])}:{line}:{column}: $ref“{ref}”兜了一圈又回到这里（{way}）：检查一个值时在这几处之间"
                f"来回，永远查不完；请把其中一处改指别的定义。引用自己只能写在下一层的字段或列表项里（properties、items 之下）")

    def _expand(self, node: Any, base: str, active: frozenset) -> Any:
        """`node` with each `$ref` replaced by its target, expanded in turn.

        Keywords beside a `$ref` apply together with its target: when they are independent of
        it (titles, `enum`, `minLength`, … on a target that does not set them) they are merged
        into it, otherwise both go under one `allOf`, which jsonschema reports the same way; an
        `unevaluatedProperties` or `unevaluatedItems` beside the `$ref` stays beside that `allOf`
        (`_SEES_THE_TARGET`), where it still sees the fields and items the target takes.
        """
        if isinstance(node, list):
            return [self._expand(item, base, active) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return {k: self._expand(v, base, active) for k, v in node.items() if k not in _UNNEEDED}
        target, target_base = self._target(ref, base)
        key = (target_base, ref.partition("#")[2])
        if key in active:
            raise _Recursive(ref)
        if target is False:  # refuses any value: the keywords beside it take nothing more, and jsonschema says it
            return False
        inner = self._expand({} if target is True else target, target_base, active | {key})
        siblings = self._expand({k: v for k, v in node.items() if k != "$ref"}, base, active)
        checks = set(siblings) - ANNOTATIONS
        if isinstance(inner, dict) and checks <= _INDEPENDENT and not checks & set(inner):
            return {**inner, **siblings}
        beside = {key: siblings.pop(key) for key in _SEES_THE_TARGET if key in siblings}
        return {"allOf": [inner, siblings], **beside}

    def resolve(self, node: dict, base: str) -> tuple[dict, str]:
        """Follow `$ref`s; sibling keywords (a local title or description) win over the target's."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            target, file_name = self._target(node["$ref"], base)
            if isinstance(target, bool):  # as `_child` reads a `true` or `false` field
                if not target:
                    return NEVER, file_name
                target = {}
            merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            node, base, seen = merged, file_name, seen + 1
        return node, base

    def chain(self, file_name: str, path: tuple) -> list[tuple[Any, dict]]:
        """The resolved subschema for each step of an instance path.

        Worked out once for each path's shape, its indexes aside (a list's items have one subschema, see `_child`):
        the rules ask it of every value of a spec, and walked anew each time it was a tenth of validating 3000
        indicators, the same few fields of one list."""
        shape = tuple(_AN_ITEM if isinstance(step, int) else step for step in path)
        found = self._chains.get((file_name, shape))
        if found is None:
            node, base = self.resolve(self._docs[file_name], file_name)
            nodes = []
            for step in path:
                node, base = self.resolve(_child(node, step), base)
                nodes.append(node)
            found = self._chains[file_name, shape] = (nodes, base)
        return list(zip(path, found[0]))

    def validator_in(self, file_name: str, path: tuple):
        """The validator of the resolved subschema at an instance path (`chain`'s last), checking that value on its
        own: its `$ref`s expanded as `validator` has them, where `#` and "" are the top of the file the subschema
        is written in, as everywhere else, not the subschema. Checked as a schema of its own, a list item's condition
        `"if": {"$ref": "#"}` pointed back at the item, and the check never ended (RecursionError, exit 4)."""
        shape = tuple(_AN_ITEM if isinstance(step, int) else step for step in path)
        if (file_name, shape) not in self._item_validators:
            self.chain(file_name, path)
            nodes, base = self._chains[file_name, shape]
            draft, formats = _draft_for_amounts(), format_checker()
            try:
                checked = draft(self._expand(nodes[-1], base, frozenset()), format_checker=formats)
            except _Recursive:
                checked = draft(_without_ids(nodes[-1], base), registry=self.registry, format_checker=formats)
            self._item_validators[file_name, shape] = checked
        return self._item_validators[file_name, shape]

    def refuses_empty(self, file_name: str, path: tuple) -> bool:
        """Whether the field at an instance path refuses "" by itself: its own schema (a `minLength`, a pattern asking
        visible text), or, a date field, DATE-YEAR, which the schema leaves "" to. Not a condition on the row it is
        in, which the data alone decides. A message fixing a slip there (a value `“”`, a lone `-`) said to write `""`,
        which validate then refused."""
        return bool(path) and (is_date(self.node_at(file_name, path))
                               or not self.validator_in(file_name, path).is_valid(""))

    def node_at(self, file_name: str, path: tuple) -> Any:
        """The resolved subschema at an instance path: the whole schema's at ()."""
        return self.chain(file_name, path)[-1][1] if path else self.resolve(self.schema(file_name), file_name)[0]

    def declared(self, file_name: str, dotted: str) -> tuple[dict, str | None]:
        """The subschema a dotted path (`key_tasks.*.amount`, `*` for a list's items) leads to through the
        fields the schema declares, and the step that left them (None when every step is one): then the
        node is the last one reached. Unlike `chain`, which follows an instance into whatever a schema
        takes in, it follows only what the schema spells out: the paths a profile names, a key's title."""
        node, base = self.resolve(self.schema(file_name), file_name)
        for step in dotted.split("."):
            child: Any = node.get("items") if step == "*" else node.get("properties", {}).get(step)
            if not isinstance(child, dict):
                return node, step
            child, child_base = self.resolve(child, base)
            if not isinstance(child, dict):  # `true`: anything goes, and nothing is declared
                return node, step
            node, base = child, child_base
        return node, None

    def refers_to(self, file_name: str, path: tuple, ref: str) -> bool:
        """Whether the field at an instance path is the definition `ref` names (`defs.schema.json#/$defs/amount`),
        by a `$ref` to it or to a definition that refers to it in turn."""
        wanted = tuple(ref.split("#"))
        node, base = self._docs[file_name], file_name
        for step in path:
            node, base = self.resolve(node, base)
            if not isinstance(node, dict):  # `true`: anything goes, and nothing is defined
                return False
            node = _child(node, step)
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target_file, _, pointer = node["$ref"].partition("#")
            if (target_file or base, pointer) == wanted:
                return True
            node, base = self._target(node["$ref"], base)
        return False

    def titles(self, file_name: str, path: tuple) -> list[str]:
        """Each step's Chinese name, a list's item as `第 3 项`: [绩效指标, 第 3 项, 指标值] for ('indicators', 2,
        'value'), for a message naming a field by its title alone, or by its group's and its own."""
        return [f"第 {step + 1} 项" if isinstance(step, int) else node.get("title") or str(step)
                for step, node in self.chain(file_name, path)]

    def field_name(self, file_name: str, path: tuple, labels: dict[tuple, str] | None = None) -> str:
        """How a message names a field: `第 3 个绩效指标的“指标值”` for ('indicators', 2, 'value'), which says which
        item as the form's rows are counted, `第 1 个项目的第 2 个绩效指标` for an item in an item, and
        `预算 › 基本支出` for a field in no list. An item whose path `labels` holds is named with it too:
        `第 5 个绩效指标（满意度）的“指标值”`, as lint names a row."""
        owner, names, titled = "", [], False
        for depth, (step, node) in enumerate(self.chain(file_name, path), 1):
            if not isinstance(step, int):
                names.append(node.get("title") or str(step))
                titled = "title" in node
                continue
            item = f"第 {step + 1} 个{names.pop()}" if names and titled else f"第 {step + 1} 项"  # not 第 1 个rows
            item += f"（{labels[path[:depth]]}）" if labels and path[:depth] in labels else ""
            item = " › ".join([*names, item])
            owner, names = (f"{owner}的{item}" if owner else item), []
        if not names:
            return owner or "文件顶层"
        return f"{owner}的“{' › '.join(names)}”" if owner else " › ".join(names)


NEVER = {"not": {}}
"""A field's `false` subschema (a unit's way to say its form has no such field, `"prior_value": false`) as `_child`
gives it to every reader of a step's node: a mapping, which takes no value. `true` is read as {}, which takes any.
`additionalProperties: false` is not a field's subschema: a field it refuses is the schema's error to report."""


_AN_ITEM = object()
"""A list's index in the shape of a path `chain` keeps its subschemas by: any index leads to the same `items`."""


def _child(node: dict, step) -> Any:
    """The subschema an instance path's step leads to: a list's items, or a mapping's field."""
    if isinstance(step, int):
        child = node.get("items", {})
    else:
        child = node.get("properties", {}).get(step)
        if child is None:
            extra = node.get("additionalProperties")
            child = extra if isinstance(extra, dict) else {}
    if isinstance(child, bool):
        return {} if child else NEVER
    return child


def refs(node: Any, path: tuple = (), keyword: str = "$ref"):
    """(path of the `$ref` key, its target) for every `$ref` string in a schema document, in the order the
    file writes them; or of another `keyword` that names a target (`$dynamicRef`)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == keyword and isinstance(value, str):
                yield (*path, key), value
            else:
                yield from refs(value, (*path, key), keyword)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from refs(item, (*path, index), keyword)


def _without_ids(node: Any, base: str = "") -> Any:
    """A schema document without its `$id`s (a string beside other keywords; a field named `$id` is a mapping). With
    the `base` file a part of one is in, its `$ref`s within that file (`#/…`, `#`, "") name the file, so that checked
    as a schema of its own it still refers to where it does in the file, not to itself."""
    if isinstance(node, dict):
        return {key: base + value if key == "$ref" and isinstance(value, str) and not value.partition("#")[0]
                else _without_ids(value, base)
                for key, value in node.items() if not (key == "$id" and isinstance(value, str))}
    if isinstance(node, list):
        return [_without_ids(item, base) for item in node]
    return node


def escaped(step: Any) -> str:
    """One step of a JSON pointer as a `$ref` writes it: `~` as `~0`, `/` as `~1` (`a/b.json` → `a~1b.json`)."""
    return str(step).replace("~", "~0").replace("/", "~1")


def pointer_steps(pointer: str) -> list[str]:
    """The steps of a `$ref`'s JSON pointer, unescaped: `/$defs/a~1b.json` → `$defs`, `a/b.json`."""
    return [part.replace("~1", "/").replace("~0", "~") for part in filter(None, pointer.split("/"))]


def follow(node: Any, steps: list[str]) -> tuple[Any, int]:
    """Where a pointer's steps lead into `node`, and how many of them it took: all where the pointer points at
    something, else up to the first step that names nothing (where it stopped is returned)."""
    for taken, step in enumerate(steps):
        if isinstance(node, list) and step.isascii() and step.isdigit() and int(step) < len(node):  # not `²`
            node = node[int(step)]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return node, taken
    return node, len(steps)


FORMAT_NAMES = {
    "date": "日期，写成“年-月-日”，如 2024-01-05",
    "date-time": "日期和时间，写成“年-月-日T时:分:秒”再加时区，如 2024-06-30T09:00:00+08:00（北京时间）",
    "time": "时间，写成“时:分:秒”再加时区，如 09:00:00+08:00（北京时间）",
    "email": "电子邮箱地址，如 name@example.com", "ipv4": "IPv4 地址，如 192.168.1.1", "ipv6": "IPv6 地址，如 2001:db8::1",
}
"""The `format`s validation checks, each as what the value should be: those the editor checks too, of
those jsonschema checks without a library of their own, and date-time and time (`_OWN_CHECKS`). Any other
`format` is refused by the schema check."""
_OWN_CHECKS = {"date-time": rfc3339.is_date_time, "time": rfc3339.is_time}
"""Formats jsonschema checks only with a library jixiao does not require (rfc3339-validator): checked here."""


@functools.cache
def format_checker():
    """The checks of FORMAT_NAMES. jsonschema checks no `format` unless given a checker, so `"format": "date"`
    let 2024-13-45 through validate while the editor squiggled it. A field still reading “（请填写）”
    passes, as a pattern takes it (see docs/variants.md): `jixiao new` writes it there, lint finds it."""
    import jsonschema

    checks = jsonschema.FormatChecker(FORMAT_NAMES.keys() - _OWN_CHECKS.keys()).checkers
    checks.update((name, (check, ())) for name, check in _OWN_CHECKS.items())
    checker = jsonschema.FormatChecker(())
    for name, (check, raises) in checks.items():
        checker.checks(name, raises)(lambda instance, check=check: unfilled(instance) or check(instance))
    return checker


TYPE_NAMES = {
    "number": "数字", "integer": "整数", "string": "文本", "array": "列表",
    "object": "一组“键: 值”字段", "null": "空的", "boolean": "true/false",
}
"""A JSON Schema `type` in words, as a spec's author knows what the field holds (what validation expects,
what a profile's sum is wrongly given). A blank is 空的, as `describe` says a value left empty: a unit's schema's `not`
said 不能是空值 where the value it refused was told 实际是空的."""


def types_of(node: Any) -> set[str]:
    """A schema node's `type` as a set of names: `"string"`, `["integer", "null"]`, or none given."""
    kinds = node.get("type") if isinstance(node, dict) else None
    if isinstance(kinds, str):
        return {kinds}
    return {kind for kind in kinds if isinstance(kind, str)} if isinstance(kinds, list) else set()


def holds_group(kinds: set[str]) -> bool:
    """Whether a field of these types (types_of) holds a group of fields and never a list (`budget:`): a `- ` before
    its fields is a slip, not the list it makes YAML read."""
    return "object" in kinds and "array" not in kinds


VISIBLE_TEXT = "[^\\s\\x1c-\\x1f\\x85\\uFEFF]"
"""The `pattern` of a text that must be filled in (a name, 单位名称): one visible character somewhere, so a text of
blanks alone (`"  "`, a full-width `"　"`), which prints as an empty cell, is refused as `""` is by `minLength`
(JSON Schema counts the blanks as characters). It fixes no form, unlike a code's pattern (`form_pattern`).

It reads alike in Python's `re` (validate) and in the editor's JavaScript, which `\\S` did not: JavaScript's `\\s`
takes U+FEFF (the byte order mark Notepad leaves in pasted text) as white space and Python's does not, Python's
takes U+001C–U+001F and U+0085 and JavaScript's does not; a name of a U+FEFF alone was squiggled 不能为空 in the
editor while validate let it through to TEXT-INVISIBLE. Naming all of them, both refuse the same texts."""

EARLIER_VISIBLE_TEXT = "\\S"
"""VISIBLE_TEXT as jixiao's schemas wrote it before: a unit's form copied from them keeps it, and is read as
VISIBLE_TEXT (`as_read`, `asks_visible_text`), with a warning to change it (blank_text)."""


def as_read(pattern: Any) -> Any:
    """A `pattern` as jixiao reads it, in validate and in the editor's bundle alike: EARLIER_VISIBLE_TEXT as
    VISIBLE_TEXT. Read as written, a unit's form that still wrote `\\S` let validate pass a name of a U+FEFF alone
    (to TEXT-INVISIBLE, exit 0) while the bundle, which rewrote it, squiggled the same name 不能为空."""
    return VISIBLE_TEXT if pattern == EARLIER_VISIBLE_TEXT else pattern


def ecma_end(pattern: str) -> str:
    """A `pattern` whose `$` is Python's `\\Z`, the end of the text, as ECMA-262 reads `$` (JSON Schema's regex
    dialect, and yaml-language-server's): Python's `$` also matches before a final line break, so a `|` block's
    "564301\\n" passed a 单位编码's `^(?:[0-9]+|（请填写）)$` in validate, squiggled in the editor, and was printed
    with a line break between the code and the unit's name. An escape and a character class are kept whole, a class
    as Python's re reads it, which validates: a `]` first in it is its own (`[]$]`, `[^]$]`), not an empty class."""
    return _ECMA_TOKENS.sub(lambda token: "\\Z" if token[0] == "$" else token[0], pattern)


_ECMA_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\$", re.DOTALL)


def is_date(schema: object) -> bool:
    """Whether a field's schema is the shared date definition (填表日期), the field validate (DATE-YEAR), `new`,
    `new --from` and lint's A13 each treat as a day: one test for all, kept here, below them all, as lint importing
    it from `rolled_texts` (which imports lint) made `diff` stop with a circular import."""
    return isinstance(schema, dict) and schema.get("x-jixiao-kind") == "date"


_WRITTEN_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
"""A date as a form prints one, spaced or not (`2022年1月5日`, `2022 年 1 月 5 日`)."""


EXAMPLE_YEAR = 2024
"""The year of a date's example for a spec that names no budget year of its own."""


def date_example(schema: object, year: int | None, month: int = 1, day: int = 5) -> str:
    """A day of `year` (5 January unless told; `EXAMPLE_YEAR` for a spec without one) written as the date field's own
    form prints a date: spaced like the date its description gives as an example (a form whose date is spaced says
    `例如 2022 年 1 月 5 日` there), else `2024年1月5日`. A clerk of such a form was told to write 2024年1月5日, the other forms' way. The description is
    read, not a keyword of its own: beside a `$ref` the editor reads only a title and a description, and `examples`
    it offers as text to insert, a date of another year."""
    year = year or EXAMPLE_YEAR
    description = schema.get("description") if isinstance(schema, dict) else None
    found = _WRITTEN_DATE.search(description) if isinstance(description, str) else None
    if not found:
        return f"{year}年{month}月{day}日"
    parts = iter((str(year), str(month), str(day)))
    return re.sub(r"\d+", lambda number: next(parts), found.group(0), count=3)


def nothing_visible(text: str) -> bool:
    """Whether a text has nothing VISIBLE_TEXT takes as a character: empty, or blanks alone (U+FEFF among them, which
    `str.strip` keeps): what the schema refuses as an empty name. Narrower than `filled_text.blank`, the rules'
    "not filled in", which takes （请填写）, punctuation alone and null as unfilled too; it was named `blank` too."""
    return re.search(VISIBLE_TEXT, text) is None


def asks_visible_text(pattern: Any) -> bool:
    """Whether a `pattern` asks only that the text not be blank: VISIBLE_TEXT or EARLIER_VISIBLE_TEXT."""
    return isinstance(pattern, str) and pattern in (VISIBLE_TEXT, EARLIER_VISIBLE_TEXT)


def form_pattern(node: Any) -> str | None:
    """The `pattern` that fixes the form of a field's text (a code: `^[0-9]+$`), None where there is none or the
    only one asks that the text not be blank (`asks_visible_text`): the importer reads a field with such a form as
    a code and lint measures only the other texts as prose, and a name is neither a code nor anything but prose."""
    pattern = node.get("pattern") if isinstance(node, dict) else None
    return pattern if isinstance(pattern, str) and not asks_visible_text(pattern) else None


def suggestion(word: str, known: list[str], listed: bool) -> str:
    """What the author may have meant: the closest name, or (when `listed`) every name there is."""
    close = difflib.get_close_matches(word, known, n=1)
    if close:
        return f"；是否想写“{close[0]}”？"
    return f"；可以写：{'、'.join(known)}" if listed and known else ""
