"""C: cost and budget consistency (审核：适当性). Do the targets answer to the money?"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Context, Decimal
from functools import reduce

from .. import datapath
from ..amount_places import AMOUNT, SMALL, amounts, in_wan, padded, places, usual_places
from ..filled_text import blank, fold, unpunctuated
from ..problems import Severity
from ..rules.budget_sum import EXACT, alike, balances
from ..typed_numbers import is_number
from ..value_comparison import wan_as_money
from ..value_kinds import FOREIGN_CURRENCIES, MONEY_UNITS, TIME_UNITS, Kind
from ..values import multiplied, parse
from . import same_measure, terms
from .config import year_column
from .context import no_home, quote, shown
from .rule import PRACTICE, rule

COST_TEXT = "财预〔2021〕101号（成本指标：预期控制范围、分项成本控制数）"


def _total(values) -> Decimal:
    """Amounts summed exactly (EXACT): in the default context's 28 digits a 40-digit budget lost its last digits."""
    return reduce(EXACT.add, values, Decimal(0))


def _ratio(dividend: Decimal, divisor: Decimal) -> Decimal:
    """`dividend` ÷ `divisor` to 28 digits past its whole part, however long that is: the default context's 28 digits
    in all made a 40-digit amount's quotient wrong from the 29th digit on (123456789012345678901234567900000000 亿元);
    EXACT would never end on a third."""
    return Context(prec=max(0, dividend.adjusted() - divisor.adjusted()) + 30).divide(dividend, divisor)


def _in_10000(amount: Decimal) -> Decimal:
    """`amount` ÷ 10000 (元 read as 万元, 万元 as 亿元): only the exponent moves, exactly."""
    return amount.scaleb(-4, EXACT)


def _budget_lines(ctx, listed) -> list[tuple[tuple, int | Decimal]]:
    """(path, amount) of each amount a list's cost caps answer to: the profile's `cost_budget` paths beside the list
    that are filled in."""
    base = datapath.get(ctx.data, listed.parent) if listed.parent else ctx.data
    return [(where, v) for path in ctx.facts["cost_budget"] for where, v in datapath.find(base, path, listed.parent)
            if is_number(v)]


def _budget(ctx, listed) -> Decimal | None:
    """The amount a list's cost caps answer to: its `_budget_lines` summed; None where none is filled in."""
    lines = _budget_lines(ctx, listed)
    return _total(v for _, v in lines) if lines else None


_PER_WORDS = {"人均": ("人", "人次"), "每人次": ("人次",), "每人": ("人", "人次"), "生均": ("人",), "户均": ("户",),
              "场均": ("场", "场次"), "每场": ("场", "场次"), "次均": ("次",), "每次": ("次",)}
"""Words that make an amount a unit cost (人均培训成本 ≤500元 is 500 元 per 人 or 人次), with the units they are per."""
_PER_SEPARATORS = str.maketrans("", "", "·・.•")  # 元/人·次 is 元/人次
_PER_PARTS = re.compile(r"[/·・.•]")
_PER_TWO = {"人天": ("人", "天"), "人日": ("人", "日")}
"""Units of two counts at once, written solid: 元/人天 is 元/人/天, and 600人天 may be 200人 × 3天."""
_COUNTED_AS = {"人": ("人", "人次"), "人天": ("人天", "人日"), "人日": ("人日", "人天"), "天": ("天", "日"), "日": ("日", "天"),
               "月": ("月", "个月"), "个月": ("个月", "月")}
"""The units a count of what a unit cost is per may be in: 元/人 is per 人 or 人次, as 人均 is; 元/天 per 天 or 日."""


def _per_word(row, value) -> str | None:
    text = fold(row.name) + value.prefix
    return next((word for word in _PER_WORDS if word in text), None)


def _counted_by(per: str) -> list[tuple[tuple[str, ...], ...]]:
    """The ways to count what a unit cost is per, each the units of the counts it multiplies.

    元/人次 and 元/人·次: one count in 人次. 元/人/天 (元/人·天, 元/人天, 元/人日, 元/人/月): a count of person-days
    (600人天), else people times days (200人 × 3天), as training and hiring costs are set (培训费 元/人/天, 劳务费
    元/人/月). Only a time makes a second factor: 人·次 is one unit, not 人 × 次. More factors are not read."""
    parts = [p for p in _PER_PARTS.split(per) if p]
    if len(parts) == 1 and parts[0] in _PER_TWO:
        parts = list(_PER_TWO[parts[0]])
    whole = "".join(parts)
    ways = [(_COUNTED_AS.get(whole, (whole,)),)]
    if len(parts) == 2 and parts[1] in TIME_UNITS:
        ways.append(tuple(_COUNTED_AS.get(p, (p,)) for p in parts))
    elif len(parts) > 2:
        return []
    return ways


def _unit_cost(row, value) -> tuple[list[tuple[tuple[str, ...], ...]], Decimal] | None:
    """(the ways to count what it is per, see `_counted_by`; the amount in 万元) of a cost row's unit cost: ≤500元/人次,
    ≤400元/人/天 (or 人均住宿费 ≤400元/天), or 人均培训成本 ≤500元."""
    if not row.cost:
        return None
    word = _per_word(row, value)
    if value.unit_cost is not None:
        if word and value.per in TIME_UNITS:  # 人均住宿费 ≤400元/天 is 400 元 per person and day
            return _counted_by(f"{_PER_WORDS[word][0]}/{value.per}"), value.unit_cost
        return _counted_by(value.per), value.unit_cost
    if word and value.money is not None:
        return [(_PER_WORDS[word],)], value.money
    return None


def _caps(ctx, listed):
    """(row, value) of each cost row whose value is an amount capped from above (≤, <, = or bare), not a unit cost; a
    bare 万 read as 万元 (`value_comparison.wan_as_money`: `≤40万` counts 40 万元 against the budget while C1 asks for
    its unit)."""
    key = year_column(ctx.facts["values"])
    for row in listed.rows:
        value = wan_as_money(row.target(key))
        if row.cost and value.money is not None and value.op in (None, "≤", "<", "=") and not _per_word(row, value):
            yield row, value


@rule("C1", "warning", "金额没有单位", "金额须写明单位（元、万元）；" + PRACTICE)
def c1_money_unit(ctx):
    """A cost value with a number says 元 or 万元 (1 万元 = 10,000 元: a missing unit changes the amount 10,000 times).

    Pass: ≤25.3万元.  Fail: ≤25.3.
    """
    for _, row in ctx.rows:
        for column, value in row.values:
            if row.cost and value.kind is Kind.QUANTITY and value.unit is None:
                where, example = ctx.mend(row, column, "unit", f"，如 ≤{value.number}万元", "")
                yield ctx.report(where, f"{quote(value.text)}没有金额单位；请写明万元或元{example}")


def _sign_before_words(value):
    """The value with the sign written before its words (≤预算的98%) as its comparator: `values.parse` reads the sign
    with the words as the prefix, and the value is as much a cap as 控制在预算的98%以内."""
    if value.op is None and value.prefix.startswith(("≤", "<")):
        return replace(value, op=value.prefix[0])
    return value


def _saving_cap(value) -> bool:
    """Whether the value holds the cost to a share of the budget below all of it (预算控制98%以内, 控制在预算的95%以内:
    ≤98%): a saving of 2% at least, a real cap, where 100% or more says only 不超预算."""
    return bool(value.percent) and value.op in ("≤", "<") and 0 < value.number < 100


def _whole_budget(value) -> bool:
    """Whether the value is a share of the budget that is all of it or more (≤100%, 100%按预算落实): 不超预算 in figures."""
    return bool(value.percent) and value.op not in ("≥", ">") and value.number >= 100


def _cap_offered(ctx, listed, row) -> str | None:
    """The cap C2 offers, one every rule takes once written in, or None where there is no such figure to give.

    Only the row's own figure is offered: the amount its name gives (日常公用经费20万元: ≤20万元), or the unit cost
    it gives (人均培训费500元/人: ≤500元/人). An amount is offered only where, with the other caps, it stays within
    the budget and is not the budget itself: C3 would call the one an error and the other a cap that only repeats
    the budget (a department's form names its row by the whole budget, 180.61万元). The budget is never offered,
    nor a share of it (≤100% is the 不超预算 C2 rejects), nor an example amount, which beside a name saying 人均
    reads as a cost per person and on a small project goes over its budget. A unit cost is offered only where C6
    takes it: times the count it is per (参会人数 ≤350人次 × ≤2500元/人次 = 87.5 万元) it stays within the cap it makes
    up, or the other caps or the budget (65.00 万元: not there). With C6 switched off (by the profile or jixiao.yaml)
    nothing weighs the product, and the row's own unit cost is offered as it is: no rule refuses it once written
    in, and a check the unit turned off must not decide what C2 says."""
    named = parse(row.name)
    if named.number is None or named.number <= 0 or named.money is None and named.unit_cost is None:
        return None
    offered = f"≤{named.number:f}{named.unit}"
    if named.unit_cost is not None or _per_word(row, named):
        weighed = ctx.config.enabled(c6_unit_cost.id)
        return offered if not weighed or _product_misfit(ctx, listed, row, parse(offered)) is None else None
    budget = _budget(ctx, listed)
    if budget is None:
        return offered
    others = _total(value.money for other, value in _caps(ctx, listed) if other is not row)
    return offered if named.money < budget and EXACT.add(others, named.money) <= budget else None


_X_IN_WORDS = "，X 为这一项测算的金额，各项成本上限合计不超过预算"
"""What X is in the ≤X万元 C2 shows where it has no figure of the row's own to offer: no number invented."""


def _raised_by_its_words(name, unit: str | None) -> bool:
    """Whether the row's own words say more is better (`terms.direction` with the words that say it: 成本节约率,
    会议费节约额, 三公经费压减比例): a saving under 成本指标 is a floor, ≥2%, not a cap to write as ≤2%. A rate with no
    such words (成本控制率) keeps the category's cap. Read with the value's `unit` too: a cut in % of what is no rate
    (会议费压减 ≥5%, 压减会议次数 ≥10%) is its size only by its unit, and C2 asked ≤5% of it where B5 asks ≥; without
    it, as an amount cut (压减一般性支出 ≥10万元) is money cut by its words, whatever B5 leaves to its author."""
    measure = fold(str(name or ""))
    return any(lower is False and bool(words) for lower, _, words in (terms.direction(measure),
                                                                       terms.direction(measure, unit)))


@rule("C2", "warning", "成本指标不具体", COST_TEXT)
def c2_cost_value(ctx):
    """A cost value is an amount, a unit cost or a cost-control rate, capped with ≤, not "within budget". A share of
    the budget below all of it (预算控制98%以内) is a saving the unit must make, a real cap; a share of all of it
    (≤100%, 100%按预算落实) is 不超预算 in figures. The cap offered is the row's own figure where every rule takes
    it, else said in words (`_cap_offered`).

    Pass: ≤35万元, ≤200元/人, 预算控制98%以内, 成本控制率≤98%, 成本节约率 ≥2%, 会议费压减 ≥5%, 三公经费压减 ≥3万元
    (the money cut, as its words say: `terms._CUT_AFTER_MONEY`), 补助标准 ≥94元/人 (a floor or a cap: `terms.subsidy_standard`).  Fail: 按预算执行, 100%按预算落实, ≤100%, 略有节余,
    35万元 (no ≤), ≤20万美元 (money, but in a foreign currency no budget in 万元 is checked against: told so, not that
    its unit is no money).
    """
    for listed, row in ctx.rows:
        if not row.cost:
            continue
        for column, value in row.values:
            where = row.at(column["key"])
            if value.kind is Kind.EMPTY:
                continue
            value = _sign_before_words(value)
            offered = _cap_offered(ctx, listed, row)
            cap, x = (offered, "") if offered else ("≤X万元", _X_IN_WORDS)
            if "预算" in value.text and not _saving_cap(value) or _whole_budget(value):
                message = f"{quote(value.text)}只说了不超预算，没有给出成本上限；请写出这一项的金额上限，如 {cap}{x}"
            elif value.kind is not Kind.QUANTITY:
                message = (f"{quote(value.text)}不是金额；成本指标请写成这一项的金额上限（如 {cap}）"
                           f"或单位成本（如 ≤X元/人）{x}")
            elif value.unit is None:
                continue  # C1 reports it
            elif multiplied(value.unit)[0] in FOREIGN_CURRENCIES:  # money, but not in 万元: no 不是金额
                message = (f"{quote(value.text)}是外币金额，不能与以万元计的预算核对；成本指标请按人民币写成万元或元的"
                           "金额上限或单位成本")
            elif value.unit not in MONEY_UNITS and value.unit_cost is None and not value.percent:
                message = f"{quote(value.text)}的单位{quote(value.unit)}不是金额；成本指标请写成金额上限或单位成本"
            elif (same_measure.signed(row.name, value).op not in ("≤", "<", "=")  # 下降≥5% of a 变动率 is ≤-5%
                  and not _raised_by_its_words(row.name, value.unit) and not terms.subsidy_standard(fold(row.name))):
                where, wanted = ctx.mend_comparator(row, column, value, ("≤",))
                message = f"{quote(value.text)}没有写“≤”；成本指标是上限，请写成 {wanted}"
            else:
                continue
            yield ctx.report(where, message)


@rule("C3", "error", "成本上限超过预算", "财预〔2015〕88号 第十一条（与资金量相匹配）")
def c3_caps(ctx):
    """The cost caps of a list add up to no more than its budget; a single cap that only repeats the budget is noted.

    Pass: 25.3 + 2.8 + 11.9 = 40.00 (caps by component that add up to the budget).
    Fail: caps 70 against a budget of 62.00 (error); one cap ≤65万元 = budget 65.00 (info).
    """
    for listed in ctx.lists:
        budget = _budget(ctx, listed)
        caps = list(_caps(ctx, listed))
        if budget is None or not caps:
            continue
        total = _total(value.money for _, value in caps)
        first = caps[0][0].at(year_column(ctx.facts["values"]))
        if total > budget:  # each figure with the same decimals (`alike`): 40 against 39.5 with 0.50 over read as three
            caps, limit, over = alike(total, budget, EXACT.subtract(total, budget))
            yield ctx.report(first, f"成本指标上限合计 {caps} 万元，超过了预算 {limit} 万元"
                                    f"（多出 {over} 万元）；成本上限之和应不超过预算")
        elif len(caps) == 1 and total == budget:
            yield ctx.report(first, f"唯一的成本指标{quote(caps[0][1].text)}只是重复了预算 {budget} 万元；"
                                    "可按成本构成（如租金、劳务费、设备费）分项列出上限", severity=Severity.INFO)


def _arithmetic(ctx, scoped: bool):
    identities = [i for i in ctx.facts["sums"] if bool(i.get("scope")) == scoped]
    for balance in balances(ctx, identities):
        if balance.holds:
            continue
        yield ctx.report(balance.located, f"{balance.mismatch}；{balance.advice}",
                         severity=Severity(balance.identity.get("severity", "error")))


@rule("C4", "error", "部门整体金额不符", "表样算式（profile 的 lint.sums）；表上的算式见 validate 的 BUDGET-SUM")
def c4_department(ctx):
    """The whole-department identities the profile adds for lint (`lint.sums` without scope) hold.

    Pass: Σ 项目的资金总额 38.87 = 项目支出 38.87.  Fail: 38.87 against 项目支出 40.00.
    """
    yield from _arithmetic(ctx, scoped=False)


@rule("C5", "error", "项目金额不符", "表样算式（profile 的 lint.sums，按项目）")
def c5_project(ctx):
    """The per-project identities the profile adds for lint (`lint.sums` with a scope) hold.

    Pass: 半年计划执行数 12.5 ≤ 全年预算数 25.  Fail: 半年 30 > 全年 25.
    """
    yield from _arithmetic(ctx, scoped=True)


_GENERIC = re.compile(r"成本|费用|支出|经费|投资|金额|人均|每人|单位|总|数量|人数|次数|场次|合计|指标")
"""Words every cost or count name may have: they do not say which cost a count or a cap is about."""


def _keys(name: str) -> set[str]:
    """The bigrams that say what a name is about (培训 in 人均培训成本), without the generic cost and count words."""
    return {part[i:i + 2] for part in _GENERIC.split(fold(name)) for i in range(len(part) - 1)}


def _closest(pairs: list, name: str):
    """The (row, value) whose row name shares the most key words with `name` (the first of equals); with none shared,
    the only one, or None."""
    keys = _keys(name)
    shared = [len(keys & _keys(row.name)) for row, _ in pairs]
    if shared and max(shared) > 0:
        return pairs[shared.index(max(shared))]
    return pairs[0] if len(pairs) == 1 else None


def _counts_for(way: tuple[tuple[str, ...], ...], counts: list, name: str) -> list | None:
    """The (row, value) of each count a way multiplies (see `_counted_by`), the closest to `name` each; None if one
    is missing."""
    found = [_closest([(r, v) for r, v in counts if v.unit.translate(_PER_SEPARATORS) in units], name) for units in way]
    return None if None in found else found


def _of_another_count(cap, row, counted: list, counts: list, measures: list) -> bool:
    """Whether the cap's name says what another of the list's counts, or of its other measures (`measures`: rates,
    times), says more than what the unit cost `row` and the counted ones say: the cap of that other work, not the one
    the unit cost makes up. A shared word of a kind of work (建设, 补助, 赛事) paired 健身路径单条建设成本 ≤3万元/条 × 80条
    with 多功能运动场建设费 ≤150万元, the cap of 新建多功能运动场数量 ≥6片, and 市级单项赛事补助标准 × 15项 with
    省级以上赛事承办费, the cap of 承办省级以上赛事项数. The other work may be measured by a rate only: 志愿者骨干培训费
    ≤150元/人次 × 1200人次 was held to 志愿者意外保险费 ≤12万元, the cap of 志愿者意外保险投保率 100%, by the 志愿者 all
    three share. A rate or time of the same work repeats its words (活动举办及时率 beside 举办活动次数), so of a measure
    that is no count only the cap's words that the unit cost and its counts do not say are weighed. A satisfaction
    row is no work with a cost of its own but what the people served think of the work: 基层干部满意度 made
    基层干部培训费 ≤5万元 no cap of 人均培训费 ≤500元/人次 × 培训人数 200人次 by the people both name, so the caller
    leaves it out of `measures`.
    The unit cost's own name counts too: a count's name is often shorter than its cost's (培训人数 beside
    人均师资培训费), and 师资培训费 ≤5万元, the cap of that cost, was taken for the cap of 师资培训班期数."""
    keys = _keys(cap.name)
    ours = (row, *(r for r, _ in counted))
    theirs = keys.difference(*(_keys(one.name) for one in ours))
    anyone = max([len(keys & _keys(other.name)) for other, _ in counts]
                 + [len(theirs & _keys(other.name)) for other in measures if other not in ours])
    return anyone > max(len(keys & _keys(one.name)) for one in ours)


def _amount(number: Decimal) -> str:
    return f"{number.quantize(Decimal('0.01'), context=EXACT).normalize(EXACT):f}"


def _product_misfit(ctx, listed, row, cost) -> str | None:
    """What C6 says of `cost` as the value of `row` (quantity × unit cost against the cap it makes up, else against
    the caps or the budget), or None where the product fits, or `cost` is no unit cost or has no count to multiply.

    C6 asks it of each row's value; C2 of the unit cost it would offer, so that it never offers one C6 then refuses.
    The row's own value is never one of the caps: the cost is judged as if written in."""
    tolerance = Decimal(str(ctx.config.settings["C6"].params["tolerance"]))
    unit_cost = _unit_cost(row, cost)
    if unit_cost is None:
        return None
    key = year_column(ctx.facts["values"])
    caps = [(other, value) for other, value in _caps(ctx, listed) if other is not row]
    counts = [(r, v) for r in listed.rows for v in [ctx.target(r.item, key)]
              if not r.cost and v.kind is Kind.QUANTITY and v.number is not None and v.unit and not v.percent]
    ways, each = unit_cost
    counted = next((found for way in ways for found in [_counts_for(way, counts, row.name)] if found), None)
    if counted is None:
        return None
    product = each
    for _, value in counted:
        product = EXACT.multiply(product, value.number)
    said = ("数量" + " × ".join(f"{quote(unpunctuated(r.name))}{shown(v.text)}" for r, v in counted)
            + f" × 单位成本{quote(unpunctuated(row.name))}{shown(cost.text)} = {_amount(product)} 万元，")
    cap = _closest(caps, row.name)
    measures = [r for r in listed.rows if not r.cost and not r.satisfaction]
    if (cap is not None and _keys(cap[0].name) & _keys(row.name)
            and not _of_another_count(cap[0], row, counted, counts, measures)):
        name, value = unpunctuated(cap[0].name), cap[1]
        if abs(EXACT.subtract(product, value.money)) <= EXACT.multiply(tolerance, value.money):
            return None
        in_wan = "" if value.unit == "万元" else f"（{_amount(value.money)} 万元）"
        return f"{said}与{quote(name)}的上限 {shown(value.text)}{in_wan} 相差超过 {tolerance * 100:.0f}%；请核对测算"
    total = _total(v.money for _, v in caps) if caps else _budget(ctx, listed)
    if not total or product <= EXACT.multiply(total, 1 + tolerance):
        return None
    budget = _budget(ctx, listed) if caps else None
    if budget and EXACT.add(product, total) <= EXACT.multiply(budget, 1 + tolerance):  # its own cost line beside the others
        return None
    whole = (f"{quote(unpunctuated(caps[0][0].name))}的上限 {_amount(total)} 万元" if len(caps) == 1
             else f"成本上限合计 {_amount(total)} 万元" if caps else f"预算 {_amount(total)} 万元")
    return f"{said}超过了{whole}；请核对测算"


@rule("C6", "info", "数量×单位成本与成本上限不符", "财预〔2021〕101号（成本测算）", tolerance=0.1,
      minimums={"tolerance": 0})
def c6_unit_cost(ctx):
    """Quantity × unit cost agrees with the cost cap it makes up, within the tolerance (amounts in 万元, 元 converted).

    `tolerance` is a share of the cap, at least 0: a negative one would tell every product, even one equal to its
    cap. It has no upper bound: a difference may exceed the cap itself, and 1.5 (tell a product past 2.5 times the
    cap) is loose, not meaningless; the warning says the tolerance as a percentage, so a 10 meant as 10% shows.

    The count is the list's quantity in the unit the cost is per (人次 for 元/人次, or for 人均…成本 ≤500元); the cap
    is the one whose name says the same thing (培训总成本 for 人均培训成本), and says another count's thing no more
    (`_of_another_count`: 多功能运动场建设费 is no cap of 健身路径单条建设成本). With only unrelated caps, even one, or none,
    the product may only not exceed their sum, or the budget: it may be a part of them (伙食费 ≤100元/人 is a part of
    培训总成本 ≤15万元, not all of it), or a cost line of its own beside them that the budget holds too (短视频制作费
    ≤1.5万元/部 × 12部 = 18 万元 beside 期刊印刷费 ≤6万元, budget 25.00).

    A cost per person and day (元/人/天, 元/人·天, 元/人天; 元/人/月) counts person-days, or people times days.

    Pass: 培训人数 ≥200人次 × 人均培训成本 ≤500元/人次 = 10万元, cap 培训总成本 ≤10万元 (or ≤100000元) beside 宣传费用 ≤8万元;
    200人 × 3天 × 培训费综合定额 ≤250元/人/天 = 15万元, cap 培训总成本 ≤15万元.
    Fail: the same against 培训总成本 ≤15万元; ≥400人次 × 500元/人次 = 20万元 with no cap and a budget of 18.00.
    """
    key = year_column(ctx.facts["values"])
    for listed in ctx.lists:
        for row in listed.rows:
            misfit = _product_misfit(ctx, listed, row, row.target(key))
            if misfit is not None:
                yield ctx.report(row.at(key), misfit)


@rule("C7", "warning", "投入当作产出", "财政部绩效目标编报指引（投入数量不能作为绩效目标）；" + PRACTICE)
def c7_input(ctx):
    """A 数量 or 质量 indicator measures an output, not money put in or spent (资金到位率, 支出安排金额): only where
    the measure is of the money (terms.money_input), not where money names what is counted. A 效益 indicator no more:
    资金拨付到位率 or 预算执行率 as a 社会效益 passes for an effect where there is none, and 财预〔2020〕10号 scores
    预算执行率 apart from the effects; there only the budget's own money spent is told (terms.money_spent), as an
    amount brought in or about (促成台资项目签约金额, 带动社会资本投入) is an economic effect.

    Money won back or recycled (违规资金追回金额, 挽回经济损失金额, 废旧物资回收金额: `terms.won_back`) under 数量 or 质量 is no
    input either: it is what the unit's supervision or recycling brings back, and is told to move to the frame's
    经济效益指标 as a floor (`won_back_advice`), not to be rewritten as what money buys.

    Pass: 举办活动次数; 困难侨眷帮扶资金发放人次; 预算绩效管理培训班场次; 活动方案按计划执行率; 社会效益 › 受益侨眷人次;
    经济效益 › 促成台资项目签约金额, 带动社会资本投入, 违规资金追回金额.
    Fail: 业务工作支出到位率 as 质量指标; 预算执行率; 支出进度; 政府采购预算次数 as 数量指标; 资金拨付到位率 or 预算执行率
    as 社会效益指标; 违规资金追回金额 as 数量指标 (told to move to 效益指标 › 经济效益指标).
    """
    for listed, row in ctx.rows:
        name = fold(row.name)
        if terms.input_as_output(name, row.role2) and (back := terms.won_back(name)):
            yield ctx.report(row.at("name"), f"{quote(unpunctuated(row.name))}是{back[0]}（{shown(back[1])}），"
                                             f"{won_back_advice(ctx, listed, row.role2, '≥', back[0])}")
        elif terms.input_as_output(name, row.role2):
            yield ctx.report(row.at("name"), f"{quote(unpunctuated(row.name))}衡量的是资金的投入或执行，不是产出；"
                                             "请改为这笔钱带来的产出（如完成的活动、服务的人次、验收合格率）")
        elif row.effect and terms.money_spent(name):
            yield ctx.report(row.at("name"), f"{quote(unpunctuated(row.name))}放在{quote(row.level2)}下，衡量的却是资金的投入或执行，"
                                             "不是效益：资金到位、预算执行是评价时另行计分的过程，不是这笔钱带来的效果；"
                                             f"请改为{_EFFECT_INSTEAD.get(row.role2, _EFFECT_INSTEAD['social'])}，"
                                             "确需考核资金执行的不作为效益指标")


def won_back_advice(ctx, listed, role2: str, floor: str, money: str) -> str:
    """What C7 and B5 tell of money won back or recycled (`terms.won_back`, whose kind is `money`) under an output's
    二级: it is an effect of the work, no input and no cost, so it goes to the frame's 经济效益指标
    (reference/targets-domain.md: 效益 = 经济, 社会, 生态, 可持续影响) as a floor (`floor`: C7's `≥`, B5's `如 ≥50万元`),
    and the 二级 keeps what it measures of that work (`_WORK_FOR`). A frame without 经济效益指标 has nowhere to move
    it to: the row itself is rewritten as that measure of the work, which leaves the clerk one thing to do."""
    what, won, recycled = _WORK_FOR[role2]
    example = f"{what}（如{recycled if money == terms.RECYCLED_MONEY else won}）"
    named = terms.NAMES[role2]
    home = ctx.home(listed, "economic")
    rewrite = (f"请移到“{home}”下，写成下限（{floor}），{named}写{example}" if home
               else f"{no_home('economic')}，请把这一项改写为{example}")
    return f"属于经济效益，不是投入，也不是{named}衡量的产出；{rewrite}"


_WORK_FOR = {
    "quantity": ("为此完成的工作", "核查的项目数、追回违规资金件数", "废旧物资回收量、回收次数"),
    "quality": ("这项工作的质量", "违规资金追回率", "废旧物资回收利用率"),
    "timeliness": ("这项工作的时限", "违规资金追回时限", "废旧物资清运时限"),
}
"""What each output 二级 measures of the work that wins money back or recycles goods, and an example of each kind,
for `won_back_advice`: counts of it, its quality, its time; not one list of both kinds' examples under every 二级."""


_EFFECT_INSTEAD = {
    "economic": "项目带来的经济效果（如带动投资金额、促成签约项目数、侨眷增收金额）",
    "social": "项目对服务对象或社会的影响（如受益侨眷人次、政策知晓率提高到多少）",
    "ecological": "项目对环境的影响（如无纸化办公比例、能耗下降率）",
    "sustainable": "项目作用的持续（如长效机制健全性、服务持续开展年限）",
}
"""What C7 offers instead of money put in, by the 二级 it was put under: 受益侨眷人次 is no economic effect."""


@rule("C8", "warning", "金额小数位数不一", "表上金额按填写的样子印出；" + PRACTICE)
def c8_amount_places(ctx):
    """An amount is written with as many decimals as most of the form's amounts: each is printed as typed, never
    padded or rounded. Some decimals but fewer print short (1.5 beside 7.24); more, on a form whose amounts have
    decimals, print a digit the form does not keep (12.345 beside 7.24), most often a slip of the finger. On a form
    of whole amounts a 52.5 is a real half, not a slip, so only fewer decimals are asked about there.

    A whole amount among decimals (3 and 13 beside 17.68) is left alone: it loses no digit, it is how the paper
    forms themselves print a round sum (one of the seed forms prints 3 and 13), and the review catalogue asks of an amount
    only its unit (C1), never its decimals, so no reviewer returns a form for it.

    A zero neither sets the form's decimals nor is told for having more: it is written 0.00, as the template's comment
    asks (`没有的写 0.00`), whatever decimals the unit's amounts have. Counted, the four 0.00 of a form of 320.5 and
    45.6 were told as slips, and beside only three such amounts they outnumbered them and had 320.5 told as short. A
    zero with fewer decimals (0.0 beside 7.24) prints short as any amount does, and is told so. Extra decimals that
    are zeros (366.10 beside 320.5) are no slip of the finger but the other way of writing: the author is asked to
    write the one or the other throughout. Zeros past the cent (20.570 beside 7.24) are no way of writing a form's
    万元: only the shorter is asked for, not every amount to three decimals.

    Pass: 0.00 and 1.50 beside 610.85; other_funds 0 or a task's 3 beside them; 0.00 beside 320.5 and 45.6.
    Fail: a task's 1.5 or 12.345 beside 610.85 and 7.24; 366.10 beside 320.5 and 45.6.
    """
    found = list(amounts(ctx.store, ctx.variant.schema_path.name, ctx.data))
    usual = usual_places([value for _, value in found if value != 0])
    if usual is None:
        return
    for path, value in found:
        have = places(value)
        typed = f"{value:f}" if isinstance(value, Decimal) else str(value)
        if 0 < have < usual:
            yield ctx.report(path, f"“{typed}”只写到 {have} 位小数，表上其他金额大多写到 {usual} 位小数；金额照写的样子印出，"
                                   f"请写成 {padded(typed, usual)}，与其他金额一致")
            continue
        if have <= usual or usual == 0 or value == 0:
            continue
        said = f"“{typed}”写到 {have} 位小数，表上其他金额大多写到 {usual} 位小数；金额照写的样子印出，"
        shorter = value.quantize(Decimal(1).scaleb(-usual), context=EXACT)
        if shorter == value and have <= _CENTS:  # only zeros more (366.10 beside 320.5): the other way of writing
            yield ctx.report(path, f"{said}请写成 {shorter:f}，或把其他金额都写到 {have} 位小数，全表一致")
        elif shorter == value:  # zeros past the cent (20.570 beside 7.24): no form writes every amount so
            yield ctx.report(path, f"{said}请写成 {shorter:f}，与其他金额一致")
        else:
            yield ctx.report(path, f"{said}不会四舍五入，多出的位数很可能是笔误；请核对这笔金额（jixiao 不会改动它）")


_CENTS = 2


@rule("C9", "warning", "重点任务金额为空", "表样栏目（重点任务的资金栏）；" + PRACTICE)
def c9_task_amount(ctx):
    """A key task's money is written: a blank (null) amount prints an empty cell, where the reviewer reads what the
    task costs and whether the tasks add up to the budget. A task with no money of its own writes 0.00, so the
    blank is known to be meant; the value is never filled in for the author.

    Pass: amount 3.00 or 0.00.  Fail: amount left empty (`amount:` or `amount: null`) on a task 开展民间交流活动.
    """
    schema_file = ctx.variant.schema_path.name
    usual = usual_places([value for _, value in amounts(ctx.store, schema_file, ctx.data)])
    # no usual number of decimals (too few amounts filled in yet, or two counts of decimals as common): to the cent
    zero = padded("0", _CENTS if usual is None else usual)
    for task in ctx.facts["tasks"]:
        for path, item in ctx.items(task["path"]):
            name = "" if blank(item.get("name")) else str(item["name"])
            for key, value in item.items():
                if value is None and ctx.store.refers_to(schema_file, path + (key,), AMOUNT):
                    task_name = f"任务{quote(name)}" if name else "这项任务"
                    yield ctx.report(path + (key,), f"{task_name}的金额没有填写，表上会印成空格；重点任务请写明金额（万元），"
                                                    f"没有安排资金的写 {zero}", key=True)


MAX_AMOUNT = 100_000_000
"""万元 (1 万亿元) that no amount of a unit's form reaches: the largest department budget, 教育部's with its 75
universities, took in 64,999,264.21 万元 in 2024 (教育部 2024 年度部门决算, 收入总计). A small unit's whole budget typed
in 元 (4,618,900.00 for 461.89 万元) stays below it: `MAX_BASIC_PER_PERSON` tells that one."""

MAX_BASIC_PER_PERSON = 1000
"""万元 of 基本支出 a person of the unit's headcount that no unit reaches. 基本支出 pays the unit's people and keeps its
office running: some 47 万元 a person at 教育部 (基本支出 25,851,686.15 万元 in its 2024 部门决算, 54.62 万 staff and
retirees in its 2017 部门预算), 22 万元 at an 18-person unit of the examples (397.72 万元). Typed in 元, a meagre
5 万元 a person reads as 50,000: the bound lies twenty times above the one and fifty times below the other."""


def _staff(ctx, found: dict[tuple, Decimal]) -> tuple[tuple, Decimal, int] | None:
    """(the path of 基本支出, its amount, the headcount) where the profile's `lint.staff` names both, filled in, and
    基本支出 is one of the form's amounts (`found`)."""
    staff = ctx.facts["staff"]
    if not staff:
        return None
    count = next((v for _, v in datapath.find(ctx.data, staff["count"])), None)
    path = next((where for where, _ in datapath.find(ctx.data, staff["basic"])), None)
    if not isinstance(count, int) or isinstance(count, bool) or count <= 0 or path not in found:
        return None
    return path, found[path], count


def _in_yuan(ctx, found: dict[tuple, Decimal]) -> dict[tuple, str]:
    """The amounts that tell by themselves that the spec's amounts are typed in 元, each with why, as its warning says
    it (the others are read by them); none where nothing tells. 基本支出 per person, on a form that gives the
    headcount; otherwise each amount past what no unit reaches."""
    staff = _staff(ctx, found)
    if staff is not None:
        path, basic, count = staff
        each = _ratio(basic, Decimal(count))
        bound = Decimal(str(ctx.param("max_basic_per_person")))
        if each > bound:
            return {path: f"按万元读，每人 {_amount(each)} 万元（{count} 人），没有单位每人超过 {bound:f} 万元"}
    bound = Decimal(str(ctx.param("max_amount")))
    return {path: f"按万元读，这是 {_amount(_in_10000(value))} 亿元，没有单位的金额超过 {bound:f} 万元"
            for path, value in found.items() if value > bound}


@rule("C10", "warning", "金额像是按元填写",
      PRACTICE + "（表上金额以万元为单位；表样写有人员数的（profile 的 lint.staff），按每人基本支出看，"
                 "其余表样只认得出超过 max_amount 万元的金额）",
      max_amount=MAX_AMOUNT, max_basic_per_person=MAX_BASIC_PER_PERSON,
      minimums={"max_amount": SMALL}, above={"max_basic_per_person": 0})
def c10_amounts_in_yuan(ctx):
    """Amounts are in 万元, as the form counts them. Typed in 元 (a clerk copying last year's figures from a budget in
    元), every one is ten thousand times too large, and the form's arithmetic holds all the same: validate's BUDGET-SUM
    and C3–C5 see nothing. What no unit reaches tells it, and how much that is can only be judged (review practice,
    no rule of the form): 基本支出 above `max_basic_per_person` 万元 a person, where the profile's `lint.staff` names
    the headcount and 基本支出 (MAX_BASIC_PER_PERSON); on a form that gives no headcount, only an amount above
    `max_amount` 万元 (MAX_AMOUNT), so that a small unit's budget in 元 goes untold there. Then each amount of 1000 or
    more is told with its reading in 万元 (in_wan), the reason once, on the amount that tells it, the others referred
    to it; a smaller one is no amount in 元 (SMALL: under 0.1 万元) but one typed in 万元, and left alone.

    The bounds may be lowered as far as they mean anything: `max_amount` to SMALL (1000), the least an amount in 元
    is: an amount below it that the rule told as typed in 元 would be one the rule itself reads as no amount in 元;
    `max_basic_per_person` to anything above 0 (at 0 every unit spends too much a person). Below 50 it tells
    教育部's 47 万元 a person, but a unit that knows its own is 20 may hold it to 30.

    Pass: 基本支出 397.72 for 18 people; 教育部's 64999264.21.  Fail: 基本支出 3977200.00 for 18 people (220955.56 万元
    each) and the key task's 494100.00 beside it (49.41); any amount above 100000000.
    """
    found = {path: Decimal(value) for path, value in amounts(ctx.store, ctx.variant.schema_path.name, ctx.data)}
    why = _in_yuan(ctx, found)
    if not why:
        return
    reason = next(iter(why))
    cited = ctx.field_name(reason)
    for path, value in found.items():
        if path in why:
            yield ctx.report(path, f"“{value:f}”看来是按元填写的（{why[path]}）；表上金额以万元为单位，"
                                   f"按万元应写 {in_wan(value):f}；请核对")
        elif value >= SMALL:
            yield ctx.report(path, f"“{value:f}”看来也是按元填写的（见{cited}）；按万元应写 {in_wan(value):f}；请核对",
                             cites=tuple(why))  # the first is `reason`: the others, if it is silenced (lint.run)


def _caps_named(caps: list) -> str:
    """The caps as a message lists them: `“办公用房租赁费用”≤254.3万元`, the first three and how many more."""
    named = "、".join(f"{quote(unpunctuated(row.name))}{shown(value.text)}" for row, value in caps[:3])
    return named + (f" 等 {len(caps)} 项" if len(caps) > 3 else "")


@rule("C11", "warning", "预算像是按元填写（成本指标小得多）",
      "财预〔2015〕88号 第十一条（与资金量相匹配）；" + PRACTICE + "（按元填写的预算是成本指标合计的上万倍）",
      tolerance=0.1, minimums={"tolerance": 0})
def c11_budget_beside_caps(ctx):
    """A list's budget is in 万元 as its cost caps are: typed in 元 (2543000.00 for 254.30), it passes validate and
    C3–C5 (the form's sums hold at any scale) and C10 where the form gives no headcount, yet prints 254.3 亿元 under
    单位：万元 beside a cap of ≤254.3万元. The caps tell it: they cost out the budget they answer to (the profile's
    `cost_budget`, as C3; the catalogue's C1 and C3: 1 万元 = 10,000 元, caps no more than the budget). So the 元
    reading (the budget ÷ 10000, in 万元) must hold them too: it is told only where the budget read so is at least
    their sum, give or take `tolerance` (a share of it, as C6's, at least 0: caps that overshoot the budget a little
    are C3's error besides). Where the caps exceed the 元 reading (a department's 20000.00 beside 会议费 ≤3万元: 2 万元
    read in 元), that reading is impossible and the budget is big, not mistyped; no warning, whatever the ratio.

    That is the whole test. A bound on the ratio (budget ÷ caps, once 1000) and a floor on the budget (once 1 亿元)
    stood in for it, and told budgets the 元 reading cannot hold (6667 times a cap whose 元 reading is smaller); the
    test itself asks a ratio of at least 10000 ÷ (1 + tolerance), 9091 by default, so neither is needed. Amounts under
    SMALL are never told (no amount in 元 is so small).

    Each budget amount (at least SMALL) is told with its 亿元, why, and its reading in 万元; the amounts beside it (the
    same group's 财政资金) are told too, referred to it. C10 says it alone where it tells too (lint.run).

    Pass: 254.30 beside ≤254.3万元; a budget of 2543000.00 with caps of ≤2543000万元; 4239.71 with ≤3万元; 20000.00
    with ≤3万元.
    Fail: 2543000.00 beside ≤254.3万元 (10000 times), and its 财政资金 2543000.00.
    """
    tolerance = Decimal(str(ctx.param("tolerance")))
    found: list | None = None
    told: set[tuple] = set()
    for listed in ctx.lists:
        lines = [(path, Decimal(value)) for path, value in _budget_lines(ctx, listed)]
        caps = list(_caps(ctx, listed))
        budget = _total(value for _, value in lines)
        capped = _total(value.money for _, value in caps)
        in_yuan = _in_10000(budget)
        if capped <= 0 or capped > EXACT.multiply(in_yuan, 1 + tolerance):
            continue
        if found is None:
            found = list(amounts(ctx.store, ctx.variant.schema_path.name, ctx.data))
        times = f"{_ratio(budget, capped).to_integral_value():f}"
        total = "上限合计" if len(caps) > 1 else "上限"
        whole = "，" if len(lines) == 1 else (
            f"；{'、'.join(ctx.field_name(p).rsplit(' › ', 1)[-1] for p, _ in lines)}合计 {_amount(budget)} 万元，")
        first, budgets = None, []
        for path, value in lines:
            if value >= SMALL and path not in told:
                told.add(path)
                budgets.append(path)
                first = first or path
                yield ctx.report(path, f"“{value:f}”按万元读是 {_amount(_in_10000(value))} 亿元{whole}"
                                       f"是成本指标{total} {_amount(capped)} 万元（{_caps_named(caps)}）的 {times} 倍；"
                                       f"按元读{'合计' if len(lines) > 1 else ''}是 {_amount(in_yuan)} 万元，与成本指标相称，"
                                       f"看来是按元填写的（表上金额以万元为单位），"
                                       f"按万元应写 {in_wan(value):f}；请核对金额的单位（确是这么大的预算时，请核对成本指标是否写全）")
        groups = {path[:-1] for path, _ in lines}
        for path, value in found:
            if first and path[:-1] in groups and value >= SMALL and path not in told:
                told.add(path)
                yield ctx.report(path, f"“{value:f}”看来也是按元填写的（见{ctx.field_name(first)}）；"
                                       f"按万元应写 {in_wan(Decimal(value)):f}；请核对", cites=tuple(budgets))


@rule("C12", "error", "预算金额都没有填写", "表样栏目（预算的金额栏，profile 的 sums）；" + PRACTICE)
def c12_blank_budget(ctx):
    """The budget is filled in: a spec whose every amount in the form's arithmetic (the profile's `sums`, fields
    only, not a list's items, which C9 asks of) is blank (null) adds up, 0 = 0, so validate's BUDGET-SUM sees nothing,
    and build prints an empty budget table no unit may hand in. Told once for each place the sums are checked at (the
    spec, or each project of a form that checks them project by project), on the group holding the amounts, naming
    them; one amount filled in is no blank budget, and BUDGET-SUM tells the others that no longer add up.

    Pass: 基本支出 610.85 and the rest filled in, or some 0.00.  Fail: every amount under 预算整体情况 left `null`, as
    `jixiao new` writes them.
    """
    schema_file = ctx.variant.schema_path.name
    usual = usual_places([value for _, value in amounts(ctx.store, schema_file, ctx.data)])
    zero = padded("0", _CENTS if usual is None else usual)
    blank_at: dict[tuple, list[tuple]] = {}
    begun: set[tuple] = set()  # scopes with an amount filled in: BUDGET-SUM tells the rest
    for balance in balances(ctx):
        if any(".*" in path for path in (*balance.identity["parts"], *balance.identity["total"])):
            continue
        totals, parts = balance.total_paths, balance.part_paths
        # one total first (预算数、财政资金、其他资金), as a reader names a budget; two sides of a balance as the form has them
        places = [*totals, *parts] if len(totals) == 1 else [*parts, *totals]
        if any(datapath.get(ctx.data, where) is not None for where in places):
            begun.add(balance.scope)
        listed = blank_at.setdefault(balance.scope, [])
        listed += [where for where in places if where not in listed]
    for scope, places in blank_at.items():
        if scope in begun:
            continue
        group = _shared_head(places)
        if len(group) > len(scope):
            names = "、".join(_amount_name(ctx.titles(where)[len(group):]) for where in places)
        else:  # amounts in several groups (支出, 收入): each group's named once, its amounts after it
            group = places[0][:len(scope) + 1]
            sections: dict[tuple, list[tuple]] = {}
            for where in places:
                sections.setdefault(where[:len(scope) + 1], []).append(where)
            names = "；".join(f"{ctx.title(head)}的" + "、".join(_amount_name(ctx.titles(where)[len(head):])
                                                                 for where in inside)
                             for head, inside in sections.items())
        yield ctx.report(group, f"预算的金额都没有填写（{names}），表上的预算一栏会印成空白，这样的表不能提交；"
                                f"请按预算批复填写各项金额（万元），没有的写 {zero}", key=True)


def _amount_name(titles: list[str]) -> str:
    """An amount named in C12's list by its titles under the group, without the `其中：` a form's label puts before a
    part (`其中：财政资金`): in the list after its total the part needs no 其中, and `（其中：…）` read as the parts of
    something not named."""
    return " › ".join(re.sub(r"^其中[:：]\s*", "", title) for title in titles)


def _shared_head(paths: list[tuple]) -> tuple:
    """The longest path every one of `paths` goes through: the group holding them (预算整体情况's `budget`)."""
    head = paths[0][:-1]
    while not all(path[:len(head)] == head for path in paths):
        head = head[:-1]
    return head


MAX_ROUND_AMOUNT = 1_000_000
"""万元 (100 亿元) above which a spec whose every amount is a whole 百万元 is no budget typed in 万元. Round project
sums are common (two of the 25 corpus specs hold only round amounts, 3500.00 and 8600.00; a 省级 project of 50 亿元
is 500000.00), but a budget that large has a 基本支出 or a project of its own digits. Typed in 元, a unit of 100 万元
or more passes it: a 残联 of 1887.10 万元 reads 1887.1 亿元."""

_YUAN_OF_WAN = Decimal(100)
"""An amount in 万元 (two decimals, to the 百元) typed in 元 is a whole multiple of this: 1520.30 → 15203000.00."""


@rule("C13", "warning", "金额像是按元填写（金额都是整百万元）",
      PRACTICE + "（表上金额以万元为单位；C10、C11 说不出的，按每个金额都是整百万元、最大的超过 max_round_amount 万元看）",
      max_round_amount=MAX_ROUND_AMOUNT, minimums={"max_round_amount": SMALL})
def c13_round_amounts(ctx):
    """Amounts are in 万元; typed in 元, every one is 10000 times too large and the sums hold all the same, so validate and
    C3–C5 see nothing. C10 tells it where a headcount or a size no unit reaches does, C11 where cost caps do;
    on a form with neither (a city unit's whole budget in 元, 1887.1 亿元 under 单位：万元) only the digits are left.
    An amount in 万元 has two decimals, so typed in 元 every amount is a whole multiple of 100 (`_YUAN_OF_WAN`): read in
    万元, a whole 百万元. That is common for a planned project sum, so it tells only where the largest amount is past
    `max_round_amount` and two amounts or more differ (one sum, however round, is one planned figure): a budget that
    large whose every line, 基本支出 too, is a whole 百万元 is one typed in 元. Told once, on the largest amount, not on
    each: the fix is one, every amount ÷ 10000. Its subject is every amount of SMALL or more, those C10 and C11
    would tell: where they tell all of them, they say it (lint.run); where C11 tells one project's (the only one
    with cost caps), this still speaks for the others.

    Pass: 基本支出 610.85 beside round tasks; 500000.00 (50 亿元) of a 省级 department; a lone project of 25000000.00.
    Fail: 基本支出 15203000.00, 项目支出 3668000.00, 财政拨款 18871000.00 and task amounts all in 元.
    """
    found = [(path, Decimal(value)) for path, value in amounts(ctx.store, ctx.variant.schema_path.name, ctx.data)]
    filled = [(path, value) for path, value in found if value]
    bound = Decimal(str(ctx.param("max_round_amount")))
    if len({value for _, value in filled}) < 2 or any(EXACT.remainder(value, _YUAN_OF_WAN) for _, value in filled):
        return
    path, largest = max(filled, key=lambda amount: amount[1])
    if largest > bound:
        # those C10 and C11 would tell (lint.run)
        told = tuple(datapath.json_path(at) for at, value in filled if value >= SMALL)
        yield ctx.report(path, f"“{largest:f}”按万元读是 {_amount(_in_10000(largest))} 亿元，表上的金额又都是整百万元"
                               f"（超过 {_amount(_in_10000(bound))} 亿元的预算不会这样），看来都是按元填写的；"
                               f"表上金额以万元为单位，请把每个金额除以 10000（如 {largest:f} 元 = {in_wan(largest):f} 万元）；"
                               f"请核对", subject=told)


RULES = (c1_money_unit, c2_cost_value, c3_caps, c4_department, c5_project, c6_unit_cost, c7_input, c8_amount_places,
         c9_task_amount, c10_amounts_in_yuan, c11_budget_beside_caps, c12_blank_budget, c13_round_amounts)
