"""A key in a spec YAML cannot read is named in Chinese only where its form and its place are known."""
from __future__ import annotations

import pytest

from generator.key_names import KeyNames
from generator.variants import Catalog


@pytest.fixture(scope="module")
def catalog():
    return Catalog()


@pytest.mark.parametrize("text, key, line, said", [
    ("form: guangzhou\nbudget:\n  basic: 1\n", "project", 3, "（项目支出）"),
    ("form: guangzhou\nindicators:\n- level1: 甲\n  name: 乙\n", "level2", 4, "（二级指标）"),  # a list flush under its key
    ("form: guangzhou\nindicators:\n  - level1: 甲\n", "name", 3, "（三级指标）"),              # a list indented under it
    ("form: guangzhou\nkey_tasks:\n  name: 甲\n", "content", 3, "（主要实施内容）"),  # the first item's dash left out
    ("form: guangzhou\nkey_tasks:\n- name: 甲\n  goal: |\n    budget:\n      x\n  amount: 1\n", "amount", 7,
     "（拟投入的资金（万元））"),
    ('form: "guangzhou"  # 表样\r\nyear: 2023\r\n', "year", 2, "（年度）"),  # quoted, with a comment, CRLF
    ("# yaml-language-server: $schema=../schema/guangzhou.schema.json\nbudget:\n  basic: 1\n", "basic", 3, "（基本支出）"),
    ('form: guangzhou\n"budget":\n  basic: 1\n', "basic", 3, "（基本支出）"),  # under a key in quotes, as YAML takes it
    ('"form": guangzhou\n"budget":\n  basic: 1\n', "basic", 3, "（基本支出）"),  # the form's key in quotes too
    (" form: guangzhou\nyear: 2023\n", "year", 2, "（年度）"),  # the first key typed a space in, the slip reported
    ("# 注\n\n  form: guangzhou\nyear: 2023\n", "form", 3, "（表样）"),
    # Unknown places: under a line holding a value, under a line that opens no key, text in a block,
    # under an item holding text, a line past the end, a key the form has no field for there.
    ("form: guangzhou\nbudget: 1\n  basic: 2\n", "basic", 3, ""),
    ('form: guangzhou\n"budget"\n  basic: 1\n', "basic", 3, ""),
    ("form: guangzhou\noverall_target: |\n  budget:\n    basic: 1\n", "basic", 4, ""),
    ("form: guangzhou\nindicators:\n- 甲\n  name: 乙\n", "name", 4, ""),
    ("form: guangzhou\nbudget:\n  basic: 1\n", "basic", 9, ""),
    ("form: guangzhou\nbudget:\n  basic: 1\n", "name", 3, ""),
    # Unknown forms: none written, one jixiao does not have, two, a first line naming no schema file.
    ("budget:\n  basic: 1\n", "basic", 2, ""),
    ("form: nowhere\nbudget:\n  basic: 1\n", "basic", 3, ""),
    ("form: guangzhou\nbudget:\n  basic: 1\nform: jiangsu\n", "basic", 3, ""),
    ("budget:\n  form: guangzhou\n  basic: 1\n", "basic", 3, ""),  # a nested `form:` names no form
    ("# yaml-language-server: $schema=https://example.org/spec\nbudget:\n  basic: 1\n", "basic", 3, ""),
])
def test_a_key_is_named_only_where_its_form_and_place_are_known(catalog, text, key, line, said):
    assert KeyNames(text, catalog)(key, line) == said


def test_without_the_forms_no_key_is_named():
    assert KeyNames("form: guangzhou\nyear: 2023\n", None)("year", 2) == ""
