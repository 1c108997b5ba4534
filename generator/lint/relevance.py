"""D: relevance, logic and copying (审核：相关性、可行性). Do the indicators measure the targets?"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from typing import Iterator, NamedTuple

from ..chinese_numerals import chinese_number
from ..filled_text import blank, fold, unpunctuated, written
from ..frequencies import times_a_year
from ..goal_texts import goal_texts
from ..problems import excerpt
from ..rules.date_year import full_date
from ..spec_year import budget_year
from ..value_kinds import COUNT_UNITS, SHARES, TIME_UNITS, Kind, Value
from ..values import parse, recurring_deadline
from ..year_mentions import mentions, moved_years, set_for
from . import terms
from .config import PRIOR_VALUE, year_column
from .context import no_home, quote, shown
from .rule import PRACTICE, rule
from .looser import (GRADED, first_word, hedges_added, hedges_said, hedges_told, looser, months_as_dates,
                     number_in_words, read_target, turned_around)
from .same_measure import HIGHER_CAP, HIGHER_COST_CAP, LATER_DEADLINE, LOWER_TARGET, signed

_PERIOD_ORDER = {"half": 0, "year": 1, "term": 2}
STOPWORDS = ["工作", "做好", "开展", "加强", "积极", "履行", "职责", "全面", "推进", "提升", "服务", "活动", "进一步",
             "深入", "持续", "不断", "落实", "完成", "组织", "相关", "有关", "各项", "日常", "经费", "及", "和", "的", "与"]


def _bigrams(text: str) -> set[str]:
    folded = fold(text)
    return {folded[i:i + 2] for i in range(len(folded) - 1)}


def _first_copied(grams: set[str], sources: list[tuple[tuple, set[str], str]], index: dict[str, list[int]],
                  threshold: float, measure: str = "") -> tuple | None:
    """The place of the first source (in `sources`' order) whose bigrams are as alike as `threshold` (above 0) to a
    part's `grams` by their Dice coefficient (2 × shared ÷ both sizes: 1.0 for a copy, near 0 for unrelated text),
    None if none is. Only the sources the part shares a bigram with are weighed (`index`, each bigram's sources by
    their place): a coefficient above 0 needs one, and weighing every source for every part of every row was most
    of lint's time on a long spec (3000 indicators by 90 clauses, 800,000 pairs, few sharing anything). Of a name
    ending in a `measure` (`_measure_added`), only the sources that say it too: the task's words with a measure
    added are a count of the task, no copy of it."""
    shared = Counter(n for gram in grams for n in index.get(gram, ()))
    return next((sources[n][0] for n in sorted(shared)
                 if measure in sources[n][2] and _dice(shared[n], grams, sources[n][1]) >= threshold), None)


def _dice(shared: int, grams: set[str], others: set[str]) -> float:
    """The Dice coefficient of two sets of bigrams that have `shared` in common (see `_first_copied`)."""
    return 2 * shared / (len(grams) + len(others))


def _measure_added(key: str, part: str) -> str:
    """The measure a name's clause ends in (`terms.QUANTITATIVE_NAME`: 邀请台湾青年来访人数, 举办侨务干部培训班期数,
    租赁办公用房面积, 资金到位率), which D4 asks of the text it may copy, else "": 邀请台湾青年来访 with 人数 after it
    counts what the task does, as 培训人数 does, where 邀请台湾青年来访 alone repeats it. A unit in brackets at the end
    (参训人员（人次）: `terms.bracketed_unit`) declares the name a count as 人数 does, and so it is read as one, brackets
    and all; (%) already is. Money at the end (文艺创作扶持经费 beside the task 文艺创作扶持: `terms.MONEY_ENDING`) is
    the task's cost, the way a 成本指标 is named. A value's words have none."""
    if key != "name":
        return ""
    folded = fold(part)
    found = terms.QUANTITATIVE_NAME.search(folded) or terms.MONEY_ENDING.search(folded)
    if found:
        return found.group()
    return folded[folded.rindex("("):] if terms.bracketed_unit(part) else ""


def _measured(row) -> bool:
    """Whether a row's values are all numbers (`≥90%`, `≥1.2万亩`, `≤5‰`): what a target or task says in words, a row
    so valued measures."""
    values = [v for _, v in row.values if v.kind is not Kind.EMPTY]
    return bool(values) and all(v.kind is Kind.QUANTITY and v.number is not None for v in values)


def _in_money(row) -> bool:
    """Whether a row's values are all amounts of money (`≤148万元`) or money per head or case (`≤300元/人`): what makes a
    name ending in 经费 or 补贴 (`terms.MONEY_ENDING`) an amount. 人民调解员案件补贴 ≥1200件 counts cases, and 困难群众生活补助
    ≥500人 people, under the task's own words: a copy with a number, the count's word (件数, 人数) left out."""
    values = [v for _, v in row.values if v.kind is not Kind.EMPTY]
    return bool(values) and all(v.money is not None or v.unit_cost is not None for v in values)


def _figured_values(row) -> list[Value]:
    """A row's filled values, a count spelt in Chinese numerals read as its figures (`零起`, `〇起` as `0起`): the figures
    B7 tells the unit to type, which D1 and D4 judge as they will once typed. 食品安全事件 零起 was told 看不出质量要求
    beside B7's 请写成“0起”, and went quiet when the unit did so; 主体班举办期数 四期 was not told, as 4期 is, to go to
    数量指标."""
    values = [v for _, v in row.values if v.kind is not Kind.EMPTY]
    return [_spelt_count(v) if v.kind is Kind.TEXT else v for v in values]


def _spelt_count(value: Value) -> Value:
    """A value of words read as the count its numerals spell (`零起` → 0 起), else the value as it is."""
    read = parse(value.text, numerals=True)
    return read if read.kind is Kind.QUANTITY else value


def _counts_the_name(row) -> bool:
    """Whether a row's values all count the thing its name names: a number in a measure word of a count (`0起`, `≤2件`:
    `COUNT_UNITS`) or a grade that is a number in words (`零发生`, `零事故`: `looser.number_in_words`). Such a value is
    the measure a name without a measure word lacks: 较大以上生产安全事故 零发生, beside the target 杜绝较大以上生产安全事故,
    is that target's object counted, not its sentence (`_named_measure`)."""
    values = _figured_values(row)
    return bool(values) and all(v.kind is Kind.QUANTITY and v.number is not None and v.unit in COUNT_UNITS
                                or v.kind is Kind.GRADE and number_in_words(v.grade, v) is not None for v in values)


def _none_asked(row) -> bool:
    """Whether a row asks for none of what it counts: every value a count of 0 (`0起`, `0例`, `≤0件`) or none in words
    (`零伤亡`, `零发生`, `无事故`: `_counts_the_name`). A target of none says its thing is a harm to keep out of the
    work, whatever the name calls it: under 质量指标 it is a record of work done safely and right, as
    `terms.safety_record` reads one by its name. 安全事故 0起 passed there for its 事故 while 赛事兴奋剂检查阳性数 0例,
    安全生产 零伤亡 and 违规违纪案件 0件 were told 看不出质量要求. Fewer than one (`<1起`) is none too. A count with no cap
    (`≥0起`) asks nothing, and none of the unit's own work (举办培训 0场: `_WORK_COUNTED`; 培训人次 0人次, 安全检查次数 0次:
    `_WORK_DONE`) or of those it reached (受益人数 0人: `_REACHED`) is work not done, no harm kept out."""
    values = _figured_values(row)
    name = fold(row.name)
    return _counts_the_name(row) and not (_WORK_COUNTED.search(name) or _WORK_DONE.search(name)
                                          or _REACHED.search(name)) \
        and all(v.kind is Kind.GRADE and number_in_words(v.grade, v) == 0
                or v.number == 0 and v.op not in ("≥", ">") or v.number == 1 and v.op == "<" for v in values)


_WORK_DONE = re.compile(r"(?:培训|参训|宣传|活动|会议|检查|督查|巡查|调研|走访|慰问|演练|讲座|展览|展演|比赛|服务)"
                        r"(?:班|人员)?(?:人次|人数|次数|场次|期数|班次|批次|个数|数量?)?$")
"""A name that ends in a kind of the unit's work, or its count (培训人次, 安全检查次数, 宣传活动, 参训人数), which
`_WORK_COUNTED` reads only after a verb of holding (举办培训): none of it asked is work not done (`_none_asked`). Only at
the end: the 检查 of 赛事兴奋剂检查阳性数 names where the positives were found, which are counted."""


def _named_measure(part: str, sources: list[tuple[tuple, set[str], str]], money: bool, counted: bool,
                   threshold: float) -> bool:
    """Whether a name, of a row valued in numbers (`_measured`) or in a count (`_counts_the_name`), is the measure of a
    target or task rather than a copy of its words: it ends in a measure word and opens with no verb
    (`terms.QUANTITATIVE_NAME`, `_DONE_TO`: 病死畜禽无害化处理率, 粮食播种面积 beside the task's 稳定粮食播种面积), or in
    money when valued in money (`money`, `terms.MONEY_ENDING`: 人民调解员案件补贴 ≤148万元 beside the task's
    发放人民调解员案件补贴; a cost's name ending in 经费, 费 or 补贴 was told a copy where one in 金额 or 费用 was not), or its
    values are `counted` in a count of it, it ends in no money and it is the object of the targets and tasks it is like,
    not their opening words (`_object_counted`: 较大以上生产安全事故 0起 beside the target 杜绝较大以上生产安全事故;
    人民调解员案件补贴 ≥1200件 counts cases, not the money the name names, and still copies the task), or a target or task
    gives it a figure (`_FIGURED`:
    人均基本公共卫生服务经费补助标准达到94元, 道路运输安全事故死亡率同比下降5%). A target is broken down into indicators
    so: the measure it names with its figure becomes the name and the value (88号 Art. 11: 细化、量化), and those were
    told they copy the target. The words alone with no number (市侨联工作经费 长期) still copy it, and so does a target
    with no figure that opens with what is to be done to its measure (提高侨界群众满意率 ≥90% beside the target
    提高侨界群众满意率): that is the target's sentence, the measure is 侨界群众满意率."""
    folded = fold(part)
    names_money = terms.MONEY_ENDING.search(folded)
    if (terms.QUANTITATIVE_NAME.search(folded) or money and names_money) and not _DONE_TO.match(folded):
        return True
    if counted and not names_money and not _DONE_TO.match(folded) and _object_counted(folded, sources, threshold):
        return True
    figured = re.compile(re.escape(folded) + _FIGURED)
    return any(figured.search(clause) for _, _, clause in sources)


def _object_counted(folded: str, sources: list[tuple[tuple, set[str], str]], threshold: float) -> bool:
    """Whether a `folded` name valued in a count of it (`_counts_the_name`) is what the targets and tasks it is as alike
    to as `threshold` (`_first_copied`) act on, lifted out of their sentences: none of them opens as the name does,
    unless it says the name's number right after it (`_SAID_NONE`). 较大以上生产安全事故 0起 beside the target
    杜绝较大以上生产安全事故 is the object counted, and so is 生产安全事故 零死亡 beside 生产安全事故零死亡; a name that is
    such a clause or its opening words copies it whatever verb it opens with, one `_DONE_TO` does not list too:
    排查安全隐患 ≥50处 beside the task 排查安全隐患, 杜绝较大以上生产安全事故 零发生 beside that target, as before counts
    were read so. So does a name a target opens with and goes on about in words (较大以上生产安全事故 beside
    较大以上生产安全事故得到遏制), which words alone cannot tell from a verb."""
    grams, opening = _bigrams(folded), folded[:2]
    said = re.compile(re.escape(folded) + _SAID_NONE)
    return not any(clause.startswith(opening) and not said.match(clause)
                   for _, others, clause in sources if _dice(len(grams & others), grams, others) >= threshold)


_DONE_TO = re.compile(rf"(?:{'|'.join(terms.DEGREE)})?(?:{terms.DOING})")
"""A verb of doing or improving a name opens with (提高, 进一步提高, 降低, 扩大: `terms.DOING`, `terms.DEGREE`): the name
says what is to be done to its measure, a target's sentence, not the measure."""


_FIGURED = r"[^，,。；;、\d]{0,6}?(?:[≥≤<>=＝]|\d)"
"""A figure right after a measure in a target or task (…达到94元, …同比下降5%, …不低于90%, …控制在12/10万以下): a few
words of comparing at most between."""
_SAID_NONE = r"[^，,。；;、\d]{0,6}?(?:[≥≤<>=＝零无]|\d)"
"""A figure, or none said in words (零死亡, 零发生, 无事故: `looser.number_in_words`), right after a counted name in a
target or task: 生产安全事故零死亡 gives 生产安全事故 its count, as `_FIGURED` gives a measure its figure."""


def _bigram_index(sources: list[tuple[tuple, set[str], str]]) -> dict[str, list[int]]:
    """Each bigram's sources, by their place in `sources` (see `_first_copied`)."""
    index: dict[str, list[int]] = {}
    for n, (_, grams, _) in enumerate(sources):
        for gram in grams:
            index.setdefault(gram, []).append(n)
    return index


def _clauses(text: str) -> list[str]:
    """The clauses of a text as written, so that a copied one is quoted as the spec has it (bigrams fold it)."""
    return [c for c in (written(part) for part in terms.CLAUSES.split(str(text))) if c]


def _sources(ctx):
    """(path, clause, its bigrams) of the targets and tasks an indicator must not copy."""
    for target in ctx.facts["targets"]:
        for path, text in ctx.texts(target["path"]):
            for clause in _clauses(text):
                yield path, clause, _bigrams(clause)
    for task in ctx.facts["tasks"]:
        for path, item in ctx.items(task["path"]):
            for key, text in item.items():
                if isinstance(text, str):
                    for clause in _clauses(text):
                        yield path + (key,), clause, _bigrams(clause)


_OUTPUT_SHARE = re.compile(r"完成(?:率|比例|比率)|覆盖(?:率|面)|(?<![未漏])(?<!及时|重复)(?:普及|建档|接种|参保|入学|入园|健康管理)率")
"""A share of the planned output done (实际完成率, 计划完成率, 档案整理完成率): 财预〔2020〕10号 附件2 puts 实际完成率 under
产出数量, and real forms file it there, so it is a quantity, not a quality rate misfiled. A coverage rate (政策宣传覆盖率,
走访慰问覆盖率) is the same count ratio, the people or places the output reached over those it was planned to reach,
and no standard met; so is a rate whose word before 率 says each of them was reached by the service or enrolled in it
(国家安全教育普及率, 居民健康档案建档率, 适龄儿童免疫规划疫苗接种率, 城乡居民医疗保险参保率, 适龄儿童入学率, 老年人健康管理率),
which public-service forms file under 数量 as their coverage, and D1 told to move to 质量 or 时效. A rate of how well
the service was done (合格率, 达标率, 准确率, 满意度), of what the people came to know (知晓率), or of how soon it came
(及时接种率) says nothing of how many were reached, and is still told; so is one of those it missed or counted twice
(未接种率, 漏种率, 重复参保率, 重复建档率), a fault to keep low, no coverage."""


_OUTPUT_NAME = re.compile(r"^(?:完成|提交)|报告(?:数量?)?$|[篇份]数$"
                          r"|形成[^，,。；;、]{0,12}?成果(?!转化|应用|运用|推广|落地)|成果(?:数量?|篇数)")
"""A name of an output: work done (完成调研课题), a report handed in (提交提案数, 年度调研报告, 宣传报道篇数), a result
produced (形成研究成果, 理论成果数量). Under 效益 it is filed as an effect though it says what the money made, a count
of output (产出 › 数量); the effect is what that output changed. A result put to use (成果转化, 成果应用) is an effect,
and so is any rate (`_A_RATE`) and an output taken up (`_TAKEN_UP`)."""
_A_RATE = re.compile(r"率|比例|比率|占比")
"""A rate is no output named under 效益: 成果转化率 is an effect, real forms put 覆盖率 under 社会效益, and a 完成率 under
效益 (目标任务完成率, 整改完成率) is common in real forms with no reviewer's rejection on record (the five example
forms and the reviewers' lists in the reference hold none); where it is misfiled, D1 does not know it."""
_WORK_COUNTED = re.compile(r"^(?:举办|举行|召开|开展|发布|出版|编纂|编印|印发|印制|扶持|制作|拍摄|开设|开办)"
                           r"|(?:举办|举行|召开|开展|发布|出版|编印|印发|印制|开设|开办)(?:次数|场次|期数|批次|班次|部数|册数|数量?)$")
"""A count of the unit's own work (举办海外联谊活动 ≥4场, 出版年鉴 1部, 扶持侨界文艺作品数量 ≥20个, 预警发布次数 ≥80次):
an output under 效益 as 完成调研课题 is (`_OUTPUT_NAME`), which let these pass. Read only with a count of things or
events for its value (`_counted`): 举办经贸合作活动，促进台商投资 明显 is an effect badly written, B6's to tell. Not
those the work reached (`_REACHED`: 开展活动受益人数), nor 资助 or 接待, whose counts (资助学生人数, 接待游客人次) real forms
give as the people the money reached, nor what the work brought about (`_BROUGHT_ABOUT`)."""
_REACHED = re.compile(r"受益|惠及|受惠|受助|带动|吸引|参与|参加|辐射|覆盖")
_FOLLOWED = re.compile(r"后(?!勤|备)|被|促成|达成|实现|化解|解决|挽回|新增|新建|增长|增收|减少|下降|成交")
_BROUGHT_ABOUT = re.compile(rf"{_FOLLOWED.pattern}|获[^，,；;。]{{0,8}}?奖")
"""What followed the work named first (召开恳谈会后解决问题件数, 举办投资推介会促成签约项目数, 扶持企业新增就业岗位 ≥200个,
出版图书获奖数, 出版物被图书馆收藏册数): the count is of that effect, not of the work, and is no output. Under 质量指标
an award names only which works the unit showed again (获奖作品巡展场次: `terms.QUALITY_WORDS` passes any other), so
there `_FOLLOWED` alone is read (`_work_count`)."""
_PEOPLE_UNITS = ("万人次", "人次", "万人", "人", "名", "户次", "户")
"""Units of people and households: the verbs of `_WORK_COUNTED` make events and products, so a count of people after
them (举办展览参观人次 ≥2万人次, 开展普法宣传群众知晓人数 ≥1万人, 扶持农户增收户数 ≥100户) is of those the work
reached, an effect."""
_TAKEN_UP = re.compile(terms.TAKEN_UP)
"""An output taken up by others (`terms.TAKEN_UP`: 信息被采用篇数, 调研报告获领导批示篇数): no longer the work handed in
but what it achieved, which real forms put under 社会效益."""


@rule("D1", "warning", "指标与二级指标不符", PRACTICE)
def d1_keywords(ctx):
    """An indicator's words fit its 二级: 质量 a standard or rate, 时效 a time, 数量 a count or the share of the
    planned output done or reached (`_OUTPUT_SHARE`), not a quality rate (合格率, 达标率, 准确率) nor a payback period
    (`terms.PAYBACK`: 投资回收期, whose 期 read as a count word and whose `≤5年` as a quantity, so it passed; the time to
    win back an investment measures its economic return, told to go to 经济效益指标, or 时效指标 where the frame has
    none: reference/targets-domain.md, D1: 数量 expects counts) nor the time to get a thing done written as a length
    or a deadline (`terms.TIME_TO_COMPLETE`: 办理时限 ≤5个工作日, 审批时间 ≤3天, passed as a quantity; D1: 时效 expects
    时间, 期限, 周期, 完成时限), told to go to 时效指标, and so a time spent on each case or person served whatever the name
    (`_per_item_time`: 审批 ≤2小时/件, 窗口服务 ≤15分钟/人次); a count done in that time (办理时限内办结件数 ≥100件) is a count; 效益 no 合格率 and
    no output (`_OUTPUT_NAME`: work done, a report handed in, a result produced; `_WORK_COUNTED`: a count of the
    unit's own work); 生态效益 an ecological effect, or a thing saved in its own unit (`terms.saved_amount`: 节约用地 ≥20亩,
    a resource saved as energy and water are; 节约资金 is money, the economy's);
    经济效益 not an ecological one (碳排放, 污染) without any money or business word; 服务对象满意度 no count of work
    done that says nothing of what the people served think (`terms.counts_work`: 满意度调查次数 counts surveys done).

    Pass: 数量指标 › 举办活动场次, 档案整理完成率 100%, 政策宣传覆盖率 ≥90%, 适龄儿童免疫规划疫苗接种率 ≥95%; 质量指标 › 设施完好率, 制度是否健全 是,
    内部控制制度执行情况 良好, 人影作业安全事故发生次数 0次 (`terms.safety_record`), 赛事兴奋剂检查阳性数 0例 and
    安全生产 零伤亡 (none asked: `_none_asked`), 公路技术状况指数（MQI） ≥88
    (`terms.is_index`); 时效指标 › 窗口受理 ≤20分钟/件, 信访事项办结 ≤60日 (a length of time: `_a_time`); 生态效益 › 环保节能率, 节约用地 ≥20亩; 经济效益 › 节约机关经费; 社会效益 › 成果转化率, 政策宣传覆盖率,
    目标任务完成率, 信息被采用篇数.
    Fail: 数量指标 › 档案整理合格率 100%, 投资回收期 ≤5年, 办理时限 ≤5个工作日, 审批 ≤2小时/件; 质量指标 › 举办比赛 "圆满完成", 主体班举办期数 ≥4期 (a count of the unit's work, `_work_count`: told to go to 数量指标); 经济效益 › 碳排放减少量; 生态效益 › 节约资金;
    生态效益 › 保障侨联领导班子完成换届; 社会效益 › 完成调研课题, 提交调研报告数, 形成研究成果, 举办海外联谊活动 ≥4场,
    出版年鉴 1部;
    服务对象满意度 › 举办联谊活动场次 ≥4场, 满意度调查次数 ≥2次, 开展绩效评价次数 ≥1次 (投诉率 0% and 信访件数 ≤2件 pass).
    """
    for listed, row in ctx.rows:
        name = fold(row.name)
        if not name:
            continue
        values = _figured_values(row)
        text = name + "".join(v.text for v in values)
        quality = (terms.QUALITY_WORDS.search(text) or terms.safety_record(name) or terms.is_index(name)
                   or _none_asked(row))
        if row.role2 == "quality" and not quality and _work_count(name, values):
            why = f"是计数，看不出质量要求；{_put(ctx, listed, 'quantity')}，质量指标应是合格率、达标率、验收通过等"
        elif row.role2 == "quality" and not quality:
            why = "看不出质量要求；质量指标应是合格率、达标率、验收通过等"
        elif row.role2 == "timeliness" and not (terms.TIMELINESS_WORDS.search(text) or any(_a_time(v) for v in values)):
            why = "看不出时间要求；时效指标应是完成时限、周期或及时率"
        elif row.role2 == "quantity" and (payback := terms.PAYBACK.search(name)):
            home = "economic" if ctx.home(listed, "economic") else "timeliness"
            worth = "，衡量的是投入的经济效益" if home == "economic" else ""  # where it goes says what it measures
            why = f"是收回投入所用的时间（{payback.group(0)}），不是数量{worth}；{_put(ctx, listed, home)}"
        elif row.role2 == "quantity" and terms.TIME_TO_COMPLETE.search(name) and _timed(values):
            why = f"是办成一件事的时间要求，不是数量；{_put(ctx, listed, 'timeliness')}"
        elif row.role2 == "quantity" and (each := _per_item_time(name, values)):
            why = f"{quote(each[0])}是每{each[1]}所用的时间，是时效要求，不是数量；{_put(ctx, listed, 'timeliness')}"
        elif row.role2 == "quantity" and not (terms.COUNT_WORDS.search(name)
                                              or _OUTPUT_SHARE.search(name) and not terms.QUALITY_ONLY.search(name)
                                              or any(v.kind is Kind.QUANTITY and not v.percent for v in values)):
            why = "不是数量；数量指标应是次数、人数、场次等计数或计划的完成率（其他比率请放到质量或时效指标）"
        elif row.effect and terms.QUALITY_ONLY.search(name):
            why = f"是质量指标（合格率、达标率一类），不是效益；{_put(ctx, listed, 'quality')}，效益指标写它带来的效果"
        elif row.effect and (output := _output(name, values)):
            why = f"是产出（{output}），不是效益；{_put(ctx, listed, 'quantity')}，效益指标写它带来的效果"
        elif row.role2 == "economic" and terms.ENVIRONMENT_ONLY.search(text) and not terms.ECONOMY_WORDS.search(text):
            why = "说的是生态环境方面的效果（减排、污染、环境质量一类），不是经济效益；请放到效益指标 › 生态效益指标"
        elif row.satisfaction and row.counts_work:
            why = ("是计数，不是满意度；满意度指标应是服务对象的满意度（如“参会人员满意度 ≥90%”），"
                   + _put(ctx, listed, "quantity", lead="这一项", otherwise="，这一项请改写成满意度或删去"))
        elif row.role2 == "ecological" and not (terms.ECOLOGY_WORDS.search(text)
                                                or any(terms.saved_amount(name, v.unit) for v in values)):
            why = ("看不出生态环境方面的效果；生态效益指标应是节能降耗、减少排放、环境质量改善等"
                   + ("（节约资金、增加收入一类请放到经济效益指标）" if terms.ECONOMY_WORDS.search(text)
                      else "（社会方面的效果请放到社会效益指标）"))
        else:
            continue
        # A 一级 with no 二级 under it (社会公众或服务对象满意度 on some forms) is where the row is.
        yield ctx.report(row.at("name"), f"{quote(unpunctuated(row.name))}放在{quote(row.level2 or row.level1)}下，{why}")


def _output(name: str, values: list[Value]) -> str:
    """What kind of output an effect's name says it is, for D1's message, else "": work done, a report handed in or a
    result produced (`_OUTPUT_NAME`), or a count of the unit's own work (`_WORK_COUNTED`) that counts no one it
    reached and nothing it brought about. A rate (`_A_RATE`) and an output taken up (`_TAKEN_UP`) are effects."""
    if _A_RATE.search(name) or _TAKEN_UP.search(name):
        return ""
    if _OUTPUT_NAME.search(name):
        return "完成的工作、提交的报告、形成的成果"
    if (_WORK_COUNTED.search(name) and _counted(values)
            and not (_REACHED.search(name) or _BROUGHT_ABOUT.search(name))):
        return "本单位举办、发布、出版、扶持的数量"
    return ""


def _work_count(name: str, values: list[Value]) -> bool:
    """Whether a row with no word of quality counts the unit's own work: its values count things or events
    (`_counted`: 获奖作品巡展场次 ≥6场, 主体班举办期数 ≥4期), and its name counts no one the work reached (`_REACHED`) and
    nothing it brought about (`_FOLLOWED`). Under 质量指标 such a row is a quantity misfiled, and D1 says where it goes,
    where 看不出质量要求 alone left the clerk to guess. Work is a count to reach: a count of what is to keep low
    (违规违纪案件 1件, 群众投诉件数 ≤2件: `terms.direction`), and a value that is none or at most some (举办培训 0场,
    事故处理次数 ≤3次), count no work done, and moving them to 数量指标 would be wrong advice. (None of a harm, 网络安全事件
    0起, is a quality and never comes here: `_none_asked`.)"""
    return (_counted(values) and not (_REACHED.search(name) or _FOLLOWED.search(name))
            and terms.direction(fold(name))[0] is not True
            and not any(v.op in ("≤", "<") or v.number == 0 for v in values))


def _counted(values: list[Value]) -> bool:
    """Whether a row's values all count things or events (`≥4场`, `1部`, `≥20个`), not people (`_PEOPLE_UNITS`): what
    `_WORK_COUNTED` asks of a name."""
    return bool(values) and all(v.kind is Kind.QUANTITY and v.unit in COUNT_UNITS and v.unit not in _PEOPLE_UNITS
                                for v in values)


def _a_time(value: Value) -> bool:
    """Whether a value is a date or a length of time (`12月底前`, `≤15个工作日`, `≤60日`, `≤30分钟`, `≤2小时/件`): a
    time requirement whatever the name says. `terms.TIMELINESS_WORDS` reads 天, 月 and 年 but not 日, 小时 or 分钟, so
    窗口受理 ≤20分钟/件 and 信访事项办结 ≤60日 under 时效指标 were told 看不出时间要求."""
    return value.kind is Kind.DATE or value.kind is Kind.QUANTITY and value.unit in TIME_UNITS


def _timed(values: list[Value]) -> bool:
    """Whether a row's values are all a length of time or a deadline (`≤5个工作日`, `12月底前`), as a time to get a
    thing done is written, no count or rate (办理时限内办结件数 ≥100件 counts the cases done in it)."""
    return bool(values) and all(v.kind is Kind.DATE or v.kind is Kind.QUANTITY and v.unit in TIME_UNITS and not v.per
                                for v in values)


_PER_ITEM = r"(?P<item>件次?|宗|笔|单|项|人次|户次)"
"""What a time is spent on each of (`≤2小时/件`, `≤15分钟/人次`, `≤5天/宗`): a case handled or a person served. Not a
person (`8小时/人`, a training's hours each trainee is given) nor a 次 alone (`≤2小时/次`, a meeting's length)."""
_PER_ITEM_AFTER = re.compile(rf"^/每?{_PER_ITEM}$")
_PER_ITEM_BEFORE = re.compile(rf"每{_PER_ITEM}$")
_SERVED = ("人次", "户次")
"""A person or household served: a time each is given (培训 `2小时/人次`, 志愿服务 `2小时/人次`, more the better) as
well as one each waits or is dealt with in (窗口服务 `≤15分钟/人次`), which only a cap says."""


def _per_item_time(name: str, values: list[Value]) -> tuple[str, str] | None:
    """The first value and what it is spent on each of (`≤2小时/件`: 件), when all the row's values are a time spent on
    each case or person served (`≤3个工作日/件`, `≤15分钟/人次`, `平均每件≤2小时`): how fast one is done, a time
    requirement (时效), where 审批 ≤2小时/件 under 数量指标 passed D1 as a quantity. None for a count (`培训 2次/年`), a
    length given (培训时长 `8小时/人`, `≥2小时/人次`: a ≥, or a name of a length to give, `terms.TIME_TO_GIVE`; a time
    per person served with no cap, 培训 `2小时/人次`: `_SERVED`) or no value."""
    if not values or terms.TIME_TO_GIVE.search(name):
        return None
    items = [v.kind is Kind.QUANTITY and v.unit in TIME_UNITS and v.op not in ("≥", ">")
             and (_PER_ITEM_AFTER.search(v.suffix) or _PER_ITEM_BEFORE.search(v.prefix)) for v in values]
    if not all(items) or any(each["item"] in _SERVED and v.op not in ("≤", "<") for each, v in zip(items, values)):
        return None
    return values[0].text, items[0]["item"]


def _put(ctx, listed, role2: str, lead: str = "", otherwise: str = "") -> str:
    """D1's word on where a misfiled row goes: `{lead}请放到` the 二级 of the list's frame for `role2`
    (`LintContext.home`); where the frame has none (no 产出指标 › 数量指标 on a form of 决策, 过程, 履职 and 效益), that it has
    none, and `otherwise` what to do instead, as a row moved to a 二级 the form lacks would not print."""
    home = ctx.home(listed, role2)
    return f"{lead}请放到{home}" if home else no_home(role2) + otherwise


_SATISFACTION_TITLE = re.compile(
    r"满意(?![度率])的?[^，,。；;、]{0,8}?(?:机关|单位|窗口|示范|公务员|集体|站所|之家|医院|学校|岗|品牌|服务站|中心)"
    r"(?!(?:创建|评选|获评)?[个家所]?(?:率|数|度|占比|比例))")
"""An honorary title with 满意 in it (人民满意的模范机关, 侨界群众满意的模范机关, 群众满意窗口, 满意示范单位, 群众满意的侨胞
之家, 人民满意医院, 群众满意岗, 群众满意服务品牌): a standing the unit is to earn, not a satisfaction rate, so moving it
under 满意度 would be wrong. A 满意度 or 满意率 before the title (满意度较高的窗口单位, 满意度达90%以上的单位) is a
measure all the same, and so is a share or count of them (满意的单位占比, 满意的单位数量, 满意窗口个数, 满意的之家创建数),
however the title is worded."""


@rule("D2", "warning", "满意度代替效益", PRACTICE)
def d2_satisfaction_as_effect(ctx):
    """A 效益 indicator states an effect, not somebody's satisfaction (that belongs under 满意度). A 满意 inside an
    honorary title (`_SATISFACTION_TITLE`) is no satisfaction measure; whether the title is a checkable target is B7's.

    Pass: 社会效益 › 档案信息数字化转化率, "侨界群众满意的模范机关".  Fail: 社会效益 › 群众对办公运转的满意程度.
    """
    for _, row in ctx.rows:
        if not row.effect:
            continue
        for key in ["name", *(c["key"] for c, _ in row.values)]:
            text = str(row.item.get(key) or "")
            if terms.SATISFACTION.search(_SATISFACTION_TITLE.sub("□", text)):
                yield ctx.report(row.at(key), f"效益指标{quote(text)}说的是满意程度；满意度请设在满意度指标下，这里写可衡量的效果")
                break


_LEVEL = re.compile(r"浓度|率|指数|满意|平均|均值|人均|比例|比重|占比|水平")
"""Words of a level or an average (PM2.5平均浓度, 合格率, 公路技术状况指数, 满意度, 人均): a state held over the period, no sum of
it, so a half year's may be above the year's."""
_AVERAGE = re.compile(r"平均|均值")
"""Words of an average over the period (平均每月开展活动次数): a count so named is held all along too (`_accumulates`)."""
_PROGRESS = re.compile(r"(?:完成|执行|支出|支付|拨付|到位)(?:率|比例|进度)|进度")
"""Words of progress to date (预算执行率, 资金支付进度, 项目完成率): a share that only grows over the year, which a half
year's above the year's still gets wrong."""


def _accumulates(name: str, value: Value) -> bool:
    """Whether a value adds up over its period, so that a shorter period's may not exceed a longer one's (D3): a count or
    an amount, or progress to date (`_PROGRESS`), not a level or an average (`_LEVEL`, a share in %, ‰ or ‱, a value
    per something: 2次/年, 200元/人, 33微克/立方米, 12/10万). A count (`COUNT_UNITS`) adds up whatever its name says
    it is about (开展满意度调查次数 ≥3次, 人均培训学时 ≥40学时, whose 满意 and 人均 are no level of the count), unless
    the name says it is an average over the period (平均每月开展活动次数: `_AVERAGE`). Money per head is a level
    (人均补助标准 ≥1200元, 人均培训成本 ≤500元, as the forms write them: a standard paid to each person or a cost of
    each trainee, typed with or without its 元/人), which a longer period does not make larger; a total (补助资金 ≥15万元)
    adds up."""
    name = fold(name)
    if _PROGRESS.search(name):
        return True
    if value.unit in SHARES or value.per:
        return False
    if value.unit in COUNT_UNITS:  # 开展满意度调查次数, 人均培训学时: a count, whatever level it is about, adds up
        return not _AVERAGE.search(name)
    return not _LEVEL.search(name)


@rule("D3", "warning", "年度目标与长期目标混淆", PRACTICE)
def d3_periods(ctx):
    """The annual target differs from the long-term one, and a shorter period's value does not exceed a longer one's.

    Only amounts that add up over a period are compared (`_accumulates`): a level or an average held all along
    (PM2.5平均浓度 半年 ≤36微克/立方米, 全年 ≤33微克/立方米) may well be looser over the half year, and was told 较短期间的目标不应超过.

    Pass: 半年 ≥20条, 全年 ≥40条; PM2.5平均浓度 半年 ≤36微克/立方米, 全年 ≤33微克/立方米; 合格率 半年 ≥98%, 全年 ≥95%.
    Fail: 年度目标 = 中长期目标 word for word; 年度 ≥10次 with 实施周期 ≥5次; 预算执行率 半年 ≥60%, 全年 ≥50%.
    """
    by_parent: dict[tuple, dict[str, tuple[tuple, str]]] = {}
    for target in ctx.facts["targets"]:
        for path, text in ctx.texts(target["path"]):
            by_parent.setdefault(path[:-1], {})[target.get("period", "year")] = (path, text)
    for periods in by_parent.values():
        if ("year" in periods and "term" in periods and not blank(periods["year"][1])
                and fold(periods["year"][1]) == fold(periods["term"][1])):
            yield ctx.report(periods["year"][0], "与中长期（实施期）目标一字不差；年度目标应是本年度要完成的部分")
    for _, row in ctx.rows:
        cells = sorted(((_PERIOD_ORDER.get(c.get("period", "year"), 1), c, v) for c, v in row.values
                        if v.kind is Kind.QUANTITY and v.number is not None), key=lambda t: t[0])
        for (rank_a, a, x), (rank_b, b, y) in zip(cells, cells[1:]):
            if rank_a < rank_b and x.unit == y.unit and x.number > y.number and _accumulates(row.name, x):
                title_b = ctx.title(row.at(b["key"]))
                yield ctx.report(row.at(a["key"]), f"{quote(x.text)}大于{title_b}{quote(y.text)}；较短期间的目标不应超过较长期间的目标")


_CHECKED_AS_WRITTEN = (Kind.GRADE, Kind.QUANTITY, Kind.DATE)
"""Kinds of value a reviewer checks as written (`≥95%`, `6月底前`, `不发生重大安全事故`): one in the target's words (the
target 全年不发生重大安全事故, the value 不发生重大安全事故) states the goal the row measures, as a value should, and copies
no work content; D4 told such a value it did. A value of words (`有效搭建…`) is still read for a copy."""


@rule("D4", "warning", "照抄目标或任务", PRACTICE, similarity=0.8, min_length=6,
      above={"similarity": 0}, maximums={"similarity": 1}, minimums={"min_length": 0})
def d4_copies(ctx):
    """An indicator's name or value is not a sentence copied from the targets or tasks.

    `similarity` (the Dice coefficient of character pairs, 1 for a copy) is above 0 and at most 1: above 1 nothing is
    a copy, the rule silently off; at 0 every indicator is. Between, it is a unit's taste: below half its pairs shared
    a text is more likely one on the same work than a copy (the five example specs: 7 warnings at 0.8, 15 at 0.5, 42
    at 0.2), but a unit may want them shown. `min_length` is at least 0, a length: a clause shorter than 2 has no
    pair to compare and is never a copy, so 0 and 1 compare what 2 does.

    Pass: 活动参与人员满意度; 邀请台湾青年来访人数 beside the target 邀请台湾青年来访 (a count of it: `_measure_added`).
    A value checked as written (不发生重大安全事故 beside the target 全年不发生重大安全事故: `_CHECKED_AS_WRITTEN`).
    Fail: 三级指标 "搭建侨胞创业兴业交流对接平台", a clause of 绩效目标; a value of words copying one.
    """
    threshold, shortest = ctx.param("similarity"), ctx.param("min_length")
    sources = [(where, grams, fold(clause)) for where, clause, grams in _sources(ctx) if len(clause) >= shortest]
    index = _bigram_index(sources)
    for _, row in ctx.rows:
        counted = _counts_the_name(row)
        for key in ["name", *(c["key"] for c, value in row.values if value.kind not in _CHECKED_AS_WRITTEN)]:
            hit = next(((part, where) for part in _clauses(row.item.get(key) or "") if len(part) >= shortest
                        and not (key == "name" and (_measured(row) or counted)
                                 and _named_measure(part, sources, _in_money(row), counted, threshold))
                        for where in [_first_copied(_bigrams(part), sources, index, threshold, _measure_added(key, part))]
                        if where is not None), None)
            if hit:
                yield ctx.report(row.at(key), f"{quote(hit[0])}照抄了{ctx.named(hit[1])}中的文字；"
                                              "指标应写成可衡量的产出或效果，而不是重复工作内容",
                                 quotes=(quote(hit[0]), ctx.named(hit[1])))
                break


@rule("D5", "warning", "重点任务没有对应指标", "部门整体绩效目标编报要求（目标细化分解为工作任务）；" + PRACTICE,
      stopwords=STOPWORDS)
def d5_tasks(ctx):
    """Each 年度重点工作任务 shares key words with at least one indicator name of its table.

    Words of the unit's own name (侨联 in 归国华侨联合会) are no key words: nearly every indicator has them.

    Pass: task 市侨联工作经费 and indicator 市侨联工作经费…; Fail: task 全面从严治党，做好党建工作 and no 党建
    indicator; task 侨联宣传工作 whose only match is an indicator 侨联接待次数.
    """
    stopwords = sorted(ctx.param("stopwords"), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, stopwords))) if stopwords else None
    unit = _bigrams(str(ctx.data.get("unit") or ""))
    for task in ctx.facts["tasks"]:
        names = " ".join(fold(row.name) for listed in ctx.lists if _matches(listed.path, task["indicators"])
                         for row in listed.rows)
        for path, item in ctx.items(task["path"]):
            name = "" if blank(item.get("name")) else str(item["name"])
            segments = terms.CLAUSES.split(pattern.sub("，", fold(name)) if pattern else fold(name))
            keys = {s[i:i + 2] for s in segments for i in range(len(s) - 1)} - unit
            if keys and not any(k in names for k in keys):
                yield ctx.report(path + ("name",), f"任务{quote(name)}在绩效指标中没有对应的指标（指标名称里找不到这项任务的关键词）；"
                                                   "请为每项重点任务设至少一项可衡量的指标")


def _matches(path: tuple, pattern: str) -> bool:
    steps = [s for s in pattern.split(".") if s]
    return len(steps) == len(path) and all(s == "*" and isinstance(p, int) or s == p for s, p in zip(steps, path))


@rule("D6", "warning", "目标定得过低", "财预〔2020〕10号（偏离目标扣分）；" + PRACTICE, min_rates=3, min_same=3,
      minimums={"min_rates": 1, "min_same": 1})
def d6_too_low(ctx):
    """A target is not below last year's (`prior_value`, which way is lower judged as diff judges an edit: `looser`,
    by the comparator and what the indicator measures, a hedge added to a number kept (`8次` → `力争8次`), a grade
    that is a number in words turned into a lower figure (`全覆盖` → `≥90%`), a number turned into a grade (`≥95%` →
    `及时`: 由数值改为定性描述), a step down a scale of grades (`满意` → `基本满意`), a deadline moved later, a cap
    raised on a length of time whose words point no way, by its comparator: 会议时长 `≤2小时` → `≤3小时`), not met
    by doing nothing (`≥0次`; of a length of time whose words point no way, 租赁期限 or 会议举办天数, neither is asked:
    `terms.undirected_duration`), a table's rates
    are not all a trivial 100%, and a table's targets are not all last year's word for word (or with only last
    year's year moved on, as `new --from` moves it in a deadline): `new --from` copies them with the year's
    money, so a spec started from last year's passed lint untouched.

    Pass: ≥95% with prior 90%; ≤3个工作日 with prior ≤5个工作日; 投诉率 0%; one of three targets changed.  Fail: ≥85% with prior ≥90%; ≥0次;
    开展培训 0场; 完好率、保障率、满意度 all 100%; three targets each the same as its prior value, or
    "2025年12月31日前完成" with prior "2024年12月31日前完成" in a 2025 spec.

    `min_rates` and `min_same` are at least 1: at 0 a table with no rate, or no 上年指标值, was told "全部 0 个".
    """
    key = year_column(ctx.facts["values"])
    for listed in ctx.lists:
        rates, same, year_moved = [], [], False
        for row in listed.rows:
            now = row.target(key)
            measure = fold(row.name) + now.prefix  # its way (`terms.direction`: a third of D6, read for every row) is
            if now.percent and not row.cost and not terms.lower_is_better(measure, now.unit):  # read last, where a
                rates.append(now)  # check asks it (预算控制98%以内, 投诉率 0%: caps, not rates to reach)
            if now.kind is Kind.QUANTITY and now.op in ("≥", None) and now.number == 0 and not row.cost \
                    and (now.op or row.role2 == "quantity") and terms.lower_is_better(measure, now.unit) is not True \
                    and not terms.undirected_duration(measure):  # 租赁期限: neither more nor less is a harder target
                yield ctx.report(row.at(key), f"{quote(now.text)}什么都不做也能达到；请写出要完成的数量或水平")
            if not blank(row.item.get(PRIOR_VALUE)):
                pair = str(row.item.get(PRIOR_VALUE)).strip(), str(row.item.get(key) or "").strip()
                same.append(_as_last_year(*pair, budget_year(ctx.data)))
                year_moved = year_moved or pair[0] != pair[1]
            prior = read_target(row.item.get(PRIOR_VALUE), ctx.grades)
            if not prior.text:  # no last year's target (a new row, one `new --from` emptied): nothing lowered; weighing
                continue  # every such row against it was two thirds of D6 over the examples, none of which has one
            if prior.text.strip() == now.text.strip():  # last year's target kept: nothing eased, and weighing it was
                continue  # three quarters of D6's time over 300 specs `new --from` wrote, every target kept
            target = read_target(now.text, ctx.grades)
            years, category = _years(budget_year(ctx.data)), row.role2 or row.role1
            word = looser(row.name, prior, target, *years, category)
            if word:
                hedges = hedges_told(row.name, prior, target, *years, category)
                why = f"（{hedges_said(hedges)}）" if hedges else f"（{GRADED}）" if word == GRADED else ""
                shown = _eased(first_word(word), row.name, prior, target, years, category)
                yield ctx.report(row.at(key), f"{quote(now.text)}比上年的{quote(prior.text)}{shown}{why}；"
                                              f"{_NOT_BELOW[first_word(word)]}；{_KEEP_LOWERED}")
        if len(rates) >= ctx.param("min_rates") and all(r.number == 100 for r in rates):
            yield ctx.report(listed.path, f"全部 {len(rates)} 个比率指标都定为 100%，看不出努力程度；"
                                          "请参照上年实际或行业标准设定可区分好坏的目标", key=True)
        if len(same) >= ctx.param("min_same") and all(same):
            alike = "除年份外一字不差" if year_moved else "一字不差"
            yield ctx.report(listed.path, f"全部 {len(same)} 项指标值都与上年指标值{alike}，像是照搬了上年的目标；"
                                          f"请按 {ctx.data.get('year')} 年度的任务和预算逐项核定，至少调整确有变化的指标", key=True)


_NOT_BELOW = {LOWER_TARGET: "目标一般不应低于上年", HIGHER_COST_CAP: "成本上限一般不应高于上年",
              LATER_DEADLINE: "完成时限一般不应晚于上年", HIGHER_CAP: "目标一般不应比上年宽松", GRADED: "目标一般不应比上年宽松"}
"""What a lowered target should not be, in the words of the way it was lowered (`looser`'s first word): a cost cap
raised or a deadline moved later was told 目标不应低于上年水平，确需调低, though nothing was lowered."""

_KEEP_LOWERED = "确有理由的，在这一行末尾写上 # jixiao: disable=D6 和理由（如 # jixiao: disable=D6 任务调整），lint 不再报告这一行"
"""How a target lowered on purpose is kept, its reason written where reviewers read the spec: the advice was to write
the reason 在说明中, though no form has a place for one and the finding went on being reported."""


def _eased(word: str, name: str, prior: Value, target: Value, years: tuple, category: str | None) -> str:
    """How a target eased against last year's, in the word its figures show (`looser`'s first word): 低 a floor lowered,
    高 a cost cap raised (`≤50万元` → `≤60万元`) or another cap whose typed figure rose (差错率 `≤1%` → `≤2%`; 长 of a
    time), 晚 a deadline put later (`6月底前` → `9月底前`, `9月底前后` too, `每月10日前` → `每月15日前`), 长 a time to get something done lengthened
    (办理时限 `≤5个工作日` → `≤7个工作日`). 宽松 where no figure moved that way: a hedge added to what is kept
    (`≤11.9万元` → `约11.9万元`: `hedges_added`), a comparator turned (`≤50万元` → `≥50万元`: `turned_around`), a fall
    asked less of (`压减5%` → `压减3%`, whose figure is lower in words: `_figure_raised`), how often, a grade.
    Every easing was 宽松 but a lowered floor, though a cap raised or a deadline moved later is exactly 高 or 晚."""
    if word == LOWER_TARGET:
        return "低"
    if word not in (HIGHER_COST_CAP, HIGHER_CAP, LATER_DEADLINE) or hedges_added(name, prior, target, *years, category) \
            or turned_around(name, prior, target, category):
        return "宽松"
    if word == HIGHER_CAP:  # 长 of a time (办理时效 `≤5个工作日` → `≤7个工作日`), as of one to get something done
        return ("长" if target.unit in TIME_UNITS else "高") if _figure_raised(name, prior, target) else "宽松"
    if word == HIGHER_COST_CAP:
        return "高"
    dated = any(value.kind is Kind.DATE or value.by is not None or recurring_deadline(value)
                for value in months_as_dates(prior, target))
    return "晚" if dated else "长"


def _figure_raised(name: str, prior: Value, target: Value) -> bool:
    """Whether a cap eased (not a cost's) reads higher as typed: two amounts in one unit, neither a fall nor how often
    (`same_measure.signed`: `压减5%` → `压减3%` is -5% → -3%, a cap raised, yet 3 is no higher than 5 to a reader)."""
    before, after = signed(name, prior), signed(name, target)
    return before.kind is after.kind is Kind.QUANTITY and before.unit == after.unit \
        and None not in (before.number, after.number) and 0 <= before.number < after.number \
        and before.by is after.by is None and times_a_year(before) is times_a_year(after) is None


def _years(year: int | None) -> tuple[int | None, int | None]:
    """(last year, this year) of a spec's budget year, which deadlines written with a year are read against
    (last year's `2024年6月底前` is this year's `2025年6月底前`, no later); neither for a spec without a year."""
    if year is None:
        return None, None
    return year - 1, year


def _as_last_year(prior: str, now: str, year: int | None) -> bool:
    """Whether a target is last year's word for word, or as `new --from` wrote it: last year's year moved
    to this one (`2024年12月31日前完成` → `2025年12月31日前完成`), by the rollover's own rewriting."""
    if prior == now:
        return True
    if year is None:
        return False
    return moved_years(prior, {year - 1: year}, target=True)[0] == now


@rule("D7", "error", "日期不在预算年度", "《中华人民共和国预算法》第十八条（预算年度自1月1日起至12月31日止）")
def d7_year(ctx):
    """A year or month in this year's value column lies in the budget year (full dates: validate's DATE-YEAR).

    A date written relative to the budget year is read from it: 次年/下一年度/翌年 is the year after, so a 2024
    form's annual deadline 次年3月底前 is 2025, outside the year, like 2025年3月底前; 年底前 and 12月底 are 2024.
    What is to be done by then does not change the date: 次年3月底前完成验收 is 次年3月底前, and so is the deadline of
    a count done by it (次年3月底前完成2次检查: `Value.by`).

    A date with numbers spelt in Chinese numerals (二〇二三年底前, 次年三月底前) is read as the figures B7 asks for.

    Pass: "2022 年度。" in a 2022 spec; 年底前完成, 12月底前, 年内完成.  Fail: "2021 年度", "2023年6月底前",
    "2023年第一季度", 二〇二三年底前 in a 2022 spec; 次年3月底前, 次年3月底前完成验收, 下一年度 in any spec.
    """
    year = budget_year(ctx.data)
    if year is None:
        return
    for _, row in ctx.rows:
        for column, value in row.values:
            if value.kind is Kind.TEXT:
                value = parse(value.text, ctx.grades, numerals=True)
            if value.by is not None:  # 次年3月底前完成2次检查: the count's deadline is the date
                value = replace(value.by, text=value.text)
            if column.get("period", "year") == "term" or value.kind is not Kind.DATE:
                continue
            if value.offset is None and value.date[2] is not None and full_date(value.text):
                continue  # a full date with its year: validate's DATE-YEAR reports it
            lies = value.year(year)
            if lies == year:
                continue
            said = quote(value.text)
            if value.offset is not None:  # 次年3月底前: say which year that is
                month, day = value.date[1:]
                said += f"即 {lies} 年" + (f" {month} 月" if month else "") + (f" {day} 日" if day else "") + "，"
            advice = "；跨年度才能完成的部分请写在实施期目标或以后年度的目标中" if lies > year else ""
            yield ctx.report(row.at(column["key"]), f"{said}不在预算年度 {year} 年内；本年度的指标值应在 {year} 年内完成{advice}")


_SAME_UNIT = {"场": "次", "场次": "次", "名": "人", "批次": "批", "期次": "期", "篇次": "篇", "户次": "户"}
"""Measure words that count the same thing (3场 and 3次 of 讲座)."""
_STATED = re.compile(rf"(?<![\d.第{terms.NUMERALS}数几“《])(\d+(?:\.\d+)?|[{terms.NUMERALS}]+)(" + "|".join(COUNT_UNITS)
                     + r")(?!月|工作日|小时|百分点)")
_FREQUENCY = re.compile(r"每[年月周日天季]?度?[^\d]{0,4}$")  # 党支部每月不少于2次: a frequency, not a count for the year
_ABOUT = re.compile(r"约|大约|左右|近|余")
_COUNT_NAME = re.compile(r"举办|开展|组织|召开|完成|参加|参与|活动|工作|次数|场次|人数|人次|数量|个数|项数|件数|户数|家数|"
                         r"全年|年度|累计|总|不少于|至少|达到|以上|共|各")
"""Words of an indicator or a sentence that say nothing about what is counted (举办活动场次 counts 活动 of no kind)."""


_NOT_WORDS = re.compile(r"[^\u4e00-\u9fffA-Za-z]+")  # digits, punctuation, quotes: no part of what is counted


def _number(written: str) -> Decimal | None:
    """The count a stated number says: 3, 三, 两, 十二, 二十五, 一百零五; None where it is no plain count.

    Targets and tasks are prose and often spell counts (举办三场讲座, 十二期, 两次), where indicators write digits.
    A lone 一 is left: it is as often an article or a slogan's (建设一支队伍, 一户一策, 一次性) as a count; so is a lone 零
    (零事故, 零投诉), a slogan's word. So are what is no numeral of one number (十四五, 两三次), the spoken 三百五
    (350, not 305) and, by `_STATED`, a number that opens a quoted name (“四个出新出彩”, “三场讲座进社区”活动):
    a slogan, not a count."""
    if written[0].isdigit():
        return Decimal(written)
    number = chinese_number(written) if written not in ("一", "零", "〇") else None
    return None if number is None else Decimal(number)


def _unit(unit: str) -> str:
    return _SAME_UNIT.get(unit, unit)


class _Stated(NamedTuple):
    """A count a target or task states: 举办3场讲座."""

    path: tuple
    clause: str
    number: Decimal
    unit: str
    grams: set
    approximate: bool  # 约576人次


def _statements(ctx, listed) -> Iterator[_Stated]:
    """The counts stated by the targets and tasks a list's indicators measure (a project's own, the unit's own)."""
    texts = []
    for kind, fact, path, text in goal_texts(ctx.facts, ctx.data, period="year"):
        if kind == "targets":
            holder = (path[:-1] if isinstance(path[-1], int) else path)[:-1]  # the item the target belongs to
            if listed.parent[:len(holder)] == holder:
                texts.append((path, text))
        elif _matches(listed.path, fact["indicators"]):
            texts.append((path, text))
    for path, text in texts:
        for clause in _clauses(text):
            folded = fold(clause).replace(" ", "")
            if "〔" in folded:  # 湛办发〔2018〕23号文第六项16条: a document's number, no count
                continue
            counts = [(found, number) for found in _STATED.finditer(folded)
                      for number in [_number(found.group(1))] if number is not None]
            grams = _bigrams(_STATED.sub(lambda found: "" if _number(found.group(1)) is not None else found.group(0),
                                         folded))
            for found, number in counts:
                if not _FREQUENCY.search(folded[:found.start()]):
                    near = folded[max(0, found.start() - 3):found.end() + 2]
                    yield _Stated(path, clause, number, found.group(2), grams, bool(_ABOUT.search(near)))


def _about(text: str) -> set[str]:
    """The bigrams that say what is counted: the text without count words."""
    parts = _COUNT_NAME.sub("|", _NOT_WORDS.sub("|", fold(text))).split("|")
    return {part[i:i + 2] for part in parts for i in range(len(part) - 1)}


@rule("D8", "info", "指标数值与目标不一致", PRACTICE, share=0.67, minimums={"share": 0}, maximums={"share": 1})
def d8_numbers(ctx):
    """A count in this year's indicator value agrees with the count the targets or tasks state for the same thing.

    A statement is a number, in digits or words, with a measure word in a clause of a target or task (举办3场讲座,
    举办三场讲座, 培训两百人次; not 每月2次, not 第十次, not a lone 一: 建设一支队伍); it is about the same thing when it
    holds most (`share`) of the words the indicator's name and the words before its number count (讲座 in 举办讲座场次,
    培训 in 培训人数). Reported only when no such statement has the indicator's number and those that are closest agree
    on another: approximate ones (约576人次) within 10%.

    `share` is a share, 0 to 1: above 1 no statement would be about the same thing, the rule silently off. Below half
    (at 0 any statement counted in the same unit, the closest taken) is loose, but a unit's choice, and taken.

    Pass: 任务 召开理事会（或扩大会议）2次 and 召开理事会次数 2次; 举办台胞联谊活动…共5次 beside …活动3次 for 开展台胞活动5次以上.
    Fail: 目标 举办3场讲座 (or 三场) and 举办讲座场次 ≥5场; 培训200人次 and 培训人数 ≥150人次.
    """
    share = ctx.param("share")
    for listed in ctx.lists:
        statements = None
        for row in listed.rows:
            if row.cost or row.satisfaction:
                continue
            for column, value in row.values:
                if (column.get("period", "year") != "year" or value.kind is not Kind.QUANTITY or value.number is None
                        or value.unit not in COUNT_UNITS):
                    continue
                about = _about(row.name + value.prefix)
                if not about:
                    continue
                if statements is None:
                    statements = list(_statements(ctx, listed))
                near = [(len(about & s.grams), s) for s in statements
                        if _unit(s.unit) == _unit(value.unit) and len(about & s.grams) >= share * len(about)]
                if not near or any(s.number == value.number or s.approximate and abs(s.number - value.number) <= s.number / 10
                                   for _, s in near):
                    continue
                best = max(score for score, _ in near)
                closest = [s for score, s in near if score == best]
                if len({s.number for s in closest}) > 1:
                    continue  # the closest statements disagree among themselves: which one the indicator counts is unclear
                stated = closest[0]
                line = ctx.spec.locate(stated.path)[0]
                yield ctx.report(row.at(column["key"]),
                                 f"{quote(value.text)}与{ctx.named(stated.path)}（第 {line} 行）中的"
                                 f"{quote(stated.clause, 40)}不一致：文中是 {stated.number.normalize():f}{shown(stated.unit)}，"
                                 f"指标是 {value.number.normalize():f}{shown(value.unit)}；同一件事的数字在目标和指标中应一致，请核对")


def _target_texts(ctx) -> Iterator[tuple[tuple, str]]:
    """(path, text) of each text that states this year's targets: the form's goal texts (`goal_texts`: 总体目标, 年度目标,
    中长期目标, each key task's texts) and each indicator's name and values. Not 上年指标值, last year's target as it was,
    nor the texts that rightly tell the past: 部门职能, 机构设置, 资金用途, a project's name. Nor a value D7 or DATE-YEAR
    reads as a date, or as a count done by a deadline (`Value.by`: 2024年12月底前完成5次, whose deadline D7 reads as
    the date), in a column of the year or half a year: they say it lies outside the budget year already."""
    for _, _, path, text in goal_texts(ctx.facts, ctx.data):
        yield path, text
    for _, row in ctx.rows:
        yield row.at("name"), row.name
        for column, value in row.values:
            read = parse(value.text, ctx.grades, numerals=True)
            dated = read.kind is Kind.DATE or read.by is not None
            if not dated or column.get("period", "year") == "term":
                yield row.at(column["key"]), value.text


def _around(text: str, mention) -> str:
    """The words around a year, on its own line of the text (a `|` block's lines are the text's): a message's quote."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end) % (len(text) + 1)
    return excerpt(text[start:end], mention.start - start, 6, through=mention.end - 1 - start)


@rule("D9", "warning", "目标写着往年", "《中华人民共和国预算法》第十八条（预算年度）；" + PRACTICE)
def d9_earlier_year(ctx):
    """A text of this year's targets that sets a target for an earlier year than the budget year's (2024年，…,
    2024年底前研究提出… in a 2025 spec) is most likely last year's copied, the year left as it was: it is asked to be
    checked, not called wrong, for it may be meant. Only a year that reads as the time a target is set for is told
    (`year_mentions.set_for`): a target text speaks of past years in ways no list can hold (巩固2024年成果,
    2024年以来, 落实《2024年工作要点》), and D9 once warned of every one it did not know.

    Pass: 2025年底前研究提出…, 较2024年增长10%, 巩固2024年成果 in a 2025 spec.  Fail: overall_target 2024年，… or
    2024年我会将… in a 2025 spec; an indicator named 2024年度侨务接待次数 there; 确保2024年底前完成 in a task's goal.
    """
    year = budget_year(ctx.data)
    if year is None:
        return
    for path, text in _target_texts(ctx):
        earlier = [m for m in mentions(text) if m.kind == "year" and m.year < year and set_for(text, m)]
        if earlier:
            years = "、".join(dict.fromkeys(str(m.year) for m in earlier))
            yield ctx.report(path, f"写着 {years} 年（{quote(_around(text, earlier[0]), 40)}），"
                                   f"早于预算年度 {year} 年；如果是照搬上年的文字，请改成 {year} 年的目标，"
                                   f"确实说的是那一年的事可以不改", char=earlier[0].start)


RULES = (d1_keywords, d2_satisfaction_as_effect, d3_periods, d4_copies, d5_tasks, d6_too_low, d7_year, d8_numbers,
         d9_earlier_year)
