"""Names of digits glued to Latin letters (`PM2.5`, `H7N9`, `5G基站`), whose digits are no number of a value.

Apart from `values`, which reads a value's numbers without them (`unnamed`), so that `value_dates`, which `values`
imports, reads the words after a deadline with them too: `每月10日前报送5G数据` is the deadline `每月10日前`, as
`12月底前建成5G基站` is `12月底前`.
"""
from __future__ import annotations

import re

from .value_kinds import SUFFIX_WORDS


LETTERED_NAME = re.compile(r"(?<![\dA-Za-z.≥≤<>=~-])(?:(?:[A-Z]+\d[\dA-Za-z.]*(?:-\d[\dA-Za-z.]*)+"
                           r"|[A-Za-z]+(?![\dA-Za-z.]*[-~至]\d)\d[\dA-Za-z.]*"
                           r"|[A-Z]-\d[\dA-Za-z.]*"
                           r"|[A-Za-z]{2,}(?:-[A-Za-z]+)*(?:-\d[\dA-Za-z.]*)+)(?::(?:19|20)\d\d(?!\d))?"
                           r"|\d+[A-Z]+(?=[\u4e00-\u9fff])"
                           rf"(?!{'|'.join(word for word, _ in SUFFIX_WORDS)}))")
"""A name of digits glued to Latin letters (`PM2.5浓度`, `H7N9`, `5G基站`, `合作4S店`, `3D打印`): a pollutant named by
its particles' size, a virus, a technology, a kind of shop, the measure typed again before its target, whose digits
are no target; B1 told `5G基站≥100个` it held two numbers. Letters first (`PM2.5`, `H7N9`), or digits first with
capitals before the words they name (`5G基站`): `≥100m2`, `2024Q3`, `≥100G` and `3MW以上` are a number with its unit
or its quarter, no name after a comparator or before a comparator word. Words of letters joined by hyphens to digits
(`COVID-19`, `SARS-CoV-2`, `ISO-9001`) are one name: `每月底前报送COVID-19数据` read as −19 and
`每月10日前报送COVID-19数据` as two numbers; so are capitals glued to digits and joined by a hyphen to more
(`H1N1-2009`, `GB50300-2013`: a virus's strain, a standard and its year), each read as two numbers or as a negative
one. The year of a standard's edition after a colon (`ISO9001:2015`, `ISO-9001:2015`, `ISO/IEC27001:2013`) is
part of its name: `通过ISO-9001:2015认证` read as 2015, so that a new edition was a target raised, and
`2024年12月31日前通过ISO9001:2015认证` as four numbers, no deadline. A capital joined by a hyphen to digits is a code
too (`B-2级`, a grade of its own scale; `U-17`, an age group; `A-1`, a place in a list), as `A1-2级` is: its hyphen
no minus, where `B-2级` and `U-17` read as −2 and −17. A measure in small letters whose digits run on to a range
(`pH6-9`, `pH6~9`, `pH6至9`) is no name: the range 6 to 9 is two numbers, as `pH值6-9` is, where its 6 was a name's
and the range read as −9. Digits alone (`2023-2024`) are a span: no name."""


def letters_of_names(words: str) -> str:
    """`words` with each name's letters alone (`建成5G基站` → `建成G基站`, `报送PM2.5数据` → `报送PM数据`), for
    patterns that take any digit for a number (`value_dates.DEADLINE`: no number after a deadline's 前) to read the
    words after a deadline as the thing done by then, not a count."""
    return LETTERED_NAME.sub(lambda name: re.sub(r"[\d.]", "", name[0]), words)
