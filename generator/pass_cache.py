"""Remember which inputs already passed their check, so an unchanged file skips jsonschema (or lint's rules).

Importing jsonschema costs about 0.1 s, a third of `jixiao lint` on one spec (importing lint's
rules, to judge jixiao.yaml's rule settings, some 35 ms), and the verdict for unchanged bytes
under unchanged schemas never changes. As ruff and mypy do, a pass is remembered as an empty
file named by the SHA-256 of everything the verdict depends on: the code that reads and judges
(this program's version, the installed jsonschema, and the loader, schema and profile modules and
lint's rules, so a changed checkout is not trusted to judge alike), the schema texts and the
input's text. Only passes are remembered; a failing input is validated again, so its errors are
always reported in full.

The cache only saves time: a cache folder that cannot be created or written means validating
every time, never an error. It does not grow without end: a pass is stamped each time it is
used, and at most once a day the passes unused for 30 days (drafts long since edited) are
deleted. It lives in $JIXIAO_CACHE_DIR, else $XDG_CACHE_HOME/jixiao, else ~/.cache/jixiao;
JIXIAO_NO_CACHE=1 turns it off.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterable
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from . import version

SUBFOLDER = "schema-passes"
UNUSED_FOR = 30 * 86400  # seconds after its last use that a pass is deleted
PRUNE_EVERY = 86400  # seconds between two sweeps of the folder
SWEEP_MARK = ".last-sweep"  # its modification time is when the folder was last swept


def folder() -> Path | None:
    """Where passes are kept, or None when caching is turned off."""
    if os.environ.get("JIXIAO_NO_CACHE"):
        return None
    explicit = os.environ.get("JIXIAO_CACHE_DIR")
    if explicit:
        return Path(explicit) / SUBFOLDER
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "jixiao" / SUBFOLDER


@cache
def _judges() -> str:
    """The code behind a verdict: jsonschema (its package metadata costs nearly as much as importing
    it) and jixiao's reading and judging modules. Read once per process: the code that runs does not
    change while it runs."""
    here = Path(__file__).resolve().parent
    return stamps(libraries=("jsonschema",), files=(
        here / "load.py", here / "schema.py", here / "schema_words.py", here / "schema_store.py",
        here / "schema_check.py", here / "copied_form.py", here / "snippet_check.py", here / "snippet_text.py",
        here / "placeholder.py", here / "placeholder_pattern.py", here / "profile.py", *sorted((here / "lint").glob("*.py"))))


def stamps(*, libraries: Iterable[str] = (), files: Iterable[Path] = ()) -> str:
    """Installed libraries, then files, as locations and modification times: what a verdict depends on,
    found without importing the libraries (the import is what a remembered pass saves). A library not
    installed is named; a file that cannot be read is located."""
    found = []
    for name in libraries:
        spec = find_spec(name)
        found.append(_stamp(spec.origin) if spec and spec.origin else name)
    found.extend(_stamp(file) for file in files)
    return "; ".join(found)


def _stamp(file: str | Path) -> str:
    try:
        return f"{file} {os.stat(file).st_mtime_ns}"
    except OSError:
        return str(file)


def key(*texts: str) -> str:
    """The name of a verdict on `texts` (schema texts first, then the input's)."""
    digest = hashlib.sha256(f"jixiao {version()}; {_judges()}".encode())
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def passed(name: str) -> bool:
    """Whether `name` passed before; a pass found is stamped as used, so the sweep keeps it."""
    where = folder()
    if where is None:
        return False
    try:
        os.utime(where / name)
    except FileNotFoundError:
        return False
    except OSError:
        return (where / name).is_file()  # readable but not writable: still a pass
    return True


def remember(name: str) -> None:
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        (where / name).touch()
        _sweep(where)
    except OSError:
        pass  # a read-only or full disk only costs the next run its speed-up


def _sweep(where: Path) -> None:
    """Delete the passes unused for UNUSED_FOR seconds, unless the folder was swept less than
    PRUNE_EVERY seconds ago (so a batch build of thousands of specs lists the folder once)."""
    now = time.time()
    mark = where / SWEEP_MARK
    try:
        if now - mark.stat().st_mtime < PRUNE_EVERY:
            return
    except FileNotFoundError:
        pass
    mark.touch()
    with os.scandir(where) as entries:
        for entry in entries:
            try:
                if entry.name != SWEEP_MARK and now - entry.stat().st_mtime > UNUSED_FOR:
                    os.unlink(entry.path)
            except FileNotFoundError:
                pass  # another process swept it first
