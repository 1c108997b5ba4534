"""Long output names: the plain part (unit, year, form) and a spec's label shortened each on its own (short_names)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.manifest import FILE_NAME
from generator.name_clashes import free_name, name_key, name_unharmed
from generator.short_names import LABEL_SHARE, MARK, _balanced, differing, labelled, plain_within, title_tag
from generator.write import MAX_NAME, labelled_name, safe_name

from .conftest import ROOT

HY = "hengyang-qiaolian-2022.yaml"
UNIT = "广西壮族自治区商务厅直属中国（广西）自由贸易试验区南宁片区综合服务中心事业单位"
FORM = "年度部门整体支出及项目绩效目标申报表"
PROJECT = "中国（广西）自由贸易试验区与中国—东盟经济合作试验区建设专项资金项目（一期）"
PAIRS = {"（": "）", "(": ")", "【": "】", "《": "》"}
PROPERTY = settings(derandomize=True, max_examples=200, deadline=None)

HAN_TEXT = st.text(alphabet="广西壮族自治区商务厅直属中国自由贸易试验区片项目资金一二期abcXY", min_size=1, max_size=80)
BRACKETED = st.text(alphabet="广西项目资金一期ab（）()【】《》", min_size=1, max_size=90)
LIMITS = st.integers(60, MAX_NAME)


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _is_balanced(text: str) -> bool:
    opened: list[str] = []
    for char in text:
        if char in PAIRS:
            opened.append(PAIRS[char])
        elif char in PAIRS.values() and (not opened or opened.pop() != char):
            return False
    return not opened


def _names(out) -> list[str]:
    return sorted(path.stem for path in out.glob("*.docx"))


def test_a_long_unit_and_long_project_labels_keep_the_form_s_name_and_tell_the_projects_apart(runner, tmp_path):
    """Measured before: the labelled names were `广西…南宁片区…易试验区与…专项资金项目（一期））`, 180 bytes each: no year,
    no form's name, a bracket never opened, and the two projects, differing only at their start, one name and a `-2`."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    text = (ROOT / "specs" / HY).read_text(encoding="utf-8").replace("\nunit: 衡阳市归国华侨联合会\n", f"\nunit: {UNIT}\n")
    for stem in ("外贸", PROJECT, "二期" + PROJECT):
        (specs / f"{stem}.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    names = _names(out)
    plain = f"{UNIT}2022{FORM}"
    labelled_names = [name for name in names if name != plain]
    assert len(labelled_names) == 2 and len(names) == 3, names  # the plain name, 175 bytes, kept whole
    for name in labelled_names:
        assert "2022" + FORM in name and name.startswith("广西壮族自治区") and not name.endswith("-2"), names
        assert _size(name) <= MAX_NAME and _is_balanced(name), name
        assert name.endswith("资金项目（一期））"), name
    assert {name[name.index(FORM) + len(FORM):][:4] for name in labelled_names} == {"（中国（", "（二期中"}, names
    again = runner.invoke(main, ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"])
    assert again.exit_code == 0 and _names(out) == names, again.output


def test_a_long_form_name_keeps_its_start_after_the_year_and_the_unit_keeps_its_start():
    """A form whose name holds its project (a `file_name` of `{{ unit }}{{ year }}年度项目绩效目标表{{ project }}`)
    kept only its last 90 bytes, the project's end: neither the year nor the form's own name was left."""
    name = safe_name(f"{UNIT * 2}2026年度项目绩效目标表（{PROJECT * 2}）")
    assert _size(name) <= MAX_NAME and name.startswith("广西壮族自治区") and "2026年度项目绩效目标表（中国" in name
    assert name.endswith("（一期））") and _is_balanced(name), name


@PROPERTY
@given(HAN_TEXT, st.integers(2000, 2099), st.sampled_from(["年", "年度", ""]), HAN_TEXT, LIMITS)
def test_a_shortened_plain_name_fits_and_keeps_its_year_and_the_unit_s_start(unit, year, after, form, limit):
    name = f"{unit}{year}{after}{form}"
    short = plain_within(name, limit)
    assert _size(short) <= limit
    assert plain_within(short, limit) == short
    if _size(name) > limit:
        assert f"{year}{after}" in short and short.startswith(unit[0]) and short.endswith(form[-1])


@PROPERTY
@given(BRACKETED, st.sampled_from(["2026年", ""]), BRACKETED, BRACKETED, LIMITS)
def test_a_shortened_name_leaves_no_bracket_open_or_unopened(unit, year, form, label, limit):
    name = f"{unit}{year}{form}"
    if _size(name) > limit:
        assert _is_balanced(plain_within(name, limit))
    if _size(label) > LABEL_SHARE:
        plain = _balanced(plain_within(name, MAX_NAME))
        assert _is_balanced(labelled(plain, label, MAX_NAME))


@PROPERTY
@given(HAN_TEXT, HAN_TEXT, HAN_TEXT)
def test_labels_differing_at_their_start_or_end_make_different_names_within_the_limit(unit, first, second):
    stem = safe_name(f"{unit * 3}2026{FORM}")
    one, other = labelled_name(stem, first), labelled_name(stem, second)
    for name in (one, other):
        assert _size(name) <= MAX_NAME and safe_name(name) == name  # fits, and is a safe name made again as it is
        assert "2026" + FORM in name  # the form's name is never pushed out by the label
    if first[:5] != second[:5] or first[-5:] != second[-5:] or max(_size(first), _size(second)) <= LABEL_SHARE:
        assert (one == other) == (first == second)


@PROPERTY
@given(st.text(max_size=300))
def test_any_name_shortened_is_shortened_again_to_itself(text):
    name = safe_name(text)
    assert safe_name(name) == name and _size(name) <= MAX_NAME + 1  # `_CON`: the one byte a device's name gains
    assert _size(labelled_name(name, text)) <= MAX_NAME + 1


@pytest.mark.parametrize("unit", ["广西壮族自治区南宁市第1949号纪念馆管理服务中心直属某某事业单位",
                                  "广西壮族自治区南宁市12345热线服务中心管理服务中心直属某某事业单位",
                                  "广西壮族自治区南宁市第2中学教育发展服务中心直属某某某某某某事业单位"])
def test_a_number_in_the_unit_is_not_taken_for_the_form_s_year(unit):
    """`第1949号纪念馆` was the year: the form's name (`2026年度项目绩效目标表（…）`), after it, was cut through the
    middle as one with the unit's end, `…事业单位2026年度项目…—东盟经济…`, its own name lost."""
    name = safe_name(f"{unit}2026年度项目绩效目标表（{PROJECT}）")
    assert _size(name) <= MAX_NAME and "事业单位2026年度项目绩效目标表（中国（广西）" in name, name
    assert name.startswith("广西壮族自治区南宁") and name.endswith("（一期））"), name


def test_new_names_the_label_a_long_unit_s_namesake_gets_with_its_bracket(runner, tmp_path):
    """`new` told the label by cutting the plain name's length off the labelled name, which a long unit's shortening
    no longer starts with: `写成“…西壮族…单位-2026）”`, its bracket unopened, or for a longer unit `写成“…”`."""
    first = tmp_path / "我的草稿.yaml"
    for unit in (UNIT, UNIT * 2):
        args = ["new", "--form", "hengyang", "--unit", unit, "--year", "2026"]
        assert runner.invoke(main, [*args, "-o", str(first), "--force"]).exit_code == 0
        result = runner.invoke(main, [*args, "-o", f"{tmp_path}/"])
        assert result.exit_code == 1, result.output
        [said] = re.findall(r"写成“…(.*?)”，不论哪一份先生成", result.output)
        assert said.startswith("（广西壮族自治区") and said.endswith("单位-2026）" if unit == UNIT else "单位）"), said
        assert _is_balanced(said) and MARK in said, said


LONG_UNIT = "广西壮族自治区商务厅直属中国（广西）自由贸易试验区南宁片区与中国—东盟经济合作试验区综合服务中心事业单位"


def _new_spec(runner, specs: Path, unit: str) -> None:
    """A 2026 spec of `unit` in `specs`, as `jixiao new` writes it."""
    args = ["new", "--form", "hengyang", "--unit", unit, "--year", "2026", "-o", f"{specs}/"]
    assert runner.invoke(main, args).exit_code == 0


def _two_long_units(runner, tmp_path):
    """Specs of two units whose names differ only in their middle, so that their forms' names shorten alike."""
    specs = tmp_path / "specs"
    for unit in (LONG_UNIT, LONG_UNIT.replace("南宁片区", "钦州港片区")):
        _new_spec(runner, specs, unit)
    return specs


@pytest.mark.parametrize("command", ["validate", "build"])
def test_two_units_whose_long_names_shorten_alike_are_not_told_they_are_one(runner, tmp_path, command):
    """Measured before: `单位、年度和表样都与 … 的一样`, `请合并成一份规格` (validate), `单位、年度和表样都一样？` (build):
    advice to merge two units' specs."""
    specs = _two_long_units(runner, tmp_path)
    args = [command, str(specs)] + (["--out", str(tmp_path / "out"), "--format", "docx", "--jobs", "1"]
                                    if command == "build" else [])
    for _ in range(2 if command == "build" else 1):  # build's second run skips both specs and says it again
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        [said] = re.findall(r"\[(?:SPEC|BUILD)-NAME-TAKEN\] (.*)", result.output)
        assert said.startswith("两份规格的表名不同，但缩短成文件名后相同") and "钦州港片区" in said, said
        assert "都一样" not in said and "的一样" not in said and "合并成一份" not in said and "不必合并" in said, said
    if command == "build":
        assert len(list((tmp_path / "out").glob("*.docx"))) == 2


def test_the_same_long_unit_twice_is_still_told_to_merge(runner, tmp_path):
    """The names alike unshortened too: a duplicate, as before."""
    specs = _two_long_units(runner, tmp_path)
    next(specs.glob("*钦州港*")).unlink()
    [kept] = specs.glob("*.yaml")
    (specs / "副本.yaml").write_text(kept.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(specs)])
    [said] = re.findall(r"\[SPEC-NAME-TAKEN\] (.*)", result.output)
    assert "的一样" in said and "合并成一份规格" in said and "表名不同" not in said, said


def test_a_labelled_long_name_s_shortening_warning_quotes_the_name_the_file_is_written_under(runner, tmp_path, monkeypatch):
    """Measured before: the labelled spec's BUILD-NAME-SHORTENED said `文件名缩短为“…申报表”`, the other spec's file, its
    own being `…申报表（广西壮族自治区商务…合服务中心事业单位）`. Said again alike when skipped, from the record or (the specs
    named by another path) found again."""
    specs = _two_long_units(runner, tmp_path)
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    for named in ("specs", "specs", str(specs)):
        result = runner.invoke(main, ["build", named, "--out", str(out), "--format", "docx", "--jobs", "1"])
        assert result.exit_code == 0, result.output
        quoted = set(re.findall(r"\[BUILD-NAME-SHORTENED\] .*文件名缩短为“(.*?)”", result.output))
        assert quoted == {path.stem for path in out.glob("*.docx")} and len(quoted) == 2, (quoted, result.output)


def test_a_long_unit_whose_namesake_has_errors_is_not_told_to_merge(runner, tmp_path):
    """Measured before: the namesake broken (`year: abc`), its form's name could not be read, and build fell back to
    `单位、年度和表样都一样？ … 请合并成一份规格`: advice to merge two units' specs, whose names differ but shorten alike.
    Its name as last built is compared, and the two are said to differ."""
    specs = _two_long_units(runner, tmp_path)
    args = ["build", str(specs), "--out", str(tmp_path / "out"), "--format", "docx", "--jobs", "1"]
    assert runner.invoke(main, args).exit_code == 0
    holder = next(specs.glob("*南宁片区*"))
    holder.write_text(holder.read_text(encoding="utf-8").replace("year: 2026", "year: abc", 1), encoding="utf-8")
    result = runner.invoke(main, args)
    [said] = re.findall(r"\[BUILD-NAME-TAKEN\] (.*)", result.output)
    assert "两份规格的表名不同" in said and "上次生成时的表名" in said and "有错误" in said, said
    assert "都一样" not in said and "请合并" not in said and "不必合并" in said, said


def test_a_number_in_the_unit_is_not_taken_for_the_year_in_a_namesake_s_label(runner, tmp_path):
    """Measured before: `own_label` took the `1234` of `12345热线` for the form's year, so the unit was `南宁市` and the
    label `（12345热线服务中心外贸发展项目）`, the unit said twice in one name."""
    specs, unit = tmp_path / "specs", "南宁市12345热线服务中心"
    args = ["new", "--form", "hengyang", "--unit", unit, "--year", "2026", "-o", f"{specs}/"]
    assert runner.invoke(main, args).exit_code == 0
    [first] = specs.glob("*.yaml")
    (specs / f"{unit}外贸发展项目.yaml").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert _names(out) == [f"{unit}2026{FORM}", f"{unit}2026{FORM}（外贸发展项目）"], result.output


def test_a_form_s_name_shortened_only_for_its_label_is_said_to_be(runner, tmp_path, monkeypatch):
    """Measured before: the form's name (175 bytes) fits alone and was cut to `…2022年度…（中国（广西）…）` for the
    label after it, without a BUILD-NAME-SHORTENED; the spec keeping the plain name is written whole and told nothing.
    Said alike when skipped, from the record or (the specs named by another path) found again."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    text = (ROOT / "specs" / HY).read_text(encoding="utf-8").replace("\nunit: 衡阳市归国华侨联合会\n", f"\nunit: {UNIT}\n")
    for stem in ("外贸", PROJECT):
        (specs / f"{stem}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for named in ("specs", "specs", str(specs)):
        result = runner.invoke(main, ["build", named, "--out", str(out), "--format", "docx", "--jobs", "1"])
        assert result.exit_code == 0, result.output
        said = re.findall(r"(\S+):1:1: 警告\[BUILD-NAME-SHORTENED\] (.*)", result.output)
        [labelled_name] = [name for name in _names(out) if name != f"{UNIT}2022{FORM}"]
        assert [(Path(spec).name, message) for spec, message in said] == [
            (f"{PROJECT}.yaml", f"表名“{UNIT}2022{FORM}”加上规格文件名后超过文件名的长度上限（{MAX_NAME} 字节），"
                                f"文件名缩短为“{labelled_name}”")], result.output


def test_a_rebuild_of_copies_whose_names_are_not_shortened_validates_none_of_them_for_the_warning(runner, tmp_path,
                                                                                                 monkeypatch):
    """Measured before: each copy skipped as current was validated once more on every rebuild, to learn whether its
    form's name differed from the holder's only where it was shortened (`cut_alike`): a name with no `…` was not, and 60
    copies' rebuild took 1.12 s for 0.60. The warning is said as before."""
    from generator.validate import Validator

    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    for stem in ("a", "copy1", "copy2"):
        shutil.copy(ROOT / "specs" / HY, specs / f"{stem}.yaml")
    args = ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"]
    assert runner.invoke(main, args).exit_code == 0
    checked = []
    check = Validator.check
    monkeypatch.setattr(Validator, "check", lambda self, spec: checked.append(spec.path) or check(self, spec))
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and "已跳过" in again.output and checked == [], (checked, again.output)
    taken = [line for line in again.output.splitlines() if "[BUILD-NAME-TAKEN]" in line]
    assert len(taken) == 2 and all("单位、年度和表样都一样？" in line for line in taken), again.output


def test_two_long_units_shortened_alike_keep_where_they_differ_in_the_labelled_name(runner, tmp_path):
    """Measured before: the labelled name was `广西壮族自治区商务…合服务中心事业单位2026年度…（…）`, the units' start and
    end, which both share: nothing told it was 钦州港片区's. validate names the file build writes, and a rebuild keeps it."""
    specs, out = _two_long_units(runner, tmp_path), tmp_path / "out"
    args = ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"]
    assert runner.invoke(main, args).exit_code == 0
    plain = safe_name(f"{LONG_UNIT}2026{FORM}")
    [labelled] = [name for name in _names(out) if name != plain]
    assert "…验区钦州港片区…" in labelled.split("2026")[0] and labelled.startswith("广西壮族自治区商务厅直属"), labelled
    # its spec's file name says only the unit and the year: no label saying the unit's start and end once more
    assert labelled.endswith(f"事业单位2026{FORM}") and _size(labelled) <= MAX_NAME and _is_balanced(labelled), labelled
    said = runner.invoke(main, ["validate", str(specs)]).output
    assert f"会写成“{labelled}”" in said, said
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and _names(out) == sorted([plain, labelled]) and "已跳过" in again.output, again.output


@PROPERTY
@given(HAN_TEXT, HAN_TEXT, st.text(alphabet="南宁钦州港北海防城", min_size=1, max_size=6), LIMITS)
def test_a_name_shortened_apart_from_another_fits_and_keeps_where_they_differ(start, end, middle, limit):
    name, other = f"{start}{middle}{end}2026{FORM}", f"{start}某某{end}2026{FORM}"
    short = plain_within(name, limit, differing(name, other))
    assert _size(short) <= limit and _is_balanced(short), short
    if _size(name) > limit >= 120 and middle != "某某":  # the room a unit has beside a label, at the least
        assert middle in short and short.startswith(start[0]) and short.endswith(FORM[-1]), short


def test_a_long_unit_s_label_shortened_apart_is_what_its_file_name_adds_to_the_unit():
    """Measured before: the label was worked out from the shortened name, whose unit (`广西…自由…东盟…事业单位`) the
    spec's file name does not hold, so it kept the unit's start and end, which both names already say:
    `…（广西壮族自治区商务…业单位-外贸发展项目）`, `…（广西壮族自治区商务…务中心事业单位-副本）`, and for a file name
    of the unit and year alone `…（广西壮族自治区商务…合服务中心事业单位）`, leaving the unit 15 characters of its 52."""
    unit = LONG_UNIT.replace("南宁片区", "钦州港片区")
    title, other = f"{unit}2026{FORM}", f"{LONG_UNIT}2026{FORM}"
    stem = safe_name(title)
    assert stem == safe_name(other) and MARK in stem
    taken = {name_key(stem)}
    project = free_name(stem, f"specs/{unit}-外贸发展项目.yaml", taken, (), (title, other))
    assert project.endswith(f"2026{FORM}（外贸发展项目）") and "钦州港片区" in project, project
    alone = free_name(stem, f"specs/{unit}-2026.yaml", taken, (), (title, other))
    assert alone.endswith(f"事业单位2026{FORM}") and "钦州港片区" in alone and len(alone.split("2026")[0]) > 30, alone
    assert _size(project) <= MAX_NAME and _size(alone) <= MAX_NAME
    copy = free_name(stem, f"specs/{LONG_UNIT}-2026 - 副本.yaml", taken, (), (other, other))  # was （广西…单位-副本）
    assert copy == labelled_name(stem, "副本"), copy


def test_a_name_shortened_apart_is_kept_while_the_holder_has_an_error(runner, tmp_path):
    """Measured before: with the holder's year mistyped, its form's name could not be read, the other spec's was
    shortened without it, and its form was renamed `…（广西壮族自治区商务…合服务中心事业单位）`, then back once the
    error was put right: the file a clerk had sent renamed twice by an error in another unit's spec."""
    specs, out = _two_long_units(runner, tmp_path), tmp_path / "out"
    args = ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"]
    assert runner.invoke(main, args).exit_code == 0
    plain = safe_name(f"{LONG_UNIT}2026{FORM}")
    [labelled] = [name for name in _names(out) if name != plain]
    [holder] = specs.glob("*南宁片区*.yaml")
    text = holder.read_text(encoding="utf-8")
    holder.write_text(text.replace("\nyear: 2026\n", "\nyear: 二零二六\n"), encoding="utf-8")
    broken = runner.invoke(main, args)
    assert broken.exit_code == 1 and _names(out) == [labelled], broken.output
    assert f"这一份写成了“{labelled}”" in broken.output, broken.output
    holder.write_text(text, encoding="utf-8")
    mended = runner.invoke(main, args)
    assert mended.exit_code == 0 and _names(out) == sorted([plain, labelled]), mended.output


@pytest.mark.parametrize("typed, named", [("\n    total: null\n", "\n    total: abc\n"),
                                          ("\nyear: 2026\n", "\nyear: 二零二六\n"), ("\nunit: ", "\nunti: ")],
                         ids=["amount-elsewhere", "year", "misspelt-unit-key"])
def test_a_spec_added_while_the_holder_has_an_error_is_named_as_it_stays(runner, tmp_path, typed, named):
    """Measured before: the holder's amount typed as text, or its year mistyped, or its unit's key misspelt, and a spec
    added beside it meanwhile was written as `…（广西壮族自治区商务…合服务中心事业单位）`, shortened without the holder's
    name, then renamed `…钦州港片区…` once that error was put right: the new form renamed by another unit's typo. An
    error outside the name's fields leaves the holder's name readable (`name_unharmed`); one within them is met by the
    name the holder's plain file name was made from, in the output folder's record (`plain_titles`)."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    args = ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"]
    _new_spec(runner, specs, LONG_UNIT)
    assert runner.invoke(main, args).exit_code == 0
    [holder] = specs.glob("*.yaml")
    text = holder.read_text(encoding="utf-8")
    holder.write_text(text.replace(typed, named, 1), encoding="utf-8")
    _new_spec(runner, specs, LONG_UNIT.replace("南宁片区", "钦州港片区"))
    broken = runner.invoke(main, args)
    assert broken.exit_code == 1, broken.output
    [added] = _names(out)
    assert "钦州港片区" in added and "（" not in added.split("2026")[1], added
    assert "比不出" not in broken.output, broken.output
    assert (f"上次生成时的表名是“{LONG_UNIT}2026{FORM}”" in broken.output) == ("total" not in typed), broken.output
    again = runner.invoke(main, args)
    assert again.exit_code == 1 and "已跳过" in again.output and _names(out) == [added], again.output
    holder.write_text(text, encoding="utf-8")
    mended = runner.invoke(main, args)
    assert mended.exit_code == 0 and _names(out) == sorted([safe_name(f"{LONG_UNIT}2026{FORM}"), added]), mended.output


@pytest.mark.parametrize("title", [None, 5, f"某某县民政局2026{FORM}"],
                         ids=["from-before-they-were-kept", "misshapen", "not-the-one-its-file-name-was-made-from"])
def test_a_record_without_the_holder_s_form_name_names_a_spec_added_as_before(runner, tmp_path, title):
    """A record from before `plain_titles` was kept (or with one that is no name) is read as it was: the spec added while
    the holder's year is mistyped is named without the holder's name, and told that the two cannot be compared.
    Measured before, another unit's name typed there (one that does not make the holder's file name) was said to be the
    holder's as last built, and the spec added was written as `广西壮族自治区商务厅直属中…试验区综合服务…`, shortened
    apart from it: no `钦州港片区` in it, to be renamed once the holder's year was put right."""
    specs, out = tmp_path / "specs", tmp_path / "out"
    args = ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"]
    _new_spec(runner, specs, LONG_UNIT)
    assert runner.invoke(main, args).exit_code == 0
    record = json.loads((out / FILE_NAME).read_text(encoding="utf-8"))
    [source] = record["plain_titles"]
    if title is None:
        del record["plain_titles"]
    else:
        record["plain_titles"][source] = title
    (out / FILE_NAME).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [holder] = specs.glob("*.yaml")
    holder.write_text(holder.read_text(encoding="utf-8").replace("\nyear: 2026\n", "\nyear: 二零二六\n", 1),
                      encoding="utf-8")
    _new_spec(runner, specs, LONG_UNIT.replace("南宁片区", "钦州港片区"))
    broken = runner.invoke(main, args)
    [added] = _names(out)
    assert broken.exit_code == 1 and "钦州港片区" not in added and "比不出两份的表名" in broken.output, broken.output


@pytest.mark.parametrize("typed, named", [("\n    total: null\n", "\n    total: abc\n"),
                                          ("\nyear: 2026\n", "\nyear: abc\n"), ("\nunit: ", "\nunti: "),
                                          ("\nunit: ", "\nu.nit: "), ("\nunit: ", "\nUnit.: ")],
                         ids=["amount", "year", "misspelt-unit-key", "unit-key-with-a-dot", "unit-key-ending-in-a-dot"])
def test_a_name_is_read_despite_errors_only_outside_what_it_is_made_of(runner, tmp_path, typed, named):
    """An amount typed as text leaves the form's name as it will be; a year, or the unit's key misspelt (said only as a
    key unknown, the unit then blank), does not, nor the unit's key misspelt with a dot (`u.nit`), which was
    taken for an error below a field `u`."""
    from generator.validate import Validator

    specs = tmp_path / "specs"
    _new_spec(runner, specs, "某单位")
    [spec] = specs.glob("*.yaml")
    spec.write_text(spec.read_text(encoding="utf-8").replace(typed, named, 1), encoding="utf-8")
    checked = Validator().check_file(spec)
    assert not checked.ok
    assert name_unharmed(checked) == (typed.strip() == "total: null"), checked.problems


DEPTHS = "甲乙丙丁"
"""A character standing for text at that many brackets deep (丁 three or more), so that a name says of each of its
characters whether it kept the brackets it was in."""


def _by_depth(text: str, depth: int = 0) -> str:
    """`text` with its unmatched brackets dropped and every other character written as how deep in brackets it is,
    `depth` deep itself (a label, in the brackets `labelled` puts it in)."""
    coded = []
    for char in _balanced(text):
        depth -= char in PAIRS.values()
        coded.append(char if char in PAIRS or char in PAIRS.values() else DEPTHS[min(depth, 3)])
        depth += char in PAIRS
    return "".join(coded)


def _depths_kept(short: str) -> bool:
    """Whether each character of `short` stands as deep in its brackets as it stood in the name it was cut from."""
    depth = 0
    for char in short:
        depth += (char in PAIRS) - (char in PAIRS.values())
        if char in DEPTHS and DEPTHS.index(char) != min(depth, 3):
            return False
    return True


@PROPERTY
@given(BRACKETED, BRACKETED, BRACKETED, LIMITS, st.integers(0, 90), st.integers(0, 30))
def test_a_shortened_name_keeps_a_bracket_s_inside_only_within_its_brackets(unit, form, label, limit, at, width):
    """A cut through a bracket dropped the half bracket left and kept the text within it: `中国（广西）自由贸易试验区…`
    became `中国广…`, `（国际班）教学` `…国际班教学`. Either whole bracketed parts or none, in an ordinary cut, a cut
    keeping where two names differ (at `at`, `width` characters) and a label's."""
    unit, form = _by_depth(unit), _by_depth(form)
    name = f"{unit}2026年{form}"
    keep = (min(at, len(name)), min(at + width, len(name)))
    for short in (plain_within(name, limit), plain_within(name, limit, keep),
                  labelled(_balanced(plain_within(name, MAX_NAME)), _by_depth(label, 1), MAX_NAME)):
        assert _size(short) <= max(limit, MAX_NAME) and _is_balanced(short) and _depths_kept(short), short


def test_a_cut_through_a_bracket_keeps_none_of_its_inside():
    """Measured before: `…某某中国广西…`, the inside of `（广西）` without its brackets, and of two units differing in a
    bracket, `…中国自由…广西钦州港片区…`: the bracket's inside kept as if it were the unit's own words."""
    name = safe_name(f"{'某' * 15}中国（广西）自由贸易试验区" * 3 + f"2026{FORM}")
    assert name.startswith(f"{'某' * 15}中国…") and _is_balanced(name), name
    unit = "广西壮族自治区人民政府直属机关中国（广西）自由贸易试验区南宁片区与中国—东盟经济合作试验区综合服务中心事业单位"
    said = safe_name(f"{unit}2026{FORM}")  # as docs/build.md gives it
    assert said.startswith("广西壮族自治区人民政府直属机关中国…东盟经济合作试验区综合服务中心事业单位2026"), said
    assert f"`{said[:said.index('2026')]}`" in (ROOT / "docs" / "build.md").read_text(encoding="utf-8")
    unit = LONG_UNIT.replace("（广西）", "").replace("南宁片区", "（广西南宁片区）")
    title, other = f"{unit}2026{FORM}", f"{unit.replace('南宁', '钦州港')}2026{FORM}"
    assert plain_within(title, 150, differing(title, other)).startswith("广西壮族自治区商务厅…（广西南宁片区）…")


def test_a_rebuild_after_the_cut_keeps_whole_brackets_renames_the_form_and_says_so(runner, tmp_path, monkeypatch):
    """A form written under the name cut before (`…中国广西…`, the bracket's inside without it) by the jixiao before
    (its code another: `code_hash`) is written again under the new one on the next build, its spec unchanged, and the
    old file is deleted and said to be."""
    from generator import manifest, short_names

    specs, out = tmp_path / "specs", tmp_path / "out"
    specs.mkdir()
    unit = f"{'某' * 15}中国（广西）自由贸易试验区" * 3
    text = (ROOT / "specs" / HY).read_text(encoding="utf-8").replace("\nunit: 衡阳市归国华侨联合会\n", f"\nunit: {unit}\n")
    (specs / "a.yaml").write_text(text, encoding="utf-8")
    args = ["build", str(specs), "--out", str(out), "--format", "docx", "--jobs", "1"]
    with monkeypatch.context() as before:
        before.setattr(short_names, "_pairs", lambda text: [])  # no bracket seen: its half alone dropped
        before.setattr(manifest, "code_hash", lambda: "the code before")
        assert runner.invoke(main, args).exit_code == 0
    [old] = _names(out)
    assert old.startswith(f"{'某' * 15}中国广西…"), old
    result = runner.invoke(main, args)
    assert result.exit_code == 0 and _names(out) == [safe_name(f"{unit}2022{FORM}")], result.output
    assert f"已删除 {out / old}.docx" in result.output, result.output
    assert "已跳过" in runner.invoke(main, args).output


@PROPERTY
@given(HAN_TEXT, HAN_TEXT, HAN_TEXT, HAN_TEXT, st.text(alphabet="南宁钦州港北海防城", min_size=1, max_size=3), LIMITS)
def test_a_name_shortened_apart_keeps_where_it_differs_inside_a_bracket_too_long_to_keep(start, opened, closed, end,
                                                                                       middle, limit):
    """Widened to the bracket it is in, where two names differ was cut out with the bracket's middle when the bracket
    was too long to keep whole, and the two names were one again."""
    name, other = (f"{start}（{opened}{between}{closed}）{end}2026{FORM}" for between in (middle, "某某"))
    short = plain_within(name, limit, differing(name, other))
    assert _size(short) <= limit and _is_balanced(short) and _depths_kept(short.translate(DEPTH_OF_TEST)), short
    if _size(name) > limit >= 120:  # the room a unit has beside a label, at the least
        assert middle in short and short.startswith(start[0]) and short.endswith(FORM[-1]), short


DEPTH_OF_TEST = str.maketrans(dict.fromkeys("南宁钦州港北海防城", "乙"))
"""The differing characters of the test above, all one bracket deep."""


def test_two_units_differing_inside_a_long_bracket_keep_the_difference_in_their_brackets():
    """Measured before: both `某某市（中国（广西）自由贸易试验…务中心事业单位联合办公室）本级单位…`, one name, the bracket
    holding where they differ kept as its start and end."""
    unit = "某某市（中国（广西）自由贸易试验区南宁片区与中国东盟经济合作试验区综合服务中心事业单位联合办公室）本级单位"
    title, other = f"{unit}2026{FORM}", f"{unit.replace('南宁', '钦州港')}2026{FORM}"
    one, two = labelled_name(safe_name(title), "", (title, other)), labelled_name(safe_name(other), "", (other, title))
    assert "南宁片区" in one and "钦州港片区" in two and one.startswith("某某市（中国（广西）"), (one, two)
    assert one.endswith(f"联合办公室）本级单位2026{FORM}") and _is_balanced(one) and _size(one) <= MAX_NAME, one


@pytest.mark.parametrize("unit, kept", [
    ("某某（中国广西自由贸易试验区钦州港片区管理委员会综合服务中心）与中国东盟经济合作试验区联合办公室本级单位事业部",
     "某某（中国广西自由贸易试验区钦州港片…）…经济合作试验区"),
    ("（中国广西自由贸易试验区钦州港片区管理委员会综合服务中心）与中国东盟经济合作试验区联合办公室本级单位事业部门",
     "（中国广西自由贸易试验区钦州港片区管…）…济合作试验区"),
    ("与中国东盟经济合作试验区联合办公室本级单位事业部门某某（中国广西自由贸易试验区钦州港片区管理委员会综合服务中心）",
     "本级单…（…钦州港片区管理委员会综合服务中心）2026"),
])
def test_a_bracket_holding_most_of_a_kept_start_or_end_is_kept_closed_after_a_mark(unit, kept):
    """Measured before: `某某…经济合作…`, `…济合作…` and `…本级单…2026`: the bracket left out whole from its opening took
    the unit's start or end with it, and 50-odd bytes of the 180 were left unused."""
    name = safe_name(f"{unit}2026{FORM}")
    assert kept in name and _is_balanced(name) and _size(name) <= MAX_NAME, name


def test_the_guide_s_examples_of_a_long_bracket_are_the_names_made():
    guide = (ROOT / "docs" / "build.md").read_text(encoding="utf-8")
    unit = "某某（中国广西自由贸易试验区钦州港片区管理委员会综合服务中心）与中国东盟经济合作试验区联合办公室本级单位事业部"
    kept = safe_name(f"{unit}2026{FORM}")
    unit = "某某市（中国（广西）自由贸易试验区南宁片区与中国东盟经济合作试验区综合服务中心事业单位联合办公室）本级单位"
    title, other = f"{unit}2026{FORM}", f"{unit.replace('南宁', '钦州港')}2026{FORM}"
    apart = labelled_name(safe_name(title), "", (title, other))
    for name in (kept, apart):
        assert f"`{name[:name.index('2026')]}`" in guide, name


LOOSE = st.text(alphabet="广西项目资金一期ab（）()【】《》南宁钦州", min_size=20, max_size=50)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(LOOSE, LOOSE, st.lists(st.text(alphabet="（）()【】《》南", min_size=1, max_size=4), min_size=3, max_size=3,
                              unique=True))
def test_long_names_differing_anywhere_make_different_file_names_without_a_number(start, end, middles):
    """Measured before: of 30,000 random long names full of loose brackets, 3 newcomers were named as the holder and 30
    of 7,953 third specs as the second, then numbered `-2` by rank: where they differed was a bracket the cut left
    unmatched and dropped, or cut to `…` in brackets nested deep. A spec's file name of its unit and year, so that no
    label tells the names apart, only the form's name shortened apart from the holder's."""
    titles = [f"{start}{middle}{end}2026{FORM}" for middle in middles]
    stem = safe_name(titles[0])
    if any(safe_name(title) != stem for title in titles):
        return  # not shortened alike: no clash to begin with
    names = [stem]
    for title in titles[1:]:
        unit = title[:title.index("2026")]
        names.append(free_name(stem, f"specs/{unit}-2026.yaml", {name_key(name) for name in names}, (), (title, titles[0])))
    assert len({name_key(name) for name in names}) == 3 and not any(re.search(r"-\d+$", name) for name in names), names
    assert all(_size(name) <= MAX_NAME and _is_balanced(name) for name in names), names


def test_a_name_shortened_apart_but_still_taken_gets_its_form_s_name_s_tag():
    """Two units differing only in a `》` the cut leaves unmatched: the newcomer's name shortened apart is the holder's,
    and its tag (`title_tag`, of its form's name alone) tells them apart, where a `-2` said nothing."""
    start, end = "南目金资金【", "南州b目期目））资a西（期项广州期目广钦广一金南））州州广【项资a项一广钦b】】(广（西一《"
    holder, title = f"{start}{end}2026{FORM}", f"{start}》{end}2026{FORM}"  # measured on 30,000 random pairs
    stem = safe_name(holder)
    assert safe_name(title) == stem and labelled_name(stem, "", (title, holder)) == stem
    name = free_name(stem, f"specs/{start}-2026.yaml", {name_key(stem)}, (), (title, holder))
    assert re.fullmatch(r".*申报表-[a-z]{6}", name) and name.endswith(title_tag(title)), name
    assert _size(name) <= MAX_NAME and _is_balanced(name), name


@pytest.mark.parametrize("command", ["validate", "build"])
def test_the_warning_on_a_name_with_a_tag_says_what_the_tag_is(runner, tmp_path, command):
    """The units of the test above as specs: SPEC-NAME-TAKEN and BUILD-NAME-TAKEN quote the file name ending in six
    letters, which said nothing of what they were and read as a fault; each says they come of the form's whole name."""
    start, end = "南目金资金【", "南州b目期目））资a西（期项广州期目广钦广一金南））州州广【项资a项一广钦b】】(广（西一《"
    specs = tmp_path / "specs"
    for unit in (f"{start}{end}", f"{start}》{end}"):
        args = ["new", "--form", "hengyang", "--unit", unit, "--year", "2026", "-o", f"{specs}/"]
        assert runner.invoke(main, args).exit_code == 0
    args = [command, str(specs)] + (["--out", str(tmp_path / "out"), "--format", "docx", "--jobs", "1"]
                                    if command == "build" else [])
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    [said] = re.findall(r"\[(?:SPEC|BUILD)-NAME-TAKEN\] (.*)", result.output)
    tag = title_tag(f"{start}》{end}2026{FORM}")
    assert f"申报表{tag}”" in said and f"文件名末尾的“{tag}”由这一份完整的表名算出" in said, said
    assert said.index("末尾") < said.index("两份规格不是重复的"), said


def test_new_names_a_namesake_s_numbered_label_with_its_number(runner, tmp_path):
    """Two drafts whose file names both say `草稿` get the same label, the second `（草稿）-2`: `new` tells that name as
    build writes it, the `-2` after the label, not the form's whole name."""
    for stem in ("某单位-2025-草稿", "某单位2025草稿"):
        args = ["new", "--form", "hengyang", "--unit", "某单位", "--year", "2025", "-o", str(tmp_path / f"{stem}.yaml")]
        assert runner.invoke(main, args).exit_code == 0
    result = runner.invoke(main, ["new", "--form", "hengyang", "--unit", "某单位", "--year", "2025", "-o", f"{tmp_path}/"])
    assert result.exit_code == 1, result.output
    assert re.findall(r"写成“(.*?)”", result.output) == ["…（草稿）", "…（草稿）-2"], result.output


@pytest.mark.parametrize("cut", range(12))
def test_a_cut_between_words_leaves_no_blank_beside_its_mark(cut):
    """A unit of words with blanks between (an English name) cut where a blank stands: the blank is dropped at the `…`,
    as the start and end of the whole name are stripped (write._safe), not left as `Area …` or `… of`."""
    unit = ("Guangxi Pilot Free Trade Zone Nanning Area Comprehensive Service Center of the Department of Commerce "
            "Affiliated Public Institution Office")
    name = safe_name(f"{unit[:len(unit) - cut]} 2026{FORM} of the Free Trade Zone Special Fund Project Phase One and Two")
    assert MARK in name and f" {MARK}" not in name and f"{MARK} " not in name, name


def test_brackets_nested_deep_in_a_kept_start_are_left_out_not_kept_as_marks_alone():
    """A bracket kept closed after a `…` (`_kept_start`) whose inside has no room left for a character is left out
    whole: kept as its brackets around a `…` alone, seven brackets nested at a long unit's start made
    `某某某某（（（（（（…）…）…）…）…）…）…` and a file name of 184 bytes, over MAX_NAME."""
    unit = f"某某某某{'（' * 7}中国广西自由贸易试验区钦州港片区管理委员会综合服务中心{'）' * 7}与中国东盟经济合作试验区联合办公室本级单位"
    name = safe_name(f"{unit}2026{FORM}")
    assert _size(name) <= MAX_NAME and _is_balanced(name) and "…）" not in name, name
    assert name.startswith("某某某某") and name.endswith(f"本级单位2026{FORM}"), name
