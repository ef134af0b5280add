"""The RAG key: every rating with its shape and words, and 'Not yet rated'."""

from __future__ import annotations

from ...plan.model import Rag
from ...words import _
from ..content import BulletList, Heading, ListItem, Part, Run
from .labels import rag_runs

KEY = "rag_key"
ANCHOR = "rag-key"


def heading() -> str:
    """The part's heading."""
    return _("RAG rating")


def build() -> Part:
    """The key to the RAG ratings."""
    items = tuple(ListItem(rag_runs(rag)) for rag in (*Rag, None))
    return Part(KEY, ANCHOR, (Heading((Run(heading()),), 1, anchor=ANCHOR),
                              BulletList(items, role="rag-key-list")),
                contents_heading=heading(), role="rag-key")
