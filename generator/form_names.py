"""What a user meant by a form's name that is not one, and the forms listed with their Chinese names.

A newcomer types the place (the city in the form's Chinese name), the name capitalised or a letter off, and was told
only the folder names. The Chinese names come from each form's profile.yaml (`name`), never from the code, so a
unit's own form is recognised the same way. On the command line a name differing only in case is taken (`resolve`);
a spec's `form:` is not: it is data other tools read exactly, so there the slip is only pointed out (`unknown`).
"""
from __future__ import annotations

from typing import Any

from .field_guess import meant
from .load import load
from .schema_words import shown
from .variants import PROFILE_FILE, Catalog


def resolve(catalog: Catalog, typed: str) -> str | None:
    """The form `typed` names on the command line: itself, or the one form it is when case is ignored."""
    names = catalog.names()
    if typed in names:
        return typed
    same = [name for name in names if name.casefold() == typed.casefold()]
    return same[0] if len(same) == 1 else None


def unknown(catalog: Catalog, typed: Any) -> str:
    """Why `typed` is no form (`表样“…”不存在`, or its folder has no schema), what it was probably meant to be,
    and the forms there are, each with its Chinese name."""
    guess = _meant(catalog, typed)
    why = catalog.missing_schema(typed) or f"表样“{shown(typed)}”不存在"
    said = f"；是否想写 {_entry(catalog, guess)}？" if guess else "；"
    return f"{why}{said}可用的表样：{listed(catalog)}"


def listed(catalog: Catalog) -> str:
    """Every form as `folder（its profile's name）`, joined by 、."""
    return "、".join(_entry(catalog, name) for name in catalog.names())


def _entry(catalog: Catalog, name: str) -> str:
    title = _title(catalog, name)
    return f"{name}（{title}）" if title else name


def _meant(catalog: Catalog, typed: Any) -> str | None:
    """The one form `typed` is a slip of: the same letters in another case, a folder name a letter or two
    away (only when close, as field_guess judges a field's name), or a piece of exactly one form's Chinese
    name (its place); None when nothing is that close or several forms fit."""
    if not isinstance(typed, str) or not typed.strip():
        return None
    text = typed.strip()
    names = catalog.names()
    by_case = {name.casefold(): name for name in names}
    if text.casefold() in by_case:
        return by_case[text.casefold()]
    close = meant(text.casefold(), by_case)
    if close:
        return by_case[close]
    holding = [name for name in names if len(text) >= 2 and text in (_title(catalog, name) or "")]
    return holding[0] if len(holding) == 1 else None


def _title(catalog: Catalog, name: str) -> str | None:
    """A form's Chinese name from its profile.yaml, read without the profile's checks: a broken profile
    is said by the command that uses the form, and should not hide the list of forms."""
    folder = catalog.folder(name)
    if folder is None:
        return None
    data = load(folder / PROFILE_FILE).data
    title = data.get("name") if isinstance(data, dict) else None
    return title.strip() if isinstance(title, str) and title.strip() else None
