"""The paths in the commands a message tells the clerk to copy (command_paths.quoted), quoted for the clerk's shell."""
from __future__ import annotations

import pytest

from generator import hidden_files
from generator.cli import main
from generator.command_paths import quoted

from .conftest import ROOT

GZ = ROOT / "specs" / "guangzhou-tailian-2023.yaml"


@pytest.mark.parametrize("word", ["某单位（本级）/a.yaml", "specs/a-b_c.yaml", "D:\\绩效\\a.yaml", "specs/~a.yaml", "a$b"])
def test_a_word_neither_windows_shell_reads_is_shown_as_it_is(monkeypatch, word):
    """Full-width （） and the rest of a clerk's usual names need no quotes in cmd or PowerShell. `$` is left as it is
    though PowerShell reads it: it does inside "…" too, and cmd, which needs no quotes for it, takes no '…'."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    assert quoted(word) == word


@pytest.mark.parametrize("mark", list(" &()^;,=%'#@{}"))
def test_a_word_cmd_or_powershell_splits_or_reads_is_in_double_quotes(monkeypatch, mark):
    """cmd and PowerShell split or read `&`, `(`, `;`, `%` … (only a space was quoted): `specs\\单位(本级)\\a.yaml`
    copied from a message ran `单位` as a command in PowerShell."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    assert quoted(f"specs\\单位{mark}本级\\a.yaml") == f'"specs\\单位{mark}本级\\a.yaml"'


@pytest.mark.parametrize("word, shown", [
    ("D:\\某单位 2025\\", '"D:\\某单位 2025\\\\"'),
    ("D:\\单位(本级)\\\\", '"D:\\单位(本级)\\\\\\\\"'),
    ("D:\\某单位 2025\\a.yaml", '"D:\\某单位 2025\\a.yaml"'),
])
def test_a_quoted_windows_folder_keeps_its_closing_backslash_its_own(monkeypatch, word, shown):
    """A program on Windows reads `\\"` as a quote inside its word: `"D:\\某单位 2025\\"` copied from a message
    reached jixiao as `D:\\某单位 2025"`. Doubled, `\\\\"` is one `\\` and the word's end."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    assert quoted(word) == shown


@pytest.mark.parametrize("word", ["某单位（本级）/a.yaml", "specs/a-b_c.yaml", "a=b,c%d^e@f.yaml"])
def test_a_word_no_posix_shell_reads_is_shown_as_it_is(monkeypatch, word):
    """What only Windows' shells read (`=`, `,`, `%`, `^`) needs no quotes in a POSIX shell."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    assert quoted(word) == word


@pytest.mark.parametrize("mark", list(" &()|;<>'*?[]{}#~"))
def test_a_word_a_posix_shell_splits_or_expands_is_in_double_quotes(monkeypatch, mark):
    """`A&B/a.yaml` ran `A` in the background and `B/a.yaml` as a command; `*`, `?`, `~` were expanded."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    assert quoted(f"specs/单位{mark}本级/a.yaml") == f'"specs/单位{mark}本级/a.yaml"'


@pytest.mark.parametrize("word, shown", [
    ("specs/单位$HOME/a.yaml", "'specs/单位$HOME/a.yaml'"),
    ("specs/单位`x`/a.yaml", "'specs/单位`x`/a.yaml'"),
    ('specs/"单位"/a.yaml', "'specs/\"单位\"/a.yaml'"),
    ("specs/单位!/a.yaml", "'specs/单位!/a.yaml'"),
    ("specs/a\\b.yaml", "'specs/a\\b.yaml'"),
    ("specs/单位's $x/a.yaml", "'specs/单位'\\''s $x/a.yaml'"),
])
def test_a_word_a_posix_shell_reads_inside_double_quotes_is_in_single_quotes(monkeypatch, word, shown):
    """Inside "…" a POSIX shell still expands `$` and `` ` `` (and bash `!`): such a word goes in '…', its own `'`
    written `'\\''`."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    assert quoted(word) == shown


def test_a_command_to_copy_quotes_a_folder_named_with_ascii_brackets(runner, tmp_path, monkeypatch):
    """`build -o 单位(本级)/x.docx` was told to write `--out 单位(本级)`, which bash refuses as a syntax error."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["build", str(GZ), "-o", "单位(本级)/x.docx", "--format", "html"])
    assert result.exit_code == 2, result.output
    assert '如 --out "单位(本级)" 或 --out "单位(本级)/x"（' in result.output, result.output


@pytest.mark.parametrize("name, shown, quotes", [
    ("单位 2025.yaml", '"specs/单位 2025.yaml"', "英文双引号"),
    ("单位 $2025.yaml", "'specs/单位 $2025.yaml'", "英文单引号"),
])
def test_a_path_split_at_its_space_is_told_the_quotes_it_is_shown_in(runner, tmp_path, monkeypatch, name, shown,
                                                                      quotes):
    """A path a POSIX shell reads inside "…" (`$`) is shown in '…': the words said 英文双引号 beside it."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / name).write_bytes(GZ.read_bytes())
    result = runner.invoke(main, ["validate", *f"specs/{name}".split(" ")])
    assert result.exit_code == 2, result.output
    assert f"请把含空格的路径放在{quotes}里：jixiao validate {shown}" in result.output, result.output
