"""The schema pass cache: an unchanged spec skips jsonschema, anything changed is validated again."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

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
# The same, saying whether lint's rule catalogue had to be imported (to judge the profile's rule settings).
LINT_PROBE = PROBE.replace("'jsonschema' in sys.modules", "'generator.lint' in sys.modules")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("JIXIAO_CACHE_DIR", str(folder))
    return folder / pass_cache.SUBFOLDER


def passes(cache) -> list[str]:
    return sorted(p.name for p in cache.iterdir() if p.name != pass_cache.SWEEP_MARK)


def probe(spec, cache_root, code: str = PROBE) -> str:
    env = {**os.environ, "JIXIAO_CACHE_DIR": str(cache_root)}
    done = subprocess.run([sys.executable, "-c", code, str(spec)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_second_run_of_an_unchanged_spec_does_not_import_jsonschema(tmp_path):
    assert probe(SPEC, tmp_path) == "True True"
    assert probe(SPEC, tmp_path) == "True False"


def test_a_profiles_rule_settings_are_judged_once_then_lints_rules_are_not_imported(tmp_path):
    """The profile's lint rule settings are judged by lint's catalogue (some 35 ms to import) when the profile
    is checked; a profile that passed is not checked again, so validate does not pay for lint on every run."""
    with_rules = ROOT / "specs" / "jiangsu-taiban-2024.yaml"  # its form's profile sets rules
    assert probe(with_rules, tmp_path, LINT_PROBE) == "True True"
    assert probe(with_rules, tmp_path, LINT_PROBE) == "True False"


def test_a_forms_template_names_are_checked_once_then_not_again(cache, monkeypatch):
    """Every build read each template's names against the new spec's data (template_names), importing the
    scaffold for it: a quarter of a cold one-spec build. A form whose names passed is not read again; a
    template still reading a name in vain is, and says so each time (test_new_variant)."""
    from generator import template_names
    from generator.build import Renderer

    def render(spec):
        return Renderer(["html"]).render(str(spec))

    assert render(SPEC).ok and passes(cache)
    monkeypatch.setattr(template_names, "reads", lambda *args: pytest.fail("read again"))
    assert render(SPEC).ok


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
    before = passes(cache)
    target = schemas / "guangzhou.schema.json"
    target.write_text(target.read_text(encoding="utf-8").replace('"minItems": 1,', '"minItems": 99,', 1), encoding="utf-8")
    validator = Validator(roots)
    checked = validator.check_file(SPEC)
    verdict = pass_cache.key(target.name, *validator.store.texts.values(), SPEC.read_text(encoding="utf-8"))
    assert verdict not in passes(cache) and set(before) <= set(passes(cache)), \
        "a spec failing the new schema must not be remembered"
    assert not checked.ok


def test_failures_are_never_remembered_and_always_reported(broken, cache):
    path, _ = broken("guangzhou-tailian-2023.yaml", "year: 2023", "year: 二〇二三")
    for _ in range(2):
        checked = Validator().check_file(path)
        assert [p.code for p in checked.problems if p.is_error] == ["SCHEMA-TYPE"]
    assert len(passes(cache)) == 2, "only the variant's passes (its schema, its profile) are remembered"
    assert Validator().check_file(SPEC).ok
    assert len(passes(cache)) == 3


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
    """placeholder.py too: a schema's snippet passes only as its choices' “（请填写）” is not tried."""
    before = pass_cache.key("schema", "spec")
    real_stat = os.stat
    for changed in ("load.py", "jsonschema", "placeholder.py"):
        monkeypatch.setattr(pass_cache.os, "stat", lambda file, *args, changed=changed, **kwargs: (
            os.stat_result((0,) * 10) if changed in str(file) else real_stat(file, *args, **kwargs)))
        pass_cache._judges.cache_clear()  # a new process
        assert pass_cache.key("schema", "spec") != before, changed
        monkeypatch.setattr(pass_cache.os, "stat", real_stat)
    pass_cache._judges.cache_clear()
    assert pass_cache.key("schema", "spec") == before


def _age(path, days: float) -> None:
    then = time.time() - days * 86400
    os.utime(path, (then, then))


def test_passes_unused_for_a_month_are_swept_away(cache):
    cache.mkdir(parents=True)
    (cache / "stale").touch()
    (cache / "recent").touch()
    _age(cache / "stale", 31)
    _age(cache / "recent", 29)
    pass_cache.remember("new")
    assert passes(cache) == ["new", "recent"]


def test_a_pass_in_use_is_kept_however_old_it_was_first_written(cache):
    cache.mkdir(parents=True)
    (cache / "old-but-used").touch()
    _age(cache / "old-but-used", 31)
    assert pass_cache.passed("old-but-used")
    pass_cache.remember("new")
    assert (cache / "old-but-used").is_file()


def test_the_folder_is_swept_at_most_once_a_day(cache):
    pass_cache.remember("first")
    (cache / "stale").touch()
    _age(cache / "stale", 31)
    pass_cache.remember("second")
    assert (cache / "stale").is_file()
    _age(cache / pass_cache.SWEEP_MARK, 1.1)
    pass_cache.remember("third")
    assert not (cache / "stale").exists()
