"""The `jixiao` command: turns options into calls, and their outcomes into the documented exit codes.

Each command parses its options, checks those that cannot go together, calls its stage, and returns its verdict,
an exit code named in errors.py; what it works on when no path is given is command_paths', and exiting with that
verdict, or with what becomes of anything it raises, is error_boundary's alone. What a command does with its
arguments, and says of it, is its stage's module (validate_run, build_run, new_blank, new_from, form_list,
import_report, diff_run, fmt_run, lint_run, schema_out, init_steps, serve_run). Nothing here knows a province or a
form.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import click

from . import click_zh, version
from .command_paths import (DEFAULT_OUTPUT, GivenPath, OutPath, default_output, given_specs, refuse_form_file_name,
                            refuse_unusable, variant_roots, without_location, writes_specs)
from .error_boundary import EXIT_CODES_HELP, ErrorBoundary
from .errors import EXIT_OK, EXIT_TROUBLE
from .spec_year import BUDGET_YEARS
from .year_digits import ascii_shadow

click_zh.install()


def _show_version(ctx, _param, value) -> None:
    """`--version`, looked up only when asked (click's version_option wants the number at import)."""
    if value and not ctx.resilient_parsing:
        click.echo(f"jixiao，版本 {version()}")
        ctx.exit(EXIT_OK)


def _typed_name(ctx, param, value: str | None) -> str | None:
    """A name typed in a terminal that sends another encoding than the system reads (GBK bytes where it
    reads UTF-8) arrives as lone surrogates, which no spec can hold: writing it was an internal error.
    An empty name (`--unit ""`, a shell variable left unset) wrote `unit: ""` to specs/spec-2025.yaml, a file
    named for no unit whose form prints no unit, which validate then refused. Blanks opening or ending the name (a
    full-width space pasted from Word) are dropped in silence, as the file name drops them: kept in `unit:`, they were
    printed on the form and warned of (TEXT-INVISIBLE) in the spec new had just written."""
    if value is not None and any("\ud800" <= char <= "\udfff" for char in value):
        raise click.BadParameter("有读不出的字符：终端输入的编码与系统的不同（如终端用 GBK 而系统用 UTF-8）；"
                                 "请把终端的编码改为 UTF-8 后重新输入", ctx, param)
    if value is not None and not value.strip():
        raise click.BadParameter("单位名称是空的；请写出单位的全称（表上“部门名称”“单位名称”一栏印的名称），"
                                 "如 --unit 某某市某某局", ctx, param)
    return None if value is None else value.strip()


variant_options = [
    click.option("--templates", type=GivenPath(file_okay=False, exists=True, readable=True), metavar="文件夹",
                 help="再加一个表样文件夹，与 jixiao 自带的表样一起用，同名的以它为准（默认：jixiao.yaml 的 templates:）。"),
    click.option("--schemas", type=GivenPath(file_okay=False, exists=True, readable=True), metavar="文件夹",
                 help="再加一个 schema 文件夹，与 jixiao 自带的一起用，同名的以它为准（默认：jixiao.yaml 的 schemas:）。"),
]


def with_variant_options(command):
    for option in reversed(variant_options):
        command = option(command)
    return command


force_spec_option = click.option(
    "--force", is_flag=True, help="覆盖已存在的 .yaml 文件（其中已做的修改全部丢失）；文件夹里已有同一表样、单位和年度的另一份规格时也照样写出"
                                  "（-o 写明 .yaml 文件名时不用 --force 也写出，只提醒）。")
"""`--force` of the commands that write specs (new, import): one meaning, said one way."""


class Year(click.IntRange):
    """`--year`: a budget year, 2000 to 2100 as the schemas take it (`spec_year.BUDGET_YEARS`). A year typed as a clerk writes it (`2025年`, `二〇二五年`) was refused
    as `“2025年”不是有效的数字`: it is told to be written in digits alone, with the year it read (int() reads
    full-width digits, `２０２５`, already). A year out of range (`1999年`) is told the range, not sent to type
    `--year 1999` only to be refused again. A year typed short (`26`, `26年`), as clerks say 26年 for 2026, is told the
    year it most likely means, where that is one the schemas take; only two digits unsigned read so: `-1` is no 2001,
    nor a lone `0` or `1` (a slip or a placeholder, not how a year is said) 2000 or 2001."""

    def __init__(self):
        super().__init__(BUDGET_YEARS[0], BUDGET_YEARS[-1])

    def convert(self, value, param, ctx):
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as refused:
            shadow = ascii_shadow(str(value))
            digits = re.findall(r"\d+", shadow, re.ASCII)
            if (len(digits) == 1 and len(digits[0]) == 2 and "-" not in shadow
                    and (meant := 2000 + int(digits[0])) in BUDGET_YEARS):
                self.fail(f"{refused.message.rstrip('。')}；年份请写全四位数字，如 --year {meant}", param, ctx)
            if str(value).strip().isdigit() or len(digits) != 1 or len(digits[0]) != 4:
                raise
            super().convert(digits[0], param, ctx)  # a year out of range is told the range first, as in digits
            self.fail(f"“{value}”不是只有数字的年份；请只写年份的数字，如 --year {digits[0]}", param, ctx)


@click.group(cls=ErrorBoundary, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP,
             options_metavar="[选项]", subcommand_metavar="命令 [参数]...")
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="显示版本号并退出。")
@click.option("--traceback", is_flag=True, help="出现内部错误时显示 Python 调用栈（供开发者排查）。")
def main(traceback):
    """jixiao（绩效）：用 YAML 维护预算绩效目标表，校验后生成各省的 Word 和 HTML 表样。

    \b
    常用流程：
      jixiao init              单位的新仓库先运行一次：写出 jixiao.yaml、specs/ 等
      jixiao validate          检查 specs/ 下的所有规格文件
      jixiao lint              检查绩效目标能否通过审核（指标是否完整、可衡量）
      jixiao build             生成 Word 和 HTML 到 output/
      jixiao diff --rev        看看与上次提交相比改了什么（审阅用）
    """


PER_FILE_PROJECT = click.option(
    "--per-file-project", is_flag=True,
    help="每个规格读它自己所在项目的 jixiao.yaml（规格所在的文件夹或最近的上级里的，最多找到 git 仓库的顶层），"
         "而不是当前文件夹的：pre-commit 在仓库顶层运行钩子，子文件夹里的项目（jixiao init 子文件夹）也读到自己的表样。")
"""validate's, fmt's and lint's option for the pre-commit hooks (.pre-commit-hooks.yaml), which run at the repository's
top."""


@main.command(short_help="检查规格文件（默认 specs/ 下的全部 .yaml）：先按表样的格式（schema），再按规则（金额合计、二级指标所属的一级指标、日期）；"
                         "指标体系是否完整由 jixiao lint 检查。")
@click.argument("paths", nargs=-1, type=GivenPath(), metavar="[路径]...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text", show_default=True,
              help="输出格式：text 供人阅读（文件:行:列），json 供程序读取，github 在 GitHub Actions 里把每个问题标在"
                   "合并请求改动的那一行上。")
@PER_FILE_PROJECT
@with_variant_options
def validate(paths, fmt, per_file_project, templates, schemas):
    """检查规格文件（默认 specs/ 下的全部 .yaml）：先查字段和取值是否符合表样（schema），再查金额合计、
    二级指标是否属于所填的一级指标、日期等规则。有写法或字段错误时不查这些规则，汇总会说改正后请再运行一次。

    \b
      jixiao validate                         检查 specs/ 下的全部规格
      jixiao validate specs/某单位-2026.yaml  只检查这一份

    不查指标体系是否完整（少了哪个一级指标、有没有效益指标和满意度指标）和目标能否通过审核：
    这些由 jixiao lint 检查，lint 也先做这里的全部检查。

    每个问题一行：文件:行:列: 错误[代码] 说明。有错误时退出码为 1。
    某一行末尾写 # jixiao: disable=SAME-NAME 可屏蔽该行的这个警告（validate、build、lint 都不再报告）；
    错误不能屏蔽：有错误的规格不能生成表。
    """
    from .validate_run import check_specs

    return check_specs(*given_specs(paths, report_none=True), fmt, per_file_project, templates, schemas)


def _formats(values: tuple[str, ...]) -> list[str]:
    """The formats of build's `--format`, written `docx,html` or given once for each (`--format docx --format html`),
    each once: click kept only the last `--format` given, and the Word files asked for first went unwritten."""
    from .build import FORMATS

    chosen = list(dict.fromkeys(f.strip().lower() for value in values for f in value.split(",") if f.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise click_zh.bad_value(f"未知的格式 {'、'.join(unknown) or '（空）'}；可选：{'、'.join(FORMATS)}（用逗号分隔，如 docx,pdf）",
                                 "formats")
    return chosen


@main.command()
@click.argument("paths", nargs=-1, type=GivenPath(), metavar="[路径]...")
@click.option("-o", "--out", "out_dir", type=OutPath("生成的是 Word 和 HTML 文件；请写出输出文件夹，如 --out output", file_okay=False),
              metavar="文件夹", default=DEFAULT_OUTPUT,
              show_default=True, help="输出文件夹；当前文件夹下没有 specs/ 时，默认是项目根目录下的 output/。")
@click.option("--format", "formats", metavar="格式", multiple=True, default=["docx,html"], show_default=True,
              help="输出格式，用逗号分隔：docx、html、pdf（pdf 需要 LibreOffice）；也可以写几次，如 --format docx --format pdf。")
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="个数", default=None,
              help="并行的进程数（默认：CPU 核数）。")
@click.option("--force", is_flag=True, help="全部重新生成，不跳过未改动的规格。")
@click.option("--quiet", "-q", is_flag=True, help="只报告问题和最后的汇总，不逐个列出生成的文件。")
@click.option("--leave-to-validate", is_flag=True,
              help="jixiao validate 报告的问题（含警告）留给 validate 报告：不列出，只在汇总里计数；只因这些问题未生成的规格"
                   "也不使退出码为 1；供 CI 在 validate 之后运行（validate 不通过时照样生成其余规格），一处问题只报告一次。")
@with_variant_options
def build(paths, out_dir, formats, jobs, force, quiet, leave_to_validate, templates, schemas):
    """把规格文件生成各省表样的 Word（.docx）和 HTML（默认 specs/ 下全部，输出到 output/）。

    \b
      jixiao build                            生成全部规格到 output/
      jixiao build specs/某单位-2026.yaml     只生成这一份
      jixiao build --format docx,html,pdf     同时生成 PDF（需要 LibreOffice）

    有错误的规格按 validate 的格式报告且不生成，其余照常生成（警告照常列出，# jixiao: disable= 屏蔽的除外）；
    有任何规格失败时退出码为 1，因表样的模板或表题、文件名的写法有误而失败时为 2。
    与上次生成相比没有改动的规格（规格、表样、schema 和 jixiao 版本都没变）会被跳过，--force 全部重做；
    跳过的规格照样列出上次生成它时的警告，计入汇总。
    """
    from .build_run import build_specs

    chosen = _formats(formats)
    refuse_form_file_name(out_dir)
    if "pdf" in chosen:
        from .pdf import soffice

        soffice()  # fail early, before any work, when LibreOffice is missing
    files, warned = given_specs(paths)
    if click.get_current_context().get_parameter_source("out_dir") is click.core.ParameterSource.DEFAULT:
        out_dir = default_output()
    return build_specs(files, out_dir, chosen, templates, schemas, jobs, force, quiet, warned, leave_to_validate)


@main.command(name="import")
@click.argument("files", nargs=-1, required=True, type=GivenPath(), metavar="Word或Excel文件...")
@click.option("--form", metavar="表样", help="表样名称（templates/ 下的文件夹名）；不写时按标题和栏目名自动识别。")
@click.option("-o", "--out", metavar="路径", type=OutPath(writes_specs("jixiao import", "写在原文件旁边")),
              help="输出：一个 .yaml 文件（只导入一个文件时），或一个文件夹；默认写在原文件旁边。")
@force_spec_option
@with_variant_options
def import_(files, form, out, force, templates, schemas):
    """把已有的 Word 表（.docx）或 Excel 表（.xlsx）读成 YAML 规格。

    \b
      jixiao import 旧表.docx                写出 旧表.yaml（在 Word 文件旁边）
      jixiao import 旧表.xlsx                排版与 Word 表相同的 Excel 表同样读
      jixiao import 旧表/*.docx -o specs/    一次导入多个文件，最后给出汇总

    按表样自己的 Word 模板把单元格对应到规格的字段；放不进任何字段的单元格按“第几张表第几行第几列”列为警告（Excel 表写成“工作表“表1”B7 格”）。
    读 Excel 表时，读打开时显示的那张工作表（连同它的页眉、页脚），它不是表样的表时读第一张是的；每张工作表是同一份表的一部分（一个项目一张）时按顺序一起读；数字按表上显示的样子读（设成两位小数的 610.8 读作 610.80）。
    旧版 .xls 请先在 Excel 或 WPS 中另存为 .xlsx。

    写出的规格随即按 validate 的规则检查。不是 Word 或 Excel 文件、文件损坏或认不出表样的文件不写出任何东西；
    要写去的文件夹里已有同一表样、单位和年度的另一份规格时也不写出（同 jixiao new，见 --force）。

    有错误或有文件未能导入时退出码为 1。
    """
    from .form_option import chosen_form
    from .import_report import report_imports
    from .importer import import_files
    from .variants import Catalog

    roots = variant_roots(templates, schemas)
    catalog = Catalog(roots)
    form = None if form is None else chosen_form(catalog, form, lambda: _imported_elsewhere(files, out, roots))
    if len(files) > 1 and out and Path(out).suffix.lower() in (".yaml", ".yml"):
        raise click_zh.bad_value("导入多个文件时 -o 应是一个文件夹", "out")
    if out and Path(out).suffix.lower() not in ("", ".yaml", ".yml") and not Path(out).is_dir() \
            and not out.endswith(("/", "\\")):
        raise click_zh.bad_value(f"“{out}”不是 .yaml 文件：规格文件应以 .yaml 结尾；"
                                 f"若要写进名为 {out} 的文件夹，请写成 {out}/", "out")
    return report_imports(import_files(list(files), form, out, force, roots))


def _imported_elsewhere(files, out, roots) -> str:
    """Where to run when the folder written to (`-o`, a file or folder that may not be there yet) or a file imported
    sits in a project with forms of its own, not read here (project.read_elsewhere); "" where none does."""
    from .project import read_elsewhere

    places = [(Path(out) / "_", f"要写去的 {out} ")] if out else []  # a path in it: its own folder is looked in too
    return read_elsewhere(places + [(Path(file), f"{file} ") for file in files], roots)


@main.command(short_help="比较两稿规格的内容：两个文件、两个文件夹，或与 git 版本（--rev）比较。", trouble_exit=EXIT_TROUBLE)
@click.argument("paths", nargs=-1, type=GivenPath(), metavar="[路径]...")
@click.option("--rev", is_flag=False, flag_value="HEAD", metavar="版本",
              help="与 git 版本比较：工作区对比这个版本（只写 --rev 即 HEAD）；写成 版本1..版本2 则比较两个版本；"
                   "版本1...版本2（三个点）只看版本2 从版本1 分出以来的改动，即合并请求的改动。"
                   "git 子模块中的规格不比较：给出的文件夹里有子模块时其余规格照常比较，子模块中的规格可能有改动时"
                   "警告 DIFF-SUBMODULE，写出到子模块中比较的命令；给出的路径在子模块里时无法比较（退出码 2）。")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True,
              help="输出格式：text 供终端阅读（有颜色），markdown 可贴到合并请求的评论里，json 供程序读取。")
@click.option("--max-chars", type=click.IntRange(min=1000), metavar="字符数",
              help="markdown 至多这么多个字符（GitHub 的评论至多 65536 个）：摘要照常写出，规格的改动按顺序列出放得下的，"
                   "每个规格整个列出或不列，最后写明另有几个规格的改动未列出、从哪个文件起。只用于 --format markdown。")
@with_variant_options
def diff(paths, rev, fmt, max_chars, templates, schemas):
    """比较两稿规格的内容：jixiao diff 旧.yaml 新.yaml，jixiao diff 旧文件夹 新文件夹，或 jixiao diff --rev 版本 [路径…]。

    指标按一级、二级指标、表样合并的栏（如重点工作）和三级指标名称对应，任务和项目按名称对应，而不是按行号：
    调整顺序报告为“移动”，改了名称报告为“改名”，金额显示 原值 → 新值 和差额，并列出对表上合计的影响。--rev 时路径默认 specs/。
    退出码（同 diff）：0 没有改动；1 有改动；2 无法比较（文件读不出、不是规格、git 版本不存在、内存不够等）；3 用 --rev 而没有安装 git。
    只有原稿读不出、新稿已改正的规格（合并请求改正了它）不算无法比较：列为改正后的规格文件，原稿的错误作为警告；
    原稿读不出而已删除的同样不算：列为删除的规格文件，只列出文件名；原来就不是规格的（别的程序的 YAML）删除了，只作为警告。
    """
    from .diff_run import compare_specs

    given = paths
    paths = tuple(map(without_location, paths))  # `specs/gz.yaml:8:11` pasted from a message is no `版本:路径`
    refuse_unusable(paths)  # as every other command: a split path, a disk's root folder (its walk goes everywhere)
    if max_chars is not None and fmt != "markdown":
        raise click_zh.bad_value("只用于 --format markdown：text 供终端阅读，json 供程序读取，都不截短", "max_chars")
    return compare_specs(paths, bool(given), rev, fmt, templates, schemas, max_chars)


@main.command(name="fmt")
@click.argument("paths", nargs=-1, type=GivenPath(), metavar="[路径]...")
@click.option("--check", is_flag=True,
              help="只检查、不修改：列出需要格式化的文件和各自哪里不同（每处不同的行和要改成什么，每个文件前 20 处；或换行符、BOM），有则退出码为 1（供 CI 和 pre-commit 使用）。")
@click.option("--format", "fmt", type=click.Choice(["text", "github"]), default="text", show_default=True,
              help="输出格式：text 供人阅读，github 在 GitHub Actions 里把需要格式化的文件和问题标在合并请求改动的那一行上。")
@click.option("--leave-to-validate", is_flag=True,
              help="未通过 jixiao validate 的文件（读不出、不是规格等）不格式化的原因留给 validate 报告：这里不列出，"
                   "也不使退出码为 1，只在汇总里计数；"
                   "供 CI 在 validate 之后运行，一处问题只报告一次。")
@PER_FILE_PROJECT
@with_variant_options
def fmt_command(paths, check, fmt, leave_to_validate, per_file_project, templates, schemas):
    """把规格文件改写成统一的格式（默认 specs/ 下的全部 .yaml）。

    \b
      jixiao fmt                              改写 specs/ 下的全部规格
      jixiao fmt --check                      只列出要改写的地方，不改文件

    键按 schema 的顺序，缩进两格，列表的“-”比上一级的键多缩进两格，指标值和电话加双引号，其余文字只在 YAML
    需要时加双引号；文字里有英文双引号时改用单引号（不写成 \\"），多行文字用 | 块（双引号里以 \\n 结尾的仍用双引号，
    表上印出这个换行）。注释和空行保留，数据不变；
    已是统一格式的文件不会被改动。
    """
    from .fmt_run import format_files

    return format_files(*given_specs(paths), check, fmt, leave_to_validate, per_file_project, templates, schemas)


@main.command(name="init", short_help="为单位自己的规格仓库写出审阅流程要用的文件（jixiao.yaml、specs/、VS Code 的推荐插件、设置和任务、GitHub 或 GitLab 的 CI 等），已有的不覆盖。")
@click.argument("folder", required=False, default=os.curdir, type=GivenPath(file_okay=False), metavar="[文件夹]")
@click.option("--ci", type=click.Choice(["github", "gitlab", "none"]),
              help="写哪个 CI 的配置：github 写 .github/workflows/jixiao.yml，gitlab 写 .gitlab-ci.yml（单位内网的 GitLab），"
                   "none 都不写（如 Gitee：在它的网页上配置流水线，运行同样的命令）。不写时沿用仓库里已有的那一个，都没有时为 github。")
def init_command(folder, ci):
    """把一个文件夹设为单位自己的规格仓库（默认当前文件夹，没有时建立），写出审阅流程要用的文件：

    \b
      jixiao.yaml                   项目设置（都在注释里，用默认值）；标明根目录
      specs/                        放规格的文件夹
      .vscode/extensions.json       推荐的 VS Code 插件（YAML：补全、中文说明）
      .vscode/settings.json         VS Code 存文件用 LF 换行、UTF-8（同 fmt）
      .vscode/tasks.json            Ctrl+Shift+B 运行 jixiao validate 等任务
      .gitattributes                Word 文件可以 diff；规格用 LF 换行
      .gitignore                    不提交 output/ 和 .venv/
      .github/workflows/jixiao.yml  GitHub 上的检查，并在合并请求里贴出改动
                                    （--ci gitlab：.gitlab-ci.yml）

    \b
      jixiao init                             把当前文件夹设为单位的规格仓库
      jixiao init 某单位绩效目标              新建这个文件夹并设好
      jixiao init --ci gitlab                 仓库在 GitLab 上：写 .gitlab-ci.yml
      jixiao init --ci none                   仓库在 Gitee 上：在网页上配置流水线

    文件夹不在 git 仓库里时先 git init，再在仓库里设置
    git config diff.docx.textconv "（这个 Python） -P -m generator textconv"（git diff 把 Word 文件显示为文字，
    jixiao 不在 PATH 上也能运行）和
    core.quotepath false（中文文件名照原样显示）；没有 git 时列出以后要运行的命令。

    已有的文件不覆盖，.gitattributes、.gitignore 只补上缺少的行，已有的 git 设置不改；再运行一次不改动任何东西。
    """
    from .init_steps import init_repo

    init_repo(folder, ci)


@main.command(name="new")
@click.option("--form", metavar="表样", help="表样名称（templates/ 下的文件夹名，见 --list）；也可以写只有一个表样的中文名称以它开头的"
                                             "地名（如 --list 所列名称开头的市名）或名称的开头，或只有一个表样所属的省份"
                                             "（--list 在名称后列出，“省”“市”可不写），或省份加地名（某省某市）。")
@click.option("--unit", metavar="单位", callback=_typed_name, help="单位名称（全称）；与 --from 同用时改用这个单位名称（其他栏目里仍写着原名称的逐处列出，请核对）。")
@click.option("--year", type=Year(), metavar="年度", help="预算年度，如 2025。")
@click.option("--from", "source", type=GivenPath(), metavar="规格文件",
              help="由这份已有的规格生成 --year 年度的规格（通常是下一年度）：内容、注释和金额照原样复制，"
                   "年度和文字中写作年份的本年度（如“2024年度”）改为新年度，填表日期改为“（请填写）”，"
                   "其他年份（如“2021-2025年”“较2023年”）和说已经发生的事的年份（如“2024年已完成”）不改并逐处列出；"
                   "表样和单位取自这份规格，不用写 --form。"
                   "不写 -o 时写在它旁边，-o 写文件夹时写在那里：文件名中有本年度的，照原名把年度换成新年度"
                   "（某单位-2024.yaml → 某单位-2025.yaml），没有年度或用 --unit 改了单位的写作“单位-年度.yaml”。"
                   "这份规格有 validate 报告的错误时照样生成，并说明新规格带着几个错误（退出码 1）；YAML 读不出时不生成。")
@click.option("-o", "--out", type=OutPath(), metavar="文件或文件夹",
              help="写到这个 .yaml 文件；给的是文件夹时写到其中的“单位-年度.yaml”（默认或写 - 时打印到屏幕；用 --from 时文件名见上）。")
@force_spec_option
@click.option("--list", "list_variants", is_flag=True, help="列出可用的表样（写了所属省份的在名称后列出，每个项目各填一张的注明），"
                   "并检查每个表样：profile.yaml、schema，以及用 jixiao new 写出的规格生成 Word 和 HTML（只在内存里）；有误的写出第一处问题。"
                   "项目里像是表样、而 jixiao.yaml 还没写到的文件夹不列出，在列表之后提示要写的行。")
@with_variant_options
def new(form, unit, year, source, out, force, list_variants, templates, schemas):
    """生成一份待填写的新规格：jixiao new --form 表样 --unit 单位名称 --year 年度 [-o 文件]。

    包含表样的每个字段（每个字段上方有中文说明）、按本表样指标体系列好的空指标行，第一行指明 schema，
    编辑器据此提供补全和悬停说明。生成的文件可以直接 validate 和 build，再逐项填写；表样的 schema 不接受
    jixiao new 写出的值时（如不含“（请填写）”的 enum，jixiao new --list 也会指出），照样写出，
    并逐处说明 schema 要改的行和列（退出码 1）。

    \b
    第一次填这种表，写出 specs/某单位-2025.yaml（不写 -o 时只打印到屏幕）：
      jixiao new --list                       列出表样
      jixiao new --form 表样 --unit 某单位 --year 2025 -o specs/

    \b
    由上一年度的规格开始新年度（写出 specs/某单位-2025.yaml，金额照旧）：
      jixiao new --from specs/某单位-2024.yaml --year 2025
    """
    from .unread_forms import say_namesakes
    from .variants import Catalog

    catalog = Catalog(variant_roots(templates, schemas))
    say_namesakes(catalog, everywhere=list_variants)
    if list_variants:
        from .form_list import list_forms

        return list_forms(catalog)
    if source is not None:
        from .new_from import refuse_options, roll_over

        refuse_options(source, form, year, out)
        return roll_over(catalog, source, unit, year, out, force)
    if form is not None:  # a form that is not there is the first thing to fix, before the options left out
        from .form_option import chosen_form

        form = chosen_form(catalog, form)
    missing = [option for option, value in (("--form", form), ("--unit", unit), ("--year", year)) if value is None]
    from .new_blank import new_command, new_spec

    if missing:
        raise click.UsageError(f"缺少 {'、'.join(missing)}；例如 {new_command(catalog, form, unit, year, out)}"
                               "（jixiao new --list 列出表样）")

    return new_spec(catalog, form, unit, year, out, force)


@main.command(name="schema")
@click.argument("variant", required=False, metavar="[表样]")
@click.option("-o", "--out", type=OutPath(dir_okay=False), metavar="文件",
              help="写到这个文件（UTF-8，不打印到屏幕；写 - 时打印到屏幕）；在 Windows PowerShell 里请用它代替“>”，“>”写出的是 UTF-16。")
@with_variant_options
def schema_command(variant, out, templates, schemas):
    """打印表样的 JSON Schema（已把引用的 defs.schema.json 并入，是一个独立完整的 schema）。

    不写表样名时打印适用于所有表样的 schema（按 form 字段选用各表样的 schema）。
    编辑器用的副本请用 -o 写出：jixiao schema 表样 -o schema/表样.schema.json。
    """
    from .schema_out import put_schema
    from .variants import Catalog

    put_schema(Catalog(variant_roots(templates, schemas)), variant, out)


@main.command()
@click.argument("file", type=GivenPath(dir_okay=False), metavar="Word文件")
def textconv(file):
    """打印 Word 文件（.docx）的文字：段落一行一段，表格一行一行、单元格之间用 Tab 分隔；
    页眉、页脚的文字在正文前后，行首标明【页眉】【页脚】。

    \b
      jixiao textconv output/表名.docx    （表名：build 按表题取的文件名）

    供 git diff 比较 Word 文件：jixiao init 在 .gitattributes 写 *.docx diff=docx，
    并设置 git config diff.docx.textconv "（这个 Python） -P -m generator textconv"。读不出的文件（如改了扩展名的 .doc）
    打印一行说明原因和文件的大小、SHA-256 的前 12 位（改过就看得出），退出码仍为 0，git diff、git log -p 照常继续。
    """
    from .textconv import git_text

    click.echo(git_text(file), nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=GivenPath(), metavar="[路径]...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown", "github"]), default="text",
              show_default=True,
              help="输出格式：text 供人阅读（文件:行:列），json 供程序读取，markdown 可贴到合并请求的评论里，"
                   "github 在 GitHub Actions 里把每个问题标在合并请求改动的那一行上（--rules 时同 text）。")
@click.option("--rules", "list_rules", is_flag=True,
              help="列出全部规则：编号、级别、检查什么、依据、参数；在项目里列出 jixiao.yaml 和各表样的设置生效后的级别和参数。")
@click.option("--config", "config_file", type=GivenPath(dir_okay=False, exists=True), metavar="文件",
              help="项目配置文件（默认：当前文件夹或上级文件夹中的 jixiao.yaml）：规则设置和表样文件夹。")
@click.option("--leave-to-validate", is_flag=True,
              help="jixiao validate 报告的问题（读不出、不符合表样、金额合计等，含警告）留给 validate 报告：不与 lint 的问题一起列出，"
                   "也不使退出码为 1，只在汇总里计数（markdown 把它们另列在最后，供合并请求的评论）；"
                   "供 CI 在 validate 之后运行，一处问题只报告一次。")
@click.option("--changed-since", metavar="版本",
              help="与 git 的这个版本（提交、分支或标签，如合并请求的目标分支 origin/main）相比，本次改动涉及的问题"
                   "（在改动或新增的行上，或这个版本里没有的，如删去几行后才缺了的指标；改写的行上原来就一字不差的问题除外）先列出，其余的在后，"
                   "汇总写明“其中本次改动涉及的 N 个”；text 和 markdown 分“本次改动涉及的问题”“其余问题”两节列出。"
                   "比较的是工作区里的文件（git 认出改了名的按原来的名字找，git 子模块里的与这个版本记下的子模块提交比较），"
                   "这个版本里没有的规格整个算作改动；"
                   "在分出来的分支上与 main 比较请写分出的那个提交：--changed-since $(git merge-base main HEAD)。")
@PER_FILE_PROJECT
@with_variant_options
def lint(paths, fmt, list_rules, config_file, leave_to_validate, changed_since, per_file_project, templates, schemas):
    """检查绩效目标的质量（默认 specs/ 下的全部 .yaml）：完整、可衡量、与资金匹配、与任务相关。

    \b
      jixiao lint                             检查 specs/ 下的全部规格
      jixiao lint specs/某单位-2026.yaml      只检查这一份
      jixiao lint --rules                     列出全部规则

    规格先按 validate 检查，通过后才按规则检查。每个问题一行：文件:行:列: 警告[规则编号] 说明。
    某一行末尾写 # jixiao: disable=B6 可屏蔽该行的这条规则，validate 的警告（如 SAME-NAME）也可这样屏蔽，
    validate 的错误不能屏蔽；可屏蔽的编号见 --rules。只有错误级别的问题使退出码为 1。
    """
    from . import project as projects
    from .lint_run import lint_specs, show_rules

    if per_file_project and config_file:
        raise click.UsageError("--config 与 --per-file-project 不能同时使用：--per-file-project 让每个规格读它自己所在项目的 "
                               "jixiao.yaml，--config 让所有规格读同一个文件；请只写其中一个")
    if per_file_project and list_rules:  # one listing cannot show each spec's project's settings
        raise click.UsageError("--rules 与 --per-file-project 不能同时使用：--rules 只列出一个项目的设置，--per-file-project "
                               "让每个规格读它自己所在项目的 jixiao.yaml；要看某个项目的设置，请在那个项目的文件夹里运行 "
                               "jixiao lint --rules，或用 --config 指定那个项目的 jixiao.yaml")
    project = None  # with --per-file-project each spec's own (per_project): the current folder's may be none of theirs
    if list_rules or not per_file_project:
        project = projects.read(Path(config_file) if config_file else projects.find(Path.cwd()))
    if list_rules:
        return show_rules(fmt, project, templates, schemas)
    return lint_specs(*given_specs(paths, report_none=True), fmt, project, leave_to_validate, changed_since,
                      per_file_project, templates, schemas)


@main.command()
@click.argument("paths", nargs=-1, type=GivenPath(exists=True), metavar="[路径]...")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8000, show_default=True, metavar="端口",
              help="预览网址的端口（0：任选一个空闲的）。")
@click.option("--host", default="127.0.0.1", show_default=True, metavar="地址",
              help="监听的地址；默认只有本机能打开。写 0.0.0.0 时同一网络的人都能看到这些规格。")
@click.option("--open", "open_browser", is_flag=True, help="启动后用默认浏览器打开预览。")
@with_variant_options
def serve(paths, port, host, open_browser, templates, schemas):
    """边改边看：在浏览器里预览规格生成的表样，保存后页面自动刷新（默认 specs/ 下全部）。

    \b
      jixiao serve --open                     预览全部规格，并打开浏览器
      jixiao serve specs/某单位-2026.yaml     只预览这一份

    不写任何文件：表样在内存中生成。首页列出每个规格和它的错误、警告数；
    有警告的表样上方列出警告，再列出 jixiao lint 的检查建议（遵从 jixiao.yaml 的设置和逐行屏蔽，
    首页写出各规格的条数；打印时都不印出）；有错误的规格只显示 validate 的问题列表，
    改正保存后自动换成表样；终端也列出刚保存的规格的错误（文件:行:列，最多 5 条，其余见它在浏览器里的页面），
    启动时列出有错误的各规格的第一个错误。
    表样的 Word 模板（form.docx）有 build 会拒绝的损坏时，HTML 预览照常，终端在启动时和它每次改动后说一次，首页也列出。
    项目还没有规格时照常启动，首页说明怎样新建，新建后自动列出；文件夹里只有不像规格的 YAML 时也照常启动，
    说出跳过了哪个文件。按 Ctrl+C 停止。
    """
    from .serve_run import preview_specs

    preview_specs(paths, port, host, open_browser, templates, schemas)
