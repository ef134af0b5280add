"""The paper's context (figures, charts, contents, groups), worked out once; HTML and PDF.

Every format prints one PaperContext: the templates render it as HTML (and so the PDF),
the Word writer lays it out in Word. Nothing is worked out twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from .. import __version__
from ..formats import jinja_env
from ..plain_text import plain_text
from ..plan.model import Plan, Rag, Recommendation, UpdateRound
from ..words.formatting import long_date
from .closures import ClosuresAsked, closures_asked
from .content import Paper
from .figures import (
    DEFAULT_HORIZON,
    RAG_SLOTS,
    ActionStatus,
    Direction,
    PlanFigures,
    plan_figures,
)
from .parts import paper_from
from .parts.action_plan import PlanBlock, plan_blocks
from .parts.board_summary import exceptions_heading
from .parts.charts_described import CHART_YEARS, HALF_WIDTH, Chart, progress_charts
from .parts.labels import BARE_NAMES, own_names, should_heading
from .parts.ratings import RatingsPage, ratings_page

# Kept here for the templates' and writers' callers: each is worded in its part.
__all__ = ["BARE_NAMES", "CHART_YEARS", "HALF_WIDTH", "Chart", "PaperContext", "PlanBlock",
           "Source", "appendices", "context_html", "contents", "exceptions_heading",
           "horizon_words", "paper_context", "paper_html", "paper_pdf", "plan_blocks",
           "position", "progress_charts", "proposed_words", "revisions_asked", "round_words",
           "should_heading"]


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


def position(plan: Plan, summary: PlanFigures) -> str:
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


def horizon_words(summary: PlanFigures) -> str:
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


def revisions_asked(summary: PlanFigures) -> str:
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
    summary: PlanFigures
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
    paper: Paper
    """The paper as data: every part present, in order, as every format lays it out."""
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
    summary = plan_figures(plan)
    charts = progress_charts(summary)
    return PaperContext(
        plan=plan,
        summary=summary,
        charts=charts,
        contents=contents(plan),
        appendices=appendices(plan),
        position=position(plan, summary),
        closures_asked=closures_asked(summary, plan.paper.actions_asked_about),
        exceptions_heading=exceptions_heading(summary),
        revisions_asked=revisions_asked(summary),
        proposed=tuple((status, proposed_words(status)) for status in summary.proposed),
        addressee_groups=tuple((should_heading(addressee, own_names=own_names(plan)),
                                recommendations)
                               for addressee, recommendations in plan.addressee_groups),
        plan_blocks=plan_blocks(plan),
        ratings=ratings_page(plan.inspection, plan.paper.organisation),
        paper=paper_from(plan, summary, charts, source=source, attached=attached),
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
    return jinja_env.render("paper.html", user_templates=user_templates,
                            **context.template_variables())


def paper_pdf(html: str, *, user_templates: Path | None = None, variant: str, dated: date,
              source: Source | None = None) -> tuple[bytes, Sequence[str]]:
    """The PDF of ``html`` in ``variant``, dated ``dated``, and WeasyPrint's warnings.

    Its metadata names the workbook, its SHA-256 and reportgen's version; an archival variant
    also carries the workbook itself.
    """
    from ..formats.pdf import EmbeddedFile, html_to_pdf

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
