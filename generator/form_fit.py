"""Which form a spec is for, when what it says of that is wrong: the content's form when the form its `form:` names
is plainly not it, and the key typed for `form` in a spec without one.

A spec filled in for one form whose `form:` names another (copied from a colleague's, or `form:` changed by
mistake) was told, field by field, what the named form lacks and what it does not know: a wall of 缺少 and 未知字段,
and last a SCHEMA-LINE warning to point the first line at the named form's schema, pushing the author further
towards the wrong form. Compared by their top-level fields, read from each form's schema (no form is named here),
the other forms show which one the content was written for; that is said first, in one error, instead.

A form fits a spec by the share of the spec's top-level fields it declares times the share of its required fields
the spec has. Another form is taken only on evidence: it declares fields the spec has and the named form does not
(a spec half filled in, holding fewer fields than its form asks for, fits a smaller form as well, and is no other
form's), and it fits `MUCH_BETTER` times as well. Computed only for a spec its schema refused.

A spec without `form` whose `form` was typed otherwise (`Form:`, `from:`, `表样:`) was told at 1:1 to write form: at
the top of the file, with no word of the line that holds the slip, where a misspelt `Year:` is told 是否想写“year”.
That key is found as an unknown field's is (field_fixes.key_hint), among the keys no form declares at the top; a
value that is a form's name is evidence enough that its key meant `form`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import form_names
from .errors import FormError
from .field_fixes import key_hint
from .variants import Catalog, Variant

MUCH_BETTER = 1.5
"""How many times better another form must fit a spec than the one its `form:` names to be said instead: a form
differing from the named one by a field or two (a form and a near copy of it) is a slip in that field, not the form."""

LISTED = 4
"""How many fields the message names before `等 N 个`."""


@dataclass(frozen=True)
class Mismatch:
    """The forms a spec's content fits much better than its `form:`'s, and what shows it."""

    named: str
    forms: tuple[Variant, ...]
    """The best fitting forms: one, or several that fit alike (a project's copy of a form)."""
    foreign: dict[str, str]
    """The spec's top-level fields the named form does not declare and the first of `forms` does, by their titles."""
    missing: dict[str, str]
    """The named form's required top-level fields the spec does not have, by their titles."""


@dataclass(frozen=True)
class _Fields:
    """A form's top-level fields: those its schema declares, by their Chinese titles, and those it requires
    but `form`, which every form requires and a spec compared has."""

    titles: dict[str, str]
    required: frozenset[str]

    def fit(self, keys: frozenset[str]) -> float:
        known = len(keys & self.titles.keys()) / len(keys)
        present = len(keys & self.required) / len(self.required) if self.required else 1.0
        return known * present


def mismatch(catalog: Catalog, variant: Variant, data: Any, line_form: str | None = None) -> Mismatch | None:
    """The forms `data` was written for, when they fit it much better than `variant`, the form it names; None
    when none does. `line_form`, the form whose schema the spec's first line names, picks among forms that fit
    alike."""
    keys = frozenset(key for key in data if isinstance(key, str) and key != "form") if isinstance(data, dict) else ()
    named = _fields(catalog, variant.name) if keys else None
    foreign = keys - named.titles.keys() if named else ()
    if not foreign:
        return None
    least = named.fit(keys) * MUCH_BETTER
    others = {name: _fields(catalog, name) for name in catalog.names() if name != variant.name}
    scored = {name: fields.fit(keys) for name, fields in others.items()
              if fields is not None and foreign & fields.titles.keys() and fields.fit(keys) > least}
    if not scored:
        return None
    best = [name for name, score in scored.items() if score == max(scored.values())]
    loaded = [_loaded(catalog, name) for name in ([line_form] if line_form in best else best)]
    forms = tuple(form for form in loaded if form is not None)
    if not forms:
        return None
    theirs = others[forms[0].name].titles
    return Mismatch(variant.name, forms, {key: theirs[key] for key in data if key in foreign and key in theirs},
                    {key: title for key, title in named.titles.items() if key in named.required - keys})


def said(catalog: Catalog, found: Mismatch, errors: int, line_form: str | None) -> str:
    """The error at `form:`: which form the content is likelier for and why, the two ways out, and how many of the
    named form's schema errors it stands for (not listed: each is about a form the file is not written for)."""
    named, first = found.named, found.forms[0].name
    why = f"文件里的 {_listed(found.foreign)}是表样 {first} 的字段，{named} 没有"
    if found.missing:
        why += f"，{named} 必填的 {_listed(found.missing)}也都没有写"
    forms = "或".join(form_names.entry(catalog, form.name, quoted=True) for form in found.forms)
    line = "（第一行的 schema 也指向它）" if line_form in (form.name for form in found.forms) else ""
    change = f"请把 form 改为 {first}" if len(found.forms) == 1 else "请把 form 改为其中的一个"
    return (f"表样“{named}”与本文件的内容不符：{why}；内容像是表样{forms}的表{line}；{change}，"
            f"或者，本文件确是要填 {named} 的表，就删去 {named} 没有的这些字段，按它的字段填写。"
            f"按表样 {named} 检查出的 {errors} 个错误都由此而来，这里没有逐条列出")


def _listed(fields: dict[str, str]) -> str:
    """`unit_code（单位代码）、projects（项目）`: the first LISTED fields, and how many there are in all."""
    shown = "、".join(f"{key}（{title}）" for key, title in list(fields.items())[:LISTED])
    return shown + (f" 等 {len(fields)} 个字段" if len(fields) > LISTED else "")


def form_typed(catalog: Catalog, data: dict) -> tuple[str, str] | None:
    """The top-level key of `data`, a spec without `form`, that was typed for it, and what to say of it at that key;
    None when no key stands for it. Of several, one whose value is a form's name is taken first."""
    fields = {name: _fields(catalog, name) for name in catalog.names()}
    declared = {key for form in fields.values() if form is not None for key in form.titles}
    titles = {form.titles["form"] for form in fields.values() if form is not None and "form" in form.titles}
    found = []
    for key, value in data.items():
        if not isinstance(key, str) or key in declared:
            continue
        hint = next(filter(None, (key_hint(key, data, {"form": title}) for title in sorted(titles))), None)
        named = isinstance(value, str) and value in fields
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


def _fields(catalog: Catalog, name: str) -> _Fields | None:
    """A form's top-level fields, from its schema alone; None when the schema cannot be read (said by the form's
    own specs) or its top is no mapping of fields."""
    file_name = catalog.schema_file(name)
    try:
        node = catalog.store.node_at(file_name, ()) if file_name else None
        declared = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(declared, dict):
            return None
        titles = {key: catalog.store.titles(file_name, (key,))[-1] for key in declared}
    except FormError:
        return None
    required = node.get("required")
    return _Fields(titles, frozenset(key for key in required if isinstance(key, str) and key != "form")
                   if isinstance(required, list) else frozenset())
