"""The scales a 定性 target is graded on, best first, so that a step down one (`满意` → `基本满意`, `优` → `良`,
`良好` → `合格`, `优` → `不合格`) is a target lowered: diff (`weakening`) and lint's D6 read it alike (`looser`).

A target that cannot be a number is written 分级分档 (财预〔2011〕285号), on a scale a reviewer places the outcome on.
An evaluation's grades are one scale, however a unit words them: the four of 绩效评价 (优 90–100, 良 80–89,
中 60–79, 差 below; reference/targets-domain.md) and an assessment's verdicts (优秀, 良好, 合格, 基本合格, 不合格, as
考核等次 are worded) name the same steps, so 优 is 优秀, 良 良好, 中 (中等) the pass mark 合格, and 差 (较差) 不合格;
基本合格, a pass with reservations, sits between 合格 and 不合格. A satisfaction survey's answers are another scale
(非常满意, 满意, 较满意, 基本满意 or 一般, the middle answer however worded, 不满意, 非常不满意), a standard met or not
another (达标, 基本达标, 未达标), and so is a goal reached (达到, 基本达到, 未达到). Each word is on one scale, and two
words are compared only on it: `达标` → `合格` is no step.
Whether a word is a checkable target at all is not decided here but by lint's list of grades (`value_kinds.GRADES`, B7's
`grades`), which diff reads too: 满意 → 基本满意 is a step down, and both are words lint's B6, B7 or B10 ask to rewrite.
完成 → 基本完成 is no step here either: `hedges` reads the 基本 as a hedge added (加了“基本”), and as 基本完成 is no
checkable grade (`value_kinds.GRADES`; B6 calls its 基本 vague) diff calls the edit 目标不可衡量 (`weakening`), as it does
合格 → 基本合格.
The scales themselves (`value_kinds.LADDERS`) live beside that list, as values reads a grade or better (良好以上) by them.
"""
from __future__ import annotations

from ..value_kinds import LADDERS, floor_grade, normalise, uncommitted


def stepped_down(before: str, after: str) -> bool:
    """Whether the value `after` is a lower grade than `before` on their scale (`满意` → `基本满意`), each the whole of
    a value as typed (a closing stop and spaces aside)."""
    old, new = _grade(before), _grade(after)
    for ladder in LADDERS:
        steps = _step(ladder, old), _step(ladder, new)
        if None not in steps:
            return steps[1] > steps[0]
    return False


def lowest(text: str) -> bool:
    """Whether the value `text` is the lowest grade of its scale (`不合格`, `较差`, `未达标`, `非常不满意`): a target no
    outcome falls short of, so that nothing a reviewer could hold the unit to is lost when it is edited into words
    (`不合格` → `基本合格`, one step up: `weakening`)."""
    grade = _grade(text)
    return any(grade in ladder[-1] for ladder in LADDERS)


def on_a_scale(word: str) -> bool:
    """Whether `word` is a grade of one of the scales (`基本合格`, `基本达标`, `基本满意`, `一般`): a step of its own, so
    that a hedge it begins with (基本, 一般) is part of the grade, not one put before a grade (`hedges`)."""
    return any(word in step for ladder in LADDERS for step in ladder)


def _grade(text: str) -> str:
    """The grade a value asks, a floor of grades read as its grade (`良好以上` asks what `良好` does: `floor_grade`), so
    that `优秀` → `良好以上` is a step down and `良好以上` → `良好` none; a grade committed to read as the grade
    (`确保良好` asks `良好`: `uncommitted`), so that `优秀` → `确保良好` is a step down too."""
    word = uncommitted(normalise(text).strip("。.;；,，、 "))
    return floor_grade(word) or word


def _step(ladder: tuple[tuple[str, ...], ...], grade: str) -> int | None:
    return next((at for at, words in enumerate(ladder) if grade in words), None)
