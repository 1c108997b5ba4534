"""Form variants are data: a folder `templates/<form>/` and a schema `schema/<form>.schema.json`.

A variant folder holds `profile.yaml` (labels, indicator frames, arithmetic, file naming),
`form.docx` (a docxtpl template) and `form.html` (a Jinja2 template). Variants are found by
listing the folders; nothing in the code names one.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from ruamel.yaml import YAML

from . import pass_cache
from .errors import EXIT_INTERNAL, JixiaoError

ROOT = Path(__file__).resolve().parent.parent
PROFILE_SCHEMA = Path(__file__).resolve().parent / "profile.schema.json"


def _installed(folder: str, package: str) -> Path:
    """A data folder: the checkout's own, or, for an installed wheel (a pre-commit hook in another
    repository), the copy packaged as `package` (see pyproject.toml)."""
    if (ROOT / "pyproject.toml").is_file():
        return ROOT / folder
    spec = find_spec(package)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else ROOT / folder


@dataclass(frozen=True)
class Roots:
    """Where variants live: the checkout's folders unless a caller (or a test) says otherwise."""

    templates: Path = field(default_factory=lambda: _installed("templates", "jixiao_templates"))
    schemas: Path = field(default_factory=lambda: _installed("schema", "jixiao_schema"))


@dataclass
class Variant:
    """One form variant: its folder, its schema and its profile."""

    name: str
    folder: Path
    schema_path: Path
    profile: dict = field(repr=False)

    @property
    def title(self) -> str:
        """The profile's title pattern, a Jinja expression over the spec (e.g. `{{ unit }}…`)."""
        return self.profile["title"]

    @property
    def docx_template(self) -> Path:
        return self.folder / "form.docx"

    @property
    def html_template(self) -> Path:
        return self.folder / "form.html"

    @property
    def frames(self) -> dict[str, list[dict]]:
        return self.profile.get("frames", {})

    @property
    def indicator_tables(self) -> list[dict]:
        return self.profile.get("indicator_tables", [])

    @property
    def sums(self) -> list[dict]:
        return self.profile.get("sums", [])

    @property
    def file_name(self) -> str:
        """Pattern for output files, a Jinja expression over the spec."""
        return self.profile.get("file_name", "{{ unit }}-{{ year }}-" + self.name)



class VariantError(JixiaoError):
    """A variant folder that is broken (its profile fails its schema), reported with the file name."""

    exit_code = EXIT_INTERNAL


class Catalog:
    """All variants under the given roots, loaded lazily and cached."""

    def __init__(self, roots: Roots | None = None):
        self.roots = roots or Roots()
        self._cache: dict[str, Variant] = {}

    def names(self) -> list[str]:
        if not self.roots.templates.is_dir():
            return []
        return sorted(
            p.name for p in self.roots.templates.iterdir()
            if (p / "profile.yaml").is_file() and (self.roots.schemas / f"{p.name}.schema.json").is_file()
        )

    def get(self, name: str) -> Variant | None:
        if name in self._cache:
            return self._cache[name]
        if not isinstance(name, str) or name not in self.names():
            return None
        folder = self.roots.templates / name
        profile = _load_profile(folder / "profile.yaml")
        variant = Variant(name, folder, self.roots.schemas / f"{name}.schema.json", profile)
        self._cache[name] = variant
        return variant


def _load_profile(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    profile = YAML(typ="safe", pure=False).load(text)  # C parser: same data, 5x faster
    schema_text = PROFILE_SCHEMA.read_text(encoding="utf-8")
    verdict = pass_cache.key("profile", schema_text, text)
    if pass_cache.passed(verdict):
        return profile
    import jsonschema

    errors = sorted(jsonschema.Draft202012Validator(json.loads(schema_text)).iter_errors(profile),
                    key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(p) for p in errors[0].path) or "(顶层)"
        raise VariantError(f"{path}: 表样配置有误（{where}）：{errors[0].message}")
    pass_cache.remember(verdict)
    return profile
