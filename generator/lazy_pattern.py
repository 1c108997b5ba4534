"""A regular expression compiled at its first use, not when its module is imported.

Python's re takes about 2 ms to compile a character class over the CJK blocks (it walks every code point of the
ranges), and `jixiao validate ONE.yaml`, which an editor or a git hook runs on every save, imports such classes
for texts that are garbled, Japanese or Korean: compiled at import, a clean spec paid over 10 ms for them on each
run. Kept for the costly classes that most runs never reach; a plain `re.compile` stays the rule elsewhere.
"""
from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`: `pattern` is there at once (other patterns are built from it),
    the rest compiles the first time it is asked for. The compiled pattern's methods are then copied onto the
    instance, so later calls find them directly and cost what a compiled pattern's do."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy and pickle probe for dunders before __init__ has run
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        vars(self).update((attr, getattr(compiled, attr)) for attr in dir(compiled) if not attr.startswith("_"))
        return getattr(compiled, name)
