"""What an HTML template has the browser fetch from elsewhere: a web font, a stylesheet, a script, an image.

The HTML form is one self-contained file (render_html): it is mailed, opened from output/ on a unit's intranet
machine, printed offline at review. A variant author who pastes a web font's snippet
(`<link href="https://fonts.googleapis.com/…">`, `@font-face { src: url(https://…) }`) sees it work on their own
connected machine, and every other reader gets a page that waits for the address to time out and then prints in
another font than the Word form (an address abroad often does not open in mainland China at all); a relative path
(`fonts/fs.woff`, `logo.png`) names a file that is not beside the HTML in output/ nor in what is sent on, and a path
on the author's own computer (`C:\\Users\\…\\logo.png`, `file:///…`) is on no other. Nothing failed, so nothing was
said. It is a warning, at the address's line and column, the form still built: the page does render, only not as
its author saw it.

Read from the template's text as written (as html_tags does), each file at its own line and column, not from the
page rendered, which has no place its author wrote. Tags are read as a browser reads them (html_table_tags: a `>` in
a quoted value ends no tag, every attribute of a tag is read, comments and the text of `<script>` and `<style>`
hold no tags, names are of any case, values may be unquoted), the template's Jinja tags blanked first. What a
browser fetches is an attribute of an element that loads it (`_ADDRESSES`: an `<img>`'s `src` and each address of
its `srcset`, an SVG `<use>`'s `href` or `xlink:href`, an old `background`, an `<iframe>`'s `src`, an `<object>`'s
`data`, a `<video>`'s `poster`…), the `href` of a `<link>` whose `rel` asks for a file (`stylesheet`; `preload`,
`modulepreload` and `prefetch`, fetched at the opening though nothing may use them), the page a
`<meta http-equiv="refresh">` opens instead of the form (`0;url=https://…`), and a CSS `url(…)` or `@import`: a
variant's CSS is written in `{% block page %}`, whose `<style>` is in base.html, so CSS is looked for wherever it may
be written (a `style` attribute's too), its `/* … */` comments left out. Not said: an `<a href>` or a
`<form action>`, a link the reader may follow; a `<link>` of another `rel` (`icon`, the tab's icon, printed nowhere
and waited for by nothing; `preconnect` and `dns-prefetch`, which only look the host up or open a connection to it,
fetch no file and keep nothing waiting); a `<base href>`, which fetches nothing itself; an address in the page (`data:`, `#…`) or of a scheme no file is fetched by (`mailto:`,
`javascript:`); one a `{{ }}` starts, the spec's or the template's own choice, not guessed at.
"""
from __future__ import annotations

import re

from .html_table_tags import tags
from .problems import Problem, Severity, clipped
from .unclosed_tags import tags as jinja_tags

CODE = "TEMPLATE-FETCH"
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_IMPORT = re.compile(r"@import\s+(?:url\(\s*)?[\"']?(?P<address>[^\"')\s;]+)", re.IGNORECASE)
_URL = re.compile(r"url\(\s*[\"']?(?P<address>[^\"')\s]+)", re.IGNORECASE)
_ADDRESS = re.compile(r"\S(?:.*\S)?", re.DOTALL)
"""An attribute's address: the spaces around it are none of it, as a browser strips them."""
_CANDIDATE = re.compile(r"[\s,]*(?P<address>\S+?),*(?=\s|$)[^,]*")
"""One candidate of a `srcset`: its address runs to a space (a comma inside it is its own, `data:…;base64,…`), its
descriptors (`2x`, `480w`) to the comma before the next candidate."""
_IN_PAGE = re.compile(r"data:|#|about:|\{", re.IGNORECASE)
"""An address in the page, or one a `{{ }}` (blanked to `{xx…}`) starts."""
_OTHER_SCHEME = re.compile(r"(?!(?:https?|file):)[a-z][a-z0-9+.-]+:", re.IGNORECASE)
"""A scheme no file is fetched by (`mailto:`, `javascript:`); a drive letter (`C:`), one letter, is none."""
_REMOTE = re.compile(r"(?:https?:)?//", re.IGNORECASE)
_ON_THIS_COMPUTER = re.compile(r"file:|[a-z]:[\\/]|\\\\", re.IGNORECASE)
_FONT = re.compile(r"\.(?:woff2?|ttf|otf|eot)(?:[?#]|$)|fonts\.|/fonts?/|font", re.IGNORECASE)
_BACKGROUND = ("background",)
_ADDRESSES = {
    "img": ("src", "srcset"), "source": ("src", "srcset"), "input": ("src",), "image": ("src", "href", "xlink:href"),
    "use": ("href", "xlink:href"), "script": ("src",), "link": ("href",), "iframe": ("src",), "frame": ("src",),
    "embed": ("src",), "object": ("data",), "video": ("src", "poster"), "audio": ("src",), "track": ("src",),
    "body": _BACKGROUND, "table": _BACKGROUND, "tr": _BACKGROUND, "td": _BACKGROUND, "th": _BACKGROUND,
    "meta": ("content",),
}
"""The attributes whose address a browser fetches, by element: SVG's `<image>` and `<use>` among them, and the old
`background` of a page or a cell, which browsers still fetch."""
_ELEMENT_KINDS = {"script": "script", "img": "image", "source": "image", "input": "image",
                  "image": "image", "use": "image", "body": "image", "table": "image", "tr": "image", "td": "image",
                  "th": "image"}
_ATTRIBUTE_KINDS = {"poster": "image"}
"""An attribute whose address is of another kind than its element's: a `<video>`'s `poster`, the picture shown
before it plays, is an image (a broken one printed where it is not fetched), not the video's file."""
_PRELOADED = {"font": "font", "style": "style", "script": "script", "image": "image"}
"""The kind of what a `<link rel="preload">` or `prefetch` fetches, by its `as`; another (`fetch`, `document`, none)
is a file."""
_REFRESH = re.compile(r"[\t\n\f\r ]*[\d.]*[\t\n\f\r ]*[;,][\t\n\f\r ]*(?:url[\t\n\f\r ]*=[\t\n\f\r ]*)?+[\"']?"
                      r"(?P<address>[^\"'\t\n\f\r ][^\"']*?)[\"']?[\t\n\f\r ]*$", re.IGNORECASE)
"""A `<meta http-equiv="refresh">`'s `content` that names a page (`0;url=https://…`, `5, a.html`), read as HTML's
rules read it: its seconds, a `;` or `,`, then the address, `url=` and quotes around it optional. Without an
address it reloads the page itself, which fetches nothing from elsewhere: `5; url=` too, whose `url=` (taken whole,
`?+`) is no address of a page named `url=`."""

_KINDS = {
    "font": ("字体", "字换成了别的字体，与 Word 表不一样",
             "字体请照 _shared/base.html 写电脑上装着的字体名（font-family: \"仿宋_GB2312\", \"仿宋\", FangSong），"
             "删去取字体的这一处"),
    "style": ("样式表", "这些样式都没有了", "样式请写进模板的 <style> 或 {% block page %} 的 CSS 里，删去这一处"),
    "script": ("脚本", "脚本不运行", "请删去这一处：表样的 HTML 不需要脚本"),
    "image": ("图片", "印出的是一个破图标", "图片请写成 data: 地址（base64）嵌在模板里，或删去这一处"),
    "file": ("文件", "它的内容没有了", "请把内容写进模板，或删去这一处"),
    "page": ("页面", "表被换成一个出错的页面，取到了也是换成那个页面",
             "请删去这个 <meta http-equiv=\"refresh\">：表样的 HTML 不需要转到别的页面"),
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


def _fetched(text: str) -> list[tuple[int, str, str]]:
    """(offset, address as written, kind) of each address `text` has the browser fetch, in the order written."""
    read = _jinja_blanked(text)
    found = []  # (offset, length, kind)
    for tag in tags(read, frozenset(_ADDRESSES)):
        kind = _kind(tag)
        if kind is None:
            continue
        for name, at, value in tag.written():
            if name not in _ADDRESSES[tag.name]:
                continue
            if tag.name == "meta":
                refreshed = _REFRESH.match(value)
                found += [(at + refreshed.start("address"), len(refreshed["address"]), kind)] if refreshed else []
                continue
            spans = ([match.span("address") for match in _CANDIDATE.finditer(value) if match["address"]]
                     if name == "srcset" else [match.span() for match in _ADDRESS.finditer(value)][:1])
            found += [(at + start, end - start, _ATTRIBUTE_KINDS.get(name, kind)) for start, end in spans]
    css = _CSS_COMMENT.sub(_blank, _HTML_COMMENT.sub(_blank, read))
    imported = {match.start("address"): len(match["address"]) for match in _IMPORT.finditer(css)}
    found += [(at, length, "style") for at, length in imported.items()]
    found += [(match.start("address"), len(match["address"]), "image") for match in _URL.finditer(css)
              if match.start("address") not in imported]
    fetched = []
    for at, length, kind in sorted(found):
        if _IN_PAGE.match(read, at) or _OTHER_SCHEME.match(read, at):
            continue
        address = text[at:at + length]
        fetched.append((at, address, "font" if kind != "page" and _FONT.search(address) else kind))
    return fetched


def _kind(tag) -> str | None:
    """What `tag` has the browser fetch at the page's opening (a kind of `_KINDS`), or None where it fetches nothing:
    a `<link>` of a `rel` that is no request for a file (`icon`, `preconnect`, `dns-prefetch`, `canonical`: see the
    module's docstring), a `<meta>` that is no `refresh`."""
    if tag.name == "meta":
        return "page" if tag.attributes.get("http-equiv", "").strip().lower() == "refresh" else None
    if tag.name != "link":
        return _ELEMENT_KINDS.get(tag.name, "file")
    rel = tag.attributes.get("rel", "").lower().split()
    if "stylesheet" in rel:
        return "style"
    if "modulepreload" in rel:
        return "script"
    if "preload" in rel or "prefetch" in rel:
        return _PRELOADED.get(tag.attributes.get("as", "").strip().lower(), "file")
    return None


def _jinja_blanked(text: str) -> str:
    """`text` as long, line breaks kept, with each `{% %}` and `{# #}` blanked to spaces and each `{{ }}` to
    `{xx…}`, so the page's own quotes and brackets are read and an address a `{{ }}` starts is known as one."""
    parts, at = [], 0
    for found, end in jinja_tags(text):
        if end is None:  # a tag left open: Jinja refuses the template before this is read
            break
        blanked = _blank(text[found.start():end], "x" if found.group(0) == "{{" else " ")
        parts += [text[at:found.start()], "{" + blanked[1:] if found.group(0) == "{{" else blanked]
        at = end
    return "".join(parts) + text[at:]


def _blank(found: re.Match | str, fill: str = " ") -> str:
    """The text matched (or given) with each character but a line break turned to `fill`."""
    return re.sub(r"[^\n]", fill, found if isinstance(found, str) else found.group())


def _said(address: str, kind: str) -> str:
    what, lost, fix = _KINDS[kind]
    shown = clipped(address, 60)
    if _REMOTE.match(address):
        return (f"“{shown}”：模板从网上取这个{what}；生成的 HTML 表在没有网络的电脑上（单位内网、离线审阅）打开、打印时取不到它，"
                f"要等它超时，{lost}（境外的地址在中国大陆常常打不开）；jixiao 生成的 HTML 表是一个独立的文件，不从别处取任何东西：{fix}")
    if _ON_THIS_COMPUTER.match(address):
        return (f"“{shown}”：模板要浏览器取这台电脑上的这个{what}；别的电脑上没有这个文件，生成的 HTML 表发给别人、在别的电脑上打开时，"
                f"{lost}；{fix}")
    return (f"“{shown}”：模板要浏览器按这个路径取{what}，它相对于生成的 HTML 表，而表写在 output/ 里，那里没有这个文件，"
            f"发给别人的也只是 HTML 这一个文件，{lost}；{fix}")
