"""What a variant's form.docx that jixiao cannot read was saved as, and what to do in Word.

A variant author edits form.docx in Word or WPS and saves it. Saved as 「Word 97-2003 文档」 it becomes a
form.doc beside no form.docx, or a .doc still named form.docx (renamed back by hand, or saved over the name with the
type changed); Windows, hiding extensions, lets a form.docx be saved as form.docx.docx. Each was told only that the
file did not exist or was no valid .docx, though the file was there to be named, and what Word must do differs: a
.doc is re-saved as a .docx (renaming it is no fix), a doubled extension is a rename.
"""
from __future__ import annotations

from pathlib import Path

from .command_paths import OLE2_SIGNATURE

_RTF_SIGNATURE = b"{\\rtf"
_OTHER_SAVES = {".doc": "Word 97-2003 格式", ".wps": "WPS 文字格式", ".rtf": "RTF 格式", ".odt": "LibreOffice（ODF）格式",
                ".docm": "启用宏的 Word 格式", ".dotx": "Word 模板格式", ".dot": "Word 97-2003 模板格式"}


def content_said(file: Path) -> str:
    """What the bytes of `file`, named .docx but no zip archive, are, and how to make it one; "" when unknown."""
    try:
        with open(file, "rb") as opened:
            head = opened.read(len(OLE2_SIGNATURE))
    except OSError:
        return ""
    if head == OLE2_SIGNATURE:
        return ("：它是 Word 97-2003 格式（.doc）或 WPS 格式的文件（也可能是设了打开密码的 .docx），只是文件名是 .docx；"
                f"{_resave(file.name)}；设了密码的，先在“文件 › 信息 › 保护文档”里删去密码再保存")
    if head.startswith(_RTF_SIGNATURE):
        return f"：它是 RTF 格式的文件，只是文件名是 .docx；{_resave(file.name)}"
    return ""


def beside(missing: Path) -> str:
    """What in the folder of a missing .docx looks like it saved otherwise: a .doc, a doubled extension, another
    letter case; "" when nothing does."""
    if missing.suffix != ".docx" or not missing.parent.is_dir():
        return ""
    stem = missing.stem.lower()
    for other in sorted(missing.parent.iterdir()):
        name = other.name.lower()
        if not other.is_file() or other.name == missing.name:
            continue
        if name == missing.name.lower():
            return f"；同一文件夹里有 {other.name}：文件名区分大小写，请改名为 {missing.name}"
        if name.startswith(missing.name.lower() + "."):
            return (f"；同一文件夹里有 {other.name}：多了一个扩展名（Windows 隐藏扩展名时，看到的 {missing.name} 其实是它），"
                    f"请改名为 {missing.name}")
        if Path(name).stem == stem and Path(name).suffix in _OTHER_SAVES:
            return (f"；同一文件夹里有 {other.name}：它是 {_OTHER_SAVES[Path(name).suffix]}，jixiao 只读 {missing.name}；"
                    + _resave(missing.name, f" {other.name}"))
    return ""


def _resave(name: str, opened: str = "它") -> str:
    return f"请在 Word 里打开{opened}，“另存为”，保存类型选“Word 文档（*.docx）”，文件名 {name}（只改扩展名不行）"
