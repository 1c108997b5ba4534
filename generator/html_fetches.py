"""What an HTML template has the browser fetch from elsewhere: a web font, a stylesheet, a script, an image.

The HTML form is one self-contained file (render_html): it is mailed, opened from output/ on a unit's intranet
machine, printed offline at review. A variant author who pastes a web font's snippet
(`<link href="https://fonts.googleapis.com/…">`, `@font-face { src: url(https://…) }`) sees it work on their own
connected machine, and every other reader gets a page that waits for the address to time out and then prints in
another font than the Word form (an address abroad often does not open in mainland China at all); a relative path
(`fonts/fs.woff`, `logo.png`) names a file that is not beside the HTML in output/ nor in what is sent on. Nothing
failed, so nothing was said. It is a warning, at the address's line and column, the form still built: the page
does render, only not as its author saw it.

Read from the template's text as written (as html_tags does), comments left out: what a browser fetches is a
`src`, `poster` or `data` of an element that loads it, a `<link>`'s `href`, and a CSS `url(…)` or `@import`. A
`<a href>` is a link the reader may follow, not fetched; `data:` addresses and `#…` are in the page; an address
that a `{{ }}` or `{% %}` writes is the spec's or the template's own choice and is not guessed at.
"""
from __future__ import annotations

import re

from .problems import Problem, Severity, clipped

CODE = "TEMPLATE-FETCH"
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|\{#.*?(?:#\}|\Z)", re.DOTALL)
_ELEMENT_ADDRESS = re.compile(
    r"<(?P<tag>link|script|img|iframe|frame|embed|object|source|track|video|audio|input|image)\b[^>]*?"
    r"\s(?:src|href|poster|data)\s*=\s*[\"']?(?P<address>[^\"'\s>]+)", re.IGNORECASE)
_IMPORT = re.compile(r"@import\s+(?:url\(\s*)?[\"']?(?P<address>[^\"')\s;]+)", re.IGNORECASE)
_URL = re.compile(r"url\(\s*[\"']?(?P<address>[^\"')\s]+)", re.IGNORECASE)
_IN_PAGE = re.compile(r"(?:data:|#|about:|\{\{|\{%)", re.IGNORECASE)
_REMOTE = re.compile(r"(?:https?:)?//", re.IGNORECASE)
_FONT = re.compile(r"\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)|fonts\.|/fonts?/|font", re.IGNORECASE)

_KINDS = {
    "font": ("字体", "字换成了别的字体，与 Word 表不一样",
             "字体请照 _shared/base.html 写电脑上装着的字体名（font-family: \"仿宋_GB2312\", \"仿宋\", FangSong），"
             "删去取字体的这一处"),
    "style": ("样式表", "这些样式都没有了", "样式请写进模板的 <style> 或 {% block page %} 的 CSS 里，删去这一处"),
    "script": ("脚本", "脚本不运行", "请删去这一处：表样的 HTML 不需要脚本"),
    "image": ("图片", "印出的是一个破图标", "图片请写成 data: 地址（base64）嵌在模板里，或删去这一处"),
    "file": ("文件", "它的内容没有了", "请把内容写进模板，或删去这一处"),
}


def warnings(templates) -> list[Problem]:
    """A warning at each address the templates, (file, text) each, have fetched, once per address."""
    said: set[str] = set()
    problems = []
    for file, text in templates:
        for at, address, kind in _fetched(text):
            if address in said:
                continue
            said.add(address)
            line = text.count("\n", 0, at) + 1
            column = at - (text.rfind("\n", 0, at) + 1) + 1
            problems.append(Problem(str(file), line, column, Severity.WARNING, CODE, _said(address, kind)))
    return problems


def _fetched(text: str):
    """(offset, address, kind) of each address `text` has the browser fetch, in the order written."""
    read = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    found = []
    for match in _ELEMENT_ADDRESS.finditer(read):
        kind = {"link": "style", "script": "script", "img": "image", "image": "image", "input": "image"}
        found.append((match.start("address"), match["address"], kind.get(match["tag"].lower(), "file")))
    imported = {match.start("address"): match["address"] for match in _IMPORT.finditer(read)}
    found += [(at, address, "style") for at, address in imported.items()]
    found += [(match.start("address"), match["address"], "image") for match in _URL.finditer(read)
              if match.start("address") not in imported]
    return [(at, address, "font" if _FONT.search(address) else kind)
            for at, address, kind in sorted(found) if not _IN_PAGE.match(address)]


def _said(address: str, kind: str) -> str:
    what, lost, fix = _KINDS[kind]
    shown = clipped(address, 60)
    if _REMOTE.match(address):
        return (f"“{shown}”：模板从网上取这个{what}；生成的 HTML 表在没有网络的电脑上（单位内网、离线审阅）打开、打印时取不到它，"
                f"要等它超时，{lost}（境外的地址在中国大陆常常打不开）；jixiao 生成的 HTML 表是一个独立的文件，不从别处取任何东西：{fix}")
    return (f"“{shown}”：模板要浏览器按这个路径取{what}，它相对于生成的 HTML 表，而表写在 output/ 里，那里没有这个文件，"
            f"发给别人的也只是 HTML 这一个文件，{lost}；{fix}")
