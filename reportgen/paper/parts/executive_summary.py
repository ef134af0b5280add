"""The executive summary: the officers' words, then each domain's under its heading, with the
inspectorate's key findings and the weaknesses ("But:")."""

from __future__ import annotations

from ...plan.model import Plan
from ...words import _
from ..content import Heading, Part, Run
from .narrative import officers_blocks

KEY = "executive_summary"
ANCHOR = "executive-summary"


def heading() -> str:
    """The part's heading."""
    return _("Executive summary")


def build(plan: Plan) -> Part | None:
    """The executive summary, or None where the plan has none."""
    narrative = plan.narrative
    if not narrative.has_executive_summary:
        return None
    blocks: list = [Heading((Run(heading()),), 1, anchor=ANCHOR),
                    *officers_blocks(narrative.executive_summary)]
    for part in narrative.domains_with_text:
        blocks += [Heading((Run(part.domain.heading),), 2, anchor=f"domain-{part.domain.number}"),
                   *officers_blocks(part.summary)]
        if part.key_findings:
            blocks += [Heading((Run(_("{inspectorate} key findings:").format(
                inspectorate=plan.inspection.inspectorate)),), 3),
                *officers_blocks(part.key_findings)]
        if part.weaknesses:
            blocks += [Heading((Run(_("But:")),), 3), *officers_blocks(part.weaknesses)]
    return Part(KEY, ANCHOR, tuple(blocks), contents_heading=heading(),
                role="executive-summary")
