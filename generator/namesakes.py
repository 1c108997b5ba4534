"""Specs already in a folder for the same form, unit and year as one about to be written there.

`jixiao new` names a spec `单位-年度.yaml` (or, with --from, the source's name with its year moved on),
so a spec of that unit and year written by hand or imported under another name (`某单位2025年.yaml`) is
not in the way of the new file, yet it is the same form to `jixiao build`: both print the same table
name, and build writes all but one under it with the spec's file name added (`…（某项目）`) and a warning.
The unit then has two drafts of one form and learns of it only at build time; `new` and `import` (last year's
某单位2025年.docx read into specs/) ask before making the second one, in the same words, naming the spec that
keeps the plain name as validate's SPEC-NAME-TAKEN does.
"""
from __future__ import annotations

from pathlib import Path

from .errors import JixiaoError
from .load import load
from .spec_files import MAX_BYTES, spec_found


def namesakes(target: Path, form: str, unit: str, year: int) -> list[Path]:
    """The readable specs beside `target` (in its folder, not below it), other than `target` itself,
    of `form` for `unit` and `year`."""
    folder = target.parent
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if not spec_found(path, folder) or path.resolve() == target.resolve() or not _mentions(path, unit):
            continue
        data = load(path).data
        if isinstance(data, dict) and (data.get("form"), data.get("unit"), data.get("year")) == (form, unit, year):
            found.append(path)
    return found


def _mentions(path: Path, unit: str) -> bool:
    """Whether the file's bytes hold the unit's name in UTF-8, as a namesake's do (short of a name typed
    in YAML escapes): checked before parsing, which for a folder of 400 specs took a second on every
    `jixiao new`. A UTF-8 file with a BOM holds them too; one in GBK or UTF-16 does not, nor does it
    load: validate and build report its encoding, so it is no namesake either way."""
    try:
        with open(path, "rb") as stream:
            return unit.encode("utf-8") in stream.read(MAX_BYTES + 1)
    except OSError:
        return False


def namesake_notice(target: Path, form: str, unit: str, year: int, wanted: bool,
                    file_named: bool = True) -> str | None:
    """Refuse (a JixiaoError) to write a second spec of the form for the unit and year beside one under
    another name, unless it is `wanted` (--force, or -o named the very file: the author chose to have it
    there); then what to say after writing. Nothing when there is none. `file_named`: whether -o may name
    the file, as the refusal advises; an import of several files takes only a folder."""
    found = namesakes(target, form, unit, year)
    if not found:
        return None
    names = "、".join(str(path) for path in found)
    same = _kept_name(target, found, f"{unit}{year}")
    if not wanted:
        raise JixiaoError(f"{names} 已是{unit} {year} 年度的规格（表样 {form}）；再写出 {target}，{same}。"
                          "请接着改已有的（或先把它移走）；确要另写一份时，可用 -o 写到另一个文件夹；"
                          f"要写在这个文件夹里，{'用 -o 写明文件名或' if file_named else ''}加 --force（写出后会提醒）")
    return f"注意：{names} 也是{unit} {year} 年度的规格（表样 {form}）；{same}；不用的请删掉"


def _kept_name(target: Path, found: list[Path], unit_year: str) -> str:
    """Which of `target` and its namesakes build writes under the form's plain name and why, by validate's rank and
    words (name_clashes): `new` said a rule of its own, the longer file name's spec written as `…-2`, so beside
    `某单位-2025.yml` it named the new `某单位-2025.yaml` as the `-2`, which validate and build give the plain name.
    Each other's name as build writes it (`free_name`), what its file stem adds to the unit and year: the form's name
    holds those (`unit_year`), and the rest of it (`added_label`: a long unit's is shortened) is said as `…`. Imported
    here, with the jinja2 that name_clashes reads, only when there is a namesake."""
    from .name_clashes import claims_first, free_name, name_key, stem_twins, why_first
    from .short_names import added_label
    from .write import safe_name

    plain = safe_name(unit_year)
    first, *rest = sorted([target, *found], key=claims_first)
    named, twins = {name_key(plain): str(first)}, stem_twins(map(str, [target, *found]))
    written = []
    for path in rest:
        name = free_name(plain, str(path), named, twins)
        named[name_key(name)] = str(path)
        written.append(f"{path} 写成“…{added_label(name)}”")
    others = "、".join(written)
    return f"jixiao build 为它们生成的表同名，原名留给 {first}（{why_first(first, rest[0])}），{others}，不论哪一份先生成"
