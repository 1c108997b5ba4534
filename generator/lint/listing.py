"""`jixiao lint --rules`: the catalogue as a table (text), JSON, or a Markdown table.

Outside a project it lists each rule's default level and parameters. Inside one it lists what `lint` will
check there: the level and parameters after the project's jixiao.yaml, each change noted beside the rule
(“（jixiao.yaml：级别由 警告 改为 提示）”), and where a form's own profile.yaml makes that form differ from
the rest, a note naming the form: the listing is one table, so a per-form difference is said, not tabled.
Where jixiao.yaml wins over what a form's profile.yaml sets, that is said too: the value in effect alone
read as the default, or as jixiao.yaml's doing only where it differs from the default.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..rules.registry import ERRORS_ONLY
from ..silence import ACROSS_SPECS
from ..validate import OWN_CODES
from . import RULES
from .config import Setting, build

OFF = "关闭"


@dataclass
class InEffect:
    """What a project makes of the catalogue: `settings` after jixiao.yaml (`file`), and for each rule the
    forms whose profile.yaml sets it otherwise, with their setting (`forms[rule id][form name]`), and the
    forms whose profile.yaml sets it at all, with that layer alone over the defaults (`profiles`)."""

    file: Path
    settings: dict[str, Setting]
    defaults: dict[str, Setting]
    forms: dict[str, dict[str, Setting]] = field(default_factory=dict)
    profiles: dict[str, dict[str, Setting]] = field(default_factory=dict)


def in_effect(linter) -> InEffect:
    """The settings `linter` (a lint.run.Linter over the project's forms) applies: its project's jixiao.yaml
    over the defaults, and per form, its profile's too, as it builds them when it lints a spec of that form."""
    settings = build(RULES, None, linter.project.rules).settings
    defaults = build(RULES, None).settings
    catalog = linter.validator.catalog
    forms: dict[str, dict[str, Setting]] = {}
    profiles: dict[str, dict[str, Setting]] = {}
    for name in catalog.names():
        variant = catalog.get(name)
        for rule_id, setting in linter.config_for(variant).settings.items():
            if _changes(settings[rule_id], setting):
                forms.setdefault(rule_id, {})[name] = setting
        for rule_id, setting in build(RULES, variant.profile.get("lint")).settings.items():
            if _changes(defaults[rule_id], setting):
                profiles.setdefault(rule_id, {})[name] = setting
    return InEffect(linter.project.file, settings, defaults, forms, profiles)


def _value(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (list, tuple)):
        return "、".join(value[:4]) + ("…" if len(value) > 4 else "")
    return str(value)


def _same(before, after) -> bool:
    """Whether a setting leaves a parameter as it was: `floor: 85.0` in jixiao.yaml (read as a Decimal) is the 85."""
    if isinstance(before, (int, float, Decimal)) and not isinstance(before, bool) and not isinstance(after, bool):
        return Decimal(str(before)) == Decimal(str(after))
    return before == after


def _params(params: dict) -> str:
    return "；".join(f"{name}={_value(value)}" for name, value in params.items())


def _level(setting: Setting) -> str:
    return setting.severity.label if setting.enabled else OFF


def _changes(before: Setting, after: Setting) -> str:
    """What `after` changes in `before`, in Chinese (“级别由 警告 改为 提示，floor 由 85 改为 90”), or ""."""
    if before.enabled != after.enabled:
        return OFF if not after.enabled else f"开启（{after.severity.label}）"
    if not after.enabled:
        return ""
    said = [f"级别由 {before.severity.label} 改为 {after.severity.label}"] if before.severity != after.severity else []
    said += [_changed(name, before.params[name], value)
             for name, value in after.params.items() if not _same(before.params[name], value)]
    return "，".join(said)


def _changed(name: str, before, after) -> str:
    """One parameter's change: a list's by the words added and taken out (its first four, shown, may not change)."""
    if not isinstance(before, (list, tuple)):
        return f"{name} 由 {_value(before)} 改为 {_value(after)}"
    added, dropped = [w for w in after if w not in before], [w for w in before if w not in after]
    said = [f"{verb} {_value(words)}" + (f"（共 {len(words)} 项）" if len(words) > 4 else "")
            for verb, words in (("加上", added), ("去掉", dropped)) if words]
    return f"{name} {'，'.join(said) if said else '改了次序'}"


def _overridden(default: Setting, profile: Setting, final: Setting) -> str:
    """What a form's profile.yaml sets in a rule that jixiao.yaml sets otherwise (“关闭”, “级别 错误”,
    “accept_grades=true”), or "". A rule jixiao.yaml turns off has no level or parameters to win over."""
    said = [("关闭" if not profile.enabled else "开启")] if default.enabled != profile.enabled != final.enabled else []
    if not (profile.enabled and final.enabled):
        return "、".join(said)
    if default.severity != profile.severity != final.severity:
        said.append(f"级别 {profile.severity.label}")
    said += [f"{name}={_value(value)}" for name, value in profile.params.items()
             if not _same(default.params[name], value) and not _same(final.params[name], value)]
    return "、".join(said)


def _note(rule, effect: InEffect | None) -> str:
    """What the project file and the forms change in `rule`, e.g. “jixiao.yaml：关闭；表样 某表 的 profile.yaml：…”."""
    if effect is None:
        return ""
    setting = effect.settings[rule.id]
    notes = [f"{effect.file.name}：{said}" for said in [_changes(effect.defaults[rule.id], setting)] if said]
    by_change: dict[str, list[str]] = {}
    for form, own in effect.forms.get(rule.id, {}).items():
        by_change.setdefault(_changes(setting, own), []).append(form)
    notes += [f"表样 {'、'.join(forms)} 的 profile.yaml：{said}" for said, forms in by_change.items()]
    by_override: dict[str, list[str]] = {}
    for form, own in effect.profiles.get(rule.id, {}).items():
        final = effect.forms.get(rule.id, {}).get(form, setting)
        said = _overridden(effect.defaults[rule.id], own, final)
        if said:
            by_override.setdefault(said, []).append(form)
    notes += [f"表样 {'、'.join(forms)} 的 profile.yaml 设为 {said}，{effect.file.name} 的设置优先"
              for said, forms in by_override.items()]
    return "；".join(notes)


def _summary(rule, effect: InEffect | None = None) -> str:
    """What a rule checks, its source, its parameters (those in effect) and what the project changed, in
    Chinese: the text listing's line and the JSON's `description` (the rule's docstring is for developers)."""
    params = effect.settings[rule.id].params if effect else rule.params
    shown = f"  参数：{_params(params)}" if params else ""
    note = _note(rule, effect)
    return f"{rule.title}  —— 依据：{rule.source}{shown}" + (f"（{note}）" if note else "")


SILENCING = ("规格中某一行写 # jixiao: disable=编号 可屏蔽该行的这条规则（多条用逗号或空格分隔；空格后不是已有编号的词起是说明）；validate 的警告也可这样屏蔽："
             f"{'、'.join(sorted(OWN_CODES - ERRORS_ONLY | {ACROSS_SPECS}))}（DATE-YEAR 只屏蔽它的警告，即日期写法与表上不同；日期不对是错误。"
             "TEXT-NUMBER 也只屏蔽警告；科学计数法丢了后几位数字是错误。TEXT-QUOTES 也一样；不能为空的一栏只写了一对引号（“”）是错误。"
             "SPEC-NAME-TAKEN 写在后几份的 unit: 一行，build 也就不再给出 "
             "BUILD-NAME-TAKEN；照 build 的报告写 BUILD-NAME-TAKEN 也一样）。"
             f"validate 的错误（如 {'、'.join(sorted(ERRORS_ONLY))} 和 schema、YAML 的错误）不能屏蔽：有错误的规格不能生成表。")
"""What the text listing says of `# jixiao: disable=`: which codes it takes, validate's warnings among them and the
one weighed over several specs (see silence)."""


def as_text(effect: InEffect | None = None) -> str:
    lines = [f"{rule.id:<4} {_level(effect.settings[rule.id]) if effect else rule.severity.label}  {_summary(rule, effect)}"
             for rule in RULES.values()]
    if effect is None:
        lines.append(f"共 {len(RULES)} 条规则。表样的 profile.yaml（lint: rules:）和项目的 jixiao.yaml 可以关闭、调整级别或参数；"
                     f"{SILENCING}")
    else:
        lines.append(f"共 {len(RULES)} 条规则，级别和参数是本项目（{effect.file}）生效的设置，括号里写明 {effect.file.name} "
                     f"和各表样的 profile.yaml 改了什么；{SILENCING}")
    return "\n".join(lines)


def _json_value(value):
    """A parameter as JSON writes it: a list for a tuple, a number for the Decimal a setting was read as."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _json_params(params: dict) -> dict:
    return {k: _json_value(v) for k, v in params.items()}


def _json_setting(setting: Setting) -> dict:
    return {"enabled": setting.enabled, "severity": setting.severity.value, "params": _json_params(setting.params)}


def _as_dict(rule, effect: InEffect | None) -> dict:
    listed = {"id": rule.id, "severity": rule.severity.value, "title": rule.title, "source": rule.source,
              "params": _json_params(rule.params), "description": _summary(rule, effect)}
    if effect is not None:  # the level and parameters in effect, the defaults beside them, and forms that differ
        listed.update(_json_setting(effect.settings[rule.id]), default=_json_setting(effect.defaults[rule.id]),
                      forms={form: _json_setting(own) for form, own in effect.forms.get(rule.id, {}).items()})
    return listed


def as_json(effect: InEffect | None = None) -> str:
    return json.dumps([_as_dict(r, effect) for r in RULES.values()], ensure_ascii=False, indent=2)


def as_markdown(effect: InEffect | None = None) -> str:
    if effect is None:
        rows = [f"| `{r.id}` | {r.severity.label} | {r.title} | {r.source} | {_params(r.params)} |" for r in RULES.values()]
        return "\n".join(["| 规则 | 默认级别 | 检查 | 依据 | 参数 |", "|---|---|---|---|---|", *rows])
    rows = [f"| `{r.id}` | {_level(effect.settings[r.id])} | {r.title} | {r.source} | {_params(effect.settings[r.id].params)} "
            f"| {_note(r, effect)} |" for r in RULES.values()]
    return "\n".join(["| 规则 | 级别 | 检查 | 依据 | 参数 | 本项目的改动 |", "|---|---|---|---|---|---|", *rows])


# `lint --rules --format github`: a list of rules is no finding to annotate, so it is the text listing.
LISTINGS = {"text": as_text, "json": as_json, "markdown": as_markdown, "github": as_text}
