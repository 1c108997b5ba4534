"""What jixiao says of a tab in a text, in one place for the two that say it: validate's TEXT-INVISIBLE
(rules/text_invisible) and the editor's squiggle (editor_messages, which cannot import the rules: they load
the bundle it belongs to). Both say the same thing, in the same words."""

TAB = "Tab（制表符）"
TAB_ORIGIN = "多半是从 Excel 或 Word 表格复制来的"
TAB_ADVICE = "表上会印成一段宽窄不定的空白，请换成空格或标点"
