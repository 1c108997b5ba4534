"""The build: validate each spec, model it, render it in every asked format, write it.

A spec with errors is reported exactly as `validate` reports it and not rendered; the others
still are. Renderers are made once per variant and reused for every spec of that variant.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from jinja2 import TemplateError

from . import model
from .jinja import render_pattern
from .problems import Problem, Severity
from .validate import Validator
from .variants import Roots
from .write import atomic_write, safe_name

FORMATS = ("docx", "html", "pdf")


@dataclass
class Built:
    """What one spec produced: the files written, or the problems that stopped it."""

    spec: str
    outputs: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)


class Builder:
    """Builds specs into one output folder; holds the validator and per-variant renderers."""

    def __init__(self, out_dir: Path, formats: Iterable[str] = ("docx", "html"), roots: Roots | None = None):
        self.out_dir = Path(out_dir)
        self.formats = [f for f in FORMATS if f in set(formats)]
        self.validator = Validator(roots)
        self._renderers: dict[tuple[str, str], object] = {}
        self._names: set[str] = set()

    def renderer(self, variant, kind: str):
        key = (variant.name, kind)
        if key not in self._renderers:
            if kind == "docx":
                from .render_docx import DocxRenderer

                self._renderers[key] = DocxRenderer(variant)
            else:
                from .render_html import HtmlRenderer

                self._renderers[key] = HtmlRenderer(variant)
        return self._renderers[key]

    def build_one(self, path: str) -> Built:
        checked = self.validator.check_file(path)
        built = Built(path, problems=list(checked.problems))
        if not checked.ok:
            return built
        variant = checked.variant
        try:
            context = model.build(checked.spec.data, variant)
            stem = self._unique(safe_name(render_pattern(variant.file_name, context), Path(path).stem))
            rendered = {kind: self.renderer(variant, kind).render(context)
                        for kind in self.formats if kind != "pdf"}
        except TemplateError as exc:
            built.problems.append(Problem(
                path, 1, 1, Severity.ERROR, "RENDER-TEMPLATE",
                f"表样“{variant.name}”的模板有误，无法生成：{type(exc).__name__}: {exc}（模板：{variant.folder}）",
            ))
            return built
        for kind, data in rendered.items():
            target = self.out_dir / f"{stem}.{kind}"
            atomic_write(target, data)
            built.outputs.append(target)
        if "pdf" in self.formats:
            built.outputs.append(self._pdf(stem, rendered.get("docx") or self.renderer(variant, "docx").render(context)))
        return built

    def _pdf(self, stem: str, docx_bytes: bytes) -> Path:
        import tempfile

        from .pdf import docx_to_pdf

        target = self.out_dir / f"{stem}.pdf"
        with tempfile.TemporaryDirectory(prefix="jixiao-") as work:
            source = Path(work, f"{stem}.docx")
            source.write_bytes(docx_bytes)
            docx_to_pdf(source, target)
        return target

    def _unique(self, stem: str) -> str:
        """Two specs that would share a file name get -2, -3… rather than overwrite each other."""
        candidate, n = stem, 1
        while candidate.casefold() in self._names:
            n += 1
            candidate = f"{stem}-{n}"
        self._names.add(candidate.casefold())
        return candidate

    def build(self, paths: list[str], progress: Callable[[str], None] | None = None) -> list[Built]:
        results = []
        for path in paths:
            results.append(self.build_one(path))
            if progress:
                progress(path)
        return results
