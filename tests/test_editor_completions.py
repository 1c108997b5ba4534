"""What `jixiao schema`'s bundle offers the editor to type, and the tab it refuses, as yaml-language-server 2.0.0
reads them (checked through the server by hand: it gives an option a `sortText` only from `defaultSnippets`,
offers a mapping's snippets at every key position, and reads a `then` only when its `if` holds)."""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
from ruamel.yaml import YAML

from generator.cli import main
from generator.editor_completions import AMOUNT_LABEL, YEAR_LABEL, with_completions
from generator.editor_messages import TAB_FREE
from generator.load import load_text
from generator.schema_nodes import subschemas
from generator.tab_words import TAB, TAB_ADVICE, TAB_ORIGIN
from generator.variants import Catalog

VARIANTS = Catalog().names()


def _bundle(runner, form: str | None = None) -> dict:
    return json.loads(runner.invoke(main, ["schema", *([form] if form else [])]).output)


def _skeleton_conditions(root: dict) -> list[dict]:
    return [entry for entry in root.get("allOf", []) if "defaultSnippets" in entry.get("then", {})]


@pytest.mark.parametrize("form", VARIANTS)
def test_the_skeleton_is_offered_only_in_an_empty_file(runner, form):
    """On a blank line of a finished spec the skeleton was the one suggestion and wrote every key a second time."""
    root = _bundle(runner, form)
    assert "defaultSnippets" not in root
    [condition] = _skeleton_conditions(root)
    [skeleton] = condition["then"]["defaultSnippets"]
    assert "骨架" in skeleton["label"] and skeleton["sortText"] == f"0{skeleton['label']}"  # before every key's
    holds = jsonschema.Draft202012Validator(condition["if"]).is_valid
    assert holds({}) and not holds({"form": form})


def test_the_bundle_of_every_form_offers_each_skeleton_only_in_an_empty_file(runner):
    forms = _bundle(runner)["$defs"].values()
    skeletons = [form for form in forms if "form" in form.get("properties", {})]
    assert len(skeletons) == len(VARIANTS)
    assert all("defaultSnippets" not in form and len(_skeleton_conditions(form)) == 1 for form in skeletons)


def _carried(mapping: dict, key: str) -> list[dict]:
    """The snippets an `allOf` entry of `mapping` offers for the options of `key`."""
    return [snippet for entry in mapping.get("allOf", []) if "properties" in entry and "if" not in entry
            for snippet in entry["properties"].get(key, {}).get("defaultSnippets", [])]


def _inserted(snippet: dict) -> object:
    """What a snippet's text reads as, by jixiao and by a YAML 1.1 reader alike (None where they differ, or the
    label is not what it inserts). A snippet's `\\` escapes a `$`, `}` or `\\`."""
    text = re.sub(r"\\([$}\\])", r"\1", snippet["bodyText"])
    yaml_1_1 = YAML(typ="safe", pure=True)
    yaml_1_1.version = (1, 1)
    read, read_by_1_1 = load_text("k.yaml", f"k: {text}\n").data["k"], yaml_1_1.load(f"k: {text}\n")["k"]
    return read if read == read_by_1_1 and snippet["label"] == text else None


def _in_order(snippets: list[dict], options: list[str]) -> bool:
    return [_inserted(snippet) for snippet in sorted(snippets, key=lambda snippet: snippet["sortText"])] == options


def _option_fields(document: dict):
    """(mapping, key, options) of each field of a mapping in the bundle with text options VS Code would reorder, or
    shows with no description."""
    for _, node in subschemas(document, ()):
        for key, field in (node.get("properties") or {}).items() if isinstance(node, dict) else ():
            options = field.get("enum") if isinstance(field, dict) else None
            if (isinstance(options, list) and options and all(isinstance(option, str) for option in options)
                    and (options != sorted(options) or "description" not in field)):
                yield node, key, options


@pytest.mark.parametrize("form", VARIANTS)
def test_every_fields_options_are_offered_in_the_schemas_order(runner, form):
    """VS Code sorts options with no sortText by code point: 决策, 履职, 效益指标…"""
    found = list(_option_fields(_bundle(runner, form)))
    assert found
    for mapping, key, options in found:
        assert _in_order(_carried(mapping, key), options), key


def test_categories_of_a_branch_carry_the_fields_description(runner):
    """The options a branch adds (二级指标) carried no description while 一级指标's did. (An entry naming where a
    二级指标 belongs, editor_owner_hints, adds none: its `enum` is empty.)"""
    row = _bundle(runner, "guangzhou")["properties"]["indicators"]["items"]
    branches = [entry["then"] for entry in row["allOf"]
                if entry.get("then", {}).get("properties", {}).get("level2", {}).get("enum")]
    assert len(branches) == 2
    for branch in branches:
        assert {snippet["description"] for snippet in _carried(branch, "level2")} == {row["properties"]["level2"]["description"]}


def test_year_offers_no_fixed_year_and_an_amount_its_format(runner):
    """`year: ` offered 2024 in a 2023 or a 2025 spec; an amount offered only `null`."""
    properties = _bundle(runner, "guangzhou")["properties"]
    year = properties["year"]
    assert "examples" not in year
    assert [(snippet["label"], snippet["bodyText"]) for snippet in year["defaultSnippets"]] == [(YEAR_LABEL, "$1")]
    for amount in [properties["budget"]["properties"]["basic"], properties["key_tasks"]["items"]["properties"]["amount"]]:
        [format_] = amount["defaultSnippets"]
        assert (format_["label"], format_["bodyText"]) == (AMOUNT_LABEL, "$1") and "12.50" in format_["description"]


@pytest.mark.parametrize("form", [*VARIANTS, None])
def test_nothing_offered_for_an_amount_holds_a_figure(runner, form):
    """The server offers a value's suggestions while it is typed, each replacing the typed text, and VS Code keeps a
    suggestion whose label holds the typed characters in order: `12.50` for a typed `1.50`, which Enter turned into
    12.50. A label and a text with no digit or point are never kept for a typed figure, nor insert one."""
    found = 0
    for _, node in subschemas(_bundle(runner, *([form] if form else [])), ()):
        if isinstance(node, dict) and "number" in (node.get("type") or []) and "defaultSnippets" in node:
            found += 1
            for snippet in node["defaultSnippets"]:
                offered = snippet["label"] + str(snippet.get("bodyText", "")) + json.dumps(snippet.get("body", ""))
                assert not re.search(r"[0-9.]", offered.replace("$1", "")), snippet
    assert found


def test_a_tab_in_a_text_is_refused_in_validates_words(runner, tmp_path):
    """Pasted from Excel (`unit: 某市台湾<Tab>同胞联谊会`), validate refused it and the editor said nothing."""
    unit = _bundle(runner, "guangzhou")["properties"]["unit"]
    checks = jsonschema.Draft202012Validator(unit)
    assert checks.is_valid("广州市台湾同胞联谊会")
    [error] = checks.iter_errors("广州市台湾\t同胞联谊会")
    said = error.schema["errorMessage"]
    words = f"{TAB}，{TAB_ORIGIN}；{TAB_ADVICE}"  # one place both say them from, not a copy kept by hand
    assert said == f"部门名称：有 {words}"
    spec = tmp_path / "guangzhou-tab-2023.yaml"
    spec.write_text("form: guangzhou\nyear: 2023\nunit: \"广州市台湾\\t同胞联谊会\"\n", encoding="utf-8")
    validated = runner.invoke(main, ["validate", str(spec)]).output
    assert "[TEXT-INVISIBLE]" in validated and f"处有一个 {words}" in validated


@pytest.mark.parametrize("form", VARIANTS)
def test_a_field_with_options_gets_no_tab_check(runner, form):
    """Its options refuse a tab already: one squiggle, not two."""
    for mapping, key, _ in _option_fields(_bundle(runner, form)):
        assert all(check.get("pattern") != TAB_FREE for check in mapping["properties"][key].get("allOf", [])), key


@pytest.mark.parametrize("option", ["2024", "null", "a: b", "yes", "1.0", "y", "1:20", "#注", "", "决策", "关于\"十四五\"规划", "$1}"])
def test_an_option_is_inserted_as_the_text_it_is(option):
    """A snippet inserts its text as written: `2024`, `null`, `a: b`, `yes` went in bare and were read as a number,
    null, a mapping, a boolean; quotes only where needed, as fmt writes them."""
    document = with_completions({"type": "object", "properties": {"kind": {"type": "string", "enum": ["乙", option]}}}, [])
    [first, second] = _carried(document, "kind")
    assert _inserted(second) == option and _inserted(first) == "乙"
    assert (second["label"] == option) == (option in ("决策", "关于\"十四五\"规划", "$1}"))


def test_options_in_order_with_a_description_are_still_offered_quoted_where_yaml_needs_it():
    """Options listed in code-point order with the field's description are left to the server, which shows them as
    listed; not `2024` or `null`, which it would insert bare, read as a number and as null."""
    document = with_completions({"type": "object", "properties": {"kind": {
        "type": "string", "enum": ["2024", "null"], "description": "类别"}}}, [])
    assert [_inserted(snippet) for snippet in _carried(document, "kind")] == ["2024", "null"]


def test_a_mapping_declaring_a_key_with_a_colon_is_not_told_its_key_is_a_slip():
    """The key slips' check refuses every key holding a colon or opening with a full-width space: on a mapping that
    declares such a key (a unit's own form may), the editor would squiggle the key its schema asks for."""
    from generator.editor_key_slips import with_key_slips

    own = {"type": "object", "additionalProperties": False, "properties": {"备注：说明": {"type": "string"}}}
    plain = {"type": "object", "additionalProperties": False, "properties": {"unit": {"type": "string"}}}
    with_key_slips({"$defs": {"own": own, "plain": plain}})
    assert "propertyNames" not in own and "propertyNames" in plain


def test_an_empty_option_is_offered_as_quotes_the_server_writes_alike(runner):
    """Hengyang's 满意度 has no 二级指标, written `""`: the server's suggestion inserted nothing (the branch giving
    the option named no type) and left the field null; a snippet of our own labelled alike was merged with it
    into `"": ${1:""}`."""
    row = _bundle(runner, "hengyang")["$defs"]["department_indicator"]
    [branch] = [entry["then"] for entry in row["allOf"] if entry.get("then", {}).get("properties", {}).get("level2", {}).get("enum") == [""]]
    assert branch["properties"]["level2"]["type"] == row["properties"]["level2"]["type"]
    [empty] = _carried(branch, "level2")
    assert _inserted(empty) == "" and empty["label"] == '""'


@pytest.mark.parametrize("form", VARIANTS)
def test_a_field_whose_options_a_condition_gives_gets_no_tab_check(runner, form):
    """二级指标 has no options of its own, 一级指标's conditions give them: `level2: "数量<Tab>指标"` got two squiggles."""
    found = 0
    for _, node in subschemas(_bundle(runner, form), ()):
        if not isinstance(node, dict):
            continue
        branches = [entry["then"] for entry in (node.get("allOf") or []) if "then" in entry]
        for key in {key for branch in branches for key, field in branch.get("properties", {}).items() if "enum" in field}:
            found += 1
            assert all(check.get("pattern") != TAB_FREE for check in node["properties"][key].get("allOf", [])), key
        if branches and "name" in node.get("properties", {}):  # a free text beside it keeps its check
            assert any(check.get("pattern") == TAB_FREE for check in node["properties"]["name"].get("allOf", []))
    assert found


def test_a_branch_field_has_its_fields_type_and_type_message(runner):
    """hengyang's project indicator: `name` must be filled unless the row is the satisfaction one, an `else` with
    no type of its own, and yaml-language-server 2.0.0 completed `name` as `name: ${1:name}`, the key's word chosen
    as its value. Typed as the field is and with its type message, the key completes as `name: `, and a value of the
    wrong type still gets one squiggle (the server drops a message said twice at one place)."""
    indicator = _bundle(runner, "hengyang")["$defs"]["project_indicator"]
    field, branch = indicator["properties"]["name"], indicator["else"]["properties"]["name"]
    assert branch["type"] == field["type"] == "string"
    assert branch["errorMessage"] == field["errorMessage"] == "绩效指标的“三级指标”：请写成文字，如 补助发放及时率"


def test_a_branch_fields_own_checks_keep_their_authors_message_beside_the_type():
    from generator.editor_messages import with_field_messages

    schema = {"type": "object",
              "properties": {"code": {"type": "string", "title": "编码", "errorMessage": "请写文字"}},
              "if": {"properties": {"kind": {"const": "a"}}}, "then": {"properties": {"code": {
                  "pattern": "^[0-9]+$", "errorMessage": "类别为 a 时，编码只含数字"}}}}
    bundle = with_field_messages(schema)
    code = bundle["then"]["properties"]["code"]
    assert code["type"] == "string" and code["errorMessage"] == "编码：请写文字"
    assert {"pattern": "^[0-9]+$", "errorMessage": "类别为 a 时，编码只含数字"} in code["allOf"]
    judged, meant = jsonschema.Draft202012Validator(bundle), jsonschema.Draft202012Validator(schema)
    for value in ({"kind": "a", "code": "12"}, {"kind": "a", "code": "x"}, {"kind": "a", "code": 1}, {"code": "x"}):
        assert judged.is_valid(value) == meant.is_valid(value)
