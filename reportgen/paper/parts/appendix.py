"""The appendix: every action's log, one table per recommendation, under the due-dates chart
(the log is also the figures behind that chart)."""

from __future__ import annotations

from ...plan.model import Plan, Rag, Recommendation
from ...words import _
from ...words.formatting import long_date
from ..content import Cell, Figure, Heading, Paragraph, Part, Row, RowGroup, Run, Table
from ..figures import ActionStatus, PlanFigures
from ..formatted_text import blocks
from .charts_described import Chart
from .labels import column, evidence_runs, rag_class, rag_runs, runs_cell, text_cell, timescale_runs

KEY = "appendix"
ANCHOR = "appendix"
COLUMNS = 5


def heading() -> str:
    """The part's heading, as the contents and the cover sheet list it."""
    return _("Appendix: progress log")


def present(plan: Plan) -> bool:
    """Whether the paper has the appendix: only with actions."""
    return bool(plan.actions)


def build(plan: Plan, summary: PlanFigures, charts: dict[str, Chart]) -> Part:
    """The appendix of ``plan``: its opening, the due-dates chart, and a log per
    recommendation."""
    due = charts["due"]
    opening = _("Every update to every action, oldest first, up to {date}, under each action's "
                "due date and its status as at that date.").format(date=long_date(plan.as_at))
    return Part(KEY, ANCHOR, (
        Heading((Run(heading()),), 1, anchor=ANCHOR),
        Paragraph((Run(opening),)),
        Figure(due.title, due.svg, due.description, role="chart chart-due"),
        *(_log(plan, summary, recommendation) for recommendation in plan.recommendations),
    ), contents_heading=heading(), role="appendix")


def log_heading(status: ActionStatus) -> tuple[Run, ...]:
    """'1A Lead: Jo Bloggs. Due: March 2021. Now: ✔ Complete Completed late'."""
    action = status.action
    if status.overdue:
        flag = (Run(" "), Run(_("Overdue"), bold=True, role="flag"))
    elif status.completed_late:
        flag = (Run(" "), Run(_("Completed late"), role="note"))
    elif status.due_soon:
        flag = (Run(" "), Run(_("Due before the next meeting"), role="note"))
    else:
        flag = ()
    lead = action.lead or _("none")
    return (Run(action.reference, role="log-ref"),
            Run(" " + _("Lead: {lead}.").format(lead=lead.strip(".")) + " " + _("Due:") + " "),
            *timescale_runs(status), Run(". " + _("Now:") + " "), *rag_runs(status.rag), *flag)


def _log(plan: Plan, summary: PlanFigures, recommendation: Recommendation) -> Table:
    groups = []
    for action in recommendation.actions:
        status = summary.by_reference[action.reference]
        groups.append(RowGroup(log_heading(status), _rows(plan, status),
                               anchor=f"log-{action.reference}", role="log-head"))
    return Table(
        _("Recommendation {number}: each action's due date, status and progress log").format(
            number=recommendation.number),
        (column(_("Date"), 18, "c-date"), column(_("RAG"), 14, "c-rag"),
         column(_("Commentary"), 42, "c-commentary"), column(_("Evidence"), 15, "c-evidence"),
         column(_("Updated by"), 11, "c-by")),
        tuple(groups), scrolls=True, role="log")


def _rows(plan: Plan, status: ActionStatus) -> tuple[Row, ...]:
    action = status.action
    rows = []
    for entry in status.history:
        if entry.update:
            update = entry.update
            rag = action.as_closed(update.rag, update.date)
            rows.append(Row((
                text_cell(long_date(update.date)),
                runs_cell(rag_runs(rag), shade=rag_class(rag)),
                Cell(blocks(update.commentary)),
                runs_cell(evidence_runs(update.evidence, update.evidence_link)),
                text_cell(update.updated_by),
            )))
        elif entry.revision:
            revision = entry.revision
            now = _("Timescale now {timescale}; was {before}.").format(
                timescale=revision.timescale.label, before=entry.revised_from.label)
            rows.append(Row((
                text_cell(long_date(entry.date)),
                text_cell(_("Timescale revised")),
                Cell((Paragraph((Run(now),)), *blocks(revision.reason))),
                text_cell(""),
                text_cell(revision.agreed_by),
            ), role="log-revision"))
        else:
            rows.append(Row((
                text_cell(long_date(entry.date)),
                runs_cell(rag_runs(Rag.COMPLETE), shade=rag_class(Rag.COMPLETE)),
                text_cell(_("Closed by the board.")),
                text_cell(""),
                text_cell(plan.paper.board),
            ), role="log-closure"))
    if not rows:
        words = (_("No updates logged; the RAG rating comes from the Actions sheet.")
                 if action.rag else _("No updates logged."))
        rows.append(Row((text_cell(words, span=COLUMNS),)))
    return tuple(rows)
