"""Adding a variant by copying one (zhanjiang → zhejiang) and getting a detail wrong: each mistake is
named, located, exit 2, and never turns into a form with rows or checks silently missing."""
from __future__ import annotations

import datetime
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from generator.cli import main
from generator.command_paths import OLE2_SIGNATURE

from .conftest import ROOT, copy_variant, docx_edit, locate, zip_edit

SPEC = "zhanjiang-qiaolian-2024.yaml"


class Zhejiang:
    """A sixth variant in a temporary folder, and a spec of it."""

    def __init__(self, root: Path):
        self.templates, self.schemas = root / "templates", root / "schema"
        self.folder = self.templates / "zhejiang"
        shutil.copytree(ROOT / "templates" / "zhanjiang", self.folder)
        self.schemas.mkdir()
        self.schema = self.schemas / "zhejiang.schema.json"
        self.schema.write_text((ROOT / "schema" / "zhanjiang.schema.json").read_text(encoding="utf-8")
                               .replace("zhanjiang", "zhejiang"), encoding="utf-8")
        self.spec = root / "specs" / "zhejiang.yaml"
        self.spec.parent.mkdir()
        self.spec.write_text((ROOT / "specs" / SPEC).read_text(encoding="utf-8").replace("zhanjiang", "zhejiang"),
                             encoding="utf-8")
        self.out = root / "out"

    def edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def refused(self, runner, words: str) -> None:
        """validate and build both stop with exit 2 and say `words` (a regular expression)."""
        for command in ("validate", "build"):
            result = self.run(runner, command, str(self.spec))
            assert result.exit_code == 2 and re.search(words, result.output), (command, result.output)

    def build_refuses(self, runner, said: str) -> str:
        """build stops with exit 2 and says `said`; its output."""
        result = self.run(runner, "build", str(self.spec))
        assert result.exit_code == 2 and said in result.output, result.output
        return result.output

    def offer(self, *fields: str) -> None:
        """Name top-level fields added to the schema (`code（单位代码）`) among those its errorMessage says may be
        written, as docs/variants.md tells a form's author to (the schema check names a field it leaves out)."""
        self.edit(self.schema, "还可写 other_tasks（其他需完成的任务）", "还可写 other_tasks（其他需完成的任务）、" + "、".join(fields))

    def written(self) -> list[Path]:
        return [p for p in self.out.glob("*") if p.suffix in (".docx", ".html")]

    def run(self, runner, command: str, *args: str):
        options = ["--templates", str(self.templates), "--schemas", str(self.schemas)]
        if command == "build":
            options += ["--out", str(self.out), "--jobs", "1"]
        return runner.invoke(main, [command, *args, *options])


@pytest.fixture
def zhejiang(tmp_path) -> Zhejiang:
    return Zhejiang(tmp_path)


def test_the_copy_builds(runner, zhejiang):
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert "华侨满意度" in next(zhejiang.out.glob("*.html")).read_text(encoding="utf-8")


# ---- 1. a frame's names against the schema's --------------------------------------------------------------------

@pytest.mark.parametrize("old, new, words", [
    ("- level1: 满意度指标", "- level1: 满意度指示",
     r"profile.yaml:12:15: 错误\[PROFILE\] 指标体系“main”的一级指标“满意度指示”不是 zhejiang.schema.json 中 indicators "
     r"的一级指标可选的取值.*是否想写“满意度指标”"),
    ("[服务对象满意度指标]", "[服务对象满意度]",
     r"profile.yaml:13:16: 错误\[PROFILE\] 指标体系“main”的二级指标“服务对象满意度”不是 .*是否想写“服务对象满意度指标”"),
    ("    - level1: 满意度指标\n      level2: [服务对象满意度指标]\n", "",
     r"profile.yaml:\d+:5: 错误\[PROFILE\] .*一级指标可以写“满意度指标”，指标体系“main”里却没有"),
])
def test_a_frame_name_the_schema_does_not_allow_is_named_exit_2(runner, zhejiang, old, new, words):
    """It used to build with every row of that category silently left off the form."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", old, new)
    zhejiang.refused(runner, words)
    assert not zhejiang.written()


@pytest.mark.parametrize("region", ["浙江", "浙江 省", "Zhejiang", "浙江省省", "浙江省宁波市", "内蒙古自治区自治区"])
def test_a_region_that_is_no_provinces_whole_name_is_named_at_its_line(runner, zhejiang, region):
    """`region:` is what `new --form 某省` matches against: a short or spaced one would match what the clerk types
    only by luck, so the profile is refused where it is written, as any other key in it. A 省 typed twice or a
    province and its city were taken (any characters before the last 省), and listed so by `new --list`."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "region: 广东省", f"region: {region}")
    zhejiang.refused(runner, rf"profile.yaml:1:9: 错误\[SCHEMA-PATTERN\] 所属地区：格式不对（文本“{region}”）；"
                             "应为这种表所属的省级地区的全称：汉字，以“省”“市”或“自治区”结尾")


@pytest.mark.parametrize("region", ["内蒙古自治区", "广西壮族自治区", "新疆维吾尔自治区", "黑龙江省", "天津市", "湛江市"])
def test_a_regions_real_name_is_taken(runner, zhejiang, region):
    """The pattern refusing a 省 typed twice still takes the names of regions as they are written: three characters
    before 省, an 自治区 with its people's name, a 市 (a city governed as a province, or a city)."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "region: 广东省", f"region: {region}")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 0 and "所属地区" not in result.output, result.output


def test_blocks_name_the_frames_level1s_and_cover_them(runner, zhejiang):
    zhejiang.edit(zhejiang.folder / "profile.yaml", "    print_empty: true\n",
                  "    print_empty: true\n    blocks: [[产出指标, 效益指标], [满意度指示]]\n")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert re.search(r"profile.yaml:\d+:\d+: 错误\[PROFILE\] blocks 中的“满意度指示”不是指标体系“main”的一级指标", result.output)
    assert re.search(r"profile.yaml:\d+:\d+: 错误\[PROFILE\] 指标体系“main”的一级指标“满意度指标”不在任何一个 block 里", result.output)


def test_a_rows_level1_outside_the_frame_is_a_spec_error_where_the_schema_leaves_it_open(runner, zhejiang):
    """A schema may leave 一级 open (no enum): the row then has no place on the form, so it is an error, not a skip."""
    zhejiang.edit(zhejiang.schema, '"enum": [\n              "产出指标",\n              "效益指标",\n              "满意度指标"\n            ]',
                  '"maxLength": 20')
    zhejiang.edit(zhejiang.spec, "- level1: 满意度指标", "- level1: 满意指标")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 1, result.output
    assert re.search(r"zhejiang.yaml:\d+:13: 错误\[TAXONOMY\] .*一级指标“满意指标”不在本表样的指标体系中；应为以下之一：产出指标、效益指标、满意度指标",
                     result.output), result.output
    assert not zhejiang.written()


def test_the_model_never_drops_a_row_it_cannot_place():
    from generator.model import indicator_table

    frame = [{"level1": "产出指标", "level2": ["数量指标"]}]
    rows = [{"level1": "产出指标", "level2": "数量指标", "name": "a"}, {"level1": "满意度指标", "level2": "", "name": "b"}]
    with pytest.raises(ValueError, match="'b'"):
        indicator_table(rows, {}, frame, ["level1", "level2", "name"])


# ---- 2. a $ref that points nowhere ------------------------------------------------------------------------------

@pytest.mark.parametrize("old, new, words", [
    ('"defs.schema.json#/$defs/year"', '"defs.schema.json#/$defs/yaer"',
     r"zhejiang.schema.json:27:7: \$ref“defs.schema.json#/\$defs/yaer”指不到任何定义：defs.schema.json 里没有“#/\$defs/yaer”.*是否想写“year”"),
    ('"defs.schema.json#/$defs/unit"', '"def.schema.json#/$defs/unit"',
     r"zhejiang.schema.json:32:7: \$ref“def.schema.json#/\$defs/unit”指不到任何定义：没有名为“def.schema.json”的 schema 文件；是否想写“defs.schema.json”"),
    ('"defs.schema.json#/$defs/unit"', '"#/$defs/unit"',
     r"zhejiang.schema.json:32:7: \$ref“#/\$defs/unit”指不到任何定义：zhejiang.schema.json 里没有“#/\$defs/unit”，其中的“\$defs”不存在"),
    ('"defs.schema.json#/$defs/unit"', '"#/required/²"',
     r"zhejiang.schema.json:32:7: \$ref“#/required/²”指不到任何定义：zhejiang.schema.json 里没有“#/required/²”，其中的“²”不存在"),
    ('"defs.schema.json#/$defs/unit"', '"#/required/0"',
     r"zhejiang.schema.json:32:7: \$ref“#/required/0”指不到任何定义：zhejiang.schema.json 里的“#/required/0”是 \"form\"，"
     r"不是定义；\$ref 要指向一个定义（\{…\}、true 或 false），如“#/\$defs/名称”"),
    ('"defs.schema.json#/$defs/unit"', '"#/"',
     r"zhejiang.schema.json:32:7: \$ref“#/”指不到任何定义：zhejiang.schema.json 里没有“#/”：指针里“/”之间或末尾的空段指名字为空的键；"
     r"请删去多余的“/”（指整个文件请写“#”）"),
], ids=["misspelt", "no-file", "no-defs", "superscript-index", "no-schema", "empty-step"])
def test_a_ref_that_points_nowhere_is_named_at_its_line_exit_2(runner, zhejiang, old, new, words):
    """It used to be read as an empty schema: the check it named vanished and validate found nothing wrong. An index
    `²` (a digit to str.isdigit, refused by int()), a target that is no schema (a string of `required`) and
    a pointer's empty step (`#/`, a key named "" to jsonschema, skipped by jixiao) stopped every command with a
    ValueError, an AttributeError or PointerToNowhere (exit 4)."""
    zhejiang.edit(zhejiang.schema, old, new)
    zhejiang.edit(zhejiang.spec, "year: 2024", 'year: "二〇二四"')  # the check the $ref stood for would catch this
    for command in ("validate", "build", "lint"):
        result = zhejiang.run(runner, command, str(zhejiang.spec))
        assert result.exit_code == 2 and re.search(words, result.output), (command, result.output)
    assert not zhejiang.written()


_BOOLEAN_DEFS = ('"additionalProperties": false,', '"additionalProperties": false, "$defs": {"any": true, "none": false},')


def test_a_ref_to_a_true_definition_takes_any_value_in_every_command(runner, zhejiang):
    """JSON Schema lets a definition be `true` (any value) or `false` (none), and a $ref point at it: the `true`
    merged as a mapping stopped every command with a TypeError (exit 4), and a `true` in $defs stopped
    `jixiao schema` (AttributeError) even unreferred to. Read as `true` written in place, title and all."""
    zhejiang.edit(zhejiang.schema, *_BOOLEAN_DEFS)
    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/unit"', '"$ref": "#/$defs/any"')
    zhejiang.edit(zhejiang.spec, "unit: ", "unit: 123 # ")  # the unit's definition asks a text
    for command, args in (("validate", [str(zhejiang.spec)]), ("build", [str(zhejiang.spec)]),
                          ("lint", [str(zhejiang.spec)]), ("schema", ["zhejiang"])):
        result = zhejiang.run(runner, command, *args)
        assert result.exit_code == 0 and "错误[" not in result.output, (command, result.output)
    assert len(zhejiang.written()) == 2


@pytest.mark.parametrize("written", [True, False], ids=["written", "left-out"])
def test_a_ref_to_a_false_definition_refuses_the_field_as_false_written_in_place(runner, zhejiang, written):
    """A field whose $ref points at a `false` definition may not be written, said at its key as `false` in its
    place is; it stopped every command with a TypeError (exit 4)."""
    zhejiang.edit(zhejiang.schema, *_BOOLEAN_DEFS)
    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/text",\n      "title": "其他需完成的任务',
                  '"$ref": "#/$defs/none",\n      "title": "其他需完成的任务')
    if not written:
        zhejiang.edit(zhejiang.spec, 'other_tasks: ""', "")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == (1 if written else 0), result.output
    assert ("zhejiang.yaml:45:1: 错误[SCHEMA-FALSE] 文件顶层：表样不允许写“other_tasks”，请删去这一行" in result.output) == written, \
        result.output



@pytest.mark.parametrize("edits, words", [
    ([('"defs.schema.json#/$defs/year"', '"#/properties/year"')],
     r"zhejiang.schema.json:27:7: \$ref“#/properties/year”兜了一圈又回到这里（#/properties/year → #/properties/year）"),
    ([('"defs.schema.json#/$defs/year"', '"#/properties/unit"'), ('"defs.schema.json#/$defs/unit"', '"#/properties/year"')],
     r"zhejiang.schema.json:27:7: \$ref“#/properties/unit”兜了一圈又回到这里（#/properties/unit → #/properties/year → "
     r"#/properties/unit）：检查一个值时在这几处之间来回，永远查不完"),
    ([('"$schema": "https://json-schema.org/draft/2020-12/schema",', '"$schema": "https://json-schema.org/draft/2020-12/schema", '
                                                                      '"anyOf": [{"$ref": "#"}],')],
     r"zhejiang.schema.json:2:\d+: \$ref“#”兜了一圈又回到这里（# → #）"),
])
def test_a_ref_that_leads_back_to_itself_on_the_same_value_is_named_exit_2(runner, zhejiang, edits, words):
    """Validating a value against it never ends: every command stopped with a RecursionError (exit 4)."""
    for old, new in edits:
        zhejiang.edit(zhejiang.schema, old, new)
    for command in ("validate", "build", "lint", "fmt"):
        result = zhejiang.run(runner, command, str(zhejiang.spec))
        assert result.exit_code == 2 and re.search(words, result.output), (command, result.output)
    assert not zhejiang.written()


def test_a_ref_to_itself_one_level_down_is_no_loop(runner, zhejiang):
    """A definition may refer to itself for a field: the check goes into a smaller value each time, and ends. Here the
    whole spec's schema for `unit` is read through, and the file name printing `unit` is told it is no value now."""
    zhejiang.edit(zhejiang.schema, '"defs.schema.json#/$defs/unit"', '"#"')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 2 and "兜了一圈" not in result.output, result.output
    assert "印出的“unit”是一组字段（form、year、unit、basic_info……），不是一个值" in result.output


@pytest.mark.parametrize("target", ["#/$defs/indicator", "#meta"])
def test_a_dynamic_ref_is_named_at_its_line_exit_2(runner, zhejiang, target):
    """validate checks against the schema with every `$ref` expanded and no definitions left, where a `$dynamicRef`
    found nothing: every command stopped with an internal error (exit 4)."""
    zhejiang.edit(zhejiang.schema, '"defs.schema.json#/$defs/year"', f'"defs.schema.json#/$defs/year", "$dynamicRef": "{target}"')
    for command in ("validate", "build", "lint"):
        result = zhejiang.run(runner, command, str(zhejiang.spec))
        assert result.exit_code == 2, (command, result.output)
        assert re.search(rf"zhejiang.schema.json:27:47: \$dynamicRef“{re.escape(target)}”：jixiao 不读动态引用（\$dynamicRef）.*请改用 \$ref",
                         result.output), (command, result.output)
    assert not zhejiang.written()


def test_an_id_below_the_top_does_not_move_where_refs_resolve(runner, zhejiang):
    """A schema that refers to itself is validated through the registry, which honoured a field's `$id`: the `$ref`
    beside it resolved against that address, where no file is, and every command stopped with exit 4. jixiao
    resolves a `$ref` by file name, as `jixiao schema` and the editor's bundle do."""
    zhejiang.edit(zhejiang.schema, '"defs.schema.json#/$defs/year"', '"defs.schema.json#/$defs/year", "$id": "http://example.com/y.json"')
    zhejiang.edit(zhejiang.schema, '"type": "object",', '"type": "object", "if": {"additionalProperties": {"$ref": "#"}},')
    for command in ("validate", "build"):
        result = zhejiang.run(runner, command, str(zhejiang.spec))
        assert result.exit_code == 0, (command, result.output)
    zhejiang.edit(zhejiang.spec, "year: 2024", 'year: "二〇二四"')  # the year's check still holds
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 1 and "年度" in result.output, result.output


@pytest.mark.parametrize("ref", ["#", ""])
def test_a_ref_to_the_top_in_a_condition_of_a_list_item_is_the_files_top(runner, zhejiang, ref):
    """The check of what `jixiao new` writes in a row (row_conditions) took the item's schema as a schema of its own,
    where `#` was the item: the condition pointed back at it, and build stopped with a RecursionError (exit 4). The
    file's top takes no indicator (it asks for form, year, unit…), so the condition holds for none and refuses none."""
    zhejiang.edit(zhejiang.schema, '"allOf": [\n', f'"allOf": [{{"if": {{"$ref": "{ref}"}}, "then": false}},\n')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert len(zhejiang.written()) == 2
    result = zhejiang.run(runner, "lint", str(zhejiang.spec))
    assert result.exit_code == 0, result.output

# ---- 3. a broken template or profile pattern is the form's fault: exit 2 -------------------------------------------

@pytest.mark.parametrize("old, new, words", [
    ('title: "{{ year }}', 'title: "{{ year }',
     r"profile.yaml:3:8: 错误\[PROFILE\] title（表题的写法）不是有效的 Jinja 写法（unexpected '}'）"),
    ('file_name: "{{ unit }}', 'file_name: "{{ unit }',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）不是有效的 Jinja 写法"),
    ('file_name: "{{ unit }}', 'file_name: "{{ unit|upcase }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）不是有效的 Jinja 写法（没有名为“upcase”的过滤器）"),
    ('file_name: "{{ unit }}', 'file_name: "{{ unti }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）用到的“unti”不是 zhejiang.schema.json 里的字段；是否想写“unit”？"),
    # a step below a field, wherever the pattern reads it: each used to fail every spec's build, RENDER-TEMPLATE
    ('file_name: "{{ unit }}', 'file_name: "{{ budget.basc }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）用到的“budget.basc”中的“basc”不是 zhejiang.schema.json "
     r"里的字段；是否想写“basic”？"),
    ('title: "{{ year }}', 'title: "{% if budget.fiscl %}{{ year }}{% endif %}',
     r"profile.yaml:3:8: 错误\[PROFILE\] title（表题的写法）用到的“budget.fiscl”中的“fiscl”.*是否想写“fiscal”？"),
    ('file_name: "{{ unit }}', 'file_name: "{{ key_tasks[0].nmae | trim }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）用到的“key_tasks\[0\].nmae”中的“nmae”.*是否想写“name”？"),
    ('file_name: "{{ unit }}', 'file_name: "{{ budget.zzz }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）用到的“budget.zzz”中的“zzz”.*；可以写：basic、project"),
    # a tag that loads another template: the pattern's environment has none to load, and every spec's validate and
    # build stopped with an internal error (no loader for this environment), exit 4
    ('file_name: "{{ unit }}', 'file_name: "{% include \'x\' %}{{ unit }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）用了 {% include %}：文件名只由规格的字段写成，不能引入别的模板"),
    ('title: "{{ year }}', 'title: "{% import \'m\' as m %}{{ year }}',
     r"profile.yaml:3:8: 错误\[PROFILE\] title（表题的写法）用了 {% import %}"),
    ('title: "{{ year }}', 'title: "{% extends \'base\' %}{{ year }}',
     r"profile.yaml:3:8: 错误\[PROFILE\] title（表题的写法）用了 {% extends %}"),
])
def test_a_broken_title_or_file_name_pattern_is_named_at_its_line(runner, zhejiang, old, new, words):
    """It used to show `profile.yaml:` with no line, saying “title 或 file_name”."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", old, new)
    zhejiang.refused(runner, words)


def test_a_rule_severity_that_is_no_severity_is_named_as_such(runner, zhejiang):
    """`B6: fatal` was told "应为true/false": the boolean branch of the setting, not the one a word is for."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "\nlint:\n", "\nlint:\n  rules:\n    B6: fatal\n")
    zhejiang.refused(runner, r"profile.yaml:\d+:9: 错误\[SCHEMA-ENUM\] 目标质量检查 › 规则设置 › B6：文本“fatal”不是可选的取值；"
                             r"应为以下之一：error、warning、info")


def test_a_field_misspelt_in_a_pattern_says_which_pattern(runner, zhejiang):
    """A loop's own variable is not looked up in the schema when the profile is read: the build names it."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", 'file_name: "{{ unit }}',
                  'file_name: "{% for task in key_tasks %}{{ task.nmae }}{% endfor %}')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert "profile.yaml: 错误[RENDER-TEMPLATE] file_name（文件名）的写法有误，无法生成：用到的“nmae”" in result.output


def test_a_pattern_that_reads_fields_rightly_builds(runner, zhejiang):
    """What the pattern check must not refuse: a method on a value, a filter, a loop, the title in the file name."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", 'file_name: "{{ unit }}',
                  'file_name: "{{ title[:4] }}{{ unit.strip() }}{% if budget.basic %}{{ budget.basic | string }}{% endif %}'
                  '{% for task in key_tasks[:1] %}{{ loop.index }}{{ task.name }}{% endfor %}{{ unit }}')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("template, old, new, words", [
    ("form.html", "{% for", "{% for}", r"form.html:\d+:1: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：标签写得不对"),
    ("form.html", None, None, r"form.html: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成："),
    ("form.docx", None, None, r"form.docx: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：文件不存在（.*）；同一文件夹里的 "
                              r"make_form_docx.py 写出它，请运行 python \S*zhejiang/make_form_docx.py（它用 jixiao 源码里的 tools/"),
])
def test_a_broken_or_missing_template_exits_2(runner, zhejiang, template, old, new, words):
    """A spec's own errors exit 1; a template that cannot render any spec of its form is the form's, exit 2."""
    path = zhejiang.folder / template
    if old is None:
        path.unlink()
    else:
        zhejiang.edit(path, old, new)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2 and re.search(words, result.output), result.output
    assert not zhejiang.written()


@pytest.mark.parametrize("saved_as, said", [
    ("form.doc", "；同一文件夹里有 form.doc：它是 Word 97-2003 格式，jixiao 只读 form.docx；请在 Word 或 WPS 里打开 form.doc，"
                 "“另存为”，保存类型选“Word 文档（*.docx）”（WPS 里是“Microsoft Word 文件（*.docx）”），文件名 form.docx（只改扩展名不行）"),
    ("form.docx.doc", "；同一文件夹里有 form.docx.doc：它是 Word 97-2003 格式，jixiao 只读 form.docx；请在 Word 或 WPS 里打开 "
                      "form.docx.doc，“另存为”"),
    ("form.wps", "；同一文件夹里有 form.wps：它是 WPS 文字格式，jixiao 只读 form.docx；请在 Word 或 WPS 里打开 form.wps，“另存为”"),
    ("form.docx.docx", "；同一文件夹里有 form.docx.docx：多了一个扩展名“.docx”（Windows 隐藏扩展名时，看到的 form.docx 其实是它），"
                       "请改名为 form.docx"),
    ("Form.docx", "；同一文件夹里有 Form.docx：文件名区分大小写，请改名为 form.docx"),
    ("form.docx.bak", "文件不存在（"),
], ids=["97-2003", "97-2003 under the name typed whole", "WPS", "extension doubled", "letter case", "a backup"])
def test_a_form_docx_saved_under_another_name_is_named(runner, zhejiang, saved_as, said):
    """Saved from Word as 97-2003, or as form.docx.docx behind Windows' hidden extensions, the form was told only
    that form.docx did not exist, though the file was there to be named."""
    (zhejiang.folder / "make_form_docx.py").unlink()
    (zhejiang.folder / "form.docx").rename(zhejiang.folder / saved_as)
    output = zhejiang.build_refuses(runner, said)
    assert "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：文件不存在（" in output
    assert saved_as != "form.docx.bak" or "form.docx.bak" not in output  # a backup is not said to be the form renamed


@pytest.mark.parametrize("saved_as, said", [
    ("form.html.txt", "；同一文件夹里有 form.html.txt：多了一个扩展名“.txt”（Windows 隐藏扩展名时，看到的 form.html 其实是它；"
                      "记事本另存时保存类型要选“所有文件”），请改名为 form.html"),
    ("Form.html", "；同一文件夹里有 Form.html：文件名区分大小写，请改名为 form.html"),
    ("form.htm", "；同一文件夹里有 form.htm：jixiao 只读 form.html，请改名为 form.html"),
    ("form.html.html", "；同一文件夹里有 form.html.html：多了一个扩展名“.html”（Windows 隐藏扩展名时，看到的 form.html 其实是它），"
                       "请改名为 form.html"),
    ("form.html.bak", "；每个表样文件夹都要有 form.html（HTML 模板），可以从复制来的表样文件夹里取一份来改"),
    ("form.doc", "；每个表样文件夹都要有 form.html（HTML 模板），可以从复制来的表样文件夹里取一份来改"),
], ids=["Notepad's .txt", "letter case", "short extension", "extension doubled", "a backup", "a Word save"])
def test_a_missing_form_html_is_said_missing_and_a_file_saved_for_it_named(runner, zhejiang, saved_as, said):
    """A form.html saved by Notepad as form.html.txt was said to be a template "form.html" that form.html referred to
    and jixiao could not find: it named no file missing, nor the one beside it that a rename would make the form's."""
    (zhejiang.folder / "form.html").rename(zhejiang.folder / saved_as)
    output = zhejiang.build_refuses(runner, "form.html: 错误[RENDER-TEMPLATE] 模板有误，无法生成：文件不存在（")
    assert said in output and "引用的模板" not in output
    assert saved_as not in ("form.html.bak", "form.doc") or saved_as not in output  # neither is the HTML form renamed


def test_a_word_97_2003_file_named_form_docx_is_said_to_be_one(runner, zhejiang):
    """A .doc renamed to form.docx was told to be re-saved as .docx, which its author believed done."""
    (zhejiang.folder / "form.docx").write_bytes(OLE2_SIGNATURE + bytes(504))
    zhejiang.build_refuses(runner, "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：不是有效的 Word 文件（.docx）："
                                   "它是 Word 97-2003 格式（.doc）或 WPS 格式的文件，只是文件名是 .docx；"
                                   "请在 Word 或 WPS 里打开它，“另存为”，保存类型选“Word 文档（*.docx）”")


def test_a_form_docx_with_a_password_to_open_it_is_said_to_have_one(runner, zhejiang):
    """Kept in the same container as a .doc, it was told to be re-saved as .docx, which keeps its password."""
    name = "EncryptedPackage".encode("utf-16-le")  # the OLE2 directory entry Word, WPS and Excel keep it in
    (zhejiang.folder / "form.docx").write_bytes(OLE2_SIGNATURE + bytes(504) + name + bytes(64 - len(name))
                                                + (len(name) + 2).to_bytes(2, "little"))
    output = zhejiang.build_refuses(runner, "不是有效的 Word 文件（.docx）：它设了打开密码（已加密），jixiao 读不了；"
                                            "请在 Word 或 WPS 里用密码打开它，去掉打开密码")
    assert "97-2003" not in output


def test_a_form_docx_of_no_bytes_is_said_to_be_empty(runner, zhejiang):
    """It was told to be re-saved as .docx, though Word cannot open it to save it: its folder's script writes it."""
    (zhejiang.folder / "form.docx").write_bytes(b"")
    zhejiang.build_refuses(runner, "不是有效的 Word 文件（.docx）：文件是空的（0 字节），多半是保存或复制到一半断了，Word 也打不开它；"
                                   "同一文件夹里的 make_form_docx.py 写出它，请运行 ")


@pytest.mark.parametrize("part, old, new, numbered", [
    ("word/_rels/document.xml.rels", r'(Type="[^"]*/styles")', r'TargetMode="External" \1', True),
    ("word/document.xml", r"(?s)<w:body>.*</w:body>", "", True),
    ("word/document.xml", r"(?s)<w:body>.*</w:body>", "", False),
    ("word/document.xml", r"(?s)<w:document .*</w:document>", "<x/>", False),
], ids=["styles outside", "no body", "no body, no page numbers", "another root"])
def test_a_template_python_docx_opens_and_cannot_read_is_said_no_word_file(runner, zhejiang, part, old, new, numbered):
    """styles.xml as a file outside the package (an External target), a main part with no body or of another root:
    python-docx opens each, and build (and import, which reads the form by it) stopped with an internal error (exit
    4); it is the template's fault, said as import says such a file, with or without page numbers to add, and import
    says a body it cannot read as it says a damaged form.docx."""
    if not numbered:
        zhejiang.edit(zhejiang.folder / "profile.yaml", "page_numbers:", "# page_numbers:")
    zip_edit(zhejiang.folder / "form.docx", part, old, new, regex=True)
    zhejiang.build_refuses(runner, "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：不是有效的 Word 文件（.docx）")
    assert not zhejiang.written()
    if part != "word/document.xml":  # import reads the form's body, not its styles
        return
    result = zhejiang.run(runner, "import", str(ROOT / "templates" / "zhanjiang" / "form.docx"), "--form", "zhejiang",
                          "-o", str(zhejiang.out / "imported.yaml"))
    assert result.exit_code == 2 and "Word 模板无法读取：不是有效的 Word 文件（.docx）" in result.output, result.output


def test_a_footer_reference_with_no_r_id_is_refused_in_a_form_with_no_page_numbers_too(runner, zhejiang):
    """Without page numbers to add, build copied the reference into every form as it was, which LibreOffice refuses
    to load: the damage is the template's whatever its profile asks, refused before any form is written; import,
    which reads the form's template only to recognise and place a document, still reads it."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "page_numbers:", "# page_numbers:")
    zip_edit(zhejiang.folder / "form.docx", "word/document.xml", r"(<w:sectPr[^>]*>)",
             r'\1<w:footerReference w:type="default"/>', regex=True)
    zhejiang.build_refuses(runner, "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：第 1 节的页脚引用")
    assert not zhejiang.written()
    result = zhejiang.run(runner, "import", str(ROOT / "templates" / "zhanjiang" / "form.docx"), "--form", "zhejiang",
                          "-o", str(zhejiang.out / "imported.yaml"))
    assert "已导入" in result.output and "无法读取" not in result.output, result.output  # its errors: no filled-in form


@pytest.mark.parametrize("template, blank, words", [
    ("form.html", lambda path: path.write_text("  \n\n", encoding="utf-8"),
     r"form.html: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：模板是空的，生成的每一份表都会是空白页"),
    ("form.docx", lambda path: Document().save(path),
     r"form.docx: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：模板是空的（Word 文件里没有表格，也没有文字）"),
], ids=["html", "docx"])
def test_an_empty_template_is_a_template_error_not_a_blank_form(runner, zhejiang, template, blank, words):
    """An empty form.html, or a new blank Word document saved as form.docx, built every spec's form
    as an empty page and said it had made it (exit 0)."""
    blank(zhejiang.folder / template)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2 and re.search(words, result.output), result.output
    assert not zhejiang.written()


LISTED = "湛江市级部门整体预算绩效目标表\t广东省"
"""The copy's line in `new --list` after its folder name: the Chinese name and region it kept from zhanjiang."""


def _listed(result) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in result.stdout.splitlines())


def test_a_new_spec_writes_a_date_its_schema_takes(runner, zhejiang, monkeypatch):
    """A date field (`x-jixiao-kind: date`) was written 2026年12月2日 whatever its schema asked: under
    `format: date` the spec `jixiao new` had just written failed validate. It is today as that format writes it."""
    zhejiang.edit(zhejiang.schema, '"properties": {', '"properties": {"filled_date": {"type": "string", '
                                                     '"format": "date", "x-jixiao-kind": "date", "title": "填表日期"}, ')
    zhejiang.offer("filled_date（填表日期）")
    spec, today = zhejiang.out.parent / "unit" / "specs" / "new.yaml", datetime.date.today()
    spec.parent.mkdir(parents=True)
    monkeypatch.chdir(spec.parent.parent)  # the editor's copy of the schema goes to unit/schema
    made = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", str(today.year), "-o", str(spec))
    assert made.exit_code == 0, made.output
    assert f'filled_date: "{today.isoformat()}"\n' in spec.read_text(encoding="utf-8")
    checked = zhejiang.run(runner, "validate", str(spec))
    assert checked.exit_code == 0, checked.output


def test_a_copied_form_offers_the_value_hints_where_its_schema_marks_a_value(runner, zhejiang):
    """A bare number in an indicator value is offered a unit (`12` → "12个") or a percentage: the value was known by
    its key (`value`, `*_value`), so a form calling its 指标值 `target` got only "请加上双引号写成文本". Its schema's
    `x-jixiao-kind: indicator-value` is what marks it now, on a field written out in full as on any unit's form."""
    schema = re.sub(r'(?<![\w])value(?=["（:])', "target", zhejiang.schema.read_text(encoding="utf-8"))
    written_out = ('"type": "string", "minLength": 1, "x-jixiao-style": "double-quoted", '
                   '"x-jixiao-kind": "indicator-value", "errorMessage": "指标值请加英文双引号写成文字，如 \\"≥95%\\""')
    zhejiang.schema.write_text(schema.replace('"$ref": "defs.schema.json#/$defs/indicator_value",', written_out + ","),
                               encoding="utf-8")
    zhejiang.edit(zhejiang.folder / "profile.yaml", "lint:\n", "lint:\n  values: [{key: target, period: year}]\n")
    text = zhejiang.spec.read_text(encoding="utf-8").replace("    value: ", "    target: ")
    zhejiang.spec.write_text(text, encoding="utf-8")
    assert zhejiang.run(runner, "validate", str(zhejiang.spec)).exit_code == 0
    zhejiang.edit(zhejiang.spec, 'name: 政府采购预算次数\n    target: "12次"', "name: 政府采购预算次数\n    target: 12")
    zhejiang.edit(zhejiang.spec, 'name: 侨务接待率(%)\n    target: "100%"', "name: 侨务接待率(%)\n    target: 0.95")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 1, result.output
    assert "应为文本，实际是数字 12；指标值要写明计量单位，请加上双引号写成数字加单位，如 \"12次\"、\"12个\"" in result.output, result.output
    assert "应为文本，实际是数字 0.95；“侨务接待率(%)”是比率，请写成加双引号的百分数，如 \"≥95%\" 或 \"=95%\"" in result.output


NATURE = ('"nature": {"title": "指标性质", "description": "指标值的比较方式。", "type": "string", "enum": {}, '
          '"errorMessage": "指标性质请写以下之一：≥、≤、="}, "prior_value": {')


def _with_nature(zhejiang, enum: str) -> Path:
    """The copy's indicator row with a 指标性质 column of `enum` (JSON), and where `new` is to write a spec."""
    zhejiang.edit(zhejiang.schema, '"prior_value": {', NATURE.replace("{}", enum, 1))
    zhejiang.edit(zhejiang.schema, "还可写 prior_value（上年指标值）", "还可写 nature（指标性质）、prior_value（上年指标值）")
    spec = zhejiang.out.parent / "unit" / "specs" / "new.yaml"
    spec.parent.mkdir(parents=True)
    return spec


def test_a_new_spec_never_chooses_an_enum_value_for_the_unit(runner, zhejiang, monkeypatch):
    """A 指标性质 column of `"enum": ["≥", "≤", "="]` was written `nature: "≥"` on every row, 成本指标 included: a
    value the unit never chose, which no warning named. The choice is left to the unit as any text is: “（请填写）”,
    the choices in the comment, UNFILLED; an enum without “（请填写）” is the form's slip, named at its line."""
    spec = _with_nature(zhejiang, '["≥", "≤", "="]')
    monkeypatch.chdir(spec.parent.parent)
    made = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", str(spec))
    assert made.exit_code == 1, made.output
    text = spec.read_text(encoding="utf-8")
    assert "≥\n" not in text and "nature: ≥" not in text and text.count("nature: （请填写）") == 9, text
    assert "# 指标性质：指标值的比较方式。（可选：≥、≤、=）\n    nature: （请填写）" in text, text
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 2, listed.output
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"enum": ["≥"'))
    assert (f"“指标性质”：还是“（请填写）”，没有填写；应为以下之一：≥、≤、=；jixiao new 不替单位选定，"
            f"在这一栏写“（请填写）”留给单位选：请在 {zhejiang.schema}:{at} 的 enum 里加上“（请填写）”") in _listed(listed)["zhejiang"]


def test_a_refusal_new_wrote_once_says_no_others_like_it(monkeypatch, capsys):
    """A refusal in one row is said alone: “（另有 0 处同样的）” after it would send the author to look for
    rows that are not there."""
    import generator.form_check
    from generator.new_blank import say_refused
    from generator.problems import Problem, Severity

    once = Problem("specs/a.yaml", 5, 3, Severity.ERROR, "SCHEMA-ENUM", "“填报类型”：文本“（请填写）”不是可选的取值")
    monkeypatch.setattr(generator.form_check, "refusals", lambda *args: [once])

    class Form:
        name = "zhejiang"

    assert say_refused(None, Form(), "specs/a.yaml", "") == 1
    said = capsys.readouterr().err
    assert "另有" not in said and "写出的 1 处值" in said, said


def test_new_says_what_the_schema_refuses_in_the_spec_it_wrote(runner, zhejiang, monkeypatch):
    """On a form whose enum refuses “（请填写）”, `new` said 已生成 and exited 0 over a spec validate refused at 9
    rows; only `new --list` told why, while `new`'s help promised a spec that validates. `new` still writes the
    placeholder (no choice made for the unit), and says each refusal once, at the spec and the schema's enum line."""
    spec = _with_nature(zhejiang, '["≥", "≤", "="]')
    monkeypatch.chdir(spec.parent.parent)
    made = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", str(spec))
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"enum": ["≥"'))
    assert made.exit_code == 1 and f"已生成 {spec}" in made.stdout, made.output
    said = [line for line in made.stderr.splitlines() if "SCHEMA-ENUM" in line]
    assert len(said) == 1 and said[0].startswith(f"{spec}:") and said[0].endswith("（另有 8 处同样的）"), said
    assert f"请在 {zhejiang.schema}:{at} 的 enum 里加上“（请填写）”" in said[0], said
    assert "schema 不接受 jixiao new 写出的 9 处值" in made.stderr, made.stderr
    checked = zhejiang.run(runner, "validate", str(spec))
    assert checked.exit_code == 1 and checked.output.count("SCHEMA-ENUM") == 9, checked.output
    shown = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025")
    assert shown.exit_code == 1 and "jixiao new --form zhejiang:" in shown.stderr, shown.stderr


def test_an_enum_taking_the_placeholder_is_left_for_the_unit_to_choose(runner, zhejiang, monkeypatch):
    """The fix docs/variants.md gives: “（请填写）” among the choices. The form passes `new --list`, and the new spec
    validates, its 9 unchosen 指标性质 counted by UNFILLED (with the 总体绩效目标 and the task's name)."""
    spec = _with_nature(zhejiang, '["（请填写）", "≥", "≤", "="]')
    monkeypatch.chdir(spec.parent.parent)
    assert zhejiang.run(runner, "new", "--list").exit_code == 0
    assert zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", str(spec)).exit_code == 0
    assert spec.read_text(encoding="utf-8").count("nature: （请填写）") == 9
    checked = zhejiang.run(runner, "validate", str(spec))
    assert checked.exit_code == 0 and "警告[UNFILLED] 还有 11 处写着“（请填写）”" in checked.output, checked.output


def test_new_list_names_a_form_whose_new_spec_fails_its_own_schema(runner, zhejiang):
    """A field that refuses “（请填写）” made every spec `jixiao new` wrote fail validate, and `new --list`
    called the form fine: it checked the form's templates against that spec, not its schema. (A pattern or a
    minLength that refuses it is the schema's mistake, said at its line: see the tests after this one.)"""
    zhejiang.edit(zhejiang.schema, '"properties": {', '"properties": {"code": {"type": "string", '
                                                     '"minLength": 2, "maxLength": 3, "title": "单位代码"}, ')
    zhejiang.offer("code（单位代码）")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert (_listed(result)["zhejiang"]
            == "表样有误：jixiao new 写出的规格中，单位代码：太长了：现有 5 个字，最多 3 个字，请删去 2 个字")
    assert "请改 schema 让它接受 jixiao new 写出的值" in result.stderr




def test_new_list_names_a_broken_profile_from_the_current_folder_as_it_names_a_template(runner, zhejiang, tmp_path,
                                                                                        monkeypatch):
    """A profile.yaml's problem was named by its whole path (read from the form's resolved folder), a template's and a
    schema's beside it from the current folder: one list, two ways of naming files. Both are named from it now."""
    monkeypatch.chdir(tmp_path)
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: portrat")
    other = zhejiang.templates / "zhejiangb"
    shutil.copytree(ROOT / "templates" / "zhanjiang", other)
    (zhejiang.schemas / "zhejiangb.schema.json").write_text(
        zhejiang.schema.read_text(encoding="utf-8").replace("zhejiang", "zhejiangb"), encoding="utf-8")
    (other / "form.html").write_text((other / "form.html").read_text(encoding="utf-8") + "{{ bad\n", encoding="utf-8")
    listed = _listed(zhejiang.run(runner, "new", "--list"))
    assert listed["zhejiang"].startswith(f"表样有误：{Path('templates', 'zhejiang', 'profile.yaml')}:5:14: "), listed
    assert listed["zhejiangb"].startswith(f"表样有误：{Path('templates', 'zhejiangb', 'form.html')}:"), listed


def test_new_list_warns_of_a_description_that_no_longer_says_how_the_value_is_written(runner, zhejiang):
    """A field's own description replaces its definition's in the editor's hover; one saying neither the double
    quotes of a value nor the null of a blank amount was caught only by tests/test_schemas.py, which a new form
    meets only once added to jixiao, and docs/variants.md did not say so. `new --list` warns at the description."""
    zhejiang.edit(zhejiang.schema, "这项指标的指标值，按表上的写法填写，加英文双引号，例如", "这项指标的指标值，按表上的写法填写，例如")
    text = zhejiang.schema.read_text(encoding="utf-8")
    amount = re.search(r'"description": "[^"]*null[^"]*"', text)
    zhejiang.schema.write_text(text.replace(amount.group(0), '"description": "金额（万元）。"', 1), encoding="utf-8")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    text = zhejiang.schema.read_text(encoding="utf-8")
    value_at = "{}:{}".format(*locate(text, '"description": "这项指标的指标值'))
    amount_at = "{}:{}".format(*locate(text, '"description": "金额（万元）。"'))
    assert (f"{zhejiang.schema}:{value_at}: 警告[SCHEMA-HOVER] indicators.*.value（指标值）的“description”：单位在编辑器里"
            "悬停时看到的是这段说明（字段有自己的 description 时，不再显示所引用定义的），它没说这个值怎么写；"
            "请在这里写明值要加英文双引号") in result.stderr, result.stderr
    assert f"{zhejiang.schema}:{amount_at}: 警告[SCHEMA-HOVER]" in result.stderr and "请在这里写明表上留空的写 null" in result.stderr


def test_new_list_warns_of_an_amounts_description_still_saying_to_write_a_blank_as_null(runner, zhejiang):
    """A unit's form copied before amounts said `没有的写 0.00` still says `表上留空的写 null` in the editor's hover:
    an amount the unit has none of written null, which lint's C12 refuses when all are. `new --list` warned of
    nothing: the description says null. An amount's description saying no null is asked for new's words too; a
    count (财政供养人员数, an integer) keeps `表上留空的写 null`."""
    text = zhejiang.schema.read_text(encoding="utf-8")
    said = "没有的写 0.00，只有表上空着不填的才写 null"
    amounts = re.findall(rf'"description": "[^"]*{re.escape(said)}[^"]*"', text)
    old = amounts[0].replace(said, "表上留空的写 null")
    text = text.replace(amounts[0], old, 1).replace(amounts[1], '"description": "金额（万元）。"', 1)
    zhejiang.schema.write_text(text, encoding="utf-8")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    old_at, bare_at = ("{}:{}".format(*locate(text, written)) for written in (old, '"description": "金额（万元）。"'))
    assert (f"{zhejiang.schema}:{old_at}: 警告[SCHEMA-HOVER]" in result.stderr and "它说“表上留空的写 null”" in result.stderr
            and f"请改成“{said}”" in result.stderr), result.stderr
    assert f"{zhejiang.schema}:{bare_at}: 警告[SCHEMA-HOVER]" in result.stderr and f"请在这里写明{said}" in result.stderr
    assert result.stderr.count("SCHEMA-HOVER") == 2, result.stderr


@pytest.mark.parametrize("pattern, said", [
    (r"(?i)^(?:[a-z]+|（请填写）)$", "标志“(?i)”编辑器的 JavaScript 读不了；请删去它，不分大小写的字母写成 [Aa] 这样的字符组。"
                                "编辑器读不了的 pattern 让用这个表样的每份规格在编辑器里都不再有波浪线"),
    (r"^(?P<name>[^0-9]+)\Z", "命名的组“(?P<name>…)”编辑器的 JavaScript 读不了；请写成不带名字的 (…)；JavaScript 把“\\Z”读作字母 Z；"
                             "文字的末尾请写 $"),
    (r"^(?:\d{6}|（请填写）)$", "“\\d”在 jixiao 里也算全角数字（１２３），编辑器只算 0-9，全角的 validate 通过、编辑器却画波浪线；请写 [0-9]"),
    (r"^(?:[0-9]+[]$]?|（请填写）)$", "字符组“[]$]”开头的 ]，jixiao 读作组里的一个字，编辑器的 JavaScript 却把“[]”读作一个字也不配的"
                                 "空字符组，两边说得不一样；请把这个 ] 写成 \\]：“[\\]$]”"),
    (r"^[^]$]+$", "字符组“[^]$]”开头的 ]，jixiao 读作组里的一个字，编辑器的 JavaScript 却把“[^]”读作配任何一个字的字符组，"
                  "两边说得不一样；请把这个 ] 写成 \\]：“[^\\]$]”"),
])
def test_new_list_warns_of_a_pattern_the_editor_reads_otherwise(runner, zhejiang, pattern, said):
    """validate reads a pattern with Python, the editor with JavaScript: one JavaScript rejects stopped the editor's
    checking of every spec of the form, one it reads otherwise squiggled what validate passes, and nothing said so.
    `new --list` warns once, at the pattern, saying what to write instead. A set opened by `]` is one of `]` and
    more to Python, and to JavaScript `[]` (no character) or `[^]` (any) and the rest outside it."""
    written = '"$ref": "defs.schema.json#/$defs/unit", "pattern": ' + json.dumps(pattern, ensure_ascii=False)
    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/unit"', written)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), '"pattern": ')
    assert (f"{zhejiang.schema}:{line}:{column}: 警告[SCHEMA-REGEX] unit（部门名称）的“pattern”：“{pattern}”里，{said}"
            in result.stderr), result.stderr
    assert result.stderr.count("SCHEMA-REGEX") == 1, result.stderr


def test_new_list_says_nothing_of_a_pattern_both_read_alike(runner, zhejiang):
    """`[0-9]` reads alike in both; an escaped `\\(?i\\)` or a `(?i)` in a set is no flag; a set's `]` escaped
    first in it (`[\\]$]`) is `]` to both."""
    written = '"$ref": "defs.schema.json#/$defs/unit", "pattern": "^(?:[0-9]+|（请填写）|\\\\(?i\\\\)[(?i)][\\\\]$]?)$"'
    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/unit"', written)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-REGEX" not in result.stderr, result.output


WEIGHT = ('"weight": {"title": "分值", "description": "这一指标的分值，整数。例如 10。", "type": "integer", '
          '"minimum": 0, "errorMessage": "分值请写整数，如 10"}, "prior_value": {')


def test_new_list_warns_of_a_number_column_new_can_only_fill_with_0(runner, zhejiang, monkeypatch):
    """A 分值 column written `"type": "integer"` (no null) had `new` write `weight: 0` on every row; validate passed it
    and the form printed 0 in every row as if filled in, and `new --list` said nothing. It warns at the field's type,
    once for the 9 rows, with the type to write; written so, `new` writes null and nothing is said."""
    zhejiang.edit(zhejiang.schema, '"prior_value": {', WEIGHT)
    zhejiang.edit(zhejiang.schema, "还可写 prior_value（上年指标值）", "还可写 weight（分值）、prior_value（上年指标值）")
    spec = zhejiang.out.parent / "unit" / "specs" / "new.yaml"
    spec.parent.mkdir(parents=True)
    monkeypatch.chdir(spec.parent.parent)
    made = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", str(spec))
    assert made.exit_code == 0 and spec.read_text(encoding="utf-8").count("weight: 0\n") == 9, made.output
    assert zhejiang.run(runner, "validate", str(spec)).exit_code == 0
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"type": "integer", "minimum": 0'))
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-NULL] indicators.*.weight（分值）的“type”：只接受数，不接受 null："
            "jixiao new 只能在规格的 indicators.*.weight 写 0（共 9 处），生成的表上印着 0，看来像是填好了的，"
            'validate、lint 都不提醒；请写成 "type": ["integer", "null"]，并在 description 和 errorMessage 里写明'
            "“表上留空的写 null”") in result.stderr, result.stderr
    assert result.stderr.count("SCHEMA-NULL") == 1, result.stderr
    zhejiang.edit(zhejiang.schema, '"type": "integer", "minimum": 0', '"type": ["integer", "null"], "minimum": 0')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-NULL" not in result.stderr, result.output
    made = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", str(spec),
                        "--force")
    assert made.exit_code == 0 and spec.read_text(encoding="utf-8").count("weight: null\n") == 9, made.output


def test_a_number_column_of_a_definition_is_warned_at_the_definition_s_type(runner, zhejiang):
    """A 分值 written `"weight": {"$ref": "#/$defs/score"}` was warned at the field, told to write a type there: beside
    the `$ref` it still took no null, and was warned again. The warning is at the definition's type, where the fix
    takes."""
    zhejiang.edit(zhejiang.schema, '"prior_value": {', '"weight": {"$ref": "#/$defs/score"}, "prior_value": {')
    zhejiang.edit(zhejiang.schema, '"properties": {', '"$defs": {"score": {"title": "分值", "type": "integer"}}, '
                                                      '"properties": {')
    zhejiang.edit(zhejiang.schema, "还可写 prior_value（上年指标值）", "还可写 weight（分值）、prior_value（上年指标值）")
    result = zhejiang.run(runner, "new", "--list")
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"type": "integer"}}'))
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-NULL] $defs.score（分值）的“type”：只接受数，不接受 null："
            "jixiao new 只能在规格的 indicators.*.weight 写 0（共 9 处）") in result.stderr, result.stderr
    zhejiang.edit(zhejiang.schema, '"type": "integer"}}', '"type": ["integer", "null"]}}')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-NULL" not in result.stderr, result.output


def test_no_shipped_form_is_warned_of_a_number_new_fills_with_0():
    """jixiao's own five schemas take null in every count (财政供养人员数) and amount; the year, an integer taking no
    null, is one `new` writes itself."""
    from generator import number_blanks
    from generator.variants import Catalog, Roots

    catalog = Catalog(Roots(ROOT / "templates", ROOT / "schema"))
    names = catalog.folder_names()
    assert len(names) == 5
    for name in names:
        assert number_blanks.warnings(catalog.store, catalog.get(name)) == [], name


def _right_aligned(html_text: str, classes: list[set[str]]) -> bool:
    """Whether a rule of the page's CSS giving `text-align: right` matches an element whose class sets, outermost
    first, are `classes` (a class-only selector: `.meta .right` a descendant, `.meta.right` one element)."""
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", html_text, flags=re.S)):
        if not re.search(r"text-align:\s*right", body):
            continue
        for selector in selectors.split(","):
            compounds = [set(part.split(".")[1:]) for part in selector.split()]
            if not compounds or not all(compound and "" not in compound for compound in compounds):
                continue
            if compounds[-1] <= classes[-1] and _descends(compounds[:-1], classes[:-1]):
                return True
    return False


def _descends(wanted: list[set[str]], ancestors: list[set[str]]) -> bool:
    """Whether the compounds `wanted` match some of `ancestors`, in order."""
    at = 0
    for compound in wanted:
        while at < len(ancestors) and not compound <= ancestors[at]:
            at += 1
        if at == len(ancestors):
            return False
        at += 1
    return True


@pytest.mark.parametrize("typed, classes", [
    ('<div class="meta"><div class="right">单位：万元</div></div>', [{"meta"}, {"right"}]),
    ('<div class="meta right">单位：万元</div>', [{"meta", "right"}]),
], ids=["a-line", "the-block"])
def test_a_meta_line_classed_right_as_the_docs_say_is_right_aligned(runner, zhejiang, typed, classes):
    """docs/variants.md said a `meta` line “class 加上 right 的靠右”: `<div class="meta right">` was not, the CSS
    being `.meta .right` only (a `right` line inside a `meta` block). Both ways the docs show are right-aligned."""
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + typed + "\n")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    page = next(zhejiang.out.glob("*.html")).read_text(encoding="utf-8")
    assert typed in page and _right_aligned(page, classes)


def test_word_curly_quotes_in_a_tag_are_read_as_straight_ones_as_the_docs_say(runner, zhejiang):
    """docs/variants.md said Word's curly quotes in a tag stop Jinja, yet `{{ para or ‘无’ }}` built: inside a Word
    tag they are made straight before Jinja reads it. What that really means is now said: a Chinese quote to print
    goes outside the tag, since one typed in a string in the tag prints straight."""
    docx_edit(zhejiang.folder / "form.docx", "{{ unit }}", "{{ ‘’ or ‘无’ }}|{{ ‘“’ ~ unit ~ ‘”’ }}|“{{ unit }}”")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    cells = [cell.text for table in Document(str(next(zhejiang.out.glob("*.docx")))).tables
             for row in table.rows for cell in row.cells]
    assert "无|\"湛江市归国华侨联合会\"|“湛江市归国华侨联合会”" in cells, cells


STALE = ("zhejiang/form.docx: 警告[TEMPLATE-STALE] form.docx 不是按现在的 make_form_docx.py 写出的（脚本改过之后没有重新运行）；"
         "请运行 python {script}（它用 jixiao 源码里的 tools/，先把 PYTHONPATH 设为 jixiao 的源码目录）")


@pytest.mark.parametrize("command", [("new", "--list"), ("build",)])
def test_a_form_docx_its_edited_script_never_rewrote_is_warned_of(runner, zhejiang, command):
    """An author who edited make_form_docx.py and forgot to run it built from the old form.docx without a word
    (its time cannot tell: git sets it at checkout). The form.docx records its script's hash; a script hashing
    otherwise is a warning (the form still builds, exit 0); the copy as it came, none."""
    script = zhejiang.folder / "make_form_docx.py"
    arguments = [str(zhejiang.spec)] if command == ("build",) else []
    result = zhejiang.run(runner, *command, *arguments)
    assert result.exit_code == 0 and "TEMPLATE-STALE" not in result.output, result.output
    zhejiang.edit(script, 'title(doc, "{{ title }}")', 'title(doc, "{{ title }}（修订）")')
    result = zhejiang.run(runner, *command, *arguments)
    assert result.exit_code == 0, result.output
    assert STALE.format(script=script) in result.output, result.output


def test_a_script_checked_out_with_crlf_line_ends_is_not_taken_for_edited(runner, zhejiang):
    """git's autocrlf on Windows writes the script with CRLF: the same script as the one that wrote form.docx."""
    script = zhejiang.folder / "make_form_docx.py"
    script.write_bytes(script.read_bytes().replace(b"\n", b"\r\n"))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "TEMPLATE-STALE" not in result.output, result.output


def test_a_form_docx_recording_no_script_is_not_warned_of(runner, zhejiang):
    """A form.docx made or saved elsewhere than by its script (a unit's own, drawn in Word) records no hash:
    the script beside it, edited or not, says nothing of it."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    form = Document(str(zhejiang.folder / "form.docx"))
    rels = form.part.package.rels
    for key in [key for key, rel in rels.items() if rel.reltype == RT.CUSTOM_PROPERTIES]:
        del rels[key]
    form.save(str(zhejiang.folder / "form.docx"))
    zhejiang.edit(zhejiang.folder / "make_form_docx.py", 'title(doc, "{{ title }}")', 'title(doc, "{{ title }}（修订）")')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "TEMPLATE-STALE" not in result.output, result.output



def test_a_form_keeps_the_templates_other_custom_properties_not_its_scripts_hash(runner, zhejiang):
    """A property the unit gave its template in Word (文件 › 属性 › 自定义) is theirs to keep; the script's hash says
    nothing of a filled-in form and is left out."""
    zip_edit(zhejiang.folder / "form.docx", "docProps/custom.xml", "</Properties>",
             '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="部门"><vt:lpwstr>办公室</vt:lpwstr>'
             "</property></Properties>")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(next(zhejiang.out.glob("*.docx"))) as form:
        custom = form.read("docProps/custom.xml").decode("utf-8")
    assert "办公室" in custom and "SHA-256" not in custom, custom


_CODE = '"properties": {"code": {"type": "string", "title": "单位代码", '


@pytest.mark.parametrize("command", [("new", "--list"), ("schema", "zhejiang"),
                                     ("new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025")])
def test_a_pattern_refusing_the_placeholder_is_the_schemas_mistake_at_its_line(runner, zhejiang, tmp_path, command):
    """`"pattern": "^[0-9-]{7,13}$"` refused the “（请填写）” `jixiao new` writes: `new` exited 0 writing a spec that
    failed validate, `jixiao schema zhejiang` (which new --list sends the author to) said nothing, and new --list
    named neither the schema's line nor the fix. All three now say it at the pattern, with the fix the docs give."""
    zhejiang.edit(zhejiang.schema, '"properties": {', _CODE + r'"pattern": "^\\d{3}-[0-9]+$"}, ')
    zhejiang.offer("code（单位代码）")
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), '"pattern"')
    spec = tmp_path / "new.yaml"
    result = zhejiang.run(runner, *command, *(["-o", str(spec)] if "--form" in command else []))
    assert result.exit_code == 2, result.output
    said = (f"zhejiang.schema.json:{line}:{column}: code（单位代码）的“pattern”：不接受“（请填写）”，也不接受空着："
            "jixiao new 在这一栏写“（请填写）”留给单位填写，")
    assert said in result.output and r'如改成 "^(?:\\d{3}-[0-9]+|（请填写）)$"' in result.output, result.output
    assert not spec.exists()


@pytest.mark.parametrize("command", [("new", "--list"), ("schema", "zhejiang"), ("validate",),
                                     ("new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025")])
def test_a_min_length_refusing_the_placeholder_is_the_schemas_mistake_at_its_line(runner, zhejiang, tmp_path, command):
    """`"minLength": 6` with no pattern refused the “（请填写）” (5 characters) `jixiao new` writes, as a pattern may:
    `new` exited 0 writing a spec every unit started from with a validate error, and only `new --list` named it,
    without the schema's line or the fix, while the same slip in a pattern stops every command at its line. It is
    said alike now, at the minLength, with a pattern that keeps the length and takes “（请填写）”."""
    zhejiang.edit(zhejiang.schema, '"properties": {', _CODE + '"minLength": 6}, ')
    zhejiang.offer("code（单位代码）")
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), '"minLength": 6')
    spec = tmp_path / "new.yaml"
    arguments = [str(zhejiang.spec)] if command == ("validate",) else ["-o", str(spec)] if "--form" in command else []
    result = zhejiang.run(runner, *command, *arguments)
    assert result.exit_code == 2, result.output
    said = (f"zhejiang.schema.json:{line}:{column}: code（单位代码）的“minLength”：6 比“（请填写）”的 5 个字长，"
            "这一栏不接受“（请填写）”，也不接受空着：jixiao new 在这一栏写“（请填写）”留给单位填写，")
    assert said in result.output and r'如 "pattern": "^(?:[\\s\\S]{6,}|（请填写）)$"' in result.output, result.output
    assert not spec.exists()


@pytest.mark.parametrize("field", [
    '"minLength": 5}',  # “（请填写）” is 5 characters
    '"type": "integer", "minLength": 9}',  # minLength judges no number
    '"anyOf": [{"minLength": 9}, {"const": "（请填写）"}]}',
    '"allOf": [{"minLength": 9}, {"pattern": "^[0-9]{9,}$"}]}',  # said at the pattern, once
])
def test_a_min_length_a_new_spec_passes_or_a_pattern_answers_for_is_let_be(runner, zhejiang, field):
    zhejiang.edit(zhejiang.schema, '"properties": {', _CODE.replace('"type": "string", ', "") + field + ", ")
    zhejiang.offer("code（单位代码）")
    result = zhejiang.run(runner, "schema", "zhejiang")
    assert "minLength”：" not in result.output, result.output


@pytest.mark.parametrize("field", ['"minLength": 1, "pattern": "^[0-9]*$"}',
                                   '"allOf": [{"minLength": 1}, {"pattern": "^[0-9]*$"}]}'])
def test_a_pattern_taking_empty_text_the_field_refuses_is_the_schemas_mistake(runner, zhejiang, tmp_path, field):
    """`"pattern": "^[0-9]*$"` beside `"minLength": 1` was let through because the pattern alone takes "": the
    field takes neither "" nor “（请填写）”, so `jixiao new` wrote `code: "0"`, exit 0, and `jixiao schema` said nothing."""
    zhejiang.edit(zhejiang.schema, '"properties": {', _CODE + field + ", ")
    zhejiang.offer("code（单位代码）")
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), '"pattern"')
    said = re.compile(f"zhejiang.schema.json:{line}:{column}: code.*的“pattern”：不接受“（请填写）”，也不接受空着：")
    checked = zhejiang.run(runner, "schema", "zhejiang")
    assert checked.exit_code == 2 and said.search(checked.output), checked.output
    spec = tmp_path / "new.yaml"
    written = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", str(spec))
    assert written.exit_code == 2 and said.search(written.output) and not spec.exists(), written.output


def test_a_pattern_taking_the_placeholder_a_min_length_refuses_is_the_schemas_mistake(runner, zhejiang):
    """`"pattern": "^(?:[0-9-]*|（请填写）)$", "minLength": 7`, the pattern written as the fix says, passed the check
    because the pattern took “（请填写）”, though the minLength refused it (5 characters): every new spec failed
    validate. The whole field is judged, and the message names the keyword that refuses."""
    zhejiang.edit(zhejiang.schema, '"properties": {',
                  _CODE + '"pattern": "^(?:[0-9-]*|（请填写）)$", "minLength": 7}, ')
    zhejiang.offer("code（单位代码）")
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), '"pattern"')
    checked = zhejiang.run(runner, "schema", "zhejiang")
    said = (f"zhejiang.schema.json:{line}:{column}: code（单位代码）的“pattern”：接受“（请填写）”，"
            "这一栏的 minLength（7）却不接受它，也不接受空着")
    assert checked.exit_code == 2 and said in checked.output, checked.output


@pytest.mark.parametrize("field", [
    r'"pattern": "^(?:\\d{3}|（请填写）)$"}',  # as docs/variants.md says to write it
    '"pattern": "^[0-9]*$"}',  # "" passes: jixiao new leaves it empty
    '"anyOf": [{"pattern": "^[0-9]{3}$"}, {"const": "（请填写）"}]}',
    '"not": {"pattern": "^x"}}',
])
def test_a_pattern_that_lets_the_new_spec_through_passes(runner, zhejiang, field):
    zhejiang.edit(zhejiang.schema, '"properties": {', _CODE + field + ", ")
    zhejiang.offer("code（单位代码）")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "表样有误" not in result.output, result.output


def test_new_list_renders_the_shipped_forms_and_an_unedited_copy_from_a_new_spec(runner, zhejiang):
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert _listed(result)["zhejiang"] == LISTED and "表样有误" not in result.output


@pytest.mark.parametrize("template, old, new, words", [
    ("form.html", "{% for", "{% for}", r"form.html:(\d+):1: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：标签写得不对"),
    ("form.html", "{{ r.value }}", "{{ r.valeu }}",
     r"form.html:(\d+):\d+: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：用到的“valeu”不是规格或表样配置中的字段；是否想写“value”？"),
    ("form.docx", "{%tr endfor %}", "{% endfor %}",
     r"form.docx: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：第 2 张表第 2 行第 1 列的“{%tr for task in key_tasks %}”"
     r"与第 2 张表第 4 行第 1 列的“{% endfor %}”是同一组标签，写法却不同"),
    ("form.docx", "{{ unit }}", "{{ unti }}",
     r"form.docx: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：用到的“unti”不是规格或表样配置中的字段；是否想写“unit”？"
     r"出错的段落：“{{ unti }}”（第 1 张表第 1 行第 2 列）"),
], ids=["html syntax", "html misspelt field", "docx misplaced tag", "docx misspelt field"])
def test_new_list_checks_each_forms_templates_without_a_spec(runner, zhejiang, template, old, new, words):
    """Only `jixiao build` of a spec compiled and ran a form's templates: an author had to write a spec and
    build it to learn that form.html had a tag left open or read a misspelt field; `new --list` said the
    form was fine. It now renders both templates from the spec `jixiao new` writes and says what build says."""
    path = zhejiang.folder / template
    if template == "form.html":
        zhejiang.edit(path, old, new)
    else:
        docx_edit(path, old, new)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    listed = _listed(result)
    said = re.match("表样有误：" + re.escape(str(path)) + words[len(template):], listed["zhejiang"])
    assert said, listed["zhejiang"]
    if template == "form.html":
        assert int(said[1]) == locate(path.read_text(encoding="utf-8"), new)[0]
    assert listed["zhanjiang"] == LISTED and "1 个表样有误" in result.stderr


def test_new_list_names_each_broken_template_and_checks_a_template_edited_after_it_passed(runner, zhejiang):
    """A pass is remembered under the templates' bytes: an edit after a pass is checked, not trusted."""
    assert zhejiang.run(runner, "new", "--list").exit_code == 0
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}", "{{ unti }}")
    docx_edit(zhejiang.folder / "form.docx", "{{ unit }}", "{{ unti }}")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert re.fullmatch(r"表样有误：.*form.docx: 错误\[RENDER-TEMPLATE\] .*“unti”.*（另有 1 处）", _listed(result)["zhejiang"])


@pytest.mark.parametrize("template, old, new, typo, meant, place", [
    ("form.html", "{{ budget.transfer }}", "{% if budget.transfer %}{{ budget.transfr }}{% endif %}",
     "transfr", "transfer", None),
    ("form.html", "{{ task.amount }}", "{% if task.amount %}{{ task.amout }} 万元{% endif %}", "amout", "amount", None),
    ("form.html", "{{ r.value }}", "{{ r.value }}{% if r.value %}{{ r.level1.frist }}{% endif %}", "frist", "first", None),
    ("form.docx", "{{ budget.transfer }}", "{% if budget.transfer %}{{ budget.transfr }}{% endif %}",
     "transfr", "transfer", "第 1 张表第 8 行第 5 列"),
    ("form.docx", "{{ task.amount }}", "{% if task.amount %}{{ task.amout }}{% endif %}",
     "amout", "amount", "第 2 张表第 3 行第 5 列"),
], ids=["html group field", "html loop item", "html cell", "docx group field", "docx loop item"])
def test_new_list_names_a_field_misspelt_in_a_branch_the_new_spec_does_not_take(runner, zhejiang, template, old, new,
                                                                                typo, meant, place):
    """`{% if task.amount %}{{ task.amout }}{% endif %}`: the new spec leaves every amount blank, so its render never
    read the typo and `new --list` said the form was fine; the first spec to fill an amount in stopped at its build,
    on the day it was due. Every branch's names are now looked up in the form's data, without rendering."""
    path = zhejiang.folder / template
    if template == "form.html":
        zhejiang.edit(path, old, new)
        line, column = locate(path.read_text(encoding="utf-8"), new)
        where = f":{line}:{column + new.index(typo)}"
    else:
        docx_edit(path, old, new)
        where = ""
    said = (f"表样有误：{path}{where}: 错误[RENDER-TEMPLATE] 模板有误，无法生成："
            f"用到的“{typo}”不是规格或表样配置中的字段；是否想写“{meant}”？")
    if place:
        said += f"出错的段落：“{new}”（{place}）"
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert _listed(result)["zhejiang"] == said, result.output


@pytest.mark.parametrize("template", ["form.html", "form.docx"])
def test_build_names_a_field_misspelt_in_a_branch_its_spec_does_not_take(runner, zhejiang, template):
    """The spec leaves 拟用于对下转移支付资金 blank: its form was built (exit 0) with the typo waiting for the
    spec that fills it in. Every spec of the form is stopped now, as by any other broken tag."""
    old, new = "{{ budget.transfer }}", "{% if budget.transfer %}{{ budget.transfr }}{% endif %}"
    (zhejiang.edit if template == "form.html" else docx_edit)(zhejiang.folder / template, old, new)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert f"{template}" in result.output and "用到的“transfr”不是规格或表样配置中的字段；是否想写“transfer”？" in result.output
    assert not zhejiang.written()


UNTAKEN = """{% if unit == "（从不）" %}
{% set ns = namespace(count=0) %}{% set first_task = key_tasks|first %}
{% for task in key_tasks|sort(attribute="name") %}{% set shown = task.name %}{{ shown }}{{ loop.index }}\
{{ cell(task.amount, " 万元") }}{% set ns.count = ns.count + 1 %}{% else %}{{ first_task.goal }}{% endfor %}
{% for key, amount in budget.items() %}{{ key }}{{ amount }}{% endfor %}
{% for r in indicators.rows if r.level1.first %}{{ r.level1.span }}{{ r.name.text }}{% endfor %}
{% for b in indicators.blocks %}{{ b.rows|length }}{% endfor %}{{ (indicators.rows|last).value }}
{% with rows = indicators.rows %}{{ rows|length }}{% endwith %}{% call cell(unit) %}{% endcall %}
{% if budget.note is defined %}{{ budget.note.text }}{% endif %}{{ budget.remark|default("") }}
{{ unit.strip() }}{{ ns.count }}{{ document_title }}{{ orientation }}{{ range(2)|list|length }}{{ self }}
{% endif %}
"""


def test_names_a_template_binds_or_probes_are_not_taken_for_misspelt_fields(runner, zhejiang):
    """Loop and set variables, a namespace's attributes, macros and their arguments, a filter's result, a dict's
    methods, a name tested with `is defined` or given a `|default`: none is a field, none is misspelt."""
    zhejiang.edit(zhejiang.folder / "form.html", '{% from "macros.html" import paras %}\n',
                  '{% from "macros.html" import paras %}\n{% macro cell(value, unit="") %}{{ value }}{{ unit }}'
                  '{{ caller and "" }}{% endmacro %}\n')
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + UNTAKEN)
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and _listed(result)["zhejiang"] == LISTED, result.output


@pytest.mark.parametrize("typed, part, file, typo, meant", [
    ('{% macro money(t) %}{{ t.amout }}{% endmacro %}{% if false %}{% for task in key_tasks %}{{ money(task) }}'
     '{% endfor %}{% endif %}', None, "form.html", "amout", "amount"),
    ('{% from "part.html" import money %}{% if false %}{{ money(t=budget) }}{% endif %}',
     '{% macro money(t) %}\n{{ t.basc }}{% endmacro %}', "part.html", "basc", "basic"),
    ('{% for task in key_tasks %}{% include "part.html" %}{% endfor %}',
     '{% set shown = task.name %}{{ shown }}\n{% if false %}{{ task.goall }}{% endif %}', "part.html", "goall", "goal"),
    ('{{ key_tasks|amount_sum("amout") }}', None, "form.html", "amout", "amount"),
    ('{% if false %}{{ key_tasks|map(attribute="nmae")|join }}{% endif %}', None, "form.html", "nmae", "name"),
    ('{% if false %}{% for t in key_tasks|selectattr("amout") %}{% endfor %}{% endif %}', None, "form.html", "amout",
     "amount"),
    ('{% macro cell(row, key) %}{{ row[key] }}{% endmacro %}{% if false %}{% for t in key_tasks %}{{ cell(t, "amout") }}'
     '{% endfor %}{% endif %}',
     None, "form.html", "amout", "amount"),
    ('{% from "part.html" import cell %}{% if false %}{{ cell(budget, key="basc") }}{% endif %}',
     '{% macro cell(v, key) %}\n{{ v[key] }}{% endmacro %}', "form.html", "basc", "basic"),
], ids=["own macro", "imported macro", "included template", "amount_sum key", "map attribute", "selectattr",
        "macro's key argument", "imported macro's key argument"])
def test_new_list_names_a_field_misspelt_in_a_macro_an_include_or_a_filter_argument(runner, zhejiang, typed, part,
                                                                                      file, typo, meant):
    """A field read in a macro's body (`t.amout` of the task it is given), an included template or a filter's
    argument (`amount_sum("amout")`, which printed a blank total with no error) was let be, since what the
    macro's argument and the filter's items hold was Jinja's to judge: `new --list` called the form fine and
    the first spec to take that branch stopped at its build. Each is now looked up with what it reads. A field
    named by a macro's argument (`cell(t, "amout")` of `{{ row[key] }}`) was let be too; it is named where the text
    was typed, in the call."""
    if part is not None:
        (zhejiang.folder / "part.html").write_text(part, encoding="utf-8")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}", typed)
    path = zhejiang.folder / file
    line, column = locate(path.read_text(encoding="utf-8"), typo)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert _listed(result)["zhejiang"] == (f"表样有误：{path}:{line}:{column}: 错误[RENDER-TEMPLATE] 模板有误，无法生成："
                                          f"用到的“{typo}”不是规格或表样配置中的字段；是否想写“{meant}”？"), result.output
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 2 and f"{path}:{line}:{column}: " in built.output and not zhejiang.written(), built.output


def test_a_macro_given_values_of_several_kinds_is_not_faulted_in_the_branch_of_another_kind(runner, zhejiang):
    """A macro asks what kind of value its argument is (`is mapping`): walked with an indicator row, the
    branch for a group of fields reads what a row does not hold, as Jinja never does."""
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}",
                  "{% macro shown(v) %}{% if v is mapping %}{{ v.basic }}{% else %}{{ v.name }}{% endif %}{% endmacro %}"
                  "{{ unit }}{{ shown(budget) }}{% for r in indicators.rows %}{{ shown(r) }}{% endfor %}")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and _listed(result)["zhejiang"] == LISTED, result.output



@pytest.mark.parametrize("body, called", [
    ('{% if kind == "task" %}{{ v.amount }}{% else %}{{ v.basic }}{% endif %}', '(budget, "budget")|(t, "task")'),
    ('{% if "amount" in v %}{{ v.amount }}{% else %}{{ v.basic }}{% endif %}', "(budget)|(t)"),
    ('{{ v.amount if kind == "task" else v.basic }}{{ kind == "budget" and v.basic }}', '(budget, "budget")|(t, "task")'),
], ids=["if on an argument", "if on a field", "inline if, and"])
def test_a_macro_branch_for_another_calls_values_is_not_faulted(runner, zhejiang, body, called):
    """A macro with a branch per kind of argument, called with a group of fields and with a task: walked with
    each call's values, every branch was read and the task's `amount` said missing from the budget (and the
    budget's `basic` from the task), so `build` refused a template Jinja renders. A call's branches are let be."""
    with_budget, with_task = called.split("|")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}",
                  f"{{% macro money(v, kind='') %}}{body}{{% endmacro %}}{{{{ money{with_budget} }}}}"
                  f"{{% for t in key_tasks %}}{{{{ money{with_task} }}}}{{% endfor %}}{{{{ unit }}}}")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and _listed(result)["zhejiang"] == LISTED, result.output


def test_sort_by_several_fields_looks_up_each(runner, zhejiang):
    """`sort(attribute="name,amount")` sorts by two fields, as Jinja splits it at the comma: the check looked up
    one field named “name,amount” and refused the template. Each is looked up now, a misspelt one named;
    `unique` (like min, max) reads “name,amount” as one name, and its render fails, so it is still refused."""
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}",
                  '{{ key_tasks|sort(attribute="name,amount")|length }}{{ unit }}')
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and _listed(result)["zhejiang"] == LISTED, result.output
    previous = 'sort(attribute="name,amount")'
    for typed, said in (('sort(attribute="name,amout")', "用到的“amout”不是规格或表样配置中的字段；是否想写“amount”？"),
                        ('unique(attribute="name,amount")', "用到的“name,amount”不是规格或表样配置中的字段")):
        zhejiang.edit(zhejiang.folder / "form.html", previous, typed)
        previous = typed
        zhejiang.build_refuses(runner, said)


@pytest.mark.parametrize("typed", [
    '{{ key_tasks|selectattr("nothere", "defined")|list|length }}',
    '{{ key_tasks|rejectattr("note", "undefined")|list|length }}',
    '{{ key_tasks|map(attribute="note", default="")|join }}',
    '{{ key_tasks|groupby("kind", default="其他")|length }}',
    '{{ key_tasks|selectattr("note", "none")|list|length }}',
    '{% if key_tasks[0].note is none %}{% endif %}',
], ids=["selectattr defined", "rejectattr undefined", "map default", "groupby default", "selectattr none", "is none"])
def test_a_filter_probing_a_field_is_not_faulted_for_it(runner, zhejiang, typed):
    """A filter asked to keep the items that have a field, or given a default for the items that lack it, knows
    the field may be missing, as `is defined` and `|default` do: the check looked the field up in a task and
    refused (exit 2) a template Jinja renders."""
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}", typed + "{{ unit }}")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and _listed(result)["zhejiang"] == LISTED, result.output


LAYOUT = '{% extends "base.html" %}{% set money_unit = "万元" %}{% from "macros.html" import paras as p2 %}\n'


@pytest.mark.parametrize("read, typo", [
    ("{{ money_unit }}{{ p2(unit) }}", None),
    ("{{ money_unit }}{{ mony_unit }}", "mony_unit"),
], ids=["bound there", "misspelt"])
def test_names_a_layout_the_form_extends_binds_are_known(runner, zhejiang, read, typo):
    """form.html extends a layout that sets `money_unit` and imports a macro: Jinja renders it, but only the
    names form.html itself binds were known, so the build stopped on `money_unit` as a misspelt field and
    `new --list` called the form broken. The layouts a form extends are read too; a real typo is still named."""
    (zhejiang.folder / "layout.html").write_text(LAYOUT, encoding="utf-8")
    zhejiang.edit(zhejiang.folder / "form.html", '{% extends "base.html" %}', '{% extends "layout.html" %}')
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>", "<h1>{{ title }}</h1>" + read)
    built, listed = zhejiang.run(runner, "build", str(zhejiang.spec)), zhejiang.run(runner, "new", "--list")
    if typo is None:
        assert built.exit_code == 0 and "万元" in next(zhejiang.out.glob("*.html")).read_text(encoding="utf-8")
        assert listed.exit_code == 0 and _listed(listed)["zhejiang"] == LISTED, listed.output
    else:
        said = f"用到的“{typo}”不是规格或表样配置中的字段"
        assert built.exit_code == 2 and said in built.output and not zhejiang.written(), built.output
        assert listed.exit_code == 2 and said in _listed(listed)["zhejiang"], listed.output


def test_a_layout_that_cannot_be_read_is_named_not_the_names_it_might_bind(runner, zhejiang):
    """A layout missing: the names it might bind cannot be told, so the missing template is what is said."""
    zhejiang.edit(zhejiang.folder / "form.html", '{% extends "base.html" %}', '{% extends "layout.html" %}')
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>", "<h1>{{ title }}</h1>{{ money_unit }}")
    output = zhejiang.build_refuses(runner, "layout.html")
    assert "money_unit" not in output, output


def test_a_group_whose_fields_the_schema_leaves_open_may_be_read_by_any_name(runner, zhejiang):
    """A field declared as an object without properties holds whatever a spec writes in it: a name read from it
    where it is filled in is no slip the schema can show."""
    zhejiang.edit(zhejiang.schema, '"properties": {\n',
                  '"properties": {\n    "extra": {"type": "object", "title": "附加", "description": "本单位附加的内容。"},\n')
    zhejiang.offer("extra（附加）")
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>",
                  "<h1>{{ title }}</h1>{% if extra %}<p>{{ extra.note }}</p>{% endif %}")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and _listed(result)["zhejiang"] == LISTED, result.output


def test_a_lint_key_naming_no_column_of_the_rows_lists_them_and_says_to_drop_it(runner, zhejiang):
    """It was said as a path, “indicators.*.valeu”中的“valeu”, with the spec's fields to write."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "lint:\n", "lint:\n  values: [{key: valeu, period: year}]\n")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert re.search(r"profile.yaml:\d+:\d+: 错误\[PROFILE\] lint.values 中的“valeu”不是 zhejiang.schema.json 中 indicators "
                     r"每一行的栏目；是否想写“value”？可以写：level1、level2、name、value、prior_value；"
                     r"表上删去了这一栏的话，请把这一项也删去", result.output), result.output



_NUMBERED_LISTS = "key_tasks.\\*.name、key_tasks.\\*.content、key_tasks.\\*.goal$"


@pytest.mark.parametrize("typed, what", [
    ("overall_target", "是一段文字，不是列表，也不是列表中每一项的一栏"),
    ("key_tasks", "是列表，但它的每一项是一组“键: 值”字段，不是文字"),
    ("key_tasks.*.amount", "是数字，不是文字"),
    ("budget", "是一组“键: 值”字段，不是文字"),
])
def test_a_numbered_path_that_is_no_list_of_texts_says_what_it_is_and_what_to_write(runner, zhejiang, typed, what):
    """A15 reads a list of texts or a text field of a list's items: any other path switched it off without a word."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "lint:\n", f"lint:\n  numbered: [{typed}]\n")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert re.search(rf"profile.yaml:\d+:14: 错误\[PROFILE\] lint.numbered 中的“{re.escape(typed)}”在 zhejiang.schema.json 里"
                     rf"{what}；lint.numbered 要写表上自动编号的文字列表（如 projects.\*.targets），或列表中每一项的一栏文字"
                     rf"（如 projects.\*.name）；zhejiang.schema.json 里这样的有（指标行除外）：{_NUMBERED_LISTS}", result.output,
                     re.M), result.output
    zhejiang.refused(runner, re.escape(f"lint.numbered 中的“{typed}”"))


def test_a_numbered_path_to_the_items_of_a_list_says_to_name_the_list(runner, tmp_path):
    """`projects.*.targets.*` reached each target, which A15 never reads as a list: Tianjin's own paths pass."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    shutil.copytree(ROOT / "templates" / "tianjin", templates / "tianjin")
    shutil.copytree(ROOT / "schema", schemas)
    options = ["--templates", str(templates), "--schemas", str(schemas)]
    assert runner.invoke(main, ["new", "--list", *options]).exit_code == 0
    profile = templates / "tianjin" / "profile.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("numbered: [projects.*.targets,", "numbered: [projects.*.targets.*,"), encoding="utf-8")
    result = runner.invoke(main, ["new", "--list", *options])
    assert result.exit_code == 2, result.output
    assert re.search(r"profile.yaml:32:14: 错误\[PROFILE\] lint.numbered 中的“projects.\*.targets.\*”在 tianjin.schema.json "
                     r"里是列表中的一项，不是列表本身；.*这样的有（指标行除外）：projects.\*.name、projects.\*.purpose、"
                     r"projects.\*.targets", result.output), result.output


def test_a_misspelt_numbered_path_names_the_step_that_is_no_field(runner, zhejiang):
    """Said once, as any misspelt lint path is, not again as no list of texts."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "lint:\n", "lint:\n  numbered: [key_tasks.*.nmae]\n")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2 and "“key_tasks.*.nmae”中的“nmae”不是 zhejiang.schema.json 里的字段；是否想写“name”？" \
        in result.output and "lint.numbered 中的" not in result.output, result.output


def test_a_form_whose_rows_have_no_value_column_must_say_where_lint_reads_the_target(runner, tmp_path):
    """A copy of the two-column form with 实施周期指标值 dropped, and with it `lint.values`: lint then read each
    row's target from `value`, which no row has, and told every spec that each of its filled-in rows was blank."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    shutil.copytree(ROOT / "templates" / "guangzhou", templates / "foshan")
    schemas.mkdir()
    (schemas / "foshan.schema.json").write_text((ROOT / "schema" / "guangzhou.schema.json").read_text(encoding="utf-8")
                                                .replace("guangzhou", "foshan"), encoding="utf-8")
    profile = templates / "foshan" / "profile.yaml"
    text = profile.read_text(encoding="utf-8")
    values = re.search(r"  values:.*\n(    - .*\n)+", text)
    profile.write_text(text.replace(values[0], ""), encoding="utf-8")
    result = runner.invoke(main, ["new", "--list", "--templates", str(templates), "--schemas", str(schemas)])
    assert result.exit_code == 2, result.output
    assert re.search(r"foshan\t表样有误：.*profile.yaml:\d+:3: 错误\[PROFILE\] 没有写 lint.values，jixiao lint 就按每行的“value”栏"
                     r"读指标值，foshan.schema.json 中 indicators 的每一行却没有这一栏（除一级、二级、三级指标外，它有："
                     r"period_value、annual_value、prior_value）；请在 lint.values 里为每一栏指标值写一项（key 是栏目名，"
                     r"period 是 year 年度、half 半年或 term 实施周期），如 lint: {values: \[{key: annual_value, period: year}\]}",
                     result.output), result.output


# ---- 4. import recognises forms by every variant's template -------------------------------------------------------

@pytest.mark.parametrize("broken", ["missing", "corrupt"])
def test_import_names_a_variant_whose_word_template_cannot_be_read(runner, zhejiang, tmp_path, broken):
    """One variant's missing form.docx used to crash every auto-detecting import (exit 4, PackageNotFoundError)."""
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    [document] = [p for p in zhejiang.out.glob("*.docx")]
    template = zhejiang.folder / "form.docx"
    if broken == "missing":
        template.unlink()
    else:
        template.write_text("not a zip", encoding="utf-8")
    result = zhejiang.run(runner, "import", str(document), "-o", str(tmp_path / "imported.yaml"))
    assert result.exit_code == 2, result.output
    why = "文件不存在" if broken == "missing" else "不是有效的 Word 文件"
    assert f"{template}: 表样“zhejiang”的 Word 模板无法读取：{why}" in result.output
    assert "内部错误" not in result.output and not (tmp_path / "imported.yaml").exists()



def test_import_reads_a_file_name_pattern_that_uses_the_title(runner, zhejiang, tmp_path, monkeypatch):
    """`file_name` may use `{{ title }}` (the profile check allows it); import read the title as a
    field of its own and wrote `title:` into the spec, which validate then refused."""
    project = tmp_path / "unit"  # the project import writes the editor's schema copy into (its schema/),
    project.mkdir()  # not the form's own schema folder, tmp_path/schema, which import refuses to write into
    monkeypatch.chdir(project)
    zhejiang.edit(zhejiang.folder / "profile.yaml", 'file_name: "{{ unit }}{{ year }}年市级部门整体预算绩效目标表"',
                  'file_name: "{{ unit }}{{ title }}"')
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    [document] = list(zhejiang.out.glob("*.docx"))
    assert document.stem == "湛江市归国华侨联合会2024年市级部门整体预算绩效目标表"
    target = project / "imported.yaml"
    result = zhejiang.run(runner, "import", str(document), "--form", "zhejiang", "-o", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "\ntitle:" not in text and "year: 2024" in text and "unit: 湛江市归国华侨联合会" in text

def test_import_reads_a_tag_row_a_column_was_inserted_beside(runner, zhejiang, tmp_path, monkeypatch):
    """A column inserted into form.docx's indicator table (python-docx's add_column, Word's 插入列) leaves each
    `{%tr %}` row one cell holding the tag and an empty one beside it. docxtpl drops the row whole, so the form
    built, but the import pattern took the row for a row of cells: 40 IMPORT-UNPLACED, an unknown field “r”."""
    from docx.shared import Cm

    project = tmp_path / "unit"  # import writes the editor's schema copy into the project's schema/
    project.mkdir()
    monkeypatch.chdir(project)
    template = Document(zhejiang.folder / "form.docx")
    indicators = template.tables[-1]
    indicators.add_column(Cm(1))
    indicators.columns[3].width -= Cm(1)  # the table no wider than the page
    template.save(zhejiang.folder / "form.docx")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    [document] = list(zhejiang.out.glob("*.docx"))
    target = project / "imported.yaml"
    result = zhejiang.run(runner, "import", str(document), "--form", "zhejiang", "-o", str(target))
    assert result.exit_code == 0 and "IMPORT-" not in result.output, result.output
    text = target.read_text(encoding="utf-8")
    assert "\nr:" not in text and text.count("level1:") == (ROOT / "specs" / SPEC).read_text(encoding="utf-8").count("level1:")


# ---- 5. an indicator row's fields are the schema's ---------------------------------------------------------------

@pytest.mark.parametrize("template, old, new, words", [
    ("form.html", "r.value", "r.valeu", r"form.html:\d+:\d+: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：用到的“valeu”不是规格或表样配置中的字段"),
    ("form.docx", "r.value", "r.valeu", r"form.docx: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：用到的“valeu”.*出错的段落"),
])
def test_a_misspelt_row_field_in_a_template_is_named_exit_2(runner, zhejiang, template, old, new, words):
    """It used to print blank on every form, exit 0, where a misspelt budget.basc was caught."""
    path = zhejiang.folder / template
    if template == "form.html":
        zhejiang.edit(path, old, new)
    else:
        docx_edit(path, old, new)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2 and re.search(words, result.output), result.output
    assert not zhejiang.written()


@pytest.mark.parametrize("old, new, typo, meant", [
    ("{{ unit }}", "{{ unti }}", "unti", "unit"),                                # a field of the spec
    ("{{ budget.transfer }}", "{{ budget.transfr }}", "transfr", "transfer"),   # a field of a group
    ("{{ r.value }}", "{{ r.valeu }}", "valeu", "value"),                       # a column of an indicator row
    ("{{ r.level1.span }}", "{{ r.level1.spna }}", "spna", "span"),             # what a cell holds
    ("{{ indicators.rows|length", "{{ indicator.rows|length", "indicator", "indicators"),
])
def test_a_misspelt_field_in_form_html_is_pointed_at_with_the_field_meant(runner, zhejiang, old, new, typo, meant):
    """An author's typo in form.html was named at column 1 of a 300-character line of cells, with only
    "请检查拼写（字段名见 schema）": the field meant is offered, as the profile's checks offer one, and the
    column is the typo's own."""
    path = zhejiang.folder / "form.html"
    zhejiang.edit(path, old, new)
    line, column = locate(path.read_text(encoding="utf-8"), new)
    zhejiang.build_refuses(runner, f"form.html:{line}:{column + new.index(typo)}: 错误[RENDER-TEMPLATE] 模板有误，无法生成："
                                   f"用到的“{typo}”不是规格或表样配置中的字段；是否想写“{meant}”？\n")


def test_a_shared_macro_used_without_its_import_says_the_import_to_write(runner, zhejiang):
    """`paras` without `{% from "macros.html" import paras %}` was called a field missing from the schema."""
    zhejiang.edit(zhejiang.folder / "form.html", '{% from "macros.html" import paras %}\n', "")
    zhejiang.build_refuses(runner, "form.html:14:66: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“paras”是 macros.html 里的宏，不是字段，用之前要导入；"
                                   "请在模板开头加上“{% from \"macros.html\" import paras %}”\n")


@pytest.mark.parametrize("old, new, said", [
    ("{{ r.value }}", "{{ r.valeu }}",
     "用到的“valeu”不是规格或表样配置中的字段；是否想写“value”？出错的段落：“{{ r.valeu }}”（第 2 张表第 8 行第 6 列）"),
    ("{{ unit }}", "{{ unti }}",
     "用到的“unti”不是规格或表样配置中的字段；是否想写“unit”？出错的段落：“{{ unti }}”（第 1 张表第 1 行第 2 列）"),
    ("{{ title }}", "{{ titel }}",  # outside the tables: the paragraph says where
     "用到的“titel”不是规格或表样配置中的字段；是否想写“title”？出错的段落：“{{ titel }}”\n"),
    ("task.goal|paragraphs", "task.gaol|paragraphs",  # a {%p %} cell: docxtpl glues its tags into one line
     "用到的“gaol”不是规格或表样配置中的字段；是否想写“goal”？出错的段落：“{%p for para in task.gaol|paragraphs %}”"
     "（第 2 张表第 3 行第 7 列）"),
])
def test_a_misspelt_field_in_form_docx_names_its_table_row_and_cell(runner, zhejiang, old, new, said):
    """A typo in form.docx was quoted as the compiled text (`{% endfor %}{% for para in task.gaol… %}`) with
    no place, where a misplaced `{%tr %}` was named by table, row and cell: the author looks for it in Word."""
    docx_edit(zhejiang.folder / "form.docx", old, new)
    zhejiang.build_refuses(runner, f"form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")


@pytest.mark.parametrize("template", ["form.html", "form.docx"])
def test_an_item_read_past_the_end_of_a_list_is_a_template_error(runner, zhejiang, template):
    """`rows[999]` is an undefined read by a number, not a name: locating it crashed (exit 4)."""
    (zhejiang.edit if template == "form.html" else lambda *edit: docx_edit(*edit))(
        zhejiang.folder / template, "{{ r.value }}", "{{ indicators.rows[999].value }}")
    zhejiang.build_refuses(runner, "用到的“[999]”超出了列表的范围：这里只有 33 项，从 [0] 数起")


@pytest.mark.parametrize("template", ["form.html", "form.docx"])
def test_a_field_the_schema_does_not_declare_says_where_fields_come_from(runner, zhejiang, template):
    """A field spelt right but never added to the schema (the form has a new row) was told to check its
    spelling; it is told that the schema declares the fields, and which there are."""
    (zhejiang.edit if template == "form.html" else lambda *edit: docx_edit(*edit))(
        zhejiang.folder / template, "{{ unit }}", "{{ contact }}")
    zhejiang.build_refuses(runner, "用到的“contact”不是规格或表样配置中的字段；请检查拼写，或在表样的 schema 里声明这个字段"
                                   "（模板能用的字段都由 schema 声明）；这里可以写：form、year、unit、")


@pytest.mark.parametrize("old, new, line, said", [
    ("{{ r.level1 }}</td>{% endif %}", "{{ r.level1 }}</td>", 28,
     "第 27 行的“{% if %}”没有对应的“{% endif %}”："
     "“{% endfor %}”之前，“if”还没有结束；请先写“{% endif %}”（几个标签套在一起时，先结束里面的一个）"),
    ("  {% endfor %}\n  </tbody>\n</table>", "  </tbody>\n</table>", 30,
     "第 26 行的“{% for %}”没有对应的“{% endfor %}”："
     "“{% endblock %}”之前，“for”还没有结束；请先写“{% endfor %}”（几个标签套在一起时，先结束里面的一个）"),
    # a loop typed inside {% raw %} (or a comment) is text, not the one left open
    ("  {% endfor %}\n  </tbody>\n</table>", "  </tbody>\n</table>{% raw %}{% for %}{% endraw %}{# {% for %} #}", 30,
     "第 26 行的“{% for %}”没有对应的“{% endfor %}”：“{% endblock %}”之前，“for”还没有结束"),
    ("{% endblock %}", "", 28, "第 3 行的“{% block %}”没有对应的“{% endblock %}”：模板到了末尾，“block”还没有结束"),
    ("  {% endfor %}\n  </tbody>\n</table>", "  {% endfro %}\n  </tbody>\n</table>", 28,
     "不认识的标签“endfro”；是否想写“endfor”？（这里还没结束的是“for”，要以“{% endfor %}”结束）"),
    ("{% for r in indicators.rows %}", "{% fro r in indicators.rows %}", 26, "不认识的标签“fro”；是否想写“for”？"),
    ("<h1>{{ title }}</h1>", "<h1>{{ title }}</h1>{% endif %}", 4, "“{% endif %}”前面没有与它配对的“if”"),
    # was told to end the {% block %} it stands in (or, at the top, offered “else” for “else”)
    ("<h1>{{ title }}</h1>", "<h1>{{ title }}</h1>{% else %}", 4, "“{% else %}”前面没有与它配对的“if”或“for”"),
    ("<h1>{{ title }}</h1>", "<h1>{{ title }}</h1>{% elif unit %}", 4, "“{% elif %}”前面没有与它配对的“if”"),
])
def test_a_block_left_open_in_form_html_says_which_end_to_write(runner, zhejiang, old, new, line, said):
    """An `{% if %}` left open inside a loop was reported as an unknown tag “endfor” (spelt right) and told to
    check its spelling; the block still open, and the end it needs, are named, and so is the line that opened
    it: Jinja notices a loop left open at the `{% endblock %}` at the bottom, far from it."""
    zhejiang.edit(zhejiang.folder / "form.html", old, new)
    zhejiang.build_refuses(runner, f"form.html:{line}:1: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")


@pytest.mark.parametrize("old, new, where, said", [
    ('<td colspan="4">{{ unit }}</td>', '<td colspan="5">{{ unit }}</td>', "form.html:7:23: ",
     "生成的第 1 张表第 1 行“部门名称 湛江市归国华侨联合会”占了 6 列，这张表的 <colgroup> 是 5 列"),
    ('<th scope="row" rowspan="6">预算整体情况</th>', '<th scope="row" rowspan="5">预算整体情况</th>', "form.html:14:11: ",  # the row it left short
     "生成的第 1 张表第 8 行“其他事业发展性支出"),
    ('<td colspan="2">{{ r.value }}</td>', "<td>{{ r.value }}</td>", "form.html: ",  # no label: quoted, not located
     "生成的第 2 张表第 6 行“产出指标 数量指标"),
])
def test_a_row_that_does_not_fill_the_colgroup_is_a_template_error(runner, zhejiang, old, new, where, said):
    """docs/variants.md asks each row's cells (with colspan) to add up to the <colgroup>'s columns; a row
    that did not was written all the same, exit 0, its cells shifted a column and the rules ragged."""
    zhejiang.edit(zhejiang.folder / "form.html", old, new)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert f"{where}错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}" in result.output, result.output
    assert "使每行的格数（含 colspan）等于 <colgroup> 的列数" in result.output and not zhejiang.written()


def test_a_colgroup_left_with_a_column_the_rows_no_longer_have_is_named_at_the_colgroup(runner, zhejiang):
    """A column dropped from every row of a table and left in its <colgroup>: every row was "short", and the
    author was pointed at the first row's label and told to check its colspans, which were right."""
    zhejiang.edit(zhejiang.folder / "form.html", '<col style="width:19.41%"></colgroup>',
                  '<col style="width:19.41%"><col style="width:5%"></colgroup>')
    zhejiang.build_refuses(runner, "form.html:18:3: 错误[RENDER-TEMPLATE] 模板有误，无法生成：生成的第 2 张表每一行都占 7 列，这张表的 <colgroup> "
                                   "却是 8 列：浏览器照样显示，表格线却对不齐；增删了一列的话，<colgroup> 里的 <col> 也要同样增删，"
                                   "使 <col> 的个数（含 span）等于每行的格数，再调整各列的 width\n")


@pytest.mark.parametrize("page", [
    # rowspans over the rows below, and a row's cells placed around them
    '<table><colgroup><col><col><col></colgroup><tr><th rowspan="2">a</th><td colspan="2">b</td></tr>'
    '<tr><td>c</td><td>d</td></tr><tr><td colspan="3">e</td></tr></table>',
    # a table inside a cell has its own columns; a table without <colgroup> is not checked
    '<table><colgroup><col span="2"></colgroup><tr><td><table><tr><td>x</td></tr></table></td><td>y</td></tr></table>',
    # a rowspan inside the body, under a header of its own
    '<table><colgroup><col><col></colgroup><thead><tr><th>a</th><th>b</th></tr></thead>'
    '<tbody><tr><td rowspan="2">c</td><td>d</td></tr><tr><td>e</td></tr></tbody></table>',
    # rows of an inner loop left open (no </tr>), as HTML allows
    '<table><colgroup><col><col></colgroup><tr><td>a<td>b<tr><td colspan="2">c</table>',
    # rowspan="0" reaches to the end of its row group; colspan="0" is one column
    '<table><colgroup><col><col></colgroup><tbody><tr><th rowspan="0">a</th><td>b</td></tr><tr><td>c</td></tr>'
    '</tbody><tbody><tr><td colspan="0">d</td><td>e</td></tr></tbody></table>',
    # a span far past any table is read as browsers cap it, not laid out cell by cell
    '<table><colgroup><col span="1000"></colgroup><tr><td colspan="99999999">a</td></tr></table>',
])
def test_a_grid_whose_rows_fill_their_columns_passes(page):
    from generator import html_grid
    from generator.html_page import RenderedPage

    html_grid.check(RenderedPage(page))


@pytest.mark.parametrize("page", [
    # a `>` in a quoted value ends no tag: the cell's colspan after it still counts
    '<table><colgroup><col><col></colgroup><tr><td title="指标值>0" colspan="2">a</td></tr></table>',
    # `colspan=` and `rowspan=` in another attribute's value (a title filled from the spec's text) are its text
    '<table><colgroup><col><col></colgroup><tr><td title="colspan=2">a</td><td title="rowspan=2">b</td></tr>'
    '<tr><td>c</td><td>d</td></tr></table>',
    # a cell in a comment, and a table named in a stylesheet, are no cells
    '<style>/* <table><tr><td> */</style><table><colgroup><col></colgroup><tr><td>a</td><!-- <td>b</td> --></tr></table>',
    # after a value a `=` opens the next attribute's name (`{% if x %}title{% endif %}=""` renders `=""`): the cell
    # and its colspan stay, as in a browser
    '<table><colgroup><col><col></colgroup><tr><td class="a" ="" colspan="2">a</td></tr></table>',
    '<table><colgroup><col><col></colgroup><tr><td title="x"="y" colspan=2>a</td></tr></table>',
    '<table><colgroup><col><col></colgroup><tr class="a" =x><td>a</td><td>b</td></tr></table>',
])
def test_a_grid_is_read_by_its_tags_as_a_browser_reads_them(page):
    """html_grid took a tag to run to its first `>` and searched the text for spans: a `>` in a quoted value
    (which the template check accepts) cut the tag before its colspan, and a span named in another attribute's
    value was counted, so a row that fills its columns stopped the build."""
    from generator import html_grid
    from generator.html_page import RenderedPage

    html_grid.check(RenderedPage(page))


def test_a_template_cell_with_a_greater_than_sign_in_its_title_builds(runner, zhejiang):
    zhejiang.edit(zhejiang.folder / "form.html", '<td colspan="4">{{ unit }}</td>',
                  '<td title="金额>0 时填写" colspan="4">{{ unit }}</td>')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert any('title="金额>0 时填写" colspan="4"' in path.read_text(encoding="utf-8")
               for path in zhejiang.written() if path.suffix == ".html")


def test_a_side_label_reaching_from_the_header_into_the_body_is_a_short_row():
    """A browser cuts a rowspan at the end of <thead>, and every row of the body moves a column left."""
    from generator import html_grid
    from generator.html_page import RenderedPage
    from generator.template_errors import GridBroken

    page = ('<table><colgroup><col><col><col></colgroup><thead><tr><th rowspan="3">绩效指标</th><th>一级</th>'
            '<th>值</th></tr></thead><tbody><tr><td>产出</td><td>≥1</td></tr></tbody></table>')
    with pytest.raises(GridBroken) as raised:
        html_grid.check(RenderedPage(page))
    assert (raised.value.row, raised.value.width, raised.value.columns) == (2, 2, 3)


def test_a_table_whose_rows_are_all_short_of_its_colgroup_says_so():
    from generator import html_grid
    from generator.html_page import RenderedPage
    from generator.template_errors import GridBroken

    page = ('<table><colgroup><col><col><col></colgroup><tr><th rowspan="2">a</th><td>b</td></tr>'
            '<tr><td>c</td></tr><tr><td colspan="2">d</td>')  # the last row and the table left open
    with pytest.raises(GridBroken) as raised:
        html_grid.check(RenderedPage(page))
    assert (raised.value.row, raised.value.width, raised.value.columns, raised.value.every_row) == (1, 2, 3, True)


def test_every_row_holds_the_declared_columns_and_nothing_else():
    """The empty rows `print_empty` adds hold no indicator, yet print every declared column blank."""
    from generator.model import indicator_table

    frame = [{"level1": "产出指标", "level2": ["数量指标", "质量指标"]}]
    rows = [{"level1": "产出指标", "level2": "数量指标", "name": "a", "value": "1"}]
    table = indicator_table(rows, {"print_empty": True}, frame, ["level1", "level2", "name", "value"])
    assert [(str(r.name), str(r.value)) for r in table.rows] == [("a", "1"), ("", "")]
    with pytest.raises(AttributeError):
        table.rows[1].standrd


def _printed(rows: list[dict], frame: list[dict], print_empty: bool = False) -> list[tuple[str, int, str, int, str]]:
    """(一级, its span, 二级, its span, 三级) of each printed row: what the form shows and merges."""
    from generator.model import indicator_table

    table = indicator_table(rows, {"print_empty": print_empty}, frame, ["level1", "level2", "name"])
    return [(str(r.level1), r.level1.span, str(r.level2), r.level2.span, str(r.name)) for r in table.rows]


def test_a_free_level2_groups_its_rows_in_order_of_appearance():
    """A frame's free 一级 takes its 二级 from the rows: rows of one 二级 typed apart print together, merged once."""
    frame = [{"level1": "效益指标", "free": True}]
    rows = [{"level1": "效益指标", "level2": "社会效益", "name": "a"}, {"level1": "效益指标", "level2": "生态效益", "name": "b"},
            {"level1": "效益指标", "level2": "社会效益", "name": "c"}]
    assert _printed(rows, frame) == [("效益指标", 3, "社会效益", 2, "a"), ("效益指标", 0, "社会效益", 0, "c"),
                                     ("效益指标", 0, "生态效益", 1, "b")]


def test_two_level2_groups_sharing_a_name_under_two_level1s_are_merged_apart():
    """Spans come from the frame's grouping: 其他 under 产出指标 and 其他 under 效益指标 are two cells, not one merge."""
    frame = [{"level1": "产出指标", "level2": ["其他"]}, {"level1": "效益指标", "level2": ["其他"]}]
    rows = [{"level1": "产出指标", "level2": "其他", "name": "a"}, {"level1": "效益指标", "level2": "其他", "name": "b"}]
    assert _printed(rows, frame) == [("产出指标", 1, "其他", 1, "a"), ("效益指标", 1, "其他", 1, "b")]


def test_a_row_of_a_level2_the_frame_does_not_list_prints_after_its_level1s_listed_ones():
    """A row whose 二级 a fixed frame does not list is printed, last in its 一级, not dropped."""
    frame = [{"level1": "产出指标", "level2": ["数量指标", "质量指标"]}]
    rows = [{"level1": "产出指标", "level2": "时效指标", "name": "t"}, {"level1": "产出指标", "level2": "质量指标", "name": "q"}]
    assert _printed(rows, frame) == [("产出指标", 2, "质量指标", 1, "q"), ("产出指标", 0, "时效指标", 1, "t")]


def test_print_empty_adds_a_blank_row_for_each_empty_level2_and_none_for_a_level1_without_level2s():
    """An empty 二级 of the frame prints as a blank row under its label; a 一级 the frame lists no 二级 for, with no
    row, prints no row of blanks (it has no label to print one under)."""
    frame = [{"level1": "产出指标", "level2": ["数量指标", "质量指标"]}, {"level1": "满意度指标", "level2": []}]
    rows = [{"level1": "产出指标", "level2": "数量指标", "name": "a"}]
    assert _printed(rows, frame, print_empty=True) == [("产出指标", 2, "数量指标", 1, "a"),
                                                       ("产出指标", 0, "质量指标", 1, "")]


def test_one_profile_key_turns_the_word_and_the_html_page(runner, zhejiang):
    """`orientation: landscape` was read by no code: the form still printed portrait."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: landscape")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(next(zhejiang.out.glob("*.docx"))) as package:
        document = package.read("word/document.xml").decode("utf-8")
    sizes = re.findall(r"<w:pgSz [^>]*>", document)
    assert sizes and all('w:w="16838"' in s and 'w:h="11906"' in s and 'w:orient="landscape"' in s for s in sizes)
    html = next(zhejiang.out.glob("*.html")).read_text(encoding="utf-8")
    assert "@page { size: A4 landscape;" in html and "max-width: 25.7cm" in html


def _grid_widths(document: Path) -> list[int]:
    """The width of each table of a .docx's body (its w:gridCol widths added up), in twips."""
    return [sum(int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', grid))
            for grid in re.findall(r"<w:tblGrid>.*?</w:tblGrid>", _document_xml(document))]


def _document_xml(document: Path) -> str:
    with zipfile.ZipFile(document) as package:
        return package.read("word/document.xml").decode("utf-8")


def test_a_table_drawn_for_portrait_is_widened_with_the_page_turned_landscape(runner, zhejiang):
    """`orientation: landscape` turned the page but left the tables as drawn: a 17 cm table on the left of a
    25.7 cm page. Each is widened with the page (its cells with it), so the form fills the landscape page."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: landscape")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    document = next(zhejiang.out.glob("*.docx"))
    page = 16838 - 2 * 1134  # A4 turned, less the template's margins of 2 cm: 25.7 cm
    assert _grid_widths(zhejiang.folder / "form.docx") == [9638, 9638]
    assert all(abs(width - page) <= 2 for width in _grid_widths(document)), _grid_widths(document)  # columns rounded
    first_row = re.search(r"<w:tr[ >].*?</w:tr>", _document_xml(document)).group(0)
    assert abs(sum(int(w) for w in re.findall(r'<w:tcW w:type="dxa" w:w="(\d+)"/>', first_row)) - page) <= 2


def _drawn_landscape(template: Path, scale: float) -> None:
    """form.docx saved on a landscape page, its tables' columns `scale` times as wide (as Word's 纸张方向 then
    dragging the columns out would leave it)."""
    from docx.enum.section import WD_ORIENT

    document = Document(template)
    section = document.sections[-1]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for table in document.tables:
        for column in table._tbl.tblGrid.findall(qn("w:gridCol")):
            column.set(qn("w:w"), str(round(int(column.get(qn("w:w"))) * scale)))
    document.save(template)


def test_a_table_wider_than_the_profiles_page_is_named_with_its_widths_exit_2(runner, zhejiang):
    """A form drawn landscape with the profile left at portrait built clean, exit 0, and printed the tables' right
    columns off the paper. The table, its widths, the paper's and what to change are said at new --list and build."""
    _drawn_landscape(zhejiang.folder / "form.docx", 1.5)
    said = ("form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：第 1 张表各列宽 3.0、5.6、5.6、5.6、5.6 厘米，"
            "合计 25.5 厘米，从左页边距排起，右边 6.5 厘米印到纸外：profile.yaml 的纸张方向（orientation）是 portrait（纵向），"
            "从左页边距到纸的右边只有 19.0 厘米；这张表是按横向纸张画的：要横向，请在 profile.yaml 写 orientation: landscape"
            "（版心 25.7 厘米）；要纵向，请在 Word 里（用 make_form_docx.py 生成的，在脚本的 table() 里）把各列改窄，"
            "合计不超过 17.0 厘米（左右页边距之间）")
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 2 and said in _listed(listed)["zhejiang"], listed.output
    zhejiang.build_refuses(runner, said)
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: landscape")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    assert _grid_widths(next(zhejiang.out.glob("*.docx"))) == _grid_widths(zhejiang.folder / "form.docx")


def test_a_table_wider_than_a_landscape_page_says_only_to_narrow_it(runner, zhejiang):
    _drawn_landscape(zhejiang.folder / "form.docx", 1.7)
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: landscape")
    output = zhejiang.build_refuses(runner, "合计 28.9 厘米，从左页边距排起，右边 1.2 厘米印到纸外：profile.yaml 的纸张方向"
                                            "（orientation）是 landscape（横向），从左页边距到纸的右边只有 27.7 厘米")
    assert "把各列改窄，合计不超过 25.7 厘米（左右页边距之间）\n" in output and "要横向" not in output


@pytest.mark.parametrize("saved", ["portrait", "landscape"])
def test_a_table_wider_than_the_turned_text_is_never_narrowed_however_the_form_was_saved(runner, zhejiang, saved):
    """A 27.2 cm table with the profile at landscape was squeezed to 25.7 cm when form.docx was saved portrait, and
    kept (or refused) when saved landscape: the docs say a table is never narrowed, and one verdict fits both."""
    if saved == "landscape":
        _drawn_landscape(zhejiang.folder / "form.docx", 1.6)
    else:
        _widened(zhejiang.folder / "form.docx", 1.6)
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: landscape")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert _grid_widths(next(zhejiang.out.glob("*.docx"))) == _grid_widths(zhejiang.folder / "form.docx") == [15422, 15420]


def _widened(template: Path, scale: float) -> None:
    """form.docx's tables' columns `scale` times as wide, its page left as saved."""
    document = Document(template)
    for table in document.tables:
        for column in table._tbl.tblGrid.findall(qn("w:gridCol")):
            column.set(qn("w:w"), str(round(int(column.get(qn("w:w"))) * scale)))
    document.save(template)


def test_a_grid_column_without_a_width_keeps_none_when_the_page_turns(runner, zhejiang):
    """A w:gridCol with no width (Word fits such a column to its cells) was written w:w="0" when its table was
    widened with the page turned landscape: a column of no width."""
    document = Document(zhejiang.folder / "form.docx")
    first = document.tables[0]._tbl.tblGrid.findall(qn("w:gridCol"))[0]
    del first.attrib[qn("w:w")]
    document.save(zhejiang.folder / "form.docx")
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: landscape")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    built = _document_xml(next(zhejiang.out.glob("*.docx")))
    assert 'w:gridCol w:w="0"' not in built and "<w:gridCol/>" in built


def test_a_gutter_is_taken_off_the_room_for_a_table(runner, zhejiang):
    """A 3 cm gutter (装订线) moves the text right; a 17 cm table from the 2 cm margin then ends 1 cm past the paper,
    yet the gutter was not counted and the form built."""
    document = Document(zhejiang.folder / "form.docx")
    for section in document.sections:
        section._sectPr.find(qn("w:pgMar")).set(qn("w:gutter"), str(round(3 * 1440 / 2.54)))
    document.save(zhejiang.folder / "form.docx")
    output = zhejiang.build_refuses(runner, "右边 1.0 厘米印到纸外：profile.yaml 的纸张方向（orientation）是 portrait（纵向），"
                                            "从左页边距到纸的右边只有 16.0 厘米；")
    assert "（版心 22.7 厘米）" in output and "合计不超过 14.0 厘米（左右页边距之间）" in output


def test_a_table_with_only_its_cells_widths_is_checked_too(runner, zhejiang):
    """A table whose grid has no widths (a tool that sets only the cells' w:tcW) was never measured: drawn 25.5 cm
    wide on a portrait page it built clean and printed its right columns off the paper."""
    document = Document(zhejiang.folder / "form.docx")
    for table in document.tables:
        for column in table._tbl.tblGrid.findall(qn("w:gridCol")):
            del column.attrib[qn("w:w")]
        for width in table._tbl.iter(qn("w:tcW")):
            width.set(qn("w:w"), str(round(int(width.get(qn("w:w"))) * 1.5)))
    document.save(zhejiang.folder / "form.docx")
    zhejiang.build_refuses(runner, "第 1 张表各列宽 3.0、5.6、5.6、5.6、5.6 厘米，合计 25.5 厘米，从左页边距排起，右边 6.5 厘米印到纸外")


def _margins(template: Path, cm: float, widen: float = 0.0) -> None:
    """form.docx's left and right margins set to `cm`, its tables' last columns `widen` cm wider."""
    from docx.shared import Cm as Centimetres

    document = Document(template)
    for section in document.sections:
        section.left_margin = section.right_margin = Centimetres(cm)
    for table in document.tables:
        column = table._tbl.tblGrid.findall(qn("w:gridCol"))[-1]
        column.set(qn("w:w"), str(int(column.get(qn("w:w"))) + round(widen * 1440 / 2.54)))
    document.save(template)


@pytest.mark.parametrize("margin, widen", [(3.17, 0.0), (2.0, 0.5)], ids=["word-default-margins", "into-2cm-margin"])
def test_a_table_reaching_into_the_right_margin_builds_as_drawn(runner, zhejiang, margin, widen):
    """A 17 cm table within Word's default Chinese margins (3.17 cm) ends 0.8 cm inside the paper's edge and prints
    whole, as Word lets a table overhang its margin; it was refused as printing "off the paper"."""
    _margins(zhejiang.folder / "form.docx", margin, widen)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert _grid_widths(next(zhejiang.out.glob("*.docx"))) == _grid_widths(zhejiang.folder / "form.docx")


# ---- 6. the variant's schema is itself checked ------------------------------------------------------------------


def _at_edit(zhejiang, old: str, new: str, words: str, marker: str) -> str:
    """Make the edit and put the place of `marker` in the edited schema into `words` ({at}), wherever
    the schema's other fields have moved it."""
    zhejiang.edit(zhejiang.schema, old, new)
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), marker)
    return words.replace("{at}", f"{line}:{column}")


@pytest.mark.parametrize("old, new, words, marker", [
    ('"type": "string",\n      "const"', '"type": "strin",\n      "const"',
     r"zhejiang.schema.json:{at}: form（表样）的“type”：文本“strin”不是可选的取值；是否想写“string”？", '"type": "strin"'),
    ('"type": [\n            "integer",', '"type": [\n            "numbr",',
     r"zhejiang.schema.json:{at}: basic_info.staff_count（财政供养人员数）的“type” 第 1 项：文本“numbr”不是可选的取值；"
     r"是否想写“number”？", '"numbr"'),
    ('"minimum": 0,', '"minimum": "0",',
     r"zhejiang.schema.json:{at}: basic_info.staff_count（财政供养人员数）的“minimum”：应为数字，实际是文本“0”", '"minimum": "0"'),
    ('"minItems": 1,', '"minItems": 1.5,',
     r"zhejiang.schema.json:{at}: key_tasks（年度重点工作任务）的“minItems”：应为整数，实际是数字 1.5", '"minItems": 1.5'),
    ('"minItems": 1,', '"minItems": 1, "pattern": "([a",',
     r"zhejiang.schema.json:{at}: key_tasks（年度重点工作任务）的“pattern”：“\(\[a”不是有效的正则表达式", '"pattern": "([a"'),
    # was 列表（2 项）不是可选的取值, as if a list of type names were refused
    ('"type": "string",\n      "const"', '"type": ["string", "string"],\n      "const"',
     r"zhejiang.schema.json:{at}: form（表样）的“type”：有重复的项：“string”写了 2 次$", '"type": ["string"'),
    ('"type": "string",\n      "const"', '"type": [],\n      "const"',
     r"zhejiang.schema.json:{at}: form（表样）的“type”：至少 1 项，实际有 0 项$", '"type": []'),
    ('"staff_count",\n', '"staff_count", "staff_count",\n',
     r"zhejiang.schema.json:{at}: basic_info（基本信息）的“required”：有重复的项：“staff_count”写了 2 次$",
     '"required": [\n        "staff_count", "staff_count"'),
    ('"minItems": 1,', '"minItems": 1, "$anchor": "1x",',  # was jsonschema's English
     r"zhejiang.schema.json:{at}: key_tasks（年度重点工作任务）的“\$anchor”：“1x”不能用作名字：要以英文字母或下划线开头", '"$anchor"'),
])
def test_a_schema_that_is_no_valid_json_schema_is_named_at_its_line_exit_2(runner, zhejiang, old, new, words, marker):
    """jsonschema's UnknownType and a TypeError used to stop every spec as an internal error (exit 4)."""
    words = _at_edit(zhejiang, old, new, words, marker)
    for command in ("validate", "build", "lint"):
        result = zhejiang.run(runner, command, str(zhejiang.spec))
        assert result.exit_code == 2 and re.search(words, result.output), (command, result.output)
    assert not zhejiang.written()


def test_a_shared_definition_that_is_no_valid_json_schema_is_named_in_its_own_file(runner, zhejiang):
    shutil.copy(ROOT / "schema" / "defs.schema.json", zhejiang.schemas)
    zhejiang.edit(zhejiang.schemas / "defs.schema.json", '"type": "string"', '"type": "strng"')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert re.search(r"defs.schema.json:\d+:\d+: \$defs.form（表样）的“type”：文本“strng”.*是否想写“string”", result.output)


@pytest.mark.parametrize("path, at", [
    ((), (1, 1)),
    (("a",), (2, 3)),
    (("a", "b", 1), (2, 18)),
    (("c", "d"), (3, 9)),
    (("c", "x"), (3, 3)),  # as far as the text goes
])
def test_json_position_finds_a_key_or_an_item(path, at):
    from generator.json_text import json_position

    text = '{\n  "a": {"b": [1, {"e": "x,]}"}]},\n  "c": {"d": null}\n}'
    assert json_position(text, path) == at


@pytest.mark.parametrize("offset, at", [(0, (1, 8)), (2, (1, 11)), (5, (1, 14)), (6, (1, 16)), (8, (1, 23)), (99, (1, 24))])
def test_json_string_position_counts_each_escape_as_one_character(offset, at):
    """A snippet's `bodyText` is one long line of JSON: `\\n`, `\\"` and `\\u00e9` each stand for one character."""
    from generator.json_text import json_string_position

    text = '{"t": "a\\nb: \\"c\\u00e9d"}'
    assert json_string_position(text, ("t",), offset) == at


@pytest.mark.parametrize("old, new, words, marker", [
    ('"other_funds",', '"other_fund",',
     r"zhejiang.schema.json:{at}: budget（预算整体情况）的“required” 第 4 项：“other_fund”不是 properties 里的字段，"
     r"每份规格都会因此被说缺少“other_fund”；是否想写“other_funds”？", '"other_fund"'),
    ('"staff_count",\n', '"persons",\n',
     r"zhejiang.schema.json:{at}: basic_info（基本信息）的“required” 第 1 项：“persons”不是 properties 里的字段.*"
     r"properties 里有：staff_count、subunit_count", '"persons"'),
])
def test_a_required_key_the_schema_does_not_declare_is_the_schemas_mistake(runner, zhejiang, old, new, words, marker):
    """Every spec used to fail with SCHEMA-REQUIRED 缺少必填字段“other_fund” (exit 1), blamed for the schema's typo."""
    zhejiang.refused(runner, _at_edit(zhejiang, old, new, words, marker))


@pytest.mark.parametrize("old, new, words, marker", [
    ('"additionalProperties": false,', '"additionalProperty": false,',
     r"zhejiang.schema.json:{at}: 顶层的“additionalProperty”：不是 JSON Schema 的关键字，检查时会被忽略；"
     r"是否想写“additionalProperties”？", '"additionalProperty"'),
    ('"minLength": 1,', '"minlength": 1,',
     r"zhejiang.schema.json:{at}: indicators.\*.level1（一级指标）的“minlength”：.*是否想写“minLength”？", '"minlength"'),
])
def test_a_misspelt_keyword_is_named_not_ignored(runner, zhejiang, old, new, words, marker):
    """An unknown keyword is valid JSON Schema: `additionalProperty` used to let specs carry any key, unreported."""
    zhejiang.refused(runner, _at_edit(zhejiang, old, new, words, marker))


@pytest.mark.parametrize("old, new, words, marker", [
    ('"minItems": 1,', '"minItems": 1, "format": "phone",',
     r"zhejiang.schema.json:{at}: key_tasks（年度重点工作任务）的“format”：validate 不检查“phone”格式，写了等于没写；"
     r"能检查的格式有：date、date-time、time、email、ipv4、ipv6，其他要求请用 pattern 写出", '"format"'),
    ('"minItems": 1,', '"minItems": 1, "then": {"minItems": 2},',
     r"zhejiang.schema.json:{at}: key_tasks（年度重点工作任务）的“then”：旁边没有“if”，它检查时会被忽略", '"then"'),
    ('"minItems": 1,', '"minItems": 1, "maxContains": 2,',
     r"zhejiang.schema.json:{at}: key_tasks（年度重点工作任务）的“maxContains”：旁边没有“contains”", '"maxContains"'),
    ('"additionalProperties": false,', '"additionalProperties": false, "dependencies": {"unit": ["year"]},',
     r"zhejiang.schema.json:{at}: 顶层的“dependencies”：是 JSON Schema 旧版本的关键字，validate 按 2020-12 版检查时会忽略它；"
     r"请改用 dependentRequired", '"dependencies"'),
])
def test_a_keyword_validation_would_ignore_is_named_not_left_to_check_nothing(runner, zhejiang, old, new, words, marker):
    """Each used to pass the schema check and then check nothing, while the editor (which reads `format`
    and older drafts) squiggled what validate let through."""
    zhejiang.refused(runner, _at_edit(zhejiang, old, new, words, marker))


_VALUE_FIELD = '"$ref": "defs.schema.json#/$defs/indicator_value",'


@pytest.mark.parametrize("new, words, marker", [
    (_VALUE_FIELD + ' "x-jixiao-kind": "indicator_value",',
     r"zhejiang.schema.json:{at}: indicators.\*.value（指标值）的“x-jixiao-kind”：jixiao 不认得 \"indicator_value\" 这个值，"
     r"写了等于没写；可写：date、indicator-value\n", '"x-jixiao-kind"'),
    (_VALUE_FIELD + ' "x-jixiao-knid": "indicator-value",',
     r"zhejiang.schema.json:{at}: indicators.\*.value（指标值）的“x-jixiao-knid”：不是 jixiao 读的标注，写了等于没写；"
     r"是否想写“x-jixiao-kind”？", '"x-jixiao-knid"'),
    (_VALUE_FIELD + ' "x-jixiao-note": "目标值",',
     r"zhejiang.schema.json:{at}: indicators.\*.value（指标值）的“x-jixiao-note”：不是 jixiao 读的标注，写了等于没写；"
     r"jixiao 读的标注有：x-jixiao-kind、x-jixiao-style", '"x-jixiao-note"'),
])
def test_an_annotation_jixiao_does_not_read_is_named_not_ignored(runner, zhejiang, new, words, marker):
    """`"x-jixiao-kind": "indicator_value"` (the definition's name for the kind's) beside a value's `$ref` replaced
    the definition's mark, read as none: the value silently lost its hints, and nothing said why."""
    zhejiang.refused(runner, _at_edit(zhejiang, _VALUE_FIELD, new, words, marker))


def test_a_filing_time_in_a_standard_time_format_is_checked_not_refused(runner, zhejiang):
    """`format: date-time` (a 填报时间) and `time` are Draft 2020-12 formats the editor checks: the schema check refused
    them (validate 不检查“date-time”格式), leaving a form author no standard way to ask for a time."""
    zhejiang.edit(zhejiang.schema, '  "properties": {\n',
                  '  "properties": {\n    "filed_at": {"type": "string", "format": "date-time", "title": "填报时间"},\n'
                  '    "office_hours": {"type": "string", "format": "time", "title": "上班时间"},\n')
    zhejiang.offer("filed_at（填报时间）", "office_hours（上班时间）")
    zhejiang.edit(zhejiang.spec, "year: ", 'filed_at: "2024-06-30T09:00:00+08:00"\noffice_hours: "09:00:00+08:00"\nyear: ')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    zhejiang.edit(zhejiang.spec, "2024-06-30T09:00:00+08:00", "2024-06-31 09:00")
    zhejiang.edit(zhejiang.spec, '"09:00:00+08:00"', '"9点"')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 1
    assert ("填报时间：应为日期和时间，写成“年-月-日T时:分:秒”再加时区，如 2024-06-30T09:00:00+08:00（北京时间），"
            "实际是文本“2024-06-31 09:00”") in result.output
    assert "上班时间：应为时间，写成“时:分:秒”再加时区，如 09:00:00+08:00（北京时间），实际是文本“9点”" in result.output


def test_a_keyword_of_the_units_own_or_the_editors_is_left_alone(runner, zhejiang):
    zhejiang.edit(zhejiang.schema, '"minLength": 1,', '"minLength": 1, "note": "x", "markdownDescription": "一级指标",')
    assert zhejiang.run(runner, "validate", str(zhejiang.spec)).exit_code == 0


@pytest.mark.parametrize("edits", [
    [("基本信息（basic_info）要写齐：", "基本信息（basic_info）照 Excel（人员表）要写齐："),
     ("subunit_count（下属二级单位数）。", "subunit_count（下属二级单位数）。从 PDF（盖章件）或 VS Code（编辑器）抄来时"),
     ("budget（预算整体情况）", "budget（预算整体情况，其中 basic（基本支出）等）")],
    [("每项绩效指标要写齐：", "每项 key_tasks（年度重点工作任务）的绩效指标要写齐："),
     ("还可写 prior_value（上年指标值）", "还可写 prior_value (上年指标值)")],
], ids=["words that are no field", "a subject before the colon, ASCII brackets"])
def test_a_message_is_read_for_fields_only_as_its_lists_name_them(runner, zhejiang, edits):
    """A mapping's errorMessage is checked for the fields it lists (`key（中文名）` or `key (中文名)` from the first `：`
    to the `；` or `。` after it, and from `还可写` to the `。`). `Excel（人员表）`, `PDF（…）` and `VS Code（…）` in it
    stopped every command with 说要写“Excel”…, exit 2, and so did `basic（…）` named on purpose inside `budget（…）`, a
    field of the budget, not of the top level. A key before the `：` (`每项 key_tasks（年度重点工作任务）要写齐`) is the
    message's subject, not a field listed: the row's message was said to tell the clerk to write key_tasks, exit 2. A
    key listed as `prior_value (上年指标值)`, with ASCII brackets, is listed (it was said left out)."""
    for old, new in edits:
        zhejiang.edit(zhejiang.schema, old, new)
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-MESSAGE" not in result.output, result.output


def test_an_optional_field_a_copy_adds_but_its_message_leaves_out_is_named(runner, zhejiang):
    """A copy that adds 备注 (`remark`) to the indicators and leaves the row's errorMessage as it was: a clerk who
    wrote `remark` was told by the editor 不能写别的字段, in a list that never named it; the check passed. The message
    is the editor's only (validate and build never read it), so new --list warns of it and no command stops."""
    zhejiang.edit(zhejiang.schema, '"prior_value": {', '"remark": {"$ref": "defs.schema.json#/$defs/text", "title": "备注"},\n'
                                                      '          "prior_value": {')
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"errorMessage": "每项绩效指标要写齐'))
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 0 and "errorMessage" not in result.output, result.output
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-MESSAGE] indicators.*（绩效指标）的“errorMessage”：没有说到可写的“remark”："
            f"写了它时编辑器的这句提示说不能写别的字段；请在提示的“还可写”里加上“remark（备注）”") in result.output, result.output


def test_a_copys_schema_title_left_as_the_originals_name_is_warned_of(runner, zhejiang):
    """A copy whose profile.yaml `name` was changed but whose schema `title` is still the original's Chinese name:
    the editor showed the clerk the original's name for the copy's schema. Only the editor reads it: a warning."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "name: 湛江市级部门整体预算绩效目标表", "name: 浙江省级部门整体预算绩效目标表")
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"title": "湛江市级'))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-TITLE] schema 顶层的 title（编辑器显示的 schema 名称）还是表样 zhanjiang "
            f"的名称“湛江市级部门整体预算绩效目标表”，而这是表样“zhejiang”的 schema；请改成这个表样的名称（profile.yaml 的 name）："
            f'"title": "浙江省级部门整体预算绩效目标表"') in result.output, result.output
    assert result.output.count("SCHEMA-TITLE") == 1
    zhejiang.edit(zhejiang.schema, '"title": "湛江市级部门整体预算绩效目标表"', '"title": "浙江省级部门整体预算绩效目标表"')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-TITLE" not in result.output, result.output


def test_a_copys_name_quoted_in_the_title_and_description_warnings_shows_its_invisible_characters(runner, zhejiang):
    """The copy's profile.yaml `name`, pasted with a zero-width space, went raw into the title to write and the name
    to write in a description: as validate and the schema check quote what an author typed, it shows as ▯."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "name: 湛江市级部门整体预算绩效目标表", "name: \"浙江省级\\u200b部门整体预算绩效目标表\"")
    zhejiang.edit(zhejiang.schema, '"description": "填报部门的全称，与预算批复一致。例如 某市归国华侨联合会。"',
                  '"description": "填报部门的全称，与湛江市级部门整体预算绩效目标表的一致。"')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert '请改成这个表样的名称（profile.yaml 的 name）："title": "浙江省级▯部门整体预算绩效目标表"' in result.output, result.output
    assert "改成这个表样的名称“浙江省级▯部门整体预算绩效目标表”（profile.yaml 的 name）" in result.output, result.output
    warned = [said for said in result.output.splitlines() if "警告[SCHEMA-" in said]
    assert len(warned) == 3 and not any("\u200b" in said for said in warned), warned


def test_a_copys_description_still_naming_the_original_is_warned_of(runner, zhejiang):
    """The title was warned of, but `form`'s description, 本文件使用的表样，湛江市级部门整体预算绩效目标表写 zhejiang, still
    named the original to the clerk in the editor and above `form:` in every new spec. Words every form shares are
    no form's name: jixiao's own schemas give no warning."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "name: 湛江市级部门整体预算绩效目标表", "name: 浙江省级部门整体预算绩效目标表")
    zhejiang.edit(zhejiang.schema, '"title": "湛江市级部门整体预算绩效目标表"', '"title": "浙江省级部门整体预算绩效目标表"')
    zhejiang.edit(zhejiang.schema, '"description": "填报部门的全称，与预算批复一致。例如 某市归国华侨联合会。"',
                  '"description": "填报部门的全称，与湛江市级部门整体预算绩效目标表的一致。"')
    text = zhejiang.schema.read_text(encoding="utf-8")
    form, unit = (locate(text, '"description": "' + words) for words in ("本文件使用的表样", "填报部门的全称"))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    said = ("还写着表样 zhanjiang 的名称“湛江市级部门整体预算绩效目标表”，而这是表样“zhejiang”的 schema：编辑器悬停时显示这段说明，"
            "jixiao new 也把字段的说明写进新规格的注释；请把“湛江市级部门整体预算绩效目标表”改成这个表样的名称“浙江省级部门整体预算绩效目标表”")
    assert f"{zhejiang.schema}:{form[0]}:{form[1]}: 警告[SCHEMA-DESCRIPTION] form（表样）的“description”：{said}" in result.output
    assert f"{zhejiang.schema}:{unit[0]}:{unit[1]}: 警告[SCHEMA-DESCRIPTION] unit（" in result.output, result.output
    assert result.output.count("SCHEMA-DESCRIPTION") == 2 and "SCHEMA-TITLE" not in result.output
    for shipped in ("本文件使用的表样，湛江市级部门整体预算绩效目标表", "填报部门的全称，与湛江市级部门整体预算绩效目标表的一致"):
        zhejiang.edit(zhejiang.schema, shipped, shipped.replace("湛江市级", "浙江省级"))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "警告" not in result.output, result.output
    shipped = runner.invoke(main, ["new", "--list"])  # jixiao's own forms
    assert shipped.exit_code == 0 and "jiangsu\t" in shipped.output and "警告" not in shipped.output, shipped.output


def test_a_description_naming_two_other_forms_names_both_and_says_only_where_it_is_read(runner, zhejiang):
    """Only the longest form's name was said, so the clerk fixed one and met the next at the next run; and every
    description was said to be written into new's comments, which only a field's `description` is."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "name: 湛江市级部门整体预算绩效目标表", "name: 浙江省级部门整体预算绩效目标表")
    zhejiang.edit(zhejiang.schema, '"title": "湛江市级部门整体预算绩效目标表"', '"title": "浙江省级部门整体预算绩效目标表"')
    zhejiang.edit(zhejiang.schema, "本文件使用的表样，湛江市级部门整体预算绩效目标表写", "本文件使用的表样，浙江省级部门整体预算绩效目标表写")
    zhejiang.edit(zhejiang.schema, '"description": "填报部门的全称，与预算批复一致。例如 某市归国华侨联合会。"',
                  '"description": "填报部门的全称，同天津市项目绩效目标表、湛江市级部门整体预算绩效目标表。",'
                  ' "markdownDescription": "同**湛江市级部门整体预算绩效目标表**"')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    described, marked = (line for line in result.output.splitlines() if "SCHEMA-DESCRIPTION" in line)
    assert ("unit（部门名称）的“description”：还写着表样 tianjin 的名称“天津市项目绩效目标表”、表样 zhanjiang 的名称"
            "“湛江市级部门整体预算绩效目标表”，而这是表样“zhejiang”的 schema：编辑器悬停时显示这段说明，jixiao new 也把字段的说明"
            "写进新规格的注释；请把“天津市项目绩效目标表”、“湛江市级部门整体预算绩效目标表”改成") in described, described
    assert "的“markdownDescription”：还写着表样 zhanjiang" in marked and "jixiao new" not in marked, marked


def test_a_description_naming_another_form_whose_name_holds_this_ones_is_warned_of(runner, zhejiang):
    """The own name was taken out of the text before the others were looked for, so a form named 项目绩效目标表 saw
    nothing of 天津市项目绩效目标表 in its description: only the own name's own occurrences are passed over."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "name: 湛江市级部门整体预算绩效目标表", "name: 项目绩效目标表")
    zhejiang.edit(zhejiang.schema, '"description": "填报部门的全称，与预算批复一致。例如 某市归国华侨联合会。"',
                  '"description": "填报部门的全称，同天津市项目绩效目标表。"')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert "unit（部门名称）的“description”：还写着表样 tianjin 的名称“天津市项目绩效目标表”" in result.output, result.output


def test_copied_form_does_not_import_schema_check_which_imports_it():
    """They shared subschemas and keyword_name through an import inside a function to dodge the cycle; both now
    import them from schema_nodes."""
    import ast

    tree = ast.parse((ROOT / "generator" / "copied_form.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "schema_nodes" in imported and "schema_check" not in imported, imported


def test_a_top_level_field_named_title_is_refused(runner, zhejiang):
    """docs/variants.md forbids it (templates' `title` is the form's title), but it used to build, the field unprinted."""
    zhejiang.edit(zhejiang.schema, '  "properties": {\n',
                  '  "properties": {\n    "title": {"$ref": "defs.schema.json#/$defs/text", "title": "表名", "description": "表名。"},\n')
    zhejiang.refused(runner, r"zhejiang.schema.json:19:5: title（表名）：顶层不能有名为“title”的字段：模板里的 title 是 profile.yaml "
                             r"的 title 写出的表题")
    assert not zhejiang.written()


# ---- the original form's name left in the copy -----------------------------------------------------------------

@pytest.mark.parametrize("old, new, words", [
    ('"bodyText": "form: zhejiang\\n', '"bodyText": "form: zhanjiang\\n',
     r"zhejiang.schema.json:340:7: 顶层的“defaultSnippets” 第 1 项：片段“整份规格的骨架”写的是 form: zhanjiang，"
     r"而这是表样“zhejiang”的 schema：插入这个片段写出的规格会按表样 zhanjiang 校验和生成，不是 zhejiang；"
     r"请把 form: zhanjiang 改成 form: zhejiang"),
    ("表样请写 zhejiang（", "表样请写 zhanjiang（",
     r"zhejiang.schema.json:24:7: form（表样）的“errorMessage”：说的是表样“zhanjiang”，而这是表样“zhejiang”的 schema："
     r"填错表样时编辑器的提示会让填表人写 form: zhanjiang；请改成 zhejiang"),
    ("表样，湛江市级部门整体预算绩效目标表写 zhejiang。", "表样，湛江市级部门整体预算绩效目标表写 zhanjiang。",
     r"zhejiang.schema.json:21:7: form（表样）的“description”：说的是表样“zhanjiang”.*jixiao new 写进每份新规格的注释"),
    ('"const": "zhejiang",', '"enum": ["zhejiang", "zhanjiang"],',
     r"zhejiang.schema.json:23:28: form（表样）的“enum” 第 2 项：是“zhanjiang”，应为这个表样的名字“zhejiang”"),
], ids=["snippet", "errorMessage", "description", "enum"])
def test_the_original_forms_name_left_in_a_copied_schema_is_named_exit_2(runner, zhejiang, old, new, words):
    """Only `form`'s `const` was checked. The copy's skeleton snippet, still writing `form: zhanjiang`,
    gave a clerk's empty file a spec of the original form, which validated and built as it: the wrong
    form, submitted without a word; the editor's message and hover text told the clerk to write it."""
    zhejiang.edit(zhejiang.schema, old, new)
    zhejiang.refused(runner, words)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2 and re.search(r"zhejiang\t表样有误：.*" + words.split(": ", 1)[0], result.output)
    assert not zhejiang.written()


def test_an_unedited_copy_is_refused_after_the_original_passed(runner, zhejiang):
    """The schema check's pass is keyed on the form it is the schema of: a copy, byte for byte the
    original, must not pass on the original's remembered verdict. Each place naming the original is listed."""
    shutil.copy(ROOT / "schema" / "zhanjiang.schema.json", zhejiang.schema)
    shutil.copy(ROOT / "schema" / "zhanjiang.schema.json", zhejiang.schemas / "zhanjiang.schema.json")
    result = zhejiang.run(runner, "new", "--list")  # zhanjiang passes (and is remembered) before zhejiang
    assert result.exit_code == 2 and "zhanjiang\t湛江" in result.output, result.output
    assert re.search(r"zhejiang\t表样有误：.*zhejiang.schema.json:21:7: .*（另有 3 处）", result.output), result.output
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert re.findall(r"zhejiang.schema.json:(\d+:\d+): ", result.output) == ["21:7", "23:7", "24:7", "340:7"]


def test_a_form_named_only_as_part_of_a_longer_word_is_left_alone(runner, zhejiang):
    zhejiang.edit(zhejiang.schema, "表样请写 zhejiang（", "表样请写 zhejiang（不是 zhanjiang2 或 my-zhanjiang-old；")
    assert zhejiang.run(runner, "validate", str(zhejiang.spec)).exit_code == 0


# ---- what the copied schema hands the editor ---------------------------------------------------------------------

def _drop_goal(zhejiang) -> None:
    """The author drops 期望达到的目标 (`goal`) from the key tasks: from the schema's fields, `required` and the
    editor's message, and from both templates (the cell left empty), as a form of their own; the snippets are forgotten."""
    zhejiang.edit(zhejiang.schema, '"amount",\n          "goal"\n', '"amount"\n')
    zhejiang.edit(zhejiang.schema, "、goal（期望达到的目标）", "")
    text = zhejiang.schema.read_text(encoding="utf-8")
    start = text.index('          "goal": {')
    zhejiang.edit(zhejiang.schema, text[start - 2:text.index("}", start) + 1], "")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ paras(task.goal) }}", "")
    docx_edit(zhejiang.folder / "form.docx", "task.goal|paragraphs", "''|paragraphs")


def test_a_snippet_writing_a_field_the_copy_dropped_is_named_where_the_snippet_writes_it(runner, zhejiang):
    """Every key task a clerk inserted from the editor failed validate (goal: an unknown field), and
    `new --list`, the form author's check, said the form was fine: only jixiao's tests held a snippet to its schema."""
    _drop_goal(zhejiang)
    text = zhejiang.schema.read_text(encoding="utf-8")
    row = "{}:{}".format(*locate(text, '"goal": "${4:'))
    skeleton = "{}:{}".format(*locate(text, '"bodyText"'))
    line, column = locate(text, "\\n    goal: ${17:")
    fields = "name、content、amount"
    said = [f"{zhejiang.schema}:{row}: key_tasks.*（重点工作任务）的“defaultSnippets” 第 1 项：片段“新的一项重点工作任务（推荐，带各栏）”写入的 goal "
            f"不是这一项（重点工作任务）的字段，插入后 validate 报未知字段；schema 里这一项的字段有：{fields}",
            f"{zhejiang.schema}:{line}:{column + 6}: 顶层的“defaultSnippets” 第 1 项：片段“整份规格的骨架”写入的 key_tasks.*.goal "
            f"不是 key_tasks.*（重点工作任务）的字段，插入后 validate 报未知字段；schema 里 key_tasks.* 的字段有：{fields}"]
    assert skeleton.split(":")[0] == str(line)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert _listed(result)["zhejiang"] == f"表样有误：{said[0]}（另有 1 处）"
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 2 and "\n".join(said) in result.output, result.output


def test_what_the_schema_check_quotes_shows_invisible_characters_as_validate_does(runner, zhejiang):
    """A snippet's label and a `required` key were quoted as the schema's author typed them: a U+202E pasted into one
    flipped the rest of the line in a terminal or CI log, where validate and lint quote a spec's texts with ▯."""
    _drop_goal(zhejiang)
    zhejiang.edit(zhejiang.schema, '"label": "新的一项重点工作任务（', '"label": "新的一项\u202e重点工作任务（')
    zhejiang.edit(zhejiang.schema, '"other_funds",', '"other_\u200bfunds",')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert "片段“新的一项▯重点工作任务（推荐，带各栏）”写入的 goal 不是" in result.output, result.output
    assert "“other_▯funds”不是 properties 里的字段" in result.output, result.output
    assert "\u202e" not in result.output and "\u200b" not in result.output, result.output


def test_a_field_made_required_that_the_rows_snippet_does_not_write_is_named(runner, zhejiang):
    zhejiang.edit(zhejiang.schema, '"required": [\n          "name",', '"required": [\n          "name",\n          "leader",')
    zhejiang.edit(zhejiang.schema, "每项重点工作任务要写齐：name（名称）、", "每项重点工作任务要写齐：name（名称）、leader（负责人）、")
    zhejiang.edit(zhejiang.schema, '"goal": {', '"leader": {"$ref": "defs.schema.json#/$defs/text", "title": "负责人", '
                                             '"description": "负责人。"},\n          "goal": {')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert ("片段“新的一项重点工作任务（推荐，带各栏）”没有写这一项必填的 leader（负责人）：插入后 validate 会说缺少它；请在片段里加上 leader"
            in _listed(result)["zhejiang"]), result.output


def test_a_level1_renamed_that_a_snippets_choice_still_offers_is_named(runner, zhejiang):
    """满意度指标 renamed 满意度 in the schema's `enum` and branch and in the profile's frame, not in the
    choices the snippets offer: a clerk picking it wrote a row validate refuses."""
    zhejiang.schema.write_text(zhejiang.schema.read_text(encoding="utf-8").replace('"满意度指标"', '"满意度"'),
                               encoding="utf-8")
    zhejiang.edit(zhejiang.folder / "profile.yaml", "- level1: 满意度指标", "- level1: 满意度")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    choice = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"level1": "${1|'))
    assert _listed(result)["zhejiang"] == (
        f"表样有误：{zhejiang.schema}:{choice}: indicators.*（绩效指标）的“defaultSnippets” 第 1 项：片段“新的一项绩效指标（推荐，带各栏）”的 "
        "level1 可以选“满意度指标”，选了它 validate 就报错：文本“满意度指标”不是可选的取值；是否想写“满意度”？"
        "应为以下之一：产出指标、效益指标、满意度（另有 1 处）")


def test_a_final_tab_stop_and_an_editor_variable_in_the_skeleton_pass(runner, zhejiang):
    """A `$0` on a line of its own after the skeleton's text (the cursor's last stop, where the editor
    writes nothing) was read as a value standing where a key would: 'bodyText 不是有效的 YAML', and every
    command on the form stopped. `year: ${CURRENT_YEAR}`, which VS Code fills in, was refused as text."""
    zhejiang.edit(zhejiang.schema, '"form: zhejiang\\nyear: ${1:（请填写）}', '"form: zhejiang\\nyear: ${CURRENT_YEAR}')
    zhejiang.edit(zhejiang.schema, 'value: \\"${21:（请填写）}\\"\\n"', 'value: \\"${21:（请填写）}\\"\\n$0"')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert _listed(zhejiang.run(runner, "new", "--list"))["zhejiang"] == LISTED


@pytest.mark.parametrize("path, words", [
    ("budget", r"profile.yaml:15:11: 错误\[PROFILE\] “budget”在 zhejiang.schema.json 里不是列表；指标表的 path 要指向指标的列表，"
               r"它的每一项是一行指标，有 level1（一级指标）、level2（二级指标）、name（三级指标）；这里可以写：indicators"),
    ("key_tasks", r"profile.yaml:15:11: 错误\[PROFILE\] “key_tasks”的每一项没有 level1（一级指标）、level2（二级指标）；"),
])
def test_an_indicator_table_path_that_is_no_list_of_rows_is_named(runner, zhejiang, path, words):
    """`path: budget` used to pass validate, then build crashed (AttributeError, exit 4) and lint read nonsense."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "  - path: indicators", f"  - path: {path}")
    zhejiang.refused(runner, words)
    result = zhejiang.run(runner, "lint", str(zhejiang.spec))
    assert result.exit_code == 2 and re.search(words, result.output), result.output


def test_a_merged_column_the_rows_do_not_have_is_named(runner, zhejiang):
    """`merge: [level1, levle2]` used to pass: the form printed every 二级 cell on its own, unmerged."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "merge: [level1, level2]", "merge: [level1, levle2]")
    zhejiang.refused(runner, r"profile.yaml:17:21: 错误\[PROFILE\] merge 中的“levle2”不是 zhejiang.schema.json 中 indicators "
                             r"每一行的栏目；是否想写“level2”？可以写：level1、level2、name、value")
    assert not zhejiang.written()


# ---- the schema's if/then branches against the frame -------------------------------------------------------------

def _row(zhejiang, change) -> None:
    """Edit the copied schema's indicator row (its if/then branches are `row["allOf"]`) in place: change(row)."""
    import json

    document = json.loads(zhejiang.schema.read_text(encoding="utf-8"))
    change(document["properties"]["indicators"]["items"])
    zhejiang.schema.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _level2s(row, level1: str) -> list[str]:
    branch = next(b for b in row["allOf"] if b["if"]["properties"]["level1"]["const"] == level1)
    return branch["then"]["properties"]["level2"]["enum"]


@pytest.mark.parametrize("change, words", [
    (lambda row: _level2s(row, "产出指标").__setitem__(3, "成本指示"),
     r"profile.yaml:9:34: 错误\[PROFILE\] 指标体系“main”的二级指标“成本指标”不是 zhejiang.schema.json 中 indicators 一级指标为"
     r"“产出指标”时二级指标可选的取值（这一类的指标行将无法通过校验）；是否想写“成本指示”？"),
    (lambda row: _level2s(row, "产出指标").append("社会效益指标"),  # such a row would pass and have no place
     r"profile.yaml:8:7: 错误\[PROFILE\] zhejiang.schema.json 中 indicators 一级指标为“产出指标”时二级指标可以写"
     r"“社会效益指标”，指标体系“main”的“产出指标”下却没有"),
], ids=["a-frame-name-missing", "a-name-of-another-level1"])
def test_a_branch_that_disagrees_with_the_frame_is_named_exit_2(runner, zhejiang, change, words):
    """The flat enums were checked against the frame; the if/then branches that replaced them must be too."""
    _row(zhejiang, change)
    zhejiang.refused(runner, words)
    assert not zhejiang.written()


def test_a_missing_or_foreign_branch_is_named(runner, zhejiang):
    """A frame 一级 without a branch goes unchecked in the editor; a branch for a 一级 the frame lacks is a leftover."""
    _row(zhejiang, lambda row: row["allOf"][2]["if"]["properties"]["level1"].update(const="满意度"))
    zhejiang.refused(runner, r"profile.yaml:8:5: 错误\[PROFILE\] zhejiang.schema.json 中 indicators 有一级指标为“满意度”时二级指标的分支"
                             r"（allOf 中的 if/then），指标体系“main”里却没有这个一级指标")
    zhejiang.refused(runner, r"profile.yaml:12:15: 错误\[PROFILE\] zhejiang.schema.json 中 indicators 没有一级指标为“满意度指标”时"
                             r"二级指标的分支.*enum 为：服务对象满意度指标")


def test_a_branch_for_a_free_level1_is_named(runner, zhejiang):
    """Free 二级 are the unit's own words: a branch listing names would refuse every one of them."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "      level2: [服务对象满意度指标]", "      free: true")
    zhejiang.refused(runner, r"profile.yaml:13:13: 错误\[PROFILE\] 指标体系“main”中“满意度指标”的二级指标是自由文字（free: true），"
                             r"zhejiang.schema.json 中 indicators 却限定了")


def test_taxonomy_still_checks_the_pair_where_the_schema_has_no_branches(runner, zhejiang):
    """A unit's schema written before the branches (a flat list of 二级) still gets a wrong pair named, by the rule."""
    _row(zhejiang, lambda row: row.pop("allOf"))
    zhejiang.edit(zhejiang.spec, "  level2: 数量指标", "  level2: 社会效益指标")
    line, column = locate(zhejiang.spec.read_text(encoding="utf-8"), "社会效益指标")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 1, result.output
    assert re.search(rf"zhejiang.yaml:{line}:{column}: 错误\[TAXONOMY\] 第 1 个绩效指标（因公出国\(境\)拜访、联谊等次数）：二级指标“社会效益指标”不属于一级指标“产出指标”；"
                     r"“社会效益指标”属于“效益指标”", result.output), result.output


def test_taxonomy_refuses_a_level2_under_a_level1_the_frame_gives_none(runner, zhejiang):
    """A 一级 whose frame lists no 二级 (`level2: []`, as 衡阳's 满意度指标) takes only an empty one; a 二级 typed there
    is named and told that the cell stays blank, where the schema has no branches to say it."""
    _row(zhejiang, lambda row: row.pop("allOf"))
    zhejiang.edit(zhejiang.folder / "profile.yaml", "      level2: [服务对象满意度指标]", "      level2: []")
    line, column = locate(zhejiang.spec.read_text(encoding="utf-8"), "服务对象满意度指标")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 1, result.output
    assert (f"zhejiang.yaml:{line}:{column}: 错误[TAXONOMY] 第 32 个绩效指标（华侨满意度）：二级指标“服务对象满意度指标”不属于一级指标“满意度指标”；"
            "“满意度指标”下的二级指标有：（无，留空）") in result.output, result.output
    zhejiang.edit(zhejiang.spec, "  level2: 服务对象满意度指标\n    name: 华侨满意度", "  level2: ''\n    name: 华侨满意度")
    zhejiang.edit(zhejiang.spec, "  level2: 服务对象满意度指标\n    name: 投诉率", "  level2: ''\n    name: 投诉率")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert "TAXONOMY" not in result.output, result.output


@pytest.mark.parametrize("old, new, words", [
    ('title: "{{ year }}', 'title: "{{ budget }}{{ year }}',
     r"profile.yaml:3:8: 错误\[PROFILE\] title（表题的写法）印出的“budget”是一组字段（basic、project、fiscal、other_funds……），"
     r"不是一个值；请写 budget.basic 这样的字段"),
    ('file_name: "{{ unit }}', 'file_name: "{{ key_tasks }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）印出的“key_tasks”是一个列表，不是一个值；"
     r"请写 key_tasks\[0\].name 这样的字段"),
    ('file_name: "{{ unit }}', 'file_name: "{{ key_tasks[0] }}',
     r"profile.yaml:4:12: 错误\[PROFILE\] file_name（文件名的写法）印出的“key_tasks\[0\]”是一组字段"),
])
def test_a_pattern_that_prints_a_group_of_fields_is_refused(runner, zhejiang, old, new, words):
    """`title: "{{ budget }}"` passed the check (budget is a field) and put `{'basic': Decimal('610.85'), …}`
    into the form's title and the output file's name."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", old, new)
    zhejiang.refused(runner, words)
    assert not zhejiang.written()


def test_a_pattern_that_prints_one_field_of_a_group_builds(runner, zhejiang):
    zhejiang.edit(zhejiang.folder / "profile.yaml", 'file_name: "{{ unit }}', 'file_name: "{{ budget.basic }}{{ unit }}')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert {p.stem for p in zhejiang.written()} == {"397.72湛江市归国华侨联合会2024年市级部门整体预算绩效目标表"}


def test_a_field_a_units_schema_rules_out_with_false_is_left_out_not_an_internal_error(runner, zhejiang, tmp_path,
                                                                                     monkeypatch):
    """`"prior_value": false` is JSON Schema for "no such field": the readers of a field's schema took every one
    for a mapping, and build, new, fmt and new --from stopped with exit 4."""
    text = zhejiang.schema.read_text(encoding="utf-8")
    start = text.index('"prior_value": {')
    zhejiang.schema.write_text(text[:start] + '"prior_value": false' + text[text.index("}", start) + 1:], encoding="utf-8")
    assert zhejiang.run(runner, "build", str(zhejiang.spec)).exit_code == 0
    (tmp_path / "unit").mkdir()
    monkeypatch.chdir(tmp_path / "unit")  # whose schema/ the editor's copy goes to: not jixiao's, nor the form's
    result = zhejiang.run(runner, "new", "--form", "zhejiang", "--unit", "某单位", "--year", "2025", "-o", "-")
    assert result.exit_code == 0 and "value:" in result.output and "prior_value" not in result.output, result.output
    zhejiang.edit(zhejiang.spec, '  value: "6次"\n', '  value: "6次"\n  prior_value: "5次"\n')
    for command in (["validate"], ["fmt", "--check"], ["new", "--from", str(zhejiang.spec), "--year", "2025", "-o"]):
        result = zhejiang.run(runner, *command, str(zhejiang.spec if command[0] != "new" else tmp_path / "next.yaml"))
        assert result.exit_code == 1 and "内部错误" not in result.output, (command, result.output)


def test_a_copied_profile_is_checked_against_its_own_schema_not_the_originals_pass(runner, zhejiang):
    """The copied profile.yaml is, byte for byte, the original's, and the pass cache keyed a profile's
    verdict on its text and the schema texts only: once the original had passed, the copy passed
    unchecked, so a field renamed in the new schema left `sums` reading nothing without a word."""
    zhejiang.schema.write_text(zhejiang.schema.read_text(encoding="utf-8").replace("other_funds", "other"),
                               encoding="utf-8")
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2, result.output
    assert re.search(r"zhejiang\t表样有误：.*profile.yaml:\d+:\d+: 错误\[PROFILE\] “budget.other_funds”中的“other_funds”"
                     r"不是 zhejiang.schema.json 里的字段；是否想写“other”", result.output), result.output


@pytest.mark.parametrize("encode, words", [
    (lambda text: text.encode("gbk"), r"zhejiang.schema.json:3:\d+: 文件是 GBK（GB2312）编码，不是 UTF-8；请按 GBK 打开、再以 UTF-8 另存"),
    (lambda text: text.encode("utf-16"), r"zhejiang.schema.json:1:1: 文件是 UTF-16 编码.*请以 UTF-8 另存"),
    (lambda text: text.encode("utf-8-sig"), r"zhejiang.schema.json:1:1: 文件开头有一个看不见的 BOM 字符.*请以不带 BOM 的 UTF-8 另存"),
], ids=["gbk", "utf-16", "bom"])
def test_a_schema_saved_in_another_encoding_says_how_to_save_it_exit_2(runner, zhejiang, encode, words):
    """Notepad and WPS save as GBK or with a BOM unless told otherwise: GBK was an internal error (exit 4),
    a BOM Python's "Unexpected UTF-8 BOM (decode using utf-8-sig)"."""
    zhejiang.schema.write_bytes(encode(zhejiang.schema.read_text(encoding="utf-8")))
    zhejiang.refused(runner, words)


@pytest.mark.parametrize("template", ["form.html", "macros.html"])
def test_an_html_template_saved_as_gbk_is_named_at_its_line_exit_2(runner, zhejiang, template):
    """Jinja reads templates as UTF-8 only: a form.html saved by Notepad or WPS as GBK, or a macro file
    it imports, stopped the build with an internal error (exit 4, UnicodeDecodeError) naming no file."""
    if template != "form.html":  # the form's own copy of the shared macros, which form.html imports
        (zhejiang.folder / template).write_text((ROOT / "templates" / "_shared" / template).read_text(encoding="utf-8")
                                                + "{# 本表样的宏 #}\n", encoding="utf-8")
    page = zhejiang.folder / template
    page.write_bytes(page.read_text(encoding="utf-8").encode("gbk"))
    line = next(n for n, text in enumerate(page.read_bytes().split(b"\n"), 1) if max(text, default=0) > 127)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert re.search(rf"zhejiang/{template}:{line}:\d+: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：文件是 GBK（GB2312）编码，"
                     r"不是 UTF-8；请按 GBK 打开、再以 UTF-8 另存", result.output), result.output
    assert not zhejiang.written()


def test_a_decoding_slip_of_jixiaos_while_rendering_is_an_internal_error_not_the_templates(runner, zhejiang,
                                                                                          monkeypatch):
    """Any UnicodeDecodeError in rendering was blamed on the template: a bug of jixiao's (or of a library)
    told the unit “模板文件不是 UTF-8 编码” with no file to look at, exit 2, and was never reported."""
    def broken(page):
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "a slip of jixiao's")

    monkeypatch.setattr("generator.html_grid.check", broken)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 4 and "RENDER-TEMPLATE" not in result.output, result.output


def test_a_value_error_of_jixiaos_filter_while_rendering_is_an_internal_error_not_the_templates(runner, zhejiang,
                                                                                              monkeypatch):
    """A ValueError a builtin raises on the template's value is the template's slip; one raised in jixiao's own
    filter is jixiao's bug, to be reported, not blamed on the form."""
    def broken(text):
        raise ValueError("a slip of jixiao's")

    monkeypatch.setattr("generator.cells.str", broken, raising=False)  # in the `paragraphs` filter
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 4 and "RENDER-TEMPLATE" not in result.output, result.output


def test_a_builtin_given_a_value_it_cannot_take_is_a_located_template_error(runner, zhejiang):
    """`{{ dict(task.name) }}` said “jixiao 内部错误：ValueError: dictionary update sequence element #0 …”, exit 4."""
    form = zhejiang.folder / "form.html"
    zhejiang.edit(form, "{{ task.amount }}", "{{ dict(task.name) }}")
    line = locate(form.read_text(encoding="utf-8"), "{{ dict(task.name) }}")[0]
    for command in (["build", str(zhejiang.spec)], ["new", "--list"]):
        result = zhejiang.run(runner, *command)
        assert result.exit_code == 2 and re.search(rf"zhejiang/form.html:{line}:\d+: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成："
                                                   r"dict\(…\) 要的是成对的名字和值", result.output), result.output


@pytest.mark.parametrize("field, held", [("overall_target", "文本"), ("key_tasks", "列表"), ("basic_info", "一组“键: 值”字段")],
                         ids=["text", "list", "group"])
def test_a_sum_over_a_field_that_is_no_amount_is_the_profiles_mistake(runner, zhejiang, field, held):
    """A sum naming a text, a list or a group of fields counted it as 0, so every spec was told
    “财政拨款 + 总体绩效目标 = …不相等，请核对金额” for the profile's slip."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "total: [budget.fiscal, budget.other_funds]",
                  f"total: [budget.fiscal, {field}]")
    zhejiang.refused(runner, rf"profile.yaml:\d+:\d+: 错误\[PROFILE\] “{field}”在 zhejiang.schema.json 里是{held}，"
                             r"不是金额；sums 的加数（parts）和合计（total）只能写数字字段")


_DATED = ('"other_tasks": {', '"report_date": {"type": "string", "format": "date", "title": "填报日期", '
                             '"description": "年-月-日"},\n    "other_tasks": {')


def test_a_date_format_is_checked_and_a_new_spec_leaves_it_to_fill(runner, zhejiang):
    """`"format": "date"` checked nothing: 2024-02-30 passed validate while the editor squiggled it. A new spec
    still validates: the date reads “（请填写）”, as a pattern field's does, not "" (no date)."""
    zhejiang.edit(zhejiang.schema, *_DATED)
    zhejiang.offer("report_date（填报日期）")
    zhejiang.edit(zhejiang.spec, "other_tasks:", "report_date: 2024-02-30\nother_tasks:")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    line, column = locate(zhejiang.spec.read_text(encoding="utf-8"), "2024-02-30")
    assert result.exit_code == 1, result.output
    assert (f"zhejiang.yaml:{line}:{column}: 错误[SCHEMA-FORMAT] 填报日期：应为日期，写成“年-月-日”，如 2024-01-05，"
            "实际是文本“2024-02-30”") in result.output
    zhejiang.edit(zhejiang.spec, "report_date: 2024-02-30", "report_date: 2024-02-29")
    assert zhejiang.run(runner, "validate", str(zhejiang.spec)).exit_code == 0
    from generator.scaffold import scaffold
    from generator.variants import Catalog, Roots

    catalog = Catalog(Roots(zhejiang.templates, zhejiang.schemas, under=Roots()))  # as --templates, --schemas
    text = scaffold(catalog.store, catalog.get("zhejiang"), "某单位", 2025)
    assert "report_date: （请填写）" in text
    zhejiang.spec.write_text(text, encoding="utf-8")
    assert zhejiang.run(runner, "validate", str(zhejiang.spec)).exit_code == 0


@pytest.mark.parametrize("template, old, new, words", [
    ("form.html", "{{ unit }}", "｛｛ unit ｝｝",
     r"form.html:7:48: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：“｛｛ unit ｝｝”的“｛｛”是全角的括号（中文输入法打出的）.*"
     r"请关掉中文输入法，改成“{{ unit }}”"),
    ("form.html", "{% for task in key_tasks %}", "｛％ for task in key_tasks ％｝", r"form.html:\d+:\d+: .*改成“{% for task in key_tasks %}”"),
    ("form.docx", "{{ unit }}", "｛｛ unit ｝｝",
     r"form.docx: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：第 1 张表第 1 行第 2 列中，“｛｛ unit ｝｝”的“｛｛”是全角的括号"
     r".*改成“{{ unit }}”"),
], ids=["html", "html tag", "docx"])
def test_a_tag_typed_with_full_width_braces_is_named_where_it_is(runner, zhejiang, template, old, new, words):
    """`｛｛ unit ｝｝`, as a Chinese input method types it, was text to Jinja: `new --list` called the form fine and
    every form printed the braces where the unit should be, until reading one back said the unit was missing."""
    path = zhejiang.folder / template
    if template == "form.html":
        zhejiang.edit(path, old, new)
    else:
        docx_edit(path, old, new)
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 2 and re.search(words, _listed(listed)["zhejiang"]), listed.output
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2 and re.search(words, result.output), result.output
    assert not zhejiang.written()


@pytest.mark.parametrize("old, new, said", [
    ('<th scope="row">部门名称</th>', '<th scope="row" class="label>部门名称</th>',
     'form.html:7:7: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“<th scope="row" class="label>部门名称</th><t…”里 class 的值'
     '以“"”开始，在值的末尾没有配对的引号，一直读到后面标签里的下一个“"”：浏览器把中间的文字和标签都当作这个属性的值，'
     '表上就少了它们；请在属性值的末尾补上“"”，写成 class="label"'),
    ('<td colspan="4">', '<td colspan=4">',
     'form.html:7:32: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“<td colspan=4">{{ unit }}</td></tr>”里 colspan 的值“4"”'
     '没有用一对引号括起来：浏览器把引号也读作值的一部分，这个属性就不起作用了（colspan、rowspan 读不出数，只占一格）；'
     '请写成 colspan="4"'),
    ('<td colspan="4">{{ unit }}', '<td colspan="4"{{ unit }}',
     'form.html:7:32: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“<td colspan="4"{{ unit }}</td></tr>”里“<td”这个标签没有以“>”结束，'
     '后面紧接着就是下一个标签“</td”：浏览器把后面的标签当作它的属性，表上就少了它们；请在“</td”之前补上“>”'),
    ('<th scope="row">部门名称</th>', '<th scope="row">部门名称（金额<y 万元>）</th>',
     "form.html:7:30: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“<y 万元>）</th><td colspan=\"4\">{{ unit }}</…”"
     "里的“<y”，浏览器读作一个标签的开始（y 不是 HTML 的标签名），后面的文字直到下一个“>”都不会印出；"
     "这里要写小于号的话，请把“<”写成 &lt;：“&lt;y”"),
], ids=["quote left open", "quote only after", "no >", "a less-than closed by a >"])
def test_an_html_tag_a_browser_reads_otherwise_is_named_where_it_starts(runner, zhejiang, old, new, said):
    """`<td class="label>` swallowed the text and tags up to the next quote, `colspan=4"` was a span of one, a tag
    without its `>` took the next tag for its attributes: each built a form missing a cell or a row without a word."""
    zhejiang.edit(zhejiang.folder / "form.html", old, new)
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 2 and said in _listed(listed)["zhejiang"], listed.output
    zhejiang.build_refuses(runner, said)
    assert not zhejiang.written()


def _warned_once_by_list_and_build(runner, zhejiang, said: str, code: str) -> None:
    """`new --list` (on stderr) and build (in its output) each say the template's warning `said` once, as the only line
    naming `code`, and both go on (exit 0)."""
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 0, listed.output
    assert [line[:len(said)] for line in listed.stderr.splitlines() if code in line] == [said], listed.stderr
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 0, built.output
    assert [line[:len(said)] for line in built.output.splitlines() if code in line] == [said], built.output


def test_a_misspelt_html_tag_is_a_warning_and_the_form_builds(runner, zhejiang):
    """`<spna>` stopped `new --list` and build (exit 2), as did print CSS's `<page size="A4">` in templates that built
    before: a browser renders a tag it does not know, so the name is said as a warning, once, at its first place.
    (One that takes a table's cell, `<thh>`, is refused as the row it leaves short: html_grid.)"""
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}", "<spna>{{ unit }}</spna>")
    said = (f"{zhejiang.folder / 'form.html'}:7:48: 警告[TEMPLATE-UNKNOWN-TAG] “<spna>{{{{ unit }}}}</spna></td></tr>”"
            "里的“spna”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，不按表格的格、行或段落排版（在表格里还会被移到表格外）；"
            "是否想写 <span>？")
    _warned_once_by_list_and_build(runner, zhejiang, said, "UNKNOWN-TAG")


def test_a_web_font_the_html_template_fetches_is_a_warning_and_the_form_builds(runner, zhejiang):
    """A web font's snippet pasted into form.html built without a word: the HTML form, opened offline or on an
    intranet, waited for the address and printed in another font than the Word form."""
    zhejiang.edit(zhejiang.folder / "form.html", "{% block content %}",
                  '{% block page %}{{ super() }}\n@import url("https://fonts.googleapis.com/css2?family=Noto+Serif+SC");\n'
                  "{% endblock %}\n{% block content %}")
    said = (f"{zhejiang.folder / 'form.html'}:4:14: 警告[TEMPLATE-FETCH] “https://fonts.googleapis.com/css2?family=Noto+Serif+SC”："
            "模板从网上取这个字体；生成的 HTML 表在没有网络的电脑上")
    _warned_once_by_list_and_build(runner, zhejiang, said, "FETCH")


def test_what_an_html_template_has_the_browser_fetch():
    from generator.html_fetches import warnings
    text = ('<link rel="stylesheet" href="//cdn.example.com/a.css">\n<a href="https://example.com">网址</a>\n'
            '<img alt="徽标" src="logo.png"><img src="{{ logo }}"><img src="data:image/png;base64,AAAA">\n'
            '<!-- <script src="https://x/y.js"></script> -->{# <img src="//a/b.png"> #}\n'
            '<style>@font-face { font-family: "甲"; src: url(\'https://cdn.example.com/fs.woff2\'); } @import "b.css";</style>\n'
            '<img src="logo.png">')
    assert [(p.line, p.column, p.message.split("：")[0]) for p in warnings([("form.html", text)])] == [
        (1, 30, "“//cdn.example.com/a.css”"), (3, 20, "“logo.png”"), (5, 49, "“https://cdn.example.com/fs.woff2”"),
        (5, 96, "“b.css”")]
    assert "取这个字体" in warnings([("form.html", text)])[2].message
    shipped = [(path, path.read_text(encoding="utf-8")) for path in Path("templates").glob("*/*.html")]
    assert shipped and warnings(shipped) == []


@pytest.mark.parametrize("written, said", [
    ('<img src="data:," srcset="b.png 2x, https://x.cn/c.png 3x">', [(1, 27, "b.png"), (1, 37, "https://x.cn/c.png")]),
    ('<picture><source srcset="https://x.cn/c.webp"></picture>', [(1, 26, "https://x.cn/c.webp")]),
    ('<img alt="a>b" src="logo.png">', [(1, 21, "logo.png")]),
    ('<svg><use xlink:href="https://x.cn/s.svg#a"/><use href="#b"/></svg>', [(1, 23, "https://x.cn/s.svg#a")]),
    ('<img {% if x %}src="a.png"{% endif %}>', [(1, 21, "a.png")]),
    ('<img src="https://x.cn/{{ logo }}.png">', [(1, 11, "https://x.cn/{{ logo }}.png")]),
    ('<td background="bg.gif">x</td>', [(1, 17, "bg.gif")]),
    ('{% block page %}{{ super() }}\n/* @import url("https://f.cn/a.css"); */\n{% endblock %}', []),
    ('<img alt="见 src=foo.png" src="data:,">', []),
    ('<script src="a.js">var x = "<img src=b.png>";</script>', [(1, 14, "a.js")]),
    ('<link rel="icon" href="favicon.ico"><link rel="preconnect" href="https://fonts.gstatic.com">'
     '<link rel="canonical" href="https://x.cn/"><LINK REL=STYLESHEET HREF=print.css>', [(1, 162, "print.css")]),
    ('<link rel="author" href="mailto:a@b.cn"><iframe src="javascript:void(0)"></iframe>', []),
    ('<meta http-equiv="Refresh" content="0; URL=\'https://x.cn/a\'"><meta http-equiv="refresh" content="30">'
     '<meta name="refresh" content="0;url=b.html">', [(1, 45, "https://x.cn/a")]),
    ('<link rel="preload" as="font" href="f.woff2"><link rel="dns-prefetch" href="//x.cn">'
     '<link rel=modulepreload href=m.js><link rel="prefetch" href="next.html">', [(1, 37, "f.woff2"), (1, 114, "m.js"),
                                                                                  (1, 146, "next.html")]),
], ids=["srcset", "picture", "quoted >", "svg use", "jinja if", "jinja in an address", "cell background",
        "css comment", "src= in alt", "script's text", "link rel", "other schemes", "meta refresh", "link preload"])
def test_an_address_is_said_as_a_browser_fetches_it(written, said):
    """Read up to each tag's first `>` and its first address attribute, the check missed a srcset, an SVG sprite,
    an attribute after a `>` in a quote or a `{% %}`, and said an @import commented out in CSS, a `src=` in an alt
    text, a favicon (as a stylesheet whose styles were lost) and a mailto: (as a file)."""
    from generator.html_fetches import warnings
    assert [(p.line, p.column, p.message.split("”")[0][1:]) for p in warnings([("form.html", written)])] == said


def test_a_video_poster_is_said_as_an_image():
    """A `<video>`'s `poster`, the picture shown before it plays, was said as its element's file (它的内容没有了, to be
    written into the template), not as the image it is (a broken icon printed; a data: address is the way)."""
    from generator.html_fetches import warnings
    problems = warnings([("form.html", '<video src="https://x.cn/v.mp4" poster="https://x.cn/p.png"></video>')])
    assert [p.message.split("；")[0] for p in problems] == ["“https://x.cn/v.mp4”：模板从网上取这个文件",
                                                            "“https://x.cn/p.png”：模板从网上取这个图片"]
    assert "图片请写成 data: 地址" in problems[1].message


def test_a_preloaded_file_and_a_refreshed_page_are_said_as_what_they_are():
    """A `<link rel="preload">` or `prefetch` fetches what its `as` says (a stylesheet, a script, an image, a font, any
    case of it), and another `as` a file; a `<meta http-equiv="refresh">` opens a page, whatever its address ends in
    (`.woff2` is no font there), after a `;` or a `,`. One naming none (`5; url=`) reloads the form, and is not said:
    it was said as a page at the address `url=`."""
    from generator.html_fetches import warnings
    written = ('<link rel=preload as="STYLE" href="https://x.cn/a.css"><link rel="preload" as="script" href="https://x.cn/b.js">'
               '<link rel="prefetch" as="image" href="https://x.cn/c.png"><link rel="preload" as="fetch" href="https://x.cn/d.json">'
               '<link rel="preload" as="font" href="https://x.cn/e"><meta http-equiv=refresh content="0;url=https://x.cn/f.woff2">'
               '<meta http-equiv=refresh content="5, https://x.cn/g">')
    assert [p.message.split("；")[0] for p in warnings([("form.html", written)])] == [
        "“https://x.cn/a.css”：模板从网上取这个样式表", "“https://x.cn/b.js”：模板从网上取这个脚本",
        "“https://x.cn/c.png”：模板从网上取这个图片", "“https://x.cn/d.json”：模板从网上取这个文件",
        "“https://x.cn/e”：模板从网上取这个字体", "“https://x.cn/f.woff2”：模板从网上取这个页面",
        "“https://x.cn/g”：模板从网上取这个页面"]
    assert warnings([("form.html", '<meta http-equiv="refresh" content="5; url="><meta http-equiv="refresh" content="5;">')]) == []


def test_an_address_on_the_authors_own_computer_is_said_to_be_one():
    """`C:\\…\\logo.png` was said to be relative to the HTML in output/, which the author did not write."""
    from generator.html_fetches import warnings
    problems = warnings([("form.html", '<img src="C:\\Users\\张三\\Desktop\\logo.png"><img src="file:///D:/a.png">')])
    assert [p.message.split("：")[1].split("；")[0] for p in problems] == ["模板要浏览器取这台电脑上的这个图片"] * 2


def test_an_html_tag_broken_in_a_template_pulled_in_is_named_there(runner, zhejiang):
    (zhejiang.folder / "part.html").write_text('<p>\n  <span class="x>{{ unit }}</span></p>', encoding="utf-8")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}", '{% include "part.html" %}')
    said = f"{zhejiang.folder / 'part.html'}:2:3: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“<span class=\"x>{{{{ unit }}}}</span></p>”里 class"
    zhejiang.build_refuses(runner, said)


@pytest.mark.parametrize("html", [
    '<td class="{{ c }}" rowspan="{{ r.span }}">', "<td colspan={{ n }}>", "<td {{ attributes }}>",
    '<tr{% if k %} class="kept"{% endif %}>', '<td class="{% if a %}x{% else %}y{% endif %}">',
    '<td title=\'{{ "a\\"b" }}\'>', '<td title="a > b" onclick="f(a<b)">',
    '<!-- <td class="x> -->', '<style>td[title="a"] { } a<b</style><script>if (a<b) x = "<td class=\'";</script>',
    '{# <td class="x> #}', "{{ x }",
    '{% if unit %}<td colspan="4"{% else %}<td colspan="4" class="x"{% endif %}>{{ unit }}',
    '{%- if a -%}<td class="{{ a }}"{%- elif b %}<td title=\'{{ b }}\'{% else %}<td{% endif %}>',
    '<td title="a<br>b">甲</td><td class="x">乙</td>', '<td title="</td>" class="x">',
    "<td>增长率<5%，且>2%</td>", '<td title="说明" data-备注="合计">', "<p>x<o:p></o:p></p>", "<td>a<br>b</td>",
    "<th data-备注>部门名称</th>", "<my-元素 标题>x</my-元素>", "<td\tclass=x>",
    "<svg><text><![CDATA[ a > b 且 x<y 时 ]]></text></svg>", '<svg><linearGradient id="g"/><svg></svg><feBlend/></svg>',
    "<center><font size=2>x</font></center><my-cell>y</my-cell>", "<math><mfrac><mi>a</mi></mfrac></math>",
    "<xmp><tdd></xmp>", "<iframe><yz a<b></iframe>", "<noembed><tdd></noembed>", "<noframes><tdd></noframes>",
    "<plaintext><tdd> x<y 时", "<svg><!-- </svg> --><linearGradient/></svg>",
    "<svg><![CDATA[ </svg> ]]><linearGradient/></svg>",
])
def test_html_tags_that_render_as_meant_are_no_slip(html):
    from generator.html_tags import located

    assert located(html) is None


@pytest.mark.parametrize("html, said", [
    ("<tr<td>x</td></tr>", (1, 1, "“<tr<td>x</td></tr>”里“<tr”这个标签没有以“>”结束，后面紧接着就是下一个标签“<td”")),
    ("<td class='x'<<", (1, 1, "“<td class='x'<<”里“<td”这个标签没有以“>”结束，后面紧接着又是一个“<”：")),
    ('<p>\n  <td"class="x">', (2, 3, '“<td"class="x">”里的标签名“td"class="x"”带着引号：标签名后面先空一格再写属性')),
    ('<td class="x', (1, 1, '“<td class="x”里 class 的值以“"”开始，到文件末尾都没有配对的“"”')),
    ("<td\n", (1, 1, "“<td”这个 <td> 标签到文件末尾都没有结束；请在它的属性之后补上“>”")),
    ("<td>金额 x<y 时</td>", (1, 9, "“<y 时</td>”里的“<y”，浏览器读作一个标签的开始（y 不是 HTML 的标签名），"
                                   "后面的文字直到下一个“>”都不会印出；这里要写小于号的话，请把“<”写成 &lt;：“&lt;y”")),
    ("<td>当x<y时</td>", (1, 7, "“<y时</td>”里的“<y时”，浏览器读作一个标签的开始（y时 不是 HTML 的标签名），"
                              "后面的文字直到下一个“>”都不会印出；这里要写小于号的话，请把“<”写成 &lt;：“&lt;y时”")),
    ("<td>A<B</td>", (1, 6, "“<B</td>”里“<B”这个标签没有以“>”结束，后面紧接着就是下一个标签“</td”：浏览器把后面的标签"
                           "当作它的属性，表上就少了它们；请在“</td”之前补上“>”；如果这里的“<”是小于号，请写成 &lt;：“&lt;B”")),
    ("x<y 时>", (1, 2, "“<y 时>”里的“<y”，浏览器读作一个标签的开始（y 不是 HTML 的标签名），后面的文字直到下一个“>”都不会印出；"
                     "这里要写小于号的话，请把“<”写成 &lt;：“&lt;y”")),
    ("<td>当x<y时>0</td>", (1, 7, "“<y时>0</td>”里的“<y时”，浏览器读作一个标签的开始（y时 不是 HTML 的标签名）")),
    ("<td>当 a<b 且 c>d 时</td>", (1, 8, "“<b 且 c>d 时</td>”里的“<b”，浏览器读作一个标签的开始（“且”不是属性名），"
                                        "后面的文字直到下一个“>”都不会印出；这里要写小于号的话，请把“<”写成 &lt;：“&lt;b”")),
    ("<tr>\n<td 合计>", (2, 1, "“<td 合计>”里的“合计”不是属性名：浏览器把它读作 <td> 标签的属性，表上不会印出；要印出的文字请写在“>”之后")),
    ("<tr><td 1>", (1, 5, "“<td 1>”里的“1”不是属性名：浏览器把它读作 <td> 标签的属性，表上不会印出")),
    ("<td>\n <img alt=合 计>", (2, 2, "“<img alt=合 计>”里 alt 的值“合 计”中间有空格却没有用引号括起来：浏览器只把空格前的部分读作 alt 的值，"
                                  "后面的文字读作别的属性，表上不会印出；请用一对引号括起整个值，写成 alt=\"合 计\"")),
    ('<tr>\n  <th\u3000class="x">', (2, 3, '“<th\u3000class="x">”里标签名后面是一个全角空格：浏览器不把它当作空格，'
                                        '把“th\u3000class="x"”整个读作一个不认识的标签名，这里就没有 <th> 了，表格里的这一格会被移到表格外；'
                                        '请把它换成半角空格')),
], ids=["name runs into the next tag", "no name after the next <", "quote in the name", "quote open to the end", "no > to the end", "a less-than",
    "a less-than before the end tag", "an element's name right after text", "a less-than closed by a >",
    "a less-than before words closed by a >", "an element's name before words", "words inside a tag",
    "digits inside a tag", "an unquoted value with a space", "a full-width space after the name"])
def test_an_html_tag_broken_at_its_name_or_the_files_end_is_said(html, said):
    from generator.html_tags import located

    line, column, message = located(html)
    assert (line, column) == said[:2] and message.startswith(said[2]), message


@pytest.mark.parametrize("html, said", [
    ("<table><tr><tdd>合计</td>", (1, 12, "“<tdd>合计</td>”里的“tdd”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，"
                                         "不按表格的格、行或段落排版（在表格里还会被移到表格外）；是否想写 <td>？")),
    ("<body><p>合计</p></bdoy>", (1, 16, "“</bdoy>”里的“bdoy”不是 HTML 的标签名：浏览器不认识它，把这个结束标签丢掉；"
                                       "是否想写 </body>？")),  # <bdo> is as close, but not in the template
    ("<p><yz>合计</yz></p>", (1, 4, "“<yz>合计</yz></p>”里的“yz”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，"
                                   "不按表格的格、行或段落排版（在表格里还会被移到表格外）；请改成要写的 HTML 标签名"
                                   "（自己定义的元素名要带“-”，如 <my-cell>")),
    ("<svg></svg><yz>", (1, 12, "“<yz>”里的“yz”不是 HTML 的标签名")),
    ("<xmp></xmp><yz>", (1, 12, "“<yz>”里的“yz”不是 HTML 的标签名")),
    ("<p>RefCell<T> 的用法</p>", (1, 11, "“<T> 的用法</p>”里的“T”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，"
                                      "不按表格的格、行或段落排版（在表格里还会被移到表格外）；请改成要写的 HTML 标签名")),
    ('<page size="A4">甲</page>', (1, 1, "“<page size=\"A4\">甲</page>”里的“page”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，"
                                         "不按表格的格、行或段落排版（在表格里还会被移到表格外）；请改成要写的 HTML 标签名")),
    ("<xml>\n<w:WordDocument/></xml>", (1, 1, "“<xml>”里的“xml”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，"
                                              "不按表格的格、行或段落排版（在表格里还会被移到表格外）；请改成要写的 HTML 标签名")),
    ("<p><centr>x</centr>", (1, 4, "“<centr>x</centr>”里的“centr”不是 HTML 的标签名：浏览器把它读作一个不认识的元素，"
                                  "不按表格的格、行或段落排版（在表格里还会被移到表格外）；请改成要写的 HTML 标签名")),
], ids=["a misspelt tag", "a misspelt end tag, guessed from the tags used", "a name no element has",
        "a name no element has after svg", "a name no element has after xmp", "one letter, too short to guess from",
        "print CSS's page, no image", "Word's xml, no obsolete xmp", "no obsolete center"])
def test_a_tag_named_as_no_element_is_a_warning_with_a_guess_only_when_close(html, said):
    """Guessed from elements of today a letter or two letters' order apart: `<page size="A4">` was asked
    是否想写 <image>？ and Word's `<xml>` 是否想写 <xmp>？, an obsolete element that shows the rest of the page as text."""
    from generator.html_tags import located, misspelt

    assert located(html) is None
    (line, column, message), = misspelt(html)
    assert (line, column) == said[:2] and message.startswith(said[2]), message


@pytest.mark.parametrize("html", ["<selectedcontent></selectedcontent>", "<search>x</search>", "<image src=x>"])
def test_current_elements_are_no_misspelt_tag(html):
    from generator.html_tags import misspelt

    assert misspelt(html) == []


@pytest.mark.parametrize("html, quoted", [
    ('<td class="{{ c }}>x</td><td>y</td>', '写成 class="{{ c }}"'),
    ('<td colspan={{ n }}">', '值“{{ n }}"”没有用一对引号括起来'),
    ('<td colspan={{ n }}">', '请写成 colspan="{{ n }}"'),
    ("<td{{ a }}<span>", "“<td{{ a }}”这个标签没有以“>”结束"),
])
def test_an_html_tag_slip_quotes_the_authors_own_text(html, quoted):
    """A Jinja tag is blanked to x's for reading; messages quoted the blanked page: 写成 class="xxxxxxx"."""
    from generator.html_tags import located

    message = located(html)[2]
    assert quoted in message and "xxx" not in message, message


def test_a_tag_opened_in_each_branch_of_an_if_builds_and_a_slip_after_it_is_still_found(runner, zhejiang):
    """Each branch opens its own `<td` and one `>` after `{% endif %}` closes whichever ran: valid, but read
    straight through the first `<td` ran into the second, and the build stopped, saying a `>` was missing."""
    branches = '{% if unit %}<td colspan="4"{% else %}<td colspan="4" class="x"{% endif %}>{{ unit }}'
    zhejiang.edit(zhejiang.folder / "form.html", '<td colspan="4">{{ unit }}', branches)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    from generator.html_tags import located

    assert located(branches + '</td><td class="y>z</td><td class="w">')[:2] == (1, len(branches + "</td>") + 1)


def test_the_branches_a_template_reads_are_each_stepped_past_once(monkeypatch):
    """Every `<` was checked against every `{% else %}` of the template: 8,000 branches took 7 s to read, four times
    as long for twice as many. Counted in looks at the branches' ends, not timed."""
    from generator import html_tags

    looks = []

    class Looked(list):
        def __iter__(self):
            return (looks.append(where) or where for where in super().__iter__())

        def __getitem__(self, index):
            looks.append(index)
            return super().__getitem__(index)

    blanked = html_tags._blanked
    monkeypatch.setattr(html_tags, "_blanked", lambda text: (lambda page, ends: (page, Looked(ends)))(*blanked(text)))
    branches = 400
    template = '{% if a %}<td class="x">甲</td>{% else %}<th>乙</th>{% endif %}\n' * branches
    assert html_tags.located(template) is None
    assert 0 < len(looks) <= 3 * template.count("<") + branches  # was 640,000: each tag's `<` looked at all 400


def test_a_page_of_many_misspelt_tags_reads_the_tags_it_uses_once(monkeypatch):
    """The guess for a misspelt tag looks first among the tags the page uses: read again at each misspelt tag, a
    page of 3,000 table rows each with a `<yz>` took 15 s."""
    from generator import html_tags

    reads = []
    findall = re.findall
    monkeypatch.setattr(html_tags.re, "findall", lambda *args: reads.append(args) or findall(*args))
    page = "<table>" + "<tr><yz>x</yz></tr>" * 300 + "</table>"
    assert [found[:2] for found in html_tags.misspelt(page)] == [(1, 12)]
    assert len(reads) == 1


def test_a_kind_of_slip_in_a_templates_text_without_its_locate_is_refused_as_it_is_defined():
    """SlipInText's `locate = None` let a kind that forgot its own fail only when a template was checked."""
    from generator.template_errors import SlipInText

    with pytest.raises(TypeError, match="must set locate"):
        type("Forgotten", (SlipInText,), {})


def test_no_shipped_html_template_has_a_broken_tag():
    from generator.html_tags import located

    found = {str(path): located(path.read_text(encoding="utf-8")) for path in (ROOT / "templates").glob("*/*.html")}
    assert len(found) >= 7 and set(found.values()) == {None}, found


def pulled_in_cases(tag: str):
    """The ways a template pulls in a part (an include, a macro import, an include of an include, a Word form's
    include), the part holding `tag` on its second line, column 3; an include of an include holds it in
    inner.html. One list for every check that must follow the templates a form pulls in."""
    return pytest.mark.parametrize("template, pulled_in, part", [
        ("form.html", '{% include "part.html" %}', f"<p>\n  {tag}</p>"),
        ("form.html", '{% from "part.html" import shown with context %}{{ shown() }}',
         f'{{% macro shown() %}}\n  {tag}{{% endmacro %}}'),
        ("form.html", '{% include "part.html" %}', '{% include "inner.html" %}'),
        ("form.docx", '{% include "part.html" %}', f"\n  {tag}"),
    ], ids=["html include", "html import", "html include of an include", "docx include"])


@pulled_in_cases("｛｛ unit ｝｝")
def test_a_tag_typed_with_full_width_braces_in_a_template_pulled_in_is_named_there(runner, zhejiang, template,
                                                                                  pulled_in, part):
    """The full-width brace check read the form's own template only: `｛｛ unit ｝｝` in a part it includes or a macro
    file it imports was printed as text on every form, while a misspelt field there was named. It follows the same
    templates now, named at the line and column in the file pulled in."""
    (zhejiang.folder / "part.html").write_text(part, encoding="utf-8")
    (zhejiang.folder / "inner.html").write_text("<p>\n  ｛｛ unit ｝｝</p>", encoding="utf-8")
    (zhejiang.edit if template == "form.html" else docx_edit)(zhejiang.folder / template, "{{ unit }}", pulled_in)
    culprit = zhejiang.folder / ("inner.html" if part.startswith("{% include") else "part.html")
    said = f"{culprit}:2:3: 错误[RENDER-TEMPLATE] 模板有误，无法生成：“｛｛ unit ｝｝”的“｛｛”是全角的括号"
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 2 and said in _listed(listed)["zhejiang"], listed.output
    zhejiang.build_refuses(runner, said)
    assert not zhejiang.written()


@pytest.mark.parametrize("old, new, words", [
    ('<w:gridSpan w:val="4"/>', '<w:gridSpan w:val="3"/>',
     r"第 1 张表第 1 行“部门名称 {{ unit }}”的格子占了 4 列（含合并的格子），这张表是 5 列：Word 照样打开，这一行却右边缺了一块"),
    ('<w:gridSpan w:val="2"/>', '<w:gridSpan w:val="3"/>',
     r"第 2 张表第 \d+ 行“.*”的格子占了 8 列（含合并的格子），这张表是 7 列：Word 照样打开，这一行却伸出表格右边"),
], ids=["short", "long"])
def test_a_word_row_that_does_not_fill_its_tables_grid_is_named(runner, zhejiang, old, new, words):
    """A row of form.docx a column short or long opened in Word all the same, borders ragged on every form built from
    it, and nothing said so; form.html's rows were checked against its <colgroup>."""
    docx_edit(zhejiang.folder / "form.docx", old, new)
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 2 and re.search("form.docx: 错误\\[RENDER-TEMPLATE\\] 模板有误，无法生成：" + words,
                                               _listed(listed)["zhejiang"]), listed.output
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2 and re.search(words, result.output), result.output


@pytest.mark.parametrize("templates", [("form.docx",), ("form.html",), ("form.docx", "form.html")],
                         ids=["docx", "html", "both"])
def test_a_required_field_a_template_never_prints_is_a_warning_naming_the_template(runner, zhejiang, templates):
    """A `{{ budget.transfer }}` deleted from its cell (leaving the label), or its row deleted from form.html only:
    `new --list` called the form fine and build wrote the form without it, silently; only importing the form later
    said a required field was missing. Each template lacking it is named, as a warning (the form still builds)."""
    for template in templates:
        path = zhejiang.folder / template
        if template == "form.html":
            zhejiang.edit(path, '<td class="num">{{ budget.transfer }}</td>', "<td></td>")
        else:
            docx_edit(path, "{{ budget.transfer }}", "")
    said = {template: f"{zhejiang.folder / template}: 警告[TEMPLATE-UNPRINTED] {template} 没有印出必填字段“budget.transfer”"
                      f"（拟用于对下转移支付资金）：每份规格都要填它，生成的 {'Word' if template == 'form.docx' else 'HTML'} "
                      f"表上却没有，读回生成的表时会说缺少这个字段；请在模板里印出它（如 {{{{ budget.transfer }}}}）"
            for template in ("form.docx", "form.html")}
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 0 and _listed(listed)["zhejiang"] == LISTED, listed.output
    assert [line for line in listed.stderr.splitlines() if "警告[" in line] == [said[t] for t in templates]
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 0, built.output
    assert [line for line in built.output.splitlines() if "TEMPLATE-" in line] == [said[t] for t in templates]


@pytest.mark.parametrize("staff_count, amount", [
    ('{{ cell(basic_info, "staff_count") }}', '{{ cell(task, "amount") }}'),
    ('{% for f in ["staff_count"] %}{{ basic_info[f] }}{% endfor %}', '{{ cell(task, "amount"|string) }}'),
], ids=["constant", "unknown"])
def test_a_field_printed_by_a_subscript_of_a_macros_argument_counts_as_printed(runner, zhejiang, staff_count, amount):
    """`{% macro cell(v, f) %}{{ v[f] }}{% endmacro %}` called `cell(task, "amount")` prints task.amount, yet new --list
    and build warned amount and staff_count were never printed. A key bound to a text reads that field; a key the
    walk cannot tell may read any field of what it subscripts, so none of them is said unprinted."""
    form = zhejiang.folder / "form.html"
    zhejiang.edit(form, '{% from "macros.html" import paras %}',
                  '{% from "macros.html" import paras %}{% macro cell(v, f) %}{{ v[f] }}{% endmacro %}')
    zhejiang.edit(form, "{{ basic_info.staff_count }}", staff_count)
    zhejiang.edit(form, "{{ task.amount }}", amount)
    listed = zhejiang.run(runner, "new", "--list")
    assert "TEMPLATE-UNPRINTED" not in listed.output, listed.output


@pytest.mark.parametrize("probe", [
    '{% macro cell(v, f) %}{{ v[f]|default("-") }}{% endmacro %}{% for t in key_tasks %}{{ cell(t, "note") }}{% endfor %}',
    '{% macro cell(v, f) %}{% if v[f] is defined %}{{ v[f] }}{% endif %}{% endmacro %}{{ cell(budget, "note") }}',
    '{% set label = "预算" %}{{ budget[label] is defined }}',
    '{% macro cell(v, f) %}{% if f in v %}{{ v[f] }}{% endif %}{% endmacro %}{{ cell(budget, "note") }}',
], ids=["default", "defined", "set", "in"])
def test_a_subscript_by_a_name_probed_for_a_field_the_schema_lacks_builds(runner, zhejiang, probe):
    """`{{ v[f]|default("-") }}` called `cell(t, "note")` asks whether t has a note, as `{{ t.note|default("-") }}`
    does; it built until a key held by a name was judged as if written out, and then stopped with exit 2
    (“note”不是…字段), the probe unseen. A subscript by a name is counted as read, never judged."""
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + probe + "\n")
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 0 and "RENDER-TEMPLATE" not in built.output, built.output


@pytest.mark.parametrize("probe", [
    '{% if "note" in budget %}{{ budget.note }}{% endif %}',
    '{% for t in key_tasks %}{% if "note" in t %}{{ t["note"] }}{% endif %}{% endfor %}',
    '{% set key = "note" %}{% if key in budget %}{{ budget[key] }}{% endif %}',
    '{% if "note" not in budget %}-{% else %}{{ budget.note.text }}{% endif %}',
    '{{ budget.note if "note" in budget else "-" }}',
], ids=["text", "subscript in a loop", "name", "not in", "conditional"])
def test_a_field_tested_for_membership_is_probed_as_by_is_defined(runner, zhejiang, probe):
    """`{% if "note" in budget %}{{ budget.note }}{% endif %}` asks whether budget has a note, as `budget.note is
    defined` does, yet build and new --list stopped it with exit 2 (“note”不是…字段). A misspelt read beside it is
    still named."""
    form = zhejiang.folder / "form.html"
    zhejiang.edit(form, "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + probe + "\n")
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 0 and "RENDER-TEMPLATE" not in built.output, built.output
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 0 and "RENDER-TEMPLATE" not in listed.output, listed.output
    zhejiang.edit(form, probe, '{% if "note" in budget %}{{ budget.note }}{{ budget.transfr }}{% endif %}')
    output = zhejiang.build_refuses(runner, "用到的“transfr”不是规格或表样配置中的字段；是否想写“transfer”？")
    assert not [line for line in output.splitlines() if "RENDER-TEMPLATE" in line and "“note”" in line], output


def _warned_by_build_and_list(runner, zhejiang, said: str) -> None:
    """A template warning is given, word for word, by both build and new --list, and neither fails for it."""
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 0 and said in built.output, built.output
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 0 and said in listed.stderr, listed.output


_NEVER = "用“is defined”试探它，结果总是“否”，它管的文字在每份表上都不会印出"
_PROBE_SAID = ("警告[TEMPLATE-PROBE-UNDECLARED] 试探的“amout”不是“年度重点工作任务”里的字段：{}；"
               "是否想写“amount”（拟投入的资金（万元））？")


@pytest.mark.parametrize("probe, always", [
    ('{% for t in key_tasks %}{% if t.amout is defined %}{{ t.amount }}{% endif %}{% endfor %}', _NEVER),
    ('{% for t in key_tasks %}{% if "amout" in t %}{{ t.amount }}{% endif %}{% endfor %}',
     "用“in”试探它，结果总是“否”，它管的文字在每份表上都不会印出"),
    ('{% for t in key_tasks %}{{ t.amout | default("") }}{% endfor %}', "“|default”总是起作用，每份表上印出的都是默认值"),
    ('{{ key_tasks | selectattr("amout", "defined") | list | length }}',
     "用“selectattr(…, \"defined\")”试探它，结果总是“否”（对每一项都一样）"),
    ('{% macro cell(v, f) %}{% if v[f] is defined %}{{ v[f] }}{% endif %}{% endmacro %}'
     '{% for t in key_tasks %}{{ cell(t, "amout") }}{% endfor %}', _NEVER),
    # Said “结果总是“没有”，它管的文字在每份表上都不会印出” of each, and named is defined, default or in, not the probe written.
    ('{% for t in key_tasks %}{% if t.amout is undefined %}-{% endif %}{% endfor %}',
     "用“is undefined”试探它，结果总是“是”，它管的文字在每份表上都会印出"),
    ('{% for t in key_tasks %}{% if "amout" not in t %}-{% endif %}{% endfor %}',
     "用“not in”试探它，结果总是“是”，它管的文字在每份表上都会印出"),
    ('{% for t in key_tasks %}{% if t.amout is number %}{{ t.amount }}{% endif %}{% endfor %}',
     "用“is number”试探它，结果总是“否”，它管的文字在每份表上都不会印出"),
    ('{{ key_tasks | map(attribute="amout", default="—") | join }}', "“map(…, default=…)”总是起作用，每一项取到的都是默认值"),
], ids=["is defined", "in", "default", "selectattr", "macro's argument", "is undefined", "not in", "is number", "map"])
def test_a_misspelt_probe_is_a_warning_where_it_is_written(runner, zhejiang, probe, always):
    """`{% if t.amout is defined %}` is always false: every form silently dropped what it guards, and build and
    new --list said nothing, a probed name being let be. A probe of a name no schema declares there is warned,
    located, with the field meant and what the probe written does on every form; the form still builds (exit 0)."""
    form = zhejiang.folder / "form.html"
    zhejiang.edit(form, "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + probe + "\n")
    line, column = locate(form.read_text(encoding="utf-8"), "amout")
    said = f"{form}:{line}:{column}: {_PROBE_SAID.format(always)}"
    _warned_by_build_and_list(runner, zhejiang, said)


def test_a_misspelt_probe_in_word_is_a_warning_at_its_paragraph(runner, zhejiang):
    """The Word template's probe is named by the paragraph and cell it stands in, as its misspelt reads are."""
    docx_edit(zhejiang.folder / "form.docx", "{{ task.amount }}",
              "{% if task.amout is defined %}{{ task.amount }}{% endif %}")
    said = f"{zhejiang.folder / 'form.docx'}: {_PROBE_SAID.format(_NEVER)}；出错的段落：“{{% if task.amout is defined %}}"
    _warned_by_build_and_list(runner, zhejiang, said)


def test_a_shared_template_may_probe_a_field_another_forms_schema_declares(runner, zhejiang):
    """A macro of `_shared/` may ask for 广州's period_value beside the columns every form's indicators have: not
    this form's field, but a probe of it is meant. Misspelt, it is warned with the field meant; in the form's own
    template, judged by its own schema alone, the same probe is said to be a field only other forms have."""
    shared = zhejiang.templates / "_shared"
    shared.mkdir()
    (shared / "rows.html").write_text(
        '{% macro periods(r) %}{% if r.period_value is defined %}{{ r.period_value }}{% endif %}\n'
        '{% if r.perod_value is defined %}{{ r.perod_value }}{% endif %}{% endmacro %}\n', encoding="utf-8")
    form = zhejiang.folder / "form.html"
    zhejiang.edit(form, '{% from "macros.html" import paras %}',
                  '{% from "macros.html" import paras %}{% from "rows.html" import periods %}')
    zhejiang.edit(form, "{{ r.value }}", "{{ r.value }}{{ periods(r) }}")
    listed = zhejiang.run(runner, "new", "--list")
    assert listed.exit_code == 0, listed.output
    assert (f"{shared / 'rows.html'}:2:9: 警告[TEMPLATE-PROBE-UNDECLARED] 试探的“perod_value”不是“绩效指标”里的字段："
            f"{_NEVER}；是否想写“period_value”？"
            in listed.stderr), listed.output
    assert "“period_value”不是" not in listed.stderr, listed.output
    zhejiang.edit(form, "{{ periods(r) }}", "{% if r.period_value is defined %}{{ r.period_value }}{% endif %}")
    line, column = locate(form.read_text(encoding="utf-8"), "period_value")
    built = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert built.exit_code == 0, built.output
    assert (f"{form}:{line}:{column}: 警告[TEMPLATE-PROBE-UNDECLARED] 试探的“period_value”不是“绩效指标”里的字段："
            f"{_NEVER}；"
            f"schema 里没有“period_value”这个字段（其他表样有）；如果要印出它，请在 schema 里加上" in built.output), built.output


def test_a_merged_column_printed_without_vm_in_word_is_a_warning(runner, zhejiang):
    """`{{ r.level1|vm }}` retyped as `{{ r.level1 }}` while the profile merges level1: Word printed 一级指标 on
    every row unmerged while HTML merged it, and nothing said so."""
    docx_edit(zhejiang.folder / "form.docx", "{{ r.level1|vm }}", "{{ r.level1 }}")
    said = (f"{zhejiang.folder / 'form.docx'}: 警告[TEMPLATE-UNMERGED] profile.yaml 的 indicator_tables（indicators）合并"
            f"“level1”一栏，form.docx 里却没有 {{{{ r.level1|vm }}}}：Word 表在每一行都印出它、不合并，HTML 表却合并；")
    _warned_by_build_and_list(runner, zhejiang, said)


def test_the_shipped_forms_print_every_required_field_and_merge_in_word(runner):
    """Fields read through a loop, a macro or a filter, or only by the title and file name (天津's year), count as
    printed: the shipped forms give no warning."""
    result = runner.invoke(main, ["new", "--list"])
    assert result.exit_code == 0 and "警告" not in result.stderr, result.output


_PHONE = '"phone": {"type": "string", "pattern": "^(?:[0-9-]{7,13}|（请填写）)$", "title": "联系电话", '


@pytest.mark.parametrize("said, hint", [
    ('"errorMessage": "联系电话请写数字和“-”，如 0571-88888888", "description": "联系电话"',
     "；联系电话请写数字和“-”，如 0571-88888888"),
    ('"patternErrorMessage": "只写数字和“-”", "errorMessage": "联系电话请加英文双引号写成文字"', "；只写数字和“-”"),
    ('"description": "联系电话。"', ""),
    ('"description": "联系人的电话，如 0571-88888888"', "；联系人的电话，如 0571-88888888"),
])
def test_a_pattern_refused_says_the_authors_message_not_the_title_again(runner, zhejiang, said, hint):
    """A pattern's `errorMessage` went unsaid: validate followed 格式不对 with the field's description, which
    here only repeated its title (`联系电话：格式不对（…）；联系电话`), leaving the clerk to guess the format the
    editor's squiggle spelled out. `patternErrorMessage` comes first, as in the editor."""
    zhejiang.edit(zhejiang.schema, '"properties": {', '"properties": {' + _PHONE + said + "}, ")
    zhejiang.offer("phone（联系电话）")
    zhejiang.edit(zhejiang.spec, "year: 2024\n", 'year: 2024\nphone: "0571 8888abc"\n')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    line, column = locate(zhejiang.spec.read_text(encoding="utf-8"), '"0571')
    assert result.exit_code == 1, result.output
    assert (f"zhejiang.yaml:{line}:{column}: 错误[SCHEMA-PATTERN] 联系电话：格式不对（文本“0571 8888abc”）{hint}\n"
            in result.output)


@pytest.mark.parametrize("said, hint", [
    ('"errorMessage": "填表日期请写成 2024-06-30 这样，不写“号”"', "；填表日期请写成 2024-06-30 这样，不写“号”"),
    ('"patternErrorMessage": "只写数字和“-”"', ""),  # a pattern's, not the format's
    ('"description": "填表的日期"', ""),
], ids=["error message", "pattern error message", "description"])
def test_a_format_refused_says_the_authors_error_message(runner, zhejiang, said, hint):
    """A `format`'s `errorMessage` went unsaid: validate said 应为日期… and no more, while a pattern's errorMessage
    (and the editor's squiggle) said what the form's author wrote for it. A format's is said the same way."""
    zhejiang.edit(zhejiang.schema, '"properties": {', '"properties": {"filled": {"type": "string", "format": "date", '
                                                     '"title": "填表日期", ' + said + "}, ")
    zhejiang.offer("filled（填表日期）")
    zhejiang.edit(zhejiang.spec, "year: 2024\n", 'year: 2024\nfilled: "2024-02-30号"\n')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    line, column = locate(zhejiang.spec.read_text(encoding="utf-8"), '"2024-02-30')
    assert result.exit_code == 1, result.output
    assert (f"zhejiang.yaml:{line}:{column}: 错误[SCHEMA-FORMAT] 填表日期：应为日期，写成“年-月-日”，如 2024-01-05，"
            f"实际是文本“2024-02-30号”{hint}\n" in result.output), result.output


@pytest.mark.parametrize("old, new, marker, said", [
    ('"title": "湛江市', '"title": “湛江市', "“湛江市",
     "写成了中文引号 “：JSON 的键和文字要用英文双引号 \"，请把这一对中文引号改成 \""),
    ('的 schema"\n    },', '的 schema",\n    },', '的 schema",', "最后一项后面多了逗号“,”，请删去它"),
    ('"subunit_count"\n', '"subunit_count",\n', '"subunit_count",', "最后一项后面多了逗号“,”，请删去它"),
    ('目标表",', '目标表"，', "，", "写成了中文逗号“，”，请改成英文逗号“,”"),
    ('"title":', '"title"：', "：", "写成了中文冒号“：”，请改成英文冒号“:”"),
], ids=["chinese quote", "trailing comma", "trailing comma in a list", "chinese comma", "chinese colon"])
def test_a_json_slip_in_a_schema_is_named_where_it_was_typed(runner, zhejiang, old, new, marker, said):
    """A Chinese quote for `"` was said as 缺少值（或最后一项后面多了逗号） without a word of the mark, a comma
    after the last item at the next line's `}`, and a Chinese comma or colon as a comma or colon missing."""
    zhejiang.edit(zhejiang.schema, old, new)
    text = zhejiang.schema.read_text(encoding="utf-8")
    line, column = locate(text, marker)
    column += len(marker) - 1 if marker.endswith(",") else 0
    zhejiang.refused(runner, re.escape(f"zhejiang.schema.json:{line}:{column}: schema 文件不是有效的 JSON：{said}"))


@pytest.mark.parametrize("cut", [lambda text: text[:text.index('"湛江市')],
                                 lambda text: text[:text.index('"title"')],
                                 lambda text: text[:text.index(',', text.index('"title"'))]],
                         ids=["mid-value", "after a comma", "after a value"])
def test_a_schema_cut_short_is_said_to_end_too_soon(runner, zhejiang, cut):
    """A schema ending mid-value (`"title": ` and nothing after, a save cut short) was an IndexError traceback;
    then, cut just after a comma, a comma after the last item to delete, or after a value, a comma missing."""
    text = cut(zhejiang.schema.read_text(encoding="utf-8"))
    zhejiang.schema.write_text(text, encoding="utf-8")
    line, column = text.count("\n") + 1, len(text) - text.rfind("\n")
    zhejiang.refused(runner, re.escape(f"zhejiang.schema.json:{line}:{column}: schema 文件不是有效的 JSON："
                                       "文件在 JSON 结束之前就断了（可能没有保存完整）：请补全后面缺少的内容和括号"))


def test_a_number_too_long_in_a_schema_is_said_where_it_is(runner, zhejiang):
    """A number of over 4300 digits (a paste gone wrong) is valid JSON Python refuses to read, with a ValueError that
    is no JSONDecodeError: every command ended with an internal error, exit 4."""
    zhejiang.edit(zhejiang.schema, '"properties": {', '"maxProperties": 1' + "0" * 5000 + ', "properties": {')
    line, column = locate(zhejiang.schema.read_text(encoding="utf-8"), "1" + "0" * 5000)
    zhejiang.refused(runner, re.escape(f"zhejiang.schema.json:{line}:{column}: schema 中的数字有 5001 位，太长了，读不出来；"
                                       "请改成位数正常的数字"))
    result = zhejiang.run(runner, "schema", "zhejiang")
    assert result.exit_code == 2 and "5001 位" in result.output, result.output


@pytest.mark.parametrize("levels", [150, 5000])
def test_a_schema_nested_too_deep_is_said_where_it_is(runner, zhejiang, levels):
    """Brackets nested some 150 deep ran out of Python's recursion checking the schema against the metaschema, 1000 deep
    in json.loads: every command ended with an internal error, exit 4."""
    zhejiang.edit(zhejiang.schema, '"properties": {', '"not": ' + '{"items": ' * levels + "{}" + "}" * levels + ', "properties": {')
    text = zhejiang.schema.read_text(encoding="utf-8")
    line, column = locate(text, '{"items": ' * 51)  # inside the schema's own `{`: the 50th of them is the 51st level
    zhejiang.refused(runner, re.escape(f"zhejiang.schema.json:{line}:{column + 10 * 49}: schema 的括号嵌套到这里超过了 50 层，"
                                       "读不了；表样的 schema 用不到这么多层（自带的最多 10 层），请检查是否多写了“{”或“[”"))


def test_schema_prints_a_form_whose_profile_is_broken_and_says_the_profiles_problem(runner, zhejiang):
    """A slip in profile.yaml stopped `jixiao schema zhejiang`, which prints and checks the schema alone."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", "orientation: portrait", "orientation: sideways")
    line, column = locate((zhejiang.folder / "profile.yaml").read_text(encoding="utf-8"), "sideways")
    result = zhejiang.run(runner, "schema", "zhejiang")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["properties"]["form"]["const"] == "zhejiang"
    assert f"profile.yaml:{line}:{column}: 错误[SCHEMA-ENUM] 纸张方向：文本“sideways”不是可选的取值" in result.stderr
    assert "schema 照样写出" in result.stderr


@pytest.mark.parametrize("template, where", [
    ("form.html", "form.html:7:58: 警告[TEMPLATE-STRAY-BRACE] "),
    ("form.docx", "form.docx: 警告[TEMPLATE-STRAY-BRACE] 第 1 张表第 1 行第 2 列中，"),
])
def test_a_brace_typed_after_a_tag_is_a_warning_where_it_was_typed(runner, zhejiang, template, where):
    """`{{ unit }}}` built exit 0 and silently, every form printing “湛江市归国华侨联合会}”."""
    (zhejiang.edit if template == "form.html" else lambda *edit: docx_edit(*edit))(
        zhejiang.folder / template, "{{ unit }}", "{{ unit }}}")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert (f"{where}“{{{{ unit }}}}}}”的标签后面多了一个“}}”：它不属于标签，每份表都会在标签印出的内容后面印出“}}”；"
            "请删掉它（标签以“}}”或“%}”结束）") in result.output, result.output


@pulled_in_cases("{{ unit }}}")
def test_a_brace_typed_after_a_tag_in_a_template_pulled_in_is_a_warning_there(runner, zhejiang, template, pulled_in,
                                                                               part):
    """`{{ unit }}}` in a part form.html includes or a macro file it imports printed “…}” on every form without a
    word: the stray-brace check read the form's own template only, while the full-width one followed the same
    templates. It is named at the line and column in the file pulled in."""
    (zhejiang.folder / "part.html").write_text(part, encoding="utf-8")
    (zhejiang.folder / "inner.html").write_text("<p>\n  {{ unit }}}</p>", encoding="utf-8")
    (zhejiang.edit if template == "form.html" else docx_edit)(zhejiang.folder / template, "{{ unit }}", pulled_in)
    culprit = zhejiang.folder / ("inner.html" if part.startswith("{% include") else "part.html")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert (f"{culprit}:2:13: 警告[TEMPLATE-STRAY-BRACE] “{{{{ unit }}}}}}”的标签后面多了一个“}}”") in result.output, \
        result.output


def test_a_brace_that_belongs_to_the_tag_is_no_stray(runner, zhejiang):
    """A dict written in the tag ends with its own `}`, and what {% raw %} holds is text: neither is warned of."""
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}",
                  '{{ unit }}{% set d = {"a": {"b": {"c": 1}}}%}{{ d.a.b.c }}{% raw %}{{ x }}}{% endraw %}')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0 and "STRAY-BRACE" not in result.output, result.output


@pytest.mark.parametrize("typed", [
    "<style>.num{font-weight:bold;{% if unit %}color:black;{% endif %}}</style>",
    "<style>\ntd.w{width:{{ 10 }}}\n</style>",
    '<script>var d={"unit": {{ unit|tojson }}};</script>',
    "{% raw %}\n{{ x }}}\n{% endraw %}",
    "{# a note\n{{ x }}}\n#}",
], ids=["css rule", "css value", "javascript", "raw over lines", "comment over lines"])
def test_a_brace_of_css_javascript_raw_or_a_comment_is_no_stray(runner, zhejiang, typed):
    """A CSS or JavaScript brace right after a tag closes the style's or script's own `{`, and a {% raw %} or a
    comment spanning lines was lexed a line at a time, so its `{{ x }}}` was taken for a tag: all were warned of."""
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + typed + "\n")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0 and "STRAY-BRACE" not in result.output, result.output


@pytest.mark.parametrize("template", ["form.html", "form.docx"])
def test_a_field_dropped_from_the_schema_is_not_taken_for_a_typo(runner, zhejiang, template):
    """`other_tasks` removed from the copied schema was offered as a slip of “key_tasks”, another field."""
    schema = json.loads(zhejiang.schema.read_text(encoding="utf-8"))
    del schema["properties"]["other_tasks"]
    schema["errorMessage"] = schema["errorMessage"].replace("；还可写 other_tasks（其他需完成的任务）", "")
    zhejiang.schema.write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")
    zhejiang.edit(zhejiang.spec, "other_tasks:", "# other_tasks:")
    if template == "form.docx":  # the HTML template is rendered first otherwise
        zhejiang.edit(zhejiang.folder / "form.html", "{{ paras(other_tasks) }}", "")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2, result.output
    assert ("用到的“other_tasks”不是规格或表样配置中的字段：schema 里没有“other_tasks”这个字段（其他表样有）；"
            "如果要印出它，请在 schema 里加上") in result.output and "key_tasks”？" not in result.output, result.output


@pytest.mark.parametrize("read, said", [
    ("{{ budget.projects }}", "用到的“projects”不是规格或表样配置中的字段；是否想写“project”？"),
    ("{{ basic_info.unit }}", "用到的“unit”不是规格或表样配置中的字段：“unit”不在这一组字段里，而在顶层：要印顶层的“unit”"
                              "，请直接写“unit”；要基本信息里有自己的“unit”，请在 "),
], ids=["a-letter-away", "at-the-top"])
def test_a_field_another_form_declares_is_not_said_missing_when_this_form_has_it_near(runner, zhejiang, read, said):
    """`budget.projects` (budget has `project`) and `basic_info.unit` (unit is a top-level field) were both told
    “schema 里没有…（其他表样有），请在 schema 里加上”, sending the author to add a field this form already has."""
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>\n", "<h1>{{ title }}</h1>\n" + read + "\n")
    output = zhejiang.build_refuses(runner, said)
    assert "其他表样有" not in output, output


@pytest.mark.parametrize("template", ["form.html", "form.docx"])
def test_a_row_field_the_schema_lacks_is_offered_as_the_top_field_or_declared_in_the_row(runner, zhejiang, template):
    """`{{ r.unit }}` for a 度量单位 column not yet in the schema was told only “请直接写“unit””: followed, every row's
    cell printed the top-level 实施单位. Both readings are offered, the second at the row's `properties` in the schema."""
    if template == "form.html":
        zhejiang.edit(zhejiang.folder / "form.html", "{{ r.value }}", "{{ r.unit }}")
    else:
        docx_edit(zhejiang.folder / "form.docx", "{{ r.value }}", "{{ r.unit }}")
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"properties": {\n          "level1"'))
    zhejiang.build_refuses(runner, "用到的“unit”不是规格或表样配置中的字段：“unit”不在这一组字段里，而在顶层：要印顶层的“unit”"
                                   "（每一项都印同一个值），请直接写“unit”；要绩效指标的每一项各有自己的“unit”，请在 "
                                   f"{zhejiang.schema}:{at} 的 properties 中声明它（必填的还要写进同一层的 required，"
                                   "并在 errorMessage 里列出）")


@pytest.mark.parametrize("template, old, new, at", [
    ("form.html", "{% for r in indicators.rows %}", "{% for r in indicators %}", "{% for r in indicators %}"),
    ("form.html", "{{ indicators.rows|length + 1 }}", "{{ indicators|length + 1 }}", "{{ indicators|length"),
    ("form.docx", "{%tr for r in indicators.rows %}", "{%tr for r in indicators %}", ""),
], ids=["html-loop", "html-length", "docx-loop"])
def test_an_indicator_table_read_as_its_rows_is_told_to_read_rows(runner, zhejiang, template, old, new, at):
    """`{% for r in indicators %}` was told “这里要的是列表…给的却是“指标表”…请检查括号里的参数或循环的对象”: the
    author did not learn the list is `indicators.rows`. It is named, with the table as the line writes it."""
    path = zhejiang.folder / template
    if template == "form.html":
        zhejiang.edit(path, old, new)
    else:
        docx_edit(path, old, new)
    output = zhejiang.build_refuses(runner, "这里要的是列表，给的却是指标表“indicators”：指标表本身不是列表，它的各行是 "
                                           "indicators.rows；请写成“indicators.rows”")
    if at:
        line, column = locate(path.read_text(encoding="utf-8"), at)
        assert f"form.html:{line}:{column + at.index('indicators')}: 错误[RENDER-TEMPLATE]" in output, output


def test_a_row_field_the_schema_lacks_is_declared_where_the_rows_definition_is(runner, zhejiang):
    """A row written as `"items": {"$ref": "#/$defs/indicator"}` (as tianjin's and hengyang's are) was sent to the
    `items` line, which has no `properties` to add the field to: the line is the definition's `properties`."""
    schema = json.loads(zhejiang.schema.read_text(encoding="utf-8"))
    schema["$defs"] = {"indicator": schema["properties"]["indicators"]["items"]}
    schema["properties"]["indicators"]["items"] = {"$ref": "#/$defs/indicator"}
    zhejiang.schema.write_text(json.dumps(schema, ensure_ascii=False, indent=2), encoding="utf-8")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ r.value }}", "{{ r.unit }}")
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"properties": {\n        "level1"'))
    zhejiang.build_refuses(runner, f"要绩效指标的每一项各有自己的“unit”，请在 {zhejiang.schema}:{at} 的 properties 中声明它")


def test_a_required_field_another_form_declares_is_said_undeclared_not_misspelt(runner, zhejiang):
    """`period_value` (another form's field) listed in `required` was offered as a slip of “prior_value”."""
    zhejiang.edit(zhejiang.schema, '"required": [\n    "form",', '"required": [\n    "period_value", "form",')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert ("“period_value”不是 properties 里的字段，每份规格都会因此被说缺少“period_value”；这里的 properties 没有声明它"
            "（其他表样的 schema 有）；请在 properties 里加上它，或从 required 删去") in result.output, result.output
    assert "prior_value”？" not in result.output


@pytest.mark.parametrize("tag", ["{#tr 作者的说明 #}", "{{tr '' }}", "{#tc 作者的说明 #}", "{{tc '' }}"])
def test_a_row_docxtpl_deletes_or_replaces_is_not_judged_against_the_grid(runner, zhejiang, tag):
    """A one-cell row holding `{#tr 作者的说明 #}` (docxtpl deletes the row, or a cell for `tc`, and `{{tr …}}` or
    `{{tc …}}` replaces it) was refused as a row a few columns short, exit 2, though no form ever prints it."""
    row = f'<w:tr><w:tc><w:p><w:r><w:t>{tag}</w:t></w:r></w:p></w:tc></w:tr>'
    docx_edit(zhejiang.folder / "form.docx", "{{ unit }}</w:t></w:r></w:p></w:tc></w:tr>",
              "{{ unit }}</w:t></w:r></w:p></w:tc></w:tr>" + row)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output


def test_a_folder_named_otherwise_than_its_schema_says_which_two_to_pair(runner, zhejiang):
    """A copied folder renamed (or a schema named after another) was told only 表样“zhejiang”不存在 by validate, and
    “zj has no schema” by new --list: neither said the schema and the folder were there, under two names."""
    zhejiang.folder.rename(zhejiang.templates / "zj")
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 1, result.output
    assert "表样“zhejiang”有 schema" in result.output and "但没有同名的表样文件夹" in result.output, result.output
    assert "有文件夹而没有 schema 的：zj，有 schema 而没有文件夹的：zhejiang.schema.json" in result.output, result.output
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 2 and re.search(r"zj\t表样有误：.*但没有 schema.*有 schema 而没有文件夹的：zhejiang\.schema\.json",
                                               result.output), result.output


@pytest.mark.parametrize("old, new, at, said", [
    ("{{ unit }}</td>", "{{ unit }</td>", "7:48", "“{{ unit }</td></tr>”中，“{{”没有配对的“}}”；请把这个标签写完，以“}}”结束"),
    ("  {% endfor %}", "  {% endfor %", "23:3", "“{% endfor %”中，“{%”没有配对的“%}”"),
    ('{% if loop.first %}<td rowspan="{{ loop.length }}"', '{% if loop.first }<td rowspan="{{ loop.length }}"', "22:7",
     "“{% if loop.first }<td rowspan=\"{{ loop.l…”中，“{%”没有配对的“%}”"),
])
def test_a_tag_typed_a_brace_short_in_form_html_is_named_where_it_was_typed(runner, zhejiang, old, new, at, said):
    """Jinja reads past the missing brace into the next tag: `{{ unit }` was told “这里不该有“}”” at column 1, a
    `{% endfor %` at a line further down; the tag typed short is named at its line and column, as in form.docx."""
    zhejiang.edit(zhejiang.folder / "form.html", old, new)
    zhejiang.build_refuses(runner, f"form.html:{at}: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")


def test_a_tag_quoted_in_a_string_of_another_tag_is_no_tag_typed_short(runner, zhejiang):
    """`{{ "{{" ~ title }}` before a `{{ unit }` typed short: the `{{` in the string was taken for the next tag
    opening, and the tag before it, whole, was named at column 5; a string in a tag is read as Jinja reads it."""
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>", '<h1>{{ "{{" ~ title }}</h1>{{ unit }')
    said = "“{{ unit }”中，“{{”没有配对的“}}”；请把这个标签写完，以“}}”结束"
    zhejiang.build_refuses(runner, f"form.html:4:28: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")
    zhejiang.edit(zhejiang.folder / "form.html", '<h1>{{ "{{" ~ title }}</h1>{{ unit }', "<h1>{{ title }}</h1>")
    docx_edit(zhejiang.folder / "form.docx", "{{ unit }}", '{% if "{{" in unit %}{{ unit }{% endif %}')
    zhejiang.build_refuses(runner, "中，“{{”没有配对的“}}”（一个标签要在同一段落里写完）")


def test_a_brace_in_word_curly_quotes_in_a_form_docx_tag_is_a_string(runner, zhejiang):
    """Word types curly quotes, and docxtpl makes them ASCII inside tags: `replace(“{”, “”)` in a form.docx cell
    renders, yet the check read the `{` as a dict opening and stopped build and new --list with
    “{{”没有配对的“}}”, exit 2."""
    docx_edit(zhejiang.folder / "form.docx", "{{ unit }}", "{{ unit|replace(\u201c{\u201d, \u201c\u201d) }}"
              "{{ unit|replace(\u2018{\u2019, \u2018\u2019) }}")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0 and "没有配对" not in result.output, result.output
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "没有配对" not in result.output, result.output


@pytest.mark.parametrize("quoted", ["{# {{ x } #}", "{% raw %}{{ x }{% endraw %}"], ids=["comment", "raw"])
def test_a_tag_quoted_in_a_comment_or_a_raw_block_is_no_tag_typed_short(runner, zhejiang, quoted):
    """A `{{ x }` in a comment or a raw block above the tag typed short is text, not the tag to name: the tag
    typed short further down is named at its own line and column in form.html, and by its own braces in a
    form.docx paragraph that quotes the same text before it. (A valid template never reaches the search.)"""
    zhejiang.edit(zhejiang.folder / "form.html", "<h1>{{ title }}</h1>\n", f"<h1>{{{{ title }}}}</h1>\n<p>{quoted}</p>\n")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }}</td>", "{{ unit }</td>")
    said = "“{{ unit }</td></tr>”中，“{{”没有配对的“}}”；请把这个标签写完，以“}}”结束"
    zhejiang.build_refuses(runner, f"form.html:8:48: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")
    zhejiang.edit(zhejiang.folder / "form.html", "{{ unit }</td>", "{{ unit }}</td>")
    typed = quoted + "{% if unit }{{ unit }}{% endif %}"
    docx_edit(zhejiang.folder / "form.docx", "{{ unit }}", typed)
    said = f"第 1 张表第 1 行第 2 列的“{typed[:40]}…”中，“{{%”没有配对的“%}}”（一个标签要在同一段落里写完）"
    zhejiang.build_refuses(runner, said)


def test_a_copy_keeping_the_originals_chinese_name_is_told_where_that_name_is_given(runner, zhejiang):
    """A copy whose profile.yaml kept `name:` had new --list show two forms of one name with no word, and
    `--form <that name>` told 表样“…”不存在, for the original form too."""
    title = zhejiang.folder.joinpath("profile.yaml").read_text(encoding="utf-8").split("name: ", 1)[1].split("\n")[0]
    result = zhejiang.run(runner, "new", "--list")
    profile = zhejiang.folder / "profile.yaml"
    at = "{}:{}".format(*locate(profile.read_text(encoding="utf-8"), "name: "))
    said = (f"表样 zhanjiang、zhejiang 的名称（profile.yaml 的 name）都是“{title}”，写这个名称分不清是哪一个；"
            f"请把 {profile}:{at} 的 name 改成这张表自己的名称")  # the copy's, not jixiao's own zhanjiang
    assert result.exit_code == 0 and f"警告：{said}" in result.output, result.output
    result = zhejiang.run(runner, "new", "--form", title, "--unit", "某单位", "--year", "2025")
    assert result.exit_code == 2 and said in result.output and "不存在" not in result.output.split("可用的表样")[0], \
        result.output
    zhejiang.edit(zhejiang.folder / "profile.yaml", f"name: {title}", "name: 浙江省部门整体预算绩效目标表")
    zhejiang.edit(zhejiang.schema, f'"title": "{title}"', '"title": "浙江省部门整体预算绩效目标表"')  # else SCHEMA-TITLE
    zhejiang.edit(zhejiang.schema, f"本文件使用的表样，{title}", "本文件使用的表样，浙江省部门整体预算绩效目标表")  # SCHEMA-DESCRIPTION
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "警告" not in result.output, result.output



def test_two_copies_keeping_the_originals_chinese_name_are_both_told_where_that_name_is_given(runner, zhejiang):
    """Of two copies in the project that kept jixiao's zhanjiang's name, which one is the new form only the unit
    knows: the `name:` of each is given, jixiao's own form's is not."""
    shutil.copytree(zhejiang.folder, zhejiang.templates / "zhejiang2")
    zhejiang.schemas.joinpath("zhejiang2.schema.json").write_text(
        zhejiang.schema.read_text(encoding="utf-8").replace("zhejiang", "zhejiang2"), encoding="utf-8")
    result = zhejiang.run(runner, "new", "--list")
    places = "、".join(f"{zhejiang.templates / name / 'profile.yaml'}:2:1" for name in ("zhejiang", "zhejiang2"))
    assert result.exit_code == 0 and f"复制来的表样请把它的 profile.yaml 的 name 改成新表的名称：{places}\n" in result.output, \
        result.output


def test_the_copy_is_told_apart_from_the_form_it_was_made_from_in_a_catalog_of_other_roots(zhejiang, tmp_path):
    """The form a copy was made from is the one in the catalog's deepest templates folder, not in jixiao's checkout:
    with jixiao's forms copied elsewhere beneath the project's (as a caller or a test builds a catalog), every form
    counted as the project's, and the warning asked for both names to be changed."""
    from generator.form_names import shared_name_said, shared_names
    from generator.variants import Catalog, Roots

    shutil.copytree(ROOT / "templates", tmp_path / "base" / "templates")
    shutil.copytree(ROOT / "schema", tmp_path / "base" / "schema")
    catalog = Catalog(Roots(zhejiang.templates, zhejiang.schemas,
                            under=Roots(tmp_path / "base" / "templates", tmp_path / "base" / "schema")))
    (title, names), = shared_names(catalog).items()
    assert names == ["zhanjiang", "zhejiang"]
    said = shared_name_said(catalog, title, names)
    assert said.endswith(f"请把 {zhejiang.folder / 'profile.yaml'}:2:1 的 name 改成这张表自己的名称"), said


def test_a_copys_value_field_written_out_without_its_kind_is_warned_of_with_the_line_to_add(runner, zhejiang):
    """A copy made before `x-jixiao-kind: indicator-value`, its value field written out in full, lost validate's hint
    for a bare number in a value, silently: the profile names the value column, so new --list says the line to add."""
    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/indicator_value",\n            "title": "指标值"',
                  '"type": "string",\n            "minLength": 1,\n            "title": "指标值"')
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"value": {\n            "type": "string"'))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-KIND] indicators.*.value（指标值）：profile.yaml 的 lint.values 把“value”"
            f'列为指标值，schema 却没有这样标注，validate 就不会为其中没加引号的数字提示写法；请在这个字段里加上一行 '
            f'"x-jixiao-kind": "indicator-value",') in result.output, result.output
    assert result.output.count("SCHEMA-KIND") == 1
    zhejiang.edit(zhejiang.schema, '"minLength": 1,\n            "title": "指标值"',
                  '"minLength": 1,\n            "x-jixiao-kind": "indicator-value",\n            "title": "指标值"')
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-KIND" not in result.output, result.output


@pytest.mark.parametrize("pattern", ["", '\n            "pattern": "^[\\\\s\\\\S]+$",'])
def test_a_required_text_written_out_with_a_length_only_is_warned_to_refuse_spaces(runner, zhejiang, pattern):
    """`"minLength": 1` alone, as docs/variants.md's field written out in full had it, took a key task's name typed
    as spaces (a name of spaces is empty): new --list says so at the minLength, with the line to add, or, beside a
    pattern that also takes spaces, that the pattern is to be rewritten. With the pattern added, nothing is said."""
    from generator.blank_text import LINE

    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/required_text",\n            "title": "名称"',
                  f'"type": "string",\n            "minLength": 1,{pattern}\n            "title": "名称"')
    text = zhejiang.schema.read_text(encoding="utf-8")
    at = "{}:{}".format(*locate(text, '"minLength": 1,' + pattern + '\n            "title": "名称"'))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    fix = ("它的 pattern 也接受只有空格的文字；请改写 pattern，要求至少有一个不是空白的字" if pattern
           else f'请在这个字段里加上一行 {LINE}')
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-BLANK] key_tasks.*.name（名称）的“minLength”：必填的文字只要求长度，"
            f"只打了空格的也算填了，validate 不报错，表上印出空白；{fix}\n") in result.output, result.output
    assert result.output.count("SCHEMA-BLANK") == 1
    zhejiang.edit(zhejiang.schema, '"minLength": 1,' + pattern, '"minLength": 1,\n            ' + LINE)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-BLANK" not in result.output, result.output


def test_a_required_text_written_out_with_a_length_only_is_still_warned_of_punctuation_alone(runner, zhejiang):
    """A form whose 总体绩效目标 says `"minLength": 1` without the pattern (SCHEMA-BLANK's case) still needs it filled
    in: `。` there is warned TEXT-PUNCTUATION, at its place, as under jixiao's own schemas."""
    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/required_text",\n      "title": "总体绩效目标"',
                  '"type": "string",\n      "minLength": 1,\n      "title": "总体绩效目标"')
    zhejiang.edit(zhejiang.spec, "\noverall_target: 在市委", '\noverall_target: "。"\n#')
    line, column = locate(zhejiang.spec.read_text(encoding="utf-8"), '"。"')
    result = zhejiang.run(runner, "validate", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert (f"{zhejiang.spec}:{line}:{column}: 警告[TEXT-PUNCTUATION] 总体绩效目标：只有标点“。”，没有文字，"
            "生成的表上这一格等于没有填写；请填上实际内容") in result.output, result.output


def test_a_required_text_s_earlier_pattern_is_warned_to_be_the_one_the_editor_reads_alike(runner, zhejiang):
    """A form made while jixiao wrote `"pattern": "\\\\S"` keeps it: JavaScript takes U+FEFF as white space, Python
    does not. jixiao reads it as the new pattern, but the file should say so: new --list says so at the pattern, with
    the value to write; written, nothing is said. The advice was to change the line, which on a line copied with
    other keys beside the pattern (as here) deleted them."""
    from generator.blank_text import VALUE

    zhejiang.edit(zhejiang.schema, '"$ref": "defs.schema.json#/$defs/required_text",\n            "title": "名称"',
                  '"type": "string", "minLength": 1, "pattern": "\\\\S", "title": "名称"')
    at = "{}:{}".format(*locate(zhejiang.schema.read_text(encoding="utf-8"), '"pattern": "\\\\S"'))
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0, result.output
    assert (f"{zhejiang.schema}:{at}: 警告[SCHEMA-BLANK] key_tasks.*.name（名称）的“pattern”：“\\S”是以前的写法，"
            f"JavaScript 把看不见的 U+FEFF 当作空白、Python 不当作；jixiao 的 validate 和编辑器都按新的写法读它，"
            f"别的程序却按写的读；请把 \"\\\\S\" 改为 {VALUE}（只改这个值，同一行的其他键照旧）\n") in result.output, result.output
    assert result.output.count("SCHEMA-BLANK") == 1
    zhejiang.edit(zhejiang.schema, '"\\\\S"', VALUE)
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "SCHEMA-BLANK" not in result.output, result.output


def test_no_shipped_form_is_warned_of_taking_spaces_for_a_required_text():
    """jixiao's own five schemas pair every required text's length with VISIBLE_TEXT (or an enum): no SCHEMA-BLANK."""
    from generator import blank_text
    from generator.variants import Catalog, Roots

    catalog = Catalog(Roots(ROOT / "templates", ROOT / "schema"))
    names = catalog.folder_names()
    assert len(names) == 5
    for name in names:
        assert blank_text.warnings(catalog.store, catalog.get(name).schema_path.name) == [], name



def test_new_list_reads_the_forms_and_schemas_once_for_every_check(runner, zhejiang, monkeypatch):
    """The templates' check made a Renderer of its own, which read every schema and each form's profile again
    beside the catalog `new --list` had read them with."""
    from generator.schema_store import SchemaStore

    stores = []
    made = SchemaStore.__init__
    monkeypatch.setattr(SchemaStore, "__init__", lambda self, *folders: stores.append(folders) or made(self, *folders))
    monkeypatch.setenv("JIXIAO_NO_CACHE", "1")  # a pass remembered makes no renderer
    result = zhejiang.run(runner, "new", "--list")
    assert result.exit_code == 0 and "zhejiang\t" in result.output, result.output
    assert len([folders for folders in stores if zhejiang.schemas in folders]) == 1, stores  # not profile.yaml's own


def test_the_profiles_schema_is_read_once_however_many_profiles_are_read(runner, zhejiang, monkeypatch):
    """Each profile read made a SchemaStore of profile.schema.json, jixiao's own and the same for all: six in one
    `new --list`, six more in the next."""
    from generator.profile import PROFILE_SCHEMA
    from generator.schema_store import SchemaStore

    stores = []
    made = SchemaStore.__init__
    monkeypatch.setattr(SchemaStore, "__init__", lambda self, *folders: stores.append(folders) or made(self, *folders))
    monkeypatch.setenv("JIXIAO_NO_CACHE", "1")  # every profile checked, none remembered as passed
    for _ in range(2):
        result = zhejiang.run(runner, "new", "--list")
        assert result.exit_code == 0 and "zhejiang\t" in result.output, result.output
    assert len([folders for folders in stores if folders == (PROFILE_SCHEMA.parent,)]) <= 1, stores  # once a process


def test_a_page_break_in_a_paragraph_tag_s_paragraph_no_paragraph_follows_is_named(runner, zhejiang):
    """docxtpl drops a `{%p %}` tag's paragraph whole as it renders: a page break in it was lost with no error. One
    with a paragraph after it is given to that paragraph (see test_render); one last in its cell is named."""
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{%p endfor %}</w:t></w:r></w:p></w:tc>",
              '<w:t>{%p endfor %}</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p></w:tc>')
    zhejiang.build_refuses(runner, "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：第 1 张表第 9 行第 2 列里有分页符，"
                                   "它所在的段落有“{%p endfor %}”，生成时整段删去，分页符也随之没有了，后面又没有段落可以接过它；"
                                   "请删去这个分页符，在要另起一页的那一段设置段前分页（段落 → 换行和分页）")
    assert not zhejiang.written()


@pytest.mark.parametrize("old, new, said", [
    ("<w:t>{%p endfor %}</w:t>", "<w:t>注：金额单位为万元。{%p endfor %}</w:t>",
     "第 1 张表第 9 行第 2 列的“注：金额单位为万元。”与“{%p endfor %}”在同一个段落里：这个段落生成时整个删去，只留下标签，"
     "“注：金额单位为万元。”印不出来；请让“{%p endfor %}”单独占一个段落，把别的内容移到另一个段落"),
    ("<w:t>{%tr endfor %}</w:t>", "<w:t>{%tr endfor %}</w:t></w:r><w:r><w:t>合计</w:t>",
     "第 2 张表第 4 行第 1 列的“合计”与“{%tr endfor %}”在同一个表格行里：这个表格行生成时整个删去"),
    ("<w:t>{{ unit }}</w:t>", "<w:t>{%tc if unit %}</w:t></w:r></w:p><w:p><w:r><w:t>{{ unit }}</w:t>",
     "第 1 张表第 1 行第 2 列的“{{ unit }}”与“{%tc if unit %}”在同一个格子里：这个格子生成时整个删去，只留下标签，"
     "“{{ unit }}”印不出来；请让“{%tc if unit %}”单独占一个格子，把别的内容移到另一个格子"),
    # docxtpl drops the paragraph or row of a variable's tag written at a level as it drops a statement's
    ("<w:t>{%p endfor %}</w:t>", '<w:t>{%p endfor %}</w:t></w:r></w:p><w:p><w:r><w:t>注：金额单位为万元。{{p "" }}</w:t>',
     "第 1 张表第 9 行第 2 列的“注：金额单位为万元。”与“{{p \"\" }}”在同一个段落里：这个段落生成时整个删去，只留下标签，"
     "“注：金额单位为万元。”印不出来；请让“{{p \"\" }}”单独占一个段落，把别的内容移到另一个段落"),
    ("<w:t>{%tr endfor %}</w:t>", '<w:t>{%tr endfor %}</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r>'
     '<w:t>{{tr "" }}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>合计</w:t>',
     "第 2 张表第 5 行第 1 列的“合计”与“{{tr \"\" }}”在同一个表格行里：这个表格行生成时整个删去"),
    # and the paragraph of a comment written at a level
    ("<w:t>{%p endfor %}</w:t>", "<w:t>{%p endfor %}</w:t></w:r></w:p><w:p><w:r><w:t>注：金额单位为万元。{#p 表注 #}</w:t>",
     "第 1 张表第 9 行第 2 列的“注：金额单位为万元。”与“{#p 表注 #}”在同一个段落里：这个段落生成时整个删去，只留下标签，"
     "“注：金额单位为万元。”印不出来；请让“{#p 表注 #}”单独占一个段落，把别的内容移到另一个段落"),
], ids=["statement paragraph", "statement row", "statement cell", "variable paragraph", "variable row",
        "comment paragraph"])
def test_text_typed_beside_a_tag_docxtpl_keeps_alone_is_named(runner, zhejiang, old, new, said):
    """docxtpl keeps only the tag of a `{%p %}` or `{{p x }}` paragraph or a `{%tr %}` row: a note typed in the same
    paragraph (the line under a table is often a `{%p endfor %}`) was dropped from every form, with no error."""
    docx_edit(zhejiang.folder / "form.docx", old, new)
    zhejiang.build_refuses(runner, f"form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")
    assert not zhejiang.written()


@pytest.mark.parametrize("old, new, said", [
    ("<w:t>{{ unit }}</w:t>", "<w:t>{{p unit }}</w:t>",
     "第 1 张表第 1 行第 2 列的“{{p unit }}”生成时整个段落换成了它的值，“湛江市归国华侨联合会”不在任何段落里，Word 印不出来"
     "（格子里没有别的段落时 Word 打不开文件）；以“{{p ”开头的标签只用于本身是段落的值，要印出文字请写成“{{ unit }}”"),
    ("<w:t>{{ title }}</w:t>", "<w:t>{{p title }}</w:t>",
     "正文段落“{{p title }}”的“{{p title }}”生成时整个段落换成了它的值，“2024年市级部门整体预算绩效目标表”不在任何段落里，"
     "Word 印不出来；以“{{p ”开头的标签只用于本身是段落的值，要印出文字请写成“{{ title }}”"),
], ids=["in a cell", "outside the tables"])
def test_a_paragraph_variable_whose_value_is_text_is_named(runner, zhejiang, old, new, said):
    """docxtpl writes a `{{p x }}` tag's value where its paragraph stood: a spec's text landed in the cell beside its
    properties, or in the body, in no paragraph, and the build wrote a form Word could not show, with no error."""
    docx_edit(zhejiang.folder / "form.docx", old, new)
    zhejiang.build_refuses(runner, f"form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")
    assert not zhejiang.written()


def test_a_paragraph_variable_whose_value_is_a_paragraph_builds(runner, zhejiang):
    """A `{{p x }}` value that is a paragraph itself (Word XML marked safe, as a macro writes it) is what the tag is
    for: it stands where the paragraph stood, and the form builds."""
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{{ unit }}</w:t>",
              '<w:t>{{p "&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;某单位&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt;"|safe }}</w:t>')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    body = Document(next(zhejiang.out.glob("*.docx"))).element.body
    assert [p.getparent().tag for p in body.iter(qn("w:p")) if p.text == "某单位"] == [qn("w:tc")]


@pytest.mark.parametrize("old, new", [
    ("{%p for para in other_tasks|paragraphs %}", "{%p for para in other_tasks.splitlines() %}"),
    ("<w:t>{{ para }}</w:t>", '<w:t>{{p "" }}</w:t>'),
    ("<w:t>{{ para }}</w:t>", '<w:t>{{p " " }}</w:t>'),  # blanks are no text landing outside a paragraph
], ids=["a loop over an empty list", "an empty paragraph variable", "a blank paragraph variable"])
def test_a_cell_whose_paragraphs_all_go_keeps_one(runner, zhejiang, old, new):
    """A `{%p for %}` loop that is a cell's only content, over a list the spec leaves empty (other_tasks: ""), or a
    `{{p "" }}`, left the cell with no paragraph: a file Word calls unreadable, though LibreOffice opens it. Valid
    data, so no error: the cell gets an empty paragraph (ECMA-376 §17.4.66)."""
    docx_edit(zhejiang.folder / "form.docx", old, new)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    body = Document(next(zhejiang.out.glob("*.docx"))).element.body
    assert [tc for tc in body.iter(qn("w:tc")) if tc.find(qn("w:p")) is None] == []


def test_text_typed_beside_a_run_tag_is_kept_and_builds(runner, zhejiang):
    """A run tag (`{{r x }}`, `{%r %}`) takes only its own run out of the paragraph: the text beside it prints."""
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{%p endfor %}</w:t>",
              '<w:t>{%p endfor %}</w:t></w:r></w:p><w:p><w:r><w:t>注：金额单位为万元。{{r "" }}{%r if 1 %}{%r endif %}</w:t>')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert "注：金额单位为万元。" in Document(next(zhejiang.out.glob("*.docx"))).element.body.xml


def test_a_comment_beside_a_tag_docxtpl_keeps_alone_is_no_text_and_builds(runner, zhejiang):
    """A comment prints nothing: dropped with the rest of a `{%p %}` paragraph it loses nothing, and the tag it
    explains is the one docxtpl keeps, not a `{#p #}` comment written after it."""
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{%p endfor %}</w:t>", "<w:t>{%p endfor %}{# 任务表完 #}{#p 表注 #}</w:t>")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("typed", ["\u200b{%p endfor %}", "{%p endfor %}\ufeff", "\u2060{%p endfor %}\u200b"],
                         ids=["zero-width space", "BOM", "word joiner"])
def test_an_invisible_character_beside_a_tag_docxtpl_keeps_alone_is_no_text(runner, zhejiang, typed):
    """A zero-width space or a BOM pasted with a `{%p %}` tag was taken for text typed beside it: the build stopped
    quoting it as “”, text nobody could see or find; docxtpl drops it with the paragraph, and nothing is lost."""
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{%p endfor %}</w:t>", f"<w:t>{typed}</w:t>")
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert zhejiang.written()


@pytest.mark.parametrize("old, new, said", [
    ("<w:t>{%p endfor %}</w:t>", "<w:t>{%p if unit %}{%p endif %}{%p endfor %}</w:t>",
     "第 1 张表第 9 行第 2 列的“{%p if unit %}”与“{%p endfor %}”在同一个段落里：这个段落生成时整个删去，"
     "只留下“{%p endfor %}”，“{%p if unit %}”随之删去，不起作用；以“{%p ”开头的标签每个都要单独占一个段落；"
     "请把“{%p if unit %}”移到另一个段落"),
    ("<w:t>{%p endfor %}</w:t>", "<w:t>{% if unit %}{%p endfor %}</w:t>",
     "第 1 张表第 9 行第 2 列的“{% if unit %}”与“{%p endfor %}”在同一个段落里：这个段落生成时整个删去，"
     "只留下“{%p endfor %}”，“{% if unit %}”随之删去，不起作用；请让“{%p endfor %}”单独占一个段落，"
     "把“{% if unit %}”移到另一个段落"),
], ids=["two paragraph tags", "a plain tag"])
def test_a_tag_beside_a_tag_docxtpl_keeps_alone_is_said_to_do_nothing(runner, zhejiang, old, new, said):
    """Of two `{%p %}` tags in one paragraph docxtpl keeps the last: the first was said to be text that
    “印不出来”, which no tag ever does; it is dropped, and the `if` or `for` it opens with it."""
    docx_edit(zhejiang.folder / "form.docx", old, new)
    zhejiang.build_refuses(runner, f"form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{said}")


def test_text_beside_a_tag_is_quoted_without_the_invisible_characters_among_it(runner, zhejiang):
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{%p endfor %}</w:t>", "<w:t>\u200b注\u2060意{%p endfor %}</w:t>")
    zhejiang.build_refuses(runner, "第 1 张表第 9 行第 2 列的“注意”与“{%p endfor %}”在同一个段落里")


@pytest.mark.parametrize("dropped", ["{%tr if 1 %}", '{{tr "" }}'], ids=["statement row", "variable row"])
def test_a_merge_continued_past_a_row_docxtpl_drops_is_not_warned_of(dropped):
    """A row holding a row tag, statement or variable, is dropped as docxtpl renders: the cell below it continues the
    merge started above it, which is not a merge that never started."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from generator.docx_merge_marks import unstarted

    rows = ["{{ merge_start }}绩效指标", dropped, "{{ merge_continue }}", "{%tr endif %}" if "%" in dropped else "乙"]
    body = parse_xml(f"<w:body {nsdecls('w')}><w:tbl>" + "".join(
        f"<w:tr><w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>" for text in rows) + "</w:tbl></w:body>")
    assert unstarted("form.docx", body) == []


def test_a_merged_column_whose_first_cell_s_row_was_deleted_is_warned_of(runner, zhejiang):
    """The 指标 header row holds `{{ merge_start }}绩效指标`; deleted, the rows below continued a merge that never
    started, and every form drew the side column as one blank cell, with no word from build."""
    zip_edit(zhejiang.folder / "form.docx", "word/document.xml",
             r"<w:tr>(?:(?!<w:tr>).)*?\{\{ merge_start \}\}绩效指标.*?</w:tr>", "", regex=True)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert "form.docx: 警告[TEMPLATE-MERGE-UNSTARTED] 第 2 张表第 7 行第 1 列的“{{ merge_continue }}”接着上面的合并格，" \
           "这一列上面却没有“{{ merge_start }}”" in result.output, result.output
    assert zhejiang.written()


def test_a_column_continuing_merges_never_started_is_warned_of_at_its_first_cell_alone():
    """Two runs of `{{ merge_continue }}` under unmarked cells in one column are one mistake of the template, said
    once, at the first cell: a warning for each run repeated the same advice for the same column."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from generator.docx_merge_marks import unstarted

    texts = ("栏名", "{{ merge_continue }}", "小计", "{{ merge_continue }}", "{{ merge_keep }}")
    rows = "".join(f"<w:tr><w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc></w:tr>" for text in texts)
    found = unstarted("form.docx", parse_xml(f"<w:body {nsdecls('w')}><w:tbl>{rows}</w:tbl></w:body>"))
    assert [problem.message.split("接着")[0] for problem in found] == ["第 1 张表第 2 行第 1 列的“{{ merge_continue }}”"], found


@pytest.mark.parametrize("typed", ["{%p endfor %}{%p endfor %}", "{%p endfor %} {%p endfor %}"])
def test_a_tag_typed_twice_in_a_paragraph_docxtpl_keeps_alone_is_said_to_do_nothing(runner, zhejiang, typed):
    """The tag docxtpl keeps is taken out of the paragraph's text once: taken out wherever it stood, a tag typed twice
    left nothing beside it, and the build stopped on the second `{%p endfor %}` as one closing no loop."""
    docx_edit(zhejiang.folder / "form.docx", "<w:t>{%p endfor %}</w:t>", f"<w:t>{typed}</w:t>")
    zhejiang.build_refuses(runner, "form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：第 1 张表第 9 行第 2 列的“{%p endfor %}”"
                           "与“{%p endfor %}”在同一个段落里：这个段落生成时整个删去，只留下“{%p endfor %}”，“{%p endfor %}”随之删去，"
                           "不起作用；以“{%p ”开头的标签每个都要单独占一个段落；请把“{%p endfor %}”移到另一个段落")


def test_a_template_s_on_off_values_of_no_st_onoff_are_said_once_and_written_as_read(runner, zhejiang):
    """On/off properties of no ST_OnOff value (`yes`, `2`, `maybe`, `True`: a program's slip) in the body, a
    section, the styles and the settings were copied into every form, which Word may call damaged, and the
    template's author was never told. Each property and value of each part is said once, for the two specs built
    (all eleven rows held by one warning), where it is, and how LibreOffice reads it; each form holds the value
    read (0, or 1 for True), no other."""
    form = zhejiang.folder / "form.docx"
    zip_edit(form, "word/document.xml", "<w:tblHeader/>", '<w:tblHeader w:val="yes"/>')
    zip_edit(form, "word/document.xml", "<w:cantSplit/>", '<w:cantSplit w:val="2"/>', count=0)
    zip_edit(form, "word/document.xml", '<w:cols w:space="720"/>', '<w:cols w:space="720"/><w:titlePg w:val="True"/>')
    zip_edit(form, "word/styles.xml", "<w:b/>", '<w:b w:val="yes"/>')
    zip_edit(form, "word/settings.xml", r"(<w:settings [^>]*>)", r'\1<w:evenAndOddHeaders w:val="maybe"/>', regex=True)
    zhejiang.spec.with_name("second.yaml").write_text(zhejiang.spec.read_text(encoding="utf-8").replace(
        "unit: ", "unit: 第二"), encoding="utf-8")
    result = zhejiang.run(runner, "build", str(zhejiang.spec.parent))
    assert result.exit_code == 0, result.output
    said = [line.split("[TEMPLATE-ON-OFF] ")[1].split("的值不是")[0] for line in result.output.splitlines()
            if "[TEMPLATE-ON-OFF]" in line]
    assert said == [
        'word/document.xml 里的 <w:cantSplit w:val="2"/>（不允许跨页断行，“部门名称{{ unit }}”、“基本信息财政供养人员数{{ basic_…”、'
        '“预算整体情况部门预算支出预算金额(万元)…”等，共 11 处）',
        'word/document.xml 里的 <w:tblHeader w:val="yes"/>（在各页顶端以标题行形式重复出现，“{{ merge_start }}年度重…”）',
        'word/document.xml 里的 <w:titlePg w:val="True"/>（首页不同，第 1 节）',
        'word/styles.xml 里的 <w:b w:val="yes"/>（加粗，样式“heading 1”）',
        'word/settings.xml 里的 <w:evenAndOddHeaders w:val="maybe"/>（奇偶页不同）'], result.output
    assert "LibreOffice 把它读作“关”；生成的表里按 LibreOffice 的读法写成 0。模板是 make_form_docx.py 写出的" in result.output
    assert "LibreOffice 把它读作“开”；生成的表里按 LibreOffice 的读法写成 1" in result.output
    forms = sorted(zhejiang.out.glob("*.docx"))
    assert len(forms) == 2
    for built in forms:
        with zipfile.ZipFile(built) as package:
            values = {(tag, value) for part in ("word/document.xml", "word/styles.xml", "word/settings.xml")
                      for tag, value in re.findall(r'<w:(tblHeader|cantSplit|b|titlePg|evenAndOddHeaders) w:val="([^"]*)"',
                                                   package.read(part).decode("utf-8"))}
        assert values == {("cantSplit", "0"), ("tblHeader", "0"), ("titlePg", "1"), ("b", "0"),
                          ("evenAndOddHeaders", "0")}, values


def test_a_template_of_st_onoff_values_alone_is_not_warned_of(runner, zhejiang):
    """`true`, `off`, `0` (and none) are ST_OnOff's: no warning, and the form keeps them as written."""
    zip_edit(zhejiang.folder / "form.docx", "word/document.xml", "<w:tblHeader/>", '<w:tblHeader w:val="true"/>')
    zip_edit(zhejiang.folder / "form.docx", "word/document.xml", "<w:cantSplit/>", '<w:cantSplit w:val="off"/>')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0 and "TEMPLATE-ON-OFF" not in result.output, result.output
    with zipfile.ZipFile(next(zhejiang.out.glob("*.docx"))) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert '<w:tblHeader w:val="true"/>' in xml and '<w:cantSplit w:val="off"/>' in xml


def _bold_yes_said_and_written_as_0(runner, zhejiang, part: str) -> None:
    """The form built from a template whose `part` holds `<w:b w:val="yes"/>` in style heading 1: TEMPLATE-ON-OFF says
    it, and the form's part holds it as LibreOffice reads it, 0."""
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert f'{part} 里的 <w:b w:val="yes"/>（加粗，样式“heading 1”）的值不是 Word 的开关值' in result.output
    with zipfile.ZipFile(next(zhejiang.out.glob("*.docx"))) as package:
        written = package.read(part).decode("utf-8")
    assert '<w:b w:val="yes"/>' not in written and '<w:b w:val="0"/>' in written


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_an_on_off_value_of_no_st_onoff_in_a_utf16_part_is_said_and_written_as_read(runner, zhejiang, codec):
    """A part may be UTF-16 (the package format allows it; a tool, not Word, writes one): the search for bad values
    read its bytes as UTF-8 and never matched them, so its `yes` was copied into the form unsaid. Without page
    numbers (adding them writes every part again, as UTF-8) the template's parts reach the form as they are. With a
    byte-order mark or without one (told by its opening `<` and zero byte, as lxml reads it)."""
    zhejiang.edit(zhejiang.folder / "profile.yaml", 'page_numbers: "第 {page} 页 共 {pages} 页"\n', "")
    form = zhejiang.folder / "form.docx"
    zip_edit(form, "word/styles.xml", "<w:b/>", '<w:b w:val="yes"/>')
    with zipfile.ZipFile(form) as package:
        parts = [(item, package.read(item)) for item in package.infolist()]
    with zipfile.ZipFile(form, "w") as package:
        for item, data in parts:
            if item.filename == "word/styles.xml":
                text = re.sub(r"encoding=(['\"])UTF-8", r"encoding=\1UTF-16", data.decode("utf-8"), count=1)
                data = text.encode(codec)
            package.writestr(item, data)
    _bold_yes_said_and_written_as_0(runner, zhejiang, "word/styles.xml")


def test_an_on_off_value_of_no_st_onoff_in_a_part_kept_as_bytes_is_written_as_read(runner, zhejiang):
    """A part python-docx keeps no tree of (stylesWithEffects.xml, which Word 2010 writes beside styles.xml) is
    parsed from its bytes, settled, and its new bytes written in each form: its `yes` said and written as 0."""
    zip_edit(zhejiang.folder / "form.docx", "word/stylesWithEffects.xml", "<w:b/>", '<w:b w:val="yes"/>')
    _bold_yes_said_and_written_as_0(runner, zhejiang, "word/stylesWithEffects.xml")


def test_the_places_of_a_bad_on_off_value_are_named_up_to_three_then_said_to_be_more(runner, zhejiang):
    """Three places are named, and 等 after them says there are more: four rows' 不允许跨页断行 name the first three."""
    zip_edit(zhejiang.folder / "form.docx", "word/document.xml", "<w:cantSplit/>", '<w:cantSplit w:val="2"/>', count=4)
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert ('word/document.xml 里的 <w:cantSplit w:val="2"/>（不允许跨页断行，“部门名称{{ unit }}”、“基本信息财政供养人员数{{ basic_…”、'
            '“预算整体情况部门预算支出预算金额(万元)…”等，共 4 处）') in result.output, result.output


@pytest.mark.parametrize("scripted, mend", [
    (True, "模板是 make_form_docx.py 写出的：请在脚本里把这个值改成 0，再运行 python "),
    (False, "请在 Word 里重设这一项后保存模板，或把这个值改成 0"),
])
def test_a_bad_on_off_value_is_mended_where_the_template_is_written(runner, zhejiang, scripted, mend):
    """A form.docx the make_form_docx.py beside it writes was told to be mended in Word: the script's next run
    wrote the slip again. It is told to mend the script and run it; a template of no script, to mend it in Word."""
    zip_edit(zhejiang.folder / "form.docx", "word/document.xml", "<w:tblHeader/>", '<w:tblHeader w:val="yes"/>')
    if not scripted:
        (zhejiang.folder / "make_form_docx.py").unlink()
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "[TEMPLATE-ON-OFF]" in line]
    assert len(said) == 1 and mend in said[0], result.output


@pytest.mark.parametrize("val, word", [(" 14 ", "Word 2010"), ("12", "Word 2007"), ("abc", None), ("", None)])
def test_a_compatibility_mode_is_read_as_written_and_one_that_is_no_number_is_not_guessed_at(tmp_path, val, word):
    """The mode as Word writes it, spaces around it left out (` 14 ` is 14), is said by the Word it names; one that
    is no number (`abc`, an empty value) is not guessed at, and the template is not warned about (an empty value is
    no template that names no mode, nor `abc` a traceback of int())."""
    from docx import Document
    from docx.oxml.ns import qn
    from generator.docx_compat_mode import warnings
    document = Document()  # python-docx's own template: compatibilityMode 14
    setting = next(element for element in document.settings.element.iter(qn("w:compatSetting"))
                   if element.get(qn("w:name")) == "compatibilityMode")
    setting.set(qn("w:val"), val)
    said = [p.message for p in warnings(tmp_path / "form.docx", document)]
    assert (said[0].startswith(f"模板是为 {word} 保存的（") if word else said == []) and len(said) == (1 if word else 0), said


_MODE_15 = r'(<w:compatSetting w:name="compatibilityMode" w:uri="[^"]*" w:val=")15("/>)'


@pytest.mark.parametrize("written, said", [
    (r"\g<1>14\2", "模板是为 Word 2010 保存的（settings.xml 里的兼容模式 compatibilityMode = 14）"),
    (r"\g<1>11\2", "模板是为 Word 2003 保存的（settings.xml 里的兼容模式 compatibilityMode = 11）"),
    ("", '模板的 settings.xml 里没有写兼容模式（compatibilityMode），Word 把它当作 Word 2007 的文件'),
    (r"\g<1>15\2", None), (r"\g<1>16\2", None), (r"\g<1>²\2", None), (r"\g<1>１４\2", None),
], ids=["2010", "2003", "none", "current", "later", "superscript", "full-width"])
def test_a_template_saved_for_an_older_word_is_said_once_and_left_as_it_is(runner, zhejiang, written, said):
    """A template of compatibility mode 14 (python-docx's own), 12, 11 or none was copied into every form, which Word
    opened with "[兼容模式]" in its title bar, unsaid. Its author is told once, for the two specs built; the forms keep
    the template's mode, the layout its author checked. A mode of other digits than 0-9 is no number Word reads, not
    guessed at: `²`, which str.isdigit takes and int() refuses, stopped build with a ValueError (exit 4)."""
    zip_edit(zhejiang.folder / "form.docx", "word/settings.xml", _MODE_15, written, regex=True)
    zhejiang.spec.with_name("second.yaml").write_text(zhejiang.spec.read_text(encoding="utf-8").replace(
        "unit: ", "unit: 第二"), encoding="utf-8")
    result = zhejiang.run(runner, "build", str(zhejiang.spec.parent))
    assert result.exit_code == 0, result.output
    warned = [line.split("[TEMPLATE-COMPAT-MODE] ")[1] for line in result.output.splitlines() if "COMPAT-MODE" in line]
    assert [line.split("：")[0] for line in warned] == ([said] if said else []), result.output
    if said:
        assert "Word 打开生成的每一份表，标题栏都显示“[兼容模式]”" in warned[0]
        assert "模板是 make_form_docx.py 写出的：请再运行 python " in warned[0]
    with zipfile.ZipFile(form := zhejiang.folder / "form.docx") as template:
        settings = template.read("word/settings.xml")
    for built in sorted(zhejiang.out.glob("*.docx")):
        with zipfile.ZipFile(built) as package:
            assert package.read("word/settings.xml") == settings, form


def test_a_template_of_no_script_saved_for_an_older_word_is_told_how_to_convert_it_in_word_and_libreoffice(
        runner, zhejiang):
    """文件 → 信息 → 转换 is Word's alone; LibreOffice saving the .docx keeps the mode it read (7.4: 14 stays 14),
    and writes 15 only for a document it saved as .odt first, so an author on LibreOffice is told that way."""
    zip_edit(zhejiang.folder / "form.docx", "word/settings.xml", _MODE_15, r"\g<1>12\2", regex=True)
    (zhejiang.folder / "make_form_docx.py").unlink()
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 0, result.output
    assert ("模板是为 Word 2007 保存的（settings.xml 里的兼容模式 compatibilityMode = 12）" in result.output
            and "请在 Word 里打开模板，点“文件 → 信息 → 转换”，核对表格的排版后保存（兼容模式写成 15）；用 LibreOffice 的，"
                "直接保存 .docx 仍是原来的兼容模式：请先“另存为”ODF 文本文档（.odt），再打开这个 .odt“另存为”Word 格式（.docx）"
            in result.output), result.output


@pytest.mark.parametrize("span", ["x", "²"], ids=["letter", "superscript"])
def test_a_word_cell_spanning_no_number_of_columns_is_a_cell_of_one(runner, zhejiang, span):
    """A w:gridSpan written in no digits 0-9 is read as a span of one, as python-docx's reading of it fails: the row
    is said a column short. `²`, a digit to str.isdigit that int() refuses, stopped build with a ValueError (exit 4)."""
    docx_edit(zhejiang.folder / "form.docx", '<w:gridSpan w:val="4"/>', f'<w:gridSpan w:val="{span}"/>')
    result = zhejiang.run(runner, "build", str(zhejiang.spec))
    assert result.exit_code == 2 and "第 1 张表第 1 行“部门名称 {{ unit }}”的格子占了 2 列（含合并的格子），这张表是 5 列" \
        in result.output, result.output


def test_the_list_notes_a_form_filled_once_per_project(runner, tmp_path):
    """Measured before: `copied\t天津市项目绩效目标表` with `per_project: true` as without it, the clerk choosing the form
    not told to write a spec per project; the shipped forms, once per unit and year, say nothing of it."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    copy_variant("tianjin", "copied", templates, schemas, tmp_path / "specs" / "a.yaml")
    profile = templates / "copied" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + "per_project: true\n", encoding="utf-8")
    result = runner.invoke(main, ["new", "--list", "--templates", str(templates), "--schemas", str(schemas)])
    assert result.exit_code == 0, result.output
    copied, *shipped = result.stdout.splitlines()
    assert copied == "copied\t天津市项目绩效目标表\t天津市\t每个项目各填一张（一个项目一份规格）", result.output
    assert len(shipped) == 5 and all(line.count("\t") == 2 for line in shipped), shipped
