"""Editor, pre-commit, CI and git integration: jixiao schema, jixiao textconv and the files that use them."""
from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML

from generator.cli import main
from generator.load import load
from generator.validate import Validator
from generator.variants import Catalog

from .conftest import ROOT, SPECS

VARIANTS = Catalog().names()
GZ = ROOT / "specs" / "guangzhou-tailian-2023.yaml"


def as_json(data):
    """Spec data as an editor sees it (JSON numbers)."""
    return json.loads(json.dumps(data, default=float))


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


@pytest.mark.parametrize("name", VARIANTS)
def test_schema_prints_a_self_contained_schema_that_judges_like_the_files(runner, name, broken):
    result = runner.invoke(main, ["schema", name])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert all(ref.startswith("#") for ref in refs(schema))
    bundled, files = jsonschema.Draft202012Validator(schema), Validator().store.validator(f"{name}.schema.json")
    for spec in SPECS:
        data = as_json(load(spec).data)
        if data["form"] == name:
            assert list(bundled.iter_errors(data)) == []
            data["unit"], data["year"] = 5, "2024年"
            assert len(list(bundled.iter_errors(data))) == len(list(files.iter_errors(data))) == 2


def test_schema_without_a_variant_dispatches_on_form(runner):
    result = runner.invoke(main, ["schema"])
    validator = jsonschema.Draft202012Validator(json.loads(result.output))
    for spec in SPECS:
        data = as_json(load(spec).data)
        assert list(validator.iter_errors(data)) == [], spec.name
        other = next(v for v in VARIANTS if v != data["form"])
        assert list(validator.iter_errors({**data, "form": other}))  # the other variant's schema rejects it
    assert runner.invoke(main, ["schema", "nowhere"]).exit_code == 2


def test_schema_without_a_variant_says_in_chinese_that_form_is_missing(runner):
    """The editor's own message for a spec without `form` under the dispatching schema is English
    (`Missing property "form".`); its `errorMessage` names the field and every form to write, the one squiggle
    there: a second, editor_missing's, said the same."""
    document = json.loads(runner.invoke(main, ["schema"]).output)
    message = document["errorMessage"]
    assert "form（表样）" in message and all(name in message for name in VARIANTS)
    errors = jsonschema.Draft202012Validator(document).iter_errors({"unit": "某单位", "year": 2024})
    assert [(error.validator, error.schema.get("errorMessage")) for error in errors] == [("required", message)]


def test_schema_without_a_variant_picks_no_form_for_a_file_that_is_no_mapping(runner):
    """Each form's `if` asks for a mapping: a list passes none of them, so the editor shows the root's
    one message, not every form's top-level one besides; and no other entry, since the root requires `form` alone
    and its message says a missing `form` (editor_missing's entry said it a second time)."""
    document = json.loads(runner.invoke(main, ["schema"]).output)
    branches = [branch for branch in document["allOf"] if "if" in branch]
    assert len(branches) == len(VARIANTS) and all(branch["if"]["type"] == "object" for branch in branches)
    assert [entry for entry in document["allOf"] if "if" not in entry] == []
    errors = list(jsonschema.Draft202012Validator(document).iter_errors([{"form": "guangzhou"}]))
    assert [error.validator for error in errors] == ["type"]


def test_vscode_maps_every_example_to_its_own_schema():
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    assert {os.path.basename(path) for path in settings} == {f"{name}.schema.json" for name in VARIANTS}
    for spec in SPECS:
        schemas = [path for path, globs in settings.items()
                   if any(fnmatch.fnmatch(spec.relative_to(ROOT).as_posix(), g) for g in globs)]
        assert schemas == [f"./schema/{load(spec).data['form']}.schema.json"], spec.name
        first_line = spec.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == f"# yaml-language-server: $schema=../schema/{load(spec).data['form']}.schema.json"


def test_vscode_tasks_put_every_problem_line_in_the_problems_panel(runner, tmp_path):
    """The tasks' problem matchers must read the lines jixiao prints: file, line, column, code,
    message, with the severity their word names; a line of a whole file (`gz.yml: 错误[FILE-NOT-FOUND] …`, which
    said `gz.yml:1:1:` of a file not there) by a matcher of the file alone, each line by one matcher."""
    tasks = json.loads((ROOT / ".vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"]
    for task in tasks:
        command, *options = task["args"]
        assert task["command"] == "jixiao" and command in main.commands and not options
    matchers = tasks[0]["problemMatcher"]
    assert all(task["problemMatcher"] == matchers for task in tasks)
    broken = tmp_path / "broken.yaml"
    broken.write_text(GZ.read_text(encoding="utf-8").replace("fiscal: 689.41", "fiscal: 689.40"), encoding="utf-8")
    missing = tmp_path / "gz.yml"
    output = runner.invoke(main, ["validate", str(broken), str(missing)]).output + \
        runner.invoke(main, ["lint", *map(str, SPECS)]).output
    lines = [line for line in output.splitlines() if re.match(r".+: (错误|警告|提示)\[", line)]
    words = {"错误": "error", "警告": "warning", "提示": "info"}
    assert {re.search(r": (..)\[", line).group(1) for line in lines} == set(words)  # all three severities are tried
    assert f"{missing}: 错误[FILE-NOT-FOUND] 文件不存在；请检查路径" in lines
    for line in lines:
        hits = [(m, re.match(m["pattern"]["regexp"], line)) for m in matchers]
        [(matcher, found)] = [(m, f) for m, f in hits if f]
        assert matcher["severity"] == words[re.search(r": (..)\[", line).group(1)]
        groups = matcher["pattern"]
        if groups.get("kind") == "file":
            assert found.group(groups["file"]) == str(missing) and "line" not in groups
        else:
            assert Path(found.group(groups["file"])).is_file() and int(found.group(groups["line"])) >= 1
        assert re.fullmatch(r"[A-Z][A-Z0-9-]*", found.group(groups["code"]))
        assert found.group(groups["message"]) and "[" not in found.group(groups["file"])


def test_pre_commit_hooks_run_existing_commands():
    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} == {"jixiao-validate", "jixiao-fmt-check", "jixiao-lint"}
    for hook in hooks:
        program, command, *options = hook["entry"].split()
        assert program == "jixiao" and command in main.commands
        known = {opt for param in main.commands[command].params for opt in getattr(param, "opts", [])}
        assert set(options) <= known
        assert re.search(hook["files"], "specs/guangzhou-x-2025.yaml") and not re.search(hook["files"], "ci/x.yml")
        # a project in a subfolder of a larger repository (`jixiao init big/财务/绩效`): pre-commit passes paths from
        # the repository's top, and `^specs/` skipped every spec there ("(no files to check) Skipped")
        assert re.search(hook["files"], "big/财务/绩效/specs/gz.yaml") and re.search(hook["files"], "a/specs/2025/gz.yml")
        assert not re.search(hook["files"], "myspecs/gz.yaml") and not re.search(hook["files"], "specs/gz.yaml.bak")


def test_an_installed_wheel_carries_its_forms_and_its_kit(tmp_path):
    """What pre-commit does in another repository: install jixiao from a wheel (not the checkout), set that
    repository up with `init` (the kit packaged inside the wheel), then validate and build its specs with
    the forms packaged inside the wheel."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    # built from a copy without a checkout's leftovers: setuptools packs an old build/lib it finds, so a package
    # dropped from pyproject.toml still reached the wheel and this test passed where a clean clone would fail;
    # the checkout's .venv (README's install, .ci/run) and .hypothesis are no package's: copying .venv cost ~20 s
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", "build", "*.egg-info", "output", "__pycache__",
                                                                 ".venv", ".hypothesis"))
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(tmp_path / "wheel"), str(source)], check=True,
                   capture_output=True)
    site = tmp_path / "site"
    wheel = next((tmp_path / "wheel").glob("*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True, capture_output=True)
    other = tmp_path / "other-repository"
    (other / "specs").mkdir(parents=True)
    shutil.copy(GZ, other / "specs")
    env = {**os.environ, "PYTHONPATH": str(site)}
    jixiao = [sys.executable, "-c", "import generator, sys; from generator.cli import main; "
              "print(generator.__file__, file=sys.stderr); main()"]
    made = subprocess.run([*jixiao, "init"], cwd=other, env=env, capture_output=True, text=True)
    assert made.stderr.startswith(str(site)), "the wheel's copy, not the checkout, must run"
    assert made.returncode == 0, made.stdout + made.stderr
    for kit_file in (".vscode/extensions.json", ".vscode/tasks.json", "jixiao.yaml", ".gitattributes", ".gitignore"):
        assert (other / kit_file).read_bytes() == (ROOT / "generator" / "kit" / kit_file.lstrip(".")).read_bytes(), kit_file
    # pip recorded the local wheel (PEP 610 direct_url.json, a file: URL): CI cannot reach it, so init copied it
    # into the repository and the workflow installs that copy (it pinned `jixiao==<version>`, which no index has)
    assert (other / "wheels" / wheel.name).read_bytes() == wheel.read_bytes()
    assert f"wheels/{wheel.name}（本机安装 jixiao 所用的 wheel 文件" in made.stdout
    assert f"run: pip install wheels/{wheel.name}\n" in (other / ".github" / "workflows" / "jixiao.yml").read_text(encoding="utf-8")
    checked = subprocess.run([*jixiao, "validate"], cwd=other, env=env, capture_output=True, text=True)
    assert checked.stderr.startswith(str(site)), "the wheel's copy, not the checkout, must run"
    assert checked.returncode == 0, checked.stdout
    built = subprocess.run([*jixiao, "build", "--format", "docx,html"], cwd=other, env=env, capture_output=True,
                           text=True)
    assert built.returncode == 0, built.stdout + built.stderr
    assert len(list((other / "output").glob("*.docx"))) == len(list((other / "output").glob("*.html"))) == 1


def test_ci_example_validates_checks_layout_builds_and_posts_the_diff():
    workflow = YAML(typ="safe").load((ROOT / "docs" / "ci" / "github-actions.yml").read_text(encoding="utf-8"))
    steps = " ".join(step.get("run", "") + str(step.get("uses", "")) for step in workflow["jobs"]["specs"]["steps"])
    for needed in ("jixiao validate", "jixiao fmt --check", "jixiao build", "upload-artifact",
                   "jixiao diff --rev", "--format markdown", "gh pr comment", "jixiao lint --leave-to-validate"):
        assert needed in steps, needed


def test_ci_example_describes_the_changes_even_when_a_check_failed_and_rewrites_its_comment():
    """The diff and comment steps had a bare `if:` (success() implied): skipped when validate or fmt --check
    failed, when the reviewer needs them; and a push that left no change kept the old comment's figures."""
    workflow = YAML(typ="safe").load((ROOT / "docs" / "ci" / "github-actions.yml").read_text(encoding="utf-8"))
    steps = {step["id"]: step for step in workflow["jobs"]["specs"]["steps"] if "id" in step}
    for name in ("layout", "lint", "diff", "comment"):
        assert steps[name]["if"].startswith("always() && "), name
    assert "set -o pipefail" in steps["lint"]["run"], "lint's errors still fail the job (its status through tee)"
    assert "if [ \"$status\" -gt 1 ] && [ ! -s diff.md ]; then exit \"$status\"; fi" in steps["diff"]["run"]
    assert "if" not in steps["validate"], "validate failing fails the job"
    assert "--method PATCH" in steps["comment"]["run"] and "lint.md" in steps["comment"]["run"], \
        "rewritten on every push, lint's findings included"
    assert "pip install \"jixiao @ git+https://" in workflow_header(), "how a unit's own repository installs jixiao"


def workflow_header() -> str:
    text = (ROOT / "docs" / "ci" / "github-actions.yml").read_text(encoding="utf-8")
    return "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))


@pytest.fixture(scope="module")
def built_form(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    from click.testing import CliRunner

    assert CliRunner().invoke(main, ["build", str(GZ), "--out", str(out), "--jobs", "1"]).exit_code == 0
    return next(out.glob("*.docx"))


def test_textconv_prints_a_word_file_in_reading_order(runner, built_form):
    result = runner.invoke(main, ["textconv", str(built_form)])
    lines = result.output.splitlines()
    assert result.exit_code == 0
    assert lines[0] == "广州市台湾同胞联谊会2023年部门整体预算绩效目标申报表"
    assert "部门名称\t广州市台湾同胞联谊会" in lines
    row = next(line for line in lines if "补助发放及时率" in line).split("\t")
    assert row[-3:] == ["补助发放及时率", "≥98%", "98%以上"]
    assert lines.index("部门名称\t广州市台湾同胞联谊会") < next(i for i, line in enumerate(lines) if "补助发放及时率" in line)


def test_textconv_repeats_a_merged_cell_on_each_row_so_a_diff_line_says_where_it_is(runner, built_form):
    """A cell merged with the one above was printed empty: an added indicator's line in `git diff` named no
    一级 or 二级, and moving the first indicator of a 二级 elsewhere also changed the next row's line."""
    lines = runner.invoke(main, ["textconv", str(built_form)]).output.splitlines()
    assert "绩效指标\t产出指标\t数量指标\t举办活动场次\t开展台胞活动5次以上\t开展台胞活动5次以上" in lines
    assert "绩效指标\t效益指标\t社会效益指标\t保障办公楼日常后勤服务\t机关运作通畅，日常事故故障发生数2次以下\t" \
           "机关运作通畅，日常事故故障发生数2次以下" in lines
    assert not any(line.startswith("\t") for line in lines)


def test_textconv_prints_the_page_headers_and_footers_each_text_once(runner, tmp_path):
    """Only the body was printed: a unit or year changed in the page header did not show in `git diff`."""
    import docx

    document = docx.Document()
    first = document.sections[0]
    first.header.paragraphs[0].text = "广州市台湾同胞联谊会\t2023年"
    first.first_page_header.paragraphs[0].text = "封面页眉"  # kept by Word, shown on no page: no title page
    first.even_page_header.paragraphs[0].text = "偶数页页眉"  # nor this: odd and even pages are alike
    first.footer.paragraphs[0].text = "第一节页脚"
    document.add_paragraph("正文")
    second = document.add_section()  # the body's last section; the first one's settings go into a section break
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "广州市台湾同胞联谊会\t2023年"  # its own copy of the same text
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "第二节页脚"
    path = tmp_path / "form.docx"
    document.save(str(path))
    result = runner.invoke(main, ["textconv", str(path)])
    assert result.exit_code == 0
    assert result.output.splitlines() == ["【页眉】广州市台湾同胞联谊会\t2023年", "正文", "【页脚】第一节页脚", "【页脚】第二节页脚"]
    document.sections[0].different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    document.save(str(path))
    assert runner.invoke(main, ["textconv", str(path)]).output.splitlines()[:4] == [
        "【页眉】封面页眉", "【页眉】广州市台湾同胞联谊会\t2023年", "【页眉】偶数页页眉", "正文"]


def test_textconv_says_as_its_text_that_a_file_is_not_a_word_file(runner, built_form, tmp_path):
    truncated = tmp_path / "truncated.docx"  # a download cut short: the zip opens, document.xml does not parse
    with zipfile.ZipFile(built_form) as source, zipfile.ZipFile(truncated, "w") as target:
        for item in source.infolist():
            part = source.read(item.filename)
            target.writestr(item, part[: len(part) // 2] if item.filename == "word/document.xml" else part)
    for path in (GZ, truncated):
        result = runner.invoke(main, ["textconv", str(path)])
        assert result.exit_code == 0 and "内部错误" not in result.output, "git stops a whole diff when textconv fails"
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
        assert result.output == ("（jixiao textconv 无法读出这个 Word 文件的文字：不是 Word 文档（.docx），或文件已损坏；"
                                 f"{Path(path).stat().st_size} 字节，SHA-256 {digest}）\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_textconv_says_a_named_pipe_or_a_link_to_nothing_is_no_file_to_read_not_that_it_is_not_there(runner, tmp_path):
    """A named pipe, and a link whose target is gone, were both said 文件不存在, of a name the clerk sees there;
    they are said as every command that reads a spec says them (errors.unread_reason), and the pipe is not opened."""
    os.mkfifo(tmp_path / "pipe.docx")
    (tmp_path / "link.docx").symlink_to("gone.docx")
    said = {"pipe.docx": "这不是普通文件（是命名管道、设备等），读不出 Word 文件",
            "link.docx": "这是一个符号链接，它指向的 gone.docx 不存在；请修正或删除这个链接",
            "none.docx": "文件不存在；请检查路径"}
    for name, why in said.items():
        result = runner.invoke(main, ["textconv", str(tmp_path / name)])
        assert result.exit_code == 1 and result.output == f"错误：{tmp_path / name}：{why}\n", result.output


def test_git_diff_shows_word_files_as_text(tmp_path, built_form, broken):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    assert "*.docx diff=docx" in (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
    shutil.copy(ROOT / ".gitattributes", tmp_path / ".gitattributes")
    shutil.copy(built_form, tmp_path / "form.docx")
    textconv = f'"{sys.executable}" "{ROOT / "cli.py"}" textconv'
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com", "PYTHONPATH": str(ROOT)}

    def git(*args):
        return subprocess.run(["git", "-c", f"diff.docx.textconv={textconv}", *args], cwd=tmp_path, env=env,
                              check=True, capture_output=True, text=True).stdout

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "form")
    changed, _ = broken("guangzhou-tailian-2023.yaml", 'annual_value: "98%以上"', 'annual_value: "99%以上"')
    from click.testing import CliRunner

    assert CliRunner().invoke(main, ["build", str(changed), "--out", str(tmp_path / "new"), "--jobs", "1"]).exit_code == 0
    shutil.copy(next((tmp_path / "new").glob("*.docx")), tmp_path / "form.docx")
    shown = git("diff", "--", "form.docx")
    assert any(line.startswith("+") and "99%以上" in line for line in shown.splitlines())
    assert any(line.startswith("-") and "98%以上" in line for line in shown.splitlines())


def test_ctrl_shift_b_runs_validate_as_the_readme_says():
    """The README sends the editor's user to Ctrl+Shift+B when the squiggles and jixiao disagree: VS Code
    runs the default build task on that key, which must be the one task that runs validate."""
    assert "以 `validate`（Ctrl+Shift+B）为准" in (ROOT / "README.md").read_text(encoding="utf-8")
    tasks = json.loads((ROOT / ".vscode" / "tasks.json").read_text(encoding="utf-8"))["tasks"]
    [default] = [task for task in tasks if task.get("group", {}).get("isDefault")]
    assert default["group"]["kind"] == "build" and default["args"] == ["validate"]


def test_schema_o_writes_the_printed_schema_as_utf8_where_a_shell_redirect_may_not(runner, tmp_path, monkeypatch):
    """Windows PowerShell 5.1 redirects `jixiao schema X > FILE` as UTF-16; -o writes the bytes themselves."""
    monkeypatch.chdir(tmp_path)
    printed = runner.invoke(main, ["schema", "tianjin"]).output
    result = runner.invoke(main, ["schema", "tianjin", "-o", "schema/tianjin.schema.json"])
    assert result.exit_code == 0 and result.output == f"已写入 {Path('schema') / 'tianjin.schema.json'}\n"
    assert (tmp_path / "schema" / "tianjin.schema.json").read_bytes() == printed.encode("utf-8")
    assert runner.invoke(main, ["schema", "tianjin", "-o", "schema"]).exit_code == 2  # a folder is no file


def test_import_writes_no_editor_copy_into_the_forms_schema_folder(runner, built_form, tmp_path, monkeypatch):
    """`schemas: schema` in jixiao.yaml: import wrote its editor copy there, taking the place of jixiao's form."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "schema").mkdir()
    (tmp_path / "jixiao.yaml").write_text("schemas: schema\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["import", str(built_form), "-o", "specs/gz.yaml"])
    assert result.exit_code == 1, result.output
    assert "错误[IMPORT-SCHEMA-COPY] 没有写出 specs/gz.yaml：jixiao.yaml:1:10: schema 是表样的 schema 文件夹" in result.output
    assert list((tmp_path / "schema").iterdir()) == [] and not (tmp_path / "specs").exists()


def test_textconv_shows_a_soft_line_break_as_a_mark_not_a_new_line(runner, tmp_path):
    """A line break inside a paragraph (Shift+Enter, `w:br`) split the paragraph, and a table's row, into two
    lines of `git diff`: the second line of a cell started a line of its own naming no row. It shows as ↵."""
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("项目名称：市侨联")
    paragraph.runs[0].add_break()
    paragraph.add_run("工作经费")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "三级指标"
    cell = table.cell(0, 1).paragraphs[0]
    cell.add_run("举办活动").add_break()
    cell.add_run("场次")
    path = tmp_path / "form.docx"
    document.save(str(path))
    result = runner.invoke(main, ["textconv", str(path)])
    assert result.exit_code == 0
    assert result.output.splitlines() == ["项目名称：市侨联↵工作经费", "三级指标\t举办活动↵场次"]
