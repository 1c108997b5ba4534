"""Stage 4b: render the view model into one self-contained HTML file (inline CSS, nothing fetched).

The template search path is the variant's folder, then each `templates/_shared` (see Variant.shared),
so a variant's `form.html` can extend the shared page (`base.html`) and override single blocks.
"""
from __future__ import annotations

from . import (html_carried_labels, html_fetches, html_grid, html_row_heights, html_row_marks, html_tags, html_title_size,
               pulled_in, stray_braces)
from .html_page import RenderedPage
from .jinja import make_env
from .page_numbers import css_content
from .template_errors import BracesFullWidth, HtmlTagBroken, TemplateEmpty, rendering


class HtmlRenderer:
    """Renders every spec of one variant; the Jinja environment and template are prepared once."""

    def __init__(self, variant):
        self.env = make_env(variant.search_path)
        self.env.globals["orientation"] = variant.orientation  # base.html's @page and page width
        self.env.globals["page_footer"] = css_content(variant.page_numbers or "")
        self.source, _, _ = self.env.loader.get_source(self.env, variant.html_template.name)
        if not self.source.strip():
            raise TemplateEmpty("模板是空的，生成的每一份表都会是空白页；请写进表的内容"
                                "（可从别的表样复制 form.html 来改，它继承 _shared/base.html）")
        # before Jinja: a tag it does not read may leave another one unmatched
        pulled = list(pulled_in.templates(self.env, self.source))
        BracesFullWidth.check([(None, self.source), *pulled])
        HtmlTagBroken.check([(None, self.source), *pulled])
        self.template = self.env.get_template(variant.html_template.name)
        self.warnings = (stray_braces.in_html(variant.html_template, self.source) + stray_braces.in_pulled_in(pulled)
                         + html_tags.warnings([(variant.html_template, self.source), *pulled])
                         + html_fetches.warnings([(variant.html_template, self.source), *pulled]))

    def render(self, context: dict) -> bytes:
        with rendering():
            text = self.template.render(context)
        page = RenderedPage(text)  # its table tags read once, for the check and both marking passes
        html_grid.check(page)
        html_row_marks.mark(page)
        html_row_heights.mark(page)
        html_carried_labels.carry(page)
        html_title_size.fit(page)
        return page.written().encode("utf-8")

