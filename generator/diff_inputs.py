"""Whether the files `jixiao diff` was given are specs it can compare, said before comparing them.

Compared as it came, a Word file was a FILE-ENCODING error, a line of text a YAML-NOT-MAPPING one, another
program's YAML a spec with every field 删除, and a spec of a form jixiao does not know a diff without the form's
names or arithmetic. Each is one error in the reviewer's words instead (DIFF-NOT-SPEC, DIFF-FORM-UNKNOWN), and the
diff exits 2 as for a file it cannot read. So is a spec's name that holds nothing to read (a broken symbolic
link, a link loop: FILE-UNREADABLE, as the loader says it), which a folder's walk passed over without a word, its
namesake on the other side then shown as 删除. Two drafts of different forms (a unit moving its spec to another form) are
a real edit to review, so they are compared: DIFF-FORMS is a warning that says why most columns show as 删除 and 新增.
A value the form wants a number that is not one is compared as typed; `number_note` says why it has no difference.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from .command_paths import OLE2_SIGNATURE, ZIP_SIGNATURE, office_import
from .errors import unread_reason
from .field_fixes import blank_fix, number_fix
from .load import WHOLE_FILE, Spec, load_bytes
from .problems import Problem, Severity
from .typed_numbers import is_number
from .spec_files import NO_SPEC_KEY, SPEC_SUFFIXES, files_under, no_file_behind, spec_key, unreadable_found
from .validate import unknown_form
from .variants import Catalog

# the first bytes of files a reviewer may pass by mistake, and what they are
_SIGNATURES = ((ZIP_SIGNATURE, "Word、Excel 等 Office 文件（压缩包）"), (OLE2_SIGNATURE, "旧版 Word、Excel 文件"),
               (b"%PDF", "PDF 文件"))


NOT_SPEC = "DIFF-NOT-SPEC"


def _not_a_spec(path: str, what: str) -> Problem:
    """DIFF-NOT-SPEC, `what` the file is instead also kept as the problem's subject: a file the change deleted says it
    in a sentence of its own (`diff_files._was_broken`), where this message's advice to give two specs is no help."""
    hint = office_import(PurePath(path).name) or "规格是以 form:、unit:、year: 等字段开头的 YAML 文件"
    return Problem(path, *WHOLE_FILE, Severity.ERROR, NOT_SPEC,
                   f"这个文件不是规格（{what}），无法比较；请给出两稿规格（.yaml）。{hint}", subject=(what,))


@dataclass(frozen=True)
class Unreadable:
    """What stands where a file's bytes would: why a spec's name holds nothing to read (`unread_reason`)."""

    why: str


def unreadable_specs(paths: list[str]) -> Iterator[tuple[Path, Unreadable]]:
    """Each spec's name under the given folders (walked as `spec_files.folder_specs` walks them: outside hidden folders),
    or each path given by name, that holds no file to read, with why. A folder named `x.yaml` is a folder, its specs
    found inside it as validate, lint and build find them: it was an error here, and exit 2, where they said nothing.

    An error, not a warning: the diff cannot say what that spec holds, and left out it read as a spec deleted (its
    namesake on the other side shown as 删除) or was missing from the comparison with nothing said; the command's
    --help has exit 2 for a file it cannot read."""
    for name in paths:
        if not os.path.isdir(name):
            if no_file_behind(name):
                yield Path(name), Unreadable(unread_reason(Path(name)))
            continue
        for path in sorted(files_under(Path(name))):
            if unreadable_found(path, Path(name)):
                yield path, Unreadable(unread_reason(path))


def read(path: str, raw: bytes | Unreadable, catalog: Catalog | None) -> Spec:
    """The spec in a file's bytes, or a spec holding the one problem that says why this file cannot be compared."""
    if isinstance(raw, Unreadable):
        return Spec(path, problems=[Problem(path, *WHOLE_FILE, Severity.ERROR, "FILE-UNREADABLE",
                                            f"读不出这个规格，两稿中的它都没有比较：{raw.why}")])
    for signature, what in _SIGNATURES:
        if raw.startswith(signature):
            return Spec(path, problems=[_not_a_spec(path, what)])
    spec = load_bytes(path, raw, catalog)
    if any(problem.code == "YAML-NOT-MAPPING" for problem in spec.problems):
        return Spec(path, problems=[_not_a_spec(path, "内容是一段文字或一个列表，不是“键: 值”的字段")])
    suffix = PurePath(path).suffix.lower()
    if spec.problems and suffix and suffix not in SPEC_SUFFIXES:  # a note or a README: its YAML slips say nothing
        return Spec(path, problems=[_not_a_spec(path, f"{suffix} 文件，读不成 YAML")])
    if spec.problems:
        return spec
    if not any(spec_key(key) for key in spec.data):  # the rule by which validate tells a spec from other YAML
        return Spec(path, problems=[_not_a_spec(path, f"{NO_SPEC_KEY}，像是别的程序的 YAML")])
    return _known_form(spec, catalog) if catalog is not None else spec


def _known_form(spec: Spec, catalog: Catalog) -> Spec:
    """The spec, or its DIFF-FORM-UNKNOWN: without its form's schema and profile nothing would be named in the
    form's words, no sum followed. A spec without `form` is compared by its keys, as it was (its fault is validate's)."""
    form = spec.data.get("form")
    if form is None or (isinstance(form, str) and catalog.get(form) is not None):
        return spec
    return Spec(spec.path, problems=[unknown_form(spec, catalog, "DIFF-FORM-UNKNOWN")])


def different_forms(old: Spec, new: Spec) -> Problem | None:
    """DIFF-FORMS, at the new spec's `form`, for two specs of different forms: compared all the same (the move is
    what the reviewer must see), but their columns differ, and without a word the 删除 and 新增 of every column
    the forms do not share read as a rewrite of the targets."""
    before, after = (spec.data.get("form") for spec in (old, new))
    if before is None or after is None or before == after:
        return None
    line, column = new.locate(("form",))
    return Problem(new.path, line, column, Severity.WARNING, "DIFF-FORMS",
                   f"两稿的表样（form）不同：{old.path} 是“{before}”，{new.path} 是“{after}”；"
                   "按各自表样的栏目名比较，只有两种表样共有的栏目逐项对应，其余显示为删除和新增")


def number_note(old: Any, new: Any, amount: bool = True, places: int | None = None,
                beside: Sequence[Any] = (), blank: bool = False) -> str | None:
    """Why a changed amount has no difference: a side filled in with what is not a number (`49,41`, `约461万`);
    for a new value whose slip validate can name (`２２.１５`: full-width digits), validate's words for it and what
    to write (`field_fixes.number_fix`, with the form's decimals `places` and the amounts `beside` it), not a second
    wording of the same slip. In a field that may be left `blank`, an emptied amount typed `""` (or `无`, `/`) is told
    as validate tells it, how a blank cell is written (`field_fixes.blank_fix`): left bare, `新值不是数字` read as a
    clerk's blank taken for a word, where `amount:` with nothing after it moves the sums as 0.
    `amount` is as validate has it: a money field, in 万元, not another number (a 分值)."""
    typed = [value is not None and not is_number(value) for value in (old, new)]
    sides = "两边都" if all(typed) else "原值" if typed[0] else "新值" if typed[1] else None
    if not sides:
        return None
    fix = ((blank and blank_fix(new)) or number_fix(new, amount=amount, places=places, beside=beside)
           if typed[1] and isinstance(new, str) else None)
    return f"{sides}不是数字，无法计算差额" + (f"：{fix}" if fix else "")
