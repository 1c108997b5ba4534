"""The names a template reads, checked against its data without rendering it.

A render reads only the branches its data takes: `{% if item.amount %}{{ item.amout }}{% endif %}`
rendered fine from every spec with the amount blank, the new spec `jixiao new --list` renders
included, and stopped the build of the first spec that filled it in, on the day it was due. So each
template's syntax tree is walked here, every branch of it, and each name it reads is looked up in
a sample of its data: the view model of the spec `jixiao new` writes, which holds every field the
schema declares, an item in every list and the model's own kinds (indicator tables, rows, cells).

Only what is sure is named. A name is judged where the sample holds what it is read from: a field
of the spec's groups, a column of a row, a cell's `text`/`span`/`first`/`keep`, a table's
`rows`/`blocks`, or a name at the top, which is no field, no global, nothing the template binds
(`{% set %}`, a loop's, a macro's or its arguments, an import), nothing a layout it extends binds
and none of Jinja's own (`loop`, `caller`, `super`…). What a filter's result, a call or a value (a text's
methods) holds is Jinja's to judge as it renders. A name probed with `is defined`, `|default`, a test of
its kind (`is mapping`) or of membership (`"amount" in row`, `key in row`) is one the template knows may be
missing; a probe of one the data lacks is kept apart, for probed_names to judge (misspelt, it is always false).
A subscript `v[f]` reads the field a text
bound to `f` names (a macro's argument given "amount", a `{% set %}`), judged as `v.amount` is, at the text where it
was written (the call `cell(t, "amout")` is where the slip is), unless `v[f]` is probed as written (`v[f]|default`);
by a key the walk cannot tell, it may read any field of `v`, and none is judged.

A name may be read away from the `{{ }}` that prints it, and is judged there too: a macro's body (its
own or one imported from a shared template) is walked again with what each call gives its arguments,
judging there only what every such call reads (a branch, `{% if kind == "task" %}{{ v.amount }}`, may be
for the values of another call),
an included template with the names where it is included, and a filter's argument that names a field
of the items it filters (`map(attribute='amount')`, `selectattr('amount')`, `amount_sum('amount')`,
which printed a blank total for a misspelt column) is looked up in an item, unless the filter probes it
(`selectattr('note', 'defined')`, `map(attribute='note', default='')`).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from jinja2 import TemplateError, nodes

from .cells import Cell
from .jinja import FieldMissing, path_steps
from .model import IndicatorTable, Row

ANY = object()
"""What an expression holds when the sample cannot tell (a macro's argument, a filter's result)."""


class _Text(str):
    """A text written out in a template (`"amount"`), with where: a key it names, given to a macro or bound by a
    `{% set %}` and read as `v[f]` far from it, is a slip where it was written."""

    def __new__(cls, value: str, line: int, file: Path | None):
        text = super().__new__(cls, value)
        text.line, text.file = line, file
        return text


_JINJAS_OWN = frozenset({"loop", "caller", "varargs", "kwargs", "self", "super"})
_PROBES = frozenset({"defined", "undefined", "none", "mapping", "string", "number", "sequence", "iterable"})
"""Tests by which a template asks what a value holds: one asking what kind of value it is (a macro's argument,
given a group of fields at one call and a row at another) reads under it only in the branch that fits."""
_DEFAULTS = frozenset({"default", "d"})
_SAME_ITEMS = frozenset({"reverse", "sort", "list", "unique", "select", "reject", "selectattr", "rejectattr"})
"""Filters whose result holds items of the list they filter: a loop over it reads those items."""
_ONE_ITEM = frozenset({"first", "last"})
_FIELD_ARGUMENT = {"map": None, "sum": 0, "sort": 2, "unique": 1, "min": 1, "max": 1, "join": 1, "groupby": 0,
                   "selectattr": 0, "rejectattr": 0, "amount_sum": 0}
"""Filters given the name of a field of the items they filter: the place of that argument (None: by keyword only)."""
_SEVERAL_FIELDS = frozenset({"sort"})
"""Filters whose field argument may name several, split at commas (`sort(attribute='name,amount')`, by Jinja's
make_multi_attrgetter; the others read `name,amount` as one name)."""


class Probe(NamedTuple):
    """How a template asks whether a name is there, as written (`is defined`, `|default`, `not in`,
    `selectattr(…, "defined")`), and what it answers of a name the data never holds: always False (`is defined`, `in`,
    `is number`), always True (`is undefined`, `not in`), or None where a default is given instead (`|default`).
    `items`: asked of each item a filter goes through."""
    written: str
    answer: bool | None
    items: bool = False


class NameUnknown(FieldMissing):
    """A name a template reads that its data does not hold, found on `line` of the template's Jinja text
    without rendering (so no traceback names the line). `owner` is what it is read from, as at render;
    `probe` how it was probed, for a probe's (see probed_names)."""

    def __init__(self, line: int, name: str, owner=None, file: Path | None = None, probe: Probe | None = None):
        super().__init__(f"{name!r} is undefined", name, owner)
        self.line = line
        self.file = file  # the included or imported template it is read in; None: the one checked
        self.probe = probe


def reads(env, template: nodes.Template, sample: dict, open_groups: set[int]) -> tuple[list[NameUnknown],
                                                                                     set[tuple[int, str]],
                                                                                     list[NameUnknown]]:
    """Each read in `template` (a template's Jinja text, as `env` parses it) of a name its data would not
    hold, in the template's order, once per line and name; every read of a name the sample holds, as
    (id of what it is read from, name): a field of a group or of a list's item, a column of a row, a name at
    the top; and each probe of a name the data does not hold (`t.amout is defined`, `"amout" in t`), once per
    line and name, for the probes check (see probed_names). What the template reads, in any branch, is what it
    prints (see unprinted). `open_groups` are the ids of the sample's groups whose fields the schema leaves open
    (see `open_groups`)."""
    inherited = _inherited(env, template)
    known = set(env.globals) | set(sample) | _JINJAS_OWN | _bound(template) | (inherited or set())
    reader = _Reader(env, sample, known, _probed(template), open_groups, layouts_unread=inherited is None)
    reader.statements(template.body, [{}])
    return _once(reader.found), reader.read, _once(reader.probes)


def _once(slips: list[NameUnknown]) -> list[NameUnknown]:
    """`slips` in the template's order (the checked template's first), once per file, line and name: a macro's
    body is walked again for each call."""
    seen, kept = set(), []
    for slip in sorted(slips, key=lambda slip: (slip.file is not None, str(slip.file), slip.line)):
        if (slip.file, slip.line, slip.name) not in seen:
            seen.add((slip.file, slip.line, slip.name))
            kept.append(slip)
    return kept


def open_groups(store, file_name: str, sample: dict) -> set[int]:
    """The ids of the groups of `sample` (the view model of a spec of the schema `file_name`) that may hold
    fields the schema does not name: an object declaring none, or any by a pattern or a schema for the rest
    (`additionalProperties: {…}` or `true`). A spec may give those any name, so a template's read is let be."""
    found: set[int] = set()

    def walk(schema: dict, base: str, value) -> None:
        schema, base = store.resolve(schema, base)
        if isinstance(value, dict):
            extra = schema.get("additionalProperties")
            if not schema.get("properties") or "patternProperties" in schema or extra is True \
                    or isinstance(extra, dict):
                found.add(id(value))
            for key, child in schema.get("properties", {}).items():
                if isinstance(child, dict) and key in value:
                    walk(child, base, value[key])
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for item in value:
                walk(schema["items"], base, item)

    walk(store.schema(file_name), file_name, sample)
    return found


def _bound(template) -> set[str]:
    """Every name the template binds anywhere: where the walk's scopes and Jinja's part, the name is let be."""
    names = {node.name for node in template.find_all(nodes.Name) if node.ctx != "load"}
    names |= {node.name for node in template.find_all(nodes.Macro)}
    names |= {node.target for node in template.find_all(nodes.Import)}
    for node in template.find_all(nodes.FromImport):
        names |= {name[1] if isinstance(name, tuple) else name for name in node.names}
    return names


def _inherited(env, template) -> set[str] | None:
    """The names bound anywhere in the layouts `template` extends, and in theirs (`_bound`, as loosely as for
    the form itself): a layout's `{% set %}` or import at its top is read in the form's blocks as in its own,
    and one bound deeper is let be too rather than told apart. (What an included or imported template binds
    stays there.) None when a layout cannot be read or is named by an expression: what it binds is unknown,
    and the render says what is wrong with it."""
    names: set[str] = set()
    seen: set[str] = set()
    waiting = [template]
    while waiting:
        for extends in waiting.pop().find_all(nodes.Extends):
            if not (isinstance(extends.template, nodes.Const) and isinstance(extends.template.value, str)):
                return None
            name = extends.template.value
            if name in seen:  # a layout extending itself, or one another: the render says so
                continue
            seen.add(name)
            try:
                layout = env.parse(env.loader.get_source(env, name)[0], name)
            except (TemplateError, OSError):
                return None
            names |= _bound(layout)
            waiting.append(layout)
    return names


def _probed(template) -> set[tuple[str, ...]]:
    """The paths the template tests with `is defined` (or asks the kind of), gives a `|default` or tests for
    membership (`"amount" in row`, `key in row`): reads under them may miss."""
    probes = [node.node for node in template.find_all(nodes.Test) if node.name in _PROBES]
    probes += [node.node for node in template.find_all(nodes.Filter) if node.name in _DEFAULTS and node.node]
    found = {tuple(steps) for steps in (path_steps(probe, by_name=True) for probe in probes) if steps}
    return found | {path for compare in template.find_all(nodes.Compare) for path in _members(compare)}


def _members(compare: nodes.Compare):
    """The paths a comparison tests for membership: `"amount" in row` and `"amount" not in row` ask whether
    row.amount is there, `key in row` whether `row[key]` is (as `path_steps` writes a subscript by a name)."""
    left = compare.expr
    for operand in compare.ops:
        if operand.op in ("in", "notin"):
            owner = path_steps(operand.expr, by_name=True)
            key = left.value if isinstance(left, nodes.Const) and isinstance(left.value, str) else \
                f"[{left.name}]" if isinstance(left, nodes.Name) else None
            if owner and key is not None:
                yield (*owner, key)
        left = operand.expr


class _Macro:
    """A macro a name holds: its definition, the scopes it was defined in and the template file it is in
    (None: the one checked), so a call can walk its body with the call's arguments."""

    def __init__(self, node: nodes.Macro, scopes: list[dict], file: Path | None):
        self.node, self.scopes, self.file = node, scopes, file


class _Reader:
    """Walks a template's statements with the values its names hold in the sample (or ANY)."""

    def __init__(self, env, sample: dict, known: set[str], probed: set[tuple[str, ...]], open_groups: set[int],
                 layouts_unread: bool):
        self.env, self.sample, self.known, self.probed, self.open_groups = env, sample, known, probed, open_groups
        self.layouts_unread = layouts_unread  # then any bare name (not a field) may be one a layout binds
        self.found: list[NameUnknown] = []
        self.probes: list[NameUnknown] = []  # names probed (`is defined`, `|default`, `in`) that the data lacks
        self.read: set[tuple[int, str]] = set()  # (id of a group, row or the sample, name) of each name found there
        self.file: Path | None = None  # the template being walked, when it is an included or imported one
        self._walked: set[tuple] = set()  # the macro calls and includes walked, once each with the same values
        self._calls = 0  # how deep in macro bodies walked with a call's values the walk is
        self._unsure = 0  # how many branches, within those bodies, a call may not take the walk is in

    def statements(self, body: list, scopes: list[dict]) -> None:
        for node in body:
            self.statement(node, scopes)

    def statement(self, node, scopes: list[dict]) -> None:
        if isinstance(node, nodes.Expr):
            self.value(node, scopes)
        elif isinstance(node, nodes.If):
            self.value(node.test, scopes)
            self._branch(lambda: [self.statements(part, scopes) for part in (node.body, node.elif_, node.else_)])
        elif isinstance(node, nodes.For):
            inner = [*scopes, {"loop": ANY}]
            self._bind(node.target, _item(self.value(node.iter, scopes)), inner)
            if node.test is not None:
                self.value(node.test, inner)
            self.statements(node.body, inner)
            self._branch(lambda: self.statements(node.else_, scopes))
        elif isinstance(node, nodes.Assign):
            self._bind(node.target, self.value(node.node, scopes), scopes)
        elif isinstance(node, nodes.AssignBlock):
            self._bind(node.target, ANY, scopes)
            self.statements(node.body, scopes)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            if isinstance(node, nodes.Macro):
                scopes[-1][node.name] = _Macro(node, scopes, self.file)
            else:
                self.value(node.call, scopes)
            for default in node.defaults:
                self.value(default, scopes)
            inner = [*scopes, {name: ANY for name in ("caller", "varargs", "kwargs")}]
            for argument in node.args:
                self._bind(argument, ANY, inner)
            self.statements(node.body, inner)
        elif isinstance(node, nodes.With):
            inner = [*scopes, {}]
            for target, value in zip(node.targets, node.values):
                self._bind(target, self.value(value, scopes), inner)
            self.statements(node.body, inner)
        elif isinstance(node, nodes.Import):
            scopes[-1][node.target] = ANY
        elif isinstance(node, nodes.FromImport):
            macros = self._macros(node.template)
            for name in node.names:
                imported, bound = name if isinstance(name, tuple) else (name, name)
                scopes[-1][bound] = macros.get(imported, ANY)
        elif isinstance(node, nodes.Include):
            self._include(node, scopes)
        else:  # an if, a block, an output, a filter block…: their parts, in the same scope
            for child in node.iter_child_nodes():
                self.statement(child, scopes)

    def _bind(self, target, value, scopes: list[dict]) -> None:
        """A name set (a loop's, a `{% set %}`'s) to what it holds; a name set twice holds ANY (which
        of the two a later read sees may depend on a branch)."""
        if isinstance(target, nodes.Name):
            held = scopes[-1].get(target.name, value)
            scopes[-1][target.name] = value if held is value else ANY
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self._bind(item, ANY, scopes)

    def value(self, node, scopes: list[dict]):
        """What `node` holds in the sample, or ANY; a name read that the data lacks is noted on the way."""
        if isinstance(node, nodes.Name):
            return self._name(node, scopes)
        if isinstance(node, nodes.Getattr):
            return self._field(node, self.value(node.node, scopes), node.attr)
        if isinstance(node, nodes.Getitem):
            return self._subscript(node, self.value(node.node, scopes), self.value(node.arg, scopes))
        if isinstance(node, nodes.Const) and isinstance(node.value, str):
            return _Text(node.value, node.lineno, self.file)  # a key a macro's argument or a `{% set %}` may hold
        if isinstance(node, nodes.Filter):
            return self._filtered(node, scopes)
        if isinstance(node, nodes.Test) and node.name in _PROBES:
            self._probe(node.node, scopes, Probe(f"is {node.name}", node.name == "undefined"))
            for argument in node.args:
                self.value(argument, scopes)
            return ANY
        if isinstance(node, nodes.Compare):
            self._compared(node, scopes)
            return ANY
        if isinstance(node, nodes.Call):
            return self._called(node, scopes)
        if isinstance(node, nodes.CondExpr):  # `a if test else b`
            self.value(node.test, scopes)
            self._branch(lambda: [self.value(part, scopes) for part in (node.expr1, node.expr2) if part is not None])
            return ANY
        if isinstance(node, (nodes.And, nodes.Or)):  # the right one is read only as the left one asks
            self.value(node.left, scopes)
            self._branch(lambda: self.value(node.right, scopes))
            return ANY
        for child in node.iter_child_nodes():
            self.value(child, scopes)
        return ANY

    def _probe(self, node, scopes: list[dict], probe: Probe):
        """What `node`, the value a probe asks about (`t.amout` of `t.amout is defined` or `|default`), holds; when
        the data lacks its last step the probe is noted (see probed_names); the steps before it are reads as any."""
        if isinstance(node, nodes.Name):
            return self._name(node, scopes, probe=probe)
        if isinstance(node, nodes.Getattr):
            return self._field(node, self.value(node.node, scopes), node.attr, probe=probe)
        if isinstance(node, nodes.Getitem):
            return self._subscript(node, self.value(node.node, scopes), self.value(node.arg, scopes), probe=probe)
        return self.value(node, scopes)

    def _compared(self, node: nodes.Compare, scopes: list[dict]) -> None:
        """A comparison's operands read; a membership test of a text in a group (`"amout" in t`, `key in t` with
        key a text) is a probe of that field, noted where the text is written when the group lacks it."""
        left = self.value(node.expr, scopes)
        for operand in node.ops:
            right = self.value(operand.expr, scopes)
            if operand.op in ("in", "notin") and isinstance(left, _Text) and isinstance(right, dict) \
                    and left not in right and id(right) not in self.open_groups:
                written = "in" if operand.op == "in" else "not in"
                self._note(operand.expr, str(left), right, written=left, probe=Probe(written, operand.op == "notin"))
            left = right

    def _name(self, node: nodes.Name, scopes: list[dict], probe: Probe | None = None):
        for scope in reversed(scopes):
            if node.name in scope:
                return scope[node.name]
        if node.name in self.sample:
            self.read.add((id(self.sample), node.name))
            return self.sample[node.name]
        if node.name not in self.known and not self.layouts_unread:
            self._note(node, node.name, None, probe=probe)
        return ANY

    def _field(self, node, held, name: str, written: _Text | None = None, probe: Probe | None = None):
        """`held.name` as Jinja reads it in the sample: a group's field (or a method of a dict, read as
        Jinja does), a row's column, a cell's or a table's attribute. A name missing is noted at `written`,
        the text naming it, when it is not written at `node`; as a probe's when `probe`."""
        if isinstance(held, dict):
            if name in held:
                self.read.add((id(held), name))
                return held[name]
            if hasattr(dict, name) or id(held) in self.open_groups:
                return ANY
        elif isinstance(held, (Row, IndicatorTable, Cell)):
            if name.startswith("_"):  # the sandbox's to refuse, with its own words
                return ANY
            if hasattr(held, name):
                self.read.add((id(held), name))
                return getattr(held, name)
        else:
            return ANY
        self._note(node, name, held, written, probe)
        return ANY

    def _subscript(self, node: nodes.Getitem, held, key, probe: Probe | None = None):
        """`held[key]`: a field when the key is a text, judged as `held.key` is; a text a name holds (a macro's
        argument given "amount", a `{% set %}`) is judged where it was written, unless `held[name]` is probed as
        written (`v[f]|default`, `budget[label] is defined`). When the walk cannot tell the key, any field of
        `held` may be the one read, so all count as read (none is said unprinted) and none is judged."""
        if isinstance(key, str) and isinstance(node.arg, nodes.Const):
            return self._field(node, held, key, probe=probe)
        if isinstance(key, _Text):
            return self._field(node, held, key, written=key, probe=probe)
        if isinstance(node.arg, nodes.Slice):
            return held
        if key is ANY:
            fields = held if isinstance(held, dict) else vars(held) if isinstance(held, Row) else {}
            self.read |= {(id(held), name) for name in fields}
        return _item(held)

    def _filtered(self, node: nodes.Filter, scopes: list[dict]):
        held = ANY if node.node is None else self.value(node.node, scopes) if node.name not in _DEFAULTS else \
            self._probe(node.node, scopes, Probe(f"|{node.name}", None))
        for child in (*node.args, *node.kwargs, node.dyn_args, node.dyn_kwargs):
            if child is not None:
                self.value(child, scopes)
        field = self._field_named(node)
        if field is not None and isinstance(held, list):
            for path in field.value.split(",") if node.name in _SEVERAL_FIELDS else [field.value]:
                self._path(field, path, _item(held), probe=_field_probe(node))
        if node.name in _SAME_ITEMS and isinstance(held, list):
            return held
        if node.name in _ONE_ITEM:
            return _item(held)
        return ANY

    def _field_named(self, node: nodes.Filter) -> nodes.Const | None:
        """The argument of `node` naming a field of the items it filters, when written out as a text."""
        if node.name not in _FIELD_ARGUMENT:
            return None
        keyword = "key" if node.name == "amount_sum" else "attribute"
        place = _FIELD_ARGUMENT[node.name]
        named = [pair.value for pair in node.kwargs if pair.key == keyword]
        argument = named[0] if named else node.args[place] if place is not None and place < len(node.args) else None
        return argument if isinstance(argument, nodes.Const) and isinstance(argument.value, str) else None

    def _path(self, field: nodes.Const, path: str, held, probe: Probe | None) -> None:
        """`path` (`budget.basic`) of the argument `field` read from `held` step by step, as Jinja's filters read
        it (a step that is a number is an index, which the sample does not judge); each step a probe's when the
        filter probes the field."""
        for step in path.split("."):
            if step.isdigit() or held is ANY:
                return
            held = self._field(field, held, step, probe=probe)

    def _called(self, node: nodes.Call, scopes: list[dict]):
        """A call's arguments read; a macro's body walked again with what they hold, once for each different
        set of values (a macro calling itself is walked once)."""
        callee = self.value(node.node, scopes)
        given = [self.value(argument, scopes) for argument in node.args]
        named = {pair.key: self.value(pair.value, scopes) for pair in node.kwargs}
        for extra in (node.dyn_args, node.dyn_kwargs):
            if extra is not None:
                self.value(extra, scopes)
        if isinstance(callee, _Macro) and any(value is not ANY for value in (*given, *named.values())):
            key = (id(callee.node), bool(self._unsure), *map(_identity, given),
                   *((name, _identity(value)) for name, value in sorted(named.items())))
            if key not in self._walked:
                self._walked.add(key)
                arguments = [argument.name for argument in callee.node.args]
                inner = {name: ANY for name in (*arguments, "caller", "varargs", "kwargs")}
                inner.update(zip(arguments, given))
                inner.update((name, value) for name, value in named.items() if name in arguments)
                self._calls += 1
                try:
                    self._inside(callee.file, lambda: self.statements(callee.node.body, [*callee.scopes, inner]))
                finally:
                    self._calls -= 1
        return ANY

    def _branch(self, walk) -> None:
        """`walk` a part of a template read only in some cases (an `{% if %}`'s body, a `{% for %}`'s else): in a
        macro's body walked with a call's values, a branch for another call's values (`{% if kind == "task" %}`,
        `{% if "amount" in v %}`) reads what this one's lack, and the render never goes there; so nothing read
        in it is judged (no condition is worked out). Elsewhere the sample holds every field, and every branch is."""
        unsure = 1 if self._calls else 0
        self._unsure += unsure
        try:
            walk()
        finally:
            self._unsure -= unsure

    def _include(self, node: nodes.Include, scopes: list[dict]) -> None:
        """An included template's statements, walked with the names where it is included (Jinja gives it them)."""
        self.value(node.template, scopes)
        parsed = self._parsed(node.template)
        key = ("include", parsed and parsed[1], bool(self._unsure))
        if parsed is None or key in self._walked:
            return
        self._walked.add(key)
        template, file = parsed
        self.known |= _bound(template)
        self.probed |= _probed(template)
        self._inside(file, lambda: self.statements(template.body, [*scopes, {}]))

    def _macros(self, name_node) -> dict[str, _Macro]:
        """The macros defined at the top of the template `name_node` names (a `{% from … import %}`)."""
        parsed = self._parsed(name_node)
        if parsed is None:
            return {}
        template, file = parsed
        self.known |= _bound(template)
        self.probed |= _probed(template)
        return {node.name: _Macro(node, [{}], file) for node in template.body if isinstance(node, nodes.Macro)}

    def _parsed(self, name_node) -> tuple[object, Path] | None:
        """The template a tag names by a text, parsed, and its file; None when it is named otherwise or
        cannot be read (the render says why)."""
        if not (isinstance(name_node, nodes.Const) and isinstance(name_node.value, str)):
            return None
        try:
            source, file, _ = self.env.loader.get_source(self.env, name_node.value)
            return self.env.parse(source, name_node.value), Path(file)
        except (TemplateError, OSError):
            return None

    def _inside(self, file: Path | None, walk) -> None:
        """`walk` a macro's body or an included template in `file`, its slips noted there."""
        outer, self.file = self.file, file
        try:
            walk()
        finally:
            self.file = outer

    def _note(self, node, name: str, owner, written: _Text | None = None, probe: Probe | None = None) -> None:
        """A read of `name` that `owner` (None: the top) lacks, as a slip, or as a probe's (see probed_names) when
        `probe`; a read under a probe of its path is let be (it may miss), and so is one in a branch a call may
        not take."""
        if self._unsure:
            return
        slip = NameUnknown(written.line if written else node.lineno, name, owner,
                           written.file if written else self.file, probe)
        steps = tuple(path_steps(node, by_name=True))
        if probe:
            self.probes.append(slip)
        elif not any(steps[:length] in self.probed for length in range(1, len(steps) + 1)):
            self.found.append(slip)


def _field_probe(node: nodes.Filter) -> Probe | None:
    """How a filter naming a field of its items asks if they have it, as `is defined` and `|default` do
    (`selectattr('note', 'defined')`, `map(attribute='note', default='')`), knowing the field may be missing;
    None when it does not ask."""
    defaults = [pair.key for pair in node.kwargs if pair.key in _DEFAULTS]
    if defaults:
        return Probe(f"{node.name}(…, {defaults[0]}=…)", None, items=True)
    test = node.args[1].value if node.name in ("selectattr", "rejectattr") and len(node.args) > 1 and \
        isinstance(node.args[1], nodes.Const) else None
    return Probe(f'{node.name}(…, "{test}")', test == "undefined", items=True) if test in _PROBES else None


def _identity(value):
    """What tells a call's argument apart from another's: a text by what and where it is written (each read of it
    makes a new one), a value of the sample by its id."""
    return (str(value), value.line, value.file) if isinstance(value, _Text) else id(value)


def _item(held):
    """An item of a list, standing for every item (a spec's items all hold the fields the schema declares)."""
    return held[0] if isinstance(held, (list, tuple)) and held else ANY
