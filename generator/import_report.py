"""What `jixiao import` says of the files it read: each file's problems, each spec written with the schema copy and
namesake beside it, a count of what was not read into the specs, and a summary line; the exit code returned.

Kept out of cli.py, which handles the command line's arguments only, and out of importer.py, which reads the files
and writes the specs without saying anything.
"""
from __future__ import annotations

import click

from .errors import EXIT_OK, EXIT_PROBLEMS
from .import_notes import LEFT_OUT
from .importer import Imported
from .problems import Severity
from .report import line
from .schema_line import copy_written


def report_imports(results: list[Imported]) -> int:
    """`results` said, file by file and in sum; the exit code: 1 when any has errors or was not imported."""
    for result in results:
        for problem in result.problems:
            click.echo(line(problem))
        if result.written:
            click.echo(f"已导入 {result.source} → {result.target}（表样 {result.variant}）")
        if result.written and result.schema_text is not None:
            click.echo(copy_written(result.schema))
        if result.written and result.twin:
            click.echo(result.twin)
    problems = [p for r in results for p in r.problems]
    _say_left_out([p for r in results if r.written for p in r.problems if p.code in LEFT_OUT])
    errors = sum(p.is_error for p in problems)
    infos = sum(p.severity is Severity.INFO for p in problems)
    failed = sum(not r.written for r in results)
    parts = [f"导入了 {len(results)} 个文件：写出 {len(results) - failed} 个规格"]
    if failed:
        parts.append(f"{failed} 个文件未能导入")
    notes = f"，{infos} 个提示" if infos else ""
    click.echo("，".join(parts) + f"；{errors} 个错误，{len(problems) - errors - infos} 个警告{notes}。")
    return EXIT_PROBLEMS if errors or failed else EXIT_OK


def _say_left_out(left_out: list) -> None:
    """One line counting what the specs written left out (LEFT_OUT's warnings): each is said above among many
    lines, and a cell not read in is content the unit wrote that the spec would silently lack."""
    if not left_out:
        return
    undrawn = sum(p.code == "IMPORT-UNDRAWN" for p in left_out)
    rows = f"（其中 {undrawn} 行没有画表格线）" if undrawn else ""
    click.echo(f"注意：有 {len(left_out)} 处内容没有读进规格{rows}，见上面的 {'、'.join(sorted({p.code for p in left_out}))} 警告；"
               "请对照原表核对，手工补进规格。")
