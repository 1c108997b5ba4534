"""jixiao serve: lint's advice in a panel above each form, as `jixiao lint` says it, on screen only."""
from __future__ import annotations

import html
import re
import shutil
from dataclasses import replace

import pytest

from generator.build import Renderer
from generator.cli import main
from generator.command_paths import variant_roots
from generator.errors import JixiaoError
from generator.lint.run import Linter
from generator.serve import Preview
from generator.serve_lint import advice_panel
from generator.serve_panel import SHORT
from generator.serve_pages import reload_script
from generator.variants import Roots

from .conftest import ROOT

GZ = "guangzhou-tailian-2023.yaml"
VAGUE = 'period_value: "在台胞中全面展示广州城市形象和对台工作成效有所提升"'
"""Line 71 of the 广州 example: lint's B6 on its vague 有所提升."""
_PANEL = re.compile(r'<details( open)? class="jixiao-lint".*?</details>', re.S)


def _page(preview: Preview, spec) -> str:
    status, _, body = preview.page(f"/form/specs/{spec.name}")
    assert status == 200
    return body.decode("utf-8")


def _panel(page: str) -> str:
    found = _PANEL.search(page)
    assert found, page[:2000]
    return found.group(0)


def _listed(panel: str) -> list[str]:
    """The findings a panel lists, unescaped."""
    return [html.unescape(found) for found in re.findall(r"<code>(.*?)</code>", panel, re.S)]


def _linted(runner, spec) -> tuple[list[str], str]:
    """What `jixiao lint --leave-to-validate` prints of `spec`: its findings' lines and its summary's counts."""
    result = runner.invoke(main, ["lint", "--leave-to-validate", str(spec)])
    *found, summary = result.output.strip().split("\n")
    return found, summary.split("：", 1)[1].rstrip("。")


def test_a_form_s_page_shows_lint_s_findings_with_their_places_and_counts_as_lint_says_them(broken, runner):
    spec, _ = broken(GZ, VAGUE[len("period_"):], VAGUE[len("period_"):].replace("有所提升", "有所<b>提升</b>"), count=2)
    panel = _panel(_page(Preview([str(spec.parent)], Roots), spec))
    found, counts = _linted(runner, spec)
    assert counts == "0 个错误，11 个警告" and len(found) == 11
    # the kinds with none left out, as the index counts; what is said about the list under the title, in small type
    assert ('<summary><span>检查建议（jixiao lint）：11 个警告</span><small style="display:block;opacity:.75">'
            "只在预览中显示，不印在表上</small></summary>") in panel
    assert _listed(panel) == found
    assert any(line.startswith(f"{spec}:71:41: 警告[B6] ") for line in found)
    assert "&lt;b&gt;" in panel and "<b>" not in panel  # the spec's text is escaped


def test_what_validate_reports_too_is_said_under_the_title_not_listed_again(tmp_path):
    """lint's summary note (`（不含规格检查 jixiao validate 报告的 1 个问题）`) said in brackets after the counts, beside
    `（只在预览中显示，不会印在表上）`, ran the title over two lines; said under it, it names the warnings panel above."""
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / GZ, specs / GZ)  # no ../schema: SCHEMA-LINE, which lint says too
    page = _page(Preview([str(specs)], Roots), specs / GZ)
    panel = _panel(page)
    assert "[SCHEMA-LINE]" in page.split(panel)[0] and "[SCHEMA-LINE]" not in panel
    assert ('<summary><span>检查建议（jixiao lint）：11 个警告</span><small style="display:block;opacity:.75">'
            "上面警告里的 1 个问题这里不再列出；只在预览中显示，不印在表上</small></summary>") in panel


def test_a_finding_silenced_in_the_spec_is_not_shown_and_a_save_updates_the_advice(broken, runner):
    spec, text = broken(GZ, VAGUE, VAGUE)
    preview = Preview([str(spec.parent)], Roots)
    silenced = f"{spec}:71:41: 警告[B6] "
    assert any(line.startswith(silenced) for line in _listed(_panel(_page(preview, spec))))
    spec.write_text(text.replace(VAGUE, VAGUE + "  # jixiao: disable=B6", 1), encoding="utf-8")
    assert preview.refresh()
    panel = _panel(_page(preview, spec))
    found, counts = _linted(runner, spec)
    assert _listed(panel) == found and not any(line.startswith(silenced) for line in found)
    assert f"检查建议（jixiao lint）：{counts.removeprefix('0 个错误，')}</span>" in panel


def test_jixiao_yaml_s_lint_settings_are_those_of_the_advice(broken, runner, tmp_path, monkeypatch):
    spec, _ = broken(GZ, VAGUE, VAGUE)
    (tmp_path / "jixiao.yaml").write_text("lint:\n  rules:\n    B6: false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: variant_roots(None, None))
    panel = _panel(_page(preview, spec))
    found, counts = _linted(runner, f"specs/{GZ}")
    assert "[B6]" not in panel and "[D5]" in panel and not any("[B6]" in line for line in found)
    assert _listed(panel) == found and f"检查建议（jixiao lint）：{counts.removeprefix('0 个错误，')}</span>" in panel
    _, _, index = preview.page("/")
    assert f"检查建议：{counts.removeprefix('0 个错误，')}</span>" in index.decode("utf-8")


def test_the_advice_is_not_printed_and_the_form_is_the_one_build_makes(broken):
    spec, _ = broken(GZ, VAGUE, VAGUE)
    preview = Preview([str(spec.parent)], Roots)
    page = _page(preview, spec)
    panel = _panel(page)
    assert "@media print{.jixiao-lint{display:none}" in page and page.index(panel) < page.index("<table")
    built = Renderer(["html"], Roots()).render(str(spec)).files["html"].decode("utf-8")
    whole = advice_panel(preview.advice(str(spec)))
    assert whole.startswith(panel)
    shown = page.replace(whole, "", 1)
    assert shown.replace(reload_script(preview.version()), "", 1) == built


def test_a_spec_with_validate_s_errors_shows_them_and_no_advice(broken):
    spec, _ = broken(GZ, "other_funds: 0.00", "other_funds: 1,000")
    preview = Preview([str(spec.parent)], Roots)
    page = _page(preview, spec)
    assert "有错误，未能生成" in page and "错误[SCHEMA-TYPE]" in page
    assert "jixiao-lint" not in page and "检查建议" not in page and preview.advice(str(spec)) is None
    _, _, index = preview.page("/")
    assert "1 个错误，未能生成" in index.decode("utf-8") and "检查建议" not in index.decode("utf-8")


@pytest.mark.parametrize("failure, said", [
    (RuntimeError("规则出了错"), "jixiao 内部错误：RuntimeError: 规则出了错；请把这条消息报告给维护者"),
    (JixiaoError("jixiao.yaml 正被改写"), "jixiao.yaml 正被改写"),
], ids=["bug", "jixiao_error"])
def test_a_failure_of_lint_keeps_the_form_and_the_index_and_says_so_once(broken, monkeypatch, failure, said):
    """A lint that fails (a rule's bug; jixiao.yaml rewritten while read) lost the form and the whole index to the
    预览出错 page, which reloads every second and linted again each time."""
    spec, _ = broken(GZ, VAGUE, VAGUE)
    tries = []

    def fails(self, checked):
        tries.append(checked)
        raise failure

    monkeypatch.setattr(Linter, "lint", fails)
    terminal = []
    preview = Preview([str(spec.parent)], Roots, say=terminal.append)
    for _ in range(2):
        status, _, body = preview.page(f"/form/specs/{spec.name}")
        page = body.decode("utf-8")
        assert status == 200 and "<table" in page
        panel = _panel(page)
        assert "<summary><span>检查建议（jixiao lint）：检查出错，没能做完，表样照常显示</span>" in panel
        assert f'<p class="bad"><code>{html.escape(said)}</code></p>' in panel
    status, _, index = preview.page("/")
    assert status == 200 and '<span class="bad">检查建议：检查出错，没能做完</span>' in index.decode("utf-8")
    assert len(tries) == 1 and terminal == ([said] if isinstance(failure, RuntimeError) else [])


def test_a_long_list_of_advice_starts_closed_and_then_stays_as_the_clerk_left_it(broken):
    """衡阳's 25 findings, open at every save, pushed its form more than a screen down each time, and a list the clerk
    closed opened again; a short list starts open, where it takes little room."""
    spec, _ = broken(GZ, VAGUE, VAGUE)
    preview = Preview([str(spec.parent)], Roots)
    page = _page(preview, spec)
    panel, advice = _panel(page), preview.advice(str(spec))
    assert len(advice.own) > SHORT and panel.startswith('<details class="jixiao-lint"')
    assert '.jixiao-lint:not([open])>summary>span::after{content:"　点击展开"}' in page
    assert advice_panel(replace(advice, own=advice.own[:SHORT])).startswith('<details open class="jixiao-lint"')
    remembered = page[page.index(panel) + len(panel):]  # it finds the panel as the element just before it
    assert remembered.startswith("<script>(function () {\n  var panel = document.currentScript.previousElementSibling")
    assert '"jixiao-lint-open:" + location.pathname' in remembered.split("</script>", 1)[0]


def test_a_save_of_the_spec_or_of_jixiao_yaml_changes_the_advice_and_the_index_s_counts(broken, runner, tmp_path,
                                                                                         monkeypatch):
    """The advice is kept beside the spec's rendering: a save of the spec or of jixiao.yaml (its lint settings) must
    lint again, on the form's page and in the index, as `lint` would then say."""
    spec, text = broken(GZ, VAGUE, VAGUE)
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: variant_roots(None, None))

    def shown() -> tuple[str, str]:
        found, counts = _linted(runner, f"specs/{GZ}")
        assert _listed(_panel(_page(preview, spec))) == found
        return counts, preview.page("/")[2].decode("utf-8")

    counts, index = shown()
    assert "[B6]" in _panel(_page(preview, spec)) and f"检查建议：{counts.removeprefix('0 个错误，')}</span>" in index
    spec.write_text(text.replace(VAGUE, VAGUE + "  # jixiao: disable=B6", 1), encoding="utf-8")
    assert preview.refresh()
    saved, index = shown()
    assert saved != counts and f"检查建议：{saved.removeprefix('0 个错误，')}</span>" in index
    (tmp_path / "jixiao.yaml").write_text("lint:\n  rules:\n    D5: false\n", encoding="utf-8")
    assert preview.refresh()
    settled, index = shown()
    assert "[D5]" not in _panel(_page(preview, spec)) and settled != saved
    assert f"检查建议：{settled.removeprefix('0 个错误，')}</span>" in index


def test_the_advice_of_a_spec_renamed_is_not_kept(broken):
    """Each advice holds the rendering it was made beside, the form's HTML with it: a spec renamed or deleted kept
    both for as long as serve ran."""
    spec, _ = broken(GZ, VAGUE, VAGUE)
    other, _ = broken("jiangsu-taiban-2024.yaml", "form:", "form:")
    preview = Preview([str(spec.parent)], Roots)
    preview.page("/")
    assert set(preview._advised) == {str(spec), str(other)}
    spec.rename(spec.with_name("gz.yaml"))
    assert preview.refresh()
    preview.page("/")
    assert set(preview._advised) == {str(spec.with_name("gz.yaml")), str(other)}


def test_a_spec_lint_finds_nothing_in_says_so_and_the_index_counts_no_advice(broken, tmp_path, monkeypatch):
    """Advice of no finding is said in words, as a clean check is: not `0 个错误，0 个警告`, which reads as counts
    of something found."""
    spec, _ = broken(GZ, VAGUE, VAGUE)
    rules = "".join(f"    {rule}: false\n" for rule in ("A4", "A5", "B2", "B3", "B6", "B8", "D5"))  # its findings
    (tmp_path / "jixiao.yaml").write_text(f"lint:\n  rules:\n{rules}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: variant_roots(None, None))
    panel = _panel(_page(preview, spec))
    assert panel.startswith('<details open class="jixiao-lint"') and _listed(panel) == []
    assert "<summary><span>检查建议（jixiao lint）：没有发现问题</span>" in panel, panel
    assert "检查建议" not in preview.page("/")[2].decode("utf-8")


def test_advice_with_an_error_is_counted_in_the_index_as_bad(broken, runner, tmp_path, monkeypatch):
    """A rule jixiao.yaml makes an error (`B6: error`, as a bureau that rejects vague targets sets it) is counted red in
    the index, as validate's errors are, not in the warnings' colour."""
    spec, _ = broken(GZ, VAGUE, VAGUE)
    (tmp_path / "jixiao.yaml").write_text("lint:\n  rules:\n    B6: error\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    preview = Preview(["specs"], lambda: variant_roots(None, None))
    _, counts = _linted(runner, f"specs/{GZ}")
    assert counts.startswith("2 个错误")
    assert f'<span class="bad">检查建议：{counts}</span>' in preview.page("/")[2].decode("utf-8")


def test_the_advice_is_of_the_reading_of_the_spec_the_form_was_made_from(broken):
    """lint read the spec again after its rendering: a save between the two showed the advice of one save above the
    form of another, until the next poll."""
    spec, text = broken(GZ, VAGUE, VAGUE)
    vague = f"{spec}:71:41: 警告[B6]"
    preview = Preview([str(spec.parent)], Roots)
    preview.render(str(spec))  # the form is made, then the clerk saves before lint has read the spec
    spec.write_text(text.replace(VAGUE, VAGUE + "  # jixiao: disable=B6", 1), encoding="utf-8")
    assert vague in _panel(_page(preview, spec))  # the page's form is the one before the save: so is its advice
    assert not preview._checked  # the reading is let go once linted
    assert preview.refresh()
    assert vague not in _panel(_page(preview, spec))
