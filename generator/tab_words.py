"""What jixiao says of a tab in a text, in one place for the two that say it: validate's TEXT-INVISIBLE
(rules/text_invisible) and the editor's squiggle (editor_messages, which cannot import the rules: they load
the bundle it belongs to). Both say the same thing, in the same words."""

TAB = "Tab（制表符）"
TAB_ORIGIN = "多半是从 Excel 或 Word 表格复制来的"
TAB_ADVICE = "表上会印成一段宽窄不定的空白，请换成空格或标点"
_BLANKS = {" ": "空格", "\u3000": "全角空格", "\u00a0": "不换行空格"}


def beside_blank(before: str, after: str) -> str | None:
    """How to mend a tab with a blank right beside it (`before` and `after` are the text on either side): the remedy
    "换成空格" left two gaps where a cell boundary copied from Excel (`某单位　<Tab>联谊会`) meant one, so the tab is
    to be deleted, the blank beside it named; None when no blank is beside it."""
    blank = next((_BLANKS[char] for char in (before[-1:], after[:1]) if char in _BLANKS), None)
    return f"请删掉它（旁边已有{blank}）" if blank else None
