"""Whether a target asks less than another of one indicator: the one judgment `diff` (`weakening`, an edit) and
lint's D6 (this year's target against last year's, `prior_value`) both give, so that a reviewer never sees diff say
目标放宽 of a pair on which D6 is silent.

`same_measure.weaker` weighs two bounds of one measure by their numbers and comparators; around it, both read:
- Chinese numerals as numbers where they are the value's one number (`十八次` → `十二次`, `不低于百分之九十五`,
  `十月底前`: `values.parse`'s `numerals`; lint's B7 still asks for figures);
- a bare 万 of money as 万元 (`≤35万元` → `≤40万` is a cost cap raised, `value_comparison.wan_as_money`);
- a grade that is a number in words as that number (`全覆盖` → `≥90%` is `100%` → `≥90%`, a target lowered; `零事故` →
  `≤2次` is `0次` → `≤2次`, a cap raised on what the grade keeps to none, whatever the name says: `in_numbers`,
  `_none_kept`);
- a hedge added to a number, date or grade kept (`hedges.added_hedges`: `8次` → `力争8次`, `100%` → `100%（原则上）`):
  a deadline so hedged (`12月底前完成` → `力争12月底前完成`), a count's too (`力争6月底前完成3次`), is `时限推后`;
  any other target `目标放宽`, or on a cap
  the word of that row's cap raised (`same_measure.loosened`: `≤11.9万元` → `约11.9万元` of a cost is `成本上限提高`);
  beside the word, diff (`加了“前后”`) and D6 tell the hedges (`hedges_told`, `hedges_said`): each added to what is
  kept, to a deadline also moved later (`6月30日前完成` → `9月底前后完成`: 时限推后 by the days, and a 前后 the days do not
  show), or to a number also lowered (`3次` → `2次左右`; `开展活动3次` → `力争开展活动2次`, the words the hedge split
  read as the old value's: `_in_words_of`), two as two (`力争3月底前完成约2次`: `加了“力争”“约”`);
- a number turned into a grade that is no number in words (`≥90%` → `及时`: `GRADED`), and a step down a scale of
  grades (`满意` → `基本满意`, `优` → `良`: `grade_ladders`, `目标降低`);
- two dates as deadlines, the later one `时限推后`: under 时效指标 or beside a deadline a date without deadline words
  is one too (`上半年` → `下半年`, `10月底前` → `12月`: a bare month beside a date is the month of the year it names),
  each read against its own budget year (next year's `2025年6月底前` is last year's `2024年6月底前`, no later).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from dataclasses import replace

from ..filled_text import blank, fold
from ..spec_year import as_year
from ..value_comparison import count_alone, count_as_beside, month_of_the_year, wan_as_money
from ..value_dates import last_day
from ..value_kinds import GRADES, Kind, Value, harm_kept_to_none, narrower_harm, says_none
from ..value_ranges import range_bounds
from ..values import parse
from ..year_mentions import moved_years
from . import terms
from .grade_ladders import stepped_down
from .hedges import added_hedges, unhedged
from .same_measure import HIGHER_CAP, LATER_DEADLINE, LOWER_TARGET, loosened, reversed_bound, turned, weaker


WORDS_JOINED = "，"
"""Between the words of one edit that weakens two ways (`count_and_deadline`: `目标降低，时限推后`), as shown in （）."""

GRADED = "由数值改为定性描述"
"""A number turned into a graded term (`≥90%` → `及时`, `12次` → `完成`): still checkable, as lint reads it, yet the
grade takes whatever the unit calls 及时, where the number said how many must be."""


def read_target(value: Any, grades: frozenset[str] = frozenset(GRADES)) -> Value:
    """A target as both sides read it: as lint reads it (`LintContext.value`: a scaffold's placeholder is no value),
    and a number spelt in Chinese numerals as that number, a ranking's place too (`排名第一`: `terms.ranked_place`)."""
    text = "" if value is None else str(value)
    text = "" if blank(text) else text
    place = terms.ranked_place(text)
    return replace(parse(place, grades, numerals=True), text=text) if place else parse(text, grades, numerals=True)


def looser(name: Any, before: Value, after: Value, old_year: Any, new_year: Any, category: str | None) -> str | None:
    """The word for how `after` asks less than `before` (`GRADED`, `same_measure.LOWER_TARGET`, `HIGHER_CAP`,
    `HIGHER_COST_CAP`, `LATER_DEADLINE`), else None: a number turned into a grade first, then a hedge added, a bound
    or deadline eased, a step down a scale of grades (`grade_ladders`: `满意` → `基本满意`). `name` is the indicator's name, `category` the role of its 二级 or 一级
    (`terms.role`: `quantity`), the years each side's budget year, which deadlines written with a year are read
    against."""
    if before.kind is Kind.QUANTITY and after.kind is Kind.GRADE and not _says_a_number(before, after.grade):
        return GRADED
    hedged = next(iter(hedges_added(name, before, after, old_year, new_year, category)), None)
    measure = _none_kept(name, before, after)
    before, after = as_money(before, after, category)
    before, after = in_numbers(before, after), in_numbers(after, before)
    if not _length_of_time(name):
        before, after = months_as_dates(before, after)  # 10月底前 → 12月: a month of the year, no months counted
    if hedged and before.kind is Kind.DATE:  # the same date, no longer committed to: by it, or a while after
        return LATER_DEADLINE if before.deadline or category == "timeliness" else HIGHER_CAP
    if hedged and _deadline_hedged(name, before, after, hedged, old_year, new_year, category):
        return LATER_DEADLINE  # 6月底前完成2次 → 6月底前后完成2次 or 力争6月底前完成2次: as a deadline alone
    if before.kind is Kind.DATE and after.kind is Kind.DATE:
        return _later_deadline(before, after, old_year, new_year, category)
    if hedged:  # 年底前完成3次 → 力争次年3月底前完成3次: the deadline put later is said, as without the hedge
        return (count_and_deadline(name, before, after, old_year, new_year, category)
                or weaker(measure, before, after, category) or loosened(name, before, category))
    return (count_and_deadline(name, before, after, old_year, new_year, category)
            or weaker(measure, before, after, category)
            or weaker(measure, before, _in_words_of(name, before, after, old_year, new_year, category), category)
            or (LOWER_TARGET if stepped_down(before.text, after.text) else None)
            or _graver_harm_kept_to_none(before, after))


def _graver_harm_kept_to_none(before: Value, after: Value) -> str | None:
    """`HIGHER_CAP` where both keep a harm to none and `after`'s is only the grave part of `before`'s
    (`value_kinds.narrower_harm`: `无事故` → `无重大事故`, `零事故` → `无重大事故`, `杜绝事故` → `杜绝重大事故`,
    `无安全事故` → `无重大安全事故`): the rest may now happen, the cap of none on it lifted; diff said nothing. Else None,
    another harm too (`无事故` → `无投诉`: a plain change)."""
    if before.kind is not Kind.GRADE or after.kind is not Kind.GRADE:
        return None
    kinds = harm_kept_to_none(before.grade), harm_kept_to_none(after.grade)
    return HIGHER_CAP if None not in kinds and narrower_harm(kinds[1], kinds[0]) else None


def _in_words_of(name: Any, before: Value, after: Value, old_year: Any, new_year: Any, category: str | None) -> Value:
    """`after` read without its hedges (`hedges.unhedged`) where one was added beside its number (`hedges_added` with
    `moved`: `开展活动3次` → `力争开展活动2次`, `开展活动约2次`, `每月不少于2次` → `每月力争不少于1次`), so that `weaker`
    weighs the two numbers as one measure's: the hedge before the verb made the words before the number differ, or
    split 每月 from its count, and the count lowered went unmarked where `3次` → `力争2次` was 目标降低. Its words stay
    its own for `weaker` to compare: another thing counted (`提交提案3篇` → `力争报送信息2篇`) is no target lowered, as
    without the hedge. As it is where no hedge was added."""
    if not hedges_added(name, before, after, old_year, new_year, category, moved=True):
        return after
    return unhedged(after)


def count_and_deadline(name: Any, before: Value, after: Value, old_year: Any, new_year: Any, category: str | None,
                       count: bool = True) -> str | None:
    """How a count done by a deadline (`Value.by`) asks less, its count and its deadline weighed apart: the count
    lowered (`weaker` of the counts alone, `value_comparison.count_alone`: `9月底前完成3次检查` → `6月底前完成2次检查`, `6月底前完成3次检查`
    → `完成2次检查`), the deadline later (`年底前完成3次检查` → `次年3月底前完成3次检查`, `年底前完成` → `次年3月底前完成2次检查`:
    the time to do it given is the deadline's, as alone; so is the same deadline hedged, `6月底前完成3次检查` →
    `力争6月底前完成2次检查`), or both (`目标降低，时限推后`, `WORDS_JOINED`): the deadline's words made the two counts no
    one measure, and the one word said hid the other weakening. None where neither value has such a deadline, or
    nothing asks less; `count` False weighs the deadline alone (a text's clause with no direction word says no way of
    its count).
    Under 时效指标 (培训开展时间 `6月底前开展3次` → `6月底前开展2次`) the deadline is the row's target and its name the
    deadline's, a time that points no number a way (`terms.undirected_duration`); the count done by it is still one to
    complete, weighed as a count of no category and no name: fewer sessions by the same day ask less."""
    if before.by is None and after.by is None:
        return None
    alone = count_alone(before), count_alone(after)
    measure, of_count = ("", None) if category == "timeliness" else (name, category)
    counted = weaker(measure, *alone, of_count) if count and Kind.DATE not in (before.kind, after.kind) else None
    deadlines = [value.by or (value if value.kind is Kind.DATE else None) for value in (before, after)]
    later = None if None in deadlines else _later_deadline(*deadlines, old_year, new_year, category)
    if later is None and None not in deadlines and hedges_added(name, *deadlines, old_year, new_year, category):
        later = LATER_DEADLINE
    return WORDS_JOINED.join(word for word in (counted, later) if word) or None


def _deadline_hedged(name: Any, before: Value, after: Value, hedged: str, old_year: Any, new_year: Any,
                     category: str | None) -> bool:
    """Whether the hedge `hedged` added to a count done by a deadline (`Value.by`) is its deadline's: after the date
    (`6月底前后完成2次`, the deadline's own `hedge`) or before it (`力争6月底前完成2次`, `6月底前力争完成2次`: the deadline
    alone so hedged, `hedges_added`). Such a count is done by a deadline no longer committed to, `LATER_DEADLINE` as
    the deadline alone is, not the count eased."""
    if after.by is None:
        return False
    return after.by.hedge == hedged or before.by is not None \
        and hedged in hedges_added(name, before.by, after.by, old_year, new_year, category)[:1]


def first_word(word: str | None) -> str | None:
    """The first of the words `looser` joined (`目标降低，时限推后`: `WORDS_JOINED`), which D6 tells the edit by
    (`relevance`)."""
    return word.split(WORDS_JOINED)[0] if word else word


def hedges_added(name: Any, before: Value, after: Value, old_year: Any, new_year: Any, category: str | None,
                 moved: bool = False) -> tuple[str, ...]:
    """The hedges `after` adds to what `before` asked (`hedges.added_hedges`, and its `moved`), each read as `looser`
    reads it, `before` with its years moved to the new budget year as `new --from` moves a target's
    (`2024年12月31日前完成` → `力争2025年12月31日前完成`, `2024年开展活动8次` → `2025年力争开展活动8次`): each value is
    read against its own year, and both then in the new one, so that a year written and one counted from it are one
    (`2024年12月31日前完成` → `力争12月31日前完成` in a 2024 spec)."""
    before, after = as_money(_rolled(before, old_year, new_year), after, category)
    return added_hedges(name, in_numbers(before, after), in_numbers(after, before), moved, as_year(new_year))


def hedges_told(name: Any, before: Value, after: Value, old_year: Any, new_year: Any,
                category: str | None) -> tuple[str, ...]:
    """The hedges to tell beside `looser`'s word, as diff (`加了“前后”`) and lint's D6 tell them (`hedges_said`): those
    added to what is kept (`hedges_added`), or to a deadline that `looser` finds moved later (`2025年6月30日前完成` →
    `2025年9月底前后完成`: 时限推后 by the days, and a 前后 that the reviewer would not see in them), the deadline of a
    count too (`6月底前完成3次检查` → `力争9月底前完成2次检查`: `count_and_deadline`'s words hid it), or to a
    number that `looser` finds lowered or raised past its cap (`3次` → `2次左右`, `6月底前完成3次` → `6月底前完成约2次`:
    目标降低 by the count, and a hedge the reviewer would not see in it); a deadline's and a count's both
    (`力争9月底前完成约2次检查`). A hedge on an earlier day, a count's deadline too, is told by neither: whether it asks
    less is not certain; the count's hedge beside it still is (`6月底前完成3次检查` → `力争3月底前完成约2次检查`: 约)."""
    kept = hedges_added(name, before, after, old_year, new_year, category)
    word = looser(name, before, after, old_year, new_year, category)
    if kept or word is None:
        return kept
    later = LATER_DEADLINE in word.split(WORDS_JOINED)
    before, after = count_as_beside(before, after), count_as_beside(after, before)  # 年底前建设约两个中心: a count
    if Kind.DATE in (before.kind, after.kind):
        return hedges_added(name, before, after, old_year, new_year, category, moved=True) if later else ()
    counted = hedges_added(name, before, after, old_year, new_year, category, moved=True)
    if None in (before.by, after.by):
        return counted
    dated = hedges_added(name, before.by, after.by, old_year, new_year, category, moved=True)
    if later:  # the deadline's hedge, told as a date's is, and the count's
        return tuple(dict.fromkeys(dated + counted))
    return tuple(word for word in counted if word not in dated)


def hedges_said(words: tuple[str, ...]) -> str:
    """The hedges told (`hedges_told`) as diff's note and D6 say them: `加了“力争”`, two `加了“力争”“约”`."""
    return "加了" + "".join(f"“{word}”" for word in words)


def _rolled(value: Value, old_year: Any, new_year: Any) -> Value:
    """`value` with `old_year` written in it moved to `new_year` (`year_mentions.moved_years`, as of a target), read
    again; as it is where no year moves."""
    years = old_year, new_year
    if None in map(as_year, years) or old_year == new_year:
        return value
    text = moved_years(value.text, {old_year: new_year}, True)[0]
    return value if text == value.text else parse(text, numerals=True)


_ALL_MET = ("完成", "已完成", "达标", "合格", "到位")
"""Grades that say a thing is wholly done or met: what a rate of 100% says in a number."""


def _says_a_number(value: Value, grade: str) -> bool:
    """Whether a graded term is itself a number in words (`number_in_words`: `零事故`, `无投诉`, of a rate `全覆盖`;
    and of a rate of 100%, a grade of all met, `100%` → `完成`, `达标`, `到位`); how it stands to the number it
    replaced (`0次`, `≥95%`) is `weaker`'s to judge, no loosening to name."""
    whole = value.percent and value.number == 100 and value.op in (None, "=", "≥")
    return number_in_words(grade, value) is not None or whole and grade in _ALL_MET


def number_in_words(grade: str, beside: Value) -> Decimal | None:
    """The number a graded term says in words, in the terms of the number `beside` it: none (`零事故`, `无投诉`, `无`,
    `不发生`: `value_kinds.says_none`) is 0, and of a rate all (`全覆盖`, `全部完成`) is 100%. A grade of all met
    (`完成`, `达标`) is not: `≥90%` → `完成` leaves the unit to say what counts as done (diff's 由数值改为定性描述), so
    `完成` → `≥90%` is no lower number either."""
    if says_none(grade):
        return Decimal(0)
    return Decimal(100) if beside.percent and grade.startswith("全") else None


def _none_kept(name: Any, before: Value, after: Value) -> Any:
    """The indicator's name with the grade of none beside a number (`零事故`, `无投诉`: `number_in_words`) after it,
    which says what is counted is kept to none: `安全生产 零事故` → `≤2次` is a cap on accidents raised (目标放宽), as it
    is of `安全事故`, where the name alone points no way and read `≤2次` as a count to complete, turned into a cap
    (目标降低). The name as it is where neither value is such a grade beside a number."""
    for grade, beside in ((before, after), (after, before)):
        if grade.kind is Kind.GRADE and beside.kind is Kind.QUANTITY and number_in_words(grade.grade, beside) == 0:
            return f"{name or ''}{grade.grade}"
    return name


def in_numbers(value: Value, beside: Value) -> Value:
    """`value` read as the number it is in words (`number_in_words`), in the unit of the number `beside` it (of a
    range, its bounds': `value_ranges.range_bounds`), so that `全覆盖` → `≥90%` is weighed as `100%` → `≥90%` (目标降低),
    `零事故` → `≤2次` as `0次` → `≤2次` (目标放宽), and `全覆盖` → `90%-100%` as `100%` → `90%-100%`; and a deadline
    whose spelt count is words alone as the count `beside` types in figures (`value_comparison.count_as_beside`:
    `年底前建设3个中心` → `年底前建设两个中心` is 3 → 2, 目标降低)."""
    value = count_as_beside(value, beside)
    bounds = range_bounds(beside) if value.kind is Kind.GRADE else None
    beside = bounds[0] if bounds else beside
    if value.kind is not Kind.GRADE or beside.kind is not Kind.QUANTITY:
        return value
    number = number_in_words(value.grade, beside)
    return value if number is None else Value(value.text, Kind.QUANTITY, number=number, unit=beside.unit, numbers=1)


def turned_around(name: Any, before: Value, after: Value, category: str | None) -> bool:
    """Whether a target asks less by its comparator turning, not by its numbers: a floor turned into a cap or back
    (`same_measure.reversed_bound`), or an exact value turned into a bound against the measure's way (`turned`)."""
    before, after = as_money(before, after, category)
    return reversed_bound(name, before, after) or turned(name, before, after, category) is not None


def as_money(before: Value, after: Value, category: str | None) -> tuple[Value, Value]:
    """Both values with a bare 万 read as 万元 (`value_comparison.wan_as_money`) where they are money: under 成本, or where
    either side is an amount (`≤35万元` → `≤40万` is a cap raised, not two units that cannot be compared)."""
    if category == "cost" or before.money is not None or after.money is not None:
        return wan_as_money(before), wan_as_money(after)
    return before, after


def _length_of_time(name: Any) -> bool:
    """Whether the indicator names a length of time that points no way (`terms.undirected_duration`), whose bare
    month is months, not the month of the year (办公用房租赁期限 `12月` → `10月底前`: twelve months made a deadline,
    no deadline moved earlier); by words other than 时间, which also names when a thing is done (活动开展时间
    `10月底前` → `12月`)."""
    measure = fold(str(name or ""))
    return terms.undirected_duration(measure) and bool(terms.DURATION.search(measure.replace("时间", "")))


def months_as_dates(before: Value, after: Value) -> tuple[Value, Value]:
    """Both values with a bare month read as the month of the year it names (`value_comparison.month_of_the_year`)
    where one side is a date (`10月底前` → `12月`) or a month said to be a deadline (`10月完成` → `12月`). Two bare months stay
    durations (`10月` → `12月` of a 完成时间 is more time either way; of a 保障期限 it is twelve months)."""
    months = month_of_the_year(before), month_of_the_year(after)
    dated = Kind.DATE in (before.kind, after.kind) or any(month.deadline for month in months)
    return months if dated else (before, after)


def _later_deadline(before: Value, after: Value, old_year: Any, new_year: Any, category: str | None) -> str | None:
    """`LATER_DEADLINE` where the new date ends later. A date without deadline words (`上半年`, `2024年10月`) is when
    the thing is done under 时效指标, or beside a deadline (`10月底前` → `2024年12月`), so it is read as one there;
    elsewhere it may be when something takes place, and which way is better is not certain."""
    by = category == "timeliness" or before.deadline or after.deadline
    ends = _end(before, old_year, by), _end(after, new_year, by)
    return LATER_DEADLINE if None not in ends and ends[1] > ends[0] else None


def _end(value: Value, budget_year: Any, deadline: bool) -> tuple[int, int, int] | None:
    """A deadline's last day as (years after the budget year, month, day): `6月底前` is the 30th of June,
    `2024年内` and `年内完成` the 31st of December, and a date read as a deadline (`deadline`) its last day too
    (`上半年` the 30th of June, `11月中旬前` the 20th of November: `value_dates.last_day`). None for a date that is no
    deadline or a spec without a year."""
    year = as_year(budget_year)
    if not (value.deadline or deadline) or year is None:
        return None
    last, _, month, day = last_day(value, year)
    return last - year, month, day
