"""Jinja's English error messages said in Chinese, for the author of a form's template.

A template's slip was reported in Jinja's own words (“expected token 'end of print statement', got
'unit'”, “No test named 'foox' found.”, “macro 'paras' takes not more than 1 argument(s)”) or, for a
wrong number of arguments, as a text used as a number, which it is not. The common ones are worded
here; a message none of these matches is for the caller to quote after a Chinese sentence.
"""
from __future__ import annotations

import re

_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "end of template": "模板的末尾",
           "begin of print statement": "{{", "begin of statement block": "{%", "name": "名字"}
"""Jinja's names for its tokens, as the author types them."""

_TAG_SLIP = "标签写得不对："
"""Before each slip of the tags' grammar: what the author looks for is a tag."""

_SLIPS = [
    (r"No filter named '([^']+)'",
     "没有名为“{}”的过滤器；请检查拼写（jixiao 加的过滤器是 paragraphs、amount_sum、vm，其余是 Jinja 自带的）"),
    (r"No test named '([^']+)'",
     "没有名为“{}”的测试（is 后面的词）；请检查拼写（Jinja 自带的测试如 defined、none、number、string、even、odd）"),
    (r"expected token 'end of print statement', got '([^']+)'",
     _TAG_SLIP + "“{{{{ }}}}”里的“{}”接不上前面的内容：两个值之间要有运算符（如 ~ 连接文字），用过滤器要写“|”，"
                 "读字段要写“.”；或是少了“}}}}”"),
    (r"expected token 'end of statement block', got '([^']+)'",
     _TAG_SLIP + "“{{% %}}”标签里的“{}”接不上前面的内容；请检查这个标签的写法（如 {{% if a and b %}}、"
                 "{{% for x in 列表 %}}），或是少了“%}}”"),
    (r"expected token '([^']+)', got '([^']+)'", _TAG_SLIP + "这里应写“{}”，写的却是“{}”"),
    (r"unexpected end of template, expected '([^']+)'",
     _TAG_SLIP + "模板到了末尾，还缺“{}”；请检查最后一个 {{{{ }}}} 或 {{% %}} 是否写完"),
    (r"unexpected '([^']+)', expected '([^']+)'", _TAG_SLIP + "这里不该有“{}”，应写“{}”（括号要成对）"),
    (r"unexpected '([^']+)'", _TAG_SLIP + "这里不该有“{}”；请检查 {{{{ }}}}、{{% %}} 和括号是否成对"),
    (r"""unexpected char (?:'(.)'|"(.)")""",
     _TAG_SLIP + "不认识的字符“{}”：{{{{ }}}} 和 {{% %}} 里只能写名字、数、运算符和带引号的文字，引号要成对"),
    (r"Missing end of comment tag", _TAG_SLIP + "注释的“{{#”没有以“#}}”结束"),
    (r"tag name expected", _TAG_SLIP + "“{{% %}}”里没有写标签名（如 if、for、set）"),
    (r"Expected an expression, got '([^']+)'", _TAG_SLIP + "“{}”之前缺了一个值（名字、数或带引号的文字）"),
    (r"block '([^']+)' defined twice", "块“{}”定义了两次；一个模板里每个 {{% block %}} 的名字只能用一次"),
    (r"can't assign to '([^']+)'", _TAG_SLIP + "{{% set %}} 和 {{% for %}} 只能给名字赋值（如 {{% set total = … %}}）"),
    (r"non-default argument follows default argument", _TAG_SLIP + "宏的参数里，没有默认值的要写在有默认值的前面"),
    (r"cannot use extend from a non top-level scope",
     _TAG_SLIP + "{{% extends %}} 只能写在模板的最外层（不能写在 if、for、block、macro 里面），一般写在第一行"),
    (r"keyword argument repeated: (\w+)", _TAG_SLIP + "参数“{}”在括号里写了两次；请删去一个"),
]
"""Jinja's syntax errors (and its runtime ones for an unknown filter or test, which it looks up when an
`{% if %}` runs), most particular first."""

_CALLS = [
    (r"macro '([^']+)' takes not more than (\d+) argument",
     "宏“{}”只有 {} 个参数，调用时给多了；请对照它的定义（{{% macro … %}}）检查括号里的参数"),
    (r"macro '([^']+)' takes no keyword argument '([^']+)'",
     "宏“{}”没有名为“{}”的参数；请对照它的定义（{{% macro … %}}）检查参数名"),
    (r"parameter '([^']+)' was not provided", "调用宏时没有给出参数“{}”；请对照它的定义（{{% macro … %}}）给出每个没有默认值的参数"),
    (r"test_(\w+)\(\) missing \d+ required \w+ arguments?: (.+)",
     "测试“{}”（is 后面的词）少了参数 {}；请在它后面的括号里给出（如 is divisibleby(3)）"),
    (r"test_(\w+)\(\) takes .* but \d+ (?:was|were) given", "测试“{}”（is 后面的词）的参数给多了；请检查它后面括号里的参数"),
    (r"test_(\w+)\(\) got multiple values for argument '([^']+)'",
     "测试“{}”（is 后面的词）的参数“{}”给了两次（按位置一次、按名字一次）；请删去一个"),
    (r"(\w+)\(\) takes .* but \d+ (?:was|were) given", "过滤器或函数“{}”的参数给多了；请检查括号里的参数"),
    (r"(\w+)\(\) missing \d+ required \w+ arguments?: (.+)", "过滤器或函数“{}”少了参数 {}；请在括号里给出"),
    (r"(\w+)\(\) got an unexpected keyword argument '([^']+)'", "过滤器或函数“{}”没有名为“{}”的参数；请检查参数名"),
    (r"(\w+)\(\) got multiple values for argument '([^']+)'",
     "过滤器或函数“{}”的参数“{}”给了两次（按位置一次、按名字一次）；请删去一个"),
    (r"(\w+) expected at (?:least|most) \d+ arguments?, got \d+", "函数“{}”的参数个数不对；请检查括号里的参数"),
    (r"The loop must have the .recursive. marker", "loop(…) 只能在写了 recursive 的循环里调用（{{% for x in 列表 recursive %}}）"),
    (r"'(?:\w+\.)*(?P<kind>\w+)' object is not callable", "这里把“{}”当作宏或函数调用了（后面加了括号）；请去掉括号，或检查名字是否写错"),
    (r"'(?:\w+\.)*IndicatorTable' object is not iterable|object of type 'IndicatorTable' has no len\(\)",
     "这里要的是列表，给的却是“指标表”：指标表本身不是列表，它的各行是 rows（分块的表样各块是 blocks）；"
     "请在指标表的名字后面加上“.rows”，如 {{% for r in indicators.rows %}}、indicators.rows|length"),
    (r"'(?:\w+\.)*(?P<kind>\w+)' object is not iterable",
     "这里要的是列表（或一组字段），给的却是“{}”：{{% for %}} 循环的、dict(…) 和 join、sort 这类过滤器读的都要是列表；"
     "请检查括号里的参数或循环的对象"),
    (r"dictionary update sequence element",
     "dict(…) 要的是成对的名字和值（如 dict(name=\"x\")，或两项一组的列表），给的却是一段文字或一列单个的值；请检查括号里的参数"),
    (r"expected length >= (\d+), got", "truncate 截取的长度至少要写 {}（截去的部分以“...”代替，它就占 3 个字）；请检查括号里的参数"),
    (r"at least one item has to be provided", "cycler(…) 要给出轮流印出的值（如 cycler(\"单\", \"双\")）；请在括号里给出"),
    (r"method must be common, ceil or floor",
     "round 的取整方式只能写 \"common\"（四舍五入）、\"ceil\"（进一）或 \"floor\"（去尾），如 round(2, \"floor\")"),
    (r"You can only sort by either", "dictsort 的 by 只能写 \"key\"（按名字排）或 \"value\"（按值排）"),
    (r"no items for cycling given", "loop.cycle(…) 要给出轮流印出的值（如 loop.cycle(\"单\", \"双\")）；请在括号里给出"),
]
"""How a template called a macro, a filter or a function with the wrong arguments (Python's TypeError or
ValueError, a filter's assertion, or Jinja's undefined value for a macro's argument not given)."""

_KINDS = {"str": "文字", "Markup": "宏或过滤器做出的文字", "int": "数", "float": "数", "Decimal": "数",
          "bool": "真假值", "dict": "一组字段", "list": "列表", "NoneType": "空值",
          "Cell": "表格的格子", "Row": "指标表的一行", "IndicatorTable": "指标表", "tuple": "列表", "range": "range(…) 做的列表",
          "Macro": "宏", "function": "函数", "builtin_function_or_method": "函数", "method": "函数", "type": "函数",
          "Namespace": "namespace() 做的对象", "Joiner": "joiner() 做的对象", "Cycler": "cycler() 做的对象"}
"""What a value that is not callable (or not a list) is, in the author's words (`dict` is a Python type, to the
author a function)."""

_SOME_VALUE = "这个值"
"""A kind of value not in _KINDS: Python's name for it (`LoopContext`) means nothing to the author."""


def syntax_slip(message: str) -> str:
    """`message`, one of Jinja's syntax errors (or an unknown filter or test at run time), said in Chinese;
    "" when it is none of the common ones."""
    return _said(_SLIPS, message, _token)


def call_slip(message: str) -> str:
    """`message`, a macro, filter or function called with the wrong arguments, said in Chinese; "" when it
    says something else (a text used as a number, say)."""
    return _said(_CALLS, message, _callee)


def _said(patterns: list[tuple[str, str]], message: str, word) -> str:
    for pattern, said in patterns:
        found = re.search(pattern, message)
        if found:
            kinds = {index for name, index in found.re.groupindex.items() if name == "kind"}
            return said.format(*(_KINDS.get(group, _SOME_VALUE) if index in kinds else word(group)
                                 for index, group in enumerate(found.groups(), 1) if group is not None))
    return ""


def _token(name: str) -> str:
    return _TOKENS.get(name, name)


def _callee(name: str) -> str:
    """A filter as the template names it (Jinja's `do_truncate`, `sync_do_join` are `truncate`, `join`), the
    arguments Python lists (`'old' and 'new'`) quoted as the others are."""
    if "'" in name:
        return "、".join(f"“{argument}”" for argument in re.findall(r"'([^']+)'", name))
    return re.sub(r"^(?:sync_)?do_", "", name)
