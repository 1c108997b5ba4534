"""What a lint rule looks at: the validated spec read as indicator lists of rows with parsed values.

Indicator lists are found through the variant's `indicator_tables` (path and frame), so the same
rule reads a single department table and every project's table alike. Each row carries its
categories' roles (see `terms`) and its value columns parsed by `generator.values`, in the periods
the profile's `lint.values` names (`half`, `year`, `term`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Iterator

from ..datapath import json_path
from .. import datapath
from ..filled_text import blank, fold
from ..problems import Problem, Severity, clipped
from ..rules import RuleContext, same_name, shown_name
from ..value_parts import ValueParts
from ..value_kinds import Kind, Value
from ..values import parse
from . import same_measure, terms
from .config import LintConfig
from .rule import Rule


@dataclass
class Row:
    """One indicator row of a list."""

    path: tuple
    item: dict
    level1: str
    level2: str
    name: str
    role1: str | None
    role2: str | None
    values: list[tuple[dict, Value]]

    @property
    def content(self) -> bool:
        return bool(fold(self.name)) or any(v.kind is not Kind.EMPTY for _, v in self.values)

    @property
    def satisfaction(self) -> bool:
        return "satisfaction" in (self.role1, self.role2)

    @property
    def counts_work(self) -> bool:
        """Whether the row counts work done and says nothing of what the people served think (`terms.counts_work`:
        满意度调查次数 ≥2次): under 服务对象满意度 it is no satisfaction measure, whatever its 二级 (D1, B10, A7)."""
        return terms.counts_work(fold(self.name), [v for _, v in self.values if v.kind is not Kind.EMPTY])

    @property
    def cost(self) -> bool:
        return "cost" in (self.role1, self.role2)

    @property
    def effect(self) -> bool:
        return self.role1 == "effect" and self.role2 != "satisfaction"

    def at(self, key: str) -> tuple:
        return self.path + (key,)

    def target(self, key: str) -> Value:
        """The target in value column `key`, as `LintContext.target` read it when it read the row (`values`): rules
        that read one column read it again, each row's parse again."""
        return next(value for column, value in self.values if column["key"] == key)


@dataclass
class IndicatorList:
    """One indicator list of the spec, with its frame and where it sits."""

    path: tuple
    frame: list[dict]
    known_by: tuple[str, ...]
    """The fields a row is known by (`same_name.identity_keys`): its name and the columns that place it on the form."""
    rows: list[Row] = field(default_factory=list)
    print_empty: bool = False
    """The form prints a 二级 of the frame that has no indicator as an empty row."""

    @property
    def parent(self) -> tuple:
        return self.path[:-1]


class LintContext(RuleContext):
    """The rule context of `validate`, plus settings, indicator lists and a Problem factory."""

    labels_own_name = True

    def __init__(self, spec, variant, store, config: LintConfig):
        super().__init__(spec, variant, store)
        self.config = config
        self.rule: Rule | None = None

    @property
    def facts(self) -> dict[str, Any]:
        return self.config.facts

    def param(self, name: str) -> Any:
        return self.config.settings[self.rule.id].params[name]

    @property
    def deadline(self) -> str:
        """The deadline that hints give as an example, in the spec's own year: copied as is, it passes DATE-YEAR and D7."""
        return f"{self.data.get('year', '')}年12月31日前完成"

    @cached_property
    def grades(self) -> frozenset[str]:
        """The graded 定性 terms (rule B7's `grades`), which decide what parses as a grade for every rule."""
        return frozenset(self.config.settings["B7"].params["grades"])

    @cached_property
    def aliases(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.facts["aliases"].items()}

    def home(self, listed: IndicatorList, role2: str) -> str | None:
        """“一级 › 二级” of the list's frame where a row of `role2` goes (产出指标 › 成本指标, 完成指标 › 数量指标, or
        成本指标 › 经济成本指标 where 成本指标 is a 一级), in the form's own words, as a row told to move is looked for
        there; None where the frame has no such 二级 (a form of 决策, 过程, 履职 and 效益 has no 产出指标 › 数量指标), as a
        row told to move there would break the form; the national names where the list has no frame to ask, an effect
        under 效益指标 (效益指标 › 经济效益指标), an output under 产出指标: not every 二级 under 产出指标, as it once said."""
        for entry in listed.frame:
            for level2 in entry.get("level2", []):
                if terms.role(level2, terms.LEVEL2_ROLES, self.aliases) == role2:
                    return f"{entry['level1']} › {level2}"
        if listed.frame:
            return None
        level1 = "output" if role2 in terms.OUTPUT_KINDS else "effect"
        return f"{terms.NAMES[level1]} › {terms.NAMES[role2]}"

    def value(self, text: Any) -> Value:
        """The parsed value; a scaffold's placeholder reads as empty."""
        return parse("" if blank(text) else text, self.grades)

    @cached_property
    def parts(self) -> ValueParts:
        """The columns this form splits its values into (指标性质, 计量单位), which `target` reads with the value."""
        return ValueParts(self.facts["columns"].get("comparator"), self.facts["columns"].get("unit"))

    def target(self, item: dict, key: str) -> Value:
        """The parsed value of a row's value column `key`, read whole where the form splits it (`ValueParts.whole`:
        指标性质 ≥, 指标值 8, 计量单位 场 is `≥8场`): every rule judges the target, not the cell it starts in."""
        return _degrees_unread(self.value(self.parts.whole(item, key)), item.get("name"))

    def mend(self, row: Row, column: dict, part: str, whole: str, piece: str) -> tuple[tuple, str]:
        """Where a target's missing or wrong `part` ("comparator" or "unit") is mended, and how: in the value cell,
        written `whole` (`≤15万元`), on a form that prints the value in one cell; in the part's own column, written
        `piece` (`≤`), on one that splits it (`ValueParts`): there `≤15万元` typed into 指标值 would print beside
        the ≥ of 指标性质."""
        key = self.parts.column(part)
        return (row.at(column["key"]), whole) if key is None else (row.at(key), piece)

    def mend_comparator(self, row: Row, column: dict, value: Value, ops: tuple[str, ...]) -> tuple[tuple, str]:
        """`mend` of a quantity's comparator: where, and how written, `value` takes one of `ops` (`≥`, `=`) on the number
        it means. A fall in words of a change measured with its sign (`压减5%` of a 变动率: `same_measure.signed`) means a
        negative number: one cell is told `≤-5%`, the sign in the figure as forms write a 变动率 (“三公”变动率 ≤0%),
        for `≥5%` would ask a rise; a comparator column beside a cell that keeps the words (`压减5`) is told the
        comparator that reads on them (`≥`: 压减≥5%, a cut of at least 5%), for its `≤` would print 压减≤5%, a cut of
        at most 5%."""
        read = same_measure.signed(row.name, value)
        unit = shown(read.unit or "")
        whole = " 或 ".join(f"{op}{read.number}{unit}" for op in ops)
        if read is value:
            return self.mend(row, column, "comparator", whole, " 或 ".join(ops))
        fall = value.prefix[len(read.prefix):]
        note = f"（变动带正负号：{fall}{value.number}{unit} 即 {read.number}{unit}）"
        return self.mend(row, column, "comparator", whole + note, " 或 ".join(_TURNED.get(op, op) for op in ops))

    @cached_property
    def lists(self) -> list[IndicatorList]:
        aliases, columns = self.aliases, self.facts["values"]
        out = []
        for table in self.variant.indicator_tables:
            frame = self.variant.frames.get(table["frame"], [])
            for where, items in datapath.find(self.data, table["path"]):
                listed = IndicatorList(where, frame, same_name.identity_keys(table),
                                       print_empty=table.get("print_empty", False))
                for path, item in datapath.mappings(items, where):
                    level1, level2 = str(item.get("level1") or ""), str(item.get("level2") or "")
                    listed.rows.append(Row(
                        path, item, level1, level2, "" if blank(item.get("name")) else str(item["name"]),
                        terms.role(level1, terms.LEVEL1_ROLES, aliases),
                        terms.role(level2, terms.LEVEL2_ROLES, aliases),
                        [(column, self.target(item, column["key"])) for column in columns],
                    ))
                out.append(listed)
        return out

    @property
    def rows(self) -> Iterator[tuple[IndicatorList, Row]]:
        for listed in self.lists:
            for row in listed.rows:
                yield listed, row

    def texts(self, path: str) -> Iterator[tuple[tuple, str]]:
        """(path, text) of each string at a dotted path; a list of strings yields each item."""
        for where, value in datapath.find(self.data, path):
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, str):
                        yield where + (i,), item
            elif isinstance(value, str):
                yield where, value

    def items(self, path: str) -> Iterator[tuple[tuple, dict]]:
        """(path, item) of each mapping in the lists at a dotted path (tasks, projects)."""
        return datapath.items(self.data, path)

    def named(self, path: tuple) -> str:
        """The field as a sentence names it (`与…相同`, `照抄了…中的文字`): a field in no list in quotes (“中长期目标”),
        where one in a list is named by its item (`第 2 个绩效目标`, `…的“指标值”`)."""
        name = self.field_name(path)
        return name if any(isinstance(step, int) for step in path) else f"“{name}”"

    def report(self, path: tuple, message: str, key: bool = False, severity: Severity | None = None,
               subject: tuple[str, ...] = (), char: int | None = None, cites: tuple[tuple, ...] = (),
               quotes: tuple[str, ...] = ()) -> Problem:
        """A Problem of the running rule at `path`: `field: message`, with the configured severity (and the
        part of that place it is about, see Problem.subject); at the text's character `char` where it was typed
        (`Spec.place`: a `|` block's own line), when the finding is about one place in a long text; `cites`, the paths
        of the findings it may refer to for its reason, the one its message names first (Problem.cites); `quotes`, what
        it says of another place (Problem.quotes)."""
        setting = self.config.settings[self.rule.id]
        chosen = setting.severity if setting.graded or severity is None else severity
        if char is None:
            line, column = self.spec.locate(path, key=key)
        else:
            line, column = self.spec.place(path, datapath.get(self.data, path), char)
        return Problem(self.path, line, column, chosen, self.rule.id, f"{self.field_name(path)}：{message}",
                       json_path(path), subject, tuple(json_path(cited) for cited in cites), quotes)


_DEGREES = re.compile(r"[万千]?度(?:/.*)?")
"""A unit of 度 (`≤1000度`, `≥2万度`, `1000度/月`), which `values.parse` reads as kilowatt hours, whatever the name."""


def _degrees_unread(value: Value, name: Any) -> Value:
    """The value with its 度 read as words, where the row's name is no amount of electricity (`terms.electric`):
    满意度 ≥90度 and 室内温度 ≤26度 were told by B3 they had no unit until 度 was read as kilowatt hours everywhere
    (`value_kinds.UNITS`), and then nothing, a satisfaction rate written in degrees passing as electricity."""
    if value.unit is None or not _DEGREES.fullmatch(value.unit) or terms.electric(fold(name) if name else ""):
        return value
    return replace(value, unit=None, suffix=value.unit + value.suffix)


def no_home(role2: str) -> str:
    """What a finding says where it would tell a row to move to `role2` and the form has no such 二级 (`home` is None)."""
    return f"本表没有{terms.NAMES[role2]}"


def quote(text: str, limit: int = 30) -> str:
    """“text” shortened for a message, its invisible and control characters shown as ▯ (shown_name): every name or
    value a lint message quotes goes through here, so a U+202E in a row's name cannot flip the rest of the line."""
    return f"“{shown(text, limit)}”"


_TURNED = {"≥": "≤", "≤": "≥", ">": "<", "<": ">"}
"""A comparator on a signed number as it reads on the fall's words (≤-5% is 压减≥5%)."""


def shown(text: str, limit: int = 30) -> str:
    """A value or unit a message writes inline, without quotes (`“培训人数”≥200人次`, `≤35万元`), shown as `quote`
    shows a quoted one: copied raw, a zero-width space in 元/人\u200b/天 went into the message unseen."""
    return clipped(shown_name(str(text).strip()), limit)
