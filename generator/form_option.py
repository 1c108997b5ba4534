"""The form a command's option or argument names (`new --form`, `import --form`, `jixiao schema 表样`), read as meant.

Kept out of cli.py, which handles the command line's arguments only: which form a word names is form_names'; what
the command says of its choice, on stderr beside what it prints, and how it refuses a word naming no form, is here.
"""
from __future__ import annotations

from typing import Callable

import click

from . import click_zh, form_names


def chosen_form(catalog, typed: str, elsewhere: Callable[[], str] | None = None) -> str:
    """The form `--form` names (a name in capitals is the form in lower case, a form's Chinese name that form: a
    command's option is read as meant, a spec's `form:` exactly); a usage error saying which form was likely meant
    when it names none, and, from `elsewhere`, where to run when the files the command is given sit in a project
    with forms of its own (project.read_elsewhere): import's `--form` of a unit's own form, run from outside its
    project, said only that the form did not exist, as if there were none."""
    chosen = form_names.resolve(catalog, typed)
    if chosen is None:
        there = elsewhere() if elsewhere is not None else ""
        raise click_zh.bad_value(form_names.unknown(catalog, typed) + (f"。{there}" if there else ""), "form")
    say_chosen(catalog, typed, chosen)
    return chosen


def say_chosen(catalog, typed: str, chosen: str) -> None:
    """Which form a word that is not its folder name was taken for (`某市`), on stderr, beside a spec printed."""
    said = form_names.chosen_said(catalog, typed, chosen)
    if said:
        click.echo(said, err=True)
