"""Whether a text is filled in (filled_text.blank) and whether the schema refuses it as empty
(schema_store.nothing_visible): the second is the narrower question, so its answer implies the first's."""
from hypothesis import given
from hypothesis import strategies as st

from generator.filled_text import blank
from generator.schema_store import nothing_visible

_INVISIBLE = st.text(alphabet=" \t\n\r\u3000\u00a0\ufeff\x1c\x1d\x1e\x1f\x85\u2028", max_size=6)


@given(_INVISIBLE)
def test_a_text_the_schema_refuses_as_empty_is_not_filled_in_to_the_rules(text):
    """A name of a U+FEFF alone was refused as empty by the schema while the rules read it as a filled name."""
    assert nothing_visible(text) and blank(text)


@given(_INVISIBLE, st.sampled_from(["。", "（请填写）", "【请填写】", "XXX", "××", "培训"]), _INVISIBLE)
def test_punctuation_and_the_placeholder_are_unfilled_only_to_the_rules(before, word, after):
    text = before + word + after
    assert not nothing_visible(text)
    assert blank(text) == (word != "培训")


@given(_INVISIBLE, st.sampled_from(["？", "……", "（）", "“”", "！？", "·", "【】"]), _INVISIBLE)
def test_any_punctuation_alone_is_unfilled_as_the_docstring_says(before, marks, after):
    """`blank` stripped only 。.;；,，、:：!！, so a name of `？` or `（）` was a filled name to lint's A1 and A4."""
    assert blank(before + marks + after)


@given(_INVISIBLE, st.sampled_from(["/", "／", "——", "—", "-", "\\", "//", "%", "％", "‰"]), _INVISIBLE)
def test_a_slash_or_dash_typed_for_none_or_a_unit_sign_is_no_blank(before, mark, after):
    """A clerk types / or — for "none" where the form allows none (半年 / beside 全年 ≥95%): it is what was typed,
    and a rule that asks for a text asks `typed_none` itself. A 计量单位 of % alone is a unit, though Unicode files
    % as punctuation."""
    assert not blank(before + mark + after)
