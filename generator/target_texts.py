"""Whether an edited goal text asks for less: a target stated in prose whose number was lowered.

The targets and tasks a form states in words (总体目标, a task's 期望达到的目标: lint's `targets` and `tasks`, whose
counts D8 holds the indicators to) hold targets too (`提交市政协大会提案不少于3篇`), and `不少于3篇` → `不少于2篇` read
as a plain 修改. A clause whose number changed is read as an indicator value (`values.parse`) and judged as one, by
`same_measure.eased`, the one judgment of indicator values and of lint's D6; only where it is one target beyond
doubt: each old clause of a run of changed clauses has one new clause of the run of the same measure
(`same_measure.compared`), and that one no other old clause, so a clause added beside the edit (`不少于40人次，并做好
服务保障`) hides nothing; each holds one number with its unit, a year written in it (`2023年提交提案`,
`year_mentions`) no number of it; and the new one has a direction word beside it (不少于, 以上, ≥ for a floor; 不超过,
以内, ≤ for a cap). A number whose 以上, 以下, 以内 or 超过 has more words after it in its clause says which things
are meant, not how many (`对50万元以上项目开展事前绩效评估`, `来本市5年以上的台胞`, `对单笔超过5万元的支出实行集体决策`):
lowered, it widens the scope, which is no target lowered. A clause with a hedge added (`力争提交提案不少于3篇`,
`活动3次左右`: `looser.hedges_told`) is judged as a value so hedged, direction word or not, and its hedge told beside
the word as a value's is (`text_hedge`: `加了“力争”`). Otherwise nothing is said.
"""
from __future__ import annotations

import difflib
import heapq
import itertools
import re
from dataclasses import replace
from typing import Any, Iterator

from .chinese_numerals import NUMERALS
from .diff_sole_links import sole_links
from .goal_texts import goal_texts
from .hedge_words import CLEAR_HEDGES, OPENING_HEDGES
from .lint import terms
from .lint.hedges import hedge_gained, unhedged, written_in_text
from .lint.looser import WORDS_JOINED, count_and_deadline, hedges_said, hedges_told, looser
from .lint.same_measure import compared, eased, measure_key
from .value_comparison import count_alone
from .value_kinds import BOUND_WORDS, COUNT_UNITS, POINTS, VERBS_OF_CHANGE, Kind, Value, normalise
from .values import parse
from .weakening import raised
from .year_mentions import Mention, mentions

_SCOPE_WORDS = re.compile(r"以上|以下|以内|之内|超过")
"""Direction words that, with more words after the number, make it a qualifier of what is meant."""
_YEAR_WORD = re.compile(r"\s*(?:年度?)?")  # a bracketed year (〔2018〕) has none
_MANNER_WORDS = ("竭尽全力", "竭尽力量", "尽心尽力", "进一步", "积极", "主动", "认真", "按时", "按期", "如期", "及时", "足额", "全面",
                 "切实", "扎实", "深入", "广泛", "有序", "精心", "继续", "持续", "定期", "逐步", "稳步", *terms.BY_FORCE)
_IN_A_NAME = rf"(?:{terms.DOING})?(?:[率性度]|分子)|[^\W\d_]{{1,2}}(?:率|(?<![年季])度)"
"""What after an adverb makes it part of a name: a rate or a quality right after it or its verb (`及时率`, `按时完成率`,
`积极性`), a person (`积极分子`), or a rate of one or two characters more (`及时处理率`, `及时到位率`: no verb of `DOING`),
not a 年度 or 季度 (`认真开展年度考核`) nor a verb's object (`进一步提高满意度`, which is 提高满意度)."""
_START = r"(?:^\s*|(?<=全年|年内|每年))"
"""Where a clause's target opens: at its start, or after the year it is done in (`全年扎实开展…`)."""
_MANNER = re.compile(rf"(?:{_START}(?:{'|'.join(_MANNER_WORDS)})++地?"
                     rf"|(?:{'|'.join(_MANNER_WORDS)})++地?(?=(?:{terms.DOING})))(?!{_IN_A_NAME})")
"""Words of how a thing is done, opening the clause (`积极主动接待台胞60人次`, `全年扎实开展…`) or right before its verb of
doing (`组织台胞认真开展学习培训2次`, `力争按时召开理事会3次`, `按时足额发放补助500人次`), those of strength among them
(`terms.BY_FORCE`: `努力提交提案2篇`, `努力争取…` still 争取's), or step by step (`逐步提高满意度至90%`, `稳步开展…`): they
commit to more, never to another thing, so a target is read without them (`_target`). Held in its words, the adverb made
`召开理事会2次` → `积极召开理事会3次` two measures, a target deleted beside one added, not one raised. Not a rate's name (`及时率`,
`按时完成率`, `及时处理率` measure other things than `完成率`, `处理率`) nor a person's (`积极分子`: `_IN_A_NAME`), the adverbs before it
held whole (`积极主动性` is no 积极 before 主动性), nor a hedge (`力争`, `尽力`), which stays to be told."""
_HEDGE = rf"(?:{'|'.join(OPENING_HEDGES)})"
_OPENING = rf"{_START}{_HEDGE}?"
"""Where a verb of doing opens a clause's target (`_START`), or after a hedge there (`力争`, `争取`)."""
_WRITTEN_YEAR = r"\d{4}\s*年度?+"
_FOR_THE_YEAR = re.compile(rf"^(\s*{_HEDGE}?)(?:(?:{_WRITTEN_YEAR})?(?:[全本今当]年度?+(?![龄级])|年度?(?=内))内?"
                           rf"|{_WRITTEN_YEAR}内?(?!\s*[\d月底末前初中上下半]))(?:累计|共计?|合计)?")
"""Words opening a clause (after a hedge) that say its count is the year's (`全年`, `年内`, `本年度`, `全年累计`, a year
written: `2025年`, `2025年全年`): a goal text's target is the budget year's, said or not, so a target is read without
them (`_target`). Held in its words, `开展培训不少于3期` → `全年开展培训不少于2期` was two measures, a target deleted
beside one added, not one lowered. Not a year that opens a date (`2025年底前`, `2025年 3月`, `2025年上半年`; a
deadline's year, `2025年以前`, `2025年第一季度前`, is kept where `_dated_deadline` reads it first), nor 每年
(`每年开展培训2期` of a medium-term goal is the count of each of its years, not their sum), nor a period
(`每季度开展培训1期` is four a year: `same_measure` keeps a frequency apart), nor `全年龄段`, `全年级`."""
_BOUND_WORD = "|".join((*(word for word, _ in BOUND_WORDS), "≥", "≤"))
_CARRIED_OUT = "组织|开展|进行|完成|实施|落实|做好|做到|确保|保证|实现"
_YEAR_BEFORE_THE_COUNT = re.compile(rf"(?:(?:(?<![每安健])全|(?<![每基成资样版文根])本|(?<![如至])今|(?<![每相适应正])当)年度?+(?![龄级])"
                                    rf"|(?<![\d{NUMERALS}每半近多数几])年度?(?=内))内?"
                                    rf"(?:累计|共计?|合计)?(?:{_CARRIED_OUT})*+"
                                    rf"(?=(?:(?![的率度性{NUMERALS}])[^\W\d_]){{0,4}}\s*(?:{_BOUND_WORD}|达到|超过)?"
                                    rf"\s*[\d{NUMERALS}])")
"""The same words of the year written further on, right before the count or its bound (`开展培训全年不少于3期`,
`培训全年累计100人次`, `接待台胞年内50人次`): read out as those opening a clause are (`_FOR_THE_YEAR`), or
`开展培训不少于3期` → `开展培训全年不少于2期` was a target deleted, not one lowered. Before the count, or before a
verb of the work of a few characters and the count (`项目年内完成验收不少于2个`, `接待全年来访台胞50人次`): held there,
`项目验收不少于3个` → `项目年内完成验收不少于2个` was a target deleted. Not further off, nor past a 的, a numeral or a
rate's or a quality's end: elsewhere they may be words of a name or of another thing (`完成全年任务的95%`,
`培训全年完成率不低于95%`, `培训全年任务完成率95%`); not the end of a word before them (`安全年度考核`, `健全年度
考核制度`, `基本年度工资`, `成本年度`, `如今年`, `相当年度`), nor 全年龄段, 全年级, though `确保全年`, `完成全年` are the year's; not 每年, nor a length of time (`3年内`, `半年内`,
`近年内`). A verb of carrying it out after them (`_CARRIED_OUT`: `开展培训年内完成不少于2期`,
`培训全年累计开展不少于2期`) is read out with them, as one opening a clause is (`_CARRYING_OUT`): left, it kept the year's
words too, and `开展培训不少于3期` → `开展培训年内完成不少于2期` was a target deleted, not one lowered."""
_HEADED = r"[率性度]|分子|情况|(?<=组织)(?:部(?!署)|生活)|(?<=实施)方案|(?<=完成|落实|实施)[^\W\d_]{1,2}率"
"""What after a verb of `_CARRIED_OUT` makes it the head of a name (`完成率`, `完成度`, `落实情况`, `组织部`, `组织生活会`,
`实施方案`, `落实到位率`, `完成及时率`). Not `_IN_A_NAME`: one or two characters before 率 or 度 make an adverb part of a
rate's name (`及时处理率`), but after 确保 or 实现 they are its object (`确保合格率`, `实现覆盖率`, `确保满意度`). Read so,
`合格率不低于98%` → `确保合格率不低于95%` was a target deleted, not one lowered."""
_CARRYING_OUT = re.compile(rf"({_OPENING})(?:(?:{_CARRIED_OUT})(?=(?:{_CARRIED_OUT})|(?!{_HEADED})))++")
"""Verbs that say a thing is carried out, whatever it is, opening a clause (`组织开展学习培训2次`, `完成培训100人次`,
`确保群众满意度90%`, `力争组织召开理事会3次`): the target is what follows, so a target is read without them (`_target`), as
without an adverb: held in its words, `召开理事会2次` → `组织召开理事会3次` was two measures, a target deleted beside
none raised. Only these: a verb that names the work (召开, 走访, 慰问, 提交) is what is counted (`走访企业3家` and
`慰问企业3家` are two targets), and one of change (提高, 降低) says what the number is (`_REACHED`). Each verb is read
out unless it heads a name (`_HEADED`), so `确保完成率` is `完成率`, not held whole."""
_CHANGE = "|".join(VERBS_OF_CHANGE)
_REACHED = re.compile(rf"({_START})({_HEDGE}?)({_CHANGE})([^\d，。；;,]*?)(达到|至|到)(?=\s*(?:{_BOUND_WORD})?\s*\d)")
"""A verb of change opening a clause whose number is the level reached (`提高群众满意度至90%`): the target is that
level, as `群众满意度提升到90%` states it, so the verb is read beside its 至 or 到 (`_reached`: `群众满意度提高至90%`), where
`values.parse` reads it as the level's comparator (≥90%; `压减会议费至5万元` ≤5万元). Moved, not deleted: deleted, the
verb took the way of the level with it, and `投诉率不超过3%` → `降低投诉率至5%` raised a cap unsaid. Without 至 or 到 the
number is the change itself (`提高群众满意度10%` raises it by 10 points, `压减会议5次` cuts five), another measure than
the level, and kept (`_one_target`). The 到 of 达到 is none of the verb's (`提高群众满意度达到85%`)."""
_FROM_LEVEL = re.compile(rf"(?:由|从)(?:[^\d，。；;,至到]{{0,6}}?{_WRITTEN_YEAR})?[^\d，。；;,至到]{{0,6}}?"
                         rf"\d+(?:\.\d+)?\s*(?:[%％]|[^\W\d_]{{1,3}}?)?"
                         rf"(?=\s*(?:{_HEDGE}|{'|'.join(_MANNER_WORDS)})*+地?"
                         rf"(?:{_CHANGE}|降)\s*(?:至|到)\s*(?:{_BOUND_WORD})?\s*\d)")
"""The level a change starts from, before its verb and the level reached (`满意度由85%提高至90%`, `由上年的3次增加到5次`):
what is now, not the target, which is the level reached (`满意度提高至90%`), so it is read out. Held, the clause had two
numbers and stated no target, so that `由85%提高至90%` → `由85%提高至95%` read as a plain 修改 and
`由85%提高至90%` → `由85%提高至80%` asked less unsaid. Its percent sign may be full-width (`由８５％提高至９５％`), and
its verb the lone 降 of 降至 (`投诉率由5%降至3%`), which `values.parse` reads as 降低至: missed there, the clause kept two
numbers, and `满意度由85%提高至90%` → `满意度由８５％提高至９５％` read as a target deleted. The year of that level may be
written (`由2023年的85%`): its figures blocked the words before the level, and `满意度提高至90%` →
`满意度由2023年的85%提高至88%` read as a target deleted, not lowered. Words of how it is done (`_MANNER_WORDS`) or
a hedge may stand between the level and the verb (`由85%进一步提高至90%`, `由85%力争提高至90%`): they stay, read as they
are before the verb without a starting level; they kept it held, and `满意度由85%进一步提高至90%` → `满意度提高至88%` read
as a plain 修改. Only those: any few letters there took the end of the level's unit with them (`由3人次增加到50人次` read
out `由3人`, leaving `次增加到50人次`, another measure than `增加到40人次`), and words of no known kind (`由85%的基础上`,
`由5%逐年降至3%`) would stay in the measure's words, a target deleted where the clause held said nothing."""
_DISPOSED = re.compile(rf"({_START})({_HEDGE}?)将(?!近)([^\d，。；;,]*?)"
                       rf"(?=(?:{_CHANGE}|降)(?:至|到)|(?:达到?|控制在|保持在)\s*(?:{_BOUND_WORD})?\s*\d)")
"""A 将 opening a clause, putting its measure before the verb of change (`将满意度提高至90%`, `力争将投诉率降至3%`) or
before the word of the level it reaches or is kept at (`将满意度达到90%`, `将投诉率控制在3%以内`, `将满意度保持在90%以上`):
it says nothing of the target, which is `满意度提高至90%`, so it is read out, a hedge before it moved to the verb as
`_reached` moves one (`满意度力争提高至90%`). Held, `将满意度` was a measure of its own, and `将满意度提高至90%` →
`满意度提高至88%` read as a target deleted, not lowered; before 达到 or 控制在 it still was, and `满意度达到90%` →
`将满意度达到85%` read as 目标删除. Not 将近 (nearly), a hedge's word."""
_HOW_TO_A_LEVEL = (rf"(?:{_HEDGE}|{'|'.join(_MANNER_WORDS)})*+地?"
                   rf"(?:{_CHANGE}|降)[^\d，。；;,]*?(?:至|到)\s*(?:{_BOUND_WORD})?\s*\d")
"""A verb of change to a level (`提高至90%`, `提高群众满意度至90%`, `降至3%`), words of how or a hedge before it allowed
(`进一步`, `稳步`, `力争`): what a `_WILL` or a `_YEAR_BY_YEAR` is read out before. Written twice, the two differed:
`满意度将稳步提高至90%` read its 将 out while `满意度逐年稳步提高至90%` kept its 逐年 and read as a target deleted."""
_WILL = re.compile(rf"(?<!即)必?将(?:会|要)?(?=(?:{_HOW_TO_A_LEVEL}|达到?\s*(?:{_BOUND_WORD})?\s*\d))")
"""A 将 that says the level will be reached, between the measure and its verb (`满意度将提高至90%`, `投诉率将降至3%`,
`满意度将达到90%`, `满意度将达90%`, `满意度由85%将提高至90%`), with 将会, 将要 or 必将 as well (`满意度将会提高至90%`): it
says nothing of the target, so it is read out, as the 将 opening a clause is (`_DISPOSED`). Held, `满意度将` was a
measure of its own, and `满意度将提高至90%` → `满意度提高至88%` read as a target deleted, not lowered; read out alone,
the 会 of 将会 or the 必 of 必将 stayed in the measure's words and did the same. Not 即将 (soon), which says when,
nor 将近 or 将来, which no verb of change follows."""
_YEAR_BY_YEAR = re.compile(rf"逐年(?={_HOW_TO_A_LEVEL})")
"""逐年 before a verb of change whose number is the level reached (`投诉率由5%逐年降至3%`, `逐年提高满意度至90%`): it says
how the level is reached, year by year, as 逐步 does (`_MANNER_WORDS`), and the target is still that level, so it is
read out. Held, `逐年提高满意度至90%` → `提高满意度至88%` read as a target deleted, and `投诉率由5%逐年降至3%` kept its
starting level (`_FROM_LEVEL` takes no 逐年), two numbers and no target. Not before a change without 至 or 到
(`逐年提高满意度5%`): the number is then each year's change, another measure than one change of 5 points."""
_HEDGED_RATE = re.compile(rf"({_START})({_HEDGE})(?!{_CHANGE}|降)((?:[^\d，。；;,至到]|到(?=位))+?)"
                          rf"(?=(?:{_BOUND_WORD}|达到|(?:{_CHANGE}|降)(?:至|到))?\s*\d+(?:\.\d+)?\s*[%％])")
"""A hedge opening a clause before the name of a rate and its level (`争取满意度不低于90%`, `争取覆盖率达到95%`,
`争取满意度90%以上`): it hedges the level, so it is read beside the level's word (`满意度争取不低于90%`), as `_reached`
reads one beside its verb. Left before the name, 争取 read as obtaining it (`争取专项资金`), and `满意度不低于90%` → `争取满意度不低于85%` was
a target deleted, not lowered. Only before a percentage, and for 争取 a name that says it is a share (`_hedged_rate`): a
count or money after it may be what is obtained (`争取项目不少于3个`, `争取资金不少于85%`); and not before a verb of change, which
`_reached` moves it with (`争取降低投诉率至3%`). The 到 of 到位率 is the name's (`争取上级资金到位率不低于90%`)."""
_SAID_BY_ITS_WORD = re.compile(rf"(?:{_CHANGE}|降)(?:至|到)(?=\s*(?:{_BOUND_WORD})\s*\d)")
"""A verb of change with 至 or 到 before a word of a bound (`满意度提升至不低于90%`, `投诉率降至不超过3%`): the word says
the level's bound, and the verb, read out, leaves the words before it those of the level (`满意度不低于90%`)."""


def _hedged_rate(found: re.Match) -> str:
    """The clause's words `_HEDGED_RATE` found, the hedge beside the level's word, where it is one that obtains nothing
    (`CLEAR_HEDGES`: 力争) or the name after it begins with a share's (`terms.is_share`: 满意度, 资金到位率, 满意度较上年提高;
    `terms.in_percent`: 中央资金占比); else as written: `争取资金不少于85%` may obtain the money, and read as hedged,
    `资金不少于85%` → `争取资金不少于85%` was a target eased, 加了“争取”."""
    start, hedge, name = found.groups()
    share = any(terms.is_share(name[:end]) or terms.in_percent(name[:end]) for end in range(len(name), 0, -1))
    return start + name + hedge if hedge in CLEAR_HEDGES or share else found[0]


def _reached(found: re.Match) -> str:
    """The clause's words `_REACHED` found, its verb beside its 至 or 到 (`群众满意度提高至90%`); before 达到 the verb
    is read out, 达到 saying the bound itself (`提高群众满意度达到85%` is `群众满意度达到85%`): moved beside its 到, it left
    `群众满意度达` the measure, and `群众满意度不低于90%` → `提高群众满意度达到85%` a target deleted, not lowered. A hedge
    opening the clause moves with the verb (`争取降低投诉率至3%` is `投诉率争取降低至3%`), where it hedges the level:
    left before the measure's name, `争取投诉率` read as a name of its own, so that `降低投诉率至3%` →
    `争取降低投诉率至5%` was a target deleted, not one eased with 争取 added."""
    start, hedge, verb, between, to = found.groups()
    return start + between + hedge + (to if to == "达到" else verb + to)


def goal_text_paths(facts: dict, data: Any) -> set[tuple]:
    """The paths of the texts that state targets in `data`, of any period (`goal_texts`)."""
    return {path for _, _, path, _ in goal_texts(facts, data)}


def stated_targets(text: str) -> list[str]:
    """The clauses of a goal text that state a measurable target (`_stated`: `全年不少于30次教育学习活动`,
    `提交提案不少于3篇`, `覆盖率达到95%`), direction word or not: a task deleted, or a text cleared or cut, takes them off
    the form as surely as its indicator rows, which diff marks 目标删除."""
    return [clause.strip() for clause in _clauses(text) if _stated(clause)]


def once_each(texts: list[list[str]]) -> list[str]:
    """The stated targets (`stated_targets`) of the texts of one item, a target written in several of them once: a task
    named `开展30次党员教育学习活动`, whose content and goal say `不少于30次` again, commits to one target, not three. A
    target is one by its number and unit and what it counts (`_one_target`: `开展3次调研` and `完成3次培训` are two);
    within one text two clauses of one target stay two, each standing for one clause of another text."""
    kept: list[tuple[str, Value]] = []
    for clauses in texts:
        unmatched = list(kept)  # the targets of earlier texts that no clause of this one has stood for yet
        for clause in clauses:
            value = _stated(clause)
            same = next((target for target in unmatched if _one_target(target[1], value)), None)
            if same is None:
                kept.append((clause, value))
            else:
                unmatched.remove(same)
    return [clause for clause, _ in kept]


def removed_targets(old: str, new: str) -> list[str]:
    """The stated targets (`stated_targets`) of `old` that `new` no longer states: a goal text cleared (`""`), or a
    clause cut (`，全年不少于30次教育学习活动`), drops them as a task deleted does. A target kept is one the new text states
    in the same words, with the same number and unit (reworded: `全年开展活动不少于30次`), or of the same measure
    (`same_measure.compared`: lowered to `不少于20次`, which `text_weakening` judges), each new clause standing for
    one old one; a hedge added or swapped (`力争不少于30次`, `约576人次` → `576人次左右`: `hedges.unhedged`) keeps it."""
    left = [(normalise(clause), clause, unhedged(_stated(clause))) for clause in stated_targets(old)]
    news = [(normalise(clause), _target(clause)) for clause in _clauses(new)]
    news = [(text, unhedged(value)) for text, value in news if value is not None]
    left, news = _paired_off(left, news, lambda a: a[0], lambda b: b[0], lambda a, b: True)
    left, news = _paired_off(left, news, lambda a: _key(a[2]), lambda b: _key(b[1]), lambda a, b: _one_target(a[2], b[1]))
    return [clause for _, clause, _ in _of_one_measure(left, news)]


def _of_one_measure(left: list, news: list) -> list:
    """The old targets of `left` that no new one of `news` is of the same measure as (`compared`), each new one
    standing for the first old one it is found for, in order. Only the new targets of a key the old one's may share
    (`same_measure.measure_key`: its unit and periods, and its bound and words next to the number or none) are weighed:
    weighing each with every other took 75 s of diff on two 100 KB lists of targets rewritten, and a cap on the
    pairs weighed told old targets as removed that a new one stated lowered."""
    values = dict(enumerate(count_alone(value) for _, value in news))
    places = _places(values)
    unmatched = []
    for clause in left:
        old = count_alone(clause[2])
        match = next((place for place in _candidates(old, places) if compared("", old, values[place]) is not None), None)
        if match is None:
            unmatched.append(clause)
        else:
            unit, rest = measure_key(values[match])
            places[unit][rest].remove(match)
    return unmatched


def _places(values: dict[int, Value]) -> dict[tuple, dict[tuple, list[int]]]:
    """The places of `values` by the two parts of their `same_measure.measure_key` (unit and periods; bound and words),
    in order, for `_candidates` to look a value's measure up among."""
    places: dict[tuple, dict[tuple, list[int]]] = {}
    for place, value in values.items():
        unit, rest = measure_key(value)
        places.setdefault(unit, {}).setdefault(rest, []).append(place)
    return places


def _candidates(value: Value, places: dict[tuple, dict[tuple, list[int]]]) -> Iterator[int]:
    """The places (`_places`) of the values that may be of one measure with `value`, in order: of its unit and periods,
    and of a key its bound and words may share (`_may_share`)."""
    found = places.get(measure_key(value)[0], {})
    return heapq.merge(*(found[key] for key in _may_share(measure_key(value)[1], found)))


def _may_share(rest: tuple, found: dict) -> list[tuple]:
    """The keys in `found` that a value whose `measure_key` ends in `rest` may be of one measure with: each part the
    same, or missing on one side. Where `rest` has every part, the few such keys are looked up; else each is asked."""
    if all(rest):
        return [key for key in itertools.product(*((part, "") for part in rest)) if key in found]
    return [key for key in found if all(not part or other in (part, "") for part, other in zip(rest, key))]


def _paired_off(left: list, news: list, old_key, new_key, kept) -> tuple[list, list]:
    """`left` and `news` without the pairs of targets kept: each old one in turn with the first new one left that has
    its key and is `kept`, found among those of that key alone, not all (only targets of one number and unit can
    be one: `_key`)."""
    by_key: dict = {}
    for other in news:
        by_key.setdefault(new_key(other), []).append(other)
    unmatched, taken = [], set()
    for clause in left:
        same = by_key.get(old_key(clause), [])
        match = next((other for other in same if kept(clause, other)), None)
        if match is None:
            unmatched.append(clause)
        else:
            same.remove(match)
            taken.add(id(match))
    return unmatched, [other for other in news if id(other) not in taken]


_POINT = re.compile(r"^\s*(?:\d+\s*[、.．]|[（(]\s*\d+\s*[)）])\s*(?=[^\d\s])")
"""The number of a point a goal text is written in (`1、`, `2.`, `（3）`), not a decimal (`1.5万元`) or the first of
numbers listed (`1、2月各1次`): its figure made the
point's count a second number, so that `2、开展调研5次` lowered to 2次 stated no target and went unsaid. (`二、` is read
as words already; docx_pattern's NUMBERING, for labels, takes the `1.` of `1.5`.)"""


def _clauses(text: str) -> list[str]:
    """The clauses of a goal text (`terms.CLAUSES` ends one), each without its point's number (`_POINT`), a clause of
    counts listed with 、 one for each where every part states a target of its own (`_target`: `完成调研5项、活动3场`),
    so that a change to the second is seen; a list of names before one count (`学习、调研、联谊活动3次`) stays one
    clause."""
    found = []
    for clause in terms.CLAUSES.split(text):
        point = _POINT.sub("", clause)
        parts = point.split("、")
        found += parts if len(parts) > 1 and all(_target(part) for part in parts) else [point]
    return found


def _stated(clause: str) -> Value | None:
    """The target a clause states that a reviewer checks (`_target`): a count of what is done (`不少于30次`,
    `开展3场培训`, `每月2次`) or a percentage; not money (`安排资金2万元` is the task's amount, said again), no date
    or length of time (`于2023年12月召开`: its year left out, `12月` is no target of twelve months), no ordinal
    (`举办第3期财务培训班`)."""
    value = _target(clause)
    if value is None or not (value.percent or value.unit.split("/")[0] in COUNT_UNITS):
        return None
    return None if normalise(value.prefix).endswith("第") else value


def _key(value: Value) -> tuple:
    """What two stated targets share to be one: the number and unit (`不少于30次` and `30次`)."""
    return value.number, value.unit


def _one_target(before: Value, after: Value) -> bool:
    """Whether two stated targets are one: the same number and unit (`_key`), and what they count the same as far
    as both say it (`_counted`, `_said_within`): `开展30次党员教育学习活动` and `全年不少于30次教育学习活动` are one, so are
    `提交提案3篇` and `提交市政协大会提案不少于3篇`; `开展3次调研` and `完成3次培训` are two measures that share a number,
    and so are `投诉率5%` and `降低投诉率5%` (`_changes`)."""
    if _key(before) != _key(after) or _changes(before) != _changes(after):
        return False
    things = _counted(before), _counted(after)
    return _said_within(*sorted(things, key=len))  # one naming nothing ("") is within any


_CHANGED = re.compile(rf"{_OPENING}(?:{_CHANGE})(?!(?<=扩大)会|(?<=增加)值)|(?:{_CHANGE})$")
"""A verb of change opening a clause's words before its number (not the 扩大 of 扩大会议 nor the 增加 of 增加值, names), or
right before the number (`投诉率比上年降低5%`): the number is then a change (`_changes`)."""


def _changes(value: Value) -> list[str]:
    """The verbs of change that make a target's number a change (`_CHANGE`), opening its clause or right before the
    number: `降低投诉率5%` lowers it by 5 points, `投诉率5%` holds it at 5%, two targets of one number and unit. One
    reached (`_REACHED`) has none left; one within a name is none, whether after other words (`召开理事（扩大）会议`) or
    opening the clause (`扩大会议2次`, `增加值10%`: held, `召开扩大会议2次` → `扩大会议2次` was a target deleted)."""
    return _CHANGED.findall(_CLAUSE_END.split(normalise(value.prefix))[-1])


def _said_within(short: str, long: str) -> bool:
    """Whether the words `short` come in `long` in order, more words between them or not: `提交提案` and
    `提交市政协大会提案`, `党员学习活动` and `党员教育学习活动` say one thing, the longer more closely."""
    rest = iter(long)
    return all(char in rest for char in short)


_UNBRACKETED = r"(?![^()]*\))"
"""Not inside a bracketed remark (its brackets half-width once `normalise`d): no ) ahead before the next (."""
_DOING_HEAD = re.compile(rf"^.*(?:{terms.DOING}){_UNBRACKETED}")
_CLAUSE_END = re.compile(rf"(?:{terms.CLAUSES.pattern}){_UNBRACKETED}")


def _counted(value: Value) -> str:
    """What a stated target counts, in its words: those right after the number (`开展3次调研`: 调研), else those right
    before it, of a count after the verb of doing (`组织交流活动1次`: 交流活动; a rate keeps its verb, `覆盖率`); empty
    where the clause names nothing (`每月2次`). A bracketed remark stays in the noun it is of, a verb or a comma in it
    (`召开理事（扩大）会议2次`: 理事(扩大)会议, where the 扩大 made it `)会议`)."""
    after = _CLAUSE_END.split(normalise(value.suffix))[0].lstrip("的")
    before = _CLAUSE_END.split(normalise(value.prefix))[-1]
    return after or (before if value.percent else _DOING_HEAD.sub("", before))


def text_weakening(old: str, new: str, old_year: Any = None, new_year: Any = None) -> str | None:
    """The words (`目标降低`, `目标放宽`, `时限推后`…) for the changed clauses of a goal text whose targets ask for less, each
    word once in the order of its first clause, joined as one edit's two ways are (`looser.WORDS_JOINED`), else None;
    the years are each side's budget year, which a count's deadline is read against. Every clause is said: of
    `完成5项调研，举办3场活动` → `力争完成5项调研，争取举办2场活动` only the first was, and the count lowered went unsaid."""
    words = [part for word, _, _ in _eased(old, new, old_year, new_year) for part in word.split(WORDS_JOINED)]
    return WORDS_JOINED.join(dict.fromkeys(words)) or None


def text_tightening(old: str, new: str, old_year: Any = None, new_year: Any = None) -> str | None:
    """`目标提高` (or another word of `weakening.TIGHTENED`) for a goal text whose clauses read backwards ask for
    less (`text_weakening` of new → old: `提交提案不少于3篇` → `不少于5篇`), else None: the judgment an indicator's value gets (`weakening.tightening`), asked
    only of an edit that weakens nothing; nor where a clause read backwards gained a hedge (`不少于3篇` → `不少于5篇左右`:
    `hedges.hedge_gained`), a higher number no longer committed to; nor where another clause's number changed that
    no judgment weighs (`_unweighed`), which may ask less."""
    if any(hedge_gained(older, newer) for _, newer, older in _eased(new, old, new_year, old_year)):
        return None
    if _unweighed(old, new, old_year, new_year):
        return None
    return raised(text_weakening(new, old, new_year, old_year))


def _unweighed(old: str, new: str, old_year: Any, new_year: Any) -> bool:
    """Whether a changed clause of one measure (`_changed_clauses`) moved its number or deadline where neither
    direction is certain (no direction word: `新建养老服务中心5个` → `3个`), which `text_tightening` then cannot call
    the text raised: `新建养老服务中心5个，助餐服务不少于60万人次` → `…3个，…不少于70万人次` read 目标提高 and was counted so in
    the summary, though it builds two centres fewer. A text that only raises or lowers what can be weighed keeps its
    word."""
    return any((before.number, before.by) != (after.number, after.by)
               and not _eased_clause(before, after, old_year, new_year)
               and not _eased_clause(after, before, new_year, old_year)
               for before, after in _changed_clauses(old, new))


def text_hedge(old: str, new: str, old_year: Any = None, new_year: Any = None) -> str | None:
    """`加了“力争”“争取”` for the hedges added to the clauses `text_weakening` judges (`looser.hedges_told`), each once,
    else None: said beside its words as beside an indicator value's (`weakening.hedge`), so that a reviewer sees why a
    goal text of the same number, or of a number lowered beside a hedge, asks less."""
    told = [hedge for _, before, after in _eased(old, new, old_year, new_year)
            for hedge in hedges_told("", before, after, old_year, new_year, None)]
    return hedges_said(tuple(dict.fromkeys(told))) if told else None


def text_hedges_written(old: str, new: str) -> str | None:
    """`加了“尽力”` for the hedges a goal text is written with that it was not (`hedges.written_in_text`), whatever else
    the edit changed, else None: said where `text_hedge` says nothing (`开展30次学习活动` → `尽力组织30次学习活动`, the
    verb changed too), as an indicator's value says it (`weakening.hedge_written`), no word that it asks less."""
    gained = written_in_text(old, new)
    return hedges_said(gained) if gained else None


def _eased(old: str, new: str, old_year: Any, new_year: Any) -> list[tuple[str, Value, Value]]:
    """The word and the two targets of each changed clause whose target asks for less (`_eased_clause`), in order."""
    return [(word, before, after) for before, after in _changed_clauses(old, new)
            for word in [_eased_clause(before, after, old_year, new_year)] if word]


def _changed_clauses(old: str, new: str) -> Iterator[tuple[Value, Value]]:
    """The targets (`_target`) of the clauses replaced, in the order of the old ones: each old one paired with the one
    new one of its run of the same measure, and that new one with no other old one, so a clause added or dropped beside
    the edit pairs with nothing; then each old one left, dropped here or replaced by no clause of its measure, with the
    one new one left anywhere in the text of its measure (`_moved`): a clause moved to another sentence with its figure
    changed (`…，完成培训100人次。` → `完成培训120人次，…`) was a clause dropped and another added, and its target raised
    or lowered went unsaid."""
    before, after = _clauses(old), _clauses(new)
    edits = [edit for edit in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
             if edit[0] != "equal"]
    olds = {i: _target(before[i]) for _, i1, i2, _, _ in edits for i in range(i1, i2)}
    news = {j: _target(after[j]) for _, _, _, j1, j2 in edits for j in range(j1, j2)}
    pairs, lone_old, lone_new = [], [], []
    for op, i1, i2, j1, j2 in edits:
        run = sole_links(range(i1, i2), range(j1, j2), lambda i, j:
                         bool(olds[i] and news[j]) and _one_measure(olds[i], news[j])) if op == "replace" else []
        pairs += run
        lone_old += sorted(set(range(i1, i2)) - {i for i, _ in run})
        lone_new += sorted(set(range(j1, j2)) - {j for _, j in run})
    pairs += _moved(olds, news, lone_old, lone_new)
    yield from ((olds[i], news[j]) for i, j in sorted(pairs))


def _moved(olds: dict[int, Value | None], news: dict[int, Value | None], lone_old: list[int],
           lone_new: list[int]) -> list[tuple[int, int]]:
    """The old and new clauses left unpaired (`_changed_clauses`) of one measure (`_one_measure`) with each other and no
    other, a target. Each is weighed only against those whose key it may share (`_candidates`), and no further than
    a second link, which already makes it no one target: weighing each with every other took 4 s on two lists of 300
    clauses of one measure reordered."""
    old_values = {i: count_alone(unhedged(olds[i])) for i in lone_old if olds[i]}
    new_values = {j: count_alone(unhedged(news[j])) for j in lone_new if news[j]}
    old_places, new_places = _places(old_values), _places(new_values)

    def linked(value: Value, values: dict[int, Value], places: dict) -> list[int]:
        return list(itertools.islice((place for place in _candidates(value, places)
                                      if compared("", value, values[place]) is not None), 2))

    found = [(i, news_of[0]) for i, value in old_values.items()
             for news_of in [linked(value, new_values, new_places)] if len(news_of) == 1]
    return [(i, j) for i, j in found if len(linked(new_values[j], old_values, old_places)) == 1]


def _one_measure(before: Value, after: Value) -> bool:
    """Whether two clauses state a target of one measure: compared as numbers with their hedges taken out
    (`hedges.unhedged`: `提交提案不少于3篇` → `力争提交提案不少于3篇`, whose words before the number differ by the hedge)."""
    return compared("", count_alone(unhedged(before)), count_alone(unhedged(after))) is not None


def _eased_clause(before: Value, after: Value, old_year: Any, new_year: Any) -> str | None:
    """How the new target asks less, where it says a direction itself (a clause has no category to point it); a count
    done by a deadline (`年底前完成不少于3次检查` → `次年3月底前完成不少于3次检查`) by its deadline too, which says its way
    itself (`looser.count_and_deadline`). A hedge added (`不少于3篇` → `力争不少于3篇`, `3次` → `3次左右`: `looser.hedges_told`)
    asks less whether or not a direction is written, as of an indicator's value: a plain 修改 hid it from the summary;
    so does the number lowered beside a hedge that changed the words around it (`提交提案不少于3篇` → `力争提交提案不少于2篇`,
    `活动3次` → `活动约2次`: weighed without the hedge, `looser`), which was a 目标删除. A new target hedged with no hedge
    told, its hedge kept, swapped for another or dropped (`力争提交提案不少于3篇` → `争取提交提案不少于2篇`, `→ 提交提案不少于2篇`),
    is weighed without the hedges of both (`hedges.unhedged`): the swap asks no less, nor the hedge dropped, but their
    words no longer matched, and the number lowered beside them went unsaid (an indicator's `力争≥3篇` → `≥2篇` is
    目标降低)."""
    if hedges_told("", before, after, old_year, new_year, None):
        return looser("", before, after, old_year, new_year, None)
    before, after = unhedged(before), unhedged(after)
    directed = after.op not in (None, "=")
    if before.by or after.by:
        return count_and_deadline("", before, after, old_year, new_year, None, count=directed)
    return eased("", before, after, None) if directed else None


def _target(clause: str) -> Value | None:
    """The one target a clause states, its years left out: one number, with its unit (`不少于3篇`, not `3`, not
    `3批80人次`), that is not a qualifier of what is meant (`对50万元以上项目开展…`), read without the words of how it
    is done (`_MANNER`: `积极召开理事会3次` states `召开理事会3次`) nor those that it is carried out (`_CARRYING_OUT`:
    `组织召开理事会3次` states it too) nor those that it is the year's (`_FOR_THE_YEAR`: `全年召开理事会3次`;
    `_YEAR_BEFORE_THE_COUNT`: `召开理事会全年3次`), and a level reached as the level (`_REACHED`); else None. The year of the
    deadline a count is done by stays (`_dated_deadline`, tried before `_FOR_THE_YEAR` reads a written year out): left
    out, `2025年3月底前` of a budget year 2024 was its own March, `2025年底前` no deadline at all, and `2025年第一季度前` earlier
    than `6月底前`. A target with a deadline inside it (`满意度于6月底前提高至90%`) is read by `_by_a_deadline`, and so is
    one that read with a deadline of no figures in its words (`第三季度前满意度达90%`, `年底前满意度达90%`: of measure
    第三季度前满意度), whose deadline moved was no change of one (`第三季度前…` → `第二季度前…`, while `3季度前…` →
    `2季度前…` was 时限提前) and dropped no target of one measure."""
    read = _read_target(clause)
    if read is None or read.by is None and _DEADLINE_WITHIN.search(read.prefix):
        return _by_a_deadline(clause) or read
    return read


def _read_target(clause: str) -> Value | None:
    """The one target a clause states (`_target`), a deadline only before all it says (`6月底前完成培训3期`)."""
    value = _dated_deadline(_read_out(clause))
    if value is None:
        clause = _read_out(_YEAR_BEFORE_THE_COUNT.sub("", _FOR_THE_YEAR.sub(r"\1", clause)))
        value = _dated_deadline(clause) or parse(_without_years(clause), numerals=True)
    if value.kind is not Kind.QUANTITY or value.numbers != 1 or not value.unit:
        return None
    return None if value.suffix and _SCOPE_WORDS.search(_after_prefix(value)) else _changed_by_points(value)


_DEADLINE_WITHIN = re.compile(r"(?<![\d年])(?:于|在)?(?:(?:\d{4}\s*年)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:\d{4}\s*)?年"
                              r"|第?[一二三四1-4]季度)[底末]?(?:之|以)?前")
"""A deadline written anywhere in a clause (`于6月底前`, `2025年3月底前`, `年底前`, `第三季度前`), for `_by_a_deadline`."""


def _by_a_deadline(clause: str) -> Value | None:
    """The target of a clause that states one with its one deadline taken out (`满意度于6月底前提高至90%`,
    `6月底前满意度提高至90%`: `满意度提高至90%`), that deadline its `Value.by`, weighed apart as a count's done by a
    deadline is (`looser.count_and_deadline`); else None. `values.parse` reads a deadline only before a count or money
    and what is done by then, so the deadline's figures beside a level made the clause two numbers, and
    `满意度于6月底前提高至90%` → `…85%` read as a plain 修改, `→ 满意度于9月底前提高至90%` too."""
    found = list(_DEADLINE_WITHIN.finditer(clause))
    if len(found) != 1:
        return None
    deadline = parse(found[0][0], numerals=True)
    target = _read_target(clause[:found[0].start()] + clause[found[0].end():])
    if deadline.kind is not Kind.DATE or not deadline.deadline or target is None or target.by is not None:
        return None
    return replace(target, by=deadline)


_A_CHANGE = re.compile(_CHANGE)
_AT_MOST = re.compile(r"(?:最多|至多|最高)$")


def _changed_by_points(value: Value) -> Value:
    """`value` as a floor where it is a change by so many points that a verb of change says (`满意度提高5个百分点`,
    `提高满意度5个百分点`, `投诉率降低2个百分点`): the size of the change asked, at least that many, as lint reads points
    after a cut (`terms._cut_way`: 降低差错率 ≥2个百分点 is the more the better); else `value` as it is. No direction word
    stood beside it, so `满意度提高5个百分点` → `满意度提高3个百分点` was a plain 修改, a smaller rise asked unsaid. Only
    points: a percentage after a verb of change (`提高满意度10%`) may be points or a tenth more. Nor where the verb goes
    against what its measure's words say is better (a rise of what is to keep low, `误差率增加2个百分点`, `经费支出增加`;
    a fall of what is to raise, `满意度降低`): the bigger change is then the worse one, and read as a floor
    `误差率增加2个百分点` → `3个百分点` was 目标提高. Nor after 最多 or 至多 (`提高最多5个百分点`), a cap, which read
    `→ 最多3个百分点` as 目标降低."""
    verb = _A_CHANGE.search(value.prefix) if value.unit == POINTS and value.op is None else None
    if verb is None or _AT_MOST.search(value.prefix):
        return value
    measure = value.prefix[:verb.start()] + value.prefix[verb.end():]
    if terms.lower_is_better(measure) is (VERBS_OF_CHANGE[verb.group()] == "≥"):
        return value
    return replace(value, op="≥")


def _read_out(clause: str) -> str:
    """`clause` without the level a change starts from (`_FROM_LEVEL`), the 将 putting its measure before the verb
    (`_DISPOSED`) or saying the level will be reached (`_WILL`), the 逐年 it is reached by (`_YEAR_BY_YEAR`), the
    words of how it is done (`_MANNER`) nor of its being carried out (`_CARRYING_OUT`), a hedge before a rate's name
    read beside its level (`_HEDGED_RATE`), a level reached (`_REACHED`) written as the level its verb bounds, or by
    its own word (`_SAID_BY_ITS_WORD`)."""
    clause = _FROM_LEVEL.sub("", _WILL.sub("", _YEAR_BY_YEAR.sub("", clause)))
    clause = _CARRYING_OUT.sub(r"\1", _MANNER.sub("", _DISPOSED.sub(r"\1\3\2", clause)))
    clause = _HEDGED_RATE.sub(_hedged_rate, clause)
    return _SAID_BY_ITS_WORD.sub("", _REACHED.sub(_reached, clause))


def _dated_deadline(clause: str) -> Value | None:
    """The clause with its deadline's year where it reads as a count done by a deadline that writes its year
    (`2025年3月底前完成不少于3次检查`), which `count_and_deadline` reads against each side's budget year as an indicator
    value's; else None. Each year written is tried as the deadline's, the others left out: `2025年3月底前完成2024年度
    项目检查不少于3次`, unread with its two years, lost both, and beside `2025年3月底前完成项目检查不少于3次` its March was
    the budget year's, 时限提前 for a deadline kept."""
    for kept in mentions(clause):
        value = parse(_without_years(clause, kept), numerals=True)
        if value.by is not None and value.by.date and value.by.date[0] is not None:
            return value
    return None


def _after_prefix(value: Value) -> str:
    """The value's text from its number on, as parse read it (normalised)."""
    text = normalise(value.text)
    return text[text.find(value.prefix) + len(value.prefix):]


def _without_years(clause: str, kept: Mention | None = None) -> str:
    """The clause without the years it writes (`2023年提交提案不少于3篇`: `提交提案不少于3篇`), which count nothing; but
    `kept`, a deadline's (`_dated_deadline`)."""
    for mention in reversed(mentions(clause)):
        if mention == kept:
            continue
        end = _YEAR_WORD.match(clause, mention.end).end()
        clause = clause[:mention.start] + clause[end:]
    return clause
