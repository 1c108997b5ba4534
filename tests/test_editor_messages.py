"""The editor's messages in `jixiao schema`'s bundle: each field named in Chinese, with what is wrong, for the
keywords yaml-language-server would otherwise say in its own generic words; verdicts the same as the files'."""
from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess

import jsonschema
import pytest

from generator.cli import main
from generator.editor_messages import with_field_messages
from generator.load import load
from generator.schema_store import VISIBLE_TEXT
from generator.validate import Validator
from generator.variants import Catalog, Roots

from .conftest import ROOT, SPECS
from .test_integration_files import as_json

VARIANTS = Catalog().names()
_GENERIC = {"minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}
"""The keywords whose failure yaml-language-server 2.0.0 says in its own words, whatever the errorMessage."""


def _bundle(runner, form: str | None = None) -> dict:
    return json.loads(runner.invoke(main, ["schema", *([form] if form else [])]).output)


def _generic_keywords(node, path=()):
    """Where a bundle still holds a keyword the editor says generically, outside an `if` (which only chooses)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _GENERIC and "if" not in path:
                yield (*path, key)
            if key != "if":
                yield from _generic_keywords(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _generic_keywords(item, (*path, index))


def _else_message(field: dict) -> str:
    return next(check["else"]["errorMessage"] for check in field["allOf"] if "else" in check)


def _length_message(field: dict) -> str:
    return next(check["errorMessage"] for check in field["allOf"] if "pattern" in check)


def test_bundle_names_each_field_and_says_what_is_wrong(runner):
    properties = _bundle(runner, "guangzhou")["properties"]
    basic = properties["budget"]["properties"]["basic"]
    assert basic["errorMessage"].startswith("预算整体情况 › 基本支出：金额应是不小于 0 的数字")  # names 数字 and null
    assert _else_message(basic).startswith("预算整体情况 › 基本支出：不能是负数；")
    amount = properties["key_tasks"]["items"]["properties"]["amount"]
    assert amount["errorMessage"].startswith("年度重点工作任务的“拟投入的资金（万元）”：金额应是")
    assert _else_message(properties["year"]).startswith("年度：应不小于 2000 且不大于 2100；应是四位数字")
    assert _length_message(properties["overall_target"]) == ("总体绩效目标：不能为空；请填写总体绩效目标，例如 围绕年度重点工作，"
                                                            "开展联谊交流活动不少于 5 次，按时发放各项补助，服务对象满意度达到 90% 以上")
    assert properties["unit"]["errorMessage"] == "部门名称：请填写单位全称（文字，不能为空）"
    level1 = properties["indicators"]["items"]["properties"]["level1"]
    assert level1["errorMessage"] == "绩效指标的“一级指标”：请写以下之一：产出指标、效益指标"  # not 一级指标请写
    assert "allOf" not in level1  # its enum refuses "" already: no second squiggle from minLength
    branch = properties["indicators"]["items"]["allOf"][0]["then"]["properties"]["level2"]
    assert branch["errorMessage"].startswith("一级指标为“产出指标”时")  # the branch's own words, not hidden


def test_the_type_is_said_once_where_the_authors_message_names_it(runner):
    """`应为文本；应为文字` said the type twice: the type's words lead only an author's message that names it not."""
    properties = _bundle(runner, "guangzhou")["properties"]
    assert properties["other_tasks"]["errorMessage"] == "其他需完成的任务（可选填）：应为文字；没有内容时写 \"\"（一对英文双引号）"
    assert properties["year"]["errorMessage"].startswith("年度：应为整数；应是四位数字")  # 数字 is not 整数


def test_pattern_message_names_the_field(runner):
    code = _bundle(runner, "tianjin")["properties"]["unit_code"]
    assert code["patternErrorMessage"] == "单位编码：只含数字，请加英文双引号，如 \"564301\""


def _messages(node) -> set[str]:
    """Every errorMessage and patternErrorMessage a bundle holds."""
    if isinstance(node, list):
        return set().union(*map(_messages, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    own = {value for key, value in node.items() if key in ("errorMessage", "patternErrorMessage") and isinstance(value, str)}
    return own.union(*(_messages(value) for value in node.values()))


def test_the_bundle_of_every_form_names_each_field_as_the_forms_own_bundle_does(runner):
    """Its `if`/`then` picks a form's whole file, whose messages are that file's own: not a branch's, kept bare."""
    every = _bundle(runner)
    tianjin = every["$defs"]["tianjin.schema.json"]["properties"]["unit_code"]
    assert tianjin["patternErrorMessage"] == "单位编码：只含数字，请加英文双引号，如 \"564301\""
    assert every["$defs"]["guangzhou.schema.json"]["properties"]["unit"]["errorMessage"].startswith("部门名称：请填写")
    for form in VARIANTS:
        assert _messages(_bundle(runner, form)) - _messages(every) == set(), form


@pytest.mark.parametrize("form", [*VARIANTS, None])
def test_bundle_leaves_no_bound_the_editor_says_generically_nor_a_shared_definition(runner, form):
    document = _bundle(runner, form)
    assert list(_generic_keywords(document)) == []
    assert "defs.schema.json" not in json.dumps(document)  # every field's definition copied in, with its name


def _mistakes(data: dict):
    """The spec with one field made wrong at a time: each keyword the bundle reshapes, and its type."""
    for path, value in [(("year",), 23), (("year",), 2101), (("year",), "2024年"), (("unit",), ""), (("unit",), 5),
                        (("overall_target",), ""), (("budget", "basic"), -1), (("budget", "basic"), "12万元"),
                        (("budget", "basic"), None), (("budget", "basic"), 0),
                        (("indicators", 0, "level1"), ""), (("indicators", 0, "level1"), "产出")]:  # enum, no length
        changed = copy.deepcopy(data)
        node = changed
        for step in path[:-1]:
            node = (node.get(step) if isinstance(node, dict)
                    else node[step] if isinstance(node, list) and isinstance(step, int) and step < len(node) else None)
        if isinstance(node, dict) and path[-1] in node:
            node[path[-1]] = value
            yield changed


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.name)
def test_bundle_judges_every_mistake_as_the_schema_files_do(runner, spec):
    """Both the form's bundle and the bundle of every form, whose fields now carry the same reshaped checks."""
    data = as_json(load(spec).data)
    bundles = [jsonschema.Draft202012Validator(_bundle(runner, form)) for form in (data["form"], None)]
    files = Validator().store.validator(f"{data['form']}.schema.json")
    for changed in _mistakes(data):
        assert [bundled.is_valid(changed) for bundled in bundles] == [files.is_valid(changed)] * 2, changed


def test_a_definition_with_fields_inside_a_choice_stays_a_definition():
    """Only a definition with nothing inside to name is copied into each field that uses it."""
    schema = {"type": "object", "$defs": {
        "contact": {"anyOf": [{"type": "object", "properties": {"phone": {"type": "string", "title": "电话"}}},
                              {"type": "null"}]},
        "text": {"type": "string", "minLength": 1}},
        "properties": {"a": {"$ref": "#/$defs/contact", "title": "联系人"}, "b": {"$ref": "#/$defs/text", "title": "乙"}}}
    fields = with_field_messages(schema)["properties"]
    assert fields["a"] == {"$ref": "#/$defs/contact", "title": "联系人"}
    assert "$ref" not in fields["b"] and _length_message(fields["b"]) == "乙：不能为空；请填写乙"


def test_an_enum_that_refuses_what_the_length_refuses_is_the_only_check_said():
    """level1 written as "" drew the length pattern's squiggle and the enum's: one mistake, said twice."""
    schema = {"type": "object", "properties": {
        "level1": {"type": "string", "title": "一级指标", "enum": ["产出指标", "效益指标"], "minLength": 1},
        "kind": {"type": "string", "title": "类别", "enum": ["", "甲"], "minLength": 1},
        "only": {"title": "唯一", "const": "是", "maxLength": 1}}}
    fields = with_field_messages(schema)["properties"]
    assert "allOf" not in fields["level1"] and "allOf" not in fields["only"]
    assert _length_message(fields["kind"]) == "类别：不能为空；请填写类别"  # "" is an option: the bound still refuses it


@pytest.mark.parametrize("bounds, values", [
    ({"minLength": 1, "enum": ["产出指标", 5]}, ["", "产出指标", 5]),
    ({"maxLength": 2, "enum": ["ab", "abc"]}, ["ab", "abc"]),
    ({"minLength": 1}, ["", "a", "\n", "𠀀"]),
    ({"minLength": 3, "maxLength": 4}, ["ab", "abc", "abcd", "abcde", "abc\n", "ab\n", "𠀀𠀀𠀀", "𠀀𠀀𠀀𠀀𠀀"]),
    ({"maxLength": 2}, ["", "ab", "ab\n", "abc"]),
])
def test_a_length_bound_becomes_a_pattern_that_takes_the_same_texts(bounds, values):
    """Counted by code point as minLength counts, and not fooled by Python's `$` before a final line break."""
    schema = {"type": "object", "properties": {"text": {"type": "string", "title": "文字", **bounds}}}
    reshaped = with_field_messages(schema)
    for value in values:
        assert (jsonschema.Draft202012Validator(reshaped).is_valid({"text": value})
                == jsonschema.Draft202012Validator(schema).is_valid({"text": value})), value


def test_a_number_bound_refuses_only_numbers_out_of_bounds():
    schema = {"type": "object", "properties": {"n": {"type": ["number", "null", "string"], "title": "分值",
                                                     "exclusiveMinimum": 0, "maximum": 10, "multipleOf": 0.5}}}
    reshaped = with_field_messages(schema)
    message = _else_message(reshaped["properties"]["n"])
    assert message == "分值：应大于 0 且不大于 10，应为 0.5 的整数倍"
    for value in [0, 0.5, 10, 10.5, 3.3, None, "x", -1]:
        assert (jsonschema.Draft202012Validator(reshaped).is_valid({"n": value})
                == jsonschema.Draft202012Validator(schema).is_valid({"n": value})), value


def test_validate_reads_the_schema_files_whose_bounds_stay(runner, tmp_path):
    """The bundle is the editor's: validate still says its own words for a negative amount and an empty text,
    and the editor says an empty text as validate does, its description's clause included."""
    spec = tmp_path / "guangzhou-x-2023.yaml"
    text = SPECS[0].read_text(encoding="utf-8") if SPECS[0].name.startswith("guangzhou") else ""
    spec.write_text(text.replace("basic: 610.85", "basic: -610.85").replace("\nunit: ", "\nunit: \"\"  # "),
                    encoding="utf-8")
    result = runner.invoke(main, ["validate", str(spec)])
    assert "错误[SCHEMA-MINIMUM] 预算整体情况 › 基本支出：不能是负数，实际是 -610.85" in result.output
    empty = _length_message(_bundle(runner, "guangzhou")["properties"]["unit"])
    assert empty == "部门名称：不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会"
    assert f"错误[SCHEMA-MINLENGTH] {empty}\n" in result.output


@pytest.mark.parametrize("bounds, said", [
    ({"minLength": 5}, "文字：太短了：至少 5 个字"), ({"maxLength": 20}, "文字：太长了：最多 20 个字"),
    ({"minLength": 0, "maxLength": 20}, "文字：太长了：最多 20 个字"),
    ({"minLength": 3, "maxLength": 4}, "文字：字数不对：至少 3 个字且最多 4 个字"),
])
def test_a_length_bound_is_said_in_validates_words(bounds, said):
    """validate's words for the bound (`至少 5 个字`), less the count of what was written, which no pattern knows."""
    schema = {"type": "object", "properties": {"text": {"type": "string", "title": "文字", **bounds}}}
    assert _length_message(with_field_messages(schema)["properties"]["text"]) == said


def test_a_branch_field_is_named_by_its_mappings_title_and_keeps_its_authors_words(runner):
    """hengyang's indicator name must be filled unless the row is the satisfaction one: the `else` holds only
    minLength and the author's message, which the editor showed as 字符串长度小于最小长度 1。"""
    indicator = _bundle(runner, "hengyang")["$defs"]["project_indicator"]
    name = indicator["else"]["properties"]["name"]
    assert _length_message(name).startswith("绩效指标的“三级指标”：必填，请写成文字")


@pytest.mark.parametrize("pattern", [VISIBLE_TEXT, "\\S"], ids=["visible-text", "earlier"])
@pytest.mark.parametrize("bounds", [{"minLength": 2}, {"maxLength": 20}, {"minLength": 1, "maxLength": 20}, {}])
def test_a_text_of_blanks_is_said_empty_whatever_length_bounds_the_visible_text_pattern_stands_beside(bounds, pattern):
    """`"pattern": "\\S"` beside a maxLength or a minLength other than 1 stayed a pattern with no words of its own: the
    editor said the type's (`应为文本`) for "  ", which validate calls empty (`不能为空；请填写…`). It says the same,
    with the pattern the editor reads as validate does, also where a unit's older form wrote `\\S`."""
    schema = {"type": "object", "properties": {"name": {"type": "string", "title": "项目名称", "pattern": pattern,
                                                         "errorMessage": "应为文字", **bounds}}}
    field = with_field_messages(schema)["properties"]["name"]
    assert field["patternErrorMessage"] == "项目名称：不能为空；请填写项目名称"
    assert jsonschema.Draft202012Validator(field).is_valid("甲乙") and not jsonschema.Draft202012Validator(field).is_valid("  ")
    assert field["pattern"] == VISIBLE_TEXT


_REFUSED_IN_JAVASCRIPT = """
const pattern = new RegExp(require("fs").readFileSync(0, "utf8"), "u"), refused = [];
for (let code = 0; code < 0x110000; code++) {
  if ((code < 0xd800 || code > 0xdfff) && !pattern.test(String.fromCodePoint(code))) refused.push(code);
}
console.log(JSON.stringify(refused));
"""


def test_the_visible_text_pattern_refuses_the_same_texts_in_python_and_in_the_editor_s_javascript():
    """`\\S` read a U+FEFF as visible in Python (validate let a name of it alone through, to TEXT-INVISIBLE) and as
    white space in JavaScript (the editor squiggled the same name 不能为空). One character of each kind is enough to
    tell them apart: every code point is tried in both engines."""
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed: JavaScript's reading of the pattern is not tried")
    ran = subprocess.run(["node", "-e", _REFUSED_IN_JAVASCRIPT], input=VISIBLE_TEXT, capture_output=True, text=True,
                         timeout=120)
    assert ran.returncode == 0, ran.stderr
    python = re.compile(VISIBLE_TEXT)
    refused = [code for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF and not python.search(chr(code))]
    assert json.loads(ran.stdout) == refused and 0xFEFF in refused and 0x3000 in refused


def test_validate_says_a_name_of_a_byte_order_mark_alone_is_empty_as_the_editor_does(tmp_path):
    """The editor squiggled `name: "\\uFEFF"` 不能为空 while validate passed the schema and said TEXT-INVISIBLE."""
    spec = (ROOT / "specs" / "jiangsu-taiban-2024.yaml").read_text(encoding="utf-8")
    path = tmp_path / "jiangsu-taiban-2024.yaml"
    path.write_text(spec.replace("    - name: 课题经费", '    - name: "\\uFEFF"', 1), encoding="utf-8")
    codes = {problem.code for problem in Validator().check_file(str(path)).problems}
    assert "SCHEMA-MINLENGTH" in codes and "TEXT-INVISIBLE" not in codes, codes


def _indicator_named_by_a_byte_order_mark(tmp_path, schemas=None) -> list:
    """The problems validate finds in the 江苏 example whose first 举办研讨活动场次 is named by a U+FEFF alone,
    under the shipped schemas or `schemas`."""
    spec = (ROOT / "specs" / "jiangsu-taiban-2024.yaml").read_text(encoding="utf-8")
    path = tmp_path / "jiangsu-taiban-2024.yaml"
    path.write_text(spec.replace("    name: 举办研讨活动场次", '    name: "\\uFEFF"', 1), encoding="utf-8")
    roots = Roots(ROOT / "templates", schemas) if schemas else None
    return Validator(roots).check_file(str(path)).problems


def test_a_name_of_a_byte_order_mark_alone_is_told_what_to_write_as_an_empty_one_is(tmp_path):
    """`str.strip` keeps a U+FEFF, so such a name got the short `不能为空` without what to fill in."""
    refused = [problem.message for problem in _indicator_named_by_a_byte_order_mark(tmp_path)
               if problem.code == "SCHEMA-MINLENGTH"]
    assert len(refused) == 1 and refused[0].endswith("的“三级指标”：不能为空；请填写三级指标（具体的绩效指标名称），"
                                                       "例如 举办活动场次、补助发放及时率"), refused


def test_a_units_form_that_still_writes_the_earlier_pattern_is_read_as_the_editor_reads_it(tmp_path):
    """A unit's form copied while jixiao wrote `"pattern": "\\\\S"` keeps it; the bundle reads it as VISIBLE_TEXT and the
    editor squiggled a name of a U+FEFF alone 不能为空, while validate read `\\S` as written, passed the name to
    TEXT-INVISIBLE and exited 0. Both read it alike now (SCHEMA-BLANK still asks for the file to be updated)."""
    schemas = tmp_path / "schema"
    schemas.mkdir()
    for path in (ROOT / "schema").glob("*.json"):
        text = path.read_text(encoding="utf-8")
        (schemas / path.name).write_text(text.replace(json.dumps(VISIBLE_TEXT), json.dumps("\\S")), encoding="utf-8")
    assert json.dumps("\\S") in (schemas / "jiangsu.schema.json").read_text(encoding="utf-8")
    problems = _indicator_named_by_a_byte_order_mark(tmp_path, schemas)
    codes = {problem.code for problem in problems}
    assert "SCHEMA-MINLENGTH" in codes and "TEXT-INVISIBLE" not in codes, codes
    field = with_field_messages(json.loads((schemas / "jiangsu.schema.json").read_text(encoding="utf-8")))
    name = field["properties"]["indicators"]["items"]["properties"]["name"]
    said = next(problem.message for problem in problems if problem.code == "SCHEMA-MINLENGTH")
    blank = next(check for check in name["allOf"] if check.get("pattern") == VISIBLE_TEXT)
    assert said.endswith(blank["errorMessage"].split("：", 1)[1]), (said, name)


def test_an_authors_own_words_for_the_visible_text_pattern_are_kept():
    schema = {"type": "object", "properties": {"name": {"type": "string", "title": "项目名称", "pattern": "\\S",
                                                         "maxLength": 20, "patternErrorMessage": "请写项目全称"}}}
    assert with_field_messages(schema)["properties"]["name"]["patternErrorMessage"] == "项目名称：请写项目全称"


def _key_messages(bundle: dict, data: dict) -> list[str]:
    """The editor's messages for keys (`propertyNames`) when the bundle judges `data`, $refs inside the bundle."""
    validator = jsonschema.Draft202012Validator(bundle)
    return [error.schema.get("errorMessage", error.message) for error in validator.iter_errors(data)
            if "propertyNames" in error.absolute_schema_path]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
@pytest.mark.parametrize("line, key, said", [
    ("unit：某市台湾同胞联谊会", "unit：某市台湾同胞联谊会", "中文冒号“：”"),
    ("unit:　某市台湾同胞联谊会", "unit:　某市台湾同胞联谊会", "英文冒号“:”后面要有一个半角空格"),
    ("unit:某市台湾同胞联谊会", "unit:某市台湾同胞联谊会", "英文冒号“:”后面要有一个半角空格"),
    ("　　unit: 某市", "　　unit", "行首有全角空格"),
])
def test_a_key_an_input_method_slipped_on_is_squiggled_in_chinese_on_its_line(runner, spec, line, key, said):
    """yaml-language-server reads such a line as a key made of the whole line (`{line}` -> `{key}`) and said only
    "Implicit map keys need to be followed by map values" there, the form's list of fields at most on another
    line; the bundle's `propertyNames` puts the slip in Chinese on the key, one message a slip, in every mapping."""
    data = as_json(load(spec).data)
    bundle = _bundle(runner, data["form"])
    assert _key_messages(bundle, data) == []
    data[key] = None
    messages = _key_messages(bundle, data)
    assert len(messages) == 1 and said in messages[0], (line, messages)
    nested = next(item for value in data.values() for item in (value if isinstance(value, list) else [value])
                  if isinstance(item, dict))
    nested[key] = None
    assert len(_key_messages(bundle, data)) == 2


def test_a_slipped_key_is_said_by_its_slip_alone_not_by_the_mappings_list_of_fields(runner):
    """yaml-language-server put `additionalProperties: false`'s message, the mapping's whole list of fields, on a key
    typed `level2：数量指标` beside the slip's words, in an indicator as at the top: the slip is said alone there,
    the missing field still by `required` on the mapping, and an unknown key still gets the list."""
    data = as_json(load(next(spec for spec in SPECS if spec.name.startswith("guangzhou"))).data)
    bundle = _bundle(runner, "guangzhou")
    item = data["indicators"][0]
    item["level2：" + item.pop("level2")] = None
    data["unit:" + data.pop("unit")] = None
    data["budget"]["\u3000basic"] = data["budget"].pop("basic")
    errors = list(jsonschema.Draft202012Validator(bundle).iter_errors(data))
    assert [error.validator for error in errors if error.validator == "additionalProperties"] == []
    assert len(_key_messages(bundle, data)) == 3 and {"required"} <= {error.validator for error in errors}
    item["levle2"] = None
    assert [error.validator for error in jsonschema.Draft202012Validator(bundle).iter_errors(data)
            if error.validator == "additionalProperties"] == ["additionalProperties"]
