"""What a value read is (`Kind`, `Value`) and the words it is read with: units, comparators, the normalised copy.

`values.parse` and each module that reads a part of a value (its date, a count spelt in numerals, a frequency, a
range) share these: one list of units, one of comparator words and one normalising, so that a part read apart is
read as the whole value is. A caller that only asks what a value is (its kind, its money, its unit) needs no more.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import MAX_PREC, Context, Decimal
from enum import Enum
from functools import lru_cache

from .hedge_words import OPENING_HEDGES


class Kind(str, Enum):
    QUANTITY = "quantity"
    DATE = "date"
    GRADE = "grade"
    TEXT = "text"
    UNPARSEABLE = "unparseable"
    EMPTY = "empty"


GRADES = (
    "是", "否", "有", "无", "达到", "未达到", "达标", "未达标", "优", "良", "中", "差", "优秀", "良好", "优良", "中等", "较差",
    "合格", "不合格", "健全", "合理", "明确", "科学", "规范", "合规", "完善", "完整", "公开", "有效", "及时", "准时", "按时",
    "按期", "完成", "已完成", "全部完成", "按时完成", "按期完成", "符合", "满足", "准确", "一致", "平衡", "到位", "通过",
    "全覆盖", "零事故", "零投诉", "零差错", "无事故", "无投诉", "无差错", "零安全事故", "无安全事故", "零发生", "零发案",
    "不发生", "未发生", "杜绝", "零伤亡", "零死亡", "无伤亡", "无死亡", "零事件", "无事件", "零返贫",
    "无返贫", "零致贫", "无致贫",
)
"""Graded, checkable 定性 terms (财预〔2011〕285号: 定性的分级分档形式); lint may configure its own list. 中等 and 较差 are
中 and 差 as a unit words them (`lint.grade_ladders`): one grade is checkable in either wording, and 优良 (good or
better) is 良 as a target. 完整 is the state a name ends in (档案资料完整性), as 规范 and 健全 are; 无安全事故 is none,
as 无事故 is, and so are 零发生, 不发生 and 零发案 of what the name counts (较大以上道路交通事故 零发生, 区域性食品安全事件 不发生, 刑事案件 零发案), and 零伤亡 and
零死亡 (无伤亡, 无死亡) of the people an accident harms (生产安全事故 零死亡), and 零事件 and 无事件 of incidents
(突发事件应对法 grades them 一般 to 特别重大 as accidents are: 无重大网络安全事件), and 零返贫 and 无返贫 (零致贫, 无致贫) of
the poor falling (back) into poverty (不发生规模性返贫), the way safety and poverty-relief targets are written; 未发生 and 杜绝 (安全事故 未发生,
重大事故 杜绝) are the commitment to none that 不发生 is: a target is the year's end to come, so 未发生 says what the year is to
close with, and a reviewer checks each as surely (B7 told both they were no checkable target). A grade or better (良好以上,
合格及以上) is that grade as a target (`floor_grade`). The list is the one answer to whether a word is a checkable target,
lint's B7 and diff's 目标不可衡量 alike (`values.measurable`).
平衡 is a state of accounts as 合规 is (医保基金当期收支 平衡: what came in covers what went out, read off the year's
accounts); a word of how much is left over besides (收支平衡、略有结余) says no amount, and is no grade."""
DEFAULT_GRADES = frozenset(GRADES)

LADDERS = (
    (("优", "优秀"), ("良", "良好", "优良"), ("中", "中等", "合格"), ("基本合格",), ("差", "较差", "不合格")),
    (("非常满意", "很满意"), ("满意",), ("比较满意", "较满意"), ("基本满意", "一般"), ("不满意",), ("非常不满意",)),
    (("达标",), ("基本达标",), ("未达标", "不达标")),
    (("达到",), ("基本达到",), ("未达到",)),
)
"""Each scale's grades, best first (`lint.grade_ladders`, which reads a step down them); words of one step are one
grade (`优` and `优秀`, `中`, `中等` and `合格`); 优良, good or better, asks what 良 does: `优` → `优良` is a step down,
`良好` → `优良` none."""


def floor_grade(word: str) -> str | None:
    """The grade X of a floor of grades, `X以上` (`良好以上`, `合格及以上`, `合格或以上`): X or better, which as a target
    asks what X does, as 优良 asks what 良 does, and which a reviewer checks as surely (B7 told `良好以上` it was no
    checkable target while `良好` and `优良` passed). None for any other word, and where X is on no scale (`LADDERS`) or
    is its lowest (`不合格以上`: no outcome falls below it), or is a standard met (`_MET`)."""
    suffix = next((suffix for suffix, op in SUFFIX_WORDS if op == "≥" and word.endswith(suffix)), "")
    grade = word[: len(word) - len(suffix)]
    ranked = grade not in _MET and any(grade in step for ladder in LADDERS for step in ladder[:-1])
    return grade if suffix and ranked else None


ZERO_AS_NONE = "零(?!星|散|售|容忍|增)"
"""零 saying none as 无 does (零事故, 零停电, 零伤亡), not where it begins a word of its own (零星: sporadic, 零散, 零售,
零容忍: a stance, not a count), nor of a growth (零增长, 零增幅, 零增速, 零增加, 零增: growth kept to at most 0%, the
ceiling a cost such as 三公经费 or a headcount is held under, where B2 told 三公经费增长率 零增长 to write 0%, an exact
value a fall misses, and 人员编制数 零增加 to write 0人): read by `none_grade` and by lint's bad and good states
(`terms._NO_STATE`, `_FREE_OF`). 零新增 (none new: 新增债务 零新增) is none."""
ZERO_GROWTH = re.compile("零增(?:长|幅|速|加)?")
"""Zero growth written whole (零增长, 零增幅, 零增速, 零增加, 零增: `ZERO_AS_NONE`): a ceiling of 0 on a growth, which
lint's B2 tells a growth rate to write as `≤0%`, where it showed `≥90%`, a floor on a rate to raise."""
_NONE_WORD = rf"{ZERO_AS_NONE}|无(?!论|法|需|须|效|人机|纸|线|害|障碍|偿|证|照)"
"""零 or 无 saying none, not opening a word of its own (零星, 无论, 无法, 无人机: `none_grade`)."""
_AVERTED = "(?:杜绝|[不未]发生)(?!变化|变动|改变|变更|率)"
"""Words that keep a harm from happening at all, before it (杜绝重大事故, 不发生重大安全事故, 未发生安全事故) or alone
(不发生, 未发生, 杜绝): none of it, as 零 and 无 say. Not before a change (未发生变化, 不发生变动: the count stays what
it was, which B2 told was 0, 在职人数 未发生变化 → 请写成 0人) nor a rate (未发生率: a name, no value)."""
_HARMS = "事故|投诉|差错|伤亡|死亡|事件|返贫|致贫"
"""Harms a value keeps to none (`none_grade`); 事件 an incident (不发生重大基金安全事件, 无重大网络安全事件), which B7 told was
no checkable target while 不发生重大安全事故 passed; 返贫 and 致贫 the poor falling (back) into poverty, the floor a
rural-revitalisation or medical-aid target keeps (不发生规模性返贫, 不发生规模性因病致贫返贫), which B7 told likewise.
Only with a none or 杜绝 before or after it: 事件 alone is no harm."""
COMMITMENTS = "确保|实现|做到"
"""Words that commit to the target after them, no hedge (确保良好, 实现全覆盖, 做到全覆盖): the grade after them is the
target, checked as surely alone (`uncommitted`)."""
_COMMITTED = f"(?:{COMMITMENTS}|坚决|全年)*"
"""Words a target of none opens with that commit to it, no hedge (确保不发生重大事故, 坚决杜绝重大事故, 全年未发生安全事故,
实现零事故): B7 told each it was no checkable target, though the none after them is checked as surely alone. A hedge
(力争零投诉) is none of them: read as a hedged grade is (力争良好: B6, and diff's 目标不可衡量)."""
_OPENING_COMMITMENTS = re.compile(rf"^(?:{COMMITMENTS})+(?=.)")


def uncommitted(word: str) -> str:
    """`word` without the commitment words opening it (`COMMITMENTS`: `确保良好` → `良好`, `实现全覆盖` → `全覆盖`), as
    it is otherwise: the grade a committed value asks is the grade itself, where B7 told `确保良好` it was no checkable
    target, B2 told `政策宣传覆盖率 实现全覆盖` it had no number (全覆盖: 100%), and diff marked `良好` → `确保良好`
    目标不可衡量. Only these: 全年 and 坚决 say when or how firmly (`全年良好` stays words), and a word left alone is no
    grade to read (`实现`)."""
    return _OPENING_COMMITMENTS.sub("", word)
_NONE_OF_A_KIND = re.compile(
    rf"{_COMMITTED}(?:(?:(?P<none>{_NONE_WORD})|{_AVERTED})(?P<kind>[\u4e00-\u9fff]{{0,8}}?(?P<harm>{_HARMS}))(?:的?发生)?"
    rf"|(?P<kind_first>(?:(?!{'|'.join(OPENING_HEDGES)})[\u4e00-\u9fff]){{0,8}}?(?P<harm_first>{_HARMS}))"
    rf"(?:{_AVERTED}|{ZERO_AS_NONE}发生))")
"""None of a kind of harm, the none before it (无重大事故, 杜绝重大事故的发生) or after it (重大事故杜绝, 重大事故零发生,
安全事故未发生: B7 told these no checkable target, where 杜绝重大事故 passed). The words before a harm written first hold
no hedge (`hedge_words.OPENING_HEDGES`): 力争重大事故零发生, 原则上重大事故不发生 are hedged as 力争零投诉 is, not a grade
that B6 and diff's 目标不可衡量 then let pass."""
_SAYS_NONE = re.compile(rf"(?:{_NONE_WORD}|{_AVERTED})")


def says_none(word: str) -> bool:
    """Whether a value's word opens by saying none of what is counted: 零 or 无 as none (`零事故`, `无投诉`, `无`), or
    a harm kept from happening (`_AVERTED`: `不发生`, which a safety target writes as 零发生, 区域性食品安全事件 不发生;
    `未发生`, the year closing with none; `杜绝重大事故`). Not 零星投诉 (sporadic), 无论大小事故 nor 无法避免事故 (clauses cut
    short), which B2 told said the number 0 (`looser.number_in_words`)."""
    return bool(_SAYS_NONE.match(word)) or none_grade(word) is not None


def none_grade(word: str) -> str | None:
    """The grade of none a value asks of a kind of harm (`无重大事故` → `无事故`, `零伤亡事故` → `零事故`, `无人员伤亡` →
    `无伤亡`, `无较大以上安全生产事故` → `无事故`, `无重大事故发生` → `无事故`; kept from happening, `_AVERTED`:
    `杜绝重大安全事故`, `不发生重大事故`, `未发生安全事故`, after the harm `重大事故杜绝`, `重大事故零发生`, committed to
    `确保不发生重大事故` → `无事故`): none of that kind, which a reviewer checks as surely
    as none at all, and which B7 told was no checkable target while `无安全事故` and `零伤亡` passed. None for
    any other word, and where the 零 or 无 begins a word of its own (`零星投诉`, `零容忍事故`, `无论大小事故`,
    `无法避免事故`): sporadic complaints, a stance or a clause cut short, none of which asks for none."""
    found = _NONE_OF_A_KIND.fullmatch(word)
    return (found["none"] or "无") + (found["harm"] or found["harm_first"]) if found else None


_SEVERER = re.compile(r"(?:特别)?重大|较大|特大|严重|以上")
"""Words of how grave a harm is (重大, 较大以上): written before a kind kept to none, they narrow it to its grave cases."""
_GRADE_OF_HARM = re.compile(r"(?P<grade>特别重大|重特大|特大|重大|较大|一般)(?:及|或)?(?:以上)?")
_GRAVITY = {"一般": 0, "较大": 1, "重大": 2, "重特大": 2, "特别重大": 3, "特大": 3}
"""The national grades of an accident or an emergency (一般、较大、重大、特别重大; 特大 their older name for the gravest),
mildest first, as a harm kept to none names them: each covers the graver ones too, as no target keeps 重大事故 to none
and lets 特别重大 ones happen (`无重大事故` is `无重大以上事故`). 重特大 is 重大 and 特别重大 together, so 重大 and up,
not the gravest (searched as 特大, it left 重事故, another kind: `无较大以上事故` → `无重特大事故` went unmarked). 一般 is
the mildest grade every accident falls in, so `一般以上事故` is every accident, as `事故` is."""


def harm_kept_to_none(word: str) -> str | None:
    """The kind of harm a value keeps to none, in its own words (`无重大事故` → `重大事故`, `杜绝事故` → `事故`,
    `重大安全事故零发生` → `重大安全事故`), else None (`不发生` names none; `零星投诉`: `none_grade`)."""
    found = _NONE_OF_A_KIND.fullmatch(word)
    return (found["kind"] or found["kind_first"]) if found else None


def narrower_harm(kind: str, than: str) -> bool:
    """Whether the harm `kind` is a grave part of the harm `than`: `than` with words of gravity before it (`重大事故` of
    `事故`, `重大安全事故` of `安全事故`, `较大以上事故` of `事故`), or one kind named by a graver national grade
    (`_GRAVITY`: `重大事故` of `较大以上事故`, `特大事故` of `重大事故`). Kept to none, it lets the rest happen: `无事故` →
    `无重大事故` asks less. Not another kind (`投诉` of `事故`), nor one only worded apart (`安全事故` of `事故`,
    `人员伤亡` of `伤亡`, `特大事故` of `特别重大事故`), nor every grade (`一般以上事故` of `事故`), which asks as much
    to a reviewer."""
    (rank, harm), (than_rank, than_harm) = _graded(kind), _graded(than)
    if harm == than_harm:  # one kind, of two grades
        return rank > than_rank
    # every grade is the harm itself, its 以上 no gravity: 一般以上安全事故 is 安全事故, only worded apart from 事故, and
    # 重大安全事故 is a grave part of 一般以上事故 as of 事故
    kind, than = (harm if rank == 0 else kind), (than_harm if than_rank == 0 else than)
    return len(kind) > len(than) and kind.endswith(than) and bool(_SEVERER.search(kind[: -len(than)]))


def _graded(kind: str) -> tuple[int, str]:
    """The rank of the national grade a harm is named by (`_GRAVITY`: `较大以上事故` 1, `重大安全事故` 2) and the harm
    without it (`事故`, `安全事故`); rank 0, every grade, and the harm as it is where it names none (`安全事故`)."""
    found = _GRADE_OF_HARM.search(kind)
    if found is None:
        return 0, kind
    return _GRAVITY[found["grade"]], kind[: found.start()] + kind[found.end():]


_MET = ("达到", "达标")
"""A standard met, whose scale has nothing above it to be a floor of: `达到以上` is `达到以上要求` cut short, the
requirements above left unsaid, and `达标以上` no better than 达标; read as floors, B7 took both as checkable grades."""

MONEY_UNITS = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "百万元": Decimal(100),
               "千万元": Decimal(1000), "亿元": Decimal(10000), "百亿元": Decimal(10) ** 6, "千亿元": Decimal(10) ** 7,
               "万亿元": Decimal(10) ** 8}
"""Money units and their size in 万元, the unit every spec's amounts use. 千万元 is 1000万元 (`1千万元`), as 百万元 is
100: without it 千万 before 元 was read as no unit, and `1千万元` → `800万元` compared as no amounts. 百亿元, 千亿元 and
万亿元 (`≥1.2万亿元` of a province's output, `≥5千亿元`) are 10^6, 10^7 and 10^8 万元, which C1 told had no money unit."""
_SCALED = Context(prec=MAX_PREC)
"""An amount times a unit's size, a power of ten: exact, where the default context's 28 digits rounded a 40-digit cap."""

SHIFTS = {unit: -size.adjusted() for unit, size in MONEY_UNITS.items() if size < 1}
"""The money units below 万元 an amount is typed in and read from (元, 千元), and the places its point moves to
read it in 万元 (4, 1)."""

YUAN_MULTIPLIERS = "十百千万亿"
"""What makes 元 a multiple of it in a unit a label or line says (万元, 千元): a unit other than 元, read or not."""

FOREIGN_CURRENCIES = ("美元", "欧元", "港元", "港币", "日元")
"""Currencies other than the yuan, in which trade and foreign investment are counted (实际使用外资 ≥1.2亿美元, 进出口总额
≥50亿美元): units, as B3 asks, but no money in 万元 (`MONEY_UNITS`), since no rate of exchange is fixed for a budget
year; B3 told `≥1.2亿美元` it had no unit. 港币 is 港元 as commonly written (`_OTHER_NAMES`): B3 told `≥5亿港币` it
had no unit. A currency's name is one unit, the longest listed winning (`UNITS`): unlisted, the 日 of 日元 was read as
days (`≥100万日元` as 100万 天 with the words 元, and `≤5日` → `≤500日元` told 时限推后)."""

TIME_UNITS = ("个工作日", "工作日", "个季度", "个月", "个小时", "小时", "分钟", "季度", "天", "日", "周", "月", "年", "秒")
"""Units of time. 个季度 is a length of quarters (`≤2个季度`, six months: `values.multiplied`), whose 个 was read as a
count with the words 季度; 季度 alone may name one (`3季度`, the third), as 月 may (`12月`), and is no length sized."""

COUNT_UNITS = ("万人次", "千人次", "人次", "场次", "批次", "期次", "篇次", "户次", "课时", "学时", "团组", "万人", "千人", "次", "场", "人", "名",
               "个", "项", "批", "期", "篇", "条", "件", "份", "家", "户", "所", "套", "台", "册", "本", "班", "组", "支", "座",
               "处", "部", "门", "届", "轮", "起", "例", "封", "面", "片", "画幅")
"""Measure words of a count: what “举办3场讲座” or “培训200人次” counts (感谢信 ≥3封, 锦旗 ≥2面 too), and of so many thousand
or ten thousand people (`5千人`, `3万人次`: `values.multiplied`). Not money, time or
%: those are no counts. Sports grounds are counted by 片 (多功能运动场 ≥6片) and archives scanned by 画幅, the image of
one page or sheet (档案数字化 ≥800万画幅): B3 told both they had no unit."""

LETTER_UNITS = {"μg/m3": "微克/立方米", "ug/m3": "微克/立方米", "mg/m3": "毫克/立方米", "mg/L": "毫克/升", "mg/l": "毫克/升",
                "km2": "平方公里", "m2": "平方米", "m3": "立方米", "km": "公里", "kg": "千克", "kWh": "千瓦时", "KWh": "千瓦时",
                "kwh": "千瓦时", "KM": "公里", "Km": "公里", "mm": "毫米", "cm": "厘米", "mg": "毫克", "mL": "毫升", "ml": "毫升",
                "m": "米", "M2": "平方米", "M3": "立方米", "t": "吨", "kW": "千瓦", "KW": "千瓦", "kw": "千瓦", "MW": "兆瓦",
                "MWh": "兆瓦时", "GW": "吉瓦", "GWh": "吉瓦时", "h": "小时", "min": "分钟", "s": "秒", "sec": "秒",
                "d": "日"}
"""Units written in letters, as `normalise` leaves them (`m²` and `㎡` are `m2`, `µg/m³` is `μg/m3`), and the Chinese
unit each is read as (`in_chinese`): `≥120m2` and `≥120平方米` are one area, which B3 holds to a name's （平方米） and diff
compares, where `≤33μg/m³` read as two numbers (the 3 of m³ the second), `≤0.5mg/L` as 0.5 metres with the words g/L and
`≥120m2` as two numbers. A letter unit with no Chinese name in use (`GB`, `M`) is read as typed. One of these runs
into no further letter (`values._unit_at`): `≤1mm` and `≤50mg` were read as 1 and 50 米 (of m), which diff then weighed
against metres typed so; millimetres and milligrams are listed for it.
`M2` and `M3` are square and cubic metres as forms type them (`≥120M2`, read as two numbers); `t`, `kW` and `MW` are
吨, 千瓦 and 兆瓦 (`≥100t`, `≥10万kW`: B3 told them they had no unit, and `≥2MW` read in M with the words W); `h` and
`d` are 小时 and 日, also what a unit is per (`5km/h` in 公里/小时, `≤500m³/d` in 立方米/日, `≥100t/d` in 吨/日: read
in 公里 and 立方米 with the words /h and /d, diff compared `≥500立方米/日` → `≥400m3/d` as no amounts). `min`, `s` and
`sec` are 分钟 and 秒 as `h` is 小时 (`≥2h` → `≥120min` read 120 with the words min, no minutes, and `≤30s` no seconds);
`GW` and `GWh` are 吉瓦 and 吉瓦时, a thousand 兆瓦 and 兆瓦时 (`≥1GW` read as 1 G with the words W)."""


def in_chinese(unit: str) -> str:
    """`unit` as its Chinese name where it is written in letters (`LETTER_UNITS`: `km` → 公里, `万m2` → 万平方米, `元/m2`
    → 元/平方米), else as it is."""
    head, slash, per = unit.partition("/")
    if slash and head + slash + per not in LETTER_UNITS:  # 元/m2: each side
        return in_chinese(head) + slash + in_chinese(per)
    many = unit[:1] if unit[:1] in "万千" and unit[1:] in LETTER_UNITS else ""  # 万m2: 10,000 of it
    return many + LETTER_UNITS.get(unit[len(many):], unit[len(many):])


_OTHER_NAMES = {"千米": "公里", "公斤": "千克", "日": "天", "个小时": "小时", "工作日": "个工作日", "港币": "港元"}
"""Units with two Chinese names, by the one `one_name` gives: 千米 as 公里, the name km reads as, and 公斤 as 千克, the
name kg reads as (diff compared `≥100公斤` → `≥90千克` as no one measure); 日 as 天, a day of
`≤3日` and of `≤3d` (d reads as 日, as 立方米/日 writes it: `LETTER_UNITS`) as long as one of `≤3天`; 个小时 as 小时 and
工作日 as 个工作日, the 个 no part of the length (diff compared `≤3日` → `≤5天` and `≤5工作日` → `≤7个工作日` as no
one measure: `values.multiplied`); 港币 as 港元."""


def one_name(unit: str) -> str:
    """`unit` by one name however typed: in Chinese (`in_chinese`), and by the name `_OTHER_NAMES` gives, so that a
    name's （千米） takes `≥5km`, its （公里） `≥5千米`, its （天） `≤3d` and `≤3日` (lint's B3 told each the unit was not
    the one declared). Each side of a unit per something is named so (`立方米/日` as `立方米/天`, `元/公斤` as `元/千克`):
    diff compared `≥500立方米/日` → `≥400立方米/天` as no one measure, the whole name listed nowhere."""
    return "/".join(_OTHER_NAMES.get(part, part) for part in in_chinese(unit).split("/"))


POINTS = "个百分点"
"""Percentage points, the unit of a change in a rate (满意度提高5个百分点): the one spelling that values (no 万 before it),
lint (points after a cut are its size) and diff (points after a verb of change are a floor) compare a unit to."""

SHARES = {"%": Decimal(100), "‰": Decimal(1000), "‱": Decimal(10000)}
"""The units a share is written in, each with the whole in it (100% is 1000‰ and 10000‱): the one list that the
value reader (`values.is_rate`, no 万 before one), lint (B3 takes each for a unit, B4 holds a share within its whole,
B5 and D3 read it as a rate) and diff (`≤0.03%` and `≤3‱` are one rate: `values.multiplied`) read. ‱ was on none
of them: B3 told 万人发案率 `≤3‱` it had no unit, and diff compared `≤3‱` → `≤5‱` as two bare numbers."""


def a_share(unit: str | None) -> bool:
    """Whether `unit` is a share (`SHARES`), alone or per what it is counted over (`‱/年`, `%/年`: 3‱ a year is a
    rate as 3‱ is), where a share per a year was read as a unit of its own: diff told `≤0.03%/年` → `≤3‱/年` was a
    plain 修改, no rate retyped, and a 发病率 of `3‱/年` with no comparator had no better side."""
    return unit is not None and unit.partition("/")[0] in SHARES


# Units after a number, longest first so that 人次 wins over 人 and 个月 over 个.
UNITS = sorted(set(TIME_UNITS) | set(MONEY_UNITS) | set(COUNT_UNITS) | set(LETTER_UNITS) | set(SHARES) | {
    POINTS, "人日", "人天", "辆", "张", "种", "类", "幅", "亩", "间", "笔", "万册", "万份", "平方米",
    "平方公里", "公里", "千米", "米", "公顷", "吨", "千克", "公斤", "立方米", "GB", "TB", "MB", "M", "G", "K",
    "宗", "卷", "分", "栋", "盏", "架次", "车次", "万字", "字", "页", "发", "千瓦时", "度", "微克/立方米", "毫克/立方米", "毫克/升",
    "毫米", "厘米", "毫克", "毫升", "顶", "箱", "袋", "千瓦", "兆瓦", "兆瓦时", "吉瓦", "吉瓦时", *FOREIGN_CURRENCIES,
}, key=len, reverse=True)
"""Goods stored or handed out are counted by their own measure words (救灾帐篷 ≥1500顶, 应急食品 ≥2000箱, 大米 ≥500袋),
as lamps by 盏: B3 told `≥1500顶` it had no unit.
Electricity in 千瓦时, kWh or 度 (节约用电 ≥1000千瓦时, 用电量 ≤1000度, `1万千瓦时` of 10000 as
`values.multiplied` reads it) is one as 吨 of 吨标煤 is: B3 told `≥1000千瓦时` it had no unit, and `KWh` was read as K.
兆瓦时 (MWh) is energy too, not 兆瓦 of power with the word 时: read so, `≥1兆瓦时` → `≥800千瓦` was a target lowered.
A concentration in air or water (PM2.5平均浓度 ≤33微克/立方米, 出水化学需氧量 ≤50毫克/升), as environmental targets
are written, is one too: B3 told `≤33微克/立方米` it had no unit.
Lint takes 度 for one only where the name is electricity (`lint.context._degrees_unread`): 满意度 ≥90度 has none."""


def compares_in_words(text: str, besides: str = "") -> bool:
    """Whether `text` says a comparison in a word of two characters or more (达到, 不低于, 以上) that `besides` lacks:
    values are written with such words, a form's labels with none but their own (期望达到的目标), so a cell saying
    one is a value, not a label typed again (docx_row_labels: 达到指标值 under 指标值)."""
    return any(len(word) > 1 and word in text and word not in besides for word, _ in _PREFIX_WORDS + SUFFIX_WORDS)


def is_unit(word: str) -> bool:
    """Whether `word` is a whole unit a value's number is read with (人次, 场, %, 万元, 个月): what an indicator's
    name may say in its closing brackets (`培训场次（人次）`) for lint's B3 to hold its values to."""
    return word in UNITS


CHANGES = "增长|变动|增幅|增速|同比|环比|比上年|提高|提升|下降|降低|增加|减少|节约|节省|压减|压缩"
"""Words of a change of a measure (支出增长率, 比上年提高5%, 年均增长2次): what a value of it counts is the change, so lint
reads its percentage as no share (`lint.terms.CHANGE_RATE`) and `frequencies` reads no average a year of it as a
frequency (年均增长2次 is two more a year, not twice a year)."""
TRIM_CHARS = "。.;；,，、:：!！ "
"""Punctuation trimmed from a value's ends, and allowed between a month's 前 and what is done by then
(`value_dates.MONTH_DEADLINE`)."""
VERBS_OF_CHANGE = {**dict.fromkeys(("提高", "提升", "增加", "增长", "上升", "扩大", "增强", "改善"), "≥"),
                   **dict.fromkeys(("降低", "下降", "减少", "压减", "压缩"), "≤")}
"""Verbs of a measure raised or cut, each with the comparator of the level it is raised or cut to (`扩大至3000人` is
≥3000人, `压减至50万元` ≤50万元): the one list of them, which reads a level reached in a value (`_PREFIX_WORDS`) and in a
goal text (`target_texts`, which tells it from a change: `提高满意度10%`). Listed apart, the two lists differed, and
`压减至50万元` had no comparator in a value while a goal text read it as a level. Words, not characters: the lone 降 of
`降至1%` is read only before its 至 or 到 (`_PREFIX_WORDS`), since a goal text's clause opening with it names other
things (降级, 降温)."""
_SYMBOLS = ("≥", "≤", "=", ">", "<")  # after `normalise`, which folds ＞, >=, ≧… into these
BOUND_WORDS = (("不少于", "≥"), ("不低于", "≥"), ("不小于", "≥"), ("至少", "≥"), ("不超过", "≤"), ("不高于", "≤"),
               ("不多于", "≤"), ("不大于", "≤"))
"""Words of a bound the number itself belongs to, as targets say it in words (不少于90%, 至少3次, 不超过5万元): read
before a number (`_PREFIX_WORDS`), and after a verb's 至 in a goal text, where they say the level's bound
(`target_texts`: 满意度提升至不低于90%). One list, so that the two read the same words; a formula's 大于等于 and a level's
达到 or 控制在 are read before a number only."""
_PREFIX_WORDS = (("大于等于", "≥"), ("大于或等于", "≥"), ("达到", "≥"), *BOUND_WORDS, ("小于等于", "≤"), ("小于或等于", "≤"),
                 ("控制在", "≤"), ("低于", "<"), ("少于", "<"), ("小于", "<"), ("超过", ">"), ("高于", ">"), ("多于", ">"),
                 ("大于", ">"), ("达", "≥")) + tuple(
    (verb + to, op) for verb, op in {**VERBS_OF_CHANGE, "降": "≤"}.items() for to in "至到")
"""Comparator words before a number. A verb of change with 至 or 到 (`VERBS_OF_CHANGE`: `提升至90%`, `降低至1%`,
`降至1%`, written for 降低至) says the level reached, which a reviewer holds the unit to as he does `达到90%`: at least
what is raised to, at most what is cut to; read as an exact value, B3 told `提升至90%` it had no comparator while
`达到90%` passed. Without 至 or 到 the number is the change itself (`提高10%`: `CHANGES`), no comparator."""
SUFFIX_WORDS = (("及以上", "≥"), ("或以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("或以下", "≤"), ("以下", "≤"),
                ("以内", "≤"), ("之内", "≤"), ("内", "≤"))
_SHARE_OF = re.compile(r"[^\d≥≤=<>]{1,8}的")  # 预算的 in 不超过预算的98%
_SHARE_OF_LONGEST = 9  # what `_SHARE_OF` matches is at most eight characters and 的
OP_REACH = max(len(word) for word, _ in _PREFIX_WORDS) + _SHARE_OF_LONGEST
"""How far back from its end `leading_op` reads the words before a number: a comparator word and the share it is of
(不超过预算的). What comes earlier changes nothing, so that a caller may pass only that many last characters."""
INCLUSIVE = "(含)"  # 95%（含）以上, as NFKC writes it: inclusive, which 以上 already is here
NUMBER = re.compile(r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?")
SPELT_MINUS = re.compile(r"(?<![正减降税担肩背胜抱欺辜自身重])负")
"""负 that is a minus in words before a number (`负5%`, `≥负5%`, `增长率负2%`), not the last character of a word:
正负 (`正负5%`, ±5%), a burden eased or borne (`为企业减负1000万元`, `企业税负3%`, `担负5项任务`, `肩负3项职责`) and
胜负, 抱负, 辜负…, which read as −1000万元, −3% and −5项, so that `减负1000万元` → `减负800万元` was a target raised."""


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
    """A hedge written right after a DATE (`前后`, `左右`, `上下`: `value_dates.AROUND`), or after the 前 of its deadline
    or of one that comes round (`12月31日前左右`, `每月10日前后`, `每月底前左右`, `每周五前后`, `每天17点前后`:
    `value_dates.hedged`), else None."""
    part: str | None = None
    """The part of a DATE's month written after it (`初`, `上旬`, `中旬`, `下旬`, `上中旬`, `中下旬`: `11月中旬前`), else None."""
    by: Value | None = None
    """The deadline a QUANTITY's count or amount is done by (`6月底前` of `6月底前完成2次检查`, `次年3月底前` of
    `次年3月底前支付1万元`: `values._done_by_a_deadline`), a DATE read from the words before the number; else None."""

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
            return _SCALED.multiply(self.number, MONEY_UNITS[self.unit])
        return None

    @property
    def unit_cost(self) -> Decimal | None:
        """The cost per unit in 万元 for `200元/人`-style values, else None."""
        if self.kind is Kind.QUANTITY and self.per and self.unit.split("/", 1)[0] in MONEY_UNITS:
            return _SCALED.multiply(self.number, MONEY_UNITS[self.unit.split("/", 1)[0]])
        return None


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """The comparable form of a value: NFKC, ASCII comparators folded to ≥/≤, no whitespace but one space between
    digits not in groups of three (`3 5次` stays two numbers, `1 000人` is 1000人: `folded`). Kept per text (bounded:
    serve outlives many specs): lint's D6 asks it of a row's target and last year's about thirteen times
    (`lint.hedges` two thirds of them, `lint.terms`, `lint.grade_ladders`), some 130,000 calls over 300 specs made
    by `new --from` for a few thousand texts."""
    return folded(unicodedata.normalize("NFKC", text))


def folded(text: str) -> str:
    for written, symbol in (("≧", "≥"), ("⩾", "≥"), (">=", "≥"), ("≦", "≤"), ("⩽", "≤"), ("<=", "≤"), ("==", "=")):
        text = text.replace(written, symbol)
    text = _SPACED_THOUSANDS.sub(lambda found: re.sub(r"\s", "", found[0]), text)
    return re.sub(r"\s+", lambda space: " " if _between_digits(space) else "", text)


_SPACED_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:\s\d{3})+(?!\d)")
"""A number written in groups of three digits apart (`1 000人`, `12 345元`), read as one number. Other digits apart
are two numbers (`3 5次`, `第1 2季度`), which read as 35次 and 12 季度 when every space went."""


def _between_digits(space: re.Match) -> bool:
    """Whether the whitespace `space` found stands between two digits, which it keeps apart as two numbers."""
    text, start, end = space.string, space.start(), space.end()
    return start > 0 and text[start - 1].isdigit() and text[end: end + 1].isdigit()


def leading_op(prefix: str) -> tuple[str | None, str]:
    """A comparator at the end of the words before the number: symbol or word."""
    for symbol in _SYMBOLS:
        if prefix.endswith(symbol):
            return symbol, prefix[: -len(symbol)]
    for word, symbol in _PREFIX_WORDS:
        if prefix.endswith(word):
            return symbol, prefix[: -len(word)]
    for word, symbol in _PREFIX_WORDS:  # a word further back than a share can follow it is none: search no further
        at = prefix.rfind(word, max(0, len(prefix) - len(word) - _SHARE_OF_LONGEST))
        if at >= 0 and _SHARE_OF.fullmatch(prefix, at + len(word)):
            return symbol, prefix[:at] + prefix[at + len(word):-1]  # 不超过预算的98%: ≤ 98% of 预算
    return None, prefix
