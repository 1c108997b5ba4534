"""`jixiao schema`, the stage: one form's schema, or the one for every form, bundled whole (bundle.py) and printed, or
written where -o says; the form's profile slips said beside it.

Kept out of cli.py, which handles the command line's arguments only.
"""
from __future__ import annotations

from pathlib import Path

import click

from . import form_names
from .bundle import as_text, bundle, bundle_all
from .command_paths import to_screen
from .errors import FormError
from .form_option import say_chosen
from .schema_line import refuse_in_schema_folder, shown
from .variants import Catalog
from .write import atomic_write


def put_schema(catalog: Catalog, variant: str | None, out: str | None) -> None:
    """The schema of the form `variant` names (every form's when None) on the screen, or in the file `out`."""
    store = catalog.store
    typed, variant = variant, variant and (form_names.resolve(catalog, variant) or variant)  # as new and import take it
    if variant is None:
        document = bundle_all(store, {name: catalog.get(name).schema_path.name for name in catalog.names()})
    elif catalog.checked_schema(variant) is None:
        raise click.UsageError(form_names.unknown(catalog, variant))
    else:
        document = bundle(store, catalog.checked_schema(variant))
        say_chosen(catalog, typed, variant)
        _profile_notice(catalog, variant)
    if to_screen(out):
        click.echo(as_text(document), nl=False)
        return
    refuse_in_schema_folder(store, Path(out))
    # PowerShell 5.1 redirects output as UTF-16 (Out-File -Encoding utf8 adds a BOM): -o writes the bytes themselves.
    atomic_write(Path(out), as_text(document).encode("utf-8"))
    click.echo(f"已写入 {shown(Path(out))}")


def _profile_notice(catalog: Catalog, name: str) -> None:
    """The form's profile.yaml problems on stderr beside the schema `jixiao schema` writes: the schema is
    fine, so it is written (a profile slip stopped it), and the problems new --list sends the author here for are said."""
    try:
        catalog.get(name)
    except FormError as exc:
        click.echo(f"注意：{exc.format_message()}\n（schema 照样写出；改好之前，用到表样 {name} 的其他命令会停下，退出码 2）",
                   err=True)
