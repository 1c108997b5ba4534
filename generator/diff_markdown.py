"""The markdown report of `jixiao diff`, pasted as a pull-request comment: tables a reviewer reads in the browser.

Apart from the text report (diff_report), whose readings of a change (places, values, marks of a weakened target)
it shares: its own are the escaping markdown needs, the tables, and the list of weakened targets above them.
"""
from __future__ import annotations

import re
import string
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from .diff_counts import folded
from .diff_report import (BALANCED, FIELD_TITLE, LABELS, LABELS_APART, NET, REORDER_LABEL, REORDERED, SILENCES, STATUS,
                          amount_moved, changed_words, Glance, group_words, item_details, item_rows, listed_changes,
                          move_places, named_rule, net_words, only_rolled, plain_value, renamed_line, renamed_paths,
                          renamed_rows, reordered_places, reordered_too_line, shown_path, shown_place, shown_reason,
                          shown_net, shown_totals, signed_wan, silence_rule, since_heading, status_line, summary_line,
                          told_renamed, unreadable_problems, unrolled_note, unseen, tightened_mark, warning_problems,
                          weakened_mark, without_common_line_break, years_moved_line)
from .diff_groups import member_of, together
from .diff_types import OLD_REASON, REASON, Change, Group, SpecDiff, Total
from .problems import Problem
from .report import place
from .revisions import Compared
from .rules.text_invisible import shown_name, shown_text

MARKER = "<!-- jixiao diff -->"  # invisible when rendered; lets a bot recognise (and update) its comment
_JOINER = "\u2060"
"""U+2060 WORD JOINER: no width, and no line may break at it. The character itself, not its reference `&#8288;`: GitHub
renders both to the same HTML (measured with cmark-gfm: the same bytes), but the markdown is read raw too (the
workflow's diff.md, its log, a terminal), where `修&#8288;改&#8288;屏&#8288;蔽` hid the label it joined; the character
shows nothing there either (no width in a terminal, passed through by less)."""


def _unbroken(label: str) -> str:
    """A label of the changes table's first column with its characters joined (`_JOINER`): a browser may break Chinese
    between any two characters, and beside long places and texts the column was squeezed, 新增屏蔽 read 新增屏 over 蔽
    and 修改屏蔽理由 over three lines. Two characters are left as they are: the column's title holds them (`_CHANGE_TITLE`)."""
    return _JOINER.join(label) if len(label) > 2 else label


_CHANGE_TITLE = _JOINER.join("改动")
"""The title of the changes table's first column, its two characters joined (`_JOINER`): beside long places and texts
the column was squeezed to one character, every 修改 and 删除 read down a column of its own; the title now holds it at
two characters' width, as wide as most labels."""
_WEAKENINGS_LISTED = 10  # the changes that weaken a target listed above a comment's tables; more are in its count alone


def _total_delta(total: Total) -> str:
    """A total's difference, signed; said in words when a sum was not computed."""
    return "无法计算" if total.delta is None else signed_wan(total.delta)


_MD_SPECIAL = re.compile(r"([\\`*_~|<>\[\]#$])|(&)(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_LINE_BREAK = re.compile(r"\r\n?|\n")


def _md(text: str) -> str:
    """User text as it was typed, in a table cell or a line: each character markdown reads as formatting escaped;
    `$` too, which opens math on GitHub and GitLab, and `&` where it begins a character reference (`&copy;` showed
    ©, `&lt;b&gt;` a tag's text); each line break as <br>, a CR LF (a value typed `"…\\r\\n…"`) too: its CR ended the
    table row and the rest of the text fell into a row of its own; and what GitHub would link as a code span
    (`_LINKED`, `_link_run`)."""
    shown, at = [], 0
    while found := _LINKED.search(text, at):
        start, end = _link_run(text, found.start())
        shown += [_escaped(text[at:start]), f"`{text[start:end]}`"]
        at = end
    return "".join(shown) + _escaped(text[at:])


def _escaped(text: str) -> str:
    """Text outside a code span, its markdown escaped and its line breaks as <br> (`_md`)."""
    return _LINE_BREAK.sub("<br>", _MD_SPECIAL.sub(lambda found: "\\" + found[0], text))


_LINKED = re.compile(r"(?<![0-9A-Za-z_])@(?=[0-9A-Za-z])|#(?=[0-9])|(?<![0-9A-Za-z])GH-(?=[0-9])"
                     r"|(?<![A-Za-z])(?:https?|ftp):(?=//)|(?<![0-9A-Za-z.])www(?=\.)", re.IGNORECASE)
"""Where GitHub begins a link in a comment: `完成@zhang审核` pings user zhang (`@张三` is no user name, and an e-mail's
`@`, after a letter or digit, pings no one: `a@b.com` stays whole, a mailto link), `#12`, `GH-12` and `owner/repo#12`
link issue 12 (and tell it so on its page), `http://` and `www.` begin a link, which in Chinese text runs on over the
words after the address (`见https://x.cn。联系人` linked `x.cn。联系人`), after a digit too (`附件2https://x.cn`,
`2024A001http://x.cn` linked the address: cmark-gfm looks back over letters alone for a scheme, and `xhttps` is none).
A hex word (`deadbeef`) is left as typed: GitHub links a commit only where the repository has one beginning so, and a
project code (`2024A001`) is no link."""
_ADDRESS = frozenset(string.ascii_letters + string.digits + "-._~:/?#[]@!$&'()*+,;=%")
"""The characters of an address (RFC 3986's, and `%`), of which a code span around what GitHub links (`_link_run`)
holds a run: no `|` (which ends a table cell even inside a code span, and escaped shows its backslash outside a
table), no backtick (which would end the span), no space, nothing Chinese."""
_LEFT_OUT = ".,:;!?'*"  # punctuation ending a sentence, around an address rather than in it


def _link_run(text: str, begins: int) -> tuple[int, int]:
    """Where the code span around a link GitHub would make at `begins` (`_LINKED`) starts and ends: GitHub neither
    links nor mentions inside a code span, and a reviewer copies the text as typed. It holds the run of address
    characters (`_ADDRESS`) around `begins`, so that no text beside it begins a link of its own (after a span
    `@zhang`, a text `@li`, typed `@zhang@li`, would ping li), less the punctuation around it: `_LEFT_OUT`, an opening
    bracket before it, a closing one after it that it does not open (`(见 https://x.cn/a_(b))`).

    A joiner (U+2060) after the `@` stopped GitHub too, but a reviewer copying an address copied it, and the address
    pasted did not open."""
    start, end = begins, begins
    while start and text[start - 1] in _ADDRESS:
        start -= 1
    while end < len(text) and text[end] in _ADDRESS:
        end += 1
    while start < begins and text[start] in _LEFT_OUT + "([":
        start += 1
    while text[end - 1] in _LEFT_OUT or text[end - 1] in ")]" and _unopened(text[start:end]):
        end -= 1
    return start, end


def _unopened(run: str) -> bool:
    """Whether the bracket ending `run` closes more than it opens."""
    closing = run[-1]
    return run.count("(" if closing == ")" else "[") < run.count(closing)


def _code(text: str) -> str:
    """A file name as a code span: no escapes work inside one, so a backtick (which would end it) is dropped."""
    return f"`{text.replace('`', '')}`"


def _md_value(value: Any) -> str:
    return _md(shown_text(value)) if isinstance(value, str) and value else _md(plain_value(value))


def _md_cells(change: Change, glance: Glance | None = None) -> tuple[str, str]:
    """The 原来 and 现在 cells of a change; an added or removed item's texts cut by `glance` (the diff's, `Glance`),
    which only a table of the whole diff's changes passes."""
    weakened = weakened_mark(change, lambda word: f"<b>{word}</b>") + tightened_mark(change)  # tags, not **: see below
    if change.kind == "moved":
        return move_places(change)
    if change.kind == "reason_changed":
        said = dict(change.details)
        old, new = (_md(f"{named_rule(change, side == OLD_REASON)}，理由：{shown_reason(said.get(side))}")
                    for side in (OLD_REASON, REASON))
        return old, new
    if change.kind in SILENCES:
        return ("", _md(silence_rule(change))) if change.kind == "silenced" else (_md(silence_rule(change)), "")
    if change.kind == "renamed":
        return _md(shown_text(str(change.old))), _md(shown_text(str(change.new))) + unseen(change) + weakened
    if change.kind in ("added", "removed"):
        value = change.new if change.kind == "added" else change.old
        glance = glance or Glance([change])
        shown = item_details(change.details, _md_value, glance) if change.details else _md_value(value)
        shown += amount_moved(change) + "".join(f"<br>{row}" for row in item_rows(change, _md_value, glance, _md))
        # a target deleted is said where it was; one weakened by a part added (a 指标性质 ≤ filled in) where it is
        return ("", shown + weakened) if change.kind == "added" else (shown, weakened)
    parts = changed_words(change)
    if parts:
        # HTML tags, not ~~ and **: CommonMark opens no emphasis between a CJK character and （，。 on
        # its other side, and a Chinese edit nearly always begins or ends at such punctuation.
        old = "".join(_md(t) if op == "=" else f"<del>{_md(t)}</del>" for op, t in parts if op != "+")
        new = "".join(_md(t) if op == "=" else f"<b>{_md(t)}</b>" for op, t in parts if op != "-")
        return old, new + amount_moved(change) + weakened
    old, new = without_common_line_break(change.old, change.new)
    return _md_value(old), _md_value(new) + unseen(change) + amount_moved(change) + weakened


def _group_cells(group: Group, groups: list[Group]) -> tuple[str, str]:
    """The 原来 and 现在 of a whole 一级 or 二级's line: one added or removed said on its side (`整个二级指标，共 4 行（各行见下）`);
    one renamed by its old name and its new, as a row renamed is, the level and its rows kept noted after the new
    (`产出指标 › 时效指标` | `产出指标 › 时效性指标（二级指标改名，其下 4 行内容没有改动）`): its sentence all in 现在
    left 原来 empty beside rows renamed in both."""
    if group.kind == "renamed":
        old, new = renamed_paths(group, groups)
        return old, f"{new}（{group.level}改名，{renamed_rows(group)}）"
    said = f"{group_words(group)}（各行见下）"
    return (said, "") if group.kind == "removed" else ("", said)


def _md_balance(diff: SpecDiff) -> list[str]:
    """Sums that disagree, as a warning, and sums an edit made agree again, as good news (a ⚠️ on those
    read as one more problem); an added file's sums that disagree too, which the comment left out; and that all of
    them agree after amounts changed (`BALANCED`), which a reviewer asks first of money moved."""
    return ([line for mismatch in diff.balance for line in ("", f"> ⚠️ {_md(mismatch.message)}")]
            + [line for restored in diff.restored for line in ("", f"> ✅ {_md(restored.message)}")]
            + (["", f"> ✅ {BALANCED}"] if diff.balanced else []))


def _md_changes(diff: SpecDiff) -> list[str]:
    """A diff's changes as a table, and the totals they moved as another; a spec only reordered, its items moved,
    under a line saying so, unless the file was renamed, whose line said it already (`renamed_line`); items reordered
    beside other changes counted in a line below the table (`reordered_too_line`)."""
    if not diff.changes and not diff.reordered:
        return []
    lines = [f"{REORDERED}。", ""] if diff.reordered and diff.status == "equal" else []
    lines += [f"| {_CHANGE_TITLE} | 位置 | 原来 | 现在 |", "|---|---|---|---|"]
    glance, headed = Glance(diff.changes), []
    for change in together(listed_changes(diff), diff.groups):
        group = member_of(diff.groups, change)
        if group and group not in headed:  # a whole 一级 or 二级 said above its rows, on its side of the table
            headed.append(group)
            cells = _group_cells(group, diff.groups)
            lines.append(f"| {_unbroken(LABELS[group.kind])} | {_md(group.where)} | {_md(cells[0])} | {_md(cells[1])} |")
        if group and change is group.head:
            continue  # a renamed group's own change: its line above
        old, new = _md_cells(change, glance)
        lines.append(f"| {_unbroken(LABELS[change.kind])} | {_md(shown_place(change))} | {old} | {new} |")
    for change in () if diff.changes else diff.reordered:  # beside other changes, counted in a line
        old, new = map(_md, reordered_places(change))
        lines.append(f"| {_unbroken(REORDER_LABEL)} | {_md(shown_place(change))} | {old} | {new} |")
    lines += [line for too in [reordered_too_line(diff)] if too for line in ("", f"{too}。")]
    if shown_totals(diff):
        lines += ["", "**对合计的影响**", "", "| 合计 | 原来 | 现在 | 差额（万元） |", "|---|---|---|---|"]
        for total in shown_totals(diff):
            lines.append(f"| {_md(total.label)} | {_md_value(total.old)} | {_md_value(total.new)} "
                         f"| {_total_delta(total)} |")
    lines += [line for net in shown_net(diff) for line in ("", f"**金额{NET}**：{_md(net.label)} {_md(net_words(net))}")]
    return lines


def _md_weakening(change: Change, alike: Sequence[Change] = ()) -> str:
    """One change that weakens a target, on a line: where (`shown_place`, as the table below shows it, with the titles of
    the columns of its row edited `alike`: `举办活动场次：实施周期指标值、年度指标值`), and old → new with its mark; an
    item added or removed by its kind and mark alone, as its fields are in the table below."""
    titles = (FIELD_TITLE.fullmatch(other.where.split(LABELS_APART)[-1]) for other in alike)
    where = _md(shown_place(change) + "".join(f"、{shown_name(title.group(2)[1:])}" for title in titles if title))
    if change.kind in ("added", "removed"):
        return f"{LABELS[change.kind]} {where}{weakened_mark(change, lambda word: f'<b>{word}</b>')}"
    old, new = _md_cells(change)
    return f"{where} {old} → {new}"


def _md_weakenings(diffs: list[SpecDiff], compared: Compared | None, left_out: Collection[int] = ()) -> list[str]:
    """The changes that weaken a target, listed above the tables: the summary counted them, and the reviewer then
    searched rows of amounts and reworded texts for the bold ones. An added spec's since last year's (`last_year`)
    too, which the summary counts as well: a pull request adding next year's spec lowers them there. No list where
    they are the only rows of the tables, which are then that list already (not counting the specs left out as only
    rolled over, `only_rolled`, whose year is in no table). An added spec's amounts are rows too: its 与上年 section,
    below them, holding one target lowered and nothing else, had that target left out of the list. `left_out`: the ids
    of the specs whose tables a report cut short (`--max-chars`) leaves out; a change in one is said to be in no table
    below, where "见下表" sent the reviewer looking for a table that is not there."""
    parts = [(diff, part, since) for diff in diffs if not only_rolled(diff)
             for part, since in ((diff, ""), (diff.last_year, "（与上年相比）")) if part]
    found = [(id(diff) in left_out, part, since, group) for diff, part, since in parts
             for group in folded(listed_changes(part)) if group[0].weakened]
    if not found or len(found) == sum(len(folded(listed_changes(part))) + len(part.amounts) for _, part, _ in parts):
        return []
    lines = ["", f"**降低要求的改动（{len(found)} 处，下表中加粗标出）**", ""]
    lines += [f"- {_md(part.title or shown_path(part, compared))}{since}：{_md_weakening(group[0], group[1:])}"
              + ("（篇幅所限，下面未列出这个规格）" if cut else "") for cut, part, since, group in found[:_WEAKENINGS_LISTED]]
    more = found[_WEAKENINGS_LISTED:]
    if not more:
        return lines
    cut = sum(1 for gone, *_ in more if gone)
    if not cut:
        return lines + [f"- 另有 {len(more)} 处，见下表"]
    if cut == len(more):
        return lines + [f"- 另有 {len(more)} 处，所在的规格篇幅所限未列出"]
    return lines + [f"- 另有 {len(more)} 处：{len(more) - cut} 处见下表，{cut} 处所在的规格篇幅所限未列出"]


def as_markdown(diffs: list[SpecDiff], problems: Sequence[Problem] = (), compared: Compared | None = None,
                settings: str | None = None, max_chars: int | None = None) -> str:
    """For a pull-request comment, which is all a reviewer sees: it names the unreadable files too, and warns
    of two drafts of different forms, whose columns the forms do not share show as 删除 and 新增. Within `max_chars`
    characters when given (`_within`): a comment over GitHub's limit is refused, and the reviewer saw none at all."""
    # the revisions and files the summary names as typed: `HEAD~2 → HEAD~1` struck through `2 → HEAD`, `@me` pinged
    head = [MARKER, "## 绩效目标表的改动", "", _md(summary_line(diffs, problems, compared, settings))]
    parts = []
    for heading, listed in (("无法比较的文件", unreadable_problems(problems)), ("提醒", warning_problems(problems))):
        if listed:
            # a file's own problem (line 0: a broken link, a submodule) by its name alone, as the log says it
            parts.append(_Part(["", f"**{heading}**", ""] + [f"- {_code(place(p))} {_md(p.message)}" for p in listed],
                               f"“{heading}”"))
    weakenings = _md_weakenings(diffs, compared)
    if weakenings:
        parts.append(_Part(weakenings, "“降低要求的改动”的列表",
                           relist=lambda left_out: _md_weakenings(diffs, compared, left_out)))
    for diff in diffs:
        section = _md_section(diff, diffs, compared)
        if section:
            parts.append(_Part(section, spec=shown_path(diff, compared), diff=diff))
    return "\n".join(head + [line for part in _within(head, parts, max_chars) for line in part.lines])


@dataclass(frozen=True)
class _Part:
    """A part of the markdown report that is kept whole or left out when it must be shortened: a spec's section (`spec`
    its path, `diff` its comparison), or a list above them (`named` as the note of what was left out says it; `relist`,
    the list of weakened targets, its lines when the specs of those ids are left out)."""

    lines: list[str]
    named: str = ""
    spec: str | None = None
    diff: SpecDiff | None = None
    relist: Callable[[Collection[int]], list[str]] | None = None


def _within(head: list[str], parts: list[_Part], max_chars: int | None) -> list[_Part]:
    """`parts` as many as fit after `head` within `max_chars` characters, in order, then a note of how many specs'
    changes were left out, from which: a table cut in half is no table, and a reader told nothing would take the rest
    for unchanged. Characters are code points, as GitHub's refusal counts them ("maximum is 65536 characters"; it was
    also measured to take 262,144 bytes of UTF-8, which as many code points never exceed). The head is kept whatever
    its length: the summary says what the whole comparison found. A part kept that says where the others are
    (`relist`) is said again for what was left out, in its new length."""
    size = _length(head) - 1
    sizes = [_length(part.lines) for part in parts]
    if max_chars is None or not parts or size + sum(sizes) <= max_chars:  # none: the head alone, kept
        return parts
    before = list(accumulate(sizes, initial=size))  # before[kept]: the head and the parts before that one
    relisted = [at for at, part in enumerate(parts) if part.relist]
    for kept in range(len(parts) - 1, -1, -1):
        if kept and before[kept] > max_chars:  # too long whatever the note says; the parts relisted only grow
            continue
        shown = parts[:kept] + [_Part(_cut_note(parts[kept:], max_chars))]
        left_out = {id(part.diff) for part in parts[kept:] if part.diff}
        for at in (at for at in relisted if at < kept):
            shown[at] = _Part(parts[at].relist(left_out))
        grown = sum(_length(shown[at].lines) - sizes[at] for at in relisted if at < kept)
        if before[kept] + grown + _length(shown[-1].lines) <= max_chars:
            break
    return shown


def _length(lines: list[str]) -> int:
    """The characters of `lines` and a line break after each: as they add up in the report joined by line breaks."""
    return sum(len(line) + 1 for line in lines)


def _cut_note(left: list[_Part], max_chars: int) -> list[str]:
    """The line saying what `left` held: `另有 12 个规格（从 `specs/x.yaml` 起）的改动…未列出`. In plain words, no ✂️: a
    unit's reviewer reads it in a government office's comment, and the words say it all without a symbol to guess."""
    specs = [part.spec for part in left if part.spec is not None]
    said = "、".join(part.named for part in left if part.spec is None)
    if specs:
        said += ("和" if said else "") + f" {len(specs)} 个规格（从 {_code(specs[0])} 起）的改动"
    return ["", f"> 篇幅所限（至多 {max_chars} 个字符），另有{said}未列出。"]


def _md_section(diff: SpecDiff, diffs: list[SpecDiff], compared: Compared | None) -> list[str]:
    """A spec's heading and its changes, or none for a spec unchanged or only rolled over to the next year
    (`only_rolled`, counted in the summary alone)."""
    if diff.status == "equal" and not diff.reordered or only_rolled(diff):
        return []
    file = shown_path(diff, compared)
    # a spec with no title (a deleted draft that could not be read) is headed by its path alone, not by it twice
    lines = ["", f"### {_md(diff.title)}（{_code(file)}）" if diff.title else f"### {_code(file)}", ""]
    if diff.status in STATUS:
        lines.append(f"{_md(status_line(diff))}。")
        if diff.amounts:
            lines += ["", "| 金额 | 万元 |", "|---|---|"]
            lines += [f"| {_md(label)} | {_md_value(amount)} |" for label, amount in diff.amounts]
        lines += _md_balance(diff)
        if diff.last_year:
            lines += ["", f"**{since_heading(diff.last_year, compared, _code)}**"]
            lines += [] if only_rolled(diff.last_year) else ["", *_md_changes(diff.last_year)]
        return lines + _md_unrolled(diff)
    if told_renamed(diff):
        lines.append(renamed_line(diff, _code) + "。")
        if diff.status == "renamed" and not diff.reordered:
            return lines
        lines.append("")
    lines += _md_changes(diff)
    moved = years_moved_line(diff, diffs)
    lines += ["", f"{moved}。"] if moved else []
    return lines + _md_balance(diff) + _md_unrolled(diff)


def _md_unrolled(diff: SpecDiff) -> list[str]:
    """The note of texts still of the old year (`unrolled_note`) as a quoted warning, if any."""
    unrolled = unrolled_note(diff)
    return ["", f"> ⚠️ {_md(unrolled)}"] if unrolled else []
