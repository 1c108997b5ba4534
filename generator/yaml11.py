"""Which plain texts a YAML 1.1 reader takes for something else: `fmt` keeps (or puts) quotes on them.

jixiao, like VS Code, reads YAML 1.2, where `yes`, `on`, `1:20` and `0x1F`-less forms such as `1_000` are text, so
ruamel's emitter writes them without quotes. Older YAML tools (PyYAML, many editors' highlighters, scripts a unit
uses to read its specs) read YAML 1.1: `content: yes` is the boolean true there, `time: 1:20` the number 80 (base 60),
`=` a tag PyYAML cannot even load. A spec is shared with such tools, so a text they would read otherwise stays quoted.
"""
from __future__ import annotations

from functools import lru_cache

from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

_STR = "tag:yaml.org,2002:str"
_BOOLEAN_WORDS = {"y", "yes", "n", "no", "on", "off", "true", "false"}
"""YAML 1.1's booleans in any case: the spec lists three spellings of each, but editors and loose readers match them
regardless of case (`yEs`), and quoting a word costs nothing."""


@lru_cache(maxsize=1)
def _resolver() -> VersionedResolver:
    return VersionedResolver(version=(1, 1))


def read_otherwise_by_yaml_1_1(text: str) -> bool:
    """Whether `text`, written plain, is read by a YAML 1.1 reader as anything but that text: a boolean, a number
    (sexagesimal `1:20`, `0x1F`, `017`, `1_000`), a date, null, or a tag of its own (`=`, `<<`)."""
    return text.lower() in _BOOLEAN_WORDS or _resolver().resolve(ScalarNode, text, (True, False)) != _STR
