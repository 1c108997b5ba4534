"""Reporters: the only place that turns Problems into text. One function per output format."""
from __future__ import annotations

import html
import json
import os
import re
from collections import Counter
from collections.abc import Collection
from itertools import groupby
from pathlib import PurePath

from .problems import Problem, Severity


def line(problem: Problem) -> str:
    """`specs/x.yaml:12:7: 错误[BUDGET-SUM] …`: parsable like a compiler's message.

    A problem in a file without lines (line 0: a Word document) is `file: …`, its place in the message.
    One problem is one line: a line break quoted from a value (`"时效\n指标"`) is shown as ↵, so
    editors' problem matchers and `grep` never see a message without its place.
    """
    return f"{place(problem)}: {problem.severity.label}[{problem.code}] {_shown(problem.message)}"


def place(problem: Problem) -> str:
    """`file:line:column`, or the file alone for a problem of no line (a file that is not there, a Word document)."""
    return f"{problem.file}:{problem.line}:{problem.column}" if problem.line else problem.file


def _shown(message: str) -> str:
    """The message with what a value quoted in it cannot show on one line made visible: a line break
    as ↵; a tab or other control character (pasted from Excel) as ▯, as TEXT-INVISIBLE marks it,
    not as a gap that reads like two words."""
    message = re.sub(r"\r\n|[\r\n\u0085\u2028\u2029]", "↵", message)
    return re.sub(r"[\x00-\x1f\x7f]", "▯", message)


def summary(files: int, problems: list[Problem], left: int | None = None, clean_note: str = "",
            in_changes: int | None = None, warned: int = 0, stopped: int = 0) -> str:
    """The last line, which CI shows as the check's result. `left`: how many problems were left to validate
    (`lint --leave-to-validate`), said there, so that a reader of this line alone knows they exist.
    `clean_note`: what a report that found nothing adds, such as what the check does not look at.
    `in_changes`: how many of the problems are the change's own (`lint --changed-since`, see changed_lines).
    `warned`: warnings said on stderr before the report, of no spec (a form left unread, unread_forms.say_namesakes),
    counted with the problems' as build counts them: the line said 0 个警告 under the warning just printed.
    `stopped`: how many files' errors kept the checks that read a spec whole from running (see rerun_note)."""
    besides = left_note(left)
    if not problems and not warned:
        return f"检查了 {files} 个文件，没有发现问题{besides}{clean_note}。"
    changed = f"，其中本次改动涉及的 {in_changes} 个" if in_changes is not None else ""
    return f"检查了 {files} 个文件：{counts(problems, warned)}{changed}{besides}。{rerun_note(stopped)}"


def rerun_note(stopped: int, noun: str = "文件") -> str:
    """`改正后请再运行一次：1 个文件因这些错误没做完检查（金额合计、同名等），可能还有别的问题。`, said after a summary when
    `stopped` files' errors kept those checks from running (validate.Checked.stopped); "" for none. A clerk's spec with a
    full-width colon and a total that does not add up was told of the colon, then of the schema's errors, and of the
    total only on the third run, each list taken for all there was. In the summary line, not above it: editors'
    problem matchers and the tests read every other line as a problem's, and no `file:line:column:` is in it."""
    return f"改正后请再运行一次：{stopped} 个{noun}因这些错误没做完检查（金额合计、同名等），可能还有别的问题。" if stopped else ""


def counts(problems: list[Problem], warned: int = 0, zeros: bool = True) -> str:
    """`2 个错误，3 个警告，1 个提示`, as the summary and each file's line above it (`_by_file`) count, 提示 only when
    there are some; `warned`: warnings said besides the problems, counted with theirs. Without `zeros`, as build's
    summary counts (`1 个警告`; "" for none): a line about the forms written, where `0 个错误` read as a check's.
    The one count of both: build's copy of it was kept in step with this one by hand."""
    found = Counter(problem.severity for problem in problems)
    found[Severity.WARNING] += warned
    said = [severity for severity in Severity if found[severity] or zeros and severity is not Severity.INFO]
    return "，".join(f"{found[severity]} 个{severity.label}" for severity in said)


def _by_file(problems: list[Problem], stopped: Collection[str] = ()) -> list[str]:
    """Above the summary, a line for each file with problems and its counts, when they are in more than one: over a
    folder of specs the text ran to hundreds of lines with a grand total only, and which spec held the errors was
    found by scrolling. Indented, and the file followed by `：`, so that no problem matcher or `grep` of
    `file:line:column:` reads it as a problem; the summary stays the last line. A file whose errors kept the checks
    that read a spec whole from running (`stopped`) is marked `（没做完检查）`: the summary's `2 个文件因这些错误没做完检查`
    said how many, and which two was left to guess. The files with errors come last, next to the summary, each group
    in the order reported: over a bureau's 13 specs, the two to fix were two lines among ten that only warned of a
    name shared by every spec, found by reading each line's count."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(problem)
    if len(by_file) < 2:
        return []
    marks = {file: _STOPPED_MARK if file in stopped else "" for file in by_file}
    listed = sorted(by_file.items(), key=lambda pair: any(problem.is_error for problem in pair[1]))
    return [f"有问题的文件（{len(by_file)} 个）：", *(f"  {file}：{counts(found)}{marks[file]}" for file, found in listed)]


_STOPPED_MARK = "（没做完检查）"  # the summary's words (rerun_note), so that the files read as the ones it counts


def left_note(left: int | None) -> str:
    """`（不含规格检查 jixiao validate 报告的 3 个问题）`: the problems a command left to validate (`--leave-to-validate`),
    counted in its summary line; "" for none."""
    return f"（不含规格检查 jixiao validate 报告的 {left} 个问题）" if left else ""


Left = list[Problem] | None  # the problems left to validate (`lint --leave-to-validate`); None: none were


def as_text(files: int, problems: list[Problem], left: Left = None, clean_note: str = "",
            in_changes: int | None = None, warned: int = 0, stopped: Collection[str] = ()) -> str:
    """`in_changes`: the first so many problems are the change's own (see summary), each part under a line of its
    own that names it, as markdown's headings do: run in a terminal, a change's 3 problems above 35 older ones were
    told apart only by counting down from the summary. The part lines hold no `file:line:column:`, so editors'
    problem matchers and `grep` read the problems alone. Over several files, each one's counts above the summary
    (`_by_file`), those `stopped` marked. `warned`: see summary; `stopped`: the files of summary's count."""
    out = []
    for title, listed in _parts(problems, in_changes):
        out += [f"{title.format(len(listed))}：", *map(line, listed)] if title else [*map(line, listed)]
    said = summary(files, problems, _count(left), clean_note, in_changes, warned, len(stopped))
    return "\n".join(out + _by_file(problems, stopped) + [said])


def _parts(problems: list[Problem], in_changes: int | None) -> list[tuple[str, list[Problem]]]:
    """The problems as listed, with the title of each part, its count left as `{}` (the part's, or in github's
    log the count of one file's problems in it): asked which lines changed (`in_changes`), the change's own, then
    the others; a part with no problem is left out."""
    if in_changes is None or not problems:
        return [("", problems)]
    parts = [("本次改动涉及的问题（{} 个）", problems[:in_changes]),
             ("其余问题（{} 个，改动之前就有）", problems[in_changes:])]
    return [(title, listed) for title, listed in parts if listed]


def _count(left: Left) -> int | None:
    return None if left is None else len(left)


def as_json(files: int, problems: list[Problem], left: Left = None, in_changes: int | None = None,
            warned: int = 0, stopped: Collection[str] = ()) -> str:
    """`left_to_validate` only when problems were left to validate (see summary): validate's own report has none;
    `in_changes` and each problem's `changed` only when lint was asked which lines changed (`--changed-since`).
    The warnings said on stderr (`warned`) are not counted: the document's counts are those of its problems.
    `stopped_files`, only when some are: how many files' errors kept the checks that read a spec whole from running
    (see rerun_note), for a tool to say that another run may find more."""
    counts = Counter(p.severity.value for p in problems)
    left_out = {} if left is None else {"left_to_validate": _count(left)}
    changed = {} if in_changes is None else {"in_changes": in_changes}
    cut_short = {"stopped_files": len(stopped)} if stopped else {}
    listed = [p.as_dict() if in_changes is None else {**p.as_dict(), "changed": n < in_changes}
              for n, p in enumerate(problems)]
    return json.dumps(
        {"files": files, "errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"],
         **left_out, **changed, **cut_short, "problems": listed},
        ensure_ascii=False, indent=2,
    )


def as_markdown(files: int, problems: list[Problem], left: Left = None, in_changes: int | None = None,
                warned: int = 0, stopped: Collection[str] = ()) -> str:
    """A pull-request comment: the summary as a heading, then one table row per problem. Asked which lines
    changed, the problems on them come first, each part under its own heading; the problems left to validate,
    counted apart in the summary, are listed apart after them, so that the comment's one count is the summary's.
    The warnings said on stderr (`warned`) are not counted: a comment's heading counts the rows below it.
    `stopped`: rerun_note, a paragraph under the heading, which stays the count of the rows."""
    heading = f"### {summary(files, problems, _count(left), in_changes=in_changes)}"
    parts = [(f"#### {title.format(len(listed))}" if title else "", listed)
             for title, listed in _parts(problems, in_changes)]
    if left:
        parts.append((f"#### 留给规格检查（jixiao validate）的问题（{len(left)} 个，不计在上面的汇总里）", left))
    out = [heading, *(["", rerun_note(len(stopped))] if stopped else [])]
    for title, listed in parts:
        if listed:
            out += ["", title, "", *_table(listed)] if title else ["", *_table(listed)]
    return "\n".join(out if len(out) > 1 else [heading, ""])


def _table(problems: list[Problem]) -> list[str]:
    rows = [f"| `{place(p)}` | {p.severity.label} | `{p.code}` | {_cell(p.message)} |" for p in problems]
    return ["| 位置 | 级别 | 规则 | 说明 |", "|---|---|---|---|", *rows]


def as_github(files: int, problems: list[Problem], left: Left = None, in_changes: int | None = None,
              warned: int = 0, stopped: Collection[str] = ()) -> str:
    """GitHub Actions workflow commands: each problem an annotation on its line in the pull request's
    "Files changed" tab, the problems of each file in a folded group of the job's log, the summary plain, counting
    the warnings said on stderr in the same log (`warned`) and saying that another run may find more (`stopped`),
    see summary.

    The log shows an annotation's message without its place or title, so the message is the text format's line
    without the file, which the group names, and the title only says whose it is: `::error
    file=…,line=12,col=7,title=jixiao::12:7: 错误[BUDGET-SUM] …`. A problem of the whole file (line 0) is an
    annotation on the file. Asked which lines changed (`in_changes`), a file's problems on them and its others
    are two groups, each titled with its part after the file: titled by the file alone, the two read as one
    file listed twice.
    """
    out = []
    for title, listed in _parts(problems, in_changes):
        for file, found in groupby(listed, key=lambda p: p.file):
            found = list(found)
            named = repository_path(file) + (f"：{title.format(len(found))}" if title else "")
            out += [f"::group::{_command_data(named)}", *map(annotation, found), "::endgroup::"]
    return "\n".join([*out, summary(files, problems, _count(left), in_changes=in_changes, warned=warned,
                                     stopped=len(stopped))])


_ANNOTATION = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def annotation(problem: Problem) -> str:
    """One problem as the workflow command that puts it on its line of the pull request (see as_github). The
    severity and code are said in the message, which the log shows, and not again in the title: `jixiao 警告[B7]`
    above `3:5: 警告[B7] …` read them twice on every annotation."""
    place = {"file": repository_path(problem.file)}
    if problem.line:
        place.update(line=str(problem.line), col=str(problem.column))
    where = f"{problem.line}:{problem.column}: " if problem.line else ""
    said = f"{problem.severity.label}[{problem.code}]"
    return workflow_command(_ANNOTATION[problem.severity], {**place, "title": "jixiao"},
                            f"{where}{said} {_shown(problem.message)}")


def workflow_command(name: str, properties: dict[str, str], message: str) -> str:
    """`::name key=value,…::message`, escaped as GitHub reads it: a line break would end the command and a
    `,` or `:` in a value (a file named 2024:预算.yaml) would end the value."""
    given = ",".join(f"{key}={_command_property(value)}" for key, value in properties.items())
    return f"::{name} {given}::{_command_data(message)}"


def repository_path(file: str) -> str:
    """`file` as GitHub places an annotation: from the repository's root (GITHUB_WORKSPACE, where the checkout
    is), with forward slashes. A workflow may run jixiao in a folder of the repository (`working-directory`,
    as `jixiao init` writes it for specs inside a larger repository), where the paths printed are from that
    folder and an annotation on them would land on no file. Outside a workflow, or for a file outside the
    checkout, the path as given."""
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        inside = os.path.relpath(os.path.abspath(file), os.path.abspath(workspace))
        if inside != os.pardir and not inside.startswith(os.pardir + os.sep):
            return PurePath(inside).as_posix()
    return PurePath(file).as_posix()


def _command_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _command_property(text: str) -> str:
    return _command_data(text).replace(":", "%3A").replace(",", "%2C")


def as_html_list(problems: list[Problem]) -> str:
    """A page's list of problems (the live preview's), each line as `validate` prints it, escaped."""
    items = "".join(f'<li class="{"bad" if p.is_error else "warn"}"><code>{html.escape(line(p))}</code></li>'
                    for p in problems)
    return f"<ul>{items}</ul>"


def _cell(text: str) -> str:
    return _shown(text).replace("|", "\\|")


REPORTERS = {"text": as_text, "json": as_json, "markdown": as_markdown, "github": as_github}
