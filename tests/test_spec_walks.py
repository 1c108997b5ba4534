"""How often validate and lint walk a spec's tree: once, whatever number of rules read its texts (Spec.texts)."""
from __future__ import annotations

import pytest

from generator import load
from generator.cli import main

from .conftest import SPECS


@pytest.fixture
def whole_walks(monkeypatch) -> list[str]:
    """The unit named by each spec whose whole tree `load.leaves` was asked to walk (a walk of a part not counted)."""
    walked, leaves = [], load.leaves

    def counted(data, path=()):
        if not path and isinstance(data, dict) and "form" in data:
            walked.append(data.get("unit"))
        return leaves(data, path)

    monkeypatch.setattr(load, "leaves", counted)
    return walked


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_each_spec_is_walked_once(runner, whole_walks, monkeypatch, command):
    """Twelve rules and checks read every text of a spec, each walked the tree for it (lint of 300 specs spent
    4 s of 26 in the walk); now the first walks it and the others read what it found."""
    monkeypatch.setenv("JIXIAO_NO_CACHE", "1")
    result = runner.invoke(main, [command, *map(str, SPECS)])
    assert result.exit_code == 0, result.output
    assert len(whole_walks) == len(SPECS) and len(set(whole_walks)) == len(SPECS)


def test_a_spec_the_schema_refuses_is_walked_once(runner, whole_walks, tmp_path):
    """The rules on one value read the texts of a spec the schema refused too, but those in a refused value."""
    spec = tmp_path / SPECS[0].name
    spec.write_text(SPECS[0].read_text(encoding="utf-8").replace("year: ", "year: x", 1), encoding="utf-8")
    result = runner.invoke(main, ["validate", str(spec)])
    assert result.exit_code == 1, result.output
    assert len(whole_walks) == 1


def test_texts_are_walked_again_for_other_data():
    spec = load.Spec("a.yaml", {"a": "一", "b": [1, "二"]})
    assert spec.texts() == ((("a",), "一"), (("b", 1), "二"))
    spec.data = {"c": "三"}
    assert spec.texts() == ((("c",), "三"),)
