"""What a user meant by a form's name that is not one, and the forms listed with their Chinese names.

A newcomer types the place (the city or province the form's Chinese name begins with), the name capitalised or a
letter off, and was told only the folder names. Only a slip is guessed: a letter changed otherwise than for a key
beside it, or two, spell another place (another city's pinyin), and a piece of the Chinese name other than its place
(`支出`, `市级`) is no form's. The whole Chinese name, as `new --list` shows it, or its beginning (4 characters or
more, `某市部门整体`) is the form whose name it is or begins so, where only one does; a name half remembered
(`某市项目绩效目标申报表` for 某市项目绩效目标表) is the one form whose name begins with the place it begins with.
The Chinese names come from each form's profile.yaml (`name`), never from the code, so a unit's own form is
recognised the same way; so do the regions (its optional `region`, the province a form belongs to): a province typed
(`某省`, with its 省 or not) is its one form, or names its several forms, where no Chinese name holds it (forms named
after their cities), and so is the province written before the place or the name's beginning (`某省某市`, as an
address is). On the command line a name differing only in case or by spaces around or inside it (the names' own
spaces not counted either), one form's whole Chinese name, its place or its beginning is taken (`resolve`, which
the command says); a spec's `form:` is not: it is data other tools read exactly, so there the slip is only pointed
out (`unknown`).

Where several forms share that name or beginning, the command names them; `new --list` warns of two forms of one
name.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from .field_guess import a_letter_apart, swapped
from .han import HAN
from .load import load
from .schema_line import shown as path_shown  # schema_words.shown quotes a typed text
from .schema_words import shown, written_value
from .unread_forms import builtin, unread_folder, unread_schema
from .variants import PROFILE_FILE, Catalog


def resolve(catalog: Catalog, typed: str) -> str | None:
    """The form `typed` names on the command line: itself, or the one form it is when case or spaces around or
    inside it (`"name "`, which a suggestion of `name` would look no different from; `"某 省"`) are ignored, or the
    one form whose Chinese name it is (copied from `new --list`, which says it no less surely than its folder name),
    or the one form whose Chinese name begins with it: the place (`某市`, with its 市 or 省 or not) or TITLE_START
    characters or more, or the one form of the region (profile's `region`) it names, alone or before the place.
    A newcomer's `--form 某市` was refused with 是否想写 that very form; a slip of a letter or a name half remembered
    is still only guessed (see unknown), and a place or beginning two forms share names neither."""
    names = catalog.names()
    if typed in names:
        return typed
    text = _squeezed(typed)
    titles = _typed_titles(catalog)
    same = [name for name in names if _squeezed(name).casefold() == text.casefold()] or \
        [name for name in names if text and titles[name] == text] or _begun(catalog, text, titles)
    return same[0] if len(same) == 1 else None


def _squeezed(typed: str) -> str:
    """`typed` without the spaces around and inside it (`某 省`, `某省 某市`: a space typed between the words, a
    full-width one too). A form's names are compared squeezed too (`_typed_titles`): a unit's own form may be named
    `某市 项目…表`, and its name copied whole from `new --list` must still be that form."""
    return "".join(typed.split())


def _typed_titles(catalog: Catalog) -> dict[str, str]:
    """Each form's Chinese name as a typed one is compared with it: squeezed (see _squeezed); "" where it has none."""
    return {name: _squeezed(_title(catalog, name) or "") for name in catalog.names()}


def _begun(catalog: Catalog, text: str, titles: dict[str, str]) -> list[str]:
    """The forms whose Chinese name begins with `text` as a place (`某市`) or whose region it names (`某省`, see
    _in_region), or else whose Chinese name begins with it as its first words (`某市部门整体`); either with the
    form's region written before it (`某省某市`, `某省某市部门整体`: see _readings)."""
    places = {name: region(catalog, name) for name in titles}
    return [name for name, title in titles.items() if _in_region(text, places[name])
            or any(_place_of(read, title) for read in _readings(text, places[name]))] or \
        [name for name, title in titles.items()
         if any(_title_begun(read, title) for read in _readings(text, places[name]))]


def chosen_said(catalog: Catalog, typed: str, chosen: str) -> str | None:
    """The line saying which form `typed` was taken for, when that is not plain from it (`某市` → the form's folder
    name and Chinese name); None for the folder name itself, in any case."""
    return None if typed.strip().casefold() == chosen.casefold() else f"“{typed.strip()}”取作表样 {entry(catalog, chosen)}"


def unknown(catalog: Catalog, typed: Any, in_spec: bool = False) -> str:
    """Why `typed` is no form (`表样“…”不存在`, its folder has no schema, or the project holds its folder or schema
    where the settings do not look: `unread_forms`), what it was probably meant to be,
    and the forms there are, each with its Chinese name. For a spec's `form:` the guess is quoted (`是否想写
    “name”（中文名称）？`), so that the Chinese name is not copied into the spec with it."""
    if isinstance(typed, str):
        guess = _meant(catalog, typed)
        why = unread_schema(catalog, typed) or catalog.missing_schema(typed) or unread_folder(catalog, typed) \
            or catalog.missing_folder(typed) \
            or _shared_by(catalog, typed) \
            or _begun_by_several(catalog, typed) \
            or (None if in_spec or guess else _too_short(catalog, typed) or _begun_by_none(catalog, typed)) \
            or f"表样“{shown(typed)}”不存在"
    else:  # `form: [name]`, `form: true`: no name that does not exist, but no name at all
        guess = _listed_name(catalog, typed)
        kind = "列表" if isinstance(typed, list) else "一组字段" if isinstance(typed, dict) else ""
        why = f"表样应写表样的名称（文字），实际是{kind}{written_value(typed)}"
    offered = entry(catalog, guess, quoted=True) if in_spec else f" {entry(catalog, guess)}"
    said = f"；是否想写{offered}？" if guess else "；"
    return f"{why}{said}可用的表样：{listed(catalog)}"


def _listed_name(catalog: Catalog, typed: Any) -> str | None:
    """The form a list of one name (`[name]`, brackets typed around it) names, or is a slip of."""
    inside = typed[0] if isinstance(typed, list) and len(typed) == 1 else None
    return inside if isinstance(inside, str) and inside in catalog.names() else _meant(catalog, inside)


def shared_names(catalog: Catalog, known: dict[str, str] | None = None) -> dict[str, list[str]]:
    """Each Chinese name (profile.yaml's `name`) more than one form has, with those forms: a copied folder whose
    `name` was left as the original's, so that neither form is taken by it and lists show two of one name.
    `known`: the forms' `titles` already read (`new --list` reads them once, not twice: each is a profile parsed)."""
    forms: dict[str, list[str]] = {}
    for name, title in (titles(catalog) if known is None else known).items():
        forms.setdefault(title, []).append(name)
    return {title: names for title, names in forms.items() if len(names) > 1}


def titles(catalog: Catalog) -> dict[str, str]:
    """Each form's Chinese name (profile.yaml's `name`), for the forms that have one."""
    return {name: title for name in catalog.names() if (title := _title(catalog, name))}


def shared_name_said(catalog: Catalog, title: str, names: list[str]) -> str:
    """Why a Chinese name several forms have names none of them, and the `name:` to change, at its line and
    column: in the project's own forms among them, not in jixiao's own form the copy was made from, which keeps
    its name; in each of them when they are all jixiao's or all the project's (which one is the copy, only the
    unit knows)."""
    own = [name for name in names if not builtin(catalog, name)]
    places = "、".join(_name_line(catalog, name) for name in own or names)
    return (f"表样 {'、'.join(names)} 的名称（profile.yaml 的 name）都是“{title}”，写这个名称分不清是哪一个；"
            + (f"请把 {places} 的 name 改成这张表自己的名称" if len(own) == 1
               else f"复制来的表样请把它的 profile.yaml 的 name 改成新表的名称：{places}"))


def _name_line(catalog: Catalog, name: str) -> str:
    """`…/profile.yaml:2:1`, where form `name`'s profile writes `name:` (from the current folder when under it)."""
    profile = catalog.folder(name) / PROFILE_FILE
    line, column = load(profile).locate(("name",), key=True)
    return f"{path_shown(profile)}:{line}:{column}"


def _shared_by(catalog: Catalog, typed: Any) -> str | None:
    """Why `typed`, given as a form, is none: the Chinese name of several forms, which names none of them
    (a copy that kept the original's), said as `new --list` warns of it; None for any other value."""
    if not isinstance(typed, str):
        return None
    names = shared_names(catalog).get(typed.strip())
    return shared_name_said(catalog, typed.strip(), names) if names else None


def _begun_by_several(catalog: Catalog, typed: Any) -> str | None:
    """Why `typed` names no one form though forms' Chinese names begin with it (a place two forms share: a unit's copy
    of a form): which forms; None when fewer than two do."""
    if not isinstance(typed, str):
        return None
    text = _squeezed(typed)
    names = _begun(catalog, text, _typed_titles(catalog))
    if len(names) < 2:
        return None
    if all(_in_region(text, region(catalog, name)) for name in names):  # a province of several forms: `某省`
        return f"{text}有 {len(names)} 个表样：{'、'.join(entry(catalog, name) for name in names)}；请写出其中一个的文件夹名"
    return f"“{text}”可以指 {'、'.join(entry(catalog, name) for name in names)}，请写出其中一个的文件夹名"


def _too_short(catalog: Catalog, typed: str) -> str | None:
    """Why a beginning of forms' Chinese names or regions too short to be a place (`--form 某`, a place's or a
    province's first character) names no form: _begun_by_none said no form's name began with it, which the list after
    it showed untrue, and a province's first character (its forms named after their cities) was told the same. None
    when no form's Chinese name or region begins with it."""
    text = typed.strip()
    if not text:
        return None
    begun = [name for name, title in titles(catalog).items() if title.startswith(text)]
    regions: dict[str, list[str]] = {}
    for name in catalog.names():
        place = region(catalog, name)
        if place and place.startswith(text) and name not in begun:
            regions.setdefault(place, []).append(name)
    said = [f"{'、'.join(entry(catalog, name) for name in begun)}的中文名称以它开头"] if begun else []
    said += [f"{'、'.join(entry(catalog, name) for name in names)}所属的{place}以它开头" for place, names in regions.items()]
    if not said:
        return None
    return f"“{shown(text)}”太短，认不出是哪个表样：{'，'.join(said)}；请写出完整的地名，或表样的文件夹名"


def _begun_by_none(catalog: Catalog, typed: str) -> str | None:
    """Why a Chinese word on the command line (`--form 某省`, a province no form's Chinese name carries nor any
    form's `region` names) names no form, with the provinces that have forms (their profiles' `region`s): told only
    that no Chinese name began so and pointed to `new --list`, the clerk of a province with no form learnt which
    provinces have one only by reading the list's last column. Where no form writes a `region` (a project's own
    forms replacing jixiao's, `region` left out) neither the provinces nor `new --list`'s column are spoken of: there
    are none. None for a word with no Chinese in it."""
    text = typed.strip()
    if not re.search(HAN, text):
        return None
    places = "、".join(_regions(catalog))
    begun = f"没有哪个表样的中文名称以“{shown(text)}”开头"
    if not places:
        return f"{begun}（可写下列中文名称开头的地名，或表样的文件夹名）"
    return (f"{begun}，有表样的省份只有{places}（jixiao new --list 在每个表样的中文名称后列出它所属的省份；"
            "可写其中一个省份、下列中文名称开头的地名，或表样的文件夹名）")


def _regions(catalog: Catalog) -> list[str]:
    """The regions the forms belong to (their profiles' `region`), each once, in the order of the forms."""
    return list(dict.fromkeys(place for name in catalog.names() if (place := region(catalog, name))))


def listed(catalog: Catalog) -> str:
    """Every form as `folder（its profile's name）`, joined by 、."""
    return "、".join(entry(catalog, name) for name in catalog.names())


def entry(catalog: Catalog, name: str, quoted: bool = False) -> str:
    """`name（its profile's name）`, the name in “” when `quoted`."""
    title = _title(catalog, name)
    written = f"“{name}”" if quoted else name
    return f"{written}（{title}）" if title else written


def _meant(catalog: Catalog, typed: Any) -> str | None:
    """The one form `typed` is a slip of: the same letters in another case, a folder name a slip away
    (see _slip_of), the place exactly one form's Chinese name begins with (typed with its 市 or 省 or not),
    that Chinese name or its beginning (see _title_begun), or else a name beginning with the place exactly one
    form's Chinese name begins with (see _same_place); None when nothing is that close or several forms fit."""
    if not isinstance(typed, str) or not typed.strip():
        return None
    text = _squeezed(typed)
    names = catalog.names()
    by_case = {_squeezed(name).casefold(): name for name in names}
    if text.casefold() in by_case:
        return by_case[text.casefold()]
    titles = _typed_titles(catalog)
    fitting = [name for name in names if _slip_of(text.casefold(), name.casefold())] or \
        _begun(catalog, text, titles) or \
        [name for name in names
         if any(_same_place(read, titles[name]) for read in _readings(text, region(catalog, name)))]
    return fitting[0] if len(fitting) == 1 else None


_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Where each key sits (row, column), the rows staggered as on a keyboard.
_KEY_AT = {key: (row, column + (0, 0.25, 0.75)[row]) for row, keys in enumerate(_KEYS) for column, key in enumerate(keys)}


def _slip_of(typed: str, name: str) -> bool:
    """Whether `typed` is `name` with one letter added or dropped, two side by side swapped, or one struck on a key
    beside it (`n` for `m`). A letter changed otherwise (`e` for `a`) or two mostly spell another place's pinyin."""
    if len(typed) != len(name):
        return a_letter_apart(typed, name)
    apart = [at for at, (mine, theirs) in enumerate(zip(typed, name)) if mine != theirs]
    if len(apart) == 2:
        return swapped(typed, name)
    return len(apart) == 1 and _beside(typed[apart[0]], name[apart[0]])


def _beside(key: str, other: str) -> bool:
    """Whether two letters' keys touch on a QWERTY keyboard."""
    if key not in _KEY_AT or other not in _KEY_AT:
        return False
    (row, column), (other_row, other_column) = _KEY_AT[key], _KEY_AT[other]
    return abs(row - other_row) <= 1 and abs(column - other_column) <= 1


def _place_of(typed: str, title: str) -> bool:
    """Whether `typed`, less a 市 or 省 after it, is the place `title` begins with (`某市` of 某市部门…): a
    piece from further on (`部门`, `支出`, `市级`) names no one form."""
    place = typed.removesuffix("市").removesuffix("省")
    return len(place) >= 2 and title.startswith(place) and title[len(place):len(place) + 1] in ("市", "省")


def _in_region(typed: str, place: str | None) -> bool:
    """Whether `typed` names the region a form belongs to (its profile's `region`, `某省`): the whole of it, or
    its beginning of two characters or more less only its 省 or 市 or ending 自治区 (`某某` of 某某族自治区)."""
    if not place or len(typed) < 2 or not place.startswith(typed):
        return False
    rest = place[len(typed):]
    return rest in ("", "省", "市") or rest.endswith("自治区")


def _readings(typed: str, place: str | None) -> list[str]:
    """`typed`, and what it goes on with past the region `place` (a form's, see _in_region) where it begins with it,
    each way it may be cut (`某省某市`: `省某市` and `某市`): a province is written before the place, as an address is.
    `某省某市` was told no form's Chinese name began with it, and then `某省某市部门整体` the same."""
    return [typed, *(typed[cut:] for cut in range(2, len(typed)) if _in_region(typed[:cut], place))]


def _same_place(typed: str, title: str) -> bool:
    """Whether `typed` goes on from the place `title` begins with (the characters before its first 市 or 省, two or
    more: `某市级部门…` begins with 某): a title half remembered (`某市部门…` for 某市级部门…, `某市项目…申报表` for
    某市项目…表), which names the one form of that place as surely as the place alone does."""
    place = _PLACE.match(title)
    return bool(place) and len(typed) > len(place.group(1)) and typed.startswith(place.group(1))


_PLACE = re.compile(r"(.{2,}?)[市省]")
"""The place a form's Chinese name begins with, before its 市 or 省."""


TITLE_START = 4
"""How many characters of a form's Chinese name are taken as its beginning: fewer (`某市部`) is mostly the place."""


def _title_begun(typed: str, title: str) -> bool:
    """Whether `typed` is the form's Chinese name, copied from `new --list`, or its beginning of TITLE_START
    characters or more (`某市部门整体`); a piece from further on (`支出`, `市级`) is not."""
    return bool(title) and (typed == title or len(typed) >= TITLE_START and title.startswith(typed))


def _title(catalog: Catalog, name: str) -> str | None:
    """A form's Chinese name from its profile.yaml (`name`)."""
    return _profile_words(catalog, name)[0]


def region(catalog: Catalog, name: str) -> str | None:
    """The region a form belongs to, from its profile.yaml (`region`, `某省`); None where it says none."""
    return _profile_words(catalog, name)[1]


def _profile_words(catalog: Catalog, name: str) -> tuple[str | None, str | None]:
    """A form's Chinese name and region from its profile.yaml, read without the profile's checks: a broken profile
    is said by the command that uses the form, and should not hide the list of forms. Each profile is parsed once
    per catalog (`_READ`)."""
    folder = catalog.folder(name)
    if folder is None:
        return None, None
    read = _READ.setdefault(catalog, {})
    if folder not in read:
        data = load(folder / PROFILE_FILE).data
        read[folder] = (_text(data, "name"), _text(data, "region"))
    return read[folder]


def _text(data: Any, key: str) -> str | None:
    """The text a profile's top-level `key` holds, stripped; None where it holds none."""
    value = data.get(key) if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


_READ: WeakKeyDictionary[Catalog, dict[Path, tuple[str | None, str | None]]] = WeakKeyDictionary()
"""Each catalog's forms' Chinese names and regions by folder, as `_profile_words` read them. Every spec without a known
form was told the forms there are with their names, each a profile.yaml parsed: 300 such specs linted together parsed
1500 profiles, three quarters of the run. A catalog is made afresh where forms may have changed (serve after a form's
files change)."""
