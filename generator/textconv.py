"""A Word file as plain text in reading order, so `git diff` can show what changed inside a .docx.

Used as git's textconv filter, as `jixiao init` sets it (`*.docx diff=docx` in .gitattributes, and
`diff.docx.textconv` running this Python's `-P -m generator textconv`: `unit_repo.TEXTCONV`). Paragraphs are lines; a table is one line per row with its cells separated by
tabs; a cell's own paragraphs are joined with ↵, and a line break inside a paragraph (a soft break, `w:br`, typed
with Shift+Enter) shows as ↵ too, where it split the paragraph, or a table's row, into lines of the diff that no
longer said where they were, or was lost. A cell spanning several columns is printed once, and
one merged with the cells below on each of their rows, so that every line of a diff says where it is
(`绩效指标 产出指标 数量指标 举办活动次数 ≥3次`) and moving an indicator to another 二级 changes one
line, not also the next row's, which took over the printed heading. The page headers' lines
come before the body, each marked 【页眉】, and the footers' after it, marked 【页脚】: a unit or a year
printed there is on every page, and its change must show in the diff too; a page number shows as the field it is
(`第 {页码} 页 共 {总页数} 页`), not as the number Word last stored. Tracked changes (修订) are shown as
import reads them, accepted: inserted text shown, deleted text and rows not (`docx_grid`), so the diff of a form
shows what importing it would read. A form with such changes says so on its first line (`TRACKED_NOTE`), as import
warns IMPORT-TRACKED: without it a reviewer saw a deleted row as gone while the sender might still reject the change.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterator

from . import zip_damage
from .errors import JixiaoError, os_reason, unread_reason

PARAGRAPH_BREAK = "↵"
MARKS = {"header": "【页眉】", "footer": "【页脚】"}
TRACKED_NOTE = "（这份 Word 文件有没有接受或拒绝的修订：以下按全部接受后的样子显示，删除的文字和行不显示，插入的显示）"


class NotAWordFile(JixiaoError):
    """A file that is there but cannot be read as a Word document; `why` is the reason without the
    path, which under git is a temporary file's."""

    def __init__(self, path: str | Path, why: str):
        super().__init__(f"{path}：{why}")
        self.why = why


def _blocks(element) -> Iterator[tuple[str, object]]:
    """('p', paragraph) and ('tbl', table) elements in document order, looking inside content controls."""
    from docx.oxml.ns import qn

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield "p", child
        elif child.tag == qn("w:tbl"):
            yield "tbl", child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)


def _paragraph_text(p, deleted: bool = False) -> str:
    """The paragraph's text as import reads it (docx_grid.paragraph_text: tracked changes as if accepted, inserted
    text read and deleted text not), each line break in it (`w:br`, `w:cr`) shown as ↵. python-docx's own reading
    left out text inside w:ins, so a diff of a form with tracked changes lacked what import read into the spec."""
    from .docx_grid import paragraph_text

    return paragraph_text(p, deleted).replace("\n", PARAGRAPH_BREAK)


def _paragraph_texts(container, deleted: bool = False) -> Iterator[tuple[str, object]]:
    """('p', text) for each paragraph and ('tbl', table) for each table in the container, in order; a paragraph whose
    mark a tracked change deleted runs on into the next, as in Word once the change is accepted (and in import)."""
    from .docx_grid import mark_deleted

    text = None
    for kind, element in _blocks(container):
        if kind == "p":
            text = (text or "") + _paragraph_text(element, deleted)
            if mark_deleted(element) and not deleted:
                continue
            yield "p", text
        else:
            if text is not None:  # a deleted mark before a table joins nothing
                yield "p", text
            yield "tbl", element
        text = None
    if text is not None:
        yield "p", text


def _cell_text(tc, deleted: bool = False) -> str:
    """The cell's paragraphs joined with ↵ (`deleted`: its text as a merged cell from a deleted row keeps it)."""
    parts = []
    for kind, item in _paragraph_texts(tc, deleted):
        if kind == "p":
            parts.append(item)
        else:
            parts += [" / ".join(filter(None, row.split("\t"))) for row in _table_lines(item)]
    return PARAGRAPH_BREAK.join(part for part in parts if part.strip())


def _table_lines(tbl) -> list[str]:
    """One line per row; a cell merged with the one above repeats its text, so each line says where it
    is (an indicator's row names its 一级 and 二级) and a row moved, added or deleted is one line of `git diff`.
    So does an empty cell joined to the one above without a rule between them: a side label is cut so
    below a repeated header row (see docx_rows.cut_merges_at_header), and prints as one merged cell. A cell's grid
    column is read as import reads it (`row_cells`): python-docx's raised ValueError on a w:gridSpan that is no number."""
    from .docx_grid import deleted_row, row_cells

    merged: dict[int, str] = {}  # grid column -> text of the vertically merged cell that starts there
    open_below: dict[int, str] = {}  # grid column -> text of the cell above, drawn without its bottom rule
    lines = []
    for tr in tbl.tr_lst:
        # A row a tracked change deleted is no line, as import reads none (docx_grid.read_table); a cell merged down
        # from it goes on in the rows under it, with its text.
        deleted = deleted_row(tr)
        cells = []
        for column, _, tc in row_cells(tr):
            if tc.vMerge == "continue":
                cells.append(merged.get(column, ""))
            else:
                text = _cell_text(tc, deleted and tc.vMerge is not None)
                cells.append(text or (open_below.get(column, "") if not _ruled(tc, "top") else ""))
                if tc.vMerge == "restart":
                    merged[column] = cells[-1]
            if deleted:
                continue
            if _ruled(tc, "bottom"):
                open_below.pop(column, None)
            else:
                open_below[column] = cells[-1]
        if not deleted:
            lines.append("\t".join(cells))
    return lines


def _ruled(tc, side: str) -> bool:
    """Whether the cell's own borders leave this side's rule as the table draws it (not `nil` or `none`)."""
    from docx.oxml.ns import qn

    rule = tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:' + side)}")
    return rule is None or rule.get(qn("w:val")) not in ("nil", "none")


def _lines(container) -> list[str]:
    """A body's, header's or footer's text: paragraphs (blank ones left out) and table rows, in order."""
    lines = []
    for kind, item in _paragraph_texts(container):
        if kind == "p":
            if item.strip():
                lines.append(item)
        else:
            lines += _table_lines(item)
    return lines


def _marked(document, kind: str) -> list[str]:
    """Each distinct non-blank line of the shown headers (or footers) once, marked: sections often
    repeat one header, which is one thing on the page to review, not one per section."""
    from .docx_grid import shown_parts

    lines = (line for element in shown_parts(document, kind) for line in _lines(element) if line.strip())
    return [MARKS[kind] + line for line in dict.fromkeys(lines)]


def docx_text(path: str | Path) -> str:
    """The document's text: its page headers' lines, its body's paragraphs (blank ones left out) and
    table rows in order, then its footers' lines."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    if not Path(path).is_file():  # nothing opened: a named pipe would wait for a writer
        raise JixiaoError(f"{path}：{_no_file(Path(path))}")
    try:
        with open(path, "rb"):  # python-docx calls a file it may not read no package: said as 已损坏, not 没有权限
            pass
    except OSError as exc:
        raise NotAWordFile(path, f"无法读取文件：{os_reason(exc, reading=True)}") from None
    from .docx_grid import document_body

    try:
        document = docx.Document(str(path))
        body = document_body(document)  # a main part of another root or with no body, which python-docx opens
    except (PackageNotFoundError, KeyError, etree.XMLSyntaxError, *zip_damage.DAMAGE):
        raise NotAWordFile(path, "不是 Word 文档（.docx），或文件已损坏") from None
    _name_page_fields(document)
    lines = _marked(document, "header") + _lines(body) + _marked(document, "footer")
    return "\n".join(([TRACKED_NOTE] if has_tracked_changes(document) else []) + lines) + "\n"


def _no_file(path: Path) -> str:
    """Why a path given to textconv is no file to read: a folder, nothing, or what `unread_reason` says (a named pipe, a
    link to nothing), which was said 文件不存在 of a name that is there."""
    if path.is_dir():
        return "这是一个文件夹，不是 Word 文件"
    return unread_reason(path, "Word 文件") if os.path.lexists(path) else "文件不存在；请检查路径"


def _name_page_fields(document) -> None:
    """Page numbers as what they are, `第 {页码} 页 共 {总页数} 页` (`docx_fields.name_page_fields`): the number
    stored in the file is only the one Word last showed, and read as typed it told a reviewer that every page said
    `第 1 页 共 1 页`, and changed in the diff whenever Word laid the form out anew."""
    from .docx_fields import name_page_fields
    from .docx_grid import shown_parts

    for part in [document.element.body] + shown_parts(document, "header") + shown_parts(document, "footer"):
        name_page_fields(part)


def has_tracked_changes(document) -> bool:
    """Whether the body or a page header or footer shown has tracked changes to its text, all of which are shown
    accepted: the diff must say so, as the sender may mean some of them to be rejected. Import warns IMPORT-TRACKED
    by the same test, as it reads the headers and footers too (a year inserted into the title there)."""
    from .docx_grid import shown_parts, tracked

    parts = [document.element.body] + shown_parts(document, "header") + shown_parts(document, "footer")
    return any(tracked(part) for part in parts)


def git_text(path: str | Path) -> str:
    """What git shows for a Word file: its text, or one line saying why it could not be read.

    git runs the textconv filter on each version of each .docx that a diff or log shows, and stops the
    whole command (`fatal: unable to read files to diff`) when the filter exits non-zero: one committed
    file that is no real Word document (an old .doc renamed) ended `git log -p` there. So whatever goes
    wrong reading the file is said as its text, and the filter still succeeds. The line ends with the file's size
    and the head of its SHA-256: said alike for two versions, an edit of such a file showed as no change at all.
    A file that cannot be read at all (no permission) has no size and hash said, and the filter still succeeds.
    """
    try:
        return docx_text(path)
    except NotAWordFile as problem:
        why = problem.why
    except JixiaoError:
        raise  # no such file: a path typed by hand, as git always gives one that is there
    except Exception as exc:  # noqa: BLE001 - any failure would stop git's diff, not just this file's
        why = f"读取时出错（{type(exc).__name__}: {exc}）"
    return f"（jixiao textconv 无法读出这个 Word 文件的文字：{why}{_fingerprint(Path(path))}）\n"


def _fingerprint(path: Path) -> str:
    """`；12345 字节，SHA-256 1a2b3c4d5e6f`: enough to tell two versions of a file apart in a diff; nothing for a
    file that cannot be read, whose reason the line already says."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
        size = path.stat().st_size
    except OSError:
        return ""
    return f"；{size} 字节，SHA-256 {digest.hexdigest()[:12]}"
