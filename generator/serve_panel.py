"""The panels `jixiao serve` shows above a form, on screen and never on paper: validate's warnings (serve_pages) and
lint's advice (serve_lint), made alike by one function so that they open, close and print alike.

A long list opened at every reload the save made: an example's 25 findings of lint pushed its form more than a
screen down each time, a panel the clerk had closed opened again, and the place the reload script scrolls back to was
in the list, not the row being edited. A panel starts closed over `SHORT` items, its title giving the counts, and then
stays as the clerk left it on that page.
"""
from __future__ import annotations

import html

SHORT = 5
"""The most items a panel opens on: the examples have 8 to 25 findings of lint, a line or two each; a longer list
starts closed (a closed one says 点击展开)."""

# The panel opened or closed as the clerk last left it on this page (one per page address and panel, for the tab).
# Run where it stands, before the page's load, on the element just before it; @KIND@ is the panel's class, so that
# the warnings and the advice of a page each keep their own.
_AS_LEFT = """<script>(function () {
  var panel = document.currentScript.previousElementSibling, kept = "@KIND@-open:" + location.pathname;
  try { var open = sessionStorage.getItem(kept); if (open !== null) panel.open = open === "1"; } catch (e) {}
  panel.addEventListener("toggle", function () {
    try { sessionStorage.setItem(kept, panel.open ? "1" : "0"); } catch (e) {}
  });
})();</script>"""


NOT_PRINTED = "只在预览中显示，不印在表上"


def panel(kind: str, colours: tuple[str, str, str], title: str, items: str, count: int, note: str = "") -> str:
    """A panel of class `kind` (`jixiao-lint`) in its `colours` (text, background, border), titled `title` (text,
    escaped here), showing `items` (HTML) of which there are `count`: open when `count` is at most `SHORT`, as the
    clerk left it once opened or closed (`_AS_LEFT`), hidden in print. A path with no space in it breaks at the
    panel's edge (`word-wrap`, which old browsers know too): it ran past a phone's screen and made the page wider.

    What is said about the list (`note`, and that the panel is not printed) is under the title, in smaller and lighter
    type, 点击展开 after the title itself: said in brackets after it, lint's title ran `…：0 个错误，11 个警告（不含规格检查 jixiao validate 报告的 1 个问题）
    （只在预览中显示，不会印在表上）`, two lines at 1200 px in which the counts were hard to find."""
    text, background, border = colours
    opened = " open" if count <= SHORT else ""
    aside = "；".join(filter(None, (note, NOT_PRINTED)))
    return (f'<details{opened} class="{kind}" style="font:14px/1.6 sans-serif;color:{text};word-wrap:break-word;'
            f'background:{background};border:1px solid {border};padding:.5em 1em;margin:0 0 1em">'
            f'<summary><span>{html.escape(title)}</span><small style="display:block;opacity:.75">{html.escape(aside)}'
            f"</small></summary>{items}</details>"
            f"{_AS_LEFT.replace('@KIND@', kind)}"
            f'<style>@media print{{.{kind}{{display:none}}}}.{kind}:not([open])>summary>span::after{{content:"　点击展开"}}'
            f".{kind}>summary{{cursor:pointer}}</style>")
