"""Semantic rules that run after the schema has passed, one module per rule.

Each module has `ID`, a docstring saying what it checks (with a passing and a failing
example), and `check(ctx) -> Iterator[Problem]`. Rules read what differs between forms
(frames, arithmetic) from the variant's profile, never from code.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..load import Spec
from ..schema_store import SchemaStore
from ..variants import Variant
from . import (budget_sum, control_chars, date_year, schema_line, taxonomy, text_comment, text_invisible, text_line_break,
               text_number, text_quotes, year_file_name)

RULES = {module.ID: module for module in (budget_sum, taxonomy, date_year, year_file_name, control_chars, text_quotes,
                                          text_comment, text_line_break, text_invisible, text_number,
                                          schema_line)}


@dataclass
class RuleContext:
    """What a rule may look at: the loaded spec, its variant and the schemas (for titles)."""

    spec: Spec
    variant: Variant
    store: SchemaStore

    @property
    def path(self) -> str:
        return self.spec.path

    @property
    def data(self) -> Any:
        return self.spec.data

    def locate(self, path: tuple) -> tuple[int, int]:
        return self.spec.locate(path)

    def typed(self, path: tuple) -> tuple[int, int, str]:
        """(line, column) of a value and what the file holds from there to the end of its line: how it was typed."""
        return self.spec.typed(path)

    def field_name(self, path: tuple) -> str:
        return self.store.field_name(self.variant.schema_path.name, path)

    def titles(self, path: tuple) -> list[str]:
        """The Chinese name of each step of `path` (see SchemaStore.titles)."""
        return self.store.titles(self.variant.schema_path.name, path)

    def title(self, path: tuple) -> str:
        """The field's own Chinese title, for a message naming a field beside the one it is about."""
        return self.titles(path)[-1]
