"""The recommendations: the officers' introduction, then each addressee's recommendations
under "The X should:". A recommendation's number is text, so every format prints it alike."""

from __future__ import annotations

from ...plan.model import Plan
from ...words import _
from ..content import BulletList, Heading, ListItem, Part, Run
from ..formatted_text import inline
from .labels import own_names, should_heading
from .narrative import officers_blocks

KEY = "recommendations"
ANCHOR = "recommendations"


def heading() -> str:
    """The part's heading."""
    return _("Recommendations")


def build(plan: Plan) -> Part | None:
    """The recommendations, or None where the plan has neither recommendations nor words on
    them."""
    if not (plan.recommendations or plan.narrative.recommendations):
        return None
    blocks: list = [Heading((Run(heading()),), 1, anchor=ANCHOR),
                    *officers_blocks(plan.narrative.recommendations)]
    inspection = _("{inspectorate} inspection").format(
        inspectorate=plan.inspection.inspectorate)
    for addressee, recommendations in plan.addressee_groups:
        blocks.append(Heading((Run(should_heading(addressee, own_names=own_names(plan))),), 2))
        items = []
        for recommendation in recommendations:
            source = ((Run(" "), Run(f"({recommendation.source})", role="source"))
                      if recommendation.source != inspection else ())
            items.append(ListItem((Run(f"{recommendation.number}.", role="number"), Run(" "),
                                   *inline(recommendation.text), *source)))
        blocks.append(BulletList(tuple(items), role="recommendation-list"))
    return Part(KEY, ANCHOR, tuple(blocks), contents_heading=heading(), role="recommendations")
