"""LazyPattern: a module-level regex compiled at its first use, answering as `re.compile` would."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from generator.lazy_pattern import LazyPattern

from .conftest import ROOT


def test_a_lazy_pattern_answers_as_the_compiled_pattern_does():
    written = r"(?P<year>\d{4})年"
    lazy, compiled = LazyPattern(written, re.ASCII), re.compile(written, re.ASCII)
    text = "2024年和2025年"
    assert lazy.search(text).group("year") == compiled.search(text).group("year") == "2024"
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("某年", text) == compiled.sub("某年", text)
    assert [bool(found) for found in map(lazy.fullmatch, ["2024年", "24年"])] == [True, False]
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (compiled.pattern, compiled.flags, compiled.groupindex)


def test_a_lazy_pattern_compiles_at_its_first_use_not_before():
    """Its `pattern` is there at once, for patterns built from it; a broken one is found when it is first used."""
    broken = LazyPattern("[汉字")
    assert broken.pattern == "[汉字"
    with pytest.raises(re.error):
        broken.search("汉字")


def test_after_its_first_use_a_lazy_pattern_holds_the_compiled_methods():
    """Later calls find the compiled pattern's own methods on the instance, not through __getattr__, so a rule calling
    one for every character of a long spec pays nothing for the laziness."""
    lazy = LazyPattern("[\u4e00-\u9fff]")
    assert "search" not in vars(lazy)
    lazy.match("汉")
    assert isinstance(vars(lazy)["search"].__self__, re.Pattern)


def test_validate_of_a_clean_spec_leaves_the_garbled_text_classes_uncompiled(tmp_path):
    """The CJK classes mojibake reads garbled text with took over 10 ms of each `jixiao validate ONE.yaml` (an editor's
    run on save) to compile at import, for a spec with no garbled text that never reaches them."""
    program = "\n".join([
        "from generator import mojibake",
        "from generator.cli import main",
        "try:",
        f"    main(['validate', {str(ROOT / 'specs' / 'guangzhou-tailian-2023.yaml')!r}])",
        "except SystemExit as stop:",
        "    print(stop.code)",
        "print([name for name in ('_LETTER', '_CJK_TEXT') if 'search' in vars(getattr(mojibake, name))])",
    ])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "JIXIAO_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", program], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert done.stdout.splitlines()[-2:] == ["0", "[]"], done.stdout + done.stderr
