"""The silences a diff (diff) reports: a rule silenced, no longer silenced, or silenced for another reason by a
`# jixiao: disable=` comment, followed to its field as the field's changes are. Apart from the walk, which compares
data: a silence is a comment, read from the file's text."""
from __future__ import annotations

from typing import Any

from . import datapath
from .diff_types import OLD_REASON, REASON, RULE, Change
from .lint import RULES
from .load import Spec
from .problems import code_key
from .silence import halfwidth, silences, unknown
from .validate import OWN_CODES
from .value_kinds import normalise


def _paths(data: Any, path: tuple = ()):
    """Every path in the data, each before the paths below it."""
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for step, value in children:
        yield path + (step,)
        yield from _paths(value, path + (step,))


class DiffSilences:
    """The Differ's (diff) reading of silences, a part of it. It calls the Differ's `place`, `_old_path` and
    `_new_path`."""

    @staticmethod
    def _silenced(spec: Spec) -> list[tuple[tuple, int, str, str, str]]:
        """(path, line, rule, code, reason) for each rule a `# jixiao: disable=` comment names: the path of the deepest
        field written on the comment's line, () on a line without one; the rule it silences, and its code as the
        author wrote it (in upper case). The two differ for a twin (`silence.TWINS`: `disable=BUILD-NAME-TAKEN`
        silences SPEC-NAME-TAKEN): paired by the rule, listed by the code, which is what the reviewer finds in the
        file. A code nobody has (`SAME-NAM`) silences nothing, and is no new silence to review (validate tells it,
        UNKNOWN-DISABLE)."""
        marks = [mark for mark in silences(spec.text) if not unknown(mark.rule, OWN_CODES)]
        if not marks:
            return []
        at_line: dict[int, tuple] = {}
        for path in _paths(spec.data):  # a deeper field on the same line comes later and wins
            for key in (True, False):
                at_line[spec.locate(path, key)[0]] = path
        return [(at_line.get(mark.line, ()), mark.line, mark.rule, code_key(halfwidth(mark.written)), mark.reason)
                for mark in marks]

    def silences(self, old: Spec, new: Spec) -> list[Change]:
        """Rules silenced, or no longer silenced, by a `# jixiao: disable=` comment, or silenced for another reason
        (`disable=D6 任务调整` → `disable=D6 经费压减`, or a reason written after a bare code).

        A comment is no data, yet a new silence makes lint stop reporting a problem: unseen, it would
        pass review as "没有改动". A silence follows its field as a change does (a moved or renamed
        indicator keeps its silences). Call after `changes`. Other comments are still no change."""
        before, after = self._silenced(old), self._silenced(new)
        # a silence whose reason is unchanged is paired first: another of its rule at its place is no edited reason.
        # Reasons are compared as `value_kinds.normalise` reads them: `任务调整（上级要求）` retyped `任务调整(上级要求)`
        # is no new reason to weigh (the file's text changed all the same: 只改了格式或注释)
        unmatched: dict[tuple, list[tuple[str, str, str]]] = {}
        for path, _, rule, code, reason in before:
            unmatched.setdefault((path, rule), []).append((normalise(reason), reason, code))
        unpaired, found = [], []
        for path, line, rule, code, reason in after:
            key = ((self._old_path(path) or ("new",) + path) if path else path, rule)
            reasons = unmatched.get(key, [])
            same = next((pair for pair in reasons if pair[0] == normalise(reason)), None)
            if same:
                reasons.remove(same)
            else:
                unpaired.append((key, path, line, rule, code, reason))
        for key, path, line, rule, code, reason in unpaired:
            reasons = unmatched.get(key)
            if reasons:  # its reason alone edited: what a reviewer weighs the silence by (`disable=D6 经费压减`)
                _, was, was_code = reasons.pop(0)
                found.append(self._silence("reason_changed", new.data, path, line, rule, code, reason, was=was,
                                           was_code=was_code))
            else:
                found.append(self._silence("silenced", new.data, path, line, rule, code, reason))
        for path, line, rule, code, reason in before:
            pair = (normalise(reason), reason, code)
            if pair in unmatched.get((path, rule), []):
                unmatched[(path, rule)].remove(pair)
                # pointed at in the new spec's indices, as the field's other changes are (a row moved up is
                # `indicators[0]`, not the old `indicators[2]`); within a removed item, the steps to it too, as the
                # removed item's own change points at it (`projects[0].indicators[8]` of a project moved up)
                found.append(self._silence("unsilenced", old.data, path, line, rule, code, reason,
                                           self._new_path(path, removed=True)))
        return found

    def _silence(self, kind: str, data: Any, path: tuple, line: int, rule: str, code: str, reason: str,
                 pointed: tuple | None = None, was: str | None = None, was_code: str | None = None) -> Change:
        """The rule's code as written on the side that has it (on each side, for a reason edited: `was_code` the old
        side's, which may be the twin of `code`), with the rule's
        title (a code that is no lint rule, by itself) and the reason written after it (`disable=D6 任务调整`: a reviewer weighs the silence by it, and had
        to open the file to read it), and the reason it had before (`was`) where only that was edited; named by its
        place in `data`, its JSON path `pointed` where given, else `path`."""
        where = self.place(data, path) if path else f"第 {line} 行"
        old, new = {"silenced": (None, code), "unsilenced": (code, None)}.get(kind, (was_code or code, code))
        details = [(RULE, RULES[rule].title)] if rule in RULES else []
        details += [(OLD_REASON, was)] if was else []
        return Change(kind, where, datapath.json_path(path if pointed is None else pointed), old, new,
                      details=details + ([(REASON, reason)] if reason else []))
