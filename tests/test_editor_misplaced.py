"""The editor's squiggle for a 二级指标 written as the 一级指标 says where it belongs, as validate does (editor_misplaced)."""
from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from generator.cli import main
from generator.load import load
from generator.schema_branches import chosen_below

from .conftest import SPECS
from .test_integration_files import as_json


def _bundle(runner, form: str | None = None) -> dict:
    return json.loads(runner.invoke(main, ["schema", *([form] if form else [])]).output)


def _squiggles(bundle: dict, data: dict, key: str) -> list[str]:
    """The messages the editor shows on a field `key` (its failed checks' errorMessage), once each as the server
    shows them."""
    validator = jsonschema.Draft202012Validator(bundle)
    return sorted({error.schema.get("errorMessage", error.message) for error in validator.iter_errors(data)
                   if error.absolute_path and error.absolute_path[-1] == key})


def _first_row(data: dict) -> dict:
    """The first indicator row of a spec, under its first project or at its top."""
    return (data["projects"][0] if "projects" in data else data)["indicators"][0]


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_a_second_level_name_as_first_level_is_told_where_it_belongs(runner, spec):
    """`level1: 数量指标` drew only `请写以下之一：产出指标、效益指标、满意度指标`; validate said where 数量指标 sits."""
    data = as_json(load(spec).data)
    for bundle in (_bundle(runner, data["form"]), _bundle(runner)):
        changed = copy.deepcopy(data)
        row = _first_row(changed)
        level2, level1 = row["level2"], row["level1"]
        row["level1"] = level2
        assert level2 and level2 != level1
        [said] = _squiggles(bundle, changed, "level1")
        assert f"“{level2}”在本表样是二级指标，属于一级指标“{level1}”" in said, said
        assert f"的“一级指标”：文本“{level2}”不是可选的取值；" in said, said


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_any_other_wrong_first_level_keeps_its_one_message(runner, spec):
    """A slip that is no 二级指标 (`产出`), and a row left empty, get the field's message, once; a right row none."""
    data = as_json(load(spec).data)
    bundle = _bundle(runner, data["form"])
    assert _squiggles(bundle, data, "level1") == []
    generic = set()
    for wrong in ("产出", None):
        changed = copy.deepcopy(data)
        _first_row(changed)["level1"] = wrong
        [said] = _squiggles(bundle, changed, "level1")
        assert "二级指标，属于" not in said
        generic.add(said)
    assert len(generic) == 1


def test_every_value_a_branch_chooses_is_told_and_the_options_stay_completed(runner):
    """Each 二级指标 of a form gets its own message; the options the editor completes and hovers stay those of the
    一级指标, with its description, whatever the field holds."""
    bundle = _bundle(runner, "tianjin")
    row = bundle["$defs"]["indicator"]
    own = row["properties"]["level1"]
    assert "enum" not in own
    told = [entry for entry in row["allOf"] if "then" in entry and "level1" in entry["then"].get("properties", {})]
    values = [value for _, _, value in chosen_below(row, "level1")]
    assert len(told) == len(values) == 9
    [otherwise] = [entry["else"]["properties"]["level1"] for entry in row["allOf"] if "else" in entry
                   and "level1" in entry["else"].get("properties", {})]
    for carried in [otherwise, *(entry["then"]["properties"]["level1"] for entry in told)]:
        assert carried["enum"] == ["产出指标", "效益指标", "满意度指标"]
        assert carried["description"] == own["description"]


def test_an_entry_that_only_refuses_carries_no_snippets_to_order_the_options(runner):
    """Each entry refusing one 二级指标 got the 一级指标 as ordering snippets where they are not in code point order
    (the jiangsu bundle grew from 64 K to 113 K): it lists them in that order instead; the `else`, read while the
    field is empty, half typed or right, still offers them in the schema's order."""
    row = _bundle(runner, "jiangsu")["properties"]["indicators"]["items"]
    told = [entry["then"] for entry in row["allOf"]
            if "then" in entry and "level1" in entry["then"].get("properties", {})]
    [otherwise] = [entry["else"] for entry in row["allOf"] if "level1" in entry.get("else", {}).get("properties", {})]
    options = otherwise["properties"]["level1"]["enum"]
    assert options != sorted(options)
    assert told and all(then["properties"]["level1"]["enum"] == sorted(options) and "allOf" not in then
                        for then in told)
    [carrier] = [entry["properties"]["level1"] for entry in otherwise["allOf"]]
    assert [snippet["label"] for snippet in carrier["defaultSnippets"]] == options
