"""Every validate rule by its id, and which of them run when: what validate, silence and `lint --rules` read.

Apart from the package's RuleContext, so that importing one rule for a helper does not import them all.
Those of ONE_VALUE run on a spec the schema refused too, over the values it did not refuse.
"""
from __future__ import annotations

from . import (budget_sum, control_chars, date_year, same_name, schema_line, taxonomy, text_comment, text_disable,
               text_invisible, text_line_break, text_mojibake, text_number, text_punctuation, text_quotes,
               text_swallowed_key, year_file_name)

RULES = {module.ID: module for module in (budget_sum, taxonomy, date_year, year_file_name, control_chars, text_mojibake,
                                          text_quotes, text_comment, text_disable, text_line_break, text_invisible,
                                          text_number, text_punctuation, text_swallowed_key, same_name, schema_line)}
ONE_VALUE = frozenset(module.ID for module in (control_chars, text_mojibake, text_quotes, text_comment, text_disable,
                                               text_line_break, text_invisible, text_number, text_punctuation,
                                               schema_line))
"""Rules that read each text value alone, with its own line and its field's schema (or the first line alone), never
how values stand together. They also run on a spec the schema refused, over the values it did not refuse
(`RuleContext.refused`): an author who typed a full-width colon, an amount in 万元, a value in Chinese quotes and
left out a field was told the quotes only in a third round. The others read the spec as a whole (sums, a 一级's
二级, dates against the year, the mapping a swallowed key belongs to) and wait for one the schema passed."""
ERRORS_ONLY = frozenset(module.ID for module in (budget_sum, taxonomy, control_chars, text_mojibake))
"""Rules whose every finding is an error (a sum off, a 二级 under another 一级, a character Word cannot show): a
`# jixiao: disable=` comment naming one is refused even on a line it has nothing on (see silence). The others' warnings
may be silenced; DATE-YEAR's, TEXT-NUMBER's and TEXT-QUOTES's too, not their errors."""
