"""The `jixiao` command: turns options into calls, and exit codes into the documented contract.

Each command parses its options, calls one function of the pipeline, and hands problems to a
reporter. Nothing here knows a province or a form.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_OK, EXIT_PROBLEMS

EXIT_CODES_HELP = "退出码 / exit codes: 0 无错误；1 有错误；2 用法错误；3 缺少外部程序；4 内部错误。"


class ErrorBoundary(click.Group):
    """The one place where anything unexpected becomes a message and exit code 4, not a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except Exception as exc:  # noqa: BLE001 - the boundary is the point
            if ctx.params.get("traceback"):
                raise
            click.echo(f"jixiao 内部错误：{type(exc).__name__}: {exc}\n"
                       "请加上 --traceback 重新运行，并把输出报告给维护者。", err=True)
            ctx.exit(EXIT_INTERNAL)


def _roots(templates: str | None, schemas: str | None):
    from .variants import Roots

    defaults = Roots()
    return Roots(
        templates=Path(templates) if templates else defaults.templates,
        schemas=Path(schemas) if schemas else defaults.schemas,
    )


variant_options = [
    click.option("--templates", type=click.Path(file_okay=False), help="表样文件夹的位置（默认：本仓库的 templates/）。"),
    click.option("--schemas", type=click.Path(file_okay=False), help="schema 文件夹的位置（默认：本仓库的 schema/）。"),
]


def with_variant_options(command):
    for option in reversed(variant_options):
        command = option(command)
    return command


@click.group(cls=ErrorBoundary, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES_HELP)
@click.version_option(__version__, prog_name="jixiao")
@click.option("--traceback", is_flag=True, help="出现内部错误时显示 Python 调用栈（供开发者排查）。")
def main(traceback):
    """jixiao（绩效）：用 YAML 维护预算绩效目标表，校验后生成各省的 Word 和 HTML 表样。

    \b
    常用流程：
      jixiao validate          检查 specs/ 下的所有规格文件
      jixiao build             生成 Word 和 HTML 到 output/
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="输出格式：text 供人阅读（文件:行:列），json 供程序读取。")
@with_variant_options
def validate(paths, fmt, templates, schemas):
    """检查规格文件（默认 specs/ 下的全部 .yaml）：先按 schema，再按规则（金额合计、指标体系、日期）。

    每个问题一行：文件:行:列: 错误[代码] 说明。有错误时退出码为 1。
    """
    from .report import REPORTERS
    from .validate import Validator, spec_files

    files = spec_files(list(paths) or ["specs"])
    validator = Validator(_roots(templates, schemas))
    problems = [p for f in files for p in validator.check_file(f).problems]
    click.echo(REPORTERS[fmt](len(files), problems))
    sys.exit(EXIT_PROBLEMS if any(p.is_error for p in problems) else EXIT_OK)


def _formats(value: str) -> list[str]:
    from .build import FORMATS

    chosen = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(f"未知的格式 {', '.join(unknown) or '（空）'}；可选：{', '.join(FORMATS)}")
    return chosen


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="output", show_default=True,
              help="输出文件夹。")
@click.option("--format", "formats", default="docx,html", show_default=True,
              help="输出格式，用逗号分隔：docx、html、pdf（pdf 需要 LibreOffice）。")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="并行的进程数（默认：CPU 核数）。")
@click.option("--force", is_flag=True, help="全部重新生成，不跳过未改动的规格。")
@click.option("--quiet", "-q", is_flag=True, help="只报告问题和最后的汇总，不逐个列出生成的文件。")
@with_variant_options
def build(paths, out_dir, formats, jobs, force, quiet, templates, schemas):
    """把规格文件生成各省表样的 Word（.docx）和 HTML（默认 specs/ 下全部，输出到 output/）。

    有错误的规格按 validate 的格式报告且不生成，其余照常生成；有任何规格失败时退出码为 1。
    与上次生成相比没有改动的规格（规格、表样、schema 和 jixiao 版本都没变）会被跳过，--force 全部重做。
    """
    from .build import Builder, default_jobs
    from .report import line
    from .validate import spec_files

    chosen = _formats(formats)
    if "pdf" in chosen:
        from .pdf import soffice

        soffice()  # fail early, before any work, when LibreOffice is missing
    files = spec_files(list(paths) or ["specs"])
    builder = Builder(Path(out_dir), chosen, _roots(templates, schemas), jobs=jobs or default_jobs(), force=force)
    if len(files) > 1 and sys.stderr.isatty():
        with click.progressbar(length=len(files), label="生成中", file=sys.stderr) as bar:
            results = builder.build(files, progress=lambda _: bar.update(1))
    else:
        results = builder.build(files)
    failed = sum(not r.ok for r in results)
    skipped = sum(r.skipped for r in results)
    for result in results:
        for problem in result.problems:
            click.echo(line(problem))
        if not quiet and not result.skipped:
            for output in result.outputs:
                click.echo(f"已生成 {output}")
    written = sum(len(r.outputs) for r in results if not r.skipped)
    parts = [f"处理了 {len(files)} 个规格：生成 {written} 个文件"]
    if skipped:
        parts.append(f"{skipped} 个规格未改动，已跳过")
    if failed:
        parts.append(f"{failed} 个规格有错误未生成")
    click.echo("，".join(parts) + "。")
    sys.exit(EXIT_PROBLEMS if failed else EXIT_OK)
