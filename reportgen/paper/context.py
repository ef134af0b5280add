"""The paper's context (figures, charts, contents, groups), worked out once; HTML and PDF.

Every format prints one PaperContext: the templates render it as HTML (and so the PDF),
the Word writer lays it out in Word. Nothing is worked out twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

from .. import __version__
from ..formats import jinja_env
from ..plan.model import Plan, Rag, Recommendation
from .closures import ClosuresAsked, closures_asked
from .content import Paper, Part
from .figures import (
    RAG_SLOTS,
    ActionStatus,
    Direction,
    PlanFigures,
    plan_figures,
)
from .line_breaks import kept_whole_html
from .parts import appendix, paper_from
from .parts.action_plan import PlanBlock, plan_blocks
from .parts.board_summary import exceptions_heading
from .parts.charts_described import CHART_YEARS, HALF_WIDTH, Chart, progress_charts
from .parts.colophon import Source
from .parts.colophon import build as colophon_part
from .parts.cover_sheet import (
    horizon_words,
    position,
    proposed_words,
    revisions_asked,
    round_words,
)
from .parts.labels import BARE_NAMES, own_names, should_heading
from .parts.ratings import RatingsPage, ratings_page

# Kept here for the templates' and writers' callers: each is worded in its part.
__all__ = ["BARE_NAMES", "CHART_YEARS", "HALF_WIDTH", "Chart", "PaperContext", "PlanBlock",
           "Source", "appendices", "context_html", "contents", "exceptions_heading",
           "horizon_words", "paper_context", "paper_html", "paper_pdf", "plan_blocks",
           "position", "progress_charts", "proposed_words", "revisions_asked", "round_words",
           "should_heading"]


def contents(paper: Paper) -> tuple[tuple[str, str], ...]:
    """The paper's top-level sections, for the contents page: (anchor, heading). A part with
    nothing under its heading is left out of the paper, and so of its contents."""
    return tuple((part.anchor, part.contents_heading) for part in paper.parts
                 if part.contents_heading)


def appendices(paper: Paper) -> tuple[tuple[str, str], ...]:
    """The paper's appendices, as its contents name them, for the cover sheet's list."""
    return tuple((anchor, heading) for anchor, heading in contents(paper)
                 if anchor == appendix.ANCHOR)


class PartsByKey(Mapping[str, Part]):
    """The paper's parts by key, for the templates: ``parts.rag_key``.

    ``"versions" in parts`` also asks by a part's anchor, as templates written before the
    parts were data do ("is the version history in the paper?").
    """

    def __init__(self, paper: Paper) -> None:
        self._parts = {part.key: part for part in paper.parts}
        self._anchors = frozenset(part.anchor for part in paper.parts)

    def __getitem__(self, key: str) -> Part:
        return self._parts[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._parts)

    def __len__(self) -> int:
        return len(self._parts)

    def __contains__(self, name: object) -> bool:
        return name in self._parts or name in self._anchors


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
    def printed(self) -> Paper:
        """The paper as this context prints it: its colophon says whether the workbook travels
        inside it (``attached`` may be set on a copy of the context after the paper was made)."""
        said = colophon_part(self.plan, source=self.source, attached=self.attached)
        return replace(self.paper, parts=tuple(said if part.key == said.key else part
                                               for part in self.paper.parts))

    @property
    def parts(self) -> PartsByKey:
        """The parts the paper holds, by key (``in`` also takes a part's anchor)."""
        return PartsByKey(self.printed)

    def template_variables(self) -> dict[str, object]:
        """The context under the names the templates use."""
        printed = self.printed
        return ({f.name: getattr(self, f.name) for f in fields(self)}
                | {"paper": printed, "parts": PartsByKey(printed)})


def paper_context(plan: Plan, *, source: Source | None = None,
                  attached: bool = False) -> PaperContext:
    """The figures, charts, contents and groups of the paper for ``plan``, as at its meeting."""
    summary = plan_figures(plan)
    charts = progress_charts(summary)
    paper = paper_from(plan, summary, charts, source=source, attached=attached)
    return PaperContext(
        plan=plan,
        summary=summary,
        charts=charts,
        contents=contents(paper),
        appendices=appendices(paper),
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
        paper=paper,
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
