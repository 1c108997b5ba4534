"""Schemas and profiles are themselves valid, and agree with each other."""
from __future__ import annotations

import functools
import io
import json
import re

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from ruamel.yaml import YAML

from generator import datapath, hover_words, rfc3339, snippet_text
from generator.fmt import Formatter
from generator.fmt_check import differences
from generator.lint.config import PRIOR_VALUE, value_columns
from generator.lint.run import Linter
from generator.load import load_text
from generator.placeholder import PLACEHOLDER
from generator.profile import PROFILE_SCHEMA
from generator.schema import schema_problems
from generator.schema_store import SchemaStore
from generator.schema_words import fill_in
from generator.variants import Catalog

from .conftest import ROOT, json_objects, locate
from .test_fuzz import mutated_data

SCHEMAS = sorted((ROOT / "schema").glob("*.json"))
VARIANTS = Catalog().names()
STORE = SchemaStore(ROOT / "schema")


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_is_valid_against_the_metaschema(path):
    jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def test_profile_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(json.loads(PROFILE_SCHEMA.read_text(encoding="utf-8")))


def test_every_spec_variant_has_a_variant_folder():
    named = {YAML(typ="safe").load(p.read_text(encoding="utf-8"))["form"] for p in (ROOT / "specs").glob("*.yaml")}
    assert named <= set(VARIANTS)


def _properties(document):
    """(name, schema) of every field a schema declares; not the fields an if/then branch names: a branch
    adds a check to fields declared beside it (`level2` under one `level1`), not a field of its own."""
    branched = {id(inner) for node in json_objects(document) for key in ("if", "then", "else")
                for inner in json_objects(node.get(key))}
    return [(name, sub) for node in json_objects(document) if id(node) not in branched
            for name, sub in node.get("properties", {}).items()]


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_property_has_a_chinese_title_and_description(path):
    store = SchemaStore(ROOT / "schema")
    for name, sub in _properties(json.loads(path.read_text(encoding="utf-8"))):
        resolved, _ = store.resolve(sub, path.name)
        assert resolved.get("title") and resolved.get("description"), f"{path.name}: {name}"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in resolved["title"]), f"{path.name}: {name}"


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_only_titles_and_descriptions_sit_beside_a_ref(path):
    """yaml-language-server ignores the rest: with an `enum` beside a `$ref`, completion inserted
    `level1` without its colon and hover showed the shared text instead of the form's."""
    for node in (n for n in json_objects(json.loads(path.read_text(encoding="utf-8"))) if "$ref" in n):
        assert set(node) <= {"$ref", "title", "description"}, f"{path.name}: {node}"


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_a_then_naming_fields_holds_only_of_a_mapping(path):
    """`properties` and `required` ask nothing of what is not a mapping, so yaml-language-server held every
    一级 branch's `if` of a new list item (`- `, null) and applied every `then`: on it, the field `level2`
    completed as `level2: 服务对象满意度指标` (湛江, 天津, 江苏: the last branch's only 二级), whatever 一级
    the clerk meant. Measured with yaml-language-server 2.0.0; with "type": "object" it completes `level2: `.
    An `if` with only an `else` (衡阳's 满意度 row) keeps without it: its `else` would then hold of the new item."""
    for node in json_objects(json.loads(path.read_text(encoding="utf-8"))):
        asked = node.get("if")
        if isinstance(asked, dict) and "then" in node and ("properties" in asked or "required" in asked):
            assert asked.get("type") == "object", f"{path.name}: {asked}"


def test_every_shared_definition_gives_the_editor_a_chinese_message():
    """yaml-language-server's own messages are English ("Incorrect type. Expected one of number, null.");
    a definition's `errorMessage` is what VS Code shows instead. jsonschema ignores it."""
    shared = json.loads((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"))["$defs"]
    for name, node in shared.items():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in node.get("errorMessage", "")), name


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_a_mapping_with_required_fields_gives_the_editor_a_chinese_message_naming_them(path):
    """yaml-language-server 2.0.0 has no Chinese for `Missing property "value".` nor for `Incorrect type. Expected
    "绩效指标".` (an item typed as one line of text): a clerk with a Chinese VS Code saw both in English. The
    mapping's `errorMessage` replaces them, and its `Property levle2 is not allowed.` too, so it names every
    field the mapping must hold and may hold, each by its key and its Chinese name. An `if` only asks."""
    document = json.loads(path.read_text(encoding="utf-8"))
    branched = {id(inner) for node in json_objects(document) for inner in json_objects(node.get("if"))}
    for node in json_objects(document):
        if not isinstance(node.get("required"), list) or id(node) in branched:
            continue
        message = node.get("errorMessage", "")
        assert re.search("[\u4e00-\u9fff]", message), f"{path.name}: {node.get('title')}"
        for key, field in node["properties"].items():
            title = STORE.resolve(field, path.name)[0]["title"].split("（")[0]
            assert f"{key}（{title}" in message, f"{path.name}: {node.get('title')} does not name {key}（{title}）"


@pytest.mark.parametrize("name", VARIANTS)
def test_frame_names_match_the_schema_vocabulary(name):
    """The profile's frames (order, membership) and the schema's enums (completion) name the same categories."""
    variant = Catalog().get(name)
    store = SchemaStore(ROOT / "schema")
    schema_text = json.dumps(store.schema(variant.schema_path.name), ensure_ascii=False)
    for entries in variant.frames.values():
        for entry in entries:
            assert f'"{entry["level1"]}"' in schema_text, entry["level1"]
            for level2 in entry.get("level2", []):
                assert f'"{level2}"' in schema_text, level2


def _errors(validator, data):
    return sorted((e.validator, tuple(e.absolute_path), e.message) for e in validator.iter_errors(data))


@settings(derandomize=True, max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_data())
def test_expanded_refs_judge_exactly_like_the_registry(spec):
    """The fast validator (every $ref expanded) finds the same errors as jsonschema's own $ref lookup."""
    assume(spec.get("form") in VARIANTS)
    file_name = f"{spec['form']}.schema.json"
    registry = jsonschema.Draft202012Validator(STORE.schema(file_name), registry=STORE.registry)
    assert _errors(STORE.validator(file_name), spec) == _errors(registry, spec)


def test_a_schema_that_refers_to_itself_is_validated_through_the_registry(tmp_path):
    (tmp_path / "tree.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#"}}},
        "additionalProperties": False,
    }), encoding="utf-8")
    validator = SchemaStore(tmp_path).validator("tree.schema.json")
    assert validator.is_valid({"name": "a", "children": [{"name": "b", "children": []}]})
    assert [e.validator for e in validator.iter_errors({"children": [{"name": 1}]})] == ["type"]


@pytest.mark.parametrize("node, instances", [
    ({"$ref": "#/$defs/ab", "enum": ["b", "c"]}, ["a", "b", "c"]),  # both enums apply: only "b" passes
    ({"$ref": "#/$defs/x", "additionalProperties": False}, [{"x": 1}, {}]),  # beside the ref, no property is known
])
def test_keywords_beside_a_ref_apply_together_with_its_target(tmp_path, node, instances):
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "properties": {"v": node},
        "$defs": {"ab": {"type": "string", "enum": ["a", "b"]}, "x": {"properties": {"x": {"type": "integer"}}}},
    }), encoding="utf-8")
    store = SchemaStore(tmp_path)
    registry = jsonschema.Draft202012Validator(store.schema("s.schema.json"), registry=store.registry)
    verdicts = [_errors(store.validator("s.schema.json"), {"v": value}) for value in instances]
    assert verdicts == [_errors(registry, {"v": value}) for value in instances]
    assert [bool(v) for v in verdicts] == ([True, False, True] if len(instances) == 3 else [True, False])


def _fields(store, node, base, path=()):
    """(path, resolved schema) of every field that holds a value, not a mapping or a list, `$ref`s followed."""
    node, base = store.resolve(node, base)
    if "properties" in node:
        for key, child in node["properties"].items():
            yield from _fields(store, child, base, (*path, key))
    elif "items" in node:
        yield from _fields(store, node["items"], base, (*path, "*"))
    else:
        yield ".".join(path), node


@pytest.mark.parametrize("name", VARIANTS)
def test_every_field_gives_the_editor_a_chinese_message(name):
    """A field written out in full has no shared definition's `errorMessage`: `form: guangzou`, an empty
    `level1`, `unit_code: 564301` and `staff_count: 12人` were squiggled in English ("Value must be
    \\"guangzhou\\".", "Incorrect type. Expected \\"string\\"."). The message replaces the editor's list of
    options too, so a field with an `enum` names every option in it (but “（请填写）”, the choice left to make: see
    docs/variants.md, an `enum` for the unit to choose from)."""
    file_name = f"{name}.schema.json"
    for path, node in _fields(STORE, STORE.schema(file_name), file_name):
        message = node.get("errorMessage", "")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message), f"{file_name}: {path}"
        for option in [option for option in node.get("enum", []) if option not in ("", PLACEHOLDER)]:
            assert option in message, f"{file_name}: {path} does not name {option}"
        if "" in node.get("enum", []):
            assert '""' in message, f"{file_name}: {path} does not say how to write no 二级指标"
        if "const" in node:
            assert node["const"] in message, f"{file_name}: {path}"


@pytest.mark.parametrize("name", VARIANTS)
def test_completion_fills_a_number_field_with_a_value_it_accepts(name):
    """yaml-language-server completes a number field with its `default`, else its first example, else 0:
    completing `year` wrote `year: 0`, an error the moment it appeared (年度 is at least 2000)."""
    file_name = f"{name}.schema.json"
    for path, node in _fields(STORE, STORE.schema(file_name), file_name):
        kinds = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
        if {"number", "integer"} & set(kinds):
            inserted = node["default"] if "default" in node else (node.get("examples") or [0])[0]
            assert jsonschema.Draft202012Validator(node).is_valid(inserted), f"{file_name}: {path} gets {inserted}"


EXAMPLE = "例如"
"""How a field's description introduces what a clerk would write there."""


@pytest.mark.parametrize("name", VARIANTS)
def test_every_field_a_clerk_fills_shows_an_example_in_completion(name):
    """yaml-language-server shows a field's description beside its key in the completion list and on hover, the
    one place a clerk typing in VS Code reads what a field wants. Most said only what the field is (`重点工作任务的名称。`,
    `部门预算支出中的基本支出（万元）`), never what to type there; each now says it in Chinese with an example, the
    one fixed value of a `const` field (`form`) named instead."""
    file_name = f"{name}.schema.json"
    for path, node in _fields(STORE, STORE.schema(file_name), file_name):
        description = node.get("description", "")
        assert re.search("[\u4e00-\u9fff]", description), f"{file_name}: {path} has no Chinese description"
        wanted = node["const"] if "const" in node else EXAMPLE
        assert wanted in description, f"{file_name}: {path}: {description!r} gives no {wanted}"


@pytest.mark.parametrize("name", VARIANTS)
def test_every_field_says_how_its_value_is_written(name):
    """The editor's hover shows a field's own description instead of its shared definition's, so the
    advice the definition gave (indicator values in double quotes, a blank amount as null) was lost on
    `period_value`, `annual_value` and every amount. Each field says it in its own words."""
    assert hover_words.warnings(STORE, f"{name}.schema.json") == []


@pytest.mark.parametrize("name", VARIANTS)
def test_every_variant_schema_passes_the_check_a_units_schema_gets(name, monkeypatch):
    """jixiao's own schemas use no keyword the check would take for a misspelt one, no undeclared `required`,
    name their own form wherever they name one (`const`, the skeleton snippet's `form:`, the words), and
    hand the editor no snippet, `default` or example that their own check refuses."""
    from generator.schema_check import check

    monkeypatch.setenv("JIXIAO_NO_CACHE", "1")
    check(SchemaStore(ROOT / "schema"), f"{name}.schema.json", name, VARIANTS)


def _refused(monkeypatch, folder, name) -> list[str]:
    """The lines of the schema check's FormError on form `name` in `folder` (none when it passes)."""
    from generator.errors import FormError
    from generator.schema_check import check

    monkeypatch.setenv("JIXIAO_NO_CACHE", "1")
    try:
        check(SchemaStore(folder), f"{name}.schema.json", name, [name])
    except FormError as error:
        return str(error).splitlines()[1:]
    return []


def test_a_column_dropped_from_a_copy_but_left_in_its_snippets_is_named_where_each_writes_it(tmp_path, monkeypatch):
    """The walkthrough's copy of guangzhou without 实施周期指标值: the row's snippet and the skeleton still
    wrote `period_value`, so every row a clerk inserted failed validate with an unknown field; the check passed.
    The row's `errorMessage`, the editor's words for a missing or unknown field, still told the clerk to write it."""
    (tmp_path / "defs.schema.json").write_text((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    copied = (ROOT / "schema" / "guangzhou.schema.json").read_text(encoding="utf-8").replace("guangzhou", "foshan")
    document = json.loads(copied)
    row = document["properties"]["indicators"]["items"]
    del row["properties"]["period_value"]
    row["required"].remove("period_value")
    path = tmp_path / "foshan.schema.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    in_message = "{}:{}".format(*locate(text, '"errorMessage": "每项绩效指标要写齐'))
    in_row = "{}:{}".format(*locate(text, '"period_value": "\\"${4:'))
    in_skeleton = "{}:{}".format(*locate(text, "period_value: \\\"${"))
    fields = "level1、level2、name、annual_value、prior_value"
    assert _message_warnings(tmp_path, "foshan") == [
        f"{path}:{in_message}: 警告[SCHEMA-MESSAGE] indicators.*（绩效指标）的“errorMessage”：说要写“period_value”，"
        f"但 properties 里没有这个字段：编辑器的这句提示让填表人写上它，validate 又报未知字段；请从这句提示里删去“period_value（…）”"]
    assert _refused(monkeypatch, tmp_path, "foshan") == [
        f"{path}:{in_row}: indicators.*（绩效指标）的“defaultSnippets” 第 1 项：片段“新的一项绩效指标（推荐，带各栏）”写入的 period_value "
        f"不是这一项（绩效指标）的字段，插入后 validate 报未知字段；schema 里这一项的字段有：{fields}",
        f"{path}:{in_skeleton}: 顶层的“defaultSnippets” 第 1 项：片段“整份规格的骨架”写入的 indicators.*.period_value "
        f"不是 indicators.*（绩效指标）的字段，插入后 validate 报未知字段；schema 里 indicators.* 的字段有：{fields}",
    ]


@pytest.mark.parametrize("title, name", [(None, "上年指标值"), ("", "中文名"), ("  ", "中文名")])
def test_a_required_field_a_copy_adds_but_its_message_leaves_out_is_named(tmp_path, monkeypatch, title, name):
    """A copy that makes 上年指标值 required keeps the row's `errorMessage`, which lists it only as optional… or not
    at all once the unit rewrites the list: a row without it is squiggled with words that never mention it. A field
    whose title was emptied is offered as `prior_value（中文名）`, as one with no text title is, not `prior_value（）`."""
    (tmp_path / "defs.schema.json").write_text((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    document = json.loads((ROOT / "schema" / "zhanjiang.schema.json").read_text(encoding="utf-8").replace("zhanjiang", "foshan"))
    row = document["properties"]["indicators"]["items"]
    row["required"].append("prior_value")
    row["errorMessage"] = row["errorMessage"].split("；还可写")[0]
    if title is not None:
        row["properties"]["prior_value"]["title"] = title
    path = tmp_path / "foshan.schema.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    at = "{}:{}".format(*locate(path.read_text(encoding="utf-8"), '"errorMessage": "每项绩效指标要写齐'))
    assert _message_warnings(tmp_path, "foshan") == [
        f"{path}:{at}: 警告[SCHEMA-MESSAGE] indicators.*（绩效指标）的“errorMessage”：没有说到必填的“prior_value”："
        f"缺了它时编辑器只显示这句提示；请在提示里加上“prior_value（{name}）”"]


def test_a_column_renamed_in_its_title_but_not_in_the_message_is_named(tmp_path):
    """A copy of jiangsu whose form calls 半年指标值 半年目标值, the field's `title` renamed as docs/variants.md's quick
    start says: the row's `errorMessage`, the editor's words for a missing field, still said 半年指标值, and new --list
    passed. A name without the title's bracketed note (`amount（拟投入的资金）`, as jixiao's own schemas write it) is
    no rename."""
    (tmp_path / "defs.schema.json").write_text((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    document = json.loads((ROOT / "schema" / "jiangsu.schema.json").read_text(encoding="utf-8").replace("jiangsu", "foshan"))
    document["properties"]["indicators"]["items"]["properties"]["half_year_value"]["title"] = "半年目标值"
    path = tmp_path / "foshan.schema.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    at = "{}:{}".format(*locate(path.read_text(encoding="utf-8"), '"errorMessage": "每项绩效指标要写齐'))
    assert _message_warnings(tmp_path, "foshan") == [
        f"{path}:{at}: 警告[SCHEMA-MESSAGE] indicators.*（绩效指标）的“errorMessage”：把“half_year_value”叫作“半年指标值”，"
        "这个字段的 title（表上的栏目名）却是“半年目标值”：编辑器的这句提示与悬停说明、validate 和 lint 的消息说的不是同一个栏目名；"
        "请改成“half_year_value（半年目标值）”"]
    assert _message_warnings(ROOT / "schema", "zhanjiang") == []  # amount（拟投入的资金）, its title 拟投入的资金（万元）


@pytest.mark.parametrize("said, title, renamed", [
    ("budget（预算，其中 basic（旧名））、basic（基本支出）", "基本支出", None),  # a nested field of the same key
    ("basic（旧名（万元））", "基本支出（万元）", "旧名（万元）"),  # a name with the title's note, renamed
    ("basic（基本支出（万元））", "基本支出（万元）", None),
    ("basic（基本支出(万元)）", "基本支出（万元）", None),  # half-width brackets against full-width
    ("basic（ 基本支出 ）", "基本支出", None),
    ("basic（基本支出，不含项目）", "基本支出", None),  # an explanation after the name
    ("basic（旧名，不含项目）", "基本支出", "旧名，不含项目"),
    ("basic（上年）", "上年（2024年）基本支出", "上年"),  # only a note at the title's end may be left out
    ("basic（上年（2024年）基本支出）", "上年（2024年）基本支出", None),
    ("basic（上年基本支出）", "上年（2024年）基本支出", "上年基本支出"),  # a note in the middle is not dropped
    ("basic（基本支出）", "基本支出（万元） ", None),  # the title's ends trimmed before its note is left out
    ("basic（旧名", "基本支出", None),  # no closing bracket: no name read, none to compare
    ("basic（旧名）", "", None),  # an empty title names no column to compare with
], ids=["nested namesake", "renamed with note", "with note", "bracket widths", "spaces", "explained",
        "renamed and explained", "note in the middle left out", "note in the middle", "note in the middle dropped",
        "title with a space after its note", "unclosed bracket", "empty title"])
def test_the_name_a_message_gives_a_field_is_read_to_its_closing_bracket(tmp_path, said, title, renamed):
    """The Chinese name an errorMessage gives a listed field is the whole text in its brackets, brackets inside it
    kept and either width alike, up to a `，` that starts an explanation; and a field named inside another's
    brackets is not that field. The regex before stopped at the first inner bracket, so a renamed `旧名（万元）`
    passed, and read a nested `basic（旧名）` as the listed `basic`, warning of a name the message gives correctly;
    a name with spaces inside its brackets was warned, and one leaving out a note in the title's middle was not."""
    row = {"type": "object", "required": ["budget", "basic"], "errorMessage": f"每行要写齐：{said}。",
           "properties": {"budget": {"type": "string", "title": "预算"}, "basic": {"type": "string", "title": title}}}
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
              "properties": {"form": {"const": "s"}, "rows": {"type": "array", "items": row}}}
    (tmp_path / "s.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=1), encoding="utf-8")
    said_names = [warning.split("] ", 1)[1] for warning in _message_warnings(tmp_path, "s")]
    assert [name for name in said_names if "叫作" in name] == ([] if renamed is None else [
        f"rows.* 的“errorMessage”：把“basic”叫作“{renamed}”，这个字段的 title（表上的栏目名）却是“{title}”："
        f"编辑器的这句提示与悬停说明、validate 和 lint 的消息说的不是同一个栏目名；请改成“basic（{title}）”"])


def _message_warnings(folder, name) -> list[str]:
    """The schema check's warnings on form `name`'s errorMessages in `folder`, as new --list prints them."""
    from generator.report import line
    from generator.schema_check import message_warnings

    return [line(warning) for warning in message_warnings(SchemaStore(folder), f"{name}.schema.json")]


@pytest.mark.parametrize("closed", [None, "additionalProperties", "unevaluatedProperties"])
def test_an_errormessage_lists_keys_of_any_case_with_either_bracket(tmp_path, closed):
    """`stepNo（步骤号）` and `kind(类别)` are listed fields (both were said left out, exit 2); an optional field
    left out is said only where the mapping refuses other fields, since elsewhere the editor never shows the
    message for it; the words before the `：` and after the lists name no field listed."""
    row = {"type": "object", "required": ["stepNo", "kind"],
           "errorMessage": "每行 steps（步骤）要写齐：stepNo（步骤号）、kind(类别)。不能写别的字段，如 remark（备注）",
           "properties": {"stepNo": {"type": "integer", "title": "步骤号"}, "kind": {"type": "string", "title": "类别"},
                          "note": {"type": "string", "title": "备注"}}}
    if closed:
        row[closed] = False
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
              "properties": {"form": {"const": "s"}, "steps": {"type": "array", "items": row}}}
    (tmp_path / "s.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=1), encoding="utf-8")
    said = _message_warnings(tmp_path, "s")
    assert [warning.split("] ", 1)[1] for warning in said] == ([] if closed is None else [
        "steps.* 的“errorMessage”：没有说到可写的“note”：写了它时编辑器的这句提示说不能写别的字段；请在提示的“还可写”里加上“note（备注）”"])


_OFFERING = {
    "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": False,
    "required": ["form", "code", "rows"],
    "properties": {
        "form": {"const": "s"},
        "code": {"type": "string", "pattern": "^(?:[0-9]+|（请填写）)$", "examples": ["564301"]},
        "rows": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/row"}},
    },
    "$defs": {"row": {
        "type": "object", "additionalProperties": False, "required": ["kind", "note"],
        "properties": {"kind": {"enum": ["甲", "乙"]}, "note": {"type": "string", "pattern": "^(?:备注|（请填写）)"},
                       "size": {"type": "integer", "default": 1}},
        "defaultSnippets": [{"label": "新的一行", "body": {"kind": "${1|（请填写）,甲,乙|}", "note": "备注${2}", "size": "$3"}}],
    }},
    "defaultSnippets": [{"label": "骨架", "bodyText": "form: s\ncode: ^${1}\nrows:\n- kind: ${2|甲,乙|}\n  note: ${3}\n"}],
}


@pytest.mark.parametrize("change, said", [
    (lambda schema: None, None),
    (lambda schema: schema["properties"]["code"].update(examples=["5643O1"]),
     "code 的“examples” 第 1 项：编辑器补全时写入它，validate 却不接受：格式不对（文本“5643O1”）；"
     "应符合 pattern“^(?:[0-9]+|（请填写）)$”"),
    (lambda schema: schema["$defs"]["row"]["properties"]["size"].update(default="一"),
     "$defs.row.size 的“default”：编辑器补全时写入它，validate 却不接受：应为整数，实际是文本“一”"),
    (lambda schema: schema["$defs"]["row"]["properties"]["size"].update(minimum=0, default=-1),
     "$defs.row.size 的“default”：编辑器补全时写入它，validate 却不接受：不能是负数，实际是 -1"),
    (lambda schema: schema["$defs"]["row"]["properties"]["kind"].update(enum=["甲", "丙"]),
     "$defs.row 的“defaultSnippets” 第 1 项：片段“新的一行”的 kind 可以选“乙”，选了它 validate 就报错："
     "文本“乙”不是可选的取值；应为以下之一：甲、丙\n"
     "顶层的“defaultSnippets” 第 1 项：片段“骨架”的 rows.*.kind 可以选“乙”，选了它 validate 就报错："
     "文本“乙”不是可选的取值；应为以下之一：甲、丙"),
    (lambda schema: schema["defaultSnippets"][0].update(bodyText="form: s\ncode: ${1}\nrows:\n- kind: 丙\n  note: 备注\n"),
     "顶层的“defaultSnippets” 第 1 项：片段“骨架”写入的 rows.*.kind：文本“丙”不是可选的取值；应为以下之一：甲、乙"),
    (lambda schema: schema["defaultSnippets"][0].update(
        bodyText="form: s\ncode: ${1}\nrows:\n- kind: 甲\n  note: 备注\n$0"), None),
    (lambda schema: schema["$defs"]["row"].update(defaultSnippets=[
        {"label": "新的一行", "bodyText": "kind: ${1|（请填写）,甲,乙|}\n  note: 备注${2}\n  ${0}"}]), None),
    (lambda schema: schema["defaultSnippets"][0].update(
        bodyText="form: s\ncode: ${CURRENT_YEAR}\nrows:\n- kind: 甲\n  note: |-\n    $TM_FILENAME_BASE\n"), None),
    (lambda schema: schema["defaultSnippets"][0].update(
        bodyText="form: s\ncode: \"1\"\nrows:\n- kind: 甲\n  note: |-\n    $1\n"), None),
], ids=["placeholders of every kind", "example", "default", "negative default", "choice", "value written",
        "final tab stop after the text", "final tab stop after an item's text", "variables", "tab stop in a block text"])
def test_what_a_schema_offers_is_judged_as_the_clerk_leaves_it(tmp_path, monkeypatch, change, said):
    """A placeholder (`${1:…}`, `${1}`, `$1`, one inside a text, `^${1}`) stands for what the clerk types,
    whatever the check on it, and a variable (`${CURRENT_YEAR}`) for what the editor writes; a bare tab
    stop alone on its line (`$0` after the text) is nothing where a key would stand (it was read as a
    value there, which made the text no YAML); a list with fewer items than its `minItems` is the clerk's
    to fill; each option of a choice but “（请填写）” may be picked; a value the snippet writes itself, a
    `default`, an example must pass. The form's own name (`form: s`) is left to the check of the copied
    form's name."""
    schema = json.loads(json.dumps(_OFFERING))
    change(schema)
    (tmp_path / "s.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=1), encoding="utf-8")
    refused = _refused(monkeypatch, tmp_path, "s")
    assert [line.split(": ", 1)[1] for line in refused] == (said.split("\n") if said else []), refused


@pytest.mark.parametrize("beside, fields", [({"allOf": [{"$ref": "#/$defs/base"}]}, "kind、note、size"),
                                            ({"$ref": "#/$defs/base"}, "note、size、kind")], ids=["allOf", "$ref"])
def test_the_field_a_snippet_writes_past_a_branchs_fields_is_the_one_named(tmp_path, monkeypatch, beside, fields):
    """`unevaluatedProperties` counts the fields an `allOf` or a `$ref` beside it declares, from branches that hold. The
    snippet's `kind`, a choice the clerk is still to make, fails its branch: it was refused as 未知字段 and the schema
    with it; a field too many was said to be `kind`, listed without the branch's fields. The schema check said
    `required` kind no field of properties, and validate refused the fields of a `$ref` of a row the schema passes."""
    schema = json.loads(json.dumps(_OFFERING))
    row = schema["$defs"]["row"]
    schema["$defs"]["base"] = {"properties": {"kind": row["properties"].pop("kind")}}
    del row["additionalProperties"]
    row.update(beside, unevaluatedProperties=False)
    (tmp_path / "s.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=1), encoding="utf-8")
    assert _refused(monkeypatch, tmp_path, "s") == []
    spec = load_text("s.yaml", "form: s\ncode: '1'\nrows:\n- {kind: 甲, note: 备注}\n- {kind: 乙, note: 备注}\n")
    assert schema_problems(SchemaStore(tmp_path), "s.schema.json", spec) == []
    row["defaultSnippets"][0]["body"]["colour"] = "红"
    (tmp_path / "s.schema.json").write_text(json.dumps(schema, ensure_ascii=False, indent=1), encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in _refused(monkeypatch, tmp_path, "s")] == [
        "$defs.row 的“defaultSnippets” 第 1 项：片段“新的一行”写入的 colour 不是这一项的字段，插入后 validate 报未知字段；"
        f"schema 里这一项的字段有：{fields}"]


@pytest.mark.parametrize("typed", ["true", "false  # 不盖章"])
def test_the_quote_hint_quotes_what_the_author_typed(runner, broken, typed):
    """`stamp_unit: true` used to be told to write "True", a capital T the author never typed."""
    from generator.cli import main

    path, _ = broken("hengyang-qiaolian-2022.yaml", "  stamp_unit: 市侨联", f"  stamp_unit: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    word = typed.split()[0]
    assert result.exit_code == 1, result.output
    assert "hengyang-qiaolian-2022.yaml:6:15: 错误[SCHEMA-TYPE] " in result.output
    assert f"：应为文本，实际是真假值 {word}；请加上双引号写成文本，例如 \"{word}\"\n" in result.output


@pytest.mark.parametrize("old, typed, said", [
    ('period_value: "100%"', "0.95", '；“档案整理完成率”是比率，请写成加双引号的百分数，如 "≥95%" 或 "=95%"（要照样印出 0.95 时写 "0.95"）\n'),
    ('period_value: "90%"', "1.0", '；“患病、困难、失独台胞补助覆盖面（%）”是比率，请写成加双引号的百分数，如 "100%"'),
    ('period_value: "台胞满意度90%以上"', "0.9", '；“满意度”是比率，请写成加双引号的百分数，如 "≥90%" 或 "=90%"'),  # a degree
    ('period_value: "100%"', "95", '；“档案整理完成率”是比率，请写成加双引号的百分数，如 "≥95%" 或 "=95%"（要照样印出 95 时写 "95"）\n'),
    ('period_value: "90%"', "100", '；“患病、困难、失独台胞补助覆盖面（%）”是比率，请写成加双引号的百分数，如 "100%"'),
])
def test_a_rate_typed_as_a_fraction_is_told_the_percentage(runner, broken, old, typed, said):
    """`value: 0.95` for a 完成率 was told to write "0.95", which the form prints beside rates written 98%."""
    from generator.cli import main

    path, _ = broken("guangzhou-tailian-2023.yaml", old, f"period_value: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and f"：应为文本，实际是数字 {typed}{said}" in result.output, result.output


@pytest.mark.parametrize("name", ["每万人口拥有率", "千人拥有率"])
def test_a_rate_per_so_many_people_typed_bare_is_told_its_unit_not_a_percentage(runner, broken, name):
    """A rate per 10,000 or 1,000 people (`terms.is_share`'s `_PER_SO_MANY`) is a figure per so many, no share: a bare
    `5` of it was offered "≥5%", which B3 then has no quarrel with and the form prints as a share it never was."""
    from generator.cli import main

    path, _ = broken("guangzhou-tailian-2023.yaml", 'name: 档案整理完成率\n    period_value: "100%"',
                     f"name: {name}\n    period_value: 5")
    result = runner.invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "：应为文本，实际是数字 5；" in result.output, result.output
    assert "是比率" not in result.output and "%" not in result.output.split("实际是数字 5；")[1].split("\n")[0], result.output


@pytest.mark.parametrize("spec, name, key, typed, offered", [
    ("zhanjiang-qiaolian-2024.yaml", "因公出国(境)访率(%)", "value", "0.95", '"≥95%" 或 "=95%"'),
    ("jiangsu-taiban-2024.yaml", "审批差错率", "half_year_value", "0.05", '"≤5%" 或 "=5%"'),
    ("jiangsu-taiban-2024.yaml", "赴台团组审核审批工作服务对象满意度", "annual_value", "0.95", '"≥95%" 或 "=95%"'),
    ("guangzhou-tailian-2023.yaml", "档案整理完成率", "annual_value", "95", '"≥95%" 或 "=95%"'),
])
def test_the_percentage_offered_for_a_fraction_passes_lint(runner, broken, spec, name, key, typed, offered):
    """The hint offered "95%", which lint's B3 then asked a comparator of (≥95% or =95%): two rounds for one value.
    The percentage offered is one B3 and B5 (≤ for an error rate) take as it is."""
    from generator.cli import main

    text = (ROOT / "specs" / spec).read_text(encoding="utf-8")
    old = re.search(rf"name: {re.escape(name)}\n(?:    \w+: .*\n)*?    {key}: .*\n", text).group()
    path, text = broken(spec, old, re.sub(rf"{key}: .*", f"{key}: {typed}", old))
    line = text[:text.index(f"{key}: {typed}")].count("\n") + 1
    result = runner.invoke(main, ["validate", str(path)])
    assert f"请写成加双引号的百分数，如 {offered}（" in result.output, result.output
    for choice in offered.split(" 或 "):
        path.write_text(text.replace(f"{key}: {typed}", f"{key}: {choice}"), encoding="utf-8")
        linted = runner.invoke(main, ["lint", str(path)]).output
        assert not re.search(rf":{line}:\d+: \S+\[B[35]\]", linted), linted


_VALUE_HINTS = ("是比率", "的单位是", "指标值要写明计量单位")
"""The words of the hints a bare number in an indicator value is offered, one of which every such number gets."""


@pytest.mark.parametrize("spec_file", sorted(p.name for p in (ROOT / "specs").glob("*.yaml")))
def test_every_indicator_value_and_no_other_field_is_offered_a_value_hint(spec_file):
    """The hint for a bare number was given where a row's key was `value` or ended in `_value` beside `level1`: the
    shape of the shipped forms written into code, so a form naming its values otherwise got none, and a row's other
    text (its 二级指标, 绩效指标描述) got a rate's percentage when the row's name was a rate. The schema now marks each
    indicator value (`x-jixiao-kind: indicator-value`). The value columns here are the profile's (lint.values, and
    上年指标值), found without the mark: each of every row gets a hint, every other text field of the row none."""
    data = YAML(typ="safe").load((ROOT / "specs" / spec_file).read_text(encoding="utf-8"))
    variant = Catalog().get(data["form"])
    file_name = variant.schema_path.name
    values = [column["key"] for column in value_columns(variant.profile)] + [PRIOR_VALUE]
    wanted, others = set(), set()
    for table in variant.indicator_tables:
        declared = STORE.declared(file_name, f"{table['path']}.*")[0]["properties"]
        for where, rows in datapath.find(data, table["path"]):
            for i, row in enumerate(rows):
                for key in declared:
                    if key in values:
                        row[key] = 0.95
                        wanted.add(datapath.json_path((*where, i, key)))
                    elif key not in ("level1", "name"):
                        row[key] = 0.95
                        others.add(datapath.json_path((*where, i, key)))
    stream = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, stream)
    said: dict[str, list[str]] = {}
    for problem in schema_problems(STORE, file_name, load_text(spec_file, stream.getvalue())):
        said.setdefault(problem.path, []).append(problem.message)
    assert wanted and others
    hinted = {path for path, messages in said.items() if any(hint in m for m in messages for hint in _VALUE_HINTS)}
    assert hinted == wanted, (sorted(wanted - hinted), sorted(hinted - wanted))
    assert all(path in said for path in others), sorted(others - set(said))


@pytest.mark.parametrize("typed", ["5", "0.95"])
def test_a_bare_number_in_a_count_is_told_to_add_its_unit(runner, broken, typed):
    """`annual_value: 5` under 举办活动场次 was told to write "5", which lint's B3 then said has no unit; then "5个"
    first, though the name says it counts 场次: the unit the name ends in is offered first."""
    from generator.cli import main

    path, text = broken("guangzhou-tailian-2023.yaml", 'period_value: "开展台胞活动5次以上"', f"period_value: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    offered = f'"{typed}场次"'
    assert f"：应为文本，实际是数字 {typed}；指标值要写明计量单位，请加上双引号写成数字加单位，如 {offered}、\"{typed}个\"" \
        in result.output, result.output
    path.write_text(text.replace(f"period_value: {typed}", f"period_value: {offered}"), encoding="utf-8")
    linted = runner.invoke(main, ["lint", str(path)]).output
    assert not re.search(r":46:\d+: \S+\[B3\]", linted), linted


@pytest.mark.parametrize("name, unit, offered", [
    ("培训人数（人）", "人", '"30人"'), ("开展培训场次（人次）", "人次", '"30人次"'), ("举办活动场次（场）", "场", '"30场"'),
    ("项目完成时间（月）", "月", '"30个月"（只写“月”会被读成月份）'), ("回访时限（工作日）", "工作日", '"30个工作日"'),
])
def test_a_bare_number_is_offered_the_unit_its_indicator_names(name, unit, offered):
    """An indicator named 培训人数（人） takes its values in 人 (B3): a bare 30 is offered "30人", not a guess; so is
    one named in any unit a value is read with (（人次）, （场）), which were offered 个 first. A length of time in months
    is offered 个月 ("30月" reads as a month of the year), and one in working days 个工作日, as B3 tells them; the
    unit is quoted as the name declares it (the unit was said to be “个月” of （月）, which the clerk finds nowhere)."""
    from generator.load import load_text
    from generator.schema import schema_problems

    text = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    text = text.replace('name: 举办“侨心永向党歌咏”比赛。\n      value: "1次"', f"name: {name}\n      value: 30", 1)
    spec = load_text("x.yaml", text)
    said = [p.message for p in schema_problems(STORE, "hengyang.schema.json", spec)]
    assert any(m.endswith(f"；“{name}”的单位是“{unit}”，请加上双引号写成 {offered}") for m in said), said


def test_a_bare_number_of_a_rate_per_so_many_people_is_offered_no_percentage():
    """`万人拥有率: 5` was offered "≥5%": a rate per 10,000 people is a figure per so many, no share."""
    from generator.load import load_text
    from generator.schema import schema_problems

    text = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    text = text.replace('name: 举办“侨心永向党歌咏”比赛。\n      value: "1次"', "name: 万人拥有率\n      value: 5", 1)
    said = [p.message for p in schema_problems(STORE, "hengyang.schema.json", load_text("x.yaml", text))
            if "实际是数字 5" in p.message]
    assert said and not any("%" in m for m in said), said


@pytest.mark.parametrize("name, old, typed", [
    ("档案整理完成率", 'period_value: "100%"', "150"),
    ("档案整理完成率", 'period_value: "100%"', "-5"),
    ("患病、困难、失独台胞补助覆盖面（%）", 'period_value: "90%"', "100.5"),
])
def test_a_rate_outside_its_range_is_offered_no_value(runner, broken, name, old, typed):
    """`档案整理完成率: 150` was offered "150个" or "150人次", and a rate named in (%) typed 100.5 "100.5%": values
    lint's B3 or B4 then refuse. A rate lies within 0%–100%, and that is all the hint can say."""
    from generator.cli import main

    path, _ = broken("guangzhou-tailian-2023.yaml", old, f"period_value: {typed}")
    result = runner.invoke(main, ["validate", str(path)])
    said = f"：应为文本，实际是数字 {typed}；“{name}”是比率，应在 0%–100% 之间，{typed} 不在其中：请改正这个数，"
    assert said in result.output, result.output
    assert f'"{typed}' not in result.output, result.output


def test_a_negative_count_is_offered_no_value(runner, broken):
    """`-5` under 举办活动场次 was offered "-5个": no count is below zero."""
    from generator.cli import main

    path, _ = broken("guangzhou-tailian-2023.yaml", 'period_value: "开展台胞活动5次以上"', "period_value: -5")
    result = runner.invoke(main, ["validate", str(path)])
    assert "：应为文本，实际是数字 -5；-5 是负数，数量不会小于 0：请改正这个数，加上双引号写成数字加计量单位\n" in result.output, result.output


@pytest.mark.parametrize("name, unit", [("举办活动场次", "场次"), ("培训人数", "人"), ("活动次数", "次"), ("接待人次", "人次"),
                                        ("活动参与人次数", "人次"), ("新增会员个", "个"), ("联系部门", ""), ("工作周期", ""), ("服务对象满意度", "")])
def test_the_count_unit_a_name_ends_in(name, unit):
    from generator.lint.terms import ending_unit

    assert ending_unit(name) == unit


@pytest.mark.parametrize("typed, warned", [("5个", True), ("5场", False)])
def test_lint_holds_a_value_to_any_unit_its_name_ends_in(runner, broken, typed, warned):
    """B3 knew only %、个、次、人、天 in a name's brackets: 举办活动场次（场） took "5个" without a word."""
    from generator.cli import main

    old = 'name: 举办活动场次\n    period_value: "开展台胞活动5次以上"'
    path, text = broken("guangzhou-tailian-2023.yaml", old, f'name: 举办活动场次（场）\n    period_value: "{typed}"')
    line = text[:text.index(f'"{typed}"')].count("\n") + 1
    linted = runner.invoke(main, ["lint", str(path)]).output
    assert bool(re.search(rf":{line}:\d+: \S+\[B3\] .*“{typed}”的单位“个”与指标规定的单位“场”不一致", linted)) is warned, linted


def test_only_an_amount_typed_as_text_is_told_how_amounts_are_written(tmp_path):
    """A variant's 分值 (`"type": "number"`, not the shared amount) typed as text was told "金额请直接写数字…"."""
    from generator.load import load_text
    from generator.schema import schema_problems

    (tmp_path / "defs.schema.json").write_text((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    (tmp_path / "scored.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "properties": {
            "fee": {"$ref": "defs.schema.json#/$defs/amount", "title": "经费"},
            "rows": {"type": "array", "items": {"$ref": "#/$defs/row"}},
        },
        "$defs": {"row": {"type": "object", "properties": {
            "cost": {"$ref": "#/$defs/money", "title": "成本"},
            "score": {"type": "number", "title": "分值"},
        }}, "money": {"$ref": "defs.schema.json#/$defs/amount"}},
    }, ensure_ascii=False), encoding="utf-8")
    spec = load_text("s.yaml", "fee: 一百\nrows:\n  - cost: 十\n    score: 九十\n")
    messages = [p.message for p in schema_problems(SchemaStore(tmp_path), "scored.schema.json", spec)]
    amount = "；金额请直接写数字，如 78.56 或 0.00，不要加引号、逗号或单位"
    assert messages == [f"经费：应为数字（可留空），实际是文本“一百”{amount}",
                        f"rows › 第 1 项的“成本”：应为数字（可留空），实际是文本“十”{amount}",
                        "rows › 第 1 项的“分值”：应为数字，实际是文本“九十”；请直接写数字，不要加引号或单位"]


_ROWS = {"type": "array", "items": {"type": "object", "properties": {"level1": {"type": "string", "title": "一级指标"}}}}


@pytest.mark.parametrize("check, valid, invalid", [
    (rfc3339.is_time, ["08:30:06Z", "08:30:06z", "23:20:50.52+08:00", "23:59:60Z", "07:59:60+08:00", "15:59:60-08:00"],
     ["09:00:00", "9:00:00+08:00", "24:00:00Z", "00:60:00Z", "22:59:60Z", "23:59:60+08:00", "01:02:03+24:00",
      "01:02:03+0800", "08:30:06 PST", "01:01:01,1111", "1２:00:00Z"]),
    (rfc3339.is_date_time, ["2024-06-30T09:00:00+08:00", "1963-06-19t08:30:06.283185z", "2024-02-29T00:00:00Z",
                            "1998-12-31T23:59:60Z"],
     ["2024-06-30T09:00:00", "2024-06-30 09:00:00+08:00", "2023-02-29T00:00:00Z", "2024-6-30T09:00:00Z", "2024-06-30",
      "2024-06-3０T09:00:00Z", "2024-06-30T09:00:00+08:00T", "1998-12-31T23:58:60Z"]),
])
def test_time_formats_are_read_as_strictly_as_the_standard(check, valid, invalid):
    """RFC 3339 as Draft 2020-12 and the editor read it: a time zone always, ASCII digits, a date of the calendar, a leap
    second only as a UTC day's last: checked without rfc3339-validator, which jixiao does not require."""
    assert [text for text in valid if not check(text)] == []
    assert [text for text in invalid if check(text)] == []


@pytest.mark.parametrize("node, typed, said", [
    ({"type": "string", "minLength": 5000}, "按期完成", "太短了：现有 4 个字，至少 5000 个字"),  # was 不能为空, of a filled-in text
    ({"type": "string", "minLength": 5000}, '""', "不能为空；请填写总体目标"),  # what to write, by the field's title
    ({"type": "string", "minLength": 1}, '""', "不能为空；请填写总体目标"),
    # and how the form writes it, by its description's example: `请填写总体目标` alone left the clerk to guess
    ({"type": "string", "minLength": 1, "description": "全年的目标，一段文字。例如 按期完成全部任务。"}, '""',
     "不能为空；请填写总体目标（全年的目标），例如 按期完成全部任务"),
    ({"type": "string", "minLength": 1, "description": "例如 第一行写“甲。”，下一行写“乙”；不写编号。"}, '""',
     "不能为空；请填写总体目标，例如 第一行写“甲。”，下一行写“乙”"),  # the 。 quoted ends no sentence
    ({"type": "string", "minLength": 1, "description": '这一指标的指标值，例如 "≥95%"、"12个月"。'}, "",  # null, as ""
     '不能为空；请填写总体目标（这一指标的指标值），例如 "≥95%"、"12个月"'),
    # an example for another field's case, which a message about this row may not be, is left out
    ({"type": "string", "minLength": 1, "description": "须属于所填的一级指标。例如 一级指标是产出指标时，写数量指标。"}, '""',
     "不能为空；请填写总体目标（须属于所填的一级指标）"),
    ({"type": "string", "minLength": 1, "description": "全年的目标，例如：按期完成。"}, '""',  # not `例如 ：按期完成`
     "不能为空；请填写总体目标（全年的目标），例如 按期完成"),
    ({"type": "string", "minLength": 1, "description": "按表上的写法（例如 2022年1月5日）填写。"}, '""',  # no `）填写`
     "不能为空；请填写总体目标（按表上的写法），例如 2022年1月5日"),
    ({"type": "string", "minLength": 1, "description": "按比例如实填写。"}, '""',  # 比例 + 如实: no example
     "不能为空；请填写总体目标（按比例如实填写）"),
    # a description opening with its own parenthesis was put in a second one: 请填写总体目标（（可选）全年的目标）
    ({"type": "string", "minLength": 1, "description": "（可选）全年的目标。"}, '""', "不能为空；请填写总体目标（可选；全年的目标）"),
    ({"type": "string", "minLength": 1, "description": "(可选) 全年的目标。"}, '""', "不能为空；请填写总体目标（可选；全年的目标）"),
    ({"type": "string", "minLength": 1, "description": "（可选）"}, '""', "不能为空；请填写总体目标（可选）"),
    # a clause that only repeats the title, but for 的 or a word of it, said nothing: 请填写总体目标（总体的目标）
    ({"type": "string", "minLength": 1, "description": "总体的目标。例如 按期完成。"}, '""', "不能为空；请填写总体目标，例如 按期完成"),
    ({"type": "string", "minLength": 1, "description": "目标。"}, '""', "不能为空；请填写总体目标"),
    ({"type": "string", "minLength": 1, "description": "（可选）总体的目标。"}, '""', "不能为空；请填写总体目标"),
    ({"type": "string", "minLength": 1, "description": "总体目标的依据。"}, '""', "不能为空；请填写总体目标"),  # holds the title
    ({"type": "string", "minLength": 1, "description": "全年总体的目标。"}, '""',  # says more than the title: kept
     "不能为空；请填写总体目标（全年总体的目标）"),
    ({"type": "string", "maxLength": 5}, "按期完成全部任务", "太长了：现有 8 个字，最多 5 个字，请删去 3 个字"),  # was no count
    ({"type": "number", "exclusiveMinimum": 1000}, "610.85", "应大于 1000，实际是 610.85"),  # was jsonschema's English
    ({"type": "number", "exclusiveMaximum": 100}, "100", "应小于 100，实际是 100"),
    ({"type": "number", "multipleOf": 7}, "689.41", "应为 7 的整数倍，实际是 689.41"),  # was English, with a repr
    ({"type": "number", "multipleOf": 0.01}, "689.415", "应为 0.01 的整数倍，实际是 689.415"),  # was a TypeError
    ({"type": "array", "minItems": 2}, "[甲]", "至少 2 项，实际有 1 项"),  # was no count
    ({"type": "array", "maxItems": 2}, "[甲, 乙, 丙]", "最多 2 项，实际有 3 项"),
    ({"type": "array", "uniqueItems": True}, "[甲, 乙, 甲]", "有重复的项：“甲”写了 2 次"),  # was not named
    ({"type": "object", "minProperties": 1}, "{}", "至少 1 个字段，实际有 0 个"),
    ({"type": "object", "maxProperties": 1}, "{a: 1, b: 2}", "最多 1 个字段，实际有 2 个"),
    ({"type": ["string", "string"]}, "1", '应为文本，实际是数字 1；请加上双引号写成文本，例如 "1"'),  # was 文本或文本
    # Python's repr of a mapping was shown, and the mapping written only as 一组“键: 值”字段
    ({"type": "object", "const": {"a": 1}}, "{a: 2}", "应为“{a: 1}”，实际是“{a: 2}”"),
    ({"enum": [{"a": 1}, "无", None]}, "有", "文本“有”不是可选的取值；应为以下之一：{a: 1}、无、null"),
    # A format was not checked at all, while the editor squiggled it
    ({"type": "string", "format": "date"}, "2024-02-30", "应为日期，写成“年-月-日”，如 2024-01-05，实际是文本“2024-02-30”"),
    ({"type": "string", "format": "email"}, "张三", "应为电子邮箱地址，如 name@example.com，实际是文本“张三”"),
    ({"type": "string", "format": "date-time"}, "2024-06-30T09:00:00",  # no time zone: the editor squiggles it too
     "应为日期和时间，写成“年-月-日T时:分:秒”再加时区，如 2024-06-30T09:00:00+08:00（北京时间），实际是文本“2024-06-30T09:00:00”"),
    ({"type": "string", "format": "time"}, "'24:00:00+08:00'",
     "应为时间，写成“时:分:秒”再加时区，如 09:00:00+08:00（北京时间），实际是文本“24:00:00+08:00”"),
    # These were jsonschema's English, with Python's repr of the schema
    ({"type": "array", "contains": {"const": "数量指标"}}, "[质量指标]", "至少要有一项是“数量指标”，现在没有"),
    ({"type": "array", "contains": {"const": "数量指标"}, "minContains": 2}, "[数量指标, 质量指标]",
     "至少要有 2 项是“数量指标”，现在有 1 项"),
    ({"type": "array", "contains": {"const": "数量指标"}, "maxContains": 1}, "[数量指标, 数量指标]",
     "最多只能有 1 项是“数量指标”，现在有 2 项"),
    ({**_ROWS, "contains": {"properties": {"level1": {"const": "产出指标"}}, "required": ["level1"]}},
     "[{level1: 效益指标}]", "至少要有一项一级指标为“产出指标”，现在没有"),
    ({"type": "string", "not": {"enum": ["其他", "无"]}}, "其他", "不能是“其他”或“无”"),
    # a blank is 空的, as 实际是空的 says it: these were 不能是空值, 是空值
    ({"type": ["number", "null"], "not": {"type": "null"}}, "", "不能是空的"),
    ({"type": "array", "contains": {"type": "null"}}, "[1]", "至少要有一项是空的，现在没有"),
    ({"type": "array", "contains": {"minimum": 2000, "maximum": 2100}}, "[1999]",  # a space each side of a number
     "至少要有一项不小于 2000 且不大于 2100，现在没有"),
    ({"type": "array", "prefixItems": [{"type": "integer"}, {"type": "integer"}], "items": False}, "[2024, 2025, 2026]",
     "最多 2 项，实际有 3 项，请删去多出来的项"),
    ({"type": "array", "prefixItems": [{"type": "integer"}], "unevaluatedItems": False}, "[2024, 2025]",
     "最多 1 项，实际有 2 项，请删去多出来的项"),
    ({"oneOf": [{"type": "string"}, {"type": "string", "minLength": 1}]}, "甲",
     "同时符合表样给出的几种写法中的不止一种，只能符合其中一种（文本“甲”）"),
    # Of a choice, the branch for text speaks for a text: these were 应为“” and 不是可选的取值；应为以下之一：无
    ({"anyOf": [{"const": ""}, {"type": "string", "format": "date"}]}, "2024-13-01",
     "应为日期，写成“年-月-日”，如 2024-01-05，实际是文本“2024-13-01”"),
    ({"oneOf": [{"type": "string", "pattern": "^[0-9-]+$"}, {"enum": ["无"]}]}, "无号码", "格式不对（文本“无号码”）"),
    ({"type": "string", "description": "不要写“暂无”", "not": {"pattern": "^暂无"}}, "暂无数据",  # was no hint
     "表样不允许这样写（文本“暂无数据”）；不要写“暂无”"),
])
def test_a_bound_a_form_sets_is_said_in_chinese(tmp_path, node, typed, said):
    """A unit's schema may bound a field by any keyword; validate says each in words, with the value written
    and, where it is counted, the count beside the count allowed. The field is required: one the spec may leave out is
    told so too (test_an_empty_text_a_spec_may_leave_out_may_go)."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["v"],
        "properties": {"v": {"title": "总体目标", **node}},
    }, ensure_ascii=False), encoding="utf-8")
    spec = load_text("s.yaml", f"v: {typed}\n")
    problems = schema_problems(SchemaStore(tmp_path), "s.schema.json", spec)
    assert [p.message for p in problems] == [f"总体目标：{said}"]


@pytest.mark.parametrize("typed", ["", "~", '""'])
def test_an_empty_text_a_spec_may_leave_out_may_go(tmp_path, typed):
    """A text its mapping does not require, refused empty (`minLength: 1`), is told 不能为空 and what to write, and that
    the line may go, alike however it was left empty: the tail was said only of a null "" is refused in by a condition
    or a pattern (`“…”不能空着，…；不填就删去这一行`)."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "properties": {"v": {"title": "总体目标", "type": "string", "minLength": 1, "description": "例如 按期完成。"}},
    }, ensure_ascii=False), encoding="utf-8")
    spec = load_text("s.yaml", f"v: {typed}\n")
    problems = schema_problems(SchemaStore(tmp_path), "s.schema.json", spec)
    assert [p.message for p in problems] == ["总体目标：不能为空；请填写总体目标，例如 按期完成；不填就删去这一行"]


@pytest.mark.parametrize("title, described, said", [
    ("总体目标（可选填）", "总体的目标，例如 按期完成。", "请填写总体目标（可选填），例如 按期完成"),  # was （可选填；总体的目标）
    ("总体目标（万元）", "（可选）全年的目标。", "请填写总体目标（万元；可选；全年的目标）"),  # was （万元；（可选）全年的目标）
    ("总体目标（万元）", "全年的目标（万元）。", "请填写总体目标（万元；全年的目标）"),  # was （万元；全年的目标（万元））
    ("总体目标（万元）", "全年的目标（元）。", "请填写总体目标（万元；全年的目标（元））"),  # another unit: kept
])
def test_a_title_s_own_parenthesis_takes_no_clause_that_repeats_it(title, described, said):
    """A title that ends in its own parenthesis holds the description's clause and the note it opens with, in one
    parenthesis; a clause that only repeats the title is not put in it, nor the title's own parenthesis again."""
    assert fill_in(title, described) == said


_FIELDS = {"level1": {"type": "string", "title": "一级指标"}, "note": {"type": "string", "title": "说明"},
           "phone": {"type": "string", "title": "电话"}, "contact": {"type": "string", "title": "联系人"},
           "funds": {"type": "object", "title": "其他资金"}}
_SATISFACTION = {"properties": {"level1": {"const": "满意度指标"}}, "required": ["level1"]}
_SATISFACTION_LOOSE = {"properties": {"level1": {"const": "满意度指标"}}}  # holds where there is no level1
_SATISFACTION_ROW = {"type": "object", **_SATISFACTION}  # as the forms write it: not held by an empty list item


@pytest.mark.parametrize("rule, typed, said", [
    # These were jsonschema's English, or a field said missing with no word of why
    ({"dependentRequired": {"phone": ["contact"]}}, "phone: '123'\n",
     (1, "SCHEMA-DEPENDENTREQUIRED", "文件顶层：写了“phone”（电话），就要同时写“contact”（联系人）；"
                                     "请在 phone: 下面加一行“contact: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的联系人，没有内容时写 \"\"（一对英文双引号）")),
    ({"dependentSchemas": {"phone": {"required": ["contact"]}}}, "phone: '123'\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：写了电话时，缺少必填字段“contact”（联系人）；"
                            "请在 phone: 下面加一行“contact: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的联系人，没有内容时写 \"\"（一对英文双引号）")),
    ({"if": _SATISFACTION, "then": {"required": ["note"]}}, "level1: 满意度指标\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：一级指标为“满意度指标”时，缺少必填字段“note”（说明）；"
                            "请在 level1: 下面加一行“note: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的说明，没有内容时写 \"\"（一对英文双引号）")),
    ({"if": _SATISFACTION, "then": {"properties": {"note": {"pattern": "%$"}}}}, "level1: 满意度指标\nnote: '80'\n",
     (2, "SCHEMA-PATTERN", "说明：一级指标为“满意度指标”时，格式不对（文本“80”）")),
    ({"if": _SATISFACTION, "else": {"properties": {"note": {"maxLength": 2}}}}, "level1: 产出指标\nnote: 按期完成\n",
     (2, "SCHEMA-MAXLENGTH", "说明：一级指标不是“满意度指标”时，太长了：现有 4 个字，最多 2 个字，请删去 2 个字")),
    # A mapping's `if` says "type": "object" (for the editor) and words it the same: a mapping is all it names
    ({"if": _SATISFACTION_ROW, "then": {"properties": {"note": {"pattern": "%$"}}}}, "level1: 满意度指标\nnote: '80'\n",
     (2, "SCHEMA-PATTERN", "说明：一级指标为“满意度指标”时，格式不对（文本“80”）")),
    ({"if": _SATISFACTION_ROW, "else": {"properties": {"note": {"maxLength": 2}}}}, "level1: 产出指标\nnote: 按期完成\n",
     (2, "SCHEMA-MAXLENGTH", "说明：一级指标不是“满意度指标”时，太长了：现有 4 个字，最多 2 个字，请删去 2 个字")),
    ({"if": _SATISFACTION_LOOSE, "then": {"required": ["note"]}}, "phone: '123'\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：未写一级指标或其为“满意度指标”时，缺少必填字段“note”（说明）；"
                            "请在 phone: 上面加一行“note: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的说明，没有内容时写 \"\"（一对英文双引号）")),
    ({"if": _SATISFACTION_LOOSE, "then": {"required": ["note"]}}, "level1: 满意度指标\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：一级指标为“满意度指标”时，缺少必填字段“note”（说明）；"
                            "请在 level1: 下面加一行“note: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的说明，没有内容时写 \"\"（一对英文双引号）")),
    ({"properties": {**_FIELDS, "note": {"type": "string", "title": "说明", "if": {"const": "其他"},
                                         "else": {"maxLength": 2}}}}, "note: 按期完成\n",
     (1, "SCHEMA-MAXLENGTH", "说明：不是“其他”时，太长了：现有 4 个字，最多 2 个字，请删去 2 个字")),
    ({"properties": {**_FIELDS, "phone": {"type": ["string", "null"], "title": "电话"}},  # was 电话为空值时
      "if": {"properties": {"phone": {"type": "null"}}, "required": ["phone"]}, "then": {"required": ["note"]}}, "phone:\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：电话为空时，缺少必填字段“note”（说明）；"
                            "请在 phone: 上面加一行“note: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的说明，没有内容时写 \"\"（一对英文双引号）")),
    ({"not": {"required": ["note"]}}, "level1: 产出指标\nnote: x\n",
     (2, "SCHEMA-NOT", "文件顶层：不能写“note”（说明），请删去这一行")),
    ({"properties": {**_FIELDS, "note": False}}, "level1: 产出指标\nnote: x\n",
     (2, "SCHEMA-FALSE", "文件顶层：表样不允许写“note”，请删去这一行")),  # was at line 1, "SCHEMA-NONE"
    ({"properties": {**_FIELDS, "budget": {"type": ["number", "null"], "title": "预算"}, "note": False}},
     "budget:\nnote:\n", (2, "SCHEMA-FALSE", "文件顶层：表样不允许写“note”，请删去这一行")),  # was "这里有值（空值）" at line 1
    ({"properties": {**_FIELDS, "years": {"type": "array", "title": "起止年度", "prefixItems": [{"type": "integer"}, False]}}},
     "years:\n- 1\n- 1\n", (3, "SCHEMA-FALSE", "第 2 个起止年度：表样不允许这里有这一项，请删去它")),
    ({"dependentSchemas": {"phone": False}}, "level1: 产出指标\nphone: '123'\n",
     (2, "SCHEMA-FALSE", "文件顶层：写了电话时，表样不允许写“phone”，请删去这一行")),  # was Python's IndexError
    ({"properties": {**_FIELDS, "funds": {"type": "object", "title": "其他资金", "propertyNames": {"pattern": "^[a-z]+$"}}}},
     "funds:\n  other: 1\n  专项: 2\n", (3, "SCHEMA-PROPERTYNAMES", "其他资金：字段名“专项”的格式不对")),
    ({"unevaluatedProperties": False, "properties": {}, "allOf": [{"properties": _FIELDS}]}, "level1: 产出指标\nnots: x\n",
     (2, "SCHEMA-UNEVALUATEDPROPERTIES", "文件顶层：未知字段“nots”；是否想写“note”（说明）？")),
    ({"properties": {**_FIELDS, "years": {"type": "array", "title": "起止年度", "items": False,
                                          "prefixItems": [{"type": "integer"}, {"type": "integer"}]}}},
     "years:\n- 2024\n- 2025\n- 2026\n", (4, "SCHEMA-ITEMS", "起止年度：最多 2 项，实际有 3 项，请删去多出来的项")),
    # A field missing for two reasons is one mistake, told plainly: it was told twice
    ({"required": ["contact"], "dependentRequired": {"phone": ["contact"]}}, "phone: '123'\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：缺少必填字段“contact”（联系人）；"
                            "请在 phone: 下面加一行“contact: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的联系人，没有内容时写 \"\"（一对英文双引号）")),
    ({"required": ["note"], "if": _SATISFACTION, "then": {"required": ["note"]}}, "level1: 满意度指标\n",
     (1, "SCHEMA-REQUIRED", "文件顶层：缺少必填字段“note”（说明）；"
                            "请在 level1: 下面加一行“note: （请填写）”，与它对齐；"
                            "把“（请填写）”换成实际的说明，没有内容时写 \"\"（一对英文双引号）")),
], ids=["dependentRequired", "dependentSchemas", "then-required", "then-value", "else",
        "then-value-of-a-mapping-if", "else-of-a-mapping-if", "if-of-a-field-not-written", "if-of-a-field-written", "else-of-a-scalar", "if-of-a-blank", "not-required", "false",
        "false-beside-the-same-null", "false-item-beside-the-same-number", "false-dependentSchemas", "propertyNames",
        "unevaluatedProperties", "items-past-prefixItems", "required-and-dependent", "required-and-then"])
def test_a_rule_across_fields_is_said_at_the_field_and_with_its_condition(tmp_path, rule, typed, said):
    """A unit's schema may tie one field to another; validate says the rule in words where it bites."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": _FIELDS, **rule,
    }, ensure_ascii=False), encoding="utf-8")
    problems = schema_problems(SchemaStore(tmp_path), "s.schema.json", load_text("s.yaml", typed))
    assert [(p.line, p.code, p.message) for p in problems] == [said]


def test_an_optional_field_typed_at_its_holder_s_column_is_said_to_be_indented(tmp_path):
    """A required field typed flush with the key holding its mapping was told to be indented; an optional one was only
    "未知字段" of the mapping around, with a list of fields it is not one of."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": False,
        "properties": {"budget": {"type": "object", "title": "预算", "additionalProperties": False, "required": ["basic"],
                                  "properties": {"basic": {"type": "number", "title": "基本支出"}, **_REMARK}},
                       "unit": {"type": "string", "title": "单位"}},
    }, ensure_ascii=False), encoding="utf-8")
    typed = "budget:\n    basic: 1\nremark: 早写了\nunit: 某单位\n"
    problems = schema_problems(SchemaStore(tmp_path), "s.schema.json", load_text("s.yaml", typed))
    assert [(p.line, p.column, p.code, p.message) for p in problems] == [
        (3, 1, "SCHEMA-INDENT", "预算：“remark”（备注）应缩进到“budget:”之下（第 5 列），与“basic:”对齐：它现在与“budget:”同在"
                                "第 1 列，YAML 把它读成了与“budget”并列的字段；请在行首补上 4 个空格")]


_REMARK = {"remark": {"type": "string", "title": "备注"}}


@pytest.mark.parametrize("rule, typed, said", [
    ({"if": _SATISFACTION, "then": {"properties": _REMARK}}, "level1: 产出指标\nremark: 早写了\n",
     (2, "SCHEMA-UNEVALUATEDPROPERTIES", "文件顶层：表样只在一定条件下允许写“remark”（备注），"
                                         "现在写的内容不满足这个条件；请删去这一行")),
    ({"anyOf": [{"properties": {"level1": {"const": "满意度指标"}, **_REMARK}, "required": ["level1"]},
                {"properties": {"level1": {"const": "产出指标"}}, "required": ["level1"]}]},
     "level1: 产出指标\nremark: 早写了\n",
     (2, "SCHEMA-UNEVALUATEDPROPERTIES", "文件顶层：表样只在一定条件下允许写“remark”（备注），"
                                         "现在写的内容不满足这个条件；请删去这一行")),
    ({"dependentSchemas": {"phone": {"properties": _REMARK}}}, "level1: 产出指标\nremark: 早写了\n",
     (2, "SCHEMA-UNEVALUATEDPROPERTIES", "文件顶层：表样只在一定条件下允许写“remark”（备注），"
                                         "现在写的内容不满足这个条件；请删去这一行")),
    ({"unevaluatedProperties": {"type": "string"}}, "level1: 产出指标\nremark: 2\n",
     (2, "SCHEMA-TYPE", "remark：应为文本，实际是数字 2；请加上双引号写成文本，例如 \"2\"")),
], ids=["failed-if", "failed-anyOf-branch", "absent-dependentSchemas", "a-schema"])
def test_a_field_unevaluatedProperties_refuses_is_said(tmp_path, rule, typed, said):
    """jsonschema refuses a field that only a branch whose condition fails declares; validate counted every
    branch's fields as allowed and said nothing: the spec failed the schema and passed validate. A field
    `unevaluatedProperties: {schema}` allows, with a value of the wrong type, was said to be unknown."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": _FIELDS,
        "unevaluatedProperties": False, **rule,
    }, ensure_ascii=False), encoding="utf-8")
    problems = schema_problems(SchemaStore(tmp_path), "s.schema.json", load_text("s.yaml", typed))
    assert [(p.line, p.code, p.message) for p in problems] == [said]


def test_what_a_ref_beside_an_unevaluated_keyword_declares_is_allowed(tmp_path):
    """Beside a `$ref`, `unevaluatedProperties` and `unevaluatedItems` count what its target evaluated (Draft 2020-12,
    as jsonschema and the editor read it). Validate, expanding the `$ref` into one `allOf` branch and the keyword
    into the other, refused every field of the target as 未知字段 in a spec the schema passes."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "$defs": {"row": {"properties": {"level1": _FIELDS["level1"]}},
                  "pair": {"prefixItems": [{"type": "integer"}, {"type": "integer"}]}},
        "properties": {
            "row": {"$ref": "#/$defs/row", "title": "指标", "properties": _REMARK, "unevaluatedProperties": False},
            "years": {"$ref": "#/$defs/pair", "title": "起止年度", "type": "array", "unevaluatedItems": False},
        },
    }, ensure_ascii=False), encoding="utf-8")
    store = SchemaStore(tmp_path)
    typed = "row:\n  level1: 产出指标\n  remark: 备注\nyears: [2024, 2025]\n"
    assert schema_problems(store, "s.schema.json", load_text("s.yaml", typed)) == []
    typed = "row:\n  level1: 产出指标\n  remrak: 备注\nyears: [2024, 2025, 2026]\n"
    assert [(p.line, p.message) for p in schema_problems(store, "s.schema.json", load_text("s.yaml", typed))] == [
        (3, "指标：未知字段“remrak”；是否想写“remark”（备注）？"), (4, "起止年度：有表样没有规定的项，请删去多出来的项")]


@pytest.mark.parametrize("fields, said", [(["a", "b"], "不能同时写“a”和“b”"), (["a"], "不能写“a”")],
                         ids=["two", "one"])
def test_fields_a_not_forbids_together_are_said_so(fields, said):
    """Outside validate's own message for it (a snippet, a value that is no mapping), `not: {required: […]}`
    was said as its rule turned round: 不能写了“a”且写了“b”."""
    from generator.schema_words import value_words

    error = next(jsonschema.Draft202012Validator({"not": {"required": fields}}).iter_errors({"a": 1, "b": 2}))
    assert value_words(error) == said


def test_a_step_of_cents_a_form_sets_passes_an_amount_written_to_the_cent(tmp_path):
    """`multipleOf: 0.01` (at most two decimals) is a float in the schema's JSON and the amount a Decimal as
    typed: jsonschema divided one by the other and validate stopped with Python's TypeError."""
    (tmp_path / "s.schema.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
        "properties": {"v": {"title": "基本支出", "type": "number", "multipleOf": 0.01}},
    }), encoding="utf-8")
    for typed in ("689.41", "0.1", "610"):
        assert schema_problems(SchemaStore(tmp_path), "s.schema.json", load_text("s.yaml", f"v: {typed}\n")) == []


_BRANCHED = {
    "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
    "properties": {"rows": {"type": "array", "title": "指标", "items": {
        "type": "object", "title": "指标",
        "properties": {"level1": {"type": "string", "title": "一级指标", "description": "一级"},
                       "level2": {"type": "string", "title": "二级指标", "description": "二级"}},
        "allOf": [{"if": {"properties": {"level1": {"const": level1}}, "required": ["level1"]},
                   "then": {"properties": {"level2": {"enum": level2s}}}}
                  for level1, level2s in (("产出指标", ["数量指标", "时效指标"]), ("效益指标", ["社会效益指标"]),
                                          ("满意度", [""]))]}}},
}


@pytest.mark.parametrize("level1, level2, said", [
    ("产出指标", "社会效益指标", "第 1 个指标：二级指标“社会效益指标”不属于一级指标“产出指标”；“社会效益指标”属于“效益指标”；"
                             "一级指标“产出指标”下应为以下之一：数量指标、时效指标"),
    ("产出指标", "数量指示", "第 1 个指标的“二级指标”：文本“数量指示”不是一级指标“产出指标”下可选的取值；是否想写“数量指标”？"
                         "应为以下之一：数量指标、时效指标"),
    ("产出指标", '""', "第 1 个指标的“二级指标”：不能为空；一级指标“产出指标”下应为以下之一：数量指标、时效指标"),
    ("满意度", "时效指标", "第 1 个指标：二级指标“时效指标”不属于一级指标“满意度”；“时效指标”属于“产出指标”；"
                        "一级指标“满意度”下没有二级指标，请写 \"\"（一对英文双引号）"),
    ("满意度", "", "第 1 个指标的“二级指标”：一级指标“满意度”下没有二级指标，请写 \"\"（一对英文双引号）"),
], ids=["under-another", "misspelt", "empty", "where-none-belong", "null-where-none-belong"])
def test_a_value_an_if_then_branch_refuses_is_named_with_the_value_it_depends_on(tmp_path, level1, level2, said):
    """A 二级 refused by the branch of its 一级 used to be told only "不是可选的取值；应为以下之一：数量指标…",
    not why a real 二级 such as 社会效益指标 was refused: it belongs under another 一级."""
    from generator.load import load_text
    from generator.schema import schema_problems

    (tmp_path / "s.schema.json").write_text(json.dumps(_BRANCHED, ensure_ascii=False), encoding="utf-8")
    spec = load_text("s.yaml", f"rows:\n- level1: {level1}\n  level2: {level2}\n")
    problems = schema_problems(SchemaStore(tmp_path), "s.schema.json", spec)
    assert [(p.line, p.code, p.message) for p in problems] == [(3, "SCHEMA-ENUM", said)]


@pytest.mark.parametrize("name", VARIANTS)
def test_each_level1_ties_level2_to_its_frame(name):
    """In the editor, `level1: 产出指标` with `level2: 社会效益指标` got no squiggle, and completion after
    `level1: 产出指标` offered every 二级 of the form: `level2` was one flat list. Each indicator row now has
    one if/then branch per 一级 of the frame, allowing exactly its 二级 (in the frame's order, "" where it
    has none; no branch for a free 一级), a Chinese message naming them, and no flat list beside them."""
    variant = Catalog().get(name)
    file_name = variant.schema_path.name
    for table in variant.indicator_tables:
        row, _ = STORE.declared(file_name, f"{table['path']}.*")
        frame = variant.frames[table["frame"]]
        branches = {b["if"]["properties"]["level1"]["const"]: b["then"]["properties"]["level2"] for b in row["allOf"]}
        assert list(branches) == [e["level1"] for e in frame if not e.get("free")], table["path"]
        for entry in frame:
            if entry.get("free"):
                continue
            level2 = branches[entry["level1"]]
            assert level2["enum"] == (entry.get("level2") or [""]), entry["level1"]
            assert all(option in level2["errorMessage"] for option in filter(None, level2["enum"]))
            assert entry["level1"] in level2["errorMessage"] and ('""' in level2["errorMessage"]) == (level2["enum"] == [""])
        flat = row["properties"]["level2"]
        assert "enum" not in flat and "examples" not in flat, "completion would offer every 二级 under any 一级"


@pytest.mark.parametrize("name", VARIANTS)
def test_the_flat_level2_message_leaves_the_names_to_the_branches(name):
    """An empty `level2:` was squiggled twice with the same advice: the flat field's message listed every
    二级 of every 一级, beside its branch's list for the 一级 written. The flat one fails only on a wrong type,
    so it says that (and, where a 一级 is free, what its branch-less 二级 is), never a 二级 name."""
    variant = Catalog().get(name)
    file_name = variant.schema_path.name
    for table in variant.indicator_tables:
        row, _ = STORE.declared(file_name, f"{table['path']}.*")
        message = row["properties"]["level2"]["errorMessage"]
        assert message.startswith("二级指标请写成文字"), (table["path"], message)
        named = [level2 for entry in variant.frames[table["frame"]] for level2 in entry.get("level2", []) if level2]
        assert not [level2 for level2 in named if level2 in message], (table["path"], message)



def _object_lists(node, base, path=()):
    """(instance path, resolved item schema) of every list whose items are objects, `$ref`s followed;
    a list inside an item is reached through the item at index 0."""
    node, base = STORE.resolve(node, base)
    if isinstance(node.get("items"), dict):
        items, _ = STORE.resolve(node["items"], base)
        if "properties" in items:
            yield path, items
        yield from _object_lists(node["items"], base, (*path, 0))
    for key, child in node.get("properties", {}).items():
        yield from _object_lists(child, base, (*path, key))


def _snippet_sites():
    """(variant, instance path, schema) where the editor is to offer a whole new item: each list of
    objects, and the document itself (offered on an empty file under its schema line)."""
    for name in VARIANTS:
        file_name = f"{name}.schema.json"
        yield name, (), STORE.schema(file_name)
        yield from ((name, path, items) for path, items in _object_lists(STORE.schema(file_name), file_name))


SNIPPET_SITES = list(_snippet_sites())


_LEFT = object()
"""What a placeholder is typed over with when it is left as it is."""


def _left(hole: re.Match) -> str:
    """The text a placeholder leaves where the clerk types nothing over it: its default, or the first
    option of a choice, or nothing (a variable's default stands for the value the editor gives it)."""
    if hole[2] is not None:
        return hole[2]
    return hole[3].split(",")[0] if hole[3] is not None else ""


def _inserted(body, fill):
    """The data the editor's insertion of `body` reads as, each placeholder typed over with `fill(path)`
    or left at its default where that is _LEFT."""

    def typed(path, hole):
        value = fill(path)
        if value is _LEFT:
            return _left(hole)
        written = json.dumps(value, ensure_ascii=False)
        return written[1:-1] if hole.string[hole.start() - 1:hole.start()] == '"' else written

    return snippet_text.inserted(body, typed)


def _at(data, path):
    for step in path:
        data = data[step]
    return data


@functools.cache
def _example_text(name):
    return next((ROOT / "specs").glob(f"{name}-*.yaml")).read_text(encoding="utf-8")


def _example(name):
    return YAML(typ="safe").load(_example_text(name))


def _with_item(name, path, item):
    """The text of the variant's example spec with `item` added at the end of the list at `path` (of
    `item` alone when `path` is the document), and the item's path."""
    data, where = item, ()
    if path:
        data = _example(name)
        _at(data, path).append(item)
        where = (*path, len(_at(data, path)) - 1)
    out = io.StringIO()
    yaml = YAML(typ="safe")
    yaml.default_flow_style, yaml.allow_unicode, yaml.width = False, True, 4096
    yaml.dump(data, out)
    return out.getvalue(), where


def _body_schemas(body, schema, base, path=()):
    """(path in the body, the body's node there, the resolved schema it fills) of each node of a body."""
    schema, base = STORE.resolve(schema, base)
    yield path, body, schema
    if isinstance(body, dict):
        for key, value in body.items():
            yield from _body_schemas(value, schema.get("properties", {}).get(key, {}), base, (*path, key))
    elif isinstance(body, list):
        for index, value in enumerate(body):
            yield from _body_schemas(value, schema.get("items", {}), base, (*path, index))


def _filled(example, left):
    """Types each placeholder over with the example's value at its place, but those `left(place)` says."""
    return lambda at: _LEFT if left(at) else _at(example, at)


@pytest.mark.parametrize("name, path, schema", SNIPPET_SITES,
                         ids=[f"{n}:{'.'.join(map(str, p)) or 'document'}" for n, p, _ in SNIPPET_SITES])
def test_a_new_item_is_offered_whole_and_every_blank_left_in_it_is_flagged(name, path, schema, tmp_path):
    """Completion offered a new 绩效指标, 重点工作任务 or 项目 one key at a time, or as yaml-language-server's
    own skeleton with blank values (`amount: 0`) that pass unnoticed. Each list of objects, and an empty
    file, offers a `defaultSnippets` item: a Chinese label and description, the required fields in the
    schema's order, each a placeholder “（请填写）” (a field with an `enum`: a choice of it and the `enum`),
    an amount `null` as `new` writes it: “（请填写）” there was an error in the editor the moment it was inserted.
    An item's snippet is labelled the one to pick and sorted before the editor's own item named by its title.
    Typed over with the example spec's values it is valid; each one left is refused by the schema where it
    stands, naming its field, or is text that lint's A13 reports there (or A2 counts, in a 一级's unfilled rows,
    or A9, in a row left wholly unfilled)."""
    file_name = f"{name}.schema.json"
    snippets = schema.get("defaultSnippets", [])
    assert snippets, f"{file_name}: {'.'.join(map(str, path)) or 'the document'} offers no snippet"
    example = _at(_example(name), (*path, 0) if path else ())
    for snippet in snippets:
        label, body = snippet["label"], snippet_text.body(snippet, bool(path))
        assert ("body" in snippet) != ("bodyText" in snippet), (label, "a body or a bodyText, not both")
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in snippet[key]) for key in ("label", "description"))
        if path:  # yaml-language-server lists its own item, blanks and all, with sortText "_" + the item's title
            assert "推荐" in label and snippet.get("sortText", label) < "_", (label, "not the one listed first")
        holes = []
        for at, node, field in _body_schemas(body, schema, file_name):
            if isinstance(node, dict):
                declared = list(field.get("properties", {}))
                assert set(field.get("required", [])) <= set(node) <= set(declared), (label, at)
                assert [key for key in declared if key in node] == list(node), (label, at, "not in the schema's order")
            elif isinstance(node, str) and snippet_text.HOLE.search(node):
                holes.append(at)
                hole = snippet_text.HOLE.search(node)
                assert ("enum" in field) == (hole.group(3) is not None), (label, at, "a choice where there is an enum")
                left = "null" if _amount(field) else PLACEHOLDER
                assert (hole.group(3) or hole.group(2)).split(",") == [left, *field.get("enum", [])], (label, at)
                quoted = node.startswith('"') and node.endswith('"')
                assert quoted == (field.get("x-jixiao-style") == "double-quoted"), (label, at, "quoted as fmt writes")

        text, _ = _with_item(name, path, _inserted(body, _filled(example, lambda at: False)))
        assert schema_problems(STORE, file_name, load_text("s.yaml", text)) == [], label

        refused = set()
        for hole in holes:
            text, where = _with_item(name, path, _inserted(body, _filled(example, lambda at: at == hole)))
            problems = schema_problems(STORE, file_name, load_text("s.yaml", text))
            if problems:
                line = text[:text.index(PLACEHOLDER)].count("\n") + 1
                title = STORE.field_name(file_name, (*where, *hole)).rpartition(" › ")[2]
                assert [(p.line, title in p.message) for p in problems] == [(line, True)], (label, hole, problems)
                refused.add(hole)

        text, _ = _with_item(name, path, _inserted(body, _filled(example, lambda at: at not in refused)))
        (tmp_path / "s.yaml").write_text(text, encoding="utf-8")
        problems = Linter().lint_file(tmp_path / "s.yaml")
        flagged = {p.line for p in problems if p.code == "A13"}
        # The rows of a 一级 none of whose rows is filled in are A2's, a row wholly left as inserted is A9's: each
        # counts their placeholders (lint.run).
        counted = sum(int(held) for p in problems if p.code in ("A2", "A9")
                      for held in re.findall(r"其中 (\d+) 处还写着“（请填写）”", p.message))
        lines = {n for n, line in enumerate(text.splitlines(), 1) if PLACEHOLDER in line}
        assert flagged <= lines and len(flagged) + counted == len(lines), label


def _amount(field: dict) -> bool:
    """A field that takes a number or null and no text: an amount, whose placeholder is the `null` new writes."""
    types = field.get("type")
    types = types if isinstance(types, list) else [types]
    return "null" in types and "number" in types and "string" not in types


_UNIT = "  "
"""yaml-language-server's indentation step: guessed from the document, two spaces in fmt's layout."""


def _stringified(node, indent, first_indented, depth=0):
    """The text yaml-language-server 1.25 makes of a snippet's `body` (its `stringifyObject`, for the
    mappings, lists and texts a body holds): the first key at the cursor, every other key of the body one
    step in where `first_indented` (completion on a `- ` line) or at the cursor's column (an empty file);
    a nested mapping one step deeper than its key; a list's items one step deeper than their key
    (`key:` then `  - item`), the item's keys one more. The second and later lines are then prefixed by
    the editor with the cursor line's indentation, as for any snippet. Checked against the real server's
    completion items (over LSP) for every snippet of jixiao's schemas, each where it is offered."""
    step = indent + _UNIT if depth or first_indented else ""
    if isinstance(node, list):
        text = ""
        for item in node:
            if isinstance(item, dict):  # `- ` before the item's first key, two spaces before each other one
                marked = {("  " if i else "- ") + key: value for i, (key, value) in enumerate(item.items())}
                text += _stringified(marked, indent, first_indented, depth + 1)
            else:
                text += f"\n{step}- {item}"
        return text
    if not isinstance(node, dict):
        return node
    text = "\n" if depth else ""
    for i, (key, value) in enumerate(node.items()):
        nested = isinstance(value, (dict, list))
        inner = step + (_UNIT if nested and re.match(r"\s|-", key) else "")
        text += ("\n" if i else "") + (indent if i == 0 and not depth else step) + key + (":" if nested else ": ")
        text += _stringified(value, inner, first_indented, depth + 1)
    return text


def _typed_in(name, path, snippet):
    """The example spec as a clerk leaves it who inserts `snippet` where completion offers it, every
    placeholder at its default: on a new `- ` line opening the list at `path`, or, for the document, in
    an empty file under its schema line. A `bodyText` goes in as it is; the editor prefixes each line
    after the first with the indentation of the cursor's line."""
    typed = snippet["bodyText"] if "bodyText" in snippet else _stringified(snippet["body"], "", bool(path))
    typed = snippet_text.HOLE.sub(_left, typed)
    lines = _example_text(name).splitlines(keepends=True)
    if not path:
        return lines[0] + typed
    line, column = _at(YAML().load("".join(lines)), path[:-1]).lc.key(path[-1])
    dash = column + 2  # fmt indents a list's dashes 2 further than its key
    item = " " * dash + "- " + typed.replace("\n", "\n" + " " * dash) + "\n"
    return "".join(lines[:line + 1]) + item + "".join(lines[line + 1:])


@pytest.mark.parametrize("name, path, schema", SNIPPET_SITES,
                         ids=[f"{n}:{'.'.join(map(str, p)) or 'document'}" for n, p, _ in SNIPPET_SITES])
def test_a_snippet_goes_in_as_fmt_writes_it(name, path, schema):
    """A new 项目 or the whole-spec skeleton inserted by completion failed `jixiao fmt --check`, the unit's
    CI step: yaml-language-server writes a `body`'s lists one step deeper than their key (`indicators:`
    then `  - level1:`) and no line break at the end. Those snippets are a `bodyText` in fmt's layout;
    one with one-line values only keeps its `body`, which comes out in fmt's layout at a `- `."""
    for snippet in schema["defaultSnippets"]:
        text = _typed_in(name, path, snippet)
        formatted = Formatter().format_spec(load_text("s.yaml", text))
        assert formatted.problems == [], snippet["label"]
        assert formatted.after == text, f"{snippet['label']}：{differences(text, formatted.after)}\n{text}"


def test_a_mapping_read_round_trip_is_typed_as_an_object():
    """Of a choice, the branch typed like the value speaks; a mapping ruamel read round trip (a subclass of
    dict) was taken for a number, and true for an integer."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from generator.schema_words import typed_as

    assert typed_as({"type": "object"}, CommentedMap()) and typed_as({"type": "array"}, CommentedSeq())
    assert not typed_as({"type": "integer"}, True) and typed_as({"type": ["integer", "null"]}, 3)


def test_the_readme_names_each_field_an_inserted_snippet_shows_red():
    """README (its editing step now in docs/review.md) said an inserted row had no squiggle, and the 一级指标's “（请填写）” was red the moment it went in
    (and the 二级指标's once a 一级 was picked, the skeleton's 年度): the fields the schema refuses a placeholder
    in, with each choice left and with its first real option picked, are each named where the guide says so."""
    red = set()
    for name, path, schema in SNIPPET_SITES:
        for snippet in schema.get("defaultSnippets", []):
            body = snippet_text.body(snippet, bool(path))
            for picked in (False, True):
                def typed(at, hole, picked=picked):
                    return snippet_text.options(hole)[1] if picked and snippet_text.options(hole) else _left(hole)

                text, _ = _with_item(name, path, snippet_text.inserted(body, typed))
                for problem in schema_problems(STORE, f"{name}.schema.json", load_text("s.yaml", text)):
                    field = problem.message.split("：")[0]
                    red.add((re.findall("“([^”]+)”", field) or [field.rpartition(" › ")[2]])[-1])
    readme = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")  # README's editing step in full
    start = readme.index("**插入的一行指标有一处波浪线")
    said = readme[start:readme.index("\n## ", start)]
    assert red >= {"一级指标", "二级指标", "年度"}
    assert [field for field in sorted(red) if field not in said] == []
    assert "不会一插入就有波浪线" not in readme


@pytest.mark.parametrize("path", [("indicators", 3, "value"), ("projects", 1, "indicators", 0, "name"), ("budget",),
                                  ("indicators", 0.0, "value"), ("unit", True), ()])
def test_a_chain_asked_again_at_another_index_is_the_chain_walked_afresh(path):
    """`chain` keeps each path shape's subschemas: asked at another index (or a key that only equals one, 0.0, or is
    one, True) it gives the steps asked and the subschemas a fresh store walks to: a key 0.0 reads no list's item,
    though it equals the index 0 asked before it."""
    store = SchemaStore(ROOT / "schema")
    for file_name in ("guangzhou.schema.json", "jiangsu.schema.json"):
        other = tuple(int(step) + isinstance(step, int) if isinstance(step, (int, float)) and not isinstance(step, bool)
                      else step for step in path)
        store.chain(file_name, other)
        assert store.chain(file_name, path) == SchemaStore(ROOT / "schema").chain(file_name, path)
        assert [step for step, _ in store.chain(file_name, path)] == list(path)


@pytest.mark.parametrize("node, value, said", [
    ({"multipleOf": 0.01}, 1.005, "应为 0.01 的整数倍，实际是 1.005"),
    ({"uniqueItems": True}, ["甲", "甲"], "有重复的项：“甲”写了 2 次"),
    ({"propertyNames": {"pattern": "^[a-z]+$"}}, {"B": 1}, "字段名“B”的格式不对"),
    ({"dependentRequired": {"a": ["b"]}}, {"a": 1}, "写了“a”，就要同时写“b”"),
    ({"const": "甲"}, "乙", "应为“甲”，实际是文本“乙”"),
    ({"contains": {"const": "甲"}}, ["乙"], "至少要有一项是“甲”，现在没有"),
    ({"minProperties": 2}, {"a": 1}, "至少 2 个字段，实际有 1 个"),
])
def test_a_unit_s_schema_keyword_is_said_in_chinese(node, value, said):
    from generator.schema_words import value_words

    error = next(jsonschema.Draft202012Validator(node).iter_errors(value))
    assert value_words(error) == said


def test_a_keyword_schema_words_does_not_know_is_named_in_chinese_not_in_jsonschema_s_english():
    """The fallback quoted jsonschema's English message (`不符合表样要求（3 is not even）`) to a finance officer."""
    from generator.schema_words import value_words

    def even(validator, wanted, instance, schema):
        if wanted and instance % 2:
            yield jsonschema.ValidationError(f"{instance} is not even")

    checked = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"evenNumber": even})
    error = next(checked({"evenNumber": True}).iter_errors(3))
    assert value_words(error) == "不符合表样的“evenNumber”规则（数字 3）"


@pytest.mark.parametrize("name", VARIANTS)
def test_no_example_shown_in_completion_draws_a_vague_word_warning(name):
    """A clerk copies the example a field's description gives; jiangsu's 年度目标 example said 进一步深化…交流合作,
    the very wording lint's B6 warns of, so the copy drew a warning of jixiao's own making."""
    from generator.lint.measurability import VAGUE

    file_name = f"{name}.schema.json"
    for path, node in _fields(STORE, STORE.schema(file_name), file_name):
        example = node.get("description", "").partition(EXAMPLE)[2]
        vague = [word for word in VAGUE if "…" not in word and word in example]
        assert vague == [], f"{file_name}: {path}: the example {example!r} holds {vague}"
