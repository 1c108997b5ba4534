"""Tag braces typed full-width, as a Chinese input method types them: `｛｛ phone ｝｝`, `｛％ if ％｝`.

Jinja and docxtpl read only the half-width `{{ }}` and `{% %}`: a tag typed with the input method on is
text to them, printed as it stands (or, for a tag split in half, `{｛`, left to break another one), and
the field it was to print goes missing from every form without a word until the form is read back.
Both templates are scanned for such braces before they are compiled, and so are the templates they pull
in by a written name (`pulled_in`: a form.html's part, the shared base.html), whose slip is as much the
form's and is named in its own file.
"""
from __future__ import annotations

import re

_BRACES = re.compile(r"[{｛][{｛%％]|[}｝%％][}｝]")
_FULL_WIDTH = frozenset("｛｝％")


def slip(text: str) -> re.Match | None:
    """The first pair of tag braces in `text` written with a full-width character; None if there is none."""
    return next((found for found in _BRACES.finditer(text) if _FULL_WIDTH & set(found.group(0))), None)


def located(text: str) -> tuple[int, int, str] | None:
    """The line, column and `advice` of the first tag in a template's `text` typed with full-width braces."""
    for number, line in enumerate(text.splitlines(), 1):
        found = slip(line)
        if found:
            return number, found.start() + 1, advice(line, found)
    return None


def advice(text: str, found: re.Match) -> str:
    """What is wrong with the braces `found` in `text` and the tag as it should be typed."""
    closer = _CLOSER.search(text, found.end())
    tag = text[found.start():closer.end() if closer else found.end()].strip()
    return (f"“{tag}”的“{found.group(0)}”是全角的括号（中文输入法打出的），模板只认半角的“{{{{ }}}}”和“{{% %}}”："
            f"这样写的标签照原样印成文字，它要印的字段不会印出；请关掉中文输入法，改成“{tag.translate(_HALF_WIDTH)}”")


_CLOSER = re.compile(r"[}｝%％][}｝]")
_HALF_WIDTH = str.maketrans("｛｝％", "{}%")
