"""The paper's charts with their titles and descriptions in words: one wording for every format
(the SVG carries both, the Word paper's picture its description)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...words import _, ngettext
from ...words.formatting import long_date, month_year
from .. import charts
from ..figures import PlanFigures, RagMix
from .labels import rag_label

# The summary sets two charts side by side: drawn this wide, their text prints at about 9pt.
HALF_WIDTH = 340

# The due-dates chart spans at most this many years either side of the meeting, so one
# mistyped year cannot squash every other action into one slot.
CHART_YEARS = 10


@dataclass(frozen=True)
class Chart:
    """A chart's visible title, its description in words, and its SVG (which carries both)."""

    title: str
    svg: str
    description: str


def meeting_label(day: date, current: bool) -> str:
    """A meeting as the chart and the table over time label it: 'Mar 2021 (now)'."""
    return month_year(day) + (" " + _("(now)") if current else "")


def progress_charts(summary: PlanFigures) -> dict[str, Chart]:
    """The summary's charts as inline SVG, each with its title and a description in words."""
    total = summary.mix.total
    mix_words = "; ".join(f"{rag_label(s.rag)} {s.count} ({s.percent_label})"
                          for s in summary.mix.shares)
    by_recommendation = "; ".join(
        _("Recommendation {number}: {counted}").format(number=row.recommendation.number,
                                                       counted=_counted(row.mix))
        for row in summary.by_recommendation
    )
    trend = "; ".join(f"{month_year(p.date)}: {_counted(p.mix)}" for p in summary.over_time)
    overdue = ", ".join(s.action.reference for s in summary.overdue) or _("none")
    descriptions = {
        "mix": _("As at {date}: {shares}.").format(date=long_date(summary.as_at),
                                                   shares=mix_words),
        "by_recommendation": f"{by_recommendation}.",
        "over_time": f"{trend}.",
        "due": _("{count} of {total} actions are past their due date and not complete: "
                 "{references}.").format(count=len(summary.overdue), total=total,
                                         references=overdue)
        + _undated(summary),
    }
    titles = {
        "mix": _("RAG rating of the one action") if total == 1 else
               _("RAG ratings of all {total} actions").format(total=total),
        "by_recommendation": _("RAG ratings by recommendation"),
        "over_time": _("RAG ratings at each board meeting"),
        "due": _("Due dates against status"),
    }
    svgs = {
        "mix": charts.rag_mix(
            summary.mix.as_counts(), title=titles["mix"], chart_id="chart-mix",
            percents={share.rag: share.percent_label for share in summary.mix.shares},
            description=descriptions["mix"],
        ),
        "by_recommendation": charts.rag_by_group(
            [(_("Rec {number}").format(number=row.recommendation.number), row.mix.as_counts())
             for row in summary.by_recommendation],
            title=titles["by_recommendation"], chart_id="chart-by-recommendation",
            description=descriptions["by_recommendation"], width=HALF_WIDTH,
        ),
        "over_time": charts.rag_over_time(
            [(meeting_label(p.date, p.current), p.mix.as_counts()) for p in summary.over_time],
            title=titles["over_time"], chart_id="chart-over-time",
            description=descriptions["over_time"], width=HALF_WIDTH,
        ),
        "due": charts.due_against_status(
            [(s.action.reference, s.due, s.rag) for s in summary.statuses
             if _charted(s, summary.as_at)],
            as_at=summary.as_at, title=titles["due"], chart_id="chart-due",
            description=descriptions["due"],
        ),
    }
    return {name: Chart(titles[name], svg, descriptions[name]) for name, svg in svgs.items()}


def _charted(status, as_at: date) -> bool:
    due = status.due
    return due is not None and abs(due.year - as_at.year) <= CHART_YEARS


def _undated(summary: PlanFigures) -> str:
    """' 2 actions have no due date (1C, 2A) and are not shown.' for the due-dates chart."""
    parts = []
    undated = summary.no_due_date
    if undated:
        references = ", ".join(s.action.reference for s in undated)
        parts.append(" " + ngettext(
            "{count} action has no due date ({references}) and is not shown.",
            "{count} actions have no due date ({references}) and are not shown.",
            len(undated)).format(count=len(undated), references=references))
    far = [s for s in summary.statuses
           if s.due is not None and not _charted(s, summary.as_at)]
    if far:
        references = ", ".join(f"{s.action.reference} ({long_date(s.due)})"
                               for s in far)
        parts.append(" " + _("Due more than {years} years from the meeting, and not shown: "
                             "{references}.").format(years=CHART_YEARS, references=references))
    return "".join(parts)


def _counted(mix: RagMix) -> str:
    """'2 complete, 1 good progress': the ratings a mix has, in words."""
    return ", ".join(f"{s.count} {rag_label(s.rag).lower()}" for s in mix.shares
                     if s.count) or _("none")
