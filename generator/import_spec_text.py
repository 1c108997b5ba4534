"""The text of an imported spec: written as `jixiao fmt` writes it (keys in the schema's order, amounts with the
places they were typed with), under the first line that points editors at its schema (as `jixiao new` writes
it), each amount, count and section named in Chinese in a comment after it.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .fmt import Verbatim, dump
from .import_fields import Fields
from .schema_line import modeline


def _tree(node: Any) -> Any:
    """Plain data as the round-trip tree `fmt` lays out; amounts keep their typed precision."""
    if isinstance(node, dict):
        return CommentedMap((k, _tree(v)) for k, v in node.items())
    if isinstance(node, list):
        return CommentedSeq(_tree(v) for v in node)
    if isinstance(node, Decimal):
        number = Verbatim(format(node, "f"))  # 0.0000001, never 1E-7
        number.tag = "tag:yaml.org,2002:" + ("float" if "." in number else "int")
        return number
    return node


def spec_text(data: dict, fields: Fields, schema_path: Path, target: Path) -> str:
    """The spec as `jixiao fmt` writes it, under the line that points editors at `schema_path`."""
    tree = _tree(data)
    fields.layout.apply(tree)
    _name_fields(tree, fields)
    return modeline(schema_path, target) + dump(tree)


def _name_fields(tree: CommentedMap, fields: Fields, path: tuple = ()) -> None:
    """Each amount, count and section outside the lists named in a comment after it (`basic: 397.72  # 基本支出`),
    as in the example specs: keys are short English, and `basic`, `fiscal`, `own_level` say nothing to the
    clerk who opens an imported spec outside an editor that shows the schema's titles. A text field is
    left as it is: its value says what it is (`unit: 某单位`), or is too long a line for a comment to be seen."""
    for key, value in tree.items():
        if isinstance(value, str) and not isinstance(value, Verbatim):
            continue
        shown = "" if isinstance(value, (CommentedMap, CommentedSeq)) else f" {'null' if value is None else value}"
        written = f"{key}:{shown}"
        # two spaces after the value, as the example specs write it (ruamel puts one where the column is too small)
        tree.yaml_add_eol_comment(f"# {fields.title(path + (key,))}", key, column=2 * len(path) + len(written) + 2)
        if isinstance(value, CommentedMap):
            _name_fields(value, fields, path + (key,))
