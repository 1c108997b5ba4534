"""A form's folder renamed while serve runs (`templates/a` → `templates/b`), told as a rename, with what it leaves
without a form.

Between two polls the old folder's files left the watched ones and the new folder's joined: the terminal said the
form `a` could no longer be used and that `b/profile.yaml` changed, not that it was the same form under a new name,
nor which specs it left behind. A rename (`mv`, an explorer's rename, `git mv`) keeps each file's modification time
and size: the same names with the same stamps under both folders are taken as one folder renamed, without reading a
file. A copy made anew, or edited meanwhile, is a form removed and one added, as before.
"""
from __future__ import annotations

from pathlib import Path

from .copied_form import names_form
from .line_runs import line_runs
from .variants import PROFILE_FILE

Stamps = dict[str, tuple[int, int]]


def renamed(before: Stamps, after: Stamps) -> list[tuple[Path, Path]]:
    """(old folder, new folder) of each form folder renamed between two polls' stamps; the forms taken from another
    folder of their own name (serve's `_switched`) are not among them."""
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


def words(old: Path, new: Path, schema_left: Path | None, formless: list[tuple[str, object]]) -> str:
    """What the terminal says of a rename: `schema_left` the old name's schema when the new name has none (a form is
    its folder and its schema of one name), `formless` (spec, its `form:`) for each spec found without a form now."""
    said = f"表样文件夹 {old} 改名为 {new}（文件都没有变），表样“{old.name}”现在叫“{new.name}”"
    if schema_left is not None:
        said += f"；它的 schema 还叫 {schema_left}，请同样改名为 {new.name}.schema.json{_inside(schema_left, old.name, new.name)}"
    if formless:
        specs = "、".join(f"{spec}（form: {form}{f'，请改成 form: {new.name}' if form == old.name else ''}）"
                         for spec, form in formless)
        said += f"；这些规格找不到表样了：{specs}"
    return said


def _inside(schema: Path, old: str, new: str) -> str:
    """What else to change in the schema renamed: the lines that write the old name (`form`'s const, the editor's
    message for a wrong form, the skeleton snippet's `form:`). Told only to rename the file, the author then met the
    schema's `"const": "<old>"` refusing every spec that followed the advice: no command renames a form."""
    try:
        lines = schema.read_text(encoding="utf-8-sig").split("\n")  # as json_text counts lines
    except (OSError, UnicodeDecodeError):  # moved or being saved meanwhile: the file's rename is still right
        return ""
    named = [number for number, text in enumerate(lines, 1) if names_form(text, old)]
    return (f"，并把其中{line_runs(named)}写的“{old}”都改成“{new}”（form 的 const、填错表样时的提示、片段里的 form: 等）"
            if named else "")
