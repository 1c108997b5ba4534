"""The pages of `jixiao serve`: the index of specs, each spec's form or its problems, and what a page says when
it cannot be made; each with the script that reloads it when a watched file changes.

Kept apart from the watching and from the terminal's news: these are what the browser shows, as HTML.
"""
from __future__ import annotations

import html
import os
import re
from pathlib import Path
from urllib.parse import quote, unquote

from .build import Rendered
from .command_paths import DEFAULT_SPECS, NO_SPEC_YET, how_to_make, how_to_start, saved_as_text_warning
from .errors import JixiaoError
from .report import as_html_list
from .serve_lint import advice_counts, advice_panel
from .serve_panel import panel
from .spec_files import NO_SPEC_KEY

VERSION_PATH = "/__jixiao/version"
NO_SPEC_TO_SHOW = "没有能预览的规格"
SKIPPED = f"不像规格（{NO_SPEC_KEY}），预览跳过了它"
GIVE_FORM = "写上 form: 等字段后保存"
"""The advice to a file `SKIPPED` that is a spec being written (`Watched.begun`), never to another program's YAML."""
FORM_PREFIX = "/form/"
_BODY_START, _BODY_END = re.compile(r"<body\b[^>]*>", re.IGNORECASE), re.compile(r"</body\s*>", re.IGNORECASE)

# Asks for the version every second and reloads when it is not the one the page was made at. Learnt from the
# first answer instead, a change saved in the second after a load (a second quick save) was taken as the page's
# own version, and the page kept showing the content before it as current. A server that stopped or cannot be
# reached says so on the page, which no longer follows the files; a server started again has a new version.
# The reader's place is kept for the tab (sessionStorage, one per page address) when the page goes, and scrolled
# back to after a reload this script made, which it marks just before: an error while typing showed the short
# error page, and the form came back at its top, at every pause with auto-save. Restored at every load, a form
# opened again from the index opened mid-page, where it was last left. A page that shows what is wrong
# (`keeps_place` false) opens at its top and leaves the place kept as it was, for the form once it is back: a
# long error page opened at the form's place, its heading off screen. A page too short to reach the place kept
# leaves it as it was unless the reader scrolled there.
_RELOAD = """<script>(function () {
  var shown = "@VERSION@", stopped = null, place = "jixiao-scroll:" + location.pathname, kept = 0, ours = false;
  var mark = "jixiao-reloaded:" + location.pathname, keeps = @KEEPS@;
  try {
    kept = Number(sessionStorage.getItem(place)) || 0;
    ours = sessionStorage.getItem(mark) === "1";
    sessionStorage.removeItem(mark);
  } catch (e) {}
  // The browser's own restoring is turned off just before this script reloads the page, and on again when the page
  // is left otherwise (a link, the back button, the reader's own reload); turned on at load, it restored after it.
  var manual = "scrollRestoration" in history, reloading = false;
  addEventListener("load", function () {
    if (ours) scrollTo(0, keeps ? kept : 0);
  });
  addEventListener("pagehide", function () {
    if (manual && !reloading) history.scrollRestoration = "auto";
    if (!keeps) return;
    var bottom = document.documentElement.scrollHeight - innerHeight;
    if (!(bottom < kept && scrollY >= bottom - 1)) kept = scrollY;
    try { sessionStorage.setItem(place, String(kept)); } catch (e) {}
  });
  setInterval(function () {
    fetch("@PATH@", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
      if (v !== shown) {
        try { sessionStorage.setItem(mark, "1"); } catch (e) {}
        if (manual) history.scrollRestoration = "manual";
        reloading = true;
        location.reload();
      } else if (stopped) { stopped.remove(); stopped = null; }
    }).catch(function () {
      if (stopped) return;
      stopped = document.createElement("div");
      stopped.className = "jixiao-stopped";
      stopped.setAttribute("style", "position:fixed;top:0;left:0;right:0;z-index:9999;padding:.5em 1em;"
        + "font:14px/1.6 sans-serif;color:#fff;background:#b00020");
      stopped.textContent = "@STOPPED@";
      document.body.appendChild(stopped);
    });
  }, 1000);
})();</script><style>@media print{.jixiao-stopped{display:none}}</style>"""
STOPPED = "预览已停止（jixiao serve 没有在运行）：这一页不再随文件更新，可能已经过时；重新运行 jixiao serve 后会自动刷新。"


def reload_script(version: str, keeps_place: bool = True) -> str:
    """The script that reloads a page made at `version` once the files change; `keeps_place` false for a page
    that says what is wrong, which opens at its top and leaves the reader's place for the page that comes back."""
    return _RELOAD.replace("@VERSION@", version).replace("@KEEPS@", "true" if keeps_place else "false").replace("@PATH@", VERSION_PATH).replace("@STOPPED@", STOPPED)


# The head of every page of the preview's own (the index, an error, a page not found). Without a viewport a phone
# laid it out 980 px wide and zoomed out, its text too small to read; a path with no space to break at (a spec's, a
# schema's in an error) ran past the screen's edge, and breaks there now (`word-wrap`, which old browsers know too).
_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body{{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;
word-wrap:break-word}}
li{{margin:.4em 0}} .bad{{color:#b00020}} .warn{{color:#8a5a00}} code{{white-space:pre-wrap}}</style>
</head><body>{body}{reload}</body></html>"""


class PreviewPages:
    """The pages part of serve.Preview: the page answered for each path of the server.

    It reads the preview's state through the Preview it is part of (`watched`, `render`, `version`, `said_of`,
    `shown`, `failed`, `damaged`, `_gone_words`, and lint's `advice`), one class in use; a module of its own, so that the HTML is read
    apart from the watching and the terminal's wording."""

    def page(self, route: str) -> tuple[int, str, bytes]:
        """(status, content type, body) for a path of this server; a failure is a page that tries again.

        Raised in the request, it left the browser with an empty answer, which has no reload script,
        and the terminal with a traceback."""
        try:
            return self._page(route)
        except Exception as exc:  # noqa: BLE001 - the page is where the preview's user looks
            body = (f"<h1>预览出错</h1><p>{html.escape(self.failed(exc))}</p>"
                    "<p>这一页每秒重试一次（文件正被改动、移动时会这样），好了会自动显示。</p>")
            return 500, "text/html; charset=utf-8", _encoded(_PAGE.format(
                title="预览出错", body=body, reload=reload_script("", keeps_place=False)))  # no version is this page's

    def _page(self, route: str) -> tuple[int, str, bytes]:
        if route == VERSION_PATH:
            return 200, "text/plain; charset=utf-8", self.version().encode()
        version = self.version()  # taken first: a change while the page is made reloads it once more
        reload, on_error = reload_script(version), reload_script(version, keeps_place=False)
        if self.watched.trouble is not None:
            return 200, "text/html; charset=utf-8", _cannot_preview("jixiao.yaml 有误", self.said_of(self.watched.trouble), on_error,
                                                                    back=route != "/")
        specs = self.watched.specs()
        # `/form/` names no spec: it was the page of a spec gone, `规格 不在预览的规格中`, its name left blank
        address = unquote(route[len(FORM_PREFIX):], errors="surrogateescape") if route.startswith(FORM_PREFIX) else None
        address = address or None
        spec = {self.watched.address(name): name for name in specs}.get(address)
        try:
            if route == "/":
                return 200, "text/html; charset=utf-8", self._index(specs, reload)
            if spec is not None:
                return 200, "text/html; charset=utf-8", self._form(spec, reload, on_error)
        except JixiaoError as exc:
            return 200, "text/html; charset=utf-8", _cannot_preview("表样有误", self.said_of(exc), on_error)
        if address is None:
            body = '<h1>没有这一页</h1><p><a href="/">回到规格列表</a></p>'
            return 404, "text/html; charset=utf-8", _encoded(_PAGE.format(title="没有这一页", body=body, reload=""))
        skipped = {self.watched.address(name): name for name in self.watched.skipped()}.get(address)
        if skipped is not None:
            page = _not_a_spec(self.shown(skipped), on_error, self.watched.begun(skipped))
            return 404, "text/html; charset=utf-8", page
        return 404, "text/html; charset=utf-8", _spec_gone(address, on_error, self.watched.renamed_to(address, specs))

    def _index(self, specs: list[str], reload: str) -> bytes:
        gone = "".join(f'<p class="bad">{html.escape(self._gone_words(name))}；它回来后这一页会自动刷新。</p>'
                       for name in self.watched.gone())
        if not specs and gone:
            return _encoded(_PAGE.format(title="jixiao 预览：没有规格", body=f"<h1>jixiao 预览：没有规格</h1>{gone}",
                                         reload=reload))
        if not specs:
            retyped = self.watched.retyped()
            return self._only_skipped(retyped, reload) if retyped else self._no_spec_yet(reload)
        items, broken = [], {}
        for spec in specs:
            try:
                rendered, advice = self.render(spec), self.advice(spec)
            except JixiaoError as exc:  # its form's profile or schema: one broken form hid every spec of the others
                broken.setdefault(self.said_of(exc), None)
                rendered = Rendered(spec)
                state = '<span class="bad">表样有误，无法预览</span>'
            else:
                errors = sum(p.is_error for p in rendered.problems)
                state = (f'<span class="bad">{errors} 个错误，未能生成</span>' if errors
                         else f'<span class="warn">{len(rendered.problems)} 个警告</span>' if rendered.problems else "")
                state = "　".join(filter(None, (state, advice_counts(advice))))
            name = html.escape(rendered.title or Path(spec).stem)  # not `stem`, where a unit a/b is a_b
            items.append(f'<li><a href="{FORM_PREFIX}{_quoted(self.watched.address(spec))}">{name}</a>　<small>{html.escape(spec)}</small>　{state}</li>')
        retyped = self.watched.retyped()
        damaged = "".join(f'<p class="bad">{html.escape(said)}</p>' for said in self.damaged.values()) + "".join(
            f'<p class="bad">表样有误，无法预览：<code>{html.escape(said)}</code></p>' for said in broken)
        body = (f"<h1>jixiao 预览：{len(specs)} 个规格</h1><p>保存规格、表样、schema 或 jixiao.yaml 后，打开的页面会自动刷新。</p>"
                f"{gone}{damaged}{self._saved_as_text()}{self._skipped_beside_specs(retyped)}"
                f"<ul>{''.join(items)}{self._skipped_items(retyped)}</ul>")
        return _encoded(_PAGE.format(title="jixiao 预览", body=body, reload=reload))

    def _no_spec_yet(self, reload: str) -> bytes:
        """The index while there is no spec: how to make one, where this page will list it when saved.

        A unit's first day after `jixiao init` has no spec; serve stopped there with a usage error, so
        the preview could not be open to watch the first spec take shape."""
        awaited = self.awaited_folder()
        folder, missing = html.escape(awaited), not Path(awaited).is_dir()
        skipped = [self.shown(name) for name in self.watched.skipped()]
        if skipped:  # “specs/ 里还没有规格文件（.yaml、.yml）” of a folder whose .yml the clerk sees: what was skipped, and why
            title, hint = NO_SPEC_TO_SHOW, f"<p>{html.escape(only_skipped_words(skipped))}</p><p>{how_to_make(folder, _code, missing)}</p>"
        else:
            title, hint = NO_SPEC_YET, f"<p>{how_to_start(folder, _code, missing)}</p>"
        body = (f"<h1>jixiao 预览：{title}</h1>{self._saved_as_text() or hint}"
                f"<p>规格新建、改名或保存到 {folder}/ 后，这一页会自动刷新并列出它。</p>")
        return _encoded(_PAGE.format(title=f"jixiao 预览：{title}", body=body, reload=reload))

    def awaited_folder(self) -> str:
        """The folder a first spec is awaited in: the project's specs/ (`Watched.awaited`), else the first path given."""
        places = self.watched.awaited or self.watched.paths
        return os.path.normpath(places[0]) if places else DEFAULT_SPECS  # nothing given: where `new` would write

    def _only_skipped(self, skipped: list[str], reload: str) -> bytes:
        """The index while the specs in the folders watched are all left out as other programs' YAML since they were
        retyped (`skipped`, `Watched.retyped`): each listed with why, as its own page says (`_not_a_spec`). A spec
        retyped whole (`- ` begun on an emptied file) had the index say there was no spec yet and how to make one, the
        file being edited nowhere on it. Other programs' YAML is left unlisted, as beside specs."""
        body = (f"<h1>jixiao 预览：{NO_SPEC_TO_SHOW}</h1>{self._saved_as_text()}<ul>{self._skipped_items(skipped)}</ul>"
                f"<p>{GIVE_FORM}，这一页会自动刷新并列出它。</p>")
        return _encoded(_PAGE.format(title=f"jixiao 预览：{NO_SPEC_TO_SHOW}", body=body, reload=reload))

    def _skipped_items(self, retyped: list[str]) -> str:
        """The index's items of the specs retyped out of a spec's shape (`Watched.retyped`), each linked to its own page
        (`_not_a_spec`) with why it is left out. Listed only with no spec left, a spec retyped whole beside others was
        gone from the list, the terminal alone saying it was skipped."""
        return "".join(f'<li><a href="{FORM_PREFIX}{_quoted(self.watched.address(name))}">{html.escape(Path(name).stem)}'
                       f'</a>　<small>{html.escape(name)}</small>　<span class="warn">{SKIPPED}</span></li>'
                       for name in retyped)

    def _skipped_beside_specs(self, retyped: list[str]) -> str:
        """The index's note of the YAML files left out that were never previewed as specs (not of `retyped`): as
        validate and build note them, and as serve's terminal did at the start (`注意：跳过了 specs 里 1 个不像规格的 YAML
        文件`), with no word on the page: a spec retyped whole before serve started, beside other specs, was missing
        from the list with no word why. Not listed, and not told to get a form: field: it may be another program's."""
        others = [self.shown(name) for name in self.watched.skipped() if name not in retyped]
        return f'<p class="warn">{html.escape(only_skipped_words(others, beside_specs=True))}</p>' if others else ""

    def _saved_as_text(self) -> str:
        """The warning for each spec saved as `gz.yaml.txt` (command_paths.saved_as_text_warning), on the index: the
        terminal says it once, and the clerk looking at the page saw gz.yaml in the folder and not in the list."""
        return "".join(f'<p class="warn">{html.escape(saved_as_text_warning(self.shown(path)))}</p>'
                       for path in self.watched.as_text)

    def _form(self, spec: str, reload: str, on_error: str) -> bytes:
        rendered = self.render(spec)
        if rendered.ok and "html" in rendered.files:
            panel = (_warnings_panel(rendered.problems) if rendered.problems else "") + advice_panel(self.advice(spec))
            return _encoded(_with_preview_parts(rendered.files["html"].decode("utf-8"), panel, reload))
        body = (f"<h1>{html.escape(spec)} 有错误，未能生成</h1><p>改正后保存，这一页会自动刷新。"
                f'<a href="/">回到规格列表</a></p>{as_html_list(rendered.problems)}')
        return _encoded(_PAGE.format(title=f"{html.escape(spec)}：有错误", body=body, reload=on_error))


def _code(command: str) -> str:
    """A command as the index shows it; the folder in it is escaped already."""
    return f"<code>{command}</code>"


SKIPPED_NAMED = 5
"""The most files `only_skipped_words` names. Naming the first alone, as validate's note does, a spec retyped before
serve started was hidden behind a docker-compose.yml sorted before it (`2 个 YAML 文件…，如 specs/docker-compose.yml`);
a home folder's hundred other YAML files are not all named."""


def only_skipped_words(skipped: list[str], beside_specs: bool = False) -> str:
    """What the index and the terminal say of the YAML files left out as other programs' when no spec is left to show,
    or `beside_specs` (`PreviewPages._skipped_beside_specs`): the file, or how many and which (`SKIPPED_NAMED`), with
    why."""
    if len(skipped) == 1:
        return f"{skipped[0]} {SKIPPED}。"
    named = "、".join(skipped[:SKIPPED_NAMED]) + ("等" if len(skipped) > SKIPPED_NAMED else "")
    return f"{len(skipped)} 个 YAML 文件{'' if beside_specs else '都'}不像规格（{NO_SPEC_KEY}），预览跳过了它们：{named}。"


def _quoted(address: str) -> str:
    """A spec's address as its link writes it: a file name that is not UTF-8 (a GBK name unpacked from a zip made on
    Windows) holds lone surrogates, written back as the bytes they stand for (`%FF`), which `_page` reads back as
    the same surrogates. quote() refused them, and the index of a folder holding such a spec was an internal error."""
    return quote(address, errors="surrogateescape")


def _encoded(page: str) -> bytes:
    """A page as sent, in UTF-8: a lone surrogate of such a file name, which UTF-8 cannot encode, is written as the
    Python escape the terminal shows it as (`specs/\\udcff.yaml`, error_boundary._chinese_safe_output)."""
    return page.encode("utf-8", "backslashreplace")


def _with_preview_parts(page: str, panel: str, reload: str) -> str:
    """A form's page with the warnings panel at the top of its body and the reload script at its end.

    A project's own form may write `<BODY class="…">`, or leave `</body>` out as HTML allows: only an
    exact `<body>` and `</body>` were looked for, so its page never reloaded and showed no warnings,
    without a word. With no body tag the panel goes at the end, where it is seen still."""
    end = max((found.start() for found in _BODY_END.finditer(page)), default=len(page))
    start = _BODY_START.search(page, 0, end)
    if start is None:
        return page[:end] + panel + reload + page[end:]
    return page[:start.end()] + panel + page[start.end():end] + reload + page[end:]


def _spec_gone(spec: str, reload: str, renamed: str | None = None) -> bytes:
    """The page of a spec that is not there (now): renamed, moved, deleted, or between an editor's steps; linking
    the spec it was `renamed` to (an address), when serve saw the rename.

    Vim saves by renaming the file and writing it anew; a reload in between got a page with no
    reload script, which stayed there after the file was back."""
    where = (f'它已改名为 <a href="{FORM_PREFIX}{_quoted(renamed)}">{html.escape(renamed)}</a>' if renamed
             else "它可能已被改名、移动或删除")
    body = (f"<h1>没有这一页</h1><p>规格 {html.escape(spec)} 不在预览的规格中：{where}。"
            f'它回来后这一页会自动刷新。<a href="/">回到规格列表</a></p>')
    return _encoded(_PAGE.format(title="没有这一页", body=body, reload=reload))


def _not_a_spec(spec: str, reload: str, begun: bool) -> bytes:
    """The page of a YAML file in a folder watched that is left out as another program's (spec_files.foreign_yaml),
    as validate and build leave it out: a spec saved while all of it was being retyped (`- ` begun on an emptied
    file, a paste of plain text) had its open page say it may have been renamed or deleted, though it was there.
    Told to get a form: field only when `begun` (`Watched.begun`), as the index and the terminal tell it: the page of
    a docker-compose.yml in specs/ said so, advice for a file that is no spec at all."""
    advice = f"{GIVE_FORM}，这一页会自动刷新。" if begun else ""
    body = (f"<h1>{html.escape(spec)} 不像规格，未能预览</h1><p>它{NO_SPEC_KEY}，像别的程序的 YAML 文件，"
            f"预览跳过了它（validate、build 也跳过它）。{advice}"
            f'<a href="/">回到规格列表</a></p>')
    return _encoded(_PAGE.format(title=f"{html.escape(spec)}：不像规格", body=body, reload=reload))


def _cannot_preview(what: str, said: str, reload: str, back: bool = True) -> bytes:
    """A form's profile or schema, or jixiao.yaml, that cannot be used (`said`, its error), said where the preview's
    user looks.

    It stops every command that reads it, as `validate` says; raised in a request it left the
    browser with no answer and the terminal with a traceback, and the page stopped reloading. `back` false on the
    index itself, whose link back to the list of specs led to this page again."""
    link = '<a href="/">回到规格列表</a>' if back else ""
    body = (f"<h1>{what}，无法预览</h1><p>改正后保存，这一页会自动刷新。"
            f'{link}</p><p class="bad"><code>{html.escape(said)}</code></p>')
    return _encoded(_PAGE.format(title=what, body=body, reload=reload))


def _warnings_panel(problems) -> str:
    """The warnings of a form that was generated, above it on screen and never on paper; closed when long, then as
    the clerk left it (serve_panel.panel, as lint's advice below it).

    `build` prints them in the terminal, which the preview's user is not looking at; a 未填写
    placeholder or a mistyped quote would otherwise only show when the form is built."""
    return panel("jixiao-warnings", ("#8a5a00", "#fff8e1", "#f0c36d"), f"{len(problems)} 个警告",
                 as_html_list(problems), len(problems))
