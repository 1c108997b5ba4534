"""What a variant's missing form.html was saved as, named beside it.

A variant author writes form.html in Notepad or another text editor. Notepad, with Windows hiding extensions,
saves "form.html" typed into its 另存为 box as form.html.txt when 保存类型 is left at 文本文档; other editors
keep a doubled or shortened extension (form.html.html, form.htm) or another letter case (Form.html). The form
was told only that jixiao could not find the template "form.html" it referred to, as if another template
had named a missing one, though the file was there and a rename was all it took.
"""
from __future__ import annotations

from pathlib import Path

_HIDDEN = (".txt", ".html", ".htm")  # what an editor adds behind hidden extensions


def beside(missing: Path) -> str:
    """What in the folder of a missing form.html looks like it saved under another name, and the rename; "" when
    nothing does."""
    try:
        others = sorted(other for other in missing.parent.iterdir() if other.is_file())
    except OSError:  # no folder, or one that cannot be listed: the missing file is all there is to say
        return ""
    wanted = missing.name.lower()
    for other in others:
        name = other.name.lower()
        if name == wanted:
            return f"；同一文件夹里有 {other.name}：文件名区分大小写，请改名为 {missing.name}"
        if name in (wanted + extra for extra in _HIDDEN):
            return (f"；同一文件夹里有 {other.name}：多了一个扩展名“{other.name[len(missing.name):]}”（Windows 隐藏扩展名时，"
                    f"看到的 {missing.name} 其实是它；记事本另存时保存类型要选“所有文件”），请改名为 {missing.name}")
        if name == Path(wanted).stem + ".htm":
            return f"；同一文件夹里有 {other.name}：jixiao 只读 {missing.name}，请改名为 {missing.name}"
    return ""
