"""What `jixiao build` says of the files it found in the output folder from an earlier build: those it removed, those
it could not remove, those it kept or set aside because someone edited them, and the edited forms it left as they are.

Kept out of cli.py, which handles the command line's arguments only; which files these are is manifest.py's, through
the Builder. A form left among current ones is easily submitted, so each is said, and the warnings counted for the
summary line.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .build import FORMAT_NAMES, Builder
from .errors import held_elsewhere, os_reason


def leftovers_said(builder: Builder) -> Iterator[tuple[str, bool]]:
    """Each line said of the old files, with whether it goes to stderr (the warnings), in the order said."""
    for stale in builder.removed:
        yield f"已删除 {stale}（规格已改名、删除，或生成的文件名已变）", False
    for stale in builder.outdated:
        kind = stale.suffix[1:]
        yield (f"已删除过时的 {stale}（它由改动前的规格、表样或 jixiao 生成，本次没有生成 {FORMAT_NAMES[kind]}；"
               f"需要时运行 jixiao build --format {kind}）"), False
    for stale in builder.withdrawn:
        yield (f"已删除上次生成的 {stale}（它由改动前的规格、表样或 jixiao 生成，这次有错误未能重新生成；"
               f"留着它容易误交旧表，改正错误后再运行 jixiao build）"), False
    for form in builder.unchanged:
        yield (f"已保留上次生成的 {form}（规格自那次生成后没有改动，表中的内容仍与规格相符；"
               f"这次因上面的错误未能重新生成，改正后再运行 jixiao build）"), False
    for stale, exc in builder.unremoved:
        yield _unremoved(stale, exc), True
    for stale in builder.kept:
        yield f"警告：保留了 {stale}：它在 jixiao 生成后被修改过，没有删除；但它与现在的规格不符，请勿直接上报", True
    for changed, copy in builder.set_aside:
        yield (f"警告：{changed} 在 jixiao 上次生成后被修改过，为免覆盖这些修改，已改名为 {copy.name} 留在原处；"
               f"{changed.name} 换成了按现在的规格新生成的表，需要的修改（如签名、批注）请在新表中重做，"
               f"{copy.name} 不再需要时请删除它"), True
    if builder.copies_left:  # each said in full when renamed: one line after, however many sign-and-rebuild cycles
        yield (f"警告：输出文件夹里还有 {len(builder.copies_left)} 份重新生成时改名留下的、你修改过的旧版："
               f"{'、'.join(copy.name for copy in builder.copies_left)}；请与名字里没有“（修改过）”的新表对照，"
               "合并需要的修改后删除它们"), True
    if builder.edited:  # on every build, in one line: a form that may differ from its spec is not to go unmentioned
        yield (f"提示：以下表在 jixiao 生成后被修改过（如签名），规格和表样未改动，保留了你的修改、未重新生成："
               f"{'、'.join(form.name for form in builder.edited)}；要重新生成请删除它们或运行 jixiao build --force"), False
    for stale in builder.still_kept:  # said on every build: a stale form left among current ones is easily submitted
        yield (f"警告：{stale} 是以前保留的旧表（它在 jixiao 生成后被修改过，没有删除），与现在的规格不符，请勿直接上报；"
               "不再需要时请删除它或移出输出文件夹"), True


def removed_count(builder: Builder) -> int:
    """The old files removed, for the summary line: listed above, but a reader of the last line alone (CI, --quiet)
    should see it too."""
    return len(builder.removed) + len(builder.outdated) + len(builder.withdrawn)


def _unremoved(stale: Path, exc: OSError) -> str:
    """The warning for an old form the build could not remove: on Windows, Word and WPS lock the file they have open."""
    if held_elsewhere(exc):
        return f"警告：无法删除 {stale}：文件可能正在 Word、WPS 等程序中打开；它是旧表，请关闭后再运行 jixiao build"
    return f"警告：无法删除 {stale}：{os_reason(exc)}；它是旧表，留着容易误交，请删除它"
