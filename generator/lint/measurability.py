"""B: value syntax and measurability (审核：相关性，细化量化). Can a reviewer check the target?"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..datapath import get
from ..done_verbs import FINISHED
from ..filled_text import blank, fold, unpunctuated, written
from ..frequencies import each_quarter_for_the_year, times_a_year
from ..goal_texts import goal_texts
from ..rules.date_year import impossible_date
from ..spelt_counts import SET_PHRASES
from ..value_kinds import (COUNT_UNITS, GRADES, SHARES, TIME_UNITS, TRIM_CHARS, ZERO_GROWTH, Kind, Value, is_unit,
                           normalise, one_name)
from ..value_dates import after_lead, period_end
from ..values import in_figures, measurable, parse, recurring_deadline
from ..year_digits import YEAR_IN_FIGURES, YEAR_IN_NUMERALS
from . import same_measure, terms
from .context import no_home, quote, shown
from .cost import won_back_advice
from .looser import number_in_words
from .rule import PRACTICE, rule

_WORK_TASK = re.compile(r"^(做好|抓好|确保|加强|加大|推进|推动|落实|开展|完成)(?=.*工作)(?!.*(?:率|数|次|量|时间|时限|期限|金额|费用|成本|场|项)$)")
"""A 三级 name worded as a task (做好…工作), unless it ends in what is counted or measured (…工作完成率)."""
QUANTIFY = "财预〔2011〕285号 第十四条（定量表述；不能量化的用分级分档）"
VAGUE = [
    *terms.DEGREE, "不断", "持续", "有效促进", "有效提升", "有效搭建", "有效拓展",
    "有效服务", "有效保障", "有效实现", "较好", "积极", *terms.VAGUE_HEDGES, "圆满完成", "稳步推进",
    "略有节余", "最大利用化", "最大化", "防范提升", "有限提升", "高质量", "助推…发展", "社会稳定和谐", *terms.VAGUE_COUNTS,
]


def _values(ctx):
    """(list, row, column, value) for every value cell of every row."""
    for listed, row in ctx.rows:
        for column, value in row.values:
            yield listed, row, column, value


def _measure(row, value) -> str:
    """The words a comparator's direction is judged by: the name and the words before the number."""
    return fold(row.name) + value.prefix


_TERMS_WITH_VAGUE_WORDS = re.compile(r"基本(?:养老|医疗|公共|建设|支出|农田|药物|生活|口粮|国情|信息|运转|情况|数据|单位)|"
                                     r"基本(?:康复|殡葬|就业|社会|法律|健康|托育|卫生|住房|文化|体育|气象|社保|教育|助残|救助)"
                                     r"[\u4e00-\u9fff]{0,2}?服务|"
                                     r"可持续|积极分子|积极性|所属|"
                                     r"[第统唯同单逐之每]一批|一批次|多个(?=性|体户|体工商)|《[^》]*》")
"""Names of things, not hedges: 基本养老保险 is a kind of insurance, not 'more or less', 基本信息 a record and 基本运转
or 基本支出 a budget's keeping the unit running, and a 基本…服务 of a field of public service a service of that name
(基本康复服务, 基本殡葬服务, 基本公共服务). Only of a field named: any word but a verb after 基本 let 基本形成服务网络,
基本构建服务体系 and 基本上完成服务中心建设 pass, and no list of verbs holds every one a hedge softens (形成, 具备,
能够, 普及…); 基本实现服务标准化 is told. 可持续发展 (and the frame's 可持续影响) is a kind of development, 入党积极分子
a kind of person, 积极性 a will to act; 所属 (现有所属单位) is 'attached to', whatever 有 stands before it, not 有所.
Nor is a 一批 of an ordinal or a word (第一批, 统一批复, 同一批) or of 一批次 (a count of one batch) 'some', nor the
多个 of 更多个性化, 更多个体户 (多 and 个性, 个体户); 多个人才项目, 多个案例, 多个体育场馆 are 'several'. A document's title
(《关于加强侨务工作的若干意见》) is its issuer's words, not the unit's target, as the prose check masks it (`_QUOTED`)."""


def _unterm(text: str) -> str:
    """The text with each term that holds a vague word (`_TERMS_WITH_VAGUE_WORDS`) blanked out, one □ a character, so
    that a vague word found in it is where it stands in the text (the second 持续 of 可持续发展，持续深化)."""
    return _TERMS_WITH_VAGUE_WORDS.sub(lambda term: "□" * len(term.group()), text)


@lru_cache(maxsize=None)
def _vague_pattern(word: str) -> re.Pattern:
    """The vague word (`A…B`: A, then B within ten characters) as a regex, compiled once: B6 asks each of some fifty
    words of every value, and building the pattern each time was most of lint's time on a long spec."""
    head, _, tail = word.partition("…")
    return re.compile(re.escape(head) + (".{0,10}?" + re.escape(tail) if tail else ""))


def _vague_hits(text: str, words) -> Iterator[tuple[str, int]]:
    """(word, where it first stands) of each of `words` found in the text outside a term, in the order of `words`;
    the terms are blanked once for all the words."""
    unterm = _unterm(text)
    for word in words:
        found = _vague_pattern(word).search(unterm)
        if found:
            yield word, found.start()


def _vague(text: str, words) -> str | None:
    """The first vague word in the text, as a message shows it (`助推……发展`)."""
    return next((word.replace("…", "……") for word, _ in _vague_hits(normalise(text), words)), None)


def _vague_char(ctx, path: tuple, shown_word: str) -> int | None:
    """Where the vague word `_vague` showed stands in the value at `path` as typed, for the finding to point at it
    as B6 points at one in a target (`ctx.report`'s `char`); None where the value is no text. It was at the value's
    opening quote, 5 columns before `进一步`. The word is sought as `_vague` found it, in the text without its spaces
    (`_spaceless`), and its place mapped back: sought in the text as typed, a space hid a term
    (`基本 医疗保险参保率基本完成` pointed at the 基本 of 基本医疗, not the vague one of 基本完成)."""
    typed = get(ctx.data, path)
    if not isinstance(typed, str):
        return None
    spaceless, places = _spaceless(typed)
    return next((places[at] for _, at in _vague_hits(spaceless, [shown_word.replace("……", "…")])), None)


def _spaceless(typed: str) -> tuple[str, list[int]]:
    """`typed` without its whitespace (as `normalise` drops it), and for each character left where it stands in
    `typed`."""
    places = [at for at, char in enumerate(typed) if not char.isspace()]
    return "".join(typed[at] for at in places), places


def is_scoring_rule(text: str) -> bool:
    return bool(terms.SCORING.search(normalise(text)))


@rule("B1", "info", "指标值无法解析", PRACTICE)
def b1_unparseable(ctx):
    """A value reads as one target: comparator, number, unit (several numbers cannot be checked).

    Pass: ≥95％, 90%以上, 2024年12月31日前完成.  Fail: 举办比赛 1 次; 承办年会 1 次; 申报 2 个。
    A full date that does not exist (2024年2月30日前) is validate's DATE-YEAR's to report, not this rule's.
    """
    for _, row, column, value in _values(ctx):
        if value.kind is Kind.UNPARSEABLE and not is_scoring_rule(value.text) and not impossible_date(value.text):
            yield ctx.report(row.at(column["key"]), f"{quote(value.text)}含有 {value.numbers} 个数字，读不出一个目标值；"
                                                    "一项指标只写一个目标值（如 ≥3次），几个目标请分成几项指标")


@rule("B2", "warning", "定量指标没有数值", QUANTIFY)
def b2_number(ctx):
    """An indicator whose name is a rate, count or amount (…率, …次数, …（%）) has a number.

    Pass: 补助发放及时率 ≥98%.  Fail: 影响力提升率 "成效有所提升"; 安全事故次数 零事故 (told 0次: `_in_figures`).
    """
    for _, row, column, value in _values(ctx):
        name = fold(row.name)
        if name and terms.QUANTITATIVE_NAME.search(name) and value.kind in (Kind.TEXT, Kind.GRADE) \
                and not _in_numerals(value):  # B7 says how to write its number
            yield ctx.report(row.at(column["key"]), f"{quote(unpunctuated(row.name))}是定量指标，指标值{quote(value.text)}"
                                                    + _in_figures(row, value))


def _in_figures(row, value: Value) -> str:
    """B2's advice, in the unit the name is measured in (`terms.counted_or_share`, `terms.ending_unit`): a number said
    in words (`looser.number_in_words`: 安全事故次数 零事故, 道路交通事故死亡人数 零死亡) is told its figure, `0次`, `0人`,
    where “没有数值” was said of a value that says 0, and told to add its unit where the name says none
    (安全事故发生数 零事故); and a count or share with none is shown one of its own unit, pointing the way its measure
    does (`terms.bound_way`: 安全事故次数 ≤3次, 活动场次 ≥3场次, 投诉率 ≤5%), a share's zero growth its ceiling
    (`value_kinds.ZERO_GROWTH`: 三公经费增长率 零增长 is told `≤0%`) where B5 lets a cap on it be (a rate B5 reads as
    one to raise, 人员经费增长率, is shown no example, since B5 would tell `≤0%` it points the wrong way), where every
    name was shown `≥90%`, a share, which B3 then tells a count is not and B5 a rate to keep low points the wrong
    way. A proportion or a name declaring % (`terms.in_percent`: 资金到位比例) is shown a share's; a name of neither
    kind (绿化面积, 培训时长, 受益群众数, 万人拥有率) is shown no example: it was shown `≥90%` too, a share it is not
    and a number nothing on the form says, which B3 then lets pass; a rate per so many is told the unit B3 tells it."""
    kind = terms.counted_or_share(row.name)
    share = kind == "share" or kind is None and terms.in_percent(row.name)
    unit = "%" if share else terms.ending_unit(row.name) if kind == "count" else ""
    said = number_in_words(value.grade or value.text, Value(value.text, Kind.QUANTITY, unit=unit or None))
    if said is not None:
        return f"用文字说了数 {said}；请写成 {said}{unit}" if unit else f"用文字说了数 {said}；请写成 {said} 并加上单位"
    if share and ZERO_GROWTH.fullmatch(normalise(value.text).strip(TRIM_CHARS)):
        if terms.bound_way(_measure(row, value), row.role2, unit) is not False:
            return "用文字说了增长不超过 0；请写成 ≤0%"
        return "却没有数值；请写成 比较符 + 数值 + 单位"  # B5 tells ≤0% of a rate to raise, and ≥90% is no zero growth
    if not unit:
        per = terms.per_so_many(row.name)
        return "却没有数值；请写成 比较符 + 数值 + 单位" + (f"，单位按每{per}计，如 {terms.per_so_many_unit(row.name)}"
                                                    if per else "")
    cap = terms.bound_way(_measure(row, value), row.role2, unit) is True
    example = f"{'≤' if cap else '≥'}{'5' if cap else '90'}%" if share else f"{'≤' if cap else '≥'}3{unit}"
    return f"却没有数值；请写成 比较符 + 数值 + 单位，如 {example}"


@rule("B3", "warning", "缺少单位或比较符", "财预〔2021〕101号（指标值和计量单位）")
def b3_unit(ctx):
    """A number has a unit, agrees with the unit named in the name or the unit column, and a share has ≥, ≤ or =;
    on a form that splits its values, a comparator typed in the value cell agrees with the comparator column (of
    every row, a cost's too: `ValueParts.clash`), as the form prints both and the cell's is the one read.

    A name that plainly counts (活动场次) or plainly is a share (合格率, 满意度) is held to that kind of value: only such
    an obvious mismatch, as a name says its unit seldom more plainly (服务频率 may be counted, 培训 neither). A
    满意度指标 row's count is B10's to tell (不是百分比): one finding, one rewrite. A unit the author declared (in the
    name's brackets, 培训合格人数(%), or the unit column) is what the value is held to instead, and a count's growth
    (新增会员人数 较上年增长≥10%) is rightly a percentage, and so is a cut of a count named with its verb (压减会议次数
    ≥10%, 减少培训人次 ≥5%: `terms.cut_in_percent`), the cut's size as B5 reads it. A length of time declared in months (项目完成时间（月）) takes
    月 and 个月 alike and is told 个月 (`terms.duration_unit`), as `≤12月` reads as December; one in working days
    (回访时限（工作日）) takes 工作日 and 个工作日 alike and is told 个工作日, as `≤5个工作日` reads.

    A share without a comparator is told the one its measure points to, as B5 reads it: ≥ of a rate to reach, ≤ of
    one to keep low (差错率 5% is ≤5%), and of a change measured with its sign the number it means (`压减5%` of a
    “三公经费”变动率 is ≤-5%: `LintContext.mend_comparator`), never `≥5%`, which asks a rise. A top share of a ranking
    (`前5%`: `terms.top_share`) needs none; a comparator on a ranking's place (`≥第5名`: `terms.compared_place`) is
    told to say which side of the place it means, as ≥ of a place reads either way, and so is 以下 after one
    (`第3名以下`, the third or worse as a reviewer reads it, though values read ≤3).

    Pass: ≥95％, 100%, 3人; 15 beside 指标性质 ≤; 服务频率 ≥4次; 培训合格人数(%) ≥95%; 新增会员人数 较上年增长≥10%;
    压减会议次数 ≥10%;
    项目完成时间（月） ≤12个月; 回访时限（工作日） ≤5个工作日; 绿地面积（m2） ≥120平方米 (a unit in letters is its
    Chinese one), 巡河里程（千米） ≥5km (km is 公里, 千米 by another name: `value_kinds.one_name`).
    Fail: 10; 项目完成时间（月） ≤12 (told ≤12个月); 90% (≥ or =?); 差错率 5% (told ≤5%); 变动率 压减5% (told ≤-5%);
    6次 for 访率(%); ≥15 beside 指标性质 ≤; 活动场次 ≥95%; 满意度 ≥90人; 考核排名 第3名以下 or 第三名以下 (words to
    values, told all the same, and not by B7); 道路交通万车死亡率 ≤2%
    (a rate per so many in %, its base in the name: `_percent_per_so_many`).
    """
    for _, row, column, value in _values(ctx):
        clash = ctx.parts.clash(row.item, column["key"])
        if clash:
            yield _clash(ctx, row, column, *clash)
        place = terms.compared_place(row.name, value.text, value.unit)  # 第三名以下 is words to values: told all the same
        if value.kind not in (Kind.QUANTITY, Kind.DATE) and not place or row.cost:
            continue
        typed = _typed_unit(ctx, row)
        declared = terms.duration_unit(row.name, typed)
        where = row.at(column["key"])
        if _deadline_for_a_number(value, typed):
            yield ctx.report(where, f"{quote(value.text)}是期限，与指标规定的单位{quote(typed)}不一致")
        elif value.kind is Kind.DATE or typed and not is_unit(typed) and recurring_deadline(value):
            continue  # a deadline under 日期, 时间 or a dash in a unit column: no number's unit there to hold it to
        elif place:
            how, number = place
            yield ctx.report(where, f"{quote(value.text)}用{how}限定名次，说不清是这一名及以前还是以后（名次数字越小越靠前）；"
                                    f"请写成 前{number}名 或 第{number}名以内")
        elif value.unit is None and not _placed(row.name, value) and not terms.is_index(row.name):
            yield ctx.report(*_unit_missing(ctx, row, column, value, typed, declared))
        elif declared and one_name(terms.duration_unit(row.name, value.unit)) != one_name(declared) and not (
                (value.per in TIME_UNITS or times_a_year(value)) and value.unit.startswith(declared + "/")):
            yield ctx.report(where, f"{quote(value.text)}的单位{quote(value.unit)}与指标规定的单位{quote(typed)}不一致")
        elif not declared and (kind := terms.counted_or_share(row.name)) and value.per is None and (
                kind == "count" and value.percent and not terms.CHANGE_RATE.search(value.prefix)
                and not terms.cut_in_percent(_measure(row, value), value.unit)
                or kind == "share" and value.unit in COUNT_UNITS and not row.satisfaction):
            yield ctx.report(ctx.mend(row, column, "unit", "", "")[0], _mismatch(row, value, kind))
        elif (not declared and value.percent and value.per is None and not terms.CHANGE_RATE.search(value.prefix)
              and (per := terms.per_so_many(row.name))):
            yield ctx.report(*_percent_per_so_many(ctx, row, column, value, per))
        elif value.percent and value.op is None and value.number not in (0, 100) and not terms.top_share(value.prefix):
            read = same_measure.signed(row.name, value)
            measure = _measure(row, read)
            cap = (bool(terms.regulated_ceiling(measure, value.text))
                   or terms.bound_way(measure, row.role2, read.unit) is True)
            where, wanted = ctx.mend_comparator(row, column, value, ("≤", "=") if cap else ("≥", "="))
            yield ctx.report(where, f"{quote(value.text)}没有比较符，看不出是{'至多' if cap else '至少'}还是恰好；请写成 {wanted}")


_UNITS_OF_A_DATE = ("年", "月")
"""Units a row may declare of a date (完成时间（月）: the month by which), under which a date is no mismatch."""


def _deadline_for_a_number(value: Value, typed: str) -> bool:
    """Whether `value` is a deadline where the row declares the unit of a number (`typed`): a date by which
    (`6月底前` under 完成率（%）, 开展巡查次数（次） or 办结时限（天）) or a recurring one (`每月10日前完成`,
    `每周五前`: `values.recurring_deadline`), which B3 tells is a deadline, not the number asked. Dates were skipped,
    and a recurring deadline under （天） read as so many 日, the unit declared: both were quiet, though a reviewer
    finds no rate, count or number of days in them. Of a date, a year or month declared may be its own
    (`_UNITS_OF_A_DATE`). A unit column's words that are no unit a number is read with (日期, 时间, 年月日, a dash
    or 无, as forms fill it on a 时效 row: `value_kinds.is_unit`) declare none, and the deadline is what was asked."""
    if not is_unit(typed):
        return False
    if value.kind is Kind.DATE:
        return value.deadline and typed not in _UNITS_OF_A_DATE
    return recurring_deadline(value)


def _typed_unit(ctx, row) -> str:
    """The unit the author declared for a row's values, as written: in the unit column where the form has one, else in
    the brackets the name ends in (`terms.bracketed_unit`); "" where neither says one. B3 holds a value to it (a
    length of time in 月 as 个月: `terms.duration_unit`) and B9 leaves a bare number of a time unit so declared to B3."""
    unit_key = ctx.facts["columns"].get("unit")
    return (fold(row.item.get(unit_key)) if unit_key else "") or terms.bracketed_unit(row.name)


def _unit_missing(ctx, row, column, value, typed: str, declared: str) -> tuple[tuple, str]:
    """Where B3 tells a bare number (`≥90`) its missing unit, and its words: the unit the name makes plain (declared in
    brackets or a unit column, % of a rate 活动参与率, 场次 of 联谊活动场次) written in, `≥90%`, so that a clerk is told
    what to type and not handed a list of units to choose from; that list where the name says none, or says two
    things: a rate declared in a unit no share is in (资金到位率(万元) ≥5) may be a rate or an amount, and told either
    unit the clerk may be told the wrong one, which is worse than none. A rate per so many people (万人拥有率 ≥5:
    `terms.per_so_many`) is no share, and its example is a unit per them (个/万人; 人/万车 of a death rate:
    `terms.per_so_many_unit`), not %. A unit declared is quoted as typed (以“月”计), as the clerk finds it in the
    name, while the value is offered the unit it is held to (≤12个月:
    `terms.duration_unit`), with why where that is not plain (`terms.held_unit_note`). A unit word written that lint
    reads as none of this measure (政策知晓度 ≥90度: 度 is electricity's only) is named as not its unit and replaced
    (请写成 ≥90%), where 没有计量单位 told the clerk who wrote 度 that no unit was there."""
    kind = terms.counted_or_share(row.name)
    named = ("%" if kind == "share" else terms.counted_per_so_many(row.name) or terms.ending_unit(row.name)
             if kind == "count" else "")
    unit = "" if kind == "share" and declared and declared not in SHARES else declared or named
    text = value.text.rstrip()
    stray = value.suffix if is_unit(value.suffix) and text.endswith(value.suffix) and unit else ""
    if stray:  # 政策知晓度 ≥90度: the 度 written is no unit of it (`LintContext.target`), and is replaced, not added to
        text = text[: len(text) - len(stray)]
    where, wanted = ctx.mend(row, column, "unit", f"请写成 {text}{unit}", f"请在这一栏写 {unit}")
    if not unit or wanted.startswith("请写成") and not re.search(r"\d$", text):
        per = terms.per_so_many_unit(row.name)
        return where, f"{quote(value.text)}没有计量单位；请写明单位，如 {per or '次、人、%、个月'}"
    said = typed if declared and unit == declared else unit
    wrong = f"的“{stray}”不是这个指标的计量单位" if stray else "没有计量单位"
    return where, (f"{quote(value.text)}{wrong}；三级指标{quote(unpunctuated(row.name))}以“{said}”计，{wanted}"
                   + terms.held_unit_note(said, unit))


def _mismatch(row, value, kind: str) -> str:
    """B3's words for a count written as a share (活动场次 ≥95%) or a share as a count (满意度 ≥90人)."""
    name = quote(unpunctuated(row.name))
    if kind == "count":
        return (f"{name}是计数，指标值{quote(value.text)}却是百分比；请写出要完成的数量和单位（如 ≥8场、≥200人次），"
                "要考核比率的另设“……率”指标")
    return (f"{name}是比率，指标值{quote(value.text)}却是以“{value.unit}”计的数量；请写成百分比（如 ≥90%），"
            "要考核数量的另设“……人数”“……次数”指标")


def _percent_per_so_many(ctx, row, column, value, per: str) -> tuple[tuple, str]:
    """Where and how B3 tells a rate per so many (`terms.per_so_many`: 每万人口刑事案件发案数, 亿元GDP生产安全事故死亡率,
    道路交通万车死亡率) that its % is no unit of it: the base is in the name, so `≤2%` of 万车死亡率 is a slip for 2 per
    10,000 vehicles, which the form would print as a share a hundred times off, and B3 let it pass once it stopped
    offering % of these names. The unit offered is the one a bare number of them is offered (`_unit_missing`:
    `terms.per_so_many_unit`). A change
    written on the value (`较上年下降2%`, `同比下降5%`) is a percentage of the figure whatever it is per, and is not
    told; B3 reads it as any change is read."""
    text = value.text.strip()
    unit = terms.per_so_many_unit(row.name)
    rewritten = re.sub("[%％]", unit, text, count=1)
    where, wanted = ctx.mend(row, column, "unit", f"请去掉“%”，写成按每{per}计的单位，如 {rewritten}",
                             f"请在这一栏写按每{per}计的单位，如 {unit}")
    return where, f"{quote(text)}是百分比，但{quote(unpunctuated(row.name))}按每{per}计，不是百分比；{wanted}"


def _clash(ctx, row, column, own: str, set_apart: str):
    """B3's finding on a value cell whose own comparator disagrees with the comparator column, at the value; about
    that column (`subject`), so that a rule saying more of the value (B10) does not stand for it (lint.run)."""
    where = row.at(column["key"])
    cell, apart = ctx.title(where), ctx.title(row.at(ctx.parts.comparator))
    return ctx.report(where, subject=(apart,), message=f"{quote(str(row.item[column['key']]))}自带比较符“{own}”，与“{apart}”栏的“{set_apart}”不一致："
                             f"表上两栏都印出，jixiao 按“{cell}”栏的“{own}”读；比较符只写在“{apart}”栏，"
                             f"请删去“{cell}”栏里的比较符，并核对“{apart}”栏应为 {own} 还是 {set_apart}")


@rule("B4", "error", "百分比超出 0–100", "算术（比率在 0% 到 100% 之间）")
def b4_percent(ctx):
    """A share lies within 0–100%, in ‰ within 0–1000‰, in ‱ within 0–10000‱ (`value_kinds.SHARES`), unless the
    indicator is a growth or change rate: 合格率 ≥1200‰ passed where ≥120% was told, though ‰ is as much a share (B3
    and B5 read it as one).

    Pass: ≥95%, ≥950‰, 增长率 ≥120%.  Fail: 合格率 ≥120%, 合格率 ≥1200‰.
    """
    for _, row, column, value in _values(ctx):
        whole = SHARES.get(value.unit) if value.kind is Kind.QUANTITY else None
        if whole and not 0 <= value.number <= whole and not terms.CHANGE_RATE.search(_measure(row, value)):
            yield ctx.report(row.at(column["key"]), f"{quote(value.text)}超出了 0{value.unit}–{whole}{value.unit}；"
                                                    "比率不能超过 100%（增长率、变动率除外）")


@rule("B5", "warning", "比较符方向不对", PRACTICE)
def b5_direction(ctx):
    """Rates to reach take ≥ or =; costs, times to get something done and error rates ≤ or =; lengths of
    service or training to deliver and counts of good days (达标天数, 优良天数) ≥ or =, of bad days (超标天数, 停电天数)
    ≤ or =; counts = or ≥, but counts and amounts under spending control (严格控制会议次数, 压减公务接待批次, 会议费:
    `terms.regulated_ceiling`) ≤ or =, under 数量指标 too, and the message names the words that make it one; a bare
    count of trips abroad, receptions or official cars (因公出国(境)拜访、联谊等次数, 公务接待批次) may be the unit's own
    work or a cap of its spending, and takes the author's ≥ or ≤ (`terms.bound_way`, which diff reads too); a count of training the unit
    delivers (举办培训班次数) stays a count to complete. Another length of time (租赁期限, 会议举办天数) may be
    a floor or a cap, under 数量指标 too, and so is a value in a unit of time whose words say nothing (会议 ≤2小时/次,
    窗口受理 ≤20分钟/件, told ≥ as 要完成的数量: no count; `terms.undirected_duration`, which diff reads too; D1 tells a
    time spent on each case to go to 时效指标). A value without a comparator (志愿服务时长 100小时, 举办3场) is met
    exactly, which every direction accepts, under 时效指标 as under 数量指标: only a share asks for one (B3).
    An amount of money (≤5万元, or 5万元 with no comparator) under 数量, 质量 or 时效 has no right direction there: it
    is a cost, and is told to move to the frame's 成本指标, as flipping it to ≥5万元 only makes a target a reviewer
    rejects. A row C7 reports as money put in (业务工作支出安排金额 5万元; under 效益 研发经费投入 ≥10亿元, once told 越低越好（经费）)
    is left to C7: one finding, one rewrite. An investment intensity (R&D经费投入强度 ≥2.5%) is a level to raise
    (`terms._INVESTMENT_INTENSITY`), not a cost by its 经费. Money won
    back (追回违规资金 ≥50万元: `terms.won_back`) is no cost either, and is told to move to 经济效益指标, as C7 tells it.

    Pass: 合格率 ≥95%, 无故障率 ≥98%, 费用 ≤35万元, 志愿服务时长 ≥100小时, 会议举办天数 ≤4天, 控制因公出国团组数 ≤3个,
    举办培训班次数 ≥5次, 因公出国(境)拜访、联谊等次数 ≥6次, 因公出国(境)团组数 ≤3个, 降低能耗 ≥5% (a cut of what
    is to keep low, in % of no rate: `terms._cut_way`; and of anything else, 减少碳排放 ≥5%, 压缩办理时限 ≥20%:
    `terms._cut_size`), 降低差错率 ≤1% or ≥1% (the rate after a cut, or the cut), 压减一般性支出 ≤10万元 or ≥10万元
    (the spending after a cut, or the money cut: `terms._LEVEL_OR_CUT`; and with the verb after the money, 三公经费压减 ≤3万元
    or ≥3万元: `terms._CUT_AFTER_MONEY`), 减少碳排放 ≤100吨 or ≥100吨 (what is left, or
    the cut: `terms._cut_in_its_unit`), 减少办理时间 ≥2天 or 压缩办理时限 ≤5个工作日 (the time cut, or the time left:
    `terms._cut_time`),
    故障巡检次数 ≥24次 (work looking for breakdowns: `terms._CHECKED_FOR`), 排名全省第3名以上 and 排名全省前10名以内 (a
    place's words say its bound, the third or better: `terms.ranked_place`; ≤3名 of a 考核名次 is B3's, which asks
    which side of the place is meant: `terms.compared_place`).  Fail: 满意度 ≤90%; 降低能耗 ≤5%;
    差错率 ≥1%; 能耗 ≥100吨标煤; 超标率 ≥5%; 办理时限 ≥5个工作日; 培训天数 ≤5天; 数量指标 参会人数 ≤350人次 (≤ alone sets no
    target, as any fewer meets it; a meeting's approved scale is a cap its words of control say, 参会人数控制在350人次以内,
    which is offered and then taken: `_held_count_advice`); 严格控制因公出国团组数 ≥3个;
    数量指标 宣传物料印制费 ≤5万元
    (told to move to 产出指标 › 成本指标, or on a form whose frame has no 成本指标 that it has none: `LintContext.home`).
    """
    for listed, row, column, value in _values(ctx):
        if value.kind is not Kind.QUANTITY:
            continue
        if value.money is not None and row.role2 in terms.MONEY_IS_COST_ROLES and not row.cost:
            if terms.input_as_output(fold(row.name), row.role2):
                continue  # C7's row: it asks for the output this money buys
            if back := terms.won_back(fold(row.name)):  # 追回违规资金 ≥50万元: an effect, no cost
                floor = f"如 ≥{value.number}{value.unit}"
                yield ctx.report(row.at(column["key"]), f"{quote(value.text)}是{back[0]}（{shown(back[1])}），"
                                                        f"{won_back_advice(ctx, listed, row.role2, floor, back[0])}")
                continue
            home = ctx.home(listed, "cost")
            move = (f"请把这一项移到“{home}”下（写成上限，如 ≤{value.number}{value.unit}）" if home
                    else no_home("cost"))
            yield ctx.report(row.at(column["key"]), f"{quote(value.text)}是一笔金额，金额是成本，不是{terms.NAMES[row.role2]}"
                                                    f"衡量的产出；{move}，{terms.NAMES[row.role2]}写这笔钱带来的产出")
            continue
        if row.effect and terms.money_spent(fold(row.name)):
            continue  # C7's row: the budget's own money put in is no effect, whichever way it is bounded
        read = same_measure.signed(row.name, value)  # 下降≥5% of a 变动率: ≤-5%, a cap kept, no floor
        if read.op is None or terms.ranked_place(value.text) or terms.compared_place(row.name, value.text, value.unit):
            continue  # a place's words say its bound (第3名以上 is the third or better); ≥3名 of a place is B3's
        if recurring_deadline(value):
            continue  # 每周五前 under a rate: its ≤ is the 前 of a deadline, no comparator to turn; B3 tells the unit
        measure = _measure(row, read)
        lower = terms.bound_way(measure, row.role2, read.unit)
        ceiling = terms.regulated_ceiling(measure, value.text)
        count = False  # a count to complete: ≤ sets no target, and it may be a cap its words of control would say
        if ceiling:
            wrong, wanted, why = read.op in ("≥", ">"), "≤ 或 =", f"是受支出控制的上限（{shown(ceiling)}），越少越严"
        elif lower is True:
            wrong, wanted, why = read.op in ("≥", ">"), "≤ 或 =", _why(measure, read.unit)
        elif lower is False and terms.lower_is_better(measure, read.unit) is False:
            wrong, wanted, why = read.op in ("≤", "<"), "≥ 或 =", _why(measure, read.unit)
        elif lower is False:  # no word says: a 数量指标's count
            wrong, wanted, why, count = read.op in ("≤", "<"), "≥ 或 =", "是要完成的数量", True
        else:
            continue
        if wrong:
            said = (f"用了“{value.op}”" if read is value
                    else f"即 {read.op}{read.number}{shown(read.unit or '')}（变动带正负号）")
            if count:
                said += "，只定了上限（再少也算达成）"
            yield ctx.report(ctx.mend(row, column, "comparator", "", "")[0], subject=(read.op,),
                             message=f"{quote(value.text)}{said}，而这项指标{why}；应为 {wanted}"
                                     + (_held_count_advice(fold(row.name), read) if count else ""))


def _held_count_advice(name: str, read) -> str:
    """B5's way out for a bare count under 数量指标 written ≤ (参会人数 ≤350人次 of a congress, as a published form has
    it) where the count is of a thing the spending rules hold down (a meeting's size: `terms.regulated_ceiling`): the
    author may have meant the meeting's approved scale, a cap, which words of control say (参会人数控制在350人次以内)
    and B5 then takes. Offered only where those words would be read as a cap, so that a count of checks or
    receptions of 侨胞 is not sent to words that leave it told all the same. Said in the words B5 gives the reason of
    such a cap in (受支出控制的上限), which fit every count so held: a meeting's size was named for 会议次数 ≤6次 and
    车辆数量 ≤5辆 too."""
    limit = f"{read.number}{shown(read.unit or '')}"
    if not terms.regulated_ceiling(name, f"控制在{limit}以内"):
        return ""
    return f"；若{limit}是受支出控制的上限，请写明控制（如 {unpunctuated(terms.without_units(name))}控制在{limit}以内）"




def _why(measure: str, unit: str | None) -> str:
    """B5's reason a measure points the way it does, naming the words of its own that say so (`terms.direction`):
    `是节约或压减的金额或比例（节约额），越多越好`, not a list of every kind that points that way."""
    _, reason, words = terms.direction(measure, unit)
    return reason.format(shown(words))


@rule("B6", "warning", "模糊词语", "财预〔2011〕285号 第十四条；" + PRACTICE, words=VAGUE)
def b6_vague(ctx):
    """No vague word (明显, 有所, 稳步推进…) stands in for a number or a grade, in a value or in the 三级 name.

    A vague name is judged whatever its value: a grade (达到, 完成) only says that the vague claim was met, so
    有效促进侨界交流 with 达到 is no more checkable than with nothing; a number rescues a name only when the name
    ends in what the number counts or measures (有效提升侨务接待次数 十八次, 活动持续时间 ≤3天). Nor does the message
    offer 达到/未达到 as the way out of a vague name: that is how such a row came to be written; nor of a vague value
    unless the name asks yes or no (`_way_out`).

    A value reads as a quantity or date wherever a number stands in it, the year that frames its work too
    (2024年积极推动实现高质量发展 is 2024 of 年): such a value is words all the same when, as in prose, its only numbers
    count nothing (`_uncounted_number`), and is told, naming the number. A value whose number is a target
    (进一步提升至95%) stays one softened, and so does a ranking in numerals (力争名列全省第三, as 力争排名第3).

    The targets' prose (the profile's `targets`: 总体目标, 年度目标, 中长期目标) is read too, clause by clause, as a reviewer
    rejects a target as 目标不明确 there first. Prose may rightly soften a checkable target (进一步提升至95%, 力争年底完成,
    进一步提高知晓率，力争达到95%以上), so only a clause with a vague word and no number, deadline or visible end state (全覆盖, 零投诉) in
    it or in the clause right after it is told, once for the text, naming its words. Of the five example forms' nine
    target texts four are told (积极推动…, 进一步深化…, …进一步发展, 积极履行…): each the kind a reviewer returns. A task's texts are
    not read: its name and content describe work, not a target.

    Pass: ≥95%, 健全; 进一步提高服务对象满意度率 ≥90%, 进一步提高侨界群众满意度 ≥90%; a target 进一步提升满意度至95%以上,
    促进两岸可持续发展, 推动“高质量发展”, 2024年底前积极推动…, 积极推进…，2026年建成 (a year with a thing finished is a
    deadline), 积极…，排名进入全省第3 or 排名第一, 2024年积极举办一次….  Fail: 圆满完成, 有所提升, 有效搭建; 有效促进侨界交流 with
    达到 or with ≥95%; a target 进一步深化苏台各领域交流合作, 2024年进一步加强…, 2024年至2026年积极推进…,
    积极筹备第十四届… (the years the work is set in, a session's ordinal, 十四五 or 千家万户 is no number of the target:
    `_UNCOUNTED`), 积极推动，2024年实现显著提升 (a deadline of a vague result), …2020年完成的档案继续维护 (a year that
    dates a thing, no deadline), 建成一批示范点 (一批, 一些, 若干, 多个, 一系列 name no number: `terms.VAGUE_COUNTS`;
    一次, 一个, 一项 count one).
    """
    words = ctx.param("words")
    for _, row in ctx.rows:
        name_word = _vague(row.name, words)
        for column, value in row.values:
            word = _vague(value.text, words) if value.kind in (Kind.TEXT, Kind.QUANTITY, Kind.DATE) else None
            words_only = value.kind is Kind.TEXT and not _ranking(value.text)
            uncounted = _uncounted_number(value.text, words) if word and not words_only else None
            if word and (words_only or uncounted):
                way_out = "请写成数值加单位" if name_word else _way_out(ctx, row)
                why = (f"，“{uncounted}年”只是期限，没有说做到多少" if uncounted and _by_year(value.text, uncounted)
                       else f"，其中的“{uncounted}”不是要达到的数量或期限" if uncounted else "")
                yield ctx.report(row.at(column["key"]), f"{_said(value.text, word)}是模糊的说法{why}，无法核查是否达成；{way_out}",
                                 char=_vague_char(ctx, row.at(column["key"]), word))
        if name_word and not _measures_by_number(row):
            grade = next((v.text for _, v in row.values if v.kind is Kind.GRADE), None)
            why = (f"指标值{quote(grade)}只说明做到与否，说不出做到多少" if grade
                   else "看不出指标值的数字衡量的是什么" if any(measurable(v) for _, v in row.values) else "指标值也没有数值")
            yield ctx.report(row.at("name"), f"{_said(row.name, name_word)}是模糊的说法，{why}；请把三级指标写成可计量的对象"
                                             "（如“侨界交流活动场次”“……率”），指标值写数值和单位（如 ≥3场、≥90%）",
                             char=_vague_char(ctx, row.at("name"), name_word))
    for kind, _, path, text in goal_texts(ctx.facts, ctx.data):
        clauses = list(vague_clauses(text, words)) if kind == "targets" and not blank(text) else []
        if clauses:
            said = list(dict.fromkeys(word for _, found, _ in clauses for word, _ in found))
            first, found, start = clauses[0]
            more = f"等 {len(clauses)} 句" if len(clauses) > 1 else ""
            yield ctx.report(path, f"{quote(first, 40)}{more}用了{'、'.join(f'“{shown(w)}”' for w in said)}这样模糊的说法，"
                                   "没有数字，也没有期限、全覆盖这样可核查的结果，审核时看不出目标是否达成；"
                                   f"请写出要达到的数量、质量或期限（如 举办交流活动不少于5场、{ctx.deadline}），"
                                   "并设衡量它的绩效指标", char=start + found[0][1],
                             subject=tuple(clause for clause, _, _ in clauses))


_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|「[^」]*」|『[^』]*』|‘[^’]*’|\"[^\"]*\"")
"""A name or slogan a target's prose quotes (“高质量发展，高水平改革开放”, 《法治政府建设实施纲要》): its author's words,
not the unit's claim, so neither a vague word nor a number in it is the target's."""
_TARGET_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_TARGET_CLAUSE = re.compile(r"[^，,]+")
_COUNT_OF_ONE = "场次|人次|批次|次|场|个|项|人|名|届|轮|篇|份|所|座|支|套|台"
"""The measure words after which a lone 一 counts one (举办一次, 开展一场, 新建一个): not 批 (一批 is 'some'), 件
(一件事一次办), 起 (一起), 部 (一部分), 条 (一条龙), 门 (一门式), 家/户 (一家一户) or a time (一年来)."""
_SPELT_COUNT = re.compile(r"(?:[二两三四五六七八九十百千万]|一(?=[十百千万零〇]))[一二两三四五六七八九十百千万零〇]*(?:"
                          + "|".join(sorted(COUNT_UNITS + TIME_UNITS, key=len, reverse=True)) + ")"
                          rf"|(?<![统唯万第之同单合划专均逐归如每这那哪再又一])一(?:{_COUNT_OF_ONE})(?![性一])")
"""A count or time spelt in Chinese numerals (举办三场, 今后五年, 举办一次), as prose writes them; not a 一 that is part
of a word (进一步, 统一, 再一次, 一次性, 一人一档) or before a word that is no measure of one (`_COUNT_OF_ONE`)."""
_END_STATE = r"全覆盖|[零无](?:事故|投诉|差错|伤亡|死亡)|通过验收"
"""A state a reviewer can see reached, whatever the words around it (全覆盖, 零投诉, 零伤亡, 通过验收): the none of the
values' grades (`value_kinds.GRADES`: 零事故, 零死亡)."""
_RANKING = terms.RANKING
_CHECKABLE = re.compile(rf"\d|[百千万]分之[零〇一二两三四五六七八九十百]|{_END_STATE}|(?:按时|按期|如期|全部)(?:{FINISHED})|"
                        r"底前|年内|年度内|年底|年末|[上下]半年|季度|月底|月末|" + _RANKING.pattern)
"""What makes a clause of a target checkable whatever its other words: a number (95%, 百分之九十五, 千分之五), a deadline
(年底前, 6月底前, 力争年底完成, 年内, 上半年, 第三季度), a state a reviewer can see reached (全覆盖, 零投诉, 按期完成),
a ranking (`_RANKING`).
力争 or 进一步 beside one (进一步提升至95%, 进一步提高知晓率，力争达到95%以上) only softens a target that is there."""
_YEAR = rf"(?:{YEAR_IN_FIGURES}|{YEAR_IN_NUMERALS})"
"""A year in figures or Chinese numerals, as `year_digits` reads one."""
_BY_YEAR = rf"年(?:底|前|内|末|全面|全部|基本|共计|前后){{0,2}}(?:{FINISHED})(?!的)"
"""A year's 年 with a thing finished right after it (2026年建成, 2026年全面完成, 2024年共计完成): the year is the
deadline. Not a thing finished at a distance (2024年积极推动…实现) nor one that names a thing (2020年完成的档案, 2025年已完成
项目): there the year only dates the work."""
_UNCOUNTED = re.compile(
    rf"(?<![\d.到至止]){_YEAR}(?:年度?[-—–~至到]{_YEAR}|[-—–~至到]{_YEAR})?(?=年)(?!年度?[之以]?前)(?!{_BY_YEAR})"
    rf"|第[\d{terms.NUMERALS}]+(?:个五年|(?=届|次|批|期|轮|场|回|阶段))|[{terms.NUMERALS}]+届(?=[一二三四五六七八九]中全会)"
    r"|十[一二三四五六]五(?=规划|期间|时期|末|开局|收官|\W|$)"
    rf"|{SET_PHRASES}"
    r"|千家万户|千村万户|千企万户|万家灯火|百家争鸣|百年(?:大计|未有之大变局|华诞)|建党百年|百年树人|十年树木")
"""Numbers in prose that count nothing the target is checked by, so that a clause with only these is still vague:
the year or span of years a target's work is set in (2024年进一步加强…, 2023年度, 二〇二四年, 2024—2026年,
2024年至2026年; its 年底, 年内, 12月 stay), an ordinal of a session or batch (第十四届, 第三次, 第3批, 第二个五年), a
session of a plenum (二十届三中全会), a plan's name (十四五期间) and set phrases whose numerals are no count (四个意识,
两个维护, 八项规定: `spelt_counts.SET_PHRASES`, which no value counts either; 千家万户, 万家灯火). A year is a deadline, and
stays, at the end of a span (到2025年, 截至2025年, 2025年前) or with a thing finished right after it (2026年建成, 于2026年全面完成: `_BY_YEAR`); an
ordinal is a ranking, and stays, before 名/位 or none of those counters (排名进入全省第3), as 第三季度 is a deadline.
Set phrases whose numerals no unit follows (千方百计, 一心一意, 三心二意, and 一带一路, a name) were never read as counts
and need no place here."""


_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）]|[①-⑳⑴-⒇⒈-⒛])")
"""The number a list of targets puts before each (1.积极推动…；2.持续开展…, ①, （1）): it counts the targets, it is no
number of one, as 一是 is none."""


def vague_clauses(text: str, words) -> Iterator[tuple[str, list[tuple[str, int]], int]]:
    """(clause as written, its vague words as shown with where each starts in it, where it starts in the text) of each
    clause of a target's prose that has a vague word and is not made checkable (`_checkable`) by itself or by the
    clause right after it in its sentence; quoted names and slogans are no part of it (`_QUOTED`).

    Prose puts the number of a target after a comma (进一步提高侨务政策知晓率，力争达到95%以上; 积极开展对台交流活动，
    全年举办不少于10场): the clause before it is that target's aim, not another one left unchecked. A number anywhere
    else in the sentence is another target's (全年举办活动不少于5场，进一步提升服务水平; 不断深化两岸交流，举办2场研讨会，
    积极推进融合发展): judging the whole sentence let it hide the vague clause. A sentence runs to 。；; or a line's end
    and splits into clauses at commas only: 、 joins the items of one clause (经济、文化、科技等各领域交流), which is
    quoted whole."""
    masked = _QUOTED.sub(lambda quoted: "□" * len(quoted.group()), text)
    for sentence in _TARGET_SENTENCE.finditer(masked):
        clauses = list(_TARGET_CLAUSE.finditer(sentence.group()))
        checkable = [_checkable(_ENUMERATOR.sub("", clause.group()) if not i else clause.group(), words)
                     for i, clause in enumerate(clauses)] + [False]
        for i, clause in enumerate(clauses):
            if checkable[i] or checkable[i + 1]:
                continue
            part = clause.group()
            hits = list(_vague_hits(part, words))
            found = sorted(((word.replace("…", "……"), at) for word, at in hits if not _within(word, at, hits)),
                           key=lambda hit: hit[1])
            if found:
                start = sentence.start() + clause.start()
                yield written(text[start:start + len(part)]), found, start


def _checkable(clause: str, words) -> bool:
    """Whether the clause has a number, deadline or end state (`_CHECKABLE`) or a count spelt in numerals, other than
    the numbers that count nothing (`_UNCOUNTED`) and a deadline year of a vague result (`_vague_result`)."""
    counted = _counted(clause, words)
    return bool(_CHECKABLE.search(counted) or _SPELT_COUNT.search(counted))


def _counted(clause: str, words) -> str:
    """The clause, normalised, with the numbers that count nothing (`_UNCOUNTED`, `_vague_result`) masked, one □ a
    character, so that what is left is what may make it checkable."""
    counted = _VAGUE_RESULT.sub(lambda year: _vague_result(year, words), normalise(clause))
    return _UNCOUNTED.sub(lambda uncounted: "□" * len(uncounted.group()), counted)


def _uncounted_number(text: str, words) -> str | None:
    """The first number of a value that counts nothing (`2024` of 2024年积极推动…; an ordinal, 第14届, values read as words), as the value is
    normalised, when no number, deadline or end state is left beside it: the value only looks measurable, and B6
    reads it as the words it is. None when the value is checkable or has no such number."""
    if _checkable(text, words):
        return None
    masked = re.search("□+", _counted(text, words))
    return normalise(text)[masked.start():masked.end()] if masked else None


_VAGUE_RESULT = re.compile(rf"{_YEAR}(?={_BY_YEAR}(.*))")


def _by_year(text: str, year: str) -> bool:
    """Whether the year `_uncounted_number` found is a deadline whose result is vague (`2024` of 2024年建成一批示范点:
    `_vague_result`): B6 then says the vague word is what is wrong, not the year."""
    return bool(re.search(rf"{re.escape(year)}{_BY_YEAR}", normalise(text)))


def _vague_result(year: re.Match, words) -> str:
    """The year masked where what it finishes by is vague itself (2024年实现显著提升: 显著 says no more with a year
    before it), so that a deadline does not excuse a vague word in its clause; else the year as written."""
    vague = any(_vague_hits(year.group(1), words))
    return "□" * len(year.group()) if vague else year.group()


def _within(word: str, at: int, hits) -> bool:
    """Whether another vague word found holds this one where it stands (稳步 in 稳步推进): a message names the longer."""
    return any(other != word and word in other and where <= at < where + len(other) for other, where in hits)


_MEASURED_ENDING = re.compile(r"(?:率|数|次|量|度|面|性|时间|时限|期限|年限|周期|时长|金额|费用|成本|场|项|面积|比例|\(%\))$")
"""What a name ends in when it names a measure (…次数, …率, …时间, 满意度, 知晓度, 覆盖面, 及时性, 运行年限), not a claim
(有效促进侨界交流)."""


def _measures_by_number(row) -> bool:
    """Whether the row's name names a measure and a value gives its number or date: then a vague word in the name
    (有效提升侨务接待次数, 活动持续时间) does not leave the target unchecked. A grade is no number."""
    return bool(_MEASURED_ENDING.search(normalise(fold(row.name)))) and any(
        measurable(v) and v.kind is not Kind.GRADE for _, v in row.values)


def _placed(name: str, value: Value) -> bool:
    """Whether a value is a place in a ranking, with its measure word or without (位居全省第3位, 名列第2名, 名列全省第5), or
    a top N (排名前5, as `terms.ranked_place` reads it: 排名第≤5, the form diff and D6 compare; 进入全省前5位 whatever the
    row's name says: `terms.placed`): B3 asks no unit of it,
    as a place needs none and its 位 or 名 is a ranking's own measure word, and no comparator, as a place is met
    exactly and a top N says its bound."""
    place = parse(terms.ranked_place(value.text) or value.text)
    measure = fold(name) + place.prefix
    measure_word = not place.suffix or place.suffix.startswith(("位", "名"))
    return place.kind is Kind.QUANTITY and terms.placed(measure, value.text) and measure_word


def _ranking(text: str) -> bool:
    """Whether a value is a place in a ranking (`_RANKING`: 名列全省第三, 排名第一) or a top N in numerals (全省前三,
    前五名: `terms.ranked_place`): words a reviewer checks as surely as 排名第3 or 前3名, which values read as a number."""
    return bool(_RANKING.search(normalise(text))) or terms.ranked_place(text) is not None


def _said(text: str, word: str) -> str:
    """“稳步推进” when the whole text is the vague word, else “效率逐步提高”中的“逐步”."""
    return quote(text) if fold(text) == word else f"{quote(text)}中的“{word}”"


def _in_numerals(value) -> bool:
    """Whether the value is words that spell its number in Chinese numerals (`十八次`, `不低于百分之九十五`,
    `两千人次`), which B7 reports with the figures to type. B2, B9 and B10 leave such a value to B7; one that has a
    number in figures besides (`12次，百分之九十`) is theirs to judge, as B7 does not report it."""
    return value.kind is Kind.TEXT and measurable(value)


_NAMED_STANDARD = re.compile(r"《[^》]+》|标准|符合.*(?:规定|要求|制度|办法|规范|政策|条例|准则)")
"""A name that names the standard or document its row is met by (符合国家节能标准, 制定《2024年度法制建设计划》), or
the kind of rules it is met by (符合财务管理制度规定, 符合国有资产管理办法要求): 达到, 达标 or 完成 there says which, and
is checkable."""
_BARE_YES = frozenset({"是", "有", "达到", "达标", "完成", "已完成", "全部完成", "有效"})
"""Grades that only say yes: checkable where the name asks yes or no, and nowhere else (保障机关正常运行 达到). 有效 is
one: it answers 纪检监察工作有效性 (`_STATED`), but 为决策提供参考 有效 says only that the work was of use, not what
or how much, as 达到 would."""
_IN_FORCE = re.compile(r"(?:制度|机制|措施|预案|体系|办法|方案|流程|内控|内部控制)(?:执行|运行|落实)?$")
"""A name of rules or measures put in force (内部控制制度, 风险防控措施, 应急预案, 人员管理制度执行): 有效 on it says
they work, a state as 健全 on 财务制度 is, and 风险防控措施有效 是 (`_STATED`) says the same; 有效 on work done or a
purpose (为决策提供参考, 政策宣传) says nothing checkable."""
_ASKING = re.compile(r"是否|可否|能否|\(是/否\)|\(是或否\)")
"""Words with which a name asks yes or no (制度是否健全, 可否按期交付使用, 资金使用合规性（是/否）)."""
_STATED = re.compile(r"(?:健全|完整|完善|规范|合规|合格|达标|通过|到位|准确|一致|平衡|公开|明确|及时|有效)性?$")
"""A state a name ends in, a grade B7 takes as a value (健全, 合规, 通过): 财务制度健全 是 says what 财务制度 健全
does, and a swap of the words must not change the finding; its …性 (合规性, 完整性) asks the same. 完成 and 达到 are
not among them: 任务完成 是 says no more than 任务 完成, which B7 tells."""


def _asks_yes_no(row) -> str | None:
    """What answers the row's name where it asks yes or no (是否…, 有无…, …（是/否）, or a state it ends in, `_STATED`:
    是/否 or 有/无) or for the state of a thing, graded (…情况: 财预〔2020〕10号 scores a 定性 target in three bands, 达成
    to 未达成, and 财预〔2011〕285号 asks such a value graded, 分级分档); None for any other name, where a bare yes says
    nothing of what or how much."""
    name = normalise(fold(row.name))
    if "有无" in name:
        return "有/无"
    if _ASKING.search(name) or _STATED.search(name):
        return "是/否"
    if name.endswith("情况"):
        return "优/良/中/差、达到/未达到 这样的分档"
    return None


def _way_out(ctx, row) -> str:
    """What B6 and B7 tell a vague or uncheckable value to be: the yes or no or the grade its name asks for; else a
    number, a deadline or a grade, never a bare 达到 or 是, which a clerk would write and which says nothing
    (防范提升 → 达到, 保障 → 是)."""
    answer = _asks_yes_no(row)
    if answer:
        return f"请写成 {answer}，或改为数值"
    return f"请写成数值加单位（如 ≥3场、≥90%）、完成期限（如 {ctx.deadline}）或 优/良/中/差 这样的等级"


def _bare_yes(row, value, words) -> bool:
    """Whether the value is a bare yes (`_BARE_YES`) on a row whose name neither asks yes or no nor names its standard,
    nor, for 有效, names rules or measures in force (`_IN_FORCE`), and no other rule tells it: a rate or count's
    (B2), a vague name's (B6 on the name), a 时效's (B9). The grade is read without a commitment opening it
    (`value_kinds.uncommitted`): 确保完成 says no more than 完成."""
    name, text = fold(row.name), fold(value.grade or value.text)
    return (value.kind is Kind.GRADE and text in _BARE_YES and bool(name) and not _asks_yes_no(row)
            and not (text == "有效" and _IN_FORCE.search(name))
            and not _NAMED_STANDARD.search(name) and not terms.QUANTITATIVE_NAME.search(name)
            and not _vague(row.name, words) and row.role2 != "timeliness")


def _figures_advice(text: str) -> str:
    """What B7 tells a number spelt in Chinese numerals to become: its figures (`十八次` → `18次`: `in_figures`), and of
    a frequency the count's alone, as its period stays in words (`一个月一次` → `一个月1次`, read as once a month:
    `frequencies.BARE_PERIOD`), so that the advice names the number it changes and a clerk is not told “阿拉伯数字”
    beside a suggestion that still spells 一个月; a spoken short number (`一千五次`) is told no figure to guess."""
    figures = in_figures(text)
    if not figures:
        return "请用阿拉伯数字书写"
    if times_a_year(parse(figures)) is not None:
        return f"请把数量写成阿拉伯数字，周期照写即可：{quote(figures)}"
    return f"请写成阿拉伯数字：{quote(figures)}"


@rule("B7", "warning", "定性指标值不可核查", QUANTIFY + "；财预〔2020〕10号（定性指标分档评分）", grades=list(GRADES))
def b7_graded(ctx):
    """A 定性 value is a graded, checkable term, not a restated goal; a number is written in figures. A bare yes
    (达到, 是, 完成) is checkable only where the name asks yes or no (是否…, …情况) or names its standard; elsewhere
    it is how 保障 or 长期 gets laundered, and is told what to write (`_way_out`).

    Pass: 健全, 达到 for 是否按期完成, 优 for 制度执行情况, 完成 for 制定《2024年度法制建设计划》, 名列全省第三 and 全省前三 (a
    ranking: `_ranking`), 每季度末前 (a deadline in each quarter: `values.recurring_deadline`), 每周五前
    (one each week), 每天结束前 (one each day), 每年结束前 (`_recurring_deadline`).  Fail: 保障, 长期,
    侨界群众满意的模范机关; 达到 for 提升内控体系建设，防范廉洁风险, 是 for 保障机关正常运行; 百分之九十五, 十八次,
    十月底前, 二〇二四年底前 (told the figures: 95%, 18次, 10月底前, 2024年底前); 一千五次 (spoken short: told to write it in
    figures).
    """
    words = ctx.config.settings[b6_vague.id].params["words"]
    for _, row, column, value in _values(ctx):
        if _in_numerals(value):  # a number after all, in words no one can check against
            yield ctx.report(row.at(column["key"]), f"{quote(value.text)}的数字是用汉字写的，读不出数值；"
                                                    f"{_figures_advice(value.text)}")
        elif (value.kind is Kind.TEXT and not _vague(value.text, words) and not _ranking(value.text)
              and not _recurring_deadline(value) and not terms.compared_place(row.name, value.text, None)):
            yield ctx.report(row.at(column["key"]), f"{quote(value.text)}不是可核查的目标；{_way_out(ctx, row)}")
        elif _bare_yes(row, value, words):
            yield ctx.report(row.at(column["key"]), f"{quote(value.text)}只说做到与否，而{quote(unpunctuated(row.name))}"
                                                    f"不是问是或否的指标，看不出做到了什么、做到多少；{_way_out(ctx, row)}")


@rule("B8", "warning", "指标值是评分规则", PRACTICE)
def b8_scoring(ctx):
    """A value is a target, not a scoring rule or formula (those belong in 评(扣)分标准 or 指标解释).

    Pass: ≥80%.  Fail: 达到目标值（80%及以上）得满分，…指标得分=100*完成率.
    """
    for _, row, column, value in _values(ctx):
        if value.kind is not Kind.EMPTY and is_scoring_rule(value.text):
            yield ctx.report(row.at(column["key"]), f"{quote(value.text, 20)}是评分规则或计算公式，不是目标值；"
                                                    "指标值请写目标（如 ≥80%），评分办法写在评(扣)分标准或指标解释里")


WORDS = "文字"
"""The subject of B9's and B10's findings on a value of words (`及时`, `满意`): such a finding says the value is no
checkable target of its row and asks it rewritten as a number or deadline, as B2, B6 and B7 say of words; of a
number of the wrong kind (`12次` under 时效, `≥90人` of a 满意度) it says that, and the number stays checkable."""


def _words(value: Value) -> tuple[str, ...]:
    """`(WORDS,)` where `value` is words, a grade or not, with no number or date; else no subject."""
    return (WORDS,) if value.kind in (Kind.GRADE, Kind.TEXT) else ()


def _recurring_deadline(value: Value) -> bool:
    """Whether a value of words is a deadline at the end of each period that no day of a month or week names (每年结束前,
    每工作日结束前: `value_dates.period_end`), one a reviewer checks in each period as surely as 12月底前 once; values
    reads the end of each week (每周末前) or a day of it (每周五前) as a weekly deadline, of each month, quarter or half
    year or of the next month (每季度末前, 每月底前完成, 次月底前) as the deadline on its month's last day, and of each day
    (每天结束前) as the whole day, which B7 and B9 pass as they pass 每季度首月10日前, hedged (每季度末前后) as
    每月10日前后 is, and after a hedge or a commitment (力争每年结束前: `value_dates.after_lead`) as values reads 力争每月底前."""
    return value.kind is Kind.TEXT and period_end(*after_lead(normalise(value.text))) is not None


@rule("B9", "warning", "时效指标不是期限", PRACTICE, accept_grades=False)
def b9_timeliness(ctx):
    """A 时效 value is a deadline, a duration with a time unit, or a rate.

    Pass: 2024年12月31日前完成, ≤30个工作日, ≥95%, 1次/季度, 季度4次 (one in each quarter at least), 6月底前完成2次检查
    (a count's deadline), 每季度末前 (a deadline in each quarter: `values.recurring_deadline`), 每周五前
    (one each week), 次月底前, 每天结束前 (one each day), 每年结束前 (`_recurring_deadline`); ≤12 of 办结时限（天）, B3's to
    tell ≤12天.  Fail: 及时, 按时, 12次, ≤12 of 办结时限 (no unit declared), 每季度 (no deadline in it).
    """
    for _, row, column, value in _values(ctx):
        if row.role2 != "timeliness" or value.kind is Kind.EMPTY or _in_numerals(value) or impossible_date(value.text):
            continue  # (B7 says how to write a number in Chinese numerals in digits, DATE-YEAR that a date does not exist)
        if _recurring_deadline(value):
            continue
        if value.kind is Kind.DATE or value.kind is Kind.QUANTITY and (value.percent or value.unit in TIME_UNITS
                                                                    or times_a_year(value)  # 1次/季度: a frequency
                                                                    or each_quarter_for_the_year(value)  # 季度4次
                                                                    or value.by is not None):  # 6月底前完成2次
            continue
        if value.kind is Kind.GRADE and ctx.param("accept_grades"):
            continue
        if value.kind is Kind.QUANTITY and value.unit is None and (
                terms.duration_unit(row.name, _typed_unit(ctx, row)) in TIME_UNITS):
            continue  # 办结时限（天） ≤12: a duration without its unit, which B3 tells in the unit declared (≤12天)
        yield ctx.report(row.at(column["key"]), f"{quote(value.text)}不是期限、时长或及时率；请写成 {ctx.deadline}、"
                                                "≤30个工作日 或 ≥95% 这样可核查的时效", subject=_words(value))


@rule("B10", "warning", "满意度指标值", PRACTICE, floor=85, allow_full=False,
      minimums={"floor": 0}, maximums={"floor": 100})
def b10_satisfaction(ctx):
    """A satisfaction value is a percentage with ≥, at least the floor, and not exactly 100% (a survey cannot show it).

    `floor` is a percentage, 0 to 100: above 100 every satisfaction value would be told it is too low, and a
    negative floor is none (0 already asks nothing).

    A count of work done (满意度调查次数 ≥2次: `terms.counts_work`) is D1's to move to 产出: one finding, one rewrite.

    Pass: ≥90%, 95%以上; 满意度调查次数 ≥2次 (D1's).  Fail: 100%; ≥80%; 满意.
    """
    floor = ctx.param("floor")
    for _, row, column, value in _values(ctx):
        measured = fold(row.name) + value.text
        if not row.satisfaction or value.kind is Kind.EMPTY or fold(row.name) and not terms.SATISFACTION.search(measured):
            continue
        if row.counts_work:
            continue  # 满意度调查次数 ≥2次: D1's to move to 产出, not a satisfaction to write as a percentage
        where = row.at(column["key"])
        if _in_numerals(value):
            continue  # B7 says how to write it in figures
        if not value.percent:
            yield ctx.report(where, f"{quote(value.text)}不是百分比；满意度请写成 ≥{floor}% 这样的调查目标",
                             subject=_words(value))
        elif value.number == 100 and not ctx.param("allow_full"):
            yield ctx.report(where, f"{quote(value.text)}：100% 的满意度无法由抽样调查证实；请定为 ≥95% 这样可核实的目标")
        elif value.number < floor:
            yield ctx.report(where, f"{quote(value.text)}低于满意度的下限 {floor}%")
        elif value.op not in ("≥", ">"):
            where, wanted = ctx.mend(row, column, "comparator", f"≥{value.number}%", "≥")
            yield ctx.report(where, f"{quote(value.text)}没有写“≥”；满意度是要达到的下限，请写成 {wanted}")


@rule("B11", "warning", "三级指标是工作内容", PRACTICE, max_length=30, above={"max_length": 0})
def b11_sentence(ctx):
    """A 三级 name is a measurable object, not a sentence of work content or a list.

    `max_length` need only be above 0 (0 or -1 would call every name a sentence). Measurable names in the reference
    forms run to 18 characters (患病、困难、失独台胞补助覆盖面（%）, 赴台团组审核审批工作服务对象满意度), so a limit
    below 20 is strict, but a unit's own choice, and taken.

    Pass: 活动参与人员满意度; 开展调研次数.  Fail: 宣传、贯彻党和政府的方针、政策; 密切与海外侨胞…(a list, 60
    characters); 做好市侨联预算、决算编制工作 (short, but a task: 做好…工作).
    """
    limit = ctx.param("max_length")
    for _, row in ctx.rows:
        name = fold(row.name)
        listed = ";" in normalise(name)
        task = _WORK_TASK.match(name)
        if len(name) > limit or listed or task:
            why = ("是用分号列出的几件工作" if listed else f"有 {len(name)} 个字，像是一句工作内容" if len(name) > limit
                   else f"写成了“{task.group(1)}……工作”这样的一项任务")
            yield ctx.report(row.at("name"), f"三级指标{why}；请写成一个可衡量的对象（{_object_example(row)}），"
                                             "工作内容写在目标或任务里")


def _object_example(row) -> str:
    """The measurable name B11 offers in place of a sentence of work: one that fits the row's 二级 and the kind of
    its value, as D1 asks of the name B11 stands for on that cell (lint.run). A rate under 数量指标 (`≥90%`) is
    offered a planned output's share, with D1's word on where other rates go; a 效益 row an effect of its kind, not
    a count of work done, which D1 tells is an output misfiled there; a count under 数量指标, or a row of no such
    category, `活动举办次数`."""
    rate = any(value.percent for _, value in row.values)
    if row.satisfaction:
        return "如“参会人员满意度”"
    if row.role2 == "quantity" and rate:
        return "数量指标是计数或计划的完成率，如“活动计划完成率”；其他比率请放到质量或时效指标"
    if row.role2 == "quality":
        return "如“验收合格率”"
    if row.role2 == "timeliness":
        return "如“资金拨付及时率”" if rate else "如“项目完成时间”"
    if row.cost:
        return "如“会议费支出”"
    if row.effect:
        return {"economic": "如“节约资金”或“带动投资金额”", "ecological": "如“办公能耗下降率”"}.get(row.role2, "如“政策知晓率”")
    return "如“活动举办次数”"


RULES = (b1_unparseable, b2_number, b3_unit, b4_percent, b5_direction, b6_vague, b7_graded, b8_scoring,
         b9_timeliness, b10_satisfaction, b11_sentence)
