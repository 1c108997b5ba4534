"""Stage 2a: check a spec against its variant's JSON Schema, in words a finance officer reads.

jsonschema reports JSON paths and English; here every error becomes a Problem located by
ruamel's line and column, named by the Chinese `title` of the field (walked through `$ref`s),
and phrased as what is wrong and what is expected. All errors are collected, not just the first.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cached_property, partial
from typing import Any, Callable

from . import datapath
from .amount_places import AMOUNT, amounts, beside, usual_places
from .blank_items import one_per_blank_item
from .dashless_items import item_dash_fix, text_items_fix
from .date_fixes import date_fix
from .field_fixes import blank_fix, blank_mark, half_width, key_hint, meant_key, number_fix, rename_fix, unit_slip
from .filled_text import fold
from .key_lines import KEY_LINE, indent_step, indent_width
from .list_item_slips import dashes_to_delete, group_dashes
from .load import AMOUNT_UNIT, VALUE_TYPES
from .misindented import Misindented
from .missing_fields import Field, addition, advice, fields_of
from .placeholder import quoted, unfilled
from .problems import Problem, Severity, clipped
from .quote_slips import one_item_line
from .rules import shown_name
from .rules.text_quotes import mended
from .schema_branches import below_hint, condition_of, then_enum
from .schema_conditions import condition, false_places, schema_at
from .schema_store import (SchemaStore, asks_visible_text, date_example, holds_group, is_date, nothing_visible,
                           types_of)
from .shape_hints import bullets_as_text, row_as_fields
from .spec_year import budget_year, named_year
from .schema_words import (LEFT_EMPTY, chosen, declared, dependency, describe, empty_but_required, field_fill_in,
                           forbidden_together, in_chinese_quotes, not_one_of, required_key, rule_words,
                           type_list, undeclared, value_words, written_value)
from .swallowed_fields import Swallowed, swallowing
from .trailing_break import trailing_break_fix
from .unit_note import unit_note
from .value_parts import ValueParts
from .wrapping_quotes import around_nothing, kind_of, typed_empty
from .yaml_lines import line_with_value, quoted_length, typed_value, without_comment

YEAR = "defs.schema.json#/$defs/year"
"""The shared definition every form's 年度 refers to."""


class _Translator:
    """Turns one jsonschema error into its Problems: one, or one per unknown field."""

    def __init__(self, store: SchemaStore, file_name: str, spec, field_name: Callable[[tuple], str] | None = None,
                 parts: ValueParts = ValueParts()):
        self.store, self.file_name, self.spec = store, file_name, spec
        self.field_name, self.parts = field_name, parts

    def __call__(self, error) -> list[Problem]:
        error = chosen(error)
        path = tuple(error.absolute_path)
        kind = "false" if error.validator is None else str(error.validator)  # None: a `false` schema
        if kind == "pattern" and asks_visible_text(error.validator_value):
            kind = "minLength"  # a text of blanks alone is empty on the form: said as "" is, under its code
        unit = self._unit_slip(error, path) if kind == "type" else None
        if unit:
            found, code = (f"{self.lead(error, path)}{unit}", False, path), AMOUNT_UNIT
        else:
            if "propertyNames" in error.absolute_schema_path:
                handler, kind = self._key, "propertyNames"
            else:
                handler = getattr(self, f"_{kind}", self._fallback)
            found, code = handler(error, path), f"SCHEMA-{kind.upper()}"
        problems = []
        for message, at_key, path, *shown in found if isinstance(found, list) else [found]:
            where = shown[0] if shown else path
            line, column = ((where.line, where.column) if isinstance(where, Swallowed)
                            else self.spec.locate(where, key=at_key))
            problems.append(Problem(self.spec.path, line, column, Severity.ERROR, code, message,
                                    datapath.json_path(path)))
        return problems

    def name(self, path: tuple) -> str:
        return self.field_name(path) if self.field_name else self.store.field_name(self.file_name, path)

    @cached_property
    def amounts(self) -> list[tuple[tuple, int | Decimal]]:
        """The spec's amounts typed as numbers, by path: what a mistyped one is written alike and read beside."""
        return list(amounts(self.store, self.file_name, self.spec.data))

    @cached_property
    def places(self) -> int | None:
        """The decimals most of the spec's amounts are written with, for a fix to write a mistyped one alike."""
        return usual_places([value for _, value in self.amounts])

    def title(self, path: tuple) -> str:
        """The Chinese title of the field at `path` alone, as a message names a field of the one it is about."""
        return self.store.titles(self.file_name, path)[-1]

    def lead(self, error, path: tuple) -> str:
        """`第 1 个指标的“说明”：一级指标为“满意度指标”时，`: the field's name, and the condition under which
        the schema asks what the error says (see schema_conditions)."""
        return f"{self.name(path)}：{self._condition(error)}"

    def _condition(self, error) -> str:
        """`一级指标为“满意度指标”时，`, or "": the condition under which the schema asks what `error` says."""
        return condition(self.store.validator(self.file_name).schema, error, self.title, self.spec.data)

    def _type(self, error, path):
        expected = type_list(error.validator_value)
        if error.instance is None and "string" in expected and (empty_but_required(error) or self._refuses_empty(path)):
            return self._left_empty(self._refusing_empty.get(path, error), path), False, path  # `unit:`, as `unit: ""`
        said = f"{self.lead(error, path)}{value_words(error)}"
        hint = ""
        numeric = "number" in expected or "integer" in expected
        whole = "number" not in expected
        if numeric and unfilled(error.instance):  # what `jixiao new` writes in a text, typed or pasted here
            return self._unfilled(error, path, self._number_hint(path, "请填上"))
        if numeric and isinstance(error.instance, str) and not error.instance.strip() and "null" not in expected:
            hint = self._number_hint(path, "请填上")  # `year: ""`, as if left empty: not "不要加引号"
        elif numeric and isinstance(error.instance, str) and around_nothing(error.instance):
            # `year: “”`, `""` typed with the IME on: it was told 请直接写阿拉伯数字，不要加引号、单位或汉字 of no digit
            hint = self._number_hint(path, f"请删去这两个{kind_of(error.instance.strip())}，填上")
        elif numeric and isinstance(error.instance, str):
            amount = self.store.refers_to(self.file_name, path, AMOUNT)
            year = error.instance.strip()
            year = in_chinese_quotes(year) or year  # `year: “23”` as `year: "23"`
            fix = (self._year_fix(path, year, quoted=True) or "null" in expected and blank_fix(error.instance, whole=whole)
                   or number_fix(error.instance, whole=whole, amount=amount, places=self.places if amount else None,
                                 beside=beside(self.amounts, path) if amount else ()))
            hint = f"；{fix}" if fix else (
                "；请直接写阿拉伯数字，不要加引号、单位或汉字" if whole
                else "；金额请直接写数字，如 78.56 或 0.00，不要加引号、逗号或单位" if amount
                else "；请直接写数字，不要加引号或单位")  # a variant's own number (分值, 权重) is not in 万元
        elif whole and numeric and isinstance(error.instance, Decimal):
            hint = self._fraction_hint(path, error.instance)
        elif "string" in expected and isinstance(error.instance, (int, Decimal, bool)):
            typed = self._typed(path, error.instance)
            hint = (self._date_hint(path, typed) or self._value_hint(path, error.instance, typed)
                    or f"；请加上双引号写成文本，例如 \"{typed}\"")
        elif "string" in expected and error.instance is None:
            hint = self._null_text_hint(path)
        elif numeric and error.instance is None:
            hint = self._number_hint(path, "请填上")
        elif numeric and isinstance(error.instance, (bool, list, dict)):  # `year: true`, `year: [2025]`
            hint = self._number_hint(path, "请改为")
        elif "object" in expected and error.instance is None and path and isinstance(path[-1], int):
            hint = self._empty_item_hint(path)
        elif "string" in expected and isinstance(error.instance, (list, dict)):
            hint = self._flow_hint(path) or self._bullets_hint(path, error.instance)
        elif "object" in expected and isinstance(error.instance, str) and path and isinstance(path[-1], int):
            hint = self._row_hint(path, error.instance)
        elif not isinstance(error.instance, VALUE_TYPES):
            hint = self._mark_hint(path, "string" in expected)
        elif {"array", "object"} & set(expected) and path and isinstance(path[-1], str):
            hint = self._block_hint(path, error.instance)
        return said + hint, False, path

    def _unit_slip(self, error, path: tuple) -> str | None:
        """The words of AMOUNT-UNIT for an amount typed with its unit (`610.85万元`), said as the loader says it beside
        a syntax error (see field_fixes.unit_slip); None for any other type error."""
        typed = error.instance
        if not isinstance(typed, str) or "number" not in type_list(error.validator_value):
            return None
        words = unit_slip(typed, self.places)
        return words if words and self.store.refers_to(self.file_name, path, AMOUNT) else None

    def _null_text_hint(self, path: tuple) -> str:
        """What to write in a text field left empty (null) that may be "" (one that may not is `_left_empty`): a task's
        主要实施内容, required as a key and taking "", was called 必填, 不能空着, while `content: ""` passed. A field its
        mapping requires asks for its content first (the field's own description: how the form fills it in), "" after
        it: `没有内容时请写成 ""` alone, under an emptied 指标值, steered a clerk to leave a target blank."""
        parent = self.store.node_at(self.file_name, path[:-1])
        if not (isinstance(parent, dict) and path[-1] in (parent.get("required") or [])):
            return "；没有内容时请写成 \"\"（一对英文双引号）"
        description = str(self.store.node_at(self.file_name, path).get("description") or "").rstrip("。")
        fill = f"请填上：{description}" if description else "请填上内容，加英文双引号写成文字"
        return f"；{fill}；确实没有内容时写成 \"\"（一对英文双引号）"

    def _left_empty(self, error, path: tuple, typed: str = "") -> str:
        """`部门名称：不能为空；请填写部门名称（填报部门的全称），例如 某市归国华侨联合会`: a text the form needs, however it was
        left empty (nothing after the colon, `~`, `""`, blanks alone), in one wording (LEFT_EMPTY) and what goes there
        (`_fill_in`); `error` is the one refusing the empty text (under the condition that refuses it: `二级指标不是“…”
        时，`). A field its mapping may leave out adds that the line may go; not a list's item, whose list may hold no
        fewer. `unit_code:` was told `是必填的一栏，不能空着`, `unit_code: ""` `没有填写，现在是空文本`, `filled_date: ""`
        `不能为空`: three sayings of one slip. `typed` says how it was left so where that is not plain (`typed_empty`)."""
        parent = self.store.node_at(self.file_name, path[:-1]) if path else None
        optional = bool(path) and isinstance(path[-1], str) and isinstance(parent, dict) and path[-1] not in (
            parent.get("required") or [])
        return f"{self.lead(error, path)}{typed}{LEFT_EMPTY}{self._fill_in(path)}{'；不填就删去这一行' if optional else ''}"

    def _refuses_empty(self, path: tuple) -> bool:
        """Whether "" is refused at the place of a null: by the schema (`_refusing_empty`), or, in a date field, by
        DATE-YEAR, which the schema leaves "" to: a `filled_date:` was told `确实没有内容时写成 ""`, which DATE-YEAR then
        refused."""
        chain = self.store.chain(self.file_name, path) if path else []
        return path in self._refusing_empty or bool(chain) and is_date(chain[-1][1])

    @cached_property
    def _refusing_empty(self) -> dict[tuple, Any]:
        """The places of the spec's nulls where the schema refuses "" too, by whatever it says there (a `minLength`, a
        `pattern`, a condition on the row), each with the error refusing it, whose condition a message names: the spec
        validated once with every null written "" instead."""
        refused: dict[tuple, Any] = {}
        for error in self.store.validator(self.file_name).iter_errors(_emptied(self.spec.data)):
            refused.setdefault(tuple(error.absolute_path), chosen(error))
        return refused

    def _fraction_hint(self, path: tuple, value: Decimal) -> str:
        """A whole number typed with a point (`year: 2023.0`): the editor shows no squiggle, as JSON Schema counts
        2023.0 an integer, so the message says what to write, and that the editor will not have said it."""
        if value != value.to_integral_value():
            return "；请写整数，不要带小数"
        typed = self._typed(path, value)
        return (f"；请去掉小数点和后面的 0，写成 {value.to_integral_value():f}"
                f"（编辑器按 JSON Schema 把 {typed} 也算作整数，不标波浪线）")

    def _number_hint(self, path: tuple, verb: str) -> str:
        """What to write in a number field left empty that may not be (a year, or `year: ""`), or given a true/false, a
        list or a group of fields: the field's own description says it with an example (`预算年度，四位数字，例如 2024`);
        "应为整数" alone left the clerk to guess the form."""
        description = str(self.store.node_at(self.file_name, path).get("description") or "").rstrip("。")
        return f"；{verb}：{description}" if description else f"；{verb}数字"

    def _empty_item_hint(self, path: tuple) -> str:
        """A list item left as a bare `-` (its fields deleted, the row meant to go): whether to drop the line
        or fill the item in, and with which fields."""
        fields = fields_of(self.store.chain(self.file_name, path)[-1][1])
        fill = f"在下面每行比“-”多缩进两格，写上 {'、'.join(fields)} 各项" if fields else "在下面写上这一项的内容"
        return f"；不要这一项了就删掉这一行“-”，否则{fill}"

    def _block_hint(self, path: tuple, value) -> str:
        """How a list or a group of fields is written, for one left empty or given a value on its key's line
        (`indicators:` with every row deleted, `key_tasks: 无`): "should be a list" alone leaves a finance officer
        with nothing to type. Said as for the field when it is missing; what was typed on the key's line is named
        whole (`无 见附件`, `[]`), as all of it is to go."""
        key = path[-1]
        field = self._field(path[:-1], key, self.store.chain(self.file_name, path)[-1][1])
        written, how = addition(key, field)
        typed = without_comment(self.spec.typed(path)[2]) if value is not None else ""
        none = self._none_listed(path, value, field, typed, how)
        if none:
            return none
        below = self._text_below(path, value, field)
        if below:  # lines of text under the key, each an item without its dash: to delete them would delete the items
            return f"；“{key}:”其下每一项一行，以“- ”开头，{below}"
        on_line = typed and (not isinstance(value, (dict, list)) or typed[0] in "[{")  # not rows below, which are kept
        listed = self._one_item(path, value, field, typed) if on_line else None
        if listed:
            return listed
        drop = f"请删去冒号后面的“{clipped(typed)}”：" if on_line else ""
        fix = None if on_line else self._first_item_fix(path, value, field)
        if fix:  # the list's rule, then the one line to mend, rather than the editor's way of adding an item
            return f"；“{key}:”其下每一项都要以“- ”开头，这里的第一项少了“- ”：{fix}"
        dashes = None if on_line else self._dashed_fields(path, value, field)
        if dashes:
            return f"；请删去{dashes}：“{key}:”{how}"
        return f"；{drop}“{key}:”{how}" if how else ""

    def _text_below(self, path: tuple, value, field: Field) -> str | None:
        """What to do with a list of texts typed without its dashes (`targets:`, then a line of text or more under it),
        which YAML reads as one text: the lines are its items, each to be given its "- "."""
        if not isinstance(value, str) or "array" not in field.kinds:
            return None
        key_line = self.spec.locate(path, key=True)[0]
        return text_items_fix(self.spec.lines, key_line) if self.spec.locate(path)[0] > key_line else None

    def _none_listed(self, path: tuple, value, field: Field, typed: str, how: str) -> str | None:
        """What to write for a list field given a word for none (`targets: 无`, `—`), on its key's line or alone on the
        line below: given as a list of it, `targets: [无]` or `- 无`, it was a list with one item 无. A list that must
        hold an item is told so; any other is written `[]`, or its line deleted where the field may be left out. None
        for any other value. An empty text (`targets: ""`) is said as one: not a word `“""”` the clerk did not write."""
        if not isinstance(value, str) or not blank_mark(value) or "array" not in field.kinds:
            return None
        key, shown, empty_text = path[-1], clipped(typed), not value.strip()
        quoted = f" {shown}" if empty_text else f"“{shown}”"  # `""` as typed, not in a second pair of quotes
        named = describe(value) if empty_text else quoted
        line, column, _ = self.spec.typed(path)
        key_line = self.spec.locate(path, key=True)[0]
        drop = f"请删去第 {line} 行的{quoted}" if line > key_line else f"请删去冒号后面的{quoted}"
        if field.node.get("minItems", 0) >= 1:
            return f"；这一栏至少要写一项，{'不能空着' if empty_text else f'不能写{named}'}；{drop}：“{key}:”{how}"
        parent = self.store.node_at(self.file_name, path[:-1])
        optional = not (isinstance(parent, dict) and key in (parent.get("required") or []))
        if line > key_line:  # the `[]` goes after the key's colon, the word's own line deleted
            head = self.spec.lines[key_line - 1]
            empty = line_with_value(head, head.index(":") + 1, " []")
            return (f"；没有内容时不要写{named}：{drop}，空列表写成一对英文方括号 []"
                    f"{'（也可以删去这两行）' if optional else ''}，第 {key_line} 行写成：{empty}")
        empty = line_with_value(self.spec.lines[line - 1], column - 1, "[]")
        return (f"；没有内容时不要写{named}，空列表写成一对英文方括号 []{'（也可以删去这一行）' if optional else ''}，"
                f"写成：{empty}")

    def _one_item(self, path: tuple, value, field: Field, typed: str) -> str | None:
        """`targets: [甲]` for one line of text `typed` on the key's line where a list of texts is asked (`targets: 甲`):
        told to delete it and write items below, the clerk lost the text meant as the list's one item. The item is
        given as TEXT-QUOTES has it written (`“甲"乙` as `“甲”乙`), which was said a round later. None for any other."""
        if not isinstance(value, str) or not value.strip() or "\n" in value or "string" not in field.item_kinds:
            return None
        if typed != value and quoted_length(typed) != len(typed):  # a plain text going on over the lines below
            return None
        line, column, _ = self.spec.typed(path)
        said, meant = mended(value) or ("", value)
        return one_item_line(self.spec.lines[line - 1], column - 1, typed_value(meant), f"；另外，{said}" if said else "")

    def _first_item_fix(self, path: tuple, value, field: Field) -> str | None:
        """`请在这一行开头加上“- ”…` for a list typed as the fields of its one item, the item's "- " left out
        (`key_tasks:`, then `  name: 甲`, `  content: 乙` at one column); None for any other value. The list's rule
        alone did not say which line to mend, nor that the lines below it go two spaces deeper with it."""
        fields = field.item.get("properties") if "array" in field.kinds else None
        first = next(iter(value), None) if isinstance(value, dict) and isinstance(fields, dict) else None
        if first is None or first not in fields:
            return None
        line, column = self.spec.locate(path + (first,), key=True)
        found = KEY_LINE.match(self.spec.lines[line - 1]) if 0 < line <= len(self.spec.lines) else None
        if not found or found["key"] != first or "-" in found["lead"] or len(found["lead"]) != column - 1:
            return None  # not a key beginning its own line (`{name: 甲}`)
        return item_dash_fix(self.spec.lines, line, fields.__contains__)

    def _dashed_fields(self, path: tuple, value, field: Field) -> str | None:
        """`第 11、13 行开头的“- ”` for a group of fields typed as a list (`basic_info:`, then `  - staff_count: 6`), each
        item's first key begun with a dash, and the lines that move back with them; None for any other value. The
        group's rule alone, 多缩进两格, did not say that the dashes are what to delete, and a clerk who had typed them
        two spaces in already found nothing to mend.

        The loader's dash_in_group says the same of a group only some of whose fields have a dash, which fails to
        parse: it has only the text, and the schema it finds from it (KeyNames.takes_group); here the data has
        loaded as a list and is checked against the schema's field. Both ask holds_group and name the lines alike."""
        fields = field.node.get("properties") if holds_group(field.kinds) else None
        if not isinstance(value, list) or not value or not isinstance(fields, dict):
            return None
        lines = []
        for i, item in enumerate(value):
            first = next(iter(item), None) if isinstance(item, dict) else None
            if first not in fields:
                return None
            line, _ = self.spec.locate(path + (i, first), key=True)
            found = KEY_LINE.match(self.spec.lines[line - 1]) if 0 < line <= len(self.spec.lines) else None
            if not found or found["key"] != first or "-" not in found["lead"]:
                return None
            lines.append(line)
        holder = self.spec.locate(path, key=True)[0]
        dashed, moved = group_dashes(self.spec.lines, holder, indent_width(self.spec.lines[lines[0] - 1]))
        return dashes_to_delete(dashed, moved) if dashed == lines else None

    def _date_hint(self, path: tuple, typed: str) -> str | None:
        """A number in a date field (`20220105`, `2022.01`): quoted as it was (`"20220105"`), DATE-YEAR then said it
        was no full date. Offered instead the date its digits make, or told what it lacks (date_fixes); None for
        any other field."""
        node = self.store.node_at(self.file_name, path)
        if not is_date(node):
            return None
        year, written = self._budget_year, partial(date_example, node)  # as its form prints a date
        return f"；{date_fix(typed, year, written) or f'日期请按表上的写法写成文字，如 {written(year)}'}"

    @cached_property
    def _budget_year(self) -> int | None:
        """The spec's budget year, when the schema takes it: the years a date is offered in are worked out from it,
        and from a year it refuses (`20222`, `202`) they were 20221年 or 202年, refused in turn."""
        year = budget_year(self.spec.data)
        if year is None:
            return None
        try:
            takes = self.store.validator_at(self.file_name, ("properties", "year")).is_valid(year)
        except (KeyError, TypeError):  # a form without a top-level year: nothing to check it by
            takes = True
        return year if takes else None

    def _value_hint(self, path: tuple, value, typed: str) -> str | None:
        """A number typed bare in an indicator's value (`value: 0.95`, `annual_value: 95`): quoting it as it is
        gives a value lint's B3 then asks a unit of, so the hint offers one lint takes as it is. A field is an
        indicator's value where its schema says so (`is_indicator_value`), whatever the variant calls it; any other
        text field (a row's 二级指标 or 绩效指标描述) is only told to quote the number, even beside a rate's name.

        A share (the indicator's name says so: 完成率, 满意度, 覆盖面（%）, lint's `terms.is_share`) is printed as a
        percentage on such forms, whether typed as a fraction (0.95) or as the percentage's number (95): offered
        with a comparator unless 0% or 100% (B3), pointing the way the rate is better (B5: ≤ for 差错率). A share
        outside 0–100 (150, -5), which B4 refuses unless it is a rate of change, is offered no value: only the range.
        Any other number is offered with the unit the name ends in (`（个）`, `（人次）`; that unit quoted as declared and
        the value offered as B3 offers it: `（月）` → "30个月", `（工作日）` → "30个工作日"), else told to add its unit, the
        count the name ends in offered first (`举办活动场次` → "5场次": "5个" beside a name saying 场次 read as a
        guess); a negative one is offered no value at all, as no count is below zero."""
        if not is_indicator_value(self.store.node_at(self.file_name, path)):
            return None
        item = datapath.get(self.spec.data, path[:-1]) if len(path) > 1 else None
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(value, (int, Decimal)) or isinstance(value, bool) or not isinstance(name, str):
            return None
        from .lint import terms  # lint's vocabulary, loaded only on this error's path
        if self.parts.comparator or self.parts.unit:
            return self._split_value_hint(path, value, typed, terms.is_share(name))
        if terms.is_share(name):
            if not 0 <= value <= 100 and not terms.CHANGE_RATE.search(fold(name)):
                return (f"；“{name}”是比率，应在 0%–100% 之间，{typed} 不在其中：请改正这个数，"
                        "加上双引号写成百分数（比较符 + 数字 + %）")
            number = Decimal(value) * (100 if 0 < value <= 1 else 1)
            percent = f"{number.normalize():f}%"
            if percent not in ("0%", "100%"):
                bound = "≤" if terms.lower_is_better(fold(name)) else "≥"
                percent = f"{bound}{percent}\" 或 \"={percent}"
            return f"；“{name}”是比率，请写成加双引号的百分数，如 \"{percent}\"（要照样印出 {typed} 时写 \"{typed}\"）"
        unit = terms.named_unit(name)
        if value < 0:
            unit_words = f"“{unit}”" if unit else "计量单位"
            return f"；{typed} 是负数，数量不会小于 0：请改正这个数，加上双引号写成数字加{unit_words}"
        if unit:
            declared = terms.bracketed_unit(name)  # as the clerk finds it in the name: 月, offered as 个月
            return (f"；“{name}”的单位是“{declared}”，请加上双引号写成 \"{typed}{unit}\""
                    + terms.held_unit_note(declared, unit))
        counted = [terms.ending_unit(name)] if terms.ending_unit(name) else []
        offered = [*counted, *(unit for unit in ("个", "人次") if unit not in counted)][:2]
        return "；指标值要写明计量单位，请加上双引号写成数字加单位，如 " + "、".join(f"\"{typed}{unit}\"" for unit in offered)

    def _split_value_hint(self, path: tuple, value, typed: str, share: bool) -> str:
        """The hint for a bare number on a form that splits its values (`ValueParts`: 指标性质, 指标值, 计量单位): the
        number alone, quoted, its comparator and unit in their own columns. `"≥95%"` typed into such a value cell
        would print beside the ≥ and % of the columns next to it. A share typed as a fraction (0.95) is offered as
        its percentage's number, as on a form of one value cell."""
        number = f"{(Decimal(value) * 100).normalize():f}" if share and 0 < value < 1 else typed
        beside = "，".join(f"{what}写在“{self.title(path[:-1] + (key,))}”栏"
                          for what, key in (("比较符", self.parts.comparator), ("计量单位", self.parts.unit)) if key)
        return f"；这一栏只写数字，请加上双引号写成 \"{number}\"，{beside}"

    def _typed(self, path, value) -> str:
        """A scalar as the spec's text writes it (`true`, `007`, `1e3`), not as Python prints what it
        read (`True`, `7`, `1E+3`): the quoted hint must be what the author typed."""
        typed = self._first_word(path)
        return typed or (str(value).lower() if isinstance(value, bool) else str(value))

    def _first_word(self, path) -> str | None:
        """The first word typed at `path`'s value."""
        found = re.match(r"[^\s,\[\]{}#]+", self.spec.typed(path)[2])
        return found[0] if found else None

    def _flow_hint(self, path) -> str:
        """`name: [重点]` is valid YAML for a list: a bracketed word meant as text is quoted, if typed on one line."""
        typed = without_comment(self.spec.typed(path)[2])
        if not typed or typed[0] not in "[{" or typed[-1] not in "]}" or '"' in typed:
            return ""
        return f"；若“{typed}”是文字，请给整个值加上双引号，写成 \"{typed}\""

    def _bullets_hint(self, path, value) -> str:
        """Bullet lines under a text field (`content:`, then `- 1、…` lines), which YAML reads as a list: the field
        written as a `|` block keeps them as its text (see shape_hints)."""
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value) or not isinstance(path[-1], str):
            return ""
        key_line = self.spec.locate(path, key=True)[0]
        items = [self.spec.locate(path + (i,))[0] for i in range(len(value))]
        hint = bullets_as_text(self.spec.lines, key_line, items, indent_step(self.spec.lines), self.title(path))
        return f"；{hint}" if hint else ""

    def _row_hint(self, path, value: str) -> str:
        """A list item typed as one line of text where its fields go (an Excel row pasted, its tabs made spaces):
        the fields its schema declares, by their titles, in the form's column order, and the row written with them
        (see shape_hints)."""
        item = self.store.node_at(self.file_name, path)
        keys = fields_of(item) if isinstance(item, dict) else []
        if not keys:
            return ""
        titled = [(key, self.store.node_at(self.file_name, path + (key,)).get("title") or key)
                  for key in dict.fromkeys([*keys, *item.get("properties", {})])]  # the required first, in the form's order
        line, column = self.spec.locate(path)
        content = self.spec.lines[line - 1] if 0 < line <= len(self.spec.lines) else ""
        dash = content[:column - 1] if content[:column - 1].rstrip().endswith("-") else " " * (column - 1)
        return row_as_fields(value, titled[:len(keys)], dash, [field for field in titled if field[0] in item.get("properties", {})])

    def _mark_hint(self, path, text: bool) -> str:
        """A value YAML read as something else than text: a lone `=`, which YAML 1.1 gives a meaning of its own
        (a tag, which could too, is refused by the loader). Nobody means it in a form, so say what to type."""
        typed = self._first_word(path)
        return "" if not typed else f"；值开头的“{typed}”在 YAML 里有特殊含义，" + (
            "如果这是文字内容，请给整个值加上双引号" if text else "请删掉它")

    def _required(self, error, path):
        key = required_key(error)
        return self._missing(error, path, key, f"缺少必填字段“{key}”（{self.title(path + (key,))}）")

    def _dependentRequired(self, error, path):
        written, needed = dependency(error)
        return self._missing(error, path, needed, f"写了“{written}”（{self.title(path + (written,))}），"
                                                  f"就要同时写“{needed}”（{self.title(path + (needed,))}）")

    def _missing(self, error, path, key: str, why: str):
        """A missing field, why it is needed, the line that adds it and where: located at the field that line
        goes beside. One typed as a line of a `|` block above it is not to be added again, but moved back: said at
        that line."""
        swallowed = swallowing(self.spec, self.store, self.file_name, path, key)
        if swallowed:
            return f"{self.lead(error, path)}{why}；{self._swallowed(swallowed)}", False, path, swallowed
        node = _chosen_under(error, key, self.store.chain(self.file_name, path + (key,))[-1][1])
        missing = {k: _opens_block(self.store.chain(self.file_name, path + (k,))[-1][1])
                   for k in error.validator_value if k not in error.instance} if error.validator == "required" else {}
        said, beside = advice(self.spec, path, error.instance, self._order(error, path), key, self._field(path, key, node),
                              missing)
        message = f"{self.lead(error, path)}{why}；{said}"
        return (message, True, path, beside) if beside else (message, False, path)

    def _swallowed(self, found: Swallowed) -> str:
        """`这一行的“amount: 49.41”比“content:”多缩进了 2 格…`: where the field is, and how far back it goes."""
        block = found.block[-1]
        at = self.spec.locate(found.block, key=True)[1]
        return (f"这一行的“{clipped(found.text)}”比“{block}:”多缩进了 {found.column - at} 格，YAML 把这一行读成了"
                f"“{block}”（{self.title(found.block)}）的文字；请把它退回到第 {at} 列，"
                f"与“{block}:”左端对齐{rename_fix(found.typed, found.field)}")

    def _field(self, path: tuple, key: str, node: dict) -> Field:
        """The field `key` of the mapping at `path`, whose schema is `node`, as missing_fields says how to write it."""
        item = self.store.chain(self.file_name, path + (key, 0))[-1][1]
        amount = self.store.refers_to(self.file_name, path + (key,), AMOUNT)
        named = named_year(self.spec.path) if path + (key,) == ("year",) else None
        return Field(node, types_of(node), amount, item, types_of(item), self.title(path + (key,)), budget_year(self.spec.data),
                     named)

    def _order(self, error, path) -> list[str]:
        """The fields of the mapping an error is about, in the schema's order: of the mapping's own schema where
        the error comes from a `then` or a `dependentSchemas` entry that declares none."""
        declared_here = error.schema.get("properties")
        if isinstance(declared_here, dict) and declared_here:
            return list(declared_here)
        node = self.store.node_at(self.file_name, path)
        return list(node.get("properties", {})) if isinstance(node, dict) else []

    def titles(self, error, path) -> dict[str, str]:
        """The Chinese title of each field a mapping may hold, as messages name it: those its `properties`
        declare, and for `unevaluatedProperties` those its branches declare too."""
        if error.validator != "unevaluatedProperties":
            return {k: self.title(path + (k,)) for k in error.schema.get("properties", {})}
        return {k: node.get("title") if isinstance(node, dict) and isinstance(node.get("title"), str)
                else self.title(path + (k,)) for k, node in declared(error.schema).items()}

    def said_by_unknown_key(self, error) -> bool:
        """A missing required key that an unknown key of the same mapping stands for (typed in full width,
        misspelt, or as its Chinese title): that key's message names the fix, so 'missing' would only say it again."""
        closed = isinstance(error.schema, dict) and False in (error.schema.get("additionalProperties"),
                                                               error.schema.get("unevaluatedProperties"))
        if error.validator != "required" or not closed or not isinstance(error.instance, dict):
            return False
        missing, titles = required_key(error), self.titles(error, tuple(error.absolute_path))
        unknown = [str(k) for k in error.instance if k not in titles]
        return any(_stands_for(k, missing, error.instance, titles, error.validator_value) for k in unknown)

    def _additionalProperties(self, error, path):
        """One problem per unknown field: jsonschema reports them all in one error. A field that only a
        branch whose condition fails declares (`unevaluatedProperties`) is no misspelling: said as such."""
        keys = undeclared(error)
        if not keys or error.validator_value is not False:  # keys jsonschema's message does not name
            return self._fallback(error, path)
        titles = self.titles(error, path)
        found = []
        for key in keys:
            if key in titles:  # not said unknown, which the list of fields to choose from would contradict
                found.append((f"{self.lead(error, path)}表样只在一定条件下允许写“{key}”（{titles[key]}），"
                              f"现在写的内容不满足这个条件；请删去这一行", True, path + (key,)))
                continue
            note = unit_note(str(key), error.instance.get(key))
            if note:
                found.append((f"{self.lead(error, path)}{note}", True, path + (key,)))
                continue
            hint = key_hint(str(key), error.instance, titles, error.schema.get("required") or ()) or (
                "可用的字段：" + "、".join(f"{k}（{title}）" for k, title in titles.items()))
            found.append((f"{self.lead(error, path)}未知字段“{key}”；{hint}", True, path + (key,)))
        return found

    _unevaluatedProperties = _additionalProperties

    def _unfilled(self, error, path, what_to_write: str):
        """`还是“XXX”，没有填写` and what goes there, for a placeholder (`unfilled`) the field's type, pattern or choices
        refuse: `unit_code: "XXX"` was told `格式不对（文本“XXX”）`, as if the code had been mistyped. The condition under
        which the schema asks it goes with what to write (`没有填写；一级指标为“产出指标”时，应为以下之一：…`): leading the
        message, it said the field was unfilled only when its 一级指标 was 产出指标."""
        when = self._condition(error)
        if when and what_to_write.startswith("；"):
            return f"{self.name(path)}：还是{quoted([error.instance])}，没有填写；{when}{what_to_write[1:]}", False, path
        return f"{self.lead(error, path)}还是{quoted([error.instance])}，没有填写{what_to_write}", False, path

    def _enum(self, error, path):
        options = [str(v) for v in error.validator_value]
        if unfilled(error.instance) and any(options):  # a field left "" alone (`[""]`) is told so by `_not_under`
            return self._unfilled(error, path, f"；应为以下之一：{'、'.join(options)}")
        branch = self._branch(error, path)
        if branch and (error.instance is None or isinstance(error.instance, str)):
            return self._not_under(error, path, options, *branch), False, path
        hint = self._below_hint(error, path)
        if hint:
            said = not_one_of(written_value(error.instance), error.instance, options, hint)
            return f"{self.lead(error, path)}{said}", False, path
        return self._fallback(error, path)

    def _below_hint(self, error, path) -> str:
        """What to write where a value refused in a field that chooses another's values (一级指标) is one of those
        values (a 二级指标): see schema_branches. "" for any other value."""
        if not path or not isinstance(error.instance, str) or nothing_visible(error.instance):
            return ""
        mapping = self.store.node_at(self.file_name, path[:-1])
        return below_hint(mapping, path[-1], error.instance, error.validator_value,
                          lambda key: self.title(path[:-1] + (key,)))

    def _branch(self, error, path) -> tuple[str, str, list[str]] | None:
        """For an `enum` that applies only under an `if` naming another field of the same mapping
        (`if level1 is 产出指标 then level2 is one of …`): that field, the value the `if` names, and
        the values the sibling branches' `if`s name where those branches allow the value written
        (the 一级 a misplaced 二级 belongs to); None for an `enum` that always applies.

        Without it the message said only "not one of 数量指标、…", leaving the author to guess why
        经济效益指标, a real 二级指标, was refused: it sits under another 一级指标."""
        steps = list(error.absolute_schema_path)
        if not path or steps[-6:-5] != ["allOf"] or steps[-4:] != ["then", "properties", path[-1], "enum"]:
            return None
        branches = schema_at(self.store.validator(self.file_name).schema, steps[:-5])
        conditions = [condition_of(branch) for branch in branches] if isinstance(branches, list) else []
        own = conditions[steps[-5]] if steps[-5] < len(conditions) else None
        if own is None:
            return None
        owners = [str(named[1]) for named, branch in zip(conditions, branches)
                  if named and named[0] == own[0] and error.instance in then_enum(branch, path[-1])]
        return own[0], str(own[1]), owners

    def _not_under(self, error, path, options: list[str], key: str, value: str, owners: list[str]) -> str:
        """`二级指标“经济效益指标”不属于一级指标“产出指标”`, where it does belong, and what belongs under it."""
        field, value_written = self.name(path), error.instance
        title = self.title(path)
        under = f"{self.title(path[:-1] + (key,))}“{value}”下"
        allowed = (f"{under}没有{title}，请写 \"\"（一对英文双引号）" if options == [""]
                   else f"{under}应为以下之一：{'、'.join(options)}")
        if value_written is None or nothing_visible(value_written):  # `level2: " "` as `level2: ""`
            return f"{field}：{allowed}" if options == [""] else f"{field}：{LEFT_EMPTY}；{allowed}"
        if around_nothing(value_written) and options != [""]:  # `level2: “”`, the IME's `""`
            return f"{field}：{typed_empty(value_written)}{LEFT_EMPTY}；{allowed}"
        if owners:
            return (f"{self.name(path[:-1])}：{title}“{value_written}”不属于{under[:-1]}；"
                    f"“{value_written}”属于“{'”“'.join(owners)}”；{allowed}")
        close = difflib.get_close_matches(value_written, options, n=1, cutoff=0.6)
        guess = f"是否想写“{close[0]}”？" if close else ""
        tail = allowed if options == [""] else f"应为以下之一：{'、'.join(options)}"
        return f"{field}：{describe(value_written)}不是{under}可选的取值；{guess}{tail}"

    def _pattern(self, error, path):
        """The value refused, and how to write it: the author's words, but where only a closing line break is
        refused (a `|` block's), what to do about that (trailing_break), which the author's words did not fit. A text
        left empty is told so as one left null is (`_left_empty`), not `没有填写，现在是空文本` beside it."""
        fix = (trailing_break_fix(error.instance, error.validator_value, path[-1], self.spec.typed(path)[2])
               if error.validator == "pattern" and path else None)
        if not fix and isinstance(error.instance, str) and nothing_visible(error.instance):
            return self._left_empty(error, path), False, path  # `unit_code: ""`, as `unit_code:`
        # quotes around nothing, as TEXT-QUOTES of `unit: “”`
        if not fix and isinstance(error.instance, str) and around_nothing(error.instance):
            return self._left_empty(error, path, typed_empty(error.instance)), False, path
        if not fix and unfilled(error.instance):
            return self._unfilled(error, path, self._fill_in(path) or self._how_to_write(error, path))
        how = f"；{fix}" if fix else self._how_to_write(error, path)
        return f"{self.lead(error, path)}{value_words(error)}{how}", False, path

    def _format(self, error, path):
        """A `format` refused, followed by the `errorMessage` its author wrote for it, as a pattern's is: the
        editor squiggles it with those words, and validate said only its own. No description after it: the
        format's name already says how to write the value."""
        return f"{self.lead(error, path)}{value_words(error)}{self._authors_message(error, path)}", False, path

    def _minLength(self, error, path):
        """An empty text where one is needed: `“三级指标”：不能为空` said what is wrong, not what to write there (`_left_empty`
        says both). A text too short is told its count instead (`value_words`). A text of blanks alone, which the
        pattern VISIBLE_TEXT refuses (`asks_visible_text`), is told as an empty one: the form prints both as an empty
        cell. Blank is what that pattern refuses (`nothing_visible`): `str.strip` kept a U+FEFF, whose name got 不能为空
        alone."""
        if isinstance(error.instance, str) and nothing_visible(error.instance):
            return self._left_empty(error, path), False, path
        return self._fallback(error, path)

    def _fill_in(self, path: tuple) -> str:
        """`；请填写三级指标（具体的绩效指标名称），例如 举办活动场次`: what an empty text that must be filled in holds, by the
        field's own title, description and the example it gives (`fill_in`); "" for a field without a title."""
        said = field_fill_in(self.store.chain(self.file_name, path)[-1][1] if path else {})
        return f"；{said}" if said else ""

    def _how_to_write(self, error, path) -> str:
        """What the form's author says the value should look like (see `_authors_message`); else the field's
        description, unless it only repeats the field's title (`；联系电话` after 联系电话 told nothing). The
        description was said even where the author had written the message for this very mistake."""
        said = self._authors_message(error, path) if error.validator == "pattern" else ""
        if said:
            return said
        field = self.store.chain(self.file_name, path)[-1][1] if path else {}
        described = field.get("description", "")
        described = described.strip() if isinstance(described, str) else ""
        return f"；{described}" if described and described.rstrip("。") != self.title(path) else ""

    def _authors_message(self, error, path) -> str:
        """`；` and the message the form's author wrote for the keyword that refused the value: a pattern's
        `patternErrorMessage`, then the `errorMessage` (the editor's order, so validate says what the squiggle
        says), the field's own winning over a `$ref`'s target as in the editor; "" when none is written."""
        field = self.store.chain(self.file_name, path)[-1][1] if path else {}
        holders = [field, error.schema] if field.get(error.validator) == error.validator_value else [error.schema]
        keys = ("patternErrorMessage", "errorMessage") if error.validator == "pattern" else ("errorMessage",)
        for key in keys:
            said = next((node[key].strip() for node in holders if isinstance(node.get(key), str) and node[key].strip()), "")
            if said:
                return f"；{said}"
        return ""

    def _key(self, error, path):
        """A field's name `propertyNames` refuses: located at the key, which is the value judged."""
        return f"{self.lead(error, path)}{value_words(error)}", True, path + (error.instance,)

    def _not(self, error, path):
        """`not: {required: [x]}` says a field must not be written: said at that field, as an unknown one is.
        A rule no words say (`not: {pattern: …}`) is followed by the field's description, as a pattern is."""
        bound = error.validator_value
        keys = forbidden_together(bound)
        if not keys or not isinstance(error.instance, dict):
            return self._fallback(error, path) if rule_words(bound) else self._pattern(error, path)
        named = "和".join(f"“{key}”（{self.title(path + (key,))}）" for key in keys)
        return (f"{self.lead(error, path)}不能{'同时' if len(keys) > 1 else ''}写{named}，请删去"
                f"{'其中一个' if len(keys) > 1 else '这一行'}", True, path + (keys[-1],))

    def _false(self, error, path):
        """A `false` schema refuses any value. jsonschema reports it at the mapping or list holding the value
        (at the mapping itself for `dependentSchemas`), its schema path ending at the keyword that holds the
        `false`: the fields refused are those that keyword gives `false` and the holder has, told by the
        schema (by the value alone, another field's same null, "" or 1 hid which). A field the form forbids
        is said at its key, an item at the item."""
        steps = list(error.absolute_schema_path)
        holder = datapath.get(self.spec.data, path)
        keyword = steps[-1] if steps else ""
        places = false_places(schema_at(self.store.validator(self.file_name).schema, steps), keyword, holder)
        if not places:
            return self._fallback(error, path)
        if isinstance(holder, dict):
            lead = self.lead(error, path)
            return [(f"{lead}表样不允许写“{key}”，请删去这一行", True, path + (key,)) for key in places]
        return [(f"{self.name(path + (n,))}：表样不允许这里有这一项，请删去它", False, path + (n,)) for n in places]

    def _items(self, error, path):
        """Items past those a list may hold (`items: false` after `prefixItems`): located at the first of them."""
        allowed = error.schema.get("prefixItems", [])
        first = path + (len(allowed),) if isinstance(allowed, list) and len(allowed) < len(error.instance) else path
        message, at_key, path = self._fallback(error, path)
        return message, at_key, path, first

    _unevaluatedItems = _items

    def _minimum(self, error, path):
        """A number below its floor, said as `_fallback` says it, and what to write where the slip shows: a year
        typed with fewer than four digits (`_year_fix`), a negative amount (the minus taken out: no line
        of a form is negative, a cut is written as the smaller amount)."""
        message, at_key, path = self._fallback(error, path)
        value = error.instance
        year_fix = self._year_fix(path, self._typed(path, value)) if isinstance(value, int) else None
        if year_fix:
            message += f"；{year_fix}"
        elif error.validator_value == 0 and self._typed(path, value).startswith("-"):  # -0.00 too, which was printed
            typed = self._typed(path, value)[1:]
            message += f"；金额不写负号，请写成 {typed}" if self.store.refers_to(self.file_name, path, AMOUNT) \
                else f"；请去掉负号，写成 {typed}"
        return message, at_key, path

    def _year_fix(self, path: tuple, typed: str, quoted: bool = False) -> str | None:
        """What to write for a 年度 typed with fewer than four digits (`23`, or `"23"` quoted), None for any other
        value or field. Two digits are offered as the year they stand for (23 → 2023) only when the schema takes
        it and it is within ten years of this one: `99` and `3` offered 2099 and 2003, and a quoted "23" was told
        to write 23, which the schema refuses in turn."""
        if not re.fullmatch(r"[0-9]{1,3}", typed) or not self.store.refers_to(self.file_name, path, YEAR):
            return None
        node = self.store.node_at(self.file_name, path)
        year = 2000 + int(typed)
        likely = (len(typed) == 2 and node.get("minimum", year) <= year <= node.get("maximum", year)
                  and abs(year - date.today().year) <= 10)
        unquoted = "数字不要加引号，" if quoted else ""
        return f"{unquoted}年度请写四位数字，如 {year}" if likely else f"{unquoted}年度请写四位数字的预算年度"

    def _fallback(self, error, path):
        """The field's name, then what is wrong with its value (`value_words`), naming the fields a rule
        (`not`, `contains`) is about by their titles."""
        return f"{self.lead(error, path)}{value_words(error, lambda steps: self.title(path + steps))}", False, path


def is_indicator_value(field: object) -> bool:
    """Whether a field's schema marks it as one of an indicator row's values (`x-jixiao-kind: indicator-value`: 指标值,
    年度指标值, 上年指标值), what the form prints as a target, not the row's other text (绩效指标描述). The schema says
    it, not the key: a variant names its value columns as its form does (`value`, `half_year_value`, a unit's own
    `target`), and a copied form gets the hints by its schema alone."""
    return isinstance(field, dict) and field.get("x-jixiao-kind") == "indicator-value"


def _emptied(data: Any) -> Any:
    """`data` with every null written "" instead (a new structure; `data` is left as it is)."""
    if isinstance(data, dict):
        return {key: _emptied(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_emptied(value) for value in data]
    return "" if data is None else data


def schema_errors(store: SchemaStore, file_name: str, data) -> list:
    """jsonschema's errors of `data` (unfolded: see `_unfolded`), which schema_problems says and refused_places reads:
    validate hands the one list to both, and a refused spec is validated once, not once for each."""
    validator = store.validator(file_name)
    return _unfolded(validator.iter_errors(data), validator)


def schema_problems(store: SchemaStore, file_name: str, spec, field_name: Callable[[tuple], str] | None = None,
                    errors: list | None = None, parts: ValueParts = ValueParts()) -> list[Problem]:
    """All schema errors of one loaded spec, located and in Chinese, sorted by position: one per mistake.
    `field_name` names a field as the rules do (RuleContext.field_name: a spec's indicator row by its 三级 name too),
    so that one row is named one way in validate's report; without it, by SchemaStore.field_name. `errors` are the
    spec's `schema_errors`, found here when not given; `parts`, the columns the form splits its indicator values
    into, which the hint for a bare number in a value cell writes around.
    The values and keys the messages quote were typed by the author: their invisible and control characters are
    shown as ▯ (shown_name), as lint quotes them, so a U+202E in a 一级指标 cannot flip the rest of the line."""
    translate = _Translator(store, file_name, spec, field_name, parts)
    misindented = Misindented(store, file_name, spec, translate.name)
    errors = _missing_once(schema_errors(store, file_name, spec.data) if errors is None else errors)
    misplaced = misindented.misplaced_items(errors)
    moved = misindented.moved_fields(errors)
    typed_out = {unknown for covered, _ in moved.values() for unknown in covered}
    said = [p for e in errors if not translate.said_by_unknown_key(e) and not _about_fields_of(e, misplaced)
            and _missing_field(e) not in moved for p in translate(e)
            if p.code not in _UNKNOWN_FIELD or p.path not in typed_out]
    found = _one_per_value([*misplaced.values(), *(problem for _, problem in moved.values()), *said])
    found = one_per_blank_item(found, spec, translate.name, translate.title, _UNKNOWN_FIELD, _ABOUT_FIELDS)
    return sorted(replace(problem, message=shown_name(problem.message)) for problem in found)


def refused_places(errors: list) -> frozenset[tuple]:
    """The paths of the values a spec's schema refused (by its `schema_errors`), each with all it holds: a value of
    the wrong type or out of its choices, a field the schema does not declare (or a key `propertyNames` refuses), a
    mapping a rule on its fields together refused (`not`, `oneOf`, a `false` branch). A mapping or list said only to
    lack a field or to hold too many or too few items is not refused: its values are as typed and may be read one by
    one. validate runs the rules that read one value at a time (rules.registry.ONE_VALUE) over the values outside
    these, so a value the schema already speaks of (`basic: “610.85”`, text in an amount) is not spoken of twice, and a
    rule never reads a field the schema does not declare."""
    places = set()
    for error in errors:
        path = tuple(error.absolute_path)
        unknown = undeclared(error) if error.validator in ("additionalProperties", "unevaluatedProperties") else []
        if unknown:
            places.update(path + (key,) for key in unknown)
        elif "propertyNames" in error.absolute_schema_path:
            places.add(path + (error.instance,))
        elif error.validator not in _ABOUT_THE_HOLDER:
            places.add(path)
    return frozenset(places)


_ABOUT_THE_HOLDER = frozenset({"required", "dependentRequired", "minProperties", "maxProperties", "minItems",
                               "maxItems", "uniqueItems", "contains", "minContains", "maxContains"})
"""Keywords whose errors are about the fields or items a mapping or list holds, not about any value it holds."""


def _unfolded(errors, validator) -> list:
    """The errors, with an `unevaluatedProperties: {schema}` one replaced by those of each value it refused
    under that schema, as jsonschema reports them for `additionalProperties: {schema}`: it names the fields
    only ('b' was unevaluated and invalid), which was said as 未知字段 of a field allowed but mistyped."""
    unfolded = []
    for error in errors:
        inner = _refused_values(error, validator) if error.validator == "unevaluatedProperties" else []
        unfolded += inner or [error]
    return unfolded


def _refused_values(error, validator) -> list:
    """The errors of the values an `unevaluatedProperties: {schema}` error refused, each at its field
    (a child of the error); none where that schema is `false` or refers to what cannot be looked up from here."""
    from referencing.exceptions import Unresolvable

    named = set(undeclared(error))
    if error.validator_value is False or not isinstance(error.instance, dict) or not named:
        return []
    try:
        found = [inner for key, value in error.instance.items() if str(key) in named
                 for inner in validator.descend(value, error.validator_value, path=key)]
    except Unresolvable:
        return []
    for inner in found:
        inner.parent = error
    return found


def _missing_once(errors) -> list:
    """The errors, with a field missing for several reasons told once: `required`, and required too once
    another field is written (dependentRequired, dependentSchemas) or under an `if`, is one mistake. The
    plainest reason stays: the one nearest the top of the schema."""
    errors = list(errors)
    plainest: dict[tuple, Any] = {}
    for error in errors:
        place = _missing_field(error)
        depth = len(error.absolute_schema_path)
        if place and (place not in plainest or depth < len(plainest[place].absolute_schema_path)):
            plainest[place] = error
    return [error for error in errors if not _missing_field(error) or plainest[_missing_field(error)] is error]


def _missing_field(error) -> tuple | None:
    """(path of the mapping, key) of the field a `required` or `dependentRequired` error says is missing."""
    if error.validator == "required":
        return tuple(error.absolute_path), required_key(error)
    if error.validator == "dependentRequired":
        return tuple(error.absolute_path), dependency(error)[1]
    return None


def _about_fields_of(error, items: dict) -> bool:
    """Whether an error is a missing or unknown field of one of `items`, which one message already explains."""
    return error.validator in ("required", "additionalProperties") and tuple(error.absolute_path) in items


_UNKNOWN_FIELD = frozenset({"SCHEMA-ADDITIONALPROPERTIES", "SCHEMA-UNEVALUATEDPROPERTIES"})
_ABOUT_FIELDS = frozenset({"SCHEMA-REQUIRED", "SCHEMA-DEPENDENTREQUIRED", *_UNKNOWN_FIELD})


def _one_per_value(problems) -> list[Problem]:
    """One problem for a value that fails several checks: an empty 一级指标 is not a list of options and
    is empty and is not text, which is one mistake. The list of options says most, so it is kept."""
    kept: dict[tuple, Problem] = {}
    for problem in problems:
        about_fields = problem.code in _ABOUT_FIELDS  # each field its own
        place = (problem.line, problem.column, problem.path, problem.message if about_fields else "")
        if place not in kept or problem.code == "SCHEMA-ENUM":
            kept[place] = problem
    return list(kept.values())


def _opens_block(node: dict) -> bool:
    """Whether a field is written as a block of lines under its key (a list or a group of fields), which a line
    to add after it must go below all of."""
    return bool(types_of(node) & {"object", "array"})


def _chosen_under(error, key: str, node: dict) -> dict:
    """A missing field's schema with the choices an if/then branch of its mapping gives it for what the
    mapping holds (二级指标 under the 一级指标 written), so the line to add names them: its own schema
    says only text, and the "" offered for empty text is then refused as not one of them."""
    branches = error.schema.get("allOf") if isinstance(error.schema, dict) else None
    for branch in branches if isinstance(branches, list) and isinstance(error.instance, dict) else []:
        named = condition_of(branch)
        if named and named[0] in error.instance and error.instance[named[0]] == named[1] and then_enum(branch, key):
            return {**node, "enum": then_enum(branch, key)}
    return node


def _stands_for(key: str, missing: str, present, titles: dict[str, str], required) -> bool:
    """Whether an unknown `key` beside the fields `present` is their `missing` one: typed in full width, misspelt, or
    as its Chinese title (as meant_key reads it, the mapping's `required` fields preferred). A paper form's note of the
    unit money is in (`单位: 万元`, unit_note) stands for no field: `unit` missing beside it is said missing."""
    if unit_note(key, present.get(key)):
        return False
    return key == missing or half_width(key) == missing or meant_key(key, present, titles, required) == missing
