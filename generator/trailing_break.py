"""What to do about a text a `pattern` refuses only for the line break it ends in.

A `|` or `>` block keeps its last line break in the text, so `unit_code: |` over `564301` is "564301\\n", which a
单位编码's `^(?:[0-9]+|（请填写）)$` refuses (a pattern's `$` is the end of the text, as in the editor: ecma_end). The
form's own message for that field says 单位编码只含数字，请加英文双引号: the clerk sees only digits and may well
quote them inside the block, which keeps the break. Said instead: the break is the fault, the block is where it comes
from, and the value is written on the key's line.
"""
from __future__ import annotations

import json
import re

from .schema_store import as_read, ecma_end


def trailing_break_fix(value: object, pattern: object, key: object, typed: str) -> str | None:
    """The advice for `value` refused by `pattern` only for its closing line breaks, or None when another part of
    it is refused too (or it ends in none). `key` is the field's key, `typed` the file's text from the value to
    the end of its line (a block's `|` or `>` starts it)."""
    if not (isinstance(value, str) and isinstance(pattern, str) and value.endswith("\n")):
        return None
    kept = value.rstrip("\n")
    try:
        if not kept or not re.search(ecma_end(as_read(pattern)), kept):
            return None
    except re.error:  # the schema check says so
        return None
    quoted = json.dumps(kept, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    where, one_line = ("“- ”", f"- {quoted}") if isinstance(key, int) else ("冒号", f"{key}: {quoted}")
    block = typed.lstrip()[:1]
    if block in ("|", ">"):
        return (f"文本末尾多了换行：{block} 块把最后一行的换行也算作文本；"
                f"请删去“{block}”，把值写在{where}后面的同一行，如 {one_line}")
    return f"文本末尾多了换行；请删去它，如 {one_line}"
