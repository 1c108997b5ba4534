"""An HTML template's tag a browser reads otherwise than its author meant: a quote left open, a `>` left out.

`<td class="label>项目</td>` reads as one `<td>` whose class runs to the next `"`, and everything between, the
text and the tags, is gone from the page; `<td colspan=2">` is a colspan of `2"`, which a browser takes as 1;
`<td class="x"<span>` is a `<td>` with an attribute named `<span`; `x<y 时>` and `a<b 且 c>`, a less-than typed as
text, are a `<y>` and a `<b>` tag (a `<` before a letter opens a tag) and the words up to the `>` are gone. Each
renders without a word, so every form printed a cell or a row short. A `<` is said to be a less-than only where the
tag it opens is surely none meant: a name no element has with words after it or in it (`<y 时>`, `<y时>`), or words
no attribute is named with, Chinese ones or digits, where attributes go (`<b 且 c>`, `<td 1>`). A name no element has
without such words (`<tdd>`, `<yz>`) is a misspelt tag, which the browser keeps as an element it does not know (moved
out of a table) or drops as an end tag: a warning (`misspelt`), the page rendering with it; the element meant is
guessed only when close, from today's elements the template uses first. A custom element's name has a `-`
(`<my-cell>`), a namespaced one a `:` (Word's `<o:p>`); inside `<svg>` and `<math>` names are SVG's and MathML's own
(`<linearGradient>`) and `<![CDATA[…]]>` is text, as a browser reads them.
Words after an unquoted value (`<img alt=合 计>`) are its own words the space cut off: quoting the value is the fix.
Names with an ASCII letter or `-` (`data-备注`), and any in an element of the author's own (`<my-元素 标题>`), are
attributes a browser keeps. Whitespace is HTML's: a full-width space after a tag's name (`<th　class="x">`) makes the
name run on, and the cell is no `<th>`. The template is read before Jinja renders it, tag by tag as a browser's
tokenizer reads a start tag (HTML's tokenizer states, cut down to what can go wrong in a form): a Jinja tag is
blanked first (in what is read; what a message quotes is the author's own text), a `{{ }}` to letters (`class="{{ c }}"`, `colspan={{ n }}`, an attribute it writes) and a
`{% %}` or comment to spaces (`<tr{% if k %} class="kept"{% endif %}>`), so the page's own quotes and brackets
are what is read. Comments, `<!…>` and the text of `<script>`, `<style>`, `<textarea>`, `<title>` and the other
elements a browser reads as text (`<xmp>`, `<iframe>`, …: `_RAW_TEXT`) are no tags.

A tag may be opened differently in each branch of an `{% if %}` and closed by one `>` after it
(`{% if u %}<td colspan="4"{% else %}<td class="x"{% endif %}>`): read straight through, the first branch's tag
runs into the second's. A tag read across an `{% else %}` or `{% elif %}` is given up on and reading starts again
after that tag, since a check before Jinja had better miss a slip than refuse a template whose every branch is fine.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from itertools import takewhile
from typing import NamedTuple

from .field_guess import meant
from .problems import Problem, Severity, clipped
from .unclosed_tags import tags

CODE = "TEMPLATE-UNKNOWN-TAG"
_SPACE = " \t\n\r\f"
"""HTML's whitespace: a full-width space (U+3000), which Python's `\\s` takes too, is a letter to a browser."""
_TAG_NAME = re.compile(rf"</?[A-Za-z][^{_SPACE}/>]*")
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext")
"""The elements whose text a browser reads as text up to their end tag, not as tags (HTML's raw text and RCDATA
elements; `<plaintext>` has no end tag: the rest of the page is its text)."""
_BRANCH = re.compile(r"\{%[-+]?\s*(?:else|elif)(?![A-Za-z0-9_])")
"""A Jinja tag after which the template goes on in another branch."""
_TAG_IN_VALUE = re.compile(rf"</?[A-Za-z][A-Za-z0-9]*[{_SPACE}/>]")
"""What in a quoted attribute value may show it ran on past its closing quote: a tag (`<br>` may be meant)."""
_QUOTE_OPENS_A_VALUE = re.compile(r"=[ \t\n\r\f]*$")
_CURRENT = frozenset("""
    a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col
    colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2
    h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta
    meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script
    search section select selectedcontent slot small source span strong style sub summary sup table tbody td template
    textarea tfoot th thead time title tr track u ul var video wbr svg math
    """.split())
"""HTML's elements today (and the roots of SVG and MathML): the ones a misspelt name is guessed to mean."""
_ELEMENTS = _CURRENT | frozenset("""
    acronym applet basefont bgsound big blink center dir font frame frameset image isindex keygen listing marquee
    menuitem multicol nextid nobr noembed noframes param plaintext rb rtc spacer strike tt xmp
    g path rect circle ellipse line polyline polygon text tspan defs use symbol
    """.split())
"""Every name a browser knows: HTML's, those it no longer has that browsers still know (`<center>`, `<font>`), and
the few of SVG a form might draw with. A `<` before another name was meant as text, or the name is a slip (`<tdd>`);
never guessed as one, an obsolete element being no fix (Word's `<xml>` is no `<xmp>`, which would show the rest as
text), nor one of SVG's outside it (`<page>` is no `<image>`)."""
_FOREIGN = re.compile(rf"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:]]>|\Z)|<(/?)(svg|math)[{_SPACE}/>]",
                      re.IGNORECASE | re.DOTALL)
"""A tag opening or closing SVG or MathML, inside which names are SVG's and MathML's own (`<linearGradient>`) and a
`<![CDATA[…]]>` is text, as a browser reads them; or a comment or a CDATA section (no group), whose `</svg>` is
text and closes nothing."""


def located(text: str) -> tuple[int, int, str] | None:
    """(line, column, what is wrong and what to write) of the first tag of `text` written so a browser reads it
    otherwise than meant, a misspelt name aside (see misspelt); None when there is none, or when a Jinja tag is left
    open (that is Jinja's to say)."""
    return next((found for found, misspelt_name in _slips(text) if not misspelt_name), None)


def misspelt(text: str) -> list[tuple[int, int, str]]:
    """(line, column, what is wrong and what to write) of each tag of `text` whose name no element has (`<tdd>`,
    `</yz>`), before a slip `located` finds. The page renders with it: a browser keeps the tag as an element it does not
    know, laid out as text (moved out of a table), or drops it as an end tag; and some are written on purpose (print
    CSS's `<page size="A4">`, Word's `<xml>` block). So it is a warning, and the template builds, where a slip that
    loses text or cells refuses the build. Each name is said once, where first written: its end tags and its other
    places are the same slip."""
    named = {}
    for found, name in takewhile(lambda slip: slip[1], _slips(text)):
        named.setdefault(name, found)
    return list(named.values())


def _slips(text: str) -> Iterator[tuple[tuple[int, int, str], str]]:
    """Each tag of `text` read otherwise than meant, as (line, column, message), and its name when that alone is
    wrong (`_Reading.misspelt`); none when a Jinja tag is left open."""
    blanked = _blanked(text)
    if blanked is None:
        return
    page, branches = blanked
    at, passed = 0, 0  # branches[:passed] end before the tag being read: each is stepped past once, not per tag
    foreign = 0  # the end of the <svg> or <math> being read in
    while (start := page.find("<", at)) >= 0:
        reading = _read(page, text, start, start < foreign)
        at = reading.end
        while passed < len(branches) and branches[passed] <= start:
            passed += 1
        if passed < len(branches) and branches[passed] < at:  # the tag's reading ran into another branch
            at = branches[passed]
            continue
        if reading.said:
            line_start = text.rfind("\n", 0, start) + 1
            typed = clipped(text[start:].split("\n", 1)[0].strip(), 40)
            yield (text.count("\n", 0, start) + 1, start - line_start + 1, f"“{typed}”{reading.said}"), reading.misspelt
        if start >= foreign:
            foreign = _foreign_end(page, start, at)


def warnings(templates) -> list[Problem]:
    """A warning at each misspelt tag (see misspelt) of the templates, (file, text) each, at its line and column."""
    return [Problem(str(file), line, column, Severity.WARNING, CODE, said)
            for file, text in templates for line, column, said in misspelt(text)]


def _foreign_end(page: str, start: int, at: int) -> int:
    """Where the <svg> or <math> opened by the tag read from `start` to `at` ends (at its own end tag, one inside
    it of the same name counted, or the page's end); 0 when that tag opens neither."""
    opened = _FOREIGN.match(page, start)
    if opened is None or not opened.group(2) or opened.group(1) or page.startswith("/>", at - 2):
        return 0
    depth = 1
    for found in _FOREIGN.finditer(page, at):
        if (found.group(2) or "").lower() == opened.group(2).lower():
            depth += -1 if found.group(1) else 1
            if depth == 0:
                return found.start()
    return len(page)


def _blanked(text: str) -> tuple[str, list[int]] | None:
    """`text` with each Jinja tag blanked in place (see the module's docstring), line breaks kept, and where each
    `{% else %}` or `{% elif %}` ends; None when a tag is left unclosed."""
    parts, branches, at = [], [], 0
    for found, end in tags(text):
        if end is None:
            return None
        fill = "x" if found.group(0) == "{{" else " "
        parts += [text[at:found.start()], re.sub(r"[^\n]", fill, text[found.start():end])]
        if _BRANCH.match(text, found.start()):
            branches.append(end)
        at = end
    return "".join(parts) + text[at:], branches


def _read(page: str, text: str, start: int, foreign: bool) -> _Reading:
    """Where reading goes on after the `<` at `start`, and what is wrong with the tag it opens (see _Reading);
    `page` is read, `text`, the same length, quoted; `foreign`: inside <svg> or <math> (`_FOREIGN`)."""
    if foreign and page.startswith("<![CDATA[", start):
        end = page.find("]]>", start + 9)
        return _Reading((len(page) if end < 0 else end + 3), "")
    if page.startswith("<!--", start):
        end = page.find("-->", start + 4)
        return _Reading((len(page) if end < 0 else end + 3), "")
    if page.startswith(("<!", "<?"), start):
        end = page.find(">", start)
        return _Reading((len(page) if end < 0 else end + 1), "")
    name = _TAG_NAME.match(page, start)
    if name is None:  # a `<` that opens no tag is text
        return _Reading(start + 1, "")
    tag_start = start + 2 if page[start + 1] == "/" else start + 1
    tag, typed = page[tag_start:name.end()], text[tag_start:name.end()]
    if "<" in tag:
        cut = tag_start + tag.index("<")
        return _Reading(start + 1, _runs_into_a_less_than(page, text, start, tag_start, cut))
    space = next((c for c in tag if c.isspace()), "")
    if space and tag.split(space)[0].lower() in _ELEMENTS:  # `<th　class="x">`
        return _Reading(start + 1, _odd_space(typed, space))
    if '"' in tag or "'" in tag:
        return _Reading(start + 1, f"里的标签名“{typed}”带着引号：标签名后面先空一格再写属性，"
                                   "属性值写在“=”后面的一对引号里（如 <td class=\"x\">）")
    end, said, words, spilled = _attributes(page, text, name.end(), typed)
    unknown = tag == typed and tag.lower() not in _ELEMENTS and "-" not in tag
    opening = page[start + 1] != "/"
    if unknown and (said or (opening and (words or not tag.isascii()))):  # `x<y 时`, `x<y 时>`, `x<y时>`
        return _Reading(end, _less_than(typed))
    if spilled and not said and opening:  # `<img alt=合 计>`
        return _Reading(end, _unquoted_words(*spilled))
    if words and not said and opening and tag.lower() in _ELEMENTS:  # `a<b 且 c>`, `<td 合计>`; `<my-元素 标题>` is fine
        return _Reading(end, _words_in_a_tag(typed, words, _after_text(text, start)))
    if unknown and not said and not foreign and ":" not in tag:  # `<tdd>`, `<yz>`; `<o:p>` is Word's, `<my-cell>` fine
        return _Reading(end, _unknown(typed, opening, _guess(page, tag)), tag.lower())
    if said or page[start + 1] == "/" or tag.lower() not in _RAW_TEXT:
        return _Reading(end, said)
    closing = tag.lower() != "plaintext" and re.compile(rf"</{tag}[{_SPACE}/>]", re.IGNORECASE).search(page, end)
    return _Reading((closing.start() if closing else len(page)), "")


class _Reading(NamedTuple):
    """What reading one tag found (`_read`)."""

    end: int
    """Where reading goes on."""
    said: str
    """What is wrong with the tag; "" if nothing."""
    misspelt: str = ""
    """The tag's name, in lower case, when only that is wrong, no element's (`<tdd>`): a warning (see misspelt), not a
    slip that refuses the build; "" otherwise."""


class _Attributes(NamedTuple):
    """What reading a tag's attributes found (`_attributes`)."""

    end: int
    """Where the tag ends: after its `>`, or where reading it stopped at a slip."""
    said: str
    """What is wrong with the tag; "" if nothing."""
    words: str
    """The first attribute without a value named by words (`_words`), as `且` in `a<b 且 c>`, no attribute a form's
    markup has; "" if none."""
    spilled: tuple[str, str] | None
    """An unquoted value such words follow, as `合 计` in `alt=合 计`: its attribute's name and the value with them (a
    space ends an unquoted value, so the words after it are attributes); None if none."""


def _attributes(page: str, text: str, at: int, tag: str) -> _Attributes:
    """Read a tag's attributes from `at` to its `>`."""

    def ended(end: int, said: str = "") -> _Attributes:
        """What was found when the tag ends at `end`: the words and spilled value read so far go with it."""
        return _Attributes(end, said, words, spilled)

    words, unquoted, spilled = "", None, None
    while True:
        while at < len(page) and page[at] in _SPACE + "/":
            at += 1
        if at >= len(page):
            return ended(at, f"这个 <{tag}> 标签到文件末尾都没有结束；请在它的属性之后补上“>”")
        if page[at] == ">":
            return ended(at + 1)
        name_start = at
        at += 1  # a name may start with `=` (HTML reads it so), nothing else ends it there
        while at < len(page) and page[at] not in _SPACE + "/>=":
            at += 1
        name = text[name_start:at]
        if "<" in page[name_start:at]:
            next_start = page.index("<", name_start)
            next_tag = _TAG_NAME.match(page, next_start)
            return ended(at, _no_end(tag, text[next_start:next_tag.end()] if next_tag else ""))
        if '"' in page[name_start:at] or "'" in page[name_start:at]:
            return ended(at, f"里的“{name}”不是属性名：引号只能括住“=”后面的属性值；请写成 名称=\"值\"（如 class=\"label\"），"
                             f"或是前一个属性值的引号多打或少打了一个")
        while at < len(page) and page[at] in _SPACE:
            at += 1
        if at >= len(page) or page[at] != "=":
            if not _words(name):
                unquoted = None
            elif unquoted:
                spilled = unquoted[0], text[unquoted[1]:name_start + len(name)]
            words = words or (name if _words(name) else "")
            continue
        at += 1
        while at < len(page) and page[at] in _SPACE:
            at += 1
        if at < len(page) and page[at] in "\"'":
            quote, opened = page[at], at
            closed = page.find(quote, at + 1)
            value_end = len(page) if closed < 0 else closed
            if closed < 0 or _ran_on(page, opened + 1, closed):
                meant = re.compile(r"[>\n]").search(page, opened + 1, value_end)
                return ended(value_end if closed < 0 else closed + 1, _open_quote(
                    name, quote, text[opened + 1:meant.start() if meant else value_end], closed < 0))
            at, unquoted = closed + 1, None
            continue
        value_start = at
        while at < len(page) and page[at] not in _SPACE + ">":
            at += 1
        if any(c in page[value_start:at] for c in "\"'<=`"):
            value, bare = text[value_start:at], text[value_start:at].strip("\"'")
            return ended(at, f"里 {name} 的值“{value}”没有用一对引号括起来：浏览器把引号也读作值的一部分，这个属性就不起作用了"
                             f"（colspan、rowspan 读不出数，只占一格）；请写成 {name}=\"{bare}\"")
        unquoted = name, value_start


def _words(name: str) -> bool:
    """Whether an attribute's name is words typed where attributes go (`合计`, `1` in `<td 1>`), not a name: one with
    no ASCII letter and no `-`, not all ASCII or with a digit. `data-备注` and `标题` in `<my-元素 标题>` are attributes
    a browser keeps."""
    return ("-" not in name and not any(c.isascii() and c.isalpha() for c in name)
            and (not name.isascii() or any(c.isdigit() for c in name)))


def _ran_on(page: str, value_start: int, closed: int) -> bool:
    """Whether a quoted value read from `value_start` to the quote at `closed` is sure to have run on past the quote
    meant to close it: it holds a tag (`<td class="x>甲</td><td colspan="2">`), and the quote that ended it opens
    another value (the value ends in `colspan=`) or is followed by more than a tag's end or a space. `title="a<br>b"`
    holds a tag and is fine: a `<` inside a value is text."""
    if not _TAG_IN_VALUE.search(page, value_start, closed):
        return False
    after = page[closed + 1:closed + 2]
    return bool(_QUOTE_OPENS_A_VALUE.search(page, value_start, closed)) or (after != "" and after not in _SPACE + "/>")


def _runs_into_a_less_than(page: str, text: str, start: int, tag_start: int, cut: int) -> str:
    """A tag name that runs into a `<` at `cut` (`<tr<td>`, `x<y时</td>`): a `>` left out where the name is an
    element's (or Jinja writes part of it), a less-than meant as text where it is none (`y时`). `A<B</td>` names
    an element (`b`) right after text, so either may be meant: both are said."""
    name = text[tag_start:cut]
    written = page[tag_start:cut] == name and page[start + 1] != "/"
    if written and name.lower() not in _ELEMENTS and "-" not in name:
        return _less_than(name)
    next_tag = _TAG_NAME.match(page, cut)
    said = _no_end(name, text[cut:next_tag.end()] if next_tag else "")
    return said + (f"；如果这里的“<”是小于号，请写成 &lt;：“&lt;{name}”" if written and _after_text(text, start) else "")


def _after_text(text: str, start: int) -> bool:
    """Whether the `<` at `start` follows a letter, digit or Chinese character, as a less-than between words does."""
    return start > 0 and text[start - 1].isalnum()


def _less_than(name: str, why: str = "") -> str:
    """A `<` meant as text, as in `x<y 时` (before a name no element has) or `a<b 且 c>` (`why`: words no tag holds)."""
    return (f"里的“<{name}”，浏览器读作一个标签的开始（{why or f'{name} 不是 HTML 的标签名'}），后面的文字直到下一个“>”都不会印出；"
            f"这里要写小于号的话，请把“<”写成 &lt;：“&lt;{name}”")


def _guess(page: str, name: str) -> str | None:
    """The element of today's (`_CURRENT`) a name no element has is a slip of: first of those the template uses
    (`</bdoy>` after `<body>` is `body`, not as close a `bdo`), then of any; None when none is close (field_guess, a
    letter or two letters' order apart: `page` is as long as `image` give or take a letter, but no slip of it) or the
    name is one letter, too short to tell a slip by (`RefCell<T>`, a less-than, is no `<tt>`)."""
    if len(name) < 2:
        return None
    return meant(name.lower(), _used(page), by_length=False) or meant(name.lower(), _CURRENT, by_length=False)


@functools.lru_cache(maxsize=1)
def _used(page: str) -> frozenset[str]:
    """Today's elements the page's tags name: read once a page, not again at each misspelt tag of it."""
    return frozenset(found.lower() for found in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", page)) & _CURRENT


def _unknown(name: str, opening: bool, guess: str | None) -> str:
    """A tag whose name no element has, without words that would show a less-than (`<tdd>`, `</yz>`): a misspelt
    tag, which a browser keeps as an element it does not know, or drops if it is an end tag."""
    slash = "" if opening else "/"
    done = ("浏览器把它读作一个不认识的元素，不按表格的格、行或段落排版（在表格里还会被移到表格外）" if opening
            else "浏览器不认识它，把这个结束标签丢掉")
    fix = f"是否想写 <{slash}{guess}>？" if guess else "请改成要写的 HTML 标签名"
    return (f"里的“{name}”不是 HTML 的标签名：{done}；{fix}（自己定义的元素名要带“-”，如 <my-cell>；"
            f"要印出小于号，请把“<”写成 &lt;）")


def _unquoted_words(name: str, value: str) -> str:
    """An unquoted value with a space in it (`alt=合 计`): the browser ends the value at the space."""
    return (f"里 {name} 的值“{value}”中间有空格却没有用引号括起来：浏览器只把空格前的部分读作 {name} 的值，后面的文字"
            f"读作别的属性，表上不会印出；请用一对引号括起整个值，写成 {name}=\"{value}\"")


def _odd_space(name: str, space: str) -> str:
    """A tag name with a space HTML does not count as one after it (`<th　class="x">`): the name runs on over it."""
    called = "全角空格" if space == "\u3000" else f"空白字符（U+{ord(space):04X}）"
    element = name.split(space)[0]
    moved = "，表格里的这一格会被移到表格外" if element.lower() in ("td", "th", "tr") else ""
    return (f"里标签名后面是一个{called}：浏览器不把它当作空格，把“{clipped(name, 20)}”整个读作一个不认识的标签名，"
            f"这里就没有 <{element}> 了{moved}；请把它换成半角空格")


def _words_in_a_tag(tag: str, words: str, after_text: bool) -> str:
    """An element's tag holding words where an attribute would be (`a<b 且 c>`, `<td 合计>`): after text, most likely a
    less-than the browser read as that element's tag; else text typed before the tag's `>`."""
    if after_text:
        return _less_than(tag, f"“{words}”不是属性名")
    return f"里的“{words}”不是属性名：浏览器把它读作 <{tag}> 标签的属性，表上不会印出；要印出的文字请写在“>”之后"


def _open_quote(name: str, quote: str, meant: str, to_the_end: bool) -> str:
    """A quoted value whose closing quote is missing: the value meant is taken to be what comes before the tag's `>`."""
    ran = "到文件末尾都没有配对的" if to_the_end else "在值的末尾没有配对的引号，一直读到后面标签里的下一个"
    return (f"里 {name} 的值以“{quote}”开始，{ran}“{quote}”：浏览器把中间的文字和标签都当作这个属性的值，表上就少了它们；"
            f"请在属性值的末尾补上“{quote}”，写成 {name}={quote}{clipped(meant, 20)}{quote}")


def _no_end(tag: str, next_tag: str) -> str:
    """A tag with no `>` before the next tag (`next_tag`, its `<` and name; "" when no name follows that `<`)."""
    quoted = f"“{clipped(next_tag, 10)}”"
    followed, before = (f"就是下一个标签{quoted}", quoted) if next_tag else ("又是一个“<”", "这个“<”")
    return (f"里“<{tag}”这个标签没有以“>”结束，后面紧接着{followed}：浏览器把后面的标签当作它的属性，"
            f"表上就少了它们；请在{before}之前补上“>”")
