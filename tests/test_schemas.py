"""Schemas and profiles are themselves valid, and agree with each other."""
from __future__ import annotations

import json

import jsonschema
import pytest
from ruamel.yaml import YAML

from generator.schema import SchemaStore
from generator.variants import PROFILE_SCHEMA, Catalog

from .conftest import ROOT

SCHEMAS = sorted((ROOT / "schema").glob("*.json"))
VARIANTS = Catalog().names()


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_is_valid_against_the_metaschema(path):
    jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def test_profile_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(json.loads(PROFILE_SCHEMA.read_text(encoding="utf-8")))


def test_every_spec_variant_has_a_variant_folder():
    named = {YAML(typ="safe").load(p.read_text(encoding="utf-8"))["form"] for p in (ROOT / "specs").glob("*.yaml")}
    assert named <= set(VARIANTS)


def _properties(node, found):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            found.append((name, sub))
        for value in node.values():
            _properties(value, found)
    elif isinstance(node, list):
        for value in node:
            _properties(value, found)
    return found


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_property_has_a_chinese_title_and_description(path):
    store = SchemaStore(ROOT / "schema")
    for name, sub in _properties(json.loads(path.read_text(encoding="utf-8")), []):
        resolved, _ = store.resolve(sub, path.name)
        assert resolved.get("title") and resolved.get("description"), f"{path.name}: {name}"
        assert any("\u4e00" <= ch <= "\u9fff" for ch in resolved["title"]), f"{path.name}: {name}"


@pytest.mark.parametrize("name", VARIANTS)
def test_frame_names_match_the_schema_vocabulary(name):
    """The profile's frames (order, membership) and the schema's enums (completion) name the same categories."""
    variant = Catalog().get(name)
    store = SchemaStore(ROOT / "schema")
    schema_text = json.dumps(store.schema(variant.schema_path.name), ensure_ascii=False)
    for entries in variant.frames.values():
        for entry in entries:
            assert f'"{entry["level1"]}"' in schema_text, entry["level1"]
            for level2 in entry.get("level2", []):
                assert f'"{level2}"' in schema_text, level2
