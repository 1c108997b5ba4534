"""Following TEXT-MOJIBAKE's and FILE-ENCODING's advice never destroys text: each step a message gives is done here
with Python's codecs, as the editor does it, on the file the message was about, and compared with the original.

A file garbled in part was sent to be re-encoded whole, which turned its good half into "?" or new garbling; the
code page named for a GBK file read as a western one was the one most texts fit, not the one all of them do.
"""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.rules.text_mojibake import SHOWN

from .conftest import ROOT

EXAMPLES = sorted(path.name for path in (ROOT / "specs").glob("*.yaml"))
_CODECS = {"GBK": "gbk", "ISO 8859-1": "latin-1", "Windows 1252": "cp1252", "UTF-8": "utf-8"}
_STEPS = re.compile(r"“通过编码保存”→ (GBK|ISO 8859-1|Windows 1252)，再点一次 →“通过编码重新打开”→ (GBK|UTF-8)")


def console(text: str) -> str:
    """`text` as Windows PowerShell 5.1 on a Chinese Windows reads it from a program that prints UTF-8."""
    return text.encode("utf-8").decode("gbk", "replace").replace("\ufffd", "?")


def western(text: str, codec: str) -> str:
    """A GBK file `text` as an editor that took it for `codec` shows it (and saves it as UTF-8)."""
    return text.encode("gbk").decode(codec)


def _validate(tmp_path, garbled: str | bytes) -> list[str]:
    path = tmp_path / "a.yaml"
    path.write_bytes(garbled if isinstance(garbled, bytes) else garbled.encode("utf-8"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "Traceback" not in result.output
    return [line for line in result.output.splitlines() if "错误[" in line]


def _followed(errors: list[str], garbled: str) -> str | None:
    """What the editor shows after the whole-file steps the errors give (saving writes "?" for a character the
    encoding has not, reopening shows "�" for bytes it cannot read); None when no error gives such steps."""
    steps = [found for error in errors for found in _STEPS.findall(error)]
    if not steps:
        return None
    assert len(steps) == 1, steps
    save, reopen = (_CODECS[name] for name in steps[0])
    return garbled.encode(save, "replace").decode(reopen, "replace")


def _original(name: str) -> str:
    return (ROOT / "specs" / name).read_text(encoding="utf-8")


def _half(text: str, share: float, garble) -> str:
    lines = text.splitlines(keepends=True)
    cut = int(share * len(lines))
    return garble("".join(lines[:cut])) + "".join(lines[cut:])


@pytest.mark.parametrize("share", [0.45, 0.6, 0.7])
@pytest.mark.parametrize("garble", [console, lambda text: western(text, "latin-1")], ids=["console", "latin-1"])
def test_a_file_garbled_in_part_is_never_sent_to_be_re_encoded_whole(tmp_path, share, garble):
    """The whole-file steps on a file garbled in its first lines wrote its good lines as “????????” (ISO 8859-1) or
    garbled them anew (GBK); below half garbled, one error a text, 125, each with the same advice, and a 三级指标 left
    empty as its garbled 二级 allows said “不能为空”."""
    original = _original("hengyang-qiaolian-2022.yaml")
    garbled = _half(original, share, garble)
    errors = _validate(tmp_path, garbled)
    assert _followed(errors, garbled) is None, errors[0]
    summary = errors[0]
    assert "a.yaml: 错误[TEXT-MOJIBAKE] 文件里有 " in summary and "处文字是乱码" in summary, summary
    assert "不要把整个文件换一种编码另存或重新打开" in summary and "请只把这些行改回原文" in summary
    named = set(_lines_named(summary))
    total = re.search(r"行等 (\d+) 行：", summary)
    changed = {number for number, (was, now) in enumerate(zip(original.splitlines(), garbled.splitlines()), 1)
               if was != now and not was.lstrip().startswith("#")}
    assert named <= changed and 0.8 * len(changed) < (int(total.group(1)) if total else len(named)) <= len(changed)
    assert len(errors) == 1 + SHOWN and all("TEXT-MOJIBAKE" in error for error in errors), errors


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_the_whole_file_steps_for_a_gbk_file_read_as_western_give_back_every_character(tmp_path, name, codec):
    """喆 (GBK 0x86B4) reads as “†´” in Windows 1252 and as nothing ISO 8859-1 can save: the summary named ISO 8859-1
    because most texts fit it, and saving as it wrote “?” for the 喆."""
    original = re.sub(r"^(unit: .*)$", r"\1喆", _original(name), count=1, flags=re.M) if codec == "cp1252" \
        else _original(name)
    garbled = western(original, codec)
    errors = _validate(tmp_path, garbled)
    assert "整个文件的中文都是乱码" in errors[0], errors[0]
    assert _followed(errors, garbled) == original


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_whole_file_steps_for_powershell_s_garbling_show_lost_characters_only_as_many_as_said(tmp_path, name):
    """Reopened as the summary says, the file shows the original but for the characters the console had lost, each
    as “�”; the summary said 199 such where 241 showed."""
    original = _original(name)
    garbled = console(original)
    errors = _validate(tmp_path, garbled)
    shown = _followed(errors, garbled)
    assert shown is not None, errors[0]
    said = re.search(r"重新打开后有 (\d+) 处显示为“�”", errors[0])
    assert said and int(said.group(1)) == shown.count("\ufffd") > 0
    assert all(now == was or "\ufffd" in now for was, now in zip(original.splitlines(), shown.splitlines()))


def _reopened(original: str) -> tuple[bytes, list[int]]:
    """The bytes on disk after the summary's steps on PowerShell's garbling, and the lines that show “�”."""
    raw = console(original).encode("gbk")
    shown = raw.decode("utf-8", "replace").splitlines()
    return raw, [number for number, line in enumerate(shown, 1) if "\ufffd" in line]


def _lines_named(error: str) -> list[int]:
    runs = re.search(r"第 ([\d–、]+) 行", error).group(1)
    return [n for run in runs.split("、") for n in range(int(run.split("–")[0]), int(run.split("–")[-1]) + 1)]


def test_a_file_reopened_with_lost_characters_names_every_line_to_retype(tmp_path):
    """Validate said the file was not UTF-8 and to reopen it in its own encoding: more lines had lost a character
    than had Chinese and none, so it took them for another encoding."""
    raw, damaged = _reopened(_original("hengyang-qiaolian-2022.yaml"))
    errors = _validate(tmp_path, raw)
    assert len(errors) == 1 and "错误[FILE-ENCODING] 文件是 UTF-8 编码，有" in errors[0], errors
    assert _lines_named(errors[0]) == damaged and len(damaged) > 40
    assert "不要把整个文件换一种编码重新打开或另存" in errors[0]


def test_a_file_saved_with_lost_characters_names_every_line_holding_one(tmp_path):
    """Saved as UTF-8 before every “�” was retyped, four of its 56 damaged lines were said, by the schema."""
    raw, damaged = _reopened(_original("hengyang-qiaolian-2022.yaml"))
    saved = raw.decode("utf-8", "replace")
    errors = _validate(tmp_path, saved)
    told = [error for error in errors if "FILE-ENCODING" in error]
    assert len(told) == 1 and _lines_named(told[0]) == damaged, errors
    assert f"文件里有 {saved.count(chr(0xFFFD))} 处“�”" in told[0]


def test_powershell_s_utf16_file_is_given_the_steps_that_give_it_back(tmp_path):
    """It was said that nothing but making it again would do, where the summary for the same garbling saved as UTF-8
    gives the steps that give it back; done on the file, they do, but for the characters the console lost."""
    original = _original("zhanjiang-qiaolian-2024.yaml")
    garbled = console(original)
    errors = _validate(tmp_path, garbled.encode("utf-16"))
    assert len(errors) == 1 and "错误[FILE-ENCODING] 文件是 UTF-16 编码，其中的中文已经是乱码" in errors[0], errors
    shown = _followed(errors, garbled)
    said = re.search(r"有 (\d+) 处显示为“�”", errors[0])
    assert shown is not None and said and int(said.group(1)) == shown.count("\ufffd")
    assert all(now == was or "\ufffd" in now for was, now in zip(original.splitlines(), shown.splitlines()))


def test_a_gbk_file_of_one_rare_character_is_not_named_big5(tmp_path):
    """禤 as GBK reads as 賀, a common Big5 character: the file was named Big5, and reopened so it read 賀."""
    errors = _validate(tmp_path, "form: hengyang\nfilled_by: 禤\n".encode("gbk"))
    assert len(errors) == 1 and "分不出是 GBK（简体）还是 Big5（繁体）：按 GBK 读是“禤”，按 Big5 读是“賀”" in errors[0], errors
    assert "文件是 Big5 编码" not in errors[0]


_FOREIGN = ["Müller", "たなか", "禤喆", "김민수"]
"""A name of a line of its own that does not read as Chinese: German, Japanese, two rare characters, Korean (which
GBK has not, so no GBK file holds it)."""


@pytest.mark.parametrize("foreign", _FOREIGN)
@pytest.mark.parametrize("garble", [console, lambda text: western(text, "latin-1")], ids=["console", "latin-1"])
def test_a_wholly_garbled_file_with_a_line_that_is_not_chinese_is_given_the_whole_file_steps(tmp_path, foreign, garble):
    """The steps were advised only when every line came back as Chinese: a wholly garbled file with one foreign name
    on a line was said to be garbled in part, its other lines to read well, and 250 lines were to be retyped, where
    the steps gave back the file exactly."""
    if garble is not console and foreign == "김민수":
        pytest.skip("no GBK for 김")
    original = _original("tianjin-qiaolian-2023.yaml").replace("\n", f"\n# checked by {foreign}\n", 1)
    garbled = garble(original)
    errors = _validate(tmp_path, garbled)
    # 喆 read as ISO 8859-1 holds a C1 control YAML refuses first: TEXT-CONTROL-CHAR gives the same steps
    assert "整个文件的中文都是乱码" in errors[0] or "不要删除它" in errors[0], errors[0]
    shown = _followed(errors, garbled)
    assert shown is not None
    assert all(now == was or "\ufffd" in now for was, now in zip(original.splitlines(), shown.splitlines()))


@pytest.mark.parametrize("name", EXAMPLES)
@pytest.mark.parametrize("share", [0.45, 0.7])
@pytest.mark.parametrize("garble", [console, lambda text: western(text, "latin-1")], ids=["console", "latin-1"])
def test_fixing_the_lines_a_partly_garbled_file_s_summary_names_leaves_no_garbling(tmp_path, name, share, garble):
    """The summary named only its first ten runs of lines and missed short values (“鈮?3椤?” for ≥3项, “12ÔÂ” for
    12月), read leniently only in a wholly garbled file: fixed as told, the file still held garbled values, now
    said by nothing."""
    original = _original(name)
    garbled = _half(original, share, garble)
    errors = _validate(tmp_path, garbled)
    assert "请只把这些行改回原文" in errors[0], errors[0]
    named = _lines_named(errors[0])
    was, now = original.splitlines(keepends=True), garbled.splitlines(keepends=True)
    changed = [number for number, (a, b) in enumerate(zip(was, now), 1) if _uncommented(a) != _uncommented(b)]
    assert named == changed
    fixed = "".join(was[i] if i + 1 in named else line for i, line in enumerate(now))
    assert not [error for error in _validate(tmp_path, fixed) if "TEXT-MOJIBAKE" in error]


def _uncommented(line: str) -> str:
    """A line but for its comment: a garbled comment is printed nowhere, and no message asks to fix it."""
    return re.sub(r"(^|\s)#.*", "", line)


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_control_character_that_is_half_of_a_gbk_character_is_not_to_be_deleted(tmp_path, name):
    """喆 (GBK 0x86B4) in a GBK file opened as ISO 8859-1 and saved as UTF-8 holds U+0086, which YAML refuses before any
    rule reads the file: TEXT-CONTROL-CHAR said to delete it, and 喆 was gone for good. It is told as the garbling,
    with the steps that give the file back."""
    original = re.sub(r"^(unit: .*)$", r"\1喆", _original(name), count=1, flags=re.M)
    garbled = western(original, "latin-1")
    errors = _validate(tmp_path, garbled)
    assert len(errors) == 1 and "TEXT-CONTROL-CHAR" in errors[0] and "U+0086" in errors[0], errors
    assert "不要删除它" in errors[0] and "请删除它" not in errors[0], errors[0]
    assert _followed(errors, garbled) == original


def test_a_control_character_in_a_file_that_reads_well_is_still_to_be_deleted(tmp_path):
    """A C1 control in a file whose Chinese reads well is no garbling: re-encoding would garble the rest."""
    errors = _validate(tmp_path, _original(EXAMPLES[0]).replace("\nyear:", "\n# \x86\nyear:", 1))
    assert len(errors) == 1 and "U+0086" in errors[0] and "请删除它" in errors[0], errors


def utf8_western(text: str, codec: str) -> str:
    """A UTF-8 file `text` as an editor that took it for `codec` shows it (and saves it as UTF-8)."""
    return text.encode("utf-8").decode(codec)


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_utf8_file_opened_as_latin1_is_given_the_steps_that_give_it_back(tmp_path, name):
    """UTF-8 read as ISO 8859-1 writes a C1 control for many of a character's three bytes (0x87 of 出), which YAML
    refuses first: TEXT-CONTROL-CHAR said to delete it, and the character was gone. It is told as UTF-8 read as
    ISO 8859-1, with the steps that give the file back; GBK is no part of it."""
    original = _original(name)
    garbled = utf8_western(original, "latin-1")
    errors = _validate(tmp_path, garbled)
    assert len(errors) == 1 and "TEXT-CONTROL-CHAR" in errors[0] and "请删除它" not in errors[0], errors
    assert "UTF-8 编码的文件被当作 ISO 8859-1（西欧文字）打开、又存成了 UTF-8" in errors[0], errors[0]
    assert "GBK" not in errors[0] and _followed(errors, garbled) == original


@pytest.mark.parametrize("meant, language", [("产出指标", "中文"), ("こんにちは", "日文"), ("김민수", "韩文")])
def test_a_utf8_value_pasted_as_latin1_into_a_readable_file_is_told_not_to_be_deleted(tmp_path, meant, language):
    """One value of UTF-8 read as ISO 8859-1 in a file that reads well: its control character was to be deleted,
    which lost the character; it is the garbling of what it says, to be typed again, the file left as it is."""
    garbled = utf8_western(meant, "latin-1")
    errors = _validate(tmp_path, _original(EXAMPLES[0]).replace("\nyear:", f"\nunit_note: {garbled}\nyear:", 1))
    assert len(errors) == 1 and "TEXT-CONTROL-CHAR" in errors[0], errors
    assert f"原文应是“{meant}”：UTF-8 的{language}被当作 ISO 8859-1（西欧文字）读了" in errors[0], errors[0]
    assert "不要只删除它" in errors[0] and "请删除它" not in errors[0] and "GBK" not in errors[0], errors[0]
    assert _STEPS.search(errors[0]) is None  # the good lines would be garbled by the whole-file steps
