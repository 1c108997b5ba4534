"""spec_year: the one reading of a spec's budget year."""
from decimal import Decimal

from generator.spec_year import as_year, budget_year


def test_a_year_typed_as_a_whole_number_is_the_budget_year():
    assert budget_year({"year": 2024}) == 2024 and as_year(2025) == 2025


def test_true_a_text_a_decimal_or_no_mapping_is_no_year():
    assert [budget_year({"year": value}) for value in (True, "2024", Decimal("2024.0"), None)] == [None] * 4
    assert budget_year(None) is None and budget_year([2024]) is None and budget_year({}) is None
