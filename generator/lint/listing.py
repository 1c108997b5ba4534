"""`jixiao lint --rules`: the catalogue as a table (text), JSON, or a Markdown table."""
from __future__ import annotations

import json

from . import RULES


def _params(rule) -> str:
    shown = []
    for name, value in rule.params.items():
        if isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, (list, tuple)):
            value = "、".join(value[:4]) + ("…" if len(value) > 4 else "")
        shown.append(f"{name}={value}")
    return "；".join(shown)


def _summary(rule) -> str:
    """What a rule checks, its source and its parameters, in Chinese: the text listing's line and the JSON's
    `description` (the rule's docstring is for developers, in English)."""
    params = f"  参数：{_params(rule)}" if rule.params else ""
    return f"{rule.title}  —— 依据：{rule.source}{params}"


def as_text() -> str:
    lines = [f"{rule.id:<4} {rule.severity.label}  {_summary(rule)}" for rule in RULES.values()]
    lines.append(f"共 {len(RULES)} 条规则。表样的 profile.yaml（lint: rules:）和项目的 jixiao.yaml 可以关闭、调整级别或参数；"
                 "规格中某一行写 # jixiao: disable=编号 可屏蔽该行的这条规则。")
    return "\n".join(lines)


def as_json() -> str:
    return json.dumps([{"id": r.id, "severity": r.severity.value, "title": r.title, "source": r.source,
                        "params": {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in r.params.items()},
                        "description": _summary(r)} for r in RULES.values()], ensure_ascii=False, indent=2)


def as_markdown() -> str:
    rows = [f"| `{r.id}` | {r.severity.label} | {r.title} | {r.source} | {_params(r)} |" for r in RULES.values()]
    return "\n".join(["| 规则 | 默认级别 | 检查 | 依据 | 参数 |", "|---|---|---|---|---|", *rows])


LISTINGS = {"text": as_text, "json": as_json, "markdown": as_markdown}
