"""What a failed JSON Schema keyword says about the value it refused, in the words a finance officer reads.

One place for them: validate says them of a spec's field after the field's Chinese name (schema.py),
and the schema checks say them of a value a schema's snippet, `default` or example writes (snippet_check)
or of a keyword's own value (schema_check), so a form's author reads what a clerk would.
"""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from decimal import Decimal
from typing import Any, Callable

from .han import beside
from .schema_store import ANNOTATIONS, FORMAT_NAMES, TYPE_NAMES, asks_visible_text, format_checker, nothing_visible
from .wrapping_quotes import around_nothing, kind_of, typed_empty


EMPTY_TEXT = "空文本"
"""A text with nothing in its quotes (`""`), as every message and report names it (`describe`, diff's values)."""
LEFT_EMPTY = "不能为空"
"""What a message says of a value left empty where the form needs one, however it was left so: `""`, `~`, nothing after
the colon, blanks alone, an empty choice of a list. One wording, validate's and the editor's: a name left as `unit:`
was told `必须填写，现在是空的` and the same name as `unit: ""` `不能为空`, two messages for one slip, each then saying
what to write (`fill_in`)."""
_CLIP = 30
"""How many characters of a value a message quotes: enough to find it in the spec, not a paragraph."""


def _clipped(text: str) -> str:
    """A value's text as a message quotes it: its first _CLIP characters, and … where there is more."""
    return text if len(text) <= _CLIP else text[:_CLIP] + "…"


def in_chinese_quotes(text: str) -> str | None:
    """What two Chinese quotes around the whole of `text` hold (`year: “2024”`, typed with the IME on, which YAML reads
    as text, the quotes in it); None when `text` is not so quoted."""
    return text[1:-1] if len(text) > 1 and text[0] + text[-1] in ("“”", "‘’") else None


def describe(value: Any) -> str:
    """How a value looks to the person who typed it: the one wording of a typed value wherever a message shows it
    (a type, an enum, a pattern, a const), so an empty text is said as empty alike everywhere."""
    if value is None:  # as diff's （空） says it: it was 空值 here alone, a word of its own
        return "空的"
    if isinstance(value, bool):
        return f"真假值 {str(value).lower()}"  # not `true/false（true）`, English to a finance officer
    if isinstance(value, (int, float, Decimal)):  # a float only in a schema's own JSON (its snippets)
        return f"数字 {value}"
    if isinstance(value, str) and not value.strip():  # `文本“”` reads as nothing at all to a clerk
        return f"{EMPTY_TEXT}（引号里{'只有空格' if value else '什么都没写'}）"
    if isinstance(value, str):  # typed in Chinese quotes (`“2024”`): shown in them, not in a second pair
        quoted = len(value) > 1 and value[0] == "“" and value[-1] == "”" and "“" not in value[1:-1]
        if around_nothing(value):  # `name: “”`: the quotes are its text, and `文本“”` looked empty
            quotes = value.strip()  # shown without the blanks outside them, which 和空格 says: `文本 “” ；` showed them bare
            return f"只有两个{kind_of(quotes)}{'和空格' if quotes != value or quotes[1:-1] else ''}的文本{quotes}"
        return f"文本{value}" if quoted and len(value) <= _CLIP else f"文本“{_clipped(value)}”"
    if isinstance(value, list):
        return f"列表（{len(value)} 项）"
    if isinstance(value, dict):
        return "一组“键: 值”字段"
    return "无法识别的值"  # a lone `=`, which YAML reads as a value of its own


def not_one_of(shown: str, value: Any, options: list[str], hint: str = "") -> str:
    """`文本“x”不是可选的取值；是否想写“y”？应为以下之一：…`: a value outside an enum, said alike of a spec's
    field and of a schema's keyword; `shown` is how the value is described, `hint` what to write said in place of
    the guess (a 二级指标 written as the 一级指标: schema_branches.below_hint)."""
    close = difflib.get_close_matches(str(value), options, n=1, cutoff=0.6)  # not 投入 for 产出指标
    guess = hint or (f"是否想写“{close[0]}”？" if close else "")
    return f"{shown}不是可选的取值；{guess}应为以下之一：{'、'.join(options)}"


_BOUNDS = {"minimum": "不小于", "exclusiveMinimum": "大于", "maximum": "不大于", "exclusiveMaximum": "小于"}
NUMBER_BOUNDS = (*_BOUNDS, "multipleOf")
"""The keywords that bound a number, said by `bound_words`."""

NameOf = Callable[[tuple], str]
"""The Chinese name of the field at a path relative to the value a keyword judged (`("level1",)`)."""


def _quoted_key(steps: tuple) -> str:
    return f"“{steps[-1]}”"


def chosen(error):
    """Of an error about a choice of schemas (anyOf, oneOf), the one branch's complaint that says most; the
    error itself otherwise. A branch whose type fits says what is wrong ("fatal" is not one of the
    severities); best_match alone may pick a branch of another type ("应为true/false"). Of those, one that
    names the value's type speaks for it: 2024-13-01 under `anyOf: [{type: string, format: date}, {const: ""}]`
    is no date, not "应为“”"."""
    if not error.context:
        return error
    from jsonschema.exceptions import best_match

    fitting = [e for e in error.context if e.validator != "type"]
    typed = [e for e in fitting if typed_as(e.schema, e.instance)]
    return best_match(typed or fitting or error.context)


def typed_as(schema: Any, value: Any) -> bool:
    """Whether a schema names the JSON type of the value it judged: its complaint is about that kind of value."""
    kinds = type_list(schema.get("type")) if isinstance(schema, dict) else []
    kind = next((name for kinds_of, name in _JSON_KINDS if isinstance(value, kinds_of)), "number")
    return kind in kinds or (kind == "number" and "integer" in kinds and isinstance(value, int))


_JSON_KINDS = ((bool, "boolean"), (list, "array"), (dict, "object"), (str, "string"), (type(None), "null"))
"""JSON's type of a value as read (a round-trip read gives subclasses of list and dict); bool before int."""


def value_words(error, name_of: NameOf = _quoted_key) -> str:
    """What is wrong with the value of one jsonschema error, in the words validate says after the
    field's name. A value a schema's snippet, `default` or example writes (snippet_check) is said in
    them too, so its author reads what a clerk would; what needs the spec's text or the field's
    description (a hint how to write it) each caller adds. `name_of` names the fields a rule
    (`not`, `contains`) is about, as validate knows them; the key itself otherwise."""
    error = chosen(error)
    if "propertyNames" in error.absolute_schema_path and error.validator != "propertyNames":
        return _key_words(error)
    return _words(error, name_of)


def _words(error, name_of: NameOf) -> str:
    kind, bound, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        if empty_but_required(error):
            return LEFT_EMPTY  # not 'write ""', which is empty too
        expected = type_list(bound)
        wanted = "或".join(dict.fromkeys(TYPE_NAMES.get(t, t) for t in expected if t != "null"))
        return f"应为{wanted}{'（可留空）' if 'null' in expected else ''}，实际是{describe(value)}"
    if kind == "enum":
        options = [shown(option) for option in bound]
        if value is None or isinstance(value, str) and nothing_visible(value) and "" not in bound:  # `level1: " "`
            return f"{LEFT_EMPTY}；应为以下之一：{'、'.join(options)}"
        if isinstance(value, str) and around_nothing(value) and "" not in bound:  # `level1: “”`, the IME's `""`
            return f"{typed_empty(value)}{LEFT_EMPTY}；应为以下之一：{'、'.join(options)}"
        return not_one_of(written_value(value), value, options)
    if kind == "const":
        return f"应为“{shown(bound)}”，实际是{written_value(value)}"
    if kind == "pattern":
        if asks_visible_text(bound) or isinstance(value, str) and nothing_visible(value):  # it was 没有填写，现在是空文本
            return LEFT_EMPTY
        if isinstance(value, str) and around_nothing(value):  # `unit_code: “”` was 格式不对（只有两个中文引号的文本“”）
            return f"{typed_empty(value)}{LEFT_EMPTY}"
        return f"格式不对（{describe(value)}）"
    if kind == "format":
        return f"应为{FORMAT_NAMES.get(bound, f'“{bound}”格式')}，实际是{describe(value)}"
    if kind in _COUNTED:
        return _count_words(kind, bound, value)
    if kind == "uniqueItems":
        return _repeated(value)
    if kind in NUMBER_BOUNDS:
        return f"{bound_words({kind: bound})}，实际是 {value}"
    return _rule_words(error, name_of)


def bound_words(bounds: dict) -> str:
    """What a number's bounds (NUMBER_BOUNDS) ask, in the words validate says of a refused value and the editor's
    message says before it is typed: `不能是负数` for a lower bound of 0 alone, `应不小于 2000 且不大于 2100`,
    `应为 0.01 的整数倍`."""
    ranged = {key: value for key, value in bounds.items() if key in _BOUNDS}
    parts = ["不能是负数"] if ranged == {"minimum": 0} else [f"应{rule_words(ranged)}"] if ranged else []
    if "multipleOf" in bounds:
        parts.append(f"应为 {bounds['multipleOf']} 的整数倍")
    return "，".join(parts)


def _key_words(error) -> str:
    """A field's name that `propertyNames` refuses: the key is the value judged."""
    key, kind, bound = f"字段名“{error.instance}”", error.validator, error.validator_value
    if kind == "pattern":
        return f"{key}的格式不对"
    if kind == "enum":
        return not_one_of(key, error.instance, [shown(option) for option in bound])
    if kind in ("minLength", "maxLength"):
        return f"{key}{_count_words(kind, bound, error.instance)}"
    return f"{key}不符合要求：{_words(error, _quoted_key)}"


_COUNTED = {  # keyword: (the bound's word, the unit counted, the unit of the count written)
    "minLength": ("至少", "个字", "个字"), "maxLength": ("最多", "个字", "个字"), "minItems": ("至少", "项", "项"),
    "maxItems": ("最多", "项", "项"), "minProperties": ("至少", "个字段", "个"), "maxProperties": ("最多", "个字段", "个"),
}


def _count_words(kind: str, bound: int, value) -> str:
    """`太长了：现有 12 个字，最多 5 个字，请删去 7 个字`: the count written beside the count allowed, so
    the clerk sees how much to add or cut."""
    limit, unit, written = _COUNTED[kind]
    count = len(value)
    if kind == "minLength" and (bound <= 1 or not count):
        return LEFT_EMPTY
    if kind == "maxLength":
        return f"太长了：现有 {count} 个字，最多 {bound} 个字，请删去 {count - bound} 个字"
    if kind == "minLength":
        return f"太短了：现有 {count} 个字，至少 {bound} 个字"
    return f"{limit} {bound} {unit}，实际有 {count} {written}"


def _repeated(value) -> str:
    """`有重复的项：“甲”写了 2 次`."""
    keys = [(type(item) is str, type(item) is bool, shown(item)) for item in value]  # 1, "1" and true differ
    twice = next((key for key in keys if keys.count(key) > 1), None)
    if twice is None:
        return "有重复的项"
    return f"有重复的项：“{_clipped(twice[2])}”写了 {keys.count(twice)} 次"


def _rule_words(error, name_of: NameOf) -> str:
    """Keywords that judge a value by another schema, or a mapping by its fields; and what no keyword says."""
    kind, bound, value = error.validator, error.validator_value, error.instance
    if kind == "not":
        both = forbidden_together(bound)
        if both:  # not 不能写了“a”且写了“b”
            return f"不能{'同时' if len(both) > 1 else ''}写{'和'.join(name_of((key,)) for key in both)}"
        rule = rule_words(bound, lambda key: name_of((key,)))
        return f"不能{rule}" if rule else f"表样不允许这样写（{written_value(value)}）"
    if kind in ("contains", "minContains", "maxContains"):
        return _contains_words(error, name_of)
    if kind in ("items", "unevaluatedItems"):
        allowed = error.schema.get("prefixItems", [])
        # beside `items` or a branch (a `$ref` expanded into `allOf`), which items the schema takes is not own `prefixItems`
        beside = {"items", "allOf", "anyOf", "oneOf", "if", "$ref"} & set(error.schema)
        if kind == "unevaluatedItems" and (not isinstance(allowed, list) or beside):
            return "有表样没有规定的项，请删去多出来的项"
        return (f"最多 {len(allowed)} 项，实际有 {len(value)} 项，请删去多出来的项" if allowed
                else "表样不允许这里写任何项，应为空列表 []")
    if kind == "required":
        return f"缺少必填字段{name_of((required_key(error),))}"
    if kind == "dependentRequired":
        written, needed = dependency(error)
        return f"写了{name_of((written,))}，就要同时写{name_of((needed,))}"
    if kind in ("additionalProperties", "unevaluatedProperties"):
        keys = undeclared(error)
        if bound is not False:  # a schema the fields it leaves over must meet
            quoted = "、".join(f"“{key}”" for key in keys)
            return f"字段{quoted}的值不符合表样的要求" if keys else "有的字段的值不符合表样的要求"
        return f"有表样没有的字段：{'、'.join(keys)}" if keys else "有表样没有的字段"
    if kind == "oneOf":  # valid under several: one branch failing would have given context
        return f"同时符合表样给出的几种写法中的不止一种，只能符合其中一种（{written_value(value)}）"
    if kind is None:  # a `false` schema
        return f"表样不允许这里有值（{written_value(value)}）"
    # a keyword none of the above says (a later draft's, an extension's): named, never jsonschema's English
    return f"不符合表样的“{kind}”规则（{written_value(value)}）"


def forbidden_together(node: Any) -> list[str]:
    """The fields a `not: {required: [a, b]}` forbids writing together (one alone is allowed); [] for a `not`
    that asks anything else."""
    keys = node.get("required") if isinstance(node, dict) and set(node) - ANNOTATIONS == {"required"} else None
    return keys if isinstance(keys, list) and keys and all(isinstance(key, str) for key in keys) else []


def empty_but_required(error) -> bool:
    """A text field left empty (null) that must be filled in: said as such, not as a wrong type."""
    return type_list(error.validator_value) == ["string"] and error.instance is None and (
        error.schema.get("minLength", 0) > 0 or asks_visible_text(error.schema.get("pattern")))


def type_list(types) -> list:
    """A `type` keyword's value as a list: a schema writes one type as a name, several as a list."""
    return types if isinstance(types, list) else [types]


def shown(value: Any) -> str:
    """A value as a spec writes it on one line: `{a: 1, b: 甲}`, `[甲, 乙]`, `true`, `null`; a `const` or
    an `enum` option of a list or a mapping was shown as Python prints it (`{'a': 1}`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "[" + ", ".join(shown(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {shown(item)}" for key, item in value.items()) + "}"
    return str(value)


def written_value(value: Any) -> str:
    """A value refused for what it is, not for its type: a list or a mapping is shown, not counted."""
    return f"“{_clipped(shown(value))}”" if isinstance(value, (list, dict)) else describe(value)


def rule_words(node: Any, name_of: Callable[[str], str] = lambda key: f"“{key}”",
               unwritten: frozenset = frozenset()) -> str | None:
    """What a subschema asks of a value, as words that follow a name or 要有一项: `是“其他”`, `一级指标为“产出指标”`,
    `写了电话`, joined by 且; None where it asks what no short words say (a pattern, a nested choice).
    `name_of` names the fields of a mapping it asks about; of those in `unwritten`, which may be absent (which
    `properties` lets pass), the words say so: `未写一级指标或其为“产出指标”`."""
    if not isinstance(node, dict):
        return None
    checks = {key: bound for key, bound in node.items() if key not in ANNOTATIONS}
    if "const" in checks or "enum" in checks:
        checks.pop("type", None)  # 是文本且是“其他”: the value says its type
    if checks.get("type") == "object" and ("properties" in checks or "required" in checks):
        # 是一组“键: 值”字段且一级指标为…: the fields named say it is a mapping. A form's `if` says "object"
        # for the editor, which otherwise holds it of an empty list item (`- `) and applies every `then`.
        checks.pop("type")
    named = checks.get("properties") if isinstance(checks.get("properties"), dict) else {}
    parts: list[str] = []
    for key, bound in checks.items():
        if key == "const":
            parts.append(f"是“{shown(bound)}”")
        elif key == "enum" and isinstance(bound, list) and bound:
            parts.append("是" + "或".join(f"“{shown(option)}”" for option in bound))
        elif key == "type":
            parts.append("是" + "或".join(dict.fromkeys(TYPE_NAMES.get(t, str(t)) for t in type_list(bound))))
        elif key in _BOUNDS:
            parts.append(f"{_BOUNDS[key]} {bound}")
        elif key in ("minLength", "maxLength"):
            parts.append(f"{_COUNTED[key][0]} {bound} 个字")
        elif key == "required" and isinstance(bound, list):
            parts += [f"写了{name_of(field)}" for field in bound if field not in named]
        elif key == "properties" and named:
            for field, inner in named.items():
                said = rule_words(inner)
                if said is None:
                    return None
                # 电话为空, not 电话为空的: `if` and `not` read it before 时 and inside “…”
                said = "为空" if said == "是空的" else "为" + said[1:] if said.startswith("是") else said
                parts.append(f"未写{name_of(field)}或其{said}" if field in unwritten else name_of(field) + said)
        else:
            return None
    return functools.reduce(lambda said, part: beside(beside(said, "且"), part), parts) if parts else None


def field_fill_in(field: dict) -> str:
    """`fill_in` of a field's schema, by its own title and description: what validate says to write in a required text
    left empty, whichever check finds it so (the schema's, or DATE-YEAR's of an empty date)."""
    title, described = (field.get(key) if isinstance(field.get(key), str) else "" for key in ("title", "description"))
    return fill_in(title, described)


def fill_in(title: str, described: str) -> str:
    """`请填写部门名称（填报部门的全称），例如 某市归国华侨联合会`: what an empty text should hold, by the field's title and its
    description's first clause where that says more than the title, then the example the description gives (`例如 …`):
    `请填写指标值` alone left the clerk to guess how the form writes a target ("≥95%", "12个月"). "" for a field without a
    title. A title that ends in its own parenthesis takes the clause into it (`请填写指标值（包含数字及文字描述；这一指标的
    指标值）`), not a second one after it; so does a clause that opens with one (`（可选）上一年度…` → `（可选；上一年度…）`,
    not `（（可选）上一年度…）`). A clause that only repeats the title (`部门的职能职责概述` of 部门职能职责概述) is left out,
    with the note it opens with."""
    title = title.strip()
    clause = re.split(f"[，。；：,;:]|{_FOR_EXAMPLE}", described.strip(), maxsplit=1)[0].strip().rstrip("（(")
    if not title:
        return ""
    example = _described_example(described)
    shown = f"，例如 {example}" if example else ""
    own = re.fullmatch(r"(.+)[（(]([^（）()]*)[）)]", title)
    opening = _OPENING_NOTE.match(clause)
    note, clause = (opening[1], clause[opening.end():]) if opening else ("", clause)
    said = [] if clause and _repeats(clause, title) else [part for part in (note, _less_own(clause, own)) if part]
    if not said:
        return f"请填写{title}{shown}"
    return (f"请填写{own[1]}（{'；'.join([own[2], *said])}）" if own else f"请填写{title}（{'；'.join(said)}）") + shown


_OPENING_NOTE = re.compile(r"[（(]([^（）()]+)[）)]\s*")
"""A parenthesis a description opens with (`（可选）上一年度…`): a note on the field, as a title's own parenthesis is, said
with the clause it opens."""


def _less_own(clause: str, own: re.Match | None) -> str:
    """A clause without the parenthesis it closes with where that is the title's own (`这项任务预算金额中的财政拨款（万元）`
    under 预算金额财政拨款（万元）): the unit is said once, not as `（万元；…财政拨款（万元））`."""
    return re.sub(rf"\s*[（(]{re.escape(own[2])}[）)]$", "", clause) if own and own[2] else clause


def _repeats(clause: str, title: str) -> bool:
    """Whether a description's clause says nothing the title does not: it holds the title (`这一指标的指标值` of 指标值), or
    is the title or a part of it but for 的, punctuation and spaces (`部门的职能职责概述` of 部门职能职责概述)."""
    return title in clause or _bare(clause) in _bare(title)


def _bare(text: str) -> str:
    """A text without 的, punctuation and spaces: what a clause and a title are compared by."""
    return "".join(char for char in text if char != "的" and not char.isspace()
                   and not unicodedata.category(char).startswith("P"))


_FOR_EXAMPLE = r"(?:^|(?<=[\s，。；：、,.;:（(）)]))例如"
"""例如 where it opens an example: at the start or after a mark or space, not the 例 and 如 of `按比例如实填写`."""
_EXAMPLE = re.compile(_FOR_EXAMPLE + r'[\s：:]*((?:“[^”]*”|"[^"]*"|（[^（）]*）|\([^()]*\)|[^。；;（）()])+)')
"""A description's example: what follows its 例如 (and a colon, `例如：2024`) to the end of the sentence, a quoted text
whole (`例如 第一行写“……。”`), a bracket it opens too (`例如 2024（表头中的年份）`); a bracket it did not open ends it
(`（例如 2022年1月5日）`), as the bracket's end is no part of the example."""
_CONDITIONAL = re.compile(r"[^，,“\"]*时[，,]")
"""An example that starts with a case of another field (`一级指标是决策时，写计划制定…`)."""


def _described_example(described: str) -> str:
    """The example a field's description gives (`例如 "≥95%"、"12个月"` → `"≥95%"、"12个月"`), "" where it gives none: the
    form's author writes it for the editor's hover, and it is the one example of the field that speaks the form's own
    words. An example for one case of another field (`例如 一级指标是决策时，写…`) is none: the hover shows it beside the other
    cases, but a message is about one row, and the rows that reach it are of another case (a 二级指标 under a 一级指标 that
    takes free text; under 决策 it must be one of a list, told by its enum), whose clerk was told of 决策's."""
    found = _EXAMPLE.search(described)
    example = found[1].strip().rstrip("，,") if found else ""
    return "" if _CONDITIONAL.match(example) else example


def _contains_words(error, name_of: NameOf) -> str:
    """`至少要有 2 项是“数量指标”，现在有 1 项`: what `contains` asks of an item, and how many items it
    asks for (minContains, maxContains) beside how many there are."""
    wanted = error.schema.get("contains")
    rule = rule_words(wanted, lambda key: name_of((0, key))) or "符合表样的要求"
    least, most = error.schema.get("minContains", 1), error.schema.get("maxContains")
    matched = _matching(wanted, error.instance)
    now = "" if matched is None else f"，现在有 {matched} 项"
    if error.validator == "maxContains":
        return f"最多只能有 {most} 项{rule}{now}"
    if least == 1:
        return f"至少要有一项{rule}，现在没有"
    return f"至少要有 {least} 项{rule}{now or '，现在不够'}"


def _matching(schema: Any, items: list) -> int | None:
    """How many items a `contains` schema accepts; None where it refers to another schema by `$ref` (the
    count would need the whole registry; the words then go without it)."""
    import json

    import jsonschema

    if "$ref" in json.dumps(schema, default=str):
        return None
    check = jsonschema.Draft202012Validator(schema, format_checker=format_checker())
    return sum(1 for item in items if check.is_valid(item))


def required_key(error) -> str:
    """The key one `required` error is about: jsonschema reports each missing key on its own, naming it
    only in its message (`'budget' is a required property`)."""
    import ast

    named = error.message.removesuffix(" is a required property")
    try:
        key = ast.literal_eval(named)
    except (ValueError, SyntaxError):
        key = None
    if isinstance(key, str):
        return key
    missing = [k for k in error.validator_value if k not in error.instance]
    return missing[0] if missing else ""


def dependency(error) -> tuple[str, str]:
    """The field written and the field it needs, of one `dependentRequired` error: jsonschema reports each
    pair on its own, naming them only in its message (`'contact' is a dependency of 'phone'`)."""
    pairs = [(written, needed) for written, needs in error.validator_value.items() if written in error.instance
             for needed in needs if needed not in error.instance]
    said = next(((w, n) for w, n in pairs if error.message == f"{n!r} is a dependency of {w!r}"), None)
    return said or pairs[0]


def declared(node: Any) -> dict:
    """The fields a mapping's schema declares, with those its `allOf`, `anyOf`, `oneOf`, `then`, `else` and
    `dependentSchemas` add, whether or not their conditions hold: {key: its subschema}. The fields such a
    mapping may hold at all, which `unevaluatedProperties` refuses only where no branch that holds declares them."""
    if not isinstance(node, dict):
        return {}
    found = dict(node.get("properties", {})) if isinstance(node.get("properties"), dict) else {}
    branches = [branch for key in ("allOf", "anyOf", "oneOf") if isinstance(node.get(key), list)
                for branch in node[key]]
    branches += [node[key] for key in ("then", "else") if key in node]
    if isinstance(node.get("dependentSchemas"), dict):
        branches += list(node["dependentSchemas"].values())
    for branch in branches:
        found = {**declared(branch), **found}
    return found


def undeclared(error) -> list[str]:
    """The keys an `additionalProperties: false` or `unevaluatedProperties` error refuses: for the first, those
    the mapping's schema neither declares nor matches by a `patternProperties` pattern; for the second, those
    jsonschema names. Which fields a mapping's branches declare for it depends on which branches hold (a
    failed `if`, a failed `anyOf` branch, a `dependentSchemas` entry whose field is absent declare none),
    which jsonschema alone has worked out: counting every branch's fields said nothing of a field refused.
    Empty where the keys cannot be told (the caller then says so without them)."""
    if error.validator == "unevaluatedProperties":
        return _named_keys(error)
    node = error.schema if isinstance(error.schema, dict) else {}
    own = node.get("properties") if isinstance(node.get("properties"), dict) else {}
    patterns = node.get("patternProperties") if isinstance(node.get("patternProperties"), dict) else {}
    return [str(key) for key in error.instance
            if key not in own and not any(re.search(pattern, str(key)) for pattern in patterns)]


def _named_keys(error) -> list[str]:
    """The keys of the mapping an `unevaluatedProperties` error names in its message (`('b', 'c' were
    unexpected)`, `('b' was unevaluated and invalid)`), each written as Python's repr of the key."""
    listed = re.search(r"\((.*) (?:was|were) (?:unexpected|unevaluated and invalid)\)$", error.message, re.S)
    if not listed or not isinstance(error.instance, dict):
        return []
    return [str(key) for key in error.instance
            if re.search(rf"(?:^|, ){re.escape(repr(key))}(?:, |$)", listed[1])]
