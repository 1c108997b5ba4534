"""Incremental builds: a manifest of content hashes in the output folder.

A spec is skipped when the hash of everything that decides its output — the spec's bytes,
its variant's files (schema, shared schemas, profile, templates), the formats asked for and
jixiao's version — matches the last build, and every file that build wrote still exists.
Checking needs no YAML parsing and no Word library, so a no-op rebuild stays cheap.

The manifest also knows which files jixiao wrote, so a form whose name changed, or whose spec is
gone, is removed rather than left in the folder to be submitted by mistake. Only files it recorded
are ever removed.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from . import __version__
from .variants import Catalog
from .write import atomic_write

FILE_NAME = ".jixiao-manifest.json"
_FORM_LINE = re.compile(rb"^form:[ \t]*[\"']?([A-Za-z0-9_.-]+)", re.MULTILINE)


class Manifest:
    """What the last build of an output folder wrote, keyed by spec path."""

    def __init__(self, out_dir: Path, catalog: Catalog, formats: list[str]):
        self.path = Path(out_dir) / FILE_NAME
        self.catalog = catalog
        self.formats = formats
        self._variant_hashes: dict[str, str] = {}
        try:
            self.entries: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8")).get("specs", {})
        except (OSError, ValueError, AttributeError):
            self.entries = {}

    def key(self, spec_path: str) -> str | None:
        """The content hash of one spec's inputs, or None when it cannot be known cheaply."""
        try:
            data = Path(spec_path).read_bytes()
        except OSError:
            return None
        form = _FORM_LINE.search(data)
        variant = self._variant_hash(form.group(1).decode()) if form else None
        if variant is None:
            return None
        digest = hashlib.sha256(data)
        digest.update(f"|{variant}|{','.join(self.formats)}|{__version__}".encode())
        return digest.hexdigest()

    def _variant_hash(self, name: str) -> str | None:
        if name not in self._variant_hashes:
            files = self.catalog.files(name)
            if not files:
                return None
            digest = hashlib.sha256()
            for file in files:
                digest.update(file.name.encode() + b"\0" + file.read_bytes())
            self._variant_hashes[name] = digest.hexdigest()
        return self._variant_hashes[name]

    def fresh(self, spec_path: str, key: str | None) -> list[Path] | None:
        """The outputs of the last build when they are still current, else None."""
        entry = self.entries.get(spec_path)
        if key is None or not entry or entry.get("key") != key:
            return None
        outputs = [self.path.parent / name for name in entry.get("outputs", [])]
        return outputs if outputs and all(p.is_file() for p in outputs) else None

    def record(self, spec_path: str, key: str | None, outputs: list[Path]) -> list[Path]:
        """Remember what a spec's build wrote; returns the files its last build wrote under other
        names (the unit, year or title changed), now removed: left beside the new ones, a stale
        form could be the one submitted. A file under the same name in another format is kept."""
        old = self.entries.pop(spec_path, None)
        if key is not None:
            self.entries[spec_path] = {"key": key, "outputs": [p.name for p in outputs],
                                       "source": str(Path(spec_path).resolve())}
        stems = {p.stem for p in outputs}
        return self._remove([name for name in (old or {}).get("outputs", []) if Path(name).stem not in stems])

    def forget(self, spec_path: str) -> None:
        self.entries.pop(spec_path, None)

    def prune(self) -> list[Path]:
        """Remove what was built from specs that no longer exist (deleted or renamed); returns those files."""
        gone = [spec for spec, entry in self.entries.items()
                if entry.get("source") and not Path(entry["source"]).is_file()]
        names = [name for spec in gone for name in self.entries.pop(spec).get("outputs", [])]
        return self._remove(names)

    def _remove(self, names: list[str]) -> list[Path]:
        """Delete output files no current entry claims; the ones deleted."""
        claimed = {name for entry in self.entries.values() for name in entry.get("outputs", [])}
        removed = []
        for name in dict.fromkeys(names):
            path = self.path.parent / name
            if name not in claimed and path.is_file():
                path.unlink()
                removed.append(path)
        return removed

    def save(self) -> None:
        body = json.dumps({"jixiao": __version__, "specs": self.entries}, ensure_ascii=False, indent=1, sort_keys=True)
        atomic_write(self.path, body.encode("utf-8"))
