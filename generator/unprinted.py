"""Warnings about a form's template that cannot show what a spec must fill in.

A field the schema requires is one every spec fills in and `jixiao import` reads back. A template that
never reads it (its tag deleted from the cell, leaving `电话：`; its row dropped from form.html alone)
rendered every form without it, and nothing was said until a form read back lacked the field. A Word
template whose indicator table the profile merges, with a merged column printed without `|vm`, printed
that column on every row unmerged while form.html merged it. Both still render, so they are warnings,
named per template: the author may print a field elsewhere on purpose, or not at all.

A field counts as printed when the template reads it anywhere (see template_names.reads: in any branch,
through a loop, a macro or a filter), or when the profile's title or file name pattern reads it: the
document's title (in Word's properties, the browser's tab) carries it, and `jixiao import` reads it there.
"""
from __future__ import annotations

from jinja2 import nodes

from .jinja import read_paths
from .model import DEFAULT_MERGE, IndicatorTable, Row
from .problems import Problem, Severity

UNPRINTED = "TEMPLATE-UNPRINTED"
UNMERGED = "TEMPLATE-UNMERGED"
_KINDS = {"docx": "Word", "html": "HTML"}


def unprinted(store, variant, kind: str, sample: dict, read: set[tuple[int, str]]) -> list[Problem]:
    """A warning for each field the schema requires of a spec that the template of `kind` never reads."""
    file = variant.docx_template if kind == "docx" else variant.html_template
    titled = {path for pattern in (variant.title, variant.file_name) for path in read_paths(pattern)}
    found = []
    for path, title, places in _required_leaves(store, variant.schema_path.name, sample):
        if path in titled or any((place, path.rsplit(".", 1)[-1]) in read for place in places):
            continue
        example = f"（如 {{{{ {path} }}}}）" if "*" not in path else ""
        found.append(Problem(str(file), 0, 0, Severity.WARNING, UNPRINTED,
                             f"{file.name} 没有印出必填字段“{path}”（{title}）：每份规格都要填它，生成的 {_KINDS[kind]} 表上却没有，"
                             f"读回生成的表时会说缺少这个字段；请在模板里印出它{example}"))
    return found


def unmerged(variant, template: nodes.Template) -> list[Problem]:
    """A warning for each column the profile merges that the Word template (its Jinja text, parsed) never
    marks with `|vm`. Not judged when `|vm` is given anything but a row's column (a macro's argument)."""
    marked = set()
    for node in template.find_all(nodes.Filter):
        if node.name == "vm":
            if not isinstance(node.node, nodes.Getattr):
                return []
            marked.add(node.node.attr)
    file = variant.docx_template
    found = []
    for table in variant.indicator_tables:
        for column in table.get("merge", DEFAULT_MERGE):
            if column not in marked:
                marked.add(column)  # said once for the tables merging it
                found.append(Problem(str(file), 0, 0, Severity.WARNING, UNMERGED,
                                     f"profile.yaml 的 indicator_tables（{table['path']}）合并“{column}”一栏，{file.name} 里却没有 "
                                     f"{{{{ r.{column}|vm }}}}：Word 表在每一行都印出它、不合并，HTML 表却合并；"
                                     f"请把这一栏写成 {{{{ r.{column}|vm }}}}（r 是重复行的循环变量）"))
    return found


def _required_leaves(store, file_name: str, sample: dict):
    """(path, title, ids of what holds it) of each field a spec must fill in: required all the way from the
    top (in every item of a list), no group and no list, and not a constant (`form`)."""
    leaves: dict[str, tuple[str, set[int]]] = {}

    def walk(schema: dict, base: str, value, path: str) -> None:
        schema, base = store.resolve(schema, base)
        if isinstance(value, IndicatorTable):
            for row in [*value.rows, *(row for block in value.blocks for row in block.rows)]:
                walk(schema.get("items", {}), base, row, path + ".*")
        elif isinstance(value, list):
            for item in value:
                walk(schema.get("items", {}), base, item, path + ".*")
        elif isinstance(value, (dict, Row)):
            fields = value if isinstance(value, dict) else vars(value)
            for key in schema.get("required", []):
                child = schema.get("properties", {}).get(key)
                if not isinstance(child, dict) or key not in fields:
                    continue
                resolved, _ = store.resolve(child, base)
                where = f"{path}.{key}" if path else key
                if isinstance(fields[key], (dict, list, IndicatorTable, Row)):
                    walk(child, base, fields[key], where)
                elif "const" not in resolved:
                    leaves.setdefault(where, (resolved.get("title", key), set()))[1].add(id(value))

    walk(store.schema(file_name), file_name, sample, "")
    return [(path, title, places) for path, (title, places) in leaves.items()]
