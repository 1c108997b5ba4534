"""jixiao serve: what the terminal says after a change to a form, a schema or jixiao.yaml (`Preview.news`)."""
from __future__ import annotations

import os
import shutil
import threading

import pytest

from generator.cli import main
from generator.command_paths import variant_roots
from generator.serve import Preview, named_from
from generator.variants import Roots

from .conftest import ROOT, copy_variant
from .test_serve import _copied_variant, _served_until


def _preview_here(tmp_path, monkeypatch):
    """(forms, preview) of the copied form `copied` and its spec, started in tmp_path as `jixiao serve specs`."""
    forms, _, _ = _copied_variant(tmp_path)
    monkeypatch.chdir(tmp_path)
    return forms, Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))


def test_a_form_s_file_is_named_from_where_serve_was_started_as_specs_are(tmp_path, monkeypatch):
    """Specs were named as given (`specs/x.yaml`), a form's files by their whole resolved path."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    form = forms / "templates" / "copied" / "form.html"
    form.write_text(form.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == ["forms/templates/copied/form.html 有改动，预览已更新：1 个规格，没有错误。"]


def test_jixiao_yaml_touched_without_a_change_is_no_change(tmp_path, monkeypatch):
    forms, _, _ = _copied_variant(tmp_path)
    settings = tmp_path / "jixiao.yaml"
    settings.write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    later = settings.stat().st_mtime + 5
    os.utime(settings, (later, later))
    assert not preview.refresh()
    settings.write_text("templates: forms/templates\nschemas: forms/schema\n# 注释\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == ["jixiao.yaml 有改动，预览已更新：1 个规格，没有错误。"]


def test_a_form_s_schema_renamed_alone_is_said_as_a_rename_with_what_the_form_needs(tmp_path, monkeypatch):
    """schema/copied.schema.json → schema/renamed.schema.json was said as one schema changed and another deleted."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    (forms / "schema" / "copied.schema.json").rename(forms / "schema" / "renamed.schema.json")
    assert preview.refresh()
    said = preview.news()[0]
    assert said.startswith("schema forms/schema/copied.schema.json 改名为 renamed.schema.json（内容没有变）；"
                           "表样“copied”找不到它的 schema 了"), said
    assert "请把表样文件夹 forms/templates/copied 同样改名为 renamed，并把 renamed.schema.json 第 " in said, said
    assert "不然请把 schema 改回 copied.schema.json" in said and "已删除" not in said and "有改动" not in said, said
    assert "这些规格找不到表样了：specs/copied.yaml（form: copied，请改成 form: renamed）" in said, said
    (forms / "templates" / "copied").rename(forms / "templates" / "renamed")  # the other half of the rename
    assert preview.refresh()
    said = preview.news()[0]
    assert said.startswith("表样文件夹 forms/templates/copied 改名为 forms/templates/renamed（文件都没有变）"), said
    assert "schema" not in said.split("1 个规格的页面显示错误")[0], said  # it has one now


def test_a_form_folder_that_comes_with_no_schema_of_its_name_is_told_what_schema_it_needs(tmp_path, monkeypatch):
    """A folder renamed and edited in one go (no rename: its files changed) to a name with no schema was said as
    `renamed/profile.yaml 有改动`, not that the form cannot be used without a schema of its name."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    new = forms / "templates" / "renamed"
    (forms / "templates" / "copied").rename(new)
    (new / "form.html").write_text((new / "form.html").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    said = preview.news()[0]
    assert said.startswith("新的表样文件夹 forms/templates/renamed：表样“renamed”还没有 schema（表样名就是文件夹名，"
                           "也是 schema 的文件名）；有 schema 而没有表样文件夹的是 forms/schema/copied.schema.json："
                           "如果这个文件夹是“copied”改名来的，请把这个 schema 同样改名为 renamed.schema.json，并把其中第 "), said
    assert "可复制一个相近表样的 schema" not in said, said  # the page's FORM-UNKNOWN says to rename it, as this does
    assert "profile.yaml 有改动" not in said, said


def _fresh_folder_said(tmp_path, monkeypatch, settings: str, started_in: str, specs: str) -> str:
    """What serve, started in `started_in` (below tmp_path) on `specs`, says of a form folder `fresh` with no schema
    copied in beside `copied`, the unit's jixiao.yaml reading `settings`."""
    forms, _, _ = _copied_variant(tmp_path)
    (tmp_path / "jixiao.yaml").write_text(settings, encoding="utf-8")
    monkeypatch.chdir(tmp_path / started_in)
    preview = Preview([specs], lambda: variant_roots(None, None))
    shutil.copytree(forms / "templates" / "copied", forms / "templates" / "fresh")
    assert preview.refresh()
    return preview.news()[0]


def test_a_form_folder_with_no_schema_is_told_the_schema_folder_as_jixiao_yaml_writes_it(tmp_path, monkeypatch):
    """Started in forms/, the schema folder was named `schema`: the editor's copies' folder in the unit's root."""
    said = _fresh_folder_said(tmp_path, monkeypatch, "templates: forms/templates\nschemas: forms/schema\n", "forms",
                              "../specs")
    assert "要用它请在 schema 文件夹 forms/schema（jixiao.yaml 的 schemas:）里放一个 fresh.schema.json" in said, said


def test_a_form_folder_with_no_schema_in_a_unit_naming_no_schema_folder_is_told_to_name_one(tmp_path, monkeypatch):
    """jixiao.yaml with `templates:` alone: the new folder was told to put its schema in jixiao's own install."""
    said = _fresh_folder_said(tmp_path, monkeypatch, "templates: forms/templates\n", ".", "specs")
    assert "要用它请在 jixiao.yaml 里写上 schemas: forms/schema（本单位的 schema 文件夹，路径相对于 jixiao.yaml）" in said, said
    assert str(ROOT) not in said.split("；1 个规格")[0], said


def test_two_damaged_word_templates_are_said_as_two(tmp_path, monkeypatch):
    """Two forms' form.docx damaged: `表样“a”、“b”的 … 打不开，jixiao build 生成不了它的 Word 文件`, one form's words."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    copy_variant("zhanjiang", "second", forms / "templates", forms / "schema", tmp_path / "specs" / "second.yaml")
    assert preview.refresh()
    for name in ("copied", "second"):
        (forms / "templates" / name / "form.docx").write_bytes(b"not a zip")
    assert preview.refresh()
    *damaged, update = preview.news()
    assert [said.split(":")[0] for said in damaged] == [f"forms/templates/{name}/form.docx" for name in ("copied", "second")]
    assert update.endswith("预览已更新：2 个规格都没有错误，但表样“copied”和“second”的 Word 模板（form.docx）都打不开，"
                           "jixiao build 生成不了它们的 Word 文件。"), update


@pytest.mark.parametrize("part, old, new, serve_says, build_says", [
    ("word/_rels/document.xml.rels", r'(Type="[^"]*/styles")', r'TargetMode="External" \1',
     "Word 模板已损坏，打不开（不是有效的 .docx 文件）", "不是有效的 Word 文件（.docx）"),
    ("word/document.xml", r"(?s)<w:body>.*</w:body>", "",
     "Word 模板已损坏，打不开（不是有效的 .docx 文件）", "不是有效的 Word 文件（.docx）"),
    ("word/document.xml", r"(<w:sectPr[^>]*>)", r'\1<w:footerReference w:type="default"/>',
     "Word 模板已损坏（多半是程序写坏或手工改过）：第 1 节的页脚引用（word/document.xml 里的 <w:footerReference>）"
     "没有 r:id，指不到任何页脚，LibreOffice 打不开它",
     "第 1 节的页脚引用（word/document.xml 里的 <w:footerReference>）没有 r:id，指不到任何页脚："),
], ids=["styles-outside", "no-body", "footer-no-rid"])
def test_a_word_template_build_refuses_though_it_opens_is_said_by_serve_in_build_s_words(
        tmp_path, monkeypatch, runner, part, old, new, serve_says, build_says):
    """serve only opened form.docx: one python-docx opens and build refuses (styles outside the package, a main part
    with no body, a footer reference with no r:id) was fine in serve, and `jixiao build` then stopped on it. serve
    reads it as build does (word_damage.readable): it is said once, a broken reference in the words build says."""
    from generator.cli import main

    from .conftest import zip_edit

    forms, preview = _preview_here(tmp_path, monkeypatch)
    assert not preview.word_news()  # the first look, at every form's: none damaged
    zip_edit(forms / "templates" / "copied" / "form.docx", part, old, new, regex=True)
    assert preview.refresh()
    [said, update] = preview.news()
    assert said.startswith(f"forms/templates/copied/form.docx: {serve_says}"), said
    assert "打不开，jixiao build 生成不了它的 Word 文件" in update, update
    built = runner.invoke(main, ["build", "specs", "--out", "out", "--templates", "forms/templates",
                                 "--schemas", "forms/schema"])
    assert built.exit_code == 2 and f"form.docx: 错误[RENDER-TEMPLATE] 模板有误，无法生成：{build_says}" in built.output, \
        built.output
    if "r:id" in build_says:  # what to do, as build tells it
        todo = "；请向发来模板的单位要一份完好的，或从备份里取回；也可以删去 word/document.xml 里的这个 <w:footerReference>"
        assert todo in said and todo in built.output, said

def test_a_unit_s_override_schema_renamed_is_not_told_to_rename_jixiao_s_own_form_folder(tmp_path, monkeypatch):
    """forms/schema/zhanjiang.schema.json (over jixiao's zhanjiang) renamed zj8.schema.json was told to rename the
    folder of jixiao's installed form to zj8, though zhanjiang had jixiao's schema still."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    shipped = ROOT / "schema" / "zhanjiang.schema.json"
    (forms / "schema" / "zhanjiang.schema.json").write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    assert preview.refresh()
    (forms / "schema" / "zhanjiang.schema.json").rename(forms / "schema" / "zj8.schema.json")
    assert preview.refresh()
    said = preview.news()[0]
    assert str(ROOT / "templates") not in said and "同样改名为" not in said, said
    assert f"表样“zhanjiang”不再有自己的 schema，又用 jixiao 自带的 schema {shipped}" in said, said
    assert "“zj8”有了 schema，但没有同名的表样文件夹" in said, said


def test_a_schema_renamed_to_a_shipped_form_s_name_is_said_to_take_that_form_over(tmp_path, monkeypatch):
    """copied.schema.json renamed guangzhou.schema.json read as fine: `现在是表样“guangzhou”的 schema`, and the specs
    were told to write form: guangzhou, though it takes jixiao's guangzhou's schema's place and copied lost its own."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    (forms / "schema" / "copied.schema.json").rename(forms / "schema" / "guangzhou.schema.json")
    assert preview.refresh()
    said = preview.news()[0]
    assert "表样“copied”找不到它的 schema 了" in said and "请把 schema 改回 copied.schema.json" in said, said
    assert f"它现在取代了 jixiao 自带的表样“guangzhou”的 schema {ROOT / 'schema' / 'guangzhou.schema.json'}" in said, said
    assert "form: guangzhou" not in said and "现在是表样" not in said, said


@pytest.mark.parametrize("start, given, named", [
    (".", "{root}/specs", "specs/copied.yaml"), ("forms", "../specs", "{root}/specs/copied.yaml")],
    ids=["whole-path-inside", "up-from-forms"])
def test_a_spec_is_named_by_the_same_rule_as_a_form_s_files(tmp_path, monkeypatch, start, given, named):
    """From where serve was started when inside it, else whole: given whole, a spec's lines were whole beside
    forms/… lines; given ../specs from forms/, they were ../specs/… beside whole paths of the forms."""
    root = tmp_path.resolve()
    forms, _, spec = _copied_variant(root)
    monkeypatch.chdir(root / start)
    preview = Preview([given.format(root=root)], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    spec.write_text(spec.read_text(encoding="utf-8") + "colour: red\n", encoding="utf-8")
    assert preview.refresh()
    said = preview.news()
    assert said and all(line.startswith(named.format(root=root) + ":") for line in said), said


def test_form_unknown_names_the_form_s_files_from_where_serve_was_started(tmp_path, monkeypatch):
    """FORM-UNKNOWN named the files it looked for by their whole paths, beside `specs/copied.yaml` and the rename's
    `forms/templates/copied`, in the terminal and on the spec's page."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    (forms / "templates" / "copied").rename(forms / "templates" / "renamed")
    assert preview.refresh()
    said = "\n".join(preview.news())
    assert ("specs/copied.yaml:2:7: 错误[FORM-UNKNOWN] 表样“copied”有 schema forms/schema/copied.schema.json，"
            "但没有同名的表样文件夹：找过 forms/templates/copied/profile.yaml、") in said, said
    assert str(tmp_path) not in said, said
    page = preview.page("/form/specs/copied.yaml")[2].decode("utf-8")
    assert "找过 forms/templates/copied/profile.yaml、" in page and str(tmp_path) not in page


def test_form_unknown_of_a_folder_without_its_schema_names_them_from_where_serve_was_started(tmp_path, monkeypatch):
    """The same for a form whose schema went: its folder and the schema looked for, not their whole paths."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    (forms / "schema" / "copied.schema.json").rename(forms / "copied.schema.json.bak")
    assert preview.refresh()
    page = preview.page("/form/specs/copied.yaml")[2].decode("utf-8")
    assert "表样“copied”有文件夹 forms/templates/copied，但没有 schema：找过 forms/schema/copied.schema.json" in page, page
    assert str(tmp_path) not in page, page


def test_a_form_s_template_error_names_the_template_as_the_line_before_it_does(tmp_path, monkeypatch):
    """`forms/templates/copied/form.html 有改动` was followed by its error at the template's whole path."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    form = forms / "templates" / "copied" / "form.html"
    form.write_text(form.read_text(encoding="utf-8").replace("{{", "{{ (", 1), encoding="utf-8")
    assert preview.refresh()
    head, error = preview.news()
    assert head == "forms/templates/copied/form.html 有改动；1 个规格的页面显示错误：", head
    assert error.startswith("forms/templates/copied/form.html:") and "RENDER-TEMPLATE" in error, error
    page = preview.page("/form/specs/copied.yaml")[2].decode("utf-8")
    assert "forms/templates/copied/form.html:" in page and str(tmp_path) not in page, page


def test_a_form_s_profile_error_names_the_profile_as_the_line_before_it_does(tmp_path, monkeypatch):
    """A form's and jixiao.yaml's errors are made as every command says them, their files whole: the terminal said
    `forms/templates/copied/profile.yaml 有改动` and then the same file's error at its whole path."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    profile = forms / "templates" / "copied" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("orientation: portrait", "orientation: portrat"),
                       encoding="utf-8")
    assert preview.refresh()
    head, error = preview.news()
    assert head == "forms/templates/copied/profile.yaml 有改动；1 个规格的页面显示错误：", head
    assert error.startswith("forms/templates/copied/profile.yaml:") and "SCHEMA-ENUM" in error, error
    for route in ("/", "/form/specs/copied.yaml"):
        page = preview.page(route)[2].decode("utf-8")
        assert "forms/templates/copied/profile.yaml:" in page and str(tmp_path) not in page, page


def test_named_from_leaves_a_path_that_only_holds_the_start_folder_alone(tmp_path):
    start = tmp_path / "unit"
    said = f"{start}{os.sep}a.yaml、/elsewhere{start}{os.sep}b.yaml、{start}2{os.sep}c.yaml"
    assert named_from(said, start) == f"a.yaml、/elsewhere{start}{os.sep}b.yaml、{start}2{os.sep}c.yaml"


@pytest.mark.parametrize("to", ["specs/renamed.yaml", "specs/2024/copied.yaml"])
def test_a_spec_renamed_or_moved_unchanged_is_said_as_a_rename(tmp_path, monkeypatch, to):
    """`git mv specs/a.yaml specs/b.yaml` or an editor's rename was said as specs/a.yaml deleted and specs/b.yaml a
    spec of its own, though nothing in it changed; a form folder renamed was already said as a rename."""
    _, preview = _preview_here(tmp_path, monkeypatch)
    (tmp_path / to).parent.mkdir(exist_ok=True)
    (tmp_path / "specs" / "copied.yaml").rename(tmp_path / to)
    assert preview.refresh()
    assert preview.news() == [f"specs/copied.yaml 改名为 {to}（内容没有变）：", f"{to}：没有错误，预览已更新。"]


def test_a_spec_renamed_and_edited_meanwhile_is_one_deleted_and_one_new(tmp_path, monkeypatch):
    """Its stamp changed with its content: nothing tells it from a spec deleted and another written."""
    _, preview = _preview_here(tmp_path, monkeypatch)
    new = tmp_path / "specs" / "renamed.yaml"
    (tmp_path / "specs" / "copied.yaml").rename(new)
    new.write_text(new.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    assert sorted(preview.news()) == ["specs/copied.yaml 已删除，预览已更新。", "specs/renamed.yaml：没有错误，预览已更新。"]


@pytest.mark.parametrize("how", ["the other renamed", "the other copied with cp -p"])
def test_a_spec_gone_with_another_of_its_stamp_is_never_said_renamed(tmp_path, monkeypatch, how):
    """Two specs written in one tick of the clock, of one size: a deleted and, in the same poll, b renamed to c, or
    copied to c with `cp -p`. a was said renamed to c (`a 改名为 c（内容没有变）`), though c holds b's content."""
    _, preview = _preview_here(tmp_path, monkeypatch)
    specs = tmp_path / "specs"
    text = (specs / "copied.yaml").read_text(encoding="utf-8")
    (specs / "a.yaml").write_text(text + "# 甲\n", encoding="utf-8")
    (specs / "b.yaml").write_text(text + "# 乙\n", encoding="utf-8")
    stamp = (specs / "a.yaml").stat()
    os.utime(specs / "b.yaml", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert preview.refresh()
    (specs / "a.yaml").unlink()
    if how == "the other renamed":
        (specs / "b.yaml").rename(specs / "c.yaml")
    else:
        shutil.copy2(specs / "b.yaml", specs / "c.yaml")
    assert preview.refresh()
    said = preview.news()
    assert not any("改名" in line for line in said), said
    assert "specs/a.yaml 已删除，预览已更新。" in said and "specs/c.yaml：没有错误，预览已更新。" in said, said


def test_the_specs_errors_are_said_once_the_preview_has_started(tmp_path, monkeypatch):
    """A spec with errors when serve started was said nowhere but on its page until it was saved."""
    forms, preview = _preview_here(tmp_path, monkeypatch)
    assert preview.start_news() == []  # no spec has an error: the start says nothing more, as before
    spec = tmp_path / "specs" / "copied.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("year: ", "year: 二〇", 1), encoding="utf-8")
    said = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots())).start_news()
    assert said[0] == "预览已启动；1 个规格的页面显示错误：" and said[1].startswith("specs/copied.yaml:"), said
    assert "错误[" in said[1] and len(said) == 2, said


@pytest.mark.parametrize("stopped", [False, True], ids=["running", "ctrl-c-while-rendering"])
def test_serve_says_the_specs_errors_after_its_address_and_not_once_stopped(tmp_path, monkeypatch, stopped):
    """`jixiao serve` gives the watcher what says the errors at the start (nothing tested the command passed it), said
    after the address; Ctrl+C while the specs were rendered had them said after “已停止预览。”."""
    forms, _, spec = _copied_variant(tmp_path)
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    spec.write_text(spec.read_text(encoding="utf-8").replace("year: ", "year: 二〇", 1), encoding="utf-8")
    told = threading.Event()

    def start_once(preview, stop, on_change, on_start):
        if stopped:  # as Ctrl+C does, while on_start renders
            stop.set()
        on_start()
        told.set()

    result = _served_until(told, start_once, tmp_path, monkeypatch)
    assert result.exit_code == 0 and told.is_set(), result.output
    said = result.stdout.split("\n")
    if stopped:
        assert "预览已启动" not in result.output and said[-2] == "已停止预览。", said
        return
    start = said.index("预览已启动；1 个规格的页面显示错误：")
    assert said[0].startswith("预览：") and said[start + 1].startswith("specs/copied.yaml:3:"), said


def test_news_made_while_ctrl_c_is_handled_is_not_said_after_the_stop(tmp_path, monkeypatch, runner):
    """A save's news, or a failure the watcher says on stderr, made while Ctrl+C was being handled was said after
    “已停止预览。”, as the stopped preview's last word."""
    import generator.serve_http
    import generator.serve_watch

    _copied_variant(tmp_path)
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    watching, stopped, done = threading.Event(), [], threading.Event()

    class StopsOnceWatched:
        server_address = ("127.0.0.1", 0)

        def serve_forever(self):
            watching.wait(60)
            raise KeyboardInterrupt

        def server_close(self):  # after the stop: the command ends once the watcher has tried to say its lines
            done.wait(60)

    def news_once_stopped(preview, stop, on_change, on_start):
        watching.set()
        stopped.append(stop.wait(60))
        on_change(["specs/copied.yaml：没有错误，预览已更新。"])  # a save seen as Ctrl+C was handled
        preview.failed(OSError(2, "No such file or directory", "specs"))  # said on stderr
        done.set()

    monkeypatch.setattr(generator.serve_http, "make_server", lambda preview, host, port: StopsOnceWatched())
    monkeypatch.setattr(generator.serve_watch, "watch", news_once_stopped)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["serve"])
    assert result.exit_code == 0 and stopped == [True] and done.is_set(), result.output
    assert result.stdout.split("\n")[-2] == "已停止预览。" and "预览出错" not in result.stderr, result.output


def test_ctrl_c_while_the_word_templates_are_checked_is_a_normal_stop(tmp_path, monkeypatch, runner):
    """Between the address line and serve_forever, serve checks every form's form.docx (`word_news`); Ctrl+C there,
    after the clerk had seen the preview start, said 已中止（Ctrl+C） and exited 130, and left the server open."""
    import generator.serve_http
    import generator.serve_watch

    _copied_variant(tmp_path)
    (tmp_path / "jixiao.yaml").write_text("templates: forms/templates\nschemas: forms/schema\n", encoding="utf-8")
    closed, served = [], []

    class NeverServed:
        server_address = ("127.0.0.1", 0)

        def serve_forever(self):
            served.append(True)

        def server_close(self):
            closed.append(True)

    def pressed(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(generator.serve_http, "make_server", lambda preview, host, port: NeverServed())
    monkeypatch.setattr(generator.serve_watch, "watch", lambda preview, stop, on_change, on_start: None)
    monkeypatch.setattr(Preview, "word_news", pressed)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["serve"])
    said = result.stdout.split("\n")
    assert result.exit_code == 0 and said[0].startswith("预览：") and said[-2] == "已停止预览。", result.output
    assert "已中止" not in result.output and closed == [True] and not served


def test_a_spec_asked_for_while_the_start_renders_is_rendered_once(tmp_path, monkeypatch):
    """The watcher renders every spec at the start (`start_news`) while the server answers: a page asked for meanwhile,
    in another thread, shares the renderings (Preview's lock), and no spec is rendered twice."""
    import generator.build

    forms, _ = _preview_here(tmp_path, monkeypatch)
    spec = tmp_path / "specs" / "copied.yaml"
    for n in range(3):
        shutil.copy(spec, tmp_path / "specs" / f"copied-{n}.yaml")
    preview = Preview(["specs"], lambda: Roots(forms / "templates", forms / "schema", under=Roots()))
    rendered, render = [], generator.build.Renderer.render
    monkeypatch.setattr(generator.build.Renderer, "render", lambda self, name, *args, **kwargs: (
        rendered.append(name), render(self, name, *args, **kwargs))[1])
    start = threading.Thread(target=preview.start_news, daemon=True)
    start.start()
    assert "<table" in preview.page("/form/specs/copied-2.yaml")[2].decode("utf-8")
    assert "4 个规格" in preview.page("/")[2].decode("utf-8")
    start.join(60)
    assert not start.is_alive() and sorted(rendered) == sorted(preview.watched.specs()), rendered
