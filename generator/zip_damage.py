"""What reading a zip that jixiao did not write (a form.docx, an imported .docx or .xlsx) raises when the file is
damaged, in one place, so that each reader catches the same set.

zipfile raises far more than BadZipFile for a damaged file: an entry name flagged UTF-8 that is not raises
UnicodeDecodeError, an offset pointing before the file's start a ValueError or OSError, a part cut short EOFError,
damaged compressed bytes zlib.error (lzma.LZMAError, bz2's OSError), an unknown compression NotImplementedError, an
encrypted part RuntimeError. Readers caught a few of them each: a form.docx whose entry name was not UTF-8 stopped
every preview poll and `jixiao build` with an internal error.
"""
from __future__ import annotations

import lzma
import zipfile
import zlib
from contextlib import contextmanager

DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError, NotImplementedError,
          RuntimeError)
"""ValueError covers UnicodeDecodeError; OSError a file that cannot be read at all, and bz2's damaged data."""


@contextmanager
def as_bad_zip():
    """Within it, a damaged zip raises zipfile.BadZipFile whatever zipfile raised, for callers (the template checks)
    that say a BadZipFile is no Word file and must not take every ValueError or OSError for one."""
    try:
        yield
    except zipfile.BadZipFile:
        raise
    except DAMAGE as exc:
        raise zipfile.BadZipFile(f"{type(exc).__name__}: {exc}") from exc
