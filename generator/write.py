"""Stage 5: put rendered bytes on disk, atomically, under names that are safe everywhere.

A file is written to a temporary name in the same folder and renamed over the target, so an
interrupted build never leaves a half-written .docx. Names derived from spec data cannot
leave the output folder and are valid on Windows too.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

from .errors import FolderUnwritable
from .hidden_files import replace_hidden
from .short_names import differing, labelled, plain_within

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Windows' device names, which it opens whatever follows the first dot: COM0, LPT0 and the superscript digits
# are in Microsoft's list too, and CONIN$, CONOUT$ are the console's
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³")}
MAX_NAME = 180  # UTF-8 bytes: ext4 and most filesystems allow 255, and "-2.docx", ".jixiao-….tmp" must fit


def safe_name(text: str, fallback: str = "spec") -> str:
    """A single path component: no separators, no control or Windows-reserved characters or names."""
    return _safe(plain_within(_cleaned(text), MAX_NAME), fallback)


def labelled_name(stem: str, label: str, apart: tuple[str, str] | None = None, tag: str = "") -> str:
    """`stem（label）` as `safe_name` makes a name, the stem (a `safe_name` already) and the label shortened each on
    its own (short_names.labelled): shortened as one text, a long label pushed the form's name out of it. `apart`: the
    form's name `stem` was made of and the other one making `stem`, when `stem` was shortened: the form's name is
    shortened again from the whole, keeping where it differs from the other (short_names.differing), and with no
    `label` ("") it is that name alone (name_clashes.free_name); `tag` (short_names.title_tag) after it, the rest
    shortened to leave it room."""
    if apart is None:
        return _safe(labelled(stem, _cleaned(label), MAX_NAME), stem)
    title, other = map(_cleaned, apart)
    limit = MAX_NAME - len(tag.encode("utf-8"))
    if not label:
        return _safe(plain_within(title, limit, differing(title, other)) + tag, stem)
    return _safe(labelled(title, _cleaned(label), limit, differing(title, other)) + tag, stem)


def _safe(name: str, fallback: str) -> str:
    """A cleaned and shortened `name`, or `fallback` when nothing is left of it, never a Windows device's name."""
    name = name.strip(" .")  # as _cleaned leaves it: a shortening keeps both ends, whose spaces it drops
    if not name or set(name) <= {"_", "."}:
        name = fallback
    if name.split(".")[0].rstrip(" ").upper() in _RESERVED:  # `AUX .x` too: Windows drops the spaces before a dot
        name = "_" + name
    return name


def shortened(text: str) -> bool:
    """Whether `safe_name` shortens this text, so the caller can say so."""
    return len(_cleaned(text).encode("utf-8")) > MAX_NAME


def _cleaned(text: str) -> str:
    """The text with what no file name may hold taken out or replaced, not yet shortened."""
    name = unicodedata.normalize("NFC", str(text))
    name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn"))
    name = _UNSAFE.sub("_", name)
    return re.sub(r"\s+", " ", name).strip(" .")


def atomic_write(path: Path, data: bytes, hidden: bool = False) -> None:
    """Write `data` to `path` through a temporary file renamed over it.

    The temporary file is private (mode 0600), so before the rename it gets the mode of the file it
    replaces, or the mode any new file would get under the umask: a form written for colleagues,
    a shared folder or a web server must be readable by them, and `fmt` must not change a spec's mode.
    A `hidden` file (the output folder's manifest) is renamed in hidden on Windows (hidden_files).
    A symbolic link is written through, as editors save it: renamed over, the link became a copy, and `fmt link.yaml
    specs/` (the spec checked once, under the name given first) left the spec it pointed to as it was.
    A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written into, as a shell's `>` does: renamed over, it
    became a file, and run by root (a CI container) `/dev/null` was replaced for every program after.
    """
    if _written_into(path):
        _write_into(path, data)
        return
    if os.path.islink(path):
        path = Path(os.path.realpath(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a folder that cannot be made has no file open in Word to blame either
        raise FolderUnwritable(exc.errno, exc.strerror, exc.filename or str(path.parent)) from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".jixiao-", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # named by the temporary file, which the user never heard of: the folder is named
        raise FolderUnwritable(exc.errno, exc.strerror, str(path.parent)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, _mode_for(path))
        if hidden:
            replace_hidden(tmp, path)
        else:
            os.replace(tmp, path)
    except OSError as exc:  # named by nothing (a write on a full disk) or by the temporary file: the target is named
        Path(tmp).unlink(missing_ok=True)
        # its words kept when it has no errno (`OSError('…')`): with strerror None it read "[Errno None] None: '…'"
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _written_into(path: Path) -> bool:
    """Whether `path` (its link followed) is there and neither a file nor a folder: a device or a pipe."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):  # not there (yet), or a name the system refuses: the usual path says which
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_into(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as exc:  # named as the atomic write names its target
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from None


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
