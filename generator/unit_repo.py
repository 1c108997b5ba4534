"""`jixiao init`: a unit's own repository made ready for the review workflow, nothing copied by hand.

The workflow needs files that live in jixiao's repository: VS Code's recommended extension and tasks,
`.gitattributes` lines, a project file. A unit that installed jixiao from a wheel had none of them and
copied them by hand, as the README said. They travel in the package (`kit/` beside this module), so a
checkout and an installed jixiao write the same ones.

Nothing the unit has is overwritten: a file that exists is left as it is (and said to differ when it
does), and the line files (`.gitattributes`, `.gitignore`) only get the lines they lack, so running
`init` again changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .project import PROJECT_FILE
from .write import atomic_write

KIT = Path(__file__).resolve().parent / "kit"
SPECS = "specs"
VSCODE_FILES = ("extensions.json", "tasks.json")
LINE_FILES = ("gitattributes", "gitignore")  # written as .gitattributes, .gitignore


@dataclass(frozen=True)
class Outcome:
    """What `init` did to one file or folder, as one line for the user."""

    said: str
    changed: bool


def set_up(folder: Path) -> list[Outcome]:
    """Write every file of the kit into `folder` (made if missing) that is not there yet."""
    outcomes = []
    if not folder.is_dir():
        folder.mkdir(parents=True)
        outcomes.append(Outcome(f"已建立文件夹 {folder}", True))
    outcomes.append(_whole_file(folder / PROJECT_FILE, (KIT / PROJECT_FILE).read_bytes()))
    outcomes.append(_folder(folder / SPECS))
    for name in VSCODE_FILES:
        outcomes.append(_whole_file(folder / ".vscode" / name, (KIT / "vscode" / name).read_bytes()))
    for name in LINE_FILES:
        outcomes.append(_line_file(folder / f".{name}", (KIT / name).read_text(encoding="utf-8")))
    return outcomes


def _whole_file(target: Path, data: bytes) -> Outcome:
    if not target.exists():
        atomic_write(target, data)
        return Outcome(f"已写入 {target}", True)
    if target.is_file() and target.read_bytes() == data:
        return Outcome(f"{target} 已存在，未改动", False)
    return Outcome(f"{target} 已存在，与 jixiao init 要写的内容不同，未改动（要换成 jixiao 的，请删掉它再运行 jixiao init）", False)


def _folder(target: Path) -> Outcome:
    if target.is_dir():
        return Outcome(f"{target}/ 已存在", False)
    target.mkdir()
    return Outcome(f"已建立文件夹 {target}/（放规格）", True)


def _blocks(kit_text: str) -> list[tuple[list[str], list[str]]]:
    """The kit's line file as (comment lines, the lines they explain) pairs."""
    blocks: list[tuple[list[str], list[str]]] = []
    for line in kit_text.splitlines():
        if line.startswith("#"):
            if not blocks or blocks[-1][1]:
                blocks.append(([], []))
            blocks[-1][0].append(line)
        elif line.strip():
            if not blocks:
                blocks.append(([], []))
            blocks[-1][1].append(line)
    return blocks


def _same(line: str) -> str:
    return " ".join(line.split())


def _line_file(target: Path, kit_text: str) -> Outcome:
    """A file of lines (.gitattributes, .gitignore): the kit's lines the file lacks are appended with
    the comments that explain them; the unit's own lines stay as they are."""
    if not target.exists():
        atomic_write(target, kit_text.encode("utf-8"))
        return Outcome(f"已写入 {target}", True)
    text = target.read_bytes().decode("utf-8", "surrogateescape")
    present = {_same(line) for line in text.splitlines()}
    added: list[str] = []
    appended: list[str] = []
    for comments, lines in _blocks(kit_text):
        missing = [line for line in lines if _same(line) not in present]
        if missing:
            appended += [*comments, *missing]
            added += missing
    if not added:
        return Outcome(f"{target} 已有所需的各行，未改动", False)
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += newline
    if text.strip():
        text += newline  # a blank line between the unit's lines and jixiao's
    text += "".join(line + newline for line in appended)
    atomic_write(target, text.encode("utf-8", "surrogateescape"))
    return Outcome(f"已在 {target} 末尾补上 {len(added)} 行：{'、'.join(added)}", True)
