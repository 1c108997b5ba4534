"""What `jixiao lint` says of each spec `jixiao serve` previews: its advice in a panel above the form, on screen only.

The bureau rejects forms for what lint finds (a target no one can check, a 二级 missing, a comparator pointing the
wrong way), not for what validate finds; a clerk editing with the preview open saw validate's problems and build's
warnings there, and lint's only on running it in the terminal. lint's own entry point (lint.run's Linter, with the
project's jixiao.yaml settings and the spec's `# jixiao: disable=` comments) says it, as `lint --leave-to-validate`
would: validate's warnings are in the warnings panel above it already, and are counted apart. A spec with validate's
errors is not linted, as `lint` lints none that fails its schema, and its page shows those errors only.

Linted in the request that shows the form, once per rendering, from validate's check the rendering was made from (one
read of the file for both, so the advice is always the form's): on the five example specs, each saved again, lint took
11–22 ms (the rules) beside 15–36 ms to render (medians of five saves, CPU time, on a loaded machine); with a validation
of its own, which read the file again, it took 18–45 ms. Small beside the page's one-second poll; linted after, the page
would show advice of a save before the form's. The other specs' advice is kept as their renderings are
(`_keep_unchanged`), so the index counts each spec's once.
"""
from __future__ import annotations

import html
from dataclasses import dataclass, replace

from .errors import JixiaoError
from .lint.run import Linter
from .problems import Problem
from .project import read as read_project
from .report import as_html_list, counts
from .serve_panel import panel
from .validate import Checked

ADVICE_TITLE = "检查建议（jixiao lint）"
NOT_DONE = "检查出错，没能做完"


class PreviewLint:
    """The lint part of serve.Preview: each spec's advice (`advice`), kept while its rendering is.

    It reads the preview's state through the Preview it is part of (`render`, `watched`, `shown`, `said_of`,
    `failed`, `_renderer`, `_rendered`, `_checked`, `_lock`), and keeps the linter and the advice in attributes Preview.__init__
    starts (`_linter`, `_advised`)."""

    def advice(self, spec: str) -> Advice | None:
        """lint's advice on a spec, None when its rendering has errors (validate's, a template's): lint would say
        validate's again, which its page shows already. Kept with the rendering it was made beside (`_advised`), so it
        is made again whenever the spec is rendered again. Advice whose rendering was dropped is let go when new advice
        is made: a spec renamed or deleted held its last rendering's HTML there for as long as serve ran."""
        with self._lock:
            rendered = self.render(spec)
            if not rendered.ok:
                return None
            kept = self._advised.get(spec)
            if kept is None or kept[0] is not rendered:
                self._advised = {name: both for name, both in self._advised.items()
                                 if self._rendered.get(name) is both[0]}
                self._advised[spec] = kept = rendered, self._linted(self._checked.pop(spec))
            return kept[1]

    def _linted(self, checked: Checked) -> Advice:
        """lint's advice on a spec rendered without errors, from validate's check the rendering was made from
        (`Preview.render`): the file read again here, a save between the two reads showed the advice of one save
        above the form of another. A failure of lint's (a rule's bug, jixiao.yaml rewritten while it is read) is
        advice that says so, above the form, and the terminal is told of a bug as of serve's own: raised, it lost the
        form and the index to the 预览出错 page, which reloads each second and linted again."""
        try:
            own, theirs = self._linter_now().lint_after_validate(checked)
        except Exception as exc:  # noqa: BLE001 - lint's advice is an extra: the form is what the clerk came for
            return Advice([], 0, self.said_of(exc) if isinstance(exc, JixiaoError) else self.failed(exc))
        return Advice([replace(problem, file=self.shown(problem.file)) for problem in own], len(theirs))

    def _linter_now(self) -> Linter:
        """The linter of the renderer in use: made again with it (a change to a form, a schema or jixiao.yaml), since it
        holds the forms' lint settings and reads jixiao.yaml's, which `watched` found the renderer's forms through."""
        if self._linter is None or self._linter[0] is not self._renderer:
            project = read_project(self.watched.roots.project)
            self._linter = self._renderer, Linter(project=project, catalog=self._renderer.catalog)
        return self._linter[1]


@dataclass
class Advice:
    """lint's own findings of a spec (`own`), and how many problems validate reports that lint would say too (`left`),
    which the page shows among the form's warnings; or what stopped lint (`failed`), with no findings."""

    own: list[Problem]
    left: int
    failed: str = ""

    def said(self) -> str:
        """`检查建议（jixiao lint）：3 个警告，1 个提示`, as lint's summary counts them, the kinds with none left out as
        the index leaves them out (`advice_counts`)."""
        if self.failed:
            return f"{ADVICE_TITLE}：{NOT_DONE}，表样照常显示"
        return f"{ADVICE_TITLE}：{counts(self.own, zeros=False) if self.own else '没有发现问题'}"

    def note(self) -> str:
        """What the title's note says of the problems lint finds too that validate reports (`left`), which the
        warnings panel above lists: lint's summary says `（不含规格检查 jixiao validate 报告的 1 个问题）`, a command
        and a count the clerk had to match with the panel above."""
        return f"上面警告里的 {self.left} 个问题这里不再列出" if self.left else ""


def advice_panel(advice: Advice) -> str:
    """lint's advice above a form, on screen and never on paper, each finding as `lint` prints it, escaped; closed
    when long, then as the clerk left it (serve_panel.panel, as the warnings above it)."""
    found = (f'<p class="bad"><code>{html.escape(advice.failed)}</code></p>' if advice.failed
             else as_html_list(advice.own) if advice.own else "")
    return panel("jixiao-lint", ("#1a4a7a", "#eef5fc", "#9cc3e6"), advice.said(), found, len(advice.own), advice.note())


def advice_counts(advice: Advice | None) -> str:
    """A spec's advice as the index counts it (`检查建议：3 个警告，1 个提示`), "" when it has none or was not linted;
    lint's failure said as the panel says it."""
    if advice is not None and advice.failed:
        return f'<span class="bad">检查建议：{NOT_DONE}</span>'
    if advice is None or not advice.own:
        return ""
    bad = "bad" if any(problem.is_error for problem in advice.own) else "warn"
    return f'<span class="{bad}">检查建议：{counts(advice.own, zeros=False)}</span>'
