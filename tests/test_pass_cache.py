"""The schema pass cache: an unchanged spec skips jsonschema, anything changed is validated again."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from generator import pass_cache
from generator.validate import Validator
from generator.variants import Roots

from .conftest import ROOT

SPEC = ROOT / "specs" / "guangzhou-tailian-2023.yaml"

# Validates one spec in a fresh interpreter and says whether jsonschema had to be imported.
PROBE = (
    "import sys; from generator.validate import Validator; "
    "checked = Validator().check_file(sys.argv[1]); "
    "print(checked.ok, 'jsonschema' in sys.modules)"
)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(folder))
    return folder / pass_cache.SUBFOLDER


def probe(spec, cache_root) -> str:
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(cache_root)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(spec)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_second_run_of_an_unchanged_spec_does_not_import_jsonschema(tmp_path):
    assert probe(SPEC, tmp_path) == "True True"
    assert probe(SPEC, tmp_path) == "True False"


def test_an_edited_spec_is_validated_again(tmp_path):
    spec = tmp_path / SPEC.name
    shutil.copy(SPEC, spec)
    assert probe(spec, tmp_path / "c") == "True True"
    spec.write_text(SPEC.read_text(encoding="utf-8") + "\n# 修改\n", encoding="utf-8")
    assert probe(spec, tmp_path / "c") == "True True"


def test_a_changed_schema_invalidates_earlier_passes(tmp_path, cache):
    schemas = tmp_path / "schema"
    shutil.copytree(ROOT / "schema", schemas)
    roots = Roots(templates=ROOT / "templates", schemas=schemas)
    assert Validator(roots).check_file(SPEC).ok
    passes = set(os.listdir(cache))
    target = schemas / "guangzhou.schema.json"
    target.write_text(target.read_text(encoding="utf-8").replace('"unit"', '"unit_name"', 1), encoding="utf-8")
    checked = Validator(roots).check_file(SPEC)
    assert set(os.listdir(cache)) == passes, "a spec failing the new schema must not be remembered"
    assert not checked.ok


def test_failures_are_never_remembered_and_always_reported(broken, cache):
    path, _ = broken("guangzhou-tailian-2023.yaml", "year: 2023", "year: 二〇二三")
    for _ in range(2):
        checked = Validator().check_file(path)
        assert [p.code for p in checked.problems if p.is_error] == ["SCHEMA-TYPE"]
    assert len(os.listdir(cache)) == 1, "only the variant profile's pass is remembered"
    assert Validator().check_file(SPEC).ok
    assert len(os.listdir(cache)) == 2


def test_an_unwritable_cache_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(blocker))
    assert Validator().check_file(SPEC).ok
    assert Validator().check_file(SPEC).ok


def test_no_cache_turns_it_off(cache, monkeypatch):
    monkeypatch.setenv("JIXIAO_NO_CACHE", "1")
    assert Validator().check_file(SPEC).ok
    assert not cache.exists()


def test_the_key_separates_its_parts():
    assert pass_cache.key("ab", "c") != pass_cache.key("a", "bc")


def test_a_changed_loader_or_jsonschema_is_not_trusted_with_old_passes(monkeypatch):
    before = pass_cache.key("schema", "spec")
    real_stat = os.stat
    for changed in ("load.py", "jsonschema"):
        monkeypatch.setattr(pass_cache.os, "stat", lambda file, *args, changed=changed, **kwargs: (
            os.stat_result((0,) * 10) if changed in str(file) else real_stat(file, *args, **kwargs)))
        pass_cache._judges.cache_clear()  # a new process
        assert pass_cache.key("schema", "spec") != before, changed
        monkeypatch.setattr(pass_cache.os, "stat", real_stat)
    pass_cache._judges.cache_clear()
    assert pass_cache.key("schema", "spec") == before
