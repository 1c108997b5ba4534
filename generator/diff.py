"""Semantic diff of specs: what changed, in the form's own words, rather than which lines moved.

Items in lists are matched by identity, not by position: an indicator by its place in the frame
(一级, 二级) and its 三级指标 name, a task or a project by its name, a line of text by its text.
So a reordered list shows up as moves (of indicators, only where the printed order changed: the form
groups them by 一级 and 二级), an item whose name was edited (the names related and the rest
of the item alike enough: `diff_renames.renames`) as a rename, an indicator put under another 一级 or 二级
as a change of those fields, and the rest as changed fields and added or removed items. A changed
amount carries its difference, and the diff lists how the sums of the form's arithmetic (the
profile's `sums`, and the `lint.sums` lint checks) moved, and any identity that stopped (or started)
holding. A spec file that was removed while another holding the same spec was added is reported as renamed.

Here the Differ walks the two specs (`Differ.changes`: fields by key, list items paired by `diff_pairing`), keeping
the state its parts share, and `SpecComparer` puts one spec's diff together. The Differ's parts are modules of their
own: diff_places names places, diff_amounts reads amounts, diff_net adds up a list's amounts the form sums nowhere,
diff_contents lists an added or removed item's contents, diff_weakening marks targets made easier to meet,
diff_silences reads silences, diff_sums the form's arithmetic, diff_relocated rows moved between tables and
diff_rolled what `new --from` writes by itself. The records handed to the report are diff_types'; which files are
compared with which is diff_files'.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from . import datapath
from .amount_places import amounts
from .diff_amounts import DiffAmounts
from .diff_contents import DiffContents, list_fields
from .diff_groups import renamed_groups, whole_groups, within
from .diff_last_year import later_year, next_year, unrolled
from .diff_likeness import printed_alike
from .diff_moves import indicator_group, moves, reorders
from .diff_names import ShortNames
from .diff_net import DiffNet
from .diff_pairing import pair_items
from .diff_places import DiffPlaces
from .diff_relocated import RowEnd, relocate, shared_rows
from .diff_rolled import DiffCarried, year_moved
from .diff_silences import DiffSilences
from .diff_sums import DiffSums
from .diff_types import PLACES_ONLY, Change, Group, SpecDiff, Unrolled
from .diff_weakening import DiffWeakening
from .lint import RULES
from .lint.config import PRIOR_VALUE, build as lint_config, category_aliases, value_columns, year_column
from .load import Spec, fingerprint
from .problems import code_key
from .rolled_texts import rolled_texts, target_paths
from .rules import same_name
from .schema_store import SchemaStore
from .spec_year import budget_year
from .target_texts import goal_text_paths
from .value_parts import ValueParts
from .variants import Catalog, Roots, Variant
from .weakening import DELETED_TARGET


class Differ(DiffAmounts, DiffCarried, DiffContents, DiffNet, DiffPlaces, DiffSilences, DiffSums, DiffWeakening):
    """Compares two specs of one variant; names places with the variant's schema titles.

    When the spec changed its form, `old_variant` is the old one's: what only the old spec has (a
    field the new form lacks) is named by the old form's titles, not by its key (`period_value`)."""

    def __init__(self, store: SchemaStore, variant: Variant | None, old_variant: Variant | None = None,
                 project_rules: dict | None = None):
        self.store, self.variant = store, variant
        self.schema_file = variant.schema_path.name if variant else None
        old_variant = old_variant or variant
        self.old_schema_file = old_variant.schema_path.name if old_variant else None
        self.indicator_lists = {table["path"]: table for table in variant.indicator_tables} if variant else {}
        # the columns that hold an indicator's targets, as lint reads them (not 上年指标值, which is no target)
        columns = value_columns(variant.profile) if variant else []
        self.value_keys = [column["key"] for column in columns]
        self.aliases = category_aliases(variant.profile) if variant else {}  # the form's names for the categories
        self.year_key = year_column(columns) if columns else None
        # the columns a form splits its targets into (指标性质, 计量单位): a target is read whole from the row
        self.parts = ValueParts.of(variant.profile) if variant else ValueParts()
        config = lint_config(RULES, variant.profile.get("lint") if variant else None, project_rules)
        # the graded 定性 terms lint accepts, on this form and in this project: what counts as a measurable target
        self.grades = frozenset(config.settings["B7"].params["grades"])
        # the form's arithmetic, and the identities lint adds (project tables that add up to the department's 项目支出):
        # a project added without 项目支出 raised broke one, and diff said nothing of it
        self.identities = variant.sums + config.facts["sums"] if variant else []
        self.facts = config.facts  # where the form states targets in words (`target_texts`)
        self._years: tuple[Any, Any] = (None, None)  # each side's budget year, which deadlines are read against
        self._next_year = False  # the new side is next year's spec of the old side's (`diff_last_year.next_year`)
        # of the rows compared whose old target new --from would carry, those whose 上年指标值 now hold it (`carried`)
        self._carriable = self._carried_rows = 0
        self._carried_new = False  # one of those 上年指标值 was not the old side's own, kept as it was in a copy
        self._amounts: list[tuple[tuple, Any]] = []  # the new spec's amounts, by path (`changes`)
        self._old_index: dict[tuple, int] = {}  # new path of a matched item -> its index in the old list
        self._goal_texts: set[str] = set()  # the old spec's texts that state targets, by pattern (`goal_texts`)
        self.reordered: list[Change] = []  # items moved in the spec's lists where the form prints no move (`reorders`)
        self.groups: list[Group] = []  # whole 一级 and 二级 added or removed with their rows (`diff_groups`)
        # indicator rows removed from a table and added to one, which may be one row moved between tables (`relocate`)
        self._cuts: list[RowEnd] = []
        self._pastes: list[RowEnd] = []
        # the fields holding the names a place shows, cut as SAME-NAME's message cuts them
        self._name_keys = same_name.name_keys(self.indicator_lists.values())
        self.short = ShortNames(keys=self._name_keys)  # item names as places show them, among the names of the specs compared

    def know(self, *datas: Any) -> None:
        """Name places among the items of these specs (`ShortNames`): those compared, or an added or removed one."""
        self.short = ShortNames(*datas, keys=self._name_keys)

    # -- comparison ----------------------------------------------------------------------------

    def changes(self, old: Any, new: Any, next_year: bool = False) -> list[Change]:
        """What changed from `old` to `new`; `next_year` when `new` is next year's spec of `old`'s
        (`diff_last_year.next_year`), whose 上年指标值 carries `old`'s targets."""
        out: list[Change] = []
        self.know(old, new)
        self.reordered = []
        self.groups = []
        self._cuts, self._pastes = [], []
        self._next_year = next_year
        self._years = tuple(data.get("year") if isinstance(data, dict) else None for data in (old, new))
        # the new spec's amounts, which a mistyped one's fix (`_number_note`) is written alike and read beside
        self._amounts = list(amounts(self.store, self.schema_file, new)) if self.schema_file else []
        self._goal_texts = {datapath.pattern(path) for path in goal_text_paths(self.facts, old)}
        self._compare(old, new, (), "", out)
        tables = ((pattern, rows) for pattern in self.indicator_lists for _, rows in datapath.find(old, pattern)
                  if isinstance(rows, list))
        relocate(self._cuts, self._pastes, self.year_key, shared_rows(tables, self.year_key))
        self._mark_goal_texts(old, new, out)
        return out

    def _compare(self, old: Any, new: Any, path: tuple, where: str, out: list[Change], skip: tuple = ()) -> None:
        if isinstance(old, dict) and isinstance(new, dict):
            self._mapping(old, new, path, where, out, skip)
        elif isinstance(old, list) and isinstance(new, list):
            self._sequence(old, new, path, where, out)
        elif fingerprint(old) != fingerprint(new) and not printed_alike(old, new):
            delta = self._delta(path, old, new)
            note = self._number_note(path, old, new) if self._is_amount(path) else None
            if delta == 0 and None not in (old, new):
                note = PLACES_ONLY  # `+0.000 万元` read as an amount that moved by nothing; json says it as text does
            out.append(Change("changed", where or "文件顶层", datapath.json_path(path), self._amount(old, path, True),
                              self._amount(new, path), delta, note=note))

    def _mapping(self, old: dict, new: dict, path: tuple, where: str, out: list[Change], skip: tuple) -> None:
        carriable = self._carries_prior(old, path)
        self._carriable += carriable
        for key in [k for k in new if k not in skip] + [k for k in old if k not in new and k not in skip]:
            sub, here = path + (key,), self._key_place(where, path, key, old_side=key not in new)
            if printed_alike(old.get(key, ""), new.get(key, "")):
                continue  # an empty text written out or left out: the form prints the same blank
            if self._carried_prior(old, new, key):
                self._carried_rows += carriable
                self._carried_new = self._carried_new or new[key] != old.get(key)  # not a copy's own, kept as it was
                continue
            prior_note = self._prior_note(old, new, key, carriable)
            if key not in old:
                out.append(Change("added", here, datapath.json_path(sub), new=self._amount(new[key], sub),
                                  delta=self._delta(sub, None, new[key]), note=prior_note))
            elif key not in new:
                targets, texts = self._targets_in(old[key], sub), self._text_targets_in(old[key], sub)
                out.append(Change("removed", here, datapath.json_path(sub), old=self._amount(old[key], sub, True),
                                  delta=self._delta(sub, old[key], None),
                                  weakened=DELETED_TARGET if targets or texts else None,
                                  deleted_targets=targets, deleted_text_targets=texts))
            else:
                compared = len(out)
                self._compare(old[key], new[key], sub, here, out)
                for change in out[compared:] if prior_note else ():
                    change.note = prior_note

    def _sequence(self, old: list, new: list, path: tuple, where: str, out: list[Change]) -> None:
        table = self.indicator_lists.get(datapath.pattern(path))
        indicator = table is not None
        known_by = skip = self._labelled_by(path)
        # next year's 上年指标值 holds this year's target: two fields apart, a renamed row read as one removed, one added;
        # the same, it tells which row of this year's a renamed one is
        carried = (PRIOR_VALUE, self.year_key) if indicator and self._next_year else None
        # in one year's, a row removed and one added in its place (the only ones under their 一级 and 二级) with targets
        # of one measure is one row renamed with a new target: its target compared, not lost as 目标删除
        same_year = self._one_measure if indicator and not carried and self.year_key else None
        pairs, renamed = pair_items(old, new, known_by if indicator else None, carried, same_year)
        moved = moves(old, new, pairs, table, self.variant.frames[table["frame"]] if table else None)
        reordered = reorders(pairs, moved) if indicator else {}
        renamed_rows: dict[int, tuple[str, ...]] = {}  # the 一级 or 二级 a group renamed edits in each of its rows
        if indicator:
            self.groups += whole_groups(old, new, pairs, where, path, self.short)
            groups, renamed_rows = renamed_groups(old, new, pairs, where, path, self.short)
            self.groups += groups
            out += [group.head for group in groups]  # one change each, above its rows' own
            rows_from = len(out)
        holders: dict[tuple, list[int]] = {}  # each name's items, for those added (a list wholly kept needs none)
        for j, item in enumerate(new if len(pairs) < len(new) else ()):
            holders.setdefault(same_name.identity(item, known_by), []).append(j)
        holders.pop(None, None)
        for j, item in enumerate(new):
            sub = path + (j,)
            here = self._row(where, item, indicator, sub)
            if j not in pairs:
                out.append(Change("added", here, datapath.json_path(sub), new=item,
                                  delta=self._item_delta(item, sub, added=True), details=self._details(item, sub, skip),
                                  rows=self._rows(item, sub), note=self._namesake(holders, item, j, known_by, path)))
                if indicator:
                    self._pastes.append(RowEnd(table["path"], where, item, out[-1]))
                self._pastes += self._whole_rows(item, sub, here, out[-1])
                continue
            i = self._old_index[sub] = pairs[j]
            # Paired under the same name, an item is not renamed: its identity's other fields
            # (an indicator's 一级, 二级, a merged 重点工作) changed, and are compared as fields.
            rename = j in renamed and isinstance(item, dict) and old[i].get("name") != item.get("name")
            if rename:
                # its 一级 or 二级 renamed with its group is said once, on the group's line: read as kept here
                was = {**old[i], **{key: item.get(key) for key in renamed_rows.get(j, ())}}
                place, before, after = self._renaming(where, was, item, indicator, path + (i,), sub)
                # at the name, the field a rename edits, as a changed field is pointed at: lint and validate point the
                # problems of a name (SAME-NAME, a blank at its end) there, and a script joins the two by path
                out.append(Change("renamed", place, datapath.json_path(sub + ("name",)), before, after))
            if j in moved:
                rows_of = self._rows_of(path, table, (indicator_group(item) or (None,))[0]) if indicator else None
                out.append(Change("moved", here, datapath.json_path(sub), *moved[j], rows_of=rows_of))
            elif j in reordered:
                self.reordered.append(Change("moved", here, datapath.json_path(sub), *reordered[j]))
            if j in renamed and not isinstance(item, dict):
                out.append(Change("changed", here, datapath.json_path(sub), old[i], item))
            else:
                compared = len(out)
                self._compare(old[i], item, sub, here, out, (skip if rename else ()) + renamed_rows.get(j, ()))
                if indicator and isinstance(item, dict):
                    self._mark_weakened(old[i], item, sub, out[compared:])
        for group in groups if indicator else ():
            group.unchanged = sum(not any(within(change.path, row) for change in out[rows_from:]) for row in group.rows)
        for i in sorted(set(range(len(old))) - set(pairs.values())):
            sub = path + (i,)
            targets = 0 if indicator else self._targets_in(old[i], sub)
            texts = [] if indicator else self._text_targets_in(old[i], sub)
            weakened = self._deleted_row(old[i]) if indicator else DELETED_TARGET if targets or texts else None
            out.append(Change("removed", self._row(where, old[i], indicator, sub, old_side=True), datapath.json_path(sub),
                              old=old[i], delta=self._item_delta(old[i], sub, added=False),
                              details=self._details(old[i], sub, skip, old_side=True),
                              rows=self._rows(old[i], sub, old_side=True), weakened=weakened,
                              deleted_targets=targets, deleted_text_targets=texts))
            if indicator:
                self._cuts.append(RowEnd(table["path"], where, old[i], out[-1]))
            self._cuts += self._whole_rows(old[i], sub, out[-1].where, out[-1], old_side=True)

    def _whole_rows(self, item: Any, path: tuple, where: str, change: Change, old_side: bool = False) -> list[RowEnd]:
        """The indicator rows of an item added or removed whole (a project, at `where`), each by its index among the
        rows its change lists (`list_fields`, in `_rows`' order): one may have moved from or to another table
        (`relocate`). A removed one says whether it counted among the item's `deleted_targets` (`_targets_in`)."""
        ends, listed = [], 0
        for sub, rows in list_fields(item, path):
            pattern = datapath.pattern(sub)
            if pattern in self.indicator_lists:
                table = self._key_place(where, path, sub[-1], old_side)
                ends += [RowEnd(pattern, table, row, change, listed + k, old_side and bool(self._deleted_row(row)))
                         for k, row in enumerate(rows)]
            listed += len(rows)
        return ends

    # -- paths across sides --------------------------------------------------------------------

    def _old_path(self, path: tuple) -> tuple | None:
        """Where the item at a path of the new spec was in the old one (None for a new item)."""
        old = ()
        for k, step in enumerate(path):
            if isinstance(step, int):
                step = self._old_index.get(path[:k + 1])
                if step is None:
                    return None
            old += (step,)
        return old

    def _new_path(self, path: tuple, removed: bool = False) -> tuple | None:
        """Where the field at a path of the old spec is in the new one: what only the old spec shows (a silence taken
        off, a sum broken before) is pointed at in the new spec's indices, as every other change is, since a reviewer
        reads the new file. When an item on the way was removed, None; or with `removed`, the steps to it in the new
        spec's indices and the rest in the old's, as a removed item's own change is pointed at (`_sequence`)."""
        new_index = {(new_path[:-1], old_index): new_path[-1] for new_path, old_index in self._old_index.items()}
        new: tuple = ()
        gone = False  # past a removed item: its steps are the old spec's
        for step in path:
            if isinstance(step, int) and not gone:
                found = new_index.get((new, step))
                if found is None and not removed:
                    return None
                gone, step = found is None, step if found is None else found
            new += (step,)
        return new


def _title(data: Any) -> str:
    """`某单位 2024 年`, a spec's heading: its unit and year where they are a text and a year (`year: true` was
    headed `True 年`, a unit typed as a list by Python's list)."""
    if not isinstance(data, dict):
        return ""
    unit, year = data.get("unit"), budget_year(data)
    return " ".join(part for part in (unit if isinstance(unit, str) else "", f"{year} 年" if year is not None else "")
                    if part)


def sets_grades(project_rules: dict | None) -> bool:
    """Whether jixiao.yaml's lint settings set what diff reads of them: B7's graded terms, which make a target in one
    of them measurable (not 目标不可衡量). A rule's level or another rule's parameters (`B6: error`) are lint's alone."""
    return any(code_key(rule) == "B7" and isinstance(setting, dict) and "grades" in setting
               for rule, setting in (project_rules or {}).items())


class SpecComparer:
    """Compares pairs of spec files (as bytes, from disk or git) against the variants under one set of roots."""

    def __init__(self, roots: Roots | None = None, project_rules: dict | None = None):
        """`project_rules` are jixiao.yaml's lint settings: its graded terms make a target measurable here too."""
        self.catalog = Catalog(roots)
        self.store = self.catalog.store
        self.project_rules = project_rules

    def _variant(self, *datas: Any) -> Variant | None:
        for data in datas:
            form = data.get("form") if isinstance(data, dict) else None
            variant = self.catalog.get(form) if isinstance(form, str) else None
            if variant:
                return variant
        return None

    def _since(self, last_year: Spec, new: Spec) -> SpecDiff:
        """An added spec compared with last year's (`compare` leaves out what the new year moves by itself), paired by
        its year (`SpecDiff.by_year`, as two year folders pair theirs): the section's heading says the two years once,
        where every 与上年 section began with `修改  年度  2023 → 2024`, counted in its `修改 N 处`."""
        years = budget_year(last_year.data), budget_year(new.data)
        return replace(self.compare(last_year, new, by_year=years), path=last_year.path)

    def compare(self, old: Spec | None, new: Spec | None, renamed: tuple[str, str] | None = None,
                last_year: Spec | None = None, by_year: tuple[int, int] | None = None,
                was_broken: bool = False) -> SpecDiff:
        """Diff two loaded specs (None where that side has no such file), named by the newer one's path;
        `renamed` is (old name, new name) when they are one spec in a renamed file; `last_year` is the spec an
        added one is also compared with (`diff_last_year`); `by_year` the years of a file renamed as its year moved,
        two year folders compared (`diff_files.load_sides`); `was_broken` an added spec whose old draft could not be
        read, or a removed one that could not (`SpecDiff.was_broken`): nothing of it is listed but its name."""
        path = (new or old).path
        # compared as the forms print them (block_ends): `name: x` retyped as a `|` block over x was reported 改名 to
        # "x" and a line break, which no form shows
        if was_broken and new is None:
            return SpecDiff(path, _title(old.printed_data()), "removed", was_broken=True)
        if old is None or new is None:
            present = new if old is None else old
            data = present.printed_data()
            differ = Differ(self.store, self._variant(data))
            differ.know(data)
            return SpecDiff(path, _title(data), "added" if old is None else "removed",
                            contents=differ.contents(data),
                            amounts=differ.amounts(data) + differ.sums(present),
                            balance=differ.mismatches(present) if old is None else [],
                            last_year=self._since(last_year, new) if old is None and last_year is not None else None,
                            was_broken=was_broken)
        before, after = old.printed_data(), new.printed_data()
        variant = self._variant(after, before)
        differ = Differ(self.store, variant, self._variant(before, after), self.project_rules)
        moved = next_year(before, after)
        result = SpecDiff(path, _title(after), "changed", differ.changes(before, after, moved is not None),
                          renamed=renamed, by_year=by_year)
        result.changes += differ.silences(old, new)
        result.totals, result.balance, result.restored, result.sums_hold = differ.arithmetic(old, new)
        result.net = differ.net(result.changes, before, after)
        result.balanced = result.sums_hold == (True, True) and any(change.delta for change in result.changes)
        later = later_year(before, after)  # next year's (`moved`), or one further on
        # a year in a clause that reads as past moves only in a target, as new --from moves it (`target_paths`)
        targets = target_paths(variant, after) if later and variant else set()
        if moved:
            # next year's spec (one `new --from` wrote, last year's beside an added one, or one file rolled over in place),
            # without the texts that differ only by the years moved as `new --from` moves them (`rolled_texts`: not
            # 上年指标值 nor a 填表日期 left to be filled in again; 制定《2024年度…》 → 《2025年度…》): listed, 修改 5 处 hid
            # that nothing else changed. How many were left out is kept, for the report to say. `year` itself is
            # listed: it is the spec's own change, and a reviewer's first look.
            rolled = {datapath.json_path(path): (target, years) for path, _, target, years
                      in rolled_texts(after, targets, differ.schema, self.store.registry, moved)}
            kept = [change for change in result.changes if not year_moved(change, rolled)]
            result.years_moved, result.changes = len(result.changes) - len(kept), kept
        if later:
            # its year edited, its texts not rolled over (in place, or copied to next year's file, or to a year further
            # on): those still of the old year are said, as the year's row alone read as a spec made over for the new year
            places = [(differ.place(after, path), datapath.json_path(path))
                      for path in unrolled(after, later, targets, differ.schema, self.store.registry)]
            result.unrolled = Unrolled(*next(iter(later.items())), places, differ.carried) if places else None
        # the data changed all the same where items were only put in another order: said so, not as a new layout, and
        # beside other changes too (a reviewer shown the git diff's moved lines looks for them)
        result.reordered = differ.reordered
        result.groups = differ.groups
        if not result.changes:
            result.status = "renamed" if renamed else "equal"
            # a renamed file says 内容没有改动 itself; one whose years moved says so
            result.retyped = not renamed and not result.years_moved and not result.reordered and old.text != new.text
        return result
