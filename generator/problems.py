"""The one shape every finding takes, from a YAML syntax error to a lint rule.

Modelled on yamllint's LintProblem: a location (1-based line and column), a severity, a
stable code, and a Chinese message a finance officer can act on. Stages return problems;
only reporters print them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def label(self) -> str:
        return {"error": "错误", "warning": "警告", "info": "提示"}[self.value]


@dataclass(frozen=True, order=True)
class Problem:
    """One finding at one place in one file."""

    file: str
    line: int
    column: int
    severity: Severity = field(compare=False)
    code: str = field(compare=False)
    message: str = field(compare=False)
    path: str = field(default="", compare=False)
    subject: tuple[str, ...] = field(default=(), compare=False)
    """What the finding is about where its place is a larger whole, its 一级 first: lint's A2, A6 and A7 report at
    an indicator list and are about one 一级 of it, A5 about a 一级 and the 二级 it names, A9 about a row left
    wholly empty, its 一级 and 二级; B3, at a value cell whose own comparator disagrees with the 指标性质 column, that
    column's name; B5, where a comparator points the wrong way (not where money is told to move), that comparator;
    B9 and B10, where the value they tell is words (`及时`, `满意`), 文字; B6 on a target's prose, every vague clause of
    it (its message quotes the first, `等 3 句`); C13, on the largest amount, the paths of every amount it reads as
    typed in 元; diff's DIFF-NOT-SPEC, what the file is instead of a spec (`内容是一段文字或一个列表…`), for the warning
    of such a file deleted to say without quoting the message;
    the runner matches them by it (lint.run), never by their wording, and `lint --changed-since` pairs a finding
    with the one the file had at the same place by it (changed_lines)."""
    cites: tuple[str, ...] = field(default=(), compare=False)
    """The paths of the findings of the same code this one may refer to (“见…”) for its reason, the one its message
    names first: lint's C10 and C11 say why once and refer the other amounts to it. Where a comment silenced that one,
    the runner refers the reader to the next one shown, and drops the referral where none is (lint.run): it would
    send the reader to a finding not shown, resting on amounts the author said are right."""
    quotes: tuple[str, ...] = field(default=(), compare=False)
    """What a finding says of another place in the file, for the runner to say where a rule that stands for it
    speaks (lint.run): D4's clause found copied (quoted as its message quotes it) and the text it is copied from
    (`第 2 个年度主要任务的“主要内容”`), which B11 says on the name it stands for. Never what the finding is about: an
    edit of that other place changes it (the task's name edited, the name now copies its 期望达到的目标), while the finding
    is the one its own place had, not the change's (changed_lines)."""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def said(self) -> tuple:
        """The problem with what it says: problems compare by place only, and one command may find another
        problem at the place of one that another command reported (lint's A5 where validate's BUDGET-SUM is)."""
        return self.file, self.line, self.column, self.code, self.message

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "path": self.path,
        }


def code_key(written) -> str:
    """A code as a setting or a `# jixiao: disable=` comment writes it, as findings carry it and lint's catalogue
    keys it: d5 is D5 in both, since nothing tells the author that codes are upper case."""
    return str(written).upper()


def excerpt(text: str, at: int, width: int, mark: str | None = None, through: int | None = None) -> str:
    """The text around position `at`, `width` characters either side, for a message to quote so the
    place can be found; `mark` stands in for the character at `at` (▯ for one nobody can see). With `through`,
    a later position, the quote runs on to `width` characters past it, so the places between are seen too."""
    middle = text[at:at + 1] if mark is None else mark
    end = at if through is None else max(at, through)
    return (("…" if at > width else "") + text[max(0, at - width):at] + middle + text[at + 1:end + 1 + width]
            + ("…" if end + 1 + width < len(text) else ""))


def clipped(text: str, width: int = 20) -> str:
    """`text` cut to its first `width` characters and an …, when longer: a line or a name quoted in a message whole
    enough to be found, short enough that the message stays one line."""
    return text if len(text) <= width else text[:width] + "…"


_BRACKETS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "[": "]", "《": "》", "“": "”"}


def clipped_name(text: str, width: int = 20) -> str:
    """`text` `clipped`, though never inside a bracket: `办公设备购置费（20…` read as a year cut in two, so a cut that
    would fall inside one falls before it (`办公设备购置费…`), or after it where the name opens with it."""
    if len(text) <= width:
        return text
    opened = _open_bracket(text[:width])
    if opened is None:
        return clipped(text, width)
    if opened:
        return text[:opened].rstrip() + "…"
    closed = text.find(_BRACKETS[text[0]])
    return clipped(text, closed + 1 if closed > 0 else width)


def _open_bracket(head: str) -> int | None:
    """Where the outermost bracket still open at the end of `head` opens, if one is."""
    opened: list[int] = []
    for at, char in enumerate(head):
        if char in _BRACKETS:
            opened.append(at)
        elif opened and char == _BRACKETS[head[opened[-1]]]:
            opened.pop()
    return opened[0] if opened else None


def runs_said(numbers: list[int], name=str, through: str = "–") -> str:
    """`17–19、22` for 17, 18, 19 and 22 (in order), each number `name`d (`A～B、F` for columns): the lines or rows a
    message is about, said as people number them."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "、".join(name(run[0]) if len(run) == 1 else f"{name(run[0])}{through}{name(run[-1])}" for run in runs)


def besides(found: list[Problem], reported: list[Problem]) -> list[Problem]:
    """What `found` holds that `reported` (another command's problems for the same file) does not, word for word:
    after validate in CI, lint and fmt report only their own, so one slip is one annotation."""
    said = {problem.said for problem in reported}
    return [problem for problem in found if problem.said not in said]
