"""Benchmark jixiao's build: a script, not a test. `python bench/run.py [--sizes 10,100,1000]`, or `--startup` for
the start-up figures alone (validate, lint, fmt --check and diff of one spec, the time an editor's run on save takes),
or `--many-only` for validate and lint of many specs in one run alone.

Makes N synthetic specs per variant from the example specs (each a copy with its own unit
name), then measures, each in a fresh process:

- single-spec cold `jixiao build` wall time (process start to exit);
- `jixiao validate` and `jixiao lint` of each example spec, median of several runs, with the
  schema pass cache off (a spec never seen before), warm (the spec unchanged since last time) and
  of the spec just edited (its form's profile and schemas already checked, as on an editor's save), and
  `jixiao fmt --check` and `jixiao diff A A` of the spec just edited, which editors and hooks run on save too;
- `jixiao validate` and `jixiao lint` of many specs in one run (`--many` copies of each example, pass cache off), and
  of as many specs naming no form (`x: 1`, named one by one), per spec: what stays the same for every spec (the
  forms' folders searched, their profiles and patterns read) shows here, multiplied by hundreds in a unit's CI;
- per-document render time for .docx and .html, templates already prepared;
- `validate`, `lint` and `build` of one large spec (an example grown to N indicators, `--rows`):
  the time per row should stay flat as N grows; a rule that looks something up once per value
  shows here as quadratic; and `validate` of a copy indented with tabs, with one other slip (each tab line is
  told where it goes, by parses that must stay bounded however long the file);
- `diff` of two drafts of one large spec (a row renamed among 2400, a target changed among 1000 rows of
  one name, a row moved among 3000, every row renamed and its target edited among 500, 1000 and 2000, 1000, 4000
  and 10,000 rows named 完成率 each renamed 完成率（2024年）, every old name held by every new one, and 1000 and 4000
  rows named 完成率 with every target edited, no two rows of the name equal, and renamed as well, the names all tied),
  with peak memory: a pairing that measures every row against every other, or keeps every pair, shows here;
- `import` of each example's Word form with a long text (`--long-text` characters) pasted as a paragraph
  under its title, and put into its longest cell: a regex that backtracks over the text shows here;
- batch throughput of `jixiao build --format docx` against the plain docxtpl recipe
  (open the template, render, save, once per document), side by side in the same run;
- no-op rebuild time (nothing changed since the last build);
- peak memory (max RSS of the build and its workers) for each N.

Prints a Markdown table; paste it into bench/README.md with the machine noted.
"""
from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, str(ROOT / "cli.py")]

PEAK = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # not SELF: Linux keeps a spawned process's
# maxrss across exec, so this wrapper's own would be the bench's size when it started it
print(code, elapsed, peak)
"""

PLAIN_RECIPE = """
import io, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from docxtpl import DocxTemplate
from generator import model
from generator.load import load
from generator.schema_store import SchemaStore
from generator.variants import Catalog
from generator.jinja import make_env
catalog, out = Catalog(), Path(sys.argv[2])
store = SchemaStore(*catalog.roots.schema_folders)
paths = sys.argv[3:]
start = time.perf_counter()
for n, path in enumerate(paths):
    spec = load(path)
    variant = catalog.get(spec.data["form"])
    context = model.build(spec.data, variant, store)
    template = DocxTemplate(str(variant.docx_template))
    template.render(context, jinja_env=make_env([variant.folder]), autoescape=True)
    template.save(str(out / f"{n}.docx"))
print(time.perf_counter() - start)
"""


def make_specs(examples: Path, folder: Path, per_variant: int) -> list[Path]:
    """Copies of each example spec with a numbered unit name (so every output file name differs)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for example in sorted(examples.glob("*.yaml")):
        text = example.read_text(encoding="utf-8")
        unit_line = next(line for line in text.splitlines() if line.startswith("unit: "))
        for i in range(per_variant):
            path = folder / f"{example.stem}-{i:04d}.yaml"
            path.write_text(text.replace(unit_line, f"{unit_line}（样本{i:04d}）", 1), encoding="utf-8")
            made.append(path)
    return made


def timed(command: list[str], env: dict | None = None, expect: int | tuple[int, ...] = 0) -> tuple[float, int]:
    """(wall seconds, peak RSS in KiB) of a command run in a fresh process, which must exit with `expect` (or one of
    them: an import exits 1 when what it read has problems, 2 or more only when it failed)."""
    out = subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})})
    code, elapsed, peak = out.stdout.split()
    if int(code) not in (expect if isinstance(expect, tuple) else (expect,)):
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return float(elapsed), int(peak)


def median_seconds(command: list[str], runs: int, env: dict) -> float:
    times = sorted(timed(command, env)[0] for _ in range(runs))
    return times[len(times) // 2]


def startup_rows(examples: Path, work: Path, runs: int) -> list[tuple]:
    """(spec, validate, lint with the pass cache off, lint with it warm, validate, lint, fmt --check and diff A A of
    the spec just edited), medians in seconds."""
    off = {"JIXIAO_NO_CACHE": "1"}
    warm = {"JIXIAO_CACHE_DIR": str(work / "cache")}
    rows = []
    for spec in sorted(examples.glob("*.yaml")):
        lint = [*CLI, "lint", str(spec)]
        timed(lint, warm)  # remember the pass
        rows.append((spec.name, median_seconds([*CLI, "validate", str(spec)], runs, off),
                     median_seconds(lint, runs, off), median_seconds(lint, runs, warm),
                     *(edited_seconds(spec, command, runs, warm)
                       for command in (["validate"], ["lint"], ["fmt", "--check"])),
                     edited_seconds(spec, ["diff"], runs, warm, copies=2)))
    return rows


def edited_seconds(spec: Path, command: list[str], runs: int, env: dict, copies: int = 1) -> float:
    """Median seconds of `command` on a copy of `spec` (named `copies` times: diff's A A) changed before each run: an
    editor's run on save, the spec's own pass not remembered, its form's profile and schemas remembered (pass cache
    off checks those again too). The copy is beside the spec, so that its first line's schema path still leads to the
    schema and its project is the spec's, and hidden (a dot name, which every folder's walk passes over:
    spec_files.hidden), so that `validate specs` run meanwhile, or a run killed before it is removed, does not take it
    for a spec."""
    copy = spec.with_name(f".bench-edited-{spec.name}")
    text = spec.read_text(encoding="utf-8")
    times = []
    try:
        for n in range(runs):
            copy.write_text(f"{text}\n# edit {n}\n", encoding="utf-8")
            times.append(timed([*CLI, *command, *[str(copy)] * copies], env)[0])
    finally:
        copy.unlink(missing_ok=True)
    return sorted(times)[len(times) // 2]


def many_specs_rows(examples: Path, work: Path, per_variant: int) -> list[tuple[str, int, float, float]]:
    """(specs, how many, seconds of `jixiao validate` and of `jixiao lint` of them all in one run), pass cache off: the
    example copies as a folder, and as many specs reading only `x: 1` named one by one (a folder's walk passes over
    them), each told FORM-MISSING with the forms there are."""
    off = {"JIXIAO_NO_CACHE": "1"}
    copies = make_specs(examples, work / "many", per_variant)
    formless = work / "formless"
    formless.mkdir()
    for n in range(len(copies)):
        (formless / f"{n:04d}.yaml").write_text("x: 1\n", encoding="utf-8")
    rows = []
    for label, paths, expect in (("copies of the examples", [str(copies[0].parent)], 0),
                                 ("specs naming no form", sorted(map(str, formless.iterdir())), 1)):
        rows.append((label, len(copies), *(timed([*CLI, command, *paths], off, expect=expect)[0]
                                           for command in ("validate", "lint"))))
    return rows


def per_document_ms(examples: Path) -> tuple[float, float]:
    sys.path.insert(0, str(ROOT))
    from generator import model
    from generator.render_docx import DocxRenderer
    from generator.render_html import HtmlRenderer
    from generator.validate import Validator

    validator, docx_ms, html_ms = Validator(), [], []
    for example in sorted(examples.glob("*.yaml")):
        checked = validator.check_file(example)
        context = model.build(checked.spec.data, checked.variant, validator.store)
        for renderer, sink in ((DocxRenderer(checked.variant), docx_ms), (HtmlRenderer(checked.variant), html_ms)):
            renderer.render(context)
            start = time.perf_counter()
            for _ in range(10):
                renderer.render(context)
            sink.append((time.perf_counter() - start) / 10 * 1000)
    return sum(docx_ms) / len(docx_ms), sum(html_ms) / len(html_ms)


def grow_spec(examples: Path, folder: Path, rows: int) -> Path:
    """The first example grown to `rows` indicators (copies of its own, each name numbered)."""
    from ruamel.yaml import YAML

    yaml = YAML()
    example = sorted(examples.glob("*.yaml"))[0]
    data = yaml.load(example.read_text(encoding="utf-8"))
    indicators = max(_indicator_lists(data), key=len)
    template = list(indicators)
    indicators[:] = [{**template[i % len(template)], "name": f"{template[i % len(template)]['name']}{i}"}
                     for i in range(rows)]
    path = folder / f"{example.stem}-{rows}-rows.yaml"
    folder.mkdir(parents=True, exist_ok=True)
    text = io.StringIO()
    yaml.dump(data, text)
    path.write_text(text.getvalue(), encoding="utf-8")
    return path


def _indicator_lists(node):
    """Every list of indicator rows (mappings with a level1) in a spec's data."""
    if isinstance(node, list):
        if node and all(isinstance(item, dict) and "level1" in item for item in node):
            yield node
        for item in node:
            yield from _indicator_lists(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from _indicator_lists(value)


def large_spec_rows(examples: Path, work: Path, sizes: list[int]) -> list[tuple[int, float, float, float, float]]:
    """(indicators, validate, lint, build, validate of a copy indented with tabs) seconds for one spec grown to each
    size, pass cache off."""
    off = {"JIXIAO_NO_CACHE": "1"}
    rows = []
    for n in sizes:
        spec = grow_spec(examples, work / "large", n)
        rows.append((n, timed([*CLI, "validate", str(spec)], off)[0], timed([*CLI, "lint", str(spec)], off)[0],
                     timed([*CLI, "build", str(spec), "--out", str(work / "large-out"), "--force"], off)[0],
                     timed([*CLI, "validate", str(tabbed_copy(spec))], off, expect=1)[0]))
    return rows


def tabbed_copy(spec: Path) -> Path:
    """A copy of `spec` with its indicators' dashes indented 2 spaces and their fields with tabs (one for each 2
    spaces), and one other slip (`: ` in the first indicator's 一级指标) after the first tab: each tab line is tried at a few
    columns, parsed with the lines around it, and a tab line that reads nowhere must not cost the file's length for
    every line after it (tab_indents.MOST_TRIED, WINDOW)."""
    lines = spec.read_text(encoding="utf-8").split("\n")
    first = next(number for number, content in enumerate(lines) if content.lstrip(" -").startswith("level1:"))
    for number, content in enumerate(lines[first:], first):  # the list's dashes put 2 in, as the examples have them
        width = len(content) - len(content.lstrip(" "))
        lines[number] = "\t" * (width // 2 + 1) + content[width:] if width else "  " * content.startswith("-") + content
    later = next(number for number, content in enumerate(lines) if number > first + 1
                 and content.lstrip(" -").startswith("level1:"))
    lines[later] = lines[later].rstrip() + ": 数量"
    path = spec.with_name(f"{spec.stem}-tabbed.yaml")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def edited_copy(spec: Path, name: str, edit) -> Path:
    """A copy of `spec` named `name`, its longest indicator list changed in place by `edit`."""
    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load(spec.read_text(encoding="utf-8"))
    edit(max(_indicator_lists(data), key=len))
    path = spec.with_name(f"{name}.yaml")
    text = io.StringIO()
    yaml.dump(data, text)
    path.write_text(text.getvalue(), encoding="utf-8")
    return path


def _one_name(rows: list, name: str = "满意度") -> None:
    """Every row the first one, under one name, its target (its last field) ≥k次: rows of one identity, none equal."""
    target = list(rows[0])[-1]
    rows[:] = [{**rows[0], "name": name, target: f"≥{k}次"} for k in range(1, len(rows) + 1)]


def _all_named(name: str):
    def rename(rows: list) -> None:
        for row in rows:
            row["name"] = name
    return rename


def _renamed(k: int):
    def rename(rows: list) -> None:
        rows[k]["name"] += "（改名）"
    return rename


def _target_changed(k: int):
    def change(rows: list) -> None:
        rows[k][list(rows[k])[-1]] = "≥99999次"
    return change


def _targets_edited(rows: list) -> None:
    """Every row's target (its last field) edited, as a clerk does for a whole list at once."""
    for row in rows:
        target = list(row)[-1]
        row[target] = f"{row[target]}（调整）"


def _all_renamed(rows: list) -> None:
    """Every row renamed (a word put before its name) and its target edited."""
    _targets_edited(rows)
    for row in rows:
        row["name"] = f"年度{row['name']}"


def _renamed_and_edited(name: str):
    def edit(rows: list) -> None:
        _targets_edited(rows)
        _all_named(name)(rows)
    return edit


def _moved_to_end(k: int):
    def move(rows: list) -> None:
        rows.append(rows.pop(k))
    return move


def large_diff_rows(examples: Path, work: Path) -> list[tuple[str, float, int]]:
    """(the two drafts, seconds and peak KiB of `jixiao diff` between them) for a large spec and a copy with one row
    changed, every row renamed, or every target edited."""
    folder = work / "diff"
    renamed = grow_spec(examples, folder, 2400)
    one_name = edited_copy(grow_spec(examples, folder, 1000), "one-name", _one_name)
    moved = grow_spec(examples, folder, 3000)
    rows = []
    for label, before, edit in (("2400 indicators, one renamed", renamed, _renamed(1200)),
                                ("1000 rows of one name, one target changed", one_name, _target_changed(500)),
                                ("3000 indicators, one moved to the end", moved, _moved_to_end(0)),
                                *((f"{n} indicators, every one renamed and its target edited", grow_spec(examples, folder, n),
                                   _all_renamed) for n in (500, 1000, 2000)),
                                *((f"{n} rows named 完成率, each renamed 完成率（2024年）",
                                   edited_copy(grow_spec(examples, folder, n), f"held-{n}", partial(_one_name, name="完成率")),
                                   _all_named("完成率（2024年）")) for n in (1000, 4000, 10000)),
                                *((f"{n} rows named 完成率, every target edited",
                                   edited_copy(grow_spec(examples, folder, n), f"held-{n}", partial(_one_name, name="完成率")),
                                   _targets_edited) for n in (1000, 4000)),
                                *((f"{n} rows named 完成率, each renamed 完成率（2024年） and its target edited",
                                   edited_copy(grow_spec(examples, folder, n), f"held-{n}", partial(_one_name, name="完成率")),
                                   _renamed_and_edited("完成率（2024年）")) for n in (1000, 4000))):
        after = edited_copy(before, f"{before.stem}-edited", edit)
        rows.append((label, *timed([*CLI, "diff", str(before), str(after)], expect=1)))
    return rows


LONG_TEXT = "围绕年度重点任务，深入调研有关情况，组织开展专题研讨活动，形成调研报告并按时报送，推动成果转化运用；"


def with_long_text(form: Path, path: Path, chars: int, in_cell: bool) -> Path:
    """A copy of a Word form with a text of `chars` characters pasted as a paragraph under its first one (a report's
    text above the form), or put into its longest cell (a key task's text)."""
    import copy

    import docx

    document = docx.Document(str(form))
    text = (LONG_TEXT * (chars // len(LONG_TEXT) + 1))[:chars]
    if in_cell:
        cells = (cell for table in document.tables for row in table.rows for cell in row.cells)
        paragraph = max(cells, key=lambda cell: len(cell.text)).paragraphs[0]
    else:
        first = document.paragraphs[0]
        pasted = copy.deepcopy(first._element)
        first._element.addnext(pasted)
        paragraph = docx.text.paragraph.Paragraph(pasted, first._parent)
    if not paragraph.runs:  # an empty paragraph: the text gets a run of its own
        paragraph.add_run()
    for run in paragraph.runs[1:]:
        run._element.getparent().remove(run._element)
    paragraph.runs[0].text = text
    document.save(str(path))
    return path


def long_text_rows(examples: Path, work: Path, sizes: list[int]) -> list[tuple[str, int, float, float]]:
    """(example, characters, seconds of `jixiao import` with the text pasted as a paragraph, with it in a cell)."""
    rows = []
    for example in sorted(examples.glob("*.yaml")):
        out = work / "long-forms" / example.stem
        timed([*CLI, "build", str(example), "--out", str(out), "--format", "docx", "--force"])
        form = next(out.glob("*.docx"))
        for chars in sizes:
            seconds = [timed([*CLI, "import", str(with_long_text(form, work / f"long-{chars}-{in_cell}.docx", chars, in_cell)),
                              "-o", str(work / "long.yaml"), "--force"], expect=(0, 1))[0] for in_cell in (False, True)]
            rows.append((example.name, chars, *seconds))
    return rows


def cpu_loop() -> float:
    """Seconds for a fixed CPU loop: how fast this machine is right now. Shared machines drift by up to
    twice; every figure scales with this one, so it is printed beside them."""
    start = time.perf_counter()
    sum(range(3 * 10**7))
    return time.perf_counter() - start


def at_least(least: int, text: str) -> int:
    """A count given on the command line, refused (a usage error) below `least`: `--many -1` made no copies and
    stopped on the first one (IndexError), `--runs 0` on the median of no runs."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"{number} is less than {least}")
    return number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])  # its first line ended mid-sentence
    parser.add_argument("--sizes", default="10,100,1000", help="specs per variant, comma-separated")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--examples", type=Path, default=ROOT / "specs", help="folder of example specs to copy")
    parser.add_argument("--runs", type=partial(at_least, 1), default=7, help="runs per start-up figure (the median is shown)")
    parser.add_argument("--many", type=partial(at_least, 0), default=60,
                        help="copies of each example validated and linted in one run (0: none)")
    parser.add_argument("--rows", default="300,3000", help="indicators in the one large spec, comma-separated")
    parser.add_argument("--long-text", default="20000,50000", help="characters of the long text imported, comma-separated")
    alone = parser.add_mutually_exclusive_group()
    alone.add_argument("--startup", action="store_true",
                       help="measure only validate, lint, fmt --check and diff A A of each example spec")
    alone.add_argument("--many-only", action="store_true",
                       help="measure only validate and lint of many specs in one run (--many copies of each example)")
    args = parser.parse_args()
    if args.many_only and not args.many:
        parser.error("--many-only measures --many copies of each example: give --many 1 or more")
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("PYTHONDONTWRITEBYTECODE is set: a module whose .pyc is stale is compiled again in every process,\n"
              "which adds tens of milliseconds to every start-up figure. Unset it for figures to compare.\n",
              file=sys.stderr)
    loop_before = cpu_loop()
    work = Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
    if args.startup:
        run_alone(work, loop_before, lambda: startup_rows(args.examples, work, args.runs),
                  lambda startup: print_startup(startup, args.runs))
        return
    if args.many_only:
        run_alone(work, loop_before, lambda: many_specs_rows(args.examples, work, args.many), print_many)
        return
    rows = []
    try:
        one = next(args.examples.glob("*.yaml"))
        cold, _ = timed([*CLI, "build", str(one), "--out", str(work / "cold"), "--force"])
        startup = startup_rows(args.examples, work, args.runs)
        many = many_specs_rows(args.examples, work, args.many) if args.many else []
        docx_ms, html_ms = per_document_ms(args.examples)
        large = large_spec_rows(args.examples, work, [int(r) for r in args.rows.split(",") if r])
        diffs = large_diff_rows(args.examples, work)
        long_texts = long_text_rows(args.examples, work, [int(c) for c in args.long_text.split(",") if c])
        for n in sizes:
            specs = make_specs(args.examples, work / f"specs-{n}", n)
            out = work / f"out-{n}"
            build, peak = timed([*CLI, "build", str(specs[0].parent), "--out", str(out), "--format", "docx",
                                 "--jobs", str(args.jobs), "--quiet"])
            noop, _ = timed([*CLI, "build", str(specs[0].parent), "--out", str(out), "--format", "docx", "--quiet"])
            plain_out = work / f"plain-{n}"
            plain_out.mkdir()
            plain = float(subprocess.run([sys.executable, "-c", PLAIN_RECIPE, str(ROOT), str(plain_out),
                                          *map(str, specs)], capture_output=True, text=True, check=True).stdout)
            rows.append((n, len(specs), build, noop, plain, peak))
            shutil.rmtree(out)
            shutil.rmtree(plain_out)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; --jobs {args.jobs}\n")
    print(f"- CPU loop (`sum(range(3*10**7))`): {loop_before:.2f} s before the run, {cpu_loop():.2f} s after")
    print(f"- single-spec cold `jixiao build`: {cold:.2f} s")
    print(f"- per-document render (templates prepared): .docx {docx_ms:.1f} ms, .html {html_ms:.1f} ms")
    print_startup(startup, args.runs)
    if many:
        print_many(many)
    if large:
        print_table(["one spec with N indicators (pass cache off)", "validate", "lint", "build (docx, html)",
                     "validate, indented with tabs and one other slip"],
                    [(n, f"{validate:.2f} s", f"{lint:.2f} s", f"{build:.2f} s", f"{tabbed:.2f} s")
                     for n, validate, lint, build, tabbed in large])
    print_table(["diff of large specs", "jixiao diff", "peak memory"],
                [(label, f"{seconds:.2f} s", f"{peak / 1024:.0f} MiB") for label, seconds, peak in diffs], label_left=True)
    if long_texts:
        print_table(["import with a long text", "characters", "pasted under the title", "in the longest cell"],
                    [(name, chars, f"{pasted:.2f} s", f"{in_cell:.2f} s")
                     for name, chars, pasted, in_cell in long_texts], label_left=True)
    if not rows:
        return
    base_peak = rows[0][5]
    print_table(["specs per variant", "specs", "jixiao build (docx)", "docs/s", "plain docxtpl recipe", "docs/s",
                 "ratio", "no-op rebuild", "peak memory"],
                [(n, total, f"{build:.1f} s", f"{total / build:.0f}", f"{plain:.1f} s", f"{total / plain:.0f}",
                  f"{plain / build:.2f}×", f"{noop:.2f} s",
                  f"{peak / 1024:.0f} MiB ({peak / base_peak:.2f}× of N={rows[0][0]})")
                 for n, total, build, noop, plain, peak in rows])



def run_alone(work: Path, loop_before: float, measure, show) -> None:
    """One section measured alone (`--startup`, `--many-only`): its table after the machine and the CPU loop, as
    the full report prints them once for all sections."""
    try:
        figures = measure()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; CPU loop "
          f"(`sum(range(3*10**7))`): {loop_before:.2f} s before the run, {cpu_loop():.2f} s after")
    show(figures)


def print_startup(startup, runs: int) -> None:
    """Two tables, a first run and an unchanged spec, then the spec just edited: one row of eight figures did not fit
    a terminal's width."""
    print_table([f"spec (median of {runs} runs)", "validate", "lint, pass cache off", "lint, pass cache warm"],
                [(name, *(f"{seconds:.2f} s" for seconds in figures[:3])) for name, *figures in startup],
                label_left=True)
    print_table([f"spec just edited (median of {runs} runs)", "validate", "lint", "fmt --check", "diff A A"],
                [(name, *(f"{seconds:.2f} s" for seconds in figures[3:])) for name, *figures in startup],
                label_left=True)


def print_many(many) -> None:
    """The many-specs table (`many_specs_rows`): seconds of each run and per spec."""
    print_table(["many specs in one run (pass cache off)", "specs", "validate", "per spec", "lint", "per spec"],
                [(label, n, f"{validate:.2f} s", f"{validate / n * 1000:.0f} ms", f"{lint:.2f} s",
                  f"{lint / n * 1000:.0f} ms") for label, n, validate, lint in many], label_left=True)


def print_table(headings, rows, label_left=False):
    """A markdown table after a blank line, figures right-aligned (and the first column too,
    unless it holds labels), so each section of the report pastes into bench/README.md as it is."""
    print()
    print("| " + " | ".join(headings) + " |")
    print("|" + "|".join(["---" if label_left and i == 0 else "---:" for i in range(len(headings))]) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


if __name__ == "__main__":
    main()
