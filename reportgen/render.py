"""The plan to HTML, and HTML to PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from . import __version__, templating
from .model import Addressee, Plan, Rag


def paper_html(plan: Plan, *, user_templates: Path | None = None) -> str:
    """The paper as one self-contained HTML page."""
    return templating.render(
        "paper.html",
        user_templates=user_templates,
        plan=plan,
        version=__version__,
        rags=tuple(Rag),
        addressees=(
            (Addressee.SERVICE, f"The {plan.paper.organisation} should:"),
            (Addressee.BOARD, f"The {plan.paper.board} should:"),
        ),
    )


def paper_pdf(html: str, *, user_templates: Path | None = None) -> tuple[bytes, Sequence[str]]:
    """The PDF of ``html``, and WeasyPrint's warnings."""
    from .pdf import html_to_pdf

    roots = [templating.builtin_templates()]
    if user_templates is not None:
        roots.insert(0, user_templates)
    return html_to_pdf(html, asset_roots=roots, base=roots[0])
