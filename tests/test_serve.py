"""jixiao serve: the live preview's pages, its reload on change, and its refusals."""
from __future__ import annotations

import errno
import html
import json
import os
import re
import select
import shutil
import socket
import subprocess
import struct
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.command_paths import saved_as_text_warning
from generator.errors import FormError
from generator.jinja import make_env
from generator.serve import Preview
from generator.serve_http import RequestReader, make_server
from generator.serve_pages import NO_SPEC_TO_SHOW, SKIPPED_NAMED, VERSION_PATH
from generator.serve_watch import watch
from generator.variants import Roots

from .conftest import ROOT, copy_variant
from .test_render import A_PHONE, _browser_result

GZ, TJ = "guangzhou-tailian-2023.yaml", "tianjin-qiaolian-2023.yaml"


@pytest.fixture
def said():
    """What the served preview says in the terminal."""
    return []


@pytest.fixture
def served(tmp_path, said):
    """A preview of two example specs copied to tmp_path/specs, served on a free port: (preview, get, specs)."""
    specs = tmp_path / "specs"
    specs.mkdir()
    for name in (GZ, TJ):
        shutil.copy(ROOT / "specs" / name, specs / name)
    preview = Preview([str(specs)], Roots, say=said.append)
    server = make_server(preview, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"

    def get(path: str, headers: dict | None = None, method: str = "GET") -> tuple[int, str]:
        try:
            with urllib.request.urlopen(urllib.request.Request(base + path, headers=headers or {}, method=method),
                                        timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    yield preview, get, specs
    server.shutdown()
    server.server_close()


def test_the_index_lists_every_spec_by_its_form_name_and_links_its_form(served):
    preview, get, specs = served
    status, page = get("/")
    assert status == 200
    assert "广州市台湾同胞联谊会2023年部门整体预算绩效目标申报表" in page and "天津市归国华侨联合会2023年度项目绩效目标表" in page
    link = f'/form/specs/{GZ}'  # from the folder holding the paths given
    assert f'href="{link}"' in page and VERSION_PATH in page
    status, form = get(link)
    assert status == 200 and "<table" in form and "广州市台湾同胞联谊会" in form
    assert form.count(VERSION_PATH) == 1 and form.index(VERSION_PATH) < form.index("</body>")  # reloads itself


def test_only_the_specs_being_previewed_are_served(served):
    _, get, specs = served
    for path in ("/form/README.md", f"/form/{specs}/../../README.md", "/form/%2Fetc%2Fpasswd", "/nothing"):
        status, page = get(path)
        assert status == 404 and "没有这一页" in page, path


def test_a_saved_change_shows_on_the_next_load_with_a_new_version(served):
    preview, get, specs = served
    _, before = get(VERSION_PATH)
    spec = specs / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("广州市台湾同胞联谊会", "广州市台胞联谊会", 1), encoding="utf-8")
    assert preview.refresh() and not preview.refresh()  # one change, seen once
    _, after = get(VERSION_PATH)
    assert after != before
    _, form = get(f"/form/specs/{spec.name}")
    assert "广州市台胞联谊会" in form


def _shown_version(page: str) -> str:
    """The version a page's reload script holds as its own."""
    match = re.search(r'var shown = "([^"]*)"', page)
    assert match, page[-800:]
    return match.group(1)


def test_a_page_reloads_for_a_change_saved_before_its_script_first_asks(served):
    """The script took the first version it fetched, a second after the load, as the page's own: a change
    saved in that second (a second quick save) never reloaded, and the page showed the content before it."""
    preview, get, specs = served
    spec = specs / GZ
    _, form = get(f"/form/specs/{spec.name}")
    _, now = get(VERSION_PATH)
    assert _shown_version(form) == now
    spec.write_text(spec.read_text(encoding="utf-8").replace("广州市台湾同胞联谊会", "广州市台胞联谊会", 1), encoding="utf-8")
    assert preview.refresh()
    _, later = get(VERSION_PATH)
    assert later != _shown_version(form)  # what the script compares: it reloads
    for route in ("/", f"/form/specs/{spec.name}"):
        _, page = get(route)
        assert _shown_version(page) == later, route


def test_a_page_made_by_an_earlier_run_of_serve_reloads_in_the_next(tmp_path):
    """Each run counted from the same number: a page left open across a restart could hold the new run's version."""
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / TJ, specs / TJ)
    assert Preview([str(specs)], Roots).version() != Preview([str(specs)], Roots).version()


def test_a_page_says_when_the_server_stopped_and_does_not_print_it(served):
    _, get, _ = served
    _, page = get("/")
    assert "预览已停止（jixiao serve 没有在运行）" in page and "@media print{.jixiao-stopped{display:none}}" in page


def test_the_page_of_a_spec_renamed_away_reloads_when_it_is_back(served):
    """Vim saves by renaming the spec and writing it anew: a reload in between got a 404 page with no
    reload script, which stayed after the file was back."""
    preview, get, specs = served
    spec, aside = specs / GZ, specs / (GZ + "~")
    spec.rename(aside)
    assert preview.refresh()
    status, gone = get(f"/form/specs/{spec.name}")
    assert status == 404 and "可能已被改名、移动或删除" in gone and f"specs/{GZ}" in gone
    aside.rename(spec)
    assert preview.refresh()
    _, now = get(VERSION_PATH)
    assert now != _shown_version(gone)
    status, form = get(f"/form/specs/{spec.name}")
    assert status == 200 and "<table" in form


def test_a_spec_with_errors_shows_them_as_validate_prints_them(served):
    preview, get, specs = served
    spec = specs / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("other_funds: 0.00", "other_funds: <b>1,000</b>", 1),
                    encoding="utf-8")
    preview.refresh()
    _, index = get("/")
    assert "1 个错误，未能生成" in index
    _, page = get(f"/form/specs/{spec.name}")
    assert "有错误，未能生成" in page and f"{spec}:" in page and "错误[SCHEMA-TYPE]" in page
    assert "&lt;b&gt;1,000&lt;/b&gt;" in page and "<b>1,000</b>" not in page  # spec text is escaped here too
    assert VERSION_PATH in page  # and reloads once fixed


def test_a_form_with_warnings_shows_them_above_it_but_not_in_print(served):
    preview, get, specs = served
    _, before = get(f"/form/specs/{GZ}")
    assert "1 个警告" in before and "SCHEMA-LINE" in before  # the copy's schema line points nowhere
    spec = specs / GZ
    spec.write_text(spec.read_text(encoding="utf-8").replace("广州市台湾同胞联谊会", "（请填写）", 1), encoding="utf-8")
    preview.refresh()
    _, form = get(f"/form/specs/{spec.name}")
    assert "<table" in form and "<summary><span>2 个警告</span>" in form and "“（请填写）”" in form.split("<table")[0]
    assert form.index("只在预览中显示") < form.index("<table") and "@media print{.jixiao-warnings{display:none}}" in form


def test_a_long_list_of_warnings_starts_closed_and_then_stays_as_the_clerk_left_it(served):
    """The warnings opened in full at every reload, pushing the form down at each save and reopening a list the clerk
    had closed; lint's advice below them did not any more. Both panels start closed over 5 items and keep the clerk's
    choice per page, each its own (serve_panel)."""
    preview, get, specs = served
    spec = specs / GZ
    # SCHEMA-LINE (the copy's schema line points nowhere) and a TEXT-QUOTES for each 主要实施内容 quoted whole, but
    # the one quoting “台联之星” inside already
    quoted = re.sub(r"(?m)^(    content: )(.*)$", r"\1“\2”", spec.read_text(encoding="utf-8"))
    task = "- name: 履行职责，做好参政议政和信息调研工作。"
    longer = quoted.replace(task, "- name: “履行职责，做好参政议政和信息调研工作。”")
    for text, count, opened in ((quoted, 5, " open"), (longer, 6, "")):
        spec.write_text(text, encoding="utf-8")
        preview.refresh()
        _, page = get(f"/form/specs/{GZ}")
        panel = re.search(r'<details( open)? class="jixiao-warnings".*?</details>', page, re.S)
        assert panel and (panel.group(1) or "") == opened, page[:3000]
        assert f"<summary><span>{count} 个警告</span><small" in panel.group(0)
    assert '.jixiao-warnings:not([open])>summary>span::after{content:"　点击展开"}' in page
    remembered = page[panel.end():]  # it finds the panel as the element just before it
    assert remembered.startswith("<script>(function () {\n  var panel = document.currentScript.previousElementSibling")
    assert '"jixiao-warnings-open:" + location.pathname' in remembered.split("</script>", 1)[0]
    assert '"jixiao-lint-open:" + location.pathname' in page  # lint's panel keeps a choice of its own


@pytest.mark.skipif(not shutil.which("chromium"), reason="Chromium is not installed (CI installs it)")
def test_a_form_s_warnings_wrap_to_a_phone_s_width(served, tmp_path):
    """A form's page stays as wide as a phone, only its tables scrolling sideways; above it, a warning's path
    (schema“../schema/guangzhou.schema.json”) has no place to break and ran past the panel, and made the
    preview's page wider than the phone again. The panel now breaks such a word at the screen's edge."""
    _, get, _ = served
    _, form = get(f"/form/specs/{GZ}")
    frame = f'<iframe style="width:390px;height:800px;border:0" srcdoc="{html.escape(form)}"></iframe>'
    script = ("onload = () => { const d = document.querySelector('iframe').contentDocument;"
              " document.body.dataset.result = JSON.stringify([d.documentElement.clientWidth, d.documentElement.scrollWidth,"
              " d.querySelector('.jixiao-warnings').scrollWidth, d.querySelector('.jixiao-warnings').clientWidth]); };")
    window, page, panel_content, panel = _browser_result(frame, script, tmp_path, A_PHONE)
    assert "SCHEMA-LINE" in form and page <= window and panel_content <= panel, (window, page, panel_content, panel)


# A form's schema as an error names it, no space in it to break a line at.
_LONG_PATH = "C:/Users/caiwu/Documents/jixiao-danwei-2024/forms/schema/guangzhou-tailian-bumen-zhengti-2023.schema.json"


@pytest.fixture
def own_pages(served, monkeypatch) -> list[str]:
    """The preview's own pages, a form's error naming _LONG_PATH in `<code>`: the index, the form's page that cannot
    be shown, a spec not there, a path not there, and the page of a failure in the preview itself."""
    preview, get, _ = served

    def broken_form(spec):
        raise FormError(f"{_LONG_PATH}:3:5: 找不到这个文件")

    def failing(route):
        raise RuntimeError("a bug")

    monkeypatch.setattr(preview, "render", broken_form)
    pages = [get(path)[1] for path in ("/", f"/form/specs/{GZ}", "/form/specs/gone.yaml", "/nothing")]
    monkeypatch.setattr(preview, "_page", failing)
    return [*pages, preview.page("/")[2].decode("utf-8")]


def test_the_preview_s_own_pages_are_laid_out_for_a_phone_s_screen(own_pages):
    """With no viewport, a phone laid out the preview's index and error pages 980 px wide and zoomed out, the text
    too small to read; and a long path in `<code>` had nowhere to break. Each page says the phone's width is its
    own and breaks a word where it meets the screen's edge."""
    assert [_LONG_PATH in page for page in own_pages[:2]] == [True, True] and len(own_pages) == 5
    for page in own_pages:
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page, page
        assert re.search(r"body\{[^}]*word-wrap:break-word", page), page


@pytest.mark.skipif(not shutil.which("chromium"), reason="Chromium is not installed (CI installs it)")
def test_a_long_path_on_the_preview_s_own_pages_wraps_to_a_phone_s_width(own_pages, tmp_path):
    """A schema's path in an error (in `<code>`, which keeps its spaces) ran past a phone's 390 px and made the page
    wider than the screen, on the index and the form's page. It breaks at the screen's edge now."""
    frames = "".join(f'<iframe style="width:390px;height:800px;border:0" srcdoc="{html.escape(page)}"></iframe>'
                     for page in own_pages[:2])
    script = ("onload = () => document.body.dataset.result = JSON.stringify([...document.querySelectorAll('iframe')]"
              ".map(f => [f.contentDocument.documentElement.clientWidth, f.contentDocument.documentElement.scrollWidth]));")
    for window, page in _browser_result(frames, script, tmp_path, A_PHONE):
        assert page <= window, (window, page)


def test_a_new_spec_and_a_changed_form_are_seen(tmp_path):
    (tmp_path / "specs").mkdir()
    templates, schemas = tmp_path / "forms" / "templates", tmp_path / "forms" / "schema"
    templates.mkdir(parents=True)
    schemas.mkdir()
    preview = Preview([str(tmp_path / "specs")], lambda: Roots(templates, schemas, under=Roots()))
    shutil.copy(ROOT / "specs" / TJ, tmp_path / "specs" / TJ)
    assert preview.refresh()
    (templates / "copied").mkdir()
    (templates / "copied" / "profile.yaml").write_text("title: x\n", encoding="utf-8")  # a form begun
    assert preview.refresh()
    assert not preview.refresh()


def test_the_watcher_calls_back_on_a_change(served):
    preview, _, specs = served
    stop, changed = threading.Event(), threading.Event()
    threading.Thread(target=watch, args=(preview, stop, changed.set), daemon=True).start()
    try:
        (specs / GZ).write_text((specs / GZ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert changed.wait(30)
    finally:
        stop.set()


def test_the_watcher_says_the_start_before_it_polls_and_stops_after_it(tmp_path):
    """on_start (the specs' errors at the start) is called once, in the watcher's thread, before any poll; a stop asked
    meanwhile (Ctrl+C while it rendered) ends the watcher without a poll."""
    calls, stop = [], threading.Event()

    class Polled:
        def specs_at_start(self):
            return []

        def refresh(self):
            calls.append("poll")
            stop.set()  # one poll at most, whatever the watcher does first
            return False

    def on_start():
        calls.append("start")
        stop.set()

    watch(Polled(), stop, lambda: calls.append("change"), on_start)
    assert calls == ["start"]


def test_a_spec_saved_while_the_start_renders_is_polled_before_the_other_specs_are_rendered(served, monkeypatch):
    """The watcher renders the specs for on_start one at a time, polling between two: rendered all before the first
    poll, a spec saved meanwhile showed its old form until the last was rendered (seconds with 20 specs)."""
    import generator.serve_watch

    preview, _, specs = served
    monkeypatch.setattr(generator.serve_watch, "POLL_SECONDS", 0)  # a poll between any two renderings
    calls, stop, render = [], threading.Event(), Preview.render

    def rendered(self, spec):
        if not calls:  # the clerk saves while the first spec renders
            (specs / TJ).write_text((specs / TJ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        calls.append(Path(spec).name)
        return render(self, spec)

    def on_start():
        calls.append("start")
        stop.set()

    monkeypatch.setattr(Preview, "render", rendered)
    watch(preview, stop, lambda: calls.append("change"), on_start)
    assert calls[:2] == [GZ, "change"] and calls[-1] == "start", calls


def test_ctrl_c_while_the_start_renders_ends_the_watcher_before_the_next_spec_and_without_the_start_s_news(
        served, monkeypatch):
    """The start renders the specs one at a time: a stop asked while one renders (Ctrl+C) ends the watcher once that
    one is done, neither the other specs rendered nor polled for, nor on_start called (said after 已停止预览。)."""
    import generator.serve_watch

    preview, _, _ = served
    monkeypatch.setattr(generator.serve_watch, "POLL_SECONDS", 0)  # a poll between any two renderings, if one ran
    calls, stop, render = [], threading.Event(), Preview.render

    def rendered(self, spec):
        calls.append(Path(spec).name)
        stop.set()  # Ctrl+C while the first spec renders
        return render(self, spec)

    monkeypatch.setattr(Preview, "render", rendered)
    monkeypatch.setattr(preview, "refresh", lambda: calls.append("poll"))
    watch(preview, stop, lambda: calls.append("change"), lambda: calls.append("start"))
    assert calls == ["poll", GZ], calls  # polled before the first (POLL_SECONDS 0), not after it


def _served_on_a_taken_port():
    """`jixiao serve` in the current folder on a port another socket holds: the command's result, and the port."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        return CliRunner().invoke(main, ["serve", "--port", str(port)]), port


def test_a_port_in_use_is_a_usage_error_not_a_traceback(monkeypatch):
    monkeypatch.chdir(ROOT)
    result, port = _served_on_a_taken_port()
    assert result.exit_code == 2, result.output
    assert f"无法在 127.0.0.1:{port} 上启动预览：端口 {port} 已被占用" in result.output and "请用 --port 换一个" in result.output
    assert "Traceback" not in result.output and "Address already in use" not in result.output


def test_a_port_in_use_in_a_project_with_no_spec_yet_says_only_that_no_preview_started(tmp_path, monkeypatch):
    """How to make the first spec was said before the server was made, then that the port was in use."""
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result, port = _served_on_a_taken_port()
    assert result.exit_code == 2 and f"端口 {port} 已被占用" in result.output, result.output
    assert "还没有规格" not in result.output and "jixiao new" not in result.output


def test_a_host_not_of_this_computer_is_said_to_be_the_host_not_the_port(monkeypatch):
    """The system's English reason was followed by “端口可能已被占用” whatever went wrong."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["serve", "--host", "192.0.2.1", "--port", "0"])  # TEST-NET: no one's address
    assert result.exit_code == 2, result.output
    assert "“192.0.2.1”不是这台电脑的地址；请检查 --host" in result.output and "端口" not in result.output.split("：", 2)[2]


@pytest.mark.parametrize("host", ["a" * 64, "a..b"])
def test_a_host_that_cannot_be_a_name_is_said_to_be_the_host(monkeypatch, host):
    """A part of a host name longer than 63 letters, or empty, which Python refuses with a UnicodeError before asking
    any name server: that was an internal error (exit 4)."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["serve", "--host", host, "--port", "0"])
    assert result.exit_code == 2 and f"“{host}”不是这台电脑的地址；请检查 --host" in result.output, result.output


def test_a_port_that_needs_an_administrator_says_so():
    from generator.serve_http import cannot_listen

    said = cannot_listen("127.0.0.1", 80, PermissionError(errno.EACCES, "Permission denied"))
    assert "没有权限使用端口 80" in said and "1024 以上" in said


def test_on_windows_a_second_server_cannot_share_the_port(monkeypatch):
    """Windows lets SO_REUSEADDR bind a port another server listens on, and http.server sets it."""
    import generator.serve_http

    for windows in (True, False):  # elsewhere a restarted serve may have the port its last run left in TIME_WAIT
        monkeypatch.setattr(generator.serve_http, "REUSE_SHARES_PORT", windows)
        server = make_server(Preview([], Roots), "127.0.0.1", 0)
        try:
            assert bool(server.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)) is not windows
        finally:
            server.server_close()


def test_serve_help_says_what_it_does_and_writes_nothing():
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "保存后页面自动刷新" in result.output and "不写任何文件" in result.output and "--port" in result.output


def _copied_variant(tmp_path):
    """(forms, specs, spec): the 湛江 form copied as a project's own form `copied`, and a spec of it."""
    forms, specs = tmp_path / "forms", tmp_path / "specs"
    spec = copy_variant("zhanjiang", "copied", forms / "templates", forms / "schema", specs / "copied.yaml")
    return forms, specs, spec


@pytest.mark.parametrize("file, old, new, words", [
    ("templates/copied/profile.yaml", "orientation: portrait", "orientation: landscap",
     r"profile.yaml:\d+:\d+: 错误\[SCHEMA-ENUM\] 纸张方向：文本“landscap”不是可选的取值"),
    ("schema/copied.schema.json", '"defs.schema.json#/$defs/', '"def.schema.json#/$defs/',
     r"copied.schema.json:\d+:\d+: \$ref“def.schema.json#/\$defs/\w+”指不到任何定义"),
], ids=["profile", "schema"])
def test_a_broken_variant_shows_on_the_page_and_the_page_still_reloads(tmp_path, file, old, new, words):
    """A profile or schema error while serving raised FormError in the request: no response, a traceback."""
    forms, specs, spec = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    broken = forms / file
    original = broken.read_text(encoding="utf-8")
    assert old in original
    broken.write_text(original.replace(old, new, 1), encoding="utf-8")
    assert preview.refresh()
    for route in ("/", f"/form/specs/{spec.name}"):
        status, content_type, body = preview.page(route)
        page = body.decode("utf-8")
        assert status == 200 and content_type.startswith("text/html"), route
        assert "表样有误，无法预览" in page and re.search(words, page) and VERSION_PATH in page, page
    broken.write_text(original, encoding="utf-8")
    assert preview.refresh()
    assert "<table" in preview.page(f"/form/specs/{spec.name}")[2].decode("utf-8")  # fixed and saved: the form is back


@pytest.fixture
def started(monkeypatch):
    """The previews `jixiao serve` starts, with a server that stops at once and no watcher: the test polls."""
    import generator.serve_http
    import generator.serve_watch

    previews = []

    class Stopped:
        server_address = ("127.0.0.1", 0)

        def serve_forever(self):
            raise KeyboardInterrupt

        def server_close(self):
            pass

    monkeypatch.setattr(generator.serve_http, "make_server", lambda preview, host, port: previews.append(preview) or Stopped())
    monkeypatch.setattr(generator.serve_watch, "watch", lambda preview, stop, on_change, on_start: None)
    return previews


def _served_with(settings_text: str, tmp_path, monkeypatch, started):
    """(the copied form's folders and spec, the unit's jixiao.yaml, the preview) of `jixiao serve` started in
    tmp_path, whose jixiao.yaml reads `settings_text`."""
    forms, specs, spec = _copied_variant(tmp_path)
    settings = tmp_path / "jixiao.yaml"
    settings.write_text(settings_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["serve"]).exit_code == 0
    [preview] = started
    return forms, specs, spec, settings, preview


def test_jixiao_yaml_is_watched_and_the_forms_it_names_are_found_again(tmp_path, monkeypatch, started):
    """Naming a forms folder in jixiao.yaml while serve ran changed nothing until a restart: the file was
    not watched, and the folders were found once, at the start."""
    forms, specs, _, settings, preview = _served_with("lint:\n  rules:\n    B10: {floor: 90}\n", tmp_path, monkeypatch,
                                                      started)
    assert "1 个错误，未能生成" in preview.page("/")[2].decode("utf-8")  # no form `copied` yet
    settings.write_text("templates: forms/templates\nschmas: forms/schema\n", encoding="utf-8")
    assert preview.refresh()
    page = preview.page("/form/specs/copied.yaml")[2].decode("utf-8")
    assert "jixiao.yaml 有误，无法预览" in page and "jixiao.yaml:2:1: 错误[CONFIG-UNKNOWN] 不认识的设置“schmas”" in page and VERSION_PATH in page
    settings.write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    assert preview.refresh() and not preview.refresh()
    assert "<table" in preview.page("/form/specs/copied.yaml")[2].decode("utf-8")


@pytest.mark.parametrize("fresh_clone", [False, True])
def test_a_project_with_no_spec_yet_is_previewed_and_lists_its_first_spec(tmp_path, monkeypatch, started, fresh_clone):
    """Right after `jixiao init` serve stopped with a usage error (specs/ empty, or missing in a fresh clone),
    while validate and build said there was no spec yet; the preview could not be open for the first spec."""
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    if fresh_clone:
        (tmp_path / "specs").rmdir()
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["serve"])
    said = "还没有 specs/ 文件夹，也就还没有规格文件" if fresh_clone else "specs/ 里还没有规格文件"  # a missing one was called empty
    assert result.exit_code == 0 and f"还没有规格：{said}" in result.stderr, result.output
    [preview] = started
    status, _, body = preview.page("/")
    page = body.decode("utf-8")
    assert said in page
    assert status == 200 and "还没有规格" in page and VERSION_PATH in page  # reloads when the spec comes
    assert "jixiao new --form 表样 --unit 单位全称 --year 年度 -o specs/" in page and "jixiao new --list" in page
    assert not preview.refresh()
    assert runner.invoke(main, ["new", "--form", "tianjin", "--unit", "天津市测试中心", "--year", "2025",
                                "-o", "specs/"]).exit_code == 0
    assert preview.refresh()
    page = preview.page("/")[2].decode("utf-8")
    assert "1 个规格" in page and 'href="/form/specs/' in page and "还没有规格" not in page


def test_the_page_of_a_project_with_no_spec_yet_says_what_the_terminal_says(tmp_path, monkeypatch, started):
    """The page and the stderr line were written apart (“表样的名字用 jixiao new --list 列出” on one,
    “（jixiao new --list 列出表样）” on the other), and would drift apart at the next edit of either."""
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    said = CliRunner().invoke(main, ["serve"]).stderr.strip()
    [preview] = started
    page = html.unescape(re.sub(r"<[^>]+>", "", preview.page("/")[2].decode("utf-8")))
    head, _, hint = said.partition("：")
    assert head == "还没有规格" and f"jixiao 预览：{head}" in page and hint in page, (said, page)


def test_a_path_given_that_holds_no_spec_is_still_a_usage_error(tmp_path, monkeypatch, started):
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve", "specs"])
    assert result.exit_code == 2 and "specs 里没有规格文件（.yaml、.yml）：请检查路径" in result.output and "还没有规格" not in result.output
    assert not started


@pytest.mark.parametrize("retyped", [False, True], ids=["docker-compose", "only-spec-retyped"])
def test_a_folder_whose_only_yaml_is_no_spec_is_previewed_until_a_spec_is_saved(tmp_path, monkeypatch, started, retyped):
    """serve in a project whose specs/ held only another program's YAML, or a spec retyped out of a spec's shape (the
    clerk who just broke the only spec starts serve again), said the file was skipped, then
    “错误：specs 里没有规格文件（.yaml、.yml）” of the folder holding it, exit 2: no preview to see the spec come in."""
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    new = ["new", "--form", "tianjin", "--unit", "天津市测试中心", "--year", "2025", "-o", "specs/tj.yaml"]
    if retyped:
        assert runner.invoke(main, new).exit_code == 0
    spec = tmp_path / "specs" / ("tj.yaml" if retyped else "docker-compose.yml")
    good = spec.read_text(encoding="utf-8") if retyped else ""
    spec.write_text("- 档案\n" if retyped else "services:\n  web:\n    image: nginx\n", encoding="utf-8")
    result = runner.invoke(main, ["serve"])
    skipped = (f"{os.path.join('specs', spec.name)} 不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），"
               "预览跳过了它。")
    assert result.exit_code == 0 and f"没有能预览的规格：{skipped}新建一份：jixiao new " in result.stderr, result.output
    assert "没有规格文件" not in result.output, result.output
    [preview] = started
    status, _, body = preview.page("/")
    page = html.unescape(re.sub(r"<[^>]+>", "", body.decode("utf-8")))
    assert status == 200 and "jixiao 预览：没有能预览的规格" in page and skipped in page and VERSION_PATH in page, page
    assert "jixiao new --form 表样" in page and "没有规格文件" not in page, page
    if retyped:
        spec.write_text(good, encoding="utf-8")
    else:
        assert runner.invoke(main, new).exit_code == 0
    assert preview.refresh()
    page = preview.page("/")[2].decode("utf-8")
    assert "1 个规格" in page and 'href="/form/specs/tj.yaml"' in page, page


def test_a_folder_given_with_another_program_s_yaml_and_a_spec_saved_as_text_is_still_refused(
        tmp_path, monkeypatch, started):
    """The rename of `gz.yaml.txt` is what the clerk must do there: given_specs says it, and serve does not start."""
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / "gz.yaml.txt")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve", "specs"])
    assert result.exit_code == 2 and "改名为 gz.yaml" in result.output and not started, result.output


def test_a_project_whose_only_spec_is_saved_as_text_is_previewed_until_it_is_renamed(tmp_path, monkeypatch, started):
    """Refused (exit 2), the clerk who started serve to begin work had no preview to see the rename take effect in, as
    one with no spec yet has; the page said nothing of the file either, while the terminal's warning scrolled away."""
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / "gz.yaml.txt")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve"])
    warning = saved_as_text_warning(os.path.join("specs", "gz.yaml.txt"))
    assert result.exit_code == 0 and warning in result.stderr and "jixiao new" not in result.stderr, result.output
    [preview] = started
    page = html.unescape(preview.page("/")[2].decode("utf-8"))
    assert "还没有规格" in page and warning in page and "jixiao new" not in page, page
    (tmp_path / "specs" / "gz.yaml.txt").rename(tmp_path / "specs" / "gz.yaml")
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / "b.yaml.txt")  # the next one, beside a spec: listed too
    assert preview.refresh()
    page = html.unescape(preview.page("/")[2].decode("utf-8"))
    assert "1 个规格" in page and "gz.yaml.txt" not in page, page
    assert saved_as_text_warning(os.path.join("specs", "b.yaml.txt")) in page, page


def _one_spec_previewed(tmp_path, monkeypatch) -> tuple[Path, Preview, str, list]:
    """(specs folder, its preview, the index first shown, the specs rendered since): a folder of one spec previewed,
    each render after it counted, for a file that is no spec coming or going to reload the index without one."""
    import generator.build

    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / GZ, specs / GZ)
    preview = Preview([str(specs)], Roots)
    shown = preview.page("/")[2].decode("utf-8")
    rendered, render = [], generator.build.Renderer.render
    monkeypatch.setattr(generator.build.Renderer, "render", lambda self, spec, **kwargs: rendered.append(spec) or render(self, spec, **kwargs))
    return specs, preview, shown, rendered


def test_a_spec_saved_as_text_while_serving_reloads_the_index_that_warns_of_it(tmp_path, monkeypatch):
    """The index says each spec saved as gz.yaml.txt, but no watched file changed: the open index kept its version and
    showed the warning only after some other save; in a project with no spec yet, its how-to-start instead."""
    specs, preview, shown, rendered = _one_spec_previewed(tmp_path, monkeypatch)
    shutil.copy(ROOT / "specs" / TJ, specs / "tj.yaml.txt")
    preview.refresh()
    index = html.unescape(preview.page("/")[2].decode("utf-8"))
    assert "tj.yaml.txt 不是规格" in index and _shown_version(shown) != preview.version(), index
    assert rendered == [], rendered  # no spec is rendered again for it
    (specs / "tj.yaml.txt").unlink()
    preview.refresh()
    assert "tj.yaml.txt" not in preview.page("/")[2].decode("utf-8") and _shown_version(index) != preview.version()


def test_another_program_s_yaml_coming_or_going_while_serving_reloads_the_index_that_names_it(tmp_path, monkeypatch):
    """The index beside specs names the YAML files skipped, but they are no watched file: a docker-compose.yml saved
    in specs/, or deleted, left the open index as it was, the note there or missing until some other save."""
    specs, preview, shown, rendered = _one_spec_previewed(tmp_path, monkeypatch)
    (specs / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    assert not preview.refresh()  # no spec changed
    index = preview.page("/")[2].decode("utf-8")
    assert "docker-compose.yml 不像规格" in index and _shown_version(shown) != preview.version(), index
    assert rendered == [], rendered  # no spec is rendered again for it
    (specs / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")  # still another program's
    preview.refresh()
    assert _shown_version(index) == preview.version()
    (specs / "docker-compose.yml").unlink()
    preview.refresh()
    assert "docker-compose" not in preview.page("/")[2].decode("utf-8") and _shown_version(index) != preview.version()


def test_a_location_pasted_from_a_message_serves_the_file(tmp_path, monkeypatch, started):
    """`serve specs/gz.yaml:8:11` was refused, 文件不存在, where every other command drops the `:8:11` with a 提示."""
    (tmp_path / "specs").mkdir()
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / GZ)
    monkeypatch.chdir(tmp_path)
    typed = os.path.join("specs", GZ)
    result = CliRunner().invoke(main, ["serve", f"{typed}:8:11"])
    assert result.exit_code == 0, result.output
    assert f"提示：{typed}:8:11 末尾的“:8:11”是消息里的行号和列号（第 8 行第 11 列）；用的是 {typed}。" in result.stderr
    [preview] = started
    [link] = _links(preview.page("/")[2].decode("utf-8"))
    status, _, body = preview.page(link)
    assert link.endswith(GZ) and status == 200 and "<table" in body.decode("utf-8"), link


def test_a_folder_removed_while_walked_neither_stops_the_watcher_nor_empties_the_page(served, said, monkeypatch):
    """rglob raises when a folder goes between its listing and its walk: raised in the watcher, it ended
    the thread and every page stayed as it was, as if current; raised in a request, the browser got an
    empty answer (no reload script) and the terminal a traceback."""
    import generator.serve_watch

    preview, get, specs = served
    walk = generator.serve_watch.spec_files

    def removed_while_walked(paths):
        raise FileNotFoundError(2, "No such file or directory", str(specs / "2023"))

    monkeypatch.setattr(generator.serve_watch, "spec_files", removed_while_walked)
    (specs / GZ).write_text((specs / GZ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not preview.refresh()  # looked at mid-change: the next poll looks again
    status, page = get("/")
    assert status == 500 and "预览出错" in page and "每秒重试" in page and _shown_version(page) == ""  # retries
    assert said == [f"预览出错：无法读取 {specs / '2023'}：不存在；请检查路径"]  # once, however often it is met
    monkeypatch.setattr(generator.serve_watch, "spec_files", walk)
    assert preview.refresh()
    status, page = get("/")
    assert status == 200 and "2 个规格" in page


def test_a_spec_saved_as_txt_while_serving_is_warned_of_once(served, said):
    """A spec Notepad saved as `b.yaml.txt` while serve ran was not watched: the clerk saw gz.yaml and waited for its
    form, told nothing. It gets the warning the other commands give, once, and again if it comes back."""
    preview, _, specs = served
    saved = specs / "b.yaml.txt"
    shutil.copy(specs / GZ, saved)
    assert not preview.refresh()  # no page changes
    warning = f"警告：{saved} 不是规格：文件名末尾多了 .txt，多半是用记事本保存时加上的"
    assert len(said) == 1 and said[0].startswith(warning) and "改名为 b.yaml" in said[0], said
    saved.write_text(saved.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    preview.refresh()
    assert len(said) == 1, said
    saved.unlink()
    preview.refresh()
    shutil.copy(specs / GZ, saved)
    preview.refresh()
    assert len(said) == 2 and said[1] == said[0], said


def test_a_bug_met_while_watching_is_said_and_the_watcher_goes_on(served, said, monkeypatch):
    preview, _, specs = served
    real, polls = preview.watched.poll, iter([RuntimeError("boom"), RuntimeError("boom")])

    def poll():
        failure = next(polls, None)
        if failure:
            raise failure
        return real()

    monkeypatch.setattr(preview.watched, "poll", poll)
    assert not preview.refresh() and not preview.refresh()
    assert said == ["jixiao 内部错误：RuntimeError: boom；请把这条消息报告给维护者"]
    (specs / GZ).write_text((specs / GZ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()


@pytest.mark.parametrize("form_html", [
    '<!DOCTYPE html>\n<HTML><HEAD><TITLE>{{ unit }}</TITLE></HEAD>\n<BODY class="form"><table><tr><td>{{ unit }}</td></tr></table></BODY></HTML>\n',
    '<!DOCTYPE html>\n<title>{{ unit }}</title>\n<table><tr><td>{{ unit }}</td></tr></table>\n',
], ids=["upper-case-body-with-attributes", "no-body-tags"])
def test_a_form_of_the_projects_own_reloads_and_shows_warnings_whatever_its_body_tag(tmp_path, form_html):
    """Only an exact `<body>` and `</body>` were looked for: a project's own form written otherwise never
    reloaded and showed no warnings, without a word."""
    forms, specs, spec = _copied_variant(tmp_path)
    (forms / "templates" / "copied" / "form.html").write_text(form_html, encoding="utf-8")
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    status, _, body = preview.page(f"/form/specs/{spec.name}")
    page = body.decode("utf-8")
    assert status == 200 and "<table>" in page, page
    assert _shown_version(page) == preview.version() and page.count(VERSION_PATH) == 1
    assert "个警告</span><small" in page
    if "<BODY" in form_html:
        assert page.index('<BODY class="form">') < page.index("jixiao-warnings") < page.index("<table>")
        assert page.index(VERSION_PATH) < page.index("</BODY>")


def test_the_terminal_names_what_changed_and_a_spec_s_errors_at_their_places(served):
    """The terminal said only 文件有改动，预览已更新: which file, and whether the save was good, needed the browser."""
    preview, _, specs = served
    spec, other = specs / GZ, specs / TJ
    good = spec.read_text(encoding="utf-8")
    spec.write_text(good.replace("other_funds: 0.00", "other_funds: 1,000", 1), encoding="utf-8")
    assert preview.refresh()
    [said] = preview.news()
    assert re.fullmatch(rf"{re.escape(str(spec))}:\d+:\d+: 错误\[SCHEMA-TYPE\] .*“1,000”.*", said), said
    spec.write_text(good, encoding="utf-8")
    other.unlink()
    assert preview.refresh()
    assert preview.news() == [f"{spec}：没有错误，预览已更新。", f"{other} 已删除，预览已更新。"]


def test_a_saved_spec_s_many_errors_take_five_lines_and_name_the_page_that_lists_them_all(served):
    """A spec saved with fifty errors printed all fifty in the terminal, where a broken form's errors take at most
    five: the first five are printed, then how many more and the page that lists them."""
    preview, _, specs = served
    spec = specs / TJ
    text = spec.read_text(encoding="utf-8")
    typos = text.count("level1: 产出指标")
    spec.write_text(text.replace("level1: 产出指标", "level1: 产出"), encoding="utf-8")
    preview.site = "http://127.0.0.1:8000/"
    assert preview.refresh()
    *errors, more = preview.news()
    assert len(errors) == 5 and all(re.match(rf"{re.escape(str(spec))}:\d+:\d+: 错误\[SCHEMA-ENUM\] ", said)
                                    for said in errors), errors
    assert more == f"……{spec} 另有 {typos - 5} 个错误，全部列在浏览器的这一页：http://127.0.0.1:8000/form/specs/{TJ}"
    assert preview.page(f"/form/specs/{TJ}")[2].decode("utf-8").count("SCHEMA-ENUM") == typos


def test_a_bug_met_while_telling_the_terminal_what_changed_is_said_and_the_watcher_goes_on(served, said, monkeypatch):
    """news() runs in the watcher's thread after a change; a bug met rendering there ended the thread, and
    the pages stopped reloading without a word."""
    preview, _, specs = served
    (specs / GZ).write_text((specs / GZ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    monkeypatch.setattr(preview, "render", lambda spec: 1 / 0)
    assert preview.news() == []
    assert said == ["jixiao 内部错误：ZeroDivisionError: division by zero；请把这条消息报告给维护者"]


def test_a_path_that_is_not_there_stops_serve_before_it_starts(tmp_path, monkeypatch, started):
    """A mistyped path started the preview in silence, its one spec a page saying 文件不存在."""
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve", "spec"])
    assert result.exit_code == 2 and "“spec”：文件或文件夹不存在；是否想写 specs" in result.output, result.output
    assert not started


def test_the_index_names_a_form_as_it_is_titled_not_as_its_file_would_be(served):
    """The index showed the name made safe for a file: a unit 天津/侨联 was listed as 天津_侨联."""
    preview, get, specs = served
    spec = specs / TJ
    spec.write_text(spec.read_text(encoding="utf-8").replace("unit: 天津市归国华侨联合会", 'unit: "天津/侨联 <b>&"', 1),
                    encoding="utf-8")
    preview.refresh()
    _, index = get("/")
    assert "天津/侨联 &lt;b&gt;&amp;2023年度项目绩效目标表</a>" in index and "天津_侨联" not in index


@pytest.mark.parametrize("host, opened", [("::1", "[::1]"), ("::", "127.0.0.1")])
def test_an_ipv6_host_is_served_and_its_address_can_be_opened(host, opened):
    """The server was IPv4 only: --host :: or ::1 was refused as not this computer's address."""
    from generator.serve_http import web_address

    try:
        server = make_server(Preview([], Roots), host, 0)
    except OSError as exc:  # a machine without IPv6
        pytest.skip(f"no IPv6 here: {exc}")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        address = web_address(host, server.server_address[1])
        assert address == f"http://{opened}:{server.server_address[1]}/"
        with urllib.request.urlopen(address + VERSION_PATH.lstrip("/"), timeout=30) as response:
            assert response.status == 200
    finally:
        server.shutdown()
        server.server_close()


def test_a_folder_renamed_away_is_said_to_be_gone_not_listed_as_a_spec(served):
    """A watched specs/ renamed while serving was read as a file: the index listed “specs” as its one spec,
    with the error 文件不存在."""
    preview, get, specs = served
    aside = specs.with_name("specs-old")
    specs.rename(aside)
    assert preview.refresh()
    status, index = get("/")
    assert status == 200 and f"文件夹 {html.escape(str(specs))} 不见了" in index and "未能生成" not in index
    assert _shown_version(index) == get(VERSION_PATH)[1]  # reloads when it is back
    assert preview.news() == [f"文件夹 {specs} 不见了：它可能已被改名、移动或删除，预览已更新。"]  # not `2 个文件有改动`
    aside.rename(specs)
    assert preview.refresh()
    _, index = get("/")
    assert "2 个规格" in index and "不见了" not in index


def test_a_folder_gone_is_said_once_not_again_at_each_later_save(tmp_path):
    """The folder gone was said again after every save of a spec in the other folder watched, as if it had just gone."""
    specs, others = tmp_path / "specs", tmp_path / "others"
    for folder, name in ((specs, GZ), (others, TJ)):
        folder.mkdir()
        shutil.copy(ROOT / "specs" / name, folder / name)
    preview = Preview([str(specs), str(others)], Roots)
    specs.rename(tmp_path / "specs-old")
    assert preview.refresh()
    assert preview.news() == [f"文件夹 {specs} 不见了：它可能已被改名、移动或删除，预览已更新：1 个规格，没有错误。"]
    (others / TJ).write_text((others / TJ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == [f"{others / TJ}：没有错误，预览已更新。"]


@pytest.mark.parametrize("host, named, routed, told", [
    ("0.0.0.0", [(socket.AF_INET, "127.0.1.1"), (socket.AF_INET, "192.168.1.23"), (socket.AF_INET, "169.254.3.4"),
                 (socket.AF_INET6, "fe80::1%eth0"), (socket.AF_INET6, "2001:db8::5")],
     [(socket.AF_INET, "10.0.0.7"), (socket.AF_INET, "192.168.1.23")],
     "同一网络的其他电脑打开：http://10.0.0.7:0/、http://192.168.1.23:0/"),
    ("::", [(socket.AF_INET, "192.168.1.23"), (socket.AF_INET6, "2001:db8::5")], [],
     "同一网络的其他电脑打开：http://192.168.1.23:0/、http://[2001:db8::5]:0/"),
    ("0.0.0.0", [(socket.AF_INET, "127.0.1.1")], [], "未能查出这台电脑在局域网中的地址；"),
])
def test_a_preview_for_the_whole_network_prints_the_addresses_colleagues_open(monkeypatch, started, host, named,
                                                                              routed, told):
    """`serve --host 0.0.0.0` printed only http://127.0.0.1:PORT/, which on a colleague's computer is their own.
    It prints this computer's LAN addresses (not loopback, not link-local; IPv6 ones only when bound to `::`), and
    says so when it finds none."""
    import generator.serve_hosts

    monkeypatch.setattr(generator.serve_hosts, "_named_addresses", lambda: named)
    monkeypatch.setattr(generator.serve_hosts, "_routed_addresses", lambda: routed)
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["serve", "--host", host, "--port", "0"])
    assert result.exit_code == 0 and told in result.output, result.output
    assert "预览：http://127.0.0.1:0/" in result.output


def test_a_preview_on_this_computer_only_says_nothing_of_colleagues_addresses(monkeypatch, started):
    """Bound to 127.0.0.1 (the default), no other computer can open the preview: no LAN addresses are looked
    for, and the line saying none was found (meant for `--host 0.0.0.0`) would send the author hunting for one."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["serve", "--port", "0"])
    assert result.exit_code == 0 and "预览：http://127.0.0.1:0/" in result.output, result.output
    assert "其他电脑" not in result.output and "局域网" not in result.output


def test_this_computer_s_lan_addresses_are_found_without_the_network_or_said_to_be_none():
    from generator.serve_hosts import lan_addresses

    for address in lan_addresses("::"):
        assert not address.startswith(("127.", "169.254.", "fe80")) and address != "::1"


@pytest.mark.parametrize("host_header, status", [
    ("evil.example", 403), ("evil.example:8000", 403), ("127.0.0.1.nip.io", 403),
    ("localhost", 200), ("LOCALHOST.:8000", 200), ("127.0.0.1:8000", 200), ("[::1]:8000", 200),
])
def test_a_page_asked_for_under_another_site_s_name_is_refused(served, host_header, status):
    """A site whose name its DNS turns to 127.0.0.1 a moment later (DNS rebinding) could read the unit's budgets
    from the preview as a page of its own: the browser sends that site's name as Host, which is refused, in Chinese."""
    _, get, _ = served
    code, body = get("/", headers={"Host": host_header})
    assert code == status
    if status == 403:
        assert f"网址里的主机名“{host_header}”不是这台电脑的名称或地址" in body and "DNS 重绑定" in body
    else:
        assert "<table" in body or "<a " in body


def test_the_computer_s_own_name_is_answered_only_when_others_can_reach_the_preview(monkeypatch):
    """Bound to every address, colleagues may open http://pc-wang:8000/; bound to 127.0.0.1 no one else reaches it,
    and only localhost and IP addresses are answered."""
    from generator.serve_hosts import allowed_host

    monkeypatch.setattr(socket, "gethostname", lambda: "PC-Wang.corp.example")
    for name in ("pc-wang:8000", "PC-Wang.corp.example", "pc-wang.local"):
        assert allowed_host(name, "0.0.0.0") and not allowed_host(name, "127.0.0.1")
    assert allowed_host("preview.lan:8000", "preview.lan") and not allowed_host("other.lan", "0.0.0.0")


def _links(page: str) -> list[str]:
    """The addresses of the forms an index page links."""
    return re.findall(r'href="(/form/[^"]+)"', page)


@pytest.mark.parametrize("given", [[], ["../specs"]], ids=["default-specs", "path-up"])
def test_the_index_links_of_a_preview_started_in_a_subfolder_open_their_forms(tmp_path, monkeypatch, started, given):
    """Started in a subfolder (`cd templates; jixiao serve`, or `jixiao serve ../specs`) the links were
    /form/../specs/x.yaml: a browser takes `..` as a step up before asking, and every link was 没有这一页."""
    runner = CliRunner()
    assert runner.invoke(main, ["init", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["new", "--form", "tianjin", "--unit", "天津市测试中心", "--year", "2025",
                                "-o", "specs/"]).exit_code == 0
    (tmp_path / "notes").mkdir()
    monkeypatch.chdir(tmp_path / "notes")
    assert runner.invoke(main, ["serve", *given]).exit_code == 0
    [preview] = started
    [link] = _links(preview.page("/")[2].decode("utf-8"))
    assert ".." not in link and "\\" not in link and link.startswith("/form/specs/"), link
    status, _, body = preview.page(link)
    assert status == 200 and "<table" in body.decode("utf-8")


def test_a_spec_whose_file_name_is_not_utf8_is_listed_and_its_link_opens_its_form(served, said):
    """A file name of GBK bytes (a zip made on Windows) is lone surrogates to Python: quoting its link, and encoding
    the page naming it, failed, and the index was 预览出错 with jixiao 内部错误 in the terminal."""
    preview, get, specs = served
    try:
        (specs / os.fsdecode("规格".encode("gbk") + b".yaml")).write_bytes((specs / GZ).read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system takes only UTF-8 names")
    (specs / TJ).unlink()
    preview.refresh()
    status, index = get("/")
    assert status == 200 and not said, said
    assert "specs/\\udcb9\\udce6\\udcb8\\udcf1.yaml" in index
    links = _links(index)
    assert "/form/specs/%B9%E6%B8%F1.yaml" in links and len(links) == 2, links
    assert all(get(link)[0] == 200 for link in links)


def test_a_single_spec_served_and_deleted_is_said_to_be_gone_and_comes_back(served):
    """Serving one file that was then deleted rendered it as missing: FILE-NOT-FOUND, suggesting another spec."""
    _, get, specs = served
    preview = Preview([str(specs / GZ)], Roots)
    [link] = _links(preview.page("/")[2].decode("utf-8"))
    good = (specs / GZ).read_bytes()
    (specs / GZ).unlink()
    assert preview.refresh()
    status, _, body = preview.page(link)
    page = body.decode("utf-8")
    assert status == 404 and "可能已被改名、移动或删除" in page and "它回来后这一页会自动刷新" in page, page
    assert "FILE-NOT-FOUND" not in page and "是否想写" not in page and VERSION_PATH in page
    index = preview.page("/")[2].decode("utf-8")
    assert f"规格 {html.escape(str(specs / GZ))} 不见了" in index and "FILE-NOT-FOUND" not in index
    (specs / GZ).write_bytes(good)
    assert preview.refresh()
    assert "<table" in preview.page(link)[2].decode("utf-8")


def _answer_and_wait(monkeypatch, said, page, leave_early: bool) -> None:
    """Serve one request whose page is `page(route)`; the browser leaves (closes, reset) once it is asked for when
    `leave_early`. Returns when the server is done with the request, whatever became of it."""
    preview = Preview([], Roots, say=said.append)
    asked, left, done = threading.Event(), threading.Event(), threading.Event()

    def answered(route):
        asked.set()
        left.wait(30)
        return page(route)

    monkeypatch.setattr(preview, "page", answered)
    server = make_server(preview, "127.0.0.1", 0)
    shut = server.shutdown_request
    monkeypatch.setattr(server, "shutdown_request", lambda request: (shut(request), done.set()))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(server.server_address, timeout=30) as browser:
            browser.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert asked.wait(30)
            if leave_early:  # as a closed tab: the connection reset, not ended in order
                browser.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                browser.close()
            left.set()
            if not leave_early:
                while browser.recv(65536):
                    pass
        assert done.wait(30)
    finally:
        server.shutdown()
        server.server_close()


def test_a_browser_that_leaves_mid_page_is_no_error_in_the_terminal(monkeypatch, said, capsys):
    """A tab closed while its form was made printed socketserver's 20-line ConnectionResetError traceback."""
    _answer_and_wait(monkeypatch, said, lambda route: (200, "text/html; charset=utf-8", b"x" * 100_000), True)
    assert capsys.readouterr().err == "" and said == []


def test_a_failure_of_the_server_itself_is_said_in_one_line_not_a_traceback(monkeypatch, said, capsys):
    def broken(route):
        raise RuntimeError("boom")

    _answer_and_wait(monkeypatch, said, broken, False)
    assert said == ["jixiao 内部错误：RuntimeError: boom；请把这条消息报告给维护者"]
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("file, old, new, words", [
    ("templates/copied/form.html", "{% endfor %}", "",
     r"form.html:\d+:\d+: 错误\[RENDER-TEMPLATE\] 模板有误，无法生成：第 \d+ 行的“{% for %}”没有对应的“{% endfor %}”"),
    ("templates/copied/profile.yaml", "orientation: portrait", "orientation: landscap",
     r"profile.yaml:\d+:\d+: 错误\[SCHEMA-ENUM\] 纸张方向：文本“landscap”不是可选的取值.*"),
    ("schema/copied.schema.json", '"defs.schema.json#/$defs/', '"def.schema.json#/$defs/',
     r"copied.schema.json:\d+:\d+: \$ref“def.schema.json#/\$defs/\w+”指不到任何定义"),
], ids=["form-html", "profile", "schema"])
def test_the_terminal_says_what_a_broken_form_does_to_the_pages(tmp_path, file, old, new, words):
    """After a form, profile or schema was saved broken, the terminal still said “…有改动，预览已更新。”:
    only the browser showed that every page of that form had turned into an error."""
    forms, specs, spec = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    broken = forms / file
    original = broken.read_text(encoding="utf-8")
    broken.write_text(original.replace(old, new, 1), encoding="utf-8")
    assert preview.refresh()
    head, first = preview.news()
    assert head == f"{broken} 有改动；1 个规格的页面显示错误：" and re.search(words, first), (head, first)
    assert re.search(rf"^{re.escape(str(broken))}:\d+:\d+: ", first, re.MULTILINE), first  # VS Code opens it there
    assert first in html.unescape(preview.page(f"/form/specs/{spec.name}")[2].decode("utf-8"))  # what the page says
    broken.write_text(original, encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == [f"{broken} 有改动，预览已更新：1 个规格，没有错误。"]


_PAGES_IN_A_TAB = """
const scripts = JSON.parse(require("fs").readFileSync(0, "utf8")), store = {}, seen = [];
let left = null;  // how the page before was left: by this script's reload, or by a link
async function load(kind, height, scrolled, leave) {  // one page of the tab: loaded, maybe scrolled, then left
  const on = {};
  let tick = null;
  Object.assign(globalThis, {
    sessionStorage: {getItem: (k) => (k in store ? store[k] : null), setItem: (k, v) => { store[k] = v; },
                     removeItem: (k) => { delete store[k]; }},
    location: {pathname: "/form/specs/a.yaml", reload() { left = "reload"; }}, history: {scrollRestoration: "auto"},
    addEventListener: (type, f) => { on[type] = f; }, setInterval: (f) => { tick = f; }, innerHeight: 700, scrollY: 0,
    fetch: () => Promise.resolve({text: () => Promise.resolve("a later version")}),
    document: {documentElement: {scrollHeight: height}},
    scrollTo: (x, y) => { globalThis.scrollY = Math.max(0, Math.min(y, height - 700)); },
  });
  new Function(scripts[kind])();
  on.load();
  seen.push(scrollY);
  if (scrolled !== undefined) scrollTo(0, scrolled);
  if (leave === "reload") { tick(); await new Promise((done) => setTimeout(done, 0)); }
  on.pagehide();
}
(async () => {
  await load("form", 3400, 1500, "reload");  // read at 1500 when a save with an error comes
  await load("error", 3400, undefined, "reload");  // a long error page, then the error mended
  await load("form", 3400, 300, "link");  // the form back; read at 300, then the index opened
  await load("form", 3400, 800, "reload");  // the form opened again from the index; read at 800, a save
  await load("form", 3400);
  console.log(JSON.stringify(seen));
})();
"""


def test_a_reload_keeps_the_reader_s_place_across_the_error_page_and_back(served):
    """An error while typing showed the short error page and the form came back at its top (with VS Code's
    auto-save, at every pause). The place is kept per page for the tab and restored only after a reload the
    script made: a form opened from the index opened mid-page, at its old place, and a long error page opened
    at the form's place, its heading off screen."""
    preview, get, specs = served
    (specs / "bad.yaml").write_text((specs / GZ).read_text(encoding="utf-8").replace(
        "other_funds: 0.00", "other_funds: 1,000", 1), encoding="utf-8")
    preview.refresh()
    pages = {"form": get(f"/form/specs/{GZ}")[1], "index": get("/")[1], "error": get("/form/specs/bad.yaml")[1],
             "gone": preview.page("/form/specs/gone.yaml")[2].decode("utf-8")}
    assert "未能生成" in pages["error"]
    for kind, page in pages.items():
        script = page[page.rindex("<script>(function"):]  # the last: lint's panel has a script of its own
        assert "sessionStorage" in script and '"jixiao-scroll:" + location.pathname' in script, script
        assert 'addEventListener("pagehide"' in script and 'addEventListener("load"' in script
        assert ("keeps = true" in script) == (kind in ("form", "index")), kind
    if not shutil.which("node"):
        pytest.skip("Node.js is not installed: the script's steps are not run")
    scripts = {kind: page[page.rindex("<script>(function") + len("<script>"):page.rindex("</script>")]
               for kind, page in pages.items() if kind in ("form", "error")}
    ran = subprocess.run(["node", "-e", _PAGES_IN_A_TAB], input=json.dumps(scripts), capture_output=True, text=True,
                         timeout=60)
    assert ran.returncode == 0, ran.stderr
    # the form opened at its top; the error page at its top; the form back at 1500; opened again from the index at
    # its top, not at 300; after the script's reload at 800
    assert json.loads(ran.stdout) == [0, 0, 1500, 0, 800]


def test_another_program_s_yaml_in_the_specs_folder_is_not_listed(served):
    """validate, lint and build skip a docker-compose.yml found in specs/; serve listed it with FORM-MISSING."""
    preview, get, specs = served
    (specs / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    preview.refresh()
    _, index = get("/")
    assert "2 个规格" in index and "docker-compose.yml</a>" not in index and "未能生成" not in index, index
    assert "docker-compose.yml 不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），预览跳过了它。" in index, index
    assert "form: 等字段" not in index, index  # it may be another program's: noted as validate notes it, nothing more
    named = Preview([str(specs / "docker-compose.yml")], Roots)  # a file named is checked whatever it holds
    assert "FORM-MISSING" in named.page("/form/docker-compose.yml")[2].decode("utf-8")


def test_a_spec_retyped_into_no_spec_s_shape_is_said_skipped_not_gone(tmp_path, monkeypatch):
    """A spec saved while retyped whole, before any spec's field (`- ` begun on an emptied file), is left out as another
    program's YAML: its open page said it may have been renamed, moved or deleted, the terminal that it changed."""
    forms, _, spec = _copied_variant(tmp_path)
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    good = spec.read_text(encoding="utf-8")
    spec.write_text("- 档案\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == ["specs/copied.yaml 不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），"
                              "预览跳过了它；写上 form: 等字段后保存即可预览。"]
    status, _, body = preview.page("/form/specs/copied.yaml")
    page = body.decode("utf-8")
    assert status == 404 and "specs/copied.yaml 不像规格" in page and "删除" not in page and VERSION_PATH in page, page
    assert "写上 form: 等字段后保存，这一页会自动刷新。" in page, page
    index = preview.page("/")[2].decode("utf-8")  # the only spec: not said to be none yet, with how to make one
    assert "还没有规格" not in index and "jixiao new" not in index and VERSION_PATH in index, index
    assert ('<a href="/form/specs/copied.yaml">copied</a>　<small>specs/copied.yaml</small>　<span class="warn">'
            "不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），预览跳过了它</span>") in index, index
    spec.write_text(good, encoding="utf-8")
    assert preview.refresh()
    assert "<table" in preview.page("/form/specs/copied.yaml")[2].decode("utf-8")


def test_only_a_spec_being_written_is_told_in_the_terminal_to_get_a_form_field(tmp_path, monkeypatch):
    """A YAML file saved into specs/ while serving that is left out as no spec is told to get a form: field only when it
    looks like a spec being written: named as specs are (a year, or Chinese), or retyped from a spec. A docker-compose.yml
    added as an editor adds it (empty, then filled) was told `写上 form: 等字段后保存即可预览`, advice for a file that is
    no spec at all, and listed on the index as a spec retyped; it is said skipped, and no more, on its own page too."""
    forms, specs, _ = _copied_variant(tmp_path)
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    why = "不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），预览跳过了它"
    for name, content, told in [("docker-compose.yml", "services:\n  web:\n    image: nginx\n", "。"),
                                ("mkdocs.yml", "site_name: 文档\n", "。"),
                                ("某单位-2026.yaml", "- 档案\n", "；写上 form: 等字段后保存即可预览。"),
                                ("dw-2026.yml", "- 档案\n", "；写上 form: 等字段后保存即可预览。")]:
        (specs / name).write_text("", encoding="utf-8")  # as an editor makes a new file: empty, then its content saved
        assert preview.refresh() and "FILE-EMPTY" in preview.news()[0]
        (specs / name).write_text(content, encoding="utf-8")
        assert preview.refresh()
        assert preview.news() == [f"specs/{name} {why}{told}"]
        status, _, body = preview.page(f"/form/specs/{name}")  # its own page says as much, and no more
        page = body.decode("utf-8")
        assert status == 404 and f"specs/{name} 不像规格，未能预览" in page, page
        assert ("写上 form: 等字段后保存，这一页会自动刷新。" in page) == (told != "。"), page
    index = preview.page("/")[2].decode("utf-8")  # none was a spec with content: none listed as a spec retyped
    assert 'href="/form/specs/docker-compose.yml"' not in index and "4 个 YAML 文件不像规格" in index, index


def test_a_spec_retyped_beside_other_specs_is_on_the_index_when_retyped_while_serving_or_before(tmp_path, monkeypatch):
    """The index listed the specs retyped out of a spec's shape only when no spec was left: one retyped beside others
    was gone from the list, and one retyped before serve started (which the terminal's note at the start names,
    `注意：跳过了 specs 里 1 个不像规格的 YAML 文件`) was named nowhere on the page. Known to have been a spec, it is listed
    with why it is left out; found so at the start, it is noted, as validate notes it."""
    forms, specs, spec = _copied_variant(tmp_path)
    other = specs / "other.yaml"
    shutil.copy(spec, other)
    before = specs / "before.yaml"
    before.write_text("- 档案\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    why = "不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），预览跳过了它"
    index = preview.page("/")[2].decode("utf-8")
    assert "2 个规格" in index and f'<p class="warn">specs/before.yaml {why}。</p>' in index, index
    assert 'href="/form/specs/before.yaml"' not in index, index
    spec.write_text("- 档案\n", encoding="utf-8")
    assert preview.refresh()
    index = preview.page("/")[2].decode("utf-8")
    assert "1 个规格" in index and 'href="/form/specs/other.yaml"' in index, index
    assert ('<a href="/form/specs/copied.yaml">copied</a>　<small>specs/copied.yaml</small>　<span class="warn">'
            f"{why}</span></li></ul>") in index, index
    assert f'<p class="warn">specs/before.yaml {why}。</p>' in index and "specs/copied.yaml 不像" not in index, index
    other.write_text("- 档案\n", encoding="utf-8")
    before.write_text("services: {}\n", encoding="utf-8")
    (specs / "docker-compose.yml").write_text("services: {}\n", encoding="utf-8")
    assert preview.refresh()
    index = preview.page("/")[2].decode("utf-8")  # no spec left: the retyped ones listed, the others unlisted as before
    assert NO_SPEC_TO_SHOW in index and 'href="/form/specs/other.yaml"' in index and "before.yaml" not in index, index


def test_another_program_s_yaml_is_not_listed_as_a_spec_retyped_when_no_spec_is_left(tmp_path, monkeypatch):
    """The index with no spec left lists the specs retyped out of a spec's shape, not other programs' YAML: a
    docker-compose.yml beside them was told to get a form: field, and with no spec retyped it hid how to make a first
    spec."""
    forms, specs, spec = _copied_variant(tmp_path)
    (specs / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    spec.write_text("- 档案\n", encoding="utf-8")
    assert preview.refresh()
    index = preview.page("/")[2].decode("utf-8")
    assert 'href="/form/specs/copied.yaml"' in index and "docker-compose" not in index, index
    shutil.copy(spec, specs / "notes.yaml")  # a spec of this shape before the preview started is no spec retyped
    spec.unlink()
    index = Preview(["specs"], preview.watched.find_roots).page("/")[2].decode("utf-8")
    assert NO_SPEC_TO_SHOW in index and "jixiao new" in index and "form: 等字段" not in index, index
    assert 'href="/form/specs/docker-compose.yml"' not in index and "2 个 YAML 文件都不像规格" in index, index
    assert "预览跳过了它们：specs/docker-compose.yml、specs/notes.yaml。" in index, index  # not the first alone


def test_the_skipped_yaml_files_are_named_on_the_index_beside_specs_up_to_a_few(tmp_path, monkeypatch):
    """The note of the YAML files skipped beside specs named the first alone (`如 specs/docker-compose.yml`): a spec
    retyped whole before serve started, sorted after it, was named nowhere on the page. Each is named, up to
    SKIPPED_NAMED; more are counted, the rest left to 等."""
    forms, specs, _ = _copied_variant(tmp_path)
    (specs / "docker-compose.yml").write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    (specs / "retyped.yaml").write_text("- 档案\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    index = preview.page("/")[2].decode("utf-8")
    assert "1 个规格" in index and ("2 个 YAML 文件不像规格（没有 form、unit、year 字段，也没有用中文写的字段名），"
                                    "预览跳过了它们：specs/docker-compose.yml、specs/retyped.yaml。") in index, index
    for number in range(SKIPPED_NAMED):
        (specs / f"z{number}.yml").write_text("services: {}\n", encoding="utf-8")
    index = preview.page("/")[2].decode("utf-8")
    named = "、".join(["specs/docker-compose.yml", "specs/retyped.yaml"] + [f"specs/z{n}.yml" for n in range(SKIPPED_NAMED - 2)])
    assert f"{SKIPPED_NAMED + 2} 个 YAML 文件不像规格" in index and f"：{named}等。" in index, index
    assert f"specs/z{SKIPPED_NAMED - 2}.yml" not in index, index


def test_the_form_prefix_alone_is_a_page_that_is_not_there_not_a_spec_gone(served):
    """`/form/` was the page of a spec renamed or deleted, whose name was left blank (`规格 不在预览的规格中`)."""
    _, get, _ = served
    status, page = get("/form/")
    assert status == 404 and "没有这一页" in page and "规格 " not in page and "回到规格列表" in page, page


def test_head_is_answered_as_get_without_the_body(served):
    """HEAD (a link checker, `curl -I`) got http.server's 501 page, in English."""
    _, get, _ = served
    assert get("/", method="HEAD") == (200, "") and get(VERSION_PATH, method="HEAD") == (200, "")
    assert get("/nothing", method="HEAD") == (404, "")


def test_a_method_the_preview_does_not_take_is_refused_in_chinese(served):
    """POST, PUT, DELETE, PATCH and OPTIONS got http.server's 501 page, in English."""
    _, get, _ = served
    for method in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS"):
        status, text = get("/", method=method)
        assert status == 405 and "只能查看页面" in text, (method, status, text)


@pytest.fixture
def listening():
    """A preview of no spec served on a free port, each connection closed after `idle` seconds without a word:
    (start, done), start(idle, page) giving the server's address, done set once the server let a connection go.
    `page` answers the preview's pages in its stead."""
    servers, done = [], threading.Event()

    def start(idle: float = 30, page=None):
        preview = Preview([], Roots)
        if page:
            preview.page = page
        server = make_server(preview, "127.0.0.1", 0, idle=idle)
        shut = server.shutdown_request
        server.shutdown_request = lambda request: (shut(request), done.set())
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server.server_address

    yield start, done
    for server in servers:
        server.shutdown()
        server.server_close()


def _sent_raw(address, request: bytes) -> bytes:
    """What the server answers `request`, sent as it is, until it closes the connection (a test that hangs fails)."""
    with socket.create_connection(address, timeout=30) as browser:
        browser.sendall(request)
        answer = b""
        while chunk := browser.recv(65536):
            answer += chunk
    return answer


@pytest.mark.parametrize("method", ["TRACE", "PROPFIND", "MKCOL", "CONNECT", "get", "Get", "BREW", "do_GET"])
def test_any_method_but_get_and_head_is_refused_in_chinese_with_the_methods_taken(listening, method):
    """TRACE, PROPFIND and every method http.server has no `do_<METHOD>` for got its 501 page, in English: only
    the five methods named in the handler were refused in Chinese."""
    start, _ = listening
    answer = _sent_raw(start(), f"{method} / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 405 ") and b"\r\nAllow: GET, HEAD" in head, answer
    assert "只能查看页面" in body.decode("utf-8")


@pytest.mark.parametrize("sent, status, words", [
    (b"GARBAGE\r\n\r\n", None, "预览读不懂这个请求"),
    (b"GET / HTTP/2.0\r\n\r\n", None, "只接受 HTTP/1.0 和 HTTP/1.1"),
    (b"GET /" + b"a" * (65537 - 5), 414, "网址太长"),  # exactly what http.server reads: nothing left unread, no reset
    (b"GET / HTTP/1.1\r\n" + b"Cookie: x\r\n" * 101, 431, "清除这个地址的 Cookie"),
], ids=["syntax", "version", "long-address", "many-headers"])
def test_a_request_http_server_cannot_read_is_refused_in_chinese(listening, sent, status, words):
    """A request line of one word, an HTTP/2 version, an address over 64 KB or a local site's many cookies got
    http.server's error page, in English HTML (Error response, Message: Bad request syntax). A request line it
    cannot read is answered as HTTP/0.9 would be (status None): its words alone, no status line or headers."""
    start, _ = listening
    answer = _sent_raw(start(), sent)
    head, _, body = answer.partition(b"\r\n\r\n") if status else (b"", b"", answer)
    assert words in body.decode("utf-8") and b"Error" not in answer, answer[:300]
    assert not status or head.startswith(f"HTTP/1.0 {status} ".encode()), answer[:300]
    assert not status or b"\r\nContent-Type: text/plain; charset=utf-8" in head, answer[:300]


@pytest.mark.parametrize("sent", [b"GET /\r\n", b"GET /form/x.yaml\r\n\r\n", b"GET / HTTP/0.9\r\n\r\n", b"HEAD /\r\n"])
def test_a_request_of_http_0_9_is_refused_at_once_in_chinese(listening, sent):
    """`GET /` (HTTP/0.9, no version) was answered nothing until the idle time closed the connection: http.server
    waited for headers such a client never sends. `GET / HTTP/0.9` got the page with no status line. Both are refused
    at once as a version the preview does not take, the words alone as HTTP/0.9 answers are, and nothing is said."""
    start, done = listening
    with socket.create_connection(start(idle=30), timeout=30) as browser:
        browser.sendall(sent)
        browser.settimeout(5)  # well before the idle time: the answer is not the idle time's close
        answer = b""
        while chunk := browser.recv(65536):
            answer += chunk
    assert answer.decode("utf-8").startswith("预览只接受 HTTP/1.0 和 HTTP/1.1 的请求"), answer[:300]
    assert done.wait(30)


@pytest.mark.parametrize("sent", [b"", b"GET /form/x.ya", b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"],
                         ids=["nothing", "half-a-line", "no-blank-line"])
def test_a_connection_that_asks_nothing_is_closed_after_the_idle_time(listening, sent):
    """A browser's speculative preconnect that never asks (or stops mid-request) held its connection and a thread
    for as long as serve ran. Closed, nothing is answered and nothing said."""
    start, done = listening
    assert _sent_raw(start(idle=0.2), sent) == b""
    assert done.wait(30)


def test_a_sender_of_a_byte_at_a_time_is_closed_after_the_idle_time_and_keeps_no_one_waiting(listening):
    """The idle time counted each wait for a byte alone: a request sent a byte at a time, each within it, held its
    connection and a thread for as long as serve ran. The whole request is now read within it; meanwhile a browser
    is answered, each connection having its own thread."""
    start, _ = listening
    address = start(idle=0.5)
    request = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 200  # 10 s at a byte each 0.05 s
    with socket.create_connection(address, timeout=30) as slow:
        answer = _sent_raw(address, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert answer.startswith(b"HTTP/1.0 200 "), answer[:300]
        for sent, byte in enumerate(request):
            try:
                slow.sendall(bytes([byte]))
            except OSError:  # the server closed it and reset the connection
                break
            if select.select([slow], [], [], 0.05)[0]:
                assert slow.recv(65536) == b"", "the slow request was answered"
                break
    assert sent < len(request) - 1, "the slow sender was never closed"


def test_a_request_still_unread_at_the_idle_time_times_out_as_a_socket_does():
    """Past the idle time, RequestReader raises TimeoutError, which http.server takes for a request timed out and
    closes quietly, even with bytes waiting: a socket's timeout of what is left, 0 or less, would read them at once
    (0) or raise ValueError, which the server says as the preview's failure. Idle time 0: no waiting in the test."""
    mine, theirs = socket.socketpair()
    with mine, theirs:
        theirs.sendall(b"GET / HTTP/1.0\r\n")
        with pytest.raises(TimeoutError):
            RequestReader(mine, 0).readinto(bytearray(64))


def test_a_browser_s_kept_alive_connection_is_answered_once_and_closed_at_once(listening):
    """A browser keeps its connection alive and asks the page's favicon next on it: the preview answers HTTP/1.0, so
    the page is answered and the connection closed at once (not held to the idle time, nor a second request read on
    it), and the browser's next request, on a new connection, is answered too. The idle time (RequestReader) runs
    from when the connection is taken: it holds one request."""
    start, done = listening
    address = start(idle=30)
    asked = b"GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n"
    with socket.create_connection(address, timeout=30) as browser:
        browser.sendall(asked % b"/" + asked % b"/favicon.ico")
        browser.settimeout(5)  # well before the idle time
        answer = b""
        while chunk := browser.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.0 200 ") and answer.count(b"HTTP/1.0 ") == 1, answer[:300]
    assert done.wait(30)
    assert _sent_raw(address, asked % b"/favicon.ico").startswith(b"HTTP/1.0 404 ")


def test_a_request_sent_in_pieces_within_the_idle_time_is_answered(listening):
    """The whole request is to come within the idle time, not each byte: one sent in pieces, each a moment apart and
    all well within it, as a browser on a slow network sends its headers, is answered."""
    start, _ = listening
    address = start(idle=5)
    with socket.create_connection(address, timeout=30) as browser:
        for piece in (b"GET / HT", b"TP/1.1\r\nHost: 127.", b"0.0.1\r\n", b"\r\n"):
            browser.sendall(piece)
            time.sleep(0.1)
        answer = b""
        while chunk := browser.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.0 200 "), answer[:300]


def test_a_page_slower_to_make_than_the_idle_time_is_answered(listening):
    """The idle time counts waiting for the browser, not making the page (a form of many specs takes seconds)."""
    start, _ = listening

    def slow(route):
        time.sleep(0.5)
        return 200, "text/plain; charset=utf-8", b"made"

    answer = _sent_raw(start(idle=0.1, page=slow), b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.0 200 ") and answer.endswith(b"\r\n\r\nmade"), answer


def test_a_file_in_a_form_s_folder_named_by_digits_is_the_author_s(tmp_path):
    """vim's write test is a file named by digits (4913); a folder so named (a year's partials) was skipped as one,
    so a partial saved in it never reloaded the preview."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    (forms / "templates" / "copied" / "2024").mkdir()
    part = forms / "templates" / "copied" / "2024" / "part.html"
    part.write_text("<p>x</p>", encoding="utf-8")
    form = forms / "templates" / "copied" / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + '{% include "2024/part.html" %}\n', encoding="utf-8")
    preview.refresh()
    part.write_text("<p>y</p>", encoding="utf-8")
    assert preview.refresh()
    assert preview.watched.changed == [str(part)]


def test_a_file_in_a_form_s_folder_that_no_template_reads_is_no_change(tmp_path):
    """Every file in a form's folder counted: a note.txt saved beside form.html rendered every spec again and the
    terminal said the preview was updated. Only what the form is made from counts: its templates, profile.yaml,
    make_form_docx.py, and what form.html pulls in (here a part, once it includes it)."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    folder = forms / "templates" / "copied"
    preview.refresh()
    for name in ("note.txt", "draft.html", "old/form.html"):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text("草稿", encoding="utf-8")
        assert not preview.refresh(), name
    (folder / "make_form_docx.py").write_text((folder / "make_form_docx.py").read_text(encoding="utf-8") + "\n",
                                             encoding="utf-8")
    assert preview.refresh()
    form = folder / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + '{% include "draft.html" %}\n', encoding="utf-8")
    assert preview.refresh()
    (folder / "draft.html").write_text("<p>定稿</p>", encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(folder / "draft.html")]


def test_an_idle_preview_parses_no_form_html_again_until_one_of_its_templates_changes(tmp_path, monkeypatch):
    """Each poll parsed every form.html with Jinja to find what it pulls in: an idle preview of six forms took
    32 ms a poll instead of 1.6. It is found again when form.html, a template it pulls in, or a file it names
    and that was missing changes; a file saved where a missing one is looked for is then watched."""
    import generator.form_inputs as form_inputs

    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    parsed = []
    monkeypatch.setattr(form_inputs, "make_env", lambda folders: parsed.append(folders[0].name) or make_env(folders))
    folder = forms / "templates" / "copied"
    assert not preview.refresh() and not preview.refresh()
    assert parsed == []
    form = folder / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + '{% include "later.html" %}\n', encoding="utf-8")
    assert preview.refresh() and parsed == ["copied"]
    assert not preview.refresh() and parsed == ["copied"]
    (folder / "later.html").write_text("<p>后来</p>", encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(folder / "later.html")]
    (folder / "later.html").write_text("<p>后来写好的</p>", encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(folder / "later.html")]
    assert not preview.refresh() and parsed == ["copied"] * 3


def test_a_shared_template_copied_into_the_form_s_folder_is_watched_from_when_it_is_saved(tmp_path):
    """The shared base.html copied into a form's folder to be changed is the one rendered from then on (the form's
    folder is searched first), but only where each template was found was watched: saving the copy, and editing it,
    never refreshed the preview. Where a found one would be found first is watched as well."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema",
                                                  under=Roots(ROOT / "templates", ROOT / "schema")))
    assert '{% extends "base.html" %}' in (forms / "templates" / "copied" / "form.html").read_text(encoding="utf-8")
    preview.refresh()
    own = forms / "templates" / "copied" / "base.html"
    shutil.copy(ROOT / "templates" / "_shared" / "base.html", own)
    assert preview.refresh() and str(own) in preview.watched.changed
    own.write_text(own.read_text(encoding="utf-8").replace("<body", "<body data-x=1", 1), encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(own)]
    assert not preview.refresh()


def test_a_unit_s_form_giving_way_to_the_shipped_one_of_its_name_is_said_so_not_counted(tmp_path, monkeypatch):
    """A unit's own tianjin overrides the shipped one. Its profile.yaml deleted, the terminal said `8 个文件有改动`:
    every file of both forms left or joined the watched ones. It says what happened, and when it is saved again.
    Started in tmp_path, the unit's files are named from there, the shipped ones whole."""
    monkeypatch.chdir(tmp_path)
    forms, specs = tmp_path / "forms", tmp_path / "specs"
    shutil.copytree(ROOT / "templates" / "tianjin", forms / "templates" / "tianjin")
    (forms / "schema").mkdir()
    specs.mkdir()
    shutil.copy(ROOT / "specs" / TJ, specs / TJ)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema",
                                                  under=Roots(ROOT / "templates", ROOT / "schema")))
    own, shipped = (forms / "templates" / "tianjin").resolve(), (ROOT / "templates" / "tianjin").resolve()
    profile = (own / "profile.yaml").read_text(encoding="utf-8")
    (own / "profile.yaml").unlink()
    assert preview.refresh()
    assert preview.news() == [f"forms/templates/tianjin/profile.yaml 已删除，表样“tianjin”现在用的是 {shipped} 里的同名表样，"
                              "预览已更新：1 个规格，没有错误。"]
    (own / "profile.yaml").write_text(profile, encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == [f"forms/templates/tianjin/profile.yaml 已保存，表样“tianjin”现在用的是它，不再是 {shipped} 里的同名表样，"
                              "预览已更新：1 个规格，没有错误。"]


def test_the_page_of_a_spec_renamed_while_serving_links_its_new_name(served):
    """The old address said only that the spec may have been renamed, moved or deleted, while the terminal had said
    its new name: the clerk went back to the list to find it. Renamed twice, the page links the name it has now."""
    preview, get, specs = served
    first, second = specs / "gz-2023.yaml", specs / "gz-final.yaml"
    (specs / GZ).rename(first)
    assert preview.refresh()
    first.rename(second)
    assert preview.refresh()
    status, page = get(f"/form/specs/{GZ}")
    assert status == 404 and '它已改名为 <a href="/form/specs/gz-final.yaml">specs/gz-final.yaml</a>' in page, page
    second.unlink()  # gone now: nothing to link
    assert preview.refresh()
    status, page = get(f"/form/specs/{GZ}")
    assert status == 404 and "它可能已被改名、移动或删除" in page and "<a href=\"/form/" not in page, page


def test_a_spec_renamed_to_a_name_needing_escapes_and_back_is_linked_both_ways(served):
    """The link of a name with a space, `#` or `%` is its address quoted, one the server answers; renamed back, the
    old address is the spec's page again, and the name it left links back to it."""
    preview, get, specs = served
    odd = specs / "广州 #1 100%.yaml"
    (specs / GZ).rename(odd)
    assert preview.refresh()
    status, page = get(f"/form/specs/{GZ}")
    link = "/form/specs/%E5%B9%BF%E5%B7%9E%20%231%20100%25.yaml"
    assert status == 404 and f'它已改名为 <a href="{link}">specs/广州 #1 100%.yaml</a>' in page, page
    assert get(link)[0] == 200
    odd.rename(specs / GZ)
    assert preview.refresh()
    assert get(f"/form/specs/{GZ}")[0] == 200
    status, page = get(link)
    assert status == 404 and f'它已改名为 <a href="/form/specs/{GZ}">' in page, page


def _aged(path, seconds: int = 100):
    """`path` saved `seconds` ago, as a file kept by `mv`, `git mv`, `cp -p` or an unzip is."""
    past = path.stat().st_mtime - seconds
    os.utime(path, (past, past))


@pytest.mark.parametrize("how", ["renamed", "copied keeping its time"])
def test_a_spec_that_comes_with_an_old_time_is_said_with_its_errors(tmp_path, monkeypatch, how):
    """A spec renamed (`mv`, `git mv`, VS Code) or copied with `cp -p` keeps its modification time: taken for a
    file that only joined the watched ones, it was never said, only the old name as deleted, nor its errors."""
    forms, specs, spec = _copied_variant(tmp_path)
    monkeypatch.chdir(tmp_path)
    local = Path("specs") / spec.name
    local.write_text(re.sub(r"(?m)^year: .*$", "year: abc", local.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    _aged(local)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    other = Path("specs") / "other.yaml"
    if how == "renamed":
        local.rename(other)
    else:  # and the first one saved again in the same poll: with nothing else changed, joined files were listed
        shutil.copy2(local, other)
        local.write_text(local.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    said = preview.news()
    assert any(line.startswith(f"{other}:") and "错误[SCHEMA-TYPE]" in line for line in said), said
    assert (said[0] == f"{local} 改名为 {other}（内容没有变）：") == (how == "renamed"), said
    assert not any("已删除" in line for line in said), said  # renamed, it is said so; copied, it is there still


def test_a_unit_s_own_form_put_back_by_moving_is_its_profile_said_not_each_file(tmp_path):
    """Its profile.yaml moved back (`mv`, keeping its time), every file of the form was listed as changed; its
    folder moved away, the terminal said to save profile.yaml back, which the files gone with it could not follow."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    folder = forms / "templates" / "copied"
    profile, aside = folder / "profile.yaml", tmp_path / "profile.yaml"
    _aged(profile)
    profile.rename(aside)
    assert preview.refresh() and preview.news()[0].endswith("不能再用了（保存回 profile.yaml 即恢复）；1 个规格的页面显示错误：")
    aside.rename(profile)
    assert preview.refresh() and preview.watched.changed == [str(profile)]
    assert preview.news() == [f"{profile} 有改动，预览已更新：1 个规格，没有错误。"]
    folder.rename(tmp_path / "copied")
    assert preview.refresh()
    assert preview.news()[0] == f"表样文件夹 {folder} 已删除，表样“copied”不能再用了；1 个规格的页面显示错误："
    (tmp_path / "copied").rename(folder)
    assert preview.refresh() and preview.watched.changed == [str(profile)]


def test_a_unit_s_own_form_left_without_its_profile_and_templates_is_not_told_to_save_the_profile_back(tmp_path):
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    folder = forms / "templates" / "copied"
    (folder / "profile.yaml").unlink()
    (folder / "form.html").unlink()
    assert preview.refresh()
    said = preview.news()[0]
    assert said.startswith(f"{folder / 'profile.yaml'} 已删除，表样“copied”不能再用了；{folder / 'form.html'} 已删除"), said


def test_a_unit_s_own_form_whose_profile_is_deleted_is_said_to_be_gone_not_its_files_listed(tmp_path):
    """A unit's own form with no shipped twin: its profile.yaml deleted, every file of the form left the watched
    ones and the terminal listed them all as changed, not that the form could no longer be used."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    profile = forms / "templates" / "copied" / "profile.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.unlink()
    assert preview.refresh() and preview.watched.changed == [str(profile)]
    said, *errors = preview.news()
    assert said.startswith(f"{profile} 已删除，表样“copied”不能再用了") and "FORM-UNKNOWN" in errors[0], said
    profile.write_text(text, encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(profile)]
    assert preview.news() == [f"{profile} 有改动，预览已更新：1 个规格，没有错误。"]


def test_a_unit_s_shared_template_taking_over_from_the_shipped_one_is_the_one_listed(tmp_path):
    """A unit's `_shared/base.html` saved over the shipped one was listed with it: the shipped one left the watched
    files, unchanged. Deleted again, the shipped one that comes back is not listed either."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema",
                                                  under=Roots(ROOT / "templates", ROOT / "schema")))
    own = forms / "templates" / "_shared" / "base.html"
    own.parent.mkdir()
    own.write_text((ROOT / "templates" / "_shared" / "base.html").read_text(encoding="utf-8"), encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(own)]
    own.write_text(own.read_text(encoding="utf-8").replace("<body", "<body data-x=1", 1), encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(own)]
    own.unlink()
    assert preview.refresh() and preview.watched.changed == [str(own)]
    assert preview.news() == [f"{own} 已删除，预览已更新：1 个规格，没有错误。"]


def test_a_template_included_by_a_computed_name_is_watched_with_every_file_its_form_may_include(tmp_path):
    """`{% include k ~ ".html" %}` names no file until the form is rendered, and the part was not watched: saving it
    showed nothing until form.html was saved again. Every file of the form's folder and of `_shared` is watched for
    such a form, one added later too, and docs/commands.md (README's serve row links it) says so."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    folder = forms / "templates" / "copied"
    (folder / "part.html").write_text("<p>甲</p>", encoding="utf-8")
    form = folder / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + '{% set k = "part" %}{% include k ~ ".html" %}\n', encoding="utf-8")
    assert preview.refresh()
    (folder / "part.html").write_text("<p>乙</p>", encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(folder / "part.html")]
    (folder / "later.html").write_text("<p>丙</p>", encoding="utf-8")
    assert preview.refresh() and preview.watched.changed == [str(folder / "later.html")]
    assert not preview.refresh()
    commands = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")  # README's serve row links it
    serve = commands[commands.index("## jixiao serve"):]
    assert '{% include k ~ ".html" %}' in serve and "所有文件" in serve


def test_an_editor_s_scratch_files_beside_a_form_are_no_change_but_a_saved_form_is(tmp_path):
    """Vim's swap file, Word's and LibreOffice's lock files, backups and temporary files written in a form's or the
    schemas' folder counted as a change to the forms: every spec was rendered again at each write (40 times the CPU
    with 50 specs) and the terminal said so each time."""
    forms, specs, spec = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    for folder in (forms / "templates" / "copied", forms / "schema"):
        for name in (".form.html.swp", "~$form.docx", ".~lock.form.docx#", "form.html~", "4913", "form.tmp",
                     "#form.html#"):
            (folder / name).write_bytes(b"scratch")
            assert not preview.refresh(), folder / name
            (folder / name).unlink()
            assert not preview.refresh(), folder / name
    form = forms / "templates" / "copied" / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == [f"{form} 有改动，预览已更新：1 个规格，没有错误。"]


def test_a_schema_in_a_hidden_folder_is_no_change_but_one_in_a_year_s_folder_is(tmp_path):
    """An editor's or a tool's hidden folder under schema/ (`.history/`, `.vscode/`) holds copies of schemas the
    forms never read: each save there rendered every spec again. A folder of a year's schemas is the author's."""
    forms, specs, spec = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    schema = (forms / "schema" / "copied.schema.json").read_bytes()
    hidden = forms / "schema" / ".history" / "copied.schema.json"
    hidden.parent.mkdir()
    hidden.write_bytes(schema)
    assert not preview.refresh()
    kept = forms / "schema" / "2024" / "copied.schema.json"
    kept.parent.mkdir()
    kept.write_bytes(schema)
    assert preview.refresh()


@pytest.mark.parametrize("given", ["./specs/x.yaml", "../proj/specs/x.yaml"], ids=["dot", "up-and-down"])
def test_a_spec_given_by_a_path_written_otherwise_is_previewed(tmp_path, monkeypatch, started, given):
    """A file given as `./specs/x.yaml` was compared, as written, with the name validate gives it (`specs/x.yaml`)
    and left out: with nothing to preview the index was an internal error, page after page."""
    project = tmp_path / "proj"
    (project / "specs").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / TJ, project / "specs" / "x.yaml")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(main, ["serve", given]).exit_code == 0
    [preview] = started
    status, _, body = preview.page("/")
    assert status == 200 and "1 个规格" in body.decode("utf-8"), body.decode("utf-8")
    [link] = _links(body.decode("utf-8"))
    assert "<table" in preview.page(link)[2].decode("utf-8")


def test_a_preview_of_nothing_says_how_to_start_not_an_internal_error(said):
    status, _, body = Preview([], Roots, say=said.append).page("/")
    assert status == 200 and "还没有规格" in body.decode("utf-8") and said == []


def test_a_spec_given_alone_and_inside_a_folder_given_is_listed_once(served, tmp_path, monkeypatch):
    _, _, specs = served
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs", f"./specs/{GZ}"], Roots)
    page = preview.page("/")[2].decode("utf-8")
    assert "2 个规格" in page and len(_links(page)) == 2, _links(page)


def test_many_files_changed_at_once_still_say_what_the_pages_show(served):
    """A git checkout or pull of more files than are named printed only “6 个文件有改动，预览已更新。”, whatever
    the pages then showed."""
    preview, _, specs = served
    good = (specs / GZ).read_text(encoding="utf-8")
    for number in range(5):
        (specs / f"copy-{number}.yaml").write_text(good, encoding="utf-8")
    (specs / GZ).write_text(good.replace("other_funds: 0.00", "other_funds: 1,000", 1), encoding="utf-8")
    assert preview.refresh()
    head, error = preview.news()
    assert head == "6 个文件有改动；1 个规格的页面显示错误：", head
    assert re.fullmatch(rf"{re.escape(str(specs / GZ))}:\d+:\d+: 错误\[SCHEMA-TYPE\] .*“1,000”.*", error), error


def test_a_broken_form_s_errors_take_one_line_each_in_the_terminal(tmp_path):
    """A schema's message spans lines (a heading, then one per place): five such errors filled sixteen lines
    where at most five were meant."""
    forms, specs, spec = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    schema = forms / "schema" / "copied.schema.json"
    text = schema.read_text(encoding="utf-8")
    schema.write_text(text.replace('"indicators"\n  ],', '"indicators",\n    "xyz"\n  ],', 1), encoding="utf-8")
    assert preview.refresh()
    news = preview.news()
    assert all("\n" not in said for said in news), news
    head, error, more = news
    assert head == f"{schema} 有改动；1 个规格的页面显示错误：" and error.startswith(f"{schema}:") and "xyz" in error
    assert more == "……以上错误还有 1 行说明，见浏览器。"


@pytest.mark.parametrize("spec, address", [
    (r"C:\proj\specs\a.yaml", "specs/a.yaml"),
    (r"D:\share\a.yaml", "D:/share/a.yaml"),  # on another drive: its drive as written
    (r"C:\proj\D\share\a.yaml", "D/share/a.yaml"),  # a folder named D: another address
    (r"C:\elsewhere\a.yaml", "C:/elsewhere/a.yaml"),  # outside the folder named from: no `..`
], ids=["under", "other-drive", "folder-named-like-a-drive", "outside"])
def test_a_spec_s_address_on_windows_has_no_step_up_and_no_drive_taken_for_a_folder(spec, address):
    """With specs on two drives the address of one on drive D was `D/share/a.yaml`, the address of a folder `D`
    too; one outside the folder addresses are named from had `..` in it, which a browser takes as a step up."""
    import ntpath

    from generator.serve_watch import spec_address

    assert spec_address(spec, r"C:\proj", ntpath) == address


def _misnamed(data: bytes) -> bytes:
    from .test_zip_damage import misnamed

    return misnamed(data)


@pytest.mark.parametrize("damage", [lambda good: b"not a zip", _misnamed], ids=["not-a-zip", "misnamed-entry"])
def test_a_damaged_word_template_is_said_once_per_change_and_the_html_preview_goes_on(tmp_path, monkeypatch, started,
                                                                                     damage):
    """The HTML preview never reads form.docx: a damaged one showed nowhere, the terminal said the form was fine,
    and `jixiao build` then stopped on it. It is said at the start and once per change, and the index lists it."""
    forms, specs, spec = _copied_variant(tmp_path)
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    docx = forms / "templates" / "copied" / "form.docx"
    good = docx.read_bytes()
    docx.write_bytes(damage(good))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 0
    damaged = "form.docx: Word 模板已损坏，打不开（不是有效的 .docx 文件）。HTML 预览照常，但 jixiao build 生成不了表样“copied”的 Word 文件和 PDF"
    assert result.output.count(damaged) == 1 and "make_form_docx.py" in result.output, result.output
    [preview] = started
    assert "<table" in preview.page("/form/specs/copied.yaml")[2].decode("utf-8")  # the HTML preview goes on
    assert damaged in preview.page("/")[2].decode("utf-8")
    spec.write_text(spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh() and not any(damaged in said for said in preview.news())  # said once per change
    docx.write_bytes(damage(good) + b"\0")
    assert preview.refresh() and sum(damaged in said for said in preview.news()) == 1
    docx.write_bytes(good)
    assert preview.refresh() and not any(damaged in said for said in preview.news())
    assert damaged not in preview.page("/")[2].decode("utf-8")


def _served_until(told: threading.Event, watch, tmp_path, monkeypatch):
    """`jixiao serve` run in `tmp_path` with `watch` as its watcher and a server that serves until `told` is set (by the
    watcher, once it has done what the test asks), then is stopped as Ctrl+C stops it: the command's result."""
    import generator.serve_http
    import generator.serve_watch

    class StopsOnceTold:
        server_address = ("127.0.0.1", 0)

        def serve_forever(self):
            told.wait(60)
            raise KeyboardInterrupt

        def server_close(self):
            pass

    monkeypatch.setattr(generator.serve_http, "make_server", lambda preview, host, port: StopsOnceTold())
    monkeypatch.setattr(generator.serve_watch, "watch", watch)
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, ["serve"])


def test_a_word_template_damaged_is_said_on_stdout_before_an_update_line_that_does_not_call_all_fine(
        tmp_path, monkeypatch):
    """Damaged before the start, form.docx was said on stderr; damaged while serving, on stdout after
    “form.docx 有改动，预览已更新：1 个规格，没有错误。”, which it belied. Both are said on stdout, as every problem
    serve finds, the damage first and the update line saying it."""
    forms, _, _ = _copied_variant(tmp_path)
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    docx = forms / "templates" / "copied" / "form.docx"
    good = docx.read_bytes()
    docx.write_bytes(b"not a zip")
    told = threading.Event()

    def damage_once(preview, stop, on_change, on_start):
        docx.write_bytes(_misnamed(good))
        assert preview.refresh()
        on_change()
        told.set()

    result = _served_until(told, damage_once, tmp_path, monkeypatch)
    assert result.exit_code == 0 and told.is_set(), result.output
    damaged = "form.docx: Word 模板已损坏，打不开"
    assert result.stdout.count(damaged) == 2 and damaged not in result.stderr, result.output
    last = result.stdout[result.stdout.rindex(damaged):].split("\n")
    assert last[1].endswith("form.docx 有改动，预览已更新：1 个规格，没有错误，但表样“copied”的 Word 模板（form.docx）"
                            "打不开，jixiao build 生成不了它的 Word 文件。"), last


@pytest.mark.parametrize("specs_follow", [False, True], ids=["spec-still-at-a", "spec-at-b"])
def test_a_form_folder_renamed_is_said_as_a_rename_with_the_specs_it_leaves_without_a_form(tmp_path, specs_follow):
    """templates/copied → templates/renamed was said as the form `copied` gone and renamed/profile.yaml changed:
    not that it was the same form under a new name, nor which specs had no form now, nor that its schema keeps
    the old name."""
    forms, specs, spec = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    old, new = forms / "templates" / "copied", forms / "templates" / "renamed"
    old.rename(new)
    if specs_follow:
        spec.write_text(spec.read_text(encoding="utf-8").replace("form: copied", "form: renamed"), encoding="utf-8")
    typo = specs / "typo.yaml"  # a spec whose form: was wrong before the rename is no news of it
    typo.write_text(spec.read_text(encoding="utf-8").replace("form: copied", "form: copeid").replace("form: renamed", "form: copeid"),
                    encoding="utf-8")
    assert preview.refresh()
    said = "\n".join(preview.news())
    assert f"{typo}（form: copeid" not in said, said
    typo.unlink()
    assert f"表样文件夹 {old} 改名为 {new}（文件都没有变），表样“copied”现在叫“renamed”" in said, said
    assert "已删除" not in said and "profile.yaml 有改动" not in said, said
    assert f"它的 schema 还叫 {forms / 'schema' / 'copied.schema.json'}，请同样改名为 renamed.schema.json" in said
    follow = "" if specs_follow else "，请改成 form: renamed"
    assert f"这些规格找不到表样了：{spec}（form: {'renamed' if specs_follow else 'copied'}{follow}）" in said, said
    _follow_the_rename_advice(said, forms / "schema", spec)
    assert preview.refresh()
    assert preview.news()[-1].endswith("预览已更新：1 个规格，没有错误。"), preview.news()


def _follow_the_rename_advice(said: str, schemas: Path, spec: Path) -> None:
    """Do what a rename of `copied` to `renamed` was said to need, and nothing else: the schema renamed, the lines
    named in it changed, the spec's `form:` changed. Told only to rename the schema, the author then met its
    `"const": "copied"` refusing the spec."""
    word = r"(?<![A-Za-z0-9_.-])copied(?![A-Za-z0-9_-])"
    lines = re.search(r"并把其中第 ([\d、–]+) 行写的“copied”都改成“renamed”", said)
    assert lines, said
    named = {number for run in lines[1].split("、")
             for number in range(int(run.split("–")[0]), int(run.split("–")[-1]) + 1)}
    old = schemas / "copied.schema.json"
    text = [re.sub(word, "renamed", line) if number in named else line
            for number, line in enumerate(old.read_text(encoding="utf-8").split("\n"), 1)]
    assert not any(re.search(word, line) for line in text)  # every line that names it was named
    (schemas / "renamed.schema.json").write_text("\n".join(text), encoding="utf-8")
    old.unlink()
    spec.write_text(spec.read_text(encoding="utf-8").replace("form: copied", "form: renamed"), encoding="utf-8")


def test_a_unit_s_form_over_a_shipped_one_renamed_is_said_to_give_way_to_the_shipped_one(tmp_path, monkeypatch):
    """A unit's copy of a shipped form renamed (templates/jiangsu → js2) was said both to give way to the shipped
    form and to be renamed, with its schema, jixiao's own file, to be renamed as well: only the first is so."""
    monkeypatch.chdir(tmp_path)  # the shipped form is named whole, the unit's from here
    forms, specs = tmp_path / "forms", tmp_path / "specs"
    shutil.copytree(ROOT / "templates" / "jiangsu", forms / "templates" / "jiangsu")
    specs.mkdir()
    shutil.copy(next((ROOT / "specs").glob("jiangsu-*.yaml")), specs)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    old = forms / "templates" / "jiangsu"
    old.rename(forms / "templates" / "js2")
    assert preview.refresh()
    said = "\n".join(preview.news())
    assert f"表样文件夹 forms/templates/jiangsu 已删除，表样“jiangsu”现在用的是 {ROOT / 'templates' / 'jiangsu'} 里的同名表样" in said, said
    assert "改名为" not in said and "请同样改名" not in said, said


def test_a_form_folder_copied_anew_and_the_old_one_removed_is_no_rename(tmp_path):
    """Only the same files with their stamps kept are a rename: a folder edited meanwhile is one removed, one added."""
    forms, specs, _ = _copied_variant(tmp_path)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    old, new = forms / "templates" / "copied", forms / "templates" / "renamed"
    old.rename(new)
    (new / "form.html").write_text((new / "form.html").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    said = preview.news()[0]
    assert f"{old} 改名为" not in said and f"表样文件夹 {old} 已删除" in said, said


def test_a_broken_form_leaves_the_index_listing_the_specs_of_the_other_forms(tmp_path):
    """A profile.yaml saved with a YAML slip replaced the whole index with its error: the specs of every other form,
    which still previewed, could no longer be opened from it, and its link back to the list led to itself."""
    forms, specs, spec = _copied_variant(tmp_path)
    shutil.copy(ROOT / "specs" / TJ, specs / TJ)
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema",
                                                  under=Roots(ROOT / "templates", ROOT / "schema")))
    profile = forms / "templates" / "copied" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("orientation: portrait", "orientation: [portrait"),
                       encoding="utf-8")
    assert preview.refresh()
    index = preview.page("/")[2].decode("utf-8")
    assert f'href="/form/specs/{TJ}"' in index and "天津市归国华侨联合会" in index, index
    assert f'href="/form/specs/{spec.name}"' in index and "表样有误，无法预览" in index and "YAML-SYNTAX" in index
    assert "表样有误，无法预览" in preview.page(f"/form/specs/{spec.name}")[2].decode("utf-8")


def test_the_index_of_a_broken_jixiao_yaml_has_no_link_back_to_itself(tmp_path, monkeypatch, started):
    _, _, spec, settings, preview = _served_with("templates: forms/templates\nschemas: forms/schema\n", tmp_path,
                                                 monkeypatch, started)
    settings.write_text("templates: forms/templates\nschmas: forms/schema\n", encoding="utf-8")
    assert preview.refresh()
    index, form = (preview.page(route)[2].decode("utf-8") for route in ("/", f"/form/specs/{spec.name}"))
    assert "jixiao.yaml 有误，无法预览" in index and "回到规格列表" not in index
    assert "jixiao.yaml 有误，无法预览" in form and "回到规格列表" in form


def test_a_spec_saved_renders_that_spec_again_and_no_other(tmp_path, monkeypatch):
    """Each save rendered every spec again for the index open in another tab (2.2 s with 46 specs); a form's file saved
    renders again the specs of that form alone (every spec was, 4–5 s with 46), a file the forms share or a schema
    (they share definitions) each spec again."""
    import generator.build

    specs = tmp_path / "specs"
    specs.mkdir()
    for name in (GZ, TJ):
        shutil.copy(ROOT / "specs" / name, specs / name)
    rendered, render = [], generator.build.Renderer.render
    monkeypatch.setattr(generator.build.Renderer, "render", lambda self, spec, **kwargs: rendered.append(Path(spec).name) or render(self, spec, **kwargs))
    forms = tmp_path / "forms"
    shutil.copytree(ROOT / "templates", forms / "templates")
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", ROOT / "schema"))
    assert "2 个规格" in preview.page("/")[2].decode("utf-8") and sorted(rendered) == sorted([GZ, TJ])
    (specs / GZ).write_text((specs / GZ).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    rendered.clear()
    assert preview.refresh() and preview.news() and "2 个规格" in preview.page("/")[2].decode("utf-8")
    assert rendered == [GZ], rendered
    for changed, again in [("tianjin/form.html", [TJ]), ("guangzhou/profile.yaml", [GZ]),
                           ("_shared/base.html", [GZ, TJ])]:
        saved = forms / "templates" / changed
        saved.write_text(saved.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        rendered.clear()
        assert preview.refresh() and preview.news() and "2 个规格" in preview.page("/")[2].decode("utf-8")
        assert sorted(rendered) == sorted(again), (changed, rendered)


def test_a_form_s_file_saved_shows_on_its_specs_pages_and_a_form_that_comes_on_the_specs_naming_it(tmp_path):
    """The specs of the other forms keep their renderings (`Preview._keep_unchanged`); those of the form saved show
    the change, and a spec that named no form there (its page says FORM-UNKNOWN) its form once the form's folder came."""
    forms, specs, spec = _copied_variant(tmp_path)
    shutil.copy(ROOT / "specs" / TJ, specs / TJ)
    formless = specs / "formless.yaml"
    formless.write_text(spec.read_text(encoding="utf-8").replace("form: copied", "form: later"), encoding="utf-8")
    (forms / "schema" / "later.schema.json").write_text(
        (forms / "schema" / "copied.schema.json").read_text(encoding="utf-8").replace("copied", "later"), encoding="utf-8")
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    assert "FORM-UNKNOWN" in preview.page(f"/form/specs/{formless.name}")[2].decode("utf-8")
    assert "<table" in preview.page(f"/form/specs/{TJ}")[2].decode("utf-8")
    html_form = forms / "templates" / "copied" / "form.html"
    html_form.write_text(html_form.read_text(encoding="utf-8").replace("<h1>", "<p>新加的一行</p><h1>", 1), encoding="utf-8")
    assert preview.refresh() and preview.watched.shaped_forms == {"copied"}
    assert "新加的一行" in preview.page(f"/form/specs/{spec.name}")[2].decode("utf-8")
    shutil.copytree(forms / "templates" / "copied", forms / "templates" / "later")
    assert preview.refresh() and preview.watched.shaped_forms == {"later"}
    page = preview.page(f"/form/specs/{formless.name}")[2].decode("utf-8")
    assert "FORM-UNKNOWN" not in page and "新加的一行" in page, page



def test_the_forms_listed_follow_a_profile_renamed_a_schema_removed_and_a_form_added_while_serving(tmp_path):
    """A catalog keeps its folders' listing, schema paths and forms' names (variants.Catalog, form_names) for its
    lifetime; serve makes a new one after a form's files change, so a page never lists a form by its old name, a
    form whose schema is gone, nor says FORM-UNKNOWN of a form whose folder has just come."""
    forms, specs, spec = _copied_variant(tmp_path)
    formless = specs / "formless.yaml"
    formless.write_text(spec.read_text(encoding="utf-8").replace("form: copied", "form: later"), encoding="utf-8")
    preview = Preview([str(specs)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))

    def page(path: Path) -> str:
        return html.unescape(preview.page(f"/form/specs/{path.name}")[2].decode("utf-8"))

    assert "FORM-UNKNOWN" in page(formless) and "copied（湛江市级部门整体预算绩效目标表）" in page(formless)
    profile = forms / "templates" / "copied" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("name: 湛江市级", "name: 某区", 1), encoding="utf-8")
    assert preview.refresh()
    assert "copied（某区部门整体预算绩效目标表）" in page(formless), page(formless)
    (forms / "schema" / "copied.schema.json").rename(tmp_path / "copied.schema.json")
    assert preview.refresh()
    assert "copied（" not in page(formless), page(formless)
    said = page(spec)
    assert "<table" not in said and "有文件夹" in said and "但没有 schema" in said and "内部错误" not in said, said
    (forms / "schema" / "later.schema.json").write_text(
        (tmp_path / "copied.schema.json").read_text(encoding="utf-8").replace("copied", "later"), encoding="utf-8")
    shutil.copytree(forms / "templates" / "copied", forms / "templates" / "later")
    assert preview.refresh()
    assert "FORM-UNKNOWN" not in page(formless) and "<table" in page(formless), page(formless)

def test_the_editor_s_schema_written_as_schema_line_says_clears_its_warning(tmp_path, monkeypatch):
    """The page went on saying the spec's first line named a missing file after `jixiao schema … -o` wrote it, as the
    warning said to: the project's schema/ folder was not watched."""
    assert CliRunner().invoke(main, ["init", str(tmp_path)]).exit_code == 0
    shutil.copy(ROOT / "specs" / GZ, tmp_path / "specs" / GZ)
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], Roots)
    assert "SCHEMA-LINE" in preview.page(f"/form/specs/{GZ}")[2].decode("utf-8")
    written = CliRunner().invoke(main, ["schema", "guangzhou", "-o", "schema/guangzhou.schema.json"])
    assert written.exit_code == 0, written.output
    assert preview.refresh()
    assert "SCHEMA-LINE" not in preview.page(f"/form/specs/{GZ}")[2].decode("utf-8")
    assert preview.news() == ["schema/guangzhou.schema.json 有改动，预览已更新：1 个规格，没有错误。"]


def test_the_editor_s_schema_of_a_project_served_from_outside_it_is_watched_too(tmp_path, monkeypatch):
    """Only the schema/ beside the current folder's jixiao.yaml was watched: `jixiao serve unit/specs` run above the
    project kept SCHEMA-LINE's warning after the copy was written where the spec's first line names it."""
    unit = tmp_path / "unit"
    assert CliRunner().invoke(main, ["init", str(unit)]).exit_code == 0
    shutil.copy(ROOT / "specs" / GZ, unit / "specs" / GZ)
    monkeypatch.chdir(tmp_path)
    preview = Preview(["unit/specs"], Roots)
    assert "SCHEMA-LINE" in preview.page(f"/form/specs/{GZ}")[2].decode("utf-8")
    monkeypatch.chdir(unit)
    written = CliRunner().invoke(main, ["schema", "guangzhou", "-o", "schema/guangzhou.schema.json"])
    assert written.exit_code == 0, written.output
    monkeypatch.chdir(tmp_path)
    assert preview.refresh()
    assert "SCHEMA-LINE" not in preview.page(f"/form/specs/{GZ}")[2].decode("utf-8")


@pytest.mark.parametrize("module", ["serve_pages", "serve_news", "serve_lint"])
def test_a_preview_mixin_names_each_attribute_it_takes_from_preview(module):
    """PreviewPages and PreviewNews use attributes that serve.Preview defines; their docstrings say which, so a
    reader of one module knows what it leans on: `_gone_words`, used by both, was named by neither."""
    import ast

    tree = ast.parse((ROOT / "generator" / f"{module}.py").read_text(encoding="utf-8"))
    mixin = next(node for node in tree.body if isinstance(node, ast.ClassDef))
    own = {node.name for node in mixin.body if isinstance(node, ast.FunctionDef)}
    used = {node.attr for node in ast.walk(mixin) if isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name) and node.value.id == "self"}
    unnamed = sorted(name for name in used - own if f"`{name}`" not in ast.get_docstring(mixin))
    assert not unnamed, unnamed
