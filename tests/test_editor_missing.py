"""The editor's squiggle for a missing field names it and the line to add, as validate does (editor_missing)."""
from __future__ import annotations

import json
import re

import jsonschema
import pytest

from generator.cli import main
from generator.load import load

from .conftest import SPECS, json_objects
from .test_integration_files import as_json


def _bundle(runner, form: str) -> dict:
    return json.loads(runner.invoke(main, ["schema", form]).output)


def _first_row_lines(lines: list[str]) -> tuple[int, int]:
    """The first and one-past-last line index of the spec's first indicator row (`- level1: …` and its fields)."""
    start = next(number for number, line in enumerate(lines) if line.lstrip().startswith("- level1:"))
    indent = len(lines[start]) - len(lines[start].lstrip()) + 2
    end = next(number for number in range(start + 1, len(lines))
               if len(lines[number]) - len(lines[number].lstrip()) < indent or lines[number].lstrip().startswith("- "))
    return start, end


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_a_row_without_its_value_is_told_which_field_and_what_line(runner, tmp_path, spec):
    """An indicator row's last field removed: the editor said only the row's list of fields; now also, as validate
    does, which one is missing and the line to add, beside the list (both at the row's start)."""
    lines = spec.read_text(encoding="utf-8").splitlines()
    start, end = _first_row_lines(lines)
    key = lines[end - 1].split(":")[0].strip()
    changed = tmp_path / spec.name
    changed.write_text("\n".join([*lines[:end - 1], *lines[end:]]) + "\n", encoding="utf-8")
    said_by_validate = runner.invoke(main, ["validate", str(changed)]).output
    missing = re.search(r"缺少必填字段“[^”]+”（.+?）；", said_by_validate).group(0)
    assert f"缺少必填字段“{key}”" in missing
    form = next(line.split(":")[1].strip() for line in lines if line.startswith("form:"))
    bundle = _bundle(runner, form)
    data = jsonschema.Draft202012Validator(bundle)
    parsed = as_json(load(changed).data)
    said = {error.schema.get("errorMessage", error.message) for error in data.iter_errors(parsed)
            if error.validator == "required"}
    named = [message for message in said if missing in message]
    assert len(named) == 1 and len(said) == 2, said
    [listing] = said - set(named)
    assert "要写齐" in listing
    line = re.search(r"加一行(“[^”]+?”)", said_by_validate).group(1)
    assert f"请加一行{line}" in named[0], (named[0], said_by_validate)


def _mappings(node):
    """Every mapping schema in a bundle that requires fields and says them in a message of its own."""
    return [mapping for mapping in json_objects(node)
            if isinstance(mapping.get("required"), list) and "properties" in mapping and "errorMessage" in mapping]


@pytest.mark.parametrize("form", ["guangzhou", "tianjin"])
def test_a_mapping_keeps_its_required_fields_for_completion(runner, form):
    """The editor completes a key that opens a mapping (`budget:`) with the fields the mapping requires, and offers
    an item's missing fields at once, reading the mapping's own `required`: each entry only repeats one of them
    (itself, or in the `then`/`else` of an entry chosen by another field)."""
    mappings = list(_mappings(_bundle(runner, form)))
    assert len(mappings) >= 3
    for mapping in mappings:
        repeated = [inner["required"] for entry in mapping.get("allOf", [])
                    for inner in ([entry.get("then"), entry.get("else")] if "if" in entry else [entry])
                    if isinstance(inner, dict) and set(inner) == {"required", "errorMessage"}]
        assert list(dict.fromkeys(map(tuple, repeated))) == [(key,) for key in mapping["required"]]


def _missing_said(runner, bundle: dict, spec, tmp_path, edit) -> tuple[list[str], str]:
    """What the bundle and validate say of a spec whose first indicator row `edit` changed (its lines in, out)."""
    lines = spec.read_text(encoding="utf-8").splitlines()
    start, end = _first_row_lines(lines)
    changed = tmp_path / spec.name
    changed.write_text("\n".join([*lines[:start], *edit(lines[start:end]), *lines[end:]]) + "\n", encoding="utf-8")
    errors = jsonschema.Draft202012Validator(bundle).iter_errors(as_json(load(changed).data))
    said = [error.schema["errorMessage"] for error in errors
            if error.validator == "required" and "缺少必填字段" in error.schema.get("errorMessage", "")]
    return said, runner.invoke(main, ["validate", str(changed)]).output


def test_a_row_without_its_level2_is_offered_the_level2s_of_its_level1(runner, tmp_path):
    """A row's 二级指标 removed: its options depend on the 一级指标 written, which validate names
    (`写以下之一：数量指标、…`). The editor said the plain text's words, `level2: （请填写）` and `没有内容时写 ""`,
    which the row then refused; it now says validate's, and the plain words only where no 一级指标 chooses."""
    spec = next(spec for spec in SPECS if spec.stem.startswith("guangzhou"))
    bundle = _bundle(runner, "guangzhou")

    def without_level2(row):
        return [line for line in row if not line.lstrip().startswith("level2:")]

    said, by_validate = _missing_said(runner, bundle, spec, tmp_path, without_level2)
    options = re.search(r"请在 level1: 下面加一行“level2: …”，与它对齐；(写以下之一：[^\n]+)", by_validate).group(1)
    assert said == [f"绩效指标的这一项：缺少必填字段“level2”（二级指标）；请加一行“level2: …”；{options}"]

    def level2_as_level1(row):
        return [line.replace("level1: 产出指标", "level1: 数量指标") for line in without_level2(row)]

    said, by_validate = _missing_said(runner, bundle, spec, tmp_path, level2_as_level1)
    assert "“level2: （请填写）”" in by_validate
    assert len(said) == 1 and "请加一行“level2: （请填写）”" in said[0], said
