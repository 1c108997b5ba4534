"""spec_year: the one reading of a spec's budget year."""
import json
from decimal import Decimal

import pytest

from generator.cli import main
from generator.spec_year import BUDGET_YEARS, as_year, budget_year

from .conftest import ROOT


def test_a_year_typed_as_a_whole_number_is_the_budget_year():
    assert budget_year({"year": 2024}) == 2024 and as_year(2025) == 2025


def test_true_a_text_a_decimal_or_no_mapping_is_no_year():
    assert [budget_year({"year": value}) for value in (True, "2024", Decimal("2024.0"), None)] == [None] * 4
    assert budget_year(None) is None and budget_year([2024]) is None and budget_year({}) is None


def test_the_budget_years_are_the_years_the_schemas_take():
    """`--year` refuses what BUDGET_YEARS leaves out, validate what defs.schema.json does: the two were only said to
    agree, so a range widened in one would have `new` write a spec validate refuses, or refuse one it takes."""
    year = json.loads((ROOT / "schema" / "defs.schema.json").read_text(encoding="utf-8"))["$defs"]["year"]
    assert (BUDGET_YEARS[0], BUDGET_YEARS[-1]) == (year["minimum"], year["maximum"])


@pytest.mark.parametrize("year", ["0", "-5", "1899", "1999", "2101", "99999"])
def test_new_from_a_spec_refuses_a_year_the_schemas_do_not_take(runner, tmp_path, year):
    """`jixiao new --from SPEC --year 0` is told the range, exit 2, before the spec is read, and writes nothing."""
    target = tmp_path / "新.yaml"
    result = runner.invoke(main, ["new", "--from", str(ROOT / "specs" / "jiangsu-taiban-2024.yaml"), "--year", year,
                                  "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert f"“--year”的取值无效：{year} 超出了允许的范围（2000 到 2100 之间）" in result.output
    assert not target.exists()
