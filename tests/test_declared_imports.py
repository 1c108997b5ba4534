"""Every module jixiao and its tests import unguarded comes from the standard library, this checkout or a
distribution pyproject.toml declares.

A fresh install has only the declared packages: twice a test imported PyYAML, present on a developer's machine
but declared nowhere, and `.ci/run` on a fresh clone stopped at collection. An import inside `try:` (an
optional extra, `msvcrt` on Windows) is left out, as it is written to survive the module's absence.
"""
from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib

import pytest

from .conftest import ROOT

# this checkout's packages and scripts, and ../shared/tools' fidelity.py, which conftest puts on the path
_LOCAL = {"generator", "tests", "cli", "tools", "bench", "docx_kit", "fidelity"}


def _declared() -> set[str]:
    """The normalised names of the distributions pyproject.toml installs, with the test extra, and of what
    they require in turn (python-docx brings lxml, jsonschema brings referencing): a fresh install has those."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + [d for extra in project["optional-dependencies"].values() for d in extra]
    seen: set[str] = set()
    while wanted:
        name = _normal(re.match(r"[A-Za-z0-9_.\-]+", wanted.pop()).group())
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        wanted += [r for r in requires if "extra ==" not in r]  # an extra's requirements are not installed
    return seen


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _unguarded_imports(tree: ast.AST) -> set[str]:
    """Top-level names of the modules imported outside any `try:` body."""
    found: set[str] = set()

    def walk(node: ast.AST, guarded: bool) -> None:
        if isinstance(node, ast.Import) and not guarded:
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not guarded and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        for field, value in ast.iter_fields(node):
            children = value if isinstance(value, list) else [value]
            inside = guarded or (isinstance(node, ast.Try) and field == "body")
            for child in children:
                if isinstance(child, ast.AST):
                    walk(child, inside)

    walk(tree, False)
    return found


_SOURCES = sorted([*ROOT.glob("generator/**/*.py"), *ROOT.glob("tests/*.py"), ROOT / "cli.py"])


@pytest.fixture(scope="module")
def installed() -> tuple[dict[str, list[str]], set[str]]:
    """(the distributions providing each top-level module, the declared ones): read once for every source file, as
    each read scans every installed package's metadata (most of this file's time when each test read them)."""
    return importlib.metadata.packages_distributions(), _declared()


@pytest.mark.parametrize("path", _SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_unguarded_import_is_stdlib_local_or_declared(path, installed):
    distributions, declared = installed
    undeclared = []
    for module in sorted(_unguarded_imports(ast.parse(path.read_text(encoding="utf-8")))):
        if module in sys.stdlib_module_names or module in _LOCAL or module == "__future__":
            continue
        if not {_normal(d) for d in distributions.get(module, [])} & declared:
            undeclared.append(module)
    assert not undeclared, f"{path.relative_to(ROOT)} imports {undeclared}, which pyproject.toml does not install"


def test_an_undeclared_import_is_found():
    """The check itself: PyYAML's module, imported plainly, is seen; the same import under `try:` is not."""
    assert "yaml" in _unguarded_imports(ast.parse("import yaml\n"))
    assert "yaml" not in _unguarded_imports(ast.parse("try:\n    import yaml\nexcept ImportError:\n    yaml = None\n"))
    assert "yaml" not in {_normal(d) for d in importlib.metadata.packages_distributions().get("yaml", [])} & _declared()
