"""The introduction and the foreword: a heading and the officers' own words."""

from __future__ import annotations

from ...plan.model import Plan
from ...words import _
from ..content import Block, Heading, Part, Run
from ..formatted_text import blocks


def officers_blocks(texts: tuple[str, ...]) -> tuple[Block, ...]:
    """Officers' formatted text, each piece's paragraphs and lists in order."""
    return tuple(block for text in texts for block in blocks(text))


def _part(key: str, anchor: str, heading: str, texts: tuple[str, ...]) -> Part:
    return Part(key, anchor, (Heading((Run(heading),), 1, anchor=anchor),
                              *officers_blocks(texts)), contents_heading=heading, role=anchor)


def introduction(plan: Plan) -> Part | None:
    """The introduction, or None where the plan has none."""
    texts = plan.narrative.introduction
    return _part("introduction", "introduction", _("Introduction"), texts) if texts else None


def foreword(plan: Plan) -> Part | None:
    """The foreword, or None where the plan has none."""
    texts = plan.narrative.foreword
    return _part("foreword", "foreword", _("Foreword"), texts) if texts else None
