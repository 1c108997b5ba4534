"""`jixiao new --from`, the stage: the source spec read and checked, rolled over to the new year (rollover.py),
written beside it or where -o says, and what changed and what to check next said; the exit code returned.

Kept out of cli.py, which handles the command line's arguments only: the options --from cannot take, or must have
(--form, -o -, no --year), are refused here before the source is read, and what they name is worked on here, as
importer.py does for `jixiao import`.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from .command_paths import SCREEN, cmd_notes, quoted, refuse_screen, writes_specs
from .errors import EXIT_OK, EXIT_PROBLEMS, JixiaoError, UsageError
from .load import UNREAD, load, load_text
from .namesakes import namesake_notice
from .placeholder import PLACEHOLDER
from .problems import Problem, Severity
from .report import line
from .rollover import Roller, default_target
from .schema_line import copy_written, dangling, editor_schema, renamed
from .spec_year import budget_year
from .validate import Validator
from .write import atomic_write


def refuse_options(source: str, form, year, out) -> None:
    """The options `new --from` cannot take, or must have, refused before the source is read: the form is the
    source's own, the new spec is a file (never the screen), and the year it is for is the one thing to be said."""
    if form is not None:
        raise click.UsageError("--from 与 --form 不能同时使用：表样取自源规格的 form 字段")
    if out == SCREEN:
        refuse_screen(writes_specs("jixiao new --from", "写在源规格旁边"), click.get_current_context())
    if year is None:
        raise click.UsageError(f"缺少 --year：请写出新规格的预算年度，如 jixiao new --from {quoted(source)} --year 2025"
                               f"{cmd_notes([source])}")


def roll_over(catalog, source: str, unit, year: int, out, force: bool) -> int:
    """The spec `source` written as a spec of `year` (see rollover.py), `unit` its new unit when given; the exit
    code: 1 when it could not be read at all, or the spec written has errors."""
    spec = load(source, catalog)
    form = spec.data.get("form") if isinstance(spec.data, dict) else None
    variant = catalog.get(form) if isinstance(form, str) else None
    if variant is None:  # unreadable, or no form jixiao knows: said as validate says it
        problems = Validator(catalog=catalog).check(spec).problems
        for problem in problems:
            click.echo(line(problem))
        if all(problem.code in UNREAD for problem in problems):  # nothing in it to correct: the line above says why
            return EXIT_PROBLEMS
        raise JixiaoError(f"未生成新规格：请先改正 {source} 中的错误")
    source_year = budget_year(spec.data)
    if source_year is None:
        where = spec.locate(("year",))
        typed = spec.data.get("year")
        said = "缺少预算年度（year）" if typed is None else f"预算年度（year）应是年份数字，如 2024，实际是“{typed}”"
        click.echo(line(Problem(source, *where, Severity.ERROR, "NEW-FROM-YEAR", f"{said}；不知道源规格是哪一年，无法改写其中的年份")))
        raise JixiaoError(f"未生成新规格：请先改正 {source} 中的年度")
    if year == source_year:
        raise click.UsageError(f"--year {year} 与 {source} 的预算年度相同；--from 由一个年度的规格生成另一个年度的规格，"
                               f"请写出新的年度，如 --year {year + 1}")
    old_unit = spec.data.get("unit") if isinstance(spec.data.get("unit"), str) else ""
    target = default_target(Path(source), out, source_year, year, unit or old_unit,
                            unit_changed=unit is not None and unit != old_unit)
    if target.resolve() == Path(source).resolve():
        raise click.UsageError(f"新规格会写到 {source} 本身，把本年度的规格覆盖掉；请用 -o 写出另一个文件")
    if target.exists() and not force:
        raise JixiaoError(f"{target} 已存在；换一个文件名，或加 --force 覆盖（其中已做的修改会全部丢失，内容重新由 {source} 复制）")
    twin = namesake_notice(target, variant.name, unit or old_unit, year,
                            force or (out is not None and target == Path(out)))
    rolled = Roller(catalog.store, variant).roll(spec, year, target, unit)
    for problem in rolled.problems:
        click.echo(line(problem))
    if rolled.problems:
        raise JixiaoError(f"未生成新规格：{source} 无法照原样复制")
    text, schema_path, schema_text = rolled.text, None, None
    if dangling(text, target):  # named as jixiao new names it
        try:
            schema_path, schema_text = editor_schema(catalog.store, variant, target)
            text = renamed(text, schema_path, target)
        except UsageError:  # the copy's place is a forms' schema folder: the line is left, validate names it
            pass
    atomic_write(target, text.encode("utf-8"))
    if schema_text is not None:  # after the spec, as jixiao new writes it
        atomic_write(schema_path, schema_text.encode("utf-8"))
        click.echo(copy_written(schema_path))
    validator = Validator(catalog=catalog)  # the forms as the copy was made with, not read again
    found = _errors(validator.check(load_text(str(target), text, catalog)).problems)
    errors, carried = found.total(), bool(found) and found == _errors(validator.check(spec).problems)
    for problem in sorted(rolled.moved + rolled.kept + rolled.renamed) + sorted(rolled.cleared + rolled.commented):
        click.echo(line(problem))
    said = f"预算年度 {source_year} → {year}：文字中写作年份的 {source_year} 年改了 {rolled.changed} 处"
    if rolled.changed:
        said += f"（指标值 {rolled.in_targets} 处，其他文字 {rolled.changed - rolled.in_targets} 处）"
    if rolled.left:
        said += f"；另有 {rolled.left} 处年份未改动"
    if rolled.changed or rolled.left:
        said += "；各处见上，请逐一核对"
    if unit is not None and unit != old_unit:
        said += f"；单位改为“{unit}”"
        if rolled.renamed:
            said += f"，另有 {rolled.unit_left} 处仍写着原单位名称“{old_unit}”，见上，请核对"
    click.echo(said + "。")
    since = "上年" if year == source_year + 1 else f" {source_year} 年"  # a year skipped: 上年 is not the source's
    click.echo(f"金额和指标值照 {source_year} 年度原样复制：请改为 {year} 年度的预算数和目标；"
               f"改好后 jixiao diff {quoted(source)} {quoted(target)} 列出与{since}相比改了哪些{cmd_notes([source, target])}。")
    if rolled.reset:
        click.echo(_dates_reset(rolled.reset))
    if rolled.priors:
        click.echo(f"上年指标值：填入 {rolled.priors} 项（{source_year} 年度的指标值，各行的 prior_value），供 lint 的 D6 比较："
                   f"新年度的目标低于它时给出警告；改指标值时请保留它不动（用“全部替换”改数字会把它一并改掉，D6 就比较不出来）。")
    if rolled.unknown:
        click.echo(f"上年指标值：未填入（源规格是 {source_year} 年度的，不是 {year - 1} 年度的，不知道 {year - 1} 年度的指标值）；"
                   f"{rolled.unknown} 项指标请填上 {year - 1} 年度的目标，lint 的 D6 才能比较新年度的目标是否低于上年。")
    if rolled.cleared:
        click.echo(f"上年指标值：清空 {len(rolled.cleared)} 项（见上）：原有的是更早年度的目标，不能与新年度的目标比较；请逐一核对。")
    if rolled.relaid:
        click.echo(f"注意：{source} 的排版与 jixiao fmt 的统一格式不同，新文件按统一格式写出，与它比较时排版也显示为改动；"
                   f"可先运行 jixiao fmt {quoted(source)}{cmd_notes([source])}。")
    if twin:
        click.echo(twin)
    made = f"已生成 {target}（由 {source} 转为 {year} 年度，表样 {form}）"
    if not errors:
        click.echo(f"{made}；核对、修改后运行 jixiao validate {quoted(target)}{cmd_notes([target])}")
        return EXIT_OK
    whence = f" {source} 原有的错误照原样带了过来，" if carried else ""
    click.echo(f"{made}；但{whence}新规格有 {errors} 个错误：请运行 jixiao validate {quoted(target)} 逐处查看并改正{cmd_notes([target])}。")
    return EXIT_PROBLEMS


def _dates_reset(reset: list[tuple[str, int]]) -> str:
    """The date fields emptied to the placeholder, each by its form's own name (`Rolled.reset`): the summary said
    填表日期 of a project form whose field is 填报日期, a name the clerk looked for on the form and did not find."""
    lines: dict[str, list[int]] = {}
    for name, at in reset:
        lines.setdefault(name, []).append(at)
    if len(lines) == 1:
        [(name, at)] = lines.items()
        return f"{name} {len(at)} 处改为“{PLACEHOLDER}”（第 {'、'.join(map(str, at))} 行）：请填上新的{name}。"
    each = "、".join(f"{name} {len(at)} 处（第 {'、'.join(map(str, at))} 行）" for name, at in lines.items())
    return f"{each}改为“{PLACEHOLDER}”：请填上新的日期。"


def _errors(problems) -> Counter[tuple[str, str]]:
    """A spec's errors by code and field, not by line: `new --from` says the new spec carries the source's
    errors only when they are these, the same ones (its lines may move: 上年指标值 is added). It said so
    whenever the source had any, though the new spec had others, or more, or fewer."""
    return Counter((problem.code, problem.path) for problem in problems if problem.is_error)
