"""A package jixiao needs that this Python lacks, said as what to do, not as a traceback or an internal error.

The usual cause is a clerk running `python cli.py …` or `jixiao` from a terminal where the virtual environment jixiao
was installed into is not active: Python finds the code but not click, ruamel.yaml or python-docx. Without click the
program failed before its error boundary existed (a traceback); without another package the boundary called it an
internal error to report. Run by a virtual environment (the unit's .venv, as VS Code's tasks and `.venv/bin/jixiao`
run it), the package is missing from that environment itself: an install that did not finish, or another project's
environment active, and the message says both ways out. Imports nothing beyond the standard library, since click
itself may be the missing one.
"""
from __future__ import annotations

import os
import sys

EXIT_ENVIRONMENT = 3  # errors.EXIT_ENVIRONMENT, "the environment is missing something"; errors imports click

PACKAGES = {
    "click": "click",
    "jinja2": "jinja2",
    "ruamel.yaml": "ruamel.yaml",
    "jsonschema": "jsonschema",
    "docx": "python-docx",
    "docxtpl": "docxtpl",
    "openpyxl": "openpyxl",
    "tinycss2": "tinycss2",
}
"""Each module jixiao imports from a declared dependency (pyproject.toml), and the name pip installs it by."""

ACTIVATE = "在建它的文件夹里，Linux、macOS 上运行 . .venv/bin/activate，Windows 上运行 .venv\\Scripts\\activate"
INSTALL = "按 README 的“在单位自己的电脑上安装”（用源码的：“安装并生成”）"


def message(exc: BaseException) -> str | None:
    """What to tell the user when `exc` is a declared dependency that cannot be imported; None for anything else
    (a missing module of jixiao's own, one a dependency imports, or a dependency's submodule an installed version
    lacks, is a broken install or a bug, not this). Python imports a package before its submodules, so a package
    that is not installed is named itself (`ruamel` or `ruamel.yaml`, not `ruamel.yaml.comments`)."""
    if not isinstance(exc, ModuleNotFoundError) or not exc.name:
        return None
    package = next((pip for module, pip in PACKAGES.items() if f"{module}.".startswith(f"{exc.name}.")), None)
    if package is None:
        return None
    if _in_an_environment():  # activating one is not the whole answer
        return (f"错误：运行 jixiao 的虚拟环境（{sys.prefix}）里没有安装它需要的包 {package}。"
                f"这不是安装 jixiao 的那个虚拟环境的话，先进入那一个：{ACTIVATE}，再运行；"
                f"是的话，安装没有完成：{INSTALL}在这个虚拟环境里再安装一次 jixiao，pip 会补上缺的包。")
    return (f"错误：运行 jixiao 的这个 Python（{sys.executable}）里没有安装它需要的包 {package}。"
            f"多半是没有先进入安装 jixiao 的虚拟环境：{ACTIVATE}，再运行；还没有安装的，{INSTALL}安装。")


def _in_an_environment() -> bool:
    """Whether an environment of its own runs this Python: a virtual environment (its prefix is not its base's), or
    a conda environment, whose Python is its own base but whose prefix holds conda-meta. A clerk in a conda
    environment was told to enter a virtual environment they may well have been in already."""
    return sys.prefix != sys.base_prefix or os.path.isdir(os.path.join(sys.prefix, "conda-meta"))
