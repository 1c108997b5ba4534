"""README.md and docs/*.md link each other: README keeps what a clerk needs first and links the detail moved to
docs/, and each file split out of it says what it is for and links back. A link renamed, a section heading
reworded or a file moved breaks one silently on GitHub (a 404, or an anchor that scrolls nowhere), so every
relative link and anchor is resolved here as GitHub resolves them.
"""
from __future__ import annotations

import re

import pytest

from .conftest import ROOT

DOCS = sorted((ROOT / "docs").glob("*.md"))
# The files README's detail moved to, each opening with what it is for and a link back to README.
SPLIT_OUT = ("build", "code-map", "commands", "diff", "import", "lint-rules", "paths", "review", "validate-checks")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _prose(text: str) -> str:
    """The text outside ``` fences: a link or a heading inside a code example is an example, not a link."""
    return re.sub(r"^```.*?^```", "", text, flags=re.M | re.S)


def _anchors(text: str) -> set[str]:
    """The anchors GitHub gives the headings: lower case, punctuation dropped (full-width too), spaces to hyphens,
    a repeated one suffixed -1, -2."""
    seen: dict[str, int] = {}
    anchors = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *$", _prose(text), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.replace("`", "").lower()).replace(" ", "-")
        seen[slug] = seen.get(slug, -1) + 1
        anchors.add(slug if seen[slug] == 0 else f"{slug}-{seen[slug]}")
    return anchors


def _links(path) -> list[str]:
    return [target for target in LINK.findall(_prose(path.read_text(encoding="utf-8")))
            if not re.match(r"[a-z]+:", target)]


@pytest.mark.parametrize("path", [ROOT / "README.md", *DOCS], ids=lambda path: path.name)
def test_every_relative_link_and_anchor_resolves(path):
    broken = []
    for target in _links(path):
        file, _, anchor = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        if not linked.exists():
            broken.append(target)
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked.read_text(encoding="utf-8")):
            broken.append(target)
    assert broken == [], f"{path.name}: " + ", ".join(broken)


@pytest.mark.parametrize("name", SPLIT_OUT)
def test_each_file_split_out_of_the_readme_says_what_it_is_for_and_links_back(name):
    text = (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8")
    title, blank, purpose = text.split("\n")[:3]
    assert title.startswith("# ") and blank == "" and purpose, text[:300]
    assert "(../README.md" in purpose, purpose
    assert f"(docs/{name}.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_shows_a_generated_form_as_a_picture():
    """Issue #3: a clerk sees what jixiao makes before installing it, in the README's 生成的表样."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme[readme.index("## 生成的表样"):]
    [image] = re.findall(r"!\[[^\]]+\]\(([^)]+\.png)\)", part[: part.index("\n## ")])
    assert (ROOT / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


HIDDEN = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""Characters an editor shows as nothing, or that flip the text around them: zero-width ones, joiners, direction marks."""


@pytest.mark.parametrize("path", [ROOT / "README.md", *DOCS], ids=lambda path: path.name)
def test_no_doc_holds_a_hidden_character(path):
    """GitHub opened README.md with a banner (hidden or bidirectional Unicode) for the word joiner in its markdown
    sample, which a clerk could neither see nor copy knowingly: a sample shows it written out (`&#8288;`)."""
    text = path.read_text(encoding="utf-8")
    hidden = [f"{text.count(chr(10), 0, found.start()) + 1}: U+{ord(found[0]):04X}" for found in HIDDEN.finditer(text)]
    assert hidden == [], f"{path.name}: " + ", ".join(hidden)


def test_each_pointer_within_the_readme_names_a_heading_of_it():
    """README's pointers to its own sections (见下文“审阅流程”) must name a heading still there: the command table's
    textconv row said “见下文” after the paragraph it meant had moved to docs/commands.md, pointing at nothing."""
    prose = _prose((ROOT / "README.md").read_text(encoding="utf-8"))
    headings = re.findall(r"^#{1,6} +(.+?) *$", prose, re.M)
    named = re.findall(r"见(?:下文|上文)?“([^”]+)”", prose)
    assert named and [name for name in named if not any(h.startswith(name) for h in headings)] == []
    assert re.findall(r"见(?:下文|上文)(?!“)", prose) == []
