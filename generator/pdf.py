"""Optional PDF output through LibreOffice, when it is installed."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

from .errors import EnvironmentProblem
from .write import atomic_write

START_SECONDS, SECONDS_PER_DOCUMENT = 120, 30  # generous: a cold start on a slow machine takes a minute
LARGE_DOCUMENT = 30_000
"""Characters of text past which a form is the likely reason LibreOffice ran out of time: ten times the five
reference forms (1929 to 3064 characters as generated). One of 22877 converts in time; one of 210000 did not
in two and a half minutes, which retrying does not change."""

OPT = Path("/opt")  # libreoffice.org's own Linux packages, one folder a version: /opt/libreoffice24.8/program/soffice


class NotConverted(Exception):
    """LibreOffice finished its run without writing this document's PDF."""


def soffice() -> str:
    """LibreOffice's program: on the PATH, or where its installer puts it.

    Neither the Windows installer nor the macOS app puts `soffice` on the PATH, so looking there
    alone said LibreOffice was missing on the machines where units most often have it installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    found = found or next((str(path) for path in _install_places() if path.is_file()), None)
    if not found:
        raise EnvironmentProblem(f"生成 PDF 需要 LibreOffice，但没有找到 soffice 命令；请先安装（{_install_hint()}），"
                                 "或去掉 --format 中的 pdf")
    return found


def _install_places() -> list[Path]:
    """Where LibreOffice's own installers put soffice on this system."""
    if sys.platform == "win32":
        folders = dict.fromkeys(os.environ.get(name) for name in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"))
        return [Path(folder, "LibreOffice", "program", "soffice.exe") for folder in folders if folder]
    if sys.platform == "darwin":
        return [Path(home, "Applications", "LibreOffice.app", "Contents", "MacOS", "soffice")
                for home in ("/", Path.home())]
    return sorted(OPT.glob("libreoffice*/program/soffice"), key=_version, reverse=True)


def _version(soffice: Path) -> tuple[int, ...]:
    """The version its folder is named with, as numbers: compared as text, libreoffice7.6 was taken over libreoffice24.8."""
    return tuple(int(number) for number in re.findall(r"\d+", soffice.parents[1].name))


def _install_hint() -> str:
    """How to install LibreOffice on this system, in the words its users know."""
    if sys.platform == "win32":
        return "从 https://zh-cn.libreoffice.org 下载安装，装在默认位置即可，不用改 PATH"
    if sys.platform == "darwin":
        return "从 https://zh-cn.libreoffice.org 下载，把 LibreOffice 拖进“应用程序”文件夹；或 brew install --cask libreoffice"
    return "Debian/Ubuntu：apt-get install libreoffice-writer-nogui fonts-noto-cjk"


SERIF = ("Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", "Source Han Serif CN", "AR PL UMing CN")
SANS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
        "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")
# The Chinese Word fonts a form may ask for, each group with the installed fonts that may stand in for it,
# best first: the same style under another name, then a Simplified Chinese face of the same kind.
STAND_INS = (
    (("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"), ("FangSong", "STFangsong", *SERIF)),
    (("宋体", "SimSun"), SERIF),
    (("黑体", "SimHei", "微软雅黑", "Microsoft YaHei"), ("SimHei", *SANS)),
    (("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"), ("KaiTi", "STKaiti", "AR PL UKai CN", *SERIF)),
)
FONT_TABLE = "/org.openoffice.Office.Common/Font/Substitution"
NO_CHINESE_FONT = ("本机没有表样用的中文字体（仿宋_GB2312、宋体、黑体、楷体），也没有可以替代它们的（如 Noto CJK）："
                   "生成的 PDF 里的中文会印成方框。请先安装中文字体（Debian/Ubuntu：apt-get install fonts-noto-cjk；"
                   "Windows、macOS 自带），再运行 jixiao build --format pdf --force 重新生成这些 PDF")


def _folded(name: str) -> str:
    return "".join(name.split()).casefold()


def installed_families(listing: str) -> set[str]:
    """The family names in `fc-list : family` output, folded; a face listed under several names gives each."""
    return {_folded(name) for line in listing.splitlines() for name in line.split(",") if name.strip()}


def _fc_list(pattern: str = ":") -> str | None:
    """The font families installed as LibreOffice sees them on Linux, through fontconfig (those matching
    `pattern`: `:lang=zh`, the ones that cover Chinese).

    None where fc-list cannot run (Windows, macOS); then no pair is written and LibreOffice falls back
    as before. Empty output is a machine without fonts, not one without fc-list.
    """
    try:
        return subprocess.run(["fc-list", pattern, "family"], capture_output=True, text=True, check=True,
                              timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def chinese_fonts_missing() -> bool:
    """True when fc-list ran and lists no font that covers Chinese (`:lang=zh`), a stand-in or not.

    LibreOffice then prints every Chinese character as an empty box and says nothing: a server or
    CI runner without fonts-noto-cjk wrote such PDFs in silence. Windows and macOS come with Chinese
    fonts, and LibreOffice there does not read fontconfig, so an fc-list installed with other tools
    (Homebrew) does not list what it prints with; without fc-list there is nothing to judge by.
    """
    if sys.platform in ("win32", "darwin"):
        return False
    listing = _fc_list(":lang=zh")  # by coverage, not by name: a Chinese font no stand-in list names still prints
    return listing is not None and not listing.strip()


def font_pairs(installed: set[str]) -> list[tuple[str, str]]:
    """Each missing Chinese Word font with the first installed stand-in for it; none where nothing fits.

    Without a pair LibreOffice falls back to its first CJK font for all of them, a sans (Noto Sans CJK
    with fonts-noto-cjk), so a FangSong (serif) form prints in a sans unlike the HTML output, whose CSS
    names a serif. Installed fonts get no pair, so a machine with the real fonts prints with them.
    """
    pairs = []
    for names, stand_ins in STAND_INS:
        found = next((font for font in stand_ins if _folded(font) in installed), None)
        if found:
            pairs += [(name, found) for name in names if _folded(name) not in installed]
    return pairs


def write_font_table(profile: Path, pairs: Iterable[tuple[str, str]]) -> None:
    """Write a LibreOffice profile's font replacement table (Tools > Options > Fonts) before it starts.

    Always is true because LibreOffice applies only such pairs (vcl's FindFontSubstitute skips the
    others, whatever the dialog suggests); "only when the font is missing" is font_pairs' doing.
    """
    def prop(name: str, value: str | bool) -> str:
        text = str(value).lower() if isinstance(value, bool) else escape(value)
        return f'<prop oor:name="{name}" oor:op="fuse"><value>{text}</value></prop>'

    items = [f'<item oor:path="{FONT_TABLE}">{prop("Replacement", True)}</item>']
    for number, (font, stand_in) in enumerate(pairs):
        items.append(f'<item oor:path="{FONT_TABLE}/FontPairs"><node oor:name="_{number}" oor:op="replace">'
                     f'{prop("Always", True)}{prop("OnScreenOnly", False)}'
                     f'{prop("ReplaceFont", font)}{prop("SubstituteFont", stand_in)}</node></item>')
    path = profile / "user" / "registrymodifications.xcu"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                    'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                    + "\n".join(items) + "\n</oor:items>\n", encoding="utf-8")


def _run(command: list[str], timeout: float, temp: Path) -> None:
    """Run LibreOffice to its end; stopped early (Ctrl+C, the timeout), stop all of it before going on.

    `soffice` is a launcher whose child, soffice.bin, does the work: subprocess.run killed the
    launcher alone, and after Ctrl+C soffice.bin went on running and writing into the profile that
    was being removed, which stayed behind. In a session of its own, the whole group is ended; on
    Windows soffice.exe is the launcher too, so its process tree is ended there.

    LibreOffice keeps its own temporary folder (`lu….tmp`) in the system's, and removes it only when it
    ends by itself: killed, it left one behind in TMPDIR on every Ctrl+C. Pointed at `temp` (inside the
    conversion's own folder), it goes with that folder."""
    temp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(temp), "TMP": str(temp), "TEMP": str(temp)}
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=os.name == "posix", env=env)
    try:
        output, errors = process.communicate(timeout=timeout)
    except BaseException:
        _stop(process)
        raise
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command, output, errors)


def _stop(process: subprocess.Popen) -> None:
    """End a LibreOffice run and every process it started, and wait for them."""
    if os.name == "posix":
        import signal

        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:  # already gone
            pass
    else:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
    process.kill()
    process.communicate()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def text_lengths(docx: bytes) -> tuple[int, int]:
    """The characters of text a Word file's body holds (its `w:t` runs: how long a form LibreOffice lays out), and
    those of its longest table cell or paragraph (one field's text, for A14). Text as read, not XML: `&amp;` is one
    character."""
    import zipfile
    from io import BytesIO
    from xml.etree import ElementTree

    from .docx_properties import joined_text

    with zipfile.ZipFile(BytesIO(docx)) as package:
        body = ElementTree.fromstring(package.read("word/document.xml"))
    longest = max((len(joined_text(part)) for tag in ("tc", "p") for part in body.iter(f"{_W}{tag}")), default=0)
    return len(joined_text(body)), longest


def docx_to_pdf(documents: list[tuple[bytes, Path]],
                write: Callable[[Path, bytes], None] = atomic_write) -> Iterator[tuple[Path, Exception | None]]:
    """Convert Word files to PDFs with one LibreOffice run; yields each PDF's path and what went wrong.

    LibreOffice takes seconds to start and a fraction of one per document, so a batch is converted
    in one run (building the five examples with PDFs: 5.3 s instead of 13.8 s). It runs with a private profile, so concurrent runs do
    not clash, on numbered copies, so no file name reaches its command line. A run that fails fails
    every document in it; a document it skips fails alone. The profile starts with a font replacement
    table (write_font_table), so the forms' Windows fonts print in the nearest installed ones.
    Each PDF is put in place by `write` (the build's records it as it writes it).
    """
    # a file LibreOffice, killed a moment ago, still held open (Windows) must not turn Ctrl+C into a traceback
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-", ignore_cleanup_errors=True) as work:
        sources = []
        for number, (docx, _) in enumerate(documents):
            sources.append(Path(work, f"{number}.docx"))
            sources[-1].write_bytes(docx)
        profile = Path(work, "profile")
        program = soffice()
        pairs = font_pairs(installed_families(_fc_list() or ""))
        if pairs:
            write_font_table(profile, pairs)
        try:
            _run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                  "--outdir", work, *map(str, sources)], START_SECONDS + SECONDS_PER_DOCUMENT * len(documents),
                 Path(work, "temp"))
        except subprocess.SubprocessError as exc:
            yield from ((pdf, exc) for _, pdf in documents)
            return
        for source, (_, pdf) in zip(sources, documents):
            produced = source.with_suffix(".pdf")
            if not produced.is_file():
                yield pdf, NotConverted()
                continue
            try:
                write(pdf, produced.read_bytes())
            except OSError as exc:
                yield pdf, exc
                continue
            yield pdf, None
