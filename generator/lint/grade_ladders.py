"""The scales a 定性 target is graded on, best first, so that a step down one (`满意` → `基本满意`, `优` → `良`,
`良好` → `合格`, `合格` → `基本合格`) is a target lowered: diff (`weakening`) and lint's D6 read it alike (`looser`).

A target that cannot be a number is written 分级分档 (财预〔2011〕285号), on a scale a reviewer places the outcome on:
the four grades of an evaluation (优 90–100, 良 80–89, 中 60–79, 差; reference/targets-domain.md), an assessment's
verdicts (优秀, 良好, 合格, 基本合格, 不合格), a satisfaction survey's answers (满意, 基本满意, 不满意), a standard met
or not (达标, 基本达标, 未达标). Two words are compared only on a scale both are on; a word on two scales (优秀, 良好)
is weighed on the first that holds the other word too, so that `优秀` → `合格` is lower and `优` → `合格` not certain.
完成 → 基本完成 is no step here: `hedges` reads the 基本 there as a hedge added (目标放宽, 加了“基本”).
"""
from __future__ import annotations

from ..values import normalise

LADDERS = (
    (("优", "优秀"), ("良", "良好"), ("中", "中等"), ("差", "较差")),
    (("优秀",), ("良好",), ("合格",), ("基本合格",), ("不合格",)),
    (("非常满意", "很满意"), ("满意",), ("比较满意", "较满意"), ("基本满意",), ("不满意",), ("非常不满意",)),
    (("达标",), ("基本达标",), ("未达标", "不达标")),
    (("达到",), ("基本达到",), ("未达到",)),
)
"""Each scale's grades, best first; words of one step are one grade (`优` and `优秀`)."""


def stepped_down(before: str, after: str) -> bool:
    """Whether the value `after` is a lower grade than `before` on one scale (`满意` → `基本满意`), each the whole of
    a value as typed (a closing stop and spaces aside)."""
    old, new = _grade(before), _grade(after)
    for ladder in LADDERS:
        steps = _step(ladder, old), _step(ladder, new)
        if None not in steps:
            return steps[1] > steps[0]
    return False


def _grade(text: str) -> str:
    return normalise(text).strip("。.;；,，、 ")


def _step(ladder: tuple[tuple[str, ...], ...], grade: str) -> int | None:
    return next((at for at, words in enumerate(ladder) if grade in words), None)
