"""Hardening: mutated and hostile specs never crash validate or build, and never produce output.

Hypothesis runs with a fixed seed (derandomize) and a bounded number of examples, so the suite
is repeatable in CI and stays well under two minutes.
"""
from __future__ import annotations

import difflib
import io
import re
from collections import Counter
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator import (diff_candidates, diff_identity, diff_likeness, diff_moves, diff_pairing, diff_renames,
                       diff_sole_links, related_texts)
from generator.build import Builder
from generator.cli import main
from generator.fmt import Formatter
from generator.han import HAN
from generator.load import WHOLE_FILE, load, load_text
from generator.model import plain
from generator.rollover import Roller
from generator.validate import Validator
from generator.write import MAX_NAME, safe_name, shortened

from .conftest import SPECS

FUZZ = settings(derandomize=True, max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
ODD_TEXT = st.lists(st.sampled_from(["\u200f", "\u200b", "\u202e", "\ufeff", "≥", "％", "{{", "{%", "<", "&", "\\", '"',
                                     "：", "\t", " ", "a", "广", "\U0001f600", "\u0301", "..", "/", "CON"]),
                    max_size=12).map("".join)
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), ODD_TEXT,
                   st.text(max_size=5).map(lambda s: s * 4000),  # huge strings
                   st.lists(st.integers(), max_size=3), st.dictionaries(ODD_TEXT, st.integers(), max_size=3),
                   st.recursive(st.none(), lambda inner: st.lists(inner, max_size=1), max_leaves=60))  # deep nesting
EXAMPLES = [plain(load(p).data) for p in SPECS]


def _dump(data, width: int) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.width = width
    yaml.representer.add_representer(Decimal, lambda r, d: r.represent_scalar("tag:yaml.org,2002:float", str(d)))
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, path + (i,))


@st.composite
def mutated_data(draw):
    """An example spec's data with one node replaced, removed, or given an unknown sibling key."""
    import copy

    data = copy.deepcopy(draw(st.sampled_from(EXAMPLES)))
    path = draw(st.sampled_from(list(_paths(data))[1:]))
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "remove", "extra"]))
    if action == "replace":
        parent[path[-1]] = draw(VALUES)
    elif action == "remove":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw(ODD_TEXT) or "x"] = draw(VALUES)
    return data


def mutated_specs(width: int = 80):
    """The text of a mutated example spec, a long value broken over lines `width` characters long (YAML's wrap)."""
    return mutated_data().map(lambda data: _dump(data, width))


@pytest.fixture(scope="module")
def validator():
    return Validator()


@FUZZ
@given(text=mutated_specs())
def test_mutated_specs_never_crash_and_invalid_ones_write_nothing(tmp_path_factory, validator, text):
    folder = tmp_path_factory.mktemp("fuzz")
    spec = folder / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    checked = validator.check(load_text(str(spec), text))
    for problem in checked.problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message
    result = Builder(folder / "out", jobs=1).build([str(spec)])[0]
    written = list((folder / "out").glob("*.*")) if (folder / "out").exists() else []
    if not checked.ok:
        assert not result.ok and not [p for p in written if p.suffix in (".docx", ".html")]
    for path in written:
        assert path.parent == folder / "out"


@FUZZ
@given(st.text(max_size=200))
def test_any_text_loads_or_gives_located_problems(text):
    """Every problem of a text that does not load is at a line of it, but those of the whole file, which have none
    (load.WHOLE_FILE: `文件: 错误[代码]`)."""
    spec = load_text("s.yaml", text)
    assert spec.data is not None or all(p.line >= 1 or (p.line, p.column) == WHOLE_FILE for p in spec.problems)
    assert all(p.code in ("FILE-EMPTY", "YAML-NOT-MAPPING") for p in spec.problems if p.line == 0)


LINE_SLIPS = [lambda line: " " + line, lambda line: line[1:], lambda line: line.replace(": ", "：", 1),
              lambda line: line.replace(": ", ":", 1), lambda line: line.replace(": ", " ", 1),
              lambda line: line.replace("- ", "", 1), lambda line: f"{line}\n{line}", lambda line: line + "\n" + line[:8]]


def _field_titles(store, file_name: str) -> dict[str, set[str]]:
    """Every title a key has anywhere in a form's schema."""
    titles: dict[str, set[str]] = {}

    def walk(node, base):
        node, base = store.resolve(node, base)
        for key, child in (node.get("properties") or {}).items():
            titles.setdefault(key, set()).add(store.resolve(child, base)[0].get("title"))
            walk(child, base)
        if isinstance(node.get("items"), dict):
            walk(node["items"], base)

    walk(store.schema(file_name), file_name)
    return titles


@FUZZ
@given(st.sampled_from(SPECS), st.floats(0, 1, exclude_max=True), st.sampled_from(LINE_SLIPS))
def test_a_key_named_in_a_broken_spec_is_given_a_title_of_its_own(validator, path, where, slip):
    """Whatever slip breaks an example, a Chinese name a loader message gives a key is one its form gives that
    key: never another field's, whatever the lines above it look like after the slip."""
    lines = path.read_text(encoding="utf-8").split("\n")
    number = int(where * len(lines))
    lines[number] = slip(lines[number])
    catalog = validator.catalog
    form = load(path).data["form"]
    titles = _field_titles(catalog.store, catalog.schema_file(form))
    for problem in load_text(path.name, "\n".join(lines), catalog).problems:
        for named in re.finditer(r"“(?P<key>[A-Za-z_][A-Za-z0-9_-]*):?”（", problem.message):
            rest = problem.message[named.end():]
            assert any(rest.startswith(f"{title}）") for title in titles.get(named["key"], ())), problem.message


# What YAML reads specially, and what libyaml (validate's parser) and ruamel's round-trip parser (fmt's and
# `new --from`'s) read apart: other line breaks, a byte-order mark, a tab, a directive.
RETYPED = ["\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\u3000", "\xa0", "#", ":", "-", "'", '"', "|", ">", "{", "}",
           "[", "]", ",", "&", "*", "!", "%", "@", "?", "~", " ", "\n", "  ", "%YAML 1.1\n", "%YAML 1.3\n", "--- "]
SMALL_SPECS = [path for path in SPECS if path.stat().st_size < 7000]  # the property runs fmt and new --from on each


# What of RETYPED a value keeps as its text, typed past its first character: no line break (it cuts the value in two,
# the second half no key), and in a plain value no Tab (the loader refuses it there: two_parsers) and no colon (": "
# starts a mapping); in a quoted one not its closing quote, nor, between double quotes, an escape's backslash.
_BREAKING = [typed for typed in RETYPED if re.search(r"[\n\r\x85\u2028\u2029]", typed)]
_KEPT = {quote: [typed for typed in RETYPED if typed not in _BREAKING and typed not in refused]
         for quote, refused in (("", ("\t", ":")), ('"', ('"', "\\")), ("'", ("'",)))}
_VALUE = re.compile(r"^ *(?:- )?\w+: ([\"']?)[^\s\"'](.*?)\1$", re.MULTILINE)  # the quote; the value past its start


@st.composite
def retyped_specs(draw):
    """An example spec's text with a few of RETYPED typed in. Mostly inside a value, past its first character, with no
    line break: the loader reads the spec, so fmt and `new --from` have something to read alike. Sometimes at the start
    of a line or anywhere, where the loader often refuses it."""
    text = draw(st.sampled_from(SMALL_SPECS)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(["in a value"] * 3 + ["line start", "anywhere"]))
        values = list(_VALUE.finditer(text))
        if where == "in a value" and values:
            value = draw(st.sampled_from(values))
            at = draw(st.integers(value.start(2), value.end(2)))
            typed = draw(st.sampled_from(_KEPT[value[1]]))
        else:
            at = draw(st.integers(0, len(text)))
            if where == "line start":
                at = text.rfind("\n", 0, at) + 1
            typed = draw(st.sampled_from(RETYPED))
        text = text[:at] + typed + text[at:]
    return text


@pytest.fixture(scope="module")
def formatter():
    return Formatter()


@settings(derandomize=True, max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=retyped_specs())
def test_a_spec_the_loader_reads_fmt_and_new_from_read_alike(formatter, tmp_path, text):
    """Whatever the loader (validate's first stage) reads, fmt and `new --from` read too, as the same data: never an
    internal error, never a refusal as unsafe (both compare what they write back with what the loader read)."""
    spec = load_text("spec.yaml", text, formatter.catalog)
    if spec.data is None:  # what the loader refuses, it names at a line and column, in Chinese
        assert spec.problems, text
        for problem in spec.problems:
            assert problem.line >= 1 and problem.column >= 1 and re.search(HAN, problem.message), problem
        return
    if "form" not in spec.data:
        return
    assert not [p for p in formatter.format_spec(spec).problems if p.code == "FMT-UNSAFE"]
    variant = formatter.catalog.get(spec.data["form"]) if isinstance(spec.data["form"], str) else None
    year = spec.data.get("year")
    if variant is not None and type(year) is int:
        rolled = Roller(formatter.store, variant).roll(spec, year + 1, tmp_path / "next.yaml")
        assert not [p for p in rolled.problems if p.code == "NEW-FROM-UNSAFE"]


def test_alias_bomb_is_rejected_without_expanding(validator):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(9))
    checked = validator.check(load_text("bomb.yaml", bomb))
    assert [p.code for p in checked.problems] == ["YAML-ANCHOR"]


@pytest.mark.parametrize("escaped", ['"\\ud800"', '"\\x00"', '"\\u202e\\u200b"', '"\\uFFFE"'])
def test_escaped_odd_characters_are_reported_not_crashed(validator, escaped):
    text = SPECS[0].read_text(encoding="utf-8").replace("\nunit: ", f"\nunit: {escaped}\nunit_was: ", 1)
    checked = validator.check(load_text("odd.yaml", text))
    assert checked.problems  # the extra key at least; never an exception


@given(st.text(max_size=300))
def test_output_names_never_leave_the_output_folder(text):
    name = safe_name(text)
    assert name and len(name.encode("utf-8")) <= MAX_NAME + 1
    assert "/" not in name and "\\" not in name and "\x00" not in name and name not in (".", "..")
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    out = Path("/tmp/out")
    assert (out / f"{name}.docx").resolve().parent == out.resolve()


@pytest.mark.parametrize("hostile, expected", [("../../etc/passwd", "_.._etc_passwd"), ("CON", "_CON"),
                                               ("nul.txt", "_nul.txt"), ("a\x00b", "a_b"), ("...", "spec"),
                                               ("//", "spec"), ("<_.>", "spec"), ("COM0", "_COM0"),
                                               ("lpt0.x", "_lpt0.x"), ("COM¹", "_COM¹"), ("CONIN$", "_CONIN$"),
                                               ("conout$.某单位", "_conout$.某单位"),
                                               ("AUX .某单位", "_AUX .某单位"), ("名称. . ", "名称"),
                                               ('a:b*c?"<>|', "a_b_c_____"),
                                               ("广州市\u200b台联\u202e", "广州市台联"), ("Cafe\u0301", "Caf\u00e9")])
def test_hostile_unit_names_become_safe_file_names(hostile, expected):
    """A zero-width space or a direction mark copied in with a unit's name is dropped, not kept invisible in the
    file's name; a decomposed accent is composed, so one name typed two ways is one file name."""
    assert safe_name(hostile) == expected


@pytest.mark.parametrize("length, kept", [(MAX_NAME // 3, True), (MAX_NAME // 3 + 1, False)])
def test_a_name_of_exactly_the_byte_limit_is_kept_whole_and_one_byte_more_is_shortened(length, kept):
    name = "侨" * length  # three bytes a character: MAX_NAME bytes exactly, then three over
    assert (safe_name(name) == name) == kept and shortened(name) == (not kept)
    assert len(safe_name(name).encode("utf-8")) <= MAX_NAME


def _many_indicators(names: list[str], targets: list[str] | None = None) -> str:
    """The guangzhou example with a 数量指标 row of each name in `names` (the k-th's targets `targets[k]`, else ≥k次)
    and its 满意度 row."""
    text = (SPECS[0].parent / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    targets = targets or [f"≥{k}次" for k in range(1, len(names) + 1)]
    rows = "".join(f"  - level1: 产出指标\n    level2: 数量指标\n    name: {name}\n"
                   f"    period_value: \"{target}\"\n    annual_value: \"{target}\"\n" for name, target in zip(names, targets))
    return text[:text.index("indicators:\n")] + "indicators:\n" + rows + (
        "  - level1: 效益指标\n    level2: 服务对象满意度指标\n    name: 台胞满意度\n"
        "    period_value: \"≥90%\"\n    annual_value: \"≥90%\"\n")


class _Place(int):
    """A place in an order that counts how often it is compared with another: the unit of work of finding the
    pairs that kept their order."""
    compared = 0

    def __eq__(self, other):
        _Place.compared += 1
        return int(self) == int(other)

    def __lt__(self, other):
        _Place.compared += 1
        return int(self) < int(other)

    __hash__ = int.__hash__


def _longest_kept_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """`diff_moves._unmoved` by trying every set of pairs: the largest whose order is unchanged, then the one with most
    pairs at their number, then, the pairs taken in the new order, the one whose last pair comes first (of those,
    whose pair before it does, and so on back)."""
    ordered = sorted(pairs, key=lambda pair: pair[1])
    chains = (chain for size in range(len(ordered) + 1) for chain in combinations(range(len(ordered)), size)
              if all(ordered[a][0] < ordered[b][0] for a, b in zip(chain, chain[1:])))
    best = max(chains, key=lambda chain: (len(chain), sum(ordered[k][0] == ordered[k][1] for k in chain),
                                          [-k for k in reversed(chain)]))
    return {ordered[k] for k in best}


@FUZZ
@given(st.lists(st.integers(0, 9), unique=True, max_size=8).flatmap(
    lambda olds: st.lists(st.integers(0, 9), unique=True, min_size=len(olds), max_size=len(olds)).map(
        lambda news: list(zip(olds, news)))))
def test_the_pairs_that_kept_their_order_are_the_longest_chain_ties_broken_as_documented(pairs):
    assert diff_moves._unmoved(pairs) == _longest_kept_order(pairs)


def test_the_pairs_that_kept_their_order_are_found_in_n_log_n_comparisons():
    """Comparing each pair with every pair before it and weighing every chain again was cubic: two drafts of 2400
    indicators, one renamed, took over a minute to diff. Counted, not timed (bench/run.py times it)."""
    count = 256
    places = list(range(count))
    moved = places[:100] + places[101:200] + [100] + places[200:]  # row 100 moved below row 199
    pairs = [(_Place(old), _Place(new)) for new, old in enumerate(moved)]
    _Place.compared = 0
    assert len(diff_moves._unmoved(pairs)) == count - 1
    assert _Place.compared <= 2 * count * count.bit_length(), _Place.compared


def _counting_alike(monkeypatch) -> Counter:
    """A Counter that counts diff_likeness.alike's calls (the likenesses measured): the pairing's work, counted."""
    measured, alike = Counter(), diff_likeness.alike
    for module in (diff_likeness, diff_identity, diff_renames):  # its calls of itself too
        monkeypatch.setattr(module, "alike", lambda *args, **kwargs: measured.update(["alike"]) or alike(*args, **kwargs))
    return measured


def test_rows_of_one_name_are_measured_against_each_other_only_when_not_equal(tmp_path, monkeypatch):
    """Rows of one name (under one 一级 and 二级) were paired by measuring every old one against every new one:
    two drafts of 800 rows named 满意度, one target changed, took 40 s to diff. Counted, not timed (bench/run.py
    times it)."""
    measured = _counting_alike(monkeypatch)
    count = 300
    text = _many_indicators(["满意度"] * count)
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text.replace('annual_value: "≥150次"', 'annual_value: "≥1500次"'),
                                     encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    assert "修改 1 处" in result.output  # each row paired with its equal, the one changed with the one left
    assert measured["alike"] <= count  # the one row left of each side, field by field


def test_identical_rows_of_one_name_are_paired_without_ranking_every_old_row_against_every_new_one(tmp_path, monkeypatch):
    """Rows of one name that are exactly equal were paired by sorting every old row against every new one: two
    drafts of 3000 identical rows took 7 s to diff. Counted (the items the pairing sorts), not timed."""
    ranked, ordered = Counter(), sorted

    def counted(items, **kwargs):
        items = list(items)
        ranked.update({"items": len(items)})
        return ordered(items, **kwargs)

    for module in (diff_moves, diff_identity, diff_candidates, diff_renames):
        monkeypatch.setattr(module, "sorted", counted, raising=False)
    count = 300
    text = re.sub(r'"≥[0-9]+次"', '"≥1次"', _many_indicators(["满意度"] * count))
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    row = '  - level1: 产出指标\n    level2: 数量指标\n    name: 满意度\n    period_value: "≥1次"\n    annual_value: "≥1次"\n'
    (tmp_path / "b.yaml").write_text(text.replace(row, "", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    assert "删除 1 处" in result.output and "修改" not in result.output  # each row paired with an equal one
    assert ranked["items"] <= 10 * count, ranked  # every old row against every new one: 90,310


def _pair_repeats_ranking_every_pair(old: list, new: list, olds: list[int], news: list[int]) -> dict[int, int]:
    """`diff_identity._pair_repeats` as it was before it ranked only a row's nearest rows, each by a bound first: every
    pair of the items left after the equal ones measured in full, all sorted, taken best first."""
    pairs, taken = {}, set()

    def take(ranked):
        for *_, b, a in ranked:
            if news[b] not in pairs and olds[a] not in taken:
                pairs[news[b]] = olds[a]
                taken.add(olds[a])

    by_print = {}
    for side, (items, indices) in enumerate(((old, olds), (new, news))):
        for place, index in enumerate(indices):
            by_print.setdefault(repr(diff_identity.fingerprint(items[index])), ([], []))[side].append(place)
    take(sorted(pair for equal_olds, equal_news in by_print.values()
                for pair in diff_identity._nearest_equal(equal_olds, equal_news)))
    take(sorted((-diff_likeness.alike(old[olds[a]], new[news[b]]), abs(a - b), b, a)
                for a in range(len(olds)) if olds[a] not in taken for b in range(len(news)) if news[b] not in pairs))
    return pairs


def test_an_identity_only_one_side_has_weighs_no_likeness(monkeypatch):
    """Every row renamed leaves each old identity without a new item: `diff_identity._pair_repeats` has nothing to pair and went on
    to work out every item's fields for the likeness ranking (`diff_identity._most_alike_first`) all the same. Counted, not timed."""
    ranked = Counter()
    most_alike_first = diff_identity._most_alike_first
    monkeypatch.setattr(diff_identity, "_most_alike_first",
                        lambda olds, news: ranked.update(["ranked"]) or most_alike_first(olds, news))
    rows = [{"name": "完成率", "target": f"≥{k}次"} for k in range(3)]
    assert diff_identity._pair_repeats(rows, [], [0, 1, 2], []) == {}
    assert diff_identity._pair_repeats([], rows, [], [0, 1, 2]) == {}
    assert ranked["ranked"] == 0
    assert diff_identity._pair_repeats(rows, rows[::-1], [0, 1, 2], [0, 1, 2]) == {0: 2, 1: 1, 2: 0}


# Rows of one identity: targets alike in their characters, a text printed alike (a trailing line break), amounts, a
# list, a nested mapping, fields missing on one side.
_REPEATS = st.lists(st.fixed_dictionaries(
    {"name": st.just("完成率")},
    optional={"target": st.sampled_from(["≥95%", "≥95%\n", "≥59%", "95%", "3次", "≥3次（调整）", "", None]),
              "amount": st.sampled_from([0, 1, Decimal("1.0"), 0.0, True]),
              "tags": st.lists(st.sampled_from(["a", "b"]), max_size=2),
              "note": st.fixed_dictionaries({}, optional={"text": st.sampled_from(["甲", "甲乙"])})}), max_size=9)


@settings(FUZZ, max_examples=400)
@given(_REPEATS, _REPEATS)
def test_rows_of_one_identity_ranked_by_bounds_first_pair_as_ranking_every_pair(old, new):
    """Rows of one identity no more than `MOST_RANKED`, each pair's likeness bounded before it is measured: the pairs
    of measuring every pair and sorting them all."""
    olds, news = list(range(len(old))), list(range(len(new)))
    assert diff_identity._pair_repeats(old, new, olds, news) == _pair_repeats_ranking_every_pair(old, new, olds, news)


def test_rows_of_one_name_every_one_edited_rank_the_rows_nearest_their_place(tmp_path, monkeypatch):
    """Rows of one name (under one 一级 and 二级), every target edited: no two equal, every old row was measured against
    every new one and all the pairs sorted at once (1000 rows: a million pairs, 35 s and 230 MiB; 4000 rows sixteen
    million). An old row ranks the `MOST_RANKED` rows nearest its place, and measures one only once its bound could
    come first. Counted (the likenesses measured, a row's fields included), not timed (bench/run.py times it)."""
    monkeypatch.setattr(diff_candidates, "MOST_RANKED", 5, raising=False)
    measured = _counting_alike(monkeypatch)
    count = 60
    (tmp_path / "a.yaml").write_text(_many_indicators(["完成率"] * count), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_many_indicators(["完成率"] * count, [f"≥{k}次（调整）" for k in range(1, count + 1)]),
                                     encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    # each row paired with its own, none moved: its two targets edited alike, one change a row (diff_counts)
    assert result.output.splitlines()[-1].endswith(f"修改 {count} 处（列出 {2 * count} 行，同一行几栏改得一样的算作一处）。"), result.output[-300:]
    assert "“≥7次” → “≥7次（调整）”" in result.output, result.output[:600]
    # a row and its five fields, measured once a row here (three times allowed): every pair measured was 6 × 3600
    assert measured["alike"] <= 6 * 3 * count, (measured, 6 * count * count)


# Keys of items to link: equal across types (1, 1.0, True), unhashable (a bad spec's list), or tuples holding them.
_KEYS = st.recursive(st.one_of(st.sampled_from([0, 1, 1.0, True, "a", "b", None]), st.lists(st.integers(0, 1), max_size=2)),
                     lambda inner: st.tuples(inner, inner), max_leaves=4)


@FUZZ
@given(st.lists(_KEYS, max_size=8), st.lists(_KEYS, max_size=8))
def test_items_linked_by_equal_keys_are_found_by_key_as_by_testing_every_pair(olds, news):
    """`sole_links` given the keys tests only the items of one key: the same links, in the same order."""
    def linked(i, j):
        return olds[i] == news[j]

    every_pair = diff_sole_links.sole_links(range(len(olds)), range(len(news)), linked)
    assert diff_sole_links.sole_links(range(len(olds)), range(len(news)), linked,
                                   (olds.__getitem__, news.__getitem__)) == every_pair


# Ways a clerk renames every 三级指标 at once: a word put before or after each, a word replaced, a character dropped.
_BULK_RENAMES = [lambda name: "年度" + name, lambda name: name + "（2024年）", lambda name: name.replace("率", "比率"),
                 lambda name: name[:-1] if len(name) > 3 else name + "数"]


def _example_indicators() -> list[dict]:
    """Every example spec's indicator rows, in one list, each name once."""
    rows, names = [], set()

    def visit(node):
        if isinstance(node, list) and node and all(isinstance(item, dict) and "level1" in item for item in node):
            rows.extend(item for item in node if item["name"] not in names and not names.add(item["name"]))
        for child in node.values() if isinstance(node, dict) else node if isinstance(node, list) else ():
            visit(child)

    for data in EXAMPLES:
        visit(data)
    return rows


_TEXT = st.text("率数量次（）年2034甲乙 ", max_size=8)


@FUZZ
@given(st.lists(_TEXT, max_size=8), st.lists(_TEXT, max_size=8), st.sampled_from([0.3, 0.5, 0.6, 0.9, 1.0]))
def test_the_pairs_of_texts_looked_up_by_their_characters_are_all_those_reaching_the_floor(olds, news, floor):
    """`related_texts.ratio_pairs` finds every pair whose difflib ratio reaches the floor, as measuring every pair does,
    and `ratio_bound` is never below a pair's ratio."""
    characters = [{k: related_texts.characters(text) for k, text in enumerate(texts)} for texts in (olds, news)]
    found = {(i, j) for i, js in related_texts.ratio_pairs(*characters, floor) for j in js}
    for i, a in enumerate(olds):
        for j, b in enumerate(news):
            ratio = difflib.SequenceMatcher(None, a, b).ratio()
            assert related_texts.ratio_bound(characters[0][i], characters[1][j]) >= ratio, (a, b)
            assert ratio < floor or (i, j) in found, (a, b)


@FUZZ
@given(st.lists(_TEXT, max_size=8), st.lists(_TEXT, max_size=8))
def test_the_bound_of_two_texts_by_their_bits_is_the_bound_by_their_characters(olds, news):
    """`related_texts.bits_bound`, which diff ranks renamed names by, is `ratio_bound` to the last bit, repeated
    characters and empty texts too: a pair's first rank, and so the pairs taken, are those measuring by sets gave."""
    characters = {text: related_texts.characters(text) for text in olds + news}
    bits = related_texts.bit_sets(characters)
    for a in olds:
        for b in news:
            assert (related_texts.bits_bound(bits[a], bits[b], len(a) + len(b))
                    == related_texts.ratio_bound(characters[a], characters[b])), (a, b)


@FUZZ
@given(st.lists(_TEXT, max_size=8), st.lists(_TEXT, max_size=8))
def test_the_pairs_of_texts_one_holding_the_other_are_those_measuring_every_pair_finds(olds, news):
    assert related_texts.holding_pairs(dict(enumerate(olds)), dict(enumerate(news))) == {
        (i, j) for i, a in enumerate(olds) for j, b in enumerate(news) if diff_likeness.contains(a, b)}


def _renames_measuring_every_pair(old: list, new: list, lone_old: list[int], lone_new: list[int], skip: tuple,
                                  carried=None, labels: tuple = ()) -> list[tuple[int, int]]:
    """`diff_renames.renames` as it was before it looked pairs up by their characters: every unmatched old item's
    rank against every unmatched new one worked out in full, all sorted, taken best first.

    A row's likeness is its name's, its contents' and its place's on the form, each from 0 to 1: the share of the
    `labels` it keeps (一级, 二级, 重点工作) weighs as much as the name, not only where names tie. Ranked as the names
    first, two rows of one 二级 renamed in place were paired across their 重点工作 by a name more like the other's."""
    ranks = []
    for i in lone_old:
        for j in lone_new:
            a, b = old[i], new[j]
            if isinstance(a, dict) and isinstance(b, dict):
                held, similar = diff_likeness.contains(a.get("name"), b.get("name")), diff_likeness.similarity(a.get("name"), b.get("name"))
                if not (held or i == j) and similar < diff_renames._RELATED_NAMES:
                    continue
                names = 1.0 if held else similar
                rest = [{key: value for key, value in item.items() if key not in skip} for item in (a, b)]
                edited = diff_likeness.alike(*rest, amounts_apart=True)
                if similar == 1.0 or (names >= diff_renames._RELATED_NAMES and names + edited >= diff_renames._SAME_ITEM) \
                        or diff_likeness.alike(*rest) == 1.0:
                    placed = sum(a.get(key) == b.get(key) for key in labels) / len(labels) if labels else 0.0
                    ranks.append((diff_renames._carried(a, b, carried), names + edited + placed, similar, i == j, i, j))
            elif not isinstance(a, (dict, list)) and not isinstance(b, (dict, list)):
                similar = diff_likeness.similarity(a, b)
                if i == j or similar >= diff_renames._RELATED_TEXTS:
                    ranks.append((False, similar, similar, i == j, i, j))
    pairs = diff_renames._carried_pairs(old, new, lone_old, lone_new, carried)
    used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
    for *_, i, j in sorted(ranks, reverse=True):
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return pairs


# Items of a list to pair: rows whose names share characters or hold each other, often with the same target (their
# ranks tied but for the names), lines of text, odd values.
_PIECES = st.lists(st.sampled_from(["率", "数量", "年度", "（2024年）", "台胞满意度", "甲", " "]), max_size=4).map("".join)
_NAMES = st.one_of(_PIECES, _PIECES, st.text("率数量次（）年20甲 ", max_size=7), st.sampled_from([None, 0, 2024, ""]))
_ROWS = st.fixed_dictionaries({"level1": st.sampled_from(["产出指标", "效益指标"]), "name": _NAMES,
                               "target": st.sampled_from(["≥95%", "≥95%", "3次", "", None])},
                              optional={"key_work": st.sampled_from(["甲", "乙"]), "prior": st.sampled_from(["≥95%", "3次"]),
                                        "amount": st.integers(0, 1)})
_ITEMS = st.lists(st.one_of(_ROWS, _ROWS, _TEXT, st.sampled_from([None, 7, ["a"]])), max_size=9)


@settings(FUZZ, max_examples=400)
@given(_ITEMS, _ITEMS, st.booleans(), st.data())
def test_renames_looked_up_by_their_characters_and_ranked_in_stages_pair_as_measuring_every_pair(old, new, carried, data):
    """`diff_renames.renames` ranks only the pairs its index finds, each only as far as it could still come first: the same pairs,
    in the same order, as working out every pair's rank in full and sorting them all."""
    lone_old = data.draw(st.lists(st.sampled_from(range(len(old))), unique=True) if old else st.just([]))
    lone_new = data.draw(st.lists(st.sampled_from(range(len(new))), unique=True) if new else st.just([]))
    carried = ("prior", "target") if carried else None
    labels = ("level1", "key_work")  # a pair keeping one of them is likelier than one keeping none, less than both
    skip = diff_pairing.INDICATOR_LABELS + labels[1:] + (("prior",) if carried else ())
    assert diff_renames.renames(old, new, lone_old, lone_new, skip, carried, labels=labels) == \
        _renames_measuring_every_pair(old, new, lone_old, lone_new, skip, carried, labels)


def _bulk_renamed(rows: list[dict], renames: list, edited: list[bool]) -> list[dict]:
    return [{**row, "name": rename(row["name"]), **({list(row)[-1]: f"{row[list(row)[-1]]}（调整）"} if edit else {})}
            for row, rename, edit in zip(rows, renames, edited)]


@settings(FUZZ, max_examples=25)
@given(st.data())
def test_a_list_renamed_in_bulk_pairs_as_when_every_pair_is_measured(data):
    """A list renamed in bulk, its targets edited, rows dropped at its top, added at its bottom and a few anywhere, pairs
    as when every pair's rank is worked out in full."""
    rows = _example_indicators()
    start = data.draw(st.integers(0, len(rows) - 60))
    old = rows[start:start + 60]
    renames = data.draw(st.lists(st.sampled_from(_BULK_RENAMES), min_size=len(old), max_size=len(old)))
    edited = data.draw(st.lists(st.booleans(), min_size=len(old), max_size=len(old)))
    dropped = data.draw(st.integers(0, 30))
    new = _bulk_renamed(old, renames, edited)[dropped:] + [{**old[0], "name": f"新增{k}"} for k in range(dropped)]
    for place, name in zip(data.draw(st.lists(st.integers(0, len(new)), max_size=3)), ["新增甲", "新增乙", "新增丙"]):
        new.insert(place, {**old[0], "name": name})
    lone_old, lone_new = list(range(len(old))), list(range(len(new)))
    assert diff_renames.renames(old, new, lone_old, lone_new, diff_pairing.INDICATOR_LABELS) == \
        _renames_measuring_every_pair(old, new, lone_old, lone_new, diff_pairing.INDICATOR_LABELS)


def test_rows_renamed_after_rows_dropped_at_the_top_and_added_at_the_bottom_pair_with_their_old_selves(tmp_path):
    """A draft that drops the first 51 of 101 rows, renames the other 50 (`（2023年）` → `（2024年）`), their targets
    kept, and adds 51 at the bottom: measured only against the old rows near its place among the unmatched, each
    renamed row's own was 51 places away and a row of a similar name was taken for it (修改 62 处 … 改名 31 处)."""
    names = [f"{row['name']}（2023年）" for row in _example_indicators()][:101]
    targets = [f"≥{k}次" for k in range(1, 102)]
    (tmp_path / "a.yaml").write_text(_many_indicators(names, targets), encoding="utf-8")
    added = [f"第{k}批新增任务完成数量（2024年）" for k in range(1, 52)]
    new = _many_indicators([name.replace("2023年", "2024年") for name in names[51:]] + added,
                           targets[51:] + [f"{k}项" for k in range(1, 52)])
    (tmp_path / "b.yaml").write_text(new, encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[-1].endswith("新增 51 处，删除 51 处（其中目标删除 51 处），改名 50 处。"), result.output[-300:]


def test_many_rows_renamed_at_once_have_the_ratio_of_few_pairs_of_names_worked_out(tmp_path, monkeypatch):
    """Two drafts of many indicators, each renamed and its target edited, worked out the ratio of every pair of names
    (four million for 2000 rows, minutes to diff). Only pairs whose names may be related are ranked, and a pair's ratio
    is worked out only once it could come first: about one and a half a row, the targets' ratios included. Counted (the
    ratios worked out), not timed (bench/run.py times it)."""
    ratios, ratio = Counter(), difflib.SequenceMatcher.ratio
    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", lambda self: ratios.update(["pairs"]) or ratio(self))
    names = [row["name"] for row in _example_indicators()]
    count = 2 * len(names)
    text = _many_indicators([f"{names[k % len(names)]}（第{k}项）" for k in range(count)])
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    renamed = re.sub(r"name: (.*)（第", r"name: 年度\1（第", text).replace("次\"\n", "次以上\"\n")
    (tmp_path / "b.yaml").write_text(renamed, encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    assert f"改名 {count} 处" in result.output, result.output[-300:]
    assert ratios["pairs"] <= 4 * count, (ratios, count * count)


def test_rows_renamed_at_once_rank_only_the_pairs_whose_names_may_be_related(tmp_path, monkeypatch):
    """Every unmatched old row was ranked against every unmatched new one, the cheap bounds of its names' ratio worked
    out count² times (four million for 2000 rows renamed at once, most of the 40 s they took to diff). The pairs are
    looked up by the characters of their names (`related_texts`): the examples' 160 indicators, each renamed and the
    names holding many of the same characters (率, 数, 完成), rank 23 pairs a row, not 160. Counted (the pairs given a
    first rank), not timed (bench/run.py times it)."""
    ranked, first = Counter(), diff_renames._RenameRanks._first
    monkeypatch.setattr(diff_renames._RenameRanks, "_first", lambda self, i, j: ranked.update(["pairs"]) or first(self, i, j))
    names = [row["name"] for row in _example_indicators()]
    head, rows = _many_indicators(names).split("indicators:\n")
    (tmp_path / "a.yaml").write_text(f"{head}indicators:\n{rows}", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(f"{head}indicators:\n" + re.sub(r"name: (.*)\n", r"name: 年度\1\n", rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    count = len(names) + 1  # and the 满意度 row
    assert result.output.splitlines()[-1].endswith(f"改名 {count} 处。"), result.output[-300:]
    assert ranked["pairs"] <= count * count // 5, (ranked, count * count)


def test_rows_of_one_name_each_held_by_every_new_name_rank_a_bounded_number_of_pairs(tmp_path, monkeypatch):
    """Rows all named `完成率`, renamed `完成率（2024年）`: every old name is held by every new one, and every pair of rows
    was kept at once (16 million for 4000 rows, 2 GiB; 10,000 rows ran out of memory). Names are held one in another
    as texts, and an old row ranks at most `MOST_RANKED` new rows, those nearest its place among the rows of its
    name. Counted (the pairs of names held, the pairs given a first rank), not timed (bench/run.py times it)."""
    monkeypatch.setattr(diff_candidates, "MOST_RANKED", 5, raising=False)
    ranked, first = Counter(), diff_renames._RenameRanks._first
    monkeypatch.setattr(diff_renames._RenameRanks, "_first", lambda self, i, j: ranked.update(["pairs"]) or first(self, i, j))
    holding = diff_renames.holding_pairs
    monkeypatch.setattr(diff_renames, "holding_pairs", lambda *texts: ranked.update(held=len(found := holding(*texts))) or found)
    count = 60
    (tmp_path / "a.yaml").write_text(_many_indicators(["完成率"] * count), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_many_indicators(["完成率（2024年）"] * count), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[-1].endswith(f"改名 {count} 处。"), result.output[-300:]  # each its own, none edited
    assert ranked["held"] <= count, ranked
    # a pair's first rank is worked out to order its old row's queue and again as it leaves it; each row's 5 and its own
    assert ranked["pairs"] <= 2 * 6 * (count + 1), (ranked, count * count)


def test_rows_of_one_name_renamed_and_every_one_edited_weigh_one_rest_a_row(tmp_path, monkeypatch):
    """Rows all named `完成率`, renamed `完成率（2024年）`, every target edited: their names tie, so every row's
    `MOST_RANKED` candidates all had their rest weighed (`alike`) before any could be taken (400,000 for 4000 rows,
    21 s). The rest is bounded first (`alike_bound`), and only a pair whose bound could come first is weighed.
    Counted (the likenesses measured, a row's fields included), not timed (bench/run.py times it)."""
    monkeypatch.setattr(diff_candidates, "MOST_RANKED", 5, raising=False)
    measured = _counting_alike(monkeypatch)
    count = 60
    (tmp_path / "a.yaml").write_text(_many_indicators(["完成率"] * count), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_many_indicators(["完成率（2024年）"] * count,
                                                      [f"≥{k}次（调整）" for k in range(1, count + 1)]), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
    assert result.exit_code == 1, result.output
    # each row paired with its own, none moved: renamed, its two targets edited alike (one change a row: diff_counts)
    assert result.output.splitlines()[-1].endswith(f"修改 {count} 处（列出 {2 * count} 行，同一行几栏改得一样的算作一处），改名 {count} 处。"), result.output[-300:]
    assert "“≥7次” → “≥7次（调整）”" in result.output, result.output[:600]
    # a row's rest and its two fields weighed about once a row (twice allowed): every candidate weighed was 3 × 6 × 60
    assert measured["alike"] <= 2 * 3 * count, (measured, 3 * 6 * count)


# Rows of a list renamed and edited at once: names tied (one held by several), targets tied or edited alike, amounts.
_MIXED_ROWS = st.fixed_dictionaries(
    {"level1": st.just("产出指标"), "name": st.sampled_from(["完成率", "完成率（2024年）", "年度完成率", "完成比率", "满意度"]),
     "target": st.sampled_from(["≥95%", "≥95%（调整）", "≥59%", "3次", "3次以上", "", None])},
    optional={"amount": st.sampled_from([0, 1, Decimal("2.5")]), "note": st.sampled_from(["甲", "甲乙", ["a"]])})


@settings(FUZZ, max_examples=200)
@given(st.lists(_MIXED_ROWS, max_size=14), st.lists(_MIXED_ROWS, max_size=14), st.sampled_from([3, 10**9]))
def test_renamed_rows_with_their_rest_bounded_first_pair_as_weighing_every_rest(old, new, cap):
    """The rest of a renamed row bounded before it is weighed takes the same pairs as weighing it at once (the code
    before the bound, whose stage a bound of 1 makes a no-op), with and without the cap on the rows ranked; and, without
    it, those of ranking every pair in full."""
    lone_old, lone_new, skip = list(range(len(old))), list(range(len(new))), diff_pairing.INDICATOR_LABELS
    with mock.patch.object(diff_candidates, "MOST_RANKED", cap):
        bounded = diff_renames.renames(old, new, lone_old, lone_new, skip)
        with mock.patch.object(diff_renames, "alike_bound", lambda *args, **kwargs: 1.0):
            assert bounded == diff_renames.renames(old, new, lone_old, lone_new, skip)
    if cap > len(new):
        assert bounded == _renames_measuring_every_pair(old, new, lone_old, lone_new, skip)


@FUZZ
@given(_MIXED_ROWS, _MIXED_ROWS, st.booleans())
def test_the_bound_of_two_rows_likeness_is_never_below_it(a, b, amounts_apart):
    fields = diff_likeness.bound_fields(a), diff_likeness.bound_fields(b)
    assert diff_likeness.alike_bound(*fields, amounts_apart) >= diff_likeness.alike(a, b, amounts_apart)


def test_lines_of_text_renamed_pick_their_candidates_once(monkeypatch):
    """Lines of text have no rest and so no twins: the new lines nearest an old line's place among those without a twin
    are those nearest its place, picked twice for each line (the same set, twice the time). Counted (the candidates
    picked), not timed."""
    picked, candidates = Counter(), diff_candidates.nearest_candidates
    monkeypatch.setattr(diff_candidates, "nearest_candidates", lambda *args: picked.update(["lines"]) or candidates(*args))
    old = [f"完成培训任务第{k}批" for k in range(10)]
    new = [f"{line}（调整）" for line in old]
    pairs = diff_renames.renames(old, new, list(range(10)), list(range(10)), diff_pairing.NAMED_IDENTITY)
    assert sorted(pairs) == [(k, k) for k in range(10)]
    assert picked["lines"] == len(old), picked


_TARGETS = [f"≥{k}次" for k in range(1, 21)]


@pytest.mark.parametrize("targets, summary", [
    (_TARGETS[::-1], "移动 19 处，改名 20 处。"),  # the list reversed
    (_TARGETS[12:] + _TARGETS[:12], "移动 8 处，改名 20 处。"),  # the last 8 put first
    ([f"其他{k}项" for k in range(15)] + _TARGETS, "新增 15 处，改名 20 处。"),  # 15 rows of the new name added before
    # 8 dropped at the top, 8 of other targets added at the bottom: ranking every pair reads 7 of them as edited rows (both columns alike: one change a row)
    (_TARGETS[8:] + [f"新{k}项" for k in range(8)],
     "修改 7 处（列出 14 行，同一行几栏改得一样的算作一处），新增 1 处，删除 1 处（其中目标删除 1 处），移动 7 处，改名 19 处。"),
], ids=["reversed", "block-moved", "added-before", "dropped-top-added-bottom"])
def test_rows_of_one_name_moved_further_than_the_cap_reaches_pair_as_when_every_pair_is_ranked(tmp_path, monkeypatch,
                                                                                               targets, summary):
    """Rows renamed `完成率` → `完成率（2024年）`, in another order or with rows added and dropped: with an old row ranking
    only the `MOST_RANKED` new rows nearest its place, a row moved further than half that was paired with a neighbour,
    a 修改 of its target (目标降低 where the neighbour's was lower) and, past the ends, 新增 and 删除. Its twin, the new
    row with its own target, is always ranked, and a row without one is sought among the rows without one. The cap is 5
    here, so 20 rows stand for thousands; the diff is the one ranking every pair gives."""
    (tmp_path / "a.yaml").write_text(_many_indicators(["完成率"] * 20, _TARGETS), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(_many_indicators(["完成率（2024年）"] * len(targets), targets), encoding="utf-8")
    outputs = []
    for cap in (5, 10**9):
        monkeypatch.setattr(diff_candidates, "MOST_RANKED", cap, raising=False)
        result = CliRunner().invoke(main, ["diff", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")])
        assert result.exit_code == 1, result.output
        outputs.append(result.output)
    assert outputs[0].splitlines()[-1].endswith(f"有改动：{summary}"), outputs[0][-400:]
    assert outputs[0] == outputs[1]


def test_a_row_renamed_among_more_rows_than_the_cap_pairs_with_the_row_under_its_own_labels(monkeypatch):
    """Rows of one target renamed `完成率` → `完成率（2024年）`, the one under 重点工作 乙 moved from the top to the bottom,
    among more rows under 甲 than an old row ranks (`MOST_RANKED`, 3 here for thousands): its candidates, the new rows
    nearest its place by their names, were all under 甲, and it was paired with one of them, a rename across 重点工作
    (as ranking every pair, which weighs the labels kept, never does). It ranks the rows nearest its place among the
    rows of its own labels too."""
    monkeypatch.setattr(diff_candidates, "MOST_RANKED", 3, raising=False)

    def row(work, name):
        return {"level1": "产出指标", "level2": "数量指标", "key_work": work, "name": name, "target": "≥95%"}

    old = [row("乙", "完成率")] + [row("甲", "完成率") for _ in range(6)]
    new = [row("甲", "完成率（2024年）") for _ in range(6)] + [row("乙", "完成率（2024年）")]
    labels = ("level1", "level2", "key_work")
    pairs = diff_renames.renames(old, new, list(range(7)), list(range(7)), diff_pairing.INDICATOR_LABELS + labels[2:],
                                  labels=labels)
    assert (0, 6) in pairs, pairs
    assert all(old[i]["key_work"] == new[j]["key_work"] for i, j in pairs), pairs


_ATTRIBUTE_TEXT = st.lists(st.sampled_from(["a", "指", " ", ">", "<", "=", '"', "'", "&amp;", "&", "/", "class=kept",
                                            "rowspan=2", "\u3000"]), max_size=6).map("".join)
_WRITTEN_ATTRIBUTE = st.tuples(st.sampled_from(["class", "title", "rowspan", "data-label", "CLASS"]), _ATTRIBUTE_TEXT,
                               st.sampled_from(['"', "'", "", None]), st.sampled_from([" ", "\n", " / "]))


def _written(name: str, value: str, quote: str | None, space: str) -> str | None:
    """The attribute as an author could write it with that quote (None: no value), or None when it cannot be."""
    if quote is None:
        return f"{space}{name}"
    if quote == "" and (not value or re.search(r"[\s\"'=<>`]", value)):
        return None
    return None if quote and quote in value else f"{space}{name}={quote}{value}{quote}"


@FUZZ
@given(st.lists(_WRITTEN_ATTRIBUTE, max_size=5), st.lists(st.sampled_from(["x", "y"]), min_size=1, max_size=2))
def test_a_tags_attributes_are_read_as_html_parser_reads_them_and_classes_added_leave_them(written, names):
    """html_table_tags reads each attribute of a tag as html.parser does, whatever `>`, `=`, quotes or
    attribute names the values hold, and adding classes changes no other attribute and keeps the ones it had."""
    from html.parser import HTMLParser

    from generator.html_table_tags import marked, tags

    attributes = [text for text in (_written(*attribute) for attribute in written) if text is not None]
    page = f"<table><tr><td{''.join(attributes)}>内容</td></tr></table>"

    class Reader(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "td":
                self.found = {}
                for name, value in attrs:
                    self.found.setdefault(name, value or "")

    reader = Reader()
    reader.feed(page)
    cell = [tag for tag in tags(page) if tag.name == "td" and not tag.closing]
    assert len(cell) == 1 and cell[0].attributes == reader.found
    again = [tag for tag in tags(marked(cell[0], names)) if tag.name == "td" and not tag.closing][0]
    first_class = reader.found.get("class", "")
    assert again.classes == [*(name for name in re.split(r"[\t\n\f\r ]+", first_class) if name), *names]  # HTML's spaces only
    assert {name: value for name, value in again.attributes.items() if name != "class"} == \
        {name: value for name, value in reader.found.items() if name != "class"}
