"""Word fields (a page number, a date) in a header, footer or body: what each one is, as the file stores it.

Word saves a field either as a simple field (`w:fldSimple`, its instruction in `w:instr`, its last shown result
inside it) or, as Word itself writes it, as a complex field: runs marked by `w:fldChar` begin, the instruction in
`w:instrText`, separate, the result runs, end. A reader that looked for one kind only saw none in a template that
used the other (and printed its page numbers twice), and a reader of the text saw a page number's stored result
(`1`) as if it were typed (every page of the form said `第 1 页`).

`name_page_fields` writes a page-number field as its name (`{页码}`, `{总页数}`), not its stored result, for
textconv to show.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

PAGE_FIELD_NAMES = {"PAGE": "页码", "NUMPAGES": "总页数", "SECTIONPAGES": "本节页数"}
"""The fields whose result is a page count or number, each differing from one page or printing to the next, with
the name a reader is shown instead of a stored result."""

_KEYWORD = re.compile(r"\s*([A-Za-z]+)")


@dataclass
class Field:
    """One field: its instruction (` PAGE \\* MERGEFORMAT `), the `w:t` elements of its stored result, and the
    element after which its result is shown (the simple field itself, or the run ending the complex one)."""
    instruction: str
    result: list
    end: object

    @property
    def keyword(self) -> str:
        """The field's kind in capitals (`PAGE`), as Word reads it whatever its case; empty when there is none."""
        found = _KEYWORD.match(self.instruction)
        return found.group(1).upper() if found else ""


def fields(root) -> list[Field]:
    """The outermost fields under `root` in document order (a field nested in another's instruction or result
    is part of that one)."""
    found = [Field(simple.get(qn("w:instr"), ""), list(simple.iter(qn("w:t"))), simple)
             for simple in root.iter(qn("w:fldSimple"))
             if not any(up.tag == qn("w:fldSimple") for up in simple.iterancestors())]
    return found + list(_complex_fields(root))


def _complex_fields(root):
    depth, instruction, result, in_result = 0, [], [], False
    for run in root.iter(qn("w:r")):
        mark = run.find(qn("w:fldChar"))
        kind = mark.get(qn("w:fldCharType")) if mark is not None else None
        if kind == "begin":
            if depth == 0:
                instruction, result, in_result = [], [], False
            depth += 1
        elif kind == "end" and depth:
            depth -= 1
            if depth == 0:
                yield Field("".join(instruction), result, run)
        elif kind == "separate" and depth == 1:
            in_result = True
        elif depth:
            if in_result:
                result += run.findall(qn("w:t"))
            elif depth == 1:
                instruction += [text.text or "" for text in run.findall(qn("w:instrText"))]


def prints_page_number(root) -> bool:
    """Whether a field under `root` prints the page's number (PAGE), of either kind."""
    return any(field.keyword == "PAGE" for field in fields(root))


def name_page_fields(root) -> None:
    """Show each page-number field under `root` by its name (`{页码}`) instead of its stored result, which was only
    the number of the page Word last laid out; other fields keep their results. Changes `root` in place: for a
    document read, never saved."""
    for field in fields(root):
        name = PAGE_FIELD_NAMES.get(field.keyword)
        if name is None:
            continue
        for text in field.result:
            text.text = ""
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = "{" + name + "}"
        run.append(text)
        field.end.addnext(run)
