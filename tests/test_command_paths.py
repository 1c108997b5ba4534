"""The paths in the commands a message tells the clerk to copy (command_paths.quoted), quoted for the clerk's shell."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from generator import hidden_files
from generator.cli import main
from generator.command_paths import cmd_notes, quoted

from .conftest import ROOT

GZ = ROOT / "specs" / "guangzhou-tailian-2023.yaml"


@pytest.mark.parametrize("word", ["某单位（本级）/a.yaml", "specs/a-b_c.yaml", "D:\\绩效\\a.yaml", "specs/~a.yaml"])
def test_a_word_neither_windows_shell_reads_is_shown_as_it_is(monkeypatch, word):
    """Full-width （） and the rest of a clerk's usual names need no quotes in cmd or PowerShell."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    assert quoted(word) == word


@pytest.mark.parametrize("mark", list(" &()^;,=%'#@{}‘’"))
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


@pytest.mark.parametrize("name", [b"\xbc\xa8\xd0\xa7", b"\xff\xfe 1", b"a'b\\c\xff$x", b"\xff0f"])
def test_a_name_that_is_not_utf8_is_shown_as_bash_reads_it_back(monkeypatch, name):
    """A GBK folder name on Linux reaches Python as lone surrogates, and was shown as Python's escapes (`\\udcbc`),
    which no shell reads back as the name: it is in $'…' with its bytes as `\\xbc`, what bash reads as the name, and
    zsh too (the note says both: checked where zsh is installed)."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    word = os.fsdecode(name)
    shown = quoted(word)
    assert "\\udc" not in shown, shown
    for shell in filter(None, map(shutil.which, ("bash", "zsh"))):
        read = subprocess.run([shell, "-c", f"printf %s {shown}"], capture_output=True, check=True).stdout
        assert read == name, (shell, shown)
    assert "不是 UTF-8 编码" in cmd_notes(["specs/a.yaml", word]) and cmd_notes(["specs/a.yaml"]) == ""


@pytest.mark.parametrize("word, shown", [
    ("D:\\单位$2025\\a.yaml", "'D:\\单位$2025\\a.yaml'"),
    ("D:\\某单位 $x\\a.yaml", "'D:\\某单位 $x\\a.yaml'"),
    ("specs\\单位`n\\a.yaml", "'specs\\单位`n\\a.yaml'"),
    ("D:\\张三's $x\\a.yaml", "'D:\\张三''s $x\\a.yaml'"),
    ("D:\\某单位 $x\\", "'D:\\某单位 $x\\\\'"),
    # PowerShell reads Chinese “” as `"` (PowerShell issue #18953), bare or inside "…", and ‘’ as `'`, doubled in '…'
    ("specs\\“十四五”规划.yaml", "'specs\\“十四五”规划.yaml'"),
    ("D:\\“十四五” 张三’s\\a.yaml", "'D:\\“十四五” 张三’’s\\a.yaml'"),
])
def test_a_word_powershell_reads_inside_double_quotes_is_in_its_single_quotes(monkeypatch, word, shown):
    """PowerShell reads `$x` inside "…" as a variable (an unset one as nothing: `D:\\单位$2025\\a.yaml` reached jixiao
    as `D:\\单位\\a.yaml`) and `` ` `` as its escape: such a word goes in '…', where it reads nothing, its own `'`
    written `''`; a folder's closing `\\` is doubled as in "…", PowerShell passing the word on in "…"."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    assert quoted(word) == shown


@pytest.mark.parametrize("words, told", [
    (["D:\\某单位 $x\\a.yaml"], ["英文单引号是 PowerShell 的写法，它在英文双引号里仍会改写“$”；在命令提示符 cmd 里请改用英文双引号"]),
    (["D:\\张三's $x"], ["请改用英文双引号，其中的“''”写回“'”"]),
    (["a.yaml", "D:\\50%USERNAME%\\a.yaml"], ["在命令提示符 cmd 里，路径中的“%USERNAME%”若恰是环境变量的名字，会被换成变量的值，"
                                                "加了引号也一样，没有办法原样输入；请在 PowerShell 里运行，或把文件夹、文件改名，去掉“%”"]),
    (["specs\\“十四五”规划.yaml"], ["英文单引号是 PowerShell 的写法，它把路径里的中文双引号读作英文引号；在命令提示符 cmd 里请改用英文双引号"]),
    (["D:\\“十四五” $x ’s\\a.yaml"], ["它在英文双引号里仍会改写“$”，也把路径里的中文双引号读作英文引号；在命令提示符 cmd 里请改用英文双引号，"
                                       "其中的“’’”写回“’”"]),
    (["D:\\某单位 2025\\a.yaml", "D:\\50%\\a.yaml", "D:\\张三's\\a.yaml", "D:\\张三’s\\a.yaml"], []),
    (["D:\\50%%\\a.yaml"], []),  # `%%` names no variable: cmd keeps it as typed
])
def test_a_command_for_windows_tells_cmd_what_its_quotes_cannot_do(monkeypatch, words, told):
    """cmd takes no '…' for quotes: a word shown in PowerShell's is to be put in "…" there. cmd replaces `%USERNAME%`
    by the variable's value inside "…" too, and at its prompt nothing keeps it as typed (`%%` is no escape there, a `^`
    inside "…" is kept): the clerk is told so, and what to do instead. A lone `%`, `%%` (no name) or none needs no word."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    notes = cmd_notes(words)
    assert all(note in notes for note in told), notes
    assert bool(notes) == bool(told), notes
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", False)
    assert cmd_notes(words) == ""


def test_a_path_split_at_its_space_on_windows_is_told_for_both_shells(runner, tmp_path, monkeypatch):
    """The command to copy for a path split at its space is PowerShell's where it has a `$`, with cmd's quotes said."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "单位 $2025.yaml").write_bytes(GZ.read_bytes())
    result = runner.invoke(main, ["validate", "单位", "$2025.yaml"])
    assert result.exit_code == 2, result.output
    assert "请把含空格的路径放在英文单引号里：jixiao validate '单位 $2025.yaml'（英文单引号是 PowerShell 的写法" in result.output
    assert "在命令提示符 cmd 里请改用英文双引号）" in result.output, result.output


def test_an_option_s_value_in_powershell_s_quotes_is_told_for_cmd_too(runner, tmp_path, monkeypatch):
    """The command told for a split path repeats the options typed: a value in PowerShell's '…' needs cmd's note as a
    path does; it was told of the paths alone."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "单位 2025.yaml").write_bytes(GZ.read_bytes())
    result = runner.invoke(main, ["build", "单位", "2025.yaml", "-o", "out$2025"])
    assert result.exit_code == 2, result.output
    assert "--out 'out$2025' \"单位 2025.yaml\"（英文单引号是 PowerShell 的写法" in result.output, result.output


def test_a_new_spec_s_command_in_powershell_s_quotes_is_told_for_cmd_too(runner, tmp_path, monkeypatch):
    """Every command shown to copy says what cmd needs where a word is in PowerShell's '…': `new` told the clerk to run
    `jixiao validate '单位$2025\\a.yaml'`, which cmd reads with the quotes as part of the path; and a `%…%`."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "--year", "2025",
                                  "-o", "单位$2025/a.yaml"])
    assert result.exit_code in (0, 1), result.output
    assert "填写后运行 jixiao validate '单位$2025/a.yaml'（英文单引号是 PowerShell 的写法" in result.output, result.output
    result = runner.invoke(main, ["new", "--form", "guangzhou", "--unit", "某单位", "-o", "50%USERNAME%/a.yaml"])
    assert result.exit_code == 2, result.output
    assert '-o "50%USERNAME%/a.yaml"（在命令提示符 cmd 里，路径中的“%USERNAME%”' in result.output, result.output


@pytest.mark.parametrize("make, told", [
    (lambda folder: folder.mkdir(), "-o '单位$2025/'（jixiao new --list 列出表样）（英文单引号是 PowerShell 的写法"),  # a folder holding no spec
    (lambda folder: folder.with_suffix(".docx").write_bytes(b""), "jixiao import '单位$2025.docx'（英文单引号是 PowerShell 的写法"),
])
def test_a_folders_and_an_office_files_command_in_powershell_s_quotes_is_told_for_cmd_too(runner, tmp_path, monkeypatch,
                                                                                         make, told):
    """The command refuse_empty shows (new into the folder named that holds no spec) and the one office_import shows
    (import of a Word file named as a spec) say cmd's note too, as `new`'s does: without it a cmd user copied the path
    with PowerShell's quotes in it."""
    monkeypatch.setattr(hidden_files, "ON_WINDOWS", True)
    monkeypatch.chdir(tmp_path)
    make(tmp_path / "单位$2025")
    named = next(path.name for path in tmp_path.iterdir())
    result = runner.invoke(main, ["validate", named])
    assert result.exit_code == 2, result.output
    assert told in result.output, result.output


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
