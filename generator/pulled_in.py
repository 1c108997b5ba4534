"""The templates a form's template pulls in by a written name: `{% include %}`, `{% import %}`, `{% from %}`,
`{% extends %}` (a form.html's part, a macro file, the shared base.html).

A slip typed in one of them is printed on every form as surely as one in the form's own template, so the
checks that read a template's text (full-width braces, a stray `}` after a tag) read these as well, each
in its own file: this is the one place that says which files those are.

The HTML tag check (html_tags) reads them too.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from jinja2 import TemplateError, meta

_PULLS = re.compile(r"\{%[-+]?\s*(?:include|import|from|extends)\b")


def templates(env, source: str, seen: set[str] | None = None, missed: list[str] | None = None,
              computed: list[str] | None = None) -> Iterator[tuple[Path, str]]:
    """(file, text) of each template `source` pulls in by a written name, and of the ones those pull in, each
    once, in the order written. One that cannot be read or parsed is not followed further: its render says why.
    The names found nowhere go to `missed`, if given: serve watches where they would be, for the file saved later.
    Where a template pulls one in by a computed name (`{% include k ~ ".html" %}`), which names no file until the
    form is rendered, that template's name ("" for `source`) goes to `computed`, if given (see form_inputs)."""
    yield from _pulled(env, source, "", set() if seen is None else seen, missed, computed)


def _pulled(env, source: str, holder: str, seen: set[str], missed: list[str] | None,
            computed: list[str] | None) -> Iterator[tuple[Path, str]]:
    """`templates` for `source`, the text of the template named `holder`."""
    if not _PULLS.search(source):  # most templates pull in nothing: not parsed twice
        return
    try:
        referenced = list(meta.find_referenced_templates(env.parse(source)))
    except TemplateError:
        return
    names = [name for name in referenced if isinstance(name, str)]
    if computed is not None and len(names) < len(referenced):
        computed.append(holder)
    for name in names:
        if name in seen:
            continue
        seen.add(name)
        try:
            text, file, _ = env.loader.get_source(env, name)
        except (TemplateError, OSError):
            if missed is not None:
                missed.append(name)
            continue
        yield Path(file), text
        yield from _pulled(env, text, name, seen, missed, computed)
