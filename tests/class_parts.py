"""Read a class split into parts (mixins in modules of their own) for what each part takes from the others.

The Matcher (import) and the Differ (diff) keep their state in the host class and their work in parts; each part's
docstring names the host's attributes and the other parts' methods it uses, so that a reader of one module knows
what it leans on. Both tests ask the same question of the code, here.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"


def _first_class(module: str, name: str | None = None) -> ast.ClassDef:
    tree = ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8"))
    return next(node for node in tree.body if isinstance(node, ast.ClassDef) and name in (None, node.name))


def _methods(cls: ast.ClassDef) -> set[str]:
    return {node.name for node in cls.body if isinstance(node, ast.FunctionDef)}


def _self_attributes(node: ast.AST) -> set[str]:
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name) and n.value.id == "self"}


def misnamed(host_module: str, host: str, parts: list[str], module: str) -> tuple[list[str], list[str]]:
    """What the part in `module` uses of `host` (its `__init__`'s attributes, its methods) and of the other `parts`
    but leaves out of its docstring, and what its docstring names that it does not use."""
    cls = _first_class(host_module, host)
    init = next(node for node in cls.body if isinstance(node, ast.FunctionDef) and node.name == "__init__")
    shared = _self_attributes(init) | _methods(cls) | {name for other in parts for name in _methods(_first_class(other))}
    part = _first_class(module)
    own = _methods(part)
    used = _self_attributes(part) - own
    named = set(re.findall(r"`(\w+)`", ast.get_docstring(part))) & shared - own
    return sorted(used - named), sorted(named - used)
