"""The action plan: one table for each run of recommendations from one source, so the first
column's heading names that source in the plan's word ("HMIP recommendation", "National
Standards audit recommendation"); within it, a row group per addressee and per recommendation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...plan.model import Plan, Recommendation
from ...words import _
from ...words.formatting import long_date
from ..content import Cell, Heading, Paragraph, Part, Row, RowGroup, Run, Table
from ..figures import PlanFigures
from ..formatted_text import blocks, inline
from .labels import (
    column,
    direction_runs,
    lines,
    own_names,
    rag_class,
    rag_runs,
    runs_cell,
    should_heading,
    text_cell,
    timescale_runs,
)

KEY = "action_plan"
ANCHOR = "action-plan"
COLUMNS = 6


def heading() -> str:
    """The part's heading, as the contents lists it."""
    return _("Action plan")


@dataclass(frozen=True)
class PlanBlock:
    """A run of recommendations from one source, for the action plan: its first column names
    the source in the plan's word ("HMIP recommendation"); ``groups`` are (heading,
    recommendations) by addressee."""

    source: str
    groups: tuple[tuple[str, tuple[Recommendation, ...]], ...]

    @property
    def column(self) -> str:
        """The first column's header: 'Recommendation' after the source's name, as typed
        ('HMIP' for the HMIP inspection); 'Recommendation' alone for a source of 'Other'."""
        source = re.sub(r"\s+(inspection|recommendations?)$", "", self.source.strip(),
                        flags=re.IGNORECASE)
        if source.casefold() in ("other", "", "recommendation", "recommendations"):
            return _("Recommendation")
        return _("{source} recommendation").format(source=source)

    @property
    def each(self) -> str:
        """What each row group answers, for the table's caption: 'HMIP recommendation'."""
        column = self.column
        return _("recommendation") if column == _("Recommendation") else column


def plan_blocks(plan: Plan) -> tuple[PlanBlock, ...]:
    """The action plan: one block per source, in order of first mention (the inspection's
    recommendations, then an audit's), each grouped by addressee as the plan is."""
    found: dict[str, dict[str, list[Recommendation]]] = {}
    for recommendation in plan.recommendations:
        found.setdefault(recommendation.source, {})
    for addressee, recommendations in plan.addressee_groups:
        for recommendation in recommendations:
            groups = found[recommendation.source]
            groups.setdefault(should_heading(addressee, own_names=own_names(plan)),
                              []).append(recommendation)
    return tuple(PlanBlock(source, tuple((heading, tuple(group))
                                         for heading, group in groups.items()))
                 for source, groups in found.items())


def present(plan: Plan) -> bool:
    """Whether the paper has an action plan: only with recommendations."""
    return bool(plan.recommendations)


def build(plan: Plan, summary: PlanFigures) -> Part:
    """The action plan of ``plan``: a table for each source, its caption printed once."""
    tables = tuple(_table(plan, summary, block) for block in plan_blocks(plan))
    return Part(KEY, ANCHOR, (Heading((Run(heading()),), 1, anchor=ANCHOR), *tables),
                contents_heading=heading(), landscape=True, role="action-plan")


def _table(plan: Plan, summary: PlanFigures, block: PlanBlock) -> Table:
    groups: list[RowGroup] = []
    for addressee, recommendations in block.groups:
        groups.append(RowGroup((Run(addressee),), (), role="addressee"))
        for recommendation in recommendations:
            groups.append(RowGroup((), _rows(summary, recommendation),
                                   anchor=f"recommendation-{recommendation.number}",
                                   role="recommendation"))
    return Table(
        _("Actions for each {each}, with RAG ratings as at {date}").format(
            each=block.each, date=long_date(plan.as_at)),
        (column(block.column, 17, "c-priority"), column(_("Action"), 26, "c-action"),
         column(_("Lead"), 11, "c-lead"), column(_("Timescale"), 12, "c-timescale"),
         column(_("Success measures"), 22, "c-measures"), column(_("RAG"), 12, "c-rag")),
        tuple(groups), row_headers=True, role="action-table")


def _priority(recommendation: Recommendation, first: bool) -> Cell:
    number = Run(f"{recommendation.number}.", role="number")
    if not first:
        return Cell((Paragraph((number,)),), header=True, role="priority continued")
    return Cell((Paragraph((number, Run(" "), *inline(recommendation.text))),), header=True,
                role="priority")


def _rows(summary: PlanFigures, recommendation: Recommendation) -> tuple[Row, ...]:
    if not recommendation.actions:
        return (Row((_priority(recommendation, True),
                     text_cell(_("No actions yet."), span=COLUMNS - 1)), role="action"),)
    rows = []
    for index, action in enumerate(recommendation.actions):
        status = summary.by_reference[action.reference]
        if status.overdue:
            flag = (Run(_("Overdue"), bold=True, role="flag"),)
        elif status.completed_late:
            flag = (Run(_("Completed late"), role="note"),)
        elif status.due is None:
            flag = (Run(_("No due date"), role="note"),)
        else:
            flag = ()
        proposed = ((Run(_("proposed: {timescale}").format(
            timescale=status.proposal.timescale.label), role="proposed"),)
            if status.proposal else ())
        rows.append(Row((
            _priority(recommendation, index == 0),
            Cell(blocks(action.text, f"{action.letter}:"), role="action-text"),
            text_cell(action.lead),
            runs_cell(lines(timescale_runs(status), proposed, flag)),
            Cell(blocks(action.success_measures)),
            runs_cell(lines(rag_runs(action.rag),
                            direction_runs(status.direction) if status.direction else ()),
                      shade=rag_class(action.rag), role="rag-cell"),
        ), anchor=f"action-{action.reference}", role="action"))
    return tuple(rows)
