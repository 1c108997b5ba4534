"""jixiao serve: jixiao.yaml saved while the preview runs, told apart from a save that changed nothing."""
from __future__ import annotations

import os

import generator.serve_watch
from generator.command_paths import variant_roots
from generator.serve import Preview

from .test_serve import _copied_variant

SETTINGS = "templates: forms/templates\nschemas: forms/schema\n"


def _preview_of_settings(tmp_path, monkeypatch):
    """(jixiao.yaml, preview) of a unit whose jixiao.yaml names its own form `copied`, as `jixiao serve specs`."""
    _copied_variant(tmp_path)
    settings = tmp_path / "jixiao.yaml"
    settings.write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return settings, Preview(["specs"], lambda: variant_roots(None, None))


def test_jixiao_yaml_saved_while_it_is_read_is_applied_not_taken_for_a_touch(tmp_path, monkeypatch):
    """Its stamp was taken before its bytes were read: saved in between, the new bytes were kept with the old stamp,
    and every later poll took the change for a touch of the content it had already read, never applied."""
    settings, preview = _preview_of_settings(tmp_path, monkeypatch)
    read, saving = generator.serve_watch._content, {"armed": True}

    def saved_while_read(name):
        if saving["armed"] and name.endswith("jixiao.yaml"):
            saving["armed"] = False
            settings.write_text(SETTINGS.replace("forms/templates", "forms/missing"), encoding="utf-8")
        return read(name)

    spec = tmp_path / "specs" / "copied.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(generator.serve_watch, "_content", saved_while_read)
    preview.refresh()
    preview.refresh()
    assert preview.watched.trouble is not None, "the change to jixiao.yaml was never applied"
    assert "forms/missing" in preview.watched.trouble.format_message()


def test_jixiao_yaml_saved_unchanged_looks_again_while_it_has_an_error(tmp_path, monkeypatch):
    """CONFIG-FOLDER names a folder that is not there; once made, saving jixiao.yaml unchanged was taken for a touch
    and the error stayed until serve was started again."""
    settings, preview = _preview_of_settings(tmp_path, monkeypatch)
    schemas = tmp_path / "forms" / "schema"
    schemas.rename(tmp_path / "forms" / "schema_old")
    assert preview.refresh() and "CONFIG-FOLDER" in preview.watched.trouble.format_message()
    schemas.mkdir()
    settings.write_text(SETTINGS, encoding="utf-8")
    later = settings.stat().st_mtime_ns + 2 * 10**9
    os.utime(settings, ns=(later, later))
    assert preview.refresh()
    assert preview.watched.trouble is None


def test_jixiao_yaml_s_error_is_said_once_again_when_it_changes_and_its_fix_is_said(tmp_path, monkeypatch):
    """Each save of a jixiao.yaml with an error said the whole error again, the same lines at every save."""
    settings, preview = _preview_of_settings(tmp_path, monkeypatch)
    settings.write_text(SETTINGS.replace("schemas", "schmas"), encoding="utf-8")
    assert preview.refresh()
    [said] = preview.news()
    assert said.startswith("jixiao.yaml 有改动；jixiao.yaml 有误，无法预览：jixiao.yaml:2:1: 错误[CONFIG-UNKNOWN]"), said
    later = settings.stat().st_mtime_ns + 2 * 10**9
    os.utime(settings, ns=(later, later))  # saved again unchanged
    assert preview.refresh()
    assert preview.news() == ["jixiao.yaml 有改动；jixiao.yaml 的错误还在（同上），仍无法预览。"]
    spec = tmp_path / "specs" / "copied.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == ["specs/copied.yaml 有改动；jixiao.yaml 的错误还在（同上），仍无法预览。"]
    settings.write_text(SETTINGS.replace("forms/templates", "forms/missing"), encoding="utf-8")
    assert preview.refresh()
    [said] = preview.news()
    assert "jixiao.yaml 有误，无法预览：" in said and "forms/missing" in said and "同上" not in said, said
    settings.write_text(SETTINGS, encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == ["jixiao.yaml 的错误已改正，预览已更新：1 个规格，没有错误。"]
    spec.write_text(spec.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert preview.refresh()
    assert preview.news() == ["specs/copied.yaml：没有错误，预览已更新。"]


def test_jixiao_yaml_deleted_while_it_has_an_error_is_said_deleted_not_fixed(tmp_path, monkeypatch):
    """Deleted (or moved away) while its error was shown, jixiao.yaml was said fixed, `jixiao.yaml 的错误已改正`, and the
    forms it named were no longer read."""
    settings, preview = _preview_of_settings(tmp_path, monkeypatch)
    settings.write_text(SETTINGS.replace("schemas", "schmas"), encoding="utf-8")
    assert preview.refresh() and preview.news()
    settings.unlink()
    assert preview.refresh()
    said = preview.news()
    assert said[0].startswith("jixiao.yaml 已删除；") and "已改正" not in "\n".join(said), said


def test_jixiao_yaml_s_error_is_named_whole_when_serve_runs_in_a_subfolder(tmp_path, monkeypatch):
    """Started in specs/, the terminal said `/unit/jixiao.yaml 有改动` and then its error at `../jixiao.yaml:2:1`, as
    the other commands name it, where serve names every file not under its folder whole; the page said `../` too."""
    _copied_variant(tmp_path)
    settings = tmp_path / "jixiao.yaml"
    settings.write_text(SETTINGS, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "specs")
    preview = Preview(["."], lambda: variant_roots(None, None))
    settings.write_text(SETTINGS.replace("schemas", "schmas"), encoding="utf-8")
    assert preview.refresh()
    [said] = preview.news()
    assert said.startswith(f"{settings} 有改动；jixiao.yaml 有误，无法预览：{settings}:2:1: 错误[CONFIG-UNKNOWN]"), said
    page = preview.page("/")[2].decode("utf-8")
    assert f"{settings}:2:1:" in page and "../" not in page, page
