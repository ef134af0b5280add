"""The top of the first page: the protective marking and the board's name (the logo is the
HTML templates' own)."""

from __future__ import annotations

from ...plan.model import Plan
from ..content import Paragraph, Part, Run

KEY = "masthead"
ANCHOR = "masthead"


def build(plan: Plan) -> Part:
    """The masthead: the marking (repeated on every printed page), then the board's name."""
    paper = plan.paper
    return Part(KEY, ANCHOR, (Paragraph((Run(paper.protective_marking),),
                                        role="protective-marking"),
                              Paragraph((Run(paper.board),), role="board-name")),
                new_page=False, role="masthead")
