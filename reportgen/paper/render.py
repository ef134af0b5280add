"""The paper's context (figures, charts, contents, groups), worked out once; HTML and PDF.

Every format prints one PaperContext: the templates render it as HTML (and so the PDF),
the Word writer lays it out in Word. Nothing is worked out twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from .. import __version__
from ..model import Plan, Rag, Recommendation, UpdateRound
from ..plain_text import plain_text
from . import charts, jinja_env
from .closures import ClosuresAsked, closures_asked
from .jinja_env import long_date
from .line_breaks import kept_whole_html
from .ratings_page import RatingsPage, ratings_page
from .summary import (
    DEFAULT_HORIZON,
    RAG_SLOTS,
    ActionStatus,
    BoardSummary,
    Direction,
    RagMix,
    summarise,
)


def contents(plan: Plan) -> tuple[tuple[str, str], ...]:
    """The paper's top-level sections, for the contents page: (anchor, heading). A part with
    nothing under its heading is left out of the paper, and so of its contents."""
    sections = (
        ("board-summary", "Summary for the board", True),
        ("versions", "Improvement plan and version history", bool(plan.paper.versions)),
        ("introduction", "Introduction", bool(plan.narrative.introduction)),
        ("foreword", "Foreword", bool(plan.narrative.foreword)),
        ("ratings", "Ratings", True),
        ("executive-summary", "Executive summary", plan.narrative.has_executive_summary),
        ("recommendations", "Recommendations",
         bool(plan.recommendations or plan.narrative.recommendations)),
        ("rag-key", "RAG rating", True),
        ("action-plan", "Action plan", bool(plan.recommendations)),
        ("appendix", "Appendix: progress log", bool(plan.actions)),
    )
    return tuple((anchor, heading) for anchor, heading, present in sections if present)


def appendices(plan: Plan) -> tuple[tuple[str, str], ...]:
    """The paper's appendices, as its contents name them, for the cover sheet's list."""
    return tuple((anchor, heading) for anchor, heading in contents(plan)
                 if heading.startswith("Appendix"))


def position(plan: Plan, summary: BoardSummary) -> str:
    """The cover sheet's position at a glance, in words: one wording for every format."""
    awaiting, overdue = len(summary.awaiting_board), len(summary.overdue)
    due_soon = len(summary.due_soon)
    words = (f"As at {long_date(plan.as_at)}, {summary.completed} of {summary.mix.total} "
             f"actions ({summary.completed_share}) are complete"
             + (" and closed by the board" if plan.records_closures else "")
             + (f", and {awaiting} more {'is' if awaiting == 1 else 'are'} recorded as complete, "
                "awaiting the board's agreement" if awaiting else "")
             + f". {overdue} {'is' if overdue == 1 else 'are'} overdue and {due_soon} "
             f"{'falls' if due_soon == 1 else 'fall'} due {horizon_words(summary)}.")
    if summary.previous_meeting:
        words += (f" Since the last meeting ({long_date(summary.previous_meeting)}), "
                  f"{len(summary.moved(Direction.IMPROVED))} improved and "
                  f"{len(summary.moved(Direction.DECLINED))} declined.")
    if summary.update_round is not None:
        words += " " + round_words(summary.update_round)
    return words


def horizon_words(summary: BoardSummary) -> str:
    """'before the next meeting 8 June 2021', or, with no later meeting in the workbook, 'by
    8 June 2021, 13 weeks after this meeting, as no later meeting is on the Meetings sheet':
    what 'due soon' counts to, and where that date comes from."""
    if summary.horizon_is_meeting:
        return f"before the next meeting {long_date(summary.horizon)}"
    span = ""
    if summary.horizon - summary.as_at == DEFAULT_HORIZON:
        days = DEFAULT_HORIZON.days
        span = f", {days // 7} weeks" if days % 7 == 0 else f", {days} days"
        span += " after this meeting"
    return (f"by {long_date(summary.horizon)}{span}, as no later meeting is on the Meetings "
            "sheet")


def round_words(update_round: UpdateRound) -> str:
    """'7 of 9 leads returned their updates for this meeting.', from the plan's record."""
    asked = update_round.asked
    return (f"{len(update_round.returned)} of {asked} lead{'' if asked == 1 else 's'} returned "
            "their updates for this meeting.")


def exceptions_heading(summary: BoardSummary) -> str:
    """The exceptions' heading: what makes an action one."""
    if summary.update_round is None:
        return "Exceptions: no improvement, overdue, declined or slipped more than once"
    return ("Exceptions: no improvement, overdue, declined, slipped more than once or no update "
            "returned")


def revisions_asked(summary: BoardSummary) -> str:
    """The words that open the cover's ask to agree the new timescales leads proposed; each
    format follows them with one line per action (see ``proposed_words``); '' when none."""
    proposed = len(summary.proposed)
    if not proposed:
        return ""
    which = ("this proposed new timescale" if proposed == 1 else
             f"these {proposed} proposed new timescales")
    return (f"The board is asked to agree {which}; until it does, the figures use the "
            "timescale as it stands:")


def proposed_words(status: ActionStatus) -> str:
    """After the action's reference, linked: ': from March 2021 to June 2021 (proposed on 1
    March 2021). Reason: ...'. One wording for every format."""
    proposal = status.proposal
    reason = " ".join(plain_text(proposal.reason).split())
    return (f": from {status.timescale.label} to {proposal.timescale.label} (proposed on "
            f"{long_date(proposal.date)})." + (f" Reason: {reason}" if reason else ""))


def short_date(day) -> str:
    """A meeting as a chart labels it: Jun 2020."""
    return f"{day:%b %Y}"


# The summary sets two charts side by side: drawn this wide, their text prints at about 9pt.
HALF_WIDTH = 340


@dataclass(frozen=True)
class Chart:
    """A chart's visible title, its description in words, and its SVG (which carries both)."""

    title: str
    svg: str
    description: str


def progress_charts(summary: BoardSummary) -> dict[str, Chart]:
    """The summary's charts as inline SVG, each with its title and a description in words."""
    total = summary.mix.total
    mix_words = "; ".join(f"{s.label} {s.count} ({s.percent_label})" for s in summary.mix.shares)
    by_recommendation = "; ".join(
        f"Recommendation {row.recommendation.number}: " + _counted(row.mix)
        for row in summary.by_recommendation
    )
    trend = "; ".join(f"{short_date(p.date)}: {_counted(p.mix)}" for p in summary.over_time)
    overdue = ", ".join(s.action.reference for s in summary.overdue) or "none"
    descriptions = {
        "mix": f"As at {long_date(summary.as_at)}: {mix_words}.",
        "by_recommendation": f"{by_recommendation}.",
        "over_time": f"{trend}.",
        "due": f"{len(summary.overdue)} of {total} actions are past their due date and not "
               f"complete: {overdue}." + _undated(summary),
    }
    titles = {
        "mix": "RAG rating of the one action" if total == 1 else
               f"RAG ratings of all {total} actions",
        "by_recommendation": "RAG ratings by recommendation",
        "over_time": "RAG ratings at each board meeting",
        "due": "Due dates against status",
    }
    svgs = {
        "mix": charts.rag_mix(
            summary.mix.as_counts(), title=titles["mix"], chart_id="chart-mix",
            percents={share.rag: share.percent_label for share in summary.mix.shares},
            description=descriptions["mix"],
        ),
        "by_recommendation": charts.rag_by_group(
            [(f"Rec {row.recommendation.number}", row.mix.as_counts())
             for row in summary.by_recommendation],
            title=titles["by_recommendation"], chart_id="chart-by-recommendation",
            description=descriptions["by_recommendation"], width=HALF_WIDTH,
        ),
        "over_time": charts.rag_over_time(
            [(short_date(p.date) + (" (now)" if p.current else ""), p.mix.as_counts())
             for p in summary.over_time],
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


# The due-dates chart spans at most this many years either side of the meeting, so one
# mistyped year cannot squash every other action into one slot.
CHART_YEARS = 10


def _charted(status, as_at: date) -> bool:
    due = status.due
    return due is not None and abs(due.year - as_at.year) <= CHART_YEARS


def _undated(summary: BoardSummary) -> str:
    """' 2 actions have no due date (1C, 2A) and are not shown.' for the due-dates chart."""
    parts = []
    undated = summary.no_due_date
    if undated:
        references = ", ".join(s.action.reference for s in undated)
        parts.append(f" {len(undated)} action{'s have' if len(undated) > 1 else ' has'} no due "
                     f"date ({references}) and {'are' if len(undated) > 1 else 'is'} not shown.")
    far = [s for s in summary.statuses
           if s.due is not None and not _charted(s, summary.as_at)]
    if far:
        references = ", ".join(f"{s.action.reference} ({long_date(s.due)})"
                               for s in far)
        parts.append(f" Due more than {CHART_YEARS} years from the meeting, and not shown: "
                     f"{references}.")
    return "".join(parts)


# The last words of a service's or board's name that go without an article: "Eastmere Council
# should", "Kent Police should", but "The Medway Youth Offending Team should".
BARE_NAMES = ("council", "police", "constabulary")


def should_heading(addressee: str, *, own_names: Sequence[str] = ()) -> str:
    """'<addressee> should:', the name as typed (its first letter capitalised). ``own_names``
    are the plan's service and board, to which the short forms ('The service', 'YOT',
    'Board') resolve: those take 'The', unless the name has it or goes without one."""
    name = addressee[:1].upper() + addressee[1:]
    words = addressee.casefold().split()
    if addressee in own_names and words[:1] != ["the"] and words[-1:] != [] \
            and words[-1] not in BARE_NAMES:
        return f"The {addressee} should:"
    return f"{name} should:"


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
            return "Recommendation"
        return f"{source} recommendation"

    @property
    def each(self) -> str:
        """What each row group answers, for the table's caption: 'HMIP recommendation'."""
        column = self.column
        return "recommendation" if column == "Recommendation" else column


def plan_blocks(plan: Plan) -> tuple[PlanBlock, ...]:
    """The action plan: one block per source, in order of first mention (the inspection's
    recommendations, then an audit's), each grouped by addressee as the plan is."""
    blocks: dict[str, dict[str, list[Recommendation]]] = {}
    for recommendation in plan.recommendations:
        blocks.setdefault(recommendation.source, {})
    for addressee, recommendations in plan.addressee_groups:
        for recommendation in recommendations:
            groups = blocks[recommendation.source]
            groups.setdefault(should_heading(addressee, own_names=_own_names(plan)),
                              []).append(recommendation)
    return tuple(PlanBlock(source, tuple((heading, tuple(group))
                                         for heading, group in groups.items()))
                 for source, groups in blocks.items())


def _own_names(plan: Plan) -> tuple[str, str]:
    """The names the short forms of an addressee resolve to: the service's and the board's."""
    return plan.paper.organisation, plan.paper.board


def _counted(mix: RagMix) -> str:
    """'2 complete, 1 good progress': the ratings a mix has, in words."""
    return ", ".join(f"{s.count} {s.label.lower()}" for s in mix.shares if s.count) or "none"


@dataclass(frozen=True)
class Source:
    """The workbook a paper is built from, for its provenance: its name, SHA-256 and bytes."""

    name: str
    sha256: str
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class PaperContext:
    """Everything a paper prints, worked out once: what the templates and the Word writer take.

    With ``source`` the colophon names the workbook and its SHA-256; ``attached`` says the
    workbook travels inside the (archival) PDF made from the paper.
    """

    plan: Plan
    summary: BoardSummary
    charts: dict[str, Chart]
    contents: tuple[tuple[str, str], ...]
    """(anchor, heading) of every part the paper holds: a part not listed is left out."""
    appendices: tuple[tuple[str, str], ...]
    """The appendices the cover sheet lists: (anchor, heading)."""
    position: str
    """The cover sheet's position at a glance, in words."""
    closures_asked: ClosuresAsked
    """The ask to close the actions awaiting the board (false if it asks none)."""
    exceptions_heading: str
    """The exceptions' heading, naming what makes an action one."""
    revisions_asked: str
    """The words that open the ask to agree the timescales leads proposed ('' if none)."""
    proposed: tuple[tuple[ActionStatus, str], ...]
    """Each action with a proposed timescale, and the words that follow its reference."""
    addressee_groups: tuple[tuple[str, tuple[Recommendation, ...]], ...]
    """(heading, recommendations) for each addressee: "The <addressee> should:"."""
    plan_blocks: tuple[PlanBlock, ...]
    ratings: RatingsPage
    """The ratings page's table and sentences."""
    source: Source | None = None
    attached: bool = False
    version: str = __version__
    rags: tuple[Rag, ...] = tuple(Rag)
    slots: tuple[Rag | None, ...] = RAG_SLOTS
    directions: type[Direction] = Direction

    @property
    def parts(self) -> frozenset[str]:
        """The anchors of the parts the paper holds."""
        return frozenset(anchor for anchor, _ in self.contents)

    def template_variables(self) -> dict[str, object]:
        """The context under the names the templates use."""
        return {f.name: getattr(self, f.name) for f in fields(self)} | {"parts": self.parts}


def paper_context(plan: Plan, *, source: Source | None = None,
                  attached: bool = False) -> PaperContext:
    """The figures, charts, contents and groups of the paper for ``plan``, as at its meeting."""
    summary = summarise(plan)
    return PaperContext(
        plan=plan,
        summary=summary,
        charts=progress_charts(summary),
        contents=contents(plan),
        appendices=appendices(plan),
        position=position(plan, summary),
        closures_asked=closures_asked(summary, plan.paper.actions_asked_about),
        exceptions_heading=exceptions_heading(summary),
        revisions_asked=revisions_asked(summary),
        proposed=tuple((status, proposed_words(status)) for status in summary.proposed),
        addressee_groups=tuple((should_heading(addressee, own_names=_own_names(plan)),
                                recommendations)
                               for addressee, recommendations in plan.addressee_groups),
        plan_blocks=plan_blocks(plan),
        ratings=ratings_page(plan.inspection, plan.paper.organisation),
        source=source,
        attached=attached,
    )


def paper_html(plan: Plan, *, user_templates: Path | None = None, source: Source | None = None,
               attached: bool = False) -> str:
    """The paper for ``plan`` as one self-contained HTML page."""
    return context_html(paper_context(plan, source=source, attached=attached),
                        user_templates=user_templates)


def context_html(context: PaperContext, *, user_templates: Path | None = None) -> str:
    """The paper ``context`` holds, as one self-contained HTML page."""
    return kept_whole_html(jinja_env.render("paper.html", user_templates=user_templates,
                                            **context.template_variables()))


def paper_pdf(html: str, *, user_templates: Path | None = None, variant: str, dated: date,
              source: Source | None = None) -> tuple[bytes, Sequence[str]]:
    """The PDF of ``html`` in ``variant``, dated ``dated``, and WeasyPrint's warnings.

    Its metadata names the workbook, its SHA-256 and reportgen's version; an archival variant
    also carries the workbook itself.
    """
    from .pdf import EmbeddedFile, html_to_pdf

    roots = [jinja_env.builtin_templates()]
    if user_templates is not None:
        roots.insert(0, user_templates)
    metadata = {"ReportgenVersion": __version__}
    embedded = None
    if source is not None:
        metadata |= {"SourceWorkbook": source.name, "SourceSHA256": source.sha256}
        embedded = EmbeddedFile(source.name, source.content,
                                f"The workbook this paper was built from (SHA-256 {source.sha256})")
    return html_to_pdf(html, asset_roots=roots, base=roots[0], variant=variant, dated=dated,
                       metadata=metadata, source=embedded)
