"""Why a file (a spec, a schema, a template) is not plain UTF-8, naming the encoding it really has.

Windows editors (Notepad, WPS) save Chinese text as GBK unless told otherwise, and Notepad's
"Unicode" is UTF-16; a file that is not UTF-8 is tried as these so the message can say how to
save it again as UTF-8. Notepad's "UTF-8 with BOM" puts an invisible mark first, said in one set
of words wherever it is refused or reformatted.

Named so: GBK, GB18030, Big5, EUC-JP, Shift JIS and EUC-KR (japanese_korean, then encoding_guess; too few characters
to tell are said as before), UTF-16 (also as Windows PowerShell writes it garbled, with how to turn the whole file
back, told by mojibake), lines of GBK pasted into a UTF-8 file, lines that lost characters with their bytes when a
PowerShell-garbled file was turned back, lines holding a stored “�”, and a GBK or UTF-8 file read as ISO 8859-1 so
that part of a character became a control character YAML refuses (with one such value, what it was, not to delete
the control character). Many lines are named as runs (line_runs).
"""
from __future__ import annotations

import codecs
import functools
import re

from .han import beside
from .encoding_guess import FEW, GB18030, likely_encodings, reads_clearly_better
from .japanese_korean import EUC_JP, SHIFT_JIS, Encoding, japanese_or_korean
from .line_runs import line_runs
from .mojibake import BIG5, GBK, UTF8, garbling, reads_as_chinese, recovered, utf8_between_losses
from .recoding import whole_recoding

BOM_SEEN = "文件开头有一个看不见的 BOM 字符（记事本存成“带 BOM 的 UTF-8”时加上的）"
"""A UTF-8 byte-order mark in words: no editor shows it, so the message says what it is and who put it there."""


WESTERN_NAMES = {"latin-1": "ISO 8859-1", "cp1252": "Windows 1252"}
"""The names VS Code's encoding list gives the western code pages a GBK file was read as (typing them finds them)."""


def western_steps(codec: str, written_in: str = GBK, lost: int = 0) -> str:
    """The steps that give back a file in `written_in` (GBK, or UTF-8) opened as the western code page `codec` and saved
    as UTF-8: saved as `codec` again it holds the bytes it was written in, which reopened in that encoding read as they
    were (recoding checks this first); a GBK file is then saved as UTF-8, a UTF-8 one already is. VS Code writes "?"
    for a "�" and for a byte Windows 1252 has no letter for (kept as a control character by what garbled the file):
    those bytes are lost, and the `lost` characters that reopening shows as "�" are to be typed again."""
    steps = f"在 VS Code 里打开它，点右下角的“UTF-8”→“通过编码保存”→ {WESTERN_NAMES[codec]}，再点一次 →“通过编码重新打开”→ "
    if lost:
        steps += f"{'UTF-8' if written_in == UTF8 else 'GBK'}，其余的文字就是原文了。" + _lost_bytes_words(lost)
        return steps if written_in == UTF8 else steps + "，再点一次 →“通过编码保存”→ UTF-8"
    if written_in == UTF8:
        return steps + "UTF-8，文字就是原文了，不用再另存"
    return steps + "GBK，文字正常后再点一次 →“通过编码保存”→ UTF-8"


def _lost_bytes_words(lost: int) -> str:
    return (f"乱码里的“�”（编辑器读不出、已经丢了的字节）和读成了控制字符的字节，VS Code 存不回去，这些字已经丢失，"
            f"重新打开后有 {lost} 处显示为“�”（有的后面跟着一个“?”）：请照原件补上这些字，删掉“�”和跟着的“?”，再保存；"
            "jixiao validate 会列出还有“�”的每一行")


def western_words(codec: str, written_in: str, language: str = "中文", whole: bool = False) -> str:
    """How text in `written_in` (GBK, or UTF-8) came to be read as the western code page `codec`, in the user's words:
    of a `whole` file, opened so and saved; of some texts, read so and copied in. GBK is read so by an editor or a
    program that knows no GBK; UTF-8 by one whose encoding was set to that code page, or made for western text only."""
    how = f"被当作 {WESTERN_NAMES[codec]}（西欧文字）{'打开' if whole else '读了'}、又存成了 UTF-8"
    who = ("不认识 GBK 的编辑器或程序" if written_in == GBK
           else f"编码设成了 {WESTERN_NAMES[codec]} 的编辑器、或只认西文的程序")
    if whole:
        return f"{'GBK' if written_in == GBK else 'UTF-8'} 编码的文件{how}，多半是用{who}打开后保存的"
    return f"{'GBK 编码' if written_in == GBK else 'UTF-8'} 的{language}{how}，多半是从{who}复制来的"


def control_char_words(text: str, character: str, position: int | None = None) -> str:
    """What to do about a character YAML refuses (at `position` in `text`, when known). Deleted, it is gone; but a C1
    control (U+0080–U+009F) in a GBK file opened as ISO 8859-1 and saved as UTF-8 is half of a Chinese character
    (0x86 of 喆, 0x80 of 亐), and in a UTF-8 file so opened one of a character's three bytes (0x87 of 出 in 产出):
    there it is told as that garbling, with the steps that give the file back, when they give back every line
    (recoding); where they do not (a value pasted so into a file that reads well), the garbled text it is in is told
    with what it was meant to say, to be typed again."""
    told = f"文件含有不允许的控制字符（U+{ord(character):04X}）"
    control = "\x80" <= character <= "\x9f"
    recoding = whole_recoding(text) if control else None
    if recoding is not None and recoding.read_as != GBK:
        part = "一个字的三个字节有的" if recoding.written_in == UTF8 else "一个字的两个字节有一个"
        return (f"{told}：它是乱码的一部分，{western_words(recoding.read_as, recoding.written_in, whole=True)}；"
                f"{part}读成了控制字符。"
                f"不要删除它，删了那个字就找不回来了；可以整个改回：{western_steps(recoding.read_as, recoding.written_in, recoding.lost)}")
    found = _garbled_around(text, position) if control and position is not None else None
    if found is not None:
        garbled, meant = found
        shown = re.sub("[\x80-\x9f]", "▯", _clipped(garbled))
        return (f"{told}：它是乱码“{shown}”（控制字符标作▯）的一部分，原文应是“{_clipped(meant.meant)}”："
                f"{western_words(meant.read_as, meant.written_in, meant.language)}。"
                "不要只删除它，删了那个字就找不回来了；请把这一处改回原文：照原件重新输入，或从原来的文件复制粘贴")
    return f"{told}；请删除它"


def _garbled_around(text: str, position: int):
    """The run of characters beyond ASCII holding `position` in `text`, and how it is garbled (mojibake.garbling,
    leniently: a control character in it already says it is no ordinary text); None when it is not garbled."""
    start, end = position, position
    while start > 0 and not text[start - 1].isascii():
        start -= 1
    while end < len(text) and not text[end].isascii():
        end += 1
    found = garbling(text[start:end], lenient=True)
    return (text[start:end], found) if found is not None else None


def _utf16(raw: bytes) -> str | None:
    """The codec of a UTF-16 file: by its byte-order mark, or, without one, by the whole, which holds a zero byte,
    decoding cleanly to text with no control character but tab and line ends (a Word file, a picture hold many).
    The whole file is looked at, not its opening: one that starts with a line of Chinese has no zero byte in its
    first hundred characters, and 一 (U+4E00) puts its zero byte on the side ASCII does not."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(raw) % 2 or 0 not in raw:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if not any(char < " " and char not in "\t\r\n" for char in text):
            return codec
    return None


def encoding_slip(raw: bytes, bad_byte: int) -> tuple[int, int, str]:
    """Where and why a file is not UTF-8, and how to make it UTF-8 without losing a character; names UTF-16,
    GBK, GB18030, Big5 (a Taiwan affairs office's files may be in it), or Japanese or Korean (japanese_korean) when
    the whole file is that, and the lines that are not UTF-8 when the rest is.

    UTF-16 is what Windows Notepad calls "Unicode"; git shows such a file as binary, so it is
    refused like GBK rather than read, or reviewers would see no diff. It is wrong as a whole,
    so it is reported at 1:1, not at a line counted in bytes that are not UTF-8.
    Saving as UTF-8 a file the editor opened as UTF-8 writes U+FFFD over every character it could not read:
    the advice is never that, but to reopen the file in its own encoding first, or to retype the lines at fault.
    """
    utf16 = _utf16(raw)
    if utf16:
        garbled = _garbled_line(raw.decode(utf16, "replace"))
        if garbled:
            return garbled
        return 1, 1, ("文件是 UTF-16 编码（Windows 记事本里叫“Unicode”），不是 UTF-8；git 把这样的文件当作二进制，审核时看不到改动。"
                      "请以 UTF-8 另存（记事本：另存为 → 编码选“UTF-8”；VS Code：点右下角的编码名 →“通过编码保存”→ UTF-8）")
    before = raw[:bad_byte]
    line = before.count(b"\n") + 1
    column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
    if b"\x00" in raw:  # no text file holds a zero byte but UTF-16, told above: reopening it shows no text either
        return line, column, ("文件含有零字节，不是文字文件（多半是 Word、Excel 或图片文件改了扩展名），读不成规格；"
                              "请检查要打开的文件，Word、Excel 的旧表请用 jixiao import 读入")
    lost = _lost_lines(raw)
    if lost:
        return line, column, _lost_words(lost)
    pasted = _pasted_lines(raw)
    if pasted:
        return line, column, _pasted_words(pasted)
    foreign = japanese_or_korean(raw)  # before GBK: EUC-JP and EUC-KR decode as GBK too
    likely = likely_encodings(raw)
    if foreign and not (foreign.codec in _JAPANESE and reads_clearly_better(raw, BIG5, foreign.codec)):
        # Big5's 不, 中 read as hiragana: Japanese told by them is no verdict when Big5 reads clearly better
        return line, column, _foreign_words(foreign)
    if len(likely) > 1:
        return line, column, _either_words(raw, _why_unsure(raw, likely), _candidates(likely))
    if likely == [GBK]:
        return line, column, ("文件是 GBK（GB2312）编码，不是 UTF-8；请按 GBK 打开、再以 UTF-8 另存（记事本、WPS 打开时文字正常，"
                              "另存为 → 编码选“UTF-8”；VS Code：点右下角的编码名"
                              " →“通过编码重新打开”→ GBK，文字正常后再点一次 →“通过编码保存”→ UTF-8）")
    if likely == [GB18030]:
        return line, column, ("文件是 GB18030 编码（有 GBK 没有的字），不是 UTF-8；请按 GB18030 打开、再以 UTF-8 另存"
                              "（VS Code：点右下角的编码名 →“通过编码重新打开”→ GB18030，文字正常后再点一次 →“通过编码保存”→ UTF-8）；"
                              f"{_NOT_BEFORE}")
    if likely and likely[0] in _JAPANESE:
        return line, column, _foreign_words(_JAPANESE[likely[0]])
    if likely == [BIG5]:
        return line, column, ("文件是 Big5 编码（繁体中文，台湾、香港常用），不是 UTF-8；请按 Big5 打开、再以 UTF-8 另存"
                              "（VS Code：点右下角的编码名 →“通过编码重新打开”→ Big5（繁体中文），文字正常后再点一次"
                              " →“通过编码保存”→ UTF-8）；"
                              f"{_NOT_BEFORE}")
    return line, column, ("文件不是 UTF-8 编码，这里的字节无法识别；请先按文件原来的编码重新打开（VS Code：点右下角的编码名"
                          " →“通过编码重新打开”，选文件原来的编码），文字正常后再以 UTF-8 另存；"
                          f"{_NOT_BEFORE}")


_JAPANESE = {EUC_JP.codec: EUC_JP, SHIFT_JIS.codec: SHIFT_JIS}


def _foreign_words(foreign: Encoding) -> str:
    """What to say of a file in Japanese or Korean: reopened in its encoding, never saved as GBK reads it."""
    return (f"文件是{foreign.language}的 {foreign.name} 编码，不是 UTF-8；请按 {foreign.name} 打开、再以 UTF-8 另存"
            f"（VS Code：点右下角的编码名 →“通过编码重新打开”→ {foreign.name}（{foreign.language}），文字正常后再点一次"
            " →“通过编码保存”→ UTF-8。中文 Windows 上的记事本、WPS 会把它当作 GBK 打开，显示成乱码，不要在其中保存）；"
            f"{_NOT_BEFORE}")


def _candidates(likely: list[str]) -> tuple[tuple[str, str, str], ...]:
    """The encodings jixiao cannot tell apart, as `_either_words` names them: with Japanese among them the Chinese
    ones say which Chinese (简体中文, 繁体中文), beside each other only which script."""
    japanese = any(codec in _JAPANESE for codec in likely)
    named = {GBK: ("GBK（简体中文）" if japanese else "GBK（简体）", "GBK"),
             GB18030: ("GB18030（简体中文）" if japanese else "GB18030（简体）", "GB18030"),
             BIG5: ("Big5（繁体中文）" if japanese else "Big5（繁体）", "Big5（繁体中文）")}
    named.update({codec: (f"日文的 {encoding.name}", f"{encoding.name}（日文）") for codec, encoding in _JAPANESE.items()})
    return tuple((*named[codec], codec) for codec in likely)


def _why_unsure(raw: bytes, likely: list[str]) -> str:
    """Why the file's encoding is not told, leading to the encodings it may be in: too few characters, kanji and
    katakana (no hiragana, which would say Japanese), or text each of them reads as common characters."""
    japanese = [codec for codec in likely if codec in _JAPANESE]
    if sum(1 for byte in raw if byte > 0x7F) < 2 * FEW:
        return f"其中的{'字' if japanese else '中文'}太少，分不出是"
    if japanese and not re.search("[\u3041-\u3096]", raw.decode(japanese[0])):
        return "其中只有汉字和片假名，分不出是"
    return f"按{'两三四'[len(likely) - 2]}种编码读都是常用字，分不出是"


def _either_words(raw: bytes, why: str, candidates: tuple[tuple[str, str, str], ...]) -> str:
    """What to say of a file whose encoding jixiao cannot tell among `candidates` (its name in the message, in VS
    Code's list, its codec), `why` leading to them: too short to tell GBK from Big5, or kanji and katakana that
    may be GBK or Japanese. Each reading it decodes to, and to reopen it in the one that shows the text right; a GBK
    file, the likeliest, in Notepad or WPS too, which open it as GBK on a Chinese Windows."""
    readable = [(named, listed, _text(raw, codec)) for named, listed, codec in candidates if _text(raw, codec)]
    readings = "，".join(f"按 {listed.split('（')[0]} 读是“{_clipped(text)}”" for _, listed, text in readable)
    named = beside(why, functools.reduce(lambda one, other: beside(beside(one, "还是"), other),
                                         (named for named, _, _ in readable)))
    gbk = any(codec == GBK for *_, codec in candidates)
    notepad = "记事本、WPS 打开时文字正常的是 GBK，另存为 → 编码选“UTF-8”；" if gbk else ""
    return (f"文件不是 UTF-8 编码，{named}：{readings}。"
            f"请按文字正常的那一种重新打开、再以 UTF-8 另存（{notepad}VS Code：点右下角的编码名 →“通过编码重新打开”→ "
            f"{' 或 '.join(listed for _, listed, _ in readable)}，文字正常后再点一次 →“通过编码保存”→ UTF-8）；{_NOT_BEFORE}")


def _text(raw: bytes, codec: str) -> str:
    """What `raw` shows beyond ASCII read in `codec` (the letters that tell one reading from another), empty when
    it does not decode."""
    try:
        return "".join(char for char in raw.decode(codec) if not char.isascii())
    except UnicodeDecodeError:
        return ""


_NOT_BEFORE = "文字显示不正常时不要保存：那样会把认不出的字都存成“�”，原文就找不回来了"


def _reads_gb18030(raw: bytes) -> bool:
    """Whether `raw` is Chinese in GB18030 (GBK's superset, with characters GBK has not): it decodes, to characters
    Chinese commonly uses."""
    try:
        return reads_as_chinese(raw.decode("gb18030"))
    except UnicodeDecodeError:
        return False


def _lost_lines(raw: bytes) -> list[int]:
    """The lines that are not UTF-8 only about a "?", in a file whose every other line is: what reopening as UTF-8 a
    file PowerShell's `>` garbled (saved as GBK first, see rules.text_mojibake) leaves where the console had lost a
    byte, the rest of the character beside the "?" it wrote. More such lines than good ones are no sign of another
    encoding: each is to be retyped where it shows "�", and the file saved as UTF-8 as it is. Empty otherwise."""
    lost = []
    for number, line in enumerate(raw.split(b"\n"), 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            if b"?" not in line or utf8_between_losses(line.split(b"?")) is None:
                return []
            lost.append(number)
    return lost


def _lost_words(lost: list[int]) -> str:
    return (f"文件是 UTF-8 编码，有 {len(lost)} 行里的字随字节丢失了，编辑器里显示为“�”（后面常跟着一个“?”）：{line_runs(lost)}。"
            "多半是整个改回 PowerShell 用“>”写乱的文件后留下的：控制台读不出的字节已经丢失，改不回来。请照原件补上这些字，"
            "删掉“�”和跟着的“?”，再以 UTF-8 保存；其余各行不用动，不要把整个文件换一种编码重新打开或另存")


def replacement_lines(text: str) -> tuple[int, int, str] | None:
    """Where a file that reads as UTF-8 first holds "�" (U+FFFD), naming every line that does, and why: an editor
    writes it for each character it could not read, and the character is lost (a file PowerShell garbled, reopened
    and saved before each was retyped). Printed on the form it would show as "�". None when it holds none."""
    lines = [number for number, line in enumerate(text.split("\n"), 1) if "\ufffd" in line]
    if not lines:
        return None
    first = text.split("\n")[lines[0] - 1]
    recoding = whole_recoding(text)
    if recoding is not None and recoding.read_as != GBK:
        why = (f"（整个文件被当作 {WESTERN_NAMES[recoding.read_as]} 读乱了，编辑器把读不出的字节显示成“�”又存了下来）。"
               "请先照 TEXT-MOJIBAKE 对整个文件说的改回，再照原件把仍显示为“�”的字补上")
    else:
        why = "（多半是整个改回 PowerShell 写乱的文件后、补上丢失的字之前保存了）。请照原件把每一处补上，删掉“�”和跟着的“?”"
    return lines[0], first.index("\ufffd") + 1, (
        f"文件里有 {text.count(chr(0xFFFD))} 处“�”，在{line_runs(lines)}：编辑器把读不出的字存成了“�”，原来的字已经丢失{why}")


def _pasted_lines(raw: bytes) -> list[tuple[int, int, str | None, str]]:
    """(line, column, text read as GBK, text read as UTF-8) of each line that is not UTF-8 in a file most of whose
    lines holding Chinese hold it in UTF-8: text pasted from a GBK file or program, or a stray byte. Reopening the
    file in another encoding would garble the rest, so these lines are what to fix. None when most such lines are
    not UTF-8, or when the whole reads as GBK or GB18030: a short GBK value (台, 元, 小时) is valid UTF-8 bytes
    nearly one time in five, so one line that happens to decode says nothing about the file. The GBK reading is
    None unless it is ordinary Chinese: a UTF-8 line with one bad byte read as GBK is only noise."""
    pasted, utf8 = [], 0
    for number, line in enumerate(raw.split(b"\n"), 1):
        try:
            utf8 += not line.decode("utf-8").isascii()
        except UnicodeDecodeError as exc:
            column = len(line[:exc.start].decode("utf-8")) + 1
            gbk = _reads_gb18030(line)
            pasted.append((number, column, line.decode("gb18030").strip() if gbk else None,
                           line.decode("utf-8", "replace").strip()))
    if utf8 <= len(pasted) or _reads_gb18030(raw):  # GB18030 reads what GBK does
        return []
    return pasted


def _pasted_words(pasted: list[tuple[int, int, str | None, str]]) -> str:
    """What to say of the lines that are not UTF-8 in a file that otherwise is: where each is, what it says read
    as GBK (or, when that is no Chinese, that a byte there is not UTF-8), and to retype just those."""
    shown = "；".join(f"{line}:{column}（按 GBK 读是“{_clipped(gbk)}”）" if gbk
                     else f"{line}:{column}（有不是 UTF-8 的字节，这一行显示为“{_clipped(utf8)}”）"
                     for line, column, gbk, utf8 in pasted[:5])
    more = f"等 {len(pasted)} 行" if len(pasted) > 5 else ""
    why = "（多半是从 GBK 的文件或程序粘贴来的）" if all(gbk for _, _, gbk, _ in pasted) else ""
    return (f"文件是 UTF-8 编码，只有 {len(pasted)} 行不是{why}：{shown}{more}；"
            "请在编辑器里删掉这几行里显示成“�”的字，照原文重新输入，其余各行不用动。"
            "不要把整个文件换成别的编码重新打开或另存：其余各行会变成乱码，或被存成“�”")


def _garbled_line(text: str) -> tuple[int, int, str] | None:
    """Where a UTF-16 file first holds garbled Chinese, and why: Windows PowerShell 5.1's `>` writes UTF-16, of
    text it has already read as GBK, so saving it as UTF-8 (what the plain message says) keeps the garbling. Saving it
    as GBK and reopening it as UTF-8 gives it back, as for the same garbling saved as UTF-8 (rules.text_mojibake):
    said when doing so on the text gives back every line (recoding), as that rule says it."""
    for number, line in enumerate(text.splitlines(), 1):
        meant = recovered(line.strip())
        if meant:
            recoding = whole_recoding(text)
            back = ("。已经填写了的，可以整个改回：在 VS Code 里打开它，点右下角的编码名 →“通过编码保存”→ GBK，"
                    "再点一次 →“通过编码重新打开”→ UTF-8，文字就是原文了"
                    + (f"；控制台读不出的字节已经丢失，有 {recoding.lost} 处显示为“�”（有的后面跟着一个“?”），请照原件补上，"
                       "删掉“�”和跟着的“?”，再保存" if recoding.lost else "")
                    if recoding and recoding.read_as == GBK else "，已经填写了的请照原件把乱码改回原文")
            return number, len(line) - len(line.lstrip()) + 1, (
                f"文件是 UTF-16 编码，其中的中文已经是乱码（第 {number} 行“{_clipped(line.strip())}”原是“{_clipped(meant)}”）："
                "多半是在 Windows PowerShell 里用“>”把 jixiao 的输出写进了文件，只以 UTF-8 另存改不回来。"
                f"还没有填写的，请用 -o 重新写出文件（如 jixiao new … -o specs/a.yaml）{back}")
    return None


def _clipped(text: str) -> str:
    return text if len(text) <= 30 else text[:30] + "…"


def bom_slip(raw: bytes, harm: str) -> str | None:
    """Why a file that starts with a UTF-8 byte-order mark is refused, `harm` saying what the mark breaks, and
    how to save it without one; None when it has none."""
    if not raw.startswith(codecs.BOM_UTF8):
        return None
    return (f"{BOM_SEEN}，{harm}；请以不带 BOM 的 UTF-8 另存（记事本：另存为 → 编码选“UTF-8”；"
            "VS Code：点右下角的“UTF-8 with BOM”→“通过编码保存”→ UTF-8）")
