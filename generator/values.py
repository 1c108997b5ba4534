"""What an indicator value means, read from the text the author typed, which stays untouched.

Forms print a value as one string: `≥95％`, `90%以上`, `≤254.3万元`, `12个月`, `2024年12月31日前完成`,
`健全`. The budget systems behind them store it as *comparator + number + unit* (or a 定性 grade), and
review asks exactly those questions (is there a number, a unit, the right comparator?). `parse` reads
the string into that shape without ever changing it: `Value.text` is the printed string, character for
character, so a form that prints `≥95％` (full-width ％) still prints it.

Reading is done on a normalised copy: NFKC (full-width `％＞＜＝１２` become ASCII), `>=`/`<=`/`≧`/`≦`
become `≥`/`≤`, spaces are dropped. A unit may be per something: a unit cost (`200元/人`) or a frequency (`1次/季度`, `1次/2个月`, also written before the count:
`每季度1次`, `每2个月1次`, `2个月1次`, `半年1次`: one number, its period's length no second target). Comparators may also be words: `不少于`, `达到` (≥), `不超过`,
`控制在…以内` (≤), also before what the number is a share of (`不超过预算的98%`), and suffixes `以上` (≥), `以下`/`以内` (≤), also after `（含）` and after a unit
cost (`200元/人以内` is ≤200 元/人), and before a length of time the words of a deadline
(`不晚于5天`, `最迟3个工作日`: ≤).

Kinds:
- QUANTITY: exactly one number, with its comparator, unit and the words around it (`prefix`, `suffix`);
- DATE: a date, month, quarter, half or year, possibly a deadline (`2024年12月31日前完成`, `不晚于6月30日`, `12月底`;
  not `2025年第一季度`, `2022 年度`), also as forms print it short (`2024Q3`, `6月30号`, `2024.6底前`, `6.30前`);
  also one written relative to the budget year (`次年3月底前`, `下一年度`, `年底前完成`, `年内完成`, `12月31日前`, `12月前`), whose
  `date` has no year and whose `offset` says how many years after the budget year it lies (see `Value.year`);
  a span of months is the last month's date (`3-6月`, done through June: `_MONTH_SPAN`);
  a month or day that the calendar has not (`6.31前`, `2024年2月30日前`, `13月底前`) makes no date;
- GRADE: a graded 定性 term from a list (`健全`, `达到`, `优`);
- TEXT: words without a number that are not a grade (`稳步推进`), and a date whose year, month or day is spelt in
  Chinese numerals (`二〇二四年12月`, `6月十日内完成`), as one spelt so (`十月底前`) is, a count's deadline too
  (`6月十五日前完成2次检查`): lint asks for the figures, `parse(numerals=True)` reads the date or the count by it;
- UNPARSEABLE: several numbers (a formula, a scoring rule, a list of targets);
- EMPTY: nothing typed.

A range (`90%-95%`, `3至5次`, `-5%~5%`, a minus kept on its number) is read as its floor and cap (`range_bounds`); a
span of the calendar (`2024-2025年`, `1-3月`, `第1-3季度`) is no range, but only four-digit years 1900–2100 with 年, 年度 or
届 are years: `3-5年` (a number of years) and `2020-2030人` are ranges; a cap typed without its floor's unit (`−3%～0`)
reads as −3% to 0%.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from functools import lru_cache

from .done_verbs import DONE
from .year_digits import calendar_year, years_in_figures


class Kind(str, Enum):
    QUANTITY = "quantity"
    DATE = "date"
    GRADE = "grade"
    TEXT = "text"
    UNPARSEABLE = "unparseable"
    EMPTY = "empty"


GRADES = (
    "是", "否", "有", "无", "达到", "未达到", "达标", "未达标", "优", "良", "中", "差", "优秀", "良好", "中等", "较差", "合格",
    "不合格", "健全", "合理", "明确", "科学", "规范", "合规", "完善", "公开", "有效", "及时", "准时", "按时",
    "按期", "完成", "已完成", "全部完成", "按时完成", "按期完成", "符合", "满足", "准确", "一致", "到位", "通过",
    "全覆盖", "零事故", "零投诉", "零差错", "无事故", "无投诉", "无差错",
)
"""Graded, checkable 定性 terms (财预〔2011〕285号: 定性的分级分档形式); lint may configure its own list. 中等 and 较差 are
中 and 差 as a unit words them (`lint.grade_ladders`): one grade is checkable in either wording. The list is the one
answer to whether a word is a checkable target, lint's B7 and diff's 目标不可衡量 alike (`measurable`)."""
_DEFAULT_GRADES = frozenset(GRADES)

MONEY_UNITS = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "百万元": Decimal(100),
               "亿元": Decimal(10000)}
"""Money units and their size in 万元, the unit every spec's amounts use."""

SHIFTS = {unit: -size.adjusted() for unit, size in MONEY_UNITS.items() if size < 1}
"""The money units below 万元 an amount is typed in and read from (元, 千元), and the places its point moves to
read it in 万元 (4, 1)."""

YUAN_MULTIPLIERS = "十百千万亿"
"""What makes 元 a multiple of it in a unit a label or line says (万元, 千元): a unit other than 元, read or not."""

TIME_UNITS = ("个工作日", "工作日", "个月", "小时", "分钟", "季度", "天", "日", "周", "月", "年", "秒")

COUNT_UNITS = ("万人次", "人次", "场次", "批次", "期次", "篇次", "户次", "课时", "学时", "团组", "万人", "次", "场", "人", "名",
               "个", "项", "批", "期", "篇", "条", "件", "份", "家", "户", "所", "套", "台", "册", "本", "班", "组", "支", "座",
               "处", "部", "门", "届", "轮", "起", "例")
"""Measure words of a count: what “举办3场讲座” or “培训200人次” counts. Not money, time or %: those are no counts."""

# Units after a number, longest first so that 人次 wins over 人 and 个月 over 个.
_UNITS = sorted(set(TIME_UNITS) | set(MONEY_UNITS) | set(COUNT_UNITS) | {
    "%", "‰", "个百分点", "人日", "人天", "辆", "张", "种", "类", "幅", "亩", "间", "笔", "万册", "万份", "平方米",
    "平方公里", "公里", "千米", "米", "公顷", "吨", "千克", "公斤", "立方米", "GB", "TB", "MB", "M", "G", "K", "kg",
    "km", "m²", "m2", "m", "宗", "卷", "分", "栋", "盏", "架次", "车次", "万字", "字", "页",
}, key=len, reverse=True)



def compares_in_words(text: str, besides: str = "") -> bool:
    """Whether `text` says a comparison in a word of two characters or more (达到, 不低于, 以上) that `besides` lacks:
    values are written with such words, a form's labels with none but their own (期望达到的目标), so a cell saying
    one is a value, not a label typed again (docx_row_labels: 达到指标值 under 指标值)."""
    return any(len(word) > 1 and word in text and word not in besides for word, _ in _PREFIX_WORDS + _SUFFIX_WORDS)


def is_unit(word: str) -> bool:
    """Whether `word` is a whole unit a value's number is read with (人次, 场, %, 万元, 个月): what an indicator's
    name may say in its closing brackets (`培训场次（人次）`) for lint's B3 to hold its values to."""
    return word in _UNITS


_TRIM_CHARS = "。.;；,，、:：!！ "
"""Punctuation trimmed from a value's ends, and allowed between a month's 前 and what is done by then (`_MONTH_DEADLINE`)."""
_SYMBOLS = ("≥", "≤", "=", ">", "<")  # after `normalise`, which folds ＞, >=, ≧… into these
_PREFIX_WORDS = (("不少于", "≥"), ("不低于", "≥"), ("不小于", "≥"), ("大于等于", "≥"), ("大于或等于", "≥"),
                 ("至少", "≥"), ("达到", "≥"), ("不超过", "≤"), ("不高于", "≤"), ("不多于", "≤"), ("不大于", "≤"),
                 ("小于等于", "≤"), ("小于或等于", "≤"), ("控制在", "≤"), ("低于", "<"), ("少于", "<"),
                 ("小于", "<"), ("超过", ">"), ("高于", ">"), ("多于", ">"), ("大于", ">"), ("达", "≥"))
_SUFFIX_WORDS = (("及以上", "≥"), ("或以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("或以下", "≤"), ("以下", "≤"),
                 ("以内", "≤"), ("之内", "≤"), ("内", "≤"))
_HELD_AT = "控制在"
"""A comparator word only without one after the number: `控制在6次` and `控制在6次以内` are ≤, but `控制在95%以上` is ≥, the
以上 saying which side of the number the value is held on."""
_SHARE_OF = re.compile(r"[^\d≥≤=<>]{1,8}的")  # 预算的 in 不超过预算的98%
_INCLUSIVE = "(含)"  # 95%（含）以上, as NFKC writes it: inclusive, which 以上 already is here
NUMBER = re.compile(r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?")
_DATE = re.compile(r"(\d{4})(?:年度?|[-/.](?=\d))"
                   r"(?:(\d{1,2})(?:月份?|[-/.](?=\d))|第?([一二三四1-4])季度|([上下])半年)?(?:(\d{1,2})日?)?"
                   r"(?:(?:(?<=年)|(?<=年度))(?:年?(?P<season>[初中])(?!旬)|全年度?|年(?=[底末终])))?"
                   r"(?:底|末|终|(?P<part>初|上中旬|中下旬|中旬|上旬|下旬))?")
_SEASON_MONTHS = {"初": 1, "中": 6}
"""The month a year's 初 or 中 ends with (`2024年初`, `年中前完成`, `次年年初`). 年初 is the year's first month, as a
month's 初 is its first ten days (`_PART_ENDS`): the start of it, short, not its first quarter, for which authors
write 一季度 (`第一季度末`); a reviewer reading 年初完成 expects it done in January, and `年初` → `3月底前` is a deadline
put later. 年中 is mid-year, done with June as 上半年 is. Like 月初 (and unlike 年底, `_END_OF`) neither is a deadline
without 前 or a thing done: `2024年初` may be when something takes place."""
_PART_ENDS = {"初": 10, "上旬": 10, "中旬": 20, "上中旬": 20}
"""The last day of a part of a month written after it (`11月中旬前`, `6月上旬`, `6月初`): the ten days it names end
before the month does, two of them (`11月上中旬`) with the later. 下旬 and 中下旬 end with the month."""
_LAST_MONTH = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12, "上": 6, "下": 12}
"""The month a quarter (`第一季度`) or half year (`上半年`) ends in: what a deadline of that name means."""
_HEDGED = r"(?:力争|争取|尽量|尽可能|原则上)?"
_DATE_LEAD = re.compile(rf"^{_HEDGED}(?:每年度?)?(?:于|在|计划于|预计)?$")
"""Words before a date that leave it the date it is: when (`于`, `计划于`; `每年`, as a form's year is the budget
year: `每年3月前` is `3月前`, not three months), and a hedge (`力争2025年12月31日前完成`,
`争取于6月底前完成`), which makes the deadline no less one: lint's B1 and B9 read it as the date, and diff and D6 tell
the hedge added (`lint.hedges`)."""
_LATEST = r"(?:不晚于|不迟于|最迟|最晚)(?:于|在)?"
_END_OF = ("底", "末", "终")
"""The end of a month, quarter or year (`12月底`, `年末`, `年终`, `2024年6月底`) is a deadline without 前: the day by which,
not a day on which, as a 时效 value writes it. A day (`2024年12月31日`) or a month (`2024年5月`) may be when something
takes place, so without deadline words it stays a date."""
_DEADLINE_LEAD = re.compile(rf"^{_HEDGED}(?:每年度?)?(?:{_LATEST}|截至|截止到?|到)$")
"""Words before a date that make it a deadline as 前 after it does: `不晚于2024年6月30日` is `2024年6月30日前`, and
so are `截止12月31日`, `截至2024年6月30日` (the last day, not a day on which) and `到12月31日为止`."""
_DURATION_CAP = re.compile(rf"{_LATEST}$")
_DURATIONS = ("个工作日", "工作日", "个月", "小时", "分钟", "天", "周", "秒")
"""Before a length of time the same words cap it: `不晚于5天` is ≤5天. Only before units that are nothing but a
length: `不晚于6月` may mean by June, and `5日` the fifth."""
_PRINTED = (
    (re.compile(r"(?:(\d{4})(?:年度?|-)?)?(?<![A-Za-z])[Qq]([1-4])(?!\d)"),
     lambda m: (f"{m[1]}年" if m[1] else "") + f"第{m[2]}季度"),
    (re.compile(r"(月\d{1,2})号"), r"\1日"),
    (re.compile(r"(?<![\d.])(\d{4})[./](\d{1,2})(?=[底末]?(?:之|以)?前)"), r"\1年\2月"),
    (re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})(?=(?:之|以)?前)"), r"\1月\2日"),
)
"""Dates as forms print them short, and the words they stand for: a quarter `Q3` (`2024Q3`, `2024年Q3`) is
`第3季度`, a day `30号` is `30日`, and before a deadline's 前 a year and month `2024.6`, `2024/6` is `2024年6月`
and a month and day `6.30`, `6/30` is `6月30日`. Only before 前 are the last two read as dates: bare, `2024.06` or
`6.30` may be an amount whose unit is in another column."""
_DEADLINE = re.compile(r"^(?:(?:之|以|底|末|终)?前[^\d%‰≥≤=<>]*|(?:之|以)?内(?:完成[^\d%‰≥≤=<>]*)?|完成|为?止)?$")
"""What may follow a date for it to be one: nothing, or a deadline word and what is to be done by then
(`前完成验收`, `底前全部完成`, `内完成采购`), or 止 (`12月31日止`, `到12月31日为止`: through that day). The action words say what, not when: `2024年6月底前完成验收` is the
deadline `2024年6月底前`, no more a formula than `次年3月底前完成验收` is the duration 3 months. A number or
comparator after them makes the value something else (`前完成率≥95%`), and so does one spelt in Chinese numerals
(`前完成两次检查`: `_spelt_counts`); after 内 only 完成 may follow, so that
`2024年内部…` stays words."""
_DONE_BY_THEN = rf"(?:全部|全面|按期|按时|如期|顺利)?(?:{DONE})(?!率|度|数|量|比例|情况)[^\d%‰≥≤=<>]*"
"""Something done by a date (`完成`, `全部建成`, `上线运行`: `done_verbs.DONE`), not a rate or amount of it (`完成率`)."""
_MONTH_DEADLINE = re.compile(rf"^(?:之|以)?前(?:[{re.escape(_TRIM_CHARS)}]*{_DONE_BY_THEN})?$")
"""What may follow a month's 前 (`12月前`, `6月以前`, and 前后's once its 后 is a hedge) for the month to be a deadline:
nothing, or something done by then (`前完成`, `前全部建成`, `前上线运行`: `done_verbs.DONE`). Stricter than `_DEADLINE`,
since 前 right after a month may begin another word: `12月前期准备` is a preparation, `6月前后两次` twice around June,
`3月前完成率` a rate; without a deadline they are what they read as. After 底, 末, a day or a 旬, 前 is the deadline's."""
_END_DONE = re.compile(rf"^{_DONE_BY_THEN}$")
"""What may follow the end of a month or year without 前 (`6月底开展调研`, `年底建成`) for it to be the deadline it is
alone (`_END_OF`): something done by then, as after a month's 前 (`_MONTH_DEADLINE`). Without it `6月底开展调研` read as
six months; a rate (`年底完成率`) or other words (`年末余额`) are no deadline."""
_AROUND = re.compile(r"前后|左右|上下")
"""A hedge right after a date (`2024年12月31日前后`, `12月底左右`, `6.30前后完成`): around that day, maybe after it. The
value is still that date, so that B1, B9, D7 and DATE-YEAR read its year and day as they read `力争…前` (`_HEDGED`),
and it is `Value.hedge`, which diff and D6 report as added (`lint.hedges`). 前后 keeps its 前: `12月31日前后` is the
deadline `12月31日前` hedged. `春节前后`, `2次（春节前后）` and `6-8月前后` hold no date, and stay as they read."""
_MONTH_SPAN = re.compile(r"(?<![\d.])(?P<first>\d{1,2})(?:月份?)?(?:-|~|–|—|至|到)(?P<last>\d{1,2})月份?")
"""A span of months of the year (`3-6月`, `4月至6月`, `2024年3-6月`, `次年1-3月`: `_period`), the work done through them: a
date of the last month, by whose end it is done, as `上半年` is done through June (`3月至6月完成` by 30 June). Only
months 1–12 in order; `3-6个月` is a length, a range. A hedge after it (`6-8月前后`) is of no date."""
_RELATIVE_YEARS = {"全": 0, "次": 1, "下": 1, "下一": 1, "翌": 1, "明": 1, "来": 1, "本": 0, "当": 0, "今": 0, "上": -1, "上一": -1,
                   "去": -1}
"""Words for a year counted from the budget year: 次年/下一年度/翌年 is the year after it, 本年度/当年/全年 the year itself
(`全年完成` as `年内完成`; after a year written, `2024年全年` is that year: `_DATE`)."""
_RELATIVE_DATE = re.compile(
    r"(?:(?P<word>下一|上一|次|下|上|翌|明|来|去|本|当|今|全)年度?|(?P<within>年度?)(?=[之以]?内)|(?=年[底末终初中]|第?[一二三四1-4]季度|[上下]半年)"
    r"|(?=\d{1,2}月(?:份|份?(?:\d{1,2}日|底|末|初|(?:上中|中下|[上中下])旬|[之以]?前))))"
    r"(?:年?(?P<end>[底末终])|年?(?P<season>[初中])(?!旬)|(?P<month>\d{1,2})月份?(?:(?P<day>\d{1,2})日?)?|第?(?P<quarter>[一二三四1-4])季度|(?P<half>[上下])半年)?"
    r"(?:底|末|(?P<part>初|上中旬|中下旬|中旬|上旬|下旬))?")
"""A date without a year of its own: after a relative year word (`次年3月底`, `下一年度`, `本年度内`), the year itself
before 内 (`年内完成`, `年度内`: by its end, as `本年度内`), the end, start or middle of the year (`年底`, `年初`, `年中`:
`_SEASON_MONTHS`), a quarter or half (`第四季度`,
`上半年`), or a month with a day, a 底/初/旬 or a 前 (`12月底`, `12月31日`, `12月前`, `12月以前`, `12月前后`: by December,
a month of the budget year, where `12个月` and `12个月内` are a length) or written 月份 (`6月份`: June, never six months; a
bare `12月` stays a duration). Without a word it lies in the budget year."""
_TRIM = _TRIM_CHARS


@dataclass(frozen=True)
class Value:
    """One indicator value: the printed text and what it means."""

    text: str
    kind: Kind
    op: str | None = None
    number: Decimal | None = None
    unit: str | None = None
    grade: str | None = None
    date: tuple[int, int | None, int | None] | None = None
    deadline: bool = False
    prefix: str = ""
    suffix: str = ""
    numbers: int = 0
    offset: int | None = None
    hedge: str | None = None
    """A hedge written right after a DATE (`前后`, `左右`, `上下`: `_AROUND`), else None."""
    part: str | None = None
    """The part of a DATE's month written after it (`初`, `上旬`, `中旬`, `下旬`, `上中旬`, `中下旬`: `11月中旬前`), else None."""
    by: Value | None = None
    """The deadline a QUANTITY's count or amount is done by (`6月底前` of `6月底前完成2次检查`, `次年3月底前` of
    `次年3月底前支付1万元`: `_done_by_a_deadline`), a DATE read from the words before the number; else None."""

    def year(self, budget_year: int) -> int | None:
        """The year a DATE lies in: as written, or counted from the budget year (`次年` in a 2024 form is 2025)."""
        if self.kind is not Kind.DATE:
            return None
        return self.date[0] if self.offset is None else budget_year + self.offset

    @property
    def percent(self) -> bool:
        return self.kind is Kind.QUANTITY and self.unit == "%"

    @property
    def per(self) -> str | None:
        """The denominator of a unit cost (`人` in `元/人`), else None."""
        if self.unit and "/" in self.unit:
            return self.unit.split("/", 1)[1] or None
        return None

    @property
    def money(self) -> Decimal | None:
        """The amount in 万元 when the unit is money (元, 万元…; not a unit cost), else None."""
        if self.kind is Kind.QUANTITY and self.unit in MONEY_UNITS:
            return self.number * MONEY_UNITS[self.unit]
        return None

    @property
    def unit_cost(self) -> Decimal | None:
        """The cost per unit in 万元 for `200元/人`-style values, else None."""
        if self.kind is Kind.QUANTITY and self.per and self.unit.split("/", 1)[0] in MONEY_UNITS:
            return self.number * MONEY_UNITS[self.unit.split("/", 1)[0]]
        return None


def normalise(text: str) -> str:
    """The comparable form of a value: NFKC, ASCII comparators folded to ≥/≤, no whitespace."""
    return _folded(unicodedata.normalize("NFKC", text))


def _folded(text: str) -> str:
    for written, symbol in (("≧", "≥"), ("⩾", "≥"), (">=", "≥"), ("≦", "≤"), ("⩽", "≤"), ("<=", "≤"), ("==", "=")):
        text = text.replace(written, symbol)
    return re.sub(r"\s+", "", text)


def same_writing(a: str, b: str) -> bool:
    """Whether two typed values are one value written two ways: full-width or half-width, spaces, `>=` for `≥`,
    a number's trailing zeros or thousands commas (`95%` and `95.0%`, `1,000人次` and `1000人次`).

    Both must mean the same (`parse`, their text aside): `2024.1底前` and `2024.10底前` are two deadlines, though
    2024.1 and 2024.10 are one number. And their words must be the same, their numbers' values and signs too
    (`_written`): two values of words parse alike whatever they say, `+5%` and `5%` are one quantity typed with
    another meaning, and `②` is a list's number, not a `2` typed full-width. Numbers are compared exactly:
    `95%` and `95.001%` are two targets, however small the difference. A bare number, with no unit, comparator or
    word to say what it counts, keeps its trailing zeros: `2024.1` and `2024.10`, `6.3` and `6.30` may be dates
    typed short, months apart. A frequency's period may be written before the count or after it, in figures or
    numerals (`1次/两个月`, `每2个月1次`): the words it keeps besides (`prefix`, `suffix`) are compared as read. So
    may the target's number (`18次` and `十八次`, `10日内办结` and `十日内办结`), where `parse(numerals=True)` reads it
    as that number: the words are compared with it in figures (`_in_figures`). Lint's B7 still asks for the figures.
    So is a quarter's ordinal (`第1季度末` and `第一季度末`: `_QUARTER_SPELT`), which B7 takes either way, and a count
    that alone reads as a programme's name beside the same count in figures (`年底前建设3个中心` and `年底前建设三个中心`:
    `count_as_beside`), which diff weighs as that count."""
    a, b = (_QUARTER_SPELT.sub(lambda found: str(chinese_number(found.group(0))), text) for text in (a, b))
    old, new = parse(a, numerals=True), parse(b, numerals=True)
    old, new = count_as_beside(old, new), count_as_beside(new, old)
    a, b = _in_figures(a), _in_figures(b)
    if times_a_year(old) is not None:  # 1次/两个月 and 每2个月1次: one frequency, its period before or after the count
        return replace(old, text="") == replace(new, text="") and _signs(a) == _signs(b)
    (words, digits), (new_words, new_digits) = _written(a), _written(b)
    numbers = digits == new_digits if _bare(old) else [Decimal(d) for d in digits] == [Decimal(d) for d in new_digits]
    return replace(old, text="") == replace(new, text="") and words == new_words and numbers


_QUARTER_SPELT = re.compile(r"(?<=第)[一二三四](?=季度)")
"""The ordinal of a quarter spelt in numerals (`第一季度末`), which `_SPELT` leaves as an ordinal's (第十八次): one date
written two ways, also as a count's deadline (`第1季度完成3次检查` and `第一季度完成3次检查`, whose words before the count
hold it), so that `same_writing` reads it in figures before it compares the values and their words."""


def same_amount(a: str, b: str) -> bool:
    """Whether two typed values are one amount in two money units (`≤254.3万元` and `≤2543000元`): the same
    comparator and words, and the same money to the last place (`≤254.3万元` and `≤2543001元` are two caps)."""
    old, new = parse(a), parse(b)
    return (old.money is not None and new.money is not None and old.unit != new.unit and old.money == new.money
            and (old.op, old.prefix, old.suffix) == (new.op, new.prefix, new.suffix))


def _bare(value: Value) -> bool:
    """Whether a value is a number alone (`2024.1`, `6.30`), nothing typed with it saying what it counts."""
    return value.kind is Kind.QUANTITY and value.unit is None and value.op is None and not (value.prefix or value.suffix)


def _signs(text: str) -> set[str]:
    """The signs typed before a value's numbers (`+` of `+1次/月`), a word `same_writing` keeps however it reads."""
    return {found["sign"] for found in _SIGNED.finditer(normalise(text))}


def _written(text: str) -> tuple[str, list[str]]:
    """A value's words with each number a `#` after its sign, and the numbers' digits as typed, thousands commas
    dropped: what `same_writing` compares beside its meaning. Only width is folded (`９５％` is `95%`), not what
    else NFKC folds (`②`, `½`)."""
    norm = _folded("".join(unicodedata.normalize("NFKC", char) if _WIDTH.match(unicodedata.decomposition(char))
                           else char for char in text))
    digits = [found["digits"].replace(",", "") for found in _SIGNED.finditer(norm)]
    return _SIGNED.sub(lambda found: found["sign"] + "#", norm), digits


_WIDTH = re.compile(r"<(?:wide|narrow)> ")
"""The decomposition of a full-width (`９`, `％`, the ideographic space) or half-width character."""
_SIGNED = re.compile(r"(?P<sign>[-+]?)(?P<digits>" + NUMBER.pattern.removeprefix("[-+]?") + ")")
"""`NUMBER` with its sign apart, which `same_writing` keeps as a word: `+5%` is not `5%` retyped."""


def _leading_op(prefix: str) -> tuple[str | None, str]:
    """A comparator at the end of the words before the number: symbol or word."""
    for symbol in _SYMBOLS:
        if prefix.endswith(symbol):
            return symbol, prefix[: -len(symbol)]
    for word, symbol in _PREFIX_WORDS:
        if prefix.endswith(word):
            return symbol, prefix[: -len(word)]
    for word, symbol in _PREFIX_WORDS:
        before, found, share_of = prefix.rpartition(word)
        if found and _SHARE_OF.fullmatch(share_of):
            return symbol, before + share_of[:-1]  # 不超过预算的98%: ≤ 98% of 预算
    return None, prefix


def _unit_and_suffix(rest: str) -> tuple[str | None, str | None, str]:
    """(unit, comparator from a suffix word, remaining words) after the number."""
    unit = next((u for u in _UNITS if rest.startswith(u)), None)
    after = rest[len(unit):] if unit else rest
    if unit and after.startswith("/"):
        per = re.match(r"/[^\s,，;；。、)）]+", after).group(0)
        word = next((w for w, _ in _SUFFIX_WORDS if per.endswith(w) and len(per) > len(w) + 1), "")
        per = per[: len(per) - len(word)]  # 200元/人以内: the unit is 元/人, 以内 its comparator
        period = _FREQUENCY_PERIOD.fullmatch(per[1:])
        if unit in MONEY_UNITS or per[1:] in TIME_UNITS or period:  # 元/人, 次/季度
            # 次/两个月 is 次/2个月, as 每两个月1次 reads: one frequency, one unit however its period is spelt
            unit, after = unit + ("/" + _period_of(period) if period else per), after[len(per):]
    bare = after.removeprefix(_INCLUSIVE)
    for word, symbol in _SUFFIX_WORDS:
        if bare.startswith(word):
            return unit, symbol, bare[len(word):]
    return unit, None, after


_RANGE_DASHES = ("-", "~", "–", "—", "〜", "至", "到")
"""What joins a range's two numbers (`90%-95%`, `90%～95%`, which NFKC reads `~`, `3至5次`)."""
_UNSIGNED = re.compile(NUMBER.pattern.removeprefix("[-+]?"))
"""`NUMBER` without its sign: in `90-95%` the `-` joins a range, it makes no negative number."""
_SIGNS = {"-": "-", "−": "-", "负": "-", "+": ""}
"""A sign before a range's number (`-5%~5%`, `−5%`, `负5%`, `+5%`), and what it makes of the number. Before the first
number it is the sign; between the two only after the dash that joins them (`-10%~-5%`, `-10%--5%`), since the one `-`
of `-5%-0%` joins the numbers."""
_ZERO = re.compile(r"0+(?:\.0+)?")
"""A zero, as a range's cap may write it without the unit its floor has (`−3%～0`)."""
_YEAR_UNITS = ("年", "届")
"""Units after which four digits name a year of the calendar (`2024-2025年`, `2024-2025年度`, `2024~2025届`, a class
named by the year it graduates), where small numbers are a length (`3-5年`) and another unit a count (`2020-2030人`)."""


def range_bounds(value: Value) -> tuple[Value, Value] | None:
    """The floor and the cap of a range (`90%-95%` → `≥90%` and `≤95%`, `3至5次`, `90～95%`, `-5%~5%`), each a value as
    `parse` reads one, with the range's words before and after; None for any other value. A range has two numbers, so
    `parse` reads it as no one target (lint's B1 asks for one); diff still weighs an edit of it by the bound its
    measure points to (`same_measure.weaker`). Both numbers take one unit, written once or twice, and the first is
    no larger than the second, signs read (`_SIGNS`): `95%-90%`, `3次-5人` are no range read here, nor `2024-2025`
    with no unit, nor a span of time in the calendar (`_period`: `2024-2025年`, `1-3月`, `第1-3季度`)."""
    if value.kind is not Kind.UNPARSEABLE or value.numbers != 2:
        return None
    norm = normalise(value.text)
    numbers = list(_UNSIGNED.finditer(norm))
    if len(numbers) != 2:
        return None
    low, high = numbers
    before = norm[: low.start()]
    first_sign = before[-1:] if before[-1:] in _SIGNS else ""
    between = norm[low.end():high.start()]
    first_unit = next((u for u in _UNITS if between.startswith(u)), "")
    dash = between[len(first_unit):]
    second_sign = dash[-1] if len(dash) > 1 and dash[-1] in _SIGNS else ""
    op, prefix = _leading_op(before[: len(before) - len(first_sign)])
    unit, suffix_op, suffix = _unit_and_suffix(norm[high.end():])
    if not unit and first_unit and _ZERO.fullmatch(high.group(0)):
        unit = first_unit  # −3%～0: a zero needs no unit, it takes the first number's
    if dash[: len(dash) - len(second_sign)] not in _RANGE_DASHES or op or suffix_op or not unit \
            or first_unit not in ("", unit) or _period(low.group(0), high.group(0), unit):
        return None
    floor, cap = (Decimal(_SIGNS.get(sign, "") + found.group(0).replace(",", ""))
                  for sign, found in ((first_sign, low), (second_sign, high)))
    if floor > cap:
        return None
    words = {"prefix": prefix.strip(_TRIM), "suffix": suffix.strip(_TRIM), "numbers": 1, "unit": unit}
    return (Value(value.text, Kind.QUANTITY, op="≥", number=floor, **words),
            Value(value.text, Kind.QUANTITY, op="≤", number=cap, **words))


def _period(low: str, high: str, unit: str) -> bool:
    """Whether two numbers joined as a range are a span of the calendar, not a target's floor and cap: calendar years
    in 年, 年度 or 届 (`2024-2025年`, `2023年-2024年`, `2024-2025年度`, `2024~2025届`; not `3-5年`, a length such as a
    warranty's, nor `2020-2030人` or `2010-2019元`, counts and amounts), months of the year (`1-3月`,
    `10-12月`: both 1–12 in 月, not 个月, which is a length: `3-6个月` stays a range) or quarters (`第1-3季度`). An edit of
    such a span (`2024-2025年` → `2023-2025年`) moves when, not how much, and is no target lowered."""
    if unit == "季度" or unit in _YEAR_UNITS and all(calendar_year(number) for number in (low, high)):
        return True
    return unit == "月" and all(number.isdigit() and 1 <= int(number) <= 12 for number in (low, high))


def month_of_the_year(value: Value) -> Value:
    """`value` read as a month of the budget year where it is a bare month (`12月`, `10月完成`) that a date beside it
    says is one (`10月底前` → `12月`): alone, `parse` reads `12月` as twelve months, a duration (`10月前` it reads as
    the deadline it is). Read by the one date
    parser, as `本年12月` is, so that it is the date `12月底`, `第四季度` and `年内` are read against."""
    if value.kind is not Kind.QUANTITY or value.unit != "月" or value.op or value.prefix:
        return value
    dated = _date(normalise("本年" + value.text), value.text)
    return dated if dated and dated.kind is Kind.DATE else value


def wan_as_money(value: Value) -> Value:
    """`value` with a bare 万 after its number read as 万元 (`≤40万`, `40万以内`: at most 40 万元), for a value read as
    money: a cost row's, or one set against an amount. Spoken, an amount drops its 元, and a draft typed so still
    means the money: diff weighs `≤35万元` → `≤40万` as a cap raised, C3 adds it to the caps. Only a 万 followed by
    nothing or a comparator word: a 万 that opens another unit (`万人次`, `万册` are units of their own, `3万平方米` is
    area) is no money. The text and the unit `parse` read stay as typed, so C1 still asks for the unit."""
    if value.kind is not Kind.QUANTITY or value.unit is not None or not value.suffix.startswith("万"):
        return value
    unit, op, rest = _unit_and_suffix("万元" + value.suffix[1:])
    if rest.strip(_TRIM) or op and value.op:
        return value
    return replace(value, unit=unit, op=value.op or op, suffix="")


def _lead(words: str) -> bool | None:
    """Whether the words before a date leave it a date: None if not, else whether they make it a deadline."""
    if _DEADLINE_LEAD.match(words):
        return True
    return False if _DATE_LEAD.match(words) else None


def last_day(value: Value, budget_year: int | None = None) -> tuple[int | None, int | None, int, int] | None:
    """The last day a DATE covers, as (its year as written, its `offset`, month, day), else None: `12月底前` and
    `12月31日前`, `2024年` and `2024年12月31日` are one day written two ways, which a respelling beside a hedge keeps
    (`2024年12月31日前完成` → `力争2024年12月底前完成`); a part of a month ends on its own last day (`11月中旬前` on the
    20th: `_PART_ENDS`). A year counted from the budget year is taken as a leap year, as `date_exists` takes it;
    given `budget_year`, it is the year counted from it, (year, None, month, day)."""
    if value.kind is not Kind.DATE:
        return None
    (year, month, day), offset = value.date, value.offset
    if budget_year is not None and offset is not None:
        year, offset = budget_year + offset, None
    month = month or 12
    return year, offset, month, day or _PART_ENDS.get(value.part) or calendar.monthrange(2000 if year is None else year,
                                                                                          month)[1]


def date_exists(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether a date read is one of the calendar: a month 1–12 and a day of that month (`6月31日`, `2024年2月30日`,
    `2023年2月29日` are none, so they are no dates). A date without a year of its own lies in a year counted from the
    budget year, which may be a leap year: its 2月29日 exists."""
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    leap = year is None or calendar.isleap(year)
    return day is None or 1 <= day <= (29 if month == 2 and leap else calendar.mdays[month])


def year_of_date(year: str, after: str) -> bool:
    """Whether four digits `year` and the words `after` them are a date in figures as `parse` reads one, so that the
    digits are its year: with a month (`2023.6月底前`, `2024-6月份`, `2023.6底前`, `2023/06前`), a day (`2023-12-31`)
    or a quarter (`2023Q3`, `2023-Q3`). `new --from` asks it of every year it finds, so that it moves each year that
    lint would read as a date's (D7). Not a number (`2023.5万元`, `2023.6`: bare, an amount), nor a month past 12 or a
    day past 31; a day that only the calendar lacks (`2023-02-30`) still is one, written as a date for its year."""
    norm = year + normalise(after)
    for short, words in _PRINTED:
        norm = short.sub(words, norm)
    found = _DATE.match(norm)
    if not found or norm[found.end():found.end() + 1].isdigit():
        return False
    _, month, quarter, half, day = found.group(1, 2, 3, 4, 5)
    month = int(month) if month else _LAST_MONTH.get(quarter or half)
    return month is not None and 1 <= month <= 12 and (day is None or 1 <= int(day) <= 31)


def _date(norm: str, text: str) -> Value | None:
    """A value that is a date, month or year, optionally a deadline (`…前完成`, `不晚于…`); its year written or
    relative; printed short (`_PRINTED`) or in words."""
    for short, words in _PRINTED:
        norm = short.sub(words, norm)
    span = _MONTH_SPAN.search(norm)
    spanned = bool(span) and 1 <= int(span["first"]) < int(span["last"]) <= 12
    if spanned:  # 3-6月 is done through June: read as 6月份, a month of the year
        norm = norm[: span.start()] + span["last"] + "月份" + norm[span.end():]
    found = _DATE.search(norm)
    lead = _lead(norm[: found.start()]) if found else None
    if lead is not None:
        year, month, quarter, half, day = found.group(1, 2, 3, 4, 5)
        year, offset = int(year), None
    else:
        found = _RELATIVE_DATE.search(norm)
        lead = _lead(norm[: found.start()]) if found and found.group(0) else None
        if lead is None:
            return None
        if not (found["word"] or found["within"] or found["end"] or found["month"] or found["quarter"] or found["half"]
                or found["season"]):
            return None
        month, quarter, half, day = found["month"], found["quarter"], found["half"], found["day"]
        year, offset = None, _RELATIVE_YEARS.get(found["word"], 0)
        if found["end"]:
            month = "12"  # 年底, 年末, 年终: the last month of the year
    if found["season"]:
        month = str(_SEASON_MONTHS[found["season"]])  # 年初, 年中
    tail = norm[found.end():].strip(_TRIM)
    around = _AROUND.match(tail)
    hedge = around.group(0) if around else None
    if hedge and spanned:
        return None  # 6-8月前后: around a span of months, no date's hedge
    if spanned and tail.startswith(("内", "之内", "以内")):
        return None  # 3-6月内: more likely within three to six months than by June, so no one date
    if hedge:
        tail = ("前" if hedge == "前后" else "") + tail[around.end():]
    if offset is not None and found.group(0) in ("全年", "全年度") and not tail:
        return None  # a bare 全年 says when, not what is done by then, as 全年完成 does: no target
    done_by = _DEADLINE.match(tail) or found.group(0).endswith(_END_OF) and _END_DONE.match(tail)
    counts = _spelt_counts(tail) if done_by else 0
    if counts:  # 6月底前完成两次检查: the count done by the date, as 6月底前完成2次检查 is
        if _as_target(text):  # a number spelt in words, as 十八次 is: B7 asks for the figures, diff reads them
            return Value(text, Kind.TEXT)
        return Value(text, Kind.UNPARSEABLE, numbers=max(len(NUMBER.findall(norm)), 1) + counts)
    if not done_by or found.group(0).endswith(("月", "月份")) and tail and not spanned \
            and not _MONTH_DEADLINE.match(tail):
        return None
    day = int(day) if day else None
    month_written = month is not None
    month = int(month) if month else _LAST_MONTH.get(quarter or half)
    if not date_exists(year, month, day):
        return None
    deadline = bool(tail) or lead or found.group(0).endswith(_END_OF)
    # 2024年初 is no part of December, nor 第一季度初 of March: a part is of a month written
    part = found["part"] if month_written and day is None else None
    return Value(text, Kind.DATE, op="≤" if deadline else None, date=(year, month, day), deadline=deadline,
                 numbers=sum(g is not None for g in (year, month, day)), offset=offset, hedge=hedge, part=part)


def _spelt_counts(words: str) -> int:
    """How many numbers the words after a date spell in Chinese numerals as a count of the target, or as a percentage
    (`两次`, `三场培训`, `百分之九十`): each a number as a figure there is, which `_DEADLINE` lets no date be followed by
    (`6月底前完成2次检查` is a deadline and a count, two targets). A numeral is a count only where it measures what is
    done (`_done_count`); in a slogan it names a thing (一件事一次办, 一户一档, 三年行动计划, 二期工程), and the date
    stays the deadline it is, the slogan its words."""
    spelt = [found for found in _SPELT.finditer(words) if chinese_number(found.group(1)) is not None
             and not _ONE_OF_A_WORD.match(words, found.start()) and _done_count(words, found)]
    return len(spelt) + len(_CHINESE_PERCENT.findall(words))


def _done_count(words: str, numeral: re.Match) -> bool:
    """Whether a numeral spelt before its unit (`_SPELT`) counts what is done by the date. A slogan is a numeral and
    the measure word of a thing, then more words (一张图, 二期工程, 三年行动计划, 两个确保): only a measure word of
    something done (两次检查, 三场培训, 两批次采购: `_DONE_UNITS`) counts before more words, and so does a count of things
    right after a verb of making them (建成八个站点, 新建三所学校: `_MADE_BEFORE`; a slogan is carried out, 落实四个全面,
    or finished, 完成三个全覆盖, not built), or any count of ten or more (十个站点: slogans count few things, 四个全面). Any count or amount ending
    the value or its clause does (年内五个, 6月底前后两次, 年底前举办两期), but for a phase (`_phase`: 年底前完成二期, the
    second phase, not two).

    一 is a count where nothing else can be meant: in 一万 (年底前支付一万元, `_SPELT` keeps 万 with the unit), with a
    comparator (年底前至少一次, 年底前完成一次以上, 年底前不少于一期), or ending the value or clause right after what is
    done (年底前完成一次, 年内召开一次), which a reviewer checks as one, so that `年底前完成3次` → `年底前完成一次` is a count
    lowered, or right after a verb of holding sessions before more words (年底前完成一次检查, 年底前举办一期培训: `_held`).
    Otherwise it is as often a slogan's (最多跑一次, 只跑一次, 一次办结, 一件事一次办) and stays words. When
    unsure, the numeral is words."""
    unit = next(unit for unit in _UNITS if words.startswith(unit, numeral.end()))
    before = words[: numeral.start()]
    rest = words[numeral.end() + len(unit):].removeprefix(_INCLUSIVE)
    compared_after = next((word for word, _ in _SUFFIX_WORDS if rest.startswith(word)), "")
    rest = rest[len(compared_after):]
    ends = not rest or rest[0] in _TRIM_CHARS
    compared = bool(compared_after) or _compared(before)
    sessions = unit == "期" and _EACH_SESSION in words  # 完成一期，每期50人: 一期 counts sessions of 50
    held = _held(before, unit)
    if numeral.group(1) == "一" and not unit.startswith("万") and not compared and not sessions and not held \
            and not (ends and _DONE_BEFORE.search(before)):
        return False
    if ends:
        return (unit in COUNT_UNITS or unit in MONEY_UNITS) and not (unit == "期" and not compared and not sessions
                                                                    and _phase(before, numeral.group(1)))
    made = _MADE_BEFORE.search(before) is not None and unit in _THINGS and not _SET_PHRASE.match(words, numeral.start())
    about = before.endswith(_ABOUT) and unit in COUNT_UNITS and not _SET_PHRASE.match(words, numeral.start())
    return unit in _DONE_UNITS or sessions or held or made or about or unit in COUNT_UNITS and chinese_number(numeral.group(1)) >= 10


_ABOUT = "约"
"""A hedge right before a numeral (年底前建设约三个中心, 大约两个): about so many, a count, as no programme or slogan is
named about three (建设三个中心 alone may be one: `_MADE_BEFORE`; a set phrase stays one, `SET_PHRASES`); the hedge
is the count's, not the deadline's. Also the 约 of 签约 or 预约 (签约三个项目): what is signed or booked is counted all
the same."""


def _held(before: str, unit: str) -> bool:
    """Whether a numeral and `unit` after `before` count sessions of something held, whatever words follow
    (完成一次检查, 举办一期培训, 组织一轮督查, 举办两期培训班): a measure word of something done (`_DONE_UNITS`, or 期 but
    for a phase: `_phase`, 完成一期工程) right after a verb of holding it (`_HELD_BEFORE`). A reviewer checks
    `年底前完成一次检查` as one inspection, as `年底前完成1次检查`."""
    if not _HELD_BEFORE.search(before):
        return False
    return unit in _DONE_UNITS or unit == "期" and not _phase(before, "一")


def _compared(before: str) -> bool:
    """Whether a comparator comes right before a numeral, or before what is done and then the numeral (`至少一次`,
    `不少于开展一期`, `至少举办一期`): the value states a count outright."""
    done = _DONE_BEFORE.search(before)
    return _leading_op(before[: done.start()] if done else before)[0] is not None


def _phase(before: str, numeral: str) -> bool:
    """Whether 一期 or 二期 ending a value is a phase of a project (年底前完成二期, 上半年建成一期, 完成一期、二期), not a
    count of sessions: right after 完成 or 建成, or after another phase listed with it. 两 is never an ordinal
    (年底前完成两期 is two), nor is a number past 二 as often as it is a count (年底前完成三期, 十二期)."""
    return numeral in ("一", "二") and before.endswith(_PHASE_BEFORE)


_EACH_SESSION = "每期"
"""What a value says of each session (`每期50人`), so that its 一期 or 二期 counts sessions, whatever words follow
(`6月底前完成一期培训，每期50人`), and is no phase of a project (`_phase`)."""
_PHASE_BEFORE = ("完成", "建成", "、", "和", "及")
"""What a phase (一期, 二期) ending a value follows: the completing of it, or another phase it is listed after."""
_HELD_BEFORE = re.compile(r"(?:完成|开展|举办|举行|召开|组织|进行|实施)$")
"""Verbs of holding what is counted in sessions (完成一次检查, 开展一轮督查, 举办一期培训): `_held`. Not 实现 or 达到, whose
一次 is a slogan's (实现一次办结, 实现最多跑一次), nor any verb of `DONE` (服务一次到位)."""
_MADE_BEFORE = re.compile(r"(?:建成|新建|建立|改造|修建|购置|采购|设立|成立|组建|开通)$")
"""Verbs of making or setting up things (建成八个站点, 购置两台设备, 新建三所学校): what follows counts them, a target a
reviewer checks, where after 落实, 实现 or 增强 a numeral names a slogan (落实四个全面, 增强四个意识). Not 完成, which
finishes a slogan as readily as a count (完成三个全覆盖, 完成八项规定学习, 完成五个一工程), nor 建设, the verb of a
programme as much as of building (建设四个中心, 全面建设“高质量发展…”, 推进“网上侨联”建设, as the example specs use
it; 建成 says the things are built, a count). 一 stays words (建成一张图,
建立一本账), and 期 a phase (建成二期工程: `_phase`): `_THINGS`; so does a set phrase (`SET_PHRASES`)."""
_THINGS = tuple(unit for unit in COUNT_UNITS if unit != "期")
"""Measure words a count of things made is written in (`_MADE_BEFORE`): counts, but 期, which after 建成 is a phase."""
SET_PHRASES = r"两个(?:维护|确立|大局|结合)|三个(?:代表|务必)|四个(?:意识|自信|全面)|五个一工程|八项规定"
"""Set phrases whose numeral and measure word count nothing a target is checked by (四个意识, 八项规定, 五个一工程): no
count in a value (`_done_count`: 年底前建立八项规定执行台账), nor in a clause of prose (lint's vague clauses)."""
_SET_PHRASE = re.compile(SET_PHRASES)
_DONE_BEFORE = re.compile(rf"(?:{DONE})$")
"""Something done right before a numeral (完成一次, 召开一次, 至少开展一次): what makes 一 a count (`_done_count`)."""


_DONE_UNITS = ("万人次", "人次", "场次", "批次", "期次", "篇次", "户次", "次", "场", "轮")
"""Measure words of something done, not of a thing (两次检查, 三场培训, 两批次采购, 两轮督查): a count of the target
whatever words follow, where 一张图 or 二期工程 names a thing."""


_ONE_OF_A_WORD = re.compile(r"(?<=[统同唯单逐划之万])一|一(?=起)")
"""一 as part of a word, not a count: 统一, 同一, 唯一, 逐一, 之一, 万一, 一起."""


_ORDINAL = re.compile(r"(?<=第)\d{1,8}(?=" + "|".join(unit for unit in COUNT_UNITS if unit != "名") + ")")
"""An ordinal in figures before a count's measure word (`召开第10次代表大会`, `第3届`, `第2期`): the tenth congress, no
ten meetings. `_parse` reads it spelt (`第十次`), as `_SPELT` leaves an ordinal in numerals, so that lint asks of
`召开第10次代表大会` what it asks of `召开第十次代表大会` and diff reads `第10次` → `第9次` as no count lowered. Not a place
(`第3名`, `排名第3`, `第2位`): a ranking's number, which lint and diff read as one (`lint.terms.RANKING`)."""


def _ordinals_spelt(norm: str) -> str:
    """`norm` with each ordinal in figures (`_ORDINAL`) spelt in numerals, as the value is read."""
    return _ORDINAL.sub(lambda found: _as_compared(_written_in_numerals(int(found.group(0)))), norm)


@lru_cache(maxsize=4096)
def _parse(text: str, grades: frozenset[str]) -> Value:
    norm = _ordinals_spelt(normalise(text))
    if not norm.strip(_TRIM):
        return Value(text, Kind.EMPTY)
    if _spells_a_date(norm) and _dated_in_figures(text):
        return Value(text, Kind.TEXT)  # 二〇二四年12月, 6月十日内完成: a date spelt as words, as 十月底前 is (see `parse`)
    dated = _date(norm, text)
    if dated:
        return dated
    numbers = list(NUMBER.finditer(norm))
    if not numbers:
        word = norm.strip(_TRIM)
        if word in grades:
            return Value(text, Kind.GRADE, grade=word)
        return Value(text, Kind.TEXT)
    counted = _done_by_a_deadline(norm, text, numbers[-1])
    if counted:
        return counted
    frequency = _frequency(norm, text, numbers)
    if frequency:
        return frequency
    spelt = _counts_spelt_before_figures(norm, numbers)
    if len(numbers) + spelt > 1:
        return Value(text, Kind.UNPARSEABLE, numbers=len(numbers) + spelt)
    return _quantity(norm, text, numbers[0])


def _spells_a_date(norm: str) -> bool:
    """Whether `norm` spells a year (`二〇二四年`), a month or a day (`十月`, `十日`) in Chinese numerals. Where the
    value in figures is a date or a count by one (`_dated_in_figures`), it is one spelt in words, whatever part is in
    figures: `6月十日内完成` is `6月10日内完成`, by 10 June, which lint asks to type so and `parse(numerals=True)` reads,
    not six months with the words 十日内完成; `6月十五日前完成2次检查` is two inspections by 15 June, not two numbers."""
    return years_in_figures(norm) != norm or any(_of_a_date(found) for found in _SPELT.finditer(norm))


def _dated_in_figures(text: str) -> bool:
    """Whether `text` in figures (`_as_target`) is a date, or a count or amount done by one (`6月十五日前完成2次检查`
    is `6月15日前完成2次检查`, two inspections by 15 June: `Value.by`), where `_spells_a_date` finds the date spelt."""
    read = _as_target(text, Kind.DATE, Kind.QUANTITY)
    return read is not None and (read.kind is Kind.DATE or read.by is not None)


def _quantity(norm: str, text: str, found: re.Match) -> Value:
    """The QUANTITY of the number `found` in `norm`, with its comparator, unit and the words around it."""
    op, prefix = _leading_op(norm[: found.start()])
    done = _DONE_BEFORE.search(prefix) if op is None else None
    if done:  # 年底前至少开展1次: the comparator before what is done is the count's, as `_compared` reads it
        op, before = _leading_op(prefix[: done.start()])
        prefix = before + done.group(0) if op else prefix
    unit, suffix_op, suffix = _unit_and_suffix(norm[found.end():])
    if suffix_op and norm[: found.start()].endswith(_HELD_AT):
        op = suffix_op  # 控制在95%以上: where it is held, the 以上 says which way
    cap = _DURATION_CAP.search(prefix) if op is None and unit in _DURATIONS else None
    if cap:
        op, prefix = "≤", prefix[: cap.start()]  # 不晚于5天
    count = unit.split("/", 1)[0] if unit else None
    each = (_opening_period(prefix) or _EACH_PERIOD_LAST.search(prefix) or _BARE_PERIOD.fullmatch(prefix)
            if count in COUNT_UNITS else None)
    if each and count != unit:  # 每季度1次/2个月: two periods, no one frequency; the one after the count stays words
        unit, suffix_op, suffix = count, None, norm[found.end() + len(count):]
    elif each:  # 每季度至少1次, 党支部每月1次, 2个月1次: 1次/季度, 1次/月, 1次/2个月
        unit, prefix = f"{unit}/{_period_of(each)}", prefix[: each.start("each")] + prefix[each.end("each"):]
    return Value(text, Kind.QUANTITY, op=op or suffix_op, number=Decimal(found.group(0).replace(",", "")), unit=unit,
                 prefix=prefix.strip(_TRIM), suffix=suffix.strip(_TRIM), numbers=1)


_EACH_PERIOD = re.compile(r"(?P<each>每(?:个|(?P<many>[两二三四五六]|[1-9]\d*)个?)?(?P<period>季度|季|半年|月|年|周|天|日)度?)")
"""A period a count is done in each of, written before it (`每季度至少1次`, `每季1次`, `每半年至少1次`, `每两个月1次`,
`每2个月1次`, `每月开展2次`, `每年度1次`; also after the words of who does it, `党支部每月1次`: `_EACH_PERIOD_LAST`): the
frequency `1次/季度` writes after it, so that B9 reads either as a 时效 row's frequency
and diff compares them as one unit (`times_a_year`)."""
_EACH_PERIOD_LAST = re.compile(rf"{_EACH_PERIOD.pattern}(?:{DONE})?$")
"""The period ending the words before the count, after who does it, or before only what is done (`党支部每月1次`,
`党支部每月不少于2次活动`, `党支部每月开展2次`): a frequency as one opening them is. Not one with other words between
it and the count (`活动每月汇总，全年开展2次`), which may say another thing than how often."""
_BARE_PERIOD = re.compile(r"(?P<each>(?P<many>[一两二三四五六](?=个月|周|年)|[1-9]\d*(?=个月|周))?"
                          r"(?P<period>(?(many)(?:个月|周|年)|(?:半年|季度))))")
"""A period that is all the words before a count (`2个月1次`, `两个月至少1次`, `一个月1次`, `3周1次`, `一年1次`, `半年1次`,
`季度1次`): once in every two months, as `每2个月1次` and `1次/2个月` are, once a year as `每年1次` is, not two targets
or a count of 1 with words. Months only of a length with 个 (`12月1次`, `一月1次` may be once in December, January),
weeks, and years only in numerals (`2024年1次` is once in that year); a half year or quarter only alone (`上半年1次`,
`一季度1次`: once in that one); with a word between (`2个月完成1次`, a count done within two months?) it stays two
numbers."""
_CLAUSE_BREAK = re.compile(r"[,;，；。]")


def _opening_period(prefix: str) -> re.Match | None:
    """`_EACH_PERIOD` opening the words before the count, in the count's own clause: `每季度至少1次`, `每月开展2次`, but
    not `每月调度，全年2次`, where the month is how often something else is done and the count is the year's."""
    each = _EACH_PERIOD.match(prefix)
    return each if each and not _CLAUSE_BREAK.search(prefix, each.end()) else None


_FREQUENCY_PERIOD = re.compile(r"(?P<many>(?:[1-9]\d*|[两二三四五六])?)(?P<period>半年|季度|个月|月|年|周|天|日)")
"""The period of a frequency after its `/` (`次/季度`, `次/半年`, `次/2个月`, `次/两个月`, as `每两个月1次` is read), as
`_period_of` writes one said before. A length of 0 (`1次/0个月`, `每0个月1次`) is no period, a typo `times_a_year`
could not divide by."""
_TIMES_A_YEAR = {"年": 1, "半年": 2, "季度": 4, "个月": 12, "月": 12, "周": 52, "天": 365, "日": 365}


def _period_of(each: re.Match) -> str:
    """The period of `_EACH_PERIOD` as a frequency's unit writes it: 季 is 季度, 两个月 is 2个月, 一个月 is 月."""
    period = "季度" if each["period"] == "季" else each["period"]
    if not each["many"] or _period_length(each["many"]) == 1:  # 一个月1次, 每1年1次: once a month, a year
        return "月" if period == "个月" else period
    return f"{_period_length(each['many'])}{'个月' if period == '月' else period}"


def _period_length(many: str) -> int:
    """How many of its units a frequency's period lasts, in figures or a numeral (`2个月`, `两个月`)."""
    return int(many) if many.isdigit() else chinese_number(many)


def times_a_year(value: Value) -> Decimal | None:
    """How many times a year a frequency asks a count done (`1次/季度` and `每季度1次` 4, `每两个月1次` 6, `2次/月` 24),
    else None: two frequencies of one count in different periods are then compared as a reviewer does (`每月1次` →
    `每季度1次` is fewer), and B9 takes any of them for a 时效 row's frequency."""
    if value.kind is not Kind.QUANTITY or not value.per or value.unit.split("/", 1)[0] not in COUNT_UNITS:
        return None
    period = _FREQUENCY_PERIOD.fullmatch(value.per)
    if period is None:
        return None
    return value.number * _TIMES_A_YEAR[period["period"]] / (_period_length(period["many"]) if period["many"] else 1)


def _frequency(norm: str, text: str, numbers: list[re.Match]) -> Value | None:
    """A count done once in each period of a length in figures (`1次/2个月`, `每2个月1次`): one frequency, `1次/2个月`,
    as `每两个月1次` is, the period's number saying how long the period is, not a second target; else None. Only where
    the count read alone takes the other number as its period (`times_a_year`) and keeps no number in its words."""
    if len(numbers) != 2:
        return None
    for count, period in (numbers, reversed(numbers)):
        read = _quantity(norm, text, count)
        length = _FREQUENCY_PERIOD.fullmatch(read.per or "") if times_a_year(read) is not None else None
        if length and length["many"] == period.group(0) and not NUMBER.search(read.prefix + read.suffix):
            return read
    return None


def _done_by_a_deadline(norm: str, text: str, count: re.Match) -> Value | None:
    """A count or an amount done by a deadline written before it (`6月底前完成2次检查`, `次年3月底前开展不少于3场培训`,
    `年底前完成2次检查`, `次年3月底前支付1万元`): one target, the count or the money, as a reviewer checks it (were
    two inspections done, was the money paid, by then?), its deadline `Value.by`, which lint's D7 and B9 and diff's
    时限推后 read as they read the deadline alone: a payment put into the next year is outside the budget year
    however its amount is written. Only a count (`COUNT_UNITS`) or money (`MONEY_UNITS`, its number as typed) after
    nothing but a deadline and what is done by then; None for anything else (`6月底前完成率≥95%`, `2024年开展3次`: no
    deadline; `6月底前完成2次，12月底前完成4次`: more numbers after)."""
    unit, _, suffix = _unit_and_suffix(norm[count.end():])
    if unit not in COUNT_UNITS and unit not in MONEY_UNITS or NUMBER.search(suffix):
        return None
    _, head = _leading_op(norm[: count.start()])
    head = head.strip(_TRIM)
    by = _date(head, head) if head else None
    if by is None or by.kind is not Kind.DATE or not by.deadline:
        return None
    return replace(_quantity(norm, text, count), by=by)


def count_as_beside(value: Value, beside: Value) -> Value:
    """`value` read as the count done by its deadline that `beside` writes in figures of the same things, where alone
    its numeral stays words (`年底前建设两个中心` beside `年底前建设3个中心`: 2个中心 by the year's end); else as it is.
    Alone 建设四个中心 may name a programme (`_MADE_BEFORE`), and lint's B7 asks no figure of it; the other draft,
    typing the count, says it is one, so that diff reads 3 → 2 centres as a count lowered. The words before the
    count may differ, as a hedge or a later deadline makes them (`年底前建设约三个中心`, `力争年底前建设三个中心`: the
    hedge is then the count's or the deadline's, as in figures, not the bare deadline's); a set phrase
    (`年底前落实四个全面`: `SET_PHRASES`) stays words whatever the other draft typed."""
    if value.kind is not Kind.DATE or beside.by is None or _SET_PHRASE.search(value.text):
        return value
    figures = _in_figures(value.text)
    read = _parse(figures, _DEFAULT_GRADES) if figures != value.text else None
    if read is None or read.by is None or (read.unit, read.suffix) != (beside.unit, beside.suffix):
        return value
    return replace(read, text=value.text)


def count_alone(value: Value) -> Value:
    """A count done by a deadline (`Value.by`) as the count alone, the deadline and the words of what is done by it out
    of its measure: `年底前完成3次检查` and `次年3月底前完成2次检查` are one measure, the count lowered, whose deadline is
    weighed apart. Any other value as it is."""
    return value if value.by is None else replace(value, prefix="", by=None)


def _counts_spelt_before_figures(norm: str, numbers: list[re.Match]) -> int:
    """How many counts the value spells in Chinese numerals (`_spelt_counts`) where a deadline and such a count come
    before a number in figures (`年底前完成两次，每次50人`, `年底前完成一次，12月底前完成两次`): two targets, as
    `年底前完成2次，每次50人` is, not the last number with the rest as its words; else 0. Only after a deadline is a
    numeral known to count (`_done_count`), so a slogan before a figure (`年底前实现最多跑一次，满意度95%`) is words."""
    for found in numbers:
        head = norm[: found.start()].strip(_TRIM)
        read = _date(head, head) if head else None
        if read is not None and read.kind is not Kind.DATE:  # _date reads a deadline and a spelt count so
            return _spelt_counts(norm)
    return 0


_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGEST_READ = 99_999_999
_CHINESE_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?")


def _section_in_numerals(number: int) -> str:
    """1–9999 as written within a number: 一千零五, 二百一十, with one 零 for a gap between two digits."""
    words, gap = "", False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // size % 10
        if digit:
            words += ("零" if gap else "") + "零一二三四五六七八九"[digit] + unit
            gap = False
        elif words:
            gap = True
    return words


def _written_in_numerals(number: int) -> str:
    """0–99,999,999 spelt as a form writes it, before `_as_compared`: 一万零五百, 二百万一千, 一十万."""
    tens_of_thousands, rest = divmod(number, 10000)
    words = _section_in_numerals(tens_of_thousands) + "万" if tens_of_thousands else ""
    if rest:
        words += ("零" if words and rest < 1000 else "") + _section_in_numerals(rest)
    return words or "零"


def _as_compared(written: str) -> str:
    """A spelling with what may be written either way made one: 〇 is 零, 一十 is 十 (十五, 一百一十 or 一百十), and
    两 before 百, 千 or 万 is 二 (两千, 一万两千; not 十两万, 两十)."""
    return re.sub(r"(?<!十)两(?=[百千万])", "二", written.replace("〇", "零")).replace("一十", "十")


def chinese_number(written: str) -> int | None:
    """The whole number from 0 to 99,999,999 that Chinese numerals spell (零, 两, 十二, 一百零五, 两千, 一千零五,
    一万零五百), or None where they spell no one number: 十四五 (a plan's name), 两三 (a guess), or what is spoken
    short, 三百五 (350, not 305), 一千五, 一万五.

    The numerals are added up as written, then the sum spelt back: only a spelling that a form would print
    for that number reads, so no slip (两十, 一万五百, 一千零零五) becomes a number it does not say."""
    if written == "两":
        return 2
    total = section = 0
    digit = None
    for numeral in written:
        if numeral in "零〇":
            continue  # a gap, which the spelling back checks: 一千零一十 is 1000 and 一十
        if numeral in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[numeral]
        elif numeral in _CHINESE_UNITS:
            section, digit = section + (1 if digit is None else digit) * _CHINESE_UNITS[numeral], None
        elif numeral == "万":
            total, section, digit = (section + (digit or 0)) * 10000, 0, None
        else:
            return None
    number = total + section + (digit or 0)
    if not written or number > _LARGEST_READ or _as_compared(written) != _as_compared(_written_in_numerals(number)):
        return None
    return number


def in_digits(text: str) -> str | None:
    """`text` with a percentage written in Chinese numerals in digits (`不低于百分之九十五` → `不低于95%`), or None
    when it has none. Written so, a target has no number to check; the author is told the digits to type."""
    def digits(found: re.Match) -> str:
        whole = 100 if found.group(1) == "百" else chinese_number(found.group(1))  # 百分之百
        if whole is None:
            return found.group(0)
        fraction = "".join(str(_CHINESE_DIGITS[ch]) for ch in found.group(2) or "")
        return f"{whole}.{fraction}%" if fraction else f"{whole}%"

    rewritten = _CHINESE_PERCENT.sub(digits, text)
    return rewritten if rewritten != text else None


NUMERALS = "〇零一二两三四五六七八九十百千"
"""The Chinese numerals a number may be spelt with (第三, 前十, 约八次): one class for the lint rules that read them
(`terms.NUMERALS`) and, with 万 (`_NUMERALS`), for the numbers read here before a unit."""
_NUMERALS = NUMERALS + "万"
_BEFORE_A_UNIT = r"(?=(?:" + "|".join(map(re.escape, _UNITS)) + r")(?!性))"
_SPELT = re.compile(rf"(?<![第几数0-9亿跑{_NUMERALS}])(?!一批(?!次))([{_NUMERALS}]*[{NUMERALS}]|[{_NUMERALS}]+)"
                    + _BEFORE_A_UNIT)
"""Chinese numerals right before a unit (十八次, 两场, 十月, 两千人次): not an ordinal (第十八次), an estimate (数十次),
一次性, the 一批 that means 'some' (a 一批次 is one batch), the trips of a slogan (最多跑一次, 只跑一次: how often a
citizen goes to an office, no count of the unit's) or the tail of a number in 亿. A 万 that a unit starts
stays with it (两万人次 is 2万人次, 五百万元 500万元), as authors write such amounts; before another unit it is the
number's (两万平方米 is 20000平方米)."""


_LARGE_NUMERALS = _NUMERALS + "亿"
_SPELT_LARGE = re.compile(rf"(?<![第几数0-9{_LARGE_NUMERALS}])[一二两三四五六七八九十][{_LARGE_NUMERALS}]*[千万亿][{_LARGE_NUMERALS}]*"
                          + _BEFORE_A_UNIT)
"""A number of a thousand or more spelt before its unit (一千平方米, 两万人次), also one `chinese_number` does not
read: spoken short (一千五次) or in 亿 (一亿五千万元)."""


def spells_large_number(text: str) -> bool:
    """Whether `text` spells a number of a thousand or more in Chinese numerals before its unit: such a value
    has a number, only not one in figures, so it is no target turned into words."""
    return _SPELT_LARGE.search(text) is not None


def _in_figures(text: str) -> str:
    """`text` with each number spelt in Chinese numerals before its unit, each year spelt before 年 (`二〇二四年`,
    year_digits) and each percentage, in digits. Where the date alone in figures makes the value a date, only the
    date is: `次年三月底前落实四个全面` is `次年3月底前落实四个全面`, its 四个全面 a slogan's as `年底前落实四个全面`'s is
    (`_spelt_counts`), no count to write 4."""
    def figures(found: re.Match) -> str:
        number = chinese_number(found.group(1))
        return found.group(1) if number is None else str(number)

    text_with_years = years_in_figures(in_digits(text) or text)
    dated = _SPELT.sub(lambda found: figures(found) if _of_a_date(found) else found.group(0), text_with_years)
    if dated != text and _parse(dated, _DEFAULT_GRADES).kind is Kind.DATE:
        return dated
    return _SPELT.sub(figures, text_with_years)


def _of_a_date(numeral: re.Match) -> bool:
    """Whether a numeral `_SPELT` found is a date's month or day (三月, 三十日), not a count of months (三个月)."""
    return numeral.string.startswith(("月", "日"), numeral.end())


def _as_target(text: str, *kinds: Kind) -> Value | None:
    """What `text` reads as with its Chinese numerals in figures (`十八次` as `18次`), when that number and its
    unit end it as a target's do (`不少于十八次`, `十八次以上`, `百分之九十五`, `十月底前`, `两千人次`), or it is a
    date (`二〇二四年12月`); else None, also when it reads as none of `kinds` (when given). A number with words after
    it (`一次性补助`, `十八次培训活动`) may be no target's, and is not read, but for a time within which something is
    done (`十日内完成`, `十五个工作日内办结`: a duration, ≤10日, as `10日内办结` is; not a rate, `十日内完成率`), and
    a hedge after the number (`两次左右`, `十次上下`: `_AROUND`), which is `2次左右` hedged, no words: B7 asks for the
    figures, where it told the author `两次左右` was no checkable target, and diff called `3次` → `两次左右` one."""
    figures = _in_figures(text)
    if figures == text:
        return None
    read = _parse(figures, _DEFAULT_GRADES)
    within = read.op == "≤" and read.unit in TIME_UNITS and _END_DONE.match(read.suffix) is not None
    hedged = _AROUND.fullmatch(read.suffix) is not None
    target = read.kind is Kind.DATE or read.kind is Kind.QUANTITY and (
        not read.suffix or read.by is not None or within or hedged)
    return read if target and (not kinds or read.kind in kinds) else None


def in_figures(text: str) -> str | None:
    """`text` as the author should type it, where it spells its number in Chinese numerals: the target's number
    in figures (`十八次` → `18次`, `不少于十二场` → `不少于12场`, `十月底前` → `10月底前`, `两千人次` → `2000人次`,
    `二〇二四年底前` → `2024年底前`), or
    a percentage anywhere in digits (`百分之九十五的群众满意` → `95%的群众满意`, as `in_digits`); None when it spells
    neither, and for a value `parse` reads as a date whatever numerals its words hold (`年底前落实四个全面`: a slogan
    after a deadline, no number to type; spelt after one, only its date: `次年三月底前落实四个全面` →
    `次年3月底前落实四个全面`). Lint's B7 tells the author these figures; `parse(numerals=True)` reads the same number."""
    if _parse(text, _DEFAULT_GRADES).kind is Kind.DATE:
        return None
    read = _as_target(text)
    return read.text if read else in_digits(text)


def measurable(value: Value) -> bool:
    """Whether a reviewer can check `value`: anything but words and a blank (lint's B6; diff's 目标不可衡量), where
    words that spell a number in Chinese numerals (`十八次`, `百分之九十五的群众满意`, `一千五次`) are a number badly
    written, which B7 asks to put in figures, not words. The same for a value read with `numerals` or without."""
    if value.kind is Kind.TEXT:
        return in_figures(value.text) is not None or spells_large_number(value.text)
    return value.kind is not Kind.EMPTY


def _spelt(value: Value) -> Value:
    """A value of words read for the number its Chinese numerals spell, where they spell a target's (`_as_target`);
    a date without figures and a count spelt after it (`年底前完成两次检查`, two numbers: `_date`) read as its
    figures do (`年底前完成2次检查`, the count done by the year's end), so that `年底前完成3次检查` → `年底前完成两次检查`
    is a count lowered, as typed in figures."""
    if value.kind is Kind.UNPARSEABLE:
        read = None if NUMBER.search(normalise(value.text)) else _parse(_in_figures(value.text), _DEFAULT_GRADES)
    else:
        read = _as_target(value.text)
    return value if read is None else replace(read, text=value.text)


def parse(text: str | None, grades: frozenset[str] = _DEFAULT_GRADES, numerals: bool = False) -> Value:
    """Read one printed indicator value; never raises, never changes `text`.

    With `numerals`, words that spell a number in Chinese numerals read as that number (`十八次` as 18 次),
    as diff compares two drafts; lint leaves it off, since a target so written has no figure a budget system
    can store, and B7 tells the figures to type (`in_figures`)."""
    value = _parse("" if text is None else str(text), grades)
    return _spelt(value) if numerals and value.kind in (Kind.TEXT, Kind.UNPARSEABLE) else value
