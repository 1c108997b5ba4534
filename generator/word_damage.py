"""Whether a form's Word template (form.docx) is one build can use at all: read here the same way by build, as it
prepares the template (render_docx), and by serve, whose HTML preview never reads it.

A form.docx saved half-way, copied from a mail as a text file, or with a damaged entry left every HTML page as it
was, and serve said the form was fine; `jixiao build` then stopped on it. Serve opened the package only, so a
template build refuses past that (a styles part outside the package, a main part with no body, a header or footer
reference naming no part: `readable`) was fine in serve too. Its tags are checked when it is rendered. The check
takes some 10 to 30 ms a form (the five shipped forms, a loaded two-core machine; reading past the opening is some
1 ms of it), so serve runs it on each form.docx at the start and when one changes, not at every poll nor request.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

from lxml.etree import XMLSyntaxError

from . import docx_references, form_script, zip_damage
from .docx_grid import document_body

_DAMAGE = (zipfile.BadZipFile, XMLSyntaxError, KeyError)
"""What opening a damaged package raises within zip_damage.as_bad_zip (which turns zipfile's and zlib's own errors
into BadZipFile): KeyError is a part the package lacks, XMLSyntaxError a part that is no XML."""


def readable(document):
    """The styles element of a python-docx `document` opened from a form.docx (render_docx reads its paragraph
    layouts there); zipfile.BadZipFile where the file is damaged past what python-docx checks as it opens one: its
    styles part outside the package (an External target, a ValueError when read), its main part with no body or of
    another root (`document_body`), a header or footer reference naming no part (docx_references.ReferenceBroken,
    which says which)."""
    with zip_damage.as_bad_zip():
        styles = document.styles.element
        document_body(document)
        docx_references.check(document)
    return styles


def damage(template: Path, shown: Callable[[Path], str] = str) -> str | None:
    """Why `template` is no Word file build can use, in the terminal's words (what to do included; `shown` names a
    file as the terminal does), or None: opened and read as build reads it (`readable`), so that what build refuses
    is said here, a broken reference in the words build says it in.
    A file that cannot be read now (gone meanwhile, locked) is None: the next change is looked at again."""
    from docx import Document

    try:
        data = template.read_bytes()
    except OSError:
        return None
    try:
        with zip_damage.as_bad_zip():
            document = Document(io.BytesIO(data))
        readable(document)
    except _DAMAGE as exc:
        script = template.parent / form_script.MAKE_SCRIPT
        again = f"，或重新写出它：{form_script.run(Path(shown(script)))}" if script.is_file() else ""
        consequence = f"HTML 预览照常，但 jixiao build 生成不了表样“{template.parent.name}”的 Word 文件和 PDF"
        if isinstance(exc, docx_references.ReferenceBroken):
            return (f"{shown(template)}: Word 模板已损坏（{docx_references.CAUSE}）：{exc.what}，{exc.harm}。{consequence}；"
                    f"{exc.todo}{again}")
        return (f"{shown(template)}: Word 模板已损坏，打不开（不是有效的 .docx 文件）。{consequence}；"
                f"请从备份里取回，或用 Word 或 LibreOffice 打开它另存为 .docx{again}")
    return None
