"""typed_numbers.is_number: the one answer to "was this value typed as a number"."""
from decimal import Decimal

from generator.load import load_bytes
from generator.typed_numbers import is_number


def test_ints_and_decimals_are_numbers_and_true_false_is_not():
    assert is_number(8) and is_number(Decimal("15.50"))
    assert not any(is_number(value) for value in (True, False, None, "8", 8.0))


def test_what_the_loader_reads_from_typed_numbers_and_texts():
    data = load_bytes("x.yaml", "a: 12.50\nb: 8\nc: \"8\"\nd: true\n".encode()).data
    assert [is_number(data[key]) for key in "abcd"] == [True, True, False, False]
