"""The files a form's output is made from: one answer for serve (which files it watches) and for build's manifest
(which files decide that a spec is built again), so the two cannot drift apart.

A form folder may hold other files: a note.txt, an editor's backup, a draft copied aside. Counted as inputs, each
save of one made the preview render every spec again and `jixiao build` rebuild every spec of the form, for a file
no form reads. The inputs are the form's own files (profile.yaml, its two templates, the make_form_docx.py whose
SHA-256 form.docx must carry) and the templates its templates pull in by a written name (`pulled_in`). Where a
template pulls one in by a computed name (`{% include k ~ ".html" %}`), which file it is is known only at render
time: then every file of the form's folder and of the `_shared` folders counts, as every file did before.

form.docx's tags are read by docxtpl, which splits a paragraph's runs and rewrites `{%p`, `{%tr` tags: too much to
do here at each poll. Its text is searched for a tag that pulls a template in, and one found counts as a computed
name (no shipped form.docx has any).
"""
from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import pulled_in, zip_damage
from .form_script import MAKE_SCRIPT
from .jinja import make_env
from .variants import DOCX_TEMPLATE, HTML_TEMPLATE, PROFILE_FILE

OWN_FILES = (PROFILE_FILE, HTML_TEMPLATE, DOCX_TEMPLATE, MAKE_SCRIPT)

SCRATCH = re.compile(r"^(?:[.~#].*|\d+|.*(?:~|#|\.sw[a-p]|\.tmp|\.bak))$", re.IGNORECASE)
"""The names editors and office suites give their own files next to the one open: hidden files (vim's .form.html.swp,
LibreOffice's .~lock.form.docx#), Word's ~$form.docx, backups (form.html~, emacs's #form.html#), vim's write test 4913,
and temporary files. None of them is a form, a schema or a part of one."""

_DOCX_PULLS = re.compile(r"\{%[-+]?\s*(?:(?:p|r|tr|tc)\s+)?(?:include|import|from|extends)\b")
_XML_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Inputs:
    """`files`: those a form's output is made from, as they are now. `depends`: the places whose change may change
    `files` (the form's own files, each template found, where a template named but not found would be, where one
    found would be found first if saved there, and with a computed name the folders searched): a caller that keeps
    `files` finds them again only when one of these changed."""

    files: tuple[Path, ...]
    depends: tuple[Path, ...]


def of(folder: Path, shared: list[Path]) -> Inputs:
    """The inputs of the form in `folder`, its templates searched in `folder`, then each of `shared`."""
    bases = [folder, *shared]
    own = [folder / name for name in OWN_FILES]
    missed: list[str] = []
    computed: list[str] = []
    source = _text(folder / HTML_TEMPLATE)
    found = [file for file, _ in pulled_in.templates(make_env(bases), source, missed=missed, computed=computed)]
    searched: list[Path] = []
    if computed or _docx_pulls(folder / DOCX_TEMPLATE):
        searched = [place for base in bases for place in [base, *_subfolders(base)]]  # one not there: till made
        found += [file for place in searched if place.is_dir() for file in sorted(place.iterdir()) if file.is_file()
                  and not SCRATCH.match(file.name)]
    files = [file for file in own if file.is_file()] + found
    depends = [*own, *found, *(place for file in found for place in _shadowing(file, bases)),
               *(base / name for name in missed for base in bases), *searched]
    return Inputs(tuple(dict.fromkeys(files)), tuple(dict.fromkeys(depends)))


def _text(path: Path) -> str:
    """A template's text; empty while it cannot be read (its render says why, and saving it again is a change)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _docx_pulls(path: Path) -> bool:
    """Whether the text of a Word template's body, headers or footers has a tag that pulls a template in."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = [package.read(name).decode("utf-8", "replace") for name in package.namelist()
                     if name.startswith("word/") and name.endswith(".xml")]
    except zip_damage.DAMAGE:
        return False  # damaged, cut short, encrypted, or compressed another way: its render says it is no Word file
    return any(_DOCX_PULLS.search(_XML_TAG.sub("", part)) for part in parts)


def _subfolders(base: Path) -> list[Path]:
    """The folders under `base` a template name may reach (`parts/x.html`), hidden ones left out."""
    found = []
    for top, names, _ in os.walk(base):
        names[:] = sorted(name for name in names if not name.startswith("."))  # not walked into either
        found += [Path(top) / name for name in names]
    return found


def _shadowing(file: Path, bases: list[Path]) -> list[Path]:
    """Where a template found as `file` would be found instead if saved there: its name in each folder of the
    search path before the one holding it (the form's folder, a unit's own `_shared`, before the shipped one).
    Jinja names the file by a normalised path (`os.path.normpath`), so each folder is compared normalised too."""
    for index, base in enumerate(bases):
        normal = Path(os.path.normpath(base))
        if file.is_relative_to(normal):
            return [nearer / file.relative_to(normal) for nearer in bases[:index]]
    return []
