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
from . import action_plan, appendix, board_summary
from .charts_described import Chart, progress_charts


def paper_of(plan: Plan, *, source: object | None = None, attached: bool = False) -> Paper:
    """The paper for ``plan``, as at its meeting: every part present, in order.

    ``source`` (the workbook's name and SHA-256) and ``attached`` (the workbook travels inside
    the archival PDF) are what the colophon says of where the paper came from.
    """
    summary = plan_figures(plan)
    return paper_from(plan, summary, progress_charts(summary), source=source,
                      attached=attached)


def paper_from(plan: Plan, summary: PlanFigures, charts: dict[str, Chart], *,
               source: object | None = None, attached: bool = False) -> Paper:
    """The paper for ``plan`` from its figures and charts, already worked out."""
    del source, attached  # the colophon's, when it is built here
    parts: list[Part] = [board_summary.build(plan, summary, charts)]
    if action_plan.present(plan):
        parts.append(action_plan.build(plan, summary))
    if appendix.present(plan):
        parts.append(appendix.build(plan, summary, charts))
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
