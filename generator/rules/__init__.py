"""Semantic rules that run after the schema has passed, one module per rule.

Each module has `ID`, a docstring saying what it checks (with a passing and a failing
example), and `check(ctx) -> Iterator[Problem]`. Rules read what differs between forms
(frames, arithmetic) from the variant's profile, never from code.
The package itself holds only what a rule is given (RuleContext); `registry` imports every rule and says which run
when. So a module that wants one rule's helper (fmt asks TEXT-QUOTES' `quote_slip`, the amount checks BUDGET-SUM's
`EXACT`) loads that one rule, and fmt starts without the rest.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import datapath
from ..filled_text import blank, unpunctuated
from ..load import SURROGATE as _SURROGATE, Spec
from ..problems import clipped
from ..schema_store import SchemaStore
from ..variants import Variant
from .text_invisible import shown_name

if TYPE_CHECKING:
    from .text_mojibake import Told


@dataclass
class RuleContext:
    """What a rule may look at: the loaded spec, its variant and the schemas (for titles)."""

    spec: Spec
    variant: Variant
    store: SchemaStore
    refused: frozenset[tuple] = frozenset()
    """The places of the values the schema refused (schema.refused_places), which `strings` leaves out."""
    fitting: tuple[Variant, ...] = ()
    """The forms the content is written for when `form:` names another (form_fit): what the first line is to name."""
    garbling: Told | None = None
    """The spec's garbled texts (text_mojibake.told), read once by validate, which also leaves out the problems they
    caused (`past_garbling`); None where the context is made elsewhere, and TEXT-MOJIBAKE reads them itself."""
    whole: bool = True
    """Whether the rules that read the spec as a whole (DATE-YEAR and the others outside registry.ONE_VALUE) run on it
    too: False where the schema refused it. A rule that leaves a value to one of those (TEXT-QUOTES a date's `“”` to
    DATE-YEAR) says it itself then, or the author was told nothing of it until the schema passed."""

    @property
    def path(self) -> str:
        return self.spec.path

    @property
    def data(self) -> Any:
        return self.spec.data

    def strings(self):
        """Every text value with its path (Spec.texts, walked once for all rules), but those in a value the schema
        refused."""
        if not self.refused:
            return self.spec.texts()
        return ((path, text) for path, text in self.spec.texts()
                if not any(path[:depth] in self.refused for depth in range(len(path) + 1)))

    def locate(self, path: tuple) -> tuple[int, int]:
        return self.spec.locate(path)

    def typed(self, path: tuple) -> tuple[int, int, str]:
        """(line, column) of a value and what the file holds from there to the end of its line: how it was typed."""
        return self.spec.typed(path)

    labels_own_name = False
    """Whether a problem on a row's name names the row by that name too. Validate's rules on a name (TEXT-*) are
    about the characters it holds, which the label would copy into the message (an invisible character, or U+F0FC
    from a symbol font, inside 第 1 个绩效指标（…）); lint's are about what it says, and quote it alike."""

    def field_name(self, path: tuple) -> str:
        """The field as a message names it (SchemaStore.field_name), an indicator row with its 三级 name after its
        item number, as written (maybe shortened): `第 5 个绩效指标（满意度）的“指标值”`. A reviewer reading
        `第 2 个项目的第 3 个绩效指标的“指标值”` in a CI log counted rows to find it; lint names a row alike."""
        return self.store.field_name(self.variant.schema_path.name, path, self._row_names(path))

    def _row_names(self, path: tuple) -> dict[tuple, str]:
        """The name of each indicator row `path` goes through, by the row's path; a row with none (or a
        placeholder) is named by its number alone, and so is one whose name `path` is, but for `labels_own_name`."""
        tables = {table["path"] for table in self.variant.indicator_tables}
        names = {}
        for depth in range(1, len(path) + 1):
            row = path[:depth]
            if not isinstance(row[-1], int) or datapath.pattern(row[:-1]) not in tables:
                continue
            if path == (*row, "name") and not self.labels_own_name:
                continue
            written = self.item_name(row)
            if written:
                names[row] = clipped(written)
        return names

    def item_name(self, row: tuple) -> str:
        """The name of the list item at `row` as written, without its final punctuation (invisible characters marked:
        `shown_name`); "" for an item without one, or with a placeholder, or holding a lone surrogate (a `"\\ud800"`
        escape, which load refuses naming the field it is in): half a character, no name the author finds the row by."""
        item = datapath.get(self.data, row)
        name = item.get("name") if isinstance(item, dict) else None
        return "" if blank(name) or _SURROGATE.search(str(name)) else shown_name(unpunctuated(str(name)))

    def titles(self, path: tuple) -> list[str]:
        """The Chinese name of each step of `path` (see SchemaStore.titles)."""
        return self.store.titles(self.variant.schema_path.name, path)

    def title(self, path: tuple) -> str:
        """The field's own Chinese title, for a message naming a field beside the one it is about."""
        return self.titles(path)[-1]
