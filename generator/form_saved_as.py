"""What a variant's form.docx or form.html that jixiao cannot read was saved as, and what to do about it.

A variant author edits form.docx in Word or WPS and saves it. Saved as 「Word 97-2003 文档」 it becomes a
form.doc beside no form.docx, or a .doc still named form.docx (renamed back by hand, or saved over the name with the
type changed); Windows, hiding extensions, lets a form.docx be saved as form.docx.docx. Each was told only that the
file did not exist or was no valid .docx, though the file was there to be named, and what Word must do differs: a
.doc is re-saved as a .docx (renaming it is no fix), a doubled extension is a rename, unless the extension Windows
hid is a .doc's (`form.docx.doc`, saved as 97-2003 under the name typed whole), which is re-saved too. A .docx with a
password to open it is kept in the same container as a .doc (import_file_kinds.is_encrypted): re-saved as it is, it
keeps its password, so the password is what is said. A form.docx of no bytes, a save or copy cut off, cannot be
opened in Word to be re-saved at all.

form.html is written in Notepad or another text editor. Notepad, with Windows hiding extensions, saves "form.html"
typed into its 另存为 box as form.html.txt when 保存类型 is left at 文本文档; other editors keep a doubled or
shortened extension (form.html.html, form.htm). Its form was told only that jixiao could not find the template
"form.html" it referred to, though a rename was all it took. Both files are looked for beside by one walk
(`beside`), keyed by the missing file's extension, so another letter case or an added extension is said alike.
"""
from __future__ import annotations

from pathlib import Path

from .command_paths import OLE2_SIGNATURE
from .import_file_kinds import is_encrypted

_RTF_SIGNATURE = b"{\\rtf"
_OTHER_SAVES = {".doc": "Word 97-2003 格式", ".wps": "WPS 文字格式", ".rtf": "RTF 格式", ".odt": "LibreOffice（ODF）格式",
                ".docm": "启用宏的 Word 格式", ".dotx": "Word 模板格式", ".dot": "Word 97-2003 模板格式"}


def content_said(file: Path, instead: str = "") -> str:
    """What the bytes of `file`, named .docx but no zip archive, are, and how to make it one; "" when unknown.
    `instead`: how to write the file afresh (its folder's script), said of a file of no bytes."""
    try:
        data = file.read_bytes()
    except OSError:
        return ""
    if not data:
        return ("：文件是空的（0 字节），多半是保存或复制到一半断了，Word 也打不开它"
                + (instead or "；请从备份里取回，或从别的表样复制一份 form.docx 来改"))
    head = data[:len(OLE2_SIGNATURE)]
    if head == OLE2_SIGNATURE and is_encrypted(data):
        return ("：它设了打开密码（已加密），jixiao 读不了；请在 Word 或 WPS 里用密码打开它，去掉打开密码"
                "（Word：文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后保存")
    if head == OLE2_SIGNATURE:
        return f"：它是 Word 97-2003 格式（.doc）或 WPS 格式的文件，只是文件名是 .docx；{_resave(file.name)}"
    if head.startswith(_RTF_SIGNATURE):
        return f"：它是 RTF 格式的文件，只是文件名是 .docx；{_resave(file.name)}"
    return ""


# By the missing file's extension: the extensions an editor adds behind its name while Windows hides them, the
# shorter one another editor saves it under (each fixed by a rename), and the formats it may be saved in instead,
# which must be re-saved.
_ADDED = {".docx": (".docx",), ".html": (".txt", ".html", ".htm")}
_RENAMED = {".html": (".htm",)}
_RESAVED = {".docx": _OTHER_SAVES}


def beside(missing: Path) -> str:
    """What in the folder of a missing form.docx or form.html looks like it saved otherwise: another letter case,
    an added extension, another format; "" when nothing does, or for a file of another kind."""
    if missing.suffix not in _ADDED or not missing.parent.is_dir():
        return ""
    wanted, stem = missing.name.lower(), missing.stem.lower()
    try:
        others = sorted(missing.parent.iterdir())
    except OSError:  # a folder that cannot be listed: its missing file is all there is to say
        return ""
    for other in others:
        name, suffix = other.name.lower(), Path(other.name.lower()).suffix
        if not other.is_file() or other.name == missing.name:
            continue
        if name == wanted:
            return f"；同一文件夹里有 {other.name}：文件名区分大小写，请改名为 {missing.name}"
        if name in (wanted + added for added in _ADDED[missing.suffix]):
            return _added(other.name, missing.name)
        if name in (stem + short for short in _RENAMED.get(missing.suffix, ())):
            return f"；同一文件夹里有 {other.name}：jixiao 只读 {missing.name}，请改名为 {missing.name}"
        saves = _RESAVED.get(missing.suffix, {})
        if Path(name).stem in (stem, wanted) and suffix in saves:
            return (f"；同一文件夹里有 {other.name}：它是 {saves[suffix]}，jixiao 只读 {missing.name}；"
                    + _resave(missing.name, f" {other.name}"))
    return ""


def _added(saved: str, name: str) -> str:
    """The rename of a file saved with an extension added behind its name; Notepad's `.txt` is kept off by the save
    type, said so that the next save is right too."""
    added = saved[len(name):]
    notepad = "；记事本另存时保存类型要选“所有文件”" if added.lower() == ".txt" else ""
    return (f"；同一文件夹里有 {saved}：多了一个扩展名“{added}”（Windows 隐藏扩展名时，看到的 {name} 其实是它{notepad}），"
            f"请改名为 {name}")


def _resave(name: str, opened: str = "它") -> str:
    """How to make a .docx of a file saved otherwise, in Word or in WPS, whose save types are named apart."""
    return (f"请在 Word 或 WPS 里打开{opened}，“另存为”，保存类型选“Word 文档（*.docx）”（WPS 里是“Microsoft Word 文件（*.docx）”），"
            f"文件名 {name}（只改扩展名不行）")
