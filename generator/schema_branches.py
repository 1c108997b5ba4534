"""The if/then branches by which a mapping's schema chooses one field's values by another's (`if 一级指标 is 产出指标
then 二级指标 is one of 数量指标、…`), and what they tell of a value written in the wrong one of the two fields.

Forms disagree on where a name sits: one sets 成本指标 and 满意度指标 as 一级指标 beside 产出指标 and 效益指标, another
has 成本指标 as a 二级指标 under 产出指标 and 服务对象满意度指标 under 效益指标. A clerk who copied last year's rows from
the other kind of form wrote `level1: 成本指标` and was told only that it is not one of 产出指标、效益指标: which 一级指标
to write, and that 成本指标 itself belongs in the 二级 column, was left for him to find out.
"""
from __future__ import annotations

import difflib
from typing import Any, Callable


def condition_of(branch: Any) -> tuple[str, Any] | None:
    """The one field and value an if/then branch's `if` names (`level1`, `产出指标`), if that is all it names."""
    if not isinstance(branch, dict) or not isinstance(branch.get("then"), dict) \
            or not isinstance(branch.get("if"), dict):
        return None
    named = [(key, sub["const"]) for key, sub in branch["if"].get("properties", {}).items()
             if isinstance(sub, dict) and "const" in sub]
    return named[0] if len(named) == 1 else None


def then_enum(branch: dict, key: str) -> list:
    """The values an if/then branch's `then` allows for one field ([] where it names none)."""
    field = branch["then"].get("properties", {}).get(key)
    return field.get("enum", []) if isinstance(field, dict) else []


def chosen_below(mapping: Any, key: str) -> list[tuple[str, str, str]]:
    """(the field chosen, the value of `key` that chooses it, a value it may then hold) for every value the branches of
    a mapping's schema (its `allOf`) let `key` choose: (`level2`, `产出指标`, `成本指标`), …; [] for a field no branch
    is chosen by."""
    branches = mapping.get("allOf") if isinstance(mapping, dict) else None
    found = []
    for branch in branches if isinstance(branches, list) else []:
        named = condition_of(branch)
        if not named or named[0] != key:
            continue
        for field in branch["then"].get("properties", {}):
            found += [(field, str(named[1]), value) for value in then_enum(branch, field)
                      if isinstance(value, str) and value]
    return found


def below_hint(mapping: Any, key: str, written: str, options: list, title: Callable[[str], str]) -> str:
    """`“成本指标”在本表样是二级指标，属于一级指标“产出指标”：请把一级指标写成“产出指标”、二级指标写成“成本指标”；` for a
    value of `key` that the field it chooses holds instead, or one close to such a value (`满意度指标` for
    服务对象满意度指标) unless it is close to one of `key`'s own `options` too (`产出` for 产出指标: a slip in the right
    column, which 是否想写 answers); "" when there is none. `社会效益指标` is told where it belongs, not 是否想写
    效益指标, which would leave its 二级指标 to be found. `title` names a field of the mapping by its key."""
    below = chosen_below(mapping, key)
    exact = [entry for entry in below if entry[2] == written]
    own = difflib.get_close_matches(written, [str(option) for option in options], n=1, cutoff=0.6)
    close = [] if exact or own else _close_below(written, [value for _, _, value in below])
    matched = exact or [entry for entry in below if entry[2] in close]
    if not matched:
        return ""
    field, value = matched[0][0], matched[0][2]
    owners = "”或“".join(dict.fromkeys(owner for _, owner, _ in matched))
    owned = f"属于{title(key)}“{owners}”"
    write = (f"请把{title(key)}写成“{owners}”、{title(field)}写成“{value}”" if len(matched) == 1
             else f"请把{title(key)}写成其中之一、{title(field)}写成“{value}”")
    if exact:
        return f"“{written}”在本表样是{title(field)}，{owned}：{write}；"
    return f"本表样的{title(field)}“{value}”{owned}：若指的是它，{write}；"


def _close_below(written: str, values: list[str]) -> list[str]:
    """The one of `values` that `written` is a slip for, compared without the 指标 most of them end in. Compared
    whole, `完成指标` (another form's 一级指标) is a slip for 成本指标 by their 成 and 指标 alone, and the clerk was
    told to write 成本指标 as the 二级指标; `满意度指标` still finds 服务对象满意度指标, `时效` 时效指标."""
    from .lint.terms import stem  # lint's vocabulary, loaded only on this error's path

    by_stem: dict[str, str] = {}
    for value in values:
        by_stem.setdefault(stem(value), value)
    close = difflib.get_close_matches(stem(written), list(by_stem), n=1, cutoff=0.6)
    return [by_stem[close[0]]] if close else []
