"""Lint settings are data, in three layers: defaults in the rules, the variant's profile, the project.

1. Each rule declares its default severity and parameters (`@rule(..., floor=85)`).
2. `templates/<form>/profile.yaml` may carry a `lint:` block: facts about the form that rules need
   (which columns hold values and for which period, where the targets and tasks are, which lists the form numbers,
   category aliases, the budget a list's cost caps answer to, the unit's headcount and 基本支出, extra arithmetic) and
   `rules:` settings for that form.
3. A project's `jixiao.yaml` (found and read by project.py, or named by `--config`) may carry
   `lint: {rules: ...}`, applied over every form.

A rule is named by its id in either case (`d5` is D5). A rule setting is `false`/`true` (disable/enable), a
severity (`error`/`warning`/`info`, or 错误/警告/提示), or a mapping with `enabled`, `severity` and the rule's parameters.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..filled_text import fold
from ..problems import Severity, code_key
from ..rules import shown_name
from ..schema import describe

SEVERITY_WORDS = {
    "error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO,
    "错误": Severity.ERROR, "警告": Severity.WARNING, "提示": Severity.INFO,
}
DEFAULT_FACTS: dict[str, Any] = {
    "aliases": {},
    "values": [{"key": "value", "period": "year"}],
    "targets": [],
    "numbered": [],
    "tasks": [],
    "cost_budget": [],
    "staff": None,
    "columns": {},
    "sums": [],
}


def value_columns(profile: dict) -> list[dict]:
    """A form's indicator value columns (`lint.values` in its profile: key and period), else the one `value`."""
    return (profile.get("lint") or {}).get("values", DEFAULT_FACTS["values"])


def category_aliases(profile: dict) -> dict[str, str]:
    """A form's own names for the national categories (`lint.aliases`: 完成指标 for 产出指标), keys folded as names are."""
    return {fold(name): category for name, category in ((profile.get("lint") or {}).get("aliases") or {}).items()}


PRIOR_VALUE = "prior_value"
"""An indicator row's 上年指标值 (never printed): D6 compares the year's target with it, `new --from` fills it
with last year's target, and diff does not list it filled in so."""


def year_column(columns: list[dict]) -> str:
    """The value column that holds the year's target (the only one on single-column forms): what D6 compares
    with 上年指标值, what cost caps are read from, and what `new --from` carries into 上年指标值."""
    return next((c["key"] for c in columns if c.get("period", "year") == "year"), columns[0]["key"])


class ConfigError(Exception):
    """A setting that names no rule, no parameter, or has the wrong type or a number past its bounds; the message is for the user.

    `path` is where the setting is under `rules:` and `key` whether its key (rather than its value) is
    at fault, so a caller that kept positions can say file:line:column. The keys and values it quotes were typed
    (or pasted) into jixiao.yaml or a profile: their invisible and control characters are shown as ▯ (shown_name),
    as validate and the rest of lint quote a spec's, so a U+202E in a rule's name cannot flip the rest of the line.
    """

    def __init__(self, message: str, path: tuple = (), key: bool = False):
        super().__init__(shown_name(message))
        self.path, self.key = path, key


@dataclass
class Setting:
    """One rule's effective setting; `graded` when a configuration chose the severity."""

    enabled: bool
    severity: Severity
    params: dict[str, Any]
    graded: bool = False


@dataclass
class LintConfig:
    facts: dict[str, Any]
    settings: dict[str, Setting] = field(default_factory=dict)

    def enabled(self, rule_id: str) -> bool:
        return self.settings[rule_id].enabled


def _number(value: Any) -> bool:
    """Whether a parameter is a number: unlike a spec's values (`typed_numbers.is_number`), a rule's default is a
    Python literal and may be a float (D8's `share=0.67`), so a float is a number here too."""
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _param(rule, rule_id: str, name: str, value: Any) -> Any:
    """The parameter value checked against the type of its default and a number against the rule's bounds;
    `rule_id` as the setting writes it (`b10`), so a wrong value is located at it rather than at the rule."""
    default = rule.params[name]
    if isinstance(default, bool):
        value = _flag(f"规则 {rule.id} 的参数“{name}”", value, (rule_id, name))
    elif _number(default):
        if not _number(value):
            raise ConfigError(f"规则 {rule.id} 的参数“{name}”应为数字，实际是{describe(value)}{_as_typed(rule, name, value)}",
                              (rule_id, name))
        value = Decimal(str(value))
        bounds = _out_of_bounds(rule, name, value)
        if bounds:
            raise ConfigError(f"规则 {rule.id} 的参数“{name}”{bounds}", (rule_id, name))
    elif isinstance(default, (list, tuple)):
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"规则 {rule.id} 的参数“{name}”应为文字的列表，实际是{describe(value)}", (rule_id, name))
        value = tuple(value)
    elif not isinstance(value, str):
        raise ConfigError(f"规则 {rule.id} 的参数“{name}”应为文字，实际是{describe(value)}", (rule_id, name))
    return value


_FLAG_WORDS = {"true": "true", "false": "false", "yes": "true", "no": "false", "on": "true", "off": "false",
               "y": "true", "n": "false"}
"""The words YAML 1.1 read as true/false, text to YAML 1.2 as jixiao reads: said as the true or false meant."""


def _flag(what: str, value: Any, path: tuple) -> bool:
    """A true/false setting as written: a quoted "false" (or a 0) is refused, not read as Python's truth of it
    (`enabled: "false"` switched the rule on); `no` or `off`, which older YAML read as false, is told to write it."""
    if isinstance(value, bool):
        return value
    word = _FLAG_WORDS.get(value.strip().lower()) if isinstance(value, str) else None
    hint = f"；请写成不加引号的 {word}" if word else ""
    raise ConfigError(f"{what}应为 true 或 false，实际是{describe(value)}{hint}", path)


def _out_of_bounds(rule, name: str, value: Decimal) -> str:
    """What a number parameter should be and is, when `value` is past the bounds the rule declares; else ""."""
    wanted = _bounds_wanted(rule, name, value)
    if not wanted:
        return ""
    said = f"{wanted}，实际是 {value}"
    if _percent_for_share(rule, name, value):
        said += f"；这是比例，{value}% 请写成 {value / 100:f}"
    return said


def _bounds_wanted(rule, name: str, value: Decimal) -> str:
    """Where a number parameter must lie (`应在 0 到 1 之间`, `应大于 0`), when `value` does not; else ""."""
    least, most, above = rule.minimums.get(name), rule.maximums.get(name), rule.above.get(name)
    if ((least is None or value >= least) and (most is None or value <= most)
            and (above is None or value > above)):
        return ""
    if least is not None and most is not None:
        return f"应在 {least} 到 {most} 之间"
    low = f"大于 {above}" if above is not None else f"不小于 {least}" if least is not None else ""
    high = f"不大于 {most}" if most is not None else ""
    return "应" + " 且".join(filter(None, (low, high)))


def _percent_for_share(rule, name: str, number: Decimal) -> bool:
    """Whether a share's parameter (at most 1) was given a whole percentage, 80 for 0.8 (not 1.2, a slip), and the
    share it means is one the rule takes: advice that is refused in turn is worse than none."""
    return (rule.maximums.get(name) == 1 and 1 < number <= 100 and number == number.to_integral_value()
            and not _bounds_wanted(rule, name, number / 100))


def _as_typed(rule, name: str, value: Any) -> str:
    """How to write a number typed as text: quoted ("0.9"), with a percent sign ("80%", a share or a percentage), in
    exponent form (`1e3`, which YAML 1.2 reads as text) or in full-width digits; "" for text that is no number."""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    most = rule.maximums.get(name)
    percent = text[-1:] in ("%", "％") and most in (1, 100)
    try:
        number = Decimal(text[:-1] if percent else text)
    except InvalidOperation:
        return ""
    if not number.is_finite() or abs(number.adjusted()) > 20:  # written out, 1e999999999 would be a billion digits
        return ""
    if most == 1 and (percent or _percent_for_share(rule, name, number)):
        number /= 100
    wanted = _bounds_wanted(rule, name, number)
    if wanted:  # -1e5 for a share: no number to suggest, only where it must lie
        return f"；数字不加引号，{wanted}"
    return f"；请写成不加引号的数字 {number:f}"  # `:f`: 1000 for 1e3, never 1E+3


def _severity(path: tuple, rule_id: str, value: Any) -> Severity:
    if not isinstance(value, str) or value not in SEVERITY_WORDS:  # a list or mapping is no key of the words
        shown = f"“{value}”" if isinstance(value, str) else describe(value)
        raise ConfigError(f"规则 {rule_id} 的级别{shown}不可用；应为 error、warning 或 info（错误、警告、提示）", path)
    return SEVERITY_WORDS[value]


def wrong_settings(catalogue: dict, rules: Any) -> list[ConfigError]:
    """The wrong settings in one layer of `rules:`, each with its place under `rules:`, in the order written:
    for a reader that keeps positions of its own and reports Problems (a profile, jixiao.yaml).

    What reading jixiao.yaml checks, for every command: a misspelt rule there passed validate, build and
    the pre-commit hook, and stopped only CI's lint step, later."""
    return _apply(catalogue, _defaults(catalogue), rules)


def _apply(catalogue: dict, settings: dict[str, Setting], rules: Any) -> list[ConfigError]:
    """Apply the settings that are right; the ones that are not, in the order written."""
    if rules is None:
        return []
    if not isinstance(rules, dict):
        return [ConfigError("rules 应是“规则编号: 设置”的映射")]
    mistakes = []
    for written, value in rules.items():
        rule = catalogue.get(code_key(written))
        if rule is None:
            mistakes.append(ConfigError(f"没有规则“{written}”；可用的规则：{'、'.join(catalogue)}", (written,), key=True))
            continue
        items = value.items() if isinstance(value, dict) else [(None, value)]
        for name, item in items:
            try:
                _set(rule, written, settings[rule.id], name, item)
            except ConfigError as exc:
                mistakes.append(exc)
    return mistakes


def _set(rule, written: str, setting: Setting, name: str | None, value: Any) -> None:
    """Apply a rule's whole setting (`name` None) or one entry of its mapping."""
    if name is None and isinstance(value, bool):
        setting.enabled = value
    elif name is None and isinstance(value, str):
        setting.severity, setting.graded, setting.enabled = _severity((written,), rule.id, value), True, True
    elif name is None:
        raise ConfigError(f"规则 {rule.id} 的设置应为 true/false、级别或映射，实际是{describe(value)}", (written,))
    elif name == "enabled":
        setting.enabled = _flag(f"规则 {rule.id} 的“enabled”", value, (written, name))
    elif name == "severity":
        setting.severity, setting.graded = _severity((written, name), rule.id, value), True
    elif name in rule.params:
        setting.params[name] = _param(rule, written, name, value)
    else:
        known = "、".join(["enabled", "severity", *rule.params])
        raise ConfigError(f"规则 {rule.id} 没有参数“{name}”；可用的参数：{known}", (written, name), key=True)


def _defaults(catalogue: dict) -> dict[str, Setting]:
    """Each rule's own setting: enabled, its declared severity and parameters."""
    return {
        rule.id: Setting(True, rule.severity, {k: tuple(v) if isinstance(v, list) else v for k, v in rule.params.items()})
        for rule in catalogue.values()
    }


def build(catalogue: dict, profile_lint: dict | None, project_rules: dict | None = None) -> LintConfig:
    """The effective settings for one variant: defaults, then its profile, then the project file.

    Both layers were judged when their files were read (profile.read, project.read), each mistake
    reported there, located, and stopping every command alike; lint does not judge them again in a
    form of its own. A mistake found here is a bug in jixiao, raised as one."""
    profile_lint = profile_lint or {}
    facts = {**DEFAULT_FACTS, **{k: v for k, v in profile_lint.items() if k != "rules"}}
    settings = _defaults(catalogue)
    for rules in (profile_lint.get("rules"), project_rules):
        found = _apply(catalogue, settings, rules)
        if found:
            raise ConfigError("\n".join(str(m) for m in found))
    return LintConfig(facts, settings)
