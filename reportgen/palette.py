"""The colours the paper prints each rating in: fill and text, as RRGGBB.

Both sides print them (the charts and the Word paper, and the officers' workbook, coloured
as the paper is), so they sit above both; they are templates/paper.css's, so change both
together. Each pair keeps at least 4.5:1 contrast between its text and its fill.
"""

from __future__ import annotations

from .plan.model import Rag, Rating

RAG_COLOURS: dict[Rag, tuple[str, str]] = {
    Rag.NO_IMPROVEMENT: ("B3261E", "FFFFFF"),
    Rag.SOME_PROGRESS: ("F5B335", "0B0C0C"),
    Rag.GOOD_PROGRESS: ("00703C", "FFFFFF"),
    Rag.AWAITING_BOARD: ("4C2C92", "FFFFFF"),
    Rag.COMPLETE: ("1D70B8", "FFFFFF"),
}
RATING_COLOURS: dict[Rating, tuple[str, str]] = {
    Rating.OUTSTANDING: ("00703C", "FFFFFF"),
    Rating.GOOD: ("CCE2D8", "005A30"),
    Rating.REQUIRES_IMPROVEMENT: ("FCD6A0", "6E3619"),
    Rating.INADEQUATE: ("B3261E", "FFFFFF"),
    Rating.NOT_RATED: ("F3F2F1", "0B0C0C"),
}
