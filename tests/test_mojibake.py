"""Chinese garbled by Windows PowerShell's `>` (UTF-8 read as GBK) is told from ordinary Chinese, and named.

The garbling is made here as the console makes it: jixiao's UTF-8 read as GBK, a pair of bytes GBK has no
character for written as "?".
"""
from __future__ import annotations

import re

import pytest
from ruamel.yaml import YAML
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.load import iter_strings
from generator.mojibake import LOST, recovered

from .conftest import ROOT, SHARED

_CJK = re.compile("[\u4e00-\u9fff]")


def console(text: str) -> str:
    """`text` as Windows PowerShell 5.1 on a Chinese Windows reads it from a program that prints UTF-8."""
    return text.encode("utf-8").decode("gbk", "replace").replace("\ufffd", "?")


def _corpus() -> list[str]:
    """Every text of the five example specs and every cell and line of the seeds' forms."""
    texts = []
    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        texts += [text for _, text in iter_strings(YAML(typ="safe", pure=True).load(spec.read_text(encoding="utf-8")))]
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        for line in seed.read_text(encoding="utf-8").splitlines():
            texts += [cell for cell in line.split("\t") if cell.strip()]
    return list(dict.fromkeys(texts))


CORPUS = _corpus()


def test_no_text_of_the_examples_or_the_seeds_is_taken_for_garbled():
    assert len(CORPUS) > 400
    assert [text for text in CORPUS if recovered(text)] == []


def test_the_garbled_texts_of_the_examples_and_the_seeds_are_told_and_read_back():
    """Each garbled text that lost no byte reads back exactly, but for a few of two Chinese characters that garble
    like a short real name ("2024年度"); nearly all that lost some are told, what is left of them read back around
    the lost characters."""
    chinese = [text for text in CORPUS if _CJK.search(text)]
    whole = [text for text in chinese if "?" not in console(text)]
    assert len(whole) > 100 and all(recovered(console(text)) in (text, None) for text in whole)
    assert all(recovered(console(text)) == text for text in whole if len(_CJK.findall(text)) >= 3)
    told = [text for text in chinese if recovered(console(text))]
    assert len(told) >= 0.9 * len(chinese)
    for text in told:
        kept = recovered(console(text)).split(LOST)
        assert all(piece in text for piece in kept), text


_COMMON = sorted({char for text in CORPUS for char in text if _CJK.match(char)} | set("，。；：、（）“”《》≥≤％"))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(_COMMON + list("0123456789 %-?")), min_size=1, max_size=40))
def test_ordinary_chinese_is_never_taken_for_garbled_and_its_garbling_always_is_told(text):
    assert recovered(text) is None
    garbled = console(text)
    if len(_CJK.findall(text)) >= 3 and "?" not in garbled and "?" not in text:
        assert recovered(garbled) == text


@pytest.mark.parametrize("name", ["濮翠华", "宓丽娟", "甯建国", "琚明", "璩美玲", "姒文", "澹台明", "濮阳华", "宓敏", "甯志强"])
def test_a_real_name_whose_surname_is_a_rare_character_is_not_taken_for_garbled(name):
    """“濮翠华” reads as UTF-8 to “姴仪”, two common characters: it was refused as garbled and the spec not built."""
    assert recovered(name) is None


def test_a_spec_filled_by_a_rare_surname_validates(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text((ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
                    .replace("filled_by: 扶金辉", "filled_by: 濮翠华"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 0 and "TEXT-MOJIBAKE" not in result.output, result.output


def _garbled_new(tmp_path, unit: str) -> str:
    """What `jixiao new … > a.yaml` leaves in Windows PowerShell 5.1, as text."""
    printed = CliRunner().invoke(main, ["new", "--form", "guangzhou", "--unit", unit, "--year", "2025"]).stdout
    return console(printed)


def test_a_garbled_spec_saved_as_utf8_names_each_garbled_field_and_what_it_was(tmp_path):
    """Validate said only that 一级指标 was not one of its choices, and let the garbled unit name pass."""
    path = tmp_path / "a.yaml"
    path.write_text(_garbled_new(tmp_path, "广州市台湾同胞联谊会"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ("a.yaml:7:7: 错误[TEXT-MOJIBAKE] 部门名称：“骞垮窞甯傚彴婀惧悓鑳炶仈璋婁細”是乱码，原文应是“广州市台湾同胞联谊会”。"
            in result.output)
    assert "请用 -o 写出文件（如 jixiao new … -o specs/a.yaml）重新生成" in result.output
    assert re.search(r"错误\[TEXT-MOJIBAKE\] 第 1 个绩效指标的“一级指标”：“浜у嚭鎸囨爣”是乱码，原文应是“产出指标”", result.output)


def test_a_character_lost_with_a_byte_is_marked_where_it_was(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(_garbled_new(tmp_path, "某单位"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert f"部门名称：“鏌愬崟浣?”是乱码，原文应是“某单{LOST}”（{LOST} 处的字已经丢失，请照原件补上）" in result.output


def test_a_utf16_file_of_garbled_chinese_is_not_sent_to_be_saved_as_utf8(tmp_path):
    """PowerShell's `>` writes UTF-16: saving it as UTF-8, as the message said, kept the garbling."""
    path = tmp_path / "a.yaml"
    path.write_bytes(_garbled_new(tmp_path, "广州市台湾同胞联谊会").encode("utf-16"))
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "a.yaml:2:1: 错误[FILE-ENCODING] 文件是 UTF-16 编码，其中的中文已经是乱码（第 2 行“# 琛ㄦ牱" in result.output
    assert "另存为 UTF-8 也改不回来；请用 -o 重新写出文件" in result.output
    assert "请以 UTF-8 另存" not in result.output


def test_the_docs_write_jixiao_s_chinese_to_a_file_with_o_never_with_a_redirect():
    """README's `jixiao new … > specs/a.yaml` garbles every Chinese character in Windows PowerShell 5.1."""
    redirected = []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for number, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
            for code in re.findall(r"`([^`]+)`", line) + ([line] if line.startswith(("$ ", "jixiao ")) else []):
                if re.match(r"(\$ )?(jixiao|python -m generator|python cli\.py) ", code) and re.search(r"\s>>? *[^\s=]", code):
                    redirected.append(f"{doc.name}:{number}: {code}")
    assert redirected == []
