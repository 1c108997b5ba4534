"""Specs that make one form's file name (same unit, year and form), and which of them keeps it.

`jixiao build` writes the others as `…-2`, `…-3` (BUILD-NAME-TAKEN); `jixiao validate`, given several specs,
says the same before any build (SPEC-NAME-TAKEN), so that a duplicate shows on a pull request, where only
validate and lint run. Both decide the name, the clash and the spec that keeps the plain name here, in one way.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .jinja import render_pattern
from .problems import Problem, Severity
from .write import safe_name

if TYPE_CHECKING:
    from .schema_store import SchemaStore
    from .validate import Checked

ASIDE_WORDS = ("草稿", "修改稿", "初稿", "副本", "备份", "旧稿", "旧版")
"""Words in a folder's name that say the specs in it are kept aside: drafts, copies, backups, old versions. Not 旧
alone, which names units too (`旧城改造办`)."""
ASIDE_ENGLISH = frozenset({"draft", "drafts", "copy", "copies", "backup", "backups", "bak", "old"})
"""The same as English words of a folder's name (`drafts`, `old-2025`; not the `old` of `folder`)."""

KEEPS_NAME = ("原名留给不在草稿文件夹里的一份（文件夹名里有“" + "”“".join(ASIDE_WORDS) + "”或 drafts、backup、copy、old 这样的词的）；"
              "都在或都不在（这样的文件夹一样多）时，留给文件名（不计扩展名）较短的一份（复制出来的文件名多出“ copy”“ - 副本”这样的字），"
              "一样长时按文件名、再按路径的先后")
"""The rule `claims_first` follows, as every message about a taken name says it."""


def form_name(spec: str, context: dict, variant) -> tuple[str, str]:
    """The document's name for a spec's view model (model.build) by its form's `file_name` pattern, and the file
    stem it is written under: made safe for every filesystem, the spec's own name when the pattern gives none."""
    name = render_pattern(variant.file_name, context)
    return name, safe_name(name, Path(spec).stem)


def name_key(stem: str) -> str:
    """What two file stems share when they are one file: `A.docx` and `a.docx` are one on Windows and macOS."""
    return stem.casefold()


def claims_first(spec: str) -> tuple:
    """The rank that decides which of the specs making one form's name keeps it (KEEPS_NAME): the spec in fewer folders
    named as kept aside (`aside_folders`) first, so that `specs/2026/某单位-2026.yaml` keeps the name against
    `specs/drafts/草稿.yaml` (by the shorter name first, the draft took it); then the shorter file name (without
    its extension), then the file name, then the resolved path, not the path as typed (by which `b/g.yaml`
    sorted before `/home/…/a/g.yaml`: how a path was typed chose the spec).

    A copy's name is the original's with words added (VS Code's `X copy.yaml`, Windows Explorer's
    `X - 副本.yaml`, Finder's `X 副本.yaml`, older Windows's `复件 X.yaml`), so the original keeps the plain name
    in any language. By path alone, " copy" sorts before ".yaml": the original was written as `…-2`, and that
    was the form submitted. Not the folders' order either: a bureau's `specs/某单位/` sorts after its `specs/drafts/`."""
    real = os.path.realpath(spec)
    return aside_folders(Path(real).parent), len(Path(spec).stem), Path(spec).name, real


def aside_folders(folder: Path) -> int:
    """How many of `folder` and the folders above it are named as drafts, copies or backups (ASIDE_WORDS). A count,
    not whether any is: the folders above the project (`~/old/`, a test's `…_drafts_0/`) count alike for every spec
    in it, so only the folders in which two specs differ decide between them."""
    return sum(bool(set(re.findall(r"[a-z]+", name.casefold())) & ASIDE_ENGLISH or any(word in name for word in ASIDE_WORDS))
               for name in folder.parts)


def taken_names(specs: Iterable[tuple[Checked, SchemaStore]]) -> dict[str, list[Problem]]:
    """SPEC-NAME-TAKEN on each valid spec that makes the same form name as one ranked before it (`claims_first`),
    naming that one, by file; specs of one project only (`store`): another project builds into its own folder. A
    spec whose name pattern fails says nothing here: build stops on it, at its form's profile. validate and lint
    both say it over several specs."""
    from jinja2 import TemplateError

    from . import model

    by_name: dict[tuple, list[tuple[Checked, str]]] = defaultdict(list)
    for checked, store in specs:
        if not checked.ok:
            continue
        try:
            _, stem = form_name(checked.spec.path, model.build(checked.spec.data, checked.variant, store), checked.variant)
        except TemplateError:
            continue
        by_name[id(store), name_key(stem)].append((checked, stem))
    problems: dict[str, list[Problem]] = defaultdict(list)
    for found in by_name.values():
        (first, stem), *others = sorted(found, key=lambda pair: claims_first(pair[0].spec.path))
        for n, (checked, _) in enumerate(others, 2):
            problems[checked.spec.path].append(_taken(checked, first.spec.path, f"{stem}-{n}"))
    return problems


APART = ("两份若是这个表样要各填一张的（如每个项目一份），是表样的 file_name 没有写上区分它们的字段：请维护表样的人"
         "在表样的 profile.yaml 里给 file_name 加上（如 {{ project_name }}，见 jixiao 的 docs/variants.md），两份就不再同名")
"""The other cause of a clash: two specs rightly of one unit and year, which a form whose `file_name` names only
the unit and year (filled once per project) gives one name; deleting one, as the first advice says, loses a form."""


def _taken(checked: Checked, first: str, written_as: str) -> Problem:
    data, path = checked.spec.data, checked.spec.path
    line, column = checked.spec.locate(("unit",))
    return Problem(path, line, column, Severity.WARNING, "SPEC-NAME-TAKEN",
                   f"{path} 与 {first} 是同一单位、年度和表样的规格（{data.get('unit')}，{data.get('year')} 年度，"
                   f"表样 {checked.variant.name}），jixiao build 为它们生成的表同名，这一份会写成“{written_as}”"
                   f"（{KEEPS_NAME}）；请删去多余的一份，或改正这一份的单位（unit）或年度（year）；{APART}", "unit")
