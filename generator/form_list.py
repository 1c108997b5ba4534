"""`jixiao new --list`, the stage: each form of the catalog checked (profile, schema, its templates rendered from a
new spec, the editor's words) and listed, a broken one with its first problem; the exit code returned.

Kept out of cli.py, which handles the command line's arguments only; the checks it runs are form_check's,
schema_check's and the others', gathered here into the one list an author reads of the forms.
"""
from __future__ import annotations

import click

from . import (blank_text, copied_form, editor_regex, form_names, hover_words, number_blanks, unread_forms,
               value_annotations)
from .errors import EXIT_OK, EXIT_USAGE, FormError
from .form_check import TemplateCheck
from .report import line
from .schema_check import message_warnings


REGION_NOTE = "\t{}"
"""After a form whose profile names its region (`region: 某省`): the province, which `new --form 某省` takes, shown
beside a Chinese name that carries only the city."""


PER_PROJECT_NOTE = "\t每个项目各填一张（一个项目一份规格）"
"""After a form filled once per project (its profile's `per_project: true`): the clerk choosing it writes a spec for
each project, not one for the unit's year with its projects listed in it, as in every bundled form, which is said of
none (five lines saying 每个单位一年一张 told nothing apart). Unsaid, the clerk learnt it from SPEC-NAME-TAKEN."""


def list_forms(catalog) -> int:
    """`jixiao new --list`: every form with its name, a broken one with its first located problem
    instead; the exit code. It stopped at the first broken form with only its error, so the forms after
    it went unlisted. Exit 2 when one is broken, as every command that uses it exits: the list is
    complete either way, and a unit checking its new form (by hand, in CI or pre-commit) is told.

    A form whose profile and schema pass has its templates rendered from a new spec (see form_check):
    only a build of a spec compiled them, so an author wrote and built one to learn of a broken tag.
    That spec is checked against the form's schema too: one it refuses is where every unit would start.
    A schema's errorMessage that no longer lists its fields is warned of here (see schema_check.message_warnings),
    and so is a schema `title` or `description` still holding another form's Chinese name (see copied_form), and a
    value column the profile names that the schema does not mark as an indicator value (see value_annotations), and a
    field's description that does not say the double quotes or the null its value takes (see hover_words), and a
    required text that takes a text of spaces only (see blank_text), and a number field that takes no null, which the new
    spec fills with a 0 printed as if filled in (see number_blanks), and a `pattern` the editor's JavaScript cannot read
    or reads otherwise than validate (see editor_regex). A folder of the project's that looks like a form
    but is not read (jixiao.yaml does not name it yet) is hinted at with the lines to write (see unread_forms):
    the form copied was silently absent from the list."""
    broken = unrenderable = unfit = 0
    templates = TemplateCheck(catalog)
    titles = form_names.titles(catalog)
    for name in catalog.folder_names():
        try:
            variant = catalog.get(name)
            problem = None if variant else catalog.missing_schema(name)
        except FormError as exc:
            problem = exc.format_message()
        checked = templates.problems(variant) if problem is None else []
        failed = [p for p in checked if p.is_error]
        if failed:  # said as a build says it, under a head as a FormError's lines are
            problem = "\n".join(["模板有误：", *map(line, failed)])
            unrenderable += 1
        refused = templates.refused(variant) if problem is None else []
        if refused:
            problem = "\n".join(["jixiao new 写出的规格通不过它的 schema：",
                                 *(f"jixiao new 写出的规格中，{p.message}" for p in refused)])
            unfit += 1
        if problem is None:
            region = variant.profile.get("region")  # the province a form named after its city belongs to
            click.echo(f"{name}\t{variant.profile['name']}{REGION_NOTE.format(region) if region else ''}"
                       f"{PER_PROJECT_NOTE if variant.per_project else ''}")
            for warning in checked:  # the form builds; a build gives these warnings, said here once
                click.echo(line(warning), err=True)
            for warning in message_warnings(catalog.store, variant.schema_path.name):  # the editor's words only
                click.echo(line(warning), err=True)
            for check in (copied_form.title_warnings, copied_form.description_warnings):  # the editor's words only
                for warning in check(catalog.store, variant.schema_path.name, name, titles):
                    click.echo(line(warning), err=True)
            for warning in value_annotations.warnings(catalog.store, variant.schema_path.name, variant.profile):
                click.echo(line(warning), err=True)  # a hint lost, nothing refused
            for warning in hover_words.warnings(catalog.store, variant.schema_path.name):  # the editor's words only
                click.echo(line(warning), err=True)
            for warning in blank_text.warnings(catalog.store, variant.schema_path.name):  # blanks let through
                click.echo(line(warning), err=True)
            for warning in number_blanks.warnings(catalog.store, variant):  # blanks the new spec cannot leave
                click.echo(line(warning), err=True)
            for warning in editor_regex.warnings(catalog.store, variant.schema_path.name):  # the editor's checks only
                click.echo(line(warning), err=True)
            continue
        broken += 1
        head, *located = problem.splitlines()
        first = located[0] if located else head
        more = f"（另有 {len(located) - 1} 处）" if len(located) > 1 else ""
        click.echo(f"{name}\t表样有误：{first}{more}")
    for title, names in form_names.shared_names(catalog, titles).items():
        click.echo(f"警告：{form_names.shared_name_said(catalog, title, names)}", err=True)
    unlisted = unread_forms.unlisted(catalog)
    if unlisted:  # a hint, not a problem: the forms read are listed, and the exit code is theirs
        click.echo(f"提示：{unread_forms.folders_unread(catalog, unlisted)}；这样改好后，jixiao new --list 才会列出并检查"
                   f"{'它' if len(unlisted) == 1 else '它们'}", err=True)
    if broken:
        said = [f"错误：{broken} 个表样有误（见上），每个只列出第一处问题"]
        if broken > unrenderable + unfit:
            said.append("profile.yaml 或 schema 有误的，用到它的命令都会停下，jixiao schema 表样名 列出它的全部问题")
        if unfit:
            said.append("新规格通不过 schema 的，每个单位都会从一份 validate 报错的规格开始填，"
                        "请改 schema 让它接受 jixiao new 写出的值（见 docs/variants.md）")
        if unrenderable:
            said.append("模板有误的，jixiao build 生成它的表时会停下，改好这一处后再运行 jixiao new --list 查看其余的")
        click.echo("；".join(said) + "。", err=True)
    return EXIT_USAGE if broken else EXIT_OK
