"""What a form's schema says of its own form must name this form, not the one it was copied from.

A new form starts as a copy of another's schema, and the form's name is written in more places than
`form`'s `const`: the skeleton snippet the editor inserts into an empty file (`form: …`), the values
completion offers (`enum`, `default`, `examples`), and the words a clerk reads (the editor's message for
a wrong `form`, its hover text, which `jixiao new` also writes above `form:` in every new spec). Left
naming the original, the snippet gave a spec of the original form, which passed and was built as that
form, and the words told the clerk to write the original's name: the wrong form, silently submitted.
Only the names of the forms there are count as a form named, so a schema's other words are left alone.
The top-level `title`, which only the editor shows, is compared with the forms' Chinese names instead, and warned of;
so is a `description` (the hover text, and the comment `jixiao new` writes above each field) that still holds another
form's whole Chinese name: words shared by every form (金额、预算年度、部门整体) name none.
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from .json_text import json_position
from .problems import Problem, Severity
from .rules import shown_name
from .schema_line import shown
from .schema_nodes import keyword_name, subschemas
from .schema_store import SchemaStore

_VALUES = ("const", "enum", "default", "examples")
"""The keywords of `form` whose values a spec takes as they are: what it must hold, what completion offers."""

_SHOWN = {
    "errorMessage": "填错表样时编辑器的提示",
    "description": "编辑器的悬停说明和 jixiao new 写进每份新规格的注释",
    "markdownDescription": "编辑器的悬停说明",
}
"""The keywords of `form` whose words a clerk reads, and where they read them."""

_SNIPPET_FORM = re.compile(r"^form:[ \t]*(?P<value>[^\n#]*?)[ \t]*$", re.MULTILINE)
"""A snippet's top-level `form:` line in its `bodyText`."""

FIX = "（复制别的表样的 schema 后请改掉它）"
TITLE_CODE = "SCHEMA-TITLE"
DESCRIPTION_CODE = "SCHEMA-DESCRIPTION"
_DESCRIBED = ("description", "markdownDescription")


def mistakes(document: Any, name: str, forms: list[str]) -> Iterator[tuple[tuple, str]]:
    """(path in the schema document, what is wrong) for each place that names a form other than `name`,
    the form whose schema this is; `forms` are the names of all the forms there are."""
    if not isinstance(document, dict):
        return
    others = [form for form in forms if form != name]
    field = document.get("properties", {}).get("form") if isinstance(document.get("properties"), dict) else None
    if isinstance(field, dict):
        yield from _values(field, name)
        yield from _words(field, name, others)
    yield from _snippets(document, name)
    examples = document.get("examples")
    for i, example in enumerate(examples if isinstance(examples, list) else []):
        if isinstance(example, dict) and isinstance(example.get("form"), str) and example["form"] != name:
            yield ("examples", i, "form"), f"写的是 form: {example['form']}，应为这个表样的名字“{name}”{FIX}"


def _values(field: dict, name: str) -> Iterator[tuple[tuple, str]]:
    for keyword in _VALUES:
        value = field.get(keyword)
        listed = value if keyword in ("enum", "examples") and isinstance(value, list) else None
        for at, item in (enumerate(listed) if listed is not None else [(None, value)]):
            if isinstance(item, str) and item != name:
                path = ("properties", "form", keyword, *([] if at is None else [at]))
                yield path, f"是“{item}”，应为这个表样的名字“{name}”{FIX}"


def _words(field: dict, name: str, others: list[str]) -> Iterator[tuple[tuple, str]]:
    for keyword, read_in in _SHOWN.items():
        text = field.get(keyword)
        named = [form for form in others if isinstance(text, str) and names_form(text, form)]
        if named:
            yield ("properties", "form", keyword), (f"说的是表样“{named[0]}”，而这是表样“{name}”的 schema：{read_in}"
                                                    f"会让填表人写 form: {named[0]}；请改成 {name}")


def names_form(text: str, form: str) -> bool:
    """Whether `text` names `form` as a word, not as part of a longer name (`form2`, `my-form`)."""
    return re.search(rf"(?<![A-Za-z0-9_.-]){re.escape(form)}(?![A-Za-z0-9_-])", text) is not None


def _snippets(document: dict, name: str) -> Iterator[tuple[tuple, str]]:
    """Each snippet the editor offers for the whole document (the skeleton of a spec) whose body writes a
    `form:` other than `name`; a list item's snippet writes no `form`."""
    snippets = document.get("defaultSnippets")
    for i, snippet in enumerate(snippets if isinstance(snippets, list) else []):
        found = _snippet_form(snippet)
        if found is None or found[1] == name:
            continue
        where, written = found
        label = snippet.get("label")
        called = f"“{label}”" if isinstance(label, str) else ""
        yield ("defaultSnippets", i, *where), (
            f"片段{called}写的是 form: {written}，而这是表样“{name}”的 schema：插入这个片段写出的规格"
            f"会按表样 {written} 校验和生成，不是 {name}；请把 form: {written} 改成 form: {name}")


def _snippet_form(snippet: Any) -> tuple[tuple, str] | None:
    """(path in the snippet, the form it writes) when its body writes a `form:` of its own (no placeholder)."""
    if not isinstance(snippet, dict):
        return None
    body, text = snippet.get("body"), snippet.get("bodyText")
    if isinstance(body, dict) and isinstance(body.get("form"), str):
        written, where = body["form"], ("body", "form")
    elif isinstance(text, str) and _SNIPPET_FORM.search(text):
        written, where = _SNIPPET_FORM.search(text)["value"], ("bodyText",)
    else:
        return None
    written = written.strip().strip("\"'")
    return None if not written or "${" in written else (where, written)


def title_warnings(store: SchemaStore, file_name: str, name: str, titles: dict[str, str]) -> list[Problem]:
    """A warning (SCHEMA-TITLE) at the top-level `title` of form `name`'s schema when it is still another form's
    Chinese name (`titles`: each form's profile.yaml `name`) and not this form's own: the editor shows it as the
    schema's name, so a clerk filling in the copy read the original's. Only the editor reads it, so no command stops."""
    document = store.schema(file_name)
    title = document.get("title") if isinstance(document, dict) else None
    own = titles.get(name)
    if not isinstance(title, str) or not own or own == title.strip():
        return []
    others = [form for form, other in titles.items() if form != name and other == title.strip()]
    if not others:
        return []
    line, column = json_position(store.texts[file_name], ("title",))
    return [Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, TITLE_CODE,
                    shown_name(f"schema 顶层的 title（编辑器显示的 schema 名称）还是表样 {'、'.join(others)} 的名称“{title}”，"
                               f"而这是表样“{name}”的 schema；请改成这个表样的名称（profile.yaml 的 name）："
                               f"\"title\": {json.dumps(own, ensure_ascii=False)}"))]


def description_warnings(store: SchemaStore, file_name: str, name: str, titles: dict[str, str]) -> list[Problem]:
    """A warning (SCHEMA-DESCRIPTION) at each `description` of form `name`'s schema, the schema's own or a field's,
    that still holds another form's Chinese name (`titles`: each form's profile.yaml `name`) besides this form's own:
    a copy's `form` described as 本文件使用的表样，<the original's name>写 <the copy> told the clerk, in the editor and
    in every new spec's comments, that this was the original's form. Only readers see it, so no command stops."""
    document = store.schema(file_name)
    own = titles.get(name)
    if not isinstance(document, dict) or not own:
        return []
    others: dict[str, list[str]] = {}
    for form, title in titles.items():
        if form != name and title and title != own:
            others.setdefault(title, []).append(form)
    found = []
    for path, node in subschemas(document, ()):
        for keyword in _DESCRIBED:
            text = node.get(keyword)
            # The own name is read among the others, so one that holds it (某市<own>) is still found.
            named = [title for title in _names_in(text, [*others, own]) if title != own] if isinstance(text, str) else []
            if not named:
                continue
            line, column = json_position(store.texts[file_name], (*path, keyword))
            held = "、".join(f"表样 {'、'.join(others[title])} 的名称“{title}”" for title in named)
            quoted = "、".join(f"“{title}”" for title in named)
            found.append(Problem(shown(store.paths[file_name]), line, column, Severity.WARNING, DESCRIPTION_CODE,
                                 shown_name(f"{keyword_name(document, (*path, keyword))}还写着{held}，而这是表样“{name}”"
                                            f"的 schema：{_shown_where(path, keyword)}；请把{quoted}改成这个表样的名称“{own}”"
                                            "（profile.yaml 的 name）")))
    return found


def _names_in(text: str, titles) -> list[str]:
    """The `titles` written in `text`, in the order written, a longer first where one holds another: 某市项目绩效目标表
    is that form's name, not also that of a form named 项目绩效目标表, which is named only where written apart."""
    named = []
    for title in sorted(titles, key=len, reverse=True):
        if title in text:
            named.append((text.index(title), title))
            text = text.replace(title, "\0" * len(title))
    return [title for _, title in sorted(named)]


def _shown_where(path: tuple, keyword: str) -> str:
    """Where the clerk reads a description at `path`: a field's `description` is also the comment `jixiao new`
    writes above it (a shared definition's, above each field that refers to it); the schema's own, a branch's
    and any `markdownDescription` only the editor shows."""
    if keyword == "description" and len(path) >= 2 and path[-2] == "properties":
        return "编辑器悬停时显示这段说明，jixiao new 也把字段的说明写进新规格的注释"
    if keyword == "description" and len(path) >= 2 and path[-2] in ("$defs", "definitions"):
        return "编辑器悬停时显示这段说明，jixiao new 也把它写进新规格里引用它的字段的注释"
    return "编辑器悬停时显示这段说明"
