"""`jixiao lint`: would these targets pass review (绩效目标审核)? A catalogue of rules, in the spirit of yamllint.

`validate` says a spec is a well-formed document of its form; lint says whether its targets are
complete, measurable, tied to the money and relevant, as finance bureaus review them under
财预〔2015〕88号 (完整性、相关性、适当性、可行性). Rules are grouped by family, one module each:

- A `structure`: completeness of the target table;
- B `measurability`: value syntax and measurability;
- C `cost`: cost and budget consistency;
- D `relevance`: relevance, logic, copying.

`RULES` maps each rule id to its `Rule` (id, default severity, title, source, check, parameters).
The rule ids follow ../shared/reference/targets-domain.md section 2.
"""
from __future__ import annotations

from . import cost, measurability, relevance, structure
from .rule import Rule

RULES: dict[str, Rule] = {r.id: r for module in (structure, measurability, cost, relevance) for r in module.RULES}
