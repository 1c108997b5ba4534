"""Lint settings are data, in three layers: defaults in the rules, the variant's profile, the project.

1. Each rule declares its default severity and parameters (`@rule(..., floor=85)`).
2. `templates/<form>/profile.yaml` may carry a `lint:` block: facts about the form that rules need
   (which columns hold values and for which period, where the targets and tasks are, category aliases,
   the budget a list's cost caps answer to, extra arithmetic) and `rules:` settings for that form.
3. A project's `jixiao.yaml` (found and read by project.py, or named by `--config`) may carry
   `lint: {rules: ...}`, applied over every form.

A rule setting is `false`/`true` (disable/enable), a severity (`error`/`warning`/`info`, or
错误/警告/提示), or a mapping with `enabled`, `severity` and the rule's parameters.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..problems import Severity
from ..project import PROJECT_FILE

SEVERITY_WORDS = {
    "error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO,
    "错误": Severity.ERROR, "警告": Severity.WARNING, "提示": Severity.INFO,
}
DEFAULT_FACTS: dict[str, Any] = {
    "aliases": {},
    "values": [{"key": "value", "period": "year"}],
    "targets": [],
    "tasks": [],
    "cost_budget": [],
    "columns": {},
    "sums": [],
}


class ConfigError(Exception):
    """A setting that names no rule, no parameter, or has the wrong type; the message is for the user."""


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
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _param(origin: str, rule, name: str, value: Any) -> Any:
    """The parameter value checked against the type of its default."""
    default = rule.params[name]
    if isinstance(default, bool):
        ok = isinstance(value, bool)
        wanted = "true 或 false"
    elif _number(default):
        ok, wanted = _number(value), "数字"
        value = Decimal(str(value)) if ok else value
    elif isinstance(default, (list, tuple)):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        wanted = "文字的列表"
    else:
        ok, wanted = isinstance(value, str), "文字"
    if not ok:
        raise ConfigError(f"{origin}：规则 {rule.id} 的参数“{name}”应为{wanted}，实际是“{value}”")
    return tuple(value) if isinstance(default, (list, tuple)) else value


def _severity(origin: str, rule_id: str, value: Any) -> Severity:
    if value not in SEVERITY_WORDS:
        raise ConfigError(f"{origin}：规则 {rule_id} 的级别“{value}”不可用；应为 error、warning 或 info（错误、警告、提示）")
    return SEVERITY_WORDS[value]


def _apply(origin: str, catalogue: dict, settings: dict[str, Setting], rules: Any) -> None:
    if rules is None:
        return
    if not isinstance(rules, dict):
        raise ConfigError(f"{origin}：rules 应是“规则编号: 设置”的映射")
    for rule_id, value in rules.items():
        rule = catalogue.get(str(rule_id))
        if rule is None:
            raise ConfigError(f"{origin}：没有规则“{rule_id}”；可用的规则：{'、'.join(catalogue)}")
        setting = settings[rule.id]
        if isinstance(value, bool):
            setting.enabled = value
        elif isinstance(value, str):
            setting.severity, setting.graded, setting.enabled = _severity(origin, rule.id, value), True, True
        elif isinstance(value, dict):
            for name, item in value.items():
                if name == "enabled":
                    setting.enabled = bool(item)
                elif name == "severity":
                    setting.severity, setting.graded = _severity(origin, rule.id, item), True
                elif name in rule.params:
                    setting.params[name] = _param(origin, rule, name, item)
                else:
                    known = "、".join(["enabled", "severity", *rule.params])
                    raise ConfigError(f"{origin}：规则 {rule.id} 没有参数“{name}”；可用的参数：{known}")
        else:
            raise ConfigError(f"{origin}：规则 {rule.id} 的设置应为 true/false、级别或映射，实际是“{value}”")


def build(catalogue: dict, profile_lint: dict | None, profile_origin: str,
          project_rules: dict | None = None, project_origin: str = PROJECT_FILE) -> LintConfig:
    """The effective settings for one variant: defaults, then its profile, then the project file."""
    profile_lint = profile_lint or {}
    facts = {**DEFAULT_FACTS, **{k: v for k, v in profile_lint.items() if k != "rules"}}
    settings = {
        rule.id: Setting(True, rule.severity, {k: tuple(v) if isinstance(v, list) else v for k, v in rule.params.items()})
        for rule in catalogue.values()
    }
    _apply(profile_origin, catalogue, settings, profile_lint.get("rules"))
    _apply(project_origin, catalogue, settings, project_rules)
    return LintConfig(facts, settings)
