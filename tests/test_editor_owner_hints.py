"""The editor's squiggle for a 二级指标 under a 一级指标 it does not belong to names the one it belongs to, as validate
does (editor_owner_hints); the bundle judges every pairing as the schema file does."""
from __future__ import annotations

import copy
import functools
import json

import jsonschema
import pytest

from generator.cli import main
from generator.load import load
from generator.schema_branches import chosen_below
from generator.validate import Validator

from .conftest import SPECS
from .test_integration_files import as_json


def _bundle(runner, form: str | None = None) -> dict:
    return json.loads(runner.invoke(main, ["schema", *([form] if form else [])]).output)


_TABLES = (("indicators",), ("department", "indicators"), ("projects", 0, "indicators"))


def _tables(spec) -> list[tuple[dict, dict, dict]]:
    """(a copy of the spec, its first indicator row, that row's node in the schema file) for each indicator table the
    spec has: at its top, its department's (hengyang's 完成指标 table, with a 一级指标 that takes no 二级指标), its first
    project's."""
    data = as_json(load(spec).data)
    found = []
    for path in _TABLES:
        changed, rows = copy.deepcopy(data), None
        try:
            rows = functools.reduce(lambda node, step: node[step], path, changed)
        except (KeyError, IndexError, TypeError):
            continue
        found.append((changed, rows[0], Validator().store.node_at(f"{data['form']}.schema.json", (*path, 0))))
    assert found
    return found


def _owners(row: dict) -> dict[str, list[str]]:
    """Each 一级指标 whose branch in the schema file's indicator row lists 二级指标, with them."""
    owners: dict[str, list[str]] = {}
    for _, owner, value in chosen_below(row, "level1"):
        owners.setdefault(owner, []).append(value)
    return owners


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_a_second_level_under_another_first_level_is_told_where_it_belongs_once(runner, spec):
    """`level1: 产出指标` with `level2: 社会效益指标` drew only `一级指标为“产出指标”时，二级指标请写以下之一：…`;
    validate said 社会效益指标 belongs to 效益指标. Each pairing of a table's first 一级指标 with a 二级指标 that only
    another one has is said once, naming that one, in the form's bundle and in the bundle of every form."""
    form = as_json(load(spec).data)["form"]
    files = Validator().store.validator(f"{form}.schema.json")
    bundles = [jsonschema.Draft202012Validator(_bundle(runner, name)) for name in (form, None)]
    for changed, row, schema in _tables(spec):
        owners = _owners(schema)
        written = row["level1"]
        foreign = {value: owner for owner, values in owners.items() for value in values
                   if owner != written and sum(value in others for others in owners.values()) == 1}
        assert written in owners and foreign
        for validator in bundles:
            for value, owner in foreign.items():
                row["level2"] = value
                said = {error.schema.get("errorMessage", error.message) for error in validator.iter_errors(changed)}
                assert len(said) == 1, said
                assert f"“二级指标”：属于一级指标“{owner}”，不属于所写的一级指标；请把一级指标改成“{owner}”" in said.pop()
                assert not files.is_valid(changed)


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.stem)
def test_the_bundle_judges_every_pairing_of_first_and_second_level_as_the_schema_file_does(runner, spec):
    """Every 一级指标 of a table (one taking no 二级指标, a free-text one, and one no branch names) with every 二级指标
    of the form, `""` and a slip: the branches' `not` and the owners' entries refuse exactly what the file's branches
    refuse."""
    form = as_json(load(spec).data)["form"]
    files = Validator().store.validator(f"{form}.schema.json")
    bundles = [jsonschema.Draft202012Validator(_bundle(runner, name)) for name in (form, None)]
    for changed, row, schema in _tables(spec):
        owners = _owners(schema)
        verdicts = set()
        for level1 in [*schema["properties"]["level1"]["enum"], "产出"]:
            for level2 in [*(value for values in owners.values() for value in values), "", "数量"]:
                row["level1"], row["level2"] = level1, level2
                verdict = files.is_valid(changed)
                assert [bundle.is_valid(changed) for bundle in bundles] == [verdict] * 2, (level1, level2)
                verdicts.add(verdict)
        assert verdicts == {True, False}


def test_a_right_second_level_and_one_typed_wrong_keep_the_branchs_words(runner):
    """A 二级指标 of the 一级指标 written passes; a slip (`数量`) is told the options of the 一级指标 written, as before."""
    bundle = _bundle(runner, "guangzhou")
    [(changed, row, _)] = _tables(next(spec for spec in SPECS if spec.stem.startswith("guangzhou")))
    row["level1"], row["level2"] = "产出指标", "数量"
    said = [error.schema.get("errorMessage") for error in jsonschema.Draft202012Validator(bundle).iter_errors(changed)]
    assert said == ["一级指标为“产出指标”时，二级指标请写以下之一：数量指标、质量指标、时效指标、成本指标"]
    row["level2"] = "数量指标"
    assert jsonschema.Draft202012Validator(bundle).is_valid(changed)
