"""The years a file's name writes (file_name_years), as import takes a form's unprinted year from it."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.file_name_years import deadlines, disagreeing, years_named, years_written
from generator.year_digits import written_like

_HAN = st.text(alphabet="天津市侨联项目绩效目标表修改稿", max_size=8)
_ASIDE = st.text(alphabet="天津市侨联项目绩效目标表修改稿（）() -_1", max_size=8)


@given(st.integers(2000, 2100), st.sampled_from(["2024", "２０２４", "二〇二四", "二零二四"]), _HAN, _ASIDE)
def test_one_year_written_before_nian_anywhere_in_a_name_is_read(year, like, before, after):
    """However the clerk writes it (ASCII, full-width, Chinese numerals) and whatever stands around it, a year
    followed by 年 is the name's one year, as written."""
    written = written_like(year, like) + "年"
    assert years_named(before + written + after) == [(year, written)]


@given(st.integers(1000, 9999).filter(lambda n: not 2000 <= n <= 2100), _HAN)
def test_a_number_outside_the_plausible_years_is_no_year(number, around):
    assert years_named(f"{around}{number}年{around}") == []


def test_two_years_are_both_named_and_a_number_inside_a_word_is_none():
    assert years_named("2022年与2023年天津") == [(2022, "2022年"), (2023, "2023年")]
    assert years_named("天津 2023-修改稿") == [(2023, "2023")] and years_named("表2023修改") == []
    assert years_named("某表 (1)") == []


def test_a_range_of_years_names_both():
    """`2023-2024年度` after a unit's name: the first year, touching a Chinese character and followed by no 年, was
    no year, and the name's one year was 2024."""
    assert years_named("天津市侨联2023-2024年度项目") == [(2023, "2023"), (2024, "2024年")]
    assert years_named("侨联2023至2024年") == [(2023, "2023"), (2024, "2024年")]
    assert years_named("侨联2023-12月") == []


def test_the_years_a_specs_texts_write_as_the_years_are_read_not_a_baseline():
    data = {"projects": [{"targets": ["拟于2023年1月召开", "较2022年增长5%"]}], "year": 2024}
    assert years_written(data) == {2023: "拟于2023年1月召开"}


def test_a_deadline_is_no_claim_of_the_budget_year():
    """A 2025 form whose only year was 2026年6月底前 was said to be of 2026 against its file's name: a year's plan sets
    deadlines in its own year or the next. Deadlines are read apart from the years the texts claim as their own."""
    data = {"targets": ["于2026年6月底前完成换届", "2026年内完成验收"], "year": 2025}
    assert years_written(data) == {} and deadlines(data) == {2026: "于2026年6月底前完成换届"}
    mixed = {"targets": ["2024年度办公用房租赁", "2025年底前完成"]}
    assert years_written(mixed) == {2024: "2024年度办公用房租赁"} and deadlines(mixed) == {2025: "2025年底前完成"}


@pytest.mark.parametrize("year, bearing", [
    (2025, ({}, "later")),                                 # due the year after: the plan of 2025
    (2026, ({}, "later")),                                 # due within its own year
    (2024, ({2026: "于2026年6月底前完成换届"}, "later")),     # due two years on: a later year's form, copied
    (2027, ({2026: "于2026年6月底前完成换届"}, "earlier")),   # due before the year named: set by an earlier form
])
def test_a_name_year_is_checked_against_deadlines_only_where_the_texts_claim_no_year(year, bearing):
    """A file named 2024 whose texts said 于2026年6月底前 got a hint naming no 2026 (ec93476 left deadlines after the
    name's year unsaid); only the year after is the plan's own reach."""
    assert disagreeing(year, {"targets": ["于2026年6月底前完成换届"]}) == bearing


def test_the_years_the_texts_claim_decide_over_their_deadlines():
    data = {"targets": ["2024年度办公用房租赁", "2025年底前完成"]}
    assert disagreeing(2024, data) == ({}, "own")
    assert disagreeing(2025, data) == ({2024: "2024年度办公用房租赁"}, "own")
    assert disagreeing(2025, {"targets": ["较2022年增长5%"]}) is None


@pytest.mark.parametrize("text", ["于2026年六月底前召开", "于二〇二六年六月底前召开", "于2026年十二月底前召开",
                                  "于2026年十一月三十日前召开", "于2026年春节前召开", "于2026年国庆节之前召开"])
def test_a_deadline_spelt_in_numerals_or_before_a_festival_is_a_deadline(text):
    """_DATE_WORDS knew 一二三四十 only (of quarters): 2026年六月底前 was read as the texts claiming 2026 for their own,
    and a 2025 file warned of. Any month or day in numerals, or a festival before 前, sets a deadline."""
    assert years_written({"targets": [text]}) == {} and deadlines({"targets": [text]}) == {2026: text}
    assert disagreeing(2025, {"targets": [text]}) == ({}, "later")


def test_around_a_festival_is_no_deadline():
    assert years_written({"targets": ["2026年春节前后走访"]}) == {2026: "2026年春节前后走访"}


@pytest.mark.parametrize("text", ["已于2026年6月底前召开", "2026年6月底前已召开"])
def test_a_deadline_told_as_met_is_no_deadline_and_no_claim(text):
    """已于2026年6月底前召开 in a 2027 file was said to be a deadline earlier than the year: it tells what happened,
    which any year's form may, and says nothing of which year the form is of."""
    assert years_written({"targets": [text]}) == {} and deadlines({"targets": [text]}) == {}
    assert disagreeing(2027, {"targets": [text]}) is None
