"""A package jixiao needs that this Python lacks, said as what to do, not as a traceback or an internal error.

The usual cause is a clerk running `python cli.py …` or `jixiao` from a terminal where the virtual environment jixiao
was installed into is not active: Python finds the code but not click, ruamel.yaml or python-docx. Without click the
program failed before its error boundary existed (a traceback); without another package the boundary called it an
internal error to report. Imports nothing beyond the standard library, since click itself may be the missing one.
"""
from __future__ import annotations

EXIT_ENVIRONMENT = 3  # errors.EXIT_ENVIRONMENT, "the environment is missing something"; errors imports click

PACKAGES = {
    "click": "click",
    "jinja2": "jinja2",
    "ruamel": "ruamel.yaml",
    "jsonschema": "jsonschema",
    "docx": "python-docx",
    "docxtpl": "docxtpl",
    "openpyxl": "openpyxl",
    "tinycss2": "tinycss2",
}
"""Each top-level module jixiao imports from a declared dependency (pyproject.toml), and the name pip installs it by."""


def message(exc: BaseException) -> str | None:
    """What to tell the user when `exc` is a declared dependency that cannot be imported; None for anything else
    (a missing module of jixiao's own, or one a dependency imports, is a broken install or a bug, not this)."""
    if not isinstance(exc, ModuleNotFoundError) or not exc.name:
        return None
    package = PACKAGES.get(exc.name.partition(".")[0])
    if package is None:
        return None
    return (f"错误：运行 jixiao 的这个 Python 里没有安装它需要的包 {package}。"
            "多半是没有先进入安装 jixiao 的虚拟环境：Linux、macOS 上运行 . .venv/bin/activate，"
            "Windows 上运行 .venv\\Scripts\\activate，再运行；"
            "还没有安装的，按 README 的“在单位自己的电脑上安装”（用源码的：“安装并生成”）安装。")
