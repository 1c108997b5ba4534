"""Which files are specs: the names a spec has, and the specs in and below a folder (outside hidden folders, other
than jixiao's settings and other programs' YAML, with those saved by Notepad as `.txt` found in the same walk).

Apart from validate.py, whose rules and schema checks loading this would cost: a build with nothing changed and
serve's polling only look for specs (diff checks forms and silencing comments with validate's, and loads it anyway).
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path, PurePath
from typing import Callable, Iterator

from .project import PROJECT_FILE
from .variants import DOCX_TEMPLATE, HTML_TEMPLATE, PROFILE_FILE

MAX_BYTES = 16 * 2**20  # the largest example is 20 KB; a file past this is a wrong path, not a spec
TOO_BIG = f"文件超过 {MAX_BYTES // 2**20} MB，规格文件不会这么大；请检查路径"


def capped_bytes(path: str | PurePath) -> bytes | None:
    """A spec's bytes, or None past MAX_BYTES (said TOO_BIG): read no further, so that a pipe (`<(git show …)`) reads
    as a file does and /dev/zero stops at the cap, not when the memory runs out. OSError is the caller's to say."""
    with open(path, "rb") as stream:
        raw = stream.read(MAX_BYTES + 1)
    return raw if len(raw) <= MAX_BYTES else None

SPEC_SUFFIXES = (".yaml", ".yml")


def spec_suffix(path: PurePath) -> bool:
    """Whether a file's name ends as a spec's, in any case: `jixiao new -o specs/某单位-2026.YAML` wrote a spec that
    `validate`, `build` and `lint` of specs/ then did not find (“还没有规格”, exit 0, so CI passed unchecked), and
    Windows, whose names ignore case, shows `.YAML` and `.yaml` alike."""
    return path.suffix.lower() in SPEC_SUFFIXES


_NO_SPECS_IN = frozenset({"node_modules", "__pycache__"})
"""Folders of other programs' files, never a unit's specs, as hidden ones (.git, .venv, .cache) are not."""


def hidden(inside: PurePath) -> bool:
    """Whether a path inside a named folder is a hidden file or in a hidden folder (.git, .github's
    workflows, .venv) or one of `_NO_SPECS_IN`: those hold YAML that is not a spec."""
    return any(part.startswith(".") or part in _NO_SPECS_IN for part in inside.parts)


def settings_file(path: PurePath, beside: Callable[[str], bool]) -> bool:
    """Whether a YAML file found in a folder is jixiao's own settings, not a spec: the project file, or
    a form variant's profile, known by a form template beside it (`beside` says whether the folder holds
    a file of that name). Read as specs, `jixiao validate .` at a repository's root failed on each of them."""
    if path.name == PROJECT_FILE:
        return True
    return path.name == PROFILE_FILE and any(beside(name) for name in (DOCX_TEMPLATE, HTML_TEMPLATE))


def spec_found(path: Path, folder: Path) -> bool:
    """Whether a file found in or below `folder` is a spec: a YAML file outside hidden folders, other
    than settings files. One test for every command that looks through a folder for specs."""
    return path.is_file() and named_as_spec(path, folder)


def named_as_spec(path: Path, folder: Path) -> bool:
    """Whether a name found in or below `folder` is a spec's, whatever it holds: a YAML name outside hidden folders,
    other than settings files. Also the test of a name holding no file to read (`unreadable_found`, diff's
    unreadable_specs): a link `jixiao.yaml` leading nowhere was said FILE-UNREADABLE as a spec."""
    return (spec_suffix(path) and not hidden(path.relative_to(folder))
            and not settings_file(path, lambda other: (path.parent / other).is_file()))


SPEC_KEYS = ("form", "unit", "year")  # every form's spec has them


def spec_key(key: object) -> bool:
    """Whether a top-level key marks a mapping as a spec: a field every form's spec has (any case), or a key typed
    in Chinese. One rule for `foreign_yaml` (which reads lines) and diff (which reads the parsed mapping), so a file
    is not a spec to one command and another program's YAML to the other."""
    return isinstance(key, str) and (key.strip().lower() in SPEC_KEYS or key.lstrip()[:1] > "\x7f")


NO_SPEC_KEY = f"没有 {'、'.join(SPEC_KEYS)} 字段，也没有用中文写的字段名"
"""What a YAML file taken for another program's lacks, by `spec_key`'s rule: said by diff of a file it will not
compare, and by the commands that skip such files found in a folder (see foreign_yaml)."""

_SPEC_KEY = re.compile(r"""(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)["']?(?:(?:%s)["']?[ \t]*[:：]|[^\x00-\x7f][^:\n]*:)"""
                       % "|".join(SPEC_KEYS), re.MULTILINE | re.IGNORECASE)
"""A line keying a field `spec_key` accepts (any indent), or one of those keys typed with a full-width colon
(`unit：某单位`, which a Chinese input method gives): that spec was skipped in a folder as another program's YAML,
`没有 form、unit、year 字段` of a file that has all three, where named alone it is read and its colons said (YAML-SYNTAX)."""
_CONTENT = re.compile(r"^[ \t]*[^\s#]", re.MULTILINE)


def foreign_yaml(path: Path) -> bool:
    """Whether a YAML file found in a folder is plainly some other program's (docker-compose.yml, a Kubernetes
    manifest, mkdocs.yml): it has content, and no line keys a field every spec has. `jixiao lint ~` reported
    each such file as a spec without `form`, a thousand FORM-MISSING errors around the few real ones.

    Doubt counts as a spec, which is then checked and its fault said: a spec with its `form` misspelt still has
    its unit and year, an empty file or one not in UTF-8 (GBK, UTF-16) is read and reported as before."""
    if no_file_behind(path):  # a pipe's open would wait: doubt, then said unreadable by the loader
        return False
    try:
        with open(path, "rb") as stream:
            text = stream.read(MAX_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    return _CONTENT.search(text) is not None and _SPEC_KEY.search(text) is None and checked_out_link(path, text) is None


_LINK_MAX = 1024
"""The most characters `link_as_text` takes for a link's target: a relative link is a few dozen; a file longer is no
link git wrote."""
_LINK_TARGET = re.compile(r"(?![/\\\s]|[A-Za-z]:|-\s)[^\r\n\t:#]*[^\s/\\]\.ya?ml", re.IGNORECASE)
"""A relative path to a YAML file on one line without a line break, as git writes a link's target (`../2024/x.yaml`);
not a YAML list's item (`- a.yaml`), which was called a link. A drive's path (`C:\\x.yaml`) the body's `[^:]` refuses;
`[A-Za-z]:` is for `C:.yaml`, relative to a drive's current folder, whose `:` the last character before the suffix
would take."""


def link_as_text(text: str) -> str | None:
    """The target a file holds when it is a symbolic link git checked out as text (Windows without core.symlinks
    writes each link as a file of its target's path, with no line break after it), else None. Read as YAML it was one
    plain value, said YAML-NOT-MAPPING (请以 form: 开头) of a spec the clerk saw on GitHub whole; in a folder it was
    skipped as another program's YAML. Only this shape is taken, so a spec with any field is never said to be one."""
    return text if len(text) <= _LINK_MAX and _LINK_TARGET.fullmatch(text) else None


def checked_out_link(path: str | Path, text: str) -> str | None:
    """The target of the file at `path`, holding `text`, when it is a symbolic link git checked out as text: of
    `link_as_text`'s shape, a file on disk and itself no link (a revision's link, which `diff --rev` reads as the same
    text, is not one), and not tracked by git as a file. The shape is a guess, which a clerk's note holding only
    `specs/x.yaml` also fits: where git tracks the file its index says (`tracked_as_link`), and only a file of that
    shape costs a git call, no spec."""
    if link_as_text(text) is None or os.path.islink(path) or not os.path.isfile(path):
        return None
    return None if tracked_as_link(Path(path)) is False else text


GIT_LINK_MODE = "120000"
"""The mode git's index gives a symbolic link, however it was checked out (core.symlinks off writes it as text)."""


def tracked_as_link(path: Path) -> bool | None:
    """Whether git's index holds `path` as a symbolic link (`git ls-files -s`), or as a file; None where git cannot
    say: not installed (jixiao needs git only for --rev), no repository, the file untracked, or git failing. The name
    is a literal pathspec: `a[1].yaml` is no pattern matching a1.yaml."""
    if shutil.which("git") is None:
        return None
    from .unit_repo import run_git  # (subprocess) only for a file shaped as a link, as clone_hint does

    try:
        done = run_git(path.parent, "ls-files", "-s", "--", f":(literal){path.name}")
    except OSError:  # git gone since `which`, or the folder refused
        return None
    if done.returncode != 0 or not done.stdout:
        return None
    return done.stdout.startswith(f"{GIT_LINK_MODE} ")


def spec_files(paths: list[str]) -> tuple[list[str], list[Path]]:
    """Spec files named directly, or found (sorted) under the named folders, outside hidden folders and
    other than settings files (a file named directly is read as given, whatever it is: os.path.isdir, not
    Path.is_dir(), which raises for a name too long, stopping every spec's command on one name's slip); and
    the specs saved as text in those folders (`saved_as_text`), found in the same walk: serve looks at every poll."""
    files: list[str] = []
    saved: list[Path] = []
    for name in paths:
        path = Path(name)
        if os.path.isdir(path):
            found, as_text = folder_specs(path)
            files += found
            saved += as_text
        else:
            files.append(name)
    return files, saved


def folder_specs(folder: Path) -> tuple[list[str], list[Path]]:
    """The specs in and below `folder` (`spec_found`, and `unreadable_found`) and those saved there as text
    (`saved_as_text`), each sorted, in one walk: the commands that say the second looked through each folder twice."""
    specs, as_text = [], []
    for path in files_under(folder):
        if spec_found(path, folder) or unreadable_found(path, folder):
            specs.append(str(path))
        elif saved_as_text(path, folder):
            as_text.append(path)
    return sorted(specs), sorted(as_text)


def unreadable_found(path: Path, folder: Path) -> bool:
    """Whether a spec's name found in `folder` holds no file to read (`no_file_behind`): listed with the specs, so the
    loader says it cannot be read (FILE-UNREADABLE, as diff does), where validate, lint, build and fmt passed a link
    to nothing, a link loop, or a named pipe, socket or device called `x.yaml` over without a word, exit 0, the spec
    unchecked. Those read it without opening it (`unopenable`): a pipe's open waits for a writer that never comes."""
    return no_file_behind(path) and named_as_spec(path, folder)


def no_file_behind(path: str | PurePath) -> bool:
    """Whether a name that is there is neither a file nor a folder: a symbolic link to nothing (its target moved, a
    synced folder's link) or a link loop, a named pipe, a socket, a device (`errors.unread_reason` says which)."""
    return os.path.lexists(path) and not os.path.isfile(path) and not os.path.isdir(path)


def unopenable(path: str | PurePath) -> bool:
    """Whether a path a command was given or found is to be said unreadable before anything opens it: a spec's name
    with no file behind it (opened, a named pipe `x.yaml` in specs/ waits for a writer, the command with it), or
    any link leading nowhere (its open's 不存在 hid which way to look). A pipe without a spec's suffix is read:
    `jixiao validate <(git show HEAD:specs/gz.yaml)` names /dev/fd/63."""
    return no_file_behind(path) and (spec_suffix(PurePath(path)) or not os.path.exists(path))


NOTEPAD_SUFFIX = ".txt"


def saved_as_text(path: Path, folder: Path) -> bool:
    """Whether a file found in `folder` is a spec with `.txt` after its name (`gz.yaml.txt`): Notepad saves with its
    “文本文档” type so, and Windows, hiding known suffixes, shows the file as `gz.yaml`. Not specs, they were passed
    over in silence: the clerk was told the folder held no spec, or that `specs/gz.yaml` was not there.
    Not one where the name without `.txt` is there (a backup copy beside the spec: renaming it would overwrite the
    spec), nor what the name without `.txt` would not be a spec as (`jixiao.yaml.txt`, another program's YAML)."""
    meant = path.with_name(path.stem)
    return (path.suffix.lower() == NOTEPAD_SUFFIX and spec_suffix(meant) and not os.path.lexists(meant)
            and not hidden(path.relative_to(folder)) and path.is_file()
            and not settings_file(meant, lambda other: (path.parent / other).is_file()) and not foreign_yaml(path))


def files_under(folder: Path) -> Iterator[Path]:
    """The files in and below `folder`, without going into `hidden` folders nor following links to folders (a folder
    is never a file, though it be named `x.yaml`: its specs are found inside it);
    a folder that cannot be read, or goes while it is walked, is passed over. `jixiao lint ~` went through
    .cache and .local, whose YAML it then left out anyway, and a folder removed meanwhile ended the command
    with an internal error. A folder on another file system (a bind mount, a Docker volume, NFS) is walked
    like any other: a disk's root, where /proc would be, is refused before the walk (`refuse_a_disk`)."""
    for root, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if not hidden(PurePath(name))]
        yield from (Path(root, name) for name in names)
