"""Inline silences: `# jixiao: disable=CODE` on a line drops that code's findings on that line (like `# noqa`),
on the lines of the `|` or `>` block the line opens, and on those of a value running over lines that ends on it,
which cannot hold a comment (see `silences`).

Several codes are separated by commas (`disable=B6,SAME-NAME`) or blanks (`disable=B6 SAME-NAME`, as flake8's noqa
takes them): no code holds a blank, and `B6 SAME-NAME` read as one code silenced neither, reported by lint alone.
Case does not matter (`disable=d5` is D5), since nothing in a comment tells the author that codes are upper case. Nor
do the slips of a Chinese keyboard and of spacing (`JIXIAO：Disable ＝ B6，SAME-NAME`, `B6、SAME-NAME`, `#jixiao:`):
what such a comment means is plain, and it holds nothing else that they could be read as, so it is honoured rather
than reported to be typed again. So are letters, digits and signs typed full-width (`ｄｉｓａｂｌｅ＝Ｂ６`, a Chinese
keyboard in its full-width mode): each is read as its ASCII twin (`halfwidth`). A code ends where a character no code
holds begins, so a reason run on in Chinese or brackets (`disable=B6已核对`, `disable=B6（已与财政局确认）`) is a reason.

A comment that begins `# jixiao` and `disable` but is no silence as written (`disable：B6`, `disable B6`, `disable=已核对`,
`disable=【B6】`) silenced nothing, and nothing said so: whoever wrote it meant a silence, and the finding it was to
silence stayed without a word why. validate tells it (UNKNOWN-DISABLE, see `misspelt`) at the first character that
is not as a silence is written, with what was expected there.

The first word is a code, whatever it is: `disable=ok` or `disable=B6_reviewed` silences nothing, and is told so
(UNKNOWN-DISABLE, with `B6` and the reason apart offered), not passed over. After it, a word written after a comma
(`,`, `，`, `、`) is another code if it is written as codes are (capitals then digits, capital words joined by hyphens)
or is near a code (`disable=B6,SAME-NAM`, `b6,same-nam` are told with the code meant; `disable=D9，2023年计划…`,
`disable=B3，OK`, `disable=B3, reviewed by Li` have a reason, as people write one after a comma); a word after
blanks only is another code only if it is one somebody has, in any case (`disable=B6 D5`, `b6 same-name`); any other
word after blanks begins the reason, however much it looks like a code: Chinese, a number, `ok per review`, `OK`,
`TODO`, `TBD`, `OK2`, `Q3`, `B3X`, `PR-12`, `follow-up`. A rule that guessed (capitals with digits, or near a code,
were codes) took reasons such as `B3X` and `OK2` for codes nobody has: one can only tell it by reading jixiao's
catalogue, and a rule a user cannot predict is one they cannot write to. The messages on a comment with a reason say
which words were read as the reason; and a finding left on a line whose reason begins with a slip of its code
(`disable=B6 SAME-NAM`) says so, with the comma that makes it a code (see `_slip_told`).

Only a YAML comment silences: the same words inside a value (in quotes, in a `|` block, run on after the text
without a blank) are text the form prints, said so by TEXT-DISABLE.

Each comment is judged by one checker, so that it is reported once where both run (lint runs validate first):

- validate judges a code of its own (`validate.OWN_CODES`: its rules' and UNFILLED) and the code of an error on a line
  the comment covers. It drops warnings and 提示, never an error: a spec with an error is not built by `jixiao build` and
  would be sent back by review, so hiding the error only hides why. A comment naming an error's code is itself
  reported (DISABLE-ERROR), and so is one of validate's codes that drops nothing (提示 UNUSED-DISABLE). validate says
  so, not lint: whoever runs only validate, build or serve sees the stale comment; lint prints validate's problems,
  so once; and after validate in CI (`lint --leave-to-validate`) they are validate's, not counted again as lint's.
- validate judges too a code nobody has (no code of validate's, no lint rule: `disable=SAME-NAM`, a word typed after
  a comma), and a comment meant as a silence but none as written (`misspelt`), said UNKNOWN-DISABLE with the code
  likely meant: it silences nothing, and only lint said so before, to whoever ran it. lint's own codes are not
  unknown to validate: it loads lint's catalogue to tell.
- lint judges the rest: its own rules' codes, at whatever level a project sets them (a lint 错误 is a reviewer's
  judgement, the form is still built), and validate's error codes named where they have no error (LINT-UNUSED-DISABLE).

A comment is called unused only where every rule ran: on a spec its schema refused, most of them did not, and one
silencing what they will report once the schema passes is not stale.

A code build gives to a finding validate gives too (`TWINS`: BUILD-NAME-TAKEN) silences it as validate's code does.

`jixiao diff` reads the silences too (`silences`, `unknown`), to name a silence added or taken away.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable

from .problems import Problem, Severity, code_key

LINT_UNUSED = "LINT-UNUSED-DISABLE"
UNUSED = "UNUSED-DISABLE"
ON_ERROR = "DISABLE-ERROR"
UNKNOWN = "UNKNOWN-DISABLE"
_MARK = re.compile("[jｊ][iｉ][xｘ][iｉ][aａ][oｏ]", re.IGNORECASE)  # typed half- or full-width (see halfwidth)
_BLANK = "[ \t\u3000]*"
MARKER = re.compile(fr"#{_BLANK}jixiao{_BLANK}[:：]{_BLANK}disable{_BLANK}[=＝]{_BLANK}"
                    r"([,，、 \t\u3000]*[A-Za-z0-9_-][A-Za-z0-9_,，、 \t\u3000-]*)", re.IGNORECASE)
"""A silence from its `#`, in the text `halfwidth` gives: the codes are group 1, words of `_CODE_WORD`. It names one
at least: `disable= 已核实` or `disable=，` (blanks or separators only, then the reason or nothing) is no silence as
written, told so by `misspelt` at the character where a code was expected; matched, it named no code to read."""
_MEANT = re.compile(r"#[ \t]*jixiao[^A-Za-z0-9_\n]{0,3}disable[^\n]*", re.IGNORECASE)
"""A comment meant as a silence, as `halfwidth` gives it: one that begins with jixiao and disable, whatever is
between and after them (`# jixiao 的项目设置` is a comment about jixiao, and left alone)."""
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: " "}


def halfwidth(text: str) -> str:
    """`text` with the full-width letters, digits, signs and space a Chinese keyboard types read as their ASCII twins,
    one character for one, so that an offset in it is the offset in `text` (a line:column the author finds)."""
    return text.translate(_FULL_WIDTH)
_CODE_WORD = re.compile("[^,，、 \t\u3000]+")


@dataclass(frozen=True)
class Silence:
    """One code named in a comment: `rule` as problems carry it (upper case), `written` as the comment has it. It
    covers one span, from `first` to the end of line `last`: its own line, the lines of the `|` or `>` block its line
    opens, or from where a quoted or plain value running over lines that ends on its line starts (see `silences`)."""

    line: int
    column: int
    rule: str
    written: str
    first: tuple[int, int]
    """(line, column) of the first place it covers: (its line, 0), or where a value running over lines before its own
    starts, whose first line may hold what is no part of it before that column (a flow mapping's other fields,
    `- {…, half_year_value: "进一步提升", annual_value: "…` ), not covered."""
    last: int
    """The last line it covers, whole: its own, or the last of the `|` or `>` block its line opens."""
    reason: str = ""
    """The words after the comment's codes, read as the reason (`codes_named`), as typed."""
    listed: str = ""
    """Every code the comment names, as typed with what stands between them (`B6,B3_reviewed`): a message that offers the
    comment written again changes this code in it and keeps the others, which silence what they did."""
    at: int = 0
    """Where `written` begins in `listed`."""

    def covers(self, problem: Problem) -> bool:
        return problem.code == self.rule and self.reaches(problem)

    def reaches(self, problem: Problem) -> bool:
        """Whether the problem's place is within the span the comment covers."""
        return self.first <= (problem.line, problem.column) and problem.line <= self.last


def silences(text: str) -> list[Silence]:
    """The codes each comment of `text` names, those of markers inside a value left out (see `_scalars`).

    A comment on the line of a `|` or `>` (`functions: |  # jixiao: disable=D9`) covers the block's lines too: they
    cannot hold a comment, being the text itself, and the findings on one of them (a year in its text, a space
    ending it, a field swallowed by it) could not be silenced, though TEXT-DISABLE sent the author to that line.
    A comment after a quoted or plain value that runs over lines (`annual_target: "…，` on one line, `…。"  # jixiao:
    disable=B6` on the next) covers all its lines likewise: a comment can sit only after its end, and a finding in it
    is placed at its start (`Spec.place` cannot tell a folded line), which no comment could silence."""
    if not _MARK.search(text):  # most specs have none: validate reads every spec, so it does not scan them
        return []
    read = halfwidth(text)
    typed = list(MARKER.finditer(read))  # a marker is on one line: it holds no line break
    if not typed:
        return []
    inside, blocks, flows = _scalars(text, [match.start() for match in typed])
    found = []
    for match in typed:
        if match.start() not in inside:
            line = _line(text, match.start())
            column = match.start() - text.rfind("\n", 0, match.start())
            named = codes_named(match)
            last = named[-1][0] + len(named[-1][1])
            reason = text[last:_line_end(text, last)].lstrip(",，、 \t\u3000#").rstrip()
            first = named[0][0]
            found += [Silence(line, column, silenced_as(read[at:at + len(written)]), text[at:at + len(written)],
                              flows.get(line, (line, 0)), blocks.get(line, line), reason, text[first:last], at - first)
                      for at, written in named]
    return found


def misspelt(path: str, text: str) -> list[Problem]:
    """An UNKNOWN-DISABLE for each comment meant as a silence (`_MEANT`) that is none as written, at its first
    character not as a silence is written (`_expected`): it silences nothing, as one naming a code nobody has."""
    if not _MARK.search(text):
        return []
    read = halfwidth(text)
    meant = [match for match in _MEANT.finditer(read) if not MARKER.match(read, match.start())]
    if not meant:
        return []
    inside, _, _ = _scalars(text, [match.start() for match in meant])
    found = []
    for match in meant:
        if match.start() in inside:
            continue
        at, wrong = _expected(match.group(0))
        start = match.start() + at
        line, column = _line(text, start), start - text.rfind("\n", 0, start)
        comment = text[match.start():match.end()].rstrip()
        code = re.search(r"(?<![A-Za-z0-9])[A-Za-z]{1,4}[0-9]{1,3}(?![A-Za-z0-9])|[A-Za-z]+(?:-[A-Za-z0-9]+)+",
                         match.group(0)[at:])
        then = (f"是否想写 # jixiao: disable={code_key(code.group(0))}？" if code else
                "请写成 # jixiao: disable=编号，如 # jixiao: disable=B6；")
        found.append(Problem(path, line, column, Severity.WARNING, UNKNOWN,
                             f"屏蔽注释“{comment}”什么也没有屏蔽：{wrong}；{then}说明写在编号后面、空开一格"
                             f"（如 disable=B6 已核对），可屏蔽的编号见 jixiao lint --rules"))
    return found


_STEPS = ((re.compile(r"#[ \t]*jixiao[ \t]*"), "", ""),
          (re.compile(r":[ \t]*"), "jixiao 后面要写冒号", ""),
          (re.compile(r"disable(?![A-Za-z])[ \t]*", re.IGNORECASE), "冒号后面要写 disable", ""),
          (re.compile(r"=[ \t]*"), "disable 后面要写等号“=”", "，不是“{}”"),
          (re.compile(r"[A-Za-z0-9]"), "等号后面要紧接着写编号（报告里方括号中的，如 B6）", "，不是“{}”"))
"""A silence as written, a step at a time: what each must match, what is said where it does not, and how the
character found instead is named."""


_DISABLE_STEP = _STEPS[2][0]
_DISABLE_AND_MORE = re.compile(r"disable([A-Za-z]+)", re.IGNORECASE)


def _expected(comment: str) -> tuple[int, str]:
    """(offset, what is wrong there) of the first step of `_STEPS` a comment meant as a silence fails. `disabled=`
    has its `disable`: told 冒号后面要写 disable, the author looked for what was missing; the letters run on are said."""
    at = 0
    for step, wrong, instead in _STEPS:
        matched = step.match(comment, at)
        more = _DISABLE_AND_MORE.match(comment, at) if step is _DISABLE_STEP and not matched else None
        if more:
            return more.start(1), f"disable 后面多了“{more.group(1)}”，要写 disable="
        if not matched:
            found = comment[at:at + 1]
            return at, wrong + (instead.format(found) if found else "，这里什么也没写")
        at = matched.end()
    return at, ""


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _line(text: str, at: int) -> int:
    """The 1-based line of offset `at`, as the parser counts; not splitlines(), see RuleContext.typed."""
    return text.count("\n", 0, at) + 1


def codes_named(match: re.Match) -> list[tuple[int, str]]:
    """(offset, code) of each code a `MARKER` match names: its first word, whatever it is (`disable=ok` and
    `disable=B6_reviewed` name no code anybody has and are told so, not passed over as if nothing were written), then
    each next word that is a code somebody has (`known_code`), or after a comma one that reads as a code
    (`_code_after_comma`), up to the first that is neither, where the reason begins."""
    words = list(_CODE_WORD.finditer(match.group(1)))
    codes = [(match.start(1) + word.start(), word.group(0)) for word in words[:1]]
    for before, word in zip(words, words[1:]):
        apart = match.group(1)[before.end():word.start()]
        if not (known_code(word.group(0)) or _COMMA.search(apart) and _code_after_comma(word.group(0))):
            break
        codes.append((match.start(1) + word.start(), word.group(0)))
    return codes


_COMMA = re.compile("[,，、]")
_CODE_SHAPED = re.compile(r"[A-Z]{1,4}[0-9]{1,3}|[A-Z]+(?:-[A-Z0-9]+)+")
"""A word written as codes are (capitals then digits, or capital words joined by hyphens), as typed: `B3X`, `OK`, `TODO`
and lower-case words are not."""


def _code_after_comma(word: str) -> bool:
    """Whether a word after a comma (as `halfwidth` reads it) is another code: one a comment may name spelt slightly wrong (`same-nam`, told the
    code meant), or one written as codes are (`_CODE_SHAPED`: `SAME-NAM`, `A99`). Any word beginning with a letter was
    read as a code, and a reason written after a comma as people write one (`disable=B3，OK`, `B3, reviewed by Li`)
    was told "没有 OK 这个编号"; words like `OK`, `TODO` or lower-case prose begin the reason."""
    from .field_guess import meant
    from .lint import RULES
    from .validate import OWN_CODES

    return bool(_CODE_SHAPED.fullmatch(word)) or meant(code_key(word), sorted({*OWN_CODES, *RULES})) is not None


def known_code(word: str) -> bool:
    """Whether a word after blanks is another code rather than the reason's first word: a code somebody has, in any
    case (d5, same-name, taxonomy). Whatever else a reason may begin with (OK, TBD, OK2, B3X, follow-up, 2023年) is the
    reason; a code nobody has is written after a comma to be read as one."""
    from .validate import OWN_CODES  # validate imports this module

    return not unknown(code_key(word), OWN_CODES)


def _scalars(text: str, places: list[int]) -> tuple[set[int], dict[int, int], dict[int, tuple[int, int]]]:
    """Those of `places` (offsets in `text`) inside a scalar: a quoted value, a `|` or `>` block's lines, a plain
    value's text; the last line of each block's text by the line of its `|`; and the first line of each quoted or
    plain value running over lines by its last, with the column it starts at (a flow mapping's first line holds
    other fields before it). The scanner knows, having skipped the comments; a text it fails on is
    known up to there."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError
    from ruamel.yaml.tokens import ScalarToken

    spans, blocks, flows = [], {}, {}
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            if isinstance(token, ScalarToken):
                begin, end = token.start_mark.index, token.end_mark.index
                if token.style in ("|", ">"):  # its text starts below the `|` line, whose comment is a comment
                    blocks[_line(text, begin)] = _line(text, begin + len(text[begin:end].rstrip()))  # not its blank tail
                    begin = text.find("\n", begin) + 1 or len(text)
                elif _line(text, end) > _line(text, begin):
                    flows[_line(text, end)] = _line(text, begin), begin - text.rfind("\n", 0, begin)
                spans.append((begin, end))
    except YAMLError:
        pass
    return {at for at in places if any(begin <= at < end for begin, end in spans)}, blocks, flows


def validate_judges(mark: Silence, validated: Iterable[Problem], own: frozenset[str]) -> bool:
    """Whether validate judges a comment: it names one of validate's `own` codes, an error of its on a line the
    comment covers, or a code nobody has (`unknown`): whoever runs only validate or build learns it silences nothing."""
    return (mark.rule in own or any(p.is_error and mark.covers(p) for p in validated)
            or unknown(mark.rule, own))


FOUND_ONLY = ("SCHEMA-", "YAML-", "FILE-", "FORM-", "AMOUNT-UNIT", "QUOTE-RUN-ON", ON_ERROR, UNUSED, LINT_UNUSED,
              UNKNOWN, "BUILD-", "DIFF-", "FMT-", "IMPORT-", "NEW-FROM-", "OUTPUT-", "RENDER-", "TEMPLATE-",
              "YEAR-MOVED", "YEAR-KEPT", "UNIT-KEPT", "PRIOR-CLEARED", "PRIOR-COMMENT", "CONFIG-")
"""The codes, by their beginnings, of findings no comment silences and no rule makes: the parser's, the schema's
(named after jsonschema's keywords, SCHEMA-TYPE…), the form's, the comments' own, and those of the commands that
read no spec's silences (build, diff, fmt, import, new --from, the template checks), and jixiao.yaml's (CONFIG-). A
comment naming one is no slip of a code, and is judged as before (DISABLE-ERROR on a line with its error, else
unused). Codes are string literals
across generator/, with no one list to derive this from: test_silence's scan of the source finds any that a new
module adds and this misses, so that UNKNOWN-DISABLE never says a real code does not exist."""


ACROSS_SPECS = "SPEC-NAME-TAKEN"
"""The code of a warning weighed over several specs together (name_clashes), after each spec's silences were read:
a comment naming it at its place silences it there (a unit that files one form per project, whose form's file_name
cannot tell them apart, says "I know"), and is never called unused, which one spec's check cannot tell."""


TWINS = {"BUILD-NAME-TAKEN": ACROSS_SPECS}
"""The codes other commands give a finding validate gives too, each with validate's, whose silence silences both: build
says a clash as 警告[BUILD-NAME-TAKEN], and the clerk who copied that code into the comment at the unit's line silenced
nothing, told by lint only that the comment was useless. What such a comment means is plain, so it is honoured. No
other code of build's, diff's or import's is a finding validate or lint makes too; fmt's FMT-LINE-BREAK is fmt's refusal
to rewrite what TEXT-LINE-BREAK warns of, an error fmt says whatever a comment silences (test_silence checks that each
twin is a code jixiao gives and its validate code one a comment silences)."""


def silenced_as(written: str) -> str:
    """The code a comment's word silences, as findings carry it: in upper case (`code_key`), a twin read as
    validate's code (`TWINS`)."""
    rule = code_key(written)
    return TWINS.get(rule, rule)


def unknown(rule: str, own: frozenset[str]) -> bool:
    """Whether a comment's code is nobody's: no code of validate's, no lint rule, nothing `FOUND_ONLY` begins, not
    `ACROSS_SPECS`."""
    if rule in own or rule == ACROSS_SPECS or rule.startswith(FOUND_ONLY):
        return False
    from .lint import RULES  # only for a code not validate's: validate does not load lint's catalogue otherwise

    return rule not in RULES


def for_validate(path: str, text: str, problems: list[Problem], own: frozenset[str], errors_only: frozenset[str],
                 every_rule_ran: bool) -> list[Problem]:
    """validate's problems without the warnings and 提示 silenced, with a DISABLE-ERROR for each comment naming an
    error's code (one on a line it covers, or one of `errors_only`, whose findings are all errors), an UNKNOWN-DISABLE
    for each naming a code nobody has (whether or not every rule ran: no rule will ever report it) and, where every
    rule ran, an UNUSED-DISABLE for each other comment of validate's that silenced nothing."""
    every = silences(text)
    marks = [mark for mark in every if validate_judges(mark, problems, own)]
    if not marks:
        return _slip_told(problems, every) + misspelt(path, text)
    kept, used = _dropped(problems, marks, lambda problem: not problem.is_error)
    kept = _slip_told(kept, every)
    for mark in marks:
        here = any(p.is_error and mark.covers(p) for p in problems)
        if here or mark.rule in errors_only:
            kept.append(_on_error(path, mark, here, mark in used))
        elif unknown(mark.rule, own):
            kept.append(_unknown(path, mark, own))
        elif every_rule_ran and mark not in used:
            kept.append(_unused(path, mark, UNUSED, ""))
    return kept + misspelt(path, text)


def for_lint(path: str, text: str, problems: list[Problem], validated: list[Problem], own: frozenset[str],
             known: set[str]) -> list[Problem]:
    """lint's own findings without those silenced, with a LINT-UNUSED-DISABLE for each comment that silenced
    nothing, among those validate does not judge (`validated`: its problems of the spec, `own`: its codes)."""
    every = silences(text)
    marks = [mark for mark in every if not validate_judges(mark, validated, own)]
    kept, used = _dropped(problems, marks, lambda problem: True)
    kept = _slip_told(kept, every)
    for mark in marks:
        if mark not in used and mark.rule != ACROSS_SPECS:
            kept.append(_unused(path, mark, LINT_UNUSED, "" if mark.rule in known else
                                "（lint 的规则中也没有这个编号，它也不是 validate 的警告，见 jixiao lint --rules）"))
    return kept


def _dropped(problems: list[Problem], marks: list[Silence], may) -> tuple[list[Problem], set[Silence]]:
    """The problems no comment silences (`may` says which one may), and the comments that silence one."""
    kept, used = [], set()
    for problem in problems:
        silencing = {mark for mark in marks if mark.covers(problem)} if may(problem) else set()
        used |= silencing
        if not silencing:
            kept.append(problem)
    return kept, used


def _slip_told(problems: list[Problem], marks: list[Silence]) -> list[Problem]:
    """The problems, each left on a line whose comment's reason begins with a slip of its code (`disable=B6 SAME-NAM`
    beside a SAME-NAME finding) saying so: read as the reason, the slip silenced nothing and nothing else says why."""
    if not any(mark.reason for mark in marks):
        return problems
    told = []
    for problem in problems:
        slip = next((mark for mark in marks if mark.reason and mark.reaches(problem)
                     and _slip_of(mark.reason, problem.code)), None)
        if slip:
            word = _CODE_WORD.search(slip.reason).group(0)
            codes = ",".join(mark.written for mark in marks if (mark.line, mark.column) == (slip.line, slip.column))
            problem = replace(problem, message=f"{problem.message}（这一行的屏蔽注释把“{word}”读作说明：它写在空格后面，"
                                               f"不是已有的编号；要屏蔽 {problem.code}，请用逗号隔开：disable={codes},{problem.code}）")
        told.append(problem)
    return told


def _slip_of(reason: str, code: str) -> bool:
    """Whether a reason's first word is a slip of `code`: the code meant by it, or a code run into more (`B6x`)."""
    from .field_guess import meant
    from .lint import RULES
    from .validate import OWN_CODES

    first = _CODE_WORD.search(reason)
    if first is None or not first.group(0).isascii():
        return False
    known = sorted({*OWN_CODES, *RULES})
    word = code_key(first.group(0))
    joined = _run_together(word, known)
    return meant(word, known) == code or (joined is not None and joined[0] == code)


def _read_as(mark: Silence) -> str:
    """What a message on a comment with a reason says of it: which words were read as the reason, not as codes."""
    return f"（其后的“{mark.reason}”读作说明，不是编号）" if mark.reason else ""


def _unused(path: str, mark: Silence, code: str, why: str) -> Problem:
    """A comment that silenced nothing, said of the lines it covers: a comment on a block's `|` line covers the
    block, and "这一行" sent the author to look at the one line only."""
    return Problem(path, mark.line, mark.column, Severity.INFO, code,
                   f"无用的屏蔽注释“jixiao: disable={mark.written}”{_read_as(mark)}：{_covered(mark)}没有 {mark.rule} 的问题{why}；请删除它")


def _covered(mark: Silence) -> str:
    """The lines a comment covers as a message says them: 这一行, or 这一段（第 3–9 行） for a block's."""
    first, last = mark.first[0], mark.last
    return f"这一段（第 {first}–{last} 行）" if last > first else "这一行"


def _on_error(path: str, mark: Silence, here: bool, used: bool) -> Problem:
    """A comment naming an error's code: the error stays, and why it must be corrected rather than silenced. One that
    also dropped a warning of that code on its line (DATE-YEAR both warns and errs) says so, and may stay once the
    error is corrected: called of no effect, it was deleted and the warning came back."""
    lines = _covered(mark)
    what = f"{lines}的 {mark.rule} 是错误" if here else f"{mark.rule} 报告的都是错误"
    then = "请改正这个错误，再删除这条注释" if here else f"{lines}现在也没有它的问题，请删除这条注释"
    effect = "不起作用"
    if used:
        what, effect = f"{lines}的 {mark.rule} 还有错误", f"只去掉了{lines} {mark.rule} 的警告"
        then = "请改正这个错误（这条注释可以留着，屏蔽那条警告）"
    return Problem(path, mark.line, mark.column, Severity.WARNING, ON_ERROR,
                   f"屏蔽注释“jixiao: disable={mark.written}”{_read_as(mark)}{effect}：{what}，错误不能屏蔽——有错误的规格 "
                   f"jixiao build 不生成表，交上去也会被退回；{then}")


def _run_together(written: str, known: list[str]) -> tuple[str, str] | None:
    """(code, reason) of a first word that is a code run into its reason (`B6_reviewed`, `B6reviewed`): the longest
    code it starts with, not followed by what would continue that code (a digit; after a word code, a letter). One
    letter more (`B3X`) is no reason anybody writes but a slip of the code, left to `meant`: offered as `disable=B3 X`,
    it turned a slip into a reason of one letter."""
    for code in sorted(known, key=len, reverse=True):
        rest = written[len(code):]
        if (written.upper().startswith(code) and rest and not rest[0].isdigit()
                and not (code[-1].isalpha() and rest[0].isalnum()) and not (len(rest) == 1 and rest.isalpha())):
            return code, rest.lstrip("_-")
    return None


def _written_again(mark: Silence, code: str, reason: str, known: list[str]) -> str:
    """The comment's codes with `mark`'s written as `code`, then the reason run into it and the comment's own: the
    other codes kept in place (`disable=B6,B3_reviewed` is `disable=B6,B3 reviewed`, not `disable=B3 reviewed`, which
    would have B6's finding back), and the reason after the last code, where a code ends the list. A code run into
    its reason that begins the comment's reason (`disable=B6_x,B2_y`, whose `B2_y` is read as the reason) goes with
    the codes: offered `disable=B6 x B2_y`, B2 silenced nothing."""
    codes = f"{mark.listed[:mark.at]}{code}{mark.listed[mark.at + len(mark.written):]}"
    rest, next_word = mark.reason, _CODE_WORD.match(mark.reason)
    joined = _run_together(next_word.group(0), known) if next_word else None
    if joined and joined[1]:
        codes, reason, rest = f"{codes},{joined[0]}", f"{reason} {joined[1]}", mark.reason[next_word.end():].lstrip()
    return " ".join(part for part in (f"disable={codes}", reason, rest) if part)


def _unknown(path: str, mark: Silence, own: frozenset[str]) -> Problem:
    """A comment naming a code nobody has: a slip (`SAME-NAM`, `A99`), a code run into its reason (`B6_reviewed`), or
    a first word that is no code at all (`disable=ok`); the code it likely meant, among those a comment may silence."""
    from .field_guess import meant
    from .lint import RULES

    known = sorted({*own, *RULES})
    joined = _run_together(mark.written, known)
    guess = meant(mark.rule, known)
    then = (f"是否想写 {_written_again(mark, *joined, known)}？编号和说明之间要空开；" if joined and joined[1] else
            f"是否想写 {joined[0] if joined else guess}？" if joined or guess else
            "请改成要屏蔽的问题的编号（报告里方括号中的，如 警告[SAME-NAME]）；说明写在编号后面，空开一格"
            "（如 disable=B6 定性指标、disable=B6 OK），也可以另起一个 #；")
    return Problem(path, mark.line, mark.column, Severity.WARNING, UNKNOWN,
                   f"屏蔽注释“jixiao: disable={mark.written}”{_read_as(mark)}什么也没有屏蔽：没有 {mark.rule} 这个编号"
                   f"（不是 validate 的警告，也不是 lint 的规则）；{then}可屏蔽的编号见 jixiao lint --rules")
