"""What a command works on: the paths the user gave, or the project's specs/ and output/ when none.

Commands share these rules so that each says the same thing about the same mistake: an empty path is
refused (Path("") is the current folder), `-o -` is the screen where a command prints, a subfolder of a
project reads the root's specs/ and writes its output/, a project with no spec yet is said, exit 0,
and a given path that holds no spec is a usage error, so a mistyped folder in a CI job fails; a path with
spaces typed without quotes, split by the shell, is said once, with the command that quotes it.

A path copied from a message with its `:line:column` (and the colon after it) is read as the file's path
(`location_dropped`), by `diff` too, not as git's `revision:path`.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, NoReturn, TypeVar

import click
from click.core import ParameterSource

from . import hidden_files
from .click_zh import bad_value
from .errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from .project import Project
    from .variants import Catalog, Roots

T = TypeVar("T")

DEFAULT_SPECS = "specs"
DEFAULT_OUTPUT = "output"
NO_SPECS = (f"当前文件夹下没有 {DEFAULT_SPECS}/ 文件夹（上级文件夹里也没有）：请先用 cd 进入放着 {DEFAULT_SPECS}/ 文件夹"
            f"或 jixiao.yaml 的那个文件夹再运行，或在命令后面写出规格文件或文件夹的路径。")
"""Said when no path was given and neither here nor the project above (see _at_root) has specs/: a clerk
ran jixiao from another folder. It said 请在项目的根目录运行, words a clerk does not use."""


class GivenPath(click.Path):
    """A path that is not empty: Path("") is the current folder, so `fmt ""` (an unset variable in a
    script) rewrote every YAML file below it, and `build --out ""` wrote there.

    Whether it can be read is left to the command (click's `readable` is off): a file named without read
    permission was a usage error, `“[路径]...”的取值无效`, exit 2, that stopped the command before the other
    files were checked, where in a folder the same file is the file's own problem (FILE-UNREADABLE, exit 1).
    A folder of forms (--templates) that cannot be read still stops the command, as any setting that is wrong."""

    def __init__(self, readable: bool = False, **kwargs):
        super().__init__(readable=readable, **kwargs)

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("路径是空的；请写出文件或文件夹的路径", param, ctx)
        if self.exists and isinstance(param, click.Argument) and isinstance(value, str) and not os.path.lexists(value):
            if os.path.isfile(location_dropped(value)):  # `serve a.yaml:8:11`: dropped, said, as by the other commands
                return value
            # click named the argument by its placeholder, `“[路径]...”的取值无效：“specs/x.yaml”不存在`
            from .load import not_found_said

            raise click.UsageError(f"“{value}”：{not_found_said(value)}", ctx)
        return super().convert(value, param, ctx)


SCREEN = "-"
"""`-o -`: standard output, as Unix tools read it (a command given it prints when `to_screen(out)`)."""


class OutPath(GivenPath):
    """Where a command writes, in which `-` is the screen, not a folder named "-": `new -o -` wrote
    `-/单位-2025.yaml` and `schema 表样 -o -` said “-”是一个文件夹. A command that prints its result
    takes `-` as SCREEN; one whose result is files (`instead` says what to write) refuses it, a usage error."""

    def __init__(self, instead: str | None = None, **kwargs):
        super().__init__(allow_dash=instead is None, **kwargs)
        self.instead = instead

    def convert(self, value, param, ctx):
        if value == SCREEN and self.instead is not None:
            refuse_screen(self.instead, ctx, param)
        return super().convert(value, param, ctx)


def refuse_screen(instead: str, ctx: click.Context | None, param: click.Parameter | None = None) -> NoReturn:
    """Refuse `-`, saying why and what to write instead, in one wording for every command that refuses it:
    while -o is read (OutPath), or by a command whose -o prints only without some other option (`new` prints,
    `new --from` writes a file), which names its option (`param`, default its -o) as click does, not in words
    of its own (“-o” / “--out”的取值无效)."""
    if param is None and ctx is not None:
        param = next(p for p in ctx.command.params if p.name == "out")
    raise click.BadParameter(f"“-”（打印到屏幕）在这里不能用：{instead}", ctx, param)


def writes_specs(command: str, without_out: str) -> str:
    """What to write instead of `-o -` for a command whose output is spec files (import, new --from): one
    remedy for both, `without_out` saying where the spec goes without -o."""
    return f"{command} 写出的是 .yaml 规格文件；请写出 .yaml 文件或文件夹，如 -o specs/，或不写 -o（{without_out}）"


_POWERSHELL_SINGLE_QUOTES = "'‘’‚‛"
"""What PowerShell reads as `'`: the Chinese ‘’ too (and ‚‛), so `张三’s` bare began a quoted text. Both shells keep
them inside "…"; inside PowerShell's '…' each is written twice."""
_WINDOWS_SPLITS = frozenset(" \t&()^;,=%#@{}" + _POWERSHELL_SINGLE_QUOTES)
"""What cmd.exe or PowerShell splits a word at or reads as its own (`&`, `(`, `;` …; PowerShell's `#` and `@` at a
word's start, `{}` a block, its quotes): unit folders named `某单位(本级)` or `A&B` broke the command a message told the
clerk to copy. Both shells take these as they are inside "…"."""
_POWERSHELL_READS_IN_DOUBLE = frozenset("$`")
"""What PowerShell still reads inside "…": `$x` is a variable's value (an unset one nothing, so `D:\单位$2025\a.yaml`
reached jixiao as `D:\单位\a.yaml`), `` ` `` its escape. A word holding one goes in '…', where PowerShell reads
nothing (its own `'` written `''`); cmd takes no '…' for quotes, and is told to write "…" there (`cmd_notes`)."""
_POWERSHELL_DOUBLE_QUOTES = frozenset("“”„")
"""The Chinese double quotes, which PowerShell reads as `"` (PowerShell issue #18953): `specs\“十四五”规划.yaml`, bare
or in "…", lost its quotes or was a parse error there. Such a word goes in '…', as one with a `$`."""
_POWERSHELL_ONLY_IN_SINGLE = _POWERSHELL_READS_IN_DOUBLE | _POWERSHELL_DOUBLE_QUOTES
_CMD_VARIABLE = re.compile(r"%[^%]+%")
"""Text between two `%`, which cmd replaces by the environment variable of that name where one is set (`%USERNAME%`),
inside "…" too: typed at its prompt no `%` can be kept from it (`%%` is no escape there, and a `^` inside "…" is kept as
typed), so a path holding one is told so (`cmd_notes`). PowerShell reads `%` as it is."""
_TRAILING_BACKSLASHES = re.compile(r"\\*\Z")
"""The `\\` a Windows path ends with (a folder's), doubled inside "…": Windows programs read 2n `\\` before a `"` as
n of them and the quote as the word's end, an odd count's last as making the `"` part of the word."""
_POSIX_SPLITS = frozenset(" \t&()|;<>$`'\"*?[]{}#~!\\")
"""What a POSIX shell splits a word at, expands (`$`, `*`, `~`, `!`) or reads as a quote or a comment."""
_POSIX_READS_IN_DOUBLE = frozenset("$`\"\\!")
"""What a POSIX shell still reads inside "…": a word holding one goes in '…', where nothing is read."""
_UNDECODED_BYTES = re.compile("[\udc80-\udcff]")
"""The bytes of a name that is not UTF-8 (a GBK folder name on Linux), which reach Python as lone surrogates: shown
bare they were Python's escapes (`cd \\udcff\\udcfe`), which no shell reads back as the name."""


def quoted(word: str | Path) -> str:
    """A path (or a value) as typed in a command shown to the user, quoted when the shell the clerk likely uses
    (cmd or PowerShell on Windows, a POSIX shell elsewhere) would otherwise split it or read part of it: in "…", the
    quotes every shell takes, unless the shell would still read something inside them (a POSIX shell's `$`,
    PowerShell's `$`, `` ` `` and Chinese “”); then in '…', a `'` in it written `'\\''` (PowerShell's `''`, and its ‘’
    each written twice too). On Windows a folder's closing `\\` is doubled inside the quotes: a program reads `\\"` as a
    quote in its word, so `"D:\\某单位 2025\\"` reached jixiao as `D:\\某单位 2025"`."""
    text = str(word)
    if hidden_files.ON_WINDOWS:
        closing = _TRAILING_BACKSLASHES.search(text)[0]
        if not _POWERSHELL_ONLY_IN_SINGLE.isdisjoint(text):
            doubled = "".join(char * 2 if char in _POWERSHELL_SINGLE_QUOTES else char for char in text)
            return "'" + doubled + closing + "'"  # PowerShell passes it on in "…" where it has a space
        if _WINDOWS_SPLITS.isdisjoint(text):
            return text
        return f'"{text}{closing}"'
    if _UNDECODED_BYTES.search(text):
        return _bytes_quoted(text)
    if _POSIX_SPLITS.isdisjoint(text):
        return text
    if _POSIX_READS_IN_DOUBLE.isdisjoint(text):
        return f'"{text}"'
    return "'" + text.replace("'", "'\\''") + "'"


def _bytes_quoted(text: str) -> str:
    """A word holding bytes that are not UTF-8 (`_UNDECODED_BYTES`) as bash and zsh read it back: in $'…', each such
    byte written `\\xff`, a `\\` and a `'` of the name escaped, everything else as it is."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'")
    return "$'" + _UNDECODED_BYTES.sub(lambda byte: f"\\x{ord(byte[0]) - 0xDC00:02x}", escaped) + "'"


def cmd_notes(words: Iterable[str | Path]) -> str:
    """What a clerk at cmd's prompt is to know of a command shown with `words` quoted for Windows (`quoted`): a word in
    '…' (PowerShell's, for its `$`, `` ` `` or “”) is to be put in "…" there, and a `%…%` in one may be read as a
    variable, with no quotes to keep it as typed (a folder is to be renamed, or the command run in PowerShell). ""
    elsewhere, and where no word needs it. Said after every command shown with `quoted` words: VS Code's terminal on
    Windows is PowerShell unless set to cmd, and a clerk who copied `'D:\\单位$2025\\a.yaml'` into cmd would be told
    there is no such file (cmd passes the quotes on as part of the path). Elsewhere, a word shown in $'…' for its bytes
    that are not UTF-8 (`_bytes_quoted`) is said to be such a name: the clerk sees it as `??` or `��` in a listing."""
    if not hidden_files.ON_WINDOWS:
        return ("（路径里有的名字不是 UTF-8 编码，如 GBK 编码的中文名，终端显示不出；命令里把这些字节写成 $'…' 里的 \\x 加两位"
                "十六进制数，照原样复制到 bash 或 zsh 里运行即可）"
                if any(_UNDECODED_BYTES.search(str(word)) for word in words) else "")
    texts = [str(word) for word in words]
    notes = []
    single = [word for word in texts if not _POWERSHELL_ONLY_IN_SINGLE.isdisjoint(word)]
    if single:
        marks = "".join(f"“{mark}”" for mark in sorted(_POWERSHELL_READS_IN_DOUBLE) if any(mark in word for word in single))
        reasons = [f"在英文双引号里仍会改写{marks}"] if marks else []
        if any(not _POWERSHELL_DOUBLE_QUOTES.isdisjoint(word) for word in single):
            reasons.append("把路径里的中文双引号读作英文引号")
        doubled = [mark for mark in _POWERSHELL_SINGLE_QUOTES if any(mark in word for word in single)]
        back = (f"，其中的“{doubled[0] * 2}”写回“{doubled[0]}”" if len(doubled) == 1 else
                f"，其中的{''.join(f'“{mark * 2}”' for mark in doubled)}各写回一个" if doubled else "")
        notes.append(f"英文单引号是 PowerShell 的写法，它{'，也'.join(reasons)}；在命令提示符 cmd 里请改用英文双引号{back}")
    typed = [found[0] for word in texts if (found := _CMD_VARIABLE.search(word))]
    if typed:
        notes.append(f"在命令提示符 cmd 里，路径中的“{typed[0]}”若恰是环境变量的名字，会被换成变量的值，加了引号也一样，"
                     f"没有办法原样输入；请在 PowerShell 里运行，或把文件夹、文件改名，去掉“%”")
    return "".join(f"（{note}）" for note in notes)


def to_screen(out: str | None) -> bool:
    """Whether a command that prints when -o is not given prints: no -o, or `-o -`."""
    return out is None or out == SCREEN


OFFICE_FILES = {".docx": "Word", ".doc": "Word", ".xlsx": "Excel", ".xlsm": "Excel", ".xls": "Excel"}
"""The Office files a clerk names where a spec goes (the old form itself, 旧表.xlsx): `jixiao import` reads them."""
_RESAVED = {".doc": ".docx", ".xls": ".xlsx"}
"""The old formats import reads only once re-saved, and the suffix they are re-saved with."""
WORKBOOKS = tuple(suffix for suffix, kind in OFFICE_FILES.items() if kind == "Excel" and suffix not in _RESAVED)
"""The Excel files import reads as they are (.xlsx, .xlsm)."""
ZIP_SIGNATURE = b"PK\x03\x04"
"""The first bytes of a .docx, .xlsx or .xlsm, each a zip archive: what a file is, whatever its name says."""
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The first bytes of an old Word (.doc) or Excel (.xls) file, a WPS file, or a .docx or .xlsx with a password."""


def office_hint(name: str) -> str | None:
    """What a Word or Excel file named where a spec goes is (`是 Word 文件，…`, said after its name or after 这), and
    the command that turns it into a spec (`office_import`); None for other files."""
    kind = OFFICE_FILES.get(Path(name).suffix.lower())
    return f"是 {kind} 文件，不是规格文件；{office_import(name)}" if kind else None


def office_import(name: str) -> str | None:
    """The command that turns a Word or Excel file into a spec; None for other files. Import itself tells an old
    .doc or .xls to be re-saved first (a .docx renamed .doc it reads)."""
    suffix = Path(name).suffix.lower()
    kind = OFFICE_FILES.get(suffix)
    if kind is None:
        return None
    old = f"（旧版 {suffix} 文件要先在 {kind} 或 WPS 中另存为 {_RESAVED[suffix]}）" if suffix in _RESAVED else ""
    return f"要把 {kind} 表读成规格，请用 jixiao import {quoted(name)}{old}{cmd_notes([name])}"


def not_a_spec(name: str) -> str | None:
    """Why a file named on the command line that is plainly no spec (README.md, 旧表.docx) is skipped, for a
    warning: read as YAML it got a baffling syntax error. A Word or Excel file is pointed to `jixiao import`.
    Pipes (`<(git show …)`) have no suffix to judge by and are read (None)."""
    from .spec_files import spec_suffix

    path = Path(name)
    # os.path, not Path.is_file(), which raises for a name too long: that file's load says so, the others go on
    if not os.path.isfile(path) or spec_suffix(path) or not path.suffix:
        return None
    office = office_hint(name)
    return f"这{office}" if office else "它不是规格文件；规格文件以 .yaml 或 .yml 结尾"


def _at_root(folder: str) -> tuple[Path, str] | None:
    """(the project's root, `folder` in it as a path from here) when the current folder has no specs/ and
    lies below a project root that has one (see schema_line.project_root). Run from specs/ or another
    subfolder, validate said there was no specs/ and `build .` made an output/ inside specs/."""
    if Path(DEFAULT_SPECS).is_dir():
        return None
    from .schema_line import project_root

    here = Path.cwd().resolve()
    root = project_root(here / DEFAULT_SPECS)
    if root == here or not (root / DEFAULT_SPECS).is_dir():
        return None
    return root, os.path.relpath(root / folder)


def default_specs() -> str:
    """The folder read when no path is given: specs/ here, else the project root's (said on stderr, as
    the files are then shown from here); when neither exists, specs/, for the caller to say so (NO_SPECS). Run in
    the project's specs/ itself, that is said plainly: “no specs/ here: reading the root's specs/ (the current
    folder)” read as if two folders were meant."""
    found = _at_root(DEFAULT_SPECS)
    if not found:
        return DEFAULT_SPECS
    if found[1] == os.curdir:
        click.echo(f"读取当前文件夹（项目 {found[0]} 的 {DEFAULT_SPECS}/）。", err=True)
    else:
        click.echo(f"当前文件夹下没有 {DEFAULT_SPECS}/：读取项目根目录 {found[0]} 下的 {DEFAULT_SPECS}/（{found[1]}）。", err=True)
    return found[1]


def no_spec_yet(default: str, waits: bool = False) -> str | None:
    """The project's specs/ folder (as a path from here) when no path was given and the project has no spec yet,
    else None. A project is a folder with jixiao.yaml (as `jixiao init` writes it), here or above; its specs/ is
    empty or missing (git keeps no empty folder, so a fresh clone has none) and so is `default`, the folder
    read. Its first push ran validate in CI, which said no spec was found and failed; a path that was given
    and holds no spec is still an error, so a mistyped folder in a CI job does not pass in silence. The project
    file is read first, as every command reads it: a wrong setting stops the command (exit 2) with or without
    specs, not only once the first one is there. `waits` for serve, which previews the first spec once there is
    one: a spec saved as gz.yaml.txt is no spec yet to it, to be listed once renamed."""
    from . import project as projects
    from .spec_files import folder_specs

    found = projects.find(Path.cwd())
    if found is None:
        return None
    folder = os.path.relpath(found.parent / DEFAULT_SPECS)
    # a spec saved as gz.yaml.txt is not “no spec yet” to a check: CI passed it unchecked, exit 0 (given_specs refuses it)
    looked = [folder_specs(Path(name)) for name in (default, folder) if Path(name).is_dir()]
    if any(specs or as_text and not waits for specs, as_text in looked):
        return None
    projects.read(found)
    return folder


def stop_if_no_spec_yet(default: str) -> None:
    """Say there is no spec yet and how to make one, and end the command with exit 0 (see `no_spec_yet`)."""
    folder = no_spec_yet(default)
    if folder is None:
        return
    say_no_spec_yet(folder)
    raise click.exceptions.Exit(EXIT_OK)


NO_SPEC_YET = "还没有规格"


def how_to_start(folder: str, code: Callable[[str], str] = str, missing: bool = False) -> str:
    """That `folder` holds no spec yet and how to make the first one: the words every command says on stderr
    and serve's page shows. `folder` is as it is to be shown (escaped, on the page); `code` marks the commands;
    `missing` when the folder itself is not there yet (a fresh clone, or a folder holding only jixiao.yaml, where
    NO_SPECS sends a clerk), which was told “specs/ 里还没有规格文件” of a specs/ it could not find."""
    where = f"还没有 {folder}/ 文件夹，也就还没有规格文件" if missing else f"{folder}/ 里还没有规格文件"
    return f"{where}（.yaml、.yml）。{how_to_make(folder, code, missing)}"


def how_to_make(folder: str, code: Callable[[str], str] = str, missing: bool = False) -> str:
    """How to make a first spec in `folder` (`how_to_start`'s second half), alone where the folder holds YAML files
    that are no specs (serve, `serve_pages.only_skipped_words`): “还没有规格文件” was said of a folder the clerk sees a
    .yml in."""
    new = code(f"jixiao new --form 表样 --unit 单位全称 --year 年度 -o {folder}/")
    made = f"（{folder}/ 随之建好）" if missing else ""
    return f"新建一份{made}：{new}（{code('jixiao new --list')} 列出表样）。"


def text_suffix_said(path: Path) -> str:
    """Why a spec saved as `gz.yaml.txt` is not read, and the name to give it (see spec_files.saved_as_text)."""
    return (f"文件名末尾多了 .txt，多半是用记事本保存时加上的（Windows 不显示扩展名时，它看起来就是 {path.stem}）；"
            f"请在 VS Code 里把它改名为 {path.stem}（Windows 的资源管理器不显示扩展名时，在那里改名去不掉 .txt）")


def saved_as_text_warning(path: Path | str) -> str:
    """The warning for a spec found saved with `.txt` after its name (spec_files.saved_as_text), in every command's words."""
    return f"警告：{path} 不是规格：{text_suffix_said(Path(path))}。"


def say_saved_as_text(saved: list[Path]) -> int:
    """A warning, on stderr, for each spec found saved with `.txt` after its name (spec_files.saved_as_text); how
    many, for a summary's count."""
    for path in saved:
        click.echo(saved_as_text_warning(path), err=True)
    return len(saved)


def refuse_saved_as_text(saved: list[Path]) -> NoReturn:
    """The one error when the only specs found were saved as `gz.yaml.txt`: it was 还没有规格, exit 0, a warning on
    stderr that CI and `--format json` did not show, so the spec passed unchecked. Exit 2, as for a folder named
    that holds no spec."""
    said = "；".join(f"{path} 的{text_suffix_said(path)}" for path in saved)
    raise UsageError(f"没有找到任何规格文件（.yaml、.yml）：{said}。")


def say_no_spec_yet(folder: str) -> None:
    """How to make the first spec in `folder`, on stderr: the same words from every command."""
    click.echo(f"{NO_SPEC_YET}：{how_to_start(folder, missing=not Path(folder).is_dir())}", err=True)


def specs_folder(folder: str) -> str:
    """`folder` (from `default_specs`) for a command that reads it now: a usage error when it does not exist."""
    if not Path(folder).is_dir():
        raise click.UsageError(NO_SPECS)
    return folder


def default_output() -> str:
    """The folder built into when --out is not given: output/ here, or beside the project root's specs/
    when the current folder has none (said on stderr)."""
    found = _at_root(DEFAULT_OUTPUT)
    if not found:
        return DEFAULT_OUTPUT
    click.echo(f"生成的文件写到项目根目录 {found[0]} 下的 {DEFAULT_OUTPUT}/（{found[1]}）。", err=True)
    return found[1]


class Warned(NamedTuple):
    """How many warnings given_specs said on stderr, for the summary to count (a reader of its line alone, in CI or the
    editor's task, was told 0 个警告, or 没有发现问题, under them): specs saved as `gz.yaml.txt`, which fmt names in
    its own words, and paths named that were skipped (a folder holding no spec, a file that is none)."""
    as_text: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.as_text + self.skipped


def given_specs(paths: tuple[str, ...], report_none: bool = False) -> tuple[list[str], Warned]:
    """The spec files a command works on: those named, and those under the named folders (default
    specs/, see `default_specs`), with the warnings said on stderr meanwhile (Warned).
    A folder holding no spec gets a warning, and no spec at all is a usage error, since a mistyped folder in a CI
    job would otherwise pass in silence; but a project
    with no spec yet, when no path is given, is said and ends the command with exit 0 (`no_spec_yet`),
    or, for a command that reports on what it checked (`report_none`: validate, lint), is no spec at
    all: its report of none is still a JSON document for the program reading it, which got nothing.
    Other programs' YAML found in a folder is left out, in one line (see spec_files.foreign_yaml)."""
    from .spec_files import folder_specs

    if not paths:
        default = default_specs()
        folder = no_spec_yet(default) if report_none else None
        if folder is not None:
            say_no_spec_yet(folder)
            return [], Warned()
        stop_if_no_spec_yet(default)
        if not Path(default).is_dir():
            raise click.UsageError(NO_SPECS)
        paths = (default,)
    paths = tuple(map(without_location, paths))
    refuse_unusable(paths)
    files: list[str] = []
    skipped: dict[str, str] = {}
    empty: dict[str, list[str]] = {}  # a folder named that holds no spec: the other programs' YAML found in it
    as_text: dict[Path, None] = {}  # a folder named twice (`specs specs/`) says each once
    for name in paths:
        if named_saved_as_text(name):  # said as a folder's: `它不是规格文件` and `用 jixiao new 生成一份` hid the fix
            as_text[Path(name)] = None
            continue
        why = not_a_spec(name)
        if why:
            skipped[name] = why
            continue
        found, foreign = [name], []
        if os.path.isdir(name):  # a file named is checked whatever it holds
            found, saved = folder_specs(Path(name))
            found, foreign = _without_foreign_yaml(found)
            as_text.update(dict.fromkeys(saved))
            if foreign and (found or saved):  # a folder holding nothing else is said so once, below
                click.echo(f"注意：跳过了 {name} 里 {_foreign_said(foreign)}；{_NAME_ONE_OF_THEM}。", err=True)
            if saved and not found:  # the warning for the .txt says what the folder holds
                continue
        if not found:
            empty[name] = foreign
        files += map(from_here, found)
    if as_text and not files:  # what else was named is said first; the error is the rename
        _say_skipped(skipped, empty)
        refuse_saved_as_text(list(as_text))
    as_text_warned = say_saved_as_text(list(as_text))
    if empty and not files and not skipped:
        refuse_empty(empty)
    office = [name for name in skipped if office_hint(name)]
    # an Office file is said once, by the error below, when it is all there is
    skipped_warned = _say_skipped({name: why for name, why in skipped.items() if files or name not in office}, empty)
    if not files and office:
        said = "；".join(f"{name} {office_hint(name)}" for name in office)
        raise click.UsageError(f"没有找到任何规格文件（.yaml、.yml）：{said}，再检查或生成写出的 .yaml 文件。")
    if not files:
        raise click.UsageError("没有找到任何规格文件（.yaml、.yml）：请检查路径，或用 jixiao new 生成一份。")
    return _once_each(files), Warned(as_text_warned, skipped_warned)


def _once_each(files: list[str]) -> list[str]:
    """`files` less a spec reached again (`specs specs/`, a file named beside its folder, a link to it), as first
    written: checked twice, each of its problems was reported twice and counted twice in the summary."""
    first: dict[object, str] = {}
    for name in files:
        first.setdefault(_same_file(name), name)
    return list(first.values())


def _same_file(name: str) -> object:
    """What two names of one file share: its device and inode, which a hard link shares too (two real paths, and was
    checked twice); else, where there is none (a broken link, a file system without inodes), its real path."""
    try:
        found = os.stat(name)
    except (OSError, ValueError):
        found = None
    if found is not None and found.st_ino:
        return found.st_dev, found.st_ino
    return os.path.realpath(name)  # not Path.resolve(): before Python 3.13 a symlink loop raised RuntimeError


def named_saved_as_text(name: str) -> bool:
    """Whether a file named on the command line is a spec Notepad saved as `gz.yaml.txt` (spec_files.saved_as_text), so
    that it is told how to rename it as when a folder holding it is named. os.path.isfile first: a name too long
    makes Path.is_file() raise."""
    from .spec_files import saved_as_text

    path = Path(name)
    return os.path.isfile(name) and saved_as_text(path, path.parent)


def _say_skipped(skipped: dict[str, str], empty: dict[str, list[str]]) -> int:
    """A warning for each folder named that holds no spec (`_holds_no_spec`) and each file named that is none
    (`not_a_spec`); how many."""
    for name, foreign in empty.items():
        named = f"；{_NAME_ONE_OF_THEM}" if foreign else ""
        click.echo(f"警告：{_holds_no_spec(name, foreign)}{named}。", err=True)
    for name, why in skipped.items():
        click.echo(f"警告：跳过 {name}：{why}。", err=True)
    return len(empty) + len(skipped)


def refuse_empty(empty: dict[str, list[str]]) -> NoReturn:
    """The one error for folders named that hold no spec, and nothing else named: `validate empty/` printed a warning
    that the folder held none, the usage text, and an error that no spec was found, three things for one mistake,
    none saying what to do. A folder holding only other programs' YAML (`empty`'s values, see `_holds_no_spec`) had a
    note that its files were skipped, then the error that it held no spec file, of a folder the clerk sees .yml
    files in. Exit 2, as before: a mistyped folder in a CI job must not pass, nor a folder whose only spec was
    retyped out of a spec's shape."""
    plain = [name for name, foreign in empty.items() if not foreign]
    said = [f"{'、'.join(plain)} 里没有规格文件（.yaml、.yml）"] if plain else []
    said += [_holds_no_spec(name, foreign) for name, foreign in empty.items() if foreign]
    named = f"{_NAME_ONE_OF_THEM}。" if any(empty.values()) else ""
    first = (plain or list(empty))[0]  # the folder said first
    folder = first.rstrip("/\\") or first
    raise UsageError(f"{'；'.join(said)}：请检查路径是否写对；要在 {folder}/ 里新建一份："
                     f"jixiao new --form 表样 --unit 单位全称 --year 年度 -o {quoted(folder + '/')}（jixiao new --list 列出表样）"
                     f"{cmd_notes([folder])}。{named}")


def _holds_no_spec(folder: str, foreign: list[str]) -> str:
    """That a folder named holds no spec: no spec file at all, or (`foreign`) only other programs' YAML, said with
    what a spec has that they lack."""
    if not foreign:
        return f"{folder} 里没有规格文件（.yaml、.yml）"
    return f"{folder} 里没有规格文件，只有 {_foreign_said(foreign)}"


_NAME_ONE_OF_THEM = "要把其中某个文件当作规格检查，请直接写出它的文件名"
"""What to do when a file skipped as another program's YAML is a spec after all: a file named is checked as given."""


def _foreign_said(foreign: list[str]) -> str:
    """Other programs' YAML found in a folder (see spec_files.foreign_yaml): how many, why, and the first."""
    from .spec_files import NO_SPEC_KEY

    return f"{len(foreign)} 个不像规格的 YAML 文件（{NO_SPEC_KEY}，如 {foreign[0]}）"


_LOCATION = re.compile(r":(\d+)(?::(\d+))?:?$")
"""A message's `:line:column` (or `:line`) after a file's name, as every problem is located, with the colon after
it when that was copied too (`specs/gz.yaml:8:11:`)."""


def location_dropped(name: str) -> str:
    """`name` without a trailing `:8:11` (a location copied from a message), or `name` when it ends in none."""
    found = _LOCATION.search(name)
    return name[:found.start()] if found else name


def without_location(name: str) -> str:
    """`name` without the `:8:11` of a location copied from a message (`validate specs/gz.yaml:8:11`), when only
    the file without it exists; said on stderr, the location named. It was 文件不存在；请检查路径, of a file
    that is there: what the message printed was pasted back as it was."""
    file = location_dropped(name)
    if file == name or os.path.exists(name) or not os.path.isfile(file):
        return name
    found = _LOCATION.search(name)
    place = f"第 {found[1]} 行" + (f"第 {found[2]} 列" if found[2] else "")
    numbers = "行号和列号" if found[2] else "行号"
    click.echo(f"提示：{name} 末尾的“{found[0]}”是消息里的{numbers}（{place}）；用的是 {file}。", err=True)
    return file


def from_here(name: str) -> str:
    """A spec's path as reports name it: from the folder the command runs in, without `.` and `..` steps, an absolute
    path staying absolute. From `specs`, `jixiao fmt --check ..` named `../specs/a.yaml`, the file a clerk knows as
    `a.yaml`, and a folder typed `specs/../specs` put its steps in every name. The name is what the command then
    reads and writes, so it is shortened only where it is still the same file (a `..` after a link to a folder
    leads elsewhere than the path without both)."""
    short = os.path.normpath(name) if os.path.isabs(name) else os.path.relpath(name)
    try:
        return short if short == name or os.path.samefile(short, name) else name
    except (OSError, ValueError):  # gone meanwhile, or on another drive than the current folder
        return name


def _without_foreign_yaml(found: list[str]) -> tuple[list[str], list[str]]:
    """The files found in a folder less the YAML of other programs (see spec_files.foreign_yaml), and those."""
    from .spec_files import foreign_yaml

    foreign = [name for name in found if foreign_yaml(Path(name))]
    return [name for name in found if name not in set(foreign)], foreign


FORM_FILE_SUFFIXES = frozenset({".doc", ".docx", ".dot", ".dotx", ".htm", ".html", ".pdf", ".xls", ".xlsx", ".csv",
                                ".odt", ".ods", ".rtf", ".wps", ".et", ".yaml", ".yml"})
"""Suffixes of the files a clerk may type for --out meaning a file: the forms built, the documents they come from or
go with (Word, WPS, Excel, PDF) and the specs themselves. Only the forms' own (docx, html, pdf) were refused, so
`-o 表.doc` or `-o 表.htm` made a folder of that name."""


def refuse_missing_folder(target: Path) -> None:
    """A usage error when the folder -o writes a spec into is not there and making it looks like a slip: its name is
    nearly that of a folder beside it (`-o spces/a.yaml` beside specs/), or more than one folder would be made
    (`-o /nonexist/dir/`). Both were made in silence and the spec written where nobody looked. One new folder named
    like none there (`-o 2025/`, `-o elsewhere/`) is made as asked, and so is a project's specs/, which a fresh clone
    lacks (`jixiao new … -o specs/` makes the first spec). Says the folder missing, the one like it, or the folders
    there are, the slip seen (only the one that happened: one near-named folder is not several levels), and how to make
    it on purpose."""
    from difflib import get_close_matches

    chain = [path for path in (*reversed(target.parent.parents), target.parent)
             if not os.path.lexists(path) and path.name != DEFAULT_SPECS]  # `-o unit/specs/` is one new project
    if not chain:
        return
    missing, there = chain[0], chain[0].parent
    try:
        folders = sorted(entry.name for entry in os.scandir(there) if entry.is_dir() and not entry.name.startswith("."))
    except OSError:
        folders = []
    near = get_close_matches(missing.name, folders, n=1, cutoff=0.8)  # spces/specs, not 2025/2024 or elsewhere/here
    if len(chain) == 1 and not near:
        return
    where = "当前文件夹里" if str(there) in ("", os.curdir) else f"{there} 里"
    if near:
        hint = f"；是否想写 {there / near[0]}/？"
    elif folders:
        hint = f"；{where}的文件夹有：{'、'.join(f + '/' for f in folders[:8])}{'……' if len(folders) > 8 else ''}。"
    else:
        hint = "。"
    slips = "或".join(slip for slip, found in (("像是拼错的名字", near), ("一连几层", len(chain) > 1)) if found)
    raise UsageError(f"-o 写的文件夹 {missing}/ 不存在{hint}jixiao 不替{slips}新建文件夹（规格会写到没人找的地方）；"
                     f"确要写到那里，请先建好文件夹 {quoted(str(target.parent) + '/')} 再运行{cmd_notes([target.parent])}。")


def refuse_form_file_name(out_dir: str) -> None:
    """Refuse an --out named like a file (`-o c7/x.docx`, see FORM_FILE_SUFFIXES) that is not there yet: it was made a
    folder of that name, forms written inside (`c7/x.docx/某单位….docx`), when the clerk meant the form's own file.
    An existing file is refused by click already; an existing folder, or one written with a trailing separator, is
    taken as given."""
    suffix = Path(out_dir).suffix.lower()
    if suffix not in FORM_FILE_SUFFIXES or os.path.lexists(out_dir) or out_dir.endswith(("/", "\\")):
        return
    named = Path(out_dir)
    raise bad_value(
        f"“{out_dir}”像是一个 {suffix} 文件的名字，但 --out 写的是输出文件夹：生成的文件放在它里面，文件名按表名取；"
        f"请写出文件夹，如 --out {quoted(named.parent)} 或 --out {quoted(named.with_suffix(''))}"
        f"（确要用名为 {named.name} 的文件夹时，写成 {quoted(out_dir + '/')}）{cmd_notes([out_dir])}", "out_dir")


def refuse_unusable(paths: tuple[str, ...]) -> None:
    """The checks of the paths a command is given before it reads any (a path split at its spaces, a disk's
    root folder), for every command that takes specs' paths: given_specs and diff."""
    refuse_split(paths)
    for name in paths:
        refuse_a_disk(name)


_LONGEST_PATH = 4096
"""No file system takes a longer path (Linux's PATH_MAX; Windows' is shorter), so no longer run of words is one."""


def _split_runs(paths: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each run of adjacent paths that, joined by one space, names a file or folder that
    exists when they do not all exist one by one: a path with a space typed without quotes. A run holds a word
    that is no path and is no longer than a path can be: every run of a shell's `specs/*.yaml` was tried, and
    two thousand specs were minutes of joining before a command began."""
    found = [os.path.exists(name) for name in paths]
    runs, start = [], 0
    while start < len(paths):
        reach, length = start, -1
        while reach < len(paths) and length + 1 + len(paths[reach]) <= _LONGEST_PATH:
            length += 1 + len(paths[reach])
            reach += 1
        end = next((end for end in range(reach, start + 1, -1)
                    if not all(found[start:end]) and os.path.exists(" ".join(paths[start:end]))), None)
        if end is None:
            start += 1
            continue
        runs.append((start, end))
        start = end
    return runs


def refuse_split(paths: tuple[str, ...]) -> None:
    """A usage error, once, for paths with spaces typed without quotes (`validate specs/某单位 2025.yaml`):
    the shell split each into words, and every command said each word was no file, twice or more for one
    path, without saying why. It says the path and the command with it in quotes."""
    runs = _split_runs(paths)
    if not runs:
        return
    from .yaml_lines import quotes_named

    words, said, quotes, at = [], [], {}, 0
    for start, end in runs:
        whole = " ".join(paths[start:end])
        words += [quoted(name) for name in paths[at:start]] + [quoted(whole)]
        said.append(f"“{whole}”没加引号，被拆成了 {end - start} 个路径")
        quotes[quotes_named(quoted(whole))] = None  # '…' where a POSIX shell reads `$` inside "…"
        at = end
    words += [quoted(name) for name in paths[at:]]
    split = "；".join(dict.fromkeys(said))  # diff given one file twice says it once
    ctx = click.get_current_context()
    options, values = _options_given(ctx)
    command = " ".join(["jixiao", ctx.info_name, *options, *words])
    raise click.UsageError(f"路径中有空格：{split}。请把含空格的路径放在{'或'.join(quotes)}里：{command}"
                           f"{cmd_notes([*values, *paths])}")


def _options_given(ctx: click.Context) -> tuple[list[str], list[str]]:
    """The options typed on the command line, as they would be typed again (`--check`, `--format json`): the
    command shown with the paths in quotes must do what was asked (`fmt --check` without --check rewrites). With them,
    the values as typed, for `cmd_notes`: `-o 'D:\\单位$2025'` is PowerShell's quoting as much as a path's."""
    words, values = [], []
    for param in ctx.command.params:
        if not isinstance(param, click.Option) or ctx.get_parameter_source(param.name) is not ParameterSource.COMMANDLINE:
            continue
        value = ctx.params[param.name]
        if param.is_flag:
            words.append(param.opts[-1] if value or not param.secondary_opts else param.secondary_opts[-1])
        else:
            values += [str(one) for one in (value if param.multiple else [value])]
            words += [item for one in (value if param.multiple else [value]) for item in (param.opts[-1], quoted(one))]
    return words, values


def refuse_a_disk(name: str) -> None:
    """A usage error for a disk's root folder named as the folder of specs (`jixiao lint /`, `build C:\\`): every
    command read every YAML file of the system as a spec, for minutes, to report thousands of files that are none."""
    path = Path(name)
    if os.path.isdir(path) and path.resolve().parent == path.resolve():
        raise click.UsageError(f"{name} 是整个磁盘的根目录：jixiao 不在整个磁盘上找规格文件；"
                               f"请写规格所在的文件夹（如 specs/）或规格文件")


def variant_roots(templates: str | None, schemas: str | None, project=None):
    """Where the form variants are: --templates/--schemas, else the project's jixiao.yaml, over jixiao's own."""
    from . import project as projects
    from .variants import Roots

    project = project or projects.read(projects.find(Path.cwd()))
    builtin = Roots()
    templates = Path(templates) if templates else project.templates
    schemas = Path(schemas) if schemas else project.schemas
    if templates is None and schemas is None:
        return replace(builtin, project=project.file)
    return Roots(templates or builtin.templates, schemas or builtin.schemas, under=builtin, project=project.file)


def per_project(files: list[str], templates: str | None, schemas: str | None, per_file: bool,
                 make: Callable[[Catalog, Project], T], project: Project | None = None) -> tuple[dict[str, T], int]:
    """Each file's checker, `make` of the catalog of the forms it is checked with and the project they come from (whose
    rule settings lint reads too): one for every file from `project`, else the current folder's, or with `per_file` one
    for each project the files are in (`project.of_file`). A pre-commit hook runs at the top of the repository: a
    project in a subfolder, whose jixiao.yaml names its own forms, had each of its specs called FORM-UNKNOWN and was
    told to run jixiao in its folder, which a hook cannot. Files keep their order, so the report reads as without it.
    With them, the number of warnings said on stderr meanwhile (`_made`), for the summary to count as build's does."""
    from . import project as projects

    if not per_file:
        project = project or projects.read(projects.find(Path.cwd()))
        checker, warned = _made(make, variant_roots(templates, schemas, project), project)
        return dict.fromkeys(files, checker), warned
    made: dict[Path | None, tuple[T, int]] = {}
    chosen = {}
    for name in files:
        found = projects.of_file(Path(name))
        if found not in made:
            own = projects.read(found)
            made[found] = _made(make, variant_roots(templates, schemas, own), own)
        chosen[name] = made[found][0]
    return chosen, sum(warned for _, warned in made.values())


def _made(make: Callable[[Catalog, Project], T], roots: Roots, project: Project) -> tuple[T, int]:
    """`make` of the catalog of a project's roots, once the project's change to one of jixiao's forms, left unread, is
    warned of (unread_forms.say_namesakes), and how many such warnings were said: lint read that form's profile and fmt
    its schema as jixiao's own without a word, while validate warned. Said here, where each project's settings are
    read, not by each command, and of the catalog `make` is given: one made for the warning alone searched the
    project's folders of forms a second time."""
    from .unread_forms import say_namesakes
    from .variants import Catalog

    catalog = Catalog(roots)
    warned = say_namesakes(catalog)
    return make(catalog, project), warned
