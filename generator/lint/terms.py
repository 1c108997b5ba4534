"""The national indicator vocabulary lint reasons with: categories and the words that mark a kind of measure.

Frames differ by form (the variant's profile lists them); what a category *is* does not: 数量/质量/时效
are outputs, 经济/社会/生态/可持续 are effects (财预〔2020〕10号 附件1; 财预〔2021〕101号). A category is
recognised by its name with or without the trailing 指标, after the variant's aliases (a form that
heads its outputs 完成指标 declares `完成指标: 产出指标`). Anything else, such as a free-text 二级 that
names a duty, has no role and the role-based rules leave it alone.

It also holds what the rules read as a cap of spending (`_CAPPED_COST`, `_HELD`, and the words of control before and
after them): the 三公 funds, 会议费, 培训费, 差旅费, 公务接待费, 因公出国(境)费 and 公务用车 costs, and counts of meetings, training, trips
abroad, receptions and official cars a name or value says are held down (a control word within four characters of
the count, or before it; in a value only in the clause of the number). A bare count of trips, official receptions
(guests, delegations) or cars may be the unit's own work: words of the name that tell a direction are read
(公务用车无事故天数), else the author's comparator decides (B5 is silent either way; diff and D6 read it, a new value without
one taking the old one's), and only with no comparator on either side is it read by its category. Receiving the
people a unit serves (接待来访侨胞, 接待台胞) is its own work even where 控制 is written. Places in a ranking (`RANKING`:
名列全省第3, 排名第一) are the better the lower; the top N (`_TOP`: 排名前3, 前三名) is any place up to N, and a place put later is
a target lowered (`排名前3` → `排名前5`); `前5%` is a share of places, which B3 asks no comparator of, and a bound on the
place as the top N is (`前10%` → `前20%` is a target lowered); `第3名以上` is the third or better (`_OR_BETTER`), no ≥ for
B5 to tell; a value that is a place by its own words is one whatever the row's name says (`placed`); a comparator before
a place (`≥第5名`) is unclear, and B3 asks for `前5名` or `第5名以内`. B5 names the words it read, and the reason for a
wrong direction only as they apply to the row. Savings, cuts and rates of decrease of such money are the more the
better (≥; diff calls a smaller one 目标降低), a 变动率 still ≤.
"""
from __future__ import annotations

import re
import unicodedata

from ..chinese_numerals import NUMERALS, chinese_number
from ..done_verbs import FINISHED
from ..filled_text import fold
from ..hedge_words import OPENING_HEDGES
from ..value_kinds import (CHANGES, COUNT_UNITS, MONEY_UNITS, POINTS, SHARES, TIME_UNITS, ZERO_AS_NONE, Kind, Value,
                           is_unit, normalise)
from ..values import parse

CLAUSES = re.compile(r"[。；;，,\n]+")
"""What ends a clause of a text (split on it): a target's sentences, a value's words before its number."""
VAGUE_HEDGES = ("力争", "尽量", "基本")
"""Hedges that are vague even where no number follows them (力争做好, 基本完成): lint's B6 lists them among its vague
words (`measurability.VAGUE`)."""
DEGREE = ("明显", "显著", "有所", "进一步", "逐步", "稳步", "大幅")
"""Words of how much a thing improves that give no measure (明显提升, 有所提高, 进一步加强): lint's B6 lists them among its
vague words (`measurability.VAGUE`), and a hedge before one softens the target (`力争有所提升`: `hedges._SOFTENED`)."""
VAGUE_COUNTS = ("一批", "一些", "若干", "多个", "一系列")
"""Words of an amount that name no number (建成一批示范点, 开展一系列活动, 若干项目): lint's B6 lists them among its vague
words, as a reviewer can no more check 一批 than 有所; a 一 with a measure of one (一次, 一个, 一项) is a count, and
一批次, 第一批 and 多个性化 (`measurability._TERMS_WITH_VAGUE_WORDS`) hold no such word."""
HEDGES = VAGUE_HEDGES + ("争取", "争创", "尽可能", "原则上", "一般", "大约", "约", "基本上", "大体上", "大致上", "大体", "大致",
                         "力求", "尽力")
"""Words before a target that leave it unsure (力争8次, 约20次, 原则上≥95%, 基本完成): the target is no longer one the unit
commits to, and diff calls one added a loosening (`weakening`). 基本, 一般, 争取 and 约 are hedges only beside what
they soften: 基本医疗保险, 节约, 一般公共预算, 争取专项资金 (obtained) say something else; the rest begin no noun
(`hedge_words.CLEAR_HEDGES`), though only the vague ones are B6's to list, as 原则上 or 争取 beside a number still
leaves it checkable. 基本上 is 基本 as people say it (基本上完成, 基本上达到95%), whose 上 no verb of doing begins, so
read as a word of its own; 大体, 大致 (and with 上) say as much, 力求, 尽力 and 争创 (争创全省前3) as 力争. One hedge
within a longer one found at its place (the 大体 of 大体上) is that one (`hedges`)."""
BY_FORCE = ("努力", "全力", "着力", "大力", "竭力", "奋力", "倾力", "鼎力", "协力", "聚力")
"""Words of doing a thing with all one's strength (努力提交提案3篇, 全力推进): how it is done, no hedge, though their 力 may
stand right before a hedge's 争 or 求 (努力争取 is 努力 and 争取: `hedges`), and diff reads a target without them
(`target_texts`)."""
LIMITING = ("有限", "适度", "适当", "一定程度", "略有", "略微", "略高", "略低", "稍有", "稍微", "稍高", "稍低")
"""Words of degree that already promise little (有限提升, 适度增加, 一定程度改善, 略有提高): a value without a number
written with one softened its own target, so a hedge put in its place (有限提升 → 力争提升) swaps one softener for
another and takes nothing back (`hedges`). 略 and 稍 count only with the word they soften, since 略 alone ends words
of its own (战略, 策略, 省略)."""
DOING = FINISHED + ("|做到|做好|搭建|新建|改造|落实|覆盖|满足|保持|保障|控制|确保|保证|开展|举办|举行|召开|申报|"
                    "组织|实施|推进|推动|促进|提供|发放|提交|报送|走访|慰问|出版|发布|印发|出台|制定|修订|办结|验收|交付|"
                    "上线|开通|建立|设立|引进|完善|健全|巩固|培育|扶持|支持|带动|提升|提高|增强|改善|优化|加强|增加|扩大|降低|减少|"
                    "下降|压减|压缩")
"""Verbs of doing or improving that a target may open with (搭建平台3个, 保障到位, 开展活动8次, 申报项目3个,
提交提案3篇, 提升至95%), the verbs of a thing finished among them (`done_verbs.FINISHED`: 完成, 竣工, 投入使用), one
vocabulary with what B6 reads as a deadline's: a hedge right before one softens the target (力争搭建平台3个, 基本保障到位, 基本竣工: `hedges`).
Not 建设, 服务, 接待, 采购 or 维护, which after 基本 or 一般 open the name of a thing (基本建设项目, 一般服务, 一般接待标准,
一般采购项目, 一般维护费)."""
LEVEL1_ROLES = {
    "产出": "output", "效益": "effect", "成本": "cost", "满意度": "satisfaction",
    "服务对象满意度": "satisfaction", "社会公众或服务对象满意度": "satisfaction",
}
LEVEL2_ROLES = {
    "数量": "quantity", "质量": "quality", "时效": "timeliness", "成本": "cost",
    "经济成本": "cost", "社会成本": "cost", "生态环境成本": "cost",
    "经济效益": "economic", "社会效益": "social", "生态效益": "ecological", "环境效益": "ecological",
    "可持续影响": "sustainable", "满意度": "satisfaction", "服务对象满意度": "satisfaction",
    "社会公众或服务对象满意度": "satisfaction",
}
NAMES = {
    "output": "产出指标", "effect": "效益指标", "cost": "成本指标", "satisfaction": "满意度指标",
    "quantity": "数量指标", "quality": "质量指标", "timeliness": "时效指标", "economic": "经济效益指标",
    "social": "社会效益指标", "ecological": "生态效益指标", "sustainable": "可持续影响指标",
}
PLACES = {
    "quantity": {"output"}, "quality": {"output"}, "timeliness": {"output"}, "cost": {"output", "cost"},
    "economic": {"effect"}, "social": {"effect"}, "ecological": {"effect"}, "sustainable": {"effect"},
    "satisfaction": {"effect", "satisfaction"},
}
"""Which 一级 roles each 二级 role may sit under (satisfaction under 效益 in the older frame)."""

OUTPUT_KINDS = ("quantity", "quality", "timeliness", "cost")

LOWER_BETTER_ROLES = {"quantity": False, "quality": False, "satisfaction": False, "cost": True}
"""Which way a category's values point when the measure's words do not say (`lower_is_better`): a count to
complete, a quality or satisfaction level to reach (higher), a cost to control (lower; 财预〔2021〕101号:
成本控制要求). 时效 holds rates and durations alike, and what an effect measures decides its direction,
so those categories point no way by themselves."""

_ENERGY = "能耗|耗能|能源消耗|(?:用|耗)电量|电耗|(?<=节约|节省|减少|降低|压减|压缩|缩减|削减|压降)用电"
"""Energy used, to keep low (`LOWER_BETTER`); a cut of it is a saving as one of money is (能耗下降率: `_fallen`).
Electricity used is energy (用电量 ≤1000度, 耗电量, 单位电耗, and 节约用电 ≥1000千瓦时 as 节约能耗 ≥100吨标煤 is: `saved_amount`),
but 用电 alone only after a cut, as 安全用电宣传次数 and 用电安全检查次数 count work done, no electricity used."""
_REVIEWED_BY = "复议|诉讼|法院|上级"
_DECISION = "决定|判决|裁定|处罚|行为"
_WORKED_ON = r"单位|对象|企业|机构|组织|人(?!民)"
_BY = rf"被(?![^，。；,;率]{{0,4}}?(?:{_WORKED_ON}))"
"""被 of a passive, not the one the unit's work is done to (被审计单位, 被检查对象, 被执行人; 被人民法院 is a passive):
被审计单位问题纠错率 is the audited units' errors put right, work of the audit to raise."""
_OVERTURNED = (rf"败诉|{_BY}[^，。；,;率]{{0,6}}?(?:改判|发回重审|纠错|确认违法)|一审[^，。；,;率]{{0,8}}?(?:改判|发回重审)|"
               rf"(?:(?:{_DECISION})被|{_BY}[^，。；,;率]{{0,4}}?(?:{_REVIEWED_BY}))[^，。；,;率]{{0,4}}?撤销")
"""The unit's own decision or judgement undone by whoever reviews it, or a suit it lost (审计决定被行政复议撤销数,
行政处罚决定被撤销率, 被改判案件数, 案件被发回重审率, 行政复议被纠错率, 行政诉讼败诉率): an error of its work, found by
another, to keep low as a 差错 is; and a first-instance judgement changed or sent back (一审案件改判发回重审率,
一审判决被改判数): 一审 names the court whose judgement the appeal undoes, the passive unsaid. Otherwise only in the
passive, and 撤销 only of a decision (`_DECISION`) or by a reviewer (`_REVIEWED_BY`): the unit revoking what others hold
is work done (依法撤销违法许可件数, 吊销/撤销违法企业执照数, 被撤销行政许可数, 撤销登记办理时限), and the reviewer's own 纠错
(行政复议纠错率: `_REVIEWERS_OWN`, 纠错机制建设) may be its work too. Not 被纠正, whose 纠正 is the handling of an error
(`_HANDLING`: 差错纠正件数)."""
_WRONGLY = r"(?<!纠)错(?:案|判|报|登|录|填|发|检)|(?<!纠)误(?:判|报警?|发|检)|(?<![查检找])出错"
"""A case decided, or a record or payment made, wrongly (错案率, 错判率, 数据错报率, 补贴错发率; 误 says it as 错 does:
疑点数据误报率, a monitor's false alarms, 误判率, 误发率; a fire alarm's 误报警率 too), or anything gone wrong (出错率, 系统出错次数): errors to keep
low, counted (错案数) or as a rate, as what is left out (`_OMITTED`) is; not the 错 a 纠错 puts right (纠错案件数,
纠误), nor 错 of a time or place set apart (错峰出行率, 错时服务, 错位发展)."""
_RECURRENCE = r"复发|复吸|再犯罪?|重新犯罪|重复(?:犯罪|信访|上访)|返贫"
"""A harm coming back to those a unit has dealt with: violence or illness recurring, a drug habit or crime taken up
again, a grievance brought back (重复信访, 重复上访: the first petition left unresolved), the poor helped out of poverty
falling back into it (家庭暴力案件复发率, 复吸率, 再犯罪率, 重新犯罪率, 重复犯罪率, 重复信访率, 返贫率): the harm the work was
to end, to keep low, which a 率 alone read as a rate to reach, so B5 told 家庭暴力案件复发率 ≤5% and 重复信访率 ≤5% to use
≥, and 重复犯罪率 was told by the reason of errors, not of recurrence. Counted too (再犯罪人数, 复发案件数, 重复信访人次:
`_HARM_COUNTED`); a rate of it not happening (未复发率) is its absence (`_NO_BAD_RATE`), one of handling it (复发处理率,
重复信访化解率) work done, and a count with the verb of work on it right before (预防重新犯罪人数: `_RECURRENCE_WORKED`) the work."""
_PREVENTING = "预防|防控|防范"
_FIGHTING_CRIME = "打击|严打|打掉|破获|侦破|侦办|查办|查处|惩治|逮捕|抓获|起诉|审判|帮教"
_CRIME_WORK = f"{_FIGHTING_CRIME}|{_PREVENTING}"
"""Verbs of work on crime: fighting, solving, punishing or preventing it, or helping those who did it (帮教), each of two
characters, so that `_CRIME` looks back for them whole. Not 矫正, which names those under it as often
(社区矫正对象违法犯罪人数: crimes they commit)."""
_CRIME = rf"(?<!{_FIGHTING_CRIME})(?<!(?:{_FIGHTING_CRIME}).)(?<!(?:{_FIGHTING_CRIME})..)(?:违法)?犯罪"
"""Crimes committed (青少年违法犯罪案件数, 犯罪率, 教唆犯罪案件数, 邪教犯罪案件数), not those the unit's work fights, whose
verb stands at most two words before (打击犯罪率, 打击违法犯罪案件数, 破获刑事犯罪案件数, 查处犯罪): crimes fought or solved
are work done. The verb whole: its last character alone was looked for, so the 教 of 教唆 (instigation) and 邪教 (a
cult), the last of 帮教, made 教唆犯罪案件数 work done and no way. A verb further off is found in a count by
`_CRIME_FOUGHT`, which reads prevention too (预防犯罪人数: people reached). A rate after prevention (预防犯罪率,
防控犯罪率) is still the crime's, the statistic a prevention programme is measured by, as 预防青少年违法犯罪率 was read:
no rate of crimes prevented is kept, as those never happened (it was read as a rate to reach, so B5 told 预防犯罪率
≤1% to use ≥); a crime recurring after prevention (预防再犯罪率) may be the share of those helped who did not
reoffend, and is the author's (`_RECURRENCE_PREVENTED_RATE`)."""
_CRIME_FOUGHT = re.compile(rf"(?:{_CRIME_WORK})[^，。；,;率]*?(?<!再)(?<!重新)(?<!重复)(?:违法)?犯罪")
"""Crimes a count names as what the unit's work is on, whatever words of their kind stand between (破获电信网络诈骗
犯罪案件数, 查处涉税违法犯罪案件数, 预防青少年违法犯罪案件数, 帮教违法犯罪人员数): cases solved or people helped, which
`_CRIME`'s look two words back let through as crimes committed, so B5 told 破获电信网络诈骗犯罪案件数 ≥50件 to use ≤;
no crime counted, as in a system's name (`_unnamed`), and the count is read by its category. Not a crime committed
again (帮教对象再犯罪人数, 重新犯罪人数: `_RECURRENCE`), the harm the work was to end, unless the verb stands right
before it (`_RECURRENCE_WORKED`)."""
_HARM_COUNTED = rf"(?:{_RECURRENCE}|{_CRIME})(?:案件|案|人员)?(?:[件起例户]数|人数|人次|数量|数)"
"""A count of crimes committed or of a harm recurring (青少年违法犯罪案件数, 再犯罪人数, 复发案件数, 返贫户数): harm to
keep low, as cases of crime arising (发案数) are, so B2 showed 违法犯罪案件数 逐年下降 the example ≥3件. Only the count
itself: 预防犯罪宣传次数 counts publicity."""
_HARM_ARISING = r"(?:事件|案件|火灾)发生(?:[件起次例]数|数量|数)"
"""A count of incidents, cases or fires arising (重大群体性事件发生数, 债务风险事件发生数, 民转刑案件发生数, 火灾发生起数):
harm to keep low, as accidents arising (事故发生数) are, which no word read, so B5 told 群体性事件发生数 ≤1起 under
数量指标 to use ≥. Only a harm named before 发生: 发生 alone may count business done (业务发生数)."""
_IRREGULAR_PETITION = r"(?:越级|非正常)[上信]访"
"""Petitions taken past the proper level or out of the proper channels (越级上访, 非正常上访): a failure of the work on
grievances, to keep low as a rate (越级上访率, `_BAD_THINGS`) or a count (越级上访人次, 非正常上访人次, `LOWER_BETTER`);
B5 read the count by its category and the 非 of 非正常 as work not done well (`_NOT_DONE`)."""
_OMITTED = r"漏(?:报|登|统|录|填|缴|损|管)"
"""What is left out of a count, a record, a payment or supervision (普查数据漏报率, 单位漏登率, 社保费漏缴率, 社区矫正对象
漏管率) or lost from pipes (管网漏损率):
errors to keep low, as a missed diagnosis (漏检, 漏诊: `_BAD_OUTCOMES`) is; 漏洞修复率 is a flaw fixed, work to complete."""
_LAPSES = rf"违约|过错|脱管|{_OMITTED}"
"""Lapses of a duty: a contract or a debt defaulted on (违约), a fault in enforcing the law (执法过错), those under
supervision lost from it (脱管) or never taken in (漏管), and what else is left out (`_OMITTED`): to keep low as a rate
(债务违约率, 社区矫正对象脱管率, `_BAD_THINGS`) or a count (`_LAPSE_COUNTED`)."""
_LAPSE_COUNTED = rf"(?:{_LAPSES})(?:案件|案|人员|行为|事件|企业|单位)?(?:[件起次例户]数|人数|人次|数量|数)"
"""A count of lapses (违约次数, 执法过错次数, 社区矫正对象脱管人数, 漏管人数, 漏缴企业数): to keep low as their rates are,
which no word read, so B5 told 脱管人数 ≤2人 under 数量指标 to use ≥. Only the count itself: 违约用电查处次数 counts
work, and a verb of dealing with the lapse right before (查处违约行为次数: `_RECURRENCE_WORKED`) makes it the work's."""
LOWER_BETTER = re.compile(r"差错|错误|失误|投诉|事故|故障|违规|违纪|超支|损失|变动|调整(?:比?率|比例)|结余|"
                          r"结转|控制(?:比?率|比例)|成本|费用|支出|经费|逾期|超期|延误|滞后|超时|发生(?:比?率|比例)|"
                          r"返工|下降|降低|"
                          rf"减少|发案|发病|差评|{_ENERGY}|{_OVERTURNED}|{_WRONGLY}|"
                          r"(?:死亡|病死|病亡|致死|伤亡|致残)(?:人数|人次|例数|病例|数)|"
                          rf"{_HARM_COUNTED}|{_HARM_ARISING}|{_IRREGULAR_PETITION}|{_LAPSE_COUNTED}")
"""Words of a measure to keep low; a loss recovered (挽回经济损失金额) is no loss, but money won back (`_RECOVERED`).
Cases of crime or disease arising (刑事案件发案数, 传染病发病人数) are to keep low as accidents are, bad reviews (差评次数)
as complaints, and so are the dead or maimed counted (死亡人数, 伤亡人数, 病死病例): only a count of them, as 死亡 also
names the work done for the dead's families (死亡抚恤金发放人数, 死亡证明办理件数). A rate is as often written 比率 or
比例 (预算调整比率, 预算调整比例): 调整率 alone left those to read as shares to reach. Energy used (能耗 ≤100吨标煤,
单位能耗, 能源消耗量) is to keep low as a cost is; a cut of it in % (降低能耗 ≥5%: `_cut_way`) the more the better.
A lag (进度滞后项目数, 整改滞后问题数) is a delay, which the 整改 before it no longer read as one to keep low."""
_OF_A_SYSTEM = re.compile(rf"(?:{LOWER_BETTER.pattern})(?=[^，。；,;率]{{0,6}}?(?:制度|机制|预案|体系|规程|办法|台账))")
"""A word of what is to keep low naming what a system, plan or record is about (事故报告制度建立, 投诉处理机制,
生产安全事故应急预案, 事故隐患排查治理体系, 差错追究办法, 投诉台账): the system is set up or kept, no accident or complaint
counted, so that word says no way (`direction` reads `LOWER_BETTER` past it), while one after the system is still
read (事故应急预案演练经费 is money)."""
_TAUGHT_ABOUT = re.compile(r"(?:事故|故障|投诉|差错|失误|发案|发病)(?=[^，。；,;率]{0,6}?(?:培训|教育|演练|讲座|宣讲|宣传))")
"""A bad thing naming what training, teaching or drills are about (事故报告培训人次, 安全事故应急演练次数, 投诉处理培训场次,
事故警示教育人次): people trained or drills held, no accident or complaint counted, so that word says no way, as
one a system is about (`_OF_A_SYSTEM`), and the count is read by its category. Only a thing that happens to the
unit: 违规培训, 违纪宣传 are training or publicity done against the rules, still to keep low."""
_CHECKED_FOR = re.compile(r"(?:事故|故障)(?=[^，。；,;率]{0,4}?(?:巡检|巡查|巡视|排查|检修|检查|检测|监测|预警|预防|防范|"
                          r"维护|保养))")
"""A mishap naming what inspections, checks or upkeep look for (故障巡检次数, 故障排查次数, 设备故障检修次数, 事故隐患排查次数,
安全事故检查次数): work the unit plans and does, more of it no more breakdowns, so that word says no way, as one training is
about (`_TAUGHT_ABOUT`), and the count is read by its category (≥ under 数量指标). Not a repair of what broke (故障维修次数,
`_HANDLING`), as many as the breakdowns, which the author's comparator decides (`bound_way`), nor a rate (故障率)."""

_SPENDING_REVIEWED = re.compile(r"(?:成本|费用|支出|经费)(?=[^，。；,;率]{0,4}?(?:绩效评价|评价|评审|审计|审核|核查|监督|检查)"
                                r"(?![^，。；,;]{0,4}?费))")
"""Spending naming what an evaluation, audit or review is about (部门整体支出绩效评价单位数, 项目支出评审个数,
经费审计项目数, 成本核查企业数): units or projects reviewed, work to complete, no money spent, so that word says no way,
as a mishap an inspection looks for (`_CHECKED_FOR`), and the count is read by its category. B5 told
部门整体支出绩效评价单位数 ≥8个 it was 越低越好（支出）. The fee for the review after it is still money, and keeps the
spending word before it too: 费用 and 经费 say so themselves (绩效评价费用), but the bare 费 of 支出检查费, 项目支出评审费
no word of `LOWER_BETTER` reads, so that dropping their 支出 made ≥8个 → ≥6个 目标降低 and ≤8个 under 数量指标 应为 ≥."""


def _unnamed(measure: str) -> str:
    """The measure without the bad things it names only as what a system, training, inspection, review or work on
    crime is about (`_OF_A_SYSTEM`, `_TAUGHT_ABOUT`, `_CHECKED_FOR`, `_SPENDING_REVIEWED`, `_CRIME_FOUGHT`,
    `_RECURRENCE_WORKED`): 事故报告制度, 事故报告培训, 故障巡检 count no accident or breakdown, 支出绩效评价单位数 no money
    spent, 破获电信网络诈骗犯罪案件数 and 预防重新犯罪人数 no crime committed."""
    kept = _SPENDING_REVIEWED.sub("", _CHECKED_FOR.sub("", _TAUGHT_ABOUT.sub("", _OF_A_SYSTEM.sub("", measure))))
    return _RECURRENCE_WORKED.sub("", _CRIME_FOUGHT.sub("", kept))


_LEVELS = "满意|覆盖|达标|合格|完成|及时|完好"
"""Words of a level to reach, which say a rate is one (合格率, 满意度) where 率 alone is only what rates default to."""
HIGHER_BETTER = re.compile(rf"率|{_LEVELS}")
PAYBACK = re.compile(r"(?:回收|收回|回报)(?:期(?!数)|周期|年限)|回本(?:期|周期|年限|时间)|回款(?:期|周期|天数)")
"""Words of a payback period, the time it takes to win back what was put in (投资回收期, 静态投资回收期, 回本周期, 投资回报期,
资金回收年限, 回款周期): the shorter the better. Its 期 alone is the length, which `DURATION` does not read (期 also
ends 学期 or counts 期数), so 投资回收期 read as a count under 数量指标, the more the better, and 资金回收期, by its 资金,
as money won back (`_RECOVERED`). Not a 回收时间 alone, which may be a survey's or a collection round's."""
TIME_TO_COMPLETE = re.compile(r"(?:时限|(?<![试租使])用时|耗时|(?:完成|办结|办理|处理|处置|响应|答复|反馈|审批|审核|整改|修复|维修|建设|施工|"
                              rf"交付|验收|拨付|支付|发放|等待|等候|排队)(?:时间|期限|周期|时长|天数))(?!内)|{PAYBACK.pattern}|"
                              r"(?<!务)工期(?![间内]|提前)|(?:建设|施工)期(?![间内数])")
"""Words of the time it takes to get something done (办理时限, 平均用时, 审批时间, 平均等待时间, 建设周期), a payback
period among them (`PAYBACK`), and a works' 工期 or 建设期 (施工工期, 项目建设期): the shorter the better. Not the 期间 of 施工期间 or 务工期间,
nor 工期提前天数, nor a time within which other things are counted (建设周期内完成项目数, 办理时限内办结件数: what is done in it, the more the
better), nor the 用时 across 试用时间 or 租用时长, a term tried or rented (`TERM_NAMED_A_TIME`), or 使用时长 and 使用时间, how long a
thing is used (设备使用时长 ≥8小时: a use to raise or to keep low as its comparator says, which B5 told was a time to keep
short). 时间, 期限, 周期, 时长 and 天数 alone may as well be a time to deliver or to last (服务时长, 租赁期限), so those words count only
after what is to be done; 等待 only before them, since 同等待遇 is no wait."""
TIME_TO_GIVE = re.compile(r"(?:学时|课时)(?!费)|(?:质保|保修)(?:期|时间|时长)|(?:服务|培训)(?:时长|天数)|(?:培训|开放)(?:时间|时长|天数)")
"""Words of a length of service to deliver (志愿服务时长, 培训天数, 培训学时, 开放时间) or of a warranty to get (质保期限, 保修时间, as 保修期: B5
pointed the one and not the other): the longer the better (a 课时费 is a fee). Not 服务时间, 服务周期 or 运行时间, which may be times
to keep short (上门服务时间, 检测服务周期, 空调运行时间), nor a lease term (租赁期限), no longer or shorter one of which is better."""
_BAD_STATE = (r"超标|不达标|未达标|污染|停电|停水|停气|断电|断水|断网|停运|停机|停播|宕机|故障|事故|中断|瘫痪|停产|停工|停业|"
              r"闭馆|(?:超负荷|带病)运行")
_NEGATION = r"(?:无(?!人|线|纸|害|障碍)|未(?!成年|来|诉先))"
"""无 or 未 as a negation, not the first character of a word (无人机, 无线, 无纸化, 无害化, 无障碍, 未成年人, 未来, 未诉先办):
无害化处理率, 无障碍设施整改率 and 未诉先办办结率 are rates of work done, no rates of what is not."""
_NOT_NEXT = "不|非"
"""不 or 非 as a negation of the word right after them only, no farther: 非败诉率 is the share of suits not lost, but
非责任事故率 is a rate of accidents that are not liability ones, 非公有制企业投诉率 of complaints, and 非法集资, 非正常上访
are words of what went wrong themselves, whose 非 negates no bad thing; 无 and 未 (`_NEGATION`) may stand a few words
before what they negate (无重大事故率)."""
_NOT = rf"(?:{_NEGATION}|{_NOT_NEXT})(?:太|够|很|达)?"
"""A negation of what follows (不, 未, 无, 非, and softened: 不太, 不够, 未达), one reading for what is not done
(`_NOT_DONE`) and a count of the displeased (`_PLEASED_COUNT`); 非常 is very, no negation (非常满意人数), and none here
as 常 is no softener and begins no word read after a negation."""
NEGATED_AFTER = re.compile(rf"{_NOT}$")
"""Words that end in a negation of what follows them (the 不 of 不合格, 未 of 未达标, 不够 of 不够规范; not 非常 nor 不断):
a hedge in their place (`不合格` → `力争合格`) turns a failure into a pass, no target kept and softened (`hedges`)."""
_STATE_KIND = "安全|生产|重特大|重大|较大|特大|一般|及以上|以上|责任|交通|火灾|质量|伤亡|人身|设备"
"""Words of which kind of a bad state a negation names before it (无安全事故, 无重大事故, 零较大及以上安全事故): the
negation still says none of it. Only these: any words between may as well say how the bad state came (无计划停电,
未经批准停电, 无预警停电: outages still) or what was not done about it (未整改故障, 未处理事故: faults left)."""
_NO_STATE = rf"(?:{_NEGATION}受?(?:发生)?|{ZERO_AS_NONE})(?:{_STATE_KIND}){{0,3}}"
"""None of a bad state, with a few words of which kind between (无事故, 未受污染, 零事故, 无安全事故, 无重大事故, 零安全事故,
未发生事故: `_STATE_KIND`): 零 says none as 无 does (零事故天数 are good days, which its 事故天数 read as bad), but not
where it begins a word of its own (零星停电天数: `value_kinds.ZERO_AS_NONE`), nor 无故 (without cause: 无故停电天数 are bad days)."""
GOOD_DAYS = re.compile(rf"(?P<negated>{_NOT})?(?:达标|优良|(?:场馆|网站|平台|正常|安全|稳定)运行|开放|"
                       rf"{_NO_STATE}(?:{_BAD_STATE})(?:运行)?)天数")
"""Words of a count of days in a good state (空气质量达标天数, 优良天数, 无污染天数, 场馆开放天数, 网站正常运行天数,
安全生产无事故天数, 设备无故障运行天数): the more the better, averaged or not. 天数 alone stays a length (会议举办天数),
and only 天数 counts here: 运行时间 may be one to keep short (空调运行时间). 运行天数 alone says no state, so it counts
only where what runs says one (a place serving the public, a system running normally or safely): equipment's
(空调运行天数) may be a use to keep low."""
BAD_DAYS = re.compile(rf"(?P<negated>{_NO_STATE})?(?:{_BAD_STATE})天数")
"""Words of a count of days in a bad state (超标天数, 不达标天数, 重污染天数, 停电天数, 系统宕机天数, 设备故障天数,
超负荷运行天数): the fewer the better, as good days are the more; not 无污染天数, 未受污染天数, 零事故天数 or 未超标天数,
good days (`_NO_STATE`)."""
_CAPPED_COST = (r"(?:会议|会务|培训|差旅|(?:公务)?接待|(?:因公)?出国(?:\(境\))?|出境|出访)经?费|[\"“'‘]?三公[\"“”'‘’]?(?:经费|支出|费用|资金)|"
                r"(?:公务用车|公车|公务车辆|车辆)[^，。；,;]{0,6}?(?:购置|运行|维护|维修|使用|燃油|保险)[^，。；,;]{0,6}?费")
"""Money the rules on a unit's own spending cap: "三公"经费, 会议费, 培训费, 差旅费, 公务接待费, 因公出国(境)费, and
公务用车购置及运行维护费 (运行维护费 only of official cars: an 信息系统运行维护费 is the upkeep of a system, no such cap)."""
_GUESTS = r"外宾|来宾|宾客|客商|客人|代表团"
_DRIVERS = r"(?!的?(?:专职|专用)?(?:驾驶员|驾驶人|司机))"
"""Not official cars where the words name their drivers (公务用车驾驶员, 公车专职司机, 公务用车的驾驶员): the count is then of
the drivers or of what they do (公务用车驾驶员安全培训次数, 公务用车驾驶员人数), whose car is only a modifier, no car or trip
held down. Only a driver word right after the car word, as its owner, with at most 的 and 专职 or 专用 between: 及, 和,
与 or 、 there list the drivers beside the cars (严格控制公务用车及驾驶员数量, 压减公务用车、司机数量), and the cars are
still held down."""
_CARS = rf"(?:公务用车|公车|公务车辆){_DRIVERS}"
_TRIPS_RECEPTIONS_CARS = rf"(?:因公)?出国|出境|出访|公务接待|接待(?:来访)?(?:{_GUESTS})|{_CARS}"
"""Trips abroad, official receptions (公务接待, and guests received: 接待宾客, 接待来访代表团), official cars (not their
drivers: `_DRIVERS`): held down by the spending rules, and as well work a unit may do itself (a 侨联's visits to 侨胞
abroad, a 接待办's receptions: `spending_kind`)."""
_RECEIVED_PEOPLE = (rf"来访(?!{_GUESTS})|侨胞|侨眷|归侨|华侨|华人|侨界|侨商|侨领|侨团|台胞|同胞|港澳|群众|上访|访客|游客")
"""Who a unit receives as its own work (接待来访侨胞, 接待侨胞, 接待台胞, 接待来访群众, 接待上访): the people it is there to
serve come to it. Guests, visitors and delegations (接待外宾, 接待来宾, 接待客商, 接待来访代表团: `_GUESTS`) are 公务接待,
received at the unit's cost under the spending rules' cap."""
_HELD = rf"会议(?!室|厅|中心)|参会|会务|培训|参训|{_TRIPS_RECEPTIONS_CARS}|接待(?!{_RECEIVED_PEOPLE})|车辆{_DRIVERS}|三公"
"""What the spending rules hold down when words of control are tied to it: meetings (and their attendance, 参会: a
meeting's approved scale, 参会人数控制在350人次以内), training (and its trainees, 参训: 参训人员控制在200人以内, a training's
approved scale as 参会 is a meeting's), trips abroad, receptions, official cars (not their drivers: `_DRIVERS`),
"三公". Not a 会议室, a room (会议室控制系统 is equipment), nor a reception of the people a unit is there to receive
(接待来访侨胞批次控制 counts a 侨联's work, whatever 控制 is tied to its 批次): 接待 alone holds only a reception count
(接待批次控制, 接待外宾批次控制) or cost; 公务接待 is held whoever comes."""
_CONTROL_BEFORE = (r"压减|压缩|精简|严控|限额|不超过|不多于|厉行节约|"
                   r"(?:(?<![^，。；,;、\s])|严格|从严|有效)控制(?!系统|设备|器|面板|中心)")
"""Words of control before what they hold down (严格控制会议次数, 压减会议数量, 精简培训班次); a bare 控制 only opening
the words or after 严格, 从严, 有效, since a 内部控制 or 质量控制 before 培训 names what the training is about."""
_HELD_MEASURE = (r"(?:(?!排放|质量|风险|温度|内部)[^，。；,;]){0,4}?"
                 r"(?:次数|场次|批次|班次|期数|人数|人次|人员|团组数?|数量|规模|天数|购置|编制|标准)(?:严格|从严|有效)?")
"""What of the held thing words of control after it hold down, right before them: its number, people, size, purchases
or establishment (会议次数控制在, 参会人员控制在, 公务接待批次压减, 公务用车购置数量控制, 公务用车编制压减; 人员 as 人数: the
rules cap a meeting's 参会人员 and a training's 参训人员 in those words), a few words after the thing
at most (因公出国(境)团组数). Guests received are the thing itself (`_TRIPS_RECEPTIONS_CARS`: 接待来访代表团批次控制), so
four words are enough; more let a count of another thing in (培训教材采购印制数量控制 counts books, 车辆交通违法违章次数控制
offences, 培训课程线上学习人数控制 learners). Tied so, a control word of something else is none of spending: the 排放控制
of 机动车辆排放控制检测数量, a 质量控制, 风险控制, 温度控制 or 内部控制 measured, or said about (车辆排放次数控制)."""
_CONTROL_AFTER = r"压减|压缩|精简|限额|不超过|不多于|控制(?!系统|设备|器|面板|中心)"
"""Words of control after what they hold down (会议次数控制在, 公务接待批次压减, 培训班次不超过); not a 控制系统."""
REGULATED_CEILING = re.compile(rf"{_CAPPED_COST}|(?:{_CONTROL_BEFORE})[^，。；,;]{{0,6}}?(?:{_HELD})|"
                               rf"(?:{_HELD}){_HELD_MEASURE}(?:{_CONTROL_AFTER})")
"""Words of a count or amount the unit must stay under by the rules on its own spending: the money they cap
(`_CAPPED_COST`), and a count of meetings, training, trips abroad, receptions or official cars said to be controlled or
cut (严格控制会议次数, 会议次数控制数, 压减会议数量, 精简培训班次, 公务接待批次压减). The 党政机关厉行节约反对浪费条例 (2013)
and the 中央和国家机关 rules on 会议费, 培训费, 公务接待 and 因公临时出国 set these as annual plans and caps, and
财预〔2021〕101号 asks a target to state its 成本控制要求; forms write them ≤ (reference/targets-domain.md: costs and
"三公"变动率 ≤). So a lower one is the stricter target, whatever its category (数量指标) says. A bare count (因公出国(境)
团组数, 公务接待批次, 公务用车保障次数, 出境人数) says no control: it may be the unit's own work (a 侨联's visits abroad,
a 接待办's receptions), and is read by its category as any count is; so is a count of meetings or training the unit
holds (举办培训班次数, 开展会议场次, 内部控制培训场次). 三公里, 三公顷 are distances and areas."""
_DRIVERS_COUNT = r"(?:驾驶员|驾驶人|司机)(?:人数|数量|编制)"
CONTROLLED_DRIVERS = re.compile(rf"(?:{_CONTROL_BEFORE})[^，。；,;]{{0,6}}?{_DRIVERS_COUNT}|"
                                rf"{_DRIVERS_COUNT}(?:严格|从严|有效)?(?:{_CONTROL_AFTER})")
"""A count of drivers with words of control tied to it (控制公务用车司机数量, 公务用车驾驶员人数控制, 司机数量压减): a cap,
as a unit's staffing is, since the 公务用车制度改革 cut the 司勤人员 kept with the cars; a reviewer reads fewer drivers as
the stricter target. No cap of the spending rules (`REGULATED_CEILING`, whose cars are not their drivers: `_DRIVERS`):
no 三公 money is counted by it. Only the drivers' own count: 严格控制公务用车驾驶员培训次数 counts training, and a bare
公务用车驾驶员人数 says no control, read by its category."""
_PER_CASE = re.compile(r"平均|单次|每次")
"""An average or a single service's length (窗口平均服务时长, 每次培训时长) may be a time to keep short as well."""
_HELD = "有效|保质|保修|质保|合同|租[赁用]?|试用"
"""What a term is of that is held or granted (租赁期, 合同期, 有效期): a length to have, not a time to get something
done, whether named its 期 (`DURATION`) or its time (`TERM_NAMED_A_TIME`)."""
DURATION = re.compile(rf"时间|天数|时长|期限|周期(?!性)|(?:{_HELD}|服务|实施|建设|施工|工|培训|考察|"
                      r"观察|整改|公示|过渡|执行|运营|运行|养护|管护|维护|责任|保障|补助|帮扶|资助|孵化|实习|见习)期"
                      r"(?![间内数末初满中刊望货])")
"""Words of a length of time, which points no way unless what it is the time of says (`undirected_duration`): a
period's 期 among them (证书有效期, 服务期, 试用期), not 期 alone, which also ends 学期 or counts 期数, and not the 周期 of
周期性检查次数, a count."""
TERM_NAMED_A_TIME = re.compile(rf"(?:{_HELD})(?:时间|时长)(?!内)")
"""A term held named a time (房屋租赁时间, 合同时长, 有效时间): the length of the term, as 租赁期限 is, no time limit.
Not a time within which something is done (有效时间内办结 ≤3天: a time limit still, as `TIME_TO_COMPLETE` reads 内)."""
_DEGREES = "公开|透明|知晓|知名|认可|认同|参与|满意|完成|达成|准确|精准|完整|规范|覆盖|完善|配合|匹配|偏离|偏差"
_RATE = "比?率"
"""A rate's ending: 率, or 比率 (预算调整比率 is the 调整率), whose 比 is no part of what the rate is of."""
_RATE_OF = re.compile(rf"(.{{0,4}}(?<!比))(?:{_RATE}|(?<={_DEGREES})度|覆盖面|进度)(?:\(%\))?$")
"""A rate, or a degree, reach or progress written as a share (公开度, 满意度, 偏离度, 补助覆盖面, 支出进度; not 额度,
强度 or 年度), and the words it is of: 投诉办结率 is a rate of 办结, 三公经费公开度 a degree of 公开, 投诉处理满意度
of 满意, 资金支出进度 the progress of 支出, whatever the 投诉, 经费 or 支出 said."""
_BAD_OUTCOMES = r"死亡|病死|病亡|致死|伤亡|致残|失业|致贫|漏检|漏诊|误诊|辍学|近视"
"""Bad outcomes for the people a unit serves: deaths, injuries, the jobless, those made poor and the missed or wrong
diagnosis (死亡率, 病死率, 致死率, 孕产妇死亡率, 致残率, 城镇登记失业率, 致贫率, 漏检率, 误诊率; falling back into poverty, 返贫率, is a harm recurring:
`_RECURRENCE`), and pupils dropping out or made short-sighted (辍学率, 学生近视率, 新发近视率: 控辍保学率 and
近视防控知识知晓率 are the work's), which a 率 alone read as rates to reach. B5 tells a rate of them as what it is
(`_BAD_OUTCOME_RATE`): the errors, complaints and changes of the other rates to keep low are an odd reason for a
病死率. Its reason names 伤病 (injury or illness, 致残 and 近视 alike) and 辍学, so that a 辍学率 or 近视率 is not told
of deaths and diagnoses alone."""
_BAD_THINGS = (rf"差错|错误|失误|{_LAPSES}|{_IRREGULAR_PETITION}|投诉|差评|事故|故障|违规|违纪|超支|损失|发生|发案|发病|"
               r"返工|闲置|空置|不合格|逾期|流失|偏差|偏离|误差|"
               rf"变动|调整|结余|结转|控制|失败|拒付|退回|{_CRIME}|{_WRONGLY}|{_BAD_OUTCOMES}|{_RECURRENCE}|{_BAD_STATE}|"
               rf"{_OVERTURNED}")
_APPEAL_UNDONE = r"(?<![未无非不没])(?:改判|发回重审)"
"""Judgements changed or sent back on appeal, as a rate (改判率, 二审改判率, 发回重审率, 改判发回重审率): how often a court's
judgements fail review, which no court sets out to raise, whichever court's form names it; read as an error kept low
as 一审改判率 was (`_OVERTURNED`), where it was read as a rate to reach and B5 told 二审改判率 ≤3% to use ≥. Only of a
rate: a count of 改判 (改判案件数) may be the appeal court's work. Not negated (未改判率 is to reach)."""
_BAD_RATE = re.compile(rf"(?:{_BAD_THINGS}|{_APPEAL_UNDONE})$")
"""What a rate to keep low is of (差错率, 投诉率, 差评率, 事故率, 万人发案率, 发病率, 执法过错率, 债务违约率, 社区矫正对象脱管率,
越级上访率: B5 told each ≤ to use ≥), a bad state's too (超标率, 停电率, 污染率, 不达标率),
a bad outcome's (`_BAD_OUTCOMES`: 病死率, 失业率) and a decision's undone on review (`_OVERTURNED`: 败诉率, 被撤销率;
`_APPEAL_UNDONE`: 改判率), read up to the 率 in the whole measure: 审计决定被行政复议撤销率 has its 被 far before it."""
_BAD_OUTCOME_RATE = re.compile(rf"(?:{_BAD_OUTCOMES})$")
_RECURRENCE_RATE = re.compile(rf"(?:{_RECURRENCE})$")
_RESOLVED = "化解|化债|偿还|清偿|偿付|处置|消化|置换|核销"
"""Words of debt resolved or repaid: work to complete, before a burden's rate (化解债务率) or beside a balance."""
_BURDEN_RATE = re.compile(rf"^(?:(?!{_RESOLVED}).)*?(?P<burden>赤字|债务|负债|杠杆|(?<![时期])偿债)$")
"""A burden a government or firm carries against its means (赤字率 ≤3%, 政府债务率 ≤100%, 负债率, 资产负债率, 宏观杠杆率): a
ceiling a budget is held under, which a 率 alone read as a rate to reach, so B5 told 赤字率 ≤3% to use ≥ and diff read
≤3% → ≤4% as no loosening. Only the burden right before 率, and none resolved or repaid before it: 债务化解率 and
化解债务率 (≥90%) are debt resolved, 偿还债务率 debt repaid, work to complete. 偿债率, the year's debt service against
the means to pay it, is a burden held under a warning line as 债务率 is (it was read as a rate to reach); 按时偿债率 and
到期偿债率 are debts paid on time, to reach."""
_REVIEWERS_OWN = re.compile(rf"(?:{_REVIEWED_BY})[^，。；,;率被]{{0,4}}?纠错{_RATE}(?:\(%\))?$")
"""A review's rate of putting decisions right, said without 被 (行政复议纠错率): the errors of the units reviewed, to keep
low, where they write it, and the reviewer's own work, to show, where a 复议机关 does; no way by its words, so the
author's comparator decides. Said with 被 (行政复议被纠错率) it is the unit's own decisions undone (`_OVERTURNED`)."""
_ON_TIME = "及时|按时|按期"
"""Words of doing a thing in time, which a negation before turns into lateness (不及时, 未按期办结)."""
_HANDLING = ("回访|处理|处置|办结|答复|回复|纠正|整改|整治|治理|调解|化解|劝返|查处|处罚|追究|核查|排查|排除|维修|修复|解决|"
             "销号|清收|收回|回收|追回|追缴|核销|清退|退还|召回|清理|报告|上报|报送|通报|曝光|督办")
"""Words of dealing with a bad thing: putting it right, persuading petitioners out of channel to go home (劝返),
winning back or giving back what it cost (清收, 追回, 追缴: 追缴漏缴企业数 counts the firms made to pay, 清退), taking it
off the market or the record (召回, 清理), reporting or exposing it (报告, 通报, 曝光), punishing it or holding those
at fault to account (处罚, 追究: 追究执法过错人数 counts those held to account). A rate or
amount of it is work to reach (不良贷款清收率, 不良反应报告率, 不合理收费清退金额: `_NOT_DONE`), a count of it is read by
its category (`_HANDLED_COUNT`), but for accidents reported, as many as the accidents (`_ACCIDENTS_REPORTED`)."""
_DONE = "完成|整改|结案|审结|办结|归还|还款|还|到位|落实|解决|处理|处置|销号|验收|支付|拨付|办理|交付|上报|报送"
_UNHANDLED = rf"{_NEGATION}(?:能|被|予)?(?:{_ON_TIME})?(?:{_DONE}|{_HANDLING}|受理)"
"""A negation right before a word of work done or of dealing with a bad thing (未处理, 未整改, 未化解, 未及时处理), or of
taking it in (未受理), with 能, 被 or 予 between (未能处理, 未被处理, 未予受理): what it is said of is left undone, no bad
thing absent."""
_LEFT_CASES = "案件|件|事项|问题|诉求"
"""What a rate of work not done may name after the verb, the cases or matters left (未审结案件率, 未结案件率,
未整改问题率): still the share left undone."""
_CHECKS = r"(?:检测|检查|检验)(?![出到])"
_UNCHECKED = rf"未(?:结|{_CHECKS}|覆盖)"
"""Work of finishing, checking or covering not done, right before the rate or the cases it names (未结率, 案件未结率,
未检测率, 未检查率, 未覆盖率): a bare 结 is no word of work done (`_DONE`: 结案, 审结, 办结), nor are checks and coverage, so
they were read as rates to reach. Only after 未, as 无烟单位覆盖率 covers smoke-free units, and not a check that found
nothing (未检出率, 未检测出阳性率: the absence of contamination, to raise). A count of what is left unchecked
(未检测样品数, 未检查单位数) is `_NOT_DONE`'s."""
_UNDONE_RATE = re.compile(rf"(?:{_NEGATION}(?!达标|合格)[^率受]{{0,4}}?(?:{_DONE})"
                          rf"|{_UNHANDLED}(?:[^率]{{0,6}}?(?:{_BAD_THINGS}))?|{_UNCHECKED})"
                          rf"(?:{_LEFT_CASES})?{_RATE}(?:\(%\))?$")
"""A rate of what is not yet done (未按期完成率, 未整改率, 未结案率, 逾期未还率, 未审结案件率), of a bad thing not yet dealt
with (未处理投诉率, 未化解重复信访率, 未整改违约率: `_UNHANDLED`, which `_NO_BAD_RATE` read as the bad thing's absence, to
raise), or of dealing left undone, the bad thing unsaid (未化解率, 未及时回复率: `_HANDLING`, read as rates to reach, so
B5 told 矛盾纠纷未化解率 ≤5% to use ≥), or of finishing, checks or coverage not done (`_UNCHECKED`: 未结率, 未检测率,
未覆盖率): the lower the better, though a rate of getting it done (完成率, 整改率) is to
reach, as one of putting the substandard right is (未达标整改率, 未合格项目整改率, as 不达标整改率: their 未 is of the
standard, not of the 整改), and the absence of a harm (未发生率, 未复发率: no verb of work) is to raise."""
_NO_BAD_RATE = re.compile(rf"(?:(?!{_UNHANDLED}){_NEGATION}受?[^率]{{0,6}}?|{_NOT_NEXT})(?:{_BAD_THINGS})(?:发生)?{_RATE}"
                          rf"(?:\(%\))?$")
"""A rate of a good state, the absence of a bad thing (无故障率, 无事故率, 无差错率, 未超标率, 未受污染率, 无事故发生率,
未败诉率, 非败诉率, 不超标率), with a few words of which bad thing between after 无 or 未 (无重大事故率, 无重大安全责任事故率,
未发生安全事故率, 无有效投诉率), none after 不 or 非 (`_NOT_NEXT`: 非责任事故率 is accidents): the higher the better,
whatever the 故障, 差错 or 败诉 says; B5 read 行政诉讼非败诉率 ≥95% by its 败诉率 and told it to use ≤. Not a bad thing
left unhandled (未处理投诉率: `_UNHANDLED`), the share of it still to deal with."""
_ZERO_RATE = re.compile(rf"零[^率]{{0,6}}?(?:{_BAD_THINGS}|{_APPEAL_UNDONE})(?:发生)?{_RATE}(?:\(%\))?$")
"""零差错率, 零投诉率 say no way: written ≥ as the share kept at zero (100%), and ≤ as the errors' rate (≤1%). So does
零改判率 (`_APPEAL_UNDONE`), which read as 改判率 told 零改判率 ≥95% to use ≤."""
_WRONG_WORDS = rf"(?:(?!{_HANDLING})[^，。；,;率]){{0,6}}"
"""The few words of what went wrong after a negation (不良贷款, 不合理用药, 不规范支付), up to any word of dealing with it:
work done on what went wrong (处置, 清收), not the 支付 or 办理 that went wrong (`_DONE`)."""
_NOT_DONE = re.compile(rf"{_NOT}(?:{_ON_TIME}|{_DONE}|{_HANDLING}|(?<=未)(?:脱贫|覆盖|{_CHECKS})"
                       rf"|(?:合格|合规|合理|规范|达标|满意|完好|正常(?![上信]访)|计划|良|彻底|力)(?!{_WRONG_WORDS}(?:{_HANDLING})))")
"""What is not done, or not done well, in time, to standard or as planned (未及时处理件数, 未按时完成项目数, 不合格件数,
不满意人数, 不太满意人数, 非满意次数, 不够及时件数, 不良贷款余额, 不合理用药人次, 非计划停机次数, and the
putting right that failed, 整改不彻底问题数 and 整改不力单位数, whose 整改 is work done and says no way), dealing with a bad thing
left undone (`_HANDLING`: 未回复件数, 未劝返人数, 未化解信访件数, which a count of handling, `_HANDLED_COUNT`, reads only with
two words before its 数), the poor not yet out of poverty (未脱贫人口数; not 非脱贫户, the households never poor) and
those not yet covered or checked (未覆盖人口数, 未检测样品数, 未检查单位数, whose 覆盖 read it as a count to raise and
whose checks no word read; not 未检出样品数, the samples clean; the rate is `_UNCHECKED`'s): a
count of it is to keep low, though the 及时, 完成 or 合格 after the negation says higher (`HIGHER_BETTER`), and no word
read the rest. Only a negated word of a good
state or of work done: 非税收入, 不动产, 无偿献血 negate a noun, and say nothing of what went wrong, and the 非正常 of a
petition (非正常上访) is part of the bad thing (`_IRREGULAR_PETITION`), so 化解非正常上访人次 counts work. Not a good state
negated with the dealing with it a few words on (不良资产处置金额, 不合理收费清退金额: `_HANDLING`), which the rate
(`_NOT_DONE_RATE`) reads the same way: work to reach."""
_NOT_DONE_RATE = re.compile(rf"(?:{_NOT_DONE.pattern}){_WRONG_WORDS}$|{_NOT}(?:{_ON_TIME})(?:{_DONE})$")
"""What a rate or degree of what is not done well ends in, right before its 率 or 度 (不满意率, 不太满意率, 不满意度,
非满意率, 不及时率, and what is done after the 及时 or 按期: 不及时办结率, 不按期完成率), with a few words of what went
wrong between (不良贷款率, 不合理用药率, 非计划再入院率, 不规范操作率): the share of the displeased, the late or the
substandard, to keep low as 投诉率 is, though its 满意, 及时 or 合格 is a word of a level to reach; 非常满意率 is still
one (`_NOT`). A rate of handling what went wrong is one to reach (不达标整改率, 不合格产品整改率, 不良资产处置率,
不规范行为纠正率: `_HANDLING`). Read up to the 率 in the whole measure, not in the four characters `_RATE_OF` keeps,
which cut 不及时办结 to 及时办结."""
_HANDLED_COUNT = re.compile(rf"(?P<negated>{_NOT}(?:{_ON_TIME})?)?(?:{_HANDLING})"
                            rf"(?:(?:(?!{_NOT})[^，。；,;率]){{0,2}}?(?:数|数量)|人次)")
"""A count of the handling of a bad thing (投诉回访次数, 投诉处理件数, 事故处理次数, 差错纠正件数, 违规问题整改件数):
work done on complaints, accidents or errors, no count of them, so that the 投诉, 事故 or 差错 in it (`LOWER_BETTER`)
says no way; read by its category as any count is. Not what is left unhandled (未处理投诉件数, 投诉处理不及时次数,
逾期未办结件数, 非及时办结件数: `_NOT`, the match's `negated`), which is to keep low; a rate of handling (投诉办结率,
差错纠正率) is read as a rate (`_RATE_OF`)."""
_FAULTS = "违规|违纪|差错|错误|失误"
"""Faults a unit's work finds and puts right (查处违规, 纠正差错), as well as commits: `LOWER_BETTER` words of their own."""
_PUNISHING = "查处|查办|处罚|惩治|追究|督办|通报|曝光"
"""Verbs of enforcement, whose object is always what was done wrong: no error is made in them that a violation after
them names, as one may be in processing or reporting (`_FAULTS_WORKED`)."""
_FAULTS_WORKED = (rf"(?<!被)(?:(?:{_PUNISHING})[^，。；,;率被]{{0,6}}?|(?:处理|处置|纠正|整改|整治|治理|核查|排查)(?:违法)?)"
                  rf"(?:违规|违纪)|(?<!被)(?:纠正|整改|查处|追究)(?:差错|错误|失误|{_WRONGLY})")
"""A fault with a verb that puts it right or punishes it (查处违规, 处理违纪, 纠正差错; a wrong call or record,
`_WRONGLY`, alike: 纠正误判率, 查处错发补贴次数, which its 误判 or 错发 read as the errors' rate or count): the work's. A verb of enforcement
(`_PUNISHING`) governs the violation whatever words of its kind stand between, as `_CRIME_FOUGHT` reads crimes
(查处违法违规案件数, 查处各类违法违规行为次数, 处罚违规收费行为次数: B5 told 查处违法违规案件数 ≥20件 to use ≤ by its 违规);
any other verb only right before, or with the 违法 of 违法违规 between (处理违法违规行为次数): before an error it most
often says where the error was made (业务处理差错率, 数据上报差错率, 答复错误率, 维修差错率, errors in the processing,
reporting, replies or repairs, to keep low), and before a violation too where the work is not one on violations
(维修违规操作次数, 上报违规次数). Not in the passive (被查处违规次数: the unit's own violations punished, to keep low).
Prevention is `_RECURRENCE_PREVENTED_RATE`'s (防范违规率)."""
_WORKED_HARM = rf"{_RECURRENCE}|{_IRREGULAR_PETITION}|(?:执法)?(?:{_LAPSES})"
"""The harms a verb of work right before turns into what the work is on (`_RECURRENCE_WORKED`, and the rates
`_RECURRENCE_HANDLED_RATE` and `_RECURRENCE_PREVENTED_RATE`); faults only with the verbs of `_FAULTS_WORKED`."""
_RECURRENCE_WORKED = re.compile(rf"(?:{_CRIME_WORK}|{_HANDLING})(?:{_WORKED_HARM})|{_FAULTS_WORKED}")
"""A harm recurring, a petition out of channel or a lapse with a verb of work on crime or of dealing with it right
before (预防重新犯罪人数, 化解重复信访件数, 处理复发案件数, 化解越级上访人次, 劝返非正常上访人员数, 查处违约行为次数), and
so a fault (`_FAULTS_WORKED`: 查处违规次数, 纠正差错次数, which B5 told ≥ to use ≤ by their 违规 and 差错): people
or cases the work is on, no count of the harm (`_HARM_COUNTED`, `_IRREGULAR_PETITION`, `_LAPSE_COUNTED`), so that word
says no way (`_unnamed`) and the count is read by its category; B5 told 预防重新犯罪人数 ≥100人, 化解越级上访人次 ≥100人次
and 劝返非正常上访人员数 ≥50人 to use ≤, and read 追缴漏缴企业数 and 追究执法过错人数 (执法 between, as the fault is
the enforcement's) as lapses. With the people named between (帮教对象再犯罪人数) it is those helped who reoffend, still to
keep low."""
_RECURRENCE_HANDLED_RATE = re.compile(rf"(?:(?:{_HANDLING})(?:{_WORKED_HARM})|{_FAULTS_WORKED})$")
"""What comes before the 率 of a rate of recurrences or petitions out of channel dealt with (化解重复信访率, 处理复发率, 化解越级上访率):
the share resolved, work to reach as 重复信访化解率 is, and so of lapses and faults (处置违约率, 纠正差错率, as 差错纠正率),
which the recurrence ending it (`_RECURRENCE_RATE`) or the petition (`_BAD_THINGS`) read as one to keep low, so B5 told
化解重复信访率 ≥90% to use ≤ (and 纠正差错率 ≥90%). Only a verb of handling: one of prevention is
`_RECURRENCE_PREVENTED_RATE`'s."""
_RECURRENCE_PREVENTED_RATE = re.compile(rf"(?:{_PREVENTING})(?:{_WORKED_HARM}|{_FAULTS})$")
"""What comes before the 率 of a rate with a verb of prevention before the recurrence (防范重复信访率, 预防再犯罪率,
防范非正常上访率): the rate of the harm the work prevents (≤5%) or the share of it prevented (≥95%), as no statistic
defines either; no way by its words, so the author's comparator decides. B5 read it as the recurrence's rate and told
防范重复信访率 ≥95% to use ≤, and 防范违约率, 预防脱管率 (lapses) ≥95% likewise."""
_FREE_OF = re.compile(rf"(?:(?:{_NEGATION}|{ZERO_AS_NONE})(?:(?!{_HANDLING})[^，。；,;率]){{0,4}}?(?:{_BAD_THINGS})"
                      rf"(?!次|起|件|例|人|数)(?:(?!{_BAD_THINGS})[^，。；,;率]){{1,6}}?|{_NEGATION}(?:{_RECURRENCE})"
                      rf"(?:(?!{_BAD_THINGS})[^，。；,;率]){{0,4}}?)(?:数|数量|占比|比重|比例)(?:\(%\))?$")
"""A count or share of what is free of a bad thing (无事故单位数 ≥10个, 无投诉窗口数, 零事故企业占比 ≥90%,
未发生安全事故的学校数): the 无 or 零 says which units, windows or firms are counted, the more the better, as good days
are (`GOOD_DAYS`) and a rate of the absence is (`_NO_BAD_RATE`), where `LOWER_BETTER` read the 事故 or 投诉 alone.
Those free of a harm recurring are counted as people too (未复发人数, 未返贫户数: `_RECURRENCE`), whose 复发人数 and
返贫户数 read as the harm counted (`_HARM_COUNTED`), as a rate of it not happening is to raise (未复发率). Not a count of
the bad thing itself (零事故发生次数, and the grade 无事故 diff reads before another count of it:
无事故日常事故故障发生数), nor what is left unhandled (未处理投诉件数: `_HANDLING`, which `_NOT_DONE` reads)."""
_ACCIDENTS_REPORTED = re.compile(r"事故(?:报告|上报|报送|通报)(?:[^，。；,;率]{0,2}?(?:数|数量)|人次)")
"""A count of accidents reported or notified (事故报告数, 事故通报次数, 安全事故上报起数): a count of the accidents, the
fewer the better, though reporting is a duty (`_HANDLING`). Every accident must be reported (生产安全事故报告和调查处理
条例, 国务院令第493号), so the reports are as many as the accidents, and more of them is no more duty done; the duty is
measured as a rate (事故报告率, 事故报告及时率), which stays one to reach. reference/targets-domain.md (B5) lists 事故
among the words that take ≤. Only 报告 or 通报 right after 事故: hazards reported before any harm (事故隐患报告数), accident
cases retold as a warning (典型事故案例通报次数) and investigation reports (事故调查报告数) are work, read by category."""
_FALL = "下降|降低|减少"
"""Words of a fall that hold nothing down themselves, unlike 压减 or 压缩 ending a name (会议次数压减 is a cap held,
`_CONTROL_AFTER`): a measure ending in one (不满意度下降, 满意人数减少) is the fall of what stands before it (`_fallen`)."""
_CUT = rf"{_FALL}|缩减|节约(?!型)|节省|压减|压缩(?!机)"
"""Words of a fall or cut: of a rate or an amount (`_FALL_SIZE`, `_CUT_AMOUNT`), a signed change's value
(`FALL_BEFORE`). Not a 节约型 or 压缩机 (a kind of office, a machine): 节约型机关建设经费 is money spent, no money saved."""
_PLEASED_COUNT = re.compile(rf"(?P<negated>{_NOT})?(?P<pleased>满意|好评)(?:(?:(?!{_NOT})[^，。；,;率度]){{0,2}}?(?:数|数量)|人次)"
                            rf"(?![^，。；,;]{{0,4}}?(?:{_CUT}))")
"""A count of the people served pleased (投诉回访满意次数, 投诉处理满意人数, 群众好评件数, 非常满意人数): a good outcome,
the more the better, whatever bad thing it is the outcome of, where the 投诉 in it (`LOWER_BETTER`) read it as
complaints to keep few. Not a count of the displeased (不满意人数, 投诉回访非满意次数, 不太满意人数, 未达满意件数:
`_NOT`, the match's `negated`), which is to keep low, nor a fall of the pleased (满意人数减少, 满意数下降), which
`LOWER_BETTER` reads as one to keep small as any 减少 or 下降 it names."""
_FALL_SIZE = re.compile(rf"(?:{_CUT})(?:{_RATE}|金额|数额|额度|额|比例|幅度)(?:\(%\))?$")
"""A rate, amount or share of a fall or cut ending a measure (下降率, 能耗降低率, 会议费节约额, 满意度下降幅度): how far what
stands before it went down (`_fallen`)."""
_FALL_ENDING = re.compile(rf"(?:{_FALL})$")
"""A fall ending a measure (不满意度下降, 满意人数减少, 投诉率下降): the fall of what stands before it (`_fallen`)."""
_FALL_BASE = re.compile(r"(?:(?:较|比|与)(?:(?:上一?|前一|去|\d{4})年(?:度|末|初)?|年初|上期|基期)(?:同期)?(?:相比)?|同比|环比)$")
"""What a fall is measured from, written between what falls and the fall (道路交通万车死亡率较上年下降, 较上一年度, 较年初,
与2023年相比, 投诉率同比下降): no part of what falls, whose 率 it hid, so 万车死亡率较上年 was read as a rate to raise
by its 率 alone (`_fallen`)."""
_MONEY = r"资金|经费|费用|开支|支出|(?<!浪)费"
"""Words of money spent (培训经费, 一般性支出, 会议费), not 浪费 (waste is no money)."""
MONEY_ENDING = re.compile(rf"(?:{_MONEY}|成本|补贴|补助|津贴)$")
"""A name ending in money spent or its cost (文艺创作扶持经费, 展演场地租赁费, 培训支出, 单场展演成本), or in money paid out
to people (人民调解员案件补贴, 法律援助办案补贴, 生活补助): an amount, the measure a 成本指标 puts on a task, as 费用 and 金额 are
among `QUANTITATIVE_NAME`."""
_SAVING_WORK = "改造|宣传|建设|创建|培训|检查|活动|行动|工程|项目|设施|设备|示范"
"""Work done to save (节约用水改造, 节约用水宣传, 节约能源示范): what stands after 节约 in the name of that work, no thing saved."""
_CUT_AMOUNT = re.compile(rf"(?:{_CUT})(?:(?:金额|数额|额度|额|比例|比率|幅度)|"
                         rf"(?!(?<=节约|节省)(?:(?!{_SAVING_WORK}|{_MONEY}|成本)[^，。；,;]){{1,4}}?(?:{_SAVING_WORK}))"
                         rf"[^，。；,;]{{0,8}}?(?:{_MONEY}|成本))")
"""An amount or share cut or saved (会议费节约额, 会议费压减比例, 三公经费压减额, 成本降低幅度, 节约经费, 压减一般性
支出, 节约培训经费, 压减会议费, 压减因公出国(境)费, 节约纸质办公成本, 降低经营成本 under 经济效益): the more the better, though what is cut is money to keep low (a cap,
`REGULATED_CEILING`). The money may stand a few words after the cut (what money: 一般性, 培训, 办公), an amount or share
only right after it, since 降低事故发生比例 is a share of accidents. Not a cut word ending a name (公务接待批次压减,
会议次数压减: a count held down), nor 减少浪费 (waste is no money saved), and a 变动率 of it stays a change to keep small.
Nor the money of work done to save a thing (节约用水改造经费 ≤50万元, 节约用水宣传经费: `_SAVING_WORK` after the thing
saved, as `_SAVED_THING` reads it), money spent, which B5 told 越多越好; 节约培训经费 has no thing saved before its
培训 and stays money saved, and so does money or work named as what is saved (节约项目建设资金, 节约工程建设资金,
节约资金改造项目: the 项目, 工程 or 资金 is no thing such work saves)."""
_LEVEL_OR_CUT = re.compile(rf"(?:{_FALL}|缩减|压减|压缩)[^，。；,;]{{0,8}}?(?:{_MONEY}|成本)")
"""A verb of lowering before money with no word of an amount between (降低行政成本, 压减一般性支出, 减少会议费): in an
amount of money, the spending after the cut (≤10万元) as well as the money cut (≥10万元), so the author's comparator
decides, as of 降低能耗 ≤100吨标煤 (`_cut_way`); in % the cut's size, the more the better. 节约 and 节省 say the money
saved (节约办公经费 ≥2万元), and an amount word says the cut (压减额, 降低金额), whatever the unit."""
_CUT_AFTER_MONEY = re.compile(rf"[^，。；,;]*(?:{_MONEY}|成本)(?P<verb>{_CUT})$")
"""Money spent with a verb of cutting or saving ending the measure (三公经费压减, 一般性支出压减, 会议费节约, 行政成本降低), in
the clause that says it: the name of a cut of that money, no cap of it, though 三公经费 and 会议费 are money the rules cap
(`REGULATED_CEILING`), so 三公经费压减 ≥3万元 was told ≤ by B5 and C2. In an amount of money a lowering verb
(压减, 降低…) leaves the spending after the cut (≤3万元) or the money cut (≥3万元) to the author's comparator, as
压减三公经费 does (`_LEVEL_OR_CUT`); 节约 and 节省 say the money saved (≥), and so do the words alone (C2 and diff read
them without the value's unit): the more the better."""
_SAVING = ("节约", "节省")
_RECOVERED = re.compile(rf"(?P<negated>{_NOT}|无法|难以)?(?:追回|收回|回收|挽回|清收|追缴)")
_RECOVERED_MONEY = re.compile(rf"{_MONEY}|金额|数额|额|款|收入|损失|资产")
"""Money won back (违规资金追回金额, 追回违规资金, 挽回经济损失金额, 不良贷款清收额, 追缴违规资金, 回收资金, 回收收入): the
more the better, as a rate of it is (违规资金追回率), though the 违规, 损失 or 不良 in it is a thing to keep low: recovering bad money is the
work. Only money or assets (收回土地面积 says nothing of money); what is left unrecovered (未追回金额, 逾期未收回款项,
无法挽回损失: the match's `negated`) is to keep low. A count of recoveries (追回件数) is handling
(`_HANDLED_COUNT`), read by its category, and so is one with the money named between (追回违规资金件数:
`_RECOVERIES`); the time it takes (违规资金追回时间: `DURATION`) is no money."""
_SUBSIDY_STANDARD = re.compile(r"(?:补助|补贴|资助|救助|津贴|奖补)[^，。；,;]{0,4}?标准"
                               r"|人均[^，。；,;]{0,10}?(?:补助|补贴|资助|救助|津贴)(?!对象|人数|人次|户数)")


def subsidy_standard(measure: str) -> str | None:
    """The words that make a measure a subsidy or allowance standard, or an amount given each person (人均基本公共卫生服务
    经费补助标准, 生活补贴标准, 人均救助金额), else None. Such a value is both what each person gets at least (≥94元/人, a
    standard set from above) and the most paid for each (≤180元/人 under 成本指标): B5 read its 经费 as a cost and told
    ≥94元/人 越低越好（经费）, and C2 asked it be ≤. Both take the author's comparator (`direction` says no way)."""
    found = _SUBSIDY_STANDARD.search(measure)
    return found.group(0) if found else None


_OWN_BUDGET = r"(?:部门|单位|项目)(?:预算|支出|经费|资金)|预算总额|总预算"
_ECONOMY_SIZE = r"GDP|国内生产总值|地区生产总值|生产总值|主营业务收入|营业收入|销售收入"
_ECONOMY_GROWTH = re.compile(rf"(?:{_ECONOMY_SIZE})(?:年均|同比)?(?:增速|增幅)(?:\(%\))?$")
"""The growth of an economy's or a firm's size written 增速 or 增幅 (GDP增速, 地区生产总值增速, 营业收入增幅): to reach, as
GDP增长率 is read by its 率, where 增速 said no way; a growth no word says the way of (民生支出增速) stays the author's."""
_INVESTED_IN = r"R&D|研发|研究与试验发展|研究与开发|科研|科技|教育|民生"
"""What money spent on is an investment a region or firm is measured by (R&D经费支出, 科技支出, 财政性教育经费支出), or
what a government's budget is measured by putting first (民生支出: the spending on people's livelihood)."""
_SHARE_OF = rf"占(?:(?!{_OWN_BUDGET})[^，。；,;]){{0,10}}?(?:比重|比例)"
"""A share of anything but the unit's own budget (占GDP比重, 占一般公共预算支出比重; not 占部门预算比重)."""
_INVESTMENT_INTENSITY = re.compile(rf"投入(?:强度|{_SHARE_OF})"
                                   rf"|(?:{_INVESTED_IN})[^，。；,;]{{0,4}}?(?:经费|支出)(?:{_SHARE_OF}|占比"
                                   rf"|与(?:{_ECONOMY_SIZE})的?之比)")
"""Money put in measured against the size of what it is put into (全社会R&D经费投入强度, 研发投入强度, 教育经费投入占GDP比例,
研发经费投入占营业收入比重): how much a region or a firm invests, a level to raise, as statistics publish it; B5 read its
经费 as a cost (`LOWER_BETTER`) and told ≥2.5% 越低越好（经费）. Only with 投入: 能耗强度 and 碳排放强度 are to keep low, and
money spent as a share of a budget (培训经费占比, 公用经费投入占部门预算比重 ≤20%: `_OWN_BUDGET`, the unit's own spending
laid out, not how much a region or firm invests) may be a cap; a bare amount put in (研发经费投入 ≥10亿元) is C7's
money put in under 效益, and 会议经费 under 成本指标 stays a cost. Money spent against the size of an economy or a firm
(`_ECONOMY_SIZE`: R&D经费支出占GDP比重, 教育经费支出占地区生产总值比例, 研发经费支出与主营业务收入之比) is the same intensity,
as statistics publish it, though 支出 says no 投入, where it is spent on what is invested in (`_INVESTED_IN`): 债务支出占GDP比重,
利息支出占GDP比重 and 行政管理支出占GDP比重 are burdens to keep low, as their 支出 says; a share of other spending
(个人卫生支出占卫生总费用比重) keeps its reading. So is such spending as a share of a government's budget (科技支出占一般公共预算支出比重
≥3%, 教育支出占比, 民生支出占比 ≥70%): how much of it goes where the budget is to put it first, which B5 told 越低越好（支出）,
while the share of its own running costs (三公经费支出占比, 行政运行支出占比) stays a cost to keep low."""
_LOSS_AVOIDED = re.compile(r"(?:减少|避免|降低|减轻)[^，。；,;]{0,6}?损失")
"""A loss avoided or made smaller (人工增雨减少农业损失金额, 避免经济损失, 减轻灾害损失): the more the better, as money won
back is (`_RECOVERED`), though its 减少 and 损失 are words of what to keep low (`LOWER_BETTER`), which B5 read as
≥500万元 turned round. A count of those spared (减少损失户数: `_RECOVERIES`) is read by its category."""
_CUT_VERB = rf"{_FALL}|减轻|压降|削减|缩减|压减|压缩(?!机)|节约(?!型)|节省"
"""Verbs of cutting or saving; not a 压缩机 or 节约型 (a machine, a kind of office: 压缩机能耗 is the energy it uses)."""
_CUT_OF_BAD = re.compile(rf"(?:{_CUT_VERB})[^，。；,;率]{{0,4}}?(?P<bad>{LOWER_BETTER.pattern})")
"""A verb of cutting or saving before what is to keep low (降低能耗, 节约能耗, 减少灾害损失率, 降低差错率, 减少投诉): the
name is the aim, and the value says which of two things it measures (`_cut_way`); a cut written after it (能耗下降率,
投诉率下降) is `_fallen`'s."""
_CUT_BEFORE = re.compile(_CUT_VERB)
_COUNTED_BAD = re.compile(r"(?:[件起次例个户人]数|人次|数量)$")
_CUT_REASON = "按百分数、百分点写的是减少的幅度（{}），减得越多越好"


def _cut_way(measure: str, unit: str | None) -> tuple[bool | None, str, str] | None:
    """`direction` of a cut of what is to keep low (`_CUT_OF_BAD`, or a verb of cutting before a rate to keep low:
    降低不良贷款率, 降低失业率), by the `unit` of its value; None where the measure is no such cut.

    Forms write both the level after the cut and the size of the cut under one such name, and only the unit tells
    them apart: a percentage of what is no rate (降低能耗 ≥5%) or points of anything (降低差错率 ≥2个百分点) can only be
    the size, the more the better; a name ending in a count of the bad thing (减少事故发生次数 ≤3次) counts it, to keep
    low. Otherwise the author's comparator is the only word on which (None): a rate in % (降低差错率 ≤1% the rate after
    the cut, 减少灾害损失率 ≥20% perhaps the cut), an amount in the thing's own unit or a count (降低能耗 ≤100吨标煤
    the level, ≥100吨标煤 the energy saved; 减少投诉 ≤5件), or no value at all. 节约 and 节省 say no level: an amount
    after them is what was saved (节约能耗 ≥100吨标煤), `saved_amount`'s to read before this."""
    rate = _RATE_OF.search(measure)
    found = _CUT_OF_BAD.search(measure)
    if rate and not found and (verb := _CUT_BEFORE.search(measure, 0, rate.end(1))):
        found = verb if direction(measure[verb.end():])[0] is True else None
    if found is None:
        return None
    words = re.sub(r"\(%\)$", "", measure[found.start():]) if rate else found.group(0)
    if unit == POINTS or unit in SHARES and not (rate or _SHARE_ENDING.search(measure)):
        return False, _CUT_REASON, words
    if _COUNTED_BAD.search(measure) and unit not in SHARES:
        return True, "越低越好（{}）", found["bad"]
    return None, "", ""


_SAVED_REASON = "是节约下来的量（{}），越多越好"
_SAVED_THING = re.compile(rf"(?:节约|节省)(?!型)(?:集约)?(?:(?!{_SAVING_WORK})[^，。；,;]){{1,4}}?(?:总?量|面积)?$"
                          r"|节[水电能地](?:总?量|面积)?$")
"""A saving named by the thing saved, in a word or two, ending the measure (节约用水量, 节约用地, 节约集约用地, 节约用地面积,
节省纸张, 节约办公用纸, 节约能耗, 节约单位能耗, and the short 节水量, 年节电量, 节地): the thing saved. Not work about saving
it (节约用水改造 ≥5000平方米, 节约用水宣传次数: `_SAVING_WORK`), nor what is no saving at all (节约型机关, 节水灌溉面积)."""


def saved_amount(measure: str, unit: str | None) -> str | None:
    """The words of a saving (`_SAVED_THING`) whose value is in the unit of the thing saved (节约用水量 ≥5000吨,
    节约用地 ≥20亩, 节水量 ≥3000立方米, 节约能耗 ≥100吨标煤), else None: an amount saved, the more the better, as
    money saved is (节约办公经费 ≥2万元: `_CUT_AMOUNT`). The one reading of it, whether or not the thing saved is a word
    of what to keep low (`LOWER_BETTER`: 能耗, 用电), where `_cut_way` read only those, so B5 took 节约用水量 ≤5000吨
    from its author, and D1 told 节约用地 under 生态效益 to show an ecological effect, where land and water saved are
    resources saved as energy is. Not in a count (节约用水宣传 ≥4次 counts publicity), a share, points or a
    time (节省办事时间 ≥2天, `_cut_time`'s), nor in money, whose saving and spending `_CUT_AMOUNT` and `_LEVEL_OR_CUT`
    read; not a rate (节约用水宣传覆盖率)."""
    if (not unit or unit == POINTS or unit in SHARES or unit in COUNT_UNITS or unit in TIME_UNITS
            or unit in MONEY_UNITS or _RATE_OF.search(measure)):
        return None
    found = _SAVED_THING.search(measure)
    return found.group(0) if found else None


_SHARE_ENDING = re.compile(r"(?:比例|占比|比重)(?:\(%\))?$")
"""A share ending a name (降低事故发生比例, 减少纸质材料占比): in %, the share after a cut or the cut, as a rate is."""
_CUT_OF_ANY = re.compile(rf"(?<![不未无非])(?:{_CUT_VERB}|缩短|精简)")
"""A verb of cutting, saving or shortening anywhere in a measure (减少碳排放, 压减会议次数, 压缩办理时限, 缩短审批时间,
精简会议, 碳排放减少), not negated (不降低) nor a 压缩机 or 节约型 (`_CUT_VERB`). 精简 is a word of
control before a meeting (`REGULATED_CEILING`), so 精简会议 ≥10% was told ≤ as a cap: in % it is the cut's size."""


_FALL_WORD = re.compile(_FALL)


def _cut_in_its_unit(about: str, unit: str | None) -> bool:
    """Whether a fall (减少, 降低, 下降) is the only word of what is to keep low in a measure (`LOWER_BETTER`, read in
    `about`, the measure `_unnamed`: 减少碳排放, 减少纸质文件, 碳排放减少) whose value is in a unit of what falls (≥100吨,
    ≥1000份): the amount cut or what is left after the cut, as 降低能耗 ≤100吨标煤 is (`_cut_way`), so the author's
    comparator decides. `LOWER_BETTER` read the 减少 itself, and B5 told 减少碳排放 ≥100吨 “越低越好（减少）”. In % or
    points such a cut is its size (`_cut_size`); with no unit the measure keeps its reading."""
    if unit is None or unit == POINTS or unit in SHARES:
        return False
    return bool(LOWER_BETTER.search(about)) and not LOWER_BETTER.search(_FALL_WORD.sub("", about))


def _cut_size(measure: str, unit: str | None) -> tuple[bool | None, str, str] | None:
    """`direction` of a cut of what is no rate or share, written in % or in points: the size of the cut, the more the
    better, whatever is cut (减少碳排放 ≥5%, 减少信访 ≥10%, 压减会议次数 ≥10%, 压缩办理时限 ≥20%), as 降低能耗 ≥5% is
    (`_cut_way`); None for a value in any other unit, or a rate or share (降低差错率 ≤1% is the rate after the cut,
    `_cut_way`'s to read). A value in another unit keeps its own reading: 压减会议次数 ≤6次 is a cap (`REGULATED_CEILING`),
    which a % of them cannot be: 10% of meetings is no number of them; 压缩办理时限 ≤5个工作日 the time left or cut
    (`_cut_time`)."""
    if unit != POINTS and (unit not in SHARES or _SHARE_ENDING.search(measure)) or _RATE_OF.search(measure):
        return None  # a share in points is the cut too (减少碳排放比例 ≥2个百分点), as 降低事故发生比例 is (`_cut_way`)
    found = _CUT_OF_ANY.search(measure)
    if found is None:
        return None
    start = max((end.end() for end in CLAUSES.finditer(measure, 0, found.start())), default=0)
    stop = next((end.start() for end in CLAUSES.finditer(measure, found.end())), len(measure))
    return False, _CUT_REASON, measure[start:stop]  # the clause that says the cut: 减少碳排放, 碳排放减少


def _cut_share(measure: str, unit: str | None) -> bool:
    """Whether a verb of cutting stands in a measure a share ends (`_SHARE_ENDING`: 减少碳排放比例, 减少纸质文件占比) and
    its value is in % or has no unit: the share left after the cut (≤5%) or the cut (≥5%), as of 降低事故发生比例
    (`_cut_way`), so the author's comparator decides. `LOWER_BETTER` read the 减少 itself, and B5 told 减少碳排放比例 ≥5%
    “越低越好（减少）”. In points the share is cut by so many (`_cut_size`), the more the better."""
    return (unit is None or unit in SHARES) and bool(_SHARE_ENDING.search(measure)
                                                     and _CUT_OF_ANY.search(measure))


def cut_in_percent(measure: str, unit: str | None) -> bool:
    """Whether a value in `unit` (% or points) of the measure is the size of a cut of what it names (`_cut_size`:
    压减会议次数 ≥10%, 减少培训人次 ≥5%): a share of the count cut, no share given for a count, so lint's B3 does not
    call it a unit mismatch (it told 压减会议次数 ≥10% 是计数、却是百分比, where B5 took it as the cut); a count with no
    word of a cut (培训人次 ≥95%) still is one."""
    return _cut_size(measure, unit) is not None


def _cut_time(measure: str, unit: str | None) -> bool:
    """Whether the measure cuts the time it takes to get something done (`TIME_TO_COMPLETE`, with a verb of cutting or
    shortening anywhere: 减少办理时间, 压缩办理时限, 缩短审批时间, 办理时限缩短) and its value is in a unit of time: the time cut
    (减少办理时间 ≥2天) or the time left after the cut (压缩办理时限 ≤5个工作日), as 降低能耗 ≤100吨标煤 and ≥100吨标煤 are
    the energy used and saved (`_cut_way`), so the author's comparator decides; B5 told 减少办理时间 ≥2天 to use ≤ as
    a time limit. In % it is the cut's size (`_cut_size`); without a cut (办理时间 ≤2天) the time is a limit."""
    return unit in TIME_UNITS and bool(TIME_TO_COMPLETE.search(measure)) and bool(_CUT_OF_ANY.search(measure))


_RECYCLED = re.compile(r"(?:废旧|废弃|废品|废料|固废|垃圾|资源|(?<!应急|救灾|救援|抢险|防汛|抗旱|储备|战备|防疫|抗疫)物资|再生|"
                       r"包装|电池|塑料|秸秆|农膜|地膜|旧衣|家电|餐厨)[^，。；,;]{0,4}?回收|回收利用")
"""Goods recycled (废旧物资回收额, 再生资源回收金额, 垃圾分类回收收入, 物资回收款, 回收利用): the more the better, as money won
back is, but no money a unit lost or paid out wrongly: B5 tells its own reason, not 追回、挽回的资金. Not a stock of
supplies kept for use (应急物资, 救灾物资, 防汛物资, 储备物资): what is issued and taken back after use (应急物资回收金额)
is the unit's own goods won back, no waste recycled, read as money won back (its assets, `_RECOVERED_MONEY`)."""
_RECOVERY_COST = re.compile(r"(?:追回|收回|回收|挽回|清收|追缴)(?:利用)?[、和及与]?"
                            r"(?:处置|处理|运输|清运|诉讼|律师|劳务|人工|委托|代理|拆解|分拣)(?:费用|经费|成本|支出|开支|费)")
"""What winning back or recycling costs (废旧物资回收处置费用, 垃圾回收处理费, 违规资金追回诉讼费): money paid out for the work,
a cost to cap, though its 回收 or 追回 and its 费 read as money won back (`_RECOVERED`), the more the better, and B5 told
its cap under 成本指标 to be a floor and its amount under 数量指标 to move to 经济效益指标. Only with the work paid for
named (处置, 处理, 诉讼…): 回收费用 or 回收成本 alone may be the money won back (收回成本)."""
_WON_BACK = "追回、挽回的资金"
_RECYCLING = "废旧物资、资源的回收"
RECYCLED_MONEY = "回收废旧物资、资源所得的资金"
"""What `won_back` calls money a unit's recycling brings in (废旧物资回收金额), as lint's C7 and B5 quote it."""
_RECOVERIES = re.compile(r"(?:[件笔起次户人家个项]数|人次|户次|数量)$")
"""A count ending a measure of money won back (追回违规资金件数, 挽回经济损失人数): the recoveries or the people helped,
no amount of money, told neither as one (是追回、挽回的资金) nor, by its 违规 or 损失, as a thing to keep low."""


_PER_SO_MANY = re.compile(rf"(?:(?<![\d{NUMERALS}万])(?:十万|百万|万|千|百)(?:人口|人|户|车|台(?![胞商企青属资港澳办联籍湾]))"
                          rf"(?!次|以上|以下|以内|左右|规模|级|大会|[^率有]{{0,4}}?[团队])"
                          rf"|(?:亿元|万元)(?:{_ECONOMY_SIZE})(?=[^，。；,;]*率))(?![^，。；,;]*(?:{CHANGES})率)")
"""A rate per so many people (万人拥有率, 每万人口拥有量, 千人拥有床位率), vehicles (道路交通万车死亡率), machines (万台特种设备死亡人数,
as 特种设备 safety is reported) or yuan of output (亿元GDP生产安全事故死亡率): a figure per 10,000 or 1,000 of them, no percentage, so that `≥5` of it is no `≥5%` with
its % left out; its unit is the author's to write. Only the base as a denominator: not the size of what a rate is of
(千人以上活动完成率, 千人规模活动完成率, 千人大会参与率, 三千人培训覆盖率: a number of people before, or words of a size
after), nor of a troupe (百人宣讲团覆盖率, 千人志愿服务队参与率), which is a share in %, as any 完成率 is; a troupe had per
people (万人拥有消防队数) is still per people. Nor the change of such a figure (万元GDP能耗降低率, 万车死亡率下降率,
万人拥有床位数增长率: `CHANGES` before 率), a percentage whatever it is of. Nor the 台 that names the people or firms
across the strait (万台胞, 千台商): no machines counted over. Per yuan of output only a rate: 万元GDP能耗 is
energy per 万元, in 吨标准煤, and an example of 个/万元GDP would tell it a wrong unit."""


def is_share(name: str) -> bool:
    """Whether an indicator's name says its value is a share, printed as a percentage: a rate, a degree, a reach or
    a progress (完成率, 归侨侨眷满意度, 政策知晓度, 补助覆盖面, 支出进度), or a name ending in its unit (%). Not a rate
    per so many people (`_PER_SO_MANY`: 万人拥有率) unless its name declares %."""
    folded = fold(name)
    if folded.endswith("%") or folded.endswith("(%)"):
        return True
    return bool(_RATE_OF.search(folded) or "率" in folded) and not _PER_SO_MANY.search(folded)


_COUNT_ENDING = re.compile(r"(?:次数|场次|场数|人数|人次|个数|项数|件数|户数|篇数|期数|批次|家数|数量)$")
"""What a name ends in when it counts (活动场次, 培训人数, 接待人次): its value is a number of things, not a share."""
_FREQUENCY = re.compile(r"频率|频次")
"""A rate of how often (服务频率 ≥4次): counted, unlike the shares `_RATE_OF` reads."""


def counted_or_share(name: str) -> str | None:
    """"count" where an indicator's name plainly counts (举办活动场次, 培训人数), "share" where it plainly is a rate or a
    degree (合格率, 服务对象满意度, 政策知晓度), None where it says neither or both: lint's B3 holds a value in the
    other kind (活动场次 ≥95%, 满意度 ≥90人) to it, and only such an obvious mismatch. A rate per so many people
    (`_PER_SO_MANY`: 万人拥有率 ≥5) is neither: B3 guessed `≥5%` of it."""
    folded = _plain_name(name)
    if _FREQUENCY.search(folded):
        return None
    if _COUNT_ENDING.search(folded):
        return "count"
    return "share" if _RATE_OF.search(folded) and not _PER_SO_MANY.search(folded) else None


def in_percent(name: str) -> bool:
    """Whether a name `counted_or_share` calls neither is written in % all the same: a proportion (资金到位比例, 经费占比:
    `_SHARE_ENDING`) or a name that declares % (工作完成情况(%)). B2 shows such a name a share's example (≥90%), and
    no other name of neither kind, for a share it is not (绿化面积 ≥90%) is a number nothing on the form says."""
    return bool(_SHARE_ENDING.search(_plain_name(name))) or bracketed_unit(name) == "%"


_ELECTRICITY = re.compile(r"电(?:量|耗|能|力)|[用节省耗发售购供充]电")
"""Words of electricity used, saved or made (用电量, 节约用电, 单位电耗, 电能消耗, 光伏发电量, 节电量): a name whose value may be
in 度, kilowatt hours (`electric`)."""


def electric(name: str) -> bool:
    """Whether an indicator's name speaks of an amount of electricity (`_ELECTRICITY`), so that 度 after its number is
    kilowatt hours (用电量 ≤1000度); not a rate or count that names it (供电服务满意度, 用电安全检查次数:
    `counted_or_share`), whose ≥90度 is no electricity, nor any other name: 满意度 ≥90度, 室内温度 ≤26度 and 完成程度
    ≥90度 have no unit lint can read (`LintContext.target`)."""
    folded = _plain_name(name)
    return bool(_ELECTRICITY.search(folded)) and counted_or_share(folded) is None


def named_unit(name: str) -> str:
    """The unit an indicator's name ends in, in brackets (`访率(%)` → %, `开展培训场次（人次）` → 人次, `举办活动场次（场）`
    → 场, `项目完成时间（月）` → 个月: `duration_unit`), that its values are to be in (B3); "" when the brackets hold no
    unit a value is read with (`（试行）`)."""
    return duration_unit(name, bracketed_unit(name))


def bracketed_unit(name: str) -> str:
    """The unit in the brackets an indicator's name ends in, as the author wrote it (`项目完成时间（月）` → 月, which
    `named_unit` holds values to as 个月): what B3 quotes as the unit declared, since a clerk told “个月” looks for it
    in the name and finds 月; "" when the brackets hold no unit (`（试行）`)."""
    named = re.search(r"\(([^()]+)\)$", fold(name))
    return named.group(1) if named and is_unit(named.group(1)) else ""


def duration_unit(name: str, unit: str) -> str:
    """The unit a value of the named measure is held to (B3): 个月 where a length of time (项目完成时间（月）, 实施周期(月),
    服务期限: `DURATION`) is in 月 or 个月, one unit there, told as 个月, since `≤12月` reads as December; 个工作日 of
    工作日 or 个工作日 in any name (回访时限（工作日）), one unit wherever it stands, told as `≤5个工作日` reads and as
    the forms write it; 个小时 as 小时; any other unit as it is (天, 小时 and 年 take no 个). A date (完成时间 ≤2024年6月) is no
    quantity, and no unit of it is asked."""
    if unit in ("工作日", "个工作日"):
        return "个工作日"
    if unit == "个小时":  # 2个小时 is 2小时, as the forms write it
        return "小时"
    bare = re.sub(r"\([^()]*\)$", "", fold(name))
    return "个月" if unit in ("月", "个月") and DURATION.search(bare) else unit


def held_unit_note(declared: str, held: str) -> str:
    """Why a value is offered a unit other than the one its name declares (`duration_unit`), for a message that
    quotes the declared one and offers the held one (以“月”计，请写成 ≤12个月): a clerk told 个月 of （月） may take
    `≤12月` for the same, and it reads as December; "" where 个 changes no reading (工作日 → 个工作日)."""
    return "（只写“月”会被读成月份）" if declared == "月" and held == "个月" else ""


def per_so_many(name: str) -> str:
    """How many of what a rate per so many is of (`万人` of 万人拥有率, `千人` of 千人拥有床位率, `亿元GDP` of
    亿元GDP生产安全事故死亡率: `_PER_SO_MANY`), which its unit is written per (`≥5个/万人`); "" for any other name."""
    found = _PER_SO_MANY.search(fold(name))
    return found.group() if found else ""


_COUNTED_PER = ((re.compile(r"死亡|伤亡|死伤|遇难"), "人"), (re.compile(r"案件|发案|事故|火灾"), "起"))
"""What a rate per so many counts, as its name says it, and the unit it is counted in: deaths are people (道路交通万车死亡率
in 人/万车, 亿元GDP生产安全事故死亡率 in 人/亿元GDP, as the statistics print them; the 事故 there is whose deaths they are),
cases, accidents and fires are events (每万人口刑事案件发案数 in 起/万人口). Deaths come first: a death rate's name
holds its accident too."""


def counted_per_so_many(name: str) -> str:
    """The unit of a count over a base (`per_so_many`) whose name says what it counts (`_COUNTED_PER`: 万台特种设备死亡人数,
    道路交通万车死亡人数 in 人/万台, 人/万车), which its count ending (人数) alone made B3 offer as 人: `≤0.08人` is
    0.08 deaths in all. "" for any other name: a count that names no such thing (万人健步走参与人数) is counted whole,
    the 万人 there the event's size."""
    return per_so_many_unit(name) if per_so_many(name) and any(
        words.search(fold(name)) for words, _ in _COUNTED_PER) else ""


def per_so_many_unit(name: str) -> str:
    """The unit a rate per so many (`per_so_many`) is written in, for an example lint offers (≤2人/万车): what it
    counts (`_COUNTED_PER`) per its base, and 个 where the name says nothing it counts (万人拥有率 in 个/万人), for
    个/万车 of a death rate tells a clerk to count deaths as things. "" for a name that is no such rate."""
    per = per_so_many(name)
    if not per:
        return ""
    folded = fold(name)
    return next((unit for words, unit in _COUNTED_PER if words.search(folded)), "个") + "/" + per


_ENDING_UNITS = ("万人次", "人次", "场次", "批次", "期次", "篇次", "户次", "课时", "学时", "团组", "次", "场", "人", "个", "项",
                 "批", "篇", "家", "户")
"""The count units a name may end in and be counted in (举办活动场次 in 场次, 培训人次 in 人次), longest first. Only those
no other word of a name ends in: 部门 ends in 门, 周期 in 期, 文件 in 件, none of them a count of 门, 期 or 件."""
_COUNTED_BY = re.compile(r"(?P<unit>万人次|人次|场次|批次|次|场|人|个|项|件|户|篇|期|家)数$")
"""A name ending in a count of a unit (培训人数, 活动次数, 活动参与人次数): counted in that unit (人, 次, 人次): 人次数
counts 人次, not the 次 before its 数, which was read alone and told ≥500 to be written ≥500次."""


def ending_unit(name: str) -> str:
    """The count unit an indicator's name ends in (`举办活动场次` → 场次, `培训人数` → 人), that a bare number typed
    for its value is most likely a count of; "" when it ends in none."""
    folded = fold(name)
    counted = _COUNTED_BY.search(folded)
    if counted:
        return counted["unit"]
    return next((unit for unit in _ENDING_UNITS if folded.endswith(unit)), "")


def lower_is_better(measure: str, unit: str | None = None) -> bool | None:
    """Whether a smaller value is the better one for this measure (name and the words before the
    number), None when the words do not say.

    A rate is judged by what it is a rate of, the words right before 率: 投诉办结率 and 问题整改完成率
    are rates of getting things done (higher), 投诉率, 资产闲置率 and 水质超标率 of things going wrong (lower),
    无故障率, 无重大事故率 and 非败诉率 of their absence (higher), 未整改率 and 不满意率 of what is not done or done ill (lower),
    零差错率 of neither (a share kept at zero or a rate of errors), 能耗下降率 of a cut (higher), 满意度下降率 of a
    fall of what is to raise (lower: `_fallen`), 不良贷款率 of a good state negated (lower); a degree or
    progress alike (三公经费公开度, 投诉处理满意度, 资金支出进度 higher, 预算执行偏离度 and 不满意度 lower). A count
    of the people served pleased (投诉回访满意次数) is higher, whatever complaint it follows, and a fall of it
    (满意人数减少) lower. Other measures: a cost, delay or error word anywhere, a count or amount under
    spending control (会议费, 严格控制会议次数, 压减公务接待批次: `REGULATED_CEILING`), a count of drivers said to be
    controlled (控制公务用车司机数量: `CONTROLLED_DRIVERS`), or the time it takes
    to get something done (办理时限, 响应时间), means lower; a length of service or training to deliver
    (服务时长, 培训天数) higher. A count of days in a state goes by the state, whatever other word is near it:
    good days (达标天数, 无事故天数) higher, bad days (超标天数, 停电天数) lower. Any other length of time
    (租赁期限, 会议举办天数, 服务时间) points no way, whatever word of a level to reach is near it. A cut of what is to
    keep low (降低能耗, 降低差错率) goes by the `unit` of its value (`_cut_way`), and says no way without one."""
    return direction(measure, unit)[0]


def _affirmed(count: re.Pattern, measure: str) -> re.Match | None:
    """The first match of `count` (`_PLEASED_COUNT`, `_HANDLED_COUNT`, `GOOD_DAYS`, `BAD_DAYS`) in the measure that no
    negation before it (its group `negated`: `_NOT`) turns into a count of what went wrong or of its absence: 不太满意人数
    counts the displeased and 未处理件数 what was left undone, while 非常满意人数 and 投诉处理件数 count the pleased and the
    work done; 不达标天数 are no good days, 无污染天数 no bad ones."""
    return next((found for found in count.finditer(measure) if not found["negated"]), None)


def _fallen(measure: str) -> tuple[bool | None, str, str] | None:
    """`direction` of a measure that is a fall of what stands before it (`_FALL_SIZE`, `_FALL_ENDING`): the way of what
    falls turned round. A fall of what is to raise is to keep small (满意度下降率, 合格率下降幅度, 满意人数减少), a fall
    of what is to keep low the more the better (不满意度下降, 投诉下降率, 会议费节约额), and so is a rate or amount of a
    cut whose words say no way (下降率). Only a cut of money or cost (成本降低率, 三公经费下降率), of energy (能耗下降率)
    or one said with 节约 or 压减 is told as a saving: 投诉下降率 or 办理时限下降率 saves nothing, it is a fall of
    something to keep low, and a 下降 or 减少 of what no word says the way of (信访总量下降率, 碳排放减少比例) is told
    as a fall, where it was told as a saving. A bare fall of such (能耗下降) is None here, read by its other words.
    A rate is one to raise only by a word of a level (`_LEVELS`), not by being a rate: a fall of a rate to keep low
    (病死率下降率, `_BAD_RATE`) or of one the lexicon lacks is a cut, no fall of what is to raise."""
    sized = _FALL_SIZE.search(measure)
    fall = sized or _FALL_ENDING.search(measure)
    if fall is None:
        return None
    words = re.sub(r"\(%\)$", "", fall.group(0))
    before = _FALL_BASE.sub("", measure[:fall.start()])
    fallen, _, said = direction(before)
    if fallen is False and (said or re.search(_LEVELS, before)):
        return True, "是要提高的比率、程度或数量的下降（{}），降得越少越好", words
    rate = sized and re.search(rf"{_RATE}$", words)
    saved = said and re.search(rf"{_MONEY}|成本|{_ENERGY}", said)
    if sized and fallen and said and not saved:  # 投诉下降率: no saving
        return False, "是要压低的数量或比率的下降（{}），" + ("越高越好" if rate else "越多越好"), words
    if sized and not saved and _FALL_WORD.match(words):  # 信访总量下降率: nothing said to be saved or cut
        return False, "是下降或减少的" + ("比率（{}），越高越好" if rate else "幅度或比例（{}），越多越好"), words
    if rate:
        return False, "是节约或压减的比率（{}），越高越好", words
    if sized:
        return False, "是节约或压减的金额或比例（{}），越多越好", words
    return (False, "是要压低的数量或比率的下降（{}），降得越多越好", words) if fallen else None


_GROWTH_RATE = re.compile(rf"(?:(?:增长|增加){_RATE}|增速|增幅)(?:\(%\))?$")
"""A growth rate ending a measure: 增长率, 增加率, or 增速 and 增幅, which say the same (债务增速, 三公经费增幅) and were
read as no rate, so 债务增速 ≥5% passed B5."""
_PETITION_GROWTH = re.compile(rf"[信上]访(?:(?![率度])[^，。；,;]){{0,4}}?{_GROWTH_RATE.pattern}")
"""The growth of petitions (信访量增长率, 信访总量增长率, 网上信访量增长率): kept low where it is all grievances, raised where it
is those brought online instead (网上信访), so no way by its words and the author's comparator decides; B5 read its 率 as
one to reach and told 信访量增长率 ≤0% to use ≥. A growth of petitions out of channel (越级上访量增长率) is kept low (`_grown`);
that of a rate or degree of their handling (信访办结率增长率, 信访满意度增长率) is read by its 率: no 率 or 度 between."""
_PRICE_GROWTH = re.compile(rf"(?:价格|物价|CPI|PPI)(?:(?![率度])[^，。；,;]){{0,4}}?{_GROWTH_RATE.pattern}")
"""The growth of prices (居民消费价格指数增长率, CPI增长率, 物价增长率): held under a cap where inflation is feared (≤3%), kept
above a floor where deflation is, and raised for the goods a unit sells (农产品价格增长率), so no way by its words, as 涨幅
(居民消费价格涨幅) said none; its 率 read it as a rate to reach, so B5 told 居民消费价格指数增长率 ≤3% to use ≥."""
_CUT_EACH_YEAR = re.compile(r"一般性(?:支出|经费)(?:支出)?$")
"""Spending the budget rules cut each year (一般性支出: 压减一般性支出, 一般性支出只减不增), whose growth is kept low, though
no ceiling fixes its amount, which `REGULATED_CEILING` does not read as a cap (压减一般性支出 ≤10万元 is the author's)."""
_DEBT_HELD = re.compile(rf"^(?:(?!{_RESOLVED}|新增).)*?(?P<debt>(?:债务|负债)(?:余额|规模|总额|总量)?)$")
"""Debt, its balance or its size, none resolved or newly granted in the words (政府债务, 债务余额, 债务规模; not 化解债务,
新增专项债务): a burden held under its 限额, whose growth is kept low as the balance is (`_debt_balance`)."""


def _grown(measure: str) -> tuple[bool | None, str, str] | None:
    """`direction` of a growth rate (`_GROWTH_RATE`: 增长率, 增加率, 增速, 增幅) of what is to keep low: a count, rate or energy
    the words say to keep low (事故增长率, 投诉量增长率, 刑事案件发案数增长率, 能耗增长率), money the rules cap (三公经费增长率,
    `REGULATED_CEILING`; 一般性支出增长率, cut each year: `_CUT_EACH_YEAR`) or debt (`_DEBT_HELD`: 政府债务余额增长率,
    债务规模增长率), the lower the better, as a 变动率 of them is; a 率 alone read them as rates to reach, so B5 told
    三公经费增长率 ≤0% and 债务余额增长率 ≤5% to use ≥. Money spent that no rule caps or cuts (民生支出增长率, 民生支出增速)
    may be a priority to raise as well as a cost, so no way, whether its growth is written 增长率 or 增速: B5 told
    民生支出增长率 ≤8% to use ≥ and left 民生支出增速 to its author. None for any other growth, read as a rate: a growth
    of what is to raise (收入增长率) is one to raise."""
    found = _GROWTH_RATE.search(measure)
    if found is None:
        return None
    before = _FALL_BASE.sub("", measure[:found.start()])
    lower, _, said = direction(before)
    if not (lower and said and not re.search(rf"{_MONEY}|成本", said)):
        held = REGULATED_CEILING.search(before) or _DEBT_HELD.search(before) or _CUT_EACH_YEAR.search(before)
        if not held and lower and said:  # 民生支出增长率: money no rule caps, a priority or a cost
            return None, "", ""
        said = held and held.group(held.lastindex or 0)
    if not said:
        return None
    words = measure[measure.rfind(said):found.end()]  # 投诉量增长率, 债务余额较上年增长率: the row's own words
    return True, "是要压低的数量、比率、支出或债务的增长（{}），越低越好", re.sub(r"\(%\)$", "", words)


_DEBT_BALANCE = re.compile(r"(?:债务|负债)余额(?!限额)")
_DEBT_RESOLVED = re.compile(_RESOLVED)


def _debt_balance(measure: str) -> str | None:
    """The words of a debt balance the measure is (政府债务余额, 地方政府隐性债务余额, 负债余额: `债务余额`), held under a
    限额 as 债务率 is under a warning line, so the lower the better; it was read as no way, and 政府债务余额 ≥100亿元
    passed B5. None where debt is resolved or repaid before or after it (化解债务余额, 置换债务余额, 存量债务余额化解,
    债务余额偿还: `_RESOLVED`), work done, or where it is cut (压减债务余额, 降低债务余额: the cut or what is left, as
    压减一般性支出 is): the author's comparator points those. Nor the 限额 itself (政府债务余额限额), the ceiling granted,
    which no word says to keep low, nor debt newly granted (新增专项债务余额), which a unit may as well be set to issue.
    """
    found = _DEBT_BALANCE.search(measure)
    if not found or _CUT_OF_ANY.search(measure) or _DEBT_RESOLVED.search(measure) or "新增" in measure:
        return None
    return found.group(0)


def direction(measure: str, unit: str | None = None) -> tuple[bool | None, str, str]:
    """`lower_is_better` with why: (lower, the reason in lint's words with a `{}` for the words that say it, those
    words). B5 tells a comparator against it by this reason, so a rate of disclosure is not told of money cut or
    saved, nor a 变动率 of errors and delays: each warning says what of its own row points the way. A place in a
    ranking (名列全省第3) is the better the lower its number."""
    if found := _RANKED_AT.search(measure):
        return True, "是名次（{}），越靠前越好", found.group(0)
    rate = _RATE_OF.search(measure)
    if rate:
        ending = re.sub(r"\(%\)$", "", rate.group(0)[len(rate.group(1)):])  # 率, 度, 进度
        if found := _NO_BAD_RATE.search(measure):
            return False, "是没有坏事发生的比率（{}），越高越好", found.group(0)
        if _ZERO_RATE.search(measure):
            return None, "", ""
        if found := _UNDONE_RATE.search(measure):
            return True, "是没有办完的比率（{}），越低越好", found.group(0)
        if fell := _fallen(measure):
            return fell
        if cut := _cut_way(measure, unit):  # 降低差错率: the rate after the cut or its size, before 差错率 read alone
            return cut
        if grown := _grown(measure):  # 债务余额增长率: growth of what is kept low, before its 率 is read as one to reach
            return grown
        if _PETITION_GROWTH.search(measure) or _PRICE_GROWTH.search(measure):  # 信访量增长率, 居民消费价格指数增长率
            return None, "", ""
        if found := _BURDEN_RATE.search(measure, 0, rate.end(1)):
            return True, "是赤字、债务、负债这类负担的比率（{}），越低越好", found["burden"] + ending
        if found := _BAD_OUTCOME_RATE.search(rate.group(1)):
            return True, "是死亡、伤病、失业、致贫、辍学、漏诊这类坏结果的比率（{}），越低越好", found.group(0) + ending
        if _RECURRENCE_HANDLED_RATE.search(measure, 0, rate.end(1)):  # 化解重复信访率: resolved, no recurrence
            return False, "是要达到的比率、程度或进度，越高越好", ""
        if _RECURRENCE_PREVENTED_RATE.search(measure, 0, rate.end(1)):  # 防范重复信访率: the harm's rate or share prevented
            return None, "", ""
        if found := _RECURRENCE_RATE.search(rate.group(1)):
            return True, "是复发、再犯罪、返贫这类坏事再次发生的比率（{}），越低越好", found.group(0) + ending
        if found := _BAD_RATE.search(measure, 0, rate.end(1)):
            return True, "是差错、投诉、变动这类要压低的比率（{}），越低越好", found.group(0) + ending
        if found := _NOT_DONE_RATE.search(measure, 0, rate.end(1)):
            return True, "是不满意、不合格、不良这类不好状态的比率（{}），越低越好", found.group(0) + ending
        if _REVIEWERS_OWN.search(measure):  # 行政复议纠错率: the reviewed units' errors, or the reviewer's work
            return None, "", ""
        return False, "是要达到的比率、程度或进度，越高越好", ""
    if grown := _grown(measure):  # 债务增速: a growth rate by its words, though no 率 ends it
        return grown
    if _ECONOMY_GROWTH.search(measure):  # GDP增速: as GDP增长率, a rate to reach
        return False, "是要达到的比率、程度或进度，越高越好", ""
    if _GROWTH_RATE.search(measure):  # 民生支出增速: a growth rate, not the 支出 it is of
        return None, "", ""
    # 三公经费压减 in money or words, before its 三公经费 is read as a cap; in % the cut's size (`_cut_size`)
    if (found := _CUT_AFTER_MONEY.search(measure)) and not _cut_size(measure, unit):
        if unit in MONEY_UNITS and found["verb"] not in _SAVING:
            return None, "", ""  # 三公经费压减 ≤3万元 the spending after the cut, ≥ the money cut: as the author says
        return False, "是节约或压减的金额或比例（{}），越多越好", found.group(0)
    if fell := _fallen(measure):  # before the days: 停电天数减少 is a fall of bad days, the more the better
        return fell
    if cut := _cut_size(measure, unit):  # 减少碳排放 ≥5%, 压缩办理时限 ≥20%: the cut, before what is cut is read
        return cut
    if _cut_share(measure, unit):  # 减少碳排放比例 ≤5% the share left, ≥5% the cut: as the author's comparator says
        return None, "", ""
    for days, lower, reason in ((BAD_DAYS, True, "是坏状态的天数（{}），越少越好"),  # the state says the way, before
                                (GOOD_DAYS, False, "是好状态的天数（{}），越多越好")):  # any word of it: 无事故 is no 事故
        if found := _affirmed(days, measure):
            return lower, reason, found.group(0)
    if found := _FREE_OF.search(measure):  # 无事故单位数: the units with no accident, before 事故 is read alone
        return False, "是没有事故、投诉这类坏事的对象的数量或比重（{}），越多越好", found.group(0)
    if found := _MONEY_CUT.search(measure):  # 核减预算金额, 压减支出金额: the amount cut, as C7 reads it (`money_spent`)
        return False, "是节约或压减的金额或比例（{}），越多越好", found.group(0)
    if found := _CUT_AMOUNT.search(measure):
        if unit in MONEY_UNITS and _LEVEL_OR_CUT.fullmatch(found.group(0)):
            return None, "", ""  # 压减一般性支出 ≤10万元 the spending after the cut, ≥ the money cut: as the author says
        return False, "是节约或压减的金额或比例（{}），越多越好", found.group(0)
    if found := _affirmed(_PLEASED_COUNT, measure):  # 投诉回访满意次数: visits that left the caller pleased
        return False, "越高越好（{}）", found["pleased"]
    if found := _ACCIDENTS_REPORTED.search(measure):  # 事故报告数: as many as the accidents, before reporting as handling
        return True, "是事故的报告或通报数，每起事故都要报告，数的是事故（{}），越少越好", found.group(0)
    if _affirmed(_HANDLED_COUNT, measure):  # 投诉回访次数: calls made, no complaints counted
        return None, "", ""
    if _cut_time(measure, unit):  # 减少办理时间 ≥2天 the time cut, 压缩办理时限 ≤5个工作日 the time left
        return None, "", ""
    if found := PAYBACK.search(measure):  # 资金回收期: the time to win it back, before the money won back
        return True, "是收回投入或款项所用的时间（{}），越短越好", found.group(0)
    if found := TIME_TO_COMPLETE.search(measure):  # 违规资金追回时限: the time it takes, before the money won back
        return True, "是办成一件事所用的时间（{}），越短越好", found.group(0)
    if found := _RECOVERY_COST.search(measure):  # 废旧物资回收处置费用: paid for the recycling, before the money won back
        return True, "是回收、追回工作所花的费用（{}），越少越好", found.group(0)
    if (found := _RECOVERED.search(measure)) and _RECOVERED_MONEY.search(measure) and not DURATION.search(measure):
        if found["negated"]:  # 未追回金额: money still lost
            return True, "是没有追回、挽回的资金（{}），越少越好", found.group(0)
        if _RECOVERIES.search(measure):  # 追回违规资金件数: recoveries counted, handling read by its category
            return None, "", ""
        if recycled := _RECYCLED.search(measure):  # 废旧物资回收额: recycling, no money won back
            return False, f"是{_RECYCLING}（{{}}），越多越好", recycled.group(0)
        return False, f"是{_WON_BACK}（{{}}），越多越好", found.group(0)
    if found := _LOSS_AVOIDED.search(measure):  # 减少农业损失金额: the loss avoided, before 减少 and 损失 read alone
        return (None, "", "") if _RECOVERIES.search(measure) else (False, "是减少、避免的损失（{}），越多越好", found.group(0))
    if saved := saved_amount(measure, unit):  # 节约能耗 ≥100吨标煤, 节约用水量 ≥5000吨, 节约用地 ≥20亩: what was saved
        return False, _SAVED_REASON, saved
    if cut := _cut_way(measure, unit):  # 降低能耗 ≥5%: the cut; 减少事故发生次数: the accidents counted
        return cut
    if subsidy_standard(measure):  # 补助标准 ≥94元/人 what each gets at least, ≤180元/人 the most paid: as the author says
        return None, "", ""
    if found := _INVESTMENT_INTENSITY.search(measure):  # R&D经费投入强度: effort to raise, before its 经费 is read as a cost
        return False, "是投入的强度或比重（{}），越高越好", found.group(0)
    if debt := _debt_balance(measure):  # 政府债务余额: under its 限额, where no word before said a way
        return True, "是受限额控制的债务、负债余额（{}），越低越好", debt
    about = _unnamed(measure)  # 事故报告制度, 事故报告培训, 故障巡检: no accident or breakdown counted
    if _cut_in_its_unit(about, unit):  # 减少碳排放 ≥100吨: the cut or what is left, the 减少 no thing to keep low
        about = _FALL_WORD.sub("", about)
    for words, reason, read in ((LOWER_BETTER, "越低越好（{}）", about),
                                (_NOT_DONE, "是没有办成或办好的数量（{}），越少越好", measure),
                                (REGULATED_CEILING, "是受支出控制的上限（{}），越少越严", measure),
                                (CONTROLLED_DRIVERS, "是要控制的司机人数（{}），越少越严", measure)):
        if found := words.search(read):
            return True, reason, found.group(0)
    if (found := TIME_TO_GIVE.search(measure)) and not _PER_CASE.search(measure):
        return False, "是要提供的服务、培训时长或保修期（{}），越长越好", found.group(0)
    if DURATION.search(measure):  # 档案整理完成率 with 活动天数 before the number: the 完成 is not the length's
        return None, "", ""
    if found := HIGHER_BETTER.search(measure):
        return False, "越高越好（{}）", found.group(0)
    return None, "", ""


_RANKED_BY = "排名|名列|位列|位居|稳居|跻身"
"""Words that put a unit at a place in a ranking (排名第3, 名列全省第5, 位居全国第一) or among the top (稳居全市前3,
跻身全省前10名): a 第 or 前 after them is a place, whatever the row's name says."""
_PLACED = _RANKED_BY + "|位于|处于"
"""`_RANKED_BY`, and 位于 and 处于 (位于全省前10%, 处于全市前3名, 处于全省第一), which place a unit at a stage or in a batch
as often (处于第2阶段, 位于第3批): their 第 is a place only where the value reads as one (`RANKING`, `_TOP`: its number
ends it or is followed by 位 or 名), never by the words before the number alone (`_RANKED_AT`). diff called
`位于全省前3名` → `位于全省前5名` a target raised and B3 told `位于全省前10%` to write ≥10%."""
_KEPT = r"保持在?(?:(?:全|[省市区县国]内|系统内|同类|行业)[^，,。；;前第]{0,6}?)?"
"""保持 keeping a place (保持全省第一, 保持在全市前3, 保持系统内前5位): only right before the 第 or 前, or before the field
ranked over. 保持 keeps anything, and a 前 or 第 further on is often part of a word: 保持目前95% and 保持此前5 are a share
and a count kept, 保持提前5 a time, 保持第一时间响应 a promptness; none a place (`_KEPT_PLACE`)."""
_KEPT_PLACE = rf"{_KEPT}第[\d{NUMERALS}]+(?=[位名]|[^\w]|$)"
"""A place kept (`_KEPT`) ends where its number does, or with 位 or 名: 第一时间 and 第一书记 are no places."""
RANKING = re.compile(rf"(?:{_PLACED})[^，,。；;]{{0,6}}?第[\d{NUMERALS}]+(?=[位名]|[^\w]|$)|{_KEPT_PLACE}")
"""A place in a ranking, in figures or numerals, with the places ranked over between (排名第3, 排名第一, 名列全省第三,
位列全市第二位, 位居全国第一, 位列系统内第二, 排名进入全省第3): a reviewer checks it against the ranking published. Its
number ends it, or 位 or 名 does, as a kept place's (`_KEPT_PLACE`): 位居第一方阵 and 处于第一梯队 are a tier, words B7
asks a figure of, no place."""
_RANKED_AT = re.compile(rf"(?:(?:{_RANKED_BY})[^，,。；;]{{0,6}}?|{_KEPT})第$")
"""The words before a place's number in a measure (name and prefix: 名列全省第): first is best. Not 处于第 or 位于第, the
words of a stage (处于第2阶段 → 处于第3阶段 is a target raised, not a place lowered: `_PLACED`)."""
_PLACE = re.compile(rf"(?<=第)[\d{NUMERALS}]+(?=[位名]?$)")
_FIELD = "全[省市国区县]|[省市区县]内|系统内|世界|全球|中国|国内"
"""The field a ranking is over, starting a value (全省第3名, 全市第一, 全省前5, 系统内前10%, 世界500强, 全球前10, 中国500强):
diff called `世界500强` → `世界100强` a target lowered, 500 read as a bare number, and B3 told `世界500强` it had no unit."""
_BARE_PLACE = re.compile(rf"(?:{_FIELD})?第[\d{NUMERALS}]+[位名]|(?:{_FIELD})第[\d{NUMERALS}]+")
"""A place alone (第一名, 第3位) or after the field ranked over (全省第3名, 全市第一): a ranking's place whatever the
row's name says; 第3批 and 全国第一批 are none."""
_OR_BETTER = re.compile(r"(?<=[\d位名%强])(?:\(含\))?(?:及以上|以上|及以内|以内|之内)$")
"""Words after a place, a top N or a top share that take in every place before it (第3名以上, 排名第三名以内,
前10名以内, 排名全省前10%以内, 第3名（含）以上, 全国百强以内): a place is the better the lower its number, so 第3名以上 is
the third or better, at most 3, though `values.parse` reads its 以上 as ≥ of a number, and 前10%以内 as ≤ of a share;
B7 told `全国百强以内` it was no checkable target, and diff weighed it against nothing."""
_TOP_WORDS = rf"(?:^(?:{'|'.join(OPENING_HEDGES)})?(?:{_FIELD})?|(?<={_PLACED}|进入)[^，,。；;]{{0,4}}?|{_KEPT})"
"""The words a top N opens with (排名, 进入全省, 保持系统内, or 全省 starting the value, with a hedge before:
力争全省, 争创全省前3, `OPENING_HEDGES`)."""
_TOP_AT = rf"{_TOP_WORDS}前"
"""The words of a top N before its number (排名前, 进入全省前, 保持系统内前, or 全省前 starting the value): 提前 is none."""
_STRONG = r"强(?:[县市区镇]|企业)?$"
"""The N强 a top N may be written as, alone or naming what is ranked (全国百强, 百强县, 前10强): it ends the value, as
inside a name (百强企业培育数 ≥5家, 培育百强企业5家) it is no place."""
_TOP = re.compile(rf"{_TOP_WORDS}(?:前(?=[\d{NUMERALS}.]+(?:[位名]?$|%$|{_STRONG}))|(?=[\d{NUMERALS}]+{_STRONG}))"
                  rf"(\d+(?:\.\d+)?|[{NUMERALS}]+)")
"""A ranking's bound, the top N (排名前3, 前三名, 进入全省前10名, 全省前三 on a row named a ranking, 全国百强, 进入全省十强,
前10强) or the top N per cent (排名全省前10%): any place from the first to the Nth, or within the first N per cent.
Only after words of a ranking or of the field ranked over, as 提前3 is no place."""


_TOP_SHARE = re.compile(rf"{_TOP_AT}$")
"""The words before a percentage that make it a top share of a ranking (`前5%`, `排名前10%`, `进入全省前20%`)."""
_RANKING_NAME = re.compile(r"排名|名次|位次")


def top_share(prefix: str) -> bool:
    """Whether the words before a percentage (`value_kinds.Value.prefix`) make it a place within the first N per cent of
    a ranking (`前5%`): no share to reach or keep low, and whole without a comparator (lint's B3 asked `≥5%` of it,
    which reverses it; 提前5% is no place)."""
    return bool(_TOP_SHARE.search(prefix))


_OR_WORSE = re.compile(rf"第([\d{NUMERALS}]+)[位名](?:\(含\))?(以下|及以下)$")
"""以下 after a place (第3名以下, 第三名以下, 全省第3名（含）以下): `values.parse` reads it as ≤ of a number, a cap of the third, but a
reviewer reads a place and every one after it, the third or worse, which is no target (`compared_place`)."""


def compared_place(name: str, text: str, unit: str | None) -> tuple[str, str] | None:
    """How a value bounds a ranking's place either way (“比较符”, or the words “以下”) and the place's number in figures,
    None where it does not: with a comparator symbol (`≥第5名`, and `≥5名` on a row named a ranking, 考核名次), as a
    place is the better the lower its number, so ≥ may mean the fifth or better as well as the fifth or worse; or with
    以下 after the place (`第3名以下`, `第三名以下`: `_OR_WORSE`), which values read as at most 3 and a reviewer as the
    third or worse. Lint's B3 asks for words that say one (前5名, 第5名以内, which need none), with the number in
    figures, which a place in numerals (第三名以下, words to `values.parse`) has only here. Not `≥5名` of people
    (培训人数)."""
    norm = normalise(text)
    if (worse := _OR_WORSE.search(norm)) and (number := _in_figures(worse.group(1))):
        return f"“{worse.group(2)}”", number
    compared = re.search(r"[≥≤<>]第(\d+)", norm)
    if not compared and unit in ("名", "位") and _RANKING_NAME.search(fold(name)):
        compared = re.search(r"[≥≤<>](\d+)", norm)
    return ("比较符", compared.group(1)) if compared else None


def ranked(measure: str) -> bool:
    """Whether a measure (name and the words before the number) is a place in a ranking (名列全省第3): a higher
    number is a lower target, under any category."""
    return bool(_RANKED_AT.search(measure))


def placed(measure: str, *texts: str) -> bool:
    """Whether values (`texts`, as written) of a measure (name and the words before the number, as `ranked_place`
    reads the value) are places in a ranking: its words say so (`ranked`: 名列全省第3, 全省考核排名 第3名), or a value
    is a place by its own words (`ranked_place`: 第3名, 前5名, 全省前三, 进入全省前5位, 排名全省前10%), which only a
    ranking has, whatever the row's name says. 进入 puts a unit at a place only before a top N: 进入第二阶段 is a stage
    reached, no place."""
    return ranked(measure) or any(ranked_place(text) is not None for text in texts)


def ranked_place(text: str) -> str | None:
    """A ranking's place with its number in figures (`排名第一` → `排名第1`, `名列全省第三位` → `名列全省第3位`,
    `第一名` → `第1名`), a top N or top share as the bound on the place it is (`排名前三` → `排名第≤3`, `前五名` →
    `第≤5名`, `排名全省前10%` → `排名全省第≤10%`), and a place with every place before it (`排名全省第3名以上`,
    `第三名以内`: `_OR_BETTER`) as that bound too (`排名全省第≤3名`), and a top N written N强 as the top N places
    (`全国百强` → `全国第≤100名`, `百强县` → `县第≤100名`), so that two places compare as numbers
    (`排名第一` → `排名第三`, `排名前3` → `排名前5`, `前10%` → `前20%`, `排名前3` → `排名第5` are targets lowered;
    `排名第3` → `排名前3` asks the same place or a better one). The bound goes after the 第, where `values.parse`
    reads it as the comparator and leaves `排名第` the words before the number, as of a place: a top N and a place are
    then one measure; None for any other text."""
    norm = normalise(text)
    place = _OR_BETTER.sub("", norm)
    top = _TOP.search(place)
    if top:
        number = _in_figures(top.group(1))
        head, tail = place[:top.start(1)].removesuffix("前"), place[top.end(1):]
        if tail.startswith("强"):  # 全国百强县 → 全国县第≤100名: what is ranked before the place, as 全省 is
            head, tail = head + tail[1:], "名"
        return None if number is None else f"{head}第≤{number}{tail}"
    found = _PLACE.search(place)
    if not (RANKING.search(place) or _BARE_PLACE.fullmatch(place)) or not found:
        return None
    number = _in_figures(found.group(0))
    bound = "≤" if place != norm else ""
    return None if number is None else f"{place[:found.start()]}{bound}{number}{place[found.end():]}"


def _in_figures(number: str) -> str | None:
    """A place's number in figures (`三` → `3`, `10` as it is, `百` of 百强 → `100`), None where numerals spell no one
    number."""
    if number[0].isdigit():
        return number
    spelt = chinese_number("一" + number if number[0] in "百千" else number)
    return None if spelt is None else str(spelt)


MONEY_IS_COST_ROLES = ("quantity", "quality", "timeliness")
"""The 二级 kinds of output an amount of money does not measure: it belongs under 成本指标 (lint's B5), and has
no right direction where it is (`same_measure.turned` weighs no comparator of it)."""


def bound_way(measure: str, role2: str | None, unit: str | None = None) -> bool | None:
    """Which way a comparator on this measure must point: True for a cap (lower is better), False for a floor,
    None where nothing says. The measure's words decide (`lower_is_better`); where they do not, a 数量指标's
    count is one to complete (a floor), unless it is a length of time that points no way (`undirected_duration`:
    租赁期限, or a value in the `unit` of a time, 审批 ≤2小时/件, 会议 ≤2小时/次).
    Lint's B5 tells a comparator against it, and diff weighs a floor turned into a cap or back, or an exact value
    into a bound, by it (`same_measure.turned`), so that a comparator B5 would call wrong is never a plain edit in
    diff. An amount of money under 数量, 质量 or 时效 is B5's to move to 成本指标 before any direction: diff
    weighs no comparator of it (`same_measure.turned`). A bare count of trips abroad, receptions or official cars
    (`spending_kind`: 公务接待批次, 接待宾客人数) whose own words say nothing points no way here, under 数量指标 too
    (where they do, they decide: 公务用车无事故天数 are good days, 因公出国(境)培训学时 training to deliver): it may be the unit's work or a cap
    on its spending, so B5 takes the author's ≥ or ≤ and diff reads `100人` → `≤100人` as no target lowered, while
    `≤100人` → `≤120人` is a cap raised by its comparator, as B5 took it."""
    lower = lower_is_better(measure, unit)
    if lower is None and _cut_way(measure, unit):
        return None  # 降低能耗 ≤100吨标煤 the level after the cut, ≥ the energy saved: as the author's comparator says
    if lower is None and _cut_in_its_unit(_unnamed(measure), unit):
        return None  # 减少碳排放 ≤100吨 the emissions after the cut, ≥ the emissions cut: as the author's comparator says
    if lower is None and _cut_share(measure, unit):
        return None  # 减少碳排放比例 ≤5% the share left after the cut, ≥5% the cut: as the author's comparator says
    if lower is None and _cut_time(measure, unit):
        return None  # 压缩办理时限 ≤5个工作日 the time left after the cut, ≥ the time cut: as the author's comparator says
    if lower is None and unit in MONEY_UNITS and saved_or_cut(measure):
        return None  # 压减一般性支出 ≤10万元 the spending after the cut, ≥ the money cut: as the author's comparator says
    if lower is None and spending_kind(measure):
        return None  # 公务接待批次, 接待宾客人数: the unit's work or a cap on its spending, as the author's comparator says
    if lower is None and _affirmed(_HANDLED_COUNT, measure) and LOWER_BETTER.search(_unnamed(measure)):
        return None  # 事故处理次数 ≤3次: few accidents meant, or ≥: much handling done; as the author's comparator says
    if lower is None and role2 == "quantity" and not undirected_duration(measure, unit):
        return False
    return lower


def regulated_ceiling(measure: str, *said: str) -> str | None:
    """The words that make the measure a count or amount under spending control (`REGULATED_CEILING`: 会议费,
    严格控制会议次数, 压减公务接待批次), in the measure or in what a value `said` after it (会议次数 `不超过6次`,
    `严格控制在6次以内`: the words a comparator is read from say control too); None where none do, or where the
    measure is a rate of it (因公出国(境)访率 is a share of visits made, a rate to reach; 三公经费增速 a growth rate,
    `_grown`'s to tell), or a saving or cut of it
    (`saved_or_cut`, or a value in % or points of a cut: 压减会议次数 ≥10%, `_cut_size`, or a share after one in %:
    压减会议费用比重 ≥5%, `_cut_share`). Such a measure is a cap,
    whatever its category says, so lint's B5 asks ≤ of it under 数量指标 too, naming these words as the reason, and
    diff reads `6次` → `8次` as the cap raised. A unit the name declares in
    brackets (参会人数（人次）, 会议次数（次）) is read past: it stood between the count and the value's words of control,
    and `控制在350人次以内` of 参会人数（人次） was told ≤ sets no target."""
    if _RATE_OF.search(measure) or _GROWTH_RATE.search(measure) or saved_or_cut(measure) or any(
            _cut_size(measure, unit := parse(value).unit) or _cut_share(measure, unit) for value in said):
        return None  # 压减会议次数 ≥10%: the cut's size, no number of meetings capped; 压减会议费用比重 ≥5% a share
    measure = without_units(measure)
    for words in (measure, *(_unprefixed(measure, value) + _comparator_words(value) for value in said)):
        found = REGULATED_CEILING.search(words)
        if found:
            return found.group(0)
    return None


_UNIT_IN_BRACKETS = re.compile(r"\(([^()]+)\)")


def without_units(name: str) -> str:
    """The name (folded) without the units it declares in brackets (参会人数（人次） → 参会人数; `（试行）` stays): the words
    of control a value writes after it (`控制在350人次以内`) are tied to the count, as the name reads aloud."""
    return _UNIT_IN_BRACKETS.sub(lambda unit: "" if is_unit(unit.group(1)) else unit.group(0), fold(name))


def _unprefixed(measure: str, value: str) -> str:
    """The measure without the value's words before its comparator at its end: a caller's measure is the name and
    those words (会议次数 + 严格: lint's `_measure`, `same_measure`), and the value's words (`严格控制在`) bring them
    again, so that 会议次数严格严格控制在 read as no cap and B5 told `严格控制在6次以内` to write 控制."""
    prefix = fold(parse(value).prefix or "")
    return measure[: -len(prefix)] if prefix and measure.endswith(prefix) else measure


def _comparator_words(value: str) -> str:
    """The words a value writes before its number, in the clause that holds it (`不超过`, `控制在`, `压减至`): what the
    value says of its own target. Another clause is about something else (`20次，严格控制会议规模`: the 20 is no cap),
    and a value read as a floor says no cap whatever its words (`控制在80人以上` is at least 80)."""
    if parse(value).op in ("≥", ">"):
        return ""
    for clause in CLAUSES.split(normalise(value)):
        number = re.search(r"\d", clause)
        if number:
            return clause[: number.start()]
    return ""


_SPENDING_KIND = re.compile(_TRIPS_RECEPTIONS_CARS)


def spending_kind(measure: str) -> bool:
    """Whether a count with no words of control (`regulated_ceiling`) is of trips abroad, receptions or official
    cars, which may be the unit's own work or a cap the rules set on its spending: the author's comparator is the
    only word on which, so lint's B5 takes either (`因公出国(境)团组数 ≤3个` as a cap, `≥6次` of visits as work)."""
    return bool(_SPENDING_KIND.search(measure)) and not _RATE_OF.search(measure)


def saved_or_cut(measure: str) -> bool:
    """Whether the measure is an amount or share cut or saved (`_CUT_AMOUNT`: 三公经费压减额, 会议费节约额), or a fall of
    what is to keep low (`_fallen`: 三公经费下降): the more the better by its words, even under 成本指标, whose category
    points the other way (`same_measure`); not a fall of what is to raise (满意度下降幅度), to keep small."""
    return (bool(_CUT_AMOUNT.search(measure) or _CUT_AFTER_MONEY.search(measure) or _fallen(measure))
            and lower_is_better(measure) is False)


def undirected_duration(measure: str, unit: str | None = None) -> bool:
    """Whether the measure is a length of time whose words point no way (租赁期限, 会议举办天数, 项目实施周期), or a
    value in the `unit` of a time whose words say nothing (会议 ≤2小时/次, 审批 ≤2小时/件, 窗口受理 ≤20分钟/件).

    Such a length is no count to complete and no level to reach, so its category (数量指标) must not point it:
    lint's B5 does not ask it for a count's ≥, D6 neither compares it with last year's nor calls 0 of it
    trivial, and diff reads an edit of it by its own comparator alone (审批 `2小时/件` → `1小时/件` was 目标降低, a
    time per case made shorter; D1 tells such a time to go to 时效指标)."""
    return lower_is_better(measure) is None and (bool(DURATION.search(measure)) or unit in TIME_UNITS)


CHANGE_RATE = re.compile(CHANGES)
SIGNED_CHANGE = re.compile(r"变动|增长|增幅|增速|同比|环比")
"""Words of a change measured with its sign (“三公经费”变动率, 支出增长率): a fall is a negative number of it."""
FALL_BEFORE = re.compile(rf"(?:{_CUT})$")
"""Words of a fall written before a number (`压减5%`, `下降≥5%`): of a `SIGNED_CHANGE`, the negative number."""
QUANTITATIVE_NAME = re.compile(r"(?:率|数|次数|人数|(?:场|人|批|户|家|台|架|车)次|天数|面积|数量|金额|费用|比例|个数|时长|\(%\))$")
"""Names that end in a measure: a rate, a count, an area, an amount. A count of occasions is as often named by its own
measure word (食品安全监督抽检批次, 职业技能培训人次, 执法检查家次, 特种设备检查台次) as by 次数: D4 took 食品安全监督抽检批次
for a copy of the task 食品安全监督抽检, though 批次 counts it as 人数 does."""
_MONEY_MANNER = r"(?:及时|足额|按时|按期|准确|合规)?"
_MONEY_SPENT = re.compile(r"(?:资金|经费|预算|拨款|支出|款项)" + _MONEY_MANNER
                         + r"(?:拨付|到位|执行|支付|使用|支出|安排|下达|发放|结余|结转|保障|完成|控制)*" + _MONEY_MANNER
                         + r"(?:率|性|进度|金额|额度|数额|规模|次数)$|(?:财政|资金|经费|预算)投入(?:金额|资金|经费)?$")
"""A name that measures the budget's own money put in or spent (资金到位率, 预算执行率, 资金拨付及时率, 支出进度,
支出安排金额, 财政投入, 资金及时到位率, 资金下达及时性, 资金结转率, 三公经费控制率): the money word, its handling with a
manner word (及时, 足额) before or after it, then a measure of the money, at the end. Money as part of what is counted
(帮扶资金发放人次, 预算绩效管理培训班场次) or a plan carried out (活动方案按计划执行率) is an output."""
_MONEY_INPUT = re.compile(_MONEY_SPENT.pattern + r"|投入(?:金额|资金|经费)?$|金额$")
"""Money put in or spent as an output reads it (`_MONEY_SPENT`), and any other amount or input too (宣传投入,
活动经费金额): under 数量 or 质量 an amount is no output whoever's money it is."""


def _plain_name(name: str) -> str:
    """The name read past a unit in brackets at its end (政府采购预算次数（次）) and characters no one sees (a
    zero-width space pasted in the middle)."""
    seen = "".join(ch for ch in fold(name) if unicodedata.category(ch) != "Cf")
    return re.sub(r"\([^()]*\)$", "", seen)


_MONEY_CUT = re.compile(rf"(?:{_CUT}|核减|审减)(?:(?:{_SAVING_WORK}|(?:(?!{_SAVING_WORK})[^，。；,;]){{0,4}}?)"
                        r"(?:资金|经费|预算|拨款|支出|款项))?(?:金额|数额|额度|额)$")
"""An amount of the budget's money cut or saved (节约财政资金金额, 评价结果应用核减预算金额, 审减金额): what a saving or a review
of budgets and settlements keeps from being spent (核减, 审减: a budget or a final account cut by a performance review
or an audit), an economic effect, where its 资金金额 or 预算金额 read as money spent, and so the more the better
(`direction`, as of 节约办公经费). Only the money right after the cut and the amount ending it: 减少资金结转金额
still measures money carried over. Between the cut and the money, what money (财政, 一般性, or a kind of work alone:
节约培训经费金额), not a thing saved and the work to save it (节约用水改造资金金额, 降低能耗项目资金金额: `_SAVING_WORK`),
money spent on that work, which C7 still tells under 效益."""
_HANDED_OUT_RIGHT = re.compile(r"(?:准确|精准)发放率$|发放(?:准确|精准)(?:率|性|度)$")
"""The accuracy of money handed out to the people it is for (救助资金发放准确率, 补贴资金精准发放率): whether the right
people got the right amounts, a quality of the aid work as 救助对象认定准确率 is, where 资金拨付准确率 and 资金到位率 are
the budget's own money moving."""


def money_input(name: str) -> bool:
    """Whether the name measures money put in or spent, or an amount (`_MONEY_INPUT`): no output of 数量 or 质量. Money
    handed out right (`_HANDED_OUT_RIGHT`) is the aid delivered, an output."""
    plain = _plain_name(name)
    return bool(_MONEY_INPUT.search(plain)) and not _HANDED_OUT_RIGHT.search(plain)


def money_spent(name: str) -> bool:
    """Whether the name measures the budget's own money put in or spent (`_MONEY_SPENT`), which no 效益 is. An amount
    brought in or about (促成台资项目签约金额, 带动社会资本投入, 带动侨眷增收金额, 为侨胞挽回经济损失金额) is an economic
    effect, and is not one, and so is money cut or saved (`_MONEY_CUT`: 节约财政资金金额, 核减预算金额); nor is money
    handed out right (`_HANDED_OUT_RIGHT`), an output's quality D1 tells."""
    plain = _plain_name(name)
    return bool(_MONEY_SPENT.search(plain)) and not _HANDED_OUT_RIGHT.search(plain) and not _MONEY_CUT.search(plain)


def won_back(name: str) -> tuple[str, str] | None:
    """What money a name measures the winning back of, and its words that say so: (`追回、挽回的资金`, `追回`) of
    违规资金追回金额 or 挽回经济损失金额, (`回收废旧物资、资源所得的资金`, `废旧物资回收`) of 废旧物资回收金额, as `direction` reads
    them; None for any other name, what is left unrecovered (未追回金额) and a count of recoveries (追回违规资金件数)
    among them. Such money is no input: it is what a unit's supervision or recycling brings back, an economic effect,
    and lint's C7 and B5 tell it to move there rather than to 成本指标."""
    lower, reason, words = direction(_plain_name(name))
    money = {_WON_BACK: _WON_BACK, _RECYCLING: RECYCLED_MONEY}
    kind = next((money[kind] for kind in money if reason.startswith(f"是{kind}（")), None)
    return (kind, words) if lower is False and kind else None


def input_as_output(name: str, role2: str | None) -> bool:
    """Whether a 数量 or 质量 row measures money put in or spent (`money_input`), which lint's C7 reports. B5 then
    keeps its own advice on the row's amount (move it to 成本指标) to itself: one row, one finding, not two
    rewrites of it that disagree."""
    return role2 in ("quantity", "quality") and money_input(name)


_SHOWN_AGAIN = (r"(?![^，,；;。]*?(?:作品|节目|成果)[^，,；;。]{0,4}?(?:巡展|巡演|巡回|展演|展出|展播|展览|演出|推介|推广|宣传)"
                r"(?:活动)?(?:场次|场数|次数|期数|站数)?(?![\u4e00-\u9fff]))")
"""Not the won works shown again (获奖作品巡展场次, 入选作品展演次数, 获奖作品巡展 ≥6场): a count of the unit's own
showings, where the award only says which works. Only where the name ends in the showing or its count (the value
follows the name in what D1 reads, so no Chinese character may come after it): 入选全省优秀节目展演作品数 counts the works
that got into a show, 入选省级优秀成果推广目录项目数 those put on a list, and both stay qualities."""
TAKEN_UP = "采用|采纳|采信|批示|转载|录用|刊用"
"""Words of an output taken up by others (信息被采用篇数, 提交的提案被采纳件数, 调研报告获领导批示篇数): no longer the work
handed in but what others made of it, an effect under 效益 (lint's D1) and a judgement of it under 质量 (`_JUDGED`)."""
_JUDGED = rf"获[^，,；;。]{{0,8}}?(?:奖|表彰)|受到[^，,；;。]{{0,8}}?表彰|获评|评为|入选|[被获][^，,；;。]{{0,8}}?(?:{TAKEN_UP})"
"""Work judged by others above a bar: an award or commendation won (获省级以上奖项, 获得市级以上表彰次数), a rating or
title earned (获评优秀等次, 获评示范单位数, 被评为先进集体), a place won in a selection (入选优秀案例数), a report or proposal
taken up (建议报告获领导批示篇数, 提案被采纳件数: `TAKEN_UP`), which D1 told under 质量指标 to go to 数量指标 as a count of
the unit's work while under 效益 it passes them as more than the work handed in. Taken up only where 被 or 获 says
others did it: 批示件办理数 counts instructions the unit carried out, its own work."""
QUALITY_WORDS = re.compile(r"合格|达标|验收|准确|完好|合规|质量|优良|通过|正确|规范|标准|率|满意|健全|完整|符合|情况|"
                           rf"(?:{_JUDGED}){_SHOWN_AGAIN}|有效性|有效$")
"""Words of a quality target (D1 under 质量指标): a standard met or checked, a state of rules or records, and work
judged by others above a bar (`_JUDGED`: 作品获奖数, 获省级以上奖项作品数, 荣获省级表彰奖励项目数, 入选国家级展览作品数,
获评优秀等次), which is how a 文联's or 科协's works show their quality, a count though it is. An award only where it
was won (获…奖): 设立奖项数, 颁发奖项个数 and 申报奖项数 count the unit's own work, no one's judgement of it, and so do
the won works shown again (`_SHOWN_AGAIN`). 有效 as a state asked or given
(内部控制制度执行有效性 有效, 风险防控措施 有效) is one as 健全 is; 有效 before a count (有效投诉件数) is not read, and a
bare 有效 on work done (康复救助 有效) is B7's to tell."""
_MISHAP = re.compile(rf"事故|差错|失误|故障|{_OVERTURNED}")


_INDEX = re.compile(r"指数(?:\([A-Za-z0-9.]+\))?$")


def is_index(name: str) -> bool:
    """Whether a name is an index, ending in 指数 or in 指数 and its Latin abbreviation in brackets (公路技术状况指数,
    公路技术状况指数（MQI）): a score on a scale of its own, with no unit (≥88), which tells
    the state of what it rates. D1 under 质量指标 takes it as a quality (it was told 看不出质量要求) and B3 asks it no unit
    (it was told 没有计量单位). A name going on past the 指数 measures something else of it (价格指数涨幅 ≤3%), and a
    bracket holding no abbreviation is a unit declared (满意指数(%)), which B3 holds the value to."""
    return bool(_INDEX.search(fold(name)))


def safety_record(name: str) -> bool:
    """Whether a name counts accidents, errors or breakdowns, or the days without them, pointed a way by those words
    (`direction`: 人影作业安全事故发生次数, 工作差错次数, 设备故障天数, 安全生产无事故天数): a record of work done safely and
    right, which is how a quality target is checked (无事故, 零差错 are grades of it: `value_kinds`), so D1 under 质量指标
    takes it with no word of a standard, where `人影作业安全事故发生次数 0次` was told 看不出质量要求; so are decisions undone on
    review and suits lost (`_OVERTURNED`: 审计决定被行政复议撤销数 0件), errors of the work. Not a drill or training
    about accidents, nor a system for them (安全事故应急演练次数, 事故报告制度: `direction` reads no accident in them)."""
    lower, _, words = direction(fold(name))
    return lower is not None and bool(_MISHAP.search(words))


QUALITY_ONLY = re.compile(r"合格率|达标率|完好率|验收|准确率")
TIMELINESS_WORDS = re.compile(r"及时|时间|期限|周期|时限|时效|进度|按时|按期|日期|天|月|年|工作日|时长|前|季度|频次|频率|每"
                              r"|按照?计划[^，,；;。\d]{0,6}?(?:率|比例|占比|比重)")
"""Words of a time requirement (D1 under 时效指标). A share done on schedule (按计划完成率, 赛事按计划举办率,
活动方案按计划执行率, 按照计划完成率, 按计划完成项目占比) is one as 按期完成率 is: real forms file it under 时效, and it was
told 看不出时间要求. 按计划 alone is not: 按计划采购 or 按计划采购设备数量 says what was done to plan, no time."""
COUNT_WORDS = re.compile(r"数(?!据|字)|次|(?<!质)量|场|个|人|项(?!目)|面积|规模|批|期(?!限)|件|篇|条|户|家|册|份")
"""Words of a count in a name under 数量指标 (D1). Not 质量 nor 数据, 数字: 统计数据质量 较好 read as a count twice over."""
ECOLOGY_WORDS = re.compile(r"生态|环境|环保|绿色|绿化|低碳|碳|排放|减排|污染|节能|能耗|能源|节水|用水|节电|用电|水质|空气|"
                           r"噪声|扬尘|垃圾|废|植被|森林|林|湿地|土壤|水土|资源|循环|无纸化|禁烟|控烟|"
                           r"秸秆|化肥|农药|地膜|农膜|粪污|污水|污泥|排污|治污")
"""Words of an ecological effect (生态效益): energy, emissions, pollution, greenery, waste, resources, and farming's
load on land and water (秸秆综合利用率, 化肥施用量, 农药使用量, 地膜回收率, 畜禽粪污资源化利用率) and sewage (农村污水处理率),
which an agriculture or environment bureau files there: 秸秆综合利用率 and 化肥施用量 were told 看不出生态环境方面的效果. Only
D1 reads these words, to let a row under 生态效益 stand; what they say under 经济效益 is `ENVIRONMENT_ONLY`'s, which
keeps none of them, as 化肥 and 农药 are farm inputs whose cost or sales may be an economic effect."""
ENVIRONMENT_ONLY = re.compile(r"生态|环境|环保|碳|排放|减排|污染|绿化|空气|水质|噪声|扬尘|植被|森林|湿地|废水|废气|废弃物")
"""Ecological words no economic effect is measured by (节能 and 能耗 save money too, so they are not here)."""
ECONOMY_WORDS = re.compile(r"经济|资金|经费|成本|费用|节约|节省|收入|收益|增收|创收|产值|利润|税|投资|引资|融资|招商|经贸|贸易|"
                           r"产业|企业|商|消费|就业|创业|营业|价格|金额|万元|元")
"""Words of an economic effect (经济效益): money saved or earned, investment, trade, business."""
SCORING = re.compile(r"得分|满分|扣分|计分|分值|公式|×|\*|÷")
SATISFACTION = re.compile(r"满意")
_SATISFACTION_PROXY = re.compile(r"满意|投诉|信访|[好差]评|认可|评价|表扬|锦旗|感谢")
"""Words of what the people served think: real forms put 投诉率 under 服务对象满意度 beside 华侨满意度, a proxy of it,
and a count of what they say of the service is one too, whether complaint (信访件数 ≤2件) or praise (表扬信件数,
锦旗数量): no work done, to be moved to 产出."""
_SURVEY_DONE = re.compile(r"(?:满意度?|满意率|绩效|服务)?(?:调查|测评|评议|问卷|回访)|"
                          r"(?:开展|组织|进行|实施|完成|委托)[^，,。；;]{0,6}?评价|绩效评价")
"""A survey or assessment the unit carries out (满意度调查, 满意度测评, 开展绩效评价): its 满意 or 评价 names the work, not
what the people served think, so a count of it (满意度调查次数 ≥2次) is output, as a count of meetings is. What they
say in it (好评, 差评, 满意率) is no survey done and stays a proxy."""


def counts_work(name: str, values: list[Value]) -> bool:
    """Whether an indicator counts what was done (举办联谊活动场次 ≥4场, 满意度调查次数 ≥2次) and says nothing of what
    the people served think (`_SATISFACTION_PROXY`, read past the surveys done: `_SURVEY_DONE`): its name plainly
    counts, or a value is a count in a unit, not a percentage. Under 服务对象满意度 such a row is an output misfiled
    (lint's D1), and it let A7 pass a list with no satisfaction measure at all; B10 leaves it to D1, as asking a
    percentage of a count of surveys turns it into a measure it never was."""
    counted = (counted_or_share(name) == "count"
               or any(v.kind is Kind.QUANTITY and v.unit in COUNT_UNITS for v in values))
    said = _SURVEY_DONE.sub("", fold(name) + "".join(v.text for v in values))
    return counted and not _SATISFACTION_PROXY.search(said)
def stem(name: str) -> str:
    """A category name without its trailing 指标 (`数量指标` → `数量`)."""
    folded = fold(name)
    return folded[:-2] if folded.endswith("指标") and len(folded) > 2 else folded


def role(name: str, table: dict[str, str], aliases: dict[str, str]) -> str | None:
    """The role of a 一级 or 二级 name, after the variant's aliases; None for a name outside the vocabulary."""
    name = fold(name)
    return table.get(stem(aliases.get(name, name)))


def is_category(name: str) -> bool:
    return stem(name) in LEVEL1_ROLES or stem(name) in LEVEL2_ROLES
