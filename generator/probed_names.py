"""Warnings about a name a template probes that no schema declares there: a misspelt probe is always false.

`{% if t.amout is defined %}`, `{% if "amout" in t %}`, `t.amout|default("")`, `selectattr("amout", "defined")`:
a template asks whether a field is there, since an optional one may be missing, and template_names lets such a
read be. Misspelt, the field is never there: every form silently dropped the text under the probe, and neither
`jixiao new --list` nor a build said a word. So a probed name the form's data does not hold is named, with the
field meant when field_guess finds one close. A warning, not an error: the form renders, and a template may
probe a field on purpose that its schema does not declare yet.

A template under `_shared/`, which several forms include or import, may probe a field that only some of them
declare: its probe is let be when a schema of the project declares the name in an object beside a field of
what it is read from (the same kind of group, in another form). A form's own template is judged by its own
schema alone; a name another form's schema declares is said as field_guess says it.

A misspelt probe's result is the same on every form, so the warning says, by the probe as written, what every form
shows.
"""
from __future__ import annotations

from pathlib import Path

from .field_guess import meant, undeclared
from .key_lines import property_objects
from .model import IndicatorTable
from .problems import Problem, Severity
from .template_errors import fields_of, located
from .template_names import Probe

CODE = "TEMPLATE-PROBE-UNDECLARED"


def undeclared_probes(store, variant, template: Path, source: str | None, sample: dict, probes) -> list[Problem]:
    """A warning for each of `probes` (see template_names.reads: a name probed that `sample`, the view model of
    the new spec, lacks) in `template` or a template it pulls in, unless the probe stands in a shared template
    and a schema of the project declares the name there. `source` is a Word template's compiled Jinja text."""
    declared: list[frozenset[str]] | None = None
    found = []
    for slip in probes:
        fields = list(sample) if slip.owner is None else fields_of(slip.owner)
        known = fields
        if slip.file is not None and _shared(slip.file, variant):
            if declared is None:
                declared = [names for name in store.texts for names in property_objects(store.schema(name))]
            alike = [names for names in declared if names & set(fields)]  # the same kind of group, in any form
            if any(slip.name in names for names in alike):
                continue
            known = list(dict.fromkeys([*fields, *sorted(name for names in alike for name in names)]))
        file = slip.file or template
        line, column, paragraph = located(file, slip.line, slip.name, None if slip.file else source)
        path = "" if slip.owner is None else _path(sample, slip.owner)
        said = _said(store, variant.schema_path.name, slip, known, path)
        found.append(Problem(str(file), line, column, Severity.WARNING, CODE, said + paragraph))
    return found


def _said(store, schema: str, slip, known: list[str], path: str | None) -> str:
    """What is wrong with the probe `slip` of a name in the group at `path` of the sample ("": the top; None: no
    group of fields, a cell or a table), what it does on every form, and what to write instead: the one of `known`
    it is a slip of, if one is close."""
    name = slip.name
    group = _title(store, schema, path.removesuffix(".*")) if path else ""
    what = f"“{group}”里的字段" if group else "规格的字段" if path is not None else "这里能读的名字"
    said = f"试探的“{name}”不是{what}：{_always(slip.probe)}"
    close = meant(name, [field for field in known if field != name])
    dropped = undeclared(name, close)
    if dropped:
        return f"{said}；{dropped}"
    if close:
        title = _title(store, schema, f"{path}.{close}" if path else close) if path is not None else ""
        return f"{said}；是否想写“{close}”" + (f"（{title}）" if title and title != close else "") + "？"
    return f"{said}；请检查拼写，或在表样的 schema 里声明这个字段"


def _always(probe: Probe) -> str:
    """What the probe, as written, does on every form, the name never being there: an `is defined` or `in` is
    never true, so what it guards never prints; an `is undefined` or `not in` always is, so it always prints; a
    default is always what is printed."""
    if probe.answer is None:
        return f"“{probe.written}”总是起作用，" + ("每一项取到的都是默认值" if probe.items else "每份表上印出的都是默认值")
    said = f"用“{probe.written}”试探它，结果总是“{'是' if probe.answer else '否'}”"
    if probe.items:
        return f"{said}（对每一项都一样）"
    return f"{said}，它管的文字在每份表上都{'会' if probe.answer else '不会'}印出"


def _title(store, schema: str, dotted: str) -> str:
    """The Chinese name the schema gives the field at `dotted`; "" when it declares none there."""
    node, left = store.declared(schema, dotted)
    return "" if left is not None else node.get("title", "")


def _path(value, owner, path: str = "") -> str | None:
    """The dotted path (`key_tasks.*`) of `owner` among the groups of the sample `value`; None when it is none
    of them (a cell, a table)."""
    for child_path, child in _children(value, path):
        if child is owner:
            return child_path
        found = _path(child, owner, child_path)
        if found is not None:
            return found
    return None


def _children(value, path: str) -> list[tuple[str, object]]:
    """(path, value) of each field of a group, item of a list or row of an indicator table in the sample."""
    if isinstance(value, dict):
        return [(f"{path}.{key}" if path else str(key), child) for key, child in value.items()]
    if isinstance(value, list):
        return [(f"{path}.*", child) for child in value]
    if isinstance(value, IndicatorTable):
        return [(f"{path}.*", row) for row in [*value.rows, *(row for block in value.blocks for row in block.rows)]]
    return []


def _shared(file: Path, variant) -> bool:
    """Whether `file` is one of the `_shared` templates several forms pull in."""
    return any(file.resolve().is_relative_to(folder.resolve()) for folder in variant.shared)
