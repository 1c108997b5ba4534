"""jixiao: budget performance target forms kept as YAML, rendered into each province's form."""
from __future__ import annotations

from functools import cache
from pathlib import Path

CHECKOUT_PROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
"""Present in a source checkout, not beside an installed wheel (as variants.py tells the two apart)."""


@cache
def version() -> str:
    """The version of the jixiao that is running, for `--version` and the build manifest.

    An installed jixiao's is its distribution's, as `pip show` says: a number kept in this file went
    stale when pyproject.toml was bumped and the wheel rebuilt. A checkout's is its own pyproject.toml's,
    since installed metadata there is an editable install's copy from when it was installed, or another
    checkout's. Looked up on first use, not at import: package metadata costs tens of milliseconds."""
    if CHECKOUT_PROJECT.is_file():
        import tomllib

        try:
            return tomllib.loads(CHECKOUT_PROJECT.read_text(encoding="utf-8"))["project"]["version"]
        except (ValueError, KeyError, TypeError):
            pass  # a pyproject.toml being edited: the installed metadata, if any, still says something true
    from importlib import metadata

    try:
        return metadata.version("jixiao")
    except metadata.PackageNotFoundError:
        return "0+unknown"
