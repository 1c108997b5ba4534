"""Reporters: the only place that turns Problems into text. One function per output format."""
from __future__ import annotations

import html
import json
import re
from collections import Counter

from .problems import Problem, Severity


def line(problem: Problem) -> str:
    """`specs/x.yaml:12:7: 错误[BUDGET-SUM] …`: parsable like a compiler's message.

    A problem in a file without lines (line 0: a Word document) is `file: …`, its place in the message.
    One problem is one line: a line break quoted from a value (`"时效\n指标"`) is shown as ↵, so
    editors' problem matchers and `grep` never see a message without its place.
    """
    where = f"{problem.file}:{problem.line}:{problem.column}" if problem.line else problem.file
    return f"{where}: {problem.severity.label}[{problem.code}] {_shown(problem.message)}"


def _shown(message: str) -> str:
    """The message with what a value quoted in it cannot show on one line made visible: a line break
    as ↵; a tab or other control character (pasted from Excel) as ▯, as TEXT-INVISIBLE marks it,
    not as a gap that reads like two words."""
    message = re.sub(r"\r\n|[\r\n\u0085\u2028\u2029]", "↵", message)
    return re.sub(r"[\x00-\x1f\x7f]", "▯", message)


def summary(files: int, problems: list[Problem]) -> str:
    counts = Counter(p.severity for p in problems)
    errors, warnings, infos = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]
    if not errors and not warnings and not infos:
        return f"检查了 {files} 个文件，没有发现问题。"
    notes = f"，{infos} 个提示" if infos else ""
    return f"检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告{notes}。"


def as_text(files: int, problems: list[Problem]) -> str:
    return "\n".join([line(p) for p in problems] + [summary(files, problems)])


def as_json(files: int, problems: list[Problem]) -> str:
    counts = Counter(p.severity.value for p in problems)
    return json.dumps(
        {"files": files, "errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"],
         "problems": [p.as_dict() for p in problems]},
        ensure_ascii=False, indent=2,
    )


def as_markdown(files: int, problems: list[Problem]) -> str:
    """A pull-request comment: the summary as a heading, then one table row per problem."""
    rows = [f"| `{p.file}:{p.line}:{p.column}` | {p.severity.label} | `{p.code}` | {_cell(p.message)} |" for p in problems]
    table = ["| 位置 | 级别 | 规则 | 说明 |", "|---|---|---|---|", *rows] if rows else []
    return "\n".join([f"### {summary(files, problems)}", "", *table])


def as_html_list(problems: list[Problem]) -> str:
    """A page's list of problems (the live preview's), each line as `validate` prints it, escaped."""
    items = "".join(f'<li class="{"bad" if p.is_error else "warn"}"><code>{html.escape(line(p))}</code></li>'
                    for p in problems)
    return f"<ul>{items}</ul>"


def _cell(text: str) -> str:
    return _shown(text).replace("|", "\\|")


REPORTERS = {"text": as_text, "json": as_json, "markdown": as_markdown}
