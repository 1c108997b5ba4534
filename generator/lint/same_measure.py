"""Whether two values of one indicator measure the same thing, and which two numbers to compare if so.

`diff` asks it of a value before and after an edit (`weakening`: is the new target lower?), lint's D6 of a
target and last year's (`prior_value`); one judgment, so the two never disagree on whether a number went down.
A value's words say what its number is of (`开展台胞活动5次以上`, `及时率≥95%`), but the indicator's name says
that already, so words are often written on one side only (`开展台胞活动5次以上` → `≥3次`, `98%以上` →
`及时率≥95%`): words on one side only, or words on both sides taken from the name (`满意度` and `台胞满意度` under
台胞满意度), are the same measure. So are words that agree in the clause next to the number, an earlier clause
dropped or added (`机关运作通畅，日常事故故障发生数2次以下` → `日常事故故障发生数≤3次`). Words of their own
on both sides that differ (`游客满意度` and `台胞满意度`), or the name's words on one side and words of its own on
the other (`满意度` and `企业满意度` under 满意度), are two measures, and so are two units that are not both money
(`5次` and `5个`, `90%` and `90人`): their numbers are not compared. Nor is a count in a period with one for the
year (`≥12次` and `每月1次以上`, `每期≥50人` and `≥30人`), though the words of the period are on one side only, nor a
floor with a cap (`≥90%` and `投诉率≤5%`): a measure to raise and one to keep low, or a comparator slipped, neither
lower.

A signed change (a 变动率 or 增长率) written `压减5%` or `下降≥5%` is read as -5% or ≤-5%, and lint's B3, B5 and C2 propose
comparators read so (B3 writes `≤-5%`; a form with a 指标性质 column writes ≥ there and prints `压减≥5%`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any, NamedTuple

from . import terms
from ..filled_text import fold
from ..frequencies import AVERAGE, EACH_A_PERIOD, PERIODS, times_a_year
from ..value_kinds import COUNT_UNITS, MONEY_UNITS, TIME_UNITS, Kind, Value
from ..value_ranges import range_bounds
from ..values import in_period, is_rate, multiplied, recurring_deadline

LOWER_TARGET = "目标降低"
HIGHER_COST_CAP = "成本上限提高"
HIGHER_CAP = "目标放宽"
LATER_DEADLINE = "时限推后"
FLOOR, CAP = ("≥", ">"), ("≤", "<")
_PERIOD = re.compile(rf"{EACH_A_PERIOD}|每[期场次]|(?:{PERIODS}){AVERAGE}")
"""Words that make a number a frequency or a number per time (每月2次, 每两个月1次, 月均3场, 每期50人, 每半年1次), not
one for the year: the periods `frequencies` reads, and 每期, 每场, 每次 too. Any average after a period is one per
time (节假日均50人 is per holiday), though `frequencies` reads only those that are no end of a word as a frequency a
year; 全年均衡 is none (`AVERAGE`)."""

_EXACT = (None, "=")
"""A value met exactly (`100%`, `=18次`): a bound below it (`≥95%`) or above it (`≤20次`) asks less of the unit."""
_COUNTED = (None, "output")
"""Categories under which a count is one to complete: none (决策, 过程, 履职, a duty), or 产出 without a known 二级.
Not an effect's: what an effect counts says its way (减少上访人次 low, 带动就业人数 high) in words lint does not read."""
_STAFFING = re.compile(r"(?:人员|行政|事业|核定|机构)编制|编制(?:数|人数|内)|定员|员额|职数|在编|(?:在职|在岗|实有)人数|"
                       r"(?:^|在职|在岗|实有|编制|供养|工作|机关|聘用|编外|临聘|退休)人员数")
"""Words of a unit's own staff (人员编制, 核定定员, 在职人数, 财政供养人员数): a count that is often a ceiling, not one
to complete, so only a 数量指标 points it; under no category (履职, 过程) 50人 → 48人 is a plain change. Not 人数
alone (聘任法律顾问人数 is people to engage), nor 人员数 after what the people come for (培训人员数, 慰问人员数: people
to train or visit), nor the verb 编制 (编制专项规划个数: plans to draw up)."""


class Compared(NamedTuple):
    """The two numbers of one measure (in 万元 for money), and the measure: the name and the words that say it."""

    old: Decimal
    new: Decimal
    measure: str


def compared(name: Any, before: Value, after: Value) -> Compared | None:
    """The numbers of `before` and `after` to compare, with what they measure (the indicator's name and the words
    written before the number, the new value's where it has any, for `terms.lower_is_better`); None where the two
    are not quantities of one measure in one unit (or two money units: `11.9万元` and `150000元`), or a floor and a
    cap (`reversed_bound`), of which neither number is the lower target."""
    before, after = signed(name, before), signed(name, after)
    return None if _opposite(before.op, after.op) else _measured(name, before, after)


def weaker(name: Any, before: Value, after: Value, category: str | None) -> str | None:
    """The word for how `after` asks less than `before`, the one judgment diff (`weakening`) and lint's D6 both
    give, so the two never name one pair differently: a comparator turned against the measure's way first
    (`turned`: `6次` → `≤8次` of a count keeps no floor at all, which `eased`, weighing the new cap's number alone,
    would call a cap raised), else a bound lowered or raised by its numbers (`eased`). A range (`90%-95%`) is
    weighed as the one of its bounds its measure points to (`_pointed_bound`)."""
    before, after = _pointed_bound(name, before, category), _pointed_bound(name, after, category)
    return turned(name, before, after, category) or eased(name, before, after, category)


def _pointed_bound(name: Any, value: Value, category: str | None) -> Value:
    """A range (`90%-95%`, `value_ranges.range_bounds`) as the bound that asks something of its measure: the floor of
    one to raise (`≥90%` of a 满意度, a count to complete), the cap of one to keep low (`≤3%` of a 投诉率, a cost); the
    other bound only says how far past the target a result may go. So `90%-95%` → `85%-95%` of a 满意度 is the
    target lowered and `1%-3%` → `1%-5%` of a 投诉率 the cap raised, in the words a bound's edit gets; any other value,
    and a range of a measure that points no way, as it is (unread, no edit of it is marked)."""
    bounds = range_bounds(value)
    if bounds is None:
        return value
    measure = fold(str(name or "")) + bounds[0].prefix
    lower = True if _capped(measure, value) else terms.bound_way(measure, category, bounds[0].unit)
    if lower is None:
        lower = _unstated_direction(None, category, bounds[0], measure)
    return value if lower is None else bounds[1] if lower else bounds[0]


def turned(name: Any, before: Value, after: Value, category: str | None) -> str | None:
    """How a bound turned against the way its measure points asks less, in diff's words (`eased`'s): a floor of one
    measure turned into a cap or the reverse (`≥85%` → `≤85%`), or an exact value (`=100%`, `18次`) turned into a
    bound the other way (`≤100%`, `≤18次`: a value met exactly is a floor and a cap at once, and the bound keeps only
    the one the measure does not want). A floor gone from a measure to raise is `LOWER_TARGET`, a cap gone from one to
    keep low `HIGHER_CAP` (on money `HIGHER_COST_CAP`, on a time to get something done `LATER_DEADLINE`), whatever
    the numbers. Which way the measure is better is read as B5 reads it (`terms.bound_way`: its words, of a percentage
    or of any other number, else a 数量指标's count), so that a comparator B5 calls wrong (`投诉次数≤2次` → `≥2次`,
    `合格率100%` → `≤100%`) is marked here; where that says nothing, as a value without a comparator is read
    (`_unstated_direction`: its category, a 成本 amount to keep within), since the comparator is what changed; None
    where that is not certain, or where the new comparator is the way it points (`满意度≤90%` → `≥90%`, a slipped
    comparator mended; `=3次` → `≥3次`, the same floor, which `eased` weighs by its numbers). `compared` takes no
    flip; `weaker` asks this first, for diff and lint's D6 alike."""
    before, after = signed(name, before), signed(name, after)
    pair = _measured(name, before, after) if _turned_bound(before.op, after.op) else None
    if pair is None or _misplaced_money(before, after, category, pair.measure):
        return None
    lower = True if _capped(pair.measure, before, after) else terms.bound_way(pair.measure, category, after.unit)
    if lower is None and not terms.spending_kind(pair.measure):  # 公务接待批次: B5 takes either comparator, so no turn
        lower = _unstated_direction(None, category, after, pair.measure, before)
    if lower is False and after.op in CAP:
        return LOWER_TARGET
    return _raised_cap(after, pair.measure, category) if lower is True and after.op in FLOOR else None


def _misplaced_money(before: Value, after: Value, category: str | None, measure: str) -> bool:
    """Whether the values are money under 数量, 质量 or 时效 whose words name no cost (`补助资金发放金额 150万元`):
    B5 tells such an amount to move to 成本指标, for there it has no right direction, so no comparator on it is
    turned the wrong way; `eased` weighs its numbers alone (`150万元` → `≥120万元` is a target lowered, not a cost
    cap raised). A row under 成本, or named a cost (培训支出: `terms.lower_is_better`), is a cost wherever it is."""
    money = before.money is not None or after.money is not None
    return money and category in terms.MONEY_IS_COST_ROLES and terms.lower_is_better(measure) is None


def _turned_bound(old: str | None, new: str | None) -> bool:
    """Whether the new comparator bounds one way where the old bounded the other (`_opposite`) or none (exact)."""
    return _opposite(old, new) or old in _EXACT and new in FLOOR + CAP


def reversed_bound(name: Any, before: Value, after: Value) -> bool:
    """Whether `after` bounds the measure of `before` the other way: a floor turned into a cap or the reverse, of
    one measure in one unit (`≥85%` → `≤85%`, `5次以上` → `5次以下`), which `compared` does not compare."""
    before, after = signed(name, before), signed(name, after)
    return _opposite(before.op, after.op) and _measured(name, before, after) is not None


def _opposite(one: str | None, other: str | None) -> bool:
    ops = {one, other}
    return bool(ops & set(FLOOR) and ops & set(CAP))


def _measured(name: Any, before: Value, after: Value) -> Compared | None:
    """`compared` whatever the comparators: the numbers of two quantities of one measure in one unit; a recurring
    deadline's the place in its period of the day it names (`values.in_period`)."""
    if before.kind is not Kind.QUANTITY or after.kind is not Kind.QUANTITY:
        return None
    before, after = _and_a_half(in_period(before)), _and_a_half(in_period(after))
    own = fold(str(name or ""))
    if not all(_same_words(old, new, own) for old, new in zip(measure_words(before), measure_words(after))):
        return None
    numbers = _numbers(before, after)
    return Compared(*numbers, own + (after.prefix or before.prefix)) if numbers else None


def _and_a_half(value: Value) -> Value:
    """`value` with a 半 written right after its unit of time read into its number (`1年半` is 1.5 年, `1天半` 1.5 天):
    the 半 was words after the unit, and with a year sized in months (`values.multiplied`) `≤1年半` → `≤15个月` was
    told 时限推后, 12 months raised to 15, and `≤1小时半` → `≤80分钟` was so before, where 90 minutes became 80."""
    if value.number is None or value.unit not in TIME_UNITS or not value.suffix.startswith("半"):
        return value
    return replace(value, number=value.number + Decimal("0.5"), suffix=value.suffix[1:])


def eased(name: Any, before: Value, after: Value, category: str | None) -> str | None:
    """How `after` asks less than `before` of one measure (`compared`), in diff's words: a floor lowered
    (`LOWER_TARGET`), a cap raised (`HIGHER_CAP`, on money `HIGHER_COST_CAP`, on a time to get something done
    `LATER_DEADLINE`); None where it does not, or where which way is better is not certain. The comparator says
    the way, where it agrees with what the measure's words say (`terms.lower_is_better`); a value without one is
    pointed by its measure and `category` (the role of its 二级 or 一级: `_unstated_direction`). diff and lint's D6
    ask it after `turned` (`weaker`), so they agree on which way a target moved."""
    before, after = signed(name, before), signed(name, after)
    pair = compared(name, before, after)
    if pair is None:
        return None
    measure = pair.measure
    if terms.placed(measure, before.text, after.text):  # 名列全省第3 → 第5, 前10% → 前20%: whatever the category says
        kept = before.op in CAP + _EXACT and after.op in CAP + _EXACT
        return LOWER_TARGET if kept and pair.new > pair.old else None
    lower = True if _capped(measure, before, after) else terms.lower_is_better(measure, after.unit)
    if after.op in _EXACT:  # the new value says no direction itself: what it measures must
        lower = _unstated_direction(lower, category, after, measure, before)
        floor, cap = lower is False, lower is True
    else:
        floor, cap = after.op in FLOOR and lower is not True, after.op in CAP and lower is not False
    if floor and before.op in FLOOR + _EXACT and pair.new < pair.old:
        return LOWER_TARGET
    if cap and before.op in CAP + _EXACT and pair.new > pair.old:
        return _raised_cap(after, measure, category)
    return None


def _raised_cap(after: Value, measure: str, category: str | None) -> str:
    """The word for a cap raised or gone: on money, on a time limit (`_time_limit`), on anything else."""
    if after.money is not None or after.unit_cost is not None:
        return HIGHER_COST_CAP
    return LATER_DEADLINE if _time_limit(after, measure, category) else HIGHER_CAP


_NAMED_A_TIME = re.compile(r"时间|时限|时长|用时|耗时")
"""Words that name a measure a length of time (城区接警到达现场时间, 窗口受理时长), whatever is done in it."""


def _time_limit(after: Value, measure: str, category: str | None) -> bool:
    """Whether a cap that was raised is a time limit, so that raising it is `LATER_DEADLINE`: a time to get something
    done (`_time_to_complete`), or any cap in a unit of time on a measure named a time (`_NAMED_A_TIME`) or under
    时效指标, unless its words name another length (租赁期限, 实施周期: `terms.DURATION`; named a time, 房屋租赁时间:
    `terms.TERM_NAMED_A_TIME`), a term no later deadline, whose cap raised is 目标放宽 however the term is named;
    and a deadline on a day of each month (`values.recurring_deadline`: `每月10日前` → `每月15日前`) under any category.
    Only the word is chosen here, once the cap is known to be one the measure keeps low (a length of service to
    give, 服务时长, is no cap raised but a floor's target lowered): listing each verb of the time it takes (办结, 响应,
    处置) left `城区接警到达现场时间 ≤5分钟` → `≤8分钟` 目标放宽 where `险情处置响应时间 ≤2小时` → `≤3小时` was 时限推后."""
    if _time_to_complete(after, measure) or recurring_deadline(after):
        return True
    named = _NAMED_A_TIME.search(measure) is not None and not terms.TERM_NAMED_A_TIME.search(measure)
    return after.unit in TIME_UNITS and (named or category == "timeliness" and not terms.DURATION.search(measure))


def _unstated_direction(lower: bool | None, category: str | None, value: Value, measure: str,
                        *drafts: Value) -> bool | None:
    """Whether lower is better for a value without a comparator, None where that is not certain.

    A percentage is a rate, which lint reads by what it is a rate of (`lower`: a 投诉率 under 满意度指标 is to
    keep low), and so is a value in ‰ or over a base (`values.is_rate`: 差错率 3‰, 孕产妇死亡率 12/10万, which the
    category read as to raise, against the words, and so said nothing of `12/10万` → `14/10万`); a count or amount under spending control (严格控制会议次数, 压减公务接待批次, 会议费, or words of control
    in the value or the other `drafts`: `_capped`) is a cap under any category, since the rules on the unit's spending
    set it, and so is a count of drivers said to be controlled (`terms.CONTROLLED_DRIVERS`); an amount cut or saved (三公经费压减额, `terms.saved_or_cut`) is to raise, under 成本指标 too; other
    values point their category's way (`terms.LOWER_BETTER_ROLES`; a count under no category its own: `_COUNTED`),
    unless the measure's words point the other way (审批时限 under 数量指标: the words say a time to keep short,
    the category a count) or are a length of time that points no way (租赁期限, 会议举办天数, 审批 `2小时/件`: `terms.undirected_duration`); under a category of no
    direction (时效), a time to get something done is to keep short (`_time_to_complete`). A frequency
    (`frequencies.times_a_year`: `每季度1次`) whose words point no way is to raise under any category, its measure named a
    time or not (调研开展时间): how often a thing is done, not how long. A count of trips abroad,
    receptions or official cars that its words point no way (`terms.spending_kind`: 公务接待批次) may be the unit's
    work or a cap on its spending, and B5 takes either comparator of it: the other draft's comparator says which
    (`≤100人` → `120人` a cap raised, `≥100人` → `80人` a floor lowered); with none on either side it is a count as
    any other (`6次` → `4次` of a 侨联's visits abroad, a 数量指标's count lowered)."""
    if is_rate(value) and lower is not None:
        return lower
    if _capped(measure, value, *drafts):
        return True  # 压减会议次数 under 数量指标: a cap set by spending rules, not a count to complete
    if terms.CONTROLLED_DRIVERS.search(measure):
        return True  # 控制公务用车司机数量: staff held down, a cap under any category as well
    if terms.saved_or_cut(measure):
        return False  # 三公经费压减额 under 成本指标: money cut, the more the better whatever the category says
    if lower is None and terms.spending_kind(measure) and (way := _authors_way(*drafts)) is not None:
        return way  # 公务接待批次 `≤100批次` → `120批次`: a cap on its spending, as the author wrote it
    if lower is None and times_a_year(value) is not None:
        return False  # 每季度1次 under 时效 too: how often a thing is done, the more often the more asked of the unit
    if terms.undirected_duration(measure, value.unit):
        return None
    by_category = terms.LOWER_BETTER_ROLES.get(category)
    if by_category is None and category in _COUNTED and value.unit in COUNT_UNITS and not _STAFFING.search(measure):
        by_category = False  # a count to complete, as a 数量指标's
    if by_category is None and _time_to_complete(value, measure):
        return True
    return by_category if lower in (None, by_category) else None


def _authors_way(*drafts: Value) -> bool | None:
    """The way the author's comparator points in the first draft that writes one: True for a cap, False for a floor,
    None where no draft writes one (`_unstated_direction` of a count of trips, receptions or official cars, which
    reads the other draft's comparator where the new value has none)."""
    for draft in drafts:
        if draft.op in CAP + FLOOR:
            return draft.op in CAP
    return None


def _capped(measure: str, *values: Value) -> bool:
    """Whether the measure is a ceiling under spending control (`terms.regulated_ceiling`) by its own words or by
    what either draft of its value says (`不超过8次` → `10次` of 会议次数 is a cap raised, as B5 reads `不超过`): the
    words a comparator is read from, and dropped in an edit, still say what the measure is."""
    return bool(terms.regulated_ceiling(measure, *(value.text for value in values)))


def _time_to_complete(value: Value, measure: str) -> bool:
    """Whether `value` is the time it takes to get something done: a duration in a time unit (`30个工作日`) of a
    measure whose words say so (办理时限, 平均用时; not 服务时长, 培训天数)."""
    return value.unit in TIME_UNITS and bool(terms.TIME_TO_COMPLETE.search(measure))


def signed(name: Any, value: Value) -> Value:
    """`value` of a change measured with its sign (`terms.SIGNED_CHANGE`) as the signed number it says where words of a
    fall stand before the number: `压减5%` of a “三公经费”变动率 is a change of -5% (`≤0%` → `压减5%` asks more, not a
    cap raised from 0 to 5), `下降≥5%` one of at most -5%. A measure named for the fall itself (支出下降率) counts
    the fall as a positive number, and is left as written. Read at each way in (`compared`, `turned`,
    `reversed_bound`, `eased`), before any comparator is weighed; lint's B3, B5 and C2 read a value's comparator from
    it too, so that none of them tells `压减5%` to be `≥5%` or `下降≥5%` to be `≤`, a rise asked for."""
    if value.kind is not Kind.QUANTITY or not terms.SIGNED_CHANGE.search(fold(str(name or ""))):
        return value
    fall = terms.FALL_BEFORE.search(value.prefix)
    if fall is None or value.number is None or value.number <= 0 or value.op not in (None, "=", "≥"):
        return value
    return replace(value, number=-value.number, op="≤" if value.op == "≥" else value.op,
                   prefix=value.prefix[:fall.start()])


def _numbers(before: Value, after: Value) -> tuple[Decimal, Decimal] | None:
    if measure_unit(before) != measure_unit(after):
        return None
    if before.unit == after.unit:
        return before.number, after.number
    yearly = times_a_year(before), times_a_year(after)
    if None not in yearly:  # 每月1次 → 每季度1次: 12 and 4 a year, a frequency lowered
        (counted, size), (counted_after, size_after) = (multiplied(v.unit.split("/", 1)[0]) for v in (before, after))
        if counted == counted_after:  # 5万人次/日 → 40000人次/天: 50000 and 40000 people a day
            return yearly[0] * size, yearly[1] * size_after
    if before.money is not None and after.money is not None:
        return before.money, after.money
    if before.unit_cost is not None and after.unit_cost is not None and before.per == after.per:
        return before.unit_cost, after.unit_cost
    (base, times_before), (base_after, times_after) = multiplied(before.unit), multiplied(after.unit)
    if base and base == base_after:  # 3万人 → 300人: 30000 and 300 people
        return before.number * times_before, after.number * times_after
    return None


def _same_words(before: str, after: str, name: str) -> bool:
    """Whether two values' words next to the number say one measure: the same, none on one side, or both sides'
    taken from the name (`台胞满意度` and `满意度` under 台胞满意度), and both of one period. Words of the name on one
    side and words of its own on the other (`满意度` and `企业满意度` under 满意度, `宣传资料` and `海报` under
    宣传资料发放数量) are two measures."""
    if _PERIOD.findall(before) != _PERIOD.findall(after):
        return False
    return not before or not after or before == after or (before in name and after in name)


def measure_unit(value: Value) -> str:
    """The unit two values `compared` share, which `_numbers` holds them to first: money of any size, a unit cost's too
    (`万元`, `元/人`); a frequency's count whatever its period or its 万 (`每月1次`, `1次/季度`: `times_a_year`; `5万人次/日` and
    `40000人次/天`, no one measure while the 万 stayed on the count: `values.multiplied`); a deadline on a day of each
    period (`每周六前`, `每月10日前`: `values.recurring_deadline`), read in 日 but no length in days (`每周5天`, whose 天 is 日 by
    another name); else the unit without its 万 or 千 (`values.multiplied`: `3万人` and `300人` are people both, which
    `_numbers` sizes)."""
    unit = (value.unit or "").split("/", 1)[0]
    if unit in MONEY_UNITS:
        return "money"
    if recurring_deadline(value):
        return "deadline"
    return f"{multiplied(unit)[0]}/年" if times_a_year(value) is not None else multiplied(value.unit)[0] or ""


def measure_key(value: Value) -> tuple[tuple, tuple[str, str, str]]:
    """What two values `compared` without a name share: the same unit (`measure_unit`) and periods in the words next
    to the number (`_PERIOD`), and, each the same on both sides or missing on one, the way their comparators bound
    them (a floor or a cap: `_opposite`), the clause right before the number and the clause right after it
    (`measure_words`). A caller weighing many values against many looks for a value's measure among those of a key
    it may share alone."""
    way = "floor" if value.op in FLOOR else "cap" if value.op in CAP else ""
    words = measure_words(value)
    return (measure_unit(value), *(tuple(_PERIOD.findall(part)) for part in words)), (way, *words)


def measure_words(value: Value) -> tuple[str, str]:
    """The words next to a value's number that `compared` holds two values to, each the same on both sides or missing
    on one (the indicator's name aside): the clause right before the number, what it is a number of, and the clause
    right after it."""
    return terms.CLAUSES.split(value.prefix)[-1], terms.CLAUSES.split(value.suffix)[0]


def loosened(name: Any, value: Value, category: str | None) -> str:
    """The word for `value`'s target asked less of with no number moved (a hedge added: `≤30个工作日` → `约30个工作日`),
    as a bound's edit on that row is named: a cap's raised (`_raised_cap`: `成本上限提高` on money, `时限推后` on a
    time to get something done) where the measure is kept low, by its comparator as `eased` reads it, or without
    one by its words and category (`_unstated_direction`); else `HIGHER_CAP`, the target no longer committed to."""
    measure = fold(str(name or "")) + value.prefix
    lower = terms.lower_is_better(measure, value.unit)
    if value.op in _EXACT:
        lower = _unstated_direction(lower, category, value, measure)
    kept_low = value.op in CAP and lower is not False or value.op in _EXACT and lower is True
    return _raised_cap(value, measure, category) if kept_low else HIGHER_CAP
