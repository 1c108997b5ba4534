"""What a file given to `jixiao import` is, by its bytes rather than its name (.doc and .docx are often
renamed): a Word 97-2003 document or Excel 97-2003 workbook (OLE2), a .docx or .xlsx with a password to
open it (kept in the same OLE2 container), a zip that is a workbook, the owner file Word keeps beside an open
document; or no file at all. And how messages
name the two kinds of file import reads (FileKind).
"""
from __future__ import annotations

import errno
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import zip_damage
from .command_paths import OFFICE_FILES, OLE2_SIGNATURE, ZIP_SIGNATURE, cmd_notes, quoted
from .errors import unread_reason
from .hidden_files import ON_WINDOWS
from .long_paths import refused_length


_OWNER_FILE_START = "~$"  # how Word, WPS and Excel name the owner file they keep beside a document they have open
OWNER_FILE = ("这是 Word、WPS 或 Excel 打开一个文件时在它旁边建的临时文件（名字以“~$”开头，关闭那个文件后自动删除），"
              "不是表；请导入旁边名字不以“~$”开头的那个文件")


def is_owner_file(path: Path) -> bool:
    """Whether `path` is the owner file Word, WPS or Excel keeps beside a document it has open (a few hundred bytes
    holding the user's name). `jixiao import 旧表\\*.docx` on Windows, where click expands the pattern, took it along
    while a form was open, and it was called a corrupt file to re-save in Word. Its name alone does not decide: a
    form someone named `~$旧表.docx` holds a Word or Excel file's signature and is read as any other. One that
    cannot be read is taken for an owner file too, as the program that made it may hold it open."""
    if not (path.name.startswith(_OWNER_FILE_START) and path.suffix.lower() in OFFICE_FILES):
        return False
    try:
        return not first_bytes(path).startswith((ZIP_SIGNATURE, OLE2_SIGNATURE))
    except OSError:
        return True


def _ole2_entry(data: bytes, name: str) -> bool:
    """Whether an OLE2 file's directory has a stream or storage named `name`.

    A directory entry is the name in UTF-16, zero-padded to 64 bytes, then its length in bytes
    with the terminating zero: matched whole, the name in a document's text is not taken for it."""
    encoded = name.encode("utf-16-le")
    return encoded + bytes(64 - len(encoded)) + (len(encoded) + 2).to_bytes(2, "little") in data


def is_encrypted(data: bytes) -> bool:
    """Whether an OLE2 file is a .docx or .xlsx with a password to open it: Word, Excel and WPS keep the
    encrypted package in an EncryptedPackage stream of the same container as a .doc.

    Told it was an old .doc to re-save as .docx, the user did, and had the same file again. Only the
    directory is looked at: a .doc keeps its text in UTF-16, and one that mentions the word is no
    encrypted file."""
    return _ole2_entry(data, "EncryptedPackage")


def is_old_excel(data: bytes) -> bool:
    """Whether an OLE2 file is an Excel 97-2003 workbook (.xls): a Workbook (or Excel 5's Book) stream
    and no WordDocument one (a .doc with an Excel table pasted in keeps a Workbook inside too)."""
    return not _ole2_entry(data, "WordDocument") and (_ole2_entry(data, "Workbook") or _ole2_entry(data, "Book"))


def is_workbook_zip(path: Path) -> bool:
    """Whether a zip file is an Excel workbook (.xlsx) whatever its name says."""
    return _zip_holds(path, "xl/workbook.xml")


def is_word_zip(path: Path) -> bool:
    """Whether a zip file is a Word document (.docx) whatever its name says: one renamed .yaml was told only that its
    name was no .docx, and the clerk, sure it was the form, did not think of renaming it back."""
    return _zip_holds(path, "word/document.xml")


def _zip_holds(path: Path, part: str) -> bool:
    """Whether `path` is a zip holding `part` (an Office file's main part); a damaged zip holds none."""
    try:
        with zipfile.ZipFile(path) as package:
            return part in package.namelist()
    except zip_damage.DAMAGE:
        return False


@dataclass(frozen=True)
class FileKind:
    """What an imported file is, as messages about it say: said of a sheet, "这份 Word 文件里（正文、表格）"
    sent the user looking for a Word file they never had."""

    file: str            # the file: 这份…里都没有找到
    table: str           # the form as it is printed in the file: 这份…与表样的格式差得多
    looked: str          # where import looked for a field
    outside_body: str    # where else it looked for a line the body lacks (a title in a page header)
    unmerge: str         # what its program calls undoing a merged cell, which leaves the text in the top cell only


WORD_FILE = FileKind("Word 文件", "Word 表", "正文、表格", "、页眉页脚、文本框", "拆分单元格")
WORKBOOK = FileKind("工作簿", "工作表", "工作表", "、页眉页脚", "取消合并")  # one sheet is read, with its page header and footer


def first_bytes(path: Path) -> bytes:
    """The file's first bytes: what it is, whatever its name says (.doc and .docx are often renamed)."""
    with path.open("rb") as handle:
        return handle.read(len(OLE2_SIGNATURE))


def folder_said(path: Path) -> str:
    """A folder named for import, and the way on: its files by a pattern (click expands it on Windows too). Said
    这是一个文件夹 alone, the clerk was told what was wrong but not what to write. The folder alone is quoted when
    it holds a space (`"旧 表"/*.docx`): unquoted, it was two words; quoted whole, bash leaves the pattern unexpanded.
    On Windows it is quoted whole (`"旧 表\\*.docx"`): PowerShell passes `"旧 表"\\*.docx` as two words, and click
    expands the pattern there itself."""
    pattern = quoted(f"{path}{os.sep}*.docx") if ON_WINDOWS else f"{quoted(path)}{os.sep}*.docx"
    return (f"这是一个文件夹，不是 Word 或 Excel 文件；请写出其中要导入的文件，如 jixiao import {pattern}"
            f"（其中所有的 Word 表；Excel 表写 *.xlsx）{cmd_notes([path])}")


def unreadable(path: Path) -> tuple[str, str]:
    """Why a path named for import is no file, with its code: not there (IMPORT-NOT-FOUND), or IMPORT-UNREADABLE, as
    `unread_reason` says it: a name the system refuses, too long (the file may well be there, under a shorter path,
    where Windows says 不存在), a link to nothing, a named pipe or a device (said 文件不存在 of a name that is there)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and refused_length(exc) is None and not path.is_symlink():
            return "IMPORT-NOT-FOUND", "文件不存在；请检查路径"
    return "IMPORT-UNREADABLE", f"无法读取文件：{unread_reason(path, 'Word 或 Excel 文件')}"
