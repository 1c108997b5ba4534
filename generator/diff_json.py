"""The json report of `jixiao diff`, for programs: each change with its kind, place and values as typed.

Apart from the text report (diff_report), from which it takes only a file's name and the notes said of a diff:
amounts stay strings, so their typed precision survives, and invisible characters are written as escapes.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from .diff_counts import moves_money
from .diff_report import shown_path, unreadable_problems, unrolled_note, warning_problems
from .diff_types import NOT_COMPUTED, Change, Group, SpecDiff, SumNote
from .han import ODD_SPACES
from .problems import Problem
from .revisions import Compared
from .rules.text_invisible import INVISIBLE


def _json_row(place: tuple[str, ...], fields: list[tuple[str, Any]], note: str | None) -> dict:
    """A list item of an added or removed item: its place as labels, and its fields by title, or the
    value of an item that has no fields (a line of text); and its note, if any (`Change.row_notes`)."""
    found = {"place": list(place)}
    found |= {"value": fields[0][1]} if len(fields) == 1 and not fields[0][0] else {"fields": dict(fields)}
    return found | ({"note": note} if note else {})


def _json_change(change: Change) -> dict:
    found = {"kind": change.kind, "where": change.where, "path": change.path, "old": change.old, "new": change.new,
             "delta": change.delta, "details": [{"field": f, "value": v} for f, v in change.details]}
    if change.kind in ("added", "removed"):
        found["rows"] = [_json_row(place, fields, change.row_notes.get(index))
                         for index, (place, fields) in enumerate(change.rows)]
    if change.weakened:
        found["weakened"] = change.weakened
    if change.tightened:
        found["tightened"] = change.tightened
    if change.deleted_targets:
        found["deleted_targets"] = change.deleted_targets
    if change.deleted_text_targets:
        found["deleted_text_targets"] = len(change.deleted_text_targets)
        found["deleted_text_clauses"] = change.deleted_text_targets
    if change.note:
        found["note"] = change.note
    if change.relocated:
        found["relocated"] = change.relocated
    return found


def _json_sum(note: SumNote) -> dict:
    """A sum an edit broke or put right: the sentence, and the code and path of its problem (`SumNote`)."""
    return {"message": note.message, "code": note.code, "path": note.path}


def _json_group(group: Group) -> dict:
    """A whole 一级 or 二级 added or removed; one renamed with its rows kept also has its `old` and `new` name, the
    一级 a 二级 is `under` (null for a 一级) and how many of its `rows` changed in nothing else (`unchanged`)."""
    found = {"kind": group.kind, "level": group.level, "where": group.where, "path": group.path, "rows": group.rows}
    if group.kind == "renamed":
        found |= {"old": group.old, "new": group.new, "under": group.under, "unchanged": group.unchanged}
    return found


def _json_unrolled(diff: SpecDiff) -> dict | None:
    """Next year's spec with texts still of the old year: the years, the texts' places, the note."""
    unrolled = diff.unrolled
    if unrolled is None:
        return None
    return {"old_year": unrolled.old_year, "new_year": unrolled.new_year,
            "places": [{"where": where, "path": path} for where, path in unrolled.places], "message": unrolled_note(diff)}


def _json_spec(diff: SpecDiff, compared: Compared | None) -> dict:
    """One spec's diff; an added one's `last_year` is its comparison with last year's spec (`path` and `file`
    that spec's), null when it has none; `unrolled` next year's spec with texts still of the old year
    (`_json_unrolled`), null otherwise; `balanced` the text's `BALANCED` line, `sums_hold` whether each side's sums
    hold (`SpecDiff.sums_hold`), which a script otherwise had no word of; `amount_changes` the summary's count of
    changes that move money (`moves_money`); `was_broken` true beside `status: added` for a spec whose old draft
    could not be read, or beside `status: removed` for an unreadable file deleted (`SpecDiff.was_broken`): a field,
    not a status of its own, so a script reading the statuses it knows still finds the file as the text lists it."""
    return {
        "path": diff.path, "file": shown_path(diff, compared), "title": diff.title, "status": diff.status,
        "was_broken": diff.was_broken,
        "renamed": {"from": diff.renamed[0], "to": diff.renamed[1]} if diff.renamed else None,
        "by_year": {"from": diff.by_year[0], "to": diff.by_year[1]} if diff.by_year else None,
        "contents": [{"list": title, "count": count} for title, count in diff.contents],
        "amounts": [{"label": label, "amount": amount} for label, amount in diff.amounts],
        "changes": [_json_change(c) for c in diff.changes],
        "amount_changes": sum(map(moves_money, diff.changes)),
        "totals": [{"label": t.label, "old": t.old, "new": t.new, "delta": t.delta} for t in diff.totals],
        "net": [{"label": n.label, "delta": None if n.delta is NOT_COMPUTED else n.delta, "moved": n.moved}
                for n in diff.net],
        "balance": [_json_sum(note) for note in diff.balance],
        "restored": [_json_sum(note) for note in diff.restored],
        "balanced": diff.balanced,
        "sums_hold": {"old": diff.sums_hold[0], "new": diff.sums_hold[1]} if diff.sums_hold else None,
        "retyped": diff.retyped,
        "reordered": [{"where": c.where, "path": c.path, "old": c.old, "new": c.new} for c in diff.reordered],
        "groups": [_json_group(g) for g in diff.groups],
        "years_moved": diff.years_moved,
        "unrolled": _json_unrolled(diff),
        "last_year": _json_spec(diff.last_year, compared) if diff.last_year else None,
    }


def as_json(diffs: list[SpecDiff], problems: Sequence[Problem] = (), compared: Compared | None = None,
            settings: str | None = None) -> str:
    """`path` is the file as messages name it (`HEAD~1:specs/x.yaml` in a revision), `file` as the project
    does; `revisions` the two compared with --rev (`new` null: the working tree), null without it; `settings` the
    settings file followed (jixiao.yaml), null without one; `unreadable` the errors of files not compared, `warnings`
    those of pairs compared all the same (DIFF-FORMS), of an old draft fixed or deleted (DIFF-WAS-BROKEN) or of a git
    submodule whose specs `--rev` left out (DIFF-SUBMODULE), apart so a file in `unreadable` is always one left out."""
    specs = [_json_spec(diff, compared) for diff in diffs]
    different = any(d.status != "equal" for d in diffs)
    revisions = {"old": compared.old, "new": compared.new} if compared else None
    text = json.dumps({"different": different, "revisions": revisions, "settings": settings, "specs": specs,
                       "unreadable": [p.as_dict() for p in unreadable_problems(problems)],
                       "warnings": [p.as_dict() for p in warning_problems(problems)]}, ensure_ascii=False, indent=2, default=str)
    return _ESCAPED.sub(lambda found: f"\\u{ord(found.group(0)):04x}", text)


_ESCAPED = re.compile("|".join((INVISIBLE.pattern, "[" + "".join(ODD_SPACES) + "]")))
"""Characters json writes escaped (`\\u3000`), though the text is not ASCII: a reader of the report compares the
two sides of a change too, and `"华侨满意度　"` read as `"华侨满意度"`. A program reads the same strings."""
