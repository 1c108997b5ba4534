"""The regex a template paragraph's or cell's lines are matched with: each field a named group of the regex its
kind asks for (`Binding.regex`), the words around them as typed or in the ways clerks retype them (a number mark
of their own, a colon typed as a space). Kept apart from the walk (docx_match), which only asks whether a text
fits; xlsx_form_text and import_data build the same regexes for text read outside the walk."""
from __future__ import annotations

from .docx_match_types import spec_path
from .docx_pattern import NUMBERING, Choice, Expr, fold, literal_pieces, literal_regex, norm


# The regex of a field that may hold any text: as little of its line as lets the rest of the line fit.
ANY = r"[^\n]*?"


def _numbering_mark(segments: list, i: int) -> bool:
    """Whether segments[i] is `{{ loop.index }}` printed as a number mark (followed by `.`, `、` or `)`)."""
    s = segments[i]
    following = segments[i + 1] if i + 1 < len(segments) else None
    return (isinstance(s, Expr) and s.path == ("loop", "index") and isinstance(following, str)
            and fold(following).lstrip()[:1] in (".", "、", ")"))


# Where a label's colon was typed as a space (`填表人 张三`) or left out before digits (`联系电话8866810`), or
# the label stands alone with nothing filled in. Left out before other words (`填表人签字：`), it is not the label.
LABEL_END = r"(?::\s*|(?<=\s)|(?=[0-9]|$))"


def _labels_field(segments: list, i: int) -> bool:
    """Whether segments[i] is words ending in a colon, right before a field (`填表人：{{ filled_by }}`)."""
    s = segments[i]
    following = segments[i + 1] if i + 1 < len(segments) else None
    text = fold(s).rstrip() if isinstance(s, str) else ""
    return text.endswith(":") and bool(norm(text[:-1])) and isinstance(following, Expr) and bool(following.path)


LINE_END = object()
"""Between the segments of two lines of a cell (`lines_regex`): a line break or nothing (`\\n?`)."""


def lines_regex(lines: list[list], scope: dict, slots: dict, field_regex) -> str:
    """The regex of a cell's lines (each a list of segments), the text's lines each on its own or run together."""
    return segments_regex([part for i, line in enumerate(lines) for part in [*([LINE_END] if i else []), *line]],
                          scope, slots, field_regex)


def segments_regex(segments: list, scope: dict, slots: dict, field_regex) -> str:
    """The regex of a line's segments; each field becomes a named group (recorded in `slots`) of field_regex(path).

    Where the template numbers items itself (`{{ loop.index }}.{{ target }}`), the number is
    the form's, not part of the item, and people number in their own style (`1、`, `（1）`): any of
    the usual marks is taken as that number, so the item reads the same as it was built from. No
    mark at all is taken too: a list Word numbers itself shows the number, but its text lacks it.
    A label's colon before a field is read as LABEL_END says: people type a space for it, or forget it.

    A text field before another, right after it (`{{ unit_code }}{{ unit }}`), with static text between them
    (`{{ a }} {{ b }}`, `{{ a }}、{{ b }}`) or at the end of the line before it (`lines_regex`), both read as any text,
    ends where `text_before_text` says: where the lazy group would end whenever the line fits. Left to try every
    split, a long paragraph the line does not fit (a report pasted above the form) was tried at every pair of lengths
    for the two: an import of a form with 4,000 such characters took 5.1 s of CPU, with 8,000 13.4 s (bench/README.md).
    """
    out = []
    # The text field just put out: its name, its place in `out`, and the static text and LINE_ENDs after it.
    last_any: tuple[str, int, list] | None = None
    segments = list(segments)
    for i, s in enumerate(segments):
        after_any, last_any = last_any, None
        if i and _numbering_mark(segments, i - 1):
            s = fold(s).lstrip()[1:]  # its mark is part of NUMBERING
        if _numbering_mark(segments, i):
            out.append(f"(?:{NUMBERING})?")
        elif isinstance(s, str) and _labels_field(segments, i):
            out.append(literal_regex(fold(s).rstrip()[:-1]) + LABEL_END)
        elif isinstance(s, str) or s is LINE_END:
            out.append(r"\n?" if s is LINE_END else literal_regex(s))
            if after_any:
                last_any = (*after_any[:2], [*after_any[2], s])
        elif isinstance(s, Choice):
            out.append("(?:" + "|".join(segments_regex(o, scope, slots, field_regex) for o in s.options) + ")")
        elif isinstance(s, Expr) and s.path and s.path[0] != "loop":
            name = f"g{len(slots)}"
            slots[name] = spec_path(s.path, scope)
            regex = field_regex(slots[name])
            if regex == ANY and after_any:
                before, at, between = after_any
                out[at] = f"(?P<{before}>{text_before_text(between)})"
            out.append(f"(?P<{name}>{regex})")
            last_any = (name, len(out) - 1, []) if regex == ANY else None
        else:
            out.append(r"[0-9]*" if isinstance(s, Expr) and s.path[:1] == ("loop",) else ANY)
    return "".join(out)


def text_before_text(between: list) -> str:
    """The regex of a text field followed by `between` (static text, LINE_ENDs, or nothing) and another text field:
    the places the lazy ANY would end at wherever the line fits, and no others.

    The second field takes any text up to a line end, so where the rest fits after the first place `between` is
    found, it fits from there too: any later place on the line is tried for nothing. The first field therefore ends
    at the first place (atomically), or, failing that, at a place where `between` runs across a line end (the second
    field then starts on a later line): `{{ a }} {{ b }}` reads 张三⏎李四 so. With nothing between, only the first
    place is left, and the first field reads as empty; with only a LINE_END, that or the end of its line. A LINE_END
    beside static text adds nothing to it: the text's regex takes any whitespace at either end.

    The text's regex has a run of whitespace before each of its characters, none of which is whitespace, so at a
    place it matches in one way only, up to the whitespace after it: it crosses a line end where it matches but not
    with line ends left out of those runs, or matches so and is followed by whitespace holding one. Said so, the
    regex grows with the text; one alternative for each gap a line end could be in, each as long as the text, made
    it grow with the square (a 1,000 character paragraph between two fields: a regex of 4 million characters).
    """
    if not between:
        return ""
    static = [part for part in between if part is not LINE_END]
    if not static:
        return r"|[^\n]*?(?=\n)"
    words = "".join(static)
    pieces, found = literal_pieces(words), literal_regex(words)
    on_one_line = "".join(rf"[^\S\n]*{p}" for p in pieces)
    crossing = rf"(?={on_one_line}[^\S\n]*\n)"
    if pieces:  # with none, the text is whitespace, on one line up to the line end it is followed by
        crossing = rf"(?:(?={found})(?!{on_one_line})|{crossing})"
    return rf"(?>(?:(?!{found})[^\n])*)|[^\n]*?{crossing}"
