"""The HTML paper, and the PDF that prints it: the paper's templates rendered for a context."""

from __future__ import annotations

from dataclasses import replace

from ..paper.context import PaperContext, context_html, paper_pdf
from . import Rendered, RenderOptions
from .pdf import VARIANTS


def render(context: PaperContext, options: RenderOptions) -> Rendered:
    """The paper as one self-contained HTML page (the workbook is never inside it)."""
    page = context_html(replace(context, attached=False), user_templates=options.user_templates)
    return Rendered(page.encode("utf-8"))


def render_pdf(context: PaperContext, options: RenderOptions) -> Rendered:
    """The HTML page printed as a PDF in ``options.pdf_variant``, with WeasyPrint's warnings.

    An archival PDF's colophon says the workbook is inside it, so its page differs from the
    HTML paper's and is rendered on its own; otherwise a page already rendered is reused.
    """
    attached = VARIANTS[options.pdf_variant].archival
    page = options.html_page if options.html_page is not None and not attached else \
        context_html(replace(context, attached=attached), user_templates=options.user_templates)
    pdf, logged = paper_pdf(page, user_templates=options.user_templates,
                            variant=options.pdf_variant, dated=options.dated,
                            source=context.source)
    return Rendered(pdf, tuple(logged))
