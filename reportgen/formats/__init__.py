"""The paper's formats: HTML, PDF and Word, each laying out the same paper.

``FORMATS`` is the registry: each name maps to the file suffix it writes and the function that
renders it, imported only when that format is wanted (WeasyPrint and python-docx load only for
a PDF or a Word paper). Every renderer takes the same context and options and gives bytes and
the warnings met on the way.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .pdf import DEFAULT_VARIANT

if TYPE_CHECKING:
    from ..paper.context import PaperContext


@dataclass(frozen=True)
class RenderOptions:
    """The choices a build makes for every format alike."""

    dated: date | datetime
    """The date the PDF and the Word paper carry (SOURCE_DATE_EPOCH, else the meeting)."""
    user_templates: Path | None = None
    pdf_variant: str = DEFAULT_VARIANT
    docx_template: Path | None = None
    html_page: str | None = None
    """The HTML page already rendered from the same context (attached=False), when a build
    renders the HTML paper before the PDF in the same process: the PDF prints it as it is."""


@dataclass(frozen=True)
class Rendered:
    """One format's bytes, and the warnings met while rendering it (in words)."""

    content: bytes
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Format:
    """A format: its name (as --format takes it), the suffix of its file, and its renderer
    named as ``module:function``, imported on first use."""

    name: str
    suffix: str
    renderer: str

    def render(self, context: PaperContext, options: RenderOptions) -> Rendered:
        """The paper ``context`` holds, in this format."""
        return self.renderer_function()(context, options)

    def renderer_function(self) -> Callable[[PaperContext, RenderOptions], Rendered]:
        module, _, function = self.renderer.partition(":")
        return getattr(importlib.import_module(module), function)


def render_docx(context: PaperContext, options: RenderOptions) -> Rendered:
    """The Word paper (python-docx loads only when it is wanted)."""
    from .word import paper_docx

    content, warnings = paper_docx(context, dated=options.dated, template=options.docx_template)
    return Rendered(content, tuple(warnings))


# In the order a build lists the files it wrote.
FORMATS: dict[str, Format] = {fmt.name: fmt for fmt in (
    Format("pdf", ".pdf", "reportgen.formats.html:render_pdf"),
    Format("html", ".html", "reportgen.formats.html:render"),
    Format("docx", ".docx", "reportgen.formats:render_docx"),
)}
