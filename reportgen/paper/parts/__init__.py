"""One module per part of the paper: its words, lists, tables and figures, decided once.

``paper_of`` builds the whole ``Paper``: each part present, in the order the paper prints
them; a part with nothing under its heading is left out (and so out of the contents).
"""

from __future__ import annotations

from ...plan.model import Plan
from ...words import _, language
from ...words.formatting import long_date
from ..content import Paper, Part
from ..figures import PlanFigures, plan_figures
from . import (
    action_plan,
    appendix,
    board_summary,
    colophon,
    contents,
    cover_sheet,
    executive_summary,
    masthead,
    narrative,
    rag_key,
    ratings,
    recommendations,
    version_history,
)
from .charts_described import Chart, progress_charts


def paper_of(plan: Plan, *, source: colophon.Source | None = None, attached: bool = False) -> Paper:
    """The paper for ``plan``, as at its meeting: every part present, in order.

    ``source`` (the workbook's name and SHA-256) and ``attached`` (the workbook travels inside
    the archival PDF) are what the colophon says of where the paper came from.
    """
    summary = plan_figures(plan)
    return paper_from(plan, summary, progress_charts(summary), source=source,
                      attached=attached)


def paper_from(plan: Plan, summary: PlanFigures, charts: dict[str, Chart], *,
               source: colophon.Source | None = None, attached: bool = False) -> Paper:
    """The paper for ``plan`` from its figures and charts, already worked out."""
    listed = [part for part in (
        board_summary.build(plan, summary, charts),
        version_history.build(plan),
        narrative.introduction(plan),
        narrative.foreword(plan),
        ratings.build(plan),
        executive_summary.build(plan),
        recommendations.build(plan),
        rag_key.build(),
        action_plan.build(plan, summary) if action_plan.present(plan) else None,
        appendix.build(plan, summary, charts) if appendix.present(plan) else None,
    ) if part is not None]
    appendices = tuple(part for part in listed if part.key == appendix.KEY)
    parts: list[Part] = [masthead.build(plan), cover_sheet.build(plan, summary, appendices),
                         contents.build(tuple(listed)), *listed,
                         colophon.build(plan, source=source, attached=attached)]
    paper = plan.paper
    return Paper(
        language=language(),
        title=paper.title,
        author=paper.author,
        subject=_("{title}: position as at {date}").format(title=paper.title,
                                                          date=long_date(plan.as_at)),
        protective_marking=paper.protective_marking,
        parts=tuple(parts),
    )


__all__ = ["paper_from", "paper_of"]
