"""Chinese garbled by Windows PowerShell's `>` (UTF-8 read as GBK) is told from ordinary Chinese, and named.

The garbling is made here as the console makes it: jixiao's UTF-8 read as GBK, a pair of bytes GBK has no
character for written as "?".
"""
from __future__ import annotations

import io
import random
import re

import pytest
from ruamel.yaml import YAML
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.load import iter_strings
from generator.mojibake import KEEP_C1, LOST, Garbling, garbling, recovered
from generator.rules.text_mojibake import SHOWN

from .conftest import NEEDS_SEEDS, ROOT, SHARED

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


@NEEDS_SEEDS
def test_no_text_of_the_examples_or_the_seeds_is_taken_for_garbled():
    assert len(CORPUS) > 400
    assert [text for text in CORPUS if recovered(text)] == []


@NEEDS_SEEDS
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


def test_a_garbled_spec_saved_as_utf8_is_said_once_with_the_step_that_gives_it_back(tmp_path):
    """Validate said only that 一级指标 was not one of its choices, and let the garbled unit name pass; then one
    TEXT-MOJIBAKE a text, hundreds for a long spec, each with the same advice."""
    path = tmp_path / "a.yaml"
    path.write_text(_garbled_new(tmp_path, "广州市台湾同胞联谊会"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert ("a.yaml: 错误[TEXT-MOJIBAKE] 整个文件的中文都是乱码（写着中文的 21 处文字中有 21 处，"
            "如部门名称“骞垮窞甯傚彴婀惧悓鑳炶仈璋婁細”原是“广州市台湾同胞联谊会”）") in lines[0], lines[0]
    assert "请用 -o 重新生成（如 jixiao new … -o specs/a.yaml）" in lines[0]
    assert "“通过编码保存”→ GBK，再点一次 →“通过编码重新打开”→ UTF-8" in lines[0]
    assert lines[0].endswith(f"下面只列出前 {SHOWN} 处，其余 {21 - SHOWN} 处改回后同样恢复")
    assert any(line.endswith("a.yaml:7:7: 错误[TEXT-MOJIBAKE] 部门名称：“骞垮窞甯傚彴婀惧悓鑳炶仈璋婁細”是乱码，"
                             "原文应是“广州市台湾同胞联谊会”") for line in lines)
    assert re.search(r"错误\[TEXT-MOJIBAKE\] 第 1 个绩效指标的“一级指标”：“浜у嚭鎸囨爣”是乱码，原文应是“产出指标”$", result.output, re.M)
    assert sum("TEXT-MOJIBAKE" in line for line in lines) == 1 + SHOWN
    assert "SCHEMA-ENUM" not in result.output  # each garbled 一级指标 was “不是可选的取值” too


def test_validate_reads_a_spec_s_garbled_texts_once(tmp_path, monkeypatch):
    """The rule and validate's leaving out of the problems the garbling caused (past_garbling) each read the spec's
    texts and simulated the whole-file steps: twice a file, the simulation kept in a cache across files for it."""
    from generator.rules import text_mojibake

    reads, recodings = [], []
    told, whole_recoding = text_mojibake.told, text_mojibake.whole_recoding
    monkeypatch.setattr(text_mojibake, "told", lambda spec: reads.append(spec.path) or told(spec))
    monkeypatch.setattr(text_mojibake, "whole_recoding",
                        lambda text: recodings.append(text) or whole_recoding(text))
    (tmp_path / "whole.yaml").write_text(_garbled_new(tmp_path, "广州市台湾同胞联谊会"), encoding="utf-8")
    (tmp_path / "one.yaml").write_text((ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
                                       .replace("扶金辉", console("衡阳市归国华侨联合会")), encoding="utf-8")
    (tmp_path / "fine.yaml").write_text((ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1 and "整个文件的中文都是乱码" in result.output, result.output
    assert sorted(reads) == sorted(str(tmp_path / name) for name in ("fine.yaml", "one.yaml", "whole.yaml"))
    assert len(recodings) == 1  # the wholly garbled file's: the others have too few garbled texts to try it


def test_a_long_garbled_spec_says_as_few_lines_as_a_short_one(tmp_path):
    """The first example grown to 320 indicators, garbled: one line a text and one a refused 一级指标 before."""
    yaml = YAML()
    data = yaml.load((ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8"))
    data["indicators"] = [{**row, "name": f"{row['name']}{i}"} for i in range(40) for row in data["indicators"]]
    grown = io.StringIO()
    yaml.dump(data, grown)
    assert len(data["indicators"]) > 300
    path = tmp_path / "a.yaml"
    path.write_text(console(grown.getvalue()), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == 1 and len(result.output.splitlines()) <= SHOWN + 4, result.output


def test_one_garbled_field_in_a_readable_spec_is_said_with_its_own_advice(tmp_path):
    """A file whose other texts read well is not to be re-encoded as a whole: that would garble the rest."""
    path = tmp_path / "a.yaml"
    path.write_text((ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
                    .replace("扶金辉", console("衡阳市归国华侨联合会")), encoding="utf-8")  # both 填表人
    result = CliRunner().invoke(main, ["validate", str(path)])
    told = [line for line in result.output.splitlines() if "TEXT-MOJIBAKE" in line]
    assert len(told) == 2 and all("是乱码，原文应是“衡阳市归国华侨联合会”。UTF-8 的中文被当作 GBK 读了" in line for line in told)
    assert "整个文件" not in result.output


def test_the_steps_the_summary_gives_write_back_the_original_bytes():
    """Saving the garbled text as GBK writes the UTF-8 bytes PowerShell read (a lost byte as “?”, which then is not
    UTF-8 and is said as such); saving GBK read as ISO 8859-1 in that code page writes the GBK file back."""
    original = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    back = console(original).encode("gbk").decode("utf-8", "replace").splitlines()
    kept = [line for line, garbled in zip(original.splitlines(), console(original).splitlines()) if "?" not in garbled]
    assert len(kept) > 20 and all(line in back for line in kept)
    assert original.encode("gbk").decode("latin-1").encode("latin-1").decode("gbk") == original


def test_a_gbk_file_saved_as_utf8_by_an_editor_that_read_it_as_latin1_is_told(tmp_path):
    """“²ú³öÖ¸±ê” for 产出指标 was refused as not one of the choices, and a garbled 部门名称 passed unsaid."""
    path = tmp_path / "a.yaml"
    text = (ROOT / "specs" / "guangzhou-tailian-2023.yaml").read_text(encoding="utf-8")
    path.write_text(text.encode("gbk").decode("latin-1"), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    first = result.output.splitlines()[0]
    assert "a.yaml: 错误[TEXT-MOJIBAKE] 整个文件的中文都是乱码" in first, first
    assert ("GBK 编码的文件被当作 ISO 8859-1（西欧文字）打开、又存成了 UTF-8" in first
            and "“通过编码保存”→ ISO 8859-1，再点一次 →“通过编码重新打开”→ GBK" in first)
    assert "部门名称：“¹ãÖÝÊÐÌ¨ÍåÍ¬°ûÁªÒê»á”是乱码，原文应是“广州市台湾同胞联谊会”" in result.output
    assert "SCHEMA-ENUM" not in result.output and "TEXT-INVISIBLE" not in result.output  # 0xAD read as a soft hyphen


def test_one_text_read_as_latin1_is_told_alone():
    garbled = "产出指标".encode("gbk").decode("latin-1")
    assert garbling(garbled) == Garbling("产出指标", "latin-1")
    assert garbling("Müller, café, ±5%, 30°C, 阿卜杜·热合曼") is None


def test_two_characters_beside_a_digit_are_told_alone_and_one_character_in_a_garbled_file():
    """“2024骞村害” reads back as two common characters, as a real name with a rare surname may: no name has a
    digit. “1娆?” (1次) keeps one character of two; a file whose other texts are garbled tells it."""
    assert recovered(console("2024年度")) == "2024年度"
    assert recovered(console("1次")) is None and recovered(console("1次"), lenient=True) == f"1{LOST}"
    assert garbling("1´Î") is None and garbling("1´Î", lenient=True) == Garbling("1次", "latin-1")


def _rare_surname_names(count: int) -> list[str]:
    """`count` names of a surname of GB2312's second level (the rare hanzi, 濮, 宓, 甯) and one or two given
    characters of its first level, drawn the same way each run."""
    def level(first: int, last: int) -> list[str]:
        return [bytes([lead, trail]).decode("gb2312") for lead in range(first, last + 1) for trail in range(0xA1, 0xFF)
                if not (lead == 0xD7 and trail > 0xF9) and not (lead == 0xF7 and trail > 0xFE)]
    rare, common = level(0xD8, 0xF7), level(0xB0, 0xD7)
    draw = random.Random(0)
    return [draw.choice(rare) + "".join(draw.choice(common) for _ in range(draw.choice((1, 2)))) for _ in range(count)]


def test_no_name_of_a_rare_surname_is_taken_for_garbled_alone():
    """Of 200,000 such names, none; without the two-character guard 9 would be, and a wholly garbled file (where a
    name typed in is the only text that is not garbled) reads them so. Nor with a phone number or a digit after it:
    a digit anywhere let two characters through unguarded (“璋辩啊 13800138000” was said to be “谱簡 13800138000”)."""
    names = _rare_surname_names(200_000)
    assert [name for name in names if garbling(name)] == []
    assert [name for name in names if garbling(f"{name} 13800138000") or garbling(f"{name}1")] == []
    assert 0 < sum(1 for name in names if recovered(name, lenient=True)) < 20


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
    assert "只以 UTF-8 另存改不回来。还没有填写的，请用 -o 重新写出文件" in result.output
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


@pytest.mark.parametrize("meant", ["产出指标", "部门整体支出绩效", "利用者の満足度", "高齢者支援センター運営", "김민수 사업"])
@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_utf8_read_as_a_western_code_page_is_told_as_such(meant, codec):
    """UTF-8 read as ISO 8859-1 or Windows 1252 (“äº§å‡º” for 产出) was told as nothing, or as GBK's garbling. Read
    as Windows reads 1252, the five bytes it has no letter for stay U+0081 and the like (KEEP_C1)."""
    garbled = meant.encode("utf-8").decode(codec, KEEP_C1)
    assert garbling(garbled) == Garbling(meant, codec, "utf-8")


@pytest.mark.parametrize("meant, language", [("产出指标", "中文"), ("満足度", "中文"), ("김민수 사업", "韩文")])
def test_one_value_of_utf8_read_as_windows_1252_is_told_with_its_own_advice(tmp_path, meant, language):
    """The message named GBK read as Windows 1252 for any western garbling; UTF-8 read so is named as it is, and to be
    typed again (the rest of the file reads well)."""
    path = tmp_path / "a.yaml"
    path.write_text((ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
                    .replace("海外联谊", meant.encode("utf-8").decode("cp1252"), 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "TEXT-MOJIBAKE" in line]
    assert f"原文应是“{meant}”。UTF-8 的{language}被当作 Windows 1252（西欧文字）读了、又存成了 UTF-8" in told, told
    assert "GBK" not in told and "请把这一栏改回原文" in told and "整个文件的中文都是乱码" not in result.output


def test_a_utf8_file_read_as_windows_1252_is_given_the_steps_that_give_it_back(tmp_path):
    """A whole UTF-8 file read as Windows 1252 (no byte of it one Windows 1252 lacks) is said once, with the steps for
    UTF-8: saved as Windows 1252 it holds the UTF-8 bytes again, to be reopened as UTF-8."""
    original = ("form: hengyang\nyear: 2022\nunit: 产出指标\ndepartment:\n  stamp_unit: 部门整体\n"
                "  functions: 产出指标\n  annual_target: 产出指标\n")
    garbled = original.encode("utf-8").decode("cp1252")
    path = tmp_path / "a.yaml"
    path.write_text(garbled, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    first = result.output.splitlines()[0]
    assert "a.yaml: 错误[TEXT-MOJIBAKE] 整个文件的中文都是乱码" in first, result.output
    assert "UTF-8 编码的文件被当作 Windows 1252（西欧文字）打开、又存成了 UTF-8" in first, first
    assert "“通过编码保存”→ Windows 1252，再点一次 →“通过编码重新打开”→ UTF-8" in first and "GBK" not in first
    assert garbled.encode("cp1252").decode("utf-8") == original


_UNDEFINED_IN_1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def ansi(text: str) -> str:
    """`text` as UTF-8 read as Windows 1252 the way Windows' ANSI code page and browsers read it: the five bytes 1252
    has no letter for kept as the control characters U+0081 and the like (成 is E6 88 90, read “æˆ\\x90”)."""
    return ansi_bytes(text.encode("utf-8"))


def ansi_bytes(raw: bytes) -> str:
    return "".join(chr(byte) if byte in _UNDEFINED_IN_1252 else bytes([byte]).decode("cp1252") for byte in raw)


def vs_code(text: str) -> str:
    """`text` as UTF-8 read as Windows 1252 by VS Code: the five bytes 1252 has no letter for shown as “�”."""
    return text.encode("utf-8").decode("cp1252", "replace")


@pytest.mark.parametrize("meant", ["成本指标", "承办省侨商会年会", "サービスセンターの利用", "회의 안건"])
def test_utf8_read_as_windows_ansi_keeping_the_bytes_1252_lacks_is_told(meant):
    """Text holding a byte Windows 1252 has no letter for (many Chinese characters do: 成, 省, 联) encodes in neither
    ISO 8859-1 nor a strict Windows 1252, and was told as nothing."""
    garbled = ansi(meant)
    assert any("\x80" <= char <= "\x9f" for char in garbled)
    assert garbling(garbled) == Garbling(meant, "cp1252", "utf-8")


def test_a_control_character_of_one_value_read_as_windows_ansi_is_no_character_to_delete(tmp_path):
    """TEXT-CONTROL-CHAR said “请删除它” of the U+0081 in “è\\x81”” (联 of 海外联谊): deleted, the character is gone."""
    path = tmp_path / "a.yaml"
    path.write_text((ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
                    .replace("海外联谊", ansi("海外联谊"), 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "TEXT-CONTROL-CHAR" in line]
    assert "原文应是“海外联谊”" in told and "UTF-8 的中文被当作 Windows 1252（西欧文字）读了" in told, told
    assert "请删除它" not in told and "不要只删除它" in told


def test_a_whole_file_read_as_windows_ansi_is_given_the_steps_and_what_they_lose(tmp_path):
    """A whole UTF-8 file read as Windows' ANSI 1252 keeps U+0081 and the like, which VS Code's Windows 1252 writes as
    "?": the steps give back every other character, and the message counts the "�" reopening shows, as VS Code does."""
    original = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    garbled = ansi(original)
    path = tmp_path / "a.yaml"
    path.write_text(garbled, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    [told] = [line for line in result.output.splitlines() if "TEXT-CONTROL-CHAR" in line]
    assert "请删除它" not in told and "UTF-8 编码的文件被当作 Windows 1252（西欧文字）打开" in told, told
    assert "“通过编码保存”→ Windows 1252，再点一次 →“通过编码重新打开”→ UTF-8" in told, told
    shown = garbled.encode("cp1252", "replace").decode("utf-8", "replace").count("\ufffd")
    assert shown and f"重新打开后有 {shown} 处显示为“�”" in told, told


def test_a_whole_file_vs_code_read_as_windows_1252_is_told_as_wholly_garbled(tmp_path):
    """VS Code shows a byte Windows 1252 lacks as "�": such a file was told that its other Chinese read well, to be
    fixed line by line, its U+00AD (a byte of 中) as a soft hyphen to delete and its 一级指标 as no choice."""
    original = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    garbled = vs_code(original)
    path = tmp_path / "a.yaml"
    path.write_text(garbled, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    lines = result.output.splitlines()
    assert "a.yaml: 错误[TEXT-MOJIBAKE] 整个文件的中文都是乱码" in lines[0], result.output
    assert "其余的中文是正常的" not in result.output and "“通过编码保存”→ Windows 1252" in lines[0]
    shown = garbled.encode("cp1252", "replace").decode("utf-8", "replace").count("\ufffd")
    assert f"重新打开后有 {shown} 处显示为“�”" in lines[0] and "请照原件补上这些字" in lines[0], lines[0]
    assert not [line for line in lines if "TEXT-INVISIBLE" in line or "SCHEMA-ENUM" in line or "PowerShell" in line]


def test_a_correct_latin_name_in_a_file_garbled_in_part_is_not_called_garbled(tmp_path):
    """“José——” (E9 97 97 in 1252, the UTF-8 of 闗) was said to be garbled “Jos闗” in a file with more garbled values
    than are said one by one: a rare character beside Latin letters kept is no Chinese that was garbled."""
    text = (ROOT / "specs" / "hengyang-qiaolian-2022.yaml").read_text(encoding="utf-8")
    names = [name for name in re.findall(r"^ +-? ?name: (.+)$", text, flags=re.M) if ansi(name) == vs_code(name)]
    for name in names[:SHOWN + 3]:
        text = text.replace(f"name: {name}\n", f"name: {ansi(name)}\n")
    text = text.replace("name: 按时完成比率\n", "name: José——\n", 1)
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert "文件里有" in result.output.splitlines()[0], result.output
    assert "José" not in result.output and "闗" not in result.output


@given(st.binary(max_size=64))
def test_windows_1252_keeping_its_undefined_bytes_gives_every_byte_back(raw):
    """recoding takes a line that reads back from Windows 1252 as given back exactly: so the code page, with the five
    bytes it has no letter for kept (KEEP_C1), must read and write every byte one to one."""
    text = raw.decode("cp1252", KEEP_C1)
    assert text.encode("cp1252", KEEP_C1) == raw and text == ansi_bytes(raw)
