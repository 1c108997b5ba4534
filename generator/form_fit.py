"""Which form a spec is for, when what it says of that is wrong: the content's form when the form its `form:` names
is plainly not it, and the key typed for `form` in a spec without one.

A spec filled in for one form whose `form:` names another (copied from a colleague's, or `form:` changed by
mistake) was told, field by field, what the named form lacks and what it does not know: a wall of 缺少 and 未知字段,
and last a SCHEMA-LINE warning to point the first line at the named form's schema, pushing the author further
towards the wrong form. Compared by their fields, read from each form's schema (no form is named here), the other
forms show which one the content was written for; that is said first, in one error, instead.

A form fits a spec by the share of the spec's fields it declares times the share of its required fields the spec
has, weighed twice. By the top-level fields, which tell most forms apart. And by every mapping's, at any depth, for
forms whose tops differ by a field or none (one form's top with a block more than another's): the nested items, the
indicator rows above all, hold the difference, each field counted where it is written, so a field every row holds
weighs as many times as there are rows, and a slip in one row (a misspelt key, a field left out, another form's key)
is one field among many. Two forms are weighed only on the mappings where they declare or require other fields:
those they declare alike (the budget, the tasks) say nothing of which one a spec is for, and would make any two forms
fit nearly alike.

Another form is taken only on evidence: it declares fields the spec has and the named form does not (a spec half
filled in, holding fewer fields than its form asks for, fits a smaller form as well, and is no other form's), and it
fits `MUCH_BETTER` times as well by the top or by every mapping, and no worse by the other. Computed only for a spec
its schema refused.

A spec without `form` whose `form` was typed otherwise (`Form:`, `from:`, `表样:`) was told at 1:1 to write form: at
the top of the file, with no word of the line that holds the slip, where a misspelt `Year:` is told 是否想写“year”.
That key is found as an unknown field's is (field_fixes.key_hint), among the keys no form declares at the top; a
value that is a form's name is evidence enough that its key meant `form`.

The first is said as FORM-MISMATCH, the second as FORM-MISSING at the line of the key typed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import form_names
from .errors import FormError
from .field_fixes import key_hint
from .han import beside
from .variants import Catalog, Variant

MUCH_BETTER = 1.5
"""How many times better another form must fit a spec than the one its `form:` names to be said instead: a form
differing from the named one by a field or two (a form and a near copy of it) is a slip in that field, not the form."""

LISTED = 4
"""How many fields the message names before `等 N 个`."""

ITEM = None
"""A place's step into a list's items: a spec's keys are strings, so no key reads as it."""

Place = tuple
"""Where a mapping sits in a spec: the keys down to it from the top, ITEM for a list's items (`indicators`' rows
are ('indicators', ITEM)), whichever row holds it."""

Mappings = tuple[tuple[Place, tuple[str, ...]], ...]
"""A spec's mappings compared, each by its place with its keys in the file's order (never `form` at the top, which
every form requires and a spec compared has)."""


@dataclass(frozen=True)
class Field:
    """A field a message names: its key, its Chinese title and the mapping it is in, in words (`每项绩效指标的`,
    empty at the top)."""

    owner: str
    key: str
    title: str


@dataclass(frozen=True)
class Mismatch:
    """The forms a spec's content fits much better than its `form:`'s, and what shows it."""

    named: str
    forms: tuple[Variant, ...]
    """The best fitting forms: one, or several that fit alike (a project's copy of a form)."""
    foreign: tuple[Field, ...]
    """The spec's fields the named form does not declare and the first of `forms` does, the top's first."""
    missing: tuple[Field, ...]
    """The named form's required fields the spec has in none of the mappings that should hold them."""


class _Form:
    """A form's schema as the fit reads it: the fields it declares at each place of a spec, by their titles, and
    those it requires there. Read from the schema alone, place by place as a spec reaches it: only `properties` and
    `items`, what the schema spells out (conditions narrow the fields' values, they declare none)."""

    def __init__(self, catalog: Catalog, file_name: str, top: dict):
        self.store, self.file_name = catalog.store, file_name
        self._nodes: dict[Place, dict | None] = {(): top}
        self._fields: dict[Place, dict[str, Any]] = {}

    def node(self, place: Place) -> dict | None:
        """The subschema declared at `place`; None where the form declares no mapping or list there, or a `$ref` on
        the way points nowhere (said by the form's own specs)."""
        if place not in self._nodes:
            parent = self.node(place[:-1])
            child = None
            if parent is not None:
                step = place[-1]
                child = parent.get("items") if step is ITEM else self.fields(place[:-1]).get(step)
            try:
                resolved = self.store.resolve(child, self.file_name)[0] if isinstance(child, dict) else None
            except FormError:
                resolved = None
            self._nodes[place] = resolved if isinstance(resolved, dict) else None
        return self._nodes[place]

    def fields(self, place: Place) -> dict[str, Any]:
        """The fields declared at `place`, each with its subschema; a field declared `false` (no such field on this
        form) is none."""
        if place not in self._fields:
            node = self.node(place)
            declared = node.get("properties") if node is not None else None
            self._fields[place] = ({key: sub for key, sub in declared.items() if sub is not False}
                                   if isinstance(declared, dict) else {})
        return self._fields[place]

    def required(self, place: Place) -> list[str]:
        """The fields required at `place`, in the order the schema declares them; not `form` at the top."""
        node = self.node(place)
        required = node.get("required") if node is not None else None
        if not isinstance(required, list):
            return []
        return [key for key in self.fields(place) if key in required and (place or key != "form")]

    def title(self, place: Place, key: str) -> str:
        """A field's Chinese title, or its key where the schema gives none."""
        sub = self.fields(place).get(key)
        try:
            resolved = self.store.resolve(sub, self.file_name)[0] if isinstance(sub, dict) else None
        except FormError:
            resolved = None
        title = resolved.get("title") if isinstance(resolved, dict) else None
        return title if isinstance(title, str) and title else key

    def owner(self, place: Place) -> str:
        """The mapping at `place` in words: `每项绩效指标的`, `预算整体情况的`, empty at the top."""
        words = []
        for depth, step in enumerate(place):
            if step is not ITEM:
                title = self.title(place[:depth], step)
                words.append(f"每项{title}的" if place[depth + 1:depth + 2] == (ITEM,) else f"{title}的")
        return "".join(words)

    def field(self, place: Place, key: str) -> Field:
        """A field at `place` as a message names it."""
        return Field(self.owner(place), key, self.title(place, key))

    def fit(self, mappings: Mappings) -> float:
        """The share of the spec's fields this form declares where they are written, times the share of the fields
        it requires in those mappings that the spec has."""
        fields = sum(len(keys) for _, keys in mappings)
        known = sum(key in self.fields(place) for place, keys in mappings for key in keys) / fields if fields else 1.0
        slots = [(key in keys) for place, keys in mappings for key in self.required(place)]
        return known * (sum(slots) / len(slots) if slots else 1.0)


def mismatch(catalog: Catalog, variant: Variant, data: Any, line_form: str | None = None) -> Mismatch | None:
    """The forms `data` was written for, when they fit it much better than `variant`, the form it names; None
    when none does. `line_form`, the form whose schema the spec's first line names, picks among forms that fit
    alike.

    Weighed by the top-level fields and by every mapping's (see the module's docstring): another form is said when
    it fits MUCH_BETTER by one and no worse by the other. The top decides forms whose tops differ, and the nested
    fields forms whose tops do not; neither can say a form the other has the named one fit better: of two forms
    whose tops differ by one field, a spec with that field's key written as the other's has the other's top, while
    its nested items are still its own form's."""
    if not isinstance(data, dict):
        return None
    named = _form(catalog, variant.name)
    if named is None:
        return None
    others = {name: form for name in catalog.names() if name != variant.name
              for form in [_form(catalog, name)] if form is not None}
    levels = (_mappings(data, deep=False), _mappings(data, deep=True))
    decided = []
    for name, form in others.items():
        weighed = [_weighed(named, form, mappings) for mappings in levels]
        if (any(evidence and theirs > ours * MUCH_BETTER for evidence, ours, theirs in weighed)
                and all(theirs >= ours for _, ours, theirs in weighed)):
            decided.append(name)
    if not decided:
        return None
    scores = {name: others[name].fit(levels[1]) for name in decided}
    best = [name for name, score in scores.items() if score == max(scores.values())]
    loaded = [_loaded(catalog, name) for name in ([line_form] if line_form in best else best)]
    forms = tuple(form for form in loaded if form is not None)
    if not forms:
        return None
    # the fields of every mapping, whichever level decided: decided by the top, a spec of a form whose top is a field
    # from the named one's was told that field alone, while its projects' fields were the cause of most of its errors
    mappings, theirs = levels[1], others[forms[0].name]
    shown = sorted(((place, key) for place, key in _foreign(named, mappings) if key in theirs.fields(place)
                    and named.node(place) is not None), key=lambda field: len(field[0]))  # the top's first
    places = dict.fromkeys(place for place, _ in mappings if named.node(place) is not None)
    absent = [(place, key) for place in places for key in named.required(place)
              if not any(key in keys for at, keys in mappings if at == place)]
    return Mismatch(variant.name, forms, tuple(theirs.field(*field) for field in shown),
                    tuple(named.field(*field) for field in absent))


def _weighed(named: _Form, other: _Form, mappings: Mappings) -> tuple[bool, float, float]:
    """Whether `other` declares fields of `mappings` the named form does not (evidence for it), and how well each of
    the two fits the mappings where they differ (`_differ`)."""
    apart = tuple((place, keys) for place, keys in mappings if _differ(named, other, place))
    evidence = any(key in other.fields(place) for place, key in _foreign(named, mappings))
    return evidence, named.fit(apart), other.fit(apart)


def _foreign(named: _Form, mappings: Mappings) -> list[tuple[Place, str]]:
    """The fields of `mappings` the named form does not declare where they are written, each once, as written."""
    return list(dict.fromkeys((place, key) for place, keys in mappings for key in keys
                              if key not in named.fields(place)))


def _differ(one: _Form, other: _Form, place: Place) -> bool:
    """Whether two forms declare or require other fields at `place`: only there does a spec's mapping say which
    of them it is for."""
    return (set(one.fields(place)) != set(other.fields(place)) or set(one.required(place)) != set(other.required(place))
            or (one.node(place) is None) != (other.node(place) is None))


def _mappings(data: dict, deep: bool) -> Mappings:
    """The mappings of a spec compared, in the order the file writes them: the top alone, or, `deep`, every one
    it holds at any depth, each list item's at the list's place."""
    found = []

    def walk(node: Any, place: Place) -> None:
        if isinstance(node, dict):
            keys = [key for key in node if isinstance(key, str) and (place or key != "form")]
            found.append((place, keys))
            for key in keys if deep else ():
                walk(node[key], (*place, key))
        elif isinstance(node, list):
            for item in node:
                walk(item, (*place, ITEM))

    walk(data, ())
    return tuple((place, tuple(keys)) for place, keys in found)


def said(catalog: Catalog, found: Mismatch, errors: int, line_form: str | None) -> str:
    """The error at `form:`: which form the content is likelier for and why, the two ways out, and how many of the
    named form's schema errors it stands for (not listed: each is about a form the file is not written for)."""
    named, first = found.named, found.forms[0].name
    why = f"{beside('文件里的', _listed(found.foreign))}是表样 {first} 的字段，{named} 没有"
    if found.missing:
        why += f"，{beside(f'{named} 必填的', _listed(found.missing))}也都没有写"
    forms = "或".join(form_names.entry(catalog, form.name, quoted=True) for form in found.forms)
    line = "（第一行的 schema 也指向它）" if line_form in (form.name for form in found.forms) else ""
    change = f"请把 form 改为 {first}" if len(found.forms) == 1 else "请把 form 改为其中的一个"
    return (f"表样“{named}”与本文件的内容不符：{why}；内容像是表样{forms}的表{line}；{change}，"
            f"或者，本文件确是要填 {named} 的表，就删去 {named} 没有的这些字段，按它的字段填写。"
            f"按表样 {named} 检查出的 {errors} 个错误都由此而来，这里没有逐条列出")


def _listed(fields: tuple[Field, ...]) -> str:
    """`unit_code（单位编码）、每项绩效指标的 period_value（实施周期指标值）、annual_value（年度指标值）`: the first
    LISTED fields, each mapping's said once before its first, and how many there are in all."""
    shown, owner = [], ""
    for field in fields[:LISTED]:
        shown.append(beside(field.owner if field.owner != owner else "", f"{field.key}（{field.title}）"))
        owner = field.owner
    return "、".join(shown) + (f" 等 {len(fields)} 个字段" if len(fields) > LISTED else "")


def form_typed(catalog: Catalog, data: dict) -> tuple[str, str] | None:
    """The top-level key of `data`, a spec without `form`, that was typed for it, and what to say of it at that key;
    None when no key stands for it. Of several, one whose value is a form's name is taken first."""
    names = catalog.names()
    forms = [form for form in (_form(catalog, name) for name in names) if form is not None]
    declared = {key for form in forms for key in form.fields(())}
    titles = {form.title((), "form") for form in forms if "form" in form.fields(())}
    found = []
    for key, value in data.items():
        if not isinstance(key, str) or key in declared:
            continue
        hint = next(filter(None, (key_hint(key, data, {"form": title}) for title in sorted(titles))), None)
        named = isinstance(value, str) and value in names
        if hint or named:
            found.append((not named, key, _typed_said(catalog, key, value, hint, named)))
    return min(found, key=lambda slip: slip[0])[1:] if found else None


def _typed_said(catalog: Catalog, key: str, value: Any, hint: str | None, named: bool) -> str:
    """FORM-MISSING at the key typed for `form`: the key's slip, as an unknown field's is said, and the form its value
    names, or what is wrong with it as a form (form_names.unknown: a slip in the name too, and the forms there are)."""
    missing = "缺少“form”字段（表样）"
    if not hint:
        return f"{missing}；未知字段“{key}”的值“{value}”是表样名，是否想写“form”？请把“{key}”改成“form”"
    tail = (f"它的值“{value}”正是表样名" if named else form_names.unknown(catalog, value, in_spec=True)
            if isinstance(value, str) else f"可用的表样：{form_names.listed(catalog)}")
    return f"{missing}；未知字段“{key}”；{hint}{'' if hint.endswith('？') else '；'}{tail}"


def _loaded(catalog: Catalog, name: str) -> Variant | None:
    """A form's variant, or None when its schema or profile is broken: said by the form's own specs, and no form to
    send an author to."""
    try:
        return catalog.get(name)
    except FormError:
        return None


def _form(catalog: Catalog, name: str) -> _Form | None:
    """A form's schema as the fit reads it, from the schema alone (not its profile); None when the schema cannot be
    read (said by the form's own specs) or its top is no mapping of fields."""
    file_name = catalog.schema_file(name)
    try:
        top = catalog.store.node_at(file_name, ()) if file_name else None
    except FormError:
        return None
    return _Form(catalog, file_name, top) if isinstance(top, dict) and isinstance(top.get("properties"), dict) else None
