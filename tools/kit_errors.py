"""The mistakes docx_kit finds in a form's make_form_docx.py, said as one Chinese line at the script's own line.

A form's author editing make_form_docx.py got the kit's Chinese message only at the foot of a traceback through
the kit's code, which is not theirs to read. A `KitError` is printed by `install`'s excepthook as
`script.py:line:column: 错误：…`, at the innermost line of the author's code (the call into the kit); Python's own
errors in the script (a NameError) are slips of Python, and keep Python's traceback.
"""
from __future__ import annotations

import difflib
import linecache
import os
import sys
import traceback


_ANOTHER_WORD = {"middle": "center", "centered": "center", "justified": "justify"}
"""What an author may write for a choice the kit spells otherwise (CSS's `vertical-align: middle`), too unlike it
for a spelling's guess."""


class KitError(ValueError):
    """A mistake in a make_form_docx.py that the kit found; the message says it in Chinese, and what to write."""


def install(kit_file: str) -> None:
    """Print a KitError raised through `kit_file` (the kit) or this module at the script's call, leaving every
    other exception to the excepthook there was."""
    sys.excepthook = _said_at_the_call(sys.excepthook, {os.path.realpath(kit_file), os.path.realpath(__file__)})


def _said_at_the_call(previous, kit: set[str]):
    def hook(kind, error, trace):
        if not isinstance(error, KitError):
            return previous(kind, error, trace)
        theirs = [frame for frame in traceback.extract_tb(trace)
                  if not frame.filename.startswith("<") and os.path.realpath(frame.filename) not in kit]
        print(f"{place(theirs[-1]) if theirs else ''}错误：{error}", file=sys.stderr)

    return hook


def place(frame: traceback.FrameSummary) -> str:
    """`file:line:column: ` of a call, the file relative to the current folder when it is inside it (else as
    Python gave it: on Windows a script on another drive has no relative path, and relpath raises) and the
    column counted in characters (Python counts it in UTF-8 bytes)."""
    try:
        path = os.path.relpath(frame.filename)
    except ValueError:  # another drive
        path = frame.filename
    path = frame.filename if path.startswith("..") else path
    text = linecache.getline(frame.filename, frame.lineno).encode("utf-8")
    column = len(text[:frame.colno].decode("utf-8", "replace")) + 1 if frame.colno is not None else 1
    return f"{path}:{frame.lineno}:{column}: "


def choice(value, choices, what: str):
    """`value` if it is one of `choices` (a dict's keys or a tuple), else a KitError naming them and the one
    most likely meant (`"centre"`: `"center"`)."""
    if not isinstance(value, str) or value not in choices:
        allowed = "、".join(f'"{choice}"' for choice in choices)
        said = str(value).lower()
        close = [_ANOTHER_WORD[said]] if _ANOTHER_WORD.get(said) in choices else \
            difflib.get_close_matches(said, list(choices), n=1)
        guess = f"；是否想写 \"{close[0]}\"？" if close else ""
        shown = f'"{value}"' if isinstance(value, str) else repr(value)
        raise KitError(f"{what} 写的是 {shown}，只能写 {allowed} 之一{guess}")
    return choices[value] if isinstance(choices, dict) else value
