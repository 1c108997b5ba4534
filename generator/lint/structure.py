"""A: structure and completeness (审核：完整性). Is every part of the target table there?"""
from __future__ import annotations

from collections import Counter
from typing import Iterator

from .. import datapath
from ..filled_text import blank, fold, typed_none, unpunctuated
from ..item_numbers import counted
from ..load import iter_strings
from ..placeholder import quoted, unfilled
from ..row_conditions import empty_by_condition
from ..rules import same_name
from ..schema_store import date_example, form_pattern, is_date
from ..spec_year import budget_year
from ..value_kinds import Kind
from . import terms
from .context import quote
from .rule import PRACTICE, rule

_EXAMPLES = {
    "quantity": "举办活动次数 ≥3次", "quality": "活动验收合格率 ≥95%", "timeliness": "{deadline}",
    "cost": "活动费用 ≤35万元",
}


@rule("A1", "error", "绩效目标为空", "财预〔2015〕88号 第二十四条（完整性）")
def a1_targets(ctx):
    """The annual (and where the form has one, the long-term) target is written.

    Pass: 总体绩效目标 with a paragraph.  Fail: 总体绩效目标 "" or "（请填写）".
    """
    for target in ctx.facts["targets"]:
        found = list(ctx.texts(target["path"]))
        if not found:
            continue
        if all(blank(text) for _, text in found):
            yield ctx.report(found[0][0], "没有填写；请写明本年度要达到的产出和效果（绩效目标是安排预算的前提）")


@rule("A2", "error", "一级指标缺失", "财预〔2020〕10号 附件1；中发〔2018〕34号")
def a2_level1(ctx):
    """Every 一级 of the form's frame has at least one filled indicator.

    Its rows' “（请填写）” are counted here rather than named one by one by A13 (the runner leaves them to
    this finding): a new spec's blank rows would otherwise be said once per cell beside once per 一级.

    Pass: 产出指标 and 效益指标 rows.  Fail: no 效益指标 row at all.
    """
    for listed in ctx.lists:
        wanted = [entry["level1"] for entry in listed.frame]
        for level1, empty in unfilled_level1s(listed).items():
            what = (f"“{level1}”的 {empty} 行都还没有填写" if empty > 1 else f"“{level1}”的那一行还没有填写" if empty
                    else f"没有“{level1}”的指标")
            placeholders = [text for row in listed.rows if row.level1 == level1
                            for _, text in iter_strings(row.item) if unfilled(text)]
            held = f"（其中 {len(placeholders)} 处还写着{quoted(placeholders)}）" if placeholders else ""
            yield ctx.report(listed.path, f"{what}{held}；本表样的指标体系要求 {'、'.join(wanted)} 各有至少一项",
                             key=True, subject=(level1,))


def unfilled_level1s(listed) -> dict[str, int]:
    """Each 一级 of the list's frame with no filled row, and how many rows it has (the blank ones `jixiao new`
    lists): A2's findings."""
    present = {row.level1 for row in listed.rows if row.content}
    return {entry["level1"]: sum(1 for row in listed.rows if row.level1 == entry["level1"])
            for entry in listed.frame if entry["level1"] not in present}


@rule("A3", "error", "二级指标放错一级", "财预〔2020〕10号 附件1（指标体系）")
def a3_placement(ctx):
    """A 二级 that is a national category sits under a 一级 where that category belongs.

    Pass: 产出指标 › 质量指标.  Fail: 履职 (aliased to 产出指标) › 社会效益.
    """
    for _, row in ctx.rows:
        if row.role1 and row.role2 and row.role1 not in terms.PLACES[row.role2]:
            owners = "或".join(f"“{terms.NAMES[r]}”" for r in sorted(terms.PLACES[row.role2]))
            yield ctx.report(row.at("level2"), f"二级指标{quote(row.level2)}不应放在一级指标{quote(row.level1)}下；它属于{owners}")


@rule("A4", "warning", "三级指标不是指标名称", PRACTICE)
def a4_name(ctx):
    """The 三级 names a measure: not empty, not a category name, not a bare number.

    Pass: 补助发放及时率.  Fail: "" with a value; 数量指标; 满意度; 180.61万元.
    """
    frame_names = {terms.stem(n) for listed in ctx.lists for e in listed.frame
                   for n in [e["level1"], *e.get("level2", [])]}
    for _, row in ctx.rows:
        name = fold(row.name)
        if not row.content:
            continue
        if not name and empty_by_condition(ctx.store, ctx.variant.schema_path.name, row.path, row.item, "name"):
            continue  # the schema lets this row alone go without a name (a 满意度 row printed without one)
        if not name:
            message = "没有填写；请写明衡量的是什么，如“补助发放及时率”"
        elif terms.is_category(name) or terms.stem(name) in frame_names:
            message = f"{quote(unpunctuated(row.name))}是类别名称，不是具体指标；请写明衡量的对象，如“服务对象满意度”写成“参会人员满意度”"
        elif (value := ctx.value(name)).kind is Kind.QUANTITY and not value.prefix and not value.suffix:
            message = f"{quote(unpunctuated(row.name))}是一个数值，不是指标名称；数值应写在指标值栏，这里写衡量的对象"
        else:
            continue
        yield ctx.report(row.at("name"), message)


@rule("A5", "warning", "二级指标下没有指标", "财预〔2021〕101号（产出、成本指标）；" + PRACTICE)
def a5_outputs(ctx):
    """Each of 数量/质量/时效/成本 that the frame has under its outputs holds at least one indicator.

    A frame with 成本指标 as a 一级 (经济、社会、生态环境成本指标 under it) needs one of its costs, not
    each: social and ecological costs are set only where the spending has them.

    Pass: a 质量指标 row; 成本指标 › 经济成本指标 alone.  Fail: 质量指标 printed only as an empty row.
    """
    for listed in ctx.lists:
        for level1, names, example in _unset_outputs(ctx, listed):
            where = f"“{level1} › {'、'.join(names)}”下{'都' if len(names) > 1 else ''}没有指标"
            printed = "（表上只印出空行）" if listed.print_empty else ""
            yield ctx.report(listed.path, f"{where}{printed}；请至少设一项，如“{example}”", key=True,
                             subject=(level1, *names))


def _unset_outputs(ctx, listed) -> list[tuple[str, list[str], str]]:
    """(一级, its 二级 of one kind, an example indicator) for each kind of output or cost the list's frame has and
    no filled row sets: A5's findings, which A9 words a wholly empty row under them by."""
    filled = {(row.level1, row.level2) for row in listed.rows if row.content}
    unset = []
    for entry in listed.frame:
        if terms.role(entry["level1"], terms.LEVEL1_ROLES, ctx.aliases) not in ("output", "cost"):
            continue
        kinds: dict[str, list[str]] = {}
        for level2 in entry.get("level2", []):
            kinds.setdefault(terms.role(level2, terms.LEVEL2_ROLES, ctx.aliases), []).append(level2)
        for kind, names in kinds.items():
            if kind in terms.OUTPUT_KINDS and not any((entry["level1"], name) in filled for name in names):
                unset.append((entry["level1"], names, _EXAMPLES[kind].format(deadline=ctx.deadline)))
    return unset


@rule("A6", "error", "没有效益指标", "财预〔2015〕88号 第九条")
def a6_effect(ctx):
    """At least one 效益 indicator (not a satisfaction row) has a value.

    Pass: 社会效益指标 › 档案信息数字化转化率 100％.  Fail: every 效益 row without a value.
    """
    for listed in ctx.lists:
        if not any(row.effect and any(v.kind is not Kind.EMPTY for _, v in row.values) for row in listed.rows):
            yield ctx.report(listed.path, "没有填写了指标值的效益指标；请至少设一项经济、社会、生态效益或可持续影响指标", key=True,
                             subject=_level1_holding(ctx, listed, "effect", in_level2=False))


@rule("A7", "warning", "没有满意度指标", "财预〔2020〕10号（满意度权重）")
def a7_satisfaction(ctx):
    """At least one 服务对象满意度 indicator where the spending has people it serves. A count of work done filed there
    (满意度调查次数 ≥2次: `Row.counts_work`, D1's to move) is no such indicator.

    Pass: 满意度指标 › 参会人员满意度 ≥95％.  Fail: no satisfaction row (disable the rule where nobody is served); 满意度调查次数
    ≥2次 the only one.
    """
    for listed in ctx.lists:
        if not any(row.satisfaction and row.content and not row.counts_work for row in listed.rows):
            yield ctx.report(listed.path, "没有服务对象满意度指标；有服务对象的支出请设一项，如“参会人员满意度 ≥90%”", key=True,
                             subject=_level1_holding(ctx, listed, "satisfaction", in_level2=True))


def _level1_holding(ctx, listed, role: str, in_level2: bool) -> tuple[str, ...]:
    """The one 一级 of the list's frame whose rows A6 or A7 looks for (that 一级's role, or with in_level2 one of
    its 二级's: 满意度 sits under 效益 in the older frame), as the finding's subject, so that the runner leaves
    it to A2 where A2 reports that 一级 not filled in; none where the frame has none or several."""
    holding = [entry["level1"] for entry in listed.frame
               if terms.role(entry["level1"], terms.LEVEL1_ROLES, ctx.aliases) == role
               or in_level2 and any(terms.role(name, terms.LEVEL2_ROLES, ctx.aliases) == role
                                    for name in entry.get("level2", []))]
    return (holding[0],) if len(holding) == 1 else ()


@rule("A8", "warning", "三级指标重复", PRACTICE)
def a8_duplicates(ctx):
    """No 三级 name twice in one list: do the rows measure one thing twice?

    A row with the same 三级 in the same place of the form as one above it (its 一级, 二级 and every column the form
    merges: `same_name.identity_keys`), and a key task named as one above it (a block copied and not yet changed),
    are validate's SAME-NAME, which lint shows too: said here, they were said twice. On a form with a 重点工作 column
    between 二级 and 三级 (`same_name.work`), two rows both under a 重点工作, and different ones, measure two pieces of
    work (办理时效 of 物资采购 and of 档案整理), whether under one 二级 or two: the 二级 is a duty, the 重点工作 says what
    the 三级 measures. A row whose 重点工作 is unfilled (a 效益指标 row has none) says not what it measures, and is
    warned beside any row of its name: 举办活动次数 under 经济效益 and under a 履职 重点工作 went unwarned when the
    empty 重点工作 told them apart.

    An activity named under two kinds of output (数量 1次, 质量 圆满完成: `_aspects_of_one_activity`) is its count
    and its quality, a normal pattern: four such pairs of one example were told A8 beside D1 and B6, one defect
    three times, and the vague value is B6's to tell.

    Pass: distinct names; 办理时效 under two 重点工作; 举办“侨心永向党歌咏”比赛。 1次 under 数量指标 and 圆满完成 under
    质量指标.  Fail: 开展培训场次 under 数量指标 and again under 质量指标 (the name is the measure); 举办活动次数 under a
    重点工作 and again under 经济效益.
    """
    for listed in ctx.lists:
        first: dict[tuple, int] = {}  # (name, work) -> its first row; work None: of rows with it unfilled
        any_work: dict[str, int] = {}  # name -> its first row, whatever its work
        seen: set[tuple] = set()  # the rows' identities: a row repeating one is SAME-NAME's
        for index, row in enumerate(listed.rows):
            known = same_name.identity(row.item, listed.known_by)
            if known is None or known in seen:  # None: no name filled in, nothing to compare
                continue
            seen.add(known)
            name, work = known[-1], same_name.work(known, listed.known_by)
            alike = [any_work.get(name)] if work is None else [first.get((name, None)), first.get((name, work))]
            earlier = min((other for other in alike if other is not None), default=None)
            if earlier is not None and not _aspects_of_one_activity(listed.rows[earlier], row):
                yield ctx.report(row.at("name"), f"与{ctx.named(listed.rows[earlier].at('name'))}相同；同一张表中每项指标应衡量不同的对象")
            first.setdefault((name, work), index)
            any_work.setdefault(name, index)


def _aspects_of_one_activity(earlier, row) -> bool:
    """Whether two rows of one name, under two different kinds of output (数量, 质量, 时效, 成本), measure two
    aspects of one activity: the name says no measure (举办比赛, not 开展培训场次) and the values are measured
    differently (1次 and 圆满完成, not ≥3次 and ≥3次)."""
    kinds = {earlier.role2, row.role2}
    if len(kinds) < 2 or not kinds <= set(terms.OUTPUT_KINDS) or terms.QUANTITATIVE_NAME.search(fold(row.name)):
        return False
    return [(v.kind, v.unit, v.percent) for _, v in earlier.values] != [(v.kind, v.unit, v.percent) for _, v in row.values]


@rule("A9", "error", "指标值为空", "财预〔2015〕88号 第二十四条（完整性）；表样的必填栏")
def a9_value(ctx):
    """Every row has a value (and the columns the form stars as required).

    A row with nothing but its 一级 and 二级 (one `jixiao new` listed and the author left, blank or still reading
    “（请填写）”) is said once, as a row that may be deleted, with how many “（请填写）” it holds: the runner leaves
    those to this finding (its subject is the row's 一级 and 二级), which A13 named cell by cell beside it. Where
    A5 asks for an indicator under its 二级, the row is the place for it: the finding says so, not to delete it,
    and the runner leaves A5's finding to it, which advised the opposite at the list.

    Pass: 指标值 "≥95％".  Fail: 指标值 ""; a row whose every field but 一级 and 二级 is "" or “（请填写）”.
    """
    required = ctx.facts["columns"].get("required", [])
    asked = {(listed.path, level1, name): (names, example) for listed in ctx.lists if ctx.config.enabled(a5_outputs.id)
             for level1, names, example in _unset_outputs(ctx, listed) for name in names}
    empty_under = Counter(tuple(asked[key][0]) for listed, row in ctx.rows
                          if (key := (listed.path, row.level1, row.level2)) in asked and _wholly_empty(row))
    for listed, row in ctx.rows:
        if _wholly_empty(row):
            placeholders = [text for _, text in iter_strings(row.item) if unfilled(text)]
            held = f"，其中 {len(placeholders)} 处还写着{quoted(placeholders)}" if placeholders else ""
            need = asked.get((listed.path, row.level1, row.level2))
            yield ctx.report(row.path, f"整行都没有填写（{' › '.join(filter(None, (row.level1, row.level2)))}）{held}；"
                                       f"{_empty_row_advice(row, need, need and empty_under[tuple(need[0])] > 1)}",
                             subject=(row.level1, row.level2))
            continue
        if all(v.kind is Kind.EMPTY for _, v in row.values):
            yield ctx.report(row.at(row.values[0][0]["key"]), f"没有填写；请写明目标值，如 ≥95%、≥3次、{ctx.deadline}")
        for key in required:
            if blank(row.item.get(key)):
                yield ctx.report(row.at(key), "没有填写；本表样要求这一栏必填")


def _empty_row_advice(row, asked: tuple[list[str], str] | None, others: bool) -> str:
    """What to do with a wholly empty row: fill it in where A5 asks for an indicator under its 二级 (`asked`: the
    二级 A5 names, of which one is needed, and its example), or, where `others` (another such row is under
    them too), fill in one of them and delete the rest; else fill it in or delete it."""
    if asked is None:
        return f"请填写三级指标和指标值，本单位在{quote(row.level2 or row.level1)}下不设指标时删去这一行"
    names, example = asked
    need = f"“{row.level1} › {'、'.join(names)}”下至少要设一项，请在这一行填写三级指标和指标值，如“{example}”"
    return f"{need}；已在另一行设了时删去这一行" if others else need


def _wholly_empty(row) -> bool:
    """Whether every field of the row but its 一级 and 二级 is empty ("", null or “（请填写）”): a row `jixiao new`
    listed and the author left, on a form whose new rows read “（请填写）” as on one whose new rows are ""."""
    return all(value is None or blank(value) and isinstance(value, str)
               for key, value in row.item.items() if key not in ("level1", "level2"))


@rule("A10", "error", "指标值栏不全", "表样栏目（两栏指标值均须填写）")
def a10_periods(ctx):
    """Forms with two value columns (实施周期 and 年度, 半年 and 全年) have both filled.

    Pass: 实施周期指标值 ≥98% and 年度指标值 98%以上.  Fail: 年度指标值 "".
    """
    if len(ctx.facts["values"]) < 2:
        return
    for _, row in ctx.rows:
        filled = [(c, v) for c, v in row.values if v.kind is not Kind.EMPTY]
        if not filled or len(filled) == len(row.values):
            continue
        other_column, other = filled[0]
        for column, value in row.values:
            if value.kind is Kind.EMPTY:
                other_title = ctx.title(row.at(other_column["key"]))
                yield ctx.report(row.at(column["key"]), f"没有填写，而{other_title}是{quote(other.text)}；本表样两栏指标值都要填写")


@rule("A11", "error", "绩效标准不在可选范围", "财预〔2015〕88号 第十条（绩效标准）",
      standards=["计划标准", "行业标准", "历史标准", "其他标准"])
def a11_standard(ctx):
    """Where the form has a 绩效标准 column, it names an accepted standard.

    Pass: 计划标准.  Fail: "" or 上级要求.
    """
    key = ctx.facts["columns"].get("standard")
    if not key:
        return
    standards = ctx.param("standards")
    for _, row in ctx.rows:
        text = fold(row.item.get(key))
        if row.content and text not in standards:
            shown = quote(unpunctuated(row.item.get(key))) if text else "空白"
            yield ctx.report(row.at(key), f"{shown}不是可用的绩效标准；应为{'、'.join(standards)}之一")


@rule("A12", "info", "绩效指标描述为空", "表样栏目（三级指标与绩效指标描述）")
def a12_description(ctx):
    """Where the form has a description column beside the 三级, it is filled (it may repeat the name). A "none"
    typed (`typed_none`: / or —) is no description: the one reference form with this column fills every one, and
    import keeps such a cell as typed (emptied, the schema would refuse the form), so it is told here or nowhere.

    Pass: 绩效指标描述 = 三级指标.  Fail: 绩效指标描述 "。" (one of blanks alone, "  ", the schema refuses first); "/".
    """
    key = ctx.facts["columns"].get("description")
    if not key:
        return
    for _, row in ctx.rows:
        text = row.item.get(key)
        if not row.content:
            continue
        if blank(text):
            yield ctx.report(row.at(key), "没有填写；可与三级指标相同，或说明指标的含义和计算方法")
        elif isinstance(text, str) and typed_none(text):
            yield ctx.report(row.at(key), f"{quote(text.strip())}表示没有，不是描述；可与三级指标相同，或说明指标的含义和计算方法")


@rule("A13", "error", "仍是“（请填写）”等占位文字", "财预〔2015〕88号 第二十四条（完整性）；jixiao new 在必填处写下的占位文字")
def a13_placeholders(ctx):
    """No text still reads “（请填写）” or another placeholder (【请填写】, （待填写）, XXX: `placeholder.unfilled`),
    which the form would print as is.

    `jixiao new` writes it wherever the schema needs text, and the build warns with the count and the first
    place only, so this rule names every place; where A1, A4, A9, A10 or A12 would say 没有填写 at the same
    place, the runner keeps this finding alone, and in the rows of a 一级 that A2 reports not filled in, or a
    row A9 reports wholly empty, it leaves them to A2 or A9, which count them.

    A date field (填表日期, which `new --from` empties to the placeholder) is asked for a day with the budget year,
    written as its own form prints one (`date_example`: spaced where the schema's example is): told 请填上实际内容,
    the clerk typed 2023.1.6 and met DATE-YEAR next.

    Pass: 项目名称 侨务工作经费.  Fail: 项目名称 "（请填写）"; 重点任务名称 "(请填写)"; 资金用途 "【请填写】"; 指标值 XXX.
    """
    schema = ctx.variant.schema_path.name
    for path, text in ctx.spec.texts():
        if unfilled(text):
            node = ctx.store.node_at(schema, path)
            fill = (f"请填上实际的日期，如 {date_example(node, budget_year(ctx.data))}" if is_date(node)
                    else "请填上实际内容")
            yield ctx.report(path, f"还是{quoted([text])}，生成的表上会原样印出；{fill}")


_FIXED_FORM = frozenset(("enum", "const", "format"))
"""Schema keywords that fix a text's form (a choice, a date), as a code's pattern does (`form_pattern`; not the one
that only refuses a blank text): such a text is not prose."""


@rule("A14", "warning", "文字超出表格一格的容量", PRACTICE, max_chars=3000, above={"max_chars": 0})
def a14_long_text(ctx):
    """No text is far longer than a form's cell holds. The longest text in the five reference forms (../shared/seeds)
    is 562 characters (a task's 主要内容), some two thirds of an A4 page; `max_chars` (3000, over five
    times that, four or five pages in one cell) is past any text a form was filled in with, and configurable like
    any parameter (`lint: rules: A14: {max_chars: …}`). Such a text is a paste gone wrong (a whole report, a text
    pasted many times): the form it makes runs to pages upon pages in one cell, and converting it to PDF
    (`build --format pdf`) takes minutes, or times out.

    Only prose is measured, the texts the schema takes freely: a field it holds to a pattern, a list of choices
    or a format (`form`, a code, a date) is no paste to cut down, and the schema says what is wrong with it. The
    limit need only be above 0 (0 or -1 would flag every text): a unit may well hold its texts to 500 characters.

    Pass: a 总体目标 of 187 characters.  Fail: a 总体目标 of 21000 characters.
    """
    limit = ctx.param("max_chars")
    schema = ctx.variant.schema_path.name
    for path, text in ctx.strings():
        node = ctx.store.node_at(schema, path)
        if len(text) > limit and not (isinstance(node, dict) and (_FIXED_FORM.intersection(node) or form_pattern(node))):
            yield ctx.report(path, f"有 {len(text)} 个字，远超表上一格放得下的篇幅（本规则的上限 {limit} 字，参考表中最长的一段"
                                   f"不到 600 字）；多半是粘贴出了错（整篇材料、重复粘贴），请删减到要点")


@rule("A15", "info", "列表项自带编号", "表样（表上给每一项印出序号，profile 的 lint.numbered）")
def a15_numbered_items(ctx):
    """No item of a list the form numbers itself (`lint.numbered`: the form prints `1.` before each target) carries a
    number of its own: `- 1. 甲` printed `1.1. 甲`. Numbers count as typed only where every item has one and they count
    up by one, read as a list typed without its dashes is (item_numbers): `1.5万元…` or one item numbered of several is
    the author's text. A hint, said at each item: the form is still right to read, its numbers doubled.

    A path to a field of a list's items (`projects.*.name`, the form printing `1.` before each project's name) reads
    that field of every item as the list numbered: `name: 1. 甲` printed `1.1. 甲绩效目标表`.

    Pass: `- 受人员编制限制…`.  Fail: `- 1. 受人员编制限制…` over `- 2. 根据…`.
    """
    for dotted in ctx.facts["numbered"]:
        for places, items in _numbered_lists(ctx.data, dotted):
            numbers = counted([item.strip() for item in items])
            for place, item, number in zip(places, items, numbers or []):
                typed = number[0].strip()
                shown = next(step for step in reversed(place) if isinstance(step, int)) + 1  # the item's place in its list
                printed = quote(f"{shown}.{item.strip()}", 12)
                yield ctx.report(place, f"开头写了序号“{typed}”，表上会自动给每一项编号，印出来是{printed}；"
                                            f"请去掉“{typed}”")


def _numbered_lists(data, dotted: str) -> Iterator[tuple[list[tuple], list[str]]]:
    """(the places, the texts) of each list `dotted` names in `lint.numbered`, in the order the form numbers them: a
    list of texts (`projects.*.targets`), or one field of each item of a list (`projects.*.name`), the items' texts
    gathered by the list they are in. A list holding anything but texts is none the form numbers as typed."""
    fields: dict[tuple, tuple[list[tuple], list]] = {}
    for where, value in datapath.find(data, dotted):
        if isinstance(value, list):
            if all(isinstance(item, str) for item in value):
                yield [where + (i,) for i in range(len(value))], value
        elif len(where) >= 2 and isinstance(where[-2], int):
            places, texts = fields.setdefault(where[:-2], ([], []))
            places.append(where)
            texts.append(value)
    for places, texts in fields.values():
        if all(isinstance(text, str) for text in texts):
            yield places, texts


RULES = (a1_targets, a2_level1, a3_placement, a4_name, a5_outputs, a6_effect, a7_satisfaction, a8_duplicates,
         a9_value, a10_periods, a11_standard, a12_description, a13_placeholders, a14_long_text,
         a15_numbered_items)
