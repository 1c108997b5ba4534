"""The indicator value parser: what a printed value means, without changing a character of it."""
from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.chinese_numerals import chinese_number, in_digits, spells_large_number
from generator.frequencies import times_a_year
from generator.hedge_words import OPENING_HEDGES
from generator.value_comparison import count_as_beside, same_writing
from generator.value_dates import last_day, year_of_date
from generator.value_kinds import COUNT_UNITS, DEFAULT_GRADES, GRADES, OP_REACH, Kind, leading_op
from generator.value_ranges import range_bounds
from generator.values import in_figures, measurable, multiplied, parse, recurring_deadline
from generator.weakening import hedge, tightening, weakening

FULL_WIDTH = str.maketrans("0123456789.%=<>", "０１２３４５６７８９．％＝＜＞")
COMPARATORS = [("≥", "≥"), (">=", "≥"), ("≧", "≥"), ("≤", "≤"), ("<=", "≤"), ("≦", "≤"), ("=", "="), ("＝", "="),
               (">", ">"), ("＞", ">"), ("<", "<"), ("＜", "<"), ("", None)]
UNITS = ["%", "％", "万元", "元", "次", "人次", "个月", "平方米", "场", "条", "天", "个工作日"]
numbers = st.decimals(min_value=0, max_value=100000, places=2, allow_nan=False, allow_infinity=False)


@given(st.text(max_size=60))
def test_any_text_parses_and_is_kept_exactly(text):
    value = parse(text)
    assert value.text == text and isinstance(value.kind, Kind)


@given(st.sampled_from(COMPARATORS), numbers, st.sampled_from(UNITS))
def test_comparator_number_unit_are_read_back(comparator, number, unit):
    written, symbol = comparator
    text = f"{written}{number}{unit}"
    value = parse(text)
    assert value.kind is Kind.QUANTITY and value.text == text
    assert (value.op, value.number, value.unit) == (symbol, number, unit.replace("％", "%"))


@given(numbers, numbers, st.sampled_from(["-", "~", "～", "–", "—", "至", "到"]), st.sampled_from(UNITS), st.booleans())
def test_a_range_is_read_as_its_floor_and_its_cap(one, other, dash, unit, unit_twice):
    """`90%-95%` and `90～95%` parse as no one target (two numbers); `range_bounds` reads them as `≥90%` and `≤95%`,
    keeping each number's precision, with the unit written once or twice, for diff to weigh an edit by."""
    low, high = sorted((one, other))
    text = f"{low}{unit if unit_twice else ''}{dash}{high}{unit}"
    floor, cap = range_bounds(parse(text))
    assert (floor.op, floor.number, floor.unit) == ("≥", low, unit.replace("％", "%"))
    assert (cap.op, cap.number, cap.unit) == ("≤", high, unit.replace("％", "%"))
    assert str(floor.number) == str(low) and str(cap.number) == str(high)


signed = st.decimals(min_value=-100000, max_value=100000, places=2, allow_nan=False, allow_infinity=False)


@given(signed, signed, st.sampled_from(["-", "~", "～", "–", "至"]), st.sampled_from(["-", "−", "负"]),
       st.sampled_from(UNITS), st.booleans())
def test_a_range_keeps_the_signs_of_its_numbers(one, other, dash, minus, unit, unit_twice):
    """`-5%~5%` read as `≥5%` and `≤5%`: the sign was dropped with the `-` that joins `90-95%`. A sign before the first
    number, and after the dash before the second, is a sign (`-`, `−`, `负`); the one `-` between the numbers joins."""
    low, high = sorted((one, other))

    def written(number):
        return f"{minus}{-number}" if number < 0 else f"{number}"

    floor, cap = range_bounds(parse(f"{written(low)}{unit if unit_twice else ''}{dash}{written(high)}{unit}"))
    assert (floor.number, cap.number) == (low, high)
    assert str(abs(floor.number)) == str(abs(low)) and str(abs(cap.number)) == str(abs(high))


@pytest.mark.parametrize("text, floor, cap", [
    ("-5%-0%", "-5", "0"), ("-5%~5%", "-5", "5"), ("-10%~-5%", "-10", "-5"), ("-10%--5%", "-10", "-5"),
    ("−5%~5%", "-5", "5"), ("负5%至5%", "-5", "5"), ("增长率-2%~5%", "-2", "5"),
    ("企业减负5%~10%", "5", "10"),  # the 负 of 减负 ends a word: no minus (`value_kinds.SPELT_MINUS`)
])
def test_a_signed_range_reads_its_signs(text, floor, cap):
    bounds = range_bounds(parse(text))
    assert bounds and (bounds[0].number, bounds[1].number) == (Decimal(floor), Decimal(cap))


@pytest.mark.parametrize("text", ["2024-2025年", "2024-2025年度", "2023年-2024年", "2024~2025届", "1-3月", "10-12月",
                                  "10月-12月", "第1-3季度", "1-2季度"])
def test_a_span_of_the_calendar_is_no_range(text):
    """Years, months of the year and quarters joined by a dash are a period, not a target's floor and cap:
    `帮扶侨企覆盖年度 “2024-2025年” → “2023-2025年”` was called 目标降低."""
    assert range_bounds(parse(text)) is None


@pytest.mark.parametrize("text, floor, cap", [("3-6个月", "3", "6"), ("2000-2500人次", "2000", "2500"),
                                              ("1-15天", "1", "15"), ("3-5年", "3", "5"), ("2-3年", "2", "3"),
                                              ("2020-2030人", "2020", "2030"), ("2010-2019元", "2010", "2019"),
                                              ("−3%～0", "-3", "0")])
def test_a_length_or_a_count_in_large_numbers_stays_a_range(text, floor, cap):
    """A length in 个月 is no month of the year, a few years (`设备质保期限 3-5年`) no span of the calendar, and four
    digits in another unit than 年 (`2020-2030人`) a count, however close; a zero takes the floor's unit (`−3%～0`)."""
    bounds = range_bounds(parse(text))
    assert bounds and (bounds[0].number, bounds[1].number) == (Decimal(floor), Decimal(cap))


@pytest.mark.parametrize("text", ["2024-2025", "95%-90%", "3次-5人", "≥3-5次", "3-5次以上", "90%", "3次，其中出境2次",
                                  "5%~-5%"])
def test_what_is_no_range_has_no_bounds(text):
    """No unit, a floor above the cap, two units, a comparator besides, or not two numbers joined by a dash."""
    assert range_bounds(parse(text)) is None


@given(numbers, st.sampled_from(UNITS))
def test_full_width_digits_and_signs_mean_the_same(number, unit):
    ascii_value = parse(f"≥{number}{unit}")
    wide_text = f"≥{number}{unit}".translate(FULL_WIDTH)
    wide = parse(wide_text)
    assert wide.text == wide_text
    assert (wide.op, wide.number, wide.unit) == (ascii_value.op, ascii_value.number, ascii_value.unit)


@given(numbers, st.sampled_from([("以上", "≥"), ("及以上", "≥"), ("以下", "≤"), ("以内", "≤")]))
def test_suffix_words_are_comparators(number, suffix):
    word, symbol = suffix
    value = parse(f"{number}%{word}")
    assert (value.op, value.number, value.unit) == (symbol, number, "%")


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(1, 28), st.sampled_from(["", "前", "前完成", "之前"]))
def test_dates_and_deadlines(year, month, day, tail):
    value = parse(f"{year}年{month}月{day}日{tail}")
    assert value.kind is Kind.DATE and value.date == (year, month, day) and value.deadline == bool(tail)


@given(st.integers(2000, 2100), st.sampled_from([("第一季度", 3), ("一季度", 3), ("第2季度", 6), ("第三季度", 9),
                                                ("四季度", 12), ("上半年", 6), ("下半年", 12)]),
       st.sampled_from(["", "前", "内完成"]))
def test_quarters_and_halves_are_dates_that_end_with_their_last_month(year, part, tail):
    """`2025年第一季度` was plain text, so D7 let a deadline in the next year pass."""
    words, month = part
    value = parse(f"{year}年{words}{tail}")
    assert value.kind is Kind.DATE and value.date == (year, month, None) and value.deadline == bool(tail)


@pytest.mark.parametrize("text, day, prefix, suffix", [
    ("每月10日前", 10, "每月", ""), ("每月15日前足额发放", 15, "每月", "足额发放"), ("每月5日之前", 5, "每月", ""),
    ("次月10日前", 10, "次月", ""), ("下个月10日以前报送", 10, "下个月", "报送"), ("每季度首月15日前", 15, "每季度首月", ""),
    ("每月10号前", 10, "每月", ""), ("次月5号以前", 5, "次月", ""),  # 号 for 日, as in a date (`3月10号前`)
    ("每月10日17点前", 10, "每月", ""), ("次月5日下午5点前报送", 5, "次月", "报送"),  # the hour dropped, as a date's
    ("每季度首月15日17:30前", 15, "每季度首月", ""),
])
def test_a_day_of_a_month_that_comes_round_with_its_before_is_a_deadline(text, day, prefix, suffix):
    """`每月10日前` read as 10 days of no direction, its 前 words after them: `每月10日前足额发放` →
    `每月15日前足额发放` was no deadline moved later for diff or D6. A day before 前 in a month that comes round
    (每月, 次月, 每季度首月) is the deadline ≤ that day, its month the words; two drafts compare where the months are
    one (`下月` is `次月`) or ordered (`次月` after `当月`, `每季度末月` after `每季度首月`: `values.in_period`)."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix) == (
        Kind.QUANTITY, "≤", Decimal(day), "日", prefix, suffix)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text", ["每月10日", "10日前", "3月10日前", "每月10日前完成2次", "每月10日左右", "每月10日前完成率",
                                  "次月5日前报送率"])
def test_a_day_without_a_month_that_comes_round_or_its_before_is_no_recurring_deadline(text):
    """The tenth of each month (no 前, or about it), a 10日前 of no month, a date, and a count or a rate by a day each
    month (`每月10日前完成率` read as the deadline with the words 完成率, where `每周五前完成率` is no deadline) stay as
    they read."""
    assert not recurring_deadline(parse(text))


@pytest.mark.parametrize("text, day, suffix, hedge", [
    ("每周五前", "5", "", None), ("每周一前", "1", "", None), ("每周五下班前", "5", "", None), ("每周三12时前", "2.5", "", None),
    ("每星期日前", "7", "", None), ("每个礼拜五之前", "5", "", None), ("每周末前", "7", "", None),
    ("每周结束前", "7", "", None), ("每周五前完成", "5", "完成", None), ("每周五前后", "5", "", "前后"),
    ("每周五前报送", "5", "报送", None), ("每周五前上报周报", "5", "上报周报", None), ("每周末前报送", "7", "报送", None),
    ("每周五前后提交", "5", "提交", "前后"), ("每周一18:00前", "0.75", "", None), ("每周一21时36分前", "0.9", "", None),
    ("每周一下午6点前", "0.75", "", None), ("每周一中午12时前", "0.5", "", None), ("每周一上午6点前", "0.25", "", None),
    ("每周一晚上9点半前", "0.8958333333333333333333333333", "", None), ("每周一中午1点前", "0.5416666666666666666666666667", "", None),
    # a weekday in a figure, with or without 日: 周5 is 周五, and a week's fifth day is Friday
    ("每周5前", "5", "", None), ("每周5日前", "5", "", None), ("每周5日前报送", "5", "报送", None), ("每周7日前", "7", "", None),
    ("每周1日18:00前", "0.75", "", None), ("每周5号前", "5", "", None), ("每周5号前报送", "5", "报送", None),  # 号 for 日
])
def test_a_day_of_each_week_with_its_before_is_a_weekly_deadline(text, day, suffix, hedge):
    """`每周五前` was words, which B9 told was no deadline and diff compared with nothing: it is ≤ the day's place in
    the week (Monday 1, the week's end 7, an hour a part of its day), in the words 每周, a recurring deadline.
    `每周5日前` read as 5 日 with the words 前, no deadline (B9 told `每周5前` it was none, and diff compared neither
    with `每周五前`): the week's fifth day, as offices type 周5 for 周五."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix, value.hedge) == (
        Kind.QUANTITY, "≤", Decimal(day), "日", "每周", suffix, hedge)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text, prefix, day, suffix", [
    ("不晚于每月10日", "每月", "10", ""), ("最迟次月5日", "次月", "5", ""), ("不迟于每月10号", "每月", "10", ""),
    ("最晚每月15日前", "每月", "15", ""), ("不晚于每月底", "每月", "31", ""), ("最迟每季度末", "每季度末月", "31", ""),
    ("不晚于每周五", "每周", "5", ""), ("最迟每周五完成", "每周", "5", "完成"), ("不晚于每周三12时", "每周", "2.5", ""),
    ("不晚于17点", "当天", str(Decimal(17) / 24), ""), ("最晚17:00", "当天", str(Decimal(17) / 24), ""),
    ("不晚于每天17点", "每天", str(Decimal(17) / 24), ""),
])
def test_a_recurring_deadline_opened_by_its_latest_day_is_that_deadline(text, prefix, day, suffix):
    """`不晚于每月10日` read as 10 days of no direction with the words 不晚于每月, `不晚于每周五` and `不晚于每月底` as
    words and `不晚于17点` as 17 of no unit, where `不晚于6月30日` is `6月30日前`: 不晚于, 不迟于, 最迟 and 最晚 before a
    deadline that comes round make it one as 前 after it does, so `不晚于每月10日` → `不晚于每月15日` is put later."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix) == (
        Kind.QUANTITY, "≤", Decimal(day), "日", prefix, suffix)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text, prefix, day, suffix", [
    ("不晚于每月10日报送", "每月", "10", "报送"), ("不晚于每周五上报", "每周", "5", "上报"),
    ("最晚不超过17点", "当天", str(Decimal(17) / 24), ""), ("最迟不晚于每月10日", "每月", "10", ""),
    ("不晚于下月中旬", "下月", "20", ""), ("最迟次月初提交", "次月", "10", "提交"), ("不晚于每月10日17点", "每月", "10", ""),
])
def test_the_latest_day_read_before_a_thing_sent_a_part_of_a_month_or_after_most_late_is_a_recurring_deadline(
        text, prefix, day, suffix):
    """`不晚于每月10日报送` read as 10 days with the words 不晚于每月 and 报送 (报送 was no thing done), `最晚不超过17点`
    as 17 of no unit, `不晚于下月中旬` as words (a part of a month wanted its 前): the words before the day stand for
    its 前, as in `不晚于每月10日`."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix) == (
        Kind.QUANTITY, "≤", Decimal(day), "日", prefix, suffix)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text, date", [
    ("不晚于12月31日17点", (None, 12, 31)), ("截至2024年6月30日17:00", (2024, 6, 30)), ("截止12月31日24时", (None, 12, 31)),
    ("不晚于2024-12-31 17:00", (2024, 12, 31)), ("不晚于12月31日17点完成", (None, 12, 31)),
])
def test_a_dates_hour_after_words_of_a_deadline_is_the_dates_deadline(text, date):
    """`不晚于12月31日17点` was three numbers (B1) and no deadline (B9), where `12月31日17点前` is the date's: the
    words before it are its 前."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline) == (Kind.DATE, date, True)


@pytest.mark.parametrize("text, same", [
    ("不晚于6月30日报送", "6月30日前报送"), ("到12月31日17点报送", "12月31日前报送"), ("截至2024年6月30日上报", "2024年6月30日前上报"),
    ("最迟2024年12月底提交", "2024年12月底前提交"), ("每月底报送", "每月底前报送"), ("次月底上报", "次月底前上报"),
    ("每季度末报送", "每季度末前报送"),
])
def test_a_thing_sent_after_a_deadline_without_its_before_is_done_by_it(text, same):
    """After a date opened by words of a deadline only 完成 was the thing done by then: `不晚于6月30日报送` and
    `到12月31日17点报送` were two numbers (B1) and no deadline (B9), where `不晚于6月30日完成` and `不晚于每月10日报送`
    were theirs. And `每月底报送` was words where `每月底完成` and `12月底报送` are deadlines. Both are read with their 前
    (`value_dates.with_its_before`), as a reviewer reads them."""
    assert replace(parse(text), text=same) == parse(same) and parse(same).op == "≤"


@pytest.mark.parametrize("text", ["6月30日报送", "每月底报送率", "每季度末余额", "下月中旬报送", "不晚于6月30日报送率",
                                  "截至6月30日报送人数", "不晚于6月30日完成人数", "每月底报送人数"])
def test_a_day_sent_on_or_a_rate_after_a_deadline_without_its_before_is_no_deadline(text):
    """A day with no words of a deadline before it may be when a thing is sent (two numbers), a part of a month
    without 前 when it takes place, and a rate or amount after either is what is measured: `截至6月30日报送人数` is
    how many had sent by then, which read as the deadline `6月30日前` once 报送 took its 前."""
    value = parse(text)
    assert not recurring_deadline(value) and value.kind is not Kind.DATE


@pytest.mark.parametrize("text", ["每月底前报送金额", "每月10日前报送金额", "每周五前报送金额", "当天办结金额",
                                  "6月底报送金额", "截至6月30日报送金额", "每月底前完成额", "12月前完成金额"])
def test_an_amount_after_a_deadline_is_what_is_measured(text):
    """`每月底前报送金额` read as the deadline `每月底前` with the words 报送金额, `当天办结金额` as ≤1个工作日, where
    `每月底前报送数量` was words: an amount (额, 金额) is what is measured, as a rate or a number is."""
    value = parse(text)
    assert not recurring_deadline(value) and value.kind is not Kind.DATE and value.unit != "个工作日"


@pytest.mark.parametrize("text", ["每月10日前足额发放", "6月底前足额发放", "每月10日前足额", "每月底前全额"])
def test_paid_in_full_by_a_deadline_stays_a_deadline(text):
    """足额 and 全额 say how a thing is paid, no amount measured: the deadline stays (`每月10日前足额` read as no
    deadline once 额 alone was an amount)."""
    value = parse(text)
    assert recurring_deadline(value) or value.kind is Kind.DATE


@pytest.mark.parametrize("text", ["下月初", "每月中旬", "不晚于12月31日17点完成率", "截至6月30日17时余额"])
def test_a_part_of_a_month_without_its_before_or_a_rate_after_a_dates_hour_is_no_deadline(text):
    value = parse(text)
    assert not recurring_deadline(value) and value.kind is not Kind.DATE


@pytest.mark.parametrize("text", ["不晚于每月10日完成率", "不晚于每周五完成率", "不晚于每周五报送率", "最迟每月底余额",
                                  "不晚于25点", "不晚于每周五上下", "不晚于每月10日前完成2次"])
def test_a_rate_or_a_day_on_which_after_its_latest_day_is_no_recurring_deadline(text):
    """A rate or amount after it, an hour no clock has, another hedge or a count by then stay as they read."""
    assert not recurring_deadline(parse(text))


@pytest.mark.parametrize("text, words, hours, suffix, hedge", [
    ("每天17点前", "每天", "17", "", None), ("每日17时前", "每天", "17", "", None), ("每天下午5点前", "每天", "17", "", None),
    ("当日18时前", "当天", "18", "", None), ("当天17:30前", "当天", "17.5", "", None), ("17点前", "当天", "17", "", None),
    ("下午5点半前", "当天", "17.5", "", None), ("中午12时前", "当天", "12", "", None), ("每天17点前报送", "每天", "17", "报送", None),
    ("每天17点前后", "每天", "17", "", "前后"), ("上午10点前完成", "当天", "10", "完成", None),
])
def test_an_hour_of_the_day_with_its_before_is_a_deadline_of_the_day(text, words, hours, suffix, hedge):
    """`每天17点前` read as 17 with no unit and the words 点前 (B3 asked its unit, B9 told it no deadline): it is ≤ the
    part of the day gone by 17:00 (下午5点 is 17:00), in the words of the day, a recurring deadline; an hour alone
    (`17点前`) is the day's, as `当天17点前` is."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix, value.hedge) == (
        Kind.QUANTITY, "≤", Decimal(hours) / 24, "日", words, suffix, hedge)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text", ["每天17点", "17时", "25点前", "上午13点前", "每天17点前完成率", "17点前完成2次"])
def test_an_hour_without_its_before_or_of_no_clock_is_no_deadline_of_the_day(text):
    """An hour with no 前 (a time at which), one the clock has not, and a rate or count by an hour stay as they read."""
    assert not recurring_deadline(parse(text))


@pytest.mark.parametrize("text", ["每周5天", "每周2次", "每周五", "每周五开展", "星期五前", "每周五左右", "每周五前完成率",
                                  "每周三25时前", "每周三上午13点前", "每周五前报送率", "每周五前完成数量", "每周五前完成2次",
                                  "每周5日", "每周8日前", "每周12时前"])
def test_a_count_in_a_week_or_a_weekday_without_its_before_is_no_weekly_deadline(text):
    """Days or times in each week are counts, not a weekday (no ≤5日 read from 每周5天); a weekday with no 前, of no
    week that comes round, or with a rate after it is no deadline."""
    value = parse(text)
    assert not recurring_deadline(value) and value.op is None


@pytest.mark.parametrize("text, day, suffix", [("每月10日前后", 10, ""), ("每月10号前后", 10, ""),
                                               ("每月15日前后足额发放", 15, "足额发放")])
def test_a_recurring_deadline_before_or_after_is_that_deadline_hedged(text, day, suffix):
    """`每月15日前后` read as the fifteenth with the words 前后, no deadline, so `每月10日前` → `每月15日前后` was a
    plain 修改 (the hedge written told, the later day not). Its 前 is the deadline's and its 后 the hedge, as
    `6月底前后` is `6月底前` hedged (`Value.hedge`)."""
    value = parse(text)
    assert (value.op, value.number, value.prefix, value.suffix, value.hedge) == ("≤", Decimal(day), "每月", suffix, "前后")
    assert recurring_deadline(value)


@pytest.mark.parametrize("text, prefix, suffix", [("每月底前后", "每月", ""), ("每季度末前后完成", "每季度末月", "完成"),
                                                  ("每个季度末前后", "每个季度末月", "")])
def test_the_end_of_each_period_before_or_after_is_that_deadline_hedged(text, prefix, suffix):
    """`每月底前后` read as words, no deadline (B9 told it so, diff marked `每月10日前` → `每月底前后` 目标不可衡量),
    where `每月30日前后` and `6月底前后` are their deadlines hedged: its 前 is the deadline's, its 后 the hedge."""
    value = parse(text)
    assert (value.op, value.number, value.prefix, value.suffix, value.hedge) == ("≤", 31, prefix, suffix, "前后")
    assert recurring_deadline(value)


@pytest.mark.parametrize("old, new, word", [
    ("每月10日前", "每月底前后", "加了“前后”"), ("每月底前", "每月底前后", "加了“前后”"),
    ("每季度首月15日前", "每季度末前后", "加了“前后”"), ("每季度末前后", "每季度末前", None)])
def test_a_hedge_added_to_the_end_of_each_period_is_told(old, new, word):
    """A hedge in no clause with a figure was taken for one softening words beside the number (`lint.hedges`), so
    `每月底前后`'s own 前后 went untold."""
    assert hedge("低保金按时发放", old, new, 2024, 2024, "timeliness") == word


@pytest.mark.parametrize("old, new, word", [
    ("每月10日前足额发放", "每月15日前足额发放", "时限推后"),
    ("次月15日前", "次月10日前", None),  # earlier: asks more
    ("每月5日前", "次月10日前", None),  # each month may be the next: not compared
    ("当月5日前", "次月5日前", "时限推后"),  # the next month after the month a thing comes in
    ("每月10日前", "每月15号前", "时限推后"),  # 号 is 日
    ("每月10日前", "每月10日前后", "时限推后"),  # hedged, as `6月底前` → `6月底前后` is
    ("每月10日前足额发放", "每月15日前后足额发放", "时限推后"),  # later and hedged, as `6月底前` → `9月底前后` is
    ("每月15日前后", "每月10日前", None),  # earlier, the hedge taken away
    ("每月10日17点前", "每月15日前", "时限推后"), ("每月10日前", "每月10日17点前", None),  # the day, not the hour
    ("不晚于每月10日", "不晚于每月15日", "时限推后"), ("每月10日前", "最迟每月15日", "时限推后"),  # 不晚于 is 前
    ("不晚于每月10日", "每月10日前", None), ("不晚于每周五", "每周三前", None), ("每周三前", "不晚于每周五", "时限推后"),
    ("17点前", "不晚于18点", "时限推后"),
])
def test_a_recurring_deadline_put_later_is_a_later_deadline_under_any_category(old, new, word):
    for category in ("quantity", "quality", "timeliness"):
        assert weakening("低保金按时发放", old, new, 2024, 2024, category) == word


@pytest.mark.parametrize("text, unhedged", [
    ("每月10日前左右", "每月10日前"), ("每月15日前左右足额发放", "每月15日前足额发放"), ("每月底前左右", "每月底前"),
    ("次月底前左右", "次月底前"), ("每周五前左右", "每周五前"), ("每天17点前左右", "每天17点前"), ("17点前左右", "17点前"),
    ("12月31日前左右", "12月31日前"), ("2024年12月31日前左右完成", "2024年12月31日前完成"), ("6月底前左右完成", "6月底前完成"),
    ("12月前左右", "12月前"),
])
def test_zuoyou_after_a_deadlines_before_is_that_deadline_hedged(text, unhedged):
    """`每月10日前左右` read as no deadline (the tenth with the words 前左右), `每周五前左右` and `17点前左右` as words,
    and `12月31日前左右` as the deadline with 左右 the thing done by then, no hedge: diff told `12月31日前` →
    `12月31日前左右` nothing and `每月10日前` → `每月10日前左右` 时限推后 beside a day kept. 左右 after the 前 is
    the deadline's hedge, as the 后 of 前后 is (`value_dates.hedged`)."""
    value, bare = parse(text), parse(unhedged)
    assert value.hedge == "左右" and bare.hedge is None
    assert replace(value, text=bare.text, hedge=None) == bare


@pytest.mark.parametrize("text, hedged_before", [
    ("不晚于每月10日左右", "每月10日前左右"), ("最迟次月5日左右报送", "次月5日前左右报送"), ("不晚于每周五左右", "每周五前左右"),
    ("不晚于17点左右", "17点前左右"), ("不晚于每月底左右", "每月底前左右"),
])
def test_zuoyou_after_a_latest_day_is_that_deadline_hedged(text, hedged_before):
    """`不晚于每月10日左右` read as the tenth with the words 不晚于每月 and 左右, no deadline, though `不晚于每月10日` is
    `每月10日前` and `每月10日前左右` that deadline hedged: the 左右 is the hedge of the deadline the words make."""
    value, written = parse(text), parse(hedged_before)
    assert value.hedge == "左右" and recurring_deadline(value)
    assert replace(value, text=written.text) == written
    assert hedge("低保金按时发放", re.sub("前左右", "前", hedged_before), text, 2024, 2024, "timeliness") == "加了“左右”"


@pytest.mark.parametrize("text", ["每季度末左右", "每月底左右", "每月10日左右", "不晚于每月10日左右完成率", "不晚于每月10日上下"])
def test_zuoyou_after_a_day_or_end_with_no_deadline_words_is_no_deadline(text):
    """An end or a day with no 前 and no words of a deadline before it, a rate, and 上下 (no hedge after a 前) stay."""
    assert not recurring_deadline(parse(text))


@pytest.mark.parametrize("old, new, word, told", [
    ("每月10日前", "每月10日前左右", "时限推后", "加了“左右”"), ("每月10日前", "每月15日前左右", "时限推后", "加了“左右”"),
    ("12月31日前", "12月31日前左右", "时限推后", "加了“左右”"), ("6月底前完成", "6月底前左右完成", "时限推后", "加了“左右”"),
    ("每周五前", "每周五前左右", "时限推后", "加了“左右”"), ("每月底前", "每月底前左右", "时限推后", "加了“左右”"),
    ("每月15日前左右", "每月10日前", None, None),  # earlier, the hedge taken away
])
def test_zuoyou_added_after_a_deadlines_before_is_told_as_qianhou_is(old, new, word, told):
    assert weakening("低保金按时发放", old, new, 2024, 2024, "timeliness") == word
    assert hedge("低保金按时发放", old, new, 2024, 2024, "timeliness") == told


@pytest.mark.parametrize("old, new", [("每月10日前", "每月10日前后"), ("每月10日前足额发放", "每月15日前后足额发放")])
def test_a_hedge_added_to_a_recurring_deadline_is_told_beside_it(old, new):
    """Kept or put later, the deadline is no longer committed to: diff and D6 say the 前后 as of `6月底前后`."""
    assert hedge("低保金按时发放", old, new, 2024, 2024, "timeliness") == "加了“前后”"


@pytest.mark.parametrize("text, prefix, suffix", [
    ("每月底前", "每月", ""), ("每月末前", "每月", ""), ("每月月底前", "每月", ""), ("每个月底前", "每个月", ""),
    ("每月底前完成", "每月", "完成"), ("每季度末前", "每季度末月", ""), ("每季度末", "每季度末月", ""),
    ("每半年结束前", "每半年末月", ""),
])
def test_the_end_of_each_period_is_a_recurring_deadline_on_its_months_last_day(text, prefix, suffix):
    """`每月底前` read as words, so diff marked `每月10日前` → `每月底前` 目标不可衡量 where the deadline was put later.
    The end of each month, quarter or half year is the last day of the month it ends with, ≤31日 of that month."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix) == (
        Kind.QUANTITY, "≤", Decimal(31), "日", prefix, suffix)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text", ["每季度末左右", "每季度末余额", "季度末前", "每年底前", "每年结束前", "每月底前完成2次",
                                  "下月初", "每月中旬", "每季度初前", "每月底前完成率", "次月底前完成率", "每季度末前完成数量",
                                  "下月中旬前报送率"])
def test_a_hedged_or_unperiodic_end_or_a_years_is_no_recurring_deadline(text):
    """Around the end with no deadline word (`左右`), other words after it, no period that comes round, a year's end (no
    day of a month or week names it: `每年底前` is the budget year's date, `每年结束前` words), a count or a rate by the end
    (`每月底前完成率` read as the deadline with the words 完成率), and a part of a month with no 前 (`下月初`, as `6月初` may be when a
    thing takes place) or of no month (`每季度初前`) stay as they read; a week's end is its seventh day
    (`test_a_day_of_each_week_with_its_before_is_a_weekly_deadline`), a day's the whole day
    (`test_the_end_of_the_next_month_or_of_a_day_is_a_recurring_deadline`)."""
    assert not recurring_deadline(parse(text))


@pytest.mark.parametrize("text, day, prefix, suffix, hedge", [
    ("次月底前", "31", "次月", "", None), ("下月底前", "31", "下月", "", None), ("下个月底前报送", "31", "下个月", "报送", None),
    ("当月底前", "31", "当月", "", None), ("当月10日前", "10", "当月", "", None), ("次月底", "31", "次月", "", None),
    ("下月初前", "10", "下月", "", None), ("下月中旬前", "20", "下月", "", None), ("次月上中旬前", "20", "次月", "", None),
    ("下月下旬前", "31", "下月", "", None), ("每月上旬前", "10", "每月", "", None), ("次月底前后", "31", "次月", "", "前后"),
    ("每天结束前", "1", "每天", "", None), ("每日结束前完成", "1", "每天", "完成", None), ("每天结束前后", "1", "每天", "", "前后"),
    ("本月底前", "31", "本月", "", None), ("本月10日前", "10", "本月", "", None), ("当日结束前", "1", "当天", "", None),
    ("当天结束前完成", "1", "当天", "完成", None), ("每日下班前", "1", "每天", "", None), ("当天下班前", "1", "当天", "", None),
])
def test_the_end_of_the_next_month_or_of_a_day_is_a_recurring_deadline(text, day, prefix, suffix, hedge):
    """`次月底前`, `当月底前`, `下月中旬前` and `每天结束前` read as words: B9 told the first three they were no deadline,
    and diff marked `次月10日前` → `次月底前` and `每天17点前` → `每天结束前` 目标不可衡量. The end or a part of the next
    month or of the month a thing comes in is the day it ends on in that month (a part's as in `6月中旬前`), as
    `次月10日前` is ≤10日 (本月 is 当月), and a day's end, or its working day's (`每日下班前`, as `每周五下班前` is
    Friday), is the whole day, as `每天17点前` is 17/24 of it; 当日 is 当天, the day a thing comes in."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix, value.suffix, value.hedge) == (
        Kind.QUANTITY, "≤", Decimal(day), "日", prefix, suffix, hedge)
    assert recurring_deadline(value)


@pytest.mark.parametrize("old, new, word, tightened", [
    ("每月10日前", "每月底前", "时限推后", None),
    ("每月底前", "每月20日前", None, "时限提前"),
    ("每季度末月20日前", "每季度末前", "时限推后", None),
    ("每月底前", "每月31日前", None, None),  # one day written two ways
    ("每月底前", "每季度末前", None, None),  # another period: not compared
    ("每季度首月15日前", "每季度末前", "时限推后", None),  # a later month of the quarter
    ("每季度末前", "每季度第二个月20日前", None, "时限提前"),
    ("每季度首月15日前", "每季度第一个月15日前", None, None),  # one month written two ways
    ("每半年第3个月10日前", "每半年末月5日前", "时限推后", None),  # the sixth month after the third
    ("每季度首月15日前", "每半年首月15日前", None, None),  # another period: not compared
    ("每月底前", "每月30日前", None, None),  # the 30th as authors write a month's end
    ("每月30日前", "每月底前", None, None),
    ("每月29日前", "每月30日前", "时限推后", None),
    ("每月底前", "每月28日前", None, "时限提前"),  # earlier in every month but February
    ("每月10日前", "每个月15日前", "时限推后", None),  # 每个月 is 每月
    ("次月10日前", "下月15日前", "时限推后", None), ("下个月15日前", "次月10日前", None, "时限提前"),  # 下月 is 次月
    ("下月10日前", "次月10日前", None, None),
    ("每月10日前", "次月10日前", None, None), ("次月10日前", "每月10日前", None, None),  # 每月 may be 次月: not compared
    ("每月底前", "下月10日前", None, None), ("次月5日前", "每个月20日前", None, None),
    ("每月10日前报送", "次月10日前报送", None, None),  # often last month's report by the tenth: one deadline
    ("次月10日前", "次月底前", "时限推后", None), ("下个月底前", "次月20日前", None, "时限提前"),  # a month's end
    ("次月10日前", "下月中旬前", "时限推后", None), ("下月初前", "次月10日前", None, None),  # a part of it: 初 is the 10th
    ("当月10日前", "当月底前", "时限推后", None), ("当月底前", "次月底前", "时限推后", None),  # 次月 after 当月
    ("每月底前", "当月底前", None, None), ("当月10日前", "每月15日前", None, None),  # nor is 当月 每月
    ("每天17点前", "每天结束前", "时限推后", None), ("每天结束前", "每日下午5点前", None, "时限提前"),  # a day's end
    ("每天结束前", "当天17点前", None, None),  # 当天 is not 每天
    ("每天结束前", "每日下班前", None, None), ("每天17点前", "每天下班前", "时限推后", None),  # a working day's end
    ("当天17点前", "当日结束前", "时限推后", None), ("当天结束前", "每天结束前", None, None),  # the day a thing comes in
    ("当月底前", "本月底前", None, None), ("本月10日前", "当月底前", "时限推后", None),  # 本月 is 当月
    ("本月10日前", "下个月10日前", "时限推后", None), ("次月底前", "本月20日前", None, "时限提前"),
    ("6月30日17点前", "12月31日前", "时限推后", None), ("12月31日17点前", "6月30日下班前", None, "时限提前"),  # a date's hour
    ("每季度首月15日前", "每个季度末前", "时限推后", None),  # 每个季度 is 每季度
    ("每个季度首月15日前", "每个季度第二个月10日前", "时限推后", None),
    ("每月10日前", "每月底前后", "时限推后", None),  # the end hedged: still the end
    ("每季度末前后", "每季度首月15日前", None, "时限提前"),
])
def test_a_recurring_deadline_moved_to_the_periods_end_is_compared_by_its_last_day(old, new, word, tightened):
    """`每季度首月15日前` → `每季度末前` was compared nowhere, the words of two months of one quarter two measures, and
    `每月底前` → `每月30日前` was 时限提前 by the 31st, a day that seven months of twelve have: the months of a period
    are ordered (`values.in_period`), and the 30th is the month's end as authors write it. The next month comes after
    the month a thing comes in (`当月底前` → `次月底前` was not compared); each month is ordered with neither, as
    `每月10日前报送` is often the last month's report by the tenth, `次月10日前报送`."""
    for category in ("quantity", "timeliness"):
        assert weakening("低保金按时发放", old, new, 2024, 2024, category) == word
        assert tightening("低保金按时发放", old, new, 2024, 2024, category) == tightened


@pytest.mark.parametrize("text, suffix", [("当天", ""), ("当天办结", "办结"), ("当日办结", "办结"), ("即时办结", "办结"),
                                          ("当天受理", "受理"), ("当日完成。", "完成")])
def test_a_same_day_limit_is_one_working_day_at_most(text, suffix):
    """`当天办结` read as words: B9 told it under 时效指标 it was no deadline, duration or rate, and diff compared it with
    nothing. The day a thing comes in is the first working day at the latest, as `1个工作日内办结` reads."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.suffix) == (
        Kind.QUANTITY, "≤", Decimal(1), "个工作日", suffix)


@pytest.mark.parametrize("text", ["当天完成率", "当日客流量", "当天内办结", "当年完成"])
def test_a_rate_or_a_count_of_the_day_is_no_same_day_limit(text):
    assert parse(text).unit != "个工作日"


@pytest.mark.parametrize("old, new, word", [
    ("当天办结", "3个工作日内办结", "时限推后"),
    ("当天", "≤2个工作日", "时限推后"),
    ("3个工作日内办结", "当天办结", None),  # sooner: asks more
    ("即时办结", "当天办结", None),  # 即时 is read as the day, no sooner
])
def test_a_same_day_limit_put_later_is_a_later_deadline(old, new, word):
    assert weakening("业务办结时限", old, new, 2024, 2024, "timeliness") == word


@pytest.mark.parametrize("text, date, offset, deadline", [
    ("次年3月底前", (None, 3, None), 1, True), ("于次年3月底前完成", (None, 3, None), 1, True),
    ("下一年度", (None, None, None), 1, False), ("翌年1月", (None, 1, None), 1, False),
    ("下年度6月底前", (None, 6, None), 1, True), ("次年第一季度", (None, 3, None), 1, False),
    ("次年1月5日前", (None, 1, 5), 1, True), ("上年12月底前", (None, 12, None), -1, True),
    ("年底前", (None, 12, None), 0, True), ("年底前完成", (None, 12, None), 0, True), ("本年度内", (None, None, None), 0, True),
    ("12月底", (None, 12, None), 0, True), ("12月底前", (None, 12, None), 0, True), ("12月31日前", (None, 12, 31), 0, True),
    ("上半年完成", (None, 6, None), 0, True), ("2024年内", (2024, None, None), None, True),
    ("次年3月底前完成验收", (None, 3, None), 1, True), ("12月底前完成验收工作", (None, 12, None), 0, True),
    ("年底前全部完成", (None, 12, None), 0, True), ("本年度内完成采购", (None, None, None), 0, True),
    ("2024年6月底前完成验收", (2024, 6, None), None, True), ("2024年12月31日前支付完毕", (2024, 12, 31), None, True),
    ("年内完成", (None, None, None), 0, True), ("年度内完成", (None, None, None), 0, True), ("年内", (None, None, None), 0, True),
    ("年之内完成", (None, None, None), 0, True), ("当年完成", (None, None, None), 0, True),
    ("本年度内完成", (None, None, None), 0, True), ("年末", (None, 12, None), 0, True), ("6月30日", (None, 6, 30), 0, False),
    ("次年第一季度末", (None, 3, None), 1, True),
])
def test_dates_relative_to_the_budget_year(text, date, offset, deadline):
    """次年3月底前 was read as the duration 3 months, 12月31日前 as two numbers, 年底前 and 下一年度 as words;
    with what is to be done after it (次年3月底前完成验收, 2024年6月底前完成验收) the same, or a formula.
    年内完成 and 年度内完成 were words, though 本年度内完成 was the deadline they say: the end of the budget year."""
    value = parse(text)
    assert (value.kind, value.date, value.offset, value.deadline) == (Kind.DATE, date, offset, deadline)
    assert value.year(2024) == (2024 + offset if offset is not None else date[0])


def _read(text: str) -> tuple:
    value = parse(text)
    return value.kind, value.date, value.offset, value.deadline, value.op


DAYS = st.integers(1, 12), st.integers(1, 28)


@given(st.integers(2000, 2100), *DAYS, st.sampled_from(["", "前", "前完成", "之前"]))
def test_a_day_written_as_hao_reads_as_ri(year, month, day, tail):
    """2024年6月30号前 was two numbers (B1), 6月30号前 too: 号 is how a day is often written."""
    assert _read(f"{year}年{month}月{day}号{tail}") == _read(f"{year}年{month}月{day}日{tail}")
    if tail:
        assert _read(f"{month}月{day}号{tail}") == _read(f"{month}月{day}日{tail}")


@given(st.integers(2000, 2100), *DAYS, st.sampled_from(["前", "之前", "以前", "前完成"]), st.sampled_from([".", "/"]))
def test_dates_printed_with_dots_or_slashes_before_a_deadline_read_as_in_words(year, month, day, tail, dot):
    """6.30前 was the number 6.30, 2024.6前 the number 2024.6 and 6/30前 two numbers: before 前 they are dates."""
    assert _read(f"{month}{dot}{day}{tail}") == _read(f"{month}月{day}日{tail}")
    assert _read(f"{year}{dot}{month}{tail}") == _read(f"{year}年{month}月{tail}")
    assert _read(f"{year}{dot}{month:02d}底{tail}") == _read(f"{year}年{month}月底{tail}")


@given(st.integers(2000, 2100), st.integers(1, 4), st.sampled_from(["", "前", "末前", "内完成"]),
       st.sampled_from(["{y}年Q{q}", "{y}Q{q}", "{y}-Q{q}", "{y}年q{q}"]))
def test_a_quarter_written_q_reads_as_in_words(year, quarter, tail, written):
    """2024年Q3 was two numbers (B1) and Q3前 the number 3 without a unit."""
    assert _read(written.format(y=year, q=quarter) + tail) == _read(f"{year}年第{quarter}季度{tail}")
    assert _read(f"Q{quarter}{tail}") == _read(f"第{quarter}季度{tail}")


@given(st.integers(2000, 2100), *DAYS, st.sampled_from(["不晚于", "不迟于", "最迟", "最晚", "最迟于"]),
       st.sampled_from(["", "完成"]))
def test_no_later_than_a_date_is_a_deadline(year, month, day, lead, tail):
    """不晚于2024年6月30日 was two numbers (B1), 不迟于6月底 the duration 6 months: a deadline, as …前 is."""
    assert _read(f"{lead}{year}年{month}月{day}日{tail}") == _read(f"{year}年{month}月{day}日前{tail}")
    assert _read(f"{lead}{month}月底{tail}") == _read(f"{month}月底前{tail}")


@given(st.integers(2000, 2100), *DAYS, st.sampled_from(OPENING_HEDGES),
       st.sampled_from(["", "于", "不晚于"]), st.sampled_from(["前", "前完成", "底前完成验收"]))
def test_a_hedged_date_is_the_date(year, month, day, hedge, lead, tail):
    """力争2025年12月31日前完成 was three numbers (B1) and no deadline (B9): the hedge is said beside the date, which
    stays the date it is (diff and D6 tell a hedge added). Every hedge a target may open with, as goal texts read them."""
    text = f"{year}年{month}月{day}日{tail}" if tail.startswith("前") else f"{year}年{month}月{tail}"
    assert _read(f"{hedge}{lead}{text}") == _read(f"{lead}{text}")
    assert _read(f"{hedge}{lead}{text}")[0] is Kind.DATE


@pytest.mark.parametrize("text", ["尽力6月底前完成", "力求6月底前完成", "基本上6月底前完成", "大体上于2024年6月30日前完成"])
def test_a_date_after_a_hedge_the_dates_did_not_list_is_the_deadline(text):
    """The dates' own list of hedges lacked 尽力, 力求, 基本上, 大体上: `尽力6月底前完成` was read as 6 months, a
    quantity, and `大体上于2024年6月30日前完成` as three numbers."""
    value = parse(text)
    assert (value.kind, value.deadline, value.date[1]) == (Kind.DATE, True, 6)


@pytest.mark.parametrize("text", ["年底前完成", "2024年12月31日前完成", "于6月底前完成", "不晚于6月30日",
                                  "6月底前完成2次", "年内完成"])
@pytest.mark.parametrize("commitment", ["确保", "实现", "做到"])
def test_a_date_after_a_commitment_is_the_date(text, commitment):
    """`确保年底前完成` was words, which B7 and B9 told no checkable target and diff marked `年底前完成` → `确保年底前完成`
    目标不可衡量, and `确保2024年12月31日前完成` three numbers (B1): the commitment asks the deadline as surely as the date
    alone, as `确保良好` asks 良好 (`value_kinds.uncommitted`), and is no hedge."""
    read, alone = parse(commitment + text), parse(text)
    assert (read.kind, read.date, read.deadline, read.hedge) == (alone.kind, alone.date, alone.deadline, None)
    assert (read.number, read.by and read.by.date) == (alone.number, alone.by and alone.by.date)


@pytest.mark.parametrize("text", ["年底前完成", "每月10日前报送", "每月底前报送", "次月5日前", "每季度末前完成",
                                  "每周五前报送", "每天17点前", "不晚于每月10日"])
@pytest.mark.parametrize("lead", ["确保", "力争", "按要求", "按规定"])
def test_a_deadline_after_a_commitment_hedge_or_requirement_is_that_deadline(text, lead):
    """`确保每月底前报送`, `力争每周五前报送` and `按要求年底前完成` were words (B9: no deadline), and `确保每月10日前报送` the
    tenth of the words 确保每月, which diff compared with no `每月10日前`: the words before a deadline that comes round
    leave it the deadline, as they leave a date one (`value_dates.after_lead`); lint and diff tell a hedge from the
    text."""
    read, alone = parse(lead + text), parse(text)
    assert (read.kind, read.op, read.number, read.unit, read.prefix, read.suffix, read.date) == (
        alone.kind, alone.op, alone.number, alone.unit, alone.prefix, alone.suffix, alone.date)
    assert read.kind in (Kind.DATE, Kind.QUANTITY)


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(1, 31),
       st.sampled_from(["{y}年{m}月{d}日前", "{y}-{m}-{d}", "{y}.{m}.{d}前", "{m}月{d}日前", "{m}.{d}前", "{m}/{d}前"]))
def test_a_date_is_read_only_where_the_calendar_has_that_day(year, month, day, written):
    """6.31前 was read as 31 June and 2024年2月30日前 as a deadline that does not exist. A date without its year may lie
    in a leap year, so 2月29日前 is one."""
    text = written.format(y=year, m=month, d=day)
    has_year = "{y}" in written
    try:
        exists = bool(datetime.date(year if has_year else 2000, month, day))
    except ValueError:
        exists = False
    value = parse(text)
    assert (value.kind is Kind.DATE) == exists, value
    if exists:
        assert value.date == ((year if has_year else None), month, day)


@pytest.mark.parametrize("text", ["6.31前", "2024年2月30日前", "2023年2月29日", "2024-04-31", "4月31日前", "2024年13月底前"])
def test_impossible_dates_are_no_dates(text):
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("text, op, number, unit", [
    ("不晚于5天", "≤", 5, "天"), ("不迟于3个工作日", "≤", 3, "个工作日"), ("最迟2小时", "≤", 2, "小时"),
    ("最晚于10分钟", "≤", 10, "分钟"), ("不晚于5日", None, 5, "日"),
])
def test_no_later_than_a_length_of_time_caps_it(text, op, number, unit):
    """不晚于5天 had no comparator (B3's “没有比较符”); 不晚于5日 may mean the fifth: not read as a length."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit) == (Kind.QUANTITY, op, number, unit)
    assert value.prefix == ("" if op else "不晚于")


@pytest.mark.parametrize("text, month", [("不晚于6月", 6), ("不晚于6月报送", 6), ("最迟12月完成", 12), ("不迟于9月上报", 9),
                                         ("不晚于每年6月", 6), ("最迟每年度12月完成", 12)])
def test_no_later_than_a_bare_month_is_by_its_end(text, month):
    """`不晚于6月报送` read as a length of 6 月 with the words 不晚于 (B9: no deadline): it is by the end of June, as
    `6月底前报送` is, and a later month after the same words is a deadline put later. So with 每年 after the words
    (`不晚于每年6月`), as before them (`每年不晚于6月`): it read as 6 months."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline) == (Kind.DATE, (None, month, None), True)
    later = text.replace(str(month), str(month - 1))
    assert weakening("材料报送", later, text, 2024, 2024, "timeliness") == "时限推后"
    assert weakening("材料报送", text, later, 2024, 2024, "timeliness") is None


@pytest.mark.parametrize("text, same", [("不晚于每年6月30日", "每年不晚于6月30日"), ("截至每年6月30日", "每年截至6月30日"),
                                        ("不晚于每年6月底", "6月底前"), ("不晚于每年底", "年底前")])
def test_each_year_after_words_of_a_deadline_is_the_budget_year(text, same):
    """每年 after 不晚于 or 截至 is the budget year, as before them: `不晚于每年6月30日` read as two numbers (B1),
    `不晚于每年6月底` as 6 months and `不晚于每年底` as words."""
    value, alone = parse(text), parse(same)
    assert (value.kind, value.date, value.deadline) == (Kind.DATE, alone.date, True)


@pytest.mark.parametrize("text", ["不晚于6个月", "不晚于6月完成率", "不晚于18月"])
def test_no_later_than_a_length_a_rate_or_no_month_is_no_month_of_the_year(text):
    """A length in 个月, a rate by the month and a month no year has stay as they read: no date."""
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("text, op, number, unit, suffix", [
    ("≥120万页", "≥", 120, "万页", ""), ("≥8万条以上", "≥", 8, "万条", ""), ("≥5000万立方米", "≥", 5000, "万立方米", ""),
    ("约2万小时", None, 2, "万小时", ""), ("≥600发", "≥", 600, "发", ""), ("≥10万人次", "≥", 10, "万人次", ""),
    ("≤40万", "≤", 40, None, "万"), ("35万左右", None, 35, None, "万左右"), ("≥5万%", "≥", 5, None, "万%"),
])
def test_a_wan_before_a_unit_is_read_with_it(text, op, number, unit, suffix):
    """Only the 万 units listed were read (万人次, 万册, 万字): `≥120万页`, `≥8万条` and `≥5000万立方米` had none, and B3
    told them so; 发 (rounds, 人影作业弹药 ≥600发) was no unit. A bare 万 (money said aloud) stays words after the number."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.suffix) == (Kind.QUANTITY, op, number, unit, suffix)


@pytest.mark.parametrize("text, kind, op, number, unit", [
    ("≤12/10万", Kind.QUANTITY, "≤", 12, "/10万"), ("220/10万以下", Kind.QUANTITY, "≤", 220, "/10万"),
    ("≤5/万人", Kind.QUANTITY, "≤", 5, "/万人"), ("≤0.5次/百万车公里", Kind.QUANTITY, "≤", Decimal("0.5"), "次/百万车公里"),
    ("≥3人/万人", Kind.QUANTITY, "≥", 3, "人/万人"), ("1次/2个月", Kind.QUANTITY, None, 1, "次/2个月"),
    ("3/5", Kind.UNPARSEABLE, None, None, None), ("≤12/10万，其中2", Kind.UNPARSEABLE, None, None, None),
    ("≤12/100万", Kind.QUANTITY, "≤", 12, "/100万"), ("≥3/5万", Kind.UNPARSEABLE, None, None, None),
    ("≤2/50万人", Kind.UNPARSEABLE, None, None, None),
])
def test_a_value_over_a_base_is_one_number_in_a_unit_per_the_base(text, kind, op, number, unit):
    """死亡率 and 发病率 are written per 100,000 (`≤12/10万`): the 10 of the base was read as a second number, and B1 told
    the value it held two; a count over a base (`次/百万车公里`) had 次 alone for its unit. A period (`/2个月`) is no base,
    and `3/5` is still two numbers, as is `3/5万`, whose 5万 is no power of ten."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit) == (kind, op, number, unit)

@pytest.mark.parametrize("text, kind, op, number, unit, prefix", [
    ("引进世界500强企业2家", Kind.QUANTITY, None, 2, "家", "引进世界500强企业"),
    ("引进中国500强企业≥2家", Kind.QUANTITY, "≥", 2, "家", "引进中国500强企业"),
    ("世界500强", Kind.QUANTITY, None, 500, None, "世界"),  # a ranking alone: its size is the place
    ("世界500强、中国500强", Kind.UNPARSEABLE, None, None, None, ""),  # two rankings
    ("引进500强企业2家、100强企业3家", Kind.UNPARSEABLE, None, None, None, ""),  # two counts
])
def test_the_size_of_a_ranking_naming_what_is_counted_is_no_second_number(text, kind, op, number, unit, prefix):
    """`引进世界500强企业2家` was two numbers (B1): the 500 of 500强 says which firms are counted, as 百强企业 does in
    numerals, and the 2家 is the target."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix) == (kind, op, number, unit, prefix)


@pytest.mark.parametrize("text, kind, op, number, unit, prefix", [
    ("5G基站≥100个", Kind.QUANTITY, "≥", 100, "个", "5G基站"), ("合作4S店≥3家", Kind.QUANTITY, "≥", 3, "家", "合作4S店"),
    ("3D打印设备≥2台", Kind.QUANTITY, "≥", 2, "台", "3D打印设备"), ("H7N9病例≤0例", Kind.QUANTITY, "≤", 0, "例", "H7N9病例"),
    ("PM10≤70微克/立方米", Kind.QUANTITY, "≤", 70, "微克/立方米", "PM10"),
    ("≥100G", Kind.QUANTITY, "≥", 100, "G", ""),  # a name alone: the target
    ("≥100G以上", Kind.QUANTITY, "≥", 100, "G", ""),
    ("装机3MW以上，风机2台", Kind.UNPARSEABLE, None, None, None, ""),  # 3MW以上 a target: two
    ("5G基站100个、4S店3家", Kind.UNPARSEABLE, None, None, None, ""),  # two counts
    ("COVID-19疫苗接种率≥90%", Kind.QUANTITY, "≥", 90, "%", "COVID-19疫苗接种率"),  # letters, a hyphen, digits
    ("SARS-CoV-2检测≥100次", Kind.QUANTITY, "≥", 100, "次", "SARS-CoV-2检测"),
    ("ISO-9001认证≥2项", Kind.QUANTITY, "≥", 2, "项", "ISO-9001认证"),
    ("A-1级≥3个", Kind.QUANTITY, "≥", 3, "个", "A-1级"),  # a capital hyphened to digits: a code, no second number
])
def test_digits_glued_to_letters_as_a_name_are_no_second_number(text, kind, op, number, unit, prefix):
    """`5G基站≥100个`, `合作4S店≥3家` and `H7N9病例≤0例` were two or three numbers (B1): digits glued to Latin letters
    name what is counted (a technology, a shop, a virus), as PM2.5 names a pollutant, and the other number is the
    target. Not after a comparator or before a comparator word (`≥100G`, `3MW以上`: so many of a unit)."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix) == (kind, op, number, unit, prefix)


@pytest.mark.parametrize("text, date", [
    ("12月底前建成5G基站", (None, 12, None)), ("2024年底前完成H7N9疫苗接种", (2024, None, None)),
    ("6月底前完成PM2.5治理", (None, 6, None)), ("2024年6月底前完成5G基站建设", (2024, 6, None)),
    ("12月底前报送COVID-19数据", (None, 12, None)), ("12月底前通过ISO-9001认证", (None, 12, None)),
])
def test_a_lettered_name_after_a_deadline_keeps_the_deadline(text, date):
    """`12月底前建成5G基站` read as a length of 12 months and `2024年底前完成H7N9疫苗接种` as 2024 years once the name's
    digits were no number: the date came first and failed on them. A name's digits are no number after it either."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline) == (Kind.DATE, date, True)


@pytest.mark.parametrize("text, prefix, day, suffix", [
    ("每月10日前报送5G数据", "每月", 10, "报送5G数据"), ("不晚于每月10日报送5G数据", "每月", 10, "报送5G数据"),
    ("每月底前报送5G数据", "每月", 31, "报送5G数据"), ("每月底报送5G数据", "每月", 31, "报送5G数据"),
    ("次月底前报送PM2.5数据", "次月", 31, "报送PM2.5数据"), ("每周五前报送H7N9监测数据", "每周", 5, "报送H7N9监测数据"),
    ("每月10日前报送COVID-19数据", "每月", 10, "报送COVID-19数据"), ("每月底前报送COVID-19数据", "每月", 31, "报送COVID-19数据"),
    ("每周五前报送SARS-CoV-2监测数据", "每周", 5, "报送SARS-CoV-2监测数据"), ("每月10日前报送A-1数据", "每月", 10, "报送A-1数据"),
])
def test_a_lettered_name_after_a_recurring_deadline_keeps_the_deadline(text, prefix, day, suffix):
    """`每月10日前报送5G数据` read as the tenth with the words 前报送5G数据 (no comparator, no deadline), and
    `每月底前报送5G数据` as 5 G: the 5 of the name was taken for a count after the deadline, as it was after a date
    before `12月底前建成5G基站` was read. The name stays in the words, digits and all."""
    value = parse(text)
    assert (value.op, value.number, value.unit, value.prefix, value.suffix) == ("≤", day, "日", prefix, suffix)
    assert recurring_deadline(value)


@pytest.mark.parametrize("text", ["HIV-1", "通过ISO-9001认证", "ISO-14001", "SARS-CoV-2", "H1N1-2009",
                                  "符合GB50300-2013标准", "通过GB/T19001-2016认证", "通过ISO-9001-2015认证"])
def test_a_value_that_is_a_hyphened_name_alone_is_words(text):
    """`HIV-1` read as −1 and `通过ISO-9001认证` as −9001, the hyphen a minus, and `H1N1-2009` as −2009 after the name
    H1N1: a name with a hyphen is words wherever it stands, as `通过认证` is (a ranking alone, `世界500强`, keeps its
    number)."""
    assert (parse(text).kind, parse(text).numbers) == (Kind.TEXT, 0)


@pytest.mark.parametrize("text", ["B-2级", "U-17", "A-1", "达到B-2级", "U-17岁以下", "通过ISO9001认证", "通过ISO14001认证",
                                  "符合GB50300标准", "通过GB/T19001认证"])
def test_a_code_of_a_capital_and_a_hyphen_or_a_catalogue_number_alone_is_words(text):
    """`B-2级` and `U-17` read as −2 and −17, the hyphen after a capital a minus (a grade of its own scale, an age
    group), and `通过ISO9001认证` as 9001, so that `通过ISO14001认证` was a target raised: a code, words as `A1-2级` and
    `通过认证` are."""
    assert (parse(text).kind, parse(text).numbers) == (Kind.TEXT, 0)


@pytest.mark.parametrize("text, number, prefix, suffix", [
    ("C30", 30, "C", ""), ("C35", 35, "C", ""), ("国家3A级", 3, "国家", "A级"), ("IP65", 65, "IP", ""),
    ("CMMI3级", 3, "CMMI", "级"), ("≥100G", 100, "", ""),
])
def test_a_grade_of_letters_and_a_short_number_alone_keeps_its_number(text, number, prefix, suffix):
    """A grade named by a letter and a short number (`C30` of concrete, `国家3A级`, `IP65`) ranks: a higher one asks
    more, and diff tells `C30` → `C35` a target raised, where a catalogue number of four digits (`ISO9001`) does not."""
    value = parse(text)
    assert (value.kind, value.number, value.prefix, value.suffix) == (Kind.QUANTITY, number, prefix, suffix)


@pytest.mark.parametrize("text", ["pH6-9", "pH6~9", "pH6～9", "pH6至9", "pH6.5-8.5", "pH值6-9"])
def test_a_measure_in_small_letters_before_a_range_reads_both_numbers(text):
    """`pH6-9` read as −9, the 6 taken for a name's (pH6) and the dash for a minus: the range 6 to 9 is two numbers, as
    `pH值6-9` is, which B1 reads as a range."""
    assert (parse(text).kind, parse(text).numbers) == (Kind.UNPARSEABLE, 2)


@pytest.mark.parametrize("text, op, number, prefix", [
    ("负5%", None, -5, ""), ("≥负5%", "≥", -5, ""), ("增长率负2%", None, -2, "增长率"), ("正负5%", None, 5, "正负"),
    ("负增长5%", None, 5, "负增长"), ("负责5人", None, 5, "负责"), ("不低于负5%", "≥", -5, ""),
    ("为企业减负1000万元", None, 1000, "为企业减负"), ("企业税负3%", None, 3, "企业税负"), ("担负5项任务", None, 5, "担负"),
    ("肩负3项职责", None, 3, "肩负"), ("胜负3场", None, 3, "胜负"),
])
def test_a_minus_in_words_before_a_number_makes_it_negative(text, op, number, prefix):
    """`负5%` read as 5% with the words 负, where `-5%` is −5% (and a range `负5%~5%` read it so): diff told `负5%` →
    `-5%` a target lowered and `负5%` → `负3%` one lowered too. Not 正负 (±) nor a 负 of a word (负增长, 负责), nor one
    ending a word (减负, 税负, 担负, 肩负, 胜负), which read as −1000万元, −3%, −5项: `减负1000万元` → `减负800万元` was
    a target raised."""
    value = parse(text)
    assert (value.op, value.number, value.prefix) == (op, number, prefix)


@pytest.mark.parametrize("text, kind, op, number, unit, prefix", [
    ("H1N1-2009疫苗接种≥100人", Kind.QUANTITY, "≥", 100, "人", "H1N1-2009疫苗接种"),  # was two numbers
    ("GB50300-2013验收合格率≥95%", Kind.QUANTITY, "≥", 95, "%", "GB50300-2013验收合格率"),
    ("A-1", Kind.TEXT, None, None, None, ""),  # one capital: a code, words (`LETTERED_NAME`)
    ("pH6-9", Kind.UNPARSEABLE, None, None, None, ""),  # a measure in small letters and its range: two numbers
    ("-5%", Kind.QUANTITY, None, -5, "%", ""), ("2023-2024", Kind.UNPARSEABLE, None, None, None, ""),
    ("PM2.5", Kind.QUANTITY, None, Decimal("2.5"), None, "PM"),  # glued, no hyphen: a name alone keeps it, as before
])
def test_capitals_glued_to_digits_and_hyphened_to_more_are_one_name(text, kind, op, number, unit, prefix):
    """`H1N1-2009疫苗接种≥100人` was two numbers (B1), the strain's year read after the name H1N1; a standard and its year
    (`GB50300-2013`) likewise. One capital hyphened to digits is a code too (`A-1`); not small letters running on to a
    range (`pH6-9`), a sign or digits alone."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.prefix) == (kind, op, number, unit, prefix)


@pytest.mark.parametrize("text, kind, op, number, unit", [
    ("通过ISO9001:2015认证", Kind.TEXT, None, None, None), ("通过ISO-9001:2015认证", Kind.TEXT, None, None, None),
    ("通过ISO/IEC 27001:2013认证", Kind.TEXT, None, None, None),  # were 2015, 2013: an edition as a target
    ("完成ISO9001:2015认证≥2项", Kind.QUANTITY, "≥", 2, "项"),  # was two numbers
    ("ISO9001:2015认证覆盖率≥95%", Kind.QUANTITY, "≥", 95, "%"),
    ("2024年12月31日前通过ISO9001:2015认证", Kind.DATE, "≤", None, None),  # was four numbers, no deadline
    ("每月10日前报送ISO9001:2015数据", Kind.QUANTITY, "≤", 10, "日"),
    ("H7N9:10", Kind.QUANTITY, None, 10, None),  # no year after the colon: no edition, as before
])
def test_a_standards_edition_after_a_colon_is_part_of_its_name(text, kind, op, number, unit):
    """`ISO9001:2015` is a standard and the year of its edition: `通过ISO9001:2015认证` read as the number 2015 (an
    edition of 2008 was 目标降低) and `完成ISO9001:2015认证≥2项` as two numbers. The year is part of the name, read as
    `ISO-9001` is: a value of it alone is words."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit) == (kind, op, number, unit)


@pytest.mark.parametrize("text, numbers", [("2023-2024年完成", 2)])
def test_a_span_of_years_is_no_name(text, numbers):
    """`COVID-19` and `A-1` are names (`lettered_names.LETTERED_NAME`), but digits alone (`2023-2024`) are a span:
    their numbers are still counted."""
    value = parse(text)
    assert (value.kind, value.numbers) == (Kind.UNPARSEABLE, numbers)


@pytest.mark.parametrize("text", ["每月10日前完成5G基站2个", "每月10日前5G基站建成率"])
def test_a_count_or_a_rate_after_a_lettered_name_is_no_recurring_deadline(text):
    """A count or a rate after the name is still no thing done by the day (`每月10日前完成2次`, `每月10日前完成率`)."""
    assert not recurring_deadline(parse(text))


def test_a_count_after_a_deadline_and_a_lettered_name_keeps_its_deadline():
    """`12月底前建成5G基站100个` is 100个 by December, as `12月底前建成基站100个` is."""
    value = parse("12月底前建成5G基站100个")
    assert (value.number, value.unit, value.by.date, value.by.deadline) == (100, "个", (None, 12, None), True)


def test_a_range_after_a_lettered_name_is_read():
    """`PM2.5浓度30-35微克/立方米` is a range after the pollutant's name, whose 2.5 is no third number."""
    floor, cap = range_bounds(parse("PM2.5浓度30-35微克/立方米"))
    assert (floor.op, floor.number, cap.op, cap.number, cap.unit) == ("≥", 30, "≤", 35, "微克/立方米")


@pytest.mark.parametrize("text, unit, op, suffix", [
    ("≤12/10万左右", "/10万", "≤", "左右"), ("12/10万人左右", "/10万人", None, "左右"), ("200元/人左右", "元/人", None, "左右"),
    ("≥5人/万人上下", "人/万人", "≥", "上下"), ("1次/月左右", "次/月", None, "左右"), ("12/10万人以内", "/10万人", "≤", ""),
    ("≤12/10万以下左右", "/10万", "≤", "左右"), ("≤12/10万左右以下", "/10万", "≤", "左右以下"),
    ("200元/人以内左右", "元/人", "≤", "左右"),
])
def test_a_hedge_after_a_per_is_no_part_of_it(text, unit, op, suffix):
    """`≤12/10万左右` read per 10万左右, and `200元/人左右` per 人左右: the hedge is the words after the unit, where diff
    and D6 read it (`lint.hedges`), as a comparator word is (`/10万人以内`)."""
    value = parse(text)
    assert (value.kind, value.unit, value.op, value.suffix) == (Kind.QUANTITY, unit, op, suffix)


@pytest.mark.parametrize("text, op, number, unit, size", [
    ("≤33μg/m³", "≤", 33, "微克/立方米", 1), ("≤33µg/m³", "≤", 33, "微克/立方米", 1), ("≤33ug/m3", "≤", 33, "微克/立方米", 1),
    ("≤0.5mg/L", "≤", Decimal("0.5"), "毫克/升", 1), ("≤50mg/m³", "≤", 50, "毫克/立方米", 1),
    ("≥120m2", "≥", 120, "平方米", 1), ("≥120m²", "≥", 120, "平方米", 1), ("≥120㎡", "≥", 120, "平方米", 1),
    ("≥3km²", "≥", 3, "平方公里", 1), ("100m³", None, 100, "立方米", 1), ("≥5km", "≥", 5, "公里", 1000),
    ("≥5kg", "≥", 5, "千克", 1), ("≥300m", "≥", 300, "米", 1), ("≥1万m2", "≥", 1, "万平方米", 10000),
    ("≤3000元/m2", "≤", 3000, "元/平方米", 1), ("≤35μg/m³以下", "≤", 35, "微克/立方米", 1),
    ("≥10GB", "≥", 10, "GB", 1), ("≥10M", "≥", 10, "M", 1), ("≤1mm", "≤", 1, "毫米", 1), ("≥10cm", "≥", 10, "厘米", 1),
    ("≤50mg", "≤", 50, "毫克", 1), ("≥10mL", "≥", 10, "毫升", 1), ("≥3KM", "≥", 3, "公里", 1000), ("≥12Km", "≥", 12, "公里", 1000),
    ("≥120M2", "≥", 120, "平方米", 1), ("≥120M²", "≥", 120, "平方米", 1), ("≥100t", "≥", 100, "吨", 1000),
    ("≥10万kW", "≥", 10, "万千瓦", 10000), ("≥2MW", "≥", 2, "兆瓦", 1000), ("≤2h", "≤", 2, "小时", 3600),
    ("≥1MWh", "≥", 1, "兆瓦时", 1000),  # energy: MWh, not MW with the words h
    ("≥120min", "≥", 120, "分钟", 60), ("≤30s", "≤", 30, "秒", 1), ("≤30sec", "≤", 30, "秒", 1),
    ("≥1GW", "≥", 1, "吉瓦", 1000000), ("≥2GWh", "≥", 2, "吉瓦时", 1000000),  # 1 GW is 1000 MW, 1 GWh 1000 MWh
    ("≥3次/min", "≥", 3, "次/分钟", 1),
    ("5km/h", None, 5, "公里/小时", 1000), ("≤500m³/d", "≤", 500, "立方米/日", 1), ("≥100t/d", "≥", 100, "吨/日", 1000),
    ("≥100立方米/d", "≥", 100, "立方米/日", 1), ("PM2.5年均浓度≤35μg/m³", "≤", 35, "微克/立方米", 1),
])
def test_a_unit_in_letters_reads_as_its_chinese_unit(text, op, number, unit, size):
    """`≤33μg/m³` read as two numbers (the 3 of m³ the second), `≤0.5mg/L` as 0.5 metres with the words g/L, `≥120m²` as
    two numbers: a unit in letters is one unit, read as its Chinese name so that it compares with one typed so. GB and M
    have no Chinese name in use and stay as typed. A kilometre is sized as 1000 米 (`multiplied`), as 千米 is, a megawatt
    as 1000 千瓦, a ton as 1000 千克 and an hour as 3600 秒. `≥120M2` read as two numbers, `≥100t` and `≥10万kW` with no unit,
    `≥2MW` in M, and `5km/h`, `≤500m³/d` in 公里 and 立方米 with the words /h and /d: M2 is m2, t, kW, MW, h and d are 吨, 千瓦,
    兆瓦, 小时 and 日, per a unit too. The 2.5 of PM2.5, the measure typed again before its target, is its name's, no second
    number (it was read as two)."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.suffix, value.numbers) == (
        Kind.QUANTITY, op, number, unit, "", 1)
    assert multiplied(value.unit)[1] == size


@pytest.mark.parametrize("text, suffix", [("≥20mb", "mb"), ("≥10mA", "mA"), ("≥5kgf", "kgf"), ("≥10sa", "sa")])
def test_a_unit_in_letters_runs_into_no_further_letter(text, suffix):
    """`≤1mm` and `≤50mg` were read as 1 and 50 米 with the words m and g, so diff weighed `≤1mm` → `≤2米` as metres:
    the m of a longer run of letters is no metre, nor the kg of kgf a kilogram (millimetres and milligrams are listed,
    the test above)."""
    value = parse(text)
    assert (value.unit, value.suffix) == (None, suffix)


@pytest.mark.parametrize("text, floor, cap, unit", [
    ("3km-5km", 3, 5, "公里"), ("3-5km", 3, 5, "公里"), ("3m-5m", 3, 5, "米"), ("3kWh-5kWh", 3, 5, "千瓦时"),
    ("100-120m2", 100, 120, "平方米"), ("100㎡-120㎡", 100, 120, "平方米"), ("10-35μg/m³", 10, 35, "微克/立方米"),
    ("100-120M2", 100, 120, "平方米"),
])
def test_a_range_in_a_unit_in_letters_is_read(text, floor, cap, unit):
    """`3km-5km` and `3m-5m` were ranges until km read as 公里: the first number's km, as typed, was no unit of the
    second's; and `100-120m2` was never one, the 2 of m2 read as a third number. Both ends read as one unit does."""
    bounds = range_bounds(parse(text))
    assert bounds and [(b.number, b.unit) for b in bounds] == [(floor, unit), (cap, unit)]


@pytest.mark.parametrize("text, number, unit, size", [
    ("≥5亿立方米", 5, "亿立方米", 10 ** 8), ("≥1.2亿美元", Decimal("1.2"), "亿美元", 10 ** 8), ("≥500万美元", 500, "万美元", 10000),
    ("≥3亿元", 3, "亿元", 1), ("≥6片", 6, "片", 1), ("≥800万画幅", 800, "万画幅", 10000), ("≥2亿", 2, None, 1),
    # 港币 as 港元 is written; 余 after a 亿 read past as after a 万 (`1亿余人次` had no unit)
    ("≥5亿港币", 5, "亿港币", 10 ** 8), ("≥1亿余人次", 1, "亿人次", 10 ** 8), ("≥2亿多元", 2, "亿元", 1),
    # 万 or 千 of 亿 before a unit (`1.2万亿美元` had no unit); 万亿元 is listed money
    ("≥1.2万亿美元", Decimal("1.2"), "万亿美元", 10 ** 12), ("≥5千亿美元", 5, "千亿美元", 10 ** 11),
    ("≥3万亿元", 3, "万亿元", 1), ("≥3千万亿元", 3, None, 1),
])
def test_a_hundred_million_a_foreign_currency_and_the_measure_words_of_grounds_and_scans_are_units(text, number, unit,
                                                                                                  size):
    """`≥5亿立方米` (rain added by cloud seeding), `≥1.2亿美元` (foreign investment), `≥6片` (sports grounds) and
    `≥800万画幅` (archives scanned) read with no unit, and B3 told them so. 亿 sizes its unit as 万 does, money aside (亿元
    is sized in 万元); a foreign currency is no money in 万元, and a bare 亿 is still no unit."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit) == (Kind.QUANTITY, "≥", number, unit)
    assert multiplied(value.unit)[1] == size
    assert value.money is None or unit in ("亿元", "万亿元")


@pytest.mark.parametrize("text, op, number, unit, suffix", [
    ("≥5日元旦", "≥", 5, "日", "元旦"), ("每月5日元旦", None, 5, "日", "元旦"), ("15日元宵节前", None, 15, "日", "元宵节前"),
    ("≥100日元", "≥", 100, "日元", ""), ("≤5日元", "≤", 5, "日元", ""),
])
def test_a_festival_after_a_day_is_no_yen(text, op, number, unit, suffix):
    """`≥5日元旦` read as 5 日元 (yen) with the word 旦, and `15日元宵节前` as 15 yen: the 元 opens 元旦 or 元宵, a
    festival after the day, where 日元 alone is still the currency."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.suffix) == (Kind.QUANTITY, op, number, unit, suffix)


@pytest.mark.parametrize("text, unit, money, suffix", [
    ("≥500万人民币", "万元", 500, ""), ("≥2亿人民币", "亿元", 20000, ""), ("≥800人民币", "元", Decimal("0.08"), ""),
    ("300余万人民币", "万元", 300, ""), ("≥500万元人民币", "万元", 500, "人民币"), ("≥100万日元", "万日元", None, ""),
    ("≥100日元", "日元", None, ""),
])
def test_a_currency_is_no_count_of_people_or_days(text, unit, money, suffix):
    """`≥500万人民币` read as 500 万人 (people) with the words 民币, and `≥100万日元` as 100 万日 (days) with the word 元: a
    currency's name opens with a unit's character. 人民币 is the yuan, money in 万元 as `500万元人民币` is; 日元 a foreign
    currency, no money in 万元, one unit as 美元 is."""
    value = parse(text)
    assert (value.kind, value.unit, value.money, value.suffix) == (Kind.QUANTITY, unit, money, suffix)
    assert multiplied(value.unit)[0] not in ("人", "天")


@pytest.mark.parametrize("text, op, number, unit, size", [
    ("≥1000千瓦时", "≥", 1000, "千瓦时", 1), ("≤1000度", "≤", 1000, "度", 1), ("≥1000kWh", "≥", 1000, "千瓦时", 1),
    ("≥1000KWh", "≥", 1000, "千瓦时", 1), ("≥1万千瓦时", "≥", 1, "万千瓦时", 10000), ("≥2万度", "≥", 2, "万度", 10000),
])
def test_electricity_is_read_with_its_unit(text, op, number, unit, size):
    """`≥1000千瓦时` and `≤1000度` read with no unit (B3 told them so), and `≥1000KWh` in K with the words Wh: electricity
    is a unit as 吨 of 吨标煤 is, and a 万 before it ten thousand of it. kWh and KWh are 千瓦时, one unit however typed."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.suffix) == (Kind.QUANTITY, op, number, unit, "")
    assert multiplied(value.unit)[1] == size


@pytest.mark.parametrize("text, number, unit", [
    ("3万余人", 3, "万人"), ("≥300余人", 300, "人"), ("10余万人", 10, "万人"), ("3万余人次", 3, "万人次"), ("5万余元", 5, "万元"),
    ("300多人", 300, "人"), ("3万多人", 3, "万人"), ("20多场次", 20, "场次"),
])
def test_a_more_than_after_the_number_is_read_past_to_its_unit(text, number, unit):
    """A 余 or 多 (more than) after the number or its 万 hid the unit: `3万余人`, `300余人` and `300多人` read with none,
    and B3 told them so. The value's text keeps its 余 or 多."""
    value = parse(text)
    assert (value.kind, value.number, value.unit, value.suffix, value.text) == (Kind.QUANTITY, number, unit, "", text)


@pytest.mark.parametrize("text, number, unit, prefix", [
    ("3千余人", 3, "千人", ""), ("5千人", 5, "千人", ""), ("3.5千人次", Decimal("3.5"), "千人次", ""),
    ("3千册", 3, "千册", ""), ("近万人", 1, "万人", "近"), ("千余人", 1, "千人", ""), ("约千人次", 1, "千人次", "约"),
    ("万余人", 1, "万人", ""), ("约5000人", 5000, "人", "约"),
])
def test_a_thousand_is_read_as_ten_thousand_is(text, number, unit, prefix):
    """`3千余人` and `5千人` read with no unit (千 was no multiplier, as 万 is), and `近万人`, `千余人` with no number:
    B3 told them they had none. The text is kept; `multiplied` sizes the unit."""
    value = parse(text)
    assert (value.kind, value.number, value.unit, value.prefix, value.text) == (Kind.QUANTITY, number, unit, prefix, text)


@pytest.mark.parametrize("unit, base, times", [
    ("万人", "人", 10000), ("千人", "人", 1000), ("千人次", "人次", 1000), ("万页", "页", 10000), ("千米", "米", 1000),
    ("人", "人", 1), ("万元", "万元", 1), ("千元", "千元", 1), ("千克", "千克", 1), (None, None, 1),
    ("千万人次", "人次", 10000000), ("千万元", "千万元", 1),  # 千 of 万人次: ten million, as 1000万人次 is
    ("公里", "米", 1000), ("兆瓦", "千瓦", 1000), ("万千瓦", "千瓦", 10000), ("千瓦", "千瓦", 1), ("千瓦时", "千瓦时", 1),
    ("小时", "秒", 3600), ("个小时", "秒", 3600), ("分钟", "秒", 60), ("日", "天", 1), ("工作日", "个工作日", 1),
    ("兆瓦时", "千瓦时", 1000), ("万兆瓦时", "千瓦时", 10000000),  # energy in 千瓦时, never 千瓦 of power
    ("吉瓦", "千瓦", 1000000), ("吉瓦时", "千瓦时", 1000000),
    ("天", "天", 1), ("周", "周", 1),  # a day is no exact number of hours, nor a week of days (`_SMALLER_UNITS`)
    ("年", "个月", 12), ("个月", "个月", 1), ("月", "月", 1),  # a year is twelve months; 月 may be a month of the year
    ("个季度", "个月", 3), ("季度", "季度", 1),  # a length of quarters is three months each; 季度 alone may name one
    ("吨", "千克", 1000), ("万吨", "千克", 10000000), ("吨/日", "千克/天", 1000), ("t", "千克", 1000),
    ("公斤", "千克", 1), ("立方米/日", "立方米/天", 1), ("万立方米/日", "立方米/天", 10000),  # 公斤 is 千克; /日 is /天
    ("万元/人", "万元/人", 1), ("次/10万", "次/10万", 1), ("公里/小时", "米/小时", 1000),  # money per head left whole
    ("%", "‱", 100), ("‰", "‱", 10), ("‱", "‱", 1),  # a share in any of its units is so many ‱ (`SHARES`)
])
def test_multiplied_sizes_a_unit_by_its_wan_or_qian(unit, base, times):
    from generator.values import multiplied

    assert multiplied(unit) == (base, times)


@pytest.mark.parametrize("text, unit", [("≤3‱", "‱"), ("3‱", "‱"), ("≤3‰", "‰"), ("≥95%", "%"), ("≥5万‱", None)])
def test_per_ten_thousand_is_a_share_unit_as_per_thousand_is(text, unit):
    """`≤3‱` (万人发案率) read as the bare number 3 with the word ‱, which B3 told had no unit and diff compared as a
    number of nothing; ‱ is now on the one list of share units (`value_kinds.SHARES`), a rate as ‰ is, and as for %
    and ‰ no 万 goes before it."""
    from generator.values import is_rate

    value = parse(text)
    assert (value.kind, value.unit, is_rate(value)) == (Kind.QUANTITY, unit, unit is not None)


@pytest.mark.parametrize("text, op, unit, suffix", [
    ("≤2个季度", "≤", "个季度", ""), ("2个季度内完成", "≤", "个季度", "完成"), ("不晚于2个季度", "≤", "个季度", ""),
    ("≥3季度", "≥", "季度", ""),
])
def test_quarters_counted_with_a_measure_word_are_a_length(text, op, unit, suffix):
    """`≤2个季度` read as 2 个 (a count) with the word 季度, so B3 found its unit 个 and diff compared it with no length;
    with 个 it is a length of quarters, as `≤2个月` is one of months. 季度 alone stays as it was."""
    value = parse(text)
    assert (value.kind, value.op, value.number, value.unit, value.suffix) == (
        Kind.QUANTITY, op, int(re.search(r"\d", text)[0]), unit, suffix)


@pytest.mark.parametrize("text", ["万人", "千家万户", "千人", "数万人"])
def test_a_bare_wan_or_qian_without_a_word_of_about_stays_words(text):
    assert parse(text).kind is Kind.TEXT


@given(st.integers(2000, 2100), st.integers(0, 14), st.sampled_from([".", "-", "/"]),
       st.sampled_from(["", "月", "月份", "月底", "底", "月15日", "-15"]), st.sampled_from(["", "前", "之前", "前完成"]))
def test_new_from_reads_a_year_as_a_dates_where_parse_reads_a_date(year, month, dot, word, tail):
    """new --from found no year in 2023.6月底前, which parse reads as a deadline: it kept the year unlisted, and
    D7 failed the new spec. One reading now serves both."""
    after = f"{dot}{month}{word}{tail}"
    assert year_of_date(str(year), after) == (parse(f"{year}{after}").kind is Kind.DATE)


@pytest.mark.parametrize("text, date, numbers", [
    ("12月31日17点前", (None, 12, 31), 2), ("2024年12月31日17时前", (2024, 12, 31), 3), ("6月30号17:30前", (None, 6, 30), 2),
    ("12月31日下午5点前完成", (None, 12, 31), 2), ("2024年6月30日下班前", (2024, 6, 30), 3),
])
def test_a_dates_deadline_at_an_hour_is_the_dates(text, date, numbers):
    """`12月31日17点前` was three numbers (B1) and no deadline (B9): the hour is of the deadline's day, which is what
    lint and diff compare, so it reads as `12月31日前` does, and `new --from` moves its year as a date's."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline, value.numbers) == (Kind.DATE, date, True, numbers)
    assert not weakening("材料报送", re.sub(r"(?<=[日号]).*", "前", text), text, 2024, 2024, "timeliness")
    assert year_of_date("2024", "年12月31日17时前")


@pytest.mark.parametrize("text, date, numbers", [
    ("2024-12-31 17:00前", (2024, 12, 31), 3), ("6.30 17点前", (None, 6, 30), 2), ("2024/6/30 下班前", (2024, 6, 30), 3),
    ("12/31 下午5点前完成", (None, 12, 31), 2), ("６.３０　１７：００之前", (None, 6, 30), 2),
])
def test_an_hour_typed_apart_from_a_printed_day_is_the_days_deadline(text, date, numbers):
    """Spaces are dropped before reading, so `2024-12-31 17:00前` read as four numbers (the day and hour run together:
    3117) and `6.30 17点前` as 6.3017 with the words 点前: the space is read first, and the hour left out as
    `12月31日17点前`'s is."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline, value.numbers) == (Kind.DATE, date, True, numbers)
    assert year_of_date("2023", "-12-31 17:00前")  # new --from moves its year, as 2023年12月31日17时前's


@pytest.mark.parametrize("text, date, numbers", [
    ("2024-12-31 17:00:00前", (2024, 12, 31), 3), ("12月31日17:00:00前", (None, 12, 31), 2),
    ("2024年12月31日17时00分00秒前", (2024, 12, 31), 3), ("不晚于12月31日17:00:00", (None, 12, 31), 2),
])
def test_a_dates_deadline_at_an_hour_to_the_second_is_the_dates(text, date, numbers):
    """`2024-12-31 17:00:00前`, as systems print a deadline, was unparseable (six numbers): the seconds are of the
    clock, so it reads as `2024-12-31 17:00前` does, and `new --from` moves its year."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline, value.numbers) == (Kind.DATE, date, True, numbers)
    assert year_of_date("2023", "-12-31 17:00:00前")


@pytest.mark.parametrize("text, later", [("每天17:00:00前", "每天17:00:30前"), ("每周五17时30分前", "每周五17时30分15秒前")])
def test_a_recurring_deadline_at_an_hour_to_the_second_counts_its_seconds(text, later):
    """Seconds on the clock were a third number; they are part of the hour, a deadline at 17:00:00 the one at 17:00."""
    value, after = parse(text), parse(later)
    assert recurring_deadline(value) and recurring_deadline(after)
    assert value.number == parse(text.replace(":00:00前", ":00前")).number < after.number


@pytest.mark.parametrize("text, numbers", [("6.30 17点", 2), ("2024.6 17点前", 2), ("2024-12-31 25:00前", 5)])
def test_an_hour_typed_apart_from_a_figure_that_is_no_days_deadline_is_a_number_of_its_own(text, numbers):
    """A day at an hour with no 前 (as `12月31日17点`), a month's hour, an hour no day has: several numbers, where
    `6.30 17点` read as 6.3017 and `2024.6 17点前` as 2024.617."""
    value = parse(text)
    assert (value.kind, value.numbers) == (Kind.UNPARSEABLE, numbers)


@pytest.mark.parametrize("text", ["12月31日17点前完成2次", "2024年6月30日17时前完成2次检查"])
def test_a_count_by_a_dates_deadline_at_an_hour_is_the_count_by_the_date(text):
    """The count done by the date's deadline, as without the hour, now that a day's hour is dropped before the
    numbers are counted (`每月10日17点前`)."""
    value = parse(text)
    assert value.kind is Kind.QUANTITY and value.number == 2 and value.by == parse(re.sub(r"17[点时]", "", text)).by
    assert value.by is not None and value.by.deadline


@pytest.mark.parametrize("text", ["12月31日25点前", "12月31日上午13点前", "12月31日17点", "每月10日25点前"])
def test_a_dates_hour_no_day_has_or_with_no_before_is_no_deadline(text):
    """An hour no day has, or an hour with no 前, leaves the value as it read: several numbers."""
    assert parse(text).kind is Kind.UNPARSEABLE


@pytest.mark.parametrize("after, dated", [("-12-31", True), ("-02-30", True), ("-12-32", False), ("-12-00", False),
                                          ("-13-01", False), ("-00-15", False)])
def test_a_year_is_a_dates_only_before_a_month_and_day_a_calendar_may_hold(after, dated):
    """new --from moves the year of 2023-12-31 as a date's, and of 2023-02-30, a day only this calendar lacks;
    2023-12-32 or 2023-13-01 is no date in any year, and its year is left for the author to check."""
    assert year_of_date("2023", after) is dated


@pytest.mark.parametrize("text, kind", [
    ("2024.06", Kind.QUANTITY), ("6.30", Kind.QUANTITY), ("13.5前", Kind.QUANTITY), ("2023.5万元", Kind.QUANTITY),
    ("不晚于", Kind.TEXT), ("QQ3群", Kind.QUANTITY), ("≤6.5个月", Kind.QUANTITY),
])
def test_numbers_that_look_like_short_dates_stay_numbers(text, kind):
    """Bare, 2024.06 or 6.30 may be an amount whose unit is in another column: only before 前 is it a date."""
    assert parse(text).kind is kind


@pytest.mark.parametrize("text", ["12月", "3月", "12个月", "1次/季度", "每季度1次", "年度", "底前", "底前完成验收",
                                  "2024年内部控制", "2024年6月底前完成率≥95%", "年内部控制", "年内完成率≥95%", "3年内完成",
                                  "三年内完成"])
def test_months_and_frequencies_are_no_dates(text):
    """A bare 12月 is a duration (天津: 办公用房租赁期限 12月); only a day or 底/初/旬 makes a month a date."""
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("grade", GRADES)
def test_graded_terms(grade):
    value = parse(grade)
    assert value.kind is Kind.GRADE and value.grade == grade


@pytest.mark.parametrize("text, op, prefix", [
    ("提升至90%", "≥", ""), ("提高到90%", "≥", ""), ("知晓率提升至90%", "≥", "知晓率"), ("增加到5次", "≥", ""),
    ("降低至1%", "≤", ""), ("降至1%", "≤", ""), ("比上年提高10%", None, "比上年提高"),
    ("压减至50万元", "≤", ""), ("压缩到5个工作日", "≤", ""), ("扩大至3000人", "≥", ""), ("增强至3次", "≥", ""),
    ("改善到90%", "≥", ""), ("会议费压减至50万元", "≤", "会议费"), ("压减50万元", None, "压减"),
])
def test_a_level_raised_or_cut_to_is_a_bound(text, op, prefix):
    """提升至90% was read as exactly 90% (B3: 没有比较符) while 达到90% was ≥90%: a level raised to is one to reach,
    and one cut to a cap, whichever verb of change says it (压减至50万元 and 扩大至3000人 were read as exact, C2 telling
    the first to write ≤); without 至 or 到 the number is the change, no bound."""
    value = parse(text)
    assert (value.op, value.prefix) == (op, prefix)


@pytest.mark.parametrize("text, kind", [
    ("良好以上", Kind.GRADE), ("合格及以上", Kind.GRADE), ("优秀以上", Kind.GRADE), ("较满意或以上", Kind.TEXT),
    ("不合格以上", Kind.TEXT), ("较差以上", Kind.TEXT), ("满意以上", Kind.TEXT), ("是以上", Kind.TEXT), ("以上", Kind.TEXT),
    ("达到以上", Kind.TEXT), ("达标及以上", Kind.TEXT),
])
def test_a_grade_or_better_is_a_grade(text, kind):
    """良好以上 (良好 or better) asks what 良好 does, as 优良 asks what 良 does; the lowest grade or better
    (不合格以上) asks nothing, and a word that is no grade lint takes (较满意, 满意: B10 asks a 满意度 for a percentage),
    or no grade of a scale (是), is no floor of grades; nor is a standard met (达到以上: 达到以上要求 cut short)."""
    assert parse(text).kind is kind


@pytest.mark.parametrize("text, kind, grade", [
    ("确保良好", Kind.GRADE, "良好"), ("实现全覆盖", Kind.GRADE, "全覆盖"), ("做到全覆盖", Kind.GRADE, "全覆盖"),
    ("确保按时完成", Kind.GRADE, "按时完成"), ("确保良好以上", Kind.GRADE, "良好以上"),
    ("确保不发生重大事故", Kind.GRADE, "不发生重大事故"), ("确保实现全覆盖", Kind.GRADE, "全覆盖"),
    ("全年良好", Kind.TEXT, None), ("坚决良好", Kind.TEXT, None),  # when or how firmly: no commitment read
    ("实现", Kind.TEXT, None), ("确保", Kind.TEXT, None), ("确保力争良好", Kind.TEXT, None),  # no grade, or a hedged one
])
def test_a_grade_committed_to_is_the_grade(text, kind, grade):
    """确保良好, 实现全覆盖 and 做到全覆盖 were words (B7: 不是可核查的目标), though 确保不发生重大事故 was a grade: a
    commitment word (确保, 实现, 做到) before a grade asks the grade, which is read without it (全覆盖 of a rate is 100%
    as it is alone). 全年 and 坚决 are read before a none only; a commitment alone, or before a hedge, is no grade."""
    value = parse(text)
    assert (value.kind, value.grade) == (kind, grade)


@pytest.mark.parametrize("text", ["实现预期目标", "做到应发尽发"])
def test_a_listed_grade_opening_with_a_commitment_word_is_read_whole(text):
    """A grade the project lists (lint's B7 `grades` in jixiao.yaml) may open with 实现 or 做到: stripped of the
    word, 实现预期目标 was no listed grade and read as words, which B7 told and diff marked 目标不可衡量."""
    value = parse(text, DEFAULT_GRADES | {text})
    assert (value.kind, value.grade) == (Kind.GRADE, text)


@pytest.mark.parametrize("text, op, number, unit, prefix, suffix", [
    ("≥95％", "≥", "95", "%", "", ""),
    ("90%以上", "≥", "90", "%", "", ""),
    ("满意度达到95%", "≥", "95", "%", "满意度", ""),
    ("预算控制98%以内", "≤", "98", "%", "预算控制", ""),
    ("不少于3篇", "≥", "3", "篇", "", ""),
    ("100%按预算落实。", None, "100", "%", "", "按预算落实"),
    ("≤254.3万元", "≤", "254.3", "万元", "", ""),
    ("≤200元/人次", "≤", "200", "元/人次", "", ""),
    ("30个工作日内", "≤", "30", "个工作日", "", ""),
    ("95%（含）以上", "≥", "95", "%", "", ""),        # common on real forms: 含 says the bound is included
    ("35万元（含）以内", "≤", "35", "万元", "", ""),
    ("200元/人以内", "≤", "200", "元/人", "", ""),   # was read as the unit 元/人以内 with no comparator
    ("不超过预算的98%", "≤", "98", "%", "预算", ""),  # the comparator sat before what 98% is a share of
    ("覆盖率达98%", "≥", "98", "%", "覆盖率", ""),
    ("0起", None, "0", "起", "", ""), ("≥90分", "≥", "90", "分", "", ""),  # units that read as none
    ("1次/季度", None, "1", "次/季度", "", ""), ("≥2次/月", "≥", "2", "次/月", "", ""),  # frequencies
])
def test_values_as_printed_on_the_example_forms(text, op, number, unit, prefix, suffix):
    value = parse(text)
    assert (value.op, value.number, value.unit, value.prefix, value.suffix) == (op, Decimal(number), unit, prefix, suffix)


@pytest.mark.parametrize("text, written_after", [
    ("每季度至少1次", "至少1次/季度"), ("每季度1次", "1次/季度"), ("每月2次以上", "2次/月以上"), ("每年度1次", "1次/年"),
    ("每个月2次", "2次/月"), ("每年培训200人次", "培训200人次/年"),
    # words before 每: who does it, the period ending them or before what is done
    ("党支部每月1次", "党支部1次/月"), ("党支部每月不少于2次", "党支部不少于2次/月"),
    ("党支部每季度开展2次", "党支部开展2次/季度"),
])
def test_a_period_each_before_a_count_is_its_frequency(text, written_after):
    """`每季度至少1次` was 1 次 with the words 每季度, so B9 took it for no 时限 where `1次/季度` passes: the period
    each of which the count is done in is its frequency, read as the one written after the unit."""
    read, after = parse(text), parse(written_after)
    assert (read.op, read.number, read.unit, read.prefix, read.suffix) == (after.op, after.number, after.unit,
                                                                          after.prefix, after.suffix)
    assert read.per in ("季度", "月", "年")


@pytest.mark.parametrize("text, op, unit, yearly", [
    ("每季1次", None, "次/季度", 4), ("每半年至少1次", "≥", "次/半年", 2), ("1次/半年", None, "次/半年", 2),
    ("每两个月1次", None, "次/2个月", 6), ("每月1次", None, "次/月", 12), ("每两周1次", None, "次/2周", 26),
    ("每季度至少1次", "≥", "次/季度", 4), ("1次/2个月", None, "次/2个月", 6), ("每2个月1次", None, "次/2个月", 6),
    ("每2个月至少1次", "≥", "次/2个月", 6), ("1次/3年", None, "次/3年", Decimal(1) / 3),
    ("1次/两个月", None, "次/2个月", 6), ("1次/三年", None, "次/3年", Decimal(1) / 3),
    ("2个月1次", None, "次/2个月", 6), ("两个月1次", None, "次/2个月", 6), ("2个月至少1次", "≥", "次/2个月", 6),
    ("2周1次", None, "次/2周", 26),  # no 每: the period is all the words before the count
    ("半年1次", None, "次/半年", 2), ("半年至少1次", "≥", "次/半年", 2), ("季度1次", None, "次/季度", 4),  # nor here
    ("一个月1次", None, "次/月", 12), ("一年1次", None, "次/年", 1), ("两年1次", None, "次/2年", Decimal(1) / 2),  # nor here
])
def test_each_period_of_a_frequency_is_read_and_counted_a_year(text, op, unit, yearly):
    """`每季1次`, `每两个月1次`, `每半年至少1次` stayed words (B9 on a 时效 row) while `每季度至少1次` was a frequency:
    季 is 季度, and 半年 or a number of months is a period too, before the count or after its `/` (`1次/半年`), that
    number in figures as well (`1次/2个月`, `每2个月1次` were two numbers, no target) or a numeral after the `/` as
    before the count (`1次/两个月` was 1次 and the words /两个月, B9 on a 时效 row where `每两个月1次` passed);
    `times_a_year` counts each in a year, so that frequencies of two periods compare."""
    read = parse(text)
    assert (read.op, read.number, read.unit, read.prefix) == (op, 1, unit, "")
    assert times_a_year(read) == yearly and times_a_year(parse("18次")) is None


@pytest.mark.parametrize("text, as_typed", [("半年一次", "半年1次"), ("季度一次", "季度1次"), ("每半年一次", "每半年1次")])
def test_a_half_year_before_a_count_spelt_in_numerals_is_the_frequency(text, as_typed):
    """`半年1次` was the count 1次 with the words 半年, where `每半年1次` and `1次/半年` are the frequency 1次/半年: a
    clerk comparing `半年1次` → `1次/半年` saw a plain 修改, and the spelt `半年一次` read with numerals as 1次 too. A
    half year or a quarter that is all the words before a count is its period, as `2个月1次`'s two months are; one
    named (`上半年1次`, `一季度1次`: once in that half or quarter) is not."""
    assert parse(text, numerals=True) == replace(parse(as_typed), text=text) and times_a_year(parse(as_typed))
    assert parse(as_typed).unit == parse("1次/" + parse(as_typed).per).unit
    assert [parse(named).unit for named in ("上半年1次", "一季度1次", "一月1次", "2024年1次")] == ["次", "次", "次", None]


@pytest.mark.parametrize("text, as_typed", [("一个月一次", "一个月1次"), ("一年两次", "一年2次"), ("两个月一次", "两个月1次"),
                                            ("一周一次", "一周1次")])
def test_a_frequency_spelt_all_in_numerals_reads_as_one_with_its_count_in_figures(text, as_typed):
    """`一个月1次` was the frequency 1次/月, while `一个月一次` stayed words: its period's 一 was read in figures too, and
    `1个月1次` was two numbers then. The period's numeral is left to the frequency reader, so that both are one target,
    and lint's B7 tells the count to type in figures (`一个月1次`)."""
    assert parse(text, numerals=True) == replace(parse(as_typed), text=text) and times_a_year(parse(as_typed))
    assert in_figures(text) == as_typed and in_figures("三个月内完成") == "3个月内完成"


@given(st.sampled_from(["", "≥", "≤"]), st.integers(1, 24), st.sampled_from(["个月", "周"]), st.integers(1, 9))
def test_a_period_in_figures_before_a_count_reads_as_the_one_with_each(op, length, period, count):
    """`1个月1次` (and `1周1次`, `每1个月1次`) stayed two numbers where `2个月1次` and `一个月1次` are frequencies: the
    period of one month is written `月`, and its length was matched as the figure 1 against no figure; and a comparator
    typed before the period (`≥一个月1次`, `≥2个月1次`) left the count plain 1次, or two numbers, its period in its
    words. Any length in figures, with or without 每 and a comparator first, is the frequency `每…` writes."""
    text = f"{op}{length}{period}{count}次"
    read, each = parse(text), parse(f"每{length}{period}{op}{count}次")
    assert (read.kind, read.op, read.number, read.unit, read.prefix) == (Kind.QUANTITY, op or None, count, each.unit, "")
    assert parse(f"{op}每{length}{period}{count}次").unit == each.unit and times_a_year(read) == times_a_year(each)


@pytest.mark.parametrize("text, op, unit", [("1个月1次", None, "次/月"), ("1次/1个月", None, "次/月"),
                                            ("≥一个月1次", "≥", "次/月"), ("≤一年1次", "≤", "次/年"),
                                            ("≥半年1次", "≥", "次/半年"), ("≥每月1次", "≥", "次/月")])
def test_a_frequency_of_one_period_or_after_a_comparator_is_read_whole(text, op, unit):
    """The cases named: `≥一个月1次` read as plain 1次 with the words ≥一个月, and `1个月1次` as two numbers, where
    `一个月1次` is 1次/月. Spelt all in numerals (`≥一个月一次`) it reads the same with numerals, as diff reads it."""
    read = parse(text)
    assert (read.op, read.number, read.unit, read.prefix) == (op, 1, unit, "")
    spelt = text.replace("1", "一")
    assert parse(spelt, numerals=True) == replace(read, text=spelt)


@pytest.mark.parametrize("text, figures", [("每一个月1次", "每1个月1次"), ("1次/一个月", "1次/1个月"),
                                           ("每一年至少1次", "每1年至少1次"), ("≥1次/一周", "≥1次/1周")])
def test_a_period_of_one_spelt_in_numerals_is_the_frequency_in_figures(text, figures):
    """`一个月1次` and `每1个月1次` were 1次/月, while `每一个月1次` stayed 1次 with the words 每一个月 and `1次/一个月` 1次
    with the words /一个月: B9 told a 时效 row so written it was no timeliness target, and diff compared it as a count."""
    assert parse(text) == replace(parse(figures), text=text) and times_a_year(parse(text))


@pytest.mark.parametrize("text, written_before", [("1次/两个月", "每两个月1次"), ("1次/三年", "每3年1次"),
                                                  ("至少1次/两周", "每2周至少1次"), ("1次/个季度", "每个季度1次"),
                                                  ("1次/2个季度", "每2个季度1次")])
def test_a_period_spelt_after_the_count_is_the_unit_written_before_it(text, written_before):
    """`1次/两个月` kept the unit `次/两个月` where `每两个月1次` reads `次/2个月`: one frequency in two units, so diff
    told a plain 修改 where only the writing changed. The period after the `/` is written as the one before it is;
    `1次/个季度` too, read in a unit `次/个季度` no frequency was counted in once 个季度 was a length of time."""
    assert parse(text).unit == parse(written_before).unit and times_a_year(parse(text)) == times_a_year(
        parse(written_before))


@pytest.mark.parametrize("text, numbers", [("每季度1次/2个月", 2), ("每季度至少1次/2个月", 2), ("2个月1次/季度", 2),
                                           ("每季度1次/月", 1)])
def test_a_count_with_a_period_on_each_side_is_no_frequency(text, numbers):
    """`每季度1次/2个月` was read `1次/2个月` with the words 每季度: two periods, and the one before was dropped from the
    frequency a reviewer checks. Neither is its period: two numbers stay unreadable, one a count with its words."""
    read = parse(text)
    assert read.numbers == numbers and times_a_year(read) is None and read.per is None


@pytest.mark.parametrize("text", ["2个月完成1次", "12月1次", "2024年1次"])
def test_a_length_then_a_count_is_a_frequency_only_with_nothing_between(text):
    """`2个月1次` was two numbers (B1, and B9 on a 时效 row) where `每2个月1次` is one frequency; it is read as that now.
    A word between (`2个月完成1次`: a count done within two months, maybe), a month without 个 (`12月1次`, once in
    December?) or a year (`2024年1次`) says no period: two numbers still."""
    read = parse(text)
    assert read.kind is Kind.UNPARSEABLE and read.numbers == 2


@pytest.mark.parametrize("text, each", [("1年2次", "每年2次"), ("1年1次", "每年1次"), ("3年1次", "每3年1次"),
                                        ("1年至少2次", "每年至少2次"), ("≥1年2次", "每年≥2次")])
def test_a_year_of_one_figure_before_a_count_is_its_period(text, each):
    """`1年2次` and `1年1次` were two numbers (B1 “读不出一个目标值”, and B9 on a 时效 row), where `一年1次` and `2个月1次`
    are frequencies: a year before a count was its period only in numerals, for `2024年1次` is once in 2024. A year of
    one figure is no year of the calendar; one of four (or two, `24年` for 2024) stays two numbers."""
    read, written = parse(text), parse(each)
    assert (read.kind, read.op, read.number, read.unit, read.prefix) == (Kind.QUANTITY, written.op, written.number,
                                                                          written.unit, "")
    assert times_a_year(read) == times_a_year(written)
    assert [parse(year).numbers for year in ("2024年1次", "24年1次")] == [2, 2]


@pytest.mark.parametrize("text, figures", [("1年两次", "1年2次"), ("2个月两次", "2个月2次"), ("3年一次", "3年1次"),
                                           ("≥1年两次", "≥1年2次"), ("2周一次", "2周1次")])
def test_a_period_in_figures_before_a_count_in_numerals_is_the_frequency_spelt(text, figures):
    """`1年两次` read as a length of 1 year with the words 两次 (and `2个月两次` of 2 months): lint said nothing of it,
    and diff compared a length where the clerk wrote twice a year. It is the frequency with its count spelt, as
    `一年两次` is: words to lint, whose B7 tells the count to type in figures, and the frequency read with numerals."""
    read = parse(text)
    assert read.kind is Kind.TEXT and measurable(read) and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text) and times_a_year(parse(figures))


@pytest.mark.parametrize("text, figures", [("1年两次活动", "1年2次活动"), ("2个月两次检查", "2个月2次检查"),
                                           ("一年两次活动", "一年2次活动"), ("每月一次例会", "每月1次例会")])
def test_a_frequency_spelt_with_words_after_it_reads_as_in_figures(text, figures):
    """`1年两次活动` read as a length of 1 year with the words 两次活动, where `1年2次活动` is twice a year: a count
    spelt with words after it was no target, the period before it not read as saying how often. B7 now asks for the
    figures, and `parse(numerals=True)` reads the frequency as typed in figures."""
    read = parse(text)
    assert read.kind is Kind.TEXT and measurable(read) and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text) and times_a_year(parse(figures))


@pytest.mark.parametrize("text, each", [("1年开展2次", "每年开展2次"), ("一年开展2次", "每年开展2次"),
                                        ("1年完成2次检查", "每年完成2次检查"), ("1年开展两次活动", "每年开展2次活动"),
                                        ("1年组织两次培训", "每年组织2次培训"), ("一年开展两次", "每年开展2次")])
def test_a_year_with_a_verb_before_the_count_is_its_period(text, each):
    """`1年开展2次` was two numbers and `1年开展两次活动` a length of 1 year with the words 开展两次活动, where `1年两次活动`
    and `每年开展2次` are twice a year: a verb of doing between one year and the count leaves the year its period, as
    it does after 每年. Spelt in numerals, it is the frequency to type in figures (B7), read by `numerals=True`."""
    read, written = parse(text, numerals=True), parse(each)
    assert (read.kind, read.number, read.unit, read.prefix, read.suffix) == (
        Kind.QUANTITY, written.number, written.unit, written.prefix, written.suffix)
    assert times_a_year(read) == 2 and measurable(parse(text))


@pytest.mark.parametrize("text, each", [("半年开展1次", "每半年开展1次"), ("半年组织1次", "每半年组织1次"),
                                        ("半年至少开展1次", "每半年至少开展1次")])
def test_a_half_year_with_a_verb_before_the_count_is_its_period(text, each):
    """`半年开展1次` was the count 1次 with the words 半年开展, no frequency: diff weighed `每年开展2次` → `半年开展1次` as
    two units and B9 told a 时效 row it had none, where it is once each half year, twice a year, as `半年1次` already was.
    A named half (`上半年开展1次`) is once in that one."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == 2 and times_a_year(parse("上半年开展1次")) is None


@pytest.mark.parametrize("text, each", [("季度开展1次", "每季度开展1次"), ("季度组织1次", "每季度组织1次"),
                                        ("季度至少开展1次", "每季度至少开展1次")])
def test_a_quarter_with_a_verb_before_the_count_is_its_period(text, each):
    """`季度开展1次` was the count 1次 with the words 季度开展, no frequency, where `季度1次` and `每季度开展1次` are
    1次/季度: diff weighed `每季度开展1次` → `季度开展1次` as two units and B9 told a 时效 row it had none. A named
    quarter (`一季度开展1次`, `三季度开展1次`) is once in that one."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == 4
    assert [times_a_year(parse(named)) for named in ("一季度开展1次", "三季度开展1次", "季度内开展1次")] == [None] * 3


@pytest.mark.parametrize("text, each", [("按季度开展1次", "每季度开展1次"), ("按季度至少开展1次", "每季度至少开展1次"),
                                        ("按季1次", "每季1次"), ("按月开展2次", "每月开展2次"), ("按年度组织1次", "每年度组织1次"),
                                        ("党支部按季度开展1次", "党支部每季度开展1次")])
def test_a_period_after_by_is_the_period_of_each(text, each):
    """`按季度开展1次` was the count 1次 with the words 按季度开展, no frequency: diff weighed `每季度开展1次` →
    `按季度开展1次` as two units and B9 told a 时效 row it had none. By the quarter is each quarter; 按 before a word the
    period only begins (按周期, 按月份, 按季节, 按年龄段) or a point in it (按月底) says none."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == times_a_year(written) is not None
    assert [times_a_year(parse(other)) for other in ("按周期开展1次", "按月份1次", "按季节开展1次", "按年龄段开展1次",
                                                     "按月底前完成1次")] == [None] * 5


@pytest.mark.parametrize("text, each", [("党课季均1次", "党课每季度1次"), ("通报季均1次", "通报每季度1次"), ("季均1次", "每季度1次"),
                                        ("季度均1次", "每季度1次"), ("党支部季均1次", "党支部每季度1次"),
                                        ("各季度均开展1次", "每季度开展1次")])
def test_an_average_a_quarter_is_the_frequency_of_each(text, each):
    """`党课季均1次` was the count 1次 with the words 党课季均: averages were read of a year, month, week or day alone, so
    diff weighed `党课每季度1次` → `党课季均1次` as two units and B9 told a 时效 row it had none. Once a quarter on average
    is once a quarter; a season's 季 (四季均, 旺季均) is no quarter."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == 4
    assert [times_a_year(parse(other)) for other in ("四季均开展1次", "旺季均1次", "季均增长1次")] == [None] * 3


@pytest.mark.parametrize("text, each", [("督查季度1次", "督查每季度1次"), ("督查季度开展1次", "督查每季度开展1次"),
                                        ("检查半年1次", "检查每半年1次")])
def test_a_quarter_after_the_work_done_is_its_period(text, each):
    """`督查季度1次` was the count 1次 with the words 督查季度, where `季度1次` alone is 1次/季度: inspections each quarter.
    A named quarter or half (`督查一季度1次`, `检查上半年1次`) or one with more words (`督查季度内1次`) is once in that one."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == times_a_year(written) is not None
    assert [times_a_year(parse(named)) for named in ("督查一季度1次", "检查上半年1次", "督查季度内1次")] == [None] * 3


@pytest.mark.parametrize("text", ["2个月完成1次", "3年开展1次", "2024年开展2次"])
def test_a_longer_or_calendar_period_with_a_verb_before_the_count_stays_two_numbers(text):
    """Only one year, the table's own, is the period of a count done in it: `2个月完成1次` may be one done within two
    months, `3年开展1次` one in the project's three years, `2024年开展2次` two in that year."""
    assert parse(text).kind is Kind.UNPARSEABLE


@pytest.mark.parametrize("text, each", [("年均2次", "每年2次"), ("年均开展2次", "每年开展2次"), ("月均不少于1次", "每月不少于1次"),
                                        ("党支部年均2次", "党支部每年2次"), ("党员月均1次", "党员每月1次"),
                                        ("各单位年均1次", "各单位每年1次"), ("服务中心年均2次", "服务中心每年2次")])
def test_an_average_a_year_or_a_month_is_the_frequency_of_each(text, each):
    """`年均2次` was the count 2次 with the words 年均, no frequency: diff compared `每年2次` → `年均1次` as two units,
    a plain 修改, and B9 told a 时效 row it was no timeliness target. Done on average twice a year is twice a year, as
    a reviewer checks it; an average that is no count's (`年均增长5%`) stays words."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == times_a_year(written) and parse("年均增长5%").prefix == "年均增长"


@pytest.mark.parametrize("text, each", [("全年均开展2次", "每年开展2次"), ("各月均开展1次", "每月开展1次"),
                                        ("工作日均1次", "每个工作日1次"), ("党支部各月均1次", "党支部每月1次")])
def test_the_words_naming_an_averaged_period_are_the_periods_not_the_prefix(text, each):
    """`全年均开展2次` kept the words 全开展, `各月均开展1次` 各开展 and `工作日均1次` 工作: the 年均, 月均 or 日均 was cut out of
    the word naming the period, and diff compared `每年开展2次` → `全年均开展2次` as words changed. 全年, 各月 and 工作日 name
    the period with the 均, as 每年 does."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)


@pytest.mark.parametrize("text, each", [("年均每月1次", "每月1次"), ("年均每季度1次", "每季度1次"),
                                        ("月均每周至少1次", "每周至少1次"), ("年均每两个月1次", "每两个月1次")])
def test_an_average_before_a_period_with_each_leaves_the_frequency_to_it(text, each):
    """`年均每月1次` read as `1次/年` with the words 每月 since cb845993, where it was `1次/月`: diff weighed once a month
    as once a year. The 每 names the period the count is done in each of; the average before it says no other one."""
    read, written = parse(text), parse(each)
    assert (read.op, read.unit, times_a_year(read)) == (written.op, written.unit, times_a_year(written))


@pytest.mark.parametrize("text, words", [("年均增长2次", "年均增长"), ("月均增加1次", "月均增加"), ("年均提高2次", "年均提高")])
def test_an_average_change_of_a_count_is_no_frequency(text, words):
    """`年均增长2次` read as `2次/年` with the words 增长, twice a year: it is two more each year, a change of a count,
    which stays a count with its words, as `年均增长5%` does."""
    read = parse(text)
    assert (read.unit, read.prefix, times_a_year(read)) == ("次", words, None)


@pytest.mark.parametrize("text", ["上半年均1次", "两个月均1次", "两年均1次", "二年均开展1次"])
def test_an_average_ending_a_longer_period_is_no_frequency_a_year_or_month(text):
    """`上半年均1次` read as `1次/年` with the words 上半, `两个月均1次` as `1次/月` with the words 两个: the 年均 or 月均 at
    their end was taken for an average a year or month. A named half is once in it, and 两个月均, 两年均 may be both of two
    months or years once each (7、8两个月均开展1次); the count stays a count with its words."""
    read = parse(text)
    assert (read.unit, read.prefix, times_a_year(read)) == ("次", text[:text.index("1")], None)


@pytest.mark.parametrize("text, each", [("半年均1次", "每半年1次"), ("检查半年均1次", "检查每半年1次"),
                                        ("党支部半年均开展1次", "党支部每半年开展1次")])
def test_an_average_a_half_year_is_the_frequency_of_each(text, each):
    """`半年均1次` and `检查半年均1次` were pinned as a count of 1次 with the words 半年均, no frequency, though once each half
    year on average is once each half year, twice a year, as `季均1次` is once a quarter: diff weighed `每半年1次` →
    `半年均1次` as two units and B9 told a 时效 row it had no frequency."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == 2


@pytest.mark.parametrize("text, each", [("半年宣传1次", "每半年宣传1次"), ("季度宣传1次", "每季度宣传1次"),
                                        ("半年开展宣传1次", "每半年开展宣传1次"), ("一年检查2次", "每年检查2次"),
                                        ("党支部季度1次", "党支部每季度1次"), ("各单位半年开展1次", "各单位每半年开展1次"),
                                        ("党支部每月宣传1次", "党支部宣传每月1次")])
def test_a_period_before_the_work_or_after_who_does_it_is_the_frequency_of_each(text, each):
    """`半年宣传1次` was the count 1次 with the words 半年宣传, where `半年开展1次` was 1次/半年: only the verbs of `DONE`
    might follow a bare half year or quarter, not the work done (宣传, 检查); and `党支部季度1次` was 1次 with the words
    党支部季度, where `督查季度1次` was 1次/季度: a quarter or half year was the period only after the work, not after who
    does it. Diff weighed `每半年宣传1次` → `半年宣传1次` as two units and B9 told a 时效 row it had no frequency. A named
    quarter or half (`党支部一季度1次`, `上半年宣传1次`) is once in that one."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == times_a_year(written) is not None
    assert [times_a_year(parse(named)) for named in ("党支部一季度1次", "上半年宣传1次", "一季度检查1次")] == [None] * 3


@pytest.mark.parametrize("text", ["季度例会4次", "季度考核4次", "半年考核2次", "季度宣传不少于4次", "季度开展4次",
                                  "季度4次", "半年2次", "党支部季度4次", "督查季度4次", "党支部半年2次", "按季度开展4次"])
def test_a_quarter_with_no_each_counted_as_the_year_has_quarters_is_no_frequency(text):
    """`季度例会4次` read as 4次/季度, sixteen meetings a year, where it may as well be the year's four quarterly meetings
    (as `召开季度例会4次` reads): diff told `季度例会4次` → `每季度1次` 目标降低. A quarter's or half year's work counted as
    many times as the year has of them is not sure, and stays a count with its words; and so after who does it or
    with no work named (`党支部季度4次`, `季度4次` were sixteen a year, where `季度开展4次` was four): a clerk meaning four
    in each quarter writes `每季度4次`, which is sixteen. Once or twice a quarter is still its frequency, and so is a
    count more than the year has of them (`季度6次` cannot be one in each quarter)."""
    read = parse(text)
    assert (read.unit, times_a_year(read)) == ("次", None)
    assert weakening("召开例会次数", text, "每季度1次", 2024, 2024, "quantity") is None
    assert [times_a_year(parse(each)) for each in ("季度例会1次", "季度宣传2次", "半年考核1次", "季度2次", "党支部季度1次",
                                                  "每季度4次", "党支部每季度4次", "季均4次", "每半年2次", "季度6次",
                                                  "党支部季度8次", "半年3次")] == [
        4, 8, 2, 8, 4, 16, 16, 16, 4, 24, 32, 6]


@pytest.mark.parametrize("text, op, number, words", [
    ("≥季度4次", "≥", 4, "季度"), ("≤季度4次", "≤", 4, "季度"), (">季度例会4次", ">", 4, "季度例会"),
    ("≥党支部季度4次", "≥", 4, "党支部季度"), ("≥半年2次", "≥", 2, "半年"), ("≥按季度开展4次", "≥", 4, "按季度开展"),
])
def test_a_comparator_before_a_quarter_counted_for_the_year_is_the_counts(text, op, number, words):
    """`≥季度4次` read as 4次 with the words ≥季度, no comparator: typed before a period, a comparator is the count's
    (`≥季度1次` is ≥1次/季度), and a quarter counted as the year has of them, the year's count, keeps it all the same.
    Diff saw `≥季度4次` → `≤季度4次` as a plain edit, no floor turned into a cap, and B5 said nothing of the ≤."""
    read = parse(text)
    assert (read.op, read.number, read.unit, read.prefix, times_a_year(read)) == (op, number, "次", words, None)
    assert (parse("≥季度1次").op, times_a_year(parse("≥季度1次"))) == ("≥", 4)


@pytest.mark.parametrize("text, each", [("工作日均1次", "250"), ("每个工作日1次", "250"), ("1次/工作日", "250"),
                                        ("每日1次", "365"), ("党员月均1次", "12"), ("各单位年均1次", "1")])
def test_a_working_day_is_one_of_250_a_year(text, each):
    """`工作日均1次` read as `日均1次`, 365 times a year, so diff saw `每日1次` → `工作日均1次` as no fewer: a year has
    250 working days (365 less 104 days of weekend and 11 public holidays). An average after who does it is one too."""
    assert times_a_year(parse(text)) == Decimal(each)


@pytest.mark.parametrize("text", ["宣传日均开展1次", "宣传日均1次", "青年均参加1次", "开放日均1次"])
def test_an_average_does_not_cut_a_word_ending_in_its_period(text):
    """`宣传日均开展1次` read as `1次/日` with the words 宣传: the 日均 was cut out of 宣传日, a campaign day, and diff weighed
    once each campaign day as 365 times a year. After any word but who does it (`党支部年均2次`) a day ends it, and a
    year after any word but the doers' or the work's (青年)."""
    read = parse(text)
    assert (read.unit, times_a_year(read)) == ("次", None)


@pytest.mark.parametrize("text, each", [("宣传月均1次", "宣传每月1次"), ("培训年均2次", "培训每年2次"),
                                        ("活动周均1次", "活动每周1次"), ("走访周均开展1次", "走访每周开展1次"),
                                        ("宣传活动月均1次", "宣传活动每月1次"), ("服务月均2次", "服务每月2次")])
def test_an_average_after_the_work_done_is_the_frequency_of_each(text, each):
    """`宣传月均1次` was the count 1次 with the words 宣传月均 since 191f7bed, which kept averages from cutting words (宣传日),
    so diff weighed `每月宣传1次` → `宣传月均1次` as two units and B9 told a 时效 row it had no frequency: publicity once a
    month on average is once a month. After the work done a year, month or week is the average's; a day stays the
    word's (`宣传日均1次`)."""
    read, written = parse(text), parse(each)
    assert (read.op, read.number, read.unit, read.prefix) == (written.op, written.number, written.unit, written.prefix)
    assert times_a_year(read) == times_a_year(written) is not None


@pytest.mark.parametrize("text", ["节假日均1次", "节日均开展1次", "双休日均1次", "纪念日均1次", "主题党日均1次", "星期日均1次",
                                  "上年均2次", "历年均1次", "当月均1次", "全年均衡开展2次", "全年均匀分布4次", "年均值2次",
                                  "近年均开展2次", "多年均开展2次", "连年均开展2次", "明年均2次", "前年均2次", "隔年均1次",
                                  "隔月均1次", "隔周均1次", "逐年均开展1次", "平日均1次"])
def test_an_average_cutting_a_word_is_no_frequency(text):
    """`节假日均1次` read as `1次/日` with the words 节假: the 日均 was cut out of 节假日, and diff weighed once each holiday as
    365 times a year. 均 after a kind of day is all of those days; the count stays a count with its words. So for a
    year or month that ends a word (上年, 历年, 当月: the words were 上, 历, 当) and a 均 that begins one (均衡, 均匀, 均值:
    the words were 衡开展, 匀分布, 值), which d5d2badc read as averages a year or month; and 近年, 多年, 隔年, 隔月, 逐年,
    平日 (`隔年均1次`, once every other year, weighed as once a year with the words 隔)."""
    read = parse(text)
    assert (read.unit, read.prefix, times_a_year(read)) == ("次", re.split(r"\d", text)[0], None)


@pytest.mark.parametrize("text", ["每0个月1次", "1次/0个月", "每0年至少1次", "2次/00个月"])
def test_a_period_of_no_length_is_no_frequency(text):
    """`每0个月1次` stopped lint and diff with an internal error: once a period's length in figures was read, a length
    of 0 was divided by. No period lasts 0 months; the typo stays two numbers, as any value of two is."""
    read = parse(text)
    assert read.kind is Kind.UNPARSEABLE and read.numbers == 2 and times_a_year(read) is None


@pytest.mark.parametrize("text", ["每两个月1次，每次2人", "每两个月开展1次2小时培训"])
def test_a_frequency_whose_period_is_spelt_beside_another_number_is_two_targets(text):
    """`每两个月` names its length in words: the number in figures besides the count (2人, 2小时) is another target,
    not the period's length, though it is the same number."""
    assert parse(text).kind is Kind.UNPARSEABLE


@pytest.mark.parametrize("text", ["活动每月汇总，全年开展2次", "每月调度，全年2次", "每季度召开会议；全年不少于4次"])
def test_a_period_with_other_words_before_the_count_is_no_frequency(text):
    """Words between the period and the count may say another thing than how often (`全年开展2次`): they stay words,
    whether the period ends the words of another clause or opens the value (`每月调度，全年2次` is twice a year)."""
    read = parse(text)
    assert (read.unit, read.per) == ("次", None)


@pytest.mark.parametrize("text", ["每天8小时", "每人每年200元"])
def test_a_period_each_before_no_count_stays_words(text):
    """A length (8小时) or money each period is no count done in it: the words before stay."""
    assert parse(text).per is None and parse(text).prefix.startswith("每")


@pytest.mark.parametrize("text, kind", [
    ("稳步推进", Kind.TEXT), ("", Kind.EMPTY), ("  ", Kind.EMPTY), ("2022 年度。", Kind.DATE),
    ("达到目标值（80%及以上）得满分，指标得分=100*完成率", Kind.UNPARSEABLE), ("12月", Kind.QUANTITY),
])
def test_kinds(text, kind):
    assert parse(text).kind is kind


def test_money_is_read_in_ten_thousands_of_yuan():
    assert parse("≤25.3万元").money == Decimal("25.3")
    assert parse("≤5000元").money == Decimal("0.5")
    assert parse("≤200元/人").unit_cost == Decimal("0.02") and parse("≤200元/人").per == "人"
    assert parse("95%").money is None


@pytest.mark.parametrize("text, money", [
    ("1千万元", "1000"), ("≥1.5千万元", "1500"), ("2千万元以内", "2000"), ("3千元", "0.3"), ("2百万元", "200"),
    ("1亿元", "10000"), ("≥1.2万亿元", "120000000"), ("≥5千亿元", "50000000"), ("3百亿元", "3000000"),  # were no money
    ("≥12000亿元", "120000000"),
])
def test_money_in_tens_of_millions_is_read_as_thousands_of_wan(text, money):
    """`1千万元` was read with no unit (千万 before 元, the suffix 千万元) and so no amount: `1千万元` → `800万元` compared
    nothing. 千万元 is 1000万元, as 百万元 is 100."""
    assert parse(text).money == Decimal(money)


def test_person_days_and_costs_per_person_and_day():
    """600人天 was 600 人 with the words 天 after it: C6 multiplied it as people by a cost per person and day."""
    assert (parse("≥600人天").number, parse("≥600人天").unit, parse("≥600人天").suffix) == (Decimal(600), "人天", "")
    assert parse("≤400元/人/天").per == "人/天" and parse("≤400元/人/天").unit_cost == Decimal("0.04")


@pytest.mark.parametrize("text, digits", [
    ("百分之九十五", "95%"), ("不低于百分之九十五", "不低于95%"), ("≥百分之九十九点五", "≥99.5%"), ("百分之百", "100%"),
    ("百分之一百", "100%"), ("百分之十", "10%"), ("百分之五", "5%"), ("达到百分之八十以上", "达到80%以上"),
    ("增长百分之一百二十", "增长120%"),  # was left as words: 0–100 only, apart from the numerals relevance reads
])
def test_a_percentage_in_chinese_numerals_is_given_in_digits(text, digits):
    assert in_digits(text) == digits


@pytest.mark.parametrize("text, digits, share", [
    ("千分之五", "5‰", (None, 5, "‰")), ("≤千分之零点五", "≤0.5‰", ("≤", Decimal("0.5"), "‰")),
    ("万分之一", "0.01%", (None, Decimal("0.01"), "%")),
    ("死亡率控制在万分之三以内", "死亡率控制在0.03%以内", ("≤", Decimal("0.03"), "%")),
    ("≤万分之一点五", "≤0.015%", ("≤", Decimal("0.015"), "%")),
    # the base whole (十万分之一 was 十0.01%), a share's 千 read (千分之一千 was 1‰千), no zeros the point left (1.00%)
    ("≤十万分之一", "≤0.001%", ("≤", Decimal("0.001"), "%")), ("百万分之五", "0.0005%", (None, Decimal("0.0005"), "%")),
    ("不低于千分之一千", "不低于1000‰", ("≥", 1000, "‰")), ("万分之一百", "1%", (None, 1, "%")),
])
def test_a_share_per_thousand_or_ten_thousand_in_numerals_is_given_in_figures(text, digits, share):
    """`千分之五` and `万分之一` read as words, B7 telling the author nothing to type and diff comparing no share, where
    `百分之五` was 5%: per thousand is ‰, and per ten thousand 0.01%, as forms type it (‱, a unit too, few keyboards
    type)."""
    assert in_digits(text) == digits
    value = parse(text, numerals=True)
    assert (value.kind, value.op, value.number, value.unit) == (Kind.QUANTITY, *share)
    assert parse(text).kind is Kind.TEXT and measurable(parse(text))


@pytest.mark.parametrize("text", ["95%", "九成以上", "百分之", "百分之十四五", "百分之三百五", "三次", "千分之", "万分之十四五",
                                  "三百分之一", "千万分之一"])
def test_text_without_a_chinese_percentage_has_no_digits(text):
    assert in_digits(text) is None


def spelt(number: int, two: str = "二") -> str:
    """`number` (0–999) in Chinese numerals as a target writes it: 十八, 二十五, 一百零五, 三百一十; 两 for a lone 2."""
    digits = "零一二三四五六七八九"
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    if number < 10:
        return two if number == 2 else digits[number]
    words = digits[hundreds] + "百" if hundreds else ""
    if tens:
        words += ("" if number < 20 else digits[tens]) + "十"
    elif hundreds and units:
        words += "零"
    return words + (digits[units] if units else "")


@given(st.integers(0, 999), st.sampled_from(["次", "场", "人次", "个", "期", "万元", "个月"]),
       st.sampled_from([("", None), ("不少于", "≥"), ("≥", "≥"), ("达到", "≥"), ("不超过", "≤")]),
       st.sampled_from(["二", "两"]))
def test_a_number_spelt_in_chinese_numerals_reads_as_its_digits(number, unit, comparator, two):
    """`十八次` → `十二次` was never compared: words to parse. Read with `numerals`, it is the number it spells."""
    text = f"{comparator[0]}{spelt(number, two)}{unit}"
    value = parse(text, numerals=True)
    assert (value.kind, value.op, value.number, value.unit, value.text) == (Kind.QUANTITY, comparator[1], number, unit, text)
    assert parse(text).kind is Kind.TEXT  # as lint reads it: B7 asks for the digits


@given(st.text(alphabet="第几数零一二两三四五十百千次场人个月底前性以上不少于的有所提升活动。", max_size=12))
def test_numerals_only_read_words_and_keep_the_text(text):
    """Reading Chinese numerals changes no value that reads already, and keeps the text as typed."""
    plain, read = parse(text), parse(text, numerals=True)
    assert read.text == text
    assert read == plain or plain.kind is Kind.TEXT and read.kind in (Kind.QUANTITY, Kind.DATE)


@pytest.mark.parametrize("text, read", [
    ("不少于百分之九十五", ("≥", 95, "%")), ("十二次以上", ("≥", 12, "次")), ("开展活动二十次", (None, 20, "次")),
    ("十月底前", ("≤", None, None)), ("一百零五人次", (None, 105, "人次")), ("两千人次", (None, 2000, "人次")),
    ("不少于两万人次", ("≥", 2, "万人次")), ("五百万元以内", ("≤", 500, "万元")), ("一万零五百平方米", (None, 10500, "平方米")),
    ("二〇二四年十二月底前", ("≤", None, None)), ("一批次", (None, 1, "批次")), ("两批", (None, 2, "批")),
])
def test_targets_spelt_in_numerals(text, read):
    value = parse(text, numerals=True)
    assert (value.op, value.number, value.unit) == read


@pytest.mark.parametrize("text", [
    "第十八次", "数十次", "十几次", "两三次", "十四五期间", "三百五人", "一次性补助", "十八次培训活动", "三公经费",
    "统一规范", "三千五人", "一亿五千万元", "百分之九十五的群众满意", "有所提升", "一批", "新建一批",
])
def test_numerals_that_are_no_targets_number_stay_words(text):
    """An ordinal, an estimate, a plan's name, an idiom, a number with words after it: no one number a target sets."""
    assert parse(text, numerals=True) == parse(text)


@pytest.mark.parametrize("figures, numerals", [
    ("召开第10次代表大会", "召开第十次代表大会"), ("第3届", "第三届"), ("年底前召开第10次代表大会", "年底前召开第十次代表大会"),
    ("举办第2期培训班，每期50人", "举办第二期培训班，每期50人"),
])
def test_an_ordinal_in_figures_reads_as_one_in_numerals(figures, numerals):
    """`召开第10次代表大会` was a count of 10 meetings, with the words 召开第 and 代表大会, where `召开第十次代表大会` was
    words: lint passed the one and asked a number of the other, and diff read `第10次` → `第9次` as a count lowered.
    The tenth congress is one, however its ordinal is written."""
    read, spelt = parse(figures, numerals=True), parse(numerals, numerals=True)
    assert replace(read, text="", prefix="", suffix="") == replace(spelt, text="", prefix="", suffix="")
    assert read.kind is not Kind.QUANTITY or read.number == 50


@pytest.mark.parametrize("text, number", [("第3名", 3), ("排名第3", 3), ("第2季度完成3次检查", 3), ("第1期培训30人", 30)])
def test_a_place_and_a_count_beside_an_ordinal_keep_their_number(text, number):
    """A place in a ranking is a number lint and diff read (`第3名`, lower is better); an ordinal beside a count leaves
    the count its number."""
    assert parse(text).number == number


@pytest.mark.parametrize("text, figures", [
    ("年底前建设约三个中心", "年底前建设约3个中心"), ("年底前建设大约两个中心", "年底前建设大约2个中心"),
    ("年底前落实约四个全面", None),  # a set phrase, hedged or not
])
def test_a_numeral_hedged_after_a_deadline_is_a_count(text, figures):
    """`年底前建设约三个中心` read as the deadline 年底前 with words, as `年底前建设三个中心` (a programme's name, maybe) does:
    no programme is named about three, so the 约 says the numeral counts centres, to be typed in figures."""
    assert in_figures(text) == figures
    read = parse(text, numerals=True)
    assert (read.kind, read.number) == ((Kind.QUANTITY, parse(figures).number) if figures else (Kind.DATE, None))


@pytest.mark.parametrize("text, spelt", [
    ("一千平方米", True), ("不少于两万人次", True), ("一千五百次以上", True), ("一千五次", True),
    ("第一千次", False), ("十八次", False), ("千方百计", False), ("一次性补助", False), ("1000平方米", False), ("约10万元左右", False),
])
def test_a_large_number_spelt_before_its_unit_is_told_from_words(text, spelt):
    """diff calls a target turned into words unmeasurable; `一千平方米` is a number, only not in figures."""
    assert spells_large_number(text) is spelt



def _part(number: int) -> str:
    """1–9999 in Chinese numerals: its nonzero digits with their places, one 零 for the zeros between two of them."""
    words = ""
    for place, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = number // size % 10
        if digit:
            words += "零一二三四五六七八九"[digit] + place
        elif words and not words.endswith("零"):
            words += "零"
    return words.rstrip("零")


def spellings(number: int) -> set[str]:
    """Every way a form writes `number` (0–99,999,999) in Chinese numerals: the 万 and the rest, with one 零 when
    the rest has no thousands (一万零五百, 二百万一千); 十 or 一十 for a ten (十五, 一百一十 or 一百十), 零 or 〇, and 两
    or 二 for a 2 before 百, 千 or 万 except after 十 (两千, 一万两千; 三十二万), or alone."""
    high, low = divmod(number, 10000)
    written = _part(high) + "万" if high else ""
    written += ("零" if high and 0 < low < 1000 else "") + (_part(low) if low else "")
    choices = []
    for at, numeral in enumerate(written or "零"):
        after, before = written[at + 1:at + 2], written[at - 1:at]
        if numeral == "零":
            choices.append(("零", "〇"))
        elif numeral == "二" and after and after in "百千万" and before != "十":
            choices.append(("二", "两"))
        elif numeral == "一" and after == "十":
            choices.append(("一", ""))
        else:
            choices.append((numeral,))
    return {"".join(choice) for choice in itertools.product(*choices)} | ({"两"} if number == 2 else set())


NUMBERS_UP_TO_A_HUNDRED_MILLION = st.one_of(st.integers(0, 99_999_999), st.lists(
    st.sampled_from("0000012"), min_size=1, max_size=8).map(lambda digits: int("".join(digits))))
"""Any number, and often one with runs of zeros and ones, where 零 and 十 are easy to get wrong (一千零一十, 十万零一)."""


@given(NUMBERS_UP_TO_A_HUNDRED_MILLION, st.data())
def test_every_spelling_of_a_number_up_to_a_hundred_million_reads_as_it(number, data):
    """两千人次 was words to lint: chinese_number read 0–999 only, so B7 could tell no figure to type."""
    assert chinese_number(data.draw(st.sampled_from(sorted(spellings(number))))) == number


@given(st.text(alphabet="零〇一二两三四五六七八九十百千万亿", max_size=10))
def test_numerals_read_only_as_a_number_they_spell(text):
    """No slip or shortening is read as a number it does not say: a number read is spelt so."""
    number = chinese_number(text)
    assert number is None or text in spellings(number)


@pytest.mark.parametrize("written, number", [
    ("一千零五", 1005), ("两千", 2000), ("一千零五十", 1050), ("一万零五百", 10500), ("一万两千", 12000), ("十万", 100000),
    ("二百万一千", 2001000), ("一千万零一", 10000001), ("九千九百九十九万九千九百九十九", 99999999),
    ("一千五", None), ("一万五", None), ("三百五", None), ("两十", None), ("十两万", None), ("一万五百", None),
    ("一千零零五", None), ("一亿", None), ("千", None), ("万", None), ("一万万", None), ("十四五", None), ("", None),
])
def test_large_numbers_in_chinese_numerals(written, number):
    """A spoken shortening (一千五 for 1500) or a slip is no one number: lint asks for figures without guessing."""
    assert chinese_number(written) == number


@pytest.mark.parametrize("text, figures", [
    ("十八次", "18次"), ("不少于十二场", "不少于12场"), ("十月底前", "10月底前"), ("两千人次", "2000人次"),
    ("不少于两万人次", "不少于2万人次"), ("五百万元以内", "500万元以内"), ("两万平方米", "20000平方米"),
    ("不低于百分之九十五", "不低于95%"), ("百分之九十五的群众满意", "95%的群众满意"),
    ("十八次培训活动", None), ("一次性补助", None), ("第十八次", None), ("一千五次", None), ("一亿五千万元", None),
    ("有所提升", None), ("18次", None),
    ("二〇二四年底前", "2024年底前"), ("二零二四年12月", "2024年12月"), ("二〇二四年十二月底前", "2024年12月底前"),
    ("二○二四年度", "2024年度"), ("二〇二四年度预算执行率≥95%", None), ("一二三年级", None),
])
def test_a_value_spelt_in_numerals_is_given_in_figures(text, figures):
    """What lint's B7 tells the author to type: the number `parse(numerals=True)` reads, in figures."""
    assert in_figures(text) == figures


@given(st.integers(1000, 2999), st.sampled_from(["〇", "零", "○"]), st.integers(1, 12),
       st.sampled_from(["", "底前", "底前完成", "28日前"]))
def test_a_date_whose_year_is_spelt_in_chinese_numerals_reads_as_in_figures(year, zero, month, tail):
    """二〇二四年12月 was 12 months, 二〇二四年底前 words and 二零二四年12月31日前 two numbers: lint told no figures to
    type, as it does for 十月底前, and diff compared no date. Like 十月底前, it is words to lint (B7 gives the
    figures) and, read with `numerals`, the date the figures say."""
    spelt = "".join(zero if digit == "0" else "〇一二三四五六七八九"[int(digit)] for digit in str(year))
    text, figures = f"{spelt}年{month}月{tail}", f"{year}年{month}月{tail}"
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures and measurable(parse(text))
    assert parse(text, numerals=True) == replace(parse(figures), text=text)


@pytest.mark.parametrize("text, figures", [("6月十日内完成", "6月10日内完成"), ("12月三十一日前完成", "12月31日前完成"),
                                           ("2024年十月底前完成", "2024年10月底前完成"), ("2024年6月十五日", "2024年6月15日")])
def test_a_date_with_its_month_or_day_spelt_in_numerals_reads_as_in_figures(text, figures):
    """`6月十日内完成` was six months with the words 十日内完成 to `parse`, while B7 (`in_figures`) told the author to
    type the date `6月10日内完成`: two readings of one value, and diff compared the months. Like `十月底前` and
    `二〇二四年12月`, a date spelt partly in numerals is words to lint and, read with `numerals`, the date."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures and measurable(parse(text))
    assert parse(figures).kind is Kind.DATE and parse(text, numerals=True) == replace(parse(figures), text=text)


@pytest.mark.parametrize("text, figures", [("6月十五日前完成2次检查", "6月15日前完成2次检查"),
                                           ("十二月底前完成3次检查", "12月底前完成3次检查"),
                                           ("次年三月底前支付1万元", "次年3月底前支付1万元")])
def test_a_counts_deadline_spelt_in_numerals_reads_as_in_figures(text, figures):
    """`6月十五日前完成2次检查` was two numbers (B1's 含有 2 个数字, diff's plain 修改) while B7 would type it
    `6月15日前完成2次检查`, and `十二月底前完成3次检查` 3次 with words: the deadline a count is done by spelt in numerals
    is read as `6月十日内完成` is, words to lint and, with `numerals`, the count by its deadline."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures and measurable(parse(text))
    assert parse(figures).by is not None and parse(text, numerals=True) == replace(parse(figures), text=text)


@pytest.mark.parametrize("text, figures", [("十日内完成", "10日内完成"), ("十日之内办结", "10日之内办结"),
                                           ("十五个工作日内办结", "15个工作日内办结")])
def test_a_time_within_which_something_is_done_reads_in_numerals(text, figures):
    """`十日内完成` was words read with `numerals` too, where `10日内完成` is ≤10日 and `十日内` read: diff called
    `10日内办结` → `十日内办结` 目标不可衡量, and B9 told a duration it was none. The time within is the target."""
    assert in_figures(text) == figures and parse(text, numerals=True) == replace(parse(figures), text=text)
    assert parse(figures).op == "≤" and in_figures("十日内完成率") is None


@pytest.mark.parametrize("text, figures", [("两次左右", "2次左右"), ("十次上下", "10次上下"), ("约十八次", "约18次")])
def test_a_count_spelt_in_numerals_with_a_hedge_after_it_reads_in_numerals(text, figures):
    """`两次左右` was words to B7 (“不是可核查的目标”) and to diff, which called `3次` → `两次左右` 目标不可衡量, while
    `约两次` and `2次左右` are a count hedged: the hedge after the number is no words that make it another thing."""
    assert in_figures(text) == figures and measurable(parse(text))
    assert parse(text, numerals=True) == replace(parse(figures), text=text)
    assert in_figures("两次（春节前后）") is None


@pytest.mark.parametrize("text, checkable", [
    ("18次", True), ("健全", True), ("十八次", True), ("两千人次", True), ("一千五次", True), ("百分之九十五的群众满意", True),
    ("有所提升", False), ("", False), ("十八次培训活动", False),
])
def test_measurable_is_one_judgement_read_with_numerals_or_without(text, checkable):
    """B6 and diff each kept a copy of this; B6's took `十八次` for words, diff's did not."""
    assert measurable(parse(text)) is checkable and measurable(parse(text, numerals=True)) is checkable


@pytest.mark.parametrize("old, new", [("≥95%", "≥ 95%"), ("≥95%", ">=95%"), ("95%", "95.0%"), ("1000人次", "1,000人次"),
                                      ("≤25.3万元", "≤25.30万元"), ("98%以上", "９８％以上"),
                                      ("1次/两个月", "每两个月1次"), ("1次/季度", "每季度1次"), ("至少1次/两个月", "每2个月至少1次"),
                                      ("18次", "十八次"), ("10日内办结", "十日内办结"), ("年底前完成2次检查", "年底前完成两次检查"),
                                      ("1次/半年", "每半年一次"), ("第1季度末", "第一季度末"), ("第4季度前完成", "第四季度前完成"),
                                      ("第1季度完成3次检查", "第一季度完成3次检查"), ("第1季度末前完成2次", "第一季度末前完成2次"),
                                      ("年底前建设3个中心", "年底前建设三个中心"), ("年底前建设两个中心", "年底前建设2个中心"),
                                      ("负5%", "-5%"), ("≥负2次", "≥-2次")])
def test_a_value_typed_anew_is_the_same_writing(old, new):
    """A frequency's period written before the count or after it (`1次/两个月` → `每两个月1次`) was a plain 修改, and
    so was a number spelt in numerals for its figures (`18次` → `十八次`) and a quarter's ordinal (`第1季度末` →
    `第一季度末`, the 第 kept it out of the numerals read; a count's deadline too, `第1季度完成3次检查`), and a count
    a programme's name reads as alone beside it in figures (`年底前建设3个中心` → `年底前建设三个中心`: the spelt side
    was the bare deadline, `count_as_beside`), and a minus in words for the sign (`负5%` → `-5%`, told 目标降低)."""
    assert same_writing(old, new)


@pytest.mark.parametrize("old, new", [("2024.1底前", "2024.10底前"), ("6.1前完成", "6.10前完成"), ("2024.1", "2024.10"),
                                      ("6.30", "6.3"), ("②", "2"), ("+5%", "5%"), ("95%", "95.001%"), ("稳步推进", "推进"), ("负5%", "5%"),
                                      ("正负5%", "-5%"), ("减负5%", "减-5%"),
                                      ("1次/季度", "每季度2次"), ("+1次/月", "每月1次"), ("党支部1次/月", "每月1次"),
                                      ("18次", "十二次"), ("18次培训", "十八次培训"), ("年底前落实四个全面", "年底前落实4个全面"),
                                      ("第1季度末", "第二季度末"), ("第一季度末", "一季度末"), ("第1季度完成3次检查", "第二季度完成3次检查"),
                                      ("年底前建设3个中心", "年底前建设四个中心"), ("年底前建设3个中心", "年底前建设三个基地")])
def test_a_value_that_says_another_thing_is_no_same_writing(old, new):
    """A short date's month or day given a trailing zero (`2024.1底前` → `2024.10底前`) is another date, though
    the number read is one; `②` is a list's number and `+5%` a signed change, not `2` and `5%` retyped."""
    assert not same_writing(old, new)


@pytest.mark.parametrize("old, new, same", [
    ("≤0.03%", "≤3‱", True), ("≥95%", "≥950‰", True), ("≤二百五十四万元", "≤2540000元", True), ("-5%", "-50‰", True),
    ("≤0.03%/年", "≤3‱/年", True), ("≤0.03%/年", "≤4‱/年", False), ("≤0.03%/年", "≤3‱/月", False),
    ("负5%", "-50‰", True), ("正负5%", "-50‰", False),
    ("5%", "+50‰", False), ("+5%", "50‰", False), ("≤254万元", "≤254元", False), ("≤3万元", "≤300‱", False),
])
def test_the_same_amount_in_another_unit_keeps_its_sign(old, new, same):
    """增长率 `5%` → `+50‰` was noted as only its writing, where `5%` → `+5%` is a signed change (`same_writing`): a
    share or an amount retyped in another unit keeps the sign typed before its number, as well as its size."""
    from generator.value_comparison import same_amount

    assert same_amount(old, new) is same


@given(st.integers(2000, 2100), *DAYS, st.sampled_from(["前后", "左右", "上下"]), st.sampled_from(["", "完成"]))
def test_a_date_with_a_hedge_after_it_is_the_date(year, month, day, hedge, tail):
    """`2023年12月31日前后` was B1's “含有 3 个数字” and `12月底前后` the duration 12 months: a hedge after a date leaves
    it that date, as `力争` before it does, and the hedge is `Value.hedge` for diff and D6 to tell. 前后 keeps its 前:
    `12月31日前后` is the deadline `12月31日前` hedged."""
    kept = "前" if hedge == "前后" else ""
    for date in (f"{year}年{month}月{day}日", f"{month}月{day}日", f"{year}年{month}月底", f"{month}月底"):
        value = parse(f"{date}{hedge}{tail}")
        assert _read(f"{date}{hedge}{tail}") == _read(f"{date}{kept}{tail}") and value.hedge == hedge
        assert value.kind is Kind.DATE and parse(f"{date}{kept}{tail}").hedge is None


@pytest.mark.parametrize("text, month, hedge", [
    ("12月前", 12, None), ("12月前后", 12, "前后"), ("12月前完成", 12, None), ("12月前后完成", 12, "前后"),
    ("12月以前", 12, None), ("6月之前", 6, None), ("3月份前", 3, None), ("力争10月前完成", 10, None),
])
def test_a_month_before_which_is_a_deadline_in_the_budget_year(text, month, hedge):
    """`12月前后` and `12月前` were twelve months, a duration: a month 1–12 followed by 前 (以前, 之前, 前后) is the month
    of the budget year by which, as `12月底前` and `2025年12月前` are; its last day is the month's."""
    value = parse(text)
    assert _read(text) == (Kind.DATE, (None, month, None), 0, True, "≤") and value.hedge == hedge
    assert last_day(value) == last_day(parse(f"{month}月底前"))


@pytest.mark.parametrize("text", ["6月前后两次", "12月前期准备", "3月前完成率", "12月前期", "6月以前准备工作",
                                  "2024年6月前期准备", "6月前完成率≥95%"])
def test_a_month_before_another_word_is_no_deadline(text):
    """前 right after a month may begin another word: `12月前期准备` is a preparation, `6月前后两次` twice around June
    (两次 was dropped), `3月前完成率` a rate. Only nothing, punctuation or something done by then may follow a month's
    前 for it to be a deadline; these read as they did before a month before 前 was one."""
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("text, figures, month", [
    ("6月底前后两次", "6月底前后2次", 6), ("6月底前完成两次检查", "6月底前完成2次检查", 6),
    ("6月前后两次", "6月前后2次", 6), ("2024年6月底前完成两次检查", "2024年6月底前完成2次检查", 6),
    ("12月31日前开展三场培训", "12月31日前开展3场培训", 12), ("次年3月底前完成两次检查", "次年3月底前完成2次检查", 3),
    ("年底前完成两次检查", "年底前完成2次检查", 12), ("年底前完成两批次采购", "年底前完成2批次采购", 12),
    ("年内完成两次检查", "年内完成2次检查", 12), ("6月底开展两次调研", "6月底开展2次调研", 6),
])
def test_a_count_after_a_deadline_is_one_target_with_that_deadline(text, figures, month):
    """`6月底前完成2次检查` was two numbers (B1, no D7, no 时限推后) while `年底前完成2次检查` was a count and
    `年底前完成两次检查` two targets again: a count done by a deadline is one target, the count, and its deadline is
    `by`, read as the deadline alone. Spelt in Chinese numerals it is a number in words, as `十八次` is: B7 tells the
    figures, and read with numerals (as diff does) it is what its figures are."""
    typed = parse(figures)
    assert typed.kind is Kind.QUANTITY and typed.unit in COUNT_UNITS and typed.by.kind is Kind.DATE
    assert typed.by.deadline and last_day(typed.by)[2] == month
    assert parse(text).kind is Kind.TEXT and measurable(parse(text)) and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(typed, text=text)


@pytest.mark.parametrize("text, number, month, offset", [
    ("次年3月底前支付1万元", "1", 3, 1), ("2024年12月31日前支付1.50万元", "1.50", 12, None),
    ("年底前拨付不超过3000元", "3000", 12, 0),
])
def test_money_paid_by_a_deadline_is_one_amount_with_that_deadline(text, number, month, offset):
    """`次年3月底前支付1万元` read as two numbers, its deadline lost to D7 and diff: money paid by a deadline is one
    target, the amount as typed (Decimal, its places kept), its deadline `by`; spelt (`一万元`) it reads so with
    numerals."""
    value = parse(text)
    assert value.kind is Kind.QUANTITY and value.money is not None and str(value.number) == number
    assert value.by.deadline and value.by.date[1] == month and value.by.offset == offset
    spelt = text.replace("1万元", "一万元")
    if spelt != text:
        assert parse(spelt).kind is Kind.TEXT and parse(spelt, numerals=True) == replace(value, text=spelt)


@pytest.mark.parametrize("text", ["6月底前，覆盖百分之九十的侨胞", "6月底前完成2次，12月底前完成4次", "6月底前完成率≥95%"])
def test_a_deadline_with_more_than_a_count_after_it_is_no_count_by_a_deadline(text):
    """Only a count (`COUNT_UNITS`) and nothing numbered after it is done by the deadline: a percentage or a second
    deadline and count stays several numbers, and a rate by a deadline is a rate."""
    assert parse(text).by is None


@pytest.mark.parametrize("text, figures", [
    ("12月底前完成一期，每期50人", "12月底前完成1期，每期50人"), ("12月底前完成二期，每期50人", "12月底前完成2期，每期50人"),
    ("6月底前完成一期培训，每期50人", "6月底前完成1期培训，每期50人"), ("年底前完成两次，每次50人", "年底前完成2次，每次50人"),
    ("年底前完成一次，12月底前完成两次", "年底前完成1次，12月底前完成2次"),
])
def test_a_count_spelt_after_a_deadline_before_a_number_in_figures_is_two_targets_as_in_figures(text, figures):
    """`12月底前完成一期，每期50人` read as 50人 by 12月底前 (一期 a phase), `年底前完成两次，每次50人` as 50人 and
    `年底前完成一次，12月底前完成两次` as 12个月, where their figures are several numbers (B1): 每期 says 一期 counts
    sessions, and a count spelt after a deadline is a number as its figures are, before a figure too."""
    assert parse(text).kind is Kind.UNPARSEABLE and parse(text) == replace(parse(figures), text=text)
    assert parse(text, numerals=True) == parse(text)


@pytest.mark.parametrize("text, numbers", [("2024年3-6月15日前完成两次，每次50人", 6), ("2024-12-31前完成两次，每次50人", 5)])
def test_a_count_spelt_after_a_date_of_many_figures_before_a_number_in_figures_is_counted(text, numbers):
    """A date holds up to four numbers before the count's figure (a span's first month, year, month, day): the spelt
    count after it is still one of the targets, however many of the first numbers are the date's."""
    assert parse(text).kind is Kind.UNPARSEABLE and parse(text).numbers == numbers


def test_a_long_list_of_targets_on_one_line_reads_no_date_before_each_number(monkeypatch):
    """A value listing a thousand targets on one line is read with a few date readings, not one per number over
    the text before it (lint took 18 s on a 100 KB value, its time growing with the square of the length)."""
    from generator import values
    calls = []
    read_date = values.read_date
    monkeypatch.setattr(values, "read_date", lambda norm, text: calls.append(norm) or read_date(norm, text))
    text = "完成率95%，覆盖128户，开展3次检查，" * 400
    assert parse(text).kind is Kind.UNPARSEABLE and parse(text).numbers == 1200
    assert len(calls) <= 10


def test_a_long_list_of_counts_spelt_after_a_deadline_reads_a_few_characters_before_each(monkeypatch):
    """Whether a numeral counts what is done is read in the few characters before it (a verb, a comparator before
    that), not in all the value before it: lint took 3 s on `年底前完成两次检查，` repeated to 100 KB, each numeral
    searching the whole text before it for a verb ending it."""
    from generator import spelt_counts
    searched = []

    class Recorded:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text):
            searched.append(len(text))
            return self.pattern.search(text)

    for name in ("DONE_BEFORE", "_HELD_BEFORE", "_MADE_BEFORE"):
        monkeypatch.setattr(spelt_counts, name, Recorded(getattr(spelt_counts, name)))
    leading_op = spelt_counts.leading_op
    monkeypatch.setattr(spelt_counts, "leading_op", lambda prefix: searched.append(len(prefix)) or leading_op(prefix))
    assert spelt_counts.spelt_counts("完成两次检查，" + "年底前至少完成两次检查，" * 1000) == 1001
    assert searched and max(searched) <= 20


def test_a_comparator_is_looked_for_near_the_end_of_the_words_before_a_number():
    """A comparator word is one before a number, or before the share it is of (不超过预算的98%): `leading_op` searches no
    further back than that, whatever the words before a number (each number of a long value reads those before it)."""
    spans = []

    class Searched(str):
        def rpartition(self, word):
            spans.append(len(self))
            return super().rpartition(word)

        def rfind(self, word, start=0):
            spans.append(len(self) - start)
            return super().rfind(word, start)

    assert leading_op(Searched("不超过" + "经费" * 5000 + "预算的")) == (None, "不超过" + "经费" * 5000 + "预算的")
    assert leading_op(Searched("经费" * 5000 + "不超过预算的")) == ("≤", "经费" * 5000 + "预算")
    assert spans and max(spans) <= OP_REACH


def _longest(pattern: re.Pattern) -> int:
    """The most characters a match of `pattern` holds, as the regular expression parser counts them."""
    return re._parser.parse(pattern.pattern).getwidth()[1]


def test_the_characters_read_before_a_number_reach_as_far_as_every_pattern_and_word_read_there():
    """`spelt_counts` reads `_REACH` characters before a numeral and `leading_op` its last `OP_REACH` words: a verb
    added to `DONE`, `_HELD` or `_MADE` longer than the longest now (投入使用), a comparator word longer than 大于或等于,
    or a longer share (`_SHARE_OF`) would be cut off, a count read as a slogan's words with no test failing."""
    from generator import spelt_counts, value_kinds
    verbs = (spelt_counts.DONE_BEFORE, spelt_counts._HELD_BEFORE, spelt_counts._MADE_BEFORE)
    assert value_kinds._SHARE_OF_LONGEST >= _longest(value_kinds._SHARE_OF)
    words = [word for word, _ in value_kinds._PREFIX_WORDS] + list(value_kinds._SYMBOLS)
    assert OP_REACH >= max(map(len, words)) + value_kinds._SHARE_OF_LONGEST
    assert spelt_counts._REACH >= max(map(_longest, verbs)) + len("\n") + OP_REACH  # `$` before a last line break
    assert spelt_counts._REACH >= max(map(len, spelt_counts._PHASE_BEFORE + (spelt_counts._ABOUT,)))


@pytest.mark.parametrize("text, figures", [("年内完成两次", "年内完成2次"), ("年底前举办三场", "年底前举办3场")])
def test_a_count_spelt_after_a_date_without_figures_is_that_count(text, figures):
    """`年内完成两次` read as the deadline 年内: its only number is the count, as in `年内完成2次`, a count done within
    the year. It is a number spelt in words, as `十八次` is: B7 asks for the figures, diff reads the count."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text) and parse(figures).kind is Kind.QUANTITY


@pytest.mark.parametrize("text, figures", [("年底前完成两次检查", "年底前完成2次检查"),
                                           ("年底前完成两批次采购", "年底前完成2批次采购")])
def test_a_count_spelt_before_words_after_a_date_without_figures_reads_as_its_figures_with_numerals(text, figures):
    """Read with numerals, as diff does, the value is what its figures are, the count done by the date: so
    `年底前完成3次检查` → `年底前完成两次检查` is a count lowered, not a target turned into words."""
    assert parse(text, numerals=True) == replace(parse(figures), text=text) and parse(figures).kind is Kind.QUANTITY


@pytest.mark.parametrize("text, date", [
    ("年底前实现一件事一次办", (None, 12, None)), ("年底前落实一户一档", (None, 12, None)),
    ("年底前完成三年行动计划", (None, 12, None)), ("次年6月底前完成三年行动计划", (None, 6, None)),
    ("次年3月底前实现一件事一次办", (None, 3, None)), ("12月底前建成一张图", (None, 12, None)),
    ("6月底前完成二期工程验收", (None, 6, None)), ("2024年12月31日前完成一期工程", (2024, 12, 31)),
    ("年底前建立一本账", (None, 12, None)), ("6月底前实现一条龙服务", (None, 6, None)),
    ("年底前实现一次办结", (None, 12, None)), ("年底前落实八项规定", (None, 12, None)),
    ("年底前增强四个意识", (None, 12, None)),
    ("年底前最多跑一次", (None, 12, None)), ("年底前实现最多跑一次，群众满意", (None, 12, None)),
    ("次年3月底前实现最多跑一次", (None, 3, None)), ("年底前完成二期", (None, 12, None)),
    ("6月底前完成一期", (None, 6, None)), ("12月底前一项", (None, 12, None)), ("年底前跑一次", (None, 12, None)),
    ("年底前只跑一次", (None, 12, None)), ("年底前一次办结", (None, 12, None)), ("年底前完成一期、二期", (None, 12, None)),
])
def test_a_numeral_of_a_slogan_after_a_date_leaves_it_a_deadline(text, date):
    """A slogan is a numeral and the measure word of a thing, then more words (一张图, 二期工程, 三年行动计划), or 一
    and more words however measured (一件事一次办): no count of the target, so the value stays the deadline, the
    slogan its words, and diff still sees the deadline moved; so is one carried out (落实八项规定, 增强四个意识).
    一 ending a value without something done right before it is as often a slogan's (最多跑一次, 跑一次) as a count,
    and so is one after 实现 (实现一次办结); 一期, 二期 after 完成 a phase, so neither is a count."""
    value = parse(text)
    assert value.kind is Kind.DATE and value.deadline and value.date == date


@pytest.mark.parametrize("text", ["年底前完成五个", "年底前两项", "年底前两轮督查", "6月底前完成十个，全部验收"])
def test_a_count_ending_a_value_or_a_clause_after_a_date_is_a_count(text):
    """Any count ends a value or its clause as a count (`年内五个`, `十个，`), and a measure word of something done
    (轮, 次, 场, 批次) is one before more words as well: none of these is a deadline with its count dropped."""
    value = parse(text)
    assert value.kind is not Kind.DATE and measurable(value)


@pytest.mark.parametrize("text, figures", [
    ("年底前举办两期", "年底前举办2期"), ("6月底前举办两期", "6月底前举办2期"), ("11月底前完成两期", "11月底前完成2期"),
    ("2024年底前完成十期", "2024年底前完成10期"), ("年底前完成十二期", "年底前完成12期"), ("6月底前完成三期", "6月底前完成3期"),
    ("年底前至少举办两期", "年底前至少举办2期"), ("年底前完成两期以上", "年底前完成2期以上"),
    ("年底前完成三期（含）以上", "年底前完成3期（含）以上"), ("年底前完成二期以上", "年底前完成2期以上"),
    ("年底前举办一期", "年底前举办1期"),
])
def test_sessions_ending_a_value_after_a_date_are_a_count(text, figures):
    """`年底前举办两期` was the bare deadline 年底前, its count dropped, where `年底前举办2期` is the count 2期 by the
    year's end. Only 一期 or 二期 right after 完成 or 建成 is a phase (年底前完成二期); 两 is never an ordinal, nor is
    a number past 二 as often as a count, and a comparator (至少, 以上) or another verb (举办) says sessions."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text)
    assert parse(figures).unit == "期" and parse(figures).by.deadline


@pytest.mark.parametrize("text, figures", [
    ("年底前支付一万元", "年底前支付1万元"), ("年底前完成一万人次", "年底前完成1万人次"), ("年底前覆盖一万人", "年底前覆盖1万人"),
    ("年底前至少一次", "年底前至少1次"), ("年底前完成一次以上", "年底前完成1次以上"), ("年底前不少于一期", "年底前不少于1期"),
    ("年底前至少开展一次检查", "年底前至少开展1次检查"), ("年底前完成一次", "年底前完成1次"), ("年内完成一次", "年内完成1次"),
    ("12月底前开展一次", "12月底前开展1次"), ("6月底前完成一项", "6月底前完成1项"),
])
def test_a_one_that_states_a_count_after_a_date_is_that_count(text, figures):
    """一 was never a count, so `年底前支付一万元` (`chinese_numerals.SPELT` keeps 万 with its unit), `年底前至少一次` and
    `年底前完成一次` were the bare deadline, and `年底前完成3次` → `年底前完成一次` passed diff unmarked; `年内完成一次`
    was the date of no month at all. In 一万, with a comparator, or ending the value right after what is done, 一 is
    the count a reviewer checks; only after no verb or another (最多跑一次, 一次办结) it stays a slogan's."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text)


@pytest.mark.parametrize("text, figures", [
    ("年底前完成一次检查", "年底前完成1次检查"), ("6月底前完成一次检查", "6月底前完成1次检查"),
    ("年底前举办一期培训", "年底前举办1期培训"), ("年底前举办两期培训班", "年底前举办2期培训班"),
    ("6月底前召开一次会议", "6月底前召开1次会议"), ("年底前组织一轮督查", "年底前组织1轮督查"),
])
def test_one_session_held_before_words_after_a_date_is_a_count(text, figures):
    """`年底前完成3次检查` → `年底前完成一次检查` passed diff unmarked where `→ 年底前完成1次检查` is a count lowered: 一
    and more words after a date read as a slogan's (一次办结), so the value was the bare deadline. Right after a verb of
    holding sessions (完成, 举办, 召开, 组织) 一 and a measure word of them (次, 期, 轮) count them whatever follows; 期
    after 举办 counts sessions for any number (`年底前举办3期培训` → `两期培训`)."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text)
    assert parse(figures).by.deadline


@pytest.mark.parametrize("text, figures", [("年底前建成十个站点", "年底前建成10个站点"),
                                           ("年底前建成十二个服务中心", "年底前建成12个服务中心")])
def test_ten_or_more_before_words_after_a_date_is_a_count(text, figures):
    """`年底前建成十个站点` dropped its count, so `十个站点` → `八个站点` passed where `10个站点` → `8个站点` is a
    count lowered: a slogan counts a few things (两个确保, 四个全面), a count of ten or more is the target's."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text)
    assert parse("年底前落实四个全面").kind is Kind.DATE


@pytest.mark.parametrize("text, figures", [("年底前建成八个站点", "年底前建成8个站点"),
                                           ("6月底前新建三所学校", "6月底前新建3所学校"),
                                           ("年底前购置两台设备", "年底前购置2台设备")])
def test_a_count_of_things_made_after_a_date_is_a_count(text, figures):
    """`年底前建成八个站点` was the bare deadline 年底前, its count taken for a slogan's (四个全面), so `年底前建成十个站点` →
    `年底前建成八个站点` was no 目标降低. Right after a verb of making or setting up things (建成, 新建, 购置) a
    count under ten is the target's too; a slogan is carried out (落实四个全面), not built."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text)
    assert parse(figures).by.deadline


def test_a_programme_built_up_by_a_deadline_is_no_count():
    """`年底前建设四个中心` was told to be `年底前建设4个中心`: 建设 was among the verbs of making things, whose count
    under ten is the target's, yet 建设 names a programme as often as a building (建设四个中心, 全面建设“高质量发展…”).
    Its numeral stays words, the value the deadline, as after 落实; 建成 still says the things are built, a count."""
    assert parse("年底前建设四个中心").kind is Kind.DATE and in_figures("年底前建设四个中心") is None
    assert parse("年底前建设四个中心", numerals=True).kind is Kind.DATE
    assert in_figures("年底前建成四个中心") == "年底前建成4个中心"


def test_a_programme_spelt_beside_its_count_in_figures_is_that_count():
    """`年底前建设两个中心` stays the deadline alone (994c211), yet beside the other draft's `年底前建设3个中心` it is that
    count in the same words, which diff weighs (`count_as_beside`); in other words, or beside no count, it stays."""
    spelt, typed = parse("年底前建设两个中心"), parse("年底前建设3个中心")
    assert count_as_beside(spelt, typed) == replace(parse("年底前建设2个中心"), text=spelt.text)
    assert count_as_beside(spelt, parse("年底前建设3个基地")) == spelt and count_as_beside(spelt, parse("3个")) == spelt
    assert count_as_beside(typed, spelt) == typed
    hedged = parse("年底前建设约三个中心", numerals=True)  # hedged, a count by itself, which the figures beside keep
    assert count_as_beside(hedged, typed) == hedged == replace(parse("年底前建设约3个中心"), text=hedged.text)
    slogan = parse("年底前落实四个全面")
    assert count_as_beside(slogan, parse("年底前落实4个全面")) == slogan


@pytest.mark.parametrize("text", ["年底前完成八项规定学习", "年底前完成三个全覆盖", "年底前完成五个一工程",
                                  "年底前完成五个项目验收", "年底前建立八项规定执行台账", "6月底前建成四个意识教育基地"])
def test_a_slogan_finished_or_set_up_by_a_deadline_is_no_count(text):
    """`年底前完成八项规定学习` was told to be `年底前完成8项规定学习`, and `年底前完成三个全覆盖` `…3个全覆盖`: 完成 was read as
    a verb of making things, whose count under ten is the target's. 完成 finishes a slogan as readily as a count, so
    what follows it stays words, as it did before, and a set phrase (八项规定, 四个意识) counts nothing after any verb."""
    assert parse(text).kind is Kind.DATE and in_figures(text) is None and parse(text, numerals=True).kind is Kind.DATE


@pytest.mark.parametrize("text", ["年底前落实四个全面", "年底前实现一件事一次办", "6月底前完成二期工程验收"])
def test_a_slogan_after_a_deadline_has_no_figures_to_type(text):
    """`in_figures` gave `年底前落实4个全面` for a value `parse` reads as the deadline 年底前: its numerals are a
    slogan's, no number of the target to type in figures."""
    assert parse(text).kind is Kind.DATE and in_figures(text) is None


@pytest.mark.parametrize("text, figures", [("次年三月底前落实四个全面", "次年3月底前落实四个全面"),
                                           ("次年三月十五日前落实两个确保", "次年3月15日前落实两个确保"),  # a day too
                                           ("二〇二四年底前落实四个全面", "2024年底前落实四个全面"),
                                           ("十月底前实现一件事一次办", "10月底前实现一件事一次办")])
def test_a_slogan_after_a_deadline_spelt_in_numerals_keeps_its_words(text, figures):
    """`次年三月底前落实四个全面` was told to be `次年3月底前落实4个全面`: with the month spelt, the slogan's 四 was turned
    into a count by the deadline. Only the date is the target's; in figures it reads as `年底前落实四个全面` does, a
    deadline with a slogan after it, and so with numerals (diff)."""
    assert parse(text).kind is Kind.TEXT and in_figures(text) == figures
    assert parse(text, numerals=True) == replace(parse(figures), text=text) and parse(figures).kind is Kind.DATE


@pytest.mark.parametrize("text", ["最多跑一次", "实现最多跑一次", "只跑一次", "一次办结", "一次性补助"])
def test_a_slogans_numeral_has_no_figures_to_type(text):
    """`最多跑一次` was told to be `最多跑1次`, a slogan's trips taken for a count of the unit's: like 一次办结 and 一次性, it
    has no number to type in figures, and is words."""
    assert in_figures(text) is None and not measurable(parse(text)) and parse(text, numerals=True).kind is Kind.TEXT


@pytest.mark.parametrize("text, figures, prefix", [("年底前至少开展一次", "年底前至少开展1次", "年底前开展"),
                                                   ("至少开展3次", "至少开展3次", "开展"),
                                                   ("年底前不少于举办两期", "年底前不少于举办2期", "年底前举办"),
                                                   ("年底前至少举办2期", "年底前至少举办2期", "年底前举办")])
def test_a_comparator_before_what_is_done_is_the_counts(text, figures, prefix):
    """`年底前至少开展一次` was read a count for its 至少 (`_compared`), yet its comparator stayed None: the comparator
    before what is done bounds the count after it, ≥ as `至少1次` is."""
    value = parse(text, numerals=True)
    assert (value.op, value.prefix) == ("≥", prefix) and parse(figures).op == "≥"


@pytest.mark.parametrize("text", ["6月底前完成一次性采购", "12月底前统一部署完成", "6月底前一起完成", "12月31日前完成"])
def test_a_one_that_counts_nothing_after_a_date_leaves_it_a_deadline(text):
    """一次性, 统一 and 一起 are words, not a count of one: the date stays the deadline it is."""
    assert parse(text).kind is Kind.DATE and parse(text).deadline


@pytest.mark.parametrize("text, month, hedge", [
    ("6月前，", 6, None), ("6月前完成验收", 6, None), ("6月前全部完成", 6, None), ("6月前到位", 6, None),
    ("6月前上线运行", 6, None), ("6月前，完成验收", 6, None), ("6月前后完成", 6, "前后"), ("12月之前建成", 12, None),
])
def test_a_month_before_something_done_is_a_deadline(text, month, hedge):
    """What is done by the month (`done_verbs.DONE`: 完成, 建成, 到位, 上线…) leaves it a deadline, as nothing does."""
    assert _read(text) == (Kind.DATE, (None, month, None), 0, True, "≤") and parse(text).hedge == hedge


@pytest.mark.parametrize("text, same", [("每年3月前", "3月前"), ("每年6月底前", "6月底前"), ("每年度12月31日前", "12月31日前"),
                                        ("每年3月前完成", "3月前完成")])
def test_each_year_before_a_date_is_the_budget_years(text, same):
    """`每年3月前` was three months while `3月前` is a deadline in March: a form's each year is its budget year."""
    assert _read(text) == _read(same) and _read(text)[0] is Kind.DATE


@pytest.mark.parametrize("text, same", [
    ("每年底报送", "年底前报送"), ("每年底前完成", "年底前完成"), ("每年年底前", "年底前"), ("每年底", "年底"),
    ("每年年底", "年底"), ("每年末", "年末"), ("每年终", "年终"), ("每年度末前", "年末前"), ("力争每年底前完成", "力争年底前完成"),
    ("每年底前后", "年底前后"), ("每年底前报送5G数据", "年底前"),
])
def test_each_years_end_with_its_year_written_once_is_the_budget_years_end(text, same):
    """`每年底前报送` read as the end of a period that no month names, words, so that `每年底前报送` → `每年6月底前报送`
    was a plain edit: it is `每年年底前报送`, the budget year's end, as `每年3月前` is `3月前`; alone (`每年底`) the end
    of the year is a deadline, as `年底` is (`value_dates.END_OF`)."""
    read, written = parse(text), parse(same)
    assert _read(text) == _read(same) and read.kind is Kind.DATE and read.deadline
    assert (read.hedge, read.suffix) == (written.hedge, written.suffix)


@pytest.mark.parametrize("text", ["每年底数", "每年末位", "每年底余额", "每年底前完成率", "每年底前报送金额", "年底前完成率",
                                  "年末前报送率"])
def test_words_after_each_years_end_that_are_no_thing_done_stay_words(text):
    """Words that begin with 底 or 末 after 每年 (`底数`, `末位`) and an amount at the year's end (`余额`) are no deadline,
    as `年底余额` is none; nor is a rate or amount of what is done by the year's end (`每年底前完成率`, `年底前完成率`:
    read as the deadline `年底前` with the words 完成率), as `年底完成率` and `每月底前完成率` are none."""
    assert parse(text).kind is Kind.TEXT


@pytest.mark.parametrize("text, unit", [("12个月", "个月"), ("12个月内", "个月"), ("12月", "月"), ("13月前", "月"),
                                        ("12个月以前", "个月")])
def test_a_length_in_months_stays_a_duration(text, unit):
    """`12个月`, `12个月内` and a bare `12月` (a lease of twelve months) are lengths; 13 is no month of the year."""
    value = parse(text)
    assert value.kind is Kind.QUANTITY and value.number == 12 + (text == "13月前") and value.unit == unit


@pytest.mark.parametrize("text, deadline, ends", [
    ("年底前", True, (None, 0, 12, 31)), ("上半年", False, (None, 0, 6, 30)), ("上半年完成", True, (None, 0, 6, 30)),
    ("第三季度末", True, (None, 0, 9, 30)), ("三季度前", True, (None, 0, 9, 30)), ("2024Q3前", True, (2024, None, 9, 30)),
    ("年内完成", True, (None, 0, 12, 31)), ("2024年度内", True, (2024, None, 12, 31)), ("9月30日之前", True, (None, 0, 9, 30)),
    ("11月中旬", False, (None, 0, 11, 20)), ("11月中旬前", True, (None, 0, 11, 20)), ("11月上旬前", True, (None, 0, 11, 10)),
    ("11月初", False, (None, 0, 11, 10)), ("11月下旬前", True, (None, 0, 11, 30)), ("2月中旬前", True, (None, 0, 2, 20)),
    ("2024年11月中旬前", True, (2024, None, 11, 20)), ("次年3月上旬前", True, (None, 1, 3, 10)),
    ("6月份", False, (None, 0, 6, 30)), ("12月份前", True, (None, 0, 12, 31)),
])
def test_each_spelling_of_a_deadline_ends_on_its_last_day(text, deadline, ends):
    """`11月中旬前` ended on the 30th, as `11月底前` does, so that `11月中旬前` → `11月底前` was no later deadline: the
    旬 was read and dropped. 上旬 and 初 end on the 10th, 中旬 on the 20th, 下旬 with the month. `6月份` was six
    months: 月份 names the month of the year."""
    value = parse(text)
    assert value.kind is Kind.DATE and value.deadline is deadline and last_day(value) == ends


@pytest.mark.parametrize("text, deadline, ends", [
    ("2024年初", False, (2024, None, 1, 31)), ("年初", False, (None, 0, 1, 31)), ("年初前完成", True, (None, 0, 1, 31)),
    ("2024年年初", False, (2024, None, 1, 31)), ("次年初", False, (None, 1, 1, 31)), ("次年年初前", True, (None, 1, 1, 31)),
    ("2024年中", False, (2024, None, 6, 30)), ("年中", False, (None, 0, 6, 30)), ("年中前完成", True, (None, 0, 6, 30)),
    ("2024年度初", False, (2024, None, 1, 31)),
    # what was right already, kept so
    ("年底", True, (None, 0, 12, 31)), ("2024年末", True, (2024, None, 12, 31)), ("下半年", False, (None, 0, 12, 31)),
    ("2025年上半年", False, (2025, None, 6, 30)), ("一季度末", True, (None, 0, 3, 31)),
])
def test_the_start_and_middle_of_a_year_are_its_first_month_and_june(text, deadline, ends):
    """`2024年初` ended on 31 December: the 初 was read and dropped, as a part of no month written; `年初`, `年中` were
    words and `2024年中` the quantity 2024 年. 年初 is the year's first month, as a month's 初 its first ten days; 年中
    is mid-year, ending with June as 上半年 does."""
    value = parse(text)
    assert value.kind is Kind.DATE and value.deadline is deadline and last_day(value) == ends


@pytest.mark.parametrize("text, same", [
    ("12月31日止", "12月31日前"), ("2024年12月31日止", "2024年12月31日前"), ("截止12月31日", "12月31日前"),
    ("截至2024年6月30日", "2024年6月30日前"), ("截止到12月底", "12月底前"), ("到12月31日为止", "12月31日前"),
    ("年终前完成", "年底前完成"), ("年终", "年底"), ("2024年终前", "2024年底前"), ("次年年终", "次年年底"),
])
def test_the_words_of_a_last_day_make_a_deadline(text, same):
    """`12月31日止` was two numbers (B1) and `截止12月31日` a day on which, not by which; `年终前完成` was words (B9),
    though 年终 is 年底. 止 after a day, 截止 or 截至 before it, and 年终 say the last day something is done by."""
    assert _read(text) == _read(same) and _read(text)[0] is Kind.DATE and last_day(parse(text)) == last_day(parse(same))


@pytest.mark.parametrize("text, deadline, ends", [
    ("3-6月", False, (None, 0, 6, 30)), ("4月至6月", False, (None, 0, 6, 30)), ("3～6月份", False, (None, 0, 6, 30)),
    ("2024年3-6月", False, (2024, None, 6, 30)), ("3月至6月完成", True, (None, 0, 6, 30)),
    ("10-12月", False, (None, 0, 12, 31)), ("次年1-3月", False, (None, 1, 3, 31)), ("9-11月前", True, (None, 0, 11, 30)),
])
def test_a_span_of_months_is_done_by_its_last_month(text, deadline, ends):
    """`3-6月` as 完成时间 was B1's “含有 2 个数字” (set as two indicators) and B9's no deadline: months of the year
    joined by a dash are a span of the calendar (`_period`), the work done through them, by the end of the last, as
    上半年 is through June. Read so, D7 checks the span's year and diff weighs a span put later."""
    value = parse(text)
    assert value.kind is Kind.DATE and value.deadline is deadline and last_day(value) == ends


@pytest.mark.parametrize("text", ["6-3月", "6-6月", "3-13月", "3-6个月", "6-8月前后", "3-6月，每月2次", "3-6月内", "3-6月以内完成"])
def test_what_is_no_span_of_months_is_no_date(text):
    """A span backwards or past December is none, a length in 个月 a range; a 前后 of a span is no date's hedge, and
    `3-6月内` is more likely within three to six months than by June: two numbers, as B1 tells, not 30 June."""
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("text, same", [("全年内完成", "年内完成"), ("全年完成", "年内完成"),
                                        ("2024年全年", "2024年"), ("2024年全年完成", "2024年内完成"), ("2024年度全年", "2024年")])
def test_the_whole_year_is_the_year(text, same):
    """`2024年全年` was the quantity 2024 年, a length of 2024 years that B9 took for a duration, and `全年内完成` words
    (B9, diff's 目标不可衡量): 全年 is the budget year, or the year written before it, done by its end as 年内完成."""
    assert _read(text) == _read(same) and _read(text)[0] is Kind.DATE


@pytest.mark.parametrize("text", ["全年累计", "全年举办3次", "全年开展", "全年", "全年度"])
def test_the_whole_year_before_other_words_is_no_date(text):
    """全年 before a count or work going on is when the work is done, not a date the value is; a bare 全年 says
    nothing to be done by then, no target (B7, B9 tell it), where 全年完成 is done by the year's end."""
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("text, deadline, ends", [
    ("12月中下旬", False, (None, 0, 12, 31)), ("11月上中旬前", True, (None, 0, 11, 20)),
    ("2024年6月中下旬前完成", True, (2024, None, 6, 30)), ("2024年年底", True, (2024, None, 12, 31)),
    ("2024年年末前完成", True, (2024, None, 12, 31)), ("2024年度年底前", True, (2024, None, 12, 31)),
])
def test_two_parts_of_a_month_and_a_years_end_written_with_its_year_again(text, deadline, ends):
    """`12月中下旬` and `2024年年底` were twelve months and 2024 years, lengths that B9 passed: two 旬 end with the
    later one (中下旬 with the month, 上中旬 on the 20th), and 年底 after a year written is that year's end."""
    value = parse(text)
    assert value.kind is Kind.DATE and value.deadline is deadline and last_day(value) == ends


@pytest.mark.parametrize("text, ends", [("第一季度初", (None, 0, 3, 31)), ("2024年第二季度初", (2024, None, 6, 30)),
                                         ("上半年初", (None, 0, 6, 30))])
def test_a_part_of_a_month_is_read_only_after_a_month_written(text, ends):
    """初 after a quarter was taken as a part of the quarter's last month: 第一季度初 ended on 10 March. Only a month
    the author wrote has parts; a quarter's or half year's end stays the deadline it was (its 初 is not read)."""
    value = parse(text)
    assert value.part is None and last_day(value) == ends


def test_a_last_day_counted_from_the_budget_year():
    """Given the budget year, a date without a year of its own ends in the year counted from it, February as that
    year has it: `looser` weighs deadlines by these days."""
    assert last_day(parse("次年2月底前"), 2024) == (2025, None, 2, 28) == last_day(parse("2025年2月底前"), 2024)
    assert last_day(parse("11月中旬前"), 2024) == (2024, None, 11, 20)


@pytest.mark.parametrize("text", ["春节前后", "2次（春节前后）", "节前后", "6-8月前后", "春节前后走访100户", "12月31日前后2次"])
def test_qianhou_of_no_date_is_no_hedged_date(text):
    """A 前后 of a festival or of a span of months is no date's hedge: these stay what they read as."""
    value = parse(text)
    assert value.kind is not Kind.DATE and value.hedge is None


@pytest.mark.parametrize("a, b", [("12月31日前", "12月底前"), ("2024年12月31日前完成", "2024年12月底前完成"),
                                  ("2024年", "2024年12月31日"), ("2月底前", "2月29日前"), ("2023年2月底", "2023年2月28日")])
def test_one_day_written_two_ways_ends_on_one_day(a, b):
    """`2024年12月31日前完成` → `力争2024年12月底前完成` was no hedge added: the dates were compared as written."""
    assert last_day(parse(a)) == last_day(parse(b)) is not None


def test_last_days_of_two_days_differ():
    """Another day, or the same day of a year counted otherwise, is another deadline; no date has no last day."""
    assert last_day(parse("6月29日前")) != last_day(parse("6月底前"))
    assert last_day(parse("2024年12月底")) != last_day(parse("次年12月底"))
    assert last_day(parse("12次")) is None


@pytest.mark.parametrize("text, month", [("6月底开展调研", 6), ("年底建成", 12), ("2024年6月底完成验收", 6)])
def test_the_end_of_a_month_before_something_done_is_a_deadline(text, month):
    """`6月底开展调研` read as six months, the 底 and what is done its words: the end of a month is a deadline without
    前 (`value_dates.END_OF`), and so it stays before something done by then."""
    value = parse(text)
    assert value.kind is Kind.DATE and value.deadline and value.date[1] == month


@pytest.mark.parametrize("text", ["年底完成率", "年末余额", "6月底前完成率≥95%"])
def test_the_end_of_a_month_before_other_words_is_no_deadline(text):
    assert parse(text).kind is not Kind.DATE


@pytest.mark.parametrize("text", ["12月底前完成率", "12月底完成率", "12月前完成率", "6月30日前完成率", "12月底余额",
                                  "2024年12月底前完成率", "次年3月底前完成率", "6月底前报送金额", "不晚于6月30日完成率",
                                  "截至6月30日报送人数", "年底前完成率"])
def test_a_rate_or_amount_after_a_dates_deadline_is_words(text):
    """`12月底前完成率` read as the deadline `12月底前` with the words 完成率 (`12月底前完成率` → `6月底前完成率` was
    时限提前), where `年底前完成率` and `每月底前完成率` are words: a rate of what is done by then, which names what is
    measured and asks nothing of it. Nor is its month a length: `12月底完成率` and `12月前完成率` read as 12 months."""
    assert parse(text).kind is Kind.TEXT


@pytest.mark.parametrize("text, kind", [("12月底前足额", Kind.DATE), ("12月底前完成", Kind.DATE),
                                        ("年底前完成率90%", Kind.QUANTITY), ("12月前期准备", Kind.QUANTITY)])
def test_a_date_before_no_rate_or_amount_reads_as_before(text, kind):
    """Paid in full (`足额`) is how, no amount; a rate with its figure is that rate; 前期 no rate."""
    assert parse(text).kind is kind


@pytest.mark.parametrize("text, month", [("6月底前出台管理制度", 6), ("12月底前建立健全制度", 12), ("年底前建立制度", 12),
                                         ("6月底前完成测量", 6), ("9月底前完成勘测丈量", 9), ("6月底前摸清底数", 6),
                                         ("6月底前提升服务质量", 6), ("6月底前加大工作力度", 6),
                                         ("6月底前报送执行情况", 6), ("12月底前上报情况", 12)])
def test_a_thing_done_ending_in_a_measures_character_keeps_its_deadline(text, month):
    """制度, 测量, 底数, 质量 and 力度 end in 度, 量 and 数, which after a date's 前 name a rate or amount (`12月底前完成率`):
    read so, `6月底前出台管理制度` was words, B9 told it no deadline and `→ 12月底前出台管理制度` was no deadline put later.
    A report of how things went (`报送执行情况`) is what is sent by the date, no measure of it either."""
    value = parse(text)
    assert (value.kind, value.date, value.deadline) == (Kind.DATE, (None, month, None), True)
    assert parse("每年底数").kind is Kind.TEXT  # 底数 read from the year's end: an amount, as before


@pytest.mark.parametrize("text", ["1次/", "3元/）", "≥2场/，全年"])
def test_a_slash_after_a_unit_with_nothing_per_is_read_without_an_error(text):
    """`1次/` stopped lint and diff with an internal error (AttributeError): the unit cost or frequency after a `/`
    was read as if something always followed it. The `/` alone is words after the unit, as any other mark is."""
    value = parse(text)
    assert value.text == text and value.unit in ("次", "元", "场") and "/" not in value.unit


@pytest.mark.parametrize("text, kind, numbers, number, unit", [
    ("3 5次", Kind.UNPARSEABLE, 2, None, None), ("第1 2季度", Kind.UNPARSEABLE, 2, None, None),  # were 35次, 12 季度
    ("1 0000人", Kind.UNPARSEABLE, 2, None, None),  # no group of three after the first
    ("1 000人", Kind.QUANTITY, 1, 1000, "人"), ("12 345 678元", Kind.QUANTITY, 1, 12345678, "元"),  # thousands apart
    ("1 234.50万元", Kind.QUANTITY, 1, Decimal("1234.50"), "万元"), ("≥ 95 %", Kind.QUANTITY, 1, 95, "%"),
])
def test_digits_apart_are_two_numbers_unless_in_groups_of_three(text, kind, numbers, number, unit):
    """`normalise` dropped every space, so `3 5次` read as 35次 and `第1 2季度` as 12 季度: a space between digits keeps
    them two numbers (B1 asks which is meant), but for a number in groups of three (`1 000人`), one number."""
    value = parse(text)
    assert (value.kind, value.numbers, value.number, value.unit) == (kind, numbers, number, unit)
