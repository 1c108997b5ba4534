"""Whether an edited indicator value asks for less: the change a finance-bureau reviewer most needs to catch.

A bound says which way is better by itself: under a floor (`≥98%`, `5次以上`) a lower number is easier to
reach, under a cap (`≤11.9万元`, `差错率≤1%`) a higher one, and a later deadline (`6月底前` → `10月底前`) gives
more time. `diff` marks such an edit only when that is certain: both values parse (`values.parse`) to bounds
of the same direction about the same thing in the same unit, or in two money units (`≤11.9万元` → `≤150000元` is
a higher cap), as lint's D6 compares a target with last year's (`same_measure.compared`: `开展台胞活动5次以上` →
`≥3次` is one measure, `游客满意度` and `台胞满意度` two), and the comparator agrees with
what the indicator measures as lint reads it (`terms.lower_is_better`): a cap on a satisfaction rate
(`满意度≤90%`) or on a length of service to deliver (`服务时长≤8小时`) is a slip of the comparator, and raising
it says nothing for sure.
An exact value (`100%`, no comparator, or `=`) turned into a bound that it no longer reaches (`≥95%`) is
marked too: every result the old target accepted, and more, now passes. So is one turned into a bound the other way
than its measure points, as B5 reads it (`=100%` → `≤100%` of a rate, `18次` → `≤20次` of a count, `=15万元` →
`≥15万元` of a cost: `same_measure.turned`), whatever the numbers: of the floor and the cap an exact value is at
once, it keeps only the one that asks nothing. A bound the way the measure points (`=3次` → `≥3次`) or a bound
made exact (`≤50万元` → `=50万元`) asks no less, and is marked only by its numbers.
Both values are read with Chinese numerals as numbers (`十八次` → `十二次`, `不低于百分之九十五`, `十月底前`:
`values.parse`'s `numerals`), where they are the value's one number.
A new value without a comparator (`18次` → `12次`, `≥98%` → `95%`) says no direction itself; what it measures
does (`same_measure.eased`, which lint's D6 judges by too): a percentage by what it is a rate of, as lint reads it (a 投诉率 is to keep low),
another value by its category (`terms.LOWER_BETTER_ROLES`, after the form's aliases: a 数量指标 count, a
质量 or 满意度 level is to reach, a 成本指标 amount to keep within). A row of no national category (a 部门整体 form's
决策, 过程 and 履职, whose 二级 is a duty) or an 产出 row of a free 二级 is pointed by its value: a count (`4场`, `40条`;
`COUNT_UNITS`) is one to complete, as under 数量指标, unless the measure's words say it is to keep low (审批差错次数)
or it counts the unit's own staff (人员编制, 在职人数), which is as often a ceiling.
A count or amount under spending control (会议费, 公务用车运行维护费, and a count whose words say control: 严格控制会议次数,
压减公务接待批次: `terms.regulated_ceiling`) is a ceiling under any category, 数量指标 too: `8次` → `6次` asks more,
`6次` → `8次` and `≤6次` → `≤8次` are 目标放宽, `=3次` → `≤3次` is the cap it was. A bare count of trips abroad,
receptions or official cars (因公出国(境)拜访、联谊等次数, 公务接待批次, 接待宾客人数) may be the unit's own work or a cap on
its spending, and B5 takes either comparator of it: the author's comparator points it, the new value's or else the
old's (`6次` → `≤6次` keeps the cap the author now says it is, `100人` → `≤80人` tightens it, `≤100人` → `120人` raises it);
with none on either side it is a count to complete, as training the unit delivers (举办培训班次数) is (`6次` → `4次`).
A category that points no way by itself (时效,
效益) is pointed by a time to get something done: a duration in a time unit (`30个工作日`, `3个月`; `TIME_UNITS`)
of a measure whose words say the time it takes (`terms.TIME_TO_COMPLETE`: 办理时限, 平均用时, 审批时间, 平均等待时间,
建设周期) is to keep short, so `30个工作日` → `45个工作日` or `≤3个月` → `6个月` gives more time. A length of service
to deliver (服务时长, 培训天数: `terms.TIME_TO_GIVE`) or a count of good days (达标天数: `terms.GOOD_DAYS`) is to keep long,
and a count of bad days (超标天数, 停电天数: `terms.BAD_DAYS`) low, which points a value only where its category
agrees (培训天数 `5天` → `3天` under 数量指标 is 目标降低, under 时效指标 a plain change); any other length of time
(租赁期限, 会议举办天数, and a value in a unit of time whose words say nothing, 审批 `2小时/件`:
`terms.undirected_duration`) points no way under any category, and a time under a category
that points the other way (办理时限 under 数量指标) is not certain either: where nothing says for certain, the edit
is a plain change.
A range (`90%-95%`, `90%～95%`, `3至5次`: `value_ranges.range_bounds`) is weighed as the bound its measure points to, as a
value without a comparator is pointed: its floor where higher is better, its cap where lower is (`same_measure.weaker`),
so `90%-95%` → `85%-95%` of a 满意度, or `≥95%` → `90%～95%`, is 目标降低 and `1%-3%` → `1%-5%` of a 投诉率 目标放宽.
A span of the calendar (`2024-2025年`, `1-3月`, `第1-3季度`) is when, not how much: no range, and its edit is plain.
A floor turned into a cap of one measure, or the reverse (`≥85%` → `≤85%`, `5次以上` → `5次以下`), is no bound lowered or
raised: the old number is no longer the one the target is judged against. Where what the indicator measures points
the way (as B5 reads a comparator, `terms.bound_way`, else as for a value without one), the flip to the other way is
the target lowered (a floor gone from 满意度) or a cap raised (a cap gone from 培训支出, `成本上限提高`), whatever the
numbers (`same_measure.turned`);
elsewhere, and where it mends a comparator that pointed the wrong way, it is still a change a reviewer must see, and
`flip` says it (`比较方向改变：≥ 改为 ≤`). lint's D6 judges a target against last year's by the same function
(`same_measure.weaker`), so it names a flip or an exact value turned (`6次` → `≤8次`) as diff does.
More time to get something done is `时限推后`, as a later deadline is, with a comparator or without
(`≤30个工作日` → `≤45个工作日` too); any other cap raised is `目标放宽`. Durations in two units (`30天` → `2个月`)
are not compared.
Worst of all, a target a reviewer could check that no longer is one: blanked or deleted (`目标删除`), or
turned into words (`≥95%` → `有所提升`, `100%` → `较好`: `目标不可衡量`). A number turned into a graded term
(`≥90%` → `及时`: `由数值改为定性描述`) is still measurable, as lint reads it, yet looser: the grade takes whatever
the unit calls 及时, where the number said how many must be; not a grade that is a number in words (`0次` →
`零事故`, `≥95%` → `全覆盖`, `100%` → `完成` or `达标`). Such a grade is weighed as the number it says, either way:
`全覆盖` → `≥90%` is `100%` → `≥90%`, a target lowered, and `零事故` → `≤2次` is `0次` → `≤2次`, a cap raised.
A grade stepped down its scale (`良好` → `合格`, `优` → `不合格`, `满意` → `基本满意`: `lint.grade_ladders`) is a target
lowered: the scale says how much less it asks. A checkable grade turned into a word lint does not take as one is
目标不可衡量 all the same (`合格` → `基本合格`, whose 基本 lint's B6 calls vague; `优` → `一般`), as lint says of it;
not the lowest grade of a scale (`不合格` → `基本合格`: `grade_ladders.lowest`), which held the unit to nothing, so
nothing checkable is lost: the edit is weighed as `looser` weighs it (a step up, 目标提高 as its reverse is 目标降低).
Both judgments are `looser`'s, so lint's D6 says them of a target and last year's too.
Measurable is what lint's B6 and B7 accept (`values.measurable`, which both use): a number, a date, a graded 定性
term (`健全`; `grades`, as lint is configured) or several numbers; words, a blank or a scaffold's placeholder are
not, and a number spelt in Chinese numerals (`十八次`, `两千人次`, and a percentage in a sentence, `百分之九十五的群众满意`, which lint asks to
write in figures) is no word without a number. The reverse, words made measurable, asks more.
A number kept while the unit stops committing to it is looser too (the reason said beside it by `hedge`): a hedge
added (`terms.HEDGES`: `8次` → `力争8次`, `≥3次` → `3次左右`, `圆满完成` → `基本完成`, `有所提升` → `力争有所提升`,
`开展活动8次` → `全年力争开展8次`) where it softens the target: before a number, comparator, verb of doing or improving
or word of degree, wherever it stands, not before a noun it names (`基本医疗保险`, `一般公共预算`), nor in place of a
softener the old value had (`有限提升` → `力争提升`: one swapped for another). A deadline so
hedged (`12月底前完成` → `力争12月底前完成`) is `时限推后`, and so is one moved later, whose hedge added is told beside
it (`6月30日前完成` → `9月底前后完成`); any other target `目标放宽`, or on a cap the word of that
row's cap raised (`same_measure.loosened`: `≤11.9万元` →
`约11.9万元` of a cost is `成本上限提高`, `≤30个工作日` → `约30个工作日` of a 办理时限 `时限推后`). A range in place of one
number is weighed by `weaker` alone, its note `改为范围` said only where that finds it asks less (`3次` → `1-3次` of
a count, not `3次` → `3-5次`), so diff and D6 never tell one pair apart. A bare 万 of money is 万元 (`≤35万元` →
`≤40万` is a cost cap raised), and under 时效指标 or beside a deadline a date without deadline words is one (`上半年` → `下半年`,
`10月底前` → `12月`: a bare month beside a date is the month of the year it names).
"""
from __future__ import annotations

from typing import Any

from .lint.grade_ladders import lowest
from .lint.hedges import hedge_gained, written_hedges
from .lint.looser import (GRADED, WORDS_JOINED, as_money, hedges_said, hedges_told, in_numbers, looser, read_target,
                          turned_around)
from .lint.same_measure import (HIGHER_CAP, HIGHER_COST_CAP, LATER_DEADLINE, LOWER_TARGET, compared, reversed_bound,
                                weaker)
from .value_kinds import GRADES, Kind
from .value_ranges import range_bounds
from .values import measurable

FLIPPED = "比较方向改变"
DELETED_TARGET = "目标删除"
UNMEASURABLE = "目标不可衡量"
WORDS = (DELETED_TARGET, UNMEASURABLE, GRADED, LOWER_TARGET, HIGHER_CAP, HIGHER_COST_CAP, LATER_DEADLINE)
"""In the order a summary counts them: a target gone before one lowered."""
TIGHTENED = {LOWER_TARGET: "目标提高", HIGHER_CAP: "目标收紧", HIGHER_COST_CAP: "成本上限降低", LATER_DEADLINE: "时限提前"}
"""The word for an edit that asks more (`tightening`), by the word its reverse is marked with, each its mirror: a floor
raised or a grade stepped up, another cap lowered, a cost cap lowered, a deadline earlier or less time to get
something done. One word for all read `培训费 ≤16.9万元 → ≤11.9万元（目标提高）` to a finance clerk as money raised."""
TIGHTENED_WORDS = tuple(TIGHTENED.values())
"""In the order a summary counts them, after `WORDS`."""


def strongest_word(words: str) -> str:
    """Of the words one edit weakens by (`目标放宽，目标降低`, joined in the order of the clauses of a goal text:
    `WORDS_JOINED`), the first in `WORDS`, which a summary counts the edit under: counted under its first word, a goal
    text whose cap was raised before its count was lowered read `其中目标放宽 1 处`, the lowered target unsaid."""
    said, order = words.split(WORDS_JOINED), WORDS + TIGHTENED_WORDS
    return min(said, key=lambda word: order.index(word) if word in order else len(order))


def weakening(name: Any, old: Any, new: Any, old_year: Any, new_year: Any, category: str | None = None,
              grades: frozenset[str] = frozenset(GRADES)) -> str | None:
    """The word for an edit of an indicator's value that makes its target easier to meet, else None.

    `name` is the indicator's name and `category` the role of its 二级 or 一级 (`terms.role`: `quantity`);
    the years are each side's budget year, which deadlines written with a year are read against (next
    year's spec moves 2024年6月底前 to 2025年6月底前, no later); `grades` the 定性 terms lint accepts. A value
    deleted is `new` None. Beyond a target gone or turned into words, what it says is `looser`'s, which lint's D6
    asks of a target and last year's."""
    if not all(_scalar(value) for value in (old, new)):
        return None  # a list or a mapping where a value belongs is the schema's to report, no target
    before, after = read_target(old, grades), read_target(new, grades)
    if measurable(before) and not measurable(after) and (after.kind is Kind.EMPTY or not lowest(before.text)):
        return DELETED_TARGET if after.kind is Kind.EMPTY else UNMEASURABLE
    return looser(name, before, after, old_year, new_year, category)


def tightening(name: Any, old: Any, new: Any, old_year: Any, new_year: Any, category: str | None = None,
               grades: frozenset[str] = frozenset(GRADES)) -> str | None:
    """`目标提高`, `目标收紧`, `成本上限降低` or `时限提前` for an edit whose reverse `weakening` marks by a bound or a
    deadline (`raised`: `18次` → `20次`, `≥90%` → `≥95%`, `基本满意` → `满意`, `力争8次` → `8次` 目标提高; `≤12万元` →
    `≤10万元` of a cost 成本上限降低; `≤30个工作日` → `≤20个工作日` 时限提前), else None: the one judgment read
    backwards, the years with it, so a tightened target is said only where a loosened one would be, certain alike. The
    caller asks it only of an edit that weakens nothing and flips no comparator: a count lowered by an earlier deadline
    is 目标降低 alone, and a comparator mended is 比较方向改变. A reviewer sees at a glance which edits of targets ask
    more, where a plain 修改 sent him to compare the numbers himself. Not where a hedge is added (`hedge_gained`:
    `8次` → `力争10次`, `≥90%` → `原则上≥95%`), which `weakening` does not count beside a number raised, so read
    backwards only the number was seen: a higher number no longer committed to is not certainly more.
    Where the reverse turns a checkable grade into words (目标不可衡量: `健全` → `基本健全`, `合格` → `基本合格`), the
    words are weighed as `looser` weighs them, so the edit back is marked as its reverse's own reading says (`基本健全`
    → `健全` 目标收紧, a hedge taken away; `基本合格` → `合格` 目标提高, a step up the scale), as `基本满意` → `满意`,
    two words on one scale, always was: a reviewer reads the two directions as mirrors. Words that keep nothing of the
    grade (`有所提升` → `≥95%`) say what is checked, not how much more, and stay unmarked. A grade the words only
    put a hedge before (`基本有效` → `有效`, `基本规范` → `规范`: `hedges` reads the hedge before any grade that ends the
    value) is a hedge taken away too."""
    backwards = weakening(name, new, old, new_year, old_year, category, grades)
    if backwards == UNMEASURABLE:  # 健全 → 基本健全 read backwards: what the words kept of the grade says how
        backwards = looser(name, read_target(new, grades), read_target(old, grades), new_year, old_year, category)
    if backwards and hedge_gained(read_target(old, grades), read_target(new, grades)):
        return None
    return raised(backwards)


def raised(backwards: str | None) -> str | None:
    """The mirror words (`TIGHTENED`: `目标降低，时限推后` read backwards is `目标提高，时限提前`) where what the edit read
    backwards weakens by (`weakening`, `target_texts.text_weakening`) is bounds and deadlines only: not a target filled
    in where there was none or words made a number (`目标删除`, `目标不可衡量`, `由数值改为定性描述` backwards), which says
    what is checked, not how much more is asked."""
    words = backwards.split(WORDS_JOINED) if backwards else []
    if not words or not all(word in TIGHTENED for word in words):
        return None
    return WORDS_JOINED.join(TIGHTENED[word] for word in words)


def flip(name: Any, old: Any, new: Any, grades: frozenset[str] = frozenset(GRADES)) -> str | None:
    """`比较方向改变：≥ 改为 ≤` for an edit that turns a floor of one measure into a cap or the reverse
    (`same_measure.reversed_bound`), else None: said beside the word `weakening` gives it where the measure points a
    way, and alone where it does not, so that no flip reads as a plain edit of a number."""
    if not all(_scalar(value) for value in (old, new)):
        return None
    before, after = read_target(old, grades), read_target(new, grades)
    return f"{FLIPPED}：{before.op} 改为 {after.op}" if reversed_bound(name, before, after) else None


def hedge(name: Any, old: Any, new: Any, old_year: Any, new_year: Any, category: str | None = None,
          grades: frozenset[str] = frozenset(GRADES)) -> str | None:
    """Why `weakening` calls an edit a loosening where no bound's number says it: `加了“力争”` for a hedge added
    before or after the number kept (`hedges.added_hedges`), to a deadline moved later, said beside 时限推后
    (`looser.hedges_told`: `6月30日前完成` → `9月底前后完成`), or to a number lowered, said beside 目标降低 (`3次` →
    `2次左右`), `改为范围` for a range in place of one number that
    `same_measure.weaker` finds asks less (its bound the measure points to: `3次` → `1-3次` of a count, not `3次` →
    `3-5次`); said beside the word, as `flip` is. The years are each side's budget year, as `weakening`'s."""
    if not all(_scalar(value) for value in (old, new)):
        return None
    before, after = read_target(old, grades), read_target(new, grades)
    added = hedges_told(name, before, after, old_year, new_year, category)
    if added:
        return hedges_said(added)
    before, after = as_money(before, after, category)
    before, after = in_numbers(before, after), in_numbers(after, before)
    ranged = before.kind is Kind.QUANTITY and range_bounds(after) is not None
    return RANGED if ranged and weaker(name, before, after, category) else None


def hedge_written(old: Any, new: Any, grades: frozenset[str] = frozenset(GRADES)) -> str | None:
    """`加了“尽力”` for a hedge the new value is written with and the old was not (`hedges.written_hedges`), whatever
    else changed, else None: asked of an edit `weakening` finds no looser, beside which `hedge` tells nothing
    (`开展活动30次` → `尽力开展培训30次`, another thing counted; `3次` → `4次左右`, more; `2次` → `6月底前后完成2次`, a
    deadline added). The reviewer sees the unit commit less, though not that the target asks less, which is not
    certain; an edit that `weakening` marks has its hedges told by `hedge` alone, as lint's D6 tells them."""
    if not all(_scalar(value) for value in (old, new)):
        return None
    gained = written_hedges(read_target(old, grades), read_target(new, grades))
    return hedges_said(gained) if gained else None


def by_comparator(name: Any, old: Any, new: Any, category: str | None = None,
                  grades: frozenset[str] = frozenset(GRADES)) -> bool:
    """Whether what `weakening` or `flip` says of an edit comes of its comparator turning, not of its numbers: a floor
    turned into a cap or back (`reversed_bound`), or an exact value turned into a bound against the measure's way
    (`same_measure.turned`). A form that prints the comparator in a column of its own marks that column's edit then:
    on the number's, `18` → `20` (目标降低) of a count whose `=` became `≤` read as if 20 were below 18."""
    if not all(_scalar(value) for value in (old, new)):
        return False
    return turned_around(name, read_target(old, grades), read_target(new, grades), category)


def one_measure(name: Any, old: Any, new: Any, grades: frozenset[str] = frozenset(GRADES)) -> bool:
    """Whether two targets are numbers of one measure in one unit (`same_measure.compared`: `90%` and `85%以上`, not
    `90%` and `3次`) or two dates: what a row removed and one added in its place must share to be read as one row
    renamed, whose target `weakening` then judges."""
    if not all(_scalar(value) for value in (old, new)):
        return False
    before, after = read_target(old, grades), read_target(new, grades)
    return before.kind is Kind.DATE and after.kind is Kind.DATE or compared(name, before, after) is not None


RANGED = "改为范围"


def _scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list))
