"""`jixiao serve`, the stage: what to watch found (the specs given, or specs/ even before it holds a spec), the
preview's server started on the host and port asked for, its addresses said, the watcher started, and both stopped
at Ctrl+C, serve's normal end.

Kept out of cli.py, which handles the command line's arguments only. The server and the watcher are looked up on
their modules when the preview starts (`serve_http.make_server`, `serve_watch.watch`), not bound at import, so a test
can start the command with a server that stops at once and no watcher.
"""
from __future__ import annotations

import os
import threading
import webbrowser
from pathlib import Path

import click

from . import serve, serve_http, serve_watch
from .command_paths import (default_specs, given_specs, no_spec_yet, refuse_unusable, say_no_spec_yet, say_saved_as_text,
                            specs_folder, variant_roots, without_location)
from .errors import UsageError
from .spec_files import folder_specs, foreign_yaml


def preview_specs(paths: tuple[str, ...], port: int, host: str, open_browser: bool, templates, schemas) -> None:
    """Serve the preview of the specs at `paths` (specs/ when none) until Ctrl+C."""
    watched, awaited = _watched(paths)
    stop, terminal = threading.Event(), threading.Lock()

    def echo(message: str, err: bool = False) -> None:
        """A line of the preview's, said unless it has stopped: “已停止预览。” is said under the same lock as stop is set,
        so a line made while Ctrl+C was handled (a save's news, the specs' errors at the start, rendered for seconds
        with 46 specs) is never said after it, where it was read as the stopped preview's last word."""
        with terminal:
            if not stop.is_set():
                click.echo(message, err=err)

    preview = serve.Preview(watched, lambda: variant_roots(templates, schemas), awaited,  # roots found again when jixiao.yaml changes
                            say=lambda message: echo(message, err=True))
    try:
        server = serve_http.make_server(preview, host, port)
    except (OSError, UnicodeError) as exc:  # UnicodeError: a host name no DNS name can be (a part over 63 letters)
        raise UsageError(f"无法在 {host}:{port} 上启动预览：{serve_http.cannot_listen(host, port, exc)}") from None

    def tell(news=None):
        news = preview.news() if news is None else news
        if news:
            echo("\n".join(news))

    def tell_start():
        """The specs' errors at the start (`echo` says them only while the preview runs)."""
        tell(preview.start_news())

    # Ctrl+C is the normal stop from the moment the server listens: caught only around serve_forever, one pressed
    # after the address line while the Word templates were still checked (word_news) ended as an interruption,
    # 已中止（Ctrl+C） and exit 130, and left the server open.
    try:
        address = preview.site = serve_http.web_address(host, server.server_address[1])
        _say_addresses(address, host, server.server_address[1])
        # said once the preview listens: said before, a port in use told the clerk how to make a first spec, then that
        # no preview started, a hint for a preview that never ran
        if awaited and preview.watched.as_text:  # said instead of how to make a spec: it is renamed, not made anew
            say_saved_as_text(preview.watched.as_text)
        elif awaited:
            say_no_spec_yet(awaited[0])
        elif skipped := preview.skipped_at_start():
            click.echo(skipped, err=True)
        for said in preview.word_news():  # a form.docx damaged before the start: on stdout, as one damaged later
            click.echo(said)
        threading.Thread(target=serve_watch.watch, args=(preview, stop, tell, tell_start), daemon=True).start()
        if open_browser:
            webbrowser.open(address)
        server.serve_forever()
    except KeyboardInterrupt:
        with terminal:  # no line of the watcher's after it (`echo`)
            stop.set()
            click.echo("已停止预览。")
    finally:
        stop.set()
        server.server_close()


def _watched(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The files and folders watched, and those awaited: a project with no spec yet is previewed anyway, to list
    the first spec once it is written in specs/, or once a spec saved as `gz.yaml.txt` there is renamed. Refused,
    the clerk who started serve to begin work had no preview to watch the rename take effect in."""
    default = None if paths else default_specs()
    first = default and no_spec_yet(default, waits=True)
    if first:
        return [], list(dict.fromkeys((first, default)))
    # the `:8:11` of a path pasted from a message dropped here (given_specs says so), or the path watched is none
    paths = tuple(map(without_location, paths)) or (specs_folder(default),)
    refuse_unusable(paths)  # given_specs' first checks, before serve watches a disk's root for a spec
    if _no_spec_but_other_yaml(paths):  # watched as folders: the index says what was skipped, and lists a spec once saved
        return list(paths), []
    files, _ = given_specs(paths)  # the same checks and warnings as the other commands, before the server starts
    # Folders stay watched as folders, so a spec added while the preview runs shows up in it.
    return serve_watch.to_watch(paths, files), []


def _no_spec_but_other_yaml(paths: tuple[str, ...]) -> bool:
    """Whether every path is a folder, and the YAML files in them (one at least) are all left out as other programs'
    (spec_files.foreign_yaml): a docker-compose.yml alone in specs/, or the only spec retyped out of a spec's shape
    (`- ` begun on an emptied file) when serve is started again. Refused as a folder holding no spec, serve said
    “specs 里没有规格文件（.yaml、.yml）” right after the line naming the .yml it skipped, and the clerk had no preview
    to see the spec come back in. A spec saved as `gz.yaml.txt` there is left to given_specs, which says how to rename it."""
    if not all(os.path.isdir(name) for name in paths):
        return False
    found = [folder_specs(Path(name)) for name in paths]
    yaml = [name for specs, _ in found for name in specs]
    return bool(yaml) and not any(as_text for _, as_text in found) and all(foreign_yaml(Path(name)) for name in yaml)


def _say_addresses(address: str, host: str, port: int) -> None:
    """The preview's address, and with a host others can reach, the addresses colleagues open."""
    click.echo(f"预览：{address}（保存规格、表样、schema 或 jixiao.yaml 后页面自动刷新；按 Ctrl+C 停止）")
    others = serve_http.colleagues_addresses(host, port)
    if others:
        click.echo(f"同一网络的其他电脑打开：{'、'.join(others)}")
    elif others is not None:
        click.echo("未能查出这台电脑在局域网中的地址；其他电脑请用这台电脑的 IP 地址或名称代替网址里的 127.0.0.1")
