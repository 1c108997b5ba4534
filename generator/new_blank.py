"""`jixiao new --form`, the stage: a blank spec of the form (scaffold.py) printed, or written with the copy of the
schema its first line names, what the form's schema refuses in it said; the exit code returned.

Kept out of cli.py, which handles the command line's arguments only: the options are checked there (--form, --unit
and --year all given), and what they name is worked on here, as new_from.py does for `jixiao new --from`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .command_paths import DEFAULT_SPECS, cmd_notes, quoted, to_screen
from .errors import EXIT_OK, EXIT_PROBLEMS, JixiaoError
from .namesakes import namesake_notice
from .scaffold import scaffold
from .schema_line import copy_written, editor_schema, shown, write_command
from .validate import spec_name, spec_target
from .write import atomic_write


def new_spec(catalog, form: str, unit: str, year: int, out, force: bool) -> int:
    """A blank spec of `form` (the form `--form` names, read by cli as meant), for `unit` and `year`, on the screen
    or written where -o says; the exit code: 1 when the form's schema refuses what was written (see say_refused)."""
    variant = catalog.get(form)
    store = catalog.store
    if to_screen(out):
        printed = _new_to_screen(store, variant, unit, year)
        if out is None and _at_terminal():
            click.echo(f"只打印在了屏幕上，没有写出文件；要写成规格文件，请运行 {new_command(catalog, form, unit, year, out)}",
                       err=True)
        return say_refused(store, variant, f"jixiao new --form {form}", printed)
    target = spec_target(out, spec_name(unit, year))
    if target.exists() and not force:
        raise JixiaoError(f"{target} 已存在；换一个文件名，或加 --force 覆盖（其中已填的内容会全部丢失，换成空白的规格）")
    twin = namesake_notice(target, variant.name, unit, year, force or target == Path(out))
    schema_path, schema_text = editor_schema(store, variant, target)
    text = scaffold(store, variant, unit, year, target, schema_path=schema_path)
    atomic_write(target, text.encode("utf-8"))
    if schema_text is not None:  # after the spec: a spec that cannot be written leaves nothing behind
        atomic_write(schema_path, schema_text.encode("utf-8"))
        click.echo(copy_written(schema_path))
    if twin:
        click.echo(twin)
    click.echo(f"已生成 {target}（表样 {form}）；填写后运行 jixiao validate {quoted(target)}{cmd_notes([target])}")
    return say_refused(store, variant, str(target), text)


def _at_terminal() -> bool:
    """Whether the spec printed went to a terminal, not to a pipe or a file."""
    return sys.stdout.isatty()


def new_command(catalog, form: str | None, unit: str | None, year: int | None, out: str | None) -> str:
    """The `jixiao new` command to run, with what was typed kept and only the missing filled in: an example of
    `--year 2025` under `--year 2026` typed a moment before read as if 2026 were wrong. A missing year is the coming
    one, the year units write their targets for; a missing -o is `specs/`, where the file is named 单位-年度.yaml as
    init's next steps and the README write it (`specs/新规格.yaml` left every unit's spec under one name).

    Also said at a terminal after a spec printed without -o: the usage shows -o as optional, and a clerk who left it
    out saw a screenful of YAML scroll past with nothing in specs/ and nothing saying so. Not said when stdout is a
    pipe or a file (`> a.yaml`, `| less`), nor with `-o -`: that is printing on purpose."""
    from datetime import date

    form = form or (catalog.names() or ["表样"])[0]
    shown_unit = quoted(unit) if unit is not None else "单位名称"
    year = year if year is not None else date.today().year + 1
    out = out or f"{DEFAULT_SPECS}/"
    typed = [word for word in (form, unit, out) if word is not None]
    return f"jixiao new --form {quoted(form)} --unit {shown_unit} --year {year} -o {quoted(out)}{cmd_notes(typed)}"


def say_refused(store, variant, path: str, text: str) -> int:
    """What the form's schema refuses in the spec `new` has just written, said on stderr, and the exit code.

    An `enum` without “（请填写）” had `new` say 已生成 and exit 0 over a spec that failed validate at every row
    (only `new --list` told the form's slip). The spec is still written as it is, “（请填写）” where the unit is to
    choose: a choice made for it would pass validate unseen, which is worse than an error that names the schema's
    line to mend. One line per refusal, its repeats in other rows (the same words past the field's name) counted."""
    from .form_check import refusals
    from .report import line

    grouped: dict[str, list] = {}
    for problem in refusals(store, variant, path, text):
        grouped.setdefault((problem.code, problem.message.split("：", 1)[-1]), []).append(problem)  # past the row
    for problems in grouped.values():
        more = f"（另有 {len(problems) - 1} 处同样的）" if len(problems) > 1 else ""
        click.echo(line(problems[0]) + more, err=True)
    if not grouped:
        return EXIT_OK
    count = sum(map(len, grouped.values()))
    click.echo(f"错误：表样 {variant.name} 的 schema 不接受 jixiao new 写出的 {count} 处值，这份规格 validate 会报错；"
               "请按上面改 schema（见 docs/variants.md），或在这些地方填上可选的值", err=True)
    return EXIT_PROBLEMS


def _new_to_screen(store, variant, unit: str, year: int) -> str:
    """`jixiao new` without -o: the spec on stdout (and returned), naming what `-o specs/<unit>-<year>.yaml` would name.

    It named the form's schema where jixiao is installed (site-packages: a path only this machine has,
    committed with `> specs/a.yaml`), or a project's own schema without the definitions it refers to.
    The copy that line needs is not written here: printing may be a preview or a pipe, run from any
    folder (a home folder would get a schema/), so stderr says which command writes it."""
    schema_path, schema_text = editor_schema(store, variant, Path(DEFAULT_SPECS) / spec_name(unit, year))
    text = scaffold(store, variant, unit, year, schema_path=schema_path)
    click.echo(text, nl=False)
    if schema_text is not None:
        state = "与 jixiao 现在的表样不一致" if schema_path.is_file() else "还不存在"
        click.echo(f"注意：第一行（按规格放在 {DEFAULT_SPECS}/ 里写出）指向的 {shown(schema_path)} {state}，编辑器没有补全和中文说明；"
                   f"请{write_command(variant.name, schema_path)} 写出它（用 -o 写出规格时 jixiao new 会一并写出）", err=True)
    return text
