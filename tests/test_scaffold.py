"""jixiao new: for every variant, a spec with every field and the empty frame that validates and builds."""
from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import threading
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.cli import main
from generator.editor_messages import with_field_messages
from generator.load import load
from generator.placeholder import PLACEHOLDER, unfilled
from generator.schema_store import SchemaStore
from generator.variants import Catalog

from .conftest import ROOT, installed_in_project_venv, locate

VARIANTS = Catalog().names()


@pytest.fixture(scope="module")
def scaffolds(tmp_path_factory):
    """One new spec per variant, written under a specs/ folder as a unit would."""
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("repo") / "specs"
    made = {}
    for name in VARIANTS:
        target = folder / f"{name}-新单位-2025.yaml"
        result = CliRunner().invoke(main, ["new", "--form", name, "--unit", "新单位", "--year", "2025", "-o", str(target)])
        assert result.exit_code == 0, result.output
        made[name] = target
    return made


@pytest.mark.parametrize("name", VARIANTS)
def test_a_new_spec_validates_builds_and_is_in_canonical_form(runner, scaffolds, name, tmp_path):
    path = str(scaffolds[name])
    result = runner.invoke(main, ["validate", path])
    assert result.exit_code == 0, result.output  # warnings would be fine, errors are not
    assert "警告[UNFILLED] 还有" in result.output  # validate said "没有发现问题" on a spec full of （请填写）
    result = runner.invoke(main, ["build", path, "--out", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("*.docx"))) == 1 and len(list(tmp_path.glob("*.html"))) == 1
    assert runner.invoke(main, ["fmt", "--check", path]).exit_code == 0
    count = scaffolds[name].read_text(encoding="utf-8").count(PLACEHOLDER)
    first = next(n for n, line in enumerate(scaffolds[name].read_text(encoding="utf-8").splitlines(), 1)
                 if PLACEHOLDER in line and not line.lstrip().startswith("#"))
    assert re.search(rf"{re.escape(path)}:{first}:\d+: 警告\[UNFILLED\] 还有 {count} 处写着“（请填写）”（第一处：",
                     result.output), result.output


@pytest.mark.parametrize("today, filled", [(datetime.date(2025, 3, 2), "2025年3月2日"),
                                           (datetime.date(2024, 11, 30), "2024年11月30日"),
                                           (datetime.date(2026, 12, 1), PLACEHOLDER)])
def test_a_new_spec_dates_the_form_today_or_leaves_it_to_fill_never_a_made_up_day(today, filled):
    """填表日期 is today when today can be one (the budget year or the year before); otherwise it is
    left to fill in, which validate accepts and lint lists, rather than a date nobody chose."""
    from generator.scaffold import scaffold

    catalog = Catalog()
    store = SchemaStore(*catalog.roots.schema_folders)
    dated = [name for name in VARIANTS if "/$defs/date_text" in store.texts[f"{name}.schema.json"]]
    assert dated  # some form has a date field, so this tests something
    for name in dated:
        text = scaffold(store, catalog.get(name), "新单位", 2025, today=today)
        assert re.search(rf"filled_date: {re.escape(filled)}\n", text), text
        assert not re.search(r"\d{4}年12月31日", text)


def test_a_filled_in_spec_builds_without_the_unfilled_warning(runner, tmp_path):
    result = runner.invoke(main, ["build", str(ROOT / "specs"), "--out", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 0 and "UNFILLED" not in result.output


@given(st.sampled_from(["（请填写）", "(请填写)", "请填写", "（请填写)"]), st.text(" \t\u3000", max_size=3),
       st.text(" \t\u3000\n", max_size=3))
def test_the_placeholder_is_recognised_however_it_is_spaced(placeholder, before, after):
    assert unfilled(before + placeholder + after)


@given(st.text(max_size=12))
def test_text_around_the_placeholder_is_filled_in(text):
    assert not unfilled(f"{text}请填写说明") and not unfilled(f"已填写{text}")
    assert not unfilled(text) or "请填写" in text


def test_outside_jixiao_a_new_spec_names_a_schema_copy_the_project_can_commit(runner, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()  # a unit's own repository, with jixiao installed elsewhere
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025",
                                  "-o", "specs/guangzhou-新单位-2025.yaml"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("已写入 schema/guangzhou.schema.json")
    spec = tmp_path / "specs" / "guangzhou-新单位-2025.yaml"
    assert spec.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/guangzhou.schema.json\n")
    copy = json.loads((tmp_path / "schema" / "guangzhou.schema.json").read_text(encoding="utf-8"))
    refs = re.findall(r'"\$ref": "([^"]*)"', json.dumps(copy))
    assert all(ref.startswith("#") for ref in refs) and "defs.schema.json" not in json.dumps(copy)  # nothing to fetch
    assert not list(jsonschema.Draft202012Validator(copy).iter_errors(load(spec).data))
    again = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "另一单位", "--year", "2025",
                                 "-o", "specs/guangzhou-另一单位-2025.yaml"])
    assert again.exit_code == 0 and "已写入" not in again.output  # an up-to-date copy is left alone


def test_outside_any_project_a_new_specs_schema_copy_goes_beside_it(runner, tmp_path, monkeypatch):
    """`new -o` a spec in another folder wrote schema/ into the current folder, the spec naming `../here/schema/…`."""
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    spec = tmp_path / "elsewhere" / "gz.yaml"
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", str(spec)])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "here" / "schema").exists()
    assert spec.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=schema/guangzhou.schema.json\n")
    assert (tmp_path / "elsewhere" / "schema" / "guangzhou.schema.json").is_file()


@pytest.mark.parametrize("name", VARIANTS)
def test_a_new_spec_names_its_schema_first_and_comments_every_field(scaffolds, name):
    path = scaffolds[name]
    lines = path.read_text(encoding="utf-8").splitlines()
    schema = re.fullmatch(r"# yaml-language-server: \$schema=(.+)", lines[0]).group(1)
    # under specs/ of a folder that is no project of jixiao's: the form's schema copy beside specs/ (project_root)
    assert (path.parent / schema).resolve() == (path.parent.parent / "schema" / f"{name}.schema.json").resolve()
    assert (path.parent / schema).is_file()
    store, data = SchemaStore(ROOT / "schema"), load(path).data
    assert (data["form"], data["unit"], data["year"]) == (name, "新单位", 2025)
    top = store.resolve(store.schema(f"{name}.schema.json"), f"{name}.schema.json")[0]
    assert list(data) == list(top["properties"])  # every field, in the schema's order
    for key in top["properties"]:
        index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        title = store.chain(f"{name}.schema.json", (key,))[-1][1]["title"]
        assert lines[index - 1].startswith("# ") and title.split("（")[0] in lines[index - 1], (key, lines[index - 1])


@pytest.mark.parametrize("name", VARIANTS)
def test_a_new_specs_amount_comments_say_what_c12_asks(scaffolds, name, runner):
    """Each amount's comment said “表上留空的写 null” though a budget left all null is lint's C12 error, which asks
    “没有的写 0.00”: a new spec's comments and the error it gets told two ways of writing a zero. An amount the unit has
    none of is 0.00; null is only for what the form leaves blank (Hengyang's 政府性基金拨款: `没有就写 null`)."""
    lines = scaffolds[name].read_text(encoding="utf-8").splitlines()
    amounts = [lines[i - 1] for i, line in enumerate(lines) if line.endswith(": null") and "万元" in lines[i - 1]]
    assert amounts and not any("表上留空的写" in comment for comment in amounts)
    assert all(re.search(r"没有\w*的写 0\.00|没有就写 null", comment) for comment in amounts), amounts
    told = runner.invoke(main, ["lint", str(scaffolds[name]), "--format", "json"]).output
    assert "C12" in told and "没有的写 0.00" in told


@pytest.mark.parametrize("name", VARIANTS)
def test_a_new_spec_holds_the_empty_indicator_frame(scaffolds, name):
    from generator import datapath

    variant, data = Catalog().get(name), load(scaffolds[name]).data
    for table in variant.indicator_tables:
        frame = variant.frames[table["frame"]]
        open_ended = {entry["level1"] for entry in frame if entry.get("free") or not entry.get("level2")}
        expected = [(entry["level1"], level2) for entry in frame
                    for level2 in ([None] if entry["level1"] in open_ended else entry["level2"])]
        for _, rows in datapath.find(data, table["path"]):
            got = [(row["level1"], None if row["level1"] in open_ended else row["level2"]) for row in rows]
            assert got == expected
            assert all(row["name"] in ("", "（请填写）") for row in rows)


def test_a_new_spec_leaves_no_indicator_name_blank_but_where_the_row_goes_without(runner, tmp_path):
    """衡阳's project rows were written name: "" (its field takes "" for the 满意度 row), department rows “（请填写）”:
    an unfilled project 三级指标 passed validate and printed blank."""
    target = tmp_path / "new.yaml"
    result = runner.invoke(main, ["new", "--form", "hengyang", "--unit", "新单位", "--year", "2025", "-o", str(target)])
    assert result.exit_code == 0, result.output
    rows = [row for project in load(target).data["projects"] for row in project["indicators"]]
    assert [row["name"] for row in rows if row["level2"] != "社会公众或服务对象满意度指标"] == ["（请填写）"] * (len(rows) - 1)
    assert [row["name"] for row in rows if row["level2"] == "社会公众或服务对象满意度指标"] == [""]


@pytest.mark.parametrize("name", VARIANTS)
def test_a_new_spec_leaves_every_code_to_fill_never_a_made_up_one(scaffolds, name):
    """A digits-only code written as "0" passed validate, lint and build: a form went out with unit code 0."""
    from generator.load import iter_strings

    made_up = [path for path, text in iter_strings(load(scaffolds[name]).data) if text.strip() == "0"]
    assert made_up == []


def test_new_prints_to_the_screen_without_o_and_lists_variants(runner):
    result = runner.invoke(main, ["new", "--form", VARIANTS[0], "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 0 and result.output.startswith("# yaml-language-server: $schema=")
    listed = runner.invoke(main, ["new", "--list"]).output.splitlines()
    assert [line.split("\t")[0] for line in listed] == VARIANTS
    assert all(line.split("\t")[1:] == [Catalog().get(line.split("\t")[0]).profile[key] for key in ("name", "region")]
               for line in listed)


def test_new_lists_every_form_and_a_broken_one_with_its_located_problem(runner, tmp_path, monkeypatch):
    """A unit's form copied from a built-in one, its schema still naming the other form: --list printed
    the forms before it and stopped with the error, so the forms after it were not listed."""
    forms = tmp_path / "forms"
    shutil.copytree(ROOT / "templates" / VARIANTS[-1], forms / "templates" / "aaa-moushi")
    (forms / "schema").mkdir()
    shutil.copy(ROOT / "schema" / f"{VARIANTS[-1]}.schema.json", forms / "schema" / "aaa-moushi.schema.json")
    shutil.copytree(ROOT / "templates" / VARIANTS[-1], forms / "templates" / "no-schema")
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", "--list"])
    assert result.exit_code == 2
    listed = dict(line.split("\t")[:2] for line in result.stdout.splitlines())
    assert sorted(listed) == sorted([*VARIANTS, "aaa-moushi", "no-schema"])
    assert all(listed[name] == Catalog().get(name).profile["name"] for name in VARIANTS)
    text = (forms / "schema" / "aaa-moushi.schema.json").read_text(encoding="utf-8")
    line, column = locate(text, '"form": {')
    named = str(Path("forms", "schema", "aaa-moushi.schema.json"))  # from the current folder, as it lies under it
    first = re.match(rf"表样有误：{re.escape(named)}:(\d+):{column + 2}: form（表样）的", listed["aaa-moushi"])
    assert first and int(first[1]) > line and f"“{VARIANTS[-1]}”" in listed["aaa-moushi"], listed["aaa-moushi"]
    assert listed["no-schema"].startswith("表样有误：") and "没有 schema" in listed["no-schema"]
    assert "2 个表样有误" in result.stderr


def test_new_refuses_bad_requests(runner, tmp_path):
    existing = tmp_path / "x.yaml"
    existing.write_text("keep", encoding="utf-8")
    result = runner.invoke(main, ["new", "--form", VARIANTS[0], "--unit", "u", "--year", "2025", "-o", str(existing)])
    assert result.exit_code == 1 and existing.read_text(encoding="utf-8") == "keep"
    assert f"{existing} 已存在；换一个文件名，或加 --force 覆盖（其中已填的内容会全部丢失，换成空白的规格）" in result.output
    assert runner.invoke(main, ["new", "--form", "nowhere", "--unit", "u", "--year", "2025"]).exit_code == 2
    result = runner.invoke(main, ["new", "--form", VARIANTS[0]])
    assert result.exit_code == 2 and "--unit" in result.output and "--year" in result.output


@pytest.mark.parametrize("source", [False, True], ids=["form", "from"])
def test_a_unit_typed_in_another_encoding_than_the_systems_is_a_usage_error(runner, tmp_path, source):
    """GBK bytes typed where the system reads UTF-8 arrive as lone surrogates, which no spec can hold:
    writing them was an internal error (exit 4)."""
    unit = os.fsdecode("某单位".encode("gbk"))
    args = ["--from", str(ROOT / "specs" / "guangzhou-tailian-2023.yaml")] if source else ["--form", VARIANTS[0]]
    result = runner.invoke(main, ["new", *args, "--unit", unit, "--year", "2025", "-o", f"{tmp_path}/"])
    assert result.exit_code == 2 and "“--unit”的取值无效：有读不出的字符" in result.output, result.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("unit", ["", "   ", "\u3000"], ids=["empty", "blanks", "ideographic-space"])
@pytest.mark.parametrize("source", [False, True], ids=["form", "from"])
def test_an_empty_unit_is_a_usage_error_not_a_spec_for_no_unit(runner, tmp_path, unit, source):
    """`new --unit ""` wrote specs/spec-2025.yaml with `unit: ""`: a file named for no unit, a form printing none."""
    args = ["--from", str(ROOT / "specs" / "guangzhou-tailian-2023.yaml")] if source else ["--form", VARIANTS[0]]
    result = runner.invoke(main, ["new", *args, "--unit", unit, "--year", "2025", "-o", f"{tmp_path}/"])
    assert result.exit_code == 2 and "“--unit”的取值无效：单位名称是空的；请写出单位的全称" in result.output, result.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("source", [False, True], ids=["form", "from"])
def test_blanks_around_a_unit_pasted_from_word_are_not_written(runner, tmp_path, source):
    """`--unit "　某单位"` (a full-width space pasted from Word) wrote `unit: "　某单位"`, printed on the form and
    warned of (TEXT-INVISIBLE) in the spec new had just written; the file name dropped it already."""
    args = ["--from", str(ROOT / "specs" / "guangzhou-tailian-2023.yaml")] if source else ["--form", VARIANTS[0]]
    result = runner.invoke(main, ["new", *args, "--unit", "\u3000某单位\u00a0 ", "--year", "2025", "-o", f"{tmp_path}/"])
    assert result.exit_code == 0, result.output
    [written] = tmp_path.glob("*.yaml")
    assert written.name == "某单位-2025.yaml"
    assert load(written).data["unit"] == "某单位"


def test_new_does_not_write_a_second_spec_of_the_form_for_the_unit_and_year(runner, tmp_path):
    """`-o specs/` names the spec 单位-年度.yaml, so one of the same form, unit and year under another name was
    no obstacle and `jixiao build` then wrote two tables of one name; the other spec is named instead."""
    first = tmp_path / "我的草稿.yaml"
    args = ["new", "--form", VARIANTS[0], "--unit", "某单位", "--year", "2025"]
    assert runner.invoke(main, [*args, "-o", str(first)]).exit_code == 0
    result = runner.invoke(main, [*args, "-o", str(tmp_path) + "/"])
    assert result.exit_code == 1 and f"{first} 已是某单位 2025 年度的规格（表样 {VARIANTS[0]}）" in result.output, result.output
    # said alike when refused and when told, naming the spec that keeps the plain name as validate does
    why = "（那一份不计扩展名的文件名较短）"
    same = f"jixiao build 为它们生成的表同名，原名留给 {first}{why}，{tmp_path / '某单位-2025.yaml'} 写成“…（某单位-2025）”，不论哪一份先生成"
    assert same in result.output and "用 -o 写明文件名或加 --force" in result.output, result.output
    assert [p.name for p in tmp_path.glob("*.yaml")] == [first.name]
    other = runner.invoke(main, ["new", "--form", VARIANTS[1], *args[3:], "-o", str(tmp_path) + "/"])
    assert other.exit_code == 0, other.output  # another form of the unit's is no namesake
    chosen = runner.invoke(main, [*args, "-o", str(tmp_path / "第二稿.yaml")])  # a file named: written, and told
    assert chosen.exit_code == 0 and f"注意：{first} 也是某单位 2025 年度的规格" in chosen.output, chosen.output
    assert f"原名留给 {tmp_path / '第二稿.yaml'}{why}，{first} 写成“…（我的草稿）”" in chosen.output, chosen.output


def test_new_names_the_spec_keeping_the_plain_name_as_validate_does(runner, tmp_path):
    """`new` said a rule of its own, the spec with the longer file name written as `…-2`: beside `某单位-2025.yml` that
    was the new `某单位-2025.yaml`, which validate's SPEC-NAME-TAKEN (and build) give the plain name, by file name."""
    args = ["new", "--form", VARIANTS[0], "--unit", "某单位", "--year", "2025"]
    other, new = tmp_path / "某单位-2025.yml", tmp_path / "某单位-2025.yaml"
    assert runner.invoke(main, [*args, "-o", str(other)]).exit_code == 0
    result = runner.invoke(main, [*args, "-o", str(tmp_path) + "/", "--force"])
    assert result.exit_code == 0 and new.is_file(), result.output
    why = "那一份的文件名排在前面"
    assert f"原名留给 {new}（{why}），{other} 写成“…（某单位-2025）”" in result.output, result.output
    validated = runner.invoke(main, ["validate", str(tmp_path)])
    assert f"{other}:" in validated.output and f"与 {new} 的一样" in validated.output and why in validated.output


@pytest.mark.parametrize("encoding, named", [("utf-8-sig", True), ("gbk", False)], ids=["bom", "gbk"])
def test_a_namesake_is_a_spec_that_loads_however_it_was_saved(runner, tmp_path, encoding, named):
    """`new` looks for the unit's name in a file's bytes before parsing it (it parsed every spec in the folder):
    one saved with a BOM loads and is still found; one in GBK loads as nothing (validate reports its encoding)."""
    args = ["new", "--form", VARIANTS[0], "--unit", "某单位", "--year", "2025"]
    draft = tmp_path / "草稿.yaml"
    assert runner.invoke(main, [*args, "-o", str(draft)]).exit_code == 0
    draft.write_bytes(draft.read_text(encoding="utf-8").encode(encoding))
    result = runner.invoke(main, [*args, "-o", str(tmp_path) + "/"])
    assert result.exit_code == (1 if named else 0) and (f"{draft} 已是某单位" in result.output) == named, result.output


@pytest.mark.parametrize("given", ["specs/", "specs", "specs/2025 年"])
def test_new_into_a_folder_names_the_spec_from_unit_and_year(runner, tmp_path, monkeypatch, given):
    """`-o specs/` for a folder not made yet wrote a file named "specs", with no .yaml that build would find."""
    monkeypatch.chdir(tmp_path)
    if given == "specs":
        (tmp_path / "specs").mkdir()
    result = runner.invoke(main, ["new", "--form", VARIANTS[0], "--unit", "新/单位", "--year", "2025", "-o", given])
    spec = tmp_path / given / "新_单位-2025.yaml"
    assert result.exit_code == 0 and spec.is_file(), result.output
    assert runner.invoke(main, ["validate", str(spec)]).exit_code == 0
    shown = f'"{Path(given) / spec.name}"' if " " in given else str(Path(given) / spec.name)
    assert result.output.rstrip().endswith(f"填写后运行 jixiao validate {shown}")


def _schema_line_warnings(runner, spec: Path) -> list[str]:
    result = runner.invoke(main, ["validate", str(spec)])
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if "[SCHEMA-LINE]" in line]


def test_a_schema_line_that_no_longer_fits_is_named_with_the_line_to_write(runner, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()  # a unit's own repository, with jixiao installed elsewhere
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    spec = tmp_path / "specs" / "gz.yaml"
    assert _schema_line_warnings(runner, spec) == []

    moved = tmp_path / "specs" / "2025 年" / "gz.yaml"  # a copy in a subfolder keeps a line that points nowhere
    moved.parent.mkdir()
    moved.write_text(spec.read_text(encoding="utf-8"), encoding="utf-8")
    [warning] = _schema_line_warnings(runner, moved)
    assert warning.startswith(f"{moved}:1:33: 警告[SCHEMA-LINE] 第一行的 schema“../schema/guangzhou.schema.json”指向的文件不存在")
    assert warning.endswith("请把这一行改成 # yaml-language-server: $schema=../../schema/guangzhou.schema.json")

    other = spec.read_text(encoding="utf-8").replace("guangzhou.schema.json", "tianjin.schema.json", 1)
    (tmp_path / "schema" / "tianjin.schema.json").write_text("{}", encoding="utf-8")
    spec.write_text(other, encoding="utf-8")
    [warning] = _schema_line_warnings(runner, spec)
    assert "指向的是另一个表样的 schema，而本文件的表样是 guangzhou" in warning
    assert warning.endswith("若本文件填的是表样 tianjin 的表，则是 form 写错了，请把 form 改为它")  # which is wrong is unknown

    spec.write_text(other.replace("tianjin.schema.json", "guangzhou.schema.json", 1), encoding="utf-8")
    copy = tmp_path / "schema" / "guangzhou.schema.json"
    copy.write_text(copy.read_text(encoding="utf-8").replace("产出指标", "投入指标"), encoding="utf-8")  # jixiao upgraded
    [warning] = _schema_line_warnings(runner, spec)
    assert warning.endswith("请运行 jixiao schema guangzhou -o schema/guangzhou.schema.json 更新它")
    assert runner.invoke(main, ["schema", "guangzhou", "-o", "schema/guangzhou.schema.json"]).exit_code == 0
    assert _schema_line_warnings(runner, spec) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_spec_piped_in_has_no_folder_to_check_its_schema_line_against(runner, tmp_path):
    """`jixiao validate <(git show HEAD:spec.yaml)` reads /dev/fd/N: ../schema/ from /dev/fd is not a fault. The pipe
    is named as that one is, without a spec's suffix: a pipe named `x.yaml` is said unreadable unopened (spec_files)."""
    pipe = tmp_path / "63"
    os.mkfifo(pipe)
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_bytes()
    writer = threading.Thread(target=pipe.write_bytes, args=(text,))
    writer.start()
    assert _schema_line_warnings(runner, pipe) == []
    writer.join(30)


def test_a_schema_path_with_spaces_is_written_so_the_editor_reads_all_of_it(tmp_path):
    from generator.schema_line import modeline

    line = modeline(tmp_path / "表 样" / "x.schema.json", tmp_path / "specs" / "a.yaml")
    assert line == "# yaml-language-server: $schema=../表%20样/x.schema.json\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_a_schema_copy_written_by_powershell_is_the_copy_it_asked_for(runner, tmp_path, monkeypatch, encoding):
    """PowerShell 5.1's `>` writes UTF-16, `Out-File -Encoding utf8` a BOM, both with CRLF: SCHEMA-LINE
    compared text, so such a copy was "outdated" and kept asking for the `>` just run; and `jixiao new -o`
    stopped with an internal error reading it. The editor cannot read either (yaml-language-server:
    "Problem reading content"), so SCHEMA-LINE says so, and asks for `-o`, which writes plain UTF-8."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    copy = tmp_path / "schema" / "guangzhou.schema.json"
    copy.write_bytes(copy.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    [warning] = _schema_line_warnings(runner, tmp_path / "specs" / "gz.yaml")
    assert "内容是对的" in warning and "编辑器读不了它" in warning and "schema guangzhou -o schema/guangzhou.schema.json" in warning
    assert runner.invoke(main, ["schema", "guangzhou", "-o", "schema/guangzhou.schema.json"]).exit_code == 0
    assert _schema_line_warnings(runner, tmp_path / "specs" / "gz.yaml") == []
    copy.write_bytes(copy.read_text(encoding="utf-8").replace("\n", "\r\n").encode(encoding))
    again = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/b.yaml"])
    assert again.exit_code == 0, again.output
    assert copy.read_bytes() == runner.invoke(main, ["schema", "guangzhou"]).output.encode("utf-8")  # made plain UTF-8


def test_specs_naming_a_schema_copy_have_it_compared_with_one_bundle_per_run(runner, tmp_path, monkeypatch):
    """SCHEMA-LINE rebuilt the form's bundle for every spec that names the copy: a second per hundred specs."""
    from generator import bundle

    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b", "c"):
        runner.invoke(main, ["new", "--form", "guangzhou", "--unit", f"单位{name}", "--year", "2025", "-o", f"specs/{name}.yaml"])
    made = []
    monkeypatch.setattr(bundle, "with_field_messages", lambda *args: made.append(args) or with_field_messages(*args))
    result = runner.invoke(main, ["validate", "specs"])
    assert result.exit_code == 0 and "SCHEMA-LINE" not in result.output, result.output
    assert len(made) == 1


def test_a_right_schema_line_whose_copy_is_missing_asks_only_for_the_copy(runner, tmp_path, monkeypatch):
    """A spec committed without its schema copy was told to change its first line into itself."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    (tmp_path / "schema" / "guangzhou.schema.json").unlink()
    [warning] = _schema_line_warnings(runner, tmp_path / "specs" / "gz.yaml")
    assert "请把这一行改成" not in warning, warning
    assert warning.endswith("“../schema/guangzhou.schema.json”指向的文件不存在，编辑器不会有补全和中文说明；"
                            "请运行 jixiao schema guangzhou -o schema/guangzhou.schema.json 写出这个 schema")
    runner.invoke(main, ["schema", "guangzhou", "-o", "schema/guangzhou.schema.json"])
    assert _schema_line_warnings(runner, tmp_path / "specs" / "gz.yaml") == []


def _unit_with_own_form(project: Path, schemas: str) -> None:
    """A unit's repository whose jixiao.yaml adds its own form `moushi`, a copy of guangzhou whose schema
    refers to jixiao's shared definitions (which stay where jixiao is installed)."""
    (project / ".git").mkdir()
    shutil.copytree(ROOT / "templates" / "guangzhou", project / "forms" / "templates" / "moushi")
    (project / schemas).mkdir(parents=True, exist_ok=True)
    schema = (ROOT / "schema" / "guangzhou.schema.json").read_text(encoding="utf-8")
    (project / schemas / "moushi.schema.json").write_text(schema.replace("guangzhou", "moushi"), encoding="utf-8")
    (project / "jixiao.yaml").write_text(f"templates: forms/templates\nschemas: {schemas}\n", encoding="utf-8")


def test_a_place_two_forms_begin_with_guesses_neither(runner, tmp_path, monkeypatch):
    """`moushi`, the unit's copy of guangzhou, keeps its Chinese name: 广州, that name and its beginning name two
    forms, so neither is taken or guessed, and the two are named."""
    _unit_with_own_form(tmp_path, "forms/schema")
    monkeypatch.chdir(tmp_path)
    title = Catalog().get("guangzhou").profile["name"]
    for typed in ("广州", "广州市部门整体"):
        result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
        assert result.exit_code == 2 and f"“{typed}”可以指 guangzhou（{title}）、moushi（{title}），" \
                                         "请写出其中一个的文件夹名；可用的表样：" in result.output, result.output
    typed = "广州市部门整体预算绩效目标申报表"  # the whole name: the forms that share it are said
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 2 and f"表样 guangzhou、moushi 的名称（profile.yaml 的 name）都是“{typed}”，" \
                                     f"写这个名称分不清是哪一个；" in result.output, result.output


def test_a_schema_line_naming_the_forms_schema_where_no_colleague_finds_it_is_named(runner, tmp_path, monkeypatch):
    """A first line naming the form's schema in site-packages or another checkout, or a project's own
    schema whose shared definitions are not beside it, passed: validate only asked whether the file
    was the form's schema."""
    _unit_with_own_form(tmp_path, "forms/schema")
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    spec = tmp_path / "specs" / "gz.yaml"
    right = spec.read_text(encoding="utf-8")
    installed = os.path.relpath(ROOT / "schema" / "guangzhou.schema.json", spec.parent).replace(os.sep, "/")
    spec.write_text(right.replace("../schema/guangzhou.schema.json", installed, 1), encoding="utf-8")
    [warning] = _schema_line_warnings(runner, spec)
    assert f"第一行的 schema“{installed}”是本项目之外的文件，在同事的电脑上（或重装 jixiao 后）没有这个路径；" \
           "请把这一行改成 # yaml-language-server: $schema=../schema/guangzhou.schema.json" in warning, warning

    moushi = tmp_path / "specs" / "moushi.yaml"
    moushi.write_text(right.replace("form: guangzhou", "form: moushi").replace(
        "../schema/guangzhou.schema.json", "../forms/schema/moushi.schema.json", 1), encoding="utf-8")
    [warning] = _schema_line_warnings(runner, moushi)
    assert warning.endswith("”引用的 defs.schema.json 不在它旁边，编辑器读不到其中的定义；"
                            "请把这一行改成 # yaml-language-server: $schema=../schema/moushi.schema.json，"
                            "并运行 jixiao schema moushi -o schema/moushi.schema.json 写出这个 schema"), warning
    shutil.copy(ROOT / "schema" / "defs.schema.json", tmp_path / "forms" / "schema")
    assert _schema_line_warnings(runner, moushi) == []  # the definitions beside it: the editor finds them


def test_an_editor_copy_never_overwrites_a_forms_schema(runner, tmp_path, monkeypatch):
    """With `schemas: schema` (jixiao's own layout) `new` wrote the editor copy over the unit's
    hand-written schema, shared definitions frozen inside, and a copy of jixiao's guangzhou there
    would have taken that form's place."""
    _unit_with_own_form(tmp_path, "schema")
    monkeypatch.chdir(tmp_path)
    own = tmp_path / "schema" / "moushi.schema.json"
    hand_written = own.read_bytes()
    refusal = ("jixiao.yaml:2:10: {}schema 是表样的 schema 文件夹（jixiao.yaml 的 schemas: 或 --schemas），"
               "编辑器用的 schema 副本 schema/{}.schema.json 不能写在那里")
    coded = "错误[SCHEMA-COPY-FOLDER] "  # a line of its own, as jixiao.yaml's other problems: it was `错误：jixiao.yaml:2:10: …`
    for form in ("moushi", "guangzhou"):
        result = runner.invoke(main, ["new", "--form", form, "--unit", "新单位", "--year", "2025", "-o", "specs/a.yaml"])
        assert result.exit_code == 2 and result.output.startswith(refusal.format(coded, form)), result.output
        assert "表样的 schema 和编辑器用的副本要放在不同的文件夹" in result.output
        assert not (tmp_path / "specs" / "a.yaml").exists()
    result = runner.invoke(main, ["schema", "moushi", "-o", "schema/moushi.schema.json"])
    assert result.exit_code == 2 and result.output.startswith(refusal.format(coded, "moushi")), result.output
    assert own.read_bytes() == hand_written and not (tmp_path / "schema" / "guangzhou.schema.json").exists()

    spec = tmp_path / "specs" / "moushi.yaml"
    spec.parent.mkdir()
    spec.write_text((ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8").replace(
        "form: guangzhou", "form: moushi").replace("guangzhou.schema.json", "moushi.schema.json", 1), encoding="utf-8")
    [warning] = _schema_line_warnings(runner, spec)
    assert "引用的 defs.schema.json 不在它旁边" in warning and refusal.format("", "moushi") in warning, warning


def test_new_on_the_screen_names_what_o_would_and_says_how_to_write_the_copy(runner, tmp_path, monkeypatch):
    """`jixiao new … > specs/a.yaml` named the schema where jixiao is installed (committed, it means
    nothing on a colleague's machine), or a project's own schema without its shared definitions."""
    _unit_with_own_form(tmp_path, "forms/schema")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    for form in ("guangzhou", "moushi"):
        result = runner.invoke(main, ["new", "--form", form, "--unit", "新单位", "--year", "2025"])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"# yaml-language-server: $schema=../schema/{form}.schema.json\n")
        assert result.stderr.endswith(f"请运行 jixiao schema {form} -o schema/{form}.schema.json 写出它"
                                      "（用 -o 写出规格时 jixiao new 会一并写出）\n"), result.stderr
        assert not (tmp_path / "schema" / f"{form}.schema.json").exists()  # printing writes no file
        (tmp_path / "specs" / f"{form}.yaml").write_text(result.stdout, encoding="utf-8")
        [warning] = _schema_line_warnings(runner, tmp_path / "specs" / f"{form}.yaml")  # the same advice
        assert warning.endswith(f"请运行 jixiao schema {form} -o schema/{form}.schema.json 写出这个 schema"), warning
        assert runner.invoke(main, ["schema", form, "-o", f"schema/{form}.schema.json"]).exit_code == 0
        assert _schema_line_warnings(runner, tmp_path / "specs" / f"{form}.yaml") == []
        again = runner.invoke(main, ["new", "--form", form, "--unit", "新单位", "--year", "2025"])
        assert again.stdout == result.stdout and again.stderr == ""


@pytest.mark.parametrize("typed", ["Zhanjiang", "zhanjiang ", " Zhanjiang"])
def test_a_form_name_in_another_case_is_taken(runner, tmp_path, typed):
    """`--form Zhanjiang` was refused as no form; on the command line the name is read as meant. `"zhanjiang "` was
    refused with 是否想写 zhanjiang, which looks the same."""
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025", "-o", str(tmp_path / "a.yaml")])
    assert result.exit_code == 0, result.output
    assert load(tmp_path / "a.yaml").data["form"] == "zhanjiang"


def test_schema_takes_a_form_name_in_another_case_as_new_and_import_do(runner):
    """`jixiao schema Guangzhou` was refused as no form while `new --form Guangzhou` wrote a spec."""
    result = runner.invoke(main, ["schema", "Guangzhou"])
    assert result.exit_code == 0, result.output
    assert result.stdout == runner.invoke(main, ["schema", "guangzhou"]).stdout


@pytest.mark.parametrize("form", ["guangzhou", "tianjin"])
def test_new_takes_a_forms_chinese_name_copied_from_its_list(runner, tmp_path, form):
    """`new --list` shows each form's Chinese name beside its folder; pasted into --form (spaces around it too) it
    names one form as surely as the folder does, and was refused with 是否想写 that form."""
    title = Catalog().get(form).profile["name"]
    target = tmp_path / "s.yaml"
    result = runner.invoke(main, ["new", "--form", f"{title} ", "--unit", "新单位", "--year", "2025", "-o", str(target)])
    assert result.exit_code == 0 and f"（表样 {form}）" in result.output, result.output
    assert f"form: {form}\n" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("typed, form", [
    ("湛江", "zhanjiang"), ("湛江市", "zhanjiang"), ("广州", "guangzhou"), ("广州市", "guangzhou"), ("天津", "tianjin"),
    ("江苏省", "jiangsu"), (" 衡阳 ", "hengyang"),
    ("广州市部门整体", "guangzhou"), ("湛江市级", "zhanjiang"), ("江苏省省级部门", "jiangsu"),
    # The province before the place, as an address is written, and spaces typed between the words.
    ("广东省广州市", "guangzhou"), ("广东湛江", "zhanjiang"), ("湖南省 衡阳市", "hengyang"), ("衡 阳", "hengyang"),
    ("天\u3000津", "tianjin"), ("guang zhou", "guangzhou"),
    ("广东省广州市部门整体", "guangzhou"), ("广东省湛江市级", "zhanjiang"),  # the province before the name's beginning
])
def test_new_takes_the_place_or_beginning_only_one_forms_name_has(runner, tmp_path, typed, form):
    """`--form 广州` (the place the form's Chinese name begins with, as profile.yaml writes it) was refused with
    是否想写 guangzhou: it names that one form, and is taken, saying which form it was taken for. `广东省广州市` and
    `衡 阳` were refused with 没有哪个表样的中文名称以…开头."""
    title = Catalog().get(form).profile["name"]
    target = tmp_path / "s.yaml"
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"“{typed.strip()}”取作表样 {form}（{title}）\n", result.stderr
    assert f"form: {form}\n" in target.read_text(encoding="utf-8")
    printed = runner.invoke(main, ["schema", typed])
    assert printed.exit_code == 0 and printed.stdout == runner.invoke(main, ["schema", form]).stdout


@pytest.mark.parametrize("typed, form", [
    ("zhangjiang", "zhanjiang"), ("guangzhuo", "guangzhou"), ("jiangshu", "jiangsu"), ("tianjim", "tianjin"),
    # A name half remembered, beginning with the place only one form's name begins with: was guessed as none.
    ("湛江市部门整体预算绩效目标表", "zhanjiang"), ("天津市项目绩效目标申报表", "tianjin"), ("江苏部门", "jiangsu"),
])
def test_a_wrong_form_name_is_told_the_form_it_is_close_to(runner, typed, form):
    """A letter's slip, or a name half remembered, was answered with the folder names alone."""
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
    title = Catalog().get(form).profile["name"]
    assert result.exit_code == 2
    assert f"表样“{typed}”不存在；是否想写 {form}（{title}）？可用的表样：" in result.output
    assert f"{form}（{title}）" in result.output.split("可用的表样：")[1]


@pytest.mark.parametrize("typed", [
    "xyz", "市", "部门",  # several forms' names hold 部门
    # Another place: was guessed as the form whose folder name shares letters with it.
    "hangzhou", "changzhou", "zhengzhou", "quanzhou", "zhenjiang", "jiangxi", "jiangmen", "tianshui", "jiangyin",
    # A piece of one form's Chinese name that is not its place: was guessed as that form.
    "支出", "市级", "省级",
])
def test_a_form_name_close_to_none_or_to_several_guesses_nothing(runner, typed):
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
    said = f"没有哪个表样的中文名称以“{typed}”开头" if re.search("[\u4e00-\u9fff]", typed) else f"表样“{typed}”不存在"
    assert result.exit_code == 2 and f"{said}" in result.output and "；可用的表样：" in result.output


@pytest.mark.parametrize("typed, form, more", [("广", "guangzhou", "，zhanjiang（湛江市级部门整体预算绩效目标表）所属的广东省以它开头"),
                                               (" 江 ", "jiangsu", "")])
def test_a_beginning_too_short_for_a_place_is_told_the_forms_it_begins(runner, typed, form, more):
    """`--form 广`, a place's first character, was told 没有哪个表样的中文名称以“广”开头 above a list whose first name
    began with it: too short to be taken, it is said to be so, with the forms it begins, and the forms whose
    province (`region`) it begins."""
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
    title = Catalog().get(form).profile["name"]
    assert result.exit_code == 2, result.output
    assert f"“{typed.strip()}”太短，认不出是哪个表样：{form}（{title}）的中文名称以它开头{more}；请写出完整的地名，或表样的文件夹名；" \
        "可用的表样：" in result.output and "没有哪个表样" not in result.output, result.output


def test_a_provinces_first_character_is_too_short_and_names_its_forms(runner):
    """`--form 湖`, the first character of 湖南 (hengyang's `region: 湖南省`, its name beginning 衡阳市), was told
    没有哪个表样的中文名称以“湖”开头 though `--form 湖南` takes hengyang: it is too short, and the form is named."""
    result = runner.invoke(main, ["new", "--form", "湖", "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 2 and "“湖”太短，认不出是哪个表样：hengyang（衡阳市部门整体支出及项目绩效目标申报表）所属的湖南省以它开头；" \
        "请写出完整的地名，或表样的文件夹名；可用的表样：" in result.output, result.output


def test_a_word_no_form_begins_says_the_provinces_are_matched_too(runner):
    """`--form 广西`, a province no form's `region` names, was told to write a place the Chinese names listed begin
    with, as if a province were never taken, and the list after it shows no province: the provinces that have forms
    are named (then only `new --list`'s last column showed them), and `new --list` is pointed to."""
    result = runner.invoke(main, ["new", "--form", "广西", "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 2 and "没有哪个表样的中文名称以“广西”开头，有表样的省份只有广东省、湖南省、江苏省、天津市" \
        "（jixiao new --list 在每个表样的中文名称后列出它所属的省份；可写其中一个省份、下列中文名称开头的地名，" \
        "或表样的文件夹名）；可用的表样：" in result.output, result.output


def test_the_provinces_said_are_the_profiles_regions(runner, tmp_path, monkeypatch):
    """The provinces named come from the profiles, not from the code: a unit's own form of another province
    (`region: 浙江省`) is one of them, and then `--form 浙江` is its form."""
    _unit_with_own_form(tmp_path, "forms/schema")
    monkeypatch.chdir(tmp_path)
    profile = tmp_path / "forms" / "templates" / "moushi" / "profile.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("region: 广东省", "region: 浙江省").replace("name: 广州市", "name: 杭州市"),
                       encoding="utf-8")
    told = runner.invoke(main, ["new", "--form", "广西", "--unit", "新单位", "--year", "2025"])
    assert "有表样的省份只有广东省、湖南省、江苏省、浙江省、天津市（" in told.output, told.output
    taken = runner.invoke(main, ["new", "--form", "浙江", "--unit", "新单位", "--year", "2025"])
    assert taken.exit_code == 0 and "form: moushi" in taken.stdout, taken.output


def test_forms_without_a_region_name_no_provinces(runner, tmp_path):
    """Where no form writes `region` (it may be left out; here a project's copies of every form, which replace
    jixiao's), the message spoke of `new --list`'s provinces and of writing 其中一个省份 with no province named
    before it; now it names only what can be written."""
    templates, schemas = tmp_path / "templates", tmp_path / "schema"
    shutil.copytree(ROOT / "templates", templates)
    shutil.copytree(ROOT / "schema", schemas)
    for profile in templates.glob("*/profile.yaml"):
        text = profile.read_text(encoding="utf-8")
        assert text.startswith("region: "), profile
        profile.write_text(text.split("\n", 1)[1], encoding="utf-8")
    result = runner.invoke(main, ["new", "--form", "浙江", "--unit", "新单位", "--year", "2025",
                                  "--templates", str(templates), "--schemas", str(schemas)])
    assert result.exit_code == 2 and "没有哪个表样的中文名称以“浙江”开头（可写下列中文名称开头的地名，或表样的文件夹名）；" \
        "可用的表样：guangzhou（" in result.output, result.output


@pytest.mark.parametrize("command", [["new", "--form", "广东", "--unit", "新单位", "--year", "2025"], ["schema", "广东省"],
                                     ["import", "旧表.docx", "--form", "广东"]])
def test_a_province_of_two_forms_names_them_both(runner, command, tmp_path, monkeypatch):
    """`--form 广东` was told 没有哪个表样的中文名称以“广东”开头: its forms are named after their cities (广州市…,
    湛江市…), the province was only in a comment of their profiles. Their `region: 广东省` names them both, each with
    its Chinese name, and neither is taken; a spec's `form: 广东` is told the same, with its folder names to write."""
    monkeypatch.chdir(tmp_path)
    Path("旧表.docx").write_bytes(b"")
    result = runner.invoke(main, command)
    typed = command[1] if command[0] == "schema" else "广东"
    assert result.exit_code == 2, result.output
    assert f"{typed}有 2 个表样：guangzhou（广州市部门整体预算绩效目标申报表）、zhanjiang（湛江市级部门整体预算绩效目标表）；" \
           "请写出其中一个的文件夹名；可用的表样：" in result.output, result.output
    spec = tmp_path / "s.yaml"
    spec.write_text("form: 广东\nyear: 2025\nunit: 新单位\n", encoding="utf-8")
    told = runner.invoke(main, ["validate", str(spec)])
    assert "广东有 2 个表样：guangzhou（" in told.output and "没有哪个表样" not in told.output, told.output


@pytest.mark.parametrize("typed", ["广 东", "广东 "])
def test_a_province_with_a_space_inside_names_its_two_forms(runner, typed):
    """`--form "广 东"` was told 没有哪个表样的中文名称以“广 东”开头, as if the province had no form."""
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 2 and "广东有 2 个表样：guangzhou（" in result.output, result.output


def test_a_forms_chinese_name_with_a_space_inside_copied_from_its_list_is_that_form(runner, tmp_path, monkeypatch):
    """A unit's own form named `杭州市 部门整体…` (a space in its profile's `name`): that name copied from `new --list`,
    or its beginning, was refused with 是否想写 the form once spaces typed were dropped and the name's own were not."""
    _unit_with_own_form(tmp_path, "forms/schema")
    profile = tmp_path / "forms" / "templates" / "moushi" / "profile.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("name: 广州市", "name: 杭州市 "), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for typed in ("杭州市 部门整体预算绩效目标申报表", "杭州市 部门整体", "杭州市部门整体"):
        result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
        assert result.exit_code == 0 and "form: moushi\n" in result.stdout, (typed, result.output)


def test_a_province_before_another_provinces_place_names_no_form(runner):
    """Only the province a form belongs to may come before its place: 衡阳 is no city of 广东."""
    result = runner.invoke(main, ["new", "--form", "广东省衡阳市", "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 2 and "没有哪个表样的中文名称以“广东省衡阳市”开头" in result.output, result.output


@pytest.mark.parametrize("typed, form", [("湖南", "hengyang"), ("湖南省", "hengyang"), ("天津", "tianjin")])
def test_a_province_of_one_form_is_that_form_and_said_so(runner, typed, form):
    """`--form 湖南` was told 没有哪个表样的中文名称以“湖南”开头, though one form (衡阳市…) is that province's: its
    profile's `region: 湖南省` makes the province name it, as its city does, and the command says which it took."""
    result = runner.invoke(main, ["new", "--form", typed, "--unit", "新单位", "--year", "2025"])
    title = Catalog().get(form).profile["name"]
    assert result.exit_code == 0, result.output
    assert f"“{typed}”取作表样 {form}（{title}）" in result.stderr
    assert f"form: {form}" in result.stdout


def test_a_units_own_form_of_a_province_is_named_with_the_shipped_ones(runner, tmp_path, monkeypatch):
    """`moushi`, the unit's copy of guangzhou with its own name and `region: 广东省`, is one of that province's forms;
    without `region` (a unit's form written before the key) it is taken by its own place alone, as before."""
    _unit_with_own_form(tmp_path, "forms/schema")
    monkeypatch.chdir(tmp_path)
    profile = tmp_path / "forms" / "templates" / "moushi" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("name: 广州市", "name: 佛山市"), encoding="utf-8")
    result = runner.invoke(main, ["new", "--form", "广东", "--unit", "新单位", "--year", "2025"])
    assert result.exit_code == 2 and "广东有 3 个表样：guangzhou（" in result.output and "moushi（佛山市部门" in result.output
    profile.write_text(re.sub(r"(?m)^region: .*$", "", profile.read_text(encoding="utf-8")), encoding="utf-8")
    listed = runner.invoke(main, ["new", "--form", "广东", "--unit", "x", "--year", "2025"]).output
    assert "广东有 2 个表样：guangzhou（" in listed
    taken = runner.invoke(main, ["new", "--form", "佛山", "--unit", "新单位", "--year", "2025"])
    assert taken.exit_code == 0 and "form: moushi" in taken.stdout, taken.output
    listed = dict(line.split("\t", 1) for line in runner.invoke(main, ["new", "--list"]).stdout.splitlines())
    assert listed["moushi"] == "佛山市部门整体预算绩效目标申报表" and listed["guangzhou"].endswith("\t广东省"), listed


@pytest.mark.parametrize("more", [[], ["--unit", "新单位"], ["--year", "2025"]])
def test_a_form_that_is_not_there_is_said_before_the_options_left_out(runner, more):
    """`new --form x` said 缺少 --unit、--year first; given them, the clerk was then told the form is not there. The
    form is the first thing to fix, said with the forms there are, the options left out after it is mended."""
    result = runner.invoke(main, ["new", "--form", "x", *more])
    assert result.exit_code == 2 and "表样“x”不存在；可用的表样：" in result.output and "缺少" not in result.output


def test_a_schema_in_the_projects_venv_is_never_the_projects_copy(runner, tmp_path, monkeypatch):
    """With jixiao in the project's `.venv` (README's install), site-packages was inside the project, so `new`
    wrote no schema/ copy and pointed the first line into the gitignored venv: a colleague's clone and CI read
    "Unable to load schema … ENOENT", and SCHEMA-LINE recommended the .venv path for a spec whose copy was missing."""
    (tmp_path / ".git").mkdir()
    installed_in_project_venv(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    assert result.exit_code == 0, result.output
    spec = tmp_path / "specs" / "gz.yaml"
    assert spec.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/guangzhou.schema.json\n")
    assert (tmp_path / "schema" / "guangzhou.schema.json").is_file()
    assert _schema_line_warnings(runner, spec) == []

    (tmp_path / "schema" / "guangzhou.schema.json").unlink()  # committed without its copy: the copy is asked for
    [warning] = _schema_line_warnings(runner, spec)
    assert ".venv" not in warning and warning.endswith("请运行 jixiao schema guangzhou -o schema/guangzhou.schema.json 写出这个 schema")


def test_a_stray_pyvenv_cfg_does_not_make_the_projects_schema_folder_a_venv(runner, tmp_path, monkeypatch):
    """Any folder holding `pyvenv.cfg` was taken for a virtual environment: with one in the project's own schema/,
    the committed copy the first line names was called "jixiao 安装在 schema 里的文件"."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    spec = tmp_path / "specs" / "gz.yaml"
    assert spec.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../schema/guangzhou.schema.json\n")
    (tmp_path / "schema" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    assert _schema_line_warnings(runner, spec) == []


@pytest.mark.parametrize("below, venv", [
    ("", False),  # pyvenv.cfg alone
    ("lib/python3.12/site-packages", True),
    ("Lib/site-packages", True),  # Windows
    ("lib/python3.12", False),
])
def test_a_venv_is_pyvenv_cfg_with_a_folder_of_installed_packages_below_it(tmp_path, below, venv):
    from generator.schema_line import _is_venv

    (tmp_path / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (tmp_path / below).mkdir(parents=True, exist_ok=True)
    assert _is_venv(tmp_path) is venv



def _spec_pointed_into_venv(runner, project, venv_parent, monkeypatch):
    """A spec `new` wrote in `project` (jixiao installed in a venv under `venv_parent`) with its first line then
    pointed into that venv, as an older `new` wrote it: the path written, and the SCHEMA-LINE warning validate gives."""
    (project / ".git").mkdir()
    packaged = installed_in_project_venv(venv_parent, monkeypatch)
    monkeypatch.chdir(project)
    runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "新单位", "--year", "2025", "-o", "specs/gz.yaml"])
    spec = project / "specs" / "gz.yaml"
    into_venv = os.path.relpath(packaged / "guangzhou.schema.json", spec.parent).replace(os.sep, "/")
    spec.write_text(spec.read_text(encoding="utf-8").replace("../schema/guangzhou.schema.json", into_venv, 1), encoding="utf-8")
    [warning] = _schema_line_warnings(runner, spec)
    return into_venv, warning

def test_the_schema_line_names_the_venv_folder_jixiao_is_installed_in(runner, tmp_path, monkeypatch):
    """The message named the project's top folder (`tools`), not the virtual environment below it (`tools/.venv`)."""
    into_venv, warning = _spec_pointed_into_venv(runner, tmp_path, tmp_path / "tools", monkeypatch)
    assert f"第一行的 schema“{into_venv}”是 jixiao 安装在 tools/.venv 里的文件" in warning, warning


def test_a_first_line_naming_the_schema_in_the_projects_venv_is_named(runner, tmp_path, monkeypatch):
    """A spec pointed into `.venv/…/site-packages` (by an older `new`) passed: that path is inside the project."""
    into_venv, warning = _spec_pointed_into_venv(runner, tmp_path, tmp_path, monkeypatch)
    assert f"第一行的 schema“{into_venv}”是 jixiao 安装在" in warning, warning
    assert warning.endswith("请把这一行改成 # yaml-language-server: $schema=../schema/guangzhou.schema.json"), warning


def test_a_copy_refused_in_the_forms_schema_folder_is_told_to_go_elsewhere_not_there(runner, tmp_path, monkeypatch):
    """With `schemas: forms/schema`, a copy refused there was told to move the forms' schemas to forms/schema, the
    very folder refused: it is told to go to the project's schema/, where new writes editor copies."""
    _unit_with_own_form(tmp_path, "forms/schema")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["schema", "moushi", "-o", "forms/schema/copy.json"])
    assert result.exit_code == 2 and "错误[SCHEMA-COPY-FOLDER] " in result.output, result.output
    assert "如 forms/schema" not in result.output, result.output
    assert "请写到另一个文件夹（如 schema/，jixiao new 写编辑器用的副本的地方）" in result.output, result.output
    assert not (tmp_path / "forms" / "schema" / "copy.json").exists()


def test_a_copy_refused_in_jixiao_s_own_schema_folder_is_a_problem_of_the_copy(runner, tmp_path, monkeypatch):
    """Refused where no jixiao.yaml names the folder, the copy had no code: it is a problem of the copy as a whole."""
    monkeypatch.chdir(tmp_path)
    copy = ROOT / "schema" / "copy.schema.json"
    result = runner.invoke(main, ["schema", "guangzhou", "-o", str(copy)])
    assert result.exit_code == 2 and not copy.exists()
    assert result.output.startswith(f"{copy}: 错误[SCHEMA-COPY-FOLDER] "), result.output
    assert "是 jixiao 自带表样的 schema 文件夹" in result.output


def test_a_new_spec_dates_a_form_that_prints_its_date_spaced_as_it_prints_it():
    """The project form prints its 填报日期 spaced (its description: 例如 2022 年 1 月 5 日); `new` dated it 2025年3月2日,
    the other forms' writing, which validate's and lint's messages on that field no longer offer."""
    from generator.scaffold import scaffold

    catalog = Catalog()
    store = SchemaStore(*catalog.roots.schema_folders)
    text = scaffold(store, catalog.get("hengyang"), "新单位", 2025, today=datetime.date(2025, 3, 2))
    assert re.findall(r"filled_date: (.*)\n", text) == ["2025年3月2日", "2025 年 3 月 2 日"], text


@pytest.mark.parametrize("terminal, out", [(True, []), (False, []), (True, ["-o", "-"])])
def test_new_without_o_at_a_terminal_says_no_file_was_written(runner, tmp_path, monkeypatch, terminal, out):
    """`jixiao new --form … --unit … --year …` (its usage shows -o as optional) scrolled a screenful of YAML past a
    clerk, wrote nothing to specs/ and said nothing of it; at a terminal it now gives the command with `-o specs/`.
    Printed to a pipe or a file (`> a.yaml`), or with `-o -` asked for, it says nothing more."""
    from generator import new_blank

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(new_blank, "_at_terminal", lambda: terminal)
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某 单位", "--year", "2026", *out])
    assert result.exit_code == 0 and "form: guangzhou\n" in result.stdout, result.output
    said = "只打印在了屏幕上，没有写出文件；要写成规格文件，请运行 jixiao new --form guangzhou --unit \"某 单位\" --year 2026 -o specs/"
    assert (said in result.stderr) == (terminal and not out), result.stderr
    assert not list(tmp_path.iterdir())
