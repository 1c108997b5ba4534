"""The editor's Chinese squiggle on a line an input method slipped on: a full-width colon after a field's name, an
English colon with no half-width space after it, full-width spaces in the indentation.

Such a line is not `key: value` to YAML. yaml-language-server reads it as a key made of the whole line (`unit：某市…`,
`unit:　某市…`, `　basic`), says so in English ("Implicit map keys need to be followed by map values"), and the
only Chinese it showed was the mapping's list of the fields it must hold, sometimes on the first line of the
file, far from the slip. `jixiao validate` names the slip at its column (syntax_slips, tab_indents), but only when
run. Each closed mapping of a bundle gets a `propertyNames` check whose messages say the slip, which the server
puts on the key itself, that line; and a `patternProperties` entry for such a key, so that `additionalProperties:
false` puts the mapping's whole list of fields there no more (a field left missing is still said on the mapping,
by `required`). A mapping that refuses every key it does not declare refuses these keys
already (no declared key holds a colon or starts with a full-width space), so no verdict changes; a mapping open
to other keys, or one with its own `propertyNames`, is left as its author wrote it.
"""
from __future__ import annotations

import re
from typing import Any

from .schema_nodes import subschemas

_SLIPS = (
    ("^[^：]*$", "：", "字段名后面是中文冒号“：”；请改成英文冒号加一个空格，写成“字段名: 值”（如 unit: 某市归国华侨联合会）"),
    ("^[^:]*$", ":", "字段名后面的英文冒号“:”后面要有一个半角空格（不是全角空格，也不能紧接着写值）；写成“字段名: 值”（如 unit: 某市归国华侨联合会）"),
    ("^(?!\u3000)", "\u3000", "行首有全角空格（中文输入法的空格），YAML 把它读作字段名的一部分；缩进请只用半角空格，与同一组的字段对齐"),
)
"""(pattern a key must match, what the slip puts in a key, what the editor says when it does not)."""


def with_key_slips(document: dict) -> dict:
    """`document` (a bundle, changed in place and returned) with each closed mapping saying these slips."""
    for _, node in list(subschemas(document, ())):
        if _closed(node):
            node["propertyNames"] = {"allOf": [{"pattern": pattern, "errorMessage": message}
                                               for pattern, _, message in _SLIPS]}
            node["patternProperties"] = {_SLIPPED: {}}
    return document


_SLIPPED = "|".join(re.escape(slip) if slip != "\u3000" else "^\u3000" for _, slip, _ in _SLIPS)
"""A key a slip made, which `additionalProperties: false` also refused with the mapping's whole list of fields (its
errorMessage), on the same key beside the slip's words: declared to it as a pattern, the key is left to
`propertyNames` alone, which refuses it still."""


def _closed(node: Any) -> bool:
    """A mapping that refuses every key it does not declare, none of its own keys holding what a slip puts in one."""
    if not isinstance(node, dict) or node.get("additionalProperties") is not False or "propertyNames" in node:
        return False
    if "patternProperties" in node or not isinstance(node.get("properties"), dict):
        return False
    return not any(slip in key for key in node["properties"] for _, slip, _ in _SLIPS)
