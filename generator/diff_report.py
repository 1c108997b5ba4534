"""Reporters for `jixiao diff`: text for a terminal here, markdown for a pull-request comment (diff_markdown), json
(diff_json), and how all three show a change.

Values are shown as a reviewer reads them: text in “quotes”, amounts with their difference in 万元,
and long text as the changed words only (`…前文【删：旧】【增：新】后文…`), not two whole paragraphs.
In json, amounts and differences are strings ("80.56", "2.00"), so their typed precision survives; a
total that includes an amount that is not a number is "（含非数字金额，未计算）", and its difference null.
A moved indicator's old and new are its rows among the list's rows on the printed table; other moved items', places in the list.
An edit that makes an indicator's target easier to meet says so after the new value (`（目标降低）`; a target
deleted, in markdown where the new value would be: `（目标删除）`; a project deleted with such targets, how many:
`（目标删除：含 9 项可核查的指标）`; a task deleted, or a goal text cleared or cut, with targets stated in its texts,
how many and which: `含 2 处文字中写明的目标：“…”、“…”`), and in json as `weakened` (and those counts as
`deleted_targets` and `deleted_text_targets`, the clauses as `deleted_text_clauses`), keys only such changes have; the summary counts them under their kind of change (修改 or 删除), a project as one, and each change
under one word only (`_mark`); markdown also lists them under the summary (`_md_weakenings`). An added or removed item's
list items (a project's indicators), which text and markdown list one a line, are in json its `rows` (a key
only added and removed changes have): each {"place": [labels], "fields": {title: value}}, or {"place": [...],
"value": text} for a line of text; amounts in them, in `details` and in an added or removed file's `amounts`
are strings however typed ("30", "30.50").
Places and a renamed item's labels show invisible and control characters as ▯ in text and markdown (`shown_name`, as
validate and lint name rows): a U+202E in a row's name flipped the rest of the line in a terminal or a CI log. Labels
(a place's too: `shown_place`) and values, which a reader compares side by side, also show blanks at either end as ▯
(`shown_text`), and two that differ only so are said to: `“开展会议场次” → “开展会议场次 ”` read as no change. The json
report keeps them as typed, with invisible characters and full-width and no-break spaces written as escapes (`\u3000`).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import click

from .cells import paragraphs
from .diff_counts import counted, folded, moves_money
from .diff_files import named_by_year
from .diff_groups import LEVEL1, LEVEL2, member_of, together
from .diff_names import unpunctuated
from .diff_types import (KINDS, NOT_COMPUTED, OLD_REASON, PLACES_ONLY, REASON, REWRITTEN, RULE, Change, Group, Net,
                         SpecDiff, Total)
from .diff_words import TOKENS, segments
from .problems import Problem, Severity, clipped
from .revisions import Compared
from .rules.budget_sum import to_the_cent
from .rules.text_invisible import shown_name, shown_text, unseen_only
from .schema_words import EMPTY_TEXT
from .weakening import DELETED_TARGET, FLIPPED, TIGHTENED_WORDS, UNMEASURABLE, WORDS, strongest_word

LABELS = {"changed": "修改", "added": "新增", "removed": "删除", "moved": "移动", "renamed": "改名",
          "silenced": "新增屏蔽", "unsilenced": "取消屏蔽", "reason_changed": "修改屏蔽理由"}
SILENCES = ("silenced", "unsilenced", "reason_changed")  # the changes of `# jixiao: disable=` comments
NO_REASON = "（未写）"  # a silence's reason where none was written (`disable=D6`), beside one that was
REORDER_LABEL = "顺序"
"""The label of an item put elsewhere in its list, in text and markdown alike (markdown said 调整顺序, text 顺序)."""
COLOURS = {"changed": "yellow", "added": "green", "removed": "red", "moved": "cyan", "renamed": "magenta",
           "silenced": "red", "unsilenced": "blue", "reason_changed": "yellow"}
RELOCATED = {"added": "由另一张表移来", "removed": "移到另一张表"}
"""The summary's words for the rows added or removed that moved between tables (`Change.relocated`), each listed with
its own note where it went or came from: `新增 15 处` for a project merged into another read as fifteen new targets."""
STATUS = {"added": "新增的规格文件", "removed": "删除的规格文件"}
WAS_BROKEN = "改正后的规格文件"
"""An added spec whose old draft could not be read (`SpecDiff.was_broken`): a fix, which 新增的规格文件 hid."""
WAS_BROKEN_WHY = "原稿有错误，无法比较"
DELETED_BROKEN = "原稿有错误，只列出文件名"
"""Said of a removed spec that could not be read (`SpecDiff.was_broken`): no contents nor amounts to list."""
WEAKER = "降低要求"  # the summary's one count of changes that lower targets in more than one way
STRICTER = "提高要求"  # and of those that raise them
GONE = (DELETED_TARGET, UNMEASURABLE)
"""The weakenings that leave no target to check, which the summary names even where it counts the others as one."""
RETYPED = "只改了写法"  # what the summary counts targets and amounts only typed anew as
REORDERED = "只调整了顺序，生成的表不变"  # a spec whose lists were only put in another order the form does not print
BALANCED = "金额改动后，表上的各项合计仍都相符"  # said of a spec whose amounts changed and whose sums all hold (`balanced`)
_LONG = 40  # longer texts are shown as the changed words with some context
_CLAUSES_QUOTED = 3  # the targets a deleted text stated that its mark quotes; more are in its count alone, and 等
_CLAUSE_WIDTH = 20  # a quoted target's characters, as a problem quotes a value
_UNROLLED_NAMED = 5  # texts still of the old year the note names; more are in its count alone, and 等
_YEARS_MOVED_NAMED = 3  # files the summary names beside its count of texts whose years only moved on; more, counted


def move_places(change: Change) -> tuple[str, str]:
    """Where a moved item was and is: an indicator by its row among the list's rows on the printed table
    (`绩效指标第 3 行`: "表上第 3 行" sent a reader to the Word table's third row, a heading), other items
    by their place in the spec's list (printed in that order)."""
    if change.rows_of:
        return f"{change.rows_of}第 {change.old} 行", f"第 {change.new} 行"
    return f"第 {change.old} 项", f"第 {change.new} 项"


def named_rule(change: Change, old: bool = False) -> str:
    """A silenced rule as `C3（成本上限超过预算）`: the id alone would send the reviewer to `lint --rules`. Its code as
    the new side writes it, or the old (`old`, and for a silence taken away): a reason edited may be written beside
    the code's twin (`SPEC-NAME-TAKEN` then, `BUILD-NAME-TAKEN` now), each what its file holds."""
    title = dict(change.details).get(RULE)
    return (change.old if old or change.kind == "unsilenced" else change.new) + (f"（{title}）" if title else "")


def silence_rule(change: Change) -> str:
    """A silence's rule (`named_rule`) and the reason written after it, `D6（目标定得过低），理由：任务调整`, which the
    reviewer is asked to accept; a reason edited alone as both, `理由：任务调整 → 经费压减`: the silence is weighed anew."""
    said = dict(change.details)
    if change.kind == "reason_changed":
        return f"{named_rule(change)}，理由：{shown_reason(said.get(OLD_REASON))} → {shown_reason(said.get(REASON))}"
    return named_rule(change) + (f"，理由：{shown_text(said[REASON])}" if REASON in said else "")


def shown_reason(reason: str | None) -> str:
    """A silence's reason as shown beside another, NO_REASON for none (`disable=D6` given a reason since)."""
    return shown_text(reason) if reason else NO_REASON


def changed_words(change: Change) -> list[tuple[str, str]] | None:
    """The runs a change is shown as (`segments`), or None where it is shown as old → new. A long text, or one of
    several lines, that keeps some of its words is shown as its changed words; one replaced whole (another 二级
    chosen) as old → new, as a short one is: all of it marked deleted and inserted says the same at twice the length.
    The runs are worked out once, for the choice and the display both: for 8000 characters they take seconds."""
    if not (isinstance(change.old, str) and isinstance(change.new, str)
            and (max(len(change.old), len(change.new)) > _LONG or "\n" in change.old + change.new)):
        return None
    runs = segments(change.old, change.new)
    return runs if any(op == "=" for op, _ in runs) else None


def without_common_line_break(old: Any, new: Any) -> tuple[Any, Any]:
    """Two texts shown as old → new without the line breaks both end in: every `|` block ends in one, and a block
    replaced whole read `“…↵” → “…↵”` (`<br>` in markdown), a mark on each side that is no part of the change. A line
    break only one side ends in stays: it is a difference, if one the form does not print."""
    while isinstance(old, str) and isinstance(new, str) and old.endswith("\n") and new.endswith("\n"):
        old, new = old[:-1], new[:-1]
    return old, new


def weakened_mark(change: Change, word=str) -> str:
    """`（目标降低）` after an edit that makes an indicator's target easier to meet: the one a reviewer must not miss;
    for a project or task deleted, how many targets leave with it (`（目标删除：含 7 项可核查的指标）`). `word`
    styles the word itself."""
    if not change.weakened:
        return ""
    return f"（{word(change.weakened)}{_deleted_targets(change)}）"


def tightened_mark(change: Change) -> str:
    """`（目标提高）`, `（成本上限降低）`… after an edit that asks more of a target (`weakening.tightening`): good news a reviewer sees at a
    glance, not set apart as a weakened one is (no bold, not in markdown's list of weakened targets)."""
    return f"（{change.tightened}）" if change.tightened else ""


def _deleted_targets(change: Change) -> str:
    """`：含 9 项可核查的指标、3 处文字中写明的目标`: what leaves the form with an item deleted, the targets its texts
    state counted apart, as they are no indicator rows."""
    counts = [f"{count} {what}" for count, what in ((change.deleted_targets, "项可核查的指标"),
                                                   (len(change.deleted_text_targets), "处文字中写明的目标")) if count]
    return f"：含 {'、'.join(counts)}{_quoted_clauses(change.deleted_text_targets)}" if counts else ""


def _quoted_clauses(clauses: list[str]) -> str:
    """`：“全年不少于30次教育学习活动”` after the count of targets a text stated: the text shown is cut at `_LONG`
    characters, which hid the clauses counted; each is quoted short, the first few of many."""
    if not clauses:
        return ""
    shown = "、".join(f"“{clipped(clause, _CLAUSE_WIDTH)}”" for clause in clauses[:_CLAUSES_QUOTED])
    return f"：{shown}{'等' if len(clauses) > _CLAUSES_QUOTED else ''}"


def signed_wan(delta: Decimal) -> str:
    """A difference in 万元 with its sign, written as the sum messages write theirs (`budget_sum.to_the_cent`)."""
    return f"{'+' if delta >= 0 else '−'}{to_the_cent(abs(delta))}"


def shown_totals(diff: SpecDiff) -> list[Total]:
    """The totals text and markdown list: not a sum whose old and new are those of an amount it is checked with
    (`Total.checked_with`) listed as changed (基本支出 + 项目支出 beside 财政拨款's own change, their identity holding),
    which repeats that change's figures: one 2万元 added to a project read `+2.00 万元` seven times, as if more money had
    moved. An amount elsewhere that moved alike by chance says nothing of this sum. json keeps them all."""
    listed = {change.path: (change.old, change.new) for change in diff.changes
              if change.kind == "changed" and change.delta is not None}
    return [total for total in diff.totals
            if not (isinstance(total.old, Decimal) and isinstance(total.new, Decimal)
                    and any(listed.get(path) == (total.old, total.new) for path in total.checked_with))]


NET = "净变动"
"""The line of a list's own amounts' net change (`SpecDiff.net`), in text and markdown alike."""


def shown_net(diff: SpecDiff) -> list[Net]:
    """The net changes text and markdown list: of two amounts moved or more; one's is its own difference, listed
    already. json keeps them all."""
    return [net for net in diff.net if net.moved > 1]


def net_words(net: Net) -> str:
    """`−37.00 万元（3 处相加，表上没有这一合计）`: the net change, of how many amounts, and why it is said here.
    One not a number says so in the one parenthesis (two side by side read as two remarks, 相加 as a sum done); a
    net of nought, money moved between the items, has no sign: `+0.00` read as a sum that moved."""
    if net.delta is NOT_COMPUTED:
        return f"未计算（{net.moved} 处中有不是数字的金额，表上没有这一合计）"
    if not net.delta:
        return f"{to_the_cent(net.delta)} 万元（{net.moved} 处相加，增减相抵，表上没有这一合计）"
    return f"{signed_wan(net.delta)} 万元（{net.moved} 处相加，表上没有这一合计）"


def amount_moved(change: Change) -> str:
    """The difference in 万元; none between a blank and a zero, and words for 49.41 → 49.410: "+0.00"
    would read as a sum that moved; for a value that is not a number, why there is none. None after an added or
    removed item's fields (a task's), which list its amount: after the last field, `填报日期：…（−38.87 万元）`
    read as that field's difference; json has it (`delta`)."""
    if change.note:
        return f"（{change.note}）"
    if change.delta is None or (change.delta == 0 and None in (change.old, change.new)) or change.details:
        return ""
    return f"（{signed_wan(change.delta)} 万元）"


def plain_value(value: Any) -> str:
    """A value as both reports show it; a blank and an empty text are named, as they print nothing, each in validate's
    word for it (`describe`: 空的, 空文本): 空文字 here and 空文本 there read as two things."""
    if value is None:
        return "（空）"
    if value == "":
        return f"（{EMPTY_TEXT}）"
    if isinstance(value, dict):
        return f"（{len(value)} 个字段）"
    if isinstance(value, list):
        return f"（{len(value)} 项）"
    if isinstance(value, str):
        return f"“{shown_text(value)}”"
    if isinstance(value, bool):  # as the spec writes it, not Python's True
        return str(value).lower()
    return str(value)


def _printed(text: str) -> str:
    """A text as the form prints it: not the line break a `|` block ends with."""
    return "\n".join(paragraphs(text))


class Glance:
    """The texts of the items added or removed in one spec's diff (`SpecDiff.changes`), each cut to a glance (the json
    report has them whole): at `_LONG` characters, or, where another item's text of the same field begins alike, at
    the first word (a number whole, as `segments` reads them) that tells it apart. Two tasks deleted whose contents
    share their first 40 characters read as one task deleted twice. A field is not set against another (a project's
    绩效目标 typed as the start of its 资金用途 is cut at 40 as ever)."""

    def __init__(self, changes: Sequence[Change] = ()):
        self.texts: dict[str, set[str]] = {}  # by field title
        for change in (change for change in changes if change.kind in ("added", "removed")):
            for title, value in [*change.details, *(field for _, fields in change.rows for field in fields)]:
                self.texts.setdefault(title, set()).update(map(_printed, _texts(value)))

    def cut(self, text: str, title: str) -> str:
        """`text`, of the field `title`, cut to a glance."""
        if len(text) <= _LONG:
            return text
        others = self.texts.get(title, set()) - {text}
        head = text[:_LONG]
        if any(other.startswith(head) for other in others):
            head = ""
            for word in TOKENS.findall(text):
                head += word
                if len(head) >= _LONG and not any(other.startswith(head) for other in others):
                    break
        return text if head == text else head + "…"


def _texts(value: Any):
    """Every text in a field of an added or removed item (a group of fields' at any depth)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for part in value.values():
            yield from _texts(part)


def _shown(value: Any, show, cut) -> str:
    """A value of an added or removed item: a text as the form prints it (`_printed`), cut to a glance (`cut`:
    `Glance.cut` for its field); a group by its filled-in fields (`预算数 30.50，其中：财政资金 30.50`), a list by its
    count."""
    if isinstance(value, list):
        return f"{len(value)} 项"
    if isinstance(value, dict):
        return "，".join(f"{name} {_shown(part, show, cut)}" for name, part in value.items()
                        if part is not None) or show(None)
    if isinstance(value, str):
        return show(cut(_printed(value)))
    return show(value)


def item_details(details: list[tuple[str, Any]], show, glance: Glance) -> str:
    """An added or removed item's fields as `名称：值` (a line of text, which has no field name, as its value). A value
    shown unquoted (markdown) loses a final 。 or ； before the ； that follows it: `参访交流。；拟投入…` read doubled."""
    parts = [(f"{unpunctuated(name)}：" if name else "") + _shown(value, show, lambda text: glance.cut(text, name))
             for name, value in details]
    return "；".join([part.rstrip("。；;") for part in parts[:-1]] + parts[-1:])


def item_rows(change: Change, show, glance: Glance, name=str) -> list[str]:
    """An added or removed item's list items, one a line: `· 绩效指标 › 数量指标 › 举办活动次数：指标值：“3次”`. A label
    is shown without its final punctuation, as a place shows it: a row named `执行时限。` read `执行时限。：指标值`.
    The json report keeps the labels as typed. A row noted (`Change.row_notes`: moved to another project) says so
    after it."""
    return [f"· {name(shown_name(' › '.join(map(unpunctuated, place))))}：{item_details(fields, show, glance)}"
            + (f"（{name(change.row_notes[index])}）" if index in change.row_notes else "")
            for index, (place, fields) in enumerate(change.rows)]


def status_line(diff: SpecDiff) -> str:
    """`新增的规格文件：年度重点工作任务 5 项，绩效指标 12 项`: what the file holds, briefly; a spec fixed in the change
    says so (`WAS_BROKEN`), a reviewer reading the file's own heading took 新增 for a new file, and so does a broken
    file deleted (`DELETED_BROKEN`), which holds nothing to list."""
    contents = "，".join(f"{title} {count} 项" for title, count in diff.contents)
    label = STATUS[diff.status]
    if diff.was_broken:
        label = f"{WAS_BROKEN}（{WAS_BROKEN_WHY}，只列出新稿概况）" if diff.status == "added" else f"{label}（{DELETED_BROKEN}）"
    return label + (f"：{contents}" if contents else "")


def since_heading(last_year: SpecDiff, compared: Compared | None, name) -> str:
    """`与上年 specs/某单位-2023.yaml 相比（年度 2023 → 2024）`: the heading of an added spec's year-on-year changes
    (`diff_last_year`), the file named as the report names files (`name`), so the reviewer knows which spec the edits
    are counted from, and the two years said once (`SpecDiff.by_year`), not as the section's first change. A new
    year's spec that only rolled over (`only_rolled`) says so, `，只顺延了年度`, and lists nothing under it: its targets
    are still last year's, which is what the reviewer has to know of it."""
    years = "年度 {} → {}".format(*last_year.by_year) + _years_moved(last_year.years_moved, "，")
    path = name(shown_path(last_year, compared))
    return f"与上年 {path} 相比，只顺延了年度（{years}）" if only_rolled(last_year) else f"与上年 {path} 相比（{years}）"


def _years_moved(count: int, before: str, after: str = "") -> str:
    """`另有 5 处只是年份顺延，未列出`: the changes of next year's spec left out as the year moved on by itself
    (`SpecDiff.years_moved`), counted so that none vanishes silently."""
    return f"{before}另有 {count} 处只是年份顺延，未列出{after}" if count else ""


def _years_moved_in(diffs: list[SpecDiff], compared: Compared | None) -> str:
    """The summary's `；另有 5 处只是年份顺延，未列出`, with those of the 与上年 sections (whose headings say theirs: the
    summary alone said nothing was left out); among several specs, in which files (`（specs/a.yaml 3 处、specs/b.yaml
    2 处）`, a spec with a 与上年 section by its own file), so that a reviewer can tell which pair hid them. Of more
    files than `_YEARS_MOVED_NAMED`, how many and how many of them only rolled over (`only_rolled`), each listed spec
    saying its own (`years_moved_line`): two year folders of fifty units put fifty paths on the summary's one line."""
    moved = [d for d in diffs if _years_moved_count(d)]
    where = ""
    if _years_moved_counted(diffs):
        rolled = sum(map(only_rolled, moved))
        where = f"{len(moved)} 个规格文件" + ("，都只顺延了年度" if rolled == len(moved)
                                             else f"，其中 {rolled} 个只顺延了年度" if rolled else "")
    elif len(diffs) > 1 and moved:
        where = "、".join(shown_path(d, compared) + (f" {_years_moved_count(d)} 处" if len(moved) > 1 else "")
                         for d in moved)
    return _years_moved(sum(map(_years_moved_count, moved)), "；", f"（{where}）" if where else "")


def _years_moved_count(diff: SpecDiff) -> int:
    """The texts of a spec, and of its 与上年 section, left out as their years only moved on with the year."""
    return diff.years_moved + (diff.last_year.years_moved if diff.last_year else 0)


def _years_moved_counted(diffs: list[SpecDiff]) -> bool:
    """Whether more files of `diffs` had texts whose years moved on than the summary names (`_YEARS_MOVED_NAMED`), so
    that it counts them and each listed spec says its own (`years_moved_line`)."""
    return sum(1 for d in diffs if _years_moved_count(d)) > _YEARS_MOVED_NAMED


def years_moved_line(diff: SpecDiff, diffs: list[SpecDiff]) -> str | None:
    """`另有 3 处只是年份顺延，未列出` under a listed spec whose texts' years moved on, when the summary, among `diffs`,
    does not name the files (`_years_moved_counted`): otherwise the reviewer could not tell which pair hid them."""
    return _years_moved(diff.years_moved, "") if diff.years_moved and _years_moved_counted(diffs) else None


def reordered_too_line(diff: SpecDiff) -> str | None:
    """`另有 2 项指标只调整了在规格中的顺序，在表上的位置不变` under a spec with other changes whose indicators were also
    put in another order the form does not print: a reviewer shown the git diff's moved lines finds them named, in
    one line rather than a line each among the edits to read. Not `REORDERED`'s 生成的表不变: the other changes do
    change the form. A spec only reordered lists each item (`reordered_places`) instead."""
    if not (diff.changes and diff.reordered):
        return None
    return f"另有 {len(diff.reordered)} 项指标只调整了在规格中的顺序，在表上的位置不变"


def unrolled_note(diff: SpecDiff) -> str | None:
    """Next year's spec with texts still of the old year (`SpecDiff.unrolled`; an added spec's, of its 与上年 section):
    the year's row alone read as a spec made over for the new year, while its texts still plan the old one. One that
    `new --from` made is not told to be made by it again: the old year was typed in after."""
    unrolled = diff.unrolled or (diff.last_year.unrolled if diff.last_year else None)
    if unrolled is None:
        return None
    places = [where for where, _ in unrolled.places]
    named = "、".join(places[:_UNROLLED_NAMED]) + ("等" if len(places) > _UNROLLED_NAMED else "")
    said = f"文字中仍写着 {unrolled.old_year} 年的有 {len(places)} 处：{named}；"
    if unrolled.rolled_over:  # new --from moved its years: these were typed in after, and running it again is no help
        return said + f"这是由 jixiao new --from 生成的 {unrolled.new_year} 年度规格，请核对并改为 {unrolled.new_year} 年"
    return said + f"如已改为 {unrolled.new_year} 年度的规格，请一并改写，或用 jixiao new --from 生成"


def renamed_line(diff: SpecDiff, name) -> str:
    """`改名：旧 → 新` for a renamed spec file, saying so when that is all that changed."""
    old, new = (name(key) for key in diff.renamed)
    if diff.status != "renamed":
        return f"改名：{old} → {new}"
    return f"改名：{old} → {new}" + (f"（{REORDERED}）" if diff.reordered else "（内容没有改动）")


LABELS_APART = " › "


def shown_place(change: Change) -> str:
    """Where a change is, as text and markdown show it: each label as a renamed item's is shown (`shown_text`: its
    blanks at either end as ▯), and a field's item name before its `：`. A name typed `档案整理完成率 ` beside one
    without the space is shown as typed (`ShortNames`), and its 移动 line showed the space as nothing, where its 改名
    line marked it."""
    labels = change.where.split(LABELS_APART)
    field = None if change.path.endswith("]") else FIELD_TITLE.fullmatch(labels[-1])
    labels[-1], title = field.groups() if field else (labels[-1], "")
    return LABELS_APART.join(map(shown_text, labels)) + shown_name(title)


FIELD_TITLE = re.compile(r"(.+)(：[^：]+)")
"""A field's place after its item's name (`档案整理完成率：年度指标值`): the name, and `：` with the field's title."""


def reordered_places(change: Change) -> tuple[str, str]:
    """Where an item only reordered was and is in the spec's list (`规格中第 4 项`): not a row of the printed table,
    which is the same on both sides."""
    return f"规格中第 {change.old} 项", f"第 {change.new} 项"


def listed_changes(diff: SpecDiff) -> list[Change]:
    """The changes text and markdown list and count: not the year's own (`年度 2026 → 2027`) of a file paired across
    two year folders by that year (`SpecDiff.by_year`), which the summary says once (`按年度对照：2026 → 2027`) and
    every pair repeated; kept where it is all that changed, the spec's only line, though such a spec is not listed
    (`only_rolled`). json lists it as ever."""
    rest = [change for change in diff.changes if not _year_paired_by(change, diff)]
    return rest or diff.changes


def _year_paired_by(change: Change, diff: SpecDiff) -> bool:
    """Whether a change is the year a spec was paired across two year folders by (`SpecDiff.by_year`), moved on. Folders
    given the wrong way round (`diff 2027/ 2026/`) pair by year all the same, but a year moved back is what a reviewer
    has to see on each spec: left out, such a spec with other edits hid it, and one with none counted as `只顺延了年度`."""
    return (diff.by_year is not None and change.path == "year" and (change.old, change.new) == diff.by_year
            and diff.by_year[0] < diff.by_year[1])


def only_rolled(diff: SpecDiff) -> bool:
    """Whether a spec paired across two year folders by its year (`SpecDiff.by_year`) changed only as next year's
    spec does by itself: its year, and texts whose years moved with it (`years_moved`). Each printed its one line
    `修改  年度  2026 → 2027`: fifty units rolled over read as fifty lines the reviewer went through for the two
    edited. Text and markdown leave such specs out and the summary counts them (`另有 47 个只顺延了年度`); not one
    with anything else to say (its texts still of the old year, a file renamed otherwise, its items reordered, its year
    moved back: `_year_paired_by`)."""
    return (diff.by_year is not None and all(_year_paired_by(change, diff) for change in diff.changes)
            and not (diff.reordered and not diff.changes or told_renamed(diff) or diff.balance or diff.restored
                     or unrolled_note(diff)))


def _weakenings(diffs: list[SpecDiff], kind: str) -> str:
    """`其中目标降低 1 处` after the count of changes of a kind (a target deleted is counted among 删除), the
    floors turned into caps and back (`比较方向改变 1 处`), and the targets and amounts only typed anew (`只改了写法
    1 处`), and the rows moved between tables (`由另一张表移来 3 处`, `RELOCATED`): the summary is what a reviewer reads
    first. Each change is counted once, under its strongest mark (`_mark`),
    so the counts are parts of the kind's: a flip that lowered a target, counted under both, read `修改 5 处（其中
    目标降低 2 处，比较方向改变 4 处）` as six of five. Each direction is one count (`_direction`)."""
    counts = Counter(mark for d in diffs for c in counted(listed_changes(d)) if c.kind == kind for mark in [_mark(c)] if mark)
    parts = [_direction(counts, WORDS, WEAKER), _direction(counts, TIGHTENED_WORDS, STRICTER)]
    parts += [f"{word} {counts[word]} 处" for word in (FLIPPED, RETYPED) if counts[word]]
    relocated = sum(c.kind == kind and bool(c.relocated) for d in diffs for c in counted(listed_changes(d)))
    parts += [f"{RELOCATED[kind]} {relocated} 处"] if relocated else []
    return f"其中{'，'.join(part for part in parts if part)}" if any(parts) else ""


def _alike_columns(diffs: list[SpecDiff], kind: str) -> str:
    """`列出 5 行，同一行几栏改得一样的算作一处` after the count of changes of a kind, when some were counted once for
    several of the lines listed (`diff_counts.folded`: 实施周期指标值 and 年度指标值 edited alike): a reviewer who
    counted the lines of `修改 3 处` found 5, and no word on why. Empty where each line is counted."""
    groups = [group for diff in diffs for group in folded(listed_changes(diff)) if group[0].kind == kind]
    lines = sum(map(len, groups))
    return f"列出 {lines} 行，同一行几栏改得一样的算作一处" if lines > len(groups) else ""


def _direction(counts: Counter[str], words: tuple[str, ...], whole: str) -> str:
    """`目标降低 2 处` where the changes that lower targets are of one kind, else their number under one word (`降低要求
    5 处`): a year's edits of every kind read `修改 30 处（其中目标不可衡量 1 处，由数值改为定性描述 1 处，目标降低 2
    处，目标放宽 2 处，成本上限提高 1 处，目标提高 6 处，目标收紧 3 处，成本上限降低 1 处，时限提前 1 处）`, nine
    counts to add up before the money; each change's own word is on its line, and markdown lists the lowered ones
    first. A target no longer checkable (`GONE`: blanked, or turned into words) is named among the others all the
    same (`降低要求 7 处，含目标删除 1 处`): the one count hid that a commitment left the form, which a reviewer skimming
    the summary must not miss. Empty where none."""
    said = [word for word in words if counts[word]]
    if len(said) > 1:
        gone = "、".join(f"{word} {counts[word]} 处" for word in said if word in GONE)
        return f"{whole} {sum(counts[word] for word in said)} 处" + (f"，含{gone}" if gone else "")
    return f"{said[0]} {counts[said[0]]} 处" if said else ""


def _mark(change: Change) -> str | None:
    """The one word the summary counts a change under: how it weakens a target (its line says any flip beside it),
    else how it raises a target (`目标提高`, `成本上限降低`…, never among the weakened), else a comparator flipped,
    else a value only typed anew; None for any other change."""
    if change.weakened:
        return strongest_word(change.weakened)  # `目标放宽，目标降低` under 目标降低, as one change
    if change.tightened:
        return strongest_word(change.tightened)  # `目标提高，时限提前` under 目标提高
    if change.note and change.note.startswith(FLIPPED):
        return FLIPPED
    return RETYPED if change.note in (REWRITTEN, PLACES_ONLY) else None


def _kinds(diffs: list[SpecDiff]) -> list[str]:
    """`修改 3 处（其中目标降低 1 处；列出 5 行，同一行几栏改得一样的算作一处）`, one for each kind of change the diffs
    hold."""
    counts = Counter(c.kind for d in diffs for c in counted(listed_changes(d)))
    said = []
    for kind in (k for k in KINDS if counts[k]):
        notes = [note for note in (_weakenings(diffs, kind), _groups_note(diffs, kind), _alike_columns(diffs, kind))
                 if note]
        said.append(f"{LABELS[kind]} {counts[kind]} 处" + (f"（{'；'.join(notes)}）" if notes else ""))
    return said


def _money(diffs: list[SpecDiff]) -> str:
    """`，其中 3 处金额变动` after the counts of changes: the amounts that moved and the items added or removed with
    theirs (`moves_money`), among the changes counted, which a reviewer of a budget asks of first; the summary counted
    targets lowered and said nothing of money. When every change counted moves money it says so (`，均为金额变动`):
    `修改 1 处，其中 1 处金额变动` read as a part of a whole that was all of it. After counts of several kinds the
    whole is counted first (`，共 6 处，其中 2 处金额变动`): `新增 1 处，删除 2 处，修改 3 处，其中 2 处金额变动` left
    the reader asking whether the 2 were of the 修改 alone."""
    changes = [change for diff in diffs for change in counted(listed_changes(diff))]
    count = sum(map(moves_money, changes))
    kinds = {change.kind for change in changes}
    whole = f"，共 {len(changes)} 处" if count and len(kinds) > 1 else ""
    if count and count == len(changes):
        return whole + ("，均为金额变动" if count > 1 else "，为金额变动")
    return whole + (f"，其中 {count} 处金额变动" if count else "")


def shown_path(diff: SpecDiff, compared: Compared | None) -> str:
    """The spec's path as a working-tree diff shows it, not git's `HEAD~1:specs/x.yaml`."""
    return compared.file(diff.path) if compared else diff.path


def summary_line(diffs: list[SpecDiff], problems: Sequence[Problem], compared: Compared | None = None,
            settings: str | None = None) -> str:
    """The summary line; files that could not be read are counted, so "没有改动" never hides them, and so
    are sums that stopped agreeing: "修改 1 处" alone hid that the one edit broke the form's arithmetic. A
    file whose text changed with its content (fmt, a comment) is named as such: "没有改动" under a `git diff`
    of many lines read as a diff that missed them. Two revisions compared are named here, once: the
    specs' headings show their paths only, and so is the settings file the comparison followed (jixiao.yaml: its
    graded terms say what a measurable target is, its folders which forms). Nothing compared is said so: "比较了
    0 个规格，没有改动" read as two drafts found equal."""
    files = Counter(d.status for d in diffs if not (d.was_broken and d.status == "added"))
    fixed = sum(d.was_broken and d.status == "added" for d in diffs)
    renamed = sum(map(told_renamed, diffs))
    listed = [d for d in diffs if not only_rolled(d)]
    parts = ["，".join(_kinds(listed)) + _money(listed)] if any(d.changes for d in listed) else []
    parts += [f"{STATUS[s]} {files[s]} 个" + (_deleted_broken(diffs, files[s]) if s == "removed" else "")
              for s in ("added", "removed") if files[s]]
    parts += [f"{WAS_BROKEN} {fixed} 个（{WAS_BROKEN_WHY}）"] if fixed else []
    parts += [f"改名的规格文件 {renamed} 个"] if renamed else []
    last_years = [d.last_year for d in diffs if d.last_year]
    since_listed = [d for d in last_years if not only_rolled(d)]
    since = ["、".join(_kinds(since_listed)) + _money(since_listed)] if since_listed else []
    since_rolled = len(last_years) - len(since_listed)
    since += [f"{since_rolled} 个只顺延了年度" if since_listed else "只顺延了年度"] if since_rolled else []
    # last, after a ；, so not read as the range's own counts; after a ：, not in brackets, as a count may have its own:
    # `与上年相比（修改 2 处（其中目标降低 1 处））` left the reader matching brackets
    since_words = f"；与上年相比：{'，'.join(since)}" if since else ""
    changed = sum(d.status != "equal" for d in listed)
    rolled = len(diffs) - len(listed)
    rolled_words = f"{rolled} 个只顺延了年度，未逐个列出"
    retyped = sum(d.retyped for d in diffs)
    reordered = sum(bool(d.reordered) for d in diffs if d.status == "equal")
    said = [words for words in (compared.words() if compared else None, _by_year(diffs),
                                 f"按 {settings} 的设置" if settings else None) if words]
    how = f"（{'；'.join(said)}）" if said else ""
    if not diffs:
        summary = f"没有比较任何规格{how}"
    else:
        summary = (f"比较了 {len(diffs)} 个规格{how}，"
                   + (f"{changed} 个有改动：{'，'.join(parts)}{since_words}" if changed
                      else rolled_words if rolled else "没有改动"))
    # said apart from a new layout: a draft with its rows only reordered is no file whose data is unchanged
    notes = (([rolled_words] if rolled and changed else []) + ([f"{reordered} 个{REORDERED}"] if reordered else [])
             + ([f"{retyped} 个只改了格式或注释"] if retyped else []))
    if notes:
        summary += f"；另有 {'；'.join(notes)}" if changed or rolled else f"（{'；'.join(notes)}）"
    summary += _years_moved_in(diffs, compared)
    mismatched = sum(len(d.balance) for d in diffs)
    summary += f"；{mismatched} 处合计对不上" if mismatched else ""
    unreadable = unreadable_problems(problems)  # a warning's file (DIFF-FORMS) was compared: counted above
    # one file each, by its path (`HEAD:notes.txt` and `notes.txt` are one file refused on both sides)
    file = compared.file if compared else str
    refused = {file(p.file) for p in unreadable if p.code.startswith("DIFF-")}  # read, but no spec or of no known form
    broken = len({file(p.file) for p in unreadable} - refused)
    summary += f"；另有 {broken} 个文件读不出，无法比较" if broken else ""
    return summary + (f"；另有 {len(refused)} 个文件不能比较（不是规格，或表样不存在）。" if refused else "。")


def _by_year(diffs: list[SpecDiff]) -> str | None:
    """`按年度对照：2026 → 2027`: the specs paired across two year folders with their next year's (`SpecDiff.by_year`),
    said once; `3 个按年度对照：…` when other specs were paired otherwise. Each told as a rename, a year's folder against
    the next one's read as every file renamed. Folders given the wrong way round (`diff 2027/ 2026/`) pair by year all
    the same, and `，旧的一边年度在后` says so: `2027 → 2026` alone is easily read past as the usual order."""
    moves = Counter(d.by_year for d in diffs if d.by_year)
    if not moves:
        return None
    count = "" if moves.total() == len(diffs) else f"{moves.total()} 个"
    back = "，旧的一边年度在后" if any(old > new for old, new in moves) else ""
    return count + "按年度对照：" + "、".join(f"{old} → {new}" for old, new in sorted(moves)) + back


def _deleted_broken(diffs: list[SpecDiff], removed: int) -> str:
    """`（其中 1 个原稿有错误，只列出文件名）` after the count of removed specs, of those that could not be read
    (`SpecDiff.was_broken`); all of them: `（原稿有错误，只列出文件名）`."""
    broken = sum(d.was_broken and d.status == "removed" for d in diffs)
    return "" if not broken else f"（{DELETED_BROKEN}）" if broken == removed else f"（其中 {broken} 个{DELETED_BROKEN}）"


def told_renamed(diff: SpecDiff) -> bool:
    """Whether a spec's file rename is said: not one named only by its year across two year folders, which the summary
    says once (`_by_year`); a unit renamed between the years (`某单位新名-2027.yaml`) still says which file it was."""
    return diff.renamed is not None and not (diff.by_year and named_by_year(diff.renamed, diff.by_year))


def unreadable_problems(problems: Sequence[Problem]) -> list[Problem]:
    """The files not compared (errors); the rest are warnings about pairs compared all the same (DIFF-FORMS) or an
    old draft's faults its new one fixed (DIFF-WAS-BROKEN, the new listed as `WAS_BROKEN`)."""
    return [p for p in problems if p.severity is Severity.ERROR]


def warning_problems(problems: Sequence[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is not Severity.ERROR]


def unseen(change: Change) -> str:
    """Said after two texts that differ only in what shows as ▯ (a space ending a name, a zero-width space): the
    reader saw the same words twice and looked for a change that is not in them."""
    both = isinstance(change.old, str) and isinstance(change.new, str)
    return "（两边只差看不见的字符或首尾的空格，标作▯）" if both and unseen_only(change.old, change.new) else ""


# -- text ------------------------------------------------------------------------------------

def _text_value(value: Any) -> str:
    return plain_value(value).replace("\n", "↵")


def _text_segments(runs: list[tuple[str, str]]) -> str:
    """The changed words marked as a reader of Chinese reads them without a legend (`…联谊交流【增：和座谈】活动…`),
    and coloured on a terminal: `[-旧-]{+新+}` was a programmer's notation, unreadable in a CI log or copied text.
    Not in 〔〕, which official text writes a document number's year in (`某办发〔【删：2018】【增：2019】〕23号`)."""
    styles = {"=": lambda t: t,
              "-": lambda t: click.style(f"【删：{t}】", fg="red"),
              "+": lambda t: click.style(f"【增：{t}】", fg="green")}
    return "".join(styles[op](text.replace("\n", "↵")) for op, text in runs)


def group_words(group: Group) -> str:
    """`整个二级指标，共 4 行`: what heads the rows of a whole 一级 or 二级 added or removed (`diff_groups`); for one
    renamed, the rename and how many of its rows changed in nothing else (`renamed_words`)."""
    return renamed_words(group) if group.kind == "renamed" else f"整个{group.level}，共 {len(group.rows)} 行"


def renamed_words(group: Group) -> str:
    """`二级指标改名：产出指标 › 时效指标 → 时效性指标（其下 4 行内容没有改动）`, a 二级 renamed with its rows kept, said once:
    each row's 二级 edited alike was listed as one 修改 a row. Its rows that changed in something else are listed
    under it (`其中 3 行内容没有改动`), and only those."""
    under = f"{shown_text(group.under)} › " if group.under else ""
    return f"{group.level}改名：{under}{shown_text(group.old)} → {shown_text(group.new)}（{renamed_rows(group)}）"


def renamed_paths(group: Group, groups: list[Group]) -> tuple[str, str]:
    """A renamed group's old and new names, a 二级 after its 一级 (`产出指标 › 时效指标`, `产出指标 › 时效性指标`), as
    markdown's 原来 and 现在 show them, a row's rename alike. A 二级 under a 一级 renamed too (one of `groups`, in its
    list) has that 一级's old name in 原来: `产出类指标 › 时效指标` there named a 一级 the old spec never had."""
    if not group.under:
        return shown_text(group.old), shown_text(group.new)
    was = next((other.old for other in groups if other.kind == "renamed" and other.under is None
                and other.path == group.path and other.new == group.under), group.under)
    return f"{shown_text(was)} › {shown_text(group.old)}", f"{shown_text(group.under)} › {shown_text(group.new)}"


def renamed_rows(group: Group) -> str:
    """`其下 4 行内容没有改动`: how many rows a renamed group kept, and how many of them changed in nothing else."""
    count = len(group.rows)
    return (f"其下 {count} 行内容没有改动" if group.unchanged == count
            else f"其下 {count} 行，其中 {group.unchanged} 行内容没有改动" if group.unchanged
            else f"其下 {count} 行内容另有改动")


def _groups_note(diffs: list[SpecDiff], kind: str) -> str:
    """`含整个二级指标 1 个` after the count of rows added or removed, where some were a whole 一级 or 二级: the rows
    are still what is counted, and the group said beside them, not as one more change."""
    counts = Counter(group.level for diff in diffs for group in diff.groups
                     if group.kind == kind and group.kind != "renamed")  # a renamed group is its one change
    said = "、".join(f"整个{level} {counts[level]} 个" for level in (LEVEL1, LEVEL2) if counts[level])
    return f"含{said}" if said else ""


def _text_what(change: Change, glance: Glance) -> str:
    if change.kind == "moved":
        return " → ".join(move_places(change))
    if change.kind in SILENCES:
        return silence_rule(change)
    weakened = (click.style(weakened_mark(change), fg="red", bold=True) if change.weakened
                else click.style(tightened_mark(change), fg="green") if change.tightened else "")
    if change.kind == "renamed":  # a task's name states targets too: lowered in it, the rename says so
        return f"“{shown_text(str(change.old))}” → “{shown_text(str(change.new))}”{unseen(change)}{weakened}"
    if change.kind in ("added", "removed"):
        value = change.new if change.kind == "added" else change.old
        shown = item_details(change.details, _text_value, glance) if change.details else _text_value(value)
        return shown + amount_moved(change) + weakened
    words = changed_words(change)
    if words:
        return _text_segments(words) + amount_moved(change) + weakened
    old, new = without_common_line_break(change.old, change.new)
    return f"{_text_value(old)} → {_text_value(new)}{unseen(change)}{amount_moved(change)}{weakened}"


def _text_changes(diff: SpecDiff) -> list[str]:
    """A diff's changes and the totals they moved, a line each; items only reordered beside other changes in one
    (`reordered_too_line`)."""
    lines, glance, headed = [], Glance(diff.changes), []
    listed = together(listed_changes(diff), diff.groups)
    for change in listed:
        label = click.style(LABELS[change.kind], fg=COLOURS[change.kind])
        group = member_of(diff.groups, change)
        if group and group not in headed:
            headed.append(group)
            # rows listed under it: a renamed group's may all be unchanged, or under a renamed 二级 of its 一级
            more = any(member_of(diff.groups, row) is group and row is not group.head for row in listed)
            lines.append(f"  {label}  {group.where}  {group_words(group)}{'：' if more else ''}")
        if group and change is group.head:
            continue
        indent = "    " if group else "  "
        lines.append(f"{indent}{label}  {shown_place(change)}  {_text_what(change, glance)}")
        lines += [f"      {indent}{row}" for row in item_rows(change, _text_value, glance)]
    for change in () if diff.changes else diff.reordered:  # beside other changes, counted in a line
        label = click.style(REORDER_LABEL, fg=COLOURS[change.kind])
        lines.append(f"  {label}  {shown_place(change)}  {' → '.join(reordered_places(change))}")
    lines += [f"  {line}" for line in [reordered_too_line(diff)] if line]
    for total in shown_totals(diff):
        delta = "" if total.delta is None else f"（{signed_wan(total.delta)} 万元）"
        lines.append(f"  合计  {total.label}  {_text_value(total.old)} → {_text_value(total.new)}{delta}")
    lines += [f"  {NET}  {net.label}  {net_words(net)}" for net in shown_net(diff)]
    return lines


def as_text(diffs: list[SpecDiff], problems: Sequence[Problem] = (), compared: Compared | None = None,
            settings: str | None = None) -> str:
    """For a terminal; the problems (unreadable files, two forms compared) are printed on stderr before it."""
    lines = []
    for diff in diffs:
        if diff.status == "equal" and not diff.reordered or only_rolled(diff):
            continue
        lines.append(click.style(f"{shown_path(diff, compared)}  {diff.title}".rstrip(), bold=True))
        if diff.status in STATUS:
            lines.append(f"  {status_line(diff)}")
            lines += [f"  金额  {label}  {_text_value(amount)}" for label, amount in diff.amounts]
        if told_renamed(diff):
            lines.append(f"  {renamed_line(diff, str)}")
        lines += _text_changes(diff)
        moved = years_moved_line(diff, diffs)
        lines += [f"  {moved}"] if moved else []
        if diff.last_year and only_rolled(diff.last_year):
            lines.append(f"  {since_heading(diff.last_year, compared, str)}")
        elif diff.last_year:
            lines.append(f"  {since_heading(diff.last_year, compared, str)}：")
            lines += _text_changes(diff.last_year)
        for mismatch in diff.balance:
            lines.append("  " + click.style(f"注意  {mismatch.message}", fg="red", bold=True))
        unrolled = unrolled_note(diff)
        lines += ["  " + click.style(f"提醒  {unrolled}", fg="yellow")] if unrolled else []
        lines += ["  " + click.style(f"相符  {restored.message}", fg="green") for restored in diff.restored]
        lines += ["  " + click.style(f"相符  {BALANCED}", fg="green")] if diff.balanced else []
    lines.append(summary_line(diffs, problems, compared, settings))
    return "\n".join(lines)
