"""Semantic rules that run after the schema has passed, one module per rule.

Each module has `ID`, a docstring saying what it checks (with a passing and a failing
example), and `check(ctx) -> Iterator[Problem]`. Rules read what differs between forms
(frames, arithmetic) from the variant's profile, never from code.
Those of ONE_VALUE run on a spec the schema refused too, over the values it did not refuse.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import datapath
from ..filled_text import blank, unpunctuated
from ..load import SURROGATE as _SURROGATE, Spec, iter_strings
from ..problems import clipped
from ..schema_store import SchemaStore
from ..variants import Variant
from . import (budget_sum, control_chars, date_year, same_name, schema_line, taxonomy, text_comment, text_disable,
               text_invisible, text_line_break, text_mojibake, text_number, text_quotes, text_swallowed_key,
               year_file_name)
from .text_invisible import shown_name

RULES = {module.ID: module for module in (budget_sum, taxonomy, date_year, year_file_name, control_chars, text_mojibake,
                                          text_quotes, text_comment, text_disable, text_line_break, text_invisible,
                                          text_number, text_swallowed_key, same_name, schema_line)}
ONE_VALUE = frozenset(module.ID for module in (control_chars, text_mojibake, text_quotes, text_comment, text_disable,
                                               text_line_break, text_invisible, text_number, schema_line))
"""Rules that read each text value alone, with its own line and its field's schema (or the first line alone), never
how values stand together. They also run on a spec the schema refused, over the values it did not refuse
(`RuleContext.refused`): an author who typed a full-width colon, an amount in 万元, a value in Chinese quotes and
left out a field was told the quotes only in a third round. The others read the spec as a whole (sums, a 一级's
二级, dates against the year, the mapping a swallowed key belongs to) and wait for one the schema passed."""
ERRORS_ONLY = frozenset(module.ID for module in (budget_sum, taxonomy, control_chars, text_mojibake))
"""Rules whose every finding is an error (a sum off, a 二级 under another 一级, a character Word cannot show): a
`# jixiao: disable=` comment naming one is refused even on a line it has nothing on (see silence). The others' warnings
may be silenced; DATE-YEAR's and TEXT-NUMBER's too, not their errors."""

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
    garbling: text_mojibake.Told | None = None
    """The spec's garbled texts (text_mojibake.told), read once by validate, which also leaves out the problems they
    caused (`past_garbling`); None where the context is made elsewhere, and TEXT-MOJIBAKE reads them itself."""

    @property
    def path(self) -> str:
        return self.spec.path

    @property
    def data(self) -> Any:
        return self.spec.data

    def strings(self):
        """Every text value with its path (load.iter_strings), but those in a value the schema refused."""
        if not self.refused:
            return iter_strings(self.data)
        return ((path, text) for path, text in iter_strings(self.data)
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
