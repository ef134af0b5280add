"""The improvement plan's title and version history: only where the plan lists versions."""

from __future__ import annotations

from ...plan.model import Plan
from ...words import _
from ...words.formatting import long_date
from ..content import Heading, Part, Row, RowGroup, Run, Table
from .labels import column, text_cell

KEY = "version_history"
ANCHOR = "versions"


def heading(plan: Plan) -> str:
    """'Medway Youth Offending Team: improvement plan'."""
    return _("{organisation}: improvement plan").format(organisation=plan.paper.organisation)


def contents_heading() -> str:
    """The part's line in the contents."""
    return _("Improvement plan and version history")


def build(plan: Plan) -> Part | None:
    """The version history, or None where the plan lists no version."""
    versions = plan.paper.versions
    if not versions:
        return None
    rows = tuple(Row((text_cell(version.label), text_cell(long_date(version.date)),
                      text_cell(version.changes))) for version in versions)
    table = Table(_("Version history"), (column(_("Version"), 1), column(_("Date"), 1.5),
                                         column(_("Changes made"), 5)),
                  (RowGroup((), rows),), keep_together=True, role="versions")
    return Part(KEY, ANCHOR, (Heading((Run(heading(plan)),), 1, anchor=ANCHOR), table),
                contents_heading=contents_heading(), role="plan-title")
