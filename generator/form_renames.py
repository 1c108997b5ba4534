"""A form's folder renamed while serve runs (`templates/a` → `templates/b`), told as a rename, with what it leaves
without a form.

Between two polls the old folder's files left the watched ones and the new folder's joined: the terminal said the
form `a` could no longer be used and that `b/profile.yaml` changed, not that it was the same form under a new name,
nor which specs it left behind. A rename (`mv`, an explorer's rename, `git mv`) keeps each file's modification time
and size: the same names with the same stamps under both folders are taken as one folder renamed, without reading a
file. A copy made anew, or edited meanwhile, is a form removed and one added, as before. A schema or a spec
renamed is told by the same stamps (`files_renamed`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .copied_form import names_form
from .line_runs import line_runs
from .schema_line import SUFFIX
from .variants import PROFILE_FILE

Stamps = dict[str, tuple[int, int]]


def renamed(before: Stamps, after: Stamps) -> list[tuple[Path, Path]]:
    """(old folder, new folder) of each form folder renamed between two polls' stamps; the forms taken from another
    folder of their own name (serve_watch's `_switched`) are not among them."""
    left = {Path(name).parent for name in before.keys() - after.keys()
            if Path(name).name == PROFILE_FILE and not Path(name).parent.exists()}
    joined = {Path(name).parent for name in after.keys() - before.keys() if Path(name).name == PROFILE_FILE}
    twins = {folder.name for folder in joined}  # an old name now taken from another folder: `_switched` tells it
    pairs = []
    for old in sorted(left - {folder for folder in left if folder.name in twins}):
        same = [new for new in sorted(joined) if new.name != old.name and _files(before, old) == _files(after, new)]
        if len(same) == 1:  # two copies of one folder: neither is told apart as the rename
            pairs.append((old, same[0]))
            joined.discard(same[0])
    return pairs


def _files(stamps: Stamps, folder: Path) -> dict[Path, tuple[int, int]]:
    """The stamps of the files under `folder`, by their names in it."""
    return {Path(name).relative_to(folder): stamp for name, stamp in stamps.items() if Path(name).is_relative_to(folder)}


def schemas_renamed(before: Stamps, after: Stamps) -> list[tuple[Path, Path]]:
    """(old file, new file) of each schema renamed in its folder between two polls' stamps (`X.schema.json` →
    `Y.schema.json`): the same stamp under one new name only, the old file gone. It was said as one schema removed
    and another changed, and nothing of the form left without its schema."""
    return files_renamed(before, after, [name for name in before.keys() - after.keys() if name.endswith(".json")],
                         [name for name in after.keys() - before.keys() if name.endswith(".json")],
                         lambda old, new: new.parent == old.parent)


def files_renamed(before: Stamps, after: Stamps, left, joined, fits=lambda old, new: True) -> list[tuple[Path, Path]]:
    """(old file, new file) of each file of `left` (in `before`) gone now that has the stamp of one file of `joined`
    (in `after`) that `fits` it: a rename keeps the modification time and size, a copy made anew or a file edited
    meanwhile does not. Only a stamp no other file that `fits` has, before or after, tells which file the new one
    was: files of one stamp are copies made with `cp -p` or files written in one tick of the clock, any of which the
    new one may be. Of two specs of one stamp, one deleted and the other renamed, the first by name was said renamed,
    and so was a spec deleted when another of its stamp was copied with `cp -p`, though the copy held the other's."""
    pairs = []
    for old in sorted(Path(name) for name in left if not Path(name).exists()):
        stamp = before[str(old)]
        same = [new for new in map(Path, joined) if fits(old, new) and after[str(new)] == stamp]
        holders = {name for stamps in (before, after) for name, held in stamps.items()
                   if held == stamp and fits(old, Path(name))}
        if len(same) == 1 and holders == {str(old), str(same[0])}:
            pairs.append((old, same[0]))
    return pairs


def arrived(before: Stamps, after: Stamps) -> list[Path]:
    """The form folders whose profile.yaml joined the watched files between two polls: a form added, or a folder
    renamed and edited meanwhile (no rename, see `renamed`)."""
    return sorted(Path(name).parent for name in after.keys() - before.keys() if Path(name).name == PROFILE_FILE)


def words(old: Path, new: Path, schema_left: Path | None, formless: list[tuple[str, object]],
          shown: Callable[[Path], str] = str, needs: str = "") -> str:
    """What the terminal says of a rename: `schema_left` the old name's schema when the new name has none (a form is
    its folder and its schema of one name), `formless` (spec, its `form:`) for each spec found without a form now;
    `shown` names a file as the terminal does; `needs` what `needs_schema` says when neither name has a schema."""
    said = f"表样文件夹 {shown(old)} 改名为 {shown(new)}（文件都没有变），表样“{old.name}”现在叫“{new.name}”"
    if schema_left is not None:
        inside = _inside(schema_left, old.name, new.name)
        said += f"；它的 schema 还叫 {shown(schema_left)}，请同样改名为 {new.name}{SUFFIX}{f'，并{inside}' if inside else ''}"
    elif needs:
        said += f"；{needs}"
    return said + _formless(formless, old.name, new.name)


def schema_words(old: Path, new: Path, folders: dict[str, Path | None], formless: list[tuple[str, object]],
                 shown: Callable[[Path], str] = str, others: dict[str, Path | None] | None = None,
                 shipped: Callable[[Path], bool] = lambda path: False) -> str:
    """What the terminal says of a schema renamed (`schemas_renamed`): what it means for the forms of both names, by
    `folders` (each name's form folder, None when there is none), `others` (the old name's schema found now, the new
    name's that this one now takes over from; None when there is none) and the specs left without a form (see
    `words`). `shipped` tells jixiao's own folders and files, which a unit never renames: a unit's override schema
    renamed was told to rename jixiao's installed form folder, though that form had its own schema still."""
    said = f"schema {shown(old)} 改名为 {new.name}（内容没有变）"
    was, now = _form_of(old), _form_of(new)
    if was is None or now is None:  # no form's schema, by its name
        return said
    others = others or {}
    inside = _inside(new, was, now, f" {new.name} ")
    back, over = others.get(was), others.get(now)
    own = " jixiao 自带的" if over is not None and shipped(over) else ""
    if back is not None:  # an override gone: the form uses the schema under it again
        said += f"；表样“{was}”不再有自己的 schema，又用{' jixiao 自带的' if shipped(back) else ''} schema {shown(back)}"
    elif folders.get(was) is not None and over is None and folders.get(now) is None and not shipped(folders[was]):
        said += (f"；表样“{was}”找不到它的 schema 了（表样名就是文件夹名，也是 schema 的文件名）：要改表样的名字，请把表样文件夹 "
                 f"{shown(folders[was])} 同样改名为 {now}{f'，并{inside}' if inside else ''}；不然请把 schema 改回 {old.name}")
        return said + _formless(formless, was, now)
    elif folders.get(was) is not None:
        said += f"；表样“{was}”找不到它的 schema 了（表样名就是文件夹名，也是 schema 的文件名），请把 schema 改回 {old.name}"
    if over is not None:
        said += f"；它现在取代了{own}表样“{now}”的 schema {shown(over)}，多半不是想要的"
        return said + _formless(formless, was, None)
    if folders.get(now) is not None:
        said += f"{'；它' if back or folders.get(was) else '，'}现在是表样“{now}”的 schema{f'；请{inside}' if inside else ''}"
    elif back is not None:
        said += f"；“{now}”有了 schema，但没有同名的表样文件夹，还不是表样"
    return said + _formless(formless, was, now)


def needs_schema(name: str, place: str, orphans: list[Path], shown: Callable[[Path], str] = str) -> str:
    """What a form folder with no schema of its name is told to get: a folder alone is no form, and only a spec
    naming it said so (FORM-UNKNOWN), the terminal saying its profile.yaml changed. `place` says where the schema goes
    (a folder jixiao.yaml names, or the setting to add to it); `orphans` are the schemas of the project's own that have
    no folder: a folder renamed and edited at once left its schema so, and to copy another form's schema, as the
    terminal said, lost what the author had made while the page's FORM-UNKNOWN said to rename it."""
    said = f"表样“{name}”还没有 schema（表样名就是文件夹名，也是 schema 的文件名）"
    if len(orphans) == 1:
        inside = _inside(orphans[0], _form_of(orphans[0]) or "", name)
        return (f"{said}；有 schema 而没有表样文件夹的是 {shown(orphans[0])}：如果这个文件夹是“{_form_of(orphans[0])}”改名来的，"
                f"请把这个 schema 同样改名为 {name}{SUFFIX}{f'，并{inside}' if inside else ''}；不然要用它请在{place}里放一个 {name}{SUFFIX}")
    if orphans:
        return (f"{said}；有 schema 而没有表样文件夹的：{'、'.join(map(shown, orphans))}，如果这个文件夹是其中一个改名来的，"
                f"请把那个 schema 同样改名为 {name}{SUFFIX}；不然要用它请在{place}里放一个 {name}{SUFFIX}")
    return f"{said}，要用它请在{place}里放一个 {name}{SUFFIX}（可复制一个相近表样的 schema 来改）"


def _form_of(schema: Path) -> str | None:
    """The form a schema file is named after, None for a shared file."""
    return schema.name.removesuffix(SUFFIX) if schema.name.endswith(SUFFIX) else None


def _formless(formless: list[tuple[str, object]], old: str, new: str | None) -> str:
    """The specs found without a form after a rename, each with its `form:` and, when it names the old name, the new
    (None when the new name is no form to move to)."""
    if not formless:
        return ""
    specs = "、".join(f"{spec}（form: {form}{f'，请改成 form: {new}' if form == old and new else ''}）" for spec, form in formless)
    return f"；这些规格找不到表样了：{specs}"


def _inside(schema: Path, old: str, new: str, named_as: str = "其中") -> str:
    """What else to change in the schema renamed: the lines that write the old name (`form`'s const, the editor's
    message for a wrong form, the skeleton snippet's `form:`). Told only to rename the file, the author then met the
    schema's `"const": "<old>"` refusing every spec that followed the advice: no command renames a form. `named_as` is
    how the schema is named there, where 其中 would be another file."""
    try:
        lines = schema.read_text(encoding="utf-8-sig").split("\n")  # as json_text counts lines
    except (OSError, UnicodeDecodeError):  # moved or being saved meanwhile: the file's rename is still right
        return ""
    named = [number for number, text in enumerate(lines, 1) if names_form(text, old)]
    return (f"把{named_as}{line_runs(named)}写的“{old}”都改成“{new}”（form 的 const、填错表样时的提示、片段里的 form: 等）"
            if named else "")
